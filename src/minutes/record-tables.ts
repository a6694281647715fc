/**
 * Actions printed as records by a tracker's or database's report: a record line of fields parted
 * by runs of spaces ("A17/04   Item 2   Owner: Home Office   Due: 31 March 2017") with the action
 * itself indented on the lines under it. A run of such records is a table whose borders are the
 * layout: each record one row, its fields the cells, the indented text the action's cell. Pure.
 */
import { type Column, columnOf } from './tables.js';
import type { TextTable } from './text-tables.js';

// "Item 2", "Agenda item 3": the item a record belongs to.
const ITEM_PART = /^(?:agenda\s+)?item\s+(\d+[a-z]?)$/i;
// "A17/04", "AP 12", "3.2": the record's reference.
const CODE_PART = /^[A-Z]{0,4}\s?\d+(?:[./-]\d+)*[a-z]?$/;
// "Owner: Home Office": a field named as a column of an action table names it.
const LABELLED_PART = /^([A-Za-z][A-Za-z ]{0,24}?)\s*:\s*(.*)$/;

interface Part {
  column: Column;
  name: string;
  value: string;
}

/** The fields of a record line, or null when any part of it is no field (prose, a heading). */
function recordParts(line: string): Part[] | null {
  if (line.length > 300 || /^\s/.test(line) || !line.includes(':')) return null;
  const pieces = line.trim().split(/\s{2,}|\t+/);
  if (pieces.length < 2) return null;
  const parts: Part[] = [];
  for (const piece of pieces) {
    const item = ITEM_PART.exec(piece);
    const labelled = LABELLED_PART.exec(piece);
    if (item) parts.push({ column: 'item', name: 'Item', value: item[1] ?? '' });
    else if (CODE_PART.test(piece)) parts.push({ column: 'number', name: 'Ref', value: piece });
    else if (labelled && columnOf(labelled[1] ?? '') !== 'other')
      parts.push({ column: columnOf(labelled[1] ?? ''), name: labelled[1] ?? '', value: labelled[2] ?? '' });
    else return null;
  }
  return parts.some((p) => p.column === 'owner') ? parts : null;
}

/** The records from line `i`, each a record line and its indented action, as one table. */
export function recordTable(lines: readonly string[], i: number): TextTable | null {
  const first = recordParts(lines[i] ?? '');
  if (first === null) return null;
  const names = first.map((p) => p.name);
  const columns = first.map((p) => p.column).join();
  const rows: string[][] = [];
  let j = i;
  while (j < lines.length) {
    const parts = j === i ? first : recordParts(lines[j] ?? '');
    // Every record of a report has the same fields in the same order.
    if (parts === null || parts.map((p) => p.column).join() !== columns) break;
    const text: string[] = [];
    let k = j + 1;
    for (; k < lines.length && /^\s+\S/.test(lines[k] ?? ''); k += 1) text.push((lines[k] ?? '').trim());
    if (text.length === 0 && !parts.some((p) => p.column === 'text')) break;
    rows.push([...parts.map((p) => p.value), text.join(' ')]);
    j = k;
  }
  return rows.length > 0 ? { start: i, span: j - i, rows: [[...names, 'Action'], ...rows] } : null;
}
