import {
  compareMoneyRatio,
  formatMoney,
  type Money,
  parseDecimalRatio,
  type Severity,
  type StandardRef,
  scaleMoney,
  type UnforcedError,
  type UnforcedIssue,
} from '@unforced/core';
import type { FeeCapRule } from '@unforced/reference-data';
import { err, ok, type Result } from 'neverthrow';
import { append } from '../support/append.js';
import type { CheckEnv, CheckOutput, KeyedFinding } from '../support/check-env.js';
import { MoneyBag } from '../support/money-bag.js';
import { sortSmall } from '../support/sort-small.js';
import type { CostFacts, WorkerFacts } from '../support/worker-facts.js';

/**
 * How a rule's confidence limits the severity of its findings: a breach of a high-confidence rule is
 * `high`; of a medium-confidence rule, or one marked for verification, `medium`; of a low-confidence
 * rule `low`. A low-confidence rule never produces a high-severity finding.
 */
function severityOf(rule: FeeCapRule): Severity {
  if (rule.confidence === 'low') return 'low';
  if (rule.confidence === 'medium' || rule.verify) return 'medium';
  return 'high';
}

/** The finding's `confidence` for a rule's confidence level. */
const CONFIDENCE = { high: 0.9, medium: 0.6, low: 0.3 } as const;

interface CapCheck {
  readonly charged: Money;
  readonly cap: Money;
  readonly exceeded: boolean;
}

function coveredBag(rule: FeeCapRule, facts: WorkerFacts): MoneyBag {
  const bag = new MoneyBag();
  const borne = facts.recruitmentCostsBorne;
  for (let i = 0; i < borne.length; i += 1) {
    const c = borne[i] as CostFacts;
    if (rule.covers === 'recruitment-fees-and-related-costs' || c.classification.group === 'recruitment-fee')
      bag.add(c.cost.amount);
  }
  bag.addBag(facts.excessRecruitmentDeductions);
  return bag;
}

function checkCap(
  rule: FeeCapRule,
  bag: MoneyBag,
  facts: WorkerFacts,
  env: CheckEnv,
): Result<CapCheck | undefined, UnforcedError> {
  const cap = rule.cap;
  if (cap.kind === 'none-found' || bag.isZero()) return ok(undefined);
  if (cap.kind === 'zero') {
    return bag.convertTo(facts.workerCurrency, env.fx).map((charged) => ({
      charged,
      cap: { amountMinor: 0, currency: charged.currency },
      exceeded: charged.amountMinor > 0,
    }));
  }
  if (cap.kind === 'amount') {
    return bag.convertTo(cap.amount.currency, env.fx).map((charged) => ({
      charged,
      cap: cap.amount,
      exceeded: charged.amountMinor > cap.amount.amountMinor,
    }));
  }
  // Months of wage, per so many months of contract where the rule says so (pro rata; one period when
  // the contract's duration is not recorded).
  const months = parseDecimalRatio(cap.months);
  if (months.isErr()) return err(months.error);
  const periods =
    cap.perContractMonths === undefined
      ? { numerator: 1n, denominator: 1n }
      : {
          numerator: BigInt(facts.worker.contract.durationMonths ?? cap.perContractMonths),
          denominator: BigInt(cap.perContractMonths),
        };
  const ratio = {
    numerator: months.value.numerator * periods.numerator,
    denominator: months.value.denominator * periods.denominator,
  };
  return bag.convertTo(facts.wage.currency, env.fx).andThen((charged) =>
    scaleMoney(facts.wage, ratio, 'floor').andThen((capAmount) =>
      compareMoneyRatio(charged, facts.wage, ratio).map((sign) => ({
        charged,
        cap: capAmount,
        exceeded: sign > 0,
      })),
    ),
  );
}

function capLabel(rule: FeeCapRule, cap: Money): string {
  if (rule.cap.kind === 'months-of-wage') {
    const per =
      rule.cap.perContractMonths === undefined ? '' : ` per ${rule.cap.perContractMonths} months of contract`;
    return `${rule.cap.months} month(s) of wage${per} (${formatMoney(cap)})`;
  }
  return rule.cap.kind === 'zero' ? 'nothing' : formatMoney(cap);
}

function capFinding(rule: FeeCapRule, check: CapCheck, facts: WorkerFacts, env: CheckEnv): KeyedFinding {
  const excess = {
    amountMinor: check.charged.amountMinor - check.cap.amountMinor,
    currency: check.charged.currency,
  };
  const what = rule.covers === 'recruitment-fees' ? 'recruitment fees' : 'recruitment fees and related costs';
  return {
    key: rule.id,
    finding: env.ctx.finding({
      code: 'recruitment.legal-cap.exceeded',
      severity: severityOf(rule),
      indicators: [],
      subject: facts.subject,
      message: `The worker was charged ${formatMoney(check.charged)} in ${what}; the legal cap of rule ${rule.id} is ${capLabel(rule, check.cap)}, exceeded by ${formatMoney(excess)} (${rule.confidence} confidence${rule.verify ? ', to be verified against the primary text' : ''}). Legal caps are a floor: the Employer Pays Principle still requires zero.`,
      metrics: {
        ruleId: rule.id,
        covers: rule.covers,
        charged: check.charged,
        cap: check.cap,
        excess,
        ruleConfidence: rule.confidence,
        verify: rule.verify,
      },
      standards: factsOf(rule, env).law,
      remediation: {
        action: `Repay at least the ${formatMoney(excess)} charged above the legal cap.`,
        period: 'repay',
        step: 'remediate',
      },
      confidence: CONFIDENCE[rule.confidence],
      usesFeeCaps: true,
    }),
  };
}

/** The national-law citation of a fee-cap rule: its legal basis, with the rule and its source. */
function citationOf(rule: FeeCapRule): StandardRef[] {
  return [
    {
      standard: 'NATIONAL-LAW',
      clause: rule.legalBasis,
      note: `fee-cap rule ${rule.id}; source: ${rule.source}`,
    },
  ];
}

/** What the checks derive from a fee-cap rule once (rules are shared reference data; findings are values). */
interface RuleFacts {
  /** The rule's citation, shared by its findings. */
  readonly law: StandardRef[];
  /** The rule's employer-pays items, sorted, with the concept each names. */
  readonly items: readonly { readonly item: string; readonly concept: string }[];
}

const FACTS_OF_RULE = new WeakMap<FeeCapRule, RuleFacts>();

function factsOf(rule: FeeCapRule, env: CheckEnv): RuleFacts {
  let facts = FACTS_OF_RULE.get(rule);
  if (facts === undefined) {
    const items: { item: string; concept: string }[] = [];
    for (const item of sortSmall([...rule.employerPaysItems], (a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const concept = env.classify(item).concept;
      if (concept !== undefined) items.push({ item, concept });
    }
    facts = { law: citationOf(rule), items };
    FACTS_OF_RULE.set(rule, facts);
  }
  return facts;
}

/** The costs the worker bore of one concept, or `undefined` for none (no list is made then). */
function costsOfConcept(facts: WorkerFacts, concept: string): CostFacts[] | undefined {
  let charged: CostFacts[] | undefined;
  const borne = facts.recruitmentCostsBorne;
  for (let i = 0; i < borne.length; i += 1) {
    const c = borne[i] as CostFacts;
    if (c.classification.concept !== concept) continue;
    if (charged === undefined) charged = [c];
    else charged.push(c);
  }
  return charged;
}

function employerPaysFindings(rule: FeeCapRule, facts: WorkerFacts, env: CheckEnv): KeyedFinding[] {
  const out: KeyedFinding[] = [];
  const { law, items } = factsOf(rule, env);
  for (const { item, concept } of items) {
    const charged = costsOfConcept(facts, concept);
    if (charged === undefined) continue;
    const ids = charged.map((c) => c.cost.id).join(', ');
    const amounts = charged.map((c) => formatMoney(c.cost.amount)).join(', ');
    out.push({
      key: `${rule.id}|${item}`,
      finding: env.ctx.finding({
        code: 'recruitment.legal-cap.employer-pays-item-charged',
        severity: severityOf(rule),
        indicators: [],
        subject: facts.subject,
        message: `The worker paid for the ${item} (cost ${ids}: ${amounts}), which rule ${rule.id} puts on the employer.`,
        metrics: {
          ruleId: rule.id,
          item,
          costIds: ids,
          ruleConfidence: rule.confidence,
          verify: rule.verify,
        },
        standards: law,
        remediation: { action: `Repay the ${item} to the worker.`, period: 'repay', step: 'remediate' },
        confidence: CONFIDENCE[rule.confidence],
        usesFeeCaps: true,
      }),
    });
  }
  return out;
}

/**
 * Legal fee caps of the corridor (origin → destination, occupation, date of the first fee), from
 * `@unforced/reference-data`: one finding per rule that is exceeded, with its id, legal basis, source,
 * confidence and the excess; and one per item the rule puts on the employer that the worker paid. Caps
 * in another currency need the caller's FX rates: a missing rate is an issue for the worker, not a guess.
 *
 * @example
 * ```ts
 * checkLegalCaps(facts, env).findings[0]?.finding.metrics.ruleId; // 'np-free-visa-free-ticket'
 * ```
 */
export function checkLegalCaps(facts: WorkerFacts, env: CheckEnv): CheckOutput {
  const findings: KeyedFinding[] = [];
  const issues: UnforcedIssue[] = [];
  const borne = facts.recruitmentCostsBorne;
  const excess = facts.excessRecruitmentDeductions;
  if (borne.length === 0 && excess.isZero()) return { findings, issues };
  const worker = facts.worker;
  let on = worker.contract.startDate;
  for (let i = 0; i < borne.length; i += 1) {
    const paidOn = (borne[i] as CostFacts).cost.paidOn;
    if (paidOn < on) on = paidOn;
  }
  const rules = env.feeCaps.feeCapRules({
    origin: worker.originCountry,
    destination: worker.destinationCountry,
    occupationCategory: worker.occupationCategory,
    on,
  });
  for (const rule of rules) {
    const result = checkCap(rule, coveredBag(rule, facts), facts, env);
    if (result.isErr()) {
      issues.push({
        code: result.error.code,
        message: `fee-cap rule ${rule.id}: ${result.error.message}`,
        path: ['costs'],
      });
    } else if (result.value?.exceeded === true) {
      findings.push(capFinding(rule, result.value, facts, env));
    }
    append(findings, employerPaysFindings(rule, facts, env));
  }
  return { findings, issues };
}
