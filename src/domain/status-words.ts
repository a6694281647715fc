import type { UpdateStatus } from './action.js';

/**
 * The words people use, mapped to a status (DESIGN.md). Longest phrases first so that
 * "in progress" wins over a shorter word that might share its start.
 */
const WORDS: ReadonlyArray<readonly [string, UpdateStatus]> = [
  ['in progress', 'in_progress'],
  ['in_progress', 'in_progress'],
  ['in-progress', 'in_progress'],
  ['completed', 'done'],
  ['complete', 'done'],
  ['underway', 'in_progress'],
  ['under way', 'in_progress'],
  ['ongoing', 'in_progress'],
  ['blocked', 'blocked'],
  ['delayed', 'blocked'],
  ['reopen', 'open'],
  ['closed', 'done'],
  ['stuck', 'blocked'],
  ['done', 'done'],
  ['open', 'open'],
];

/** A status word, exactly (CLI argument, button value). */
export function statusFromWord(word: string): UpdateStatus | null {
  const w = word.trim().toLowerCase().replace(/\s+/g, ' ');
  return WORDS.find(([phrase]) => phrase === w)?.[1] ?? null;
}

export interface ReadReply {
  /** the action named at the start ("A3 done …"), as its number */
  actionNumber: number | null;
  status: UpdateStatus | null;
  /** what remains, trimmed; null when nothing does */
  note: string | null;
}

/**
 * Reads a chat reply: an optional action id, then a status word at the start; the rest is the note.
 * A reply with no status word at its start is a note only ("we're not done yet" changes nothing).
 */
export function readReply(text: string): ReadReply {
  let rest = text.replace(/\s+/g, ' ').trim();
  let actionNumber: number | null = null;
  const ref = /^A(\d{1,9})\b[\s:,.\-–—]*/i.exec(rest);
  if (ref?.[1]) {
    actionNumber = Number.parseInt(ref[1], 10);
    rest = rest.slice(ref[0].length);
  }
  let status: UpdateStatus | null = null;
  const lower = rest.toLowerCase();
  for (const [phrase, value] of WORDS) {
    if (lower.startsWith(phrase) && !/[a-z0-9]/i.test(lower.charAt(phrase.length))) {
      status = value;
      rest = rest.slice(phrase.length).replace(/^[\s:,.\-–—!]+/, '');
      break;
    }
  }
  const note = rest.trim();
  return { actionNumber, status, note: note === '' ? null : note };
}
