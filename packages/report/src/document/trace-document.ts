import type { ReportDocument } from './blocks.js';
export function traceDocument(_report: unknown): ReportDocument {
  throw new Error('todo');
}
