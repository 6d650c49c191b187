import type { CostCategory } from '@unforced/core';

/**
 * How strongly a phrase decides the category when a description matches several phrases:
 * - `illegitimate`: always wins, so an illegitimate charge hidden in a mixed line is never softened;
 * - `named-fee`: names the recruiter or its service (agent, placement, commission): a recruitment fee
 *   even when the line also names what it paid for ("agency fee incl. visa");
 * - `related`: a related cost (medical, visa, ticket…);
 * - `generic-fee`: a bare "service charge" or "processing fee", which yields to a related cost in the same
 *   line ("visa processing fee" is administrative);
 * - `unrelated`: a cost that is not a recruitment cost (food, rent), which yields to everything else.
 */
export type KeywordRank = 'illegitimate' | 'named-fee' | 'related' | 'generic-fee' | 'unrelated';

/** One phrase of the classification table. */
export interface CostKeyword {
  /** The phrase as it appears in records; matched word by word after normalisation. */
  readonly phrase: string;
  readonly category: CostCategory;
  /** A finer item than the category, matched against a legal rule's employer-pays items (e.g. `visa`). */
  readonly concept: string;
  readonly rank: KeywordRank;
}

function group(
  category: CostCategory,
  concept: string,
  rank: KeywordRank,
  phrases: readonly string[],
): CostKeyword[] {
  return phrases.map((phrase) => ({ phrase, category, concept, rank }));
}

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

  // ── Related costs (ILO Definition, para. 12) ───────────────────────────────────────────────────────
  // (i) Medical: GAMCA is the Gulf's approved medical centres, FOMEMA Malaysia's worker screening;
  // pemeriksaan perubatan/kesehatan (Malay/Indonesian), kham suc khoe (Vietnamese), examen medico.
  ...group('medical', 'medical-exam', 'related', [
    'medical',
    'medicle',
    'medical check',
    'medical check up',
    'medical checkup',
    'medical exam',
    'medical examination',
    'medical test',
    'health check',
    'health screening',
    'gamca',
    'fomema',
    'x ray',
    'xray',
    'blood test',
    'hiv test',
    'drug test',
    'vaccination',
    'vaccine',
    'pemeriksaan perubatan',
    'pemeriksaan kesehatan',
    'kham suc khoe',
    'examen medico',
  ]),
  // (ii) Insurance, including welfare funds (OWWA in the Philippines, Nepal's Foreign Employment
  // Welfare Fund); insurans/asuransi (Malay/Indonesian), bao hiem (Vietnamese), seguro (Spanish).
  ...group('insurance', 'insurance', 'related', [
    'insurance',
    'medical insurance',
    'life insurance',
    'welfare fund',
    'welfare',
    'owwa',
    'insurans',
    'asuransi',
    'bao hiem',
    'seguro',
  ]),
  // (iii) Skills and qualification tests (EPS-TOPIK is Korea's language test).
  ...group('skills-test', 'skills-test', 'related', [
    'skills test',
    'skill test',
    'trade test',
    'trade testing',
    'competency test',
    'qualification test',
    'skills assessment',
    'language test',
    'topik',
  ]),
  // (iv) Training and orientation (PDO/PDOS: pre-departure orientation); pelatihan (Indonesian),
  // dao tao (Vietnamese), capacitacion (Spanish).
  ...group('training-orientation', 'training', 'related', [
    'training',
    'orientation',
    'pre departure orientation',
    'pre departure training',
    'pdo',
    'pdos',
    'briefing',
    'induction',
    'language course',
    'language class',
    'pelatihan',
    'dao tao',
    'capacitacion',
  ]),
  // (v) Equipment, tools, uniforms and protective equipment.
  ...group('equipment', 'equipment', 'related', [
    'equipment',
    'uniform',
    'tool',
    'ppe',
    'protective equipment',
    'safety shoe',
    'safety boot',
    'helmet',
  ]),
  // (vi) Travel: air tickets (tiket kapal terbang/pesawat, ve may bay, boleto, pasaje), land transport
  // and lodging on the way, including the return journey.
  ...group('travel-lodging', 'air-ticket', 'related', [
    'air ticket',
    'airticket',
    'air tiket',
    'tiket',
    'ticket',
    'air fare',
    'airfare',
    'flight',
    'plane ticket',
    'return ticket',
    'excess baggage',
    'tiket kapal terbang',
    'tiket pesawat',
    've may bay',
    'boleto',
    'pasaje',
  ]),
  ...group('travel-lodging', 'travel', 'related', [
    'travel',
    'transport',
    'transportation',
    'bus fare',
    'train fare',
    'airport',
    'airport tax',
    'departure tax',
  ]),
  ...group('travel-lodging', 'lodging', 'related', ['lodging', 'hotel', 'transit accommodation']),
  // (vii) Administrative: visas, permits, passports, clearances, attestations, levies, bank accounts.
  // BMET is Bangladesh's emigration bureau (smart card), OEC the Philippine exit clearance, NOC a
  // no-objection certificate; permit kerja (Malay), levi (Malay "levy").
  ...group('administrative', 'visa', 'related', [
    'visa',
    'vissa',
    'viza',
    'visa fee',
    'visa processing',
    'calling visa',
    'visa stamping',
    'stamping',
  ]),
  ...group('administrative', 'work-permit', 'related', [
    'work permit',
    'labour permit',
    'labor permit',
    'permit',
    'permit kerja',
  ]),
  ...group('administrative', 'passport', 'related', ['passport']),
  ...group('administrative', 'levy', 'related', ['levy', 'levi', 'foreign worker levy']),
  ...group('administrative', 'bank-account', 'related', ['bank account', 'bank charge']),
  ...group('administrative', 'documents', 'related', [
    'attestation',
    'document',
    'documentation',
    'paperwork',
    'police clearance',
    'police report',
    'background check',
    'clearance',
    'emigration clearance',
    'exit clearance',
    'noc',
    'oec',
    'smart card',
    'bmet',
    'embassy',
    'consulate',
    'legalisation',
    'legalization',
    'notary',
    'translation',
    'certificate',
    'registration',
    'application fee',
    'biometric',
    'fingerprint',
    'id card',
  ]),

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
