import { type Command, Option } from 'commander';
import { addAction, listActions } from '../../app/actions.js';
import { committeeToday } from '../../app/context.js';
import { loadHolidays } from '../../app/holidays.js';
import { closeRound, openRound, type RoundStatus, renderReport, roundStatus } from '../../app/rounds.js';
import { roundSettings } from '../../settings.js';
import { withContext } from '../context.js';
import { cliDelivery } from '../delivery.js';
import { actionsTable } from './actions.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

const describe = (s: RoundStatus) =>
  [
    `Round ${s.period}: ${s.status}, deadline ${s.deadline}`,
    `Submitted: ${s.submitted.join(', ') || 'nobody yet'}`,
    `Missing: ${s.missing.join(', ') || 'nobody'}`,
    s.unassigned ? `Held for the secretariat to assign: ${s.unassigned}` : '',
  ]
    .filter(Boolean)
    .join('\n');

export function registerRounds(program: Command): void {
  const round = program
    .command('round')
    .description(
      'the Strategy Board quarterly round (PERIOD: 2012-Q3, or FY2012-Q1 with IDMG_QUARTERS=financial)',
    );
  round
    .command('open')
    .argument('[period]', 'default: the current quarter')
    .option(
      '--expect <org>',
      'a department the round expects (repeat); default: every organisation with a mapped person',
      collect,
    )
    .action(
      withContext(async (ctx, period: string | undefined, o: { expect?: string[] }) => {
        const status = await openRound(
          ctx.app,
          await cliDelivery(ctx.config, ctx.app),
          roundSettings(ctx.config),
          await loadHolidays(ctx.app.store),
          {
            period: period ?? null,
            ...(o.expect ? { expect: o.expect } : {}),
            actor: ctx.actor,
            committee: ctx.committee ?? null,
          },
        );
        ctx.out.data(status, () => describe(status));
      }),
    );
  round
    .command('status')
    .argument('[period]')
    .action(
      withContext(async (ctx, period: string | undefined) => {
        const status = await roundStatus(ctx.app, roundSettings(ctx.config), period ?? null, ctx.committee);
        ctx.out.data(status, () => describe(status));
      }),
    );
  round
    .command('close')
    .argument('[period]')
    .option('--compilation <n>', 'number a re-compilation after late replies, so it is sent again', (v) =>
      Number.parseInt(v, 10),
    )
    .action(
      withContext(async (ctx, period: string | undefined, o: { compilation?: number }) => {
        const status = await closeRound(
          ctx.app,
          await cliDelivery(ctx.config, ctx.app),
          roundSettings(ctx.config),
          {
            period: period ?? null,
            actor: ctx.actor,
            committee: ctx.committee ?? null,
            ...(o.compilation ? { compilation: o.compilation } : {}),
          },
        );
        ctx.out.data(status, () => describe(status));
      }),
    );
  round
    .command('report')
    .argument('<period>')
    .addOption(new Option('--format <format>').choices(['md', 'html']).default('md'))
    .action(
      withContext(async (ctx, period: string, o: { format: 'md' | 'html' }) => {
        process.stdout.write(
          await renderReport(ctx.app, roundSettings(ctx.config), period, o.format, ctx.committee),
        );
      }),
    );

  const deadlines = program
    .command('deadlines')
    .description('dated commitments (the annual report…), reminded like actions');
  deadlines
    .command('add')
    .requiredOption('--date <date>', 'YYYY-MM-DD')
    .requiredOption('--text <text>', 'what is due, e.g. "Annual report for Anti-Slavery Day"')
    .requiredOption('--owner <org>', 'who delivers it (repeat)', collect)
    .option('--meeting <date>', 'the meeting that agreed it')
    .action(
      withContext(async (ctx, o: { date: string; text: string; owner: string[]; meeting?: string }) => {
        const added = await addAction(
          ctx.app,
          { owners: o.owner, text: o.text, due: o.date, meeting: o.meeting, committee: ctx.committee },
          ctx.actor,
        );
        ctx.out.data(
          added,
          () => `Recorded ${added.id}: ${added.text}, due ${added.due}; reminded like any action.`,
        );
      }),
    );
  deadlines.command('list', { isDefault: true }).action(
    withContext(async (ctx) => {
      const dated = (
        await listActions(ctx.app, { status: 'all', committees: ctx.committee ? [ctx.committee] : null })
      ).filter((a) => a.due !== null && a.status !== 'cancelled');
      ctx.out.data(dated, () =>
        dated.length ? actionsTable(dated, committeeToday(ctx.app)) : 'No dated commitments.',
      );
    }),
  );
}
