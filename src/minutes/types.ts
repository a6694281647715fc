/**
 * The parse shape of DESIGN.md ("idmg import FILE --dry-run --json").
 * `null` where the minutes do not say; lists in document order.
 */
export interface ParsedAttendee {
  organisation: string | null;
  name: string;
  /** CHAIR, VICE-CHAIR, SECRETARIAT, CLERK, OBSERVER or null */
  role: string | null;
  deputisingFor: string | null;
}

export interface ParsedApology {
  organisation: string | null;
  name: string;
}

export interface ParsedItem {
  number: string;
  title: string;
}

export interface ParsedAction {
  owners: string[];
  text: string;
  /** agenda item number the action sits under, e.g. "4" */
  item: string | null;
  /** ISO date (YYYY-MM-DD), only when the minutes give an explicit date */
  due: string | null;
}

export interface ParsedNextMeeting {
  /** ISO instant with offset in the configured zone, e.g. 2012-09-13T10:30:00+01:00 */
  start: string;
  end: string | null;
  location: string | null;
}

export interface ParsedMinutes {
  meeting: { title: string | null; date: string | null };
  attendees: ParsedAttendee[];
  apologies: ParsedApology[];
  items: ParsedItem[];
  actions: ParsedAction[];
  nextMeeting: ParsedNextMeeting | null;
}

export interface ParseOptions {
  /** IANA zone the minutes' times are in; default Europe/London */
  timezone?: string;
}

/** Minutes the parser refuses (binary, too large, not UTF-8): a message for a person. */
export class MinutesError extends Error {
  override name = 'MinutesError';
}

/** Largest minutes document accepted, in bytes (DESIGN.md: up to 5 MB). */
export const MAX_MINUTES_BYTES = 5 * 1024 * 1024;
