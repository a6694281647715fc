import { audit, type Db } from './database.js';
import { type Round, type RoundRepo, StoreError, type Submission } from './types.js';

interface RoundRow {
  id: number;
  committee_id: string;
  period: string;
  status: 'open' | 'closed';
  deadline_utc: string;
  expected: string | null;
  opened_at: string;
  closed_at: string | null;
}

interface SubmissionRow {
  id: number;
  round_id: number;
  organisation_id: number | null;
  organisation: string | null;
  person_id: number | null;
  by_label: string;
  platform: Submission['platform'];
  message_ref: string;
  text: string;
  submitted_at: string;
  edited_at: string | null;
  withdrawn_at: string | null;
  late: number;
}

const toRound = (r: RoundRow): Round => ({
  id: r.id,
  committeeId: r.committee_id,
  period: r.period,
  status: r.status,
  deadlineUtc: r.deadline_utc,
  expected: r.expected ? (JSON.parse(r.expected) as number[]) : null,
  openedAtUtc: r.opened_at,
  closedAtUtc: r.closed_at,
});

const toSubmission = (r: SubmissionRow): Submission => ({
  id: r.id,
  roundId: r.round_id,
  organisationId: r.organisation_id,
  organisation: r.organisation,
  personId: r.person_id,
  by: r.by_label,
  platform: r.platform,
  messageRef: r.message_ref,
  text: r.text,
  submittedAtUtc: r.submitted_at,
  editedAtUtc: r.edited_at,
  withdrawnAtUtc: r.withdrawn_at,
  late: r.late === 1,
});

const SUBMISSION =
  'SELECT s.*, o.name AS organisation FROM submissions s LEFT JOIN organisations o ON o.id = s.organisation_id';

export function roundRepo(db: Db): RoundRepo {
  const byPeriodStmt = db.prepare<[string, string], RoundRow>(
    'SELECT * FROM rounds WHERE committee_id = ? AND period = ?',
  );
  const byPeriod = { get: (committeeId: string, period: string) => byPeriodStmt.get(committeeId, period) };
  const submissionBy = (where: string, ...args: (string | number)[]) =>
    db.prepare<(string | number)[], SubmissionRow>(`${SUBMISSION} WHERE ${where}`).get(...args);
  return {
    async open(committeeId, period, deadlineUtc, expected, actor, atUtc) {
      return db
        .transaction(() => {
          const inserted = db
            .prepare(
              `INSERT OR IGNORE INTO rounds (committee_id, period, status, deadline_utc, expected, opened_at, opened_by) VALUES (?, ?, 'open', ?, ?, ?, ?)`,
            )
            .run(
              committeeId,
              period,
              deadlineUtc,
              expected ? JSON.stringify(expected) : null,
              atUtc,
              actor,
            ).changes;
          if (inserted)
            audit(db, atUtc, actor, 'round.open', 'round', period, {
              committee: committeeId,
              deadlineUtc,
              expected,
            });
          return { round: toRound(byPeriod.get(committeeId, period) as RoundRow), created: inserted === 1 };
        })
        .immediate();
    },
    async get(committeeId, period) {
      const row = byPeriod.get(committeeId, period);
      return row ? toRound(row) : null;
    },
    async byId(id) {
      const row = db.prepare<[number], RoundRow>('SELECT * FROM rounds WHERE id = ?').get(id);
      return row ? toRound(row) : null;
    },
    async latest(committeeId) {
      const row = db
        .prepare<[string | null, string | null], RoundRow>(
          'SELECT * FROM rounds WHERE (? IS NULL OR committee_id = ?) ORDER BY opened_at DESC, id DESC LIMIT 1',
        )
        .get(committeeId ?? null, committeeId ?? null);
      return row ? toRound(row) : null;
    },
    async close(committeeId, period, actor, atUtc) {
      return db
        .transaction(() => {
          const row = byPeriod.get(committeeId, period);
          if (!row) throw new StoreError(`No round for ${period}`, 'not_found');
          if (row.status === 'open') {
            db.prepare("UPDATE rounds SET status = 'closed', closed_at = ? WHERE id = ?").run(atUtc, row.id);
            audit(db, atUtc, actor, 'round.close', 'round', period, { committee: committeeId });
          }
          return toRound(byPeriod.get(committeeId, period) as RoundRow);
        })
        .immediate();
    },
    async upsertSubmission(s) {
      return db
        .transaction(() => {
          const existing = submissionBy('s.message_ref = ?', s.messageRef);
          if (existing) {
            if (existing.text !== s.text) {
              db.prepare('UPDATE submissions SET text = ?, edited_at = ? WHERE id = ?').run(
                s.text,
                s.atUtc,
                existing.id,
              );
              audit(db, s.atUtc, s.by, 'submission.edit', 'submission', existing.id, {
                before: existing.text,
              });
            }
            return {
              submission: toSubmission(submissionBy('s.id = ?', existing.id) as SubmissionRow),
              created: false,
            };
          }
          const id = Number(
            db
              .prepare(
                `INSERT INTO submissions (round_id, organisation_id, person_id, by_label, platform, message_ref, text, submitted_at, late)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
              )
              .run(
                s.roundId,
                s.organisationId,
                s.personId,
                s.by,
                s.platform,
                s.messageRef,
                s.text,
                s.atUtc,
                s.late ? 1 : 0,
              ).lastInsertRowid,
          );
          audit(db, s.atUtc, s.by, 'submission.add', 'submission', id, { roundId: s.roundId, late: s.late });
          return { submission: toSubmission(submissionBy('s.id = ?', id) as SubmissionRow), created: true };
        })
        .immediate();
    },
    async withdraw(messageRef, atUtc) {
      return db
        .transaction(() => {
          const existing = submissionBy('s.message_ref = ?', messageRef);
          if (!existing) return null;
          if (!existing.withdrawn_at) {
            db.prepare('UPDATE submissions SET withdrawn_at = ? WHERE id = ?').run(atUtc, existing.id);
            audit(db, atUtc, existing.by_label, 'submission.withdraw', 'submission', existing.id, null);
          }
          return toSubmission(submissionBy('s.id = ?', existing.id) as SubmissionRow);
        })
        .immediate();
    },
    async submissions(roundId, opts = {}) {
      return db
        .prepare<[number], SubmissionRow>(
          `${SUBMISSION} WHERE s.round_id = ? ${opts.withdrawn ? '' : 'AND s.withdrawn_at IS NULL'} ORDER BY s.submitted_at, s.id`,
        )
        .all(roundId)
        .map(toSubmission);
    },
    async assign(submissionId, organisationId, actor, atUtc) {
      return db
        .transaction(() => {
          if (!submissionBy('s.id = ?', submissionId))
            throw new StoreError(`No submission ${submissionId}`, 'not_found');
          db.prepare('UPDATE submissions SET organisation_id = ? WHERE id = ?').run(
            organisationId,
            submissionId,
          );
          audit(db, atUtc, actor, 'submission.assign', 'submission', submissionId, { organisationId });
          return toSubmission(submissionBy('s.id = ?', submissionId) as SubmissionRow);
        })
        .immediate();
    },
  };
}
