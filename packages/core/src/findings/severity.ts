import { z } from 'zod';

/** Severities from least to most severe. */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/**
 * The SDK's ordinal severity scale. It maps one-to-one onto the RBA Validated Assessment Program's
 * non-conformance grades: low = Opportunity for improvement, medium = Minor, high = Major,
 * critical = Priority.
 *
 * @example
 * ```ts
 * Severity.parse('critical');
 * ```
 */
export const Severity = z.enum(SEVERITIES);

/** One of `low`, `medium`, `high`, `critical`. */
export type Severity = z.infer<typeof Severity>;

/** RBA VAP non-conformance grades, least to most severe. */
export const RBA_GRADES = ['opportunity-for-improvement', 'minor', 'major', 'priority'] as const;

/**
 * An RBA VAP finding grade.
 *
 * @example
 * ```ts
 * RbaGrade.parse('priority');
 * ```
 */
export const RbaGrade = z.enum(RBA_GRADES);

/** An RBA VAP finding grade. */
export type RbaGrade = z.infer<typeof RbaGrade>;

/**
 * The rank of a severity, 0 (low) to 3 (critical), for ordering.
 *
 * @example
 * ```ts
 * severityRank('high') > severityRank('medium'); // true
 * ```
 */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/**
 * Compares severities: negative when `a` is less severe than `b`.
 *
 * @example
 * ```ts
 * ['critical', 'low'].sort(compareSeverity); // ['low', 'critical']
 * ```
 */
export function compareSeverity(a: Severity, b: Severity): number {
  return severityRank(a) - severityRank(b);
}

/**
 * The most severe of a list, or `undefined` for an empty list.
 *
 * @example
 * ```ts
 * maxSeverity(['medium', 'critical', 'low']); // 'critical'
 * ```
 */
export function maxSeverity(severities: Iterable<Severity>): Severity | undefined {
  let best: Severity | undefined;
  for (const severity of severities)
    if (best === undefined || severityRank(severity) > severityRank(best)) best = severity;
  return best;
}

/**
 * Whether `severity` is at or above `threshold`, e.g. for a `--fail-on high` gate.
 *
 * @example
 * ```ts
 * isAtLeast('critical', 'high'); // true
 * ```
 */
export function isAtLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold);
}

/**
 * The severity of an RBA grade.
 *
 * @example
 * ```ts
 * severityFromRbaGrade('major'); // 'high'
 * ```
 */
export function severityFromRbaGrade(grade: RbaGrade): Severity {
  return SEVERITIES[RBA_GRADES.indexOf(grade)] as Severity;
}

/**
 * The RBA grade of a severity.
 *
 * @example
 * ```ts
 * rbaGradeFromSeverity('critical'); // 'priority'
 * ```
 */
export function rbaGradeFromSeverity(severity: Severity): RbaGrade {
  return RBA_GRADES[severityRank(severity)] as RbaGrade;
}
