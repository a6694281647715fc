import { describe, expect, it } from 'vitest';
import { FIRST_YEAR, LAST_YEAR, offlineYear } from '../../scripts/make-bank-holidays.js';
import { loadHolidays } from '../../src/app/holidays.js';
import { OFFLINE_BANK_HOLIDAYS } from '../../src/app/offline-bank-holidays.js';
import { openStore } from '../../src/store/index.js';

describe('the offline bank holidays kept as data', () => {
  it('are what date-holidays says for every year kept (run scripts/make-bank-holidays.ts if not)', () => {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1)
      expect(
        OFFLINE_BANK_HOLIDAYS[year]?.split(' ').map((d) => `${year}-${d}`),
        String(year),
      ).toEqual(offlineYear(year));
  });

  it('answer for the years kept, and date-holidays itself beyond them', async () => {
    const store = await openStore(':memory:');
    const calendar = await loadHolidays(store);
    // 2012 as date-holidays has it (the Spring bank holiday on 28 May: wrong, GOV.UK's list corrects it).
    expect(calendar.isHoliday('2012-05-28')).toBe(true);
    expect(calendar.isHoliday('2012-06-05')).toBe(true);
    expect(calendar.isHoliday('2026-12-28')).toBe(true);
    expect(calendar.isHoliday('2026-12-29')).toBe(false);
    expect(calendar.isHoliday('2070-12-25')).toBe(true);
    expect(calendar.isHoliday('2070-12-24')).toBe(false);
    await store.close();
  });
});
