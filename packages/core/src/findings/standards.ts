import { z } from 'zod';

/**
 * The standards, conventions and laws the SDK's rules rest on, by stable id. A finding cites one or more
 * of them with a clause (see {@link StandardRef}). Titles are given as their publishers name them.
 */
export const STANDARDS = {
  'ILO-C029': { title: 'ILO Forced Labour Convention, 1930 (No. 29)', publisher: 'ILO' },
  'ILO-P029': { title: 'Protocol of 2014 to the Forced Labour Convention, 1930', publisher: 'ILO' },
  'ILO-C095': { title: 'ILO Protection of Wages Convention, 1949 (No. 95)', publisher: 'ILO' },
  'ILO-C181': { title: 'ILO Private Employment Agencies Convention, 1997 (No. 181)', publisher: 'ILO' },
  'ILO-INDICATORS-2012': { title: 'ILO Indicators of Forced Labour (2012)', publisher: 'ILO' },
  'ILO-HARD-TO-SEE-2012': {
    title: 'Hard to See, Harder to Count: Survey guidelines to estimate forced labour (2012)',
    publisher: 'ILO',
  },
  'ICLS-20-2018': {
    title: '20th ICLS Guidelines concerning the measurement of forced labour (2018)',
    publisher: 'ILO',
  },
  'ILO-FAIR-RECRUITMENT-2019': {
    title:
      'ILO General Principles and Operational Guidelines for Fair Recruitment and Definition of Recruitment Fees and Related Costs (2019)',
    publisher: 'ILO',
  },
  EPP: {
    title: 'Employer Pays Principle (Leadership Group for Responsible Recruitment / IHRB)',
    publisher: 'IHRB',
  },
  'IOM-IRIS': { title: 'IRIS Standard on International Recruitment Integrity', publisher: 'IOM' },
  'RBA-COC-8.0': { title: 'Responsible Business Alliance Code of Conduct 8.0', publisher: 'RBA' },
  'RBA-VAP-8.0.2': { title: 'RBA Validated Assessment Program Standard 8.0.2 (2025)', publisher: 'RBA' },
  UFLPA: { title: 'Uyghur Forced Labor Prevention Act (Public Law 117-78)', publisher: 'US Congress / DHS' },
  'US-TARIFF-ACT-307': {
    title: 'US Tariff Act of 1930, Section 307 (19 U.S.C. 1307) and 19 CFR 12.42–12.45',
    publisher: 'US CBP',
  },
  'US-TVPRA-LIST': {
    title: 'US DOL List of Goods Produced by Child Labor or Forced Labor (TVPRA)',
    publisher: 'US DOL ILAB',
  },
  'US-EO-13126': {
    title: 'Executive Order 13126 List of Products Produced by Forced or Indentured Child Labor',
    publisher: 'US DOL ILAB',
  },
  'EU-FLR-2024-3015': {
    title: 'Regulation (EU) 2024/3015 prohibiting products made with forced labour',
    publisher: 'EU',
  },
  'EU-CSDDD': {
    title: 'Directive (EU) 2024/1760 on corporate sustainability due diligence',
    publisher: 'EU',
  },
  'DE-LKSG': { title: 'German Supply Chain Due Diligence Act (LkSG)', publisher: 'Germany' },
  'NATIONAL-LAW': { title: 'National law or regulation (named in the clause)', publisher: 'various' },
  'UNFORCED-METHODOLOGY': { title: 'Unforced methodology (docs/methodology.md)', publisher: 'Unforced' },
} as const;

/** The id of a standard in {@link STANDARDS}. */
export type StandardId = keyof typeof STANDARDS;

/**
 * A citation of the rule a finding rests on: a standard from {@link STANDARDS} and its clause
 * (e.g. `{ standard: 'ILO-C095', clause: 'Art. 9' }`).
 *
 * @example
 * ```ts
 * StandardRef.parse({ standard: 'RBA-VAP-8.0.2', clause: 'A1 Fees evaluation criteria' });
 * ```
 */
export const StandardRef = z.strictObject({
  standard: z.enum(Object.keys(STANDARDS) as [StandardId, ...StandardId[]]),
  clause: z.string().min(1),
  /** For national law: the instrument's name (e.g. "Nepal Foreign Employment Act 2007, s.24 and FVFT decision"). */
  note: z.string().min(1).optional(),
});

/** A citation of a standard and clause. */
export type StandardRef = z.infer<typeof StandardRef>;
