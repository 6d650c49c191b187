import type { DatasetMeta } from '../datasets/records.js';
import { FeeCapRule, type FeeCapRuleInput } from './fee-cap-rule.js';

/** Provenance of the legal fee-cap rules. */
export const feeCapRulesMeta: DatasetMeta = {
  id: 'recruitment-fee-caps',
  title: 'Legal recruitment-fee caps in origin countries',
  edition: 'Unforced compilation 2026-11 (from STANDARDS.md)',
  publishedAt: '2026-11-22',
  retrievedAt: '2026-11-22',
  validAsOf: '2026-11-22',
  source: {
    publisher: 'Unforced maintainers, compiled from public secondary sources on national law',
    url: 'https://github.com/unforced/unforced/blob/main/docs/data-sources.md#recruitment-fee-caps',
    via: '../shared/STANDARDS.md, "Legal recruitment-fee caps in origin countries"',
    files: [],
  },
  licence: 'Compilation under Apache-2.0; the laws cited are public.',
  caveats: [
    'Rules marked verify rest on secondary sources and must be checked against the primary legal text.',
    'A legal cap is not a standard of good practice: the Employer Pays Principle and RBA Code 8.0 require zero.',
    "Ceilings change; Myanmar's are volatile. Replace this dataset with your counsel's reading where it differs.",
  ],
  refreshDays: 365,
};

const PHILIPPINES_FEE_BANNING_DESTINATIONS = ['GB', 'IE', 'NO', 'NL', 'US', 'NZ'];
const NEPAL_FVFT_DESTINATIONS = ['MY', 'QA', 'SA', 'AE', 'KW', 'BH', 'OM'];
const STANDARDS_MD = 'Unforced STANDARDS.md, legal recruitment-fee caps table';

const rules: FeeCapRuleInput[] = [
  {
    id: 'ph-placement-fee-one-month',
    origin: 'PH',
    destinations: 'any',
    excludedDestinations: [...PHILIPPINES_FEE_BANNING_DESTINATIONS, 'CA'],
    occupations: 'any',
    excludedOccupations: ['domestic-work', 'seafaring'],
    covers: 'recruitment-fees',
    cap: { kind: 'months-of-wage', months: '1' },
    conditions: ['with an official receipt', 'collected only after the employment contract is signed'],
    legalBasis:
      "Philippines POEA/DMW rules for land-based overseas workers: placement fee of at most one month's basic salary",
    source: STANDARDS_MD,
    confidence: 'high',
  },
  {
    id: 'ph-no-fee-domestic-workers-seafarers',
    origin: 'PH',
    destinations: 'any',
    occupations: ['domestic-work', 'seafaring'],
    covers: 'recruitment-fees',
    cap: { kind: 'zero' },
    legalBasis: 'Philippines POEA/DMW rules: no placement fee for household service workers and seafarers',
    source: STANDARDS_MD,
    confidence: 'high',
  },
  {
    id: 'ph-no-fee-banning-destinations',
    origin: 'PH',
    destinations: PHILIPPINES_FEE_BANNING_DESTINATIONS,
    occupations: 'any',
    covers: 'recruitment-fees',
    cap: { kind: 'zero' },
    legalBasis:
      "Philippines POEA/DMW rules: no placement fee where the destination's law forbids charging workers",
    source: STANDARDS_MD,
    confidence: 'high',
  },
  {
    id: 'ph-no-fee-canadian-provinces',
    origin: 'PH',
    destinations: ['CA'],
    occupations: 'any',
    covers: 'recruitment-fees',
    cap: { kind: 'zero' },
    appliesTo: 'workers bound for Canadian provinces whose law forbids charging workers fees',
    legalBasis:
      'Philippines POEA/DMW rules: no placement fee where the destination\'s law forbids it ("several Canadian provinces")',
    source: STANDARDS_MD,
    confidence: 'low',
    verify: true,
    notes:
      'STANDARDS.md does not name the provinces; check the province of employment before relying on this rule.',
  },
  {
    id: 'np-free-visa-free-ticket',
    origin: 'NP',
    destinations: NEPAL_FVFT_DESTINATIONS,
    occupations: 'any',
    covers: 'recruitment-fees',
    cap: { kind: 'amount', amount: { amountMinor: 1_000_000, currency: 'NPR' } },
    employerPaysItems: ['visa', 'air ticket'],
    effectiveFrom: '2015-07-06',
    legalBasis:
      'Nepal Government "Free Visa Free Ticket" decision (in force 6 July 2015): employer pays visa and ticket; agency service charge at most NPR 10,000',
    source: STANDARDS_MD,
    confidence: 'high',
  },
  {
    id: 'bd-saudi-arabia-male-2016',
    origin: 'BD',
    destinations: ['SA'],
    occupations: 'any',
    covers: 'recruitment-fees-and-related-costs',
    cap: { kind: 'amount', amount: { amountMinor: 16_500_000, currency: 'BDT' } },
    appliesTo: 'male workers',
    legalBasis:
      'Government of Bangladesh migration-cost ceiling for Saudi Arabia (male workers), 2016: Tk 165,000',
    source: STANDARDS_MD,
    confidence: 'medium',
    notes:
      'The date in 2016 from which the ceiling applies is not recorded here, so no start date is applied.',
  },
  {
    id: 'bd-malaysia-2022',
    origin: 'BD',
    destinations: ['MY'],
    occupations: 'any',
    covers: 'recruitment-fees-and-related-costs',
    cap: { kind: 'amount', amount: { amountMinor: 7_899_000, currency: 'BDT' } },
    legalBasis: 'Government of Bangladesh migration-cost ceiling for Malaysia, 2022: Tk 78,990',
    source: STANDARDS_MD,
    confidence: 'medium',
    notes:
      'The date in 2022 from which the ceiling applies is not recorded here, so no start date is applied.',
  },
  {
    id: 'id-law-18-2017-art-30',
    origin: 'ID',
    destinations: 'any',
    occupations: 'any',
    covers: 'recruitment-fees',
    cap: { kind: 'zero' },
    legalBasis:
      'Indonesia Law 18/2017 on the Protection of Indonesian Migrant Workers, Art. 30: workers may not be charged placement costs',
    source: STANDARDS_MD,
    confidence: 'medium',
  },
  {
    id: 'id-bp2mi-9-2020-zero-cost',
    origin: 'ID',
    destinations: 'any',
    occupations: ['domestic-work', 'caregiving', 'driving', 'agriculture', 'fishing'],
    covers: 'recruitment-fees-and-related-costs',
    cap: { kind: 'zero' },
    legalBasis:
      'BP2MI Regulation 9/2020 on exemption from placement costs: zero cost for ten occupations (housekeeper, baby sitter, elderly caretaker, cook, family driver, gardener, child caretaker, farm and plantation workers, fishing-vessel crew)',
    source: STANDARDS_MD,
    confidence: 'medium',
    verify: true,
    notes:
      'The occupation list is marked [verify] in STANDARDS.md; it is mapped here onto Unforced occupation groups.',
  },
  {
    id: 'vn-law-69-2020-service-fee',
    origin: 'VN',
    destinations: 'any',
    excludedDestinations: ['JP'],
    occupations: 'any',
    excludedOccupations: ['seafaring'],
    covers: 'recruitment-fees',
    cap: { kind: 'months-of-wage', months: '1', perContractMonths: 12 },
    legalBasis:
      "Vietnam Law 69/2020/QH14 on Vietnamese Guest Workers: service fee at most one month's wage per 12 months of contract",
    source: STANDARDS_MD,
    confidence: 'high',
    verify: true,
    notes:
      'Any overall ceiling across a long contract is marked [verify total cap] in STANDARDS.md and is not applied.',
  },
  {
    id: 'vn-law-69-2020-seafarers',
    origin: 'VN',
    destinations: 'any',
    excludedDestinations: ['JP'],
    occupations: ['seafaring'],
    covers: 'recruitment-fees',
    cap: { kind: 'months-of-wage', months: '1.5', perContractMonths: 12 },
    legalBasis:
      "Vietnam Law 69/2020/QH14: service fee for seafarers at most 1.5 months' wage per 12 months of contract",
    source: STANDARDS_MD,
    confidence: 'high',
    verify: true,
  },
  {
    id: 'vn-japan-no-service-fee',
    origin: 'VN',
    destinations: ['JP'],
    occupations: 'any',
    covers: 'recruitment-fees',
    cap: { kind: 'zero' },
    legalBasis:
      'Vietnam Law 69/2020/QH14 and its implementing rules: no service fee for workers going to Japan',
    source: STANDARDS_MD,
    confidence: 'high',
  },
  {
    id: 'in-emigration-rules-r25',
    origin: 'IN',
    destinations: 'any',
    occupations: 'any',
    covers: 'recruitment-fees',
    cap: { kind: 'amount', amount: { amountMinor: 3_000_000, currency: 'INR' } },
    conditions: ['with a receipt'],
    legalBasis:
      'India Emigration Rules, r. 25 (as amended 2017): recruiting-agent service charge at most Rs 30,000',
    source: STANDARDS_MD,
    confidence: 'high',
  },
  {
    id: 'mm-thailand-ministry-fee',
    origin: 'MM',
    destinations: ['TH'],
    occupations: 'any',
    covers: 'recruitment-fees-and-related-costs',
    cap: { kind: 'amount', amount: { amountMinor: 30_000_000, currency: 'MMK' } },
    legalBasis: 'Myanmar Ministry of Labour fee schedule for Thailand: MMK 300,000',
    source: STANDARDS_MD,
    confidence: 'low',
    verify: true,
    notes: 'Myanmar sets fees per destination and changes them often.',
  },
  {
    id: 'lk-no-fee-2017',
    origin: 'LK',
    destinations: 'any',
    occupations: 'any',
    covers: 'recruitment-fees',
    cap: { kind: 'zero' },
    legalBasis: 'Sri Lanka 2017 policy: licensed agencies may not charge workers',
    source: STANDARDS_MD,
    confidence: 'low',
    verify: true,
  },
  {
    id: 'kh-no-cap-found',
    origin: 'KH',
    destinations: 'any',
    occupations: 'any',
    covers: 'recruitment-fees',
    cap: { kind: 'none-found' },
    legalBasis: 'Cambodia: no numeric ceiling found in public sources',
    source: STANDARDS_MD,
    confidence: 'low',
  },
];

/** The bundled legal fee-cap rules, validated once when the module loads. */
export const feeCapRules: readonly FeeCapRule[] = rules.map((rule) => FeeCapRule.parse(rule));
