import type { LegalFormFamily } from '../data/legal-forms.js';
import type { NameToken } from '../normalise/name-token.js';

/** One name or alias of a list entry, normalised and mapped onto the vocabulary. */
export interface IndexedName {
  /** Position of the entry in the index's entry table. */
  readonly entry: number;
  /** 0 for the first name, counting on through the other names and the aliases. */
  readonly ordinal: number;
  readonly kind: 'name' | 'alias';
  /** The name as the list writes it. */
  readonly text: string;
  readonly tokens: readonly NameToken[];
  /** Vocabulary id of each token. */
  readonly ids: Int32Array;
  /** Weight of each token (qualifiers halved). */
  readonly weights: Float64Array;
  /** Joined-word id (`IndexData.joinedIds`) of each pair of adjacent tokens: `joined[k]` is tokens k and k + 1. */
  readonly joined: Int32Array;
  readonly totalWeight: number;
  readonly legalForms: readonly LegalFormFamily[];
}

/** A query token: the normalised token, its vocabulary id (or -1), its weight and its spelling neighbours. */
export interface QueryToken {
  readonly token: NameToken;
  readonly id: number;
  readonly weight: number;
  /** The vocabulary ids the token meets: its own id (if any) first, then its spelling variants, best first. */
  readonly similarIds: Int32Array;
  /** The similarity of each of `similarIds` (1 for the token itself). */
  readonly similarities: Float64Array;
  /** The joined-word id of the token's text, or -1 (see `IndexData.joinedIds`). */
  readonly joinedId: number;
  /** Whether a longer vocabulary word begins with the token's text. */
  readonly startsLonger: boolean;
}
