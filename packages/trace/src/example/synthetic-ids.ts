import { gs1CheckDigit } from '@unforced/core';

/** The GS1 company prefixes of the synthetic chain: 952 is GS1's range for demonstrations and examples. */
const PREFIX = {
  usGin: '9521001',
  inGin: '9521002',
  xjGin: '9521003',
  spinner: '9521004',
  weaver: '9521005',
  gazipur: '9521006',
  narayanganj: '9521007',
  importer: '9521008',
  unknown: '9529999',
} as const;

/** A synthetic company of the chain. */
export type SyntheticCompany = keyof typeof PREFIX;

/**
 * The party id (PGLN) of a synthetic company.
 *
 * @example
 * ```ts
 * partyId('spinner'); // 'urn:epc:id:pgln:9521004.00000'
 * ```
 */
export function partyId(company: SyntheticCompany): string {
  return `urn:epc:id:pgln:${PREFIX[company]}.00000`;
}

/**
 * The id (SGLN) of a synthetic company's facility.
 *
 * @example
 * ```ts
 * facilityId('spinner'); // 'urn:epc:id:sgln:9521004.00001.0'
 * ```
 */
export function facilityId(company: SyntheticCompany): string {
  return `urn:epc:id:sgln:${PREFIX[company]}.00001.0`;
}

/**
 * A GLN with a valid check digit for a synthetic company (party: location 00000, facility: 00001).
 *
 * @example
 * ```ts
 * glnOf('spinner', '00000'); // 13 digits with a valid check digit
 * ```
 */
export function glnOf(company: SyntheticCompany, location: '00000' | '00001'): string {
  const body = `${PREFIX[company]}${location}`;
  return `${body}${gs1CheckDigit(body)}`;
}

/**
 * The product class (EPC pattern) of a synthetic product.
 *
 * @example
 * ```ts
 * productClass('spinner', '020001'); // 'urn:epc:idpat:sgtin:9521004.020001.*'
 * ```
 */
export function productClass(company: SyntheticCompany, item: string): string {
  return `urn:epc:idpat:sgtin:${PREFIX[company]}.${item}.*`;
}

/**
 * A lot (LGTIN) of a synthetic product.
 *
 * @example
 * ```ts
 * lotId('spinner', '020001', 'Y25-0012'); // 'urn:epc:class:lgtin:9521004.020001.Y25-0012'
 * ```
 */
export function lotId(company: SyntheticCompany, item: string, lot: string): string {
  return `urn:epc:class:lgtin:${PREFIX[company]}.${item}.${lot}`;
}

/**
 * A CBV business transaction id (`urn:epcglobal:cbv:bt:<GLN>:<number>`) issued by a synthetic company.
 *
 * @example
 * ```ts
 * documentId('importer', 'NW-PO-88120'); // 'urn:epcglobal:cbv:bt:<GLN>:NW-PO-88120'
 * ```
 */
export function documentId(company: SyntheticCompany, number: string): string {
  return `urn:epcglobal:cbv:bt:${glnOf(company, '00000')}:${number}`;
}

/**
 * The shipping container (SSCC) of the synthetic chain.
 *
 * @example
 * ```ts
 * CONTAINER; // 'urn:epc:id:sscc:9521007.0000000001'
 * ```
 */
export const CONTAINER = `urn:epc:id:sscc:${PREFIX.narayanganj}.0000000001`;
