import { readFileSync } from 'node:fs';
import {
  FxRate,
  parseRows,
  type RowError,
  type WorkerRecord,
  WorkerRecord as WorkerRecordSchema,
} from '@unforced/core';

/** Reads `workers.json`; invalid records are reported by their position (1-based) and the rest kept. */
export function loadWorkers(path: string): { workers: WorkerRecord[]; errors: RowError[] } {
  const parsed = parseRows(WorkerRecordSchema, JSON.parse(readFileSync(path, 'utf8')) as unknown[]);
  return { workers: [...parsed.values], errors: [...parsed.invalid] };
}

/** Reads the caller-supplied FX rates. */
export function loadFxRates(path: string): FxRate[] {
  return [...parseRows(FxRate, JSON.parse(readFileSync(path, 'utf8')) as unknown[]).values];
}
