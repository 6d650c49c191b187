/** The outcome of asking the rate limiter for one request. */
export type RateDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly retryAfterSeconds: number };

/** A rate limit: `requests` per `windowSeconds`. */
export interface RateLimitSettings {
  readonly requests: number;
  readonly windowSeconds: number;
}

interface Bucket {
  tokens: number;
  last: number;
}

/**
 * A token-bucket rate limiter per key id: each key holds up to `requests` tokens, refilled evenly over
 * `windowSeconds`; a request takes one. Refused requests learn when the next token arrives (whole
 * seconds, at least 1), for `Retry-After`. The clock is injected (milliseconds, monotonic). State lives
 * in this process: with several replicas each has its own buckets.
 *
 * @example
 * ```ts
 * let t = 0;
 * const take = createRateLimiter({ requests: 2, windowSeconds: 60 }, () => t);
 * take('erp'); take('erp');
 * take('erp'); // { allowed: false, retryAfterSeconds: 30 }
 * ```
 */
export function createRateLimiter(
  limit: RateLimitSettings,
  now: () => number,
): (keyId: string) => RateDecision {
  const perMs = limit.requests / (limit.windowSeconds * 1000);
  const buckets = new Map<string, Bucket>();
  return (keyId) => {
    const t = now();
    const bucket = buckets.get(keyId) ?? { tokens: limit.requests, last: t };
    bucket.tokens = Math.min(limit.requests, bucket.tokens + Math.max(0, t - bucket.last) * perMs);
    bucket.last = t;
    buckets.set(keyId, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  };
}
