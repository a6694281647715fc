import { reconcileActions } from '../domain/reconcile.js';
import { insertAction, replaceOwners } from './actions.repo.js';
import { audit, type Db } from './database.js';
import type { ImportRepo, ImportSummary, MinutesRecord } from './types.js';

export function importRepo(db: Db): ImportRepo {
  const findBySha = db.prepare<[string], { meeting_id: number; imported_at: string }>(
    'SELECT meeting_id, imported_at FROM minutes_imports WHERE sha256 = ?',
  );

  const apply = (m: MinutesRecord, actor: string, atUtc: string): ImportSummary => {
    const seen = findBySha.get(m.sha256);
    if (seen) {
      return {
        meetingId: seen.meeting_id,
        alreadyImported: true,
        created: [],
        updated: [],
        withdrawn: [],
        unchanged: [],
        nextMeetingId: null,
      };
    }
    // The meeting the minutes record: held. It may already exist as the "next meeting" of earlier minutes.
    const existing = db
      .prepare<[string, string], { id: number }>(
        "SELECT id FROM meetings WHERE committee_id = ? AND date = ? AND status <> 'cancelled'",
      )
      .get(m.committeeId, m.date);
    let meetingId: number;
    if (existing) {
      meetingId = existing.id;
      db.prepare("UPDATE meetings SET title = ?, status = 'held', updated_at = ? WHERE id = ?").run(
        m.title,
        atUtc,
        meetingId,
      );
    } else {
      meetingId = Number(
        db
          .prepare(
            `INSERT INTO meetings (committee_id, title, date, zone, status, source, created_at, updated_at)
             VALUES (?, ?, ?, ?, 'held', 'minutes', ?, ?)`,
          )
          .run(m.committeeId, m.title, m.date, m.zone, atUtc, atUtc).lastInsertRowid,
      );
    }

    db.prepare('DELETE FROM agenda_items WHERE meeting_id = ?').run(meetingId);
    const insertItem = db.prepare(
      'INSERT INTO agenda_items (meeting_id, number, title, position) VALUES (?, ?, ?, ?)',
    );
    for (const [i, item] of m.items.entries()) insertItem.run(meetingId, item.number, item.title, i);

    db.prepare('DELETE FROM attendance WHERE meeting_id = ?').run(meetingId);
    const insertAttendance = db.prepare(
      `INSERT INTO attendance (meeting_id, organisation_id, name, kind, role, deputising_for, position)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [i, a] of m.attendees.entries()) {
      insertAttendance.run(meetingId, a.organisationId, a.name, 'present', a.role, a.deputisingFor, i);
    }
    for (const [i, a] of m.apologies.entries()) {
      insertAttendance.run(meetingId, a.organisationId, a.name, 'apologies', a.role, a.deputisingFor, i);
    }

    const recorded = db
      .prepare<
        [number],
        {
          id: number;
          text: string;
          position: number | null;
          item: string | null;
          due_date: string | null;
          status: string;
        }
      >(
        "SELECT id, text, position, item, due_date, status FROM actions WHERE meeting_id = ? AND source = 'minutes' ORDER BY id",
      )
      .all(meetingId)
      .map((r) => ({
        id: r.id,
        text: r.text,
        position: r.position,
        item: r.item,
        dueDate: r.due_date,
        status: r.status,
        ownerIds: db
          .prepare<[number], { organisation_id: number }>(
            'SELECT organisation_id FROM action_owners WHERE action_id = ? ORDER BY position',
          )
          .all(r.id)
          .map((o) => o.organisation_id),
      }));
    const plan = reconcileActions(recorded, m.actions);
    const summary: ImportSummary = {
      meetingId,
      alreadyImported: false,
      created: [],
      updated: [],
      withdrawn: [],
      unchanged: [],
      nextMeetingId: null,
    };
    for (const match of plan.matched) {
      const action = m.actions[match.index];
      if (!action) continue;
      db.prepare('UPDATE actions SET position = ? WHERE id = ?').run(match.index, match.id);
      if (!match.changed) {
        summary.unchanged.push(match.id);
        continue;
      }
      const before = recorded.find((r) => r.id === match.id);
      db.prepare('UPDATE actions SET text = ?, item = ?, due_date = ?, updated_at = ? WHERE id = ?').run(
        action.text,
        action.item,
        action.dueDate,
        atUtc,
        match.id,
      );
      replaceOwners(db, match.id, action.ownerIds);
      audit(db, atUtc, actor, 'action.correct', 'action', `A${match.id}`, { before, after: action });
      summary.updated.push(match.id);
    }
    for (const index of plan.created) {
      const action = m.actions[index];
      if (!action) continue;
      const id = insertAction(
        db,
        { ...action, meetingId, committeeId: m.committeeId },
        'minutes',
        index,
        atUtc,
      );
      replaceOwners(db, id, action.ownerIds);
      audit(db, atUtc, actor, 'action.add', 'action', `A${id}`, { from: 'minutes', ...action });
      summary.created.push(id);
    }
    for (const id of plan.withdrawn) {
      const before = recorded.find((r) => r.id === id);
      if (!before || before.status === 'cancelled') continue;
      // Kept with its history, not deleted: someone may already have reported on it.
      db.prepare("UPDATE actions SET status = 'cancelled', position = NULL, updated_at = ? WHERE id = ?").run(
        atUtc,
        id,
      );
      db.prepare(
        `INSERT INTO status_updates (action_id, at_utc, person_id, by_label, status, status_changed, note, source)
         VALUES (?, ?, NULL, ?, 'cancelled', 1, 'Not in the corrected minutes', 'import')`,
      ).run(id, atUtc, actor);
      audit(db, atUtc, actor, 'action.withdraw', 'action', `A${id}`, before);
      summary.withdrawn.push(id);
    }

    if (m.nextMeeting) {
      const n = m.nextMeeting;
      const next = db
        .prepare<[string, string], { id: number; source: string }>(
          "SELECT id, source FROM meetings WHERE committee_id = ? AND date = ? AND status <> 'cancelled'",
        )
        .get(m.committeeId, n.date);
      if (next) {
        // A meeting the secretariat set by hand wins over what the minutes say.
        if (next.source === 'minutes') {
          db.prepare(
            'UPDATE meetings SET start_utc = ?, end_utc = ?, location = ?, updated_at = ? WHERE id = ?',
          ).run(n.startUtc, n.endUtc, n.location, atUtc, next.id);
        }
        summary.nextMeetingId = next.id;
      } else {
        summary.nextMeetingId = Number(
          db
            .prepare(
              `INSERT INTO meetings (committee_id, title, date, start_utc, end_utc, zone, location, status, source, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', 'minutes', ?, ?)`,
            )
            .run(m.committeeId, m.title, n.date, n.startUtc, n.endUtc, m.zone, n.location, atUtc, atUtc)
            .lastInsertRowid,
        );
        audit(db, atUtc, actor, 'meeting.add', 'meeting', summary.nextMeetingId, { from: 'minutes', ...n });
      }
    }

    db.prepare(
      'INSERT INTO minutes_imports (sha256, meeting_id, file_name, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)',
    ).run(m.sha256, meetingId, m.fileName, actor, atUtc);
    audit(db, atUtc, actor, 'minutes.import', 'meeting', meetingId, {
      sha256: m.sha256,
      fileName: m.fileName,
      created: summary.created,
      updated: summary.updated,
      withdrawn: summary.withdrawn,
    });
    return summary;
  };

  return {
    async findBySha256(sha256) {
      const row = findBySha.get(sha256);
      return row ? { meetingId: row.meeting_id, importedAtUtc: row.imported_at } : null;
    },
    async apply(minutes, actor, atUtc) {
      return db.transaction(() => apply(minutes, actor, atUtc)).immediate();
    },
  };
}
