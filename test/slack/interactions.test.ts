import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/app/actions.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { buttonPress, eventCallback, interaction, slackPost, slashCommand } from '../support/slack-client.js';
import { SAMPLE_MINUTES } from '../support/tmp.js';

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string }[];
};
const buttonValue = (blocks: Block[], actionId: string, ref: string) =>
  blocks.find((b) => b.block_id === `buttons:${ref}`)?.elements?.find((e) => e.action_id === actionId)
    ?.value ?? '';

async function listFor(t: Awaited<ReturnType<typeof slackBot>>, user: string, id: string, text = 'actions') {
  await slashCommand(t.base, text, user, t.slack.responseUrl(id));
  return (await t.slack.until(() => t.slack.responses.find((r) => r.id === id))).body.blocks as Block[];
}

/** Posts the list to the channel with its "Post to channel" button; returns the parent message ts. */
async function shareList(t: Awaited<ReturnType<typeof slackBot>>) {
  const blocks = await listFor(t, PEOPLE.secretariat, 'share');
  const share = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'list_share');
  await interaction(
    t.base,
    buttonPress(PEOPLE.secretariat, 'list_share', share?.value ?? '', t.slack.responseUrl('shared')),
  );
  await t.slack.until(() => t.slack.responses.find((r) => r.id === 'shared'));
  const post = t.slack.callsOf('chat.postMessage').at(-1);
  expect(post?.body.channel).toBe('C0IDMG');
  const outbox = await t.ctx.store.outbox.list('sent');
  return outbox.find((m) => m.kind === 'action_list')?.messageRef ?? '';
}

const threadReply = (user: string, text: string, threadTs: string, ts: string) => ({
  type: 'message',
  channel: 'C0IDMG',
  channel_type: 'channel',
  user,
  text,
  ts,
  thread_ts: threadTs,
});

describe('Slack buttons', () => {
  it('a Done press by the owner changes the status, adds history and redraws the list in place', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const blocks = await listFor(t, PEOPLE.ukhtc, 'list');
    const res = await interaction(
      t.base,
      buttonPress(
        PEOPLE.ukhtc,
        'action_done',
        buttonValue(blocks, 'action_done', 'A2'),
        t.slack.responseUrl('press'),
      ),
    );
    expect(res.status).toBe(200);
    const redraw = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'press'));
    expect(redraw.body.replace_original).toBe(true);
    expect(JSON.stringify(redraw.body.blocks)).toContain(`*A2* marked Done by <@${PEOPLE.ukhtc}>`);
    const a2 = (await listActions(t.ctx, { status: 'all' })).find((a) => a.id === 'A2');
    expect(a2).toMatchObject({
      status: 'done',
      updates: [{ by: PEOPLE.ukhtc, status: 'done', source: 'slack', note: null }],
    });
  });

  it('a press by another department is refused, ephemerally, naming who can; nothing changes', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const blocks = await listFor(t, PEOPLE.dh, 'list');
    await interaction(
      t.base,
      buttonPress(
        PEOPLE.dh,
        'action_blocked',
        buttonValue(blocks, 'action_blocked', 'A2'),
        t.slack.responseUrl('no'),
      ),
    );
    const refusal = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'no'));
    expect(refusal.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(refusal.body.text).toContain('Only members of UKHTC, the secretariat or the chair can update A2.');
    expect((await listActions(t.ctx)).find((a) => a.id === 'A2')).toMatchObject({
      status: 'open',
      updates: [],
    });
  });

  it('Add update opens a modal; its submission records the note', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const blocks = await listFor(t, PEOPLE.home, 'list');
    await interaction(
      t.base,
      buttonPress(
        PEOPLE.home,
        'action_note',
        buttonValue(blocks, 'action_note', 'A1'),
        t.slack.responseUrl('note'),
      ),
    );
    const open = await t.slack.until(() => t.slack.callsOf('views.open')[0]);
    const modal = open.body.view as { callback_id: string; private_metadata: string };
    expect(modal.callback_id).toBe('note_modal');
    const submit = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: PEOPLE.home },
      api_app_id: 'A1',
      view: {
        id: 'V1',
        hash: 'h1',
        callback_id: 'note_modal',
        private_metadata: modal.private_metadata,
        state: {
          values: {
            status: { status: { selected_option: { value: 'blocked' } } },
            note: { note: { value: 'HMRC have not replied' } },
          },
        },
      },
    };
    const res = await interaction(t.base, submit);
    expect(res.status).toBe(200);
    await t.slack.until(() => t.slack.responses.find((r) => r.id === 'note'));
    expect((await listActions(t.ctx)).find((a) => a.id === 'A1')?.updates).toMatchObject([
      { by: PEOPLE.home, status: 'blocked', note: 'HMRC have not replied', source: 'slack' },
    ]);
  });
});

describe('Slack thread replies', () => {
  it('a reply in the thread of a posted list is the replier’s update; the bot reacts and replies once', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const parent = await shareList(t);
    expect(parent).toMatch(/^\d+\.\d+$/);
    const res = await eventCallback(
      t.base,
      'Ev001',
      threadReply(PEOPLE.ukhtc, 'Done - figures sent to the Home Office', parent, '1346317300.000200'),
    );
    expect(res.status).toBe(200);
    await t.slack.until(() => t.slack.callsOf('chat.postMessage').find((c) => c.body.thread_ts === parent));
    expect(t.slack.callsOf('reactions.add')[0]?.body).toMatchObject({
      channel: 'C0IDMG',
      timestamp: '1346317300.000200',
      name: 'white_check_mark',
    });
    const confirm = t.slack.callsOf('chat.postMessage').find((c) => c.body.thread_ts === parent);
    expect(String(confirm?.body.text)).toContain('A2 is now Done (was Open).');
    expect((await listActions(t.ctx, { status: 'all' })).find((a) => a.id === 'A2')?.updates).toMatchObject([
      { by: PEOPLE.ukhtc, status: 'done', note: 'figures sent to the Home Office', source: 'slack' },
    ]);
  });

  it('records an event Slack delivers again (same event_id, X-Slack-Retry-Num) once', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const parent = await shareList(t);
    const event = threadReply(PEOPLE.ukhtc, 'in progress', parent, '1346317300.000300');
    await eventCallback(t.base, 'Ev002', event);
    await t.slack.until(() => t.slack.callsOf('chat.postMessage').find((c) => c.body.thread_ts === parent));
    const retry = await eventCallback(t.base, 'Ev002', event, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await eventCallback(t.base, 'Ev002', event, {
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect((await listActions(t.ctx)).find((a) => a.id === 'A2')?.updates).toHaveLength(1);
    expect(t.slack.callsOf('chat.postMessage').filter((c) => c.body.thread_ts === parent)).toHaveLength(1);
  });

  it('asks which action when the thread covers several the replier may change; "A3 done" names one', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const parent = await shareList(t);
    await eventCallback(t.base, 'Ev003', threadReply(PEOPLE.home, 'done', parent, '1346317300.000400'));
    const ask = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.thread_ts === parent),
    );
    expect(String(ask.body.text)).toContain(
      'Which action is that about? Start your reply with its id, e.g. "A1 done …". This thread covers A1, A3.',
    );
    expect((await listActions(t.ctx)).map((a) => a.status)).toEqual(['open', 'open', 'open']);
    await eventCallback(
      t.base,
      'Ev004',
      threadReply(PEOPLE.home, 'A3 done DH will present in September', parent, '1346317300.000500'),
    );
    await t.slack.until(() => t.slack.callsOf('reactions.add').length === 1 && true);
    expect((await listActions(t.ctx, { status: 'all' })).find((a) => a.id === 'A3')).toMatchObject({
      status: 'done',
      updates: [{ note: 'DH will present in September' }],
    });
  });

  it('a note without a status word changes nothing but is kept', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const parent = await shareList(t);
    await eventCallback(
      t.base,
      'Ev005',
      threadReply(PEOPLE.ukhtc, "we're not done yet", parent, '1346317300.000600'),
    );
    await t.slack.until(() => t.slack.callsOf('reactions.add').length === 1 && true);
    expect((await listActions(t.ctx)).find((a) => a.id === 'A2')).toMatchObject({
      status: 'open',
      updates: [{ status: 'open', note: "we're not done yet" }],
    });
    expect(t.slack.callsOf('chat.postMessage').filter((c) => c.body.thread_ts === parent)).toHaveLength(0);
  });

  it('an unauthorised reply gets an ephemeral refusal and changes nothing', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const parent = await shareList(t);
    await eventCallback(t.base, 'Ev006', threadReply(PEOPLE.dh, 'A2 done', parent, '1346317300.000700'));
    const refusal = await t.slack.until(() => t.slack.callsOf('chat.postEphemeral')[0]);
    expect(refusal.body).toMatchObject({ channel: 'C0IDMG', user: PEOPLE.dh, thread_ts: parent });
    expect(String(refusal.body.text)).toContain('Only members of UKHTC');
    await eventCallback(
      t.base,
      'Ev007',
      threadReply(PEOPLE.stranger, 'A2 done', parent, '1346317300.000800'),
    );
    const stranger = await t.slack.until(() => t.slack.callsOf('chat.postEphemeral')[1]);
    expect(String(stranger.body.text)).toMatch(/not registered/);
    expect((await listActions(t.ctx)).find((a) => a.id === 'A2')).toMatchObject({
      status: 'open',
      updates: [],
    });
  });
});

describe('Slack requests that must change nothing', () => {
  it('refuses a forged signature and a stale timestamp with 401', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const parent = await shareList(t);
    const forged = await eventCallback(
      t.base,
      'Ev100',
      threadReply(PEOPLE.ukhtc, 'done', parent, '1346317300.000900'),
      { secret: 'wrong' },
    );
    expect(forged.status).toBe(401);
    const stale = await eventCallback(
      t.base,
      'Ev101',
      threadReply(PEOPLE.ukhtc, 'done', parent, '1346317300.001000'),
      {
        timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
      },
    );
    expect(stale.status).toBe(401);
    const unsigned = await fetch(`${t.base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(unsigned.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect((await listActions(t.ctx)).find((a) => a.id === 'A2')?.updates).toEqual([]);
  });

  it('refuses an oversized body', async () => {
    const t = await slackBot();
    const res = await slackPost(
      t.base,
      JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(2 * 1024 * 1024) }),
      'application/json',
    );
    expect(res.status).toBe(413);
  });
});

describe('Slack import and App Home', () => {
  it('a minutes file sent by the secretariat in a DM is previewed with Confirm, then imported', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    const text = readFileSync(SAMPLE_MINUTES, 'utf8')
      .replace('17 April 2012', '18 October 2012')
      .replace('13 September 2012', '6 December 2012');
    t.slack.files.set('F1', { name: 'idmg-2012-10-18.txt', content: text });
    await eventCallback(t.base, 'Ev200', {
      type: 'message',
      subtype: 'file_share',
      channel: 'D0SEC1',
      channel_type: 'im',
      user: PEOPLE.secretariat,
      text: '',
      ts: '1350550000.000100',
      files: [{ id: 'F1' }],
    });
    const preview = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.secretariat),
    );
    const previewText = JSON.stringify(preview.body.blocks);
    expect(previewText).toContain('Actions (3)');
    expect(previewText).toContain('6 Dec 2012 10:30, Home Office');
    expect(await listActions(t.ctx, { meetingDate: '2012-10-18' })).toEqual([]);
    const token =
      (preview.body.blocks as Block[])
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === 'import_confirm')?.value ?? '';
    await interaction(
      t.base,
      buttonPress(PEOPLE.secretariat, 'import_confirm', token, t.slack.responseUrl('confirm')),
    );
    const done = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'confirm'));
    expect(JSON.stringify(done.body)).toContain('Imported the minutes of 2012-10-18: 3 new');
    expect((await listActions(t.ctx, { meetingDate: '2012-10-18' })).map((a) => a.id)).toEqual([
      'A4',
      'A5',
      'A6',
    ]);
    await interaction(
      t.base,
      buttonPress(PEOPLE.secretariat, 'import_confirm', token, t.slack.responseUrl('again')),
    );
    expect(
      JSON.stringify((await t.slack.until(() => t.slack.responses.find((r) => r.id === 'again'))).body),
    ).toContain('already confirmed or cancelled');
  });

  it('a file from a member is not imported', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    t.slack.files.set('F2', { name: 'm.txt', content: readFileSync(SAMPLE_MINUTES, 'utf8') });
    await eventCallback(t.base, 'Ev201', {
      type: 'message',
      subtype: 'file_share',
      channel: 'D0DH1',
      channel_type: 'im',
      user: PEOPLE.dh,
      ts: '1.1',
      files: [{ id: 'F2' }],
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(t.slack.callsOf('files.info')).toEqual([]);
  });

  it('/idmg import opens the upload modal for the secretariat', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    await slashCommand(t.base, 'import', PEOPLE.secretariat, t.slack.responseUrl('imp'));
    const open = await t.slack.until(() => t.slack.callsOf('views.open')[0]);
    expect(JSON.stringify(open.body.view)).toContain('"file_input"');
  });

  it('the upload modal’s submission previews the file in a DM', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    t.slack.files.set('F9', {
      name: 'minutes.txt',
      content: readFileSync(SAMPLE_MINUTES, 'utf8').replace('17 April 2012', '18 October 2012'),
    });
    const res = await interaction(t.base, {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: PEOPLE.secretariat },
      api_app_id: 'A1',
      view: {
        id: 'V9',
        hash: 'h9',
        callback_id: 'import_modal',
        private_metadata: '',
        state: { values: { minutes_file: { file: { files: [{ id: 'F9' }] } } } },
      },
    });
    expect(res.status).toBe(200);
    const preview = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.secretariat),
    );
    expect(JSON.stringify(preview.body.blocks)).toContain('Actions (3)');
    expect(t.slack.callsOf('files.info')[0]?.body.file).toBe('F9');
    const noFile = await interaction(t.base, {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: PEOPLE.secretariat },
      api_app_id: 'A1',
      view: {
        id: 'V10',
        hash: 'h10',
        callback_id: 'import_modal',
        private_metadata: '',
        state: { values: { minutes_file: { file: { files: [] } } } },
      },
    });
    expect(await noFile.json()).toEqual({
      response_action: 'errors',
      errors: { minutes_file: 'Choose the minutes file.' },
    });
  });

  it('the App Home shows the next meeting with a countdown and the viewer’s organisation first', async () => {
    const t = await slackBot({ now: '2012-09-06T09:00' });
    await withCommittee(t.ctx);
    await eventCallback(t.base, 'Ev300', {
      type: 'app_home_opened',
      user: PEOPLE.ukhtc,
      channel: 'D0UKHTC1',
      tab: 'home',
    });
    const publish = await t.slack.until(() => t.slack.callsOf('views.publish')[0]);
    expect(publish.body.user_id).toBe(PEOPLE.ukhtc);
    const home = JSON.stringify(publish.body.view);
    expect(home).toContain('in 7 days');
    expect(home.indexOf('*UKHTC* (your organisation)')).toBeGreaterThan(0);
    expect(home.indexOf('*UKHTC*')).toBeLessThan(home.indexOf('*Home Office*'));
    expect(home).toContain('OFFICIAL-SENSITIVE');
  });
});
