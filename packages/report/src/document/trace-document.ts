import type { TraceReport } from '../model/trace-report.js';
import type { Block, FlowNode, ReportDocument, Tone } from './blocks.js';
import { closingBlocks, coverFacts, formatShare, severityCell } from './format.js';

function partyTone(p: TraceReport['parties'][number]): Tone {
  if (p.listed) return 'critical';
  if (p.highRisk) return 'high';
  return 'neutral';
}

function location(p: TraceReport['parties'][number]): string {
  if (p.country === undefined) return 'location unknown';
  return p.subdivision === undefined ? p.country : `${p.country} (${p.subdivision})`;
}

/**
 * Lays out a traceability / UFLPA tracing summary in the order of CBP's applicability-review guidance:
 * executive summary, (table of contents), parties by tier with roles, the flow chart of the supply chain,
 * transaction records with the business documents of each step, exposure to high-risk, listed and unknown
 * origins, and the evidence still missing.
 *
 * @example
 * ```ts
 * const doc = traceDocument(report);
 * ```
 */
export function traceDocument(report: TraceReport): ReportDocument {
  const { meta, product, disclosure } = report;
  const parties = [...report.parties].sort((a, b) => a.tier - b.tier || a.id.localeCompare(b.id, 'en'));
  const byId = new Map(parties.map((p) => [p.id, p]));
  const documents = new Map(report.documents.map((d) => [d.id, d]));
  const maxTier = Math.max(0, ...parties.map((p) => p.tier));
  const tiers = [];
  for (let tier = maxTier; tier >= 0; tier -= 1) {
    const nodes: FlowNode[] = parties
      .filter((p) => p.tier === tier)
      .map((p) => ({
        id: p.id,
        label: p.name,
        detail: `${p.role} · ${location(p)}${p.listed ? ' · LISTED' : ''}`,
        tone: partyTone(p),
      }));
    tiers.push({ label: tier === 0 ? 'Tier 0 (importer)' : `Tier ${tier}`, nodes });
  }
  const docLabel = (id: string): string => {
    const d = documents.get(id);
    if (d === undefined) return `${id} (not supplied)`;
    const number = disclosure.documentNumbers && d.number !== undefined ? ` no. ${d.number}` : '';
    return `${d.kind} ${d.id}${number}${d.date === undefined ? '' : ` ${d.date}`}`;
  };
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Executive summary' },
    ...(report.summary === undefined ? [] : [{ kind: 'paragraph', text: report.summary } as const]),
    {
      kind: 'facts',
      rows: [
        ['Product', product.description],
        ...(product.hsCode === undefined ? [] : [['HS code', product.hsCode] as [string, string]]),
        ...(product.entryNumber === undefined ? [] : [['Entry', product.entryNumber] as [string, string]]),
        ['Lots', product.lotIds.length === 0 ? 'not stated' : product.lotIds.join(', ')],
        ['Parties traced', `${parties.length} in ${maxTier + (parties.length === 0 ? 0 : 1)} tiers`],
        ['High-risk origin', formatShare(report.exposure.highRiskOrigin)],
        ['Listed entities', formatShare(report.exposure.listedEntity)],
        ['Unknown origin', formatShare(report.exposure.unknownOrigin)],
        ['Missing evidence', `${report.missingEvidence.length} item(s)`],
      ],
    },
    { kind: 'heading', level: 1, text: 'Parties by tier' },
    {
      kind: 'table',
      columns: [
        { header: 'Tier', width: 0.4, align: 'right' },
        { header: 'Party', width: 2.6 },
        { header: 'Role', width: 1.1 },
        { header: 'Location', width: 1 },
        { header: 'Flags', width: 1 },
      ],
      rows: parties.map((p) => [
        String(p.tier),
        `${p.name}\n${p.id}`,
        p.role,
        location(p),
        p.listed || p.highRisk
          ? {
              text: [p.listed ? 'listed entity' : '', p.highRisk ? 'high-risk region' : '']
                .filter(Boolean)
                .join('\n'),
              tone: partyTone(p),
            }
          : '',
      ]),
      empty: 'No parties were traced.',
    },
    { kind: 'heading', level: 1, text: 'Supply-chain flow chart' },
    {
      kind: 'flow',
      tiers: parties.length === 0 ? [] : tiers,
      edges: report.flows.map((f) => ({ from: f.from, to: f.to })),
    },
    { kind: 'heading', level: 1, text: 'Transaction records' },
    {
      kind: 'table',
      columns: [
        { header: 'From', width: 1.5 },
        { header: 'To', width: 1.5 },
        { header: 'Material', width: 1.1 },
        { header: 'Quantity', width: 0.7 },
        { header: 'Documents', width: 2.2 },
      ],
      rows: report.flows.map((f) => [
        byId.get(f.from)?.name ?? f.from,
        byId.get(f.to)?.name ?? f.to,
        `${f.material}${f.date === undefined ? '' : `\n${f.date}`}`,
        f.quantity ?? '',
        f.documentIds.length === 0
          ? { text: 'none supplied', tone: 'high' }
          : f.documentIds.map(docLabel).join('\n'),
      ]),
      empty: 'No transactions were recorded.',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Document', width: 1.6 },
        { header: 'Kind', width: 1 },
        { header: 'Date', width: 0.7 },
        { header: 'SHA-256', width: 3 },
      ],
      rows: [...report.documents]
        .sort((a, b) => a.id.localeCompare(b.id, 'en'))
        .map((d) => [
          `${d.id}${disclosure.documentNumbers && d.number !== undefined ? `\nno. ${d.number}` : ''}`,
          d.kind,
          d.date ?? '',
          d.sha256 ?? 'not supplied',
        ]),
      empty: 'No business documents were supplied.',
    },
    { kind: 'heading', level: 1, text: 'Exposure' },
    {
      kind: 'bars',
      bars: [
        { label: 'High-risk origin', value: report.exposure.highRiskOrigin, tone: 'high' },
        { label: 'Listed entity', value: report.exposure.listedEntity, tone: 'critical' },
        { label: 'Unknown origin', value: report.exposure.unknownOrigin, tone: 'medium' },
      ],
      max: 1,
      format: formatShare,
    },
    { kind: 'paragraph', muted: true, text: `Basis: ${report.exposure.basis}.` },
    { kind: 'heading', level: 1, text: 'Missing evidence' },
    {
      kind: 'table',
      columns: [
        { header: 'Severity', width: 0.8 },
        { header: 'What is missing', width: 4 },
        { header: 'Party', width: 1.4 },
      ],
      rows: report.missingEvidence.map((m) => [
        severityCell(m.severity),
        m.description,
        m.partyId === undefined ? '' : (byId.get(m.partyId)?.name ?? m.partyId),
      ]),
      empty: 'No evidence is missing.',
    },
    ...closingBlocks(meta, report.findings, report.actions, 'Recommended actions'),
  ];
  return {
    title: meta.title,
    subject: `Traceability summary for ${product.description} as of ${meta.asOf}`,
    coverName: product.description,
    asOf: meta.asOf,
    coverFacts: coverFacts(meta, [
      ['Report', 'Traceability / UFLPA tracing summary'],
      ['Parties', String(parties.length)],
      ['Unknown origin', formatShare(report.exposure.unknownOrigin)],
    ]),
    keywords: ['forced labour', 'traceability', 'UFLPA', 'supply chain tracing'],
    ...(meta.preparedBy === undefined ? {} : { author: meta.preparedBy }),
    blocks,
  };
}
