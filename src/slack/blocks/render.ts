import { DateTime } from 'luxon';
import {
  committeeHelpText,
  committeeSuffix,
  daysToGoText,
  meetingWhen,
  NO_MEETING,
  roundTitle,
  shortDay,
} from '../../chat/format.js';
import { COMMAND_HELP } from '../../chat/grammar.js';
import type { ChatView } from '../../chat/views.js';
import { STATUS_LABELS } from '../../domain/action.js';
import { esc, md, plain } from '../mrkdwn.js';
import { actionBlocks, actionListMessages } from './action-list.blocks.js';
import { packMessages, statusText } from './common.js';
import { importPreviewMessage } from './import.blocks.js';
import type { Block, SlackMessage } from './types.js';

function formatInstantLong(iso: string): string {
  return DateTime.fromISO(iso, { setZone: true }).toFormat("cccc d LLLL yyyy 'at' HH:mm");
}

export function meetingLine(view: Extract<ChatView, { kind: 'next_meeting' }>): string {
  const m = view.meeting;
  if (!m) return NO_MEETING;
  const togo = daysToGoText(view.daysToGo);
  return `*${esc(m.title)}*\n${meetingWhen(m)}${togo ? ` — *${togo}*` : ''}${m.location ? `\n${esc(m.location)}` : ''}`;
}

/** Every neutral view, as Slack messages. */
export function renderSlack(view: ChatView, marking: string): SlackMessage[] {
  switch (view.kind) {
    case 'action_list':
      return actionListMessages(view, marking, { share: true });
    case 'next_meeting': {
      const owners = view.openByOwner.length
        ? view.openByOwner.map((o) => `• ${esc(o.owner)}: ${o.count} open`).join('\n')
        : 'No open actions.';
      return packMessages(
        'Next meeting',
        [
          { type: 'header', text: plain('Next IDMG meeting', 150) },
          { type: 'section', text: md(meetingLine(view)) },
        ],
        [[{ type: 'section', text: md(`*Open actions by owner*\n${owners}`) }]],
        marking,
      );
    }
    case 'update_recorded': {
      const a = view.action;
      const head = view.statusChanged
        ? `*${a.id}* is now ${statusText(a.status)} (was ${STATUS_LABELS[view.previousStatus]}).`
        : `Update recorded on *${a.id}* (still ${STATUS_LABELS[a.status]}).`;
      return packMessages(
        `${a.id}: ${STATUS_LABELS[a.status]}`,
        [{ type: 'section', text: md(head) }],
        [actionBlocks(a, { filter: 'open', buttons: false })],
        marking,
      );
    }
    case 'help': {
      const lines = COMMAND_HELP.filter((c) => view.secretariat || !c.secretariat).map(
        (c) =>
          `• \`/idmg ${c.usage}\` — ${c.what}${c.secretariat ? ' _(secretariat)_' : ''}\n   e.g. \`/idmg ${c.example}\``,
      );
      const intro = view.unknown
        ? `I didn't understand \`${esc(view.unknown.slice(0, 200))}\`. Here is what I can do:`
        : 'Here is what I can do:';
      const committees = committeeHelpText(
        view.committees?.map((c) => ({ id: c.id, label: esc(c.label) })),
        (c) => `\`/idmg ${c}\``,
      );
      return packMessages(
        'IDMG bot help',
        [{ type: 'section', text: md(intro) }],
        [
          [{ type: 'section', text: md(lines.join('\n')) }],
          ...(committees ? [[{ type: 'section', text: md(committees) }]] : []),
          [
            {
              type: 'context',
              elements: [
                md(
                  'You can also reply in the thread of any reminder or action list: `A3 done sent the figures`, `in progress`, `blocked waiting for DH`.',
                ),
              ],
            },
          ],
        ],
        marking,
      );
    }
    case 'notice': {
      const icon = view.tone === 'error' ? ':no_entry: ' : view.tone === 'warning' ? ':warning: ' : '';
      return packMessages(
        esc(view.text),
        [{ type: 'section', text: md(`${icon}${esc(view.text)}`) }],
        [],
        marking,
      );
    }
    case 'members': {
      const rows = view.people.map(
        (p) =>
          `• ${p.slackUserId ? `<@${p.slackUserId}>` : esc(p.name ?? p.teamsAadId ?? `member ${p.id}`)} — ${esc(p.organisation ?? 'no organisation')}${p.role !== 'member' ? ` (${p.role})` : ''}${p.teamsAadId ? ' · Teams' : ''}`,
      );
      const units: Block[][] = [];
      for (let i = 0; i < rows.length; i += 40)
        units.push([{ type: 'section', text: md(rows.slice(i, i + 40).join('\n')) }]);
      return packMessages(
        'Members',
        [{ type: 'header', text: plain('Members', 150) }],
        units.length ? units : [[{ type: 'section', text: md('Nobody is mapped yet.') }]],
        marking,
      );
    }
    case 'home':
      return [homeMessage(view, marking)];
    case 'import_preview':
      return importPreviewMessage(view, marking);
    case 'digest':
      return digestMessages(view, marking);
    case 'round_open': {
      const mentions = view.slackMentions.map((u) => `<@${u}>`).join(' ');
      return packMessages(
        `Strategy Board update ${esc(view.period)}${esc(committeeSuffix(view.committeeLabel))}: reply in this thread`,
        [
          { type: 'header', text: plain(roundTitle(view.period, view.committeeLabel), 150) },
          {
            type: 'section',
            text: md(
              `Each department: *reply in this thread* with your update for ${esc(view.period)} — progress against the Human Trafficking Strategy, new risks or trends, and anything the ${esc(view.committeeLabel ?? 'IDMG')} should know. Several replies are fine; edit or delete yours until the deadline.\n*Deadline:* ${formatInstantLong(view.deadline)}`,
            ),
          },
          {
            type: 'section',
            text: md(
              `*Expected from:* ${esc(view.expected.join(', ') || 'no departments mapped yet')}${mentions ? `\n${mentions}` : ''}`,
            ),
          },
        ],
        [],
        marking,
      );
    }
    case 'round_status':
      return packMessages(
        `Strategy Board round ${esc(view.period)}${esc(committeeSuffix(view.committeeLabel))}: ${view.status}`,
        [
          {
            type: 'header',
            text: plain(
              `Strategy Board round ${view.period}${committeeSuffix(view.committeeLabel)} — ${view.status}`,
              150,
            ),
          },
          {
            type: 'section',
            text: md(
              `*Deadline:* ${formatInstantLong(view.deadline)}\n*Submitted:* ${esc(view.submitted.join(', ') || 'nobody yet')}\n*Missing:* ${esc(view.missing.join(', ') || 'nobody')}${view.unassigned ? `\n*Held for the secretariat to assign:* ${view.unassigned}` : ''}`,
            ),
          },
        ],
        [],
        marking,
      );
    case 'round_chase': {
      const mentions = view.slackMentions.map((u) => `<@${u}>`).join(' ');
      return packMessages(
        `Reminder: the Strategy Board update ${esc(view.period)}${esc(committeeSuffix(view.committeeLabel))} is due`,
        [
          {
            type: 'section',
            text: md(
              `:bell: The Strategy Board update for ${esc(view.period)}${esc(committeeSuffix(view.committeeLabel))} is due by ${formatInstantLong(view.deadline)}. Still to reply: *${esc(view.missing.join(', '))}*.${mentions ? `\n${mentions}` : ''}\nReply in the round's thread in the committee channel.`,
            ),
          },
        ],
        [],
        marking,
      );
    }
    case 'document':
      // Normally uploaded as a file (see SlackSender); this is the text fallback.
      return packMessages(
        esc(view.title),
        [
          { type: 'header', text: plain(view.title, 150) },
          { type: 'section', text: md(esc(view.summary)) },
        ],
        [],
        marking,
      );
  }
}

/** The chair's and secretariat's digest before a meeting: every action, and who has not answered. */
function digestMessages(view: Extract<ChatView, { kind: 'digest' }>, marking: string): SlackMessage[] {
  const head: Block[] = [
    { type: 'header', text: plain(view.heading, 150) },
    {
      type: 'section',
      text: md(
        [
          view.silentOwners.length
            ? `*Not answered since the reminders began:* ${esc(view.silentOwners.join(', '))}`
            : '*Every owner has answered.*',
          view.unreachable.length ? `*Nobody reachable in chat:* ${esc(view.unreachable.join(', '))}` : null,
          view.failures.length ? `*Reminders not delivered:* ${esc(view.failures.join('; '))}` : null,
        ]
          .filter(Boolean)
          .join('\n'),
      ),
    },
  ];
  const units = view.actions.map((a) => [
    ...actionBlocks(a, { filter: 'all', buttons: false, today: view.today }),
    { type: 'divider' } as Block,
  ]);
  return packMessages(esc(view.heading), head, units, marking);
}

/** The App Home tab: one view of up to 100 blocks; the viewer's organisation first. */
export function homeMessage(view: Extract<ChatView, { kind: 'home' }>, marking: string): SlackMessage {
  const blocks: Block[] = [
    { type: 'context', elements: [md(`*${esc(marking)}*`)] },
    { type: 'header', text: plain('IDMG on Human Trafficking', 150) },
    {
      type: 'section',
      text: md(
        meetingLine({
          kind: 'next_meeting',
          meeting: view.meeting,
          daysToGo: view.daysToGo,
          openByOwner: [],
        }),
      ),
    },
    { type: 'divider' },
  ];
  if (view.groups.length === 0) blocks.push({ type: 'section', text: md('No open actions. :tada:') });
  const limit = 95;
  let shown = 0;
  for (const group of view.groups) {
    const mine = group.owner === view.viewerOrganisation;
    const unit: Block[] = [
      {
        type: 'section',
        text: md(`*${esc(group.owner)}*${mine ? ' (your organisation)' : ''} — ${group.actions.length} open`),
      },
    ];
    for (const a of group.actions)
      unit.push(
        ...actionBlocks(a, { filter: mine ? 'mine' : group.owner, buttons: mine, today: view.today }),
      );
    if (blocks.length + unit.length > limit) {
      const rest = view.groups.slice(view.groups.indexOf(group)).reduce((n, g) => n + g.actions.length, 0);
      blocks.push({
        type: 'context',
        elements: [md(`…and ${rest} more. Use \`/idmg actions ORG\` to see an organisation's.`)],
      });
      break;
    }
    blocks.push(...unit);
    shown += group.actions.length;
  }
  blocks.push({ type: 'context', elements: [md(`*${esc(marking)}*`)] });
  return { text: `[${esc(marking)}] IDMG: ${shown} open actions`, blocks };
}

export { shortDay };
