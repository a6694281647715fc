import { ErrorCode, type WebClient } from '@slack/web-api';
import { type ChatSender, DeliveryError, type SentMessage } from '../app/delivery.js';
import type { ChatView } from '../chat/views.js';
import type { OutboxMessage } from '../store/types.js';
import { renderSlack } from './blocks/render.js';

/** Errors that retrying will not cure. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'user_not_found',
  'account_inactive',
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'missing_scope',
  'cannot_dm_bot',
  'msg_too_long',
  'invalid_blocks',
  'no_text',
]);

/** The metadata type a message sent from the outbox carries (`event_payload.outbox_id`). */
const OUTBOX_EVENT = 'idmg_outbox';

/** Sends outbox messages to Slack: a channel id, or a user id (Slack opens the DM). */
export class SlackSender implements ChatSender {
  readonly platform = 'slack' as const;
  constructor(
    private readonly client: WebClient,
    private readonly marking: string,
  ) {}

  async send(message: OutboxMessage): Promise<SentMessage> {
    const view = message.view as ChatView;
    if (view.kind === 'document') return this.upload(message, view);
    const parts = renderSlack(message.view as ChatView, this.marking);
    let first: SentMessage | null = null;
    for (const [part, content] of parts.entries()) {
      const result = await this.call(() =>
        this.client.chat.postMessage({
          channel: first?.conversation ?? message.recipient,
          text: content.text,
          blocks: content.blocks as never,
          unfurl_links: false,
          unfurl_media: false,
          // The outbox id travels with the message, so a sender taking over after a crash can find it.
          metadata: { event_type: OUTBOX_EVENT, event_payload: { outbox_id: message.id, part } },
          ...(message.threadRef ? { thread_ts: message.threadRef } : {}),
        }),
      );
      first ??= { conversation: String(result.channel), messageRef: String(result.ts) };
    }
    if (!first) throw new DeliveryError('nothing to send', true);
    return first;
  }

  async findDelivered(message: OutboxMessage): Promise<SentMessage | null> {
    if ((message.view as ChatView).kind === 'document') return null;
    let channel = message.recipient;
    if (/^[UW]/.test(channel)) {
      const dm = await this.call(() => this.client.conversations.open({ users: channel }));
      channel = String(dm.channel?.id ?? channel);
    }
    // The channel's (or the thread's) recent messages with their metadata: the message, if Slack took it.
    const oldest = String(Math.floor(Date.parse(message.createdAtUtc) / 1000) - 60);
    const result = message.threadRef
      ? await this.call(() =>
          this.client.conversations.replies({
            channel,
            ts: message.threadRef as string,
            include_all_metadata: true,
            limit: 200,
          }),
        )
      : await this.call(() =>
          this.client.conversations.history({ channel, include_all_metadata: true, limit: 200, oldest }),
        );
    const found = (result.messages ?? []).find((m) => {
      const meta = m.metadata as
        | { event_type?: string; event_payload?: { outbox_id?: unknown; part?: unknown } }
        | undefined;
      return (
        meta?.event_type === OUTBOX_EVENT &&
        Number(meta.event_payload?.outbox_id) === message.id &&
        Number(meta.event_payload?.part ?? 0) === 0
      );
    });
    return found?.ts ? { conversation: channel, messageRef: String(found.ts) } : null;
  }

  /** A report or paper goes as a file, with its summary as the comment, in a channel, a thread or a DM. */
  private async upload(
    message: OutboxMessage,
    view: Extract<ChatView, { kind: 'document' }>,
  ): Promise<SentMessage> {
    let channel = message.recipient;
    if (/^[UW]/.test(channel)) {
      const dm = await this.call(() => this.client.conversations.open({ users: channel }));
      channel = String(dm.channel?.id ?? channel);
    }
    const file = {
      filename: view.fileName,
      title: view.title,
      content: view.markdown,
      initial_comment: `[${this.marking}] ${view.title}: ${view.summary}`,
    };
    const result = await this.call(() =>
      message.threadRef
        ? this.client.files.uploadV2({ ...file, channel_id: channel, thread_ts: message.threadRef })
        : this.client.files.uploadV2({ ...file, channel_id: channel }),
    );
    const files = (result as { files?: { files?: { id?: string }[] }[] }).files;
    return { conversation: channel, messageRef: String(files?.[0]?.files?.[0]?.id ?? 'file') };
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw toDeliveryError(error);
    }
  }
}

/** Maps a Web API failure to retry-or-not, honouring Slack's Retry-After on 429. */
export function toDeliveryError(error: unknown): DeliveryError {
  const e = error as { code?: string; data?: { error?: string }; retryAfter?: number; message?: string };
  if (e.code === ErrorCode.RateLimitedError) {
    return new DeliveryError('rate limited by Slack', false, (e.retryAfter ?? 30) * 1000);
  }
  if (e.code === ErrorCode.PlatformError) {
    const reason = e.data?.error ?? 'unknown_error';
    return new DeliveryError(`Slack said ${reason}`, PERMANENT.has(reason));
  }
  return new DeliveryError(e.message ?? String(error), false);
}
