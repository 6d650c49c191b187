import type { FindingInput } from '@unforced/core';

/** What a caller adds to a report built from another package's output. */
export interface BuildReportOptions {
  readonly title?: string;
  readonly subtitle?: string;
  readonly preparedBy?: string;
  readonly preparedFor?: string;
  readonly reference?: string;
  /** Findings to list in full (the assessment cites them by id only). */
  readonly findings?: readonly FindingInput[];
}

/** The optional meta fields of {@link BuildReportOptions}, without undefined values. */
export function metaExtras(options: BuildReportOptions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['subtitle', 'preparedBy', 'preparedFor', 'reference'] as const) {
    const value = options[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
