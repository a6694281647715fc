import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMinutesKind } from '../../src/minutes/files/detect.js';
import { readDocumentFile } from '../../src/minutes/files/read-file.js';
import { parseDocument, parseMinutes } from '../../src/minutes/index.js';
import { buildPdf, type PdfBlock } from '../support/pdf.js';
import {
  SEED_APOLOGIES,
  SEED_ATTENDEES,
  SEED_DATE,
  SEED_ITEMS,
  SEED_TITLE,
} from '../support/seed-minutes.js';

const seedExpected = JSON.parse(
  readFileSync(new URL('../fixtures/minutes/idmg-2012-04-17-minutes.expected.json', import.meta.url), 'utf8'),
);

/** The seed as its author set it: two columns, each item's Actions box beside it; item 4's box crosses a page. */
function seedBlocks(): PdfBlock[] {
  return [
    { kind: 'title', text: SEED_TITLE },
    { kind: 'para', text: SEED_DATE },
    { kind: 'para', text: 'Minutes', bold: true },
    { kind: 'para', text: 'Attendees:', bold: true },
    { kind: 'table', widths: [150, 230, 60], rows: SEED_ATTENDEES, header: false },
    { kind: 'para', text: 'Apologies:', bold: true },
    { kind: 'table', widths: [150, 230], rows: SEED_APOLOGIES, header: false },
    ...SEED_ITEMS.map(
      (item): PdfBlock => ({
        kind: 'row',
        left: [item.heading, ...item.paragraphs],
        right: item.actions,
        // The box beside item 4 starts at the foot of a page and goes on at the top of the next.
        ...(item.number === '4' ? { breakAfter: 1 } : {}),
      }),
    ),
  ];
}

async function parsePdf(bytes: Uint8Array) {
  expect(detectMinutesKind(bytes)).toBe('pdf');
  return parseDocument(await readDocumentFile(bytes, 'pdf'));
}

describe('minutes as a PDF', () => {
  it('reads the seed minutes typeset in two columns, the Actions box crossing a page, as the seed parses', async () => {
    const bytes = await buildPdf({
      blocks: seedBlocks(),
      header: 'OFFICIAL',
      footer: 'Page {page} of {pages}',
    });
    expect(await parsePdf(bytes)).toEqual(seedExpected);
  });

  it('reads the same PDF drawn out of reading order, with words split across text items', async () => {
    const bytes = await buildPdf({ blocks: seedBlocks(), scramble: true, footer: '{page}' });
    expect(await parsePdf(bytes)).toEqual(seedExpected);
  });
});
