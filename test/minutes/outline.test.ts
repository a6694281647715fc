/**
 * Minutes kept in an outliner (Logseq, Roam) and exported as Markdown: every line a bullet.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { outline } from '../../src/minutes/outline.js';

const LOGSEQ = [
  'title:: Partnership/2025-03-12',
  'date:: [[12 March 2025]]',
  '',
  '- # Northvale Partnership',
  '- ## Present',
  '\t- Alice Mercer, Northvale Council (Chair)',
  '\t- Jon Bates, Northvale Police',
  '- ## 1. Referrals',
  '\t- Jon Bates reported 14 referrals.',
  '\t\t- Members asked for the figures by ward.',
  '\t- TODO Northvale Police to share the figures by ward',
  '- ## 2. Next meeting',
  '\t- [[11 June 2025]], 10:00, Northvale Town Hall',
];

describe('an outliner export', () => {
  it('has top-level blocks as paragraphs and headings, children a level less indented, properties as fields', () => {
    expect(outline(LOGSEQ)).toEqual([
      'Date: [[12 March 2025]]',
      '',
      '# Northvale Partnership',
      '',
      '## Present',
      '- Alice Mercer, Northvale Council (Chair)',
      '- Jon Bates, Northvale Police',
      '',
      '## 1. Referrals',
      '- Jon Bates reported 14 referrals.',
      '  - Members asked for the figures by ward.',
      '- TODO Northvale Police to share the figures by ward',
      '',
      '## 2. Next meeting',
      '- [[11 June 2025]], 10:00, Northvale Town Hall',
    ]);
  });

  it("reads Roam's tasks, its four-space indent, and a task's deadline as its due date", () => {
    const parsed = parseMinutes(
      [
        '- # Northvale Partnership, 12 March 2025',
        '- **Present**',
        '    - Alice Mercer, Northvale Council',
        '    - Jon Bates, Northvale Police',
        '- ## 1. Referrals',
        '    - {{[[TODO]]}} Northvale Police to share the figures by ward',
        '      DEADLINE: <2025-03-31 Mon>',
        // The day a task is scheduled for is when to start on it, not when it falls due.
        '    - {{[[TODO]]}} Northvale Council to book the training',
        '      SCHEDULED: <2025-03-20 Thu>',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Northvale Police'],
        text: 'Northvale Police to share the figures by ward',
        item: '1',
        due: '2025-03-31',
      },
      { owners: ['Northvale Council'], text: 'Northvale Council to book the training', item: '1', due: null },
    ]);
  });

  it('leaves a Markdown document with bullet lists but no heading or property in a bullet as it was', () => {
    const lines = ['# Minutes', '', '- Alice Mercer', '- Jon Bates', '- Sue Khan', '- Tom Reid'];
    expect(outline(lines)).toEqual(lines);
  });

  it('gives the page its minutes', () => {
    const parsed = parseMinutes(LOGSEQ.join('\n'));
    expect(parsed.meeting).toEqual({ title: 'Northvale Partnership', date: '2025-03-12' });
    expect(parsed.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Alice Mercer', 'CHAIR'],
      ['Jon Bates', null],
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Northvale Police'],
        text: 'Northvale Police to share the figures by ward',
        item: '1',
        due: null,
      },
    ]);
    expect(parsed.nextMeeting?.start).toBe('2025-06-11T10:00:00+01:00');
  });
});
