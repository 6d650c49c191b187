import {
  addCodedIssue,
  CountryCode,
  DecimalString,
  OrganisationIdentifiers,
  SubdivisionCode,
} from '@unforced/core';
import { z } from 'zod';
import { CommodityClass } from './commodity.js';

const Text = z.string().min(1);

function subdivisionMatches(
  value: { country: string; subdivision?: string | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.subdivision !== undefined && value.subdivision.slice(0, 2) !== value.country) {
    addCodedIssue(
      ctx,
      'INVALID_SUBDIVISION_CODE',
      `subdivision ${value.subdivision} is not in ${value.country}`,
      ['subdivision'],
    );
  }
}

/**
 * A party in the chain (a grower, gin, spinner, mill, garment maker, trader, carrier, importer),
 * identified by the URI events use for it (a PGLN such as `urn:epc:id:pgln:9521004.00000`, a DID,
 * a Digital Link). `aliases` feed entity screening.
 *
 * @example
 * ```ts
 * TraceParty.parse({ id: 'urn:epc:id:pgln:9521004.00000', name: 'Dong Nai Spinning JSC', country: 'VN', subdivision: 'VN-39' });
 * ```
 */
export const TraceParty = z
  .strictObject({
    id: Text,
    name: z.string().min(1).max(500),
    country: CountryCode,
    subdivision: SubdivisionCode.optional(),
    identifiers: OrganisationIdentifiers.optional(),
    aliases: z.array(Text).default([]),
    /** Roles the party plays by its own account (e.g. `importer`); roles seen in events are added. */
    roles: z.array(Text).default([]),
  })
  .superRefine(subdivisionMatches);
/** A party. */
export type TraceParty = z.output<typeof TraceParty>;

/**
 * A facility (business location) identified by the URI events use as `bizLocation` or `readPoint`
 * (an SGLN such as `urn:epc:id:sgln:9521004.00001.0`), with the party that runs it.
 *
 * @example
 * ```ts
 * TraceFacility.parse({ id: 'urn:epc:id:sgln:9521003.00001.0', partyId: 'urn:epc:id:pgln:9521003.00000', name: 'Gin', country: 'CN', subdivision: 'CN-XJ' });
 * ```
 */
export const TraceFacility = z
  .strictObject({
    id: Text,
    partyId: Text,
    name: z.string().min(1).max(500),
    country: CountryCode,
    subdivision: SubdivisionCode.optional(),
    identifiers: OrganisationIdentifiers.optional(),
    kind: Text.optional(),
  })
  .superRefine(subdivisionMatches);
/** A facility. */
export type TraceFacility = z.output<typeof TraceFacility>;

/**
 * A product class: its identifier (an EPC pattern such as `urn:epc:idpat:sgtin:9521004.020001.*`, a
 * Digital Link without lot such as `https://id.gs1.org/01/09521004200012`, or any id events use), its
 * commodity class, and the mass of one unit for products counted in metres, square metres or pieces.
 *
 * @example
 * ```ts
 * TraceProduct.parse({ id: 'urn:epc:idpat:sgtin:9521005.030001.*', name: 'Cotton poplin', commodity: 'fabric', massPerUnit: { MTR: '0.165' } });
 * ```
 */
export const TraceProduct = z.strictObject({
  id: Text,
  name: z.string().min(1).max(500),
  commodity: CommodityClass,
  /** The good's name on the DOL List of Goods, when the commodity's default does not fit. */
  dolGood: Text.optional(),
  /** Kilograms per unit, by UNECE Rec 20 code (e.g. `{ MTR: '0.165' }`, `{ H87: '0.25' }`). */
  massPerUnit: z.record(z.string().regex(/^[A-Z0-9]{2,3}$/), DecimalString).optional(),
});
/** A product class. */
export type TraceProduct = z.output<typeof TraceProduct>;

/**
 * Which product a lot is, for lot identifiers that do not encode their product class.
 *
 * @example
 * ```ts
 * LotRecord.parse({ id: 'LOT-77', productId: 'cotton-lint' });
 * ```
 */
export const LotRecord = z.strictObject({ id: Text, productId: Text });
/** A lot-to-product mapping. */
export type LotRecord = z.output<typeof LotRecord>;

/** Master data as a caller writes it; every record is validated on its own (see `parseMasterData`). */
export interface MasterDataInput {
  readonly parties?: readonly z.input<typeof TraceParty>[] | undefined;
  readonly facilities?: readonly z.input<typeof TraceFacility>[] | undefined;
  readonly products?: readonly z.input<typeof TraceProduct>[] | undefined;
  readonly lots?: readonly z.input<typeof LotRecord>[] | undefined;
}

/**
 * The envelope of master data: four lists, each record checked on its own so that one bad record
 * is reported and the others are used.
 *
 * @example
 * ```ts
 * MasterDataEnvelope.parse({ parties: [], facilities: [] });
 * ```
 */
export const MasterDataEnvelope = z.strictObject({
  parties: z.array(z.unknown()).optional(),
  facilities: z.array(z.unknown()).optional(),
  products: z.array(z.unknown()).optional(),
  lots: z.array(z.unknown()).optional(),
});
