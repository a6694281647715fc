import type { DateTime } from 'luxon';
import type { NewOutboxMessage, OutboxMessage, Platform } from '../store/types.js';
import type { AppContext } from './context.js';
import { refKey, resolveView } from './reminder-views.js';

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
  /**
   * Where the platform already shows this outbox message (its id travels with it), or null: asked
   * before sending a message whose earlier sender stopped mid-send, so a message the platform took
   * just before the crash is not sent twice. Absent where the platform cannot be asked (Teams).
   */
  findDelivered?(message: OutboxMessage): Promise<SentMessage | null>;
}

export interface DeliveryLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Seconds to wait after the nth failed attempt; after the last, the message is given up as failed. */
const BACKOFF_SECONDS = [30, 120, 600, 1800, 7200];
/**
 * Messages claimed at once by one flush. One: a sender killed mid-run strands a single message
 * until its lease (IDMG_OUTBOX_LEASE_S) runs out, and replicas flushing together interleave
 * message by message. `claimDue` takes larger batches where that trade is wanted.
 */
const CLAIM_BATCH = 1;

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
    /** How long a claim holds before another process may take the message over. */
    private readonly leaseSeconds = 120,
  ) {}

  /**
   * Views read for recorded references during one flush: an organisation's people share one
   * reminder, read once for all of them.
   */
  private views = new Map<string, unknown>();

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

  /**
   * Sends everything due: pending messages, retries whose time has come, and sends a crash
   * abandoned. The limit only bounds one run: a committee's 09:00 reminders go out in the tick
   * that plans them (replicas share them), not a few hundred a minute.
   */
  async flushDue(limit = 5000): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, retrying: 0, failed: 0 };
    this.views.clear();
    // Claimed just before sending, each row for this process alone: replicas flushing together
    // share the work, and one that dies mid-run holds its batch's leases at most, which the others
    // take over when they run out.
    for (let left = limit; left > 0; ) {
      const now = this.nowUtc();
      const batch = await this.ctx.store.outbox.claimDue(
        now.toISO() as string,
        now.plus({ seconds: this.leaseSeconds }).toISO() as string,
        Math.min(CLAIM_BATCH, left),
      );
      if (batch.length === 0) break;
      left -= batch.length;
      for (const { message, abandoned } of batch) {
        // Still "sending" although due: its sender stopped (a crash, a kill) after claiming it.
        if (abandoned && (await this.alreadyDelivered(message))) {
          result.sent += 1;
          continue;
        }
        result[await this.send(message)] += 1;
      }
    }
    this.views.clear();
    return result;
  }

  private async attempt(id: number): Promise<void> {
    const now = this.nowUtc();
    const claimed = await this.ctx.store.outbox.claim(
      id,
      now.toISO() as string,
      now.plus({ seconds: this.leaseSeconds }).toISO() as string,
    );
    if (claimed) await this.send(claimed);
  }

  /**
   * A message taken over from a sender that stopped mid-send: if the platform shows it already (it
   * took the message just before the crash), it is marked sent, not sent again. Where the platform
   * cannot be asked, it is sent again and the possible duplicate is logged.
   */
  private async alreadyDelivered(message: OutboxMessage): Promise<boolean> {
    const sender = this.senders[message.platform];
    if (!sender?.findDelivered) {
      this.log.warn(
        { outbox: message.id, kind: message.kind, platform: message.platform },
        'sending again a message whose sender stopped mid-send; the platform cannot say whether it arrived, so it may be a duplicate',
      );
      return false;
    }
    try {
      const found = await sender.findDelivered(message);
      if (!found) return false;
      await this.ctx.store.outbox.markSent(
        message.id,
        found.conversation,
        found.messageRef,
        this.nowUtc().toISO() as string,
      );
      this.log.info(
        { outbox: message.id, kind: message.kind, platform: message.platform },
        'message had arrived before its sender stopped; not sent again',
      );
      return true;
    } catch (error) {
      // The look-up failing is no reason to hold the message back: it is sent (a duplicate at worst).
      this.log.warn(
        { outbox: message.id, reason: error instanceof Error ? error.message : String(error) },
        'could not check whether a message taken over had arrived; sending it',
      );
      return false;
    }
  }

  /** The message with the view it shows: a recorded reference (a reminder's list) read now. */
  private async withView(message: OutboxMessage): Promise<OutboxMessage> {
    const key = refKey(message);
    if (key === null) return message;
    let view = this.views.get(key);
    if (view === undefined) {
      view = await resolveView(this.ctx, message);
      this.views.set(key, view);
    }
    return { ...message, view };
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
      const sent = await sender.send(await this.withView(message));
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
