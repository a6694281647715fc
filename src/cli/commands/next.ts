import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { nextMeeting } from '../../app/meetings.js';
import { withContext } from '../context.js';

export function registerNext(program: Command): void {
  program
    .command('next')
    .description('the next meeting: the earliest scheduled meeting starting at or after now')
    .action(
      withContext(async (ctx) => {
        const meeting = await nextMeeting(ctx.app);
        ctx.out.data(
          meeting && {
            title: meeting.title,
            start: meeting.start,
            end: meeting.end,
            location: meeting.location,
            date: meeting.date,
          },
          () => {
            if (!meeting) return 'No meeting is scheduled. Import minutes that name the next meeting.';
            const start = meeting.start ? DateTime.fromISO(meeting.start, { setZone: true }) : null;
            const end = meeting.end ? DateTime.fromISO(meeting.end, { setZone: true }) : null;
            const when = start
              ? `${start.toFormat('cccc d LLLL yyyy, HH:mm')}${end ? `–${end.toFormat('HH:mm')}` : ''}`
              : `${DateTime.fromISO(meeting.date).toFormat('cccc d LLLL yyyy')}, time to be confirmed`;
            return `${meeting.title}\n${when}${meeting.location ? `\n${meeting.location}` : ''}`;
          },
        );
      }),
    );
}
