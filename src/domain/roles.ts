/** A person's standing in the committee: members report on their organisation's actions; the
 * secretariat (and the chair) run imports, members, rounds and corrections. */
export type Role = 'member' | 'secretariat' | 'chair';
export const ROLES: readonly Role[] = ['member', 'secretariat', 'chair'];
export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
