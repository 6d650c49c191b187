/**
 * The exit codes of `unforced`, so CI pipelines and procurement jobs can gate on them:
 * 0 done; 1 done and a finding at or above `--fail-on`; 2 bad usage or unreadable input.
 *
 * @example
 * ```ts
 * process.exitCode = EXIT_CODES.USAGE_OR_INPUT_ERROR; // 2
 * ```
 */
export const EXIT_CODES = {
  OK: 0,
  FINDINGS_AT_OR_ABOVE_THRESHOLD: 1,
  USAGE_OR_INPUT_ERROR: 2,
} as const;

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
