import { DateTime } from 'luxon';
import type { ImportResult } from '../app/import-minutes.js';
import type { MeetingView } from '../app/views.js';
import { type Action, type ActionStatus, isOverdue, STATUS_LABELS } from '../domain/action.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/**
 * "13 Sep 2012" for 2012-09-13, and "30 Aug 2012 10:12" for an instant as stored for show
 * (2012-08-30T10:12:00+01:00: the wall clock it was written in). Read off the string, not through
 * luxon: a list renders a date or two per action, and luxon's parse-and-format was a tenth of the
 * work of answering `/idmg actions`. Anything else falls back to luxon.
 */
export function shortDay(iso: string): string {
  const m = WALL_CLOCK.exec(iso);
  if (!m) return DateTime.fromISO(iso).toFormat('d LLL yyyy');
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export function shortInstant(iso: string): string {
  const m = WALL_CLOCK.exec(iso);
  if (!m || m[4] === undefined) return DateTime.fromISO(iso, { setZone: true }).toFormat('d LLL yyyy HH:mm');
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]} ${m[4]}:${m[5]}`;
}

/** Words both platforms show, before each adds its own markup. */
export const NO_MEETING =
  'No meeting is scheduled. The secretariat can import minutes that name the next meeting.';

/** "Thursday 13 September 2012, 10:30–12:00 (UK time)", or the day and "time to be confirmed". */
export function meetingWhen(m: MeetingView): string {
  const start = m.start ? DateTime.fromISO(m.start, { setZone: true }) : null;
  const end = m.end ? DateTime.fromISO(m.end, { setZone: true }) : null;
  return start
    ? `${start.toFormat('cccc d LLLL yyyy, HH:mm')}${end ? `–${end.toFormat('HH:mm')}` : ''} (UK time)`
    : `${DateTime.fromISO(m.date).toFormat('cccc d LLLL yyyy')}, time to be confirmed`;
}

/**
 * When an action is owed: "due 1 Mar 2013", "overdue: due 1 Mar 2013" once that day has passed and
 * it is still outstanding, or "due by the next meeting". `day` is the platform's date format.
 */
export function dueText(
  action: Pick<Action, 'due' | 'status'>,
  day: (iso: string) => string,
  today?: string,
): string {
  if (!action.due) return 'due by the next meeting';
  return today && isOverdue(action, today) ? `overdue: due ${day(action.due)}` : `due ${day(action.due)}`;
}

/** "today", "tomorrow", "in 14 days"; null when unknown. */
export function daysToGoText(daysToGo: number | null): string | null {
  if (daysToGo === null) return null;
  return daysToGo === 0 ? 'today' : daysToGo === 1 ? 'tomorrow' : `in ${daysToGo} days`;
}

/**
 * Which committee an import preview puts the minutes in, and whether to offer the choice: when the
 * title named none, when it named one the secretariat does not serve, and whenever they serve more
 * than one committee.
 */
export function previewCommittee(view: {
  committee?: string | null;
  committeeLabel?: string | null;
  choices?: { id: string; label: string }[];
}): { text: string; choose: boolean } | null {
  // A preview made before committees existed: it has no committee to show.
  if (view.committee === undefined) return null;
  const choices = view.choices ?? [];
  if (view.committee) {
    // Offered also when the title's committee is not one this secretariat serves: they may choose theirs.
    const theirs = choices.some((c) => c.id === view.committee);
    return {
      text: view.committeeLabel ?? view.committee,
      choose: choices.length > 1 || (!theirs && choices.length > 0),
    };
  }
  return choices.length > 0
    ? { text: 'the title names none — choose one before Confirm', choose: true }
    : { text: 'the title names none, and you serve no committee', choose: false };
}

/**
 * How help tells a person to name a committee. With one committee there is nothing to choose, so
 * nothing is said; `code` is the platform's way of showing a command.
 */
export function committeeHelpText(
  committees: { id: string; label: string }[] | undefined,
  code: (command: string) => string,
): string | null {
  if (!committees || committees.length < 2) return null;
  const [first, second] = committees as [{ id: string; label: string }, { id: string; label: string }];
  const names = committees.map((c) => (c.label === c.id ? c.id : `${c.label} (${c.id})`)).join(', ');
  return `Committees: ${names}. In a committee's channel, commands are about that committee; elsewhere, end a command with "in" and a committee's name or id: ${code(`actions in ${first.label}`)}, ${code(`next in ${second.id}`)}. In a direct message, lists show every committee you sit on.`;
}

/** A round's name: "Strategy Board quarterly update — 2012-Q3", "(Board)" added when there are several committees. */
export function roundTitle(period: string, committeeLabel?: string): string {
  return `Strategy Board quarterly update — ${period}${committeeLabel ? ` (${committeeLabel})` : ''}`;
}

/** " (IDMG)" after a round message's own words, when there are several committees. */
export const committeeSuffix = (committeeLabel?: string): string =>
  committeeLabel ? ` (${committeeLabel})` : '';

/** The answer to Confirm or Cancel on an import preview. */
export function importDecisionText(result: ImportResult | null): string {
  if (!result) return 'Import cancelled; nothing was recorded.';
  const s = result.summary;
  if (s?.alreadyImported)
    return `These minutes (${result.parse.meeting.date}) were imported before: nothing changed.`;
  const created = s?.created ?? [];
  return `Imported the minutes of ${result.parse.meeting.date}: ${created.length} new, ${s?.updated.length ?? 0} corrected, ${s?.withdrawn.length ?? 0} withdrawn actions.${
    created.length ? ` New: ${created.map((id) => `A${id}`).join(', ')}.` : ''
  }`;
}

export function statusChangeText(action: Action, previous: ActionStatus): string {
  return `${action.id} is now ${STATUS_LABELS[action.status]} (was ${STATUS_LABELS[previous]}).`;
}

export function askWhichText(actionIds: string[]): string {
  return `Which action is that about? Start your reply with its id, e.g. "${actionIds[0]} done …". This thread covers ${actionIds.join(', ')}.`;
}

export const HELD_FOR_SECRETARIAT =
  'Thanks — you are not mapped to a department yet, so your reply is held for the secretariat to assign.';
