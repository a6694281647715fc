/**
 * Date and time phrases as British minutes write them: "13 September 2012", "Thursday 13th
 * September 2012", "13 Sept 2012", "13/09/2012", "10.30 am to 12 pm", "14:00–15:30", "2pm".
 * Numeric dates are read day first (UK usage).
 */
import { DateTime } from 'luxon';
import { WELSH_MONTHS } from './welsh.js';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month (1–12) a month's name or its abbreviation names ("Oct", "October", "Hydref"), or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTH_NAMES.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  // Welsh months are matched whole: abbreviations of them are not a convention minutes keep.
  const welsh = index < 0 ? WELSH_MONTHS.indexOf(w) : -1;
  return index >= 0 ? index + 1 : welsh >= 0 ? welsh + 1 : null;
}

// "Chwefror / February": a month named in two languages, the second read only to be passed over.
const OTHER_NAME = /^\s{0,3}\/\s{0,3}([a-z]{3,10})$/i;

/** The month a day-month-year phrase names: its one name, or its two that agree ("Chwefror / February"). */
function monthOf(first: string, other: string | undefined): number | null {
  const month = monthNumber(first);
  if (month === null || other === undefined) return month;
  const second = OTHER_NAME.exec(other)?.[1];
  return second !== undefined && monthNumber(second) === month ? month : null;
}

export interface FoundDate {
  index: number;
  end: number;
  day: number;
  month: number;
  /** null when the phrase gives no year ("by 31 October") */
  year: number | null;
}

const DAY_WORD = String.raw`(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,5}`;
const DAY_NAME = `(?:${DAY_WORD})?`;
const MONTH = '([a-z]{3,10}\\.?)';
// "9 Chwefror / February 2017": the month again in the other language.
const SECOND_NAME = '(\\s{0,3}\\/\\s{0,3}[a-z]{3,10})?';
const ORDINAL = '(?:st|nd|rd|th)?';
// Each pattern is a chain of bounded pieces with no nested repetition, so matching stays linear.
// The year in four figures, or in two after a short month ("Tues 5 Mar 19", "5 Sept '19"): not a
// time ("5 March 10:00") nor a count ("by 31 October 20 members"), nor the day of the next date in a
// list ("12 May, 11 August and 10 November 2015").
const DAY_MONTH_YEAR = new RegExp(
  `\\b${DAY_NAME}(?:the\\s{1,5})?(\\d{1,2})${ORDINAL}(?:\\s{1,5}day)?(?:\\s{1,5}of)?[\\s-]{1,5}${MONTH}${SECOND_NAME}(?:,?[\\s-]{1,5}(\\d{4}|'?\\d{2}(?![\\d:.]|\\s*[ap]\\.?m\\b|\\s{1,5}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)))?(?![\\w])`,
  'gi',
);
const MONTH_DAY_YEAR = new RegExp(
  `\\b${DAY_NAME}${MONTH}\\s{1,5}(\\d{1,2})${ORDINAL},?\\s{1,5}(\\d{4})\\b`,
  'gi',
);
// Words that introduce a date: "held on", "meeting of", "Date:", "dated".
// ("Next meeting – 9.6.15": a dash sets the date off as a colon does.)
const DATE_CUE = /\b(?:held|on|of|dated?|meeting)\s*[:–—-]?\s*$/i;
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
// "2023-05-16", and the date of a tool's timestamp ("2023-05-16T09:00:00Z").
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:\b|(?=T\d))/g;
// "Wednesday 07/11/2018", "Tue 2018-11-07": the day's name before a date in figures is part of it, as
// it is before one in words. Looked for behind each date found (a pattern that began with it would
// be tried at every word of the text).
const DAY_NAME_BEFORE = new RegExp(`\\b${DAY_WORD}$`, 'i');

/** Where a date in figures found at `index` starts, the day's name before it included. */
function withDayName(text: string, index: number): number {
  const before = text.slice(Math.max(0, index - 16), index);
  const m = DAY_NAME_BEFORE.exec(before);
  return m ? index - (before.length - m.index) : index;
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * A real calendar day (what luxon's isValid says for these years, without building a DateTime:
 * every action's text is searched for dates).
 */
function valid(day: number, month: number, year: number | null): boolean {
  // A leap year stands in when the year is unknown, so 29 February is not refused.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(month, year ?? 2012);
}

// Every date pattern has a digit in it; most text an action search sees has none.
const DIGIT = /\d/;

function addDate(
  found: FoundDate[],
  index: number,
  length: number,
  day: number,
  month: number,
  year: number | null,
): void {
  if (valid(day, month, year)) found.push({ index, end: index + length, day, month, year });
}

// A formal minute book's numbers in words: "the eleventh day of March Two thousand and
// twenty-five", "at ten o'clock forenoon".
const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_WORDS = [
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'],
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth'],
  ...['seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'thirtieth'],
];

/** "twenty-five", "eleven", "thirty first" (a cardinal or an ordinal below a hundred) as its number. */
function numberInWords(words: string): number | null {
  const [first = '', second] = words.toLowerCase().split(/[\s-]+/);
  const unit = (w: string) => {
    const cardinal = UNIT_WORDS.indexOf(w);
    const ordinal = ORDINAL_WORDS.indexOf(w);
    return cardinal >= 0 ? cardinal + 1 : ordinal >= 0 && ordinal < 9 ? ordinal + 1 : -1;
  };
  const tens = TENS_WORDS.indexOf(first.replace(/ieth$/, 'y'));
  if (second !== undefined) {
    const u = unit(second);
    return tens >= 0 && u > 0 ? (tens + 2) * 10 + u : null;
  }
  if (tens >= 0) return (tens + 2) * 10;
  const teen = TEEN_WORDS.indexOf(first);
  if (teen >= 0) return teen + 10;
  const ordinal = ORDINAL_WORDS.indexOf(first);
  if (ordinal >= 0) return ordinal < 19 ? ordinal + 1 : ordinal === 19 ? 20 : 30;
  const u = unit(first);
  return u > 0 ? u : null;
}

const WORDED_DAY = String.raw`(?:(?:twenty|thirty)[\s-](?:${ORDINAL_WORDS.slice(0, 9).join('|')})|${ORDINAL_WORDS.join('|')})`;
const WORDED_YEAR = String.raw`two\s+thousand(?:\s+and)?(?:\s+(?:${[...TENS_WORDS, ...TEEN_WORDS, ...UNIT_WORDS].join('|')})(?:[\s-](?:${UNIT_WORDS.join('|')}))?)?`;
const WORDED_DATE = new RegExp(
  String.raw`\b(?:the\s+)?(${WORDED_DAY})\s+(?:day\s+)?of\s+([A-Za-z]{3,9})\b(?:,?\s+(?:in\s+the\s+year\s+)?(${WORDED_YEAR}|\d{4})\b)?`,
  'gi',
);
// What a date in words has that other text seldom does: "day of", "thousand", "first of March".
const WORDED_CUE =
  /\b(?:[Dd]ay\s+of|[Tt]housand)\b|(?:st|nd|rd|th)\s+of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** "Two thousand and twenty-five" as 2025. */
function yearInWords(words: string): number | null {
  if (/^\d{4}$/.test(words)) return Number(words);
  const rest = words.replace(/^two\s+thousand(?:\s+and)?\s*/i, '');
  if (rest === '') return 2000;
  const n = numberInWords(rest);
  return n === null ? null : 2000 + n;
}

/** Every date phrase in the text, in order, without overlaps. */
export function findDates(text: string): FoundDate[] {
  const worded = WORDED_CUE.test(text);
  if (!worded && !DIGIT.test(text)) return [];
  const found: FoundDate[] = [];
  if (worded)
    for (const m of text.matchAll(WORDED_DATE)) {
      const month = monthNumber(m[2] ?? '');
      const day = numberInWords(m[1] ?? '');
      const year = m[3] ? yearInWords(m[3]) : null;
      if (month === null || day === null || (m[3] && year === null)) continue;
      const at = m.index ?? 0;
      const from = withDayName(text, at);
      addDate(found, from, at - from + m[0].length, day, month, year);
    }
  for (const m of text.matchAll(DAY_MONTH_YEAR)) {
    const month = monthOf(m[2] ?? '', m[3]);
    if (month === null) {
      // "5 March / April 2017": two months that differ; the first is a day with no year.
      const first = m[3] === undefined ? null : monthNumber(m[2] ?? '');
      // The second name follows the first straight away: the day ends where it starts.
      if (first !== null) addDate(found, m.index ?? 0, m[0].indexOf(m[3] ?? ''), Number(m[1]), first, null);
      continue;
    }
    const written = m[4] ?? '';
    const short = written.replace("'", '').length === 2;
    // Two figures stand for the year only after an abbreviated month, or with an apostrophe.
    if (short && (m[2] ?? '').replace('.', '').length > 4 && !written.startsWith("'")) {
      const dayMonth = m[0].slice(0, m[0].length - written.length).replace(/[,\s-]+$/, '');
      addDate(found, m.index ?? 0, dayMonth.length, Number(m[1]), month, null);
      continue;
    }
    const year = written === '' ? null : short ? 2000 + Number(written.replace("'", '')) : Number(written);
    addDate(found, m.index ?? 0, m[0].length, Number(m[1]), month, year);
  }
  for (const m of text.matchAll(MONTH_DAY_YEAR)) {
    const month = monthNumber(m[1] ?? '');
    if (month === null) continue;
    addDate(found, m.index ?? 0, m[0].length, Number(m[2]), month, Number(m[3]));
  }
  for (const m of text.matchAll(NUMERIC)) {
    const raw = m[4] ?? '';
    // Dots with a two-digit year are a date only written in full pairs ("05.12.12"): "1.2.10" is
    // paragraph numbering. An impossible month ("10.30.12") is refused below either way.
    // After a word that introduces a date ("held 4.12.12", "Date: 4.12.12") it is a date however written.
    if (
      m[2] === '.' &&
      raw.length !== 4 &&
      ((m[1] ?? '').length !== 2 || (m[3] ?? '').length !== 2) &&
      !DATE_CUE.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))
    )
      continue;
    const year = raw.length === 2 ? 2000 + Number(raw) : Number(raw);
    const first = Number(m[1]);
    const second = Number(m[3]);
    // "06/13/2023": there is no thirteenth month, so an American tool wrote the month first.
    const monthFirst = m[2] === '/' && second > 12 && first >= 1 && first <= 12;
    const at = m.index ?? 0;
    const from = withDayName(text, at);
    addDate(
      found,
      from,
      at - from + m[0].length,
      monthFirst ? second : first,
      monthFirst ? first : second,
      year,
    );
  }
  for (const m of text.matchAll(ISO)) {
    const at = m.index ?? 0;
    const from = withDayName(text, at);
    addDate(found, from, at - from + m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: FoundDate[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.index < last.end) continue;
    out.push(d);
  }
  return out;
}

// "31/3", "31/03": a day and month with no year, never part of a longer number or a full date.
const DAY_MONTH = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;

/**
 * Day-and-month dates without a year ("by 31/3"). Apart from findDates: "24/7" or "1/2" in prose
 * is no date, so only a caller that knows the text is a due date (after "by", or a due cell) asks.
 */
export function findDaysAndMonths(text: string): FoundDate[] {
  if (!text.includes('/')) return [];
  const out: FoundDate[] = [];
  for (const m of text.matchAll(DAY_MONTH))
    addDate(out, m.index ?? 0, m[0].length, Number(m[1]), Number(m[2]), null);
  return out;
}

/** A month's name, whole or cut short ("Mar", "Sept", "March"), as a pattern to build others with. */
export const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}';
// "Mar 22", "March 22nd": a month, then a day, no year after them (an American tool's order).
const MONTH_DAY = new RegExp(
  String.raw`\b(${MONTH_WORD})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?\b(?![,\s]{0,2}\d|[:./])`,
  'gi',
);

/**
 * A month and a day with no year ("— Mar 22"). Apart from findDates: "Mar 22" is as often March
 * 2022 in a British table, so only a caller that can rule that reading out asks (see actions.ts).
 */
export function findMonthsAndDays(text: string): FoundDate[] {
  if (!DIGIT.test(text)) return [];
  const out: FoundDate[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthNumber(m[1] ?? '');
    if (month !== null) addDate(out, m.index ?? 0, m[0].length, Number(m[2]), month, null);
  }
  return out;
}

/**
 * ISO date of a found phrase. A phrase without a year takes the year that puts it on or after
 * `reference` (the meeting date); without a reference it has no date.
 */
export function isoDate(d: FoundDate, reference: string | null): string | null {
  // Calendar days, by arithmetic on the numbers (no zone at all): in the host's own zone a day that
  // zone skipped (Samoa's 30 December 2011) would come out as the next one. Every action's text is
  // searched, so no DateTime is built either.
  let year = d.year;
  if (year === null) {
    const ref = reference === null ? null : ISO_DAY.exec(reference);
    if (!ref) return reference ? isoDateAfter(d, reference) : null;
    year = Number(ref[1]);
    const [month, day] = [Number(ref[2]), Number(ref[3])];
    if (!valid(day, month, year)) return null;
    if (d.month < month || (d.month === month && d.day < day)) year += 1;
  }
  if (!valid(d.day, d.month, year)) return null;
  return `${String(year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The same for a reference that is not a bare ISO day (a date-time): luxon reads it. */
function isoDateAfter(d: FoundDate, reference: string): string | null {
  const ref = DateTime.fromISO(reference, { zone: 'utc' });
  if (!ref.isValid) return null;
  let year = ref.year;
  const candidate = DateTime.fromObject({ year, month: d.month, day: d.day }, { zone: 'utc' });
  if (candidate.isValid && candidate < ref) year += 1;
  const dt = DateTime.fromObject({ year, month: d.month, day: d.day }, { zone: 'utc' });
  return dt.isValid ? dt.toISODate() : null;
}

export interface FoundTime {
  index: number;
  end: number;
  hour: number;
  minute: number;
  /** am/pm (or noon) was written */
  meridiem: 'am' | 'pm' | null;
  /** minutes or am/pm were written: "10.30", "2pm"; a bare "2" is weak */
  strong: boolean;
}

const TIME =
  /(?<![\d.:/£$])(\d{1,2})(?:[:.](\d{2}))?(?:\s?(a\.?m\.?|p\.?m\.?|noon|hrs|hours)(?![a-z]))?(?![\d/])|\b(noon|midday)\b/gi;

const ROOM_BEFORE = /\b(?:room|rm|floor|suite|level|block|wing|no\.?|number)\s{0,3}$/i;

// The 24-hour clock without a separator ("1400-1530", "1400hrs"): only in a range or with "hrs",
// since a lone "2013" is a year.
// "1030-1200hrs": the range may end in the suffix.
const COMPACT_RANGE =
  /\b([01]\d|2[0-3])([0-5]\d)(\s?(?:-|–|—|to)\s?)([01]\d|2[0-3])([0-5]\d)(\s?(?:hrs|hours|h)\b)?(?!\d)/g;
const COMPACT_HRS = /\b([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hours|h)\b/g;

function compactTimes(text: string): FoundTime[] {
  const out: FoundTime[] = [];
  if (!/\d{4}/.test(text)) return out;
  const add = (index: number, length: number, hour: string, minute: string) =>
    out.push({
      index,
      end: index + length,
      hour: Number(hour),
      minute: Number(minute),
      meridiem: null,
      strong: true,
    });
  for (const m of text.matchAll(COMPACT_RANGE)) {
    const at = m.index ?? 0;
    // "2012-2013" is a span of years.
    if (m[1] === '20' && m[4] === '20') continue;
    add(at, 4, m[1] ?? '', m[2] ?? '');
    add(at + 4 + (m[3] ?? '').length, 4 + (m[6] ?? '').length, m[4] ?? '', m[5] ?? '');
  }
  const inRange = out.length;
  for (const m of text.matchAll(COMPACT_HRS)) {
    const at = m.index ?? 0;
    // "1200hrs" ending a range already read.
    if (out.slice(0, inRange).some((t) => t.index === at)) continue;
    add(at, m[0].length, m[1] ?? '', m[2] ?? '');
  }
  return out;
}

// "ten o'clock forenoon", "two o'clock in the afternoon": the hour in words.
const WORDED_TIME = new RegExp(
  String.raw`\b(${[...UNIT_WORDS, 'ten', 'eleven', 'twelve'].join('|')})\s+o['’]clock(?:\s+(?:in\s+the\s+)?(forenoon|morning|afternoon|evening))?`,
  'gi',
);

export function findTimes(text: string): FoundTime[] {
  const out: FoundTime[] = compactTimes(text);
  if (text.includes('clock'))
    for (const m of text.matchAll(WORDED_TIME)) {
      let hour = numberInWords(m[1] ?? '') ?? 0;
      const part = (m[2] ?? '').toLowerCase();
      const pm = part === 'afternoon' || part === 'evening';
      if (pm && hour < 12) hour += 12;
      const index = m.index ?? 0;
      out.push({
        index,
        end: index + m[0].length,
        hour,
        minute: 0,
        meridiem: part === '' ? null : pm ? 'pm' : 'am',
        strong: true,
      });
    }
  const taken = out.map((t) => [t.index, t.end] as const);
  for (const m of text.matchAll(TIME)) {
    const index = m.index ?? 0;
    if (m[4]) {
      out.push({ index, end: index + m[0].length, hour: 12, minute: 0, meridiem: 'pm', strong: true });
      continue;
    }
    // "Room 7.14", "Floor 3": a place, not a time.
    if (ROOM_BEFORE.test(text.slice(Math.max(0, index - 10), index))) continue;
    if (taken.some(([from, to]) => index < to && index + m[0].length > from)) continue;
    let hour = Number(m[1]);
    const minute = m[2] ? Number(m[2]) : 0;
    const suffix = (m[3] ?? '').toLowerCase().replace(/\./g, '');
    if (hour > 24 || minute > 59) continue;
    let meridiem: 'am' | 'pm' | null = null;
    if (suffix === 'am' || suffix === 'pm') {
      if (hour === 0 || hour > 12) continue;
      meridiem = suffix;
      if (suffix === 'pm' && hour < 12) hour += 12;
      if (suffix === 'am' && hour === 12) hour = 0;
    } else if (suffix === 'noon') {
      if (hour !== 12) continue;
      meridiem = 'pm';
    }
    out.push({ index, end: index + m[0].length, hour, minute, meridiem, strong: Boolean(m[2] || suffix) });
  }
  return taken.length > 0 ? out.sort((a, b) => a.index - b.index) : out;
}

const RANGE_JOIN = /^\s{0,5}(?:-|–|—|to|until|till|and)\s{0,5}$/i;

export interface TimeRange {
  start: { hour: number; minute: number };
  end: { hour: number; minute: number } | null;
  /** where the times read stand in the text, so a reader of what follows can pass over them */
  spans: { index: number; end: number }[];
}

/** The meeting's time: the first range ("10.30 am to 12 pm", "14:00–15:30") or a lone start. */
export function findTimeRange(text: string): TimeRange | null {
  const times = findTimes(text);
  for (let i = 0; i < times.length; i += 1) {
    const a = times[i];
    if (!a) continue;
    const b = times[i + 1];
    // "from 10.30 to 12, Room 4": a bare hour ends a range a written time starts, where nothing follows it.
    const bareEnd =
      b !== undefined && a.strong && !b.strong && /^\s*(?:[,;.)]|$)/.test(text.slice(b.end, b.end + 3));
    if ((b?.strong || bareEnd) && b && RANGE_JOIN.test(text.slice(a.end, b.index))) {
      let startHour = a.hour;
      if (a.meridiem === null && b.meridiem === 'pm' && startHour < 12 && startHour + 12 < b.hour)
        startHour += 12;
      else if (a.meridiem === null && b.meridiem === null && startHour >= 1 && startHour <= 7)
        startHour += 12;
      let endHour = b.hour;
      if (
        b.meridiem === null &&
        endHour >= 1 &&
        endHour <= 7 &&
        endHour + 12 > startHour &&
        endHour <= startHour
      )
        endHour += 12;
      return {
        start: { hour: startHour, minute: a.minute },
        end: { hour: endHour, minute: b.minute },
        spans: [a, b],
      };
    }
    if (a.strong) {
      // A working meeting at "2.30" without am/pm is in the afternoon.
      const hour = a.meridiem === null && a.hour >= 1 && a.hour <= 7 ? a.hour + 12 : a.hour;
      return { start: { hour, minute: a.minute }, end: null, spans: [a] };
    }
  }
  return null;
}

// "2023-08-15T09:00:00Z", "2023-08-15T10:00+01:00", "2023-08-15T10:00": a date and a time in one,
// as a tool's export or a note's front matter writes them, with or without an offset.
const TIMESTAMP =
  /\b(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?(?![\d:])/g;

/**
 * Timestamps as the day and the time the zone's clocks showed: "2023-08-15T09:00:00Z" is
 * "2023-08-15 10:00" in London's summer. One without an offset is already the zone's time.
 */
export function localTimestamps(text: string, zone: string): string {
  if (!/\dT\d/.test(text)) return text;
  return text.replace(TIMESTAMP, (whole, day: string, hour: string, minute: string, offset?: string) => {
    const at = offset
      ? DateTime.fromISO(`${day}T${hour}:${minute}${offset}`, { setZone: true }).setZone(zone)
      : DateTime.fromISO(`${day}T${hour}:${minute}`, { zone });
    return at.isValid ? `${at.toISODate()} ${at.toFormat('HH:mm')}` : whole;
  });
}

/** ISO instant with the zone's offset, e.g. 2012-09-13T10:30:00+01:00. */
export function isoInstant(date: string, hour: number, minute: number, zone: string): string | null {
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) return null;
  const dt = day.set({ hour: hour === 24 ? 0 : hour, minute });
  const shifted = hour === 24 ? dt.plus({ days: 1 }) : dt;
  return shifted.isValid ? shifted.toISO({ suppressMilliseconds: true }) : null;
}
