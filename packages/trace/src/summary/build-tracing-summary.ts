import { type UnforcedError, validate } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import { locationOf } from '../analysis/context.js';
import { stateOf, type TraceAnalysis } from '../analysis/trace-analysis.js';
import { type TraceBack, traceBack } from '../graph/trace-back.js';
import { evidenceStatus } from './evidence-status.js';
import { flowChart } from './flow-chart.js';
import { missingEvidence } from './missing-evidence.js';
import { roleEntries } from './roles.js';
import { summaryParties } from './summary-parties.js';
import { summaryScope } from './summary-scope.js';
import type { SummaryStep, TracingSummary } from './tracing-summary-schema.js';

/**
 * Options of {@link buildTracingSummary}.
 *
 * @example
 * ```ts
 * TracingSummaryOptions.parse({ lots: ['urn:epc:class:lgtin:9521007.040001.G25-0107'] });
 * ```
 */
export const TracingSummaryOptions = z.strictObject({
  /** The finished lots to trace (default: every finished lot of the analysis). */
  lots: z.array(z.string().min(1)).optional(),
});
/** Options of {@link buildTracingSummary}. */
export type TracingSummaryOptions = z.input<typeof TracingSummaryOptions>;

/**
 * Builds the tracing summary of finished lots from an analysis: parties by tier with roles, the flow
 * chart, the business documents of each step, exposures and trace-backs, missing evidence, the status
 * of each item of CBP's evidence list, and the findings about the traced chain. The result is plain
 * data that `TracingSummary` validates and the report package renders; same analysis, same summary.
 *
 * @example
 * ```ts
 * const summary = buildTracingSummary(analysis, { lots: [chain.lots.garments] })._unsafeUnwrap();
 * summary.parties.map((p) => `${p.tier} ${p.name}: ${p.roles.join(', ')}`);
 * ```
 */
export function buildTracingSummary(
  analysis: TraceAnalysis,
  options: TracingSummaryOptions = {},
): Result<TracingSummary, UnforcedError> {
  const parsed = validate(TracingSummaryOptions, options);
  if (parsed.isErr()) return err(parsed.error);
  const state = stateOf(analysis);
  if (state.isErr()) return err(state.error);
  const { context } = state.value;
  const { graph } = context;
  const lotIds = [...new Set(parsed.value.lots ?? analysis.finishedLots)].sort();
  const traces: TraceBack[] = [];
  for (const id of lotIds) {
    const trace = traceBack(analysis, id);
    if (trace.isErr()) return err(trace.error);
    traces.push(trace.value);
  }
  const lots = lotIds.map((id) => graph.lotIndex.get(id) as number);
  const scope = summaryScope(context, lots);
  const roles = roleEntries(context, scope);
  const { parties, tiers } = summaryParties(context, roles);
  const flow = flowChart(context, scope, roles, traces);
  const steps: SummaryStep[] = scope.events.map((e) => {
    const event = graph.events[e];
    const facility = context.facilityOf(e);
    const step: SummaryStep = {
      event: event?.id ?? '',
      time: event?.eventTime ?? '',
      type: event?.type ?? '',
      lots: (scope.lotsOfEvent.get(e) ?? []).map((lot) => graph.lotIds[lot] ?? '').sort(),
      documents: [...(event?.bizTransactionList ?? [])],
    };
    if (event?.bizStep !== undefined) step.bizStep = event.bizStep;
    const location = locationOf(event);
    if (location !== undefined) step.facility = location;
    if (facility !== undefined) step.party = facility.partyId;
    return step;
  });
  const inScope = new Set<string>([
    ...[...scope.tiers.keys()].map((lot) => graph.lotIds[lot] ?? ''),
    ...steps.map((s) => s.event),
    ...parties.map((p) => p.id),
    ...flow.nodes.map((n) => n.id),
  ]);
  const findings = analysis.findings.filter((f) => inScope.has(f.subject.id));
  const missing = missingEvidence(context, scope, traces, parties, findings);
  const exposures = analysis.exposures.filter((e) => lotIds.includes(e.lot));
  const shipments = steps.filter((s) => s.bizStep === 'shipping' || s.bizStep === 'departing').length;
  const productions = scope.events.filter((e) => graph.events[e]?.kind === 'transformation').length;
  return ok({
    schemaVersion: '1',
    asOf: analysis.asOf,
    methodology: { ...analysis.methodology },
    dataEditions: [...analysis.dataEditions],
    lots: lotIds,
    parties,
    tiers,
    flow,
    steps,
    exposures,
    traces,
    missingEvidence: missing,
    evidence: evidenceStatus(missing, exposures, {
      steps: steps.length,
      parties: parties.length,
      shipments,
      productions,
    }),
    findings,
  });
}
