import type { DateTime } from 'luxon';
import type { NewOutboxMessage, OutboxMessage, Platform } from '../store/types.js';
import type { AppContext } from './context.js';

/** Where a sent message landed: the conversation (a DM's channel) and the platform's message id. */
export interface SentMessage {
  conversation: string;
  messageRef: string;
}

/** A send that failed; `permanent` ones are not retried (a user who left, a channel archived). */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** One per platform: renders the neutral view and sends it. Implemented in src/slack and src/teams. */
export interface ChatSender {
  readonly platform: Platform;
  send(message: OutboxMessage): Promise<SentMessage>;
}

export interface DeliveryLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Seconds to wait after the nth failed attempt; after the last, the message is given up as failed. */
const BACKOFF_SECONDS = [30, 120, 600, 1800, 7200];
const LEASE_SECONDS = 120;

export interface FlushResult {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * The one delivery path for every message the bot starts: recorded in the outbox first, then
 * claimed, sent and marked. A crash after recording leaves the row pending for the next flush;
 * the dedupe key means asking twice sends once.
 */
export class Delivery {
  constructor(
    private readonly ctx: AppContext,
    private readonly senders: Partial<Record<Platform, ChatSender>>,
    private readonly log: DeliveryLog,
  ) {}

  canSend(platform: Platform): boolean {
    return this.senders[platform] !== undefined;
  }

  private nowUtc(): DateTime {
    return this.ctx.clock.now().toUTC();
  }

  /** Records, then tries at once. Returns the outbox row as it stands afterwards. */
  async post(message: NewOutboxMessage): Promise<OutboxMessage> {
    const { message: row, created } = await this.ctx.store.outbox.enqueue(
      message,
      this.nowUtc().toISO() as string,
    );
    if (!created && row.status !== 'pending') return row;
    await this.attempt(row.id);
    return (await this.ctx.store.outbox.get(row.id)) ?? row;
  }

  /** Records without sending; the next flush sends it. */
  async record(message: NewOutboxMessage): Promise<OutboxMessage> {
    return (await this.ctx.store.outbox.enqueue(message, this.nowUtc().toISO() as string)).message;
  }

  /** Sends everything due: pending messages, retries whose time has come, and sends a crash abandoned. */
  async flushDue(limit = 200): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, retrying: 0, failed: 0 };
    // Claimed one at a time, just before each send: a process that dies mid-run holds the lease
    // on one message at most, and the others go out with the next run.
    for (const id of await this.ctx.store.outbox.dueIds(this.nowUtc().toISO() as string, limit)) {
      const now = this.nowUtc();
      const claimed = await this.ctx.store.outbox.claim(
        id,
        now.toISO() as string,
        now.plus({ seconds: LEASE_SECONDS }).toISO() as string,
      );
      if (claimed) result[await this.send(claimed)] += 1;
    }
    return result;
  }

  private async attempt(id: number): Promise<void> {
    const now = this.nowUtc();
    const claimed = await this.ctx.store.outbox.claim(
      id,
      now.toISO() as string,
      now.plus({ seconds: LEASE_SECONDS }).toISO() as string,
    );
    if (claimed) await this.send(claimed);
  }

  private async send(message: OutboxMessage): Promise<keyof FlushResult> {
    const sender = this.senders[message.platform];
    const outbox = this.ctx.store.outbox;
    if (!sender) {
      await outbox.markFailed(
        message.id,
        `${message.platform} is not connected`,
        this.nowUtc().toISO() as string,
      );
      this.log.warn(
        { outbox: message.id, platform: message.platform },
        'message not sent: platform not connected',
      );
      return 'failed';
    }
    try {
      const sent = await sender.send(message);
      await outbox.markSent(message.id, sent.conversation, sent.messageRef, this.nowUtc().toISO() as string);
      this.log.info({ outbox: message.id, kind: message.kind, platform: message.platform }, 'message sent');
      return 'sent';
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof DeliveryError && error.permanent;
      const backoff = BACKOFF_SECONDS[message.attempts - 1];
      if (permanent || backoff === undefined) {
        await outbox.markFailed(message.id, reason, this.nowUtc().toISO() as string);
        this.log.error(
          { outbox: message.id, kind: message.kind, attempts: message.attempts, reason },
          'message failed for good',
        );
        return 'failed';
      }
      const waitMs = Math.max(backoff * 1000, error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0);
      const next = this.nowUtc().plus({ milliseconds: waitMs });
      await outbox.markRetry(message.id, next.toISO() as string, reason);
      this.log.warn(
        { outbox: message.id, kind: message.kind, attempts: message.attempts, retryAt: next.toISO(), reason },
        'send failed; will retry',
      );
      return 'retrying';
    }
  }
}
