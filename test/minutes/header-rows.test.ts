/**
 * An action table whose header runs over two rows: alone, as tab-separated text, and in a Word
 * table.
 */
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/minutes/files/docx.js';
import { headerOverTwoRows, tabHeaderOverTwoLines } from '../../src/minutes/header-rows.js';
import { parseDocument, parseMinutes } from '../../src/minutes/index.js';
import { buildDocx, p, table } from '../support/docx.js';

const DATA = ['1', 'Circulate the final plan', 'Westshire County Council', '06/08/2024', '16/08/2024'];

describe('a header over two rows', () => {
  it('finishes each name with the word under it, a name merged across columns written once', () => {
    expect(
      headerOverTwoRows([['No.', 'Action', 'Lead', 'Date', 'Date'], ['', '', '', 'raised', 'due'], DATA]),
    ).toEqual([['No.', 'Action', 'Lead', 'Date raised', 'Date due'], DATA]);
    expect(
      headerOverTwoRows([['No.', 'Action', 'Lead', 'Date', ''], ['', '', '', 'raised', 'due'], DATA]),
    ).toEqual([['No.', 'Action', 'Lead', 'Date raised', 'Date due'], DATA]);
  });

  it('leaves a row of data under the header, and a header that heads no action table, as they are', () => {
    const data = [
      ['No.', 'Action', 'Lead', 'Due'],
      ['1', 'Circulate the plan', 'NCA', ''],
      ['2', 'Go', 'DWP', ''],
    ];
    expect(headerOverTwoRows(data)).toBe(data);
    const short = [
      ['Action', 'Owner', 'Due'],
      ['Review', 'NCA', ''],
      ['Publish', 'DWP', ''],
    ];
    expect(headerOverTwoRows(short)).toBe(short);
    const people = [
      ['Name', 'Body'],
      ['', 'office'],
      ['Jo', 'NCA'],
    ];
    expect(headerOverTwoRows(people)).toBe(people);
  });
});

describe('a spreadsheet action log pasted as tab-separated text', () => {
  const lines = [
    'Action log',
    'No.\tAction\tLead\tDate\tDate',
    '\t\t\traised\tdue',
    '1\tCirculate the final partnership plan\tWestshire County Council\t06/08/2024\t16/08/2024',
    '2\tShare the referral flowchart\tWestshire Police\t06/08/2024\t',
  ];

  it('has one header line', () => {
    expect(tabHeaderOverTwoLines(lines)).toEqual([
      'Action log',
      'No.\tAction\tLead\tDate raised\tDate due',
      ...lines.slice(3),
    ]);
  });

  it('gives each action the date in the "due" column, not the date it was raised', () => {
    const parsed = parseMinutes(
      ['Westshire Partnership', '6 August 2024', '', '1. Plan', 'Agreed.', '', ...lines].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Westshire County Council'], 'Circulate the final partnership plan', '2024-08-16'],
      [['Westshire Police'], 'Share the referral flowchart', null],
    ]);
  });
});

describe('a Word table whose header runs over two rows', () => {
  it('gives each action the date in the "due" column', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Westshire Partnership'),
            p('Minutes of the meeting of 6 August 2024'),
            p('1. Plan'),
            p('Agreed.'),
            table([['No.', 'Action', 'Lead', 'Date', 'Date'], ['', '', '', 'raised', 'due'], DATA]),
          ],
        }),
      ),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Westshire County Council'], 'Circulate the final plan', '2024-08-16'],
    ]);
  });
});

describe('an action table grouped by owner, a row across it naming each owner', () => {
  const rows = [
    ['No.', 'Action', 'Due'],
    ['Westminster City Council', '', ''],
    ['1', 'Circulate the outreach team rota', ''],
    ['2', 'Book the venue for the training day', '30/04/2025'],
    ['Metropolitan Police', '', ''],
    ['3', 'Brief the outreach team on the referral form', ''],
  ];

  it("leaves the header as it is when the row under it names an owner, not the rest of a column's name", () => {
    expect(headerOverTwoRows(rows)).toBe(rows);
  });

  it("gives the rows under each owner's row that owner", () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [p('Tri-borough Group'), p('Meeting of 18 March 2025'), p('Action log'), table(rows)],
        }),
      ),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Westminster City Council'], 'Circulate the outreach team rota', null],
      [['Westminster City Council'], 'Book the venue for the training day', '2025-04-30'],
      [['Metropolitan Police'], 'Brief the outreach team on the referral form', null],
    ]);
  });

  it('gives no owner by a row across the table that names no body or person', () => {
    const parsed = parseMinutes(
      [
        'Action log',
        '',
        '| No. | Action | Due |',
        '| --- | --- | --- |',
        '| Annual report | | |',
        '| 1 | Publish the annual report | |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([[[], 'Publish the annual report']]);
  });
});

describe('a responsibility matrix, a column for each body ticked under the owners', () => {
  const minutes = (between: string[]) =>
    parseMinutes(
      [
        '# Humber Group',
        '**Date:** 14 January 2025',
        '',
        '## 1. Seasonal workers',
        'Text.',
        '',
        '## Actions',
        '',
        ...between,
        '| # | Action | Due | Humberside Police | Hull City Council | East Riding Council |',
        '|---|---|---|:---:|:---:|:---:|',
        '| 1 | Visit the packhouses with the GLAA | 31/01/2025 | ✓ | | ✓ |',
        '| 2 | Find two emergency bed spaces | | | X | |',
      ].join('\n'),
    );

  it('gives each action the bodies whose columns are ticked', () => {
    expect(minutes([]).actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Humberside Police', 'East Riding Council'], 'Visit the packhouses with the GLAA', '2025-01-31'],
      [['Hull City Council'], 'Find two emergency bed spaces', null],
    ]);
  });

  it('reads a paragraph introducing the table under the heading as no action, and the table as under the heading', () => {
    const parsed = minutes(['The group agreed the following actions. A tick shows who owns each.', '']);
    expect(parsed.actions.map((a) => [a.text, a.item])).toEqual([
      ['Visit the packhouses with the GLAA', null],
      ['Find two emergency bed spaces', null],
    ]);
  });

  it('leaves columns of bodies holding words, not marks, as they are', () => {
    const parsed = parseMinutes(
      [
        '| Action | Due | Home Office | NCA |',
        '|---|---|---|---|',
        '| Publish the guidance | 31/03/2025 | Draft by March | Review |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([[]]);
  });
});
