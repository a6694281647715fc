import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectMinutesKind } from '../../src/minutes/files/detect.js';
import { readDocumentFile } from '../../src/minutes/files/read-file.js';
import { parseDocument } from '../../src/minutes/index.js';
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
});
