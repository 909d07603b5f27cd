import { describe, expect, it } from 'vitest';
import { loadInducedLexicon, loadUpToDateInducedLexicon } from '../../src/search/load-induced-lexicon.js';
import type { DispatchStore } from '../../src/store/dispatch-store.js';

/** A store that counts what it is asked to read and holds nothing to learn from. */
function countingStore(count: { value: number }) {
  const reads = { lists: 0 };
  const store = {
    countDispatches: async () => count.value,
    listDispatches: async () => {
      reads.lists += 1;
      return [];
    },
    getDispatches: async () => [],
  } as unknown as DispatchStore;
  return { store, reads };
}

describe('loadInducedLexicon', () => {
  it('learns again only once a hundredth of the store is new, in the background: the lexicon there is answers meanwhile', async () => {
    const count = { value: 1000 };
    const { store, reads } = countingStore(count);
    const first = await loadInducedLexicon(store);
    count.value = 1009;
    expect(await loadInducedLexicon(store)).toBe(first);
    expect(reads.lists).toBe(1);
    count.value = 1010;
    // the grown store starts a rebuild; this question is answered with the lexicon there is
    expect(await loadInducedLexicon(store)).toBe(first);
    expect(reads.lists).toBe(2);
    const second = await loadUpToDateInducedLexicon(store);
    expect(second).not.toBe(first);
    expect(reads.lists).toBe(2);
  });
});
