import { describe, expect, it } from 'vitest';
import { evalSetNames, loadEvalSetByName } from '../../eval/load-eval-set-by-name.js';

// `npm run eval` runs the sets of `evalSetNames` in this order and keys its JSON by these names; the eval
// tools take the same names.
describe('the eval sets by name', () => {
  it('lists the first set, then the fortnights oldest first, each name once', () => {
    expect(evalSetNames[0]).toBe('first');
    expect(evalSetNames[1]).toBe('fortnight');
    expect(evalSetNames.slice(2)).toEqual(evalSetNames.slice(2).map((_, i) => `fortnight${i + 2}`));
    expect(new Set(evalSetNames).size).toBe(evalSetNames.length);
  });

  it('loads every listed set, each with questions and dispatches of its own', () => {
    const loaded = evalSetNames.map((name) => loadEvalSetByName(name));
    for (const set of loaded) {
      expect(set.questions.length).toBeGreaterThan(0);
      expect(set.sources.length).toBeGreaterThan(0);
    }
    expect(new Set(loaded.map((set) => set.name)).size).toBe(loaded.length);
  });

  it('refuses a name it does not list, naming the names it takes', () => {
    expect(() => loadEvalSetByName('fortnight99')).toThrow(/unknown eval set fortnight99: use first, fortnight, fortnight2/);
  });
});
