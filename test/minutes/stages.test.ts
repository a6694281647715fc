import { describe, expect, it } from 'vitest';
import { appointmentAsNextMeeting } from '../../src/minutes/appointment.js';
import {
  attendanceSentence,
  chairNamedInPassing,
  groupedAttendance,
  hangingEntries,
  splitInlineList,
  withoutAcronym,
} from '../../src/minutes/attendance.js';
import { attendanceMarks } from '../../src/minutes/attendance-marks.js';
import { englishColumnBlocks, englishColumnLines } from '../../src/minutes/bilingual.js';
import type { Block } from '../../src/minutes/document/model.js';
import { unfoldedHeaders, unwrapEmail } from '../../src/minutes/email.js';
import { closedUpLabels, fieldRows } from '../../src/minutes/field-rows.js';
import { fieldBlock, fieldOf, fieldsOfLine, readFieldBlock } from '../../src/minutes/fields.js';
import { readHeader } from '../../src/minutes/header.js';
import { joinHyphenated } from '../../src/minutes/hyphenation.js';
import { parseMinutes } from '../../src/minutes/index.js';
import { latexSource } from '../../src/minutes/latex.js';
import { boxOnTheRight } from '../../src/minutes/left-box.js';
import { lineContext } from '../../src/minutes/line-context.js';
import { withoutLineNumbers } from '../../src/minutes/line-numbers.js';
import { midLineLabelAt } from '../../src/minutes/markers.js';
import { dropContents, plainBullets, plainLabels, plainMarkup } from '../../src/minutes/markup.js';
import { dedent, englishLabels, removePageFurniture, unspaceLetters } from '../../src/minutes/normalise.js';
import { ownersColumnLast } from '../../src/minutes/owner-column.js';
import { joinItemTitles, joinWrappedLabels, splitReflowedHeadings } from '../../src/minutes/reflow.js';
import { columnOf, headerColumns, readPipeTable, readTextTable } from '../../src/minutes/tables.js';
import { findTextTables } from '../../src/minutes/text-tables.js';
import { underlinedHeadings } from '../../src/minutes/underlined-headings.js';
import { unwrapLines, wrapWidth } from '../../src/minutes/unwrap.js';
import { welshLabels } from '../../src/minutes/welsh.js';

describe('an Outlook invitation pasted under the minutes', () => {
  it('is the next meeting: its When (the zone and its cities dropped) and its Where, its headers gone', () => {
    expect(
      appointmentAsNextMeeting([
        '-----Original Appointment-----',
        'Subject: Anti-Slavery Partnership Board',
        'When: Tuesday, 15 February 2022 14:00-15:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.',
        'Where: Microsoft Teams Meeting',
      ]),
    ).toEqual(['', 'Next meeting: Tuesday, 15 February 2022 14:00-15:30, Microsoft Teams Meeting']);
    // Its forwarded headers are the invitation's: pasted with no blank line under the last action,
    // they go, and do not run on from it.
    expect(
      appointmentAsNextMeeting([
        'ACTION GLAA: send the list of licence holders to members',
        '-----Original Appointment-----',
        'From: Carys Morgan',
        'Sent: 14 April 2025 15:58',
        'Subject: Regional Network - Q2 meeting',
        'When: Wednesday, 9 July 2025 14:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.',
        'Where: Microsoft Teams Meeting',
      ]),
    ).toEqual([
      'ACTION GLAA: send the list of licence holders to members',
      '',
      'Next meeting: Wednesday, 9 July 2025 14:00-16:00, Microsoft Teams Meeting',
    ]);
    // Wrapped at a width, the zone's cities run onto a line of their own: no place.
    expect(
      appointmentAsNextMeeting([
        'When: Tuesday, 15 February 2022 14:00-15:30 (UTC+00:00) Dublin,',
        'Edinburgh, Lisbon, London.',
        'Where: Microsoft Teams Meeting',
      ]),
    ).toEqual(['Next meeting: Tuesday, 15 February 2022 14:00-15:30, Microsoft Teams Meeting']);
    // A "When:" field with no zone after it is an action's due date, as ever.
    const fields = ['Who: NCA', 'When: 30 May 2015'];
    expect(appointmentAsNextMeeting(fields)).toEqual(fields);
  });

  it("reads a request's headers over the last meeting's minutes as the next meeting, written after them", () => {
    const request = [
      'Subject: Partnership - June meeting, with March minutes',
      'When: Tuesday, 10 June 2025 10:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.',
      'Where: Microsoft Teams Meeting',
      '',
      'Please hold the date. The minutes are below.',
      'Minutes of the meeting of 11 March 2025',
      '1. Welcome',
      '4. Date of next meeting',
      '10 June 2025 on Teams',
    ];
    expect(appointmentAsNextMeeting(request)).toEqual([
      'Subject: Partnership - June meeting, with March minutes',
      ...request.slice(3),
      '',
      'Next meeting: Tuesday, 10 June 2025 10:00-11:30, Microsoft Teams Meeting',
    ]);
    // The minutes' own "10 June 2025 on Teams" gives way to the request's times and place.
    expect(parseMinutes(request.join('\n')).nextMeeting).toEqual({
      start: '2025-06-10T10:00:00+01:00',
      end: '2025-06-10T11:30:00+01:00',
      location: 'Microsoft Teams Meeting',
    });
    // Minutes dated by no line of their own: the request is the recorded meeting's, its date theirs.
    const own = [
      'Subject: Data Sub-Group',
      request[1] ?? '',
      'Where: Room 4.2',
      '',
      'NOTE OF MEETING',
      'Present:',
    ];
    expect(appointmentAsNextMeeting(own)).toEqual([
      'Subject: Data Sub-Group',
      'Next meeting: Tuesday, 10 June 2025 10:00-11:30, Room 4.2',
      '',
      'NOTE OF MEETING',
      'Present:',
    ]);
  });
});

describe('reflow: lines a PDF-to-text tool ran together', () => {
  it('puts a heading, its Actions box and its discussion back apart', () => {
    expect(
      splitReflowedHeadings([
        '4. Assessment of trends Actions: UKHTC to provide further information.  Official from the Home Office spoke.',
      ]),
    ).toEqual([
      '4. Assessment of trends',
      'Actions: UKHTC to provide further information.',
      '',
      'Official from the Home Office spoke.',
    ]);
  });

  it('leaves a paragraph numbered straight through a note whole when its subject is a name ("3. Durham Constabulary reported …")', () => {
    expect(
      splitReflowedHeadings([
        '3. Durham Constabulary reported on the week of action in May.',
        '5. Home Office said the guidance would follow.',
      ]),
    ).toEqual([
      '3. Durham Constabulary reported on the week of action in May.',
      '5. Home Office said the guidance would follow.',
    ]);
    // A title run into a sentence that starts with "The" or a body in capitals still comes apart.
    expect(splitReflowedHeadings(['2. NRM review The Board discussed the figures.'])).toEqual([
      '2. NRM review',
      'The Board discussed the figures.',
    ]);
    expect(splitReflowedHeadings(['4. Olympics UKHTC reported no rise in cases.'])).toEqual([
      '4. Olympics',
      'UKHTC reported no rise in cases.',
    ]);
  });

  it('takes a numbered label ("ACTION 2:") off the heading it ran onto', () => {
    expect(
      splitReflowedHeadings([
        '3. Referral figures ACTION 2: NCA to provide the figures. NCA presented the figures.',
      ]),
    ).toEqual([
      '3. Referral figures',
      'ACTION 2: NCA to provide the figures.',
      '',
      'NCA presented the figures.',
    ]);
  });

  it('ends a box’s action with no full stop where the discussion’s first report starts', () => {
    expect(
      splitReflowedHeadings([
        '2. Child trafficking Actions: DfE to circulate the guidance by 26 October 2012 Officials from DfE described the changes.',
        '3. Internal trafficking Actions: UKHTC to present its analysis at the next meeting UKHTC described its findings.',
      ]),
    ).toEqual([
      '2. Child trafficking',
      'Actions: DfE to circulate the guidance by 26 October 2012',
      '',
      'Officials from DfE described the changes.',
      '3. Internal trafficking',
      'Actions: UKHTC to present its analysis at the next meeting',
      '',
      'UKHTC described its findings.',
    ]);
    // Or where the item's next numbered paragraph starts, its number with it.
    expect(
      splitReflowedHeadings([
        '2. Annual report Actions: Home Office to circulate the draft by 28 September 2012 2.1 Members welcomed the draft.',
      ]),
    ).toEqual([
      '2. Annual report',
      'Actions: Home Office to circulate the draft by 28 September 2012',
      '',
      '2.1 Members welcomed the draft.',
    ]);
    // A name inside the action is no report: "… whether DWP is able …" has no reporting verb.
    expect(
      splitReflowedHeadings(['2. Benefits Actions: Home Office to confirm whether DWP is able to help.'])[1],
    ).toBe('Actions: Home Office to confirm whether DWP is able to help.');
  });

  it("ends a box's sentence before the discussion's numbered paragraph that runs on after it", () => {
    expect(
      splitReflowedHeadings([
        '5. AOB Actions: DH to circulate the findings of the research. 5.1 DH noted that the research will report in May.',
      ]),
    ).toEqual([
      '5. AOB',
      'Actions: DH to circulate the findings of the research.',
      '',
      '5.1 DH noted that the research will report in May.',
    ]);
  });

  it('reads a box labelled in other words ("Action points:", "Action items:") as "Actions:"', () => {
    const parsed = parseMinutes(
      [
        'Inter-Departmental Ministerial Group on Human Trafficking',
        '',
        '26 March 2013',
        '',
        'Attendees:',
        '',
        'MOJ  Helen Grant MP',
        '',
        '1. Minutes of the last meeting Action points: None The minutes of the meeting were agreed.',
        '',
        '2. EU Directive Action points: MOJ to confirm that transposition is complete. MOJ reported progress.',
        '',
        '3. Victim care Action items: MOJ to agree the timetable. The contract runs to June 2014.',
      ].join('\n'),
    );
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Minutes of the last meeting',
      'EU Directive',
      'Victim care',
    ]);
    expect(parsed.actions.map((a) => [a.text, a.item])).toEqual([
      ['MOJ to confirm that transposition is complete', '2'],
      ['MOJ to agree the timetable', '3'],
    ]);
  });

  it('keeps every task of a box run together, up to the discussion after it', () => {
    expect(
      splitReflowedHeadings([
        '2. Supply chains Actions: HMRC to share a note with members. Home office to convene a round table by 30 June 2013.  HMRC presented its work. MOJ to follow.',
      ]),
    ).toEqual([
      '2. Supply chains',
      'Actions: HMRC to share a note with members.',
      'Actions: Home office to convene a round table by 30 June 2013.',
      '',
      'HMRC presented its work. MOJ to follow.',
    ]);
    // "include", "inform", "notify" … are instructions' verbs as "share" is.
    expect(
      splitReflowedHeadings([
        '2. Child trafficking Actions: DfE to circulate the guidance. UKHTC to include child referrals in its report.  DfE presented.',
      ]),
    ).toEqual([
      '2. Child trafficking',
      'Actions: DfE to circulate the guidance.',
      'Actions: UKHTC to include child referrals in its report.',
      '',
      'DfE presented.',
    ]);
    // A tool that leaves the gap between the box's tasks too: the next task goes on, the report ends it.
    expect(
      splitReflowedHeadings([
        '3. Modern Slavery Bill Actions: Home Office to circulate the amendments by 31 July 2014.  MOJ to provide a note on the defence.  Home Office summarised the Bill.',
      ]),
    ).toEqual([
      '3. Modern Slavery Bill',
      'Actions: Home Office to circulate the amendments by 31 July 2014.',
      'Actions: MOJ to provide a note on the defence.',
      '',
      'Home Office summarised the Bill.',
    ]);
    // Without the gap, the discussion's first sentence (no body "to" an instruction) ends the box.
    expect(
      splitReflowedHeadings([
        '3. Victim care Actions: DH to write to trusts. The Group agreed to review the contract. NCA to circulate it.',
      ]),
    ).toEqual([
      '3. Victim care',
      'Actions: DH to write to trusts.',
      '',
      'The Group agreed to review the contract. NCA to circulate it.',
    ]);
  });

  it('takes a title with a colon in it ("EU Directive: transposition"), not a sentence that mentions actions', () => {
    expect(
      splitReflowedHeadings([
        '2. EU Directive on Human Trafficking: transposition Actions: MOJ to circulate a summary by 30 April 2013.  MOJ reported on the Directive.',
      ]),
    ).toEqual([
      '2. EU Directive on Human Trafficking: transposition',
      'Actions: MOJ to circulate a summary by 30 April 2013.',
      '',
      'MOJ reported on the Directive.',
    ]);
    const sentence = '1. Welcome: the Chair noted that the actions: all three were complete.';
    expect(splitReflowedHeadings([sentence])).toEqual([sentence]);
  });

  it('joins the run-on line again when it was also wrapped at a width, then takes it apart', () => {
    expect(
      splitReflowedHeadings([
        '2. EU Directive: transposition Actions: MOJ to',
        'circulate a summary to members by 30 April',
        '2013.  MOJ reported that the Directive must be transposed.',
        '',
        '2.1 Members noted the devolved aspects.',
      ]),
    ).toEqual([
      '2. EU Directive: transposition',
      'Actions: MOJ to circulate a summary to members by 30 April 2013.',
      '',
      'MOJ reported that the Directive must be transposed.',
      '',
      '2.1 Members noted the devolved aspects.',
    ]);
  });

  it('joins the whole wrapped paragraph, past a sentence that ends at a line end', () => {
    expect(
      splitReflowedHeadings([
        '3. Modern Slavery Bill Actions: Home Office to circulate the Government',
        'amendments by 31 July 2014.',
        'MOJ to provide a note on the statutory defence.  Home Office',
        "summarised the Bill's progress.",
        '',
      ]),
    ).toEqual([
      '3. Modern Slavery Bill',
      'Actions: Home Office to circulate the Government amendments by 31 July 2014.',
      'Actions: MOJ to provide a note on the statutory defence.',
      '',
      "Home Office summarised the Bill's progress.",
      '',
    ]);
  });

  it('joins a run-on title that a wrap left ending in its label with the box text below it', () => {
    expect(
      splitReflowedHeadings(['1. Minutes of the last meeting Actions:', 'None The minutes were agreed.', '']),
    ).toEqual(['1. Minutes of the last meeting', 'Actions: None', '', 'The minutes were agreed.', '']);
    // Laid out in columns (a wide gap, an indented line below): no wrap, left to the reader.
    const columns = [
      '1. Minutes of the last meeting          Actions:',
      '                                        None',
    ];
    expect(splitReflowedHeadings(columns)).toEqual(columns);
  });

  it('reads a box labelled with a dash ("Action - NCA to …", "ACTION – …") run on after its title', () => {
    expect(
      splitReflowedHeadings([
        '2. NRM data Action - NCA to publish the statistics by 31 March 2015. Members noted the rise.',
      ]),
    ).toEqual([
      '2. NRM data',
      'Action - NCA to publish the statistics by 31 March 2015.',
      '',
      'Members noted the rise.',
    ]);
  });

  it('leaves a title with the box beside it after a tab or a wide gap ("2. NCA⇥Action: …") to the reader', () => {
    for (const row of [
      '2. The National Crime Agency\tAction: NCA to set out how UKHTC will',
      '2. The National Crime Agency       Action: NCA to set out how UKHTC will',
    ])
      expect(splitReflowedHeadings([row])).toEqual([row]);
  });

  it('leaves a line with a column gap to the table readers', () => {
    const row =
      '2. Operations  Westshire Police described the results of    Share the list of premises visited  Westshire Police';
    expect(splitReflowedHeadings([row])).toEqual([row]);
  });

  it('ends a title where its first sentence begins, and leaves numbered paragraphs alone', () => {
    expect(
      splitReflowedHeadings([
        '1. NRM review The Board discussed the review of the National Referral Mechanism in detail.',
      ]),
    ).toEqual([
      '1. NRM review',
      'The Board discussed the review of the National Referral Mechanism in detail.',
    ]);
    // A subject of plain words after "The": "The next meeting will be held …".
    expect(
      splitReflowedHeadings([
        '3. Next meeting The next meeting will be held on 10 March 2015 at 2 Marsham Street.',
      ]),
    ).toEqual(['3. Next meeting', 'The next meeting will be held on 10 March 2015 at 2 Marsham Street.']);
    // A short item whose whole discussion is one sentence, and "will be on" as the next meeting's verb.
    expect(splitReflowedHeadings(['5. Any other business There was no other business.'])).toEqual([
      '5. Any other business',
      'There was no other business.',
    ]);
    expect(
      splitReflowedHeadings(['4. Date of next meeting The next meeting will be on Tuesday 14 October 2014.']),
    ).toEqual(['4. Date of next meeting', 'The next meeting will be on Tuesday 14 October 2014.']);
    for (const paragraph of [
      '4. The next meeting will be held on 10 March 2015 at 2 Marsham Street, London SW1P 4DF.',
      '5. UKHTC reported that the Home Office agreed to review the figures with the regions and the NCA.',
      '3. The Group discussed the plan for the year ahead. Members agreed that it should be published.',
      '2. Members were content.',
      '6. The Chair thanked members.',
    ])
      expect(splitReflowedHeadings([paragraph])).toEqual([paragraph]);
  });

  it('separates "Present:" and "Apologies:" run into the header', () => {
    expect(
      splitReflowedHeadings(['Board Minutes 2 December 2014 Present: A, Home Office. Apologies: B, FCO.']),
    ).toEqual(['Board Minutes 2 December 2014', 'Present: A, Home Office.', 'Apologies: B, FCO.']);
  });
});

describe('reflow: one item a line, no Actions box label', () => {
  it('"4. Overseas No actions. DFID described …": the title, an empty box, the discussion', () => {
    expect(
      splitReflowedHeadings(['4. Overseas No actions. DFID described its new programme in Nepal.']),
    ).toEqual(['4. Overseas', 'Actions: None', '', 'DFID described its new programme in Nepal.']);
    expect(splitReflowedHeadings(['1. Minutes of last meeting agreed. No actions.'])).toEqual([
      '1. Minutes of last meeting agreed',
      'Actions: None',
    ]);
  });

  it("leaves a row of a tab-separated table alone: its columns are the table readers' to take apart", () => {
    const row =
      '2. Safeguarding referrals\tThe safeguarding team described the number of patients flagged.\tTrust\t';
    expect(splitReflowedHeadings([row])).toEqual([row]);
  });

  it('"5. Next meeting 17 June 2015, …": the heading, then the meeting it names', () => {
    expect(splitReflowedHeadings(['5. Next meeting 17 June 2015, 14:00–15:30, 2 Marsham Street.'])).toEqual([
      '5. Next meeting',
      '17 June 2015, 14:00–15:30, 2 Marsham Street.',
    ]);
    expect(splitReflowedHeadings(['5. Next meeting arrangements were discussed.'])).toEqual([
      '5. Next meeting arrangements were discussed.',
    ]);
  });
});

describe('text tables drawn with rules', () => {
  it('reads a Pandoc multiline table, its rows parted by blank lines, and leaves a header over dashes alone', () => {
    const lines = [
      '-------------------------------------------',
      ' Action                 Owner        Due',
      '----------------------- ------------ -------',
      ' Circulate the revised  Home Office  31 March',
      ' guidance                            2017',
      '',
      ' Share the data         NCA          TBC',
      '-------------------------------------------',
    ];
    expect(findTextTables(lines)).toEqual([
      {
        start: 0,
        span: 8,
        rows: [
          ['Action', 'Owner', 'Due'],
          ['Circulate the revised guidance', 'Home Office', '31 March 2017'],
          ['Share the data', 'NCA', 'TBC'],
        ],
      },
    ]);
    // Without the rule above the header it is an aligned table, read by its columns elsewhere.
    expect(findTextTables(lines.slice(1, 7))).toEqual([]);
  });

  it('reads Pandoc\'s "%" title block as the header\'s lines', () => {
    expect(plainMarkup(['% Strategy Board', '% Minutes of 14 February 2017', '', '# 1. Minutes'])).toEqual([
      'Strategy Board',
      'Minutes of 14 February 2017',
      '',
      '# 1. Minutes',
    ]);
  });

  it('reads reStructuredText\'s field list (":Chair: …") as fields, and leaves a lone shortcode alone', () => {
    expect(
      plainMarkup([
        ':Meeting: Partnership Board',
        ':Date: 5 February 2020',
        ':Chair: Cllr Amy Hall (Portsmouth City Council)',
      ]),
    ).toEqual([
      'Meeting: Partnership Board',
      'Date: 5 February 2020',
      'Chair: Cllr Amy Hall (Portsmouth City Council)',
    ]);
    // One such line, or a chat tool's shortcodes in lower case, is no field list.
    expect(plainMarkup([':Date: 5 February 2020', 'Text'])).toEqual([':Date: 5 February 2020', 'Text']);
    expect(plainMarkup([':pushpin: Action: NCA to share', ':one: Minutes'])).toEqual([
      ':pushpin: Action: NCA to share',
      ':one: Minutes',
    ]);
  });

  it('reads a grid table with wrapped cells, a simple table, and pipes with no outer pipes', () => {
    const grid = findTextTables([
      '+----+-----------+',
      '| No | Action    |',
      '+====+===========+',
      '| 1  | Send the  |',
      '|    | figures   |',
      '+----+-----------+',
    ]);
    expect(grid).toEqual([
      {
        start: 0,
        span: 6,
        rows: [
          ['No', 'Action'],
          ['1', 'Send the figures'],
        ],
      },
    ]);
    const simple = findTextTables([
      '===  ======',
      'No   Owner',
      '===  ======',
      '1    DfE',
      '     and DH',
      '===  ======',
    ]);
    expect(simple[0]?.rows).toEqual([
      ['No', 'Owner'],
      ['1', 'DfE and DH'],
    ]);
    const pipes = findTextTables(['Action | Owner', '-------+------', 'Send   | DfE']);
    expect(pipes[0]?.rows).toEqual([
      ['Action', 'Owner'],
      ['Send', 'DfE'],
    ]);
    expect(findTextTables(['A sentence with a | in it', 'and no rule below'])).toEqual([]);
  });

  it('reads a table ruled only under its header and at its foot (as a database client prints one) a row to a line', () => {
    const ruled = findTextTables([
      '+-------------+-----------------+-------+',
      '| Body        | Name            | Role  |',
      '+-------------+-----------------+-------+',
      '| Home Office | Sarah Newton MP | Chair |',
      '| NCA         | Official        |       |',
      '| CPS         | Official        |       |',
      '+-------------+-----------------+-------+',
    ]);
    expect(ruled[0]?.rows).toEqual([
      ['Body', 'Name', 'Role'],
      ['Home Office', 'Sarah Newton MP', 'Chair'],
      ['NCA', 'Official', ''],
      ['CPS', 'Official', ''],
    ]);
    // One row whose cells wrap (a line's first or second cell left empty) stays one row.
    const wrapped = findTextTables([
      '+-----------------+-------------+',
      '| Action          | Owner       |',
      '+-----------------+-------------+',
      '| Share the note  | Home Office |',
      '| with members    |             |',
      '+-----------------+-------------+',
    ]);
    expect(wrapped[0]?.rows).toEqual([
      ['Action', 'Owner'],
      ['Share the note with members', 'Home Office'],
    ]);
  });

  it('reads a report of actions as records, each a line of fields over its action indented', () => {
    const lines = [
      'ACTIONS ARISING',
      'A17/04   Item 2   Owner: Home Office          Due: 31 March 2017',
      '         Set out the timetable for the new contract.',
      'A17/05   Item 3   Owner: DfE, Border Force    Due: -',
      '         Agree how children found at the border are referred',
      '         to children’s services.',
      '',
      'Date of next meeting: 6 June 2017',
    ];
    expect(findTextTables(lines)).toEqual([
      {
        start: 1,
        span: 5,
        rows: [
          ['Ref', 'Item', 'Owner', 'Due', 'Action'],
          ['A17/04', '2', 'Home Office', '31 March 2017', 'Set out the timetable for the new contract.'],
          [
            'A17/05',
            '3',
            'DfE, Border Force',
            '-',
            'Agree how children found at the border are referred to children’s services.',
          ],
        ],
      },
    ]);
    // Fields with no owner among them, or prose beside a field, are no record.
    expect(findTextTables(['Date: 6 June 2017   Time: 10:00', '   Room 2.14'])).toEqual([]);
    expect(findTextTables(['The Chair said  Owner: NCA', '   to write'])).toEqual([]);
  });

  it('reads an action log pasted from a spreadsheet as CSV, quoted fields and all, and no prose', () => {
    const lines = [
      'ACTION LOG',
      'Ref,Item,Action,Owner,Deadline,Status',
      'A1,2,"Share the analysis, with a regional breakdown",NCA,30/04/2017,Open',
      'A2,3,Write to local authorities,Home Office,,Open',
      'A3,3,"Agree a protocol',
      'for data","NCA, Home Office",31/05/2017,Open',
      'A4,4,Too few fields',
      '',
      'The next meeting will be held on 13 June 2017.',
    ];
    expect(findTextTables(lines)).toEqual([
      {
        start: 1,
        span: 5,
        rows: [
          ['Ref', 'Item', 'Action', 'Owner', 'Deadline', 'Status'],
          ['A1', '2', 'Share the analysis, with a regional breakdown', 'NCA', '30/04/2017', 'Open'],
          ['A2', '3', 'Write to local authorities', 'Home Office', '', 'Open'],
          ['A3', '3', 'Agree a protocol\nfor data', 'NCA, Home Office', '31/05/2017', 'Open'],
        ],
      },
    ]);
    // Lines of names parted by commas are no table unless a header names an action column.
    expect(findTextTables(['Claire Ashdown, Home Office, Chair', 'Peter Nolan, NCA, Member'])).toEqual([]);
    expect(findTextTables(['Name,Body,Role', 'Peter Nolan,NCA,Member'])).toEqual([]);
    // A quote never closed leaves the lines to the reader.
    expect(findTextTables(['Action,Owner,Due', '"Send the figures,NCA,1 May', 'and so on'])).toEqual([]);
  });
});

describe('letter-spacing and hyphenation', () => {
  it('reads a letter-spaced heading as words', () => {
    expect(unspaceLetters(['S T R A T E G Y   B O A R D', 'A B testing'])).toEqual([
      'STRATEGY BOARD',
      'A B testing',
    ]);
  });

  it('drops a typesetter’s hyphen but keeps an author’s', () => {
    expect(joinHyphenated('the revised guid-', 'ance')).toBe('the revised guidance');
    expect(joinHyphenated('the Inter-', 'Departmental')).toBe('the Inter-Departmental');
    expect(joinHyphenated('a cross-', 'government plan')).toBe('a cross-government plan');
  });
});

describe('a table header with a column of two kinds, "Outcome / Action"', () => {
  it('is no bilingual label, and its column holds the actions', () => {
    const header = '| Item | Discussion | Outcome / Action |';
    expect(englishLabels([header, 'Yn bresennol / Present:'])).toEqual([header, 'Present:']);
    expect(['Outcome / Action', 'Decision/Action', 'Lead / Support'].map(columnOf)).toEqual([
      'text',
      'text',
      'owner',
    ]);
  });
});

describe('an item heading in two languages', () => {
  it('keeps its number and both titles, however the number is set off', () => {
    const headings = [
      '3. Cyfarfod nesaf / Next meeting',
      '3 – Cyfarfod nesaf / Next meeting',
      '3) Cyfarfod nesaf / Next meeting',
      '3/ Cyfarfod nesaf / Next meeting',
      '3 Cyfarfod nesaf / Next meeting',
      'Item 3 – Cyfarfod nesaf / Next meeting',
    ];
    expect(englishLabels(headings)).toEqual(headings);
    expect(englishLabels(['Cyfarfod nesaf / Next meeting:'])).toEqual(['Next meeting:']);
  });
});

describe('a meeting’s details in a two-column table', () => {
  it('are the field lines they stand for, in Markdown or with tabs', () => {
    expect(
      fieldRows([
        '## Next meeting',
        '| | |',
        '|---|---|',
        '| **Date** | 4th of June 2019 |',
        '| **Venue** | 2 Marsham Street |',
        'Location\t2 Marsham Street',
      ]),
    ).toEqual([
      '## Next meeting',
      '',
      '',
      'Date: 4th of June 2019',
      'Venue: 2 Marsham Street',
      'Location: 2 Marsham Street',
    ]);
  });

  it('leave an action written down a small table, a wider table and an attendance row alone', () => {
    const lines = [
      '| Action | Publish the report |',
      '| Date | 28 February 2020 |',
      '',
      '| Date | Action | Owner |',
      '| 1 May | Publish | HO |',
      'Home Office\tJo Smith',
      // A table's header whose first column is a time: no field of the meeting's details.
      'Time\tItem\tWho\tNotes',
      '10:00\tNRM annual report\tGraham Kerr\tThe NCA proposed a breakdown.',
    ];
    expect(fieldRows(lines)).toEqual(lines);
    expect(fieldRows(['Time\t10:00–11:00', 'Venue\tRoom 4\t'])).toEqual([
      'Time: 10:00–11:00',
      'Venue: Room 4',
    ]);
  });

  it('keep only the meeting\'s fields of a table of the year\'s meetings ("| Date | Venue | Main item |")', () => {
    expect(
      fieldRows([
        '| Date | Venue | Main item |',
        '|------|-------|-----------|',
        '| 22 April 2025 | Stockton Town Hall | Problem profiles |',
      ]),
    ).toEqual(['| Date | Venue |', '| ------ | ------- |', '| 22 April 2025 | Stockton Town Hall |']);
    // A table of meeting fields alone is left as it is.
    const fields = ['| Date | Time | Venue |', '| 8 January 2019 | 14:00 | 2 Marsham Street |'];
    expect(fieldRows(fields)).toEqual(fields);
  });

  it('give an action written down a table of two columns with tabs as its block of fields', () => {
    expect(
      fieldRows([
        'Action\tPrepare a leaflet for nail bar workers',
        'Owner:\tKingsmere Citizens Advice',
        'Due\t\t30 June 2016',
        'Home Office\tJo Smith',
        'Action\tOwner\tDue',
        'Publish the report\tNCA\t1 May',
      ]),
    ).toEqual([
      'Action: Prepare a leaflet for nail bar workers',
      'Owner: Kingsmere Citizens Advice',
      'Due: 30 June 2016',
      'Home Office\tJo Smith',
      'Action\tOwner\tDue',
      'Publish the report\tNCA\t1 May',
    ]);
  });

  it('give the attendance as fields when the table holds the list of those present', () => {
    expect(
      fieldRows([
        '| Meeting | Strategy Board |',
        '|---|---|',
        '| Date | 5 March 2015 |',
        '| Chair | Richard Allingham (Home Office) |',
        '| Present | Graham Kerr (NCA); Joanna Pike (CPS) |',
        '| Apologies | Neil Haines (HMRC) |',
      ]),
    ).toEqual([
      'Meeting: Strategy Board',
      '',
      'Date: 5 March 2015',
      'Chair: Richard Allingham (Home Office)',
      'Present: Graham Kerr (NCA); Joanna Pike (CPS)',
      'Apologies: Neil Haines (HMRC)',
    ]);
    // Without a list of those present the "Chair" row is still the chair's field (the reader takes the
    // list below naming them again as the same person); a "Minutes" row is no attendance field.
    const header = [
      '| **Date** | 5th of March 2019 |',
      '| **Chair** | Karen Holt, Salvation Army |',
      '| **Minutes** | Liam Doyle, Home Office |',
    ];
    expect(fieldRows(header)).toEqual([
      'Date: 5th of March 2019',
      'Chair: Karen Holt, Salvation Army',
      '| **Minutes** | Liam Doyle, Home Office |',
    ]);
  });
});

describe('a chair named in the header with their body after a comma', () => {
  it('is one person, the chair, of that body', () => {
    const parsed = parseMinutes(
      [
        'Victim Care Forum',
        'Date: 5 March 2019',
        'Chair: Karen Holt, Salvation Army',
        '',
        'Present:',
        'Hannah Moore (Migrant Help)',
        '',
        '1. Update',
        'Action: Migrant Help to report.',
      ].join('\n'),
    );
    expect(parsed.attendees).toEqual([
      { organisation: 'Salvation Army', name: 'Karen Holt', role: 'CHAIR', deputisingFor: null },
      { organisation: 'Migrant Help', name: 'Hannah Moore', role: null, deputisingFor: null },
    ]);
  });
});

describe('attendance written inline', () => {
  it('pairs a person and a body where commas are the only separators', () => {
    expect(splitInlineList('Liam Byrne, UK Visas and Immigration.')).toEqual([
      'Liam Byrne, UK Visas and Immigration',
    ]);
    expect(splitInlineList('Ann Lee, Department of Health, Bob Kerr, CPS')).toEqual([
      'Ann Lee, Department of Health',
      'Bob Kerr, CPS',
    ]);
    // Two people are two entries; so are two bodies.
    expect(splitInlineList('Liam Byrne, Sarah Jones')).toEqual(['Liam Byrne', 'Sarah Jones']);
    expect(splitInlineList('Official, Public Prosecution Service')).toEqual([
      'Official, Public Prosecution Service',
    ]);
    // Where the document writes "Name, Body; Name, Body", a body that reads like a name still pairs.
    expect(splitInlineList('Derek Main, Causeway Hope')).toEqual(['Derek Main', 'Causeway Hope']);
    expect(splitInlineList('Derek Main, Causeway Hope', true)).toEqual(['Derek Main, Causeway Hope']);
    // A body the reader knows by name pairs anyway.
    expect(splitInlineList('Derek Main, Migrant Help')).toEqual(['Derek Main, Migrant Help']);
    expect(splitInlineList('Home Office, Ministry of Justice')).toEqual([
      'Home Office',
      'Ministry of Justice',
    ]);
    expect(splitInlineList('Mary Fielding, Home Office (Chair); Greg Hunt, Ministry of Justice')).toEqual([
      'Mary Fielding, Home Office (Chair)',
      'Greg Hunt, Ministry of Justice',
    ]);
  });
});

describe('markup languages read as plain lines', () => {
  it('AsciiDoc: headings marked as Markdown marks them, metadata goes but the date, a |=== table becomes a pipe table', () => {
    expect(
      plainMarkup([
        '= Coordination Group',
        ':revdate: 14 May 2019',
        '== 1. Welcome',
        '[cols="1,4",options="header"]',
        '|===',
        '|No. |Action |Owner',
        '|1 |Draft the form |Salvation Army',
        '|===',
      ]),
    ).toEqual([
      '## Coordination Group',
      '14 May 2019',
      '',
      '## 1. Welcome',
      '| No. | Action | Owner |',
      '|---|---|---|',
      '| 1 | Draft the form | Salvation Army |',
    ]);
    // A row may write its cells a line each: the header's cells give the width.
    expect(
      plainMarkup([
        '= Board',
        '|===',
        '| Action | Owner',
        '',
        '| Draft the form',
        '| Salvation Army',
        '|===',
      ]),
    ).toEqual(['## Board', '| Action | Owner |', '|---|---|', '| Draft the form | Salvation Army |']);
  });

  it('Confluence wiki: h2. headings and a || header row', () => {
    expect(
      plainMarkup(['h1. Board minutes', 'h2. Attendees', '||Name||Organisation||', '|Official|Home Office|']),
    ).toEqual([
      '## Board minutes',
      '## Attendees',
      '|Name|Organisation|',
      '|---|---|',
      '|Official|Home Office|',
    ]);
  });

  it("Confluence wiki macros: a panel's title heads what it holds, a status says its title, an info box's text stays", () => {
    expect(
      plainMarkup([
        'h1. Data subgroup',
        '{panel:title=Attendees|borderStyle=solid}',
        '* Owen Pryce (Westshire County Council)',
        '{panel}',
        'h2. 1. Dashboard',
        'Shown to members. {status:colour=Green|title=On track}',
        '||Action||Owner||Status||',
        '|Publish the dashboard|Westshire County Council|{status:colour=Yellow|title=Open}|',
        '{info}26 November 2024, 10:00, Westshire Police HQ{info}',
      ]),
    ).toEqual([
      '## Data subgroup',
      '## Attendees',
      '* Owen Pryce (Westshire County Council)',
      '',
      '## 1. Dashboard',
      'Shown to members. On track',
      '|Action|Owner|Status|',
      '|---|---|---|',
      '|Publish the dashboard|Westshire County Council|Open|',
      '26 November 2024, 10:00, Westshire Police HQ',
    ]);
  });

  it("Textile (Redmine): h2. headings and a '|_.' header row", () => {
    expect(
      plainMarkup([
        'h1. Data group',
        'h2. 2. Counting',
        '|_. Action |_. Owner |',
        '| Write up the options | ONS |',
      ]),
    ).toEqual([
      '## Data group',
      '## 2. Counting',
      '| Action | Owner |',
      '|---|---|',
      '| Write up the options | ONS |',
    ]);
  });

  it('MediaWiki: closed headings, emphasis gone, a {| |} table as a pipe table whatever way its rows are written', () => {
    expect(
      plainMarkup([
        '= Partnership Board =',
        '== Present ==',
        "* '''Home Office''' – Sarah Whitcombe (''Chair'')",
        '== 2. Victim care ==',
        '{| class="wikitable"',
        '|+ Actions',
        '! Action !! Owner !! Due',
        '|-',
        '| Circulate the figures || Salvation Army || 1 July 2016',
        '|-',
        '| style="width:50%" | Agree how referrals',
        'are counted',
        '| NCA and CPS',
        '|',
        '|}',
      ]),
    ).toEqual([
      '## Partnership Board',
      '## Present',
      '* Home Office – Sarah Whitcombe (Chair)',
      '## 2. Victim care',
      '| Action | Owner | Due |',
      '|---|---|---|',
      '| Circulate the figures | Salvation Army | 1 July 2016 |',
      '| Agree how referrals are counted | NCA and CPS |  |',
    ]);
  });

  it('DokuWiki: headings closed by their run of "=", a "^" header row over "|" rows', () => {
    expect(
      plainMarkup([
        '====== Regional Network ======',
        '===== 2. Car washes =====',
        '^ Action ^ Owner ^',
        '| Share the findings | Police |',
      ]),
    ).toEqual([
      '## Regional Network',
      '## 2. Car washes',
      '| Action | Owner |',
      '|---|---|',
      '| Share the findings | Police |',
    ]);
  });

  it('AsciiDoc keeps its own reading where a heading is closed as a wiki closes one: its fence tells it', () => {
    expect(
      plainMarkup(['== 1. Welcome ==', '== 2. Data', '|===', '| Action | Owner', '| Write | NCA', '|===']),
    ).toEqual(['## 1. Welcome', '## 2. Data', '| Action | Owner |', '|---|---|', '| Write | NCA |']);
  });

  it('org-mode: keywords give the header, stars become a Markdown heading, a |---+---| rule is a pipe rule', () => {
    expect(
      plainMarkup(['#+TITLE: Network minutes', '#+STARTUP: overview', '* 1. Data', '|---+---|']),
    ).toEqual(['Network minutes', '', '## 1. Data', '|---|---|']);
  });

  it('org-mode: a timestamp is a date as minutes write it, a comma before the place after it', () => {
    expect(
      plainMarkup([
        '#+TITLE: Network minutes',
        '* Next meeting',
        '<2016-05-10 Tue 14:00-15:30> Committee Room 3, Town Hall',
        '   DEADLINE: <2016-03-01 Tue>',
        '   CLOSED: [2016-02-09 Tue 15:10]',
      ]),
    ).toEqual([
      'Network minutes',
      '',
      '## Next meeting',
      '10 May 2016, 14:00-15:30, Committee Room 3, Town Hall',
      '   DEADLINE: 1 March 2016',
      '   CLOSED: 9 February 2016, 15:10',
    ]);
  });

  it("reads a label in bold at a line's start as the label, leaving bold owners and bold words alone", () => {
    expect(
      plainLabels([
        '**Owner:** Local Government Association',
        '**Action**: survey councils',
        '- __Due:__ 30/09/2017',
        '> **Action:** Home Office to write',
        '**Actions:** None',
        '**Date of next meeting:** 4 June 2018',
        '- **DWP**: share the data',
        '**Important:** read this',
        '**Action** points were agreed',
      ]),
    ).toEqual([
      'Owner: Local Government Association',
      'Action: survey councils',
      '- Due: 30/09/2017',
      '> Action: Home Office to write',
      'Actions: None',
      'Date of next meeting: 4 June 2018',
      '- **DWP**: share the data',
      '**Important:** read this',
      '**Action** points were agreed',
    ]);
  });

  it('leaves ordinary minutes alone: one "= " line, a reStructuredText rule, Markdown bullets', () => {
    const lines = ['Title', '=====  =====', '* Home Office to write', '== 2', 'h2. once'];
    expect(plainMarkup(lines)).toEqual(lines);
  });

  it('takes the frame off text drawn in a box, and leaves a grid of cells to the table reader', () => {
    expect(plainMarkup(['+--------+', '| ACTION: DfE to  |', '| write. |', '+--------+'])).toEqual([
      '',
      'ACTION: DfE to',
      'write.',
      '',
    ]);
    const grid = ['+-----+-----+', '| a   | b   |', '+-----+-----+'];
    expect(plainMarkup(grid)).toEqual(grid);
  });

  it('takes off a frame of asterisks too', () => {
    expect(plainMarkup(['**********', '* ACTION: DfE to *', '* write.  *', '**********'])).toEqual([
      '',
      'ACTION: DfE to',
      'write.',
      '',
    ]);
  });

  it('Markdown front matter: gone when a "# " heading titles the document, else its title and date', () => {
    const front = ['---', 'title: "Minutes, 8 December 2015"', 'author: Secretariat', '---', ''];
    expect(plainMarkup([...front, '# Modern Slavery Group', 'Text'])).toEqual([
      '',
      '# Modern Slavery Group',
      'Text',
    ]);
    expect(plainMarkup([...front, '1. Minutes', 'Text'])).toEqual([
      'Minutes, 8 December 2015',
      '',
      '',
      '1. Minutes',
      'Text',
    ]);
    // A rule and a line of text with no closing rule is no front matter, nor is a prose paragraph.
    const prose = ['---', 'The Board met on 3 May.', '---', 'Text'];
    expect(plainMarkup(prose)).toEqual(prose);
    expect(plainMarkup(['---', 'Note: draft', 'Text'])).toEqual(['---', 'Note: draft', 'Text']);
  });

  it('Markdown front matter: its next meeting closes the minutes; its fuller title stands for a heading that shortens it', () => {
    expect(
      plainMarkup([
        '---',
        'title: Research Network – steering group',
        'next_meeting: 2023-08-15T09:00:00Z',
        '---',
        '# Steering group – 16 May 2023',
        'Text',
      ]),
    ).toEqual([
      '# Research Network – steering group',
      'Steering group – 16 May 2023',
      'Text',
      '',
      'Next meeting: 2023-08-15T09:00:00Z',
    ]);
    // A heading that names something else keeps its place.
    expect(
      plainMarkup(['---', 'title: Notes', 'next-meeting: "4 May 2023"', '---', '# Steering group', 'Text']),
    ).toEqual(['# Steering group', 'Text', '', 'Next meeting: 4 May 2023']);
  });

  it('Markdown front matter: its lists of attendees and apologies stand under the title as minutes list them', () => {
    expect(
      plainMarkup([
        '---',
        'date: 2022-03-09',
        'attendees:',
        '  - Ruth Baker (Nottinghamshire Police) - chair',
        '  - Sam Okafor (Nottingham City Council)',
        'apologies:',
        '  - "Helen Ward (Leicestershire Police)"',
        'tags:',
        '  - minutes',
        '---',
        '# Partnership',
        'Text',
      ]),
    ).toEqual([
      '# Partnership',
      '',
      'attendees:',
      'Ruth Baker (Nottinghamshire Police) - chair',
      'Sam Okafor (Nottingham City Council)',
      '',
      'apologies:',
      'Helen Ward (Leicestershire Police)',
      '',
      'Text',
    ]);
  });

  it('reads pictographs and arrows standing as bullets as bullets', () => {
    expect(
      plainBullets(['👉 ACTION: DfE to write.', '  ➤ Action: MOJ', '▶ The next meeting', 'Plain → text']),
    ).toEqual(['• ACTION: DfE to write.', '  • Action: MOJ', '• The next meeting', 'Plain → text']);
  });

  it('reads a picture before the name of a part of the record as its icon, not a bullet', () => {
    expect(
      plainBullets([
        '✅ Action items',
        '🗒️ Agenda',
        '📝 Notes:',
        '👥 Attendees',
        '✅ DfE to write.',
        '📅 Friday',
      ]),
    ).toEqual(['Action items', 'Agenda', 'Notes:', 'Attendees', '• DfE to write.', '• Friday']);
  });

  it('reads dingbats and arrows typed in ASCII standing as bullets as bullets', () => {
    expect(
      plainBullets(['❖ DfE to write.', '-> Action: MOJ', '=> NCA to call.', '--> CPS to note.', 'a -> b']),
    ).toEqual(['• DfE to write.', '• Action: MOJ', '• NCA to call.', '• CPS to note.', 'a -> b']);
  });
});

describe('Welsh and English side by side', () => {
  const rows: [string, string][] = [
    ['Grŵp Arwain Gwrth-Gaethwasiaeth Cymru', 'Wales Anti-Slavery Leadership Group'],
    ['Cofnodion y cyfarfod a gynhaliwyd ar', 'Minutes of the meeting held on'],
    ['8 Mai 2024, Parc Cathays, Caerdydd', '8 May 2024, Cathays Park, Cardiff'],
    ['', ''],
    ['Yn bresennol:', 'Present:'],
    ['Owen Pritchard, Llywodraeth Cymru', 'Owen Pritchard, Welsh Government'],
    ['(Cadeirydd)', '(Chair)'],
    ['Rhian Morgan, Bawso', 'Rhian Morgan, Bawso'],
    ['', ''],
    ['2. Hyfforddiant', '2. Training'],
    [
      "Adroddodd Llywodraeth Cymru fod y staff wedi cwblhau'r modiwl.",
      'The Welsh Government reported on the module.',
    ],
    ['CAM GWEITHREDU: Llywodraeth Cymru', 'ACTION: Welsh Government to extend'],
    ["i ymestyn y modiwl i'r byrddau iechyd.", 'the module to the health boards.'],
  ];
  const page = (welshFirst: boolean) =>
    rows.map(([w, e]) => (welshFirst ? `${w.padEnd(66)}${e}` : `${e.padEnd(66)}${w}`).trimEnd());

  it('keeps the English column of a page laid out in two, whichever side it stands', () => {
    expect(englishColumnLines(page(true))).toEqual(rows.map(([, e]) => e));
    expect(englishColumnLines(page(false))).toEqual(rows.map(([, e]) => e));
  });

  it('reads the English minutes, a role wrapped onto its own line included', () => {
    const parsed = parseMinutes(page(true).join('\n'));
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Welsh Government', 'Owen Pritchard', 'CHAIR'],
      ['Bawso', 'Rhian Morgan', null],
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Welsh Government'], 'Welsh Government to extend the module to the health boards'],
    ]);
  });

  it('leaves two English columns, and a table of the Welsh and English for a row, alone', () => {
    const english = rows.map(([, e]) => `${e.padEnd(66)}${e}`.trimEnd());
    expect(englishColumnLines(english)).toEqual(english);
    const table: Block = { kind: 'table', rows: rows.slice(4, 8).map(([, e]) => [e, e]) };
    expect(englishColumnBlocks([table])).toEqual([table]);
  });

  it("reads a Word table's English column as its paragraphs", () => {
    const table: Block = { kind: 'table', rows: rows.map(([w, e]) => [w, e]) };
    expect(englishColumnBlocks([table]).map((b) => (b.kind === 'paragraph' ? b.text : b.kind))).toEqual(
      rows.map(([, e]) => e).filter((e) => e !== ''),
    );
  });
});

describe('Welsh labels', () => {
  it('puts labels and bracketed roles into English, leaving titles and text as written', () => {
    expect(
      welshLabels([
        'Yn bresennol',
        'Dafydd Llywelyn, Dyfed-Powys Police (Cadeirydd)',
        'Ymddiheuriadau: Gwen Rees, Wales Probation Service',
        'Eitem 3: Cyfarfod nesaf',
        'Cam gweithredu: Welsh Government to publish the figures.',
        'Cyfarfod nesaf',
        'Eitemau eraill were discussed.',
      ]),
    ).toEqual([
      'Present',
      'Dafydd Llywelyn, Dyfed-Powys Police (Chair)',
      'Apologies: Gwen Rees, Wales Probation Service',
      'Item 3: Cyfarfod nesaf',
      'Action: Welsh Government to publish the figures.',
      'Next meeting',
      'Eitemau eraill were discussed.',
    ]);
  });

  it('puts a bilingual bracketed role, either way round, into English alone', () => {
    expect(
      welshLabels([
        'Stephen Chapman, Welsh Government (Cadeirydd / Chair)',
        'Official, Welsh Government (Secretariat / Ysgrifenyddiaeth)',
        'Official, NCA (for / on behalf of)',
      ]),
    ).toEqual([
      'Stephen Chapman, Welsh Government (Chair)',
      'Official, Welsh Government (Secretariat)',
      'Official, NCA (for / on behalf of)',
    ]);
  });
});

describe('the header', () => {
  it('leaves where the meeting was held out of its title ("… Board held at 2 Marsham Street on …")', () => {
    expect(
      readHeader(['Notes of the Strategy Board held at 2 Marsham Street on Tuesday 4 March 2014']),
    ).toEqual({
      title: 'Strategy Board',
      date: '2014-03-04',
    });
    expect(readHeader(['Minutes of the Strategy Board held in Edinburgh on 4 March 2014']).title).toBe(
      'Strategy Board',
    );
  });

  it("takes the date a record was approved on only when no line gives the meeting's", () => {
    expect(
      readHeader([
        'NORTH EAST MODERN SLAVERY PARTNERSHIP',
        'Version 1.1 - approved by the Chair on 2 April 2024',
        'Date: 12 March 2024',
      ]).date,
    ).toBe('2024-03-12');
    expect(readHeader(['Strategy Board', 'Minutes circulated on 20 March 2024']).date).toBe('2024-03-20');
  });

  it("takes a letter's meeting over the letter's own date, and '- call of' out of a title", () => {
    expect(
      readHeader(['Westshire Partnership', '14 May 2024', 'Meeting of the Westshire Partnership, 9 May 2024'])
        .date,
    ).toBe('2024-05-09');
    expect(readHeader(['Hull Steering Group - call of 4 March 2024'])).toEqual({
      title: 'Hull Steering Group',
      date: '2024-03-04',
    });
  });

  it('joins a title centred over two lines, the first ending mid-phrase', () => {
    expect(
      readHeader([
        'Inter-Departmental Ministerial Group on',
        'Modern Slavery',
        'Thursday 3rd March 2016',
        'Minutes',
      ]),
    ).toEqual({ title: 'Inter-Departmental Ministerial Group on Modern Slavery', date: '2016-03-03' });
    // Wrapped at a width (a mail client's 72 columns): the word that would not fit went to the next line.
    expect(
      readHeader([
        'West Midlands Police and Crime Commissioner – Modern Slavery Steering',
        'Group',
        'Minutes: 12 December 2017',
      ]).title,
    ).toBe('West Midlands Police and Crime Commissioner – Modern Slavery Steering Group');
    expect(
      readHeader(['GRŴP GWEINIDOGOL AR GAETHWASIAETH FODERN / MINISTERIAL GROUP ON MODERN', 'SLAVERY']).title,
    ).toBe('GRŴP GWEINIDOGOL AR GAETHWASIAETH FODERN / MINISTERIAL GROUP ON MODERN SLAVERY');
    // A short line under a short title is a line of its own; so is the marking or "Minutes" under a long one.
    expect(readHeader(['Modern Slavery Strategy Board', 'Westshire']).title).toBe(
      'Modern Slavery Strategy Board',
    );
    expect(
      readHeader(['Inter-Departmental Ministerial Group on Modern Slavery and Human Trafficking', 'Minutes'])
        .title,
    ).toBe('Inter-Departmental Ministerial Group on Modern Slavery and Human Trafficking');
    // A date or a field under it is no more of the title.
    expect(readHeader(['Meeting of the Board on', '3 March 2016']).date).toBe('2016-03-03');
    expect(readHeader(['Strategy Board on', 'Date: 3 March 2016']).title).toBe('Strategy Board');
    // What the document is, after the body's name and before the date, is no part of the title.
    expect(readHeader(['Human Trafficking Strategy Board – note of meeting – 11 March 2015']).title).toBe(
      'Human Trafficking Strategy Board',
    );
    expect(readHeader(['Anti-Slavery Network | Minutes | 4 May 2016']).title).toBe('Anti-Slavery Network');
    expect(readHeader(['Human Trafficking Strategy Board: minutes', '8 December 2015']).title).toBe(
      'Human Trafficking Strategy Board',
    );
    expect(readHeader(['Human Trafficking Strategy Board: minutes of 8 December 2015']).title).toBe(
      'Human Trafficking Strategy Board',
    );
  });

  it('leaves out what the document is ("Record of", "Notes from", "Minutes:") and a place after the date', () => {
    const title = (line: string) => readHeader([line]).title;
    expect(title('Record of the Human Trafficking Strategy Board held on Thursday, March 3, 2016')).toBe(
      'Human Trafficking Strategy Board',
    );
    expect(title('Notes from Modern Slavery Network meeting 03/03/2016')).toBe('Modern Slavery Network');
    expect(title('Minutes: Human Trafficking Strategy Board (3 March 2016)')).toBe(
      'Human Trafficking Strategy Board',
    );
    expect(title('Strategy Board meeting, 3/3/2016, 2 Marsham Street')).toBe('Strategy Board');
    // A body named after the date is still the title.
    expect(title('3 March 2016 – Human Trafficking Strategy Board')).toBe('Human Trafficking Strategy Board');
  });

  it('takes the body named on the line straight under another for the meeting, its parent above', () => {
    expect(
      readHeader([
        'Westshire Safeguarding Adults Board',
        'Modern Slavery Task and Finish Group',
        '',
        'Minutes of the meeting held on 5 September 2017',
      ]).title,
    ).toBe('Modern Slavery Task and Finish Group');
    // Apart, the first named body is the title and a later one is only mentioned.
    expect(
      readHeader(['Human Trafficking Strategy Board', '', 'Report to the IDMG Working Group', '4 May 2017'])
        .title,
    ).toBe('Human Trafficking Strategy Board');
  });

  it('keeps the parent’s name before a body under it named only by its kind ("Steering Group")', () => {
    expect(
      readHeader([
        'WESTSHIRE SURVIVOR SUPPORT NETWORK',
        'Minutes of the Steering Group meeting held on Wednesday 7 November 2018',
      ]).title,
    ).toBe('WESTSHIRE SURVIVOR SUPPORT NETWORK Steering Group');
    expect(
      readHeader(['Kingsmere Anti-Slavery Partnership', 'Management Committee', 'Minutes, 3 May 2019']).title,
    ).toBe('Kingsmere Anti-Slavery Partnership Management Committee');
  });
});

describe('a title wrapped over two lines in the same lettering', () => {
  it('joins a line naming no body to the short line under it that does', () => {
    expect(
      readHeader([
        'HUMAN TRAFFICKING AND EXPLOITATION STRATEGY',
        'IMPLEMENTATION GROUP',
        '',
        'MINUTE OF MEETING HELD ON 24 OCTOBER 2017',
      ]),
    ).toEqual({
      title: 'HUMAN TRAFFICKING AND EXPLOITATION STRATEGY IMPLEMENTATION GROUP',
      date: '2017-10-24',
    });
  });

  it('joins a long title line that ends in a colon, wrapped at the width, to its last words', () => {
    expect(
      readHeader([
        'SCOTTISH GOVERNMENT – TRAFFICKING AND EXPLOITATION STRATEGY:',
        'IMPLEMENTATION GROUP',
        '',
        'Note of meeting: Tuesday 18 October 2022, Victoria Quay, Edinburgh',
      ]).title,
    ).toBe('SCOTTISH GOVERNMENT – TRAFFICKING AND EXPLOITATION STRATEGY: IMPLEMENTATION GROUP');
    // A label's colon ends its line.
    expect(
      readHeader(['HUMAN TRAFFICKING STRATEGY BOARD', 'PRESENT:', 'HOME OFFICE', '3 May 2017']).title,
    ).toBe('HUMAN TRAFFICKING STRATEGY BOARD');
  });

  it('leaves a letterhead above the committee, and lines in different lettering, apart', () => {
    expect(readHeader(['Scottish Government', 'Human Trafficking Group', '3 May 2017']).title).toBe(
      'Human Trafficking Group',
    );
    expect(readHeader(['Kingsmere District Council', 'Exploitation Working Group', '3 May 2017']).title).toBe(
      'Exploitation Working Group',
    );
    expect(readHeader(['MODERN SLAVERY', 'Partnership Board', '3 May 2017']).title).toBe('Partnership Board');
  });
});

describe('an action label in mid-line', () => {
  it('starts after a sentence or after a field label, not inside a sentence', () => {
    const at = (t: string) => {
      const i = midLineLabelAt(t);
      return i < 0 ? null : t.slice(i);
    };
    expect(at('Outcome: Action: HSCB to issue the guidance.')).toBe('Action: HSCB to issue the guidance.');
    expect(at('Agreed. ACTION 2: Chair to write.')).toBe('ACTION 2: Chair to write.');
    expect(at('Action: DfE to write. Action: MOJ to call.')).toBe('Action: MOJ to call.');
    expect(at('The Group discussed the Action: plan')).toBeNull();
  });

  it('reads "Action Point:" and "Action Item:" in title case as "Action point:" is read', () => {
    const at = (t: string) => {
      const i = midLineLabelAt(t);
      return i < 0 ? null : t.slice(i);
    };
    expect(at('The Board noted the figures. Action Point: NCA to add the breakdowns.')).toBe(
      'Action Point: NCA to add the breakdowns.',
    );
    expect(at('Agreed. Action Item: DfE to write.')).toBe('Action Item: DfE to write.');
    expect(at('Agreed. ACTION ITEM: DfE to write.')).toBe('ACTION ITEM: DfE to write.');
    expect(at('The NCA presented the assessment. Actions agreed: NCA to share it.')).toBe(
      'Actions agreed: NCA to share it.',
    );
  });
});

describe('actions written as blocks of fields', () => {
  it('reads Who, What and When into owners, text and due date', () => {
    expect(
      fieldBlock([
        'Who: Border Force and Sunderland City Council',
        'What: Agree where the posters go',
        'When: Next meeting',
      ]),
    ).toEqual({
      text: 'Agree where the posters go',
      owners: 'Border Force and Sunderland City Council',
      due: 'Next meeting',
    });
    expect(fieldBlock(['Action owner: DfE', 'Task: Circulate the guidance', 'Deadline: 1 May 2020'])).toEqual(
      {
        text: 'Circulate the guidance',
        owners: 'DfE',
        due: '1 May 2020',
      },
    );
  });

  it('reads an "Outcome:" as the task only when no field names the task itself', () => {
    expect(
      fieldBlock([
        'Outcome: Checks will continue.',
        'Action owner: Northam Borough Council',
        'What: Repeat the checks',
      ]),
    ).toEqual({ text: 'Repeat the checks', owners: 'Northam Borough Council', due: null });
    expect(fieldBlock(['Outcome: NCA to share the summary.', 'Owner: NCA'])).toEqual({
      text: 'NCA to share the summary.',
      owners: 'NCA',
      due: null,
    });
  });

  it('is no block without a text field, or with a line that is no field', () => {
    expect(fieldBlock(['Who: DfE', 'When: 1 May 2020'])).toBeNull();
    expect(fieldBlock(['What: Circulate the guidance', 'The Group agreed.'])).toBeNull();
    expect(fieldOf('Whoever attends: bring papers')).toBeNull();
  });

  it('splits the fields written on one line, by spaces, tabs or bars', () => {
    expect(fieldsOfLine('Who: NCA  What: Circulate the terms of reference  When: 30 May 2015')).toEqual([
      'Who: NCA',
      'What: Circulate the terms of reference',
      'When: 30 May 2015',
    ]);
    expect(fieldsOfLine('Who: NCA | What: Circulate it | When: 30 May')).toEqual([
      'Who: NCA',
      'What: Circulate it',
      'When: 30 May',
    ]);
    expect(fieldBlock(['Who: DfE\tWhat: Circulate the guidance\tWhen: 1 May 2020'])).toEqual({
      text: 'Circulate the guidance',
      owners: 'DfE',
      due: '1 May 2020',
    });
    // A line that does not start with a field, or whose pieces are not all fields, stays whole.
    expect(fieldsOfLine('The Group asked who: the NCA')).toBeNull();
    expect(fieldsOfLine('What: Ask the NCA when: it is unclear  and more')).toEqual([
      'What: Ask the NCA when: it is unclear  and more',
    ]);
  });

  it('finds a block of fields standing alone: a task with its owner or due date, not one stray field', () => {
    const lines = ['NCA described the review.', 'Who: NCA', 'What: Circulate it', 'When: 30 May', '', 'Next'];
    expect(readFieldBlock(lines, 1)).toEqual({
      fields: ['Who: NCA', 'What: Circulate it', 'When: 30 May'],
      consumed: 3,
    });
    expect(readFieldBlock(lines, 0)).toBeNull();
    expect(readFieldBlock(['Lead: DfE', 'The Group agreed.'], 0)).toBeNull();
    expect(readFieldBlock(['What: Circulate it', 'Where: Room 2'], 0)).toBeNull();
  });

  it("ends a record at the next record's number, blank line between or not", () => {
    const records = [
      'Action no: 2/1     Owner: GLAA     Target: 30-APR-2025',
      'Description: Circulate the list of licensed gangmasters operating in',
      '             the county.',
      'Action no: 2/2     Owner: Westshire Council     Target: 31-MAY-2025',
      'Description: Add farm accommodation to the inspection programme.',
    ];
    expect(readFieldBlock(records, 0)?.consumed).toBe(3);
    expect(readFieldBlock(records, 3)?.consumed).toBe(2);
  });
});

describe('a "Decision / action" table', () => {
  const table = [
    '1. Terms of reference',
    'The Board reviewed them.',
    '2. Training',
    'Hope for Justice offered places.',
    '3. Data',
    'Cleveland Police presented figures.',
    '',
    'Decisions and actions',
    '',
    '| Minute | Decision / action | Owner | By |',
    '|---|---|---|---|',
    '| 1 | Agreed the revised terms of reference | | |',
    '| 2 | Circulate the training dates to partners | Hope for Justice | 15 December 2023 |',
    '| 2 | Nominate two staff each for the first course | Middlesbrough Council | |',
    '| 3 | Noted the referral figures | | |',
  ];

  it("reads the decisions recorded beside the actions as none, and the Minute column as each row's item", () => {
    expect(parseMinutes(table.join('\n')).actions).toEqual([
      {
        owners: ['Hope for Justice'],
        text: 'Circulate the training dates to partners',
        item: '2',
        due: '2023-12-15',
      },
      {
        owners: ['Middlesbrough Council'],
        text: 'Nominate two staff each for the first course',
        item: '2',
        due: null,
      },
    ]);
  });

  it("does not run a decision on from the action above it when no column gives the row's item", () => {
    const noMinute = table.map((l) => (l.startsWith('|') ? `|${l.split('|').slice(2).join('|')}` : l));
    expect(parseMinutes(noMinute.join('\n')).actions.map((a) => a.text)).toEqual([
      'Circulate the training dates to partners',
      'Nominate two staff each for the first course',
    ]);
  });
});

describe('action table columns', () => {
  it('are known by what they hold, whatever the secretariat calls them', () => {
    expect(
      ['Ref', 'Owner', 'Action required', 'Target date', 'Status', 'Type', 'Assigned to', 'Notes'].map(
        columnOf,
      ),
    ).toEqual(['number', 'owner', 'text', 'due', 'status', 'type', 'owner', 'other']);
    expect(['Agreed action', 'Agreed actions', 'Responsible', 'Deadline'].map(columnOf)).toEqual([
      'text',
      'text',
      'owner',
      'due',
    ]);
    expect(
      ['Action to be taken', 'Person responsible', 'Lead agency', 'Target completion date', 'Timeframe'].map(
        columnOf,
      ),
    ).toEqual(['text', 'owner', 'owner', 'due', 'due']);
    // The column naming each item of minutes kept as a table, in other words than "Item".
    expect(['Topic', 'Agenda topic', 'Subject'].map(columnOf)).toEqual(['item', 'item', 'item']);
  });

  it('reads minutes kept as a "No. | Topic | Discussion | Action owner" table: each owner\'s action the last sentence', () => {
    const parsed = parseMinutes(
      [
        '# Joint Tasking Group – minutes',
        '',
        '**Meeting date:** 7 December 2016',
        '',
        '**Present:** DCI Mark Tennant (NCA) (Chair), Sam Okafor (Border Force)',
        '',
        '| No. | Topic | Discussion | Action owner |',
        '|---|---|---|---|',
        '| 1 | Open operations | The Group reviewed the open operations. Border Force will brief the Group on the Dover arrests. | Border Force |',
        '| 2 | Charging decisions | CPS reported two new charging decisions. No action. | |',
      ].join('\n'),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Open operations' },
      { number: '2', title: 'Charging decisions' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Border Force'], 'Border Force will brief the Group on the Dover arrests', '1'],
    ]);
  });

  it('a row whose owner is a dash is a decision logged beside the actions', () => {
    const lines = [
      '| No. | Decision / Action                        | Owner            | Deadline   |',
      '|-----|------------------------------------------|------------------|------------|',
      "| 2.1 | The strategy's priorities were agreed.   | –                | –          |",
      '| 2.2 | Publish the strategy on the website      | Westshire Police | 30/04/2019 |',
      '| 2.3 | Share the package with the districts     | WBC              | –          |',
    ];
    const table = readPipeTable(lines, 0, '2');
    expect(table?.drafts.map((d) => [d.parts.join(' '), d.owners])).toEqual([
      ['Publish the strategy on the website', 'Westshire Police'],
      ['Share the package with the districts', 'WBC'],
    ]);
  });

  it('an indented table ends at a line starting left of its first column, no blank line between', () => {
    const lines = [
      '  Code         Action                                   Owner          Due',
      '  MS/16/08     Share the Welsh training package         Welsh          14/10/2016',
      '                                                        Government',
      '2.  NHS referrals',
      'DH reported that referrals had doubled.',
    ];
    const table = readTextTable(lines, 0, '1');
    expect(table?.consumed).toBe(3);
    expect(table?.drafts.map((d) => [d.parts.join(' '), d.owners])).toEqual([
      ['Share the Welsh training package', 'Welsh Government'],
    ]);
  });

  it('a tab table whose tabs became spaces: a row of as many cells as the header, read in order', () => {
    const lines = [
      'No.    Action    Owner    Deadline',
      '1    Circulate the revised draft of the annual report to all members    Home Office    28/9/2012',
      '2    Provide two case studies on the NRM    UKHTC    5/10/2012',
    ];
    const table = readTextTable(lines, 0, null);
    expect(table?.drafts.map((d) => [d.parts.join(' '), d.owners, d.due])).toEqual([
      ['Circulate the revised draft of the annual report to all members', 'Home Office', '28/9/2012'],
      ['Provide two case studies on the NRM', 'UKHTC', '5/10/2012'],
    ]);
  });

  it('a log of decisions and actions gives only its actions', () => {
    const lines = [
      '| Item | Type     | Description                     | Owner    | Due        |',
      '|------|----------|---------------------------------|----------|------------|',
      '| 1    | Decision | The review will be published.   |          |            |',
      '| 1    | Action   | Draft the annual review         | SG       | 29/09/2017 |',
      '| 2    | Decision | TARA will lead the consultation. |         |            |',
    ];
    const table = readPipeTable(lines, 0, null);
    expect(table?.drafts.map((d) => [d.parts.join(' '), d.owners, d.item])).toEqual([
      ['Draft the annual review', 'SG', '1'],
    ]);
  });
});

describe('a table of contents', () => {
  it('goes with its heading, so each item is read once, in the body', () => {
    expect(
      dropContents([
        'Contents',
        '1. Welcome ........ 1',
        '2. Data . . . . . 2',
        '',
        'Present: A (B)',
        '1. Welcome',
      ]),
    ).toEqual(['', 'Present: A (B)', '1. Welcome']);
    const text = ['1. Welcome', 'Figures were... 12'];
    expect(dropContents(text)).toEqual(text);
  });
});

describe('attendance written as sentences', () => {
  it('names no one for "officials of each body"', () => {
    expect(attendanceSentence('Those present were officials of each body.')).toEqual({
      kind: 'attendees',
      entries: [],
    });
    expect(attendanceSentence('Those present were officials of the Home Office.')?.entries).toEqual([
      'Official (Home Office)',
    ]);
  });

  it('reads "On the call:" and "Present were:" with a colon after the opener', () => {
    expect(attendanceSentence('On the call: Gail Ross (Home Office), Ben Ali (SCA).')?.entries).toEqual([
      'Gail Ross (Home Office)',
      'Ben Ali (SCA)',
    ]);
    expect(attendanceSentence('Present were: Ann Bell (NCA) and Raj Patel (Home Office).')?.entries).toEqual([
      'Ann Bell (NCA)',
      'Raj Patel (Home Office)',
    ]);
  });

  it('finds the chair a sentence about the call names in passing, and no chair of something else', () => {
    expect(
      chairNamedInPassing("Quick note of this morning's call (chaired by Gail Ross, Home Office)."),
    ).toBe('Gail Ross (Home Office) (Chair)');
    expect(chairNamedInPassing('The review (chaired by Gail Ross) reported in May.')).toBeNull();
  });

  it('reads the chair, those also present and the apologies', () => {
    expect(attendanceSentence('The meeting was chaired by Ruth Baker (Nottinghamshire Police).')).toEqual({
      kind: 'attendees',
      entries: ['Ruth Baker (Nottinghamshire Police) (Chair)'],
      chair: true,
    });
    expect(
      attendanceSentence(
        'Also present were Sam Okafor (Nottingham City Council) and Luke Moss (Hope for Justice).',
      ),
    ).toEqual({
      kind: 'attendees',
      entries: ['Sam Okafor (Nottingham City Council)', 'Luke Moss (Hope for Justice)'],
    });
  });
});

describe("pdftotext's layout with the Actions box down the left-hand side", () => {
  const page = [
    'Attendees:  Home Office - Official (Chair)',
    '            NCA - Official',
    '',
    ' ACTIONS                        1. Minutes of the last meeting',
    ' None                           The minutes of 12 June 2024 were agreed.',
    '',
    ' ACTIONS                        2. Child victims',
    ' DfE to circulate the           DfE updated members on the expansion of',
    ' revised statutory guidance     Independent Child Trafficking Guardians',
    ' to members by 4 October        to all local authorities in England.',
    ' 2024.',
    '',
    '                                3. Date of next meeting',
    '                                11 December 2024, 14:00, at 2 Marsham Street.',
  ];

  it('swaps the box to the right of the discussion, as the practice layout has it', () => {
    const swapped = boxOnTheRight(page);
    expect(swapped.slice(0, 3)).toEqual(page.slice(0, 3));
    expect(swapped[3]).toMatch(/^1\. Minutes of the last meeting\s{6,}ACTIONS$/);
    expect(swapped[10]).toMatch(/^\s{60,}2024\.$/);
    expect(swapped[12]).toBe('3. Date of next meeting');
  });

  it("reads each box's actions under the item beside it", () => {
    const parsed = parseMinutes(page.join('\n'));
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(parsed.actions).toEqual([
      {
        owners: ['DfE'],
        text: 'DfE to circulate the revised statutory guidance to members by 4 October 2024',
        item: '2',
        due: '2024-10-04',
      },
    ]);
  });

  it('leaves a list whose label stands at the margin beside entries alone', () => {
    const list = [
      'Actions:                  1. NCA to publish the plan',
      '                          2. CPS to brief',
    ];
    expect(boxOnTheRight(list)).toEqual(list);
  });
});

describe('an attendance list with a column beside it for roles and notes', () => {
  it('reads "Minutes" in that column as who took the notes, no body or person', () => {
    const parsed = parseMinutes(
      [
        'Tactical Group – minutes',
        'Date: 11 June 2024',
        '',
        'Present',
        '  Insp Lucy Grey (Hampshire Constabulary)     Chair',
        '  Tom Baird (Hampshire County Council)',
        '  Jade Cox (Hampshire Constabulary)           Minutes',
        '',
        '1. Cannabis farms',
        'Police described three sites.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Hampshire Constabulary', 'Insp Lucy Grey', 'CHAIR'],
      ['Hampshire County Council', 'Tom Baird', null],
      ['Hampshire Constabulary', 'Jade Cox', null],
    ]);
  });
});

describe("a council's register of members marked by a key", () => {
  it('keeps those present and substitutes, moves those who sent apologies to their list, and drops the key', () => {
    expect(
      attendanceMarks([
        'Members: Cllr J. Whitaker (Chairman) (P), Cllr M. Doyle (A), Cllr T. Lin (S), Cllr F. Greaves (AB)',
        'Key: P – present, A – apologies, S – substitute, AB – absent',
        '',
        '24/31 DECLARATIONS OF INTEREST',
      ]),
    ).toEqual([
      'Members: Cllr J. Whitaker (Chairman), Cllr T. Lin',
      'Apologies: Cllr M. Doyle',
      '',
      '24/31 DECLARATIONS OF INTEREST',
    ]);
  });

  it('reads a register a member to a line, with the usual marks and no key', () => {
    const parsed = parseMinutes(
      [
        'Community Safety Committee – 5 March 2024',
        '',
        'Members',
        'Cllr J. Whitaker (Chairman) (P)',
        'Cllr R. Osei (P)',
        'Cllr M. Doyle (A)',
        'Cllr F. Greaves (P)',
        '',
        '1. Car washes',
        'Members discussed the reports.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Cllr J. Whitaker', 'CHAIR'],
      ['Cllr R. Osei', null],
      ['Cllr F. Greaves', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: null, name: 'Cllr M. Doyle' }]);
  });

  it('reads a register wrapped at a width, an entry broken over the lines', () => {
    expect(
      attendanceMarks([
        'Members: Cllr J. Whitaker (Chairman) (P), Cllr R. Osei (P), Cllr M.',
        'Doyle (A), Cllr T. Lin (S)',
        'Key: P – present, A – apologies, S – substitute',
      ]),
    ).toEqual([
      'Members: Cllr J. Whitaker (Chairman), Cllr R. Osei, Cllr T. Lin',
      'Apologies: Cllr M. Doyle',
    ]);
  });

  it('leaves a line whose brackets are not all marks alone', () => {
    const lines = ['Present: Jo Lee (NCA), Sam Hart (A)'];
    expect(attendanceMarks(lines)).toEqual(lines);
  });
});

describe('attendance and apologies in one sentence', () => {
  it.each([
    ', with apologies from Chris Lane (Sunderland City Council) and Maria Costa (NHS England).',
    '; apologies were received from Chris Lane (Sunderland City Council) and Maria Costa (NHS England).',
    ', and apologies from Chris Lane (Sunderland City Council) and Maria Costa (NHS England).',
  ])('reads the clause after the list as the apologies (%s)', (clause) => {
    const parsed = parseMinutes(
      [
        'Note of meeting: Regional Network',
        '',
        `Present were Sgt Paul Kirby (Northumbria Police, in the chair) and Joanne Wells (Newcastle City Council)${clause}`,
        '',
        '1. Police update',
        'Northumbria Police reported four new investigations.',
      ].join('\n'),
    );
    expect(parsed.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Sgt Paul Kirby', 'Northumbria Police', 'CHAIR'],
      ['Joanne Wells', 'Newcastle City Council', null],
    ]);
    expect(parsed.apologies).toEqual([
      { name: 'Chris Lane', organisation: 'Sunderland City Council' },
      { name: 'Maria Costa', organisation: 'NHS England' },
    ]);
  });
});

describe('a grid table under a title row', () => {
  it('keeps the title apart from the rows', () => {
    const [table] = findTextTables([
      '+----+----------------+-----------+',
      '|        Actions arising           |',
      '+====+================+===========+',
      '| No | Action         | Owner     |',
      '+----+----------------+-----------+',
      '| 1  | Advertise post | LCC       |',
      '+----+----------------+-----------+',
    ]);
    expect(table?.title).toBe('Actions arising');
    expect(table?.rows).toEqual([
      ['No', 'Action', 'Owner'],
      ['1', 'Advertise post', 'LCC'],
    ]);
  });
});

describe('one action down the side of a small table', () => {
  it('reads Action, Owner and Due rows as one action', () => {
    const table = readPipeTable(
      [
        '| Action | Publish the assessment |',
        '|---|---|',
        '| Owner | Unseen |',
        '| Due | 28 February 2020 |',
      ],
      0,
      '1',
    );
    expect(table?.drafts).toEqual([
      { parts: ['Publish the assessment'], item: '1', owners: 'Unseen', due: '28 February 2020' },
    ]);
    expect(table?.consumed).toBe(4);
  });
});

describe('an item number alone on its line', () => {
  it('is put back with its title from the next line', () => {
    expect(
      joinItemTitles([
        'Agenda Item 1',
        'Victim care pathway',
        'Item 2:',
        'Data sharing',
        'Item 3',
        'The Group met.',
      ]),
    ).toEqual(['Agenda Item 1: Victim care pathway', 'Item 2: Data sharing', 'Item 3', 'The Group met.']);
  });

  it('after a line ending in a dash, is that line\'s reference wrapped onto the next ("… 2014 –" over "Item 3")', () => {
    expect(
      joinItemTitles([
        '2. DfE to share the findings by 18 July 2014 –',
        'Item 3',
        '',
        'Next meeting: 10 September 2014',
      ]),
    ).toEqual([
      '2. DfE to share the findings by 18 July 2014 – Item 3',
      '',
      'Next meeting: 10 September 2014',
    ]);
  });
});

describe('item numbers alone on their lines, as a PDF extractor writes its blocks', () => {
  it('are put back with the title in the next block while they count up', () => {
    expect(
      joinItemTitles([
        '1.',
        '',
        'Minutes of the last meeting',
        'The minutes were agreed.',
        '2.',
        'Prosecutions',
      ]),
    ).toEqual(['1. Minutes of the last meeting', 'The minutes were agreed.', '2. Prosecutions']);
  });

  it('reach the title over two blank lines, not three', () => {
    expect(joinItemTitles(['1.', '', '', 'Minutes of the last meeting', '2.', '', '', '', 'Data'])).toEqual([
      '1. Minutes of the last meeting',
      '2.',
      '',
      '',
      '',
      'Data',
    ]);
  });

  it('join "Item 1" to the heading underlined below it', () => {
    expect(
      joinItemTitles(['Item 1', '## Welcome and minute of last meeting', 'The minute was agreed.']),
    ).toEqual(['Item 1: Welcome and minute of last meeting', 'The minute was agreed.']);
  });

  it('leave a page number, a number out of sequence and a number over a sentence alone', () => {
    const lines = [
      '7',
      '',
      'Border Force referrals',
      '1.',
      '',
      '3.2 The Group noted the figures.',
      '1.',
      'The Group met.',
    ];
    expect(joinItemTitles(lines)).toEqual(lines);
  });
});

describe('an attendance table copied out as text, one cell to a line', () => {
  it('reads an empty cell as the blank line it became, and stops at the line that is no cell', () => {
    expect(
      groupedAttendance([
        'Present',
        'Name',
        'Organisation',
        'Role',
        'Karen Holt',
        'West Yorkshire Police',
        'Chair',
        'Imran Malik',
        'Leeds City Council',
        '',
        'Phil Gray',
        'Home Office',
        'Secretariat',
        '',
        'Apologies: Dave Lund (Humberside Police)',
      ]),
    ).toEqual([
      'Present',
      'Name\tOrganisation\tRole',
      'Karen Holt\tWest Yorkshire Police\tChair',
      'Imran Malik\tLeeds City Council\t',
      'Phil Gray\tHome Office\tSecretariat',
      '',
      'Apologies: Dave Lund (Humberside Police)',
    ]);
    // A sentence where a row's cell would stand ends the table before it.
    expect(
      groupedAttendance([
        'Present',
        'Name',
        'Role',
        'Jo Lee',
        '',
        'The Chair welcomed members to the meeting.',
        'Text',
      ]),
    ).toEqual(['Present', 'Name\tRole', 'Jo Lee\t', 'The Chair welcomed members to the meeting.', 'Text']);
  });

  it("reads a Role cell a PDF left out (no line at all) from the next person's name standing where the role would", () => {
    expect(
      groupedAttendance([
        'Attendance',
        'Name',
        'Organisation',
        'Role',
        'Kate Frost',
        'GLAA',
        'Chair',
        'Owen Price',
        'HMRC',
        'Liz Dunn',
        'DWP',
        'Head of Policy',
        'Sam Bird',
        'GLAA',
        'Secretariat',
        '',
      ]),
    ).toEqual([
      'Attendance',
      'Name\tOrganisation\tRole',
      'Kate Frost\tGLAA\tChair',
      'Owen Price\tHMRC\t',
      // A post where the role would stand is the row's own cell, not the next person.
      'Liz Dunn\tDWP\tHead of Policy',
      'Sam Bird\tGLAA\tSecretariat',
      '',
    ]);
  });
});

describe('an attendance list written as stacked blocks, each body over its person', () => {
  it('writes each pair as one entry', () => {
    expect(
      groupedAttendance([
        'Attendees:',
        '',
        'Home Office',
        'Sarah Linton (Chair)',
        '',
        'NCA',
        'Official (for Alison Grey)',
        'Apologies:',
        'HMRC',
        'Neil Haines',
        '',
        '1. Minutes',
      ]),
    ).toEqual([
      'Attendees:',
      '',
      'Home Office – Sarah Linton (Chair)',
      '',
      'NCA – Official (for Alison Grey)',
      'Apologies:',
      'HMRC – Neil Haines',
      '',
      '1. Minutes',
    ]);
  });

  it('knows the list by any heading the reader knows attendance by ("Apologies received", "Attending")', () => {
    expect(
      groupedAttendance([
        'Attending:',
        'Police Scotland',
        '    DCS Lesley Boal',
        'Apologies received:',
        'COPFS',
        '    Official',
        '',
      ]),
    ).toEqual([
      'Attending:',
      'Police Scotland – DCS Lesley Boal',
      'Apologies received:',
      'COPFS – Official',
      '',
    ]);
  });

  it('leaves entries that already hold both, and a list of bodies alone', () => {
    const lines = [
      'Apologies:',
      'Border Force                Martin Elwood',
      'Paul Rees (Welsh Government)',
      'Alison Grey (Department for Work and Pensions)',
      '',
      'Present:',
      'Home Office',
      'National Crime Agency',
      '',
    ];
    expect(groupedAttendance(lines)).toEqual(lines);
  });

  it('reads a heading underlined with dashes (reStructuredText) as the list’s heading', () => {
    const underlined = underlinedHeadings([
      'Attendees',
      '---------',
      '',
      'Home Office',
      '    Sarah Linton (Chair)',
      '',
      'NCA',
      '    Official',
    ]);
    expect(groupedAttendance(underlined)).toEqual([
      '## Attendees',
      '',
      'Home Office – Sarah Linton (Chair)',
      '',
      'NCA – Official',
    ]);
  });
});

describe('an attendance list under each body’s name in capitals, and a table one cell to a line', () => {
  it('writes each person under a body with it, however many there are', () => {
    expect(
      groupedAttendance([
        'PRESENT',
        '',
        'HOME OFFICE',
        'Jo Smith MP (Chair)',
        'Official',
        '',
        'CABINET OFFICE',
        'Official',
        '',
        '1. Minutes',
      ]),
    ).toEqual([
      'PRESENT',
      '',
      'HOME OFFICE – Jo Smith MP (Chair)',
      'HOME OFFICE – Official',
      '',
      'CABINET OFFICE – Official',
      '',
      '1. Minutes',
    ]);
  });

  it('puts a table exported one cell to a line back in rows', () => {
    expect(
      groupedAttendance([
        'Attendance',
        'Name',
        'Organisation',
        'Role',
        'Sarah Linton',
        'Home Office',
        'Chair',
        'Mark Tennant',
        'NCA',
        'Member',
        '',
        '1. Minutes',
      ]),
    ).toEqual([
      'Attendance',
      'Name\tOrganisation\tRole',
      'Sarah Linton\tHome Office\tChair',
      'Mark Tennant\tNCA\tMember',
      '',
      '1. Minutes',
    ]);
  });
});

describe('an attendance list naming each body once, its people indented beneath', () => {
  it('writes each person with their body', () => {
    expect(
      groupedAttendance([
        'Present:',
        'Police Scotland',
        '    DCS Lesley Boal',
        '    Official',
        'Apologies:',
        'COPFS',
        '\tOfficial',
        '',
        '1. Strategy',
      ]),
    ).toEqual([
      'Present:',
      'Police Scotland – DCS Lesley Boal',
      'Police Scotland – Official',
      'Apologies:',
      'COPFS – Official',
      '',
      '1. Strategy',
    ]);
    const flat = ['Present:', 'Home Office   Mark Harper MP', 'MOJ           Official'];
    expect(groupedAttendance(flat)).toEqual(flat);
  });
});

describe("the document's own headings over indented lists", () => {
  it('reads "Agenda", "Notes" and "Action items" over a notes app\'s indented lists as headings, not bodies', () => {
    const lines = [
      'Attendees',
      '   * Jo Lee (Greater Manchester Police) – chair',
      'Apologies',
      '   * Ben Ode (Cheshire Constabulary)',
      '',
      'Agenda',
      '   1. Referrals update',
      'Notes',
      '   1. Referrals update',
      'Action items',
      '   * [ ] Sam Hart to circulate the dashboard',
    ];
    expect(groupedAttendance(lines)).toEqual(lines);
  });
});

describe('a trailing label wrapped before its owners', () => {
  it('joins "… of the duty. Action:" to the owners on the line under it, and nothing else', () => {
    expect(
      joinWrappedLabels([
        '2.1 The Board discussed the notifications. DfE to remind local authorities of the duty. Action:',
        'Rebecca Hughes',
        '2.2 NCA will publish the figures.',
      ]),
    ).toEqual([
      '2.1 The Board discussed the notifications. DfE to remind local authorities of the duty. Action: Rebecca Hughes',
      '2.2 NCA will publish the figures.',
    ]);
    // A label over its task, or over a sentence, stays as it is.
    const apart = [
      'The Board noted the figures. Action:',
      'NCA to share the data by 5 March.',
      'Actions:',
      'Home Office',
    ];
    expect(joinWrappedLabels(apart)).toEqual(apart);
  });
});

describe('labels lined up with spaces', () => {
  it('closes a colon up to its label, the value staying in its column', () => {
    expect(
      closedUpLabels(['Present   : Jo Lee, NCA', 'Apologies : Sam Hart, CPS', 'Date : 5 March']),
    ).toEqual(['Present:    Jo Lee, NCA', 'Apologies:  Sam Hart, CPS', 'Date:  5 March']);
    // A time, a sentence and a colon already closed up are left alone.
    const alone = ['Time: 10 : 30', 'The Board noted that : the figures rose', 'Present: Jo Lee'];
    expect(closedUpLabels(alone)).toEqual(alone);
  });

  it("sets entries hung under a list label's first one on lines of their own", () => {
    expect(
      hangingEntries([
        'Present:    Graeme Dey MSP, Scottish Government (Chair)',
        '            Kirsty Muir, TARA',
        '            Alison Rae, COPFS',
        'Apologies:  Euan Hunter, Migrant Help',
      ]),
    ).toEqual([
      'Present:',
      'Graeme Dey MSP, Scottish Government (Chair)',
      'Kirsty Muir, TARA',
      'Alison Rae, COPFS',
      'Apologies:  Euan Hunter, Migrant Help',
    ]);
    // A list wrapped at a width runs on: a line ends with a comma, or the next starts in a bracket.
    const wrapped = [
      'Present:   Jo Lee (Home Office), Sam Hart (NCA),',
      '           Ann Cole (CPS)',
      'Apologies: Kim Ray (FCO), Tom Bell',
      '           (DWP)',
    ];
    expect(hangingEntries(wrapped)).toEqual(wrapped);
  });
});

describe('email wrapping', () => {
  const forwarded = (between: string[]) => [
    '---------- Forwarded message ---------',
    'From: IDMG Secretariat <idmg@example.gov.uk>',
    'Date: Wed, 1 Apr 2015 at 09:30',
    'Subject: IDMG minutes',
    '',
    'Colleagues,',
    '',
    'Please see the cleared minutes below.',
    '',
    'Best wishes,',
    'IDMG Secretariat',
    '',
    ...between,
    'INTER-DEPARTMENTAL MINISTERIAL GROUP',
    'Minutes of the meeting held on 17 March 2015',
    '',
    'Attendees',
    '•\tOfficial – Home Office',
  ];

  it('drops a covering note signed off above the minutes, with the name under the sign-off', () => {
    expect(unwrapEmail(forwarded([])).filter((l) => l.trim() !== '')).toEqual([
      'INTER-DEPARTMENTAL MINISTERIAL GROUP',
      'Minutes of the meeting held on 17 March 2015',
      'Attendees',
      '•\tOfficial – Home Office',
    ]);
  });

  it('ends the minutes at a disclaimer under them with no sign-off or blank line above it', () => {
    const lines = [
      ...forwarded([]),
      '1. Secretariat to circulate the forward look (Item 3).',
      'This e-mail and any attachments are intended only for the addressee.',
      'This email is OFFICIAL.',
    ];
    expect(unwrapEmail(lines).filter((l) => l.trim() !== '')).toEqual([
      'INTER-DEPARTMENTAL MINISTERIAL GROUP',
      'Minutes of the meeting held on 17 March 2015',
      'Attendees',
      '•\tOfficial – Home Office',
      '1. Secretariat to circulate the forward look (Item 3).',
    ]);
  });

  it("ends the minutes at the sender's signature under them, with no sign-off or blank line above it", () => {
    const minutes = [...forwarded([]), '1. Secretariat to circulate the forward look (Item 3).'];
    const signature = [
      'Tom Aldred',
      'Modern Slavery Unit | Home Office',
      '2 Marsham Street, London SW1P 4DF',
    ];
    const disclaimer = 'This email and any files transmitted with it are private.';
    expect(unwrapEmail([...minutes, ...signature, disclaimer]).filter((l) => l.trim() !== '')).toEqual(
      minutes.slice(-6).filter((l) => l.trim() !== ''),
    );
    // Minutes going on after the lines (a name over a body's team, then more business): no signature.
    const more = [...minutes, ...signature, '2. Any other business'];
    expect(unwrapEmail(more)).toContain('Tom Aldred');
    // A table's header and rows over the signature are the minutes', the signature alone goes.
    const header = 'Item\tAction\tOwner\tBy';
    const table = [...minutes, 'Action summary', header, '2\tSend comments\tAll members\t5 February 2016'];
    const kept = unwrapEmail([...table, 'Daniel Osei', 'Strategy Board Secretariat']);
    expect(kept).toContain(header);
    expect(kept).not.toContain('Daniel Osei');
  });

  it('keeps what follows a rule, and ends the minutes at a sign-off after them', () => {
    const lines = [...forwarded(['________________________________', '']), '', 'Kind regards,', 'Jo'];
    expect(unwrapEmail(lines).filter((l) => l.trim() !== '')).toEqual([
      'INTER-DEPARTMENTAL MINISTERIAL GROUP',
      'Minutes of the meeting held on 17 March 2015',
      'Attendees',
      '•\tOfficial – Home Office',
    ]);
  });
});

describe('a mail app\'s "On …, … wrote:" over the message it forwards', () => {
  it("drops the reply above it and the line itself, whose date is the mail's", () => {
    const lines = [
      'Sent from my iPhone',
      '',
      'On 28 April 2015, at 17:02, Daniel Osei wrote:',
      '',
      'Human Trafficking Strategy Board',
      'Minutes of the meeting held on 21 April 2015',
      'Attendees',
    ];
    expect(unwrapEmail(lines).filter((l) => l.trim() !== '')).toEqual([
      'Human Trafficking Strategy Board',
      'Minutes of the meeting held on 21 April 2015',
      'Attendees',
    ]);
    const body = ['• Official – NCA', '', '1. Ports', 'Border Force described the operation.'];
    expect(parseMinutes([...lines, ...body].join('\n')).meeting.date).toBe('2015-04-21');
  });
});

describe('mail headers wrapped where the mail was pasted', () => {
  it('reads a header wrapped with no leading space as one header, and the minutes under the headers', () => {
    const lines = [
      'From: Strategy Board Secretariat',
      '<sb.secretariat@homeoffice.example.gov.uk>',
      'Sent: 02 April 2015 16:47',
      'To: Strategy Board members; Priya Natarajan; Owen Hale;',
      'Kate Garbers',
      'Subject: Strategy Board 24 March 2015 - note of meeting',
      '',
      'STRATEGY BOARD ON MODERN SLAVERY',
      'Present:',
    ];
    expect(unfoldedHeaders(lines).slice(0, 4)).toEqual([
      'From: Strategy Board Secretariat <sb.secretariat@homeoffice.example.gov.uk>',
      'Sent: 02 April 2015 16:47',
      'To: Strategy Board members; Priya Natarajan; Owen Hale; Kate Garbers',
      'Subject: Strategy Board 24 March 2015 - note of meeting',
    ]);
    expect(unwrapEmail(lines).filter((l) => l.trim() !== '')).toEqual([
      'STRATEGY BOARD ON MODERN SLAVERY',
      'Present:',
    ]);
  });

  it('leaves lines under a last header, or between a header and a blank line, as they are', () => {
    const lines = [
      'Subject: Board minutes',
      'Present: Jo Smith (NCA)',
      '',
      'Date: 3 March 2016',
      'Venue: Room 4',
    ];
    expect(unfoldedHeaders(lines)).toEqual(lines);
  });
});

describe('a reply above the forwarded minutes', () => {
  it('drops the reply and the forwarded message\'s headers: "Thanks – minutes below. / Kate", then "From: …"', () => {
    const lines = [
      'Thanks – minutes below for the record.',
      'Kate',
      '',
      'From: Partnership Secretariat <asp@westshire.gov.uk>',
      'Sent: 21 May 2019 16:02',
      'Subject: Minutes of 14 May 2019',
      '',
      'Westshire Anti-Slavery Partnership',
      'Minutes of the meeting held on 14 May 2019',
    ];
    expect(unwrapEmail(lines).filter((l) => l.trim() !== '')).toEqual([
      'Westshire Anti-Slavery Partnership',
      'Minutes of the meeting held on 14 May 2019',
    ]);
    // Minutes that only mention a "From:" line far below their start are no email.
    const minutes = [
      'Westshire Anti-Slavery Partnership',
      'Present:',
      'Jo Smith, Police',
      'From: the Chair',
      'Sent: later',
    ];
    expect(unwrapEmail(minutes)).toEqual(minutes);
  });
});

describe('a covering note over minutes that open with their attendance', () => {
  it('ends where an attendance heading in any of the attendance words starts the minutes', () => {
    for (const heading of ['Attending:', 'Those present:', 'Members present:', 'Attendance:']) {
      const lines = [
        'From: Anna McCready',
        'Sent: 29 January 2014 11:02',
        'Subject: Notes of Tuesday',
        '',
        'Hi all,',
        '',
        'Notes from Tuesday below.',
        '',
        'Thanks',
        'Anna',
        '',
        `${heading} Tom Ashby (Home Office), Graham Kerr (NCA)`,
        '',
        '1. Data',
      ];
      expect(unwrapEmail(lines).filter((l) => l.trim() !== '')[0]).toBe(
        `${heading} Tom Ashby (Home Office), Graham Kerr (NCA)`,
      );
    }
  });
});

describe('a covering note with no sign-off', () => {
  const minutes = [
    'HUMAN TRAFFICKING STRATEGY BOARD',
    'Minutes of the meeting held on Tuesday 21 January 2014',
    '',
    'Attendees',
    '•\tTom Ashby – Home Office (Secretariat)',
    '•\tGraham Kerr – NCA',
  ];
  const note = (signature: string[]) => [
    'Colleagues,',
    '',
    'Draft minutes of Tuesday’s meeting are below for comment by 31 January.',
    '',
    ...signature,
    ...minutes,
  ];
  const quoted = (lines: string[]) => [
    'From: Anna McCready',
    'Sent: 29 January 2014 11:02',
    'Subject: RE: Draft minutes',
    '',
    'No comments from DOJ.',
    '',
    ...lines.map((l) => (l === '' ? '>' : `> ${l}`)),
  ];
  const kept = (lines: string[]) => unwrapEmail(quoted(lines)).filter((l) => l.trim() !== '');

  it('drops the greeting, the note and the signature block under it, in quoted minutes too', () => {
    expect(kept(note(['Tom Ashby', 'Strategy Board Secretariat', 'T: 020 7035 4848', '']))).toEqual(
      minutes.filter((l) => l !== ''),
    );
  });

  it('keeps the block the minutes start in, and a committee’s name, when the note has no signature', () => {
    expect(kept(note([]))).toEqual(minutes.filter((l) => l !== ''));
    const titled = note(['Human Trafficking Strategy Board', '']);
    expect(kept(titled)[0]).toBe('Human Trafficking Strategy Board');
  });

  it('keeps a title block with a time in it above the block the minutes start in', () => {
    const readout = [
      'All,',
      '',
      "A readout of yesterday's meeting is below. Grateful for any corrections by close",
      'on Monday.',
      '',
      "Minister's meeting on the National Referral Mechanism",
      'Thursday 4 March 2021, 15:00-15:45 (Teams)',
      '',
      'Attendees: Victoria Hale MP (Chair), Will Kerr (NCA)',
    ];
    expect(kept(readout)[0]).toBe("Minister's meeting on the National Referral Mechanism");
  });

  it("keeps a title block naming any kind of committee (a Network's) above the attendance", () => {
    const network = [
      'Hi all,',
      '',
      'Notes from Tuesday below.',
      '',
      'REGIONAL ANTI-SLAVERY NETWORK',
      'Notes of the meeting on 30 January 2018, Room 2, Civic Offices',
      '',
      'Attending: Jo Bright (Home Office, chair), Ravi Shah (Eastshire Police)',
      'Apologies: Kim Rowe (Border Force)',
    ];
    expect(kept(network)[0]).toBe('REGIONAL ANTI-SLAVERY NETWORK');
  });
});

describe('a covering note pasted with no blank lines', () => {
  const minutes = [
    'MODERN SLAVERY INTER-DEPARTMENTAL MINISTERIAL GROUP',
    'Minutes of the meeting held on Tuesday 24 March 2015, 14:00-15:30',
    'Attendees',
    '•\tBen Ashcroft – Home Office (Secretariat)',
  ];
  const note = (rule: string[]) => [
    'From: IDMG Secretariat',
    'Sent: 14 April 2015 09:12',
    'Subject: Minutes - Modern Slavery IDMG - 24 March 2015',
    'Colleagues,',
    'Minutes of the IDMG on 24 March are below.',
    'Regards,',
    'Ben',
    'Ben Ashcroft | IDMG Secretariat | Home Office',
    ...rule,
    ...minutes,
  ];

  it('Outlook’s rule of underscores parts note and minutes with no blank line above it', () => {
    expect(unwrapEmail(note(['________________________________']))).toEqual(minutes);
  });

  it('with no rule, the name under the sign-off ends at the line naming the committee', () => {
    expect(unwrapEmail(note([]))).toEqual(minutes);
  });

  it('with no sign-off, the minutes start at the first line after the note naming a committee', () => {
    const lines = [
      'From: IDMG Secretariat',
      'Sent: 14 December 2015 12:30',
      'Subject: Strategy Board 8 December - note and actions',
      'Colleagues,',
      "The note of last Tuesday's meeting follows.",
      'Secretariat',
      'Modern Slavery Strategy Board – note of meeting, 8 December 2015',
      'Attendees',
      '- Graham Kerr - NCA',
    ];
    expect(unwrapEmail(lines)).toEqual(lines.slice(6));
  });
});

describe('a covering note that speaks of the minutes', () => {
  it('is not where the minutes start: its sign-off does not end them', () => {
    const kept = unwrapEmail([
      'From: Secretariat',
      'Sent: 19 March 2018 09:12',
      'Subject: CTWG minutes',
      '',
      'All,',
      '',
      "Minutes of last week's meeting are below.",
      '',
      'Best wishes',
      'Jo',
      '',
      'CHILD TRAFFICKING WORKING GROUP',
      'Minutes – 13 March 2018',
      '',
      'Present',
      '- Hannah Moore, DfE (Chair)',
    ]).filter((l) => l.trim() !== '');
    expect(kept).toEqual([
      'CHILD TRAFFICKING WORKING GROUP',
      'Minutes – 13 March 2018',
      'Present',
      '- Hannah Moore, DfE (Chair)',
    ]);
  });

  it('is not where the minutes start when its sentence wraps at the mail width', () => {
    const kept = unwrapEmail([
      'From: Secretariat',
      'Sent: 19 March 2018 09:12',
      'Subject: CTWG minutes',
      '',
      'All,',
      '',
      "Minutes of last week's meeting below; please send any corrections by",
      'Friday.',
      '',
      'Thanks,',
      'Jo',
      '',
      'CHILD TRAFFICKING WORKING GROUP',
      'Minutes – 13 March 2018',
      '',
      'Present',
    ]).filter((l) => l.trim() !== '');
    expect(kept).toEqual(['CHILD TRAFFICKING WORKING GROUP', 'Minutes – 13 March 2018', 'Present']);
  });
});

describe('action table headers', () => {
  it('reads "Owner(s)" as owners, and "By" as the owners or, beside an owner column, the due dates', () => {
    expect(columnOf('Owner(s)')).toBe('owner');
    expect(columnOf('Lead(s)')).toBe('owner');
    expect(headerColumns(['Action', 'By'])).toEqual(['text', 'owner']);
    expect(headerColumns(['Action', 'Owner(s)', 'By'])).toEqual(['text', 'owner', 'due']);
  });
});

describe('a text table of the minutes with blank lines between its rows', () => {
  const row = (item: string, discussion: string, action: string, lead: string) =>
    `${item.padEnd(15)}${discussion.padEnd(45)}${action.padEnd(36)}${lead}`.trimEnd();
  const lines = [
    row('Item', 'Discussion', 'Action', 'Lead'),
    '',
    row('1. Minutes', 'Agreed.', '', ''),
    '',
    row(
      '2. Operations',
      'Westshire Police described Operation Tide.',
      'Share the list of premises',
      'Westshire Police',
    ),
    row('', '', 'with licensing teams', ''),
    '',
    row('3. AOB', 'None.', '', ''),
    '',
    '4. Date of next meeting',
    'Wednesday 25 April 2018.',
  ];

  it('reads on over the blank lines while a row starts with an item under "Item", and stops at a paragraph', () => {
    const table = readTextTable(lines, 0, null);
    expect(table?.consumed).toBe(8);
    expect(table?.items).toEqual([
      { number: '1', title: 'Minutes' },
      { number: '2', title: 'Operations' },
      { number: '3', title: 'AOB' },
    ]);
    expect(table?.drafts.map((d) => [d.parts.join(' '), d.owners, d.item])).toEqual([
      ['Share the list of premises with licensing teams', 'Westshire Police', '2'],
    ]);
  });
});

describe('a running header on the first page and after one break', () => {
  const header = 'IDMG on Modern Slavery – 7 November 2017 – Minutes          OFFICIAL';
  const lines = [
    header,
    '',
    'Inter-Departmental Ministerial Group on Modern Slavery',
    '',
    '2. Report',
    'The Group discussed the report. ACTION: Home Office to',
    '\f',
    header,
    '',
    "coordinate the Government's response by 31 January 2018.",
  ];

  it('is dropped after the break, so an action cut by it reads as one', () => {
    expect(
      removePageFurniture(lines)
        .filter((l) => l.trim() !== '')
        .slice(3),
    ).toEqual([
      'The Group discussed the report. ACTION: Home Office to',
      "coordinate the Government's response by 31 January 2018.",
    ]);
  });

  it('gives way, as the title, to the committee named on its own below it', () => {
    expect(
      readHeader([
        'IDMG on Modern Slavery – 7 November 2017 – Minutes',
        'OFFICIAL',
        '',
        'Inter-Departmental Ministerial Group on Modern Slavery',
        'Tuesday 7th November 2017',
      ]).title,
    ).toBe('Inter-Departmental Ministerial Group on Modern Slavery');
    // Alone, a line with the name and the date is the title.
    expect(
      readHeader(['Cumbria Modern Slavery Partnership – Minutes of meeting, 14 March 2019']).title,
    ).toContain('Cumbria Modern Slavery Partnership');
  });
});

describe('a line written twice at the top of one page', () => {
  it('is no running header: two attendees of one body alike after a break are kept', () => {
    const lines = [
      'IDMG minutes',
      '',
      'Attendees:',
      'Scotland Office\tOfficial (for David Mundell MP)',
      '',
      'Page 1 of 3',
      '\f',
      'Scottish Executive\tOfficial (for Kenny MacAskill MSP - via videolink)',
      'Scottish Executive\tOfficial (for Kenny MacAskill MSP - via videolink)',
      '',
      'Apologies:',
    ];
    expect(removePageFurniture(lines).filter((l) => l.trim() !== '')).toEqual([
      'IDMG minutes',
      'Attendees:',
      'Scotland Office\tOfficial (for David Mundell MP)',
      'Scottish Executive\tOfficial (for Kenny MacAskill MSP - via videolink)',
      'Scottish Executive\tOfficial (for Kenny MacAskill MSP - via videolink)',
      'Apologies:',
    ]);
  });
});

describe('a label wrapped straight after its owners', () => {
  it('joins "ACTION: Secretariat" to the "to publish …" under it, and nothing else', () => {
    expect(
      joinWrappedLabels([
        'The minutes were agreed. ACTION: Secretariat',
        'to publish the agreed minutes on GOV.UK.',
        'The Group noted the report. ACTION: DfE.',
        'to the Group, thanks were given.',
      ]),
    ).toEqual([
      'The minutes were agreed. ACTION: Secretariat to publish the agreed minutes on GOV.UK.',
      'The Group noted the report. ACTION: DfE.',
      'to the Group, thanks were given.',
    ]);
  });

  it('after a dash too, with long owners, and broken after "to" as well as before it', () => {
    expect(
      joinWrappedLabels([
        'Action – Westshire County Council Trading Standards and Westshire Police',
        'to agree a joint checklist for car wash visits.',
        'Action – Westford Borough Council Housing and Westshire Police to',
        'report on emergency placements at the next meeting.',
        'Action – None. The next item was taken',
        'with the last.',
      ]),
    ).toEqual([
      'Action – Westshire County Council Trading Standards and Westshire Police to agree a joint checklist for car wash visits.',
      'Action – Westford Borough Council Housing and Westshire Police to report on emergency placements at the next meeting.',
      'Action – None. The next item was taken',
      'with the last.',
    ]);
  });
});

describe('a running footer before each page break', () => {
  it('goes, so an action cut by the break reads as one', () => {
    const footer = 'Strategy Board minutes – 3 February 2016';
    const lines = [
      'ACTION: Salvation Army to agree a plan for additional safe house',
      '',
      footer,
      '\f',
      'places in London by 31 March 2016.',
      '',
      'The meeting closed.',
      '',
      footer,
    ];
    expect(removePageFurniture(lines).filter((l) => l.trim() !== '')).toEqual([
      'ACTION: Salvation Army to agree a plan for additional safe house',
      'places in London by 31 March 2016.',
      'The meeting closed.',
    ]);
    // A line that only once ends a page is text.
    expect(
      removePageFurniture(['The Board met.', '\f', 'It agreed.']).filter((l) => l.trim() !== ''),
    ).toEqual(['The Board met.', 'It agreed.']);
  });
});

describe('a header on the pages after the first only (Word\'s "different first page")', () => {
  it('goes when it names the document as its first page does, or by a short name with its date', () => {
    const lines = [
      'Westshire County Council',
      'Anti-Slavery Working Group',
      '',
      'Action: Westshire Police to arrange joint visits to',
      '\f',
      'Anti-Slavery Working Group – 11 July 2013',
      '',
      'the nail bars in Kingsmere by 30 September 2013.',
    ];
    expect(removePageFurniture(lines).filter((l) => l.trim() !== '')).toEqual([
      'Westshire County Council',
      'Anti-Slavery Working Group',
      'Action: Westshire Police to arrange joint visits to',
      'the nail bars in Kingsmere by 30 September 2013.',
    ]);
    // A short name for the minutes with the meeting's own date, as the first page gives it.
    const named = [
      'IDMG',
      '12 February 2013',
      '',
      'SOCA to publish the',
      '2',
      '\f',
      'IDMG minutes - 12 February 2013',
      'assessment.',
    ];
    expect(removePageFurniture(named).filter((l) => l.trim() !== '')).toEqual([
      'IDMG',
      '12 February 2013',
      'SOCA to publish the',
      'assessment.',
    ]);
    // With another date it names some other paper's page.
    const other = ['IDMG', '12 February 2013', '', 'Text.', '\f', 'IDMG minutes - 4 June 2012', 'More.'];
    expect(removePageFurniture(other).filter((l) => l.trim() !== '')).toContain('IDMG minutes - 4 June 2012');
    // The title with words of its own after it is a line of the minutes, as is the first page's title.
    const kept = [
      'Anti-Slavery Working Group',
      '',
      'Text.',
      '\f',
      'Anti-Slavery Working Group terms of reference',
    ];
    expect(removePageFurniture(kept).filter((l) => l.trim() !== '')).toEqual([
      'Anti-Slavery Working Group',
      'Text.',
      'Anti-Slavery Working Group terms of reference',
    ]);
  });
});

describe('letters in brackets standing for the words before them', () => {
  it('are taken out of an attendance entry with the words they stand for', () => {
    expect(withoutAcronym('Official - Home Office (HO) (Secretariat)')).toEqual({
      text: 'Official - Home Office (Secretariat)',
      acronym: 'HO',
      words: 'Home Office',
    });
    expect(withoutAcronym('Official - Department for Work and Pensions (DWP)')?.words).toBe(
      'Department for Work and Pensions',
    );
    // "Official (DH)" names a body the letters do not stand for in the words before them.
    expect(withoutAcronym('Official (DH)')).toBeNull();
  });

  it('reads letters in mixed case whose small letters stand for the small words ("(DfE)", "(MoJ)")', () => {
    expect(withoutAcronym('Department for Education (DfE)')).toEqual({
      text: 'Department for Education',
      acronym: 'DfE',
      words: 'Department for Education',
    });
    expect(withoutAcronym('Ministry of Justice (MoJ)')?.words).toBe('Ministry of Justice');
    // A role in brackets, or letters that stand for no words before them, stay.
    expect(withoutAcronym('Official (Chair)')).toBeNull();
    expect(withoutAcronym('Home Office (DfE)')).toBeNull();
    expect(withoutAcronym('Law Centre (NI)')).toBeNull();
  });
  it('counts each part of a hyphenated word, and lets the letters leave out a last "Office"', () => {
    expect(withoutAcronym("Independent Anti-Slavery Commissioner's Office (IASC)")).toEqual({
      text: "Independent Anti-Slavery Commissioner's Office",
      acronym: 'IASC',
      words: "Independent Anti-Slavery Commissioner's Office",
    });
    expect(withoutAcronym('Inter-Departmental Ministerial Group (IDMG)')?.words).toBe(
      'Inter-Departmental Ministerial Group',
    );
    // Only a word saying what kind of body it is may be left out.
    expect(withoutAcronym('Independent Anti-Slavery Commissioner Kingsmere (IASC)')).toBeNull();
  });
});

describe('text hard-wrapped at a fixed width', () => {
  const wrapped = [
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
  ];

  it('finds the width prose was wrapped at, and none in a document of long lines', () => {
    expect(wrapWidth(wrapped)).toBe(71);
    expect(wrapWidth(wrapped.map((l) => `${l} ${l} ${l}`))).toBeNull();
  });

  it('joins a full line with the line that finishes its sentence, and leaves headings, labels and lists', () => {
    expect(unwrapLines(wrapped)).toEqual([
      'East Midlands Anti-Trafficking Partnership',
      'Minutes: 11 September 2019',
      '',
      'The meeting was chaired by Ruth Baker (Nottinghamshire Police). Also present were Sam Okafor (Nottingham City Council), Jane Pryce (Derbyshire County Council) and Luke Moss (Hope for Justice). Apologies were received from Anna Kowalski (Leicestershire Police).',
      '',
      '1. Training',
      'Hope for Justice offered training for council housing officers and the council agreed to take it up across the four districts this autumn.',
      'Action: Hope for Justice to deliver two training sessions for housing officers by 31 October 2019.',
    ]);
  });

  it('takes the tab after a Word list number for no column: its paragraph is joined too', () => {
    const council = [
      ...wrapped,
      '',
      'a)\tInspector Ng reported on joint visits with Trading Standards to the',
      'premises identified in the spring.',
    ];
    expect(unwrapLines(council)).toContain(
      'a)\tInspector Ng reported on joint visits with Trading Standards to the premises identified in the spring.',
    );
  });

  it('finds the width of a short wrapped note from its longest lines', () => {
    const note = [
      'Present: DCI Amy Shaw (Modern Slavery Police Transformation Unit)',
      '(Chair); DI Ben Cole (Avon and Somerset Police); DS Cara Neal (Kent',
      'Police)',
      'Action: Avon and Somerset Police to circulate the tasking template by',
      '22/06/18.',
    ];
    expect(wrapWidth(note)).toBe(69);
    expect(unwrapLines(note)).toEqual([
      'Present: DCI Amy Shaw (Modern Slavery Police Transformation Unit) (Chair); DI Ben Cole (Avon and Somerset Police); DS Cara Neal (Kent Police)',
      'Action: Avon and Somerset Police to circulate the tasking template by 22/06/18.',
    ]);
  });

  it('joins the rest of a name with its body under a list broken inside the name, and a square bracket the wrap broke', () => {
    const note = [
      'On the call: Ruth Baker (Nottinghamshire Police) - chair; Sam Okafor',
      '(Nottingham City Council); Jane Pryce (Derbyshire County Council); Luke',
      'Moss (Hope for Justice)',
      'Not on the call: Helen Ward (Leicestershire Police)',
      '',
      'Agreed actions:',
      '1. Share the results of the week of action with all partners [GMP]',
      '2. Brief housing officers on the referral route [Manchester City',
      'Council]',
    ];
    expect(unwrapLines(note)).toEqual([
      'On the call: Ruth Baker (Nottinghamshire Police) - chair; Sam Okafor (Nottingham City Council); Jane Pryce (Derbyshire County Council); Luke Moss (Hope for Justice)',
      'Not on the call: Helen Ward (Leicestershire Police)',
      '',
      'Agreed actions:',
      '1. Share the results of the week of action with all partners [GMP]',
      '2. Brief housing officers on the referral route [Manchester City Council]',
    ]);
  });

  it('reads a list of apologies broken after "and" as going on', () => {
    const parsed = parseMinutes(
      [
        'Modern Slavery Threat Group',
        'Record of meeting - 12 November 2014',
        '',
        'Apologies: received from Official (British Transport Police) and',
        'Official (Police Scotland)',
        '',
        '1. Threat assessment',
        'Text.',
      ].join('\n'),
    );
    expect(parsed.apologies).toEqual([
      { organisation: 'British Transport Police', name: 'Official' },
      { organisation: 'Police Scotland', name: 'Official' },
    ]);
  });

  it("joins a label's word in lower case under a line broken mid-sentence, and a label in emphasis", () => {
    const note = [
      ...wrapped,
      '',
      'The meeting was chaired by Helen Doyle (Westshire County Council). Also',
      'present: Insp Ruth Adeyemi (Westshire Police); Anne Read (Salvation Army).',
      '',
      '*Action (Westshire County Council):* scope options for emergency',
      'accommodation with the district councils.',
    ];
    expect(unwrapLines(note).slice(-3)).toEqual([
      'The meeting was chaired by Helen Doyle (Westshire County Council). Also present: Insp Ruth Adeyemi (Westshire Police); Anne Read (Salvation Army).',
      '',
      '*Action (Westshire County Council):* scope options for emergency accommodation with the district councils.',
    ]);
  });

  it('leaves a list label in emphasis on its own line under a wrapped list ("*Apologies:* …")', () => {
    const note = [
      ...wrapped,
      '',
      '*Attendees:* Ruth Bell (Salvation Army, Chair), Hannah Cole (Home',
      'Office, Secretariat), Graham Kerr (NCA), Tom Price (DWP)',
      '*Apologies:* Joanna Pike (CPS)',
    ];
    expect(unwrapLines(note).slice(-2)).toEqual([
      '*Attendees:* Ruth Bell (Salvation Army, Chair), Hannah Cole (Home Office, Secretariat), Graham Kerr (NCA), Tom Price (DWP)',
      '*Apologies:* Joanna Pike (CPS)',
    ]);
  });

  it("joins the rest of a deputy's name, a role after a dash and an address cut after its number", () => {
    const note = [
      ...wrapped,
      '',
      'Amy Lister <amy.lister@homeoffice.example.gov.uk> (Home Office) -',
      'Secretariat',
      '- Official (**Department of Justice (Northern Ireland)**) – for David',
      'Lyle MLA',
      '',
      '5. Officials will next meet on 14 June 2016 at 14:00 in Room 7.12, 2',
      'Marsham Street.',
    ];
    expect(unwrapLines(note).slice(-4)).toEqual([
      'Amy Lister <amy.lister@homeoffice.example.gov.uk> (Home Office) - Secretariat',
      '- Official (**Department of Justice (Northern Ireland)**) – for David Lyle MLA',
      '',
      '5. Officials will next meet on 14 June 2016 at 14:00 in Room 7.12, 2 Marsham Street.',
    ]);
  });

  it("joins a bracket's longer close, a close two lines down, and an owner after a dash under a numbered task", () => {
    const note = [
      ...wrapped,
      '',
      'ALSO PRESENT: Sgt Priya Lal (Westshire Police), Tom Lister (Kingsmere',
      'Borough Council, Clerk)',
      "Anna Lowe, Independent Anti-Slavery Commissioner's Office (deputising",
      'for',
      'Kevin Hyland)',
      '1. Produce a problem profile of nail bars in the region (by 30/06/2017)',
      '– **West Yorkshire Police**',
    ];
    expect(unwrapLines(note).slice(-3)).toEqual([
      'ALSO PRESENT: Sgt Priya Lal (Westshire Police), Tom Lister (Kingsmere Borough Council, Clerk)',
      "Anna Lowe, Independent Anti-Slavery Commissioner's Office (deputising for Kevin Hyland)",
      '1. Produce a problem profile of nail bars in the region (by 30/06/2017) – **West Yorkshire Police**',
    ]);
  });

  it('joins a tag in square brackets alone on its line to the task above it', () => {
    const note = [
      ...wrapped,
      '',
      "Circulate the GLAA's construction protocol to members of the Group [GLAA]",
      '[29/03/2019]',
    ];
    expect(unwrapLines(note).slice(-1)).toEqual([
      "Circulate the GLAA's construction protocol to members of the Group [GLAA] [29/03/2019]",
    ]);
  });

  it("joins a task's owners and due fields cut after a comma or a semicolon where no width is found", () => {
    const long =
      'DI Price described the new investigator course, which runs for five days at the regional centre and is open to every force in the region.';
    const note = [
      '2. Training',
      long,
      'Agree the dates for the next two courses; Owner: Westshire Police;',
      'Target date: 31 May 2019.',
      'Offer places to Police Scotland officers; Owners: Westshire Police,',
      'Police Scotland',
      '',
      'Officials from Westshire Police and Police Scotland attended the meeting,',
      'Present: Tom Bell (NCA)',
    ];
    expect(wrapWidth(note)).toBeNull();
    expect(unwrapLines(note)).toEqual([
      '2. Training',
      long,
      'Agree the dates for the next two courses; Owner: Westshire Police; Target date: 31 May 2019.',
      'Offer places to Police Scotland officers; Owners: Westshire Police, Police Scotland',
      '',
      'Officials from Westshire Police and Police Scotland attended the meeting,',
      'Present: Tom Bell (NCA)',
    ]);
  });

  it('joins single-spaced paragraphs under an item heading, each ending at its sentence', () => {
    const note = [
      ...wrapped,
      '',
      '1. Welcome, attendance and apologies',
      'Present were Gemma Ford (Avon and Somerset Police), who chaired, Ian',
      'West (Bristol City Council), Ruth Ogden (Unseen) and Kay Lamb (Home',
      'Office), who took the notes.',
      'Apologies were received from Tim Shaw (Devon and Cornwall Police) and',
      'Amy Rees (Gloucestershire Constabulary).',
    ];
    expect(unwrapLines(note).slice(-3)).toEqual([
      '1. Welcome, attendance and apologies',
      'Present were Gemma Ford (Avon and Somerset Police), who chaired, Ian West (Bristol City Council), Ruth Ogden (Unseen) and Kay Lamb (Home Office), who took the notes.',
      'Apologies were received from Tim Shaw (Devon and Cornwall Police) and Amy Rees (Gloucestershire Constabulary).',
    ]);
  });

  it('ends a paragraph at a sentence with a mark in brackets after it, not at a list letter', () => {
    const note = [
      ...wrapped,
      '',
      '2. Helpline data',
      'Unseen presented the helpline data for the last quarter. Unseen will',
      'share the data by region with the Home Office. (Action)',
      'Members discussed the rise in calls about car washes.',
      '',
      "Imran Qureshi described the council's e-learning module, which 1,400",
      'staff have now completed. The network agreed the following actions: (a)',
      'Bradford Council to adopt the module for its own staff; (b) Leeds City',
      'Council to share the module with the other councils in the region.',
    ];
    expect(unwrapLines(note).slice(-5)).toEqual([
      '2. Helpline data',
      'Unseen presented the helpline data for the last quarter. Unseen will share the data by region with the Home Office. (Action)',
      'Members discussed the rise in calls about car washes.',
      '',
      "Imran Qureshi described the council's e-learning module, which 1,400 staff have now completed. The network agreed the following actions: (a) Bradford Council to adopt the module for its own staff; (b) Leeds City Council to share the module with the other councils in the region.",
    ]);
  });

  it("joins the rest of an attendance list's last entry: a role after a dash, a surname alone", () => {
    const note = [
      ...wrapped,
      '',
      'Attending: Priti Shah (West Midlands Police) – chair; Tom Wade',
      "(Birmingham City Council); Ann Lee (Barnardo's); Kim Ross (Home Office)",
      '– secretariat',
      'Home Office: Sarah Whitcombe (Chair), Tom Bell (Secretariat), Daniel',
      'Osei',
    ];
    expect(unwrapLines(note).slice(-2)).toEqual([
      "Attending: Priti Shah (West Midlands Police) – chair; Tom Wade (Birmingham City Council); Ann Lee (Barnardo's); Kim Ross (Home Office) – secretariat",
      'Home Office: Sarah Whitcombe (Chair), Tom Bell (Secretariat), Daniel Osei',
    ]);
    // A heading's word under a list whose last entry is whole is no part of it.
    const headed = [
      ...wrapped,
      '',
      'Participants: Tom Ashdown (NCA), Priya Shah (Home Office), Megan Rhys (Welsh Government)',
      'Summary',
    ];
    expect(unwrapLines(headed).slice(-1)).toEqual(['Summary']);
  });

  it('joins a role in brackets alone under a long list entry, in text with no width to find', () => {
    const list = [
      '## Attendees',
      '',
      '- **Home Office** – Official (*Chair*)',
      "- **Independent Anti-Slavery Commissioner's Office** – Official",
      '(*Observer*)',
      '- **BEIS** – Official',
    ];
    expect(unwrapLines(list)).toEqual([
      '## Attendees',
      '',
      '- **Home Office** – Official (*Chair*)',
      "- **Independent Anti-Slavery Commissioner's Office** – Official (*Observer*)",
      '- **BEIS** – Official',
    ]);
  });

  it("starts a checklist's entry on its own line, however the line above broke off", () => {
    const list = [
      ...wrapped,
      '',
      '[ ] Send the return interview figures for Q2 to the Board – Ellie Marsh',
      "[ ] Circulate ECPAT UK's briefing on guardians by 22 November 2024 –",
      'Anna Kowalska',
    ];
    expect(unwrapLines(list).slice(-2)).toEqual([
      '[ ] Send the return interview figures for Q2 to the Board – Ellie Marsh',
      "[ ] Circulate ECPAT UK's briefing on guardians by 22 November 2024 – Anna Kowalska",
    ]);
  });

  it('joins a date the break cut in two', () => {
    const cut = [
      ...wrapped,
      '',
      'The Board will consider the evaluation at its meeting on Thursday 14',
      'March 2019.',
    ];
    expect(unwrapLines(cut).at(-1)).toBe(
      'The Board will consider the evaluation at its meeting on Thursday 14 March 2019.',
    );
  });

  it('joins the line that closes a bracket the full line above left open', () => {
    const bullets = [
      ...wrapped,
      '',
      '- **Department of Justice (Northern Ireland)** – Official (for David Lyle',
      'MLA)',
      '- **IASC** – Official',
    ];
    expect(unwrapLines(bullets).slice(-2)).toEqual([
      '- **Department of Justice (Northern Ireland)** – Official (for David Lyle MLA)',
      '- **IASC** – Official',
    ]);
  });

  it('joins a numbered paragraph wrapped at the width, and leaves a wrapped title alone', () => {
    const items = [
      ...wrapped,
      '',
      'ITEM 2: ANNUAL REPORT ON MODERN SLAVERY',
      '',
      '3. The Home Office presented the timetable for the 2018 UK Annual Report',
      'on Modern Slavery, which will be published in October.',
      '',
      '4. Review of the National Referral Mechanism: interim findings and the',
      'next steps',
    ];
    expect(unwrapLines(items).slice(-5)).toEqual([
      '',
      '3. The Home Office presented the timetable for the 2018 UK Annual Report on Modern Slavery, which will be published in October.',
      '',
      '4. Review of the National Referral Mechanism: interim findings and the',
      'next steps',
    ]);
  });

  it('joins a list line wrapped under a hanging indent, and leaves a body over its indented people', () => {
    const grouped = [
      'Present:',
      'Home Office: Sarah Whitcombe (Chair), Daniel Osei (Secretariat), Priya',
      '  Natarajan',
      'NCA: Graham Kerr',
      '',
      'Salvation Army',
      '  Anne Read',
      '  Bob Wilkes',
    ];
    expect(unwrapLines(grouped)).toEqual([
      'Present:',
      'Home Office: Sarah Whitcombe (Chair), Daniel Osei (Secretariat), Priya Natarajan',
      'NCA: Graham Kerr',
      '',
      'Salvation Army',
      '  Anne Read',
      '  Bob Wilkes',
    ]);
  });

  it("joins a reflowed item's line that breaks off on a word no title ends with, its next line starting with a date", () => {
    const reflowed = [
      ...wrapped,
      '',
      '2. Annual report Actions: Home Office to lay the annual report before the House by',
      '18 October 2019.  Home Office presented the final draft of the annual report.',
    ];
    expect(unwrapLines(reflowed).slice(-1)).toEqual([
      '2. Annual report Actions: Home Office to lay the annual report before the House by 18 October 2019.  Home Office presented the final draft of the annual report.',
    ]);
  });

  it('joins a long line broken mid-sentence in text of short lines (no width to find)', () => {
    const short = [
      'Attendees',
      'DCI Amy Ross, Westshire Police (Chair)',
      'DS Carl Whyte, Greater Manchester Police',
      'DI Simon Price, Westshire Police',
      'Lisa Grant, Police Scotland',
      'Mark Dunn, NCA (Secretariat)',
      'Ruth Baker, Nottinghamshire Police',
      'Sam Okafor, Nottingham City Council',
      '',
      '1. Regional returns',
      "Each lead presented the quarter's return.",
      '[NCA] Collate the regional returns into a national picture by 3 May',
      '2019.',
      '[Greater Manchester Police] Share the Operation Finch debrief with the',
      'other leads.',
      'DI Price described the new investigator course for detectives in the',
      'North West Region',
    ];
    expect(wrapWidth(short)).toBeNull();
    expect(unwrapLines(short).slice(11)).toEqual([
      '[NCA] Collate the regional returns into a national picture by 3 May 2019.',
      '[Greater Manchester Police] Share the Operation Finch debrief with the other leads.',
      // In capitals, the line under may be the next entry: with no width, it is left alone.
      'DI Price described the new investigator course for detectives in the',
      'North West Region',
    ]);
  });

  it('joins a bracket\'s close alone on its line ("(Item" over "3)"), in text wrapped or not', () => {
    const fields = [
      'Actions',
      '',
      'Action 2: Report on the Northern Ireland bill at the next meeting (Item',
      '3)',
      'Owner: DOJ Northern Ireland',
      '',
      '1) A list entry under a closed bracket (Item 4)',
      '2) stays apart',
    ];
    expect(unwrapLines(fields)).toEqual([
      'Actions',
      '',
      'Action 2: Report on the Northern Ireland bill at the next meeting (Item 3)',
      'Owner: DOJ Northern Ireland',
      '',
      '1) A list entry under a closed bracket (Item 4)',
      '2) stays apart',
    ]);
  });

  it('keeps the entries of a list apart, however long, and joins a word broken at a hyphen', () => {
    const list = [
      ...wrapped,
      '',
      'Present:',
      'Helen Ashworth, Department for International Development (deputising)',
      'Gillian Reid, Scottish Government Justice Directorate, Edinburgh',
      '',
      'The Crown Prosecution Service will circulate the revised guid-',
      'ance to police forces by 30 January 2015.',
    ];
    const out = unwrapLines(list);
    expect(out).toContain('Helen Ashworth, Department for International Development (deputising)');
    expect(out).toContain('Gillian Reid, Scottish Government Justice Directorate, Edinburgh');
    expect(out).toContain(
      'The Crown Prosecution Service will circulate the revised guidance to police forces by 30 January 2015.',
    );
  });
});

describe('a two-column attendance list that names each body on its first person’s row only', () => {
  it('gives the rows below with the person alone the body above, with tabs or aligned spaces', () => {
    expect(
      groupedAttendance([
        'Attendees:',
        '',
        'Home Office\tMartin Hale MP <i>CHAIR</i>',
        '\tOfficial',
        '\tOfficial <i>SECRETARIAT</i>',
        'SOCA\tOfficial',
        '\tOfficial',
        '',
        'Present:',
        'Home Office        Sarah Whitcombe (Chair)',
        '                   Priya Natarajan (Secretariat)',
        'NCA                Graham Kerr',
      ]),
    ).toEqual([
      'Attendees:',
      '',
      'Home Office\tMartin Hale MP <i>CHAIR</i>',
      'Home Office\tOfficial',
      'Home Office\tOfficial <i>SECRETARIAT</i>',
      'SOCA\tOfficial',
      'SOCA\tOfficial',
      '',
      'Present:',
      'Home Office        Sarah Whitcombe (Chair)',
      'Home Office        Priya Natarajan (Secretariat)',
      'NCA                Graham Kerr',
    ]);
  });

  it('leaves a heading far to the right below a blank line, and wrapped words that are no person', () => {
    const lines = [
      'Apologies',
      'Welsh Government                   Paul Rees',
      '',
      '                                                   Action by',
      '1. Minutes of the last meeting',
      'Present:',
      'Home Office        Head of the Modern Slavery',
      '                   and Human Trafficking Unit',
    ];
    expect(groupedAttendance(lines)).toEqual(lines);
  });
});

describe('a margin on every line', () => {
  it('is taken off, blank lines and page breaks aside, columns kept relative to one another', () => {
    expect(dedent(['    From: Jo Smith', '', '    Present:', '\f', '      Home Office   Official'])).toEqual([
      'From: Jo Smith',
      '',
      'Present:',
      '\f',
      '  Home Office   Official',
    ]);
    const flush = ['Minutes', '    indented'];
    expect(dedent(flush)).toEqual(flush);
  });

  it('reads an email whose every line an export indented as it reads the email', () => {
    const text = [
      'From: Board Secretariat',
      'Sent: 25 July 2013 16:42',
      'Subject: Minutes – Strategy Board – 18 July 2013',
      '',
      'HUMAN TRAFFICKING STRATEGY BOARD',
      'Minutes of the meeting held on Thursday 18 July 2013',
      '',
      'Attendees: Official (Home Office); Official (NCA)',
      '',
      '1. Update',
      'Action: NCA to circulate the assessment.',
    ];
    const indented = parseMinutes(text.map((l) => (l === '' ? l : `    ${l}`)).join('\n'));
    expect(indented.meeting).toEqual(parseMinutes(text.join('\n')).meeting);
    expect(indented.meeting.date).toBe('2013-07-18');
  });
});

describe('lineContext', () => {
  const lines = ['Minutes', '', 'Actions', '- NCA to report.', 'Key actions', '2. AOB', 'None.'];
  it('says whether a line stands under a blank, between lines of text, or over a list', () => {
    expect(lineContext(lines, 0)).toEqual({
      standsAlone: false,
      amidText: false,
      overList: false,
      above: null,
      below: null,
    });
    expect(lineContext(lines, 2)).toEqual({
      standsAlone: true,
      amidText: false,
      overList: true,
      above: null,
      below: '- NCA to report.',
    });
    expect(lineContext(lines, 4)).toEqual({
      standsAlone: false,
      amidText: true,
      overList: true,
      above: '- NCA to report.',
      below: '2. AOB',
    });
    expect(lineContext(lines, 6)).toEqual({
      standsAlone: false,
      amidText: false,
      overList: false,
      above: '2. AOB',
      below: null,
    });
  });
});

describe('splitReflowedHeadings: numbered paragraphs run on after a title or a sentence', () => {
  it('starts the item\'s "N.M" paragraph on a line of its own, after the title or a finished sentence', () => {
    expect(
      splitReflowedHeadings([
        '2. The annual report The Commissioner presented his report. Actions: Home Office to prepare the response. IASC to share the data. 2.1 Members welcomed the report.',
        '',
        '4. AOB 4.1 The next meeting will be held on 11 October 2016, from 2.00 pm to 3.30 pm at 2 Marsham Street.',
      ]),
    ).toEqual([
      '2. The annual report',
      'The Commissioner presented his report. Actions: Home Office to prepare the response. IASC to share the data.',
      '2.1 Members welcomed the report.',
      '',
      '4. AOB',
      '4.1 The next meeting will be held on 11 October 2016, from 2.00 pm to 3.30 pm at 2 Marsham Street.',
    ]);
  });

  it("leaves another item's number, and one inside a sentence, where it stands", () => {
    const line = 'The Group noted paragraph 3.2 of the report. See item 3.1 Annex for the figures.';
    expect(splitReflowedHeadings(['2. Data', line])).toEqual(['2. Data', line]);
  });
});

describe('an owner field over an "Action:" line', () => {
  it('reads "Owner:" over "Action:" over "Due:" as one block of fields', () => {
    expect(
      readFieldBlock(
        ['Owner: Unseen', 'Action: publish the annual report', 'Due: 30/09/2017', '', 'Next'],
        0,
      ),
    ).toEqual({
      fields: ['Owner: Unseen', 'What: publish the annual report', 'Due: 30/09/2017'],
      consumed: 3,
    });
    // An "Action:" line first is a label, read as labels are.
    expect(readFieldBlock(['Action: publish the annual report', 'Owner: Unseen'], 0)).toBeNull();
  });
});

describe('a list label with a qualifier, and owner fields named for officers', () => {
  it('starts a line at "Attendees (online):" under a full line', () => {
    const lines = [
      'Notes of the meeting of the sub-group held on 21 September 2021 at 2 Marsham Street in London.',
      'The sub-group met in person and online, and the Chair welcomed the members at the start.',
      'Attendees (in person): Laura Finch (Home Office, chair); Will Kerr (NCA); Jo Bell (DfE)',
      'Attendees (online): Sophie Adams (Migrant Help); Owen Pritchard (Welsh Government)',
    ];
    expect(unwrapLines(lines).slice(-2)).toEqual(lines.slice(-2));
  });

  it('reads "Responsible officer:" over "Action:" as one block of fields', () => {
    expect(readFieldBlock(['Responsible officer: Unseen', 'Action: arrange a session'], 0)?.fields).toEqual([
      'Responsible officer: Unseen',
      'What: arrange a session',
    ]);
  });
});

describe('a page’s header standing over its number once', () => {
  it('drops the header and "Page 2 of 3" a break leaves in an action, the header seen on one page only', () => {
    const lines = [
      'Action: Gangmasters Licensing Authority and Westshire Police to visit the three farms',
      '\f',
      'Kingsmere District Council – Working Group – 12 March 2014',
      'Page 2 of 3',
      'by 30 April 2014.',
    ];
    expect(removePageFurniture(lines).filter((l) => l.trim() !== '')).toEqual([lines[0], lines[4]]);
    // A sentence over a page number is the page's text, not its header.
    const text = ['The group agreed.', '\f', 'Members noted the figures.', 'Page 2 of 3'];
    expect(removePageFurniture(text).filter((l) => l.trim() !== '')).toEqual([text[0], text[2]]);
  });
});

describe('ownersColumnLast', () => {
  it('puts an owner column standing first ("Action by ⇥ Minute") last, as the reader reads owners', () => {
    expect(
      ownersColumnLast([
        'Action by\tMinute',
        '\t1. Operation Foxglove',
        'Westshire Police\t1.1 DS Price described the operation. Westshire Police to report back.',
        '',
        'Present: Official (NCA)',
      ]),
    ).toEqual([
      '\tAction by',
      '1. Operation Foxglove',
      '1.1 DS Price described the operation. Westshire Police to report back.\tWestshire Police',
      '',
      'Present: Official (NCA)',
    ]);
  });

  it('reads the columns parted by spaces, aligned or not, and leaves other tables alone', () => {
    expect(
      ownersColumnLast([
        'Owner        Discussion',
        '             1. Data',
        'NCA          1.1 NCA to circulate the',
        '             figures.',
      ]),
    ).toEqual(['\tOwner', '1. Data', '1.1 NCA to circulate the\tNCA', 'figures.']);
    // Tabs expanded to tab stops keep no column: the owners end at the first gap.
    expect(
      ownersColumnLast([
        'Action by       Minute',
        '        1. Data',
        'Westshire Police        1.1 Police to report.',
      ]),
    ).toEqual(['\tAction by', '1. Data', '1.1 Police to report.\tWestshire Police']);
    const other = ['Action\tOwner\tDue', 'Circulate the note\tNCA\t3 May'];
    expect(ownersColumnLast(other)).toEqual(other);
  });

  it('gives the parse the owners of the sentence beside them', () => {
    const parsed = parseMinutes(
      [
        'Sub-Group minutes, 15 September 2016',
        '',
        'Present: Cllr Ruth Dale (Chair), North Westshire District Council; DS Ian Price, Westshire Police',
        '',
        'Action by          Minute',
        '                   1. Operation Foxglove',
        'Westshire Police   1.1 DS Price described the operation. Westshire Police to report the',
        '                   outcome to the next meeting.',
        '                   2. AOB',
        '                   2.1 None.',
      ].join('\n'),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Westshire Police'], 'Westshire Police to report the outcome to the next meeting', '1'],
    ]);
  });
});

describe('headings drawn with a rule under them', () => {
  it('are Markdown headings, a title between two rules too; a rule under a paragraph underlines nothing', () => {
    expect(
      underlinedHeadings([
        '=====',
        'Working Group – Minutes',
        '=====',
        '',
        'Apologies',
        '---------',
        '* Mo Farooq, HMRC',
        '',
        'Items',
        '-----',
        'The Group met in the morning and',
        'agreed the plan.',
        '-----',
      ]),
    ).toEqual([
      '# Working Group – Minutes',
      '',
      '## Apologies',
      '* Mo Farooq, HMRC',
      '',
      '## Items',
      'The Group met in the morning and',
      'agreed the plan.',
      '-----',
    ]);
  });

  it('leave a table’s header and its rule alone', () => {
    const table = ['', 'Action    Owner', '------    -----', '', '| Item | Owner |', '|------|'];
    expect(underlinedHeadings(table)).toEqual(table);
  });
});

describe('a margin of line numbers', () => {
  const page = [
    '1   MINUTES OF THE PARTNERSHIP',
    '2   Held on 19 May 2015',
    '3',
    '4   Present: Mark Hill (Devon County Council)',
    '5',
    '6   1. Referrals',
    '7   The police reported a rise in referrals.',
    '8       An indented line keeps its indent.',
    '9   ACTION: Police to provide a breakdown.',
    '10  2. Awareness raising',
    '                          - 1 -',
  ];

  it('is taken off, the text keeping its own numbers and indents', () => {
    expect(withoutLineNumbers(page)).toEqual([
      'MINUTES OF THE PARTNERSHIP',
      'Held on 19 May 2015',
      '',
      'Present: Mark Hill (Devon County Council)',
      '',
      '1. Referrals',
      'The police reported a rise in referrals.',
      '    An indented line keeps its indent.',
      'ACTION: Police to provide a breakdown.',
      '2. Awareness raising',
      '                          - 1 -',
    ]);
  });

  it('is not a list numbered by its lines among paragraphs, nor numbered paragraphs', () => {
    // Twelve people numbered down the attendance, then the minutes' text.
    const list = [
      'Attendees',
      ...Array.from({ length: 12 }, (_, i) => `${i + 1} Person ${i + 1} (Home Office)`),
      '',
      ...Array.from({ length: 6 }, (_, i) => `Item ${i + 1}: the Group discussed the matter.`),
    ];
    // Ten paragraphs numbered without a stop, each over two lines.
    const paragraphs = Array.from({ length: 10 }, (_, i) => [
      `${i + 1} The Group discussed the matter and`,
      'agreed the way forward.',
    ]).flat();
    expect(withoutLineNumbers(list)).toEqual(list);
    expect(withoutLineNumbers(paragraphs)).toEqual(paragraphs);
  });
});

describe('a part in the meeting given by a clause of the attendance sentence', () => {
  it('is the person’s role for "who chaired"; "who took the notes" is a task, no role', () => {
    expect(
      attendanceSentence(
        'Present were Gemma Ford (Avon and Somerset Police), who chaired, Ian West (Bristol City Council) and Kay Lamb (Home Office), who took the notes.',
      ),
    ).toEqual({
      kind: 'attendees',
      entries: [
        'Gemma Ford (Avon and Somerset Police) (Chair)',
        'Ian West (Bristol City Council)',
        'Kay Lamb (Home Office)',
      ],
    });
  });
});

describe('two underlined headings with no blank line between them', () => {
  it('are two headings: the first one’s rule is no overline of the second', () => {
    expect(
      underlinedHeadings([
        'Monitoring Group',
        '================',
        'Minutes: 4 November 2014',
        '------------------------',
      ]),
    ).toEqual(['# Monitoring Group', '## Minutes: 4 November 2014']);
  });
});

describe('a box that gives no action', () => {
  it('reads "None", "No further action", "N/A", "–" and "Noted, no action" as none', () => {
    for (const said of ['None', 'No further action', 'N/A', '–', 'Noted, no action', 'None required']) {
      const { actions } = parseMinutes(
        [
          'Strategy Board',
          'Minutes of the meeting held on 12 February 2013',
          '',
          'Present: Official, NCA; Official, CPS',
          '',
          '1. Data',
          'The NCA presented the figures.',
          `Action: ${said}`,
          '',
          '2. AOB',
          'ACTION: CPS to share the guidance.',
        ].join('\n'),
      );
      expect(
        actions.map((a) => a.text),
        said,
      ).toEqual(['CPS to share the guidance']);
    }
  });
});

describe('a running header that shortens the title to its initials', () => {
  it('drops "IDMG on Modern Slavery – 10 March 2020 – OFFICIAL" at the top of a page, not a line naming another body', () => {
    const lines = (header: string) => [
      'Inter-Departmental Ministerial Group on Modern Slavery',
      'Minutes, 10 March 2020',
      '',
      '| Action | Owner | Due |',
      '|---|---|---|',
      '| Consult on the new offence of | MOJ | TBC |',
      '\f',
      header,
      '| failing to prevent exploitation | | |',
    ];
    expect(removePageFurniture(lines('IDMG on Modern Slavery – 10 March 2020 – OFFICIAL'))).not.toContain(
      'IDMG on Modern Slavery – 10 March 2020 – OFFICIAL',
    );
    // Letters that are no initials of the title, or words not in it: the text goes on.
    expect(removePageFurniture(lines('NCA on Modern Slavery – 10 March 2020'))).toContain(
      'NCA on Modern Slavery – 10 March 2020',
    );
    expect(removePageFurniture(lines('IDMG papers on victims – 10 March 2020'))).toContain(
      'IDMG papers on victims – 10 March 2020',
    );
  });
});

describe('minutes kept as LaTeX source (latexSource)', () => {
  const source = [
    '% minutes.tex -- the secretariat keeps its papers in LaTeX',
    '\\documentclass[11pt]{article}',
    '\\usepackage{booktabs}',
    '\\title{Westshire Partnership\\\\ Minutes of the meeting}',
    '\\date{Tuesday 11 March 2025}',
    '\\begin{document}',
    '\\maketitle',
    '\\section*{Present}',
    '\\begin{itemize}',
    '  \\item Cllr Helen Marsh, Westshire County Council (Chair)',
    '  \\item Insp.~David Cole, Westshire Police',
    '\\end{itemize}',
    '\\section{Minutes of the last meeting}',
    'Agreed. % a comment the page does not print',
    '\\section{Car washes}',
    'Visits to 14~sites -- with the GLAA\\@. Costs \\pounds 200 \\& more.',
    '\\subsection{Next steps}',
    '\\noindent\\textbf{Action:} Westshire Police to plan a second round of visits.',
    '\\begin{enumerate}',
    '  \\item First',
    '  \\item[(b)] Second',
    '\\end{enumerate}',
    '\\begin{tabular}{lp{6cm}l}',
    '\\toprule',
    '\\textbf{Owner} & \\textbf{Action} & \\textbf{Due} \\\\',
    '\\midrule',
    'GLAA & Share the list of licensed gangmasters & 30/04/2025 \\\\',
    '\\bottomrule',
    '\\end{tabular}',
    '\\end{document}',
  ];

  it('writes the page LaTeX would print: title, numbered sections, lists, bold labels and a pipe table', () => {
    expect(latexSource(source)).toEqual([
      'Westshire Partnership',
      'Minutes of the meeting',
      '',
      'Tuesday 11 March 2025',
      '',
      'Present',
      '',
      '- Cllr Helen Marsh, Westshire County Council (Chair)',
      '- Insp. David Cole, Westshire Police',
      '',
      '1. Minutes of the last meeting',
      '',
      'Agreed.',
      '',
      '2. Car washes',
      '',
      'Visits to 14 sites – with the GLAA. Costs £200 & more.',
      '',
      '2.1 Next steps',
      '',
      '**Action:** Westshire Police to plan a second round of visits.',
      '',
      '1. First',
      '(b) Second',
      '',
      '| Owner | Action | Due |',
      '|---|---|---|',
      '| GLAA | Share the list of licensed gangmasters | 30/04/2025 |',
      '',
    ]);
  });

  it('reads the minutes from it as from any other layout', () => {
    const minutes = parseMinutes(source.join('\n'));
    expect(minutes.meeting).toEqual({ title: 'Westshire Partnership', date: '2025-03-11' });
    expect(minutes.items.map((i) => i.number)).toEqual(['1', '2']);
    expect(minutes.actions).toEqual([
      {
        owners: ['Westshire Police'],
        text: 'Westshire Police to plan a second round of visits',
        item: '2',
        due: null,
      },
      { owners: ['GLAA'], text: 'Share the list of licensed gangmasters', item: '2', due: '2025-04-30' },
    ]);
  });

  it('leaves text that is no LaTeX as it was, and gives up on source it cannot parse in time', () => {
    const notes = ['Minutes', 'Files are in C:\\section{old}\\papers', '1. Data', '- \\item of the agenda'];
    expect(latexSource(notes)).toEqual(notes);
    const deep = ['\\documentclass{article}', '\\begin{document}', '{'.repeat(20_000), '\\end{document}'];
    expect(() => latexSource(deep)).not.toThrow();
  });
});

describe("a browser's printout of a web page", () => {
  it('drops the date-and-title header on every page, the first too, and the address-and-page footer', () => {
    const header =
      '05/12/2024, 16:42                                        Partnership Board minutes - Westshire Intranet';
    const footer = (n: number) =>
      `https://intranet.westshire.gov.uk/partnership/board/minutes/2024-12-03                           ${n}/2`;
    const lines = [
      header,
      '',
      'Westshire Partnership Board',
      'Minutes of the meeting held on 3 December 2024',
      'Action: Salvation Army to run a joint session for',
      '',
      footer(1),
      '\f',
      header,
      '',
      'call handlers by 31 January 2025.',
      '',
      footer(2),
      '\f',
    ];
    const kept = removePageFurniture(lines).filter((l) => l !== '');
    expect(kept).toEqual([
      'Westshire Partnership Board',
      'Minutes of the meeting held on 3 December 2024',
      'Action: Salvation Army to run a joint session for',
      'call handlers by 31 January 2025.',
    ]);
    // Printed once, on a page of its own, the stamp is no running header: left for the reader.
    expect(removePageFurniture(lines.slice(0, 7))).toContain(header);
  });
});
