import type { FxRate, Money } from '@unforced/core';

/** A payslip as tests write it (validated by the code under test). */
export interface PayslipDraft {
  readonly deductions?: readonly unknown[];
  readonly [field: string]: unknown;
}

/**
 * A worker record as tests write it: deliberately loose, because the code under test validates it and
 * some tests feed it bad values on purpose.
 */
export interface WorkerDraft {
  readonly id: string;
  readonly costs?: readonly unknown[];
  readonly payslips?: readonly PayslipDraft[];
  readonly [field: string]: unknown;
}

/**
 * Test builders (not exported from the package): a worker record with sensible defaults that each test
 * overrides, and money helpers.
 *
 * @example
 * ```ts
 * const worker = buildWorker({ id: 'W-1', costs: [cost('C-1', 'agency fee', npr(150_000))] });
 * ```
 */
export function buildWorker(overrides: Partial<WorkerDraft> & { id: string }): WorkerDraft {
  return {
    facilityId: 'FAC-1',
    originCountry: 'NP',
    destinationCountry: 'MY',
    occupation: 'machine operator',
    occupationCategory: 'manufacturing',
    languages: ['ne'],
    contract: { monthlyGrossBaseWage: myr(1_700), startDate: '2026-04-01', language: 'ne' },
    ...overrides,
  };
}

/** Money in major units of a currency with two decimals (integer input only). */
export const money = (major: number, currency: string): Money => ({ amountMinor: major * 100, currency });
/** Nepalese rupees, major units. */
export const npr = (major: number): Money => money(major, 'NPR');
/** Malaysian ringgit, major units. */
export const myr = (major: number): Money => money(major, 'MYR');

/** A cost paid by the worker. */
export function cost(id: string, description: string, amount: Money, extra: Record<string, unknown> = {}) {
  return { id, description, amount, paidOn: '2026-02-10', paidBy: 'worker' as const, ...extra };
}

/** A monthly payslip for `month` (1–12) of 2026, paid on the 7th of the next month. */
export function payslip(
  month: number,
  gross: Money,
  deductions: Array<Record<string, unknown>> = [],
  extra: Record<string, unknown> = {},
) {
  const mm = String(month).padStart(2, '0');
  const next = month === 12 ? '2027-01-07' : `2026-${String(month + 1).padStart(2, '0')}-07`;
  const deducted = deductions.reduce(
    (sum, d) => sum + ((d.amount as Money | undefined)?.amountMinor ?? 0),
    0,
  );
  return {
    id: `P-2026-${mm}`,
    periodStart: `2026-${mm}-01`,
    periodEnd: `2026-${mm}-${month === 2 ? '28' : [4, 6, 9, 11].includes(month) ? '30' : '31'}`,
    gross,
    deductions,
    net: { amountMinor: gross.amountMinor - deducted, currency: gross.currency },
    paidOn: next,
    ...extra,
  };
}

/** The example rate of the issue: one MYR buys 28.35 NPR, dated two days before `AS_OF`. */
export const MYR_NPR: FxRate = { base: 'MYR', quote: 'NPR', rate: '28.35', date: '2026-11-20' };

/** The as-of date used across the tests. */
export const AS_OF = '2026-11-22';
