/**
 * reStructuredText's table directives: a list table and a CSV table read as the pipe tables they
 * stand for, alone and through the whole reader.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { rstTables } from '../../src/minutes/rst-tables.js';

const LIST_TABLE = [
  '.. list-table:: Actions',
  '   :header-rows: 1',
  '   :widths: 60 20 20',
  '',
  '   * - Action',
  '     - Owner',
  '     - Due',
  '   * - Draft the data-sharing agreement',
  '       for the dashboard',
  '     - Westshire Police',
  '     - 28 June 2024',
  '   * - Confirm whether health data can be included',
  '     - NHS Westshire ICB',
  '     -',
];

describe('a list table', () => {
  it('is a pipe table under its title, a cell wrapped under itself one cell, an empty last cell kept', () => {
    expect(rstTables(['Text before.', '', ...LIST_TABLE, '', 'Text after.'])).toEqual([
      'Text before.',
      '',
      'Actions',
      '',
      '| Action | Owner | Due |',
      '|---|---|---|',
      '| Draft the data-sharing agreement for the dashboard | Westshire Police | 28 June 2024 |',
      '| Confirm whether health data can be included | NHS Westshire ICB |  |',
      '',
      'Text after.',
    ]);
  });

  it("gives the minutes' actions with their owners and dates", () => {
    const parsed = parseMinutes(
      [
        'Data Subgroup',
        '=============',
        '',
        ':Date: 21 May 2024',
        ':Location: Westshire Police HQ',
        '',
        '1. Referral data',
        '----------------',
        '',
        'Owen presented the figures.',
        '',
        ...LIST_TABLE,
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Westshire Police'],
        text: 'Draft the data-sharing agreement for the dashboard',
        item: null,
        due: '2024-06-28',
      },
      {
        owners: ['NHS Westshire ICB'],
        text: 'Confirm whether health data can be included',
        item: null,
        due: null,
      },
    ]);
  });

  it('returns for hostile text of directives each indented under the last, leaving them as written', () => {
    // (Each directive's body was searched again for the next: thousands of them took minutes.)
    const lines = Array.from({ length: 4500 }, (_, k) => `${' '.repeat(k)}.. list-table::`);
    expect(rstTables(lines)).toEqual(lines);
  });

  it('leaves a directive with no rows, and ordinary bullets, as they are', () => {
    const lines = ['.. list-table:: Actions', '', 'Text.', '', '* - a dash in a bullet', '- another'];
    expect(rstTables(lines)).toEqual(lines);
  });
});

describe('a CSV table', () => {
  it('reads its header option and its quoted rows', () => {
    expect(
      rstTables([
        '.. csv-table:: Actions',
        '   :header: "Action", "Owner", "Due"',
        '',
        '   "Circulate the breakdown, by district", "Westshire County Council", "7 June 2024"',
      ]),
    ).toEqual([
      'Actions',
      '',
      '| Action | Owner | Due |',
      '|---|---|---|',
      '| Circulate the breakdown, by district | Westshire County Council | 7 June 2024 |',
      '',
    ]);
  });
});
