/**
 * A PDF -> the document model, through pdf.js's text items with their positions (pdf-layout.ts
 * reads the page from them). Loaded only when a PDF arrives: pdf.js is large.
 */
import type { MinutesDocument } from '../document/model.js';
import { MinutesError } from '../types.js';
import { layoutPdf, type PdfPage } from './pdf-layout.js';

/** More pages than any minutes: a hostile or mistaken file. */
const MAX_PAGES = 300;

interface PdfjsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

export async function readPdf(bytes: Uint8Array): Promise<MinutesDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over; it gets a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf: Awaited<typeof task.promise>;
  try {
    pdf = await task.promise;
  } catch (err) {
    // A PDF that needs only an owner password opens without one; this one needs the user password.
    if ((err as { name?: string }).name === 'PasswordException')
      throw new MinutesError(
        'The PDF needs a password to open; save a copy without a password and import that.',
      );
    throw new MinutesError(
      'The PDF could not be read (it is damaged or not a PDF); export it again and retry.',
    );
  }
  try {
    if (pdf.numPages > MAX_PAGES)
      throw new MinutesError(`The PDF has ${pdf.numPages} pages; minutes of up to ${MAX_PAGES} are read.`);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
      const content = await page.getTextContent();
      const items = (content.items as PdfjsTextItem[]).flatMap((it) => {
        const t = it.transform;
        if (!t || typeof it.str !== 'string') return [];
        // Rotated text (a watermark, a margin note) is not part of the minutes' reading order.
        if (Math.abs(t[1] ?? 0) > 0.01 || Math.abs(t[2] ?? 0) > 0.01) return [];
        return [
          {
            str: it.str,
            x: (t[4] ?? 0) - x0,
            y: (t[5] ?? 0) - y0,
            width: it.width ?? 0,
            size: Math.abs(t[3] ?? 0) || (it.height ?? 10),
          },
        ];
      });
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    if (pages.every((p) => p.items.every((i) => i.str.trim() === '')))
      throw new MinutesError(
        'The PDF has no text layer: scanned? Import the file it was made from, or run text recognition (OCR) on it first.',
      );
    return { source: 'pdf', blocks: layoutPdf(pages) };
  } finally {
    await pdf.destroy();
  }
}
