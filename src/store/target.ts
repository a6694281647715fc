/**
 * Where the record lives, as configuration names it: a SQLite file's path or a PostgreSQL URL.
 * Pure, so the configuration can check a value without loading a database driver.
 */
const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/** `postgres://…` or `postgresql://…`: DESIGN.md's way to choose PostgreSQL over a SQLite file. */
export const isPostgresUrl = (value: string): boolean => POSTGRES_URL.test(value);

/** The target as a log or a message may show it: a URL's password is never shown. */
export function describeDatabase(target: string): string {
  if (!isPostgresUrl(target) || !URL.canParse(target)) return target;
  const url = new URL(target);
  if (url.password) url.password = '***';
  return url.toString();
}
