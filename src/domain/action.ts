/** The statuses an action moves through. `cancelled` is set only by the secretariat's `action cancel`. */
export const ACTION_STATUSES = ['open', 'in_progress', 'blocked', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Statuses an owner may report; cancelling is an edit, not an update. */
export const UPDATE_STATUSES = ['open', 'in_progress', 'blocked', 'done'] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

/** Where an update came from. */
export type UpdateSource = 'slack' | 'teams' | 'cli' | 'import';

/** `live`: every action but the cancelled (the chat's "actions all") */
export type StatusFilter = 'open' | 'done' | 'all' | 'live';

/** DESIGN.md: `open` means not done — open, in progress or blocked. */
export function matchesStatusFilter(status: ActionStatus, filter: StatusFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'done':
      return status === 'done';
    case 'open':
      return status === 'open' || status === 'in_progress' || status === 'blocked';
    case 'live':
      return status !== 'cancelled';
  }
}

export function isUpdateStatus(value: string): value is UpdateStatus {
  return (UPDATE_STATUSES as readonly string[]).includes(value);
}

export interface StatusUpdate {
  /** ISO instant with offset in the committee's zone */
  at: string;
  /** chat id of the person (Slack user id, Teams AAD object id) or the CLI's --by */
  by: string;
  status: ActionStatus;
  note: string | null;
  source: UpdateSource;
}

export interface Action {
  /** the id people type: A1, A2, … */
  id: string;
  /** the committee whose action it is (idmg, strategy-board) */
  committee: string;
  text: string;
  owners: string[];
  item: string | null;
  /** date of the meeting whose minutes gave the action (YYYY-MM-DD), null when added by hand without one */
  meeting: string | null;
  status: ActionStatus;
  /** explicit due date (YYYY-MM-DD); null means "by the next meeting" */
  due: string | null;
  updates: StatusUpdate[];
}

const ACTION_REF = /^A(\d{1,9})$/i;

/** "a3" or "A3" -> 3; anything else -> null. */
export function parseActionRef(ref: string): number | null {
  const m = ACTION_REF.exec(ref.trim());
  return m?.[1] ? Number.parseInt(m[1], 10) : null;
}

export function formatActionRef(id: number): string {
  return `A${id}`;
}

export const STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** Not done and not cancelled: what reminders chase. */
export function isOutstanding(status: ActionStatus): boolean {
  return matchesStatusFilter(status, 'open');
}

/** An outstanding action whose own due date has passed (`today`, YYYY-MM-DD, is the last day it is not). */
export function isOverdue(action: Pick<Action, 'status' | 'due'>, today: string): boolean {
  return action.due !== null && action.due < today && isOutstanding(action.status);
}

/** Agreed at an earlier meeting than the one on `meetingDate` (or added by hand, with no meeting). */
function agreedBefore(action: Pick<Action, 'meeting'>, meetingDate: string): boolean {
  return action.meeting === null || action.meeting < meetingDate;
}

/**
 * Whether the reminders for the meeting on `meetingDate` chase an outstanding action. It must have
 * been agreed before that meeting; one with a due date of its own is chased for that date until the
 * date has come, and for the meeting from then on: an action overdue is still owed.
 * The planner asks the store for these by owner (`openIdsByOwner`, the rule written in SQL over an
 * index); test/store checks that query against this rule and `dueByMeeting`.
 */
export function chasedForMeeting(
  action: Pick<Action, 'meeting' | 'due'>,
  meetingDate: string,
  today: string,
): boolean {
  if (!agreedBefore(action, meetingDate)) return false;
  return action.due === null || action.due <= today;
}

/** Whether the digest before the meeting on `meetingDate` reports on an action: one due by then. */
export function dueByMeeting(action: Pick<Action, 'meeting' | 'due'>, meetingDate: string): boolean {
  if (!agreedBefore(action, meetingDate)) return false;
  return action.due === null || action.due <= meetingDate;
}

/**
 * Whether the update paper for the meeting on `meetingDate` lists an action: everything agreed
 * before that meeting and still outstanding, and what was completed since the meeting before it
 * (`previousMeetingDate`, null when there was none). Older completed work is in the export.
 */
export function onUpdatePaper(
  action: Action,
  meetingDate: string,
  previousMeetingDate: string | null,
): boolean {
  if (action.status === 'cancelled') return false;
  if (!agreedBefore(action, meetingDate)) return false;
  if (isOutstanding(action.status)) return true;
  const completed = action.updates.findLast((u) => u.status === 'done')?.at.slice(0, 10);
  return previousMeetingDate === null || completed === undefined || completed >= previousMeetingDate;
}
