/**
 * Runs `start` on each item, keeping up to `ahead` items started beyond the one being consumed,
 * and yields the results in the items' order: while the caller stores one source, the next ones
 * are already being read and prepared.
 */
export async function* mapAhead<T, R>(items: readonly T[], ahead: number, start: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const started: Array<Promise<R>> = [];
  const launch = (index: number) => {
    const promise = start(items[index] as T, index);
    // A result not yet awaited must not count as an unhandled rejection; it is awaited in order below.
    promise.catch(() => {});
    started[index] = promise;
  };
  for (let index = 0; index < items.length; index += 1) {
    for (let next = index; next <= Math.min(items.length - 1, index + ahead); next += 1) {
      if (started[next] === undefined) launch(next);
    }
    const result = await (started[index] as Promise<R>);
    delete started[index];
    yield result;
  }
}
