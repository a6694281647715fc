import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { backupDatabase } from '../../app/backup.js';
import { actionLogCsv, exportLog } from '../../app/export-log.js';
import { withContext } from '../context.js';

export function registerRecords(program: Command): void {
  program
    .command('export')
    .description('the action log with every update, for records')
    .addOption(new Option('--format <format>').choices(['csv', 'json']).default('csv'))
    .option('-o, --output <file>', 'write to a file instead of standard output')
    .action(
      withContext(async (ctx, opts: { format: 'csv' | 'json'; output?: string }) => {
        const actions = await exportLog(ctx.app, ctx.committee ? [ctx.committee] : null);
        const text =
          opts.format === 'json' || ctx.out.json
            ? `${JSON.stringify(actions, null, 2)}\n`
            : await actionLogCsv(actions);
        if (opts.output) await writeFile(opts.output, text);
        else process.stdout.write(text);
      }),
    );
  program
    .command('copy')
    .description('copy the whole record into an empty PostgreSQL database, ids and history intact')
    .requiredOption('--to <url>', 'the PostgreSQL database: postgres://user@host/name')
    .action(
      withContext(async (ctx, opts: { to: string }) => {
        // Loaded only by this command: the CLI's other commands never load the pg driver.
        const { copyToPostgres } = await import('../../app/copy.js');
        const result = await copyToPostgres(ctx.app, opts.to);
        const c = result.copied;
        ctx.out.data(result, () =>
          [
            `Copied into ${result.to}:`,
            `  ${c.committees} committees, ${c.organisations} organisations, ${c.people} people (${c.committee_members} memberships)`,
            `  ${c.meetings} meetings, ${c.actions} actions with ${c.status_updates} status updates, ${c.rounds} rounds with ${c.submissions} submissions`,
            `  ${c.outbox} messages sent or queued, ${c.audit_log} audit entries`,
            `New actions there start at A${result.nextActionId}. Point the bot at it with DATABASE_URL.`,
          ].join('\n'),
        );
      }),
    );
  program
    .command('backup')
    .description('an online copy of the database, safe while the bot runs')
    .argument('<file>')
    .action(
      withContext(async (ctx, file: string) => {
        await backupDatabase(ctx.app, file);
        ctx.out.data({ backup: file }, () => `Backed up to ${file}`);
      }),
    );
}
