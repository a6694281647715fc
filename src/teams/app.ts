import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import type { Request, Response } from 'express';
import type { RoundDeps } from '../app/chat.js';
import type { AppContext } from '../app/context.js';
import type { Delivery } from '../app/delivery.js';
import { utcNow } from '../clock.js';
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
export function createTeamsSender(
  settings: TeamsSettings,
  app: AppContext,
  adapter: CloudAdapter = createCloudAdapter(settings),
): TeamsSender {
  return new TeamsSender(
    adapter,
    settings.appId ?? '',
    app.store,
    settings.marking,
    () => utcNow(app.clock),
    settings.sendTimeoutMs,
  );
}

/**
 * The adapter, its sender and the turn handler, without an HTTP route: `lazy.ts` mounts the route
 * and loads this module (and botbuilder with it) on the first activity or proactive send.
 */
export function createTeamsBot(
  settings: TeamsSettings,
  app: AppContext,
  logger: Logger,
  deps: { delivery: () => Delivery; rounds: () => RoundDeps },
): { sender: TeamsSender; process(req: Request, res: Response): Promise<void> } {
  const localMode = !settings.appId;
  const adapter = createCloudAdapter(settings);
  const log = logger.child({ component: 'teams' });
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error.message, activity: context.activity.type }, 'teams turn failed');
    await context
      .sendActivity('Sorry, something went wrong on my side. Please try again.')
      .catch(() => undefined);
  };
  const sender = createTeamsSender(settings, app, adapter);
  let turn: ReturnType<typeof teamsTurn> | undefined;
  return {
    sender,
    async process(req, res) {
      turn ??= teamsTurn({
        app,
        delivery: deps.delivery(),
        adapter,
        appId: settings.appId ?? '',
        marking: settings.marking,
        logger: log,
        localMode,
        rounds: deps.rounds(),
      });
      await adapter.process(req, res, turn);
    },
  };
}
