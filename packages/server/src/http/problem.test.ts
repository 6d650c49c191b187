import { UnforcedError } from '@unforced/core';
import { describe, expect, it } from 'vitest';
import { jsonPointer, problem, problemFromError, statusForCode } from './problem.js';

describe('problem documents', () => {
  it.each([
    ['MALFORMED_JSON', 400],
    ['JSON_TOO_DEEP', 400],
    ['UNAUTHORIZED', 401],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
    ['METHOD_NOT_ALLOWED', 405],
    ['BODY_TOO_LARGE', 413],
    ['BATCH_TOO_LARGE', 413],
    ['UNSUPPORTED_MEDIA_TYPE', 415],
    ['INVALID_COUNTRY_CODE', 422],
    ['UNKNOWN_FIELD', 422],
    ['RATE_LIMITED', 429],
    ['INTERNAL', 500],
    ['REQUEST_TIMEOUT', 503],
  ] as const)('%s is %i', (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });

  it('escapes JSON Pointer segments (RFC 6901: ~ then /)', () => {
    expect(jsonPointer([])).toBe('');
    expect(jsonPointer(['workers', 3, 'a/b~c'])).toBe('/workers/3/a~1b~0c');
  });

  it('carries every issue of an SDK error with its path under the base path', () => {
    const error = new UnforcedError('VALIDATION_FAILED', 'two problems', {
      issues: [
        { code: 'INVALID_COUNTRY_CODE', message: 'not a country', path: [0, 'origin'] },
        { code: 'REQUIRED', message: 'is required', path: [1, 'id'] },
      ],
    });
    expect(problemFromError(error, ['workers'])).toEqual({
      type: 'urn:unforced:error:VALIDATION_FAILED',
      title: 'Validation failed',
      status: 422,
      code: 'VALIDATION_FAILED',
      detail: 'two problems',
      issues: [
        {
          code: 'INVALID_COUNTRY_CODE',
          path: ['workers', 0, 'origin'],
          pointer: '/workers/0/origin',
          message: 'not a country',
        },
        { code: 'REQUIRED', path: ['workers', 1, 'id'], pointer: '/workers/1/id', message: 'is required' },
      ],
    });
  });

  it('never passes on an internal message or its issues', () => {
    const internal = problemFromError(
      new UnforcedError('INTERNAL', 'TypeError: x is undefined at /srv/app.js:1'),
    );
    expect(internal.status).toBe(500);
    expect(internal.detail).not.toContain('TypeError');
    expect(internal.detail).not.toContain('/srv');
    expect(internal.issues).toEqual([]);
  });

  it('keeps the detail of a timeout (a 503 that is not an internal error)', () => {
    expect(problem('REQUEST_TIMEOUT', 'not answered within 10 ms').detail).toBe('not answered within 10 ms');
  });
});
