import { column, type TableSpec } from '../table-spec.js';

/**
 * Social-audit findings (`unforced assess --audits`), read into the core `AuditFinding`.
 *
 * @example
 * ```ts
 * loadTable('audits.csv', io, AUDIT_FINDINGS_TABLE, AuditFinding);
 * ```
 */
export const AUDIT_FINDINGS_TABLE: TableSpec = {
  id: 'audit-findings',
  title: 'Audit findings',
  columns: [
    column('id', 'id', 'text', true, 'finding id, unique in the file', 'AF-2025-01'),
    column(
      'supplier_id',
      'supplierId',
      'text',
      true,
      'the supplier audited (an `id` of the suppliers file)',
      'SUP-001',
    ),
    column('facility_id', 'facilityId', 'text', false, 'the facility audited', 'FAC-MY-01'),
    column('standard', 'standard', 'text', true, 'the audit standard', 'RBA VAP 8.0.2'),
    column('clause', 'clause', 'text', true, 'the clause of the standard', 'A1'),
    column(
      'grade',
      'grade',
      'text',
      true,
      'RBA grade: `priority`, `major`, `minor` or `opportunity-for-improvement`',
      'major',
    ),
    column(
      'grade_as_reported',
      'gradeAsReported',
      'text',
      false,
      'the grade in the auditor’s own words',
      'Major NC',
    ),
    column(
      'description',
      'description',
      'text',
      true,
      'what the auditor found',
      'Recruitment fees not repaid',
    ),
    column(
      'indicators',
      'indicators',
      'list',
      false,
      'ILO indicators, separated by `;` (e.g. `debt-bondage;retention-of-identity-documents`)',
      'debt-bondage',
    ),
    column('audit_date', 'auditDate', 'date', true, 'date of the audit', '2025-11-22'),
    column('auditor', 'auditor', 'text', false, 'audit firm', 'Example Audits Ltd'),
    column(
      'announcement',
      'announcement',
      'text',
      false,
      '`announced`, `semi-announced` or `unannounced`',
      'semi-announced',
    ),
    column('status', 'status', 'text', true, '`open` or `closed`', 'open'),
    column('closed_on', 'closedOn', 'date', false, 'date the finding was closed', ''),
  ],
};
