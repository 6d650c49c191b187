import type { MasterDataInput } from '../model/master-data.js';
import { facilityId, glnOf, partyId, productClass, type SyntheticCompany } from './synthetic-ids.js';

const COMPANIES: ReadonlyArray<{
  company: SyntheticCompany;
  name: string;
  facility: string;
  country: string;
  subdivision: string;
  kind: string;
  roles?: string[];
}> = [
  {
    company: 'usGin',
    name: 'Brazos Valley Gin Co. (synthetic)',
    facility: 'Brazos Valley gin, Waco',
    country: 'US',
    subdivision: 'US-TX',
    kind: 'gin',
  },
  {
    company: 'inGin',
    name: 'Saurashtra Cotton Ginning Pvt Ltd (synthetic)',
    facility: 'Rajkot ginning factory',
    country: 'IN',
    subdivision: 'IN-GJ',
    kind: 'gin',
  },
  {
    company: 'xjGin',
    name: 'Tarim Bright Field Cotton Ginning Co. (synthetic)',
    facility: 'Tarim Bright Field gin, Aral',
    country: 'CN',
    subdivision: 'CN-XJ',
    kind: 'gin',
  },
  {
    company: 'spinner',
    name: 'Dong Nai Spinning JSC (synthetic)',
    facility: 'Dong Nai spinning mill',
    country: 'VN',
    subdivision: 'VN-39',
    kind: 'spinning mill',
  },
  {
    company: 'weaver',
    name: 'Binh Duong Weaving Co. (synthetic)',
    facility: 'Binh Duong weaving mill',
    country: 'VN',
    subdivision: 'VN-57',
    kind: 'weaving mill',
  },
  {
    company: 'gazipur',
    name: 'Gazipur Apparel Ltd (synthetic)',
    facility: 'Gazipur garment factory',
    country: 'BD',
    subdivision: 'BD-C',
    kind: 'garment factory',
  },
  {
    company: 'narayanganj',
    name: 'Narayanganj Knit & Sew Ltd (synthetic)',
    facility: 'Narayanganj garment factory',
    country: 'BD',
    subdivision: 'BD-C',
    kind: 'garment factory',
  },
  {
    company: 'importer',
    name: 'Northwind Apparel Inc. (synthetic)',
    facility: 'Northwind distribution centre, Edison',
    country: 'US',
    subdivision: 'US-NJ',
    kind: 'distribution centre',
    roles: ['importer'],
  },
];

/**
 * The master data of the synthetic cotton chain: eight fictional companies (GS1 demonstration
 * prefixes 952…), their facilities with ISO 3166-2 subdivisions, and six products. Names are
 * invented; any resemblance to a real company is unintended.
 *
 * @example
 * ```ts
 * syntheticMasterData().parties?.length; // 8
 * ```
 */
export function syntheticMasterData(): MasterDataInput {
  return {
    parties: COMPANIES.map((c) => ({
      id: partyId(c.company),
      name: c.name,
      country: c.country,
      subdivision: c.subdivision,
      identifiers: { gln: glnOf(c.company, '00000') },
      ...(c.roles === undefined ? {} : { roles: c.roles }),
    })),
    facilities: COMPANIES.map((c) => ({
      id: facilityId(c.company),
      partyId: partyId(c.company),
      name: c.facility,
      country: c.country,
      subdivision: c.subdivision,
      kind: c.kind,
      identifiers: { gln: glnOf(c.company, '00001') },
    })),
    products: [
      { id: productClass('usGin', '010001'), name: 'Upland cotton lint', commodity: 'cotton-lint' },
      { id: productClass('inGin', '010001'), name: 'Shankar-6 cotton lint', commodity: 'cotton-lint' },
      { id: productClass('xjGin', '010001'), name: 'Cotton lint', commodity: 'cotton-lint' },
      { id: productClass('spinner', '020001'), name: 'Ne 30/1 combed cotton yarn', commodity: 'yarn' },
      {
        id: productClass('weaver', '030001'),
        name: 'Cotton poplin, 110 g/m², 150 cm wide',
        commodity: 'fabric',
        massPerUnit: { MTR: '0.165' },
      },
      {
        id: productClass('narayanganj', '040001'),
        name: "Men's cotton poplin shirt",
        commodity: 'garment',
        massPerUnit: { H87: '0.25' },
      },
    ],
  };
}
