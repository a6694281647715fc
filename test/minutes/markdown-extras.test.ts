/**
 * Pandoc's and PHP Markdown Extra's definition lists and footnotes, alone and through the reader.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { markdownExtras } from '../../src/minutes/markdown-extras.js';

describe('a definition list', () => {
  it('is its term over a bulleted list, a blank line after the term allowed', () => {
    expect(
      markdownExtras([
        'Present',
        ':   Dana Whitfield, Kingsmere City Council',
        '',
        'Apologies',
        '',
        '~ Tariq Hassan, Salvation Army',
      ]),
    ).toEqual([
      'Present',
      '- Dana Whitfield, Kingsmere City Council',
      '',
      'Apologies',
      '- Tariq Hassan, Salvation Army',
    ]);
  });

  it('leaves a colon opening a line that is under no term', () => {
    const lines = ['- Tom Bell (NCA)', ': a stray line'];
    expect(markdownExtras(lines)).toEqual(lines);
  });
});

describe('footnotes', () => {
  it('lose their marks, and the notes (with their indented lines) go', () => {
    expect(
      markdownExtras([
        'NCA to share the data by 3 June.[^1]',
        '',
        '[^1]: Subject to the agreement.',
        '    More of the note.',
        'After.',
      ]),
    ).toEqual(['NCA to share the data by 3 June.', '', 'After.']);
  });
});

describe('Pandoc Markdown minutes', () => {
  const parsed = parseMinutes(
    [
      '---',
      'title: Kingsmere Modern Slavery Network',
      'subtitle: Notes of the meeting of 4 June 2024',
      '---',
      '',
      'Present',
      ':   Dana Whitfield, Kingsmere City Council (Chair)',
      ':   Marcus Lee, Kingsmere Police',
      '',
      'Apologies',
      ':   Tariq Hassan, Salvation Army',
      '',
      '# 1. Car wash enforcement',
      '',
      'Marcus described the visits.[^1]',
      '',
      '**Action:** Kingsmere Police to share the outcome of the visits by 31 July 2024.[^2]',
      '',
      '[^1]: Eleven sites were visited.',
      '[^2]: With the GLAA.',
    ].join('\n'),
  );

  it("keeps the front matter's title and date though the first heading is a numbered item's", () => {
    expect(parsed.meeting).toEqual({ title: 'Kingsmere Modern Slavery Network', date: '2024-06-04' });
  });

  it('reads the definition lists as the attendance', () => {
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Dana Whitfield', 'Kingsmere City Council', 'CHAIR'],
      ['Marcus Lee', 'Kingsmere Police', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Salvation Army', name: 'Tariq Hassan' }]);
  });

  it('reads the action without its footnote mark', () => {
    expect(parsed.actions).toEqual([
      {
        owners: ['Kingsmere Police'],
        text: 'Kingsmere Police to share the outcome of the visits by 31 July 2024',
        item: '1',
        due: '2024-07-31',
      },
    ]);
  });
});

describe("Pandoc's Markdown from a Word file with its styles kept", () => {
  it('reads each paragraph of a div in an action style as an action, the words of a span without its attributes', () => {
    const parsed = parseMinutes(
      [
        '---',
        'title: Partnership Board',
        'date: 2025-03-05',
        '---',
        '',
        '::: {custom-style="Attendance"}',
        '**Present:** Meg Fry (Julian House)',
        ':::',
        '',
        '# 1. Street homelessness',
        '',
        'Meg Fry described the [outreach]{.underline} findings.',
        '',
        '::: {custom-style="Action Point"}',
        'Julian House to share its outreach contacts with the police by',
        '[31 March 2025]{.mark}.',
        '',
        'Action: Avon and Somerset Police to brief the neighbourhood teams.',
        ':::',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([['Meg Fry', 'Julian House']]);
    expect(parsed.actions.map((a) => [a.text, a.due])).toEqual([
      ['Julian House to share its outreach contacts with the police by 31 March 2025', '2025-03-31'],
      ['Avon and Somerset Police to brief the neighbourhood teams', null],
    ]);
  });
});

describe('a Pandoc span wrapped over two lines, as a mail client wraps the text', () => {
  it('reads the words of the span, its line break kept', () => {
    const parsed = parseMinutes(
      [
        '# 1. Street homelessness',
        '',
        '::: {custom-style="Action Point"}',
        'Julian House to share its outreach contacts with the police by [31',
        'March 2025]{.mark}.',
        ':::',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.text, a.due])).toEqual([
      ['Julian House to share its outreach contacts with the police by 31 March 2025', '2025-03-31'],
    ]);
  });
});
