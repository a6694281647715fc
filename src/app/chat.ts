import { DateTime } from 'luxon';
import type { ActionsFilter, ChatCommand } from '../chat/grammar.js';
import { type ChatView, groupByOwner } from '../chat/views.js';
import type { Action } from '../domain/action.js';
import { type Actor, mayAdminister } from '../domain/permissions.js';
import { isRole } from '../domain/roles.js';
import type { HolidayCalendar } from '../domain/working-days.js';
import type { Platform } from '../store/types.js';
import { listActions, recordUpdate } from './actions.js';
import { type AppContext, committeeToday } from './context.js';
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
): Promise<ChatView> {
  const deps = opts.rounds;
  if (!deps) return { kind: 'notice', text: 'Quarterly rounds are not available here.', tone: 'warning' };
  const asView = (s: RoundStatus): ChatView => ({ kind: 'round_status', ...s });
  switch (verb) {
    case 'open':
      return asView(
        await openRound(ctx, deps.delivery, deps.settings, await deps.holidays(), { period, actor }),
      );
    case 'close':
      return asView(await closeRound(ctx, deps.delivery, deps.settings, { period, actor }));
    case 'status':
      return asView(await roundStatus(ctx, deps.settings, period));
    default:
      return { kind: 'help', unknown: `round ${verb}`, secretariat: mayAdminister(actor).allowed };
  }
}

/** Who is speaking: the person mapped to this chat id, or an unmapped stranger. */
export async function chatActor(ctx: AppContext, platform: Platform, chatId: string): Promise<Actor> {
  const person = await ctx.store.people.findByChatId(platform, chatId);
  return {
    kind: 'chat',
    platform,
    chatId,
    person: person && { id: person.id, organisationId: person.organisationId, role: person.role },
  };
}

export async function actorOrganisation(ctx: AppContext, actor: Actor): Promise<string | null> {
  if (actor.kind !== 'chat' || !actor.person?.organisationId) return null;
  return (await ctx.store.people.get(actor.person.id))?.organisation ?? null;
}

/** The action list a filter asks for, grouped by owner. */
export async function actionListView(
  ctx: AppContext,
  filter: ActionsFilter,
  actor: Actor,
): Promise<ChatView> {
  let actions: Action[];
  let heading: string;
  let filterText: string = filter.kind;
  switch (filter.kind) {
    case 'mine': {
      const org = await actorOrganisation(ctx, actor);
      if (!org) throw refuse('unmapped', 'see your organisation’s actions');
      actions = await listActions(ctx, { owner: org, status: 'open' });
      heading = `Open actions for ${org}`;
      break;
    }
    case 'owner':
      actions = await listActions(ctx, { owner: filter.owner, status: 'open' });
      heading = `Open actions for ${actions[0]?.owners.find((o) => o.toLowerCase() === filter.owner.toLowerCase()) ?? filter.owner}`;
      filterText = filter.owner;
      break;
    case 'all':
      actions = (await listActions(ctx, { status: 'all' })).filter((a) => a.status !== 'cancelled');
      heading = 'All actions';
      break;
    case 'done':
      actions = await listActions(ctx, { status: 'done' });
      heading = 'Completed actions';
      break;
    case 'open':
      actions = await listActions(ctx, { status: 'open' });
      heading = 'Open actions';
      break;
  }
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
    heading,
    groups: groupByOwner(actions),
    empty,
    filter: filterText,
    today: committeeToday(ctx),
  };
}

export async function nextMeetingView(ctx: AppContext): Promise<ChatView> {
  const meeting = await nextMeeting(ctx);
  const open = await listActions(ctx, { status: 'open' });
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
  const open = await listActions(ctx, { status: 'open' });
  return {
    kind: 'home',
    meeting: next.kind === 'next_meeting' ? next.meeting : null,
    daysToGo: next.kind === 'next_meeting' ? next.daysToGo : null,
    groups: groupByOwner(open, org),
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
  const secretariat = mayAdminister(actor).allowed;
  switch (command.kind) {
    case 'help':
      return { kind: 'help', unknown: command.unknown, secretariat };
    case 'actions':
      return actionListView(ctx, command.filter, actor);
    case 'next':
      return nextMeetingView(ctx);
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
        },
        actor,
      );
      return {
        kind: 'notice',
        text: `Mapped ${command.chatId} to ${person.organisation} (${person.role}).`,
        tone: 'info',
      };
    }
    case 'members_list': {
      const decision = mayAdminister(actor);
      if (!decision.allowed) throw refuse(decision.reason, 'list members');
      return { kind: 'members', people: await listMembers(ctx) };
    }
    case 'members_remove': {
      const person = await removeMember(ctx, command.who, actor);
      return {
        kind: 'notice',
        text: `Removed ${person.slackUserId ?? person.teamsAadId ?? person.name} (${person.organisation}).`,
        tone: 'info',
      };
    }
    case 'import': {
      const decision = mayAdminister(actor);
      if (!decision.allowed) throw refuse(decision.reason, 'import minutes');
      return { kind: 'notice', text: 'Send the minutes file to the bot in a direct message.', tone: 'info' };
    }
    case 'round':
      return roundCommand(ctx, command.verb, command.period, actor, opts);
  }
}
