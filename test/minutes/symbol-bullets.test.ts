/** Bullets from symbol fonts as the letters those fonts keep them at, in text copied out of Word. */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { symbolBullets } from '../../src/minutes/symbol-bullets.js';

describe("symbol fonts' bullets as letters", () => {
  it('reads a letter that opens two lines or more before a capital as a bullet', () => {
    expect(
      symbolBullets(['§ Jane Wood – Sussex Police', '§ Kofi Mensah – Brighton & Hove City Council']),
    ).toEqual(['- Jane Wood – Sussex Police', '- Kofi Mensah – Brighton & Hove City Council']);
  });

  it('leaves a letter that opens one line, or opens lines before a number, as written', () => {
    const lines = ['o Both sites are on industrial estates.', '§ 12 of the Act', '§ 14 of the Act'];
    expect(symbolBullets(lines)).toEqual(lines);
  });

  it("reads the actions after Wingdings' arrows as a list's entries", () => {
    const parsed = parseMinutes(
      [
        'Sussex Network',
        'Minutes of meeting held 9 January 2025',
        '',
        '1. Car washes',
        'Sussex Police reported on the December visits.',
        'Ø Sussex Police to share the visit findings by 31 January 2025.',
        'Ø West Sussex County Council to check the planning status of the two sites.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Sussex Police'], 'Sussex Police to share the visit findings by 31 January 2025'],
      [
        ['West Sussex County Council'],
        'West Sussex County Council to check the planning status of the two sites',
      ],
    ]);
  });
});
