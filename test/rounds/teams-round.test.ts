import { describe, expect, it } from 'vitest';
import { closeRound, roundStatus } from '../../src/app/rounds.js';
import { loadConfig } from '../../src/config.js';
import { roundSettings } from '../../src/main.js';
import { CLI } from '../support/app.js';
import { activity, sendActivity } from '../support/fake-teams.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';

const CHANNEL = '19:committee@thread.tacv2';
const env = { IDMG_TEAMS_CHANNEL: CHANNEL };
const settings = roundSettings(loadConfig(env));

describe('the Strategy Board round in Teams', () => {
  it('posts once in the channel; thread replies, an edit and a delete become the report', async () => {
    const t = await teamsBot({ now: '2012-09-03T09:00', env });
    await withTeamsCommittee(t.ctx);
    const url = t.connector.url;
    // The bot is installed in the team (its channel reference saved) and the secretariat opens the round.
    await sendActivity(
      t.base,
      activity(url, {
        aadObjectId: AAD.secretariat,
        conversationId: CHANNEL,
        conversationType: 'channel',
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:idmg-bot' }],
      }),
    );
    await sendActivity(t.base, activity(url, { aadObjectId: AAD.secretariat, text: 'round open 2012-Q3' }));
    await sendActivity(t.base, activity(url, { aadObjectId: AAD.secretariat, text: 'round open 2012-Q3' }));
    const posts = t.connector.calls.filter(
      (c) => c.conversation === CHANNEL && JSON.stringify(c.body).includes('reply in this thread'),
    );
    expect(posts).toHaveLength(1);
    const root = (await t.ctx.store.outbox.byOccasion('round:idmg:2012-Q3'))[0]?.messageRef ?? '';
    const thread = `${CHANNEL};messageid=${root}`;

    const say = (aad: string, text: string, id: string) => {
      const a = activity(url, {
        aadObjectId: aad,
        conversationId: thread,
        conversationType: 'channel',
        text,
      });
      return sendActivity(t.base, { ...a, id });
    };
    // "Next quarter…" starts with a command word; in the round's thread it is still a submission.
    await say(AAD.ukhtc, 'Next quarter the NRM data will be published monthly.', 'm1');
    expect(t.connector.calls.at(-1)?.body.text).toBe('📥 Received for UKHTC.');
    await say(AAD.home, 'Stakeholder groups met twice.', 'm2');
    await say(AAD.dh, 'Health pilot launched.', 'm3');
    await sendActivity(t.base, {
      ...activity(url, {
        aadObjectId: AAD.home,
        conversationId: thread,
        conversationType: 'channel',
        text: 'Stakeholder groups met three times.',
        type: 'messageUpdate',
      }),
      id: 'm2',
    });
    await sendActivity(t.base, {
      ...activity(url, {
        aadObjectId: AAD.dh,
        conversationId: thread,
        conversationType: 'channel',
        type: 'messageDelete',
      }),
      id: 'm3',
    });
    expect(await roundStatus(t.ctx, settings, '2012-Q3')).toMatchObject({
      submitted: ['Home Office', 'UKHTC'],
      missing: ['DH'],
    });

    await sendActivity(t.base, activity(url, { aadObjectId: AAD.dh, text: 'round status 2012-Q3' }));
    expect(JSON.stringify(t.connector.calls.at(-1)?.body)).toContain('"title":"Missing","value":"DH"');

    t.clock.set(t.clock.now().plus({ days: 25 }));
    await closeRound(t.ctx, t.bot.delivery, settings, { period: '2012-Q3', actor: CLI });
    const report = t.connector.calls.find(
      (c) => c.conversation === thread && JSON.stringify(c.body).includes('Strategy Board quarterly update'),
    );
    const card = JSON.stringify(report?.body);
    expect(card).toContain('2 departments replied; nothing from DH.');
    expect(card).toContain('Stakeholder groups met three times.');
    expect(card).not.toContain('met twice');
    expect(card).not.toContain('Health pilot');
  });
});
