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
      person: { id: number; organisationId: number | null; role: Role } | null;
    };

export type Decision =
  | { allowed: true }
  | { allowed: false; reason: 'unmapped' | 'not_owner' | 'not_secretariat' };

const isSecretariat = (role: Role) => role === 'secretariat' || role === 'chair';

/** Only people of an owner organisation, and the secretariat or chair, change an action. */
export function mayChangeAction(actor: Actor, ownerIds: readonly number[]): Decision {
  if (actor.kind !== 'chat') return { allowed: true };
  if (!actor.person) return { allowed: false, reason: 'unmapped' };
  if (isSecretariat(actor.person.role)) return { allowed: true };
  if (actor.person.organisationId !== null && ownerIds.includes(actor.person.organisationId))
    return { allowed: true };
  return { allowed: false, reason: 'not_owner' };
}

/** Members, imports, rounds and hand-made corrections are the secretariat's (and the chair's). */
export function mayAdminister(actor: Actor): Decision {
  if (actor.kind !== 'chat') return { allowed: true };
  if (!actor.person) return { allowed: false, reason: 'unmapped' };
  return isSecretariat(actor.person.role) ? { allowed: true } : { allowed: false, reason: 'not_secretariat' };
}

/** The label an update's `by` carries: the chat id, or the CLI's --by. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'chat' ? actor.chatId : actor.name;
}

/** The audit log's actor: where the change came from and who made it. */
export function auditActor(actor: Actor): string {
  return actor.kind === 'chat' ? `${actor.platform}:${actor.chatId}` : `${actor.kind}:${actor.name}`;
}
