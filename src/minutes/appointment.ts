/**
 * An Outlook invitation pasted under the minutes: "When: Tuesday, 15 February 2022 14:00-15:30
 * (UTC+00:00) Dublin, Edinburgh, Lisbon, London." over "Where: Microsoft Teams Meeting". The
 * meeting it invites to is the next one (the reader keeps a date after the meeting's own only), so
 * its lines are written as the "Next meeting:" line a secretariat would have typed; the zone's
 * cities are no place. Pure: lines in, lines out.
 */

import { FORWARD_MARKER, HEADER } from './email.js';

// Outlook writes the zone after the time, in brackets, with the cities that share it.
const WHEN = /^\s*When:\s+(.{6,80}?)\s*\(UTC(?:[+-]\d{1,2}:\d{2})?\)/;
const WHERE = /^\s*Where:\s*(\S.{0,120}?)\s*$/;

export function appointmentAsNextMeeting(lines: readonly string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const when = line.length <= 300 && line.includes('(UTC') ? WHEN.exec(line) : null;
    if (!when) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
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
    out.push(`Next meeting: ${when[1] ?? ''}${where ? `, ${where}` : ''}`);
    if (at !== undefined) {
      // A blank line between stays; the "Where:" line is in the sentence now.
      for (let k = i + 1; k < at; k += 1) if ((lines[k] ?? '').trim() === '') out.push('');
      i = at;
    }
  }
  return out ?? [...lines];
}
