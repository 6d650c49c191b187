import type { TableSpec } from '../table-spec.js';
import { AUDIT_FINDINGS_TABLE } from './audit-findings.js';
import { FX_RATES_TABLE } from './fx-rates.js';
import { GRIEVANCES_TABLE } from './grievances.js';
import { LIST_ENTRIES_TABLE } from './list-entries.js';
import { MITIGATIONS_TABLE } from './mitigations.js';
import { SCREENING_NAMES_TABLE } from './screening-names.js';
import { SUPPLIERS_TABLE } from './suppliers.js';

export {
  AUDIT_FINDINGS_TABLE,
  FX_RATES_TABLE,
  GRIEVANCES_TABLE,
  LIST_ENTRIES_TABLE,
  MITIGATIONS_TABLE,
  SCREENING_NAMES_TABLE,
  SUPPLIERS_TABLE,
};

/**
 * Every tabular input the CLI reads with its own columns (worker records use `@unforced/recruitment`'s).
 *
 * @example
 * ```ts
 * INPUT_TABLES.map((t) => t.id); // ['suppliers', 'audit-findings', 'grievances', …]
 * ```
 */
export const INPUT_TABLES: readonly TableSpec[] = [
  SUPPLIERS_TABLE,
  AUDIT_FINDINGS_TABLE,
  GRIEVANCES_TABLE,
  MITIGATIONS_TABLE,
  SCREENING_NAMES_TABLE,
  LIST_ENTRIES_TABLE,
  FX_RATES_TABLE,
];
