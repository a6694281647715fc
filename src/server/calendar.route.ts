import { timingSafeEqual } from 'node:crypto';
import type { Express } from 'express';
import { meetingsCalendar } from '../app/calendar.js';
import type { AppContext } from '../app/context.js';

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** GET /calendar.ics?token=…: upcoming meetings for calendar apps; off unless a token is configured. */
export function mountCalendar(
  http: Express,
  app: AppContext,
  token: string | undefined,
  marking: string,
): void {
  if (!token) return;
  http.get('/calendar.ics', async (req, res) => {
    const given = typeof req.query.token === 'string' ? req.query.token : '';
    if (!same(given, token)) {
      res.status(403).json({ error: 'a valid token is required' });
      return;
    }
    res.type('text/calendar; charset=utf-8').send(await meetingsCalendar(app, marking));
  });
}
