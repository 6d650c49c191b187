import type { Severity, UnforcedError } from '@unforced/core';
import { validate } from '@unforced/core';
import type { Assessment } from '@unforced/risk';
import type { Result } from 'neverthrow';
import type { PortfolioReport } from '../model/portfolio-report.js';
import { PortfolioReport as PortfolioReportSchema } from '../model/portfolio-report.js';
import { SupplierRiskReport, type SupplierRiskReportInput } from '../model/supplier-report.js';
import { type BuildReportOptions, metaExtras } from './report-options.js';

const PHASE_PRIORITY: Record<1 | 2 | 3, Severity> = { 1: 'critical', 2: 'high', 3: 'medium' };

function methodologies(a: Assessment): { id: string; version: string }[] {
  const all = [a.provenance.methodology, a.provenance.policy, ...a.provenance.evidenceMethodologies];
  return all.filter((m, i) => all.findIndex((n) => n.id === m.id && n.version === m.version) === i);
}

function actionsOf(a: Assessment, withSupplier: boolean) {
  return a.actions.map((action) => ({
    action: `${action.title}. ${action.detail}`,
    dueDate: action.dueDate,
    step: action.step,
    priority: PHASE_PRIORITY[action.phase],
    findingCodes: [...action.triggeredBy],
    ...(withSupplier ? { supplierId: a.supplierId } : {}),
    ...(action.lastResort
      ? {
          responsibleExitNote:
            'Last resort: exit only after remediation has failed, with notice and support for the workers.',
        }
      : {}),
  }));
}

/** An assessment's date, score on 0–100 and tier (the risk tiers are the severity scale), as a report states them. */
function standing(a: Assessment) {
  return {
    asOf: a.asOf,
    score: { value: a.score, min: 0, max: 100 },
    tier: { label: a.tier, severity: a.tier },
  };
}

function indicatorStatus(i: Assessment['indicators'][number]): 'present' | 'suspected' | 'remediated' {
  if (!i.open) return 'remediated';
  return i.basis === 'observed' ? 'present' : 'suspected';
}

/**
 * Builds a supplier risk assessment report from an `Assessment` of `@unforced/risk`: score on 0–100, tier
 * (the risk tiers are the severity scale), confidence, contributions as factors, indicators (open and
 * observed = present, open and inferred = suspected, closed = remediated), actions (phase 1 = critical,
 * 2 = high, 3 = medium; last-resort actions carry a responsible-exit note), the methodology, policy and
 * evidence methodologies with their versions, and the data editions. Pass the findings to list them in
 * full, and the previous assessment for the change.
 *
 * @example
 * ```ts
 * const report = supplierReportFromAssessment(assessment, { findings, previous });
 * ```
 */
export function supplierReportFromAssessment(
  assessment: Assessment,
  options: BuildReportOptions & { readonly previous?: Assessment } = {},
): Result<SupplierRiskReport, UnforcedError> {
  const a = assessment;
  const { score, tier } = standing(a);
  const input: SupplierRiskReportInput = {
    type: 'supplier-risk-assessment',
    meta: {
      title: options.title ?? 'Supplier risk assessment',
      asOf: a.asOf,
      dataEditions: a.provenance.dataEditions,
      methodologies: methodologies(a),
      ...metaExtras(options),
    },
    supplier: {
      id: a.supplierId,
      name: a.supplierName,
      country: a.country,
      ...(a.subdivision === null ? {} : { subdivision: a.subdivision }),
      sectors: a.sector === null ? [] : [a.sector.label],
    },
    score,
    tier,
    confidence: a.confidence.value,
    summary: a.headline,
    factors: a.contributions.map((c) => ({
      id: c.factor,
      label: c.label,
      value: c.rawPoints,
      contribution: c.points,
      explanation: `${c.detail} (${c.group}, ${c.basis})`,
      ...(c.dataEditions.length === 0
        ? {}
        : { source: c.dataEditions.map((d) => `${d.datasetId} ${d.edition}`).join('; ') }),
    })),
    indicators: a.indicators.map((i) => ({
      indicator: i.indicator,
      status: indicatorStatus(i),
      findingCodes: i.evidence.map((e) => `${e.source}:${e.id}`),
    })),
    findings: [...(options.findings ?? [])],
    actions: actionsOf(a, false),
    ...(options.previous === undefined ? {} : { previous: standing(options.previous) }),
  };
  return validate(SupplierRiskReport, input);
}

function findingCounts(a: Assessment): Record<Severity, number> {
  const counts: Record<Severity, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  const seen = new Set<string>();
  for (const c of a.contributions)
    for (const e of c.evidence)
      if (e.source === 'finding' && e.status === 'open' && !seen.has(e.id)) {
        seen.add(e.id);
        counts[e.severity] += 1;
      }
  return counts;
}

/**
 * Builds a portfolio due-diligence summary from the assessments of `@unforced/risk` (e.g.
 * `assessPortfolio(...).assessments`): ranked by score (highest first, then supplier id), with each
 * supplier's open indicators, open finding counts by severity, the previous assessment matched by supplier
 * id, every recommended action, and the union of methodologies and data editions. An empty portfolio
 * needs `asOf`.
 *
 * @example
 * ```ts
 * const report = portfolioReportFromAssessments(result.assessments, { previous: lastYear.assessments });
 * ```
 */
export function portfolioReportFromAssessments(
  assessments: readonly Assessment[],
  options: BuildReportOptions & { readonly previous?: readonly Assessment[]; readonly asOf?: string } = {},
): Result<PortfolioReport, UnforcedError> {
  const ranked = [...assessments].sort(
    (x, y) => y.scoreTenths - x.scoreTenths || x.supplierId.localeCompare(y.supplierId, 'en'),
  );
  const previous = new Map((options.previous ?? []).map((p) => [p.supplierId, p]));
  const editions = new Map<string, { datasetId: string; edition: string }>();
  const methods = new Map<string, { id: string; version: string }>();
  for (const a of ranked) {
    for (const d of a.provenance.dataEditions) editions.set(`${d.datasetId}\u0000${d.edition}`, d);
    for (const m of methodologies(a)) methods.set(`${m.id}\u0000${m.version}`, m);
  }
  const byKey = <T>(map: Map<string, T>) =>
    [...map.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([, v]) => v);
  const firstPrevious = options.previous?.[0];
  const input = {
    type: 'portfolio-due-diligence',
    meta: {
      title: options.title ?? 'Portfolio due-diligence summary',
      asOf: options.asOf ?? ranked[0]?.asOf,
      dataEditions: byKey(editions),
      methodologies: methods.size === 0 ? [{ id: 'unforced/risk', version: 'unknown' }] : byKey(methods),
      ...metaExtras(options),
    },
    ...(firstPrevious === undefined ? {} : { previousAsOf: firstPrevious.asOf }),
    suppliers: ranked.map((a, i) => {
      const before = previous.get(a.supplierId);
      const { score, tier } = standing(a);
      return {
        rank: i + 1,
        supplierId: a.supplierId,
        name: a.supplierName,
        country: a.country,
        sector: a.sector?.label ?? 'unspecified',
        score,
        tier,
        confidence: a.confidence.value,
        indicators: a.indicators.filter((x) => x.open).map((x) => x.indicator),
        findingCounts: findingCounts(a),
        ...(before === undefined ? {} : { previous: standing(before) }),
      };
    }),
    findings: [...(options.findings ?? [])],
    actions: ranked.flatMap((a) => actionsOf(a, true)),
  };
  return validate(PortfolioReportSchema, input);
}
