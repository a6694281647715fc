import { cleanName, organisationKey } from '../domain/names.js';
import { audit, type Db } from './database.js';
import { type Organisation, type OrganisationRepo, StoreError } from './types.js';

interface Row {
  id: number;
  name: string;
  slack_channel: string | null;
  teams_channel: string | null;
}

export function organisationRepo(db: Db): OrganisationRepo {
  const aliasesOf = db.prepare<[number], { alias: string }>(
    'SELECT alias FROM organisation_aliases WHERE organisation_id = ? ORDER BY alias',
  );
  const byKey = db.prepare<[string, string], Row>(
    `SELECT o.* FROM organisations o WHERE o.name_key = ?
     UNION ALL
     SELECT o.* FROM organisation_aliases a JOIN organisations o ON o.id = a.organisation_id WHERE a.alias_key = ?
     LIMIT 1`,
  );
  const byId = db.prepare<[number], Row>('SELECT * FROM organisations WHERE id = ?');

  const toOrganisation = (row: Row): Organisation => ({
    id: row.id,
    name: row.name,
    aliases: aliasesOf.all(row.id).map((a) => a.alias),
    slackChannel: row.slack_channel,
    teamsChannel: row.teams_channel,
  });

  const findSync = (nameOrAlias: string): Organisation | null => {
    const key = organisationKey(nameOrAlias);
    if (key === '') return null;
    const row = byKey.get(key, key);
    return row ? toOrganisation(row) : null;
  };

  const mustGet = (id: number): Organisation => {
    const row = byId.get(id);
    if (!row) throw new StoreError(`No organisation with id ${id}`, 'not_found');
    return toOrganisation(row);
  };

  const ensureFree = (name: string, exceptId?: number) => {
    const existing = findSync(name);
    if (existing && existing.id !== exceptId) {
      throw new StoreError(
        `"${name}" is already ${existing.name === name ? 'an organisation' : `a name of ${existing.name}`}`,
        'conflict',
      );
    }
  };

  const insertAlias = (id: number, alias: string) => {
    db.prepare('INSERT INTO organisation_aliases (alias_key, alias, organisation_id) VALUES (?, ?, ?)').run(
      organisationKey(alias),
      alias,
      id,
    );
  };

  const createSync = (name: string, aliases: string[], actor: string, atUtc: string): Organisation => {
    const clean = cleanName(name);
    if (organisationKey(clean) === '') throw new StoreError('An organisation needs a name', 'invalid');
    ensureFree(clean);
    const id = Number(
      db
        .prepare('INSERT INTO organisations (name, name_key, created_at) VALUES (?, ?, ?)')
        .run(clean, organisationKey(clean), atUtc).lastInsertRowid,
    );
    for (const alias of aliases.map(cleanName)) {
      if (organisationKey(alias) === organisationKey(clean)) continue;
      ensureFree(alias);
      insertAlias(id, alias);
    }
    audit(db, atUtc, actor, 'organisation.create', 'organisation', id, { name: clean, aliases });
    return mustGet(id);
  };

  return {
    async list() {
      return db
        .prepare<[], Row>('SELECT * FROM organisations ORDER BY name COLLATE NOCASE')
        .all()
        .map(toOrganisation);
    },
    async find(nameOrAlias) {
      return findSync(nameOrAlias);
    },
    async findOrCreate(name, actor, atUtc) {
      return db.transaction(() => findSync(name) ?? createSync(name, [], actor, atUtc)).immediate();
    },
    async create(name, aliases, actor, atUtc) {
      return db.transaction(() => createSync(name, aliases, actor, atUtc)).immediate();
    },
    async addAlias(id, alias, actor, atUtc) {
      return db
        .transaction(() => {
          const org = mustGet(id);
          const clean = cleanName(alias);
          if (organisationKey(clean) === '')
            throw new StoreError('An alias needs letters or digits', 'invalid');
          const existing = findSync(clean);
          if (existing?.id === id) return org;
          ensureFree(clean);
          insertAlias(id, clean);
          audit(db, atUtc, actor, 'organisation.alias', 'organisation', id, { alias: clean });
          return mustGet(id);
        })
        .immediate();
    },
    async rename(id, name, actor, atUtc) {
      return db
        .transaction(() => {
          const org = mustGet(id);
          const clean = cleanName(name);
          if (organisationKey(clean) === '') throw new StoreError('An organisation needs a name', 'invalid');
          ensureFree(clean, id);
          db.prepare('DELETE FROM organisation_aliases WHERE alias_key = ?').run(organisationKey(clean));
          db.prepare('UPDATE organisations SET name = ?, name_key = ? WHERE id = ?').run(
            clean,
            organisationKey(clean),
            id,
          );
          if (organisationKey(org.name) !== organisationKey(clean)) insertAlias(id, org.name);
          audit(db, atUtc, actor, 'organisation.rename', 'organisation', id, { from: org.name, to: clean });
          return mustGet(id);
        })
        .immediate();
    },
    async setChannels(id, channels, actor, atUtc) {
      return db
        .transaction(() => {
          const before = mustGet(id);
          db.prepare('UPDATE organisations SET slack_channel = ?, teams_channel = ? WHERE id = ?').run(
            channels.slack === undefined ? before.slackChannel : channels.slack,
            channels.teams === undefined ? before.teamsChannel : channels.teams,
            id,
          );
          audit(db, atUtc, actor, 'organisation.channels', 'organisation', id, channels);
          return mustGet(id);
        })
        .immediate();
    },
    async merge(fromId, intoId, actor, atUtc) {
      return db
        .transaction(() => {
          if (fromId === intoId) throw new StoreError('Cannot merge an organisation into itself', 'invalid');
          const from = mustGet(fromId);
          mustGet(intoId);
          // An action owned by both keeps one owner row.
          db.prepare(
            `DELETE FROM action_owners WHERE organisation_id = ? AND action_id IN
               (SELECT action_id FROM action_owners WHERE organisation_id = ?)`,
          ).run(fromId, intoId);
          db.prepare('UPDATE action_owners SET organisation_id = ? WHERE organisation_id = ?').run(
            intoId,
            fromId,
          );
          db.prepare('UPDATE people SET organisation_id = ? WHERE organisation_id = ?').run(intoId, fromId);
          db.prepare('UPDATE attendance SET organisation_id = ? WHERE organisation_id = ?').run(
            intoId,
            fromId,
          );
          db.prepare('UPDATE organisation_aliases SET organisation_id = ? WHERE organisation_id = ?').run(
            intoId,
            fromId,
          );
          db.prepare('DELETE FROM organisations WHERE id = ?').run(fromId);
          insertAlias(intoId, from.name);
          audit(db, atUtc, actor, 'organisation.merge', 'organisation', intoId, {
            merged: from.name,
            fromId,
          });
          return mustGet(intoId);
        })
        .immediate();
    },
  };
}
