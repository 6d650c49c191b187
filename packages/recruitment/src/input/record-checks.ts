import type { AsOf, UnforcedIssue, WorkerRecord } from '@unforced/core';
import { loanWithId } from '../support/deduction-attribution.js';

function afterAsOf(date: string, asOf: AsOf, path: (string | number)[]): UnforcedIssue {
  return { code: 'DATE_AFTER_AS_OF', message: `${date} is after the as-of date ${asOf}`, path };
}

/**
 * Checks a schema-valid worker record against the run and itself: event dates after `asOf` (payments,
 * reimbursements, loans, pay periods, document observations) are `DATE_AFTER_AS_OF`; payslips whose
 * periods overlap are `OVERLAPPING_PERIODS`; a deduction naming a loan the record does not hold is
 * `UNKNOWN_REFERENCE`. Contract start and loan due dates may lie ahead. A record with any of these is
 * not assessed.
 *
 * @example
 * ```ts
 * recordIssues(worker, '2026-11-22'); // [] for a consistent record
 * ```
 */
export function recordIssues(worker: WorkerRecord, asOf: AsOf): UnforcedIssue[] {
  const out: UnforcedIssue[] = [];
  const { costs, loans, documents, payslips } = worker;
  for (let i = 0; i < costs.length; i += 1) {
    const cost = costs[i];
    if (cost === undefined) continue;
    if (cost.paidOn > asOf) out.push(afterAsOf(cost.paidOn, asOf, ['costs', i, 'paidOn']));
    const back = cost.reimbursed?.on;
    if (back !== undefined && back > asOf) out.push(afterAsOf(back, asOf, ['costs', i, 'reimbursed', 'on']));
  }
  for (let i = 0; i < loans.length; i += 1) {
    const issued = loans[i]?.issuedOn;
    if (issued !== undefined && issued > asOf) out.push(afterAsOf(issued, asOf, ['loans', i, 'issuedOn']));
  }
  for (let i = 0; i < documents.length; i += 1) {
    const observed = documents[i]?.observedOn;
    if (observed !== undefined && observed > asOf)
      out.push(afterAsOf(observed, asOf, ['documents', i, 'observedOn']));
  }
  let sorted = true;
  for (let i = 0; i < payslips.length; i += 1) {
    const slip = payslips[i];
    if (slip === undefined) continue;
    if (slip.periodStart > asOf) out.push(afterAsOf(slip.periodStart, asOf, ['payslips', i, 'periodStart']));
    if (slip.periodEnd > asOf) out.push(afterAsOf(slip.periodEnd, asOf, ['payslips', i, 'periodEnd']));
    if (slip.paidOn !== undefined && slip.paidOn > asOf)
      out.push(afterAsOf(slip.paidOn, asOf, ['payslips', i, 'paidOn']));
    for (let k = 0; k < slip.deductions.length; k += 1) {
      const loanId = slip.deductions[k]?.loanId;
      if (loanId !== undefined && loanWithId(loans, loanId) === undefined)
        out.push({
          code: 'UNKNOWN_REFERENCE',
          message: `the deduction names loan "${loanId}", which the record does not hold`,
          path: ['payslips', i, 'deductions', k, 'loanId'],
        });
    }
    const previous = payslips[i - 1];
    if (previous !== undefined && previous.periodStart > slip.periodStart) sorted = false;
  }
  if (payslips.length > 1) overlaps(payslips, sorted, out);
  return out;
}

type Payslips = WorkerRecord['payslips'];

function overlaps(payslips: Payslips, sorted: boolean, out: UnforcedIssue[]): void {
  // Records usually list payslips in order; only then is no index array needed.
  const order = sorted
    ? undefined
    : payslips
        .map((_, index) => index)
        .sort((a, b) => {
          const x = payslips[a]?.periodStart ?? '';
          const y = payslips[b]?.periodStart ?? '';
          return x < y ? -1 : x > y ? 1 : a - b;
        });
  for (let k = 1; k < payslips.length; k += 1) {
    const previousIndex = order === undefined ? k - 1 : (order[k - 1] ?? 0);
    const currentIndex = order === undefined ? k : (order[k] ?? 0);
    const previous = payslips[previousIndex];
    const current = payslips[currentIndex];
    if (previous !== undefined && current !== undefined && current.periodStart <= previous.periodEnd)
      out.push({
        code: 'OVERLAPPING_PERIODS',
        message: `payslip "${current.id}" (${current.periodStart} to ${current.periodEnd}) overlaps payslip "${previous.id}" (${previous.periodStart} to ${previous.periodEnd})`,
        path: ['payslips', currentIndex, 'periodStart'],
      });
  }
}
