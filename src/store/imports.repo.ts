import { reconcileActions } from '../domain/reconcile.js';
import { insertAction, replaceOwners } from './actions.repo.js';
import { audit, insertedId } from './database.js';
import type { Sql, SqlDatabase } from './sql/sql.js';
import type { ImportRepo, ImportSummary, MinutesRecord } from './types.js';

const findBySha = (db: Sql, sha256: string) =>
  db.get<{ meeting_id: number; imported_at: string }>(
    'SELECT meeting_id, imported_at FROM minutes_imports WHERE sha256 = ?',
    [sha256],
  );

export function importRepo(db: SqlDatabase): ImportRepo {
  const apply = async (tx: Sql, m: MinutesRecord, actor: string, atUtc: string): Promise<ImportSummary> => {
    const seen = await findBySha(tx, m.sha256);
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
    const existing = await tx.get<{ id: number }>(
      "SELECT id FROM meetings WHERE committee_id = ? AND date = ? AND status <> 'cancelled'",
      [m.committeeId, m.date],
    );
    let meetingId: number;
    if (existing) {
      meetingId = existing.id;
      await tx.run("UPDATE meetings SET title = ?, status = 'held', updated_at = ? WHERE id = ?", [
        m.title,
        atUtc,
        meetingId,
      ]);
    } else {
      meetingId = await insertedId(
        tx,
        `INSERT INTO meetings (committee_id, title, date, zone, status, source, created_at, updated_at)
         VALUES (?, ?, ?, ?, 'held', 'minutes', ?, ?)`,
        [m.committeeId, m.title, m.date, m.zone, atUtc, atUtc],
      );
    }

    await tx.run('DELETE FROM agenda_items WHERE meeting_id = ?', [meetingId]);
    for (const [i, item] of m.items.entries()) {
      await tx.run('INSERT INTO agenda_items (meeting_id, number, title, position) VALUES (?, ?, ?, ?)', [
        meetingId,
        item.number,
        item.title,
        i,
      ]);
    }

    await tx.run('DELETE FROM attendance WHERE meeting_id = ?', [meetingId]);
    const insertAttendance = (a: MinutesRecord['attendees'][number], kind: string, i: number) =>
      tx.run(
        `INSERT INTO attendance (meeting_id, organisation_id, name, kind, role, deputising_for, position)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
        [meetingId, a.organisationId, a.name, kind, a.role, a.deputisingFor, i],
      );
    for (const [i, a] of m.attendees.entries()) await insertAttendance(a, 'present', i);
    for (const [i, a] of m.apologies.entries()) await insertAttendance(a, 'apologies', i);

    const recordedRows = await tx.all<{
      id: number;
      text: string;
      position: number | null;
      item: string | null;
      due_date: string | null;
      status: string;
    }>(
      "SELECT id, text, position, item, due_date, status FROM actions WHERE meeting_id = ? AND source = 'minutes' ORDER BY id",
      [meetingId],
    );
    const recorded = [];
    for (const r of recordedRows) {
      const owners = await tx.all<{ organisation_id: number }>(
        'SELECT organisation_id FROM action_owners WHERE action_id = ? ORDER BY position',
        [r.id],
      );
      recorded.push({
        id: r.id,
        text: r.text,
        position: r.position,
        item: r.item,
        dueDate: r.due_date,
        status: r.status,
        ownerIds: owners.map((o) => o.organisation_id),
      });
    }
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
      await tx.run('UPDATE actions SET position = ? WHERE id = ?', [match.index, match.id]);
      if (!match.changed) {
        summary.unchanged.push(match.id);
        continue;
      }
      const before = recorded.find((r) => r.id === match.id);
      await tx.run('UPDATE actions SET text = ?, item = ?, due_date = ?, updated_at = ? WHERE id = ?', [
        action.text,
        action.item,
        action.dueDate,
        atUtc,
        match.id,
      ]);
      await replaceOwners(tx, match.id, action.ownerIds);
      await audit(tx, atUtc, actor, 'action.correct', 'action', `A${match.id}`, { before, after: action });
      summary.updated.push(match.id);
    }
    for (const index of plan.created) {
      const action = m.actions[index];
      if (!action) continue;
      const id = await insertAction(
        tx,
        { ...action, meetingId, committeeId: m.committeeId },
        'minutes',
        index,
        atUtc,
      );
      await replaceOwners(tx, id, action.ownerIds);
      await audit(tx, atUtc, actor, 'action.add', 'action', `A${id}`, { from: 'minutes', ...action });
      summary.created.push(id);
    }
    for (const id of plan.withdrawn) {
      const before = recorded.find((r) => r.id === id);
      if (!before || before.status === 'cancelled') continue;
      // Kept with its history, not deleted: someone may already have reported on it.
      await tx.run("UPDATE actions SET status = 'cancelled', position = NULL, updated_at = ? WHERE id = ?", [
        atUtc,
        id,
      ]);
      await tx.run(
        `INSERT INTO status_updates (action_id, at_utc, person_id, by_label, status, status_changed, note, source)
         VALUES (?, ?, NULL, ?, 'cancelled', 1, 'Not in the corrected minutes', 'import')`,
        [id, atUtc, actor],
      );
      await audit(tx, atUtc, actor, 'action.withdraw', 'action', `A${id}`, before);
      summary.withdrawn.push(id);
    }

    if (m.nextMeeting) {
      const n = m.nextMeeting;
      const next = await tx.get<{ id: number; source: string }>(
        "SELECT id, source FROM meetings WHERE committee_id = ? AND date = ? AND status <> 'cancelled'",
        [m.committeeId, n.date],
      );
      if (next) {
        // A meeting the secretariat set by hand wins over what the minutes say.
        if (next.source === 'minutes') {
          await tx.run(
            'UPDATE meetings SET start_utc = ?, end_utc = ?, location = ?, updated_at = ? WHERE id = ?',
            [n.startUtc, n.endUtc, n.location, atUtc, next.id],
          );
        }
        summary.nextMeetingId = next.id;
      } else {
        summary.nextMeetingId = await insertedId(
          tx,
          `INSERT INTO meetings (committee_id, title, date, start_utc, end_utc, zone, location, status, source, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', 'minutes', ?, ?)`,
          [m.committeeId, m.title, n.date, n.startUtc, n.endUtc, m.zone, n.location, atUtc, atUtc],
        );
        await audit(tx, atUtc, actor, 'meeting.add', 'meeting', summary.nextMeetingId, {
          from: 'minutes',
          ...n,
        });
      }
    }

    await tx.run(
      'INSERT INTO minutes_imports (sha256, meeting_id, file_name, imported_by, imported_at) VALUES (?, ?, ?, ?, ?)',
      [m.sha256, meetingId, m.fileName, actor, atUtc],
    );
    await audit(tx, atUtc, actor, 'minutes.import', 'meeting', meetingId, {
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
      const row = await findBySha(db, sha256);
      return row ? { meetingId: row.meeting_id, importedAtUtc: row.imported_at } : null;
    },
    async apply(minutes, actor, atUtc) {
      return db.transaction((tx) => apply(tx, minutes, actor, atUtc));
    },
  };
}
