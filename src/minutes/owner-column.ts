/**
 * Minutes kept as a table whose owner column stands first, "Action by ⇥ Minute", pasted as text:
 * the columns put the other way round, owners last ("2.1 … Westshire Police to report … ⇥
 * Westshire Police"), as the reader reads a column of owners beside what was said. Pure: lines in,
 * lines out.
 */
import { endsSentence, hasNumbering, isOwnerColumnHeading } from './markers.js';
import { isDiscussionColumn } from './tables.js';

/** The owner column's heading, and whether a tab parts the columns (else spaces do). */
interface Columns {
  heading: string;
  tab: boolean;
}

const HEADER = /^(\S.*?)(\t+|\s{2,})(\S.*?)\s*$/;

// The words an owner column's heading starts with (isOwnerColumnHeading's): most lines start otherwise.
const HEADING_START = /^(?:act|own|lea|who|by|res)/i;

function header(line: string): Columns | null {
  if (line.length > 200 || !HEADING_START.test(line)) return null;
  const m = HEADER.exec(line);
  if (!m || !isOwnerColumnHeading(m[1] ?? '') || !isDiscussionColumn(m[3] ?? '')) return null;
  return { heading: m[1] ?? '', tab: (m[2] ?? '').includes('\t') };
}

/** The owners and the minute of one row, or null when the line is no row of the table. */
function row(line: string, columns: Columns): { owners: string; minute: string } | null {
  if (columns.tab) {
    const at = line.indexOf('\t');
    if (at < 0) return null;
    return { owners: line.slice(0, at).trim(), minute: line.slice(at).replace(/^\t+/, '') };
  }
  // Aligned with spaces (or tabs expanded, which keep no column): a line indented holds the minute
  // alone; else the owners end at the first gap, short and no sentence or numbered paragraph.
  if (/^\s/.test(line)) return { owners: '', minute: line.trim() };
  const gap = /\s{2,}/.exec(line);
  const owners = gap ? line.slice(0, gap.index) : '';
  if (owners === '' || owners.length > 40 || endsSentence(owners) || hasNumbering(owners)) return null;
  return { owners, minute: line.slice((gap?.index ?? 0) + (gap?.[0].length ?? 0)).trim() };
}

export function ownersColumnLast(lines: readonly string[]): string[] {
  let columns: Columns | null = null;
  return lines.map((line) => {
    const heading = header(line);
    if (heading) {
      columns = heading;
      return `\t${heading.heading}`;
    }
    if (columns === null || line.trim() === '') return line;
    const r = row(line, columns);
    if (r === null || r.minute === '') {
      columns = null;
      return line;
    }
    return r.owners === '' ? r.minute : `${r.minute}\t${r.owners}`;
  });
}
