import type { Command } from 'commander';
import {
  addCommittee,
  committeeView,
  editCommittee,
  listCommittees,
  removeCommittee,
} from '../../app/committees.js';
import { withContext } from '../context.js';
import { table } from '../output.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];
const onOff = (value: string): boolean => {
  if (/^(on|yes|true)$/i.test(value)) return true;
  if (/^(off|no|false)$/i.test(value)) return false;
  throw new Error(`--rounds takes on or off, not "${value}"`);
};
const orNull = (v: string | undefined) => (v === undefined ? undefined : v === '' || v === 'none' ? null : v);

export function registerCommittees(program: Command): void {
  const committees = program
    .command('committees')
    .description('the bodies this deployment serves: the IDMG, its Strategy Board, …');
  committees.command('list', { isDefault: true }).action(
    withContext(async (ctx) => {
      const list = (await listCommittees(ctx.app)).map(committeeView);
      ctx.out.data(list, () =>
        table(
          ['ID', 'NAME', 'ALIASES', 'SLACK', 'TEAMS', 'ROUNDS'],
          list.map((c) => [
            c.id,
            c.name,
            c.aliases.join(', '),
            c.slackChannel,
            c.teamsChannel,
            c.rounds ? 'on' : 'off',
          ]),
        ),
      );
    }),
  );
  committees
    .command('add')
    .argument('<id>', 'a slug: strategy-board')
    .requiredOption('--name <name>', 'the full name, as minutes title it')
    .option('--alias <alias>', 'another title minutes use (repeat)', collect)
    .option('--slack-channel <id>', 'its Slack channel id')
    .option('--teams-channel <id>', 'its Teams channel conversation id')
    .option('--rounds <on|off>', 'quarterly rounds (off unless asked)', onOff)
    .action(
      withContext(
        async (
          ctx,
          id: string,
          o: {
            name: string;
            alias?: string[];
            slackChannel?: string;
            teamsChannel?: string;
            rounds?: boolean;
          },
        ) => {
          const c = await addCommittee(
            ctx.app,
            id,
            {
              name: o.name,
              aliases: o.alias,
              slackChannel: orNull(o.slackChannel),
              teamsChannel: orNull(o.teamsChannel),
              rounds: o.rounds,
            },
            ctx.actor,
          );
          ctx.out.data(committeeView(c), () => `Added committee ${c.id}: ${c.name}.`);
        },
      ),
    );
  committees
    .command('edit')
    .argument('<id>')
    .option('--name <name>')
    .option('--alias <alias>', 'replaces the aliases (repeat)', collect)
    .option('--slack-channel <id>', 'none clears it')
    .option('--teams-channel <id>', 'none clears it')
    .option('--rounds <on|off>', 'quarterly rounds', onOff)
    .action(
      withContext(
        async (
          ctx,
          id: string,
          o: {
            name?: string;
            alias?: string[];
            slackChannel?: string;
            teamsChannel?: string;
            rounds?: boolean;
          },
        ) => {
          const c = await editCommittee(
            ctx.app,
            id,
            {
              name: o.name,
              aliases: o.alias,
              slackChannel: orNull(o.slackChannel),
              teamsChannel: orNull(o.teamsChannel),
              rounds: o.rounds,
            },
            ctx.actor,
          );
          ctx.out.data(committeeView(c), () => `Committee ${c.id}: ${c.name}.`);
        },
      ),
    );
  committees
    .command('remove')
    .argument('<id>')
    .action(
      withContext(async (ctx, id: string) => {
        await removeCommittee(ctx.app, id, ctx.actor);
        ctx.out.data({ removed: id }, () => `Removed committee ${id}.`);
      }),
    );
}
