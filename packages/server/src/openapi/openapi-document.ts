import packageJson from '../../package.json' with { type: 'json' };
import type { Endpoint } from '../app/endpoint.js';
import type { ServerConfig } from '../config/server-config.js';
import { PROBLEM_MEDIA_TYPE } from '../http/problem.js';
import { type JsonSchema, jsonSchemaOf } from './json-schema-of.js';
import { PROBLEM_SCHEMA } from './problem-schema.js';

const problemRef = { $ref: '#/components/schemas/Problem' };
const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_MEDIA_TYPE]: { schema: problemRef } },
});

function errorResponses(endpoint: Endpoint): Record<string, unknown> {
  const responses: Record<string, unknown> = {
    '401': problemResponse('No valid API key (`UNAUTHORIZED`).'),
    '403': problemResponse('The key is not scoped to this endpoint (`FORBIDDEN`).'),
    '422': problemResponse('The input is invalid: every issue with its code and path.'),
    '429': problemResponse('Rate limited (`RATE_LIMITED`); see `Retry-After`.'),
    '500': problemResponse('Internal error (`INTERNAL`); nothing more is said.'),
    '503': problemResponse('Not answered within the timeout (`REQUEST_TIMEOUT`).'),
  };
  if (endpoint.method === 'POST') {
    responses['400'] = problemResponse(
      'Not well-formed JSON (`MALFORMED_JSON`) or nested too deep (`JSON_TOO_DEEP`).',
    );
    responses['413'] = problemResponse(
      'Body too large (`BODY_TOO_LARGE`) or batch too large (`BATCH_TOO_LARGE`).',
    );
    responses['415'] = problemResponse('Not `application/json` (`UNSUPPORTED_MEDIA_TYPE`).');
  }
  return responses;
}

function successResponse(endpoint: Endpoint, schemas: Record<string, JsonSchema>, name: string) {
  const mediaTypes = endpoint.responseMediaTypes ?? ['application/json'];
  const content: Record<string, unknown> = {};
  for (const mediaType of mediaTypes) {
    if (mediaType !== 'application/json') {
      content[mediaType] = { schema: { type: 'string', contentMediaType: mediaType } };
      continue;
    }
    if (endpoint.response === undefined) {
      content[mediaType] = { schema: {} };
      continue;
    }
    const { schema, defs } = jsonSchemaOf(endpoint.response, 'output', `${name}Response`);
    Object.assign(schemas, defs);
    schemas[`${name}Response`] = schema;
    content[mediaType] = { schema: { $ref: `#/components/schemas/${name}Response` } };
  }
  return { description: 'The result, as the SDK returns it.', content };
}

function operation(endpoint: Endpoint, schemas: Record<string, JsonSchema>, config: ServerConfig) {
  const name = endpoint.operationId.charAt(0).toUpperCase() + endpoint.operationId.slice(1);
  const { schema, defs } = jsonSchemaOf(endpoint.documented ?? endpoint.input, 'input', `${name}Request`);
  Object.assign(schemas, defs);
  const batch =
    endpoint.batchFields.length === 0
      ? ''
      : ` At most ${config.maxBatchItems} items in ${endpoint.batchFields.map((p) => `\`${p.join('.')}\``).join(', ')}.`;
  const base = {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: `${endpoint.description}${batch}`,
    tags: [endpoint.scope],
    responses: { '200': successResponse(endpoint, schemas, name), ...errorResponses(endpoint) },
  };
  if (endpoint.method === 'GET') {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema.required ?? []) as string[]);
    const parameters = Object.entries(properties).map(([parameter, parameterSchema]) => ({
      name: parameter,
      in: 'query',
      required: required.has(parameter),
      schema: parameterSchema,
    }));
    return { ...base, parameters };
  }
  schemas[`${name}Request`] = schema;
  return {
    ...base,
    requestBody: {
      required: true,
      content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}Request` } } },
    },
  };
}

/**
 * The OpenAPI 3.1 document of the server, generated from the zod schemas of its endpoints (the same
 * schemas the SDK validates with; see {@link jsonSchemaOf} for what JSON Schema cannot express). The
 * limits of the configuration (batch size) are written into the descriptions.
 *
 * @example
 * ```ts
 * createOpenApiDocument(ENDPOINTS, config).openapi; // '3.1.0'
 * ```
 */
export function createOpenApiDocument(endpoints: readonly Endpoint[], config: ServerConfig) {
  const schemas: Record<string, JsonSchema> = { Problem: PROBLEM_SCHEMA };
  const paths: Record<string, Record<string, unknown>> = {
    '/healthz': {
      get: {
        operationId: 'getHealth',
        summary: 'Liveness',
        description: 'Answers `{ "status": "ok" }`, or 503 `{ "status": "closing" }` while shutting down.',
        security: [],
        responses: { '200': { description: 'The server is up.' }, '503': { description: 'Shutting down.' } },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        description: 'Any valid API key may read it, whatever its scopes.',
        responses: {
          '200': { description: 'The OpenAPI 3.1 document.' },
          '401': problemResponse('No valid API key (`UNAUTHORIZED`).'),
        },
      },
    },
  };
  for (const endpoint of endpoints) {
    paths[endpoint.path] = {
      ...paths[endpoint.path],
      [endpoint.method.toLowerCase()]: operation(endpoint, schemas, config),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Unforced validator API',
      version: packageJson.version,
      description:
        'The checks of the Unforced forced-labour due-diligence SDK over HTTP. Errors are RFC 9457 problem documents.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'An API key.' } },
      schemas,
    },
  };
}
