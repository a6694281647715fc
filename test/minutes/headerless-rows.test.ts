/**
 * Actions kept as rows of cells with no header row, and an action log exported with semicolons.
 */
import { describe, expect, it } from 'vitest';
import { headerlessRows } from '../../src/minutes/headerless-rows.js';
import { parseMinutes } from '../../src/minutes/index.js';

const NOTES = (rows: string[]) =>
  [
    'Practitioners network - notes, 12 February 2025',
    '',
    'Present: Jane Holt (Harlow Council), Ali Khan (Essex Police), Beth Ward (Hope for Justice)',
    '',
    '1. Referral data',
    'Ali went through the referral data.',
    '',
    'Actions',
    ...rows,
  ].join('\n');

describe('rows of cells with no header row', () => {
  it('get the header their columns tell: tasks, owners, dates', () => {
    expect(
      headerlessRows([
        'Actions',
        'Share the data | Essex Police | 28/02/2025',
        'Find move-on housing | Harlow Council | ',
      ]),
    ).toEqual([
      'Actions',
      'Action | Owner | Due',
      '--- | --- | ---',
      'Share the data | Essex Police | 28/02/2025',
      'Find move-on housing | Harlow Council | ',
    ]);
    expect(
      headerlessRows(['| Essex Police | Share the data |', '| Harlow Council | Find housing |']).slice(0, 2),
    ).toEqual(['| Owner | Action |', '|---|---|']);
  });

  it('are left alone when no column holds tasks, or a header or rule is there already', () => {
    const attendance = ['Jane Holt | Harlow Council', 'Ali Khan | Essex Police'];
    expect(headerlessRows(attendance)).toEqual(attendance);
    const headed = [
      'Action | Owner',
      '--- | ---',
      'Share the data | Essex Police',
      'Find housing | Harlow Council',
    ];
    expect(headerlessRows(headed)).toEqual(headed);
  });

  it('give each action its owner and date', () => {
    expect(
      parseMinutes(
        NOTES([
          'Share the referral data by ward | Essex Police | 28/02/2025',
          'Find move-on housing for the two survivors | Harlow Council | ',
        ]),
      ).actions,
    ).toEqual([
      { owners: ['Essex Police'], text: 'Share the referral data by ward', item: null, due: '2025-02-28' },
      {
        owners: ['Harlow Council'],
        text: 'Find move-on housing for the two survivors',
        item: null,
        due: null,
      },
    ]);
  });
});

describe('an action log exported with semicolons between its fields', () => {
  it('is read as a CSV one is, a quoted field keeping its semicolon', () => {
    const parsed = parseMinutes(
      NOTES([
        '',
        'Ref;Action;Owner;Due date;Status',
        'A1;"Share the referral figures; by nationality";Essex Police;31/03/2025;Open',
        'A2;"Add the port to the training";Harlow Council;;Open',
      ]),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Essex Police'],
        text: 'Share the referral figures; by nationality',
        item: null,
        due: '2025-03-31',
      },
      { owners: ['Harlow Council'], text: 'Add the port to the training', item: null, due: null },
    ]);
  });

  it('takes back a record a mail client wrapped outside its quotes', () => {
    const parsed = parseMinutes(
      NOTES([
        '',
        'Ref;Action;Owner;Due date;Status',
        'A1;"Share the referral figures by nationality";Essex',
        'Police;31/03/2025;Open',
        'A2;"Add the port to the training";Harlow Council;;Open',
      ]),
    );
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['Essex Police'], '2025-03-31'],
      [['Harlow Council'], null],
    ]);
  });
});
