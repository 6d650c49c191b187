/**
 * Determinism guard for the performance work on @unforced/recruitment: a fixed, seeded synthetic
 * workforce (the benchmark's generator) and the bundled example data are checked, and the SHA-256 of the
 * serialised output is compared with the value recorded before the hot paths were optimised. Any change
 * to a finding, an assessment, a facility result, an error or the order of any of them changes the hash.
 * If a deliberate change to the checks' results is made, recompute the values and say so in the commit.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkParsedWorkers, checkRecruitment, parseWorkers } from '@unforced/recruitment';
import { describe, expect, it } from 'vitest';
import { syntheticFxRates, syntheticWorkers } from '../bench/recruitment-synthetic.js';

const sha256 = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const data = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../examples/data/${name}`, import.meta.url)), 'utf8'));

const AS_OF = '2026-11-22';
const COUNT = 3_000;

/** The seeded workforce (seed 424,242), validated. */
function synthetic() {
  return parseWorkers(syntheticWorkers(COUNT, 424_242))._unsafeUnwrap();
}

describe('recruitment output is unchanged by the performance work', () => {
  it('whole report for 3,000 seeded synthetic workers', () => {
    const report = checkParsedWorkers(synthetic(), {
      asOf: AS_OF,
      fxRates: syntheticFxRates(),
    })._unsafeUnwrap();
    expect(report.workers.length).toBe(COUNT);
    expect(sha256(report)).toBe('7283bee9b3514ef96e5ec9314747f46a7eb9d9713d3f8292a50426f2b71cd272');
  });

  it('streamed to a sink: each worker, then the report', () => {
    const streamed: unknown[] = [];
    const report = checkParsedWorkers(
      synthetic(),
      { asOf: AS_OF, fxRates: syntheticFxRates() },
      { worker: (assessment, findings) => streamed.push([assessment, findings]) },
    )._unsafeUnwrap();
    expect(streamed.length).toBe(COUNT);
    expect(sha256([streamed, report])).toBe(
      '54288d49283d94fa9293c9c56d32e8d20ae96fde1142a02823248b68fb654c5e',
    );
  });

  it('with some FX rates missing (partial assessments and issues)', () => {
    const fxRates = syntheticFxRates().filter((_, i) => i % 4 !== 1);
    const report = checkParsedWorkers(synthetic(), { asOf: AS_OF, fxRates })._unsafeUnwrap();
    expect(report.errors.length).toBeGreaterThan(0);
    expect(sha256(report)).toBe('e4de01a0725691e132e284e69d5978c09fff3fa46dee4b3f67de2c85daef447c');
  });

  it('the bundled example workforce (examples/data)', () => {
    const report = checkRecruitment(data('workers.json'), {
      asOf: AS_OF,
      fxRates: data('fx-rates.json') as never,
    })._unsafeUnwrap();
    expect(sha256(report)).toBe('8dd2b5953fd1f2b96a66aa55e0ffe1a9b4aad8c16890a3ad392d890e5c493692');
  });
});
