/**
 * A server under test in its own process: the real bot (`bot`) or the bare Bolt baseline (`bare`),
 * argv[2]. bench/run.ts bundles this file with the same esbuild settings as `npm start` and runs it
 * on plain Node with `npm start`'s Node flags, so the memory and latency measured are production's,
 * not the benchmark harness's or tsx's. It answers the parent's messages over IPC.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startBot } from '../src/main.js';
import { startBareBolt } from './bare-bolt.js';
import type { ServerReply, ServerRequest } from './protocol.js';
import { mb, round } from './stats.js';

const kind = process.argv[2] === 'bare' ? 'bare' : 'bot';
const reply = (m: ServerReply) => process.send?.(m);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let stopServer: (() => Promise<void>) | undefined;
let rssPeak = 0;
let heapPeak = 0;
let sampler: NodeJS.Timeout | undefined;
// How long the event loop was blocked while the server answered the load. A histogram that is
// disabled and enabled again counts the whole gap between as one delay, so each turn gets its own
// and the worst turn's figures are kept.
let loopDelay: ReturnType<typeof monitorEventLoopDelay> | undefined;
let loopDelayP99Ms = 0;
let loopDelayMaxMs = 0;
// Garbage-collection pauses while sampling: the usual cause of a long event-loop delay.
let sampling = false;
let gcMaxMs = 0;
let gcTotalMs = 0;
new PerformanceObserver((list) => {
  if (!sampling) return;
  for (const entry of list.getEntries()) {
    gcMaxMs = Math.max(gcMaxMs, entry.duration);
    gcTotalMs += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

function sample(): void {
  const m = process.memoryUsage();
  rssPeak = Math.max(rssPeak, m.rss);
  heapPeak = Math.max(heapPeak, m.heapUsed);
}

/** A full garbage collection, to tell retained memory from garbage not yet collected. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

async function handle(m: ServerRequest): Promise<void> {
  switch (m.type) {
    case 'start': {
      if (kind === 'bot') {
        const config = loadConfig(m.env);
        const bot = await startBot(config, createLogger('silent'), {
          clock: systemClock(config.timezone),
          scheduler: false,
          slackProcessBeforeResponse: false,
        });
        stopServer = bot.stop;
        reply(await ready(bot.port));
      } else {
        const bare = await startBareBolt(
          m.env.SLACK_SIGNING_SECRET ?? '',
          m.env.SLACK_BOT_TOKEN ?? '',
          m.env.SLACK_API_URL ?? '',
        );
        stopServer = bare.stop;
        reply(await ready(bare.port));
      }
      return;
    }
    case 'sample-start':
      sampling = true;
      loopDelay = monitorEventLoopDelay({ resolution: 10 });
      loopDelay.enable();
      sampler = setInterval(sample, 50);
      return;
    case 'sample-stop':
      clearInterval(sampler);
      sampling = false;
      sample();
      if (loopDelay) {
        loopDelay.disable();
        loopDelayP99Ms = Math.max(loopDelayP99Ms, loopDelay.percentile(99) / 1e6);
        loopDelayMaxMs = Math.max(loopDelayMaxMs, loopDelay.max / 1e6);
        loopDelay = undefined;
      }
      reply({
        type: 'sampled',
        rssPeakMb: round(mb(rssPeak), 1),
        heapPeakMb: round(mb(heapPeak), 1),
        loopDelayP99Ms: round(loopDelayP99Ms),
        loopDelayMaxMs: round(loopDelayMaxMs),
        gcMaxMs: round(gcMaxMs),
        gcTotalMs: Math.round(gcTotalMs),
      });
      return;
    case 'gc': {
      collectGarbage();
      const after = process.memoryUsage();
      reply({ type: 'collected', heapMb: round(mb(after.heapUsed), 1), rssMb: round(mb(after.rss), 1) });
      return;
    }
    case 'stop':
      await stopServer?.();
      process.exit(0);
  }
}

async function ready(port: number): Promise<ServerReply> {
  // Idle: a second after listening, as an operator would see it.
  await sleep(1000);
  const m = process.memoryUsage();
  rssPeak = m.rss;
  return { type: 'started', port, rssMb: round(mb(m.rss), 1), heapMb: round(mb(m.heapUsed), 1) };
}

process.on('message', (m: ServerRequest) => {
  handle(m).catch((error: unknown) => {
    console.error(`${kind} server child:`, error);
    process.exit(1);
  });
});
reply({ type: 'child-ready' });
