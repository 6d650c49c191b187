import { describe, expect, it } from 'vitest';
import { decimalFromNumber } from '../model/decimal-from-number.js';
import { instantOf } from '../model/instant.js';
import {
  addR,
  compareR,
  formatDecimal,
  formatFraction,
  mulR,
  parseDecimal,
  rational,
  subR,
} from './rational.js';
import { toKilograms } from './to-mass.js';
import { unitInfo } from './uom.js';

const kg = (quantity: string, uom: string | undefined, perUnit?: Record<string, string>) => {
  const map =
    perUnit === undefined
      ? undefined
      : new Map(Object.entries(perUnit).map(([k, v]) => [k, parseDecimal(v) ?? rational(0n, 1n)]));
  const result = toKilograms(quantity, uom, map);
  return 'kg' in result ? formatFraction(result.kg) : result.problem;
};

describe('exact rationals', () => {
  it('keeps lowest terms and never rounds', () => {
    expect(rational(6n, -4n)).toEqual({ n: -3n, d: 2n });
    expect(formatFraction(addR(rational(1n, 3n), rational(1n, 6n)))).toBe('1/2');
    expect(formatFraction(subR(rational(1n, 1n), rational(1n, 4n)))).toBe('3/4');
    expect(formatFraction(mulR(rational(2n, 3n), rational(3n, 4n)))).toBe('1/2');
    // 0.1 + 0.2 is exactly 0.3 here (it is not in binary floating point).
    expect(
      compareR(
        addR(parseDecimal('0.1') as never, parseDecimal('0.2') as never),
        parseDecimal('0.3') as never,
      ),
    ).toBe(0);
    expect(formatDecimal(rational(1n, 3n), 4)).toBe('0.3333');
    expect(formatDecimal(rational(2n, 3n), 2)).toBe('0.67');
    expect(parseDecimal('1.')).toBeUndefined();
  });

  it('reads JSON numbers as the decimals their authors wrote', () => {
    expect(decimalFromNumber(0.1)).toBe('0.1');
    expect(decimalFromNumber(1234.5)).toBe('1234.5');
    expect(decimalFromNumber(1e21)).toBe('1000000000000000000000');
    expect(decimalFromNumber(1.5e-7)).toBe('0.00000015');
    expect(decimalFromNumber(2.5e25)).toBe('25000000000000000000000000');
  });
});

describe('UNECE Rec 20 units', () => {
  it('converts mass units with exact factors', () => {
    expect(kg('1.5', 'TNE')).toBe('1500');
    expect(kg('250', 'GRM')).toBe('1/4');
    // 1 lb = 0.45359237 kg exactly, so 4000 lb = 1814.36948 kg = 45359237/25000.
    expect(kg('4000', 'LBR')).toBe('45359237/25000');
    // 16 oz = 1 lb: 16 × 0.028349523125 = 0.45359237 = 45359237/10^8 (odd and not a multiple of 5: lowest terms)
    expect(kg('16', 'ONZ')).toBe('45359237/100000000');
    expect(kg('16', 'ONZ')).toBe(kg('1', 'LBR'));
    expect(kg('1', 'STN')).toBe('45359237/50000'); // 2000 lb = 907.18474 kg
  });

  it('converts lengths and counts only through the product’s mass per unit', () => {
    // 100 yd = 91.44 m, × 0.165 kg/m = 15.0876 kg
    expect(kg('100', 'YRD', { MTR: '0.165' })).toBe('37719/2500');
    // 3 dozen shirts at 0.25 kg each = 9 kg; an EPC instance (no uom) counts as one item.
    expect(kg('3', 'DZN', { H87: '0.25' })).toBe('9');
    expect(kg('1', undefined, { H87: '0.25' })).toBe('1/4');
    expect(kg('10', 'MTR')).toBe('no-conversion');
    expect(kg('10', 'MTR', { H87: '0.25' })).toBe('no-conversion');
    expect(kg('10', 'XYZ')).toBe('unknown-unit');
    expect(kg('', 'KGM')).toBe('no-quantity');
    expect(unitInfo('YRD')?.dimension).toBe('length');
  });
});

describe('event instants', () => {
  it('reads date-times with offsets and fractions by position, as Date.parse would', () => {
    for (const text of [
      '2025-01-01T08:00:00+08:00',
      '2024-02-29T23:59:59.999-05:30',
      '2025-03-01T09:00:00.5Z',
      '2025-03-01T09:00:00.123456789+14:00',
      '2025-03-01T09:00:00Z',
    ])
      expect(instantOf(text)).toBe(Date.parse(text));
    // 08:00 at +08:00 is midnight UTC: 2025-01-01T00:00:00Z = 1735689600000 ms.
    expect(instantOf('2025-01-01T08:00:00+08:00')).toBe(1_735_689_600_000);
  });
});
