/**
 * Words a scanner's character recognition misread in capitals: "ACTI0N:" (a zero for O), "ACTlON:"
 * or "ACT1ON:" (a lower-case l or a one for I). Only the words the reader keys on are put back —
 * labels and section names — so part numbers and codes ("M25", "A1", "SCD9") stay as written. Pure.
 */

/** The words in capitals whose misreading hides a label or a section. */
const KEY_WORDS: ReadonlySet<string> = new Set([
  'ACTION',
  'ACTIONS',
  'AGREED',
  'APOLOGIES',
  'ATTENDEES',
  'ATTENDANCE',
  'PRESENT',
  'MINUTES',
  'ITEM',
  'DECISION',
  'DECISIONS',
  'OWNER',
  'NEXT',
  'MEETING',
]);

// A word in capitals with a zero, a one or a lower-case l among its letters (the cheap test first:
// one between two capitals).
const MISREAD = /\b[A-Z]+[0l1][A-Z0l1]*\b/g;
const HAS_MISREAD = /[A-Z][0l1][A-Z]/;

const asLetters = (word: string): string => word.replace(/0/g, 'O').replace(/[l1]/g, 'I');

/** The text with each misread key word in capitals spelt as the word. */
export function misreadKeyWords(text: string): string {
  if (!HAS_MISREAD.test(text)) return text;
  return text.replace(MISREAD, (word) => {
    const read = asLetters(word);
    return KEY_WORDS.has(read) ? read : word;
  });
}
