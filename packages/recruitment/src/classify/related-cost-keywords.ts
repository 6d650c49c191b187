import { type CostKeyword, keywordGroup as group } from './keyword-group.js';

/**
 * The related-cost phrases of the keyword table (ILO Definition, para. 12): medical, insurance, skills
 * tests, training and orientation, equipment, travel and lodging, administrative costs.
 *
 * @example
 * ```ts
 * RELATED_COST_KEYWORDS.some((k) => k.phrase === 'gamca'); // true
 * ```
 */
export const RELATED_COST_KEYWORDS: readonly CostKeyword[] = [
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
];
