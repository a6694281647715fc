/**
 * Which committee a chat command is about: the one named by a trailing "in ID", else the channel's,
 * else every committee the person sits on — then each committee's owners under its own heading.
 * Help says how to name one.
 */
import { describe, expect, it } from 'vitest';
import { addAction } from '../../src/app/actions.js';
import { addCommittee, editCommittee } from '../../src/app/committees.js';
import type { AppContext } from '../../src/app/context.js';
import { addMember } from '../../src/app/members.js';
import { renderReport } from '../../src/app/rounds.js';
import { loadConfig } from '../../src/config.js';
import { roundSettings } from '../../src/main.js';
import { renderTeams } from '../../src/teams/cards/render.js';
import { CLI } from '../support/app.js';
import { activity, cardOf as cardIn, sendActivity } from '../support/fake-teams.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { slashCommand } from '../support/slack-client.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';

/** The Board beside the sample IDMG, with its own channel and one UKHTC action; UKHTC sits on both. */
async function withBoard(ctx: AppContext, ukhtc: { slackUserId?: string; teamsAadId?: string }) {
  await addCommittee(
    ctx,
    'strategy-board',
    { name: 'Human Trafficking Strategy Board', aliases: ['Board'], slackChannel: 'C0BOARD' },
    CLI,
  );
  await addMember(ctx, { organisation: 'UKHTC', ...ukhtc, committee: 'strategy-board' }, CLI);
  await addAction(
    ctx,
    {
      text: 'UKHTC to present the referral figures to the Board',
      owners: ['UKHTC'],
      committee: 'strategy-board',
    },
    CLI,
  );
}

type Block = { type: string; text?: { text: string } };
const texts = (blocks: Block[]) => blocks.map((b) => `${b.type}:${b.text?.text ?? ''}`);

describe('chat scope with two committees (Slack)', () => {
  it('a DM lists both committees under their headings; a channel or "in ID" lists one', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    await withBoard(t.ctx, { slackUserId: PEOPLE.ukhtc });
    const ask = async (id: string, text: string, channel: string) => {
      await slashCommand(t.base, text, PEOPLE.ukhtc, t.slack.responseUrl(id), { channel });
      return texts(
        (await t.slack.until(() => t.slack.responses.find((r) => r.id === id))).body.blocks as Block[],
      );
    };

    const dm = await ask('dm', 'actions all', 'D0UKHTC1');
    const headers = dm.filter((b) => b.startsWith('header:'));
    expect(headers.slice(1)).toEqual(['header:Board', 'header:IDMG']);
    // Each committee's owners come under its heading.
    const board = dm.indexOf('header:Board');
    const idmg = dm.indexOf('header:IDMG');
    expect(dm.slice(board, idmg).join('\n')).toContain('referral figures to the Board');
    expect(dm.slice(idmg).join('\n')).not.toContain('referral figures to the Board');

    const inBoardChannel = await ask('channel', 'actions all', 'C0BOARD');
    expect(inBoardChannel.join('\n')).toContain('referral figures to the Board');
    expect(inBoardChannel.join('\n')).not.toContain('internal trafficking');
    expect(inBoardChannel.filter((b) => b === 'header:IDMG' || b === 'header:Board')).toEqual([]);

    const named = await ask('named', 'actions all in IDMG', 'C0BOARD');
    expect(named.join('\n')).toContain('internal trafficking');
    expect(named.join('\n')).not.toContain('referral figures to the Board');
  });

  it('help names the committees and how to choose one', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    await withBoard(t.ctx, { slackUserId: PEOPLE.ukhtc });
    await slashCommand(t.base, 'help', PEOPLE.ukhtc, t.slack.responseUrl('help'));
    const help = JSON.stringify(
      (await t.slack.until(() => t.slack.responses.find((r) => r.id === 'help'))).body,
    );
    expect(help).toContain('Committees: Board (strategy-board), IDMG (idmg).');
    expect(help).toContain('`/idmg actions in Board`');
  });
});

const cardOf = (call: Parameters<typeof cardIn>[0]) => cardIn<Card>(call);
type Card = { body: Record<string, unknown>[] };

describe('chat scope with two committees (Teams)', () => {
  it('a personal chat lists both committees under their headings, and help says how to name one', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    await withBoard(t.ctx, { teamsAadId: AAD.ukhtc });
    await sendActivity(t.base, activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'actions all' }));
    const elements = cardOf(t.connector.calls.at(-1)).body;
    const headings = elements.map((e) => (e.size === 'Large' ? String(e.text) : ''));
    const board = headings.indexOf('Board');
    const idmg = headings.indexOf('IDMG');
    expect(board).toBeGreaterThan(0);
    expect(idmg).toBeGreaterThan(board);
    expect(JSON.stringify(elements.slice(board, idmg))).toContain('referral figures to the Board');
    expect(JSON.stringify(elements.slice(idmg))).not.toContain('referral figures to the Board');

    await sendActivity(
      t.base,
      activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'actions all in board' }),
    );
    const one = JSON.stringify(cardOf(t.connector.calls.at(-1)));
    expect(one).toContain('referral figures to the Board');
    expect(one).not.toContain('internal trafficking');

    await sendActivity(t.base, activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'help' }));
    expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain('\\"actions in Board\\"');
  });
});

describe('a round’s messages name its committee when there are several', () => {
  it('labels the round in the Board’s channel, its status, its report and the Teams chase', async () => {
    const t = await slackBot({ now: '2012-09-03T10:00' });
    await withCommittee(t.ctx);
    await withBoard(t.ctx, { slackUserId: PEOPLE.ukhtc });
    await editCommittee(t.ctx, 'strategy-board', { rounds: true }, CLI);
    await addMember(
      t.ctx,
      {
        organisation: 'Home Office',
        slackUserId: PEOPLE.secretariat,
        role: 'secretariat',
        committee: 'board',
      },
      CLI,
    );
    await slashCommand(
      t.base,
      'round open 2012-Q3 in board',
      PEOPLE.secretariat,
      t.slack.responseUrl('open'),
    );
    const opened = JSON.stringify(
      (await t.slack.until(() => t.slack.responses.find((r) => r.id === 'open'))).body,
    );
    expect(opened).toContain('Strategy Board round 2012-Q3 (Board)');
    const post = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0BOARD'),
    );
    expect(JSON.stringify(post.body.blocks)).toContain('Strategy Board quarterly update — 2012-Q3 (Board)');
    expect(JSON.stringify(post.body.blocks)).toContain('anything the Board should know');
    const settings = roundSettings(loadConfig({}));
    const report = await renderReport(t.ctx, settings, '2012-Q3', 'md', 'strategy-board');
    expect(report).toContain('# Strategy Board quarterly update — 2012-Q3 (Board)');
    const [card] = renderTeams(
      {
        kind: 'round_chase',
        period: '2012-Q3',
        deadline: '2012-09-28T17:00:00+01:00',
        missing: ['UKHTC'],
        slackMentions: [],
        committeeLabel: 'Board',
      },
      'OFFICIAL',
    );
    expect(card?.text).toBe('Reminder: the Strategy Board update 2012-Q3 (Board) is due');
  });
});
