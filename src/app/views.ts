import type { Action } from '../domain/action.js';
import { formatActionRef } from '../domain/action.js';
import { offsetAt } from '../domain/zone-offset.js';
import type { ActionRecord, Meeting } from '../store/types.js';

/**
 * A stored UTC instant shown in the committee's zone with its offset: 2012-08-30T10:12:00+01:00.
 * Done by hand over a cached offset: an action log of thousands of updates is formatted per request.
 */
export function localInstant(utc: string, zone: string): string {
  const ms = Date.parse(utc);
  if (Number.isNaN(ms)) return utc;
  const offset = offsetAt(ms, zone);
  const local = new Date(ms + offset * 60_000).toISOString();
  const abs = Math.abs(offset);
  const sign = offset < 0 ? '-' : '+';
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  const ms3 = local.slice(19, 23);
  return `${local.slice(0, 19)}${ms3 === '.000' ? '' : ms3}${sign}${hh}:${mm}`;
}

/** The action as DESIGN.md's `idmg actions --json` gives it, history oldest first. */
export function actionView(a: ActionRecord, zone: string): Action {
  return {
    id: formatActionRef(a.id),
    committee: a.committeeId,
    text: a.text,
    owners: a.owners.map((o) => o.name),
    item: a.item,
    meeting: a.meetingDate,
    status: a.status,
    due: a.dueDate,
    updates: a.updates.map((u) => ({
      at: localInstant(u.atUtc, zone),
      by: u.by,
      status: u.status,
      note: u.note,
      source: u.source,
    })),
  };
}

export interface MeetingView {
  committee: string;
  title: string;
  date: string;
  start: string | null;
  end: string | null;
  location: string | null;
  status: string;
}

export function meetingView(m: Meeting): MeetingView {
  return {
    committee: m.committeeId,
    title: m.title,
    date: m.date,
    start: m.startUtc ? localInstant(m.startUtc, m.zone) : null,
    end: m.endUtc ? localInstant(m.endUtc, m.zone) : null,
    location: m.location,
    status: m.status,
  };
}
