import type { Decision } from '../domain/permissions.js';
import { AppError } from './errors.js';

/** Turns a refusal into words that say who can do it instead. */
export function refuse(
  reason: Exclude<Decision, { allowed: true }>['reason'],
  what: string,
  owners?: string[],
): AppError {
  switch (reason) {
    case 'unmapped':
      return new AppError(
        'You are not registered with the IDMG bot yet. Ask the secretariat to add you (`members add`) with your organisation.',
        'unmapped',
      );
    case 'not_owner':
      return new AppError(
        `Only members of ${owners && owners.length > 0 ? owners.join(' or ') : "the action's owner"}, the secretariat or the chair can ${what}.`,
        'forbidden',
      );
    case 'not_secretariat':
      return new AppError(`Only the secretariat or the chair can ${what}.`, 'forbidden');
  }
}
