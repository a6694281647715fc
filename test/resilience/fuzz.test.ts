import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/app/context.js';
import { decodeMinutes, MinutesError, parseMinutes } from '../../src/minutes/index.js';
import { activity, sendActivity } from '../support/fake-teams.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { eventCallback, slackPost, slashCommand } from '../support/slack-client.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';

/**
 * Property-based robustness: whatever a chat client (or someone pretending to be one) sends, the
 * server answers, stays up, and changes nothing it should not.
 */

/** Everything a request could wrongly change: actions with their history, people, organisations, meetings, audit. */
async function snapshot(ctx: AppContext): Promise<string> {
  const [actions, people, organisations, meetings, audit] = await Promise.all([
    ctx.store.actions.list({ status: 'all' }),
    ctx.store.people.list(),
    ctx.store.organisations.list(),
    ctx.store.meetings.list(),
    ctx.store.audit.list(),
  ]);
  return JSON.stringify({ actions, people, organisations, meetings, audit });
}

/** Waits until the stand-in has seen no new call for `quietMs` (the bot works after its ack). */
async function settle(count: () => number, quietMs = 250, maxMs = 5000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = count();
  let since = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

const listenerFailures = (logs: string[]) =>
  logs.filter((l) => /listener failed|turn failed|request failed|button press failed/.test(l));

// ---- generators ----------------------------------------------------------------------------

const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0SEC1>',
  '<@U0UKHTC1|una>',
  '<#C0IDMG|idmg>',
  '<https://evil.example|click>',
  "A1'; DROP TABLE actions;--",
  "'); DROP TABLE actions;--",
  '" OR 1=1 --',
  '%00',
  '&amp;',
  '&lt;!channel&gt;',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\ud800',
  '😀',
  'Ａ２',
  'A99999999999999',
  'A0',
  '$' + '{process.exit()}',
  '__proto__',
  'constructor',
];
const WORDS = [
  'update',
  'A1',
  'A2',
  'A3',
  'a2',
  'done',
  'in progress',
  'blocked',
  'open',
  'reopen',
  'members',
  'member',
  'add',
  'remove',
  'list',
  'round',
  'open',
  'close',
  'status',
  '2012-Q3',
  'FY2012-Q1',
  'import',
  'actions',
  'mine',
  'all',
  'next',
  'help',
  '?',
  'UKHTC',
  'Home Office',
  'DH',
  'secretariat',
  'chair',
  'U0NEWBIE1',
  '11111111-1111-4111-8111-111111111111',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const sentence = fc
  .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\t', '\n', '  ')), { maxLength: 14 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(''));
/** Up to ~4,000 characters, Slack's limit for a slash command's text. */
const long = fc
  .tuple(sentence, fc.integer({ min: 2000, max: 4000 }))
  .map(([s, n]) => `${s} `.repeat(Math.ceil(n / (s.length + 1))).slice(0, n));
const commandText = fc.oneof(
  { weight: 6, arbitrary: sentence },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: long },
);
const unmappedSlackUser = fc.oneof(
  fc.constant(PEOPLE.stranger),
  fc.stringMatching(/^U[A-Z0-9]{6,10}$/).filter((u) => !Object.values(PEOPLE).includes(u as never)),
);
const slackTs = fc
  .tuple(fc.integer({ min: 1_000_000_000, max: 1_999_999_999 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([s, us]) => `${s}.${String(us).padStart(6, '0')}`);

// ---- Slack: slash commands ----------------------------------------------------------------

describe('fuzz: /idmg from someone allowed to change nothing', () => {
  it('every command gets 200 and an answer at response_url; actions, updates, people and organisations are unchanged', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const before = await snapshot(t.ctx);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(commandText, unmappedSlackUser, async (text, user) => {
        n += 1;
        const id = `fz-${n}`;
        const res = await slashCommand(t.base, text, user, t.slack.responseUrl(id));
        expect(res.status).toBe(200);
        const answer = await t.slack.until(() => t.slack.responses.find((r) => r.id === id), 4000);
        expect(typeof answer.body.text).toBe('string');
      }),
      { numRuns: 200, timeout: 5000 },
    );
    await settle(() => t.slack.calls.length + t.slack.responses.length);
    expect(await snapshot(t.ctx)).toBe(before);
    expect(t.slack.callsOf('views.open')).toEqual([]);
    expect(t.slack.callsOf('chat.postMessage')).toEqual([]);
    expect(listenerFailures(t.logs)).toEqual([]);
    expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
  }, 60_000);
});

// ---- Slack: message events ------------------------------------------------------------------

describe('fuzz: Slack message events', () => {
  it('answers 200 (401 only for a corrupted signature) and records no update for anyone not authorised', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    // A list about A2 (UKHTC's) posted to the channel: replies in its thread are read as updates.
    const posted = await t.bot.delivery.post({
      dedupeKey: 'fuzz:list',
      platform: 'slack',
      recipient: 'C0IDMG',
      threadRef: null,
      kind: 'action_list',
      view: { kind: 'action_list', heading: 'Open actions', groups: [], empty: null, filter: 'open' },
      actionIds: [2],
    });
    const parent = posted.messageRef ?? '';
    expect(parent).not.toBe('');
    const before = await snapshot(t.ctx);
    const callsBefore = t.slack.calls.length;

    // DH is a member of an organisation that owns none of the sample's actions.
    const user = fc.oneof(unmappedSlackUser, fc.constant(PEOPLE.dh));
    const text = fc.oneof(
      commandText,
      fc
        .tuple(fc.constantFrom('A1', 'A2', 'A3', 'a2', ''), fc.constantFrom('done', 'blocked', 'in progress'))
        .map(([a, s]) => `${a} ${s}`),
    );
    const anyEvent = fc.record(
      {
        type: fc.constant('message'),
        subtype: fc.constantFrom(
          'file_share',
          'thread_broadcast',
          'message_changed',
          'message_deleted',
          'bot_message',
          'channel_join',
          'me_message',
          '',
        ),
        channel: fc.oneof(fc.constantFrom('C0IDMG', 'D0NOBODY', 'G0PRIVATE'), fc.string({ maxLength: 12 })),
        channel_type: fc.constantFrom('channel', 'im', 'group', 'mpim', 'app_home'),
        user,
        text,
        ts: slackTs,
        thread_ts: fc.oneof(fc.constant(parent), slackTs, fc.string({ maxLength: 20 })),
        bot_id: fc.constant('B0OTHER'),
        files: fc.array(fc.record({ id: fc.string({ maxLength: 10 }) }), { maxLength: 2 }),
        message: fc.record({ user, text, ts: slackTs }, { requiredKeys: [] }),
        deleted_ts: slackTs,
      },
      { requiredKeys: ['type', 'channel', 'ts'] },
    );
    // A plain reply in the list's thread, one event in four: the reply path is reached by
    // construction, not by the luck of a few optional keys lining up in 200 runs.
    const threadReply = fc.record({
      type: fc.constant('message'),
      channel: fc.constant('C0IDMG'),
      channel_type: fc.constant('channel'),
      user,
      text: fc
        .tuple(fc.constantFrom('A2', 'a2', 'A1'), fc.constantFrom('done', 'blocked', 'in progress'))
        .map(([a, s]) => `${a} ${s}`),
      ts: slackTs,
      thread_ts: fc.constant(parent),
    });
    const event = fc.oneof({ weight: 3, arbitrary: anyEvent }, { weight: 1, arbitrary: threadReply });
    let n = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(event, fc.integer({ min: 0, max: 9 }), async (e, dice) => {
        n += 1;
        const corrupt = dice === 0;
        const res = await eventCallback(t.base, `EvFz${n}`, e, corrupt ? { secret: 'not-the-secret' } : {});
        if (corrupt) refused += 1;
        expect(res.status).toBe(corrupt ? 401 : 200);
      }),
      { numRuns: 200, timeout: 5000 },
    );
    await settle(() => t.slack.calls.length);
    expect(refused).toBeGreaterThan(0);
    // the generator reaches the reply path: some replies were refused to the person, in private
    expect(t.slack.callsOf('chat.postEphemeral').length).toBeGreaterThan(0);
    expect(await snapshot(t.ctx)).toBe(before);
    // Refusals are fine; nothing is posted to the channel as if an update had been taken.
    const posts = t.slack.calls.slice(callsBefore).filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((p) => String(p.body.text))).not.toContainEqual(expect.stringMatching(/is now/));
    expect(t.slack.callsOf('files.info')).toEqual([]);
    expect(listenerFailures(t.logs)).toEqual([]);
    expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
  }, 60_000);
});

// ---- Teams: card submissions ----------------------------------------------------------------

describe('fuzz: Teams card submissions (local mode)', () => {
  it('answers < 500 and changes nothing for an unmapped person or another department', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const before = await snapshot(t.ctx);
    const anyJson = fc.jsonValue({ maxDepth: 2 });
    const field = <T>(good: fc.Arbitrary<T>) =>
      fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: anyJson });
    const value = fc.oneof(
      {
        weight: 5,
        arbitrary: fc.record(
          {
            verb: field(fc.constantFrom('status', 'note', 'import', 'STATUS', '', 'delete')),
            a: field(
              fc.constantFrom('A1', 'A2', 'A3', ' a2 ', 'A0', 'A99999999999', "A1'; DROP TABLE actions;--"),
            ),
            s: field(fc.constantFrom('done', 'in progress', 'blocked', 'open', 'cancelled', 'nonsense')),
            f: field(fc.constantFrom('open', 'all', 'mine', 'UKHTC', '<!channel>', '')),
            note: field(commandText),
            token: field(fc.string({ maxLength: 20 })),
            decision: field(fc.constantFrom('confirmed', 'cancelled')),
          },
          { requiredKeys: [] },
        ),
      },
      { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), anyJson, { maxKeys: 5 }) },
      { weight: 1, arbitrary: fc.array(anyJson, { maxLength: 3 }) },
    );
    const who = fc.oneof(fc.constantFrom(AAD.stranger, AAD.dh), fc.uuid());
    await fc.assert(
      fc.asyncProperty(value, who, fc.boolean(), async (v, aad, reply) => {
        const res = await sendActivity(
          t.base,
          activity(t.connector.url, { aadObjectId: aad, value: v, ...(reply ? { replyToId: 'act-1' } : {}) }),
        );
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 200, timeout: 5000 },
    );
    expect(await snapshot(t.ctx)).toBe(before);
    expect(t.connector.calls.filter((c) => c.method === 'PUT')).toEqual([]);
    expect((await fetch(`${t.base}/healthz`)).status).toBe(200);
  }, 60_000);

  // Shrunk from the property above: card data of the wrong shape is the sender's mistake, not a
  // fault of the bot, so it gets an answer about the input and no error-level "teams turn failed".
  it.each([
    { name: 'no action id', value: { verb: 'status', s: 'done', f: 'open' } },
    { name: 'a number for the action id', value: { verb: 'status', a: 2, s: 'done', f: 'open' } },
    { name: 'a number for the status', value: { verb: 'status', a: 'A2', s: 1, f: 'open' } },
    { name: 'an object for the note', value: { verb: 'note', a: 'A2', note: { x: 1 }, f: 'open' } },
  ])('malformed card data ($name) is refused as input, not logged as a fault', async ({ value }) => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const before = await snapshot(t.ctx);
    for (const aad of [AAD.ukhtc, AAD.stranger]) {
      const res = await sendActivity(t.base, activity(t.connector.url, { aadObjectId: aad, value }));
      expect(res.status).toBeLessThan(500);
    }
    expect(await snapshot(t.ctx)).toBe(before);
    expect(t.connector.calls.length).toBe(2);
    expect(t.connector.cardsText()).not.toContain('something went wrong');
    expect(listenerFailures(t.logs)).toEqual([]);
  });
});

// ---- minutes --------------------------------------------------------------------------------

/** Every string anywhere in the parse. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function checkParse(text: string): void {
  const started = performance.now();
  const parsed = parseMinutes(text);
  expect(performance.now() - started).toBeLessThan(2000);
  for (const s of strings(parsed)) {
    expect(s).not.toMatch(/<[!@#]/);
  }
}

const FRAGMENTS = [
  'Actions:',
  'ACTIONS',
  'Action:',
  'Action -',
  'Present:',
  'Attendees',
  'Apologies:',
  'Next meeting',
  'Date of next meeting:',
  'Inter-Departmental Ministerial Group on Human Trafficking',
  'Minutes of the meeting held on 17 April 2012',
  '13 September 2012, 10.30 am - 12 pm, Home Office',
  '10.30am',
  '31/10/2012',
  '2012-10-18',
  'by 18 October',
  'UKHTC to provide further information',
  'Home Office to speak with HMRC',
  'DH',
  'Home Office',
  'Damian Green MP (Chair)',
  '<p>',
  '</p>',
  '<p',
  '<',
  '>',
  '!',
  '@',
  '#',
  '<!',
  '<!channel>',
  '<!here>',
  '<@U0SEC1>',
  '<#C1|general>',
  '<https://evil.example|click>',
  '<https://evil.example>',
  '<!--',
  '-->',
  '|',
  '-',
  '–',
  '(',
  ')',
  '1.',
  '4.2',
  '\t',
  '\t\t',
  '\f',
  '\u00a0',
  '&nbsp;',
  ' ',
];
const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const line = fc.array(fragment, { maxLength: 14, size: 'medium' }).map((parts) => parts.join(''));
const structuredMinutes = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\n', '\r\n', '\n\n', '\t', '\n\f\n', '<p>\n')), {
    maxLength: 80,
    size: 'large',
  })
  .map((ls) => ls.map(([l, sep]) => l + sep).join(''));

describe('fuzz: minutes', () => {
  it('decodeMinutes throws nothing but MinutesError on any bytes', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          try {
            expect(typeof decodeMinutes(bytes)).toBe('string');
          } catch (error) {
            expect(error).toBeInstanceOf(MinutesError);
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('parseMinutes never throws, finishes, and returns no Slack control sequence (random strings)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 3000, size: 'large' }),
          fc.string({ unit: 'grapheme', maxLength: 2000, size: 'large' }),
        ),
        checkParse,
      ),
      { numRuns: 300 },
    );
  }, 30_000);

  it('parseMinutes never throws, finishes, and returns no Slack control sequence (minutes-like documents)', () => {
    fc.assert(fc.property(structuredMinutes, checkParse), { numRuns: 300 });
  }, 30_000);

  it('decoded minutes-like bytes parse the same way', () => {
    fc.assert(
      fc.property(structuredMinutes, (doc) => {
        let text: string;
        try {
          text = decodeMinutes(new TextEncoder().encode(doc));
        } catch (error) {
          expect(error).toBeInstanceOf(MinutesError);
          return;
        }
        checkParse(text);
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});

// ---- oversized bodies -------------------------------------------------------------------------

describe('oversized request bodies', () => {
  it('a 2 MB signed slash command gets 413 and records nothing', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const before = await snapshot(t.ctx);
    const form = new URLSearchParams({
      token: 'legacy',
      team_id: 'T1',
      channel_id: 'C0IDMG',
      user_id: PEOPLE.ukhtc,
      command: '/idmg',
      text: `update A2 done ${'x'.repeat(2 * 1024 * 1024)}`,
      response_url: t.slack.responseUrl('big'),
      trigger_id: 'trigger-big',
      api_app_id: 'A1',
    });
    const res = await slackPost(t.base, form.toString(), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(413);
    await new Promise((r) => setTimeout(r, 300));
    expect(await snapshot(t.ctx)).toBe(before);
    expect(t.slack.responses).toEqual([]);
    // The server must not hang on the connection it refused: the next requests (undici reuses the
    // keep-alive socket) are answered at once.
    for (let i = 0; i < 3; i += 1) {
      const health = await fetch(`${t.base}/healthz`, { signal: AbortSignal.timeout(2000) });
      expect(health.status).toBe(200);
    }
  }, 20_000);

  it('a 300 KB Teams activity gets 413 and records nothing', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const before = await snapshot(t.ctx);
    const body = {
      ...activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'update A2 done' }),
      channelData: { pad: 'x'.repeat(300_000) },
    };
    const res = await sendActivity(t.base, body);
    expect(res.status).toBe(413);
    expect(await snapshot(t.ctx)).toBe(before);
    expect(t.connector.calls).toEqual([]);
    expect((await t.ctx.store.conversations.personalChats([AAD.ukhtc])).get(AAD.ukhtc) ?? null).toBeNull();
    for (let i = 0; i < 3; i += 1) {
      const health = await fetch(`${t.base}/healthz`, { signal: AbortSignal.timeout(2000) });
      expect(health.status).toBe(200);
    }
  }, 20_000);
});
