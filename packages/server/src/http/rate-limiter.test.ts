import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('createRateLimiter', () => {
  it('allows a burst of `requests`, then refuses until a token comes back (60 per 60 s: one a second)', () => {
    let t = 0;
    const take = createRateLimiter({ requests: 60, windowSeconds: 60 }, () => t);
    for (let i = 0; i < 60; i += 1) expect(take('erp')).toEqual({ allowed: true });
    expect(take('erp')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    t = 999;
    expect(take('erp').allowed).toBe(false);
    t = 1000;
    expect(take('erp')).toEqual({ allowed: true });
    expect(take('erp').allowed).toBe(false);
  });

  it('says how long to wait: 2 per 60 s refills one token every 30 s', () => {
    let t = 0;
    const take = createRateLimiter({ requests: 2, windowSeconds: 60 }, () => t);
    take('erp');
    take('erp');
    expect(take('erp')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    t = 20_000; // two thirds of a token back: 10 s to go
    expect(take('erp')).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('keeps one bucket per key, and never holds more than `requests` tokens', () => {
    let t = 0;
    const take = createRateLimiter({ requests: 1, windowSeconds: 1 }, () => t);
    expect(take('a').allowed).toBe(true);
    expect(take('b').allowed).toBe(true);
    expect(take('a').allowed).toBe(false);
    t = 3_600_000;
    expect(take('a').allowed).toBe(true);
    expect(take('a').allowed).toBe(false);
  });
});
