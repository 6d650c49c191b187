import { errorFromIssues, parseRows, UnforcedError, type UnforcedIssue, WorkerRecord } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';

/** A worker record that could not be checked: where it came from and every problem with its path. */
export interface RecordError {
  /** Row number (1-based position in a JSON array; line number in the CSV file named by `file`). */
  readonly row?: number;
  /** The CSV file the row is in (`workers.csv`, `costs.csv`, …), for CSV input. */
  readonly file?: string;
  readonly workerId?: string;
  readonly facilityId?: string;
  readonly issues: readonly UnforcedIssue[];
}

/** A validated worker record and the row it came from. */
export interface ParsedWorker {
  readonly row: number;
  readonly worker: WorkerRecord;
}

declare const parsedBrand: unique symbol;

/**
 * Worker records validated against core's `WorkerRecord` schema, with the records that failed. Only the
 * parse functions of this package make one, so the checks can trust its contents without validating
 * them again.
 */
export interface ParsedWorkers {
  readonly workers: readonly ParsedWorker[];
  readonly errors: readonly RecordError[];
  readonly [parsedBrand]: true;
}

/**
 * Brands validated records (internal to the package's parse functions).
 *
 * @example
 * ```ts
 * brandParsed([{ row: 1, worker }], []).workers.length; // 1
 * ```
 */
export function brandParsed(workers: readonly ParsedWorker[], errors: readonly RecordError[]): ParsedWorkers {
  return { workers, errors } as unknown as ParsedWorkers;
}

function idOf(value: unknown, key: 'id' | 'facilityId'): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as Record<string, unknown>)[key];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/**
 * Validates worker records given as objects: an array, or `{ workers: [...] }`. Each record is checked
 * on its own against `WorkerRecord`; a bad one is reported with its row (1-based position), its id when
 * it has one, and every issue with its path; the others are kept. Anything but an array is an error.
 *
 * @example
 * ```ts
 * const parsed = parseWorkers([{ id: 'W-1' }]);
 * parsed.map((p) => p.errors[0]?.row); // ok(1)
 * ```
 */
export function parseWorkers(input: unknown): Result<ParsedWorkers, UnforcedError> {
  const list = Array.isArray(input)
    ? input
    : typeof input === 'object' && input !== null && Array.isArray((input as { workers?: unknown }).workers)
      ? (input as { workers: unknown[] }).workers
      : undefined;
  if (list === undefined)
    return err(
      new UnforcedError(
        'INVALID_TYPE',
        'worker records must be an array, or an object with a "workers" array',
      ),
    );
  const parsed = parseRows(WorkerRecord, list);
  const errors: RecordError[] = parsed.invalid.map((bad) => {
    const source = list[bad.row - 1];
    const workerId = idOf(source, 'id');
    const facilityId = idOf(source, 'facilityId');
    return {
      row: bad.row,
      ...(workerId === undefined ? {} : { workerId }),
      ...(facilityId === undefined ? {} : { facilityId }),
      issues: bad.issues,
    };
  });
  return ok(
    brandParsed(
      parsed.valid.map((v) => ({ row: v.row, worker: v.value })),
      errors,
    ),
  );
}

/**
 * Validates worker records from JSON text (an array, or `{ "workers": [...] }`). Text that is not JSON is
 * `INVALID_FORMAT`.
 *
 * @example
 * ```ts
 * parseWorkersJson('[]').map((p) => p.workers.length); // ok(0)
 * ```
 */
export function parseWorkersJson(text: string): Result<ParsedWorkers, UnforcedError> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const issue: UnforcedIssue = { code: 'INVALID_FORMAT', message: 'the text is not valid JSON', path: [] };
    return err(errorFromIssues([issue], cause));
  }
  return parseWorkers(value);
}
