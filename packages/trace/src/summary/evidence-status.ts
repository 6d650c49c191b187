import type { LotExposure } from '../exposure/lot-exposure.js';
import type { CbpEvidenceItem, EvidenceStatus, MissingEvidence } from './tracing-summary-schema.js';

const LABELS: Readonly<Record<CbpEvidenceItem, string>> = {
  'due-diligence-system': 'Due diligence system (policy, risk assessment, supplier engagement)',
  'parties-and-roles': 'Every party in the supply chain, its role and location',
  'flow-chart': 'A flow chart of the production process from raw material to the imported good',
  'transaction-records': 'Transaction records: purchase orders, invoices, packing lists',
  'transport-records': 'Transport records: bills of lading, shipping and delivery records',
  'raw-material-payment': 'Proof of payment for the raw materials',
  'raw-material-origin': 'Origin of the raw material (for cotton: to the gin and bale), with its location',
  'production-records': 'Production records of each step (inputs, outputs, production orders)',
  'not-xinjiang-or-listed': 'Evidence that no input is from Xinjiang or from a listed entity',
  'management-measures': 'Supply chain management measures (remediation, training, monitoring)',
};

const NOT_IN_EVENTS = 'Traceability events cannot show this; attach it separately.';

/**
 * The status of each item of CBP's evidence list for the traced lots, from the missing evidence and
 * the exposures: `present`, `partial`, `missing`, `contradicted` (the records show a high-risk or
 * listed input), or `not-assessed` (outside what events can show).
 *
 * @example
 * ```ts
 * evidenceStatus(missing, exposures, { steps: 20, parties: 8, shipments: 5, productions: 3 }).find((e) => e.item === 'flow-chart')?.status;
 * ```
 */
export function evidenceStatus(
  missing: readonly MissingEvidence[],
  exposures: readonly LotExposure[],
  counts: {
    readonly steps: number;
    readonly parties: number;
    readonly shipments: number;
    readonly productions: number;
  },
): EvidenceStatus[] {
  const count = (item: CbpEvidenceItem) => missing.filter((m) => m.evidence === item).length;
  const unknown = exposures.some((e) => e.unknown.numerator !== '0');
  const tainted = exposures.some((e) => e.highRisk.numerator !== '0' || e.listed.numerator !== '0');
  const byCount = (item: CbpEvidenceItem, total: number, noun: string): EvidenceStatus => {
    const gaps = count(item);
    const status = total === 0 ? 'missing' : gaps === 0 ? 'present' : gaps >= total ? 'missing' : 'partial';
    return {
      item,
      label: LABELS[item],
      status,
      detail:
        total === 0 ? `No ${noun} recorded.` : `${gaps} gap(s) over ${total} ${noun}; see missingEvidence.`,
    };
  };
  return [
    {
      item: 'due-diligence-system',
      label: LABELS['due-diligence-system'],
      status: 'not-assessed',
      detail: NOT_IN_EVENTS,
    },
    byCount('parties-and-roles', counts.parties, 'parties'),
    {
      item: 'flow-chart',
      label: LABELS['flow-chart'],
      status: counts.steps === 0 ? 'missing' : unknown ? 'partial' : 'present',
      detail: unknown
        ? 'The flow chart has unknown-origin nodes: part of the goods cannot be followed to raw material.'
        : 'Every traced lot is followed to its raw-material origin.',
    },
    byCount('transaction-records', counts.shipments, 'shipments'),
    byCount('transport-records', counts.shipments, 'shipments'),
    {
      item: 'raw-material-payment',
      label: LABELS['raw-material-payment'],
      status: 'not-assessed',
      detail: NOT_IN_EVENTS,
    },
    {
      item: 'raw-material-origin',
      label: LABELS['raw-material-origin'],
      status: count('raw-material-origin') === 0 ? 'present' : 'partial',
      detail: `${count('raw-material-origin')} origin gap(s) (untraced lots, unlocated raw materials, origins without subdivision).`,
    },
    byCount('production-records', counts.productions, 'production steps'),
    {
      item: 'not-xinjiang-or-listed',
      label: LABELS['not-xinjiang-or-listed'],
      status: tainted ? 'contradicted' : unknown ? 'partial' : 'present',
      detail: tainted
        ? 'The records trace part of the goods to a high-risk origin or a listed entity (see exposures).'
        : unknown
          ? 'No high-risk or listed input is recorded, but part of the goods has no established origin.'
          : 'Every input is traced and none is high-risk or listed.',
    },
    {
      item: 'management-measures',
      label: LABELS['management-measures'],
      status: 'not-assessed',
      detail: NOT_IN_EVENTS,
    },
  ];
}
