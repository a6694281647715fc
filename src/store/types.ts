import type { ActionStatus, StatusFilter, UpdateSource } from '../domain/action.js';
import type { ParsedMinutes } from '../minutes/types.js';
import type { SqlDatabase } from './sql/sql.js';

/**
 * Repository interfaces. They return promises although better-sqlite3 is synchronous, so that a
 * PostgreSQL store for several replicas can stand in later without touching src/app. Each method is
 * one unit of work (atomic on its own); instants go in and come out as UTC ISO strings.
 */

import type { Committee } from '../domain/committee.js';
import type { Role } from '../domain/roles.js';

export type { Role } from '../domain/roles.js';
export type Platform = 'slack' | 'teams';

export interface Organisation {
  id: number;
  name: string;
  aliases: string[];
  slackChannel: string | null;
  teamsChannel: string | null;
}

export type { Committee } from '../domain/committee.js';

export interface Membership {
  committeeId: string;
  role: Role;
}

export interface Person {
  id: number;
  name: string | null;
  organisationId: number | null;
  organisation: string | null;
  /** the role in the committee a list was asked for (people.list(committee)); else the first membership's */
  role: Role;
  /** the committees the person sits on, with a role in each */
  memberships: Membership[];
  slackUserId: string | null;
  teamsAadId: string | null;
}

export type NewPerson = Omit<Person, 'id' | 'organisation' | 'role' | 'memberships'>;

/** A committee's member as a reminder run needs them: who, whose, their role there, their chats. */
export type Member = Pick<Person, 'id' | 'name' | 'organisationId' | 'role' | 'slackUserId' | 'teamsAadId'>;

export type MeetingStatus = 'scheduled' | 'held' | 'cancelled';

export interface Meeting {
  id: number;
  committeeId: string;
  title: string;
  date: string;
  startUtc: string | null;
  endUtc: string | null;
  zone: string;
  location: string | null;
  status: MeetingStatus;
  source: 'minutes' | 'manual';
}

export interface UpdateRecord {
  id: number;
  atUtc: string;
  by: string;
  personId: number | null;
  status: ActionStatus;
  statusChanged: boolean;
  note: string | null;
  source: UpdateSource;
  sourceRef: string | null;
}

export interface ActionRecord {
  id: number;
  committeeId: string;
  text: string;
  item: string | null;
  meetingId: number | null;
  meetingDate: string | null;
  status: ActionStatus;
  dueDate: string | null;
  source: 'minutes' | 'manual';
  owners: { id: number; name: string }[];
  updates: UpdateRecord[];
  createdAtUtc: string;
}

export interface ActionQuery {
  /** only these committees' actions (absent: every committee's) */
  committeeIds?: string[];
  ownerIds?: number[];
  status?: StatusFilter;
  meetingDate?: string;
  /** only actions changed at or after this instant (UTC ISO): done work since the last meeting */
  updatedSinceUtc?: string;
  /** a page of the list, in id order: at most `limit` actions after the first `offset` */
  limit?: number;
  offset?: number;
  /**
   * only actions whose id is in (after, through]: a slice of the record by id, read through the
   * primary key however the other filters would have it sorted
   */
  idRange?: { after: number; through: number };
  /** 'latest': each action with only its most recent update (what lists and reminders show) */
  history?: 'all' | 'latest';
  /** only these actions */
  ids?: number[];
}

/** Which of a committee's outstanding actions a reminder run asks about. */
export interface OpenActionsQuery {
  committeeId: string;
  /** only those agreed before this date (a meeting's): at an earlier meeting, or by hand */
  agreedBefore?: string;
  /** only those with no due date of their own or one on or before this date */
  dueBy?: string;
  /** only those with a due date of their own after this date */
  dueAfter?: string;
  /** only those due on this date */
  dueOn?: string;
}

/** Outstanding actions of one owner (null: actions with none). */
export interface OwnedActionIds {
  organisationId: number | null;
  /** in number order */
  actionIds: number[];
}

export interface NewAction {
  committeeId: string;
  text: string;
  ownerIds: number[];
  item: string | null;
  dueDate: string | null;
  meetingId: number | null;
}

export interface ActionChanges {
  text?: string;
  ownerIds?: number[];
  item?: string | null;
  dueDate?: string | null;
  meetingId?: number | null;
  status?: ActionStatus;
}

export interface NewUpdate {
  actionId: number;
  atUtc: string;
  personId: number | null;
  by: string;
  /** null keeps the action's status (a note only) */
  status: ActionStatus | null;
  note: string | null;
  source: UpdateSource;
  /** the chat message or event it came from; a second update with the same ref is ignored */
  sourceRef: string | null;
}

export interface RecordedUpdate {
  action: ActionRecord;
  update: UpdateRecord;
  /** true when this source_ref was recorded before: nothing changed this time */
  duplicate: boolean;
}

export interface ImportedAttendance {
  organisationId: number | null;
  name: string;
  role: string | null;
  deputisingFor: string | null;
}

/** Everything one set of minutes says, with organisations already resolved. */
export interface MinutesRecord {
  committeeId: string;
  sha256: string;
  fileName: string | null;
  title: string;
  date: string;
  zone: string;
  attendees: ImportedAttendance[];
  apologies: ImportedAttendance[];
  items: { number: string; title: string }[];
  actions: { ownerIds: number[]; text: string; item: string | null; dueDate: string | null }[];
  nextMeeting: {
    date: string;
    startUtc: string | null;
    endUtc: string | null;
    location: string | null;
  } | null;
}

export interface ImportSummary {
  meetingId: number;
  alreadyImported: boolean;
  created: number[];
  updated: number[];
  withdrawn: number[];
  unchanged: number[];
  nextMeetingId: number | null;
}

export interface OrganisationRepo {
  list(): Promise<Organisation[]>;
  /** by name or alias, ignoring case and spacing */
  find(nameOrAlias: string): Promise<Organisation | null>;
  findOrCreate(name: string, actor: string, atUtc: string): Promise<Organisation>;
  create(name: string, aliases: string[], actor: string, atUtc: string): Promise<Organisation>;
  addAlias(id: number, alias: string, actor: string, atUtc: string): Promise<Organisation>;
  /** the old name stays as an alias, so old minutes still resolve */
  rename(id: number, name: string, actor: string, atUtc: string): Promise<Organisation>;
  /** the organisation's own channels, where its reminders also go (null clears) */
  setChannels(
    id: number,
    channels: { slack?: string | null; teams?: string | null },
    actor: string,
    atUtc: string,
  ): Promise<Organisation>;
  /** `from` disappears into `into`: its actions, people, attendance and names move over */
  merge(fromId: number, intoId: number, actor: string, atUtc: string): Promise<Organisation>;
}

export interface PersonRepo {
  /** everyone, or the members of one committee (their `role` then that committee's) */
  list(committeeId?: string): Promise<Person[]>;
  /** a committee's members, unordered, without their other committees: a reminder run's read */
  members(committeeId: string): Promise<Member[]>;
  get(id: number): Promise<Person | null>;
  findByChatId(platform: Platform, chatId: string): Promise<Person | null>;
  add(person: NewPerson, actor: string, atUtc: string): Promise<Person>;
  update(id: number, changes: Partial<NewPerson>, actor: string, atUtc: string): Promise<Person>;
  remove(id: number, actor: string, atUtc: string): Promise<void>;
  countByRole(role: Role, committeeId?: string): Promise<number>;
  /** seats the person on a committee with a role, or changes the role */
  setMembership(
    personId: number,
    committeeId: string,
    role: Role,
    actor: string,
    atUtc: string,
  ): Promise<Person>;
  /** true when they sat on it */
  removeMembership(personId: number, committeeId: string, actor: string, atUtc: string): Promise<boolean>;
}

export interface CommitteeRepo {
  list(): Promise<Committee[]>;
  get(id: string): Promise<Committee | null>;
  add(committee: Committee, actor: string, atUtc: string): Promise<Committee>;
  edit(id: string, changes: Partial<Omit<Committee, 'id'>>, actor: string, atUtc: string): Promise<Committee>;
  /** refused (conflict) while it holds meetings, actions, rounds or members */
  remove(id: string, actor: string, atUtc: string): Promise<void>;
  /** what it holds, for the refusal */
  holdings(id: string): Promise<{ meetings: number; actions: number; rounds: number; members: number }>;
}

export interface MeetingRepo {
  /** every committee's meetings, or one committee's */
  list(committeeId?: string): Promise<Meeting[]>;
  get(id: number): Promise<Meeting | null>;
  findByDate(committeeId: string, date: string): Promise<Meeting | null>;
  /** the committee's earliest scheduled meeting starting at or after `atUtc` (a date-only meeting counts from its day) */
  next(committeeId: string, atUtc: string, today: string): Promise<Meeting | null>;
  attendance(
    meetingId: number,
  ): Promise<(ImportedAttendance & { kind: 'present' | 'apologies'; organisation: string | null })[]>;
  items(meetingId: number): Promise<{ number: string; title: string }[]>;
  add(meeting: Omit<Meeting, 'id' | 'status' | 'source'>, actor: string, atUtc: string): Promise<Meeting>;
  /** a new date, time or place; the status stays */
  move(
    id: number,
    changes: Pick<Meeting, 'date' | 'startUtc' | 'endUtc'> & { location?: string | null },
    actor: string,
    atUtc: string,
  ): Promise<Meeting>;
  setStatus(id: number, status: MeetingStatus, actor: string, atUtc: string): Promise<Meeting>;
}

export interface ActionRepo {
  list(query: ActionQuery): Promise<ActionRecord[]>;
  /** the distinct due dates of a committee's open actions (a reminder tick's first question) */
  openDueDates(committeeId: string): Promise<string[]>;
  /** how many actions the query matches (ignoring its page) */
  count(query: ActionQuery): Promise<number>;
  /** the greatest action id given so far (0 before the first) */
  lastId(): Promise<number>;
  /** outstanding actions' ids by owner: what a reminder run plans from, without reading the actions */
  openIdsByOwner(query: OpenActionsQuery): Promise<OwnedActionIds[]>;
  /** which actions (of any committee) have a status update at or after this instant */
  updatedSince(sinceUtc: string): Promise<Set<number>>;
  get(id: number): Promise<ActionRecord | null>;
  add(action: NewAction, actor: string, atUtc: string): Promise<ActionRecord>;
  edit(id: number, changes: ActionChanges, actor: string, atUtc: string): Promise<ActionRecord>;
  recordUpdate(update: NewUpdate, actor: string): Promise<RecordedUpdate>;
}

export interface ImportRepo {
  findBySha256(sha256: string): Promise<{ meetingId: number; importedAtUtc: string } | null>;
  apply(minutes: MinutesRecord, actor: string, atUtc: string): Promise<ImportSummary>;
}

export interface AuditEntry {
  atUtc: string;
  actor: string;
  change: string;
  entity: string;
  entityId: string | null;
  detail: unknown;
}

export interface AuditRepo {
  list(entity?: string, entityId?: string): Promise<AuditEntry[]>;
}

export interface Store {
  committees: CommitteeRepo;
  organisations: OrganisationRepo;
  people: PersonRepo;
  meetings: MeetingRepo;
  actions: ActionRepo;
  imports: ImportRepo;
  audit: AuditRepo;
  outbox: OutboxRepo;
  events: EventRepo;
  pendingImports: PendingImportRepo;
  conversations: ConversationRefRepo;
  holidays: HolidayRepo;
  rounds: RoundRepo;
  /** which engine holds the record: the SQLite file or a PostgreSQL database */
  readonly engine: 'sqlite' | 'postgres';
  /** the connection itself, for what crosses every table (`idmg copy`) */
  readonly sql: SqlDatabase;
  /** true when the database answers */
  ping(): Promise<boolean>;
  /**
   * A stamp that changes whenever the record does (every change is audited; Teams chats are not, so
   * they count too): lets the scheduler skip re-reading what has not changed since its last tick.
   */
  changes(): Promise<string>;
  /** an online copy of the database while the bot runs (SQLite; PostgreSQL has pg_dump) */
  backup(file: string): Promise<void>;
  close(): Promise<void>;
}

/** A change the store refuses: a duplicate name, an unknown id. The message is for a person. */
export class StoreError extends Error {
  override name = 'StoreError';
  constructor(
    message: string,
    readonly code: 'conflict' | 'not_found' | 'invalid',
  ) {
    super(message);
  }
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface NewOutboxMessage {
  dedupeKey: string;
  platform: Platform;
  recipient: string;
  threadRef: string | null;
  kind: string;
  view: unknown;
  actionIds: number[];
  /** never sent after this instant (a reminder for a meeting that has started) */
  expiresAtUtc?: string | null;
  /** what it belongs to: meeting:12, due:2012-10-31, round:2012-Q3 */
  occasion?: string | null;
}

export interface OutboxMessage extends NewOutboxMessage {
  id: number;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAtUtc: string;
  conversation: string | null;
  messageRef: string | null;
  error: string | null;
  createdAtUtc: string;
  sentAtUtc: string | null;
}

export interface OutboxRepo {
  /** records a message to send; the same dedupe key twice keeps the first (created false) */
  enqueue(message: NewOutboxMessage, atUtc: string): Promise<{ message: OutboxMessage; created: boolean }>;
  /** claims one message for sending until `leaseUntilUtc`; null when another sender has it or it is done */
  claim(id: number, nowUtc: string, leaseUntilUtc: string): Promise<OutboxMessage | null>;
  /**
   * claims up to `limit` of the messages due at `nowUtc` (pending, or abandoned by a sender whose
   * lease ran out), oldest first, for this process alone; `abandoned` marks one taken over
   */
  claimDue(
    nowUtc: string,
    leaseUntilUtc: string,
    limit: number,
  ): Promise<{ message: OutboxMessage; abandoned: boolean }[]>;
  markSent(id: number, conversation: string, messageRef: string, atUtc: string): Promise<void>;
  markRetry(id: number, nextAttemptAtUtc: string, error: string): Promise<void>;
  markFailed(id: number, error: string, atUtc: string): Promise<void>;
  /** the sent message a thread hangs from */
  findSent(platform: Platform, conversation: string, messageRef: string): Promise<OutboxMessage | null>;
  /** the latest sent message of a kind in a conversation (a DM's last reminder) */
  latestSent(platform: Platform, conversation: string, kinds: string[]): Promise<OutboxMessage | null>;
  get(id: number): Promise<OutboxMessage | null>;
  list(status?: OutboxStatus): Promise<OutboxMessage[]>;
  /** which of these dedupe keys are already recorded */
  existingKeys(keys: string[]): Promise<Set<string>>;
  /** gives up the pending messages of an occasion (a cancelled or moved meeting) */
  expireOccasion(occasion: string, reason: string, atUtc: string): Promise<number>;
  /** messages of an occasion, any status */
  byOccasion(occasion: string): Promise<OutboxMessage[]>;
}

export interface HolidayRepo {
  official(division: string): Promise<string[]>;
  replaceOfficial(
    division: string,
    days: { date: string; title: string }[],
    fetchedAtUtc: string,
  ): Promise<void>;
}

export interface EventRepo {
  /** true the first time an event id is seen; false for a redelivery */
  firstSeen(platform: Platform, eventId: string, atUtc: string): Promise<boolean>;
  /** forgets claims received before `beforeUtc` (a redelivery is never that late); how many went */
  prune(beforeUtc: string): Promise<number>;
}

export interface PendingImport {
  token: string;
  /** the committee chosen in the preview; null: the one the minutes name */
  committeeId?: string | null;
  fileName: string | null;
  content: Uint8Array;
  requestedBy: string;
  createdAtUtc: string;
  /** the parse the preview showed, with the secretariat's corrections; what Confirm stores */
  parse?: ParsedMinutes | null;
}

export interface PendingImportRepo {
  create(pending: PendingImport): Promise<void>;
  /** takes the pending import for a decision; null when it was decided already (a double click) */
  decide(token: string, decision: 'confirmed' | 'cancelled', atUtc: string): Promise<PendingImport | null>;
  get(token: string): Promise<(PendingImport & { decided: boolean }) | null>;
  /** the secretariat corrected the preview (only while undecided) */
  setParse(token: string, parse: ParsedMinutes): Promise<boolean>;
  /** the secretariat chose another committee in the preview (only while undecided) */
  setCommittee(token: string, committeeId: string): Promise<boolean>;
}

export interface ConversationRef {
  conversationId: string;
  kind: string;
  aadObjectId: string | null;
  serviceUrl: string;
  reference: unknown;
  updatedAtUtc: string;
  unreachableAtUtc: string | null;
  unreachableReason: string | null;
}

export interface ConversationRefRepo {
  /** saves or refreshes a reference; a fresh message makes an unreachable one reachable again */
  save(ref: Omit<ConversationRef, 'unreachableAtUtc' | 'unreachableReason'>): Promise<void>;
  get(conversationId: string): Promise<ConversationRef | null>;
  /** the personal chat with each of these people the bot has one with (the newest), by AAD object id */
  personalChats(aadObjectIds: string[]): Promise<Map<string, ConversationRef>>;
  markUnreachable(conversationId: string, reason: string, atUtc: string): Promise<void>;
  unreachable(): Promise<ConversationRef[]>;
}

export interface Round {
  id: number;
  committeeId: string;
  period: string;
  status: 'open' | 'closed';
  deadlineUtc: string;
  /** organisations the secretariat set; null: those with at least one mapped person */
  expected: number[] | null;
  openedAtUtc: string;
  closedAtUtc: string | null;
}

export interface Submission {
  id: number;
  roundId: number;
  organisationId: number | null;
  organisation: string | null;
  personId: number | null;
  by: string;
  platform: 'slack' | 'teams' | 'cli';
  messageRef: string;
  text: string;
  submittedAtUtc: string;
  editedAtUtc: string | null;
  withdrawnAtUtc: string | null;
  late: boolean;
}

export interface NewSubmission {
  roundId: number;
  organisationId: number | null;
  personId: number | null;
  by: string;
  platform: 'slack' | 'teams' | 'cli';
  messageRef: string;
  text: string;
  atUtc: string;
  late: boolean;
}

export interface RoundRepo {
  /** opens the period's round; a second open finds the first (created false) */
  open(
    committeeId: string,
    period: string,
    deadlineUtc: string,
    expected: number[] | null,
    actor: string,
    atUtc: string,
  ): Promise<{ round: Round; created: boolean }>;
  get(committeeId: string, period: string): Promise<Round | null>;
  byId(id: number): Promise<Round | null>;
  /** the most recently opened round, of one committee or of any */
  latest(committeeId?: string): Promise<Round | null>;
  close(committeeId: string, period: string, actor: string, atUtc: string): Promise<Round>;
  /** a new reply adds a submission; the same message again (an edit) updates its text */
  upsertSubmission(s: NewSubmission): Promise<{ submission: Submission; created: boolean }>;
  /** a deleted reply withdraws its submission */
  withdraw(messageRef: string, atUtc: string): Promise<Submission | null>;
  submissions(roundId: number, opts?: { withdrawn?: boolean }): Promise<Submission[]>;
  assign(submissionId: number, organisationId: number, actor: string, atUtc: string): Promise<Submission>;
}
