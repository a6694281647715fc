import { describe, expect, it } from 'vitest';
import { scoreFolder } from '../../scripts/minutes-score.js';
import { EMPTY, type Parse, scoreDocument, total } from '../../scripts/score/score.js';

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
  });
});

describe('the reader on minutes by other hands', () => {
  // A floor, not a target: the score may rise, and this fails if a change makes it fall.
  it('keeps at least its recorded score on the practice set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/practice/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(9);
    expect(t.actionsExact).toBeGreaterThanOrEqual(36);
    expect(t.dueRight).toBeGreaterThanOrEqual(17);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(9);
    expect(t.fullyRight).toBeGreaterThanOrEqual(9);
  });

  // First sight (3 December 2026): 12 of 33 actions exact, 13 of 15 next meetings, 3 of 15 fully right.
  it('keeps at least its recorded score on the unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(15);
    expect(t.actionsExact).toBeGreaterThanOrEqual(32);
    expect(t.dueRight).toBeGreaterThanOrEqual(13);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(15);
    expect(t.fullyRight).toBeGreaterThanOrEqual(15);
  });

  // First sight (3 December 2026, after the fixes for the unseen set): 7 of 21 actions exact (9 of 21
  // once two expectations were corrected), 9 of 10 next meetings, 3 of 10 fully right.
  it('keeps at least its recorded score on the second unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-2/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(10);
    expect(t.actionsExact).toBeGreaterThanOrEqual(21);
    expect(t.dueRight).toBeGreaterThanOrEqual(9);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(10);
    expect(t.fullyRight).toBeGreaterThanOrEqual(10);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-2): 14 of 22 actions exact,
  // 9 of 12 due dates, 9 of 10 next meetings, 0 of 10 fully right.
  it('keeps at least its recorded score on the third unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-3/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(10);
    expect(t.actionsExact).toBeGreaterThanOrEqual(22);
    expect(t.dueRight).toBeGreaterThanOrEqual(12);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(10);
    expect(t.fullyRight).toBeGreaterThanOrEqual(10);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-3): 11 of 26 actions exact,
  // 7 of 14 due dates, 10 of 10 next meetings, 2 of 10 fully right.
  it('keeps at least its recorded score on the fourth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-4/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(10);
    expect(t.actionsExact).toBeGreaterThanOrEqual(25);
    expect(t.dueRight).toBeGreaterThanOrEqual(14);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(10);
    expect(t.fullyRight).toBeGreaterThanOrEqual(10);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-4): 14 of 23 actions exact,
  // 10 of 12 due dates, 9 of 10 next meetings, 4 of 10 fully right.
  it('keeps at least its recorded score on the fifth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-5/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(10);
    expect(t.actionsExact).toBeGreaterThanOrEqual(23);
    expect(t.dueRight).toBeGreaterThanOrEqual(12);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(10);
    expect(t.fullyRight).toBeGreaterThanOrEqual(10);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-5): 5 of 20 actions exact,
  // 6 of 11 due dates, 10 of 10 next meetings, 1 of 10 fully right.
  it('keeps at least its recorded score on the sixth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-6/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(10);
    expect(t.actionsExact).toBeGreaterThanOrEqual(20);
    expect(t.dueRight).toBeGreaterThanOrEqual(11);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(10);
    expect(t.fullyRight).toBeGreaterThanOrEqual(10);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-6): 13 of 17 actions exact,
  // 8 of 8 due dates, 8 of 8 next meetings, 2 of 8 fully right.
  it('keeps at least its recorded score on the seventh unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-7/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(8);
    expect(t.actionsExact).toBeGreaterThanOrEqual(17);
    expect(t.dueRight).toBeGreaterThanOrEqual(8);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(8);
    expect(t.fullyRight).toBeGreaterThanOrEqual(8);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-7): 12 of 19 actions exact,
  // 7 of 10 due dates, 7 of 8 next meetings, 2 of 8 fully right.
  it('keeps at least its recorded score on the eighth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-8/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(8);
    expect(t.actionsExact).toBeGreaterThanOrEqual(19);
    expect(t.dueRight).toBeGreaterThanOrEqual(10);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(8);
    expect(t.fullyRight).toBeGreaterThanOrEqual(8);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-8; variants of the practice
  // kinds): 12 of 12 actions exact, 5 of 5 due dates, 5 of 5 next meetings, 3 of 5 fully right.
  it('keeps at least its recorded score on the ninth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-9/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(5);
    expect(t.actionsExact).toBeGreaterThanOrEqual(12);
    expect(t.dueRight).toBeGreaterThanOrEqual(5);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(5);
    expect(t.fullyRight).toBeGreaterThanOrEqual(5);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-9; variants of the practice
  // kinds): 5 of 5 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  it('keeps at least its recorded score on the tenth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-10/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(3);
    expect(t.actionsExact).toBeGreaterThanOrEqual(5);
    expect(t.dueRight).toBeGreaterThanOrEqual(3);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(3);
    expect(t.fullyRight).toBeGreaterThanOrEqual(3);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-10; variants of the practice
  // kinds): 5 of 5 actions exact, 3 of 3 due dates, 3 of 3 next meetings, 3 of 3 fully right.
  it('keeps at least its recorded score on the eleventh unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-11/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(3);
    expect(t.actionsExact).toBeGreaterThanOrEqual(5);
    expect(t.fullyRight).toBeGreaterThanOrEqual(3);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-10): 2 of 9 actions exact,
  // 2 of 5 due dates, 4 of 4 next meetings, 1 of 4 fully right. The last miss (an action table right
  // after a bare list of item headings was given the last item) was mended on 4 December 2026.
  it('keeps at least its recorded score on the twelfth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-12/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(4);
    expect(t.actionsExact).toBeGreaterThanOrEqual(9);
    expect(t.dueRight).toBeGreaterThanOrEqual(5);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(4);
    expect(t.fullyRight).toBeGreaterThanOrEqual(4);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-12): 1 of 5 actions exact,
  // 2 of 3 due dates, 3 of 3 next meetings, 1 of 3 fully right.
  it('keeps at least its recorded score on the thirteenth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-13/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(3);
    expect(t.actionsExact).toBeGreaterThanOrEqual(5);
    expect(t.dueRight).toBeGreaterThanOrEqual(3);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(3);
    expect(t.fullyRight).toBeGreaterThanOrEqual(3);
  });

  // First sight (3 December 2026, evening, after the fixes for unseen-13): 2 of 3 actions exact,
  // 2 of 2 due dates, 2 of 2 next meetings, 0 of 2 fully right.
  it('keeps at least its recorded score on the fourteenth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-14/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(2);
    expect(t.actionsExact).toBeGreaterThanOrEqual(3);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(2);
    expect(t.fullyRight).toBeGreaterThanOrEqual(2);
  });

  // First sight (4 December 2026, after the fixes for unseen-14; variants of the practice kinds by
  // another committee): 15 of 15 actions exact, 6 of 6 due dates, 5 of 5 next meetings, 5 of 5 fully
  // right. The reader was not changed for them.
  it('keeps at least its recorded score on the fifteenth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-15/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(5);
    expect(t.actionsExact).toBeGreaterThanOrEqual(15);
    expect(t.dueRight).toBeGreaterThanOrEqual(6);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(5);
    expect(t.fullyRight).toBeGreaterThanOrEqual(5);
  });

  // First sight (4 December 2026, after unseen-15, the reader unchanged; variants of the practice
  // kinds unseen-15 did not cover): 10 of 10 actions exact, 3 of 3 due dates, 3 of 3 next meetings,
  // 3 of 3 fully right.
  it('keeps at least its recorded score on the sixteenth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-16/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(3);
    expect(t.actionsExact).toBeGreaterThanOrEqual(10);
    expect(t.dueRight).toBeGreaterThanOrEqual(3);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(3);
    expect(t.fullyRight).toBeGreaterThanOrEqual(3);
  });

  // First sight (4 December 2026, after the fix for unseen-12; the practice kinds pushed further):
  // 8 of 11 actions exact, 4 of 4 due dates, 4 of 4 next meetings, 3 of 4 fully right. "Actions
  // arising:" under each item had been read as the meeting's summary (item none).
  it('keeps at least its recorded score on the seventeenth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-17/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(4);
    expect(t.actionsExact).toBeGreaterThanOrEqual(11);
    expect(t.dueRight).toBeGreaterThanOrEqual(4);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(4);
    expect(t.fullyRight).toBeGreaterThanOrEqual(4);
  });

  // First sight (4 December 2026, after the fix for unseen-17): 12 of 12 actions exact, 5 of 5 due
  // dates, 4 of 4 next meetings, 3 of 4 fully right: a forwarded email's covering note, signed off
  // above the minutes with no rule, gave its sign-off's name as the meeting's title.
  it('keeps at least its recorded score on the eighteenth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-18/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(4);
    expect(t.actionsExact).toBeGreaterThanOrEqual(12);
    expect(t.dueRight).toBeGreaterThanOrEqual(5);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(4);
    expect(t.fullyRight).toBeGreaterThanOrEqual(4);
  });

  // First sight (4 December 2026, after the fix for unseen-18): 8 of 8 actions exact, 4 of 4 due
  // dates, 3 of 3 next meetings, 3 of 3 fully right.
  it('keeps at least its recorded score on the nineteenth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-19/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(3);
    expect(t.actionsExact).toBeGreaterThanOrEqual(8);
    expect(t.dueRight).toBeGreaterThanOrEqual(4);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(3);
    expect(t.fullyRight).toBeGreaterThanOrEqual(3);
  });

  // First sight (4 December 2026, after the fixes for unseen-17 to unseen-19): 5 of 8 actions exact,
  // 3 of 3 due dates, 3 of 3 next meetings, 2 of 3 fully right: "### Actions" under each item of a
  // Markdown export had been read as the meeting's actions after the items (item none).
  it('keeps at least its recorded score on the twentieth unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-20/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(3);
    expect(t.actionsExact).toBeGreaterThanOrEqual(8);
    expect(t.dueRight).toBeGreaterThanOrEqual(3);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(3);
    expect(t.fullyRight).toBeGreaterThanOrEqual(3);
  });

  // First sight (4 December 2026, after the fixes for unseen-20): 2 of 5 actions exact, 1 of 3 due
  // dates, 2 of 2 next meetings, 0 of 2 fully right: action tables headed "Owner(s)" and "By" were not
  // read, "2. DUTY TO NOTIFY" in capitals was taken for "DUTY" to do something, and "Item 1:<tab>Title"
  // after the attendance list was read as one more attendee.
  it('keeps at least its recorded score on the twenty-first unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-21/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(2);
    expect(t.actionsExact).toBeGreaterThanOrEqual(5);
    expect(t.dueRight).toBeGreaterThanOrEqual(3);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(2);
    expect(t.fullyRight).toBeGreaterThanOrEqual(2);
  });

  // First sight (4 December 2026, after the fixes for unseen-21): 4 of 4 actions exact, 2 of 2 due
  // dates, 2 of 2 next meetings (one "to be confirmed", so none), 2 of 2 fully right.
  it('keeps at least its recorded score on the twenty-second unseen set', () => {
    const t = total(
      scoreFolder(new URL('../fixtures/minutes/unseen-22/', import.meta.url).pathname).map((d) => d.score),
    );
    expect(t.documents).toBe(2);
    expect(t.actionsExact).toBeGreaterThanOrEqual(4);
    expect(t.dueRight).toBeGreaterThanOrEqual(2);
    expect(t.nextMeetingsRight).toBeGreaterThanOrEqual(2);
    expect(t.fullyRight).toBeGreaterThanOrEqual(2);
  });
});
