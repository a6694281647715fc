import type { NextFunction, Request, Response } from 'express';

/** Slack's replay window, both ways: Bolt itself rejects only requests that are too old. */
const WINDOW_SECONDS = 5 * 60;
export const SLACK_BODY_LIMIT = 1024 * 1024;

/**
 * In front of Bolt on POST /slack/events: a timestamp outside the window (past or future) is
 * refused before anything is read, and an oversized body is refused and the connection closed, so
 * a client that keeps sending cannot hold the socket.
 */
export function slackRequestGuard(now: () => number = Date.now) {
  return (req: Request, res: Response, next: NextFunction) => {
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > SLACK_BODY_LIMIT) {
      res.set('Connection', 'close').status(413).json({ error: 'payload too large' });
      return;
    }
    const ts = Number(req.headers['x-slack-request-timestamp']);
    if (!Number.isFinite(ts) || Math.abs(now() / 1000 - ts) > WINDOW_SECONDS) {
      res.status(401).json({ error: 'stale or missing request timestamp' });
      return;
    }
    next();
  };
}
