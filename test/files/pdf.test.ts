import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMinutesKind } from '../../src/minutes/files/detect.js';
import { readDocumentFile } from '../../src/minutes/files/read-file.js';
import { parseDocument } from '../../src/minutes/index.js';
import { buildPdf } from '../support/pdf.js';
import { seedPdf } from '../support/seed-pdf.js';

const seedExpected = JSON.parse(
  readFileSync(new URL('../fixtures/minutes/idmg-2012-04-17-minutes.expected.json', import.meta.url), 'utf8'),
);

async function parsePdf(bytes: Uint8Array) {
  expect(detectMinutesKind(bytes)).toBe('pdf');
  // The 4 s limit guards a person against a hostile file; on a machine busy with the whole suite the
  // worker's start alone can take most of it, so a well-formed file is given longer here.
  return parseDocument(await readDocumentFile(bytes, 'pdf', { timeoutMs: 30_000 }));
}

describe('minutes as a PDF', () => {
  it('reads the seed minutes typeset in two columns, the Actions box crossing a page, as the seed parses', async () => {
    const bytes = await seedPdf();
    expect(await parsePdf(bytes)).toEqual(seedExpected);
  });

  it('reads the same PDF drawn out of reading order, with words split across text items and "fi" as a ligature', async () => {
    const bytes = await seedPdf(undefined, undefined, true);
    expect(await parsePdf(bytes)).toEqual(seedExpected);
  });

  it('reads an email printed to PDF, its header lines a paragraph each, as an email', async () => {
    const bytes = await buildPdf({
      blocks: [
        { kind: 'para', text: 'From: HT Strategy Board Secretariat' },
        { kind: 'para', text: 'Sent: 03 April 2014 11:20' },
        { kind: 'para', text: 'Subject: Minutes – Human Trafficking Strategy Board – 25 March 2014' },
        { kind: 'para', text: 'Dear all, the minutes are below.' },
        { kind: 'para', text: '________________________________' },
        { kind: 'para', text: 'HUMAN TRAFFICKING STRATEGY BOARD', bold: true },
        { kind: 'para', text: 'Minutes of the meeting held on Tuesday 25 March 2014, 10:30-12:00' },
        { kind: 'para', text: 'Attendees', bold: true },
        { kind: 'para', text: '• Sarah Whitcombe – Home Office (Chair)' },
        { kind: 'para', text: '• Ruth Kenyon – DH' },
        { kind: 'para', text: '1. Health', bold: true },
        { kind: 'para', text: 'DH described the NHS training pilot.' },
        { kind: 'para', text: 'ACTION: DH to share the interim evaluation by 30 April 2014.' },
      ],
    });
    const parsed = await parsePdf(bytes);
    expect(parsed.meeting).toEqual({ title: 'HUMAN TRAFFICKING STRATEGY BOARD', date: '2014-03-25' });
    expect(parsed.actions.map((a) => [a.owners, a.due])).toEqual([[['DH'], '2014-04-30']]);
  });

  it('finds the boxes below an attendance table whose cells cross the gutter, and a box going on over a page with no label', async () => {
    // The table has no header row, so it is no table to the layout; its second column runs past where
    // the boxes start. The second page starts with the box's last lines, its own label further down.
    const bytes = await buildPdf({
      footer: '{page}',
      leftWidth: 290,
      blocks: [
        { kind: 'title', text: 'Inter-Departmental Ministerial Group on Human Trafficking' },
        { kind: 'para', text: 'Thursday 16th October 2014' },
        { kind: 'para', text: 'Attendees:', bold: true },
        {
          kind: 'table',
          header: false,
          widths: [170, 250],
          rows: [
            ['Home Office', 'Karen Bradshaw MP CHAIR'],
            ['CPS', 'Official (for the Attorney General)'],
            ['FCO', 'Helen Carrow MP'],
          ],
        },
        {
          kind: 'row',
          left: ['1. Minutes of the last meeting', 'The minutes were agreed.'],
          right: ['Actions:', 'None'],
        },
        {
          kind: 'row',
          left: [
            '2. Modern Slavery Bill',
            'Members discussed',
            'the amendments on',
            'supply chains.',
            'The CPS set out',
            'its approach.',
          ],
          right: [
            'Actions:',
            'Home Office to circulate a note on the Lords stages to members.',
            'CPS and Home Office to share a note on the statutory defence with members by 28 November 2014.',
          ],
          breakAfter: 6,
        },
        {
          kind: 'row',
          left: ['3. International', 'The FCO described the new programme in Nigeria.'],
          right: ['Actions:', 'FCO to share the Nigeria programme summary with members.'],
        },
      ],
    });
    const parsed = await parsePdf(bytes);
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['Home Office'], 'Home Office to circulate a note on the Lords stages to members'],
      [
        '2',
        ['CPS', 'Home Office'],
        'CPS and Home Office to share a note on the statutory defence with members by 28 November 2014',
      ],
      ['3', ['FCO'], 'FCO to share the Nigeria programme summary with members'],
    ]);
  });

  it('reads a page holding one line of a row (too short to show its gutter) as going on with the box', async () => {
    // The page's end falls two lines into item 3's row, and a break forced after its third line
    // leaves that line alone on a page.
    const bytes = await buildPdf({
      blocks: [
        { kind: 'title', text: 'Inter-Departmental Ministerial Group on Modern Slavery' },
        { kind: 'para', text: '17 June 2014' },
        { kind: 'heading', text: 'Attendees:' },
        { kind: 'para', text: 'Home Office - Karen Bradley MP (Chair)' },
        { kind: 'para', text: 'Home Office - Official' },
        { kind: 'para', text: 'NCA - Official' },
        { kind: 'para', text: 'MOJ - Official (for Simon Hughes MP)' },
        { kind: 'para', text: 'DfE - Official' },
        { kind: 'para', text: 'Scottish Government - Official' },
        { kind: 'heading', text: 'Apologies:' },
        { kind: 'para', text: 'MOJ - Simon Hughes MP' },
        {
          kind: 'row',
          left: ['1. Minutes of the last meeting', 'The minutes of 25 March 2014 were agreed.'],
          right: ['Actions:', 'None'],
        },
        {
          kind: 'row',
          left: [
            '2. Modern Slavery Bill',
            'The Home Office reported on the Bill’s Committee stage in the Commons. Members discussed the amendments on the Commissioner’s independence.',
          ],
          right: ['Actions:', 'Home Office to circulate the Bill as amended in Committee.'],
        },
        { kind: 'space', points: 330 },
        {
          kind: 'row',
          left: [
            '3. Children',
            'DfE described the trial of independent child trafficking advocates in 23 local authorities. Members asked when the evaluation would report.',
          ],
          right: [
            'Actions:',
            'DfE and Home Office to report on the child trafficking advocates trial at the next meeting.',
          ],
          breakAfter: 3,
        },
      ],
    });
    const parsed = await parsePdf(bytes);
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      ['2', ['Home Office'], 'Home Office to circulate the Bill as amended in Committee'],
      [
        '3',
        ['DfE', 'Home Office'],
        'DfE and Home Office to report on the child trafficking advocates trial at the next meeting',
      ],
    ]);
  });

  it('finds the Actions box beside the text on a page of few paragraphs, a table and headings', async () => {
    // Most of the page's lines are short (the title, the attendance table, headings): only the lines
    // with text on both sides tell a column of text from a table's cells.
    const bytes = await buildPdf({
      blocks: [
        { kind: 'title', text: 'Modern Slavery Strategy Board' },
        { kind: 'para', text: 'Tuesday 16 June 2015' },
        { kind: 'para', text: 'Present:', bold: true },
        {
          kind: 'table',
          widths: [150, 230],
          header: false,
          rows: [
            ['Home Office', 'Sarah Linton (Chair)'],
            ['NCA', 'DCI Mark Tennant'],
            ['CPS', 'Joanna Pike'],
            ['HMRC', 'Official (for Neil Haines)'],
            ['Scottish Government', 'Gillian Reid'],
          ],
        },
        {
          kind: 'row',
          left: ['1. Minutes of the last meeting', 'The minutes of 17 March 2015 were agreed.'],
          right: ['Actions:', 'None'],
        },
        {
          kind: 'row',
          left: [
            '2. Commencement of the Act',
            'The Home Office set out the commencement of the Act’s provisions on 31 July. NCA described the guidance it is preparing for police forces on the new prevention orders.',
          ],
          right: [
            'Actions:',
            'NCA to circulate guidance on prevention orders to police forces by 31 July 2015.',
          ],
        },
      ],
    });
    const parsed = await parsePdf(bytes);
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text, a.due])).toEqual([
      [
        '2',
        ['NCA'],
        'NCA to circulate guidance on prevention orders to police forces by 31 July 2015',
        '2015-07-31',
      ],
    ]);
    expect(parsed.attendees).toHaveLength(5);
  });

  it('finds the box beside items whose headings stand level with their "Actions:" labels', async () => {
    // Four items, each heading short beside its box's label: those lines say nothing of how far the
    // discussion runs; the box's lines under the label start with the owner they name.
    const row = (n: number, title: string, text: string, box: string[]) => ({
      kind: 'row' as const,
      left: [`${n}. ${title}`, text],
      right: ['Actions:', ...box],
    });
    const bytes = await buildPdf({
      leftWidth: 300,
      blocks: [
        { kind: 'title', text: 'Inter-Departmental Ministerial Group on Human Trafficking' },
        { kind: 'para', text: '8 April 2014' },
        { kind: 'para', text: 'Attendees:', bold: true },
        {
          kind: 'table',
          header: false,
          widths: [160, 260],
          rows: [
            ['Home Office', 'Karen Bradshaw MP CHAIR'],
            ['MOJ', 'Official (for Simon Hughes MP)'],
            ['DfE', 'Edward Thwaite MP'],
          ],
        },
        row(1, 'Minutes of the last meeting', 'The minutes of 14 October 2013 were agreed.', ['None']),
        row(
          2,
          'Modern Slavery Bill',
          'Home Office described the responses to the draft Bill and the report of the Joint Committee.',
          ['Home Office to circulate the Joint Committee’s report to members when it is published.'],
        ),
        row(
          3,
          'Child trafficking',
          'DfE reported on the trial of specialist advocates for trafficked children in 23 areas.',
          ['DfE to share the evaluation plan for the advocates trial by 30 May 2014.'],
        ),
        row(4, 'AOB', 'None.', ['None']),
      ],
    });
    const parsed = await parsePdf(bytes);
    expect(parsed.actions.map((a) => [a.item, a.owners, a.text])).toEqual([
      [
        '2',
        ['Home Office'],
        "Home Office to circulate the Joint Committee's report to members when it is published",
      ],
      ['3', ['DfE'], 'DfE to share the evaluation plan for the advocates trial by 30 May 2014'],
    ]);
  });
});

describe('a PDF’s table of the coming meetings', () => {
  it('reads "Date | Time | Venue" as a table, its first row the next meeting with its place', async () => {
    const bytes = await buildPdf({
      blocks: [
        { kind: 'title', text: 'Modern Slavery Strategy Board' },
        { kind: 'para', text: 'Minutes of the meeting of 9 October 2018' },
        { kind: 'para', text: 'Present: Claire Ashdown (Home Office) (Chair); Peter Nolan (NCA)' },
        { kind: 'heading', text: '1. Victim care contract' },
        { kind: 'para', text: 'Noted.' },
        { kind: 'heading', text: 'Future meetings' },
        {
          kind: 'table',
          widths: [140, 100, 200],
          rows: [
            ['Date', 'Time', 'Venue'],
            ['8 January 2019', '14:00–16:00', '2 Marsham Street'],
            ['9 April 2019', '14:00–16:00', '2 Marsham Street'],
          ],
        },
      ],
    });
    expect((await parsePdf(bytes)).nextMeeting).toEqual({
      start: '2019-01-08T14:00:00+00:00',
      end: '2019-01-08T16:00:00+00:00',
      location: '2 Marsham Street',
    });
  });
});

describe('a PDF’s title too long for one line', () => {
  it('is one title over its two lines; a short heading straight under a title is a heading of its own', async () => {
    const wrapped = await buildPdf({
      blocks: [
        { kind: 'title', text: 'INTER-DEPARTMENTAL MINISTERIAL GROUP ON MODERN SLAVERY' },
        { kind: 'para', text: 'Minutes of the meeting of 8 March 2016' },
        { kind: 'heading', text: '1. Minutes of the last meeting' },
        { kind: 'para', text: 'Agreed.' },
      ],
    });
    expect((await parsePdf(wrapped)).meeting.title).toBe(
      'INTER-DEPARTMENTAL MINISTERIAL GROUP ON MODERN SLAVERY',
    );
    const stacked = await buildPdf({
      blocks: [
        { kind: 'title', text: 'Strategy Board' },
        { kind: 'title', text: 'Minutes' },
        { kind: 'para', text: 'Meeting of 8 March 2016' },
        { kind: 'heading', text: '1. Minutes of the last meeting' },
        { kind: 'para', text: 'Agreed.' },
      ],
    });
    expect((await parsePdf(stacked)).meeting.title).toBe('Strategy Board');
  });
});

describe('a PDF with side heads', () => {
  it("reads each item's number and title in the left-hand column as its heading, the text beside it as its own", async () => {
    const bytes = await buildPdf({
      leftWidth: 110,
      blocks: [
        { kind: 'title', text: 'Victim Care Group' },
        { kind: 'para', text: 'Minutes of the meeting held on 17 April 2024' },
        {
          kind: 'para',
          text: 'Present: Ruth Collins (Home Office, Chair); Amir Shah (Salvation Army); Tom Reid (NCA)',
        },
        { kind: 'row', left: ['1. Minutes'], right: ['The minutes of 14 February were agreed.'] },
        {
          kind: 'row',
          left: ['2. Move-on support for', 'survivors'],
          right: [
            'The Salvation Army reported that 212 people were waiting to move on from safe houses.',
            'Action: Salvation Army to send the list of the longest waits to local authority leads by 3 May 2024.',
          ],
        },
      ],
    });
    const parsed = await parsePdf(bytes);
    expect(parsed.items).toEqual([
      { number: '1', title: 'Minutes' },
      { number: '2', title: 'Move-on support for survivors' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item, a.due])).toEqual([
      [['Salvation Army'], '2', '2024-05-03'],
    ]);
    expect(parsed.attendees.map((a) => a.name)).toEqual(['Ruth Collins', 'Amir Shah', 'Tom Reid']);
  });

  it('reads a table on the page where it stands, under the side head above it', async () => {
    const bytes = await buildPdf({
      leftWidth: 110,
      blocks: [
        { kind: 'title', text: 'Victim Care Group' },
        { kind: 'para', text: 'Minutes of the meeting held on 17 April 2024' },
        { kind: 'row', left: ['1. Minutes'], right: ['The minutes of 14 February were agreed.'] },
        { kind: 'row', left: ['2. Move-on support'], right: ['The Salvation Army reported long waits.'] },
        {
          kind: 'table',
          widths: [260, 110, 100],
          header: true,
          rows: [
            ['Action', 'Owner', 'Due'],
            ['Send the list of the longest waits to local authorities', 'Salvation Army', '3 May 2024'],
          ],
        },
        { kind: 'row', left: ['3. Outreach'], right: ['Migrant Help described the pilot.'] },
      ],
    });
    const parsed = await parsePdf(bytes);
    expect(parsed.items.map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(parsed.actions.map((a) => [a.owners, a.item, a.due])).toEqual([
      [['Salvation Army'], '2', '2024-05-03'],
    ]);
  });
});

describe('a PDF set in two columns that flow', () => {
  it("reads the right column after the left, its items' headings as items, though it opens with an action's label", async () => {
    const parsed = await parsePdf(
      await buildPdf({
        leftWidth: 230,
        blocks: [
          { kind: 'title', text: 'Thames Valley Anti-Slavery Forum' },
          { kind: 'para', text: 'Minutes of the meeting held on 20 February 2025, Oxford Town Hall' },
          { kind: 'space' },
          {
            kind: 'row',
            left: [
              'Present: Lucy Grant, Oxford City Council; Jade Bell, Elmore Community Services; Mark Fenton, Reading Borough Council',
              'Apologies: Vik Rao, Slough Borough Council',
              '1. Police update',
              'The county lines operation in January found four children in two houses in the city.',
              '2. Housing',
              'Lucy Grant reported three houses in multiple occupation linked to one landlord.',
            ],
            right: [
              'Action: Oxford City Council to check the licensing records for the three houses.',
              '3. Training',
              'Members asked for training for housing officers across the county.',
              'Action: Elmore Community Services to run a session for housing officers.',
            ],
          },
        ],
      }),
    );
    expect(parsed.items).toEqual([
      { number: '1', title: 'Police update' },
      { number: '2', title: 'Housing' },
      { number: '3', title: 'Training' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.item])).toEqual([
      [['Oxford City Council'], '2'],
      [['Elmore Community Services'], '3'],
    ]);
  });
});

describe('a PDF whose minutes are a table of numbered items, each titled by its first sentence', () => {
  it('"1 | Car washes. Surrey Police described …": the number and the short first sentence are the item; its next-meeting row gives the next meeting', async () => {
    const parsed = await parsePdf(
      await buildPdf({
        blocks: [
          { kind: 'title', text: 'Surrey Modern Slavery Group' },
          { kind: 'para', text: 'Minutes: 11 February 2025, Woking Civic Offices' },
          { kind: 'space' },
          {
            kind: 'table',
            widths: [40, 220, 170, 90],
            header: true,
            rows: [
              ['Item', 'Discussion', 'Action', 'Lead'],
              [
                '1',
                'Car washes. Surrey Police described the joint visits made in January.',
                'Share the visit findings',
                'Surrey Police',
              ],
              ['2', 'Surrey Police and the councils discussed the plan for the year.', '', ''],
              ['3', 'Next meeting. 13 May 2025, 14:00, Woking Civic Offices.', '', ''],
            ],
          },
        ],
      }),
    );
    // A row whose first sentence is a clause names no title: its number alone makes no item.
    expect(parsed.items).toEqual([
      { number: '1', title: 'Car washes' },
      { number: '3', title: 'Next meeting' },
    ]);
    expect(parsed.actions.map((a) => [a.owners, a.text, a.item])).toEqual([
      [['Surrey Police'], 'Share the visit findings', '1'],
    ]);
    expect(parsed.nextMeeting?.start).toBe('2025-05-13T14:00:00+01:00');
  });
});

describe('a PDF printed with its tracked changes and comments in the margin', () => {
  it("reads the minutes without the margin's balloons", async () => {
    const bytes = await buildPdf({
      leftWidth: 330,
      blocks: [
        { kind: 'title', text: 'North Wales Modern Slavery Forum' },
        { kind: 'para', text: 'Minutes of the meeting held on 27 January 2025 at Wrexham Guildhall' },
        { kind: 'row', left: ['Present:'], right: ['Deleted: 28'] },
        { kind: 'para', text: 'Insp Gwen Parry, North Wales Police (Chair)' },
        {
          kind: 'row',
          left: ['Sian Lloyd, Betsi Cadwaladr University Health Board'],
          right: ['Commented [RH1]: Sian left at 11:00'],
        },
        { kind: 'para', text: 'Tom Hughes, BAWSO' },
        { kind: 'heading', text: '2. Farm labour' },
        {
          kind: 'row',
          left: ['North Wales Police described two investigations on farms in Denbighshire.'],
          right: ['Deleted: three'],
        },
        { kind: 'para', text: 'Action: North Wales Police to brief the farming unions by 28 February 2025.' },
        { kind: 'heading', text: '3. Health' },
        {
          kind: 'row',
          left: ['Action: BAWSO to provide Welsh language leaflets for GP surgeries.'],
          right: ['Formatted: Highlight'],
        },
      ],
    });
    const parsed = await parsePdf(bytes);
    expect(parsed.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Insp Gwen Parry', 'North Wales Police'],
      ['Sian Lloyd', 'Betsi Cadwaladr University Health Board'],
      ['Tom Hughes', 'BAWSO'],
    ]);
    expect(parsed.actions.map((a) => a.text)).toEqual([
      'North Wales Police to brief the farming unions by 28 February 2025',
      'BAWSO to provide Welsh language leaflets for GP surgeries',
    ]);
    expect(JSON.stringify(parsed)).not.toMatch(/Deleted|Commented|Formatted|left at/);
  });
});
