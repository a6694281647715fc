import { describe, expect, it } from 'vitest';
import { activity, sendActivity } from '../support/fake-teams.js';
import { seedDocx } from '../support/seed-docx.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { eventCallback } from '../support/slack-client.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';

describe('the same inbound message delivered twice is handled once', () => {
  it('Slack: minutes shared in a DM and retried with the same event_id are read and previewed once', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    t.slack.files.set('F5', { name: 'minutes.docx', content: seedDocx('18 October 2012') });
    const event = {
      type: 'message',
      subtype: 'file_share',
      channel: 'D0SEC1',
      channel_type: 'im',
      user: PEOPLE.secretariat,
      text: '',
      ts: '1350550000.000900',
      files: [{ id: 'F5' }],
    };
    await eventCallback(t.base, 'EvFile1', event);
    await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.secretariat),
    );
    const retry = await eventCallback(t.base, 'EvFile1', event, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(t.slack.callsOf('files.info')).toHaveLength(1);
    expect(
      t.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === PEOPLE.secretariat),
    ).toHaveLength(1);
    expect(t.logs.some((l) => l.includes('slack event delivered again'))).toBe(true);
  });

  it('Teams: an activity delivered twice (same id) gets one answer', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    const once = activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'help' });
    await sendActivity(t.base, once);
    const after = t.connector.calls.length;
    expect(after).toBeGreaterThan(0);
    await sendActivity(t.base, once);
    expect(t.connector.calls.length).toBe(after);
  });
});
