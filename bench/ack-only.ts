/**
 * `npx tsx bench/ack-only.ts DATABASE [runs] [commands] [people]`: only the slash-command ack comparison of
 * `npm run bench`, on a database already seeded (bench/seed-child.ts), the bot and bare Bolt each
 * started fresh, warmed up and given the commands, alternating; prints each run's p99s and the
 * median ratio. For working on the ack path without the whole benchmark's six minutes.
 */
import type { ChildProcess } from 'node:child_process';
import { forkBundled, forkTs, isType, nextMessage } from './child.js';
import { organisationAlias, organisationName, slackUserId } from './dataset.js';
import type { LoadRequest, LoadResult, ReadyMessage, ServerReply, ServerRequest } from './protocol.js';
import { median, percentile, round } from './stats.js';

const [db, runsArg = '3', commandsArg = '1000', peopleArg = '2000'] = process.argv.slice(2);
if (!db) throw new Error('usage: bench/ack-only.ts DATABASE [runs] [commands] [people]');
const SIGNING_SECRET = 'bench-signing-secret';
type Reply<T extends ServerReply['type']> = Extract<ServerReply, { type: T }>;

const loadChild = forkTs('./load-child.ts');
const { port: standIn } = await nextMessage(loadChild, isType<ReadyMessage>('ready'), 240_000);
const env = {
  PORT: '0',
  DATABASE_PATH: db,
  SLACK_BOT_TOKEN: 'xoxb-bench-token',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: `http://127.0.0.1:${standIn}/api/`,
  IDMG_BANK_HOLIDAYS_URL: '',
  LOG_LEVEL: 'silent',
};
const texts = Array.from({ length: 200 }, (_, i) =>
  i % 2 === 0 ? `actions ${organisationName(i)}` : `actions ${organisationAlias(i)}`,
);
// As the scale series does: commands from every member of the seeded record.
const users = Array.from({ length: Number(peopleArg) }, (_, i) => slackUserId(i));
let n = 0;
async function load(port: number, count: number, expectResponses: boolean): Promise<LoadResult> {
  n += 1;
  loadChild.send({
    type: 'load',
    runId: `ack${n}`,
    target: `http://127.0.0.1:${port}`,
    count,
    concurrency: 50,
    signingSecret: SIGNING_SECRET,
    texts,
    users,
    expectResponses,
    responseTimeoutMs: 60_000,
    freshConnections: false,
  } satisfies LoadRequest);
  return nextMessage(loadChild, isType<LoadResult>('loaded'), 120_000);
}
async function server(kind: 'bot' | 'bare'): Promise<{ child: ChildProcess; port: number }> {
  const child = await forkBundled('./server-child.ts', [kind]);
  await nextMessage(child, isType<Reply<'child-ready'>>('child-ready'), 60_000);
  const started = nextMessage(child, isType<Reply<'started'>>('started'), 60_000);
  child.send({ type: 'start', env } satisfies ServerRequest);
  return { child, port: (await started).port };
}
async function measured(kind: 'bot' | 'bare'): Promise<number> {
  const s = await server(kind);
  await load(s.port, 100, kind === 'bot');
  const run = await load(s.port, Number(commandsArg), kind === 'bot');
  const exited = new Promise((resolve) => s.child.once('exit', resolve));
  s.child.send({ type: 'stop' } satisfies ServerRequest);
  await exited;
  return percentile(run.latenciesMs, 99);
}
const ratios: number[] = [];
for (let i = 0; i < Number(runsArg); i += 1) {
  const bot = await measured('bot');
  const bare = await measured('bare');
  ratios.push(bot / bare);
  console.log(
    `run ${i + 1}: bot p99 ${round(bot)} ms, bare ${round(bare)} ms, ratio ${round(bot / bare, 2)}`,
  );
}
console.log(`median ratio ${round(median(ratios), 2)}`);
loadChild.kill();
