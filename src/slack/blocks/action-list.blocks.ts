import { dueText, shortDay, shortInstant } from '../../chat/format.js';
import type { ChatView } from '../../chat/views.js';
import type { Action } from '../../domain/action.js';
import { clip, esc, md, plain } from '../mrkdwn.js';
import { packMessages, statusText } from './common.js';
import type { Block, SlackMessage } from './types.js';

/** Button action ids; the listeners in src/slack/listeners register exactly these. */
export const ACTION_IDS = {
  done: 'action_done',
  inProgress: 'action_in_progress',
  blocked: 'action_blocked',
  note: 'action_note',
  share: 'list_share',
  page: 'list_page',
} as const;

/** What a Previous / Next press carries: the list and the page of it to show. */
export interface PageValue {
  f: string;
  l: number;
}

/** What a status button carries: the action, and the list to redraw in place afterwards. */
export interface ButtonValue {
  a: string;
  f: string;
  /** the message of the list the button sits in */
  p: number;
  /** the page of a long list (absent: the first) */
  l?: number;
}

export interface ActionBlockOptions {
  /** the list a button press redraws */
  filter: string;
  page?: number;
  buttons?: boolean;
  /** the meeting after which the action was still open, when it is carried over */
  carriedFrom?: string;
  /** the committee's date, to call a passed due date overdue */
  today?: string;
}

export function actionBlocks(action: Action, opts: ActionBlockOptions): Block[] {
  const { filter, page = 0, buttons = true, carriedFrom, today } = opts;
  const where = [
    action.item ? `item ${esc(action.item)}` : null,
    action.meeting ? `${shortDay(action.meeting)} meeting` : null,
    dueText(action, shortDay, today),
  ]
    .filter(Boolean)
    .join(' · ');
  // The latest update rides in the same section: two blocks an action (text, buttons), so a list
  // of fifty fits in two messages rather than four.
  const last = action.updates.at(-1);
  const latest = last
    ? `\n_Latest: ${shortInstant(last.at)} · ${esc(last.by)} (${last.source}) · ${statusText(last.status)}${last.note ? ` · ${clip(esc(last.note), 400)}` : ''}_`
    : '';
  const blocks: Block[] = [
    {
      type: 'section',
      block_id: `action:${action.id}`,
      text: md(
        `*${action.id}* · ${statusText(action.status)} · ${where}${carriedFrom ? ` · _carried over (still open after ${shortDay(carriedFrom)})_` : ''}\n${clip(esc(action.text), 2400)}${latest}`,
      ),
    },
  ];
  if (buttons && action.status !== 'cancelled') {
    const value = JSON.stringify({ a: action.id, f: filter, p: page } satisfies ButtonValue);
    blocks.push({
      type: 'actions',
      block_id: `buttons:${action.id}`,
      elements: [
        { type: 'button', action_id: ACTION_IDS.done, text: plain('Done', 75), value, style: 'primary' },
        { type: 'button', action_id: ACTION_IDS.inProgress, text: plain('In progress', 75), value },
        { type: 'button', action_id: ACTION_IDS.blocked, text: plain('Blocked', 75), value, style: 'danger' },
        { type: 'button', action_id: ACTION_IDS.note, text: plain('Add update', 75), value },
      ],
    });
  }
  return blocks;
}

/**
 * The action list, grouped by owner, split into as many messages as Block Kit's limits need.
 * `notice` leads the first message (e.g. "A2 marked Done") when the list is redrawn after a change.
 */
export function actionListMessages(
  view: Extract<ChatView, { kind: 'action_list' }>,
  marking: string,
  opts: { buttons?: boolean; notice?: string; share?: boolean } = {},
): SlackMessage[] {
  const head: Block[] = [{ type: 'header', text: plain(view.heading, 150) }];
  if (opts.notice) head.push({ type: 'section', text: md(opts.notice) });
  if (view.intro) head.push({ type: 'section', text: md(esc(view.intro)) });
  if (view.empty) head.push({ type: 'section', text: md(esc(view.empty)) });
  const units: Block[][] = [];
  let committee: string | undefined;
  for (const group of view.groups) {
    // Lists that span committees (a DM, the App Home) head each committee's owners with its name.
    const newCommittee = group.committee !== undefined && group.committee !== committee;
    committee = group.committee;
    units.push([
      ...(newCommittee ? [{ type: 'header', text: plain(group.committee ?? '', 150) }] : []),
      {
        type: 'section',
        text: md(
          `*${esc(group.owner)}* — ${group.actions.length} ${group.actions.length === 1 ? 'action' : 'actions'}`,
        ),
      },
    ]);
    for (const action of group.actions) {
      const carriedFrom = view.carriedOver?.[action.id];
      units.push([
        ...actionBlocks(action, {
          filter: view.filter,
          buttons: opts.buttons ?? true,
          carriedFrom,
          today: view.today,
        }),
        { type: 'divider' },
      ]);
    }
  }
  if (view.page) {
    const { index, size, total } = view.page;
    const last = Math.ceil(total / size) - 1;
    const pager = (title: string, l: number) => ({
      type: 'button',
      action_id: `${ACTION_IDS.page}_${l < index ? 'prev' : 'next'}`,
      text: plain(title, 75),
      value: JSON.stringify({ f: view.filter, l } satisfies PageValue),
    });
    units.push([
      {
        type: 'context',
        elements: [md(`Showing ${index * size + 1}–${Math.min(total, (index + 1) * size)} of ${total}`)],
      },
      ...(last > 0
        ? [
            {
              type: 'actions',
              block_id: 'pager',
              elements: [
                ...(index > 0 ? [pager('Previous', index - 1)] : []),
                ...(index < last
                  ? [pager(`Next ${Math.min(size, total - (index + 1) * size)}`, index + 1)]
                  : []),
              ],
            },
          ]
        : []),
    ]);
  }
  if (opts.share && !view.empty) {
    units.push([
      {
        type: 'actions',
        block_id: 'share',
        elements: [
          {
            type: 'button',
            action_id: ACTION_IDS.share,
            text: plain('Post to channel', 75),
            value: view.filter,
          },
        ],
      },
    ]);
  }
  const total = view.page?.total ?? view.groups.reduce((n, g) => n + g.actions.length, 0);
  const messages = packMessages(
    `${esc(view.heading)}: ${total} ${total === 1 ? 'action' : 'actions'}`,
    head,
    units,
    marking,
  );
  // Each button must know which page it sits on, so a press redraws that page in place.
  return messages.map((m, page) => ({
    ...m,
    blocks: m.blocks.map((b) => {
      if (b.type !== 'actions' || typeof b.block_id !== 'string' || !b.block_id.startsWith('buttons:'))
        return b;
      const elements = (b.elements as { value: string }[]).map((e) => ({
        ...e,
        value: JSON.stringify({
          ...(JSON.parse(e.value) as ButtonValue),
          p: page,
          ...(view.page ? { l: view.page.index } : {}),
        }),
      }));
      return { ...b, elements };
    }),
  }));
}
