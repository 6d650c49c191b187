import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../app/endpoints.js';
import { hashApiKey } from '../config/api-key.js';
import { parseServerConfig } from '../config/server-config.js';
import { createOpenApiDocument } from './openapi-document.js';

const config = parseServerConfig({
  apiKeys: [{ id: 'erp', sha256: hashApiKey('k') }],
  maxBatchItems: 250,
})._unsafeUnwrap();
const document = createOpenApiDocument(ENDPOINTS, config);
const workers = JSON.parse(
  readFileSync(new URL('../../../../examples/data/workers.json', import.meta.url), 'utf8'),
);

function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsOf(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') out.push(inner);
      else refsOf(inner, out);
    }
  return out;
}

function schemaFor(name: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addSchema({ $id: 'doc', components: document.components } as object);
  return ajv.compile({ $ref: `doc#/components/schemas/${name}` });
}

describe('the OpenAPI 3.1 document', () => {
  it('lists every endpoint with its method, a bearer requirement, and /healthz without', () => {
    expect(document.openapi).toBe('3.1.0');
    for (const endpoint of ENDPOINTS)
      expect(document.paths[endpoint.path]?.[endpoint.method.toLowerCase()], endpoint.path).toBeDefined();
    expect(document.security).toEqual([{ bearer: [] }]);
    expect((document.paths['/healthz']?.get as { security: unknown } | undefined)?.security).toEqual([]);
  });

  it('resolves every $ref inside the document', () => {
    const refs = refsOf(document);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\//);
      expect(document.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
  });

  it('writes the batch limit into the description and dates as format: date', () => {
    const check = document.paths['/v1/recruitment/check']?.post as { description: string };
    expect(check.description).toContain('At most 250 items in `workers`');
    const request = document.components.schemas.CheckRecruitmentRequest as {
      properties: Record<string, unknown>;
    };
    expect(request.properties.asOf).toEqual({ type: 'string', format: 'date' });
  });

  it('accepts, as JSON Schema, the valid records of the example and refuses unknown fields and wrong types', () => {
    const validate = schemaFor('CheckRecruitmentRequest');
    const valid = workers.slice(0, 3);
    expect(validate({ asOf: '2026-11-22', workers: valid }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ asOf: '2026-11-22', workers: valid, verbose: true })).toBe(false);
    expect(validate({ asOf: 20261122, workers: valid })).toBe(false);
    // What JSON Schema cannot say: a float amount of minor units passes the schema (the server says 422).
    expect(validate({ asOf: '2026-11-22', workers: [workers[3]] })).toBe(true);
  });

  it('describes the query of GET endpoints as parameters', () => {
    const get = document.paths['/v1/reference-data']?.get as { parameters: unknown[] };
    expect(get.parameters).toEqual([
      { name: 'asOf', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
    ]);
  });
});
