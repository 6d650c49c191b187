import type { TraceParty } from '../model/master-data.js';

/** A party's match on a forced-labour list (e.g. the UFLPA Entity List), as a matcher reports it. */
export interface ListedEntityMatch {
  /** The list, e.g. `uflpa-entity-list`. */
  readonly list: string;
  readonly entityId?: string;
  readonly entityName?: string;
  /** 0–1; omit for a certain match. */
  readonly confidence?: number;
  /** `observed` for an identifier match, `inferred` for a name match (the default). */
  readonly basis?: 'observed' | 'inferred';
  /** Why the matcher matched (e.g. "alias 'XPCC'"). */
  readonly explanation?: string;
}

/**
 * Decides whether a party is a listed entity. `@unforced/screening` supplies a fuzzy, explained one;
 * the trace package ships {@link exactNameMatcher} as the default. Return `true`, a
 * {@link ListedEntityMatch}, or `false`/`undefined`.
 *
 * @example
 * ```ts
 * const isListedEntity: ListedEntityMatcher = (party) => party.id === 'urn:epc:id:pgln:9521003.00000';
 * ```
 */
export type ListedEntityMatcher = (party: TraceParty) => ListedEntityMatch | boolean | undefined;

/**
 * Normalises a name for exact comparison: lower case, letters and digits only, single spaces.
 *
 * @example
 * ```ts
 * normaliseEntityName('Xinjiang Production & Construction Corps.'); // 'xinjiang production construction corps'
 * ```
 */
export function normaliseEntityName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** An entity on a list, with its names. */
export interface ListedEntity {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * A matcher that reports a party whose name or one of its aliases equals a listed entity's name or
 * alias after {@link normaliseEntityName}. Exact only: no fuzzy matching, transliteration or legal-form
 * handling (that is `@unforced/screening`'s job).
 *
 * @example
 * ```ts
 * const matcher = exactNameMatcher('uflpa-entity-list', uflpaEntities().map((e) => ({ id: e.id, name: e.name, aliases: e.aliases.map((a) => a.name) })));
 * ```
 */
export function exactNameMatcher(list: string, entities: readonly ListedEntity[]): ListedEntityMatcher {
  const byName = new Map<string, ListedEntity>();
  for (const entity of entities)
    for (const name of [entity.name, ...entity.aliases]) {
      const key = normaliseEntityName(name);
      if (key.length > 0 && !byName.has(key)) byName.set(key, entity);
    }
  return (party) => {
    for (const name of [party.name, ...party.aliases]) {
      const entity = byName.get(normaliseEntityName(name));
      if (entity !== undefined)
        return {
          list,
          entityId: entity.id,
          entityName: entity.name,
          basis: 'inferred',
          explanation: `the name "${name}" equals the listed name or alias of "${entity.name}"`,
        };
    }
    return undefined;
  };
}
