export type { Command } from './commands/command.js';
export { EXIT_CODES, type ExitCode } from './exit-codes.js';
export { detectDelimiter } from './input/detect-delimiter.js';
export type { InputFormat, InputRecord, RecordLocation } from './input/input-record.js';
export { type LoadedRow, type LoadedTable, loadTable } from './input/load-table.js';
export { type LoadedWorkers, loadWorkers } from './input/load-workers.js';
export { type ReadInputOptions, readInput } from './input/read-input.js';
export type { RowProblem, SkippedRow } from './input/skipped-row.js';
export { type CellKind, type ColumnSpec, normaliseHeader, type TableSpec } from './input/table-spec.js';
export {
  AUDIT_FINDINGS_TABLE,
  FX_RATES_TABLE,
  GRIEVANCES_TABLE,
  INPUT_TABLES,
  LIST_ENTRIES_TABLE,
  MITIGATIONS_TABLE,
  SCREENING_NAMES_TABLE,
  SUPPLIERS_TABLE,
} from './input/tables/index.js';
export { type CliIo, nodeIo } from './io.js';
export { type CommonOptions, OUTPUT_FORMATS, type OutputFormat, parseCommandArgs } from './options.js';
export { COMMANDS, runCli } from './run-cli.js';
