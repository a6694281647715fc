import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listActions, recordUpdate } from '../../src/app/actions.js';
import { loadHolidays } from '../../src/app/holidays.js';
import { runDue } from '../../src/app/reminders.js';
import { at, CLI } from '../support/app.js';
import { idmg, idmgAsync } from '../support/cli.js';
import { onPostgres } from '../support/database.js';
import { FakeSlack } from '../support/fake-slack.js';
import { activity, sendActivity } from '../support/fake-teams.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { BOT_TOKEN, SIGNING_SECRET, slashCommand } from '../support/slack-client.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';
import { SAMPLE_MINUTES, tempDir } from '../support/tmp.js';

const policy = { days: [10, 5, 1], time: '09:00', zone: 'Europe/London' };
const BIN = new URL('../../bin/idmg.js', import.meta.url).pathname;

describe('faults in the chat platforms', () => {
  it('Slack answering 500, then 429 with Retry-After: each reminder delivered once, with one clear log line each', async () => {
    const t = await slackBot({ now: '2012-08-30T09:00' });
    await withCommittee(t.ctx);
    t.slack.failNext('chat.postMessage', { status: 500, json: { ok: false, error: 'internal_error' } });
    t.slack.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '90' },
      json: { ok: false, error: 'ratelimited' },
    });
    const run = async (iso: string) => {
      t.clock.set(at(iso));
      return runDue(t.ctx, t.bot.delivery, at(iso), policy, await loadHolidays(t.ctx.store));
    };
    expect((await run('2012-08-30T09:00')).flushed).toEqual({ sent: 1, retrying: 2, failed: 0 });
    expect((await run('2012-08-30T09:00:45')).flushed.sent).toBe(1); // the 500's 30-second backoff has passed
    expect((await run('2012-08-30T09:01')).flushed.sent).toBe(0); // Retry-After said 90 seconds
    expect((await run('2012-08-30T09:01:31')).flushed.sent).toBe(1);
    const ok = t.slack.callsOf('chat.postMessage');
    const answered = ok.length - 2; // the 500 and the 429 were answered with failures
    expect(answered).toBe(3);
    expect(new Set(ok.map((c) => c.body.channel)).size).toBe(3);
    const retryLines = t.logs.filter((l) => l.includes('send failed; will retry'));
    expect(retryLines).toHaveLength(2);
    expect(retryLines[1]).toContain('rate limited by Slack');
  });

  it('a Teams connector that does not answer: the send times out, is retried, and delivered once', async () => {
    const t = await teamsBot({ now: '2012-08-30T09:00', sendTimeoutMs: 300 });
    await withTeamsCommittee(t.ctx);
    await sendActivity(t.base, activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'help' }));
    t.connector.delayNext(2000);
    const first = await runDue(
      t.ctx,
      t.bot.delivery,
      at('2012-08-30T09:00'),
      policy,
      await loadHolidays(t.ctx.store),
    );
    expect(first.flushed).toEqual({ sent: 0, retrying: 1, failed: 0 });
    expect(t.logs.some((l) => l.includes('did not answer within 300 ms'))).toBe(true);
    t.clock.set(at('2012-08-30T09:01'));
    const second = await runDue(
      t.ctx,
      t.bot.delivery,
      at('2012-08-30T09:01'),
      policy,
      await loadHolidays(t.ctx.store),
    );
    expect(second.flushed.sent).toBe(1);
    expect((await t.ctx.store.outbox.list('sent')).filter((m) => m.kind === 'reminder')).toHaveLength(1);
  });
});

describe('faults in the process and the disk', () => {
  // The CLI on a SQLite file (PostgreSQL's processes are in test/replicas).
  it.skipIf(onPostgres)(
    'a reminder run killed with SIGKILL mid-send delivers every reminder exactly once when run again',
    async () => {
      const slack = await new FakeSlack().start();
      const dir = tempDir();
      const env = {
        DATABASE_PATH: join(dir, 'idmg.sqlite'),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
      };
      try {
        idmg(['import', SAMPLE_MINUTES], env);
        for (const [org, id] of [
          ['UKHTC', 'U0UKHTC1'],
          ['Home Office', 'U0HOME1'],
          ['Home Office', 'U0HOME2'],
        ] as const)
          idmg(['members', 'add', '--org', org, '--slack', id], env);
        slack.hold('chat.postMessage'); // Slack receives the first send and never answers it
        const child = spawn(process.execPath, [BIN, 'reminders', '--now', '2012-08-30T09:00'], {
          env: { PATH: process.env.PATH ?? '', ...env },
          stdio: 'ignore',
        });
        await slack.until(() => slack.held.length === 1);
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
        slack.release('chat.postMessage');
        // Restarted within the send's lease: nothing is sent twice, the rest go out.
        const soonRun = await idmgAsync(['reminders', '--json', '--now', '2012-08-30T09:01'], env);
        const soon = soonRun.json<{ sent: number }>();
        expect(soon.sent).toBe(2);
        // After the lease, the message the dead process was sending goes out once.
        const later = (await idmgAsync(['reminders', '--json', '--now', '2012-08-30T09:03'], env)).json<{
          sent: number;
        }>();
        expect(later.sent).toBe(1);
        const answered = slack.callsOf('chat.postMessage').map((c) => c.body.channel);
        expect(answered.sort()).toEqual(['U0HOME1', 'U0HOME2', 'U0UKHTC1']);
        expect(
          (await idmgAsync(['reminders', '--json', '--now', '2012-08-30T09:10'], env)).json(),
        ).toMatchObject({ due: [], sent: 0 });
      } finally {
        await slack.stop();
      }
    },
  );

  // The CLI on a SQLite file (PostgreSQL's processes are in test/replicas).
  it.skipIf(onPostgres)(
    'a reminder Slack took just before its sender was killed is found in the channel, not sent again',
    async () => {
      const slack = await new FakeSlack().start();
      const dir = tempDir();
      const env = {
        DATABASE_PATH: join(dir, 'idmg.sqlite'),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
      };
      try {
        idmg(['import', SAMPLE_MINUTES], env);
        for (const [org, id] of [
          ['UKHTC', 'U0UKHTC1'],
          ['Home Office', 'U0HOME1'],
          ['Home Office', 'U0HOME2'],
        ] as const)
          idmg(['members', 'add', '--org', org, '--slack', id], env);
        // Slack posts the first message in the DM, and its answer never reaches the sender.
        slack.hold('chat.postMessage', { accepted: true });
        const child = spawn(process.execPath, [BIN, 'reminders', '--now', '2012-08-30T09:00'], {
          env: { PATH: process.env.PATH ?? '', ...env },
          stdio: 'ignore',
        });
        await slack.until(() => slack.held.length === 1);
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
        slack.release('chat.postMessage');
        const soon = (await idmgAsync(['reminders', '--json', '--now', '2012-08-30T09:01'], env)).json<{
          sent: number;
        }>();
        expect(soon.sent).toBe(2);
        // After the lease the survivor looks for the message in the DM's history, by its outbox id.
        const later = (await idmgAsync(['reminders', '--json', '--now', '2012-08-30T09:03'], env)).json<{
          sent: number;
        }>();
        expect(later.sent).toBe(1);
        expect(slack.callsOf('conversations.history')).toHaveLength(1);
        // Each person has one reminder in their DM: none twice, none lost.
        for (const dm of ['D0UKHTC1', 'D0HOME1', 'D0HOME2'])
          expect((slack.history.get(dm) ?? []).length, dm).toBe(1);
        expect(slack.callsOf('chat.postMessage')).toHaveLength(2);
      } finally {
        await slack.stop();
      }
    },
  );

  // The CLI on a SQLite file (PostgreSQL's processes are in test/replicas).
  it.skipIf(onPostgres)(
    'waits for another writer holding the database, and fails in one line when it never lets go',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'idmg.sqlite');
      const env = { DATABASE_PATH: file };
      idmg(['import', SAMPLE_MINUTES], env);
      const other = new Database(file);
      other.pragma('busy_timeout = 0');
      other.prepare('BEGIN IMMEDIATE').run();
      const update = new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'update', 'A2', 'done', 'figures sent'], {
          env: { PATH: process.env.PATH ?? '', ...env },
        });
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += d;
        });
        child.once('exit', (code) => resolve({ code, stderr }));
      });
      await new Promise((r) => setTimeout(r, 1500));
      other.prepare('COMMIT').run();
      expect(await update).toEqual({ code: 0, stderr: '' });

      other.prepare('BEGIN IMMEDIATE').run();
      const stuck = idmg(['update', 'A1', 'done'], env);
      other.prepare('ROLLBACK').run();
      other.close();
      expect(stuck.code).toBe(1);
      expect(stuck.stderr.trim().split('\n')).toEqual(['idmg: database is locked']);
      const all = idmg(['actions', '--status', 'all', '--json'], env).json<
        { id: string; status: string; updates: unknown[] }[]
      >();
      expect(all.map((a) => [a.id, a.status, a.updates.length])).toEqual([
        ['A1', 'open', 0],
        ['A2', 'done', 1],
        ['A3', 'open', 0],
      ]);
    },
    20_000,
  );

  // The CLI on a SQLite file (PostgreSQL's processes are in test/replicas).
  it.skipIf(onPostgres)(
    'a full disk refuses the write cleanly: nothing half-written, the person told, one log line',
    async () => {
      const t = await slackBot({ pragmas: [] });
      await withCommittee(t.ctx);
      await t.bot.stop();
      const pages = (() => {
        const db = new Database(join(t.dir, 'idmg.sqlite'));
        const n = db.pragma('page_count', { simple: true }) as number;
        db.close();
        return n;
      })();
      const full = await slackBot({ dir: t.dir, pragmas: [`max_page_count = ${pages}`] });
      // Fill what little room is left, so the next write cannot fit.
      let filled = false;
      for (let i = 0; i < 20_000 && !filled; i += 1) {
        try {
          await recordUpdate(full.ctx, {
            actionRef: 'A2',
            status: null,
            note: `n${i}`,
            actor: CLI,
            source: 'cli',
          });
        } catch {
          filled = true;
        }
      }
      expect(filled).toBe(true);
      const before = JSON.stringify(await listActions(full.ctx, { status: 'all' }));
      await slashCommand(
        full.base,
        'update A1 done written to HMRC',
        PEOPLE.home,
        full.slack.responseUrl('full'),
      );
      const answer = await full.slack.until(() => full.slack.responses.find((r) => r.id === 'full'));
      expect(JSON.stringify(answer.body)).toContain(
        'something went wrong on our side and nothing was changed',
      );
      expect(JSON.stringify(await listActions(full.ctx, { status: 'all' }))).toBe(before);
      const lines = full.logs.filter((l) => l.includes('slash command failed'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/full/i);
    },
  );

  it('SIGTERM lets the request in flight finish and closes the database cleanly', async () => {
    const dir = tempDir();
    idmg(['import', SAMPLE_MINUTES], { DATABASE_PATH: join(dir, 'idmg.sqlite') });
    const server = spawn(process.execPath, [new URL('../../bin/server.js', import.meta.url).pathname], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', PORT: '0', IDMG_BANK_HOLIDAYS_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const port = await new Promise<number>((resolve) => {
      server.stdout.on('data', (d) => {
        log += d;
        const m = /"port":(\d+)/.exec(log);
        if (m?.[1]) resolve(Number(m[1]));
      });
    });
    // A request whose body is still arriving when SIGTERM comes: the server must finish it.
    const body = JSON.stringify({
      type: 'conversationUpdate',
      id: 'x1',
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      from: { id: 'u' },
      recipient: { id: 'b' },
      conversation: { id: 'c1', conversationType: 'personal' },
    });
    const { request } = await import('node:http');
    const status = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/messages',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 20));
      req.on('socket', (socket) =>
        socket.on('connect', () =>
          setTimeout(() => {
            server.kill('SIGTERM');
            setTimeout(() => req.end(body.slice(20)), 300);
          }, 200),
        ),
      );
    });
    expect(await status).toBe(200);
    expect(await new Promise((r) => server.once('exit', r))).toBe(0);
    expect(log).toContain('idmg-bot stopped');
    const { existsSync, statSync } = await import('node:fs');
    const wal = join(dir, 'data', 'idmg.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
  });
});

describe('Slack unreachable at start', () => {
  it('starts anyway, answers /healthz, and asks who it is again when a request needs it', async () => {
    const dead = await new FakeSlack().start();
    const url = dead.apiUrl;
    await dead.stop(); // nothing listens there now
    const { loadConfig } = await import('../../src/config.js');
    const { createLogger } = await import('../../src/logger.js');
    const { startBot } = await import('../../src/main.js');
    const config = loadConfig({
      PORT: '0',
      DATABASE_PATH: join(tempDir(), 'idmg.sqlite'),
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: url,
    });
    const bot = await startBot(config, createLogger('silent'), { scheduler: false });
    try {
      await new Promise((r) => setTimeout(r, 300));
      expect((await fetch(`http://127.0.0.1:${bot.port}/healthz`)).status).toBe(200);
    } finally {
      await bot.stop();
    }
  });
});
