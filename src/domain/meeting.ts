import { DateTime } from 'luxon';

/**
 * When a meeting starts: its start instant, or, when the minutes gave only its day, the start of
 * that day in its zone. Reminders stop and update papers expire at this moment.
 */
export function meetingStart(m: { startUtc: string | null; date: string; zone: string }): DateTime {
  return m.startUtc
    ? DateTime.fromISO(m.startUtc, { zone: 'utc' })
    : DateTime.fromISO(m.date, { zone: m.zone });
}
