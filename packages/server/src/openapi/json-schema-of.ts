import { IsoDate, IsoDateTime } from '@unforced/core';
import { z } from 'zod';

/** A JSON Schema (2020-12) object, as OpenAPI 3.1 embeds it. */
export type JsonSchema = { [key: string]: unknown };

function rewriteRefs(value: unknown, prefix: string): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, prefix));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')
        ? `#/components/schemas/${prefix}${inner.slice('#/$defs/'.length)}`
        : rewriteRefs(inner, prefix);
  }
  return out;
}

/**
 * The JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1) of a zod schema, through
 * `z.toJSONSchema`. `io` picks the request side (`input`: what a client may send, defaults optional)
 * or the response side (`output`). What JSON Schema cannot express is left out rather than guessed:
 * `superRefine` checks (calendar dates, check digits, cross-field rules) are not in the schema, and a
 * `transform`'s output is `{}` (any). Dates and date-times of `@unforced/core` get `format: date` and
 * `format: date-time`. Definitions that zod puts in `$defs` (recursive or reused schemas) are moved to
 * `components.schemas` under `prefix`, with their references rewritten, and returned in `defs`.
 *
 * @example
 * ```ts
 * jsonSchemaOf(z.strictObject({ asOf: AsOf }), 'input', 'Ref').schema;
 * // { type: 'object', properties: { asOf: { type: 'string', format: 'date' } }, required: ['asOf'], additionalProperties: false }
 * ```
 */
export function jsonSchemaOf(
  schema: z.ZodType,
  io: 'input' | 'output',
  prefix: string,
): { schema: JsonSchema; defs: Record<string, JsonSchema> } {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === IsoDate) ctx.jsonSchema.format = 'date';
      if (ctx.zodSchema === IsoDateTime) ctx.jsonSchema.format = 'date-time';
    },
  }) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = generated;
  const defs: Record<string, JsonSchema> = {};
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>))
    defs[`${prefix}${name}`] = rewriteRefs(def, prefix) as JsonSchema;
  return { schema: rewriteRefs(rest, prefix) as JsonSchema, defs };
}
