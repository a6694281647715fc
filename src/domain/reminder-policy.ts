import { DateTime } from 'luxon';
import { type HolidayCalendar, workingDaysBefore } from './working-days.js';
import { wallClockMillis } from './zone-offset.js';

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
  return DateTime.fromMillis(sendMillis(isoDate, n, policy, holidays), { zone: policy.zone });
}

/** sendTime as epoch milliseconds, computed without luxon (planning asks it thousands of times a run). */
export function sendMillis(
  isoDate: string,
  n: number,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
): number {
  const day = workingDaysBefore(isoDate, n, holidays);
  const [hour = 9, minute = 0] = policy.time.split(':').map(Number);
  return wallClockMillis(day, hour, minute, policy.zone);
}

/**
 * The step due at `now` for an occasion (a meeting, or a due date) on `isoDate` starting at
 * `startsAt`: the latest step whose time has come. After downtime only that one is due (earlier,
 * missed steps are not sent late), and nothing is due once the occasion has started.
 */
export function dueStep(
  isoDate: string,
  startsAt: DateTime | number,
  now: DateTime,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
): { step: number; at: DateTime } | null {
  const nowMs = now.toMillis();
  if (nowMs >= (typeof startsAt === 'number' ? startsAt : startsAt.toMillis())) return null;
  let due: { step: number; at: number } | null = null;
  for (const step of [...policy.days].sort((a, b) => b - a)) {
    const at = sendMillis(isoDate, step, policy, holidays);
    if (at <= nowMs) due = { step, at };
  }
  return due && { step: due.step, at: DateTime.fromMillis(due.at, { zone: policy.zone }) };
}
