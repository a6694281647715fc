/**
 * Text items of a PDF, with their positions, -> the document model, as a person reads the page:
 * lines rebuilt from positions (whatever order the content stream drew them in), running headers,
 * footers and page numbers dropped, a table rebuilt from its header's columns, a second column
 * found by the gutter beside it — an Actions box read as a box where it stands, a second column
 * of text after the first — and a sentence that crosses a page joined. Pure: pdf.ts feeds it.
 */
import type { Block } from '../document/model.js';
import { isMeetingDetailsHeader } from '../field-rows.js';
import { matchLabel, stripNumbering } from '../markers.js';
import { balloonBoxes } from '../markup-balloons.js';
import { isPageFurniture } from '../normalise.js';
import { type Column, columnOf, headerColumns } from '../tables.js';
import { startsWithActionVerb } from '../verbs.js';

export interface PdfTextItem {
  str: string;
  /** left edge and baseline, in PDF units from the page's bottom left */
  x: number;
  y: number;
  width: number;
  /** font size */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  /** baseline, from the top of the page */
  top: number;
  size: number;
  /** text separated by gaps wider than a cell's (columns, cells) */
  segments: Segment[];
  /** text separated by gaps wider than a word space: what a table's narrow cells are cut from */
  runs: Segment[];
}

/** A gap wider than this share of the font size separates two cells or columns. */
const CELL_GAP = 1.0;
/** A gap wider than this share of the font size is a space between words. */
const WORD_GAP = 0.18;
/** A gap wider than this share of the font size is more than a word space: a cell may end there. */
const RUN_GAP = 0.45;

function join(
  sorted: readonly { x: number; width: number; str: string; size: number }[],
  size: number,
  gapShare: number,
): Segment[] {
  const out: Segment[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    const gap = last ? it.x - last.x1 : Number.POSITIVE_INFINITY;
    if (last && gap <= gapShare * size) {
      const space = gap > WORD_GAP * it.size && !/\s$/.test(last.text) && !/^\s/.test(it.str);
      last.text += (space ? ' ' : '') + it.str;
      last.x1 = Math.max(last.x1, it.x + it.width);
    } else out.push({ x0: it.x, x1: it.x + it.width, text: it.str });
  }
  for (const s of out) s.text = s.text.replace(/\s+/g, ' ').trim();
  return out;
}

function buildLines(page: PdfPage): Line[] {
  const items = page.items
    .filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y))
    .map((i) => ({ ...i, top: page.height - i.y, size: Math.abs(i.size) || 10 }))
    .sort((a, b) => a.top - b.top || a.x - b.x);
  const lines: { top: number; size: number; items: typeof items }[] = [];
  for (const item of items) {
    // Items whose baselines are within a fraction of the type size share a line.
    const line = lines.find((l) => Math.abs(l.top - item.top) <= 0.45 * Math.min(l.size, item.size));
    if (line) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ top: item.top, size: item.size, items: [item] });
  }
  lines.sort((a, b) => a.top - b.top);
  return lines.map((l) => {
    const sorted = l.items.sort((a, b) => a.x - b.x);
    return {
      top: l.top,
      size: l.size,
      segments: join(sorted, l.size, CELL_GAP),
      runs: join(sorted, l.size, RUN_GAP),
    };
  });
}

const lineText = (l: Line) => l.segments.map((s) => s.text).join(' ');
const margin = (l: Line, page: PdfPage) => l.top < page.height * 0.09 || l.top > page.height * 0.91;
const furnitureKey = (t: string) => t.replace(/\d+/g, '#').toLowerCase();

/** Running headers, footers and page numbers: furniture-like lines in the margins, or ones repeated there. */
function dropFurniture(pages: { page: PdfPage; lines: Line[] }[]): void {
  const counts = new Map<string, number>();
  for (const { page, lines } of pages) {
    const keys = new Set(lines.filter((l) => margin(l, page)).map((l) => furnitureKey(lineText(l))));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const p of pages) {
    p.lines = p.lines.filter((l) => {
      if (!margin(l, p.page)) return true;
      const text = lineText(l);
      if (isPageFurniture(text)) return false;
      return !(pages.length >= 2 && (counts.get(furnitureKey(text)) ?? 0) >= 2);
    });
  }
}

// ---- tables ------------------------------------------------------------------------------------

interface OpenTable {
  starts: number[];
  cols: Column[];
  rows: string[][];
  lastTop: number;
  size: number;
  keyed: number;
}

function tableHeader(line: Line): OpenTable | null {
  if (line.runs.length < 2) return null;
  const names = line.runs.map((s) => s.text);
  const cols = names.map(columnOf);
  const action = headerColumns(names);
  const minutes = cols.includes('item') && cols.includes('text') && cols.length >= 3;
  // "Date | Time | Venue": the coming meetings, a row each (read as the lines they would be).
  if (!action && !minutes && !isMeetingDetailsHeader(names)) return null;
  return {
    starts: line.runs.map((s) => s.x0),
    cols,
    rows: [names],
    lastTop: line.top,
    size: line.size,
    keyed: cols.indexOf('number'),
  };
}

function columnAt(t: OpenTable, x: number): number {
  let c = 0;
  for (let k = 0; k < t.starts.length; k += 1) if ((t.starts[k] ?? 0) <= x + 2) c = k;
  return c;
}

/** Adds the line to the table, or returns false when the line is no part of it. */
function tableLine(t: OpenTable, line: Line, newPage: boolean): boolean {
  const gap = line.top - t.lastTop;
  if (!newPage && gap > 2.6 * t.size) return false;
  // A heading or a paragraph in other type ends the table.
  if (Math.abs(line.size - t.size) > t.size * 0.15) return false;
  const first = t.starts[0] ?? 0;
  for (const s of line.runs) {
    if (s.x0 < first - 6) return false;
    // Text that runs across a column's start (with no more than a word space) is a paragraph, not a cell.
    if (t.starts.some((x, k) => k > 0 && s.x0 < x - 4 && s.x1 > x + 4)) return false;
  }
  const cells = t.starts.map(() => '');
  for (const s of line.runs) {
    const c = columnAt(t, s.x0);
    cells[c] = cells[c] ? `${cells[c]} ${s.text}` : s.text;
  }
  const previous = t.rows.length > 1 ? t.rows[t.rows.length - 1] : undefined;
  // A wrapped cell goes on under its row: a new row has its number, or starts after a row's gap.
  const newRow =
    !previous ||
    newPage ||
    (t.keyed >= 0 ? (cells[t.keyed] ?? '') !== '' : gap > 1.5 * t.size && (cells[0] ?? '') !== '');
  if (newRow && !(newPage && previous && t.keyed >= 0 && (cells[t.keyed] ?? '') === '')) t.rows.push(cells);
  else if (previous)
    cells.forEach((c, k) => {
      if (c !== '') previous[k] = previous[k] ? `${previous[k]}\n${c}` : c;
    });
  t.lastTop = line.top;
  return true;
}

// ---- columns -----------------------------------------------------------------------------------

// "3. Training", "4. Next meeting": an item's number and a short title, alone on its line.
const ITEM_HEADING_LINE = /^\d{1,2}\.\s+[A-Z][A-Za-z'’ -]{2,40}$/;

interface Gutter {
  from: number;
  to: number;
  /** the right-hand column is a box beside the text (not a second column of it) */
  aside: boolean;
}

/** A vertical band that no line's text crosses (bar a few), with text on both sides of it. */
function findGutter(lines: Line[]): Gutter | null {
  if (lines.length < 3) return null;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = 0;
  for (const l of lines)
    for (const s of l.segments) {
      minX = Math.min(minX, s.x0);
      maxX = Math.max(maxX, s.x1);
    }
  const bin = 2;
  const n = Math.ceil((maxX - minX) / bin) + 1;
  if (!Number.isFinite(n) || n < 10 || n > 5000) return null;
  const cover = new Array<number>(n).fill(0);
  for (const l of lines) {
    const marked = new Set<number>();
    for (const s of l.segments)
      for (let b = Math.floor((s.x0 - minX) / bin); b <= Math.floor((s.x1 - minX) / bin); b += 1)
        marked.add(b);
    for (const b of marked) cover[b] = (cover[b] ?? 0) + 1;
  }
  const allowed = Math.max(1, Math.floor(lines.length * 0.12));
  let best: { from: number; to: number; right: number } | null = null;
  for (let b = Math.floor(n * 0.2); b < n * 0.85; b += 1) {
    if ((cover[b] ?? 0) > allowed) continue;
    let e = b;
    while (e + 1 < n * 0.9 && (cover[e + 1] ?? 0) <= allowed) e += 1;
    const bandEnd = e;
    // A sparse column (a box of three lines) is under the threshold too: the gutter is the part of
    // the band that the fewest lines cross.
    let least = Number.POSITIVE_INFINITY;
    for (let k = b; k <= bandEnd; k += 1) least = Math.min(least, cover[k] ?? 0);
    let runStart = b;
    let run = { from: b, to: b - 1 };
    for (let k = b; k <= bandEnd + 1; k += 1) {
      if (k <= bandEnd && (cover[k] ?? 0) === least) continue;
      if (k - runStart > run.to - run.from + 1) run = { from: runStart, to: k - 1 };
      runStart = k + 1;
    }
    const from = minX + run.from * bin;
    const to = minX + (run.to + 1) * bin;
    b = bandEnd;
    if (to - from < 8) continue;
    const rightStarts = lines.flatMap((l) =>
      l.segments.filter((s) => s.x0 >= to - 1).map((s) => Math.round(s.x0)),
    );
    const left = lines.filter((l) => l.segments.some((s) => s.x1 <= from + 1)).length;
    if (rightStarts.length < 2 || left < 2) continue;
    // The right column is aligned: most of its lines start at one x.
    const counts = new Map<number, number>();
    for (const x of rightStarts) counts.set(x, (counts.get(x) ?? 0) + 1);
    const aligned = Math.max(...counts.values());
    if (aligned < rightStarts.length * 0.5) continue;
    // A column of text is filled to its edge (its lines wrap there); the cells of a table, such as
    // an attendance list's organisations, stop short of the next cell by as much as they like.
    // Judged on the lines with text on both sides: a page's short lines elsewhere (a title, the
    // headings, a list) say nothing about the column beside the box.
    const both = lines.filter(
      (l) => l.segments.some((s) => s.x1 <= from + 1) && l.segments.some((s) => s.x0 >= to - 1),
    );
    // A box's "Actions:" label stands level with its item's heading, which is short: such a line is
    // the column layout itself, whatever its length.
    const labelBeside = (l: Line) =>
      l.segments.some((s) => s.x0 >= to - 1 && matchLabel(s.text.trim()) === '');
    const edges = (both.length >= 3 ? both : lines).flatMap((l) => {
      const inLeft = l.segments.filter((s) => s.x1 <= from + 1);
      if (inLeft.length === 0) return [];
      return [labelBeside(l) ? Number.POSITIVE_INFINITY : Math.max(...inLeft.map((s) => s.x1))];
    });
    const filled = edges.filter((x) => x >= from - (from - minX) * 0.15).length;
    // A box's label beside the text says the column is a box, however short the lines beside it.
    if (filled < edges.length * 0.4 && !edges.includes(Number.POSITIVE_INFINITY)) continue;
    if (!best || rightStarts.length > best.right) best = { from, to, right: rightStarts.length };
  }
  if (!best) return null;
  const rightWidth = maxX - best.to;
  const leftWidth = best.from - minX;
  const rightSegments = lines.flatMap((l) => l.segments).filter((s) => s.x0 >= (best?.to ?? 0) - 1);
  const firstRight = rightSegments[0]?.text ?? '';
  const labelled = matchLabel(firstRight) !== null || matchLabel(stripNumbering(firstRight)) !== null;
  // A box that goes on from the page before starts with its action's words, not its label; an
  // "Actions:" standing alone further down the column says the column is boxes all the same.
  const labelBelow = rightSegments.some((s) => matchLabel(s.text.trim()) === '');
  // "3. Training", "4. Next meeting" down a right column as wide as the left: the minutes going on
  // in a second column (a newsletter's layout), whatever label its first line has; a box holds
  // actions, not the items' headings.
  const itemHeadings = rightSegments.some(
    (s) => ITEM_HEADING_LINE.test(s.text.trim()) && !startsWithActionVerb(stripNumbering(s.text.trim())),
  );
  const box = (labelled || labelBelow) && !itemHeadings;
  return { from: best.from, to: best.to, aside: box || rightWidth < leftWidth * 0.6 };
}

// ---- the flow of the text ----------------------------------------------------------------------

type Entry =
  | {
      kind: 'para';
      lines: string[];
      heading: boolean;
      lastTop: number;
      /** where the last line ends, from the page's left */
      lastRight: number;
      size: number;
      page: number;
    }
  | { kind: 'table'; rows: string[][] };

const ENDS_SENTENCE = /[.!?:;]["')\]]?$/;

class Flow {
  readonly entries: Entry[] = [];
  readonly asides: { anchor: number; lines: string[]; lastTop: number; page: number }[] = [];

  constructor(private readonly bodySize: number) {}

  private current(): Extract<Entry, { kind: 'para' }> | null {
    const last = this.entries[this.entries.length - 1];
    return last && last.kind === 'para' ? last : null;
  }

  /**
   * A line of the main text. `page` tells a page break (a sentence cut by it is joined); `edge`, where
   * the line ends and where the page's text does.
   */
  text(text: string, top: number, size: number, page: number, edge = { line: 0, page: 0 }): void {
    const heading = size >= this.bodySize * 1.15;
    const cur = this.current();
    // A title too long for the page wraps: its next line, in the same type at the line spacing,
    // is more of it when the line's first word would not have fitted on the line above (a word is
    // half an em a letter at the least), not a heading of its own.
    if (cur && heading && cur.heading && cur.page === page && Math.abs(size - cur.size) < 0.5) {
      const word = text.trim().split(/\s+/)[0] ?? '';
      const fitted = cur.lastRight + 0.5 * size * (word.length + 1) <= edge.page;
      if (
        top - cur.lastTop <= 1.6 * size &&
        !fitted &&
        !ENDS_SENTENCE.test(cur.lines[cur.lines.length - 1] ?? '')
      ) {
        cur.lines.push(text);
        cur.lastTop = top;
        cur.lastRight = edge.line;
        return;
      }
    }
    if (cur && !heading && !cur.heading) {
      const last = cur.lines[cur.lines.length - 1] ?? '';
      const sameParagraph =
        cur.page === page ? top - cur.lastTop <= 1.55 * Math.max(size, cur.size) : !ENDS_SENTENCE.test(last);
      if (sameParagraph) {
        cur.lines.push(text);
        cur.lastTop = top;
        cur.lastRight = edge.line;
        cur.page = page;
        return;
      }
    }
    this.entries.push({
      kind: 'para',
      lines: [text],
      heading,
      lastTop: top,
      lastRight: edge.line,
      size,
      page,
    });
  }

  /** A heading the layout itself marks (a side head), whatever its type size. */
  heading(text: string, top: number, size: number, page: number): void {
    this.entries.push({ kind: 'para', lines: [text], heading: true, lastTop: top, lastRight: 0, size, page });
  }

  /** A line of the box beside the text: one box runs on until a gap in it. */
  aside(text: string, top: number, size: number, page: number): void {
    const last = this.asides[this.asides.length - 1];
    if (last && last.page === page && top - last.lastTop <= 1.55 * size) {
      last.lines.push(text);
      last.lastTop = top;
      return;
    }
    // Read after the paragraph it stands beside (the one the main text is in at this height).
    const anchor = Math.max(0, this.entries.length - 1);
    this.asides.push({ anchor, lines: [text], lastTop: top, page });
  }

  table(rows: string[][]): void {
    this.entries.push({ kind: 'table', rows });
  }

  blocks(): Block[] {
    const out: Block[] = [];
    const byAnchor = new Map<number, string[][]>();
    // Balloons of tracked changes and comments printed in the margin are reviewers' marks: gone.
    const balloons = balloonBoxes(this.asides.map((a) => a.lines[0] ?? ''));
    this.asides.forEach((a, i) => {
      if (!balloons[i]) byAnchor.set(a.anchor, [...(byAnchor.get(a.anchor) ?? []), a.lines]);
    });
    this.entries.forEach((e, k) => {
      if (e.kind === 'table') out.push({ kind: 'table', rows: e.rows });
      else if (e.heading) out.push({ kind: 'heading', level: 1, number: null, text: e.lines.join(' ') });
      else out.push({ kind: 'paragraph', text: e.lines.join('\n') });
      for (const lines of byAnchor.get(k) ?? []) out.push({ kind: 'aside', lines });
      out.push({ kind: 'blank' });
    });
    if (this.entries.length === 0)
      for (const lines of byAnchor.get(0) ?? []) out.push({ kind: 'aside', lines });
    return out;
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 10;
}

/** "2. Modern Slavery Bill" with "Actions:" standing alone to its right: a box's label beside the text. */
function labelBesideText(line: Line): boolean {
  const [first, ...rest] = line.segments;
  return first !== undefined && rest.some((s) => s.x0 > first.x1 + 40 && matchLabel(s.text.trim()) === '');
}

/** The x most of the right column's lines start at. */
function rightColumnStart(lines: readonly Line[], gutter: Gutter): number | null {
  const counts = new Map<number, number>();
  for (const l of lines)
    for (const s of l.segments)
      if (s.x0 >= gutter.to - 1) counts.set(Math.round(s.x0), (counts.get(Math.round(s.x0)) ?? 0) + 1);
  let best: number | null = null;
  for (const [x, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = x;
  return best;
}

/**
 * Where the box column of the page before started, when some line of this page has text there
 * after a gap (and text before it); null when none has.
 */
function besideAt(lines: readonly Line[], asideAt: number): number | null {
  const beside = lines.some((l) =>
    l.segments.some(
      (s, k) => k > 0 && Math.abs(s.x0 - asideAt) <= 3 && (l.segments[k - 1]?.x1 ?? s.x0) <= s.x0 - 8,
    ),
  );
  return beside ? asideAt : null;
}

// "2. Move-on", "3 Outreach": an item's number and the start of its title, in a side head.
const SIDE_HEAD = /^\d{1,2}[.)]?\s+\S.{0,40}$/;

/**
 * Side heads: each item's number and title in a narrow column down the left, what was said in the
 * wide column beside it. The x where the wide column starts, when two or more lines open with an
 * item's number alone on the left and text at that x, the left column the narrower by far; null
 * otherwise.
 */
function sideHeadsAt(lines: readonly Line[], pageWidth: number): number | null {
  let left = Number.POSITIVE_INFINITY;
  let right = 0;
  const counts = new Map<number, number>();
  for (const l of lines) {
    for (const seg of l.segments) {
      left = Math.min(left, seg.x0);
      right = Math.max(right, seg.x1);
    }
    const [first, second] = l.segments;
    if (first && second && SIDE_HEAD.test(first.text.trim()) && second.x0 - first.x1 >= 8) {
      const x = Math.round(second.x0);
      counts.set(x, (counts.get(x) ?? 0) + 1);
    }
  }
  let at: number | null = null;
  for (const [x, n] of counts) if (n >= 2 && (at === null || n > (counts.get(at) ?? 0))) at = x;
  // The text's width: as wide as the page's margins allow, when its lines are all short.
  const width = Math.max(right, pageWidth - left) - left;
  return at !== null && at - left < width * 0.4 ? at : null;
}

/**
 * The lines of a page with side heads (see sideHeadsAt), given to the flow as a person reads them:
 * each side head whole (its lines in the left column, to the next) as a heading, then the text
 * beside it. A line across both columns (the title, the attendance) is read as it stands.
 */
function readSideHeads(
  lines: readonly Line[],
  at: number,
  flow: Flow,
  pageNo: number,
  tables: { starts: ReadonlyMap<Line, OpenTable>; lines: ReadonlySet<Line> },
): void {
  let head: { left: string[]; top: number; size: number } | null = null;
  let beside: Line[] = [];
  const flush = () => {
    if (head) flow.heading(head.left.join(' '), head.top, head.size, pageNo);
    for (const l of beside) flow.text(lineText(l), l.top, l.size, pageNo);
    head = null;
    beside = [];
  };
  for (const line of lines) {
    // A table on the page stands where it was drawn, after the side head above it.
    if (tables.lines.has(line)) {
      const starting = tables.starts.get(line);
      if (starting) {
        flush();
        flow.table(starting.rows);
      }
      continue;
    }
    const leftOf = line.segments.filter((seg) => seg.x1 <= at - 3);
    const rightOf = line.segments.filter((seg) => seg.x0 >= at - 3);
    if (leftOf.length + rightOf.length < line.segments.length) {
      flush();
      flow.text(lineText(line), line.top, line.size, pageNo);
      continue;
    }
    const first = leftOf[0]?.text.trim() ?? '';
    if (leftOf.length > 0 && SIDE_HEAD.test(first)) {
      flush();
      head = { left: [], top: line.top, size: line.size };
    }
    if (!head) {
      flow.text(lineText(line), line.top, line.size, pageNo);
      continue;
    }
    head.left.push(...leftOf.map((seg) => seg.text.trim()));
    if (rightOf.length > 0) beside.push({ ...line, segments: rightOf });
  }
  flush();
}

export function layoutPdf(pages: readonly PdfPage[]): Block[] {
  const read = pages.map((page) => ({ page, lines: buildLines(page) }));
  dropFurniture(read);
  const sizes = read.flatMap((p) => p.lines.map((l) => l.size));
  const flow = new Flow(median(sizes));
  // Tables first, over every page (one may run onto the next): their columns are no gutter.
  const inTable = new Set<Line>();
  const startsTable = new Map<Line, OpenTable>();
  let table: OpenTable | null = null;
  for (const { lines } of read) {
    let newPage = true;
    for (const line of lines) {
      if (table && tableLine(table, line, newPage)) {
        inTable.add(line);
        newPage = false;
        continue;
      }
      newPage = false;
      table = tableHeader(line);
      if (table) {
        inTable.add(line);
        startsTable.set(line, table);
      }
    }
  }
  // Where the last page's box column started: a page whose right column starts there too goes on
  // with boxes (a box running over the page, no label of its own), not with a second column of text.
  let asideAt: number | null = null;
  let boxesSeen = false;
  read.forEach(({ page, lines }, pageNo) => {
    const sideAt = sideHeadsAt(
      lines.filter((l) => !inTable.has(l)),
      page.width,
    );
    if (sideAt !== null) {
      readSideHeads(lines, sideAt, flow, pageNo, { starts: startsTable, lines: inTable });
      return;
    }
    // The boxes start level with the first item that has one: the title and the attendance list
    // above it (a table without a header row, its cells crossing where the gutter will be) are one
    // column, read whole, and left out when the gutter is looked for if the whole page shows none.
    // Only the minutes' opening stands above the first box: later pages (one may start with a box
    // going on from the page before) are boxes from their top.
    const labelAt = boxesSeen ? -1 : lines.findIndex(labelBesideText);
    if (labelAt >= 0) boxesSeen = true;
    const boxesFrom = Math.max(0, labelAt);
    // So are a title and a line of details across the page above two columns of text (as wide as
    // each other: a table's last column beside the rest is no column of text): the columns start
    // with the first line that has text on both sides.
    const bothAt = lines.findIndex((l) => !inTable.has(l) && l.segments.length >= 2);
    const textColumns = (): Gutter | null => {
      const columns =
        bothAt > 0 && bothAt !== labelAt
          ? findGutter(lines.slice(bothAt).filter((l) => !inTable.has(l)))
          : null;
      return columns && !columns.aside ? columns : null;
    };
    const found =
      findGutter(lines.filter((l) => !inTable.has(l))) ??
      (labelAt > 0 ? findGutter(lines.slice(labelAt).filter((l) => !inTable.has(l))) : null) ??
      textColumns();
    const startsAt = found
      ? rightColumnStart(lines, found)
      : asideAt !== null
        ? besideAt(lines, asideAt)
        : null;
    const gutter =
      found && !found.aside && asideAt !== null && startsAt !== null && Math.abs(startsAt - asideAt) <= 3
        ? { ...found, aside: true }
        : // A page too short to show a gutter of its own (a line or two of a row the page's end cut
          // off): text where the last page's boxes began goes on with them.
          (found ?? (startsAt !== null ? { from: startsAt - 3, to: startsAt, aside: true } : null));
    asideAt = gutter?.aside ? startsAt : null;
    // Where the page's text ends on the right: how far a wrapped line could have run.
    const pageRight = lines.reduce((m, l) => l.segments.reduce((n, seg) => Math.max(n, seg.x1), m), 0);
    const right: Line[] = [];
    lines.forEach((line, at) => {
      const starting = startsTable.get(line);
      if (starting) flow.table(starting.rows);
      if (inTable.has(line)) return;
      const split = gutter !== null && at >= boxesFrom ? gutter : null;
      const left = split ? line.segments.filter((s) => s.x0 < split.from) : line.segments;
      const beside = split ? line.segments.filter((s) => s.x0 >= split.from) : [];
      if (left.length > 0)
        flow.text(left.map((s) => s.text).join('\t'), line.top, line.size, pageNo, {
          line: left.reduce((m, seg) => Math.max(m, seg.x1), 0),
          page: pageRight,
        });
      if (beside.length === 0) return;
      if (split?.aside) flow.aside(beside.map((s) => s.text).join(' '), line.top, line.size, pageNo);
      else right.push({ ...line, segments: beside });
    });
    // A second column of text is read after the first.
    for (const line of right) flow.text(lineText(line), line.top, line.size, pageNo + 0.5);
  });
  return flow.blocks();
}
