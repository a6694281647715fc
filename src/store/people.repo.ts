import { audit, type Db } from './database.js';
import { type Membership, type Person, type PersonRepo, type Role, StoreError } from './types.js';

interface Row {
  id: number;
  name: string | null;
  organisation_id: number | null;
  organisation: string | null;
  slack_user_id: string | null;
  teams_aad_id: string | null;
  /** JSON [[committee, role], …] */
  memberships: string | null;
}

const SELECT = `SELECT p.*, o.name AS organisation,
  (SELECT json_group_array(json_array(cm.committee_id, cm.role)) FROM
     (SELECT committee_id, role FROM committee_members WHERE person_id = p.id ORDER BY committee_id) cm) AS memberships
  FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`;

/** `role` is the person's role in `committeeId` when a list asks for one, else their first. */
const toPerson = (r: Row, committeeId?: string): Person => {
  const memberships: Membership[] = (JSON.parse(r.memberships ?? '[]') as [string, Role][]).map(
    ([committee, role]) => ({ committeeId: committee, role }),
  );
  const role =
    (committeeId ? memberships.find((m) => m.committeeId === committeeId) : memberships[0])?.role ?? 'member';
  return {
    id: r.id,
    name: r.name,
    organisationId: r.organisation_id,
    organisation: r.organisation,
    role,
    memberships,
    slackUserId: r.slack_user_id,
    teamsAadId: r.teams_aad_id,
  };
};

export function personRepo(db: Db): PersonRepo {
  const getSync = (id: number): Person | null => {
    const row = db.prepare<[number], Row>(`${SELECT} WHERE p.id = ?`).get(id);
    return row ? toPerson(row) : null;
  };

  const ensureChatIdsFree = (
    slack: string | null | undefined,
    teams: string | null | undefined,
    exceptId = -1,
  ) => {
    if (slack) {
      const other = db
        .prepare<[string, number], Row>(`${SELECT} WHERE p.slack_user_id = ? AND p.id <> ?`)
        .get(slack, exceptId);
      if (other)
        throw new StoreError(
          `Slack user ${slack} is already mapped (${describe(toPerson(other))})`,
          'conflict',
        );
    }
    if (teams) {
      const other = db
        .prepare<[string, number], Row>(`${SELECT} WHERE p.teams_aad_id = ? AND p.id <> ?`)
        .get(teams, exceptId);
      if (other)
        throw new StoreError(
          `Teams user ${teams} is already mapped (${describe(toPerson(other))})`,
          'conflict',
        );
    }
  };

  return {
    async list(committeeId) {
      const where = committeeId
        ? 'WHERE p.id IN (SELECT person_id FROM committee_members WHERE committee_id = ?)'
        : '';
      return db
        .prepare<string[], Row>(
          `${SELECT} ${where} ORDER BY o.name COLLATE NOCASE, p.name COLLATE NOCASE, p.id`,
        )
        .all(...(committeeId ? [committeeId] : []))
        .map((r) => toPerson(r, committeeId));
    },
    async get(id) {
      return getSync(id);
    },
    async findByChatId(platform, chatId) {
      const column = platform === 'slack' ? 'slack_user_id' : 'teams_aad_id';
      const row = db.prepare<[string], Row>(`${SELECT} WHERE p.${column} = ?`).get(chatId);
      return row ? toPerson(row) : null;
    },
    async add(person, actor, atUtc) {
      return db
        .transaction(() => {
          ensureChatIdsFree(person.slackUserId, person.teamsAadId);
          const id = Number(
            db
              .prepare(
                `INSERT INTO people (name, organisation_id, slack_user_id, teams_aad_id, created_at)
                 VALUES (?, ?, ?, ?, ?)`,
              )
              .run(person.name, person.organisationId, person.slackUserId, person.teamsAadId, atUtc)
              .lastInsertRowid,
          );
          audit(db, atUtc, actor, 'person.add', 'person', id, person);
          return getSync(id) as Person;
        })
        .immediate();
    },
    async update(id, changes, actor, atUtc) {
      return db
        .transaction(() => {
          const before = getSync(id);
          if (!before) throw new StoreError(`No member with id ${id}`, 'not_found');
          ensureChatIdsFree(changes.slackUserId, changes.teamsAadId, id);
          const after = { ...before, ...changes };
          db.prepare(
            `UPDATE people SET name = ?, organisation_id = ?, slack_user_id = ?, teams_aad_id = ? WHERE id = ?`,
          ).run(after.name, after.organisationId, after.slackUserId, after.teamsAadId, id);
          audit(db, atUtc, actor, 'person.update', 'person', id, { before, changes });
          return getSync(id) as Person;
        })
        .immediate();
    },
    async remove(id, actor, atUtc) {
      db.transaction(() => {
        const before = getSync(id);
        if (!before) throw new StoreError(`No member with id ${id}`, 'not_found');
        // Their past updates keep their chat id in by_label; only the link to the person goes.
        db.prepare('UPDATE status_updates SET person_id = NULL WHERE person_id = ?').run(id);
        db.prepare('DELETE FROM people WHERE id = ?').run(id);
        audit(db, atUtc, actor, 'person.remove', 'person', id, before);
      }).immediate();
    },
    async countByRole(role, committeeId) {
      return (
        db
          .prepare<[string, string | null, string | null], { n: number }>(
            'SELECT count(*) AS n FROM committee_members WHERE role = ? AND (? IS NULL OR committee_id = ?)',
          )
          .get(role, committeeId ?? null, committeeId ?? null)?.n ?? 0
      );
    },
    async setMembership(personId, committeeId, role, actor, atUtc) {
      return db
        .transaction(() => {
          if (!getSync(personId)) throw new StoreError(`No member with id ${personId}`, 'not_found');
          db.prepare(
            `INSERT INTO committee_members (committee_id, person_id, role) VALUES (?, ?, ?)
             ON CONFLICT (committee_id, person_id) DO UPDATE SET role = excluded.role`,
          ).run(committeeId, personId, role);
          audit(db, atUtc, actor, 'membership.set', 'person', personId, { committee: committeeId, role });
          return getSync(personId) as Person;
        })
        .immediate();
    },
    async removeMembership(personId, committeeId, actor, atUtc) {
      return db
        .transaction(() => {
          const removed = db
            .prepare('DELETE FROM committee_members WHERE committee_id = ? AND person_id = ?')
            .run(committeeId, personId).changes;
          if (removed)
            audit(db, atUtc, actor, 'membership.remove', 'person', personId, { committee: committeeId });
          return removed === 1;
        })
        .immediate();
    },
  };
}

function describe(p: Person): string {
  return [p.name, p.organisation].filter(Boolean).join(', ') || `member ${p.id}`;
}
