import type { Sql, SqlDatabase } from './sql/sql.js';
import type { OutboxMessage, OutboxRepo, OutboxStatus, Platform } from './types.js';

interface Row {
  id: number;
  dedupe_key: string;
  platform: Platform;
  recipient: string;
  thread_ref: string | null;
  kind: string;
  view: string;
  action_ids: string;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: string;
  conversation: string | null;
  message_ref: string | null;
  error: string | null;
  created_at: string;
  sent_at: string | null;
  expires_at: string | null;
  occasion: string | null;
}

const toMessage = (r: Row): OutboxMessage => ({
  id: r.id,
  dedupeKey: r.dedupe_key,
  platform: r.platform,
  recipient: r.recipient,
  threadRef: r.thread_ref,
  kind: r.kind,
  view: JSON.parse(r.view) as unknown,
  actionIds: JSON.parse(r.action_ids) as number[],
  status: r.status,
  attempts: r.attempts,
  nextAttemptAtUtc: r.next_attempt_at,
  conversation: r.conversation,
  messageRef: r.message_ref,
  error: r.error,
  createdAtUtc: r.created_at,
  sentAtUtc: r.sent_at,
  expiresAtUtc: r.expires_at,
  occasion: r.occasion,
});

const DUE = `next_attempt_at <= ? AND (status = 'pending' OR (status = 'sending' AND lease_until < ?))`;

export function outboxRepo(db: SqlDatabase): OutboxRepo {
  const byId = async (tx: Sql, id: number) => tx.get<Row>('SELECT * FROM outbox WHERE id = ?', [id]);
  // Too late is never sent: a reminder for a meeting that has started is given up instead.
  const expire = (tx: Sql, ids: number[], nowUtc: string) =>
    tx.run(
      `UPDATE outbox SET status = 'failed', error = 'expired before it could be sent', lease_until = NULL, sent_at = ?
       WHERE id IN (SELECT value FROM json_each(?)) AND status IN ('pending', 'sending')
         AND expires_at IS NOT NULL AND expires_at <= ?`,
      [nowUtc, ids, nowUtc],
    );

  return {
    async enqueue(m, atUtc) {
      const created = await db.run(
        `INSERT INTO outbox (dedupe_key, platform, recipient, thread_ref, kind, view, action_ids, next_attempt_at, created_at, expires_at, occasion)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
        [
          m.dedupeKey,
          m.platform,
          m.recipient,
          m.threadRef,
          m.kind,
          JSON.stringify(m.view),
          JSON.stringify(m.actionIds),
          atUtc,
          atUtc,
          m.expiresAtUtc ?? null,
          m.occasion ?? null,
        ],
      );
      const row = (await db.get<Row>('SELECT * FROM outbox WHERE dedupe_key = ?', [m.dedupeKey])) as Row;
      return { message: toMessage(row), created: created === 1 };
    },
    async claim(id, nowUtc, leaseUntilUtc) {
      // A claim holds across processes: only one UPDATE can move a row out of pending (or out of
      // an expired lease, when a sender died mid-send).
      return db.transaction(async (tx) => {
        await expire(tx, [id], nowUtc);
        const changed = await tx.run(
          `UPDATE outbox SET status = 'sending', lease_until = ?, attempts = attempts + 1 WHERE id = ? AND ${DUE}`,
          [leaseUntilUtc, id, nowUtc, nowUtc],
        );
        if (changed !== 1) return null;
        const row = await byId(tx, id);
        return row ? toMessage(row) : null;
      });
    },
    async claimDue(nowUtc, leaseUntilUtc, limit) {
      // A batch at a time, each row for one process only: PostgreSQL skips the rows another
      // replica has locked for its own batch (SQLite has one writer, which is the same guarantee).
      return db.transaction(
        async (tx) => {
          const due = await tx.all<{ id: number; status: OutboxStatus }>(
            `SELECT id, status FROM outbox WHERE ${DUE} ORDER BY next_attempt_at, id LIMIT ?${db.skipLocked}`,
            [nowUtc, nowUtc, Math.max(1, Math.floor(limit))],
          );
          if (due.length === 0) return [];
          const ids = due.map((r) => r.id);
          await expire(tx, ids, nowUtc);
          await tx.run(
            `UPDATE outbox SET status = 'sending', lease_until = ?, attempts = attempts + 1
             WHERE id IN (SELECT value FROM json_each(?)) AND ${DUE}`,
            [leaseUntilUtc, ids, nowUtc, nowUtc],
          );
          const was = new Map(due.map((r) => [r.id, r.status]));
          const rows = await tx.all<Row>(
            `SELECT * FROM outbox WHERE id IN (SELECT value FROM json_each(?)) AND status = 'sending' AND lease_until = ?
             ORDER BY next_attempt_at, id`,
            [ids, leaseUntilUtc],
          );
          return rows.map((r) => ({ message: toMessage(r), abandoned: was.get(r.id) === 'sending' }));
        },
        { isolation: 'read committed' },
      );
    },
    async markSent(id, conversation, messageRef, atUtc) {
      await db.run(
        `UPDATE outbox SET status = 'sent', conversation = ?, message_ref = ?, sent_at = ?, lease_until = NULL, error = NULL WHERE id = ?`,
        [conversation, messageRef, atUtc, id],
      );
    },
    async markRetry(id, nextAttemptAtUtc, error) {
      await db.run(
        `UPDATE outbox SET status = 'pending', next_attempt_at = ?, lease_until = NULL, error = ? WHERE id = ?`,
        [nextAttemptAtUtc, error, id],
      );
    },
    async markFailed(id, error, atUtc) {
      await db.run(
        `UPDATE outbox SET status = 'failed', error = ?, lease_until = NULL, sent_at = ? WHERE id = ?`,
        [error, atUtc, id],
      );
    },
    async findSent(platform, conversation, messageRef) {
      const row = await db.get<Row>(
        `SELECT * FROM outbox WHERE platform = ? AND conversation = ? AND message_ref = ? AND status = 'sent'`,
        [platform, conversation, messageRef],
      );
      return row ? toMessage(row) : null;
    },
    async latestSent(platform, conversation, kinds) {
      const row = await db.get<Row>(
        `SELECT * FROM outbox WHERE platform = ? AND conversation = ? AND status = 'sent'
           AND kind IN (SELECT value FROM json_each(?)) ORDER BY sent_at DESC, id DESC LIMIT 1`,
        [platform, conversation, kinds],
      );
      return row ? toMessage(row) : null;
    },
    async get(id) {
      const row = await byId(db, id);
      return row ? toMessage(row) : null;
    },
    async existingKeys(keys) {
      if (keys.length === 0) return new Set();
      const rows = await db.all<{ dedupe_key: string }>(
        'SELECT dedupe_key FROM outbox WHERE dedupe_key IN (SELECT value FROM json_each(?))',
        [keys],
      );
      return new Set(rows.map((r) => r.dedupe_key));
    },
    async expireOccasion(occasion, reason, atUtc) {
      return db.run(
        `UPDATE outbox SET status = 'failed', error = ?, lease_until = NULL, sent_at = ?
         WHERE occasion = ? AND status = 'pending'`,
        [reason, atUtc, occasion],
      );
    },
    async byOccasion(occasion) {
      return (await db.all<Row>('SELECT * FROM outbox WHERE occasion = ? ORDER BY id', [occasion])).map(
        toMessage,
      );
    },
    async list(status) {
      return (
        await db.all<Row>('SELECT * FROM outbox WHERE (CAST(? AS TEXT) IS NULL OR status = ?) ORDER BY id', [
          status ?? null,
          status ?? null,
        ])
      ).map(toMessage);
    },
  };
}
