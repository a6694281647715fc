/** The seed minutes typeset as their author did — two columns, Actions boxes beside the items — on a given date. */
import { buildPdf, type PdfBlock } from './pdf.js';
import { SEED_APOLOGIES, SEED_ATTENDEES, SEED_DATE, SEED_ITEMS, SEED_TITLE } from './seed-minutes.js';

export function seedPdfBlocks(date = SEED_DATE, nextDate = '13 September 2012'): PdfBlock[] {
  return [
    { kind: 'title', text: SEED_TITLE },
    { kind: 'para', text: date },
    { kind: 'para', text: 'Minutes', bold: true },
    { kind: 'para', text: 'Attendees:', bold: true },
    { kind: 'table', widths: [150, 230, 60], rows: SEED_ATTENDEES, header: false },
    { kind: 'para', text: 'Apologies:', bold: true },
    { kind: 'table', widths: [150, 230], rows: SEED_APOLOGIES, header: false },
    ...SEED_ITEMS.map(
      (item): PdfBlock => ({
        kind: 'row',
        left: [item.heading, ...item.paragraphs].map((t) => t.replace('13 September 2012', nextDate)),
        right: item.actions,
        // The box beside item 4 starts at the foot of a page and goes on at the top of the next.
        ...(item.number === '4' ? { breakAfter: 1 } : {}),
      }),
    ),
  ];
}

export function seedPdf(date?: string, nextDate?: string, scramble = false): Promise<Uint8Array> {
  return buildPdf({
    blocks: seedPdfBlocks(date, nextDate),
    header: 'OFFICIAL',
    footer: 'Page {page} of {pages}',
    scramble,
  });
}
