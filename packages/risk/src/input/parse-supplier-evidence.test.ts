import { issuesFromZod } from '@unforced/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { supplierEvidenceArb } from '../__fixtures__/arbitraries.js';
import { GLOVE_MAKER } from '../__fixtures__/suppliers.js';
import { parseSupplierEvidence } from './parse-supplier-evidence.js';
import { SupplierEvidence } from './supplier-evidence.js';

const viaSchema = (input: unknown) => {
  const parsed = SupplierEvidence.safeParse(input, { reportInput: true });
  return parsed.success ? { ok: parsed.data } : { err: issuesFromZod(parsed.error.issues) };
};
const viaParser = (input: unknown) => {
  const parsed = parseSupplierEvidence(input);
  return parsed.isOk() ? { ok: parsed.value } : { err: parsed.error };
};

describe('parseSupplierEvidence agrees with the SupplierEvidence schema', () => {
  it('on valid input', () => {
    fc.assert(
      fc.property(supplierEvidenceArb, (input) => {
        const parsed = viaParser(input);
        // The arbitraries make valid evidence: were it refused, both sides could agree on errors alone.
        expect(parsed.err).toBeUndefined();
        expect(parsed).toEqual(viaSchema(input));
      }),
      { seed: 5, numRuns: 200 },
    );
  });

  it.each([
    ['not an object', 42],
    ['no supplier', { findings: [] }],
    ['an unknown field', { ...GLOVE_MAKER, notes: 'x' }],
    [
      'a bad supplier and a bad audit',
      { ...GLOVE_MAKER, supplier: { id: ' S', name: '', country: 'ZZ' }, auditFindings: [{ id: 'A' }] },
    ],
    ['a list that is not an array', { ...GLOVE_MAKER, grievances: {} }],
    ['a bad volume', { ...GLOVE_MAKER, volume: { quantity: -1 } }],
  ])('on bad input: %s', (_label, input) => {
    const parser = viaParser(input);
    const schema = viaSchema(input);
    expect(parser.ok).toBeUndefined();
    expect(parser.err?.map((i) => [i.code, i.path.join('.')]).sort()).toEqual(
      schema.err?.map((i) => [i.code, i.path.join('.')]).sort(),
    );
  });
});
