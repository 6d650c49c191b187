import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate.js';
import { Gln, gs1CheckDigit, parseGln } from './gln.js';
import { Lei, mod97, parseLei } from './lei.js';
import { OsId, osIdCheckCharacter, parseOsId } from './os-id.js';

describe('Open Supply Hub OS ID', () => {
  it('computes the check character by hand: CN2019303BQ3FZ → P', () => {
    // C(67)+N(78)=145; digits 2+0+1+9+3+0+3=18; B=11,Q=23,3=3,F=15,Z=31 → 83; 246 mod 32 = 22 → 'P'
    expect(osIdCheckCharacter('CN2019303BQ3FZ')).toBe('P');
  });

  it('accepts a valid id, with hyphens, spaces or lower case', () => {
    expect(parseOsId('CN2019303BQ3FZP')._unsafeUnwrap()).toBe('CN2019303BQ3FZP');
    expect(parseOsId('cn-2019303-bq3fz-p')._unsafeUnwrap()).toBe('CN2019303BQ3FZP');
    expect(OsId.parse('CN 2019303 BQ3FZ P')).toBe('CN2019303BQ3FZP');
  });

  it('reports a wrong check character as a check-digit error', () => {
    expect(parseOsId('CN2019303BQ3FZQ')._unsafeUnwrapErr().code).toBe('IDENTIFIER_CHECK_DIGIT_MISMATCH');
  });

  it.each([
    'CN2019303BQ3FZ',
    'CN2019303BQ3FZPP',
    'ZZ2019303BQ3FZP',
    'CN2019303BQ3FIP',
    'CNX019303BQ3FZP',
    '',
  ])('reports %j as a format error', (id) => {
    expect(parseOsId(id)._unsafeUnwrapErr().code).toBe('IDENTIFIER_FORMAT_INVALID');
  });
});

describe('LEI (ISO 17442)', () => {
  it.each(['HWUPKR0MPOU8FGXBT394', '5493001KJTIIGC8Y1R12', '7LTWFZYICNSX8D621K86', '529900T8BM49AURSDO55'])(
    'accepts the published LEI %s',
    (lei) => {
      expect(mod97(lei)).toBe(1);
      expect(parseLei(lei)._unsafeUnwrap()).toBe(lei);
    },
  );

  it('reports a changed check digit or a transposition', () => {
    expect(parseLei('HWUPKR0MPOU8FGXBT395')._unsafeUnwrapErr().code).toBe('IDENTIFIER_CHECK_DIGIT_MISMATCH');
    expect(parseLei('HWUPKR0MPOU8FGXTB394')._unsafeUnwrapErr().code).toBe('IDENTIFIER_CHECK_DIGIT_MISMATCH');
  });

  it('reports wrong length or characters as a format error', () => {
    expect(parseLei('HWUPKR0MPOU8FGXBT39')._unsafeUnwrapErr().code).toBe('IDENTIFIER_FORMAT_INVALID');
    expect(parseLei('HWUPKR0MPOU8FGXBT3A4')._unsafeUnwrapErr().code).toBe('IDENTIFIER_FORMAT_INVALID');
  });

  it('reports the code through the schema too', () => {
    expect(validate(Lei, 'HWUPKR0MPOU8FGXBT395')._unsafeUnwrapErr().code).toBe(
      'IDENTIFIER_CHECK_DIGIT_MISMATCH',
    );
  });
});

describe('GLN (GS1 mod 10)', () => {
  it('computes check digits by hand', () => {
    // 4 0 0 6 3 8 1 3 3 3 9 3 weighted 1,3,1,3… from the left (3 on the rightmost): sum 89 → check 1
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(gs1CheckDigit('062910800003')).toBe(5);
  });

  it('accepts valid GLNs and refuses wrong check digits', () => {
    expect(parseGln('4006381333931')._unsafeUnwrap()).toBe('4006381333931');
    expect(Gln.parse('0629108000035')).toBe('0629108000035');
    expect(parseGln('4006381333932')._unsafeUnwrapErr().code).toBe('IDENTIFIER_CHECK_DIGIT_MISMATCH');
    expect(parseGln('400638133393')._unsafeUnwrapErr().code).toBe('IDENTIFIER_FORMAT_INVALID');
    expect(parseGln('40063813339A1')._unsafeUnwrapErr().code).toBe('IDENTIFIER_FORMAT_INVALID');
  });
});
