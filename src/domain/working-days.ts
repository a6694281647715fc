import { DateTime } from 'luxon';

/** Which days are bank holidays (ISO dates); weekends are never working days. */
export interface HolidayCalendar {
  isHoliday(isoDate: string): boolean;
}

// Calendar dates carry no zone: plain UTC date arithmetic is exact for them, and far cheaper than
// luxon when a reminder run plans thousands of steps.
const DAY_MS = 86_400_000;
const toMs = (isoDate: string) =>
  Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function isWorkingDay(isoDate: string, holidays: HolidayCalendar): boolean {
  const weekday = new Date(toMs(isoDate)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.isHoliday(isoDate);
}

// Answers per calendar: a reminder run asks for each step of each due date, twice, and the walk back
// over weekends and holidays allocates a date string a day.
const answered = new WeakMap<HolidayCalendar, Map<string, string>>();

/** The date `n` working days before `isoDate` (which need not itself be a working day). */
export function workingDaysBefore(isoDate: string, n: number, holidays: HolidayCalendar): string {
  let known = answered.get(holidays);
  if (!known) {
    known = new Map();
    answered.set(holidays, known);
  }
  const key = `${isoDate}/${n}`;
  let day = known.get(key);
  if (day === undefined) {
    day = walkBack(isoDate, n, holidays);
    if (known.size > 50_000) known.clear();
    known.set(key, day);
  }
  return day;
}

function walkBack(isoDate: string, n: number, holidays: HolidayCalendar): string {
  let ms = toMs(isoDate);
  let left = n;
  // Bounded: even a long run of holidays cannot make this loop forever.
  for (let guard = 0; left > 0 && guard < 3660; guard += 1) {
    ms -= DAY_MS;
    if (isWorkingDay(toIso(ms), holidays)) left -= 1;
  }
  return toIso(ms);
}

/** The last working day on or before `isoDate`. */
export function lastWorkingDayOnOrBefore(isoDate: string, holidays: HolidayCalendar): string {
  let day = DateTime.fromISO(isoDate);
  for (let guard = 0; !isWorkingDay(day.toISODate() as string, holidays) && guard < 366; guard += 1)
    day = day.minus({ days: 1 });
  return day.toISODate() as string;
}

/** The first working day on or after `isoDate`. */
export function firstWorkingDayOnOrAfter(isoDate: string, holidays: HolidayCalendar): string {
  let day = DateTime.fromISO(isoDate);
  for (let guard = 0; !isWorkingDay(day.toISODate() as string, holidays) && guard < 366; guard += 1)
    day = day.plus({ days: 1 });
  return day.toISODate() as string;
}

/**
 * England-and-Wales bank holidays: the official list (GOV.UK's bank-holidays.json) wins for every
 * year it covers; the `fallback` (date-holidays, offline) answers for the others. date-holidays gets
 * 2012 wrong (Spring bank holiday on 28 May; it was moved to 4 June for the Diamond Jubilee).
 */
export function layeredHolidays(
  official: ReadonlyArray<string>,
  fallback: (year: number) => ReadonlyArray<string>,
): HolidayCalendar {
  const officialSet = new Set(official);
  const officialYears = new Set(official.map((d) => Number(d.slice(0, 4))));
  const fallbackCache = new Map<number, Set<string>>();
  return {
    isHoliday(isoDate) {
      const year = Number(isoDate.slice(0, 4));
      if (officialYears.has(year)) return officialSet.has(isoDate);
      let set = fallbackCache.get(year);
      if (!set) {
        set = new Set(fallback(year));
        fallbackCache.set(year, set);
      }
      return set.has(isoDate);
    },
  };
}
