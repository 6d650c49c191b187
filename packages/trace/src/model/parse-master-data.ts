import { issuesFromZod, type UnforcedError, type UnforcedIssue, validate } from '@unforced/core';
import { ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { LotRecord, MasterDataEnvelope, TraceFacility, TraceParty, TraceProduct } from './master-data.js';

/** Validated master data: the good records of each list, and every problem with its path. */
export interface ParsedMasterData {
  readonly parties: readonly TraceParty[];
  readonly facilities: readonly TraceFacility[];
  readonly products: readonly TraceProduct[];
  readonly lots: readonly LotRecord[];
  /** One entry per refused record (its list, index and all its issues). */
  readonly invalid: readonly UnforcedIssue[];
}

function parseList<S extends z.ZodType<{ id: string }>>(
  schema: S,
  list: readonly unknown[] | undefined,
  name: string,
  invalid: UnforcedIssue[],
): z.output<S>[] {
  const out: z.output<S>[] = [];
  const seen = new Set<string>();
  (list ?? []).forEach((record, index) => {
    const parsed = schema.safeParse(record, { reportInput: true });
    if (!parsed.success) {
      invalid.push(...issuesFromZod(parsed.error.issues, [name, index]));
      return;
    }
    if (seen.has(parsed.data.id)) {
      invalid.push({
        code: 'DUPLICATE_ID',
        message: `${name} id "${parsed.data.id}" appears twice; the first is used`,
        path: [name, index, 'id'],
      });
      return;
    }
    seen.add(parsed.data.id);
    out.push(parsed.data);
  });
  return out;
}

/**
 * Validates master data record by record: a bad party, facility, product or lot record is reported
 * with its list, index and every issue path, and the rest is used. Only an envelope that is not an
 * object of lists is an error.
 *
 * @example
 * ```ts
 * const master = parseMasterData({ parties: [{ id: 'urn:epc:id:pgln:9521004.00000', name: 'Spinner', country: 'VN' }] });
 * master._unsafeUnwrap().parties.length; // 1
 * ```
 */
export function parseMasterData(input: unknown): Result<ParsedMasterData, UnforcedError> {
  return validate(MasterDataEnvelope, input ?? {}).andThen((envelope) => {
    const invalid: UnforcedIssue[] = [];
    const parties = parseList(TraceParty, envelope.parties, 'parties', invalid);
    const facilities = parseList(TraceFacility, envelope.facilities, 'facilities', invalid);
    const products = parseList(TraceProduct, envelope.products, 'products', invalid);
    const lots = parseList(LotRecord, envelope.lots, 'lots', invalid);
    return ok({ parties, facilities, products, lots, invalid });
  });
}
