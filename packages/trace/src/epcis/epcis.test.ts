import { describe, expect, it } from 'vitest';
import { TraceEvent } from '../model/trace-event.js';
import { parseEpcisDocument } from '../parse/parse-epcis-document.js';
import { EPCIS_EXAMPLE, EPCIS_MALFORMED } from '../testing/epcis-example.js';
import { cbvTerm } from './cbv.js';
import { toEpcisDocument } from './to-epcis-document.js';

describe('reading EPCIS 2.0', () => {
  const batch = parseEpcisDocument(JSON.stringify(EPCIS_EXAMPLE))._unsafeUnwrap();
  const [object, aggregation, transaction, transformation, association, extension] = batch.events;

  it('reads every event type, and keeps an unknown type as an extension event', () => {
    expect(batch.invalid).toEqual([]);
    expect(batch.events.map((e) => e.kind)).toEqual([
      'object',
      'aggregation',
      'transaction',
      'transformation',
      'association',
      'extension',
    ]);
    for (const event of batch.events) expect(TraceEvent.safeParse(event).success).toBe(true);
  });

  it('normalises CBV vocabulary to bare terms', () => {
    expect(object?.bizStep).toBe('commissioning');
    expect(object?.disposition).toBe('active');
    expect(transaction?.bizTransactionList).toEqual([
      { type: 'po', id: 'urn:epcglobal:cbv:bt:9520002000002:PO-77' },
      { type: 'inv', id: 'urn:epcglobal:cbv:bt:9520001000003:INV-12' },
    ]);
    expect(transaction?.sourceList).toEqual([{ type: 'owning_party', id: 'urn:epc:id:pgln:9520001.00000' }]);
    expect(cbvTerm('urn:epcglobal:cbv:bizstep:shipping', 'bizStep')).toBe('shipping');
    expect(cbvTerm('urn:epcglobal:cbv:sdt:possessing_party', 'sourceDestinationType')).toBe(
      'possessing_party',
    );
    // A term the CBV does not define is left as written.
    expect(cbvTerm('https://ref.gs1.org/cbv/BizStep-weaving', 'bizStep')).toBe(
      'https://ref.gs1.org/cbv/BizStep-weaving',
    );
  });

  it('maps each type’s fields, with quantities as exact decimal strings', () => {
    expect(object?.epcList).toHaveLength(2);
    expect(object?.readPoint).toBe('urn:epc:id:sgln:9520001.00001.1');
    expect(aggregation?.parentId).toBe('urn:epc:id:sscc:9520001.0000000007');
    expect(aggregation?.childEpcs).toHaveLength(2);
    expect(transformation?.inputEpcList).toHaveLength(2);
    expect(transformation?.outputQuantityList).toEqual([
      { epcClass: 'urn:epc:class:lgtin:9520002.020001.Y-01', quantity: '410.5', uom: 'KGM' },
    ]);
    expect(transformation?.transformationId).toBe('urn:epc:id:gdti:9520002.00001.TR-0001');
    expect(transformation?.action).toBeUndefined();
    expect(association?.childQuantityList[0]?.quantity).toBe('100');
  });

  it('keeps extension fields and ILMD, not dropping them', () => {
    expect(object?.extensions).toEqual({ 'ext:moistureContent': 7.5 });
    expect(object?.ilmd).toEqual({ 'ext:harvestYear': 2024 });
    expect(extension?.type).toBe('ext:QualityGradingEvent');
    expect(extension?.extensions).toEqual({
      'ext:grade': 'strict low middling',
      'ext:lots': ['urn:epc:class:lgtin:9520002.020001.Y-01'],
    });
  });

  it('writes back what it read: EPCIS → model → EPCIS → model is the identity', () => {
    const written = toEpcisDocument(batch.events, { creationDate: '2025-05-01T00:00:00Z' })._unsafeUnwrap();
    const again = parseEpcisDocument(written.document)._unsafeUnwrap();
    expect(again.events).toEqual(batch.events);
    const list = (written.document.epcisBody as { eventList: Array<Record<string, unknown>> }).eventList;
    expect(list[0]?.['ext:moistureContent']).toBe(7.5);
    expect(list[5]?.type).toBe('ext:QualityGradingEvent');
  });

  it('reports each malformed event by index with every issue path, and keeps the good one', () => {
    const read = parseEpcisDocument(EPCIS_MALFORMED)._unsafeUnwrap();
    expect(read.events.map((e) => e.id)).toEqual(['urn:good']);
    const issues = read.invalid.map((bad) => [
      bad.index,
      bad.eventId,
      bad.issues.map((i) => [i.code, i.path.join('.')]),
    ]);
    expect(issues).toEqual([
      [0, 'urn:bad:no-time', [['REQUIRED', 'epcisBody.eventList.0.eventTime']]],
      [
        1,
        'urn:bad:quantity',
        [
          ['OUT_OF_RANGE', 'epcisBody.eventList.1.quantityList.0.quantity'],
          ['INVALID_FORMAT', 'epcisBody.eventList.1.quantityList.0.uom'],
        ],
      ],
      [2, 'urn:bad:no-outputs', [['VALIDATION_FAILED', 'epcisBody.eventList.2.inputQuantityList']]],
      [3, 'urn:bad:no-documents', [['REQUIRED', 'epcisBody.eventList.3.bizTransactionList']]],
      [5, undefined, [['INVALID_TYPE', 'epcisBody.eventList.5']]],
    ]);
  });

  it('refuses a document whose envelope is broken, and text that is not JSON', () => {
    expect(
      parseEpcisDocument({ type: 'EPCISDocument' })
        ._unsafeUnwrapErr()
        .issues.map((i) => i.path[0]),
    ).toEqual(['@context', 'schemaVersion', 'creationDate', 'epcisBody']);
    expect(parseEpcisDocument('{"type":')._unsafeUnwrapErr().code).toBe('INVALID_FORMAT');
  });

  it('reads an EPCIS query document and gives events without an id a content id', () => {
    const event = {
      type: 'ObjectEvent',
      eventTime: '2025-01-01T00:00:00Z',
      eventTimeZoneOffset: '+00:00',
      action: 'OBSERVE',
      epcList: ['urn:x'],
    };
    const query = {
      '@context': 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld',
      type: 'EPCISQueryDocument',
      schemaVersion: '2.0',
      creationDate: '2025-01-02T00:00:00Z',
      epcisBody: { queryResults: { resultsBody: { eventList: [event, { ...event }] } } },
    };
    const read = parseEpcisDocument(query)._unsafeUnwrap();
    expect(read.events).toHaveLength(2);
    expect(read.events[0]?.id).toMatch(/^urn:unforced:event:[0-9a-f]{32}$/);
    expect(read.events[1]?.id).toBe(read.events[0]?.id);
  });
});
