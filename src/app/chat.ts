import { DateTime } from 'luxon';
import { type ActionsFilter, type ChatCommand, parseCommand } from '../chat/grammar.js';
import { type ChatView, groupByCommittee, groupByOwner } from '../chat/views.js';
import { committeeLabel, findCommittee } from '../domain/committee.js';
import { type Actor, administersAny, committeesOf, mayAdminister } from '../domain/permissions.js';
import { isRole } from '../domain/roles.js';
import type { HolidayCalendar } from '../domain/working-days.js';
import type { Platform } from '../store/types.js';
import { countActions, listActions as listAllActions, recordUpdate } from './actions.js';
import { committeeLabels, committeeOfChannel, getCommittee, labelled, listCommittees } from './committees.js';
import { type AppContext, committeeToday, defaultCommitteeId } from './context.js';
import type { Delivery } from './delivery.js';
import { AppError } from './errors.js';
import { nextMeeting } from './meetings.js';
import { addMember, listMembers, removeMember } from './members.js';
import { refuse } from './refusals.js';
import { closeRound, openRound, type RoundSettings, type RoundStatus, roundStatus } from './rounds.js';

async function roundCommand(
  ctx: AppContext,
  verb: string,
  period: string | null,
  actor: Actor,
  opts: CommandOptions,
  committee: string,
): Promise<ChatView> {
  const deps = opts.rounds;
  if (!deps) return { kind: 'notice', text: 'Quarterly rounds are not available here.', tone: 'warning' };
  const label = await labelled(ctx, committee);
  const asView = (s: RoundStatus): ChatView => ({ kind: 'round_status', ...s, ...label });
  switch (verb) {
    case 'open':
      return asView(
        await openRound(ctx, deps.delivery, deps.settings, await deps.holidays(), {
          period,
          actor,
          committee,
        }),
      );
    case 'close':
      return asView(await closeRound(ctx, deps.delivery, deps.settings, { period, actor, committee }));
    case 'status':
      return asView(await roundStatus(ctx, deps.settings, period, committee));
    default:
      return helpView(ctx, `round ${verb}`, administersAny(actor));
  }
}

/** What the bot can do, for this person, and how to name each of the deployment's committees. */
export async function helpView(
  ctx: AppContext,
  unknown: string | null,
  secretariat: boolean,
): Promise<ChatView> {
  const committees = (await listCommittees(ctx)).map((c) => ({ id: c.id, label: committeeLabel(c) }));
  return { kind: 'help', unknown, secretariat, committees };
}

/** Who is speaking: the person mapped to this chat id (with a role per committee), or an unmapped stranger. */
export async function chatActor(ctx: AppContext, platform: Platform, chatId: string): Promise<Actor> {
  const person = await ctx.store.people.findByChatId(platform, chatId);
  return {
    kind: 'chat',
    platform,
    chatId,
    person: person && {
      id: person.id,
      organisationId: person.organisationId,
      roles: Object.fromEntries(person.memberships.map((m) => [m.committeeId, m.role])),
    },
  };
}

/**
 * A command as typed, with a trailing "in ID_OR_ALIAS" taken as its committee only when it names
 * one ("actions UKHTC in board"); otherwise the words are the command's own.
 */
export async function parseScopedCommand(
  ctx: AppContext,
  text: string,
): Promise<{ command: ChatCommand; committee: string | null }> {
  const m = /^(.*?)\s+in\s+(.+?)\s*$/is.exec(text.trim());
  if (m?.[1] && m[2]) {
    const found = findCommittee(m[2], await listCommittees(ctx));
    if (found) return { command: parseCommand(m[1]), committee: found.id };
  }
  return { command: parseCommand(text), committee: null };
}

/**
 * The committees a chat request covers: the one named, else the channel's, else (a direct
 * message, the App Home) those the person sits on — the default committee for someone on none.
 */
export async function chatScope(
  ctx: AppContext,
  actor: Actor,
  opts: { committee?: string | null | undefined; channel?: string | null | undefined },
): Promise<string[]> {
  if (opts.committee) return [(await getCommittee(ctx, opts.committee)).id];
  if (opts.channel) {
    const own = await committeeOfChannel(ctx, opts.channel);
    if (own) return [own.id];
  }
  const mine = committeesOf(actor);
  return mine && mine.length > 0 ? mine : [defaultCommitteeId(ctx)];
}

export async function actorOrganisation(ctx: AppContext, actor: Actor): Promise<string | null> {
  if (actor.kind !== 'chat' || !actor.person?.organisationId) return null;
  return (await ctx.store.people.get(actor.person.id))?.organisation ?? null;
}

/** The action list a filter asks for, grouped by owner. */
/**
 * Actions a chat list shows at once; the rest are a "Next" press away. Slack posts a page as two
 * messages of its 50 blocks; Teams redraws one card in place, and a card holds twelve.
 */
export const LIST_PAGE: Record<Platform, number> = { slack: 25, teams: 12 };

export async function actionListView(
  ctx: AppContext,
  filter: ActionsFilter,
  actor: Actor,
  scope?: string[],
  page = 0,
  pageSize: number = LIST_PAGE.slack,
): Promise<ChatView> {
  const committees = scope ?? (await chatScope(ctx, actor, {}));
  const labels = await committeeLabels(ctx);
  let request: Parameters<typeof listAllActions>[1];
  let heading: string;
  let filterText: string = filter.kind;
  switch (filter.kind) {
    case 'mine': {
      const org = await actorOrganisation(ctx, actor);
      if (!org) throw refuse('unmapped', 'see your organisation’s actions');
      request = { owner: org, status: 'open' };
      heading = `Open actions for ${org}`;
      break;
    }
    case 'owner':
      request = { owner: filter.owner, status: 'open' };
      heading = '';
      filterText = filter.owner;
      break;
    case 'all':
      request = { status: 'live' };
      heading = 'All actions';
      break;
    case 'done':
      request = { status: 'done' };
      heading = 'Completed actions';
      break;
    case 'open':
      request = { status: 'open' };
      heading = 'Open actions';
      break;
  }
  // One page read from the store, however long the record: the list costs the same at any size.
  const scoped = { ...request, committees };
  const total = await countActions(ctx, scoped);
  const index = Math.max(0, Math.min(page, Math.max(0, Math.ceil(total / pageSize) - 1)));
  const actions = await listAllActions(ctx, {
    ...scoped,
    limit: pageSize,
    offset: index * pageSize,
    history: 'latest',
  });
  if (filter.kind === 'owner')
    heading = `Open actions for ${actions[0]?.owners.find((o) => o.toLowerCase() === filter.owner.toLowerCase()) ?? filter.owner}`;
  const empty =
    actions.length > 0
      ? null
      : filter.kind === 'open' || filter.kind === 'all'
        ? 'No actions yet. The secretariat can import the latest minutes with `import`.'
        : filter.kind === 'done'
          ? 'Nothing has been marked done yet. Owners can report with `update A1 done`.'
          : 'Nothing open here. Try `actions all` to see everything.';
  return {
    kind: 'action_list',
    heading:
      committees.length === 1 && labels.size > 1
        ? `${heading} — ${labels.get(committees[0] as string) ?? committees[0]}`
        : heading,
    groups: groupByCommittee(actions, labels),
    empty,
    filter: filterText,
    today: committeeToday(ctx),
    ...(total > pageSize ? { page: { index, size: pageSize, total } } : {}),
  };
}

/**
 * A list a button redraws: the filter words the list was made from ("UKHTC", "mine", "all") and
 * the page of it; null when the words are no list.
 */
export async function redrawnListView(
  ctx: AppContext,
  filterWords: string,
  actor: Actor,
  page = 0,
  pageSize: number = LIST_PAGE.slack,
): Promise<Extract<ChatView, { kind: 'action_list' }> | null> {
  const command = parseCommand(`actions ${filterWords}`);
  if (command.kind !== 'actions') return null;
  const view = await actionListView(ctx, command.filter, actor, undefined, page, pageSize);
  return view.kind === 'action_list' ? view : null;
}

/** The next meeting of the named committee, else the channel's, else the default committee's. */
export async function nextMeetingView(ctx: AppContext, committee?: string | null): Promise<ChatView> {
  const id = committee ?? defaultCommitteeId(ctx);
  const meeting = await nextMeeting(ctx, id);
  const open = await listAllActions(ctx, { status: 'open', committees: [id] });
  const counts = groupByOwner(open).map((g) => ({ owner: g.owner, count: g.actions.length }));
  const today = ctx.clock.now().setZone(ctx.timezone).startOf('day');
  const daysToGo = meeting
    ? Math.round(DateTime.fromISO(meeting.date, { zone: ctx.timezone }).diff(today, 'days').days)
    : null;
  return { kind: 'next_meeting', meeting, daysToGo, openByOwner: counts };
}

export async function homeView(ctx: AppContext, actor: Actor): Promise<ChatView> {
  const next = await nextMeetingView(ctx);
  const org = await actorOrganisation(ctx, actor);
  const committees = await chatScope(ctx, actor, {});
  const open = await listAllActions(ctx, { status: 'open', committees });
  return {
    kind: 'home',
    meeting: next.kind === 'next_meeting' ? next.meeting : null,
    daysToGo: next.kind === 'next_meeting' ? next.daysToGo : null,
    groups: groupByCommittee(open, await committeeLabels(ctx), org),
    viewerOrganisation: org,
    today: committeeToday(ctx),
  };
}

export interface CommandOptions {
  platform: Platform;
  /** the chat message or request it came from, so a redelivery is recorded once */
  sourceRef?: string | null;
  /** what `round …` needs: the delivery path, the round settings and the bank holidays */
  rounds?: RoundDeps;
  /** the committee named by a trailing "in …" */
  committee?: string | null;
  /** where it was typed (Slack channel id, Teams conversation id): a committee's channel scopes it */
  channel?: string | null;
}

export interface RoundDeps {
  delivery: Delivery;
  settings: RoundSettings;
  holidays: () => Promise<HolidayCalendar>;
}

/** Runs a typed command for a person in chat; refusals come back as notices, never as silence. */
export async function runCommand(
  ctx: AppContext,
  command: ChatCommand,
  actor: Actor,
  opts: CommandOptions,
): Promise<ChatView> {
  try {
    return await dispatch(ctx, command, actor, opts);
  } catch (error) {
    if (error instanceof AppError) return { kind: 'notice', text: error.message, tone: 'error' };
    throw error;
  }
}

async function dispatch(
  ctx: AppContext,
  command: ChatCommand,
  actor: Actor,
  opts: CommandOptions,
): Promise<ChatView> {
  const scope = await chatScope(ctx, actor, opts);
  // Where one committee is in view (named, or its channel), acts go to it; else the default one.
  const single =
    opts.committee || (opts.channel && (await committeeOfChannel(ctx, opts.channel)))
      ? (scope[0] as string)
      : defaultCommitteeId(ctx);
  const secretariat = administersAny(actor);
  switch (command.kind) {
    case 'help':
      return helpView(ctx, command.unknown, secretariat);
    case 'actions':
      return actionListView(ctx, command.filter, actor, scope, 0, LIST_PAGE[opts.platform]);
    case 'next':
      return nextMeetingView(ctx, single);
    case 'update': {
      const result = await recordUpdate(ctx, {
        actionRef: command.actionRef,
        status: command.status,
        note: command.note,
        actor,
        source: opts.platform,
        sourceRef: opts.sourceRef ?? null,
      });
      return {
        kind: 'update_recorded',
        action: result.action,
        previousStatus: result.previousStatus,
        statusChanged: result.statusChanged,
      };
    }
    case 'members_add': {
      const role = command.role && isRole(command.role) ? command.role : undefined;
      const person = await addMember(
        ctx,
        {
          organisation: command.organisation,
          ...(opts.platform === 'slack' ? { slackUserId: command.chatId } : { teamsAadId: command.chatId }),
          role,
          committee: single,
        },
        actor,
      );
      const seat = person.memberships.find((m) => m.committeeId === single);
      return {
        kind: 'notice',
        text: `Mapped ${command.chatId} to ${person.organisation} (${seat?.role ?? person.role}).`,
        tone: 'info',
      };
    }
    case 'members_list': {
      const decision = mayAdminister(actor, single);
      if (!decision.allowed) throw refuse(decision.reason, 'list members');
      return { kind: 'members', people: await listMembers(ctx, single) };
    }
    case 'members_remove': {
      const person = await removeMember(ctx, command.who, actor, single);
      return {
        kind: 'notice',
        text: `Removed ${person.slackUserId ?? person.teamsAadId ?? person.name} (${person.organisation}).`,
        tone: 'info',
      };
    }
    case 'import': {
      if (!secretariat)
        throw refuse(
          actor.kind === 'chat' && !actor.person ? 'unmapped' : 'not_secretariat',
          'import minutes',
        );
      return { kind: 'notice', text: 'Send the minutes file to the bot in a direct message.', tone: 'info' };
    }
    case 'round':
      return roundCommand(ctx, command.verb, command.period, actor, opts, single);
  }
}
