import { CountryCode, SUBJECT_KINDS } from '@unforced/core';
import { z } from 'zod';
import { ScreeningIdentifier } from '../lists/screening-list.js';

/**
 * An entity to screen: a supplier, sub-supplier, facility or any party, with its `name` and any
 * `aliases` (trading names, former names, the name in another script), and optionally its ISO
 * `country`, `address` and `identifiers` as supporting evidence. `kind` is the kind of finding subject
 * it becomes (default `supplier`).
 *
 * @example
 * ```ts
 * ScreeningEntity.parse({ id: 'S-0042', name: '新疆华孚纺织有限公司', aliases: ['Huafu Textile'], country: 'CN' });
 * ```
 */
export const ScreeningEntity = z.strictObject({
  id: z.string().trim().min(1),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  country: CountryCode.optional(),
  address: z.string().optional(),
  identifiers: z.array(ScreeningIdentifier).default([]),
  kind: z.enum(SUBJECT_KINDS).default('supplier'),
});

/** An entity to screen, as validated. */
export type ScreeningEntity = z.output<typeof ScreeningEntity>;

/** An entity to screen as callers may write it. */
export type ScreeningEntityInput = z.input<typeof ScreeningEntity>;
