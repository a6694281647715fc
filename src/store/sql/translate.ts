/**
 * Turns the repositories' portable SQL into PostgreSQL's: `?` placeholders become `$1…$n`
 * (never inside a quoted literal or identifier), and a list written
 * `IN (SELECT value FROM json_each(?))` — SQLite's way to bind a list — becomes `= ANY(?)`.
 * Pure, and cached by the caller: the same text always gives the same translation.
 * `group_concat(column)` becomes `string_agg(column::text, ',')`.
 */
const LIST = /\s+IN\s+\(SELECT\s+value\s+FROM\s+json_each\(\?\)\)/gi;
const GROUP_CONCAT = /\bgroup_concat\(([\w.]+)\)/gi;

export function toPostgres(sql: string): string {
  const text = sql.replace(LIST, ' = ANY(?)').replace(GROUP_CONCAT, "string_agg(CAST($1 AS text), ',')");
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      n += 1;
      out += `$${n}`;
    } else {
      out += ch;
    }
  }
  return out;
}
