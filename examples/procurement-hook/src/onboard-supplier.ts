import type { AuditFinding, Finding, SupplierInput } from '@unforced/core';
import { createRiskModel, type RiskModel } from '@unforced/risk';
import {
  createScreeningIndex,
  type ScreeningIndex,
  type ScreeningListInput,
  screeningFindings,
  uflpaScreeningList,
} from '@unforced/screening';

/** What the procurement system sends when a supplier is proposed. */
export interface OnboardingRequest {
  readonly supplier: SupplierInput;
  /** Audit findings the supplier shared during onboarding, if any. */
  readonly auditFindings?: readonly AuditFinding[];
}

/** What the hook answers: a decision, the reasons (each with the rule's code), and the evidence. */
export interface OnboardingDecision {
  readonly supplierId: string;
  readonly decision: 'approve' | 'review' | 'reject';
  readonly reasons: ReadonlyArray<{ readonly code: string; readonly detail: string }>;
  readonly risk?: { readonly tier: string; readonly score: number; readonly confidence: string };
  /** When to look again (the first recommended action's due date). */
  readonly reviewBy?: string;
  readonly findings: readonly Finding[];
}

/** The hook: built once (the screening index and the risk model are reused for every call). */
export interface OnboardingHook {
  onboard(request: OnboardingRequest, asOf: string): OnboardingDecision;
}

/**
 * Builds the onboarding hook over the UFLPA Entity List plus the company's own lists. Rules:
 * reject a match on any list, or a supplier whose goods fall under the UFLPA presumption (a Xinjiang
 * location); send to review a potential match, a high or critical risk tier, open observed evidence of
 * an ILO indicator (an audit finding, a grievance), or a supplier in a high-risk context about which
 * too little is known; approve the rest, with the date of the next review. "Reject" is for a supplier
 * not yet engaged: for one already in the portfolio, the risk package recommends remediation first and
 * exit only as a last resort.
 */
export function createOnboardingHook(ownLists: readonly ScreeningListInput[] = []): OnboardingHook {
  const index: ScreeningIndex = createScreeningIndex([uflpaScreeningList(), ...ownLists])._unsafeUnwrap();
  const model: RiskModel = createRiskModel()._unsafeUnwrap();
  return {
    onboard({ supplier, auditFindings = [] }, asOf) {
      const reasons: Array<{ code: string; detail: string }> = [];
      const screened = index.screen({ id: supplier.id, name: supplier.name, country: supplier.country });
      const findings = screened.andThen((result) => screeningFindings(result, { asOf })).unwrapOr([]);
      if (screened.isErr()) reasons.push({ code: screened.error.code, detail: screened.error.message });
      for (const match of screened.isOk() ? screened.value.matches : [])
        reasons.push({
          code: `screening.${match.decision}`,
          detail: `${match.decision === 'match' ? 'matches' : 'may match'} "${match.explanation.matchedName}" on ${match.list.title} (score ${match.score.toFixed(2)})`,
        });
      const assessed = model.assess({ supplier, findings, auditFindings: [...auditFindings] }, asOf);
      if (assessed.isErr()) {
        for (const issue of assessed.error.issues) reasons.push({ code: issue.code, detail: issue.message });
        return { supplierId: supplier.id, decision: 'review', reasons, findings };
      }
      const a = assessed.value;
      for (const reason of a.floor?.reasons ?? [])
        reasons.push({ code: 'risk.floor.critical', detail: reason });
      const listed = screened.isOk() && screened.value.decision === 'match';
      const presumption = a.contributions.some((c) => c.group === 'floor') && a.subdivision === 'CN-XJ';
      const openObserved = a.indicators.filter((i) => i.open && i.basis === 'observed');
      let decision: OnboardingDecision['decision'] = 'approve';
      if (listed || presumption) decision = 'reject';
      else if (screened.isOk() && screened.value.decision === 'potential-match') decision = 'review';
      else if (a.tier === 'high' || a.tier === 'critical') {
        decision = 'review';
        reasons.push({ code: `risk.tier.${a.tier}`, detail: a.headline });
      } else if (openObserved.length > 0) {
        decision = 'review';
        for (const i of openObserved)
          reasons.push({
            code: `ilo.${i.indicator}`,
            detail: `open evidence of ${i.label.toLowerCase()} (${i.evidence.map((e) => e.id).join(', ')})`,
          });
      } else if (a.status === 'unknown' && (a.inherentTier === 'high' || a.inherentTier === 'critical')) {
        decision = 'review';
        reasons.push({ code: 'risk.status.unknown', detail: a.headline });
      } else reasons.push({ code: `risk.tier.${a.tier}`, detail: a.headline });
      return {
        supplierId: supplier.id,
        decision,
        reasons,
        risk: { tier: a.tier, score: a.score, confidence: a.confidence.level },
        ...(a.actions[0] === undefined ? {} : { reviewBy: a.actions[0].dueDate }),
        findings,
      };
    },
  };
}
