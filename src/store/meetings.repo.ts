import type { Db } from './database.js';
import type { Meeting, MeetingRepo, MeetingStatus } from './types.js';

interface Row {
  id: number;
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
  return {
    async list() {
      return db.prepare<[], Row>('SELECT * FROM meetings ORDER BY date, id').all().map(toMeeting);
    },
    async get(id) {
      const row = db.prepare<[number], Row>('SELECT * FROM meetings WHERE id = ?').get(id);
      return row ? toMeeting(row) : null;
    },
    async findByDate(date) {
      const row = db
        .prepare<[string], Row>("SELECT * FROM meetings WHERE date = ? AND status <> 'cancelled'")
        .get(date);
      return row ? toMeeting(row) : null;
    },
    async next(atUtc, today) {
      const row = db
        .prepare<[string, string], Row>(
          `SELECT * FROM meetings WHERE status = 'scheduled'
             AND ((start_utc IS NOT NULL AND start_utc >= ?) OR (start_utc IS NULL AND date >= ?))
           ORDER BY date, start_utc LIMIT 1`,
        )
        .get(atUtc, today);
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
