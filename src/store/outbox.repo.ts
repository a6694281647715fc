import type { Db } from './database.js';
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

export function outboxRepo(db: Db): OutboxRepo {
  const byId = db.prepare<[number], Row>('SELECT * FROM outbox WHERE id = ?');
  // A claim holds across processes: only one UPDATE can move a row out of pending (or out of an
  // expired lease, when a sender died mid-send).
  const claimOne = (id: number, nowUtc: string, leaseUntilUtc: string): OutboxMessage | null => {
    // Too late is never sent: a reminder for a meeting that has started is given up instead.
    db.prepare(
      `UPDATE outbox SET status = 'failed', error = 'expired before it could be sent', lease_until = NULL, sent_at = ?
       WHERE id = ? AND status IN ('pending', 'sending') AND expires_at IS NOT NULL AND expires_at <= ?`,
    ).run(nowUtc, id, nowUtc);
    const changed = db
      .prepare(
        `UPDATE outbox SET status = 'sending', lease_until = ?, attempts = attempts + 1
         WHERE id = ? AND next_attempt_at <= ? AND (status = 'pending' OR (status = 'sending' AND lease_until < ?))`,
      )
      .run(leaseUntilUtc, id, nowUtc, nowUtc).changes;
    if (changed !== 1) return null;
    const row = byId.get(id);
    return row ? toMessage(row) : null;
  };

  return {
    async enqueue(m, atUtc) {
      const result = db
        .prepare(
          `INSERT OR IGNORE INTO outbox (dedupe_key, platform, recipient, thread_ref, kind, view, action_ids, next_attempt_at, created_at, expires_at, occasion)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
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
        );
      const row = db
        .prepare<[string], Row>('SELECT * FROM outbox WHERE dedupe_key = ?')
        .get(m.dedupeKey) as Row;
      return { message: toMessage(row), created: result.changes === 1 };
    },
    async claim(id, nowUtc, leaseUntilUtc) {
      return claimOne(id, nowUtc, leaseUntilUtc);
    },
    async dueIds(nowUtc, limit) {
      return db
        .prepare<[string, string, number], { id: number }>(
          `SELECT id FROM outbox WHERE next_attempt_at <= ? AND (status = 'pending' OR (status = 'sending' AND lease_until < ?))
           ORDER BY next_attempt_at, id LIMIT ?`,
        )
        .all(nowUtc, nowUtc, limit)
        .map((r) => r.id);
    },
    async markSent(id, conversation, messageRef, atUtc) {
      db.prepare(
        `UPDATE outbox SET status = 'sent', conversation = ?, message_ref = ?, sent_at = ?, lease_until = NULL, error = NULL WHERE id = ?`,
      ).run(conversation, messageRef, atUtc, id);
    },
    async markRetry(id, nextAttemptAtUtc, error) {
      db.prepare(
        `UPDATE outbox SET status = 'pending', next_attempt_at = ?, lease_until = NULL, error = ? WHERE id = ?`,
      ).run(nextAttemptAtUtc, error, id);
    },
    async markFailed(id, error, atUtc) {
      db.prepare(
        `UPDATE outbox SET status = 'failed', error = ?, lease_until = NULL, sent_at = ? WHERE id = ?`,
      ).run(error, atUtc, id);
    },
    async findSent(platform, conversation, messageRef) {
      const row = db
        .prepare<[Platform, string, string], Row>(
          `SELECT * FROM outbox WHERE platform = ? AND conversation = ? AND message_ref = ? AND status = 'sent'`,
        )
        .get(platform, conversation, messageRef);
      return row ? toMessage(row) : null;
    },
    async latestSent(platform, conversation, kinds) {
      const row = db
        .prepare<[Platform, string, string], Row>(
          `SELECT * FROM outbox WHERE platform = ? AND conversation = ? AND status = 'sent'
             AND kind IN (SELECT value FROM json_each(?)) ORDER BY sent_at DESC, id DESC LIMIT 1`,
        )
        .get(platform, conversation, JSON.stringify(kinds));
      return row ? toMessage(row) : null;
    },
    async get(id) {
      const row = byId.get(id);
      return row ? toMessage(row) : null;
    },
    async existingKeys(keys) {
      const rows = db
        .prepare<[string], { dedupe_key: string }>(
          'SELECT dedupe_key FROM outbox WHERE dedupe_key IN (SELECT value FROM json_each(?))',
        )
        .all(JSON.stringify(keys));
      return new Set(rows.map((r) => r.dedupe_key));
    },
    async expireOccasion(occasion, reason, atUtc) {
      return db
        .prepare(
          `UPDATE outbox SET status = 'failed', error = ?, lease_until = NULL, sent_at = ?
           WHERE occasion = ? AND status = 'pending'`,
        )
        .run(reason, atUtc, occasion).changes;
    },
    async byOccasion(occasion) {
      return db
        .prepare<[string], Row>('SELECT * FROM outbox WHERE occasion = ? ORDER BY id')
        .all(occasion)
        .map(toMessage);
    },
    async list(status) {
      return db
        .prepare<[string | null, string | null], Row>(
          'SELECT * FROM outbox WHERE (? IS NULL OR status = ?) ORDER BY id',
        )
        .all(status ?? null, status ?? null)
        .map(toMessage);
    },
  };
}
