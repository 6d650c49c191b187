import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScreeningEntity } from '../screen/screening-entity.js';
import { plainEntity } from './screening-index.js';

// `plainEntity` reads simple entities without zod; it must give exactly what zod gives, or leave the
// input to zod (undefined).
function agreesWithZod(input: unknown): void {
  const fast = plainEntity(input);
  if (fast === undefined) return;
  const parsed = ScreeningEntity.safeParse(input);
  expect(parsed.success).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
}

describe('plainEntity (the entity read without zod)', () => {
  it('reads simple entities as zod does', () => {
    const inputs: unknown[] = [
      { id: 'S-1', name: 'Huafu Textile' },
      { id: '  S-2  ', name: '' },
      { id: 'S-3', name: 'x', aliases: ['a', 'b'], country: 'CN', address: 'No. 1 Road', kind: 'facility' },
      { id: 'S-4', name: 'x', country: undefined, aliases: undefined },
      Object.assign(Object.create(null), { id: 'S-5', name: 'x' }),
    ];
    for (const input of inputs) {
      expect(plainEntity(input)).toBeDefined();
      agreesWithZod(input);
    }
  });

  it('leaves everything else to zod', () => {
    class Supplier {
      id = 'S-1';
      name = 'x';
    }
    const inputs: unknown[] = [
      null,
      'S-1',
      ['S-1'],
      { id: '', name: 'x' },
      { id: '   ', name: 'x' },
      { id: 'S-1' },
      { id: 'S-1', name: 'x', extra: 1 },
      { id: 'S-1', name: 'x', aliases: [1] },
      // biome-ignore lint/suspicious/noSparseArray: a hole in the aliases is not a string
      { id: 'S-1', name: 'x', aliases: [, 'a'] },
      { id: 'S-1', name: 'x', country: 'ZZ' },
      { id: 'S-1', name: 'x', kind: 'planet' },
      { id: 'S-1', name: 'x', identifiers: [] },
      { id: 'S-1', name: 'x', [Symbol('s')]: 1 },
      new Supplier(),
    ];
    for (const input of inputs) expect(plainEntity(input)).toBeUndefined();
  });

  it('agrees with zod on generated objects', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('CN', 'US', 'XK', 'ZZ', 'cn', 'supplier', 'facility', ' ', ''),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
      fc.integer(),
      fc.constant(undefined),
      fc.constant(null),
    );
    const key = fc.constantFrom(
      'id',
      'name',
      'aliases',
      'country',
      'address',
      'kind',
      'identifiers',
      'other',
    );
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 7 }), (input) => {
        agreesWithZod(input);
      }),
      { seed: 20261122, numRuns: 2_000 },
    );
  });
});
