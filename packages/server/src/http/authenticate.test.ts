import { describe, expect, it } from 'vitest';
import { hashApiKey } from '../config/api-key.js';
import { createAuthenticator } from './authenticate.js';

const erp = { id: 'erp', sha256: hashApiKey('erp-key-1') };
const portal = { id: 'portal', sha256: hashApiKey('portal-key-2'), scopes: ['screening' as const] };

describe('createAuthenticator', () => {
  const authenticate = createAuthenticator([erp, portal]);

  it('finds the key whose SHA-256 matches the bearer token', () => {
    expect(authenticate('Bearer erp-key-1')).toBe(erp);
    expect(authenticate('bearer portal-key-2')).toBe(portal);
  });

  it.each([
    [undefined],
    [''],
    ['erp-key-1'],
    ['Basic ZXJwOmtleQ=='],
    ['Bearer '],
    ['Bearer erp-key-2'],
    ['Bearer erp-key-1 extra'],
    ['Bearer erp key'],
  ])('refuses %j', (header) => {
    expect(authenticate(header)).toBeUndefined();
  });

  it('hashes with SHA-256 (the digest of "test" is the well-known 9f86d081…)', () => {
    expect(hashApiKey('test')).toBe('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08');
  });
});
