import {
  AuditFinding,
  Finding,
  Grievance,
  issuesFromZod,
  Supplier,
  type UnforcedIssue,
} from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import type { z } from 'zod';
import { CheckRun, Mitigation } from './mitigation.js';
import type { SupplierEvidence } from './supplier-evidence.js';
import { Volume } from './supplier-evidence.js';

const LISTS = {
  findings: Finding,
  auditFindings: AuditFinding,
  grievances: Grievance,
  mitigations: Mitigation,
  checks: CheckRun,
} as const;

type ListKey = keyof typeof LISTS;
const KNOWN = new Set<string>(['supplier', 'volume', ...Object.keys(LISTS)]);

function parseList<S extends z.ZodType>(
  schema: S,
  key: string,
  value: unknown,
  issues: UnforcedIssue[],
): Array<z.output<S>> {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push({ code: 'INVALID_TYPE', message: `${key} must be an array`, path: [key] });
    return [];
  }
  const out: Array<z.output<S>> = [];
  for (let i = 0; i < value.length; i++) {
    const parsed = schema.safeParse(value[i], { reportInput: true });
    if (parsed.success) out.push(parsed.data);
    else issues.push(...issuesFromZod(parsed.error.issues, [key, i]));
  }
  return out;
}

/**
 * Validates a supplier with its evidence exactly as the {@link SupplierEvidence} schema does (same
 * codes, same paths, unknown fields refused, missing lists defaulting to empty), but element by
 * element, so that the common case, a supplier with few or no evidence records, skips the cost of the
 * schema's default and array wrappers. The risk model calls this once per supplier.
 *
 * @example
 * ```ts
 * parseSupplierEvidence({ supplier: { id: 'S', name: 'N', country: 'GB' } })._unsafeUnwrap().findings; // []
 * ```
 */
export function parseSupplierEvidence(input: unknown): Result<SupplierEvidence, UnforcedIssue[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return err([{ code: 'INVALID_TYPE', message: 'expected an object with a supplier', path: [] }]);
  const record = input as Record<string, unknown>;
  const issues: UnforcedIssue[] = [];
  for (const key in record)
    if (!KNOWN.has(key))
      issues.push({ code: 'UNKNOWN_FIELD', message: `unknown field "${key}"`, path: [key] });
  let supplier: Supplier | undefined;
  if (record.supplier === undefined)
    issues.push({ code: 'REQUIRED', message: 'is required', path: ['supplier'] });
  else {
    const parsed = Supplier.safeParse(record.supplier, { reportInput: true });
    if (parsed.success) supplier = parsed.data;
    else issues.push(...issuesFromZod(parsed.error.issues, ['supplier']));
  }
  const lists = {} as { [K in ListKey]: Array<z.output<(typeof LISTS)[K]>> };
  for (const key of Object.keys(LISTS) as ListKey[])
    (lists as Record<ListKey, unknown[]>)[key] = parseList(LISTS[key], key, record[key], issues);
  let volume: Volume | undefined;
  if (record.volume !== undefined) {
    const parsed = Volume.safeParse(record.volume, { reportInput: true });
    if (parsed.success) volume = parsed.data;
    else issues.push(...issuesFromZod(parsed.error.issues, ['volume']));
  }
  if (issues.length > 0 || supplier === undefined) return err(issues);
  return ok(volume === undefined ? { supplier, ...lists } : { supplier, ...lists, volume });
}
