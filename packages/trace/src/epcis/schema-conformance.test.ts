import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { syntheticCottonChain } from '../example/synthetic-cotton-chain.js';
import { parseEpcisDocument } from '../parse/parse-epcis-document.js';
import { parseUntpCredential } from '../parse/parse-untp-credential.js';
import { EPCIS_EXAMPLE, EPCIS_MALFORMED } from '../testing/epcis-example.js';
import { UNTP_EXAMPLE } from '../testing/untp-example.js';
import { toEpcisDocument } from './to-epcis-document.js';

// The official schemas live beside the repository (CI checks out ../shared next to it).
const schemas = fileURLToPath(new URL('../../../../../shared/schemas/', import.meta.url));
const present = existsSync(`${schemas}gs1-epcis-2.0/EPCIS-JSON-Schema.json`);
const addFormats = formats as unknown as (ajv: Ajv) => Ajv;

function compile(path: string, draft2020: boolean): ValidateFunction {
  const schema = JSON.parse(readFileSync(`${schemas}${path}`, 'utf8')) as object;
  const ajv = draft2020
    ? new Ajv2020({ strict: false, allErrors: true })
    : new Ajv({ strict: false, allErrors: true });
  addFormats(ajv as Ajv);
  return ajv.compile(schema);
}

function errors(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe.skipIf(!present)('conformance with the official schemas', () => {
  const epcis = present ? compile('gs1-epcis-2.0/EPCIS-JSON-Schema.json', false) : undefined;
  const untp = present ? compile('untp-dte-v0.6.0/schema.json', true) : undefined;
  const creationDate = '2025-05-01T00:00:00Z';

  it('the hand-written EPCIS example and the synthetic chain are valid EPCIS 2.0', () => {
    expect(errors(epcis as ValidateFunction, EPCIS_EXAMPLE)).toEqual([]);
    expect(errors(epcis as ValidateFunction, syntheticCottonChain().epcisDocument)).toEqual([]);
  });

  it('the schema itself refuses the malformed example (so a pass above means something)', () => {
    expect(errors(epcis as ValidateFunction, EPCIS_MALFORMED).length).toBeGreaterThan(0);
  });

  it('the hand-written UNTP credential is valid UNTP DTE 0.6.0', () => {
    expect(errors(untp as ValidateFunction, UNTP_EXAMPLE)).toEqual([]);
    expect(
      errors(untp as ValidateFunction, { ...UNTP_EXAMPLE, issuer: { id: 'did:web:x' } }).length,
    ).toBeGreaterThan(0);
  });

  it('the EPCIS the package writes is valid EPCIS 2.0, from EPCIS, UNTP and the synthetic chain', () => {
    const chain = syntheticCottonChain();
    for (const input of [
      parseEpcisDocument(EPCIS_EXAMPLE)._unsafeUnwrap(),
      parseEpcisDocument(chain.epcisDocument)._unsafeUnwrap(),
      parseUntpCredential(UNTP_EXAMPLE)._unsafeUnwrap(),
    ]) {
      const written = toEpcisDocument(input.events, {
        creationDate,
        namespaces: { ext: 'https://example.com/ns/cotton#' },
      })._unsafeUnwrap();
      expect(errors(epcis as ValidateFunction, written.document)).toEqual([]);
      expect(written.skipped).toEqual(
        // The UNTP transaction names only a document type (an invoice), which EPCIS cannot carry.
        input.events.some((e) => e.id === 'https://example.com/events/untp/4')
          ? [expect.objectContaining({ index: 3 })]
          : [],
      );
    }
  });
});
