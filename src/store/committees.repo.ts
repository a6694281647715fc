import type { Committee } from '../domain/committee.js';
import { audit } from './database.js';
import type { Sql, SqlDatabase } from './sql/sql.js';
import { type CommitteeRepo, StoreError } from './types.js';

interface Row {
  id: string;
  name: string;
  aliases: string;
  slack_channel: string | null;
  teams_channel: string | null;
  rounds_enabled: number;
}

const toCommittee = (r: Row): Committee => ({
  id: r.id,
  name: r.name,
  aliases: JSON.parse(r.aliases) as string[],
  slackChannel: r.slack_channel,
  teamsChannel: r.teams_channel,
  rounds: r.rounds_enabled === 1,
});

export function committeeRepo(db: SqlDatabase): CommitteeRepo {
  const getIn = async (tx: Sql, id: string): Promise<Committee | null> => {
    const row = await tx.get<Row>('SELECT * FROM committees WHERE id = ?', [id]);
    return row ? toCommittee(row) : null;
  };
  const holdings = async (tx: Sql, id: string) => {
    const count = async (table: string) =>
      Number(
        (await tx.get<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE committee_id = ?`, [id]))?.n ??
          0,
      );
    return {
      meetings: await count('meetings'),
      actions: await count('actions'),
      rounds: await count('rounds'),
      members: await count('committee_members'),
    };
  };
  return {
    async list() {
      return (await db.all<Row>('SELECT * FROM committees ORDER BY created_at, id')).map(toCommittee);
    },
    async get(id) {
      return getIn(db, id);
    },
    async add(c, actor, atUtc) {
      return db.transaction(async (tx) => {
        if (await getIn(tx, c.id))
          throw new StoreError(`There is already a committee "${c.id}".`, 'conflict');
        await tx.run(
          `INSERT INTO committees (id, name, aliases, slack_channel, teams_channel, rounds_enabled, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [c.id, c.name, JSON.stringify(c.aliases), c.slackChannel, c.teamsChannel, c.rounds ? 1 : 0, atUtc],
        );
        await audit(tx, atUtc, actor, 'committee.add', 'committee', c.id, c);
        return (await getIn(tx, c.id)) as Committee;
      });
    },
    async edit(id, changes, actor, atUtc) {
      return db.transaction(async (tx) => {
        const before = await getIn(tx, id);
        if (!before) throw new StoreError(`No committee "${id}".`, 'not_found');
        const after = { ...before, ...changes };
        await tx.run(
          'UPDATE committees SET name = ?, aliases = ?, slack_channel = ?, teams_channel = ?, rounds_enabled = ? WHERE id = ?',
          [
            after.name,
            JSON.stringify(after.aliases),
            after.slackChannel,
            after.teamsChannel,
            after.rounds ? 1 : 0,
            id,
          ],
        );
        await audit(tx, atUtc, actor, 'committee.edit', 'committee', id, { before, changes });
        return (await getIn(tx, id)) as Committee;
      });
    },
    async remove(id, actor, atUtc) {
      await db.transaction(async (tx) => {
        const before = await getIn(tx, id);
        if (!before) throw new StoreError(`No committee "${id}".`, 'not_found');
        const held = await holdings(tx, id);
        const what = Object.entries(held)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${n} ${n === 1 ? k.replace(/s$/, '') : k}`);
        if (what.length > 0)
          throw new StoreError(`Committee "${id}" still holds ${what.join(', ')}: not removed.`, 'conflict');
        await tx.run('DELETE FROM pending_imports WHERE committee_id = ?', [id]);
        await tx.run('DELETE FROM committees WHERE id = ?', [id]);
        await audit(tx, atUtc, actor, 'committee.remove', 'committee', id, before);
      });
    },
    async holdings(id) {
      return holdings(db, id);
    },
  };
}
