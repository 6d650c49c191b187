import { ERROR_CODES } from '@unforced/core';
import type { JsonSchema } from './json-schema-of.js';

/**
 * The JSON Schema of the server's RFC 9457 problem documents (`application/problem+json`).
 *
 * @example
 * ```ts
 * PROBLEM_SCHEMA.required; // ['type', 'title', 'status', 'code', 'detail', 'issues']
 * ```
 */
export const PROBLEM_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'An RFC 9457 problem document with the SDK error code and every invalid path.',
  properties: {
    type: { type: 'string', description: '`urn:unforced:error:<code>`' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string', enum: Object.keys(ERROR_CODES) },
    detail: { type: 'string' },
    issues: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string', enum: Object.keys(ERROR_CODES) },
          path: { type: 'array', items: { type: ['string', 'integer'] } },
          pointer: { type: 'string', description: 'RFC 6901 JSON Pointer into the request body' },
          message: { type: 'string' },
        },
        required: ['code', 'path', 'pointer', 'message'],
      },
    },
  },
  required: ['type', 'title', 'status', 'code', 'detail', 'issues'],
};
