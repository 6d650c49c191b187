/**
 * Small builders of EPCIS 2.0 JSON events and master data for the package's tests (not exported from
 * the package). Times are `2025-01-DDT00:00:00Z` for day `DD`, or any ISO date-time given in full.
 */
type Json = Record<string, unknown>;

/** A location (SGLN) of test facility `n`. */
export const loc = (n: number | string): string => `urn:epc:id:sgln:9520000.${String(n).padStart(5, '0')}.0`;
/** A party (PGLN) of test party `n`. */
export const party = (n: number | string): string => `urn:epc:id:pgln:9520000.${String(n).padStart(5, '0')}`;
/** A lot id. */
export const lot = (name: string): string => `urn:epc:class:lgtin:9520000.000001.${name}`;

const time = (day: number | string): string =>
  typeof day === 'string'
    ? day
    : new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().replace('.000Z', 'Z');

/** A quantity element (kilograms by default). */
export const kg = (id: string, quantity: number, uom = 'KGM'): Json => ({ epcClass: id, quantity, uom });

function base(type: string, id: string, day: number | string, extra: Json): Json {
  const t = time(day);
  const offset = /([+-]\d{2}:\d{2})$/.exec(t)?.[1] ?? '+00:00';
  return { type, eventTime: t, eventTimeZoneOffset: offset, eventID: `urn:test:${id}`, ...extra };
}

/** An ObjectEvent ADD commissioning a lot at a facility. */
export function commission(id: string, day: number | string, where: number, quantity: Json): Json {
  return base('ObjectEvent', id, day, {
    action: 'ADD',
    bizStep: 'commissioning',
    quantityList: [quantity],
    bizLocation: { id: loc(where) },
  });
}

/** A TransformationEvent at a facility. */
export function transform(
  id: string,
  day: number | string,
  where: number,
  inputs: Json[],
  outputs: Json[],
  extra: Json = {},
): Json {
  return base('TransformationEvent', id, day, {
    inputQuantityList: inputs,
    outputQuantityList: outputs,
    bizLocation: { id: loc(where) },
    ...extra,
  });
}

/** A shipping ObjectEvent from a facility to a party (and its facility). */
export function ship(
  id: string,
  day: number | string,
  from: number,
  quantity: Json,
  toParty: number,
  toLocation?: number,
): Json {
  const destinationList: Json[] = [{ type: 'owning_party', destination: party(toParty) }];
  if (toLocation !== undefined) destinationList.push({ type: 'location', destination: loc(toLocation) });
  return base('ObjectEvent', id, day, {
    action: 'OBSERVE',
    bizStep: 'shipping',
    quantityList: [quantity],
    bizLocation: { id: loc(from) },
    destinationList,
    bizTransactionList: [
      { type: 'po', bizTransaction: `urn:test:po:${id}` },
      { type: 'bol', bizTransaction: `urn:test:bol:${id}` },
    ],
  });
}

/** A receiving ObjectEvent at a facility. */
export function receive(id: string, day: number | string, at: number, quantity: Json): Json {
  return base('ObjectEvent', id, day, {
    action: 'OBSERVE',
    bizStep: 'receiving',
    quantityList: [quantity],
    bizLocation: { id: loc(at) },
  });
}

/** Master data: facility `n` run by party `n`, in the given subdivisions (e.g. `{ 1: 'CN-XJ', 2: 'VN-39' }`). */
export function master(places: Record<number, string>, products: Json[] = []): Json {
  const entries = Object.entries(places);
  return {
    parties: entries.map(([n, subdivision]) => ({
      id: party(n),
      name: `Test party ${n}`,
      country: subdivision.slice(0, 2),
      subdivision,
    })),
    facilities: entries.map(([n, subdivision]) => ({
      id: loc(n),
      partyId: party(n),
      name: `Test facility ${n}`,
      country: subdivision.slice(0, 2),
      subdivision,
    })),
    products,
  };
}
