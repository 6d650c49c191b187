import { compareSeverity, type Finding } from '@unforced/core';

/**
 * The findings, most severe first (then code and subject), for "top findings" tables.
 *
 * @example
 * ```ts
 * worstFirst(findings).slice(0, 10);
 * ```
 */
export function worstFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      compareSeverity(b.severity, a.severity) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
      (a.subject.id < b.subject.id ? -1 : a.subject.id > b.subject.id ? 1 : 0),
  );
}
