import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Express } from 'express';
import type { RoundDeps } from '../app/chat.js';
import type { AppContext } from '../app/context.js';
import type { Delivery } from '../app/delivery.js';
import { utcNow } from '../clock.js';
import type { Logger } from '../logger.js';
import type { SlackDeps } from './deps.js';
import { SLACK_BODY_LIMIT, slackRequestGuard } from './guard.js';
import { registerButtons } from './listeners/buttons.js';
import { registerCommands } from './listeners/commands.js';
import { registerMessages } from './listeners/messages.js';
import { registerModals } from './listeners/modals.js';
import { slackLogger } from './logger.js';
import { SlackTraffic } from './pace.js';
import { SlackSender } from './sender.js';

export interface SlackSettings {
  botToken: string;
  signingSecret: string;
  appToken?: string | undefined;
  apiUrl?: string | undefined;
  marking: string;
  /** hold the HTTP answer until the listener finishes (tests); Slack wants an answer within 3 s */
  processBeforeResponse?: boolean;
}

export interface SlackAdapter {
  bolt: App;
  sender: SlackSender;
  /** binds the listeners to a Delivery (built after the sender, which it needs) */
  attach(app: AppContext, delivery: Delivery, rounds: RoundDeps): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Slack over HTTP on the shared Express server at POST /slack/events, or over Socket Mode when an
 * app token is given. Listeners only read input, call src/app and render.
 */
/** The Web API client options: SLACK_API_URL, and no client-side retries (the outbox retries). */
export function slackClientOptions(apiUrl: string | undefined) {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    // The outbox does the retrying; a client that retried for 30 minutes would hold a send's lease.
    retryConfig: { retries: 0 },
    // Surface 429s instead of sleeping through Retry-After inside a send: the outbox reschedules.
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
}

/** The sender alone, for the CLI: Slack's Web API with the bot token, no HTTP route. */
export function createSlackSender(
  settings: { botToken: string; apiUrl?: string | undefined; marking: string },
  logger: Logger,
): SlackSender {
  return new SlackSender(
    new WebClient(settings.botToken, { ...slackClientOptions(settings.apiUrl), logger: slackLogger(logger) }),
    settings.marking,
  );
}

/**
 * Who the bot is (auth.test), asked when the first request needs it and remembered once known. Bolt's
 * own single-token mode asks in its constructor and leaves a rejected promise behind when Slack is
 * unreachable at start — the process died; here a failure is retried by the next request instead.
 */
function botAuthorization(web: WebClient, botToken: string) {
  let identity: Promise<{ botUserId: string; botId: string }> | undefined;
  return async () => {
    identity ??= web.auth.test().then(
      (r) => ({ botUserId: String(r.user_id), botId: String(r.bot_id) }),
      (error: unknown) => {
        identity = undefined;
        throw error;
      },
    );
    return { botToken, ...(await identity) };
  };
}

export function createSlackAdapter(settings: SlackSettings, http: Express, logger: Logger): SlackAdapter {
  const log = slackLogger(logger);
  const clientOptions = { ...slackClientOptions(settings.apiUrl), logger: log };
  const socketMode = Boolean(settings.appToken);
  // In ack-first HTTP mode the command work waits for the acknowledgements (src/slack/pace.ts); with
  // processBeforeResponse a command's own request stays open while its work runs, so no waiting.
  const traffic = !socketMode && !settings.processBeforeResponse ? new SlackTraffic() : undefined;
  // Registered before Bolt's receiver so it runs first.
  if (!socketMode) http.post('/slack/events', ...(traffic ? [traffic.track] : []), slackRequestGuard());
  const receiver = socketMode
    ? undefined
    : new ExpressReceiver({
        signingSecret: settings.signingSecret,
        endpoints: '/slack/events',
        app: http,
        processBeforeResponse: settings.processBeforeResponse ?? false,
        bodyLimit: SLACK_BODY_LIMIT,
        logger: log,
        // A request's signature and timestamp identify it: what a command or an interaction
        // (which carry no event_id) is claimed by, once Bolt has checked the signature.
        customPropertiesExtractor: (req) => ({
          requestKey: `${String(req.headers['x-slack-request-timestamp'] ?? '')}:${String(req.headers['x-slack-signature'] ?? '')}`,
        }),
      });
  const web = new WebClient(settings.botToken, clientOptions);
  const bolt = new App({
    authorize: botAuthorization(web, settings.botToken),
    logger: log,
    logLevel: LogLevel.INFO,
    clientOptions,
    ...(receiver
      ? { receiver }
      : { socketMode: true, appToken: settings.appToken, signingSecret: settings.signingSecret }),
  });
  bolt.error(async (error) => {
    logger.error({ err: error.message, code: (error as { code?: string }).code }, 'slack listener failed');
  });
  const sender = new SlackSender(web, settings.marking);
  return {
    bolt,
    sender,
    attach(app, delivery, rounds) {
      const deps: SlackDeps = {
        app,
        delivery,
        logger,
        marking: settings.marking,
        botToken: settings.botToken,
        apiUrl: settings.apiUrl,
        client: web,
        rounds,
        traffic,
      };
      // An event Slack delivers again (its retry after a slow answer, or to another replica) is
      // claimed once in the database and handled once: no second preview, help reply or update.
      // A command or an interaction has no event id: the same signed request (same timestamp and
      // signature) reaching a second replica, or sent again, is claimed by those instead.
      bolt.use(async (args) => {
        const { body, context, next } = args;
        const eventId = (body as { event_id?: unknown }).event_id;
        const requestKey = (context as { requestKey?: unknown }).requestKey;
        const id =
          typeof eventId === 'string' && eventId !== ''
            ? eventId
            : typeof requestKey === 'string' && requestKey.length > 10
              ? `request:${requestKey}`
              : undefined;
        if (id !== undefined) {
          const first = await app.store.events.firstSeen('slack', id, utcNow(app.clock));
          if (!first) {
            logger.info(
              { event: id },
              `slack ${id.startsWith('request:') ? 'request' : 'event'} delivered again; handled once already`,
            );
            // Answered empty (a command or an interaction waits for its ack); the first delivery's
            // answer is the one the person sees.
            await (args as { ack?: () => Promise<void> }).ack?.();
            return;
          }
        }
        await next();
      });
      registerCommands(bolt, deps);
      registerButtons(bolt, deps);
      registerModals(bolt, deps);
      registerMessages(bolt, deps);
    },
    async start() {
      if (socketMode) await bolt.start();
    },
    async stop() {
      if (socketMode) await bolt.stop();
    },
  };
}
