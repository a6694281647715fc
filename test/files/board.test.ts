import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/minutes/files/docx.js';
import { readDocumentFile } from '../../src/minutes/files/read-file.js';
import { parseDocument, parseMinutes } from '../../src/minutes/index.js';
import { boardDocx, boardPdf, boardText } from '../support/board-minutes.js';

const text = parseMinutes(boardText());

describe('the same minutes as text, Word and PDF', () => {
  it('reads the text version (the yardstick) with its three actions and next meeting', () => {
    expect(text.actions.map((a) => [a.owners, a.item, a.due])).toEqual([
      [['MOJ'], '3', '2013-01-31'],
      [['UKHTC'], '2', '2013-02-28'],
      [['DfE', 'DWP'], '2', '2013-03-15'],
    ]);
    expect(text.attendees).toHaveLength(5);
    expect(text.nextMeeting?.start).toBe('2013-03-12T14:00:00+00:00');
  });

  it('reads the Word file as the text: a real numbered agenda, a real table, headers and footers left out', () => {
    expect(parseDocument(readDocx(boardDocx()))).toEqual(text);
  });

  it('reads the PDF as the text: wrapped cells, running header and footer', async () => {
    expect(parseDocument(await readDocumentFile(await boardPdf(), 'pdf', { timeoutMs: 30_000 }))).toEqual(
      text,
    );
  });
});
