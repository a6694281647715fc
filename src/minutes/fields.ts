/**
 * An action written as a block of labelled fields, one a line ("Who: Migrant Help", "What: Produce
 * a breakdown …", "When: 17 March 2020"), as action trackers and some secretariats lay them out.
 * The field names are the vocabulary here; the reader asks which field a line is. Pure.
 */

export type FieldKind = 'owner' | 'text' | 'due';

/** Field names by what they hold. */
export const FIELD_NAMES: Readonly<Record<FieldKind, readonly string[]>> = {
  owner: [
    'who',
    'owner',
    'owners',
    'lead',
    'lead department',
    'lead organisation',
    'responsible',
    'by whom',
    'action by',
    'action owner',
    'assigned to',
    'assignee',
  ],
  text: ['what', 'task', 'description', 'action required'],
  due: [
    'when',
    'due',
    'due date',
    'deadline',
    'by when',
    'target date',
    'timescale',
    'complete by',
    'completion date',
  ],
};

const KIND_OF = new Map<string, FieldKind>(
  (Object.entries(FIELD_NAMES) as [FieldKind, readonly string[]][]).flatMap(([kind, names]) =>
    names.map((n) => [n, kind] as const),
  ),
);
const NAMES = [...KIND_OF.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\s+/g, '\\s+'));
const FIELD = new RegExp(`^[-–—]?\\s*(${NAMES.join('|')})\\s*:\\s*(.*)$`, 'i');

/** "Who: Migrant Help" -> { kind: 'owner', value: 'Migrant Help' }; null for a line that is no field. */
export function fieldOf(line: string): { kind: FieldKind; value: string } | null {
  const m = FIELD.exec(line.trim());
  if (!m) return null;
  const kind = KIND_OF.get((m[1] ?? '').toLowerCase().replace(/\s+/g, ' '));
  return kind ? { kind, value: (m[2] ?? '').trim() } : null;
}

/**
 * The action a block of fields gives: its "What" is the text, its "Who" the owners, its "When" the
 * due date (as written). Null unless every line is a field and one of them is the text.
 */
export function fieldBlock(
  lines: readonly string[],
): { text: string; owners: string | null; due: string | null } | null {
  const filled = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (filled.length < 2) return null;
  const out: Partial<Record<FieldKind, string>> = {};
  for (const line of filled) {
    const f = fieldOf(line);
    if (!f) return null;
    out[f.kind] = out[f.kind] ? `${out[f.kind]} ${f.value}` : f.value;
  }
  if (!out.text) return null;
  return { text: out.text, owners: out.owner || null, due: out.due || null };
}

/** A field's names as a regular expression's alternatives ("action\\s+by|lead|…"), longest first. */
export function fieldNamesPattern(kind: FieldKind): string {
  return [...FIELD_NAMES[kind]]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/\s+/g, '\\s+'))
    .join('|');
}
