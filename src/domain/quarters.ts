import { DateTime } from 'luxon';
import {
  firstWorkingDayOnOrAfter,
  type HolidayCalendar,
  lastWorkingDayOnOrBefore,
  workingDaysBefore,
} from './working-days.js';

export type QuarterScheme = 'calendar' | 'financial';

export interface Quarter {
  /** 2012-Q3 (calendar: Jul–Sep) or FY2012-Q1 (financial: Apr–Jun 2012) */
  period: string;
  /** first and last day, YYYY-MM-DD */
  first: string;
  last: string;
}

/** The quarter a local date falls in. */
export function quarterOf(isoDate: string, scheme: QuarterScheme): Quarter {
  const d = DateTime.fromISO(isoDate);
  if (scheme === 'calendar') {
    const q = Math.ceil(d.month / 3);
    return build(`${d.year}-Q${q}`, DateTime.fromObject({ year: d.year, month: (q - 1) * 3 + 1, day: 1 }));
  }
  // UK government financial year: FY2012 runs from April 2012 to March 2013.
  const fy = d.month >= 4 ? d.year : d.year - 1;
  const q = Math.floor(((d.month - 4 + 12) % 12) / 3) + 1;
  return build(
    `FY${fy}-Q${q}`,
    DateTime.fromObject({ year: fy, month: 4, day: 1 }).plus({ months: (q - 1) * 3 }),
  );
}

function build(period: string, start: DateTime): Quarter {
  return {
    period,
    first: start.toISODate() as string,
    last: start.plus({ months: 3 }).minus({ days: 1 }).toISODate() as string,
  };
}

/** Reads "2012-Q3" or "FY2012-Q1" in the configured scheme; null when it is not a period. */
export function parsePeriod(text: string, scheme: QuarterScheme): Quarter | null {
  const t = text.trim().toUpperCase();
  const m = scheme === 'calendar' ? /^(\d{4})-Q([1-4])$/.exec(t) : /^FY(\d{4})-Q([1-4])$/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const q = Number(m[2]);
  const start =
    scheme === 'calendar'
      ? DateTime.fromObject({ year, month: (q - 1) * 3 + 1, day: 1 })
      : DateTime.fromObject({ year, month: 4, day: 1 }).plus({ months: (q - 1) * 3 });
  return build(scheme === 'calendar' ? `${year}-Q${q}` : `FY${year}-Q${q}`, start);
}

export interface RoundSchedule {
  /** the first working day of the quarter's last month, at the reminder time */
  opensAt: DateTime;
  /** IDMG_ROUND_CHASE_DAYS working days before the deadline's day, at the reminder time */
  chaseAt: DateTime;
  /** 17:00 on the quarter's last working day */
  deadline: DateTime;
}

export function roundSchedule(
  q: Quarter,
  zone: string,
  time: string,
  chaseDays: number,
  holidays: HolidayCalendar,
): RoundSchedule {
  const [hour = 9, minute = 0] = time.split(':').map(Number);
  const lastMonth = DateTime.fromISO(q.last).startOf('month').toISODate() as string;
  const openDay = firstWorkingDayOnOrAfter(lastMonth, holidays);
  const deadlineDay = lastWorkingDayOnOrBefore(q.last, holidays);
  const chaseDay = workingDaysBefore(deadlineDay, chaseDays, holidays);
  const at = (day: string, h: number, m: number) =>
    DateTime.fromISO(day, { zone }).set({ hour: h, minute: m });
  return {
    opensAt: at(openDay, hour, minute),
    chaseAt: at(chaseDay, hour, minute),
    deadline: at(deadlineDay, 17, 0),
  };
}
