import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paced, SlackTraffic } from '../../src/slack/pace.js';

/** A request through the traffic middleware; `finish()` is its response going out. */
function request(traffic: SlackTraffic): { finish: () => void } {
  const res = new EventEmitter();
  traffic.track({} as Request, res as unknown as Response, (() => {}) as NextFunction);
  return { finish: () => res.emit('finish') };
}

describe('the work after an acknowledgement', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits while requests keep arriving, even when none is in flight for an instant', async () => {
    const traffic = new SlackTraffic(25);
    const afterAck = paced({ traffic, maxWaitMs: 3000 });
    const ran: string[] = [];
    let current = request(traffic);
    void afterAck(async () => ran.push('answer'));
    // A burst: each request ends and the next arrives a few milliseconds later.
    for (let i = 0; i < 20; i += 1) {
      current.finish();
      await vi.advanceTimersByTimeAsync(5);
      current = request(traffic);
    }
    expect(ran).toEqual([]);
    current.finish();
    await vi.advanceTimersByTimeAsync(30);
    expect(ran).toEqual(['answer']);
  });

  it('runs at its deadline however long the burst', async () => {
    const traffic = new SlackTraffic(25);
    const afterAck = paced({ traffic, maxWaitMs: 3000 });
    const ran: number[] = [];
    request(traffic); // never ends
    void afterAck(async () => ran.push(Date.now()));
    await vi.advanceTimersByTimeAsync(2900);
    expect(ran).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(ran).toHaveLength(1);
  });

  it('runs at once when nothing has arrived for a while', async () => {
    const traffic = new SlackTraffic(25);
    const afterAck = paced({ traffic });
    request(traffic).finish();
    await vi.advanceTimersByTimeAsync(100);
    const ran: string[] = [];
    void afterAck(async () => ran.push('answer'));
    await vi.advanceTimersByTimeAsync(1);
    expect(ran).toEqual(['answer']);
  });
});
