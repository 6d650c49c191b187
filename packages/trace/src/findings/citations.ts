import type { StandardRef } from '@unforced/core';

/**
 * UFLPA Sec. 3(a): the rebuttable presumption for goods made wholly or in part in Xinjiang or by listed entities.
 *
 * @example
 * ```ts
 * makeFinding(context, { …, standards: [UFLPA_PRESUMPTION] });
 * ```
 */
export const UFLPA_PRESUMPTION: StandardRef = {
  standard: 'UFLPA',
  clause: 'Sec. 3(a) (rebuttable presumption: wholly or in part in the XUAR, or by a listed entity)',
};

/**
 * UFLPA Sec. 2(d)(2)(B): the UFLPA Entity List.
 *
 * @example
 * ```ts
 * makeFinding(context, { …, standards: [UFLPA_ENTITY_LIST] });
 * ```
 */
export const UFLPA_ENTITY_LIST: StandardRef = {
  standard: 'UFLPA',
  clause: 'Sec. 2(d)(2)(B) (UFLPA Entity List)',
};

/**
 * UFLPA Sec. 2(d)(6) guidance and Sec. 3(b) exception: supply-chain tracing and complete evidence.
 *
 * @example
 * ```ts
 * makeFinding(context, { …, standards: [UFLPA_TRACING] });
 * ```
 */
export const UFLPA_TRACING: StandardRef = {
  standard: 'UFLPA',
  clause:
    'Sec. 2(d)(6) (guidance to importers: supply chain tracing) and Sec. 3(b) (exception requires complete evidence)',
};

/**
 * 19 CFR 12.43: certificate of origin and every reasonable effort to find the source of each part.
 *
 * @example
 * ```ts
 * makeFinding(context, { …, standards: [SECTION_307_TRACING] });
 * ```
 */
export const SECTION_307_TRACING: StandardRef = {
  standard: 'US-TARIFF-ACT-307',
  clause: '19 CFR 12.43 (certificate of origin; source of the merchandise and of every part)',
};

/**
 * EU Forced Labour Regulation Art. 14(2)(c): the share of the suspect part in the final product.
 *
 * @example
 * ```ts
 * makeFinding(context, { …, standards: [EU_FLR_SHARE] });
 * ```
 */
export const EU_FLR_SHARE: StandardRef = {
  standard: 'EU-FLR-2024-3015',
  clause: 'Art. 14(2)(c) (share of the part suspected of forced labour in the final product)',
};

/**
 * The DOL List of Goods (TVPRA of 2005, Sec. 105(b)(2)(C)).
 *
 * @example
 * ```ts
 * makeFinding(context, { …, standards: [DOL_LIST_OF_GOODS] });
 * ```
 */
export const DOL_LIST_OF_GOODS: StandardRef = {
  standard: 'US-TVPRA-LIST',
  clause: 'TVPRA of 2005, Sec. 105(b)(2)(C) (List of Goods produced by forced labour)',
};
