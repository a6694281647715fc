import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { RoundDeps } from '../app/chat.js';
import type { AppContext } from '../app/context.js';
import type { Delivery } from '../app/delivery.js';
import type { Logger } from '../logger.js';
import { teamsTurn } from './bot.js';
import { TeamsSender } from './sender.js';

export interface TeamsSettings {
  appId?: string | undefined;
  appPassword?: string | undefined;
  tenantId?: string | undefined;
  appType?: string | undefined;
  marking: string;
  /** how long a proactive send may wait for the connector (default 15 s) */
  sendTimeoutMs?: number | undefined;
}

export interface TeamsAdapter {
  sender: TeamsSender;
  attach(app: AppContext, delivery: Delivery, rounds: RoundDeps): void;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Microsoft Teams through Bot Framework's CloudAdapter at POST /api/messages. botbuilder stays in
 * this folder alone, so a move to Microsoft's Agents SDK touches nothing else.
 */
/** Bot Framework authentication from MICROSOFT_APP_*; with no app id, local mode. */
export function createCloudAdapter(settings: TeamsSettings): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppTenantId: settings.tenantId ?? '',
    MicrosoftAppType: settings.appType ?? (settings.appId ? 'MultiTenant' : ''),
  } as ConfigurationBotFrameworkAuthenticationOptions);
  return new CloudAdapter(auth);
}

/** The sender alone, for the CLI: proactive messages from saved references, no HTTP route. */
export function createTeamsSender(settings: TeamsSettings, app: AppContext): TeamsSender {
  return new TeamsSender(
    createCloudAdapter(settings),
    settings.appId ?? '',
    app.store,
    settings.marking,
    () => app.clock.now().toUTC().toISO() as string,
    settings.sendTimeoutMs,
  );
}

export function createTeamsAdapter(
  settings: TeamsSettings,
  http: Express,
  app: AppContext,
  logger: Logger,
): TeamsAdapter {
  const localMode = !settings.appId;
  const adapter = createCloudAdapter(settings);
  const log = logger.child({ component: 'teams' });
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error.message, activity: context.activity.type }, 'teams turn failed');
    await context
      .sendActivity('Sorry, something went wrong on my side. Please try again.')
      .catch(() => undefined);
  };
  if (localMode)
    log.warn(
      'Teams local mode: no MICROSOFT_APP_ID, accepting unauthenticated activities from this machine only',
    );
  const sender = new TeamsSender(
    adapter,
    settings.appId ?? '',
    app.store,
    settings.marking,
    () => app.clock.now().toUTC().toISO() as string,
    settings.sendTimeoutMs,
  );
  return {
    sender,
    attach(appCtx, delivery, rounds) {
      const turn = teamsTurn({
        app: appCtx,
        delivery,
        adapter,
        appId: settings.appId ?? '',
        marking: settings.marking,
        logger: log,
        localMode,
        rounds,
      });
      const localOnly = (req: Request, res: Response, next: NextFunction) => {
        if (localMode && !LOOPBACK.has(req.socket.remoteAddress ?? '')) {
          res.status(403).json({ error: 'local mode accepts loopback callers only' });
          return;
        }
        next();
      };
      http.post('/api/messages', localOnly, express.json({ limit: '256kb' }), async (req, res) => {
        await adapter.process(req, res, turn);
      });
    },
  };
}
