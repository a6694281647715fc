/**
 * Minutes laid out with side heads: each item's number and title in a narrow column left of its discussion.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { sideHeads } from '../../src/minutes/side-heads.js';

const MINUTES = [
  'Westshire Labour Exploitation Group',
  'Minutes of the meeting held on 6 May 2025',
  '',
  'Present:   Sara Quinn (GLAA); Tom Ellis (Westshire Police, Chair);',
  '           Nia Evans (Migrant Help)',
  '',
  '1. Welcome          The Chair welcomed members and introduced',
  '                    Sara Quinn from the GLAA.',
  '',
  '2. Labour           Sara Quinn described the licensing checks',
  '   exploitation     on agencies supplying warehouse staff.',
  '                    ACTION: GLAA to share the list of agencies',
  '                    checked since April.',
  '',
  '3. Next meeting     5 August 2025, 10:00, Westshire Police HQ.',
];

describe('side heads', () => {
  it('become the item heading, a wrapped head joined, over the discussion beside it', () => {
    expect(sideHeads(MINUTES).slice(6)).toEqual([
      '1. Welcome',
      'The Chair welcomed members and introduced',
      'Sara Quinn from the GLAA.',
      '',
      '2. Labour exploitation',
      'Sara Quinn described the licensing checks',
      'on agencies supplying warehouse staff.',
      'ACTION: GLAA to share the list of agencies',
      'checked since April.',
      '',
      '3. Next meeting',
      '5 August 2025, 10:00, Westshire Police HQ.',
    ]);
  });

  it('give the items their titles and the actions their items', () => {
    const parsed = parseMinutes(MINUTES.join('\n'));
    expect(parsed.items).toEqual([
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Labour exploitation' },
      { number: '3', title: 'Next meeting' },
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['GLAA'],
        text: 'GLAA to share the list of agencies checked since April',
        item: '2',
        due: null,
      },
    ]);
    expect(parsed.nextMeeting?.start).toBe('2025-08-05T10:00:00+01:00');
  });

  it('leave a table whose first column is the item, and a box far right of the discussion, as they were', () => {
    const table = [
      'Item           Discussion                                   Action                              Lead',
      '1. Minutes     The minutes of 4 October 2017 were agreed.',
      '2. Operations   Westshire Police described the results.     Share the list of premises          Westshire Police',
      '4. AOB         None.',
    ];
    expect(sideHeads(table)).toEqual(table);
    const box = [
      '2. Human trafficking and the Olympics                       Actions: UKHTC to report.',
      '3. Annual report and the next steps                         Actions: None',
    ];
    expect(sideHeads(box)).toEqual(box);
  });
});
