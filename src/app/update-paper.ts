import { DateTime } from 'luxon';
import { dueText, shortDay } from '../chat/format.js';
import type { ChatView } from '../chat/views.js';
import { type Action, onUpdatePaper, STATUS_LABELS } from '../domain/action.js';
import { committeeLabel } from '../domain/committee.js';
import { meetingStart } from '../domain/meeting.js';
import { type ReminderPolicy, sendTime } from '../domain/reminder-policy.js';
import type { HolidayCalendar } from '../domain/working-days.js';
import { listActions } from './actions.js';
import { getCommittee } from './committees.js';
import { type AppContext, committeeToday, defaultCommitteeId } from './context.js';
import type { Delivery } from './delivery.js';
import { reachPeople } from './recipients.js';
import { reportMarkdown } from './round-report.js';
import { compileReport, type RoundSettings } from './rounds.js';

const longDay = (iso: string) => DateTime.fromISO(iso).toFormat('d LLLL yyyy');
// A table cell: text from minutes and people must not break the row.
const cell = (t: string) => t.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function actionTable(actions: Action[], today: string): string[] {
  return [
    '| Action | Owners | Due | Status | Latest update |',
    '|---|---|---|---|---|',
    ...actions.map((a) => {
      const last = a.updates.at(-1);
      const latest = last ? cell(`${last.at.slice(0, 10)} ${last.note ?? STATUS_LABELS[last.status]}`) : '—';
      const due = a.due ? dueText(a, shortDay, today) : 'next meeting';
      return `| ${a.id}: ${cell(a.text)} | ${cell(a.owners.join(', '))} | ${due} | ${STATUS_LABELS[a.status]} | ${latest} |`;
    }),
  ];
}

/**
 * The paper a secretariat tables at a meeting: the actions still outstanding, what was completed
 * since the last meeting, and the latest Strategy Board report. Markdown; every message carries
 * the marking at both ends.
 */
export async function updatePaper(
  ctx: AppContext,
  settings: RoundSettings,
  meetingDate: string,
  committeeRef?: string | null,
): Promise<string> {
  const committee = await getCommittee(ctx, committeeRef ?? defaultCommitteeId(ctx));
  const latest = await ctx.store.rounds.latest(committee.id);
  const report = latest
    ? reportMarkdown(await compileReport(ctx, settings, latest.period, committee.id), settings.marking)
    : null;
  const previous =
    (await ctx.store.meetings.list(committee.id))
      .filter((m) => m.status !== 'cancelled' && m.date < meetingDate)
      .map((m) => m.date)
      .sort()
      .at(-1) ?? null;
  const today = committeeToday(ctx);
  const listed = (await listActions(ctx, { status: 'all', committees: [committee.id] })).filter((a) =>
    onUpdatePaper(a, meetingDate, previous),
  );
  const outstanding = listed.filter((a) => a.status !== 'done');
  const completed = listed.filter((a) => a.status === 'done');
  return [
    `**${settings.marking}**`,
    '',
    `# ${committee.name} — update paper for the meeting of ${longDay(meetingDate)}`,
    '',
    `## Outstanding actions (${outstanding.length})`,
    '',
    ...(outstanding.length ? actionTable(outstanding, today) : ['None: every action is complete.']),
    '',
    previous
      ? `## Completed since the meeting of ${longDay(previous)} (${completed.length})`
      : `## Completed (${completed.length})`,
    '',
    ...(completed.length ? actionTable(completed, today) : ['None.']),
    '',
    report ? '## Strategy Board' : '## Strategy Board\n\nNo quarterly round yet.',
    '',
    ...(report ? [report.replace(/^\*\*.*\*\*\n\n/, '').replace(/^# /m, '### ')] : []),
    `**${settings.marking}**`,
    '',
  ].join('\n');
}

/**
 * The meeting update paper: five working days before each meeting, the chair and secretariat get
 * one document with the outstanding actions, those completed since, and the latest round's report.
 */
export async function sendUpdatePapers(
  ctx: AppContext,
  delivery: Delivery,
  settings: RoundSettings,
  policy: ReminderPolicy,
  holidays: HolidayCalendar,
  now: DateTime,
): Promise<number> {
  const meetings = (await ctx.store.meetings.list()).filter((m) => m.status === 'scheduled');
  let sent = 0;
  for (const m of meetings) {
    const starts = meetingStart(m);
    if (now >= starts || now < sendTime(m.date, 5, policy, holidays)) continue;
    const committee = await getCommittee(ctx, m.committeeId);
    const markdown = await updatePaper(ctx, settings, m.date, committee.id);
    const view: ChatView = {
      kind: 'document',
      title: `${committeeLabel(committee)} update paper for ${longDay(m.date)}`,
      fileName: `${committee.id}-update-paper-${m.date}.md`,
      markdown,
      summary:
        'The outstanding actions, those completed since the last meeting, and the latest Strategy Board report.',
    };
    // That committee's chair and secretariat: roles are per committee.
    const chairAndSecretariat = (await ctx.store.people.list(committee.id)).filter(
      (x) => x.role === 'chair' || x.role === 'secretariat',
    );
    for (const t of await reachPeople(ctx, chairAndSecretariat)) {
      const { created } = await ctx.store.outbox.enqueue(
        {
          dedupeKey: `update-paper:meeting:${m.id}:${t.platform}:${t.recipient}`,
          platform: t.platform,
          recipient: t.recipient,
          threadRef: null,
          kind: 'update_paper',
          view,
          actionIds: [],
          occasion: `meeting:${m.id}`,
          expiresAtUtc: starts.toUTC().toISO(),
        },
        now.toUTC().toISO() as string,
      );
      if (created) sent += 1;
    }
  }
  if (sent) await delivery.flushDue();
  return sent;
}
