import { Command, CommanderError } from 'commander';
import { AppError } from '../app/errors.js';
import { ConfigError } from '../config.js';
import { MinutesError } from '../minutes/types.js';
import { StoreError } from '../store/types.js';
import { registerActions } from './commands/actions.js';
import { registerCommittees } from './commands/committees.js';
import { registerImport } from './commands/import.js';
import { registerMeetings } from './commands/meetings.js';
import { registerMembers } from './commands/members.js';
import { registerNext } from './commands/next.js';
import { registerOrgs } from './commands/orgs.js';
import { registerRecords } from './commands/records.js';
import { registerRounds } from './commands/rounds.js';
import { UsageError } from './context.js';

export function buildProgram(): Command {
  const program = new Command('idmg')
    .description(
      'idmg-bot: the IDMG on Human Trafficking’s actions, meetings and members, from the command line',
    )
    .option('--db <path>', 'SQLite database (default DATABASE_PATH, ./data/idmg.sqlite)')
    .option('--json', 'machine-readable output')
    .option('--now <iso>', 'set the clock; a time without an offset is in IDMG_TIMEZONE')
    .option('--committee <id>', 'the committee (id or alias); lists without it show every committee')
    .showHelpAfterError('(run idmg --help for usage)')
    .exitOverride();
  registerCommittees(program);
  registerImport(program);
  registerActions(program);
  registerNext(program);
  registerMeetings(program);
  registerOrgs(program);
  registerMembers(program);
  registerRecords(program);
  registerRounds(program);
  return program;
}

/** Exit codes: 0 ok, 1 a failure (one line), 2 bad arguments (with usage). */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? 0
        : 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`idmg: ${error.message}\n(run idmg --help for usage)\n`);
      return 2;
    }
    if (
      error instanceof AppError ||
      error instanceof StoreError ||
      error instanceof MinutesError ||
      error instanceof ConfigError
    ) {
      process.stderr.write(`idmg: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`idmg: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
