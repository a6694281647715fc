import type { ParsedMinutes } from '../minutes/types.js';
import { actionRepo } from './actions.repo.js';
import { committeeRepo } from './committees.repo.js';
import { conversationRefRepo } from './conversations.repo.js';
import { openDatabase } from './database.js';
import { importRepo } from './imports.repo.js';
import { meetingRepo } from './meetings.repo.js';
import { organisationRepo } from './organisations.repo.js';
import { outboxRepo } from './outbox.repo.js';
import { personRepo } from './people.repo.js';
import { roundRepo } from './rounds.repo.js';
import type { AuditEntry, PendingImport, Store } from './types.js';

export * from './types.js';

interface PendingRow {
  token: string;
  file_name: string | null;
  content: Buffer;
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

/** The SQLite store: one file, created and migrated on open. */
export function openStore(path: string, options: { pragmas?: string[] } = {}): Store {
  const db = openDatabase(path);
  for (const pragma of options.pragmas ?? []) db.pragma(pragma);
  return {
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
        return db
          .prepare<[string], { date: string }>(
            'SELECT date FROM bank_holidays WHERE division = ? ORDER BY date',
          )
          .all(division)
          .map((r) => r.date);
      },
      async replaceOfficial(division, days, fetchedAtUtc) {
        db.transaction(() => {
          db.prepare('DELETE FROM bank_holidays WHERE division = ?').run(division);
          const insert = db.prepare(
            'INSERT OR IGNORE INTO bank_holidays (division, date, title, fetched_at) VALUES (?, ?, ?, ?)',
          );
          for (const d of days) insert.run(division, d.date, d.title, fetchedAtUtc);
        }).immediate();
      },
    },
    pendingImports: {
      async create(p) {
        db.prepare(
          'INSERT INTO pending_imports (token, file_name, content, requested_by, created_at, committee_id, parse_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(
          p.token,
          p.fileName,
          Buffer.from(p.content),
          p.requestedBy,
          p.createdAtUtc,
          p.committeeId ?? null,
          p.parse ? JSON.stringify(p.parse) : null,
        );
      },
      async get(token) {
        const row = db
          .prepare<[string], PendingRow>('SELECT * FROM pending_imports WHERE token = ?')
          .get(token);
        return row ? { ...toPending(row), decided: row.decision !== null } : null;
      },
      async setParse(token, parse) {
        return (
          db
            .prepare('UPDATE pending_imports SET parse_json = ? WHERE token = ? AND decision IS NULL')
            .run(JSON.stringify(parse), token).changes === 1
        );
      },
      async setCommittee(token, committeeId) {
        return (
          db
            .prepare('UPDATE pending_imports SET committee_id = ? WHERE token = ? AND decision IS NULL')
            .run(committeeId, token).changes === 1
        );
      },
      async decide(token, decision, atUtc) {
        return db
          .transaction(() => {
            const changed = db
              .prepare(
                'UPDATE pending_imports SET decision = ?, decided_at = ? WHERE token = ? AND decision IS NULL',
              )
              .run(decision, atUtc, token).changes;
            if (changed !== 1) return null;
            const row = db
              .prepare<[string], PendingRow>('SELECT * FROM pending_imports WHERE token = ?')
              .get(token);
            return row ? toPending(row) : null;
          })
          .immediate();
      },
    },
    events: {
      async firstSeen(platform, eventId, atUtc) {
        return (
          db
            .prepare(
              'INSERT OR IGNORE INTO processed_events (platform, event_id, received_at) VALUES (?, ?, ?)',
            )
            .run(platform, eventId, atUtc).changes === 1
        );
      },
    },
    audit: {
      async list(entity, entityId) {
        const rows = db
          .prepare<
            [string | null, string | null, string | null, string | null],
            {
              at_utc: string;
              actor: string;
              change: string;
              entity: string;
              entity_id: string | null;
              detail: string | null;
            }
          >(
            `SELECT * FROM audit_log WHERE (? IS NULL OR entity = ?) AND (? IS NULL OR entity_id = ?) ORDER BY id`,
          )
          .all(entity ?? null, entity ?? null, entityId ?? null, entityId ?? null);
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
        return db.prepare('SELECT 1 AS ok').get() !== undefined;
      } catch {
        return false;
      }
    },
    async backup(file) {
      await db.backup(file);
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
