/**
 * A pure function remembered by a key of its argument (the argument itself by default), at most
 * `limit` results, all forgotten at once when full: a question reads the same dispatches, cities
 * and story texts again, and a long-running process must not grow without bound.
 */
export function memoiseBounded<A, V, K = A>(compute: (argument: A) => V, limit: number, keyOf: (argument: A) => K = (argument) => argument as unknown as K): (argument: A) => V {
  const remembered = new Map<K, V>();
  return (argument) => {
    const key = keyOf(argument);
    // One lookup for a remembered value; `has` only for a remembered undefined.
    const known = remembered.get(key);
    if (known !== undefined || remembered.has(key)) return known as V;
    const value = compute(argument);
    if (remembered.size >= limit) remembered.clear();
    remembered.set(key, value);
    return value;
  };
}
