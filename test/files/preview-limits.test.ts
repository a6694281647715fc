import { describe, expect, it } from 'vitest';
import { readCorrection } from '../../src/chat/corrections.js';
import type { ChatView } from '../../src/chat/views.js';
import type { ParsedMinutes } from '../../src/minutes/types.js';
import { importCorrectionModal, importPreviewMessage } from '../../src/slack/blocks/import.blocks.js';
import { importCorrectionCard, renderTeams } from '../../src/teams/cards/render.js';

const parse: ParsedMinutes = {
  meeting: { title: 'Inter-Departmental Ministerial Group on Human Trafficking', date: '2012-12-06' },
  attendees: [],
  apologies: [],
  items: [],
  actions: Array.from({ length: 40 }, (_, i) => ({
    owners: ['Department for Work and Pensions', 'Ministry of Justice'],
    // Long actions, as minutes have them: 290 characters each.
    text: `DWP and MOJ to report on item ${i + 1}: ${'the support offered to victims of trafficking in each region, '.repeat(4)}`.slice(
      0,
      290,
    ),
    item: String(i + 1),
    due: '2013-01-31',
  })),
  nextMeeting: { start: '2013-03-12T14:00:00+00:00', end: null, location: '2 Marsham Street' },
};
const view: Extract<ChatView, { kind: 'import_preview' }> = {
  kind: 'import_preview',
  token: 'tok',
  fileName: 'minutes.docx',
  parse,
  committee: 'idmg',
  committeeLabel: 'IDMG',
  choices: [{ id: 'idmg', label: 'IDMG' }],
};

describe('a preview of 40 actions fits the platforms’ limits', () => {
  it('Slack: one message of at most 50 blocks, no section over 3,000 characters; the form within 100 blocks', () => {
    const messages = importPreviewMessage(view, 'OFFICIAL');
    expect(messages).toHaveLength(1);
    const blocks = messages[0]?.blocks as { type: string; text?: { text: string } }[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const b of blocks) expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(blocks)).toContain('40. DWP and MOJ to report on item 40');
    const modal = importCorrectionModal(view, 'Europe/London', 'OFFICIAL', '{}') as { blocks: unknown[] };
    expect(modal.blocks.length).toBeLessThanOrEqual(100);
    expect(modal.blocks).toHaveLength(42);
  });

  it('Teams: the preview and the correction form are each under 28 KB', () => {
    const [preview] = renderTeams(view, 'OFFICIAL');
    expect(Buffer.byteLength(JSON.stringify(preview?.card))).toBeLessThan(28 * 1024);
    const form = importCorrectionCard(view, 'Europe/London', 'OFFICIAL');
    expect(Buffer.byteLength(JSON.stringify(form.card))).toBeLessThan(28 * 1024);
  });

  it('reads the form back: untouched lines keep the action, an emptied line drops it, the next meeting moves', () => {
    const lines = parse.actions.map(() => undefined as string | undefined);
    lines[0] = '';
    lines[1] = 'Home Office | Home Office to write to the Board | 31 January 2013';
    const c = readCorrection(parse, lines, '2013-03-19 10:00 | 102 Petty France', 'Europe/London');
    expect(c.actions[0]).toBeNull();
    expect(c.actions[1]).toEqual({
      owners: ['Home Office'],
      text: 'Home Office to write to the Board',
      item: '2',
      due: '2013-01-31',
    });
    expect(c.actions[2]).toEqual(parse.actions[2]);
    expect(c.nextMeeting).toEqual({
      start: '2013-03-19T10:00:00+00:00',
      end: null,
      location: '102 Petty France',
    });
    expect(() => readCorrection(parse, ['DfE | text'], undefined, 'Europe/London')).toThrow(
      /Action 1: write it as/,
    );
    expect(() => readCorrection(parse, [], 'next Tuesday', 'Europe/London')).toThrow(/Next meeting/);
  });
});
