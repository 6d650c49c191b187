import { describe, expect, it } from 'vitest';
import { createRequestIdGenerator, isWellFormedRequestId } from './request-id.js';

describe('request ids', () => {
  it('counts from 1 after the prefix', () => {
    const next = createRequestIdGenerator('replica-a');
    expect([next(), next(), next()]).toEqual(['replica-a-1', 'replica-a-2', 'replica-a-3']);
  });

  it('draws a prefix of 8 hex digits when none is given', () => {
    expect(createRequestIdGenerator()()).toMatch(/^[0-9a-f]{8}-1$/);
  });

  it.each([
    ['0190f6a1-7c3e-7000-8000-000000000001', true],
    ['gw:req.42_a', true],
    ['x'.repeat(128), true],
    ['x'.repeat(129), false],
    ['', false],
    ['a b', false],
    ['a\nb', false],
    ['<script>', false],
  ])('%j well-formed: %s', (id, expected) => {
    expect(isWellFormedRequestId(id)).toBe(expected);
  });
});
