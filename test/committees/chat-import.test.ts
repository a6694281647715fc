/**
 * Minutes sent in chat when the deployment has two committees: the preview names the committee
 * (or says the title names none) and lets the secretariat choose it before Confirm, in Slack
 * through a menu and in Teams through a card's choice set — each only among the committees that
 * person serves.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/app/actions.js';
import { addCommittee } from '../../src/app/committees.js';
import type { AppContext } from '../../src/app/context.js';
import { addMember } from '../../src/app/members.js';
import { CLI } from '../support/app.js';
import { activity, cardOf as cardIn, sendActivity } from '../support/fake-teams.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { buttonPress, eventCallback, interaction } from '../support/slack-client.js';
import { AAD, teamsBot, withTeamsCommittee } from '../support/teams-bot.js';
import { FIXTURES } from '../support/tmp.js';

const BOARD_MINUTES = readFileSync(`${FIXTURES}committees-board-2012-12-04.txt`, 'utf8');
/** The Board's minutes under a title that names no committee. */
const UNTITLED = BOARD_MINUTES.replace(
  'HUMAN TRAFFICKING STRATEGY BOARD',
  'OFFICIALS’ MEETING ON TRAFFICKING',
);

async function addBoard(ctx: AppContext, secretariat: { slackUserId?: string; teamsAadId?: string }[]) {
  await addCommittee(
    ctx,
    'strategy-board',
    { name: 'Human Trafficking Strategy Board', aliases: ['Board'] },
    CLI,
  );
  for (const who of secretariat)
    await addMember(
      ctx,
      { organisation: 'Home Office', ...who, role: 'secretariat', committee: 'strategy-board' },
      CLI,
    );
}

type Element = {
  type?: string;
  action_id?: string;
  value?: string;
  options?: { value: string; text: { text: string } }[];
  initial_option?: { value: string };
};
type Block = { type: string; text?: { text: string }; elements?: Element[]; accessory?: Element };

const menuOf = (blocks: Block[]) =>
  blocks.find((b) => b.accessory?.action_id === 'import_committee')?.accessory;
const confirmToken = (blocks: Block[]) =>
  blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'import_confirm')?.value ?? '';

/** What Slack sends when a menu option is chosen. */
function menuChoice(user: string, value: string, responseUrl: string) {
  const press = buttonPress(user, 'import_committee', '', responseUrl);
  return {
    ...press,
    actions: [
      {
        type: 'static_select',
        action_id: 'import_committee',
        block_id: 'import_committee',
        selected_option: { text: { type: 'plain_text', text: 'x' }, value },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

describe('choosing the committee in a Slack import preview', () => {
  it('asks when the title names none, refuses Confirm until chosen, then imports into the choice', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    await addBoard(t.ctx, [{ slackUserId: PEOPLE.secretariat }]);
    t.slack.files.set('F9', { name: 'officials-2012-12-04.txt', content: UNTITLED });
    await eventCallback(t.base, 'Ev900', {
      type: 'message',
      subtype: 'file_share',
      channel: 'D0SEC1',
      channel_type: 'im',
      user: PEOPLE.secretariat,
      text: '',
      ts: '1354600000.000100',
      files: [{ id: 'F9' }],
    });
    const preview = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.secretariat),
    );
    const blocks = preview.body.blocks as Block[];
    expect(JSON.stringify(blocks)).toContain('*Committee:* the title names none — choose one before Confirm');
    const menu = menuOf(blocks);
    expect(menu?.options?.map((o) => o.text.text)).toEqual(['Board', 'IDMG']);
    expect(menu?.initial_option).toBeUndefined();
    const token = confirmToken(blocks);

    await interaction(
      t.base,
      buttonPress(PEOPLE.secretariat, 'import_confirm', token, t.slack.responseUrl('early')),
    );
    const early = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'early'));
    expect(JSON.stringify(early.body)).toContain('Choose the committee these minutes belong to first.');
    expect(await listActions(t.ctx, { status: 'all', committees: ['strategy-board'] })).toEqual([]);

    const board = menu?.options?.find((o) => o.text.text === 'Board')?.value ?? '';
    await interaction(t.base, menuChoice(PEOPLE.secretariat, board, t.slack.responseUrl('chose')));
    const chose = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'chose'));
    expect(chose.body.replace_original).toBe(true);
    const redrawn = chose.body.blocks as Block[];
    expect(JSON.stringify(redrawn)).toContain('*Committee:* Board');
    expect(menuOf(redrawn)?.initial_option?.value).toBe(board);

    await interaction(
      t.base,
      buttonPress(PEOPLE.secretariat, 'import_confirm', token, t.slack.responseUrl('ok')),
    );
    const ok = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'ok'));
    expect(JSON.stringify(ok.body)).toContain('Imported the minutes of 2012-12-04');
    const boardActions = await listActions(t.ctx, { status: 'all', committees: ['strategy-board'] });
    expect(boardActions.length).toBeGreaterThan(0);
    expect(boardActions.every((a) => a.committee === 'strategy-board')).toBe(true);
    expect(
      await listActions(t.ctx, { status: 'all', meetingDate: '2012-12-04', committees: ['idmg'] }),
    ).toEqual([]);
  });

  it('another committee’s secretariat can neither confirm nor choose a committee they do not serve', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    // Hal is a member of the IDMG and the Board's secretariat.
    await addBoard(t.ctx, [{ slackUserId: PEOPLE.home }]);
    const idmgTitled = BOARD_MINUTES.replace(
      'HUMAN TRAFFICKING STRATEGY BOARD',
      'INTER-DEPARTMENTAL MINISTERIAL GROUP ON HUMAN TRAFFICKING',
    );
    t.slack.files.set('F10', { name: 'idmg-2012-12-04.txt', content: idmgTitled });
    await eventCallback(t.base, 'Ev901', {
      type: 'message',
      subtype: 'file_share',
      channel: 'D0HOME1',
      channel_type: 'im',
      user: PEOPLE.home,
      text: '',
      ts: '1354600001.000100',
      files: [{ id: 'F10' }],
    });
    const preview = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.home),
    );
    const blocks = preview.body.blocks as Block[];
    expect(JSON.stringify(blocks)).toContain('*Committee:* IDMG');
    const token = confirmToken(blocks);
    // The IDMG is not Hal's: the menu offers the one committee that is.
    expect(menuOf(blocks)?.options?.map((o) => o.text.text)).toEqual(['Board']);
    expect(menuOf(blocks)?.initial_option).toBeUndefined();

    await interaction(t.base, buttonPress(PEOPLE.home, 'import_confirm', token, t.slack.responseUrl('no')));
    const no = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'no'));
    expect(JSON.stringify(no.body)).toMatch(/secretariat/i);
    // A forged menu value for the IDMG is refused the same way.
    await interaction(t.base, menuChoice(PEOPLE.home, `${token}:idmg`, t.slack.responseUrl('forged')));
    const forged = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'forged'));
    expect(JSON.stringify(forged.body)).toMatch(/secretariat/i);
    expect(await listActions(t.ctx, { status: 'all', meetingDate: '2012-12-04' })).toEqual([]);

    // Chosen as the Board's (it is Hal's to put there), Confirm imports it.
    await interaction(t.base, menuChoice(PEOPLE.home, `${token}:strategy-board`, t.slack.responseUrl('b')));
    expect(
      JSON.stringify((await t.slack.until(() => t.slack.responses.find((r) => r.id === 'b'))).body),
    ).toContain('*Committee:* Board');
    await interaction(t.base, buttonPress(PEOPLE.home, 'import_confirm', token, t.slack.responseUrl('yes')));
    const yes = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'yes'));
    expect(JSON.stringify(yes.body)).toContain('Imported the minutes of 2012-12-04');
    const imported = await listActions(t.ctx, { status: 'all', meetingDate: '2012-12-04' });
    expect(imported.length).toBeGreaterThan(0);
    expect(new Set(imported.map((a) => a.committee))).toEqual(new Set(['strategy-board']));
  });
});

const cardOf = (call: Parameters<typeof cardIn>[0]) => cardIn<Card>(call);
type Card = { body: Record<string, unknown>[]; actions?: { title: string; data: Record<string, unknown> }[] };

describe('choosing the committee in a Teams import preview', () => {
  it('offers a choice set; Confirm carries the choice, and the preview can be shown again for it', async () => {
    const t = await teamsBot();
    await withTeamsCommittee(t.ctx);
    await addBoard(t.ctx, [{ teamsAadId: AAD.secretariat }]);
    const files = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/plain' }).end(UNTITLED),
    );
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
      expect(JSON.stringify(preview)).toContain('the title names none — choose one before Confirm');
      const choice = preview.body.find((e) => e.type === 'Input.ChoiceSet') as
        | { id: string; choices: { title: string; value: string }[]; isRequired: boolean }
        | undefined;
      expect(choice?.choices.map((c) => c.title)).toEqual(['Board', 'IDMG']);
      expect(choice?.isRequired).toBe(true);
      const button = (title: string) => preview.actions?.find((a) => a.title === title)?.data ?? {};

      // Confirm with nothing chosen changes nothing.
      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.secretariat,
          value: button('Confirm import'),
          replyToId: 'p1',
        }),
      );
      expect(JSON.stringify(t.connector.calls.at(-1)?.body)).toContain(
        'Choose the committee these minutes belong to first.',
      );

      // "Show for this committee" redraws the card for the Board.
      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.secretariat,
          value: { ...button('Show for this committee'), committee: 'strategy-board' },
          replyToId: 'p1',
        }),
      );
      const shown = t.connector.calls.at(-1);
      expect(shown?.method).toBe('PUT');
      expect(JSON.stringify(cardOf(shown))).toContain('**Committee:** Board');

      // Confirm sends the choice set's value with its data (Teams merges inputs into it).
      await sendActivity(
        t.base,
        activity(t.connector.url, {
          aadObjectId: AAD.secretariat,
          value: { ...button('Confirm import'), committee: 'strategy-board' },
          replyToId: 'p1',
        }),
      );
      expect(JSON.stringify(cardOf(t.connector.calls.at(-1)))).toContain(
        'Imported the minutes of 2012-12-04',
      );
      const imported = await listActions(t.ctx, { status: 'all', meetingDate: '2012-12-04' });
      expect(imported.length).toBeGreaterThan(0);
      expect(new Set(imported.map((a) => a.committee))).toEqual(new Set(['strategy-board']));
    } finally {
      files.close();
    }
  });
});
