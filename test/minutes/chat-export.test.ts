import { describe, expect, it } from 'vitest';
import { chatExport } from '../../src/minutes/chat-export.js';
import { parseMinutes } from '../../src/minutes/index.js';

describe('a group chat exported as text', () => {
  it('gives each message its own paragraph, without its date, time and sender, under the group name and day', () => {
    expect(
      chatExport([
        '11/06/2024, 09:58 - Messages and calls are end-to-end encrypted. Only people in this chat can read them.',
        '11/06/2024, 09:58 - Gail Ross created group "Rapid Response Cell"',
        '11/06/2024, 10:02 - Gail Ross: Present: Gail Ross (Home Office, Chair), Ben Ali (SCA)',
        'Apologies: Tim Dale (Migrant Help)',
        '11/06/2024, 10:11 - Ben Ali: <Media omitted>',
        '11/06/2024, 10:12 - Ben Ali: 👍',
        '11/06/2024, 10:15 - Gail Ross: ACTIONS',
        '1. SCA to fast-track the decisions',
      ]),
    ).toEqual([
      'Rapid Response Cell',
      'Posted: 2024-06-11',
      '',
      'Present: Gail Ross (Home Office, Chair), Ben Ali (SCA)',
      'Apologies: Tim Dale (Migrant Help)',
      '',
      'ACTIONS',
      '1. SCA to fast-track the decisions',
      '',
    ]);
  });

  it('reads the bracketed form with seconds, and months first when a date can only be so', () => {
    const lines = chatExport([
      '[6/13/24, 10:02:15 AM] Gail Ross: Notes of the call',
      '[6/13/24, 10:03:01 AM] Gail Ross: Present: Ben Ali (SCA)',
      '[6/13/24, 10:04:40 AM] Ben Ali: Thanks',
    ]);
    expect(lines.slice(0, 3)).toEqual(['Posted: 2024-06-13', '', 'Notes of the call']);
  });

  it('leaves text that is no chat as it was, though a line of it starts with a date and a time', () => {
    const text = ['11/06/2024, 10:00 - Minutes of the Board', 'Present: Ann Bell (NCA)', '1. Welcome'];
    expect(chatExport(text)).toEqual(text);
  });

  it("is read as the note of a call: the attendance, the actions and the next call from the chair's messages", () => {
    const parsed = parseMinutes(
      [
        '11/06/2024, 09:58 - Gail Ross created group "Rapid Response Cell"',
        '11/06/2024, 10:02 - Gail Ross: Present: Gail Ross (Home Office, Chair), Ben Ali (SCA), Omar Hussein (West Midlands Police)',
        '11/06/2024, 10:05 - Omar Hussein: 14 potential victims recovered overnight',
        '11/06/2024, 10:15 - Gail Ross: ACTIONS',
        '1. WMP to share the list of nationalities with the SCA by 12 June',
        '2. SCA to fast-track the reasonable grounds decisions',
        '11/06/2024, 10:20 - Gail Ross: Next call Wednesday 12 June at 10:00',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Rapid Response Cell', date: '2024-06-11' });
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Gail Ross', 'Ben Ali', 'Omar Hussein']);
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['West Midlands Police'], '2024-06-12'],
      [['SCA'], null],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2024-06-12T10:00:00+01:00');
  });
});

describe("a chat tool's thread copied as text", () => {
  it("leaves out each sender's line and the tool's words, a blank line in their place", () => {
    expect(
      chatExport([
        'Gail Ross  10:02 AM',
        'Present: Gail Ross (Home Office, Chair), Ben Ali (SCA)',
        'Gail Ross  10:14 AM',
        '1. Backlog - SCA reported 140 cases over 90 days.',
        '2 replies',
        'Ben Ali  10:20 AM',
        'Will do',
      ]),
    ).toEqual([
      '',
      'Present: Gail Ross (Home Office, Chair), Ben Ali (SCA)',
      '',
      '1. Backlog - SCA reported 140 cases over 90 days.',
      '',
      '',
      'Will do',
    ]);
  });

  it('leaves a document that only opens with a name and a time as it was', () => {
    const text = ['Gail Ross  10:02 AM', 'Present: Gail Ross (Home Office)', '1. Backlog'];
    expect(chatExport(text)).toEqual(text);
  });
});

describe('notes posted in a chat the day after the meeting they record', () => {
  it("takes the notes' own date over the day they were posted, and their title without '- call of'", () => {
    const parsed = parseMinutes(
      [
        "[05/03/2024, 10:02:14] Jo Hart: Morning all - notes from yesterday's call below",
        '[05/03/2024, 10:02:51] Jo Hart: Hull Modern Slavery Steering Group - call of 4 March 2024',
        'Present: Jo Hart (Hull City Council, chair), Mo Ali (Humberside Police)',
        'Actions:',
        '- Humberside Police: send the port visit dates to partners',
        '[05/03/2024, 10:05:30] Mo Ali: Thanks Jo, all looks right to me',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Hull Modern Slavery Steering Group', date: '2024-03-04' });
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Humberside Police']]);
  });
});
