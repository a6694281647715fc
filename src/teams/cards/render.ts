import {
  actionField,
  actionLine,
  LINE_HINT,
  MAX_CORRECTED,
  NEXT_FIELD,
  NEXT_HINT,
  nextMeetingLine,
} from '../../chat/corrections.js';
import {
  committeeHelpText,
  committeeSuffix,
  daysToGoText,
  dueText,
  meetingWhen,
  NO_MEETING,
  previewCommittee,
  roundTitle,
  shortDay,
  shortInstant,
} from '../../chat/format.js';
import { COMMAND_HELP } from '../../chat/grammar.js';
import type { ChatView } from '../../chat/views.js';
import { type Action, STATUS_LABELS } from '../../domain/action.js';
import {
  type CardElement,
  type CardSubmit,
  card,
  escMd,
  IMPORT_COMMITTEE_INPUT,
  type TeamsMessage,
  text,
} from './card.js';

const STATUS_COLOR: Record<string, string> = {
  open: 'Default',
  in_progress: 'Accent',
  blocked: 'Attention',
  done: 'Good',
  cancelled: 'Light',
};
const day = shortDay;
const instant = shortInstant;

/** Teams keeps a card under about 28 KB: long lists go in several cards. */
const ACTIONS_PER_CARD = 12;

export interface ActionCardOptions {
  /** the list a button press redraws */
  filter: string;
  buttons: boolean;
  /** the meeting after which the action was still open, when it is carried over */
  carriedFrom?: string;
  /** the committee's date, to call a passed due date overdue */
  today?: string;
}

export function actionElements(a: Action, opts: ActionCardOptions): CardElement[] {
  const { filter, buttons, carriedFrom, today } = opts;
  const where = [
    a.item ? `item ${a.item}` : null,
    a.meeting ? `${day(a.meeting)} meeting` : null,
    dueText(a, day, today),
  ]
    .filter(Boolean)
    .join(' · ');
  const last = a.updates.at(-1);
  const items: CardElement[] = [
    {
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'auto', items: [text(`**${a.id}**`)] },
        {
          type: 'Column',
          width: 'stretch',
          items: [text(STATUS_LABELS[a.status], { color: STATUS_COLOR[a.status], weight: 'Bolder' })],
        },
      ],
    },
    text(escMd(a.text)),
    text(escMd(where), { isSubtle: true, size: 'Small', spacing: 'None' }),
    ...(carriedFrom
      ? [
          text(`Carried over: still open after the ${day(carriedFrom)} meeting`, {
            color: 'Warning',
            size: 'Small',
            spacing: 'None',
          }),
        ]
      : []),
  ];
  if (last) {
    items.push(
      text(
        `Latest: ${instant(last.at)} · ${escMd(last.by)} (${last.source}) · ${STATUS_LABELS[last.status]}${last.note ? ` · ${escMd(last.note)}` : ''}`,
        {
          isSubtle: true,
          size: 'Small',
          spacing: 'None',
        },
      ),
    );
  }
  if (buttons && a.status !== 'cancelled') {
    const submit = (title: string, s: string): CardElement => ({
      type: 'Action.Submit',
      title,
      data: { verb: 'status', a: a.id, s, f: filter } satisfies CardSubmit,
    });
    items.push({
      type: 'ActionSet',
      actions: [
        submit('Done', 'done'),
        submit('In progress', 'in progress'),
        submit('Blocked', 'blocked'),
        {
          type: 'Action.ShowCard',
          title: 'Add update',
          card: {
            type: 'AdaptiveCard',
            body: [
              {
                type: 'Input.Text',
                id: 'note',
                isMultiline: true,
                maxLength: 2000,
                label: `Update on ${a.id}`,
                isRequired: true,
                errorMessage: 'Write the update',
              },
            ],
            actions: [
              {
                type: 'Action.Submit',
                title: 'Save',
                data: { verb: 'note', a: a.id, f: filter } satisfies CardSubmit,
              },
            ],
          },
        },
      ],
    });
  }
  return [{ type: 'Container', separator: true, spacing: 'Medium', id: `action-${a.id}`, items }];
}

function actionList(
  view: Extract<ChatView, { kind: 'action_list' }>,
  marking: string,
  notice?: string,
): TeamsMessage[] {
  const total = view.page?.total ?? view.groups.reduce((n, g) => n + g.actions.length, 0);
  const fallback = `${view.heading}: ${total} ${total === 1 ? 'action' : 'actions'}`;
  const head: CardElement[] = [text(escMd(view.heading), { size: 'Large', weight: 'Bolder' })];
  if (notice) head.push(text(notice, { color: 'Good' }));
  if (view.intro) head.push(text(escMd(view.intro)));
  if (view.empty) head.push(text(escMd(view.empty)));
  const pages: CardElement[][] = [[...head]];
  let count = 0;
  let committee: string | undefined;
  for (const group of view.groups) {
    for (const [i, a] of group.actions.entries()) {
      if (count > 0 && count % ACTIONS_PER_CARD === 0) pages.push([]);
      const page = pages[pages.length - 1] as CardElement[];
      // Lists that span committees (a personal chat) head each committee's owners with its name.
      if (group.committee !== undefined && (group.committee !== committee || page.length === 0)) {
        committee = group.committee;
        page.push(text(escMd(group.committee), { size: 'Large', weight: 'Bolder', spacing: 'ExtraLarge' }));
      }
      if (i === 0 || page.length === 0)
        page.push(
          text(
            `**${escMd(group.owner)}** — ${group.actions.length} ${group.actions.length === 1 ? 'action' : 'actions'}`,
            { size: 'Medium', spacing: 'Large' },
          ),
        );
      page.push(
        ...actionElements(a, {
          filter: view.filter,
          buttons: true,
          carriedFrom: view.carriedOver?.[a.id],
          today: view.today,
        }),
      );
      count += 1;
    }
  }
  // A long list a page at a time: where this page sits, and Previous / Next under the last card.
  let pager: CardElement[] | undefined;
  if (view.page) {
    const { index, size } = view.page;
    const last = Math.ceil(view.page.total / size) - 1;
    (pages[pages.length - 1] as CardElement[]).push(
      text(
        `Showing ${index * size + 1}–${Math.min(view.page.total, (index + 1) * size)} of ${view.page.total}`,
        {
          isSubtle: true,
        },
      ),
    );
    const to = (title: string, l: number): CardElement => ({
      type: 'Action.Submit',
      title,
      data: { verb: 'page', f: view.filter, l } satisfies CardSubmit,
    });
    pager = [
      ...(index > 0 ? [to('Previous', index - 1)] : []),
      ...(index < last ? [to('Next', index + 1)] : []),
    ];
  }
  return pages.map((body, i) => ({
    text: pages.length > 1 ? `${fallback} (${i + 1}/${pages.length})` : fallback,
    card: card(
      pages.length > 1 ? `${fallback} (${i + 1}/${pages.length})` : fallback,
      marking,
      body,
      i === pages.length - 1 ? pager : undefined,
    ),
  }));
}

function meetingText(view: {
  meeting: Extract<ChatView, { kind: 'next_meeting' }>['meeting'];
  daysToGo: number | null;
}): string {
  const m = view.meeting;
  if (!m) return NO_MEETING;
  const togo = daysToGoText(view.daysToGo);
  return `**${escMd(m.title)}**\n\n${meetingWhen(m)}${togo ? ` — ${togo}` : ''}${m.location ? `\n\n${escMd(m.location)}` : ''}`;
}

/** Every neutral view, as Adaptive Cards. `notice` leads a list redrawn after a change. */
export function renderTeams(view: ChatView, marking: string, notice?: string): TeamsMessage[] {
  const one = (fallback: string, body: CardElement[], actions?: CardElement[]): TeamsMessage[] => [
    { text: fallback, card: card(fallback, marking, body, actions) },
  ];
  switch (view.kind) {
    case 'action_list':
      return actionList(view, marking, notice);
    case 'next_meeting':
      return one('Next IDMG meeting', [
        text('Next IDMG meeting', { size: 'Large', weight: 'Bolder' }),
        text(meetingText(view)),
        text('**Open actions by owner**', { spacing: 'Medium' }),
        {
          type: 'FactSet',
          facts: view.openByOwner.length
            ? view.openByOwner.map((o) => ({ title: escMd(o.owner), value: `${o.count} open` }))
            : [{ title: 'All owners', value: 'nothing open' }],
        },
      ]);
    case 'update_recorded': {
      const a = view.action;
      const head = view.statusChanged
        ? `**${a.id}** is now ${STATUS_LABELS[a.status]} (was ${STATUS_LABELS[view.previousStatus]}).`
        : `Update recorded on **${a.id}** (still ${STATUS_LABELS[a.status]}).`;
      return one(`${a.id}: ${STATUS_LABELS[a.status]}`, [
        text(head),
        ...actionElements(a, { filter: 'open', buttons: false }),
      ]);
    }
    case 'help': {
      const committees = committeeHelpText(
        view.committees?.map((c) => ({ id: c.id, label: escMd(c.label) })),
        (c) => `"${c}"`,
      );
      const rows = COMMAND_HELP.filter((c) => view.secretariat || !c.secretariat).map((c) => ({
        title: c.usage,
        value: `${c.what}${c.secretariat ? ' (secretariat)' : ''} — e.g. "${c.example}"`,
      }));
      return one('IDMG bot help', [
        text(
          view.unknown
            ? `I didn't understand "${escMd(view.unknown.slice(0, 200))}". Here is what I can do:`
            : 'Here is what I can do:',
        ),
        { type: 'FactSet', facts: rows },
        ...(committees ? [text(committees)] : []),
        text(
          'You can also reply in the thread of any reminder or action list: "A3 done sent the figures", "in progress", "blocked waiting for DH".',
          { isSubtle: true, size: 'Small' },
        ),
      ]);
    }
    case 'notice':
      return one(view.text, [
        text(escMd(view.text), {
          color: view.tone === 'error' ? 'Attention' : view.tone === 'warning' ? 'Warning' : 'Default',
        }),
      ]);
    case 'members':
      return one('Members', [
        text('Members', { size: 'Large', weight: 'Bolder' }),
        {
          type: 'FactSet',
          facts: view.people.map((p) => ({
            title: escMd(p.name ?? p.slackUserId ?? p.teamsAadId ?? `member ${p.id}`),
            value: `${escMd(p.organisation ?? 'no organisation')}${p.role !== 'member' ? ` (${p.role})` : ''}`,
          })),
        },
      ]);
    case 'home':
      return one('IDMG', [text(meetingText(view))]);
    case 'round_open':
      return one(
        `Strategy Board update ${view.period}${committeeSuffix(view.committeeLabel)}: reply in this thread`,
        [
          text(escMd(roundTitle(view.period, view.committeeLabel)), { size: 'Large', weight: 'Bolder' }),
          text(
            `Each department: **reply in this thread** with your update for ${escMd(view.period)} — progress against the Human Trafficking Strategy, new risks or trends, and anything the ${escMd(view.committeeLabel ?? 'IDMG')} should know. Several replies are fine; edit or delete yours until the deadline.`,
          ),
          {
            type: 'FactSet',
            facts: [
              { title: 'Deadline', value: instant(view.deadline) },
              {
                title: 'Expected from',
                value: escMd(view.expected.join(', ') || 'no departments mapped yet'),
              },
            ],
          },
        ],
      );
    case 'round_status':
      return one(
        `Strategy Board round ${view.period}${committeeSuffix(view.committeeLabel)}: ${view.status}`,
        [
          text(
            `Strategy Board round ${escMd(view.period)}${escMd(committeeSuffix(view.committeeLabel))} — ${view.status}`,
            {
              size: 'Large',
              weight: 'Bolder',
            },
          ),
          {
            type: 'FactSet',
            facts: [
              { title: 'Deadline', value: instant(view.deadline) },
              { title: 'Submitted', value: escMd(view.submitted.join(', ') || 'nobody yet') },
              { title: 'Missing', value: escMd(view.missing.join(', ') || 'nobody') },
              ...(view.unassigned ? [{ title: 'Held for assignment', value: String(view.unassigned) }] : []),
            ],
          },
        ],
      );
    case 'round_chase':
      return one(
        `Reminder: the Strategy Board update ${view.period}${committeeSuffix(view.committeeLabel)} is due`,
        [
          text(
            `The Strategy Board update for ${escMd(view.period)}${escMd(committeeSuffix(view.committeeLabel))} is due by ${instant(view.deadline)}.`,
            {
              weight: 'Bolder',
            },
          ),
          text(
            `Still to reply: ${escMd(view.missing.join(', '))}. Reply in the round's thread in the committee channel.`,
          ),
        ],
      );
    case 'document':
      return one(`${view.title}: ${view.summary}`, [
        text(escMd(view.title), { size: 'Large', weight: 'Bolder' }),
        text(escMd(view.summary)),
        {
          type: 'Container',
          style: 'emphasis',
          items: [text(escMd(view.markdown.slice(0, 20_000)), { fontType: 'Monospace', size: 'Small' })],
        },
      ]);
    case 'digest':
      return one(view.heading, [
        text(escMd(view.heading), { size: 'Large', weight: 'Bolder' }),
        text(
          view.silentOwners.length
            ? `**Not answered since the reminders began:** ${escMd(view.silentOwners.join(', '))}`
            : '**Every owner has answered.**',
        ),
        ...(view.unreachable.length
          ? [text(`**Nobody reachable in chat:** ${escMd(view.unreachable.join(', '))}`)]
          : []),
        ...(view.failures.length
          ? [text(`**Reminders not delivered:** ${escMd(view.failures.join('; '))}`)]
          : []),
        ...view.actions.flatMap((a) =>
          actionElements(a, { filter: 'all', buttons: false, today: view.today }),
        ),
      ]);
    case 'import_preview': {
      const p = view.parse;
      const submit = (
        title: string,
        decision: 'confirmed' | 'cancelled' | 'choose' | 'correct',
      ): CardElement => ({
        type: 'Action.Submit',
        title,
        ...(decision === 'confirmed' ? { style: 'positive' } : {}),
        // Cancel needs no committee: the card does not ask for one first.
        ...(decision === 'cancelled' ? { associatedInputs: 'none' } : {}),
        data: { verb: 'import', token: view.token, decision } satisfies CardSubmit,
      });
      const committee = previewCommittee(view);
      return one(
        `Import minutes of ${p.meeting.date ?? 'unknown date'}?`,
        [
          text('Import minutes?', { size: 'Large', weight: 'Bolder' }),
          text(`**${escMd(p.meeting.title ?? 'Untitled meeting')}** — ${p.meeting.date ?? 'no date found'}`),
          text(
            `${p.attendees.length} attendees, ${p.apologies.length} apologies, ${p.items.length} agenda items`,
          ),
          ...(committee ? [text(`**Committee:** ${escMd(committee.text)}`)] : []),
          ...(committee?.choose
            ? [
                {
                  type: 'Input.ChoiceSet',
                  id: IMPORT_COMMITTEE_INPUT,
                  label: 'Committee',
                  style: 'compact',
                  isRequired: true,
                  errorMessage: 'Choose the committee these minutes belong to.',
                  ...(view.committee ? { value: view.committee } : {}),
                  choices: (view.choices ?? []).map((c) => ({ title: c.label, value: c.id })),
                },
              ]
            : []),
          text(
            `**Next meeting:** ${p.nextMeeting ? `${instant(p.nextMeeting.start)}${p.nextMeeting.location ? `, ${escMd(p.nextMeeting.location)}` : ''}` : 'none named'}`,
          ),
          text(`**Actions (${p.actions.length})**`),
          ...p.actions.map((a, i) =>
            text(
              `${i + 1}. ${escMd(a.text.slice(0, 300))} — **${escMd(a.owners.join(', ') || 'no owner found')}**${a.due ? ` (due ${a.due})` : ''}`,
            ),
          ),
        ],
        [
          submit('Confirm import', 'confirmed'),
          ...(committee?.choose ? [submit('Show for this committee', 'choose')] : []),
          { ...submit('Correct…', 'correct'), associatedInputs: 'none' },
          submit('Cancel', 'cancelled'),
        ],
      );
    }
  }
}

/**
 * The correction form: one input a action ("owners | action | due date") and one for the next
 * meeting; Save applies them and shows the preview again, Back shows it unchanged. 40 actions
 * of 300 characters make a card of about 20 KB, inside Teams' 28 KB.
 */
export function importCorrectionCard(
  view: Extract<ChatView, { kind: 'import_preview' }>,
  zone: string,
  marking: string,
): TeamsMessage {
  const shown = view.parse.actions.slice(0, MAX_CORRECTED);
  const data = (decision: 'save' | 'show') =>
    ({ verb: 'import', token: view.token, decision }) satisfies CardSubmit;
  const body: CardElement[] = [
    text('Correct the minutes', { size: 'Large', weight: 'Bolder' }),
    text(escMd(`Each action is one line: ${LINE_HINT}`), { isSubtle: true }),
    ...shown.map((a, i) => ({
      type: 'Input.Text',
      id: actionField(i),
      label: `Action ${i + 1}${a.item ? ` (item ${a.item})` : ''}`,
      value: actionLine(a).slice(0, 4000),
      maxLength: 4000,
    })),
    {
      type: 'Input.Text',
      id: NEXT_FIELD,
      label: `Next meeting (${NEXT_HINT})`,
      value: nextMeetingLine(view.parse.nextMeeting, zone),
    },
  ];
  return {
    text: 'Correct the minutes',
    card: card('Correct the minutes', marking, body, [
      { type: 'Action.Submit', title: 'Save', style: 'positive', data: data('save') },
      { type: 'Action.Submit', title: 'Back', associatedInputs: 'none', data: data('show') },
    ]),
  };
}
