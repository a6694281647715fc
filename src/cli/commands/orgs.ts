import type { Command } from 'commander';
import {
  addAlias,
  addOrganisation,
  listOrganisations,
  mergeOrganisations,
  renameOrganisation,
  setOrganisationChannels,
} from '../../app/organisations.js';
import { withContext } from '../context.js';
import { table } from '../output.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function registerOrgs(program: Command): void {
  const orgs = program.command('orgs').description('organisations (minutes create them too)');
  orgs
    .command('list', { isDefault: true })
    .description('list organisations and their aliases')
    .action(
      withContext(async (ctx) => {
        const list = await listOrganisations(ctx.app);
        ctx.out.data(list, () =>
          list.length
            ? table(
                ['NAME', 'ALIASES'],
                list.map((o) => [o.name, o.aliases.join(', ')]),
              )
            : 'No organisations yet.',
        );
      }),
    );
  orgs
    .command('add')
    .argument('<name>')
    .option('--alias <alias>', 'another name people use (repeat)', collect)
    .action(
      withContext(async (ctx, name: string, opts: { alias?: string[] }) => {
        const org = await addOrganisation(ctx.app, name, opts.alias ?? [], ctx.actor);
        ctx.out.data(
          org,
          () => `Added ${org.name}${org.aliases.length ? ` (also ${org.aliases.join(', ')})` : ''}`,
        );
      }),
    );
  orgs
    .command('alias')
    .description('add another name for an organisation')
    .argument('<org>')
    .argument('<alias>')
    .action(
      withContext(async (ctx, name: string, alias: string) => {
        const org = await addAlias(ctx.app, name, alias, ctx.actor);
        ctx.out.data(org, () => `${org.name} is also ${org.aliases.join(', ')}`);
      }),
    );
  orgs
    .command('channel')
    .description("set the organisation's own channel, where its reminders also go ('none' clears)")
    .argument('<org>')
    .option('--slack <channel-id>', 'Slack channel id (C…)')
    .option('--teams <conversation-id>', 'Teams channel conversation id (19:…)')
    .action(
      withContext(async (ctx, name: string, o: { slack?: string; teams?: string }) => {
        const clear = (v: string | undefined) =>
          v === undefined ? undefined : v.toLowerCase() === 'none' ? null : v;
        const org = await setOrganisationChannels(
          ctx.app,
          name,
          { slack: clear(o.slack), teams: clear(o.teams) },
          ctx.actor,
        );
        ctx.out.data(
          org,
          () => `${org.name}: Slack ${org.slackChannel ?? 'none'}, Teams ${org.teamsChannel ?? 'none'}`,
        );
      }),
    );
  orgs
    .command('rename')
    .description('rename an organisation; the old name stays as an alias')
    .argument('<org>')
    .argument('<new-name>')
    .action(
      withContext(async (ctx, name: string, newName: string) => {
        const org = await renameOrganisation(ctx.app, name, newName, ctx.actor);
        ctx.out.data(org, () => `Renamed to ${org.name}`);
      }),
    );
  orgs
    .command('merge')
    .description('merge one organisation into another (actions, people and names move over)')
    .argument('<from>')
    .argument('<into>')
    .action(
      withContext(async (ctx, from: string, into: string) => {
        const org = await mergeOrganisations(ctx.app, from, into, ctx.actor);
        ctx.out.data(org, () => `Merged ${from} into ${org.name}`);
      }),
    );
}
