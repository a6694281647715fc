/**
 * Teams at POST /api/messages, with botbuilder loaded only when Teams is used: on the first
 * activity or the first proactive send. Most of a server's start-up was loading botbuilder, which
 * a Slack-only deployment never needs; this file imports nothing of it.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { RoundDeps } from '../app/chat.js';
import type { AppContext } from '../app/context.js';
import type { ChatSender, Delivery } from '../app/delivery.js';
import type { Logger } from '../logger.js';
import type { TeamsSettings } from './app.js';

export interface TeamsAdapter {
  sender: ChatSender;
  attach(app: AppContext, delivery: Delivery, rounds: RoundDeps): void;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function createTeamsAdapter(
  settings: TeamsSettings,
  http: Express,
  app: AppContext,
  logger: Logger,
): TeamsAdapter {
  const localMode = !settings.appId;
  if (localMode)
    logger
      .child({ component: 'teams' })
      .warn(
        'Teams local mode: no MICROSOFT_APP_ID, accepting unauthenticated activities from this machine only',
      );
  let wired: { delivery: Delivery; rounds: RoundDeps } | undefined;
  let bot: ReturnType<typeof import('./app.js')['createTeamsBot']> | undefined;
  let loading: Promise<NonNullable<typeof bot>> | undefined;
  const load = () => {
    loading ??= import('./app.js').then((m) => {
      bot = m.createTeamsBot(settings, app, logger, {
        delivery: () => {
          if (!wired) throw new Error('Teams activity before the bot was attached');
          return wired.delivery;
        },
        rounds: () => {
          if (!wired) throw new Error('Teams activity before the bot was attached');
          return wired.rounds;
        },
      });
      return bot;
    });
    return loading;
  };
  const sender: ChatSender = {
    platform: 'teams',
    send: async (message) => (await load()).sender.send(message),
  };
  return {
    sender,
    attach(_app, delivery, rounds) {
      wired = { delivery, rounds };
      const localOnly = (req: Request, res: Response, next: NextFunction) => {
        if (localMode && !LOOPBACK.has(req.socket.remoteAddress ?? '')) {
          res.status(403).json({ error: 'local mode accepts loopback callers only' });
          return;
        }
        next();
      };
      http.post('/api/messages', localOnly, express.json({ limit: '256kb' }), async (req, res) => {
        await (await load()).process(req, res);
      });
    },
  };
}
