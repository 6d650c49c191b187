import { CountryCode, IsoDate, SubdivisionCode } from '@unforced/core';
import { z } from 'zod';
import { FeeCapRule } from '../fee-caps/fee-cap-rule.js';

/**
 * zod schemas of the dataset shapes in `records.ts`, used to validate datasets that callers add or
 * substitute (for example the latest UFLPA Entity List they downloaded). Shipped data is generated and
 * checked at build time instead.
 */
export const DatasetMetaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  edition: z.string().min(1),
  publishedAt: IsoDate,
  retrievedAt: IsoDate,
  validAsOf: IsoDate,
  source: z.strictObject({
    publisher: z.string().min(1),
    url: z.string().min(1),
    via: z.string().min(1).optional(),
    files: z.array(z.strictObject({ path: z.string().min(1), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  }),
  licence: z.string().min(1),
  caveats: z.array(z.string().min(1)),
  refreshDays: z.number().int().positive(),
});

const Name = z.string().trim().min(1);

export const CountryRecordSchema = z.strictObject({
  alpha2: CountryCode,
  alpha3: z.string().regex(/^[A-Z]{3}$/),
  numeric: z.string().regex(/^\d{3}$/),
  name: Name,
  officialName: Name,
  region: z.string(),
  subRegion: z.string(),
  independent: z.boolean(),
});

export const SubdivisionRecordSchema = z.strictObject({
  code: SubdivisionCode,
  country: CountryCode,
  name: Name,
  localName: Name.optional(),
  category: Name,
});

export const TipTierRecordSchema = z.strictObject({
  country: CountryCode,
  countryAsPublished: Name,
  tier: z.enum(['tier-1', 'tier-2', 'tier-2-watch-list', 'tier-3']),
});

export const ListedGoodRecordSchema = z.strictObject({
  good: Name,
  sector: z.string(),
  country: CountryCode,
  countryAsPublished: Name,
  region: z.string(),
  childLabour: z.boolean(),
  forcedLabour: z.boolean(),
  forcedChildLabourEo13126: z.boolean(),
  derived: z.boolean(),
  derivedInputCountry: CountryCode.optional(),
});

export const Eo13126RecordSchema = z.strictObject({
  country: CountryCode,
  countryAsPublished: Name,
  product: Name,
});

export const UflpaEntityRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+:[a-z0-9-]+$/),
  name: Name,
  listedName: Name,
  aliases: z.array(
    z.strictObject({ name: Name, kind: z.enum(['also-known-as', 'formerly-known-as', 'acronym']) }),
  ),
  includesSubsidiaries: z.boolean(),
  listedOn: z.array(IsoDate).min(1),
  inferredBlocks: z.array(z.number().int()),
  sourceRows: z.array(z.number().int()),
  fixes: z.array(z.string()),
});

export const CbpWroRecordSchema = z.strictObject({
  index: z.number().int().nonnegative(),
  merchandise: Name,
  country: z.string().regex(/^[A-Z]{2}$/),
  status: Name,
  effectiveDate: IsoDate,
});

export const PrioritySectorRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: Name,
  keywords: z.array(z.string().min(1).toLowerCase()).min(1),
});

const NullableNumber = z.number().nullable();

export const GsiCountryRecordSchema = z.strictObject({
  country: CountryCode,
  countryAsPublished: Name,
  region: z.string(),
  population: NullableNumber,
  prevalencePerThousand: NullableNumber,
  estimatedNumber: NullableNumber,
  vulnerability: z.strictObject({
    governanceIssues: NullableNumber,
    lackOfBasicNeeds: NullableNumber,
    inequality: NullableNumber,
    disenfranchisedGroups: NullableNumber,
    effectsOfConflict: NullableNumber,
    total: NullableNumber,
  }),
  governmentResponse: z.strictObject({
    survivorsSupported: NullableNumber,
    criminalJustice: NullableNumber,
    coordination: NullableNumber,
    riskFactors: NullableNumber,
    supplyChains: NullableNumber,
    total: NullableNumber,
  }),
});

/** The schema of each dataset slot's records, by slot name. */
export const RECORD_SCHEMAS = {
  countries: CountryRecordSchema,
  subdivisions: SubdivisionRecordSchema,
  tipTiers: TipTierRecordSchema,
  listedGoods: ListedGoodRecordSchema,
  eo13126: Eo13126RecordSchema,
  uflpaEntities: UflpaEntityRecordSchema,
  cbpWro: CbpWroRecordSchema,
  feeCaps: FeeCapRule,
  uflpaPrioritySectors: PrioritySectorRecordSchema,
  gsi: GsiCountryRecordSchema,
} as const;
