import { DateTime } from 'luxon';
import { type HolidayCalendar, workingDaysBefore } from './working-days.js';

export interface ReminderPolicy {
  /** working days before the occasion, e.g. [10, 5, 1] */
  days: number[];
  /** local time of day, HH:mm */
  time: string;
  zone: string;
}

/** When step `n` of an occasion on `isoDate` goes out: n working days before, at the policy's time. */
export function sendTime(
  isoDate: string,
  n: number,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
): DateTime {
  const day = workingDaysBefore(isoDate, n, holidays);
  const [hour = 9, minute = 0] = policy.time.split(':').map(Number);
  return DateTime.fromISO(day, { zone: policy.zone }).set({ hour, minute, second: 0, millisecond: 0 });
}

/**
 * The step due at `now` for an occasion (a meeting, or a due date) on `isoDate` starting at
 * `startsAt`: the latest step whose time has come. After downtime only that one is due (earlier,
 * missed steps are not sent late), and nothing is due once the occasion has started.
 */
export function dueStep(
  isoDate: string,
  startsAt: DateTime,
  now: DateTime,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
): { step: number; at: DateTime } | null {
  if (now >= startsAt) return null;
  let due: { step: number; at: DateTime } | null = null;
  for (const step of [...policy.days].sort((a, b) => b - a)) {
    const at = sendTime(isoDate, step, policy, holidays);
    if (at <= now) due = { step, at };
  }
  return due;
}
