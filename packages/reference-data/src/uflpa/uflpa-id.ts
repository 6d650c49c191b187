/**
 * The stable id of an entity: `uflpa:` plus the name in lower case with every run of other characters
 * than `a-z` and `0-9` turned into one `-` (none at either end).
 *
 * @example
 * ```ts
 * uflpaId('Xinjiang Daqo New Energy Co., Ltd.'); // 'uflpa:xinjiang-daqo-new-energy-co-ltd'
 * ```
 */
export function uflpaId(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `uflpa:${slug}`;
}
