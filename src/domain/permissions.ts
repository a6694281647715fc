import type { Role } from './roles.js';

/** Who is asking: the CLI's operator (trusted: they hold the database) or a person in chat. */
export type Actor =
  | { kind: 'cli'; name: string }
  | { kind: 'system'; name: string }
  | {
      kind: 'chat';
      platform: 'slack' | 'teams';
      chatId: string;
      /** null when the chat id is mapped to nobody */
      person: { id: number; organisationId: number | null; roles: Record<string, Role> } | null;
    };

export type Decision =
  | { allowed: true }
  | { allowed: false; reason: 'unmapped' | 'not_owner' | 'not_secretariat' };

const isSecretariat = (role: Role) => role === 'secretariat' || role === 'chair';

const roleIn = (actor: Extract<Actor, { kind: 'chat' }>, committeeId: string): Role | null =>
  actor.person?.roles[committeeId] ?? null;

/** Only people of an owner organisation, and the committee's secretariat or chair, change an action. */
export function mayChangeAction(actor: Actor, ownerIds: readonly number[], committeeId: string): Decision {
  if (actor.kind !== 'chat') return { allowed: true };
  if (!actor.person) return { allowed: false, reason: 'unmapped' };
  const role = roleIn(actor, committeeId);
  if (role && isSecretariat(role)) return { allowed: true };
  if (actor.person.organisationId !== null && ownerIds.includes(actor.person.organisationId))
    return { allowed: true };
  return { allowed: false, reason: 'not_owner' };
}

/**
 * Members, imports, rounds and hand-made corrections are the committee's secretariat's (and
 * chair's): the secretariat of one committee is a bystander in another.
 */
export function mayAdminister(actor: Actor, committeeId: string): Decision {
  if (actor.kind !== 'chat') return { allowed: true };
  if (!actor.person) return { allowed: false, reason: 'unmapped' };
  const role = roleIn(actor, committeeId);
  return role && isSecretariat(role) ? { allowed: true } : { allowed: false, reason: 'not_secretariat' };
}

/** True when the person is the secretariat or chair of at least one committee (help shows them more). */
export function administersAny(actor: Actor): boolean {
  if (actor.kind !== 'chat') return true;
  return Object.values(actor.person?.roles ?? {}).some(isSecretariat);
}

/** The committees a person in chat sits on; everything for the CLI. null: no limit. */
export function committeesOf(actor: Actor): string[] | null {
  if (actor.kind !== 'chat') return null;
  return Object.keys(actor.person?.roles ?? {});
}

/** The label an update's `by` carries: the chat id, or the CLI's --by. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'chat' ? actor.chatId : actor.name;
}

/** The audit log's actor: where the change came from and who made it. */
export function auditActor(actor: Actor): string {
  return actor.kind === 'chat' ? `${actor.platform}:${actor.chatId}` : `${actor.kind}:${actor.name}`;
}
