import { column, type TableSpec } from '../table-spec.js';

/**
 * Grievances received (`unforced assess --grievances`), read into the core `Grievance`. Summaries must
 * not name the worker.
 *
 * @example
 * ```ts
 * loadTable('grievances.csv', io, GRIEVANCES_TABLE, Grievance);
 * ```
 */
export const GRIEVANCES_TABLE: TableSpec = {
  id: 'grievances',
  title: 'Grievances',
  columns: [
    column('id', 'id', 'text', true, 'grievance id', 'GR-2026-014'),
    column('supplier_id', 'supplierId', 'text', true, 'the supplier it concerns', 'SUP-001'),
    column('facility_id', 'facilityId', 'text', false, 'the facility it concerns', ''),
    column('received_on', 'receivedOn', 'date', true, 'date received', '2026-08-14'),
    column(
      'channel',
      'channel',
      'text',
      true,
      'how it was received (hotline, app, union…)',
      'worker hotline',
    ),
    column(
      'summary',
      'summary',
      'text',
      true,
      'what was reported, without names',
      'Overtime above 72 hours a week in peak season',
    ),
    column(
      'indicators',
      'indicators',
      'list',
      false,
      'ILO indicators, separated by `;`',
      'excessive-overtime',
    ),
    column('status', 'status', 'text', true, '`open`, `in-progress`, `resolved` or `dismissed`', 'open'),
    column('resolved_on', 'resolvedOn', 'date', false, 'date resolved', ''),
    column('anonymous', 'anonymous', 'boolean', false, 'filed anonymously (yes/no, default yes)', 'yes'),
  ],
};
