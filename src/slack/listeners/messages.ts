import type { App } from '@slack/bolt';
import { chatActor, homeView } from '../../app/chat.js';
import { handleReply } from '../../app/replies.js';
import { editSubmission, withdrawSubmission } from '../../app/rounds.js';
import { askWhichText, HELD_FOR_SECRETARIAT, statusChangeText } from '../../chat/format.js';
import { administersAny } from '../../domain/permissions.js';
import { homeMessage } from '../blocks/render.js';
import type { SlackDeps } from '../deps.js';
import { esc } from '../mrkdwn.js';
import { previewToUser } from './modals.js';

/** An edited round reply updates its submission; a deleted one withdraws it. */
async function onEditOrDelete(deps: SlackDeps, m: MessageEvent): Promise<void> {
  if (m.subtype === 'message_changed' && m.message?.user && m.message.ts) {
    const actor = await chatActor(deps.app, 'slack', m.message.user);
    await editSubmission(deps.app, `slack:${m.channel}:${m.message.ts}`, m.message.text ?? '', actor);
  } else if (m.subtype === 'message_deleted' && m.deleted_ts) {
    await withdrawSubmission(deps.app, `slack:${m.channel}:${m.deleted_ts}`);
  }
}

interface MessageEvent {
  type: 'message';
  subtype?: string;
  channel: string;
  channel_type?: string;
  user?: string;
  bot_id?: string;
  text?: string;
  ts: string;
  thread_ts?: string;
  files?: { id: string }[];
  message?: { user?: string; text?: string; ts?: string };
  deleted_ts?: string;
}

/**
 * Replies to the bot: in the thread of a message about actions, in a DM after a reminder, or
 * "A3 done …" anywhere.
 */
export function registerMessages(bolt: App, deps: SlackDeps): void {
  bolt.event('message', async ({ event, body, client }) => {
    const m = event as unknown as MessageEvent;
    if (m.subtype === 'message_changed' || m.subtype === 'message_deleted') {
      await onEditOrDelete(deps, m);
      return;
    }
    if (m.bot_id || !m.user) return;
    if (m.subtype && m.subtype !== 'file_share' && m.subtype !== 'thread_broadcast') return;
    const eventId = (body as { event_id?: string }).event_id ?? `${m.channel}:${m.ts}`;
    // A redelivered event (X-Slack-Retry-Num) carries the same event_id: the update is keyed on it,
    // and so are the bot's answers, so every effect below happens once however often it arrives.
    const actor = await chatActor(deps.app, 'slack', m.user);
    const direct = m.channel_type === 'im';

    if (direct && m.subtype === 'file_share' && m.files?.[0]) {
      if (administersAny(actor)) await previewToUser(deps, client, m.user, m.files[0].id, actor);
      else {
        // Not downloaded, not read: told who can, as everywhere else.
        await client.chat.postEphemeral({
          channel: m.channel,
          user: m.user,
          text:
            actor.kind === 'chat' && !actor.person
              ? 'You are not registered with the IDMG bot yet. Ask the secretariat to add you.'
              : 'Only the secretariat or the chair can import minutes.',
        });
      }
      return;
    }

    const threadRef = m.thread_ts && m.thread_ts !== m.ts ? m.thread_ts : null;
    const outcome = await handleReply(deps.app, {
      platform: 'slack',
      actor,
      text: m.text ?? '',
      conversation: m.channel,
      threadRef,
      direct,
      sourceRef: `slack:event:${eventId}`,
      messageRef: `slack:${m.channel}:${m.ts}`,
    });
    const inThread = threadRef ?? (direct ? null : m.ts);
    switch (outcome.kind) {
      case 'ignored':
        return;
      case 'recorded': {
        if (outcome.result.duplicate) return;
        await client.reactions
          .add({ channel: m.channel, timestamp: m.ts, name: 'white_check_mark' })
          .catch((error: unknown) => {
            deps.logger.warn({ err: String(error) }, 'could not add the reaction');
          });
        if (outcome.result.statusChanged) {
          const a = outcome.result.action;
          await deps.delivery.post({
            dedupeKey: `reply:${eventId}`,
            platform: 'slack',
            recipient: m.channel,
            threadRef: inThread,
            kind: 'reply',
            view: {
              kind: 'notice',
              text: statusChangeText(a, outcome.result.previousStatus),
              tone: 'info',
            },
            actionIds: [],
          });
        }
        return;
      }
      case 'ask_which':
        await deps.delivery.post({
          dedupeKey: `reply:${eventId}`,
          platform: 'slack',
          recipient: m.channel,
          threadRef: inThread,
          kind: 'reply',
          view: {
            kind: 'notice',
            text: askWhichText(outcome.actionIds),
            tone: 'info',
          },
          actionIds: [],
        });
        return;
      case 'submission':
        await client.reactions
          .add({
            channel: m.channel,
            timestamp: m.ts,
            name: outcome.outcome.organisation ? 'inbox_tray' : 'hourglass',
          })
          .catch((error: unknown) => {
            deps.logger.warn({ err: String(error) }, 'could not add the reaction');
          });
        if (!outcome.outcome.organisation) {
          await client.chat.postEphemeral({
            channel: m.channel,
            user: m.user,
            text: HELD_FOR_SECRETARIAT,
            ...(threadRef ? { thread_ts: threadRef } : {}),
          });
        }
        return;
      case 'refused':
        await client.chat.postEphemeral({
          channel: m.channel,
          user: m.user,
          text: `:no_entry: ${esc(outcome.message)}`,
          ...(threadRef ? { thread_ts: threadRef } : {}),
        });
        return;
    }
  });

  bolt.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const view = await homeView(deps.app, await chatActor(deps.app, 'slack', event.user));
    if (view.kind !== 'home') return;
    const home = homeMessage(view, deps.marking);
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: home.blocks as never } });
  });
}
