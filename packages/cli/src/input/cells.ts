import { type ErrorCode, isIsoDate, parseMoney } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { excelSerialDate } from './excel-date.js';
import type { CellKind } from './table-spec.js';

/** A problem with one cell: its code and a message that never repeats the cell's value. */
export interface CellProblem {
  readonly code: ErrorCode;
  readonly message: string;
}

const problem = (code: ErrorCode, message: string): Result<never, CellProblem> => err({ code, message });

/**
 * Reads a date cell: `YYYY-MM-DD`, or (from XLSX) a spreadsheet date serial, the number Excel stores
 * for a cell formatted as a date (45992 = 2025-12-01).
 */
function readDate(text: string, fromSpreadsheet: boolean): Result<string, CellProblem> {
  if (isIsoDate(text)) return ok(text);
  if (fromSpreadsheet && /^\d{4,6}(\.0+)?$/.test(text)) {
    const serial = Number(text);
    if (serial >= 61 && serial < 2_958_466) return ok(excelSerialDate(serial));
  }
  return problem('INVALID_DATE', 'not a calendar date: write dates as YYYY-MM-DD (e.g. 2026-11-22)');
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/**
 * Reads one non-empty cell as its column's kind. `currency` is the value of the money column's
 * currency column; `fromSpreadsheet` allows date serials.
 *
 * @example
 * ```ts
 * readCell('share', '70%', { fromSpreadsheet: false }); // ok(0.7)
 * ```
 */
export function readCell(
  kind: CellKind,
  text: string,
  context: { readonly fromSpreadsheet: boolean; readonly currency?: string },
): Result<unknown, CellProblem> {
  switch (kind) {
    case 'text':
    case 'currency':
      return ok(text);
    case 'list':
      return ok(
        text
          .split(';')
          .map((part) => part.trim())
          .filter((part) => part !== ''),
      );
    case 'integer': {
      const digits = text.replace(
        /^(\d{1,3})((?:,\d{3})+)$/,
        (_, a: string, b: string) => a + b.replace(/,/g, ''),
      );
      if (!/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits)))
        return problem('INVALID_FORMAT', 'not a whole number');
      return ok(Number(digits));
    }
    case 'share': {
      const percent = text.endsWith('%');
      const body = percent ? text.slice(0, -1).trim() : text;
      if (!/^\d+(\.\d+)?$/.test(body)) return problem('INVALID_FORMAT', 'not a share (0.7 or 70%)');
      const value = Number(body) / (percent ? 100 : 1);
      if (value > 1) return problem('OUT_OF_RANGE', 'a share lies between 0 and 1 (or 0% and 100%)');
      return ok(value);
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.has(lower)) return ok(true);
      if (FALSE.has(lower)) return ok(false);
      return problem('INVALID_FORMAT', 'not yes/no (or true/false)');
    }
    case 'date':
      return readDate(text, context.fromSpreadsheet);
    case 'dates': {
      const dates: string[] = [];
      for (const part of text.split(';').map((p) => p.trim())) {
        if (part === '') continue;
        const date = readDate(part, context.fromSpreadsheet);
        if (date.isErr()) return err(date.error);
        dates.push(date.value);
      }
      return ok(dates);
    }
    case 'money': {
      if (context.currency === undefined || context.currency === '')
        return problem('REQUIRED', 'an amount needs its currency in the currency column');
      return parseMoney(text, context.currency).mapErr((e) => ({
        code: e.code,
        message: e.issues[0]?.message ?? e.message,
      }));
    }
  }
}
