import { once } from 'node:events';
import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startBot } from '../../src/main.js';
import { tempDir } from '../support/tmp.js';

describe('stopping', () => {
  it('cuts a request that never finishes after the grace period, so a stop always ends', async () => {
    const dir = tempDir();
    const config = loadConfig({
      PORT: '0',
      DATABASE_PATH: join(dir, 'idmg.sqlite'),
      IDMG_BANK_HOLIDAYS_URL: '',
    });
    const logs: string[] = [];
    const bot = await startBot(config, createLogger('info', { write: (l: string) => logs.push(l) }), {
      scheduler: false,
      closeGraceMs: 300,
    });
    const socket = connect(bot.port, '127.0.0.1');
    await once(socket, 'connect');
    // A Teams activity whose body never arrives in full.
    socket.write(
      'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = once(socket, 'close');
    const started = Date.now();
    await bot.stop();
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(Date.now() - started).toBeLessThan(5000);
    await closed;
    expect(logs.join('\n')).toMatch(/idmg-bot stopped/);
  });
});
