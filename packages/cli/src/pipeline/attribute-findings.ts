import type { Finding, Supplier, WorkerRecord } from '@unforced/core';
import type { AttributedFinding } from '@unforced/risk';
import { buildTracingSummary, type TraceAnalysis } from '@unforced/trace';

/** Findings sorted out: those attributed to a supplier, and why the others could not be. */
export interface Attribution {
  readonly attributed: AttributedFinding[];
  readonly unattributed: string[];
}

/**
 * Attributes the recruitment findings to suppliers: a worker's findings to the worker's `supplierId`,
 * or to the supplier whose `facility_ids` list the worker's facility; a facility's findings likewise.
 *
 * @example
 * ```ts
 * const { attributed, unattributed } = attributeRecruitment(findings, workers, suppliers);
 * ```
 */
export function attributeRecruitment(
  findings: readonly Finding[],
  workers: readonly WorkerRecord[],
  suppliers: readonly Supplier[],
): Attribution {
  const known = new Set(suppliers.map((s) => s.id));
  const ofFacility = new Map<string, string>();
  for (const s of suppliers) for (const f of s.facilityIds) ofFacility.set(f, s.id);
  for (const w of workers)
    if (w.supplierId !== undefined && known.has(w.supplierId) && !ofFacility.has(w.facilityId))
      ofFacility.set(w.facilityId, w.supplierId);
  const ofWorker = new Map(
    workers.map((w) => [
      w.id,
      w.supplierId !== undefined && known.has(w.supplierId) ? w.supplierId : ofFacility.get(w.facilityId),
    ]),
  );
  const attributed: AttributedFinding[] = [];
  const missing = new Set<string>();
  for (const finding of findings) {
    const { kind, id } = finding.subject;
    const supplierId =
      kind === 'worker'
        ? ofWorker.get(id)
        : kind === 'facility'
          ? ofFacility.get(id)
          : kind === 'supplier' && known.has(id)
            ? id
            : undefined;
    if (supplierId === undefined) missing.add(`${kind} ${id}`);
    else attributed.push({ supplierId, finding });
  }
  return {
    attributed,
    unattributed: [...missing]
      .sort()
      .map(
        (s) =>
          `recruitment findings about ${s} name no supplier of the portfolio: give workers a supplier_id, or list the facility in the supplier's facility_ids`,
      ),
  };
}

const normalise = (name: string) =>
  name
    .toLowerCase()
    .replace(/\(synthetic\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Attributes traceability findings to suppliers: for each finished lot, the findings of its tracing
 * summary go to the supplier that made it (the tier-1 party of its trace-back), matched by GLN, LEI or
 * OS ID from the suppliers' identifiers, else by name.
 *
 * @example
 * ```ts
 * const { attributed } = attributeTrace(analysis, suppliers);
 * ```
 */
export function attributeTrace(analysis: TraceAnalysis, suppliers: readonly Supplier[]): Attribution {
  const attributed: AttributedFinding[] = [];
  const unattributed: string[] = [];
  const seen = new Set<string>();
  for (const lot of analysis.finishedLots) {
    const summary = buildTracingSummary(analysis, { lots: [lot] });
    if (summary.isErr()) continue;
    const makerId = summary.value.traces[0]?.lots.find((l) => l.lot === lot)?.party;
    const party = summary.value.parties.find((p) => p.id === makerId);
    const supplier =
      party === undefined
        ? undefined
        : (suppliers.find(
            (s) =>
              (party.identifiers.gln !== undefined && s.identifiers?.gln === party.identifiers.gln) ||
              (party.identifiers.lei !== undefined && s.identifiers?.lei === party.identifiers.lei) ||
              (party.identifiers.osId !== undefined && s.identifiers?.osId === party.identifiers.osId),
          ) ??
          suppliers.find(
            (s) => party.name !== undefined && normalise(s.name) === normalise(party.name ?? ''),
          ));
    if (supplier === undefined) {
      unattributed.push(
        `trace findings about finished lot ${lot} (made by ${party?.name ?? makerId ?? 'an unknown party'}) match no supplier: give the supplier its gln, lei or os_id`,
      );
      continue;
    }
    for (const finding of summary.value.findings) {
      const key = `${supplier.id}\u0000${finding.code}\u0000${finding.subject.kind}\u0000${finding.subject.id}\u0000${finding.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      attributed.push({ supplierId: supplier.id, finding });
    }
  }
  return { attributed, unattributed };
}
