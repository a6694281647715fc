import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  conversation: string;
  activityId: string | null;
  body: Record<string, unknown>;
}

/**
 * A local stand-in for the Bot Framework connector (the activity's serviceUrl): records every
 * activity the bot sends, replies to, or updates, and can answer with a failure.
 */
export class FakeConnector {
  calls: ConnectorCall[] = [];
  private failures: { status: number; body: unknown; delayMs?: number }[] = [];
  private delays: number[] = [];

  /** The next call is answered only after `ms` (a connector that times out). */
  delayNext(ms: number): void {
    this.delays.push(ms);
  }
  private server: Server | undefined;
  private next = 1;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** The next `times` calls fail (a gone conversation answers 403 however often it is asked). */
  failNext(
    status: number,
    times = 1,
    body: unknown = {
      error: {
        code: 'BotNotInConversationRoster',
        message: 'The bot is not part of the conversation roster.',
      },
    },
  ) {
    for (let i = 0; i < times; i += 1) this.failures.push({ status, body });
  }

  clearFailures(): void {
    this.failures = [];
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c) => {
        raw += c;
      });
      req.on('end', () => {
        const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
        this.calls.push({
          method: req.method ?? '',
          path: req.url ?? '',
          conversation: decodeURIComponent(m?.[1] ?? ''),
          activityId: m?.[2] ? decodeURIComponent(m[2]) : null,
          body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
        });
        const delay = this.delays.shift();
        if (delay) {
          setTimeout(() => {
            if (!res.writableEnded)
              res
                .writeHead(200, { 'content-type': 'application/json' })
                .end(JSON.stringify({ id: `late-${this.next++}` }));
          }, delay);
          return;
        }
        const failure = this.failures.shift();
        if (failure) {
          res
            .writeHead(failure.status, { 'content-type': 'application/json' })
            .end(JSON.stringify(failure.body));
          return;
        }
        const id = `act-${this.next++}`;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  /** Every Adaptive Card body the bot sent, as one string, for content checks. */
  cardsText(calls = this.calls): string {
    return calls.map((c) => JSON.stringify(c.body.attachments ?? c.body.text ?? '')).join('\n');
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }
}

let n = 0;

export interface ActivityOptions {
  aadObjectId: string;
  conversationId?: string;
  conversationType?: 'personal' | 'channel' | 'groupChat';
  text?: string;
  value?: unknown;
  replyToId?: string;
  mention?: boolean;
  attachments?: unknown[];
  type?: string;
  membersAdded?: { id: string }[];
}

export function activity(serviceUrl: string, o: ActivityOptions): Record<string, unknown> {
  n += 1;
  const text = o.mention ? `<at>IDMG</at> ${o.text ?? ''}` : o.text;
  return {
    type: o.type ?? 'message',
    id: `in-${n}`,
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${o.aadObjectId}`, aadObjectId: o.aadObjectId, name: 'Member' },
    recipient: { id: '28:idmg-bot', name: 'IDMG' },
    conversation: {
      id: o.conversationId ?? `a:personal-${o.aadObjectId}`,
      conversationType: o.conversationType ?? 'personal',
      tenantId: 'tenant-1',
    },
    ...(text !== undefined ? { text } : {}),
    ...(o.value !== undefined ? { value: o.value } : {}),
    ...(o.replyToId ? { replyToId: o.replyToId } : {}),
    ...(o.attachments ? { attachments: o.attachments } : {}),
    ...(o.membersAdded ? { membersAdded: o.membersAdded } : {}),
    ...(o.mention
      ? {
          entities: [
            { type: 'mention', text: '<at>IDMG</at>', mentioned: { id: '28:idmg-bot', name: 'IDMG' } },
          ],
        }
      : {}),
  };
}

export async function sendActivity(
  base: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  return fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The Adaptive Card a recorded connector call carried (an empty card when it carried none). */
export function cardOf<T = { body: Record<string, unknown>[] }>(
  call: { body: Record<string, unknown> } | undefined,
): T {
  return ((call?.body.attachments as { content: T }[] | undefined)?.[0]?.content ?? { body: [] }) as T;
}
