import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { POSTGRES_MIGRATIONS_DIR } from '../../src/store/migrate.js';
import { idmgAsync } from '../support/cli.js';
import { emptyPostgresDatabase, TEST_ENGINE } from '../support/database.js';
import { FakeSlack } from '../support/fake-slack.js';
import { BOT_TOKEN, eventCallback, SIGNING_SECRET } from '../support/slack-client.js';
import { SAMPLE_MINUTES } from '../support/tmp.js';

/**
 * Several replicas on one PostgreSQL database, as real processes (`bin/server.js`, what `npm start`
 * runs): they migrate once, send every reminder exactly once between them, lose and double nothing
 * when one is killed mid-delivery, and handle a Slack event delivered to both once. Run by
 * `.ci/run` against the PostgreSQL server it starts (IDMG_TEST_POSTGRES_URL); PGlite cannot be
 * shared by processes.
 */
const SERVER = new URL('../../bin/server.js', import.meta.url).pathname;
const DEPARTMENTS = 2000;

const children: ChildProcess[] = [];
const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  for (const stop of stops.splice(0)) await stop();
});

interface Replica {
  child: ChildProcess;
  port: number;
  logs: Record<string, unknown>[];
}

/** `node bin/server.js`, listening on a port of its own; resolves once it says where. */
function startReplica(env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, [SERVER], {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: '0',
      LOG_LEVEL: 'info',
      IDMG_BANK_HOLIDAYS_URL: '',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (typeof entry.port === 'number' && String(entry.msg).includes('listening'))
          resolve({ child, port: entry.port, logs });
      } catch {
        // not a log line
      }
    });
    child.once('exit', (code) => reject(new Error(`replica exited (${code}): ${stderr.slice(0, 500)}`)));
  });
}

const health = async (r: Replica) => {
  const res = await fetch(`http://127.0.0.1:${r.port}/healthz`);
  return { status: res.status, body: (await res.json()) as unknown };
};

async function settled(count: () => number, quietMs = 2500, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < end) {
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`still changing after ${timeoutMs} ms`);
}

describe.runIf(TEST_ENGINE.startsWith('postgres'))('replicas on one PostgreSQL database', () => {
  it('two instances starting together on an empty database migrate it once', async () => {
    const url = await emptyPostgresDatabase('idmg_r');
    const [a, b] = await Promise.all([
      startReplica({ DATABASE_URL: url }),
      startReplica({ DATABASE_URL: url }),
    ]);
    for (const r of [a, b]) {
      expect(await health(r)).toEqual({
        status: 200,
        body: { status: 'ok', database: { engine: 'postgres', ok: true } },
      });
    }
    const store = await openStore(url);
    stops.push(() => store.close());
    // Each migration recorded once: the ledger is the folder's list, not twice as long.
    const files = readdirSync(POSTGRES_MIGRATIONS_DIR)
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(files.slice(0, 2)).toEqual(['001_schema.sql', '002_processed_events_age.sql']);
    expect(await store.sql.all('SELECT version, name FROM schema_migrations ORDER BY version')).toEqual(
      files.map((name) => ({ version: Number.parseInt(name, 10), name })),
    );
    expect((await store.committees.list()).map((c) => c.id)).toEqual(['idmg']);
    // Neither logged a failed start or a migration error.
    expect([...a.logs, ...b.logs].filter((l) => Number(l.level) >= 50)).toEqual([]);
  });

  it(`${DEPARTMENTS} due reminders: each delivered exactly once by two replicas, one killed mid-delivery`, async () => {
    const url = await emptyPostgresDatabase('idmg_r');
    const slack = await new FakeSlack().start();
    stops.push(() => slack.stop());
    // The IDMG's minutes of 17 April 2012, then as many departments, each with one person and one action.
    expect((await idmgAsync(['import', SAMPLE_MINUTES], { DATABASE_URL: url })).code).toBe(0);
    const store = await openStore(url);
    stops.push(() => store.close());
    const T = '2012-04-17T12:00:00.000Z';
    await store.sql.exec(`
      INSERT INTO organisations (name, name_key, created_at)
        SELECT 'Department ' || g, 'department ' || g, '${T}' FROM generate_series(1, ${DEPARTMENTS}) g;
      INSERT INTO people (name, organisation_id, slack_user_id, created_at)
        SELECT 'Official ' || g, o.id, 'UR' || lpad(g::text, 5, '0'), '${T}'
        FROM generate_series(1, ${DEPARTMENTS}) g JOIN organisations o ON o.name = 'Department ' || g;
      INSERT INTO committee_members (committee_id, person_id, role)
        SELECT 'idmg', id, 'member' FROM people WHERE slack_user_id LIKE 'UR%';
      INSERT INTO actions (committee_id, meeting_id, item, text, status, source, position, created_at, updated_at)
        SELECT 'idmg', m.id, '5', 'Department ' || g || ' to report its referrals', 'open', 'minutes', 100 + g, '${T}', '${T}'
        FROM generate_series(1, ${DEPARTMENTS}) g, (SELECT id FROM meetings WHERE date = '2012-04-17') m;
      INSERT INTO action_owners (action_id, organisation_id, position)
        SELECT a.id, o.id, 0 FROM actions a JOIN organisations o ON a.text = o.name || ' to report its referrals';
    `);
    // Slack takes each message at once and answers 2 ms later: a kill lands between the two.
    slack.slow('chat.postMessage', 2);
    const env = {
      DATABASE_URL: url,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      IDMG_NOW: '2012-08-30T09:00',
      IDMG_OUTBOX_LEASE_S: '5',
    };
    // Both start at 09:00 and tick at once: both plan the run, both deliver.
    const [a, b] = await Promise.all([startReplica(env), startReplica(env)]);
    const posts = () => slack.callsOf('chat.postMessage').length;
    await slack.until(() => posts() >= DEPARTMENTS / 4, 60_000);
    a.child.kill('SIGKILL');
    await settled(posts);
    // The next tick anywhere (here the CLI, five minutes on: the dead replica's lease has run out)
    // takes over what it held, and finds in the DM the message Slack had taken before the kill.
    const later = await idmgAsync(['reminders', '--json', '--now', '2012-08-30T09:05'], env);
    expect(later.code).toBe(0);
    await settled(posts, 500);

    const perChannel = new Map<string, number>();
    for (const call of slack.callsOf('chat.postMessage')) {
      const channel = String(call.body.channel);
      perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
    }
    const departments = [...perChannel].filter(([channel]) => channel.startsWith('UR'));
    expect(departments).toHaveLength(DEPARTMENTS);
    expect(departments.filter(([, n]) => n !== 1)).toEqual([]);
    expect([...perChannel.values()].every((n) => n === 1)).toBe(true);
    const outbox = await store.sql.all<{ status: string; n: number }>(
      "SELECT status, count(*) AS n FROM outbox WHERE kind = 'reminder' GROUP BY status",
    );
    expect(outbox).toEqual([{ status: 'sent', n: perChannel.size }]);
    // Both replicas did part of the work before the kill.
    const sentBy = (r: Replica) => r.logs.filter((l) => l.msg === 'message sent').length;
    expect(sentBy(a)).toBeGreaterThan(0);
    expect(sentBy(b)).toBeGreaterThan(0);
    expect((await health(b)).status).toBe(200);
  }, 180_000);

  it('the same Slack event delivered to both replicas is handled once', async () => {
    const url = await emptyPostgresDatabase('idmg_r');
    const slack = await new FakeSlack().start();
    stops.push(() => slack.stop());
    const cli = { DATABASE_URL: url };
    expect((await idmgAsync(['import', SAMPLE_MINUTES], cli)).code).toBe(0);
    expect((await idmgAsync(['members', 'add', '--org', 'UKHTC', '--slack', 'U0UKHTC1'], cli)).code).toBe(0);
    const env = {
      DATABASE_URL: url,
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      IDMG_NOW: '2012-08-30T10:12',
    };
    const [a, b] = await Promise.all([startReplica(env), startReplica(env)]);
    const event = {
      type: 'message',
      channel_type: 'im',
      channel: 'D0UKHTC1',
      user: 'U0UKHTC1',
      text: 'A2 done - sent the figures',
      ts: '1346318000.000100',
    };
    // Slack retried it (the first delivery's answer was slow) and the retry reached the other replica.
    const answers = await Promise.all([
      eventCallback(`http://127.0.0.1:${a.port}`, 'EvReplica1', event),
      eventCallback(`http://127.0.0.1:${b.port}`, 'EvReplica1', event, {
        headers: { 'X-Slack-Retry-Num': '1', 'X-Slack-Retry-Reason': 'http_timeout' },
      }),
    ]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    await slack.until(() => slack.callsOf('reactions.add').length >= 1, 10_000);
    await settled(() => slack.calls.length, 1500, 15_000);
    expect(slack.callsOf('reactions.add')).toHaveLength(1);
    const actions = (await idmgAsync(['actions', '--status', 'all', '--json'], cli)).json<
      { id: string; status: string; updates: unknown[] }[]
    >();
    expect(actions.find((x) => x.id === 'A2')).toMatchObject({
      status: 'done',
      updates: [expect.anything()],
    });
  }, 60_000);
});
