export { actionsFromFindings } from './builders/actions-from-findings.js';
export { type RecruitmentReportOptions, recruitmentReportFromCheck } from './builders/from-recruitment.js';
export { portfolioReportFromAssessments, supplierReportFromAssessment } from './builders/from-risk.js';
export { type TraceReportOptions, traceReportFromSummary } from './builders/from-trace.js';
export type { BuildReportOptions } from './builders/report-options.js';
export { ReportAction } from './model/action.js';
export { Disclosure, MethodologyRef, ReportMeta, RiskScore, RiskTier, Share } from './model/common.js';
export { PortfolioEntry, PortfolioReport, type PortfolioReportInput } from './model/portfolio-report.js';
export {
  FEE_SCENARIOS,
  FeeMatrixRating,
  FeeWorkerRow,
  RecruitmentFeeReport,
  type RecruitmentFeeReportInput,
} from './model/recruitment-report.js';
export { REPORT_TYPES, Report, type ReportInput, type ReportType, validateReport } from './model/report.js';
export {
  INDICATOR_STATUSES,
  IndicatorAssessment,
  ReportSupplier,
  RiskFactor,
  SupplierRiskReport,
  type SupplierRiskReportInput,
} from './model/supplier-report.js';
export {
  TRACE_DOCUMENT_KINDS,
  TraceDocument,
  TraceFlow,
  TraceParty,
  TraceReport,
  type TraceReportInput,
} from './model/trace-report.js';
export type { FontInput } from './pdf/fonts/font-source.js';
export { type CsvValue, csvCell, csvTable } from './render/csv-cell.js';
export { type CsvFiles, renderCsv } from './render/render-csv.js';
export { renderJson } from './render/render-json.js';
export { renderMarkdown } from './render/render-markdown.js';
export { type PdfRendering, PRODUCER, type RenderPdfOptions, renderPdf } from './render/render-pdf.js';
export { REPORT_FORMATS, type RenderedFile, type ReportFormat, renderReport } from './render/renderers.js';
export { type ReportVerification, type VerifyReportOptions, verifyReport } from './verify/verify-report.js';
