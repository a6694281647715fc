/**
 * Whose next meeting a sentence is about. The IDMG's minutes report that "the officials' Strategy
 * Board … will next meet on 4 December 2012"; that is the Board's meeting, not the IDMG's. A
 * sentence that names a body which is not the one in the minutes' title is another body's meeting.
 */

import { findDates } from './dates.js';
import { initials, words } from './title-words.js';

/** Nouns that make a capitalised phrase the name of a body ("Strategy Board", "Working Group"). */
export const BODY_NOUNS = [
  'board',
  'group',
  'committee',
  'sub-committee',
  'subcommittee',
  'forum',
  'panel',
  'council',
  'commission',
  'taskforce',
  'network',
  'partnership',
  'steering',
  // "The Scottish Parliament will next meet …", "the Assembly's committee": legislatures meet too.
  'parliament',
  'assembly',
  'sub-group',
  'subgroup',
  // "the Gangmasters Licensing Authority, which will next meet …": a public body's board meets
  // under the body's name.
  'authority',
  'agency',
  'executive',
  'conference',
  'alliance',
  'coalition',
  'consortium',
];

/**
 * Lower-case words before a body noun that say which part of the minutes' own body meets, not
 * another body: "the full group", "the wider board".
 */
const OWN_BODY_WORDS = new Set([
  'full',
  'whole',
  'main',
  'wider',
  'same',
  'plenary',
  'core',
  'formal',
  'ministerial',
  'parent',
  'new',
  'own',
]);

/** Words that do not name a body even when capitalised at the start of a sentence. */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'our',
  'their',
  'next',
  'officials',
  "officials'",
  'officials’',
]);

// "The Scottish Government's own group", "the Council's scrutiny committee": a body named by whose
// it is, its noun in lower case.
const POSSESSIVE_BODY = new RegExp(
  String.raw`\b((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)['’]s\s+(?:[a-z-]+\s+){0,2}(${BODY_NOUNS.join('|')})\b`,
  'g',
);

const PEOPLES_MEETING =
  /\b((?:(?!(?:the|next|a|an|this|its|our|their|of|for)\b)[\w-]+\s+){0,3})([a-z-]{3,}s)['’]\s+meeting\b/gi;
const OWN_PEOPLE = /^(?:officials|members|ministers|partners)$/i;

/**
 * Bodies named in a sentence: a capitalised phrase ending in a body noun, an acronym, or another's
 * body in the possessive ("the Scottish Government's own group" is the Scottish Government Group).
 */
export function bodiesNamed(sentence: string): string[] {
  const found: string[] = [];
  const named =
    sentence.includes("'") || sentence.includes('’')
      ? sentence.replace(POSSESSIVE_BODY, possessed)
      : sentence;
  const ws = words(named);
  // "the next UK anti-trafficking co-ordinators' meeting": the meeting of those it names, a body of
  // its own ("the next officials' meeting", "members' meeting": the group's own people).
  if (sentence.includes("s'") || sentence.includes('s’'))
    for (const m of sentence.matchAll(PEOPLES_MEETING))
      if (!OWN_PEOPLE.test(m[2] ?? '')) found.push(`${m[1] ?? ''}${m[2] ?? ''}`.trim());
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i] ?? '';
    if (/^[A-Z]{2,8}$/.test(w)) {
      if (acronymMeets(sentence, w)) found.push(w);
      continue;
    }
    if (!BODY_NOUNS.includes(w.toLowerCase())) continue;
    if (!/^[A-Z]/.test(w)) {
      const qualified = qualifiedBody(ws, i) ?? describedBody(ws, i);
      if (qualified) found.push(qualified);
      continue;
    }
    // The capitalised words before the noun name it: "Strategy Board", "Modern Slavery Working Group".
    let start = i;
    while (start > 0 && isNameWord(ws[start - 1])) start -= 1;
    // "the Board of the Gangmasters Licensing Authority": the body the noun belongs to names it too.
    let end = i + 1;
    if (ws[end] === 'of') {
      let after = end + 1;
      if (ws[after] === 'the') after += 1;
      let last = after;
      while (isNameWord(ws[last])) last += 1;
      if (last > after) end = last;
    }
    found.push(ws.slice(start, end).join(' '));
    // The words after "of" are this body's name, not another's ("… Licensing Authority").
    i = end - 1;
  }
  return found;
}

const isNameWord = (w: string | undefined): boolean =>
  w !== undefined && /^[A-Z]/.test(w) && !NOT_NAMES.has(w.toLowerCase());

/**
 * "the Scottish working group", "the Home Office steering group": a body noun in lower case with
 * capitalised words before it (at most two lower-case words between) names a body too.
 */
function qualifiedBody(ws: readonly string[], i: number): string | null {
  const start = lowerCaseRunStart(ws, i, 2);
  let first = start;
  while (isNameWord(ws[first - 1])) first -= 1;
  return first < start ? ws.slice(first, i + 1).join(' ') : null;
}

/**
 * "the stakeholder group", "the victims' forum", "the task and finish group": a body noun in lower
 * case after "the" and words in lower case that say which body it is names a body too (one the minutes' title
 * may name: "the working group" in a Working Group's minutes). "The group" alone, or "the full
 * group", is the minutes' own.
 */
function describedBody(ws: readonly string[], i: number): string | null {
  const start = lowerCaseRunStart(ws, i, 3);
  // "the" before them: a body that meets, not "chair a working group".
  if ((ws[start - 1] ?? '').toLowerCase() !== 'the') return null;
  // "the sub-group on data": a sub-group is another body whatever words come before it.
  if (/^sub-?group$/.test(ws[i] ?? '')) return ws.slice(start, i + 1).join(' ');
  if (start === i || OWN_BODY_WORDS.has(ws[i - 1] ?? '')) return null;
  return ws.slice(start, i + 1).join(' ');
}

/** Where the words in lower case before the noun at `i` begin (at most `most` of them, no article). */
function lowerCaseRunStart(ws: readonly string[], i: number, most: number): number {
  let start = i;
  while (start > i - most && /^[a-z]/.test(ws[start - 1] ?? '') && !NOT_NAMES.has(ws[start - 1] ?? ''))
    start -= 1;
  return start;
}

function possessed(_: string, owner: string, noun: string): string {
  return `${owner} ${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
}

/**
 * An acronym names a body only when it is what meets ("the next IDMG meeting", "the IDMG will next
 * meet", "the IDMG will reconvene", "the IDMG had agreed the report and will next meet"); elsewhere
 * it is an organisation ("SOCA to report at the next meeting").
 */
function acronymMeets(sentence: string, acronym: string): boolean {
  return new RegExp(
    `\\bnext\\s+${acronym}\\s+meeting|\\b${acronym}(?:[’']s)?\\s+(?:next\\s+meeting|(?:${COORDINATED})?(?:will|would|shall)\\s+(?:(?:next\\s+)?meet|reconvene)|(?:next\\s+)?meets|is\\s+(?:next\\s+)?meeting)\\b`,
  ).test(sentence);
}

// "the IDMG had agreed the annual report and will next meet …": the acronym is the subject of both
// verbs, the first of them in the past, within one clause (no full stop, semicolon or colon).
const COORDINATED = String.raw`(?:has|had|have|was|were)\s+[^.;:!?]{1,100}?\s+and\s+`;

/**
 * Whether a name is the title's body: every word of it in the title, or the title's initials —
 * from its start, or a run of three or more after a qualifier ("IDMG" for the "Modern Slavery
 * Inter-Departmental Ministerial Group").
 */
function isTitleBody(name: string, title: string): boolean {
  const titleWords = new Set(words(title).map((w) => w.toLowerCase()));
  const nameWords = words(name).map((w) => w.toLowerCase());
  if (nameWords.every((w) => titleWords.has(w))) return true;
  // "The Group" in the minutes of "IDMG on Modern Slavery": the noun the title's acronym ends with.
  if (nameWords.length === 1) {
    const initial = (nameWords[0] ?? '').charAt(0).toUpperCase();
    if (words(title).some((w) => /^[A-Z]{2,8}$/.test(w) && w.endsWith(initial))) return true;
  }
  if (!/^[A-Z]{2,8}$/.test(name)) return false;
  const titleInitials = initials(title);
  return titleInitials.startsWith(name) || (name.length >= 3 && titleInitials.includes(name));
}

/**
 * A sentence about the next meeting that names some body, none of which is the minutes' own: it
 * is that body's meeting. Without a title nothing can be told apart, so nothing is ruled out.
 * `bareIsOwn`: a body named by its noun alone ("The Group will meet again on …" in a Board's
 * minutes) is taken as the minutes' own, for when no sentence names their meeting otherwise.
 */
export function namesAnotherBody(sentence: string, title: string | null, bareIsOwn = false): boolean {
  if (title === null || title.trim() === '') return false;
  // The body is named before the date; what follows is the time and the place ("Council Chamber").
  const firstDate = findDates(sentence)[0];
  const named = bodiesNamed(firstDate ? sentence.slice(0, firstDate.index) : sentence);
  if (named.length === 0) return false;
  // The body nearest the date is the one that meets: "The Group noted that the Strategy Board will
  // next meet on 24 April" is the Board's meeting, though the Group is named first.
  const meets = named[named.length - 1] ?? '';
  if (bareIsOwn && BODY_NOUNS.includes(meets.toLowerCase()) && !/^sub-?group$/i.test(meets)) return false;
  return !isTitleBody(meets, title);
}

// "A date for the next forum will be agreed by email", "Dates will be circulated": the date is
// still to be set (said of the date, not the meeting: "will be arranged for 5 June" fixes one).
const NOT_YET_FIXED =
  /\b(?:postponed|cancelled|to\s+be\s+(?:confirmed|arranged|agreed|fixed)|tb[ca]|new\s+date\s+(?:will|to)\s+be|dates?\s+(?:for\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+)?(?:will|are\s+to|is\s+to)\s+be\s+(?:agreed|confirmed|arranged|fixed|set|circulated|notified))\b/i;

/**
 * "The meeting scheduled for 5 June is postponed; a new date will be circulated": no next meeting
 * yet. "Venue tbc" and "(time TBC)" leave the date fixed.
 */
export function dateNotFixed(sentence: string): boolean {
  const undecided = sentence.replace(
    /\b(?:venue|location|room|place|(?:start\s+)?times?)\s+(?:is\s+|are\s+)?(?:tb[ca]|to\s+be\s+confirmed)\b/gi,
    '',
  );
  return NOT_YET_FIXED.test(undecided) && findDates(sentence).length <= 1;
}
