/**
 * The methodology of the trace package: its id and version, cited in the provenance of every finding
 * and summary it produces. The version changes whenever a rule, default or formula changes.
 *
 * @example
 * ```ts
 * finding.provenance.methodology; // { id: 'unforced/trace', version: '0.1.0' }
 * ```
 */
export const TRACE_METHODOLOGY = { id: 'unforced/trace', version: '0.1.0' } as const;
