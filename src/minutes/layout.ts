/**
 * Column structure of a line. PDF-to-text tools render a two-column page either with tabs between
 * the columns or (pdftotext -layout) with runs of spaces; both become cells with a start column.
 */

export interface Cell {
  text: string;
  /** character offset of the cell in the line (meaningful for space-aligned layouts) */
  col: number;
  /** the cell was separated from the previous one by a tab */
  tab: boolean;
}

export interface Row {
  raw: string;
  cells: Cell[];
  blank: boolean;
}

// A list marker alone in its cell: Word exports put a tab after "2." or "•".
const LONE_MARKER = /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}[.)]|[•·▪◦‣*+\-–—o])$/;

/** Splits a line on tabs and on runs of three or more spaces (two are common after a full stop). */
export function toRow(raw: string): Row {
  const cells: Cell[] = [];
  let start = -1;
  let spaces = 0;
  let afterTab = false;
  let pendingTab = false;
  const push = (end: number): void => {
    if (start >= 0) {
      cells.push({ text: raw.slice(start, end).trim(), col: start, tab: pendingTab });
      pendingTab = false;
    }
    start = -1;
  };
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i];
    if (ch === '\t') {
      push(i - spaces);
      // A tab with nothing before it is an empty left column.
      if (cells.length === 0 && !afterTab) cells.push({ text: '', col: 0, tab: false });
      afterTab = true;
      pendingTab = true;
      spaces = 0;
      continue;
    }
    if (ch === ' ') {
      spaces += 1;
      continue;
    }
    if (start >= 0 && spaces >= 3) push(i - spaces);
    if (start < 0) start = i;
    spaces = 0;
  }
  push(raw.length);
  if (pendingTab && cells.length > 0) cells.push({ text: '', col: raw.length, tab: true });

  const merged: Cell[] = [];
  for (const cell of cells) {
    const prev = merged[merged.length - 1];
    if (prev && prev.text !== '' && LONE_MARKER.test(prev.text) && cell.text !== '') {
      prev.text = `${prev.text} ${cell.text}`;
      continue;
    }
    merged.push({ ...cell });
  }
  return { raw, cells: merged, blank: raw.trim() === '' };
}

/** Splits a line into table-ish cells: tabs or two or more spaces (attendance lists, text tables). */
export function looseCells(text: string): string[] {
  return text
    .trim()
    .split(/\t+|\s{2,}/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}
