import { describe, expect, it } from 'vitest';
import { listActions } from '../../src/app/actions.js';
import { seedDocx } from '../support/seed-docx.js';
import { PEOPLE, slackBot, withCommittee } from '../support/slack-bot.js';
import { buttonPress, eventCallback, interaction } from '../support/slack-client.js';

type Block = {
  type: string;
  block_id?: string;
  elements?: { action_id?: string; value?: string }[];
  element?: { initial_value?: string };
};

describe('Slack: minutes as a Word file, corrected in the preview', () => {
  it('previews a .docx sent in a DM, takes a corrected owner and a dropped action, and Confirm stores the correction', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    t.slack.files.set('F7', {
      name: 'IDMG minutes 18 October 2012.docx',
      content: seedDocx('18 October 2012', '6 December 2012'),
    });
    await eventCallback(t.base, 'Ev700', {
      type: 'message',
      subtype: 'file_share',
      channel: 'D0SEC1',
      channel_type: 'im',
      user: PEOPLE.secretariat,
      text: '',
      ts: '1350550000.000700',
      files: [{ id: 'F7' }],
    });
    const preview = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.secretariat),
    );
    const blocks = preview.body.blocks as Block[];
    expect(JSON.stringify(blocks)).toContain('Actions (3)');
    // Nothing is stored before Confirm.
    expect(await listActions(t.ctx, { meetingDate: '2012-10-18' })).toEqual([]);
    const token =
      blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'import_correct')?.value ?? '';
    expect(token).not.toBe('');

    await interaction(
      t.base,
      buttonPress(PEOPLE.secretariat, 'import_correct', token, t.slack.responseUrl('fix')),
    );
    const open = await t.slack.until(() => t.slack.callsOf('views.open')[0]);
    const modal = open.body.view as { callback_id: string; private_metadata: string; blocks: Block[] };
    expect(modal.callback_id).toBe('import_correct_modal');
    const lines = modal.blocks
      .filter((b) => b.block_id?.startsWith('a'))
      .map((b) => b.element?.initial_value);
    expect(lines).toEqual([
      'Home Office | Home Office to speak with HMRC regarding IDMG membership |',
      'UKHTC | UKHTC to provide further information on internal trafficking |',
      'Home Office | Home office to invite DH to provide an update at the next IDMG meeting |',
    ]);

    const submit = (values: Record<string, string>, id: string) =>
      interaction(t.base, {
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: PEOPLE.secretariat },
        api_app_id: 'A1',
        view: {
          id,
          hash: `h${id}`,
          callback_id: 'import_correct_modal',
          private_metadata: modal.private_metadata,
          state: {
            values: Object.fromEntries(
              Object.entries(values).map(([k, v]) => [k, { line: { type: 'plain_text_input', value: v } }]),
            ),
          },
        },
      });
    // A date that is no date is refused under its own line, and changes nothing.
    const bad = await submit(
      { a0: lines[0] ?? '', a1: 'UKHTC | UKHTC to provide figures | 31/31/2013', a2: lines[2] ?? '' },
      'V1',
    );
    expect(await bad.json()).toEqual({
      response_action: 'errors',
      errors: { a1: 'Action 2: "31/31/2013" is not a date (write YYYY-MM-DD).' },
    });
    const ok = await submit(
      {
        a0: lines[0] ?? '',
        a1: 'MOJ | MOJ to provide further information on internal trafficking | 2012-11-30',
        a2: '',
      },
      'V2',
    );
    expect(ok.status).toBe(200);
    const redrawn = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'fix'));
    const shown = JSON.stringify(redrawn.body);
    expect(shown).toContain('Actions (2)');
    expect(shown).toContain('MOJ to provide further information on internal trafficking — *MOJ*');
    expect(shown).toContain('due 2012-11-30');

    await interaction(
      t.base,
      buttonPress(PEOPLE.secretariat, 'import_confirm', token, t.slack.responseUrl('yes')),
    );
    await t.slack.until(() => t.slack.responses.find((r) => r.id === 'yes'));
    const stored = await listActions(t.ctx, { meetingDate: '2012-10-18' });
    expect(stored.map((a) => [a.text, a.owners, a.due])).toEqual([
      ['Home Office to speak with HMRC regarding IDMG membership', ['Home Office'], null],
      ['MOJ to provide further information on internal trafficking', ['MOJ'], '2012-11-30'],
    ]);
  });

  it('refuses the correction form to a member who is not the secretariat', async () => {
    const t = await slackBot();
    await withCommittee(t.ctx);
    t.slack.files.set('F8', { name: 'm.docx', content: seedDocx('18 October 2012') });
    await eventCallback(t.base, 'Ev701', {
      type: 'message',
      subtype: 'file_share',
      channel: 'D0SEC1',
      channel_type: 'im',
      user: PEOPLE.secretariat,
      ts: '1350550000.000701',
      files: [{ id: 'F8' }],
    });
    const preview = await t.slack.until(() =>
      t.slack.callsOf('chat.postMessage').find((c) => c.body.channel === PEOPLE.secretariat),
    );
    const token =
      (preview.body.blocks as Block[])
        .flatMap((b) => b.elements ?? [])
        .find((e) => e.action_id === 'import_correct')?.value ?? '';
    await interaction(t.base, buttonPress(PEOPLE.dh, 'import_correct', token, t.slack.responseUrl('no')));
    const refusal = await t.slack.until(() => t.slack.responses.find((r) => r.id === 'no'));
    expect(JSON.stringify(refusal.body)).toMatch(/no_entry/);
    expect(t.slack.callsOf('views.open')).toEqual([]);
  });
});
