import { audit, type Db } from './database.js';
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

export function meetingRepo(db: Db): MeetingRepo {
  const mustGet = (id: number): Meeting => {
    const row = db.prepare<[number], Row>('SELECT * FROM meetings WHERE id = ?').get(id);
    if (!row) throw new StoreError(`No meeting ${id}`, 'not_found');
    return toMeeting(row);
  };
  const ensureDayFree = (committeeId: string, date: string, exceptId = -1) => {
    const other = db
      .prepare<[string, string, number], Row>(
        "SELECT * FROM meetings WHERE committee_id = ? AND date = ? AND status <> 'cancelled' AND id <> ?",
      )
      .get(committeeId, date, exceptId);
    if (other) throw new StoreError(`There is already a meeting on ${date} (${other.title})`, 'conflict');
  };
  return {
    async add(m, actor, atUtc) {
      return db
        .transaction(() => {
          ensureDayFree(m.committeeId, m.date);
          const id = Number(
            db
              .prepare(
                `INSERT INTO meetings (committee_id, title, date, start_utc, end_utc, zone, location, status, source, created_at, updated_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', 'manual', ?, ?)`,
              )
              .run(m.committeeId, m.title, m.date, m.startUtc, m.endUtc, m.zone, m.location, atUtc, atUtc)
              .lastInsertRowid,
          );
          audit(db, atUtc, actor, 'meeting.add', 'meeting', id, m);
          return mustGet(id);
        })
        .immediate();
    },
    async move(id, changes, actor, atUtc) {
      return db
        .transaction(() => {
          const before = mustGet(id);
          ensureDayFree(before.committeeId, changes.date, id);
          // Set by hand now: a later import of old minutes must not move it back.
          db.prepare(
            "UPDATE meetings SET date = ?, start_utc = ?, end_utc = ?, location = ?, source = 'manual', updated_at = ? WHERE id = ?",
          ).run(
            changes.date,
            changes.startUtc,
            changes.endUtc,
            changes.location === undefined ? before.location : changes.location,
            atUtc,
            id,
          );
          audit(db, atUtc, actor, 'meeting.move', 'meeting', id, { before, changes });
          return mustGet(id);
        })
        .immediate();
    },
    async setStatus(id, status, actor, atUtc) {
      return db
        .transaction(() => {
          const before = mustGet(id);
          db.prepare('UPDATE meetings SET status = ?, updated_at = ? WHERE id = ?').run(status, atUtc, id);
          audit(db, atUtc, actor, `meeting.${status}`, 'meeting', id, { from: before.status });
          return mustGet(id);
        })
        .immediate();
    },
    async list(committeeId) {
      return (
        committeeId
          ? db
              .prepare<[string], Row>('SELECT * FROM meetings WHERE committee_id = ? ORDER BY date, id')
              .all(committeeId)
          : db.prepare<[], Row>('SELECT * FROM meetings ORDER BY date, id').all()
      ).map(toMeeting);
    },
    async get(id) {
      const row = db.prepare<[number], Row>('SELECT * FROM meetings WHERE id = ?').get(id);
      return row ? toMeeting(row) : null;
    },
    async findByDate(committeeId, date) {
      const row = db
        .prepare<[string, string], Row>(
          "SELECT * FROM meetings WHERE committee_id = ? AND date = ? AND status <> 'cancelled'",
        )
        .get(committeeId, date);
      return row ? toMeeting(row) : null;
    },
    async next(committeeId, atUtc, today) {
      const row = db
        .prepare<[string, string, string], Row>(
          `SELECT * FROM meetings WHERE committee_id = ? AND status = 'scheduled'
             AND ((start_utc IS NOT NULL AND start_utc >= ?) OR (start_utc IS NULL AND date >= ?))
           ORDER BY date, start_utc LIMIT 1`,
        )
        .get(committeeId, atUtc, today);
      return row ? toMeeting(row) : null;
    },
    async attendance(meetingId) {
      return db
        .prepare<
          [number],
          {
            organisation_id: number | null;
            organisation: string | null;
            name: string;
            kind: 'present' | 'apologies';
            role: string | null;
            deputising_for: string | null;
          }
        >(
          `SELECT a.*, o.name AS organisation FROM attendance a LEFT JOIN organisations o ON o.id = a.organisation_id
           WHERE a.meeting_id = ? ORDER BY a.kind DESC, a.position`,
        )
        .all(meetingId)
        .map((r) => ({
          organisationId: r.organisation_id,
          organisation: r.organisation,
          name: r.name,
          kind: r.kind,
          role: r.role,
          deputisingFor: r.deputising_for,
        }));
    },
    async items(meetingId) {
      return db
        .prepare<[number], { number: string; title: string }>(
          'SELECT number, title FROM agenda_items WHERE meeting_id = ? ORDER BY position',
        )
        .all(meetingId);
    },
  };
}
