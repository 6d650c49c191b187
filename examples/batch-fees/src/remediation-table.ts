import { compareSeverity, type Finding, formatMoney, toDecimalString } from '@unforced/core';
import type { RecruitmentReport } from '@unforced/recruitment';
import { type CsvValue, csvCell } from '@unforced/report';

const table = (header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>) =>
  [header, ...rows].map((row) => `${row.map((cell) => csvCell(cell)).join(',')}\r\n`).join('');

/** One row per worker owed money: what, in which currency, made of what, by when. */
export function remediationCsv(report: RecruitmentReport): string {
  return table(
    [
      'facility_id',
      'worker_id',
      'owed',
      'currency',
      'owed_in_worker_currency',
      'worker_currency',
      'items',
      'basis',
      'due_date',
    ],
    report.workers
      .filter((w) => w.remediation.items.length > 0)
      .map((w) => [
        w.facilityId,
        w.workerId,
        w.remediation.inEmployerCurrency === undefined
          ? undefined
          : toDecimalString(w.remediation.inEmployerCurrency),
        w.remediation.inEmployerCurrency?.currency,
        w.remediation.inWorkerCurrency === undefined
          ? undefined
          : toDecimalString(w.remediation.inWorkerCurrency),
        w.remediation.inWorkerCurrency?.currency,
        w.remediation.items.map((i) => `${i.source} ${i.ref}: ${formatMoney(i.amount)}`).join('; '),
        w.remediation.basis,
        w.remediation.dueDate,
      ]),
  );
}

/** One row per finding, most severe first. */
export function findingsCsv(findings: readonly Finding[]): string {
  return table(
    ['severity', 'code', 'subject', 'indicators', 'message', 'standard', 'remediation', 'due_date'],
    [...findings]
      .sort((a, b) => compareSeverity(b.severity, a.severity))
      .map((f) => [
        f.severity,
        f.code,
        `${f.subject.kind} ${f.subject.id}`,
        f.indicators.join(';'),
        f.message,
        f.standards.map((s) => `${s.standard} ${s.clause}`).join('; '),
        f.remediation?.action,
        f.remediation?.dueDate,
      ]),
  );
}
