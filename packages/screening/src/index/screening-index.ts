import { type DataEditionRef, isCountryCode, SUBJECT_KINDS, UnforcedError, validate } from '@unforced/core';
import { err, ok, type Result } from 'neverthrow';
import { z } from 'zod';
import type { NormalisedName } from '../normalise/name-token.js';
import { normaliseName } from '../normalise/normalise-name.js';
import { screenNormalised } from '../screen/screen-entity.js';
import { ScreeningEntity, type ScreeningEntityInput } from '../screen/screening-entity.js';
import type { ScreeningResult } from '../screen/screening-result.js';
import type { Thresholds } from '../screen/thresholds.js';
import type { IndexData } from './index-data.js';
import { createScratch } from './query.js';

/**
 * Options of one screening call: thresholds that replace the index's for this call, and how many
 * matches to keep.
 *
 * @example
 * ```ts
 * ScreenOptions.parse({ thresholds: { potentialMatch: 0.7 } });
 * ```
 */
export const ScreenOptions = z.strictObject({
  thresholds: z
    .strictObject({
      match: z.number().gt(0).max(1).optional(),
      potentialMatch: z.number().gt(0).max(1).optional(),
    })
    .optional(),
  maxResults: z.number().int().min(1).max(1_000).optional(),
});

/** Options of one screening call as callers write them. */
export type ScreenOptions = z.input<typeof ScreenOptions>;

/** A list as the index holds it. */
export interface IndexedListInfo {
  readonly id: string;
  readonly title: string;
  readonly edition: DataEditionRef;
  readonly regime: 'uflpa' | 'other';
  readonly entries: number;
}

/**
 * A screening index, built once by `createScreeningIndex` and used for any number of entities.
 * Screening is synchronous and deterministic: the same lists and entity give the same result, byte for
 * byte, whatever the order of the lists.
 *
 * @example
 * ```ts
 * const result = index.screen({ id: 'S-7', name: 'Xinjiang Huafu Textiles Co.' });
 * if (result.isOk()) for (const m of result.value.matches) console.log(m.entry.id, m.score, m.decision);
 * ```
 */
export interface ScreeningIndex {
  readonly lists: readonly IndexedListInfo[];
  /** Entries, names (names and aliases) and distinct words indexed. */
  readonly size: { readonly entries: number; readonly names: number; readonly words: number };
  readonly thresholds: Thresholds;
  /** Screens one entity. A bad entity or an unscreenable name is an error, never a throw. */
  screen(entity: ScreeningEntityInput, options?: ScreenOptions): Result<ScreeningResult, UnforcedError>;
  /** Screens a bare name (the entity id is the name itself). */
  screenName(name: string, options?: ScreenOptions): Result<ScreeningResult, UnforcedError>;
}

const NO_OPTIONS = ok({} as z.output<typeof ScreenOptions>);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isEmptyPlainObject(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const _ in value) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

const ENTITY_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'aliases', 'country', 'address', 'kind']);

/**
 * The entity zod would give for a plain object whose fields are all present in their simplest valid
 * form (a non-blank id, a name, string aliases, a known country code, an address, a subject kind, no
 * identifiers); `undefined` for anything else, which is left to zod (so every error is zod's).
 */
export function plainEntity(input: unknown): ScreeningEntity | undefined {
  if (!isPlainObject(input) || Object.getOwnPropertySymbols(input).length > 0) return undefined;
  for (const key in input) if (!Object.hasOwn(input, key) || !ENTITY_KEYS.has(key)) return undefined;
  const { id, name, aliases, country, address, kind } = input;
  if (typeof id !== 'string' || typeof name !== 'string') return undefined;
  const trimmedId = id.trim();
  if (trimmedId.length === 0) return undefined;
  if (aliases !== undefined) {
    if (!Array.isArray(aliases)) return undefined;
    for (let k = 0; k < aliases.length; k++) if (typeof aliases[k] !== 'string') return undefined;
  }
  if (country !== undefined && !isCountryCode(country)) return undefined;
  if (address !== undefined && typeof address !== 'string') return undefined;
  if (kind !== undefined && !(SUBJECT_KINDS as readonly unknown[]).includes(kind)) return undefined;
  // The keys in zod's order; zod keeps an optional key that is present, even when undefined. Added one
  // by one rather than spread from conditional literals, which costs an object copy each.
  const entity: Record<string, unknown> = {
    id: trimmedId,
    name,
    aliases: aliases === undefined ? [] : [...(aliases as string[])],
  };
  if (Object.hasOwn(input, 'country')) entity.country = country;
  if (Object.hasOwn(input, 'address')) entity.address = address;
  entity.identifiers = [];
  entity.kind = kind ?? 'supplier';
  return entity as ScreeningEntity;
}

/** Builds the {@link ScreeningIndex} over prepared data. */
export function createIndexFromData(
  data: IndexData,
  settings: { readonly thresholds: Thresholds; readonly maxCandidates: number; readonly maxResults: number },
): ScreeningIndex {
  const scratch = createScratch(data.names.length);
  const screen = (input: unknown, options: ScreenOptions = {}): Result<ScreeningResult, UnforcedError> => {
    const parsedOptions = isEmptyPlainObject(options)
      ? NO_OPTIONS
      : validate(ScreenOptions, options, ['options']);
    if (parsedOptions.isErr()) return err(parsedOptions.error);
    const thresholds = {
      match: parsedOptions.value.thresholds?.match ?? settings.thresholds.match,
      potentialMatch: parsedOptions.value.thresholds?.potentialMatch ?? settings.thresholds.potentialMatch,
    };
    if (thresholds.potentialMatch > thresholds.match)
      return err(
        new UnforcedError('OUT_OF_RANGE', 'potentialMatch must not exceed match', {
          path: ['options', 'thresholds', 'potentialMatch'],
        }),
      );
    // A plain entity of simple fields is read directly, as zod would give it; anything else (and every
    // error) goes through zod.
    let entity = plainEntity(input);
    if (entity === undefined) {
      const parsed = validate(ScreeningEntity, input);
      if (parsed.isErr()) return err(parsed.error);
      entity = parsed.value;
    }
    const primary = normaliseName(entity.name);
    if (primary.isErr()) return err(primary.error);
    const notes: string[] = [];
    const names: Array<{ text: string; name: NormalisedName }> = [{ text: entity.name, name: primary.value }];
    entity.aliases.forEach((alias, k) => {
      const normalised = normaliseName(alias);
      if (normalised.isOk()) names.push({ text: alias, name: normalised.value });
      else notes.push(`aliases[${k}] not screened: ${normalised.error.message} (${normalised.error.code})`);
    });
    for (const { text, name } of names)
      if (name.ignoredWords.length > 0)
        notes.push(
          `${JSON.stringify(text)}: ${name.ignoredWords.length} word(s) in a script not read were ignored`,
        );
    const matches = screenNormalised(data, scratch, entity, names, {
      thresholds,
      maxCandidates: settings.maxCandidates,
      maxResults: parsedOptions.value.maxResults ?? settings.maxResults,
    });
    return ok({
      entityId: entity.id,
      subject: { kind: entity.kind, id: entity.id },
      name: entity.name,
      decision: matches[0]?.decision ?? 'no-match',
      matches,
      notes,
    });
  };
  const counts = new Map<string, number>();
  for (const e of data.entries) counts.set(e.list.id, (counts.get(e.list.id) ?? 0) + 1);
  return {
    lists: data.lists.map((l) => ({
      id: l.id,
      title: l.title,
      edition: l.edition,
      regime: l.regime,
      entries: counts.get(l.id) ?? 0,
    })),
    size: { entries: data.entries.length, names: data.names.length, words: data.vocabulary.texts.length },
    thresholds: settings.thresholds,
    screen,
    screenName: (name, options) => screen({ id: name.trim() === '' ? '(empty)' : name, name }, options),
  };
}
