import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { meetingsCalendar } from '../../app/calendar.js';
import { loadHolidays } from '../../app/holidays.js';
import { addMeeting, cancelMeeting, listMeetings, moveMeeting } from '../../app/meetings.js';
import { runDue } from '../../app/reminders.js';
import { reminderPolicy } from '../../settings.js';
import { withContext } from '../context.js';
import { cliDelivery } from '../delivery.js';
import { table } from '../output.js';

const when = (m: { date: string; start: string | null; end: string | null }) =>
  m.start
    ? `${DateTime.fromISO(m.start, { setZone: true }).toFormat('ccc d LLL yyyy HH:mm')}${m.end ? `–${DateTime.fromISO(m.end, { setZone: true }).toFormat('HH:mm')}` : ''}`
    : DateTime.fromISO(m.date).toFormat('ccc d LLL yyyy');

interface MeetingOptions {
  date: string;
  start?: string;
  end?: string;
  location?: string;
  title?: string;
}

export function registerMeetings(program: Command): void {
  const meetings = program.command('meetings').description('the meeting calendar');
  meetings.command('list', { isDefault: true }).action(
    withContext(async (ctx) => {
      const list = await listMeetings(ctx.app, ctx.committee);
      ctx.out.data(list, () =>
        list.length
          ? table(
              ['DATE', 'WHEN', 'STATUS', 'LOCATION', 'TITLE'],
              list.map((m) => [m.date, when(m), m.status, m.location, m.title]),
            )
          : 'No meetings yet.',
      );
    }),
  );
  meetings
    .command('add')
    .requiredOption('--date <date>', 'YYYY-MM-DD')
    .option('--start <HH:mm>', 'local start time')
    .option('--end <HH:mm>', 'local end time')
    .option('--location <place>')
    .option('--title <title>')
    .action(
      withContext(async (ctx, o: MeetingOptions) => {
        const m = await addMeeting(
          ctx.app,
          {
            date: o.date,
            start: o.start ?? null,
            end: o.end ?? null,
            location: o.location,
            title: o.title,
            committee: ctx.committee,
          },
          ctx.actor,
        );
        ctx.out.data(m, () => `Added the meeting on ${when(m)}`);
      }),
    );
  meetings
    .command('move')
    .description('a new date or time; reminders re-plan')
    .argument('<meeting>', 'its current date (YYYY-MM-DD) or id')
    .requiredOption('--date <date>', 'new date YYYY-MM-DD')
    .option('--start <HH:mm>')
    .option('--end <HH:mm>')
    .option('--location <place>')
    .action(
      withContext(async (ctx, ref: string, o: MeetingOptions) => {
        const m = await moveMeeting(
          ctx.app,
          ref,
          {
            date: o.date,
            start: o.start ?? null,
            end: o.end ?? null,
            location: o.location,
            committee: ctx.committee,
          },
          ctx.actor,
        );
        ctx.out.data(m, () => `Moved to ${when(m)}`);
      }),
    );
  meetings
    .command('cancel')
    .argument('<meeting>', 'its date (YYYY-MM-DD) or id')
    .action(
      withContext(async (ctx, ref: string) => {
        const m = await cancelMeeting(ctx.app, ref, ctx.actor, ctx.committee);
        ctx.out.data(m, () => `Cancelled the meeting on ${m.date}; its reminders will not be sent.`);
      }),
    );

  program
    .command('calendar')
    .description('upcoming meetings as an .ics calendar')
    .action(
      withContext(async (ctx) => {
        process.stdout.write(await meetingsCalendar(ctx.app, ctx.config.marking));
      }),
    );

  program
    .command('reminders')
    .description('send (or with --dry-run list) the reminders due at --now, as the scheduler does')
    .option('--dry-run', 'list what is due; send nothing')
    .action(
      withContext(async (ctx, o: { dryRun?: boolean }) => {
        const delivery = await cliDelivery(ctx.config, ctx.app);
        const result = await runDue(
          ctx.app,
          delivery,
          ctx.app.clock.now(),
          reminderPolicy(ctx.config),
          await loadHolidays(ctx.app.store),
          {
            dryRun: Boolean(o.dryRun),
          },
        );
        const rows = result.recorded.map((m) => ({
          key: m.dedupeKey,
          committee: m.committee,
          kind: m.kind,
          step: m.step,
          platform: m.platform,
          to: m.to,
          actions: m.actionIds.map((id) => `A${id}`),
        }));
        ctx.out.data(
          {
            dryRun: Boolean(o.dryRun),
            due: rows,
            alreadyRecorded: result.alreadyRecorded,
            unreachable: result.unreachable,
            ...result.flushed,
          },
          () =>
            [
              rows.length
                ? table(
                    ['KIND', 'STEP', 'TO', 'ACTIONS'],
                    rows.map((r) => [r.kind, String(r.step), r.to, r.actions.join(' ')]),
                  )
                : 'Nothing due.',
              result.alreadyRecorded ? `${result.alreadyRecorded} already recorded by an earlier run.` : '',
              result.unreachable.length ? `Nobody reachable for: ${result.unreachable.join(', ')}` : '',
              o.dryRun
                ? '(dry run: nothing sent)'
                : `Sent ${result.flushed.sent}, retrying ${result.flushed.retrying}, failed ${result.flushed.failed}.`,
            ]
              .filter(Boolean)
              .join('\n'),
        );
      }),
    );
}
