import type { ActionStatus, UpdateSource } from '../domain/action.js';
import { sortedIds } from '../domain/ids.js';
import { audit, insertedId } from './database.js';
import type { Param, Sql, SqlDatabase } from './sql/sql.js';
import {
  type ActionChanges,
  type ActionQuery,
  type ActionRecord,
  type ActionRepo,
  type NewAction,
  type OpenActionsQuery,
  StoreError,
  type UpdateRecord,
} from './types.js';

interface ActionRow {
  id: number;
  committee_id: string;
  meeting_id: number | null;
  meeting_date: string | null;
  item: string | null;
  text: string;
  status: ActionStatus;
  due_date: string | null;
  source: 'minutes' | 'manual';
  created_at: string;
}

const STATUS_SQL: Record<string, string> = {
  all: '1 = 1',
  live: "a.status <> 'cancelled'",
  done: "a.status = 'done'",
  open: "a.status IN ('open', 'in_progress', 'blocked')",
};

/** An update's columns, in the order `updateOf` reads them. */
const UPDATE_COLUMNS =
  'su.id, su.action_id, su.at_utc, su.person_id, su.by_label, su.status, su.status_changed, su.note, su.source, su.source_ref';
type UpdateColumns = [
  number,
  number,
  string,
  number | null,
  string,
  ActionStatus,
  number,
  string | null,
  UpdateSource,
  string | null,
];
const updateOf = (u: UpdateColumns): UpdateRecord => ({
  id: u[0],
  atUtc: u[2],
  by: u[4],
  personId: u[3],
  status: u[5],
  statusChanged: u[6] === 1,
  note: u[7],
  source: u[8],
  sourceRef: u[9],
});

/**
 * Which actions a hydration is for: the list query's own filter (a whole list: owners and updates
 * are read by joining from the same actions, so the cost follows the list, not the table), or the
 * ids of a page or of one action.
 */
type Scope = { where: string; params: Param[] } | { ids: number[] };

/** `FROM actions a … WHERE …` for a scope; a list parameter keeps one statement for any number of ids. */
function scoped(scope: Scope, join: string): { sql: string; params: Param[] } {
  return 'ids' in scope
    ? { sql: `FROM actions a ${join} WHERE a.id IN (SELECT value FROM json_each(?))`, params: [scope.ids] }
    : {
        sql: `FROM actions a LEFT JOIN meetings m ON m.id = a.meeting_id ${join} WHERE ${scope.where}`,
        params: scope.params,
      };
}

/**
 * Loads owners and updates for many actions in three queries, not two per action. `history:
 * 'latest'` reads only each action's most recent update (one index probe an action): all that a list
 * or a reminder shows, and a fraction of the rows once actions have histories.
 */
export async function hydrateActions(
  db: Sql,
  rows: ActionRow[],
  scope: Scope,
  history: 'all' | 'latest' = 'all',
): Promise<ActionRecord[]> {
  if (rows.length === 0) return [];
  const owners = new Map<number, { id: number; name: string }[]>();
  const updates = new Map<number, UpdateRecord[]>();
  // A page or one action joins its owners' names; a whole list reads the names from their own small
  // table once, since joined per owner row they cost more than the ids.
  const names =
    'ids' in scope
      ? null
      : new Map(
          (await db.all<{ id: number; name: string }>('SELECT id, name FROM organisations')).map((o) => [
            o.id,
            o.name,
          ]),
        );
  const owned = scoped(
    scope,
    `JOIN action_owners ao ON ao.action_id = a.id${names ? '' : ' JOIN organisations o ON o.id = ao.organisation_id'}`,
  );
  // Rows as arrays, here and below: a whole list's hundreds of thousands of rows cost less so.
  for (const [actionId, organisationId, name] of await db.rows<[number, number, string?]>(
    `SELECT ao.action_id, ao.organisation_id${names ? '' : ', o.name'} ${owned.sql} ORDER BY ao.action_id, ao.position`,
    owned.params,
  )) {
    const list = owners.get(actionId);
    const owner = { id: organisationId, name: names?.get(organisationId) ?? name ?? '' };
    if (list) list.push(owner);
    else owners.set(actionId, [owner]);
  }
  const updated = scoped(
    scope,
    history === 'latest'
      ? `JOIN status_updates su ON su.id = (SELECT s2.id FROM status_updates s2 WHERE s2.action_id = a.id
           ORDER BY s2.at_utc DESC, s2.id DESC LIMIT 1)`
      : 'JOIN status_updates su ON su.action_id = a.id',
  );
  for (const u of await db.rows<UpdateColumns>(
    `SELECT ${UPDATE_COLUMNS} ${updated.sql} ORDER BY su.action_id, su.at_utc, su.id`,
    updated.params,
  )) {
    const list = updates.get(u[1]);
    if (list) list.push(updateOf(u));
    else updates.set(u[1], [updateOf(u)]);
  }
  return rows.map((r) => ({
    id: r.id,
    committeeId: r.committee_id,
    text: r.text,
    item: r.item,
    meetingId: r.meeting_id,
    meetingDate: r.meeting_date,
    status: r.status,
    dueDate: r.due_date,
    source: r.source,
    owners: owners.get(r.id) ?? [],
    updates: updates.get(r.id) ?? [],
    createdAtUtc: r.created_at,
  }));
}

// The columns an ActionRecord holds, no more: reading a row costs by the column.
const SELECT = `SELECT a.id, a.committee_id, a.meeting_id, a.item, a.text, a.status, a.due_date, a.source,
  a.created_at, m.date AS meeting_date FROM actions a LEFT JOIN meetings m ON m.id = a.meeting_id`;

/** Actions read with SELECT, as arrays made into rows here (a whole list: 100,000 of them). */
async function readActions(db: Sql, sql: string, params: readonly Param[]): Promise<ActionRow[]> {
  const rows = await db.rows<
    [
      number,
      string,
      number | null,
      string | null,
      string,
      ActionStatus,
      string | null,
      ActionRow['source'],
      string,
      string | null,
    ]
  >(sql, params);
  const out: ActionRow[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const r = rows[i] as (typeof rows)[number];
    out[i] = {
      id: r[0],
      committee_id: r[1],
      meeting_id: r[2],
      item: r[3],
      text: r[4],
      status: r[5],
      due_date: r[6],
      source: r[7],
      created_at: r[8],
      meeting_date: r[9],
    };
  }
  return out;
}

/** Up to this many actions, a list's owners and updates are read by the actions' ids. */
const FEW = 500;

/** The WHERE of a list query, with its parameters: committees, owners, status, meeting, changes. */
function listWhere(query: ActionQuery): { where: string[]; params: Param[] } {
  const where: string[] = [STATUS_SQL[query.status ?? 'open'] ?? STATUS_SQL.open ?? ''];
  const params: Param[] = [];
  if (query.committeeIds) {
    where.push('a.committee_id IN (SELECT value FROM json_each(?))');
    params.push(query.committeeIds);
  }
  if (query.ownerIds) {
    where.push(
      // From the owners' index to the actions, not a scan of every action.
      'a.id IN (SELECT ao.action_id FROM action_owners ao WHERE ao.organisation_id IN (SELECT value FROM json_each(?)))',
    );
    params.push(query.ownerIds);
  }
  if (query.meetingDate) {
    where.push('m.date = ?');
    params.push(query.meetingDate);
  }
  if (query.updatedSinceUtc) {
    where.push('a.updated_at >= ?');
    params.push(query.updatedSinceUtc);
  }
  if (query.ids) {
    where.push('a.id IN (SELECT value FROM json_each(?))');
    params.push(query.ids);
  }
  if (query.idRange) {
    where.push('a.id > ? AND a.id <= ?');
    params.push(query.idRange.after, query.idRange.through);
  }
  return { where, params };
}

/** The filter of a committee's outstanding actions a reminder run asks about. */
function openWhere(query: OpenActionsQuery): { joins: string; where: string; params: Param[] } {
  const where = ['a.committee_id = ?', STATUS_SQL.open ?? ''];
  const params: Param[] = [query.committeeId];
  if (query.agreedBefore) {
    where.push('(m.date IS NULL OR m.date < ?)');
    params.push(query.agreedBefore);
  }
  if (query.dueBy) {
    where.push('(a.due_date IS NULL OR a.due_date <= ?)');
    params.push(query.dueBy);
  }
  if (query.dueAfter) {
    where.push('a.due_date > ?');
    params.push(query.dueAfter);
  }
  if (query.dueOn) {
    where.push('a.due_date = ?');
    params.push(query.dueOn);
  }
  return {
    joins: query.agreedBefore ? 'LEFT JOIN meetings m ON m.id = a.meeting_id' : '',
    where: where.join(' AND '),
    params,
  };
}

/** "12,3,7" from group_concat, which promises no order, as [3, 7, 12]. */
function idList(joined: string): number[] {
  // Read digit by digit: split(',') would make a string of every id first.
  let count = joined.length > 0 ? 1 : 0;
  for (let i = 0; i < joined.length; i += 1) if (joined.charCodeAt(i) === 44) count += 1;
  const sorted = new Float64Array(count);
  let at = 0;
  let n = 0;
  for (let i = 0; i <= joined.length; i += 1) {
    const c = i < joined.length ? joined.charCodeAt(i) : 44;
    if (c === 44) {
      sorted[at++] = n;
      n = 0;
    } else n = n * 10 + (c - 48);
  }
  return sortedIds(sorted);
}

export function actionRepo(db: SqlDatabase): ActionRepo {
  const getIn = async (tx: Sql, id: number): Promise<ActionRecord | null> => {
    const row = await tx.get<ActionRow>(`${SELECT} WHERE a.id = ?`, [id]);
    return row ? ((await hydrateActions(tx, [row], { ids: [id] }))[0] ?? null) : null;
  };
  const mustGet = async (tx: Sql, id: number): Promise<ActionRecord> => {
    const action = await getIn(tx, id);
    if (!action) throw new StoreError(`No action A${id}`, 'not_found');
    return action;
  };

  return {
    async list(query) {
      const { where, params } = listWhere(query);
      // A page is taken in SQL, so a chat list of 25 costs the same over 100 or 100,000 actions.
      const page =
        query.limit !== undefined
          ? ` LIMIT ${Math.max(0, Math.floor(query.limit))} OFFSET ${Math.max(0, Math.floor(query.offset ?? 0))}`
          : '';
      const rows = await readActions(
        db,
        `${SELECT} WHERE ${where.join(' AND ')} ORDER BY a.id${page}`,
        params,
      );
      // A page, or a few actions picked from many (done since the last meeting), is read by its ids;
      // a whole list by its own filter, which beats thousands of ids.
      const scope: Scope =
        query.limit !== undefined || rows.length <= FEW
          ? { ids: rows.map((r) => r.id) }
          : { where: where.join(' AND '), params };
      return hydrateActions(db, rows, scope, query.history);
    },
    async openDueDates(committeeId) {
      return (
        await db.all<{ d: string }>(
          `SELECT DISTINCT a.due_date AS d FROM actions a WHERE a.committee_id = ? AND ${STATUS_SQL.open} AND a.due_date IS NOT NULL`,
          [committeeId],
        )
      ).map((r) => r.d);
    },
    async openIdsByOwner(query) {
      // Grouped in SQL: a plan over 10,000 open actions reads a row per owner, not an object per
      // action with its text.
      const open = openWhere(query);
      const rows = await db.all<{ organisation_id: number | null; ids: string }>(
        `SELECT ao.organisation_id, group_concat(a.id) AS ids
         FROM actions a ${open.joins} LEFT JOIN action_owners ao ON ao.action_id = a.id
         WHERE ${open.where} GROUP BY ao.organisation_id`,
        open.params,
      );
      return rows.map((r) => ({ organisationId: r.organisation_id, actionIds: idList(r.ids) }));
    },
    async lastId() {
      return Number((await db.get<{ n: number | null }>('SELECT max(id) AS n FROM actions'))?.n ?? 0);
    },
    async updatedSince(sinceUtc) {
      // Read from the index alone (no committee: the caller asks about ids of its own committee's).
      const rows = await db.all<{ action_id: number }>(
        'SELECT DISTINCT su.action_id FROM status_updates su WHERE su.at_utc >= ?',
        [sinceUtc],
      );
      return new Set(rows.map((r) => r.action_id));
    },
    async count(query) {
      const { ownerIds, ...rest } = query;
      const { where, params } = listWhere(rest);
      const meetings = where.some((w) => w.startsWith('m.'))
        ? ' LEFT JOIN meetings m ON m.id = a.meeting_id'
        : '';
      // An owner's count starts from that owner's rows, a few hundred, and looks each action up:
      // tested from the committee's side it would read every open action (2 ms at 100,000).
      const from = ownerIds
        ? `action_owners ao JOIN actions a ON a.id = ao.action_id${meetings} WHERE ao.organisation_id IN (SELECT value FROM json_each(?)) AND`
        : `actions a${meetings} WHERE`;
      const row = await db.get<{ n: number }>(
        `SELECT count(${ownerIds ? 'DISTINCT a.id' : '*'}) AS n FROM ${from} ${where.join(' AND ')}`,
        ownerIds ? [ownerIds, ...params] : params,
      );
      return Number(row?.n ?? 0);
    },
    async get(id) {
      return getIn(db, id);
    },
    async add(action, actor, atUtc) {
      return db.transaction(async (tx) => {
        const id = await insertAction(tx, action, 'manual', null, atUtc);
        await replaceOwners(tx, id, action.ownerIds);
        await audit(tx, atUtc, actor, 'action.add', 'action', `A${id}`, action);
        return mustGet(tx, id);
      });
    },
    async edit(id, changes, actor, atUtc) {
      return db.transaction(async (tx) => {
        const before = await mustGet(tx, id);
        await applyChanges(tx, id, changes, atUtc);
        if (changes.ownerIds) await replaceOwners(tx, id, changes.ownerIds);
        await audit(
          tx,
          atUtc,
          actor,
          changes.status === 'cancelled' ? 'action.cancel' : 'action.edit',
          'action',
          `A${id}`,
          {
            before: {
              text: before.text,
              owners: before.owners.map((o) => o.name),
              item: before.item,
              due: before.dueDate,
              status: before.status,
            },
            changes,
          },
        );
        return mustGet(tx, id);
      });
    },
    async recordUpdate(update, actor) {
      return db.transaction(async (tx) => {
        if (update.sourceRef) {
          const [seen] = await tx.rows<UpdateColumns>(
            `SELECT ${UPDATE_COLUMNS} FROM status_updates su WHERE su.source_ref = ?`,
            [update.sourceRef],
          );
          if (seen) return { action: await mustGet(tx, seen[1]), update: updateOf(seen), duplicate: true };
        }
        const before = await mustGet(tx, update.actionId);
        const status = update.status ?? before.status;
        const changed = status !== before.status;
        const updateId = await insertedId(
          tx,
          `INSERT INTO status_updates (action_id, at_utc, person_id, by_label, status, status_changed, note, source, source_ref)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            update.actionId,
            update.atUtc,
            update.personId,
            update.by,
            status,
            changed ? 1 : 0,
            update.note,
            update.source,
            update.sourceRef,
          ],
        );
        if (changed) {
          await tx.run('UPDATE actions SET status = ?, updated_at = ? WHERE id = ?', [
            status,
            update.atUtc,
            update.actionId,
          ]);
        }
        await audit(tx, update.atUtc, actor, 'action.update', 'action', `A${update.actionId}`, {
          from: before.status,
          to: status,
          note: update.note,
          source: update.source,
        });
        const action = await mustGet(tx, update.actionId);
        const recorded = action.updates.find((u) => u.id === updateId);
        if (!recorded) throw new StoreError('update vanished', 'invalid');
        return { action, update: recorded, duplicate: false };
      });
    },
  };
}

export function insertAction(
  db: Sql,
  action: NewAction,
  source: 'minutes' | 'manual',
  position: number | null,
  atUtc: string,
): Promise<number> {
  return insertedId(
    db,
    `INSERT INTO actions (committee_id, meeting_id, item, text, status, due_date, source, position, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)`,
    [
      action.committeeId,
      action.meetingId,
      action.item,
      action.text,
      action.dueDate,
      source,
      position,
      atUtc,
      atUtc,
    ],
  );
}

export async function replaceOwners(db: Sql, actionId: number, ownerIds: number[]): Promise<void> {
  await db.run('DELETE FROM action_owners WHERE action_id = ?', [actionId]);
  for (const [i, orgId] of ownerIds.entries()) {
    await db.run(
      'INSERT INTO action_owners (action_id, organisation_id, position) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      [actionId, orgId, i],
    );
  }
}

async function applyChanges(db: Sql, id: number, changes: ActionChanges, atUtc: string): Promise<void> {
  const columns: Record<keyof Omit<ActionChanges, 'ownerIds'>, string> = {
    text: 'text',
    item: 'item',
    dueDate: 'due_date',
    meetingId: 'meeting_id',
    status: 'status',
  };
  const sets: string[] = [];
  const values: (string | number | null)[] = [];
  for (const [key, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
    if (changes[key] !== undefined) {
      sets.push(`${column} = ?`);
      values.push(changes[key] ?? null);
    }
  }
  sets.push('updated_at = ?');
  values.push(atUtc);
  await db.run(`UPDATE actions SET ${sets.join(', ')} WHERE id = ?`, [...values, id]);
}
