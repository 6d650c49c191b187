import { LATIN_LEGAL_FORMS, type LegalForm, type LegalFormFamily } from '../data/legal-forms.js';
import { groupBy } from './group-by.js';

// Each group below is in the order of `LATIN_LEGAL_FORMS`.
/** Every form by its last token: the forms that can end a name at a given word. */
const BY_LAST = groupBy(LATIN_LEGAL_FORMS, (form) => form.tokens[form.tokens.length - 1] ?? '');
/** The forms stripped anywhere, by their first token. */
const ANYWHERE_BY_FIRST = groupBy(
  LATIN_LEGAL_FORMS.filter((form) => form.where === 'anywhere'),
  (form) => form.tokens[0] ?? '',
);

/** What a word that begins or ends no form gives: one empty list, rather than a new one per word. */
const NO_FORMS: readonly LegalForm[] = [];

function matchesAt(words: readonly string[], at: number, form: LegalForm): boolean {
  const { tokens } = form;
  if (at < 0) return false;
  for (let k = 0; k < tokens.length; k++) if (words[at + k] !== tokens[k]) return false;
  return true;
}

/** The first form (in `LATIN_LEGAL_FORMS` order) stripped anywhere that starts at `at`. */
function formAt(words: readonly string[], at: number): LegalForm | undefined {
  for (const form of ANYWHERE_BY_FIRST.get(words[at] ?? '') ?? NO_FORMS)
    if (matchesAt(words, at, form)) return form;
  return undefined;
}

/** Which words are dropped, reused from call to call (normalising is synchronous); cleared over the length used. */
let dropScratch = new Uint8Array(64);

/** The outcome of {@link stripLegalForms}. */
export interface StrippedLegalForms {
  /** Indices of the words kept, in order. */
  readonly kept: number[];
  readonly families: LegalFormFamily[];
}

/**
 * Finds legal forms in a list of normalised words and says which words to keep. Trailing legal forms
 * are stripped whatever they are (`… co ltd`, `… sdn bhd`, `… s a`); a leading `pt` (Indonesia) too;
 * elsewhere only unambiguous forms are (`… co ltd xinye branch`), so that `as` or `sa` inside a name
 * stay words. The families found are returned as a weak signal.
 *
 * @example
 * ```ts
 * stripLegalForms(['huafu', 'fashion', 'co', 'ltd']); // { kept: [0, 1], families: ['limited'] }
 * ```
 */
export function stripLegalForms(words: readonly string[]): StrippedLegalForms {
  if (dropScratch.length < words.length) dropScratch = new Uint8Array(2 * words.length);
  const drop = dropScratch;
  drop.fill(0, 0, words.length);
  const families: LegalFormFamily[] = [];
  // Trailing block: peel forms off the end, longest first.
  let end = words.length;
  let peeled = true;
  while (peeled && end > 0) {
    peeled = false;
    // The first form (in `LATIN_LEGAL_FORMS` order) that ends at `end`: only those ending in its last word.
    for (const form of BY_LAST.get(words[end - 1] ?? '') ?? NO_FORMS) {
      const start = end - form.tokens.length;
      if (!matchesAt(words, start, form)) continue;
      for (let k = start; k < end; k++) drop[k] = 1;
      families.push(form.family);
      end = start;
      peeled = true;
      break;
    }
  }
  if (words[0] === 'pt' && end > 1) {
    drop[0] = 1;
    families.push('limited');
  }
  for (let at = 0; at < end; at++) {
    if (drop[at] === 1) continue;
    const form = formAt(words, at);
    if (form === undefined || at + form.tokens.length > end) continue;
    for (let k = at; k < at + form.tokens.length; k++) drop[k] = 1;
    families.push(form.family);
    at += form.tokens.length - 1;
  }
  const kept: number[] = [];
  for (let k = 0; k < words.length; k++) if (drop[k] !== 1) kept.push(k);
  return { kept, families };
}
