import type { Server } from 'node:http';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';

export interface HttpDeps {
  store: Store;
  logger: Logger;
}

/**
 * The one HTTP server. No global body parser: Slack's signature check needs the raw body, so each
 * route parses its own.
 */
export function createHttpApp(deps: HttpDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    const ok = await deps.store.ping();
    // DESIGN.md: the engine and whether it answers, so a load balancer can take a replica out.
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ok' : 'database unavailable', database: { engine: deps.store.engine, ok } });
  });
  return app;
}

/** Last in the chain: unknown routes get 404, oversized bodies 413, anything else 500 — never a stack trace. */
export function finishHttpApp(app: Express, logger: Logger): void {
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not found' });
  });
  app.use(
    (
      error: { status?: number; type?: string; message?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const status = error.type === 'entity.too.large' ? 413 : (error.status ?? 500);
      if (status >= 500) logger.error({ err: error.message }, 'request failed');
      res.status(status).json({
        error: status === 413 ? 'payload too large' : status >= 500 ? 'internal error' : 'bad request',
      });
    },
  );
}

export function listen(app: Express, port: number, host?: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = host ? app.listen(port, host) : app.listen(port);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/**
 * Stops accepting, lets requests in flight finish, and closes idle keep-alive connections at once. A
 * request that never finishes (a client that stops sending its body) is cut after `graceMs`, so a
 * SIGTERM always ends the process.
 */
export function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), graceMs);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
