import { describe, expect, it } from 'vitest';
import { fieldBlock, opensStanza } from '../../src/minutes/fields.js';
import { parseMinutes } from '../../src/minutes/index.js';

const minutes = (action: string) =>
  `MINUTES of the meeting held on 17 April 2012\nAttendees: Home Office, MOJ\nACTION: ${action}\n`;

describe('owner and due fields in brackets', () => {
  it('takes a due date that shares the owner’s brackets as the due date, not as an owner', () => {
    expect(parseMinutes(minutes('Review the guidance (Owner: MOJ; due 1 March 2013)')).actions).toEqual([
      { owners: ['MOJ'], text: 'Review the guidance', item: null, due: '2013-03-01' },
    ]);
    expect(
      parseMinutes(minutes('Review the guidance (Owners: MOJ, Home Office; Deadline: 1 March 2013)')).actions,
    ).toEqual([
      { owners: ['MOJ', 'Home Office'], text: 'Review the guidance', item: null, due: '2013-03-01' },
    ]);
  });

  it('reads the same fields in square brackets', () => {
    expect(parseMinutes(minutes('Review the guidance [owner: MOJ, due: 1 March 2013]')).actions).toEqual([
      { owners: ['MOJ'], text: 'Review the guidance', item: null, due: '2013-03-01' },
    ]);
    expect(parseMinutes(minutes('MOJ to review the guidance [Due: 1 March 2013]')).actions).toEqual([
      { owners: ['MOJ'], text: 'MOJ to review the guidance', item: null, due: '2013-03-01' },
    ]);
  });

  it('keeps several owners in brackets with no date as owners', () => {
    expect(parseMinutes(minutes('Review the guidance (Owners: MOJ, Home Office)')).actions).toEqual([
      { owners: ['MOJ', 'Home Office'], text: 'Review the guidance', item: null, due: null },
    ]);
  });
});

describe('what was agreed, its lead and its date in a bracket after it', () => {
  it('reads "Agreed:" as no word of the task', () => {
    const parsed = parseMinutes(
      [
        '1. Immigration detention',
        'ECPAT UK raised the number of children held.',
        'Agreed: Review the age assessment guidance for port staff (lead: Home Office; by end of September).',
        'Decision: Share the case evidence with officials (lead: Anti-Slavery International; by 31 July 2024).',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office'],
        text: 'Review the age assessment guidance for port staff',
        item: '1',
        due: null,
      },
      {
        owners: ['Anti-Slavery International'],
        text: 'Share the case evidence with officials',
        item: '1',
        due: '2024-07-31',
      },
    ]);
  });
});

describe('a box giving the task, then "Owner:" and "By:" lines', () => {
  it('reads the date after "By:" as when it is due, not as an owner', () => {
    const parsed = parseMinutes(
      [
        '2. NRM statistics',
        'NCA presented the figures.',
        'Actions:',
        'Publish the NRM annual figures.',
        'Owner: NCA',
        'By: 31 March 2014',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['NCA'], text: 'Publish the NRM annual figures', item: '2', due: '2014-03-31' },
    ]);
  });
});

describe("a report's action record, its fields on a line and the task wrapped under its value", () => {
  it('joins the lines indented to where the value starts, and ends the task at the next record', () => {
    const parsed = parseMinutes(
      [
        '2. Labour exploitation',
        'The GLAA reported.',
        '',
        'Action no: 2/1     Owner: GLAA                   Target: 30-APR-2025',
        'Description: Circulate the list of licensed gangmasters operating in',
        '             the county.',
        '',
        'Action no: 2/2     Owner: Westshire Council      Target: 31-MAY-2025',
        'Description: Add farm accommodation to the housing inspection programme.',
        'The Board thanked the GLAA.',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['GLAA'],
        text: 'Circulate the list of licensed gangmasters operating in the county',
        item: '2',
        due: '2025-04-30',
      },
      {
        owners: ['Westshire Council'],
        text: 'Add farm accommodation to the housing inspection programme',
        item: '2',
        due: '2025-05-31',
      },
    ]);
  });
});

describe("a table's row whose task took in the owner's cell beside it", () => {
  it('reads a body of the attendance list ending the task as the owner, when the owner cell is empty', () => {
    const table = (row: string) =>
      parseMinutes(
        [
          'Partnership minutes, 5 November 2024',
          'Present: Kay Okafor (Westshire Police); Rob Davies (Westshire Council)',
          '',
          '3. Victim support',
          '',
          // Tabs an editor expanded to 8-column stops: one space is all that parts the two cells.
          'Action  Owner   Due',
          row,
        ].join('\n'),
      ).actions;
    expect(table('Review first responder training records Westshire Police        TBC')).toEqual([
      { owners: ['Westshire Police'], text: 'Review first responder training records', item: '3', due: null },
    ]);
    // A body the minutes do not know stays the task's last words.
    expect(table('Review the records held by Kent Police        TBC')[0]?.text).toBe(
      'Review the records held by Kent Police',
    );
  });
});

describe('owners in brackets before the words of the due date', () => {
  const minutes = (action: string) =>
    parseMinutes(
      [
        'Present: Adam Shaw (AS), North Yorkshire Council; Meena Rao (MR), City of York Council',
        '',
        '1. Referrals',
        'AS reported the referrals.',
        action,
      ].join('\n'),
    ).actions.map((a) => [a.owners, a.text, a.due]);

  it('names the owners and leaves the due date in the text as written', () => {
    expect(minutes('Action: agree a single referral form (AS / MR) by 29 February 2024')).toEqual([
      [
        ['North Yorkshire Council', 'City of York Council'],
        'agree a single referral form by 29 February 2024',
        '2024-02-29',
      ],
    ]);
  });

  it("keeps a bracket that spells out the name before it as the name's other form", () => {
    expect(minutes('Action: write to the Crown Prosecution Service (CPS) by 29 February 2024')[0]?.[1]).toBe(
      'write to the Crown Prosecution Service (CPS) by 29 February 2024',
    );
    expect(minutes('Action: write to the CPS (Crown Prosecution Service)')[0]?.[1]).toBe(
      'write to the CPS (Crown Prosecution Service)',
    );
  });
});

describe('a partner named beside the owner', () => {
  it('shares the action: "working with", "supported by", "in consultation with", "(with …)"', () => {
    for (const subject of [
      'SOCA, working with UKHTC,',
      'SOCA, supported by UKHTC,',
      'SOCA in consultation with UKHTC',
      'SOCA (with UKHTC)',
    ]) {
      expect(parseMinutes(minutes(`${subject} to provide a note`)).actions[0]?.owners).toEqual([
        'SOCA',
        'UKHTC',
      ]);
    }
    // "with" after the verb is whom the owner works with, not an owner.
    expect(parseMinutes(minutes('Home Office to liaise with MOJ on guidance')).actions[0]?.owners).toEqual([
      'Home Office',
    ]);
  });
});

describe('two actions under one marker', () => {
  it('splits where a sentence names its own owners before "to"', () => {
    expect(
      parseMinutes(minutes('MOJ to provide figures. Home Office to check them; MOJ to publish them.'))
        .actions,
    ).toEqual([
      { owners: ['MOJ'], text: 'MOJ to provide figures', item: null, due: null },
      { owners: ['Home Office'], text: 'Home Office to check them', item: null, due: null },
      { owners: ['MOJ'], text: 'MOJ to publish them', item: null, due: null },
    ]);
    // A sentence that names no owner goes on with the action before it.
    expect(parseMinutes(minutes('MOJ to provide figures; it will then be circulated.')).actions).toEqual([
      { owners: ['MOJ'], text: 'MOJ to provide figures; it will then be circulated', item: null, due: null },
    ]);
  });
});

describe('owners named by title and surname, or by a body with "and" in its name', () => {
  it('reads a peer named without the place of their title ("Lord Keen" for "Lord Keen of Elie QC") as their body', () => {
    const parsed = parseMinutes(
      [
        'Ministerial Group',
        'Minutes of the meeting held on 1 November 2016',
        'Present:',
        'Lord Keen of Elie QC, MOJ',
        'Baroness Williams of Trafford, Home Office',
        '',
        '1. Courts',
        'ACTION: Lord Keen to share the judicial guidance.',
        'ACTION: Baroness Williams to write to the police forces.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([['MOJ'], ['Home Office']]);
  });

  const board = (action: string) =>
    parseMinutes(
      [
        'Partnership Board',
        'Minutes of the meeting held on 3 March 2014',
        'Present:',
        'Dr Hannah Moss\tWestshire CCG',
        'Sgt Priya Lal\tWestshire Police',
        '',
        '1. Data',
        'Text.',
        `ACTION: ${action}`,
      ].join('\n'),
    ).actions[0]?.owners;

  it('"Dr Moss", "Sgt Lal": the attendee of that title and surname, their organisation', () => {
    expect(board('Dr Moss to circulate the training materials.')).toEqual(['Westshire CCG']);
    expect(board('Sgt Lal to arrange the joint visits.')).toEqual(['Westshire Police']);
    // A surname nobody on the list has stays as written.
    expect(board('Dr Green to report.')).toEqual(['Dr Green']);
  });

  it('"UK Visas and Immigration", "Gangmasters and Labour Abuse Authority" are one body each', () => {
    expect(board('UK Visas and Immigration to provide data.')).toEqual(['UK Visas and Immigration']);
    expect(board('Gangmasters and Labour Abuse Authority and Westshire Police to visit the farms.')).toEqual([
      'Gangmasters and Labour Abuse Authority',
      'Westshire Police',
    ]);
  });

  it('"Devon and Cornwall Police", "Brighton and Hove City Council": places joined before the kind of body are one body', () => {
    expect(board('Devon and Cornwall Police to share the training pack.')).toEqual([
      'Devon and Cornwall Police',
    ]);
    expect(board('Avon and Somerset Constabulary and Westshire CCG to review referrals.')).toEqual([
      'Avon and Somerset Constabulary',
      'Westshire CCG',
    ]);
    expect(board('Brighton and Hove City Council to brief members.')).toEqual([
      'Brighton and Hove City Council',
    ]);
    // A known body after "and" is a second owner; so is a body before it.
    expect(board('Kent and Westshire Police to meet.')).toEqual(['Kent', 'Westshire Police']);
    expect(board('Westshire CCG and Cornwall Police to meet.')).toEqual(['Westshire CCG', 'Cornwall Police']);
    // An attendee called by a first name is a person, not a place.
    expect(board('Hannah and Cornwall Police to meet.')).toEqual(['Westshire CCG', 'Cornwall Police']);
  });
});

describe('owners that are long names of bodies on the attendance list', () => {
  it('"Department for Work and Pensions and Department of Health and Social Care to …": both own it', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 5 March 2018',
        '',
        'Present: Tom Price (Department for Work and Pensions); Ruth Kenyon (Department of Health and Social Care).',
        '',
        '1. Victim support',
        'Action: Department for Work and Pensions and Department of Health and Social Care to agree a training offer.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([
      ['Department for Work and Pensions', 'Department of Health and Social Care'],
    ]);
  });
});

describe('an owner written as the attendance list writes a body with its unit in brackets', () => {
  it('"Home Office (MSU) to share …" is owned by "Home Office (MSU)", not by "MSU"', () => {
    const parsed = parseMinutes(
      [
        'Stakeholder Engagement Group',
        'Minutes of meeting on 5 February 2020',
        '',
        'Attendees:',
        'Official – Home Office (MSU) (Chair)',
        'Official – Local Government Association',
        '',
        '1. Communications',
        'ACTION: Home Office (MSU) to share the campaign materials.',
        'ACTION: Jo Smith (LGA) to circulate them.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([
      ['Home Office (MSU)'],
      ['Local Government Association'],
    ]);
  });
});

describe("a to-do naming its owner body by a notes app's mention before a colon", () => {
  it('"- [ ] @Home Office: confirm …" is owned by the Home Office', () => {
    const parsed = parseMinutes(
      [
        '# Survivor Engagement Panel – 14 October 2021',
        '',
        '## Attendees',
        '',
        '- @Maya Green (Hestia) – Chair',
        '- @Official (Home Office) – Secretariat',
        '',
        '## 1. Panel recruitment',
        '',
        '- [ ] @Home Office: confirm the payment rates by 12 November 2021',
        '- [ ] @Hestia: draft the recruitment advert',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Home Office'], '@Home Office: confirm the payment rates by 12 November 2021'],
      [['Hestia'], '@Hestia: draft the recruitment advert'],
    ]);
  });
});

describe('an owner in brackets after the task whose name has a bracket of its own', () => {
  it('"… by 26 March 2021 (Department of Justice (NI))" is owned by the Department of Justice (NI)', () => {
    const parsed = parseMinutes(
      [
        'IMMIGRATION AND HUMAN TRAFFICKING SUBGROUP',
        'Minutes of meeting held on 9 March 2021',
        '',
        'Attendees:',
        'Official – Department of Justice (NI) (Chair)',
        'Official – PSNI',
        '',
        '1. Strategy',
        'Action: Circulate the draft strategy to members by 26 March 2021 (Department of Justice (NI)).',
        'Action: Provide the 2020 referral figures (PSNI).',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['Department of Justice (NI)'],
        'Circulate the draft strategy to members by 26 March 2021',
        '2021-03-26',
      ],
      [['PSNI'], 'Provide the 2020 referral figures', null],
    ]);
  });
});

describe("an action log's stanzas that number the action and name its item before the task", () => {
  it('reads "Agenda item:" as the item and "Ref:" as no part of the action', () => {
    expect(
      fieldBlock(['Ref: NW/24/07', 'Agenda item: 3.1', 'What: Brief the leads', 'Action owner: GMP']),
    ).toEqual({
      text: 'Brief the leads',
      owners: 'GMP',
      due: null,
      item: '3',
    });
    expect(opensStanza('Ref: NW/24/07')).toBe(true);
    expect(opensStanza('Action owner: GMP')).toBe(false);
  });

  it("starts each stanza afresh under the log's heading, and the list ends before the next meeting", () => {
    const parsed = parseMinutes(
      [
        'Regional Group',
        'Date: 23 April 2024',
        '',
        '1. Operations',
        'GMP described the week of action.',
        '',
        '2. Ports',
        'Border Force outlined the route.',
        '',
        'ACTION LOG',
        '',
        'Ref: NW/24/07',
        'Agenda item: 1',
        'Action: Circulate the results to all partners',
        'Action owner: GMP',
        'Target date: 17/05/2024',
        'Status: Open',
        '',
        'Ref: NW/24/08',
        'Agenda item: 2',
        'Action: Brief the safeguarding leads',
        'Action owner: Border Force',
        'Status: Open',
        '',
        'Next meeting: Tuesday 23 July 2024, GMP HQ.',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['GMP'], text: 'Circulate the results to all partners', item: '1', due: '2024-05-17' },
      { owners: ['Border Force'], text: 'Brief the safeguarding leads', item: '2', due: null },
    ]);
    expect(parsed.nextMeeting?.start).toBe('2024-07-23');
  });
});

describe('an owner and a date in one cell or field', () => {
  it('reads "Body – date" under "Owner / Date" as the owner and the due date, "– ongoing" as no date', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 November 2025',
        '',
        '1. Safehouses',
        '| Action | Owner / Date |',
        '|--------|--------------|',
        '| Report the waiting list weekly | Salvation Army – 28 November 2025 |',
        '| Share the referral figures | NCA – ongoing |',
        '| Ask the regional leads | Home Office and DWP - 12/12/2025 |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Salvation Army'], 'Report the waiting list weekly', '2025-11-28'],
      [['NCA'], 'Share the referral figures', null],
      [['Home Office', 'DWP'], 'Ask the regional leads', '2025-12-12'],
    ]);
  });

  it('reads the date after a comma, a slash, "by", a bracket or a line break in a "Lead / by" cell', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 November 2025',
        '',
        '1. Safehouses',
        '| Action | Lead / by |',
        '|--------|-----------|',
        '| Share the visit findings | Thames Valley Police, 14/03/2026 |',
        '| Audit the placements | Reading Borough Council by 30 January 2026 |',
        '| Draft the plan | Home Office (31 March 2026) |',
        '| Brief the leads | NCA / 2 February 2026 |',
        '| Write to providers | Salvation Army, Unseen UK |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['Thames Valley Police'], '2026-03-14'],
      [['Reading Borough Council'], '2026-01-30'],
      [['Home Office'], '2026-03-31'],
      [['NCA'], '2026-02-02'],
      [['Salvation Army', 'Unseen UK'], null],
    ]);
  });
});

describe('a body’s name written with "&" in one place and "and" in another', () => {
  it('is the one body that attended, in the attendance list’s spelling', () => {
    const text = [
      'MINUTES of the meeting held on 17 April 2012',
      'Attendees: Official, Foreign and Commonwealth Office; Mark Dunn, Westshire Fire & Rescue Service',
      'ACTION: Foreign & Commonwealth Office to share the list of priority countries',
      'ACTION: Westshire Fire and Rescue Service and Foreign & Commonwealth Office to agree the visits',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions.map((a) => a.owners)).toEqual([
      ['Foreign and Commonwealth Office'],
      ['Westshire Fire & Rescue Service', 'Foreign and Commonwealth Office'],
    ]);
  });
});
