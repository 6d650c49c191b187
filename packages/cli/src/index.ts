export type { Command } from './commands/command.js';
export { EXIT_CODES, type ExitCode } from './exit-codes.js';
export { detectDelimiter } from './input/detect-delimiter.js';
export type { InputFormat, InputRecord, RecordLocation } from './input/input-record.js';
export { type ReadInputOptions, readInput } from './input/read-input.js';
export { type CliIo, nodeIo } from './io.js';
export { type CommonOptions, OUTPUT_FORMATS, type OutputFormat, parseCommandArgs } from './options.js';
export { COMMANDS, runCli } from './run-cli.js';
