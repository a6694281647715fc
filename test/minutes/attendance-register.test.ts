/**
 * A register of attendance across the year's meetings: this meeting's column read as the lists.
 */
import { describe, expect, it } from 'vitest';
import { attendanceRegister } from '../../src/minutes/attendance-register.js';
import { parseMinutes } from '../../src/minutes/index.js';

const REGISTER = [
  'Attendance record 2024-25',
  '(P = present, A = apologies, D = deputy sent, – = not a member at the time)',
  '',
  'Member              Organisation                   Jun 24   Oct 24   Jan 25',
  'Karen Doyle         Westshire Police (Chair)       P        P',
  'Owen Pryce          Westshire County Council       P        A',
  'Farid Aziz          British Red Cross              –        P',
  'Megan Holt          GLAA                           P        D',
];

describe('an attendance register across meetings', () => {
  it("reads this meeting's column (its month) as those present and the apologies, the title and key gone", () => {
    expect(attendanceRegister(['Board minutes, 15 October 2024', '', ...REGISTER, '', '1. Minutes'])).toEqual(
      [
        'Board minutes, 15 October 2024',
        '',
        'Present:',
        'Karen Doyle, Westshire Police (Chair)',
        'Farid Aziz, British Red Cross',
        '',
        'Apologies:',
        'Owen Pryce, Westshire County Council',
        'Megan Holt, GLAA',
        '',
        '',
        '1. Minutes',
      ],
    );
  });

  it('reads a pipe table the same way, and leaves a register whose meeting it cannot find as written', () => {
    const pipes = [
      '| Member | Organisation | Jun 24 | Oct 24 |',
      '|---|---|---|---|',
      '| Jo Hart | GLAA | A | P |',
    ];
    expect(attendanceRegister(['Minutes, 15 October 2024', ...pipes]).slice(1, 3)).toEqual([
      'Present:',
      'Jo Hart, GLAA',
    ]);
    const other = ['Minutes, 15 March 2024', ...pipes];
    expect(attendanceRegister(other)).toEqual(other);
  });

  it('ends at the first line with no marks, though no blank line stands under it', () => {
    expect(
      attendanceRegister(['Minutes, 15 October 2024', ...REGISTER.slice(3), '1. Minutes', 'Agreed.']).slice(
        -2,
      ),
    ).toEqual(['1. Minutes', 'Agreed.']);
  });

  it('gives the parse its attendance', () => {
    const parsed = parseMinutes(
      [
        'WESTSHIRE ADULT EXPLOITATION BOARD',
        '',
        'Minutes of the meeting held on 15 October 2024',
        '',
        ...REGISTER,
        '',
        '1. Minutes',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Karen Doyle', 'Westshire Police', 'CHAIR'],
      ['Farid Aziz', 'British Red Cross', null],
    ]);
    expect(parsed.apologies).toEqual([
      { organisation: 'Westshire County Council', name: 'Owen Pryce' },
      { organisation: 'GLAA', name: 'Megan Holt' },
    ]);
  });
});
