import { describe, expect, it } from 'vitest';
import { parseAttendeeLine } from '../../src/minutes/attendance.js';
import { findDates, findTimeRange } from '../../src/minutes/dates.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { matchSection } from '../../src/minutes/markers.js';
import { lastSentence, trailingMarker } from '../../src/minutes/trailing-marker.js';

describe('styles secretariats write actions in', () => {
  it("reads a date written year first (2017-02-28) as an owner's or a due field reads one in words", () => {
    const parsed = parseMinutes(
      [
        'Implementation Group',
        'Note of meeting: Tuesday 2022-10-18',
        '',
        '1. Data',
        "ACTION: Share the list of first responders' training dates – NCA, by 2017-02-28.",
        'AP 22/07 – Police Scotland – provide the final detection figures for the report – 2022-11-11',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], "Share the list of first responders' training dates – NCA, by 2017-02-28", '2017-02-28'],
      [['Police Scotland'], 'provide the final detection figures for the report', '2022-11-11'],
    ]);
  });

  it('reads an apologies sentence of names joined by "and" that a wrap carried onto the next line', () => {
    const parsed = parseMinutes(
      [
        'Kingsmere Community Safety Sub-Committee',
        'Minutes of the meeting held on 14 October 2014',
        '',
        '1.\tApologies for absence',
        'Apologies were received from Councillor Peter Lowe and Councillor Sue',
        'Grant.',
        '',
        '2.\tMinutes',
        'The minutes were approved.',
      ].join('\n'),
    );
    expect(parsed.apologies.map((a) => a.name)).toEqual(['Councillor Peter Lowe', 'Councillor Sue Grant']);
    expect(parsed.attendees).toEqual([]);
  });

  it('reads a title set off by "— notes of the meeting of" before the date as the body\'s name', () => {
    const parsed = parseMinutes(
      '*Victim Support Working Group — notes of the meeting of 4 April 2018*\n\n*Attendees:* Ruth Bell (Salvation Army, Chair)\n',
    );
    expect(parsed.meeting).toEqual({ title: 'Victim Support Working Group', date: '2018-04-04' });
  });

  it('reads a trustees\' board: its parent\'s name before it, "Trustees present:", posts in brackets as no body', () => {
    const parsed = parseMinutes(
      [
        'HOPE HOUSE TRUST',
        'Minutes of the Board of Trustees meeting held on 22 September 2022 at 6pm, Hope House',
        '',
        'Trustees present: Margaret Lowe (Chair), David Okoye (Treasurer), Sunita Rao',
        'Apologies: Chris Dunn',
        '',
        '1. Finance',
        'ACTION: Treasurer to send the signed accounts to the Charity Commission by 31 October 2022.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'HOPE HOUSE TRUST Board of Trustees', date: '2022-09-22' });
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Margaret Lowe', null, 'CHAIR'],
      ['David Okoye', null, null],
      ['Sunita Rao', null, null],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Treasurer']]);
  });

  it('reads a Scottish minute\'s "Sederunt:" as those present', () => {
    const parsed = parseMinutes(
      [
        'NORTH OF SCOTLAND MULTI-AGENCY GROUP',
        'MINUTE of meeting held in the Town House, Inverness on Thursday 5 March 2020 at 2.00pm',
        '',
        'Sederunt:',
        'Fiona Grant, Highland Council (Convener)',
        'DI Alan Ross, Police Scotland',
        '',
        '1. REFERRALS',
        'Police Scotland to circulate the revised pathway. Action – Police Scotland',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Fiona Grant', 'Highland Council', 'CHAIR'],
      ['DI Alan Ross', 'Police Scotland', null],
    ]);
  });

  it('reads "Membership:" as the list of members, those marked as having sent apologies among the apologies', () => {
    const parsed = parseMinutes(
      [
        'EXPLOITATION AND MISSING SUB-GROUP',
        'Minutes of the meeting held on 19 April 2023',
        '',
        'Membership:',
        'Jo Lee, Westshire County Council (Chair)',
        'Sam Hart, Westshire Police – apologies',
        'Ruth Cole, Westshire NHS Trust',
        '',
        '1. Declarations of interest',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Jo Lee', 'Westshire County Council', 'CHAIR'],
      ['Ruth Cole', 'Westshire NHS Trust', null],
    ]);
    expect(parsed.apologies).toEqual([{ name: 'Sam Hart', organisation: 'Westshire Police' }]);
  });

  it('keeps "Meeting" in a title when it ends the meeting’s own name after a dash, not the body’s', () => {
    const title = (line: string) =>
      parseMinutes([line, 'Date: 8 June 2023', '', '1. Data', 'Text.'].join('\n')).meeting.title;
    expect(title('Modern Slavery Network – Coordination Meeting')).toBe(
      'Modern Slavery Network – Coordination Meeting',
    );
    expect(title('Modern Slavery Network Meeting')).toBe('Modern Slavery Network');
    expect(title('Modern Slavery Network – Meeting')).toBe('Modern Slavery Network');
  });

  it('reads an NHS committee: minutes numbered year first ("23/045"), its own staff named by post with no body', () => {
    const parsed = parseMinutes(
      [
        'SAFEGUARDING COMMITTEE',
        'Minutes of the meeting held on Tuesday 16 May 2023',
        '',
        'Present:',
        'Dr Amal Haddad, Chief Nurse (Chair)',
        'Kerry Lowe, Named Nurse for Safeguarding Adults',
        'Jo Marsh, Westshire County Council',
        '',
        '23/045 Declarations of interest',
        'None.',
        '',
        '23/046 Training compliance',
        'ACTION: Head of Security to review the reporting form by 30 June 2023.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Dr Amal Haddad', null, 'CHAIR'],
      ['Kerry Lowe', null, null],
      ['Jo Marsh', 'Westshire County Council', null],
    ]);
    expect(parsed.items).toEqual([
      { number: '23/045', title: 'Declarations of interest' },
      { number: '23/046', title: 'Training compliance' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([[['Head of Security'], '23/046']]);
  });

  it('reads a cell under its forum, and actions coded "A02/23-1 Body: task" (a decision’s "D02/23" is none)', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery and Exploitation Cell',
        'Record of meeting – 27 June 2023',
        '',
        'Attendees: Hana Kaur (Westshire County Council); Lucy Ward (British Red Cross)',
        '',
        'Item 1: Welcome',
        'Hello.',
        '',
        'Item 2: Exercise planning',
        'D02/23 The cell agreed to hold a tabletop exercise in the autumn.',
        'A02/23-1 Westshire Police: circulate the draft exercise scenario (due 31/07/2023)',
        'A02/23-2 British Red Cross: confirm the volunteers available',
      ].join('\n'),
    );
    expect(parsed.meeting.title).toBe('Modern Slavery and Exploitation Cell');
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['Westshire Police'], 'Westshire Police: circulate the draft exercise scenario', '2', '2023-07-31'],
      [['British Red Cross'], 'British Red Cross: confirm the volunteers available', '2', null],
    ]);
  });

  it('reads people counted, not named ("32 members"), as nobody, and "the next AGM" as the next meeting', () => {
    const parsed = parseMinutes(
      [
        'KINGSMERE ANTI-SLAVERY NETWORK',
        'Minutes of the AGM held on Saturday 14 October 2023',
        '',
        'Present: 32 members (the attendance list is held by the Secretary)',
        'Officers: Maria Costa (Chair), Amy Shore (Secretary)',
        'Apologies: received from 6 members',
        '',
        '1. Date of next AGM',
        'The next AGM will be held on Saturday 12 October 2024 at 10.30am, Kingsmere Community Centre.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Maria Costa', 'CHAIR'],
      ['Amy Shore', 'SECRETARIAT'],
    ]);
    expect(parsed.apologies).toEqual([]);
    expect(parsed.nextMeeting).toEqual({
      start: '2024-10-12T10:30:00+01:00',
      end: null,
      location: 'Kingsmere Community Centre',
    });
  });

  it('reads "In the chair:" and an attendance table headed "Company | Representative" with no heading over it', () => {
    const parsed = parseMinutes(
      [
        'CONSTRUCTION PROTOCOL GROUP',
        'Minutes of meeting: 21 November 2023',
        '',
        'In the chair: Jo Lee (Skanska UK)',
        '',
        '| Company | Representative |',
        '|---------|----------------|',
        '| Skanska UK | Jo Lee |',
        '| Balfour Beatty | Sam Hart |',
        '',
        '1. Supplier audits',
        'Balfour Beatty will share its audit template with the group.',
        'ACTION – Balfour Beatty',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Jo Lee', 'Skanska UK', 'CHAIR'],
      ['Sam Hart', 'Balfour Beatty', null],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Balfour Beatty'], 'Balfour Beatty will share its audit template with the group'],
    ]);
    const headless = parseMinutes(
      [
        'CONSTRUCTION PROTOCOL GROUP',
        'Minutes of meeting: 21 November 2023',
        '',
        '| Company | Representative |',
        '|---------|----------------|',
        '| Skanska UK | Jo Lee |',
        '',
        '1. Supplier audits',
      ].join('\n'),
    );
    expect(headless.attendees.map((a) => [a.name, a.organisation])).toEqual([['Jo Lee', 'Skanska UK']]);
  });

  it('takes the meeting’s date over a document-control field’s ("Circulated: …"), which serves only for want of it', () => {
    const control = ['Document control', 'Version: 0.3 DRAFT', 'Circulated: 12 January 2024', ''];
    const held = parseMinutes(
      [
        ...control,
        'MODERN SLAVERY STRATEGY BOARD',
        'Minutes of the meeting held on 9 January 2024',
        '',
        '1. Data',
      ].join('\n'),
    );
    expect(held.meeting).toEqual({ title: 'MODERN SLAVERY STRATEGY BOARD', date: '2024-01-09' });
    const undated = parseMinutes([...control, 'MODERN SLAVERY STRATEGY BOARD', '', '1. Data'].join('\n'));
    expect(undated.meeting.date).toBe('2024-01-12');
  });

  it("takes a system report's meeting date over the run date printed at its page header's right", () => {
    const parsed = parseMinutes(
      [
        'WESTSHIRE POLICE                                              RUN DATE: 19-MAR-2025',
        'MEETING MANAGEMENT SYSTEM                                     PAGE:     1',
        'MEETING      : WESTSHIRE MODERN SLAVERY PARTNERSHIP BOARD',
        'MEETING DATE : 12-MAR-2025      TIME: 14:00 - 16:00',
        '',
        'PRESENT      : K OKAFOR (WESTSHIRE POLICE), M AHMED (SALVATION ARMY)',
        '',
        'ITEM 1   MINUTES OF PREVIOUS MEETING',
        '         AGREED.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({
      title: 'WESTSHIRE MODERN SLAVERY PARTNERSHIP BOARD',
      date: '2025-03-12',
    });
  });

  it('passes over a document-control table above the title (Version | Date | Author | Status)', () => {
    const parsed = parseMinutes(
      [
        '| Version | Date | Author | Status |',
        '|---|---|---|---|',
        '| 0.1 | 16/02/2024 | Partnership Manager | Draft |',
        '| 0.2 | 20/02/2024 | Partnership Manager | Final |',
        '',
        'WESTSHIRE MODERN SLAVERY PARTNERSHIP BOARD',
        'Minutes of the meeting held on 13 February 2024',
        '',
        'Present: Cllr Anne Hart (Westshire County Council)',
        '',
        '1. Partnership plan',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({
      title: 'WESTSHIRE MODERN SLAVERY PARTNERSHIP BOARD',
      date: '2024-02-13',
    });
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Cllr Anne Hart']);
  });

  it('leaves a note of who stood in for someone out of their apology ("represented by …", "… attended in her place")', () => {
    for (const apologies of [
      'Apologies: Jo Lee (NCA), represented by Sam Hart; Ben Ode (ONS)',
      'Apologies: Jo Lee (NCA) – Sam Hart attended in her place; Ben Ode (ONS)',
      'Apologies:\nJo Lee (NCA) – represented by Sam Hart\nBen Ode (ONS)',
      'Apologies: Jo Lee (NCA) (sent Sam Hart); Ben Ode (ONS)',
    ]) {
      const parsed = parseMinutes(
        [
          'Data Group',
          'Date: 5 March 2024',
          '',
          'Present: Sam Hart (NCA) (for Jo Lee)',
          apologies,
          '',
          '1. Data',
        ].join('\n'),
      );
      expect(parsed.apologies).toEqual([
        { name: 'Jo Lee', organisation: 'NCA' },
        { name: 'Ben Ode', organisation: 'ONS' },
      ]);
    }
  });

  it('leaves "Meeting of the" out of a title that names the body after it', () => {
    const title = (line: string) =>
      parseMinutes([line, '5 March 2024', '', 'Present: Jo Lee (NCA)', '', '1. Data'].join('\n')).meeting
        .title;
    expect(title('Meeting of the Modern Slavery Partnership')).toBe('Modern Slavery Partnership');
    expect(title('Extraordinary meeting of the Modern Slavery Partnership')).toBe(
      'Modern Slavery Partnership',
    );
    expect(title('Meeting of minds conference')).toBe('Meeting of minds conference');
  });

  it('reads a due date after "target date", "completion date" or "before the next meeting on"', () => {
    const due = (task: string) =>
      parseMinutes(
        ['Data Group', 'Date: 5 March 2024', '', 'Present: Jo Lee, Home Office', '', '1. Data', task].join(
          '\n',
        ),
      ).actions[0]?.due;
    expect(due('ACTION: Home Office to share the data – target date 15 March 2024.')).toBe('2024-03-15');
    expect(due('ACTION: Home Office to share the data (completion date 15/03/2024).')).toBe('2024-03-15');
    expect(due('ACTION: Home Office to share the data before the next meeting on 4 June 2024.')).toBe(
      '2024-06-04',
    );
    // A date the task is about is none.
    expect(due('ACTION: Home Office to report on the target set on 1 March 2024.')).toBeNull();
  });

  it('reads a "Target completion" column as the due dates', () => {
    const parsed = parseMinutes(
      [
        'Data Group',
        'Date: 5 March 2024',
        '',
        'Present: Jo Lee (NCA)',
        '',
        '1. Data',
        '| Action required | Lead officer | Target completion |',
        '|---|---|---|',
        '| Share the figures | NCA | 30/06/2024 |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], 'Share the figures', '2024-06-30'],
    ]);
  });

  it("reads an action log's Item column in Roman capitals as the item it cites", () => {
    const parsed = parseMinutes(
      [
        'Exploitation Sub-Group',
        'Minutes – 16 January 2024',
        '',
        'I. Welcome',
        'II. Car wash visits',
        'Officers visited 14 car washes.',
        'III. Housing',
        '',
        '| Ref | Item | Action | Owner |',
        '|---|---|---|---|',
        '| 1 | II | Share the visit results | Westshire Police |',
        '| 2 | III | Circulate the review | Westbury Borough Council |',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(parsed.actions.map((a) => [a.item, a.text])).toEqual([
      ['2', 'Share the visit results'],
      ['3', 'Circulate the review'],
    ]);
  });

  it('reads minutes numbered year first ("24/01", "24/02") in order, and a Minute column as the item', () => {
    const parsed = parseMinutes(
      [
        'FREEDOM ROUTES',
        'Minutes of the Board of Trustees meeting',
        'held on 20 March 2024',
        '',
        'Trustees present: Margaret Owusu (Chair), Femi Adebayo',
        '',
        '24/01  Declarations of interest',
        '       None were declared.',
        '24/02  Finance report',
        '       The Treasurer presented the accounts.',
        '24/03  Date of next meeting',
        '',
        'ACTION POINTS',
        'Minute   Action                           By whom',
        '24/02    Send the policy to the auditors  Femi Adebayo',
      ].join('\n'),
    );
    expect(parsed.meeting.title).toBe('FREEDOM ROUTES Board of Trustees meeting');
    expect(parsed.items.map((i) => i.number)).toEqual(['24/01', '24/02', '24/03']);
    expect(parsed.actions.map((a) => [a.item, a.text, a.owners])).toEqual([
      ['24/02', 'Send the policy to the auditors', ['Femi Adebayo']],
    ]);
  });

  it('reads the next meeting from what a table of minutes says under its "Date of next meeting" row', () => {
    const parsed = parseMinutes(
      [
        'Leadership Group',
        'Minutes: 18 June 2024',
        '',
        '| Item | Discussion | Action | Lead | Deadline |',
        '|---|---|---|---|---|',
        '| 1. Coordinators | Members discussed the first year. | Circulate the report | Welsh Government | 12/07/2024 |',
        '| 2. Date of next meeting | 17 September 2024, 10:00–12:00, Cathays Park, Cardiff. | | | |',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2024-09-17T10:00:00+01:00',
      end: '2024-09-17T12:00:00+01:00',
      location: 'Cathays Park, Cardiff',
    });
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([['1', ['Welsh Government']]]);
  });

  it('reads "Apologies: Name, Body" as one person where the list above writes "Name, Body" a line', () => {
    const parsed = parseMinutes(
      [
        'Ministerial roundtable',
        'Note of meeting, 9 October 2023',
        '',
        'Attendees:',
        'Kevin Hollinrake MP, Department for Business and Trade (Chair)',
        'Mark Lowe, Tesco',
        '',
        "Apologies: Laura Hill, Sainsbury's",
        '',
        '1. Opening remarks',
        'The Minister thanked retailers.',
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([{ organisation: "Sainsbury's", name: 'Laura Hill' }]);
  });

  it('reads "2. (CPS) Review the cases" in a numbered list of actions as an action, not an item', () => {
    const parsed = parseMinutes(
      [
        'Data Group',
        'Minutes of the meeting held on 5 March 2024',
        '',
        'Present: Jo Lee (NCA), Ann Bell (CPS)',
        '',
        '1. Data',
        'The Group discussed the figures.',
        'Actions arising:',
        '1. (NCA) Share the figures',
        '2. (CPS) Review the cases',
        '',
        '2. Training',
        'The Group noted the plan.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['Data', 'Training']);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['NCA'], 'Share the figures', '1'],
      [['CPS'], 'Review the cases', '1'],
    ]);
  });

  it('reads a note for the record: its kind is no title, "(Home Office, note)" names the body and no role', () => {
    const parsed = parseMinutes(
      [
        'OFFICIAL-SENSITIVE',
        '',
        'NOTE FOR THE RECORD',
        '',
        'Modern Slavery Policy Leads Meeting – 14 November 2023',
        '',
        'Attendees: Rachel Ives (Home Office, chair); Tom Brand (NCA); Jade Moss (Home Office, note)',
        '',
        'Data',
        '',
        '1. The NCA presented the latest referral figures.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Modern Slavery Policy Leads Meeting', date: '2023-11-14' });
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Rachel Ives', 'CHAIR'],
      ['NCA', 'Tom Brand', null],
      ['Home Office', 'Jade Moss', null],
    ]);
  });

  it('gives "Councillors" to each name after it, roles in brackets among them', () => {
    const parsed = parseMinutes(
      [
        'COMMUNITY SAFETY SCRUTINY PANEL',
        'MINUTES of a meeting held on Monday 4 March 2024',
        '',
        'Members: Councillors Irene Walsh (Chair), Tom Beckett (Vice-Chair), Amina Yusuf and Derek Hay',
        '',
        '23. MINUTES',
        'RESOLVED: That the minutes be approved.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Councillor Irene Walsh', 'CHAIR'],
      ['Councillor Tom Beckett', 'VICE-CHAIR'],
      ['Councillor Amina Yusuf', null],
      ['Councillor Derek Hay', null],
    ]);
  });

  it('reads "Initials   Name   Organisation" as an attendance table\'s header, owners by those initials', () => {
    const parsed = parseMinutes(
      [
        'Tactical Group',
        'Minutes: 12 September 2024',
        '',
        'Attendance',
        'Initials   Name              Organisation',
        'JT         Jane Tate         Cumbria Constabulary (Chair)',
        'RB         Rob Bell          Cumberland Council',
        '',
        '1. Training',
        'ACTION: RB to offer the e-learning to district partners.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Cumbria Constabulary', 'Jane Tate', 'CHAIR'],
      ['Cumberland Council', 'Rob Bell', null],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Cumberland Council']]);
  });

  it('reads "Jo Lee: book the training" as Jo Lee\'s where the attendance names her with no body', () => {
    const parsed = parseMinutes(
      [
        "Practitioners' Forum",
        'Meeting notes · Tue, Mar 5, 2024',
        '',
        'Attendees',
        'Jo Lee, Sam Hart, Ann Bell',
        '',
        'Follow-up tasks',
        '[ ] Jo Lee: book the refresher training',
        '[ ] Ann Bell: send the case summaries to the forum',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Jo Lee'], ['Ann Bell']]);
  });

  it('reads an action sheet: "ACTION SHEET" is the paper, "Officer" the column of owners', () => {
    const parsed = parseMinutes(
      [
        'Exploitation Task Group',
        '',
        'ACTION SHEET',
        'Meeting of 16 October 2024',
        '',
        'Present: Paul Stone (Westbury Borough Council) (Chair), Gemma Price (Westshire Fire and Rescue Service)',
        '',
        'Minute ref | Action required                    | Officer     | Deadline',
        '-----------|------------------------------------|-------------|-----------',
        'ETG/24/11  | Map the hand car washes            | Paul Stone  | 15/11/2024',
        'ETG/24/12  | Brief the fire safety inspectors   | Gemma Price |',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Exploitation Task Group', date: '2024-10-16' });
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Westbury Borough Council'], 'Map the hand car washes', '2024-11-15'],
      [['Westshire Fire and Rescue Service'], 'Brief the fire safety inspectors', null],
    ]);
  });

  it('reads a register written as a list: "– present", a tick or a cross after each member', () => {
    const parsed = parseMinutes(
      [
        'Data Group',
        '5 March 2024',
        '',
        'Members:',
        'Jo Lee (NCA) – present',
        'Ann Bell (CPS) – apologies',
        'Tom Hart (Home Office) – present (Chair)',
        'Sam Cole (DWP) ✓',
        'Amy Ray (FCO) ✗',
        // Boxes as Word's checkbox control shows them: ticked "☒", unticked "☐".
        'Liz Moss (MOJ) ☒',
        'Ken Bligh (DfE) ☐',
        '',
        '1. Data',
        'The Group discussed the figures.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['NCA', 'Jo Lee', null],
      ['Home Office', 'Tom Hart', 'CHAIR'],
      ['DWP', 'Sam Cole', null],
      ['MOJ', 'Liz Moss', null],
    ]);
    expect(parsed.apologies).toEqual([
      { organisation: 'CPS', name: 'Ann Bell' },
      { organisation: 'FCO', name: 'Amy Ray' },
      { organisation: 'DfE', name: 'Ken Bligh' },
    ]);
  });

  it('reads "Name, Body, Post" and "Name – Body – Post": the post after the body is neither', () => {
    const parsed = parseMinutes(
      [
        'Data Group',
        '5 March 2024',
        '',
        'Present:',
        'Jo Lee, NCA, Head of Policy',
        'Sam Hart – CPS – Senior Lawyer',
        'Ann Bell – Home Office – Policy Adviser',
        '',
        '1. Data',
        'The Group discussed the figures.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['NCA', 'Jo Lee'],
      ['CPS', 'Sam Hart'],
      ['Home Office', 'Ann Bell'],
    ]);
  });

  it('reads whom a person stands in for from a register\'s Attendance column ("Deputy for Sue Hart")', () => {
    const parsed = parseMinutes(
      [
        'Port Group',
        'Minutes of the meeting of 18 February 2020',
        '',
        'Name | Organisation | Attendance',
        'Claire Moss | Hampshire Constabulary | Present (Chair)',
        'Sue Hart | Associated British Ports | Apologies',
        'Tom Lake | Associated British Ports | Deputy for Sue Hart',
        '',
        '1. Crew welfare',
        'Border Force described two detained vessels.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role, a.deputisingFor])).toEqual([
      ['Claire Moss', 'CHAIR', null],
      ['Tom Lake', null, 'Sue Hart'],
    ]);
    expect(parsed.apologies.map((a) => a.name)).toEqual(['Sue Hart']);
  });

  it('takes no "Title: Minutes" property for the meeting\'s name: it says what kind of paper it is', () => {
    const parsed = parseMinutes(
      [
        'Title: Minutes',
        'Author: Clerk',
        '',
        'Rural Crime Committee',
        '',
        'Minutes of the meeting held on Monday 4 November 2019 at 7.00 pm in the Village Hall',
        '',
        '1. Farm labour',
        'ACTION: Clerk to write to the farm owners.',
      ].join('\n'),
    );
    expect(parsed.meeting.title).toBe('Rural Crime Committee');
    // A property that names the meeting is still its name.
    expect(
      parsed.meeting.title &&
        parseMinutes(
          'Title: Rural Crime Committee\n\nMinutes of the meeting held on 4 November 2019\n\n1. Farm labour\nText.',
        ).meeting.title,
    ).toBe('Rural Crime Committee');
  });

  it('reads an action table copied a cell to a line under its caption ("Actions" over "Action", "Owner", "Due date")', () => {
    const parsed = parseMinutes(
      [
        'Network',
        'Minutes of the meeting held on 23 March 2022',
        '',
        '1. Regional picture',
        'West Yorkshire Police presented the assessment.',
        '',
        'Actions',
        'Action',
        'Owner',
        'Due date',
        'Circulate the assessment to members',
        'West Yorkshire Police',
        '22 April 2022',
        'Map the support in each council area',
        'Leeds City Council',
        'TBC',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['West Yorkshire Police'], 'Circulate the assessment to members', '2022-04-22'],
      [['Leeds City Council'], 'Map the support in each council area', null],
    ]);
  });

  it('reads a task wrapped in its cell of a table copied a cell to a line ("Share the list of premises visited" over "with HMRC and DWP")', () => {
    const parsed = parseMinutes(
      [
        'Tasking Group',
        'Minutes of the meeting held on 21 May 2024',
        '',
        '1. Data sharing',
        'DWP described the claims.',
        '',
        'Action log',
        'Action',
        'Owner',
        'Deadline',
        'Share the list of premises visited',
        'with HMRC and DWP',
        'GLAA',
        '7 June 2024',
        'Check the benefit claims of the workers identified',
        'DWP',
        '28 June 2024',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['GLAA'], 'Share the list of premises visited with HMRC and DWP', '2024-06-07'],
      [['DWP'], 'Check the benefit claims of the workers identified', '2024-06-28'],
    ]);
  });

  it('reads "Task – Owner – when" with the when in words ("end of June", "mid-July 2021", "TBC"): the owner before it', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 5 May 2021',
        '',
        'Present: Jo Lee (NCA), Sam Hart (CPS), Ann Bell (Home Office)',
        '',
        '1. Data',
        'The Board discussed the figures.',
        '',
        'Actions agreed',
        '* Review the guidance – CPS – end of June',
        '* Write to councils – Home Office – mid-July 2021',
        '* Update the map – CPS – TBC',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['CPS'], null],
      [['Home Office'], null],
      [['CPS'], null],
    ]);
  });

  it('reads an action table whose task column is headed in plain words ("What needs to happen | Who | By when")', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 5 May 2021',
        '',
        '1. Data',
        'The Board discussed the figures.',
        '',
        '| Ref | What needs to happen | Who | By when |',
        '|---|---|---|---|',
        '| 1 | Share the figures | NCA | 5 June 2021 |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['NCA'], 'Share the figures', '2021-06-05'],
    ]);
  });

  it('ends an apologies sentence where it ends: "… and Ann Fox (Eastshire County Council). There were no substitutions."', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 5 May 2021',
        '',
        'Present: Jo Lee (NCA)',
        '',
        '1. Apologies',
        'Apologies were received from Cllr Peter Long (Castleford District Council) and Ann Fox (Eastshire County Council). There were no substitutions.',
        '',
        '2. Data',
        'Text.',
      ].join('\n'),
    );
    expect(parsed.apologies.map((a) => [a.organisation, a.name])).toEqual([
      ['Castleford District Council', 'Cllr Peter Long'],
      ['Eastshire County Council', 'Ann Fox'],
    ]);
  });

  it('reads "Action on: Body – task" as an action, and "(Action on A and B: task)" ending a paragraph as one', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 5 May 2021',
        '',
        'Present: Lucy Dale (Bradford Council), Will Hart (British Transport Police), Ian Holt (Calderdale Council)',
        '',
        '1 Plan',
        'The Chair introduced the plan. Members agreed the four priorities.',
        'Action on: Bradford Council – circulate the final plan to members.',
        '',
        '2 Rail',
        'British Transport Police described their work. (Action on British Transport Police and Calderdale Council: arrange a joint day of action.)',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Bradford Council'], 'Bradford Council – circulate the final plan to members', '1'],
      [['British Transport Police', 'Calderdale Council'], 'arrange a joint day of action', '2'],
    ]);
  });

  it('reads a pipe table with no outer bars whose cells are padded to line the bars up, each row with its item its own', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 4 February 2020',
        '',
        'Present: Gill Dawson (Cumbria County Council), Ruth Gale (Cumbria Fire and Rescue Service)',
        '',
        '1. Priorities',
        'The Board kept its priorities.',
        '',
        '2. Hotels',
        'The County Council described the checks made at hotels.',
        '',
        'DECISIONS AND ACTIONS',
        'Item | Decision / Action                     | Owner                           | Date',
        '1    | Decision: the priorities are kept     | –                               | –',
        '2    | brief hotel staff in Keswick          | Cumbria County Council          | 31/03/2020',
        '2    | add checks to fire safety audits      | Cumbria Fire and Rescue Service | 30/04/2020',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['Cumbria County Council'], 'brief hotel staff in Keswick', '2', '2020-03-31'],
      [['Cumbria Fire and Rescue Service'], 'add checks to fire safety audits', '2', '2020-04-30'],
    ]);
  });

  it('reads "Secretariat (Ann Bell)" as the owner named, the attendee in brackets being who is it', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 5 May 2021',
        '',
        'Present: Jo Lee (NCA), Ann Bell (Home Office)',
        '',
        '1. Data',
        'Action: Secretariat (Ann Bell) to circulate the slides.',
        'Action: NCA (Jo Lee) to share the figures.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Secretariat'], ['NCA']]);
  });

  it('reads minutes kept as a "No. | Discussion | Action" table: the Action cells hold the actions, the number their item', () => {
    const head = [
      'Board',
      'Minutes of the meeting held on 5 May 2021',
      '',
      'Present: Jo Lee (NCA), Sam Hart (CPS)',
      '',
    ];
    const sentences = parseMinutes(
      [
        ...head,
        '| No. | Discussion | Action |',
        '|---|---|---|',
        '| 1 | Members discussed the data. | NCA to share the figures. |',
        '| 2 | Members discussed the cases. | None |',
        '| 3 | Members discussed the guidance. | CPS to review the cases. |',
      ].join('\n'),
    );
    expect(sentences.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['NCA'], 'NCA to share the figures', '1'],
      [['CPS'], 'CPS to review the cases', '3'],
    ]);
    // With an owner column too, the number beside the discussion still numbers the minutes.
    const owned = parseMinutes(
      [
        ...head,
        '| No. | Discussion | Action | Owner |',
        '|---|---|---|---|',
        '| 1 | Members discussed the data. | Share the figures | NCA |',
        '| 2 | Members discussed the cases. | Review the cases | CPS |',
      ].join('\n'),
    );
    expect(owned.actions.map((a) => [a.owners, a.item])).toEqual([
      [['NCA'], '1'],
      [['CPS'], '2'],
    ]);
    // "1" alone in an Item column beside a "Summary of discussion": the row's item.
    const summary = parseMinutes(
      [
        ...head,
        '| Item | Summary of discussion | Action points |',
        '|---|---|---|',
        '| 1 | Members discussed the data. | NCA to share the figures. |',
      ].join('\n'),
    );
    expect(summary.actions.map((a) => a.item)).toEqual(['1']);
  });

  it('reads "No.   Discussion   Action" laid out with spaces as minutes kept as a table, each number its row\'s item', () => {
    const parsed = parseMinutes(
      [
        'Network',
        'Minutes: 17 May 2022, County Hall',
        '',
        'Present: Dan Fox (Norfolk Constabulary), Kim Shaw (The Salvation Army)',
        '',
        'No.   Discussion                                         Action',
        '1     Minutes of 15 February 2022 agreed.',
        '2     The Constabulary reported on seasonal workers      Norfolk Constabulary to brief the',
        "      on farms near King's Lynn.                         farm liaison officers.",
        '3     The Salvation Army described safe house            The Salvation Army to share its',
        '      capacity in the county.                            capacity figures.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Norfolk Constabulary'], 'Norfolk Constabulary to brief the farm liaison officers', '2'],
      [['The Salvation Army'], 'The Salvation Army to share its capacity figures', '3'],
    ]);
  });

  it('reads the column named for the action as the task where another column is a task-like "Detail"', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 5 May 2021',
        '',
        '| Minute | Detail | Action | Responsible |',
        '|---|---|---|---|',
        '| 21/01 | The Board discussed the data. | Share the figures | NCA |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([[['NCA'], 'Share the figures']]);
  });

  it('reads a due "— Mar 22" with no year as the 22nd where March 2022 would fall before the meeting', () => {
    const due = (task: string) =>
      parseMinutes(`Board\nMinutes of the meeting held on 5 March 2024\n\n1. Data\nAction: ${task}`)
        .actions[0]?.due;
    expect(due('NCA to share the figures — Mar 22')).toBe('2024-03-22');
    expect(due('NCA to share the figures by March 22nd')).toBe('2024-03-22');
    // "Mar 25" may be March 2025: no date is read where either could be meant.
    expect(due('NCA to share the figures by Mar 25')).toBeNull();
    // Nor where no cue says the words are the due date.
    expect(due('NCA to review the Mar 22 figures')).toBeNull();
  });

  it('takes no item from a numbered sentence wrapped before its full stop ("6. The next meeting will be held on … Durham Police")', () => {
    const parsed = parseMinutes(
      [
        'Network',
        'Note of the meeting held on 14 June 2018',
        '',
        'Item 1: Introductions',
        '',
        '1. The Chair welcomed members.',
        '',
        '2. The next meeting will be held on 13 September 2018 at Durham Police',
        'Headquarters.',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([{ number: '1', title: 'Introductions' }]);
    expect(parsed.nextMeeting?.start).toBe('2018-09-13');
  });

  it('reads "Next steps: NCA to share …" as an action, and "Next steps: the Board will consider …" as none', () => {
    const actions = (line: string) =>
      parseMinutes(
        `Board\nMinutes of the meeting held on 5 May 2021\n\nPresent: Jo Lee (NCA)\n\n1. Data\nText.\n${line}`,
      ).actions;
    expect(
      actions('Next steps: NCA to share the figures by 4 June 2021.').map((a) => [a.owners, a.due]),
    ).toEqual([[['NCA'], '2021-06-04']]);
    expect(actions('Next steps: the Board will consider the options in the autumn.')).toEqual([]);
  });

  it('reads the list given on its label\'s line on over the reflowed rows under it ("Attendees: Home Office Martin Hale MP CHAIR" over "UKHTC  Official")', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking 23 October 2012 Minutes',
        '',
        'Attendees: Home Office Martin Hale MP CHAIR',
        'Home Office  Official',
        'UKHTC  Official',
        '',
        'Apologies: FCO  Helen Carrow MP',
        '',
        '2. Annual report Actions: None  Home Office presented the report.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Martin Hale MP', 'CHAIR'],
      ['Home Office', 'Official', null],
      ['UKHTC', 'Official', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'FCO', name: 'Helen Carrow MP' }]);
  });

  it('takes the meeting\'s date from its heading when that comes only after the attendance ("Meeting summary for … (16/04/2024)")', () => {
    const parsed = parseMinutes(
      [
        'Subject: Modern Slavery Data Group - summary and next steps',
        '',
        'Attendees: Ann Bell (NCA), Raj Patel (Home Office)',
        'Apologies: Tom Hay (ONS)',
        '',
        'Meeting summary for Modern Slavery Data Group (16/04/2024)',
        '',
        'Next steps',
        '- Ann Bell to share the figures by 30 April 2024.',
      ].join('\n'),
    );
    expect(parsed.meeting.date).toBe('2024-04-16');
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([[['NCA'], '2024-04-30']]);
    // Straight under the apologies, no blank line between, it is still the heading, no apology.
    const close = parseMinutes(
      'Data Group - summary\n\nAttendees: Ann Bell (NCA)\nApologies: Tom Hay (ONS)\nMeeting summary for Modern Slavery Data Group (16/04/2024)\nNext steps\n- Ann Bell to share the figures.',
    );
    expect([close.meeting.date, close.apologies]).toEqual([
      '2024-04-16',
      [{ organisation: 'ONS', name: 'Tom Hay' }],
    ]);
    // A sentence after the attendance that cites another meeting's date gives none.
    const cited = parseMinutes(
      'Data Group\n\nAttendees: Ann Bell (NCA)\n\nThe minutes of the meeting of 4 March 2024 were agreed.\n\n1. Data\nAction: NCA to share the figures.',
    );
    expect(cited.meeting.date).toBeNull();
  });

  it('reads "Apologies: Laing O\'Rourke (Tom Reid)" body first where the attendance table puts the body first', () => {
    const apologies = (header: string, line: string) =>
      parseMinutes(
        [
          'Protocol Group',
          'Minutes of meeting: 21 November 2023',
          '',
          header,
          '|---|---|',
          header.startsWith('| Company') ? '| Skanska UK | Jo Lee |' : '| Jo Lee | Skanska UK |',
          '',
          `Apologies: ${line}`,
          '',
          '1. Audits',
          'ACTION: Skanska UK to share the template.',
        ].join('\n'),
      ).apologies;
    expect(apologies('| Company | Representative |', "Laing O'Rourke (Tom Reid)")).toEqual([
      { organisation: "Laing O'Rourke", name: 'Tom Reid' },
    ]);
    // A bracket that names a body is the body, whichever comes first in the table.
    expect(apologies('| Company | Representative |', 'Tom Reid (Balfour Beatty Group)')).toEqual([
      { organisation: 'Balfour Beatty Group', name: 'Tom Reid' },
    ]);
    // Where the table puts the person first, so does the apology.
    expect(apologies('| Representative | Company |', 'Tom Reid (Laing Homes)')).toEqual([
      { organisation: 'Laing Homes', name: 'Tom Reid' },
    ]);
  });

  it('reads a form of fields with tabs: "Chair ⇥ …" then "Attendees ⇥ …" opens the list anew, "Minutes ⇥ …" names the note taker', () => {
    const parsed = parseMinutes(
      [
        'Meeting\tPartnership Executive',
        'Date\tWednesday 10 July 2024',
        'Chair\tCllr Ruth Abbott (Northtown Council)',
        'Attendees\tSupt Omar Reid (Northshire Police); Kim Ellis (Northtown Council)',
        'Apologies\tJon Pike (Northshire Fire and Rescue Service)',
        'Minutes\tAmy Hunt (Northtown Council)',
        '',
        '1. Welcome',
        'The Chair welcomed members.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Northtown Council', 'Cllr Ruth Abbott', 'CHAIR'],
      ['Northshire Police', 'Supt Omar Reid', null],
      ['Northtown Council', 'Kim Ellis', null],
      ['Northtown Council', 'Amy Hunt', null],
    ]);
    expect(parsed.apologies).toEqual([
      { organisation: 'Northshire Fire and Rescue Service', name: 'Jon Pike' },
    ]);
  });

  it('ends a long action entry at a heading in capitals straight under it ("ITEMS DISCUSSED")', () => {
    const parsed = parseMinutes(
      [
        'STRATEGY BOARD – RECORD OF DECISIONS AND ACTIONS',
        'Meeting of 22 January 2019',
        'ACTIONS',
        'A1. Secretariat – arrange the dates of the 2019 meetings with members. (Item 1)',
        'ITEMS DISCUSSED',
        '1. Terms of reference',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Secretariat'], 'Secretariat – arrange the dates of the 2019 meetings with members', '1'],
    ]);
    // A body in capitals that the entry runs on to is still the entry's.
    const runOn = parseMinutes(
      [
        'Board',
        'Meeting of 22 January 2019',
        '',
        '1. Data',
        'ACTIONS',
        'A1. Secretariat to agree the dates of the 2019 meetings with',
        'HOME OFFICE AND MOJ',
      ].join('\n'),
    );
    expect(runOn.actions.map((a) => a.text)).toEqual([
      'Secretariat to agree the dates of the 2019 meetings with HOME OFFICE AND MOJ',
    ]);
  });

  it('takes no one from an attendance that names bodies alone, and maps owners to those bodies as written', () => {
    const parsed = parseMinutes(
      [
        "READOUT: Modern Slavery IDMG officials' meeting, 12 March 2024",
        '',
        'Attendance: Home Office (chair and secretariat), NCA, CPS, DfE, Scottish Government (by video).',
        '',
        'Next steps',
        '- DfE and Home Office to agree the evaluation plan.',
      ].join('\n'),
    );
    expect(parsed.attendees).toEqual([]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['DfE', 'Home Office']]);
  });

  it('gives a plural title on a line of the list to each person under it ("Councillors P. Lane and S. Mistry")', () => {
    const parsed = parseMinutes(
      [
        'Task Group',
        'MINUTES of a meeting held on Wednesday 17 January 2024.',
        '',
        'PRESENT:',
        'Councillor R. Hughes (Chairman)',
        'Councillors P. Lane and S. Mistry',
        '',
        '34/24 MINUTES',
        'RESOLVED that the minutes be confirmed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Councillor R. Hughes', 'CHAIR'],
      ['Councillor P. Lane', null],
      ['Councillor S. Mistry', null],
    ]);
  });

  it('reads a role given in two languages by the half it knows ("Cathaoirleach / Chair")', () => {
    const parsed = parseMinutes(
      [
        'Cross-Border Co-operation Group on Human Trafficking',
        'Date: 12 November 2019',
        '',
        'I láthair / Present:',
        'Supt Declan Walsh, An Garda Síochána (Cathaoirleach / Chair)',
        'Niamh Quinn, Health Service Executive (Rúnaí / Secretary)',
        'Mark Boyd, Department of Justice (NI)',
        '',
        '1. Fáilte / Welcome',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Supt Declan Walsh', 'An Garda Síochána', 'CHAIR'],
      ['Niamh Quinn', 'Health Service Executive', 'SECRETARIAT'],
      ['Mark Boyd', 'Department of Justice (NI)', null],
    ]);
  });

  it('gives the chair named by "The Chair, X (Body), called the meeting to order" to X in the roll call below', () => {
    const parsed = parseMinutes(
      [
        'EAST MIDLANDS ANTI-SLAVERY NETWORK',
        'Minutes of the Regular Meeting – 9 September 2021',
        '',
        'CALL TO ORDER',
        'The Chair, Priya Shah (Nottinghamshire Police), called the meeting to order at 10:02 a.m.',
        '',
        'ROLL CALL',
        'Present: Priya Shah (Nottinghamshire Police); Tom Whitlock (Leicester City Council)',
        '',
        '1. ADOPTION OF THE AGENDA',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Priya Shah', 'Nottinghamshire Police', 'CHAIR'],
      ['Tom Whitlock', 'Leicester City Council', null],
    ]);
  });

  it('gives a row of a table grouped by owner the owner above when its cell is blank or a ditto mark', () => {
    const parsed = parseMinutes(
      [
        'Westshire Delivery Group',
        'Date: 18 May 2022',
        '',
        '1. Awareness week',
        '',
        '| Owner | Action | By |',
        '|-------|--------|----|',
        '| Westshire Police | Book the venue for the launch | 30/06/2022 |',
        '| | Share the list of premises to visit | 15/07/2022 |',
        '| Salvation Army | Provide leaflets in six languages | 31/07/2022 |',
        '| " | Arrange interpreters for the launch | |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Westshire Police'], 'Book the venue for the launch'],
      [['Westshire Police'], 'Share the list of premises to visit'],
      [['Salvation Army'], 'Provide leaflets in six languages'],
      [['Salvation Army'], 'Arrange interpreters for the launch'],
    ]);
    // With the owner after the action, a blank owner cell is no owner given.
    const after = parseMinutes(
      [
        'Westshire Delivery Group',
        'Date: 18 May 2022',
        '',
        '1. Awareness week',
        '',
        '| Action | Owner | By |',
        '|-------|--------|----|',
        '| Book the venue for the launch. | Westshire Police | 30/06/2022 |',
        '| Share the list of premises to visit. | | 15/07/2022 |',
      ].join('\n'),
    );
    expect(after.actions.map((a) => a.owners)).toEqual([['Westshire Police'], []]);
  });

  it('reads an owner field naming a person with their body in brackets, and a tracker’s records parted by middle dots', () => {
    const head = [
      'Kingsmere Anti-Slavery Partnership',
      'Date: 21 September 2023',
      '',
      'Present: Dan Moss (Westshire Police); Asha Reed (Salvation Army)',
      '',
      '2. Partner updates',
    ];
    const owned = parseMinutes(
      [...head, 'Action: Share the referral form with partners', 'Owner: Dan Moss (Westshire Police)'].join(
        '\n',
      ),
    );
    expect(owned.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Westshire Police'], 'Share the referral form with partners'],
    ]);
    const tracked = parseMinutes(
      [
        ...head,
        'Actions',
        '#12  Share the referral form with partners',
        '     Assigned to: Dan Moss (Westshire Police) · Due: 13 Oct 2023 · Status: Open',
        '#13  Circulate the leaflet',
        '     Assigned to: Asha Reed (Salvation Army) · Due: — · Status: Open',
      ].join('\n'),
    );
    expect(tracked.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Westshire Police'], 'Share the referral form with partners', '2023-10-13'],
      [['Salvation Army'], 'Circulate the leaflet', null],
    ]);
  });

  it('reads an arrow before "Body: task" as an action label, as before "Body to …"', () => {
    const parsed = parseMinutes(
      [
        'North East Modern Slavery Network – steering group',
        "Held: Tues 3rd Mar '20, Civic Centre, Newcastle",
        '',
        '1) Network plan',
        'Plan for 2020-21 agreed.',
        '→ Newcastle City Council: publish the network plan on the council website by 31 March 2020',
        '→ Notes: the plan runs to March 2021',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['Newcastle City Council'],
        'Newcastle City Council: publish the network plan on the council website by 31 March 2020',
        '2020-03-31',
      ],
    ]);
  });

  it("reads a RAID log's risks table as no actions, and a post known by its initials as no body", () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Programme Board',
        'Minutes of meeting 14 – 8 October 2019',
        '',
        'Attendees: Richard Cole (Home Office, SRO, Chair), Paul Grant (NCA)',
        '',
        '1. RAID log',
        '',
        'Risks',
        '| ID | Description | Owner | Rating |',
        '|---|---|---|---|',
        '| R07 | Delay to the casework system | Home Office | Amber |',
        '',
        'Actions',
        '| ID | Description | Owner | Target date | Status |',
        '|---|---|---|---|---|',
        '| A31 | Confirm the casework system delivery date | Home Office | 22/10/2019 | Open |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Home Office'], 'Confirm the casework system delivery date', '2019-10-22'],
    ]);
    expect(parsed.attendees[0]).toEqual({
      organisation: 'Home Office',
      name: 'Richard Cole',
      role: 'CHAIR',
      deputisingFor: null,
    });
  });

  it('reads a bare "Date :" under a task\'s "Lead :" field as when it is due, and alone as no field of it', () => {
    const read = (fields: string[]) =>
      parseMinutes(
        [
          'MODERN SLAVERY OPERATIONAL GROUP',
          'Date : 16 June 2016',
          '',
          'ITEM 2 : REFERRALS',
          'Unseen reported on calls to the helpline.',
          "ACTION 1 : Share the helpline's regional figures with the Group.",
          ...fields,
        ].join('\n'),
      ).actions.map((a) => [a.owners, a.text, a.due]);
    expect(read(['Lead : Unseen', 'Date : 15/07/2016'])).toEqual([
      [['Unseen'], "Share the helpline's regional figures with the Group", '2016-07-15'],
    ]);
    expect(read(['Date : 15/07/2016'])).toEqual([
      [[], "Share the helpline's regional figures with the Group", null],
    ]);
  });

  it('takes a due date in figures after the cue and a weekday ("by Friday 13/09/2013")', () => {
    const due = (tail: string) =>
      parseMinutes(
        `Board\nMinutes of the meeting held on 18 July 2013\n\n1. Data\nACTION: SOCA to circulate the note ${tail}.`,
      ).actions[0]?.due;
    expect(due('by Friday 13/09/2013')).toBe('2013-09-13');
    expect(due('by Fri, 13.09.13')).toBe('2013-09-13');
    expect(due('before the Board meets on Friday 13/09/2013')).toBeNull();
  });

  it('reads "Decision:" entries among the actions under "Key decisions and actions" as no actions', () => {
    const parsed = parseMinutes(
      [
        "Victims' Forum",
        'Meeting of 8 April 2025',
        '',
        '1. Guardians',
        "Barnardo's described the roll-out.",
        '',
        'Key decisions and actions',
        '• Decision: the Forum endorsed the report for publication.',
        '• Action: Home Office to publish the report by 30 April 2025.',
        '• Decision: guardians will be invited to the next meeting.',
        "• Action: Barnardo's to send the timetable to members.",
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Home Office to publish the report by 30 April 2025',
      "Barnardo's to send the timetable to members",
    ]);
  });

  it('takes the day after "by (the) end of" as the due date, and no date from a month alone', () => {
    const due = (tail: string) =>
      parseMinutes(
        `Board\nMinutes of the meeting held on 18 July 2013\n\n1. Data\nACTION: SOCA to circulate the note ${tail}.`,
      ).actions[0]?.due;
    expect(due('by end of 13 September 2013')).toBe('2013-09-13');
    expect(due('by the end of 30/09/2013')).toBe('2013-09-30');
    expect(due('by end of September 2013')).toBeNull();
  });

  it('reads an item in capitals that lists actions ("3. ACTIONS FOR THE NEXT PERIOD") as the list, not a label', () => {
    const parsed = parseMinutes(
      [
        'Implementation Group',
        'Minutes of the meeting of 19 February 2019',
        '',
        '1. WELCOME',
        'The Chair welcomed members.',
        '',
        '2. PROSECUTIONS',
        'The CPS reported on the statutory defence.',
        '',
        '3. ACTIONS FOR THE NEXT PERIOD',
        '- By 29 March 2019 – Home Office to circulate the draft annual report',
        '- NCA to share the threat assessment with members',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual([
      'WELCOME',
      'PROSECUTIONS',
      'ACTIONS FOR THE NEXT PERIOD',
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Home Office'], 'Home Office to circulate the draft annual report', '2019-03-29'],
      [['NCA'], 'NCA to share the threat assessment with members', null],
    ]);
  });

  it('reads items headed "Item N – Title" as items headed "N. Title" are read', () => {
    const parsed = parseMinutes(
      [
        'Regional Network',
        'Minutes of the meeting held on 18 January 2017',
        '',
        'Attendees:',
        'Unseen - Official',
        'Salvation Army - Official',
        '',
        'Agenda',
        'Item 1 – Referrals',
        'Item 2 – Helpline data',
        'Item 3 – Cyfarfod nesaf / Next meeting',
        '',
        'Item 1 – Referrals',
        'Apologies: Official (Kent Police); Official (Medway Council).',
        '',
        'Discussion                                                              Action owner',
        '',
        'Referrals rose. Salvation Army to share the breakdown with partners.   Salvation Army',
        '',
        'Item 2 – Helpline data',
        'Unseen presented the data.',
        'Actions agreed:',
        'Unseen to send the call data to the Council.',
        '',
        'Item 3 – Cyfarfod nesaf / Next meeting',
        'Wednesday 19 April 2017, 10:00-12:00, Portishead Police HQ.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Referrals'],
      ['2', 'Helpline data'],
      ['3', 'Cyfarfod nesaf / Next meeting'],
    ]);
    // Apologies in item 1 after the header's list of those present.
    expect(parsed.apologies.map((a) => a.organisation)).toEqual(['Kent Police', 'Medway Council']);
    // The owner column's table ends at the next item; the agenda's repeated heading names item 1.
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['Salvation Army'], '1'],
      [['Unseen'], '2'],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2017-04-19T10:00:00+01:00');
  });

  it('reads a numbered paragraph that is an agreed action ("6. AGREED ACTION: …") as the action, not an item', () => {
    const parsed = parseMinutes(
      [
        'Officials Group',
        'Minutes of the meeting of 4 March 2018',
        '',
        'ITEM 2: SUPPLY CHAINS',
        '',
        '5. DWP noted that its own contracts would be reviewed first.',
        '',
        '6. AGREED ACTION: DWP to report on the review of its contracts at the next meeting.',
        '',
        '7. Agreed action: Home Office to share the guidance.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.number)).toEqual(['2']);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['DWP'], '2'],
      [['Home Office'], '2'],
    ]);
  });

  it('reads an end-of-paragraph marker: owners, and a due date inside it', () => {
    expect(trailingMarker('MOJ to provide figures. (Action: MOJ)')).toEqual({
      before: 'MOJ to provide figures.',
      owners: 'MOJ',
      due: null,
    });
    expect(trailingMarker('Shared when published (Action: SOCA – by 31 January 2013).')).toEqual({
      before: 'Shared when published',
      owners: 'SOCA',
      due: 'by 31 January 2013',
    });
    expect(trailingMarker('Write to ACPO. [Action: Home Office]')?.owners).toBe('Home Office');
    expect(trailingMarker('It will share what it knows. (Owner: Salvation Army; by 30 June 2016)')).toEqual({
      before: 'It will share what it knows.',
      owners: 'Salvation Army',
      due: 'by 30 June 2016',
    });
    expect(trailingMarker('The paper is due. [Lead: DH]')?.owners).toBe('DH');
    // The civil service's "Action on": with a colon or without, bracketed or after the sentence.
    expect(trailingMarker('The NCA will share the figures. (Action on NCA)')?.owners).toBe('NCA');
    expect(trailingMarker('The NCA will share the figures. Action on: NCA and CPS')?.owners).toBe(
      'NCA and CPS',
    );
    expect(trailingMarker('The NCA will share the figures. Action on NCA.')?.owners).toBe('NCA');
    expect(trailingMarker('Members discussed the action on trafficking.')).toBeNull();
    expect(trailingMarker('The action (Action: MOJ) was noted and discussed at length')).toBeNull();
    // A dash and the word in capitals after the sentence: the sentence names its owners itself.
    expect(trailingMarker('NCA to circulate the note – ACTION')).toEqual({
      before: 'NCA to circulate the note',
      owners: '',
      due: null,
    });
    expect(trailingMarker('The Board took no action - action was deferred.')).toBeNull();
    // The word in capitals after a dash with the owners after it, no colon: "– ACTION DWP/HMRC".
    expect(trailingMarker('DWP and HMRC agreed to check the records – ACTION DWP/HMRC')).toEqual({
      before: 'DWP and HMRC agreed to check the records',
      owners: 'DWP/HMRC',
      due: null,
    });
    expect(trailingMarker('The Board deferred it - action plan to follow')).toBeNull();
    // The label after a dash, in mixed case, no brackets: "— Action: Home Office".
    expect(trailingMarker('The Home Office will circulate the forward look — Action: Home Office')).toEqual({
      before: 'The Home Office will circulate the forward look',
      owners: 'Home Office',
      due: null,
    });
  });

  it("reads a sentence with its owners after a dash and a label as that body's action", () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 3 May 2016',
        '',
        'Present:',
        'Sarah Whitcombe, Home Office (Chair)',
        'Graham Kerr, NCA',
        '',
        '1. AOB',
        '',
        'The Home Office will circulate the forward look — Action: Home Office',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office'],
        text: 'The Home Office will circulate the forward look',
        item: '1',
        due: null,
      },
    ]);
  });

  it('takes the last sentence, not stopping at abbreviations', () => {
    expect(lastSentence('SOCA set out the assessment. It was agreed to share it.')).toBe(
      'It was agreed to share it.',
    );
    expect(lastSentence('Home Office to write to e.g. ACPO and Mr. Smith.')).toBe(
      'Home Office to write to e.g. ACPO and Mr. Smith.',
    );
  });

  it('reads "05.12.12" as a date, but not paragraph numbers or times', () => {
    expect(findDates('Minutes – 05.12.12').map((d) => [d.day, d.month, d.year])).toEqual([[5, 12, 2012]]);
    expect(findDates('1.2.10 The Group noted')).toEqual([]);
    expect(findDates('10.30.12')).toEqual([]);
  });

  it('does not take a room number for a time', () => {
    expect(findTimeRange('Room 7.14, Ministry of Justice')).toBeNull();
    expect(findTimeRange('10.00 – 11.30, Room 7.14')).toMatchObject({
      start: { hour: 10, minute: 0 },
      end: { hour: 11, minute: 30 },
    });
  });

  it('maps a tab-separated action table by column, whatever the tab width', () => {
    const text = [
      'Minutes of the IDMG meeting, 19 September 2012',
      '',
      'Present: Jo Bloggs (Home Office), A Person (UKHTC)',
      '',
      'No.\tAction\tOwner\tDeadline',
      '1\tCirculate the draft report\tHome Office\t28/9/2012',
      '2\tProvide two case studies\tUKHTC\t05.10.12',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions).toEqual([
      { owners: ['Home Office'], text: 'Circulate the draft report', item: null, due: '2012-09-28' },
      { owners: ['UKHTC'], text: 'Provide two case studies', item: null, due: '2012-10-05' },
    ]);
  });

  it('a table reviewing earlier actions by status gives no new action', () => {
    const text = [
      'Minutes of the IDMG meeting, 3 October 2012',
      '',
      'Present: Jo Bloggs (Home Office), A Person (UKHTC)',
      '',
      'Ref  Action                             Owner        Status',
      'A1   Home Office to speak with HMRC     Home Office  Complete',
      'A2   UKHTC to provide information       UKHTC        Ongoing',
      '',
      'ACTION: UKHTC to report back at the next meeting.',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions.map((a) => a.text)).toEqual([
      'UKHTC to report back at the next meeting',
    ]);
  });

  it('an action log keeps the rows agreed at this meeting and drops those it reviews', () => {
    const text = [
      'Minutes of the IDMG meeting, 3 October 2012',
      '',
      'Present: Jo Bloggs (Home Office), A Person (UKHTC)',
      '',
      '| Ref | Action | Owner | Status |',
      '|---|---|---|---|',
      '| A1 | Home Office to speak with HMRC | Home Office | Complete |',
      '| A4 | UKHTC to circulate the NRM statistics | UKHTC | New |',
      '| A2 | UKHTC to provide information | UKHTC | Amber |',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions.map((a) => a.text)).toEqual(['UKHTC to circulate the NRM statistics']);
  });

  it('"Chair:" on a line of its own names one person; the members listed after it are not chairs', () => {
    const text = [
      'Minutes of the IDMG meeting, 3 October 2012',
      '',
      'Chair:',
      'Jeremy Browne MP (Home Office)',
      'Helen Grant MP (MOJ)',
      'Official (DfE) for Edward Timpson MP',
      '',
      '1. Welcome',
      '',
    ].join('\n');
    expect(parseMinutes(text).attendees).toEqual([
      { organisation: 'Home Office', name: 'Jeremy Browne MP', role: 'CHAIR', deputisingFor: null },
      { organisation: 'MOJ', name: 'Helen Grant MP', role: null, deputisingFor: null },
      { organisation: 'DfE', name: 'Official', role: null, deputisingFor: 'Edward Timpson MP' },
    ]);
  });

  it('a scanned page: a letter-spaced protective marking is not the title, "1 ." is an item', () => {
    const text = [
      '      R E S T R I C T E D  -  P O L I C Y',
      '',
      ' INTER-DEPARTMENTAL  MINISTERIAL  GROUP  ON  HUMAN  TRAFFICKING',
      '      Minutes  of  the  meeting  held  on  Wednesday  17  October  2012',
      '',
      'Present :',
      ' Home Office          Mark  Harper MP  (Chair)',
      '',
      '1 .  Minutes  of  last  meeting',
      '',
    ].join('\n');
    const parsed = parseMinutes(text);
    expect(parsed.meeting).toEqual({
      title: 'INTER-DEPARTMENTAL MINISTERIAL GROUP ON HUMAN TRAFFICKING',
      date: '2012-10-17',
    });
    expect(parsed.items).toEqual([{ number: '1', title: 'Minutes of last meeting' }]);
  });

  it('reads a table pasted one cell to a line, and files each row under the item that cites it', () => {
    const text = [
      'Minutes of the IDMG meeting, 30 January 2013',
      '',
      'Present: Official, Home Office; Official, SOCA',
      '',
      'Item 1 – Law enforcement',
      'SOCA presented its assessment and will share it (action 1).',
      '',
      'Item 2 – Any other business',
      'None.',
      '',
      'Summary of actions',
      '',
      'No.',
      'Action',
      'Owner',
      'Deadline',
      '1',
      'Share the assessment with the devolved administrations',
      'SOCA',
      '15/02/2013',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions).toEqual([
      {
        owners: ['SOCA'],
        text: 'Share the assessment with the devolved administrations',
        item: '1',
        due: '2013-02-15',
      },
    ]);
  });

  it('reads typographic ligatures as their letters', () => {
    const text = [
      'Minutes of the IDMG meeting, 17 October 2012',
      '',
      'ACTION: DH to share usage \uFB01gures.',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions[0]?.text).toBe('DH to share usage figures');
  });

  it('owners written as people are their organisations; the chair in the body and "Home Office (Chair)" in the summary table are one action of the Home Office', () => {
    const text = [
      'Minutes of the IDMG meeting, 12 March 2013',
      '',
      'Present:',
      'Home Office   Mark Harper MP (Chair)',
      'Home Office   Official (Secretariat)',
      'DH            Sarah Brown',
      'UKHTC         Jo Smith',
      '',
      '1. Health',
      'ACTION: Sarah Brown to share the NHS guidance with the Group.',
      'The Group discussed the figures. ACTION 1: Jo Smith (UKHTC) to circulate the NRM statistics.',
      'The remit was discussed. ACTION 2: Chair to write to DWP on the remit.',
      '',
      '| No. | Action | Owner | Deadline |',
      '|---|---|---|---|',
      '| 2 | Write to DWP on the remit | Home Office (Chair) | 31/05/2013 |',
      '',
    ].join('\n');
    const actions = parseMinutes(text).actions;
    expect(actions.map((a) => [a.text, a.owners, a.due])).toEqual([
      ['Sarah Brown to share the NHS guidance with the Group', ['DH'], null],
      ['Jo Smith (UKHTC) to circulate the NRM statistics', ['UKHTC'], null],
      ['Chair to write to DWP on the remit', ['Home Office'], '2013-05-31'],
    ]);
  });

  it('an action given to the chair or the secretariat is theirs as written, whoever holds the role', () => {
    const text = [
      'Minutes of the IDMG meeting, 12 March 2013',
      '',
      'Present:',
      'Home Office   Mark Harper MP (Chair)',
      'Home Office   Official (Secretariat)',
      'DH            Sarah Brown',
      '',
      '1. Meeting dates',
      'ACTION: Secretariat to circulate proposed meeting dates for 2014.',
      'ACTION: The Chair to write to DH on the remit.',
      'ACTION: Home Office to circulate the revised guidance.',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Secretariat to circulate proposed meeting dates for 2014', ['Secretariat']],
      ['The Chair to write to DH on the remit', ['Chair']],
      // Not taken for a repeat of the secretariat's action: the words differ.
      ['Home Office to circulate the revised guidance', ['Home Office']],
    ]);
  });

  it('reads a summary of "MOJ – publish …" bullets, "COP", "w/c" and "by close on" deadlines, and Lead/Support owners', () => {
    const text = [
      'Minutes of the IDMG meeting, 21 November 2012',
      '',
      'Present: Official, MOJ; Official, GLA; Official, Home Office; Official, DfE; Official, DH',
      '',
      '1. Actions',
      '',
      'Actions',
      '• MOJ – publish the victim care evaluation',
      '• GLA – share intelligence with UKHTC: COP Friday 7 December 2012',
      '• Home Office – circulate the terms of reference, w/c 14 January 2013',
      '• DH – send comments on the protocol by close on 18 January 2013',
      '',
      'Action 4: Develop a joint protocol on child victims.',
      'Lead: DfE; Support: DH, Home Office',
      'Deadline: 31 March 2013',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions.map((a) => [a.owners, a.due])).toEqual([
      [['MOJ'], null],
      [['GLA'], '2012-12-07'],
      [['Home Office'], '2013-01-14'],
      [['DH'], '2013-01-18'],
      [['DfE', 'DH', 'Home Office'], '2013-03-31'],
    ]);
  });

  it('reads a due date after "ahead of", "prior to", "by noon on", "by 5pm on", "by end of day" and "by w/e"', () => {
    const due = (phrase: string) =>
      parseMinutes(
        [
          'Strategy Board',
          'Minutes of the meeting held on 12 February 2013',
          '',
          'Present: Official, NCA',
          '',
          '1. Data',
          `ACTION: NCA to share the figures ${phrase}.`,
        ].join('\n'),
      ).actions[0]?.due ?? null;
    for (const phrase of [
      'ahead of 5 March 2013',
      'in advance of 5 March 2013',
      'prior to 5 March 2013',
      'by noon on 5 March 2013',
      'by 5pm on 5 March 2013',
      'by 12:00 on 5 March 2013',
      'by end of day 5 March 2013',
      'by w/e 5 March 2013',
    ])
      expect(due(phrase), phrase).toBe('2013-03-05');
    // A date the action mentions without a cue before it is no deadline.
    expect(due('in time for 5 March 2013')).toBeNull();
  });

  it('in an "AOB and date of next meeting" item, the sentence naming the meeting wins over other dates', () => {
    const text = [
      'Minutes of meeting: Tuesday 12 March 2013, 10:30–12:00',
      '',
      'Present: Official, Home Office; Official, DH',
      '',
      '6. AOB and date of next meeting',
      '',
      '6.1 ACTION: DH to circulate the guidance by 19 April 2013.',
      '',
      '6.2 The next meeting will be held on Thursday 6 June 2013 from 10 until 11.30 in Conference',
      'Room 2, 2 Marsham Street.',
      '',
    ].join('\n');
    expect(parseMinutes(text).nextMeeting).toEqual({
      start: '2013-06-06T10:00:00+01:00',
      end: '2013-06-06T11:30:00+01:00',
      location: 'Conference Room 2, 2 Marsham Street',
    });
  });

  it('reads the English half of bilingual labels', () => {
    const text = [
      'Minutes of the meeting held on 23 January 2013',
      '',
      'Yn bresennol / Present:',
      'Mark Harper MP – Home Office – Chair',
      'Official – DfE',
      '',
      'Ymddiheuriadau / Apologies:',
      'Anna Soubry MP – DH',
      '',
      'Eitem 1 / Item 1 – Welcome',
      '',
      'Action 1: DfE to circulate the protocol.',
      '',
    ].join('\n');
    const parsed = parseMinutes(text);
    expect(parsed.attendees.map((a) => a.organisation)).toEqual(['Home Office', 'DfE']);
    expect(parsed.apologies).toEqual([{ organisation: 'DH', name: 'Anna Soubry MP' }]);
    expect(parsed.items).toEqual([{ number: '1', title: 'Welcome' }]);
    expect(parsed.actions[0]?.item).toBe('1');
  });

  it('reads numbered labels, checkbox action items, and leaves out actions carried forward', () => {
    const text = [
      'Minutes of the IDMG meeting, 12 December 2012',
      '',
      'Present: Official, Home Office; Official, UKBA; Official, SOCA',
      '',
      '1. Borders',
      '',
      'Action 12/01: UKBA to provide the figures by 31 Jan.',
      'ACTION IDMG/2012/02: SOCA to brief the devolved administrations (Secretariat note: a session is offered on 8 January).',
      '',
      'Action items',
      '☐ Home Office to write to DfE',
      '',
      'ACTIONS CARRIED FORWARD FROM PREVIOUS MEETINGS',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions).toEqual([
      { owners: ['UKBA'], text: 'UKBA to provide the figures by 31 Jan', item: '1', due: '2013-01-31' },
      { owners: ['SOCA'], text: 'SOCA to brief the devolved administrations', item: '1', due: null },
      { owners: ['Home Office'], text: 'Home Office to write to DfE', item: '1', due: null },
    ]);
  });

  it('reads 24-hour times written "1400-1530", never a span of years', () => {
    expect(findTimeRange('Tuesday, 1400-1530, Room 2.14')).toMatchObject({
      start: { hour: 14, minute: 0 },
      end: { hour: 15, minute: 30 },
    });
    expect(findTimeRange('the 2012-2013 report')).toBeNull();
  });

  it('keeps a numbered actions list whole across blank lines, reads owners written after the action, and "would next meet"', () => {
    const text = [
      'Minutes of the IDMG meeting, 6 February 2013',
      '',
      'Present: Official, FCO; Official, UKBA; Official, DWP',
      '',
      '4. Any other business',
      '',
      'ACTIONS',
      '',
      '1. Produce a short paper on forced labour – FCO and UKBA',
      '',
      '2. DWP to confirm the number of claimants by 15 March 2013',
      '',
      '3.2 The Group noted the update.',
      '',
      'It was agreed that the Group would next meet on 19 June 2013 at 2pm.',
      '',
    ].join('\n');
    const parsed = parseMinutes(text);
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['FCO', 'UKBA'], null],
      [['DWP'], '2013-03-15'],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2013-06-19T14:00:00+01:00');
  });

  it('a table with Item, Action, Owner and Due columns is a table of actions, its owners read from their column', () => {
    const text = [
      'Minutes of the IDMG meeting, 15 January 2013',
      '',
      'Present: Official, UKHTC; Official, MOJ',
      '',
      '| Item | Action | Owner | Due |',
      '|---|---|---|---|',
      '| 2 | Provide a breakdown of child referrals | UKHTC | 31/1/2013 |',
      '',
    ].join('\n');
    expect(parseMinutes(text).actions).toEqual([
      { owners: ['UKHTC'], text: 'Provide a breakdown of child referrals', item: '2', due: '2013-01-31' },
    ]);
  });
});

describe('attendance laid out as tables and columns', () => {
  it("reads a list printed in capitals under its columns' header, a row with no role included", () => {
    const parsed = parseMinutes(
      [
        'MINUTES OF THE PARTNERSHIP BOARD',
        'MEETING DATE: 12 MARCH 2025',
        '',
        'ATTENDEES',
        '  NAME                        ORGANISATION                     ROLE',
        '  SUPT K OKAFOR               WESTSHIRE POLICE                 CHAIR',
        '  M AHMED                     SALVATION ARMY',
        '  T NOWAK                     GLAA',
        '',
        'APOLOGIES',
        '  NAME                        ORGANISATION',
        '  C BRENNAN                   WESTSHIRE FIRE AND RESCUE',
        '',
        'ITEM 1   MINUTES OF PREVIOUS MEETING',
        '         AGREED.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['SUPT K OKAFOR', 'WESTSHIRE POLICE', 'CHAIR'],
      ['M AHMED', 'SALVATION ARMY', null],
      ['T NOWAK', 'GLAA', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'WESTSHIRE FIRE AND RESCUE', name: 'C BRENNAN' }]);
    expect(parsed.items).toEqual([{ number: '1', title: 'MINUTES OF PREVIOUS MEETING' }]);
  });

  it('reads "Absent" in a status column as in neither list, and a member substituted by someone as an apology with the substitute there', () => {
    const parsed = parseMinutes(
      [
        '# Lincolnshire Partnership',
        'Minutes of the meeting held on 19 February 2025',
        '',
        '| Member | Representing | Attendance |',
        '|---|---|---|',
        '| Cllr Helen Moss | Lincolnshire County Council | Present (Chair) |',
        '| Cllr Raj Bedi | City of Lincoln Council | Apologies - substituted by Cllr Tom Reed |',
        '| Dr Amy Fox | NHS Lincolnshire ICB | Apologies |',
        '| Sam Wood | Boston Borough Council | Absent |',
        '',
        '## 1. Housing',
        '**Action:** City of Lincoln Council to review licensing checks.',
      ].join('\n'),
    );
    expect(parsed.attendees).toEqual([
      {
        organisation: 'Lincolnshire County Council',
        name: 'Cllr Helen Moss',
        role: 'CHAIR',
        deputisingFor: null,
      },
      {
        organisation: 'City of Lincoln Council',
        name: 'Cllr Tom Reed',
        role: null,
        deputisingFor: 'Cllr Raj Bedi',
      },
    ]);
    expect(parsed.apologies).toEqual([
      { organisation: 'City of Lincoln Council', name: 'Cllr Raj Bedi' },
      { organisation: 'NHS Lincolnshire ICB', name: 'Dr Amy Fox' },
    ]);
  });

  it('reads an attendance table whose tabs became spaces by the order of its cells', () => {
    const parsed = parseMinutes(
      [
        'INTER-DEPARTMENTAL MINISTERIAL GROUP ON MODERN SLAVERY',
        'Date:    24/05/2016',
        '',
        'ATTENDEES',
        '',
        'Organisation    Name    Role',
        'Home Office    Karen Bradley MP    Chair',
        'Home Office    Official    Secretariat',
        'NCA    Official',
        'DfE    Official    For Edward Timpson MP',
        '',
        '1. SUPPLY CHAINS',
        '',
        '1.1 The Home Office reported on the statements published.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role, a.deputisingFor])).toEqual([
      ['Home Office', 'Karen Bradley MP', 'CHAIR', null],
      ['Home Office', 'Official', 'SECRETARIAT', null],
      ['NCA', 'Official', null, null],
      ['DfE', 'Official', null, 'Edward Timpson MP'],
    ]);
  });

  it('one table for everybody, a column saying who was present and who sent apologies', () => {
    const parsed = parseMinutes(
      [
        'Network minutes – 5 September 2019',
        '',
        'Attendance',
        '',
        'Name          Organisation                 Attendance',
        'Bev Hughes    GMCA                         Present (Chair)',
        'Alice Burns   Trafford Council             Apologies',
        'Ian Hopkins   Greater Manchester Police    Present',
        '',
        '1. Housing',
        'Action: GMCA to convene a housing workshop.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Bev Hughes', 'GMCA', 'CHAIR'],
      ['Ian Hopkins', 'Greater Manchester Police', null],
    ]);
    expect(parsed.apologies).toEqual([{ name: 'Alice Burns', organisation: 'Trafford Council' }]);
  });

  it('people side by side in two columns, "Name, Body" in each', () => {
    const parsed = parseMinutes(
      [
        'Network minutes – 26 February 2016',
        '',
        'Present:',
        'Sara Thornton, West Midlands Police (Chair)        Raj Gill, Birmingham City Council',
        'Helen Ward, Barnardo’s                             Neil Tait, Crown Prosecution Service',
        '',
        'Apologies:',
        'Olu Ade, Home Office                               Fay Lin, Coventry City Council',
        '',
        '1. Prosecutions',
        'ACTION: Crown Prosecution Service to present a case review.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Sara Thornton', 'West Midlands Police', 'CHAIR'],
      ['Raj Gill', 'Birmingham City Council', null],
      ['Helen Ward', "Barnardo's", null],
      ['Neil Tait', 'Crown Prosecution Service', null],
    ]);
    expect(parsed.apologies.map((a) => a.name)).toEqual(['Olu Ade', 'Fay Lin']);
  });
});

describe('"Action items"', () => {
  const doc = (body: string[]) =>
    parseMinutes(
      ['Forum notes – 8 November 2022', '', 'Present: Amy Collins (Home Office)', '', ...body].join('\n'),
    );

  it('once, after the items, gathers the meeting’s actions; owners in an "Assigned to" field', () => {
    const { actions } = doc([
      '1. Guidance',
      'The Home Office outlined the timetable.',
      '',
      '2. Survivor voice',
      'The panel reported.',
      '',
      'Action items',
      '☐ Share the draft chapters (Assigned to: Home Office; due 25 November 2022)',
      '☐ Circulate the panel report (Assignee: British Red Cross)',
    ]);
    expect(actions).toEqual([
      { owners: ['Home Office'], text: 'Share the draft chapters', item: null, due: '2022-11-25' },
      { owners: ['British Red Cross'], text: 'Circulate the panel report', item: null, due: null },
    ]);
  });

  it('under every item, holds each item’s own', () => {
    const { actions } = doc([
      '1. Guidance',
      'Action items',
      '☐ Home Office to share the draft chapters',
      '',
      '2. Survivor voice',
      'Action items',
      '☐ British Red Cross to circulate the panel report',
    ]);
    expect(actions.map((a) => a.item)).toEqual(['1', '2']);
  });
});

describe('owners written apart from the action', () => {
  it('"ACTION DfE" in capitals after the sentence, with no colon or brackets', () => {
    const { actions } = parseMinutes(
      [
        'Officials’ group minutes, 5 February 2013',
        '',
        'Present:',
        'Department for Education – Official',
        'Crown Prosecution Service – Official',
        '',
        '1. Child victims',
        '1.1 Members discussed the guidance. The revised guidance is to be circulated by 28 February 2013. ACTION DfE',
        '1.2 The Group reviewed the plan. ACTION Plan agreed in principle',
      ].join('\n'),
    );
    expect(actions).toEqual([
      {
        owners: ['Department for Education'],
        text: 'The revised guidance is to be circulated by 28 February 2013',
        item: '1',
        due: '2013-02-28',
      },
    ]);
  });

  it('owners and a due date tagged on in brackets, and an instruction’s verb never an owner', () => {
    const { actions } = parseMinutes(
      [
        'Fund board minutes – 9 January 2014',
        '',
        'Attendees: Official, Department for Education (Chair); Official, ECPAT UK; Official, CPS',
        '',
        '1. Allocations',
        'Actions:',
        '- Write to successful bidders [DfE, 31/01/2014]',
        '- Draft the evaluation framework (ECPAT UK)',
        '- Report to the Board on the pilot.',
        '- ECPAT UK to write to the CPS (Crown Prosecution Service)',
      ].join('\n'),
    );
    expect(actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Department for Education'], 'Write to successful bidders', '2014-01-31'],
      [['ECPAT UK'], 'Draft the evaluation framework', null],
      [[], 'Report to the Board on the pilot', null],
      [['ECPAT UK'], 'ECPAT UK to write to the CPS (Crown Prosecution Service)', null],
    ]);
  });

  it('a body’s name over the actions listed under it, group after group', () => {
    const { actions } = parseMinutes(
      [
        'Board minutes – 16 April 2013',
        '',
        'Present: Official, UKHTC; Official, SOCA',
        '',
        '1. Statistics',
        'UKHTC presented the statistics.',
        '',
        'Actions by organisation',
        '',
        'UKHTC',
        '- Publish the statistics by 30 April 2013.',
        '- Add the cases to the quarterly report.',
        '',
        'SOCA',
        '- Share the assessment with the CPS.',
        '',
        'The meeting closed at noon.',
      ].join('\n'),
    );
    expect(actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['UKHTC'], 'Publish the statistics by 30 April 2013', null],
      [['UKHTC'], 'Add the cases to the quarterly report', null],
      [['SOCA'], 'Share the assessment with the CPS', null],
    ]);
  });

  it('group after group with no blank lines, entries without full stops; an entry running on is no group', () => {
    const { actions } = parseMinutes(
      [
        'Board minutes – 16 April 2013',
        'Present: Official, UKHTC; Official, SOCA; Official, Surrey County Council',
        '1. Statistics',
        'UKHTC presented the statistics.',
        'Actions by organisation',
        'UKHTC',
        '- publish the statistics (item 1)',
        '- share the figures with',
        'Surrey County Council',
        'SOCA',
        '- share the assessment with the CPS',
      ].join('\n'),
    );
    expect(actions.map((a) => [a.owners, a.text])).toEqual([
      [['UKHTC'], 'publish the statistics'],
      [['UKHTC'], 'share the figures with Surrey County Council'],
      [['SOCA'], 'share the assessment with the CPS'],
    ]);
  });
});

describe('attendance and owners as some secretariats write them', () => {
  it('reads whom someone stands in for after the body\'s bracket: ", representing X", "attending for X"', () => {
    const { attendees } = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 March 2015',
        '',
        'Present:',
        'Jane Smith (Home Office), representing Tom Bell',
        'Amy Fox (DfE) attending for Sam Ray',
        'Official, MOJ, representing the Director',
        '',
        '1. AOB',
        'None.',
      ].join('\n'),
    );
    expect(attendees.map((a) => [a.organisation, a.name, a.deputisingFor])).toEqual([
      ['Home Office', 'Jane Smith', 'Tom Bell'],
      ['DfE', 'Amy Fox', 'Sam Ray'],
      ['MOJ', 'Official', 'the Director'],
    ]);
  });

  it('reads a body someone attends on behalf of as their body when they name no other ("Tom Price (on behalf of MOJ)")', () => {
    const { attendees } = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 March 2015',
        '',
        'Present:',
        'Jane Smith representing Home Office',
        'Tom Price (on behalf of MOJ)',
        'Bob Hart – representing the CPS',
        'Official (for Minister)',
        'Jo Bell (for Damian Green MP)',
        '',
        '1. AOB',
        'None.',
      ].join('\n'),
    );
    expect(attendees.map((a) => [a.organisation, a.name, a.deputisingFor])).toEqual([
      ['Home Office', 'Jane Smith', null],
      ['MOJ', 'Tom Price', null],
      ['CPS', 'Bob Hart', null],
      [null, 'Official', 'Minister'],
      [null, 'Jo Bell', 'Damian Green MP'],
    ]);
  });

  it("finds the body that acts after a lead-in or before a modal ('It was agreed that X would', 'The Chair asked X to', 'X should')", () => {
    const { actions } = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 March 2014',
        '',
        'Present: Anne Hall (Home Office, Chair); Tom Bell (MOJ)',
        '',
        '1. Guidance',
        'ACTION: It was agreed that the Home Office would write to the LGA.',
        '',
        'ACTION: The Chair asked MOJ to review the guidance.',
        '',
        'ACTION: Home Office should publish the figures.',
        '',
        'ACTION: MOJ were asked to brief the courts.',
        '',
        'ACTION: The Group noted that the Home Office Minister to visit.',
      ].join('\n'),
    );
    expect(actions.map((a) => a.owners)).toEqual([['Home Office'], ['MOJ'], ['Home Office'], ['MOJ'], []]);
  });

  it("makes a body's officials' action the body's own", () => {
    const { actions } = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 March 2014',
        '',
        'Present: Anne Hall (Home Office, Chair); Tom Bell (MOJ)',
        '',
        '1. Guidance',
        'ACTION: Home Office officials to brief posts.',
        'ACTION: Officials from the Ministry of Justice to write to the courts.',
        'ACTION: MOJ and Home Office officials to agree the letter.',
      ].join('\n'),
    );
    expect(actions.map((a) => a.owners)).toEqual([['Home Office'], ['MOJ'], ['MOJ', 'Home Office']]);
  });

  it('reads "Name ⇥ Body" person first when the body reads more as one, or a row above put its role last', () => {
    const attendance = (lines: string[]) =>
      parseMinutes(
        [
          'Working Group',
          'Minutes of the meeting held on 10 September 2013',
          '',
          'Present:',
          ...lines,
          '',
          '1. AOB',
          'None.',
        ].join('\n'),
      ).attendees.map((a) => [a.organisation, a.name, a.role]);
    expect(attendance(['Neil Foster\tKDC Environmental Health', 'Rachel Obi\tKDC Community Safety'])).toEqual(
      [
        ['KDC Environmental Health', 'Neil Foster', null],
        ['KDC Community Safety', 'Rachel Obi', null],
      ],
    );
    expect(
      attendance([
        'Cllr Margaret Holloway\tKingsmere District Council\tChair',
        'Joe Kaminski\tKingsmere Citizens Advice',
      ]),
    ).toEqual([
      ['Kingsmere District Council', 'Cllr Margaret Holloway', 'CHAIR'],
      ['Kingsmere Citizens Advice', 'Joe Kaminski', null],
    ]);
    // Once the list reads person first, a role in the body's place is a role, and no one's body.
    expect(
      attendance(['Sgt Lisa Moran\tWestshire Police', 'Mr David Cole\tClerk', 'Ms Amy Wood\tWestshire CCG']),
    ).toEqual([
      ['Westshire Police', 'Sgt Lisa Moran', null],
      [null, 'Mr David Cole', 'CLERK'],
      ['Westshire CCG', 'Ms Amy Wood', null],
    ]);
  });

  it('reads "Both CPS and DWP" as the two bodies, and "Both" alone as no one', () => {
    const { actions } = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 4 March 2014',
        '',
        'Present: Anne Hall (CPS, Chair); Tom Bell (DWP)',
        '',
        '1. Guidance',
        'ACTION: Both CPS and DWP to circulate the guidance.',
        'ACTION: Both to agree the protocol.',
      ].join('\n'),
    );
    expect(actions.map((a) => a.owners)).toEqual([['CPS', 'DWP'], []]);
  });

  it('keeps a bracket after "Name, Body" with the body, and reads "HM …" bodies by their acronyms', () => {
    const parsed = parseMinutes(
      [
        'Courts Working Group',
        'Minutes of the meeting held on 4 March 2021',
        '',
        'Present:',
        'Tom Bell, Foreign, Commonwealth and Development Office (Chair)',
        'Jo Lee, HM Courts and Tribunals Service',
        'Roy Dee, Department of Justice (NI)',
        'Sue Lee, NCA (by phone)',
        '',
        '1. Guidance',
        'ACTION: HMCTS and FCDO to share the data.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Foreign, Commonwealth and Development Office', 'Tom Bell', 'CHAIR'],
      ['HM Courts and Tribunals Service', 'Jo Lee', null],
      ['Department of Justice (NI)', 'Roy Dee', null],
      ['NCA', 'Sue Lee', null],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([
      ['HM Courts and Tribunals Service', 'Foreign, Commonwealth and Development Office'],
    ]);
  });

  it('keeps a bracket after "Name – Body" with the body, as after a comma', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 16 October 2013',
        '',
        'Attendees',
        '\u2022\tSarah Whitcombe \u2013 Home Office (Chair)',
        '\u2022\tGraham Kerr \u2013 NCA',
        '\u2022\tDCI Mark Tennant \u2013 NCA (UKHTC)',
        '\u2022\tRuth Kenyon \u2013 DH',
        '',
        '1. Health care',
        'DH presented a note.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Sarah Whitcombe', 'CHAIR'],
      ['NCA', 'Graham Kerr', null],
      ['NCA (UKHTC)', 'DCI Mark Tennant', null],
      ['DH', 'Ruth Kenyon', null],
    ]);
  });

  it('keeps a nation in brackets after "Name, Body" with the body, though its capitals read like a name', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 5 December 2018',
        '',
        'Present:',
        'Siobhan Kelly, Department of Justice (Northern Ireland)',
        'Ian Reid, Crown Office (Scotland) (Chair)',
        'Jo Bell, Home Office',
        '',
        '1. Guidance',
        'ACTION: Department of Justice (Northern Ireland) to share the data.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Department of Justice (Northern Ireland)', 'Siobhan Kelly', null],
      ['Crown Office (Scotland)', 'Ian Reid', 'CHAIR'],
      ['Home Office', 'Jo Bell', null],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Department of Justice (Northern Ireland)']]);
  });

  it('reads apologies an item lists by letter, "a)" and "(b)", as the apologies', () => {
    const parsed = parseMinutes(
      [
        'Anti-Slavery Partnership Board',
        'Minutes of the meeting held on 14 March 2019',
        '',
        'Present:',
        'Cllr Roger Pike (Chair)\tWestshire County Council',
        '',
        '1.\tApologies for absence',
        'a)\tCllr Peter Lowe (Kingsmere Borough Council)',
        '(b)\tMark Ellis (Westshire CCG)',
        '',
        '2.\tMinutes of the last meeting',
        'a)\tAgreed.',
      ].join('\n'),
    );
    expect(parsed.apologies.map((a) => [a.organisation, a.name])).toEqual([
      ['Kingsmere Borough Council', 'Cllr Peter Lowe'],
      ['Westshire CCG', 'Mark Ellis'],
    ]);
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Apologies for absence',
      'Minutes of the last meeting',
    ]);
  });

  it('reads a department whose own name has commas as one body, in the list and as owners', () => {
    const parsed = parseMinutes(
      [
        'Supply Chains Working Group',
        'Minutes of the meeting held on 4 March 2019',
        '',
        'Present:',
        'Tom Bell, Department for Business, Energy and Industrial Strategy (Chair)',
        'Sam Ray, Ministry of Housing, Communities and Local Government',
        'Jo Fenton, Deputy Director, Modern Slavery Unit, Home Office',
        '',
        '1. Guidance',
        'ACTION: Department for Business, Energy and Industrial Strategy and Ministry of Housing, Communities and Local Government to agree the guidance.',
        'ACTION: MHCLG to publish the register.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['Department for Business, Energy and Industrial Strategy', 'Tom Bell'],
      ['Ministry of Housing, Communities and Local Government', 'Sam Ray'],
      ['Home Office', 'Jo Fenton'],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([
      [
        'Department for Business, Energy and Industrial Strategy',
        'Ministry of Housing, Communities and Local Government',
      ],
      ['Ministry of Housing, Communities and Local Government'],
    ]);
  });

  it('attendees’ initials as owners, a capitals heading ending the list, apologies in the first item', () => {
    const parsed = parseMinutes(
      [
        'LIAISON GROUP',
        'Note of meeting – 18 March 2013',
        '',
        'Present:',
        'Jo Smith (JS), UKHTC – Chair',
        'Ruth Lee (RL), Crown Prosecution Service',
        'WELCOME AND INTRODUCTIONS',
        '',
        '1. Welcome',
        'The Chair welcomed members. Apologies: Official (Home Office); Official (DH).',
        '',
        '2. Referral data',
        'JS presented the figures for 2012. It will share the regional breakdown. **ACTION: JS**',
        'Action: RL to write to police forces.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Jo Smith', 'UKHTC', 'CHAIR'],
      ['Ruth Lee', 'Crown Prosecution Service', null],
    ]);
    expect(parsed.apologies).toEqual([
      { name: 'Official', organisation: 'Home Office' },
      { name: 'Official', organisation: 'DH' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['UKHTC'], 'It will share the regional breakdown'],
      [['Crown Prosecution Service'], 'RL to write to police forces'],
    ]);
  });
});

describe('tables and lists some secretariats keep', () => {
  it('a field table at the top, several people of one body in a cell, a Support column, an instruction with its owner after a dash', () => {
    const parsed = parseMinutes(
      [
        '| Meeting | Coordination Board |',
        '|---------|--------------------|',
        '| Date    | 12 March 2013      |',
        '',
        'Attendance',
        '',
        '| Organisation | Attendees                                     |',
        '|--------------|-----------------------------------------------|',
        '| Home Office  | Karen Bradley MP (Chair), Official (Secretariat) |',
        '| Kalayaan     | Official                                      |',
        '',
        '1. Domestic workers',
        '- Share the case studies with the policy team — **Kalayaan**',
        '- The Board noted the figures.',
        '',
        'Actions',
        '',
        'Action                    Lead          Support     Deadline',
        'Review the visa rules     Home Office   Kalayaan    30 April 2013',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Coordination Board', date: '2013-03-12' });
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Karen Bradley MP', 'Home Office', 'CHAIR'],
      ['Official', 'Home Office', 'SECRETARIAT'],
      ['Official', 'Kalayaan', null],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Kalayaan'], 'Share the case studies with the policy team — Kalayaan', null],
      [['Home Office', 'Kalayaan'], 'Review the visa rules', '2013-04-30'],
    ]);
  });
});

describe('fields and lists written in other words', () => {
  it('"Lead department" and "Complete by" fields, owner and date in brackets joined by a dash, apologies "from the following:"', () => {
    const parsed = parseMinutes(
      [
        'Board minutes – 22 January 2014',
        '',
        'Present: Official, Home Office (Chair); Official, National Crime Agency; Official, Department for Education',
        '',
        'Apologies for absence were received from the following: Official (Cherwell District Council), Official (DH).',
        '',
        '1. Review',
        'Action: Draft the chapter on child victims (Lead department: Department for Education). Complete by: 31 May 2014.',
        'Actions:',
        '- Provide the NRM data for 2013 (National Crime Agency – 28 February 2014)',
        '',
        '2. Next meeting',
        'Next meeting: Tuesday 1 April 2014 (2pm–4pm), Conference Room A, 2 Marsham Street.',
      ].join('\n'),
    );
    expect(parsed.apologies.map((a) => a.organisation)).toEqual(['Cherwell District Council', 'DH']);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Department for Education'], 'Draft the chapter on child victims', '2014-05-31'],
      [['National Crime Agency'], 'Provide the NRM data for 2013', '2014-02-28'],
    ]);
    expect(parsed.nextMeeting?.location).toBe('Conference Room A, 2 Marsham Street');
  });
});

describe('the header above an attendance list', () => {
  it('an attendance table straight under the header fields, and a "Chair:" field the list repeats', () => {
    const table = parseMinutes(
      [
        'IDMG minutes',
        'Date: 12/11/2013',
        '',
        '| Organisation | Name | Role |',
        '|---|---|---|',
        '| Home Office | Karen Bradley MP | Chair |',
        '| MOJ | Official | |',
        '',
        '1. Annual report',
        'ACTION: MOJ to share the timetable.',
      ].join('\n'),
    );
    expect(table.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Karen Bradley MP', 'Home Office', 'CHAIR'],
      ['Official', 'MOJ', null],
    ]);
    const repeated = parseMinutes(
      [
        '# Working Group',
        '**Date:** 19 November 2015',
        '**Chair:** Official, Home Office',
        '',
        '## Attendees',
        '- **Home Office** – Official (*Chair*)',
        '- **Migrant Help** – Official',
        '',
        '## 1. Support',
        '> **Action:** Migrant Help to map the options.',
      ].join('\n'),
    );
    expect(repeated.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Official', 'Home Office', 'CHAIR'],
      ['Official', 'Migrant Help', null],
    ]);
  });
});

describe('owners in other words', () => {
  it('"; Responsible: …" inline, "X will … (ACTION)", an "Action holder" column', () => {
    const { actions } = parseMinutes(
      [
        'Partnership minutes – 16 March 2016',
        '',
        'Present: Official, Surrey Police (Chair); Official, Surrey County Council; Official, Department of Justice',
        '',
        '1. Housing',
        'Actions:',
        '- Brief housing officers on indicators; Responsible: Surrey County Council; Deadline: 29 April 2016',
        '',
        '2. Support',
        'The group discussed support. The Department of Justice will write to the Board about capacity (ACTION).',
        '',
        'Action point                      Action holder            Target',
        'Publish the partnership plan      Surrey Police            29 September 2016',
      ].join('\n'),
    );
    expect(actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Surrey County Council'], 'Brief housing officers on indicators', '2016-04-29'],
      [['Department of Justice'], 'The Department of Justice will write to the Board about capacity', null],
      [['Surrey Police'], 'Publish the partnership plan', '2016-09-29'],
    ]);
  });
});

describe('attendance headings and lists in other shapes', () => {
  it('"Attendees (in person)" and "(virtual)", a numbered list of people, and "Next steps:" over actions', () => {
    const parsed = parseMinutes(
      [
        'Coordination Group minutes – 12 May 2021',
        '',
        'Attendees (in person)',
        '1. Jane Roe – Sussex Police (Chair)',
        '2. Tom Hill – Kent Police',
        '',
        'Attendees (virtual)',
        'Official, Surrey Police',
        '',
        '1. Regional tasking',
        'Next steps:',
        '• Kent Police to nominate a tasking lead.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Jane Roe', 'Sussex Police', 'CHAIR'],
      ['Tom Hill', 'Kent Police', null],
      ['Official', 'Surrey Police', null],
    ]);
    expect(parsed.items).toEqual([{ number: '1', title: 'Regional tasking' }]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Kent Police'], 'Kent Police to nominate a tasking lead', '1'],
    ]);
  });
});

describe('owners before the action and apologies in a Role column', () => {
  it('"(DfE) Circulate …", "NCA agreed to …", a Role cell saying "Apologies", and "meet again"', () => {
    const parsed = parseMinutes(
      [
        'Board minutes – 3 March 2016',
        '',
        '| Organisation | Name | Role |',
        '|---|---|---|',
        '| Department for Education | Official | Chair |',
        '| National Crime Agency | Official | Apologies |',
        '',
        '1. Advocates',
        'Actions:',
        '(DfE) Circulate the evaluation by 1 April 2016.',
        'NCA agreed to share the referral data.',
        '',
        '2. Next meeting',
        'The Board agreed to meet again on 2 June 2016 at 14:00 at 2 Marsham Street.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.organisation)).toEqual(['Department for Education']);
    expect(parsed.apologies).toEqual([{ name: 'Official', organisation: 'National Crime Agency' }]);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Department for Education'], 'Circulate the evaluation by 1 April 2016'],
      // The NCA sent apologies, so its owner stays as written (the attendees' spelling is for those present).
      [['NCA'], 'NCA agreed to share the referral data'],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2016-06-02T14:00:00+01:00');
  });
});

describe('owners in square brackets before the action', () => {
  it('"1. [NCA/CPS] Report …" in a closing list of action points', () => {
    const parsed = parseMinutes(
      [
        'Group minutes – 4 November 2015',
        '',
        'Present',
        'Home Office: Official (Chair)',
        'NCA: Official',
        '',
        '1. Prevention orders',
        'MOJ reported on the orders made so far.',
        '',
        'Action points',
        '1. [Home Office] Publish the revised guidance by 31.03.2016 (item 1)',
        '2. [NCA/CPS] Report on the use of prevention orders (item 1)',
        '3. [The next meeting] Is in March',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['Home Office'], 'Publish the revised guidance by 31.03.2016', '1', '2016-03-31'],
      [['NCA', 'CPS'], 'Report on the use of prevention orders', '1', null],
      // Brackets that name no body are part of the text.
      [[], '[The next meeting] Is in March', null, null],
    ]);
  });
});

describe('owners as initials and after a task’s dashes', () => {
  it('reads "LGA" as the Local Government Association that attended, and a person before "– due …"', () => {
    const parsed = parseMinutes(
      [
        'Working Group minutes – 13 March 2018',
        '',
        'Present',
        '- Amy Lister, Home Office (Chair)',
        '- Official, Local Government Association',
        '- Official, Crown Office and Procurator Fiscal Service',
        '',
        '1. Missing children',
        'Action – DfE / LGA: agree a joint letter by 27 April 2018.',
        'ACTION: COPFS to review its guidance.',
        '',
        'Follow-up tasks',
        '☐ Draft a specification for the registry – Amy Lister – due 30/06/2018',
        '☐ Publish the registry – Home Office – by 31 July 2018',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['DfE', 'Local Government Association'], '2018-04-27'],
      [['Crown Office and Procurator Fiscal Service'], null],
      [['Home Office'], '2018-06-30'],
      [['Home Office'], '2018-07-31'],
    ]);
  });
});

describe('an attendance table aligned with spaces, with a Title column', () => {
  it('reads a role from the title, and a wrapped cell as more of the entry above', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 7 March 2017',
        '',
        'Attendees',
        '',
        '  Name              Title                                   Organisation',
        '  ----------------- --------------------------------------- ---------------------',
        '  Sarah Linton      Director, Modern Slavery Unit (Chair)   Home Office',
        '  Amy Lister        Secretariat                             Home Office',
        '  Mark Tennant      Head of Modern Slavery Human            National Crime',
        '                    Trafficking Unit                        Agency',
        '  Joanna Pike       Legal Adviser                           CPS',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Sarah Linton', 'Home Office', 'CHAIR'],
      ['Amy Lister', 'Home Office', 'SECRETARIAT'],
      ['Mark Tennant', 'National Crime Agency', null],
      ['Joanna Pike', 'CPS', null],
    ]);
  });
});

describe('attendance in an annex after the items', () => {
  it('reads "see Annex A" as no one, and the annex’s lists as the attendance', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Modern Slavery',
        'Minutes of the meeting held on 11 October 2018',
        '',
        'Attendance: see Annex A.',
        '',
        'Item 1 – Supply chains',
        'ACTION: Cabinet Office to agree the timetable by 30 November 2018.',
        '',
        'Annex A – Attendance',
        '',
        'Present',
        'Victoria Atkins MP – Home Office (Chair)',
        'Official – Cabinet Office',
        '',
        'Apologies',
        'Lord Hartwell – MOJ',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Victoria Atkins MP', 'CHAIR'],
      ['Cabinet Office', 'Official', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'MOJ', name: 'Lord Hartwell' }]);
    expect(parsed.items).toEqual([{ number: '1', title: 'Supply chains' }]);
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([['1', ['Cabinet Office']]]);
  });
});

describe('a numbered list of actions with no blank line under it', () => {
  it('ends at a signature or a disclaimer, and goes on at an unnumbered line naming an owner', () => {
    const actions = (tail: string[]) =>
      parseMinutes(
        [
          'Human Trafficking Strategy Board',
          'Minutes of the meeting of 14 June 2016',
          'Present: Official, Home Office; Official, CPS; Official, NCA.',
          '1. Prosecutions',
          'The CPS reported on the first year.',
          'Summary of action points',
          '1. CPS to present the prosecution data (Item 1).',
          ...tail,
        ].join('\n'),
      ).actions.map((a) => [a.owners, a.text]);
    expect(
      actions([
        'Tom Bell | Strategy Board Secretariat | Home Office',
        'This email and any files transmitted with it are confidential.',
      ]),
    ).toEqual([[['CPS'], 'CPS to present the prosecution data']]);
    expect(actions(['The next scheduled meeting is on 13 September 2016.'])).toEqual([
      [['CPS'], 'CPS to present the prosecution data'],
    ]);
    expect(actions(['NCA to share the referral data with members.'])).toEqual([
      [['CPS'], 'CPS to present the prosecution data'],
      [['NCA'], 'NCA to share the referral data with members'],
    ]);
  });
});

describe('attendance in the first item', () => {
  it('reads "1.1 Present: Name, Body (Chair); …" under an item as the attendance, and its people as owners', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Sub-Group',
        'Minutes of the meeting held on Wednesday 15 March 2017',
        '',
        '1. Welcome, introductions and apologies',
        '1.1 Present: Insp. Raj Mehta, Westshire Police (Chair); Owen Price, Kingsmere Housing; Lucy Barnes, Kingsmere Borough Council (Secretariat).',
        '1.2 Apologies were received from Sandra Bell (Westshire Trading Standards).',
        '',
        '2. Housing',
        '2.1 Owen Price reported three referrals from housing officers.',
        'Action: Owen Price to share the referral checklist with the other registered providers.',
        '2.2 Present: the figures were presented by district.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Westshire Police', 'Insp. Raj Mehta', 'CHAIR'],
      ['Kingsmere Housing', 'Owen Price', null],
      ['Kingsmere Borough Council', 'Lucy Barnes', 'SECRETARIAT'],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Westshire Trading Standards', name: 'Sandra Bell' }]);
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([['2', ['Kingsmere Housing']]]);
  });
});

describe('minutes kept as a table of items', () => {
  it('reads "Item | Topic | Notes" rows as items, and a heading after a list as its end (HTML)', () => {
    const parsed = parseMinutes(
      [
        '<html><body>',
        '<h1>Modern Slavery Network</h1><p>16 May 2017</p>',
        '<h2>Apologies</h2><ul><li>Anne Clarke, West Midlands Fire Service</li></ul>',
        '<h2>Discussion items</h2>',
        '<table><tr><th>Item</th><th>Topic</th><th>Notes</th></tr>',
        '<tr><td>1</td><td>Welcome</td><td><p>The notes were agreed.</p></td></tr>',
        '<tr><td>2</td><td>Car washes</td><td><p>Police described the visits.</p><p>Action: Police to report back.</p></td></tr>',
        '</table></body></html>',
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([{ organisation: 'West Midlands Fire Service', name: 'Anne Clarke' }]);
    expect(parsed.items).toEqual([
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Car washes' },
    ]);
    expect(parsed.actions.map((a) => [a.item, a.text])).toEqual([['2', 'Police to report back']]);
  });

  it('reads the same table in Markdown', () => {
    const parsed = parseMinutes(
      [
        '# Network meeting – 16 May 2017',
        '',
        '| Item | Subject | Discussion |',
        '|---|---|---|',
        '| 1 | Welcome | The notes were agreed. |',
        '| 2 | Car washes | Action: Police to report back. |',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['Welcome', 'Car washes']);
    expect(parsed.actions.map((a) => [a.item, a.text])).toEqual([['2', 'Police to report back']]);
  });
});

describe('an action table grouped under item rows', () => {
  it('reads "| Item 2 – Title | | |" as the item of the rows under it, not as an action', () => {
    const parsed = parseMinutes(
      [
        'Group minutes – 20 March 2018',
        '',
        '1. Victim care',
        '2. Local authorities',
        '',
        '| Action | Owner | Due |',
        '|---|---|---|',
        '| Item 1 – Victim care | | |',
        '| Set out the timetable | Home Office | |',
        '| Item 2 – Local authorities | | |',
        '| Survey councils | NCA | 31 May 2018 |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.text])).toEqual([
      ['1', 'Set out the timetable'],
      ['2', 'Survey councils'],
    ]);
    expect(parsed.items).toHaveLength(2);
  });
});

describe('attendees written with their posts, and owners set off by a colon', () => {
  it('reads "Name, post, unit, body (Chair)" and an unknown body after a post', () => {
    const parsed = parseMinutes(
      [
        'Working Group notes – 5 March 2019',
        '',
        'Attendees',
        'Jo Fenton, Deputy Director, Modern Slavery Unit, Home Office (Chair)',
        'Mark Tennant, Head of Intelligence, Organised Immigration Crime Unit, NCA',
        '',
        'Apologies',
        'Karen Holt, Director of Anti-Trafficking, Salvation Army',
        '',
        '1. Review',
        'Actions',
        'NCA: to provide data on reparation orders (by 12/04/2019)',
        'HOME OFFICE: to circulate the report to members once published',
        'Karen Holt and NCA to agree the figures with the',
        'Home Office to use in the report',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Jo Fenton', 'CHAIR'],
      ['NCA', 'Mark Tennant', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Salvation Army', name: 'Karen Holt' }]);
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([
      [['NCA'], '2019-04-12'],
      [['Home Office'], null],
      // A line broken off after "the" runs on: "Home Office to use …" is not another action.
      [['Salvation Army', 'NCA'], null],
    ]);
  });
});

describe('crosses in a Present column, "Those attending", "@" mentions and "Owner – X" fields', () => {
  it('reads each as a secretariat means it', () => {
    const parsed = parseMinutes(
      [
        'Delivery Board',
        'Minutes of the meeting of 8 October 2019',
        '',
        '| Organisation | Name | Present |',
        '|---|---|---|',
        '| Home Office | Jo Fenton (Chair) | ✓ |',
        '| CPS | Joanna Pike | ✗ |',
        '| Leeds City Council | Priya Nair | ✓ |',
        '',
        '1. Delivery plan',
        'Action 1: Share the plan with members. Owner – Home Office; Deadline – 10 January 2020.',
        'Action: @Priya Nair to write to hotels.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Jo Fenton', 'Priya Nair']);
    expect(parsed.apologies).toEqual([{ organisation: 'CPS', name: 'Joanna Pike' }]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Home Office'], 'Share the plan with members', '2020-01-10'],
      [['Leeds City Council'], '@Priya Nair to write to hotels', null],
    ]);
    const attending = parseMinutes(
      [
        'Strategy Board',
        'Date: 10 December 2019',
        '',
        'Those attending:',
        'Sarah Linton – Home Office (Chair)',
        '',
        'Apologies: Anna McCready – DOJ Northern Ireland',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(attending.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Sarah Linton', 'CHAIR'],
    ]);
    expect(attending.apologies).toEqual([{ organisation: 'DOJ Northern Ireland', name: 'Anna McCready' }]);
  });
});

describe('a table after the items', () => {
  const minutes = (between: string) =>
    [
      'Anti-Slavery Network',
      'Minutes of the meeting held on 7 September 2017',
      '',
      `1. Partnership plan${between}`,
      '2. Training',
      '',
      'Action                                   Lead                     Target',
      'Publish the partnership plan             Cheshire Constabulary    29 September 2017',
      'Run a training session for staff         Cheshire East Council    31 October 2017',
    ].join('\n');

  it('belongs to no item after a bare list of the items’ headings, and to the item it follows otherwise', () => {
    // Headings one after another, nothing between: a list of the items, not sections holding the table.
    expect(parseMinutes(minutes('')).actions.map((a) => [a.item, a.text])).toEqual([
      [null, 'Publish the partnership plan'],
      [null, 'Run a training session for staff'],
    ]);
    // Item 1 has its discussion: item 2 is a section of its own, and the table sits under it.
    const discussed = parseMinutes(minutes('\nThe draft plan was agreed.\n'));
    expect(discussed.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(discussed.actions.map((a) => a.item)).toEqual(['2', '2']);
  });
});

describe('a heading over a list of actions', () => {
  const minutes = (lists: string[]) =>
    [
      'Modern Slavery Strategy Board',
      'Minutes of the meeting held on 15 March 2016',
      '',
      '1. Statements',
      'BIS reported on the statements published so far.',
      '',
      lists[0] ?? '',
      '- BIS to write to the business groups about the quality of statements.',
      '',
      '2. Child victims',
      'The Home Office described the trial of advocates.',
      '',
      lists[1] ?? '',
      '- Home Office to circulate the interim evaluation.',
      '',
      '3. Any other business',
      'None.',
    ].join('\n');

  it('"Actions arising" under each item holds that item’s actions', () => {
    const parsed = parseMinutes(minutes(['Actions arising:', 'Actions arising:']));
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([
      ['1', ['BIS']],
      ['2', ['Home Office']],
    ]);
  });

  it('"Action items" under each item and one summary after them: the summary’s are the meeting’s', () => {
    const text = [
      minutes(['Action items', 'Action items']),
      '',
      'Summary of action points',
      '- Secretariat to circulate the forward look.',
    ].join('\n');
    expect(parseMinutes(text).actions.map((a) => [a.item, a.owners])).toEqual([
      ['1', ['BIS']],
      ['2', ['Home Office']],
      [null, ['Secretariat']],
    ]);
  });

  it('"### Actions" under each item of a Markdown export holds that item’s, one after the last the meeting’s', () => {
    const md = (headings: string[]) =>
      [
        '# Working Group',
        '',
        '**Minutes of the meeting held on 11 February 2014**',
        '',
        '## 1. Inspections',
        '',
        'The properties were inspected.',
        '',
        headings[0] ?? '',
        '',
        '- [ ] KDC Environmental Health to report the outcome of the prosecutions.',
        '',
        '## 2. Advice sessions',
        '',
        'Drop-in sessions were described.',
        '',
        headings[1] ?? '',
        '',
        '- [ ] Westshire Police to attend the first session.',
      ].join('\n');
    const items = (text: string) => parseMinutes(text).actions.map((a) => a.item);
    expect(items(md(['### Actions', '### Actions']))).toEqual(['1', '2']);
    expect(items(md(['', '## Actions']).replace('- [ ] KDC', 'KDC'))).toEqual([null]);
  });

  it('one "Summary of action points" after the last item holds the meeting’s', () => {
    const text = [
      minutes(['', '']).replace(/\n- [^\n]+/g, ''),
      '',
      'Summary of action points',
      '1. BIS to write to the business groups about the quality of statements.',
      '2. Home Office to circulate the interim evaluation (Item 2).',
    ].join('\n');
    expect(parseMinutes(text).actions.map((a) => [a.item, a.owners])).toEqual([
      [null, ['BIS']],
      ['2', ['Home Office']],
    ]);
  });
});

describe('item headings in other shapes', () => {
  it('"Item 1:<tab>Title" ends the attendance list above it and is the first item', () => {
    const parsed = parseMinutes(
      [
        'Working Group',
        'Minutes of the meeting held on Tuesday 10 June 2014',
        '',
        'Present:',
        'Cllr Margaret Holloway (Chair)\tKingsmere District Council',
        'Neil Foster\tKDC Environmental Health',
        '',
        'Item 1:\tApologies for absence',
        'None were received.',
        '',
        'Item 2:\tHousing',
        'Action: KDC Environmental Health to bring the draft scheme to the next meeting.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Cllr Margaret Holloway', 'Neil Foster']);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Housing'],
    ]);
    expect(parsed.actions.map((a) => a.item)).toEqual(['2']);
  });

  it('a heading in capitals is an item though its words read "X TO Y"; a known body "TO" do something is an action', () => {
    const parsed = parseMinutes(
      [
        'STRATEGY BOARD',
        'Minutes of the meeting held on 3 December 2015',
        '',
        'Present: Official, Home Office; Official, UKHTC',
        '',
        '1. MINUTES OF THE LAST MEETING',
        'Agreed.',
        '',
        '2. DUTY TO NOTIFY',
        'The duty was described.',
        '',
        'Actions:',
        '1. UKHTC TO CIRCULATE THE NOTE ON NOTIFICATIONS',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['MINUTES OF THE LAST MEETING', 'DUTY TO NOTIFY']);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([[['UKHTC'], '2']]);
  });
});

describe('attendance, rules and action tables in other shapes', () => {
  it('"Officers in attendance" opens a list as "In attendance" does', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Partnership Panel',
        'Minutes of the meeting held on Thursday 10 July 2014',
        '',
        'Present:',
        'Cllr Diane Frost (Chair)\tWestshire County Council',
        '',
        'Officers in attendance:',
        'Sophie Lane (Clerk)\tWestshire County Council',
        'Ian Marsh\tWestshire County Council Trading Standards',
        '',
        '1.\tCar washes',
        'Action: Westshire County Council Trading Standards to share the findings.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Cllr Diane Frost', 'CHAIR'],
      ['Sophie Lane', 'CLERK'],
      ['Ian Marsh', null],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Westshire County Council Trading Standards']]);
  });

  it('a drawn table’s organisation wrapped onto a row of its own goes on with the entry above', () => {
    const parsed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'Date: 08/11/2016',
        '',
        'ATTENDANCE',
        '',
        '| Organisation     | Name          | Role  |',
        '|:-----------------|:--------------|:------|',
        '| Home Office      | Claire Dunmore | Chair |',
        '| Local Government | Official      |       |',
        '| Association      |               |       |',
        '| Unseen UK        | Kate Ashworth |       |',
        '',
        '1. NRM REFORM',
        '',
        '| Action                      | Owner            | Due        |',
        '|-----------------------------|------------------|------------|',
        '| Share the council guide     | Local Government | 15/12/2016 |',
        '|                             | Association      |            |',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['Home Office', 'Claire Dunmore'],
      ['Local Government Association', 'Official'],
      ['Unseen UK', 'Kate Ashworth'],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Local Government Association']]);
  });

  it('an apologies sentence wrapped over two lines, and "received from:" over a list inside an item', () => {
    const wrapped = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'Minutes of the meeting held on Wednesday 6th March 2013',
        '',
        'Present:',
        'Sarah Whitcombe, Home Office (Chair)',
        'Graham Kerr, SOCA',
        '',
        'Apologies were received from Kwame Mensah (DFID), Alison Grey (DWP)',
        'and Robert Lyle (MOJ).',
        '',
        '1. Minutes of the previous meeting',
        'ACTION: SOCA to circulate the profile.',
      ].join('\n'),
    );
    expect(wrapped.attendees.map((a) => a.name)).toEqual(['Sarah Whitcombe', 'Graham Kerr']);
    expect(wrapped.apologies.map((a) => [a.name, a.organisation])).toEqual([
      ['Kwame Mensah', 'DFID'],
      ['Alison Grey', 'DWP'],
      ['Robert Lyle', 'MOJ'],
    ]);
    const listed = parseMinutes(
      [
        'Human Trafficking and Exploitation Working Group',
        'Minutes of the meeting held on Wednesday 1 October 2014',
        '',
        'Present:',
        'Cllr Margaret Holloway (Chair)\tKingsmere District Council',
        'Rachel Obi\tKDC Community Safety',
        '',
        '1.\tApologies for absence',
        '1.1\tApologies for absence were received from:',
        '•\tCllr Anil Desai (Kingsmere District Council)',
        '•\tSgt Priya Lal (Westshire Police)',
        '',
        '2.\tNail bars',
        'Action – KDC Community Safety to invite the licensing team.',
      ].join('\n'),
    );
    expect(listed.apologies.map((a) => [a.name, a.organisation])).toEqual([
      ['Cllr Anil Desai', 'Kingsmere District Council'],
      ['Sgt Priya Lal', 'Westshire Police'],
    ]);
    expect(listed.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(listed.actions.map((a) => a.item)).toEqual(['2']);
  });

  it('a Markdown rule of asterisks or underscores between lists is nobody', () => {
    const parsed = parseMinutes(
      [
        '# Modern Slavery Strategy and Implementation Group',
        '_Minutes of the meeting held on Tuesday 22 November 2016_',
        '',
        '### Apologies',
        '',
        '* **Border Force** — Daniel Hart',
        '',
        '***',
        '',
        '### 1. Minutes',
        '',
        '> **Action:** NCA to prepare a joint paper.',
      ].join('\n'),
    );
    expect(parsed.apologies.map((a) => a.name)).toEqual(['Daniel Hart']);
  });

  it('a row of an action table after the items keeps the item it names, the last one included', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on Tuesday 13 September 2016',
        '',
        'Present: Official, Home Office; Kate Ashworth, Unseen UK',
        '',
        '1. Minutes of the last meeting',
        'Agreed.',
        '',
        '2. Victim support',
        'Unseen UK described calls to the helpline.',
        '',
        'Actions',
        '',
        '| Item | Action                       | Lead        | Deadline   |',
        '|------|------------------------------|-------------|------------|',
        '| 1    | Publish the minutes          | Home Office | 30/09/2016 |',
        '| 2    | Provide helpline data        | Unseen UK   | Monthly    |',
        "|      | Agree the Board's work plan  | Home Office | TBC        |",
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.text, a.item])).toEqual([
      ['Publish the minutes', '1'],
      ['Provide helpline data', '2'],
      ["Agree the Board's work plan", null],
    ]);
  });
});

describe('owners beside the discussion and notes beside a name', () => {
  it('owners wrapped down an "Action by" column after a comma are one list for one paragraph', () => {
    const parsed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        'Minutes of the meeting of 11 March 2015',
        '',
        'Present: Official, National Crime Agency; Official, HM Revenue and Customs',
        '',
        '                                                                        Action by',
        '1. Financial investigation',
        '1.1 HMRC described joint work with the NCA on the proceeds of',
        '    trafficking. The National Crime Agency and HMRC will produce a          National Crime Agency,',
        '    joint note on asset recovery for the next meeting.                     HM Revenue and Customs',
        '',
        '2. Benefit fraud',
        '2.1 The Group noted the figures. The NCA will brief the Group.             National Crime Agency',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['National Crime Agency', 'HM Revenue and Customs'], '1'],
      [['National Crime Agency'], '2'],
    ]);
  });

  it('"for item 2" and "via videolink" after a name are notes, and " - minutes" ends no title', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board - minutes',
        '',
        'Date: 15 July 2015',
        '',
        'Attendees:',
        'Graham Kerr (National Crime Agency)',
        'Kevin Hyland (Independent Anti-Slavery Commissioner) for item 2',
        'Official (for Fiona Lamont MSP) via videolink',
        '',
        'Item 1 - Minutes of the last meeting',
        'ACTION: National Crime Agency to circulate the note.',
      ].join('\n'),
    );
    expect(parsed.meeting.title).toBe('Human Trafficking Strategy Board');
    expect(parsed.attendees.map((a) => [a.name, a.deputisingFor])).toEqual([
      ['Graham Kerr', null],
      ['Kevin Hyland', null],
      ['Official', 'Fiona Lamont MSP'],
    ]);
  });

  it('"Deputy for X" in a Role cell wrapped down a grid table names whom the official stands in for', () => {
    const parsed = parseMinutes(
      [
        'INTER-DEPARTMENTAL MINISTERIAL GROUP ON MODERN SLAVERY',
        'Date:     12/07/2016',
        '',
        'ATTENDEES',
        '',
        '+--------------+------------------+--------------------------+',
        '| Organisation | Name             | Role                     |',
        '+==============+==================+==========================+',
        '| Home Office  | Karen Bradley MP | Chair                    |',
        '+--------------+------------------+--------------------------+',
        '| MOJ          | Official         | Deputy for Dominic Raab  |',
        '|              |                  | MP                       |',
        '+--------------+------------------+--------------------------+',
        '',
        '1. MINUTES',
        'Agreed. Action: MOJ to write to members.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role, a.deputisingFor])).toEqual([
      ['Karen Bradley MP', 'CHAIR', null],
      ['Official', null, 'Dominic Raab MP'],
    ]);
  });
});

describe('items that are tables and lists', () => {
  it('minutes kept as one table with an Owner column: each Item cell is an item, its row’s action its own', () => {
    const parsed = parseMinutes(
      [
        '# Modern Slavery Strategy and Implementation Group',
        '',
        '**Date:** 19 September 2018',
        '',
        '**Attendees:** Rebecca Lowe (Home Office, Chair); Official (Crown Prosecution Service)',
        '',
        '| Item | Discussion | Action | Owner |',
        '| --- | --- | --- | --- |',
        '| 1. Minutes of the last meeting | Agreed. | | |',
        '| 2. Prosecutions | The CPS reported an increase. | Provide regional figures | Crown Prosecution Service |',
        '| | | Brief the police leads | Home Office |',
        '| 3. Any other business | None. | | |',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Minutes of the last meeting'],
      ['2', 'Prosecutions'],
      ['3', 'Any other business'],
    ]);
    expect(parsed.actions.map((a) => [a.text, a.owners, a.item])).toEqual([
      ['Provide regional figures', ['Crown Prosecution Service'], '2'],
      ['Brief the police leads', ['Home Office'], '2'],
    ]);
  });

  it('an item "Apologies for absence" heads the list of names under it', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking and Exploitation Working Group',
        'Minutes of the meeting held on Tuesday 3 March 2015',
        '',
        'Present:',
        'Cllr Margaret Holloway (Chair)\tKingsmere District Council',
        'Rachel Obi\tKDC Community Safety',
        '',
        '1.\tApologies for absence',
        '\tCllr Sandra Quinn\tKingsmere District Council',
        '\tJoe Kaminski\tKingsmere Citizens Advice',
        '',
        '2.\tRefuge capacity',
        'Action: KDC Community Safety to explore emergency accommodation.',
        '',
        '3.\tApologies for absence',
        '3.1\tApologies for absence were received from:',
        '•\tSgt Priya Lal (Westshire Police)',
      ].join('\n'),
    );
    expect(parsed.apologies.map((a) => [a.name, a.organisation])).toEqual([
      ['Cllr Sandra Quinn', 'Kingsmere District Council'],
      ['Joe Kaminski', 'Kingsmere Citizens Advice'],
      ['Sgt Priya Lal', 'Westshire Police'],
    ]);
    expect(parsed.actions.map((a) => a.item)).toEqual(['2']);
  });
});

describe('lists and items in groups', () => {
  it('"Ministers" and "Officials" group an attendance list; a member marked "- apologies" sent them', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Modern Slavery',
        'Minutes of the meeting held on Tuesday, 14 March 2017',
        '',
        'Attendees:',
        '',
        'Ministers',
        'Sarah Newton MP, Home Office (Chair)',
        'Baroness Anelay, Foreign and Commonwealth Office - apologies',
        '',
        'Officials:',
        'Official, National Crime Agency',
        'Official, Scottish Government (apologies)',
        '',
        "2. The Government's response to the Commissioner",
        'ACTION: Home Office to publish the response by 31 March 2017.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Sarah Newton MP', 'Home Office'],
      ['Official', 'National Crime Agency'],
    ]);
    expect(parsed.apologies.map((a) => [a.name, a.organisation])).toEqual([
      ['Baroness Anelay', 'Foreign and Commonwealth Office'],
      ['Official', 'Scottish Government'],
    ]);
    // "… response to the Commissioner" names a body before "to", but no instruction follows it.
    expect(parsed.items.map((i) => i.number)).toEqual(['2']);
    expect(parsed.actions.map((a) => a.item)).toEqual(['2']);
  });

  it('lettered sub-items ("2a.", "2b.") are part of their item, as "2.1" is', () => {
    const parsed = parseMinutes(
      [
        'WESTSHIRE ANTI-SLAVERY PARTNERSHIP',
        'Minutes - Wednesday 4.10.2017',
        '',
        'Present: Official (Westshire Police); Official (Westshire County Council)',
        '',
        '2. Operations',
        '2a. Car washes',
        'Action: Westshire Police to share the visit findings by 31.10.2017.',
        '2b. Agriculture',
        'Action: Westshire County Council to contact the farmers.',
        '3. Training',
        'Action: Westshire Police to train the new officers.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['2', 'Operations'],
      ['3', 'Training'],
    ]);
    expect(parsed.actions.map((a) => [a.item, a.due])).toEqual([
      ['2', '2017-10-31'],
      ['2', null],
      ['3', null],
    ]);
  });

  it('"Dep. for X" in a Role cell of a table without outer pipes', () => {
    const parsed = parseMinutes(
      [
        '# Human Trafficking Strategy Board',
        '**Minutes of the meeting held on 20 May 2015**',
        '',
        '## Attendees',
        '',
        'Name | Organisation | Role',
        '--- | --- | ---',
        'Sarah Whitcombe | Home Office | Chair',
        'Official | Home Office | Dep. for Kevin Hyland',
        '',
        '## 1. Minutes of the last meeting',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role, a.deputisingFor])).toEqual([
      ['Sarah Whitcombe', 'CHAIR', null],
      ['Official', null, 'Kevin Hyland'],
    ]);
  });

  it('an action log whose Item cells title items the body has headed adds no second item', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 20 May 2015',
        '',
        'Present: Official (Home Office); Official (Crown Prosecution Service)',
        '',
        '1. Minutes',
        'Agreed.',
        '',
        '2. Prosecutions',
        'The CPS reported an increase.',
        '',
        'Action log',
        '',
        '| Item | Action | Owner |',
        '| --- | --- | --- |',
        '| 2. Prosecutions | Provide regional figures | Crown Prosecution Service |',
        '| 4 (b) | Brief the police leads | Home Office |',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Minutes'],
      ['2', 'Prosecutions'],
    ]);
    expect(parsed.actions.map((a) => a.item)).toEqual(['2', '4 (b)']);
  });

  it('items numbered with no stop ("2 Victim care") are items when they count up one by one', () => {
    const parsed = parseMinutes(
      [
        'Anti-Slavery Partnership Board',
        'Minutes of meeting: 6 June 2018',
        'Venue: Room 3',
        '2 Marsham Street',
        '',
        'Attendees',
        'Claire Dunmore (Home Office) - Chair',
        'Official (Salvation Army)',
        '',
        '1 Minutes of the previous meeting',
        '1.1 Agreed.',
        '',
        '2 Victim care contract',
        'Action: Salvation Army to report on the pilot at the next meeting.',
        '',
        '5 Salvation Army officers attended the launch.',
        '3 Any other business',
        '12 June 2018 is the launch date.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Minutes of the previous meeting'],
      ['2', 'Victim care contract'],
      ['3', 'Any other business'],
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Claire Dunmore', 'Official']);
    expect(parsed.actions.map((a) => a.item)).toEqual(['2']);
  });
});

describe('action points with codes in a column of their own', () => {
  it('"A1⇥NCA to …" under "ACTION POINTS" is one action a line, its code no owner', () => {
    const parsed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        '',
        'Minutes of the meeting held on Tuesday 12 November 2013',
        '',
        '1. Victim care',
        'The Salvation Army presented its quarterly report.',
        '',
        '2. Health',
        'DH described its research programme.',
        '',
        'ACTION POINTS',
        'A1\tSalvation Army to include the length of stay by region in the next report. (item 1)',
        'A2\tDH and CPS to agree how the programme can reach prosecutors. (item 2)',
        'A3\tSecretariat to circulate the forward look.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['1', ['Salvation Army'], 'Salvation Army to include the length of stay by region in the next report'],
      ['2', ['DH', 'CPS'], 'DH and CPS to agree how the programme can reach prosecutors'],
      [null, ['Secretariat'], 'Secretariat to circulate the forward look'],
    ]);
  });
});

describe('owners in a column of their own, and attendance in sentences', () => {
  it('an "Actions arising" list with dot leaders to the owner; "DOJ" is the Department of Justice that attended', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Sub Group',
        'Minutes of meeting held on Wednesday 21 January 2015',
        '',
        'Present:',
        'Det Supt Philip Marshall (Chair) ............ PSNI',
        'Official ................. Department of Justice',
        '',
        '1. PSNI update',
        'PSNI described Operation Eagle.',
        '',
        '2. Support for victims',
        'Members asked that male accommodation be reviewed.',
        '',
        'ACTIONS ARISING',
        '',
        '1. Share the lessons of Operation Eagle (item 1) ............ PSNI',
        '2. Review male accommodation (item 2) ............ DOJ',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['PSNI', 'Det Supt Philip Marshall'],
      ['Department of Justice', 'Official'],
    ]);
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['1', ['PSNI'], 'Share the lessons of Operation Eagle'],
      ['2', ['Department of Justice'], 'Review male accommodation'],
    ]);
  });

  it('"The meeting was chaired by …. Also present: …" in item 1 is the attendance', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Threat Group',
        'Record of meeting, 10 September 2015',
        '',
        'Item 1 – Welcome and attendance',
        'The meeting was chaired by Will Kerr (NCA). Also present: Official (Home Office) and Official (HMRC). Apologies were received from Official (PSNI).',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['NCA', 'Will Kerr', 'CHAIR'],
      ['Home Office', 'Official', null],
      ['HMRC', 'Official', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'PSNI', name: 'Official' }]);
  });

  it('"No.  Minute  Lead": the Lead column owns the last sentence of the minute beside it', () => {
    const parsed = parseMinutes(
      [
        'Wales Anti-Slavery Leadership Group',
        'Minutes of the meeting of 7 March 2017',
        '',
        'No.  Minute                                                        Lead',
        '---  ------------------------------------------------------------  ----------------',
        '1.   Welcome. The Chair welcomed members to the first meeting of',
        '     the group in Cardiff.',
        '',
        '2.   Data. Welsh Government presented referral figures for Wales   Welsh Government',
        '     for 2016. Welsh Government will publish a regional breakdown',
        '     in the spring.',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Data' },
    ]);
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['Welsh Government'], 'Welsh Government will publish a regional breakdown in the spring'],
    ]);
  });
});

describe('HTML exports of Word and Outlook', () => {
  it("Word's tab spans (mso-tab-count) are the gap between a body and its person", () => {
    const tab = "<span style='mso-tab-count:2'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>";
    const parsed = parseMinutes(
      [
        '<html><head><meta name=Generator content="Microsoft Word 15 (filtered)"></head><body><div class=WordSection1>',
        '<p class=MsoTitle>Inter-Departmental Ministerial Group on Modern Slavery</p>',
        '<p class=MsoNormal>Minutes of the meeting held on 7 November 2017</p>',
        '<p class=MsoNormal><b>Attendees</b></p>',
        `<p class=MsoNormal>Home Office${tab}Sarah Newton MP (Chair)</p>`,
        `<p class=MsoNormal>MOJ${tab}Official (for Dominic Raab MP)</p>`,
        '<p class=MsoNormal><b>1. AOB</b></p><p class=MsoNormal>None.</p>',
        '</div></body></html>',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role, a.deputisingFor])).toEqual([
      ['Home Office', 'Sarah Newton MP', 'CHAIR', null],
      ['MOJ', 'Official', null, 'Dominic Raab MP'],
    ]);
  });

  it('an Outlook HTML reply above the forwarded minutes: the reply and the headers are no minutes', () => {
    const parsed = parseMinutes(
      [
        '<html><body><div class="WordSection1">',
        '<p class="MsoNormal">Thanks – minutes below for the record.</p><p class="MsoNormal">Kate</p>',
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>From:</b> Partnership Secretariat<br><b>Sent:</b> 21 May 2019 16:02<br><b>Subject:</b> Minutes</p></div>',
        '<div><p class="MsoNormal"><b>Westshire Anti-Slavery Partnership</b><br>Minutes of the meeting held on 14 May 2019<br><br><b>Present:</b><br>Supt Mark Ellis, Westshire Police (Chair)<br>Joe Kaminski, Kingsmere Citizens Advice</p>',
        '<p class="MsoNormal"><b>1. Car washes</b><br><b>ACTION:</b> Westshire Police to share the lessons.</p></div>',
        '</div></body></html>',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'Westshire Anti-Slavery Partnership', date: '2019-05-14' });
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Supt Mark Ellis', 'Joe Kaminski']);
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([['1', ['Westshire Police']]]);
  });
});

describe('a partnership secretary', () => {
  it('"(Secretary)" after a name is the secretariat\'s role; "Permanent Secretary" is a post', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership',
        'Minutes of the meeting held on 24 May 2016',
        '',
        'Present: Supt Mark Ellis (Westshire Police) (Chair), Gareth Lewis (Westshire County Council) (Secretary),',
        'Sir Hugh Dent - Permanent Secretary (DWP).',
        '',
        '1. Minutes',
        '',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.role)).toEqual(['CHAIR', 'SECRETARIAT', null]);
    expect(parsed.attendees[1]?.name).toBe('Gareth Lewis');
  });
});

describe('an action log of codes with their owners in brackets', () => {
  it('"AP1 (Home Office) - publish …" under "Attended:": the owners from the brackets, the task after the dash', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Strategy Board - 2 June 2016',
        '',
        'Attended: Sarah Whitcombe (Home Office, chair); Graham Kerr (NCA); Robert Lyle (MOJ).',
        '',
        'Agenda',
        '1. Section 54',
        '2. NRM reform',
        '',
        'Action log',
        'AP1 (Home Office) - publish the list of organisations that have reported (item 1)',
        'AP2 (NCA, MOJ) - report on the first prosecutions by 30 September 2016 (item 2)',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Sarah Whitcombe', 'CHAIR'],
      ['NCA', 'Graham Kerr', null],
      ['MOJ', 'Robert Lyle', null],
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office'],
        text: 'publish the list of organisations that have reported',
        item: '1',
        due: null,
      },
      {
        owners: ['NCA', 'MOJ'],
        text: 'report on the first prosecutions by 30 September 2016',
        item: '2',
        due: '2016-09-30',
      },
    ]);
  });
});

describe('minutes kept as a table whose last column names who acts', () => {
  it('in pipes: "Item | Discussion | Action by", the last sentence beside an owner is the action', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 8 March 2017',
        '',
        '| Item | Discussion | Action by |',
        '|---|---|---|',
        '| 1. Minutes | The minutes were agreed. | |',
        '| 2. NRM reform | The panels were described. Home Office to circulate the terms by 31 March 2017. | Home Office |',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Minutes' },
      { number: '2', title: 'NRM reform' },
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office'],
        text: 'Home Office to circulate the terms by 31 March 2017',
        item: '2',
        due: '2017-03-31',
      },
    ]);
  });

  it('in a Word table: "No. | Item and discussion | Action by", the title the cell\'s first paragraph', () => {
    const cell = (...ps: string[]) => `<td>${ps.map((p) => `<p class=MsoNormal>${p}</p>`).join('')}</td>`;
    const parsed = parseMinutes(
      [
        '<html><body><div class=WordSection1><p class=MsoNormal><b>Strategy Board</b></p>',
        '<p class=MsoNormal>Minutes of the meeting held on 8 March 2017</p><table>',
        `<tr>${cell('<b>No.</b>')}${cell('<b>Item and discussion</b>')}${cell('<b>Action by</b>')}</tr>`,
        `<tr>${cell('1')}${cell('<b>Minutes</b>', 'Agreed.')}${cell('&nbsp;')}</tr>`,
        `<tr>${cell('2')}${cell('<b>Duty to notify</b>', 'NCA reported.', 'NCA and DWP to share the data.')}${cell('NCA / DWP')}</tr>`,
        '</table></div></body></html>',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Minutes' },
      { number: '2', title: 'Duty to notify' },
    ]);
    expect(parsed.actions).toEqual([
      { owners: ['NCA', 'DWP'], text: 'NCA and DWP to share the data', item: '2', due: null },
    ]);
  });

  it('"Minute No. | Subject | … | Action": a council’s minute numbers beside the titles', () => {
    const parsed = parseMinutes(
      [
        'Exploitation Sub-Group',
        'Minutes of the meeting held on 9 October 2019',
        '',
        '| Minute No. | Subject | Discussion and decisions | Action |',
        '|---|---|---|---|',
        '| 19/21 | Minutes | Agreed. | |',
        '| 19/22 | Car washes | Four people were referred. | Westshire Police to share the learning |',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '19/21', title: 'Minutes' },
      { number: '19/22', title: 'Car washes' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Westshire Police'], 'Westshire Police to share the learning', '19/22'],
    ]);
  });

  it('an Item column whose title wraps in lower case onto the next line keeps the whole title', () => {
    const parsed = parseMinutes(
      [
        'WESTSHIRE PARTNERSHIP',
        'Minutes – 11 July 2018',
        '',
        'Item            Discussion                     Action                          Owner       Deadline',
        '2. Car washes   GLAA reported on the visits.   Share the list of premises      GLAA        31/07/2018',
        '3. Safe house   The Salvation Army described   Report the waiting times for    Salvation   30/09/2018',
        'places          the shortage of places.        move-on accommodation           Army',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '2', title: 'Car washes' },
      { number: '3', title: 'Safe house places' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['GLAA'], 'Share the list of premises', '2'],
      [['Salvation Army'], 'Report the waiting times for move-on accommodation', '3'],
    ]);
  });

  it('"Discussion   Action owner" aligned with spaces: a paragraph a row, the owner wrapped in its column', () => {
    const parsed = parseMinutes(
      [
        'South West Network',
        'Minutes of the meeting held on 18 January 2017',
        '',
        'Attendees:',
        'Avon and Somerset Police - DI Kate Marsh (Chair)',
        '',
        '1. Referrals',
        '',
        'Discussion                                          Action owner',
        '',
        'Referrals rose by a third. Avon and Somerset        Avon and Somerset',
        'Police to share the breakdown with partners.        Police',
        '',
        'Members noted the new form.',
        '',
        'The next meeting will be on 19 April 2017 in Portishead, at the police headquarters.',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Avon and Somerset Police'],
        text: 'Avon and Somerset Police to share the breakdown with partners',
        item: '1',
        due: null,
      },
    ]);
    // The paragraph running across the owner's column is the minutes going on after the table.
    expect(parsed.nextMeeting?.start).toBe('2017-04-19');
  });

  it('"No. | Minute | Action" whose Action cells name only who acts: the minute\'s opening words title it', () => {
    const minutes = (row: (cells: string[]) => string) =>
      parseMinutes(
        [
          'Safeguarding Sub-Group',
          'Minutes of the meeting held on 10 May 2017',
          '',
          row(['No.', 'Minute', 'Action']),
          row(['1', 'Minutes of the last meeting. Agreed.', '']),
          row([
            '2',
            'Training. 300 staff were trained. Westshire Police to extend the training.',
            'Westshire Police',
          ]),
          row(['3', 'Health. The CCG to issue guidance by 30 June 2017.', 'Clinical Commissioning Group']),
        ].join('\n'),
      );
    for (const parsed of [minutes((c) => c.join('\t')), minutes((c) => `| ${c.join(' | ')} |`)]) {
      expect(parsed.items).toEqual([
        { number: '1', title: 'Minutes of the last meeting' },
        { number: '2', title: 'Training' },
        { number: '3', title: 'Health' },
      ]);
      expect(parsed.actions).toEqual([
        {
          owners: ['Westshire Police'],
          text: 'Westshire Police to extend the training',
          item: '2',
          due: null,
        },
        {
          owners: ['Clinical Commissioning Group'],
          text: 'The CCG to issue guidance by 30 June 2017',
          item: '3',
          due: '2017-06-30',
        },
      ]);
    }
    // Beside an owner column, the Action column holds the tasks, as ever.
    const tasks = parseMinutes(
      [
        'Group',
        'Minutes of 10 May 2017',
        '',
        'No.\tMinute\tAction\tOwner',
        '1\tTraining was noted.\tShare the plan\tNCA',
      ].join('\n'),
    );
    expect(tasks.actions.map((a) => [a.owners, a.text])).toEqual([[['NCA'], 'Share the plan']]);
  });

  it('"Discussion | Owner" under each item, in pipes or tabs: the rows are that item\'s', () => {
    const minutes = (table: (cells: string[]) => string) =>
      parseMinutes(
        [
          'Threat Group',
          'Minutes – 12 April 2016',
          '',
          '1. Port referrals',
          '',
          table(['Discussion', 'Owner']),
          table(['Referrals rose. Border Force to share the figures with NCA.', 'Border Force']),
          table(['The Group noted the training.', '']),
          '',
          '2. Labour exploitation',
          '',
          table(['Discussion', 'Owner']),
          table(['Cases were described. DWP to map the cases by 31 May 2016.', 'DWP']),
        ].join('\n'),
      );
    const expected = [
      { owners: ['Border Force'], text: 'Border Force to share the figures with NCA', item: '1', due: null },
      { owners: ['DWP'], text: 'DWP to map the cases by 31 May 2016', item: '2', due: '2016-05-31' },
    ];
    const piped = minutes((cells) => `| ${cells.join(' | ')} |`);
    expect(piped.actions).toEqual(expected);
    expect(piped.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(minutes((cells) => cells.join('\t')).actions).toEqual(expected);
  });
});

describe('an HTML table with a cell spanning rows', () => {
  it('an item cell over two actions (rowspan) stands beside each, the row below keeping its columns', () => {
    const parsed = parseMinutes(
      [
        '<!DOCTYPE html><html><body><h1>Westshire Anti-Slavery Partnership</h1><p>Date: 9 October 2019</p>',
        '<h3>2. Operation Aidant</h3><p>Reported.</p><h2>Actions</h2><table>',
        '<tr><th>Item</th><th>Action</th><th>Owner</th><th>Due</th></tr>',
        '<tr><td rowspan="2">2</td><td>Share the results</td><td>Westshire Police</td><td>31 October 2019</td></tr>',
        '<tr><td>Follow up the farms</td><td>GLAA</td><td>29 November 2019</td></tr>',
        '</table></body></html>',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['Westshire Police'], text: 'Share the results', item: '2', due: '2019-10-31' },
      { owners: ['GLAA'], text: 'Follow up the farms', item: '2', due: '2019-11-29' },
    ]);
  });
});

describe('notes of a call', () => {
  it('"Notes of call:" before the name, "Not on the call:", owners as initials in square brackets', () => {
    const parsed = parseMinutes(
      [
        'Notes of call: Regional Modern Slavery Coordinators',
        'Thursday 31 October 2019, 11:00-11:45 (Microsoft Teams)',
        '',
        'On the call: Ruth Baker (Nottinghamshire Police) - chair; Sam Okafor (Nottingham City Council); Jane Pryce (Derbyshire County Council)',
        'Not on the call: Helen Ward (Leicestershire Police)',
        '',
        'Actions',
        '- Circulate the regional referral figures [RB] - by 15 November 2019',
        '- Add Derbyshire to the regional training schedule [SO/JP]',
      ].join('\n'),
    );
    expect(parsed.meeting.title).toBe('Regional Modern Slavery Coordinators');
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Ruth Baker', 'Sam Okafor', 'Jane Pryce']);
    expect(parsed.apologies).toEqual([{ organisation: 'Leicestershire Police', name: 'Helen Ward' }]);
    expect(parsed.actions).toEqual([
      // The owner and due date set off by a dash stay in the text, as the corpus writes them (unseen-88).
      {
        owners: ['Nottinghamshire Police'],
        text: 'Circulate the regional referral figures [RB] - by 15 November 2019',
        item: null,
        due: '2019-11-15',
      },
      {
        owners: ['Nottingham City Council', 'Derbyshire County Council'],
        text: 'Add Derbyshire to the regional training schedule',
        item: null,
        due: null,
      },
    ]);
  });
});

describe('items laid out as table rows, a number beside the heading and its text', () => {
  it('"12." beside a cell of a heading over paragraphs (a committee system\'s page, no line breaks)', () => {
    const parsed = parseMinutes(
      [
        '<html><body><h1>Minutes:</h1><p>Safer Kingsmere Partnership<br>Thursday, 25th June, 2020 2.00 pm</p>',
        '<table><tr><td>12.</td><td><h2>Minutes of the previous meeting</h2><p>Agreed.</p></td></tr>',
        '<tr><td>13.</td><td><h2>Exploitation during lockdown</h2><p>Referrals fell.</p>',
        '<p><strong>Action:</strong> Westshire Police to produce a briefing.</p></td></tr></table>',
        '</body></html>',
      ].join(''),
    );
    expect(parsed.items).toEqual([
      { number: '12', title: 'Minutes of the previous meeting' },
      { number: '13', title: 'Exploitation during lockdown' },
    ]);
    expect(parsed.actions).toEqual([
      { owners: ['Westshire Police'], text: 'Westshire Police to produce a briefing', item: '13', due: null },
    ]);
  });
});

describe('an attendance table whose columns are named in other words', () => {
  it('"Organisation | Representative | Capacity": a header, not an attendee', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Date: 28/01/2014',
        '',
        'IN ATTENDANCE',
        '',
        '| Organisation | Representative | Capacity |',
        '|---|---|---|',
        '| Home Office | Sarah Whitcombe | Chair |',
        '| DWP | Tom Price | For Alison Grey |',
        '',
        '1. MINUTES',
        '',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role, a.deputisingFor])).toEqual([
      ['Home Office', 'Sarah Whitcombe', 'CHAIR', null],
      ['DWP', 'Tom Price', null, 'Alison Grey'],
    ]);
  });
});

describe('a Markdown table cell holding two lines', () => {
  it('"<br>" parts two actions in one cell, with or without a full stop', () => {
    const parsed = parseMinutes(
      [
        '# Partnership Board',
        '**Date:** 16 November 2021',
        '',
        'Present: Karen Holt (Salvation Army); Martin Crowe (GLAA)',
        '',
        '| Item | Notes | Actions |',
        '|---|---|---|',
        '| 1. Seasonal workers | GLAA described checks.<br>Risks were raised. | GLAA to share the checklist<br />Salvation Army to produce a leaflet |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['GLAA'], 'GLAA to share the checklist'],
      [['Salvation Army'], 'Salvation Army to produce a leaflet'],
    ]);
  });
});

describe('a body and a colon, then its people after a tab', () => {
  it('"Home Office:⇥Sarah Linton (Chair), Tom Okafor (Secretariat)" is the body\'s people, not a new list', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Strategy Board',
        'Tuesday 17 January 2017, 2 Marsham Street',
        '',
        'Present',
        'Home Office:\tSarah Linton (Chair), Tom Okafor (Secretariat)',
        'NCA:\tWill Kerr',
        '',
        'Apologies',
        'CPS:\tJoanna Pike',
        '',
        '1. Minutes',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Sarah Linton', 'CHAIR'],
      ['Home Office', 'Tom Okafor', 'SECRETARIAT'],
      ['NCA', 'Will Kerr', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'CPS', name: 'Joanna Pike' }]);
  });
});

describe("a hybrid meeting's attendance", () => {
  it('"In the room:", "Joined remotely:" and "Present online:" all list attendees', () => {
    const parsed = parseMinutes(
      [
        'West Midlands Anti-Slavery Network',
        'Minutes of the hybrid meeting held on Tuesday 14 September 2021',
        '',
        'In the room:',
        'Helen Ward, West Midlands Police (Chair)',
        '',
        'Joined remotely:',
        'Tom Abbott, Coventry City Council',
        '',
        'Present online:',
        'Karen Holt, Salvation Army',
        '',
        '1. Welcome',
        'The Chair welcomed members.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Helen Ward', 'Tom Abbott', 'Karen Holt']);
  });
});

describe('attendees given with their email addresses', () => {
  it('"Jo Fenton <jo.fenton@…> (Home Office) - Chair": the address goes, the body stays the body', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Strategy Board',
        'Minutes of the meeting held on 5 March 2019',
        '',
        'Attendees',
        'Jo Fenton <jo.fenton@homeoffice.example.gov.uk> (Home Office) - Chair',
        'Will Kerr <will.kerr@nca.example.gov.uk> (NCA)',
        '',
        '1. County lines',
        'ACTION: NCA to report on prosecutions.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Jo Fenton', 'CHAIR'],
      ['NCA', 'Will Kerr', null],
    ]);
  });
});

describe('a timed agenda kept as a table', () => {
  it('"Time | Item | Who | Notes": who presents the item, and no action in the notes', () => {
    const parsed = parseMinutes(
      [
        'Partnership meeting notes',
        'Date: 23 January 2018',
        '',
        '| Time | Item | Who | Notes |',
        '|---|---|---|---|',
        '| 10:00 | 1. Referral pathway | Sam Okafor | Pathway agreed by all four local authorities; to go live in March. |',
        '| 10:30 | 2. Training | Jane Pryce | Sessions held in Derby; 80 officers trained. |',
        '',
        'Action items',
        '- Sam Okafor to circulate the final referral pathway to partners',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Sam Okafor to circulate the final referral pathway to partners',
    ]);
  });
});

describe("a council's officers listed after its members", () => {
  it('"OFFICERS:" opens more of the attendance', () => {
    const parsed = parseMinutes(
      [
        'Community Safety Partnership Board',
        'Minutes of the meeting held on Thursday 13 April 2017',
        '',
        'PRESENT: Councillor Anne Hollis (Chair), Supt Mark Ellis (Westshire Police)',
        '',
        'OFFICERS: Lucy Barnes (Clerk), Neil Foster (Kingsmere Borough Council)',
        '',
        '45. MINUTES',
        '',
        'RESOLVED: That the minutes be approved.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      [null, 'Councillor Anne Hollis', 'CHAIR'],
      ['Westshire Police', 'Supt Mark Ellis', null],
      [null, 'Lucy Barnes', 'CLERK'],
      ['Kingsmere Borough Council', 'Neil Foster', null],
    ]);
  });
});

describe('an HTML definition list', () => {
  it('a body over its people and an action over its fields, each description beside its term', () => {
    const parsed = parseMinutes(
      [
        '<!DOCTYPE html><html><body><h1>Joint Forum</h1><p>Meeting held on 12 May 2016</p>',
        '<h2>Attendance</h2><dl><dt>Kingsmere Borough Council</dt><dd>Cllr Anne Hollis (Chair)</dd>',
        '<dd>Lucy Barnes</dd><dt>Westshire Police</dt><dd>DS Tom Reilly</dd></dl>',
        '<h2>1. Nail bars</h2><p>DS Reilly reported on the visits.</p>',
        '<dl class="action"><dt>Action</dt><dd>Prepare a leaflet for nail bar workers</dd>',
        '<dt>Owner</dt><dd>Westshire Police</dd><dt>Due</dt><dd>30 June 2016</dd></dl>',
        '</body></html>',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Kingsmere Borough Council', 'Cllr Anne Hollis', 'CHAIR'],
      ['Kingsmere Borough Council', 'Lucy Barnes', null],
      ['Westshire Police', 'DS Tom Reilly', null],
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Westshire Police'],
        text: 'Prepare a leaflet for nail bar workers',
        item: '1',
        due: '2016-06-30',
      },
    ]);
  });
});

describe('a record whose header names the chair and the note taker', () => {
  it('"Chair:" and "Note taker:" fields over an attendance list that names them: each person once', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Local Delivery Group',
        'Meeting date: 08/11/2017',
        'Chair: Ruth Baker (Nottinghamshire Police)',
        'Note taker: Official (Nottingham City Council)',
        '',
        'Attending: Ruth Baker (Nottinghamshire Police); Official (Nottingham City Council); Official (GLAA)',
        '',
        'ITEM 1: Previous record',
        'Discussion: Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Nottinghamshire Police', 'Ruth Baker', 'CHAIR'],
      ['Nottingham City Council', 'Official', null],
      ['GLAA', 'Official', null],
    ]);
  });

  it('"Minute taker:" under a list that has not named them: one more person there, with no role', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting held on 5 May 2021',
        '',
        'Chair: Jo Lee (NCA)',
        'Present: Sam Hart (CPS), Tim Fry (DWP)',
        'Minute taker: Kay Mills (Home Office)',
        '',
        '1. Data',
        'Text.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['NCA', 'Jo Lee', 'CHAIR'],
      ['CPS', 'Sam Hart', null],
      ['DWP', 'Tim Fry', null],
      ['Home Office', 'Kay Mills', null],
    ]);
    // "Minutes: Kay Mills" in the list says the same.
    const minutes = parseMinutes(
      'Board\nMinutes of the meeting held on 5 May 2021\n\nPresent: Sam Hart (CPS)\nMinutes: Kay Mills (Home Office)\n\n1. Data\nText.',
    );
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Sam Hart', 'Kay Mills']);
  });
});

describe('meeting notes from a Teams template', () => {
  it('participants with notes after a dash, a "Notes" heading, tasks "Task – Person – date", the next check-in', () => {
    const parsed = parseMinutes(
      [
        'Meeting notes',
        '',
        'Modern Slavery Partnership – monthly check-in',
        'Date: 21/06/2021  Time: 10:00 – 10:45',
        '',
        'Participants',
        'Claire Dunmore (Home Office) – organiser',
        'Mark Tennant (NCA)',
        '',
        'Notes',
        '- Referrals are back to pre-pandemic levels (NCA).',
        '',
        'Follow-up tasks',
        '☐ Share the referral dashboard with the partnership – Mark Tennant – 02/07/2021',
        '',
        'Next check-in: 19/07/2021, 10:00 – 10:45, Microsoft Teams',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['Home Office', 'Claire Dunmore'],
      ['NCA', 'Mark Tennant'],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([[['NCA'], '2021-07-02']]);
    expect(parsed.nextMeeting).toEqual({
      start: '2021-07-19T10:00:00+01:00',
      end: '2021-07-19T10:45:00+01:00',
      location: 'Microsoft Teams',
    });
  });
});

describe('a table of minutes whose only action column names the owner', () => {
  it('"Item⇥Discussion⇥Action by⇥Date": the last sentence beside an owner is the action', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Steering Group',
        'Minutes: 12 August 2019',
        '',
        'Apologies: Official (Westshire Clinical Commissioning Group)',
        '',
        'Item\tDiscussion\tAction by\tDate',
        '1. Minutes\tThe minutes of the last meeting were agreed.\t\t',
        '2. Safeguarding referrals\tThe team described referrals. The team will update the policy.\tWestshire Hospitals NHS Trust\t30/09/2019',
        '3. AOB\tNone.\t\t',
      ].join('\n'),
    );
    expect(parsed.apologies).toHaveLength(1);
    expect(parsed.items.map((i) => i.title)).toEqual(['Minutes', 'Safeguarding referrals', 'AOB']);
    expect(parsed.actions).toEqual([
      {
        owners: ['Westshire Hospitals NHS Trust'],
        text: 'The team will update the policy',
        item: '2',
        due: '2019-09-30',
      },
    ]);
  });
});

describe('attendance in "Name | Role | Organisation" columns separated by tabs', () => {
  it('a row with its role cell empty is still the person first, and so is one after it', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking and Exploitation Working Group',
        'Minutes of the meeting held on Tuesday 8 October 2013',
        '',
        'Present:',
        'Cllr Margaret Holloway\tChair\tKingsmere District Council',
        'Neil Foster\t\tKDC Environmental Health',
        'Lucy Barnes\tClerk\tKingsmere District Council',
        '',
        '1.\tApologies for absence',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Kingsmere District Council', 'Cllr Margaret Holloway', 'CHAIR'],
      ['KDC Environmental Health', 'Neil Foster', null],
      ['Kingsmere District Council', 'Lucy Barnes', 'CLERK'],
    ]);
  });

  it('a first row that says nothing of its order is read as the rows after it show', () => {
    // "Jane Smith" and "Kingsmere Citizens Advice" are both words no list marks as a body or a
    // person; "Tom Jones ⇥ Westshire Police" below shows the person comes first.
    const rows = (second: string) =>
      parseMinutes(
        [
          'Strategy Board',
          '4 March 2015',
          '',
          'Present:',
          'Jane Smith\tKingsmere Citizens Advice\tChair',
          'Ann Lee\tKingsmere Food Bank',
          second,
          '',
          '1. Welcome',
        ].join('\n'),
      );
    expect(
      rows('Tom Jones\tWestshire Police').attendees.map((a) => [a.organisation, a.name, a.role]),
    ).toEqual([
      ['Kingsmere Citizens Advice', 'Jane Smith', 'CHAIR'],
      ['Kingsmere Food Bank', 'Ann Lee', null],
      ['Westshire Police', 'Tom Jones', null],
    ]);
    // Rows that never show their order keep the usual one, body first.
    const unshown = rows('Kingsmere Rotary\tTom Jones');
    expect(unshown.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['Jane Smith', 'Kingsmere Citizens Advice'],
      ['Ann Lee', 'Kingsmere Food Bank'],
      ['Kingsmere Rotary', 'Tom Jones'],
    ]);
    // A title says the person, whatever stands beside it.
    const titled = parseMinutes(
      [
        'Strategy Board',
        '4 March 2015',
        '',
        'Present:',
        'Dr Ann Lee\tKingsmere Food Bank',
        '',
        '1. Welcome',
      ].join('\n'),
    );
    expect(titled.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['Kingsmere Food Bank', 'Dr Ann Lee'],
    ]);
  });
});

describe('an "Action table" after the items', () => {
  it("holds the meeting's actions: a row that names no item belongs to none", () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 5 March 2014',
        '',
        '1. Labour exploitation',
        'HMRC described its work.',
        '',
        '2. AOB',
        'None.',
        '',
        'Action table',
        'No.\tAction\tOwner\tItem',
        '1\tShare the case studies with Board members\tHMRC\t1',
        '2\tCirculate the draft annual report\tSecretariat\t',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([
      ['1', ['HMRC']],
      [null, ['Secretariat']],
    ]);
  });
});

describe('attendance grouped by body, "Body: person, person"', () => {
  it('reads each person under their body, a body no word marks as one too once the list is grouped', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 8 April 2014',
        '',
        'Present:',
        'Home Office: Sarah Whitcombe (Chair), Tom Bell (Secretariat)',
        'NCA: DCI Mark Tennant, Jo Bloggs',
        'Salvation Army: Anne Read, Bob Wilkes',
        '',
        '1. Minutes',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Sarah Whitcombe', 'CHAIR'],
      ['Home Office', 'Tom Bell', 'SECRETARIAT'],
      ['NCA', 'DCI Mark Tennant', null],
      ['NCA', 'Jo Bloggs', null],
      ['Salvation Army', 'Anne Read', null],
      ['Salvation Army', 'Bob Wilkes', null],
    ]);
  });
});

describe('minutes quoted line by line under a reply', () => {
  const quoted = (lines: string[]) =>
    [
      'From: Jo Smith',
      'Sent: 01 June 2021 10:00',
      'To: Network members',
      'Subject: FW: notes',
      '',
      'See below.',
      '',
      ...lines.map((l) => (l === '' ? '>' : `> ${l}`)),
    ].join('\n');

  it('reads them as written: a pictograph bullet before a label, a heading underlined with "="', () => {
    const parsed = parseMinutes(
      quoted([
        'Modern Slavery Network North',
        '============================',
        '',
        'Minutes of the meeting of 24 March 2021',
        '',
        'Attendees: Official, Greater Manchester Police (Chair); Official, Causeway',
        '',
        '1. Online exploitation',
        '👉 ACTION: Causeway to share the online exploitation briefing by 9 April 2021.',
      ]),
    );
    expect(parsed.meeting.title).toBe('Modern Slavery Network North');
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Causeway'], 'Causeway to share the online exploitation briefing by 9 April 2021'],
    ]);
  });
});

describe('a summary of actions pasted from a table as tab cells with no header', () => {
  it('reads the cell naming only bodies as the owners, the next as the task, and a reference after it', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 5 December 2013',
        '',
        '1. Minutes',
        'Agreed.',
        '',
        '2. The NCA',
        'The NCA described its first months.',
        '',
        'Summary of action points',
        "1.\tNCA\tCirculate the NCA's strategy to Board members.\t(Item 2)",
        '2.\tHMRC and NCA\tAgree a referral route by 31 January 2014.',
        '3.\tSecretariat\tUpdate the forward look.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['NCA'], "Circulate the NCA's strategy to Board members", '2', null],
      [['HMRC', 'NCA'], 'Agree a referral route by 31 January 2014', null, '2014-01-31'],
      [['Secretariat'], 'Update the forward look', null, null],
    ]);
  });
});

describe("a memo's note of a meeting", () => {
  const memo = [
    'MEMORANDUM',
    '',
    'To:       IDMG officials',
    'From:     Modern Slavery Unit, Home Office',
    'Date:     10 May 2016',
    "Subject:  Note of the IDMG officials' meeting, 3 May 2016",
    '',
    'Those present: Tom Bell (Home Office, chair), Mark Tennant (NCA) and Kwame Mensah (DFID). Apologies were received from Helen Ashworth (FCO).',
    '',
    '1. The June IDMG',
    'Officials agreed the agenda.',
    '',
    '2. The annual report',
    'The CPS and NCA will draft the response.',
    '',
    'Next steps:',
    '- NCA and CPS to draft the law enforcement section by 20 May 2016.',
    '- DWP to provide a paper for the June IDMG.',
  ].join('\n');

  it('takes its title and date from the subject when the note names no meeting of its own', () => {
    expect(parseMinutes(memo).meeting).toEqual({ title: "IDMG officials' meeting", date: '2016-05-03' });
  });

  it('reads the attendance sentence and the apologies sentence after it on one line apart', () => {
    const parsed = parseMinutes(memo);
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Tom Bell', 'CHAIR'],
      ['NCA', 'Mark Tennant', null],
      ['DFID', 'Kwame Mensah', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'FCO', name: 'Helen Ashworth' }]);
  });

  it('reads a "Next steps:" list standing alone after the last item as the meeting\'s actions', () => {
    expect(parseMinutes(memo).actions.map((a) => [a.owners, a.item])).toEqual([
      [['NCA', 'CPS'], null],
      [['DWP'], null],
    ]);
  });
});

describe('a part of the record about earlier actions under the attendance', () => {
  it('ends the apologies: "Review of actions from the last meeting", "Action log" are no one', () => {
    for (const heading of [
      'Review of actions from the last meeting',
      'Action log',
      'Actions from the previous meeting',
    ]) {
      const parsed = parseMinutes(
        [
          'Data Sub-Group',
          'Notes of meeting: 19 May 2015',
          '',
          'Attendees: Priya Natarajan (Home Office, Chair); Mark Davies (NCA).',
          'Apologies: Claire Dunmore (DfE).',
          '',
          heading,
          '',
          'Ref | Action | Owner | Status',
          '----+--------+-------+-------',
          'A1 | Circulate the draft | Home Office | Complete',
          '',
          '1. Data',
          'The agreement is signed.',
        ].join('\n'),
      );
      expect(parsed.apologies, heading).toEqual([{ organisation: 'DfE', name: 'Claire Dunmore' }]);
      expect(parsed.actions, heading).toEqual([]);
    }
  });
});

describe('a summary of action points with the item named first', () => {
  it('"(Item 2) NCA to share …": the item the action belongs to, and its owner', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 3 December 2013',
        '',
        '1. Minutes',
        'Agreed.',
        '',
        '2. NCA update',
        'NCA described its first months.',
        '',
        'Summary of action points',
        '1.\t(Item 2) NCA to share its first quarterly report with Board members.',
        '2.\tHMRC to nominate a deputy for Board meetings.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['NCA'], 'NCA to share its first quarterly report with Board members'],
      [null, ['HMRC'], 'HMRC to nominate a deputy for Board meetings'],
    ]);
  });

  it('"Item 2: NCA to …", "Item 3 – DH to …": the reference without brackets, before its colon or dash', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 3 December 2013',
        '',
        '1. Minutes',
        'Agreed.',
        '',
        '2. NCA update',
        'NCA described its first months.',
        '',
        '3. Health',
        'DH described its training.',
        '',
        'Actions',
        '•\tItem 2: NCA to share its first quarterly report with Board members.',
        '•\tItem 3 – DH to extend the training to labour exploitation.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['NCA'], 'NCA to share its first quarterly report with Board members'],
      ['3', ['DH'], 'DH to extend the training to labour exploitation'],
    ]);
  });

  it('"(item 3 refers)" after the action names its item as "(Item 3)" does', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 3 December 2013',
        '',
        '1. Minutes',
        'Agreed.',
        '',
        '2. NCA update',
        'NCA described its first months.',
        '',
        'Actions agreed',
        '1.\tNCA to share its first quarterly report with Board members. (item 2 refers)',
        '2.\tHMRC to nominate a deputy for Board meetings [Item 1 refers]',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['NCA'], 'NCA to share its first quarterly report with Board members'],
      ['1', ['HMRC'], 'HMRC to nominate a deputy for Board meetings'],
    ]);
  });
});

describe('minutes hard-wrapped by a mail client', () => {
  it('reads the attendance sentences and the next meeting across the breaks', () => {
    const parsed = parseMinutes(
      [
        'East Midlands Anti-Trafficking Partnership',
        'Minutes: 11 September 2019',
        '',
        'The meeting was chaired by Ruth Baker (Nottinghamshire Police). Also',
        'present were Sam Okafor (Nottingham City Council), Jane Pryce',
        '(Derbyshire County Council) and Luke Moss (Hope for Justice). Apologies',
        'were received from Anna Kowalski (Leicestershire Police).',
        '',
        '1. Training',
        'Hope for Justice offered training for council housing officers and the',
        'council agreed to take it up across the four districts this autumn.',
        'Action: Hope for Justice to deliver two training sessions for housing',
        'officers by 31 October 2019.',
        '',
        '2. Next meeting',
        'Next meeting: Wednesday 11 December 2019, 10:00-12:00, Room 2.6, Seacole',
        'Building, Nottingham.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ruth Baker', 'Nottinghamshire Police'],
      ['Sam Okafor', 'Nottingham City Council'],
      ['Jane Pryce', 'Derbyshire County Council'],
      ['Luke Moss', 'Hope for Justice'],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Leicestershire Police', name: 'Anna Kowalski' }]);
    expect(parsed.nextMeeting?.location).toBe('Room 2.6, Seacole Building, Nottingham');
  });

  it("keeps a building's number with its street over a break in a next meeting's details", () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 6 March 2018',
        'Present: Jo Smith (Home Office, Chair)',
        '1. AOB',
        'None.',
        'Next meeting: 5 September 2018, 14:00-15:30, Room 3, 2',
        'Marsham Street',
      ].join('\n'),
    );
    expect(parsed.nextMeeting?.location).toBe('Room 3, 2 Marsham Street');
  });
});

describe('a single-spaced export with no blank lines between parts', () => {
  it('ends a list of actions at "Next meeting:" or "Apologies:" straight below it', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership',
        'Minutes of the meeting held on 6 March 2019',
        'Present: Jo Smith (Westshire Police); Hannah Moss (Westshire Fire and Rescue Service)',
        '1. Training',
        'Hannah Moss reported on training for on-call firefighters.',
        'Actions agreed:',
        '- Westshire Fire and Rescue Service to share its training slides with partners (item 1)',
        'Next meeting: Wednesday 24 April 2019 at 10:00, Conference Room A, Westshire Police HQ.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Westshire Fire and Rescue Service to share its training slides with partners',
    ]);
    expect(parsed.nextMeeting).toEqual({
      start: '2019-04-24T10:00:00+01:00',
      end: null,
      location: 'Conference Room A, Westshire Police HQ',
    });
  });
});

describe('a table of actions with the next meeting straight below it', () => {
  it('ends a tab table or an aligned one at "Next meeting:"', () => {
    for (const table of [
      ['Who\tWhat\tBy when', 'Secretariat\tCirculate dates for 2014 meetings\tASAP'],
      [
        'Who           What                                By when',
        'Secretariat   Circulate dates for 2014 meetings   ASAP',
      ],
    ]) {
      const parsed = parseMinutes(
        [
          'Human Trafficking Strategy Board',
          'Minutes: Thursday 10 October 2013',
          'Present: Jo Smith (Home Office, Secretariat)',
          '1. Data',
          'Discussed.',
          'Summary of actions',
          ...table,
          'Next meeting: Wednesday 11 December 2013 at 2pm, venue tbc',
        ].join('\n'),
      );
      expect(parsed.actions.map((a) => a.text)).toEqual(['Circulate dates for 2014 meetings']);
      expect(parsed.nextMeeting?.start).toBe('2013-12-11T14:00:00+00:00');
    }
  });
});

describe('action labels written with a dash or as "Action point"', () => {
  it('reads "(Action – MOJ)" and "(Action point: MOJ)" after the sentence as the action’s owner', () => {
    expect(trailingMarker('MOJ will provide figures before the next meeting. (Action – MOJ)')?.owners).toBe(
      'MOJ',
    );
    expect(trailingMarker('Figures before the next meeting (Action point: MOJ).')?.owners).toBe('MOJ');
  });

  it('finds "ACTION –", "Action point:" and "Agreed action:" after a full stop in a line', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 3 December 2013',
        '',
        '1. Data',
        'The minutes were agreed. ACTION – Secretariat to publish them.',
        'The Board noted the figures. Action point: NCA to break them down by region.',
        'The Board discussed the Bill. Agreed action: Home Office to circulate the clauses.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Secretariat'], 'Secretariat to publish them'],
      [['NCA'], 'NCA to break them down by region'],
      [['Home Office'], 'Home Office to circulate the clauses'],
    ]);
  });
});

describe("a next-meeting item with the meeting's close straight below it", () => {
  it('keeps the place when "The meeting closed at …" follows with no blank line', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Working Group',
        'Minutes of the meeting held on Tuesday 14 October 2014 at 6.00 pm',
        'Present:',
        'Cllr Margaret Holloway (Chair)\tKingsmere District Council',
        '1.\tDate of next meeting',
        'a)\tTuesday 13 January 2015 at 6.00 pm, Committee Room 1, Civic Centre.',
        'The meeting closed at 7.20 pm.',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2015-01-13T18:00:00+00:00',
      end: null,
      location: 'Committee Room 1, Civic Centre',
    });
  });

  it("ends the details at the secretariat's signature below them", () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        'Minutes: 12 March 2013',
        'Present: Jo Smith (Home Office, Chair)',
        '1. AOB',
        'None.',
        'Date of next meeting: Tuesday 9 July 2013, 2pm–3.30pm, Room 2.14, 102 Petty France',
        'IDMG Secretariat',
        'March 2013',
      ].join('\n'),
    );
    expect(parsed.nextMeeting?.location).toBe('Room 2.14, 102 Petty France');
  });
});

describe('a covering note that apologises', () => {
  it('"Apologies for the delay" above the minutes is no apologies heading, and its sign-off does not end the email', () => {
    const parsed = parseMinutes(
      [
        'From: Secretariat, Modern Slavery Strategy Board',
        'Sent: Monday, 16 June 2014 11:02',
        'To: Board members',
        'Subject: Draft minutes - Strategy Board 5 June',
        '',
        "Apologies for the delay. The draft minutes of last Thursday's meeting",
        'are below; comments to me by Friday please.',
        '',
        'Thanks',
        'Nadia',
        '',
        'MODERN SLAVERY STRATEGY BOARD',
        'Minutes of the meeting held on 5 June 2014, 10:00-11:30',
        '',
        'Present: Richard Allingham, Home Office (Chair); Joanna Pike, CPS',
        '',
        '1. Prosecutions',
        'ACTION: CPS to report on the use of special measures by 31 July 2014.',
      ].join('\n'),
    );
    expect(parsed.meeting).toEqual({ title: 'MODERN SLAVERY STRATEGY BOARD', date: '2014-06-05' });
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'CPS to report on the use of special measures by 31 July 2014',
    ]);
  });
});

describe('a network that letters its items and writes who came from where', () => {
  const minutes = [
    'Westshire Modern Slavery Network',
    '',
    'Minutes of the meeting held on 5 March 2014',
    '',
    'Present: Jo Smith from Westshire Police (Chair), Amir Khan from Kingsmere Borough Council and Ruth Lowe from the Salvation Army.',
    '',
    'Apologies: Dan Cole (GLA).',
    '',
    'A. Welcome and introductions',
    '',
    'The Chair welcomed members.',
    '',
    'B. Partnership plan',
    '',
    'Members discussed the plan.',
    '',
    'Action: Westshire Police to circulate the revised plan by 31/3.',
    '',
    'C. Any other business',
  ].join('\n');

  it('"Name from Body": the person and the body they came from', () => {
    expect(parseMinutes(minutes).attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Jo Smith', 'Westshire Police', 'CHAIR'],
      ['Amir Khan', 'Kingsmere Borough Council', null],
      ['Ruth Lowe', 'Salvation Army', null],
    ]);
  });

  it('"A.", "B.", "C." are items A, B and C, and end the apologies above them', () => {
    const parsed = parseMinutes(minutes);
    expect(parsed.apologies).toEqual([{ organisation: 'GLA', name: 'Dan Cole' }]);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['A', 'Welcome and introductions'],
      ['B', 'Partnership plan'],
      ['C', 'Any other business'],
    ]);
    expect(parsed.actions.map((a) => a.item)).toEqual(['B']);
  });

  it('"by 31/3": a day and month with no year is due in the year after the meeting', () => {
    expect(parseMinutes(minutes).actions.map((a) => a.due)).toEqual(['2014-03-31']);
    const december = parseMinutes(minutes.replace('5 March 2014', '10 December 2014'));
    expect(december.actions.map((a) => a.due)).toEqual(['2015-03-31']);
  });

  it('"By 31/03" in a due column: a cued day and month, as a bare one is', () => {
    const table = (due: string) =>
      parseMinutes(
        [
          'Strategy Board',
          'Minutes of the meeting held on 4 March 2014',
          '',
          'Present: Tom Bell (MOJ)',
          '',
          '1. Guidance',
          '',
          '| Action | Owner | Due |',
          '|---|---|---|',
          `| Publish the note | MOJ | ${due} |`,
        ].join('\n'),
      ).actions.map((a) => a.due);
    expect(table('By 31/03')).toEqual(['2014-03-31']);
    expect(table('31/03')).toEqual(['2014-03-31']);
    expect(table('Ongoing')).toEqual([null]);
  });

  it('keeps initials as people and lettered sub-paragraphs inside their numbered item', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Network',
        'Minutes of the meeting held on 5 March 2014',
        '',
        'Present:',
        'A. Smith (Westshire Police)',
        'B. Jones, Kingsmere Borough Council',
        '',
        '1. Welcome',
        'The Chair welcomed members.',
        '',
        '2. Partnership plan',
        'A. Background',
        'B. Next steps',
        'C. Funding',
        'Action: GLA to cost the plan. A 24/7 helpline was discussed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['A. Smith', 'Westshire Police'],
      ['B. Jones', 'Kingsmere Borough Council'],
    ]);
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(parsed.actions.map((a) => [a.item, a.due])).toEqual([['2', null]]);
  });
});

describe('actions as Who, What and When with no label over them', () => {
  it('reads the fields under an item as an action, on their own lines or on one', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 12 May 2015',
        '',
        'Present:',
        'Sarah Whitcombe, Home Office (Chair)',
        'Kwame Mensah, DFID',
        '',
        '1. NRM review',
        'NCA described the review.',
        'Who: NCA',
        "What: Circulate the review's terms of reference",
        'When: 30 May 2015',
        '',
        '2. Data',
        'Who: DFID  What: Share the programme data  When: next meeting',
        '',
        '3. Prosecutions',
        'Action 3: Who: CPS | What: Publish the 2014 figures | When: 30 June 2015',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text, a.due])).toEqual([
      ['1', ['NCA'], "Circulate the review's terms of reference", '2015-05-30'],
      ['2', ['DFID'], 'Share the programme data', null],
      ['3', ['CPS'], 'Publish the 2014 figures', '2015-06-30'],
    ]);
  });
});

describe('a chair named in a table of header fields over a list that names them again', () => {
  it('is one attendee, the chair; the header fields after the chair are no attendees', () => {
    const parsed = parseMinutes(
      [
        'IMMIGRATION AND HUMAN TRAFFICKING SUBGROUP',
        '',
        '| Date:  | Wednesday 12 March 2014, 10.30am |',
        '| Chair: | Det Supt Mark Hamilton (PSNI)    |',
        '| Notes: | Sean Quinn (DOJ)                 |',
        '',
        'PRESENT',
        '',
        'PSNI\t\tDet Supt Mark Hamilton',
        'DOJ\t\tMr Sean Quinn',
        '',
        '1. Welcome',
        'The Chair welcomed members.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['PSNI', 'Det Supt Mark Hamilton', 'CHAIR'],
      ['DOJ', 'Mr Sean Quinn', null],
    ]);
  });
});

describe('a subgroup of a task force, with items "1.0" in capitals after a tabbed attendance list', () => {
  const parsed = parseMinutes(
    [
      'ORGANISED CRIME TASK FORCE',
      'IMMIGRATION AND HUMAN TRAFFICKING SUBGROUP',
      '',
      'Date: 12 March 2014',
      '',
      'APOLOGIES',
      '',
      'PPS\t\tMr Paul Doherty',
      'NCA\t\tMs Karen Walsh',
      '',
      '1.0\tWELCOME AND APOLOGIES',
      '',
      '1.1\tThe Chair welcomed members.',
      '',
      '2.0\tOPERATIONAL UPDATE',
      '',
      'AP1:\tPSNI to review the referral pathway.',
    ].join('\n'),
  );

  it('is the subgroup under the task force that heads the page', () => {
    expect(parsed.meeting.title).toBe('IMMIGRATION AND HUMAN TRAFFICKING SUBGROUP');
  });

  it('ends the list at "1.0<tab>TITLE": the first item, not an apology from a body "1.0"', () => {
    expect(parsed.apologies.map((a) => a.organisation)).toEqual(['PPS', 'NCA']);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'WELCOME AND APOLOGIES'],
      ['2', 'OPERATIONAL UPDATE'],
    ]);
    expect(parsed.actions.map((a) => [a.item, a.owners])).toEqual([['2', ['PSNI']]]);
  });
});

describe('"Action: <instruction> (BODY)"', () => {
  it('is the instruction with its owner in brackets, not a list of owners naming the paragraph above', () => {
    const head = [
      'Human Trafficking Strategy Board',
      'Minutes of the meeting held on 12 May 2015',
      '',
      'Present:',
      'Graham Kerr, NCA',
      '',
      '1. Data',
      'NCA presented the figures.',
    ];
    for (const gap of [[], ['']]) {
      const parsed = parseMinutes([...head, ...gap, 'Action: Circulate the figures (NCA).'].join('\n'));
      expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([[['NCA'], 'Circulate the figures']]);
    }
    // A list of owners after the paragraph still names that paragraph's owners.
    const owners = parseMinutes([...head, 'NCA will circulate the figures.', 'Action: NCA'].join('\n'));
    expect(owners.actions.map((a) => [a.owners, a.text])).toEqual([
      [['NCA'], 'NCA presented the figures. NCA will circulate the figures'],
    ]);
  });
});

describe('an instruction standing as a paragraph of its own, with no label', () => {
  it('"NCA to circulate the figures." between blank lines is an action of its item', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 12 May 2015',
        '',
        'Present:',
        'Graham Kerr, NCA',
        'Joanna Pike, CPS',
        '',
        '1. Data',
        '',
        '1.1 NCA presented the figures. CPS to follow up was mentioned.',
        '',
        '1.2 NCA and CPS to circulate the figures to members by 1 June 2015.',
        '',
        'The Board asked NCA to circulate them.',
        '',
        'Next meeting: TBC – secretariat to circulate dates.',
        '',
        'CPS to circulate the figures',
        'and the guidance.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text, a.due])).toEqual([
      ['1', ['NCA', 'CPS'], 'NCA and CPS to circulate the figures to members by 1 June 2015', '2015-06-01'],
    ]);
  });
});

describe('a table drawn with bars between the cells only, no outer bars and no rule', () => {
  it('is read by its header: owner before action, "Ongoing" no date', () => {
    const parsed = parseMinutes(
      [
        'OPERATION HEARTHSTONE – GOLD GROUP',
        'Minutes of meeting held on Friday 6 February 2015',
        '',
        'PRESENT: Lucy Reid (Salvation Army), Dr Ian Patel (Westshire CCG)',
        '',
        '1. VICTIM WELFARE',
        'The men are in safe houses.',
        '',
        'ACTIONS',
        '',
        'No. | Owner | Action | Deadline',
        '1 | Salvation Army | Provide weekly updates on the welfare of the men | Ongoing',
        '2 | Westshire CCG | Arrange dental treatment | 13/02/2015',
        '',
        'Members thanked the Chair | and the police | for their work.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Salvation Army'], 'Provide weekly updates on the welfare of the men', null],
      [['Westshire CCG'], 'Arrange dental treatment', '2015-02-13'],
    ]);
  });

  it('reads a row ending in a bar before nothing as a row with its last cell empty', () => {
    const parsed = parseMinutes(
      [
        'Network meeting',
        'Date | 8 June 2017',
        '',
        '1. Victims',
        'Discussed.',
        '',
        'Actions',
        'No. | Action | Owner | Due',
        '1 | Publish the timetable | Salvation Army | 30/06/2017',
        '2 | Circulate the referral form | Northshire Police |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Salvation Army'], 'Publish the timetable', '2017-06-30'],
      [['Northshire Police'], 'Circulate the referral form', null],
    ]);
  });
});

describe('a post ending in "Officer" or "Manager" after a name, though it has a body\'s words', () => {
  it('"Gemma Rowe (Democratic Services Officer) – Eastbrook Borough Council" is Gemma Rowe of the council', () => {
    expect(
      parseAttendeeLine('Gemma Rowe (Democratic Services Officer) – Eastbrook Borough Council', new Set()),
    ).toEqual({
      organisation: 'Eastbrook Borough Council',
      name: 'Gemma Rowe',
      role: null,
      deputisingFor: null,
    });
  });
});

describe('apologies under their other headings', () => {
  it('"Absent:", "Not present:", "Sent apologies:", "Regrets:" and "Apologies – …" list those who were not there', () => {
    const wrap = (a: string) =>
      `Human Trafficking Strategy Board\nMinutes of the meeting held on 12 May 2015\n\nPresent:\nGraham Kerr, NCA\n\n${a}\n\n1. Data\nNCA presented the figures.\n`;
    for (const heading of [
      'Absent:',
      'Not present:',
      'Sent apologies:',
      'Apologies –',
      'Regrets:',
      'Absent with apologies:',
      'Apologies noted:',
    ]) {
      const parsed = parseMinutes(wrap(`${heading} Joanna Pike (CPS), Kwame Mensah (DFID)`));
      expect(parsed.apologies.map((a) => [a.name, a.organisation])).toEqual([
        ['Joanna Pike', 'CPS'],
        ['Kwame Mensah', 'DFID'],
      ]);
      expect(parsed.attendees.map((a) => a.name)).toEqual(['Graham Kerr']);
    }
    // "Present" with a dash and a lower-case word after it is no heading.
    expect(matchSection('Present – the Chair noted that the room had changed.')).toBeNull();
    expect(matchSection('Present – Graham Kerr (NCA)')).toEqual({
      kind: 'attendees',
      rest: 'Graham Kerr (NCA)',
    });
  });
});

describe('owners set off by a colon or a dash, or tagged in brackets side by side', () => {
  it('"Name: circulate …", "NCA – Circulate … – date", "Circulate … [NCA] [30/06/2015]"', () => {
    const head = [
      'Human Trafficking Strategy Board',
      'Minutes of the meeting held on 12 May 2015',
      '',
      'Present:',
      'Graham Kerr, NCA',
      'Joanna Pike, CPS',
      '',
      '1. Data',
      'NCA presented the figures.',
    ];
    const read = (line: string) =>
      parseMinutes([...head, line].join('\n')).actions.map((a) => [a.owners, a.text, a.due]);
    expect(read('☐ Graham Kerr: circulate the figures (due 30 June)')).toEqual([
      [['NCA'], 'Graham Kerr: circulate the figures', '2015-06-30'],
    ]);
    expect(read('Action: CPS – Circulate the figures – 30/06/2015')).toEqual([
      [['CPS'], 'CPS – Circulate the figures – 30/06/2015', '2015-06-30'],
    ]);
    // A passive's subject is not who acts: the owner named last is.
    expect(read('ACTION: Survivors to be consulted on the arrangements – Home Office.')).toEqual([
      [['Home Office'], 'Survivors to be consulted on the arrangements – Home Office', null],
    ]);
    expect(read('ACTION: None further.')).toEqual([]);
    // A hyphen set off by spaces, as plain text writes the dash.
    expect(read('Action: CPS - Circulate the figures - 30/06/2015')).toEqual([
      [['CPS'], 'CPS - Circulate the figures - 30/06/2015', '2015-06-30'],
    ]);
    expect(read('Action 1: Circulate the figures [NCA] [30/06/2015]')).toEqual([
      [['NCA'], 'Circulate the figures', '2015-06-30'],
    ]);
    // A colon that sets off no instruction names no owner.
    expect(read('Action: Note: the figures are provisional and will be circulated')).toEqual([
      [[], 'Note: the figures are provisional and will be circulated', null],
    ]);
  });
});

describe('"Present" and "Apologies" side by side in two columns', () => {
  it('reads the left column as those present and the right as apologies, row by row', () => {
    const parsed = parseMinutes(
      [
        'Kingsmere Modern Slavery Partnership',
        'Minutes of the meeting held on Wednesday 4 May 2016',
        '',
        'Present\t\t\t\t\tApologies',
        'Cllr Anil Desai (Chair), Kingsmere District Council\tSgt Priya Lal, Westshire Police',
        'Rachel Obi, KDC Community Safety\t\t\tMartin Crowe, GLA',
        'Neil Foster, KDC Environmental Health',
        '\t\t\t\t\tJo Hart, CPS',
        'In attendance:',
        'Lucy Barnes (Clerk)\tKingsmere District Council',
        '1. Minutes of the last meeting',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Cllr Anil Desai', 'Kingsmere District Council', 'CHAIR'],
      ['Rachel Obi', 'KDC Community Safety', null],
      ['Neil Foster', 'KDC Environmental Health', null],
      // Another list's heading ends the pair: its rows are one column again.
      ['Lucy Barnes', 'Kingsmere District Council', 'CLERK'],
    ]);
    expect(parsed.apologies.map((a) => [a.name, a.organisation])).toEqual([
      ['Sgt Priya Lal', 'Westshire Police'],
      ['Martin Crowe', 'GLA'],
      ['Jo Hart', 'CPS'],
    ]);
    expect(parsed.items.map((i) => i.number)).toEqual(['1']);
  });
});

describe('a call\'s note: items with agenda times, "On the call:", "Key actions", "Next call:"', () => {
  it('reads the items under their times, the people on the call, the key actions and the next call', () => {
    const parsed = parseMinutes(
      [
        'Subject: Notes – Modern Slavery Helpline steering call, 21 June 2016',
        '',
        'On the call: Kate Holt (Unseen, Chair), Graham Kerr (NCA)',
        'Apologies: Julia Marsh (Home Office)',
        '',
        '10:00  Item 1 – Call volumes',
        'Calls rose to 420 in May.',
        '',
        '10:20–10:40 2. Referrals to police',
        'NCA asked for referrals to reach forces within 24 hours.',
        '',
        'Key actions',
        '- Unseen: publish the quarterly helpline report by 15 July 2016',
        '- NCA: confirm a single point of contact in each force',
        '',
        'Next call: 19 July 2016, 10:00–10:45.',
      ].join('\n'),
    );
    expect(parsed.meeting.title).toBe('Modern Slavery Helpline steering call');
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Kate Holt', 'Graham Kerr']);
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Call volumes'],
      ['2', 'Referrals to police'],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item, a.due])).toEqual([
      [['Unseen'], null, '2016-07-15'],
      [['NCA'], null, null],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2016-07-19T10:00:00+01:00');
  });
});

describe('single-spaced minutes, one paragraph to a line', () => {
  const minutes = (body: string[]) =>
    parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Modern Slavery',
        'Minutes of the meeting of 14 October 2014',
        '',
        'Present were Karen Bradley MP (Home Office, Chair), Official (NCA), Official (DWP) and Official (FCO).',
        '',
        ...body,
      ].join('\n'),
    );

  it('"Body to …" on a line of its own, after a finished sentence or under the heading, is an action', () => {
    const parsed = minutes([
      '1. Modern Slavery Bill',
      'Home Office to circulate the Government amendments.',
      'The Bill is in Committee in the Lords. Members discussed the amendments.',
      'DWP and NCA to agree how Jobcentre Plus staff report suspicions.',
      'FCO described its work with',
      'source countries. NCA to note.',
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Home Office'], 'Home Office to circulate the Government amendments', '1'],
      [['DWP', 'NCA'], 'DWP and NCA to agree how Jobcentre Plus staff report suspicions', '1'],
    ]);
  });

  it('"ACTION: Body and" over the rest of its owners is one action, not a marker for the sentence above', () => {
    const parsed = minutes([
      '1. Training',
      'The FCO said that its posts had',
      'no training in the signs of exploitation.',
      'ACTION: Home Office and',
      'FCO to design a joint training session',
      'for staff at posts overseas.',
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Home Office', 'FCO'],
        text: 'Home Office and FCO to design a joint training session for staff at posts overseas',
        item: '1',
        due: null,
      },
    ]);
  });
});

describe('a closing list of "Owner: task" lines', () => {
  it('starts an action at each line that names owners before a colon, and an item number in square brackets is its item', () => {
    const parsed = parseMinutes(
      [
        'IDMG on Modern Slavery',
        'Minutes – 30 April 2015',
        '',
        'Present: Official, Home Office; Official, DfE; Official, Welsh Government.',
        '',
        '1. Minutes',
        'Agreed.',
        '',
        '2. Commencement',
        'Noted.',
        '',
        'ACTIONS',
        'Home Office: publish the commencement timetable (by 29 May 2015) [2]',
        'DfE and Home Office: share the interim evaluation with members [1]',
        'Welsh Government: confirm its plans for advocates in Wales [7]',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Home Office'], 'Home Office: publish the commencement timetable (by 29 May 2015)', '2'],
      [['DfE', 'Home Office'], 'DfE and Home Office: share the interim evaluation with members', '1'],
      // No item 7: a footnote's mark, say, and no item's number.
      [['Welsh Government'], 'Welsh Government: confirm its plans for advocates in Wales [7]', null],
    ]);
  });
});

describe('single-spaced minutes: headings with no blank line around them', () => {
  it('"ACTIONS" in capitals between lines of text heads the meeting\'s actions, not a label in the last item', () => {
    const parsed = parseMinutes(
      [
        'IDMG on Modern Slavery',
        'Minutes – 30 April 2015',
        'Present: Official, Home Office; Official, DfE.',
        '1. Commencement',
        'Noted.',
        '2. Any other business',
        'None.',
        'ACTIONS',
        'Home Office: publish the commencement timetable (Item 1)',
        'DfE: share the evaluation with members',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['Home Office'], '1'],
      [['DfE'], null],
    ]);
  });

  it.each(['Key actions', 'Next steps:'])(
    '"%s" over bullets, between lines of text, heads the meeting\'s actions',
    (heading) => {
      const parsed = parseMinutes(
        [
          'Notes – Helpline steering call, 21 June 2016',
          'On the call: Kate Holt (Unseen, Chair), Graham Kerr (NCA)',
          '1. Call volumes',
          'Calls rose to 420 in May.',
          '2. Referrals to police',
          'NCA asked for referrals to reach forces within 24 hours.',
          heading,
          '- Unseen: publish the quarterly helpline report',
          '- NCA: confirm a single point of contact in each force',
        ].join('\n'),
      );
      expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
        [['Unseen'], null],
        [['NCA'], null],
      ]);
    },
  );

  it("an attendance list on its label's line ends at a line over bullets; a bulleted list ends at a sentence with no bullet", () => {
    const parsed = parseMinutes(
      [
        'Mar 9, 2022 | East Midlands Anti-Slavery Network',
        'Attendees: Ruth Baker (Derby City Council), Sam Okafor (NHS England), Jane Pryce (Derbyshire Police)',
        'Notes',
        '* Ruth Baker: regional referrals up 15% on 2021',
        '* Sam Okafor: city pathway now used by all GP practices',
        'Next steps:',
        '- Derby City Council to circulate the 2021 regional data pack.',
        '- Derbyshire Police to confirm the training dates.',
        'The network will next meet on 6 April 2022 at Derby Council House.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['Derby City Council', 'Ruth Baker'],
      ['NHS England', 'Sam Okafor'],
      ['Derbyshire Police', 'Jane Pryce'],
    ]);
    expect(parsed.actions.map((a) => a.owners)).toEqual([['Derby City Council'], ['Derbyshire Police']]);
    expect(parsed.nextMeeting?.start).toBe('2022-04-06');
  });

  it('the next meeting\'s details end at "Summary of action points", "Sent from my iPad" or a signature under a line naming the place', () => {
    const minutes = (tail: string[]) =>
      parseMinutes(
        [
          'Human Trafficking Strategy Board',
          'Minutes of the meeting of 14 June 2016',
          'Present: Official, Home Office; Official, CPS.',
          '1. Prosecutions',
          'The CPS reported on the first year.',
          ...tail,
        ].join('\n'),
      ).nextMeeting;
    expect(
      minutes([
        '2. Date of next meeting',
        'Tuesday 13 September 2016, 14:00-15:30, Room 6.14, 2 Marsham Street.',
        'Summary of action points',
        '1. CPS to present the prosecution data (Item 1)',
      ]),
    ).toEqual({
      start: '2016-09-13T14:00:00+01:00',
      end: '2016-09-13T15:30:00+01:00',
      location: 'Room 6.14, 2 Marsham Street',
    });
    // A line naming the place after the date is whole: the signature under it is no part of it.
    expect(
      minutes([
        'Next meeting: Tuesday 13 September 2016, 14:00-15:30, at 2 Marsham Street',
        'Priya Nair',
        'Board Secretariat | Home Office',
      ]),
    ).toEqual({
      start: '2016-09-13T14:00:00+01:00',
      end: '2016-09-13T15:30:00+01:00',
      location: '2 Marsham Street',
    });
    // Unless the line under it ends the sentence: a place a mail client wrapped onto the next line.
    expect(
      minutes([
        'Next meeting: Tuesday 13 September 2016, 2pm-4pm, at Victoria',
        'Quay, Edinburgh.',
        'Priya Nair',
      ]),
    ).toEqual({
      start: '2016-09-13T14:00:00+01:00',
      end: '2016-09-13T16:00:00+01:00',
      location: 'Victoria Quay, Edinburgh',
    });
    // A place after the date and time with no "at" is a place given too: the signature under it is
    // no part of it.
    expect(
      minutes([
        'Next meeting: 2.00-3.30pm, Tuesday 13 September 2016, Room 1.10, Seacole Building, 2 Marsham Street',
        'Priya Natarajan',
      ])?.location,
    ).toBe('Room 1.10, Seacole Building, 2 Marsham Street');
    expect(
      minutes([
        'Next meeting: 13 September 2016, County Hall',
        'Lucy Barnes, Partnership Clerk, Westshire County Council',
      ])?.location,
    ).toBe('County Hall');
    // The English heading under the Welsh one starts lines of its own; the Welsh lines are not its.
    expect(
      minutes([
        'Dyddiad y cyfarfod nesaf: Dydd Mawrth 13 Medi 2016, 10:30 – 12:00, Y',
        'Swyddfa Gartref, 2 Marsham Street, Llundain',
        'Date of next meeting: Tuesday 13 September 2016, 10:30 – 12:00, Home Office,',
        '2 Marsham Street, London',
        'Ysgrifenyddiaeth / Secretariat',
        'Ionawr / January 2013',
      ])?.location,
    ).toBe('Home Office, 2 Marsham Street, London');
    // However short the line the place breaks off on, its words go on under it.
    expect(
      minutes(['Next meeting: 13 September 2016, 10:00-12:00, at Cathays', 'Park, Cardiff.'])?.location,
    ).toBe('Cathays Park, Cardiff');
    // A sentence naming the meeting wrapped over three lines, the second starting with a time that
    // reads like a paragraph's number: one sentence, its place whole.
    expect(
      minutes([
        '2.2 The next meeting will be held on Tuesday 13 September 2016 from 10 until',
        '11.30 in Conference',
        'Room 2, 2 Marsham Street.',
      ]),
    ).toEqual({
      start: '2016-09-13T10:00:00+01:00',
      end: '2016-09-13T11:30:00+01:00',
      location: 'Conference Room 2, 2 Marsham Street',
    });
    // Without a place, the line under it may give it.
    expect(
      minutes(['Next meeting: Tuesday 13 September 2016 at 2 pm', 'Committee Room 2, Civic Centre']),
    ).toEqual({
      start: '2016-09-13T14:00:00+01:00',
      end: null,
      location: 'Committee Room 2, Civic Centre',
    });
    expect(
      minutes([
        'Next meeting: Tuesday 13 September 2016, 14:00-15:30, 2 Marsham Street',
        'Sent from my iPad',
      ]),
    ).toEqual({
      start: '2016-09-13T14:00:00+01:00',
      end: '2016-09-13T15:30:00+01:00',
      location: '2 Marsham Street',
    });
  });

  it("lists on their label's line end with their last body; a rule ends a list of actions", () => {
    const parsed = parseMinutes(
      [
        "Minister's meeting on the NRM",
        'Thursday 4 March 2021, 15:00-15:45',
        'Attendees: Victoria Hale MP (Chair), Sarah Linton (Home Office), Robert Lyle (MOJ)',
        'Summary',
        'The Minister was briefed on the backlog.',
        'Apologies: Will Kerr (NCA)',
        'Welcome',
        'The Chair welcomed members.',
        'Next steps:',
        '- Home Office to send the Minister a note on the backlog.',
        '________________________________',
        'This email may contain OFFICIAL information. If you have received it in error, tell the sender',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      [null, 'Victoria Hale MP'],
      ['Home Office', 'Sarah Linton'],
      ['MOJ', 'Robert Lyle'],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'NCA', name: 'Will Kerr' }]);
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Home Office to send the Minister a note on the backlog',
    ]);
  });

  it('an item named again without its number, straight under the agenda, ends the agenda', () => {
    const parsed = parseMinutes(
      [
        'IDMG on Human Trafficking',
        'Record of the meeting held on Wednesday 24 April 2013',
        'Attendees',
        'Official, GLA',
        'Official, MOJ',
        'Agenda',
        '1. Labour exploitation',
        '2. Child trafficking',
        'Labour exploitation',
        '1. The GLA described cases it had found on building sites.',
        'ACTION 1: GLA to assess the scale of the problem.',
        'Child trafficking',
        '2. MOJ reported that the pilot had started.',
        'ACTION 2: MOJ to circulate the interim evaluation.',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Labour exploitation' },
      { number: '2', title: 'Child trafficking' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['GLA'], '1'],
      [['MOJ'], '2'],
    ]);
  });
});

describe('an action log with "New", "Open" and "Closed" statuses; meeting dates for the year', () => {
  it('keeps only the rows marked "New" when the log marks new ones so, and reads "2.1 Dates for 2016:"', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes – 8 March 2016',
        '',
        'Present:',
        'Sarah Whitcombe, Home Office (Chair)',
        'Tom Price, DWP',
        '',
        '1. Action log',
        'Ref\tStatus\tOwner\tAction\tDue',
        'AL-09\tClosed\tHome Office\tCirculate the draft strategy\t15/01/2016',
        'AL-11\tOpen\tDWP\tProvide data on benefit claims\t26/02/2016',
        'AL-14\tNew\tHome Office\tShare the figures by offence\t31/03/2016',
        '',
        '2. Dates of meetings',
        '2.1 Dates for 2016: 12 April and 12 July 2016, all 14:00-15:30 at 2 Marsham Street.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.text)).toEqual(['Share the figures by offence']);
    expect(parsed.nextMeeting).toEqual({
      start: '2016-04-12T14:00:00+01:00',
      end: '2016-04-12T15:30:00+01:00',
      location: '2 Marsham Street',
    });
  });

  it('a log with no "New" row keeps its "Open" ones, as a task list of this meeting says so', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes – 8 March 2016',
        '',
        '1. Actions',
        'Owner\tAction\tStatus',
        'DWP\tProvide data on benefit claims\tOpen',
        'NCA\tBrief the Board on the unit\tOpen',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([['DWP'], ['NCA']]);
  });
});

describe('a Markdown table of the whole meeting with a "#" column', () => {
  it('heads each item from its "#" and "Item" cells, and splits a cell\'s actions at <br>', () => {
    const parsed = parseMinutes(
      [
        '# Modern Slavery Network – 24 November 2015',
        '',
        '**Present:** Ruth Baker (Derby City Council, Chair), Jane Pryce (Derbyshire Police)',
        '',
        '| # | Item | Notes | Actions |',
        '|---|------|-------|---------|',
        '| 1 | Welcome | Ruth welcomed members. | None |',
        '| 2 | Referral data | Referrals rose by 15%. | Derbyshire Police to share the data<br>Derby City Council to publish the figures |',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Welcome' },
      { number: '2', title: 'Referral data' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['Derbyshire Police'], '2'],
      [['Derby City Council'], '2'],
    ]);
  });
});

describe('a council’s minute numbers, "23/17", as the items’ numbers', () => {
  it('reads "23/17<TAB>TITLE" headings as items, and not a date or "24/7"', () => {
    const parsed = parseMinutes(
      [
        'HUMAN TRAFFICKING PANEL',
        'Minutes of the meeting held on Monday 16 October 2017',
        '',
        'Present: Cllr Anil Desai (Chair), Kingsmere District Council',
        '',
        '25/17\tCAR WASH INSPECTIONS',
        'ACTION: Westshire Police to report the results to the next meeting.',
        '',
        '26/17\tDATE OF NEXT MEETING',
        'Monday 15 January 2018 at 10.00 am, Room 5, Civic Centre.',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '25/17', title: 'CAR WASH INSPECTIONS' },
      { number: '26/17', title: 'DATE OF NEXT MEETING' },
    ]);
    expect(parsed.actions.map((a) => a.item)).toEqual(['25/17']);
    expect(parsed.nextMeeting?.start).toBe('2018-01-15T10:00:00+00:00');
  });
});

describe('a committee system’s web page pasted as text', () => {
  it('reads titles without their documents’ links, the attendance at the foot, one apology given twice', () => {
    const parsed = parseMinutes(
      [
        'Westshire Modern Slavery Partnership Board',
        'Wednesday, 22nd November, 2017 2.00 pm',
        '',
        '1.\tApologies for absence',
        'Minutes:',
        'Apologies were received from Jo Haines (Westshire CCG).',
        '',
        '2.\tModern slavery statements PDF 310 KB',
        'Additional documents:',
        'Appendix 1 - statement template, item 2 PDF 98 KB',
        'Minutes:',
        'Action: Westshire County Council to publish its statement by 31 March 2018.',
        '',
        'Attendance',
        'Present: Cllr David Lowe (Chair), Westshire County Council; Insp Mark Sewell, Westshire Police',
        'Apologies: Jo Haines, Westshire CCG',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Apologies for absence' },
      { number: '2', title: 'Modern slavery statements' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([[['Westshire County Council'], '2']]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Cllr David Lowe', 'Insp Mark Sewell']);
    expect(parsed.apologies).toEqual([{ organisation: 'Westshire CCG', name: 'Jo Haines' }]);
  });
});

describe('an outcome with its owner and deadline as two fields on one line', () => {
  it('reads "Outcome: …" over "Owner: NCA      Deadline: 19 January 2018" as the action', () => {
    const parsed = parseMinutes(
      [
        'Threat Group',
        'Minutes: Thursday 7 December 2017',
        'Attendees: Peter Nolan (NCA)',
        '',
        '1. Threat assessment',
        'Discussion: The NCA presented the assessment.',
        'Outcome: NCA to share the summary with partners.',
        'Owner: NCA          Deadline: 19 January 2018',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      { owners: ['NCA'], text: 'NCA to share the summary with partners', item: '1', due: '2018-01-19' },
    ]);
  });
});

describe('"Present:" and "Apologies:" side by side, each with its colon', () => {
  it('reads two columns of lists, not one line run together', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        '30 January 2018',
        '',
        'Present:                                   Apologies:',
        'Karen Bradshaw MP, Home Office (Chair)     Simon Feld MP, MOJ',
        'Official, NCA',
        '',
        '1. Minutes',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['Home Office', 'Karen Bradshaw MP'],
      ['NCA', 'Official'],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'MOJ', name: 'Simon Feld MP' }]);
  });
});

describe('the next meeting in a table of meeting dates', () => {
  it('reads the first row’s place from its column', () => {
    const parsed = parseMinutes(
      [
        '# Strategy Board',
        '',
        'Meeting: 14 November 2017',
        '',
        '## 1. Item',
        '',
        'Text.',
        '',
        '## Future meetings',
        '',
        '| Date | Time | Venue |',
        '|---|---|---|',
        '| 6 March 2018 | 10:00–12:00 | 2 Marsham Street |',
        '| 5 June 2018 | 10:00–12:00 | 2 Marsham Street |',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2018-03-06T10:00:00+00:00',
      end: '2018-03-06T12:00:00+00:00',
      location: '2 Marsham Street',
    });
  });

  it('reads a table of one column of dates under a line giving their time and place', () => {
    const parsed = parseMinutes(
      [
        'Partnership Board',
        'Date of meeting: 8 November 2016',
        '',
        '1. Victim pathway',
        'The Board discussed the pathway.',
        '',
        'FUTURE MEETINGS',
        'All meetings 14:00-16:00 at City Hall.',
        '| Date |',
        '|---|',
        '| 10 January 2017 |',
        '| 14 March 2017 |',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2017-01-10T14:00:00+00:00',
      end: '2017-01-10T16:00:00+00:00',
      location: 'City Hall',
    });
  });
});

describe('the next meeting’s details with no blank line under them', () => {
  const minutes = (...tail: string[]) =>
    parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting of 9 September 2014',
        '',
        '1. Item',
        'Noted.',
        '',
        ...tail,
      ].join('\n'),
    );

  it('ends the place at a signature, and goes on with the place’s last word wrapped onto the line', () => {
    // 73 characters: as long as a line wrapped at a width may be.
    const line = 'Next meeting: 10.00–11.30am, Wednesday 22 October 2014, 2 Marsham Street';
    expect(minutes(line, 'Daniel Pugh', 'Secretariat, Strategy Board').nextMeeting?.location).toBe(
      '2 Marsham Street',
    );
    expect(
      minutes('Next meeting: 10.00–11.30am, Wednesday 22 October 2014, Room 4.13, 2 Marsham', 'Street', '')
        .nextMeeting?.location,
    ).toBe('Room 4.13, 2 Marsham Street');
    expect(
      minutes(
        'Next meeting: 10.00–11.30am, Wednesday 22 October 2014, Room 2.6, Seacole',
        'Building, 2 Marsham Street',
      ).nextMeeting?.location,
    ).toBe('Room 2.6, Seacole Building, 2 Marsham Street');
  });

  it('a closing sentence about it, or a signature, ends the list of actions above it', () => {
    const parsed = minutes(
      'Summary of action points',
      '1. DFID to circulate the list of projects (Item 1)',
      '2. Secretariat to circulate the forward look for 2016',
      'The Board will next meet on Wednesday 20 January 2016 at 14:00 in Room 2.6, 2 Marsham Street.',
      'Ben Ashcroft | Strategy Board Secretariat | Home Office',
    );
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'DFID to circulate the list of projects',
      'Secretariat to circulate the forward look for 2016',
    ]);
    expect(parsed.nextMeeting?.start).toBe('2016-01-20T14:00:00+00:00');
    const signed = minutes(
      'Summary of action points',
      '1.\tSecretariat\tUpdate the forward look of Board agenda items.',
      'Priya Natarajan | Strategy Board Secretariat | Home Office',
    );
    expect(signed.actions.map((a) => a.text)).toEqual(['Update the forward look of Board agenda items']);
  });

  it('ends an item’s details at the heading of the next part', () => {
    const parsed = minutes(
      '2. Date of next meeting',
      '11 January 2017, 10:00–12:00, Cathays Park, Cardiff.',
      'Actions',
      '| Action | Owner |',
      '|---|---|',
      '| Share the figures | NCA |',
    );
    expect(parsed.nextMeeting?.location).toBe('Cathays Park, Cardiff');
  });
});

describe('a bare marker whose owners wrap onto the next line', () => {
  it('reads "… . ACTION" over "CPS" as the sentence’s marker', () => {
    const parsed = parseMinutes(
      [
        'Board',
        'Minutes of the meeting of 12 March 2013',
        '',
        'Present: Official, Crown Prosecution Service (CPS); Official, Home Office',
        '',
        '1. Prosecutions',
        '1.1 The CPS will share its revised legal guidance with the Group. ACTION',
        'CPS',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['Crown Prosecution Service'],
        text: 'The CPS will share its revised legal guidance with the Group',
        item: '1',
        due: null,
      },
    ]);
  });
});

describe('an owner’s label after the paragraph’s last sentence, no brackets', () => {
  it('reads "… . Action by: Police Scotland, 30/03/2018" and leaves "… . Action: NCA to write" alone', () => {
    expect(
      trailingMarker('The campaign should be evaluated. Action by: Police Scotland, 30/03/2018'),
    ).toEqual({
      before: 'The campaign should be evaluated.',
      owners: 'Police Scotland',
      due: '30/03/2018',
    });
    expect(trailingMarker('COPFS to set out its guidance. Lead: COPFS')?.owners).toBe('COPFS');
    expect(trailingMarker('Members discussed the figures. Action: NCA to write to forces.')).toBeNull();
  });
});

describe('an attendance table marking each member P or A', () => {
  it('reads those marked A as apologies', () => {
    const parsed = parseMinutes(
      [
        'Westshire Anti-Slavery Network',
        'Minutes of the meeting held on Wednesday 14 March 2018',
        '',
        'Attendance',
        'Name                 Organisation                      P/A',
        'Insp Mark Sewell     Westshire Police (Chair)          P',
        'Owen Blake           Kingsmere District Council        A',
        'Ruth Baker           Salvation Army                    P',
        '',
        '1. Minutes of the last meeting',
        'Agreed.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Insp Mark Sewell', 'Westshire Police', 'CHAIR'],
      ['Ruth Baker', 'Salvation Army', null],
    ]);
    expect(parsed.apologies).toEqual([{ name: 'Owen Blake', organisation: 'Kingsmere District Council' }]);
  });
});

describe('action codes with their owners in square brackets', () => {
  it('reads "AI-1 [Border Force] Share … Due: April 30, 2018" as an action a line', () => {
    const parsed = parseMinutes(
      [
        'UK-France Joint Working Group',
        'Date: March 21, 2018',
        'Attendees: Ian Shaw (Border Force); Harriet Stone (Home Office)',
        '',
        '1. Juxtaposed controls',
        'Border Force described joint training.',
        '',
        'Action Items:',
        'AI-1 [Border Force] Share the joint training materials. Due: April 30, 2018',
        'AI-2 [Home Office] Propose dates for a workshop.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Border Force'], 'Share the joint training materials', '2018-04-30'],
      [['Home Office'], 'Propose dates for a workshop', null],
    ]);
  });
});

describe('an attendance table aligned with spaces, its header row the only sign of it', () => {
  it('reads the rows under "Name  Organisation  Role" with no heading above them', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Strategy Board | Tuesday 10 July 2018 | 14:00-16:00 | 2 Marsham Street',
        '',
        'Name              Organisation       Role',
        'Claire Ashdown    Home Office        Chair',
        'Peter Nolan       NCA',
        'Daniel Pugh       Home Office        Secretariat',
        '',
        '1. Victim care contract',
        'Noted.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Claire Ashdown', 'Home Office', 'CHAIR'],
      ['Peter Nolan', 'NCA', null],
      ['Daniel Pugh', 'Home Office', 'SECRETARIAT'],
    ]);
  });
});

describe('a list of actions in two columns aligned with spaces, the owner first', () => {
  it('reads each row as an action of its own, its task wrapped under its column', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on 26 June 2018',
        '',
        'Present: Claire Ashdown (Home Office); Peter Nolan (NCA); Grace Whitfield (CPS); Lynne Carver (DWP)',
        '',
        '1. NRM reform',
        'Noted.',
        '',
        'ACTIONS',
        'Home Office       Share the design of the new authority with',
        '                  members before it is announced',
        'DWP               Circulate the fast-track guidance to Jobcentres',
        'NCA and CPS       Agree a joint approach to victims who are also suspects',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Home Office'], 'Share the design of the new authority with members before it is announced'],
      [['DWP'], 'Circulate the fast-track guidance to Jobcentres'],
      [['NCA', 'CPS'], 'Agree a joint approach to victims who are also suspects'],
    ]);
  });
});

describe('an HTML definition list of the attendance', () => {
  it('reads "<dt>Present</dt>" and "<dt>Apologies</dt>" as the lists their <dd> entries make', () => {
    const parsed = parseMinutes(
      [
        '<html><body><h1>Westshire Anti-Slavery Partnership</h1>',
        '<p>Minutes of the meeting held on Tuesday 9 April 2019</p>',
        '<dl><dt>Present</dt><dd>Cllr David Lowe, Westshire County Council (Chair)</dd>',
        '<dd>Insp Mark Sewell, Westshire Police</dd>',
        '<dt>Apologies</dt><dd>Farah Siddiqui, Westshire Fire and Rescue Service</dd></dl>',
        '<h4>1. Car washes</h4><p>Noted.</p></body></html>',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Cllr David Lowe', 'Westshire County Council', 'CHAIR'],
      ['Insp Mark Sewell', 'Westshire Police', null],
    ]);
    expect(parsed.apologies).toEqual([
      { name: 'Farah Siddiqui', organisation: 'Westshire Fire and Rescue Service' },
    ]);
  });
});

describe('an item that lists the meeting’s actions, and entries that give their due date first', () => {
  const minutes = (title: string) =>
    parseMinutes(
      [
        'Implementation Group',
        'Minutes of the meeting held on 19 February 2019',
        'Present: A (Home Office); B (NCA)',
        '',
        '1. Child victims',
        'Noted.',
        '',
        `2. ${title}`,
        '- By 29 March 2019 – Home Office to circulate the draft annual report',
        '- NCA to share the threat assessment with members',
      ].join('\n'),
    ).actions.map((a) => [a.owners, a.text, a.item, a.due]);

  it('reads the entries under "Actions for the next period" as its actions', () => {
    expect(minutes('Actions for the next period')).toEqual([
      [['Home Office'], 'Home Office to circulate the draft annual report', '2', '2019-03-29'],
      [['NCA'], 'NCA to share the threat assessment with members', '2', null],
    ]);
  });

  it('does not so read an item reviewing the action log', () => {
    expect(minutes('Action log')).toEqual([]);
  });
});

describe('a marker naming the lead and its support', () => {
  it('reads "(Lead: Border Force; support: DfE)" as both owning the last sentence', () => {
    expect(
      trailingMarker('A note will come to the next meeting. (Lead: Border Force; support: DfE)'),
    ).toEqual({
      before: 'A note will come to the next meeting.',
      owners: 'Border Force and DfE',
      due: null,
    });
  });
});

describe('owners named by an attendee’s post, and arrows pointing at owners', () => {
  const head = [
    'Operational Group',
    'Minutes of the meeting held on Tuesday 16 April 2019',
    '',
    'Present',
    'Insp Mark Sewell, Modern Slavery Co-ordinator, Westshire Police (Chair)',
    'Gemma Hart, Head of Adult Safeguarding, Westshire County Council',
    '',
    '1. Referral pathway',
    'The group reviewed the pathway.',
  ];
  const read = (...lines: string[]) =>
    parseMinutes([...head, ...lines].join('\n')).actions.map((a) => [a.owners, a.text, a.due]);

  it('reads "Head of Adult Safeguarding to …" as the holder’s body', () => {
    expect(read('Action: Head of Adult Safeguarding to circulate the pathway by 31 May 2019.')).toEqual([
      [
        ['Westshire County Council'],
        'Head of Adult Safeguarding to circulate the pathway by 31 May 2019',
        '2019-05-31',
      ],
    ]);
  });

  it('reads "• task ➔ owner (by date)" as the owner’s action', () => {
    expect(
      read(
        '• Publish the pathway ➔ Westshire Police (by 31 May 2019)',
        '• Share the list ⇒ Westshire County Council',
      ),
    ).toEqual([
      [['Westshire Police'], 'Publish the pathway ➔ Westshire Police (by 31 May 2019)', '2019-05-31'],
      [['Westshire County Council'], 'Share the list ⇒ Westshire County Council', null],
    ]);
  });
});

describe('a summary citing paragraphs, and a checklist of "[ ] Body - task"', () => {
  it('reads "(para 1.2)" as item 1 and "[ ] NCA - share police …" as NCA’s action', () => {
    const parsed = parseMinutes(
      [
        'Implementation Group',
        'Note of meeting, 1 October 2019',
        'Present: Alan Reid, Police Scotland; Morag Innes, COPFS; Graham Kerr, NCA',
        '',
        'Item 1: Annual progress report',
        '1.1 The Group considered the report.',
        '1.2 Members asked for more on survivors.',
        '',
        'Summary of actions',
        "A. Police Scotland to add survivors' accounts to the report (para 1.2)",
        '',
        'Actions',
        '[ ] NCA - share police referral figures by force',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Police Scotland'], "Police Scotland to add survivors' accounts to the report", '1'],
      [['NCA'], 'NCA - share police referral figures by force', null],
    ]);
  });
});

describe('a note after the next meeting’s details naming the date it moved from', () => {
  it('takes the place from the details’ own sentence', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes of the meeting held on Tuesday 11 February 2020',
        'Present: Claire Ashdown, Home Office (Chair); Peter Nolan, NCA',
        '',
        '1. Date of next meeting',
        'Tuesday 12 May 2020 at 14:00, 2 Marsham Street. (Please note the change from Thursday 14 May 2020.)',
      ].join('\n'),
    );
    expect(parsed.nextMeeting).toEqual({
      start: '2020-05-12T14:00:00+01:00',
      end: null,
      location: '2 Marsham Street',
    });
  });
});

describe('a town council’s formal minutes', () => {
  it('reads "Tuesday the 10th day of March 2020", a plural title over its names, a post in brackets', () => {
    const parsed = parseMinutes(
      [
        'COMMUNITY SAFETY COMMITTEE',
        'MINUTES of the meeting held at the Guildhall on Tuesday the 10th day of March 2020 at 7.00 pm.',
        'PRESENT: Councillor J. Morgan (Chairman), Councillors P. Evans, S. Hughes and R. Price.',
        'IN ATTENDANCE: Mrs L. Barnes (Town Clerk).',
        '',
        '15. CAR WASHES',
        'ACTION: The Town Clerk to write to the Commissioner.',
        '',
        '16. DATE OF NEXT MEETING',
        'Tuesday the 9th day of June 2020 at 7.00 pm at the Guildhall.',
      ].join('\n'),
    );
    expect(parsed.meeting.date).toBe('2020-03-10');
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Councillor J. Morgan',
      'Councillor P. Evans',
      'Councillor S. Hughes',
      'Councillor R. Price',
      'Mrs L. Barnes',
    ]);
    expect(parsed.nextMeeting).toEqual({
      start: '2020-06-09T19:00:00+01:00',
      end: null,
      location: 'Guildhall',
    });
  });
});

describe('attendance in a role’s name, a covering note naming the meeting, owners in bold', () => {
  it('reads "Secretariat, Home Office" as the secretariat, and an "Attending as" column as roles', () => {
    expect(parseAttendeeLine('Secretariat, Home Office', new Set(['Home Office']))).toMatchObject({
      organisation: 'Home Office',
      name: 'Secretariat',
      role: 'SECRETARIAT',
    });
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        'Minutes – 2 December 2013',
        '',
        'Attendance',
        'Name\tOrganisation\tAttending as',
        'Anne Fielding\tHome Office\tChair',
        'Mark Oduya\tUKHTC\tMember',
        '',
        '1. Quarterly reports',
        'ACTION: UKHTC to circulate the figures.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Anne Fielding', 'Home Office', 'CHAIR'],
      ['Mark Oduya', 'UKHTC', null],
    ]);
  });

  it('takes the title and date from a covering note when the minutes pasted under it name neither', () => {
    const mail = (covering: string) =>
      parseMinutes(
        [
          'From: Secretariat, IDMG',
          'Sent: 02 May 2014 16:12',
          'Subject: IDMG 29 April 2014 - summary and actions',
          '',
          'Dear all,',
          '',
          covering,
          '',
          'Attendees',
          '- Karen Bradley MP - Home Office (Chair)',
          '- Official - NCA',
          '',
          '1. Annual report',
          'Members agreed the structure.',
          'ACTION: NCA to send the figures.',
        ].join('\n'),
      ).meeting;
    expect(
      mail(
        'Please find below a short note of Tuesday’s meeting of the Inter-Departmental Ministerial Group on Human Trafficking, held on 29 April 2014.',
      ),
    ).toEqual({ title: 'Inter-Departmental Ministerial Group on Human Trafficking', date: '2014-04-29' });
    expect(mail('Please find below a note of the Strategy Board meeting held on 3 March 2014.')).toEqual({
      title: 'Strategy Board',
      date: '2014-03-03',
    });
    // A note that names no meeting gives nothing to take.
    expect(mail('Please find below a short note of the discussion.').title).toBeNull();
  });

  it('reads "- **Body**: task" under an item as that body’s action when the body attended', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Group',
        '',
        'Present: Official (DWP); Official (Local Government Association)',
        '',
        '1. Local authorities',
        '- **Local Government Association**: circulate the councils’ guide to chief executives',
        '- **DWP**: noted the figures for the quarter',
        '- **Hogwarts**: circulate the timetable',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [
        ['Local Government Association'],
        "Local Government Association: circulate the councils' guide to chief executives",
      ],
    ]);
  });
});

describe('columns named once over the minutes, and paragraph runs laid out in columns', () => {
  it('reads "Item ⎵⎵ Action" over the columns as a box of actions down the right', () => {
    const pad = (left: string, right = '') => (right === '' ? left : `${left.padEnd(66)}${right}`);
    const parsed = parseMinutes(
      [
        'HUMAN TRAFFICKING STRATEGY BOARD',
        '',
        'Present',
        '   Rachel Moss          Home Office (Chair)',
        '   Official             Border Force',
        'Apologies',
        '   Official             DWP',
        '',
        pad('Item', 'Action'),
        '1. NRM pilots',
        pad('   The Board heard an update on the two pilots of the', 'Home Office to circulate the'),
        pad('   reformed National Referral Mechanism.', 'framework by 31 October 2014.'),
        '',
        '2. Training',
        pad('   Border Force set out its training.', 'Border Force to share the'),
        pad('', 'training package.'),
      ].join('\n'),
    );
    expect(parsed.apologies.map((a) => a.organisation)).toEqual(['DWP']);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Home Office'], 'Home Office to circulate the framework by 31 October 2014', '1'],
      [['Border Force'], 'Border Force to share the training package', '2'],
    ]);
  });

  it('reads "<p>" runs in three columns: number, discussion, action', () => {
    const parsed = parseMinutes(
      [
        '<p>Strategy Board</p>',
        '<p>Attendees:</p>',
        '<p>Official\tMOJ</p>',
        '<p>Official\tCPS</p>',
        '',
        '<p>1.</p>\t<p>Prosecutions</p>\t<p>Action:</p>',
        '\t<p>The CPS reported a rise in cases.</p>\t<p>CPS to share the figures.</p>',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name])).toEqual([
      ['MOJ', 'Official'],
      ['CPS', 'Official'],
    ]);
    expect(parsed.items).toEqual([{ number: '1', title: 'Prosecutions' }]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['CPS'], 'CPS to share the figures', '1'],
    ]);
  });
});

describe('an action table whose "Para" column cites the minutes’ paragraph', () => {
  it('reads "3.2" under "Para" beside "Action No." as item 3', () => {
    const parsed = parseMinutes(
      [
        'TASK FORCE SUBGROUP',
        '',
        'Present:',
        'DCI Philip Marshall, PSNI',
        'Ms Ann Dwyer, Department of Justice',
        '',
        '3. Operational update',
        '3.1 PSNI described Operation Eagle.',
        '3.2 Members discussed victims declining support.',
        '',
        '4. Legislation',
        '4.1 The Department described commencement.',
        '',
        'ACTION TABLE',
        '',
        'Action No.  Para  Action                                              Responsibility   Target Date',
        '1           3.2   Provide an analysis of victims declining support    PSNI             31/03/2016',
        '2           4.1   Circulate the draft statutory guidance              DOJ              Next meeting',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['PSNI'], 'Provide an analysis of victims declining support', '3', '2016-03-31'],
      [['Department of Justice'], 'Circulate the draft statutory guidance', '4', null],
    ]);
  });
});

describe('a council’s attendance by group, and a marker set at the line’s end by a tab stop', () => {
  const minutes = [
    'Modern Slavery and Exploitation Working Group',
    'MINUTES of the meeting held on Wednesday 8 March 2017 at 10.00 am',
    '',
    'Councillors:\tCllr Ruth Ames (Chair), Cllr Tom Byrne',
    'Officers:\tPaul Reed (Clerk)',
    'Partners:\tInsp. Sam Holt (Westshire Police), Maria Lopez (Citizens Advice Westshire)',
    '',
    '1.\tAPOLOGIES',
    '\tApologies were received from Cllr Dawn Price.',
    '',
    '3.\tNAIL BARS',
    '\tInsp. Holt reported on joint visits.',
    '\tAgreed that the visits continue quarterly.\tAction: Westshire Police',
    '',
    '4.\tADVICE SERVICES',
    '\tCitizens Advice Westshire to brief advisers by 30 April 2017.\tAction: Citizens Advice Westshire',
    '',
    '5.\tDATE OF NEXT MEETING',
    '\tWednesday 7 June 2017 at 10.00 am, County Hall.',
  ];

  it('reads "Councillors:", "Officers:", "Partners:" with their people as those present', () => {
    const parsed = parseMinutes(minutes.join('\n'));
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Cllr Ruth Ames', null, 'CHAIR'],
      ['Cllr Tom Byrne', null, null],
      ['Paul Reed', null, 'CLERK'],
      ['Insp. Sam Holt', 'Westshire Police', null],
      ['Maria Lopez', 'Citizens Advice Westshire', null],
    ]);
    // A group under "Apologies:" is more of those who sent them.
    const under = parseMinutes(
      [
        'Group',
        '',
        'Present: Jo Roe (NCA)',
        'Apologies:',
        'Councillors: Cllr Dawn Price',
        '',
        '1. Item',
        'Text.',
      ].join('\n'),
    );
    expect(under.apologies.map((a) => a.name)).toEqual(['Cllr Dawn Price']);
  });

  it('reads "⇥Action: Body" at a line’s end as the owners of the sentence before it, not a box', () => {
    const parsed = parseMinutes(minutes.join('\n'));
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Westshire Police'], 'Agreed that the visits continue quarterly', '3'],
      [['Citizens Advice Westshire'], 'Citizens Advice Westshire to brief advisers by 30 April 2017', '4'],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2017-06-07T10:00:00+01:00');
  });
});

describe('a box naming owners only, and an owner after a dash with the date after a comma', () => {
  it('reads "DfE" alone in the box as the owner of the sentence beside it, wrapped below', () => {
    const pad = (left: string, right = '') => (right === '' ? left : `${left.padEnd(68)}${right}`);
    const parsed = parseMinutes(
      [
        'INTER-DEPARTMENTAL MINISTERIAL GROUP ON HUMAN TRAFFICKING',
        '',
        '  Attendees',
        '  Official                     DfE',
        '  Official                     FCO',
        '',
        pad('  2. Child trafficking', 'Actions:'),
        pad("     DfE will write to directors of children's services about", 'DfE'),
        '     the advocates trial by 28 February 2014.',
        '',
        pad('  3. Overseas', 'Actions:'),
        pad('     FCO described its work with source countries.', 'None'),
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [
        ['DfE'],
        "DfE will write to directors of children's services about the advocates trial by 28 February 2014",
        '2',
        '2014-02-28',
      ],
    ]);
  });

  it('reads "task – NCA, by 28th February 2017" as NCA’s', () => {
    const parsed = parseMinutes(
      [
        'Group',
        '',
        'Present: Official, NCA; Official, Home Office',
        '',
        '1. Item',
        'ACTION: Share the dates – NCA, by 28th February 2017.',
        'ACTION: Write to the companies – Home Office by 3 March 2017.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.owners)).toEqual([['NCA'], ['Home Office']]);
  });
});

describe('an inline list wrapped after an initial', () => {
  it('reads "…, Councillors P. Evans, S." over "Hughes and R. Price." as one list', () => {
    const parsed = parseMinutes(
      [
        'COMMUNITY SAFETY COMMITTEE',
        'MINUTES of the meeting held on Tuesday 10 March 2020 at 7.00 pm.',
        '',
        'PRESENT: Councillor J. Morgan (Chairman), Councillors P. Evans, S.',
        'Hughes and R. Price.',
        '',
        'APOLOGIES: Councillor A. Rees.',
        '',
        '15. CAR WASHES',
        'ACTION: The Town Clerk to write to the Commissioner.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => a.name)).toEqual([
      'Councillor J. Morgan',
      'Councillor P. Evans',
      'Councillor S. Hughes',
      'Councillor R. Price',
    ]);
    expect(parsed.apologies.map((a) => a.name)).toEqual(['Councillor A. Rees']);
  });
});

describe('a covering sentence left above minutes with no blank lines', () => {
  it('names the meeting when no line of the minutes does, and gives way to one that does', () => {
    const mail = (title: string[]) =>
      parseMinutes(
        [
          'From: Secretariat',
          'Subject: Note and actions',
          'Dear all,',
          'Please find below a note of the meeting of the Inter-Departmental Ministerial Group on Human Trafficking, held on 29 April 2014.',
          ...title,
          'Attendees',
          '- Official - NCA',
          '1. Annual report',
          'ACTION: NCA to send the figures.',
        ].join('\n'),
      ).meeting;
    expect(mail([])).toEqual({
      title: 'Inter-Departmental Ministerial Group on Human Trafficking',
      date: '2014-04-29',
    });
    expect(mail(['IDMG OFFICIALS GROUP', 'Minutes of the meeting held on 29 April 2014']).title).toBe(
      'IDMG OFFICIALS GROUP',
    );
  });
});

describe('a closing action table whose Item column names items by their titles', () => {
  it('gives each action the number of the item its title names', () => {
    const parsed = parseMinutes(
      [
        'Human Trafficking Strategy Board',
        '',
        'Attendees: Anne Fielding (Home Office, Chair); Mark Oduya (NCA); Official (DfE)',
        '',
        '2. NRM statistics',
        'The NCA presented the figures.',
        '',
        '3. Child trafficking advocates',
        'DfE described the trial.',
        '',
        '| Ref | Item | Action | Owner | Due |',
        '|-----|------|--------|-------|-----|',
        '| 1 | NRM statistics | Publish the figures | NCA | 30/09/2014 |',
        '| 2 | child trafficking advocates | Share the findings | DfE | TBC |',
        '| 3 | Budget | Agree the budget | DfE | TBC |',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => a.item)).toEqual(['2', '3', 'Budget']);
  });
});

describe('an action’s fields named as a council names them', () => {
  it('reads "Action:" with "Responsible officer:" and "Target date:" under it', () => {
    const parsed = parseMinutes(
      [
        'MODERN SLAVERY TASK GROUP',
        '',
        'Attendees: Neil Foster (KDC Environmental Health); Kate Roberts (Unseen)',
        '',
        'AGENDA ITEM 2: HOUSING',
        'Minute: The group discussed overcrowded houses in multiple occupation.',
        'Action: Inspect the licensed HMOs in the town centre',
        'Responsible officer: KDC Environmental Health',
        'Target date: 31/05/2018',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['KDC Environmental Health'], 'Inspect the licensed HMOs in the town centre', '2', '2018-05-31'],
    ]);
  });
});

describe('attendance bulleted as a mail client writes a second level', () => {
  it('reads "o Name – Body (Role)" without the "o"', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board',
        'Minutes of the meeting held on 22 January 2014',
        '',
        'Attendees:',
        'o Sarah Whitcombe – Home Office (Chair)',
        'o Official – NCA',
        '',
        'Apologies:',
        'o Laura Finch – Border Force',
        '',
        '1. Ports',
        'Discussion.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Sarah Whitcombe', 'Home Office', 'CHAIR'],
      ['Official', 'NCA', null],
    ]);
    expect(parsed.apologies).toEqual([{ name: 'Laura Finch', organisation: 'Border Force' }]);
  });
});

describe('an owner field and a due field after the sentence', () => {
  it('gives the owner and the date whether full stops or dashes part the fields', () => {
    const expected = { before: 'The Board to receive the figures', owners: 'CPS', due: '30 June 2016' };
    expect(trailingMarker('The Board to receive the figures. Owner: CPS. Due: 30 June 2016.')).toEqual({
      ...expected,
      before: 'The Board to receive the figures.',
    });
    expect(trailingMarker('The Board to receive the figures – Owner: CPS – Due: 30 June 2016')).toEqual(
      expected,
    );
  });

  it('makes the sentence an action owned by the field, not by its subject', () => {
    const parsed = parseMinutes(
      [
        'Strategy Board — Notes of meeting, 5 May 2016',
        '',
        'Present: Sarah Whitcombe (Home Office, Chair); Rosa Diaz (CPS)',
        '',
        '1. Prosecutions',
        '→ The Board to receive quarterly prosecution figures. Owner: CPS. Target date: 30 June 2016.',
      ].join('\n'),
    );
    expect(parsed.actions).toEqual([
      {
        owners: ['CPS'],
        text: 'The Board to receive quarterly prosecution figures',
        item: '1',
        due: '2016-06-30',
      },
    ]);
  });
});

describe('a notes template copied as text (Confluence’s meeting notes)', () => {
  const text = [
    'Modern Slavery Data Group – 2017-05-16 Meeting notes',
    '',
    'Date',
    '16 May 2017',
    '',
    'Participants',
    '@Priya Natarajan (Home Office, Chair)',
    '@Graham Kerr (NCA)',
    '@Mary Doyle (ONS)',
    '',
    'Goals',
    'Agree the approach to the 2016 NRM annual report',
    '',
    'Discussion items',
    'Time\tItem\tWho\tNotes',
    '10:00\tNRM annual report\tGraham Kerr\tThe NCA proposed adding a breakdown by exploitation type.',
    '',
    'Action items',
    '@Graham Kerr to circulate the draft breakdown by 2 June 2017',
    '@Mary Doyle to share the ONS method paper with the group',
    '',
  ].join('\n');

  it('ends the participants at the template’s next heading, not taking "Goals" for a person', () => {
    expect(parseMinutes(text).attendees.map((a) => a.name)).toEqual([
      'Priya Natarajan',
      'Graham Kerr',
      'Mary Doyle',
    ]);
  });

  it('reads each @-mentioned task as an action of its own, and the discussion table as no actions', () => {
    expect(parseMinutes(text).actions.map((a) => [a.owners, a.text])).toEqual([
      [['NCA'], '@Graham Kerr to circulate the draft breakdown by 2 June 2017'],
      [['ONS'], '@Mary Doyle to share the ONS method paper with the group'],
    ]);
  });
});

describe('an action label that names its owners in other ways', () => {
  const head = [
    'Human Trafficking Strategy Board',
    'Minutes of the meeting held on 12 May 2015',
    '',
    'Present:',
    'Graham Kerr, NCA',
    'Joanna Pike, CPS',
    '',
    '1. Data',
    'The NCA presented the figures.',
  ];
  const read = (...lines: string[]) =>
    parseMinutes([...head, ...lines, '', '2. AOB', 'None.'].join('\n')).actions.map((a) => [
      a.owners,
      a.text,
      a.due,
    ]);

  it('reads short names straight after the label as its owners ("Action NCA: share …")', () => {
    expect(read('', 'Action NCA: share the figures.')).toEqual([[['NCA'], 'share the figures', null]]);
    expect(read('', 'ACTION NCA and CPS: Share the figures by 30 June 2015.')).toEqual([
      [['NCA', 'CPS'], 'Share the figures by 30 June 2015', '2015-06-30'],
    ]);
    // Capitals that say what the lines are name no owner.
    expect(read('', 'ACTION LOG: none')).toEqual([]);
  });

  it('reads a sub-item after the label’s number as the action’s place, not its owner ("Action 2(a):")', () => {
    expect(read('', 'Action 2(a): CPS to share the charging figures with members.')).toEqual([
      [['CPS'], 'CPS to share the charging figures with members', null],
    ]);
    expect(read('', 'Action 1(iv): NCA to share the figures.')).toEqual([
      [['NCA'], 'NCA to share the figures', null],
    ]);
  });

  it('reads "Owner(s):" and "Target:" fields under the task as its owners and due date', () => {
    expect(
      read('', 'Action: Share the lessons with the GLAA', 'Owner(s): NCA and CPS', 'Target: 28 April 2015'),
    ).toEqual([[['NCA', 'CPS'], 'Share the lessons with the GLAA', '2015-04-28']]);
    expect(read('', 'Action: Publish the charging data', 'Owner(s): CPS', 'Target: ongoing')).toEqual([
      [['CPS'], 'Publish the charging data', null],
    ]);
  });

  it('reads fields parted by bars on the task’s line, and a "By:" line as the due date or the owner', () => {
    expect(read('', 'Action: Collect examples of delays | Owner: CPS | Due: 15 June 2015')).toEqual([
      [['CPS'], 'Collect examples of delays', '2015-06-15'],
    ]);
    expect(read('', 'Action: NCA to propose speakers for the workshop.', 'By: 1 June 2015')).toEqual([
      [['NCA'], 'NCA to propose speakers for the workshop', '2015-06-01'],
    ]);
    expect(read('', 'Action: Circulate the note to members', 'By: CPS')).toEqual([
      [['CPS'], 'Circulate the note to members', null],
    ]);
  });

  it('reads "New actions" (with or without a colon, in capitals too) as a heading over the actions', () => {
    for (const heading of ['New actions', 'NEW ACTIONS', 'New actions:', 'Further actions:'])
      expect(read('', heading, '- NCA to share the figures by 30 June 2015')).toEqual([
        [['NCA'], 'NCA to share the figures by 30 June 2015', '2015-06-30'],
      ]);
  });

  it('leaves a tag saying the sentence is an action out of its text ("… (action).")', () => {
    expect(read('', 'NCA to share the figures with members (action).')).toEqual([
      [['NCA'], 'NCA to share the figures with members', null],
    ]);
  });

  it('gives a label that names only owners the task written on the line under it', () => {
    expect(read('', 'ACTION – CPS', 'To share the charging figures by 30 June 2015.')).toEqual([
      [['CPS'], 'To share the charging figures by 30 June 2015', '2015-06-30'],
    ]);
    expect(
      read('', 'Action: NCA', 'Share the figures with', 'members of the Board.', '', 'The Board noted it.'),
    ).toEqual([[['NCA'], 'Share the figures with members of the Board', null]]);
    // Under a paragraph it names the paragraph's owners, as before.
    expect(read('The NCA will share the figures with members.', 'Action: NCA')).toEqual([
      [['NCA'], 'The NCA presented the figures. The NCA will share the figures with members', null],
    ]);
  });
});
