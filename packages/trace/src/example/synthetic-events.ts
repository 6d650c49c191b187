import { CONTAINER, documentId, facilityId, lotId, partyId, type SyntheticCompany } from './synthetic-ids.js';

type Json = Record<string, unknown>;

/**
 * The lots of the synthetic chain.
 *
 * @example
 * ```ts
 * SYNTHETIC_LOTS.garments; // the finished shirts
 * ```
 */
export const SYNTHETIC_LOTS = {
  usLint: lotId('usGin', '010001', 'TX24-0117'),
  inLint: lotId('inGin', '010001', 'GJ24-0342'),
  xjLint: lotId('xjGin', '010001', 'XJ24-0031'),
  /** Planted defect 2: used by the spinner, no upstream record. */
  untracedLint: lotId('unknown', '010001', 'L-7731'),
  yarn: lotId('spinner', '020001', 'Y25-0012'),
  fabric: lotId('weaver', '030001', 'F25-0044'),
  garments: lotId('narayanganj', '040001', 'G25-0107'),
  container: CONTAINER,
} as const;

const event = (n: number) => `https://example.com/events/synthetic-cotton/${String(n).padStart(2, '0')}`;

/**
 * The event ids of the planted defects.
 *
 * @example
 * ```ts
 * SYNTHETIC_EVENTS.weaving; // the event of the planted mass-balance violation
 * ```
 */
export const SYNTHETIC_EVENTS = {
  spinning: event(10),
  /** Planted defect 1: the weaving step's output outweighs its input. */
  weaving: event(13),
  /** Planted defect 3: fabric shipped to Gazipur Apparel… */
  fabricShipment: event(14),
  /** …and next seen being cut at Narayanganj Knit & Sew. */
  cutting: event(15),
} as const;

const q = (epcClass: string, quantity: number, uom: string) => ({ epcClass, quantity, uom });
const at = (company: SyntheticCompany) => ({ id: facilityId(company) });
const owner = (company: SyntheticCompany) => ({ type: 'owning_party', id: partyId(company) });

function object(n: number, time: string, fields: Json): Json {
  return {
    type: 'ObjectEvent',
    eventTime: time,
    eventTimeZoneOffset: time.slice(-6),
    eventID: event(n),
    ...fields,
  };
}

function ship(
  n: number,
  time: string,
  from: SyntheticCompany,
  to: SyntheticCompany,
  what: Json,
  docs: ReadonlyArray<readonly [string, string]>,
): Json {
  return object(n, time, {
    ...what,
    action: 'OBSERVE',
    bizStep: 'shipping',
    disposition: 'in_transit',
    bizLocation: at(from),
    bizTransactionList: docs.map(([type, number]) => ({
      type,
      bizTransaction: documentId(type === 'po' ? to : from, number),
    })),
    sourceList: [{ type: owner(from).type, source: owner(from).id }],
    destinationList: [
      { type: 'owning_party', destination: partyId(to) },
      { type: 'location', destination: facilityId(to) },
    ],
  });
}

function receive(n: number, time: string, from: SyntheticCompany, to: SyntheticCompany, what: Json): Json {
  return object(n, time, {
    ...what,
    action: 'OBSERVE',
    bizStep: 'receiving',
    disposition: 'in_progress',
    bizLocation: at(to),
    sourceList: [{ type: 'owning_party', source: partyId(from) }],
    destinationList: [{ type: 'owning_party', destination: partyId(to) }],
  });
}

function commission(
  n: number,
  time: string,
  company: SyntheticCompany,
  lot: string,
  quantity: number,
  uom: string,
): Json {
  return object(n, time, {
    quantityList: [q(lot, quantity, uom)],
    action: 'ADD',
    bizStep: 'commissioning',
    disposition: 'active',
    bizLocation: at(company),
    'ext:harvestYear': 2024,
  });
}

function transform(n: number, time: string, company: SyntheticCompany, fields: Json): Json {
  return {
    type: 'TransformationEvent',
    eventTime: time,
    eventTimeZoneOffset: time.slice(-6),
    eventID: event(n),
    ...fields,
    bizStep: 'https://ref.gs1.org/cbv/BizStep-commissioning',
    disposition: 'active',
    bizLocation: at(company),
    bizTransactionList: [{ type: 'prodorder', bizTransaction: documentId(company, `MO-${n}`) }],
  };
}

/**
 * The twenty EPCIS 2.0 events of the synthetic cotton chain, in time order: three gins (Texas,
 * Gujarat, Xinjiang) commission lint lots and ship them to a Vietnamese spinner; the spinner also uses
 * a lint lot with no record (planted defect 2); the yarn goes to a weaver whose fabric outweighs its
 * yarn (planted defect 1); the fabric is shipped to one Bangladeshi garment maker and cut at another
 * (planted defect 3); the shirts are packed, sold and shipped to a US importer.
 *
 * @example
 * ```ts
 * syntheticCottonEvents().length; // 20
 * ```
 */
export function syntheticCottonEvents(): Json[] {
  const L = SYNTHETIC_LOTS;
  return [
    commission(1, '2024-10-02T09:00:00-05:00', 'usGin', L.usLint, 4000, 'LBR'),
    ship(2, '2024-11-12T14:00:00-06:00', 'usGin', 'spinner', { quantityList: [q(L.usLint, 4000, 'LBR')] }, [
      ['po', 'PO-DN-2024-0311'],
      ['inv', 'INV-24-8812'],
      ['bol', 'BOL-HOU-5531'],
    ]),
    receive(3, '2024-12-20T10:00:00+07:00', 'usGin', 'spinner', { quantityList: [q(L.usLint, 4000, 'LBR')] }),
    commission(4, '2024-11-05T10:00:00+05:30', 'inGin', L.inLint, 1.5, 'TNE'),
    ship(5, '2024-11-20T16:00:00+05:30', 'inGin', 'spinner', { quantityList: [q(L.inLint, 1.5, 'TNE')] }, [
      ['po', 'PO-DN-2024-0298'],
      ['inv', 'SCG/24/1187'],
      ['bol', 'BOL-MUN-7720'],
    ]),
    receive(6, '2024-12-18T09:30:00+07:00', 'inGin', 'spinner', { quantityList: [q(L.inLint, 1.5, 'TNE')] }),
    commission(7, '2024-10-20T11:00:00+08:00', 'xjGin', L.xjLint, 500, 'KGM'),
    ship(8, '2024-11-08T09:00:00+08:00', 'xjGin', 'spinner', { quantityList: [q(L.xjLint, 500, 'KGM')] }, [
      ['po', 'PO-DN-2024-0305'],
      ['inv', 'TBF-2024-066'],
      ['bol', 'BOL-URC-0193'],
    ]),
    receive(9, '2024-12-02T15:00:00+07:00', 'xjGin', 'spinner', { quantityList: [q(L.xjLint, 500, 'KGM')] }),
    transform(10, '2025-01-10T08:00:00+07:00', 'spinner', {
      inputQuantityList: [
        q(L.usLint, 1800, 'KGM'),
        q(L.inLint, 1500, 'KGM'),
        q(L.xjLint, 500, 'KGM'),
        q(L.untracedLint, 1200, 'KGM'),
      ],
      outputQuantityList: [q(L.yarn, 4500, 'KGM')],
    }),
    ship(11, '2025-01-20T10:00:00+07:00', 'spinner', 'weaver', { quantityList: [q(L.yarn, 2000, 'KGM')] }, [
      ['po', 'PO-BDW-25-014'],
      ['inv', 'DNS-INV-25-0031'],
      ['desadv', 'DNS-DN-25-0031'],
    ]),
    receive(12, '2025-01-22T14:00:00+07:00', 'spinner', 'weaver', { quantityList: [q(L.yarn, 2000, 'KGM')] }),
    transform(13, '2025-02-03T07:30:00+07:00', 'weaver', {
      inputQuantityList: [q(L.yarn, 2000, 'KGM')],
      outputQuantityList: [q(L.fabric, 14500, 'MTR')],
    }),
    ship(
      14,
      '2025-02-20T09:00:00+07:00',
      'weaver',
      'gazipur',
      { quantityList: [q(L.fabric, 14500, 'MTR')] },
      [
        ['po', 'PO-GA-25-0402'],
        ['inv', 'BDW-25-0219'],
        ['bol', 'BOL-SGN-3307'],
      ],
    ),
    transform(15, '2025-03-01T09:00:00+06:00', 'narayanganj', {
      inputQuantityList: [q(L.fabric, 14000, 'MTR')],
      outputQuantityList: [q(L.garments, 8000, 'H87')],
      'unforced:processType': 'Cut and sew',
    }),
    {
      type: 'AggregationEvent',
      eventTime: '2025-03-20T16:00:00+06:00',
      eventTimeZoneOffset: '+06:00',
      eventID: event(16),
      parentID: L.container,
      childQuantityList: [q(L.garments, 8000, 'H87')],
      action: 'ADD',
      bizStep: 'packing',
      disposition: 'container_closed',
      bizLocation: at('narayanganj'),
    },
    {
      type: 'TransactionEvent',
      eventTime: '2025-03-21T12:00:00+06:00',
      eventTimeZoneOffset: '+06:00',
      eventID: event(17),
      bizTransactionList: [
        { type: 'po', bizTransaction: documentId('importer', 'NW-PO-88120') },
        { type: 'inv', bizTransaction: documentId('narayanganj', 'NKS-2025-0311') },
      ],
      quantityList: [q(L.garments, 8000, 'H87')],
      action: 'ADD',
      sourceList: [{ type: 'owning_party', source: partyId('narayanganj') }],
      destinationList: [{ type: 'owning_party', destination: partyId('importer') }],
    },
    ship(18, '2025-03-22T10:00:00+06:00', 'narayanganj', 'importer', { epcList: [L.container] }, [
      ['po', 'NW-PO-88120'],
      ['inv', 'NKS-2025-0311'],
      ['bol', 'MAEU-CGP-220931'],
    ]),
    receive(19, '2025-04-18T08:00:00-04:00', 'narayanganj', 'importer', { epcList: [L.container] }),
    {
      type: 'AggregationEvent',
      eventTime: '2025-04-18T11:00:00-04:00',
      eventTimeZoneOffset: '-04:00',
      eventID: event(20),
      parentID: L.container,
      childQuantityList: [q(L.garments, 8000, 'H87')],
      action: 'DELETE',
      bizStep: 'unpacking',
      bizLocation: at('importer'),
    },
  ];
}
