import type { ReportDocument } from './blocks.js';
export function recruitmentDocument(_report: unknown): ReportDocument {
  throw new Error('todo');
}
