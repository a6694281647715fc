import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import { structuredRecord } from '../../src/minutes/records.js';

describe("a meeting's record exported as YAML or JSON", () => {
  const yaml = [
    '# exported from the tracker',
    'meeting:',
    '  title: Yorkshire and Humber Modern Slavery Network',
    '  date: 2025-02-25',
    '  venue: Leeds Civic Hall',
    'attendees:',
    '  - name: Carol Shaw',
    '    organisation: West Yorkshire Police',
    '    role: Chair',
    '  - name: Imran Aziz',
    '    organisation: Leeds City Council',
    'actions:',
    '  - action: Share the problem profile with all councils',
    '    owner: West Yorkshire Police',
    '    due: 2025-03-21',
    'next_meeting:',
    '  date: 2025-05-27',
    '  time: "10:00"',
    '  venue: Leeds Civic Hall',
  ];

  it('is written out as the lines minutes would be', () => {
    expect(structuredRecord(yaml)).toEqual([
      'Yorkshire and Humber Modern Slavery Network',
      'Date: 2025-02-25',
      'Venue: Leeds Civic Hall',
      '',
      'Present:',
      'Carol Shaw, West Yorkshire Police (Chair)',
      'Imran Aziz, Leeds City Council',
      '',
      'Actions:',
      '- Share the problem profile with all councils (Owner: West Yorkshire Police; Due: 2025-03-21)',
      '',
      'Next meeting: 2025-05-27, 10:00, Leeds Civic Hall',
    ]);
  });

  it('reads the same record as JSON, its actions with owners, due dates and items', () => {
    const json = JSON.stringify({
      title: 'Hull Steering Group',
      date: '2025-03-04',
      present: ['Jo Hart (Hull City Council)', 'Mo Ali (Humberside Police)'],
      items: [{ number: 1, title: 'Ports' }],
      actions: [
        { task: 'Send the port visit dates', assignee: 'Humberside Police', due_date: '2025-03-15', item: 1 },
      ],
    });
    const parsed = parseMinutes(json);
    expect(parsed.meeting).toEqual({ title: 'Hull Steering Group', date: '2025-03-04' });
    expect(parsed.attendees.map((a) => a.organisation)).toEqual(['Hull City Council', 'Humberside Police']);
    expect(parsed.actions).toEqual([
      { owners: ['Humberside Police'], text: 'Send the port visit dates', item: '1', due: '2025-03-15' },
    ]);
  });

  it('leaves text that is no such record as it was: minutes, a field list, a malformed record', () => {
    const minutes = ['Strategy Board', 'Date: 4 March 2025', 'Actions:', '- NCA to share the data'];
    expect(structuredRecord(minutes)).toEqual(minutes);
    const fields = ['title: Notes', 'date: 4 March 2025'];
    expect(structuredRecord(fields)).toEqual(fields);
    const broken = ['actions:', '  - action: [unclosed', '  owner: {'];
    expect(structuredRecord(broken)).toEqual(broken);
    // An alias bomb is refused by the parser's cap, and the text left as it was.
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'actions: []',
    ];
    expect(structuredRecord(bomb)).toEqual(bomb);
  });
});

describe('notes that parse as YAML but hold no structured record', () => {
  it('are read as the minutes they are, their title field kept', () => {
    const notes = [
      'Meeting: Steering group',
      'Date: 4 March 2025',
      'Present: Jo Hart (Home Office), Sam Lee (DWP)',
      'Actions:',
      '- DWP to check the claims',
    ];
    expect(structuredRecord(notes)).toEqual(notes);
    const parsed = parseMinutes(notes.join('\n'));
    expect(parsed.meeting).toEqual({ title: 'Steering group', date: '2025-03-04' });
    expect(parsed.actions.map((a) => a.owners)).toEqual([['DWP']]);
  });
});

describe("a form tool's record with camelCase keys", () => {
  it('reads "meetingName", "attendeeList", "actionItems" with "assignedTo" and "dueDate" as their snake_case names', () => {
    const parsed = parseMinutes(
      JSON.stringify({
        meetingName: 'Greater Manchester Modern Slavery Partnership',
        meetingDate: '2025-03-13',
        attendeeList: [
          { fullName: 'DCS Amy Rhodes', organization: 'Greater Manchester Police', meetingRole: 'Chair' },
        ],
        apologiesList: [{ fullName: 'Jim Cole', organization: 'Bolton Council' }],
        actionItems: [
          {
            description: 'Share the results with councils',
            assignedTo: 'Greater Manchester Police',
            dueDate: '2025-04-11',
          },
        ],
        nextMeeting: { date: '2025-06-12', startTime: '10:00', location: 'Manchester Town Hall' },
      }),
    );
    expect(parsed.meeting).toEqual({
      title: 'Greater Manchester Modern Slavery Partnership',
      date: '2025-03-13',
    });
    expect(parsed.attendees).toEqual([
      {
        organisation: 'Greater Manchester Police',
        name: 'DCS Amy Rhodes',
        role: 'CHAIR',
        deputisingFor: null,
      },
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Bolton Council', name: 'Jim Cole' }]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Greater Manchester Police'],
        text: 'Share the results with councils',
        item: null,
        due: '2025-04-11',
      },
    ]);
    expect(parsed.nextMeeting).toEqual({
      start: '2025-06-12T10:00:00+01:00',
      end: null,
      location: 'Manchester Town Hall',
    });
  });
});
