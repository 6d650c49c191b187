import { readFileSync } from 'node:fs';
import { FxRate, parseRows, type UnforcedError, WorkerRecord } from '@unforced/core';
import { checkRecruitment } from '@unforced/recruitment';
import {
  portfolioReportFromAssessments,
  type Report,
  recruitmentReportFromCheck,
  supplierReportFromAssessment,
  traceReportFromSummary,
} from '@unforced/report';
import { assessPortfolio } from '@unforced/risk';
import { analyseTrace, buildTracingSummary, parseEpcisDocument, syntheticCottonChain } from '@unforced/trace';
import { ok, type Result } from 'neverthrow';

const data = new URL('../../data/', import.meta.url);
const json = (name: string) => JSON.parse(readFileSync(new URL(name, data), 'utf8')) as unknown[];

/**
 * Builds one report of each type from SDK results (synthetic data): a supplier risk assessment and a
 * portfolio summary from @unforced/risk, a recruitment-fee audit from @unforced/recruitment and a UFLPA
 * tracing summary from @unforced/trace. Every builder validates its model; a problem is a coded error.
 */
export function buildReports(asOf: string): Result<Array<{ name: string; report: Report }>, UnforcedError> {
  // 1 and 2: risk assessments of a small portfolio, with an audit finding.
  const portfolio = assessPortfolio(
    [
      {
        supplier: {
          id: 'SUP-001',
          name: 'Klang Valley Gloves Sdn Bhd',
          country: 'MY',
          sector: 'rubber gloves',
          goods: ['Rubber Gloves'],
          workforce: { workers: 2400, migrantShare: 0.7, agencyShare: 0.25, employerProvidedHousing: true },
        },
        auditFindings: [
          {
            id: 'AF-2025-031',
            supplierId: 'SUP-001',
            standard: 'RBA VAP 8.0.2',
            clause: 'A1',
            grade: 'major',
            description: 'Recruitment fees not repaid',
            indicators: ['debt-bondage'],
            auditDate: '2025-11-20',
            status: 'open',
          },
        ],
      },
      {
        supplier: {
          id: 'SUP-002',
          name: 'Kashgar Cotton Ginning Co. Ltd.',
          country: 'CN',
          subdivision: 'CN-XJ',
          sector: 'cotton ginning',
        },
      },
      { supplier: { id: 'SUP-004', name: 'Thames Logistics Ltd', country: 'GB', sector: 'logistics' } },
    ],
    { asOf },
  );
  if (portfolio.isErr()) return portfolio.map(() => []);
  const [glove] = portfolio.value.assessments;
  const reports: Array<{ name: string; report: Report }> = [];
  if (glove !== undefined) {
    const supplier = supplierReportFromAssessment(glove, { preparedBy: 'Responsible sourcing (example)' });
    if (supplier.isErr()) return supplier.map(() => []);
    reports.push({ name: 'supplier-SUP-001', report: supplier.value });
  }
  const summary = portfolioReportFromAssessments(portfolio.value.assessments, { asOf });
  if (summary.isErr()) return summary.map(() => []);
  reports.push({ name: 'portfolio', report: summary.value });

  // 3: the recruitment-fee audit of the glove factory's first plant.
  const workers = parseRows(WorkerRecord, json('workers.json')).values;
  const fxRates = parseRows(FxRate, json('fx-rates.json')).values;
  const fees = checkRecruitment(workers, { asOf, fxRates: [...fxRates] }).andThen((check) =>
    recruitmentReportFromCheck(check, {
      facilityId: 'FAC-MY-01',
      workers,
      facility: { name: 'Klang Valley Gloves, plant 1', supplierName: 'Klang Valley Gloves Sdn Bhd' },
    }),
  );
  if (fees.isErr()) return fees.map(() => []);
  reports.push({ name: 'fee-audit-FAC-MY-01', report: fees.value });

  // 4: the UFLPA tracing summary of the synthetic cotton chain.
  const chain = syntheticCottonChain();
  const trace = parseEpcisDocument(chain.epcisDocument)
    .andThen((events) => analyseTrace({ events, masterData: chain.masterData }, { asOf }))
    .andThen((analysis) => buildTracingSummary(analysis))
    .andThen((tracing) => traceReportFromSummary(tracing, { product: { hsCode: '6205.20' } }));
  if (trace.isErr()) return trace.map(() => []);
  reports.push({ name: 'tracing-summary', report: trace.value });
  return ok(reports);
}
