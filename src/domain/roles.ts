/** A person's standing in the committee: members report on their organisation's actions; the
 * secretariat (and the chair) run imports, members, rounds and corrections. */
export type Role = 'member' | 'secretariat' | 'chair';
export const ROLES: readonly Role[] = ['member', 'secretariat', 'chair'];
export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * An action's owner written as a role rather than a body ("Secretariat to circulate …", "the Chair
 * to write …"): the committee's people who hold it are reminded of it.
 */
const ROLE_OWNERS: ReadonlyMap<string, Role> = new Map([
  ['secretariat', 'secretariat'],
  ['the secretariat', 'secretariat'],
  ['chair', 'chair'],
  ['the chair', 'chair'],
]);
export const roleOwnerOf = (owner: string): Role | null =>
  ROLE_OWNERS.get(owner.trim().toLowerCase()) ?? null;
