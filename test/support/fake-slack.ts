import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  body: Record<string, unknown>;
  auth: string | undefined;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

type Reply = { status?: number; headers?: Record<string, string>; json: Record<string, unknown> };

/**
 * A local stand-in for Slack's Web API (SLACK_API_URL) and for response_url: it records what the
 * bot sent and answers as Slack would. Tests can queue failures for a method.
 */
export class FakeSlack {
  calls: SlackCall[] = [];
  responses: ResponseUrlPost[] = [];
  files = new Map<string, { name: string; content: string | Uint8Array }>();
  /** what the bot uploaded with files.uploadV2, by file id */
  uploads = new Map<string, string>();
  private nextFile = 1;
  private queued = new Map<string, Reply[]>();
  /** calls received but never answered (a Slack that hangs): not delivered */
  held: SlackCall[] = [];
  private holding = new Set<string>();
  /** held methods Slack carries out although it never answers (a post that reached the channel) */
  private accepting = new Set<string>();
  /** what each channel holds, as conversations.history returns it (newest first on the way out) */
  history = new Map<string, { ts: string; text: string; thread_ts?: string; metadata?: unknown }[]>();

  /** From now on, calls of `method` are received and never answered, until `release`. */
  hold(method: string, opts: { accepted?: boolean } = {}): void {
    this.holding.add(method);
    if (opts.accepted) this.accepting.add(method);
  }

  /** From now on, calls of `method` are taken at once (in the channel) and answered `ms` later. */
  slow(method: string, ms: number): void {
    this.slowness.set(method, ms);
  }
  private slowness = new Map<string, number>();

  release(method: string): void {
    this.holding.delete(method);
    this.accepting.delete(method);
  }
  private server: Server | undefined;
  private ts = 1346317200; // 2012-08-30
  private waiters: (() => void)[] = [];
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** The next call of `method` gets this answer instead of success. */
  failNext(method: string, reply: Reply): void {
    const list = this.queued.get(method) ?? [];
    list.push(reply);
    this.queued.set(method, list);
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  async start(): Promise<this> {
    const server = createServer(async (req, res) => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname.startsWith('/response/')) {
        this.responses.push({ id: url.pathname.slice('/response/'.length), body: JSON.parse(raw || '{}') });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        this.notify();
        return;
      }
      if (url.pathname.startsWith('/upload/')) {
        this.uploads.set(url.pathname.slice('/upload/'.length), raw);
        res.writeHead(200, { 'content-type': 'text/plain' }).end('OK - 1');
        this.notify();
        return;
      }
      if (url.pathname.startsWith('/files/')) {
        const file = this.files.get(url.pathname.slice('/files/'.length));
        if (!file || req.headers.authorization !== 'Bearer xoxb-test-token') {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(file.content);
        return;
      }
      const method = url.pathname.replace(/^\/api\//, '');
      const body = parseBody(raw, req.headers['content-type']);
      if (this.holding.has(method)) {
        this.held.push({ method, body, auth: req.headers.authorization });
        // Slack did the work (the message is in the channel) but its answer never arrives.
        if (this.accepting.has(method)) this.answer(method, body);
        this.notify();
        return;
      }
      this.calls.push({ method, body, auth: req.headers.authorization });
      const queued = this.queued.get(method)?.shift();
      const reply = queued ?? this.answer(method, body);
      const slow = this.slowness.get(method);
      if (slow) await new Promise((r) => setTimeout(r, slow));
      res
        .writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...(reply.headers ?? {}) })
        .end(JSON.stringify(reply.json));
      this.notify();
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  private answer(method: string, body: Record<string, unknown>): Reply {
    switch (method) {
      case 'auth.test':
        return { json: { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', user: 'idmg' } };
      case 'chat.postMessage': {
        const channel = String(body.channel ?? '');
        this.ts += 1;
        const id = channel.startsWith('U') ? `D${channel.slice(1)}` : channel;
        const ts = `${this.ts}.000100`;
        const metadata = typeof body.metadata === 'string' ? JSON.parse(body.metadata) : body.metadata;
        const posted = [...(this.history.get(id) ?? [])];
        posted.push({
          ts,
          text: String(body.text ?? ''),
          ...(body.thread_ts ? { thread_ts: String(body.thread_ts) } : {}),
          ...(metadata ? { metadata } : {}),
        });
        this.history.set(id, posted);
        return { json: { ok: true, channel: id, ts } };
      }
      case 'conversations.history':
      case 'conversations.replies': {
        const channel = String(body.channel ?? '');
        const all = this.history.get(channel) ?? [];
        const withMeta = String(body.include_all_metadata ?? '') === 'true';
        const picked =
          method === 'conversations.replies'
            ? all.filter((m) => m.thread_ts === String(body.ts) || m.ts === String(body.ts))
            : all.filter((m) => m.thread_ts === undefined);
        const messages = picked
          .slice()
          .reverse()
          .map((m) => (withMeta ? m : { ...m, metadata: undefined }));
        return { json: { ok: true, messages, has_more: false } };
      }
      case 'files.info': {
        const id = String(body.file ?? '');
        const file = this.files.get(id);
        if (!file) return { json: { ok: false, error: 'file_not_found' } };
        const size =
          typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength;
        return {
          json: {
            ok: true,
            file: {
              id,
              name: file.name,
              size,
              url_private_download: `http://127.0.0.1:${this.port}/files/${id}`,
            },
          },
        };
      }
      case 'conversations.open':
        return { json: { ok: true, channel: { id: `D${String(body.users ?? '').slice(1)}` } } };
      case 'files.getUploadURLExternal': {
        const id = `F${this.nextFile++}`;
        return { json: { ok: true, file_id: id, upload_url: `http://127.0.0.1:${this.port}/upload/${id}` } };
      }
      case 'files.completeUploadExternal': {
        const files = (typeof body.files === 'string' ? JSON.parse(body.files) : body.files) as {
          id: string;
          title?: string;
        }[];
        return { json: { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) } };
      }
      default:
        return { json: { ok: true } };
    }
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Waits until `check` holds (the bot answers after its ack, so tests wait for the effect). */
  async until<T>(
    check: () => T | undefined | false | Promise<T | undefined | false>,
    timeoutMs = 5000,
  ): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      // Awaited: a check that reads the store is async, and a pending promise is always truthy.
      const value = await check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error('timed out waiting for the bot');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 25);
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      data += c;
    });
    req.on('end', () => resolve(data));
  });
}

/** chat.postMessage arrives form-encoded, with blocks as a JSON string field. */
function parseBody(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return JSON.parse(raw || '{}') as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    out[k] = v.startsWith('[') || v.startsWith('{') ? safeJson(v) : v;
  }
  return out;
}

function safeJson(v: string): unknown {
  try {
    return JSON.parse(v);
  } catch {
    return v;
  }
}
