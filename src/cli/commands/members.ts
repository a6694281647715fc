import { type Command, Option } from 'commander';
import { addMember, listMembers, removeMember } from '../../app/members.js';
import { ROLES, type Role } from '../../domain/roles.js';
import { withContext } from '../context.js';
import { table } from '../output.js';

export function registerMembers(program: Command): void {
  const members = program.command('members').description('people and their chat identities');
  members
    .command('add')
    .requiredOption('--org <org>', 'their organisation')
    .option('--slack <user-id>', 'Slack user id (U…)')
    .option('--teams <aad-object-id>', 'Teams (Entra ID) object id')
    .option('--name <name>', 'their name')
    .addOption(new Option('--role <role>').choices([...ROLES]).default('member'))
    .action(
      withContext(
        async (ctx, opts: { org: string; slack?: string; teams?: string; name?: string; role: Role }) => {
          const person = await addMember(
            ctx.app,
            {
              organisation: opts.org,
              slackUserId: opts.slack,
              teamsAadId: opts.teams,
              name: opts.name,
              role: opts.role,
              committee: ctx.committee,
            },
            ctx.actor,
          );
          ctx.out.data(
            person,
            () =>
              `Member ${person.id}: ${person.name ?? person.slackUserId ?? person.teamsAadId} (${person.organisation}, ${person.memberships.map((m) => `${m.role} of ${m.committeeId}`).join('; ')})`,
          );
        },
      ),
    );
  members.command('list', { isDefault: true }).action(
    withContext(async (ctx) => {
      const list = await listMembers(ctx.app, ctx.committee);
      ctx.out.data(list, () =>
        list.length
          ? table(
              ['ID', 'NAME', 'ORGANISATION', 'ROLE', 'SLACK', 'TEAMS'],
              list.map((p) => [String(p.id), p.name, p.organisation, p.role, p.slackUserId, p.teamsAadId]),
            )
          : 'No members yet. Add the first secretariat member: idmg members add --org "Home Office" --slack U… --role secretariat',
      );
    }),
  );
  members
    .command('remove')
    .argument('<who>', 'member id, Slack user id or Teams object id')
    .action(
      withContext(async (ctx, who: string) => {
        const person = await removeMember(ctx.app, who, ctx.actor, ctx.committee);
        ctx.out.data(person, () => `Removed member ${person.id}`);
      }),
    );
}
