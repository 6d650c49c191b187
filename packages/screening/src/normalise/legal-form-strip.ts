import { LATIN_LEGAL_FORMS, type LegalFormFamily } from '../data/legal-forms.js';

function formAt(words: readonly string[], at: number, anywhereOnly: boolean) {
  for (const form of LATIN_LEGAL_FORMS) {
    if (anywhereOnly && form.where !== 'anywhere') continue;
    if (form.tokens.every((t, k) => words[at + k] === t)) return form;
  }
  return undefined;
}

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
  const drop = new Set<number>();
  const families: LegalFormFamily[] = [];
  // Trailing block: peel forms off the end, longest first.
  let end = words.length;
  let peeled = true;
  while (peeled && end > 0) {
    peeled = false;
    for (const form of LATIN_LEGAL_FORMS) {
      const start = end - form.tokens.length;
      if (start < 0 || !form.tokens.every((t, k) => words[start + k] === t)) continue;
      for (let k = start; k < end; k++) drop.add(k);
      families.push(form.family);
      end = start;
      peeled = true;
      break;
    }
  }
  if (words[0] === 'pt' && end > 1) {
    drop.add(0);
    families.push('limited');
  }
  for (let at = 0; at < end; at++) {
    if (drop.has(at)) continue;
    const form = formAt(words, at, true);
    if (form === undefined || at + form.tokens.length > end) continue;
    for (let k = at; k < at + form.tokens.length; k++) drop.add(k);
    families.push(form.family);
    at += form.tokens.length - 1;
  }
  const kept: number[] = [];
  for (let k = 0; k < words.length; k++) if (!drop.has(k)) kept.push(k);
  return { kept, families };
}
