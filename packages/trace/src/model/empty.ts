/** A shared, frozen empty list: most events leave most lists empty, and a million events share it. */
export const EMPTY_LIST: never[] = Object.freeze([]) as unknown as never[];

/** A shared, frozen empty record. */
export const EMPTY_RECORD: Record<string, never> = Object.freeze({}) as Record<string, never>;
