/**
 * How a secretariat corrects a preview in chat, on Slack and on Teams alike: one line a action,
 * "owners | action | due date", and one for the next meeting, "date time | place". Emptying an
 * action's line drops it. One line each keeps a preview of 40 actions inside Slack's 100 blocks a
 * modal and a Teams card's size, where three inputs an action would not fit.
 */
import { DateTime } from 'luxon';
import type { ImportCorrection } from '../app/import-corrections.js';
import type { ParsedAction, ParsedNextMeeting } from '../minutes/types.js';

export const LINE_HINT =
  'owners | action | due date (YYYY-MM-DD, or blank). Empty the box to drop the action.';
export const NEXT_HINT = 'YYYY-MM-DD HH:MM | place — or empty for no next meeting.';

/** The form's field for action i, and for the next meeting: Slack's block ids, Teams' input ids. */
export const actionField = (i: number) => `a${i}`;
export const NEXT_FIELD = 'next';

/** The most actions a correction form holds (Slack: 100 blocks a modal, less the form's own). */
export const MAX_CORRECTED = 90;

export class CorrectionLineError extends Error {
  constructor(
    /** the action's index, or 'next' */
    readonly field: number | 'next',
    message: string,
  ) {
    super(message);
  }
}

export function actionLine(a: ParsedAction): string {
  return `${a.owners.join(', ')} | ${a.text} | ${a.due ?? ''}`.trim();
}

const DATE_FORMATS = ['yyyy-MM-dd', 'd MMMM yyyy', 'd MMM yyyy', 'd/M/yyyy', 'd.M.yyyy'];

function readDate(text: string): string | null {
  for (const f of DATE_FORMATS) {
    const d = DateTime.fromFormat(text, f, { locale: 'en-GB' });
    if (d.isValid) return d.toISODate();
  }
  return null;
}

/** One action's line -> the corrected action, or null when the secretariat emptied it (drop it). */
export function readActionLine(
  index: number,
  line: string,
): { owners: string[]; text: string; due: string | null } | null {
  const t = line.trim();
  if (t === '') return null;
  const parts = t.split('|').map((p) => p.trim());
  if (parts.length !== 3)
    throw new CorrectionLineError(index, `Action ${index + 1}: write it as "${LINE_HINT.split('.')[0]}".`);
  const [ownerText = '', text = '', dueText = ''] = parts;
  const owners = ownerText
    .split(/[,;]/)
    .map((o) => o.trim())
    .filter((o) => o !== '');
  if (text === '') throw new CorrectionLineError(index, `Action ${index + 1}: the action's text is empty.`);
  if (text.length > 2000)
    throw new CorrectionLineError(index, `Action ${index + 1}: the text is over 2,000 characters.`);
  if (owners.some((o) => o.length > 120))
    throw new CorrectionLineError(index, `Action ${index + 1}: an owner's name is over 120 characters.`);
  const due = dueText === '' ? null : readDate(dueText);
  if (dueText !== '' && due === null)
    throw new CorrectionLineError(
      index,
      `Action ${index + 1}: "${dueText}" is not a date (write YYYY-MM-DD).`,
    );
  return { owners, text, due };
}

export function nextMeetingLine(n: ParsedNextMeeting | null, zone: string): string {
  if (!n) return '';
  const start = DateTime.fromISO(n.start, { setZone: true });
  const when = n.start.includes('T') ? start.setZone(zone).toFormat('yyyy-MM-dd HH:mm') : start.toISODate();
  return n.location ? `${when} | ${n.location}` : `${when}`;
}

export function readNextMeetingLine(line: string, zone: string): ParsedNextMeeting | null {
  const t = line.trim();
  if (t === '') return null;
  const [when = '', ...place] = t.split('|').map((p) => p.trim());
  const location = place.join(' | ').trim() || null;
  const timed = DateTime.fromFormat(when, 'yyyy-MM-dd HH:mm', { zone });
  if (timed.isValid)
    return { start: timed.toISO({ suppressMilliseconds: true }) as string, end: null, location };
  const day = readDate(when);
  if (day) return { start: day, end: null, location };
  throw new CorrectionLineError(
    'next',
    `Next meeting: "${when}" is not a date and time (write ${NEXT_HINT})`,
  );
}

/**
 * The form's lines -> a correction. `lines[i]` is action i's line as submitted (undefined: not in
 * the form, kept as it was); `next` is the next meeting's line, and is compared with what the form
 * showed, so an untouched line keeps the meeting's end time.
 */
export function readCorrection(
  original: { actions: readonly ParsedAction[]; nextMeeting: ParsedNextMeeting | null },
  lines: readonly (string | undefined)[],
  next: string | undefined,
  zone: string,
): ImportCorrection {
  const actions = original.actions.map((a, i) => {
    const line = lines[i];
    if (line === undefined || line.trim() === actionLine(a)) return { ...a };
    const read = readActionLine(i, line);
    return read === null ? null : { ...a, ...read };
  });
  const unchanged = next === undefined || next.trim() === nextMeetingLine(original.nextMeeting, zone);
  return {
    actions,
    nextMeeting: unchanged ? original.nextMeeting : readNextMeetingLine(next ?? '', zone),
  };
}
