import type { ParsedMinutes } from '../minutes/types.js';
import { actionRepo } from './actions.repo.js';
import { committeeRepo } from './committees.repo.js';
import { conversationRefRepo } from './conversations.repo.js';
import { importRepo } from './imports.repo.js';
import { meetingRepo } from './meetings.repo.js';
import { migrate, migratePostgres } from './migrate.js';
import { organisationRepo } from './organisations.repo.js';
import { outboxRepo } from './outbox.repo.js';
import { personRepo } from './people.repo.js';
import { roundRepo } from './rounds.repo.js';
import type { PostgresDatabase, SqlDatabase } from './sql/sql.js';
import { openSqlite, type SqliteDatabase } from './sql/sqlite.js';
import { describeDatabase, isPostgresUrl } from './target.js';
import { type AuditEntry, type PendingImport, type Store, StoreError } from './types.js';

export * from './types.js';

interface PendingRow {
  token: string;
  file_name: string | null;
  content: Uint8Array;
  requested_by: string;
  created_at: string;
  committee_id: string | null;
  decision: string | null;
  parse_json: string | null;
}

const toPending = (row: PendingRow): PendingImport => ({
  token: row.token,
  fileName: row.file_name,
  content: new Uint8Array(row.content),
  requestedBy: row.requested_by,
  createdAtUtc: row.created_at,
  committeeId: row.committee_id,
  parse: row.parse_json === null ? null : (JSON.parse(row.parse_json) as ParsedMinutes),
});

export { describeDatabase, isPostgresUrl } from './target.js';

/**
 * Opens and migrates the database: a PostgreSQL URL (the pg driver, loaded only then), a SQLite
 * file's path, or an engine already open (the tests' in-process PostgreSQL).
 */
export async function openStore(
  target: string | SqlDatabase,
  options: { pragmas?: string[] } = {},
): Promise<Store> {
  let db: SqlDatabase;
  if (typeof target !== 'string') db = target;
  else if (isPostgresUrl(target)) db = (await import('./sql/postgres.js')).openPostgres(target);
  else db = openSqlite(target);
  try {
    if (db.engine === 'sqlite') {
      const raw = (db as SqliteDatabase).raw;
      for (const pragma of options.pragmas ?? []) raw.pragma(pragma);
      migrate(raw);
    } else {
      await migratePostgres(db as PostgresDatabase);
    }
  } catch (error) {
    await db.close().catch(() => undefined);
    // One line for the person starting the bot or the CLI: which database, never its password.
    const shown = typeof target === 'string' ? describeDatabase(target) : db.engine;
    const reason = error instanceof Error ? error.message : String(error);
    throw new StoreError(`cannot open the database ${shown}: ${reason}`, 'invalid');
  }
  return storeOver(db);
}

/** The repositories over one open, migrated database. */
export function storeOver(db: SqlDatabase): Store {
  return {
    engine: db.engine,
    sql: db,
    committees: committeeRepo(db),
    organisations: organisationRepo(db),
    people: personRepo(db),
    meetings: meetingRepo(db),
    actions: actionRepo(db),
    imports: importRepo(db),
    outbox: outboxRepo(db),
    conversations: conversationRefRepo(db),
    rounds: roundRepo(db),
    holidays: {
      async official(division) {
        return (
          await db.all<{ date: string }>('SELECT date FROM bank_holidays WHERE division = ? ORDER BY date', [
            division,
          ])
        ).map((r) => r.date);
      },
      async replaceOfficial(division, days, fetchedAtUtc) {
        await db.transaction(async (tx) => {
          await tx.run('DELETE FROM bank_holidays WHERE division = ?', [division]);
          for (const d of days) {
            await tx.run(
              'INSERT INTO bank_holidays (division, date, title, fetched_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
              [division, d.date, d.title, fetchedAtUtc],
            );
          }
        });
      },
    },
    pendingImports: {
      async create(p) {
        await db.run(
          'INSERT INTO pending_imports (token, file_name, content, requested_by, created_at, committee_id, parse_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
          [
            p.token,
            p.fileName,
            p.content,
            p.requestedBy,
            p.createdAtUtc,
            p.committeeId ?? null,
            p.parse ? JSON.stringify(p.parse) : null,
          ],
        );
      },
      async get(token) {
        const row = await db.get<PendingRow>('SELECT * FROM pending_imports WHERE token = ?', [token]);
        return row ? { ...toPending(row), decided: row.decision !== null } : null;
      },
      async setParse(token, parse) {
        return (
          (await db.run('UPDATE pending_imports SET parse_json = ? WHERE token = ? AND decision IS NULL', [
            JSON.stringify(parse),
            token,
          ])) === 1
        );
      },
      async setCommittee(token, committeeId) {
        return (
          (await db.run('UPDATE pending_imports SET committee_id = ? WHERE token = ? AND decision IS NULL', [
            committeeId,
            token,
          ])) === 1
        );
      },
      async decide(token, decision, atUtc) {
        return db.transaction(async (tx) => {
          const changed = await tx.run(
            'UPDATE pending_imports SET decision = ?, decided_at = ? WHERE token = ? AND decision IS NULL',
            [decision, atUtc, token],
          );
          if (changed !== 1) return null;
          const row = await tx.get<PendingRow>('SELECT * FROM pending_imports WHERE token = ?', [token]);
          return row ? toPending(row) : null;
        });
      },
    },
    events: {
      async firstSeen(platform, eventId, atUtc) {
        return (
          // On the urgent lane: a Slack command is acknowledged only after this claim.
          (await db.urgent.run(
            'INSERT INTO processed_events (platform, event_id, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
            [platform, eventId, atUtc],
          )) === 1
        );
      },
      async prune(beforeUtc) {
        return db.run('DELETE FROM processed_events WHERE received_at < ?', [beforeUtc]);
      },
    },
    async changes() {
      const row = await db.get<{ audit: number | null; chats: number; chat: string | null }>(
        `SELECT (SELECT max(id) FROM audit_log) AS audit, (SELECT count(*) FROM conversation_refs) AS chats,
           (SELECT max(updated_at) FROM conversation_refs) AS chat`,
      );
      return `${row?.audit ?? 0}:${row?.chats ?? 0}:${row?.chat ?? ''}`;
    },
    audit: {
      async list(entity, entityId) {
        const rows = await db.all<{
          at_utc: string;
          actor: string;
          change: string;
          entity: string;
          entity_id: string | null;
          detail: string | null;
        }>(
          `SELECT * FROM audit_log WHERE (CAST(? AS TEXT) IS NULL OR entity = ?) AND (CAST(? AS TEXT) IS NULL OR entity_id = ?) ORDER BY id`,
          [entity ?? null, entity ?? null, entityId ?? null, entityId ?? null],
        );
        return rows.map(
          (r): AuditEntry => ({
            atUtc: r.at_utc,
            actor: r.actor,
            change: r.change,
            entity: r.entity,
            entityId: r.entity_id,
            detail: r.detail ? JSON.parse(r.detail) : null,
          }),
        );
      },
    },
    async ping() {
      try {
        return (await db.get('SELECT 1 AS ok')) !== undefined;
      } catch {
        return false;
      }
    },
    async backup(file) {
      if (db.engine !== 'sqlite')
        throw new StoreError(
          `backup copies a SQLite file; on PostgreSQL use pg_dump (for example: pg_dump --format=custom --file=${file} "$DATABASE_URL").`,
          'invalid',
        );
      await (db as SqliteDatabase).raw.backup(file);
    },
    async close() {
      await db.close();
    },
  };
}
