import type { SqlDatabase } from './sql/sql.js';
import type { ConversationRef, ConversationRefRepo } from './types.js';

interface Row {
  conversation_id: string;
  kind: string;
  aad_object_id: string | null;
  service_url: string;
  reference: string;
  updated_at: string;
  unreachable_at: string | null;
  unreachable_reason: string | null;
}

const toRef = (r: Row): ConversationRef => ({
  conversationId: r.conversation_id,
  kind: r.kind,
  aadObjectId: r.aad_object_id,
  serviceUrl: r.service_url,
  reference: JSON.parse(r.reference) as unknown,
  updatedAtUtc: r.updated_at,
  unreachableAtUtc: r.unreachable_at,
  unreachableReason: r.unreachable_reason,
});

export function conversationRefRepo(db: SqlDatabase): ConversationRefRepo {
  return {
    async save(ref) {
      await db.run(
        `INSERT INTO conversation_refs (conversation_id, kind, aad_object_id, service_url, reference, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (conversation_id) DO UPDATE SET kind = excluded.kind,
           aad_object_id = COALESCE(excluded.aad_object_id, conversation_refs.aad_object_id),
           service_url = excluded.service_url, reference = excluded.reference, updated_at = excluded.updated_at,
           unreachable_at = NULL, unreachable_reason = NULL`,
        [
          ref.conversationId,
          ref.kind,
          ref.aadObjectId,
          ref.serviceUrl,
          JSON.stringify(ref.reference),
          ref.updatedAtUtc,
        ],
      );
    },
    async get(conversationId) {
      const row = await db.get<Row>('SELECT * FROM conversation_refs WHERE conversation_id = ?', [
        conversationId,
      ]);
      return row ? toRef(row) : null;
    },
    async personalChats(aadObjectIds) {
      const rows = await db.all<Row>(
        `SELECT * FROM conversation_refs WHERE kind = 'personal' AND aad_object_id IN (SELECT value FROM json_each(?))
         ORDER BY aad_object_id, updated_at DESC`,
        [aadObjectIds],
      );
      // The most recent chat per person, a person may have reinstalled the app.
      const chats = new Map<string, ConversationRef>();
      for (const row of rows) {
        const ref = toRef(row);
        if (ref.aadObjectId && !chats.has(ref.aadObjectId)) chats.set(ref.aadObjectId, ref);
      }
      return chats;
    },
    async markUnreachable(conversationId, reason, atUtc) {
      await db.run(
        'UPDATE conversation_refs SET unreachable_at = ?, unreachable_reason = ? WHERE conversation_id = ?',
        [atUtc, reason, conversationId],
      );
    },
    async unreachable() {
      return (
        await db.all<Row>(
          'SELECT * FROM conversation_refs WHERE unreachable_at IS NOT NULL ORDER BY unreachable_at',
        )
      ).map(toRef);
    },
  };
}
