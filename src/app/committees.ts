import { utcNow } from '../clock.js';
import { type Committee, committeeLabel, findCommittee, isCommitteeId } from '../domain/committee.js';
import { type Actor, auditActor, committeesOf } from '../domain/permissions.js';
import { type AppContext, defaultCommitteeId } from './context.js';
import { AppError } from './errors.js';

/** Every committee, the default one's channels filled from the environment where the database has none. */
export async function listCommittees(ctx: AppContext): Promise<Committee[]> {
  const fallback = ctx.defaultChannels ?? {};
  const id = defaultCommitteeId(ctx);
  return (await ctx.store.committees.list()).map((c) =>
    c.id === id
      ? {
          ...c,
          slackChannel: c.slackChannel ?? fallback.slack ?? null,
          teamsChannel: c.teamsChannel ?? fallback.teams ?? null,
        }
      : c,
  );
}

/** A committee by id, name or alias; unknown ones are named with the known ids. */
export async function getCommittee(ctx: AppContext, ref: string): Promise<Committee> {
  const all = await listCommittees(ctx);
  const found = findCommittee(ref, all);
  if (!found)
    throw new AppError(
      `Unknown committee "${ref}". Known: ${all.map((c) => c.id).join(', ')} (idmg committees list).`,
      'not_found',
    );
  return found;
}

export async function defaultCommittee(ctx: AppContext): Promise<Committee> {
  return getCommittee(ctx, defaultCommitteeId(ctx));
}

/** The committee whose channel this is (Slack channel id or Teams conversation id), if any. */
export async function committeeOfChannel(ctx: AppContext, channel: string): Promise<Committee | null> {
  const base = channel.split(';')[0] ?? channel;
  return (await listCommittees(ctx)).find((c) => c.slackChannel === base || c.teamsChannel === base) ?? null;
}

/**
 * Which committees a request covers: the one it names, else those the person sits on (the CLI:
 * all). `null` means every committee.
 */
export async function scopeOf(
  ctx: AppContext,
  named: string | null | undefined,
  actor: Actor,
): Promise<string[] | null> {
  if (named) return [(await getCommittee(ctx, named)).id];
  return committeesOf(actor);
}

/**
 * The committee's label for messages that are about one committee (a round, its report), only when
 * the deployment has several: with one, the messages read as they always have.
 */
export async function labelWhenMany(ctx: AppContext, committeeId: string): Promise<string | undefined> {
  const all = await listCommittees(ctx);
  const c = all.find((x) => x.id === committeeId);
  return all.length > 1 && c ? committeeLabel(c) : undefined;
}

/** `{ committeeLabel }` to spread into a view about one committee, empty with a single committee. */
export async function labelled(ctx: AppContext, committeeId: string): Promise<{ committeeLabel?: string }> {
  const label = await labelWhenMany(ctx, committeeId);
  return label ? { committeeLabel: label } : {};
}

/** Labels for list entries: "IDMG", "Strategy Board". */
export async function committeeLabels(ctx: AppContext): Promise<Map<string, string>> {
  return new Map((await listCommittees(ctx)).map((c) => [c.id, committeeLabel(c)]));
}

export interface CommitteeFields {
  name?: string | undefined;
  aliases?: string[] | undefined;
  slackChannel?: string | null | undefined;
  teamsChannel?: string | null | undefined;
  rounds?: boolean | undefined;
}

export async function addCommittee(
  ctx: AppContext,
  id: string,
  f: CommitteeFields,
  actor: Actor,
): Promise<Committee> {
  if (!isCommitteeId(id))
    throw new AppError(
      `"${id}" is not a committee id: use lower-case letters, digits and dashes (strategy-board).`,
      'invalid',
    );
  if (!f.name?.trim()) throw new AppError('A committee needs a --name.', 'invalid');
  const others = await listCommittees(ctx);
  for (const label of [f.name, ...(f.aliases ?? [])]) {
    const clash = findCommittee(label, others);
    if (clash) throw new AppError(`"${label}" already names committee ${clash.id}.`, 'conflict');
  }
  return ctx.store.committees.add(
    {
      id,
      name: f.name.trim(),
      aliases: (f.aliases ?? []).map((a) => a.trim()).filter(Boolean),
      slackChannel: f.slackChannel ?? null,
      teamsChannel: f.teamsChannel ?? null,
      // A new body never opens a quarterly round until its secretariat asks for them.
      rounds: f.rounds ?? false,
    },
    auditActor(actor),
    utcNow(ctx.clock),
  );
}

export async function editCommittee(
  ctx: AppContext,
  ref: string,
  f: CommitteeFields,
  actor: Actor,
): Promise<Committee> {
  const c = await getCommittee(ctx, ref);
  const changes: Partial<Omit<Committee, 'id'>> = {};
  if (f.name !== undefined) changes.name = f.name.trim();
  if (f.aliases !== undefined) changes.aliases = f.aliases.map((a) => a.trim()).filter(Boolean);
  if (f.slackChannel !== undefined) changes.slackChannel = f.slackChannel;
  if (f.teamsChannel !== undefined) changes.teamsChannel = f.teamsChannel;
  if (f.rounds !== undefined) changes.rounds = f.rounds;
  return ctx.store.committees.edit(c.id, changes, auditActor(actor), utcNow(ctx.clock));
}

export async function removeCommittee(ctx: AppContext, ref: string, actor: Actor): Promise<void> {
  const c = await getCommittee(ctx, ref);
  if (c.id === defaultCommitteeId(ctx))
    throw new AppError(`${c.id} is the default committee (IDMG_COMMITTEE): not removed.`, 'conflict');
  await ctx.store.committees.remove(c.id, auditActor(actor), utcNow(ctx.clock));
}

/** `committees list --json`, as DESIGN.md gives it. */
export const committeeView = (c: Committee) => ({
  id: c.id,
  name: c.name,
  aliases: c.aliases,
  slackChannel: c.slackChannel,
  teamsChannel: c.teamsChannel,
  rounds: c.rounds,
});
