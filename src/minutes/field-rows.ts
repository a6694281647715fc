/**
 * A meeting's details kept in a two-column table ("| **Date** | 4th of June 2019 |", "Venue<TAB>2
 * Marsham Street") are the field lines they stand for ("Date: 4th of June 2019"), as the next
 * meeting's details are read. A two-column table holding an action ("| Action | … |", "| Owner | … |")
 * is left alone: it is read as a table; one laid out with tabs is written as the block of fields it
 * is. Pure: lines in, lines out.
 */
import { listsAttendees, matchSection, stripMarkdown } from './markers.js';
import { columnOf, isRule, pipeCells } from './tables.js';

/** The fields of a meeting's details: the vocabulary of this stage. */
const MEETING_FIELDS: ReadonlySet<string> = new Set([
  'date',
  'time',
  'venue',
  'location',
  'where',
  'place',
  'room',
]);

// The meeting's own name in such a table: "| Meeting | Strategy Board |".
const TITLE_FIELDS: ReadonlySet<string> = new Set(['meeting', 'title', 'name of meeting', 'meeting title']);

const fieldName = (cell: string) => stripMarkdown(cell).replace(/[:.]$/, '').trim().toLowerCase();

/** "Date", "Venue": a cell naming a field of a meeting's details (a header cell of a table of dates). */
export const isMeetingField = (cell: string) => MEETING_FIELDS.has(fieldName(cell));

/**
 * "Date | Time | Venue": the header of a table of meetings' dates (the coming meetings, each a row),
 * as a file lays one out.
 */
export function isMeetingDetailsHeader(names: readonly string[]): boolean {
  const fields = names.map(fieldName);
  return fields.length >= 2 && fields.includes('date') && fields.every((f) => MEETING_FIELDS.has(f));
}

/**
 * A row of the table that is a field of the meeting's details: the date, time and place; its name;
 * or, in a table that holds the attendance, who attended ("| Present | A (NCA); B (CPS) |", "| Chair
 * | … |", "| Apologies | … |").
 */
const isField = (name: string, holdsAttendance: boolean) =>
  MEETING_FIELDS.has(name) ||
  TITLE_FIELDS.has(name) ||
  (holdsAttendance ? matchSection(`${name}:`) !== null : matchSection(`${name}:`)?.kind === 'chair');

/**
 * The columns of a table of meetings to keep: its header names a date and a place among other
 * columns ("Date | Venue | Main item"); null for any other table, or one of meeting fields alone.
 */
function scheduleColumns(header: readonly string[]): number[] | null {
  const fields = header.map(fieldName);
  if (!fields.includes('date') || !fields.some((f) => PLACE_FIELDS.has(f))) return null;
  const kept = fields.flatMap((f, c) => (MEETING_FIELDS.has(f) ? [c] : []));
  return kept.length < fields.length ? kept : null;
}

const PLACE_FIELDS: ReadonlySet<string> = new Set(['venue', 'location', 'where', 'place', 'room']);

// "Owner<TAB>Home Office": a row of a table of two columns, its name first.
const TABBED_ROW = /^([A-Za-z][A-Za-z /]{1,30}?):?\t+(\S.*)$/;

/**
 * The rows from `i` of an action written down a table of two columns, as text copied from Word
 * has it ("Action<TAB>Prepare …", "Owner<TAB>NCA", "Due<TAB>30 June"): a field name first on every
 * row, the action's text and its owner among them. Their number, or 0.
 */
function tabbedActionRecord(lines: readonly string[], i: number): number {
  const kinds = new Set<string>();
  let end = i;
  while (end < lines.length && end - i < 8) {
    const line = lines[end] ?? '';
    const m = line.length <= 2000 ? TABBED_ROW.exec(line) : null;
    const kind = m ? columnOf(m[1] ?? '') : 'other';
    if (kind === 'other' || kinds.has(kind)) break;
    kinds.add(kind);
    end += 1;
  }
  return kinds.has('text') && kinds.has('owner') ? end - i : 0;
}

export function fieldRows(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    const record = line.includes('\t') ? tabbedActionRecord(lines, i) : 0;
    if (record > 0) {
      // Read as the block of fields it is ("Action: …", "Owner: …").
      for (const row of lines.slice(i, i + record)) out.push(row.replace(/:?\t+/, ': '));
      i += record;
      continue;
    }
    if (!line.trimStart().startsWith('|')) {
      // Two cells only: "Time ⇥ Item ⇥ Who ⇥ Notes" is the header of a table, whose first column is
      // a time, not the meeting's time.
      const tabbed = line.length <= 300 ? /^([A-Za-z ]{2,20}?):?\t+(\S[^\t]*?)\t*$/.exec(line) : null;
      out.push(
        tabbed && MEETING_FIELDS.has(fieldName(tabbed[1] ?? '')) ? `${tabbed[1]}: ${tabbed[2]}` : line,
      );
      i += 1;
      continue;
    }
    let end = i;
    while (end < lines.length && (lines[end] ?? '').trimStart().startsWith('|') && end - i < 200) end += 1;
    const rows = lines.slice(i, end).map(pipeCells);
    // A field and its value: one column alone ("| Date |" over the dates of meetings) is a list.
    const twoColumns = rows.every((r) => r.length <= 2) && rows.some((r) => r.length === 2);
    const holdsAction = rows.some((r) => ['text', 'owner'].includes(columnOf(r[0] ?? '')));
    const details = rows.some((r) => MEETING_FIELDS.has(fieldName(r[0] ?? '')));
    // Its attendance rows are fields only when it holds the attendance list itself: a "Chair" row
    // above a list of those present (which names the chair again) is the header's, not the list's.
    const holdsAttendance = rows.some((r) => listsAttendees(matchSection(`${fieldName(r[0] ?? '')}:`)?.kind));
    // "| Date | Venue | Main item |": the year's meetings, each a row; what else a row says (its
    // main item, its chair) is no part of where the meeting is, so only the meeting's fields are kept.
    const kept = !twoColumns && !holdsAction ? scheduleColumns(rows[0] ?? []) : null;
    for (let k = i; k < end; k += 1) {
      const cells = rows[k - i] ?? [];
      if (kept) out.push(`| ${kept.map((c) => cells[c] ?? '').join(' | ')} |`);
      else if (!twoColumns || holdsAction || !details) out.push(lines[k] ?? '');
      else if (cells.every(isRule)) out.push('');
      else if (isField(fieldName(cells[0] ?? ''), holdsAttendance) && (cells[1] ?? '') !== '')
        out.push(`${stripMarkdown(cells[0] ?? '').replace(/[:.]$/, '')}: ${cells[1]}`);
      else out.push(lines[k] ?? '');
    }
    i = end;
  }
  return out;
}

// "Present   : Jo Lee", "Date      : 21 November 2023": a label padded with spaces to line its colon
// up with the others (a typewriter's habit), or French spacing's "Apologies : …". Letters only
// before the gap, so a time ("10 : 30") is left alone, and a sentence's words before " : " are
// more than a label's two unless a gap lines its colon up.
const SPACED_LABEL = /^(\s*[A-Za-z][A-Za-z'’()/ -]{0,40}?[A-Za-z)])([ \t]+):(?=\s|$)/;
const labelWords = (label: string, gap: string) => (gap === ' ' ? 2 : 5) >= label.trim().split(/\s+/).length;

/**
 * "Present   : Jo Lee" is the field "Present:    Jo Lee": the colon closed up to its label, so the
 * gap before it is no column's, and the value where it stood, so the lines aligned under it still
 * go on from it. Pure: lines in, lines out.
 */
export function closedUpLabels(lines: readonly string[]): string[] {
  return lines.map((line) =>
    line.includes(' :') || line.includes('\t:')
      ? line.replace(SPACED_LABEL, (all, label: string, gap: string) =>
          labelWords(label, gap) ? `${label}:${gap}` : all,
        )
      : line,
  );
}
