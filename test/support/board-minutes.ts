/**
 * One set of minutes written three ways — plain text, a Word file and a PDF — so the readers can
 * be held to "the same parse as the same minutes in text". The Word file keeps its agenda as a
 * real numbered list and its actions in a real table with several paragraphs to a cell; the PDF
 * sets the action table with wrapped cells under a running header and footer.
 */
import { buildDocx, p, table } from './docx.js';
import { buildPdf, type PdfBlock } from './pdf.js';

const TITLE = 'Human Trafficking Strategy Board';
const DATE_LINE = 'Minutes of the meeting held on 4 December 2012';
const PRESENT = [
  ['Home Office', 'Jane Smith (Chair)'],
  ['MOJ', 'Official'],
  ['DfE', 'Official'],
  ['UKHTC', 'Official'],
  ['DWP', 'Official'],
];
const APOLOGIES = [['FCO', 'Official']];
const ITEMS: { title: string; text: string }[] = [
  { title: 'Welcome and introductions', text: 'The Chair welcomed members to the meeting.' },
  {
    title: 'Quarterly reports',
    text: 'Departments reported on progress against the strategy. The Board noted the reports.',
  },
  {
    title: 'Victim care contract',
    text: 'MOJ updated the Board on the victim care contract and the revised guidance for first responders.',
  },
  { title: 'Any other business', text: 'None.' },
];
const ACTIONS = [
  [
    '1',
    '3',
    'MOJ to circulate the revised victim care guidance to all members, including the devolved administrations.',
    'MOJ',
    '31 January 2013',
  ],
  [
    '2',
    '2',
    'UKHTC to provide quarterly NRM figures broken down by exploitation type and by region.',
    'UKHTC',
    '28 February 2013',
  ],
  [
    '3',
    '2',
    'DfE and DWP to report on support for trafficked children leaving care.',
    'DfE, DWP',
    '15 March 2013',
  ],
];
const HEADER = ['No.', 'Item', 'Action', 'Owner', 'Due'];
const NEXT = 'The next meeting will be held on 12 March 2013 at 2pm at 2 Marsham Street.';

export function boardText(): string {
  return [
    TITLE,
    DATE_LINE,
    '',
    'Present:',
    ...PRESENT.map((r) => r.join('\t')),
    '',
    'Apologies:',
    ...APOLOGIES.map((r) => r.join('\t')),
    '',
    ...ITEMS.flatMap((it, i) => [`${i + 1}. ${it.title}`, it.text, '']),
    'Actions',
    `| ${HEADER.join(' | ')} |`,
    `|${HEADER.map(() => '---').join('|')}|`,
    ...ACTIONS.map((r) => `| ${r.join(' | ')} |`),
    '',
    'Date of next meeting',
    NEXT,
    '',
  ].join('\n');
}

export function boardDocx(): Buffer {
  return buildDocx({
    styles: [
      { id: 'Title', name: 'Title' },
      { id: 'Heading2', name: 'heading 2' },
      { id: 'AgendaItem', name: 'Agenda item', num: { id: 1 } },
    ],
    numbering: {
      abstracts: [{ id: 0, levels: [{ format: 'decimal', text: '%1.', style: 'AgendaItem' }] }],
      nums: [{ id: 1, abstract: 0 }],
    },
    header: `OFFICIAL – ${TITLE}`,
    footer: 'Page 1 of 2',
    body: [
      p(TITLE, { style: 'Title' }),
      p(DATE_LINE),
      p('**Present:**'),
      table(PRESENT),
      p('**Apologies:**'),
      table(APOLOGIES),
      ...ITEMS.flatMap((it) => [p(it.title, { style: 'AgendaItem' }), p(it.text)]),
      p('Actions', { style: 'Heading2' }),
      // The action's text is two paragraphs of its cell, as secretariats write a long one.
      table([
        HEADER,
        ...(ACTIONS.map((r) => {
          const text = r[2] as string;
          const cut = text.indexOf(', including');
          return cut > 0 ? [r[0], r[1], `${text.slice(0, cut + 1)}\n${text.slice(cut + 2)}`, r[3], r[4]] : r;
        }) as string[][]),
      ]),
      p('Date of next meeting', { style: 'Heading2' }),
      p(NEXT),
    ],
  });
}

export function boardPdf(): Promise<Uint8Array> {
  const blocks: PdfBlock[] = [
    { kind: 'title', text: TITLE },
    { kind: 'para', text: DATE_LINE },
    { kind: 'para', text: 'Present:', bold: true },
    { kind: 'table', widths: [150, 230], rows: PRESENT, header: false },
    { kind: 'para', text: 'Apologies:', bold: true },
    { kind: 'table', widths: [150, 230], rows: APOLOGIES, header: false },
    ...ITEMS.flatMap((it, i): PdfBlock[] => [
      { kind: 'heading', text: `${i + 1}. ${it.title}` },
      { kind: 'para', text: it.text },
    ]),
    { kind: 'pagebreak' },
    { kind: 'heading', text: 'Actions' },
    // Narrow columns: the actions wrap over two or three lines, the dates over two.
    { kind: 'table', widths: [35, 35, 250, 70, 70], rows: [HEADER, ...ACTIONS] },
    { kind: 'heading', text: 'Date of next meeting' },
    { kind: 'para', text: NEXT },
  ];
  return buildPdf({ blocks, header: `OFFICIAL – ${TITLE}`, footer: 'Page {page} of {pages}' });
}
