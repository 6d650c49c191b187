import { z } from 'zod';
import { CountryCode } from '../codes/country-code.js';
import { SubdivisionCode } from '../codes/subdivision-code.js';
import { Gln } from '../identifiers/gln.js';
import { Lei } from '../identifiers/lei.js';
import { OsId } from '../identifiers/os-id.js';
import { Money } from '../money/money.js';
import { RecordId } from './record-id.js';

/** The identifiers a supplier or facility may carry. Check digits are validated. */
export const OrganisationIdentifiers = z.strictObject({
  osId: OsId.optional(),
  lei: Lei.optional(),
  gln: Gln.optional(),
  /** A national company registration number, as printed; not validated. */
  registrationNumber: z.string().min(1).optional(),
});

/** Identifiers of an organisation. */
export type OrganisationIdentifiers = z.output<typeof OrganisationIdentifiers>;

const Share = z.number().min(0).max(1);

/**
 * Who works at a supplier, as far as the buyer knows: shares between 0 and 1. Each raises or lowers
 * inherent risk in the risk model (migrant and agency labour, seasonal work, employer housing and
 * piece rates are associated with forced-labour indicators).
 */
export const WorkforceProfile = z.strictObject({
  workers: z.number().int().nonnegative().optional(),
  migrantShare: Share.optional(),
  agencyShare: Share.optional(),
  seasonal: z.boolean().optional(),
  employerProvidedHousing: z.boolean().optional(),
  pieceRates: z.boolean().optional(),
});

/** A workforce profile. */
export type WorkforceProfile = z.output<typeof WorkforceProfile>;

/**
 * A supplier (the business a buyer contracts with). Sector and goods are free text matched against
 * reference data (e.g. the DOL List of Goods) by the risk model.
 *
 * @example
 * ```ts
 * Supplier.parse({ id: 'SUP-1', name: 'Klang Glove Sdn Bhd', country: 'MY', sector: 'rubber gloves', goods: ['Rubber gloves'] });
 * ```
 */
export const Supplier = z.strictObject({
  id: RecordId,
  name: z.string().min(1).max(500),
  country: CountryCode,
  subdivision: SubdivisionCode.optional(),
  sector: z.string().min(1).optional(),
  goods: z.array(z.string().min(1)).default([]),
  identifiers: OrganisationIdentifiers.optional(),
  facilityIds: z.array(RecordId).default([]),
  workforce: WorkforceProfile.optional(),
  /** Annual spend with the supplier, for ranking by exposure. */
  annualSpend: Money.optional(),
});

/** A supplier. */
export type Supplier = z.output<typeof Supplier>;
/** A supplier as callers may write it (defaults not yet applied). */
export type SupplierInput = z.input<typeof Supplier>;
