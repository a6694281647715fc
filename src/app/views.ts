import { DateTime } from 'luxon';
import type { Action } from '../domain/action.js';
import { formatActionRef } from '../domain/action.js';
import type { ActionRecord, Meeting } from '../store/types.js';

/** A stored UTC instant shown in the committee's zone with its offset: 2012-08-30T10:12:00+01:00. */
export function localInstant(utc: string, zone: string): string {
  return DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone).toISO({ suppressMilliseconds: true }) ?? utc;
}

/** The action as DESIGN.md's `idmg actions --json` gives it, history oldest first. */
export function actionView(a: ActionRecord, zone: string): Action {
  return {
    id: formatActionRef(a.id),
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
  title: string;
  date: string;
  start: string | null;
  end: string | null;
  location: string | null;
  status: string;
}

export function meetingView(m: Meeting): MeetingView {
  return {
    title: m.title,
    date: m.date,
    start: m.startUtc ? localInstant(m.startUtc, m.zone) : null,
    end: m.endUtc ? localInstant(m.endUtc, m.zone) : null,
    location: m.location,
    status: m.status,
  };
}
