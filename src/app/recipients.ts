import type { Person, Platform } from '../store/types.js';
import type { AppContext } from './context.js';

export interface Recipient {
  platform: Platform;
  /** a Slack user id (Slack opens the DM) or a Teams personal conversation id */
  recipient: string;
  /** who, for people reading a dry run */
  to: string;
}

/** Where a person can be written to first: a Slack DM, and a Teams personal chat the bot already has. */
export async function reachPerson(ctx: AppContext, p: Person): Promise<Recipient[]> {
  const out: Recipient[] = [];
  const who = p.name ?? p.slackUserId ?? p.teamsAadId ?? `member ${p.id}`;
  if (p.slackUserId) out.push({ platform: 'slack', recipient: p.slackUserId, to: `${who} (Slack)` });
  if (p.teamsAadId) {
    const chat = await ctx.store.conversations.personal(p.teamsAadId);
    if (chat && !chat.unreachableAtUtc)
      out.push({ platform: 'teams', recipient: chat.conversationId, to: `${who} (Teams)` });
  }
  return out;
}

/** Every one of these people's reachable chats. */
export async function reachPeople(ctx: AppContext, people: Person[]): Promise<Recipient[]> {
  return (await Promise.all(people.map((p) => reachPerson(ctx, p)))).flat();
}
