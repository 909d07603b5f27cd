/** Sets of the key lists compared, built once per list: a stored candidate is compared with many new dispatches. */
const sets = new WeakMap<readonly string[], Set<string>>();

export function setOf(list: readonly string[]): Set<string> {
  let set = sets.get(list);
  if (set === undefined) {
    set = new Set(list);
    sets.set(list, set);
  }
  return set;
}

/** Below this many pairs two lists are compared directly: no sets to build or keep for short key lists. */
const DIRECT_PAIRS = 256;

/** The items of `a` also in `b` (feature lists hold distinct items), passed to `each`; returns how many. */
export function forShared(a: readonly string[], b: readonly string[], each?: (item: string) => void): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  if (a.length * b.length <= DIRECT_PAIRS) {
    for (const item of a) {
      if (!b.includes(item)) continue;
      shared += 1;
      each?.(item);
    }
    return shared;
  }
  const setA = setOf(a);
  const setB = setOf(b);
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  for (const item of small) {
    if (!large.has(item)) continue;
    shared += 1;
    each?.(item);
  }
  return shared;
}
