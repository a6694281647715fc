/**
 * Attendance given by initials with a key to them: "Present: HW (Chair), JB, SK" over "Key to
 * initials" and its lines ("HW - Helen Ware, Kent Police"). Each entry of the lists that is a key's
 * initials is written out as the person and their body ("Helen Ware (Kent Police) (Chair)"), and the
 * key itself goes, so the attendance reader reads people and the owner reader, which knows
 * attendees' initials, maps "SK to share …" to Sunita Kaur's body. Pure: lines in, lines out.
 */
import { matchSection } from './markers.js';

// "Key to initials", "Key", "Initials used", "Abbreviations": the heading over the key.
const KEY_HEADING = /^(?:key(?:\s+to\s+(?:the\s+)?initials)?|initials(?:\s+used)?|abbreviations)\s*:?$/i;
// "HW - Helen Ware, Kent Police", "PO'D – Pat O'Dowd (Kent Fire and Rescue Service)".
const KEY_LINE = /^([A-Z][A-Za-z'’]{0,5})\s*[-–—:=]\s+(.{3,200})$/;
/** How many lines of a key there must be before it is taken for one. */
const KEY_LINES = 2;

/** "Helen Ware" for "HW", "Pat O'Dowd" for "PO'D": the capitals of the name are the initials'. */
function initialsFit(initials: string, name: string): boolean {
  const letters = initials.replace(/[^A-Z]/g, '');
  const capitals = name.replace(/[^A-Z]/g, '');
  const firsts = name
    .split(/\s+/)
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
  return letters.length >= 2 && (letters === capitals || letters === firsts);
}

/** The person and their body, as a list's entry: "Helen Ware, Kent Police" -> "Helen Ware (Kent Police)". */
function entryOf(written: string): { name: string; entry: string } {
  const t = written.trim().replace(/\.$/, '');
  const comma = /^([^,()]{3,60}),\s*(.{2,150})$/.exec(t);
  if (comma) return { name: comma[1] ?? '', entry: `${comma[1]} (${comma[2]})` };
  const bracket = /^([^()]{3,60}?)\s*\((.{2,150})\)$/.exec(t);
  return { name: bracket?.[1] ?? t, entry: t };
}

/** The key's lines after its heading at `at`: initials to entries; null when it is no key. */
function readKey(lines: readonly string[], at: number): { key: Map<string, string>; end: number } | null {
  const key = new Map<string, string>();
  let end = at + 1;
  for (; end < lines.length && end - at <= 60; end += 1) {
    const line = (lines[end] ?? '').trim();
    if (line === '' && key.size === 0) continue;
    const m = KEY_LINE.exec(line);
    if (!m) break;
    const { name, entry } = entryOf(m[2] ?? '');
    if (!initialsFit(m[1] ?? '', name)) break;
    key.set(m[1] ?? '', entry);
  }
  return key.size >= KEY_LINES ? { key, end } : null;
}

/** "HW (Chair), JB, SK": each entry that is a key's initials written out, its role kept. */
function writtenOut(list: string, key: ReadonlyMap<string, string>): string {
  return list
    .split(/\s*[,;]\s*/)
    .map((part) => {
      const m = /^([A-Z][A-Za-z'’]{0,5})(\s*\([^()]*\))?\.?$/.exec(part.trim());
      const entry = m ? key.get(m[1] ?? '') : undefined;
      return entry ? `${entry}${m?.[2] ?? ''}` : part;
    })
    .join('; ');
}

export function initialsKey(lines: readonly string[]): string[] {
  const at = lines.findIndex((l) => l.length <= 40 && KEY_HEADING.test(l.trim()));
  if (at < 0) return [...lines];
  const read = readKey(lines, at);
  if (!read) return [...lines];
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i >= at && i < read.end) return;
    const section = line.length <= 400 ? matchSection(line.trim()) : null;
    if (section && section.rest !== '') {
      const head = line.slice(0, line.length - section.rest.length);
      out.push(`${head}${writtenOut(section.rest, read.key)}`);
    } else out.push(line);
  });
  return out;
}
