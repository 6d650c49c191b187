import type { Report } from '../model/report.js';
import type { ReportDocument } from './blocks.js';
import { portfolioDocument } from './portfolio-document.js';
import { recruitmentDocument } from './recruitment-document.js';
import { supplierDocument } from './supplier-document.js';
import { traceDocument } from './trace-document.js';

/** The format-independent content of any report. */
export function reportDocument(report: Report): ReportDocument {
  switch (report.type) {
    case 'supplier-risk-assessment':
      return supplierDocument(report);
    case 'portfolio-due-diligence':
      return portfolioDocument(report);
    case 'recruitment-fee-audit':
      return recruitmentDocument(report);
    case 'traceability-summary':
      return traceDocument(report);
  }
}
