/**
 * A shared, frozen empty list: most events leave most lists empty, and a million events share it.
 *
 * @example
 * ```ts
 * const epcList: string[] = EMPTY_LIST;
 * ```
 */
export const EMPTY_LIST: never[] = Object.freeze([]) as unknown as never[];

/**
 * A shared, frozen empty record.
 *
 * @example
 * ```ts
 * const extensions: Record<string, unknown> = EMPTY_RECORD;
 * ```
 */
export const EMPTY_RECORD: Record<string, never> = Object.freeze({}) as Record<string, never>;
