import type { Command } from 'commander';
import { nextMeeting } from '../../app/meetings.js';
import { meetingWhen } from '../../chat/format.js';
import { withContext } from '../context.js';

export function registerNext(program: Command): void {
  program
    .command('next')
    .description('the next meeting: the earliest scheduled meeting starting at or after now')
    .action(
      withContext(async (ctx) => {
        const meeting = await nextMeeting(ctx.app, ctx.committee);
        ctx.out.data(
          meeting && {
            committee: meeting.committee,
            title: meeting.title,
            start: meeting.start,
            end: meeting.end,
            location: meeting.location,
            date: meeting.date,
          },
          () => {
            if (!meeting) return 'No meeting is scheduled. Import minutes that name the next meeting.';
            return `${meeting.title}\n${meetingWhen(meeting)}${meeting.location ? `\n${meeting.location}` : ''}`;
          },
        );
      }),
    );
}
