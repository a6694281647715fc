import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { addAction, listActions } from '../../src/app/actions.js';
import { addMember } from '../../src/app/members.js';
import { CLI } from '../support/app.js';
import { activity, sendActivity } from '../support/fake-teams.js';
import { PEOPLE, slackBot } from '../support/slack-bot.js';
import { eventCallback, slackPost } from '../support/slack-client.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';
import { SAMPLE_MINUTES } from '../support/tmp.js';

type Card = { body: unknown[] };
const cardOf = (call: { body: Record<string, unknown> } | undefined) =>
  ((call?.body.attachments as { content: Card }[] | undefined)?.[0]?.content ?? { body: [] }) as Card;

/** Finds the Action.Submit data for a button on an action in a card. */
function submitData(card: Card, actionId: string, title: string): Record<string, unknown> {
  const found: Record<string, unknown>[] = [];
  const walk = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      const data = o.data as Record<string, unknown> | undefined;
      if (o.type === 'Action.Submit' && o.title === title && data?.a === actionId) found.push(data);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  if (!found[0]) throw new Error(`no ${title} button for ${actionId}`);
  return found[0];
}

describe('Teams', () => {
  it('lists the sample’s actions by owner in an Adaptive Card 1.5 with a text fallback and the marking', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const res = await sendActivity(
      t.base,
      activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'actions' }),
    );
    expect(res.status).toBeLessThan(300);
    const reply = t.connector.calls.find((c) => c.method === 'POST');
    expect(reply?.conversation).toBe(`a:personal-${AAD.ukhtc}`);
    const card = cardOf(reply) as Card & { version: string; fallbackText: string };
    expect(card.version).toBe('1.5');
    expect(card.fallbackText).toBe('[OFFICIAL-SENSITIVE] Open actions: 3 actions');
    const text = JSON.stringify(card);
    expect(text).toContain('**Home Office** — 2 actions');
    expect(text).toContain('**UKHTC** — 1 action');
    expect(text).toContain('UKHTC to provide further information on internal trafficking');
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(reply?.body.summary).toBe('Open actions: 3 actions');
  });

  it('marks an action whose due date has passed as overdue', async () => {
    const t = await teamsBot({ now: '2012-08-30T10:12' });
    await withTeamsCommittee(t.ctx);
    await addAction(
      t.ctx,
      { owners: ['UKHTC'], text: 'UKHTC to send the NRM statistics', due: '2012-07-31' },
      CLI,
    );
    await sendActivity(t.base, activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'actions UKHTC' }));
    const text = JSON.stringify(cardOf(t.connector.calls.find((c) => c.method === 'POST')));
    expect(text).toContain('UKHTC to send the NRM statistics');
    expect(text).toContain('overdue: due 31 Jul 2012');
    expect(text).toContain('due by the next meeting');
  });

  it('answers an @mentioned command in a channel, and ignores channel talk not meant for it', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const channel = '19:committee@thread.tacv2';
    await sendActivity(
      t.base,
      activity(t.connector.url, {
        aadObjectId: AAD.home,
        conversationId: channel,
        conversationType: 'channel',
        text: 'actions UKHTC',
        mention: true,
      }),
    );
    const reply = t.connector.calls.at(-1);
    expect(reply?.conversation).toBe(channel);
    const text = JSON.stringify(cardOf(reply));
    expect(text).toContain('Open actions for UKHTC');
    expect(text).not.toContain('"A1"');
    const before = t.connector.calls.length;
    await sendActivity(
      t.base,
      activity(t.connector.url, {
        aadObjectId: AAD.home,
        conversationId: channel,
        conversationType: 'channel',
        text: 'lunch anyone?',
      }),
    );
    expect(t.connector.calls.length).toBe(before);
    await sendActivity(
      t.base,
      activity(t.connector.url, {
        aadObjectId: AAD.home,
        conversationId: channel,
        conversationType: 'channel',
        text: 'lunch anyone?',
        mention: true,
      }),
    );
    expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain(
      'I didn\'t understand \\"lunch anyone?\\"',
    );
  });

  it('a card button changes the status and the card is replaced in place', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    await sendActivity(t.base, activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'actions' }));
    const listed = t.connector.calls.at(-1);
    const data = submitData(cardOf(listed), 'A2', 'Done');
    await sendActivity(
      t.base,
      activity(t.connector.url, { aadObjectId: AAD.ukhtc, value: data, replyToId: 'act-1' }),
    );
    const update = t.connector.calls.at(-1);
    expect(update?.method).toBe('PUT');
    expect(update?.activityId).toBe('act-1');
    expect(JSON.stringify(cardOf(update))).toContain('A2 marked Done.');
    expect((await listActions(t.ctx, { status: 'all' })).find((a) => a.id === 'A2')).toMatchObject({
      status: 'done',
      updates: [{ by: AAD.ukhtc, status: 'done', source: 'teams', note: null }],
    });
    // The note card: Action.ShowCard's Save sends the note with the data.
    const note = submitData(cardOf(listed), 'A1', 'Save');
    await sendActivity(
      t.base,
      activity(t.connector.url, {
        aadObjectId: AAD.home,
        value: { ...note, note: 'written to HMRC' },
        replyToId: 'act-1',
      }),
    );
    expect((await listActions(t.ctx)).find((a) => a.id === 'A1')?.updates).toMatchObject([
      { note: 'written to HMRC', status: 'open' },
    ]);
  });

  it('refuses a card press from another department and from an unmapped person, changing nothing', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    await sendActivity(t.base, activity(t.connector.url, { aadObjectId: AAD.dh, text: 'actions' }));
    const data = submitData(cardOf(t.connector.calls.at(-1)), 'A2', 'Blocked');
    await sendActivity(
      t.base,
      activity(t.connector.url, { aadObjectId: AAD.dh, value: data, replyToId: 'act-1' }),
    );
    expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain(
      'Only members of UKHTC, the secretariat or the chair can update A2.',
    );
    await sendActivity(
      t.base,
      activity(t.connector.url, { aadObjectId: AAD.stranger, value: data, replyToId: 'act-1' }),
    );
    expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain(`Your Teams id is ${AAD.stranger}`);
    expect((await listActions(t.ctx)).find((a) => a.id === 'A2')).toMatchObject({
      status: 'open',
      updates: [],
    });
  });

  it('a reply in a channel thread the bot started is an update, under the same rules', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const channel = '19:committee@thread.tacv2';
    // The bot is installed in the channel (its reference saved), then posts the action list there.
    await sendActivity(
      t.base,
      activity(t.connector.url, {
        aadObjectId: AAD.secretariat,
        conversationId: channel,
        conversationType: 'channel',
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:idmg-bot' }],
      }),
    );
    const view = { kind: 'action_list', heading: 'Open actions', groups: [], empty: null, filter: 'open' };
    const posted = await t.bot.delivery.post({
      dedupeKey: 'list:test',
      platform: 'teams',
      recipient: channel,
      threadRef: null,
      kind: 'action_list',
      view,
      actionIds: [1, 2, 3],
    });
    expect(posted.status).toBe('sent');
    const root = posted.messageRef ?? '';
    await sendActivity(
      t.base,
      activity(t.connector.url, {
        aadObjectId: AAD.ukhtc,
        conversationId: `${channel};messageid=${root}`,
        conversationType: 'channel',
        text: 'done - figures sent',
      }),
    );
    expect(t.connector.calls.at(-1)?.body.text).toBe('✅ A2 is now Done (was Open).');
    await sendActivity(
      t.base,
      activity(t.connector.url, {
        aadObjectId: AAD.dh,
        conversationId: `${channel};messageid=${root}`,
        conversationType: 'channel',
        text: 'A1 done',
      }),
    );
    expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain('Only members of Home Office');
    expect((await listActions(t.ctx, { status: 'all' })).map((a) => a.status)).toEqual([
      'open',
      'done',
      'open',
    ]);
  });

  it('sends proactively from a stored reference after a restart, and marks a gone one unreachable on 403', async () => {
    const first = await teamsBot();
    await withTeamsCommittee(first.ctx);
    await sendActivity(first.base, activity(first.connector.url, { aadObjectId: AAD.ukhtc, text: 'help' }));
    await first.stop();

    const t = await teamsBot({ dir: first.dir });
    const conversation = `a:personal-${AAD.ukhtc}`;
    const ref = (await t.ctx.store.conversations.personalChats([AAD.ukhtc])).get(AAD.ukhtc) ?? null;
    expect(ref?.conversationId).toBe(conversation);
    const view = { kind: 'notice', text: 'Reminder: A2 is open', tone: 'info' };
    const sent = await t.bot.delivery.post({
      dedupeKey: 'r1',
      platform: 'teams',
      recipient: conversation,
      threadRef: null,
      kind: 'reminder',
      view,
      actionIds: [2],
    });
    expect(sent.status).toBe('sent');
    const proactive = first.connector.calls.at(-1);
    expect(proactive?.conversation).toBe(conversation);
    expect(JSON.stringify(proactive?.body)).toContain('Reminder: A2 is open');

    first.connector.failNext(403, 10);
    const gone = await t.bot.delivery.post({
      dedupeKey: 'r2',
      platform: 'teams',
      recipient: conversation,
      threadRef: null,
      kind: 'reminder',
      view,
      actionIds: [2],
    });
    expect(gone.status).toBe('failed');
    expect(gone.error).toMatch(/403/);
    expect((await t.ctx.store.conversations.unreachable()).map((r) => r.conversationId)).toEqual([
      conversation,
    ]);
    first.connector.clearFailures();
    const calls = first.connector.calls.length;
    const again = await t.bot.delivery.post({
      dedupeKey: 'r3',
      platform: 'teams',
      recipient: conversation,
      threadRef: null,
      kind: 'reminder',
      view,
      actionIds: [2],
    });
    expect(again.status).toBe('failed');
    expect(first.connector.calls.length).toBe(calls); // never retried against a gone reference
  });

  it('imports minutes sent as a file by the secretariat after Confirm', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const text = readFileSync(SAMPLE_MINUTES, 'utf8').replace('17 April 2012', '18 October 2012');
    const files = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(text));
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(files.address() as AddressInfo).port}/minutes.txt`;
    try {
      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.secretariat,
          text: '',
          attachments: [{ contentType: 'text/plain', contentUrl: url, name: 'minutes.txt' }],
        }),
      );
      const preview = cardOf(t.connector.calls.at(-1));
      expect(JSON.stringify(preview)).toContain('Actions (3)');
      const confirm = (
        (preview as { actions?: { title: string; data: Record<string, unknown> }[] }).actions ?? []
      ).find((a) => a.title === 'Confirm import');
      await sendActivity(
        t.base,
        activity(t.connector.url, { aadObjectId: AAD.secretariat, value: confirm?.data, replyToId: 'act-1' }),
      );
      expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain(
        'Imported the minutes of 2012-10-18: 3 new',
      );
      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.dh,
          text: '',
          attachments: [{ contentType: 'text/plain', contentUrl: url, name: 'minutes.txt' }],
        }),
      );
      expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain(
        'Only the secretariat or the chair can import minutes.',
      );
    } finally {
      files.close();
    }
  });

  it('refuses callers that are not on this machine in local mode, and malformed bodies', async () => {
    const t = await teamsBot();
    const bad = await fetch(`${t.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    const big = await fetch(`${t.base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pad: 'x'.repeat(300_000) }),
    });
    expect(big.status).toBe(413);
  });

  it('outside local mode, refuses an activity without a valid Bot Framework token', async () => {
    const t = await teamsBot({
      env: {
        MICROSOFT_APP_ID: '00000000-0000-4000-8000-000000000001',
        MICROSOFT_APP_PASSWORD: 'secret',
        MICROSOFT_APP_TYPE: 'MultiTenant',
      },
    });
    await withTeamsCommittee(t.ctx);
    const none = await sendActivity(
      t.base,
      activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'update A2 done' }),
    );
    expect(none.status).toBe(401);
    const malformed = await sendActivity(
      t.base,
      activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'update A2 done' }),
      { authorization: 'Bearer not-a-jwt' },
    );
    expect(malformed.status).toBe(401);
    expect((await listActions(t.ctx)).find((a) => a.id === 'A2')?.updates).toEqual([]);
    expect(t.connector.calls).toEqual([]);
  });

  it('one committee across both platforms: a Slack user and a Teams user update actions in one database', async () => {
    const s = await slackBot();
    await withTeamsCommittee(s.ctx);
    await addMember(s.ctx, { organisation: 'UKHTC', slackUserId: PEOPLE.ukhtc }, CLI);
    const { FakeConnector } = await import('../support/fake-teams.js');
    const connector = await new FakeConnector().start();
    try {
      await sendActivity(
        s.base,
        activity(connector.url, { aadObjectId: AAD.home, text: 'update A1 in progress emailed HMRC' }),
      );
      await slackPost(s.base, '', 'application/json').catch(() => undefined);
      await eventCallback(s.base, 'EvX', {
        type: 'message',
        channel: 'D0UKHTC1',
        channel_type: 'im',
        user: PEOPLE.ukhtc,
        text: 'A2 done sent the figures',
        ts: '1346317400.000100',
      });
      await s.slack.until(() => s.slack.callsOf('reactions.add')[0]);
      const actions = await listActions(s.ctx, { status: 'all' });
      expect(actions.find((a) => a.id === 'A1')?.updates).toMatchObject([
        { source: 'teams', by: AAD.home, status: 'in_progress' },
      ]);
      expect(actions.find((a) => a.id === 'A2')?.updates).toMatchObject([
        { source: 'slack', by: PEOPLE.ukhtc, status: 'done' },
      ]);
    } finally {
      await connector.stop();
    }
  });
});
