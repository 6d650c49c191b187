import type { UnforcedError, UnforcedIssue } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { Assessment } from '../assessment/assessment-schema.js';
import { type AssessOptions, createRiskModel } from '../assessment/create-risk-model.js';
import type { SupplierEvidenceInput } from '../input/supplier-evidence.js';
import { bySupplierId } from './by-supplier-id.js';

/** A supplier of a portfolio that could not be assessed: its position, its id when readable, every issue. */
export interface PortfolioError {
  /** 0-based position in the input. */
  readonly index: number;
  readonly supplierId: string | null;
  readonly issues: readonly UnforcedIssue[];
}

/** The assessments of a portfolio, sorted by supplier id, and the suppliers that could not be assessed. */
export interface PortfolioAssessment {
  readonly asOf: string;
  readonly assessments: readonly Assessment[];
  readonly errors: readonly PortfolioError[];
}

function idOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null) return null;
  const supplier = (input as { supplier?: unknown }).supplier;
  if (typeof supplier !== 'object' || supplier === null) return null;
  const id = (supplier as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
}

/**
 * Assesses every supplier of a portfolio. One bad supplier is reported with its position, id and every
 * issue with its path, and the rest are assessed. A supplier id given twice is ambiguous: every
 * occurrence is a `DUPLICATE_ID` error, so the result never depends on the input order. Only an invalid
 * policy or `asOf` fails the whole call.
 *
 * @example
 * ```ts
 * const portfolio = assessPortfolio(entries, { asOf: '2026-11-22' })._unsafeUnwrap();
 * for (const e of portfolio.errors) console.warn(e.index, e.supplierId, e.issues);
 * ```
 */
export function assessPortfolio(
  inputs: Iterable<SupplierEvidenceInput>,
  options: AssessOptions,
): Result<PortfolioAssessment, UnforcedError> {
  const created = createRiskModel(options);
  if (created.isErr()) return err(created.error);
  const model = created.value;
  const list = [...inputs];
  const counts = new Map<string, number>();
  for (const input of list) {
    const id = idOf(input);
    if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const assessments: Assessment[] = [];
  const errors: PortfolioError[] = [];
  for (let index = 0; index < list.length; index++) {
    const input = list[index] as SupplierEvidenceInput;
    const supplierId = idOf(input);
    if (supplierId !== null && (counts.get(supplierId) ?? 0) > 1) {
      errors.push({
        index,
        supplierId,
        issues: [
          {
            code: 'DUPLICATE_ID',
            message: `supplier "${supplierId}" appears more than once`,
            path: ['supplier', 'id'],
          },
        ],
      });
      continue;
    }
    const result = model.assess(input, options.asOf);
    if (result.isOk()) assessments.push(result.value);
    else if (result.error.code === 'INVALID_DATE' && result.error.path[0] === 'asOf')
      return err(result.error);
    else errors.push({ index, supplierId, issues: result.error.issues });
  }
  assessments.sort(bySupplierId);
  return ok({ asOf: options.asOf, assessments, errors });
}
