import { audit, insertedId } from './database.js';
import type { Sql, SqlDatabase } from './sql/sql.js';
import {
  type Member,
  type Membership,
  type Person,
  type PersonRepo,
  type Role,
  StoreError,
} from './types.js';

interface Row {
  id: number;
  name: string | null;
  organisation_id: number | null;
  organisation: string | null;
  slack_user_id: string | null;
  teams_aad_id: string | null;
}

const SELECT = `SELECT p.*, o.name AS organisation FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id`;

/** Each person's committees and roles, read for many people in one query. */
async function membershipsOf(db: Sql, ids: number[]): Promise<Map<number, Membership[]>> {
  const out = new Map<number, Membership[]>();
  if (ids.length === 0) return out;
  const rows = await db.all<{ person_id: number; committee_id: string; role: Role }>(
    `SELECT person_id, committee_id, role FROM committee_members
     WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY person_id, committee_id`,
    [ids],
  );
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push({ committeeId: r.committee_id, role: r.role });
    out.set(r.person_id, list);
  }
  return out;
}

/** `role` is the person's role in `committeeId` when a list asks for one, else their first. */
const toPerson = (r: Row, memberships: Membership[], committeeId?: string): Person => {
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

async function people(db: Sql, rows: Row[], committeeId?: string): Promise<Person[]> {
  const memberships = await membershipsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toPerson(r, memberships.get(r.id) ?? [], committeeId));
}

async function one(db: Sql, where: string, params: (string | number)[]): Promise<Person | null> {
  const row = await db.get<Row>(`${SELECT} WHERE ${where}`, params);
  return row ? ((await people(db, [row]))[0] ?? null) : null;
}

export function personRepo(db: SqlDatabase): PersonRepo {
  const getIn = (tx: Sql, id: number) => one(tx, 'p.id = ?', [id]);

  const ensureChatIdsFree = async (
    tx: Sql,
    slack: string | null | undefined,
    teams: string | null | undefined,
    exceptId = -1,
  ) => {
    if (slack) {
      const other = await one(tx, 'p.slack_user_id = ? AND p.id <> ?', [slack, exceptId]);
      if (other)
        throw new StoreError(`Slack user ${slack} is already mapped (${describe(other)})`, 'conflict');
    }
    if (teams) {
      const other = await one(tx, 'p.teams_aad_id = ? AND p.id <> ?', [teams, exceptId]);
      if (other)
        throw new StoreError(`Teams user ${teams} is already mapped (${describe(other)})`, 'conflict');
    }
  };

  return {
    async list(committeeId) {
      const where = committeeId
        ? 'WHERE p.id IN (SELECT person_id FROM committee_members WHERE committee_id = ?)'
        : '';
      // Nulls first on both engines (PostgreSQL puts them last unless told).
      const rows = await db.all<Row>(
        `${SELECT} ${where} ORDER BY o.name IS NOT NULL, lower(o.name), p.name IS NOT NULL, lower(p.name), p.id`,
        committeeId ? [committeeId] : [],
      );
      return people(db, rows, committeeId);
    },
    async members(committeeId) {
      // Read as arrays and made into members here: over 20,000 people the driver's keyed rows cost
      // 90 ms, these 50.
      const rows = await db.rows<[number, string | null, number | null, Role, string | null, string | null]>(
        `SELECT p.id, p.name, p.organisation_id, cm.role, p.slack_user_id, p.teams_aad_id
         FROM committee_members cm JOIN people p ON p.id = cm.person_id WHERE cm.committee_id = ?`,
        [committeeId],
      );
      const out: Member[] = new Array(rows.length);
      for (let i = 0; i < rows.length; i += 1) {
        const r = rows[i] as (typeof rows)[number];
        out[i] = {
          id: r[0],
          name: r[1],
          organisationId: r[2],
          role: r[3],
          slackUserId: r[4],
          teamsAadId: r[5],
        };
      }
      return out;
    },
    async get(id) {
      return getIn(db, id);
    },
    async findByChatId(platform, chatId) {
      const column = platform === 'slack' ? 'slack_user_id' : 'teams_aad_id';
      return one(db, `p.${column} = ?`, [chatId]);
    },
    async add(person, actor, atUtc) {
      return db.transaction(async (tx) => {
        await ensureChatIdsFree(tx, person.slackUserId, person.teamsAadId);
        const id = await insertedId(
          tx,
          `INSERT INTO people (name, organisation_id, slack_user_id, teams_aad_id, created_at)
           VALUES (?, ?, ?, ?, ?)`,
          [person.name, person.organisationId, person.slackUserId, person.teamsAadId, atUtc],
        );
        await audit(tx, atUtc, actor, 'person.add', 'person', id, person);
        return (await getIn(tx, id)) as Person;
      });
    },
    async update(id, changes, actor, atUtc) {
      return db.transaction(async (tx) => {
        const before = await getIn(tx, id);
        if (!before) throw new StoreError(`No member with id ${id}`, 'not_found');
        await ensureChatIdsFree(tx, changes.slackUserId, changes.teamsAadId, id);
        const after = { ...before, ...changes };
        await tx.run(
          `UPDATE people SET name = ?, organisation_id = ?, slack_user_id = ?, teams_aad_id = ? WHERE id = ?`,
          [after.name, after.organisationId, after.slackUserId, after.teamsAadId, id],
        );
        await audit(tx, atUtc, actor, 'person.update', 'person', id, { before, changes });
        return (await getIn(tx, id)) as Person;
      });
    },
    async remove(id, actor, atUtc) {
      await db.transaction(async (tx) => {
        const before = await getIn(tx, id);
        if (!before) throw new StoreError(`No member with id ${id}`, 'not_found');
        // Their past updates keep their chat id in by_label; only the link to the person goes.
        await tx.run('UPDATE status_updates SET person_id = NULL WHERE person_id = ?', [id]);
        await tx.run('UPDATE submissions SET person_id = NULL WHERE person_id = ?', [id]);
        await tx.run('DELETE FROM people WHERE id = ?', [id]);
        await audit(tx, atUtc, actor, 'person.remove', 'person', id, before);
      });
    },
    async countByRole(role, committeeId) {
      const row = await db.get<{ n: number }>(
        'SELECT count(*) AS n FROM committee_members WHERE role = ? AND (CAST(? AS TEXT) IS NULL OR committee_id = ?)',
        [role, committeeId ?? null, committeeId ?? null],
      );
      return Number(row?.n ?? 0);
    },
    async setMembership(personId, committeeId, role, actor, atUtc) {
      return db.transaction(async (tx) => {
        if (!(await getIn(tx, personId))) throw new StoreError(`No member with id ${personId}`, 'not_found');
        await tx.run(
          `INSERT INTO committee_members (committee_id, person_id, role) VALUES (?, ?, ?)
           ON CONFLICT (committee_id, person_id) DO UPDATE SET role = excluded.role`,
          [committeeId, personId, role],
        );
        await audit(tx, atUtc, actor, 'membership.set', 'person', personId, { committee: committeeId, role });
        return (await getIn(tx, personId)) as Person;
      });
    },
    async removeMembership(personId, committeeId, actor, atUtc) {
      return db.transaction(async (tx) => {
        const removed = await tx.run(
          'DELETE FROM committee_members WHERE committee_id = ? AND person_id = ?',
          [committeeId, personId],
        );
        if (removed)
          await audit(tx, atUtc, actor, 'membership.remove', 'person', personId, { committee: committeeId });
        return removed === 1;
      });
    },
  };
}

function describe(p: Person): string {
  return [p.name, p.organisation].filter(Boolean).join(', ') || `member ${p.id}`;
}
