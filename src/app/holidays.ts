import { createRequire } from 'node:module';
import type HolidaysType from 'date-holidays';
import { type HolidayCalendar, layeredHolidays } from '../domain/working-days.js';
import type { Store } from '../store/types.js';
import { OFFLINE_BANK_HOLIDAYS } from './offline-bank-holidays.js';

const DIVISION = 'england-and-wales';

const require = createRequire(import.meta.url);
let Holidays: typeof HolidaysType | undefined;

/**
 * Offline, England's public holidays for a year: date-holidays' answer, kept as data for 2000–2060
 * (scripts/make-bank-holidays.ts). The package itself holds every country's rules (about 32 MB
 * resident, a quarter of a second to load), so it is loaded only for a year outside that range.
 */
function offlineHolidays(year: number): readonly string[] {
  const kept = OFFLINE_BANK_HOLIDAYS[year];
  if (kept !== undefined) return kept.split(' ').map((monthDay) => `${year}-${monthDay}`);
  Holidays ??= require('date-holidays') as typeof HolidaysType;
  const hd = new Holidays('GB', 'ENG');
  return (hd.getHolidays(year) || []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
}

/** The official list cached in the database wins for the years it covers; date-holidays for the rest. */
export async function loadHolidays(store: Store): Promise<HolidayCalendar> {
  return layeredHolidays(await store.holidays.official(DIVISION), offlineHolidays);
}

interface GovUkBankHolidays {
  [division: string]: { division: string; events: { title: string; date: string }[] };
}

/**
 * Refreshes the cached official list from GOV.UK's bank-holidays.json. Returns the number of dates
 * cached; a failure leaves the cache as it was (the caller logs it).
 */
export async function refreshBankHolidays(
  store: Store,
  url: string,
  nowUtc: string,
  fetchImpl: typeof fetch = fetch,
): Promise<number> {
  const res = await fetchImpl(url, {
    signal: AbortSignal.timeout(10_000),
    headers: { accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`bank holidays: HTTP ${res.status} from ${url}`);
  const body = (await res.json()) as GovUkBankHolidays;
  const events = body[DIVISION]?.events;
  if (!Array.isArray(events) || events.length === 0)
    throw new Error(`bank holidays: no ${DIVISION} events in ${url}`);
  const days = events
    .filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date))
    .map((e) => ({ date: e.date, title: String(e.title) }));
  await store.holidays.replaceOfficial(DIVISION, days, nowUtc);
  return days.length;
}
