import { describe, expect, it } from 'vitest';
import {
  cbpWroFindings,
  countryCodeForName,
  datasetStatus,
  eo13126Products,
  feeCapRules,
  getCountry,
  getSubdivision,
  listedGoods,
  tipTier,
  uflpaEntities,
  uflpaPrioritySectorsFor,
} from './accessors.js';
import { BUNDLED_DATASETS } from './datasets/bundled-datasets.js';
import { createReferenceData } from './reference-data.js';

// Expected values are read from the files in ../shared/data and from STANDARDS.md, not from the generated modules.

describe('bundled accessors', () => {
  it('reads countries and subdivisions', () => {
    expect(getCountry('NP')).toMatchObject({ alpha3: 'NPL', numeric: '524', name: 'Nepal' });
    expect(getCountry('ZZ')).toBeUndefined();
    expect(getSubdivision('CN-XJ')).toMatchObject({
      country: 'CN',
      localName: '新疆维吾尔自治区',
      category: 'autonomous region',
    });
    expect(BUNDLED_DATASETS.subdivisions.records).toHaveLength(34);
  });

  it('maps the spellings of the US government and Walk Free to ISO codes', () => {
    expect(countryCodeForName('Burma')).toBe('MM');
    expect(countryCodeForName('Viet Nam')).toBe('VN');
    expect(countryCodeForName('Congo, Democratic Republic of the')).toBe('CD');
    expect(countryCodeForName('Kosovo')).toBe('XK');
    expect(countryCodeForName('Narnia')).toBeUndefined();
  });

  it('gives TIP 2025 tiers (tip_2025_tier_placements.csv)', () => {
    expect(tipTier('CN')?.tier).toBe('tier-3');
    expect(tipTier('MY')?.tier).toBe('tier-2');
    expect(tipTier('GB')?.tier).toBe('tier-1');
    expect(tipTier('NP')?.tier).toBe('tier-2-watch-list');
    expect(tipTier('LY')).toBeUndefined(); // Special Case, not transcribed
  });

  it('lists DOL goods by country and good (tvpra_list_goods_by_country.csv)', () => {
    const cotton = listedGoods('CN', 'cotton');
    expect(cotton).toHaveLength(1);
    expect(cotton[0]).toMatchObject({ good: 'Cotton', childLabour: true, forcedLabour: true });
    expect(listedGoods('MY').map((g) => g.good)).toEqual(
      expect.arrayContaining(['Rubber Gloves', 'Palm Fruit', 'Garments']),
    );
    expect(listedGoods('MY', 'Rubber Gloves')[0]?.forcedLabour).toBe(true);
    expect(listedGoods('GB')).toEqual([]);
    expect(eo13126Products('AF').map((r) => r.product)).toContain('Bricks');
  });

  it('holds the UFLPA list and CBP WROs', () => {
    expect(uflpaEntities().some((e) => e.aliases.some((a) => a.name === 'Bingtuan'))).toBe(true);
    expect(cbpWroFindings('NP').map((r) => r.merchandise)).toHaveLength(1);
    expect(cbpWroFindings('FV')).toHaveLength(6); // CBP's code for fishing vessels
    expect(cbpWroFindings().length).toBe(67);
  });

  it('finds UFLPA high-priority sectors in free text', () => {
    expect(uflpaPrioritySectorsFor('Cotton yarn spinning').map((s) => s.id)).toEqual(['apparel-cotton']);
    expect(uflpaPrioritySectorsFor('PV modules and polysilicon wafers').map((s) => s.id)).toEqual([
      'polysilicon',
    ]);
    expect(uflpaPrioritySectorsFor('logistics and warehousing')).toEqual([]);
  });
});

describe('legal fee-cap rules (STANDARDS.md table)', () => {
  it('Nepal → Malaysia: Free Visa Free Ticket, NPR 10,000 service charge, employer pays visa and ticket', () => {
    const rules = feeCapRules({ origin: 'NP', destination: 'MY', on: '2026-02-10' });
    expect(rules.map((r) => r.id)).toEqual(['np-free-visa-free-ticket']);
    expect(rules[0]?.cap).toEqual({ kind: 'amount', amount: { amountMinor: 1_000_000, currency: 'NPR' } });
    expect(rules[0]?.employerPaysItems).toEqual(['visa', 'air ticket']);
    // before 6 July 2015 the rule was not in force
    expect(feeCapRules({ origin: 'NP', destination: 'MY', on: '2015-07-05' })).toEqual([]);
    // Nepal → Japan: no rule known
    expect(feeCapRules({ origin: 'NP', destination: 'JP' })).toEqual([]);
  });

  it('Philippines: one month of basic salary, zero for domestic workers, seafarers and fee-banning destinations', () => {
    const factory = feeCapRules({ origin: 'PH', destination: 'TW', occupationCategory: 'manufacturing' });
    expect(factory.map((r) => r.id)).toEqual(['ph-placement-fee-one-month']);
    expect(factory[0]?.cap).toEqual({ kind: 'months-of-wage', months: '1' });
    expect(
      feeCapRules({ origin: 'PH', destination: 'SA', occupationCategory: 'domestic-work' }).map(
        (r) => r.cap.kind,
      ),
    ).toEqual(['zero']);
    expect(feeCapRules({ origin: 'PH', destination: 'GB' }).map((r) => r.id)).toEqual([
      'ph-no-fee-banning-destinations',
    ]);
    expect(feeCapRules({ origin: 'PH', destination: 'CA' })[0]?.confidence).toBe('low');
  });

  it('India Rs 30,000; Bangladesh ceilings; Vietnam per 12 months; Indonesia zero', () => {
    expect(feeCapRules({ origin: 'IN', destination: 'AE' })[0]?.cap).toEqual({
      kind: 'amount',
      amount: { amountMinor: 3_000_000, currency: 'INR' },
    });
    expect(feeCapRules({ origin: 'BD', destination: 'MY' })[0]?.cap).toEqual({
      kind: 'amount',
      amount: { amountMinor: 7_899_000, currency: 'BDT' },
    });
    expect(feeCapRules({ origin: 'BD', destination: 'SA' })[0]?.confidence).toBe('medium');
    expect(feeCapRules({ origin: 'VN', destination: 'TW' })[0]?.cap).toEqual({
      kind: 'months-of-wage',
      months: '1',
      perContractMonths: 12,
    });
    expect(feeCapRules({ origin: 'VN', destination: 'TW', occupationCategory: 'seafaring' })[0]?.cap).toEqual(
      {
        kind: 'months-of-wage',
        months: '1.5',
        perContractMonths: 12,
      },
    );
    expect(feeCapRules({ origin: 'VN', destination: 'JP' }).map((r) => r.cap.kind)).toEqual(['zero']);
    expect(
      feeCapRules({ origin: 'ID', destination: 'MY', occupationCategory: 'domestic-work' }).map((r) => r.id),
    ).toEqual(['id-law-18-2017-art-30', 'id-bp2mi-9-2020-zero-cost']);
    expect(feeCapRules({ origin: 'KH', destination: 'TH' })[0]?.cap.kind).toBe('none-found');
  });
});

describe('dataset status', () => {
  it('flags the UFLPA snapshot as stale 136 days after 2026-07-09 (refresh 90 days)', () => {
    const status = datasetStatus('2026-11-22');
    const uflpa = status.find((s) => s.id === 'us-dhs-uflpa-entity-list');
    expect(uflpa).toMatchObject({ ageDays: 136, refreshDays: 90, stale: true, fromTheFuture: false });
    expect(uflpa?.warning).toContain('https://www.dhs.gov/uflpa-entity-list');
    const fresh = datasetStatus('2026-07-20').find((s) => s.id === 'us-dhs-uflpa-entity-list');
    expect(fresh).toMatchObject({ ageDays: 11, stale: false });
    expect(fresh?.warning).toBeUndefined();
  });

  it('flags data dated after asOf', () => {
    const early = datasetStatus('2026-01-01').find((s) => s.id === 'us-dhs-uflpa-entity-list');
    expect(early?.fromTheFuture).toBe(true);
    expect(early?.warning).toContain('after the as-of date');
  });

  it('flags the 2022 DOL list as stale in 2026 and names every edition', () => {
    const dol = datasetStatus('2026-11-22').find(
      (s) => s.id.includes('list-of-goods') || s.title.includes('List of Goods'),
    );
    expect(dol?.stale).toBe(true);
    expect(datasetStatus('2026-11-22').length).toBe(9);
  });
});

describe('createReferenceData', () => {
  const meta = {
    ...BUNDLED_DATASETS.uflpaEntities.meta,
    edition: 'DHS UFLPA Entity List as of 2026-11-01',
    validAsOf: '2026-11-01',
    retrievedAt: '2026-11-01',
  };
  const entity = {
    id: 'uflpa:example-new-entity-co-ltd',
    name: 'Example New Entity Co., Ltd.',
    listedName: 'Example New Entity Co., Ltd.',
    aliases: [],
    includesSubsidiaries: false,
    listedOn: ['2026-10-01'],
    inferredBlocks: [],
    sourceRows: [1],
    fixes: [],
  };

  it('substitutes a newer UFLPA list and reports its edition', () => {
    const data = createReferenceData({
      datasets: { uflpaEntities: { meta, records: [entity] } },
    })._unsafeUnwrap();
    expect(data.uflpaEntities()).toEqual([entity]);
    expect(data.editionOf('uflpaEntities')).toEqual({
      datasetId: 'us-dhs-uflpa-entity-list',
      edition: 'DHS UFLPA Entity List as of 2026-11-01',
    });
    expect(data.datasetStatus('2026-11-22').find((s) => s.id === 'us-dhs-uflpa-entity-list')?.stale).toBe(
      false,
    );
    // the bundled default is untouched
    expect(uflpaEntities().length).toBeGreaterThan(100);
  });

  it('reports every invalid record with its path and applies nothing', () => {
    const result = createReferenceData({
      datasets: {
        uflpaEntities: { meta, records: [entity, { ...entity, listedOn: ['15/01/2025'] }, entity] },
        tipTiers: {
          meta: BUNDLED_DATASETS.tipTiers.meta,
          records: [{ country: 'ZZ', countryAsPublished: 'Z', tier: 'tier-1' }],
        },
      },
    });
    const issues = result._unsafeUnwrapErr().issues.map((i) => [i.code, i.path.join('.')]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['INVALID_DATE', 'datasets.uflpaEntities.records.1.listedOn.0'],
        ['DUPLICATE_ID', 'datasets.uflpaEntities.records.2'],
        ['INVALID_COUNTRY_CODE', 'datasets.tipTiers.records.0.country'],
      ]),
    );
  });

  it('refuses a dataset without valid provenance', () => {
    const result = createReferenceData({
      datasets: { uflpaEntities: { meta: { ...meta, edition: '' }, records: [] } },
    });
    expect(result._unsafeUnwrapErr().issues[0]?.path).toEqual([
      'datasets',
      'uflpaEntities',
      'meta',
      'edition',
    ]);
  });

  it('lists additional datasets in editions and status', () => {
    const blocklist = {
      meta: { ...meta, id: 'acme-internal-blocklist', title: 'ACME blocklist', edition: '2026-11' },
      records: [],
    };
    const data = createReferenceData({ additional: [blocklist] })._unsafeUnwrap();
    expect(data.dataEditions()).toContainEqual({ datasetId: 'acme-internal-blocklist', edition: '2026-11' });
    expect(data.datasetStatus('2026-11-22').map((s) => s.id)).toContain('acme-internal-blocklist');
  });
});
