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

const TAB = 9;
const SPACE = 32;

/** Splits a line on tabs and on runs of three or more spaces (two are common after a full stop). */
export function toRow(raw: string): Row {
  if (!raw.includes('\t') && !raw.includes('   ')) return singleCellRow(raw);
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
    const ch = raw.charCodeAt(i);
    if (ch === TAB) {
      push(i - spaces);
      // A tab with nothing before it is an empty left column.
      if (cells.length === 0 && !afterTab) cells.push({ text: '', col: 0, tab: false });
      afterTab = true;
      pendingTab = true;
      spaces = 0;
      continue;
    }
    if (ch === SPACE) {
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
    if (prev && prev.text !== '' && cell.text !== '' && LONE_MARKER.test(prev.text)) {
      prev.text = `${prev.text} ${cell.text}`;
      continue;
    }
    merged.push(cell);
  }
  return { raw, cells: merged, blank: raw.trim() === '' };
}

/**
 * The common case, a line without a tab or a run of three spaces: one cell starting at the first
 * character that is not a space (what the general loop gives, without walking every character).
 */
function singleCellRow(raw: string): Row {
  const text = raw.trim();
  let col = 0;
  while (col < raw.length && raw.charCodeAt(col) === SPACE) col += 1;
  const cells: Cell[] = col < raw.length ? [{ text, col, tab: false }] : [];
  return { raw, cells, blank: text === '' };
}

/** Splits a line into table-ish cells: tabs or two or more spaces (attendance lists, text tables). */
export function looseCells(text: string): string[] {
  return text
    .trim()
    .split(/\t+|\s{2,}/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}
