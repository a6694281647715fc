/** Hashtags after the lines of notes written in a notes app: labels, read as labels. */
import { describe, expect, it } from 'vitest';
import { hashtags } from '../../src/minutes/hashtags.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('hashtags after the lines of notes', () => {
  it('makes a line tagged as an action an action, drops other tags and a mention after them, and a line of tags alone', () => {
    expect(
      hashtags([
        '# Steering group',
        '#meetings #kasp',
        '- Shelter to write a housing pathway #action',
        '- The pathway covers adults only #decision',
        '- Kent County Council to check the figures. #action @joe',
        'Priya showed the figures. #info',
        'Action: Kent Police to share the data #action',
        '## Actions #todo',
      ]),
    ).toEqual([
      '# Steering group',
      '- Action: Shelter to write a housing pathway',
      '- The pathway covers adults only',
      '- Action: Kent County Council to check the figures',
      'Priya showed the figures.',
      'Action: Kent Police to share the data',
      '## Actions',
    ]);
  });

  it('gives an action tag wrapped onto a line of its own to the line above', () => {
    expect(
      hashtags(['- Shelter to write a housing pathway by 28 February', '#action', '', '#action']),
    ).toEqual(['- Action: Shelter to write a housing pathway by 28 February', '', '#action']);
  });

  it('leaves a tag inside a sentence, a number after a hash, a mention alone and a heading of one word', () => {
    const lines = ['We backed the #StopSlavery campaign in May', 'See issue #12', 'Thanks @joe', '#Minutes'];
    expect(hashtags(lines)).toEqual(lines);
  });

  it("reads the notes' actions and the next meeting's place without the tags", () => {
    const parsed = parseMinutes(
      [
        '# Kent Partnership – steering group',
        '2025-02-04 · Microsoft Teams',
        '#meetings #kasp',
        '',
        '## 1. Housing pathway',
        '- Shelter to write a housing pathway for survivors by 28 February #action',
        '- The pathway covers adults only #decision',
        '',
        '## 2. Next meeting',
        'Tuesday 6 May 2025, 10:00, Teams #next',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Shelter'],
        text: 'Shelter to write a housing pathway for survivors by 28 February',
        item: '1',
        due: '2025-02-28',
      },
    ]);
    expect(parsed.nextMeeting?.location).toBe('Teams');
  });
});
