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
  // The words of a body's name in a title in capitals ("STRATEGY B0ARD"), four letters or more so
  // that no code ("B0A", "A1") is read as one.
  'BOARD',
  'GROUP',
  'FORUM',
  'COMMITTEE',
  'PARTNERSHIP',
  'NETWORK',
  'COUNCIL',
  'OFFICE',
  'HOME',
  'MODERN',
  'SLAVERY',
  'HUMAN',
  'TRAFFICKING',
  'NOTES',
  'RECORD',
  'BUSINESS',
  'OTHER',
  'POLICE',
  'STRATEGY',
  'MINISTERIAL',
]);

// A word in capitals with a zero, a one or a lower-case l among its letters (the cheap test first:
// one between two capitals).
// ("0FFICE": a zero for its first letter.)
const MISREAD = /\b(?:[A-Z]+[0l1]|0(?=[A-Z]{2}))[A-Z0l1]*\b/g;
const HAS_MISREAD = /[A-Z][0l1][A-Z]|\b0[A-Z]{2}/;

const asLetters = (word: string): string => word.replace(/0/g, 'O').replace(/[l1]/g, 'I');

/** The text with each misread key word in capitals spelt as the word. */
export function misreadKeyWords(text: string): string {
  if (!HAS_MISREAD.test(text)) return text;
  return text.replace(MISREAD, (word) => {
    const read = asLetters(word);
    return KEY_WORDS.has(read) ? read : word;
  });
}

// Words in lower case the reader keys on ("Date of next meeting", "Summary of actions"), whose "m" a
// scanner reads as "rn": "rneeting", "cornmittee", "itern".
const LOWER_KEY_WORDS = [
  'meeting',
  'meetings',
  'minutes',
  'members',
  'committee',
  'summary',
  'item',
  'items',
];

/** Every way of writing the word with one or more of its "m"s as "rn". */
function misreadings(word: string): string[] {
  let ways = [''];
  for (const ch of word) ways = ways.flatMap((w) => (ch === 'm' ? [`${w}m`, `${w}rn`] : [`${w}${ch}`]));
  return ways.filter((w) => w !== word);
}

const MISREAD_M = new Map(
  LOWER_KEY_WORDS.flatMap((w) => misreadings(w).map((m): [string, string] => [m, w])),
);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The text with each key word in lower case whose "m" was read as "rn" spelt as the word. Only the
 * words around each "rn" are looked at ("internal", "government" are many and stay as they are).
 */
export function misreadRn(text: string): string {
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf('rn'); at >= 0; ) {
    let start = at;
    while (start > 0 && isLetter(text.charCodeAt(start - 1))) start -= 1;
    let end = at + 2;
    while (end < text.length && isLetter(text.charCodeAt(end))) end += 1;
    const found = text.slice(start, end);
    const word = found.length <= 14 ? MISREAD_M.get(found.toLowerCase()) : undefined;
    if (word) {
      parts.push(
        text.slice(from, start),
        /^[A-Z]/.test(found) ? word.charAt(0).toUpperCase() + word.slice(1) : word,
      );
      from = end;
    }
    at = text.indexOf('rn', end);
  }
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

// "M0dern", "G0vernment": a zero between letters, one of them after it in lower case, is an "o" a
// scanner misread. Codes keep theirs: "B0A", "A0", "CO2" have no lower-case letter after the zero,
// "a0b1" a figure in the word.
const HAS_ZERO_IN_WORD = /[A-Za-z]0[a-z]/;
const isLower = (c: number) => c >= 97 && c <= 122;
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** The text with a zero read for an "o" inside a word put back as the letter. */
export function misreadZero(text: string): string {
  if (!HAS_ZERO_IN_WORD.test(text)) return text;
  // Found by indexOf, zero by zero: a pattern tried at every word of megabytes costs more.
  let out = '';
  let from = 0;
  for (let at = text.indexOf('0', 1); at >= 0; at = text.indexOf('0', at + 1)) {
    if (!isLetter(text.charCodeAt(at - 1)) || !isLower(text.charCodeAt(at + 1))) continue;
    let start = at - 1;
    while (start > 0 && isLetter(text.charCodeAt(start - 1))) start -= 1;
    let end = at + 1;
    while (end < text.length && isLower(text.charCodeAt(end))) end += 1;
    // The word is letters on both sides of the zero, and ends there (no figure runs on).
    const before = start > 0 ? text.charCodeAt(start - 1) : 32;
    const after = end < text.length ? text.charCodeAt(end) : 32;
    if (isWordChar(before) || isWordChar(after)) continue;
    out += `${text.slice(from, at)}o`;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
