import { audit, insertedId } from './database.js';
import type { Sql, SqlDatabase } from './sql/sql.js';
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

export function roundRepo(db: SqlDatabase): RoundRepo {
  const byPeriod = (tx: Sql, committeeId: string, period: string) =>
    tx.get<RoundRow>('SELECT * FROM rounds WHERE committee_id = ? AND period = ?', [committeeId, period]);
  const submissionBy = (tx: Sql, where: string, ...args: (string | number)[]) =>
    tx.get<SubmissionRow>(`${SUBMISSION} WHERE ${where}`, args);
  return {
    async open(committeeId, period, deadlineUtc, expected, actor, atUtc) {
      return db.transaction(async (tx) => {
        const inserted = await tx.run(
          `INSERT INTO rounds (committee_id, period, status, deadline_utc, expected, opened_at, opened_by)
           VALUES (?, ?, 'open', ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [committeeId, period, deadlineUtc, expected ? JSON.stringify(expected) : null, atUtc, actor],
        );
        if (inserted)
          await audit(tx, atUtc, actor, 'round.open', 'round', period, {
            committee: committeeId,
            deadlineUtc,
            expected,
          });
        return {
          round: toRound((await byPeriod(tx, committeeId, period)) as RoundRow),
          created: inserted === 1,
        };
      });
    },
    async get(committeeId, period) {
      const row = await byPeriod(db, committeeId, period);
      return row ? toRound(row) : null;
    },
    async byId(id) {
      const row = await db.get<RoundRow>('SELECT * FROM rounds WHERE id = ?', [id]);
      return row ? toRound(row) : null;
    },
    async latest(committeeId) {
      const row = await db.get<RoundRow>(
        'SELECT * FROM rounds WHERE (CAST(? AS TEXT) IS NULL OR committee_id = ?) ORDER BY opened_at DESC, id DESC LIMIT 1',
        [committeeId ?? null, committeeId ?? null],
      );
      return row ? toRound(row) : null;
    },
    async close(committeeId, period, actor, atUtc) {
      return db.transaction(async (tx) => {
        const row = await byPeriod(tx, committeeId, period);
        if (!row) throw new StoreError(`No round for ${period}`, 'not_found');
        if (row.status === 'open') {
          await tx.run("UPDATE rounds SET status = 'closed', closed_at = ? WHERE id = ?", [atUtc, row.id]);
          await audit(tx, atUtc, actor, 'round.close', 'round', period, { committee: committeeId });
        }
        return toRound((await byPeriod(tx, committeeId, period)) as RoundRow);
      });
    },
    async upsertSubmission(s) {
      return db.transaction(async (tx) => {
        const existing = await submissionBy(tx, 's.message_ref = ?', s.messageRef);
        if (existing) {
          if (existing.text !== s.text) {
            await tx.run('UPDATE submissions SET text = ?, edited_at = ? WHERE id = ?', [
              s.text,
              s.atUtc,
              existing.id,
            ]);
            await audit(tx, s.atUtc, s.by, 'submission.edit', 'submission', existing.id, {
              before: existing.text,
            });
          }
          return {
            submission: toSubmission((await submissionBy(tx, 's.id = ?', existing.id)) as SubmissionRow),
            created: false,
          };
        }
        const id = await insertedId(
          tx,
          `INSERT INTO submissions (round_id, organisation_id, person_id, by_label, platform, message_ref, text, submitted_at, late)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            s.roundId,
            s.organisationId,
            s.personId,
            s.by,
            s.platform,
            s.messageRef,
            s.text,
            s.atUtc,
            s.late ? 1 : 0,
          ],
        );
        await audit(tx, s.atUtc, s.by, 'submission.add', 'submission', id, {
          roundId: s.roundId,
          late: s.late,
        });
        return {
          submission: toSubmission((await submissionBy(tx, 's.id = ?', id)) as SubmissionRow),
          created: true,
        };
      });
    },
    async withdraw(messageRef, atUtc) {
      return db.transaction(async (tx) => {
        const existing = await submissionBy(tx, 's.message_ref = ?', messageRef);
        if (!existing) return null;
        if (!existing.withdrawn_at) {
          await tx.run('UPDATE submissions SET withdrawn_at = ? WHERE id = ?', [atUtc, existing.id]);
          await audit(tx, atUtc, existing.by_label, 'submission.withdraw', 'submission', existing.id, null);
        }
        return toSubmission((await submissionBy(tx, 's.id = ?', existing.id)) as SubmissionRow);
      });
    },
    async submissions(roundId, opts = {}) {
      // Replies handled in the same instant (replicas, concurrent events) keep the thread's order:
      // a Slack message_ref ends with the message's ts.
      return (
        await db.all<SubmissionRow>(
          `${SUBMISSION} WHERE s.round_id = ? ${opts.withdrawn ? '' : 'AND s.withdrawn_at IS NULL'} ORDER BY s.submitted_at, s.message_ref, s.id`,
          [roundId],
        )
      ).map(toSubmission);
    },
    async assign(submissionId, organisationId, actor, atUtc) {
      return db.transaction(async (tx) => {
        if (!(await submissionBy(tx, 's.id = ?', submissionId)))
          throw new StoreError(`No submission ${submissionId}`, 'not_found');
        await tx.run('UPDATE submissions SET organisation_id = ? WHERE id = ?', [
          organisationId,
          submissionId,
        ]);
        await audit(tx, atUtc, actor, 'submission.assign', 'submission', submissionId, { organisationId });
        return toSubmission((await submissionBy(tx, 's.id = ?', submissionId)) as SubmissionRow);
      });
    },
  };
}
