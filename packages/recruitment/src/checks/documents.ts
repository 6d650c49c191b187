import type { DocumentCustody } from '@unforced/core';
import { CITATIONS } from '../findings/citations.js';
import type { CheckEnv, KeyedFinding } from '../support/check-env.js';
import type { WorkerFacts } from '../support/worker-facts.js';

/** Holders other than the worker whose custody is checked; a government authority is not. */
const CHECKED_HOLDERS: ReadonlySet<string> = new Set(['employer', 'recruiter', 'other']);

/** The outcome of {@link checkDocuments}. */
export interface DocumentsOutput {
  readonly findings: KeyedFinding[];
  /** At least one document is held without consent or without access within 12 hours. */
  readonly retained: boolean;
}

function latestPerDocument(records: readonly DocumentCustody[]): readonly DocumentCustody[] {
  if (records.length <= 1) return records;
  const latest = new Map<string, DocumentCustody>();
  const sorted = [...records].sort((a, b) =>
    a.observedOn !== b.observedOn
      ? a.observedOn < b.observedOn
        ? -1
        : 1
      : a.heldBy < b.heldBy
        ? -1
        : a.heldBy > b.heldBy
          ? 1
          : 0,
  );
  for (const record of sorted) latest.set(record.document, record);
  return [...latest.values()].sort((a, b) => (a.document < b.document ? -1 : 1));
}

/**
 * Retention of identity documents (ILO indicator 7; RBA Code 8.0 A1), on the latest observation of each
 * document: held by the employer, a recruiter or another party without the worker's consent is
 * `critical` (unless local law requires it); held with consent, or by law, the worker must get it back
 * within 12 hours (`high` when longer, `medium` when not recorded); held by law without a receipt is
 * `medium`. Documents with the worker or a government authority are not findings.
 *
 * @example
 * ```ts
 * checkDocuments(facts, env).retained; // true when the passport is in the HR safe without consent
 * ```
 */
export function checkDocuments(facts: WorkerFacts, env: CheckEnv): DocumentsOutput {
  const findings: KeyedFinding[] = [];
  let retained = false;
  const subject = facts.subject;
  for (const doc of latestPerDocument(facts.worker.documents)) {
    if (!CHECKED_HOLDERS.has(doc.heldBy)) continue;
    const byLaw = doc.requiredByLaw === true;
    const metrics = { document: doc.document, heldBy: doc.heldBy, observedOn: doc.observedOn };
    if (!byLaw && doc.consent !== true) {
      retained = true;
      findings.push({
        key: doc.document,
        finding: env.ctx.finding({
          code: 'recruitment.documents.held-without-consent',
          severity: 'critical',
          indicators: ['retention-of-identity-documents'],
          subject,
          message: `The worker's ${doc.document} is held by the ${doc.heldBy} without the worker's consent (observed ${doc.observedOn}).`,
          metrics: { ...metrics, consent: doc.consent ?? 'not recorded' },
          standards: [CITATIONS.rbaDocuments, CITATIONS.indicatorDocuments],
          remediation: {
            action: `Return the ${doc.document} to the worker and offer a lockable place to keep it.`,
            period: 'documents',
            step: 'bring-to-end',
          },
        }),
      });
      continue;
    }
    const hours = doc.accessWithinHours;
    if (hours === undefined || hours > 12) {
      if (hours !== undefined) retained = true;
      findings.push({
        key: doc.document,
        finding: env.ctx.finding({
          code: 'recruitment.documents.access-over-12-hours',
          severity: hours === undefined ? 'medium' : 'high',
          indicators: ['retention-of-identity-documents'],
          subject,
          message:
            hours === undefined
              ? `The worker's ${doc.document} is held by the ${doc.heldBy}, and the record does not say how soon the worker can have it back (RBA: within 12 hours).`
              : `The worker's ${doc.document} is held by the ${doc.heldBy} and takes ${hours} hours to get back (RBA: within 12 hours).`,
          metrics: { ...metrics, ...(hours === undefined ? {} : { accessWithinHours: hours }) },
          standards: [CITATIONS.rbaDocuments, CITATIONS.indicatorDocuments],
          remediation: {
            action: `Give the worker access to the ${doc.document} on request within 12 hours.`,
            period: 'documents',
            step: 'bring-to-end',
          },
        }),
      });
    }
    if (byLaw && doc.receiptGiven !== true) {
      findings.push({
        key: doc.document,
        finding: env.ctx.finding({
          code: 'recruitment.documents.no-receipt',
          severity: 'medium',
          indicators: ['retention-of-identity-documents'],
          subject,
          message: `The worker's ${doc.document} is held because the law requires it, but no receipt was given.`,
          metrics,
          standards: [CITATIONS.rbaDocuments],
          remediation: {
            action: 'Give the worker a receipt for the document.',
            period: 'documents',
            step: 'prevent',
          },
        }),
      });
    }
  }
  return { findings, retained };
}
