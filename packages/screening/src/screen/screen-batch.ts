import { UnforcedError } from '@unforced/core';
import { err, type Result } from 'neverthrow';
import type { ScreeningIndex, ScreenOptions } from '../index/screening-index.js';
import type { ScreeningEntityInput } from './screening-entity.js';
import type { ScreeningResult } from './screening-result.js';

/**
 * One item of a batch: its row number (1-based, or from `firstRowNumber`), the entity id when the
 * input had one, and the screening result or the coded error for that entity alone.
 */
export interface ScreeningBatchItem {
  readonly row: number;
  readonly id: string | undefined;
  readonly result: Result<ScreeningResult, UnforcedError>;
}

/** Options of {@link screenBatch}. */
export interface ScreenBatchOptions extends ScreenOptions {
  /** The row number of the first entity (default 1; 2 for a CSV file with a header line). */
  readonly firstRowNumber?: number;
}

function idOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Screens a stream of entities (an array, any iterable or an async iterable such as a CSV reader) and
 * yields one item per entity, in input order, as soon as it is screened. A bad entity (not an object,
 * a missing id, an empty or unscreenable name, a control character, a name over 1,000 characters)
 * yields its coded error with its row number, and the batch goes on; nothing throws.
 *
 * @example
 * ```ts
 * for await (const item of screenBatch(index, suppliers)) {
 *   if (item.result.isErr()) console.warn(`row ${item.row}: ${item.result.error.code}`);
 *   else if (item.result.value.decision !== 'no-match') review(item.result.value);
 * }
 * ```
 */
export async function* screenBatch(
  index: ScreeningIndex,
  entities: Iterable<ScreeningEntityInput | unknown> | AsyncIterable<ScreeningEntityInput | unknown>,
  options: ScreenBatchOptions = {},
): AsyncGenerator<ScreeningBatchItem, void, undefined> {
  const { firstRowNumber = 1, ...screenOptions } = options;
  let row = firstRowNumber;
  const one = (input: unknown): ScreeningBatchItem => {
    let result: Result<ScreeningResult, UnforcedError>;
    try {
      result = index.screen(input as ScreeningEntityInput, screenOptions);
    } catch (cause) {
      // Screening returns its errors; a throw here is a defect, reported for this row alone.
      result = err(new UnforcedError('INTERNAL', 'screening failed unexpectedly', { cause }));
    }
    const item = { row, id: idOf(input), result };
    row += 1;
    return item;
  };
  if (isAsyncIterable(entities)) {
    for await (const input of entities) yield one(input);
  } else {
    for (const input of entities) yield one(input);
  }
}
