/**
 * A document's blocks as the reader takes them: the lines of its paragraphs, and beside them the
 * structure the file gave (tables, asides, paragraph ends) that text would leave the reader to
 * guess. Each unit stands at the index of an empty line, so a table detector that looks ahead over
 * the lines stops there.
 */
import { plainBullets } from '../markup.js';
import { englishLabels, isPageFurniture, normaliseCharacters } from '../normalise.js';
import { welshLabels } from '../welsh.js';
import type { Block, MinutesDocument } from './model.js';

export type DocumentUnit =
  | { kind: 'break' }
  /** the end of a list: it ends a list of actions or an agenda as a blank line would */
  | { kind: 'list-end' }
  /** `span`: the lines of text the table stands for (a text table; 1 when absent); `title`: a row spanning it */
  | { kind: 'table'; rows: string[][]; span?: number; title?: string; lineRows?: boolean }
  | { kind: 'aside'; lines: string[] }
  /** the line after it is a heading (it also stands apart, as a blank line would make it) */
  | { kind: 'heading' };

export interface DocumentLines {
  lines: string[];
  units: Map<number, DocumentUnit>;
}

const clean = (text: string) => normaliseCharacters(text).replace(/\f/g, '\n');

function blockLines(b: Block): string[] {
  switch (b.kind) {
    case 'heading':
      return [b.number ? `${b.number} ${b.text}` : b.text];
    case 'list-item':
      return [`${b.number ?? '-'} ${b.text}`];
    case 'paragraph':
      return [b.text];
    default:
      return [];
  }
}

export function documentLines(doc: MinutesDocument): DocumentLines {
  const lines: string[] = [];
  const units = new Map<number, DocumentUnit>();
  const unit = (u: DocumentUnit) => {
    units.set(lines.length, u);
    lines.push('');
  };
  const blank = () => {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] !== '' || units.has(last))) lines.push('');
  };
  const blocks = doc.blocks;
  for (let k = 0; k < blocks.length; k += 1) {
    const b = blocks[k] as Block;
    if (b.kind === 'blank') {
      blank();
      continue;
    }
    if (b.kind === 'table') {
      unit({ kind: 'table', rows: b.rows.map((r) => r.map(clean)) });
      continue;
    }
    if (b.kind === 'aside') {
      const text = b.lines.flatMap((l) => clean(l).split('\n')).filter((l) => !isPageFurniture(l));
      if (text.length > 0) unit({ kind: 'aside', lines: welshLabels(englishLabels(text)) });
      continue;
    }
    // A heading stands apart from what is above it, as it does on the page.
    if (b.kind === 'heading') unit({ kind: 'heading' });
    // A protective marking or page number left in the body (not in the header part) is furniture,
    // alone in its block or among its lines ("Actions:", "Page 2 of 3", a form feed, the action).
    const written = blockLines(b).flatMap((l) => clean(l).split('\n'));
    const text = written.filter((l) => l.trim() === '' || !isPageFurniture(l));
    if (text.length < written.length && text.every((l) => l.trim() === '')) continue;
    // "→ Home Office to publish …", "👉 Action: …": a typed arrow or a pictograph before a task
    // marks it in a Word file as in text.
    lines.push(...welshLabels(englishLabels(plainBullets(text))));
    unit({ kind: 'break' });
    if (b.kind === 'list-item' && blocks[k + 1]?.kind !== 'list-item') unit({ kind: 'list-end' });
  }
  return { lines, units };
}
