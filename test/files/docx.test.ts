import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/minutes/document/model.js';
import { readDocx } from '../../src/minutes/files/docx.js';
import { parseDocument } from '../../src/minutes/index.js';
import {
  buildDocx,
  cell,
  control,
  p,
  pRaw,
  prompt,
  row,
  rowsTable,
  runs,
  table,
  tcRaw,
  textBox,
  tracked,
} from '../support/docx.js';
import {
  SEED_APOLOGIES,
  SEED_ATTENDEES,
  SEED_DATE,
  SEED_ITEMS,
  SEED_TITLE,
} from '../support/seed-minutes.js';

const expected = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/minutes/${name}.expected.json`, import.meta.url), 'utf8'));

const numbers = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === 'list-item' || b.kind === 'heading' ? [`${b.number ?? '•'} ${b.text}`] : [],
  );

describe('Word lists: the numbers Word shows', () => {
  it('counts on past an interrupting paragraph, restarts through lvlOverride, and writes "%1.%2" levels', () => {
    const doc = readDocx(
      buildDocx({
        numbering: {
          abstracts: [
            {
              id: 0,
              levels: [
                { format: 'decimal', text: '%1.' },
                { format: 'decimal', text: '%1.%2' },
              ],
            },
            { id: 1, levels: [{ format: 'bullet', text: '•' }] },
          ],
          nums: [
            { id: 1, abstract: 0 },
            // A second instance of the same list that Word restarts at 1.
            { id: 2, abstract: 0, startOverride: { level: 0, start: 1 } },
            { id: 3, abstract: 1 },
          ],
        },
        body: [
          p('Welcome', { num: { id: 1 } }),
          p('Minutes of the last meeting', { num: { id: 1 } }),
          p('A paragraph between the items (mammoth restarts the list here).'),
          p('Victim care', { num: { id: 1 } }),
          p('The contract', { num: { id: 1, level: 1 } }),
          p('The guidance', { num: { id: 1, level: 1 } }),
          p('Any other business', { num: { id: 1 } }),
          p('A bullet', { num: { id: 3 } }),
          p('Annex: first', { num: { id: 2 } }),
          p('Annex: second', { num: { id: 2 } }),
        ],
      }),
    );
    expect(numbers(doc.blocks)).toEqual([
      '1. Welcome',
      '2. Minutes of the last meeting',
      '3. Victim care',
      '3.1 The contract',
      '3.2 The guidance',
      '4. Any other business',
      '• A bullet',
      '1. Annex: first',
      '2. Annex: second',
    ]);
  });

  it('numbers a heading style that is linked to a list, and Heading styles become headings', () => {
    const doc = readDocx(
      buildDocx({
        styles: [{ id: 'Heading1', name: 'heading 1', num: { id: 1 } }],
        numbering: {
          abstracts: [{ id: 0, levels: [{ format: 'decimal', text: 'Item %1:', style: 'Heading1' }] }],
          nums: [{ id: 1, abstract: 0 }],
        },
        body: [p('Welcome', { style: 'Heading1' }), p('Text.'), p('Reports', { style: 'Heading1' })],
      }),
    );
    expect(doc.blocks.filter((b) => b.kind === 'heading')).toEqual([
      { kind: 'heading', level: 1, number: 'Item 1:', text: 'Welcome' },
      { kind: 'heading', level: 1, number: 'Item 2:', text: 'Reports' },
    ]);
  });
});

describe('Word content', () => {
  const minutes = (body: string[]) =>
    buildDocx({
      header: 'RESTRICTED – header text that must not be read',
      footer: 'Footer text that must not be read',
      body: [
        p('Inter-Departmental Ministerial Group on Human Trafficking'),
        p('Minutes of the meeting of 6 December 2012'),
        p('**Present:**'),
        table([
          ['Home Office', 'Damian Green MP', 'Chair'],
          ['UKHTC', 'Official', ''],
          ['DfE', 'Official', ''],
        ]),
        p('1. Data'),
        ...body,
      ],
    });

  it('reads a cell merged down several rows as each row’s, and a row across an action table as its item', () => {
    const doc = readDocx(
      buildDocx({
        body: [
          p('Modern Slavery Group'),
          p('Minutes of the meeting held on 20 March 2018'),
          p('**Attendees**'),
          rowsTable([
            row([cell('Department'), cell('Name'), cell('Role')], true),
            row([cell('Home Office', { merge: 'restart' }), cell('Jo Smith'), cell('Chair')]),
            row([cell('', { merge: 'continue' }), cell('Official'), cell('Secretariat')]),
            row([cell('NCA'), cell('Official'), cell('')]),
          ]),
          p('**1. Victim care**'),
          p('**2. Local authorities**'),
          p('**Actions**'),
          rowsTable([
            row([cell('Action'), cell('Owner'), cell('Due')], true),
            row([cell('Item 1 – Victim care', { span: 3 })]),
            row([cell('Set out the timetable for the contract'), cell('Home Office'), cell('')]),
            row([cell('Item 2 – Local authorities', { span: 3 })]),
            row([cell('Survey councils on the duty to notify'), cell('NCA'), cell('31 May 2018')]),
          ]),
        ],
      }),
    );
    const parsed = parseDocument(doc);
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Home Office', 'Jo Smith', 'CHAIR'],
      ['Home Office', 'Official', 'SECRETARIAT'],
      ['NCA', 'Official', null],
    ]);
    expect(parsed.actions.map((a) => [a.item, a.text, a.owners])).toEqual([
      ['1', 'Set out the timetable for the contract', ['Home Office']],
      ['2', 'Survey councils on the duty to notify', ['NCA']],
    ]);
  });

  it('reads tracked changes as accepted: insertions in, deletions out', () => {
    const parse = parseDocument(
      readDocx(
        minutes([
          p('The Group discussed the figures.'),
          tracked('Action: UKHTC to provide ', 'monthly', 'quarterly', ' figures on internal trafficking.'),
        ]),
      ),
    );
    expect(parse.actions).toEqual([
      {
        owners: ['UKHTC'],
        text: 'UKHTC to provide quarterly figures on internal trafficking',
        item: '1',
        due: null,
      },
    ]);
  });

  it('reads an Actions text box beside the discussion as a box of actions', () => {
    const doc = readDocx(
      minutes([
        textBox(
          ['Actions:', 'DfE to circulate the guidance by 14 January 2013.'],
          'The Group discussed the guidance.',
        ),
      ]),
    );
    expect(doc.blocks.some((b) => b.kind === 'aside')).toBe(true);
    expect(parseDocument(doc).actions).toEqual([
      {
        owners: ['DfE'],
        text: 'DfE to circulate the guidance by 14 January 2013',
        item: '1',
        due: '2013-01-14',
      },
    ]);
  });

  it('reads an arrow before a task, and a pictograph before an action label, as they are read in text', () => {
    const doc = readDocx(
      minutes([
        p('→ Newcastle City Council: publish the network plan by 31 March 2020'),
        p('👉 Action: NCA to share the referral figures.'),
        p('→ Members discussed the plan.'),
      ]),
    );
    expect(parseDocument(doc).actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [
        ['Newcastle City Council'],
        'Newcastle City Council: publish the network plan by 31 March 2020',
        '2020-03-31',
      ],
      [['NCA'], 'NCA to share the referral figures', null],
    ]);
  });

  it('takes an action marked by a bold "Action:" run, and leaves out headers and footers', () => {
    const doc = readDocx(minutes([p('The Group agreed the plan. **Action:** UKHTC to publish the plan.')]));
    const all = JSON.stringify(doc.blocks);
    expect(all).not.toContain('must not be read');
    expect(parseDocument(doc).actions).toEqual([
      { owners: ['UKHTC'], text: 'UKHTC to publish the plan', item: '1', due: null },
    ]);
  });

  it('reads a bold "ACTION: Body" run at a paragraph’s end as the marker of the sentence before it', () => {
    const doc = readDocx(
      minutes([
        p(
          'UKHTC presented the figures. UKHTC to share the figures with members by 4 June 2013. **ACTION: UKHTC**',
        ),
      ]),
    );
    expect(parseDocument(doc).actions).toEqual([
      {
        owners: ['UKHTC'],
        text: 'UKHTC to share the figures with members by 4 June 2013',
        item: '1',
        due: '2013-06-04',
      },
    ]);
  });
});

describe("a Word file's first-page header", () => {
  const body = [
    p('Present:'),
    p('Cllr Fiona Reid (Chair), Westshire County Council'),
    p('Insp Gary Whitlow, Westshire Police'),
    p(''),
    p('1. Hand car washes'),
    p('Action: Westshire Police to arrange joint visits by 30 September 2014.'),
  ];
  it('names the meeting when the body does not, as page one prints it', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body,
          header: 'Anti-Slavery Partnership',
          firstPageHeader: [
            'OFFICIAL',
            'Anti-Slavery Partnership',
            'Minutes of the meeting held on 9 July 2014',
          ],
        }),
      ),
    );
    expect(parsed.meeting).toEqual({ title: 'Anti-Slavery Partnership', date: '2014-07-09' });
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Cllr Fiona Reid', 'Insp Gary Whitlow']);
    expect(parsed.actions).toEqual([
      {
        owners: ['Westshire Police'],
        text: 'Westshire Police to arrange joint visits by 30 September 2014',
        item: '1',
        due: '2014-09-30',
      },
    ]);
  });

  it('without "Different first page", the header every page prints; never over what the body says', () => {
    const plain = parseDocument(
      readDocx(buildDocx({ body, header: 'Anti-Slavery Partnership – 9 July 2014' })),
    );
    expect(plain.meeting).toEqual({ title: 'Anti-Slavery Partnership', date: '2014-07-09' });
    const named = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Modern Slavery Network'),
            p('Minutes of the meeting held on 3 June 2014'),
            p(''),
            ...body,
          ],
          header: 'Kingsmere District Council – 9 July 2014',
        }),
      ),
    );
    expect(named.meeting).toEqual({ title: 'Modern Slavery Network', date: '2014-06-03' });
  });
});

describe('a "Date of next meeting" item in Word', () => {
  const doc = (details: string[]) =>
    readDocx(
      buildDocx({
        body: [
          p('Human Trafficking Strategy Board'),
          p('Minutes of the meeting on 2 April 2014'),
          p('1. Victim care'),
          p('The Board discussed the contract.'),
          p('2. Date of next meeting'),
          ...details.map((d) => p(d)),
          p('**Action log**'),
          table([
            ['Action', 'Owner'],
            ['Assess the capacity of safe houses', 'Home Office'],
          ]),
        ],
      }),
    );

  it('ends with the paragraph that gives its date and ends a sentence: "Action log" is no place', () => {
    expect(
      parseDocument(doc(['Tuesday 1 July 2014, 14:00–15:30, Room 2.6, 2 Marsham Street.'])).nextMeeting,
    ).toEqual({
      start: '2014-07-01T14:00:00+01:00',
      end: '2014-07-01T15:30:00+01:00',
      location: 'Room 2.6, 2 Marsham Street',
    });
  });

  it('takes its place from the paragraph after a date with no full stop', () => {
    expect(
      parseDocument(doc(['Tuesday 1 July 2014, 14:00–15:30', 'Room 2.6, 2 Marsham Street.'])).nextMeeting
        ?.location,
    ).toBe('Room 2.6, 2 Marsham Street');
  });
});

describe('Word tables of ticks and of details', () => {
  const parsed = () =>
    parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Housing Forum'),
            p('Minutes of the meeting held on Tuesday 26 March 2024'),
            table([
              ['Name', 'Organisation', 'Attended', 'Apologies'],
              ['Nina Bell (Chair)', 'Kingsmere Housing Trust', '✓', ''],
              ['Raj Patel', 'Kingsmere Police', '', '✓'],
              ['Olivia Grant', 'Hope for Justice', '✓', ''],
            ]),
            p('1. Licensing'),
            p('The Forum discussed the scheme.'),
            p('2. Date of next meeting'),
            table([
              ['Date', '25 June 2024'],
              ['Time', '10:00–11:30'],
              ['Venue', 'Kingsmere Civic Centre'],
            ]),
          ],
        }),
      ),
    );

  it('reads a tick under "Apologies" beside an empty "Attended" cell as an apology', () => {
    const { attendees, apologies } = parsed();
    expect(attendees.map((a) => [a.name, a.role])).toEqual([
      ['Nina Bell', 'CHAIR'],
      ['Olivia Grant', null],
    ]);
    expect(apologies).toEqual([{ organisation: 'Kingsmere Police', name: 'Raj Patel' }]);
  });

  it('reads a "Venue" row of the next meeting\'s details as its place, without the word', () => {
    expect(parsed().nextMeeting).toEqual({
      start: '2024-06-25T10:00:00+01:00',
      end: '2024-06-25T11:30:00+01:00',
      location: 'Kingsmere Civic Centre',
    });
  });
});

describe('those present and the apologies side by side in Word', () => {
  it('reads each cell of paragraphs down under its heading, each its own list', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Regional Forum'),
            p('Minutes of the meeting held on 8 October 2024'),
            table([
              ['Present', 'Apologies'],
              [
                'Kate Moore, Devon and Cornwall Police (Chair)\nPaul Green, Devon County Council',
                'Omar Aziz, Plymouth City Council',
              ],
            ]),
            p('1. Seasonal workers'),
            p('The Forum discussed the harvest.'),
          ],
        }),
      ),
    );
    expect(parsed.attendees.map((a) => [a.organisation, a.name, a.role])).toEqual([
      ['Devon and Cornwall Police', 'Kate Moore', 'CHAIR'],
      ['Devon County Council', 'Paul Green', null],
    ]);
    expect(parsed.apologies).toEqual([{ organisation: 'Plymouth City Council', name: 'Omar Aziz' }]);
  });
});

describe("a paragraph style for the template's actions", () => {
  const minutes = (style: string, text: string) =>
    parseDocument(
      readDocx(
        buildDocx({
          styles: [
            { id: 'Heading2', name: 'heading 2' },
            { id: 'ActionBase', name: style },
            { id: 'ActionShaded', name: 'Shaded box', basedOn: 'ActionBase' },
          ],
          body: [
            p('Eastern Region Group'),
            p('Minutes of the meeting held on 4 October 2023'),
            p('1. Operation Harbour', { style: 'Heading2' }),
            p('Essex Police described the operation.'),
            p(text, { style: 'ActionShaded' }),
          ],
        }),
      ),
    ).actions.map((a) => [a.owners, a.text, a.item]);

  it('marks a paragraph set in it as an action, though its words carry no label', () => {
    expect(minutes('Action Point', 'Essex Police to share the lessons with the region')).toEqual([
      [['Essex Police'], 'Essex Police to share the lessons with the region', '1'],
    ]);
  });

  it('reads the label once when the words carry it too, and no action from another style', () => {
    expect(minutes('Actions', 'Action: Essex Police to share the lessons')).toEqual([
      [['Essex Police'], 'Essex Police to share the lessons', '1'],
    ]);
    expect(minutes('Quote', 'Essex Police to share the lessons with the region')).toEqual([]);
  });
});

describe('an attendance table whose cell holds the person over their body', () => {
  const attendance = (rows: string[][]) =>
    parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('West Midlands Anti-Slavery Network'),
            p('Minutes of the meeting held on 17 January 2024'),
            p('Present'),
            table(rows),
            p('1. Operation updates'),
            p('The Network heard two updates.'),
          ],
        }),
      ),
    ).attendees.map((a) => [a.organisation, a.name, a.role]);

  it('reads each cell as one person of that body, their role from the cell beside it', () => {
    expect(
      attendance([
        ['DI Mark Sutton\nWest Midlands Police', 'Chair'],
        ["Joseph Mensah\nBlack Country Women's Aid", ''],
        ['Lauren Hughes\nWest Midlands Police', 'Minutes'],
      ]),
    ).toEqual([
      ['West Midlands Police', 'DI Mark Sutton', 'CHAIR'],
      ["Black Country Women's Aid", 'Joseph Mensah', null],
      ['West Midlands Police', 'Lauren Hughes', null],
    ]);
  });

  it('keeps two people in one cell two people', () => {
    expect(attendance([['Jo Lee\nSam Hart', 'NCA']]).map((a) => a[1])).toEqual(['Jo Lee', 'Sam Hart']);
  });
});

describe('a Word table of minutes with an "Action by" column', () => {
  it('gives each row with an owner one action, the last sentence of its discussion', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Modern Slavery Steering Group'),
            p('Minutes: 12 August 2019'),
            table([
              ['Item', 'Discussion', 'Action by', 'Date'],
              ['1. Minutes', 'Agreed.', '', ''],
              [
                '2. Emergency department',
                'Police described joint work. Police and the trust will agree a protocol.',
                'Westshire Police',
                '',
              ],
            ]),
          ],
        }),
      ),
    );
    expect(parsed.items.map((i) => i.title)).toEqual(['Minutes', 'Emergency department']);
    expect(parsed.actions).toEqual([
      {
        owners: ['Westshire Police'],
        text: 'Police and the trust will agree a protocol',
        item: '2',
        due: null,
      },
    ]);
  });
});

describe('a Word layout table with no header row and the owners alone in its last column', () => {
  it('gives the owners the last sentence of the discussion beside them; a row with no owners none', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Operational Group'),
            p('Minutes of the meeting held on 26 September 2023'),
            p('Present: Gary Lamb (Southshire Police); Nadia Bashir (Southbridge City Council)'),
            table([
              ['1.', 'Minutes\nThe minutes of the last meeting were agreed.', ''],
              [
                '2.',
                'Housing\nSouthbridge City Council reported two houses linked to a gang.\nThe City Council will share the addresses with the police.',
                'Southbridge City Council',
              ],
            ]),
          ],
        }),
      ),
    );
    expect(parsed.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Minutes'],
      ['2', 'Housing'],
    ]);
    expect(parsed.actions).toEqual([
      {
        owners: ['Southbridge City Council'],
        text: 'The City Council will share the addresses with the police',
        item: '2',
        due: null,
      },
    ]);
  });
});

describe('a Word table of minutes with the number and the title in columns of their own', () => {
  it('heads each item from its "No." and "Item" cells, past rows spanning the table that head its parts', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Westshire Anti-Slavery Partnership'),
            p('Minutes – 2 February 2022'),
            rowsTable([
              row([cell('No.'), cell('Item'), cell('Discussion'), cell('Action by')], true),
              row([cell('PART A – STANDING ITEMS', { span: 4 })]),
              row([cell('1'), cell('Minutes'), cell('Agreed.'), cell('')]),
              row([cell('PART B – ITEMS FOR DISCUSSION', { span: 4 })]),
              row([
                cell('2'),
                cell('Operation Aidant'),
                cell('Fourteen premises were visited. Action: brief the partnership on the referrals.'),
                cell('Westshire Police'),
              ]),
            ]),
          ],
        }),
      ),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Minutes' },
      { number: '2', title: 'Operation Aidant' },
    ]);
    expect(parsed.actions).toEqual([
      { owners: ['Westshire Police'], text: 'brief the partnership on the referrals', item: '2', due: null },
    ]);
  });
});

describe('a Word table for each item', () => {
  it('reads the rows above its "Action | Owner | Due" header as the item, the rows below as its actions', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Coordinators’ Network'),
            p('Minutes of the meeting of 16 March 2021'),
            rowsTable([
              row([cell('2. Regional data', { span: 3 })]),
              row([cell('Each coordinator reported the referrals in their region.', { span: 3 })]),
              row([cell('Action'), cell('Owner'), cell('Due')]),
              row([cell('Collate the regional returns'), cell('Home Office'), cell('30/04/2021')]),
            ]),
          ],
        }),
      ),
    );
    expect(parsed.items).toEqual([{ number: '2', title: 'Regional data' }]);
    expect(parsed.actions).toEqual([
      { owners: ['Home Office'], text: 'Collate the regional returns', item: '2', due: '2021-04-30' },
    ]);
  });
});

describe('the seed minutes as a Word file', () => {
  it('reads a page laid out as a table (discussion left, Actions right) as the seed parses', () => {
    const bytes = buildDocx({
      body: [
        p(SEED_TITLE),
        p(SEED_DATE),
        p('Minutes'),
        p('Attendees:'),
        table(SEED_ATTENDEES),
        p('Apologies:'),
        table(SEED_APOLOGIES),
        table(
          SEED_ITEMS.map((item) => [[item.heading, ...item.paragraphs].join('\n'), item.actions.join('\n')]),
        ),
      ],
    });
    expect(parseDocument(readDocx(bytes))).toEqual(expected('idmg-2012-04-17-minutes'));
  });
});

describe('Word numbered lists of the text fixture', () => {
  it('reads word-numbered-lists as a real Word file as its text export parses', () => {
    const bytes = buildDocx({
      styles: [
        { id: 'Title', name: 'Title' },
        { id: 'AgendaItem', name: 'Agenda item', num: { id: 1 } },
      ],
      numbering: {
        abstracts: [
          {
            id: 0,
            levels: [
              { format: 'decimal', text: '%1.', style: 'AgendaItem' },
              { format: 'lowerLetter', text: '%2)' },
              { format: 'lowerRoman', text: '%3)' },
            ],
          },
        ],
        nums: [{ id: 1, abstract: 0 }],
      },
      body: [
        p('Inter-Departmental Ministerial Group on Human Trafficking', { style: 'Title' }),
        p('Note of meeting: 6 December 2012'),
        p('**Members present:**'),
        table([
          ['Home Office', 'Damian Green MP', 'Chair'],
          ['DfE', 'Edward Timpson MP', ''],
          ['DWP', 'Official (deputising for Mark Hoban MP)', ''],
          ['MOJ', 'Official', ''],
        ]),
        p('**Observers:**'),
        table([['Anti-Slavery International', 'Jane Doe']]),
        p('Welcome', { style: 'AgendaItem' }),
        p('The Chair welcomed Edward Timpson MP to his first meeting.', { num: { id: 1, level: 1 } }),
        p('Children in care', { style: 'AgendaItem' }),
        p('DfE and DWP to share data on trafficked children leaving care.', { num: { id: 1, level: 1 } }),
        p('Action: DfE, DWP'),
        p('The Group discussed the role of independent advocates.', { num: { id: 1, level: 1 } }),
        p('Actions:', { num: { id: 1, level: 1 } }),
        p('MOJ to report on the advocates pilot.', { num: { id: 1, level: 2 } }),
        p('Anti-Slavery International to send its research to the secretariat by 14 January 2013.', {
          num: { id: 1, level: 2 },
        }),
        p('Any other business', { style: 'AgendaItem' }),
        p('None raised.', { num: { id: 1, level: 1 } }),
      ],
    });
    expect(parseDocument(readDocx(bytes))).toEqual(expected('word-numbered-lists'));
  });
});

describe('an email saved from Outlook as a Word document', () => {
  it('reads its header lines, each a paragraph, as the mail headers, and the minutes below the rule', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('From: HT Strategy Board Secretariat'),
            p('Sent: 12 December 2013 15:10'),
            p('To: HT Strategy Board members'),
            p('Subject: Minutes – Human Trafficking Strategy Board – 3 December 2013'),
            p('Dear colleagues,'),
            p('The minutes are below.'),
            p('Priya'),
            p('________________________________'),
            p('**HUMAN TRAFFICKING STRATEGY BOARD**'),
            p('Minutes of the meeting held on Tuesday 3 December 2013, 10:30-12:00'),
            p('**Attendees**'),
            p('Sarah Whitcombe – Home Office (Chair)'),
            p('Graham Kerr – NCA'),
            p('**1. NCA: the first two months**'),
            p('The NCA described its first two months.'),
            p('ACTION: NCA to circulate the October NRM figures to Board members.'),
          ],
        }),
      ),
    );
    expect(parsed.meeting).toEqual({ title: 'HUMAN TRAFFICKING STRATEGY BOARD', date: '2013-12-03' });
    expect(parsed.actions.map((a) => a.owners)).toEqual([['NCA']]);
  });
});

describe('an action written as fields, each its own Word paragraph', () => {
  it('reads "Outcome: …" over "Owner: NCA<TAB>Deadline: …" across the paragraphs’ breaks', () => {
    const doc = readDocx(
      buildDocx({
        body: [
          p('Modern Slavery Threat Group'),
          p('Minutes: Tuesday 13 November 2018'),
          p('Attendees: Peter Nolan (NCA) - Chair; Claire Ng (HMRC)'),
          p('1. County lines'),
          p('Discussion: The NCA described the growth in referrals.'),
          p('Outcome: NCA to share the county lines profile with members.'),
          p('Owner: NCA\tDeadline: 14 December 2018'),
          p('2. Payroll fraud'),
          p('Discussion: HMRC set out its work.'),
        ],
      }),
    );
    expect(parseDocument(doc).actions).toEqual([
      {
        owners: ['NCA'],
        text: 'NCA to share the county lines profile with members',
        item: '1',
        due: '2018-12-14',
      },
    ]);
  });
});

describe('a Word action log whose rows hold two actions each', () => {
  it('gives each task paragraph its own action, with the owner and date in the same place beside it', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Anti-Slavery Delivery Board'),
            p('Minutes: 2 July 2024'),
            table([
              ['Item', 'Action', 'Owner', 'Due'],
              [
                '1',
                'Revise the milestone dates in the plan\nReport the slipped milestones to ministers',
                'Home Office\nDWP',
                '12 July 2024\n26 July 2024',
              ],
              [
                '2',
                'Send the draft agreement to legal advisers\nConfirm the data fields',
                'NCA\nNCA',
                '19 July 2024',
              ],
            ]),
          ],
        }),
      ),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item, a.due])).toEqual([
      [['Home Office'], 'Revise the milestone dates in the plan', '1', '2024-07-12'],
      [['DWP'], 'Report the slipped milestones to ministers', '1', '2024-07-26'],
      [['NCA'], 'Send the draft agreement to legal advisers', '2', '2024-07-19'],
      [['NCA'], 'Confirm the data fields', '2', '2024-07-19'],
    ]);
  });

  it('keeps a task whose second paragraph is no task of its own one action', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Anti-Slavery Delivery Board'),
            p('Minutes: 2 July 2024'),
            table([
              ['Action', 'Owner'],
              ['Share the regional figures\n(Including the breakdown by age)', 'NCA\nCPS'],
            ]),
          ],
        }),
      ),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['NCA', 'CPS'], 'Share the regional figures (Including the breakdown by age)'],
    ]);
  });
});

describe('a Word attendance register of checkbox content controls', () => {
  // Word shows a ticked box "☒" and an unticked one "☐" (in MS Gothic), inside a content control.
  const box = (ticked: boolean) =>
    `<w:tc><w:p><w:sdt><w:sdtPr><w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w14:checked w14:val="${ticked ? 1 : 0}"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>${ticked ? '☒' : '☐'}</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc>`;
  const register = (rows: [string, string, boolean, boolean | null][]) =>
    parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Westshire Anti-Trafficking Forum'),
            p('Minutes of the meeting of 25 February 2025'),
            rowsTable([
              row(
                [
                  cell('Name'),
                  cell('Organisation'),
                  cell('Present'),
                  ...(rows[0]?.[3] === null ? [] : [cell('Apologies')]),
                ],
                true,
              ),
              ...rows.map(([name, body, present, apologies]) =>
                row([cell(name), cell(body), box(present), ...(apologies === null ? [] : [box(apologies)])]),
              ),
            ]),
            p('1. Referral pathway'),
            p('Action: Westshire Police to publish the pathway.'),
          ],
        }),
      ),
    );

  it('reads a ticked Present box as there and a ticked Apologies box as apologies, an unticked box as no mark', () => {
    const parsed = register([
      ['Karen Doyle', 'Westshire Police', true, false],
      ['Leah Grant', 'NHS Westshire ICB', false, true],
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Karen Doyle']);
    expect(parsed.apologies.map((a) => a.name)).toEqual(['Leah Grant']);
  });

  it('reads an unticked Present box as not there where no column is kept for apologies', () => {
    const parsed = register([
      ['Karen Doyle', 'Westshire Police', true, null],
      ['Leah Grant', 'NHS Westshire ICB', false, null],
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Karen Doyle']);
    expect(parsed.apologies.map((a) => a.name)).toEqual(['Leah Grant']);
  });
});

describe('Word minutes framed in a table of one cell', () => {
  const frame = (inner: string[]) =>
    `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>${inner.join('')}</w:tc></w:tr></w:tbl>`;

  it('reads the headings, paragraphs and tables inside the frame as the blocks they are', () => {
    const doc = readDocx(
      buildDocx({
        body: [
          frame([
            p('Devon Practitioners Panel', { style: 'Title' }),
            p('Minutes of the meeting of 11 February 2025'),
            p('1. Case review', { style: 'Heading1' }),
            p('The panel reviewed two new cases.'),
            table([
              ['Action', 'Owner', 'By'],
              [
                'Refer the two new cases to the Single Competent Authority',
                'Exeter City Council',
                '18/02/2025',
              ],
            ]),
            '<w:p/>',
          ]),
        ],
      }),
    );
    expect(doc.blocks.map((b) => b.kind)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'table',
      'blank',
    ]);
    expect(parseDocument(doc).actions).toEqual([
      {
        owners: ['Exeter City Council'],
        text: 'Refer the two new cases to the Single Competent Authority',
        item: '1',
        due: '2025-02-18',
      },
    ]);
  });

  it('keeps a table of one column whose cells hold plain paragraphs a table', () => {
    const doc = readDocx(
      buildDocx({ body: [table([['Present'], ['Sarah Penrose, Devon County Council']])] }),
    );
    expect(doc.blocks).toEqual([
      { kind: 'table', rows: [['Present'], ['Sarah Penrose, Devon County Council']] },
    ]);
  });
});

describe('Word actions stacked in one table of field rows', () => {
  it('reads each block of field rows, under a row naming its action, as one action', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Essex Board'),
            p('Minutes of the meeting held on 12 March 2025'),
            p('1. Nail bars', { style: 'Heading1' }),
            p('Actions agreed', { style: 'Heading2' }),
            table([
              ['Action 1', ''],
              ['Action', 'Visit the nail bars named in the report'],
              ['Owner', 'Essex Police'],
              ['Deadline', '11/04/2025'],
              ['Action 2', ''],
              ['Action', 'Check the business rates records'],
              ['Owner', 'Southend-on-Sea City Council'],
              ['Deadline', ''],
            ]),
          ],
        }),
      ),
    );
    expect(parsed.actions.map((a) => [a.owners, a.text, a.due])).toEqual([
      [['Essex Police'], 'Visit the nail bars named in the report', '2025-04-11'],
      [['Southend-on-Sea City Council'], 'Check the business rates records', null],
    ]);
  });
});

describe('Word minutes as a table of what was said beside its actions', () => {
  it('"Discussion | Actions": each paragraph of the right-hand cell an action of the item beside it', () => {
    const parsed = parseDocument(
      readDocx(
        buildDocx({
          body: [
            p('Suffolk Modern Slavery Group'),
            p('Minutes of the meeting held on 28 January 2025'),
            p('Apologies: Mark Dean, East Suffolk Council'),
            table([
              ['Discussion', 'Actions'],
              [
                '1. Port of Felixstowe\nSuffolk Constabulary described the checks on lorries.',
                'Suffolk Constabulary to share the port referral figures\nSuffolk County Council to brief the port health team',
              ],
              ['2. Training\nMembers asked for training.', 'Ipswich Borough Council to arrange a session'],
            ]),
          ],
        }),
      ),
    );
    // The header row is no apology.
    expect(parsed.apologies).toEqual([{ organisation: 'East Suffolk Council', name: 'Mark Dean' }]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Suffolk Constabulary'], 'Suffolk Constabulary to share the port referral figures', '1'],
      [['Suffolk County Council'], 'Suffolk County Council to brief the port health team', '1'],
      [['Ipswich Borough Council'], 'Ipswich Borough Council to arrange a session', '2'],
    ]);
  });
});

describe("a Word template's content controls", () => {
  const cellOf = (inner: string) => tcRaw(pRaw(inner));
  const unfilled = control(prompt('Click or tap here to enter text.'), { placeholder: true });

  it('reads a filled control as its text and one still showing its prompt as nothing', () => {
    const doc = readDocx(
      buildDocx({
        body: [
          pRaw(control(runs('Essex Modern Slavery Partnership')), 'Title'),
          pRaw(`${runs('Date: ')}${control(runs('26/02/2025'), { date: '2025-02-26' })}`),
          p('Present: Jo Brand, Essex County Council'),
          pRaw(`${runs('Apologies: ')}${unfilled}`),
          control(pRaw(prompt('Click or tap here to enter text.')), { placeholder: true }),
          p('Actions'),
          rowsTable([
            row([cellOf(runs('Action')), cellOf(runs('Owner'))], true),
            row([
              cellOf(runs('Offer the course to parish councils')),
              cellOf(control(runs('Essex County Council'))),
            ]),
            row([cellOf(unfilled), cellOf(unfilled)]),
          ]),
        ],
      }),
    );
    expect(JSON.stringify(doc)).not.toContain('Click or tap');
    const parsed = parseDocument(doc);
    expect(parsed.meeting).toEqual({ title: 'Essex Modern Slavery Partnership', date: '2025-02-26' });
    expect(parsed.apologies).toEqual([]);
    expect(parsed.actions.map((a) => [a.owners, a.text])).toEqual([
      [['Essex County Council'], 'Offer the course to parish councils'],
    ]);
  });

  it("reads a table's rows inside a repeating section's controls, and cells inside controls of their own", () => {
    const item = (action: string, owner: string) =>
      control(row([cellOf(runs(action)), control(cellOf(runs(owner)))]), { repeating: 'item' });
    const doc = readDocx(
      buildDocx({
        body: [
          rowsTable([
            row([cellOf(runs('Action')), cellOf(runs('Owner'))], true),
            control(
              item('Brief rural crime officers', 'Essex Police') +
                item('Offer the course', 'Essex County Council'),
              {
                repeating: 'section',
              },
            ),
          ]),
        ],
      }),
    );
    expect(
      doc.blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.rows : [])),
    ).toEqual([
      [
        ['Action', 'Owner'],
        ['Brief rural crime officers', 'Essex Police'],
        ['Offer the course', 'Essex County Council'],
      ],
    ]);
  });
});

describe('hidden text in Word minutes', () => {
  const hidden = (t: string) => `<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;

  it("reads neither a template's hidden guidance nor a hidden note to the secretariat", () => {
    const doc = readDocx(
      buildDocx({
        body: [
          p('Essex Modern Slavery Partnership', { style: 'Title' }),
          p('Notes of the meeting held on 26 February 2025'),
          p('Present:'),
          pRaw(hidden('Guidance: one attendee a line, as Name, Organisation.')),
          p('Jo Brand, Essex County Council'),
          p('Amir Noor, Southend City Council'),
          p('1. Training'),
          pRaw(`${runs('Essex County Council has trained 340 staff.')}${hidden(' [check with ECC]')}`),
          pRaw(hidden('Action: record each action with its owner and date')),
          p('Action: Essex County Council to offer the course to parish councils'),
        ],
      }),
    );
    expect(JSON.stringify(doc)).not.toMatch(/Guidance|check with ECC|record each action/);
    const parsed = parseDocument(doc);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Jo Brand', 'Amir Noor']);
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'Essex County Council to offer the course to parish councils',
    ]);
  });
});
