import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAction, listActions } from '../../src/app/actions.js';
import type { AppContext } from '../../src/app/context.js';
import { addMember } from '../../src/app/members.js';
import { addOrganisation } from '../../src/app/organisations.js';
import { fixedClock } from '../../src/clock.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startBot } from '../../src/main.js';
import { at, CLI, importSample } from '../support/app.js';
import { idmg, idmgAsync } from '../support/cli.js';
import { FakeSlack } from '../support/fake-slack.js';
import { activity, FakeConnector, sendActivity } from '../support/fake-teams.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import {
  buttonPress,
  eventCallback,
  interaction,
  SIGNING_SECRET,
  slashCommand,
} from '../support/slack-client.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';
import { SAMPLE_MINUTES, tempDir } from '../support/tmp.js';

type SlackBot = Awaited<ReturnType<typeof slackBot>>;
type TeamsBot = Awaited<ReturnType<typeof teamsBot>>;

/** Everything a refused request must leave alone. */
async function snapshot(ctx: AppContext): Promise<string> {
  const [actions, people, organisations, meetings, audit, round] = await Promise.all([
    ctx.store.actions.list({ status: 'all' }),
    ctx.store.people.list(),
    ctx.store.organisations.list(),
    ctx.store.meetings.list(),
    ctx.store.audit.list(),
    ctx.store.rounds.get('idmg', '2012-Q3'),
  ]);
  return JSON.stringify({ actions, people, organisations, meetings, audit, round });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every string anywhere in a value (Block Kit, Adaptive Card, response bodies). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const sign = (body: string, timestamp: number, secret = SIGNING_SECRET) =>
  `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;

function slashForm(text: string, user: string, responseUrl: string, trigger: string): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    channel_id: 'C0IDMG',
    user_id: user,
    command: '/idmg',
    text,
    response_url: responseUrl,
    trigger_id: trigger,
    api_app_id: 'A1',
  }).toString();
}

function rawPost(base: string, body: string, headers: Record<string, string>) {
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
}

// ---- Slack signatures --------------------------------------------------------------------------

describe('Slack request signatures', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const refused: {
    name: string;
    send: (base: string, body: string) => Promise<Response>;
  }[] = [
    {
      name: 'signed with the wrong secret',
      send: (base, body) =>
        rawPost(base, body, {
          'x-slack-request-timestamp': String(now()),
          'x-slack-signature': sign(body, now(), 'not-the-signing-secret'),
        }),
    },
    {
      name: 'a valid signature over a different body',
      send: (base, body) => {
        const other = body.replace('update+A2+done', 'help');
        return rawPost(base, body, {
          'x-slack-request-timestamp': String(now()),
          'x-slack-signature': sign(other, now()),
        });
      },
    },
    {
      name: 'no signature header',
      send: (base, body) => rawPost(base, body, { 'x-slack-request-timestamp': String(now()) }),
    },
    {
      name: 'no timestamp header',
      send: (base, body) => rawPost(base, body, { 'x-slack-signature': sign(body, now()) }),
    },
    {
      name: 'a timestamp 6 minutes old',
      send: (base, body) => {
        const ts = now() - 6 * 60;
        return rawPost(base, body, {
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': sign(body, ts),
        });
      },
    },
    {
      name: 'a timestamp 6 minutes in the future',
      send: (base, body) => {
        const ts = now() + 6 * 60;
        return rawPost(base, body, {
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': sign(body, ts),
        });
      },
    },
  ];

  it.each(refused)('$name: 401, and the update it carries is not recorded', async ({ send }) => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const before = await snapshot(t.ctx);
    const body = slashForm('update A2 done', PEOPLE.ukhtc, t.slack.responseUrl('sig'), 'trigger-sig');
    const res = await send(t.base, body);
    expect(res.status).toBe(401);
    await sleep(200);
    expect(t.slack.responses).toEqual([]);
    expect(await snapshot(t.ctx)).toBe(before);
  });

  it('a timestamp exactly 4 minutes old is accepted and the update recorded', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const ts = now() - 4 * 60;
    const body = slashForm('update A2 done', PEOPLE.ukhtc, t.slack.responseUrl('ok'), 'trigger-ok');
    const res = await rawPost(t.base, body, {
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign(body, ts),
    });
    expect(res.status).toBe(200);
    await t.slack.until(() => t.slack.responses.find((r) => r.id === 'ok'));
    expect((await listActions(t.ctx, { status: 'all' })).find((a) => a.id === 'A2')).toMatchObject({
      status: 'done',
      updates: [{ by: PEOPLE.ukhtc, status: 'done' }],
    });
  });
});

// ---- Teams outside local mode -------------------------------------------------------------------

describe('Teams outside local mode', () => {
  const APP_ID = '00000000-0000-4000-8000-000000000001';
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  // An issuer Bot Framework does not trust. (With iss https://api.botframework.com, botbuilder
  // first fetches signing keys from login.botframework.com, which an offline test must not do.)
  const claims = () => ({
    iss: 'https://evil.example/',
    aud: APP_ID,
    serviceUrl: 'http://127.0.0.1/',
    nbf: Math.floor(Date.now() / 1000) - 60,
    exp: Math.floor(Date.now() / 1000) + 3600,
  });
  const cases: { name: string; headers: () => Record<string, string> }[] = [
    { name: 'no Authorization header', headers: () => ({}) },
    { name: 'a malformed bearer', headers: () => ({ authorization: 'Bearer not-a-jwt' }) },
    { name: 'a scheme other than Bearer', headers: () => ({ authorization: 'Basic dXNlcjpwYXNz' }) },
    {
      name: 'an unsigned JWT (alg none)',
      headers: () => ({ authorization: `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims())}.` }),
    },
    {
      name: 'a JWT signed with a made-up HMAC key',
      headers: () => {
        const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(claims())}`;
        const sig = createHmac('sha256', 'made-up').update(head).digest('base64url');
        return { authorization: `Bearer ${head}.${sig}` };
      },
    },
  ];

  it.each(cases)('$name: 401, nothing recorded, the connector hears nothing', async ({ headers }) => {
    const t = await teamsBot({
      env: {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: 'teams-secret',
        MICROSOFT_APP_TYPE: 'MultiTenant',
      },
    });
    await withTeamsCommittee(t.ctx);
    const before = await snapshot(t.ctx);
    const updateText = activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'update A2 done' });
    expect((await sendActivity(t.base, updateText, headers())).status).toBe(401);
    const press = activity(t.connector.url, {
      aadObjectId: AAD.secretariat,
      value: { verb: 'status', a: 'A1', s: 'done', f: 'open' },
      replyToId: 'act-1',
    });
    expect((await sendActivity(t.base, press, headers())).status).toBe(401);
    await sleep(100);
    expect(await snapshot(t.ctx)).toBe(before);
    expect(t.connector.calls).toEqual([]);
    expect((await t.ctx.store.conversations.personalChats([AAD.ukhtc])).get(AAD.ukhtc) ?? null).toBeNull();
  });
});

// ---- the authorisation matrix ----------------------------------------------------------------------

type Who =
  | 'owner'
  | 'owner, someone else’s action'
  | 'other organisation'
  | 'secretariat'
  | 'chair'
  | 'unknown';
type Outcome = 'ok' | 'not_owner' | 'not_secretariat' | 'unmapped';

const CHAIR_SLACK = 'U0CHAIR1';
const CHAIR_AAD = '66666666-6666-4666-8666-666666666666';
const SLACK_ID: Record<Who, string> = {
  owner: PEOPLE.ukhtc,
  'owner, someone else’s action': PEOPLE.ukhtc,
  'other organisation': PEOPLE.dh,
  secretariat: PEOPLE.secretariat,
  chair: CHAIR_SLACK,
  unknown: PEOPLE.stranger,
};
const TEAMS_ID: Record<Who, string> = {
  owner: AAD.ukhtc,
  'owner, someone else’s action': AAD.ukhtc,
  'other organisation': AAD.dh,
  secretariat: AAD.secretariat,
  chair: CHAIR_AAD,
  unknown: AAD.stranger,
};
/** A2 is UKHTC's; A1 is the Home Office's. */
const targetOf = (who: Who) => (who === 'owner, someone else’s action' ? 'A1' : 'A2');

function expected(kind: 'action' | 'admin', who: Who): Outcome {
  if (who === 'unknown') return 'unmapped';
  if (who === 'secretariat' || who === 'chair') return 'ok';
  if (kind === 'admin') return 'not_secretariat';
  return who === 'owner' ? 'ok' : 'not_owner';
}

function refusal(outcome: Exclude<Outcome, 'ok'>, target: string): RegExp {
  switch (outcome) {
    case 'not_owner':
      return new RegExp(
        `Only members of ${target === 'A1' ? 'Home Office' : 'UKHTC'}, the secretariat or the chair can update ${target}`,
      );
    case 'not_secretariat':
      return /Only the secretariat or the chair can/;
    case 'unmapped':
      // says to ask the secretariat (or who can)
      return /not registered with the IDMG bot yet\. Ask the secretariat|Only the secretariat or the chair can/;
  }
}

async function actionStatus(ctx: AppContext, ref: string) {
  return (await listActions(ctx, { status: 'all' })).find((a) => a.id === ref);
}

async function expectUpdated(ctx: AppContext, ref: string, by: string) {
  const action = await actionStatus(ctx, ref);
  expect(action?.status).toBe('done');
  expect(action?.updates.at(-1)).toMatchObject({ by, status: 'done' });
}

let seq = 0;
const nextId = () => {
  seq += 1;
  return `m${seq}`;
};

interface SlackCommandCase {
  command: string;
  kind: 'action' | 'admin';
  setup?: (t: SlackBot) => Promise<void>;
  /** does it as `user`; returns what the bot answered that person (refusal or confirmation) */
  run: (t: SlackBot, user: string, target: string) => Promise<string>;
  succeeded: (t: SlackBot, user: string, target: string) => Promise<void>;
}

async function slash(t: SlackBot, text: string, user: string): Promise<string> {
  const id = nextId();
  const res = await slashCommand(t.base, text, user, t.slack.responseUrl(id));
  expect(res.status).toBe(200);
  await t.slack.until(() => t.slack.responses.find((r) => r.id === id));
  await sleep(50);
  return JSON.stringify(t.slack.responses.filter((r) => r.id === id).map((r) => r.body));
}

const slackCommands: SlackCommandCase[] = [
  {
    command: '/idmg update',
    kind: 'action',
    run: (t, user, target) => slash(t, `update ${target} done matrix`, user),
    succeeded: (t, user, target) => expectUpdated(t.ctx, target, user),
  },
  {
    command: 'Done button',
    kind: 'action',
    run: async (t, user, target) => {
      const id = nextId();
      const value = JSON.stringify({ a: target, f: 'open', p: 0 });
      const res = await interaction(t.base, buttonPress(user, 'action_done', value, t.slack.responseUrl(id)));
      expect(res.status).toBe(200);
      return JSON.stringify((await t.slack.until(() => t.slack.responses.find((r) => r.id === id))).body);
    },
    succeeded: (t, user, target) => expectUpdated(t.ctx, target, user),
  },
  {
    command: 'Add update modal',
    kind: 'action',
    run: async (t, user, target) => {
      const id = nextId();
      const res = await interaction(t.base, {
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: user },
        api_app_id: 'A1',
        view: {
          id: `V${id}`,
          hash: `h${id}`,
          callback_id: 'note_modal',
          private_metadata: JSON.stringify({ a: target, f: 'open', p: 0, r: null }),
          state: {
            values: {
              status: { status: { selected_option: { value: 'done' } } },
              note: { note: { value: 'matrix note' } },
            },
          },
        },
      });
      expect(res.status).toBe(200);
      return res.text();
    },
    succeeded: async (t, user, target) => {
      await expectUpdated(t.ctx, target, user);
      expect((await actionStatus(t.ctx, target))?.updates.at(-1)?.note).toBe('matrix note');
    },
  },
  {
    command: 'thread reply to a posted list',
    kind: 'action',
    run: async (t, user, target) => {
      const id = nextId();
      const posted = await t.bot.delivery.post({
        dedupeKey: `list:${id}`,
        platform: 'slack',
        recipient: 'C0IDMG',
        threadRef: null,
        kind: 'action_list',
        view: { kind: 'action_list', heading: 'Open actions', groups: [], empty: null, filter: 'open' },
        actionIds: [Number(target.slice(1))],
      });
      const parent = posted.messageRef ?? '';
      expect(parent).not.toBe('');
      const ts = `1346400000.${String(seq).padStart(6, '0')}`;
      const res = await eventCallback(t.base, `Ev${id}`, {
        type: 'message',
        channel: 'C0IDMG',
        channel_type: 'channel',
        user,
        text: 'done matrix',
        ts,
        thread_ts: parent,
      });
      expect(res.status).toBe(200);
      const answer = await t.slack.until(
        () =>
          t.slack.callsOf('chat.postEphemeral').find((c) => c.body.user === user) ??
          t.slack.callsOf('reactions.add').find((c) => c.body.timestamp === ts),
      );
      return JSON.stringify(answer.body);
    },
    succeeded: (t, user, target) => expectUpdated(t.ctx, target, user),
  },
  {
    command: '/idmg members add',
    kind: 'admin',
    run: (t, user) => slash(t, 'members add <@U0NEWBIE1|newbie> DH', user),
    succeeded: async (t) => {
      expect(await t.ctx.store.people.findByChatId('slack', 'U0NEWBIE1')).toMatchObject({
        organisation: 'DH',
        role: 'member',
      });
    },
  },
  {
    command: 'import: minutes sent in a DM',
    kind: 'admin',
    setup: async (t) => {
      const text = readFileSync(SAMPLE_MINUTES, 'utf8')
        .replace('17 April 2012', '18 October 2012')
        .replace('13 September 2012', '6 December 2012');
      t.slack.files.set('FMIN', { name: 'idmg-2012-10-18.txt', content: text });
    },
    run: async (t, user) => {
      const id = nextId();
      const dm = `D${user.slice(1)}`;
      const res = await eventCallback(t.base, `Ev${id}`, {
        type: 'message',
        subtype: 'file_share',
        channel: dm,
        channel_type: 'im',
        user,
        text: '',
        ts: '1350550000.000100',
        files: [{ id: 'FMIN' }],
      });
      expect(res.status).toBe(200);
      const toUser = () =>
        t.slack.calls.find(
          (c) =>
            (c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral') &&
            (c.body.channel === user || c.body.channel === dm || c.body.user === user),
        );
      // Whatever the answer is (a preview, or a refusal), the person hears something.
      const answer = await t.slack.until(toUser, 2000).catch(() => undefined);
      if (!answer) return '(no answer at all: the file was ignored in silence)';
      const confirm = strings(answer.body.blocks).length
        ? (answer.body.blocks as { elements?: { action_id?: string; value?: string }[] }[])
            .flatMap((b) => b.elements ?? [])
            .find((e) => e.action_id === 'import_confirm')
        : undefined;
      if (!confirm) return JSON.stringify(answer.body);
      const press = nextId();
      await interaction(
        t.base,
        buttonPress(user, 'import_confirm', confirm.value ?? '', t.slack.responseUrl(press)),
      );
      return JSON.stringify((await t.slack.until(() => t.slack.responses.find((r) => r.id === press))).body);
    },
    succeeded: async (t) => {
      expect((await listActions(t.ctx, { meetingDate: '2012-10-18' })).map((a) => a.id)).toEqual([
        'A4',
        'A5',
        'A6',
      ]);
    },
  },
  {
    command: '/idmg round open',
    kind: 'admin',
    run: (t, user) => slash(t, 'round open 2012-Q3', user),
    succeeded: async (t) => {
      expect(await t.ctx.store.rounds.get('idmg', '2012-Q3')).toMatchObject({ status: 'open' });
    },
  },
  {
    command: '/idmg round close',
    kind: 'admin',
    setup: async (t) => {
      await slash(t, 'round open 2012-Q3', PEOPLE.secretariat);
      expect(await t.ctx.store.rounds.get('idmg', '2012-Q3')).toMatchObject({ status: 'open' });
    },
    run: (t, user) => slash(t, 'round close 2012-Q3', user),
    succeeded: async (t) => {
      expect(await t.ctx.store.rounds.get('idmg', '2012-Q3')).toMatchObject({ status: 'closed' });
    },
  },
];

const WHO: Who[] = [
  'owner',
  'owner, someone else’s action',
  'other organisation',
  'secretariat',
  'chair',
  'unknown',
];

const slackMatrix = slackCommands.flatMap((c) =>
  WHO.filter((who) => c.kind === 'action' || who !== 'owner, someone else’s action').map((who) => ({
    ...c,
    who,
    outcome: expected(c.kind, who),
  })),
);

describe('authorisation matrix: Slack', () => {
  it.each(slackMatrix)('$command by $who → $outcome', async ({ who, outcome, setup, run, succeeded }) => {
    const t = await slackBot({ now: '2012-09-03T09:00', env: { IDMG_SLACK_CHANNEL: 'C0IDMG' } });
    await withCommittee(t.ctx);
    await addMember(
      t.ctx,
      { organisation: 'Home Office', slackUserId: CHAIR_SLACK, name: 'Chair', role: 'chair' },
      CLI,
    );
    await setup?.(t);
    const before = await snapshot(t.ctx);
    const user = SLACK_ID[who];
    const target = targetOf(who);
    const answer = await run(t, user, target);
    if (outcome === 'ok') {
      await succeeded(t, user, target);
      expect(answer).not.toMatch(/Only .* can|not registered/);
    } else {
      expect(answer).toMatch(refusal(outcome, target));
      await sleep(150);
      expect(await snapshot(t.ctx)).toBe(before);
    }
  });
});

describe('authorisation matrix: Teams (local mode)', () => {
  const teamsCommands = [
    {
      command: 'update',
      send: (t: TeamsBot, aad: string, target: string) =>
        sendActivity(t.base, activity(t.connector.url, { aadObjectId: aad, text: `update ${target} done` })),
    },
    {
      command: 'Done card press',
      send: (t: TeamsBot, aad: string, target: string) =>
        sendActivity(
          t.base,
          activity(t.connector.url, {
            aadObjectId: aad,
            value: { verb: 'status', a: target, s: 'done', f: 'open' },
            replyToId: 'act-1',
          }),
        ),
    },
  ];
  const matrix = teamsCommands.flatMap((c) =>
    WHO.map((who) => ({ ...c, who, outcome: expected('action', who) })),
  );

  it.each(matrix)('$command by $who → $outcome', async ({ who, outcome, send }) => {
    const t = await teamsBot({ now: '2012-09-03T09:00' });
    await withTeamsCommittee(t.ctx);
    await addMember(
      t.ctx,
      { organisation: 'Home Office', teamsAadId: CHAIR_AAD, name: 'Chair', role: 'chair' },
      CLI,
    );
    const before = await snapshot(t.ctx);
    const aad = TEAMS_ID[who];
    const target = targetOf(who);
    const res = await send(t, aad, target);
    expect(res.status).toBeLessThan(300);
    const answer = t.connector.cardsText() + JSON.stringify(t.connector.calls.map((c) => c.body.text ?? ''));
    if (outcome === 'ok') {
      await expectUpdated(t.ctx, target, aad);
      expect(answer).not.toMatch(/Only .* can|not registered/);
    } else {
      expect(answer).toMatch(refusal(outcome, target));
      expect(await snapshot(t.ctx)).toBe(before);
    }
  });
});

// ---- injection -------------------------------------------------------------------------------------

const EVIL_ORG = "Evil <!channel> [x](https://evil) *bold* '); DROP TABLE actions;--";
const EVIL_TEXT =
  "Ping <!channel> and <!here> and <@U0SEC1>, see <https://evil.example|click> or [x](https://evil), *bold*, '); DROP TABLE actions;--";
const EVIL_NOTE =
  "<!here> <@U0SEC1> <https://evil.example|click> [x](https://evil) *bold* '); DROP TABLE actions;--";

/** Fields Slack never shows: what a button sends back, ids, a modal's metadata. */
const NOT_SHOWN = new Set(['value', 'action_id', 'block_id', 'callback_id', 'private_metadata']);

/**
 * Strings Slack reads as mrkdwn: everything except the text of plain_text objects (header and
 * button labels), where Slack shows `<!channel>` literally and never pings, and fields never shown.
 */
function mrkdwnStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(mrkdwnStrings);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type === 'plain_text') return [];
    return Object.entries(o)
      .filter(([key]) => !NOT_SHOWN.has(key))
      .flatMap(([, v]) => mrkdwnStrings(v));
  }
  return [];
}

/** No Slack control sequence or link from user text survives unescaped where Slack parses it. */
function expectSlackSafe(payload: unknown): void {
  const all = mrkdwnStrings(payload);
  expect(all.length).toBeGreaterThan(0);
  for (const s of all) {
    expect.soft(s).not.toMatch(/<[!@#]/);
    expect.soft(s).not.toMatch(/<https?:/i);
  }
}

/**
 * Adaptive Card text (TextBlock, Fact.Title and Fact.Value render Markdown): no Markdown link or
 * emphasis from user text is left unescaped. fallbackText is plain text and button data is never
 * shown, so they are not checked.
 */
function cardStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(cardStrings);
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => key !== 'fallbackText' && key !== 'data')
      .flatMap(([, v]) => cardStrings(v));
  return [];
}

function expectTeamsSafe(payload: unknown): void {
  const all = cardStrings(payload);
  expect(all.length).toBeGreaterThan(0);
  for (const s of all) {
    expect.soft(s).not.toMatch(/(?<!\\)\[x(?<!\\)\]\(/);
    expect.soft(s).not.toMatch(/(?<!\\)\]\(https?:/);
    expect.soft(s).not.toMatch(/(?<!\\)\*bold(?<!\\)\*/);
    expect.soft(s).not.toMatch(/<at>/i);
  }
}

describe('injection through import, add and update', () => {
  it('comes back escaped in Slack Block Kit and Teams cards, and the database is intact', async () => {
    const t = await slackBot({ now: '2012-09-03T09:00' });
    await withCommittee(t.ctx);
    await addMember(
      t.ctx,
      { organisation: 'Home Office', teamsAadId: AAD.secretariat, role: 'secretariat' },
      CLI,
    );
    await addMember(t.ctx, { organisation: 'DH', teamsAadId: AAD.dh }, CLI);
    // through import: corrected minutes whose action carries the payloads
    const minutes = readFileSync(SAMPLE_MINUTES, 'utf8')
      .replace('17 April 2012', '18 October 2012')
      .replace('13 September 2012', '6 December 2012')
      .replace('UKHTC to provide further information', `UKHTC to provide ${EVIL_TEXT} information`);
    t.slack.files.set('FEVIL', { name: 'evil.txt', content: minutes });
    await eventCallback(t.base, 'EvEvil', {
      type: 'message',
      subtype: 'file_share',
      channel: 'D0SEC1',
      channel_type: 'im',
      user: PEOPLE.secretariat,
      text: '',
      ts: '1350550000.000100',
      files: [{ id: 'FEVIL' }],
    });
    const preview = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.secretariat),
    );
    expectSlackSafe(preview.body);
    const token =
      (preview.body.blocks as { elements?: { action_id?: string; value?: string }[] }[])
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === 'import_confirm')?.value ?? '';
    await interaction(
      t.base,
      buttonPress(PEOPLE.secretariat, 'import_confirm', token, t.slack.responseUrl('imp')),
    );
    await t.slack.until(() => t.slack.responses.find((r) => r.id === 'imp'));
    expect((await listActions(t.ctx, { meetingDate: '2012-10-18' })).length).toBe(3);

    // through add: an organisation and an action by hand
    await addOrganisation(t.ctx, EVIL_ORG, [], CLI);
    const added = await addAction(t.ctx, { text: EVIL_TEXT, owners: [EVIL_ORG] }, CLI);
    expect(added.text).toBe(EVIL_TEXT);

    // through update: a note from chat, and a refusal that names the evil organisation
    await slash(t, `update ${added.id} in progress ${EVIL_NOTE}`, PEOPLE.secretariat);
    const refusalText = await slash(t, `update ${added.id} done`, PEOPLE.dh);
    expect(refusalText).toContain('Only members of Evil');

    // Slack: every view that shows these strings
    const ids = ['all', 'org', 'next', 'refused'];
    await slashCommand(t.base, 'actions all', PEOPLE.secretariat, t.slack.responseUrl('all'));
    await slashCommand(t.base, `actions ${EVIL_ORG}`, PEOPLE.secretariat, t.slack.responseUrl('org'));
    await slashCommand(t.base, 'next', PEOPLE.secretariat, t.slack.responseUrl('next'));
    await slashCommand(t.base, `update ${added.id} done`, PEOPLE.dh, t.slack.responseUrl('refused'));
    await t.slack.until(() => ids.every((id) => t.slack.responses.some((r) => r.id === id)));
    await sleep(100);
    const listed = JSON.stringify(t.slack.responses.filter((r) => r.id === 'all'));
    expect(listed).toContain('DROP TABLE actions');
    expect(listed).toContain('&lt;!channel&gt;');
    for (const r of t.slack.responses) expectSlackSafe(r.body);
    // a button press redraws the list with the notes in it
    const value = JSON.stringify({ a: added.id, f: 'all', p: 0 });
    await interaction(
      t.base,
      buttonPress(PEOPLE.secretariat, 'action_blocked', value, t.slack.responseUrl('press')),
    );
    const redraw = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'press'));
    expect(JSON.stringify(redraw.body)).toContain('&lt;!here&gt;');
    expectSlackSafe({
      ...redraw.body,
      blocks: strings(redraw.body.blocks).map((s) => s.replace(`<@${PEOPLE.secretariat}>`, '')),
    });
    // App Home
    await eventCallback(t.base, 'EvHome', {
      type: 'app_home_opened',
      user: PEOPLE.secretariat,
      channel: 'D0SEC1',
      tab: 'home',
    });
    const home = await t.slack.until(() => t.slack.callsOf('views.publish')[0]);
    expectSlackSafe(home.body);
    // Every message the bot posted (the import preview included)
    for (const c of t.slack.callsOf('chat.postMessage')) expectSlackSafe(c.body);

    // Teams: the same committee, the same strings, as Adaptive Cards
    const connector = await new FakeConnector().start();
    try {
      for (const text of ['actions all', `actions ${EVIL_ORG}`, 'next']) {
        await sendActivity(t.base, activity(connector.url, { aadObjectId: AAD.secretariat, text }));
      }
      await sendActivity(
        t.base,
        activity(connector.url, { aadObjectId: AAD.dh, text: `update ${added.id} done` }),
      );
      expect(connector.calls.length).toBe(4);
      const cards = connector.calls.map((c) => c.body.attachments);
      expect(JSON.stringify(cards)).toContain('DROP TABLE actions');
      expect(JSON.stringify(cards)).toContain('\\\\[x\\\\]\\\\(https://evil\\\\)');
      for (const card of cards) expectTeamsSafe(card);
    } finally {
      await connector.stop();
    }

    // The database is intact: every table answers, and the text is stored as written.
    const cli = idmg(['actions', '--status', 'all', '--json', '--db', join(t.dir, 'idmg.sqlite')]);
    expect(cli.code).toBe(0);
    const actions =
      cli.json<{ id: string; text: string; owners: string[]; updates: { note: string | null }[] }[]>();
    expect(actions.map((a) => a.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    const evil = actions.find((a) => a.id === added.id);
    expect(evil).toMatchObject({ text: EVIL_TEXT, owners: [EVIL_ORG] });
    expect(evil?.updates.map((u) => u.note)).toContain(EVIL_NOTE);
    expect(idmg(['orgs', 'list', '--json', '--db', join(t.dir, 'idmg.sqlite')]).stdout).toContain(
      'DROP TABLE',
    );
    expect(idmg(['members', 'list', '--json', '--db', join(t.dir, 'idmg.sqlite')]).code).toBe(0);
  });
});

// ---- secrets never logged ------------------------------------------------------------------------------

const SECRETS = {
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-SEKRETBOTTOKENq7Zp',
  SLACK_SIGNING_SECRET: 'SEKRETSIGNINGw3Yx9f0a1b2c3d4e5f',
  MICROSOFT_APP_PASSWORD: 'SEKRETPASSWORD~k8Jv.Qr2',
};
/** Each whole value and the distinctive middle of each (a partial leak counts too). */
const SECRET_MARKERS = [...Object.values(SECRETS), 'SEKRET', 'q7Zp', 'w3Yx9f', 'k8Jv.Qr2'];

function expectNoSecret(text: string): void {
  for (const marker of SECRET_MARKERS) expect(text).not.toContain(marker);
}

describe('secrets are never logged', () => {
  it('the server at trace level: commands, events, a failed signature, a failing delivery, a failed download, a config error', async () => {
    const slack = await new FakeSlack().start();
    const dir = tempDir();
    const logs: string[] = [];
    const logger = createLogger('trace', { write: (line: string) => logs.push(line) });
    const config = loadConfig({
      PORT: '0',
      DATABASE_PATH: join(dir, 'idmg.sqlite'),
      SLACK_API_URL: slack.apiUrl,
      IDMG_SLACK_CHANNEL: 'C0IDMG',
      MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
      MICROSOFT_APP_TYPE: 'MultiTenant',
      LOG_LEVEL: 'trace',
      ...SECRETS,
    });
    const bot = await startBot(config, logger, {
      clock: fixedClock(at('2012-09-03T09:00')),
      scheduler: false,
    });
    const base = `http://127.0.0.1:${bot.port}`;
    try {
      const ctx = bot.app;
      await importSample(ctx);
      await addMember(ctx, { organisation: 'UKHTC', slackUserId: PEOPLE.ukhtc }, CLI);
      await addMember(
        ctx,
        { organisation: 'Home Office', slackUserId: PEOPLE.secretariat, role: 'secretariat' },
        CLI,
      );
      const opts = { secret: SECRETS.SLACK_SIGNING_SECRET };
      // commands, good and refused
      for (const [i, [text, user]] of [
        ['actions', PEOPLE.ukhtc],
        ['update A2 in progress drafting', PEOPLE.ukhtc],
        ['update A1 done', PEOPLE.ukhtc],
        ['members add <@U0NEW1> DH', PEOPLE.stranger],
        ['round open 2012-Q3', PEOPLE.secretariat],
      ].entries()) {
        await slashCommand(base, text ?? '', user ?? '', slack.responseUrl(`c${i}`), opts);
        await slack.until(() => slack.responses.find((r) => r.id === `c${i}`));
      }
      // a forged request (Bolt logs the failed verification)
      expect((await slashCommand(base, 'actions', PEOPLE.ukhtc, slack.responseUrl('x'))).status).toBe(401);
      // events: a DM reply, and a minutes file whose download fails (the stand-in wants another token)
      await eventCallback(
        base,
        'EvS1',
        {
          type: 'message',
          channel: 'D0UKHTC1',
          channel_type: 'im',
          user: PEOPLE.ukhtc,
          text: 'A2 done',
          ts: '1346600000.000100',
        },
        opts,
      );
      slack.files.set('FS', { name: 'm.txt', content: readFileSync(SAMPLE_MINUTES, 'utf8') });
      await eventCallback(
        base,
        'EvS2',
        {
          type: 'message',
          subtype: 'file_share',
          channel: 'D0SEC1',
          channel_type: 'im',
          user: PEOPLE.secretariat,
          text: '',
          ts: '1346600000.000200',
          files: [{ id: 'FS' }],
        },
        opts,
      );
      await slack.until(() =>
        slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.secretariat),
      );
      // a failing delivery: refused, then rate limited, then a server error
      slack.failNext('chat.postMessage', { json: { ok: false, error: 'invalid_auth' } });
      slack.failNext('chat.postMessage', {
        status: 429,
        headers: { 'retry-after': '1' },
        json: { ok: false, error: 'ratelimited' },
      });
      slack.failNext('chat.postMessage', { status: 500, json: { ok: false, error: 'internal_error' } });
      for (const key of ['f1', 'f2', 'f3']) {
        await bot.delivery.post({
          dedupeKey: key,
          platform: 'slack',
          recipient: 'C0IDMG',
          threadRef: null,
          kind: 'notice',
          view: { kind: 'notice', text: 'hello', tone: 'info' },
          actionIds: [],
        });
      }
      // Teams outside local mode: a request without a valid token
      const teams = await sendActivity(
        base,
        activity('http://127.0.0.1:9/', { aadObjectId: AAD.ukhtc, text: 'actions' }),
        { authorization: 'Bearer not-a-jwt' },
      );
      expect(teams.status).toBe(401);
      // a config error, logged as the server would
      for (const bad of [
        { ...SECRETS, IDMG_REMINDER_DAYS: 'soon' },
        { SLACK_BOT_TOKEN: SECRETS.SLACK_BOT_TOKEN },
        { SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET },
        {
          MICROSOFT_APP_ID: 'x',
          MICROSOFT_APP_PASSWORD: SECRETS.MICROSOFT_APP_PASSWORD,
          MICROSOFT_APP_TYPE: 'Bogus',
        },
        { SLACK_BOT_TOKEN: ' ', SLACK_SIGNING_SECRET: SECRETS.SLACK_SIGNING_SECRET },
      ]) {
        try {
          loadConfig(bad);
          throw new Error('expected a ConfigError');
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigError);
          expectNoSecret((error as Error).message);
          logger.error({ err: error }, 'configuration refused');
        }
      }
      await sleep(200);
    } finally {
      await bot.stop();
      await slack.stop();
    }
    expect(logs.length).toBeGreaterThan(10);
    // trace really was on: debug output from the Slack client and Bolt is there
    expect(logs.some((l) => /"level":(10|20)/.test(l))).toBe(true);
    for (const line of logs) expectNoSecret(line);
  }, 30_000);

  it('the server refusing to start prints no secret', () => {
    const server = new URL('../../bin/server.js', import.meta.url).pathname;
    for (const bad of [
      { IDMG_TIMEZONE: 'Mars/Olympus_Mons' },
      { MICROSOFT_APP_TYPE: 'SingleTenant', MICROSOFT_APP_ID: 'x' },
    ]) {
      const r = spawnSync(process.execPath, [server], {
        encoding: 'utf8',
        timeout: 20_000,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          PORT: '0',
          DATABASE_PATH: join(tempDir(), 'idmg.sqlite'),
          IDMG_BANK_HOLIDAYS_URL: '',
          LOG_LEVEL: 'trace',
          ...SECRETS,
          ...bad,
        },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/cannot start/);
      expectNoSecret(r.stdout + r.stderr);
    }
  }, 30_000);

  it('the idmg CLI with the secrets set: a failing command and a failing delivery print no secret', async () => {
    const dir = tempDir();
    const env = {
      DATABASE_PATH: join(dir, 'idmg.sqlite'),
      IDMG_BANK_HOLIDAYS_URL: '',
      LOG_LEVEL: 'trace',
      MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
      ...SECRETS,
    };
    expect(idmg(['import', SAMPLE_MINUTES], env).code).toBe(0);
    expect(idmg(['members', 'add', '--org', 'UKHTC', '--slack', PEOPLE.ukhtc], env).code).toBe(0);
    const failing = idmg(['update', 'A99', 'done'], env);
    expect(failing.code).toBe(1);
    expectNoSecret(failing.stdout + failing.stderr);
    const usage = idmg(['update'], env);
    expect(usage.code).toBe(2);
    expectNoSecret(usage.stdout + usage.stderr);

    const slack = await new FakeSlack().start();
    try {
      for (let i = 0; i < 5; i += 1)
        slack.failNext('chat.postMessage', { status: 500, json: { ok: false, error: 'internal_error' } });
      const run = await idmgAsync(['reminders', '--now', '2012-08-30T09:00'], {
        ...env,
        SLACK_API_URL: slack.apiUrl,
      });
      expect(slack.callsOf('chat.postMessage').length).toBeGreaterThan(0);
      // the stand-in saw the token (so it was in play), the output never shows it
      expect(slack.callsOf('chat.postMessage')[0]?.auth).toBe(`Bearer ${SECRETS.SLACK_BOT_TOKEN}`);
      expect(run.stdout + run.stderr).not.toBe('');
      expectNoSecret(run.stdout + run.stderr);
    } finally {
      await slack.stop();
    }
  }, 60_000);
});
