import { type Finding, toDecimalString } from '@unforced/core';
import { csvTable } from '@unforced/report';

/**
 * Findings as one CSV row each: code, severity, subject, ILO indicators, message, standards, basis, the
 * remediation and its due date (amounts as decimals with their currency), so they sort and filter in a
 * spreadsheet.
 *
 * @example
 * ```ts
 * findingsCsv(run.findings); // 'code,severity,subject_kind,subject_id,indicators,message,…'
 * ```
 */
export function findingsCsv(
  findings: readonly Finding[],
  supplierOf?: (f: Finding) => string | undefined,
): string {
  return csvTable(
    [
      'code',
      'severity',
      'supplier_id',
      'subject_kind',
      'subject_id',
      'indicators',
      'message',
      'standards',
      'basis',
      'as_of',
      'remediation',
      'due_date',
      'amount',
      'currency',
    ],
    findings.map((f) => [
      f.code,
      f.severity,
      supplierOf?.(f) ?? (f.subject.kind === 'supplier' ? f.subject.id : undefined),
      f.subject.kind,
      f.subject.id,
      f.indicators.join(';'),
      f.message,
      f.standards.map((s) => `${s.standard} ${s.clause}`).join('; '),
      f.basis,
      f.asOf,
      f.remediation?.action,
      f.remediation?.dueDate,
      f.remediation?.amount === undefined ? undefined : toDecimalString(f.remediation.amount),
      f.remediation?.amount?.currency,
    ]),
  );
}
