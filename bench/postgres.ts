/**
 * PostgreSQL figures for `npm run bench`: a throwaway server (.ci/postgres.sh: Debian's postgresql,
 * a temporary folder, 127.0.0.1 only), the seeded 10,000-action database moved into it with
 * `idmg copy`, then (a) the p99 ack of `/idmg actions ORG` with the bot on PostgreSQL, beside the
 * SQLite figure, and (b) reminder delivery throughput: the working day before the next meeting's
 * reminders planned and delivered by one `idmg reminders` process, then by two at once on their
 * own copy (two replicas sharing the run), into a Slack stand-in that answers every post.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './child.js';
import type { LoadResult } from './protocol.js';
import { percentile, round } from './stats.js';

export interface PostgresFigures {
  ack_p99_ms: number;
  ack_p99_vs_sqlite: number;
  delivery_one_replica_per_s: number;
  delivery_two_replicas_per_s: number;
  delivery_messages: number;
}

interface Deps {
  dbPath: string;
  env: Record<string, string>;
  reminderDay: string;
  sqliteAckP99: number;
  commands: number;
  load: (port: number, count: number, expectResponses: boolean) => Promise<LoadResult>;
  startServerChild: (
    kind: 'bot',
    env: Record<string, string>,
  ) => Promise<{ child: ChildProcess; port: number }>;
  log: (message: string) => void;
  notes: string[];
}

const IDMG = join(ROOT, 'bin/idmg.js');
const baseEnv = () => ({ PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent' });

function idmg(args: string[], env: Record<string, string>): string {
  const r = spawnSync(process.execPath, [IDMG, ...args], {
    encoding: 'utf8',
    env: { ...baseEnv(), ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`idmg ${args[0]}: ${r.stderr.trim().split('\n')[0]}`);
  return r.stdout;
}

/** A Slack Web API stand-in that takes every post at once, as Slack would, with a channel and ts. */
async function slackStandIn() {
  let ts = 1_346_317_200;
  let posts = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '');
      if (method === 'chat.postMessage') posts += 1;
      ts += 1;
      const json =
        method === 'auth.test'
          ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1' }
          : { ok: true, channel: 'D0BENCH', ts: `${ts}.000100`, messages: [] };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    posts: () => posts,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `idmg reminders` as processes running at once on one database: the wall time and what each sent. */
async function deliver(
  url: string,
  replicas: number,
  now: string,
  slackUrl: string,
  env: Record<string, string>,
) {
  const started = performance.now();
  const runs = await Promise.all(
    Array.from(
      { length: replicas },
      () =>
        new Promise<{ sent: number }>((resolve, reject) => {
          const child = spawn(process.execPath, [IDMG, 'reminders', '--json', '--now', now], {
            env: { ...baseEnv(), ...env, DATABASE_URL: url, SLACK_API_URL: slackUrl },
          });
          let out = '';
          child.stdout.on('data', (d) => {
            out += d;
          });
          child.once('exit', (code) =>
            code === 0 ? resolve(JSON.parse(out) as { sent: number }) : reject(new Error(`exit ${code}`)),
          );
        }),
    ),
  );
  return { ms: performance.now() - started, sent: runs.reduce((n, r) => n + r.sent, 0) };
}

export async function postgresFigures(d: Deps): Promise<PostgresFigures | null> {
  const started = spawnSync('bash', [join(ROOT, '.ci/postgres.sh')], {
    encoding: 'utf8',
    env: { ...process.env, PGTEST_PORT: '55439' },
  });
  const url = /IDMG_TEST_POSTGRES_URL=(\S+)/.exec(started.stdout)?.[1];
  const folder = /IDMG_TEST_POSTGRES_DIR=(\S+)/.exec(started.stdout)?.[1];
  if (started.status !== 0 || !url || !folder) {
    d.notes.push(
      `PostgreSQL figures skipped: no server could be started (${started.stderr.trim().split('\n').at(-1) ?? ''})`,
    );
    return null;
  }
  const database = (name: string) => {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const slack = await slackStandIn();
  try {
    const { openPostgres } = await import('../src/store/sql/postgres.js');
    const admin = openPostgres(url, { max: 1 });
    for (const name of ['bench_ack', 'bench_one', 'bench_two']) await admin.exec(`CREATE DATABASE ${name}`);
    await admin.close();
    for (const name of ['bench_ack', 'bench_one', 'bench_two'])
      idmg(['copy', '--to', database(name), '--db', d.dbPath], {});
    d.log('PostgreSQL: the seeded database copied three times with idmg copy');

    // (a) The ack of /idmg actions ORG, the bot on PostgreSQL.
    const bot = await d.startServerChild('bot', { ...d.env, DATABASE_URL: database('bench_ack') });
    await d.load(bot.port, 100, true);
    const run = await d.load(bot.port, d.commands, true);
    const ackP99 = percentile(run.latenciesMs, 99);
    const exited = new Promise((resolve) => bot.child.once('exit', resolve));
    bot.child.send({ type: 'stop' });
    await exited;
    d.log(
      `PostgreSQL: ${d.commands} commands, ack p99 ${round(ackP99)} ms (SQLite ${round(d.sqliteAckP99)} ms)`,
    );

    // (b) Delivery: one replica, then two on their own copy.
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-bench-token',
      SLACK_SIGNING_SECRET: 'bench-signing-secret',
      IDMG_BANK_HOLIDAYS_URL: '',
    };
    const now = `${d.reminderDay}T09:00`;
    const one = await deliver(database('bench_one'), 1, now, slack.url, env);
    const two = await deliver(database('bench_two'), 2, now, slack.url, env);
    d.log(
      `PostgreSQL delivery: ${one.sent} reminders by one replica in ${Math.round(one.ms)} ms; ${two.sent} by two in ${Math.round(two.ms)} ms`,
    );
    if (one.sent !== two.sent)
      d.notes.push(`PostgreSQL delivery: one replica sent ${one.sent}, two sent ${two.sent}`);
    return {
      ack_p99_ms: round(ackP99),
      ack_p99_vs_sqlite: round(ackP99 / d.sqliteAckP99, 2),
      delivery_one_replica_per_s: round(one.sent / (one.ms / 1000)),
      delivery_two_replicas_per_s: round(two.sent / (two.ms / 1000)),
      delivery_messages: one.sent,
    };
  } catch (error) {
    d.notes.push(`PostgreSQL figures failed: ${String(error)}`);
    return null;
  } finally {
    await slack.stop();
    spawnSync('bash', [join(ROOT, '.ci/postgres.sh'), 'stop', folder]);
  }
}
