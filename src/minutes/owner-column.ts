/**
 * Minutes kept as a table whose owner column stands first, "Action by ⇥ Minute", pasted as text:
 * the columns put the other way round, owners last ("2.1 … Westshire Police to report … ⇥
 * Westshire Police"), as the reader reads a column of owners beside what was said. Pure: lines in,
 * lines out.
 */
import { isOwnerColumnHeading } from './markers.js';
import { isDiscussionColumn } from './tables.js';

/** Where the minutes' column starts: after the tab, or at the heading's column when spaces align it. */
interface Columns {
  tab: boolean;
  col: number;
}

const HEADER = /^(\S.*?)(\t+|\s{2,})(\S.*?)\s*$/;

function header(line: string): Columns | null {
  if (line.length > 200) return null;
  const m = HEADER.exec(line);
  if (!m || !isOwnerColumnHeading(m[1] ?? '') || !isDiscussionColumn(m[3] ?? '')) return null;
  const gap = m[2] ?? '';
  return { tab: gap.includes('\t'), col: (m[1] ?? '').length + gap.length };
}

/** The owners and the minute of one row, or null when the line is no row of the table. */
function row(line: string, columns: Columns): { owners: string; minute: string } | null {
  if (columns.tab) {
    const at = line.indexOf('\t');
    if (at < 0) return null;
    return { owners: line.slice(0, at).trim(), minute: line.slice(at).replace(/^\t+/, '') };
  }
  // Aligned with spaces: the owners end before the minutes' column, with a gap before it.
  const owners = line.slice(0, columns.col);
  if (owners.trim() !== '' && !/\s{2,}$/.test(owners)) return null;
  return { owners: owners.trim(), minute: line.slice(columns.col).trim() };
}

export function ownersColumnLast(lines: readonly string[]): string[] {
  let columns: Columns | null = null;
  return lines.map((line) => {
    const heading = header(line);
    if (heading) {
      columns = heading;
      return `\t${line.slice(0, line.search(/\t|\s{2,}/))}`;
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
