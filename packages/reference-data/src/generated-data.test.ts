import { isCountryCode, isCurrencyCode, isIsoDate, minorUnitExponent } from '@unforced/core';
import { describe, expect, it } from 'vitest';
import { cbpWroFindings, cbpWroMeta } from './generated/cbp-wro.js';
import { countries, countriesMeta } from './generated/countries.js';
import { eo13126Meta, eo13126Products } from './generated/eo13126.js';
import { listedGoods, listedGoodsMeta } from './generated/listed-goods.js';
import { tipTiers, tipTiersMeta } from './generated/tip-tiers.js';
import { uflpaEntities, uflpaEntitiesMeta } from './generated/uflpa-entities.js';

// Expected values below were read from the CSV files in ../shared/data, not from the generated modules.

function entity(id: string) {
  const found = uflpaEntities.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no UFLPA entity ${id}`);
  return found;
}

function aliasNames(id: string): string[] {
  return entity(id).aliases.map((alias) => alias.name);
}

function good(country: string, name: string) {
  return listedGoods.find((candidate) => candidate.country === country && candidate.good === name);
}

describe('dataset metadata', () => {
  const metas = [countriesMeta, tipTiersMeta, listedGoodsMeta, eo13126Meta, uflpaEntitiesMeta, cbpWroMeta];

  it('gives every dataset ISO dates, a licence, caveats and hashed source files', () => {
    for (const meta of metas) {
      expect(isIsoDate(meta.publishedAt), meta.id).toBe(true);
      expect(isIsoDate(meta.retrievedAt), meta.id).toBe(true);
      expect(meta.licence.length, meta.id).toBeGreaterThan(0);
      expect(meta.refreshDays, meta.id).toBeGreaterThan(0);
      expect(meta.source.files.length, meta.id).toBeGreaterThan(0);
      for (const file of meta.source.files) expect(file.sha256, meta.id).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(metas.map((meta) => meta.id)).size).toBe(metas.length);
  });

  it('never ships the CC BY-SA or all-rights-reserved files', () => {
    const paths = metas.flatMap((meta) => meta.source.files.map((file) => file.path));
    expect(paths.some((path) => path.includes('lukes-all') || path.includes('walkfree'))).toBe(false);
    expect(countriesMeta.source.files.map((file) => file.path)).toEqual(['iso3166/iso3166-1.csv']);
  });

  it('records the editions named in the SOURCE.md files', () => {
    expect(tipTiersMeta.edition).toBe('2025 Trafficking in Persons Report');
    expect(tipTiersMeta.publishedAt).toBe('2025-09-29');
    expect(tipTiersMeta.refreshDays).toBe(365);
    expect(listedGoodsMeta.edition).toBe('2022 TVPRA List of Goods');
    expect(listedGoodsMeta.publishedAt).toBe('2022-09-28');
    expect(listedGoodsMeta.refreshDays).toBe(730);
    expect(listedGoodsMeta.caveats.join(' ')).toContain('204 goods');
    expect(eo13126Meta.caveats.join(' ')).toContain('approximation');
    expect(uflpaEntitiesMeta.edition).toBe(
      'DHS UFLPA Entity List, snapshot of 2026-07-09 (latest entry effective 2025-01-15)',
    );
    expect(uflpaEntitiesMeta.publishedAt).toBe('2025-01-15');
    expect(uflpaEntitiesMeta.retrievedAt).toBe('2026-07-09');
    expect(uflpaEntitiesMeta.refreshDays).toBe(90);
    expect(uflpaEntitiesMeta.source.url).toBe('https://www.dhs.gov/uflpa-entity-list');
    expect(uflpaEntitiesMeta.source.via).toContain('aronrosenfield-hash/TruNorth');
    expect(cbpWroMeta.caveats.join(' ')).toContain('PARTIAL');
  });
});

describe('countries (ISO 3166-1)', () => {
  it('has the 249 rows of iso3166-1.csv sorted by alpha-2', () => {
    expect(countries).toHaveLength(249);
    const codes = countries.map((country) => country.alpha2);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(249);
    expect(codes[0]).toBe('AD');
    expect(codes.includes('XK')).toBe(false);
  });

  it('keeps the values of the source rows', () => {
    expect(countries.find((country) => country.alpha2 === 'MY')).toEqual({
      alpha2: 'MY',
      alpha3: 'MYS',
      numeric: '458',
      name: 'Malaysia',
      officialName: 'Malaysia',
      region: 'Asia',
      subRegion: 'South-eastern Asia',
      independent: true,
    });
    expect(countries.find((country) => country.alpha2 === 'AF')?.numeric).toBe('004');
    expect(countries.find((country) => country.alpha2 === 'NA')?.name).toBe('Namibia');
    expect(countries.find((country) => country.alpha2 === 'AG')?.name).toBe('Antigua & Barbuda');
  });

  it('feeds the ISO code lists of @unforced/core', () => {
    for (const country of countries) expect(isCountryCode(country.alpha2), country.alpha2).toBe(true);
    expect(isCurrencyCode('AED')).toBe(true);
    expect(isCurrencyCode('HTG')).toBe(true);
    expect(isCurrencyCode('USD')).toBe(true);
    expect(minorUnitExponent('UYW')).toBe(4);
    expect(minorUnitExponent('JPY')).toBe(0);
    expect(minorUnitExponent('KWD')).toBe(3);
    expect(isCurrencyCode('TRY')).toBe(true);
  });
});

describe('TIP tiers (2025)', () => {
  it('has 184 rows: 33 tier 1, 106 tier 2, 25 watch list, 20 tier 3', () => {
    expect(tipTiers).toHaveLength(184);
    const count = (tier: string) => tipTiers.filter((record) => record.tier === tier).length;
    expect(count('tier-1')).toBe(33);
    expect(count('tier-2')).toBe(106);
    expect(count('tier-2-watch-list')).toBe(25);
    expect(count('tier-3')).toBe(20);
  });

  it('places the countries as the report does', () => {
    const tierOf = (country: string) => tipTiers.find((record) => record.country === country)?.tier;
    expect(tierOf('CN')).toBe('tier-3');
    expect(tierOf('MY')).toBe('tier-2');
    expect(tierOf('MM')).toBe('tier-3');
    expect(tierOf('TM')).toBe('tier-2-watch-list');
    expect(tierOf('BR')).toBe('tier-2-watch-list');
    expect(tierOf('ZA')).toBe('tier-2-watch-list');
    expect(tipTiers.find((record) => record.country === 'XK')?.countryAsPublished).toBe('Kosovo');
    expect(tipTiers.find((record) => record.country === 'MM')?.countryAsPublished).toBe('Burma');
  });

  it('uses one row per country, all known codes', () => {
    expect(new Set(tipTiers.map((record) => record.country)).size).toBe(184);
    for (const record of tipTiers) expect(isCountryCode(record.country), record.country).toBe(true);
  });
});

describe('DOL List of Goods (2022)', () => {
  it('has the 467 good–country pairs (169 goods, 78 countries)', () => {
    expect(listedGoods).toHaveLength(467);
    expect(new Set(listedGoods.map((record) => record.good)).size).toBe(169);
    expect(new Set(listedGoods.map((record) => record.country)).size).toBe(78);
    expect(listedGoods.filter((record) => record.forcedLabour)).toHaveLength(121);
    expect(listedGoods.filter((record) => record.childLabour)).toHaveLength(414);
  });

  it('keeps the flags of known pairs', () => {
    expect(good('CN', 'Cotton')).toMatchObject({ forcedLabour: true, childLabour: true, derived: false });
    expect(good('AF', 'Bricks')).toMatchObject({
      countryAsPublished: 'Afghanistan',
      sector: 'Manufacturing',
      childLabour: true,
      forcedLabour: true,
      forcedChildLabourEo13126: true,
    });
    expect(good('MY', 'Rubber Gloves')).toMatchObject({ forcedLabour: true, childLabour: false });
    expect(good('UZ', 'Cotton')).toBeUndefined();
  });

  it('maps DOL country names to ISO codes', () => {
    const codeOf = (name: string) =>
      listedGoods.find((record) => record.countryAsPublished === name)?.country;
    expect(codeOf('Burma')).toBe('MM');
    expect(codeOf('Congo, Democratic Republic of the')).toBe('CD');
    expect(codeOf("Côte d'Ivoire")).toBe('CI');
    expect(codeOf('Kyrgyz Republic')).toBe('KG');
    expect(codeOf('Turkey (Türkiye)')).toBe('TR');
    expect(codeOf('North Korea')).toBe('KP');
    for (const record of listedGoods)
      expect(isCountryCode(record.country), record.countryAsPublished).toBe(true);
  });

  it('marks the 10 derived goods with their input country', () => {
    const derived = listedGoods.filter((record) => record.derived);
    expect(derived).toHaveLength(10);
    for (const name of ['Photovoltaic Ingots', 'Photovoltaic Wafers', 'Solar Cells', 'Solar Modules']) {
      expect(good('CN', name)).toMatchObject({ derived: true, derivedInputCountry: 'CN' });
    }
    expect(good('CN', 'Lithium-Ion Batteries')).toMatchObject({ derived: true, derivedInputCountry: 'CD' });
    expect(good('ID', 'Crude Palm Oil')).toMatchObject({ derived: true, derivedInputCountry: 'ID' });
    for (const record of listedGoods.filter((candidate) => !candidate.derived)) {
      expect('derivedInputCountry' in record).toBe(false);
    }
  });
});

describe('EO 13126 list', () => {
  it('has 54 pairs, 35 products, 25 countries', () => {
    expect(eo13126Products).toHaveLength(54);
    expect(new Set(eo13126Products.map((record) => record.product)).size).toBe(35);
    expect(new Set(eo13126Products.map((record) => record.country)).size).toBe(25);
  });

  it('matches the List of Goods rows flagged for EO 13126', () => {
    const flagged = listedGoods
      .filter((record) => record.forcedChildLabourEo13126)
      .map((record) => `${record.country}|${record.good}`)
      .sort();
    expect(eo13126Products.map((record) => `${record.country}|${record.product}`).sort()).toEqual(flagged);
    expect(eo13126Products.find((record) => record.countryAsPublished === 'Burma')?.country).toBe('MM');
  });
});

describe('UFLPA Entity List', () => {
  it('merges the 160 rows into 143–149 entities with unique, sorted ids', () => {
    const ids = uflpaEntities.map((record) => record.id);
    expect(uflpaEntities.length).toBeGreaterThanOrEqual(143);
    expect(uflpaEntities.length).toBeLessThanOrEqual(149);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^uflpa:[a-z0-9]+(-[a-z0-9]+)*$/);
    const rows = uflpaEntities.flatMap((record) => record.sourceRows).sort((a, b) => a - b);
    expect(rows).toEqual(Array.from({ length: 160 }, (_, index) => index));
  });

  it('gives every entity valid ascending listing dates and blocks 1–3', () => {
    for (const record of uflpaEntities) {
      expect(record.listedOn.length, record.id).toBeGreaterThan(0);
      for (const date of record.listedOn) expect(isIsoDate(date), `${record.id} ${date}`).toBe(true);
      expect([...record.listedOn].sort(), record.id).toEqual(record.listedOn);
      for (const block of record.inferredBlocks) expect([1, 2, 3]).toContain(block);
    }
    const latest = uflpaEntities
      .flatMap((record) => record.listedOn)
      .sort()
      .at(-1);
    expect(latest).toBe('2025-01-15');
  });

  it('fixes the Hoshine row and merges it with its second listing', () => {
    const hoshine = entity('uflpa:hoshine-silicon-industry-shanshan-co-ltd');
    expect(hoshine.name).toBe('Hoshine Silicon Industry (Shanshan) Co., Ltd');
    expect(hoshine.listedName).toBe('Hoshine Silicon Industry (Shanshan) Co., Ltd and subsidiaries');
    expect(hoshine.includesSubsidiaries).toBe(true);
    expect(hoshine.aliases).toContainEqual({
      name: 'Hesheng Silicon Industry (Shanshan) Co.',
      kind: 'also-known-as',
    });
    expect(hoshine.sourceRows).toEqual([3, 88]);
    expect(hoshine.fixes.length).toBeGreaterThan(0);
    expect(hoshine.listedOn).toEqual(['2022-06-21']);
  });

  it('fixes and merges XPCC with its acronym and aliases', () => {
    const xpcc = entity('uflpa:xinjiang-production-and-construction-corps');
    expect(xpcc.name).toBe('Xinjiang Production and Construction Corps');
    expect(xpcc.listedName).toBe(
      'Xinjiang Production and Construction Corps and its subordinate and affiliated entities',
    );
    expect(xpcc.includesSubsidiaries).toBe(true);
    expect(xpcc.aliases.map((alias) => alias.name)).toEqual(['XPCC', 'Xinjiang Corps', 'Bingtuan']);
    expect(xpcc.aliases.find((alias) => alias.name === 'XPCC')?.kind).toBe('acronym');
    expect(xpcc.sourceRows).toEqual([8, 36, 147]);
    expect(xpcc.inferredBlocks).toEqual([1, 2, 3]);
    expect(xpcc.fixes.join(' ')).toContain('Corps and');
  });

  it('reads the four aliases of Aksu Huafu from its name', () => {
    const aksu = entity('uflpa:aksu-huafu-color-spinning-co-ltd');
    expect(aksu.name).toBe('Aksu Huafu Color Spinning Co., Ltd.');
    expect(aksu.aliases).toEqual([
      { name: 'Aksu Huafu Textiles Co., Ltd.', kind: 'also-known-as' },
      { name: 'Akesu Huafu', kind: 'also-known-as' },
      { name: 'Aksu Huafu Dyed Melange Yarn', kind: 'also-known-as' },
      { name: 'Akesu Huafu Melange Yarn Co., Ltd.', kind: 'also-known-as' },
    ]);
    expect(aksu.sourceRows).toEqual([9, 53]);
    expect(aksu.includesSubsidiaries).toBe(false);
  });

  it('matches nested parentheses in the TNN Development alias', () => {
    const tnn = entity('uflpa:the-tnn-development-limited');
    expect(tnn.name).toBe('The TNN Development Limited');
    expect(tnn.aliases).toEqual([
      { name: 'Dehui (Dalian) International Trade Co., Ltd.', kind: 'also-known-as' },
    ]);
  });

  it('splits "Co. and" inside alias clauses but never a name like "Cotton and Linen"', () => {
    expect(aliasNames('uflpa:jiangyin-lianyun-co-ltd')).toEqual([
      'Jiangyin Intermodal Transport Co.',
      'Jiangyin United Transport Co.',
    ]);
    expect(entity('uflpa:sichuan-jingweida-technology-group-co-ltd').aliases).toEqual([
      { name: 'Sichuan Mianyang Jingweida Technology Co., Ltd.', kind: 'also-known-as' },
      { name: 'JWD Technology', kind: 'also-known-as' },
      { name: 'Mianyang High-tech Zone Jingweida Technology Co., Ltd.', kind: 'formerly-known-as' },
    ]);
    expect(entity('uflpa:jiangsu-meike-solar-technology-co-ltd').aliases).toEqual([
      { name: 'Meike Co.', kind: 'also-known-as' },
      { name: 'Jiangsu Gaozhao New Energy Development Co., Ltd.', kind: 'formerly-known-as' },
    ]);
    const hongyuan = entity('uflpa:hongyuan-green-energy-co-ltd').aliases;
    expect(hongyuan.filter((alias) => alias.kind === 'also-known-as').map((alias) => alias.name)).toEqual([
      'HY Solar',
      'Hoyuan Green Energy Co. Ltd.',
    ]);
    expect(hongyuan.filter((alias) => alias.kind === 'formerly-known-as')).toHaveLength(3);
    expect(entity('uflpa:heze-cotton-and-linen-co-ltd').name).toBe('Heze Cotton and Linen Co., Ltd.');
    const heze = entity('uflpa:heze-cotton-and-linen-economic-and-trade-development-corporation');
    expect(heze.name).toBe('Heze Cotton and Linen Economic and Trade Development Corporation');
    expect(heze.aliases).toEqual([
      { name: 'Heze Cotton and Linen Trading Development General Company', kind: 'also-known-as' },
    ]);
    expect(entity('uflpa:xinjiang-junggar-cotton-and-linen-co-ltd').sourceRows).toEqual([7, 145]);
  });

  it('merges spelling variants and keeps the lowest row name', () => {
    const daqo = entity('uflpa:xinjiang-daqo-new-energy-co-ltd');
    expect(daqo.name).toBe('Xinjiang Daqo New Energy, Co. Ltd');
    expect(daqo.sourceRows).toEqual([4, 138]);
    expect(daqo.listedOn).toEqual(['2022-06-21', '2024-11-25']);
    expect(daqo.aliases.map((alias) => alias.name)).toEqual([
      'Xinjiang Great New Energy Co., Ltd.',
      'Xinjiang Daxin Energy Co., Ltd.',
      'Xinjiang Daqin Energy Co., Ltd.',
    ]);
    expect(entity('uflpa:hefei-bitland-information-technology-co-ltd').sourceRows).toEqual([17, 78]);
    expect(entity('uflpa:no-4-vocation-skills-education-training-center-vsetc').aliases).toEqual([
      { name: 'VSETC', kind: 'acronym' },
    ]);
  });

  it('records fixes only on the two corrected entities', () => {
    const fixed = uflpaEntities.filter((record) => record.fixes.length > 0).map((record) => record.id);
    expect(fixed.sort()).toEqual([
      'uflpa:hoshine-silicon-industry-shanshan-co-ltd',
      'uflpa:xinjiang-production-and-construction-corps',
    ]);
    expect(uflpaEntities.filter((record) => record.includesSubsidiaries)).toHaveLength(2);
  });
});

describe('CBP WROs and Findings (partial)', () => {
  it('has 67 rows in order with the stated code and status counts', () => {
    expect(cbpWroFindings).toHaveLength(67);
    expect(cbpWroFindings.map((record) => record.index)).toEqual(
      Array.from({ length: 67 }, (_, index) => index),
    );
    const count = (key: 'country' | 'status', value: string) =>
      cbpWroFindings.filter((record) => record[key] === value).length;
    expect(count('country', 'CN')).toBe(41);
    expect(count('country', 'FV')).toBe(6);
    expect(count('country', 'MX')).toBe(4);
    expect(count('status', 'Active')).toBe(62);
    expect(count('status', 'Partially Modified')).toBe(4);
    expect(count('status', 'Inactive-Pending Litigation')).toBe(1);
  });

  it('keeps the merchandise and dates', () => {
    expect(cbpWroFindings[0]).toEqual({
      index: 0,
      merchandise: 'Furniture',
      country: 'MX',
      status: 'Active',
      effectiveDate: '1953-12-28',
    });
    expect(cbpWroFindings.at(-1)).toMatchObject({
      merchandise: 'Garments',
      country: 'JO',
      effectiveDate: '2026-06-23',
    });
    for (const record of cbpWroFindings) expect(isIsoDate(record.effectiveDate)).toBe(true);
  });
});
