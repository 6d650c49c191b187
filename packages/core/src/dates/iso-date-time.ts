import { z } from 'zod';
import { addCodedIssue } from '../validation/coded-issue.js';
import { isIsoDate } from './iso-date.js';

const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Whether a string is an ISO 8601 / RFC 3339 date-time with an explicit offset
 * (`2026-03-01T08:30:00+08:00` or `…Z`). Local times without an offset are refused: their instant is
 * unknown.
 *
 * @example
 * ```ts
 * isIsoDateTime('2026-03-01T08:30:00Z'); // true
 * ```
 */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_TIME_PATTERN.exec(value);
  if (match === null) return false;
  return (
    isIsoDate(match[1]) &&
    !Number.isNaN(Date.parse(value)) &&
    Number(match[2]) < 24 &&
    Number(match[3]) < 60 &&
    Number(match[4]) < 60
  );
}

/**
 * An ISO 8601 date-time with a UTC offset.
 *
 * @example
 * ```ts
 * IsoDateTime.parse('2026-03-01T08:30:00+08:00');
 * ```
 */
export const IsoDateTime = z.string().superRefine((value, ctx) => {
  if (!isIsoDateTime(value))
    addCodedIssue(ctx, 'INVALID_DATE', `"${value}" is not an ISO 8601 date-time with an offset`);
});

/** An ISO 8601 date-time with a UTC offset. */
export type IsoDateTime = z.infer<typeof IsoDateTime>;
