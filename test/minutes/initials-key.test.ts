import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { initialsKey } from '../../src/minutes/initials-key.js';

describe('attendance given by initials with a key to them', () => {
  const lines = [
    'Present: HW (Chair), JB, PO’D',
    'Apologies: MR',
    '',
    'Key to initials',
    'HW - Helen Ware, Kent Police',
    'JB - Jon Barr, Kent County Council',
    'PO’D - Pat O’Dowd, Kent Fire and Rescue Service',
    'MR - Mark Reid, Border Force',
    '',
    '1. Nail bars',
  ];

  it('writes each entry out as the person and their body, keeps its role, and leaves the key out', () => {
    expect(initialsKey(lines)).toEqual([
      'Present: Helen Ware (Kent Police) (Chair); Jon Barr (Kent County Council); Pat O’Dowd (Kent Fire and Rescue Service)',
      'Apologies: Mark Reid (Border Force)',
      '',
      '',
      '1. Nail bars',
    ]);
  });

  it('leaves lines whose "key" does not fit the names it gives as they were', () => {
    const notKey = ['Present: HW, JB', 'Key', 'HW - Someone Else, Kent Police', 'JB - Another Person, NCA'];
    expect(initialsKey(notKey)).toEqual(notKey);
  });

  it('gives actions owned by initials to the body of the person they stand for', () => {
    const parsed = parseMinutes(
      [
        'Operations Group',
        'Minutes, 4 June 2024',
        '',
        ...lines,
        'Action: JB to share the visit findings with HW.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Helen Ware', 'Kent Police', 'CHAIR'],
      ['Jon Barr', 'Kent County Council', null],
      ["Pat O'Dowd", 'Kent Fire and Rescue Service', null],
    ]);
    expect(parsed.apologies).toEqual([{ name: 'Mark Reid', organisation: 'Border Force' }]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Kent County Council']]);
  });
});
