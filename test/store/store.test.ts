import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { actionView } from '../../src/app/views.js';
import {
  type Action,
  chasedForMeeting,
  dueByMeeting,
  isOutstanding,
  parseActionRef,
} from '../../src/domain/action.js';
import { openStore } from '../../src/store/index.js';
import { type ActionRecord, StoreError } from '../../src/store/types.js';
import { testApp } from '../support/app.js';
import { onPostgres, testDatabase } from '../support/database.js';
import { tempDir } from '../support/tmp.js';

const T = '2012-05-01T09:00:00.000Z';

/** A fresh, migrated store on the engine under test (IDMG_TEST_DB), closed after the test. */
async function freshStore() {
  return (await testApp()).store;
}

describe('the store, on SQLite and on PostgreSQL', () => {
  it.skipIf(onPostgres)('applies each SQLite migration once, in a transaction, and records it', async () => {
    const file = join(tempDir(), 'a.sqlite');
    await (await openStore(file)).close();
    const store = await openStore(file); // a second start migrates nothing
    await store.close();
    const db = new Database(file);
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows[0]).toEqual({ version: 1, name: '001_core.sql' });
    expect(new Set(rows.map((r) => (r as { version: number }).version)).size).toBe(rows.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it.runIf(onPostgres)(
    'applies the PostgreSQL migrations once, even to two stores opening together, and records them',
    async () => {
      const db = await testDatabase(tempDir());
      // Two replicas starting at once: the advisory lock lets one migrate, the other finds it done.
      const [a, b] = await Promise.all([openStore(await db.open()), openStore(await db.open())]);
      const ledger = await a.sql.all<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(ledger[0]).toEqual({ version: 1, name: '001_schema.sql' });
      expect(new Set(ledger.map((r) => r.version)).size).toBe(ledger.length);
      expect((await a.committees.list()).map((c) => c.id)).toEqual(['idmg']);
      await Promise.all([a.close(), b.close()]);
      const again = await openStore(await db.open()); // a restart migrates nothing
      expect(await again.sql.all('SELECT version FROM schema_migrations')).toHaveLength(ledger.length);
      expect(again.engine).toBe('postgres');
      await again.close();
    },
  );

  it('treats "Home office", "HO" and "Home Office" as one owner', async () => {
    const store = await freshStore();
    const ho = await store.organisations.create('Home Office', ['HO'], 'test', T);
    expect((await store.organisations.find('Home office'))?.id).toBe(ho.id);
    expect((await store.organisations.find('HOME  OFFICE'))?.id).toBe(ho.id);
    expect((await store.organisations.find('ho'))?.id).toBe(ho.id);
    expect(await store.organisations.find('Home Offices')).toBeNull();
    await expect(store.organisations.create('home office', [], 'test', T)).rejects.toThrow(StoreError);
    expect((await store.organisations.findOrCreate('Home office', 'test', T)).id).toBe(ho.id);
    await store.close();
  });

  it('renames keeping the old name as an alias, and merges moving actions and people', async () => {
    const store = await freshStore();
    const dfid = await store.organisations.create('DFID', [], 'test', T);
    const fco = await store.organisations.create('FCO', [], 'test', T);
    const both = await store.actions.add(
      {
        text: 'FCO and DFID to brief',
        ownerIds: [fco.id, dfid.id],
        item: null,
        dueDate: null,
        meetingId: null,
        committeeId: 'idmg',
      },
      'test',
      T,
    );
    const one = await store.actions.add(
      {
        text: 'DFID to write',
        ownerIds: [dfid.id],
        item: null,
        dueDate: null,
        meetingId: null,
        committeeId: 'idmg',
      },
      'test',
      T,
    );
    const person = await store.people.add(
      { name: 'Ann', organisationId: dfid.id, slackUserId: 'U1', teamsAadId: null },
      'test',
      T,
    );

    const renamed = await store.organisations.rename(fco.id, 'FCDO', 'test', T);
    expect(renamed).toMatchObject({ name: 'FCDO', aliases: ['FCO'] });
    const merged = await store.organisations.merge(dfid.id, fco.id, 'test', T);
    expect(merged.aliases.sort()).toEqual(['DFID', 'FCO']);
    expect((await store.actions.get(both.id))?.owners.map((o) => o.name)).toEqual(['FCDO']);
    expect((await store.actions.get(one.id))?.owners.map((o) => o.name)).toEqual(['FCDO']);
    expect((await store.people.get(person.id))?.organisation).toBe('FCDO');
    expect((await store.organisations.find('dfid'))?.name).toBe('FCDO');
    expect((await store.audit.list('organisation')).map((e) => e.change)).toEqual([
      'organisation.create',
      'organisation.create',
      'organisation.rename',
      'organisation.merge',
    ]);
    await store.close();
  });

  it('reads outstanding actions by owner as the reminder rules choose them (chasedForMeeting, dueByMeeting)', async () => {
    const store = await freshStore();
    const a = await store.organisations.create('UKHTC', [], 'test', T);
    const b = await store.organisations.create('Home Office', [], 'test', T);
    const meeting = (date: string) =>
      store.meetings.add(
        {
          committeeId: 'idmg',
          title: 'IDMG',
          date,
          startUtc: null,
          endUtc: null,
          zone: 'Europe/London',
          location: null,
        },
        'test',
        T,
      );
    const held = await meeting('2012-01-10');
    const next = await meeting('2012-06-10');
    const later = await meeting('2012-12-10');
    const today = '2012-06-05';
    const made: Action[] = [];
    let n = 0;
    for (const meetingId of [null, held.id, next.id, later.id])
      for (const dueDate of [null, '2012-05-01', today, '2012-06-08', '2012-06-10', '2012-07-01'])
        for (const ownerIds of [[a.id], [a.id, b.id], []]) {
          n += 1;
          const added = await store.actions.add(
            { text: `A ${n}`, ownerIds, item: null, dueDate, meetingId, committeeId: 'idmg' },
            'test',
            T,
          );
          // Every fourth done, every seventh blocked: only outstanding work is reminded.
          const status = n % 4 === 0 ? 'done' : n % 7 === 0 ? 'blocked' : null;
          if (status)
            await store.actions.recordUpdate(
              {
                actionId: added.id,
                atUtc: T,
                personId: null,
                by: 't',
                status,
                note: null,
                source: 'cli',
                sourceRef: null,
              },
              'test',
            );
          made.push(actionView((await store.actions.get(added.id)) as ActionRecord, 'Europe/London'));
        }
    const byOwner = (actions: Action[]) => {
      const out = new Map<number | null, number[]>();
      for (const x of actions.filter((y) => isOutstanding(y.status)))
        for (const owner of x.owners.length ? x.owners : [null]) {
          const id = owner === null ? null : owner === 'UKHTC' ? a.id : b.id;
          out.set(id, [...(out.get(id) ?? []), parseActionRef(x.id) ?? 0]);
        }
      return out;
    };
    const read = async (query: Parameters<typeof store.actions.openIdsByOwner>[0]) =>
      new Map((await store.actions.openIdsByOwner(query)).map((g) => [g.organisationId, g.actionIds]));

    expect(await read({ committeeId: 'idmg', agreedBefore: next.date, dueBy: today })).toEqual(
      byOwner(made.filter((x) => chasedForMeeting(x, next.date, today))),
    );
    // The digest's: those chased, and those due after today up to the meeting.
    const laterOnes = await read({
      committeeId: 'idmg',
      agreedBefore: next.date,
      dueAfter: today,
      dueBy: next.date,
    });
    const chased = await read({ committeeId: 'idmg', agreedBefore: next.date, dueBy: today });
    for (const [owner, ids] of byOwner(made.filter((x) => dueByMeeting(x, next.date))))
      expect([...(chased.get(owner) ?? []), ...(laterOnes.get(owner) ?? [])].sort((x, y) => x - y)).toEqual(
        ids,
      );
    for (const dueOn of ['2012-06-08', '2012-07-01'])
      expect(await read({ committeeId: 'idmg', dueOn })).toEqual(
        byOwner(made.filter((x) => x.due === dueOn)),
      );
    // Another committee's actions are never among them.
    expect(await store.actions.openIdsByOwner({ committeeId: 'strategy-board' })).toEqual([]);
    await store.close();
  });

  it('never reuses an action id', async () => {
    const store = await freshStore();
    const org = await store.organisations.create('UKHTC', [], 'test', T);
    const a1 = await store.actions.add(
      { text: 'x', ownerIds: [org.id], item: null, dueDate: null, meetingId: null, committeeId: 'idmg' },
      'test',
      T,
    );
    await store.sql.run('DELETE FROM actions WHERE id = ?', [a1.id]);
    const a2 = await store.actions.add(
      { text: 'y', ownerIds: [org.id], item: null, dueDate: null, meetingId: null, committeeId: 'idmg' },
      'test',
      T,
    );
    expect(a2.id).toBe(a1.id + 1);
    await store.close();
  });

  it('records an update from the same chat message once', async () => {
    const store = await freshStore();
    const org = await store.organisations.create('UKHTC', [], 'test', T);
    const a = await store.actions.add(
      { text: 'x', ownerIds: [org.id], item: null, dueDate: null, meetingId: null, committeeId: 'idmg' },
      'test',
      T,
    );
    const update = {
      actionId: a.id,
      atUtc: T,
      personId: null,
      by: 'U1',
      status: 'done' as const,
      note: 'sent',
      source: 'slack' as const,
      sourceRef: 'Ev123',
    };
    const first = await store.actions.recordUpdate(update, 'slack:U1');
    const again = await store.actions.recordUpdate(update, 'slack:U1');
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect((await store.actions.get(a.id))?.updates).toHaveLength(1);
    await store.close();
  });

  it('claims a delivered request once, and forgets claims older than the redelivery window', async () => {
    const store = await freshStore();
    expect(await store.events.firstSeen('slack', 'Ev1', '2012-08-30T09:00:00.000Z')).toBe(true);
    expect(await store.events.firstSeen('slack', 'Ev1', '2012-08-30T09:00:05.000Z')).toBe(false);
    expect(await store.events.firstSeen('teams', 'Ev1', '2012-08-30T09:00:05.000Z')).toBe(true);
    expect(await store.events.firstSeen('slack', 'Ev2', '2012-09-01T09:00:00.000Z')).toBe(true);
    expect(await store.events.prune('2012-08-31T09:00:00.000Z')).toBe(2);
    expect(await store.events.firstSeen('slack', 'Ev2', '2012-09-01T09:01:00.000Z')).toBe(false);
  });

  it('finds each person’s most recent Teams chat in one read, and a change to the record moves its stamp', async () => {
    const store = await freshStore();
    const stamp = await store.changes();
    const chat = (id: string, aad: string, at: string) =>
      store.conversations.save({
        conversationId: id,
        kind: 'personal',
        aadObjectId: aad,
        serviceUrl: 'http://127.0.0.1:1/',
        reference: { conversation: { id } },
        updatedAtUtc: at,
      });
    await chat('a:old', 'aad-1', '2012-08-01T09:00:00.000Z');
    await chat('a:new', 'aad-1', '2012-08-02T09:00:00.000Z');
    await chat('a:two', 'aad-2', '2012-08-01T09:00:00.000Z');
    const chats = await store.conversations.personalChats(['aad-1', 'aad-2', 'aad-3']);
    expect([...chats].map(([aad, c]) => [aad, c.conversationId])).toEqual([
      ['aad-1', 'a:new'],
      ['aad-2', 'a:two'],
    ]);
    expect(((await store.conversations.personalChats(['aad-1'])).get('aad-1') ?? null)?.conversationId).toBe(
      'a:new',
    );
    // A Teams chat is not audited, yet it changes whom a reminder reaches: the stamp moves.
    const afterChats = await store.changes();
    expect(afterChats).not.toBe(stamp);
    await store.organisations.create('DH', [], 'test', T);
    expect(await store.changes()).not.toBe(afterChats);
  });

  it('reads a committee’s members with the role each holds in it, and rows as arrays in column order', async () => {
    const store = await freshStore();
    const org = await store.organisations.create('DH', [], 'test', T);
    const add = (
      name: string | null,
      slack: string | null,
      aad: string | null,
      organisationId: number | null,
    ) => store.people.add({ name, organisationId, slackUserId: slack, teamsAadId: aad }, 'test', T);
    const ann = await add('Ann', 'U1', null, org.id);
    const bob = await add(null, null, 'aad-bob', null);
    const cat = await add('Cat', 'U3', 'aad-cat', org.id);
    await store.committees.add(
      {
        id: 'board',
        name: 'Strategy Board',
        aliases: [],
        slackChannel: null,
        teamsChannel: null,
        rounds: false,
      },
      'test',
      T,
    );
    await store.people.setMembership(ann.id, 'idmg', 'chair', 'test', T);
    await store.people.setMembership(bob.id, 'idmg', 'member', 'test', T);
    await store.people.setMembership(cat.id, 'board', 'secretariat', 'test', T);
    await store.people.setMembership(ann.id, 'board', 'member', 'test', T);
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    expect((await store.people.members('idmg')).sort(byId)).toEqual([
      { id: ann.id, name: 'Ann', organisationId: org.id, role: 'chair', slackUserId: 'U1', teamsAadId: null },
      {
        id: bob.id,
        name: null,
        organisationId: null,
        role: 'member',
        slackUserId: null,
        teamsAadId: 'aad-bob',
      },
    ]);
    expect((await store.people.members('board')).sort(byId).map((m) => [m.name, m.role])).toEqual([
      ['Ann', 'member'],
      ['Cat', 'secretariat'],
    ]);
    const sql =
      'SELECT p.id, p.name, p.teams_aad_id FROM people p WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY p.id';
    const expected = [
      [ann.id, 'Ann', null],
      [bob.id, null, 'aad-bob'],
    ];
    expect(await store.sql.rows(sql, [[ann.id, bob.id]])).toEqual(expected);
    // The same inside a transaction, and the keyed read of the same text is unchanged beside it.
    expect(await store.sql.transaction((tx) => tx.rows(sql, [[ann.id, bob.id]]))).toEqual(expected);
    expect(await store.sql.all(sql, [[ann.id, bob.id]])).toEqual([
      { id: ann.id, name: 'Ann', teams_aad_id: null },
      { id: bob.id, name: null, teams_aad_id: 'aad-bob' },
    ]);
  });

  it('keeps one chat identity per person', async () => {
    const store = await freshStore();
    const org = await store.organisations.create('DH', [], 'test', T);
    await store.people.add(
      { name: null, organisationId: org.id, slackUserId: 'U9', teamsAadId: null },
      'test',
      T,
    );
    await expect(
      store.people.add(
        { name: null, organisationId: org.id, slackUserId: 'U9', teamsAadId: null },
        'test',
        T,
      ),
    ).rejects.toThrow(/already mapped/);
    await store.close();
  });
});
