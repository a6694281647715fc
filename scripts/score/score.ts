/**
 * How well the minutes reader did on a document, against the parse a careful secretariat would
 * make. Pure: a found parse and an expected one in, figures out. Written apart from the reader and
 * without reading it, so it measures the reader rather than agreeing with it.
 *
 * Text is compared after NFKC, collapsed whitespace, straight quotes, "-" for dashes and without a
 * trailing full stop; organisations, owners, roles, titles and locations case-insensitively; a
 * found meeting title may contain the expected one.
 */

export interface Person {
  organisation: string | null;
  name: string;
  role: string | null;
  deputisingFor: string | null;
}
export interface Action {
  text: string;
  owners: string[];
  item: string | null;
  due: string | null;
}
export interface NextMeeting {
  start: string;
  end: string | null;
  location: string | null;
}
export interface Parse {
  meeting: { title: string | null; date: string | null } | null;
  attendees: Person[];
  apologies: Person[];
  items: { number: string; title: string }[];
  actions: Action[];
  nextMeeting: NextMeeting | null;
}

export interface DocumentScore {
  /** actions exactly right: owners in order, item and text */
  actionsExact: number;
  /** the larger of expected and found, so a spurious action costs as much as a missed one */
  actionsOutOf: number;
  /** actions whose due date is given and right, among those found with the right text */
  dueRight: number;
  dueOutOf: number;
  nextMeetingRight: boolean;
  /** the whole parse right, attendees, apologies and items included */
  fullyRight: boolean;
  /** what differed, for the person reading the score */
  differences: string[];
}

export function normalise(text: string | null | undefined): string {
  if (text === null || text === undefined) return '';
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .trim();
}

const folded = (text: string | null | undefined) => normalise(text).toLowerCase();

function sameAction(found: Action, expected: Action): boolean {
  return (
    normalise(found.text) === normalise(expected.text) &&
    (found.item ?? null) === (expected.item ?? null) &&
    found.owners.length === expected.owners.length &&
    found.owners.every((o, i) => folded(o) === folded(expected.owners[i]))
  );
}

function samePerson(a: Person, b: Person): boolean {
  return (
    folded(a.organisation) === folded(b.organisation) &&
    normalise(a.name) === normalise(b.name) &&
    folded(a.role) === folded(b.role) &&
    folded(a.deputisingFor) === folded(b.deputisingFor)
  );
}

function sameNext(a: NextMeeting | null, b: NextMeeting | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.start === b.start && (a.end ?? null) === (b.end ?? null) && folded(a.location) === folded(b.location)
  );
}

function sameList<T>(a: T[], b: T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i] as T));
}

/** Each expected action is matched at most once, in document order. */
function matchActions(found: Action[], expected: Action[], same: (f: Action, e: Action) => boolean) {
  const used = new Set<number>();
  const pairs: [Action, Action][] = [];
  for (const f of found) {
    const i = expected.findIndex((e, k) => !used.has(k) && same(f, e));
    if (i < 0) continue;
    used.add(i);
    pairs.push([f, expected[i] as Action]);
  }
  return pairs;
}

export function scoreDocument(found: Parse, expected: Parse): DocumentScore {
  const differences: string[] = [];
  const exact = matchActions(found.actions, expected.actions, sameAction);
  const byText = matchActions(
    found.actions,
    expected.actions,
    (f, e) => normalise(f.text) === normalise(e.text),
  );
  const actionsOutOf = Math.max(found.actions.length, expected.actions.length);
  // Dates given and right: an action with no date on either side says nothing of dates, and counted
  // as right it would hide a wrong one beside it (min(right, out of) below).
  const dueRight = byText.filter(([f, e]) => e.due && f.due === e.due).length;
  const dueOutOf = Math.max(
    found.actions.filter((a) => a.due).length,
    expected.actions.filter((a) => a.due).length,
    byText.filter(([f, e]) => f.due !== e.due).length,
  );
  for (const e of expected.actions)
    if (!exact.some(([, x]) => x === e))
      differences.push(`missed or wrong action: ${e.owners.join(', ')}: ${e.text}`);
  for (const f of found.actions)
    if (!exact.some(([x]) => x === f))
      differences.push(`spurious or wrong action: ${f.owners.join(', ')}: ${f.text}`);
  const nextMeetingRight = sameNext(found.nextMeeting, expected.nextMeeting);
  if (!nextMeetingRight)
    differences.push(
      `next meeting: found ${JSON.stringify(found.nextMeeting)}, expected ${JSON.stringify(expected.nextMeeting)}`,
    );
  const meetingRight =
    expected.meeting === null
      ? found.meeting === null || (found.meeting.title === null && found.meeting.date === null)
      : found.meeting !== null &&
        found.meeting.date === expected.meeting.date &&
        folded(found.meeting.title).includes(folded(expected.meeting.title));
  if (!meetingRight)
    differences.push(
      `meeting: found ${JSON.stringify(found.meeting)}, expected ${JSON.stringify(expected.meeting)}`,
    );
  const attendeesRight = sameList(found.attendees, expected.attendees, samePerson);
  if (!attendeesRight)
    differences.push(
      `attendees: found ${found.attendees.length}, expected ${expected.attendees.length} (or a field differs)`,
    );
  const apologiesRight = sameList(found.apologies, expected.apologies, samePerson);
  if (!apologiesRight)
    differences.push(
      `apologies: found ${found.apologies.length}, expected ${expected.apologies.length} (or a field differs)`,
    );
  const itemsRight = sameList(
    found.items,
    expected.items,
    (a, b) => a.number === b.number && folded(a.title) === folded(b.title),
  );
  if (!itemsRight)
    differences.push(
      `items: found ${found.items.length}, expected ${expected.items.length} (or a title differs)`,
    );
  const actionsRight =
    found.actions.length === expected.actions.length &&
    found.actions.every((a, i) => {
      const e = expected.actions[i] as Action;
      return sameAction(a, e) && (a.due ?? null) === (e.due ?? null);
    });
  // Every action right but not in the document's order, or one with its due date wrong.
  if (!actionsRight && exact.length === actionsOutOf)
    differences.push('actions: each found, but out of the document’s order or with a due date wrong');
  return {
    actionsExact: exact.length,
    actionsOutOf,
    dueRight: Math.min(dueRight, dueOutOf),
    dueOutOf,
    nextMeetingRight,
    fullyRight:
      meetingRight && attendeesRight && apologiesRight && itemsRight && actionsRight && nextMeetingRight,
    differences,
  };
}

/** The empty extraction, which is what a hostile document that yields an error counts as. */
export const EMPTY: Parse = {
  meeting: null,
  attendees: [],
  apologies: [],
  items: [],
  actions: [],
  nextMeeting: null,
};

export interface Totals {
  documents: number;
  fullyRight: number;
  actionsExact: number;
  actionsOutOf: number;
  dueRight: number;
  dueOutOf: number;
  nextMeetingsRight: number;
}

export function total(scores: DocumentScore[]): Totals {
  return {
    documents: scores.length,
    fullyRight: scores.filter((s) => s.fullyRight).length,
    actionsExact: scores.reduce((n, s) => n + s.actionsExact, 0),
    actionsOutOf: scores.reduce((n, s) => n + s.actionsOutOf, 0),
    dueRight: scores.reduce((n, s) => n + s.dueRight, 0),
    dueOutOf: scores.reduce((n, s) => n + s.dueOutOf, 0),
    nextMeetingsRight: scores.filter((s) => s.nextMeetingRight).length,
  };
}

export const percent = (n: number, of: number) => (of === 0 ? 100 : Math.round((1000 * n) / of) / 10);
