/**
 * An Outlook invitation pasted under the minutes: "When: Tuesday, 15 February 2022 14:00-15:30
 * (UTC+00:00) Dublin, Edinburgh, Lisbon, London." over "Where: Microsoft Teams Meeting". The
 * meeting it invites to is the next one (the reader keeps a date after the meeting's own only), so
 * its lines are written as the "Next meeting:" line a secretariat would have typed; the zone's
 * cities are no place. A meeting request with the last meeting's minutes in its body has them
 * among its headers ("Subject:" over "When:" over "Where:"): when the minutes' opening lines date
 * their meeting before it, that line goes after the minutes, where a secretariat would have put
 * it; otherwise the request is the recorded meeting's own and its date the meeting's. Pure: lines
 * in, lines out.
 */

import { findDates, isoDate } from './dates.js';
import { FORWARD_MARKER, HEADER } from './email.js';

// Outlook writes the zone after the time, in brackets, with the cities that share it.
const WHEN = /^\s*When:\s+(.{6,80}?)\s*\(UTC(?:[+-]\d{1,2}:\d{2})?\)/;
const WHERE = /^\s*Where:\s*(\S.{0,120}?)\s*$/;

/**
 * The minutes under a request's headers date their meeting before the one it invites to: the first
 * date in their opening lines (a covering note, the title, "Minutes of the meeting of 11 March").
 */
function datedBefore(lines: readonly string[], from: number, when: string): boolean {
  const found = findDates(when)[0];
  const invited = found?.year == null ? null : isoDate(found, null);
  if (invited === null) return false;
  let k = from;
  while (k < lines.length && HEADER.test((lines[k] ?? '').trim())) k += 1;
  for (let seen = 0; k < lines.length && seen < 12; k += 1) {
    const line = lines[k] ?? '';
    if (line.trim() === '' || line.length > 300) continue;
    seen += 1;
    const first = findDates(line)[0];
    if (first) return first.year !== null && (isoDate(first, null) ?? invited) < invited;
  }
  return false;
}

export function appointmentAsNextMeeting(lines: readonly string[]): string[] {
  let out: string[] | null = null;
  // The next meeting's line from a request's headers, written after the minutes.
  let last: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const when = line.length <= 300 && line.includes('(UTC') ? WHEN.exec(line) : null;
    if (!when) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    const inHeaders = HEADER.test((lines[i - 1] ?? '').trim()) && datedBefore(lines, i + 1, when[1] ?? '');
    // The invitation forwarded under the minutes ("-----Original Appointment-----" over "From:", "Sent:",
    // "To:", "Subject:"): its headers are the invitation's, no part of what stands above them (pasted
    // with no blank line, they would run on from the last action).
    let top = out.length;
    while (top > 0 && HEADER.test((out[top - 1] ?? '').trim())) top -= 1;
    if (top > 0 && FORWARD_MARKER.test((out[top - 1] ?? '').trim())) {
      out.length = top - 1;
      out.push('');
    }
    // "Where:" on the next line or the one after: a blank between, as Outlook lays them out, or the
    // zone's cities wrapped onto a line of their own ("Edinburgh, Lisbon, London."), no place.
    const at = [i + 1, i + 2].find((k) => WHERE.test(lines[k] ?? ''));
    const where = at === undefined ? null : (WHERE.exec(lines[at] ?? '')?.[1] ?? null);
    const next = `Next meeting: ${when[1] ?? ''}${where ? `, ${where}` : ''}`;
    if (inHeaders && last === null) {
      last = next;
      // The "Where:" line is in the sentence now; nothing stands between the headers.
      if (at !== undefined) i = at;
      continue;
    }
    out.push(next);
    if (at !== undefined) {
      // A blank line between stays; the "Where:" line is in the sentence now.
      for (let k = i + 1; k < at; k += 1) if ((lines[k] ?? '').trim() === '') out.push('');
      i = at;
    }
  }
  if (out !== null && last !== null) out.push('', last);
  return out ?? [...lines];
}
