/** Limits on one request (its redirects included). */
export interface FetchLimits {
  /** The whole attempt, redirects and body included. */
  timeoutMs: number;
  /** Refused from `Content-Length` before reading, and while reading when the header is missing or wrong. */
  maxBytes: number;
  maxRedirects: number;
}

export type Attempt =
  | { ok: true; body: Buffer; contentType: string }
  | {
      ok: false;
      reason: string;
      /** 429, 5xx, a network error or a timeout: another attempt may succeed. */
      retry: boolean;
      /** The `Retry-After` header of a 429 or 503. */
      retryAfter?: string;
    };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One GET of an image over http or https, redirects followed; never throws. */
export async function fetchOnce(url: string, limits: FetchLimits): Promise<Attempt> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const seen = new Set<string>([url]);
    let current = url;
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, {
        redirect: 'manual',
        signal: controller.signal,
        headers: { accept: 'image/*', 'user-agent': 'hashnode-tidy' },
      });
      if (REDIRECTS.has(response.status)) {
        await discard(response);
        const next = nextUrl(current, response.headers.get('location'));
        if (typeof next !== 'string') return { ok: false, reason: next.reason, retry: false };
        if (seen.has(next)) return { ok: false, reason: `redirect loop back to \`${next}\``, retry: false };
        if (redirects >= limits.maxRedirects) {
          return { ok: false, reason: `more than ${limits.maxRedirects} redirects`, retry: false };
        }
        seen.add(next);
        current = next;
        continue;
      }
      return await readImage(response, limits);
    }
  } catch (error) {
    if (controller.signal.aborted) {
      return { ok: false, reason: `no complete answer within ${seconds(limits.timeoutMs)}`, retry: true };
    }
    return { ok: false, reason: `network error (${networkCause(error)})`, retry: true };
  } finally {
    clearTimeout(timer);
  }
}

async function readImage(response: Response, limits: FetchLimits): Promise<Attempt> {
  if (!response.ok) {
    await discard(response);
    const retryAfter = response.headers.get('retry-after') ?? undefined;
    return {
      ok: false,
      reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      retry: response.status === 429 || response.status >= 500,
      ...(retryAfter === undefined ? {} : { retryAfter }),
    };
  }
  const contentType = response.headers.get('content-type')?.trim() ?? '';
  if (!/^image\//i.test(contentType)) {
    await discard(response);
    const served = contentType ? `\`${contentType}\`` : 'no content type';
    return { ok: false, reason: `served as ${served}, not as an image`, retry: false };
  }
  const tooLarge = {
    ok: false,
    reason: `larger than the ${size(limits.maxBytes)} limit`,
    retry: false,
  } as const;
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await discard(response);
    return { ...tooLarge, reason: `${size(declared)}, larger than the ${size(limits.maxBytes)} limit` };
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  return { ok: true, body: Buffer.concat(chunks, total), contentType };
}

/** The absolute http(s) URL a redirect leads to, or why it is not followed. */
function nextUrl(current: string, location: string | null): string | { reason: string } {
  if (!location) return { reason: 'redirect without a Location header' };
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    return { reason: `redirect to an invalid URL \`${location}\`` };
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') {
    return { reason: `redirect to \`${next.href}\`; only http and https are followed` };
  }
  return next.href;
}

async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

export function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`
    : `${Number((bytes / 1024).toFixed(1))} KB`;
}

function seconds(ms: number): string {
  return `${ms / 1000} s`;
}
