import { join } from 'node:path';
import { afterEach } from 'vitest';
import { addMember } from '../../src/app/members.js';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type RunningBot, startBot } from '../../src/main.js';
import { at, CLI, importSample } from './app.js';
import { botDatabase } from './database.js';
import { FakeConnector } from './fake-teams.js';
import { tempDir } from './tmp.js';

const running: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const stop of running.splice(0).reverse()) await stop();
});

export const AAD = {
  ukhtc: '11111111-1111-4111-8111-111111111111',
  home: '22222222-2222-4222-8222-222222222222',
  dh: '33333333-3333-4333-8333-333333333333',
  secretariat: '44444444-4444-4444-8444-444444444444',
  stranger: '55555555-5555-4555-8555-555555555555',
} as const;

/** The real server in Teams local mode (no credentials), its serviceUrl a local connector stand-in. */
export async function teamsBot(
  opts: { now?: string; dir?: string; env?: Record<string, string>; sendTimeoutMs?: number } = {},
) {
  const connector = await new FakeConnector().start();
  const dir = opts.dir ?? tempDir();
  const config = loadConfig({
    PORT: '0',
    DATABASE_PATH: join(dir, 'idmg.sqlite'),
    IDMG_MARKING: 'OFFICIAL-SENSITIVE',
    ...(opts.env ?? {}),
  });
  const clock = fixedClock(at(opts.now ?? '2012-08-30T10:12'));
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(line) });
  const bot: RunningBot = await startBot(config, logger, {
    clock,
    scheduler: false,
    ...(opts.sendTimeoutMs ? { teamsSendTimeoutMs: opts.sendTimeoutMs } : {}),
    ...(await botDatabase(dir)),
  });
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await bot.stop();
  };
  running.push(async () => {
    await stop();
    await connector.stop();
  });
  return { bot, connector, clock, dir, logs, base: `http://127.0.0.1:${bot.port}`, ctx: bot.app, stop };
}

export async function withTeamsCommittee(ctx: RunningBot['app']) {
  await importSample(ctx);
  await addMember(ctx, { organisation: 'UKHTC', teamsAadId: AAD.ukhtc, name: 'Una' }, CLI);
  await addMember(ctx, { organisation: 'Home Office', teamsAadId: AAD.home, name: 'Hal' }, CLI);
  await addMember(ctx, { organisation: 'DH', teamsAadId: AAD.dh, name: 'Dee' }, CLI);
  await addMember(
    ctx,
    { organisation: 'Home Office', teamsAadId: AAD.secretariat, name: 'Sec', role: 'secretariat' },
    CLI,
  );
}
