/**
 * A meeting kept as a structured record, not written out: a tracker's or a form's export in YAML
 * or JSON ("meeting:", "attendees:", "actions:" with "action", "owner", "due" for each). Read with
 * the yaml package (YAML holds JSON), it becomes the lines minutes would be: the title, "Date:" and
 * "Venue:", "Present:" and "Apologies:" over their entries, the items, "Actions:" over each task
 * with its owner and due date as fields, and "Next meeting:". The keys are vocabulary, below. Pure:
 * lines in, lines out; text that is no such record comes back as it was.
 */
import { parse } from 'yaml';

/** The keys a record may use for each part, in the order looked for. */
const KEYS = {
  meeting: ['meeting', 'meeting_details', 'details'],
  title: ['title', 'name', 'committee', 'meeting_title', 'meeting_name', 'body'],
  date: ['date', 'meeting_date', 'held_on', 'held'],
  venue: ['venue', 'location', 'where', 'place'],
  time: ['time', 'start_time', 'start'],
  attendees: ['attendees', 'present', 'attendance', 'members_present', 'participants', 'attendee_list'],
  apologies: ['apologies', 'absent', 'apologies_received', 'apologies_list', 'absentees'],
  items: ['items', 'agenda', 'agenda_items'],
  itemTitle: ['title', 'name', 'subject', 'item'],
  itemNumber: ['number', 'no', 'id', 'ref'],
  actions: ['actions', 'action_items', 'action_log', 'tasks'],
  task: ['action', 'task', 'description', 'text', 'title', 'summary'],
  owner: ['owner', 'owners', 'assignee', 'assigned_to', 'lead', 'responsible', 'who'],
  due: ['due', 'due_date', 'deadline', 'by', 'target_date', 'when'],
  item: ['item', 'agenda_item', 'minute'],
  next: ['next_meeting', 'nextmeeting', 'next'],
  person: ['name', 'full_name', 'person', 'attendee', 'display_name'],
  organisation: ['organisation', 'organization', 'org', 'body', 'department', 'agency'],
  role: ['role', 'meeting_role'],
} as const;

// What such a record opens with (after comments): a mapping's first key, or JSON's brace.
const OPENS_AS_RECORD = /^(?:[A-Za-z_][\w-]{0,40}\s*:(?:\s|$)|\{)/;
// A key a meeting's record has: without one, a "key: value" text is no such record.
const RECORD_KEY =
  /(?:^|[{,])\s*"?(?:actions|action_?items|action_?log|tasks|attendees|attendee_?list|present|attendance|participants)"?\s*:/im;
// The largest record read: a meeting's is a few kilobytes.
const MAX_CHARS = 200_000;

type Mapping = Record<string, unknown>;

/** A key as the vocabulary writes it: "assignedTo", "Assigned to", "assigned-to" are "assigned_to". */
const keyName = (key: string): string =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const isMapping = (v: unknown): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value of the first of `keys` the mapping has, its keys compared in lower case. */
function field(m: Mapping, keys: readonly string[]): unknown {
  const lower = new Map(Object.entries(m).map(([k, v]) => [keyName(k), v]));
  for (const k of keys) if (lower.has(k)) return lower.get(k);
  return undefined;
}

/** A scalar as text ("10:00" and 2025 alike); a list of scalars joined ("Leeds City Council, Hull City Council"). */
function text(v: unknown): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (Array.isArray(v))
    return v
      .map(text)
      .filter((t) => t !== '')
      .join(', ');
  return '';
}

/** An attendance entry as a list's line: "Carol Shaw, West Yorkshire Police (Chair)". */
function personLine(v: unknown): string {
  if (!isMapping(v)) return text(v);
  const name = text(field(v, KEYS.person));
  const body = text(field(v, KEYS.organisation));
  const role = text(field(v, KEYS.role));
  const entry = [name, body].filter((t) => t !== '').join(', ');
  return entry === '' ? '' : role === '' ? entry : `${entry} (${role})`;
}

/** An action as a list's entry: "- Share the profile (Owner: West Yorkshire Police; Due: 2025-03-21) (Item 2)". */
function actionLine(v: unknown): string {
  if (!isMapping(v)) return text(v) === '' ? '' : `- ${text(v)}`;
  const task = text(field(v, KEYS.task));
  if (task === '') return '';
  const fields = [
    ['Owner', text(field(v, KEYS.owner))],
    ['Due', text(field(v, KEYS.due))],
  ].filter(([, value]) => value !== '');
  const item = text(field(v, KEYS.item));
  const bracket = fields.length > 0 ? ` (${fields.map(([k, value]) => `${k}: ${value}`).join('; ')})` : '';
  return `- ${task}${bracket}${item === '' ? '' : ` (Item ${item})`}`;
}

/** A list's lines under its label, or none when the record has no such list. */
function listLines(label: string, list: unknown, line: (v: unknown) => string): string[] {
  const entries = (Array.isArray(list) ? list : list === undefined ? [] : [list])
    .map(line)
    .filter((l) => l !== '');
  return entries.length > 0 ? [`${label}:`, ...entries, ''] : [];
}

/** The record as minutes' lines. */
function written(record: Mapping): string[] {
  const meeting = field(record, KEYS.meeting);
  const details = isMapping(meeting) ? meeting : record;
  const title = text(field(details, KEYS.title)) || text(field(record, KEYS.title));
  const date = text(field(details, KEYS.date)) || text(field(record, KEYS.date));
  const venue = text(field(details, KEYS.venue));
  const time = text(field(details, KEYS.time));
  const items = field(record, KEYS.items);
  const itemLines = (Array.isArray(items) ? items : []).flatMap((v, k) => {
    const heading = isMapping(v) ? text(field(v, KEYS.itemTitle)) : text(v);
    const number = (isMapping(v) ? text(field(v, KEYS.itemNumber)) : '') || String(k + 1);
    return heading === '' ? [] : [`${number}. ${heading}`, ''];
  });
  const next = field(record, KEYS.next);
  const nextText = isMapping(next)
    ? [field(next, KEYS.date), field(next, KEYS.time), field(next, KEYS.venue)]
        .map(text)
        .filter((t) => t !== '')
        .join(', ')
    : text(next);
  return [
    ...(title === '' ? [] : [title]),
    ...(date === '' ? [] : [`Date: ${date}${time === '' ? '' : `, ${time}`}`]),
    ...(venue === '' ? [] : [`Venue: ${venue}`]),
    '',
    ...listLines('Present', field(record, KEYS.attendees), personLine),
    ...listLines('Apologies', field(record, KEYS.apologies), personLine),
    ...itemLines,
    ...listLines('Actions', field(record, KEYS.actions), actionLine),
    ...(nextText === '' ? [] : [`Next meeting: ${nextText}`]),
  ];
}

/** The lines as minutes when they are a meeting's record in YAML or JSON (see the file comment). */
export function structuredRecord(lines: readonly string[]): string[] {
  const first = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (first < 0 || !OPENS_AS_RECORD.test(lines[first] ?? '')) return [...lines];
  const source = lines.join('\n');
  if (source.length > MAX_CHARS || !RECORD_KEY.test(source)) return [...lines];
  let record: unknown;
  try {
    // (Aliases capped: a record has none, and a "billion laughs" of them is an attack.)
    record = parse(source, { maxAliasCount: 10, prettyErrors: false });
  } catch {
    return [...lines];
  }
  return isMapping(record) && structured(record) ? written(record) : [...lines];
}

/**
 * Whether the record has a part with fields of its own (the meeting's details, an action's owner
 * and due date): notes written as "Present: …" and "Actions:" over dashes parse as YAML too, and are
 * read as the minutes they are.
 */
function structured(record: Mapping): boolean {
  return [KEYS.meeting, KEYS.attendees, KEYS.actions, KEYS.next].some((keys) => {
    const v = field(record, keys);
    return isMapping(v) || (Array.isArray(v) && v.some(isMapping));
  });
}
