import type { UnforcedIssue } from '@unforced/core';
import type { SupplierEvidence } from '../input/supplier-evidence.js';

function unknownReference(id: string, other: string, path: Array<string | number>): UnforcedIssue {
  return {
    code: 'UNKNOWN_REFERENCE',
    message: `refers to supplier "${other}", not to "${id}" whose evidence this is`,
    path,
  };
}

function afterAsOf(date: string, asOf: string, path: Array<string | number>): UnforcedIssue {
  return { code: 'DATE_AFTER_AS_OF', message: `${date} is after the as-of date ${asOf}`, path };
}

/**
 * Checks that every record in a supplier's evidence is about that supplier (`UNKNOWN_REFERENCE`
 * otherwise) and dated on or before `asOf` (`DATE_AFTER_AS_OF` otherwise), with paths into the input.
 * (Plain loops, no closures: this runs for every supplier of a million-supplier portfolio.)
 *
 * @example
 * ```ts
 * checkReferences(evidence, '2026-11-22'); // [] when all is well
 * ```
 */
export function checkReferences(input: SupplierEvidence, asOf: string): UnforcedIssue[] {
  const id = input.supplier.id;
  const issues: UnforcedIssue[] = [];
  for (let i = 0; i < input.findings.length; i++) {
    const f = input.findings[i];
    if (f === undefined) continue;
    if (f.subject.kind === 'supplier' && f.subject.id !== id)
      issues.push(unknownReference(id, f.subject.id, ['findings', i, 'subject', 'id']));
    if (f.asOf > asOf) issues.push(afterAsOf(f.asOf, asOf, ['findings', i, 'asOf']));
  }
  for (let i = 0; i < input.auditFindings.length; i++) {
    const a = input.auditFindings[i];
    if (a === undefined) continue;
    if (a.supplierId !== id)
      issues.push(unknownReference(id, a.supplierId, ['auditFindings', i, 'supplierId']));
    if (a.auditDate > asOf) issues.push(afterAsOf(a.auditDate, asOf, ['auditFindings', i, 'auditDate']));
  }
  for (let i = 0; i < input.grievances.length; i++) {
    const g = input.grievances[i];
    if (g === undefined) continue;
    if (g.supplierId !== id) issues.push(unknownReference(id, g.supplierId, ['grievances', i, 'supplierId']));
    if (g.receivedOn > asOf) issues.push(afterAsOf(g.receivedOn, asOf, ['grievances', i, 'receivedOn']));
  }
  for (let i = 0; i < input.mitigations.length; i++) {
    const m = input.mitigations[i];
    if (m !== undefined && m.supplierId !== id)
      issues.push(unknownReference(id, m.supplierId, ['mitigations', i, 'supplierId']));
  }
  return issues;
}
