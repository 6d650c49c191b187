import type { LegalFormFamily } from '../data/legal-forms.js';
import { foldText } from '../normalise/unicode.js';

/** Adjustment when both names carry legal forms of the same family, and when the families differ. */
export const LEGAL_FORM_ADJUSTMENT = { same: 0.02, different: -0.02 } as const;
/** Adjustment when both sides give a country and they agree, and when they differ. */
export const COUNTRY_ADJUSTMENT = { same: 0.03, different: -0.1 } as const;
/** Adjustment when the entity's address shares most of its words with an address of the entry. */
export const ADDRESS_ADJUSTMENT = 0.03;
/** The most the supporting evidence can add to a name score. */
export const MAX_SUPPORT = LEGAL_FORM_ADJUSTMENT.same + COUNTRY_ADJUSTMENT.same + ADDRESS_ADJUSTMENT;

/**
 * Compares legal forms as a weak signal. `company` (a bare "Co.") is compatible with every family, so
 * it is left out; when either side has no other form, nothing is compared.
 *
 * @example
 * ```ts
 * compareLegalForms(['limited'], ['limited', 'company']); // { verdict: 'same', adjustment: 0.02 }
 * compareLegalForms(['corporation'], ['limited']); // { verdict: 'different', adjustment: -0.02 }
 * ```
 */
export function compareLegalForms(a: readonly LegalFormFamily[], b: readonly LegalFormFamily[]) {
  // A name holds a form or two: scanning the short lists beats building sets of them.
  let left = false;
  let shared = false;
  for (const family of a) {
    if (family === 'company') continue;
    left = true;
    if (b.includes(family)) shared = true;
  }
  const right = b.some((family) => family !== 'company');
  if (!left || !right) return { verdict: 'not-compared' as const, adjustment: 0 };
  return shared
    ? { verdict: 'same' as const, adjustment: LEGAL_FORM_ADJUSTMENT.same }
    : { verdict: 'different' as const, adjustment: LEGAL_FORM_ADJUSTMENT.different };
}

/**
 * Compares countries when both sides give one.
 *
 * @example
 * ```ts
 * compareCountries('CN', 'CN'); // { verdict: 'same', adjustment: 0.03 }
 * compareCountries('CN', undefined); // { verdict: 'not-compared', adjustment: 0 } (UFLPA entries have none)
 * ```
 */
export function compareCountries(a: string | undefined, b: string | undefined) {
  if (a === undefined || b === undefined) return { verdict: 'not-compared' as const, adjustment: 0 };
  return a === b
    ? { verdict: 'same' as const, adjustment: COUNTRY_ADJUSTMENT.same }
    : { verdict: 'different' as const, adjustment: COUNTRY_ADJUSTMENT.different };
}

function addressWords(address: string): Set<string> {
  return new Set(
    foldText(address)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

/**
 * Compares an address with the entry's addresses: an overlap when at least two words and half of the
 * shorter address's words are shared. No overlap costs nothing (addresses are written in many ways).
 *
 * @example
 * ```ts
 * compareAddresses('No. 1 Huafu Road, Aksu', ['1 Huafu Road, Aksu City']); // { verdict: 'overlap', adjustment: 0.03 }
 * ```
 */
export function compareAddresses(address: string | undefined, addresses: readonly string[]) {
  if (address === undefined || addresses.length === 0)
    return { verdict: 'not-compared' as const, adjustment: 0 };
  const mine = addressWords(address);
  for (const other of addresses) {
    const theirs = addressWords(other);
    let shared = 0;
    for (const word of mine) if (theirs.has(word)) shared += 1;
    if (shared >= 2 && shared >= Math.min(mine.size, theirs.size) / 2)
      return { verdict: 'overlap' as const, adjustment: ADDRESS_ADJUSTMENT };
  }
  return { verdict: 'no-overlap' as const, adjustment: 0 };
}
