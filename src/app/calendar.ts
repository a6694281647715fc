import type { DateArray, EventAttributes } from 'ics';
import { DateTime } from 'luxon';
import { type AppContext, committeeToday } from './context.js';
import { AppError } from './errors.js';

const utcArray = (iso: string): DateArray => {
  const d = DateTime.fromISO(iso, { zone: 'utc' });
  return [d.year, d.month, d.day, d.hour, d.minute];
};

/** Upcoming meetings as an iCalendar feed (RFC 5545, through the ics library), for members to subscribe. */
export async function meetingsCalendar(ctx: AppContext, marking: string): Promise<string> {
  const today = committeeToday(ctx);
  const meetings = (await ctx.store.meetings.list()).filter(
    (m) => m.status === 'scheduled' && m.date >= today,
  );
  const events: EventAttributes[] = meetings.map((m) => {
    const common = {
      uid: `idmg-meeting-${m.id}@idmg-bot`,
      title: m.title,
      description: `${marking}. Open actions: ask the IDMG bot "actions".`,
      ...(m.location ? { location: m.location } : {}),
      status: 'CONFIRMED' as const,
      productId: 'idmg-bot',
      calName: 'IDMG on Human Trafficking',
    };
    if (!m.startUtc) {
      const d = DateTime.fromISO(m.date);
      return {
        ...common,
        start: [d.year, d.month, d.day],
        end: [d.plus({ days: 1 }).year, d.plus({ days: 1 }).month, d.plus({ days: 1 }).day],
      } as EventAttributes;
    }
    const end =
      m.endUtc ?? (DateTime.fromISO(m.startUtc, { zone: 'utc' }).plus({ hours: 1 }).toISO() as string);
    return {
      ...common,
      start: utcArray(m.startUtc),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcArray(end),
      endInputType: 'utc',
      endOutputType: 'utc',
    } as EventAttributes;
  });
  if (events.length === 0) {
    // ics refuses an empty list; an empty calendar is still a valid feed.
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:idmg-bot',
      'X-WR-CALNAME:IDMG on Human Trafficking',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  // Loaded here: most commands never write a calendar.
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(events);
  if (error || !value)
    throw new AppError(`Could not build the calendar: ${error?.message ?? 'unknown error'}`, 'invalid');
  return value;
}
