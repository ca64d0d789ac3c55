import { setTimeout as sleep } from 'node:timers/promises';
import type { Attempt } from './fetch-image.js';

export interface RetryPolicy {
  /** Attempts after the first. */
  retries: number;
  /** The first wait; each later one doubles. */
  retryDelayMs: number;
  /** A longer `Retry-After` is not waited for: the image fails at once. */
  maxRetryAfterMs: number;
}

/** Runs `attempt` until it succeeds, fails for good, or the retries are spent. */
export async function withRetries(
  attempt: () => Promise<Attempt>,
  policy: RetryPolicy,
  wait: (ms: number) => Promise<unknown> = sleep,
): Promise<Attempt> {
  for (let tried = 0; ; tried++) {
    const result = await attempt();
    if (result.ok || !result.retry) return result;
    if (tried === policy.retries) {
      return tried === 0 ? result : { ...result, reason: `${result.reason} (${tried + 1} attempts)` };
    }
    const asked = retryAfterMs(result.retryAfter);
    if (asked !== undefined && asked > policy.maxRetryAfterMs) {
      return {
        ...result,
        retry: false,
        reason: `${result.reason}, Retry-After ${asked / 1000} s is longer than the ${policy.maxRetryAfterMs / 1000} s it waits`,
      };
    }
    await wait(asked ?? policy.retryDelayMs * 2 ** tried);
  }
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(header: string | undefined, now = Date.now()): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
