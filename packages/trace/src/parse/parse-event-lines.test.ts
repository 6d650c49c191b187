import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { syntheticCottonChain } from '../example/synthetic-cotton-chain.js';
import { UNTP_EXAMPLE } from '../testing/untp-example.js';
import { parseEventLines } from './parse-event-lines.js';

const good = (id: string) =>
  JSON.stringify({
    type: 'ObjectEvent',
    eventTime: '2025-01-01T00:00:00Z',
    eventTimeZoneOffset: '+00:00',
    eventID: id,
    action: 'OBSERVE',
    epcList: ['urn:x'],
  });

describe('reading JSON Lines', () => {
  it('reads text, skipping blank lines and CRLF endings, and reports bad lines by line number', async () => {
    const text = [
      good('urn:a'),
      '',
      '{"type": "ObjectEvent"',
      good('urn:b'),
      '[1,2]',
      `${good('urn:c')}\r`,
      '',
    ].join('\n');
    const batch = (await parseEventLines(text))._unsafeUnwrap();
    expect(batch.events.map((e) => e.id)).toEqual(['urn:a', 'urn:b', 'urn:c']);
    expect(batch.invalid.map((bad) => [bad.line, bad.index, bad.issues[0]?.code])).toEqual([
      [3, 1, 'INVALID_FORMAT'], // line 3 is the second non-blank record (index 1)
      [5, 3, 'INVALID_TYPE'],
    ]);
  });

  it('reads a Node stream whose chunks split lines and multi-byte characters', async () => {
    const text = `${good('urn:ü-1')}\n${good('urn:ü-2')}\n`;
    const bytes = Buffer.from(text, 'utf8');
    const split = text.indexOf('ü') + 1; // inside the two bytes of "ü"
    const chunks = [bytes.subarray(0, split), bytes.subarray(split, split + 7), bytes.subarray(split + 7)];
    const batch = (await parseEventLines(Readable.from(chunks)))._unsafeUnwrap();
    expect(batch.events.map((e) => e.id)).toEqual(['urn:ü-1', 'urn:ü-2']);
  });

  it('reads an iterable of lines, and tells EPCIS, UNTP and normalised events apart', async () => {
    const untp = JSON.stringify(UNTP_EXAMPLE.credentialSubject[1]);
    const epcis = syntheticCottonChain().jsonLines.split('\n')[0] ?? '';
    const first = (await parseEventLines([epcis]))._unsafeUnwrap().events[0];
    const normalised = JSON.stringify(first);
    const batch = (await parseEventLines([epcis, untp, normalised]))._unsafeUnwrap();
    expect(batch.invalid).toEqual([]);
    expect(batch.events.map((e) => e.kind)).toEqual(['object', 'object', 'object']);
    expect(batch.events[2]).toEqual(first);
  });

  it('reports a stream that fails, and refuses unknown options', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield `${good('urn:a')}\n`;
      throw new Error('disk unplugged');
    }
    expect((await parseEventLines(failing()))._unsafeUnwrapErr().code).toBe('DATASET_PARSE_FAILED');
    expect((await parseEventLines('', { format: 'xml' as never }))._unsafeUnwrapErr().code).toBe(
      'OUT_OF_RANGE',
    );
  });
});
