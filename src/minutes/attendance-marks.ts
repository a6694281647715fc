/**
 * A council's register of members, each marked after their name with a letter a key explains:
 * "Cllr J. Whitaker (Chairman) (P), Cllr M. Doyle (A), Cllr T. Lin (S)" over "Key: P – present,
 * A – apologies, S – substitute". Those present (and substitutes, who attend) stay in the list, their
 * marks taken off; those who sent apologies go to an "Apologies:" line under it; the absent go. The
 * key's line goes too. Pure: lines in, lines out.
 */

export type Attendance = 'present' | 'apologies' | 'absent';

// What a key says each mark means.
const MEANINGS: readonly (readonly [RegExp, Attendance])[] = [
  [
    /^(?:present|attended|in\s+attendance|substitute|substituting|sub|deputy|virtual(?:ly)?|remote(?:ly)?|online)$/i,
    'present',
  ],
  [/^(?:apologies|apology|sent\s+apologies|apologies\s+(?:given|received|sent))$/i, 'apologies'],
  [/^(?:absent|absent\s+without\s+apologies|not\s+present|did\s+not\s+attend)$/i, 'absent'],
];
// The marks councils use when they give no key.
export const USUAL_MARKS: ReadonlyMap<string, Attendance> = new Map([
  ['P', 'present'],
  ['A', 'apologies'],
  ['AP', 'apologies'],
  ['AB', 'absent'],
  ['S', 'present'],
]);

// "Key: P – present, A – apologies", "Key: (P) Present; (A) Apologies".
const KEY_LINE = /^\s*key\s*:?\s+(.{3,200})$/i;
const KEY_PART = /^\(?([A-Z]{1,3})\)?\s*(?:[–—=:-]\s*)?(\S.{1,40}?)\.?$/;
// An entry's mark, last in it: "Cllr R. Osei (P)".
const MARK = /\s*\(([A-Z]{1,3})\)\s*$/;
// "Members: …", "Councillors present: …": the list's label before its entries.
const LABEL = /^(\s*[A-Za-z][A-Za-z ]{0,40}:\s*)(.*)$/;

function readKey(text: string): Map<string, Attendance> | null {
  const key = new Map<string, Attendance>();
  for (const part of text.split(/\s*[,;]\s*|\s{2,}/)) {
    const m = KEY_PART.exec(part.trim());
    const meaning = m ? MEANINGS.find(([words]) => words.test((m[2] ?? '').trim()))?.[1] : undefined;
    if (!m || !meaning) return null;
    key.set(m[1] ?? '', meaning);
  }
  return key.size >= 2 ? key : null;
}

/** The entries of a line, each with its mark read; null unless every entry carries a mark the key knows. */
function markedEntries(
  text: string,
  key: ReadonlyMap<string, Attendance>,
): { entry: string; attendance: Attendance }[] | null {
  const entries = text.split(/\s*[,;]\s+/).filter((e) => e.trim() !== '');
  const out: { entry: string; attendance: Attendance }[] = [];
  for (const e of entries) {
    const m = MARK.exec(e);
    const attendance = m ? key.get(m[1] ?? '') : undefined;
    if (!m || !attendance) return null;
    out.push({ entry: e.slice(0, m.index).trim(), attendance });
  }
  return out;
}

/**
 * "Members: Cllr J. Whitaker (P), Cllr R. Osei (P), Cllr M." over "Doyle (A), Cllr T. Lin (S)": a
 * register wrapped at a width, a line ending mid-entry or after a comma, the next one ending in a mark.
 */
function unwrapped(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const t = line.trim();
    if (
      last !== undefined &&
      t !== '' &&
      last.length <= 2000 &&
      /\([A-Z]{1,3}\)/.test(last) &&
      (!MARK.test(last) || /,\s*$/.test(last)) &&
      MARK.test(t) &&
      !LABEL.test(t)
    )
      out[out.length - 1] = `${last.trimEnd()} ${t}`;
    else out.push(line);
  }
  return out;
}

export function attendanceMarks(written: readonly string[]): string[] {
  // Most minutes have no marks: a cheap look for "(P)" or "(A)" first.
  if (!written.some((l) => l.length <= 2000 && /\((?:P|A|AP|AB|S)\)/.test(l))) return [...written];
  const lines = unwrapped(written);
  const keyAt = lines.findIndex((l) => l.length <= 300 && KEY_LINE.test(l));
  const key = keyAt >= 0 ? readKey(KEY_LINE.exec(lines[keyAt] ?? '')?.[1] ?? '') : null;
  const marks = key ?? USUAL_MARKS;
  const read = lines.map((line) => {
    const labelled = line.length <= 2000 ? LABEL.exec(line) : null;
    const rest = labelled ? (labelled[2] ?? '') : line;
    const entries = line.length <= 2000 && MARK.test(rest) ? markedEntries(rest, marks) : null;
    return entries ? { label: labelled ? (labelled[1] ?? '') : '', entries } : null;
  });
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i += 1) {
    if (i === keyAt && key) continue;
    // A run of marked lines: the register, one line or a member to a line.
    let end = i;
    while (end < lines.length && read[end]) end += 1;
    const run = read.slice(i, end).flatMap((r) => (r ? [r] : []));
    const entries = run.flatMap((r) => r.entries);
    // Without a key, only a register of several marked members, one of them present, is read by marks.
    if (
      run.length === 0 ||
      (key === null && (entries.length < 3 || !entries.some((e) => e.attendance === 'present')))
    ) {
      out.push(lines[i] ?? '');
      continue;
    }
    changed = true;
    for (const r of run) {
      const present = r.entries.filter((e) => e.attendance === 'present').map((e) => e.entry);
      if (present.length > 0 || r.label !== '') out.push(`${r.label}${present.join(', ')}`);
    }
    const apologies = entries.filter((e) => e.attendance === 'apologies').map((e) => e.entry);
    if (apologies.length > 0) out.push(`Apologies: ${apologies.join(', ')}`);
    i = end - 1;
  }
  // (A register not read by its marks leaves the lines as they were written, unjoined.)
  return changed ? out : [...written];
}
