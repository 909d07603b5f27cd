/** Runs `work` over `items`, at most `width` at a time (a pool of `width` connections kept busy, no more). */
export async function eachLimited<T>(items: readonly T[], width: number, work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) await work(items[next++] as T);
  }));
}
