import { describe, expect, it } from 'vitest';
import { output } from '../../src/cli/output.js';

async function* pages<T>(...list: T[][]): AsyncGenerator<T[]> {
  for (const page of list) yield page;
}

/** What an Output writes, as one string. */
function captured(json: boolean) {
  const parts: string[] = [];
  return { out: output(json, (s) => parts.push(s)), text: () => parts.join(''), writes: () => parts.length };
}

describe('a list written page by page', () => {
  const items = [
    { id: 'A1', text: 'Line one\nline "two"', owners: ['DH', 'MOJ'], updates: [{ note: null }] },
    { id: 'A2', text: 'Nested', owners: [], updates: [] },
    { id: 'A3', text: '  spaced  ', owners: ['FCO'], updates: [{ note: 'a,b' }, { note: '[]' }] },
  ];

  it('writes with --json byte for byte what the whole list would be, however it is paged', async () => {
    const whole = `${JSON.stringify(items, null, 2)}\n`;
    for (const split of [[items], [[], items.slice(0, 1), [], items.slice(1)], items.map((i) => [i])]) {
      const c = captured(true);
      await c.out.list(pages(...split), () => 'not for --json');
      expect(c.text()).toBe(whole);
    }
    const [first, ...rest] = items;
    const c = captured(true);
    await c.out.list(pages([first], rest), () => '');
    // Written as it is read: a write per page (and the closing bracket), not one at the end.
    expect(c.writes()).toBe(3);
  });

  it('writes an empty list as [] and gathers the pages for people', async () => {
    const empty = captured(true);
    await empty.out.list(pages([], []), () => 'No actions.');
    expect(empty.text()).toBe('[]\n');
    const people = captured(false);
    await people.out.list(pages(items.slice(0, 2), items.slice(2)), (all) => all.map((i) => i.id).join(' '));
    expect(people.text()).toBe('A1 A2 A3\n');
  });
});
