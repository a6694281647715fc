import { DateTime } from 'luxon';

/**
 * When a meeting starts: its start instant, or, when the minutes gave only its day, the start of
 * that day in its zone. Reminders stop and update papers expire at this moment.
 */
/**
 * The dates of a committee's meetings held before the one on `beforeDate`, as of `atMs` (epoch ms):
 * started by then and not cancelled, in date order. Its last is the meeting before; an action still
 * open after one of them was carried over.
 */
export function heldBefore(
  meetings: readonly { startUtc: string | null; date: string; zone: string; status: string }[],
  beforeDate: string,
  atMs: number,
): string[] {
  return meetings
    .filter((m) => m.status !== 'cancelled' && m.date < beforeDate && meetingStart(m).toMillis() <= atMs)
    .map((m) => m.date)
    .sort();
}

export function meetingStart(m: { startUtc: string | null; date: string; zone: string }): DateTime {
  return m.startUtc
    ? DateTime.fromISO(m.startUtc, { zone: 'utc' })
    : DateTime.fromISO(m.date, { zone: m.zone });
}
