import AdmZip from 'adm-zip';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { detectMinutesKind } from '../../src/minutes/files/detect.js';
import { readDocx } from '../../src/minutes/files/docx.js';
import { readDocumentFile } from '../../src/minutes/files/read-file.js';
import { zipEntries } from '../../src/minutes/files/zip.js';
import { MinutesError, parseDocument } from '../../src/minutes/index.js';
import { boardDocx } from '../support/board-minutes.js';
import { buildDocx, p } from '../support/docx.js';
import { encryptedPdf } from '../support/encrypted-pdf.js';

/** The promise fails with a MinutesError of one line, within `ms`. */
async function refusedWithin(promise: Promise<unknown>, ms: number): Promise<string> {
  const started = Date.now();
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(Date.now() - started).toBeLessThan(ms);
  expect(err).toBeInstanceOf(MinutesError);
  const message = (err as Error).message;
  expect(message.split('\n')).toHaveLength(1);
  return message;
}

const bomb = (declaredSmall: boolean): Buffer => {
  const zip = new AdmZip(boardDocx());
  // 200 MB of one character: a few hundred KB deflated.
  zip.updateFile('word/document.xml', Buffer.alloc(200 * 1024 * 1024, 0x20));
  const bytes = zip.toBuffer();
  if (!declaredSmall) return bytes;
  // The same file whose directory lies: document.xml claims to inflate to 1 KB.
  const entry = zipEntries(bytes).get('word/document.xml');
  const buf = Buffer.from(bytes);
  for (let at = buf.length - 22; at > 0; at -= 1) {
    if (buf.readUInt32LE(at) === 0x02014b50 && buf.readUInt32LE(at + 42) === entry?.localOffset) {
      buf.writeUInt32LE(1024, at + 24);
      break;
    }
  }
  buf.writeUInt32LE(1024, (entry?.localOffset ?? 0) + 22);
  return buf;
};

describe('files told apart by their bytes', () => {
  it('reads a Word file or a PDF whatever it is called, and text as text', () => {
    expect(detectMinutesKind(boardDocx())).toBe('docx');
    expect(detectMinutesKind(Buffer.from('%PDF-1.7\n…'))).toBe('pdf');
    expect(detectMinutesKind(Buffer.from('Minutes of the meeting'))).toBe('text');
  });

  it('names what an unreadable file is, in one line', () => {
    const xlsx = new AdmZip();
    xlsx.addFile('xl/workbook.xml', Buffer.from('<workbook/>'));
    const cases: [Buffer, RegExp][] = [
      [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), /an image \(a scan\?\)/],
      [xlsx.toBuffer(), /an Excel workbook/],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old-style Word \(\.doc\)/],
      [Buffer.from('{\\rtf1\\ansi minutes}'), /Rich Text \(RTF\)/],
    ];
    for (const [bytes, message] of cases) {
      expect(() => detectMinutesKind(bytes)).toThrow(message);
      try {
        detectMinutesKind(bytes);
      } catch (e) {
        expect((e as Error).message.split('\n')).toHaveLength(1);
      }
    }
  });
});

describe('hostile and broken Word files', () => {
  it('refuses a zip bomb from its directory, before inflating it', async () => {
    const message = await refusedWithin(readDocumentFile(bomb(false), 'docx'), 5000);
    expect(message).toMatch(/unpacks to far more than any minutes/);
  });

  it('refuses a zip bomb whose directory lies about its size, at the cap, in the worker', async () => {
    const message = await refusedWithin(readDocumentFile(bomb(true), 'docx'), 5000);
    expect(message).toMatch(/unpacks to far more than any minutes/);
  });

  it('refuses XML with a DOCTYPE (entity expansion), and a damaged ZIP', () => {
    const zip = new AdmZip(buildDocx({ body: [p('x')] }));
    zip.updateFile(
      'word/document.xml',
      Buffer.from('<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">]><w:document/>'),
    );
    expect(() => readDocx(zip.toBuffer())).toThrow(/DOCTYPE/);
    const cut = boardDocx().subarray(0, 2000);
    expect(() => readDocx(cut)).toThrow(MinutesError);
  });

  it('stops a reader that takes too long, and refuses a file over 5 MB before reading it', async () => {
    expect(await refusedWithin(readDocumentFile(boardDocx(), 'docx', { timeoutMs: 1 }), 5000)).toMatch(
      /took longer than/,
    );
    const big = Buffer.concat([boardDocx(), Buffer.alloc(5 * 1024 * 1024)]);
    expect(await refusedWithin(readDocumentFile(big, 'docx'), 1000)).toMatch(/the limit is 5 MB/);
  });
});

describe('PDFs that cannot be read, and one that can', () => {
  it('reads a PDF with only an owner password (it opens for anyone)', async () => {
    const doc = await readDocumentFile(
      encryptedPdf('Minutes of the meeting', { owner: 'owner', user: '' }),
      'pdf',
    );
    expect(doc.blocks).toContainEqual({ kind: 'paragraph', text: 'Minutes of the meeting' });
  });

  it('refuses a PDF that needs a password to open', async () => {
    const message = await refusedWithin(
      readDocumentFile(encryptedPdf('Minutes', { owner: 'owner', user: 'secret' }), 'pdf'),
      5000,
    );
    expect(message).toMatch(/needs a password to open/);
  });

  it('says a PDF with no text layer has none (a scan)', async () => {
    const doc = await PDFDocument.create();
    doc
      .addPage([595, 842])
      .drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.8, 0.8, 0.8) });
    const message = await refusedWithin(readDocumentFile(await doc.save(), 'pdf'), 5000);
    expect(message).toMatch(/no text layer: scanned\?/);
  });

  it('fails a damaged PDF and one of deeply nested objects in one line within 5 s', async () => {
    expect(await refusedWithin(readDocumentFile(Buffer.from('%PDF-1.7\nnot really'), 'pdf'), 5000)).toMatch(
      /could not be read/,
    );
    const depth = 500_000;
    const nested = Buffer.from(
      `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X ${'['.repeat(depth)}${']'.repeat(depth)} >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    );
    await refusedWithin(readDocumentFile(nested, 'pdf'), 5000);
  });

  it('gives the empty extraction, not an error, for a Word file that holds no minutes', () => {
    expect(parseDocument(readDocx(buildDocx({ body: [p('Shopping list: milk, eggs.')] }))).actions).toEqual(
      [],
    );
  });
});
