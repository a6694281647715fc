import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const pad = (left: string, right = '') => (right === '' ? left : `${left.padEnd(76)}${right}`);

describe('a right-hand actions box whose label line names the owners first', () => {
  const doc = (rows: [string, string?][]) =>
    [
      'Strategy Board',
      'Minutes of the meeting held on 11 December 2013',
      '',
      'Present',
      'Home Office          Official (Chair)',
      'DFID                 Official',
      'FCO                  Official',
      '',
      '2.   NRM review',
      '',
      ...rows.map(([l, r]) => pad(l, r)),
      '',
    ].join('\n');

  it('goes on with the action when the next line of the box does ("to circulate …")', () => {
    const parsed = parseMinutes(
      doc([
        ['2.1  The Home Office summarised the review. Members', 'ACTION: Home Office'],
        ['     welcomed the proposal for one authority.', 'to circulate the report'],
        ['', 'to members by 31 January'],
        ['', '2014.'],
      ]),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office'],
        text: 'Home Office to circulate the report to members by 31 January 2014',
        item: '2',
        due: '2014-01-31',
      },
    ]);
  });

  it('goes on after owners left unfinished ("DFID and" over "FCO to report …")', () => {
    const parsed = parseMinutes(
      doc([
        ['2.1  DFID outlined its programme in West Africa.', 'ACTION: DFID and'],
        ['     Members asked for an account of the results.', 'FCO to report on the'],
        ['', 'results at the next meeting.'],
      ]),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['DFID', 'FCO'], 'DFID and FCO to report on the results at the next meeting'],
    ]);
  });

  it('still names the owners of the discussion beside it when the box says no more', () => {
    const parsed = parseMinutes(
      doc([
        ['2.1  Members agreed that DFID would share the evaluation', 'ACTION: DFID'],
        ['     with the Board before the summer.', ''],
      ]),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([['DFID']]);
    expect(parsed.actions[0]?.text).toMatch(/^Members agreed that DFID would share the evaluation/);
  });

  it('reads a body alone under the label as the start of the action when the box goes on in lower case', () => {
    const parsed = parseMinutes(
      doc([
        ['2.1  The FCO described its work with Romania', 'ACTION:'],
        ['     and the joint investigation teams.', 'Foreign and Commonwealth Office'],
        ['', "to report on the teams' results."],
      ]),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['FCO'], "Foreign and Commonwealth Office to report on the teams' results"],
    ]);
  });
});

describe('a label ending a hard-wrapped line, the owners alone on the next', () => {
  it('reads "Secretariat" over "to publish …" as the sentence\'s subject, not a body heading a group', () => {
    const { actions } = parseMinutes(
      [
        'Strategy Board – 12 December 2017',
        '',
        '1. Minutes',
        '',
        'The minutes of the meeting of 11 July 2017 were agreed. ACTION:',
        'Secretariat',
        'to publish the agreed minutes on GOV.UK.',
        '',
        '2. Data',
        '',
        'ACTION:',
        'Home Office',
        'to publish the figures by 31 January 2018.',
        '',
      ].join('\n'),
    );
    expect(actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Secretariat'], 'Secretariat to publish the agreed minutes on GOV.UK', '1'],
      [['Home Office'], 'Home Office to publish the figures by 31 January 2018', '2'],
    ]);
  });
});

describe('attendance written one person after another with commas, no body named', () => {
  it('reads each councillor with their role, and a second heading ("Officers and partners present:") goes on with the list', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Sub-Group',
        'Minutes of the meeting held on 3 July 2014',
        '',
        'Members present:',
        'Councillor Sandra Quinn (Chairman), Councillor Peter Oduya (Vice-Chairman), Councillor Mary Lowe',
        '',
        'Officers and partners present:',
        'Denise Harper – Community Safety Manager, Kingsmere District Council (Clerk)',
        'DI Mark Ellis – Westshire Police',
        '',
        '1. Police update',
        'Action: Westshire Police to provide a note on reporting concerns.',
      ].join('\n'),
    );
    expect(parsed.attendees).toEqual([
      { organisation: null, name: 'Councillor Sandra Quinn', role: 'CHAIR', deputisingFor: null },
      { organisation: null, name: 'Councillor Peter Oduya', role: 'VICE-CHAIR', deputisingFor: null },
      { organisation: null, name: 'Councillor Mary Lowe', role: null, deputisingFor: null },
      {
        organisation: 'Kingsmere District Council',
        name: 'Denise Harper',
        role: 'CLERK',
        deputisingFor: null,
      },
      { organisation: 'Westshire Police', name: 'DI Mark Ellis', role: null, deputisingFor: null },
    ]);
  });

  it('keeps "Name, Body" pairs whose body no word marks as one ("Anne Lowe, Salvation Army")', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Partnership',
        'Minutes of the meeting held on 3 July 2014',
        '',
        'Present: Janet Cole, Westshire Police (Chair); Anne Lowe, Salvation Army; Tom Price, Hope Trust.',
        '',
        '1. Update',
        'Action: Westshire Police to provide a note.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Janet Cole', 'Westshire Police'],
      ['Anne Lowe', 'Salvation Army'],
      ['Tom Price', 'Hope Trust'],
    ]);
  });
});

describe('a box beside the items after a tab, each action under its own "Action:" label', () => {
  it('reads the label beside the title, the box going on beside the discussion and below it after a bare tab', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '15 October 2013',
        'Minutes',
        '',
        'Attendees:',
        'Home Office\tOfficial',
        'NCA\tOfficial',
        '',
        '2. The National Crime Agency\tAction: NCA to set out how UKHTC will',
        'NCA officials described the new agency.\twork with the devolved administrations.',
        '2.1 Members asked about the NRM.\tAction: Home Office to confirm',
        "\tthe NRM's governance by 15 November 2013.",
        '',
        '3. Victim care',
        'The Home Office set out the timetable.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['NCA'], 'NCA to set out how UKHTC will work with the devolved administrations', '2'],
      [['Home Office'], "Home Office to confirm the NRM's governance by 15 November 2013", '2'],
    ]);
  });
});

describe('a box headed "Action by:" beside the discussion, naming only who acts', () => {
  it("makes the discussion's last sentence the owners' action, and none where the box says '-'", () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '16 April 2013',
        '',
        'Attendees:',
        'Home Office\tOfficial',
        'SOCA\tOfficial',
        '',
        '<p>1. Labour exploitation</p> <p>DWP described the cases. SOCA will brief the Group at the next meeting.</p>\t<p>Action by:</p> <p>SOCA</p>',
        '<p>2. Legislation</p> <p>MOJ reported that transposition was complete.</p>\t<p>Action by:</p> <p>-</p>',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['SOCA'], 'SOCA will brief the Group at the next meeting', '1'],
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual(['Labour exploitation', 'Legislation']);
  });
});

describe('a heading beside the first item that may head owners or a box of actions', () => {
  const doc = (right: [string, string][]) =>
    [
      'Strategy Board',
      'Minutes of the meeting of 2 April 2014',
      '',
      'Present: Official (Home Office); Official (NCA); Official (CPS)',
      '',
      pad('1. Minutes of the last meeting', right[0]?.[1] ?? ''),
      '',
      ...right.slice(1).map(([l, r]) => pad(l, r)),
      '',
    ].join('\n');

  it('reads owners alone beneath "Action" as the owners of the sentence beside them', () => {
    const parsed = parseMinutes(
      doc([
        ['', 'Action'],
        ['The minutes were agreed. NCA to provide an assessment of', ''],
        ['the new orders by 30 June 2014.', 'NCA'],
        ['Members agreed that the CPS and the Home Office would draft', ''],
        ['a note on the defence.', 'CPS, Home Office'],
      ]),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], 'NCA to provide an assessment of the new orders by 30 June 2014', '2014-06-30'],
      [
        ['CPS', 'Home Office'],
        'Members agreed that the CPS and the Home Office would draft a note on the defence',
        null,
      ],
    ]);
  });

  it('keeps "ACTIONS" a box when the first entry beneath it is an action', () => {
    const parsed = parseMinutes(
      doc([
        ['', 'ACTIONS'],
        ['The minutes were agreed.', 'NCA to circulate the'],
        ['', 'assessment to members.'],
      ]),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['NCA'], 'NCA to circulate the assessment to members'],
    ]);
  });

  it('reads the first entry on to the line beneath when it breaks off on "and": an action, or owners', () => {
    const box = parseMinutes(
      doc([
        ['', 'ACTIONS'],
        ['The Chair asked for views on the terms.', 'CPS and'],
        ['', 'Home Office to send comments'],
        ['Members welcomed the review.', 'on the terms by 28 February 2014.'],
      ]),
    );
    expect(box.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['CPS', 'Home Office'],
        'CPS and Home Office to send comments on the terms by 28 February 2014',
        '2014-02-28',
      ],
    ]);
    const owners = parseMinutes(
      doc([
        ['', 'Action'],
        ['Members agreed that the CPS would draft a note on', 'CPS and'],
        ['the defence.', 'Home Office'],
      ]),
    );
    expect(owners.actions.map((a) => [a.owners, a.text])).toEqual([
      [['CPS', 'Home Office'], 'Members agreed that the CPS would draft a note on the defence'],
    ]);
  });

  it('reads an "Owner:" line written above the task in the box as the task\'s owner', () => {
    const parsed = parseMinutes(
      doc([
        ['', 'ACTIONS'],
        ['The minutes were agreed.', 'Owner: NCA'],
        ['', 'Circulate the assessment'],
        ['', 'to members by 30 June 2014.'],
      ]),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], 'Circulate the assessment to members by 30 June 2014', '2014-06-30'],
    ]);
  });

  it('reads a heading naming two columns ("ACTION / LEAD", "Action & Owner") as the box, a "Lead:" line under each action', () => {
    for (const heading of ['ACTION / LEAD', 'Action/Lead', 'Actions & owners', 'ACTION - OWNER']) {
      const parsed = parseMinutes(
        doc([
          ['', heading],
          ['The minutes were agreed. Members discussed the', 'Circulate the assessment'],
          ['new orders and the defence.', 'to members.'],
          ['', 'Lead: NCA'],
          ['', ''],
          ['2.1 The CPS described the guidance.', 'Publish the guidance by'],
          ['', '30 June 2014.'],
          ['', 'Lead: CPS and Home Office'],
        ]),
      );
      expect(
        parsed.actions.map((a) => [a.owners, a.text, a.due]),
        heading,
      ).toEqual([
        [['NCA'], 'Circulate the assessment to members', null],
        [['CPS', 'Home Office'], 'Publish the guidance by 30 June 2014', '2014-06-30'],
      ]);
    }
  });
});

describe('an attendance sentence after another sentence in an item', () => {
  it('reads "Apologies were received from …" after "The Chair welcomed members."', () => {
    const parsed = parseMinutes(
      [
        'Anti-Slavery Partnership',
        'Minutes of the meeting of 16 September 2014',
        '',
        'Present: Hugh Dent (Westshire County Council); Amina Yusuf (Salvation Army)',
        '',
        '1. Welcome and apologies',
        '1.1 The Chair welcomed members. Apologies were received from Fiona Blake (Westshire County Council) and DI Mark Ellis (Westshire Police).',
        '',
        '2. Plan',
        'Action: Salvation Army to circulate the list of providers.',
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([
      { organisation: 'Westshire County Council', name: 'Fiona Blake' },
      { organisation: 'Westshire Police', name: 'DI Mark Ellis' },
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Salvation Army']]);
  });
});

describe("a numbered list of actions whose next number is the next item's", () => {
  it('reads "2. **MOJ** – check …" and "3. NCA: share …" as actions, and "Home Office – review of the NRM" as a title', () => {
    const parsed = parseMinutes(
      [
        '# Strategy Board',
        '',
        '**Date:** 4 March 2014',
        '',
        'Present: Tom Bell (MOJ); Anne Hall (Home Office); Official (NCA)',
        '',
        '## 1. Guidance',
        '',
        '### Actions',
        '',
        '1. **Home Office** to write to councils.',
        '2. **MOJ** – check the data by 31 March 2014',
        '3. NCA: share the figures',
        '',
        '## 2. Home Office - review of the NRM',
        '',
        '## 3. NCA – update',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Guidance'],
      ['2', 'Home Office - review of the NRM'],
      ['3', 'NCA – update'],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['Home Office'], '1'],
      [['MOJ'], '1'],
      [['NCA'], '1'],
    ]);
  });
});

describe('apologies written after the people who sent them', () => {
  it('reads "A (MOJ) and B (DfE) sent their apologies." alone or after another sentence, and "J. Bell" as one name', () => {
    const doc = (sentence: string) =>
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 March 2015',
        '',
        'Present: Anne Hall (Home Office, Chair)',
        '',
        '1. Welcome',
        sentence,
      ].join('\n');
    expect(parseMinutes(doc('Tom Bell (MOJ) and Jo Lee (DfE) sent their apologies.')).apologies).toEqual([
      { organisation: 'MOJ', name: 'Tom Bell' },
      { organisation: 'DfE', name: 'Jo Lee' },
    ]);
    expect(
      parseMinutes(doc('The Chair welcomed members. J. Bell (MOJ) and Jo Lee (DfE) had sent apologies.'))
        .apologies,
    ).toEqual([
      { organisation: 'MOJ', name: 'J. Bell' },
      { organisation: 'DfE', name: 'Jo Lee' },
    ]);
  });
});

describe('an inline attendance list hard-wrapped inside a bracket', () => {
  it('joins "Official (Kent Fire and Rescue" with "Service); …" under "Apologies:", on its own line or after a sentence', () => {
    const doc = (apologies: string) =>
      [
        'Kent Anti-Slavery Partnership',
        'Minutes of the meeting on 15 November 2018',
        '',
        'Present: Official (Kent Police) (Chair); Official (Medway Council)',
        apologies,
        'Service); Official (Port of Dover Police).',
        '',
        '1. Port of Dover',
        'Action: Border Force to run an awareness day at the port.',
      ].join('\n');
    for (const apologies of [
      'Apologies: Official (Kent Fire and Rescue',
      'The Chair welcomed members. Apologies: Official (Kent Fire and Rescue',
    ]) {
      expect(parseMinutes(doc(apologies)).apologies, apologies).toEqual([
        { organisation: 'Kent Fire and Rescue Service', name: 'Official' },
        { organisation: 'Port of Dover Police', name: 'Official' },
      ]);
    }
  });
});

describe('a next meeting labelled with the body’s own name, and attendance headed by who attended', () => {
  const doc = (label: string) =>
    [
      'Inter-Departmental Ministerial Group on Modern Slavery',
      'Note of the meeting held on Tuesday 3 November 2015',
      '',
      'Ministers and officials attending:',
      'Lord Ashby (MOJ)',
      'Official (DH)',
      '',
      'Item 1 - Health',
      'Action (DH): circulate the figures.',
      '',
      `${label} Wednesday 16 March 2016, 14:00 (Ministerial Conference Room)`,
    ].join('\n');

  it('reads "Next IDMG:" as the next meeting and "Ministers and officials attending:" as the list', () => {
    const parsed = parseMinutes(doc('Next IDMG:'));
    expect(parsed.nextMeeting).toEqual({
      start: '2016-03-16T14:00:00+00:00',
      end: null,
      location: 'Ministerial Conference Room',
    });
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Lord Ashby', 'Official']);
  });

  it('does not read "Next steps:" with a date as the next meeting', () => {
    expect(parseMinutes(doc('Next steps: DH to report by')).nextMeeting).toBeNull();
  });
});

describe('a box’s owners cut by a page break, and a Word list’s letters before a tab', () => {
  it('joins "DfE and Home" with "Office to agree …" alone on the line after the break', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '',
        '12 February 2013',
        '',
        'Attendees:',
        'DfE\tOfficial',
        'Home Office\tOfficial',
        '',
        '<p>2. Child trafficking</p> <p>DfE set out progress on the advice line.</p>\t<p>Actions:</p> <p>DfE and Home</p>',
        '',
        'Human Trafficking IDMG – 12 February 2013\t\t\t2',
        '',
        '<p>Office to agree how calls are recorded by 15 March 2013.</p>',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['DfE', 'Home Office'],
        'DfE and Home Office to agree how calls are recorded by 15 March 2013',
        '2013-03-15',
      ],
    ]);
  });

  it('joins a box naming a body cut short ("Local Government") with the rest of its name after the page\'s number', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Strategy Board',
        '',
        '5 March 2014',
        '',
        'Present:',
        'Home Office\tOfficial',
        'Local Government Association\tOfficial',
        '',
        '<p>4. Local authorities</p> <p>The LGA described a survey of council leads. Responses had been received from 120 councils.</p>\t<p>Actions:</p> <p>Local Government</p>',
        '\f',
        '<p>2</p>',
        '<p>Association and Home Office to publish the survey results.</p>',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [
        ['Local Government Association', 'Home Office'],
        'Local Government Association and Home Office to publish the survey results',
        '4',
      ],
    ]);
  });

  const cutAfterTo = (discussion: string, next: string) =>
    parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Modern Slavery',
        '',
        '2 December 2014',
        '',
        'Attendees:',
        'FCO\tOfficial',
        'DFID\tOfficial',
        '',
        `<p>3. Overseas work</p> <p>${discussion}</p>\t<p>Actions:</p> <p>FCO and DFID to</p>`,
        '',
        '\f',
        '2',
        '',
        `<p>${next}</p>`,
      ].join('\n'),
    );

  it('a box broken off after "to", the discussion beside it ended: a line in lower case goes on with the box', () => {
    const parsed = cutAfterTo(
      'Members asked for a single list of priority countries.',
      'agree a single list of priority countries by 30 January 2015.',
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['FCO', 'DFID'],
        'FCO and DFID to agree a single list of priority countries by 30 January 2015',
        '2015-01-30',
      ],
    ]);
  });

  it('with the discussion broken off too, the line goes on with the discussion', () => {
    const parsed = cutAfterTo('Members asked for a single', 'list of priority countries.');
    expect(parsed.actions.map((a) => a.text)).toEqual(['FCO and DFID to']);
  });

  it('reads "⇥b)⇥Action: …" as a labelled entry, not a box, so the next item’s lines are no action', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership',
        'Minutes of the meeting held on Tuesday 10 September 2013 at 6.30 pm',
        '',
        'Present: Amina Yusuf (Salvation Army); Lucy Barnes (Westshire County Council)',
        '',
        '3.\tHousing',
        '\ta)\tMembers heard about two houses.',
        '\tb)\tAction: Westshire Police to plan joint visits.',
        '',
        '4.\tDate of next meeting',
        '\ta)\tTuesday 10 December 2013 at 6.30 pm, County Hall.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Westshire Police'], 'Westshire Police to plan joint visits'],
    ]);
    expect(parsed.nextMeeting).toEqual({
      start: '2013-12-10T18:30:00+00:00',
      end: null,
      location: 'County Hall',
    });
  });
});

describe('a summary of actions under the title, before the attendance and the items', () => {
  it('reads the summary as the meeting’s actions, each with its item, and the attendance after it', () => {
    const parsed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'Minutes of the meeting of 17 September 2014',
        '',
        'SUMMARY OF ACTIONS',
        '1. NCA to share the threat update by 3 October 2014 (Item 2)',
        '2. Secretariat to circulate the forward look with these minutes',
        '',
        'PRESENT',
        'Graham Kerr, NCA',
        'Nadia Farouk, Home Office (Secretariat)',
        '',
        '1. MINUTES OF THE LAST MEETING',
        'Agreed.',
        '',
        '2. THREAT UPDATE',
        'The NCA presented the update.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['NCA'], 'NCA to share the threat update by 3 October 2014'],
      [null, ['Secretariat'], 'Secretariat to circulate the forward look with these minutes'],
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Graham Kerr', 'Nadia Farouk']);
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('a decisions-and-actions table', () => {
  it('keeps the rows that give a task and leaves the decisions, which have no owner', () => {
    const parsed = parseMinutes(
      [
        '# Strategy Board',
        '',
        '**Date:** 3 December 2014',
        '',
        '**Present:** Graham Kerr (NCA); Joanna Pike (CPS)',
        '',
        '## 1. NRM reform',
        '',
        'The Home Office presented the options.',
        '',
        '| Item | Decision / action | Owner | By |',
        '|------|-------------------|-------|----|',
        '| 1 | Decision: the Board endorsed option B. | | |',
        '| 1 | Action: Prepare the consultation on option B. | NCA | 30/01/2015 |',
        '| 1 | Agreed – the pilot ends in March. | | |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], 'Prepare the consultation on option B', '2015-01-30'],
    ]);
  });
});

describe('an attendance table printed two people to a row', () => {
  it('reads each body and its person, left then right, and leaves a person and body pair alone', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 8 July 2014',
        '',
        'Present',
        'Home Office        Karen Bradshaw MP (Chair)        MOJ                Lord Ashby',
        'NCA                Official                         Welsh Government   Official',
        '',
        'Apologies',
        'DfE                Edward Thwaite MP',
        '',
        '1. Update',
        'Action: NCA to report.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Karen Bradshaw MP', 'CHAIR'],
      ['MOJ', 'Lord Ashby', null],
      ['NCA', 'Official', null],
      ['Welsh Government', 'Official', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'DfE', name: 'Edward Thwaite MP' }]);
  });

  it('splits a body as long as its column from its person one space after it', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 22 January 2020',
        '',
        'Present',
        'Home Office         Rachel Osei (Chair)     NCA                 Kieran Doyle',
        '',
        'Apologies',
        'Scottish Government Fiona Grant             LGA                 Cllr Simon Hale',
        '',
        '1. Update',
        'Action: NCA to report.',
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([
      { organisation: 'Scottish Government', name: 'Fiona Grant' },
      { organisation: 'LGA', name: 'Cllr Simon Hale' },
    ]);
  });
});

describe('an owner called by their first name', () => {
  const doc = (people: string[]) =>
    [
      'Strategy Board',
      'Minutes of the meeting held on 3 July 2014',
      '',
      'Present:',
      ...people,
      '',
      '1. Update',
      'Action: Graham to share the figures.',
    ].join('\n');

  it('is their body when only one attendee has that name', () => {
    expect(parseMinutes(doc(['Graham Kerr, NCA', 'Neil Haines, HMRC'])).actions[0]?.owners).toEqual(['NCA']);
  });

  it('stays as written when two attendees of different bodies share it', () => {
    expect(parseMinutes(doc(['Graham Kerr, NCA', 'Graham Lowe, HMRC'])).actions[0]?.owners).toEqual([
      'Graham',
    ]);
  });
});

describe('a template’s header fields and an attendance table with a section row', () => {
  it('reads the next meeting from a "Date of next meeting:" field, not this meeting’s date from it', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        '',
        'Date of next meeting:   9 December 2015, 10:00-11:30, Room 2.6',
        'Date of this meeting:   10 September 2015',
        '',
        'Attendees:',
        'Graham Kerr (NCA)',
        '',
        'Apologies:',
        'Liz Carter (DWP)',
        '',
        '1. Modern Slavery Act – one year on',
        'ACTION: NCA to circulate the paper.',
      ].join('\n'),
    );
    expect(parsed.meeting.date).toBe('2015-09-10');
    expect(parsed.nextMeeting).toEqual({
      start: '2015-12-09T10:00:00+00:00',
      end: '2015-12-09T11:30:00+00:00',
      location: 'Room 2.6',
    });
    // A numbered title with a dash is the first item, not one more apology.
    expect(parsed.apologies).toEqual([{ organisation: 'DWP', name: 'Liz Carter' }]);
    expect(parsed.items).toEqual([{ number: '1', title: 'Modern Slavery Act – one year on' }]);
  });

  it('reads the rows under an "Apologies" row of the attendance table as apologies', () => {
    const parsed = parseMinutes(
      [
        'Anti-Slavery Partnership',
        'Record of meeting – 16 June 2015',
        '',
        '| Name | Organisation | Role |',
        '|------|--------------|------|',
        '| Hugh Dent | Westshire County Council | Chair |',
        '| **Apologies** | | |',
        '| DI Mark Ellis | Westshire Police | |',
        '',
        '1. Update',
        'Action: Westshire Police to share the findings.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Hugh Dent']);
    expect(parsed.apologies).toEqual([{ organisation: 'Westshire Police', name: 'DI Mark Ellis' }]);
  });
});

describe('the end of a list of actions arising and of a list of apologies', () => {
  it('keeps "3. Provide …" after entries 1 and 2 under "Actions arising" as the third action, not item 3', () => {
    const parsed = parseMinutes(
      [
        'IDMG on Modern Slavery – 10 November 2015 – Minutes',
        '',
        'Attendance: Official (Home Office); Official (DH); Official (DfE)',
        '',
        '1. Supply chains',
        'Members discussed the statements.',
        '',
        '2. Children',
        'DfE described the trial.',
        '',
        'Actions arising',
        '1. Write to the companies (Home Office)',
        '2. Share the evaluation plan (DfE)',
        '3. Provide figures on NHS referrals (DH)',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([
      [null, ['Home Office']],
      [null, ['DfE']],
      [null, ['DH']],
    ]);
  });

  it('reads "Apologies were also received from …" ending the list of apologies', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on Tuesday 14th July 2015',
        '',
        'Present:',
        'Lord Ashby, Ministry of Justice',
        '',
        'Apologies:',
        'Edward Thwaite MP, Department for Education',
        'Apologies were also received from Rachel Ames MP (Foreign and Commonwealth Office).',
        '',
        '1. Welcome',
        'ACTION: Ministry of Justice to report.',
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([
      { organisation: 'Department for Education', name: 'Edward Thwaite MP' },
      { organisation: 'Foreign and Commonwealth Office', name: 'Rachel Ames MP' },
    ]);
  });
});

describe('an actions box longer than its item’s discussion', () => {
  it('runs on beside the next item’s heading: its line in lower case goes with the action above', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 21 October 2014',
        '',
        pad('2. Modern Slavery Bill', 'Actions:'),
        pad('', 'BIS to set out the options for'),
        pad('The Bill had its Commons stages.', 'the supply chains provision and'),
        pad('', 'share them with'),
        pad('3. Victim care', 'members by 12 December 2014.'),
        pad(''),
        pad('The contract was extended.', 'Actions:'),
        pad('', 'MOJ to report on the pilots.'),
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.number)).toEqual(['2', '3']);
    expect(parsed.actions).toEqual([
      {
        owners: ['BIS'],
        text: 'BIS to set out the options for the supply chains provision and share them with members by 12 December 2014',
        item: '2',
        due: '2014-12-12',
      },
      { owners: ['MOJ'], text: 'MOJ to report on the pilots', item: '3', due: null },
    ]);
  });
});

describe('a summary of action points pointing to items', () => {
  it('"(see item 2)" and "(Agenda item 3)" give the item and leave the text', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Note of the meeting held on 13 January 2015',
        '',
        '2. Bill',
        'Discussed.',
        '',
        '3. Prosecutions',
        'Discussed.',
        '',
        'Action points',
        '• BIS to consult business groups on the guidance (see item 2)',
        '• CPS to analyse the prosecutions (Agenda item 3)',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.text])).toEqual([
      ['2', 'BIS to consult business groups on the guidance'],
      ['3', 'CPS to analyse the prosecutions'],
    ]);
  });

  it('ends at a heading of one word after its last entry, with no blank line between', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Note of the meeting held on 13 January 2015',
        'Attendees: Tom Okafor (Home Office), Will Kerr (NCA)',
        'Next steps',
        'Will Kerr to share the breakdown by 30 January 2015.',
        'Tom Okafor to circulate the forward look.',
        'Summary',
        'NRM figures for Q1',
        'Will presented the figures.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Will Kerr to share the breakdown by 30 January 2015',
      'Tom Okafor to circulate the forward look',
    ]);
  });

  it('goes on past a blank line between bullets, and ends at a line that is no bullet', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Note of the meeting held on 13 January 2015',
        '',
        '2. Bill',
        'Discussed.',
        '',
        'Summary of action points',
        '',
        '• BIS to consult business groups on the guidance (Item 2)',
        '',
        '• CPS and NCA to analyse the prosecutions',
        '',
        'The Chair thanked members and the NCA agreed to host the next meeting.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['BIS'], 'BIS to consult business groups on the guidance'],
      [null, ['CPS', 'NCA'], 'CPS and NCA to analyse the prosecutions'],
    ]);
  });
});

describe('discussion running up to an open box’s column', () => {
  // The box at column 60.
  const line = (left: string, right: string) => `${left.padEnd(60)}${right}`;
  it('two spaces short of it part the box’s line from the discussion; one does only for a word going on with the box', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 10 April 2014',
        '',
        line('2. The Joint Committee report', 'Actions:'),
        line('', 'Home Office to circulate a draft'),
        `${'The Home Office summarised the report, published on 8 April,'.padEnd(58)}  response to the Committee`,
        line('which recommends a broader role.', 'by 2 May 2014.'),
        '',
        line('3. Children', 'Actions:'),
        line('', 'DfE to circulate the interim'),
        `${'DfE reported on the trial of advocates for children in the'.padEnd(59)} evaluation of the`,
        line('23 local authorities.', 'trial.'),
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Home Office to circulate a draft response to the Committee by 2 May 2014',
      'DfE to circulate the interim evaluation of the trial',
    ]);
  });
});

describe('an action label numbered with its item in brackets', () => {
  it('"Action 1 (Item 2): BIS to publish …" gives the item, not an owner called "Item 2"', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board – note of meeting, 8 December 2015',
        '',
        '2. Supply chains',
        'Discussed.',
        '',
        'Summary of action points',
        'Action 1 (Item 2): BIS to publish a list of the statements by 29 January 2016.',
        'Action 2: Home Office to circulate the forward look.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['BIS'], 'BIS to publish a list of the statements by 29 January 2016'],
      [null, ['Home Office'], 'Home Office to circulate the forward look'],
    ]);
  });
});

describe('a notes app’s "Tasks" after the items', () => {
  it('gathers the meeting’s tasks, as "Action items" once after the items does: they belong to no item', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership',
        'Meeting notes – 12/10/2022',
        '',
        'Attendees',
        'Martin Crowe (GLAA)',
        'Kate Moss (Westshire County Council)',
        '',
        '1. Car wash operation',
        'GLAA reported.',
        '',
        '2. Winter accommodation',
        'The Council set out its plan.',
        '',
        'Tasks',
        '☐ Share the findings with partners',
        '    Assigned to: GLAA',
        '☐ Confirm the number of winter beds',
        '    Assigned to: Westshire County Council',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([
      [null, ['GLAA']],
      [null, ['Westshire County Council']],
    ]);
  });
});

describe('a closing list of numbered tasks with field lines and an item reference under each', () => {
  it('reads "Assigned to:", "Completion date:" and "(Item 1)" lines as the task\'s fields', () => {
    const parsed = parseMinutes(
      [
        "Anti-Slavery Commissioner's Business Forum",
        'Minutes – 4 December 2019',
        '',
        'Present:',
        'Official – Home Office',
        'Official – Ethical Trading Initiative',
        '',
        '1. Transparency statements',
        'The Home Office described plans for a registry.',
        '',
        '2. Audits',
        'The Ethical Trading Initiative described the limits of social audits.',
        '',
        'Actions',
        '',
        '1. Consult members on the design of the statements registry',
        '   Assigned to: Home Office',
        '   Completion date: 31 January 2020',
        '   (Item 1)',
        '',
        "2. Circulate the Initiative's paper on audits",
        '   Assigned to: Ethical Trading Initiative',
        '   (Item 2)',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text, a.due])).toEqual([
      ['1', ['Home Office'], 'Consult members on the design of the statements registry', '2020-01-31'],
      ['2', ['Ethical Trading Initiative'], "Circulate the Initiative's paper on audits", null],
    ]);
  });
});

describe('a table of actions going on over a page break, its header repeated', () => {
  it('joins the cell the break cut and reads the header again as no action', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Modern Slavery',
        'Minutes, 10 March 2020',
        '',
        'Attendees: Official (MOJ); Official (DWP)',
        '',
        '1. Review',
        '',
        '| Action | Owner | Due |',
        '|---|---|---|',
        '| Consult on the new offence of | MOJ | TBC |',
        '\f',
        '| Action | Owner | Due |',
        '|---|---|---|',
        '| failing to prevent exploitation | | |',
        '| Review the guidance for work coaches | DWP | 30/04/2020 |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['MOJ'], 'Consult on the new offence of failing to prevent exploitation', null],
      [['DWP'], 'Review the guidance for work coaches', '2020-04-30'],
    ]);
  });
});
