import { format, isValid, parse } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { validate } from '../validation/validate.js';
import {
  addDaysIso,
  addMonthsIso,
  compareIsoDates,
  daysBetween,
  IsoDate,
  isIsoDate,
  notAfter,
  parseIsoDate,
} from './iso-date.js';
import { IsoDateTime } from './iso-date-time.js';

describe('IsoDate', () => {
  it.each(['2026-11-22', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-11-31',
    '22/11/2026',
    '2026-1-5',
    '',
    '2026-11-22T00:00:00Z',
  ])('refuses %j as INVALID_DATE', (date) => {
    expect(validate(IsoDate, date)._unsafeUnwrapErr().code).toBe('INVALID_DATE');
    expect(parseIsoDate(date).isErr()).toBe(true);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDaysIso('2026-11-22', 90)).toBe('2027-02-20'); // 8 + 31 + 31 + 20
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2026-03-29', -30)).toBe('2026-02-27');
  });

  it('adds months with end-of-month clamping', () => {
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2024-01-31', 1)).toBe('2024-02-29');
  });

  it('counts calendar days', () => {
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
    expect(daysBetween('2026-03-01', '2026-01-01')).toBe(-59);
  });

  it('orders dates', () => {
    expect(['2026-02-01', '2025-12-31', '2026-01-15'].sort(compareIsoDates)).toEqual([
      '2025-12-31',
      '2026-01-15',
      '2026-02-01',
    ]);
  });

  it('refuses dates after asOf where a schema says so', () => {
    expect(validate(notAfter('2026-11-22'), '2026-11-23')._unsafeUnwrapErr().code).toBe('DATE_AFTER_AS_OF');
    expect(validate(notAfter('2026-11-22'), '2026-11-22').isOk()).toBe(true);
  });
});

describe('IsoDateTime', () => {
  it.each(['2026-03-01T08:30:00Z', '2026-03-01T08:30:00.123+08:00', '2026-03-01T23:59:59-05:00'])(
    'accepts %s',
    (value) => {
      expect(validate(IsoDateTime, value).isOk()).toBe(true);
    },
  );

  it.each(['2026-03-01T08:30:00', '2026-02-30T08:30:00Z', '2026-03-01T24:00:00Z', '2026-03-01'])(
    'refuses %s',
    (value) => {
      expect(validate(IsoDateTime, value)._unsafeUnwrapErr().code).toBe('INVALID_DATE');
    },
  );
});

describe('isIsoDate fast path', () => {
  it('agrees with date-fns parsing for every day-of-month 00–32 of every month 00–13, 1899–2201', () => {
    // The arithmetic check covers 1900–2199; the years either side go through date-fns, so the
    // boundaries are exercised too.
    const viaDateFns = (value: string) => {
      const date = parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1));
      return isValid(date) && format(date, 'yyyy-MM-dd') === value;
    };
    const pad = (n: number) => String(n).padStart(2, '0');
    let checked = 0;
    for (let year = 1899; year <= 2201; year++)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${pad(month)}-${pad(day)}`;
          if (isIsoDate(value) !== viaDateFns(value)) expect.fail(`${value} disagrees`);
          checked += 1;
        }
    expect(checked).toBe(303 * 14 * 33);
  });
});
