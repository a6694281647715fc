/**
 * Seeds a fresh SQLite database through the store's repositories, inside one transaction on one
 * connection (each repository call then runs as a savepoint), so seeding takes seconds, not minutes.
 */
import { DateTime } from 'luxon';
import type { ActionStatus } from '../src/domain/action.js';
import { actionRepo } from '../src/store/actions.repo.js';
import { meetingRepo } from '../src/store/meetings.repo.js';
import { migrate } from '../src/store/migrate.js';
import { organisationRepo } from '../src/store/organisations.repo.js';
import { personRepo } from '../src/store/people.repo.js';
import { openSqlite } from '../src/store/sql/sqlite.js';
import {
  ACTIONS_PER_ORGANISATION,
  MEETINGS,
  ORGANISATIONS,
  organisationAlias,
  organisationName,
  organisationOfPerson,
  PEOPLE,
  slackUserId,
  ZONE,
} from './dataset.js';
import { prng } from './stats.js';

export interface SeedSummary {
  ms: number;
  meetings: number;
  organisations: number;
  people: number;
  actions: number;
  updates: number;
  openActions: number;
  /** the first meeting still scheduled after the seeding date */
  nextMeeting: { id: number; date: string; startUtc: string };
  bytes: number;
}

const ACTOR = 'bench';
const UPDATE_STATUSES: ActionStatus[] = ['in_progress', 'blocked', 'in_progress', 'done', 'open'];
const VERBS = ['provide', 'circulate', 'review', 'update the Group on', 'write to members about', 'draft'];
const TOPICS = [
  'referral figures for the National Referral Mechanism',
  'the victim care contract transition',
  'guidance for local authorities on child trafficking',
  'the source country priority list',
  'case studies for the annual report',
  'internal trafficking data',
  'labour exploitation in supply chains',
];

/** A weekday near the 15th of April or October of year y. */
function meetingDate(index: number, firstYear: number): DateTime {
  let d = DateTime.fromObject(
    {
      year: firstYear + Math.floor(index / 2),
      month: index % 2 === 0 ? 4 : 10,
      day: 15,
      hour: 10,
      minute: 30,
    },
    { zone: ZONE },
  );
  while (d.weekday > 5) d = d.plus({ days: 1 });
  return d;
}

/**
 * `scale` 1 is the committee the headline figures use (10,000 actions); the scale series seeds
 * 0.1 and 10 too, with people, meetings and updates in proportion (organisations stay 200: the
 * same `/idmg actions ORG` commands, each organisation's record ten times longer or shorter).
 */
/** Meeting i of n, spread evenly over the 24 years before `now` and a year after it (the last two to come). */
function spreadDate(i: number, n: number, now: DateTime): DateTime {
  const start = now.minus({ years: 24 });
  const span = now.plus({ months: 11 }).diff(start, 'days').days;
  let d = start
    .plus({ days: Math.round((span * (i + 1)) / n) })
    .set({ hour: 10, minute: 30, second: 0, millisecond: 0 });
  while (d.weekday > 5) d = d.plus({ days: 1 });
  // The last two are still to come, as with the headline dataset.
  if (i >= n - 2 && d < now) d = now.plus({ months: i === n - 1 ? 7 : 1 }).set({ hour: 10, minute: 30 });
  while (d.weekday > 5) d = d.plus({ days: 1 });
  return d;
}

export async function seedDatabase(
  path: string,
  now: DateTime = DateTime.now().setZone(ZONE),
  scale = 1,
): Promise<SeedSummary> {
  const MEETING_COUNT = Math.max(6, Math.round(MEETINGS * scale));
  const PERSON_COUNT = Math.max(ORGANISATIONS, Math.round(PEOPLE * scale));
  const PER_ORGANISATION = Math.max(1, Math.round(ACTIONS_PER_ORGANISATION * scale));
  const started = performance.now();
  const sqlite = openSqlite(path);
  migrate(sqlite.raw);
  const db = sqlite.raw;
  const organisations = organisationRepo(sqlite);
  const people = personRepo(sqlite);
  const meetings = meetingRepo(sqlite);
  const actions = actionRepo(sqlite);
  const random = prng(20120417);
  // 50 meetings twice a year, the last two after `now`.
  const firstYear = now.year - (MEETINGS / 2 - 2);
  const iso = (d: DateTime) => d.toUTC().toISO() as string;

  db.exec('BEGIN IMMEDIATE');
  try {
    const meetingIds: { id: number; date: DateTime }[] = [];
    for (let i = 0; i < MEETING_COUNT; i += 1) {
      // Twice a year as the IDMG meets; more meetings (several bodies, longer) share the same years.
      const date = MEETING_COUNT === MEETINGS ? meetingDate(i, firstYear) : spreadDate(i, MEETING_COUNT, now);
      const m = await meetings.add(
        {
          committeeId: 'idmg',
          title: 'Inter-Departmental Ministerial Group on Human Trafficking',
          date: date.toISODate() as string,
          startUtc: iso(date),
          endUtc: iso(date.plus({ minutes: 90 })),
          zone: ZONE,
          location: 'Home Office, 2 Marsham Street',
        },
        ACTOR,
        iso(date.minus({ months: 6 })),
      );
      if (date < now) await meetings.setStatus(m.id, 'held', ACTOR, iso(date.plus({ hours: 2 })));
      meetingIds.push({ id: m.id, date });
    }
    const held = meetingIds.filter((m) => m.date < now);
    const next = meetingIds.find((m) => m.date >= now);
    if (!next) throw new Error('no future meeting seeded');

    const orgIds: number[] = [];
    for (let i = 0; i < ORGANISATIONS; i += 1) {
      const org = await organisations.create(
        organisationName(i),
        [organisationAlias(i)],
        ACTOR,
        iso(now.minus({ years: 20 })),
      );
      orgIds.push(org.id);
    }

    for (let i = 0; i < PERSON_COUNT; i += 1) {
      const person = await people.add(
        {
          name: `Member ${i + 1}`,
          organisationId: orgIds[organisationOfPerson(i)] ?? null,
          slackUserId: slackUserId(i),
          teamsAadId: null,
        },
        ACTOR,
        iso(now.minus({ years: 1 })),
      );
      await people.setMembership(
        person.id,
        'idmg',
        i === 0 ? 'chair' : i < 4 ? 'secretariat' : 'member',
        ACTOR,
        iso(now.minus({ years: 1 })),
      );
    }

    let actionCount = 0;
    let updates = 0;
    for (let o = 0; o < ORGANISATIONS; o += 1) {
      for (let k = 0; k < PER_ORGANISATION; k += 1) {
        const meeting = held[Math.floor(random() * held.length)] ?? held[0];
        if (!meeting) throw new Error('no held meeting');
        const second =
          random() < 0.05 ? orgIds[(o + 1 + Math.floor(random() * 10)) % ORGANISATIONS] : undefined;
        const ownerIds = [orgIds[o] as number, ...(second === undefined ? [] : [second])];
        const due = random() < 0.1 ? now.plus({ days: 10 + Math.floor(random() * 200) }).toISODate() : null;
        const created = meeting.date.plus({ days: 3 });
        const topic = TOPICS[Math.floor(random() * TOPICS.length)];
        const verb = VERBS[Math.floor(random() * VERBS.length)];
        const action = await actions.add(
          {
            committeeId: 'idmg',
            text: `${organisationName(o)} to ${verb} ${topic} (item ${1 + (k % 7)}.${1 + (k % 4)}).`,
            ownerIds,
            item: `${1 + (k % 7)}`,
            dueDate: due,
            meetingId: meeting.id,
          },
          ACTOR,
          iso(created),
        );
        actionCount += 1;
        // About a third of actions have one to three status updates.
        if (random() < 0.33) {
          const n = 1 + Math.floor(random() * 3);
          for (let u = 0; u < n; u += 1) {
            const at = created.plus({ days: 7 * (u + 1) });
            const status = UPDATE_STATUSES[Math.floor(random() * UPDATE_STATUSES.length)] ?? 'in_progress';
            const person = o + ORGANISATIONS * (u % (PERSON_COUNT / ORGANISATIONS));
            await actions.recordUpdate(
              {
                actionId: action.id,
                atUtc: iso(at),
                personId: null,
                by: `${slackUserId(person)} (${organisationAlias(o)})`,
                status,
                note: u === n - 1 ? `Progress note ${u + 1}: figures requested from the regions.` : null,
                source: 'cli',
                sourceRef: null,
              },
              ACTOR,
            );
            updates += 1;
          }
        }
      }
    }
    db.exec('COMMIT');
    const openActions =
      db
        .prepare<[], { n: number }>(
          "SELECT count(*) AS n FROM actions WHERE status IN ('open', 'in_progress', 'blocked')",
        )
        .get()?.n ?? 0;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    return {
      ms: performance.now() - started,
      meetings: MEETING_COUNT,
      organisations: ORGANISATIONS,
      people: PERSON_COUNT,
      actions: actionCount,
      updates,
      openActions,
      nextMeeting: { id: next.id, date: next.date.toISODate() as string, startUtc: iso(next.date) },
      bytes: pages * pageSize,
    };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    db.close();
    throw error;
  }
}
