import { describe, expect, it } from 'vitest';
import { isTrustedBatch, mergeEventBatches } from '../parse/event-batch.js';
import { parseEpcisDocument } from '../parse/parse-epcis-document.js';
import { parseUntpCredential } from '../parse/parse-untp-credential.js';
import { EPCIS_EXAMPLE } from '../testing/epcis-example.js';
import { UNTP_EXAMPLE } from '../testing/untp-example.js';

describe('reading UNTP Digital Traceability Events 0.6.0', () => {
  const batch = parseUntpCredential(UNTP_EXAMPLE)._unsafeUnwrap();
  const [transformation, object, aggregation, transaction, association] = batch.events;

  it('reads the five events of the credential', () => {
    expect(batch.invalid).toEqual([]);
    expect(batch.events.map((e) => e.kind)).toEqual([
      'transformation',
      'object',
      'aggregation',
      'transaction',
      'association',
    ]);
  });

  it('translates UNTP field names to EPCIS ones', () => {
    // productId → epcClass, quantity → exact decimal, processType kept.
    expect(transformation?.inputQuantityList).toEqual([
      { epcClass: 'https://id.gs1.org/01/09520003000109/10/SC-2024-9', quantity: '3000', uom: 'KGM' },
    ]);
    expect(transformation?.outputQuantityList[0]?.quantity).toBe('1.05');
    expect(transformation?.processType).toBe('Ginning');
    expect(transformation?.eventTimeZoneOffset).toBe('+05:30');
    expect(transformation?.bizStep).toBe('commissioning');
    // lower-case action → upper case
    expect(object?.action).toBe('ADD');
    expect(object?.bizLocation).toBe('https://id.gs1.org/414/9520003000024');
    // parentEPC / childEPCList → parentId / childEpcs, names kept as labels
    expect(aggregation?.parentId).toBe('https://id.gs1.org/00/095200030000000019');
    expect(aggregation?.childEpcs).toEqual(['https://id.gs1.org/01/09520003000215/21/BALE-1']);
    expect(aggregation?.labels['https://id.gs1.org/00/095200030000000019']).toBe('Container of lint bales');
    // sourceParty / destinationParty → owning-party source and destination
    expect(transaction?.sourceList).toEqual([{ type: 'owning_party', id: 'did:web:gin.example.com' }]);
    expect(transaction?.destinationList).toEqual([
      { type: 'owning_party', id: 'did:web:spinner.example.com' },
    ]);
    expect(transaction?.bizTransactionList).toEqual([{ type: 'inv' }]);
    expect(transaction?.eventTimeZoneOffset).toBe('+00:00');
    expect(transaction?.extensions).toEqual({ carrierName: 'Example Road Freight' });
    expect(association?.parentId).toBe('https://id.gs1.org/8004/952000300000BALE-PRESS-2');
  });

  it('reports a bad event by index with its paths and keeps the others', () => {
    const broken = {
      ...UNTP_EXAMPLE,
      credentialSubject: [
        { type: ['TransactionEvent', 'Event'], eventTime: '2024-10-04T12:00:00Z', sourceParty: 'did:web:a' },
        {
          type: ['ObjectEvent', 'Event'],
          eventTime: '2024-10-04',
          action: 'OBSERVE',
          quantityList: [{ productId: 'x', quantity: 1 }],
        },
        UNTP_EXAMPLE.credentialSubject[1],
      ],
    };
    const read = parseUntpCredential(broken)._unsafeUnwrap();
    expect(read.events).toHaveLength(1);
    expect(
      read.invalid.map((bad) => [bad.index, bad.issues.map((i) => `${i.code} ${i.path.join('.')}`)]),
    ).toEqual([
      [0, ['REQUIRED credentialSubject.0.destinationParty']],
      [
        1,
        [
          'INVALID_DATE credentialSubject.1.eventTime',
          'OUT_OF_RANGE credentialSubject.1.action',
          'REQUIRED credentialSubject.1.quantityList.0.productName',
        ],
      ],
    ]);
  });

  it('merges with an EPCIS batch, and refuses a batch the parsers did not make', () => {
    const epcis = parseEpcisDocument(EPCIS_EXAMPLE)._unsafeUnwrap();
    const merged = mergeEventBatches([epcis, batch])._unsafeUnwrap();
    // The EPCIS example has six events and the credential five (both counted in the example files).
    expect(merged.events).toHaveLength(11);
    expect(isTrustedBatch(merged)).toBe(true);
    const forged = { events: [{ id: 'x' }], invalid: [] } as never;
    expect(mergeEventBatches([epcis, forged])._unsafeUnwrapErr()).toMatchObject({
      code: 'INVALID_TYPE',
      path: [1],
    });
  });

  it('refuses a credential without its envelope', () => {
    const error = parseUntpCredential({ ...UNTP_EXAMPLE, type: ['VerifiableCredential'] })._unsafeUnwrapErr();
    expect(error.issues[0]?.path).toEqual(['type']);
  });
});
