import { audit, insertedId } from './database.js';
import type { Sql, SqlDatabase } from './sql/sql.js';
import { type Meeting, type MeetingRepo, type MeetingStatus, StoreError } from './types.js';

interface Row {
  id: number;
  committee_id: string;
  title: string;
  date: string;
  start_utc: string | null;
  end_utc: string | null;
  zone: string;
  location: string | null;
  status: MeetingStatus;
  source: 'minutes' | 'manual';
}

export const toMeeting = (r: Row): Meeting => ({
  id: r.id,
  committeeId: r.committee_id,
  title: r.title,
  date: r.date,
  startUtc: r.start_utc,
  endUtc: r.end_utc,
  zone: r.zone,
  location: r.location,
  status: r.status,
  source: r.source,
});

export function meetingRepo(db: SqlDatabase): MeetingRepo {
  const mustGet = async (tx: Sql, id: number): Promise<Meeting> => {
    const row = await tx.get<Row>('SELECT * FROM meetings WHERE id = ?', [id]);
    if (!row) throw new StoreError(`No meeting ${id}`, 'not_found');
    return toMeeting(row);
  };
  const ensureDayFree = async (tx: Sql, committeeId: string, date: string, exceptId = -1) => {
    const other = await tx.get<Row>(
      "SELECT * FROM meetings WHERE committee_id = ? AND date = ? AND status <> 'cancelled' AND id <> ?",
      [committeeId, date, exceptId],
    );
    if (other) throw new StoreError(`There is already a meeting on ${date} (${other.title})`, 'conflict');
  };
  return {
    async add(m, actor, atUtc) {
      return db.transaction(async (tx) => {
        await ensureDayFree(tx, m.committeeId, m.date);
        const id = await insertedId(
          tx,
          `INSERT INTO meetings (committee_id, title, date, start_utc, end_utc, zone, location, status, source, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', 'manual', ?, ?)`,
          [m.committeeId, m.title, m.date, m.startUtc, m.endUtc, m.zone, m.location, atUtc, atUtc],
        );
        await audit(tx, atUtc, actor, 'meeting.add', 'meeting', id, m);
        return mustGet(tx, id);
      });
    },
    async move(id, changes, actor, atUtc) {
      return db.transaction(async (tx) => {
        const before = await mustGet(tx, id);
        await ensureDayFree(tx, before.committeeId, changes.date, id);
        // Set by hand now: a later import of old minutes must not move it back.
        await tx.run(
          "UPDATE meetings SET date = ?, start_utc = ?, end_utc = ?, location = ?, source = 'manual', updated_at = ? WHERE id = ?",
          [
            changes.date,
            changes.startUtc,
            changes.endUtc,
            changes.location === undefined ? before.location : changes.location,
            atUtc,
            id,
          ],
        );
        await audit(tx, atUtc, actor, 'meeting.move', 'meeting', id, { before, changes });
        return mustGet(tx, id);
      });
    },
    async setStatus(id, status, actor, atUtc) {
      return db.transaction(async (tx) => {
        const before = await mustGet(tx, id);
        await tx.run('UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?', [status, atUtc, id]);
        await audit(tx, atUtc, actor, `meeting.${status}`, 'meeting', id, { from: before.status });
        return mustGet(tx, id);
      });
    },
    async list(committeeId) {
      return (
        committeeId
          ? await db.all<Row>('SELECT * FROM meetings WHERE committee_id = ? ORDER BY date, id', [
              committeeId,
            ])
          : await db.all<Row>('SELECT * FROM meetings ORDER BY date, id')
      ).map(toMeeting);
    },
    async get(id) {
      const row = await db.get<Row>('SELECT * FROM meetings WHERE id = ?', [id]);
      return row ? toMeeting(row) : null;
    },
    async findByDate(committeeId, date) {
      const row = await db.get<Row>(
        "SELECT * FROM meetings WHERE committee_id = ? AND date = ? AND status <> 'cancelled'",
        [committeeId, date],
      );
      return row ? toMeeting(row) : null;
    },
    async next(committeeId, atUtc, today) {
      const row = await db.get<Row>(
        `SELECT * FROM meetings WHERE committee_id = ? AND status = 'scheduled'
           AND ((start_utc IS NOT NULL AND start_utc >= ?) OR (start_utc IS NULL AND date >= ?))
         ORDER BY date, start_utc LIMIT 1`,
        [committeeId, atUtc, today],
      );
      return row ? toMeeting(row) : null;
    },
    async attendance(meetingId) {
      return (
        await db.all<{
          organisation_id: number | null;
          organisation: string | null;
          name: string;
          kind: 'present' | 'apologies';
          role: string | null;
          deputising_for: string | null;
        }>(
          `SELECT a.*, o.name AS organisation FROM attendance a LEFT JOIN organisations o ON o.id = a.organisation_id
           WHERE a.meeting_id = ? ORDER BY a.kind DESC, a.position`,
          [meetingId],
        )
      ).map((r) => ({
        organisationId: r.organisation_id,
        organisation: r.organisation,
        name: r.name,
        kind: r.kind,
        role: r.role,
        deputisingFor: r.deputising_for,
      }));
    },
    async items(meetingId) {
      return db.all<{ number: string; title: string }>(
        'SELECT number, title FROM agenda_items WHERE meeting_id = ? ORDER BY position',
        [meetingId],
      );
    },
  };
}
