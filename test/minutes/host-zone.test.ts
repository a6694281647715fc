import { Settings } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/minutes/index.js';

const MINUTES = `MINUTES of the meeting held on 17 April 2012
Attendees: Home Office, MOJ
ACTION: MOJ to report by 30 December 2011
ACTION: Home Office to write to DH by 1 April 2012.
`;

describe('due dates are calendar days, whatever the server’s zone', () => {
  const original = Settings.defaultZone;
  afterEach(() => {
    Settings.defaultZone = original;
  });

  it('reads 30 December 2011 as that day even where the host zone skipped it (Samoa)', () => {
    const inUtc = parseMinutes(MINUTES).actions.map((a) => a.due);
    Settings.defaultZone = 'Pacific/Apia';
    const inApia = parseMinutes(MINUTES).actions.map((a) => a.due);
    expect(inUtc).toEqual(['2011-12-30', '2012-04-01']);
    expect(inApia).toEqual(inUtc);
  });
});
