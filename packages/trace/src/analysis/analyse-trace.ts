import {
  type DataEditionRef,
  type Finding,
  toUnforcedError,
  type UnforcedError,
  validate,
} from '@unforced/core';
import { bundledReferenceData } from '@unforced/reference-data';
import { err, ok, type Result } from 'neverthrow';
import { checkCustody } from '../checks/custody.js';
import { checkCycles } from '../checks/cycles.js';
import { checkDangling } from '../checks/dangling.js';
import { checkHighRisk } from '../checks/high-risk.js';
import { checkListed } from '../checks/listed.js';
import { checkMassBalance } from '../checks/mass-balance.js';
import { checkTime } from '../checks/time.js';
import { checkUnits } from '../checks/units.js';
import { checkUntraced } from '../checks/untraced.js';
import { exposureFindings } from '../exposure/exposure-findings.js';
import { computeLotShares } from '../exposure/lot-shares.js';
import { compareFindings, type FindingContext } from '../findings/make-finding.js';
import { findComponents } from '../graph/components.js';
import { buildLotGraph } from '../graph/lot-graph.js';
import { indexMasterData } from '../graph/master-index.js';
import { massSettings, stepMass } from '../graph/step-mass.js';
import { exactNameMatcher, type ListedEntityMatch } from '../listed/listed-entity.js';
import { TRACE_METHODOLOGY } from '../methodology.js';
import { parseMasterData } from '../model/parse-master-data.js';
import { DEFAULT_YIELDS, TraceOptions, type TraceOptionsInput } from '../options.js';
import type { EventBatch } from '../parse/event-batch.js';
import type { AnalysisContext } from './context.js';
import { locationOf } from './context.js';
import { dedupeEvents } from './dedupe-events.js';
import { exposuresOf, finishedLotsOf } from './finished-lots.js';
import { flagLots } from './lot-flags.js';
import { normaliseEvents } from './normalise-events.js';
import { attachState, type TraceAnalysis } from './trace-analysis.js';

/** What {@link analyseTrace} analyses: events (a batch from the parsers, or raw records) and master data. */
export interface TraceInput {
  /** A batch from `parseEpcisDocument`, `parseUntpCredential` or `parseEventLines`, or raw event records. */
  readonly events: EventBatch | readonly unknown[];
  /** Parties, facilities, products and lot mappings (see `MasterDataInput`). */
  readonly masterData?: unknown;
}

/**
 * Analyses traceability events: builds the lot graph, runs every check (mass balance, untraced inputs,
 * time, cycles, units, custody gaps, high-risk origins, listed entities, dangling references), and
 * computes the exposure of every finished lot. Malformed events and master-data records are reported
 * and the rest analysed; findings are in a stable order, so the same input gives byte-identical output
 * whatever the order of the events. Fails only on invalid options or unknown `finishedLots`.
 *
 * @example
 * ```ts
 * const batch = parseEpcisDocument(json)._unsafeUnwrap();
 * const analysis = analyseTrace({ events: batch, masterData }, { asOf: '2026-11-22' });
 * if (analysis.isOk()) for (const f of analysis.value.findings) console.log(f.code, f.message);
 * ```
 */
export function analyseTrace(
  input: TraceInput,
  options: TraceOptionsInput,
): Result<TraceAnalysis, UnforcedError> {
  const parsedOptions = validate(TraceOptions, options);
  if (parsedOptions.isErr()) return err(parsedOptions.error);
  const resolved = parsedOptions.value;
  const master = parseMasterData(input.masterData);
  if (master.isErr()) return err(master.error);
  const referenceData = resolved.referenceData ?? bundledReferenceData();
  const { events: readEvents, invalid } = normaliseEvents(input.events);
  const matcher =
    resolved.isListedEntity ??
    exactNameMatcher(
      'uflpa-entity-list',
      referenceData
        .uflpaEntities()
        .map((e) => ({ id: e.id, name: e.name, aliases: e.aliases.map((a) => a.name) })),
    );
  const editions: DataEditionRef[] = [];
  for (const slot of [
    'subdivisions',
    'listedGoods',
    ...(resolved.isListedEntity === undefined ? ['uflpaEntities' as const] : []),
  ] as const) {
    const edition = referenceData.editionOf(slot);
    if (edition !== undefined) editions.push(edition);
  }
  editions.push(...resolved.listedEntityEditions);
  const findingContext: FindingContext = { asOf: resolved.asOf, dataEditions: editions };
  const deduped = dedupeEvents(readEvents, findingContext);
  const index = indexMasterData(master.value);
  const listedParties = new Map<string, ListedEntityMatch>();
  try {
    for (const party of master.value.parties) {
      const match = matcher(party);
      if (match === true) listedParties.set(party.id, { list: 'listed-entity matcher', basis: 'inferred' });
      else if (typeof match === 'object' && match !== null) listedParties.set(party.id, match);
    }
  } catch (cause) {
    return err(toUnforcedError(cause, 'INTERNAL', ['isListedEntity']));
  }
  const graph = buildLotGraph(deduped.events, index);
  const facilityOf = (e: number) => {
    const location = locationOf(graph.events[e]);
    return location === undefined ? undefined : index.facilities.get(location);
  };
  const settings = massSettings({ ...DEFAULT_YIELDS, ...resolved.yields }, resolved.tolerance);
  const components = findComponents(graph);
  const masses = graph.steps.map((step) => stepMass(graph, step, settings));
  const flags = flagLots({ graph, options: resolved, referenceData, facilityOf, listedParties });
  const context: AnalysisContext = {
    graph,
    components,
    masses,
    options: resolved,
    settings,
    findingContext,
    referenceData,
    facilityOf,
    listedParties,
    highRisk: flags.highRisk,
    listedLots: flags.listedLots,
  };
  const finished = finishedLotsOf(context, resolved.finishedLots);
  if (finished.isErr()) return err(finished.error);
  const shares = computeLotShares(context);
  const findings: Finding[] = [
    ...deduped.findings,
    ...checkMassBalance(context),
    ...checkUnits(context),
    ...checkUntraced(context),
    ...checkTime(context),
    ...checkCycles(context),
    ...checkCustody(context),
    ...checkHighRisk(context),
    ...checkListed(context),
    ...checkDangling(context),
    ...exposureFindings(context, shares, finished.value),
  ].sort(compareFindings);
  const exposures = exposuresOf(context, shares, finished.value);
  const analysis: TraceAnalysis = {
    asOf: resolved.asOf,
    methodology: { id: TRACE_METHODOLOGY.id, version: TRACE_METHODOLOGY.version },
    dataEditions: editions,
    findings,
    exposures,
    finishedLots: exposures.map((e) => e.lot),
    invalidEvents: invalid,
    invalidMasterData: master.value.invalid,
    stats: {
      events: graph.events.length,
      lots: graph.lotCount,
      steps: graph.steps.length,
      finishedLots: exposures.length,
      duplicateEvents: deduped.dropped,
    },
  };
  attachState(analysis, { context, shares, finished: finished.value });
  return ok(analysis);
}
