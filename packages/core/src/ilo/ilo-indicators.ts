import { z } from 'zod';

/** The source of the eleven indicators. */
export const ILO_INDICATORS_SOURCE = {
  publisher: 'International Labour Office, Special Action Programme to Combat Forced Labour (SAP-FL)',
  title: 'ILO Indicators of Forced Labour',
  year: 2012,
  url: 'https://www.ilo.org/publications/ilo-indicators-forced-labour',
} as const;

/**
 * The eleven ILO indicators of forced labour (ILO, 2012), in the ILO's order, as stable ids.
 * One indicator can be enough to suspect forced labour.
 */
export const ILO_INDICATOR_IDS = [
  'abuse-of-vulnerability',
  'deception',
  'restriction-of-movement',
  'isolation',
  'physical-and-sexual-violence',
  'intimidation-and-threats',
  'retention-of-identity-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-and-living-conditions',
  'excessive-overtime',
] as const;

/**
 * One of the eleven ILO indicators of forced labour.
 *
 * @example
 * ```ts
 * IloIndicator.parse('debt-bondage');
 * ```
 */
export const IloIndicator = z.enum(ILO_INDICATOR_IDS);

/** One of the eleven ILO indicators of forced labour. */
export type IloIndicator = z.infer<typeof IloIndicator>;

/** An indicator's number in the ILO's list and its label. */
export interface IloIndicatorInfo {
  readonly id: IloIndicator;
  readonly number: number;
  readonly label: string;
}

const LABELS: Readonly<Record<IloIndicator, string>> = {
  'abuse-of-vulnerability': 'Abuse of vulnerability',
  deception: 'Deception',
  'restriction-of-movement': 'Restriction of movement',
  isolation: 'Isolation',
  'physical-and-sexual-violence': 'Physical and sexual violence',
  'intimidation-and-threats': 'Intimidation and threats',
  'retention-of-identity-documents': 'Retention of identity documents',
  'withholding-of-wages': 'Withholding of wages',
  'debt-bondage': 'Debt bondage',
  'abusive-working-and-living-conditions': 'Abusive working and living conditions',
  'excessive-overtime': 'Excessive overtime',
};

/** Every indicator with its number (1–11) and label, in the ILO's order. */
export const ILO_INDICATORS: readonly IloIndicatorInfo[] = ILO_INDICATOR_IDS.map((id, index) => ({
  id,
  number: index + 1,
  label: LABELS[id],
}));

/**
 * The number and label of an indicator.
 *
 * @example
 * ```ts
 * iloIndicatorInfo('debt-bondage'); // { id: 'debt-bondage', number: 9, label: 'Debt bondage' }
 * ```
 */
export function iloIndicatorInfo(id: IloIndicator): IloIndicatorInfo {
  return { id, number: ILO_INDICATOR_IDS.indexOf(id) + 1, label: LABELS[id] };
}
