import type { AsOf, UnforcedIssue, WorkerRecord } from '@unforced/core';

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
  costs.forEach((cost, i) => {
    if (cost.paidOn > asOf) out.push(afterAsOf(cost.paidOn, asOf, ['costs', i, 'paidOn']));
    const back = cost.reimbursed?.on;
    if (back !== undefined && back > asOf) out.push(afterAsOf(back, asOf, ['costs', i, 'reimbursed', 'on']));
  });
  loans.forEach((loan, i) => {
    if (loan.issuedOn > asOf) out.push(afterAsOf(loan.issuedOn, asOf, ['loans', i, 'issuedOn']));
  });
  documents.forEach((doc, i) => {
    if (doc.observedOn > asOf) out.push(afterAsOf(doc.observedOn, asOf, ['documents', i, 'observedOn']));
  });
  let sorted = true;
  payslips.forEach((slip, i) => {
    if (slip.periodStart > asOf) out.push(afterAsOf(slip.periodStart, asOf, ['payslips', i, 'periodStart']));
    if (slip.periodEnd > asOf) out.push(afterAsOf(slip.periodEnd, asOf, ['payslips', i, 'periodEnd']));
    if (slip.paidOn !== undefined && slip.paidOn > asOf)
      out.push(afterAsOf(slip.paidOn, asOf, ['payslips', i, 'paidOn']));
    slip.deductions.forEach((deduction, k) => {
      const loanId = deduction.loanId;
      if (loanId !== undefined && !loans.some((loan) => loan.id === loanId))
        out.push({
          code: 'UNKNOWN_REFERENCE',
          message: `the deduction names loan "${loanId}", which the record does not hold`,
          path: ['payslips', i, 'deductions', k, 'loanId'],
        });
    });
    const previous = payslips[i - 1];
    if (previous !== undefined && previous.periodStart > slip.periodStart) sorted = false;
  });
  overlaps(payslips, sorted, out);
  return out;
}

function overlaps(payslips: WorkerRecord['payslips'], sorted: boolean, out: UnforcedIssue[]): void {
  const order = payslips.map((slip, index) => ({ slip, index }));
  if (!sorted)
    order.sort((a, b) =>
      a.slip.periodStart < b.slip.periodStart
        ? -1
        : a.slip.periodStart > b.slip.periodStart
          ? 1
          : a.index - b.index,
    );
  for (let k = 1; k < order.length; k += 1) {
    const previous = order[k - 1];
    const current = order[k];
    if (
      previous !== undefined &&
      current !== undefined &&
      current.slip.periodStart <= previous.slip.periodEnd
    )
      out.push({
        code: 'OVERLAPPING_PERIODS',
        message: `payslip "${current.slip.id}" (${current.slip.periodStart} to ${current.slip.periodEnd}) overlaps payslip "${previous.slip.id}" (${previous.slip.periodStart} to ${previous.slip.periodEnd})`,
        path: ['payslips', current.index, 'periodStart'],
      });
  }
}
