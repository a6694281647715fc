import { describe, expect, it } from 'vitest';
import { addAction } from '../../src/app/actions.js';
import { CLI } from '../support/app.js';
import { activity, cardOf, sendActivity } from '../support/fake-teams.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { buttonPress, interaction, slashCommand } from '../support/slack-client.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';

type Block = {
  type: string;
  block_id?: string;
  elements?: { action_id?: string; value?: string; text?: string }[];
};

async function manyActions(ctx: Parameters<typeof addAction>[0], n: number) {
  for (let i = 1; i <= n; i += 1)
    await addAction(ctx, { owners: ['UKHTC'], text: `UKHTC to send regional figures, part ${i}` }, CLI);
}

describe('a long list is shown a page at a time', () => {
  it('Slack: the first 25 of 61 with Next; Next shows the next 25, with Previous', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    await manyActions(t.ctx, 60);
    await slashCommand(t.base, 'actions UKHTC', PEOPLE.ukhtc, t.slack.responseUrl('first'));
    const first = await t.slack.until(() => {
      const all = t.slack.responses.filter((r) => r.id === 'first');
      return all.some((r) => JSON.stringify(r.body).includes('Showing')) ? all : undefined;
    });
    const shown = JSON.stringify(first.map((r) => r.body));
    expect(shown).toContain('Showing 1–25 of 61');
    expect(shown).toContain('*A2*');
    expect(shown).toContain('*A27*');
    expect(shown).not.toContain('*A28*');
    const blocks = first.flatMap((r) => (r.body as { blocks: Block[] }).blocks);
    const next = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'list_page_next');
    expect(next).toBeDefined();
    await interaction(
      t.base,
      buttonPress(PEOPLE.ukhtc, 'list_page_next', next?.value ?? '', t.slack.responseUrl('second')),
    );
    const second = await t.slack.until(() => {
      const all = t.slack.responses.filter((r) => r.id === 'second');
      return all.some((r) => JSON.stringify(r.body).includes('Showing')) ? all : undefined;
    });
    const page2 = JSON.stringify(second.map((r) => r.body));
    expect(page2).toContain('Showing 26–50 of 61');
    expect(page2).toContain('*A28*');
    expect(page2).toContain('*A52*');
    expect(page2).not.toContain('*A27*');
    expect(page2).not.toContain('*A53*');
    const blocks2 = second.flatMap((r) => (r.body as { blocks: Block[] }).blocks);
    expect(blocks2.flatMap((b) => b.elements ?? []).some((e) => e.action_id === 'list_page_prev')).toBe(true);
  });

  it('Teams: the card says which of how many it shows, and Next redraws it in place', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    await manyActions(t.ctx, 60);
    await sendActivity(t.base, activity(t.connector.url, { aadObjectId: AAD.ukhtc, text: 'actions UKHTC' }));
    const cards = t.connector.calls
      .filter((c) => c.method === 'POST')
      .map((c) => cardOf(c) as { actions?: { title: string; data: unknown }[] });
    const last = cards.at(-1);
    expect(JSON.stringify(cards)).toContain('Showing 1–12 of 61');
    const next = last?.actions?.find((a) => a.title === 'Next');
    expect(next).toBeDefined();
    await sendActivity(
      t.base,
      activity(t.connector.url, { aadObjectId: AAD.ukhtc, value: next?.data, replyToId: 'act-9' }),
    );
    const redrawn = JSON.stringify(cardOf(t.connector.calls.at(-1)));
    expect(redrawn).toContain('Showing 13–24 of 61');
    expect(t.connector.calls.at(-1)?.method).toBe('PUT');
  });
});
