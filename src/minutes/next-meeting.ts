/**
 * "The next IDMG meeting will be held on 13 September 2012, from 10.30 am to 12 pm at the Home
 * Office." — or a "Date of next meeting" heading with the details on the lines below it.
 */
import {
  type FoundDate,
  findDates,
  findTimeRange,
  findTimes,
  isoDate,
  isoInstant,
  localTimestamps,
} from './dates.js';
import { ONLINE_SERVICES } from './markers.js';
import { BODY_NOUNS } from './next-meeting-body.js';
import { clean } from './sanitise.js';
import type { ParsedNextMeeting } from './types.js';

// "The Network's remaining meetings this year are on 6 May, 5 August and …": the first of a body's
// dates to come is its next meeting. "The next officials' meeting will be on …".
const MENTION =
  /\bnext\s+(?:[A-Za-z'’-]{1,20}\s+){0,3}meeting\b|\b(?:remaining|future|further|forthcoming|upcoming)\s+meetings\s+(?:[\w'’]+\s+){0,4}?(?:are|will\s+be)\s+(?:held\s+)?on\b|\bnext\s+meets\b|\b(?:will|would|to|shall)\s+next\s+meet\b|\b(?:to|will|would|shall)\s+meet\s+(?:again|next)\b|\b(?:to|will|would|shall)\s+reconvene\b|\bnext\s+(?:check[\s-]?in|catch[\s-]?up|AGM|EGM)\b|\bthe\s+next\s+(?:[A-Za-z'’-]{1,20}\s+){0,3}?(?:forum|session|panel|board|group|committee|network|partnership|sub-?group)\s+(?:will|is|shall|takes|to\s+be)\b/i;
// "DONM:": the date of next meeting, as a secretariat abbreviates it. "Date of next public session:".
const HEADING =
  /^(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next\s+(?:[A-Za-z-]{1,20}\s+){0,2}?(?:meeting|session|call|AGM|EGM)|donm|next\s+meeting|next\s+(?:check[\s-]?in|catch[\s-]?up|call|teleconference)|date\s+of\s+next\s+idmg(?:\s+meeting)?|future\s+meetings?|dates?\s+(?:of|for)\s+(?:the\s+)?(?:next|future|forthcoming)\s+meetings?|(?:meeting\s+)?dates\s+(?:of\s+meetings|for\s+(?:19|20)\d\d)|meeting\s+dates)\s*:?/i;
// "Next IDMG:": the body's letters for its meeting (capitals: "Next steps:" is no meeting).
const NEXT_OF_BODY = /^[Nn]ext\s+[A-Z]{2,10}\s*:/;
// "Next Board:", "4. Next forum", "Next roundtable: 17 September": a heading naming the next meeting
// by the body's kind or the meeting's, and nothing more ("Next board papers are due …" is a sentence).
const NEXT_OF_KIND = new RegExp(
  String.raw`^next\s+(?:${[...BODY_NOUNS, 'session', 'round[\\s-]?table', 'workshop'].join('|')})\s*(?::|$)`,
  'i',
);

/** Mentions the next meeting. Long paragraphs are only searched near the mention. */
export function mentionIndex(text: string): number {
  if (text.length > 20000 || !/meet|next\s|reconvene/i.test(text)) return -1;
  const m = MENTION.exec(text);
  return m ? m.index : -1;
}

/** A heading whose details follow on the next lines ("Date of next meeting:"). */
export function isNextMeetingHeading(text: string): boolean {
  return HEADING.test(text) || NEXT_OF_BODY.test(text) || NEXT_OF_KIND.test(text);
}

// Words before the date a meeting was moved from.
const MOVED_FROM =
  /\b(?:(?:originally|previously|initially)(?:\s+(?:scheduled|planned|arranged|due|set)(?:\s+to\s+take\s+place)?\s+(?:for|on))?|(?:postponed|moved|rescheduled|brought\s+forward)\s+from|instead\s+of|rather\s+than)\s*$/i;

const MARK = '\u0001';

/** The text with each span's characters marked out, its length and the other spans' places kept. */
function mask(text: string, spans: readonly { index: number; end: number }[]): string {
  if (spans.length === 0) return text;
  // One pass in order of place: a line of thousands of dates is not copied once for each.
  const parts: string[] = [];
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.index - b.index)) {
    const from = Math.max(s.index, at);
    if (s.end <= from) continue;
    parts.push(text.slice(at, from), MARK.repeat(s.end - from));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

// "Meeting Room 4", "Meeting Suite B" are places; "meeting will be …" is not. Nor is a number
// unless a name follows it ("2 Marsham Street", not "2016 will be held"): that test is case-sensitive.
const NOT_PLACE_WORDS =
  /^(?:(?:the\s+)?(?:latest|earliest|end|start|beginning|same|usual|next|following|meeting(?!\s+(?:rooms?|suite|hall|space|centre|point)\b)|time|date)\b)/i;

// "…, the Chair.": a role or the body itself, named after the date as who calls the meeting, is no place.
const ROLE_ALONE =
  /^(?:the\s+)?(?:(?:vice[\s-]?)?chair(?:man|person|woman)?|secretariat|secretary|clerk|committee|group|board|panel|forum|members?)\s*[.;]?\s*$/i;

function notPlace(text: string): boolean {
  return /^\d+\b(?!\s+[A-Z])/.test(text) || NOT_PLACE_WORDS.test(text) || ROLE_ALONE.test(text);
}

// "on Microsoft Teams", "via Zoom": the service a meeting held online is held on.
const ONLINE = new RegExp(String.raw`\b(?:on|via|by)\s+(${ONLINE_SERVICES})\b`);

const ONLINE_WORD = /^(?:online|virtual|hybrid)\b/;
const ZONE_LABEL = /^(?:GMT|BST|UTC|UK\s+time|London\s+time)\b[\s,;:–—)-]*/;
// The name Outlook gives London's time zone after an invitation's times: "(UTC+00:00) Dublin,
// Edinburgh, Lisbon, London" (older: "(GMT) Greenwich Mean Time : Dublin, …"), the zone's cities
// and the offset of its winter, not a place.
const WINDOWS_ZONE =
  /\s*\((?:UTC|GMT)(?:\s?[+-]\d{1,2}:\d{2})?\)\s*(?:Greenwich\s+Mean\s+Time\s*:?\s*)?(?:(?:[A-Z][a-z]+,\s*){0,5}London\b)?/g;

const ASIDE = /\s*\([^()]*\b(?:to\s+follow|dial|details|link|tbc|to\s+be\s+confirmed)\b[^()]*\)$/i;

/** "Newcastle Civic Centre", "Room 4, 2 Marsham Street": a place's name, its words capitalised. */
export const PLACE_NAME = String.raw`[A-Z0-9][\w'’.&-]*(?:,?\s+(?:[A-Z0-9][\w'’.&-]*|of|and|the|upon|on|in|&))*`;
// "the Guildhall, Bath", "the Council House": a name in capitals after its article (not "the Chair will …").
const ARTICLE_AND_NAME = new RegExp(String.raw`^the\s+${PLACE_NAME}\s*(?:[.]|$)`);

const BRACKETED_TIME_PLACE = /\([^()\u0001]{0,20}\u0001[\u0001\s–—-]*[,;]\s*([A-Z0-9][^()\u0001]{1,150})\)/;

function location(masked: string): string | null {
  const field = /\b(?:venue|location|where|place)\s*:\s*([^\u0001\n]{2,150})/i.exec(masked);
  let candidate = field?.[1] ?? null;
  if (!candidate) {
    // ("within": a Scottish minute's "held within Fife House".)
    for (const m of masked.matchAll(/\b(?:at|in|within)\s+(?:the\s+)?([A-Z0-9][^\u0001;()]{1,150})/g)) {
      const c = m[1] ?? '';
      if (notPlace(c)) continue;
      candidate = c;
      break;
    }
  }
  // "on Microsoft Teams", "on Zoom": a meeting held online, and nowhere else, is held there.
  if (!candidate) candidate = ONLINE.exec(masked)?.[1] ?? null;
  if (!candidate) {
    // "Thursday 6 December 2012 at 2pm, Home Office": the place is what follows the date and time,
    // in their sentence ("… 2 Marsham Street. (Please note the change from Thursday 14 May.)": a
    // date in a sentence after it is none of them).
    const first = masked.indexOf(MARK);
    const stop = first < 0 ? -1 : masked.slice(first).search(/\.\s+\S/);
    const last = masked.lastIndexOf(MARK, stop < 0 ? masked.length : first + stop);
    // "… 1 March 2016 (2pm–4pm), Conference Room A": past the bracket the time was in.
    // "2pm–3.30pm BST, MS Teams": the clock the time is on is no part of the place.
    let tail =
      last < 0
        ? ''
        : masked
            .slice(last + 1)
            .replace(/^[\s,;:–—)\]-]+/, '')
            .replace(ZONE_LABEL, '');
    // "16 March 2016, 14:00 (Ministerial Conference Room, 2 Marsham Street)": the place in brackets.
    tail = /^\(([^()]{2,150})\)\.?$/.exec(tail.trim())?.[1] ?? tail;
    // "…, 14:00-15:30, online": held online, written in lower case as a place's name is not.
    // "…, the Guildhall, Bath": a place's name after its article.
    if (
      (/^[A-Z0-9]/.test(tail) || ARTICLE_AND_NAME.test(tail) || ONLINE_WORD.test(tail)) &&
      tail.length <= 150 &&
      !notPlace(tail)
    )
      candidate = tail;
  }
  // "Dates of future meetings (all 10.00-11.30am, 2 Marsham Street):" over the dates: a bracket
  // giving every date's time and then its place.
  if (!candidate) {
    const bracket = BRACKETED_TIME_PLACE.exec(masked)?.[1] ?? '';
    if (!notPlace(bracket)) candidate = bracket || null;
  }
  if (!candidate) return null;
  const cut = candidate.search(/\.(?:\s|$)|\u0001/);
  let place = (cut < 0 ? candidate : candidate.slice(0, cut)).trim();
  place = place
    .replace(/\s+(?:on|from|at|between|starting|commencing|beginning)$/i, '')
    .replace(/[,.:;\s–—-]+$/, '')
    .replace(/^the\s+/i, '')
    // A scanner's "Home Office , 2 Marsham St".
    .replace(/\s+([,;:])/g, '$1')
    // "Room 1 (dial-in details to follow)": an aside about joining is no part of the place.
    .replace(ASIDE, '');
  // "(all 10:30–12:00, Home Office)": the bracket the place closed, opened before the time.
  if (place.endsWith(')') && (place.match(/\(/g) ?? []).length < (place.match(/\)/g) ?? []).length)
    place = place.slice(0, -1).trim();
  const cleaned = clean(place);
  return cleaned === '' ? null : cleaned;
}

/**
 * "22 April 2025, Stockton Town Hall, 22 July 2025, Middlesbrough Town Hall": a list of meetings,
 * each date with a place of its own after it. The text of the chosen one's entry (what comes before
 * the list, then the entry up to the next date), so its place is its own; null when the text is no
 * such list (one date, or dates with only times between: "3 June (10:00-12:00); 2 September").
 */
function listedMeeting(
  text: string,
  dates: readonly FoundDate[],
  chosen: string,
  meetingDate: string | null,
): string | null {
  if (dates.length < 2) return null;
  const at = dates.findIndex((d) => isoDate(d, meetingDate) === chosen);
  const entry = dates[at];
  const next = dates[at + 1];
  // ("10 Medi 2015 …, Neuadd y Sir / 10 September 2015 …": the same day again, in the other language.)
  if (!entry || !next || isoDate(next, meetingDate) === chosen) return null;
  if (!/\p{L}{3}/u.test(text.slice(entry.end, next.index).replace(TIME_WORDS, ''))) return null;
  return `${text.slice(0, dates[0]?.index ?? 0)}${text.slice(entry.index, next.index)}`;
}

// The words a time range has, which are no place: "from 10:00 to 12:00", "2pm until 4pm".
const TIME_WORDS =
  /\b(?:from|to|until|till|and|between|noon|midday|am|pm|a\.m|p\.m|hrs|hours|GMT|BST|UTC)\b/gi;

/**
 * Reads date, time and place from text that names the next meeting. Without a date there is no
 * meeting to chase ("date to be confirmed"), so the result is null.
 */
export function readNextMeeting(
  written: string,
  meetingDate: string | null,
  zone: string,
): ParsedNextMeeting | null {
  // "2023-08-15T09:00:00Z": the day and the time the zone's clocks show, as minutes write them.
  const text = localTimestamps(written, zone).replace(WINDOWS_ZONE, '');
  const dates = findDates(text);
  // The next meeting comes after this one: a date on or before it (a running header's, the last
  // meeting's) is not it.
  let date: string | null = null;
  for (const d of dates) {
    // "originally scheduled for 1 May, will now take place on 5 June": the date it was moved from.
    if (MOVED_FROM.test(text.slice(Math.max(0, d.index - 40), d.index))) continue;
    const iso = isoDate(d, meetingDate);
    if (iso && (meetingDate === null || iso > meetingDate)) {
      date = iso;
      break;
    }
  }
  if (!date) return null;
  const listed = listedMeeting(text, dates, date, meetingDate);
  const masked = listed === null ? mask(text, dates) : mask(listed, findDates(listed));
  const times = findTimeRange(masked);
  const place = location(
    mask(masked, [...findTimes(masked).filter((t) => t.strong), ...(times?.spans ?? [])]),
  );
  if (!times) {
    // A date with no time: the start is the day itself (an ISO date without a time).
    return { start: date, end: null, location: place };
  }
  const start = isoInstant(date, times.start.hour, times.start.minute, zone);
  if (!start) return null;
  const end = times.end ? isoInstant(date, times.end.hour, times.end.minute, zone) : null;
  return { start, end, location: place };
}
