import { describe, expect, it } from 'vitest';
import { scoreFolder } from '../../scripts/minutes-score.js';
import { EMPTY, type Parse, scoreDocument, total } from '../../scripts/score/score.js';
import { VARIANTS } from '../../scripts/score/variants.js';

const action = (text: string, owners: string[], item: string | null = '1', due: string | null = null) => ({
  text,
  owners,
  item,
  due,
});
const parse = (actions: Parse['actions']): Parse => ({
  ...EMPTY,
  meeting: { title: 'IDMG', date: '2012-09-13' },
  actions,
});

describe('the minutes score', () => {
  it('counts an action exact after normalising quotes, dashes, spaces and a full stop', () => {
    const s = scoreDocument(
      parse([action('UKHTC to share the \u201cfindings\u201d \u2013 soon.', ['ukhtc'])]),
      parse([action('UKHTC to share the "findings" - soon', ['UKHTC'])]),
    );
    expect(s.actionsExact).toBe(1);
    expect(s.fullyRight).toBe(true);
  });

  it('charges a spurious action as much as a missed one, and owners must be in order', () => {
    const expected = parse([action('A', ['Home Office', 'DfE']), action('B', ['FCO'])]);
    const found = parse([action('A', ['DfE', 'Home Office']), action('B', ['FCO']), action('C', ['MOJ'])]);
    const s = scoreDocument(found, expected);
    expect([s.actionsExact, s.actionsOutOf]).toEqual([1, 3]);
    expect(s.fullyRight).toBe(false);
  });

  it('tells a wrong due date, a wrong next meeting and a wrong attendee apart', () => {
    const expected: Parse = {
      ...parse([action('A', ['FCO'], '1', '2012-10-05')]),
      attendees: [{ organisation: 'FCO', name: 'Official', role: null, deputisingFor: null }],
      nextMeeting: { start: '2013-03-26T14:00:00+00:00', end: null, location: 'Home Office' },
    };
    const found: Parse = {
      ...parse([action('A', ['FCO'], '1', null)]),
      attendees: [{ organisation: 'FCO', name: 'Official (for X)', role: null, deputisingFor: null }],
      nextMeeting: { start: '2012-12-04', end: null, location: null },
    };
    const s = scoreDocument(found, expected);
    expect([s.actionsExact, s.dueRight, s.dueOutOf, s.nextMeetingRight, s.fullyRight]).toEqual([
      1,
      0,
      1,
      false,
      false,
    ]);
    expect(s.differences).toContain(
      'actions: each found, but out of the document’s order or with a due date wrong',
    );
  });

  it('counts only dates given: an undated action beside a wrong date does not make it right', () => {
    const s = scoreDocument(
      parse([action('A', ['FCO'], '1', null), action('B', ['DfE'])]),
      parse([action('A', ['FCO'], '1', '2024-03-22'), action('B', ['DfE'])]),
    );
    expect([s.dueRight, s.dueOutOf]).toEqual([0, 1]);
  });

  it('says when every action is found but not in the order the document gives them', () => {
    const s = scoreDocument(
      parse([action('B', ['FCO']), action('A', ['DfE'])]),
      parse([action('A', ['DfE']), action('B', ['FCO'])]),
    );
    expect([s.actionsExact, s.fullyRight]).toEqual([2, false]);
    expect(s.differences).toEqual([
      'actions: each found, but out of the document’s order or with a due date wrong',
    ]);
  });
});

/** A folder's recorded score: its document count, and a floor under each figure. */
interface Floor {
  /** how the test names the folder */
  name: string;
  folder: string;
  documents: number;
  actionsExact: number;
  dueRight?: number;
  nextMeetingsRight?: number;
  fullyRight: number;
}

// A floor, not a target: a score may rise, and its test fails if a change makes it fall. Each
// folder's first-sight score (before the reader was changed for it) is recorded above its floor.
const FLOORS: Floor[] = [
  {
    name: 'practice set',
    folder: 'practice',
    documents: 9,
    actionsExact: 36,
    dueRight: 17,
    nextMeetingsRight: 9,
    fullyRight: 9,
  },
  // First sight (3 December 2026): 12 of 33 actions exact, 13 of 15 next meetings, 3 of 15 fully right.
  {
    name: 'unseen set',
    folder: 'unseen',
    documents: 15,
    actionsExact: 32,
    dueRight: 13,
    nextMeetingsRight: 15,
    fullyRight: 15,
  },
  // First sight (3 December 2026, after the fixes for the unseen set): 7 of 21 actions exact (9 of 21
  // once two expectations were corrected), 9 of 10 next meetings, 3 of 10 fully right.
  {
    name: 'second unseen set',
    folder: 'unseen-2',
    documents: 10,
    actionsExact: 21,
    dueRight: 9,
    nextMeetingsRight: 10,
    fullyRight: 10,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-2): 14 of 22 actions exact,
  // 9 of 12 due dates, 9 of 10 next meetings, 0 of 10 fully right.
  {
    name: 'third unseen set',
    folder: 'unseen-3',
    documents: 10,
    actionsExact: 22,
    dueRight: 12,
    nextMeetingsRight: 10,
    fullyRight: 10,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-3): 11 of 26 actions exact,
  // 7 of 14 due dates, 10 of 10 next meetings, 2 of 10 fully right.
  {
    name: 'fourth unseen set',
    folder: 'unseen-4',
    documents: 10,
    actionsExact: 25,
    dueRight: 14,
    nextMeetingsRight: 10,
    fullyRight: 10,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-4): 14 of 23 actions exact,
  // 10 of 12 due dates, 9 of 10 next meetings, 4 of 10 fully right.
  {
    name: 'fifth unseen set',
    folder: 'unseen-5',
    documents: 10,
    actionsExact: 23,
    dueRight: 12,
    nextMeetingsRight: 10,
    fullyRight: 10,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-5): 5 of 20 actions exact,
  // 6 of 11 due dates, 10 of 10 next meetings, 1 of 10 fully right.
  {
    name: 'sixth unseen set',
    folder: 'unseen-6',
    documents: 10,
    actionsExact: 20,
    dueRight: 11,
    nextMeetingsRight: 10,
    fullyRight: 10,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-6): 13 of 17 actions exact,
  // 8 of 8 due dates, 8 of 8 next meetings, 2 of 8 fully right.
  {
    name: 'seventh unseen set',
    folder: 'unseen-7',
    documents: 8,
    actionsExact: 17,
    dueRight: 8,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-7): 12 of 19 actions exact,
  // 7 of 10 due dates, 7 of 8 next meetings, 2 of 8 fully right.
  {
    name: 'eighth unseen set',
    folder: 'unseen-8',
    documents: 8,
    actionsExact: 19,
    dueRight: 10,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-8; variants of the practice
  // kinds): 12 of 12 actions exact, 5 of 5 due dates, 5 of 5 next meetings, 3 of 5 fully right.
  {
    name: 'ninth unseen set',
    folder: 'unseen-9',
    documents: 5,
    actionsExact: 12,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-9; variants of the practice
  // kinds): 5 of 5 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'tenth unseen set',
    folder: 'unseen-10',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-10; variants of the practice
  // kinds): 5 of 5 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  { name: 'eleventh unseen set', folder: 'unseen-11', documents: 3, actionsExact: 5, fullyRight: 3 },
  // First sight (3 December 2026, evening, after the fixes for unseen-10): 2 of 9 actions exact,
  // 2 of 5 due dates, 4 of 4 next meetings, 1 of 4 fully right. The last miss (an action table right
  // after a bare list of item headings was given the last item) was mended on 4 December 2026.
  {
    name: 'twelfth unseen set',
    folder: 'unseen-12',
    documents: 4,
    actionsExact: 9,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-12): 1 of 5 actions exact,
  // 2 of 3 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'thirteenth unseen set',
    folder: 'unseen-13',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (3 December 2026, evening, after the fixes for unseen-13): 2 of 3 actions exact,
  // 2 of 2 due dates, 2 of 2 next meetings, 0 of 2 fully right.
  {
    name: 'fourteenth unseen set',
    folder: 'unseen-14',
    documents: 2,
    actionsExact: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes for unseen-14; variants of the practice kinds by
  // another committee): 15 of 15 actions exact, 6 of 6 due dates, 5 of 5 next meetings, 5 of 5 fully
  // right. The reader was not changed for them.
  {
    name: 'fifteenth unseen set',
    folder: 'unseen-15',
    documents: 5,
    actionsExact: 15,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // First sight (4 December 2026, after unseen-15, the reader unchanged; variants of the practice
  // kinds unseen-15 did not cover): 10 of 10 actions exact, 3 of 3 due dates, 3 of 3 next meetings,
  // 3 of 3 fully right.
  {
    name: 'sixteenth unseen set',
    folder: 'unseen-16',
    documents: 3,
    actionsExact: 10,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fix for unseen-12; the practice kinds pushed further):
  // 8 of 11 actions exact, 4 of 4 due dates, 4 of 4 next meetings, 3 of 4 fully right. "Actions
  // arising:" under each item had been read as the meeting's summary (item none).
  {
    name: 'seventeenth unseen set',
    folder: 'unseen-17',
    documents: 4,
    actionsExact: 11,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after the fix for unseen-17): 12 of 12 actions exact, 5 of 5 due
  // dates, 4 of 4 next meetings, 3 of 4 fully right: a forwarded email's covering note, signed off
  // above the minutes with no rule, gave its sign-off's name as the meeting's title.
  {
    name: 'eighteenth unseen set',
    folder: 'unseen-18',
    documents: 4,
    actionsExact: 12,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after the fix for unseen-18): 8 of 8 actions exact, 4 of 4 due
  // dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'nineteenth unseen set',
    folder: 'unseen-19',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes for unseen-17 to unseen-19): 5 of 8 actions exact,
  // 3 of 3 due dates, 3 of 3 next meetings, 2 of 3 fully right: "### Actions" under each item of a
  // Markdown export had been read as the meeting's actions after the items (item none).
  {
    name: 'twentieth unseen set',
    folder: 'unseen-20',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes for unseen-20): 2 of 5 actions exact, 1 of 3 due
  // dates, 2 of 2 next meetings, 0 of 2 fully right: action tables headed "Owner(s)" and "By" were not
  // read, "2. DUTY TO NOTIFY" in capitals was taken for "DUTY" to do something, and "Item 1:<tab>Title"
  // after the attendance list was read as one more attendee.
  {
    name: 'twenty-first unseen set',
    folder: 'unseen-21',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes for unseen-21): 4 of 4 actions exact, 2 of 2 due
  // dates, 2 of 2 next meetings (one "to be confirmed", so none), 2 of 2 fully right.
  {
    name: 'twenty-second unseen set',
    folder: 'unseen-22',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, a new session): 22 of 25 actions exact, 9 of 9 due dates, 7 of 7
  // next meetings, 4 of 7 fully right. Missed: a drawn table's organisation wrapped onto a row of its
  // own ("Local Government" / "Association") ended the attendance; "Officers in attendance" opened no
  // list; a reflowed Actions box holding two tasks kept only the first.
  {
    name: 'twenty-third unseen set',
    folder: 'unseen-23',
    documents: 7,
    actionsExact: 25,
    dueRight: 9,
    nextMeetingsRight: 7,
    fullyRight: 7,
  },
  // First sight (4 December 2026, after the fixes for unseen-23): 18 of 18 actions exact, 5 of 5 due
  // dates, 7 of 7 next meetings, 3 of 7 fully right. Missed: a "***" rule read as an apology named
  // "*"; an apologies sentence hard-wrapped over two lines; "Apologies … were received from:" over
  // a bulleted list in item 1; a covering note with no sign-off, quoted, its signature as the title.
  {
    name: 'twenty-fourth unseen set',
    folder: 'unseen-24',
    documents: 7,
    actionsExact: 18,
    dueRight: 5,
    nextMeetingsRight: 7,
    fullyRight: 7,
  },
  // First sight (4 December 2026, after the fixes for unseen-24): 13 of 14 actions exact, 7 of 7 due
  // dates, 6 of 6 next meetings, 3 of 6 fully right. Missed: a title centred over two lines ("…
  // Group on" / "Modern Slavery"); bilingual roles "(Cadeirydd / Chair)"; a row of an action table
  // after the items naming the last item lost it (taken for the item the table defaulted to).
  {
    name: 'twenty-fifth unseen set',
    folder: 'unseen-25',
    documents: 6,
    actionsExact: 14,
    dueRight: 7,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // First sight (4 December 2026, after the fixes for unseen-25): 10 of 11 actions exact, 2 of 2 due
  // dates, 5 of 5 next meetings, 2 of 5 fully right. Missed: owners wrapped down an "Action by"
  // column after a comma; "… - minutes" left a dash on the title; "for item 2" read as a deputy;
  // "via videolink" after "(for X)" kept in the name.
  {
    name: 'twenty-sixth unseen set',
    folder: 'unseen-26',
    documents: 5,
    actionsExact: 11,
    dueRight: 2,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // First sight (4 December 2026, after the fixes for unseen-26): 9 of 10 actions exact, 6 of 6 due
  // dates, 4 of 4 next meetings, 2 of 4 fully right. Missed: "Deputy for X" in a Role cell; a
  // sub-group's name under its parent board's taken for the parent's; and f01's "All departments",
  // an expectation since corrected in its own commit (a collective owner names no body).
  {
    name: 'twenty-seventh unseen set',
    folder: 'unseen-27',
    documents: 4,
    actionsExact: 10,
    dueRight: 6,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after the fixes for unseen-27): 6 of 9 actions exact, 2 of 2 due
  // dates, 4 of 4 next meetings, 2 of 4 fully right. Missed: minutes kept as a Markdown table with
  // an Owner column ("2. Title" in the Item cell) gave no items, and the rows the whole cell as
  // their item; an item "Apologies for absence" over a tab list of names gave no apologies.
  {
    name: 'twenty-eighth unseen set',
    folder: 'unseen-28',
    documents: 4,
    actionsExact: 9,
    dueRight: 2,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after the fixes for unseen-28; four documents close to practice
  // kinds 02, 07, 06 and 03): 13 of 13 actions exact, 6 of 6 due dates, 4 of 4 next meetings, 4 of 4
  // fully right.
  {
    name: 'twenty-ninth unseen set',
    folder: 'unseen-29',
    documents: 4,
    actionsExact: 13,
    dueRight: 6,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-29; classes the reader issue names: an aligned action
  // log with codes and wrapped cells, a next meeting to be confirmed after another body's, a list of
  // future dates, emphasis around labels, a Google Docs HTML table): 9 of 9 actions exact, 4 of 4
  // due dates, 4 of 4 next meetings, 4 of 4 fully right.
  {
    name: 'thirtieth unseen set',
    folder: 'unseen-30',
    documents: 4,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-30): 3 of 6 actions exact, 2 of 2 due dates, 3 of 3
  // next meetings, 0 of 3 fully right. Missed: "Ministers" / "Officials" sub-headings read as
  // attendees; an item title with a body before "to" and no instruction after it ("The
  // Government's response to the Commissioner") read as an action; lettered sub-items ("2a.")
  // read as items; members marked "- apologies" in one list.
  {
    name: 'thirty-first unseen set',
    folder: 'unseen-31',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-31): 5 of 7 actions exact, 1 of 2 due dates, 3 of 3
  // next meetings, 2 of 3 fully right. Missed: minutes kept as a table laid out with spaces, blank
  // lines between its rows; the reflow stage had split its "2. Operations   Westshire Police …"
  // rows as a title running into a sentence.
  {
    name: 'thirty-second unseen set',
    folder: 'unseen-32',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-32): 8 of 8 actions exact, 3 of 3 due dates, 3 of 3
  // next meetings, 2 of 3 fully right. Missed: "Dep. for X" in a Role cell.
  {
    name: 'thirty-third unseen set',
    folder: 'unseen-33',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-33): 6 of 8 actions exact, 2 of 2 due dates, 3 of 3
  // next meetings, 2 of 3 fully right. Missed: a running header on the first page and after one
  // page break (two pages) was not known as one, so it split an action and gave the title; "ACTION:
  // Secretariat" wrapped before "to publish …" read as owners for the sentence before it.
  {
    name: 'thirty-fourth unseen set',
    folder: 'unseen-34',
    documents: 3,
    actionsExact: 8,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the review of unseen-23 to 34's mends; three documents close
  // to practice kinds 02, 05 and 04): 8 of 8 actions exact, 3 of 3 due dates, 3 of 3 next meetings,
  // 3 of 3 fully right.
  {
    name: 'thirty-fifth unseen set',
    folder: 'unseen-35',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-35): 4 of 6 actions exact, 3 of 3 due dates, 3 of 3
  // next meetings, 2 of 3 fully right. Missed: items numbered with no stop ("2 Victim care
  // contract"), the first of them read as an apology.
  {
    name: 'thirty-sixth unseen set',
    folder: 'unseen-36',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-36; two documents close to practice kinds 01 and 07):
  // 5 of 5 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'thirty-seventh unseen set',
    folder: 'unseen-37',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-37): 1 of 4 actions exact, 2 of 2 due dates, 2 of 2
  // next meetings, 0 of 2 fully right. Missed: a running footer before a page break split an action;
  // "Official - Home Office (HO)" took the acronym in brackets for the body, so "HO" and "NCA" in
  // the action table were not read as the attendance list's bodies.
  {
    name: 'thirty-eighth unseen set',
    folder: 'unseen-38',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-38): 5 of 5 actions exact, 1 of 1 due dates, 1 of 2
  // next meetings, 1 of 2 fully right. Missed: "The IDMG meets on 6 November 2018" in a Board's
  // minutes taken for the Board's next meeting (an acronym that "meets" was not read as a body).
  {
    name: 'thirty-ninth unseen set',
    folder: 'unseen-39',
    documents: 2,
    actionsExact: 5,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-39): 4 of 4 actions exact, 2 of 2 due dates, 2 of 2
  // next meetings, 2 of 2 fully right.
  {
    name: 'fortieth unseen set',
    folder: 'unseen-40',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-40; six documents close to practice kinds 03, 06, 04,
  // 05, 07 and 09): 21 of 21 actions exact, 7 of 7 due dates, 6 of 6 next meetings, 6 of 6 fully right.
  {
    name: 'forty-first unseen set',
    folder: 'unseen-41',
    documents: 6,
    actionsExact: 21,
    dueRight: 7,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // First sight (4 December 2026, after unseen-41): 6 of 11 actions exact, 5 of 6 due dates, 4 of 4
  // next meetings, 2 of 4 fully right. Missed: owners in square brackets before the action
  // ("[NCA/CPS] Report …"); a PDF extractor's blocks, each item number alone above its title and each
  // attendance row as the body over the person.
  {
    name: 'forty-second unseen set',
    folder: 'unseen-42',
    documents: 4,
    actionsExact: 11,
    dueRight: 6,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-42): 9 of 15 actions exact, 4 of 7 due dates, 4 of 5
  // next meetings, 2 of 5 fully right. Missed: a covering note's "Minutes of last week's meeting are
  // below." taken for the minutes' start (its sign-off then ended them); owners between the label and
  // the colon ("Action – DfE / LGA:", "ACTION/NCA:"); "LGA" for the Local Government Association; a
  // person owner before "– due 30/06/2017"; a title wrapped over two lines in capitals. (w01's
  // expectation was corrected after first sight, in its own commit: the owner after a dash stays in
  // the text, as in unseen-7.)
  {
    name: 'forty-third unseen set',
    folder: 'unseen-43',
    documents: 5,
    actionsExact: 15,
    dueRight: 7,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // First sight (4 December 2026, after unseen-43): 8 of 8 actions exact, 4 of 4 due dates, 3 of 3
  // next meetings, 0 of 3 fully right. Missed: a wrapped row and the roles of pandoc's aligned
  // attendance table with a Title column; a Confluence page's heading after the apologies and its
  // "Item | Topic | Notes" table of items; attendance "see Annex A" with the annex after the items.
  {
    name: 'forty-fourth unseen set',
    folder: 'unseen-44',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-44; two Word files and two PDFs, read through the
  // import's file readers): 7 of 10 actions exact, 4 of 5 due dates, 4 of 4 next meetings, 3 of 4
  // fully right. Missed: the Actions boxes of a short two-column PDF page, whose attendance table and
  // headings hid the gutter beside its few paragraphs.
  {
    name: 'forty-fifth unseen set (Word and PDF files)',
    folder: 'unseen-45',
    documents: 4,
    actionsExact: 10,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-45; four documents close to practice kinds 01, 02, 03
  // and 06): 12 of 12 actions exact, 5 of 5 due dates, 4 of 4 next meetings, 4 of 4 fully right.
  {
    name: 'forty-sixth unseen set',
    folder: 'unseen-46',
    documents: 4,
    actionsExact: 12,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-46; two Word files and two PDFs): 9 of 13 actions
  // exact, 7 of 7 due dates, 4 of 4 next meetings, 2 of 4 fully right. Missed: a department's cell
  // merged down its people (the merged cells read as empty, the columns shifted); an action table's
  // full-width "Item 1 – …" rows read as actions and as continuations.
  {
    name: 'forty-seventh unseen set (Word and PDF files)',
    folder: 'unseen-47',
    documents: 4,
    actionsExact: 12,
    dueRight: 7,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-47): 5 of 8 actions exact, 2 of 3 due dates, 1 of 3
  // next meetings, 0 of 3 fully right. Missed: two-figure years ("Tues 5 Mar 19"); attendees written
  // "Name, post, unit, body"; "OWNER: to …" actions without full stops run together; a next meeting
  // kept in a field table.
  {
    name: 'forty-eighth unseen set',
    folder: 'unseen-48',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-48): 2 of 6 actions exact, 2 of 3 due dates, 3 of 3
  // next meetings, 0 of 3 fully right. Missed: crosses in a Present column; owners as "@Name"
  // mentions; "Those attending:"; "Owner – X; Deadline – date" fields written with dashes.
  {
    name: 'forty-ninth unseen set',
    folder: 'unseen-49',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-49; three documents close to practice kinds 07, 04
  // and 05): 8 of 8 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'fiftieth unseen set',
    folder: 'unseen-50',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-50): 0 of 5 actions exact, 0 of 2 due dates, 2 of 2
  // next meetings, 0 of 2 fully right. Missed: "Action for NCA: …" labels; a minutes table's header
  // "Item | Discussion | Outcome / Action" cut as a bilingual label, and "Outcome / Action" not read
  // as the actions' column.
  {
    name: 'fifty-first unseen set',
    folder: 'unseen-51',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-51): 3 of 3 actions exact, 2 of 2 due dates, 2 of 2
  // next meetings, 0 of 2 fully right. Missed: an attendance table exported one cell to a line;
  // people listed under each body's name in capitals with no indent.
  {
    name: 'fifty-second unseen set',
    folder: 'unseen-52',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-52; two documents close to practice kinds 02 and 06):
  // 4 of 4 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'fifty-third unseen set',
    folder: 'unseen-53',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-53; four documents close to practice kinds 01, 03, 07
  // and 05): 10 of 14 actions exact, 4 of 6 due dates, 4 of 4 next meetings, 3 of 4 fully right.
  // p03's action points coded "A1⇥" ran together as one action.
  {
    name: 'fifty-fourth unseen set',
    folder: 'unseen-54',
    documents: 4,
    actionsExact: 14,
    dueRight: 6,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-54; four Word and PDF files built by make.ts): 9 of
  // 10 actions exact, 5 of 5 due dates, 3 of 4 next meetings, 2 of 4 fully right. An "(Owner: X; by
  // date)" note was not read; an "Action log" paragraph ran on into the next meeting's place.
  {
    name: 'fifty-fifth unseen set',
    folder: 'unseen-55',
    documents: 4,
    actionsExact: 10,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-55; four documents in layouts far from the practice
  // kinds): 4 of 13 actions exact, 3 of 5 due dates, 2 of 4 next meetings, 1 of 4 fully right.
  {
    name: 'fifty-sixth unseen set',
    folder: 'unseen-56',
    documents: 4,
    actionsExact: 13,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-56; four documents close to practice kinds 02, 04, 06
  // and 09): 11 of 12 actions exact, 4 of 4 due dates, 3 of 4 next meetings, 2 of 4 fully right.
  {
    name: 'fifty-seventh unseen set',
    folder: 'unseen-57',
    documents: 4,
    actionsExact: 12,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-57; four documents close to practice kinds 01, 03, 05
  // and 07): 11 of 11 actions exact, 5 of 5 due dates, 4 of 4 next meetings, 4 of 4 fully right.
  {
    name: 'fifty-eighth unseen set',
    folder: 'unseen-58',
    documents: 4,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-58; three HTML exports): 6 of 6 actions exact, 3 of 3
  // due dates, 3 of 3 next meetings, 1 of 3 fully right. Word's tab spans joined body and person;
  // an Outlook reply above the forwarded minutes gave the title "From: …".
  {
    name: 'fifty-ninth unseen set',
    folder: 'unseen-59',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-59; practice kinds 01, 02, 03 and 05 as Word and PDF
  // files): 6 of 8 actions exact, 3 of 4 due dates, 4 of 4 next meetings, 3 of 4 fully right. q01's
  // Actions boxes were not found beside headings level with their labels.
  {
    name: 'sixtieth unseen set',
    folder: 'unseen-60',
    documents: 4,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-60; three documents on classes the issue names): 7 of
  // 7 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 1 of 3 fully right. A "Chair:" field and
  // a "Note taker:" field added people the list named again; one-line items lost their titles.
  {
    name: 'sixty-first unseen set',
    folder: 'unseen-61',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-61; three documents close to practice kinds 06, 07
  // and 04): 9 of 9 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'sixty-second unseen set',
    folder: 'unseen-62',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-62; four documents: bilingual Welsh, a Scottish note,
  // Teams meeting notes, a tab-separated minutes table): 5 of 9 actions exact, 2 of 4 due dates, 3 of
  // 4 next meetings, 2 of 4 fully right.
  {
    name: 'sixty-third unseen set',
    folder: 'unseen-63',
    documents: 4,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-63; three documents close to practice kinds 07, 05 and
  // 03): 6 of 7 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'sixty-fourth unseen set',
    folder: 'unseen-64',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-64; three documents close to practice kinds 01, 02 and
  // 04): 8 of 8 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'sixty-fifth unseen set',
    folder: 'unseen-65',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-65; three documents close to practice kinds 03, 02 and
  // 07): 6 of 8 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'sixty-sixth unseen set',
    folder: 'unseen-66',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-66; four documents close to practice kinds 06, 09, 05
  // and 07): 13 of 13 actions exact, 4 of 4 due dates, 2 of 4 next meetings, 1 of 4 fully right.
  {
    name: 'sixty-seventh unseen set',
    folder: 'unseen-67',
    documents: 4,
    actionsExact: 13,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-67; three documents close to practice kinds 04, 02
  // and 03): 9 of 9 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'sixty-eighth unseen set',
    folder: 'unseen-68',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-68; three documents close to practice kinds 01, 06
  // and 07): 9 of 9 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'sixty-ninth unseen set',
    folder: 'unseen-69',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-69 and the hard-wrapping, single-spacing and label
  // classes; three documents close to practice kinds 02, 05 and 06): 7 of 7 actions exact, 3 of 3
  // due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'seventieth unseen set',
    folder: 'unseen-70',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-70; three documents close to practice kinds 07, 05
  // and 02 as exports leave them: hard-wrapped, single-spaced, trailing spaces): 7 of 7 actions
  // exact, 3 of 3 due dates, 2 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'seventy-first unseen set',
    folder: 'unseen-71',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-71 and the unwrapping stage; two documents close to
  // practice kinds 02 and 07): 4 of 4 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2
  // fully right.
  {
    name: 'seventy-second unseen set',
    folder: 'unseen-72',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, a new session; four documents close to practice kinds 04, 06, 05
  // and 07): 7 of 10 actions exact (an ACTIONS box whose first line named only owners), 4 of 5 due
  // dates, 4 of 4 next meetings, 2 of 4 fully right.
  {
    name: 'seventy-third unseen set',
    folder: 'unseen-73',
    documents: 4,
    actionsExact: 9,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-73's fixes; three documents close to practice kinds 02,
  // 03 and 09): 7 of 7 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'seventy-fourth unseen set',
    folder: 'unseen-74',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-74; four documents close to practice kinds 06, 07, 05
  // and 04): 8 of 11 actions exact (a column of owners headed "Action" on the first item's line), 4 of
  // 5 due dates, 4 of 4 next meetings, 2 of 4 fully right (and apologies after a sentence in item 1).
  {
    name: 'seventy-fifth unseen set',
    folder: 'unseen-75',
    documents: 4,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // First sight (4 December 2026, after unseen-75's fixes; three documents close to practice kinds 01,
  // 02 and 06): 6 of 6 actions exact, 2 of 2 due dates, 2 of 3 next meetings ("Next IDMG:"), 0 of 3
  // fully right (a body named on its first person's row only; "Ministers and officials attending:").
  {
    name: 'seventy-sixth unseen set',
    folder: 'unseen-76',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-76's fixes; three documents close to practice kinds 01,
  // 05 and 07): 5 of 7 actions exact (a box's owners cut by a page break with a one-off footer; a
  // Word list's "⇥b)⇥Action:" read as a box), 2 of 3 due dates, 2 of 3 next meetings, 1 of 3 fully
  // right (an empty Role cell between tabs).
  {
    name: 'seventy-seventh unseen set',
    folder: 'unseen-77',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-77's fixes; three siblings of practice kinds 06, 09 and
  // 02): 7 of 8 actions exact (a reflowed box with a gap between its two actions), 3 of 3 due dates,
  // 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'seventy-eighth unseen set',
    folder: 'unseen-78',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-78's fixes; three siblings of practice kinds 04, 07 and
  // 03): 8 of 8 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'seventy-ninth unseen set',
    folder: 'unseen-79',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-79; two siblings of practice kinds 01 and 05): 7 of 7
  // actions exact, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'eightieth unseen set',
    folder: 'unseen-80',
    documents: 2,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-80; three documents further from the practice kinds: a
  // Google Docs text download, an Outlook HTML message, a Northern Ireland sub-group's note): 5 of 7
  // actions exact (two rows of a tab table ending "date ⇥ item" taken for a running footer, which
  // this session's footer rule had begun to do), 3 of 4 due dates, 3 of 3 next meetings, 2 of 3
  // fully right.
  {
    name: 'eighty-first unseen set',
    folder: 'unseen-81',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-81's fixes; two documents: a summary of actions under
  // the title before the attendance, actions numbered by item): 3 of 6 actions exact, 1 of 2 due
  // dates, 2 of 2 next meetings, 1 of 2 fully right.
  {
    name: 'eighty-second unseen set',
    folder: 'unseen-82',
    documents: 2,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-82's fixes; two documents: a decisions-and-actions
  // table, actions grouped under each body): 5 of 7 actions exact (decisions read as actions), 3 of 3
  // due dates, 2 of 2 next meetings, 1 of 2 fully right.
  {
    name: 'eighty-third unseen set',
    folder: 'unseen-83',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-83's fixes and the dedent stage; two documents: a
  // header of fields in a pipe table holding the attendance, a meeting recap with people who will
  // act): 4 of 4 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 1 of 2 fully right.
  {
    name: 'eighty-fourth unseen set',
    folder: 'unseen-84',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-84's fixes; two emails around the minutes: an Apple
  // Mail reply quoting them, an Outlook original message): 4 of 4 actions exact, 2 of 2 due dates,
  // 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'eighty-fifth unseen set',
    folder: 'unseen-85',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-85; one document, pdftotext of an attendance table two
  // people to a row): 2 of 2 actions exact, 1 of 1 due dates, 1 of 1 next meetings, 0 of 1 fully right.
  {
    name: 'eighty-sixth unseen set',
    folder: 'unseen-86',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // First sight (4 December 2026, after unseen-86's fixes; two documents: an attendance table with an
  // "Apologies" row, a template whose header fields hold the next meeting): 3 of 4 actions exact, 2 of
  // 2 due dates, 1 of 2 next meetings, 0 of 2 fully right.
  {
    name: 'eighty-seventh unseen set',
    folder: 'unseen-87',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-87's fixes; two documents: an apologies list ending in
  // a sentence, "Actions arising" numbered on past the items' numbers): 2 of 5 actions exact, 2 of 2
  // due dates, 2 of 2 next meetings, 0 of 2 fully right (against the expectations first written; two
  // texts of v02 then changed in a commit of their own to the corpus's convention on bracketed owners).
  {
    name: 'eighty-eighth unseen set',
    folder: 'unseen-88',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-88's fixes; two documents: an emailed pipe table without
  // outer pipes, pdftotext with attendance two to a row and a next meeting to be confirmed): 3 of 3
  // actions exact, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'eighty-ninth unseen set',
    folder: 'unseen-89',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, siblings of practice 06, 02 and 05): 12 of 12 actions exact, 4 of 4
  // due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'ninetieth unseen set',
    folder: 'unseen-90',
    documents: 3,
    actionsExact: 12,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, siblings of practice 03, 04 and 07 with more changes of hand): 6 of 10
  // actions exact (a forwarded email's actions prefixed "Item 2:"), 3 of 4 due dates, 3 of 3 next
  // meetings, 2 of 3 fully right.
  {
    name: 'ninety-first unseen set',
    folder: 'unseen-91',
    documents: 3,
    actionsExact: 10,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-91's fixes; siblings of practice 09, 01 and 08, the last
  // valid UTF-8 that reaches the reader): 7 of 7 actions exact, 2 of 2 due dates, 3 of 3 next
  // meetings, 3 of 3 fully right.
  {
    name: 'ninety-second unseen set',
    folder: 'unseen-92',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-92; a sub-group's notes with a
  // tab action log of people, a Northern Ireland subgroup with "1.0" items, a network with grouped
  // attendance): 5 of 8 actions exact, 6 of 6 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'ninety-third unseen set',
    folder: 'unseen-93',
    documents: 3,
    actionsExact: 8,
    dueRight: 6,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-93; a Welsh leadership group, a
  // police Gold Group with a bare-bar actions table, a council board with continuing minute numbers):
  // 5 of 8 actions exact, 2 of 4 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'ninety-fourth unseen set',
    folder: 'unseen-94',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-94; a sub-group with AP codes, a
  // task and finish group with initials and posts, a Scottish note in Markdown): 9 of 9 actions exact,
  // 5 of 5 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'ninety-fifth unseen set',
    folder: 'unseen-95',
    documents: 3,
    actionsExact: 9,
    dueRight: 5,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-95; present and apologies side by
  // side, items with agenda times, an emailed call note): 2 of 7 actions exact, 2 of 3 due dates, 2 of
  // 3 next meetings, 0 of 3 fully right.
  {
    name: 'ninety-sixth unseen set',
    folder: 'unseen-96',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-96; siblings of the practice kinds:
  // a layout box headed "ACTION / LEAD" with "Lead:" lines, grid tables, a forwarded Gmail message):
  // 9 of 11 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'ninety-seventh unseen set',
    folder: 'unseen-97',
    documents: 3,
    actionsExact: 11,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-97; siblings of the practice kinds:
  // the two-column <p> paste, a council sub-group's Word export, a board note with "ACTION -" lines):
  // 9 of 9 actions exact, 3 of 3 due dates, 2 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'ninety-eighth unseen set',
    folder: 'unseen-98',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-98; siblings of the practice kinds:
  // a Markdown export, a pdftotext layout box, a reflowed extractor): 7 of 10 actions exact, 3 of 3 due
  // dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'ninety-ninth unseen set',
    folder: 'unseen-99',
    documents: 3,
    actionsExact: 10,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-99; siblings of the practice kinds:
  // pipe tables with outer bars, an Outlook reply with an actions list, trailing action markers): 8 of 9
  // actions exact, 4 of 4 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundredth unseen set',
    folder: 'unseen-100',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-100; siblings of the practice
  // kinds: pdftotext layout in capitals, person owners, a Markdown action table after the items): 9 of 9
  // actions exact, 4 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-first unseen set',
    folder: 'unseen-101',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, before any fix for unseen-101; reflowed with single-spaced attendance,
  // minutes quoted in a reply, a council's three-column attendance table): 7 of 7 actions exact, 2 of 2
  // due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-second unseen set',
    folder: 'unseen-102',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, before any fix for unseen-101; +/- ruled tables with a Status column, a
  // tab box with an Action: label per action, attendance grouped by body): 6 of 11 actions exact, 3 of 4
  // due dates, 3 of 3 next meetings, 0 of 3 fully right.
  {
    name: 'hundred-and-third unseen set',
    folder: 'unseen-103',
    documents: 3,
    // 9 and 4 before q01's "Open" row, an earlier action, left its expectation (5 December 2026).
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-103; the layout kinds again: a
  // pdftotext box cut by a page, an owner cut across <p> rows, a reflowed next-meeting item): 8 of 8
  // actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-fourth unseen set',
    folder: 'unseen-104',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-103; other layouts: Outlook HTML
  // with abbreviated owners and future dates, bilingual Welsh/English, an action review table then a
  // new-actions log): 7 of 7 actions exact, 5 of 5 due dates, 2 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundred-and-fifth unseen set',
    folder: 'unseen-105',
    documents: 3,
    actionsExact: 7,
    dueRight: 5,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-105; a scan's text layer, attendance
  // in item 1's sentences with emphasised labels, numbered action points and a date to be confirmed): 7 of
  // 7 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-sixth unseen set',
    folder: 'unseen-106',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes the metamorphic checks found; siblings of 07, 02 and 03):
  // 8 of 8 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-seventh unseen set',
    folder: 'unseen-107',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-107; the layout kinds again: name
  // first with a long box, reflowed with a lower-case owner, a <p> paste with a typo owner): 6 of 6
  // actions exact, 4 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-eighth unseen set',
    folder: 'unseen-108',
    documents: 3,
    actionsExact: 6,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-108; owner and due in the label's
  // brackets, decisions beside actions with a yearless next meeting, owners by initials): 6 of 8 actions
  // exact, 3 of 4 due dates, 3 of 3 next meetings, 1 of 3 fully right (i02's title expectation was
  // corrected in its own commit, against the practice set's convention, before the fixes).
  {
    name: 'hundred-and-ninth unseen set',
    folder: 'unseen-109',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-109; a Confluence export,
  // unnumbered capital headings, a memo's note with next steps): 4 of 6 actions exact, 3 of 3 due
  // dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-tenth unseen set',
    folder: 'unseen-110',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-110; the layout kinds again: a
  // hyphenated box, two actions before a reflowed discussion, a box over three <p> rows): 7 of 7 actions
  // exact, 2 of 2 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-eleventh unseen set',
    folder: 'unseen-111',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-111; Markdown with numbered quoted
  // actions, a scrutiny panel's Word export, owners last after a dash): 5 of 7 actions exact, 2 of 2 due
  // dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-twelfth unseen set',
    folder: 'unseen-112',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-112; owners in the label's brackets,
  // a summary pasted as tab cells, a box cut by a page): 3 of 6 actions exact, 2 of 3 due dates, 3 of 3
  // next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-thirteenth unseen set',
    folder: 'unseen-113',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-113; declarations of interest beside
  // apologies, bodies in full in a reflowed list, person owners in an email summary): 8 of 8 actions exact,
  // 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-fourteenth unseen set',
    folder: 'unseen-114',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-114; Markdown actions under each
  // item, pipe tables with person leads, a layout box with the owner above the task): 6 of 8 actions
  // exact, 3 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-fifteenth unseen set',
    folder: 'unseen-115',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026; numbered action labels with semicolon attendance, a layout table
  // whose Action by column names only the owner, an Outlook note with bracketed item references): 7
  // of 9 actions exact, 3 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-sixteenth unseen set',
    folder: 'unseen-116',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-116; two-column paste with a
  // lower-case owner and a page cut after "to", pandoc Markdown with setext headings, a council
  // Word export with roles after the body): 7 of 8 actions exact, 3 of 3 due dates, 3 of 3 next
  // meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-seventeenth unseen set',
    folder: 'unseen-117',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-117; pipe tables with
  // numbered actions and wrapped cells, pdftotext with Action points boxes, reflowed inline boxes):
  // 10 of 10 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-eighteenth unseen set',
    folder: 'unseen-118',
    documents: 3,
    actionsExact: 10,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-118; a Gmail forward with
  // item references first, plain inline actions with an in-attendance note, pdftotext box over a
  // page): 11 of 11 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-nineteenth unseen set',
    folder: 'unseen-119',
    documents: 3,
    actionsExact: 11,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-119, which included minutes
  // with no blank lines; a council Word export and an Outlook note with no blank lines, pdftotext
  // boxes with owners in capitals): 9 of 9 actions exact, 3 of 3 due dates, 2 of 3 next meetings, 2
  // of 3 fully right.
  {
    name: 'hundred-and-twentieth unseen set',
    folder: 'unseen-120',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-120; pipe tables with the
  // person first and Lead/Target date columns, Markdown with Body: Person bullets, reflowed Action
  // points boxes): 5 of 8 actions exact, 3 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully
  // right.
  {
    name: 'hundred-and-twenty-first unseen set',
    folder: 'unseen-121',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-121; dash roles with future
  // dates, a scan text layer with ligatures and hyphens, an Outlook note with agenda item
  // references): 8 of 8 actions exact, 3 of 3 due dates, 2 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-twenty-second unseen set',
    folder: 'unseen-122',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-122; reST rulers with
  // Responsible/Deadline columns, actions owned by people through the attendance list, an action
  // log reviewed then new actions with codes): 3 of 9 actions exact, 4 of 6 due dates, 3 of 3 next
  // meetings, 1 of 3 fully right (y03 counted against its first expectation; corrected in its own
  // commit).
  {
    name: 'hundred-and-twenty-third unseen set',
    folder: 'unseen-123',
    documents: 3,
    actionsExact: 9,
    dueRight: 6,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-123; two-column paste with
  // two actions in a box, pdftotext with two actions in a box, reflowed with two actions run
  // together): 9 of 10 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-twenty-fourth unseen set',
    folder: 'unseen-124',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-124; plain text with an
  // also-attending person and numbered labels, pipe tables with ampersand owners, pdftotext box
  // over a page number): 9 of 9 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 3 of 3 fully
  // right.
  {
    name: 'hundred-and-twenty-fifth unseen set',
    folder: 'unseen-125',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-125; actions grouped by item
  // in an email, a two-column paste with an abbreviated owner, a council export with Chairman and
  // officers in attendance): 4 of 8 actions exact, 2 of 3 due dates, 3 of 3 next meetings, 2 of 3
  // fully right.
  {
    name: 'hundred-and-twenty-sixth unseen set',
    folder: 'unseen-126',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-126; Markdown attendance
  // tables with bold-owner bullets, owners last after a dash, a trailing ACTION marker in a council
  // export): 8 of 8 actions exact, 2 of 2 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-twenty-seventh unseen set',
    folder: 'unseen-127',
    documents: 3,
    actionsExact: 8,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-127; pdftotext raw with
  // cells a line each and boxes after the discussion, reflowed with Body: Person attendance, a
  // p-tag paste with tabs as spaces): 6 of 6 actions exact, 3 of 3 due dates, 3 of 3 next meetings,
  // 3 of 3 fully right.
  {
    name: 'hundred-and-twenty-eighth unseen set',
    folder: 'unseen-128',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-128; an action log with an
  // agenda item column, a next meeting to be confirmed among other bodies meetings, lead and date
  // in the label brackets): 5 of 8 actions exact, 3 of 4 due dates, 3 of 3 next meetings, 2 of 3
  // fully right.
  {
    name: 'hundred-and-twenty-ninth unseen set',
    folder: 'unseen-129',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-129; a twice-forwarded
  // Outlook chain, a closing pipe table with an item column, pdftotext with titles wrapped beside
  // the box): 8 of 8 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-thirtieth unseen set',
    folder: 'unseen-130',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-130; Markdown with bold
  // labels ending paragraphs, plain text hard-wrapped at 72, pipe attendance with roles in the name
  // cell): 6 of 6 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-thirty-first unseen set',
    folder: 'unseen-131',
    documents: 3,
    actionsExact: 6,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-131; a two-column paste with
  // owners cut by a page and another body meeting, an email summary with the due date in brackets):
  // 5 of 5 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'hundred-and-thirty-second unseen set',
    folder: 'unseen-132',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-132; labels in emphasis,
  // people with their body in brackets as owners, attendance as sentences in item 1): 7 of 7
  // actions exact, 2 of 2 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-thirty-third unseen set',
    folder: 'unseen-133',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-133; decision/action tables
  // with dashes for no owner, lettered items with coded actions): 3 of 7 actions exact, 2 of 3 due
  // dates, 2 of 2 next meetings, 0 of 2 fully right.
  {
    name: 'hundred-and-thirty-fourth unseen set',
    folder: 'unseen-134',
    documents: 2,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-134; pm times written out, a
  // reflowed box with two owners, pipe tables with a wrapped attendance row and owners): 6 of 6
  // actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-thirty-fifth unseen set',
    folder: 'unseen-135',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-135; numbered actions
  // arising under each item, an action with owner and deadline lines under it): 5 of 5 actions
  // exact, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'hundred-and-thirty-sixth unseen set',
    folder: 'unseen-136',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-136; ACTION: None variants
  // in plain text, pdftotext with three owners and no next meeting): 4 of 4 actions exact, 2 of 2
  // due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'hundred-and-thirty-seventh unseen set',
    folder: 'unseen-137',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-137; attendance grouped
  // under Councillors/Partners/Officers, job titles between name and body): 3 of 3 actions exact, 2
  // of 2 due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'hundred-and-thirty-eighth unseen set',
    folder: 'unseen-138',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, new session; two-column page cut in an owner, pdftotext layout
  // names first with a role in a cell of its own, forwarded Outlook with agenda item refs): 10 of
  // 12 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-thirty-ninth unseen set',
    folder: 'unseen-139',
    documents: 3,
    actionsExact: 12,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-139; Markdown attendance
  // tables and wrapped blockquotes, plain 'Item N:' with 'ACTION –', reflowed boxes of two
  // actions): 9 of 9 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-fortieth unseen set',
    folder: 'unseen-140',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-140; pipe
  // Ref/Action/Lead/Deadline tables with wrapped cells, county Word export cut by a page, pdftotext
  // with a title wrapped beside the box): 9 of 9 actions exact, 4 of 4 due dates, 3 of 3 next
  // meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-forty-first unseen set',
    folder: 'unseen-141',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-141; two-column box over a
  // page mid-action, plain ACTION lines wrapped at the margin, Outlook 'Actions arising' bullets):
  // 8 of 8 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-forty-second unseen set',
    folder: 'unseen-142',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-142; other layouts: Google
  // Docs HTML with people in a Who column, Welsh/English bodies and a grid table with a two-line
  // bilingual header, scanned text with margin roles and ranks): 5 of 7 actions exact, 3 of 3 due
  // dates, 2 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundred-and-forty-third unseen set',
    folder: 'unseen-143',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-143; other layouts:
  // attendance pipe table without outer pipes over a log with a Date raised column, paragraphs
  // numbered through under capitals headings with '(Action: all departments)', Gmail quoted reply
  // with abbreviations): 6 of 9 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 1 of 3 fully
  // right.
  {
    name: 'hundred-and-forty-fourth unseen set',
    folder: 'unseen-144',
    documents: 3,
    actionsExact: 8,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-144; Markdown with a lazy
  // blockquote continuation, two-column paste with <b> and HTML entities, plain ACTION POINT
  // lines): 7 of 7 actions exact, 2 of 2 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-forty-fifth unseen set',
    folder: 'unseen-145',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-145; pdftotext with In
  // attendance and no next meeting of the Group, council export with bulleted apologies in item 1,
  // Outlook with a timed agenda and undated deadlines): 7 of 7 actions exact, 2 of 2 due dates, 3
  // of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-forty-sixth unseen set',
    folder: 'unseen-146',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-146; pdftotext box over a
  // running header, two-column box going on over rows and broken after 'and', reflowed box of two
  // actions): 10 of 10 actions exact, 1 of 1 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-forty-seventh unseen set',
    folder: 'unseen-147',
    documents: 3,
    actionsExact: 10,
    dueRight: 1,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-147; other layouts: inline
  // Owner/Deadline fields, tab table with cells wrapped onto lines of their own and Not attending,
  // Outlook reply over the earlier message with a log of codes): 5 of 9 actions exact, 2 of 3 due
  // dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundred-and-forty-eighth unseen set',
    folder: 'unseen-148',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-148; the practice kinds as
  // files: a PDF drawn out of reading order with boxes below an attendance table and a box crossing
  // a page, Word's numbered list with bold ACTION paragraphs, a Word council table name first): 4
  // of 6 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-forty-ninth unseen set',
    folder: 'unseen-149',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-149; the practice kinds as
  // files: a PDF box broken across a page, an Outlook email saved as Word with its headers a
  // paragraph each, Word action tables with two-paragraph cells): 7 of 7 actions exact, 3 of 3 due
  // dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-fiftieth unseen set',
    folder: 'unseen-150',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-150; the practice kinds as
  // files: a council PDF with an action placed over a page, a Board PDF drawn out of reading order,
  // Word with Quote-style actions): 5 of 5 actions exact, 2 of 2 due dates, 3 of 3 next meetings, 2
  // of 3 fully right. The miss (two words of one attendance line placed 0.6 pt apart in the PDF drawn
  // out of reading order) was the test builder's kerning, not the PDF's: i02 remade with the mended
  // builder (unseen-367's fix) reads fully right, 3 of 3.
  {
    name: 'hundred-and-fifty-first unseen set',
    folder: 'unseen-151',
    documents: 3,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-151; Gmail forward with
  // [Item N] refs, pipe tables without outer pipes, county export with 'Item 1.' headings and an
  // Actions list): 8 of 8 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully
  // right.
  {
    name: 'hundred-and-fifty-second unseen set',
    folder: 'unseen-152',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-152; other layouts: numbered
  // decisions and actions under a job-title attendance table, attendance in sentences in item 1
  // with the chair named in the welcome and bare ACTION markers, another body's meeting before a
  // list of future dates): 7 of 7 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 1 of 3
  // fully right.
  {
    name: 'hundred-and-fifty-third unseen set',
    folder: 'unseen-153',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-153; plain with '(lead)' and
  // slash owners, pipe tables with an All owner and ASAP, pdftotext with a box beside a sub-
  // paragraph and no next meeting of the Group): 7 of 7 actions exact, 3 of 3 due dates, 3 of 3
  // next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-fifty-fourth unseen set',
    folder: 'unseen-154',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-154; other layouts: AsciiDoc
  // table with a cell a line, Markdown with owners in the label's brackets, Teams recap with
  // follow-up tasks, '– notes' after a body and the next meeting on Microsoft Teams): 4 of 6
  // actions exact, 2 of 3 due dates, 2 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundred-and-fifty-fifth unseen set',
    folder: 'unseen-155',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-155; the practice kinds as
  // files: an email printed to PDF with its headers a paragraph each, a PDF with header tables and
  // wrapped cells, Word with Actions text boxes): 6 of 6 actions exact, 3 of 3 due dates, 3 of 3
  // next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-fifty-sixth unseen set',
    folder: 'unseen-156',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-156; siblings in other
  // hands: the seed's two-column export with three devolved owners and a box cut after 'NCA and CPS
  // to', a county sub-group's Word export with 'Officers in attendance', an emailed note with a
  // numbered summary of action points): 13 of 13 actions exact, 7 of 7 due dates, 3 of 3 next
  // meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-fifty-seventh unseen set',
    folder: 'unseen-157',
    documents: 3,
    actionsExact: 13,
    dueRight: 7,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-157; siblings in other hands: pdftotext with two
  // actions in one box and one over a form feed, the seed reflowed with two actions run into one
  // box, a Markdown export with name-first bullets and a task list of actions): 11 of 11 actions
  // exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-fifty-eighth unseen set',
    folder: 'unseen-158',
    documents: 3,
    actionsExact: 11,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-158; siblings in other hands: an Apple Mail forward
  // with attendees in one sentence and stand-ins inside the body's brackets, plain text with
  // actions numbered '(i)', pipe tables name first with a 'No.' and a 'Status' column): 9 of 9
  // actions exact, 4 of 4 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-fifty-ninth unseen set',
    folder: 'unseen-159',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-159; other layouts: an HTML page with attendance and
  // actions as definition lists, a scanned partnership's minutes with a protective marking on every
  // page and '(Secretary)', an Outlook reply over an action log of codes with their owners in
  // brackets under 'Attended:'): 3 of 9 actions exact, 2 of 6 due dates, 3 of 3 next meetings, 0 of
  // 3 fully right.
  {
    name: 'hundred-and-sixtieth unseen set',
    folder: 'unseen-160',
    documents: 3,
    actionsExact: 9,
    dueRight: 6,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-160; other layouts: Word's
  // web page with a job title column and 'No. | Item and discussion | Action by', a council board
  // numbered on through the year with 'OFFICERS:', an aligned list with bodies' abbreviations in
  // brackets): 3 of 6 actions exact, 2 of 3 due dates, 3 of 3 next meetings, 0 of 3 fully right.
  {
    name: 'hundred-and-sixty-first unseen set',
    folder: 'unseen-161',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-161; other layouts: present
  // and apologies side by side with 'D1 –'/'A1 –' codes, a Confluence meeting notes page with a
  // timed discussion table and a task list of mentions, a matters-arising status table): 8 of 10
  // actions exact, 4 of 4 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-sixty-second unseen set',
    folder: 'unseen-162',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-162; other layouts: a Google
  // Docs plain-text download with tables one cell a line, an HTML action table with an item cell
  // spanning rows, notes of a call with owners as initials in square brackets): 5 of 9 actions
  // exact, 5 of 5 due dates, 3 of 3 next meetings, 1 of 3 fully right (6 of 9 actions against n03's
  // expectation as corrected to the corpus's convention).
  {
    name: 'hundred-and-sixty-third unseen set',
    folder: 'unseen-163',
    documents: 3,
    actionsExact: 9,
    dueRight: 5,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-163; other layouts: a
  // committee system's HTML with each item a table row of its number beside its heading and text, a
  // private office's readout with 'Next steps:', a membership register with an 'Attended' column):
  // 5 of 7 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-sixty-fourth unseen set',
    folder: 'unseen-164',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-164; siblings in other
  // hands: pdftotext with a box running on beside the next item's heading, an email note with '(see
  // item N)' references, the seed reflowed with two actions in one box): 6 of 10 actions exact, 4
  // of 4 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundred-and-sixty-fifth unseen set',
    folder: 'unseen-165',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-165; siblings in other
  // hands: pipe tables with 'Representative', 'Capacity', 'Responsible' and 'Target date' columns,
  // a Markdown export with blockquoted actions owned in the label's brackets, a council Word export
  // with people as owners): 7 of 7 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 2 of 3
  // fully right.
  {
    name: 'hundred-and-sixty-sixth unseen set',
    folder: 'unseen-166',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-166; siblings in other
  // hands: the seed's two-column export with numbered actions in one box, an email summary as a tab
  // table 'Action⇥Lead⇥Item', pdftotext with 'ACTION POINTS:' boxes and an owner in capitals): 8 of
  // 8 actions exact, 4 of 4 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-sixty-seventh unseen set',
    folder: 'unseen-167',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-167; pdftotext siblings of practice 06 in other
  // hands: discussion within two spaces of the box, a box over a page with a running header and
  // 'Page N of M', two boxes under one item): 4 of 7 actions exact, 3 of 3 due dates, 3 of 3 next
  // meetings, 0 of 3 fully right.
  {
    name: 'hundred-and-sixty-eighth unseen set',
    folder: 'unseen-168',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-168; other layouts: a LaTeX-
  // made PDF as plain pdftotext with sections numbered without a full stop and bodies spelt out, a
  // Markdown note with YAML front matter holding the attendance, actions numbered by item): 6 of 7
  // actions exact, 4 of 4 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundred-and-sixty-ninth unseen set',
    folder: 'unseen-169',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-169; other layouts:
  // Windows-1252 plain text from Word, items headed by 'Lead:' and 'Paper:' fields, numbered
  // decisions before numbered actions): 7 of 7 actions exact, 3 of 3 due dates, 3 of 3 next
  // meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-seventieth unseen set',
    folder: 'unseen-170',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-170; siblings in other hands, each with the next
  // meeting written another way: times in brackets and the place after 'in', the next year's
  // meetings listed in one sentence, a venue to be confirmed): 5 of 5 actions exact, 3 of 3 due
  // dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-seventy-first unseen set',
    folder: 'unseen-171',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-171; pdftotext siblings of practice 06 in other
  // hands: the box's first words on its label's line and a box running over a page beside the next
  // item, box actions level with their sub-paragraphs, name-first attendance with a wrapped item
  // title): 7 of 7 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-seventy-second unseen set',
    folder: 'unseen-172',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after unseen-172; other layouts: a Markdown table of the minutes
  // with two actions in a cell parted by '<br>', Google Docs' meeting notes with US dates and
  // people as owners): 3 of 5 actions exact, 1 of 2 due dates, 2 of 2 next meetings, 1 of 2 fully
  // right.
  {
    name: 'hundred-and-seventy-third unseen set',
    folder: 'unseen-173',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-173; other layouts: a
  // closing 'Action points' tab table with timescales, a body and a colon then its people after a
  // tab): 5 of 5 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 1 of 2 fully right.
  {
    name: 'hundred-and-seventy-fourth unseen set',
    folder: 'unseen-174',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-174; siblings in other
  // hands: job titles between name and body, an email summary labelling each action 'Action N (Item
  // M):', a Markdown export with 'Item N –' headings): 5 of 7 actions exact, 4 of 4 due dates, 3 of
  // 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-seventy-fifth unseen set',
    folder: 'unseen-175',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-175; siblings of the seed's
  // layouts in other hands: reflowed with 'Actions: None.' and numbered paragraphs straight after
  // an action, the two-column export with bold titles and labels): 4 of 4 actions exact, 3 of 3 due
  // dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'hundred-and-seventy-sixth unseen set',
    folder: 'unseen-176',
    documents: 2,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-176; other layouts: a hybrid meeting's 'In the
  // room:' and 'Joined remotely:' lists, items as Discussion/Outcome/Action paragraphs with the
  // owner first): 4 of 4 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 1 of 2 fully right.
  {
    name: 'hundred-and-seventy-seventh unseen set',
    folder: 'unseen-177',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-177; other layouts: actions
  // grouped under each owner's name, OneNote-style tasks with 'Assigned to:' and 'Due:' fields
  // under a closing 'Tasks'): 3 of 5 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 1 of 2
  // fully right.
  {
    name: 'hundred-and-seventy-eighth unseen set',
    folder: 'unseen-178',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-178; bilingual Welsh and
  // English siblings: a county council group's Word export with bodies named in both languages,
  // pipe tables whose columns are named in both): 4 of 4 actions exact, 2 of 2 due dates, 2 of 2
  // next meetings, 0 of 2 fully right.
  {
    name: 'hundred-and-seventy-ninth unseen set',
    folder: 'unseen-179',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-179; a bilingual sibling of
  // practice 02 with Welsh-only attendance labels and bilingual action labels in capitals): 2 of 2
  // actions exact, 1 of 1 due dates, 1 of 1 next meetings, 1 of 1 fully right.
  {
    name: 'hundred-and-eightieth unseen set',
    folder: 'unseen-180',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-180; siblings in other
  // hands: pipe tables with two-digit years and 'End of Sept', an email with 'Apologies: none.' and
  // a next meeting to be arranged): 4 of 4 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 2
  // of 2 fully right.
  {
    name: 'hundred-and-eighty-first unseen set',
    folder: 'unseen-181',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-181; another layout: protective marking and DRAFT on
  // every page, underscore rules, a footnote, items numbered in brackets): 2 of 2 actions exact, 1
  // of 1 due dates, 1 of 1 next meetings, 1 of 1 fully right.
  {
    name: 'hundred-and-eighty-second unseen set',
    folder: 'unseen-182',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // First sight (4 December 2026, after unseen-182; another layout: a Gmail forward with the
  // forwarder's own request above minutes whose attendance gives email addresses): 2 of 2 actions
  // exact, 1 of 1 due dates, 1 of 1 next meetings, 0 of 1 fully right.
  {
    name: 'hundred-and-eighty-third unseen set',
    folder: 'unseen-183',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-183; siblings in other
  // hands: pdftotext with item numbers in a margin column, a Gmail forward with headings in
  // asterisk bold): 4 of 4 actions exact, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2 fully
  // right.
  {
    name: 'hundred-and-eighty-fourth unseen set',
    folder: 'unseen-184',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // First sight (4 December 2026, after unseen-184; another layout: an HTML action log with RAG
  // ratings for earlier actions and 'New' for this meeting's): 2 of 2 actions exact, 2 of 2 due
  // dates, 1 of 1 next meetings, 1 of 1 fully right.
  {
    name: 'hundred-and-eighty-fifth unseen set',
    folder: 'unseen-185',
    documents: 1,
    actionsExact: 2,
    dueRight: 2,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // First sight (4 December 2026, after the fixes that followed unseen-185; another layout: Pandoc
  // Markdown with a '%' title block and a multiline table of actions): 1 of 2 actions exact, 1 of 1
  // due dates, 1 of 1 next meetings, 0 of 1 fully right.
  {
    name: 'hundred-and-eighty-sixth unseen set',
    folder: 'unseen-186',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // Siblings of the practice kinds (two-column owners over a page, a "Minutes of the meeting held on"
  // line, pdftotext three owners over a form feed, reflowed boxes); first sight 13 of 14 actions, 4 of
  // 4 due dates, 3 of 4 next meetings, 3 of 4 fully right.
  {
    name: 'hundred-and-eighty-seventh unseen set',
    folder: 'unseen-187',
    documents: 4,
    actionsExact: 14,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // Siblings of the practice kinds (pipe tables with slash owners and DD/MM dates, Markdown with
  // DfID spelt two ways, a county Word export with an action over a page, an emailed summary with
  // the next meeting time first); first sight 10 of 10 actions, 6 of 6 due dates, 4 of 4 next
  // meetings, 4 of 4 fully right.
  {
    name: 'hundred-and-eighty-eighth unseen set',
    folder: 'unseen-188',
    documents: 4,
    actionsExact: 10,
    dueRight: 6,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // Other layouts (actions lettered in one paragraph after "agreed the following actions:", arrow-
  // marked actions in a notes app's export, capitals with decimal headings and owners in the
  // label); first sight 3 of 12 actions, 1 of 4 due dates, 2 of 3 next meetings, 1 of 3 fully
  // right.
  {
    name: 'hundred-and-eighty-ninth unseen set',
    folder: 'unseen-189',
    documents: 3,
    actionsExact: 12,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (a call tool's generated summary with a US date, a council's attendance paragraph
  // naming a body once for several people, a spreadsheet's rows pasted with quoted cells over
  // lines); first sight 6 of 10 actions, 3 of 4 due dates, 2 of 3 next meetings, 0 of 3 fully
  // right.
  {
    name: 'hundred-and-ninetieth unseen set',
    folder: 'unseen-190',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Word and PDF in other layouts (Word's two-level numbering with numbered action paragraphs,
  // minutes as one Word table with part rows spanning it and the number and title in columns of
  // their own, a PDF with Present and Apologies side by side); first sight 4 of 6 actions, 3 of 3
  // due dates, 3 of 3 next meetings, 2 of 3 fully right.
  {
    name: 'hundred-and-ninety-first unseen set',
    folder: 'unseen-191',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (a notes vault's Markdown with wiki links and a callout of tasks, a notes
  // workspace's export with a Status column, an attendance list with each person's initials first
  // and owners by initials); first sight 0 of 6 actions, 1 of 3 due dates, 3 of 3 next meetings, 0
  // of 3 fully right.
  {
    name: 'hundred-and-ninety-second unseen set',
    folder: 'unseen-192',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Siblings of the practice kinds (ampersand owners and a wrapped ACTION line, pipe tables with a
  // lead in the owner cell, a blockquoted action over two lines, council apologies as bullets and a
  // next meeting to be confirmed, an emailed summary with item references first); first sight 9 of
  // 9 actions, 5 of 5 due dates, 5 of 5 next meetings, 5 of 5 fully right.
  {
    name: 'hundred-and-ninety-third unseen set',
    folder: 'unseen-193',
    documents: 5,
    actionsExact: 9,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // Other layouts (a Whitehall note with unnumbered headings and paragraphs numbered through, a
  // call tool's recap with follow-up tasks assigned to people, an A/D/I record table with
  // references naming items); first sight 2 of 6 actions, 1 of 2 due dates, 3 of 3 next meetings, 0
  // of 3 fully right.
  {
    name: 'hundred-and-ninety-fourth unseen set',
    folder: 'unseen-194',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (a key's bracketed [D]/[A]/[I] letters, an intranet page's HTML action blocks
  // with Owner and Due fields, a Word table for each item with its action header part-way down);
  // first sight 2 of 8 actions, 1 of 4 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundred-and-ninety-fifth unseen set',
    folder: 'unseen-195',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Action columns named in other words (an aligned table of Agreed action, Lead organisation and
  // Target; a grid with Action required, By and Deadline under items whose text hangs indented; a
  // tab table of Next step, Owner and Timescale); first sight 5 of 7 actions, 3 of 4 due dates, 2
  // of 3 next meetings, 1 of 3 fully right.
  {
    name: 'hundred-and-ninety-sixth unseen set',
    folder: 'unseen-196',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Siblings of the practice kinds single-spaced or hard-wrapped (plain Board minutes with no blank
  // line, an emailed summary wrapped at 72 characters, a council's Word export single-spaced);
  // first sight 7 of 7 actions, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  {
    name: 'hundred-and-ninety-seventh unseen set',
    folder: 'unseen-197',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (owners in square brackets before the task and semicolon-separated Owner and
  // Target date fields; action points with year codes and dash-separated owner, task and date);
  // first sight 1 of 6 actions, 1 of 3 due dates, 2 of 2 next meetings, 0 of 2 fully right.
  {
    name: 'hundred-and-ninety-eighth unseen set',
    folder: 'unseen-198',
    documents: 2,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Siblings of the practice kinds (reflowed with two actions in a box and paragraphs after
  // Actions: None; pdftotext with the box at column 70 and owners broken after a comma); first
  // sight 5 of 5 actions, 2 of 2 due dates, 2 of 2 next meetings, 2 of 2 fully right.
  {
    name: 'hundred-and-ninety-ninth unseen set',
    folder: 'unseen-199',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Other layouts (tasks with owner and date tagged in square brackets, a Markdown file with an
  // HTML table of actions, call notes kept as chat lines with a time and speaker); first sight 0 of
  // 7 actions, 0 of 3 due dates, 3 of 3 next meetings, 0 of 3 fully right.
  {
    name: 'two-hundredth unseen set',
    folder: 'unseen-200',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Four siblings of the practice kinds written on 5 December 2026: a county partnership's Word
  // export with a lettered "c) Action:", an emailed note with an agenda and a summary of action
  // points, pdftotext with a box over a page number, Markdown with a two-line blockquoted action
  // (all right at first sight).
  {
    name: 'two-hundred-and-first unseen set',
    folder: 'unseen-201',
    documents: 4,
    actionsExact: 14,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // Four minutes in other layouts written on 5 December 2026: a grid-ruled action log with people
  // as owners and future dates listed, a scanned OCR page, a reply over a forwarded draft with
  // unlabelled actions one to a line and the next date to be confirmed, a committee system's HTML
  // page (7/10 actions, 2/4 documents at first sight).
  {
    name: 'two-hundred-and-second unseen set',
    folder: 'unseen-202',
    documents: 4,
    actionsExact: 10,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // Three minutes in other layouts written on 5 December 2026: Roman item numbers with "Action
  // (Owner):" labels, Markdown Decision/Action/Owner/Due tables, a closing list of "Owner: task
  // [N]" lines (2/8 actions at first sight; 5/8 once two expectations were brought to the suite's
  // conventions).
  {
    name: 'two-hundred-and-third unseen set',
    folder: 'unseen-203',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Three siblings of the practice kinds written on 5 December 2026: a plain-text email hard-
  // wrapped at 72, a single-spaced Word export, a single-spaced Outlook paste with the signature
  // under the next meeting (6/6 actions, 2/3 documents at first sight).
  {
    name: 'two-hundred-and-fourth unseen set',
    folder: 'unseen-204',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Three minutes in other layouts written on 5 December 2026: people as the subjects of actions
  // with an owner field over the subject and next year's dates, a pipe table without outer pipes
  // (What/Who/By when), a log whose statuses say New, Open or Closed (7/8 actions, 1/3 documents at
  // first sight).
  {
    name: 'two-hundred-and-fifth unseen set',
    folder: 'unseen-205',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Two siblings of the practice kinds written on 5 December 2026: the two-column <p> layout with
  // an owner pair split over a page and an October BST next meeting, pipe tables with an Owner cell
  // wrapping onto the row below (all right at first sight).
  {
    name: 'two-hundred-and-sixth unseen set',
    folder: 'unseen-206',
    documents: 2,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Two minutes in other layouts written on 5 December 2026: a wiki's Markdown table of the whole
  // meeting (# | Item | Notes | Actions, <br> between actions, next meeting's year unsaid), a
  // Who/What/When tab table with dates without a year (2/5 actions, 1/2 documents at first sight).
  {
    name: 'two-hundred-and-seventh unseen set',
    folder: 'unseen-207',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Two siblings of the practice kinds written on 5 December 2026: a reflowed single column whose
  // box runs in after the item's first sentence, an Outlook paste with a summary of action points,
  // due dates in brackets before (Item N) (5/6 actions, 1/2 documents at first sight).
  {
    name: 'two-hundred-and-eighth unseen set',
    folder: 'unseen-208',
    documents: 2,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // A sibling of the practice kinds written on 5 December 2026: plain minutes with inline ACTION
  // lines, ordinal dates and an apologies sentence (all right at first sight).
  {
    name: 'two-hundred-and-ninth unseen set',
    folder: 'unseen-209',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // Six siblings of the practice kinds written on 5 December 2026 in a new session: two-column <p>,
  // council Word export, pdftotext -layout, Outlook summary, Markdown, pipe tables (all right at first sight).
  {
    name: 'two-hundred-and-tenth unseen set',
    folder: 'unseen-210',
    documents: 6,
    actionsExact: 21,
    dueRight: 10,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // Five minutes in other layouts written on 5 December 2026 after the session's fixes: a grid table
  // with refs, bold AP codes in an email reply, a Markdown table of the whole meeting with an owner
  // column, checkbox actions, action point codes (11/13 actions, 4/5 documents at first sight).
  {
    name: 'two-hundred-and-eleventh unseen set',
    folder: 'unseen-211',
    documents: 5,
    actionsExact: 13,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // Three minutes in other layouts written on 5 December 2026 after unseen-211's fix: attendance in
  // item 1 with people as owners, a summary of actions above the attendance, a role-first tab
  // attendance and a minute-ref action log (6/7 actions, 2/3 documents at first sight).
  {
    name: 'two-hundred-and-twelfth unseen set',
    folder: 'unseen-212',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Three minutes in other layouts written on 5 December 2026 after unseen-212's fix: an HTML export
  // with h3 items, a Teams notes checklist, decisions and actions as closing lists (all right at
  // first sight).
  {
    name: 'two-hundred-and-thirteenth unseen set',
    folder: 'unseen-213',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Three siblings of the practice kinds written on 5 December 2026 after the session's fixes: an
  // Outlook paste with no blank lines, tables with their tabs turned to spaces, plain minutes wrapped
  // at 72 (7/7 actions, 2/3 documents at first sight).
  {
    name: 'two-hundred-and-fourteenth unseen set',
    folder: 'unseen-214',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Siblings of the practice kinds in a second secretariat's hand (5 Dec, fourth session): first
  // sight 17/18 actions, 5/6 documents, the one miss an expectation written against convention.
  {
    name: 'siblings of the practice kinds, fourth session of 5 Dec',
    folder: 'unseen-215',
    documents: 6,
    actionsExact: 18,
    dueRight: 7,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // Other layouts (CSV log, box-drawn table, report records, emoji template, Roman items): first
  // sight 2/11 actions, 1/5 documents (4/11, 2/5 with the Roman-items expectation as the suite has it).
  {
    name: 'other layouts, fourth session of 5 Dec',
    folder: 'unseen-216',
    documents: 5,
    actionsExact: 11,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // Other layouts (council minute numbers, a committee web page, fields on one line, side-by-side
  // lists, a table of meeting dates): first sight 5/10 actions, 3/5 next meetings, 0/5 documents.
  {
    name: 'other layouts after unseen-216, fourth session of 5 Dec',
    folder: 'unseen-217',
    documents: 5,
    actionsExact: 10,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // Other layouts (a P/A attendance column, an Excel log, US dates with bracketed owners, "Action
  // by:" after a sentence): first sight 5/9 actions, 2/4 due dates, 5/5 next, 2/5 documents.
  {
    name: 'other layouts after unseen-217, fourth session of 5 Dec',
    folder: 'unseen-218',
    documents: 5,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // Siblings of the reflowed, pdftotext and Outlook kinds: first sight 9/9 actions, 3/3 documents.
  {
    name: 'siblings of the hardest practice kinds, fourth session of 5 Dec',
    folder: 'unseen-219',
    documents: 3,
    actionsExact: 9,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (markings and a distribution list, a Teams chat post, a headerless aligned
  // attendance table, owner-first action columns): first sight 6/9 actions, 2/4 documents.
  {
    name: 'other layouts after unseen-219, fourth session of 5 Dec',
    folder: 'unseen-220',
    documents: 4,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // This session's layouts as Word and PDF files: first sight 3/5 actions, 2/3 next meetings, 1/3
  // documents (fields as Word paragraphs, a PDF's table of meeting dates).
  {
    name: 'Word and PDF in this session’s layouts, fourth session of 5 Dec',
    folder: 'unseen-221',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (lead and support markers, due dates first, dotted two-figure dates, an HTML
  // definition list of the attendance): first sight 3/8 actions, 3/5 due dates, 1/3 documents.
  {
    name: 'other layouts after unseen-221, fourth session of 5 Dec',
    folder: 'unseen-222',
    documents: 3,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (owners named by post, arrows pointing at owners): first sight 0/5 actions, 1/3
  // due dates, 0/2 documents.
  {
    name: 'other layouts after unseen-222, fourth session of 5 Dec',
    folder: 'unseen-223',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Siblings of the plain, Markdown and council kinds: first sight 7/7 actions, 3/3 documents.
  {
    name: 'siblings of practice kinds 02, 04, 05, fourth session of 5 Dec',
    folder: 'unseen-224',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (presenters as "Lead:", a summary citing paragraphs, ASCII checkboxes): first
  // sight 4/7 actions, 1/3 documents.
  {
    name: 'other layouts after unseen-224, fourth session of 5 Dec',
    folder: 'unseen-225',
    documents: 3,
    actionsExact: 7,
    dueRight: 1,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (attendance parted by pipes, "1400-1530 hrs", a note of the date a meeting moved
  // from): first sight 3/3 actions, 1/2 next meetings, 1/2 documents.
  {
    name: 'other layouts after unseen-225, fourth session of 5 Dec',
    folder: 'unseen-226',
    documents: 2,
    actionsExact: 3,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Siblings of the two-column and pipe-table kinds: first sight 5/5 actions, 1/2 documents; p02's
  // apologies table has no heading over it, and is read as more attendance (left as it is).
  {
    name: 'siblings of practice kinds 01 and 03, fourth session of 5 Dec',
    folder: 'unseen-227',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Other layouts (a town council's formal minutes, an Apple Mail forward): first sight 3/3
  // actions, 1/2 next meetings, 1/2 documents.
  {
    name: 'other layouts after unseen-227, fourth session of 5 Dec',
    folder: 'unseen-228',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Siblings of practice kinds 01–07 and 09, each varied (two actions in one box, label variants,
  // name-first tables, setext Markdown, a forwarded mail): first sight 24/24 actions, 8/8 documents.
  {
    name: 'siblings of every practice kind varied as another secretariat would, fifth session of 5 Dec',
    folder: 'unseen-229',
    documents: 8,
    actionsExact: 24,
    dueRight: 9,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // The issue’s classes in unseen dress (owner column beside the discussion, emphasis, coded log,
  // one column of dates): first sight 11/19 actions (12/19 with r04’s expectation), 4/8 documents.
  {
    name: 'the issue’s classes in unseen dress, fifth session of 5 Dec',
    folder: 'unseen-230',
    documents: 8,
    actionsExact: 19,
    dueRight: 8,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // Other layouts (owner-only columns beside the discussion in spaces and tabs, decisions and actions,
  // a chair field naming a body): first sight 8/14 actions, 4/7 documents.
  {
    name: 'other layouts after unseen-230, fifth session of 5 Dec',
    folder: 'unseen-231',
    documents: 7,
    actionsExact: 14,
    dueRight: 7,
    nextMeetingsRight: 7,
    fullyRight: 7,
  },
  // Other layouts (column names in other words, action points with slashes, an OCR'd scan, actions
  // grouped by owner): first sight 13/13 actions, 5/5 documents.
  {
    name: 'other layouts after unseen-231, fifth session of 5 Dec',
    folder: 'unseen-232',
    documents: 5,
    actionsExact: 13,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // Practice kinds 01, 03 and 04 as Word and PDF files: first sight 7/7 actions, 2/3 documents (a
  // PDF title wrapped over two lines).
  {
    name: 'practice kinds as Word and PDF files, fifth session of 5 Dec',
    folder: 'unseen-233',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Practice kinds 02–05 and 07 single-spaced or wrapped by a mail client: first sight 11/11 actions,
  // 5/5 documents.
  {
    name: 'practice kinds single-spaced or mail-wrapped, fifth session of 5 Dec',
    folder: 'unseen-234',
    documents: 5,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // Other layouts (a notes tool's recap, field blocks, a five-column aligned table, an Outlook HTML
  // mail, lettered items with arrows): first sight 12/12 actions, 4/5 documents.
  {
    name: 'other layouts after unseen-234, fifth session of 5 Dec',
    folder: 'unseen-235',
    documents: 5,
    actionsExact: 12,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // Other layouts (a decision and action log with a Type column, trailing '(Action)' marks, a cover and
  // contents page): first sight 4/6 actions, 2/3 documents.
  {
    name: 'other layouts after unseen-235, fifth session of 5 Dec',
    folder: 'unseen-236',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // Other layouts (nested bullets in a notes app, attendance grouped as members, officers and others
  // attending): first sight 5/5 actions, 2/2 documents.
  {
    name: 'other layouts after unseen-236, fifth session of 5 Dec',
    folder: 'unseen-237',
    documents: 2,
    actionsExact: 5,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // Other layouts (a pipe minutes table with council minute numbers, a next meeting by poll): first sight
  // 1/3 actions, 1/2 documents.
  {
    name: 'other layouts after unseen-237, fifth session of 5 Dec',
    folder: 'unseen-238',
    documents: 2,
    actionsExact: 3,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-239: first sight 12/13 actions, 1/5 documents (with the corrected expectations)
  {
    name: 'other layouts after unseen-238, sixth session of 5 Dec',
    folder: 'unseen-239',
    documents: 5,
    actionsExact: 13,
    dueRight: 7,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-240: first sight 8/20 actions (spurious ones counted), 1/6 documents
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec',
    folder: 'unseen-240',
    documents: 6,
    actionsExact: 13,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-241: first sight 12/12 actions, 4/6 documents; ad05 (a header run onto one line) right
  // since the eighth session, when run-together attendance pairs were read
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec (2)',
    folder: 'unseen-241',
    documents: 6,
    actionsExact: 12,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-242: first sight 8/10 actions, 4/5 documents (with the corrected expectations)
  {
    name: 'other layouts after unseen-241, sixth session of 5 Dec',
    folder: 'unseen-242',
    documents: 5,
    actionsExact: 10,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-243: first sight 7/10 actions, 4/5 documents
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec (3)',
    folder: 'unseen-243',
    documents: 5,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-244: first sight 7/9 actions, 3/5 documents
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec (4)',
    folder: 'unseen-244',
    documents: 5,
    actionsExact: 9,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-245: first sight 4/4 actions, 3/3 documents
  {
    name: 'practice kinds as Word and PDF files, sixth session of 5 Dec',
    folder: 'unseen-245',
    documents: 3,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-246: first sight 7/9 actions, 2/4 documents (9/9 and 3/4 with ai03 expectation)
  {
    name: 'other layouts after unseen-245, sixth session of 5 Dec',
    folder: 'unseen-246',
    documents: 4,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-247: first sight 4/6 actions, 2/3 documents
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec (5)',
    folder: 'unseen-247',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-248: first sight 6/8 actions, 1/3 documents; ak02 (titles from an Item column of numbers)
  // right since the eighth session, when a row's first words could begin its discussion
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec (6)',
    folder: 'unseen-248',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-249: first sight 3/8 actions, 1/4 documents
  {
    name: 'other layouts after unseen-248, sixth session of 5 Dec',
    folder: 'unseen-249',
    documents: 4,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-250: first sight 4/4 actions, 3/3 documents
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec (7)',
    folder: 'unseen-250',
    documents: 3,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-251: first sight 5/5 actions, 3/3 documents
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec (8)',
    folder: 'unseen-251',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-252: first sight 4/6 actions, 2/3 documents
  {
    name: 'other layouts after unseen-251, sixth session of 5 Dec',
    folder: 'unseen-252',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-253: first sight 5/5 actions, 3/3 documents
  {
    name: 'siblings of the practice kinds, sixth session of 5 Dec (9)',
    folder: 'unseen-253',
    documents: 3,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-254: first sight 4/6 actions, 1/3 documents
  {
    name: 'other layouts after unseen-253, sixth session of 5 Dec',
    folder: 'unseen-254',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-255: first sight 2/3 actions, 2/3 documents
  {
    name: 'close siblings of the practice kinds, sixth session of 5 Dec',
    folder: 'unseen-255',
    documents: 3,
    actionsExact: 3,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-256: first sight 9/12 actions, 4/5 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (seventh)',
    folder: 'unseen-256',
    documents: 5,
    actionsExact: 12,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-257: first sight 12/12 actions, 5/5 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (seventh)',
    folder: 'unseen-257',
    documents: 5,
    actionsExact: 12,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-258: first sight 4/9 actions, 0/4 documents
  {
    name: 'other layouts, session of 5 Dec (seventh)',
    folder: 'unseen-258',
    documents: 4,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-259: first sight 4/10 actions, 1/4 documents
  {
    name: 'other layouts, session of 5 Dec (seventh)',
    folder: 'unseen-259',
    documents: 4,
    actionsExact: 10,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-260: first sight 9/9 actions, 3/5 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (seventh)',
    folder: 'unseen-260',
    documents: 5,
    actionsExact: 9,
    dueRight: 2,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-261: first sight 6/8 actions, 3/4 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (seventh)',
    folder: 'unseen-261',
    documents: 4,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-262: first sight 6/7 actions, 3/4 documents
  {
    name: 'practice kinds as Word and PDF files, session of 5 Dec (seventh)',
    folder: 'unseen-262',
    documents: 4,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-263: first sight 4/7 actions, 2/4 documents
  {
    name: 'other layouts, session of 5 Dec (seventh)',
    folder: 'unseen-263',
    documents: 4,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-264: first sight 5/5 actions, 4/4 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (seventh)',
    folder: 'unseen-264',
    documents: 4,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-265: first sight 5/8 actions, 2/4 documents
  {
    name: 'other layouts, session of 5 Dec (seventh)',
    folder: 'unseen-265',
    documents: 4,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-266: first sight 5/7 actions, 3/4 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (seventh)',
    folder: 'unseen-266',
    documents: 4,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-267: first sight 6/7 actions, 2/4 documents
  {
    name: 'other layouts, session of 5 Dec (seventh)',
    folder: 'unseen-267',
    documents: 4,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-268: first sight 4/4 actions, 3/3 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (seventh)',
    folder: 'unseen-268',
    documents: 3,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-269: first sight 11/12 actions, 4/6 documents (bf01's expected text corrected to "Home office" as written)
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (eighth)',
    folder: 'unseen-269',
    documents: 6,
    actionsExact: 12,
    dueRight: 4,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-270: first sight 6/9 actions, 3/5 documents (7/9, 4/5 with bg02's "All members" owner corrected)
  {
    name: 'siblings of the practice kinds crossed, session of 5 Dec (eighth)',
    folder: 'unseen-270',
    documents: 5,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-271: first sight 12/13 actions, 5/6 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (eighth, 2)',
    folder: 'unseen-271',
    documents: 6,
    actionsExact: 13,
    dueRight: 3,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-272: first sight 9/11 actions, 4/5 documents
  {
    name: 'classes of the reader issue combined, session of 5 Dec (eighth)',
    folder: 'unseen-272',
    documents: 5,
    actionsExact: 11,
    dueRight: 1,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-273: first sight 11/12 actions, 2/3 documents
  {
    name: 'longer siblings of the practice kinds, session of 5 Dec (eighth)',
    folder: 'unseen-273',
    documents: 3,
    actionsExact: 11,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-274: first sight 6/6 actions, 4/4 documents
  {
    name: 'practice kinds as Word and PDF files, session of 5 Dec (eighth)',
    folder: 'unseen-274',
    documents: 4,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-275: first sight 8/8 actions, 3/3 documents
  {
    name: 'longer siblings with distractors, session of 5 Dec (eighth)',
    folder: 'unseen-275',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-276: first sight 5/8 actions, 2/4 documents (7/8, 3/4 with bm04's expectations corrected to the suite's conventions)
  {
    name: 'other layouts, session of 5 Dec (eighth)',
    folder: 'unseen-276',
    documents: 4,
    actionsExact: 8,
    dueRight: 7,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-277: first sight 4/4 actions, 2/2 documents
  {
    name: 'other layouts, session of 5 Dec (eighth, 2)',
    folder: 'unseen-277',
    documents: 2,
    actionsExact: 4,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-278: first sight 6/7 actions, 3/4 documents
  {
    name: 'siblings of the practice kinds crossed, session of 5 Dec (eighth, 2)',
    folder: 'unseen-278',
    documents: 4,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-279: first sight 4/6 actions, 1/3 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (eighth, 3)',
    folder: 'unseen-279',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-280: first sight 7/7 actions, 3/3 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (eighth, 4)',
    folder: 'unseen-280',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-281: first sight 7/7 actions, 2/2 documents
  {
    name: 'owners written otherwise, session of 5 Dec (eighth)',
    folder: 'unseen-281',
    documents: 2,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-282: first sight 5/5 actions, 2/3 documents
  {
    name: 'other layouts, session of 5 Dec (eighth, 3)',
    folder: 'unseen-282',
    documents: 3,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-283: first sight 4/5 actions, 2/3 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (eighth, 5)',
    folder: 'unseen-283',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-284: first sight 5/7 actions, 2/4 documents (7/7, 3/4 with bu04's expectation corrected to the suite's convention)
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (eighth, 6)',
    folder: 'unseen-284',
    documents: 4,
    actionsExact: 7,
    dueRight: 1,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-285: first sight 4/4 actions, 3/3 documents
  {
    name: 'siblings of the practice kinds, varied, session of 5 Dec (eighth, 7)',
    folder: 'unseen-285',
    documents: 3,
    actionsExact: 4,
    dueRight: 1,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-286: first sight 14/14 actions, 6/6 documents
  {
    name: 'siblings of the practice kinds, session of 5 Dec (ninth, 1)',
    folder: 'unseen-286',
    documents: 6,
    actionsExact: 14,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-287: first sight 13/13 actions, 6/6 documents
  {
    name: 'siblings further from the practice kinds, session of 5 Dec (ninth, 2)',
    folder: 'unseen-287',
    documents: 6,
    actionsExact: 13,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-288: first sight 7/7 actions, 3/4 documents (a re-wrapped quote's last line)
  {
    name: 'siblings hard-wrapped by a plain-text tool, session of 5 Dec (ninth, 3)',
    folder: 'unseen-288',
    documents: 4,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-289: first sight 4/5 actions, 1/3 documents (a hanging indent in grouped attendance, a reflowed line broken before a date)
  {
    name: 'siblings with lines broken at a fixed width, session of 5 Dec (ninth, 4)',
    folder: 'unseen-289',
    documents: 3,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-290: first sight 4/4 actions, 3/3 documents
  {
    name: 'hard-wrapped siblings, session of 5 Dec (ninth, 5)',
    folder: 'unseen-290',
    documents: 3,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-291: first sight 7/7 actions, 3/3 documents
  {
    name: 'written after the fixes, session of 5 Dec (ninth, 6)',
    folder: 'unseen-291',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-292: first sight 19/21 actions, 5/7 documents (both misses the expectation writing LGA for the Local Government Association that attended; mended in its own commit)
  {
    name: 'kind siblings for other committees and years',
    folder: 'unseen-292',
    documents: 7,
    actionsExact: 21,
    dueRight: 7,
    nextMeetingsRight: 7,
    fullyRight: 7,
  },
  // unseen-293: first sight 15/17 actions, 3/6 documents (a nation bracketed after a body, apologies listed by letter, a marking-page-month footer; one miss the expectation not using the attendee list's MOJ, mended in its own commit)
  {
    name: 'further kind siblings',
    folder: 'unseen-293',
    documents: 6,
    actionsExact: 16,
    dueRight: 7,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-294: first sight 17/17 actions, 5/6 documents (apologies two to a row with a body one space from its person)
  {
    name: 'kind siblings with content varied further',
    folder: 'unseen-294',
    documents: 6,
    actionsExact: 17,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-295: first sight 13/13 actions, 6/6 documents
  {
    name: 'kind siblings varied again',
    folder: 'unseen-295',
    documents: 6,
    actionsExact: 13,
    dueRight: 7,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-296: first sight five of six empty (h_v6 read an attendee and a title)
  {
    name: 'hostile text like practice 08 with less binary',
    folder: 'unseen-296',
    documents: 6,
    actionsExact: 0,
    dueRight: 0,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-297: first sight 9/9 actions, 4/4 documents (written after the fixes)
  {
    name: 'written after the variant fixes',
    folder: 'unseen-297',
    documents: 4,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-298: first sight 8/13 actions, 4/6 documents (double-line box table, log stanzas)
  {
    name: 'transcript notes, double-line boxes, log stanzas, Google Docs notes',
    folder: 'unseen-298',
    documents: 6,
    actionsExact: 13,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-299: first sight 10/13 actions, 2/6 documents (two of them my expectations)
  {
    name: 'words for numbers, details block, OCR labels, decisions among actions',
    folder: 'unseen-299',
    documents: 6,
    actionsExact: 12,
    dueRight: 3,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-300: first sight 10/13 actions, 2/5 documents (one of them my expectation)
  {
    name: 'Planner export, bold header cells, three-level numbers, o bullets, pointer bullets',
    folder: 'unseen-300',
    documents: 5,
    actionsExact: 13,
    dueRight: 7,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-301: first sight 9/12 actions, 5/6 documents (the three siblings of 298-300 all right)
  {
    name: 'initials marker, title-line ISO date, Owner / Date column, siblings',
    folder: 'unseen-301',
    documents: 6,
    actionsExact: 12,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-302: first sight 12/12 actions, 4/4 documents
  {
    name: 'practice kinds 07, 02, 03 and 05 for 2023 committees',
    folder: 'unseen-302',
    documents: 4,
    actionsExact: 12,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-303: first sight 8/8 actions, 3/3 documents
  {
    name: 'practice kinds 04, 06 and 09 for 2024 committees',
    folder: 'unseen-303',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-304: first sight 16/16 actions, 4/5 documents (a qualifier before the title's initials)
  {
    name: 'practice kinds 01, 04, 05, 06 and 07 again',
    folder: 'unseen-304',
    documents: 5,
    actionsExact: 16,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-305: first sight 5/12 actions, 1/4 documents
  {
    name: 'tools the corpus had not had: Notion, Lotus Notes, Trello, slash-numbered items',
    folder: 'unseen-305',
    documents: 4,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-306: first sight 8/11 actions, 2/4 documents (the two practice siblings 2/2)
  {
    name: 'written after the fixes for unseen-305: side headings, a Jira export, kinds 09 and 03',
    folder: 'unseen-306',
    documents: 4,
    actionsExact: 11,
    dueRight: 6,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-307: first sight 9/9 actions, 4/4 documents
  {
    name: 'written after unseen-306: a two-line tracker header, "the 3rd of" dates, merged item cells, kind 06',
    folder: 'unseen-307',
    documents: 4,
    actionsExact: 9,
    dueRight: 6,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-308: first sight 3/9 actions, 1/3 documents (6/9, 2/3 without my expectation error)
  {
    name: 'written after unseen-307: assignee addresses, pointer bullets with trailing owners, kind 02',
    folder: 'unseen-308',
    documents: 3,
    actionsExact: 9,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-309: first sight 4/4 actions, 3/3 documents
  {
    name: 'written after unseen-308: an item template with Lead and Discussion fields, two Present lists, kind 05',
    folder: 'unseen-309',
    documents: 3,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-310: first sight 0/4 actions, 0/2 documents
  {
    name: 'written after unseen-309: an Asana CSV export, pictographs before column names',
    folder: 'unseen-310',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-311: first sight 5/5 actions, 2/2 documents
  {
    name: 'siblings of practice kinds 07 and 01 written after every fix',
    folder: 'unseen-311',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-312: siblings of kinds 03, 06, 02 and 09; first sight 11/11 actions, 4/4 documents
  {
    name: 'siblings of practice kinds 03, 06, 02 and 09 (2013-2016)',
    folder: 'unseen-312',
    documents: 4,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-313: tools and layouts; first sight 4/10 actions, 2/5 documents
  {
    name: 'an HTML export, a reply over quoted minutes, reStructuredText, bilingual dash headings, an OCR scan with line numbers',
    folder: 'unseen-313',
    documents: 5,
    actionsExact: 10,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-314: tools and layouts; first sight 6/9 actions, 2/4 documents (8/9, 3/4 against the corrected expectation)
  {
    name: 'mentions owning tasks, a coded action-points log, dates without years, owner fields after arrows',
    folder: 'unseen-314',
    documents: 4,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-315: siblings of kinds 05, 04 and 07; first sight 7/8 actions, 1/3 documents
  {
    name: 'siblings of practice kinds 05, 04 and 07 (2015-2019)',
    folder: 'unseen-315',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-316: siblings of kinds 01, 09 and 06; first sight 9/9 actions, 3/3 documents
  {
    name: 'siblings of practice kinds 01, 09 and 06 (2013-2015)',
    folder: 'unseen-316',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-317: variants of kinds 02, 03, 07 and 04; first sight 8/8 actions, 3/4 documents (4/4 against the corrected expectation)
  {
    name: 'variants of practice kinds 02, 03, 07 and 04',
    folder: 'unseen-317',
    documents: 4,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-318: classes from the issue; first sight 3/5 actions, 1/3 documents (2/3 against the corrected expectation)
  {
    name: 'an owner-only column, attendance sentences in item 1, a coded action log, future dates under their year',
    folder: 'unseen-318',
    documents: 3,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-319: variants of kinds 02, 03 and 07; first sight 6/6 actions, 3/3 documents
  {
    name: 'variants of practice kinds 02, 03 and 07',
    folder: 'unseen-319',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-320: layouts of other secretariats; first sight 4/6 actions, 2/3 documents
  {
    name: 'numbered decisions and actions, a RAG tracker with carried-forward rows, owners in bold at the end',
    folder: 'unseen-320',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-321: owners and layouts; first sight 4/4 actions, 2/2 documents
  {
    name: 'owners by title and surname, a ragged actions box',
    folder: 'unseen-321',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-322: variants of kinds 02 and 05; first sight 3/3 actions, 2/2 documents
  {
    name: 'variants of practice kinds 02 and 05 written after every fix',
    folder: 'unseen-322',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-323: siblings of eight practice kinds, written after unseen-322 (first sight 22/24 actions, 7/8 documents)
  {
    name: 'siblings of eight practice kinds',
    folder: 'unseen-323',
    documents: 8,
    actionsExact: 23,
    dueRight: 8,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-324: siblings of eight practice kinds, written after unseen-323 (first sight 16/17 actions, 7/8 documents)
  {
    name: 'siblings of eight practice kinds, second set',
    folder: 'unseen-324',
    documents: 8,
    actionsExact: 17,
    dueRight: 7,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-325: siblings of eight practice kinds, written after unseen-324 (first sight 19/19 actions, 8/8 documents)
  {
    name: 'siblings of eight practice kinds, third set',
    folder: 'unseen-325',
    documents: 8,
    actionsExact: 19,
    dueRight: 9,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-326: eight other layouts, written after unseen-325 (first sight 14/15 actions, 4/8 documents)
  {
    name: 'other layouts: Word HTML, sentences, Welsh, initials, OCR, replies, dates lists, spaced tables',
    folder: 'unseen-326',
    documents: 8,
    actionsExact: 15,
    dueRight: 9,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-327: five other layouts, written after unseen-326 (first sight 11/11 actions, 5/5 documents)
  {
    name: 'other layouts: checkboxes, side-by-side attendance, Item columns, Loop tasks, outline actions',
    folder: 'unseen-327',
    documents: 5,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-328: practice kinds 05, 02 and 07 in other encodings and line endings (first sight 6/6 actions, 3/3 documents, after the leader fix)
  {
    name: 'practice kinds in Windows-1252, CR-only and UTF-16LE',
    folder: 'unseen-328',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-329: six other layouts, written after unseen-328 (first sight 11/12 actions, 5/6 documents)
  {
    name: 'other layouts: will sentences, action blocks, bracketed owner and date, Doodle, Markdown template, bold dash labels',
    folder: 'unseen-329',
    documents: 6,
    actionsExact: 12,
    dueRight: 5,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-330: kinds 06 and 02 with a marking over a title later pages repeat (4/4 actions, 2/2 documents after the fix; 0/2 documents before it)
  {
    name: 'a marking over a title later pages repeat',
    folder: 'unseen-330',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-331: an attendance list and an actions list broken by a page (4/4 actions, 2/2 documents after the fixes; 3/4, 0/2 before them)
  {
    name: 'lists broken by a page',
    folder: 'unseen-331',
    documents: 2,
    actionsExact: 4,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-332: hostile text over three pages, the empty extraction (2/2 documents after the fix; 0/2 before it)
  {
    name: 'hostile text printed over three pages',
    folder: 'unseen-332',
    documents: 2,
    actionsExact: 0,
    dueRight: 0,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-333: siblings of kinds 03, 07 and 04, written after unseen-332 (first sight 5/6 actions, 2/3 documents)
  {
    name: 'siblings of kinds 03, 07 and 04',
    folder: 'unseen-333',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-334: kinds 05 and 06 with owners that have and in their names, written after unseen-333 (first sight 2/2 actions, 1/2 documents)
  {
    name: 'owners with and in their names',
    folder: 'unseen-334',
    documents: 2,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-335: siblings of kinds 01, 07 and 02, written after unseen-334 (first sight 6/6 actions, 3/3 documents)
  {
    name: 'siblings of kinds 01, 07 and 02',
    folder: 'unseen-335',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-336: siblings of kinds 09 and 03, written after unseen-335 (first sight 4/4 actions, 2/2 documents)
  {
    name: 'siblings of kinds 09 and 03',
    folder: 'unseen-336',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-337: first sight 23/23 actions, 7/8 documents (an attendee "Name – NCA (UKHTC)")
  {
    name: 'siblings of eight practice kinds, a fifth set',
    folder: 'unseen-337',
    documents: 8,
    actionsExact: 23,
    dueRight: 8,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-338: first sight 15/15 actions, 7/7 documents
  {
    name: 'siblings of seven practice kinds, a sixth set',
    folder: 'unseen-338',
    documents: 7,
    actionsExact: 15,
    dueRight: 7,
    nextMeetingsRight: 7,
    fullyRight: 7,
  },
  // unseen-339: first sight 8/8 actions, 5/5 documents
  {
    name: 'siblings of five practice kinds, a seventh set',
    folder: 'unseen-339',
    documents: 5,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-340: first sight 7/11 actions, 2/6 documents; 9/11 and 4/6 once three expectations were put to the corpus conventions
  {
    name: 'other layouts: a grid table, sentence attendance, a Minute and Action by table, Welsh and English, a coded log, Body: task lines',
    folder: 'unseen-340',
    documents: 6,
    actionsExact: 11,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-341: first sight 10/10 actions, 5/5 documents
  {
    name: 'other layouts: a reply over quoted minutes, an owner field in brackets, a scan with spaced headings, next year dates, action point bullets',
    folder: 'unseen-341',
    documents: 5,
    actionsExact: 10,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-342: first sight 5/5 actions, 3/3 documents
  {
    name: 'siblings of three practice kinds, an eighth set',
    folder: 'unseen-342',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-343: first sight 2/7 actions, 1/3 documents; 5/5 and 2/3 once two expectations were put to the corpus conventions
  {
    name: 'other layouts: a Google Docs HTML export, a Teams RAG log with initials, an email with Owner - task - date lines',
    folder: 'unseen-343',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-344: first sight 4/5 actions, 3/4 documents
  {
    name: 'written after this session s fixes: siblings of kinds 06, 01, 02 and a grid Minute and Action by table',
    folder: 'unseen-344',
    documents: 4,
    actionsExact: 5,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-345: siblings of kinds 02, 03, 05, 07, 01, 04, 06, 09 (first sight 18/18, 8/8)
  {
    name: 'siblings of the practice kinds, eighth set',
    folder: 'unseen-345',
    documents: 8,
    actionsExact: 18,
    dueRight: 8,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-346: MediaWiki, DokuWiki and Textile tables, an owner tag after the sentence, a CSV action log (first sight 5/11, 2/5)
  {
    name: 'other layouts: wiki tables, a CSV log, owner tags',
    folder: 'unseen-346',
    documents: 5,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-347: quoted-printable, base64, forwarded (first sight 0/5, 0/3; 4/4, 3/3 with postal-mime)
  {
    name: 'emails saved as .eml files',
    folder: 'unseen-347',
    documents: 3,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-348: Windows-1252 Outlook mail, Word minutes attached (first sight 1/2, 1/2; 2/2, 2/2 after the fix)
  {
    name: 'emails saved as .eml files, second set',
    folder: 'unseen-348',
    documents: 2,
    actionsExact: 2,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-349: minutes in the message; a PDF attached beside an agenda (first sight after the .msg reader 3/3, 2/2)
  {
    name: 'Outlook .msg files',
    folder: 'unseen-349',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-350: siblings of kinds 01–07 and 09 (first sight 17/19, 6/8: a footer's "Page N" set right by tabs, and the expectation of an acronym mended)
  {
    name: 'siblings of eight practice kinds',
    folder: 'unseen-350',
    documents: 8,
    actionsExact: 19,
    dueRight: 7,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-351: Zoom, Teams, Google Meet, Notion and Otter notes (first sight 6/14, 2/5; 8/14, 3/5 with two expectations mended)
  {
    name: 'meeting assistants and notes apps',
    folder: 'unseen-351',
    documents: 5,
    actionsExact: 14,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-352: an FOI release, a committee system's minutes, footnoted pdftotext (first sight 6/6, 2/3: redacted names)
  {
    name: 'published minutes',
    folder: 'unseen-352',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-353: siblings of kinds 01–04 and 07 written after the fixes (first sight 11/11, 5/5)
  {
    name: 'siblings after the fixes',
    folder: 'unseen-353',
    documents: 5,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-354: siblings of kinds 01–07 and 09 (first sight 18/20, 7/8; a Markdown converter's escapes)
  {
    name: 'siblings, each varied anew',
    folder: 'unseen-354',
    documents: 8,
    actionsExact: 20,
    dueRight: 9,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-355: siblings of kinds 01–07 and 09 written after unseen-354's fix (first sight 16/17, 7/8; the one miss my expectation, mended)
  {
    name: 'siblings after the escapes fix',
    folder: 'unseen-355',
    documents: 8,
    actionsExact: 17,
    dueRight: 8,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-356: Confluence's template, Slack notes, bracketed owners and three siblings (first sight 13/16, 5/6)
  {
    name: 'other tools and siblings',
    folder: 'unseen-356',
    documents: 6,
    actionsExact: 15,
    dueRight: 7,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-357: Loop and Google Docs notes, actions first, a Gmail forward, lead-officer lines (first sight 10/11, 4/5; the one miss my expectation, mended)
  {
    name: 'notes tools and siblings after the template fixes',
    folder: 'unseen-357',
    documents: 5,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-358: siblings of kinds 01, 02, 03, 06 and 07 (first sight 10/10, 5/5)
  {
    name: 'siblings with quirks of their own',
    folder: 'unseen-358',
    documents: 5,
    actionsExact: 10,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-359: hostile text the decoder cannot refuse (first sight 2/2 documents the empty extraction; one took 0.8 s, a row of 50,000 empty cells walked again from each, now 0.15 s)
  {
    name: 'hostile text that is valid UTF-8',
    folder: 'unseen-359',
    documents: 2,
    actionsExact: 0,
    dueRight: 0,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-360: eight siblings of the practice kinds (first sight 23/23 actions, 9/9 due, 8/8 next, 7/8 fully right: a Clerk in a person-first list read as a body, fixed)
  {
    name: 'siblings with quirks of their own: Item N: titles, task lists, Lead/Deadline, a role in the place of a body',
    folder: 'unseen-360',
    documents: 8,
    actionsExact: 23,
    dueRight: 9,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-361: seven siblings of the practice kinds (first sight 16/17 actions, 8/8 due, 7/7 next, 6/7 fully right: a body alone in an action box over its action's lower-case rest read as the owners of the discussion, fixed)
  {
    name: 'siblings without tabs, blank lines or bold: ragged columns, single spacing, an action log by Ref',
    folder: 'unseen-361',
    documents: 7,
    actionsExact: 17,
    dueRight: 8,
    nextMeetingsRight: 7,
    fullyRight: 7,
  },
  // unseen-362: six siblings of the practice kinds and the reader issue classes (first sight 15/16 actions, 5/5 due, 5/6 next, 4/6 fully right: a post and its unit in brackets kept in a name, a future-dates heading bracket giving the place; both fixed)
  {
    name: 'siblings and the issue classes: a person owner with a post, future dates under a heading, Word web page',
    folder: 'unseen-362',
    documents: 6,
    actionsExact: 16,
    dueRight: 5,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-363: four faithful siblings of practice kinds 01, 05, 07 and 09 (all right at first sight: 12/12 actions, 5/5 due, 4/4 next, 4/4 fully right)
  {
    name: 'faithful siblings of kinds 01, 05, 07 and 09',
    folder: 'unseen-363',
    documents: 4,
    actionsExact: 12,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-364: two siblings of kinds 02 and 06 (first sight 5/5 actions, 1/2 due, 2/2 next, 1/2 fully right: a due date after "by close on" not read, fixed)
  {
    name: 'a trailing ACTION marker, by close on, long body names cut in a layout box',
    folder: 'unseen-364',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-365: six siblings of kinds 02 to 05, 07 and 09 (first sight 15/15 actions, 7/7 due, 6/6 next, 6/6 fully right)
  {
    name: 'six siblings of the practice kinds, Chairman and Officers',
    folder: 'unseen-365',
    documents: 6,
    actionsExact: 15,
    dueRight: 7,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-366: five minutes in other secretariats layouts (first sight 10/10 actions, 7/7 due, 5/5 next, 5/5 fully right)
  {
    name: 'five minutes in other layouts, attendance status column',
    folder: 'unseen-366',
    documents: 5,
    actionsExact: 10,
    dueRight: 7,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-367: two Word and two PDF minutes (first sight 8/8 actions, 5/5 due, 4/4 next, 3/4 fully right: the test PDF builder placed split words by kerned widths, so a scrambled PDF ran two words together; the builder fixed and f04 rebuilt, expected parse unchanged)
  {
    name: 'two Word and two PDF minutes in other layouts',
    folder: 'unseen-367',
    documents: 4,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-368: four minutes of other fields (first sight 8/8 actions, 4/4 due, 4/4 next, 3/4 fully right: a body named only by its kind under its parent, Steering Group, took the title alone, fixed)
  {
    name: 'four minutes of other fields',
    folder: 'unseen-368',
    documents: 4,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-369: three minutes in layouts not yet in the fixtures (first sight 3/6 actions, 3/3 due, 2/3 next, 0/3 fully right: a numbered Decision read as an action, Action 2(a) read as owned by a, a list of dates read 12 May, 11 as 2011; each fixed)
  {
    name: 'three minutes in layouts not yet seen',
    folder: 'unseen-369',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-370: three minutes in layouts not yet in the fixtures (first sight 5/5 actions, 5/5 due, 3/3 next, 2/3 fully right: apologies Name (initials), Body read as two people, fixed)
  {
    name: 'three minutes in layouts not yet seen, initials',
    folder: 'unseen-370',
    documents: 3,
    actionsExact: 5,
    dueRight: 5,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-371: three minutes in layouts not yet in the fixtures (first sight 6/6 actions, 3/3 due, 3/3 next, 3/3 fully right)
  {
    name: 'three minutes, role lead-ins and US dates',
    folder: 'unseen-371',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-372: two minutes in layouts not yet in the fixtures (first sight 4/4 actions, 2/2 due, 2/2 next, 2/2 fully right)
  {
    name: 'two minutes, present and apologies side by side',
    folder: 'unseen-372',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-373: two pdftotext -layout minutes (first sight 4/4 actions, 3/3 due, 2/2 next, 1/2 fully right: Member in a column of roles read as the body, fixed)
  {
    name: 'two pdftotext layout minutes, role column',
    folder: 'unseen-373',
    documents: 2,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-374: two minutes with attendance in forms not yet in the fixtures (first sight 1/4 actions, 2/2 due, 2/2 next, 0/2 fully right: In person and Remote sub-headings ended the list, so its numbered entries became items; a Deputy for column broke the register header; each fixed)
  {
    name: 'two minutes with attendance in other forms',
    folder: 'unseen-374',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-375: two minutes in layouts not yet in the fixtures (first sight 0/4 actions, 0/2 documents: Owner(s) and Target field names unknown, fixed; n02's item was a convention of its own, its expectation corrected in its own commit to the project fixture carried-forward-decisions)
  {
    name: 'two minutes, Owner and Target fields',
    folder: 'unseen-375',
    documents: 2,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-376: two minutes in layouts not yet in the fixtures (first sight 2/4 actions, 1/2 due, 2/2 next, 0/2 fully right: fields parted by bars on the task line, a By: line under the action; each fixed)
  {
    name: 'two minutes, fields parted by bars',
    folder: 'unseen-376',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-377: six siblings of the practice kinds (first sight 14/15 actions, 5/5 due, 4/6 next, 4/6 fully right: a page number in paragraph tags, a box naming a body cut short before the break, an acronym the subject of two verbs, a Next forum heading; each fixed)
  {
    name: 'siblings of practice kinds 01-05 and 07 by other secretariats',
    folder: 'unseen-377',
    documents: 6,
    actionsExact: 15,
    dueRight: 5,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-378: five siblings of the practice kinds (first sight 13/13 actions, 6/6 due, 5/5 next, 4/5 fully right: the miss my expectation of a minute taker's role, corrected in its own commit)
  {
    name: 'siblings of practice kinds 02 03 06 07 09 by other secretariats',
    folder: 'unseen-378',
    documents: 5,
    actionsExact: 13,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-379: six siblings of the practice kinds (first sight 12/12 actions, 6/6 due, 6/6 next, 6/6 fully right)
  {
    name: 'siblings of practice kinds 01-05 and 07 third set',
    folder: 'unseen-379',
    documents: 6,
    actionsExact: 12,
    dueRight: 6,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-380: five minutes from other tools and secretariats (first sight 10/11 actions, 3/3 due, 5/5 next, 3/5 fully right: both misses my own expectations, corrected in commits of their own)
  {
    name: 'pdftotext HTML action log codes Welsh and action tags',
    folder: 'unseen-380',
    documents: 5,
    actionsExact: 11,
    dueRight: 3,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-381: four minutes with attendance written other ways (first sight 7/7 actions, 2/2 due, 4/4 next, 3/4 fully right: a Chair line of name, post and body read as three people; fixed)
  {
    name: 'attendance written other ways',
    folder: 'unseen-381',
    documents: 4,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-382: four minutes with next meetings and headers written other ways (first sight 5/6 actions, 3/3 due, 2/4 next, 2/4 fully right: a date still to be agreed followed by another date; my own expectations of Members and via Microsoft Teams, corrected in commits of their own)
  {
    name: 'next meetings and headers written other ways',
    folder: 'unseen-382',
    documents: 4,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-383: three minutes with actions written other ways (first sight 4/7 actions, 2/3 due, 3/3 next, 2/3 fully right: every miss my own expectation of an owner after a dash, corrected in its own commit)
  {
    name: 'actions written other ways',
    folder: 'unseen-383',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-384: two Word and two PDF siblings of the practice kinds (first sight 7/9 actions, 3/3 due, 4/4 next, 3/4 fully right: a page holding one line of a two-column row, which make.ts had forced; remade)
  {
    name: 'Word and PDF siblings of the practice kinds',
    folder: 'unseen-384',
    documents: 4,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-385: four minutes with actions headed and laid out in other words (first sight 6/8 actions, 4/4 due, 3/4 next, 2/4 fully right: Next roundtable heading; an Item reference line under a task's fields; each fixed)
  {
    name: 'actions headed and laid out in other words',
    folder: 'unseen-385',
    documents: 4,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-386: three minutes with other furniture around the record (first sight 5/8 actions, 4/4 due, 3/3 next, 1/3 fully right: a running header shortening the title to its initials, a table header repeated after a break, a body written with its unit in brackets; my own expectation of a w/c due date, corrected in its own commit)
  {
    name: 'other furniture around the record',
    folder: 'unseen-386',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-387: a scanned copy and a mojibake copy (first sight 2/4 actions, 1/2 due, 0/2 next, 0/2 fully right: rn read for m in lower-case key words, UTF-8 read once as Windows-1252; each fixed)
  {
    name: 'damaged copies scanned and mojibake',
    folder: 'unseen-387',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-388: two pdftotext -layout copies of Word minutes (first sight 5/5 actions, 3/3 due, 2/2 next, 2/2 fully right)
  {
    name: 'pdftotext layout copies of Word minutes',
    folder: 'unseen-388',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-389: two minutes with other marks around actions and attendance (first sight 5/5 actions, 2/2 due, 2/2 next, 0/2 fully right: a sent substitute note after an apology, Symbol-font bullets of a Word export; each fixed)
  {
    name: 'other marks around actions and attendance',
    folder: 'unseen-389',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-390: three minutes sent by other mail clients (first sight 5/5 actions, 3/3 due, 3/3 next, 3/3 fully right)
  {
    name: 'minutes sent by other mail clients',
    folder: 'unseen-390',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-391: two minutes with tables of other shapes (first sight 5/5 actions, 3/3 due, 2/2 next, 2/2 fully right)
  {
    name: 'tables of other shapes',
    folder: 'unseen-391',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-392: two minutes from note-taking tools and templates (first sight 2/4 actions, 1/2 due, 2/2 next, 1/2 fully right: an @mention of a body before a task colon, fixed; my own expectation of the task text, corrected in its own commit)
  {
    name: 'note-taking tools and templates',
    folder: 'unseen-392',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-393: two minutes from the devolved administrations (first sight 3/4 actions, 2/2 due, 1/2 next, 1/2 fully right: an owner in brackets with a bracket of its own, fixed; my own expectation of a place for a meeting by video conference, corrected in its own commit)
  {
    name: 'minutes from the devolved administrations',
    folder: 'unseen-393',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-394: siblings of the two-column, pdftotext and reflowed practice kinds; first sight 10/10 actions, 3/3 documents
  {
    name: 'practice siblings two columns pdftotext reflowed 2026-12-07',
    folder: 'unseen-394',
    documents: 3,
    actionsExact: 10,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-395: siblings of the plain, pipe, Markdown, Word and email practice kinds; first sight 14/14 actions, 5/5 documents
  {
    name: 'practice siblings plain pipe markdown Word email 2026-12-07',
    folder: 'unseen-395',
    documents: 5,
    actionsExact: 14,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-396: siblings of the practice kinds grown a step further; first sight 14/14 actions, 6/6 documents
  {
    name: 'practice siblings grown a step 2026-12-07',
    folder: 'unseen-396',
    documents: 6,
    actionsExact: 14,
    dueRight: 7,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-397: siblings of the practice kinds combining their quirks; first sight 11/11 actions, 5/5 documents
  {
    name: 'practice siblings quirks combined 2026-12-07',
    folder: 'unseen-397',
    documents: 5,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-398: two Word and two PDF siblings of the practice kinds built by make.ts; first sight 8/8 actions, 4/4 documents
  {
    name: 'practice siblings as Word and PDF files 2026-12-07',
    folder: 'unseen-398',
    documents: 4,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-399: layouts unlike the practice kinds (annex attendance, labelled parts, initials, trustees, shorthand); first sight 8/10 actions, 3/5 documents
  {
    name: 'layouts unlike the practice 2026-12-07',
    folder: 'unseen-399',
    documents: 5,
    actionsExact: 10,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-400: layouts unlike the practice kinds (actions grouped by owner, month-first dates, role lines, RAID log); first sight 8/9 actions, 3/4 documents
  {
    name: 'layouts unlike the practice second 2026-12-07',
    folder: 'unseen-400',
    documents: 4,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-401: layouts unlike the practice kinds (attended column, attendance notes, meeting dates table, numbered owner-dash actions); first sight 7/7 actions, 4/4 documents
  {
    name: 'layouts unlike the practice third 2026-12-07',
    folder: 'unseen-401',
    documents: 4,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-402: layouts unlike the practice kinds (space before colons, ordinal of dates and noon, person owners); first sight 4/4 actions, 2/3 documents
  {
    name: 'layouts unlike the practice fourth 2026-12-07',
    folder: 'unseen-402',
    documents: 3,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-403: siblings of the practice kinds (two columns with an owner cut at a break, inline ACTION lines, pipe tables, Markdown, an email summary); first sight 16/16 actions, 5/5 documents
  {
    name: 'siblings of the practice kinds 2026-12-07 second session',
    folder: 'unseen-403',
    documents: 5,
    actionsExact: 16,
    dueRight: 6,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-404: layouts unlike the practice kinds (Sederunt, Irish and English headings, call to order and roll call, owner cells left blank or dittoed); first sight 8/10 actions, 0/4 documents
  {
    name: 'layouts unlike the practice 2026-12-07 second session',
    folder: 'unseen-404',
    documents: 4,
    actionsExact: 10,
    dueRight: 6,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-405: Word and PDF layouts unlike the practice kinds (Word-numbered headings with a bold trailing ACTION run, an action log with merged owner cells, a details table, an Action box with Owner and Due lines, a job title column); first sight 9/11 actions, 4/5 documents
  {
    name: 'Word and PDF layouts unlike the practice 2026-12-07 second session',
    folder: 'unseen-405',
    documents: 5,
    actionsExact: 11,
    dueRight: 8,
    nextMeetingsRight: 5,
    fullyRight: 5,
  },
  // unseen-406: layouts unlike the practice kinds (an Outlook invitation with its zone name, a board portal action records with middle dots, a tab action register with two-figure years, front matter with UTC timestamps); first sight 6/8 actions, 1/4 documents
  {
    name: 'layouts unlike the practice 2026-12-07 third batch',
    folder: 'unseen-406',
    documents: 4,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-407: layouts unlike the practice kinds (a Membership list with apologies marked, a ministerial roundtable with job titles in brackets, bold owner bullets and a week commencing to be confirmed); first sight 4/5 actions, 1/3 documents (the miss in q02 an expectation corrected)
  {
    name: 'layouts unlike the practice 2026-12-07 fourth batch',
    folder: 'unseen-407',
    documents: 3,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-408: Word and PDF siblings of the practice kinds with quirks of the files (a header row repeated over a page break, tracked changes deleting an action, Word bullets and numbering); first sight 8/8 actions, 3/3 documents
  {
    name: 'Word and PDF siblings of the practice 2026-12-07 file quirks',
    folder: 'unseen-408',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-409: layouts unlike the practice kinds (a week ending due date, an action owned by All, a Doodle poll, body then person dash actions, ordinal of dates with commas); first sight 3/6 actions, 1/2 documents (the action misses an expectation corrected)
  {
    name: 'layouts unlike the practice 2026-12-07 fifth batch',
    folder: 'unseen-409',
    documents: 2,
    actionsExact: 6,
    dueRight: 4,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-410: a layout unlike the practice kinds (a Substituting for column, accented names and particles, an ampersand in a body); first sight 1/1 actions, 1/1 documents
  {
    name: 'a layout unlike the practice 2026-12-07 sixth batch',
    folder: 'unseen-410',
    documents: 1,
    actionsExact: 1,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-411: siblings of practice 09 (reflowed boxes: two actions in a box, lower-case owner, a colon in a title, a box run on after one space); first sight 7/7 actions, 3/3 documents
  {
    name: 'siblings of practice 09 2026-12-07',
    folder: 'unseen-411',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-412: a layout unlike the practice kinds (minutes numbered year first, staff named by post with no body, owners by post); first sight 0/2 actions, 0/1 documents
  {
    name: 'an NHS committee unlike the practice 2026-12-07',
    folder: 'unseen-412',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-413: layouts unlike the practice kinds (a resilience cell with decision and action codes, an AGM with members counted not named); first sight 1/3 actions, 0/2 documents (the x02 title an expectation corrected)
  {
    name: 'layouts unlike the practice 2026-12-07 seventh batch',
    folder: 'unseen-413',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-414: layouts unlike the practice kinds (In the chair over a Company and Representative table, numbered attendance lists); first sight 3/4 actions, 1/2 documents; the apologies written Body (Person), as the table writes the body first, right since
  {
    name: 'layouts unlike the practice 2026-12-07 eighth batch',
    folder: 'unseen-414',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-415: a layout unlike the practice kinds (a document control block, item leads and papers under headings, a signature block); first sight 2/2 actions, 0/1 documents
  {
    name: 'a layout unlike the practice 2026-12-07 ninth batch',
    folder: 'unseen-415',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-416: Word and PDF layouts unlike the practice kinds (a document-control table above the title, an attendance column saying who came, present and apologies side by side in a PDF); first sight 3/3 actions, 1/2 documents
  {
    name: 'Word and PDF layouts unlike the practice 2026-12-07 tenth batch',
    folder: 'unseen-416',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-417: a sibling of practice 05 (a council group exported from Word, the page break mid-paragraph); first sight 3/3 actions, 1/1 documents
  {
    name: 'a sibling of practice 05 2026-12-07',
    folder: 'unseen-417',
    documents: 1,
    actionsExact: 3,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-418: a sibling of practice 06 (pdftotext layout, owners cut over the page, a wrapped next meeting); first sight 2/2 actions, 1/1 documents
  {
    name: 'a sibling of practice 06 2026-12-07',
    folder: 'unseen-418',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-419: a layout unlike the practice kinds (notes copied from a chat canvas with emoji shortcodes and keycaps numbering the items); first sight 0/2 actions, 0/1 documents
  {
    name: 'a chat canvas unlike the practice 2026-12-07',
    folder: 'unseen-419',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-420: a layout unlike the practice kinds (minutes copied from a web page with its site around them); first sight 2/2 actions, 0/1 documents
  {
    name: 'a web page copy unlike the practice 2026-12-07',
    folder: 'unseen-420',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-421: a plain strategy board with inline ACTION lines, and an email with a closing summary
  {
    name: 'siblings of practice 02 and 07',
    folder: 'unseen-421',
    documents: 2,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-422: Google Docs meeting notes with indented lists and checkboxes, a Notion page with task-list owners
  {
    name: 'note-taking tools',
    folder: 'unseen-422',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-423: items in Roman capitals with a CSV action log, owners named by their initials
  {
    name: 'Roman items and initials',
    folder: 'unseen-423',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-424: minute numbers year first with an aligned action-points table, owners after the task, numbered action labels
  {
    name: 'trustees, a Teams recap, a summary of conclusions',
    folder: 'unseen-424',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-425: a Word table of the whole meeting, a PDF with agreed actions and the next meeting in a table
  {
    name: 'Word and PDF, minutes in one table',
    folder: 'unseen-425',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-426: a definition-list attendance with a captioned actions table, underlined headings with Item N over titles and bracketed actions
  {
    name: 'a web page and a Scottish note',
    folder: 'unseen-426',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-427: pipe tables with wrapped cells, a Markdown export with blockquoted actions
  {
    name: 'siblings of practice 03 and 04',
    folder: 'unseen-427',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-428: a council Word export with CRLF and a form feed, a pdftotext layout with a right-hand Actions box
  {
    name: 'siblings of practice 05 and 06',
    folder: 'unseen-428',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-429: an attendance register of ticks with a week-commencing due date, a roundtable with Follow-up labels
  {
    name: 'a tick register and follow-up labels',
    folder: 'unseen-429',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-430: MsoNormal paragraphs with a Word table of actions, attendance set out in two columns
  {
    name: 'an Outlook HTML email and two-column attendance',
    folder: 'unseen-430',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-431: a Word tick register with a details table, a PDF with headerless attendance tables and an action over a page break
  {
    name: 'Word and PDF, ticks and headerless attendance',
    folder: 'unseen-431',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-432: a reflowed single column with two actions in one box, tab columns and p tags with an action over a page
  {
    name: 'siblings of practice 01 and 09',
    folder: 'unseen-432',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-433: inline ACTION lines with two other bodies meetings first, an email reply with a time-first next meeting
  {
    name: 'siblings of practice 02 and 07 with other bodies meeting',
    folder: 'unseen-433',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-434: a CSV of Planner tasks after the last item, attendance in an annex, OCR misreads
  {
    name: 'a Planner export, an annex of attendance, an OCR scan',
    folder: 'unseen-434',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-435: numbered paragraphs under unnumbered headings with an aligned action table, Councillors with bracketed roles and owners by post
  {
    name: 'a note for the record and a council scrutiny panel',
    folder: 'unseen-435',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-436: one-line HTML with classed spans and lists, owners by initials in an aligned actions table
  {
    name: 'a Google Docs HTML export and an initials column',
    folder: 'unseen-436',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-437: Present and Apologies cells of paragraphs side by side in Word, a Present paragraph wrapped by a PDF page
  {
    name: 'Word and PDF, side-by-side cells and a wrapped Present paragraph',
    folder: 'unseen-437',
    documents: 2,
    actionsExact: 3,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-438: a numbered summary of actions with item references above the attendance and the items
  {
    name: 'a summary of actions at the top',
    folder: 'unseen-438',
    documents: 1,
    actionsExact: 3,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-439: a Pandoc Markdown export with em dashes, a pdftotext box broken over a page
  {
    name: 'siblings of practice 04 and 06',
    folder: 'unseen-439',
    documents: 2,
    actionsExact: 3,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-440: name colon tasks of attendees with no body and a month-first due without a year, a council action sheet with an Officer column
  {
    name: 'Loop notes and an action sheet',
    folder: 'unseen-440',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-441: siblings of practice 01 and 06 with other meetings and breaks
  {
    name: 'a twocolumn IDMG and a pdftotext layout board',
    folder: 'unseen-441',
    documents: 2,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-442: siblings of practice 02 and 07, a reply forwarding corrected minutes
  {
    name: 'inline actions and an email reply',
    folder: 'unseen-442',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-443: siblings of practice 03 and 05
  {
    name: 'pipe tables and a council Word export',
    folder: 'unseen-443',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-444: siblings of practice 04 and 09
  {
    name: 'a Markdown board and a reflowed IDMG',
    folder: 'unseen-444',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-445: Item N headings over paragraphs numbered straight through, action points first, Gmail quoting, converter lines and a Title property
  {
    name: 'running paragraph numbers, a summary table, a quoted reply, an UnRTF export',
    folder: 'unseen-445',
    documents: 4,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-446: a group named only in the first page header, an attendance register with Deputy for
  {
    name: 'a Word file titled in its header and a PDF register',
    folder: 'unseen-446',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-447: an apologies list, a due date wrapped in a box, a pandemic IDMG on Teams, an email action note
  {
    name: 'siblings of 02 06 03 and 07 after the fixes',
    folder: 'unseen-447',
    documents: 4,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-448: a LibreOffice text export with empty cells as blank lines, an Outlook invitation after the minutes giving the next meeting, mentions as owners
  {
    name: 'a cell to a line, an Outlook invitation, a Slack canvas',
    folder: 'unseen-448',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-449: an action over a page in paragraph runs, a council sub-group export, a minute taker and Action on markers
  {
    name: 'practice 01 and 05 again and Action on markers',
    folder: 'unseen-449',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-450: a wrapped ACTION line, square bracket item refs, a closing table of decisions and actions with padded cells
  {
    name: 'practice 02 and 07 again and a decisions and actions table',
    folder: 'unseen-450',
    documents: 3,
    actionsExact: 6,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-451: an owner-first action table, bold list headings over a Markdown action table, two actions in a reflowed box
  {
    name: 'practice 03 04 and 09 again',
    folder: 'unseen-451',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-452: a presenting Lead that owns nothing, No. Discussion Actions with two actions in a cell, Name will items
  {
    name: 'agenda fields, a grid table of minutes, a meeting recap',
    folder: 'unseen-452',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-453: No Discussion Action in a Word file and laid out with spaces, a five-column Markdown minutes table
  {
    name: 'minutes kept as tables',
    folder: 'unseen-453',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-454: matters arising reporting on earlier actions, an action log with Complete Ongoing and New rows
  {
    name: 'earlier actions beside new ones',
    folder: 'unseen-454',
    documents: 2,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-455: owners over two lines of a right-hand box, MsoNormal paragraphs with an attendance table
  {
    name: 'practice 06 again and a Word web page',
    folder: 'unseen-455',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-456: a body with its letters after its name acting by them, a reflowed IDMG with a one-word title before its box
  {
    name: 'practice 04 and 09 again',
    folder: 'unseen-456',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-457: numbered ACTION lines, a name-first attendance table with On behalf of, a council panel with Chairman, an email with a numbered Actions list; all right at first sight
  {
    name: 'practice 02, 03, 05 and 07 again',
    folder: 'unseen-457',
    documents: 4,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-458: owners broken over a page, two actions in one box, a reflowed list begun on its label line (missed at first sight, 2 of 3 fully right)
  {
    name: 'practice 01, 06 and 09 again',
    folder: 'unseen-458',
    documents: 3,
    actionsExact: 7,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-459: at first sight 7 of 9 actions, 2 of 4 fully right: a date given only under the attendance, a PDF table a cell to a line with a wrapped task and a Role cell left out
  {
    name: 'generated summaries, Google Docs HTML, cells to a line and a tab grid',
    folder: 'unseen-459',
    documents: 4,
    actionsExact: 9,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-460: Word headings numbered by the list, one-cell action boxes, a merged Item cell, a scrambled PDF with a box over a page; all right at first sight
  {
    name: 'Word and PDF files: numbered headings, merged item cells, a scrambled PDF box',
    folder: 'unseen-460',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-461: at first sight 8 of 10 actions, 2 of 3 fully right: a headerless Word layout table with the owners alone beside the discussion
  {
    name: 'Word and PDF files: a layout table of owners, owners a paragraph each, a repeated header',
    folder: 'unseen-461',
    documents: 3,
    actionsExact: 10,
    dueRight: 6,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-462: lettered actions under ACTIONS, A1 refs with a w/c due, a forwarded email with item suffixes, a town council with Officers; all actions right at first sight, 3 of 4 fully right before the expectation of a Town Clerk was corrected
  {
    name: 'practice 02, 03, 07 and 05 again',
    folder: 'unseen-462',
    documents: 4,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-463: pipe tables quoted in a reply, a three-column pdftotext attendance with owners over a page, plain text wrapped at 60, a Markdown attendance table; all right at first sight
  {
    name: 'practice layouts combined with each others breaks',
    folder: 'unseen-463',
    documents: 4,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-464: at first sight 6 of 10 actions, 2 of 4 fully right: a wiki page's breadcrumbs and footer, Item Who Notes read as owned minutes, a form's Attendees and Minutes fields with tabs
  {
    name: 'a Confluence export, GitLab task boxes, a form of fields, Welsh and English',
    folder: 'unseen-464',
    documents: 4,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-465: at first sight 3 of 5 actions, 1 of 3 fully right: a notes app to-do box, a wiki page with edit links in its headings and a title before minutes of the meeting held on
  {
    name: 'HTML exports: Notion, MediaWiki, an Outlook email',
    folder: 'unseen-465',
    documents: 3,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-466: at first sight all 7 actions, 2 of 3 fully right: a reStructuredText field list naming the meeting and its chair
  {
    name: 'a OneNote copy, a record of decisions and actions, reStructuredText',
    folder: 'unseen-466',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-467: at first sight all 4 actions, 1 of 2 fully right: a Gmail reply whose On DATE wrote line dated the meeting
  {
    name: 'HTML email replies quoting minutes',
    folder: 'unseen-467',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-468: right at first sight
  {
    name: 'a PDF with lists side by side and margin numbers',
    folder: 'unseen-468',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-469: at first sight 2 of 3 actions, 0 of 2 fully right: bodies alone read as people (and an owner mapped to a bracket of roles), Councillors P. Lane and S. Mistry on one line
  {
    name: 'a readout naming bodies only, a county council task group',
    folder: 'unseen-469',
    documents: 2,
    actionsExact: 3,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-470: right at first sight
  {
    name: 'email notes with ACTION (Body) bullets',
    folder: 'unseen-470',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
  // unseen-471: first sight 3 of 9 actions, 1 of 3 documents
  {
    name: 'unseen-471 (an Obsidian note, an Evernote HTML export, MkDocs boxed notes)',
    folder: 'unseen-471',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-472: first sight 7 of 7 actions, 2 of 3 documents (3 of 3 with the corrected location)
  {
    name: 'unseen-472 (a grid action table, inline comments in a reply, one attendance sentence)',
    folder: 'unseen-472',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-473: first sight 3 of 9 actions, 1 of 3 documents
  {
    name: 'unseen-473 (a PDF six-column action log, a Word decisions-and-actions table, a box on the left)',
    folder: 'unseen-473',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-474: first sight 11 of 11 actions, 3 of 4 documents
  {
    name: 'unseen-474 (owners in square brackets, an HTML attendance cell of person and body, roman agreed actions, psql output)',
    folder: 'unseen-474',
    documents: 4,
    actionsExact: 11,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-475: right at first sight
  {
    name: 'unseen-475 (siblings of 09, 07 and 05 with twists)',
    folder: 'unseen-475',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-476: first sight 2 of 4 actions, 1 of 2 documents
  {
    name: 'unseen-476 (a slide deck PDF, a Word action paragraph style)',
    folder: 'unseen-476',
    documents: 2,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-477: first sight 6 of 9 actions, 2 of 4 documents
  {
    name: 'unseen-477 (lead and by in brackets, abbreviations in action tags, HackMD blocks, initials owners)',
    folder: 'unseen-477',
    documents: 4,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-478: first sight 1 of 8 actions, 0 of 2 documents
  {
    name: 'unseen-478 (Welsh and English columns, as text and as a Word table)',
    folder: 'unseen-478',
    documents: 2,
    actionsExact: 3,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-479: first sight 4 of 4 actions, 1 of 2 documents
  {
    name: 'unseen-479 (a register marked P A S with a key, Word filtered HTML)',
    folder: 'unseen-479',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-480: first sight 4 of 4 actions, 3 of 4 documents (all next meetings right)
  {
    name: 'unseen-480 (next meetings: a list of dates, another body, no year, one year for all)',
    folder: 'unseen-480',
    documents: 4,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-481: first sight 6 of 7 actions, 2 of 3 documents
  {
    name: 'unseen-481 (siblings of 03, 04 and 06 with twists)',
    folder: 'unseen-481',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-482: first sight 3 of 5 actions, 0 of 2 documents; both read since (a Subject / discussion
  // column, attendance in a covering note)
  {
    name: 'unseen-482 (an Item and Action by table laid out with spaces, an email note of a call)',
    folder: 'unseen-482',
    documents: 2,
    actionsExact: 5,
    dueRight: 1,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-483: first sight 5 of 10 actions, 1 of 4 documents
  {
    name: 'unseen-483 (a chat export, an AI summary forwarded, a public question time, Outcome and Follow-up fields)',
    folder: 'unseen-483',
    documents: 4,
    actionsExact: 10,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-484: first sight 3 of 10 actions, 1 of 3 documents
  {
    name: 'unseen-484 (Word and PDF: side heads, two actions a row, an item a table)',
    folder: 'unseen-484',
    documents: 3,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-485: first sight 9 of 9 actions, 3 of 4 documents
  {
    name: 'unseen-485 (siblings of 02, 07, 04 and 06 with twists)',
    folder: 'unseen-485',
    documents: 4,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-486: first sight 2 of 9 actions, 0 of 3 documents
  {
    name: 'unseen-486 (meeting notes with mentions, an HTML email template, a memo with next steps)',
    folder: 'unseen-486',
    documents: 3,
    actionsExact: 8,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-487: first sight 1 of 6 actions, 0 of 3 documents
  {
    name: 'unseen-487 (a chat thread copied, initials with a key, register field blocks)',
    folder: 'unseen-487',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-488: first sight 5 of 5 actions, 1 of 2 documents (2 of 2 with the corrected deputy)
  {
    name: 'unseen-488 (siblings of 03 and 05 with twists)',
    folder: 'unseen-488',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-489: first sight 0 of 6 actions, 0 of 2 documents
  {
    name: 'unseen-489 (a timed agenda with outcomes, Y or N attendance, owner and date tags)',
    folder: 'unseen-489',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-490: first sight 3 of 5 actions, 1 of 2 documents; x01 follow-up tasks now the meeting's (the notes never reach item 3)
  {
    name: 'unseen-490 (a collaboration tool meeting notes, a tab action tracker)',
    folder: 'unseen-490',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-491: reStructuredText with a field list and a list-table directive; Pandoc Markdown with definition lists and footnotes; a summary log of decisions and actions before the minutes; an email action summary with item references first
  {
    name: 'a reStructuredText list table, Pandoc definition lists and footnotes, a decisions and actions log first, an email summary',
    folder: 'unseen-491',
    documents: 4,
    actionsExact: 12,
    dueRight: 7,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-492: a slide deck outline copied as text; Markdown with decisions, action items and a parking lot; an email action log with a header over two rows; a sibling of the practice pdftotext layout
  {
    name: 'a slide deck outline, a parking lot, a two-row header, pdftotext with an Action by box',
    folder: 'unseen-492',
    documents: 4,
    actionsExact: 10,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-493: a transcript summary with timestamped speakers; a video call AI notes with suggested next steps; Confluence wiki with panel, status and info macros; a sibling of the practice pipe tables
  {
    name: 'a transcript summary, a call tools AI notes, Confluence macros, pipe tables with apologies in the Role column',
    folder: 'unseen-493',
    documents: 4,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-494: a chair summary letter with the attendance in an annex; an attendance register across the year meetings; a sibling of the practice plain inline actions
  {
    name: 'a chairs summary letter, an attendance register across meetings, plain inline owner labels',
    folder: 'unseen-494',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-495: a PDF whose attendance table goes over a page break with its header repeated; a Word file whose attendance paragraphs break lines with Shift+Enter
  {
    name: 'Word and PDF files, an attendance table over a page break, attendance with line breaks',
    folder: 'unseen-495',
    documents: 2,
    actionsExact: 4,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-496: an outliner export (Logseq: bullets, properties, TODO), a meeting assistant summary with actions grouped by person, a forum post in BBCode
  {
    name: 'an outliner export, a meeting assistant summary, a BBCode forum post',
    folder: 'unseen-496',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-497: a handwritten minute book transcribed, email notes with ACTION Owner: task lines and an Outlook appointment for the next meeting, a council task group Word export (sibling of 05)
  {
    name: 'a transcribed minute book, email notes with an Outlook appointment, a council Word export',
    folder: 'unseen-497',
    documents: 3,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-498: a Word file with checkbox content controls before actions and an attendance table with no header row; a PDF with a cover table of fields
  {
    name: 'Word checkbox actions and headerless attendance, PDF cover table of fields',
    folder: 'unseen-498',
    documents: 2,
    actionsExact: 4,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-499: written after the fixes of 496 to 498: an action tracker exported with semicolons, informal notes with headerless pipe-separated actions and bracketed bodies, pdftotext with the attendance in two columns side by side (sibling of 06)
  {
    name: 'a semicolon CSV tracker, pipe rows with no header, pdftotext attendance side by side',
    folder: 'unseen-499',
    documents: 3,
    actionsExact: 8,
    dueRight: 5,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-500: written after the fixes of 496 to 498: a Word action table with an owner cell merged over two rows and date pickers (one showing its placeholder), a PDF with the attendance in two columns side by side
  {
    name: 'Word merged owner cells and date pickers, PDF attendance side by side',
    folder: 'unseen-500',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-501: written after the fixes of 499 and 500: Markdown blockquote actions with owner and date in the label brackets, one line of bar-parted meeting fields with owners after an em dash, a council sub-group with Minute numbers and ACTION POINT labels
  {
    name: 'blockquote actions with owner and date in brackets, bar-parted fields, council minute numbers',
    folder: 'unseen-501',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-502: a reply proposing a correction above forwarded draft minutes, a grid table whose header says Description of action and Responsible officer with wrapped cells, a running footer with the title splitting an action over a page
  {
    name: 'a reply with a correction above draft minutes, a grid table with other column names, a running footer splitting an action',
    folder: 'unseen-502',
    documents: 3,
    actionsExact: 6,
    dueRight: 2,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-503: Word and PDF: an action log on a landscape page after portrait minutes; an attendance register of Word checkbox content controls
  {
    name: 'an action log on a landscape page, a Word register of checkboxes',
    folder: 'unseen-503',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-504: written after the side-heads fix: a memorandum header over indented attendance and Owner: task lines; an attendance table aligned with spaces, a Minutes role, actions quoted with >
  {
    name: 'a memorandum with Owner colon task lines, a space-aligned attendance table with quoted actions',
    folder: 'unseen-504',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-505: an Excel sheet saved as a web page with a row an item, a ModernGov printed minutes page, a LibreOffice XHTML export with drawn bullets
  {
    name: 'web pages by an Excel sheet, a committee system and LibreOffice',
    folder: 'unseen-505',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-506: a Word file of item tables with A/D/I rows, a PDF whose action table runs over a page with its header repeated, a Slack thread copied with reactions
  {
    name: 'item tables of A D I rows, an action table over a page, a Slack thread',
    folder: 'unseen-506',
    documents: 3,
    actionsExact: 11,
    dueRight: 6,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-507: a committee page printed to PDF from a browser, notes-app Markdown with hashtags after the lines, a Word action table grouped by owner rows
  {
    name: 'a page printed from a browser, hashtags after lines, an action table grouped by owner rows',
    folder: 'unseen-507',
    documents: 3,
    actionsExact: 10,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-508: a Google Docs plain-text download with comments, a Word file with fields, hyperlinks and smart tags, Pandoc Markdown with custom-style divs
  {
    name: 'comments of a text download, Word fields and links, Pandoc style divs',
    folder: 'unseen-508',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-509: a PDF with a DRAFT watermark across every page, a Word file framed in a one-cell table, a slide deck saved as PDF
  {
    name: 'a DRAFT watermark, a one-cell frame, a slide deck as PDF',
    folder: 'unseen-509',
    documents: 3,
    actionsExact: 10,
    dueRight: 6,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-510: an email printed to PDF with the minutes in its body, a Markdown action table with a ticked column for each owner after a paragraph introducing it, a Word owner cell a line an owner with the lead marked
  {
    name: 'an email printed to PDF, a matrix of owner columns, owners a line each',
    folder: 'unseen-510',
    documents: 3,
    actionsExact: 9,
    dueRight: 5,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-511: a PDF set in two flowing columns, text with symbol-font bullets as letters, a Word table of actions stacked as field rows
  {
    name: 'two flowing columns, symbol-font bullets, actions stacked as field rows',
    folder: 'unseen-511',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-512: informal notes with a What/Who/When action log aligned with spaces; a Scottish minute book whose dates and hours are in words, held within a place
  {
    name: 'a What Who When log, a minute book with dates in words',
    folder: 'unseen-512',
    documents: 2,
    actionsExact: 5,
    dueRight: 3,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-513: a pdftotext three-column table, numbered action points, a Markdown attendance table (first sight 6/15 actions, 1/3 documents)
  {
    name: 'minutes in the manner of the practice set in new combinations',
    folder: 'unseen-513',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-514: the seed p-tag layout, a forwarded email with a tabbed action table, two attendees a line (first sight 9/9 actions, 2/3 documents)
  {
    name: 'minutes in the manner of the practice set in new combinations',
    folder: 'unseen-514',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-515: Welsh and English parted by slashes, an OCR scan with initials as owners, attendance by role and an aligned action log (first sight 7/7 actions, 1/3 documents)
  {
    name: 'minutes in the manner of the practice set in new combinations',
    folder: 'unseen-515',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-516: a pdftotext action box over a page break, Pandoc Markdown with another body meeting and a date to be confirmed, owners in brackets after the label (first sight 8/9 actions, 1/3 documents)
  {
    name: 'minutes in the manner of the practice set in new combinations',
    folder: 'unseen-516',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-517: attendance in item 1 with a marker after a paragraph, underlined headings with dot leaders and field lines, agreed actions with lead brackets (first sight 7/7 actions, 3/3 documents)
  {
    name: 'minutes in the manner of the practice set in new combinations',
    folder: 'unseen-517',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-518: layouts unlike the fixtures (first sight 2/10 actions, 0/3 documents)
  {
    name: 'a letter to the members, questions and answers with a coded decisions and actions log, a Copilot recap',
    folder: 'unseen-518',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-519: written after the fixes of unseen-518 (first sight 6/6 actions, 1/3 documents)
  {
    name: 'a cover page and a glossary, notes in a WhatsApp export, minutes with the call chat after them',
    folder: 'unseen-519',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-520: an attendance table with numbered heading-style items, a four-column minutes table in a PDF, a two-page PDF with bold actions (first sight 6/6 actions, 2/3 documents)
  {
    name: 'Word and PDF minutes in the shapes a template gives them',
    folder: 'unseen-520',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-521: layouts unlike the fixtures (first sight 2/8 actions, 0/3 documents)
  {
    name: 'initials with full stops, owners named by post, a forward plan table',
    folder: 'unseen-521',
    documents: 3,
    actionsExact: 8,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-522: another body meeting and a report date, a working group date with the next meeting to be confirmed, meeting again with no date (first sight 6/6 actions, 3/3 documents)
  {
    name: 'the next meeting distractors in the manner of the practice set',
    folder: 'unseen-522',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-523: layouts unlike the fixtures (first sight 2/12 actions, 0/3 documents)
  {
    name: 'a tracker YAML export, actions nested under owners, a Word table of discussion beside actions',
    folder: 'unseen-523',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-524: written after the fixes of unseen-523 (first sight 5/7 actions, 2/3 documents)
  {
    name: 'a form tool JSON with camelCase keys, bracketed A D I markers, Outcome and Next steps fields',
    folder: 'unseen-524',
    documents: 3,
    actionsExact: 7,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-525: the practice minutes manner (first sight 11/11 actions, 3/3 documents)
  {
    name: 'two-column boxes, plain inline actions with three owners, a pdftotext actions box over a page',
    folder: 'unseen-525',
    documents: 3,
    actionsExact: 11,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-526: layouts unlike the fixtures (first sight 7/9 actions, 1/3 documents)
  {
    name: 'a next meeting invitation over the minutes, Google Docs comment anchors, tracked changes in the margin',
    folder: 'unseen-526',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-527: layouts unlike the fixtures (first sight 8/9 actions, 2/3 documents)
  {
    name: 'a Notion export with American dates, a Scottish minute with an action points table, a PDF table over two pages',
    folder: 'unseen-527',
    documents: 3,
    actionsExact: 9,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-528: layouts unlike the fixtures (first sight 8/8 actions, 3/3 documents)
  {
    name: 'a charity trustees meeting, a OneNote page, an aligned action log alone with raised dates',
    folder: 'unseen-528',
    documents: 3,
    actionsExact: 8,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-529: the practice minutes manner (first sight 9/9 actions, 3/3 documents)
  {
    name: 'a council Word export with three owners, an email summary, Markdown pipe tables with wrapped owner cells',
    folder: 'unseen-529',
    documents: 3,
    actionsExact: 9,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-530: layouts unlike the fixtures (first sight 2/6 actions, 0/2 documents)
  {
    name: 'Word content controls with prompts still showing, action rows in a repeating section',
    folder: 'unseen-530',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-531: written after the fixes of unseen-530 (first sight 6/6 actions, 2/3 documents)
  {
    name: 'a Word form of legacy fields, an attendance status column with a substitute, a year of dates without years',
    folder: 'unseen-531',
    documents: 3,
    actionsExact: 6,
    dueRight: 3,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-532: written after the fixes of unseen-531, the practice minutes manner (first sight 4/5 actions, 1/2 documents)
  {
    name: 'ministers by name and title as owners, a wiki Markdown with Item prefixes and a wrapped quote',
    folder: 'unseen-532',
    documents: 2,
    actionsExact: 5,
    dueRight: 2,
    nextMeetingsRight: 2,
    fullyRight: 2,
  },
  // unseen-533: written after the fixes of unseen-532 (first sight 7/7 actions, 3/3 documents)
  {
    name: 'a PDF printed with its markup, a forwarded invitation over the minutes, Lead by cells with line breaks',
    folder: 'unseen-533',
    documents: 3,
    actionsExact: 7,
    dueRight: 4,
    nextMeetingsRight: 3,
    fullyRight: 3,
  },
  // unseen-534: first sight 17/23 actions, 6/8 documents (practice manner 18/18, 6/6; LaTeX and the report 0/6, 0/2)
  {
    name: 'the layouts of the practice set again, LaTeX source, a fixed-width system report in capitals',
    folder: 'unseen-534',
    documents: 8,
    actionsExact: 23,
    dueRight: 10,
    nextMeetingsRight: 8,
    fullyRight: 8,
  },
  // unseen-535: written after the fixes of unseen-534 (first sight 13/15 actions, 3/6 documents)
  {
    name: 'written after the fixes of unseen-534: the practice layouts again, tab tables expanded to spaces, a browser printout',
    folder: 'unseen-535',
    documents: 6,
    actionsExact: 15,
    dueRight: 8,
    nextMeetingsRight: 6,
    fullyRight: 6,
  },
  // unseen-536: written after the fixes of unseen-535 (first sight 11/11 actions, 4/4 documents)
  {
    name: 'written after the fixes of unseen-535 in the manner of the practice set: a council Word export, pdftotext with the box on the right, an emailed bulleted summary, Markdown with numbered h3 headings',
    folder: 'unseen-536',
    documents: 4,
    actionsExact: 11,
    dueRight: 4,
    nextMeetingsRight: 4,
    fullyRight: 4,
  },
  // unseen-537: written after the fixes of unseen-536 (first sight 2/2 actions, 1/1 documents)
  {
    name: 'written after the fixes of unseen-536: a PDF of the seed layout with actions boxes over a page break',
    folder: 'unseen-537',
    documents: 1,
    actionsExact: 2,
    dueRight: 1,
    nextMeetingsRight: 1,
    fullyRight: 1,
  },
];

describe('the reader on minutes by other hands', () => {
  for (const floor of FLOORS) {
    it(`keeps at least its recorded score on the ${floor.name}`, async () => {
      const t = total(
        (await scoreFolder(new URL(`../fixtures/minutes/${floor.folder}/`, import.meta.url).pathname)).map(
          (d) => d.score,
        ),
      );
      expect(t.documents).toBe(floor.documents);
      expect(t.actionsExact).toBeGreaterThanOrEqual(floor.actionsExact);
      if (floor.dueRight !== undefined) expect(t.dueRight).toBeGreaterThanOrEqual(floor.dueRight);
      if (floor.nextMeetingsRight !== undefined)
        expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(floor.nextMeetingsRight);
      expect(t.fullyRight).toBeGreaterThanOrEqual(floor.fullyRight);
    });
  }
});

describe('the corpus rewritten another way (npm run minutes:variants)', () => {
  const variant = (name: string) => {
    const v = VARIANTS.find((x) => x.name === name);
    if (!v) throw new Error(name);
    return v;
  };
  const expected: Parse = {
    meeting: { title: 'Board', date: '2013-07-18' },
    attendees: [{ organisation: 'Home Office', name: 'Official', role: null, deputisingFor: null }],
    apologies: [],
    items: [{ number: '1', title: 'Data' }],
    actions: [
      {
        owners: ['Home Office'],
        text: 'Home Office to report by 13 September 2013',
        item: '1',
        due: '2013-09-13',
      },
    ],
    nextMeeting: null,
  };
  const text =
    'Board\n18 July 2013\n\nAttendees: Official (Home Office)\n\n1. Data\nACTION: Home Office to report by 13 September 2013.\n';

  it('rewrites the text and the expectation alike, keeping the dates the expectation gives', () => {
    const figures = variant('dates-figures').rewrite(text, expected);
    expect(figures?.text).toContain('by 13/09/2013.');
    expect(figures?.expected.actions[0]).toEqual({
      ...expected.actions[0],
      text: 'Home Office to report by 13/09/2013',
    });
    expect(figures?.expected.meeting).toEqual(expected.meeting);
    const other = variant('other-departments').rewrite(text, expected);
    expect(other?.expected.actions[0]?.owners).toEqual(['HM Treasury']);
    expect(other?.expected.attendees[0]?.organisation).toBe('HM Treasury');
    expect(variant('item-dash').rewrite(text, expected)?.text).toContain('\nItem 1 – Data\n');
  });

  it('writes labels in capitals, days as ordinals, items as "N)" or in capitals', () => {
    expect(variant('labels-caps').rewrite(text, expected)?.text).toContain('\nATTENDEES: Official');
    const ordinal = variant('dates-ordinal').rewrite(text, expected);
    expect(ordinal?.text).toContain('\n18th July 2013\n');
    expect(ordinal?.expected.actions[0]?.text).toBe('Home Office to report by 13th September 2013');
    expect(ordinal?.expected.actions[0]?.due).toBe('2013-09-13');
    // A date broken over two lines (CRLF or not), or by a no-break space, is out of the swap's reach.
    expect(
      variant('dates-ordinal').rewrite(text.replace('13 September', '13\r\nSeptember'), expected),
    ).toBeNull();
    expect(
      variant('dates-ordinal').rewrite(text.replace('13 September', '13\u00a0September'), expected),
    ).toBeNull();
    expect(variant('item-paren').rewrite(text, expected)?.text).toContain('\n1) Data\n');
    expect(variant('item-caps').rewrite(text, expected)?.text).toContain('\n1. DATA\n');
  });

  it('heads items "Item N:" or in bold, writes weekdays before dates and meeting times on the 12-hour clock', () => {
    expect(variant('item-colon').rewrite(text, expected)?.text).toContain('\nItem 1: Data\n');
    expect(variant('item-bold').rewrite(text, expected)?.text).toContain('\n**1. Data**\n');
    expect(variant('labels-bare').rewrite('Board\nAttendees:\nOfficial\n', expected)?.text).toBe(
      'Board\nAttendees\nOfficial\n',
    );
    const weekday = variant('dates-weekday').rewrite(text, expected);
    expect(weekday?.text).toContain('\nThursday 18 July 2013\n');
    expect(weekday?.expected.actions[0]?.text).toBe('Home Office to report by Friday 13 September 2013');
    // A weekday already there is not written twice.
    expect(variant('dates-weekday').rewrite('Friday 13 September 2013', expected)).toBeNull();
    expect(variant('labels-bold').rewrite(text, expected)?.text).toContain('\n**ACTION:** Home Office');
    expect(
      variant('deputy-behalf').rewrite('Official (for Jo Bell)\nTom Hale, deputising for Jo Bell', expected)
        ?.text,
    ).toBe('Official (on behalf of Jo Bell)\nTom Hale, attending on behalf of Jo Bell');
    expect(variant('owners-ampersand').rewrite(text, expected)).toBeNull();
    expect(variant('owners-ampersand').rewrite('DfE and Home Office to write', expected)?.text).toBe(
      'DfE & Home Office to write',
    );
    expect(
      variant('paragraph-letters').rewrite('1. Data\n1.0 DATA\n1.1 NCA reported.\n1.2 Agreed.\n', expected)
        ?.text,
    ).toBe('1. Data\n1.0 DATA\n(a) NCA reported.\n(b) Agreed.\n');
    expect(variant('departments-in-full').rewrite('ACTION: DfE to write', expected)?.text).toBe(
      'ACTION: Department for Education to write',
    );
    const noYear = variant('due-no-year').rewrite(text, expected);
    expect(noYear?.text).toContain('report by 13 September.');
    expect(noYear?.expected.actions[0]?.due).toBe('2013-09-13');
    expect(variant('times-12h').rewrite('Time: 14:00–15:30; then 10:30-12:00', expected)?.text).toBe(
      'Time: 2.00–3.30pm; then 10.30am-12.00pm',
    );
  });

  it('lays the same words out another way, the expectation unchanged', () => {
    const tabbed = 'Board\r\nAttendees:\r\nHome Office\tOfficial\r\n\r\n\f\r\n1. Data\r\n';
    expect(variant('tabs-as-spaces').rewrite(tabbed, expected)).toEqual({
      text: 'Board\r\nAttendees:\r\nHome Office     Official\r\n\r\n\f\r\n1. Data\r\n',
      expected,
    });
    // Seven letters: the tab goes past the stop one place on, to the next.
    expect(variant('tabs-as-spaces').rewrite('Data123\tx', expected)?.text).toBe(`Data123${' '.repeat(9)}x`);
    expect(variant('single-spaced').rewrite(tabbed, expected)?.text).toBe(
      'Board\r\nAttendees:\r\nHome Office\tOfficial\r\n\f\r\n1. Data\r',
    );
    expect(variant('trailing-spaces').rewrite(tabbed, expected)?.text).toContain('Board  \r\n');
    expect(variant('indented').rewrite(text, expected)?.text).toContain('\n    1. Data\n');
    expect(variant('crlf').rewrite(tabbed, expected)).toBeNull();
    expect(variant('blank-lines-doubled').rewrite('a\n\nb\r\n\r\nc', expected)?.text).toBe(
      'a\n\n\nb\r\n\r\n\r\nc',
    );
    expect(variant('bullets-dash').rewrite('Attendees\n•\tOfficial – NCA\n', expected)?.text).toBe(
      'Attendees\n- Official – NCA\n',
    );
  });

  it('wraps prose lines at 72 characters and leaves tables, columns and wrapped text alone', () => {
    const long = `Action: Home Office to circulate the revised guidance to local authorities and the devolved administrations by 31 October 2012.`;
    const wrapped = variant('wrapped-72').rewrite(`1. Data\n${long}\nHome Office\tOfficial\n`, expected);
    expect(wrapped?.text).toBe(
      '1. Data\nAction: Home Office to circulate the revised guidance to local\nauthorities and the devolved administrations by 31 October 2012.\nHome Office\tOfficial\n',
    );
    expect(wrapped?.expected).toBe(expected);
    expect(variant('wrapped-72').rewrite(`${long}\nHome Office      Official\n`, expected)).toBeNull();
    const already =
      'The Board discussed the referral figures for the quarter and agreed that\nthe figures be published. Members asked that the figures by nationality\nbe shared.\n';
    expect(variant('wrapped-72').rewrite(`${already}${long}\n`, expected)).toBeNull();
  });

  it('leaves out a document the variant does not change, or changes only in part', () => {
    expect(variant('next-agreed').rewrite(text, expected)).toBeNull();
    expect(
      variant('dates-figures').rewrite(text.replace('13 September 2013', '13 September\n2013'), expected),
    ).toBeNull();
  });
});
