/** Messages between bench/run.ts and the load child (Slack stand-in plus load generator). */

export interface LoadRequest {
  type: 'load';
  runId: string;
  /** the server under test, e.g. http://127.0.0.1:1234 */
  target: string;
  count: number;
  concurrency: number;
  signingSecret: string;
  /** the slash command texts and user ids, cycled */
  texts: string[];
  users: string[];
  /** wait for a response_url post for every command (the bot), or not (the bare app) */
  expectResponses: boolean;
  responseTimeoutMs: number;
  /** open new connections for this run (all at once, at its start) instead of reusing the pool */
  freshConnections?: boolean;
}

export interface LoadResult {
  type: 'loaded';
  runId: string;
  /** per command: ms from sending the request to the end of the HTTP answer */
  latenciesMs: number[];
  /** per command: ms from the run's first request to this one's */
  startsMs: number[];
  /** requests that had to open a new connection (the rest reused a keep-alive one) */
  newConnections: number;
  statuses: Record<string, number>;
  errors: number;
  /** ms from the first request to the last acknowledgement */
  ackWallMs: number;
  /** commands with at least one response_url post, total posts, ms from the first request to the last post */
  answered: number;
  responsePosts: number;
  /** posts that said "Unknown organisation" or "Sorry" instead of listing actions */
  failedPosts: number;
  responsesWallMs: number | null;
  /** Web API calls the stand-in answered during the run (auth.test, …) */
  apiCalls: Record<string, number>;
}

export interface ReadyMessage {
  type: 'ready';
  port: number;
}

/** Messages from bench/run.ts to a server child (bench/server-child.ts). */
export type ServerRequest =
  | { type: 'start'; env: Record<string, string> }
  | { type: 'sample-start' }
  | { type: 'sample-stop' }
  | { type: 'gc' }
  | { type: 'stop' };

/** Answers from a server child. */
export type ServerReply =
  | { type: 'child-ready' }
  | { type: 'started'; port: number; rssMb: number; heapMb: number }
  | {
      type: 'sampled';
      rssPeakMb: number;
      heapPeakMb: number;
      loopDelayP99Ms: number;
      loopDelayMaxMs: number;
      gcMaxMs: number;
      gcTotalMs: number;
    }
  | { type: 'collected'; heapMb: number; rssMb: number };
