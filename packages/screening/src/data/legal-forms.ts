/**
 * Legal-form families. Two names whose legal forms fall in the same family agree weakly; different
 * families disagree weakly (see `docs/screening.md`). The form itself never decides a match.
 */
export type LegalFormFamily = 'limited' | 'joint-stock' | 'corporation' | 'company' | 'partnership';

/** One legal form as a sequence of normalised tokens, its family, and whether it is safe to strip anywhere. */
export interface LegalForm {
  readonly tokens: readonly string[];
  readonly family: LegalFormFamily;
  /**
   * `anywhere`: unambiguous, stripped wherever it stands (`ltd`, `gmbh`). `edge`: a short form that is
   * also an ordinary word or syllable (`as`, `sa`, `pt`), stripped only at the end of a name, or at the
   * start for forms written first (`pt`).
   */
  readonly where: 'anywhere' | 'edge';
}

const forms: Array<[string, LegalFormFamily, 'anywhere' | 'edge']> = [
  // English and Commonwealth
  ['co ltd', 'limited', 'anywhere'],
  ['company limited', 'limited', 'anywhere'],
  ['limited liability company', 'limited', 'anywhere'],
  ['limited company', 'limited', 'anywhere'],
  ['limited', 'limited', 'anywhere'],
  ['ltd', 'limited', 'anywhere'],
  ['llc', 'limited', 'anywhere'],
  ['llp', 'partnership', 'anywhere'],
  ['lp', 'partnership', 'edge'],
  ['plc', 'joint-stock', 'anywhere'],
  ['inc', 'corporation', 'anywhere'],
  ['incorporated', 'corporation', 'anywhere'],
  ['corp', 'corporation', 'anywhere'],
  ['corporation', 'corporation', 'anywhere'],
  ['co', 'company', 'anywhere'],
  ['company', 'company', 'anywhere'],
  ['pte ltd', 'limited', 'anywhere'],
  ['pvt ltd', 'limited', 'anywhere'],
  ['private limited', 'limited', 'anywhere'],
  ['pte', 'limited', 'edge'],
  ['pvt', 'limited', 'edge'],
  // German, Dutch, Nordic
  ['gmbh co kg', 'partnership', 'anywhere'],
  ['gmbh and co kg', 'partnership', 'anywhere'],
  ['gmbh', 'limited', 'anywhere'],
  ['ag', 'joint-stock', 'edge'],
  ['kg', 'partnership', 'edge'],
  ['bv', 'limited', 'edge'],
  ['nv', 'joint-stock', 'edge'],
  ['ab', 'joint-stock', 'edge'],
  ['as', 'joint-stock', 'edge'],
  ['asa', 'joint-stock', 'edge'],
  ['oy', 'joint-stock', 'edge'],
  ['oyj', 'joint-stock', 'edge'],
  // Romance languages
  ['sa de cv', 'joint-stock', 'anywhere'],
  ['sa', 'joint-stock', 'edge'],
  ['sas', 'joint-stock', 'edge'],
  ['sarl', 'limited', 'anywhere'],
  ['srl', 'limited', 'anywhere'],
  ['spa', 'joint-stock', 'edge'],
  ['ltda', 'limited', 'anywhere'],
  ['sl', 'limited', 'edge'],
  // Russian and Central Asian (romanised)
  ['ooo', 'limited', 'anywhere'],
  ['oao', 'joint-stock', 'anywhere'],
  ['zao', 'joint-stock', 'anywhere'],
  ['pao', 'joint-stock', 'anywhere'],
  ['jsc', 'joint-stock', 'anywhere'],
  ['pjsc', 'joint-stock', 'anywhere'],
  ['joint stock company', 'joint-stock', 'anywhere'],
  // South-East Asia, Japan, Korea (romanised)
  ['sdn bhd', 'limited', 'anywhere'],
  ['bhd', 'joint-stock', 'anywhere'],
  ['berhad', 'joint-stock', 'anywhere'],
  ['pt', 'limited', 'edge'],
  ['tbk', 'joint-stock', 'edge'],
  ['kabushiki kaisha', 'joint-stock', 'anywhere'],
  ['kk', 'joint-stock', 'edge'],
];

/**
 * The romanised legal forms, longest first so that `co ltd` is found before `co`.
 *
 * @example
 * ```ts
 * LATIN_LEGAL_FORMS.find((f) => f.tokens.join(' ') === 'gmbh')?.family; // 'limited'
 * ```
 */
export const LATIN_LEGAL_FORMS: readonly LegalForm[] = forms
  .map(([text, family, where]) => ({ tokens: text.split(' '), family, where }))
  .sort((a, b) => b.tokens.length - a.tokens.length);

const hanForms: Array<{ readonly text: string; readonly family: LegalFormFamily }> = [
  { text: '股份有限公司', family: 'joint-stock' },
  { text: '有限责任公司', family: 'limited' },
  { text: '有限公司', family: 'limited' },
  { text: '株式会社', family: 'joint-stock' },
  { text: '有限会社', family: 'limited' },
  { text: '合同会社', family: 'limited' },
  { text: '合伙企业', family: 'partnership' },
  { text: '总公司', family: 'company' },
  { text: '公司', family: 'company' },
  { text: '股份', family: 'joint-stock' },
];

/**
 * Legal forms written in Han script (Chinese and Japanese), longest first. They are recognised before
 * transliteration, so `有限公司` never becomes the tokens `youxian gongsi`.
 *
 * @example
 * ```ts
 * HAN_LEGAL_FORMS.find((f) => f.text === '股份有限公司')?.family; // 'joint-stock'
 * ```
 */
export const HAN_LEGAL_FORMS: ReadonlyArray<{ readonly text: string; readonly family: LegalFormFamily }> =
  hanForms.sort((a, b) => b.text.length - a.text.length);
