import { utcNow } from '../clock.js';
import { type Actor, auditActor, mayAdminister } from '../domain/permissions.js';
import type { Role } from '../domain/roles.js';
import type { Person, Platform } from '../store/types.js';
import { findOrganisation } from './actions.js';
import { getCommittee } from './committees.js';
import { type AppContext, defaultCommitteeId } from './context.js';
import { AppError } from './errors.js';
import { refuse } from './refusals.js';

export interface NewMember {
  organisation: string;
  slackUserId?: string | undefined;
  teamsAadId?: string | undefined;
  name?: string | undefined;
  role?: Role | undefined;
  /** the committee they join (id or alias); absent: the default committee */
  committee?: string | undefined;
}

/**
 * Adds a person with their chat identities to a committee, with a role there; the CLI makes the
 * first secretariat member. A person already known (by chat id) joins another committee.
 */
export async function addMember(ctx: AppContext, m: NewMember, actor: Actor): Promise<Person> {
  const committee = await getCommittee(ctx, m.committee ?? defaultCommitteeId(ctx));
  const decision = mayAdminister(actor, committee.id);
  if (!decision.allowed) throw refuse(decision.reason, 'add members');
  if (!m.slackUserId && !m.teamsAadId && !m.name) {
    throw new AppError('A member needs a Slack user id, a Teams AAD object id or a name.', 'invalid');
  }
  if (m.slackUserId && !/^[UW][A-Z0-9]{2,}$/.test(m.slackUserId)) {
    throw new AppError(`"${m.slackUserId}" is not a Slack user id (they look like U0123ABCD).`, 'invalid');
  }
  const org = await findOrganisation(ctx, m.organisation);
  const existing =
    (m.slackUserId ? await ctx.store.people.findByChatId('slack', m.slackUserId) : null) ??
    (m.teamsAadId ? await ctx.store.people.findByChatId('teams', m.teamsAadId) : null);
  const person = {
    name: m.name ?? null,
    organisationId: org.id,
    slackUserId: m.slackUserId ?? null,
    teamsAadId: m.teamsAadId ?? null,
  };
  if (existing) {
    // Adding someone again moves them (a new department or role) rather than failing.
    await ctx.store.people.update(
      existing.id,
      {
        organisationId: org.id,
        ...(m.name ? { name: m.name } : {}),
        ...(m.slackUserId ? { slackUserId: m.slackUserId } : {}),
        ...(m.teamsAadId ? { teamsAadId: m.teamsAadId } : {}),
      },
      auditActor(actor),
      utcNow(ctx.clock),
    );
    const role = m.role ?? existing.memberships.find((x) => x.committeeId === committee.id)?.role ?? 'member';
    return ctx.store.people.setMembership(
      existing.id,
      committee.id,
      role,
      auditActor(actor),
      utcNow(ctx.clock),
    );
  }
  const added = await ctx.store.people.add(person, auditActor(actor), utcNow(ctx.clock));
  return ctx.store.people.setMembership(
    added.id,
    committee.id,
    m.role ?? 'member',
    auditActor(actor),
    utcNow(ctx.clock),
  );
}

/** Everyone, or one committee's members (their role then that committee's). */
export async function listMembers(ctx: AppContext, committee?: string | null): Promise<Person[]> {
  return ctx.store.people.list(committee ? (await getCommittee(ctx, committee)).id : undefined);
}

/**
 * By member id, Slack user id or Teams AAD object id. With a committee, they leave that committee
 * only (and go altogether once they sit on none); without one, they go altogether.
 */
export async function removeMember(
  ctx: AppContext,
  who: string,
  actor: Actor,
  committeeRef?: string | null,
): Promise<Person> {
  const person = await findMember(ctx, who);
  const committees = committeeRef
    ? [(await getCommittee(ctx, committeeRef)).id]
    : person.memberships.map((x) => x.committeeId);
  for (const id of committees.length ? committees : [defaultCommitteeId(ctx)]) {
    const decision = mayAdminister(actor, id);
    if (!decision.allowed) throw refuse(decision.reason, 'remove members');
  }
  if (committeeRef) {
    await ctx.store.people.removeMembership(
      person.id,
      committees[0] as string,
      auditActor(actor),
      utcNow(ctx.clock),
    );
    const after = await ctx.store.people.get(person.id);
    if (after && after.memberships.length > 0) return after;
  }
  await ctx.store.people.remove(person.id, auditActor(actor), utcNow(ctx.clock));
  return person;
}

export async function findMember(ctx: AppContext, who: string): Promise<Person> {
  const byId = /^\d+$/.test(who) ? await ctx.store.people.get(Number(who)) : null;
  const person =
    byId ??
    (await ctx.store.people.findByChatId('slack', who)) ??
    (await ctx.store.people.findByChatId('teams', who));
  if (!person)
    throw new AppError(
      `No member "${who}" (give a member id, Slack user id or Teams object id).`,
      'not_found',
    );
  return person;
}

/** Who is speaking in chat: the person mapped to this chat id, or null. */
export async function personForChatId(
  ctx: AppContext,
  platform: Platform,
  chatId: string,
): Promise<Person | null> {
  return ctx.store.people.findByChatId(platform, chatId);
}
