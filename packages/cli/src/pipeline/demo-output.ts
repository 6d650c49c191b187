import { formatMoney } from '@unforced/core';
import type { DatasetStatus } from '@unforced/reference-data';
import { severityCounts } from '../output/fail-on.js';
import { percent } from '../output/percent.js';
import { textTable } from '../output/text-table.js';
import { topRisksTable } from './assessment-output.js';
import type { DemoRun } from './run-demo.js';

/**
 * The human summary of `unforced demo`: what each part found, the table of the top risks, the
 * reference data's staleness.
 *
 * @example
 * ```ts
 * io.stdout(demoSummary(demo, '2026-11-22', dir, status));
 * ```
 */
export function demoSummary(
  demo: DemoRun,
  asOf: string,
  dataDir: string,
  status: readonly DatasetStatus[],
): string {
  const { screening, fees, trace, portfolio } = demo;
  const matches = screening.screened.filter((x) => x.result.decision !== 'no-match');
  const owed = fees.check.facilities.flatMap((f) => f.remediation.inEmployerCurrency.map(formatMoney));
  const workersOwed = fees.check.facilities.reduce((n, f) => n + f.remediation.workersOwed, 0);
  const exposure = trace.analysis.exposures;
  const stale = status.filter((d) => d.stale || d.fromTheFuture);
  return [
    `Unforced demo on the bundled example data, as of ${asOf}`,
    `demo-data = ${dataDir}`,
    'Every company, worker and figure in it is synthetic (see its README.md).',
    '',
    `1. Screening ${screening.total} prospective counterparties against ${screening.lists.map((l) => l.title).join(' and ')}`,
    textTable(
      ['id', 'name', 'decision', 'score', 'matched entry'],
      matches.map((x) => {
        const best = x.result.matches[0];
        return [
          x.result.entityId,
          x.result.name,
          x.result.decision,
          best?.score.toFixed(2) ?? '',
          best?.explanation.matchedName ?? '',
        ];
      }),
    ),
    '',
    `2. Recruitment fees at the Malaysian glove factory: ${fees.check.workers.length} workers checked in ${fees.check.facilities.length} facilities`,
    textTable(
      ['facility', 'workers', 'RBA fee rating', 'passports held', 'owed', 'due'],
      fees.check.facilities.map((f) => [
        f.facilityId,
        String(f.workersAssessed),
        f.feeRating.notRepaid.grade ?? f.feeRating.repaid.grade ?? '-',
        String(f.documentsRetained.workers),
        f.remediation.inEmployerCurrency.map(formatMoney).join(' + ') || '-',
        f.remediation.dueDate,
      ]),
    ),
    `   ${workersOwed} workers are owed ${owed.join(' + ') || 'nothing'}; findings: ${severityCounts(fees.check.findings.map((f) => f.severity))}.`,
    '',
    `3. Cotton-to-garment chain: ${trace.analysis.stats.events} EPCIS events, ${trace.analysis.stats.finishedLots} finished lot(s)`,
    textTable(
      ['finished lot', 'product', 'high-risk origin', 'unknown origin'],
      exposure.map((e) => [e.lot, e.product ?? '', percent(e.highRisk.value), percent(e.unknown.value)]),
    ),
    `   findings: ${severityCounts(trace.analysis.findings.map((f) => f.severity))}; CBP evidence: ${
      trace.summary?.evidence.map((e) => `${e.status}`).filter((x) => x !== 'present' && x !== 'not-assessed')
        .length ?? 0
    } item(s) partial, missing or contradicted.`,
    '',
    `4. Portfolio of ${portfolio.assessments.length} suppliers, top risks:`,
    topRisksTable(portfolio, 10),
    '',
    `${demo.skipped.length} row(s) skipped on purpose (see the messages above); reference data: ${
      stale.length === 0
        ? 'all current'
        : `${stale.length} dataset(s) past their refresh period (run unforced data)`
    }.`,
    '',
  ].join('\n');
}
