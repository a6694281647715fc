/**
 * Minutes a Welsh public body writes in both languages side by side: the Welsh in one column and the
 * English in the other, as a two-column page through pdftotext -layout or as a Word table of two
 * columns, a row to a paragraph. The reader reads the English column alone (its vocabulary is
 * English; the Welsh says the same). Which column is Welsh is told by the words in it. Pure.
 */

import type { Block } from './document/model.js';
import { crossesColumn, toRow } from './layout.js';
import { readsWelsh, WELSH_LABELS } from './welsh.js';

// Words of running Welsh that English text does not use (single letters and words English shares,
// "a", "i", "am", left out): articles, prepositions, the verbs minutes use.
const WELSH_WORDS = new Set([
  'y',
  'yr',
  'yn',
  'ac',
  'ar',
  'gyda',
  'wedi',
  'fod',
  'mae',
  'ei',
  'eu',
  'gan',
  'erbyn',
  'ynghylch',
  'cytunwyd',
  'nododd',
  'adroddodd',
  'disgrifiodd',
  'cyflwynodd',
  'cyfarfod',
  'cofnodion',
  'dyddiad',
  'aelodau',
  'rhannu',
  ...WELSH_LABELS.flatMap(([w]) => w.split(' ')),
]);

/** How much of the text reads Welsh: its Welsh words over all its words, Welsh names counted once a cell. */
function welshShare(cells: readonly string[]): number {
  let welsh = 0;
  let words = 0;
  for (const cell of cells) {
    const ws = cell
      .toLowerCase()
      .split(/[^\p{L}’']+/u)
      .filter((w) => w !== '');
    words += ws.length;
    welsh += ws.filter((w) => WELSH_WORDS.has(w.replace(/^[’']|[’']r$/, ''))).length;
    if (readsWelsh(cell)) welsh += 1;
  }
  return words === 0 ? 0 : welsh / words;
}

/** Which of two columns is the English one: 1 when the first reads Welsh and the second not, 0 the other way, null when neither. */
function englishSide(left: readonly string[], right: readonly string[]): 0 | 1 | null {
  const l = welshShare(left);
  const r = welshShare(right);
  if (l >= 0.12 && r <= l / 4) return 1;
  if (r >= 0.12 && l <= r / 4) return 0;
  return null;
}

/**
 * The column where the right-hand text of a two-column page starts: the start of most lines'
 * second cell. Null unless most lines with text are two cells split there.
 */
function gutterOf(lines: readonly string[]): number | null {
  const starts = new Map<number, number>();
  let filled = 0;
  for (const line of lines) {
    if (line.trim() === '' || line.length > 400) continue;
    filled += 1;
    const cells = toRow(line).cells;
    if (cells.length === 2 && !cells.some((c) => c.tab)) {
      const col = cells[1]?.col ?? 0;
      starts.set(col, (starts.get(col) ?? 0) + 1);
    }
  }
  let best: [number, number] | null = null;
  for (const entry of starts) if (!best || entry[1] > best[1]) best = entry;
  return best && best[0] >= 20 && filled >= 8 && best[1] * 2 >= filled ? best[0] : null;
}

/** The English column of text laid out as Welsh and English side by side; other text as it is. */
export function englishColumnLines(lines: readonly string[]): string[] {
  // Most text is one column: a cheap look first for lines that hold a wide gap.
  if (lines.filter((l) => l.includes('   ')).length < 8) return [...lines];
  const gutter = gutterOf(lines);
  if (gutter === null) return [...lines];
  // A line whose words cross the gutter is no two-column line: the layout is something else.
  if (lines.some((l) => crossesColumn(l, gutter))) return [...lines];
  const left = lines.map((l) => l.slice(0, gutter).trim());
  const right = lines.map((l) => l.slice(gutter).trim());
  const side = englishSide(left, right);
  if (side === null) return [...lines];
  return side === 1 ? right : left;
}

/**
 * A document's tables of two columns whose one column is Welsh and the other English (a row to a
 * paragraph, no header): the English column's cells as the paragraphs they are.
 */
export function englishColumnBlocks(blocks: readonly Block[]): readonly Block[] {
  if (!blocks.some((b) => b.kind === 'table' && b.rows.length >= 4 && b.rows.every((r) => r.length === 2)))
    return blocks;
  return blocks.flatMap((b): Block[] => {
    if (b.kind !== 'table' || b.rows.length < 4 || !b.rows.every((r) => r.length === 2)) return [b];
    const side = englishSide(
      b.rows.map((r) => r[0] ?? ''),
      b.rows.map((r) => r[1] ?? ''),
    );
    if (side === null) return [b];
    return b.rows.flatMap((r): Block[] =>
      (r[side] ?? '')
        .split('\n')
        .filter((p) => p.trim() !== '')
        .map((text) => ({ kind: 'paragraph', text })),
    );
  });
}
