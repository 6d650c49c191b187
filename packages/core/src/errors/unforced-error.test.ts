import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from './error-codes.js';
import {
  errorFromIssues,
  formatPath,
  isUnforcedError,
  toUnforcedError,
  UnforcedError,
} from './unforced-error.js';

describe('UnforcedError', () => {
  it('carries name, code, message, path, issues and cause', () => {
    const cause = new Error('boom');
    const error = new UnforcedError('CURRENCY_MISMATCH', 'cannot add', { path: ['a', 0], cause });
    expect(error.name).toBe('UnforcedError');
    expect(error.code).toBe('CURRENCY_MISMATCH');
    expect(error.path).toEqual(['a', 0]);
    expect(error.issues).toEqual([{ code: 'CURRENCY_MISMATCH', message: 'cannot add', path: ['a', 0] }]);
    expect(error.cause).toBe(cause);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'UnforcedError',
      code: 'CURRENCY_MISMATCH',
      message: 'cannot add',
      path: ['a', 0],
      issues: [{ code: 'CURRENCY_MISMATCH', message: 'cannot add', path: ['a', 0] }],
    });
  });

  it('is recognised across package copies by shape, not instanceof', () => {
    const foreign = { name: 'UnforcedError', code: 'INVALID_DATE', message: 'x', path: [], issues: [] };
    expect(isUnforcedError(foreign)).toBe(true);
    expect(isUnforcedError(new Error('x'))).toBe(false);
    expect(isUnforcedError({ name: 'UnforcedError', code: 'NOT_A_CODE', path: [], issues: [] })).toBe(false);
    expect(isUnforcedError(null)).toBe(false);
  });

  it('wraps unknown throwables with their cause', () => {
    const wrapped = toUnforcedError(new TypeError('bad'), 'INVALID_FORMAT', ['x']);
    expect(wrapped.code).toBe('INVALID_FORMAT');
    expect(wrapped.message).toBe('bad');
    expect(wrapped.cause).toBeInstanceOf(TypeError);
    expect(toUnforcedError('text').code).toBe('INTERNAL');
    const original = new UnforcedError('INVALID_DATE', 'd');
    expect(toUnforcedError(original)).toBe(original);
  });

  it('summarises several issues under a common code, or VALIDATION_FAILED', () => {
    const same = errorFromIssues([
      { code: 'INVALID_DATE', message: 'a', path: ['x'] },
      { code: 'INVALID_DATE', message: 'b', path: ['y'] },
    ]);
    expect(same.code).toBe('INVALID_DATE');
    expect(same.issues).toHaveLength(2);
    const mixed = errorFromIssues([
      { code: 'INVALID_DATE', message: 'a', path: ['x'] },
      { code: 'REQUIRED', message: 'b', path: ['y', 2, 'z'] },
    ]);
    expect(mixed.code).toBe('VALIDATION_FAILED');
    expect(mixed.message).toBe('x: a; y[2].z: b');
  });

  it('formats paths', () => {
    expect(formatPath([])).toBe('(root)');
    expect(formatPath(['workers', 3, 'contract', 'language'])).toBe('workers[3].contract.language');
  });

  it('declares every code as its own value', () => {
    for (const [key, value] of Object.entries(ERROR_CODES)) expect(key).toBe(value);
    expect(isErrorCode('DUPLICATE_ID')).toBe(true);
    expect(isErrorCode('nope')).toBe(false);
  });
});
