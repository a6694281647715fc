/**
 * An action written as a block of labelled fields, one a line ("Who: Migrant Help", "What: Produce
 * a breakdown …", "When: 17 March 2020"), as action trackers and some secretariats lay them out.
 * The field names are the vocabulary here; the reader asks which field a line is. Pure.
 */

export type FieldKind = 'owner' | 'text' | 'due' | 'status' | 'item' | 'ref';

/** Field names by what they hold. */
export const FIELD_NAMES: Readonly<Record<FieldKind, readonly string[]>> = {
  owner: [
    'who',
    'owner',
    'owners',
    'owner(s)',
    'lead',
    'lead(s)',
    'lead department',
    'lead organisation',
    'responsible',
    'responsible officer',
    'responsible body',
    'responsible organisation',
    'responsibility',
    'lead officer',
    'lead agency',
    'action lead',
    'by whom',
    'action by',
    'action owner',
    'assigned to',
    'assignee',
    // A Trello card's people.
    'members',
  ],
  text: [
    'what',
    'task',
    'task name',
    'task title',
    'description',
    'action required',
    'outcome',
    'card',
    // A project's register: what the action is to deliver.
    'deliverable',
    'deliverables',
  ],
  due: [
    'when',
    'due',
    'due date',
    'deadline',
    'by when',
    'target',
    'target date',
    'timescale',
    'complete by',
    'completion date',
    'target completion',
    'target completion date',
    'expected completion',
  ],
  // Where the action stands ("Status: Closed", Org mode's "CLOSED: [2016-02-09 Tue]"): a tracker's
  // field under the action, neither its text nor its date due.
  status: [
    'status',
    'rag',
    'rag status',
    'progress',
    'closed',
    'date closed',
    'completed',
    'date completed',
    'completed at',
  ],
  // An action log's stanza may name the item the action was agreed under, and number the action:
  // "Ref: NW/24/07" over "Agenda item: 2" over "Action: …" (the fields before the task are its own).
  // (A card's labels name its item when they say "Item 2"; see fieldBlock.)
  item: ['agenda item', 'item', 'item no', 'item number', 'minute', 'labels'],
  ref: ['ref', 'reference', 'action ref', 'action reference', 'action no', 'action number', 'action id'],
};

/** "Support:", "Supported by:": the field naming the bodies that support the lead (owners with it). */
export const SUPPORT_NAMES = String.raw`support(?:ed\s+by)?|supporting`;

const KIND_OF = new Map<string, FieldKind>(
  (Object.entries(FIELD_NAMES) as [FieldKind, readonly string[]][]).flatMap(([kind, names]) =>
    names.map((n) => [n, kind] as const),
  ),
);
/** Names as a regular expression's alternatives, longest first, any run of spaces between words. */
const alternatives = (names: readonly string[]): string =>
  [...names]
    .sort((a, b) => b.length - a.length)
    // "Owner(s)": a name's brackets are its own characters, not the pattern's.
    .map((n) => n.replace(/[()]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|');

const FIELD = new RegExp(`^[-–—]?\\s*(${alternatives([...KIND_OF.keys()])})\\s*:\\s*(.*)$`, 'i');

/** "Who: Migrant Help" -> { kind: 'owner', value: 'Migrant Help' }; null for a line that is no field. */
export function fieldOf(line: string): { kind: FieldKind; value: string; name: string } | null {
  const m = FIELD.exec(line.trim());
  if (!m) return null;
  const name = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const kind = KIND_OF.get(name);
  return kind ? { kind, value: (m[2] ?? '').trim(), name } : null;
}

/** A field whose text is the action only when no field names the task itself ("Action:", "What:"). */
const FALLBACK_TEXT = new Set(['outcome']);

/**
 * The action a block of fields gives: its "What" is the text, its "Who" the owners, its "When" the
 * due date (as written). Null unless every line is a field and one of them is the text.
 */
export function fieldBlock(
  lines: readonly string[],
): { text: string; owners: string | null; due: string | null; item?: string } | null {
  // "Who: NCA  What: Circulate …" on one line is as many fields as it names.
  const filled = lines.flatMap((l) => fieldsOfLine(l) ?? [l.trim()]).filter((l) => l !== '');
  if (filled.length < 2) return null;
  const fields = filled.map(fieldOf);
  if (fields.some((f) => f === null)) return null;
  // "Outcome: Checks will continue." over "Action: Repeat the checks …": the outcome is what was
  // decided, the action the task; with no task field, the outcome is the task ("Outcome: NCA to …").
  const named = fields.some((f) => f?.kind === 'text' && !FALLBACK_TEXT.has(f.name));
  const out: Partial<Record<FieldKind, string>> = {};
  for (const f of fields) {
    if (!f || (named && FALLBACK_TEXT.has(f.name))) continue;
    out[f.kind] = out[f.kind] ? `${out[f.kind]} ${f.value}` : f.value;
  }
  if (!out.text) return null;
  // "Agenda item: 2", "Item: 3.1", "Minute: Item 4": the item's top-level number.
  const item = /^(?:(?:agenda\s+)?item\s+)?(\d{1,3}[a-z]?)(?:\.\d{1,2})?$/i.exec(out.item?.trim() ?? '')?.[1];
  return { text: out.text, owners: out.owner || null, due: out.due || null, ...(item ? { item } : {}) };
}

/** A field's names as a regular expression's alternatives ("action\\s+by|lead|…"), longest first. */
export function fieldNamesPattern(kind: FieldKind): string {
  return alternatives(FIELD_NAMES[kind]);
}

// Owner fields' names a sentence also uses as words ("who: …", "action by: …" run into prose).
const OWNER_WORDS_IN_PROSE: ReadonlySet<string> = new Set(['who', 'by whom', 'action by']);

/**
 * The owner fields' names as alternatives of a regular expression, those a sentence may use as its
 * own words left out: the names that mark an owner field inside running text ("… Lead: DfE").
 */
export function ownerFieldsInTextPattern(): string {
  return alternatives(FIELD_NAMES.owner.filter((n) => !OWNER_WORDS_IN_PROSE.has(n)));
}

// Before a field's name mid-line: "Who: NCA  What: Circulate …  When: 30 May 2015" on one line. As a
// label it starts with a capital ("When:", "WHEN:"); "ask them when: …" is the text's own word.
const FIELD_START = new RegExp(
  `\\s+(?=(?:${alternatives([...KIND_OF.keys()].flatMap((n) => [`${n[0]?.toUpperCase()}${n.slice(1)}`, n.toUpperCase()]))})\\s*:)`,
  'g',
);

/**
 * The fields of one line, each as its own line: "Who: NCA  What: Circulate …  When: 30 May" gives
 * three. Null unless the line starts with a field; a line of one field gives itself.
 */
export function fieldsOfLine(line: string): string[] | null {
  // Every field has a colon; most lines have none, and this test is cheaper than the pattern.
  if (!line.includes(':')) return null;
  const text = line.trim();
  if (text.length > 1000 || !fieldOf(text)) return null;
  const pieces = text.split(FIELD_START).filter((p) => p.trim() !== '');
  // Only pieces that are all fields split the line ("What: Write to who: …" stays as written).
  // "Who: NCA | What: …": the bar or semicolon between two fields belongs to neither.
  const fields = pieces.map((p) => p.replace(/\s*[|;]\s*$/, '').trim());
  return fields.every((p) => fieldOf(p) !== null) ? fields : [text];
}

/**
 * A block of fields standing alone at `lines[i]` (no "Action" label over it): its field lines and
 * how many lines it took. A block names the task ("What") and its owner or due date; one stray
 * field ("Lead: DfE" in a paragraph) is none.
 */
const ACTION_AS_FIELD = /^action\s*:\s*(\S.*)$/i;

export function readFieldBlock(
  lines: readonly string[],
  i: number,
  /** lines passed over between fields: a file's paragraph breaks, each field its own paragraph */
  between: (index: number) => boolean = () => false,
): { fields: string[]; consumed: number } | null {
  const fields: string[] = [];
  let end = i;
  // Where the last field's value starts on its line: a line indented to it carries that value on.
  let valueAt: number | null = null;
  for (let n = i; n < lines.length && n - i < 24; n += 1) {
    if (n > i && between(n)) continue;
    const line = lines[n] ?? '';
    // "Owner: Unseen" over "Action: publish the report": under a field, the label is the task's field.
    const task = fields.length > 0 ? ACTION_AS_FIELD.exec(line.trim()) : null;
    const pieces = task ? [`What: ${task[1] ?? ''}`] : fieldsOfLine(line);
    if (!pieces) {
      // "Description: Circulate the list of … operating in" over "             the county.": a
      // value wrapped under itself, as a report prints a long field (a line at the margin, or not
      // under the value, is the minutes going on).
      const indent = line.length - line.trimStart().length;
      if (valueAt === null || valueAt < 4 || line.trim() === '' || Math.abs(indent - valueAt) > 1) break;
      fields[fields.length - 1] = `${fields[fields.length - 1]} ${line.trim()}`;
      end = n + 1;
      continue;
    }
    valueAt = valueColumn(line, pieces[pieces.length - 1] ?? '');
    // A line of fields naming a task after a block that has one is the next action ("Card: … |
    // Members: … | Due: …" a card to a line).
    if (n > i && pieces.length > 1 && hasTask(fields) && hasTask(pieces)) break;
    // "ACTION NO: 2/2   OWNER: …" under a record that has its task: the next record, blank line or not.
    if (n > i && hasTask(fields) && opensStanza(pieces[0] ?? '')) break;
    fields.push(...pieces);
    end = n + 1;
  }
  const kinds = new Set(fields.map((f) => fieldOf(f)?.kind));
  if (fields.length < 2 || !kinds.has('text') || !(kinds.has('owner') || kinds.has('due'))) return null;
  return { fields, consumed: end - i };
}

/** The column at which `field`'s value starts on `line`, or null when it is not found there. */
function valueColumn(line: string, field: string): number | null {
  const at = line.lastIndexOf(field.slice(0, field.indexOf(':') + 1));
  const value = /^[^:]*:\s*/.exec(field);
  return at < 0 || !value || value[0].length === field.length ? null : at + value[0].length;
}

const hasTask = (fields: readonly string[]): boolean => fields.some((f) => fieldOf(f)?.kind === 'text');

/** A line that opens an action log's stanza: its first field numbers the action or names its item. */
export function opensStanza(line: string): boolean {
  const kind = line.includes(':') ? fieldOf(line.trim())?.kind : undefined;
  return kind === 'ref' || kind === 'item';
}
