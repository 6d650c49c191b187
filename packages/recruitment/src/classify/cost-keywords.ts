import { type CostKeyword, keywordGroup as group } from './keyword-group.js';
import { RELATED_COST_KEYWORDS } from './related-cost-keywords.js';

export type { CostKeyword, KeywordRank } from './keyword-group.js';

/**
 * The keyword table that classifies free-text cost descriptions into the categories of the ILO
 * Definition of Recruitment Fees and Related Costs (2019). English first, then variants seen in
 * corridor records: Nepali/Hindi/Urdu/Bengali transliterations, Malay, Indonesian, Vietnamese (accents
 * removed) and Spanish. Misspellings of words of five letters or more are caught by edit distance
 * (`insurence`, `recruitmnet`), so only common misspellings of short words are listed. Plurals are
 * handled by normalisation. Add phrases here, not in code.
 *
 * @example
 * ```ts
 * COST_KEYWORDS.filter((k) => k.category === 'medical').map((k) => k.phrase); // ['medical', 'gamca', …]
 * ```
 */
export const COST_KEYWORDS: readonly CostKeyword[] = [
  // ── Illegitimate costs, never allowed (ILO Definition, para. 16) ──────────────────────────────────
  // Bribes and "speed money"; rishwat/ghoos (Hindi, Urdu, Bengali), suap/uang pelicin (Indonesian),
  // soborno/mordida (Spanish).
  ...group('bribe', 'bribe', 'illegitimate', [
    'bribe',
    'tea money',
    'speed money',
    'under the table',
    'rishwat',
    'ghoos',
    'suap',
    'uang pelicin',
    'soborno',
    'mordida',
  ]),
  ...group('kickback', 'kickback', 'illegitimate', ['kickback', 'kick back', 'cut money']),
  ...group('extortion', 'extortion', 'illegitimate', ['extortion', 'protection money']),
  ...group('tribute', 'tribute', 'illegitimate', ['tribute']),
  ...group('illegal-cost-recovery', 'cost-recovery', 'illegitimate', [
    'illegal cost recovery',
    'cost recovery fee',
  ]),
  // Collateral: guarantees, sureties and the blank or post-dated cheques recruiters hold as security;
  // jaminan (Malay/Indonesian "guarantee").
  ...group('collateral', 'collateral', 'illegitimate', [
    'collateral',
    'guarantee',
    'guarantee money',
    'surety',
    'blank cheque',
    'blank check',
    'post dated cheque',
    'land title',
    'jaminan',
  ]),
  // Bonds, including training and employment bonds; fianza (Spanish).
  ...group('bond', 'bond', 'illegitimate', [
    'bond',
    'bond money',
    'training bond',
    'employment bond',
    'fianza',
  ]),
  // Deposits; uang jaminan (Indonesian), tien dat coc (Vietnamese), deposito (Spanish).
  ...group('deposit', 'deposit', 'illegitimate', [
    'deposit',
    'security deposit',
    'security money',
    'caution money',
    'uang jaminan',
    'dat coc',
    'deposito',
  ]),

  // ── Recruitment fees naming the recruiter or its service (ILO Definition, para. 8) ────────────────
  // dalal (broker, Hindi/Nepali/Bengali), yuran agensi (Malay), biaya penempatan/agen (Indonesian),
  // phi moi gioi/moi gioi (Vietnamese brokerage), cuota de reclutamiento/comision (Spanish).
  ...group('recruitment-fee', 'recruitment-service', 'named-fee', [
    'agency fee',
    'agent fee',
    'agency',
    'agent',
    'sub agent',
    'subagent',
    'recruitment',
    'recruiting',
    'recruitment fee',
    'placement',
    'placement fee',
    'commission',
    'broker',
    'brokerage',
    'middleman',
    'dalal',
    'manpower',
    'job fee',
    'selection fee',
    'interview fee',
    'demand letter',
    'yuran agensi',
    'biaya penempatan',
    'biaya agen',
    'moi gioi',
    'cuota de reclutamiento',
    'comision',
  ]),

  ...RELATED_COST_KEYWORDS,

  // ── Generic fee words: a recruitment fee unless the line names a related cost ──────────────────────
  // yuran perkhidmatan (Malay "service fee"), phi dich vu (Vietnamese "service fee").
  ...group('recruitment-fee', 'recruitment-service', 'generic-fee', [
    'service charge',
    'service fee',
    'processing fee',
    'processing charge',
    'fee',
    'yuran perkhidmatan',
    'phi dich vu',
  ]),

  // ── Not recruitment costs: living costs during employment ─────────────────────────────────────────
  ...group('not-recruitment-related', 'living-cost', 'unrelated', [
    'food',
    'meal',
    'accommodation',
    'housing',
    'hostel',
    'dormitory',
    'canteen',
    'rent',
    'house rent',
    'electricity',
    'utility',
    'pocket money',
    'personal expense',
    'remittance',
    'sim card',
    'mobile',
    'phone',
  ]),
];
