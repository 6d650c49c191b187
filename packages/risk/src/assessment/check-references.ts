import type { UnforcedIssue } from '@unforced/core';
import type { SupplierEvidence } from '../input/supplier-evidence.js';

/**
 * Checks that every record in a supplier's evidence is about that supplier (`UNKNOWN_REFERENCE`
 * otherwise) and dated on or before `asOf` (`DATE_AFTER_AS_OF` otherwise), with paths into the input.
 *
 * @example
 * ```ts
 * checkReferences(evidence, '2026-11-22'); // [] when all is well
 * ```
 */
export function checkReferences(input: SupplierEvidence, asOf: string): UnforcedIssue[] {
  const id = input.supplier.id;
  const issues: UnforcedIssue[] = [];
  const unknown = (path: Array<string | number>, other: string) =>
    issues.push({
      code: 'UNKNOWN_REFERENCE',
      message: `refers to supplier "${other}", not to "${id}" whose evidence this is`,
      path,
    });
  const late = (path: Array<string | number>, date: string) =>
    issues.push({ code: 'DATE_AFTER_AS_OF', message: `${date} is after the as-of date ${asOf}`, path });
  input.findings.forEach((f, i) => {
    if (f.subject.kind === 'supplier' && f.subject.id !== id)
      unknown(['findings', i, 'subject', 'id'], f.subject.id);
    if (f.asOf > asOf) late(['findings', i, 'asOf'], f.asOf);
  });
  input.auditFindings.forEach((a, i) => {
    if (a.supplierId !== id) unknown(['auditFindings', i, 'supplierId'], a.supplierId);
    if (a.auditDate > asOf) late(['auditFindings', i, 'auditDate'], a.auditDate);
  });
  input.grievances.forEach((g, i) => {
    if (g.supplierId !== id) unknown(['grievances', i, 'supplierId'], g.supplierId);
    if (g.receivedOn > asOf) late(['grievances', i, 'receivedOn'], g.receivedOn);
  });
  input.mitigations.forEach((m, i) => {
    if (m.supplierId !== id) unknown(['mitigations', i, 'supplierId'], m.supplierId);
  });
  return issues;
}
