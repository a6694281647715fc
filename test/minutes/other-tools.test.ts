/**
 * Minutes as other tools write them: a video call's generated summary, a spreadsheet's rows pasted
 * as text, an attendance paragraph that names a body once for several people.
 */
import { describe, expect, it } from 'vitest';
import { runTogetherPairs } from '../../src/minutes/attendance.js';
import { findDates, isoDate } from '../../src/minutes/dates.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { plainLinks, plainMarkup } from '../../src/minutes/markup.js';
import { readNextMeeting } from '../../src/minutes/next-meeting.js';
import { quotedCells } from '../../src/minutes/quoted-cells.js';

describe("a call tool's summary", () => {
  const parsed = parseMinutes(
    [
      'Meeting summary for Modern Slavery Strategy Board (06/13/2023)',
      '',
      'Attendees: Sarah Linton (Home Office, Chair), Will Kerr (NCA)',
      'Apologies: Mark Collins (Welsh Government)',
      '',
      'Quick recap',
      '',
      'The Board reviewed the figures.',
      '',
      'Next steps',
      '',
      'Will Kerr to share the breakdown of referrals.',
    ].join('\n'),
  );

  it('names the meeting without "Meeting summary for", on the date written month first', () => {
    expect(parsed.meeting).toEqual({ title: 'Modern Slavery Strategy Board', date: '2023-06-13' });
  });

  it('ends the apologies at "Quick recap", a part of the record', () => {
    expect(parsed.apologies).toEqual([{ organisation: 'Welsh Government', name: 'Mark Collins' }]);
  });
});

describe('numeric dates', () => {
  it('reads a date month first only where it cannot be day first (no thirteenth month)', () => {
    const iso = (text: string) => {
      const d = findDates(text)[0];
      return d ? isoDate(d, null) : null;
    };
    expect(iso('06/13/2023')).toBe('2023-06-13');
    expect(iso('06/07/2023')).toBe('2023-07-06');
    expect(iso('13/06/2023')).toBe('2023-06-13');
    expect(iso('13.14.2023')).toBeNull();
  });
});

describe('a next meeting held online', () => {
  it('takes "online" after the time as where it is held, as a place after the time is', () => {
    expect(
      readNextMeeting('Next meeting: 8 February 2022, 14:00-15:30, online', '2021-11-09', 'Europe/London'),
    ).toEqual({
      start: '2022-02-08T14:00:00+00:00',
      end: '2022-02-08T15:30:00+00:00',
      location: 'online',
    });
  });
});

describe("a spreadsheet's rows pasted as text", () => {
  it('puts a quoted cell that runs over lines back on its row', () => {
    expect(
      quotedCells([
        'Item\tAction\tOwner',
        '2\t"Share the figures',
        'by region"\tMigrant Help\t30/11/2021',
        '3\t"Say ""no"" twice',
        '',
        'then stop"',
        '4\tA cell\t"not closed',
        '5\tnext row',
      ]),
    ).toEqual([
      'Item\tAction\tOwner',
      '2\tShare the figures by region\tMigrant Help\t30/11/2021',
      '3\tSay "no" twice then stop',
      '4\tA cell\t"not closed',
      '5\tnext row',
    ]);
  });

  it("reads the pasted tracker's rows as actions", () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 9 November 2021',
        '',
        'Present',
        'Laura Finch\tHome Office\tChair',
        'Dan Reilly\tHome Office\tSecretariat',
        'Will Kerr\tNCA',
        'Sophie Adams\tMigrant Help',
        '',
        '1. Victim support',
        'Discussed.',
        '',
        'Actions',
        'Item\tAction\tOwner\tDeadline',
        '1\t"Share caseworker vacancy figures',
        'by region"\tMigrant Help\t30/11/2021',
        '1\tReview the funding formula\tHome Office\t',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Migrant Help'],
        text: 'Share caseworker vacancy figures by region',
        item: '1',
        due: '2021-11-30',
      },
      { owners: ['Home Office'], text: 'Review the funding formula', item: '1', due: null },
    ]);
  });
});

describe('an attendance paragraph naming a body once for several people', () => {
  it('gives each person the body: "(all …)", "(both …)", ", both …" and ", all …"', () => {
    const parsed = parseMinutes(
      [
        'Exploitation Sub-Group',
        'Minutes of the meeting held on 5 March 2019',
        '',
        'Present: Cllr Sandra Quinn (Chair), Cllr Anil Desai and Cllr Peter Marsh (all Kingsmere District Council); Sgt Priya Lal and PC Owen Hart (both Westshire Police); Joe Kaminski (Kingsmere Citizens Advice).',
        '',
        'Officers: Lucy Barnes (Clerk) and Rachel Obi (Community Safety), both Kingsmere District Council.',
        '',
        '1. Minutes',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Cllr Sandra Quinn', 'Kingsmere District Council', 'CHAIR'],
      ['Cllr Anil Desai', 'Kingsmere District Council', null],
      ['Cllr Peter Marsh', 'Kingsmere District Council', null],
      ['Sgt Priya Lal', 'Westshire Police', null],
      ['PC Owen Hart', 'Westshire Police', null],
      ['Joe Kaminski', 'Kingsmere Citizens Advice', null],
      ['Lucy Barnes', 'Kingsmere District Council', 'CLERK'],
      ['Rachel Obi', 'Kingsmere District Council', null],
    ]);
  });

  it('in a list parted by commas, the group reaches back over people who name no body', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        '',
        '1 May 2018',
        '',
        'Present: Ann Lee (Chair), Bob Hale and Carl Dunn (all DWP), Dee Ames (NCA), Eve Kay and Flo Rand, both Home Office.',
        '',
        '1. Data',
        '',
        'None.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ann Lee', 'DWP'],
      ['Bob Hale', 'DWP'],
      ['Carl Dunn', 'DWP'],
      ['Dee Ames', 'NCA'],
      ['Eve Kay', 'Home Office'],
      ['Flo Rand', 'Home Office'],
    ]);
  });
});

describe("a notes vault's Markdown", () => {
  it('reads wiki links as the words they show and a callout without its type', () => {
    expect(
      plainLinks([
        '- [[Sarah Linton]] (Home Office)',
        'by [[2024-03-29]]',
        '[[People/Jo Fry|Jo Fry]]',
        '> [!todo] Actions',
      ]),
    ).toEqual(['- Sarah Linton (Home Office)', 'by 2024-03-29', 'Jo Fry', '> Actions']);
  });

  it("reads a callout's tasks as the item's actions", () => {
    const parsed = parseMinutes(
      [
        '# Strategy Board – 12 March 2024',
        '',
        '## Attendees',
        '- [[Will Kerr]] (NCA)',
        '',
        '## 2. Referral data',
        'Will presented the figures.',
        '',
        '> [!todo] Actions',
        '> - [ ] [[NCA]] to share the breakdown by [[2024-03-29]]',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['NCA'], text: 'NCA to share the breakdown by 2024-03-29', item: '2', due: '2024-03-29' },
    ]);
  });
});

describe("a notes vault's callouts between the minutes' own headings", () => {
  const note = [
    '---',
    'date: 2024-05-14',
    '---',
    '# Labour Exploitation Subgroup – 14 May 2024',
    '',
    '> [!info] Details',
    '> **When:** 14 May 2024, 10:00–11:30',
    '> **Where:** Room 4.12',
    '',
    '## Attendees',
    '- [[Tom Adeyemi]] ([[GLAA]])',
    '- [[Rachel Kerr]] ([[HMRC]])',
    '',
    '## 1. Enforcement data',
    'GLAA shared the figures.',
    '',
    '> [!todo] Actions',
    '> - [ ] GLAA to split the inspection figures by sector 📅 2024-06-11 ➕ 2024-05-14',
    '> - [ ] HMRC and GLAA to agree a protocol for joint visits ⏫',
    '',
    '## 2. AOB',
    'None.',
  ].join('\n');

  it('reads the quotes as part of the minutes, not as minutes quoted in a reply', () => {
    const parsed = parseMinutes(note);
    expect(parsed.meeting.title).toBe('Labour Exploitation Subgroup');
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Tom Adeyemi', 'Rachel Kerr']);
    expect(parsed.items.map((i) => i.title)).toEqual(['Enforcement data', 'AOB']);
  });

  it("reads a task's calendar field as its due date and drops its other fields", () => {
    expect(parseMinutes(note).actions).toEqual([
      {
        owners: ['GLAA'],
        text: 'GLAA to split the inspection figures by sector',
        item: '1',
        due: '2024-06-11',
      },
      {
        owners: ['HMRC', 'GLAA'],
        text: 'HMRC and GLAA to agree a protocol for joint visits',
        item: '1',
        due: null,
      },
    ]);
  });

  it('still reads minutes quoted under a reply as the document', () => {
    const reply = [
      'Thanks – corrections below.',
      '',
      'On 15 May 2024, at 09:12, Owen Pugh wrote:',
      ...note.split('\n').map((l) => `> ${l}`),
    ].join('\n');
    expect(parseMinutes(reply).actions.map((a) => a.due)).toEqual(['2024-06-11', null]);
  });
});

describe("a reviewer's comments between the quoted items of a reply", () => {
  it('are no part of the quoted action above them, whether or not a blank line parts them', () => {
    for (const gap of [[''], []]) {
      const reply = [
        'From: Sunita Rao',
        'Sent: 02 May 2024 16:41',
        'Subject: RE: Draft minutes',
        '',
        'Two comments inline.',
        '',
        '> Victim Support Steering Group',
        '> Minutes of the meeting held on 25 April 2024',
        '>',
        '> 1. Outreach in Wales',
        '> Action: Welsh Government to report on the first quarter of outreach referrals.',
        ...gap,
        '[SR] Could we say "by the October meeting"?',
        ...gap,
        '> 2. Interpreting',
        '> Action: Home Office to check interpreting costs by 31 May 2024.',
      ];
      expect(parseMinutes(reply.join('\n')).actions.map((a) => a.text)).toEqual([
        'Welsh Government to report on the first quarter of outreach referrals',
        'Home Office to check interpreting costs by 31 May 2024',
      ]);
    }
  });
});

describe('boxed notes (admonitions) in Markdown', () => {
  it("reads an indented box's title as a heading over its lines", () => {
    expect(
      plainMarkup(['!!! todo "Actions"', '    - Home Office to publish the policy', '', 'After.']),
    ).toEqual(['Actions', '- Home Office to publish the policy', '', 'After.']);
  });

  it("reads a fenced box's type as its title when it has none", () => {
    expect(plainMarkup([':::note', 'Hestia to share the leaflet', ':::'])).toEqual([
      'Note',
      'Hestia to share the leaflet',
      '',
    ]);
  });

  it("reads a box's tasks as the item's actions", () => {
    const parsed = parseMinutes(
      [
        '## 2. Lived experience payments',
        'Survivor Alliance set out the views.',
        '',
        '!!! todo "Actions"',
        '    - Home Office to publish the revised payment policy by 31 May 2024',
        "    - Survivor Alliance to collect members' feedback on the draft",
        '',
        '## 3. Accessible materials',
        '',
        ':::: {.todo title="Action"}',
        'Hestia to share the easy-read leaflet with the panel for comment',
        '::::',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.item, a.due])).toEqual([
      [['Home Office'], '2', '2024-05-31'],
      [['Survivor Alliance'], '2', null],
      [['Hestia'], '3', null],
    ]);
  });
});

describe('a task list with a status column', () => {
  const actions = (statuses: string[]) =>
    parseMinutes(
      [
        '# Sub-group',
        '',
        'Date: 14 March 2024',
        '',
        '## 1. Data',
        '',
        'Done.',
        '',
        '## Action items',
        '',
        '| Action | Owner | Status |',
        '| --- | --- | --- |',
        `| Draft a note | Migrant Help | ${statuses[0]} |`,
        `| Share the draft | Home Office | ${statuses[1]} |`,
      ].join('\n'),
    ).actions.map((a) => a.text);

  it("holds this meeting's actions when its statuses say they have not begun, one under way among them", () => {
    expect(actions(['Not started', 'In progress'])).toEqual(['Draft a note', 'Share the draft']);
    expect(actions(['To do', ''])).toEqual(['Draft a note', 'Share the draft']);
  });

  it('is a log reviewing earlier actions when a status says one is done or rates it', () => {
    expect(actions(['Complete', 'In progress'])).toEqual([]);
    expect(actions(['Amber', 'Not started'])).toEqual(['Share the draft']);
  });
});

describe("an attendance list with each person's initials first", () => {
  it('sets the initials aside, and reads owners named by them as their bodies', () => {
    const parsed = parseMinutes(
      [
        'Engagement Group',
        '',
        'Minutes of meeting: 21 May 2024',
        '',
        'Present',
        'AM   Anne McCartney   Department of Justice (Chair)',
        "RM   Ruth Mallon      Women's Aid Federation NI",
        'SK   Siobhan Kelly    PSNI',
        '',
        '1. Referrals',
        'Action: SK to circulate the figures.',
        'Action: AM/RM to raise the contract.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Anne McCartney', 'Department of Justice', 'CHAIR'],
      ['Ruth Mallon', "Women's Aid Federation NI", null],
      ['Siobhan Kelly', 'PSNI', null],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([
      ['PSNI'],
      ['Department of Justice', "Women's Aid Federation NI"],
    ]);
  });
});

describe("an attendance list given on its label's line", () => {
  it("ends at the blank line after it: an unnumbered heading below is no one's name", () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        '',
        'Note of meeting held on 26 January 2016',
        '',
        'Present: Sarah Whitcombe (Home Office, Chair); Graham Kerr (NCA)',
        '',
        'Apologies: Robert Lyle (MOJ)',
        '',
        'Welcome',
        '',
        '1. The Chair welcomed members.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Sarah Whitcombe', 'Graham Kerr']);
    expect(parsed.apologies).toEqual([{ organisation: 'MOJ', name: 'Robert Lyle' }]);
  });
});

describe("a call's recap with no numbered items", () => {
  it('reads "Follow-up tasks", each over "Assigned to:", as the meeting\'s actions', () => {
    const parsed = parseMinutes(
      [
        'Victims Forum – meeting recap',
        'Thursday, 5 October 2023',
        '',
        'Attendees',
        'Laura Finch (Home Office) – organiser',
        'Sophie Adams (Migrant Help)',
        '',
        'Notes',
        'Outreach',
        'Migrant Help described the service.',
        '',
        'Follow-up tasks',
        'Share the outreach referral form with forum members',
        'Assigned to: Sophie Adams',
        'Circulate dates for the next two forums',
        'Assigned to: Laura Finch',
      ].join('\n'),
    );
    expect(parsed.meeting.title).toBe('Victims Forum');
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Migrant Help'], 'Share the outreach referral form with forum members', null],
      [['Home Office'], 'Circulate dates for the next two forums', null],
    ]);
  });
});

describe('a record of Information, Decision and Action rows', () => {
  it('keeps the rows typed A, each in the item its reference names', () => {
    const parsed = parseMinutes(
      [
        '# Response Group',
        '',
        'Minutes – 15 November 2022',
        '',
        'Agenda',
        '1. Operation Brightwater',
        '2. Training',
        '',
        '| Ref | Type | Description | Owner | Due |',
        '|---|---|---|---|---|',
        '| 1.1 | I | Six arrests so far. | | |',
        '| 1.2 | A | Share the referrals with social care | Westshire Police | 30/11/2022 |',
        '| 2.1 | D | The group agreed to run joint training. | | |',
        '| 2.2 | A | Book the venue | WCC Trading Standards | |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['Westshire Police'], 'Share the referrals with social care', '1', '2022-11-30'],
      [['WCC Trading Standards'], 'Book the venue', '2', null],
    ]);
  });
});

describe("lines marked by a key's bracketed letters", () => {
  it('reads "[A]" as an action\'s label and leaves "[D]" and "[I]" as the record', () => {
    const parsed = parseMinutes(
      [
        'Partnership',
        '',
        'Minutes of the meeting of 17 September 2019',
        '',
        'Key: [D] decision, [A] action, [I] for information',
        '',
        'Present:',
        'Owen Lloyd, GLAA',
        '',
        '1. Car washes',
        '[I] The police reported on the visits.',
        '[A] GLAA to plan a second week of visits by 31 October 2019.',
        '[D] The plan was agreed.',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['GLAA'],
        text: 'GLAA to plan a second week of visits by 31 October 2019',
        item: '1',
        due: '2019-10-31',
      },
    ]);
  });
});

describe('items whose text hangs indented under their heading', () => {
  it('reads "1. Title" over its indented text as an item, not a body over its people', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes: 12 June 2018',
        '',
        'Attendees:',
        '  Sarah Linton, Home Office (Chair)',
        '  Will Kerr, NCA',
        '',
        '1. Minutes of the last meeting',
        '   Agreed.',
        '',
        '2. Victim care',
        '   The Salvation Army reported.',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Minutes of the last meeting' },
      { number: '2', title: 'Victim care' },
    ]);
  });
});

describe('a table of next steps', () => {
  it('reads "Next step | Owner | Timescale" as an action table, a timescale without a date as none', () => {
    const parsed = parseMinutes(
      [
        'Advisory Forum',
        'Notes of the meeting of 4 February 2020',
        '',
        'Present: Kate Roberts (Unseen), Sophie Adams (Migrant Help)',
        '',
        '1. Survivor support',
        'Discussed.',
        '',
        'Next step\tOwner\tTimescale',
        'Collect examples\tMigrant Help, Unseen\t28/02/2020',
        'Raise the findings\tUnseen\tBy end of March 2020',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Migrant Help', 'Unseen'], 'Collect examples', '2020-02-28'],
      [['Unseen'], 'Raise the findings', null],
    ]);
  });
});

describe('the next meeting of a forum', () => {
  it('reads "The next forum will be on …" as the next meeting', () => {
    const parsed = parseMinutes(
      [
        'Advisory Forum',
        'Notes of the meeting of 4 February 2020',
        '',
        '1. AOB',
        "The next forum will be on 5 May 2020 at 11.00 am at the Foundation's offices.",
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2020-05-05T11:00:00+01:00',
      end: null,
      location: "Foundation's offices",
    });
  });
});

describe('"Agreed action" and "Action point" wherever "Action" is read', () => {
  const actions = (line: string) =>
    parseMinutes(
      ['Strategy Board', '', '1 May 2015', '', 'Present:', 'Ann Lee, NCA', '', '1. Data', '', line].join(
        '\n',
      ),
    ).actions.map((a) => [a.owners, a.text]);

  it("after a field's label, in a bilingual label, and in a reflowed heading", () => {
    const expected = [[['NCA'], 'NCA to share the figures']];
    expect(actions('Outcome: Agreed action: NCA to share the figures.')).toEqual(expected);
    expect(actions('Cam gweithredu / Agreed action: NCA to share the figures.')).toEqual(expected);
    expect(actions('Outcome: Action point: NCA to share the figures.')).toEqual(expected);
    expect(
      parseMinutes(
        [
          'Strategy Board',
          '',
          '1 May 2015',
          '',
          '2. Data Agreed action: NCA to share the figures.  The NCA presented them.',
        ].join('\n'),
      ).actions.map((a) => [a.text, a.item]),
    ).toEqual([['NCA to share the figures', '2']]);
  });
});

describe('an email wrapped again by a mail client', () => {
  const minutes = [
    'HUMAN TRAFFICKING STRATEGY BOARD',
    'Minutes of the meeting held on 5 March 2014',
    '',
    'Attendees: Sarah Whitcombe (Home Office, Chair), Graham Kerr (NCA)',
    '',
    '1. NRM pilots',
    'The Home Office described the pilots.',
    '',
    'Summary of actions',
    'ACTION 1: Home Office to share the evaluation plan for the NRM pilots with Board members (Item 1)',
  ];

  it("keeps the minutes when the covering note's sentences wrap onto lines that read like headings", () => {
    const parsed = parseMinutes(
      [
        'From: Strategy Board Secretariat',
        'Sent: 12 March 2014 17:30',
        'Subject: Strategy Board minutes',
        '',
        'Dear all,',
        '',
        'Minutes of the Board on 5 March are below. Comments to me by 21 March,',
        'please. The',
        'actions grouped by item are at the end.',
        '',
        'Regards,',
        'Priya',
        '',
        '________________________________',
        '',
        ...minutes,
      ].join('\n'),
    );
    expect(parsed.meeting.title).toBe('HUMAN TRAFFICKING STRATEGY BOARD');
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Home Office to share the evaluation plan for the NRM pilots with Board members',
    ]);
  });

  it("joins a quoted line's wrapped tail, left without its quote mark, back to it", () => {
    const quoted = minutes.map((l) => (l === '' ? '>' : `> ${l}`));
    const last = quoted.pop() as string;
    const parsed = parseMinutes(
      [
        'Fine by me.',
        '',
        'Graham',
        '',
        'From: Priya Natarajan',
        'Sent: 12 March 2014 17:30',
        'Subject: Strategy Board - draft minutes',
        '',
        ...quoted,
        last.slice(0, last.lastIndexOf(' ', 70)),
        last.slice(last.lastIndexOf(' ', 70) + 1),
        '>',
        '> Priya Natarajan',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.text, a.item])).toEqual([
      ['Home Office to share the evaluation plan for the NRM pilots with Board members', '1'],
    ]);
  });

  it("joins the quote's last line, broken off mid-sentence, to its tail; a reply under a finished line stays apart", () => {
    const quoted = minutes.map((l) => (l === '' ? '>' : `> ${l}`));
    const parsed = parseMinutes(
      [
        'Fine by me.',
        '',
        'On 12 Mar 2014, at 17:30, Priya Natarajan wrote:',
        '',
        ...quoted.slice(0, -1),
        '> ACTION 1: Home Office to share the evaluation plan for the NRM pilots with',
        'Board members (Item 1)',
        '>',
        '> The next meeting will be held on Wednesday 14 May 2014,',
        '10:30-12:00, at Room 2.6, 2 Marsham Street.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.text, a.item])).toEqual([
      ['Home Office to share the evaluation plan for the NRM pilots with Board members', '1'],
    ]);
    expect(parsed.nextMeeting).toEqual({
      start: '2014-05-14T10:30:00+01:00',
      end: '2014-05-14T12:00:00+01:00',
      location: 'Room 2.6, 2 Marsham Street',
    });
    const signedUnder = parseMinutes(
      [
        ...quoted.slice(0, -2),
        '> The next meeting will be held on Wednesday 14 May 2014, 10:30-12:00, at Room 2.6.',
        'Thanks, Graham',
      ].join('\n'),
    );
    expect(signedUnder.nextMeeting?.location).toBe('Room 2.6');
  });
});

describe('a tab table in single-spaced minutes', () => {
  it("ends at the next item's heading or the next meeting's sentence straight under it", () => {
    const parsed = parseMinutes(
      [
        'Advisory Forum',
        'Notes of the meeting of 4 February 2020',
        'Present: Kate Roberts (Unseen), Sophie Adams (Migrant Help)',
        '1. Survivor support',
        'Discussed.',
        'Next step\tOwner\tTimescale',
        'Collect examples\tMigrant Help\t28/02/2020',
        'Raise the findings\tUnseen\t',
        '2. Any other business',
        'None.',
        'Action points\tOwner',
        'Share the leaflet\tUnseen',
        "The next forum will be on 5 May 2020 at 11.00 am at the Foundation's offices.",
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(parsed.actions.map((a) => [a.text, a.item])).toEqual([
      ['Collect examples', '1'],
      ['Raise the findings', '1'],
      ['Share the leaflet', '2'],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2020-05-05T11:00:00+01:00');
  });
});

describe("owners and fields around a task in an item's text", () => {
  const minutes = (lines: string[]) =>
    parseMinutes(
      [
        'Regional Leads Meeting',
        'Minutes, 9 April 2019',
        '',
        'Attendees',
        'DCI Amy Ross, Westshire Police (Chair)',
        'Mark Dunn, NCA (Secretariat)',
        '',
        '1. Returns',
        'Each lead presented a return.',
        ...lines,
      ].join('\n'),
    );

  it('reads owners in square brackets before a task, and "; Owner: …; Target date: …" after one', () => {
    const parsed = minutes([
      '[NCA] Collate the returns by 3 May 2019.',
      '',
      'Members discussed the training.',
      'Agree the course dates; Owner: Westshire Police; Target date: 31 May 2019.',
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], 'Collate the returns by 3 May 2019', '2019-05-03'],
      [['Westshire Police'], 'Agree the course dates', '2019-05-31'],
    ]);
  });

  it('reads each "[Owners] Task" line under "Agreed actions" as an action of its own, with no full stops', () => {
    const parsed = minutes([
      '',
      'Agreed actions',
      '[NCA] Collate the returns (by 3 May 2019)',
      '[Westshire Police / NCA] Agree the course dates',
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], 'Collate the returns (by 3 May 2019)', '2019-05-03'],
      [['Westshire Police', 'NCA'], 'Agree the course dates', null],
    ]);
  });

  it('takes a date in the last dash-separated field of a coded action as its due date', () => {
    const parsed = minutes(['AP 22/07 – NCA – provide the final figures – 11 November 2022']);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], 'provide the final figures', '2022-11-11'],
    ]);
  });

  it('keeps "Meeting" in a title where it follows a plural ("Regional Leads Meeting")', () => {
    expect(minutes([]).meeting.title).toBe('Regional Leads Meeting');
    expect(
      parseMinutes('Strategy Board meeting\n\n12 March 2013\n\nPresent:\nAnn Lee, NCA\n\n1. Data\n\nNone.\n')
        .meeting.title,
    ).toBe('Strategy Board');
    // No body named before it: "Meeting" is the meeting's own name.
    expect(
      parseMinutes(
        'Regional Anti-Trafficking Coordination Meeting\nMeeting date: 23/03/2017\n\nPresent: Ann Lee, NCA\n',
      ).meeting.title,
    ).toBe('Regional Anti-Trafficking Coordination Meeting');
  });
});

describe('more ways of marking an action in the text', () => {
  const actions = (lines: string[]) =>
    parseMinutes(
      [
        'Prevent Sub-group',
        'Minutes of the meeting of 19 March 2019',
        '',
        'Present: Laura Finch (Home Office, Chair); Claire Bowen (GLAA); Owen Lloyd (Local Government Association)',
        '',
        '1. Business engagement',
        'The GLAA described its work.',
        ...lines,
      ].join('\n'),
    ).actions.map((a) => [a.owners, a.text, a.due]);

  it('a task with its owner and date in square brackets after it', () => {
    expect(
      actions([
        "Circulate the GLAA's protocol to members [GLAA] [29/03/2019]",
        'Share the survey findings when published [Local Government Association]',
        'The figures are in the annex [page 4]',
      ]),
    ).toEqual([
      [['GLAA'], "Circulate the GLAA's protocol to members", '2019-03-29'],
      [['Local Government Association'], 'Share the survey findings when published', null],
    ]);
  });

  it('a bulleted task with its owners and date in one pair of brackets', () => {
    expect(
      actions([
        '- Write to the employers with the guidance [GLAA, 31 July 2019]',
        '- Visit the two sites [Local Government Association; GLAA]',
      ]),
    ).toEqual([
      [['GLAA'], 'Write to the employers with the guidance', '2019-07-31'],
      [['Local Government Association', 'GLAA'], 'Visit the two sites', null],
    ]);
  });

  it('"Body: task" entries under an Actions heading with a blank line (a page break) between two', () => {
    const parsed = parseMinutes(
      [
        'Partnership minutes, 13 March 2018',
        '',
        'Present: Jo Smith (NCA); Tim Lee (Local Government Association)',
        '',
        'Item 1 — Data',
        '',
        'Actions',
        'NCA: publish the 2017 figures by local authority.',
        '',
        'Local Government Association: send the guidance to every council by 30 April 2018.',
        '',
        'The Chair thanked members.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['NCA'], null],
      [['Local Government Association'], '2018-04-30'],
    ]);
  });

  it('a numbered entry whose text begins with the label ("2. Action: …") among plain entries', () => {
    expect(
      actions([
        'Summary of action points',
        '1. GLAA to circulate the timetable by 10 April 2019 [Item 1]',
        '2. Action: GLAA and Local Government Association to share the criteria [Item 1]',
      ]),
    ).toEqual([
      [['GLAA'], 'GLAA to circulate the timetable by 10 April 2019', '2019-04-10'],
      [
        ['GLAA', 'Local Government Association'],
        'GLAA and Local Government Association to share the criteria',
        null,
      ],
    ]);
  });

  it("a chat line's time and speaker before the label", () => {
    expect(
      actions([
        '[10:04] Claire Bowen: the figures are up.',
        '[10:11] Laura Finch: ACTION – GLAA to share the breakdown.',
      ]),
    ).toEqual([[['GLAA'], 'GLAA to share the breakdown', null]]);
  });

  it('an HTML table of actions inside Markdown', () => {
    expect(
      actions([
        '',
        '<table>',
        '<thead><tr><th>Action</th><th>Owner</th><th>Due</th></tr></thead>',
        '<tbody><tr><td>Publish the figures</td><td>GLAA</td><td>29/10/2019</td></tr></tbody>',
        '</table>',
      ]),
    ).toEqual([[['GLAA'], 'Publish the figures', '2019-10-29']]);
  });
});

describe('"Responsibility" as an owner field', () => {
  it('names the owners after the task, in the running text or in brackets', () => {
    const actions = (line: string) =>
      parseMinutes(
        [
          'Board',
          '',
          '1 May 2023',
          '',
          'Present:',
          'Ann Lee, NCA',
          '',
          '1. Data',
          '',
          'Discussed.',
          line,
        ].join('\n'),
      ).actions.map((a) => [a.owners, a.text]);
    expect(actions('Action: Share the data. Responsibility: NCA.')).toEqual([[['NCA'], 'Share the data']]);
    expect(actions('Action: Share the data (Responsibility: NCA)')).toEqual([[['NCA'], 'Share the data']]);
  });
});

describe('attendance entries with a membership column or "in the Chair"', () => {
  const attendees = (lines: string[]) =>
    parseMinutes(
      ['Board', '', '1 May 2023', '', ...lines, '', '1. Data', '', 'Discussed.'].join('\n'),
    ).attendees.map((a) => [a.name, a.organisation, a.role]);

  it('drops "Member" from a third column, and reads "in the Chair" after an entry as its role', () => {
    expect(
      attendees(['Members present:', 'Sarah Linton\tHome Office\tChair', 'Will Kerr\tNCA\tMember']),
    ).toEqual([
      ['Sarah Linton', 'Home Office', 'CHAIR'],
      ['Will Kerr', 'NCA', null],
    ]);
    expect(attendees(['Present: Sarah Linton (Home Office) in the Chair; Will Kerr (NCA).'])).toEqual([
      ['Sarah Linton', 'Home Office', 'CHAIR'],
      ['Will Kerr', 'NCA', null],
    ]);
  });
});

describe("an outliner's tasks and a tracker's status under an action", () => {
  const minutes = (lines: string[]) =>
    parseMinutes(
      [
        'Minutes of the Board, 9 February 2016',
        '',
        'Present: Official (NCA); Official (DWP)',
        '',
        '1. Data',
        'Discussion of the figures.',
        ...lines,
        '',
        '2. AOB',
        'None.',
      ].join('\n'),
    ).actions.map((a) => [a.owners, a.text, a.item, a.due]);

  it('reads "TODO" and "DONE" before a task in capitals, and "Tasked:", as action labels', () => {
    expect(
      minutes([
        '** TODO NCA to circulate the figures',
        '   DEADLINE: 1 March 2016',
        '** DONE DWP to confirm the single point of contact',
        'Tasked: NCA to brief the Chair.',
      ]),
    ).toEqual([
      [['NCA'], 'NCA to circulate the figures', '1', '2016-03-01'],
      [['DWP'], 'DWP to confirm the single point of contact', '1', null],
      [['NCA'], 'NCA to brief the Chair', '1', null],
    ]);
  });

  it('leaves a status line under the action ("Status: Closed", "CLOSED: …") out of its text', () => {
    expect(
      minutes([
        'Action: NCA to confirm the single point of contact',
        'Status: Closed',
        'Action: DWP to share the guidance',
        'CLOSED: [2016-02-09 Tue 15:10]',
      ]),
    ).toEqual([
      [['NCA'], 'NCA to confirm the single point of contact', '1', null],
      [['DWP'], 'DWP to share the guidance', '1', null],
    ]);
  });
});

describe('an attendance table a PDF-to-text tool ran onto one line', () => {
  const people = (lines: readonly string[]) =>
    parseMinutes(lines.join('\n')).attendees.map((a) => [a.organisation, a.name, a.role, a.deputisingFor]);

  it('splits "Body Person Body Person …" where each known body begins, after the label or under it', () => {
    const expected = [
      ['Home Office', 'Karen Bradley MP', 'CHAIR', null],
      ['FCO', 'Official', null, null],
      ['NCA', 'Official', null, 'the Director General'],
    ];
    const list = 'Home Office Karen Bradley MP CHAIR FCO Official NCA Official (for the Director General)';
    expect(people(['IDMG minutes, 1 July 2014', '', `Attendees: ${list}`, '', '1. Introduction'])).toEqual(
      expected,
    );
    expect(people(['IDMG minutes, 1 July 2014', '', 'Attendees:', list, '', '1. Introduction'])).toEqual(
      expected,
    );
  });

  it('leaves a body named inside a bracket, and an entry of one body and one person, as they are', () => {
    expect(runTogetherPairs('Home Office Official (for Home Office Minister) DfE Official')).toEqual([
      'Home Office\tOfficial (for Home Office Minister)',
      'DfE\tOfficial',
    ]);
    expect(runTogetherPairs('Home Office Damian Green MP')).toBeNull();
    // Something that is no person between two bodies: not a list of pairs.
    expect(runTogetherPairs('Home Office update on the NCA review')).toBeNull();
  });

  it('splits at the other departments, agencies and partners such groups have at the table', () => {
    expect(
      runTogetherPairs(
        'Department for Transport Helen Reid (Chair) PSNI Official Police Scotland Official HM Treasury Official Salvation Army Official',
      ),
    ).toEqual([
      'Department for Transport\tHelen Reid (Chair)',
      'PSNI\tOfficial',
      'Police Scotland\tOfficial',
      'HM Treasury\tOfficial',
      'Salvation Army\tOfficial',
    ]);
  });
});

describe('an agenda laid out as a table in the header', () => {
  it('is the items to come: its "Apologies" row opens no list, its leads are no attendees', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Working Group',
        'Minutes of the meeting held on Tuesday 11 March 2014',
        '',
        'Agenda',
        'Item\tSubject\tLead',
        '1\tApologies\tChair',
        '2\tCar washes\tWestshire Police',
        '',
        'Present:',
        'Cllr Helen Marsh\tKingsmere Borough Council\tChair',
        'Sgt Priya Lal\tWestshire Police\t',
        '',
        '1.\tApologies',
        'Apologies were received from Amy Shore (Salvation Army).',
        '',
        '2.\tCar washes',
        'Action: Westshire Police to share the outcome of the visits.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Cllr Helen Marsh', 'Sgt Priya Lal']);
    expect(parsed.apologies.map((a) => a.name)).toEqual(['Amy Shore']);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([[['Westshire Police'], '2']]);
  });
});

describe("a report tool's table drawn with double lines, ruled only under its header", () => {
  it('reads each line that starts a row as a row, a line with its first cell empty going on with the row above', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 5 March 2024',
        '',
        '1. Minutes',
        'Agreed.',
        '',
        '2. Prosecutions',
        'CPS reported on charging decisions.',
        '',
        '3. Victim care contract',
        'The Salvation Army described the demand on places.',
        '',
        'Actions',
        '╔═════╦══════════════════════════════════╦════════════════╦════════════╗',
        '║ No. ║ Action                           ║ Owner          ║ Due        ║',
        '╠═════╬══════════════════════════════════╬════════════════╬════════════╣',
        '║ 2   ║ Share the charging figures       ║ CPS            ║ 30/04/2024 ║',
        '║ 3   ║ Report the number of people      ║ Salvation Army ║            ║',
        '║     ║ waiting for a place              ║                ║            ║',
        '║ 3   ║ Confirm the contract             ║ Home Office    ║            ║',
        '╚═════╩══════════════════════════════════╩════════════════╩════════════╝',
      ].join('\n'),
    );
    // The numbers repeat: they are the items the rows belong to, not the actions' own numbers.
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text, a.due])).toEqual([
      ['2', ['CPS'], 'Share the charging figures', '2024-04-30'],
      ['3', ['Salvation Army'], 'Report the number of people waiting for a place', null],
      ['3', ['Home Office'], 'Confirm the contract', null],
    ]);
  });

  it('keeps a block whose lines do not each start a row as one row of wrapped cells, as a grid table draws it', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 5 March 2024',
        '',
        '1. Prosecutions',
        'CPS reported on charging decisions.',
        '',
        '+----------------------------+-------------+',
        '| Action                     | Owner       |',
        '+============================+=============+',
        '| Share the charging figures | CPS and     |',
        '| by area with members       | NCA         |',
        '+----------------------------+-------------+',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['CPS', 'NCA'], 'Share the charging figures by area with members'],
    ]);
  });
});

describe("a planner's tasks pasted under the minutes", () => {
  it('reads "Task Name" as the action and the people "Assigned To" by their bodies, the tasks under "Tasks (…)" in no item', () => {
    const parsed = parseMinutes(
      [
        'Data Group',
        'Minutes of the meeting held on 12 March 2025',
        '',
        'Attendees: Karen Lloyd (Home Office, Chair); Owen Hughes (ONS)',
        '',
        '1. Statistics',
        'The Home Office presented the draft statistics.',
        '',
        '2. Survey',
        'ONS described the survey.',
        '',
        'Tasks (exported from Planner)',
        '',
        'Task Name\tBucket Name\tProgress\tAssigned To\tStart date\tDue date',
        'Publish the methods note\tActions\tNot started\tKaren Lloyd\t12/03/2025\t27/03/2025',
        'Share the survey questions\tActions\tNot started\tOwen Hughes\t12/03/2025\t',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['Home Office'], text: 'Publish the methods note', item: null, due: '2025-03-27' },
      { owners: ['ONS'], text: 'Share the survey questions', item: null, due: null },
    ]);
  });

  it('reads the remark without brackets too: "Tasks exported from Planner:" over a CSV export', () => {
    const parsed = parseMinutes(
      [
        'Data Group',
        'Minutes of the meeting held on 12 March 2025',
        '',
        'Attendees: Karen Lloyd (Home Office, Chair); Owen Hughes (ONS)',
        '',
        '1. Statistics',
        'The Home Office presented the draft statistics.',
        '',
        '2. Next meeting',
        '9 April 2025, 10:00, 2 Marsham Street.',
        '',
        'Tasks exported from Planner:',
        'Task ID,Task Name,Bucket Name,Assigned To,Created Date,Due Date',
        'T-1,Publish the methods note,Data,Home Office,12/03/2025,27/03/2025',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['Home Office'], text: 'Publish the methods note', item: null, due: '2025-03-27' },
    ]);
  });
});

describe('a next meeting whose time names its clock', () => {
  it('takes "BST" or "GMT" after the time as no part of the place', () => {
    expect(
      readNextMeeting(
        'Next meeting: 7 October 2025, 2pm–3.30pm BST, MS Teams.',
        '2025-07-01',
        'Europe/London',
      ),
    ).toEqual({ start: '2025-10-07T14:00:00+01:00', end: '2025-10-07T15:30:00+01:00', location: 'MS Teams' });
    expect(
      readNextMeeting('Next meeting: 9 December 2025, 10:00 GMT.', '2025-07-01', 'Europe/London'),
    ).toEqual({
      start: '2025-12-09T10:00:00+00:00',
      end: null,
      location: null,
    });
  });
});

describe('tabs an editor turned into spaces', () => {
  // Each tab to the next stop of eight at least two spaces on, so a cell starts wherever its left
  // neighbour ends: the rows no longer stand under their headings.
  const expand = (line: string) => {
    let out = '';
    for (const ch of line) {
      const gap = 8 - (out.length % 8);
      out += ch === '\t' ? ' '.repeat(gap < 2 ? gap + 8 : gap) : ch;
    }
    return out;
  };
  const minutes = (lines: string[]) =>
    parseMinutes(
      [
        'Modern Slavery Strategy Board',
        'Minutes of the meeting held on 5 March 2015',
        '',
        'Present: Jane Hale (Home Office, Chair); Official (CPS); Official (DWP)',
        '',
        '1. Commencement',
        '',
        'The Home Office set out the timetable.',
        '',
        ...lines.map(expand),
      ].join('\n'),
    );

  it('reads a row whose last cell was empty in order, its owner no due date', () => {
    const parsed = minutes([
      'Actions',
      'Item\tAction\tOwner\tDeadline',
      '1\tCirculate the commencement timetable\tHome Office\t30 June 2015',
      '1\tUpdate the guidance for prosecutors on the statutory defence\tCPS\t',
      '1\tAgree a short form for confirming victim status\tDWP\t31 July 2015',
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Home Office'], 'Circulate the commencement timetable', '2015-06-30'],
      [['CPS'], 'Update the guidance for prosecutors on the statutory defence', null],
      [['DWP'], 'Agree a short form for confirming victim status', '2015-07-31'],
    ]);
  });

  it("reads a numbered summary's owners and tasks parted by spaces", () => {
    const parsed = minutes([
      'Summary of action points',
      '1.\tCPS\tCirculate the prosecution figures to Board members.\t(Item 1)',
      '2.\tHome Office and DWP\tAgree a referral route for victims by 31 January 2016.\t(Item 1)',
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['CPS'], 'Circulate the prosecution figures to Board members', '1'],
      [['Home Office', 'DWP'], 'Agree a referral route for victims by 31 January 2016', '1'],
    ]);
  });

  it("keeps a body's next person, indented where the tab was, under that body", () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        'Minutes: Thursday 10 October 2013',
        '',
        'Attendees',
        'Organisation\tAttendee',
        'Home Office\tMark Harper MP (Chair)',
        '\tOfficial (Secretariat)',
        'MOJ\tHelen Grant MP',
        '',
        '1. Welcome',
        '',
        'The Chair welcomed members.',
      ]
        .map(expand)
        .join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Mark Harper MP', 'CHAIR'],
      ['Home Office', 'Official', 'SECRETARIAT'],
      ['MOJ', 'Helen Grant MP', null],
    ]);
  });
});

describe('minutes pasted with no blank lines at all', () => {
  it("starts the minutes at their dated title under the covering note's signature", () => {
    const parsed = parseMinutes(
      [
        'From: Strategy Board Secretariat',
        'Sent: 13 June 2014 09:45',
        'To: Strategy Board members',
        'Subject: Note of Strategy Board 10 June 2014',
        'Dear all,',
        "The note of Tuesday's meeting is below.",
        'Regards,',
        'Secretariat',
        'Human Trafficking Strategy Board – 10 June 2014',
        'Attendees',
        '• Sarah Whitcombe (Home Office) – Chair',
        '• Graham Kerr (NCA)',
        '1. Minutes of the last meeting',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Human Trafficking Strategy Board', date: '2014-06-10' });
  });

  const councilMinutes = (tail: string[]) =>
    parseMinutes(
      [
        'Modern Slavery Working Group',
        'Minutes of the meeting held on 5 November 2013',
        'Present:',
        'Cllr Jane Hart (Chair)\tKingsmere District Council',
        'Neil Foster\tKDC Environmental Health',
        '1.\tInspections',
        'a)\tThe group agreed the following actions:',
        'Action\tLead\tDeadline',
        'Complete the inspections of the remaining properties\tKDC Environmental Health\t29 November 2013',
        'Offer the awareness session to parish councils\tKingsmere District Council\t',
        ...tail,
      ].join('\n'),
    );
  const actions = [
    [['KDC Environmental Health'], 'Complete the inspections of the remaining properties'],
    [['Kingsmere District Council'], 'Offer the awareness session to parish councils'],
  ];

  it("ends a tab table at the next item's heading straight under it", () => {
    const parsed = councilMinutes([
      '2.\tDate of next meeting',
      'a)\tTuesday 11 February 2014 at 6.30 pm, Committee Room 2, Civic Centre.',
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual(actions);
    expect(parsed.items.map((i) => i.title)).toEqual(['Inspections', 'Date of next meeting']);
    expect(parsed.nextMeeting?.start).toBe('2014-02-11T18:30:00+00:00');
  });

  it('ends a tab table at text with no tab down to its end (a wrapped cell comes before its row)', () => {
    const parsed = councilMinutes(['Secretariat', 'November 2013']);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual(actions);
  });

  it("reads a body's name in capitals over its people straight above the first item", () => {
    const parsed = parseMinutes(
      [
        'INTER-DEPARTMENTAL MINISTERIAL GROUP ON MODERN SLAVERY',
        'Minutes – 22 October 2019',
        'PRESENT',
        'HOME OFFICE',
        'Victoria Atkins MP (Chair)',
        'Official (Secretariat)',
        'APOLOGIES',
        'MINISTRY OF JUSTICE',
        'Lucy Frazer MP',
        '1. Minutes of the last meeting',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([{ organisation: 'MINISTRY OF JUSTICE', name: 'Lucy Frazer MP' }]);
  });

  it('goes on with apologies wrapped after "and" or before a body in brackets, over the first item', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Strategy Board',
        'Minutes of the meeting held on 14 January 2014',
        'Present: Sarah Whitcombe (Home Office, Chair); Graham Kerr (NCA)',
        'Apologies were received from Alison Grey (DWP), Kwame Mensah (DFID) and',
        'Ruth Kenyon (DH), Sgt Priya Lal (Westshire Police) and Joe Kaminski',
        '(Kingsmere Citizens Advice).',
        '1. Minutes of the last meeting',
        '1.1 The minutes were agreed.',
      ].join('\n'),
    );
    expect(parsed.apologies.map((a) => [a.organisation, a.name])).toEqual([
      ['DWP', 'Alison Grey'],
      ['DFID', 'Kwame Mensah'],
      ['DH', 'Ruth Kenyon'],
      ['Westshire Police', 'Sgt Priya Lal'],
      ['Kingsmere Citizens Advice', 'Joe Kaminski'],
    ]);
  });
});

describe('notes kept in a workspace tool', () => {
  const minutes = (lines: string[]) =>
    parseMinutes(
      [
        'Modern Slavery Partnership Delivery Group',
        'Meeting: 21 November 2023',
        '',
        'Members present: Rosa Diaz (Home Office) – Chair, Peter Okoro (Kent Police), Sian Hughes (Kent County Council)',
        '',
        '1. Introductions',
        'Rosa opened the meeting.',
        '',
        '2. Victim navigators',
        'Peter described the navigator pilot in Kent.',
        '',
        ...lines,
      ].join('\n'),
    );

  it("reads a board's cards, a line of fields each, under an item named Actions", () => {
    const parsed = minutes([
      '3. Actions',
      "The actions agreed are held on the Group's Trello board, exported below.",
      'Card: Share the navigator pilot evaluation | Members: Kent Police | Due: 15 Dec 2023 | Labels: Item 2',
      'Card: Publish the county referral pathway | Members: Kent County Council | Due: none',
    ]);
    expect(parsed.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Introductions',
      '2 Victim navigators',
      '3 Actions',
    ]);
    expect(parsed.actions).toEqual([
      { owners: ['Kent Police'], text: 'Share the navigator pilot evaluation', item: '2', due: '2023-12-15' },
      { owners: ['Kent County Council'], text: 'Publish the county referral pathway', item: '3', due: null },
    ]);
  });

  it('leaves out an entry struck through or ticked as done', () => {
    const parsed = minutes([
      '- [ ] **Kent Police** – share the pilot evaluation',
      "- [x] ~~Circulate last meeting's notes~~",
      '- [x] Book the room for February (done)',
      '- ~~Kent County Council to write to the districts~~',
    ]);
    expect(parsed.actions.map((a) => a.text)).toEqual(['Kent Police – share the pilot evaluation']);
  });

  it("reads an issue tracker's CSV export: the summary the task, the assignee a person of a body", () => {
    const parsed = minutes([
      '3. Actions',
      'Issue key,Summary,Assignee,Due date,Status',
      'MSDATA-41,Share the pilot evaluation with members,Peter Okoro,25/10/2023,To Do',
      'MSDATA-42,Write to the districts about the pathway,Sian Hughes,,In Progress',
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Kent Police'],
        text: 'Share the pilot evaluation with members',
        item: '3',
        due: '2023-10-25',
      },
      {
        owners: ['Kent County Council'],
        text: 'Write to the districts about the pathway',
        item: '3',
        due: null,
      },
    ]);
  });
});

describe('side headings in a column of their own', () => {
  it('opens the apologies where their label stands beside the first of them', () => {
    const parsed = parseMinutes(
      [
        'LONDON MODERN SLAVERY PARTNERSHIP BOARD',
        '',
        'Note of meeting: 12 March 2019, City Hall',
        '',
        'Present     Deputy Mayor Rosa Lindqvist (GLA, Chair)',
        '            Insp. Dan Webb (Metropolitan Police)',
        'Apologies   Helen Brandt (NCA)',
        '            Tom Fairley (Salvation Army)',
        '',
        '1           Welcome',
        '            The Chair welcomed members to City Hall.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['GLA', 'Deputy Mayor Rosa Lindqvist'],
      ['Metropolitan Police', 'Insp. Dan Webb'],
    ]);
    expect(parsed.apologies).toEqual([
      { organisation: 'NCA', name: 'Helen Brandt' },
      { organisation: 'Salvation Army', name: 'Tom Fairley' },
    ]);
  });
});

describe("a notes tool's action items assigned to people's addresses", () => {
  it('reads the person behind the address as the owner, and the due date after it', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership – Data Sub-group',
        'Meeting notes · 11 April 2023',
        '',
        'Attendees',
        'Tom Reid (NCA) – chair',
        'Jas Gill (Westshire County Council)',
        '',
        'Notes',
        '1. Q4 figures',
        'Tom presented the figures.',
        '2. Data sharing agreement',
        "Jas said the county's lawyers had cleared the draft.",
        '',
        'Action items',
        '☐ Share the Q4 figures broken down by district – assigned to tom.reid@nca.gov.uk',
        '☐ Circulate the signed agreement – assigned to jas.gill@westshire.gov.uk – due 28 April 2023',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['NCA'], text: 'Share the Q4 figures broken down by district', item: null, due: null },
      {
        owners: ['Westshire County Council'],
        text: 'Circulate the signed agreement',
        item: null,
        due: '2023-04-28',
      },
    ]);
  });
});

describe('tasks exported from a planning tool, and pictographs in headings', () => {
  const head = [
    'Anti-Slavery Partnership Steering Group',
    'Minutes, 7 February 2024',
    '',
    'Attending: Ola Ade (Home Office, Chair), Dina Roy (Hope for Justice), Pat Kerr (Local Government Association)',
    '',
    '1. Partnership plan',
    'The Group reviewed the draft plan.',
    '',
    '2. Training',
    'Hope for Justice described its training offer.',
    '',
  ];

  it('reads an export whose task is its Name, and leaves out a task completed', () => {
    const parsed = parseMinutes(
      [
        ...head,
        'Tasks (exported from Asana):',
        'Task ID,Completed At,Name,Assignee,Due Date',
        '120561,,Finalise the partnership plan for sign-off,Ola Ade,2024-03-01',
        '120562,,Offer the training to the largest councils,Dina Roy,',
        '120563,2024-02-08,Book the room for the next meeting,Pat Kerr,2024-02-08',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office'],
        text: 'Finalise the partnership plan for sign-off',
        item: null,
        due: '2024-03-01',
      },
      {
        owners: ['Hope for Justice'],
        text: 'Offer the training to the largest councils',
        item: null,
        due: null,
      },
    ]);
  });

  it('reads a heading and column names with a pictograph before their words', () => {
    const parsed = parseMinutes(
      [
        ...head,
        '## ✅ Actions',
        '',
        '| # | ✅ Action | 👤 Owner | 📅 Due |',
        '|---|---|---|---|',
        '| 1 | Finalise the partnership plan for sign-off | Home Office | 1 March 2024 |',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office'],
        text: 'Finalise the partnership plan for sign-off',
        item: null,
        due: '2024-03-01',
      },
    ]);
  });
});

describe('an "Actions" heading over a table', () => {
  const minutes = (tail: string[]) =>
    parseMinutes(
      [
        'Regional Anti-Slavery Network',
        '',
        'Minutes of the meeting held on 3 March 2021',
        '',
        'Attendees',
        'Rachel Dodds, Northumbria Police (Chair)',
        'Beth Carr, Durham County Council',
        '',
        '1. Partner updates',
        '',
        'Members shared their referral figures.',
        '',
        '2. Training',
        '',
        'Members agreed that housing officers should be trained.',
        '',
        'Actions',
        '',
        '| Who | What | When |',
        '|---|---|---|',
        '| Durham County Council | Arrange training for housing officers | 30 April 2021 |',
        '',
        ...tail,
      ].join('\n'),
    ).actions.map((a) => a.item);

  it('between two items holds the item’s actions, as the heading over lines does', () => {
    expect(minutes(['3. Future meetings', '', 'The network will meet on 2 June 2021.'])).toEqual(['2']);
  });

  it('after the last item, alone, holds the meeting’s', () => {
    expect(minutes(['Next meeting: 2 June 2021'])).toEqual([null]);
  });
});

describe('a reStructuredText record: underlined headings and a grid table of items', () => {
  const parsed = parseMinutes(
    [
      'Working Group – Minutes',
      '=======================',
      '',
      'Present',
      '-------',
      '',
      '* Amy Clarke, Home Office (Chair)',
      '* Ruth Benn, DWP',
      '',
      'Apologies',
      '---------',
      '',
      '* Mo Farooq, HMRC',
      '',
      'Items',
      '-----',
      '',
      '+------+---------------+------------------------------------+------+',
      '| Item | Subject       | Discussion                         | Lead |',
      '+======+===============+====================================+======+',
      '| 1    | Minutes       | The minutes were agreed.           |      |',
      '+------+---------------+------------------------------------+------+',
      '| 2    | Benefit fraud | DWP described the cases. DWP to    | DWP  |',
      '|      |               | share its guidance with members.   |      |',
      '+------+---------------+------------------------------------+------+',
    ].join('\n'),
  );

  it('ends the apologies at the next underlined heading', () => {
    expect(parsed.apologies).toEqual([{ organisation: 'HMRC', name: 'Mo Farooq' }]);
  });

  it('heads each item by its number and its Subject, and gives the Lead the last sentence', () => {
    expect(parsed.items).toEqual([
      { number: '1', title: 'Minutes' },
      { number: '2', title: 'Benefit fraud' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['DWP'], 'DWP to share its guidance with members', '2'],
    ]);
  });
});

describe('an OCR’d scan with its line numbers in the margin', () => {
  const parsed = parseMinutes(
    [
      '1   MINUTES OF THE ANTI-TRAFFICKING PARTNERSHIP',
      '2   Held on 19 May 2015 at County Hall, Exeter',
      '3',
      '4   Present: Mark Hill (Devon County Council) (Chair), Jo Black',
      '5   (Devon and Cornwall Police)',
      '6',
      '7   Apologies: Paul Stone (Torbay Council)',
      '8',
      '9   1. Referrals',
      '10  The police reported a rise in referrals from the agricul-',
      '11  tural sector.',
      '12  ACTION: Devon and Cornwall Police to provide a break-',
      '13  down of agricultural referrals by district.',
      '14',
      '15  2. Next meeting',
      '16  The next meeting will be held on 15 September 2015 at 2pm at',
      '17  County Hall, Exeter.',
    ].join('\n'),
  );

  it('reads the items, the apologies and the action without the margin’s numbers', () => {
    expect(parsed.items).toEqual([
      { number: '1', title: 'Referrals' },
      { number: '2', title: 'Next meeting' },
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Torbay Council', name: 'Paul Stone' }]);
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Devon and Cornwall Police to provide a breakdown of agricultural referrals by district',
    ]);
    expect(parsed.nextMeeting?.location).toBe('County Hall, Exeter');
  });
});

describe('an action label whose body’s name runs over a page break', () => {
  it('is the start of the action when the line below finishes a body the attendance names', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Partnership Panel',
        'Minutes of the meeting held on 16 October 2019',
        '',
        'Present:',
        'Sue Marsh\tDerbyshire County Council Adult Care',
        'Insp Mark Hughes\tDerbyshire Constabulary',
        '',
        '4.\tAdult safeguarding',
        'a)\tSue Marsh described the scheme for adults at risk.',
        'Action: Derbyshire County Council',
        '',
        'Modern Slavery Partnership Panel – 16 October 2019\t\tPage 1 of 2',
        '\f',
        'Adult Care to circulate the referral form to panel members.',
        '',
        '5.\tAny other business',
        'a)\tThere was none.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [
        ['Derbyshire County Council Adult Care'],
        'Derbyshire County Council Adult Care to circulate the referral form to panel members',
      ],
    ]);
  });
});

describe('a covering note signed twice, a first name then a full signature', () => {
  it('leaves both signatures out of the minutes, whose title is their own', () => {
    const parsed = parseMinutes(
      [
        'From: Strategy Board Secretariat',
        'Sent: Monday, 9 March 2015 17:21',
        'To: Board members',
        'Subject: FW: minutes of 26 February 2015',
        '',
        'All,',
        '',
        'Please find below the agreed minutes of the last Board.',
        '',
        'Kind regards',
        '',
        'Anna',
        '',
        'Anna Clarke',
        'Strategy Board Secretariat | Modern Slavery Unit | Home Office',
        '2 Marsham Street, London SW1P 4DF',
        '',
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'MINUTES – 26 FEBRUARY 2015',
        '',
        'Present',
        '•\tJohn Reid – Home Office (Chair)',
        '',
        '1.\tWelcome',
        'The Chair welcomed members.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'HUMAN TRAFFICKING STRATEGY BOARD', date: '2015-02-26' });
  });
});

describe('a tracker that rates its actions and says when each was raised', () => {
  it('keeps the rows raised at this meeting, rated or not, and leaves out the earlier ones', () => {
    const parsed = parseMinutes(
      [
        'LONDON MODERN SLAVERY PARTNERSHIP',
        '',
        'Minutes – 4 December 2019',
        '',
        'Present: Jo Kemp (Metropolitan Police, Chair), Fay Lin (Hestia), Tom Ng (Home Office)',
        '',
        '1. Survivor housing',
        'Hestia described the shortage of move-on housing.',
        '',
        'ACTION TRACKER',
        '',
        '| Ref | Raised | Action | Owner | Due | RAG |',
        '|-----|--------|--------|-------|-----|-----|',
        '| 19/07 | 11/09/2019 | Map the referral routes | Home Office | 30/11/2019 | Amber |',
        '| 19/11 | 04/12/2019 | Bid for move-on housing funding | Hestia | 31/01/2020 | Amber |',
        '| 19/12 | 04/12/2019 | Share the evaluation with partners | Home Office | | Red |',
        '| 19/13 | 04/12/2019 | Book the room | Home Office | | Green – complete |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Hestia'], 'Bid for move-on housing funding', '2020-01-31'],
      [['Home Office'], 'Share the evaluation with partners', null],
    ]);
  });
});

describe('a "Minute | Action by" table pasted with pipes', () => {
  it("reads each item's heading row, and a minute wrapped over its cell's lines as one", () => {
    const parsed = parseMinutes(
      [
        'Northshire Trafficking Panel',
        'Minutes \u2013 7 September 2016',
        '',
        '| Minute                                                         | Action by         |',
        '|----------------------------------------------------------------|-------------------|',
        '| 1. Previous minutes                                            |                   |',
        '| The minutes of 6 July 2016 were agreed.                        |                   |',
        '| 2. Port referrals                                              |                   |',
        '| Border Force described referrals at the port. The panel asked  | Border Force      |',
        '| for a breakdown by nationality. Border Force to provide the    |                   |',
        '| breakdown by 30 September 2016.                                |                   |',
        '| 3. Police operations                                           |                   |',
        '| Northshire Police described Operation Kestrel. Northshire      | Northshire        |',
        '| Police to brief the panel on the outcome.                      | Police            |',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Previous minutes' },
      { number: '2', title: 'Port referrals' },
      { number: '3', title: 'Police operations' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['Border Force'], 'Border Force to provide the breakdown by 30 September 2016', '2', '2016-09-30'],
      [['Northshire Police'], 'Northshire Police to brief the panel on the outcome', '3', null],
    ]);
  });

  it('keeps rows apart where a minute ends and the next begins with a capital', () => {
    const parsed = parseMinutes(
      [
        'Northshire Trafficking Panel',
        'Minutes \u2013 7 September 2016',
        '',
        '1. Port referrals',
        '',
        '| Minute                                               | Action by     |',
        '|------------------------------------------------------|---------------|',
        '| Agreed                                               |               |',
        '| Border Force to provide the breakdown by nationality | Border Force  |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Border Force'], 'Border Force to provide the breakdown by nationality', '1'],
    ]);
  });
});

describe('a "Minute | Action by" table drawn as a grid with rules only at its head and foot', () => {
  it('reads its heading lines as items and a minute wrapped over its lines as one', () => {
    const parsed = parseMinutes(
      [
        'Eastshire Trafficking Panel',
        'Minutes \u2013 12 October 2016',
        '',
        '+------------------------------------------------------+------------------+',
        '| Minute                                               | Action by        |',
        '+======================================================+==================+',
        '| 1. Previous minutes                                  |                  |',
        '| The minutes of 10 August 2016 were agreed.           |                  |',
        '| 2. Hospital referrals                                |                  |',
        '| Helen Webb described referrals from A&E. The panel   | Eastshire NHS    |',
        '| asked for them by month. Eastshire NHS Trust to send | Trust            |',
        '| the monthly figures to the panel by 4 November 2016. |                  |',
        '+------------------------------------------------------+------------------+',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Previous minutes'],
      ['2', 'Hospital referrals'],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [
        ['Eastshire NHS Trust'],
        'Eastshire NHS Trust to send the monthly figures to the panel by 4 November 2016',
        '2',
        '2016-11-04',
      ],
    ]);
  });
});

describe('an item headed "Item N – Dates for 2017"', () => {
  it('reads the year\'s dates under it as the next meeting, as under "3. Dates for 2017"', () => {
    const minutes = (heading: string) =>
      parseMinutes(
        [
          'North East Modern Slavery Leads Network',
          'Minutes: 2 December 2016',
          '',
          '1. Data',
          'Wear Police described referrals for the year.',
          '',
          heading,
          'The Network will meet on 3 March, 2 June and 1 September 2017, all 2-4pm in Room 1, Civic Centre.',
        ].join('\n'),
      ).nextMeeting;
    const expected = {
      start: '2017-03-03T14:00:00+00:00',
      end: '2017-03-03T16:00:00+00:00',
      location: 'Room 1, Civic Centre',
    };
    expect(minutes('2. Dates for 2017')).toEqual(expected);
    expect(minutes('Item 2 \u2013 Dates for 2017')).toEqual(expected);
  });
});

describe('a next meeting given in Welsh and in English', () => {
  it('reads the English line, and the Welsh one when it stands alone', () => {
    const both = parseMinutes(
      [
        'Grŵp Gweithredu / Action Group',
        'Cofnodion / Minutes: 9 Chwefror / February 2017',
        '',
        '1. Hyfforddiant / Training',
        'Agreed.',
        '',
        'Dyddiad y cyfarfod nesaf: Dydd Mawrth 16 Mai 2017, 10:30 \u2013 12:00, Y Swyddfa Gartref, Caerdydd',
        'Date of next meeting: Tuesday 16 May 2017, 10:30 \u2013 12:00, Home Office, Cardiff',
      ].join('\n'),
    );
    expect(both.meeting?.date).toBe('2017-02-09');
    expect(both.nextMeeting).toEqual({
      start: '2017-05-16T10:30:00+01:00',
      end: '2017-05-16T12:00:00+01:00',
      location: 'Home Office, Cardiff',
    });
    const welsh = parseMinutes(
      [
        'Grŵp Gweithredu',
        'Cofnodion: 9 Chwefror 2017',
        '',
        '1. Hyfforddiant',
        'Cytunwyd.',
        '',
        'Dyddiad y cyfarfod nesaf: 16 Mai 2017, 10:30 \u2013 12:00',
      ].join('\n'),
    );
    expect(welsh.meeting?.date).toBe('2017-02-09');
    expect(welsh.nextMeeting?.start).toBe('2017-05-16T10:30:00+01:00');
  });
});

describe('the same minutes written by another hand (found by npm run minutes:variants)', () => {
  it('reads an item heading in Markdown bold over indented text as the item, not a body over its people', () => {
    const parse = parseMinutes(
      [
        'Board',
        'Minutes: 12 June 2018',
        '',
        'Attendees:',
        '  Sarah Linton, Home Office (Chair)',
        '',
        '**1. Minutes of the last meeting**',
        '   Agreed.',
        '',
        '**2. Victim care contract**',
        '   The Salvation Army reported.',
      ].join('\n'),
    );
    expect(parse.items).toEqual([
      { number: '1', title: 'Minutes of the last meeting' },
      { number: '2', title: 'Victim care contract' },
    ]);
  });

  it('keeps a bilingual item heading in bold as the item it is, its Welsh half with it', () => {
    const parse = parseMinutes(
      [
        'Grŵp Gweithredu / Action Group',
        '9 February 2017',
        '',
        '**1. Croeso / Welcome**',
        'Agreed.',
        '',
        '**2. Cyfarfod nesaf / Next meeting**',
        'None.',
      ].join('\n'),
    );
    expect(parse.items).toEqual([
      { number: '1', title: 'Croeso / Welcome' },
      { number: '2', title: 'Cyfarfod nesaf / Next meeting' },
    ]);
  });

  it('takes a due date with its weekday off the end of a dashed action and out of an owner cell', () => {
    const coded = parseMinutes(
      [
        'Implementation Group',
        '18 October 2022',
        '',
        '1. Detection',
        'AP 22/07 – Police Scotland – provide the final detection figures for the report – Friday 11 November 2022',
      ].join('\n'),
    );
    expect(coded.actions).toEqual([
      {
        owners: ['Police Scotland'],
        text: 'provide the final detection figures for the report',
        item: '1',
        due: '2022-11-11',
      },
    ]);
    const cell = parseMinutes(
      [
        'Strategy Board',
        '4 November 2025',
        '',
        '1. Accommodation',
        '',
        '| Action | Owner / Date |',
        '|---|---|',
        '| Report the waiting list for places weekly | Salvation Army – Friday 28 November 2025 |',
      ].join('\n'),
    );
    expect(cell.actions).toEqual([
      {
        owners: ['Salvation Army'],
        text: 'Report the waiting list for places weekly',
        item: '1',
        due: '2025-11-28',
      },
    ]);
  });

  it('reads fields and labels set in Markdown bold as it reads them plain', () => {
    const parse = parseMinutes(
      [
        'Forum',
        '14 June 2017',
        '',
        '1. Local authorities',
        "Councils' duty to notify was discussed.",
        '**Owner:** Local Government Association',
        '**Action:** survey councils on their use of the duty to notify',
        '**Due:** 30/09/2017',
        '',
        '2. Victim support',
        'DWP described the guidance.',
        '**Action:** Department for Work and Pensions and Department of Health and Social Care',
        'to agree a single training offer by 31 May 2018.',
      ].join('\n'),
    );
    expect(parse.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [
        ['Local Government Association'],
        'survey councils on their use of the duty to notify',
        '1',
        '2017-09-30',
      ],
      [
        ['Department for Work and Pensions', 'Department of Health and Social Care'],
        'Department for Work and Pensions and Department of Health and Social Care to agree a single training offer by 31 May 2018',
        '2',
        '2018-05-31',
      ],
    ]);
  });

  it('reads "&" between people as "and", and "attending on behalf of" as standing in', () => {
    const parse = parseMinutes(
      [
        'Town Council Committee',
        '10 March 2020',
        '',
        'PRESENT: Councillor J. Morgan (Chairman), Councillors P. Evans, S. Hughes & R. Price.',
        '',
        'Apologies were received from Alison Grey (DWP) & Ruth Kenyon (DH).',
        '',
        'Also present:',
        'Mark Okafor, CPS, attending on behalf of Claire Dunn',
        '',
        '1. Visits',
        'None.',
      ].join('\n'),
    );
    expect(parse.attendees.map((a) => a.name)).toEqual([
      'Councillor J. Morgan',
      'Councillor P. Evans',
      'Councillor S. Hughes',
      'Councillor R. Price',
      'Mark Okafor',
    ]);
    expect(parse.attendees[4]).toMatchObject({ organisation: 'CPS', deputisingFor: 'Claire Dunn' });
    expect(parse.apologies).toEqual([
      { organisation: 'DWP', name: 'Alison Grey' },
      { organisation: 'DH', name: 'Ruth Kenyon' },
    ]);
  });

  it("ends a reflowed box's action where officials of a body named in several words report", () => {
    const parse = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '',
        '9 October 2012',
        '',
        '2. Child trafficking Actions: Department for Education to circulate the revised statutory guidance by 26 October 2012 Officials from Department for Education described the changes to the guidance.',
      ].join('\n'),
    );
    expect(parse.actions.map((a) => a.text)).toEqual([
      'Department for Education to circulate the revised statutory guidance by 26 October 2012',
    ]);
  });

  it("ends a reflowed box's action where a lettered paragraph starts, as a numbered one ends it", () => {
    const parse = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '',
        '15 July 2014',
        '',
        '4. AOB Actions: Home Office to invite the Commissioner-designate to the next IDMG meeting (a) Members welcomed the appointment. (b) The Chair thanked members.',
      ].join('\n'),
    );
    expect(parse.actions.map((a) => a.text)).toEqual([
      'Home Office to invite the Commissioner-designate to the next IDMG meeting',
    ]);
  });
});

describe("meeting assistants' notes and a notes app's page", () => {
  it('reads "Invited:" as the attendance and "Suggested next steps" as the actions\' heading', () => {
    const parsed = parseMinutes(
      [
        'Regional Modern Slavery Network – 22 October 2024',
        '',
        'Invited: DI Paul Grant (West Yorkshire Police), Beth Morgan (Leeds City Council)',
        '',
        'Summary',
        'The network discussed criminal exploitation.',
        '',
        'Suggested next steps',
        '• DI Paul Grant will send the breakdown of county lines cases by district.',
        '• Beth Morgan will circulate the pathway by 8 November 2024.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['DI Paul Grant', 'West Yorkshire Police'],
      ['Beth Morgan', 'Leeds City Council'],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['West Yorkshire Police'],
        'DI Paul Grant will send the breakdown of county lines cases by district',
        null,
      ],
      [['Leeds City Council'], 'Beth Morgan will circulate the pathway by 8 November 2024', '2024-11-08'],
    ]);
  });

  it('takes those who attended over those invited when a recap lists both', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Data Group',
        'Tuesday, 2 May 2017 · 10:00 – 11:00',
        '',
        'Invited',
        'Priya Shah (NCA)',
        'Megan Rhys (Welsh Government)',
        '',
        'Attended',
        'Priya Shah (NCA)',
        '',
        'Follow-up tasks',
        '- NCA: add the nationality field to the dataset',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Priya Shah']);
  });

  it("takes a page's properties for fields, not its title, and owners @-mentioned after a task", () => {
    const parsed = parseMinutes(
      [
        '# Victim Care Working Group – 9 September 2024',
        '',
        'Date: September 9, 2024 10:00 AM (BST)',
        'Type: Working group',
        'Attendees: @Ruth Bell (Salvation Army, Chair), @Graham Kerr (NCA)',
        '',
        '## Notes',
        '',
        '### 1. Safe house capacity',
        '',
        '- [ ] Share the overflow arrangements with members @Ruth Bell',
        '- [ ] Circulate the referral figures @Graham Kerr and @Ruth Bell',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Victim Care Working Group', date: '2024-09-09' });
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Salvation Army'], 'Share the overflow arrangements with members @Ruth Bell'],
      [['NCA', 'Salvation Army'], 'Circulate the referral figures @Graham Kerr and @Ruth Bell'],
    ]);
  });
});

describe('a web mail reply saved as HTML, the minutes quoted under it', () => {
  it('reads the minutes under "On … wrote:", not the reply\'s date above them', () => {
    const parsed = parseMinutes(
      [
        '<div dir="ltr">Hi Ann,<div>Looks right to me.</div><div>Raj</div></div>',
        '<div class="gmail_quote"><div class="gmail_attr">On Wed, 15 May 2024 at 09:12, Ann Bell &lt;ann@example.gov.uk&gt; wrote:<br></div>',
        '<blockquote class="gmail_quote"><div><b>Modern Slavery Data Group</b></div>',
        '<div>Minutes of the meeting held on 14 May 2024 (Teams)</div>',
        '<div><b>Present:</b> Ann Bell (NCA) – Chair; Raj Patel (Home Office)</div>',
        '<div><b>1. Referral figures</b></div>',
        '<div><b>Action:</b> NCA to share the regional breakdown by 31 May 2024.</div></blockquote></div>',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Modern Slavery Data Group', date: '2024-05-14' });
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Ann Bell', 'Raj Patel']);
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([[['NCA'], '2024-05-31']]);
  });
});

describe('a minutes table laid out with spaces, its column holding the subject and the discussion', () => {
  it('takes the subject before a colon or a dash as the item title, the last sentence beside an owner as the action', () => {
    const parsed = parseMinutes(
      [
        'Tactical Group – minutes',
        'Date: 11 June 2024',
        '',
        'Item   Subject / discussion                                  Action by',
        '1      Minutes of last meeting – agreed.',
        '2      Cannabis farms: police described three sites          Hampshire Constabulary',
        '       found in rented homes. Police to share the',
        "       addresses with the councils' housing teams.",
        '3      AOB – none.',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Minutes of last meeting' },
      { number: '2', title: 'Cannabis farms' },
      { number: '3', title: 'AOB' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Hampshire Constabulary'], "Police to share the addresses with the councils' housing teams", '2'],
    ]);
  });
});

describe("a covering note's sentences giving those on a call", () => {
  it('reads "On the call:", "Apologies from" and the chair named in passing, and the title after "Actions from today\'s"', () => {
    const parsed = parseMinutes(
      [
        "Subject: Actions from today's NRM Ops call (19/06/2024)",
        '',
        'Hi all,',
        '',
        "Quick note of actions from this morning's call (chaired by Gail Ross, Home Office). On the call: Gail Ross (Home Office), Ben Ali (SCA). Apologies from Tim Dale (Migrant Help).",
        '',
        'Actions',
        '1. SCA – send the updated figures to the group',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'NRM Ops call', date: '2024-06-19' });
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Gail Ross', 'Home Office', 'CHAIR'],
      ['Ben Ali', 'SCA', null],
    ]);
    expect(parsed.apologies).toEqual([{ name: 'Tim Dale', organisation: 'Migrant Help' }]);
  });
});

describe("a panel's note of a public question time", () => {
  const parsed = parseMinutes(
    [
      'LINCOLNSHIRE POLICE AND CRIME PANEL',
      'PUBLIC QUESTION TIME ON MODERN SLAVERY – NOTE',
      '',
      'Date: Thursday 14 March 2024, 18:30',
      '',
      'Panel members present: Cllr Anne Wells (Lincolnshire County Council) (Chair); Mr Sam Haddad (Independent Member)',
      'Apologies: Cllr Joan Marr (Boston Borough Council)',
      '',
      '1. Questions from the public',
      '',
      'Q1 (Mr T Harlow, Spalding): How many farms were visited last year?',
      'A (Lincolnshire Police): 37 farms were visited.',
      'Action: Lincolnshire Police to publish the figures for each district.',
      '',
      'Date of next public session: Thursday 12 September 2024 at 18:30, The Castle, Lincoln.',
    ].join('\n'),
  );

  it('titles the meeting by the line under the body that says what it is the note of', () => {
    expect(parsed.meeting.title).toBe('PUBLIC QUESTION TIME ON MODERN SLAVERY');
  });

  it('reads "Panel members present:", and the kind of member in brackets as no body', () => {
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Cllr Anne Wells', 'Lincolnshire County Council', 'CHAIR'],
      ['Mr Sam Haddad', null, null],
    ]);
  });

  it('reads "Date of next public session:" as the next meeting', () => {
    expect(parsed.nextMeeting).toEqual({
      start: '2024-09-12T18:30:00+01:00',
      end: null,
      location: 'Castle, Lincoln',
    });
  });
});

describe('items numbered "1 | Title" with Outcome and Follow-up fields', () => {
  it('reads the items, the "Members –" list and the follow-ups as actions of their items', () => {
    const parsed = parseMinutes(
      [
        'Cheshire Anti-Slavery Network — Partnership Meeting',
        'Record of meeting: 21 February 2024 (Chester, HQ)',
        '',
        'Attendance',
        'Chair – Supt Ian Rowe, Cheshire Constabulary',
        'Members – Fiona Lake, Cheshire West and Chester Council; Dan Whitby, Cheshire East Council',
        '',
        '1 | Update from the police',
        'Outcome: Noted.',
        'Follow-up: Cheshire Constabulary – share the operation calendar with councils (w/c 4 March)',
        '',
        '2 | Any other business',
        'Outcome: None.',
        'Follow-up: None.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({
      title: 'Cheshire Anti-Slavery Network — Partnership Meeting',
      date: '2024-02-21',
    });
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Supt Ian Rowe', 'Cheshire Constabulary'],
      ['Fiona Lake', 'Cheshire West and Chester Council'],
      ['Dan Whitby', 'Cheshire East Council'],
    ]);
    expect(parsed.items).toEqual([
      { number: '1', title: 'Update from the police' },
      { number: '2', title: 'Any other business' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item, a.due])).toEqual([
      [['Cheshire Constabulary'], '1', '2024-03-04'],
    ]);
  });
});

describe("an email's summary of action points", () => {
  it('takes its title from the subject, whose words say it is the action points, and reads "The next officials\' meeting"', () => {
    const parsed = parseMinutes(
      [
        'From: IDMG Secretariat',
        'Sent: 02 December 2014 16:40',
        'To: IDMG Officials',
        'Subject: IDMG officials - summary of action points - 25 November 2014',
        '',
        'Colleagues,',
        '',
        'Summary of action points',
        '',
        'AP1 - Provide NRM figures for October by 12 December 2014 - NCA (Item 3)',
        '',
        "The next officials' meeting will be on Tuesday 20 January 2015, 14:00-15:30, 2 Marsham Street.",
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'IDMG officials', date: '2014-11-25' });
    expect(parsed.actions.map((a) => [a.owners, a.item, a.due])).toEqual([[['NCA'], '3', '2014-12-12']]);
    expect(parsed.nextMeeting?.start).toBe('2015-01-20T14:00:00+00:00');
  });
});

describe("an email's notes and action log", () => {
  it('takes its title and date from the subject, "X - date - notes and action log"', () => {
    const parsed = parseMinutes(
      [
        'From: Jo Marsh',
        'Sent: 12 August 2024 09:14',
        'Subject: Westshire Modern Slavery Partnership - 6 August 2024 - notes and action log',
        '',
        'Hi all,',
        '',
        "Notes from last Tuesday's partnership meeting below.",
        '',
        'Present: Jo Marsh (Westshire County Council, Chair), Tom Ellis (Westshire Police)',
        '',
        '1. Partnership plan',
        'The plan was agreed.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Westshire Modern Slavery Partnership', date: '2024-08-06' });
  });

  it('takes them from a subject that names the record first, "Notes - X - date"', () => {
    const parsed = parseMinutes(
      [
        'From: Carys Morgan',
        'Sent: 14 April 2025 16:02',
        'Subject: Notes - Regional Modern Slavery Network - 10 April 2025',
        '',
        'Hi all,',
        '',
        'Notes from Thursday below.',
        '',
        'Attended: Carys Morgan (Westfield Council, chair), Dan Price (Westfield Police), Zainab Ali (Migrant Help)',
        '',
        '1) Casework',
        'Zainab reported a rise in cases.',
        '>> ACTION Westfield Council and Migrant Help: map the care providers involved, by 30 May 2025',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Regional Modern Slavery Network', date: '2025-04-10' });
    // Bodies named in full after a label in capitals, before a colon: the owners, the task after it.
    expect(parsed.actions).toEqual([
      {
        owners: ['Westfield Council', 'Migrant Help'],
        text: 'map the care providers involved, by 30 May 2025',
        item: '1',
        due: '2025-05-30',
      },
    ]);
  });
});

describe("a memorandum's note of a meeting", () => {
  const memo = (to: string) =>
    parseMinutes(
      [
        'MEMORANDUM',
        '',
        `To:       ${to}`,
        'From:     Group Secretariat',
        'Date:     20 March 2025',
        'Subject:  Note of the Delivery Group meeting, 18 March 2025',
        '',
        'Those present',
        '  Ruth Baker, Home Office (Chair)',
        '  Ian Cole, NCA',
        '',
        '1. Delivery plan',
        'The Home Office presented the revised plan.',
      ].join('\n'),
    ).meeting;

  it('names the body in full, as its To line addresses the members, where the subject shortens it', () => {
    expect(memo('Members of the Modern Slavery Delivery Group')).toEqual({
      title: 'Modern Slavery Delivery Group',
      date: '2025-03-18',
    });
  });

  it("keeps the subject's name where the To line names a person, or another body", () => {
    expect(memo('Ruth Baker').title).toBe('Delivery Group');
    expect(memo('Members of the Modern Slavery Strategy Board').title).toBe('Delivery Group');
  });
});

describe("an email's notes pasted single-spaced or wrapped by the mail client", () => {
  const email = (subject: string[], gap: string[]) =>
    parseMinutes(
      [
        'From: Jo Marsh',
        'Sent: 12 August 2024 09:14',
        ...subject,
        ...gap,
        'Hi all,',
        ...gap,
        "Notes from last Tuesday's partnership meeting below.",
        ...gap,
        'Present: Jo Marsh (Westshire County Council, Chair), Tom Ellis (Westshire Police)',
        '1. Partnership plan',
        'The plan was agreed.',
      ].join('\n'),
    );
  const meeting = { title: 'Westshire Modern Slavery Partnership', date: '2024-08-06' };

  it('leaves out the greeting and its sentences above the attendance, with no blank line between', () => {
    const parsed = email(
      ['Subject: Westshire Modern Slavery Partnership - 6 August 2024 - notes and action log'],
      [],
    );
    expect(parsed.meeting).toEqual(meeting);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Jo Marsh', 'Tom Ellis']);
  });

  it('reads the subject wrapped onto a line in lower case above the blank line, as the last header', () => {
    expect(
      email(['Subject: Westshire Modern Slavery Partnership - 6 August 2024 - notes', 'and action log'], [''])
        .meeting,
    ).toEqual(meeting);
  });
});

describe('a slide deck outline copied as text', () => {
  it('drops "Slide 3 of 5" as the furniture it is, though no blank line stands between it and an action', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Meeting notes – 9 July 2024',
        'Slide 2 of 5',
        '1. NRM quarterly figures',
        '• Action: NCA to publish the regional breakdown by 31 July 2024',
        'Slide 3 of 5',
        '2. Victim support contract',
        '• Action: Home Office to share the evaluation report with members',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.text, a.item])).toEqual([
      ['NCA to publish the regional breakdown by 31 July 2024', '1'],
      ['Home Office to share the evaluation report with members', '2'],
    ]);
  });
});

describe('one list of tasks after the last item the notes come to', () => {
  it("gathers the meeting's tasks though the agenda lists an item the notes, headed by its titles, never reach (AOB)", () => {
    const parsed = parseMinutes(
      [
        'Strategy Board – meeting notes',
        'Wednesday, 2 October 2024',
        '',
        'Attendees',
        'Hannah Price (Home Office) · Ravi Kumar (NCA) · Tom Bell (DWP)',
        '',
        'Agenda',
        '1. Delivery update',
        '2. Victim support',
        '3. AOB',
        '',
        'Notes',
        'Delivery update',
        '• Two milestones slipped to November.',
        'Victim support',
        '• DWP described the new guidance.',
        '',
        'Follow-up tasks',
        '☐ Home Office to publish the revised delivery plan',
        '☐ DWP to share the guidance with members',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['Home Office'], null],
      [['DWP'], null],
    ]);
  });
});

describe('a Markdown heading straight under a list of actions', () => {
  it('ends the list ("## Parking lot"): no part of the last entry, and its bullets are no actions', () => {
    const parsed = parseMinutes(
      [
        '# Survivor Voices Advisory Group — 16 July 2024',
        '**Attendees:** Maya Ross (Survivor Alliance, Chair), Leon Park (Home Office)',
        '## Notes',
        '### 1. Lived experience panel',
        '- Recruitment closes 31 July.',
        '## Action items',
        '- [ ] Home Office to publish the payment rates',
        '- [ ] Salvation Army to collect comments on the form',
        '## Parking lot',
        '- Explore a joint training day with the CPS',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Home Office'], 'Home Office to publish the payment rates'],
      [['Salvation Army'], 'Salvation Army to collect comments on the form'],
    ]);
  });
});

describe("an email's summary of action points, single-spaced or wrapped by the mail client", () => {
  it('ends the last action at "The next officials\' meeting …" on the line under it', () => {
    const parsed = parseMinutes(
      [
        'Subject: IDMG officials - summary of action points - 25 November 2014',
        'Summary of action points',
        'AP1 - Circulate the revised guidance for first responders - Home Office and DWP',
        "The next officials' meeting will be on Tuesday 20 January 2015, 14:00-15:30, 2 Marsham Street.",
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Home Office', 'DWP'], 'Circulate the revised guidance for first responders - Home Office and DWP'],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2015-01-20T14:00:00+00:00');
  });

  it("keeps the subject as the title though the covering sentence's wrapped tail and the next meeting's line speak of a meeting", () => {
    const parsed = parseMinutes(
      [
        'From: IDMG Secretariat',
        'Sent: 02 December 2014 16:40',
        'Subject: IDMG officials - summary of action points - 25 November 2014',
        '',
        'Colleagues,',
        '',
        "Below is the summary of action points agreed at the IDMG officials'",
        'meeting on Tuesday 25 November 2014. Full minutes will follow.',
        '',
        'Summary of action points',
        '',
        'AP1 - Provide NRM figures for October by 12 December 2014 - NCA (Item 3)',
        '',
        "The next officials' meeting will be on Tuesday 20 January 2015, 14:00-15:30, 2 Marsham",
        'Street.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'IDMG officials', date: '2014-11-25' });
  });
});

describe("a civil service memo's note of a meeting with another department", () => {
  it('takes the date from the memo, the title from its subject, and the next steps agreed as "X will …"', () => {
    const parsed = parseMinutes(
      [
        'MEMO',
        '',
        'To:       Director, Modern Slavery Unit',
        'From:     Policy Adviser, Victims Team',
        'Date:     22 May 2024',
        'Subject:  Note of meeting with the Department for Work and Pensions on benefit access',
        '',
        'Those attending',
        'Home Office: Amy Lister (chair), Ben Cho',
        'Department for Work and Pensions: Karen Vale, Olu Ade',
        '',
        'Next steps',
        '4. The following was agreed:',
        '   - DWP will issue guidance on the NRM to work coaches by 30 June 2024.',
        '   - Both departments will review progress at a follow-up meeting in September.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({
      title: 'Meeting with the Department for Work and Pensions on benefit access',
      date: '2024-05-22',
    });
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [
        ['Department for Work and Pensions'],
        'DWP will issue guidance on the NRM to work coaches by 30 June 2024',
      ],
      [
        ['Home Office', 'Department for Work and Pensions'],
        'Both departments will review progress at a follow-up meeting in September',
      ],
    ]);
  });
});

describe("a memo's attendance with no blank line before its next heading", () => {
  it('ends the list at "Purpose" or "Background", the memo\'s parts', () => {
    for (const heading of ['Purpose', 'Background'])
      expect(
        parseMinutes(
          [
            'Note of meeting, 22 May 2024',
            'Those attending',
            'Home Office: Amy Lister (chair), Ben Cho',
            heading,
            '1. To agree the route.',
          ].join('\n'),
        ).attendees.map((a) => a.name),
      ).toEqual(['Amy Lister', 'Ben Cho']);
  });
});

describe("a word processor's meeting notes with people mentioned", () => {
  it('reads a run of @-mentions as the attendees, and the person a checklist task mentions before its capitalised verb as its owner', () => {
    const parsed = parseMinutes(
      [
        'Sep 10, 2024 | Modern Slavery Data Working Group',
        '',
        'Attendees: @Ann Bell @Raj Patel @Chloe Dunn',
        '',
        'Action items',
        '☐ @Raj Patel Add the age breakdown to the dashboard',
        '☐ @Ann Bell Book the next meeting for early October',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ann Bell', null],
      ['Raj Patel', null],
      ['Chloe Dunn', null],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Raj Patel'], '@Raj Patel Add the age breakdown to the dashboard'],
      [['Ann Bell'], '@Ann Bell Book the next meeting for early October'],
    ]);
  });
});

describe("an action written as a block of a register's fields", () => {
  it('reads "Responsible", "Deliverable" and "Deadline" under an "Action reference"', () => {
    const parsed = parseMinutes(
      [
        "Notes of today's Regional Network (19 September 2024)",
        '',
        'ITEM 1  Survivor housing',
        'The network discussed move-on housing.',
        '',
        '    Action reference:  NE-24-07',
        '    Responsible:       Durham County Council',
        '    Deliverable:       A list of housing providers willing to take referrals',
        '    Deadline:          31 October 2024',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Regional Network', date: '2024-09-19' });
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['Durham County Council'], 'A list of housing providers willing to take referrals', '1', '2024-10-31'],
    ]);
  });
});

describe('a timed agenda kept as the minutes, its outcomes holding the actions', () => {
  it('reads each row as its item, the Lead as the presenter, and the labelled actions in the outcome cell', () => {
    const parsed = parseMinutes(
      [
        '# Victim Care Forum',
        '',
        '**Meeting date:** 3 October 2024',
        '',
        '| Name | Organisation | Attended (Y/N) |',
        '|------|--------------|----------------|',
        '| Ruth Collins | Home Office | Y |',
        '| Amir Shah | Salvation Army | Y |',
        '| Dee Walsh | Migrant Help | N |',
        '',
        'Chair: Ruth Collins',
        '',
        '| Time | Item | Lead | Outcome / actions |',
        '|------|------|------|-------------------|',
        '| 10:00 | 1. Welcome | Chair | Minutes of 4 July agreed. |',
        '| 10:10 | 2. Move-on support | Salvation Army | 212 people waiting.<br>**ACTION:** Salvation Army to share the waiting list by 18 October 2024. |',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Ruth Collins', 'CHAIR'],
      ['Amir Shah', null],
    ]);
    expect(parsed.apologies).toEqual([{ name: 'Dee Walsh', organisation: 'Migrant Help' }]);
    expect(parsed.items).toEqual([
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Move-on support' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['Salvation Army'], 'Salvation Army to share the waiting list by 18 October 2024', '2', '2024-10-18'],
    ]);
  });
});

describe('numbered actions tagged with their owner and a short date', () => {
  it('reads "[GLAA, 31/5]" as the owner and the date due in the meeting\'s year, each numbered entry an action', () => {
    const parsed = parseMinutes(
      [
        'Subject: Labour Exploitation Working Group - notes and actions 15/05/2024',
        '',
        'Present: Jo Hart (GLAA, Chair), Nia Bell (CPS)',
        '',
        'Actions',
        '1. Share the seasonal worker risk profile with members [GLAA, 31/5]',
        '2. Circulate the case summaries of the two convictions [CPS]',
        '3. Brief ministers on the findings [Home Office, 14/6]',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Labour Exploitation Working Group', date: '2024-05-15' });
    expect(parsed.items).toEqual([]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['GLAA'], 'Share the seasonal worker risk profile with members', '2024-05-31'],
      [['CPS'], 'Circulate the case summaries of the two convictions', null],
      [['Home Office'], 'Brief ministers on the findings', '2024-06-14'],
    ]);
  });
});

describe('attendees on one line parted by middle dots', () => {
  it('reads each as an attendee, as semicolons would part them', () => {
    for (const dot of ['·', '•'])
      expect(
        parseMinutes(
          [
            'Strategy Board',
            '2 October 2024',
            '',
            'Attendees',
            `Hannah Price (Home Office) ${dot} Ravi Kumar (NCA) ${dot} Ellie Shaw (CPS)`,
            '',
            '1. Delivery',
            'Action: NCA to share the plan.',
          ].join('\n'),
        ).attendees.map((a) => [a.name, a.organisation]),
      ).toEqual([
        ['Hannah Price', 'Home Office'],
        ['Ravi Kumar', 'NCA'],
        ['Ellie Shaw', 'CPS'],
      ]);
  });
});

describe('people each with a body in brackets, the line wrapped inside a name', () => {
  it('reads the list on under "Present:" when a page wraps its line before a bracket', () => {
    const parsed = parseMinutes(
      [
        'Safer Leeds Executive',
        'Minutes of the meeting held on Wednesday, 26th February, 2025',
        '',
        'Present:',
        'Councillor Mary Harland (Leeds City Council) (Chair), Ch Supt Dan Wood (West Yorkshire Police), Dr Asha',
        'Patel (Leeds Teaching Hospitals NHS Trust) and Kirsty Lamb (Palm Cove Society)',
        '',
        '1. Annual report',
        'Noted.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Councillor Mary Harland', 'Leeds City Council', 'CHAIR'],
      ['Ch Supt Dan Wood', 'West Yorkshire Police', null],
      ['Dr Asha Patel', 'Leeds Teaching Hospitals NHS Trust', null],
      ['Kirsty Lamb', 'Palm Cove Society', null],
    ]);
  });
});

describe("a call recap's follow-up tasks, each a title, a colon and a sentence naming who", () => {
  it('reads the sentence as the action and its person as the owner, without "(Mentioned by …)"', () => {
    const parsed = parseMinutes(
      [
        'Regional Anti-Slavery Network - monthly call, 5 March 2024',
        'Attendees: Jo Hart (Home Office, chair), Raj Bains (West Midlands Police), Tom Nash (Hope for Justice)',
        '',
        'Follow-up tasks',
        '- Share care sector data: Raj Bains will share the referral data with the network. (Mentioned by Jo Hart)',
        '- Circulate course dates: Tom Nash will circulate the dates by 29 March 2024. (Mentioned by Tom Nash)',
        '- Data: circulate the figures (Suggested by Jo Hart)',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['West Midlands Police'], 'Raj Bains will share the referral data with the network', null],
      [['Hope for Justice'], 'Tom Nash will circulate the dates by 29 March 2024', '2024-03-29'],
      // A title before a task that names nobody stays: nothing says the words after it are the task.
      [[], 'Data: circulate the figures', null],
    ]);
  });
});

describe('minutes written as a letter to the members', () => {
  it('takes the meeting\'s date over the letter\'s, and the actions after "The actions agreed were:"', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership',
        '',
        '14 May 2024',
        '',
        'Dear Partnership members,',
        '',
        'Meeting of the Westshire Modern Slavery Partnership, 9 May 2024',
        '',
        'Those present were Cllr Ruth Onslow (Westshire County Council), who chaired the meeting, and DI Mark Payne (Westshire Police).',
        '',
        'The actions agreed were:',
        '',
        '(a) Westshire Police to share the results of the visits by 31 May 2024;',
        '(b) Westshire County Council to publish the pathway.',
      ].join('\n'),
    );
    expect(parsed.meeting.date).toBe('2024-05-09');
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Westshire Police'], 'Westshire Police to share the results of the visits by 31 May 2024'],
      [['Westshire County Council'], 'Westshire County Council to publish the pathway'],
    ]);
  });
});

describe('a log of decisions and actions coded D1, A1', () => {
  it('reads the decisions as no actions, and never as more of the action above', () => {
    const parsed = parseMinutes(
      [
        'KINGSMERE SAFEGUARDING PARTNERSHIP BOARD',
        'Minutes of the Board meeting, 16 April 2024',
        'Present: Helen Ashby (Kingsmere Council) - Chair; Dr Nadia Khan (Kingsmere ICB)',
        '',
        '1. Annual report',
        'The Board considered the draft.',
        '',
        'DECISIONS AND ACTIONS LOG',
        'D1 - The Board agreed the strategy subject to minor changes.',
        'A1 - Kingsmere ICB to provide figures on referrals by 31 May 2024. (Item 1)',
        'D2 - The Board agreed to meet quarterly.',
        'A2 - Kingsmere Council to publish the report. (Item 1)',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Kingsmere ICB'], 'Kingsmere ICB to provide figures on referrals by 31 May 2024', '1'],
      [['Kingsmere Council'], 'Kingsmere Council to publish the report', '1'],
    ]);
  });
});
