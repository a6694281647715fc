import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { type ChatSender, DeliveryError, type SentMessage } from '../app/delivery.js';
import type { ChatView } from '../chat/views.js';
import type { OutboxMessage, Store } from '../store/types.js';
import { cardActivity } from './activity.js';
import { renderTeams } from './cards/render.js';

/**
 * Proactive messages: from a saved conversation reference, so reminders and rounds reach people
 * and channels after a restart. A reference that has gone (403, 404) is marked unreachable and the
 * message fails for good; it is never retried forever.
 */
export class TeamsSender implements ChatSender {
  readonly platform = 'teams' as const;
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly store: Store,
    private readonly marking: string,
    private readonly nowUtc: () => string,
    /** a connector that does not answer must not hold the outbox: give up and retry later */
    private readonly timeoutMs = 15_000,
  ) {}

  async send(message: OutboxMessage): Promise<SentMessage> {
    const saved = await this.store.conversations.get(message.recipient);
    if (!saved)
      throw new DeliveryError(
        `no Teams conversation ${message.recipient}: the bot was never installed there`,
        true,
      );
    if (saved.unreachableAtUtc)
      throw new DeliveryError(`Teams conversation unreachable: ${saved.unreachableReason}`, true);
    const reference = structuredClone(saved.reference) as Partial<ConversationReference>;
    if (message.threadRef && reference.conversation) {
      reference.conversation = {
        ...reference.conversation,
        id: `${saved.conversationId};messageid=${message.threadRef}`,
      };
    }
    let first: string | undefined;
    // The adapter hands errors inside a turn to onTurnError; catch them here so the outbox sees them.
    let failure: unknown;
    try {
      const turn = this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
        try {
          for (const page of renderTeams(message.view as ChatView, this.marking)) {
            const sent = await context.sendActivity(cardActivity(page));
            first ??= sent?.id;
          }
        } catch (error) {
          failure = error;
        }
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () =>
            reject(new DeliveryError(`Teams connector did not answer within ${this.timeoutMs} ms`, false)),
          this.timeoutMs,
        );
      });
      try {
        await Promise.race([turn, timeout]);
      } finally {
        clearTimeout(timer);
      }
      if (failure) throw failure;
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      const status = (error as { statusCode?: number }).statusCode;
      const code = (error as { code?: string }).code ?? '';
      if (status === 403 || status === 404) {
        const reason =
          `${status} ${code || (status === 403 ? 'BotNotInConversationRoster' : 'NotFound')}`.trim();
        await this.store.conversations.markUnreachable(saved.conversationId, reason, this.nowUtc());
        throw new DeliveryError(`Teams conversation gone (${reason})`, true);
      }
      if (status === 401) throw new DeliveryError('Teams refused the bot credentials (401)', true);
      const retryAfter = Number(
        (
          error as { response?: { headers?: { get?: (h: string) => string | null } } }
        ).response?.headers?.get?.('retry-after'),
      );
      throw new DeliveryError(
        `Teams send failed: ${(error as Error).message}`,
        false,
        Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
      );
    }
    return { conversation: saved.conversationId, messageRef: first ?? '' };
  }
}
