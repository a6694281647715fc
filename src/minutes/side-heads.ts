/**
 * Minutes laid out with side heads, as a word processor's two-column item table or a typewritten
 * minute book does: each item's number and title in a narrow left column, its discussion in a
 * wider column beside it, a gutter of spaces between ("2. Labour        Sara Quinn described …" over
 * "   exploitation  on agencies …"). Each block becomes the item's heading on a line of its own (a
 * side head wrapped over lines joined) over its discussion's lines. Pure: lines in, lines out; text
 * with no such layout comes back as it was.
 */

// "2. Labour        Sara Quinn …": a numbered side head, a gutter of three spaces or more, the text.
const HEAD = /^(\s{0,4}\d{1,2}[.)]?[ \t]+\S(?:.{0,40}?\S)?)[ \t]{3,}(\S.*)$/;
/** The fewest side heads that make the layout (one could be a line spaced for another reason). */
const HEADS_NEEDED = 2;
// Side heads are a narrow column: a discussion starting further right is a page's main column with a
// box beside it (pdftotext's layout, read by left-box.ts and the reader), not a side head's.
const MAX_HEAD_COLUMN = 32;

// A gap of columns in the discussion's part: a table of several columns, its first the item's.
const COLUMN_GAP = /\S(?:\t|\s{3,})\S/;

/** Where the discussion column starts on a side head's line, and whether more columns follow it. */
function headAt(line: string): { col: number; more: boolean } | null {
  const m = line.length <= 400 ? HEAD.exec(line) : null;
  return m ? { col: line.length - (m[2] ?? '').length, more: COLUMN_GAP.test(m[2] ?? '') } : null;
}

/** Where the discussion column starts on a side head's line with no column after it. */
function bodyColumn(line: string): number | null {
  const head = headAt(line);
  return head && !head.more ? head.col : null;
}

/** The side head's part and the discussion's part of a line under the head, parted at `col`. */
function partAt(line: string, col: number): { head: string; body: string } | null {
  if (line.length <= col) return line.trim() === '' ? null : { head: line.trim(), body: '' };
  const left = line.slice(0, col);
  const right = line.slice(col);
  // The discussion starts at the column itself; the gutter before it is blank, or the head's words
  // end at least two spaces short of it.
  if (/^\s/.test(right) || (left.trim() !== '' && !/\S\s{2,}$/.test(left))) return null;
  return { head: left.trim(), body: right.trim() };
}

/** The lines with each side head over its discussion (see the file comment). */
export function sideHeads(lines: readonly string[]): string[] {
  // The column most side heads put their discussion at.
  const columns = new Map<number, number>();
  for (const line of lines) {
    if (line.length > 400 || !/^\s{0,4}\d/.test(line)) continue;
    const head = headAt(line);
    // An item's row with more columns after the discussion: a table whose first column is the
    // item's (the table reader's), and its rows with an empty Action cell are no side heads either.
    if (head?.more) return [...lines];
    if (head && head.col <= MAX_HEAD_COLUMN) columns.set(head.col, (columns.get(head.col) ?? 0) + 1);
  }
  let col = -1;
  let most = 0;
  for (const [c, n] of columns)
    if (n > most) {
      col = c;
      most = n;
    }
  if (most < HEADS_NEEDED) return [...lines];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (bodyColumn(line) !== col) {
      out.push(line);
      continue;
    }
    // The block: this line and those under it that keep to the two columns, to a blank line.
    const head: string[] = [];
    const body: string[] = [];
    let j = i;
    for (; j < lines.length; j += 1) {
      const part = partAt(lines[j] ?? '', col);
      if (part === null || (j > i && bodyColumn(lines[j] ?? '') === col) || COLUMN_GAP.test(part.body)) break;
      if (part.head !== '') head.push(part.head);
      if (part.body !== '') body.push(part.body);
    }
    out.push(head.join(' '), ...body);
    i = j - 1;
  }
  return out;
}
