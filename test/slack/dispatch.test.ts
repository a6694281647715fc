import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { buttons, exactly } from '../../src/slack/listeners/dispatch.js';

describe('one Bolt listener for many ids', () => {
  it('matches exactly the ids given, their dots and brackets taken literally', () => {
    const ids = exactly(['idmg.page_next', 'a[1]', 'done']);
    expect(['idmg.page_next', 'a[1]', 'done'].every((id) => ids.test(id))).toBe(true);
    expect(['idmgxpage_next', 'a1', 'done_now', 'not_done', ''].some((id) => ids.test(id))).toBe(false);
  });

  it('registers one listener that hands each press to the handler for its action_id, and refuses a second handler for an id', async () => {
    const registered: { on: unknown; listener: (args: unknown) => Promise<void> }[] = [];
    const bolt = {
      action: (on: unknown, listener: (args: unknown) => Promise<void>) => registered.push({ on, listener }),
    } as unknown as App;
    const pressed: string[] = [];
    const table = buttons(bolt);
    table.on('first', async () => {
      pressed.push('first');
    });
    table.on('second', async () => {
      pressed.push('second');
    });
    expect(() => table.on('first', async () => undefined)).toThrow(/two handlers for first/);
    table.listen();
    expect(registered).toHaveLength(1);
    const press = (actionId: string) => registered[0]?.listener({ action: { action_id: actionId } });
    await press('second');
    await press('first');
    await press('unknown');
    expect(pressed).toEqual(['second', 'first']);
  });
});
