/**
 * Child entry: a small stand-in for Slack's Web API (SLACK_API_URL) and response_url on 127.0.0.1,
 * and the load generator that fires signed slash commands at a server under test. Runs in its own
 * process so that neither the client's work nor the stand-in's competes with the server's event loop.
 */
import { createHmac } from 'node:crypto';
import { Agent, createServer, type IncomingMessage, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isType } from './child.js';
import type { LoadRequest, LoadResult, ReadyMessage } from './protocol.js';

/** by run: the indexes of the commands that have had at least one response_url post */
const arrivals = new Map<string, Set<number>>();
const postCounts = new Map<string, number>();
/** arrival time of the latest response_url post, by run */
const lastPost = new Map<string, number>();
/** response_url posts that carry an error instead of an action list */
const failedPosts = new Map<string, number>();
let apiCalls: Record<string, number> = {};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  const raw = await readBody(req);
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const response = /^\/response\/([^/]+)\/(\d+)$/.exec(path);
  if (response) {
    const [, runId = '', index = '0'] = response;
    const runArrivals = arrivals.get(runId) ?? new Set<number>();
    runArrivals.add(Number(index));
    arrivals.set(runId, runArrivals);
    postCounts.set(runId, (postCounts.get(runId) ?? 0) + 1);
    lastPost.set(runId, performance.now());
    if (/Unknown organisation|Sorry/.test(raw)) failedPosts.set(runId, (failedPosts.get(runId) ?? 0) + 1);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  const method = path.replace(/^\/api\//, '');
  apiCalls[method] = (apiCalls[method] ?? 0) + 1;
  const json =
    method === 'auth.test'
      ? {
          ok: true,
          user_id: 'UBOT',
          bot_id: 'BBOT',
          team_id: 'T1',
          user: 'idmg',
          url: 'https://bench.slack.com/',
        }
      : { ok: true };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(json));
});
server.keepAliveTimeout = 30_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;

let trigger = 0;
const agents = new Map<string, Agent>();

function signedCommand(
  target: URL,
  agent: Agent,
  secret: string,
  body: string,
): Promise<{ status: number; ms: number; reused: boolean }> {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: '/slack/events',
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-slack-request-timestamp': String(timestamp),
          'x-slack-signature': signature,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, reused: req.reusedSocket }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function runLoad(job: LoadRequest): Promise<LoadResult> {
  apiCalls = {};
  const target = new URL(job.target);
  // One pool per server for the whole run: the warm-up opens the connections and the measured turns
  // reuse them; a fresh-connections run opens its own and closes them after.
  const agent =
    (!job.freshConnections && agents.get(job.target)) ||
    new Agent({ keepAlive: true, maxSockets: job.concurrency });
  if (!job.freshConnections) agents.set(job.target, agent);
  const latencies: number[] = new Array(job.count).fill(0);
  const statuses: Record<string, number> = {};
  let errors = 0;
  let newConnections = 0;
  const startsMs: number[] = new Array(job.count).fill(0);
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (;;) {
      const i = next;
      next += 1;
      if (i >= job.count) return;
      trigger += 1;
      const user = job.users[i % job.users.length] ?? 'U0000001';
      const body = new URLSearchParams({
        token: 'legacy',
        team_id: 'T1',
        channel_id: 'C0IDMG',
        channel_name: 'idmg',
        user_id: user,
        user_name: user.toLowerCase(),
        command: '/idmg',
        text: job.texts[i % job.texts.length] ?? 'actions',
        response_url: `http://127.0.0.1:${port}/response/${job.runId}/${i}`,
        trigger_id: `bench-${trigger}`,
        api_app_id: 'A1',
      }).toString();
      startsMs[i] = performance.now() - t0;
      try {
        const { status, ms, reused } = await signedCommand(target, agent, job.signingSecret, body);
        if (!reused) newConnections += 1;
        latencies[i] = ms;
        statuses[status] = (statuses[status] ?? 0) + 1;
      } catch {
        errors += 1;
        latencies[i] = performance.now() - t0;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  const ackWallMs = performance.now() - t0;
  if (job.freshConnections) agent.destroy();

  let responsesWallMs: number | null = null;
  if (job.expectResponses) {
    const deadline = performance.now() + job.responseTimeoutMs;
    for (;;) {
      const got = arrivals.get(job.runId)?.size ?? 0;
      if (got >= job.count || performance.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // A command's list can take several messages: wait until no post has arrived for 300 ms.
    for (;;) {
      const last = lastPost.get(job.runId) ?? 0;
      if (performance.now() - last >= 300 || performance.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    if ((arrivals.get(job.runId)?.size ?? 0) >= job.count)
      responsesWallMs = (lastPost.get(job.runId) ?? t0) - t0;
  }
  return {
    type: 'loaded',
    runId: job.runId,
    latenciesMs: latencies,
    startsMs,
    newConnections,
    statuses,
    errors,
    ackWallMs,
    answered: arrivals.get(job.runId)?.size ?? 0,
    responsePosts: postCounts.get(job.runId) ?? 0,
    failedPosts: failedPosts.get(job.runId) ?? 0,
    responsesWallMs,
    apiCalls,
  };
}

process.on('message', (m: unknown) => {
  if (isType<LoadRequest>('load')(m)) {
    runLoad(m).then(
      (result) => process.send?.(result),
      (error: unknown) => process.send?.({ type: 'failed', error: String(error) }),
    );
  } else if (isType<{ type: 'stop' }>('stop')(m)) {
    for (const agent of agents.values()) agent.destroy();
    server.close(() => process.exit(0));
    server.closeAllConnections();
  }
});
process.on('disconnect', () => process.exit(0));
const ready: ReadyMessage = { type: 'ready', port };
process.send?.(ready);
