import type { DueDiligenceStep, IloIndicator, StandardRef } from '@unforced/core';
import { iloIndicatorInfo } from '@unforced/core';
import type { RecommendedAction } from '../assessment/assessment-schema.js';
import { plusDays } from '../internal/civil-days.js';
import type { ActionId, RiskPolicy, RiskTier } from '../policy/policy-schema.js';

/** What the recommended actions of one supplier depend on. */
export interface ActionInput {
  readonly asOf: string;
  readonly tier: RiskTier;
  readonly unknown: boolean;
  /** Indicators with open evidence, and the factors that carry them. */
  readonly openIndicators: ReadonlyMap<IloIndicator, readonly string[]>;
  readonly openCriticalFactors: readonly string[];
  /** A place presumption (UFLPA) lifted the tier: audits cannot rebut it, tracing can. */
  readonly presumption: readonly string[];
  readonly uflpaInChina: boolean;
  readonly auditCurrent: boolean;
  readonly grievanceChannel: boolean;
}

interface Template {
  readonly step: DueDiligenceStep;
  readonly title: string;
  readonly detail: string;
  readonly standards: readonly StandardRef[];
}

const RBA_FEES: StandardRef = {
  standard: 'RBA-VAP-8.0.2',
  clause: 'A1 Fees evaluation criteria (repay within 90 days)',
};

const TEMPLATES: Readonly<Record<ActionId, Template>> = deepFreeze({
  'unannounced-audit': {
    step: 'identify',
    title: 'Commission an unannounced independent audit with worker interviews',
    detail: 'Verify the critical risk on site, interviewing workers away from management, in their language.',
    standards: [{ standard: 'EU-CSDDD', clause: 'Art. 8 (identifying and assessing adverse impacts)' }],
  },
  'independent-audit': {
    step: 'identify',
    title: 'Commission an independent social audit (semi-announced or unannounced)',
    detail: 'No current independent audit exists for a supplier at high risk.',
    standards: [{ standard: 'EU-CSDDD', clause: 'Art. 8 (identifying and assessing adverse impacts)' }],
  },
  'trace-to-origin': {
    step: 'identify',
    title: 'Trace the goods to their raw-material origin and collect proof of origin',
    detail:
      'Map every party and its role, with transaction and transport records; social audits are not accepted to rebut the UFLPA presumption.',
    standards: [{ standard: 'UFLPA', clause: 'Sec. 3 (rebuttable presumption; CBP operational guidance)' }],
  },
  'supplier-questionnaire': {
    step: 'identify',
    title: 'Request a workforce profile and recruitment, wage and grievance information',
    detail: 'Nobody has looked at this supplier yet: its risk is unknown, not low.',
    standards: [{ standard: 'EU-CSDDD', clause: 'Art. 8 (identifying and assessing adverse impacts)' }],
  },
  'repay-recruitment-fees': {
    step: 'remediate',
    title: 'Have the supplier repay recruitment fees and cancel worker debts',
    detail:
      'Workers must not pay for their jobs (Employer Pays Principle); fees found are repaid within 90 days.',
    standards: [{ standard: 'ILO-FAIR-RECRUITMENT-2019', clause: 'General Principle 7' }, RBA_FEES],
  },
  'return-identity-documents': {
    step: 'remediate',
    title: 'Return identity documents to workers',
    detail: 'Documents are held only if the law requires, with a receipt and free access within 12 hours.',
    standards: [{ standard: 'RBA-COC-8.0', clause: 'A1 Freely Chosen Employment' }],
  },
  'pay-withheld-wages': {
    step: 'remediate',
    title: 'Pay withheld wages in full',
    detail: 'Wages withheld or deducted to secure employment are repaid.',
    standards: [{ standard: 'ILO-C095', clause: 'Arts. 8–9' }],
  },
  'limit-working-hours': {
    step: 'prevent',
    title: 'Bring working hours within 60 hours a week with one day off in seven',
    detail: 'Overtime is voluntary and paid at a premium.',
    standards: [{ standard: 'RBA-COC-8.0', clause: 'A3 Working Hours' }],
  },
  'investigate-indicator': {
    step: 'identify',
    title: 'Investigate the open forced-labour indicators and agree a corrective action plan',
    detail: '',
    standards: [{ standard: 'ILO-INDICATORS-2012', clause: 'Indicators of forced labour' }],
  },
  'open-grievance-channel': {
    step: 'complaints',
    title: 'Open a confidential worker grievance channel in the workers’ languages',
    detail: 'Workers and their representatives can raise concerns without retaliation.',
    standards: [{ standard: 'EU-CSDDD', clause: 'Art. 14 (complaints procedure)' }],
  },
  'responsible-exit-review': {
    step: 'bring-to-end',
    title: 'Responsible exit (last resort): review by this date',
    detail:
      'Only if remediation has failed: plan a responsible exit with notice, without abandoning workers owed remedy; disengagement is never the first response.',
    standards: [{ standard: 'EU-CSDDD', clause: 'Art. 10(6) (suspension and termination as a last resort)' }],
  },
});

const REASSESS_STANDARDS: readonly StandardRef[] = Object.freeze([
  Object.freeze({ standard: 'EU-CSDDD', clause: 'Art. 15 (monitoring)' } as const),
]);
const TIER_TRIGGER: readonly string[] = Object.freeze(['tier']);
const CONFIDENCE_TRIGGER: readonly string[] = Object.freeze(['confidence']);
const CHANNEL_TRIGGER: readonly string[] = Object.freeze(['mitigation:grievance-channel']);

function deepFreeze<T extends Record<string, Template>>(templates: T): T {
  for (const t of Object.values(templates)) {
    for (const s of t.standards) Object.freeze(s);
    Object.freeze(t.standards);
    Object.freeze(t);
  }
  return Object.freeze(templates);
}

const DIRECT: ReadonlyArray<[IloIndicator, ActionId]> = [
  ['debt-bondage', 'repay-recruitment-fees'],
  ['retention-of-identity-documents', 'return-identity-documents'],
  ['withholding-of-wages', 'pay-withheld-wages'],
  ['excessive-overtime', 'limit-working-hours'],
];

// Deadlines repeat across a batch (one asOf, a dozen distinct day counts): remember the last asOf's.
let memoAsOf = '';
const memoDates = new Map<number, string>();
function deadline(asOf: string, days: number): string {
  if (asOf !== memoAsOf) {
    memoAsOf = asOf;
    memoDates.clear();
  }
  let date = memoDates.get(days);
  if (date === undefined) {
    date = plusDays(asOf, days);
    memoDates.set(days, date);
  }
  return date;
}

function addAction(
  out: RecommendedAction[],
  policy: RiskPolicy,
  asOf: string,
  id: ActionId,
  triggeredBy: readonly string[],
  detail?: string,
): void {
  const t = TEMPLATES[id];
  const due = policy.actions.deadlineDays[id];
  out.push({
    id,
    step: t.step,
    title: t.title,
    detail: detail ?? t.detail,
    dueDate: deadline(asOf, due),
    dueInDays: due,
    phase: id === 'responsible-exit-review' ? 3 : 1,
    lastResort: id === 'responsible-exit-review',
    triggeredBy: (Object.isFrozen(triggeredBy) ? triggeredBy : [...new Set(triggeredBy)].sort()) as string[],
    standards: t.standards as StandardRef[],
  });
}

/**
 * Recommends due-diligence actions with deadlines counted from `asOf`, each mapped to the CSDDD step it
 * serves: identify and remediate first (phase 1), then monitor (phase 2), and a responsible exit only as
 * a last resort for critical suppliers (phase 3, `lastResort: true`). Sorted by phase, deadline, id.
 *
 * @example
 * ```ts
 * recommendActions(DEFAULT_RISK_POLICY, input).map((a) => `${a.step} ${a.dueDate} ${a.title}`);
 * ```
 */
export function recommendActions(policy: RiskPolicy, input: ActionInput): RecommendedAction[] {
  const out: RecommendedAction[] = [];
  if (input.presumption.length > 0 || input.uflpaInChina)
    addAction(
      out,
      policy,
      input.asOf,
      'trace-to-origin',
      input.presumption.length > 0 ? input.presumption : ['inherent:goods-uflpa-priority-sector'],
    );
  else if (input.tier === 'critical')
    addAction(
      out,
      policy,
      input.asOf,
      'unannounced-audit',
      input.openCriticalFactors.length > 0 ? input.openCriticalFactors : TIER_TRIGGER,
    );
  else if (input.tier === 'high' && !input.auditCurrent)
    addAction(out, policy, input.asOf, 'independent-audit', TIER_TRIGGER);
  if (input.unknown) addAction(out, policy, input.asOf, 'supplier-questionnaire', CONFIDENCE_TRIGGER);
  const handled = new Set<IloIndicator>();
  for (const [indicator, id] of DIRECT) {
    const factors = input.openIndicators.get(indicator);
    if (factors === undefined) continue;
    handled.add(indicator);
    addAction(out, policy, input.asOf, id, factors);
  }
  const others = [...input.openIndicators.entries()].filter(([indicator]) => !handled.has(indicator));
  if (others.length > 0)
    addAction(
      out,
      policy,
      input.asOf,
      'investigate-indicator',
      others.flatMap(([, factors]) => factors),
      `Open indicators: ${others.map(([i]) => iloIndicatorInfo(i).label.toLowerCase()).join(', ')}.`,
    );
  if (!input.grievanceChannel && input.tier !== 'low' && input.presumption.length === 0)
    addAction(out, policy, input.asOf, 'open-grievance-channel', CHANNEL_TRIGGER);
  const reassess = policy.actions.reassessDays[input.tier];
  out.push({
    id: 'reassess',
    step: 'monitor',
    title: 'Re-assess the supplier',
    detail: `Re-run the checks and this assessment (${input.tier} tier: every ${reassess} days).`,
    dueDate: deadline(input.asOf, reassess),
    dueInDays: reassess,
    phase: 2,
    lastResort: false,
    triggeredBy: TIER_TRIGGER as string[],
    standards: REASSESS_STANDARDS as StandardRef[],
  });
  if (input.tier === 'critical') addAction(out, policy, input.asOf, 'responsible-exit-review', TIER_TRIGGER);
  return out.sort(
    (a, b) => a.phase - b.phase || a.dueInDays - b.dueInDays || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
