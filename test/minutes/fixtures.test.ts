import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';
import type { ParsedMinutes } from '../../src/minutes/types.js';

const dir = new URL('../fixtures/minutes/', import.meta.url);
// Every document with a sibling NAME.expected.json is a fixture: the whole parse must match.
const fixtures = readdirSync(dir)
  .filter((f) => !f.endsWith('.expected.json'))
  .filter((f) => readdirSync(dir).includes(`${f.replace(/\.[^.]+$/, '')}.expected.json`))
  .sort();

describe('minutes fixtures', () => {
  it('has at least ten fixtures besides the real sample', () => {
    expect(fixtures.filter((f) => !f.startsWith('idmg-2012-04-17')).length).toBeGreaterThanOrEqual(10);
  });

  for (const file of fixtures) {
    it(`parses ${file}`, () => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const expected = JSON.parse(
        readFileSync(new URL(`${file.replace(/\.[^.]+$/, '')}.expected.json`, dir), 'utf8'),
      ) as ParsedMinutes;
      expect(parseMinutes(text)).toEqual(expected);
    });
  }
});
