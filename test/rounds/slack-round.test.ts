import { describe, expect, it } from 'vitest';
import { loadHolidays } from '../../src/app/holidays.js';
import { renderReport, roundStatus, runRounds } from '../../src/app/rounds.js';
import { sendUpdatePapers } from '../../src/app/update-paper.js';
import { loadConfig } from '../../src/config.js';
import { roundSettings } from '../../src/main.js';
import { at } from '../support/app.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { eventCallback, slashCommand } from '../support/slack-client.js';

const env = { IDMG_SLACK_CHANNEL: 'C0IDMG' };
const settings = roundSettings(loadConfig({ ...env, IDMG_MARKING: 'OFFICIAL-SENSITIVE' }));

async function openedRound(dir?: string) {
  const t = await slackBot({ now: '2012-09-03T09:00', env, ...(dir ? { dir } : {}) });
  if (!dir) await withCommittee(t.ctx);
  return t;
}

const reply = (user: string, text: string, parent: string, ts: string) => ({
  type: 'message',
  channel: 'C0IDMG',
  channel_type: 'channel',
  user,
  text,
  ts,
  thread_ts: parent,
});

describe('the Strategy Board round in Slack', () => {
  it('opens once, takes three departments’ replies (one edited, one deleted), chases only the missing, and compiles what survives', async () => {
    const t = await openedRound();
    await slashCommand(t.base, 'round open 2012-Q3', PEOPLE.secretariat, t.slack.responseUrl('open'));
    const opened = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'open'));
    expect(JSON.stringify(opened.body)).toContain('Strategy Board round 2012-Q3 — open');
    const parent = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0IDMG'),
    );
    const parentText = JSON.stringify(parent.body.blocks);
    expect(parentText).toContain('Friday 28 September 2012 at 17:00');
    expect(parentText).toContain('DH, Home Office, UKHTC');
    expect(parentText).toContain(`<@${PEOPLE.ukhtc}>`);
    // Opening the same round again never posts twice.
    await slashCommand(t.base, 'round open 2012-Q3', PEOPLE.secretariat, t.slack.responseUrl('open2'));
    await t.slack.until(() => t.slack.responses.find((r) => r.id === 'open2'));
    expect(t.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0IDMG')).toHaveLength(1);
    const ts = (await t.ctx.store.outbox.byOccasion('round:idmg:2012-Q3'))[0]?.messageRef ?? '';

    t.clock.set(at('2012-09-10T11:00'));
    await eventCallback(
      t.base,
      'EvQ1',
      reply(
        PEOPLE.ukhtc,
        'NRM referrals up 12% on Q2; internal trafficking data now quarterly.',
        ts,
        '1347271200.000100',
      ),
    );
    await eventCallback(
      t.base,
      'EvQ2',
      reply(PEOPLE.home, 'Strategy stakeholder groups met twice.', ts, '1347271200.000200'),
    );
    await eventCallback(
      t.base,
      'EvQ3',
      reply(PEOPLE.home, 'HMRC membership agreed in principle.', ts, '1347271200.000300'),
    );
    await eventCallback(
      t.base,
      'EvQ4',
      reply(PEOPLE.dh, 'Health training pilot launched.', ts, '1347271200.000400'),
    );
    await eventCallback(
      t.base,
      'EvQ5',
      reply(PEOPLE.stranger, 'From the Welsh Government: guidance published.', ts, '1347271200.000500'),
    );
    await t.slack.until(() => t.slack.callsOf('reactions.add').length >= 5 && true);
    // Four replies taken, the stranger's held; in whatever order the events were handled.
    expect(
      t.slack
        .callsOf('reactions.add')
        .map((c) => c.body.name)
        .sort(),
    ).toEqual(['hourglass', 'inbox_tray', 'inbox_tray', 'inbox_tray', 'inbox_tray']);
    const held = await t.slack.until(() => t.slack.callsOf('chat.postEphemeral').at(-1));
    expect(held.body.text).toMatch(/held for the secretariat/);

    // UKHTC edits its reply; DH deletes its own.
    await eventCallback(t.base, 'EvQ6', {
      type: 'message',
      subtype: 'message_changed',
      channel: 'C0IDMG',
      message: {
        user: PEOPLE.ukhtc,
        text: 'NRM referrals up 14% on Q2 (corrected); internal trafficking data now quarterly.',
        ts: '1347271200.000100',
        thread_ts: ts,
      },
      ts: '1347271300.000100',
    });
    await eventCallback(t.base, 'EvQ7', {
      type: 'message',
      subtype: 'message_deleted',
      channel: 'C0IDMG',
      deleted_ts: '1347271200.000400',
      ts: '1347271300.000200',
    });
    await t.slack.until(async () => (await roundStatus(t.ctx, settings, '2012-Q3')).missing.includes('DH'));
    expect(await roundStatus(t.ctx, settings, '2012-Q3')).toEqual({
      committee: 'idmg',
      period: '2012-Q3',
      status: 'open',
      deadline: '2012-09-28T17:00:00+01:00',
      submitted: ['Home Office', 'UKHTC'],
      missing: ['DH'],
      unassigned: 1,
    });

    // The chase, three working days before the deadline, reaches only DH: in the thread and by DM.
    const holidays = await loadHolidays(t.ctx.store);
    t.clock.set(at('2012-09-25T09:00'));
    await runRounds(t.ctx, t.bot.delivery, settings, holidays, at('2012-09-25T09:00'));
    const chases = t.slack.callsOf('chat.postMessage').filter((c) => String(c.body.text).includes('is due'));
    expect(chases.map((c) => [c.body.channel, c.body.thread_ts ?? null])).toEqual([
      ['C0IDMG', ts],
      [PEOPLE.dh, null],
    ]);
    expect(JSON.stringify(chases[0]?.body.blocks)).toContain('Still to reply: *DH*');
    await runRounds(t.ctx, t.bot.delivery, settings, holidays, at('2012-09-26T09:00'));
    expect(
      t.slack.callsOf('chat.postMessage').filter((c) => String(c.body.text).includes('is due')),
    ).toHaveLength(2);

    // At the deadline it closes and the report goes as a file in the thread and to every member.
    t.clock.set(at('2012-09-28T17:00'));
    await runRounds(t.ctx, t.bot.delivery, settings, holidays, at('2012-09-28T17:00'));
    const completes = t.slack.callsOf('files.completeUploadExternal');
    expect(completes.map((c) => c.body.channel_id)).toEqual([
      'C0IDMG',
      'D0DH1',
      'D0HOME1',
      'D0SEC1',
      'D0UKHTC1',
    ]);
    expect(completes[0]?.body.thread_ts).toBe(ts);
    const report = [...t.slack.uploads.values()][0] ?? '';
    expect(report).toContain('# Strategy Board quarterly update — 2012-Q3');
    expect(report).toContain('## Home Office\n\n> Strategy stakeholder groups met twice.');
    expect(report).toContain('> HMRC membership agreed in principle.');
    expect(report).toContain('## UKHTC\n\n> NRM referrals up 14% on Q2 (corrected)');
    expect(report).not.toContain('12%');
    expect(report).not.toContain('Health training pilot');
    expect(report).toContain('## Sent nothing\n\n- DH');
    expect(report).toContain('From the Welsh Government');
    expect((await roundStatus(t.ctx, settings, '2012-Q3')).status).toBe('closed');

    // A late reply is still taken, and the report can be compiled again with it.
    t.clock.set(at('2012-10-01T10:00'));
    await eventCallback(
      t.base,
      'EvQ8',
      reply(PEOPLE.dh, 'Sorry for the delay: the pilot has trained 200 nurses.', ts, '1349082000.000100'),
    );
    await t.slack.until(async () => (await roundStatus(t.ctx, settings, '2012-Q3')).submitted.includes('DH'));
    const again = await renderReport(t.ctx, settings, '2012-Q3', 'md');
    expect(again).toContain(
      '## DH\n\n> Sorry for the delay: the pilot has trained 200 nurses.\n\n— Dee, 1 Oct 2012 10:00 (after the deadline)',
    );
    const html = await renderReport(t.ctx, settings, '2012-Q3', 'html');
    expect(html).toContain('<h2>DH</h2>');
  });

  it('loses nothing across a restart in the middle of a round', async () => {
    const first = await openedRound();
    await slashCommand(first.base, 'round open', PEOPLE.secretariat, first.slack.responseUrl('open'));
    await first.slack.until(() => first.slack.responses.find((r) => r.id === 'open'));
    const ts = (await first.ctx.store.outbox.byOccasion('round:idmg:2012-Q3'))[0]?.messageRef ?? '';
    await eventCallback(first.base, 'EvR1', reply(PEOPLE.ukhtc, 'UKHTC update.', ts, '1347271200.000100'));
    await first.slack.until(() => first.slack.callsOf('reactions.add')[0]);
    await first.bot.stop();

    const t = await openedRound(first.dir);
    await eventCallback(t.base, 'EvR2', reply(PEOPLE.home, 'Home Office update.', ts, '1347271200.000200'));
    await t.slack.until(() => t.slack.callsOf('reactions.add')[0]);
    await eventCallback(t.base, 'EvR1', reply(PEOPLE.ukhtc, 'UKHTC update.', ts, '1347271200.000100')); // Slack retries the old one
    await new Promise((r) => setTimeout(r, 200));
    const status = await roundStatus(t.ctx, settings, '2012-Q3');
    expect(status.submitted).toEqual(['Home Office', 'UKHTC']);
    expect((await t.ctx.store.rounds.submissions(1)).length).toBe(2);
    await slashCommand(t.base, 'round open 2012-Q3', PEOPLE.secretariat, t.slack.responseUrl('reopen'));
    await t.slack.until(() => t.slack.responses.find((r) => r.id === 'reopen'));
    expect(t.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0IDMG')).toHaveLength(0);
  });

  it('lets only the secretariat open or close a round', async () => {
    const t = await openedRound();
    await slashCommand(t.base, 'round open', PEOPLE.dh, t.slack.responseUrl('no'));
    expect(
      JSON.stringify((await t.slack.until(() => t.slack.responses.find((r) => r.id === 'no'))).body),
    ).toContain('Only the secretariat or the chair can open a round.');
    expect(await t.ctx.store.rounds.latest()).toBeNull();
    await slashCommand(t.base, 'round status 2012-Q9', PEOPLE.dh, t.slack.responseUrl('bad'));
    expect(
      JSON.stringify((await t.slack.until(() => t.slack.responses.find((r) => r.id === 'bad'))).body),
    ).toContain('is not a period');
  });
});

describe('the meeting update paper', () => {
  it('five working days before the meeting, the chair and secretariat get one paper: outstanding actions, those completed since the last meeting, the report', async () => {
    const t = await openedRound();
    await slashCommand(t.base, 'round open 2012-Q3', PEOPLE.secretariat, t.slack.responseUrl('open'));
    await t.slack.until(() => t.slack.responses.find((r) => r.id === 'open'));
    await slashCommand(t.base, 'update A2 done sent the figures', PEOPLE.ukhtc, t.slack.responseUrl('done'));
    await t.slack.until(() => t.slack.responses.find((r) => r.id === 'done'));
    const holidays = await loadHolidays(t.ctx.store);
    const policy = { days: [10, 5, 1], time: '09:00', zone: 'Europe/London' };
    expect(
      await sendUpdatePapers(t.ctx, t.bot.delivery, settings, policy, holidays, at('2012-09-05T17:00')),
    ).toBe(0);
    t.clock.set(at('2012-09-06T09:00'));
    expect(
      await sendUpdatePapers(t.ctx, t.bot.delivery, settings, policy, holidays, at('2012-09-06T09:00')),
    ).toBe(1);
    expect(
      await sendUpdatePapers(t.ctx, t.bot.delivery, settings, policy, holidays, at('2012-09-07T09:00')),
    ).toBe(0);
    const upload = t.slack
      .callsOf('files.completeUploadExternal')
      .find((c) => c.body.channel_id === 'D0SEC1');
    expect(upload).toBeDefined();
    const paper = [...t.slack.uploads.values()].at(-1) ?? '';
    expect(paper).toContain('update paper for the meeting of 13 September 2012');
    const outstanding = paper.slice(
      paper.indexOf('## Outstanding actions (2)'),
      paper.indexOf('## Completed'),
    );
    expect(outstanding).toContain(
      '| A1: Home Office to speak with HMRC regarding IDMG membership | Home Office | next meeting | Open | — |',
    );
    expect(outstanding).not.toContain('A2:');
    const completed = paper.slice(paper.indexOf('## Completed since the meeting of 17 April 2012 (1)'));
    expect(completed).toMatch(
      /\| A2: UKHTC to provide further information on internal trafficking \| UKHTC \| next meeting \| Done \| 2012-\d\d-\d\d sent the figures \|/,
    );
    expect(paper).toContain('### Strategy Board quarterly update — 2012-Q3');
  });
});
