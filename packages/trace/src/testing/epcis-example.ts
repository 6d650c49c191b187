/**
 * An EPCIS 2.0 JSON-LD document written by hand from the GS1 EPCIS 2.0 JSON schema, with one event of
 * each standard type, an extension event type, extension fields, ILMD, vocabulary written as CBV URIs
 * and URNs, instance-level EPCs and class-level quantities. Used by the package's tests.
 */
export const EPCIS_EXAMPLE = {
  '@context': [
    'https://ref.gs1.org/standards/epcis/epcis-context.jsonld',
    { ext: 'https://example.com/ns/cotton#' },
  ],
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  creationDate: '2025-03-01T12:00:00Z',
  epcisBody: {
    eventList: [
      {
        type: 'ObjectEvent',
        eventTime: '2024-10-01T08:00:00-05:00',
        eventTimeZoneOffset: '-05:00',
        eventID: 'urn:uuid:6f0c39a4-0d1f-4b8e-9c56-000000000001',
        epcList: ['urn:epc:id:sgtin:9520001.010001.B-0001', 'urn:epc:id:sgtin:9520001.010001.B-0002'],
        action: 'ADD',
        bizStep: 'https://ref.gs1.org/cbv/BizStep-commissioning',
        disposition: 'https://ref.gs1.org/cbv/Disp-active',
        readPoint: { id: 'urn:epc:id:sgln:9520001.00001.1' },
        bizLocation: { id: 'urn:epc:id:sgln:9520001.00001.0' },
        ilmd: { 'ext:harvestYear': 2024 },
        'ext:moistureContent': 7.5,
      },
      {
        type: 'AggregationEvent',
        eventTime: '2024-10-02T10:00:00-05:00',
        eventTimeZoneOffset: '-05:00',
        eventID: 'urn:uuid:6f0c39a4-0d1f-4b8e-9c56-000000000002',
        parentID: 'urn:epc:id:sscc:9520001.0000000007',
        childEPCs: ['urn:epc:id:sgtin:9520001.010001.B-0001', 'urn:epc:id:sgtin:9520001.010001.B-0002'],
        action: 'ADD',
        bizStep: 'packing',
        bizLocation: { id: 'urn:epc:id:sgln:9520001.00001.0' },
      },
      {
        type: 'TransactionEvent',
        eventTime: '2024-10-03T09:00:00-05:00',
        eventTimeZoneOffset: '-05:00',
        eventID: 'urn:uuid:6f0c39a4-0d1f-4b8e-9c56-000000000003',
        bizTransactionList: [
          {
            type: 'https://ref.gs1.org/cbv/BTT-po',
            bizTransaction: 'urn:epcglobal:cbv:bt:9520002000002:PO-77',
          },
          {
            type: 'https://ref.gs1.org/cbv/BTT-inv',
            bizTransaction: 'urn:epcglobal:cbv:bt:9520001000003:INV-12',
          },
        ],
        parentID: 'urn:epc:id:sscc:9520001.0000000007',
        epcList: [],
        action: 'ADD',
        sourceList: [
          { type: 'https://ref.gs1.org/cbv/SDT-owning_party', source: 'urn:epc:id:pgln:9520001.00000' },
        ],
        destinationList: [{ type: 'owning_party', destination: 'urn:epc:id:pgln:9520002.00000' }],
      },
      {
        type: 'TransformationEvent',
        eventTime: '2024-11-15T07:00:00+07:00',
        eventTimeZoneOffset: '+07:00',
        eventID: 'urn:uuid:6f0c39a4-0d1f-4b8e-9c56-000000000004',
        inputEPCList: ['urn:epc:id:sgtin:9520001.010001.B-0001', 'urn:epc:id:sgtin:9520001.010001.B-0002'],
        outputQuantityList: [
          { epcClass: 'urn:epc:class:lgtin:9520002.020001.Y-01', quantity: 410.5, uom: 'KGM' },
        ],
        transformationID: 'urn:epc:id:gdti:9520002.00001.TR-0001',
        bizStep: 'https://ref.gs1.org/cbv/BizStep-commissioning',
        bizLocation: { id: 'urn:epc:id:sgln:9520002.00001.0' },
        ilmd: { 'ext:count': 'Ne 30/1' },
      },
      {
        type: 'AssociationEvent',
        eventTime: '2024-11-20T07:00:00+07:00',
        eventTimeZoneOffset: '+07:00',
        eventID: 'urn:uuid:6f0c39a4-0d1f-4b8e-9c56-000000000005',
        parentID: 'urn:epc:id:grai:9520002.00011.CONE-RACK-4',
        childQuantityList: [
          { epcClass: 'urn:epc:class:lgtin:9520002.020001.Y-01', quantity: 100, uom: 'KGM' },
        ],
        action: 'ADD',
        bizStep: 'assembling',
        bizLocation: { id: 'urn:epc:id:sgln:9520002.00001.0' },
      },
      {
        type: 'ext:QualityGradingEvent',
        eventTime: '2024-11-21T07:00:00+07:00',
        eventTimeZoneOffset: '+07:00',
        eventID: 'urn:uuid:6f0c39a4-0d1f-4b8e-9c56-000000000006',
        'ext:grade': 'strict low middling',
        'ext:lots': ['urn:epc:class:lgtin:9520002.020001.Y-01'],
      },
    ],
  },
} as const;

/** An EPCIS document with one good event and five malformed ones (their problems are in the ids). */
export const EPCIS_MALFORMED = {
  '@context': ['https://ref.gs1.org/standards/epcis/epcis-context.jsonld'],
  type: 'EPCISDocument',
  schemaVersion: '2.0',
  creationDate: '2025-03-01T12:00:00Z',
  epcisBody: {
    eventList: [
      {
        type: 'ObjectEvent',
        eventTimeZoneOffset: '+00:00',
        eventID: 'urn:bad:no-time',
        action: 'OBSERVE',
        epcList: ['urn:x'],
      },
      {
        type: 'ObjectEvent',
        eventTime: '2025-01-01T00:00:00Z',
        eventTimeZoneOffset: '+00:00',
        eventID: 'urn:bad:quantity',
        action: 'OBSERVE',
        quantityList: [{ epcClass: 'urn:x', quantity: -5, uom: 'kg' }],
      },
      {
        type: 'TransformationEvent',
        eventTime: '2025-01-01T00:00:00Z',
        eventTimeZoneOffset: '+00:00',
        eventID: 'urn:bad:no-outputs',
        inputEPCList: ['urn:x'],
      },
      {
        type: 'TransactionEvent',
        eventTime: '2025-01-01T00:00:00Z',
        eventTimeZoneOffset: '+00:00',
        eventID: 'urn:bad:no-documents',
        action: 'ADD',
        epcList: ['urn:x'],
      },
      {
        type: 'ObjectEvent',
        eventTime: '2025-01-01T00:00:00Z',
        eventTimeZoneOffset: '+00:00',
        eventID: 'urn:good',
        action: 'OBSERVE',
        epcList: ['urn:x'],
      },
      'not an event',
    ],
  },
} as const;
