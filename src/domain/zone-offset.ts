import { DateTime } from 'luxon';

const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC in minutes at an instant; cached by hour, since offsets change on the
 * hour. Reminder planning and list formatting ask this for thousands of instants a run, and luxon
 * computes each through Intl.
 */
export function offsetAt(ms: number, zone: string): number {
  const key = `${zone}:${Math.floor(ms / 3_600_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = DateTime.fromMillis(ms, { zone }).offset;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** luxon's fixOffset: the instant of a local time given a first guess of the offset. */
function fixOffset(localAsUtc: number, guess: number, zone: string): { ms: number; offset: number } {
  let ms = localAsUtc - guess * 60_000;
  const o2 = offsetAt(ms, zone);
  if (guess === o2) return { ms, offset: guess };
  ms -= (o2 - guess) * 60_000;
  const o3 = offsetAt(ms, zone);
  if (o2 === o3) return { ms, offset: o2 };
  return { ms: localAsUtc - Math.min(o2, o3) * 60_000, offset: Math.max(o2, o3) };
}

/**
 * The instant (epoch ms) of a wall-clock time on a calendar date in a zone, exactly as
 * `DateTime.fromISO(date, { zone }).set({ hour, minute })` gives it (09:00 on 2012-10-29 in
 * Europe/London is 09:00Z, in July 08:00Z; luxon's choice in the hour the clocks skip or repeat),
 * without building DateTimes: a reminder run asks this for every step of every due date.
 */
export function wallClockMillis(isoDate: string, hour: number, minute: number, zone: string): number {
  const y = Number(isoDate.slice(0, 4));
  const mo = Number(isoDate.slice(5, 7)) - 1;
  const d = Number(isoDate.slice(8, 10));
  const midnight = Date.UTC(y, mo, d);
  const start = fixOffset(midnight, offsetAt(midnight, zone), zone);
  return fixOffset(Date.UTC(y, mo, d, hour, minute), start.offset, zone).ms;
}
