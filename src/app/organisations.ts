import { utcNow } from '../clock.js';
import { type Actor, administersAny, auditActor, mayAdminister } from '../domain/permissions.js';
import type { Organisation } from '../store/types.js';
import { findOrganisation } from './actions.js';
import type { AppContext } from './context.js';
import { refuse } from './refusals.js';

/** Organisations are shared by every committee: any committee's secretariat may keep them. */
function guard(actor: Actor): void {
  if (administersAny(actor)) return;
  const decision = mayAdminister(actor, 'idmg');
  if (!decision.allowed) throw refuse(decision.reason, 'manage organisations');
}

export async function listOrganisations(ctx: AppContext): Promise<Organisation[]> {
  return ctx.store.organisations.list();
}

export async function addOrganisation(ctx: AppContext, name: string, aliases: string[], actor: Actor) {
  guard(actor);
  return ctx.store.organisations.create(name, aliases, auditActor(actor), utcNow(ctx.clock));
}

export async function addAlias(ctx: AppContext, name: string, alias: string, actor: Actor) {
  guard(actor);
  const org = await findOrganisation(ctx, name);
  return ctx.store.organisations.addAlias(org.id, alias, auditActor(actor), utcNow(ctx.clock));
}

/** When a department changes its name; the old name stays an alias so old minutes still resolve. */
export async function renameOrganisation(ctx: AppContext, name: string, newName: string, actor: Actor) {
  guard(actor);
  const org = await findOrganisation(ctx, name);
  return ctx.store.organisations.rename(org.id, newName, auditActor(actor), utcNow(ctx.clock));
}

/** When departments merge (or a parser made two of one): everything of `from` moves to `into`. */
export async function mergeOrganisations(ctx: AppContext, from: string, into: string, actor: Actor) {
  guard(actor);
  const a = await findOrganisation(ctx, from);
  const b = await findOrganisation(ctx, into);
  return ctx.store.organisations.merge(a.id, b.id, auditActor(actor), utcNow(ctx.clock));
}

/** An organisation's own channel: its reminders go there as well as to its people. */
export async function setOrganisationChannels(
  ctx: AppContext,
  name: string,
  channels: { slack?: string | null; teams?: string | null },
  actor: Actor,
) {
  guard(actor);
  const org = await findOrganisation(ctx, name);
  return ctx.store.organisations.setChannels(org.id, channels, auditActor(actor), utcNow(ctx.clock));
}
