import type { MeetingView } from '../app/views.js';
import type { Action, ActionStatus } from '../domain/action.js';
import type { ParsedMinutes } from '../minutes/types.js';
import type { Person } from '../store/types.js';

/**
 * What the bot says, before any platform's markup: use cases return these, and src/slack (Block Kit)
 * and src/teams (Adaptive Cards) render them. Renderers add the protective marking and escaping.
 */
export interface ActionGroup {
  owner: string;
  actions: Action[];
  /** the committee's label, when a list covers several committees */
  committee?: string;
}

export type ChatView =
  | {
      kind: 'action_list';
      heading: string;
      groups: ActionGroup[];
      /** what to say, and suggest, when there is nothing to list */
      empty: string | null;
      /** the filter words that produced it, so a button press can redraw the same list */
      filter: string;
      /** a line under the heading (a reminder's "5 working days to go") */
      intro?: string | null;
      /** ids of actions still open from an earlier meeting, with the meeting they were first due at */
      carriedOver?: Record<string, string>;
      /** the committee's date when the list was made (YYYY-MM-DD): actions due before it are overdue */
      today?: string;
      /** a long list shown a page at a time: which page, how many to a page, and how many in all */
      page?: { index: number; size: number; total: number };
    }
  | {
      kind: 'digest';
      heading: string;
      meeting: MeetingView;
      actions: Action[];
      /** owners with open actions and no update since the reminders began */
      silentOwners: string[];
      /** organisations with open actions and nobody the bot can reach */
      unreachable: string[];
      /** reminders that could not be delivered, for the secretariat to chase by hand */
      failures: string[];
      today?: string;
    }
  | {
      kind: 'next_meeting';
      meeting: MeetingView | null;
      /** calendar days from today to the meeting day */
      daysToGo: number | null;
      openByOwner: { owner: string; count: number }[];
    }
  | { kind: 'update_recorded'; action: Action; previousStatus: ActionStatus; statusChanged: boolean }
  | {
      kind: 'help';
      unknown: string | null;
      secretariat: boolean;
      /** the deployment's committees, to say how to name one (absent in help made before committees) */
      committees?: { id: string; label: string }[];
    }
  | { kind: 'notice'; text: string; tone: 'info' | 'warning' | 'error' }
  | { kind: 'members'; people: Person[] }
  | {
      kind: 'import_preview';
      token: string;
      fileName: string | null;
      parse: ParsedMinutes;
      /** where Confirm puts them; null: the secretariat must choose (absent in previews made before committees) */
      committee?: string | null;
      committeeLabel?: string | null;
      /** the committees the secretariat may choose from */
      choices?: { id: string; label: string }[];
    }
  | {
      kind: 'round_open';
      period: string;
      /** local ISO instant */
      deadline: string;
      expected: string[];
      /** Slack user ids of the expected departments' people, to mention */
      slackMentions: string[];
      /** the round's committee, named when the deployment has several */
      committeeLabel?: string;
    }
  | {
      kind: 'round_status';
      period: string;
      status: string;
      deadline: string;
      submitted: string[];
      missing: string[];
      unassigned: number;
      committeeLabel?: string;
    }
  | {
      kind: 'round_chase';
      period: string;
      deadline: string;
      missing: string[];
      slackMentions: string[];
      committeeLabel?: string;
    }
  | {
      kind: 'document';
      title: string;
      fileName: string;
      /** the whole document, Markdown */
      markdown: string;
      /** a few lines shown with it */
      summary: string;
    }
  | {
      kind: 'home';
      meeting: MeetingView | null;
      daysToGo: number | null;
      groups: ActionGroup[];
      viewerOrganisation: string | null;
      today?: string;
    };

/** Groups actions by owner in order of first appearance; `first` (the viewer's organisation) leads. */
/**
 * Actions of several committees (a direct message, the App Home): grouped by committee, then by
 * owner, each group labelled with its committee. Actions of one committee: by owner, unlabelled.
 */
export function groupByCommittee(
  actions: Action[],
  labels: ReadonlyMap<string, string>,
  first?: string | null,
): ActionGroup[] {
  const committees = [...new Set(actions.map((a) => a.committee))];
  if (committees.length <= 1) return groupByOwner(actions, first);
  const order = [...labels.keys()];
  committees.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return committees.flatMap((c) =>
    groupByOwner(
      actions.filter((a) => a.committee === c),
      first,
    ).map((g) => ({ ...g, committee: labels.get(c) ?? c })),
  );
}

export function groupByOwner(actions: Action[], first?: string | null): ActionGroup[] {
  const groups = new Map<string, Action[]>();
  for (const action of actions) {
    const owners = action.owners.length ? action.owners : ['(no owner)'];
    for (const owner of owners) {
      const list = groups.get(owner) ?? [];
      list.push(action);
      groups.set(owner, list);
    }
  }
  const out = [...groups.entries()].map(([owner, list]) => ({ owner, actions: list }));
  out.sort((a, b) => (a.owner === first ? -1 : b.owner === first ? 1 : a.owner.localeCompare(b.owner)));
  return out;
}
