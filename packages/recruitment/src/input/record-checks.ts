import type { AsOf, UnforcedIssue, WorkerRecord } from '@unforced/core';

function after(date: string | undefined, asOf: AsOf, path: (string | number)[], out: UnforcedIssue[]): void {
  if (date !== undefined && date > asOf)
    out.push({ code: 'DATE_AFTER_AS_OF', message: `${date} is after the as-of date ${asOf}`, path });
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
  worker.costs.forEach((cost, i) => {
    after(cost.paidOn, asOf, ['costs', i, 'paidOn'], out);
    after(cost.reimbursed?.on, asOf, ['costs', i, 'reimbursed', 'on'], out);
  });
  worker.loans.forEach((loan, i) => {
    after(loan.issuedOn, asOf, ['loans', i, 'issuedOn'], out);
  });
  worker.documents.forEach((doc, i) => {
    after(doc.observedOn, asOf, ['documents', i, 'observedOn'], out);
  });
  const loanIds = new Set(worker.loans.map((loan) => loan.id));
  worker.payslips.forEach((slip, i) => {
    after(slip.periodStart, asOf, ['payslips', i, 'periodStart'], out);
    after(slip.periodEnd, asOf, ['payslips', i, 'periodEnd'], out);
    after(slip.paidOn, asOf, ['payslips', i, 'paidOn'], out);
    slip.deductions.forEach((d, k) => {
      if (d.loanId !== undefined && !loanIds.has(d.loanId))
        out.push({
          code: 'UNKNOWN_REFERENCE',
          message: `the deduction names loan "${d.loanId}", which the record does not hold`,
          path: ['payslips', i, 'deductions', k, 'loanId'],
        });
    });
  });
  const periods = worker.payslips
    .map((slip, index) => ({ slip, index }))
    .sort((a, b) =>
      a.slip.periodStart < b.slip.periodStart
        ? -1
        : a.slip.periodStart > b.slip.periodStart
          ? 1
          : a.index - b.index,
    );
  for (let k = 1; k < periods.length; k += 1) {
    const previous = periods[k - 1];
    const current = periods[k];
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
  return out;
}
