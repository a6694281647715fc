import { DateTime } from 'luxon';
import type { MeetingView } from '../app/views.js';

/** Words both platforms show, before each adds its own markup. */
export const NO_MEETING =
  'No meeting is scheduled. The secretariat can import minutes that name the next meeting.';

/** "Thursday 13 September 2012, 10:30–12:00 (UK time)", or the day alone when no time is known. */
export function meetingWhen(m: MeetingView): string {
  const start = m.start ? DateTime.fromISO(m.start, { setZone: true }) : null;
  const end = m.end ? DateTime.fromISO(m.end, { setZone: true }) : null;
  return start
    ? `${start.toFormat('cccc d LLLL yyyy, HH:mm')}${end ? `–${end.toFormat('HH:mm')}` : ''} (UK time)`
    : DateTime.fromISO(m.date).toFormat('cccc d LLLL yyyy');
}

/** "today", "tomorrow", "in 14 days"; null when unknown. */
export function daysToGoText(daysToGo: number | null): string | null {
  if (daysToGo === null) return null;
  return daysToGo === 0 ? 'today' : daysToGo === 1 ? 'tomorrow' : `in ${daysToGo} days`;
}
