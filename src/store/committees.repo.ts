import type { Committee } from '../domain/committee.js';
import { audit, type Db } from './database.js';
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

export function committeeRepo(db: Db): CommitteeRepo {
  const getSync = (id: string): Committee | null => {
    const row = db.prepare<[string], Row>('SELECT * FROM committees WHERE id = ?').get(id);
    return row ? toCommittee(row) : null;
  };
  const holdings = (id: string) => {
    const count = (sql: string) => (db.prepare<[string], { n: number }>(sql).get(id)?.n ?? 0) as number;
    return {
      meetings: count('SELECT count(*) AS n FROM meetings WHERE committee_id = ?'),
      actions: count('SELECT count(*) AS n FROM actions WHERE committee_id = ?'),
      rounds: count('SELECT count(*) AS n FROM rounds WHERE committee_id = ?'),
      members: count('SELECT count(*) AS n FROM committee_members WHERE committee_id = ?'),
    };
  };
  return {
    async list() {
      return db.prepare<[], Row>('SELECT * FROM committees ORDER BY created_at, id').all().map(toCommittee);
    },
    async get(id) {
      return getSync(id);
    },
    async add(c, actor, atUtc) {
      return db
        .transaction(() => {
          if (getSync(c.id)) throw new StoreError(`There is already a committee "${c.id}".`, 'conflict');
          db.prepare(
            `INSERT INTO committees (id, name, aliases, slack_channel, teams_channel, rounds_enabled, created_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
          ).run(
            c.id,
            c.name,
            JSON.stringify(c.aliases),
            c.slackChannel,
            c.teamsChannel,
            c.rounds ? 1 : 0,
            atUtc,
          );
          audit(db, atUtc, actor, 'committee.add', 'committee', c.id, c);
          return getSync(c.id) as Committee;
        })
        .immediate();
    },
    async edit(id, changes, actor, atUtc) {
      return db
        .transaction(() => {
          const before = getSync(id);
          if (!before) throw new StoreError(`No committee "${id}".`, 'not_found');
          const after = { ...before, ...changes };
          db.prepare(
            'UPDATE committees SET name = ?, aliases = ?, slack_channel = ?, teams_channel = ?, rounds_enabled = ? WHERE id = ?',
          ).run(
            after.name,
            JSON.stringify(after.aliases),
            after.slackChannel,
            after.teamsChannel,
            after.rounds ? 1 : 0,
            id,
          );
          audit(db, atUtc, actor, 'committee.edit', 'committee', id, { before, changes });
          return getSync(id) as Committee;
        })
        .immediate();
    },
    async remove(id, actor, atUtc) {
      db.transaction(() => {
        const before = getSync(id);
        if (!before) throw new StoreError(`No committee "${id}".`, 'not_found');
        const held = holdings(id);
        const what = Object.entries(held)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${n} ${n === 1 ? k.replace(/s$/, '') : k}`);
        if (what.length > 0)
          throw new StoreError(`Committee "${id}" still holds ${what.join(', ')}: not removed.`, 'conflict');
        db.prepare('DELETE FROM pending_imports WHERE committee_id = ?').run(id);
        db.prepare('DELETE FROM committees WHERE id = ?').run(id);
        audit(db, atUtc, actor, 'committee.remove', 'committee', id, before);
      }).immediate();
    },
    async holdings(id) {
      return holdings(id);
    },
  };
}
