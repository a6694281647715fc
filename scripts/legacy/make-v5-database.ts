/**
 * Builds test/fixtures/legacy/idmg-v5.sqlite: a database made by schema version 5 (the last one
 * before committees), filled the way a deployment fills it — the README walk-through through the
 * real CLI, then Slack and Teams through the real HTTP server — so the committees migration is
 * tested on a real old database, not on rows written by hand.
 *
 * Run at the commit before migration 006 (it was): `npx tsx scripts/legacy/make-v5-database.ts`;
 * then dump the file to the text fixture the test loads (databases are not committed):
 * `python3 -c "import sqlite3;c=sqlite3.connect('test/fixtures/legacy/idmg-v5.sqlite');open('test/fixtures/legacy/idmg-v5.sql','w').writelines(l+'\n' for l in c.iterdump())"`.
 * It also writes idmg-v5.expected.json: what the old CLI answered, for the migration test to
 * compare with what the new one answers.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DateTime } from 'luxon';
import { fixedClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startBot } from '../../src/main.js';
import { FakeSlack } from '../../test/support/fake-slack.js';
import { activity, FakeConnector, sendActivity } from '../../test/support/fake-teams.js';
import { BOT_TOKEN, eventCallback, SIGNING_SECRET, slashCommand } from '../../test/support/slack-client.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, 'test/fixtures/legacy');
const SAMPLE = join(ROOT, 'test/fixtures/minutes/idmg-2012-04-17-minutes.txt');
const dir = mkdtempSync(join(tmpdir(), 'idmg-legacy-'));
const db = join(dir, 'idmg.sqlite');
const zone = 'Europe/London';
const at = (iso: string) => DateTime.fromISO(iso, { zone });

function idmg(args: string[], env: Record<string, string> = {}): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/idmg.js'), ...args, '--db', db], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
  });
  if (r.status !== 0) throw new Error(`idmg ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The same without blocking: for commands that talk to the stand-in Slack in this process. */
function idmgAsync(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/idmg.js'), ...args, '--db', db], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`idmg ${args.join(' ')}: ${err}`)),
    );
  });
}

const PEOPLE = { sec: 'U0SEC1', ukhtc: 'U0UKHTC1', home: 'U0HOME1', dh: 'U0DH1', chair: 'U0CHAIR1' };
const AAD_UKHTC = '11111111-1111-4111-8111-111111111111';

// 1. The README walk-through, through the CLI.
idmg(['import', SAMPLE]);
idmg(['update', 'A2', 'done', 'figures sent', '--by', 'Jo (UKHTC)', '--now', '2012-05-02T11:00']);
idmg([
  'members',
  'add',
  '--org',
  'Home Office',
  '--slack',
  PEOPLE.sec,
  '--name',
  'Sec',
  '--role',
  'secretariat',
]);
idmg([
  'members',
  'add',
  '--org',
  'Home Office',
  '--slack',
  PEOPLE.chair,
  '--name',
  'Chair',
  '--role',
  'chair',
]);
idmg(['members', 'add', '--org', 'UKHTC', '--slack', PEOPLE.ukhtc, '--teams', AAD_UKHTC, '--name', 'Una']);
idmg(['members', 'add', '--org', 'Home Office', '--slack', PEOPLE.home, '--name', 'Hal']);
idmg(['members', 'add', '--org', 'DH', '--slack', PEOPLE.dh, '--name', 'Dee']);
idmg(['orgs', 'add', 'Department of Health', '--alias', 'DoH']);
idmg(['action', 'add', '--owner', 'DH', '--text', 'DH to circulate the NHS guidance', '--due', '2012-09-28']);
idmg(['deadlines', 'add', '--date', '2012-10-18', '--text', 'Annual report', '--owner', 'Home Office']);
idmg([
  'meetings',
  'add',
  '--date',
  '2012-12-06',
  '--start',
  '10:30',
  '--end',
  '12:00',
  '--location',
  'Home Office',
]);

// 2. The bot over HTTP: Slack and Teams.
const slack = await new FakeSlack().start();
const teams = await new FakeConnector().start();
const clock = fixedClock(at('2012-08-30T09:00'));
const config = loadConfig({
  PORT: '0',
  DATABASE_PATH: db,
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slack.apiUrl,
  IDMG_SLACK_CHANNEL: 'C0IDMG',
});
const bot = await startBot(config, createLogger('silent'), { clock, scheduler: false });
const base = `http://127.0.0.1:${bot.port}`;

// A Teams member talks to the bot: its conversation reference is saved.
await sendActivity(base, activity(teams.url, { aadObjectId: AAD_UKHTC, text: 'actions' }));

// The 10-working-day reminders for 13 September: one Slack DM refused for good, one rate-limited
// (left pending), the rest sent.
slack.failNext('chat.postMessage', { json: { ok: false, error: 'channel_not_found' } });
const slackEnv = {
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: slack.apiUrl,
  IDMG_SLACK_CHANNEL: 'C0IDMG',
};
const reminders = await idmgAsync(['reminders', '--now', '2012-08-30T09:00', '--json'], slackEnv);

// DH's own due date, 28 September: its 10-day reminder meets a Slack that is rate-limiting (pending).
slack.failNext('chat.postMessage', {
  status: 429,
  headers: { 'retry-after': '3600' },
  json: { ok: false, error: 'ratelimited' },
});
await idmgAsync(['reminders', '--now', '2012-09-14T09:00', '--json'], slackEnv);

// The Home Office answers its reminder in the thread.
const peek = <T>(sql: string, ...params: unknown[]): T | undefined => {
  const handle = new Database(db, { readonly: true });
  try {
    return handle.prepare(sql).get(...params) as T | undefined;
  } finally {
    handle.close();
  }
};
const sentReminder = peek<{ conversation: string; message_ref: string }>(
  "SELECT conversation, message_ref FROM outbox WHERE kind = 'reminder' AND status = 'sent' AND recipient = ?",
  PEOPLE.home,
);
if (sentReminder) {
  await eventCallback(base, 'EvL1', {
    type: 'message',
    channel: sentReminder.conversation,
    channel_type: 'im',
    user: PEOPLE.home,
    text: 'A1 in progress spoke to HMRC',
    ts: '1346320000.000100',
    thread_ts: sentReminder.message_ref,
  });
}

// The Strategy Board round for 2012-Q3, with an edited and a withdrawn submission.
clock.set(at('2012-09-03T09:00'));
await slashCommand(base, 'round open 2012-Q3', PEOPLE.sec, slack.responseUrl('open'));
await slack.until(() => slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0IDMG'));
const parentTs = await slack.until(
  () =>
    peek<{ message_ref: string }>("SELECT message_ref FROM outbox WHERE kind = 'round' AND status = 'sent'")
      ?.message_ref,
);
const reply = (id: string, user: string, text: string, ts: string) =>
  eventCallback(base, id, {
    type: 'message',
    channel: 'C0IDMG',
    channel_type: 'channel',
    user,
    text,
    ts,
    thread_ts: parentTs,
  });
clock.set(at('2012-09-10T11:00'));
await reply('EvR1', PEOPLE.ukhtc, 'NRM referrals up 12% on Q2.', '1347271200.000100');
await reply('EvR2', PEOPLE.home, 'Stakeholder groups met twice.', '1347271200.000200');
await reply('EvR3', PEOPLE.dh, 'Health training pilot launched.', '1347271200.000300');
await reply('EvR4', 'U0NOBODY', 'From the Welsh Government: guidance published.', '1347271200.000400');
await eventCallback(base, 'EvR5', {
  type: 'message',
  subtype: 'message_changed',
  channel: 'C0IDMG',
  message: {
    user: PEOPLE.ukhtc,
    text: 'NRM referrals up 14% on Q2 (corrected).',
    ts: '1347271200.000100',
    thread_ts: parentTs,
  },
  ts: '1347271300.000100',
});
await eventCallback(base, 'EvR6', {
  type: 'message',
  subtype: 'message_deleted',
  channel: 'C0IDMG',
  deleted_ts: '1347271200.000300',
  ts: '1347271300.000200',
});

// Minutes sent by the secretariat in a DM, previewed and left waiting for Confirm.
slack.files.set('F1', {
  name: 'idmg-2012-09-13.txt',
  content: readFileSync(SAMPLE, 'utf8')
    .replace('17 April 2012', '13 September 2012')
    .replace('13 September 2012', '6 December 2012'),
});
await eventCallback(base, 'EvI1', {
  type: 'message',
  subtype: 'file_share',
  channel: 'D0SEC1',
  channel_type: 'im',
  user: PEOPLE.sec,
  text: '',
  ts: '1347280000.000100',
  files: [{ id: 'F1' }],
});
await slack.until(() =>
  slack
    .callsOf('chat.postMessage')
    .find(
      (c) => c.body.channel === PEOPLE.sec && JSON.stringify(c.body.blocks ?? '').includes('import_confirm'),
    ),
);
await new Promise((r) => setTimeout(r, 300));
await bot.stop();
await slack.stop();
await teams.stop();

// 3. One file, no WAL beside it; and what the old CLI says of it.
const handle = new Database(db);
handle.pragma('wal_checkpoint(TRUNCATE)');
handle.pragma('journal_mode = DELETE');
handle.close();
copyFileSync(db, join(OUT, 'idmg-v5.sqlite'));
const expected = {
  actions: JSON.parse(idmg(['actions', '--status', 'all', '--json'])),
  next: JSON.parse(idmg(['next', '--now', '2012-09-10T12:00', '--json'])),
  remindersRun: JSON.parse(reminders),
  reminderPlanAt: '2012-08-30T09:00',
  roundStatus: JSON.parse(idmg(['round', 'status', '2012-Q3', '--json', '--now', '2012-09-10T12:00'])),
  members: JSON.parse(idmg(['members', 'list', '--json'])),
};
writeFileSync(join(OUT, 'idmg-v5.expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${join(OUT, 'idmg-v5.sqlite')}`);
