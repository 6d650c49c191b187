import { AuditFinding, Finding, Grievance, Supplier } from '@unforced/core';
import { z } from 'zod';
import { CheckRun, Mitigation } from './mitigation.js';

/**
 * How much a supplier delivers, in a unit of the caller's choice (tonnes, units, containers), for
 * ranking a portfolio by volume.
 *
 * @example
 * ```ts
 * Volume.parse({ quantity: 1200, unit: 't' });
 * ```
 */
export const Volume = z.strictObject({
  quantity: z.number().nonnegative().finite(),
  unit: z.string().min(1),
});

/** A delivered volume. */
export type Volume = z.output<typeof Volume>;

/**
 * Everything known about one supplier: the supplier (country, subdivision, sector, goods, workforce
 * profile, spend), the `Finding`s of any Unforced check (recruitment, screening, trace, or none),
 * external audit findings, grievances, mitigations and the checks that were run. Every finding passed
 * here is taken as open evidence about this supplier (one whose subject is another supplier is
 * refused); audit findings, grievances and mitigations must carry this supplier's id.
 *
 * @example
 * ```ts
 * SupplierEvidence.parse({ supplier: { id: 'SUP-3', name: 'Midlands Freight Ltd', country: 'GB', sector: 'logistics' } });
 * ```
 */
export const SupplierEvidence = z.strictObject({
  supplier: Supplier,
  findings: z.array(Finding).default([]),
  auditFindings: z.array(AuditFinding).default([]),
  grievances: z.array(Grievance).default([]),
  mitigations: z.array(Mitigation).default([]),
  checks: z.array(CheckRun).default([]),
  volume: Volume.optional(),
});

/** A supplier with its evidence, as validated by {@link SupplierEvidence}. */
export type SupplierEvidence = z.output<typeof SupplierEvidence>;

/** A supplier with its evidence as callers write it (lists may be omitted). */
export type SupplierEvidenceInput = z.input<typeof SupplierEvidence>;
