import { column, type TableSpec } from '../table-spec.js';

/**
 * Mitigations in place (`unforced assess --mitigations`), read into the risk package's `Mitigation`.
 *
 * @example
 * ```ts
 * loadTable('mitigations.csv', io, MITIGATIONS_TABLE, Mitigation);
 * ```
 */
export const MITIGATIONS_TABLE: TableSpec = {
  id: 'mitigations',
  title: 'Mitigations',
  columns: [
    column('id', 'id', 'text', true, 'mitigation id', 'MIT-1'),
    column('supplier_id', 'supplierId', 'text', true, 'the supplier', 'SUP-001'),
    column(
      'kind',
      'kind',
      'text',
      true,
      '`independent-audit`, `certified-recruiter`, `grievance-channel` or `fee-repayment`',
      'fee-repayment',
    ),
    column('since', 'since', 'date', true, 'in effect from', '2026-09-15'),
    column('until', 'until', 'date', false, 'in effect until', ''),
    column(
      'description',
      'description',
      'text',
      false,
      'what it is',
      'Repayment programme for recruitment fees',
    ),
  ],
};
