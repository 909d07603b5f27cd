import { describe, expect, it } from 'vitest';
import { UPDATE_REACH_DAYS, updateReachDays, updateReaches } from '../../src/dispatch/update-reach.js';

describe('updateReaches', () => {
  const update = { lang: 'en', date: '2026-05-12', marker: 'update' as const };

  it('reaches a dispatch of its own language up to two weeks before', () => {
    expect(updateReaches(update, { lang: 'en', date: '2026-04-28' })).toBe(true);
    expect(updateReaches(update, { lang: 'en', date: '2026-04-27' })).toBe(false);
    expect(updateReaches(update, { lang: 'ar', date: '2026-05-10' })).toBe(false);
    expect(updateReaches(update, { lang: 'en', date: '2026-05-13' })).toBe(false);
    expect(updateReaches({ ...update, marker: null }, { lang: 'en', date: '2026-05-10' })).toBe(false);
  });

  it('names the earlier days beyond the day before, only for a marked dispatch', () => {
    expect(updateReachDays(update)).toHaveLength(UPDATE_REACH_DAYS - 1);
    expect(updateReachDays(update)[0]).toBe('2026-05-10');
    expect(updateReachDays(update).at(-1)).toBe('2026-04-28');
    expect(updateReachDays({ ...update, marker: null })).toEqual([]);
  });
});
