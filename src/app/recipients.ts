import type { Member, Platform } from '../store/types.js';
import type { AppContext } from './context.js';

export interface Recipient {
  platform: Platform;
  /** a Slack user id (Slack opens the DM) or a Teams personal conversation id */
  recipient: string;
  /** who, for people reading a dry run */
  to: string;
}

/** Every one of these people's reachable chats. */
export async function reachPeople(ctx: AppContext, people: Member[]): Promise<Recipient[]> {
  const reach = await reachEach(ctx, people);
  return people.flatMap((p) => reach.get(p.id) ?? []);
}

/**
 * Where each person can be written to first (a Slack DM, and a Teams personal chat the bot already
 * has), by person id, with their Teams chats read in one query (a reminder run
 * reaches every member of a committee: one query a person was thousands).
 */
export async function reachEach(ctx: AppContext, people: Member[]): Promise<Map<number, Recipient[]>> {
  const aadIds = people.map((p) => p.teamsAadId).filter((id): id is string => Boolean(id));
  const chats = aadIds.length > 0 ? await ctx.store.conversations.personalChats(aadIds) : new Map();
  const out = new Map<number, Recipient[]>();
  for (const p of people) {
    const found: Recipient[] = [];
    const who = p.name ?? p.slackUserId ?? p.teamsAadId ?? `member ${p.id}`;
    if (p.slackUserId) found.push({ platform: 'slack', recipient: p.slackUserId, to: `${who} (Slack)` });
    const chat = p.teamsAadId ? chats.get(p.teamsAadId) : undefined;
    if (chat && !chat.unreachableAtUtc)
      found.push({ platform: 'teams', recipient: chat.conversationId, to: `${who} (Teams)` });
    out.set(p.id, found);
  }
  return out;
}
