import { z } from 'zod';
import { CountryCode } from '../codes/country-code.js';
import { SubdivisionCode } from '../codes/subdivision-code.js';
import { RecordId } from './record-id.js';
import { OrganisationIdentifiers } from './supplier.js';

/**
 * A site where work is done (a factory, farm, gin, warehouse, vessel), belonging to a supplier.
 *
 * @example
 * ```ts
 * Facility.parse({ id: 'FAC-1', supplierId: 'SUP-1', name: 'Klang plant 2', country: 'MY', subdivision: 'MY-10' });
 * ```
 */
export const Facility = z.strictObject({
  id: RecordId,
  supplierId: RecordId,
  name: z.string().min(1).max(500),
  country: CountryCode,
  subdivision: SubdivisionCode.optional(),
  address: z.string().min(1).optional(),
  kind: z.string().min(1).optional(),
  identifiers: OrganisationIdentifiers.optional(),
});

/** A facility. */
export type Facility = z.output<typeof Facility>;
