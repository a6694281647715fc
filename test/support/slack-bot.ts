import { join } from 'node:path';
import { afterEach } from 'vitest';
import { addMember } from '../../src/app/members.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type RunningBot, startBot } from '../../src/main.js';
import { at, CLI, importSample } from './app.js';
import { botDatabase } from './database.js';
import { FakeSlack } from './fake-slack.js';
import { BOT_TOKEN, SIGNING_SECRET } from './slack-client.js';
import { tempDir } from './tmp.js';

const running: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});

export const PEOPLE = {
  ukhtc: 'U0UKHTC1',
  home: 'U0HOME1',
  dh: 'U0DH1',
  secretariat: 'U0SEC1',
  stranger: 'U0NOBODY',
} as const;

/** The real server with Slack on, its Web API pointed at a local recorder, the sample imported. */
export async function slackBot(
  opts: {
    now?: string;
    dir?: string;
    env?: Record<string, string>;
    pragmas?: string[];
    /** run the real scheduler (its first tick runs at start; `bot.tick` runs another) */
    scheduler?: boolean;
  } = {},
) {
  const slack = await new FakeSlack().start();
  const dir = opts.dir ?? tempDir();
  const config = loadConfig({
    PORT: '0',
    DATABASE_PATH: join(dir, 'idmg.sqlite'),
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    IDMG_MARKING: 'OFFICIAL-SENSITIVE',
    ...(opts.env ?? {}),
  });
  const clock = fixedClock(at(opts.now ?? '2012-08-30T10:12'));
  // Logs are kept, one JSON object a line, so tests can check what the operator would see.
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(line) });
  const bot: RunningBot = await startBot(config, logger, {
    clock,
    scheduler: opts.scheduler ?? false,
    pragmas: opts.pragmas ?? [],
    ...(await botDatabase(dir)),
  });
  running.push(async () => {
    await bot.stop();
    await slack.stop();
  });
  return { bot, slack, clock, dir, logs, base: `http://127.0.0.1:${bot.port}`, ctx: bot.app };
}

export async function withCommittee(ctx: RunningBot['app']) {
  await importSample(ctx);
  await addMember(ctx, { organisation: 'UKHTC', slackUserId: PEOPLE.ukhtc, name: 'Una' }, CLI);
  await addMember(ctx, { organisation: 'Home Office', slackUserId: PEOPLE.home, name: 'Hal' }, CLI);
  await addMember(ctx, { organisation: 'DH', slackUserId: PEOPLE.dh, name: 'Dee' }, CLI);
  await addMember(
    ctx,
    { organisation: 'Home Office', slackUserId: PEOPLE.secretariat, name: 'Sec', role: 'secretariat' },
    CLI,
  );
}
