import type { AppContext } from './context.js';
import { type MeetingView, meetingView } from './views.js';

/** DESIGN.md: the earliest scheduled meeting starting at or after now. */
export async function nextMeeting(ctx: AppContext): Promise<MeetingView | null> {
  const now = ctx.clock.now().setZone(ctx.timezone);
  const meeting = await ctx.store.meetings.next(now.toUTC().toISO() as string, now.toISODate() as string);
  return meeting ? meetingView(meeting) : null;
}

export async function listMeetings(ctx: AppContext): Promise<MeetingView[]> {
  return (await ctx.store.meetings.list()).map(meetingView);
}
