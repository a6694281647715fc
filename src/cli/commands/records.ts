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
