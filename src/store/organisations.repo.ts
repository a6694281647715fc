import { cleanName, organisationKey } from '../domain/names.js';
import { audit, insertedId } from './database.js';
import type { Sql, SqlDatabase } from './sql/sql.js';
import { type Organisation, type OrganisationRepo, StoreError } from './types.js';

interface Row {
  id: number;
  name: string;
  slack_channel: string | null;
  teams_channel: string | null;
}

const BY_KEY = `SELECT o.* FROM organisations o WHERE o.name_key = ?
  UNION ALL
  SELECT o.* FROM organisation_aliases a JOIN organisations o ON o.id = a.organisation_id WHERE a.alias_key = ?
  LIMIT 1`;

const fromRow = (row: Row, aliases: string[]): Organisation => ({
  id: row.id,
  name: row.name,
  aliases,
  slackChannel: row.slack_channel,
  teamsChannel: row.teams_channel,
});

const toOrganisation = async (db: Sql, row: Row): Promise<Organisation> =>
  fromRow(
    row,
    (
      await db.all<{ alias: string }>(
        'SELECT alias FROM organisation_aliases WHERE organisation_id = ? ORDER BY alias',
        [row.id],
      )
    ).map((a) => a.alias),
  );

const find = async (db: Sql, nameOrAlias: string): Promise<Organisation | null> => {
  const key = organisationKey(nameOrAlias);
  if (key === '') return null;
  const row = await db.get<Row>(BY_KEY, [key, key]);
  return row ? toOrganisation(db, row) : null;
};

const mustGet = async (db: Sql, id: number): Promise<Organisation> => {
  const row = await db.get<Row>('SELECT * FROM organisations WHERE id = ?', [id]);
  if (!row) throw new StoreError(`No organisation with id ${id}`, 'not_found');
  return toOrganisation(db, row);
};

const ensureFree = async (db: Sql, name: string, exceptId?: number) => {
  const existing = await find(db, name);
  if (existing && existing.id !== exceptId) {
    throw new StoreError(
      `"${name}" is already ${existing.name === name ? 'an organisation' : `a name of ${existing.name}`}`,
      'conflict',
    );
  }
};

const insertAlias = (db: Sql, id: number, alias: string) =>
  db.run('INSERT INTO organisation_aliases (alias_key, alias, organisation_id) VALUES (?, ?, ?)', [
    organisationKey(alias),
    alias,
    id,
  ]);

const create = async (
  db: Sql,
  name: string,
  aliases: string[],
  actor: string,
  atUtc: string,
): Promise<Organisation> => {
  const clean = cleanName(name);
  if (organisationKey(clean) === '') throw new StoreError('An organisation needs a name', 'invalid');
  await ensureFree(db, clean);
  const id = await insertedId(db, 'INSERT INTO organisations (name, name_key, created_at) VALUES (?, ?, ?)', [
    clean,
    organisationKey(clean),
    atUtc,
  ]);
  for (const alias of aliases.map(cleanName)) {
    if (organisationKey(alias) === organisationKey(clean)) continue;
    await ensureFree(db, alias);
    await insertAlias(db, id, alias);
  }
  await audit(db, atUtc, actor, 'organisation.create', 'organisation', id, { name: clean, aliases });
  return mustGet(db, id);
};

export function organisationRepo(db: SqlDatabase): OrganisationRepo {
  return {
    async list() {
      const rows = await db.all<Row>('SELECT * FROM organisations ORDER BY lower(name), id');
      // Every alias in one query, not one query an organisation.
      const aliases = new Map<number, string[]>();
      for (const a of await db.all<{ organisation_id: number; alias: string }>(
        'SELECT organisation_id, alias FROM organisation_aliases ORDER BY organisation_id, alias',
      )) {
        const list = aliases.get(a.organisation_id);
        if (list) list.push(a.alias);
        else aliases.set(a.organisation_id, [a.alias]);
      }
      return rows.map((row) => fromRow(row, aliases.get(row.id) ?? []));
    },
    async find(nameOrAlias) {
      return find(db, nameOrAlias);
    },
    async findOrCreate(name, actor, atUtc) {
      // Found without a transaction most times: minutes name the same departments meeting after meeting.
      return (
        (await find(db, name)) ??
        db.transaction(async (tx) => (await find(tx, name)) ?? create(tx, name, [], actor, atUtc))
      );
    },
    async create(name, aliases, actor, atUtc) {
      return db.transaction((tx) => create(tx, name, aliases, actor, atUtc));
    },
    async addAlias(id, alias, actor, atUtc) {
      return db.transaction(async (tx) => {
        const org = await mustGet(tx, id);
        const clean = cleanName(alias);
        if (organisationKey(clean) === '')
          throw new StoreError('An alias needs letters or digits', 'invalid');
        const existing = await find(tx, clean);
        if (existing?.id === id) return org;
        await ensureFree(tx, clean);
        await insertAlias(tx, id, clean);
        await audit(tx, atUtc, actor, 'organisation.alias', 'organisation', id, { alias: clean });
        return mustGet(tx, id);
      });
    },
    async rename(id, name, actor, atUtc) {
      return db.transaction(async (tx) => {
        const org = await mustGet(tx, id);
        const clean = cleanName(name);
        if (organisationKey(clean) === '') throw new StoreError('An organisation needs a name', 'invalid');
        await ensureFree(tx, clean, id);
        await tx.run('DELETE FROM organisation_aliases WHERE alias_key = ?', [organisationKey(clean)]);
        await tx.run('UPDATE organisations SET name = ?, name_key = ? WHERE id = ?', [
          clean,
          organisationKey(clean),
          id,
        ]);
        if (organisationKey(org.name) !== organisationKey(clean)) await insertAlias(tx, id, org.name);
        await audit(tx, atUtc, actor, 'organisation.rename', 'organisation', id, {
          from: org.name,
          to: clean,
        });
        return mustGet(tx, id);
      });
    },
    async setChannels(id, channels, actor, atUtc) {
      return db.transaction(async (tx) => {
        const before = await mustGet(tx, id);
        await tx.run('UPDATE organisations SET slack_channel = ?, teams_channel = ? WHERE id = ?', [
          channels.slack === undefined ? before.slackChannel : channels.slack,
          channels.teams === undefined ? before.teamsChannel : channels.teams,
          id,
        ]);
        await audit(tx, atUtc, actor, 'organisation.channels', 'organisation', id, channels);
        return mustGet(tx, id);
      });
    },
    async merge(fromId, intoId, actor, atUtc) {
      return db.transaction(async (tx) => {
        if (fromId === intoId) throw new StoreError('Cannot merge an organisation into itself', 'invalid');
        const from = await mustGet(tx, fromId);
        await mustGet(tx, intoId);
        // An action owned by both keeps one owner row.
        await tx.run(
          `DELETE FROM action_owners WHERE organisation_id = ? AND action_id IN
             (SELECT action_id FROM action_owners WHERE organisation_id = ?)`,
          [fromId, intoId],
        );
        for (const table of ['action_owners', 'people', 'attendance', 'organisation_aliases']) {
          await tx.run(`UPDATE ${table} SET organisation_id = ? WHERE organisation_id = ?`, [intoId, fromId]);
        }
        await tx.run('DELETE FROM organisations WHERE id = ?', [fromId]);
        await insertAlias(tx, intoId, from.name);
        await audit(tx, atUtc, actor, 'organisation.merge', 'organisation', intoId, {
          merged: from.name,
          fromId,
        });
        return mustGet(tx, intoId);
      });
    },
  };
}
