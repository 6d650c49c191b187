import { Supplier, type UnforcedError } from '@unforced/core';
import { ok, type Result } from 'neverthrow';
import { loadTable } from '../input/load-table.js';
import { SUPPLIERS_TABLE } from '../input/tables/index.js';
import type { CliIo } from '../io.js';

/**
 * Facility ids → the supplier's name, from a suppliers file's `facility_ids` (for report titles);
 * an empty map without the file.
 *
 * @example
 * ```ts
 * const names = facilityNames(io, 'suppliers.csv'); // Map { 'FAC-MY-01' => { supplierName: 'Klang Valley Gloves Sdn Bhd' } }
 * ```
 */
export function facilityNames(
  io: CliIo,
  file: string | undefined,
): Result<Map<string, { supplierName: string; facilityName?: string }>, UnforcedError> {
  const names = new Map<string, { supplierName: string; facilityName?: string }>();
  if (file === undefined) return ok(names);
  return loadTable(file, io, SUPPLIERS_TABLE, Supplier).map((table) => {
    for (const { value } of table.rows)
      for (const facility of value.facilityIds)
        names.set(facility, {
          supplierName: value.name,
          facilityName: `${value.name}, facility ${facility}`,
        });
    return names;
  });
}
