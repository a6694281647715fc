/**
 * Typesets real PDFs for tests with pdf-lib: text placed at positions as a word processor places
 * it — a title, paragraphs, an attendance table, an action table with wrapped cells, a
 * discussion column with an Actions box beside it that may cross a page, a running header and
 * footer. `scramble` draws each page's text out of reading order and splits words across text
 * items, as some producers do, so a reader that follows the content stream fails; it also sets
 * every "fi" as the ligature glyph (Helvetica's /fi through a font encoding), as typesetters do.
 */
import {
  beginText,
  degrees,
  endText,
  moveText,
  PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  type PDFPage,
  type PDFRef,
  rgb,
  StandardFonts,
  setFontAndSize,
  showText,
} from 'pdf-lib';

export type PdfBlock =
  | { kind: 'title' | 'heading'; text: string }
  | { kind: 'para'; text: string; bold?: boolean }
  | { kind: 'space'; points?: number }
  /** a row of the two-column layout: the discussion on the left, a box beside it on the right */
  | { kind: 'row'; left: string[]; right?: string[]; breakAfter?: number }
  | { kind: 'table'; widths: number[]; rows: string[][]; header?: boolean }
  | { kind: 'pagebreak' }
  /** a page break to a landscape page (as Word's landscape section exports), or back to portrait */
  | { kind: 'landscape' | 'portrait' };

export interface PdfSpec {
  blocks: PdfBlock[];
  header?: string;
  /** `{page}` and `{pages}` are replaced */
  footer?: string;
  /** every page landscape from the first (a slide deck saved as PDF) */
  landscape?: boolean;
  /** a word set large and light across the middle of every page at 45 degrees ("DRAFT") */
  watermark?: string;
  scramble?: boolean;
  /** width of the discussion column in a row (the rest, after a gutter, is the box) */
  leftWidth?: number;
}

const PAGE = { width: 595, height: 842, margin: 60 };
const SIZE = 10;
const LEAD = 13;

interface Placed {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  page: number;
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter((w) => w !== '')) {
      const next = line ? `${line} ${word}` : word;
      if (line && font.widthOfTextAtSize(next, size) > width) {
        out.push(line);
        line = word;
      } else line = next;
    }
    out.push(line);
  }
  return out;
}

export async function buildPdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const placed: Placed[] = [];
  let page = 0;
  // Each page's size: portrait A4, or landscape from a 'landscape' block on.
  const first: [number, number] = spec.landscape ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height];
  const sizes: [number, number][] = [first];
  let y = first[1] - PAGE.margin - 20;
  const bottom = PAGE.margin + 20;
  const newPage = (size: [number, number] = sizes[page] ?? [PAGE.width, PAGE.height]) => {
    page += 1;
    sizes[page] = size;
    y = size[1] - PAGE.margin - 20;
  };
  const put = (text: string, x: number, size = SIZE, isBold = false) =>
    placed.push({ text, x, y, size, bold: isBold, page });
  const leftWidth = spec.leftWidth ?? 300;
  const textWidth = PAGE.width - 2 * PAGE.margin;

  for (const b of spec.blocks) {
    if (b.kind === 'pagebreak') {
      newPage();
      continue;
    }
    if (b.kind === 'landscape' || b.kind === 'portrait') {
      newPage(b.kind === 'landscape' ? [PAGE.height, PAGE.width] : [PAGE.width, PAGE.height]);
      continue;
    }
    if (b.kind === 'space') {
      y -= b.points ?? LEAD;
      continue;
    }
    if (b.kind === 'title' || b.kind === 'heading') {
      const size = b.kind === 'title' ? 16 : 12;
      if (y - size < bottom) newPage();
      for (const line of wrap(b.text, bold, size, textWidth)) {
        put(line, PAGE.margin, size, true);
        y -= size + 6;
      }
      continue;
    }
    if (b.kind === 'para') {
      for (const line of wrap(b.text, b.bold ? bold : regular, SIZE, textWidth)) {
        if (y < bottom) newPage();
        put(line, PAGE.margin, SIZE, b.bold ?? false);
        y -= LEAD;
      }
      y -= 6;
      continue;
    }
    if (b.kind === 'row') {
      const left = b.left.flatMap((t, i) => [
        ...wrap(t, regular, SIZE, leftWidth),
        ...(i < b.left.length - 1 ? [''] : []),
      ]);
      const right = (b.right ?? []).flatMap((t) => wrap(t, regular, SIZE, textWidth - leftWidth - 30));
      const n = Math.max(left.length, right.length);
      for (let i = 0; i < n; i += 1) {
        if (y < bottom || (b.breakAfter !== undefined && i === b.breakAfter)) newPage();
        if (left[i]) put(left[i] as string, PAGE.margin);
        if (right[i]) put(right[i] as string, PAGE.margin + leftWidth + 30);
        y -= LEAD;
      }
      y -= 8;
      continue;
    }
    if (b.kind !== 'table') continue;
    // A table: each row as tall as its tallest cell, a gap between rows.
    b.rows.forEach((row, r) => {
      const cells = row.map((c, k) =>
        wrap(c, r === 0 && b.header !== false ? bold : regular, SIZE, (b.widths[k] ?? 100) - 8),
      );
      const height = Math.max(...cells.map((c) => c.length));
      if (y - height * LEAD < bottom) newPage();
      for (let i = 0; i < height; i += 1) {
        let x = PAGE.margin;
        cells.forEach((c, k) => {
          if (c[i]) put(c[i] as string, x, SIZE, r === 0 && b.header !== false);
          x += b.widths[k] ?? 100;
        });
        y -= LEAD;
      }
      y -= 6;
    });
    y -= 6;
  }

  const pages: PDFPage[] = [];
  for (let n = 0; n <= page; n += 1) pages.push(doc.addPage(sizes[n] ?? [PAGE.width, PAGE.height]));
  let items = placed;
  if (spec.scramble) {
    // Words split across items (one even in mid-word), drawn in an order that is not reading order.
    items = placed.flatMap((p) => {
      const font = p.bold ? bold : regular;
      const words = p.text.split(' ');
      let x = p.x;
      return words.flatMap((w, i) => {
        const word = i < words.length - 1 ? `${w} ` : w;
        const pieces = w.length > 6 ? [word.slice(0, 3), word.slice(3)] : [word];
        return pieces.map((piece) => {
          const at = x;
          // Glyph by glyph: a PDF's text is drawn without the kerning pdf-lib measures a string with
          // ("P," is narrower kerned), so a piece placed by its kerned width would overlap the next.
          for (const c of piece) x += font.widthOfTextAtSize(c, p.size);
          return { ...p, text: piece, x: at };
        });
      });
    });
    // A fixed shuffle (no randomness in tests): every third item first, from the bottom up.
    items = [...items].sort(
      (a, b) => a.page - b.page || (items.indexOf(a) % 3) - (items.indexOf(b) % 3) || a.y - b.y,
    );
  }
  // Helvetica with code 1 mapped to the glyph /fi: what a typesetter's ligature looks like to a reader.
  let ligature: PDFRef | null = null;
  if (spec.scramble) {
    ligature = doc.context.register(
      doc.context.obj({
        Type: 'Font',
        Subtype: 'Type1',
        BaseFont: 'Helvetica',
        Encoding: { Type: 'Encoding', Differences: [1, PDFName.of('fi')] },
      }),
    );
  }
  for (const it of items) {
    const page = pages[it.page];
    if (!page) continue;
    const font = it.bold ? bold : regular;
    const parts = ligature && !it.bold ? it.text.split('fi') : [it.text];
    let x = it.x;
    parts.forEach((part, k) => {
      if (k > 0 && ligature) {
        const name = page.node.newFontDictionary('Lig', ligature);
        page.pushOperators(
          beginText(),
          setFontAndSize(name, it.size),
          moveText(x, it.y),
          showText(PDFHexString.of('01')),
          endText(),
        );
        x += regular.widthOfTextAtSize('fi', it.size);
      }
      if (part !== '') page.drawText(part, { x, y: it.y, size: it.size, font, color: rgb(0, 0, 0) });
      x += font.widthOfTextAtSize(part, it.size);
    });
  }
  pages.forEach((pg, n) => {
    const [width, height] = sizes[n] ?? [PAGE.width, PAGE.height];
    if (spec.header) pg.drawText(spec.header, { x: PAGE.margin, y: height - 35, size: 8, font: regular });
    if (spec.watermark)
      pg.drawText(spec.watermark, {
        x: width / 2 - 150,
        y: height / 2 - 120,
        size: 96,
        font: bold,
        color: rgb(0.85, 0.85, 0.85),
        rotate: degrees(45),
      });
    if (spec.footer)
      pg.drawText(spec.footer.replace('{page}', String(n + 1)).replace('{pages}', String(pages.length)), {
        x: width / 2 - 20,
        y: 30,
        size: 8,
        font: regular,
      });
  });
  return doc.save({ useObjectStreams: false });
}
