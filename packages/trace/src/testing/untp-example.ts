/**
 * A UNTP Digital Traceability Event credential (v0.6.0) written by hand from its JSON schema: one
 * event of each type, with UNTP's field names (`productId`, `parentEPC`, `childEPCList`, lower-case
 * `action`, `sourceParty`/`destinationParty`, `processType`). Used by the package's tests.
 */
export const UNTP_EXAMPLE = {
  type: ['DigitalTraceabilityEvent', 'VerifiableCredential'],
  '@context': [
    'https://www.w3.org/ns/credentials/v2',
    'https://test.uncefact.org/vocabulary/untp/dte/0.6.0/',
  ],
  id: 'https://example.com/credentials/dte/0001',
  issuer: {
    type: ['CredentialIssuer'],
    id: 'did:web:gin.example.com',
    name: 'Example Gin Cooperative (synthetic)',
  },
  validFrom: '2024-10-05T00:00:00Z',
  credentialSubject: [
    {
      type: ['TransformationEvent', 'Event'],
      id: 'https://example.com/events/untp/1',
      processType: 'Ginning',
      eventTime: '2024-10-02T09:00:00+05:30',
      action: 'observe',
      bizStep: 'https://ref.gs1.org/cbv/BizStep-commissioning',
      bizLocation: 'https://id.gs1.org/414/9520003000017',
      inputQuantityList: [
        {
          type: ['QuantityElement'],
          productId: 'https://id.gs1.org/01/09520003000109/10/SC-2024-9',
          productName: 'Seed cotton',
          quantity: 3000,
          uom: 'KGM',
        },
      ],
      outputQuantityList: [
        {
          type: ['QuantityElement'],
          productId: 'https://id.gs1.org/01/09520003000208/10/L-2024-9',
          productName: 'Cotton lint',
          quantity: 1.05,
          uom: 'TNE',
        },
      ],
    },
    {
      type: ['ObjectEvent', 'Event'],
      id: 'https://example.com/events/untp/2',
      eventTime: '2024-10-01T08:00:00+05:30',
      action: 'add',
      bizStep: 'commissioning',
      bizLocation: 'https://id.gs1.org/414/9520003000024',
      quantityList: [
        {
          productId: 'https://id.gs1.org/01/09520003000109/10/SC-2024-9',
          productName: 'Seed cotton',
          quantity: 3000,
          uom: 'KGM',
        },
      ],
    },
    {
      type: ['AggregationEvent', 'Event'],
      id: 'https://example.com/events/untp/3',
      eventTime: '2024-10-03T10:00:00+05:30',
      action: 'add',
      bizStep: 'packing',
      bizLocation: 'https://id.gs1.org/414/9520003000017',
      parentEPC: {
        type: ['Item'],
        id: 'https://id.gs1.org/00/095200030000000019',
        name: 'Container of lint bales',
      },
      childEPCList: [{ id: 'https://id.gs1.org/01/09520003000215/21/BALE-1', name: 'Lint bale 1' }],
      childQuantityList: [
        {
          productId: 'https://id.gs1.org/01/09520003000208/10/L-2024-9',
          productName: 'Cotton lint',
          quantity: 1050,
          uom: 'KGM',
        },
      ],
    },
    {
      type: ['TransactionEvent', 'Event'],
      id: 'https://example.com/events/untp/4',
      eventTime: '2024-10-04T12:00:00Z',
      action: 'add',
      bizStep: 'shipping',
      bizLocation: 'https://id.gs1.org/414/9520003000017',
      sourceParty: 'did:web:gin.example.com',
      destinationParty: 'did:web:spinner.example.com',
      bizTransaction: 'https://ref.gs1.org/cbv/BTT-inv',
      quantityList: [
        {
          productId: 'https://id.gs1.org/01/09520003000208/10/L-2024-9',
          productName: 'Cotton lint',
          quantity: 1050,
          uom: 'KGM',
        },
      ],
      carrierName: 'Example Road Freight',
    },
    {
      type: ['AssociationEvent', 'Event'],
      id: 'https://example.com/events/untp/5',
      eventTime: '2024-10-04T13:00:00Z',
      action: 'add',
      bizStep: 'assembling',
      parentEPC: { id: 'https://id.gs1.org/8004/952000300000BALE-PRESS-2', name: 'Bale press 2' },
      childEPCList: [{ id: 'https://id.gs1.org/01/09520003000215/21/BALE-1', name: 'Lint bale 1' }],
    },
  ],
} as const;
