import { describe, expect, it } from 'vitest';
import { filedTogether } from '../../src/dispatch/filed-together.js';

describe('filedTogether', () => {
  it('takes the same day, and a day either side only when one of the two is a flash', () => {
    const day = { date: '2026-04-02', urgent: false };
    expect(filedTogether(day, { date: '2026-04-02', urgent: false })).toBe(true);
    expect(filedTogether(day, { date: '2026-04-03', urgent: false })).toBe(false);
    expect(filedTogether(day, { date: '2026-04-03', urgent: true })).toBe(true);
    expect(filedTogether({ date: '2026-04-01', urgent: true }, day)).toBe(true);
    expect(filedTogether({ date: '2026-03-31', urgent: true }, day)).toBe(false);
  });
});
