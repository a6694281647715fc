/**
 * A call's transcript kept as the record: each turn's words after its time and speaker.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { transcriptTurns } from '../../src/minutes/transcript.js';

const TURNS = [
  '[00:00:12] Jo Marsh: Welcome, everyone.',
  '[00:01:40] Tom Ellis: We will send the final figures this week.',
  'ACTION: Westshire Police to send the final figures by 13 September 2024.',
  '[00:09:45] Jo Marsh: The next meeting will be on 10 December 2024 at 10am at County Hall.',
];

describe('transcript turns', () => {
  it('are their words alone, each a paragraph; the lines between them stay', () => {
    expect(transcriptTurns(TURNS)).toEqual([
      'Welcome, everyone.',
      '',
      'We will send the final figures this week.',
      '',
      'ACTION: Westshire Police to send the final figures by 13 September 2024.',
      '',
      'The next meeting will be on 10 December 2024 at 10am at County Hall.',
      '',
    ]);
  });

  it('take back the lines a mail client wrapped a turn onto, up to the end of its sentence', () => {
    expect(
      transcriptTurns([
        ...TURNS.slice(0, 3),
        '[00:09:45] Jo Marsh: The next meeting will be on 10 December 2024 at',
        '10am at County Hall. Thanks, all.',
        'ACTION: Secretariat to book the room.',
      ]).slice(-3),
    ).toEqual([
      'The next meeting will be on 10 December 2024 at 10am at County Hall. Thanks, all.',
      '',
      'ACTION: Secretariat to book the room.',
    ]);
  });

  it('need three turns: a note with one time and name is left as written', () => {
    const lines = ['10:00 Jo Marsh: opened the meeting.', 'Present: Jo Marsh (Chair)'];
    expect(transcriptTurns(lines)).toEqual(lines);
  });

  it("give the chair's next meeting its own time, not the time into the recording", () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership – transcript summary',
        'Meeting date: 10 September 2024',
        '',
        'Attendees: Jo Marsh (Westshire County Council, Chair); Tom Ellis (Westshire Police)',
        '',
        ...TURNS,
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Westshire Modern Slavery Partnership', date: '2024-09-10' });
    expect(parsed.nextMeeting).toEqual({
      start: '2024-12-10T10:00:00+00:00',
      end: null,
      location: 'County Hall',
    });
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([[['Westshire Police'], '2024-09-13']]);
  });
});
