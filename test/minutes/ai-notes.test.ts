/**
 * Notes a video call's note-taker writes itself (Gemini's layout), copied out as text.
 */
import { describe, expect, it } from 'vitest';
import { aiNotes } from '../../src/minutes/ai-notes.js';
import { parseMinutes } from '../../src/minutes/index.js';

const NOTES = [
  'Notes',
  'Sep 17, 2024',
  'Kingsmere Anti-Slavery Network',
  '',
  'Invited Dana Whitfield Marcus Lee Priya Nair',
  '',
  'Attachments Kingsmere Anti-Slavery Network',
  'Meeting records Transcript Recording',
  '',
  'Summary',
  'Dana Whitfield chaired the meeting. The network reviewed the visits.',
  '',
  'Suggested next steps',
  '[Marcus Lee] Visit outcomes: Share the outcome of the August visits by 1 October 2024.',
  '[Priya Nair] Waiting list: Circulate the monthly figures.',
  '',
  "You should review Gemini's notes to make sure they're accurate. Get tips and learn how Gemini takes notes",
];

describe("a call tool's own notes", () => {
  it('are minutes: the name over the day, the invited as the attendance, the next steps as owned actions', () => {
    expect(aiNotes(NOTES)).toEqual([
      'Kingsmere Anti-Slavery Network',
      'Sep 17, 2024',
      '',
      '',
      'Attendees: Dana Whitfield; Marcus Lee; Priya Nair',
      '',
      '',
      '',
      'Summary',
      'Dana Whitfield chaired the meeting. The network reviewed the visits.',
      '',
      'Actions',
      '- Share the outcome of the August visits by 1 October 2024. (Owner: Marcus Lee)',
      '- Circulate the monthly figures. (Owner: Priya Nair)',
      '',
    ]);
  });

  it('leave other text, and an odd number of invited names, as written', () => {
    const lines = ['Notes', 'Present: Jo Marsh'];
    expect(aiNotes(lines)).toEqual(lines);
    expect(
      aiNotes(['Notes', '1 May 2024', 'Group', 'Invited Jo Ann Marsh', 'Suggested next steps']),
    ).toContain('Attendees: Jo Ann Marsh');
  });

  it('keep the attendance apart from "Summary" when pasted with no blank lines', () => {
    const parsed = parseMinutes(NOTES.filter((l) => l !== '').join('\n'));
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Dana Whitfield', 'Marcus Lee', 'Priya Nair']);
  });

  it('read as the meeting, its attendance with the chair the summary names, and its actions', () => {
    const parsed = parseMinutes(NOTES.join('\n'));
    expect(parsed.meeting).toEqual({ title: 'Kingsmere Anti-Slavery Network', date: '2024-09-17' });
    expect(parsed.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Dana Whitfield', 'CHAIR'],
      ['Marcus Lee', null],
      ['Priya Nair', null],
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Marcus Lee'],
        text: 'Share the outcome of the August visits by 1 October 2024',
        item: null,
        due: '2024-10-01',
      },
      { owners: ['Priya Nair'], text: 'Circulate the monthly figures', item: null, due: null },
    ]);
  });
});
