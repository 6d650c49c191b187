import { describe, expect, it } from 'vitest';
import { uflpaId } from './uflpa-id.js';

describe('uflpaId', () => {
  it('slugs the name in lower case with single dashes', () => {
    expect(uflpaId('Xinjiang Daqo New Energy Co., Ltd.')).toBe('uflpa:xinjiang-daqo-new-energy-co-ltd');
    expect(uflpaId('Xinjiang Production and Construction Corps (XPCC)')).toBe(
      'uflpa:xinjiang-production-and-construction-corps-xpcc',
    );
  });

  it('has no dash at either end', () => {
    expect(uflpaId('  (A&B) Co. ')).toBe('uflpa:a-b-co');
  });
});
