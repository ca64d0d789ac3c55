/**
 * Runs `work` on each item with at most `ahead` items in flight, and yields the results in the items'
 * order as soon as each one and all before it are done. Stops taking new items once `signal` aborts;
 * the items already started are still awaited and yielded, so nothing is left half done.
 */
export async function* inOrder<Item, Result>(
  items: Iterable<Item>,
  work: (item: Item) => Promise<Result>,
  options: { ahead: number; signal?: AbortSignal },
): AsyncGenerator<Result> {
  const iterator = items[Symbol.iterator]();
  const started: Promise<Result>[] = [];
  const startNext = () => {
    if (options.signal?.aborted) return false;
    const next = iterator.next();
    if (next.done) return false;
    const promise = work(next.value);
    // Results are awaited in order; until then a rejection must not count as unhandled.
    promise.catch(() => undefined);
    started.push(promise);
    return true;
  };
  while (started.length < options.ahead && startNext());
  while (started.length > 0) {
    const result = await started.shift()!;
    startNext();
    yield result;
  }
}
