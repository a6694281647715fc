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

// A list marker alone in its cell: Word exports put a tab after "2." or "•", action logs after "A3".
const LONE_MARKER =
  /^(?:\(?\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,5}\)|[ivx]{1,5}[.)]|[•·▪◦‣*+\-–—o]|AP?\s?\d{1,3})$/;

const SPACE = 32;
// (Faster than includes('   '), which stops at every space.)
const THREE_SPACES = / {3}/;
// Column breaks: blank space with a tab in it (however many), or a run of three or more spaces.
const SEPARATOR = /[ \t]*\t[ \t]*| {3,}/g;

/**
 * Whether the line's words run across `col` (no space either side of it, text before it): a line
 * the width of the page, not a line of two columns parted there.
 */
export function crossesColumn(line: string, col: number): boolean {
  return line.length > col && line[col - 1] !== ' ' && line[col] !== ' ' && line.slice(0, col).trim() !== '';
}

/** Splits a line on tabs and on runs of three or more spaces (two are common after a full stop). */
export function toRow(raw: string): Row {
  if (!raw.includes('\t') && !THREE_SPACES.test(raw)) return singleCellRow(raw);
  const cells: Cell[] = [];
  // A tab since the last cell: the next cell is a tab column (see Cell.tab).
  let pendingTab = false;
  let sawTab = false;
  let from = 0;
  // The separators are found by the regex engine; only the text between them is looked at here.
  SEPARATOR.lastIndex = 0;
  for (;;) {
    const sep = SEPARATOR.exec(raw);
    const end = sep ? sep.index : raw.length;
    let start = from;
    while (start < end && raw.charCodeAt(start) === SPACE) start += 1;
    if (start < end) {
      cells.push({ text: raw.slice(start, end).trim(), col: start, tab: pendingTab });
      pendingTab = false;
    }
    if (!sep) break;
    if (sep[0].includes('\t')) {
      // A tab with nothing before it is an empty left column.
      if (cells.length === 0 && !sawTab) cells.push({ text: '', col: 0, tab: false });
      sawTab = true;
      pendingTab = true;
    }
    from = end + sep[0].length;
  }
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
