import type { CostCategory, UnforcedIssue, WorkerRecord } from '@unforced/core';
import { checkContract } from './checks/contract.js';
import { checkCostClassification } from './checks/cost-classification.js';
import { checkDeductions } from './checks/deductions.js';
import { checkDocuments } from './checks/documents.js';
import { checkEmployerPays } from './checks/employer-pays.js';
import { checkFeeBurden, type FeeBurden } from './checks/fee-burden.js';
import { checkLegalCaps } from './checks/legal-caps.js';
import { checkLoans } from './checks/loans.js';
import { checkWagePayment } from './checks/wages.js';
import type { CostGroup } from './classify/classify-cost.js';
import type { LoanSimulation } from './loans/simulate-loan.js';
import { type WorkerRemediation, workerRemediation } from './remediation/worker-remediation.js';
import { append } from './support/append.js';
import { type CheckEnv, compareKeyed, type KeyedFinding } from './support/check-env.js';
import { sortSmall } from './support/sort-small.js';
import { workerFacts } from './support/worker-facts.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** How one cost of a worker was read. */
export interface AssessedCost {
  readonly costId: string;
  readonly category?: CostCategory;
  readonly group: CostGroup;
  readonly classifiedBy: 'stated' | 'keyword' | 'fuzzy-keyword' | 'none';
  /** The worker paid it or had it deducted from wages. */
  readonly borneByWorker: boolean;
}

/** Everything the checks worked out about one worker, besides the findings. */
export interface WorkerAssessment {
  readonly workerId: string;
  readonly facilityId: string;
  /** The row (or line) the record came from. */
  readonly row?: number;
  readonly costs: readonly AssessedCost[];
  /** Absent when the worker bore no recruitment fees or related costs. */
  readonly feeBurden?: FeeBurden;
  readonly loans: readonly LoanSimulation[];
  /** At least one identity document held without consent or without access within 12 hours. */
  readonly documentsRetained: boolean;
  /** The lowest net pay as a share of gross on the worker's payslips. */
  readonly lowestNetShareOfGross?: number;
  readonly remediation: WorkerRemediation;
  /** Problems that kept part of the assessment from being made (e.g. `FX_RATE_MISSING`), with paths. */
  readonly issues: readonly UnforcedIssue[];
}

/** One worker's assessment and findings (findings sorted by code, then the item they concern). */
export interface AssessedWorker {
  readonly assessment: WorkerAssessment;
  readonly findings: KeyedFinding[];
}

/**
 * Runs every worker-level check on one validated worker record: cost classification, Employer Pays,
 * legal caps, fee burden, loans and debt bondage, wage payment, deductions, documents, contract, and
 * remediation. Problems such as a missing FX rate are reported in `issues`; the checks that do not need
 * the missing piece still run.
 *
 * @example
 * ```ts
 * const { assessment, findings } = assessWorker(worker, env, 2);
 * ```
 */
export function assessWorker(worker: WorkerRecord, env: CheckEnv, row?: number): AssessedWorker {
  const facts = workerFacts(worker, env);
  // The facts' issue list is this worker's own (made by workerFacts for this call): extended in place.
  const issues: UnforcedIssue[] = facts.issues;
  const classification = checkCostClassification(facts, env);
  const epp = checkEmployerPays(facts, env);
  const caps = checkLegalCaps(facts, env);
  const burden = checkFeeBurden(facts, env);
  const loans = checkLoans(facts, env);
  const wages = checkWagePayment(facts, env);
  const deductions = checkDeductions(facts, env);
  const documents = checkDocuments(facts, env);
  const contract = checkContract(facts, env);
  const remediation = workerRemediation(facts, deductions.owed, loans.simulations, env);
  // Issues keep the order of the checks. Findings are gathered in the alphabetical order of their
  // codes' families (contract, cost, documents, epp, fee-burden, legal-cap, loan, remediation, wage), so
  // the insertion sort below mostly finds them in place; the sort alone decides the output order.
  append(issues, epp.issues);
  append(issues, caps.issues);
  append(issues, burden.issues);
  append(issues, loans.issues);
  append(issues, wages.issues);
  append(issues, contract.issues);
  append(issues, remediation.issues);
  const findings: KeyedFinding[] = contract.findings;
  append(findings, classification);
  append(findings, documents.findings);
  append(findings, epp.findings);
  append(findings, burden.findings);
  append(findings, caps.findings);
  append(findings, loans.findings);
  append(findings, remediation.findings);
  append(findings, deductions.findings);
  append(findings, wages.findings);
  sortSmall(findings, compareKeyed);
  const costs: AssessedCost[] = new Array(facts.costs.length);
  for (let i = 0; i < facts.costs.length; i += 1) {
    const c = facts.costs[i] as (typeof facts.costs)[number];
    const { category, group, source } = c.classification;
    costs[i] =
      category === undefined
        ? { costId: c.cost.id, group, classifiedBy: source, borneByWorker: c.borne }
        : { costId: c.cost.id, category, group, classifiedBy: source, borneByWorker: c.borne };
  }
  const assessment: Mutable<WorkerAssessment> = {
    workerId: worker.id,
    facilityId: worker.facilityId,
    costs,
    loans: loans.simulations,
    documentsRetained: documents.retained,
    remediation: remediation.remediation,
    issues,
  };
  if (row !== undefined) assessment.row = row;
  if (burden.burden !== undefined) assessment.feeBurden = burden.burden;
  if (wages.lowestNetShare !== undefined) assessment.lowestNetShareOfGross = wages.lowestNetShare;
  return { assessment, findings };
}
