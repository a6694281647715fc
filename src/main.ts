import type { AddressInfo } from 'node:net';
import type { RoundDeps } from './app/chat.js';
import type { AppContext } from './app/context.js';
import { Delivery } from './app/delivery.js';
import { loadHolidays } from './app/holidays.js';
import { type Clock, offsetClock, systemClock } from './clock.js';
import { type Config, ConfigError, databaseTarget, describeDatabase, loadConfig } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { startScheduler } from './scheduler/tick.js';
import { mountCalendar } from './server/calendar.route.js';
import { closeServer, createHttpApp, finishHttpApp, listen } from './server/http.js';
import { reminderPolicy, roundSettings } from './settings.js';
import { openStore } from './store/index.js';
import type { SqlDatabase } from './store/sql/sql.js';
import { createTeamsAdapter } from './teams/lazy.js';

export interface RunningBot {
  port: number;
  app: AppContext;
  delivery: Delivery;
  /** one more scheduler tick now, after any still running (absent when the scheduler is off) */
  tick?: () => Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Slack: hold the HTTP answer until the listener finishes (some tests); production answers at once */
  slackProcessBeforeResponse?: boolean;
  /** run the one-minute scheduler tick (off in tests, which call the app directly) */
  scheduler?: boolean;
  /** how long a Teams proactive send may wait for the connector */
  teamsSendTimeoutMs?: number;
  /** extra SQLite pragmas for the connection, e.g. max_page_count to cap the database's size */
  pragmas?: string[];
  /** on stop, how long a request still in flight may take before its connection is cut */
  closeGraceMs?: number;
  /** a database already open (the tests' in-process PostgreSQL) instead of the configured one */
  database?: SqlDatabase;
}

export { reminderPolicy, roundSettings } from './settings.js';

/** Wires config, store, use cases and the HTTP server. Tests call this with their own env. */
export async function startBot(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningBot> {
  const started = Date.now();
  const target = databaseTarget(config);
  const store = await openStore(options.database ?? target, { pragmas: options.pragmas ?? [] });
  const botClock =
    options.clock ??
    (config.startAt ? offsetClock(config.startAt, config.timezone) : systemClock(config.timezone));
  const app: AppContext = {
    store,
    clock: botClock,
    timezone: config.timezone,
    defaultCommittee: config.committee,
    defaultChannels: { slack: config.slack.channel, teams: config.teams.channel },
  };
  const http = createHttpApp({ store, logger });

  const slack =
    config.slack.botToken && config.slack.signingSecret
      ? // Bolt is loaded only when Slack is configured.
        (await import('./slack/app.js')).createSlackAdapter(
          {
            botToken: config.slack.botToken,
            signingSecret: config.slack.signingSecret,
            appToken: config.slack.appToken,
            apiUrl: config.slack.apiUrl,
            marking: config.marking,
            processBeforeResponse: options.slackProcessBeforeResponse ?? false,
          },
          http,
          logger,
        )
      : undefined;
  // Teams is always on: with no credentials it serves a local emulator (Agents Playground) only.
  const teams = createTeamsAdapter(
    { ...config.teams, marking: config.marking, sendTimeoutMs: options.teamsSendTimeoutMs },
    http,
    app,
    logger,
  );
  const delivery = new Delivery(
    app,
    { ...(slack ? { slack: slack.sender } : {}), teams: teams.sender },
    logger.child({ component: 'delivery' }),
    config.outboxLeaseSeconds,
  );
  const rounds: RoundDeps = {
    delivery,
    settings: roundSettings(config),
    holidays: () => loadHolidays(store),
  };
  slack?.attach(app, delivery, rounds);
  teams.attach(app, delivery, rounds);
  mountCalendar(http, app, config.calendarToken, config.marking);
  finishHttpApp(http, logger);

  const server = await listen(http, config.port);
  await slack?.start();
  const scheduler =
    options.scheduler === false
      ? undefined
      : startScheduler({
          app,
          delivery,
          logger,
          policy: reminderPolicy(config),
          rounds: roundSettings(config),
          bankHolidaysUrl: config.bankHolidaysUrl,
        });
  const port = (server.address() as AddressInfo).port;

  logger.info(
    {
      port,
      database: describeDatabase(target),
      engine: store.engine,
      timezone: config.timezone,
      startupMs: Date.now() - started,
    },
    `idmg-bot listening on http://localhost:${port}`,
  );
  if (config.startAt)
    logger.warn({ now: botClock.now().toISO() }, 'IDMG_NOW is set: the clock runs from that instant');
  if (slack) logger.info({ mode: config.slack.appToken ? 'socket' : 'http' }, 'Slack connected');
  else {
    logger.info(
      'Slack is not connected: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see README, "Connect Slack")',
    );
  }
  if (!config.teams.appId) {
    logger.info(
      `Teams runs in local mode: point Agents Playground or the Bot Framework Emulator at http://localhost:${port}/api/messages, or set MICROSOFT_APP_ID/MICROSOFT_APP_PASSWORD`,
    );
  }

  let stopping: Promise<void> | undefined;
  return {
    port,
    app,
    delivery,
    ...(scheduler ? { tick: scheduler.tick } : {}),
    stop: () => {
      stopping ??= (async () => {
        await scheduler?.stop();
        await slack?.stop();
        await closeServer(server, options.closeGraceMs);
        await store.close();
        logger.info('idmg-bot stopped');
      })();
      return stopping;
    },
  };
}

/** `npm start`: the bot on its defaults, stopped cleanly by SIGTERM or SIGINT. */
export async function main(env: NodeJS.ProcessEnv, how: { runtime?: 'bundle' | 'tsx' } = {}): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`idmg-bot cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const bot = await startBot(config, logger);
  // Which code is running: the bundle `npm start` built, or the sources through tsx.
  if (how.runtime)
    logger.info(
      { runtime: how.runtime, node: process.version },
      `running the ${how.runtime === 'bundle' ? 'bundle dist/server.js' : 'TypeScript sources through tsx'}`,
    );
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'stopping: finishing work in flight');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
