import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { addAction, recordUpdate } from '../../src/app/actions.js';
import { Delivery } from '../../src/app/delivery.js';
import { loadHolidays, refreshBankHolidays } from '../../src/app/holidays.js';
import { addMeeting, cancelMeeting, moveMeeting } from '../../src/app/meetings.js';
import { addMember } from '../../src/app/members.js';
import { addOrganisation, setOrganisationChannels } from '../../src/app/organisations.js';
import { type PlanMemo, runDue } from '../../src/app/reminders.js';
import { createLogger } from '../../src/logger.js';
import { at, CLI } from '../support/app.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { eventCallback } from '../support/slack-client.js';

const policy = { days: [10, 5, 1], time: '09:00', zone: 'Europe/London' };
type Block = { text?: { text: string } };
const textOf = (call: { body: Record<string, unknown> }) =>
  ((call.body.blocks as Block[]) ?? []).map((b) => b.text?.text ?? '').join('\n');

async function setup(now = '2012-08-30T09:00') {
  const t = await slackBot({ now });
  await withCommittee(t.ctx);
  const run = async (iso: string) => {
    t.clock.set(at(iso));
    return runDue(t.ctx, t.bot.delivery, at(iso), policy, await loadHolidays(t.ctx.store));
  };
  const dmsTo = (user: string) => t.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === user);
  return { ...t, run, dmsTo };
}

describe('reminders before the 13 September 2012 meeting', () => {
  it.each(['2012-08-30T09:00', '2012-09-06T09:00', '2012-09-12T09:00'])(
    'at %s UKHTC gets its one action and the Home Office its two, one message each',
    async (when) => {
      const t = await setup(when);
      const result = await t.run(when);
      expect(result.flushed.failed).toBe(0);
      const ukhtc = t.dmsTo(PEOPLE.ukhtc);
      expect(ukhtc).toHaveLength(1);
      expect(textOf(ukhtc[0] as never)).toContain(
        'UKHTC to provide further information on internal trafficking',
      );
      expect(textOf(ukhtc[0] as never)).not.toContain('HMRC');
      const home = t.dmsTo(PEOPLE.home);
      expect(home).toHaveLength(1);
      expect(textOf(home[0] as never)).toContain('Home Office to speak with HMRC regarding IDMG membership');
      expect(textOf(home[0] as never)).toContain(
        'Home office to invite DH to provide an update at the next IDMG meeting',
      );
      expect(t.dmsTo(PEOPLE.dh)).toHaveLength(0); // DH owns nothing
      const step = when.startsWith('2012-08-30')
        ? '10 working days'
        : when.startsWith('2012-09-06')
          ? '5 working days'
          : '1 working day';
      expect(textOf(ukhtc[0] as never)).toContain(
        `Reminder: ${step} to the IDMG meeting on Thursday 13 September 2012`,
      );
      // A second run at the same time sends nothing.
      const calls = t.slack.callsOf('chat.postMessage').length;
      const again = await t.run(when);
      expect(again.recorded).toEqual([]);
      expect(t.slack.callsOf('chat.postMessage').length).toBe(calls);
    },
  );

  it('the day before, the chair and secretariat get a digest naming owners who have not answered', async () => {
    const t = await setup('2012-09-06T09:00');
    await t.run('2012-09-06T09:00');
    await eventCallback(t.base, 'EvR1', {
      type: 'message',
      channel: 'D0UKHTC1',
      channel_type: 'im',
      user: PEOPLE.ukhtc,
      text: 'done - sent the figures',
      ts: '1346918400.000100',
    });
    await t.slack.until(() => t.slack.callsOf('reactions.add')[0]);
    await t.run('2012-09-12T09:00');
    const digest = t.dmsTo(PEOPLE.secretariat).find((c) => textOf(c).includes('where every action stands'));
    expect(digest).toBeDefined();
    const text = textOf(digest as never);
    expect(text).toContain('*Not answered since the reminders began:* Home Office');
    expect(text).not.toMatch(/Not answered[^\n]*UKHTC/);
    expect(text).toContain(':white_check_mark: Done');
  });

  it('sends nothing meant for before the meeting once it has started', async () => {
    const t = await setup('2012-09-13T10:31');
    const result = await t.run('2012-09-13T10:31');
    expect(result.recorded).toEqual([]);
    expect(t.slack.callsOf('chat.postMessage')).toEqual([]);
  });

  it('a reply to the reminder in the DM is a status update', async () => {
    const t = await setup();
    await t.run('2012-08-30T09:00');
    await eventCallback(t.base, 'EvR2', {
      type: 'message',
      channel: 'D0UKHTC1',
      channel_type: 'im',
      user: PEOPLE.ukhtc,
      text: 'in progress, NRM data due next week',
      ts: '1346317300.000100',
    });
    await t.slack.until(() => t.slack.callsOf('reactions.add')[0]);
    const a2 = (await t.ctx.store.actions.get(2))?.updates;
    expect(a2).toMatchObject([
      { status: 'in_progress', note: 'NRM data due next week', source: 'slack', by: PEOPLE.ukhtc },
    ]);
  });

  it('catches up after downtime with only the latest step, and never sends an earlier step late', async () => {
    const t = await setup('2012-09-07T12:00');
    const result = await t.run('2012-09-07T12:00');
    expect(new Set(result.recorded.map((m) => m.step))).toEqual(new Set([5]));
    const later = await t.run('2012-09-10T09:00');
    expect(later.recorded).toEqual([]);
  });

  it('delivers exactly once when the process died after recording and before sending', async () => {
    const t = await setup();
    // A process that records and dies before sending: a Delivery with no senders never reaches Slack.
    const dead = new Delivery(t.ctx, {}, createLogger('silent'));
    const crashed = await runDue(
      t.ctx,
      {
        record: (m: never) => dead.record(m),
        flushDue: async () => ({ sent: 0, retrying: 0, failed: 0 }),
      } as never,
      at('2012-08-30T09:00'),
      policy,
      await loadHolidays(t.ctx.store),
    );
    expect(crashed.recorded.length).toBeGreaterThan(0);
    expect(t.slack.callsOf('chat.postMessage')).toEqual([]);
    // The restarted bot's first tick sends what was recorded, once.
    t.clock.set(at('2012-08-30T09:01'));
    const restarted = await runDue(
      t.ctx,
      t.bot.delivery,
      at('2012-08-30T09:01'),
      policy,
      await loadHolidays(t.ctx.store),
    );
    expect(restarted.recorded).toEqual([]);
    expect(restarted.flushed.sent).toBe(crashed.recorded.length);
    await runDue(t.ctx, t.bot.delivery, at('2012-08-30T09:02'), policy, await loadHolidays(t.ctx.store));
    expect(t.dmsTo(PEOPLE.ukhtc)).toHaveLength(1);
  });

  it('retries after a 429, honouring Retry-After, and delivers once', async () => {
    const t = await setup();
    t.slack.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '120' },
      json: { ok: false, error: 'ratelimited' },
    });
    const first = await t.run('2012-08-30T09:00');
    expect(first.flushed.retrying).toBe(1);
    const retry = await t.run('2012-08-30T09:01'); // too soon: Retry-After said two minutes
    expect(retry.flushed.sent).toBe(0);
    const later = await t.run('2012-08-30T09:03');
    expect(later.flushed.sent).toBe(1);
    // Three people (UKHTC's, and the Home Office's two: a member and the secretariat); one 429 retried once.
    const attempts = [PEOPLE.home, PEOPLE.ukhtc, PEOPLE.secretariat].reduce(
      (n, p) => n + t.dmsTo(p).length,
      0,
    );
    expect(attempts).toBe(4);
    expect((await t.ctx.store.outbox.list('sent')).filter((m) => m.kind === 'reminder')).toHaveLength(3);
  });

  it('records which actions a reminder is about, not a copy of them, and shows them as they stand when sent', async () => {
    const t = await setup();
    t.slack.failNext('chat.postMessage', {
      status: 429,
      headers: { 'retry-after': '60' },
      json: { ok: false, error: 'ratelimited' },
    });
    await t.run('2012-08-30T09:00');
    const [waiting] = await t.ctx.store.outbox.list('pending');
    // The record names the actions and the words around them; the list itself is read at sending.
    expect(waiting?.view).toMatchObject({
      kind: 'reminder_ref',
      heading: expect.stringContaining('10 working days'),
    });
    expect(JSON.stringify(waiting?.view)).not.toMatch(/to (provide|speak|invite)/);
    const first = waiting?.actionIds[0] as number;
    await recordUpdate(t.ctx, {
      actionRef: `A${first}`,
      status: 'done',
      note: 'sent on Friday',
      actor: CLI,
      source: 'cli',
    });
    await t.run('2012-08-30T09:02');
    const resent = t.slack
      .callsOf('chat.postMessage')
      .filter((c) => c.body.channel === waiting?.recipient)
      .at(-1);
    expect(textOf(resent as never)).toMatch(new RegExp(`\\*A${first}\\* · \\S+ Done`));
    expect(textOf(resent as never)).toContain('sent on Friday');
  });

  it('a permanent failure is not retried and goes into the secretariat’s digest', async () => {
    const t = await setup('2012-09-06T09:00');
    t.slack.failNext('chat.postMessage', { json: { ok: false, error: 'account_inactive' } });
    await t.run('2012-09-06T09:00');
    const failed = await t.ctx.store.outbox.list('failed');
    expect(failed.map((f) => [f.attempts, f.error])).toEqual([[1, 'Slack said account_inactive']]);
    const calls = t.slack.callsOf('chat.postMessage').length;
    await t.run('2012-09-06T12:00');
    expect(t.slack.callsOf('chat.postMessage').length).toBe(calls);
    await t.run('2012-09-12T09:00');
    const digest = t.dmsTo(PEOPLE.secretariat).find((c) => textOf(c).includes('where every action stands'));
    expect(textOf(digest as never)).toMatch(
      /\*Reminders not delivered:\* slack U0\w+: Slack said account_inactive/,
    );
  });
});

describe('the scheduler’s memory between ticks', () => {
  it('skips a plan when nothing has changed, and plans again for a member added or after ten minutes', async () => {
    const t = await setup('2012-09-12T09:00');
    const memo: PlanMemo = new Map();
    const tick = async (iso: string) => {
      t.clock.set(at(iso));
      return runDue(t.ctx, t.bot.delivery, at(iso), policy, await loadHolidays(t.ctx.store), { memo });
    };
    const first = await tick('2012-09-12T09:00');
    expect(first.recorded.length).toBeGreaterThan(0);
    // A minute on the 1-day step is still due, but nothing changed: not even the outbox is asked.
    const same = await tick('2012-09-12T09:01');
    expect([same.recorded.length, same.alreadyRecorded]).toEqual([0, 0]);
    // A member who joins the Home Office is reminded at the next tick, and only they are.
    await addMember(t.ctx, { organisation: 'Home Office', slackUserId: 'U0HOME2' }, CLI);
    const joined = await tick('2012-09-12T09:02');
    expect(joined.recorded.map((m) => m.recipient)).toEqual(['U0HOME2']);
    expect(joined.alreadyRecorded).toBeGreaterThan(0);
    expect(t.dmsTo('U0HOME2')).toHaveLength(1);
    // Unchanged for ten minutes, it reads the record again anyway (and finds every message sent).
    expect((await tick('2012-09-12T09:11')).alreadyRecorded).toBe(0);
    const later = await tick('2012-09-12T09:13');
    expect(later.recorded).toEqual([]);
    expect(later.alreadyRecorded).toBe(joined.alreadyRecorded + 1);
    // A new day is a new plan: which actions are overdue is read by the date.
    expect((await tick('2012-09-13T08:00')).alreadyRecorded).toBeGreaterThan(0);
  });
});

describe('the meeting calendar drives the reminders', () => {
  it('a December (GMT) meeting reminds at 09:00 London time, as a September (BST) one does', async () => {
    const t = await setup('2012-11-22T09:00');
    await addMeeting(
      t.ctx,
      { date: '2012-12-06', start: '14:00', end: '15:30', location: '2 Marsham Street' },
      CLI,
    );
    // 13 September has passed (held); the December meeting is next, and A1–A3 carry over to it.
    await t.ctx.store.meetings.setStatus(2, 'held', 'test', '2012-09-13T12:00:00Z');
    expect((await t.run('2012-11-22T08:59')).recorded).toEqual([]);
    const result = await t.run('2012-11-22T09:00');
    expect(result.recorded.map((m) => m.step)).toContain(10);
    expect(textOf(t.dmsTo(PEOPLE.ukhtc)[0] as never)).toContain(
      'carried over (still open after 13 Sep 2012)',
    );
  });

  it('moving a meeting re-plans its reminders; cancelling stops them', async () => {
    const t = await setup('2012-08-30T08:00');
    await moveMeeting(t.ctx, '2012-09-13', { date: '2012-09-20', start: '10:30', end: '12:00' }, CLI);
    expect((await t.run('2012-08-30T09:00')).recorded).toEqual([]); // 10 days before the 20th is 6 September
    expect((await t.run('2012-09-06T09:00')).recorded.map((m) => m.step)).toContain(10);
    await cancelMeeting(t.ctx, '2012-09-20', CLI);
    expect((await t.run('2012-09-13T09:00')).recorded).toEqual([]);
  });

  it('reminds before an explicit due date the same way', async () => {
    const t = await setup('2012-10-17T09:00');
    await addAction(
      t.ctx,
      { owners: ['DH'], text: 'DH to send the health project paper', due: '2012-10-31' },
      CLI,
    );
    // 31 Oct 2012 is a Wednesday: 10 working days before is Wednesday 17 October.
    const result = await t.run('2012-10-17T09:00');
    const dh = result.recorded.filter((m) => m.recipient === PEOPLE.dh);
    expect(dh.map((m) => [m.step, m.occasion])).toEqual([[10, 'due:idmg:2012-10-31']]);
  });

  it('an action whose own due date has passed is chased for the meeting, marked overdue; a later one waits for its date', async () => {
    const t = await setup('2012-08-01T09:00');
    await addAction(
      t.ctx,
      {
        owners: ['DH'],
        text: 'DH to send the victim care figures',
        due: '2012-07-31',
        meeting: '2012-04-17',
      },
      CLI,
    );
    await addAction(
      t.ctx,
      {
        owners: ['DH'],
        text: 'DH to send the health project paper',
        due: '2012-10-31',
        meeting: '2012-04-17',
      },
      CLI,
    );
    const first = await t.run('2012-08-30T09:00');
    const dh = first.recorded.filter((m) => m.recipient === PEOPLE.dh);
    expect(dh.map((m) => [m.step, m.occasion])).toEqual([[10, 'meeting:2']]);
    const text = textOf(t.dmsTo(PEOPLE.dh)[0] as never);
    expect(text).toContain('DH to send the victim care figures');
    expect(text).toContain('overdue: due 31 Jul 2012');
    expect(text).not.toContain('health project paper');

    await t.run('2012-09-12T09:00');
    const digest = t.dmsTo(PEOPLE.secretariat).find((c) => textOf(c).includes('where every action stands'));
    const digestText = textOf(digest as never);
    expect(digestText).toContain('victim care figures');
    expect(digestText).toContain('overdue: due 31 Jul 2012');
    expect(digestText).not.toContain('health project paper');
    expect(digestText).toMatch(/Not answered[^\n]*DH/);
  });

  it('an organisation’s own channel gets its reminder too', async () => {
    const t = await setup();
    await setOrganisationChannels(t.ctx, 'UKHTC', { slack: 'C0UKHTC' }, CLI);
    await t.run('2012-08-30T09:00');
    const channel = t.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0UKHTC');
    expect(channel).toHaveLength(1);
    expect(textOf(channel[0] as never)).toContain(
      'UKHTC to provide further information on internal trafficking',
    );
  });

  it('an action owned by the secretariat reminds whoever holds the role, beside their department’s reminder', async () => {
    const t = await setup();
    // As an import makes it from "ACTION: Secretariat to circulate …".
    await addOrganisation(t.ctx, 'Secretariat', [], CLI);
    await addAction(
      t.ctx,
      { owners: ['Secretariat'], text: 'Secretariat to circulate proposed meeting dates for 2014' },
      CLI,
    );
    const result = await t.run('2012-08-30T09:00');
    expect(result.unreachable).toEqual([]);
    const sec = t.dmsTo(PEOPLE.secretariat).map((c) => textOf(c as never));
    expect(sec).toHaveLength(2);
    expect(sec.filter((x) => x.includes('Secretariat to circulate proposed meeting dates'))).toHaveLength(1);
    expect(sec.filter((x) => x.includes('Home Office to speak with HMRC'))).toHaveLength(1);
    // Members who hold no role hear nothing of it.
    for (const p of [PEOPLE.home, PEOPLE.ukhtc, PEOPLE.dh])
      for (const c of t.dmsTo(p)) expect(textOf(c as never)).not.toContain('Secretariat to circulate');
    const calls = t.slack.callsOf('chat.postMessage').length;
    expect((await t.run('2012-08-30T09:00')).recorded).toEqual([]);
    expect(t.slack.callsOf('chat.postMessage').length).toBe(calls);
  });

  it('names an organisation with nobody reachable', async () => {
    const t = await setup();
    await addAction(t.ctx, { owners: ['FCO'], text: 'FCO to brief on source countries' }, CLI);
    const result = await t.run('2012-08-30T09:00');
    expect(result.unreachable).toEqual(['FCO']);
  });
});

describe('the official bank holiday list', () => {
  it('is fetched from GOV.UK’s bank-holidays.json, cached, and wins over date-holidays', async () => {
    const events = [
      '2012-01-02',
      '2012-04-06',
      '2012-04-09',
      '2012-05-07',
      '2012-06-04',
      '2012-06-05',
      '2012-08-27',
      '2012-12-25',
      '2012-12-26',
    ].map((date) => ({ title: 'Bank holiday', date, notes: '', bunting: true }));
    const server = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } })),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const t = await slackBot({ now: '2012-05-29T09:00' });
      await withCommittee(t.ctx);
      await addMeeting(t.ctx, { date: '2012-06-07', start: '10:30', end: '12:00' }, CLI);
      await t.ctx.store.meetings.setStatus(2, 'cancelled', 'test', '2012-05-01T00:00:00Z'); // the 13 September meeting is not next
      const offline = await loadHolidays(t.ctx.store);
      expect(offline.isHoliday('2012-05-28')).toBe(true); // date-holidays' mistake
      await refreshBankHolidays(
        t.ctx.store,
        `http://127.0.0.1:${(server.address() as AddressInfo).port}/bank-holidays.json`,
        '2012-05-01T00:00:00Z',
      );
      const official = await loadHolidays(t.ctx.store);
      expect(official.isHoliday('2012-05-28')).toBe(false);
      expect(official.isHoliday('2012-06-04')).toBe(true);
      const tuesday = await runDue(t.ctx, t.bot.delivery, at('2012-05-29T09:00'), policy, official);
      expect(tuesday.recorded.map((m) => m.step)).toContain(5);
    } finally {
      server.close();
    }
  });
});
