import type { ReportDocument } from './blocks.js';
export function portfolioDocument(_report: unknown): ReportDocument {
  throw new Error('todo');
}
