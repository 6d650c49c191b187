import {
  AuditFinding,
  Finding,
  Grievance,
  parseRows,
  RecordId,
  Supplier,
  type UnforcedIssue,
} from '@unforced/core';
import { z } from 'zod';
import { CheckRun, Mitigation } from '../input/mitigation.js';
import type { SupplierEvidence } from '../input/supplier-evidence.js';

/**
 * A finding with the supplier it is about, for findings whose subject (a worker, recruiter, lot…) does
 * not name the supplier itself.
 *
 * @example
 * ```ts
 * AttributedFinding.parse({ supplierId: 'SUP-1', finding });
 * ```
 */
export const AttributedFinding = z.strictObject({ supplierId: RecordId, finding: Finding });

/** A finding attributed to a supplier. */
export type AttributedFinding = z.output<typeof AttributedFinding>;

/** Flat lists of suppliers and evidence, as read from files, for {@link groupEvidence}. */
export interface FlatEvidence {
  readonly suppliers: readonly unknown[];
  /** Findings: a finding about a supplier or one of its facilities is attributed by its subject; others must be wrapped in {@link AttributedFinding}. */
  readonly findings?: readonly unknown[];
  readonly auditFindings?: readonly unknown[];
  readonly grievances?: readonly unknown[];
  readonly mitigations?: readonly unknown[];
  /** Checks run, each with the `supplierId` it was run on. */
  readonly checks?: readonly unknown[];
}

/** A record of {@link FlatEvidence} that could not be used: which list, its 0-based index, every issue. */
export interface EvidenceRecordError {
  readonly list: 'suppliers' | 'findings' | 'auditFindings' | 'grievances' | 'mitigations' | 'checks';
  readonly index: number;
  readonly issues: readonly UnforcedIssue[];
}

const FindingEntry = z.union([AttributedFinding, Finding]);
const SupplierCheck = CheckRun.extend({ supplierId: RecordId });

/**
 * Groups flat lists of suppliers and evidence into one {@link SupplierEvidence} per supplier (sorted by
 * id). Every record is validated; an invalid one, a record about a supplier not in the list, or a
 * finding that cannot be attributed (`UNKNOWN_REFERENCE`) is reported with its list, index and paths,
 * and the rest are grouped.
 *
 * @example
 * ```ts
 * const { entries, errors } = groupEvidence({ suppliers, findings, auditFindings });
 * const portfolio = assessPortfolio(entries, { asOf: '2026-11-22' });
 * ```
 */
export function groupEvidence(flat: FlatEvidence): {
  entries: SupplierEvidence[];
  errors: EvidenceRecordError[];
} {
  const errors: EvidenceRecordError[] = [];
  const parse = <S extends z.ZodType>(
    list: EvidenceRecordError['list'],
    schema: S,
    rows: readonly unknown[] = [],
  ) => {
    const parsed = parseRows(schema, rows, { firstRowNumber: 0 });
    for (const bad of parsed.invalid) errors.push({ list, index: bad.row, issues: bad.issues });
    return parsed.valid;
  };
  const byId = new Map<string, SupplierEvidence>();
  const facilityOwner = new Map<string, string>();
  const suppliers = parse('suppliers', Supplier, flat.suppliers);
  const counts = new Map<string, number>();
  for (const { value } of suppliers) counts.set(value.id, (counts.get(value.id) ?? 0) + 1);
  for (const { row, value } of suppliers) {
    if ((counts.get(value.id) ?? 0) > 1) {
      errors.push({
        list: 'suppliers',
        index: row,
        issues: [
          { code: 'DUPLICATE_ID', message: `supplier "${value.id}" appears more than once`, path: ['id'] },
        ],
      });
      continue;
    }
    byId.set(value.id, {
      supplier: value,
      findings: [],
      auditFindings: [],
      grievances: [],
      mitigations: [],
      checks: [],
    });
    for (const facility of value.facilityIds) facilityOwner.set(facility, value.id);
  }
  const attach = (
    list: EvidenceRecordError['list'],
    index: number,
    supplierId: string | undefined,
    path: string[],
  ) => {
    const entry = supplierId === undefined ? undefined : byId.get(supplierId);
    if (entry === undefined)
      errors.push({
        list,
        index,
        issues: [
          {
            code: 'UNKNOWN_REFERENCE',
            message:
              supplierId === undefined
                ? 'cannot tell which supplier this finding is about: wrap it as { supplierId, finding }'
                : `no supplier "${supplierId}" in the portfolio`,
            path,
          },
        ],
      });
    return entry;
  };
  for (const { row, value } of parse('findings', FindingEntry, flat.findings)) {
    const finding = 'finding' in value ? value.finding : value;
    const subject = finding.subject;
    const supplierId =
      'supplierId' in value
        ? value.supplierId
        : subject.kind === 'supplier'
          ? subject.id
          : subject.kind === 'facility'
            ? facilityOwner.get(subject.id)
            : undefined;
    const path = 'supplierId' in value ? ['supplierId'] : ['subject', 'id'];
    attach('findings', row, supplierId, path)?.findings.push(finding);
  }
  for (const { row, value } of parse('auditFindings', AuditFinding, flat.auditFindings))
    attach('auditFindings', row, value.supplierId, ['supplierId'])?.auditFindings.push(value);
  for (const { row, value } of parse('grievances', Grievance, flat.grievances))
    attach('grievances', row, value.supplierId, ['supplierId'])?.grievances.push(value);
  for (const { row, value } of parse('mitigations', Mitigation, flat.mitigations))
    attach('mitigations', row, value.supplierId, ['supplierId'])?.mitigations.push(value);
  for (const { row, value } of parse('checks', SupplierCheck, flat.checks))
    attach('checks', row, value.supplierId, ['supplierId'])?.checks.push({
      area: value.area,
      runOn: value.runOn,
    });
  const entries = [...byId.keys()].sort().map((id) => byId.get(id) as SupplierEvidence);
  return {
    entries,
    errors: errors.sort((a, b) => (a.list < b.list ? -1 : a.list > b.list ? 1 : a.index - b.index)),
  };
}
