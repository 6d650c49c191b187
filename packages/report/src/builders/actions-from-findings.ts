import {
  compareIsoDates,
  compareSeverity,
  type DueDiligenceStep,
  type Finding,
  type Severity,
} from '@unforced/core';
import type { ReportAction } from '../model/action.js';

interface Draft {
  action: string;
  dueDate: string;
  step: DueDiligenceStep;
  priority: Severity;
  findingCodes: string[];
}

/**
 * One action per distinct remediation of the findings (findings that call for the same action share it),
 * in order of severity (critical first), then due date and action text; each lists the codes of the
 * findings that call for it. Findings without a remediation give no action.
 *
 * @example
 * ```ts
 * actionsFromFindings(check.findings); // [{ action: 'Repay every worker…', priority: 'critical', … }]
 * ```
 */
export function actionsFromFindings(findings: readonly Finding[]): ReportAction[] {
  const byKey = new Map<string, Draft>();
  for (const f of findings) {
    const r = f.remediation;
    if (r === undefined) continue;
    const key = `${r.action}\u0000${r.dueDate}\u0000${r.step}`;
    const existing = byKey.get(key);
    if (existing === undefined) {
      byKey.set(key, {
        action: r.action,
        dueDate: r.dueDate,
        step: r.step,
        priority: f.severity,
        findingCodes: [f.code],
      });
      continue;
    }
    if (compareSeverity(f.severity, existing.priority) > 0) existing.priority = f.severity;
    if (!existing.findingCodes.includes(f.code)) existing.findingCodes.push(f.code);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      compareSeverity(b.priority, a.priority) ||
      compareIsoDates(a.dueDate, b.dueDate) ||
      (a.action < b.action ? -1 : a.action > b.action ? 1 : 0),
  );
}
