import { type Command, Option } from 'commander';
import { actionPages, addAction, cancelAction, editAction, recordUpdate } from '../../app/actions.js';
import { committeeToday } from '../../app/context.js';
import { type Action, isOverdue, STATUS_LABELS } from '../../domain/action.js';
import { withContext } from '../context.js';
import { table } from '../output.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The text table; `today` (the committee's date) marks due dates that have passed. */
export function actionsTable(actions: Action[], today: string): string {
  if (actions.length === 0) return 'No actions.';
  return table(
    ['ID', 'STATUS', 'OWNERS', 'MEETING', 'ITEM', 'DUE', 'ACTION', 'LATEST UPDATE'],
    actions.map((a) => {
      const last = a.updates.at(-1);
      return [
        a.id,
        STATUS_LABELS[a.status],
        a.owners.join(', '),
        a.meeting,
        a.item,
        a.due ? (isOverdue(a, today) ? `${a.due} overdue` : a.due) : 'next meeting',
        a.text,
        last
          ? `${last.at.slice(0, 16).replace('T', ' ')} ${last.by}: ${last.note ?? STATUS_LABELS[last.status]}`
          : '',
      ];
    }),
  );
}

export function registerActions(program: Command): void {
  program
    .command('actions')
    .description('list actions with their history')
    .option('--owner <org>', 'only this organisation (name or alias)')
    .addOption(
      new Option('--status <status>', 'open = not done (open, in progress, blocked)')
        .choices(['open', 'done', 'all'])
        .default('open'),
    )
    .option('--meeting <date>', 'only actions from the minutes of this meeting (YYYY-MM-DD)')
    .action(
      withContext(
        async (ctx, opts: { owner?: string; status: 'open' | 'done' | 'all'; meeting?: string }) => {
          const pages = actionPages(ctx.app, {
            committees: ctx.committee ? [ctx.committee] : null,
            owner: opts.owner,
            status: opts.status,
            meetingDate: opts.meeting,
          });
          await ctx.out.list(pages, (actions) => actionsTable(actions, committeeToday(ctx.app)));
        },
      ),
    );

  const action = program.command('action').description('fix by hand what the parser missed or got wrong');
  action
    .command('add')
    .description('add an action')
    .requiredOption('--owner <org>', 'owner organisation (repeat for several)', collect)
    .requiredOption('--text <text>', 'what is to be done')
    .option('--due <date>', 'due date YYYY-MM-DD (default: by the next meeting)')
    .option('--meeting <date>', 'the meeting the action came from (YYYY-MM-DD)')
    .option('--item <number>', 'agenda item')
    .action(
      withContext(
        async (
          ctx,
          opts: { owner: string[]; text: string; due?: string; meeting?: string; item?: string },
        ) => {
          const added = await addAction(
            ctx.app,
            {
              owners: opts.owner,
              text: opts.text,
              due: opts.due,
              meeting: opts.meeting,
              item: opts.item,
              committee: ctx.committee,
            },
            ctx.actor,
          );
          ctx.out.data(added, () => `Added ${added.id}: ${added.text}`);
        },
      ),
    );
  action
    .command('edit')
    .description('correct an action: text, owners (reassign), due date, item or meeting')
    .argument('<id>', 'action id, e.g. A3')
    .option('--owner <org>', 'new owner organisation (repeat for several; replaces the owners)', collect)
    .option('--text <text>', 'new text')
    .option('--due <date>', 'new due date YYYY-MM-DD, or "none" for the next meeting')
    .option('--meeting <date>', 'the meeting the action came from (YYYY-MM-DD)')
    .option('--item <number>', 'agenda item, or "none"')
    .action(
      withContext(
        async (
          ctx,
          id: string,
          opts: { owner?: string[]; text?: string; due?: string; meeting?: string; item?: string },
        ) => {
          const none = (v: string | undefined) =>
            v === undefined ? undefined : v.toLowerCase() === 'none' ? null : v;
          const edited = await editAction(
            ctx.app,
            id,
            {
              owners: opts.owner,
              text: opts.text,
              due: none(opts.due),
              meeting: opts.meeting,
              item: none(opts.item),
            },
            ctx.actor,
          );
          ctx.out.data(edited, () => `Updated ${edited.id}: ${edited.text} (${edited.owners.join(', ')})`);
        },
      ),
    );
  action
    .command('cancel')
    .description('withdraw an action (it keeps its history)')
    .argument('<id>', 'action id, e.g. A3')
    .option('--reason <text>', 'why')
    .action(
      withContext(async (ctx, id: string, opts: { reason?: string }) => {
        const cancelled = await cancelAction(ctx.app, id, opts.reason ?? null, ctx.actor);
        ctx.out.data(cancelled, () => `Cancelled ${cancelled.id}.`);
      }),
    );

  program
    .command('update')
    .description('record a status update on an action')
    .argument('<id>', 'action id, e.g. A3')
    .argument('<status>', 'open, in_progress, blocked or done (or completed, ongoing, delayed…)')
    .argument('[note...]', 'what happened')
    .option('--by <name>', 'who reports it (default "cli")')
    .action(
      withContext(async (ctx, id: string, status: string, note: string[]) => {
        const result = await recordUpdate(ctx.app, {
          actionRef: id,
          status,
          note: note.join(' ') || null,
          actor: ctx.actor,
          source: 'cli',
        });
        ctx.out.data(result.action, () =>
          result.statusChanged
            ? `${result.action.id}: ${STATUS_LABELS[result.previousStatus]} → ${STATUS_LABELS[result.action.status]}`
            : `${result.action.id}: still ${STATUS_LABELS[result.action.status]}; update recorded`,
        );
      }),
    );
}
