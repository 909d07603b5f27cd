import { describe, expect, it } from 'vitest';
import { memoiseBounded } from '../../src/text/memoise-bounded.js';

describe('memoiseBounded', () => {
  it('computes each key once, remembers a null result, and keys by keyOf', () => {
    const calls: string[] = [];
    const entity = memoiseBounded((city: string) => (calls.push(city), city === 'Nowhere' ? null : city.toLowerCase()), 10);
    expect([entity('Kuwait'), entity('Kuwait'), entity('Nowhere'), entity('Nowhere')]).toEqual(['kuwait', 'kuwait', null, null]);
    expect(calls).toEqual(['Kuwait', 'Nowhere']);
    const byId = memoiseBounded((d: { id: string; text: string }) => d.text.length, 10, (d) => d.id);
    expect([byId({ id: 'a', text: 'xyz' }), byId({ id: 'a', text: 'longer text' })]).toEqual([3, 3]);
  });

  it('forgets everything once it holds its limit, so it never grows past it', () => {
    const calls: number[] = [];
    const square = memoiseBounded((n: number) => (calls.push(n), n * n), 2);
    [1, 2, 1, 3, 1].forEach((n) => square(n));
    // 1 and 2 fill it; 1 is remembered; 3 clears it; 1 is computed again.
    expect(calls).toEqual([1, 2, 3, 1]);
  });
});
