export interface InOrderOptions {
  /** Items being worked on at once. */
  concurrency: number;
  /** Finished items waiting for an earlier, slower one before they are yielded; bounds memory. */
  maxBuffered: number;
  /** Once aborted, no new item is started; the items already started are awaited and yielded. */
  signal?: AbortSignal;
}

/**
 * Runs `work` on the items, `concurrency` at a time, and yields the results in the items' order. A slow
 * item holds back only the yielding, not the work: the others go on (up to `maxBuffered` of them) while it
 * runs. Nothing started is abandoned, so stopping early never leaves an item half done.
 */
export async function* inOrder<Item, Result>(
  items: Iterable<Item>,
  work: (item: Item) => Promise<Result>,
  options: InOrderOptions,
): AsyncGenerator<Result> {
  const iterator = items[Symbol.iterator]();
  const results: (Promise<Result> | undefined)[] = [];
  let yielded = 0;
  let running = 0;
  let exhausted = false;
  const fill = () => {
    while (
      running < options.concurrency &&
      results.length - yielded < options.maxBuffered &&
      !exhausted &&
      !options.signal?.aborted
    ) {
      const next = iterator.next();
      if (next.done) {
        exhausted = true;
        return;
      }
      running++;
      // The callback runs before the promise settles, so by the time a result is awaited below, the
      // item that takes its place has already been started.
      const result = work(next.value).finally(() => {
        running--;
        fill();
      });
      // Awaited in order later; until then a rejection must not count as unhandled.
      result.catch(() => undefined);
      results.push(result);
    }
  };
  fill();
  while (yielded < results.length) {
    const result = await results[yielded]!;
    results[yielded++] = undefined;
    fill();
    yield result;
  }
}
