import { parseIsoDate } from '@unforced/core';
import type { ScreeningListInput } from '@unforced/screening';
import { createOnboardingHook, type OnboardingRequest } from './onboard-supplier.js';

// The SDK never reads the clock: this program chooses today as its default date and prints it.
const at = process.argv.indexOf('--as-of');
const asOf = parseIsoDate(at >= 0 ? (process.argv[at + 1] ?? '') : new Date().toISOString().slice(0, 10));
if (asOf.isErr()) {
  console.error(`--as-of: ${asOf.error.message}`);
  process.exit(2);
}

// The company's own list, maintained by its compliance team (synthetic).
const blocklist: ScreeningListInput = {
  id: 'acme-blocklist',
  title: 'Acme internal blocklist',
  edition: { datasetId: 'acme-blocklist', edition: '2026-10-01' },
  entries: [{ id: 'BLK-2', names: ['Golden Needle Manpower Services Pvt Ltd'], country: 'NP' }],
};
const hook = createOnboardingHook([blocklist]);

// Suppliers proposed by buyers this week (synthetic).
const requests: OnboardingRequest[] = [
  { supplier: { id: 'NEW-101', name: 'Hotan Taida Apparel Co Ltd', country: 'CN', sector: 'apparel' } },
  {
    supplier: {
      id: 'NEW-102',
      name: 'Aral Bright Cotton Trading',
      country: 'CN',
      subdivision: 'CN-XJ',
      sector: 'cotton',
    },
  },
  {
    supplier: {
      id: 'NEW-103',
      name: 'Golden Needle Overseas Manpower',
      country: 'NP',
      sector: 'security services',
    },
  },
  {
    supplier: {
      id: 'NEW-104',
      name: 'Selangor Nitrile Sdn Bhd',
      country: 'MY',
      sector: 'rubber gloves',
      workforce: { workers: 900, migrantShare: 0.8 },
    },
    auditFindings: [
      {
        id: 'AF-77',
        supplierId: 'NEW-104',
        standard: 'RBA VAP 8.0.2',
        clause: 'A1',
        grade: 'major',
        description: 'Recruitment fees paid by migrant workers not repaid',
        indicators: ['debt-bondage'],
        auditDate: '2026-06-10',
        status: 'open',
      },
    ],
  },
  {
    supplier: {
      id: 'NEW-105',
      name: 'Midlands Freight Ltd',
      country: 'GB',
      sector: 'logistics',
      workforce: { workers: 120 },
    },
  },
];

console.log(`Supplier onboarding decisions as of ${asOf.value}\n`);
for (const request of requests) {
  const result = hook.onboard(request, asOf.value);
  const risk = result.risk === undefined ? '' : ` (risk ${result.risk.tier}, score ${result.risk.score})`;
  console.log(`${result.supplierId} ${request.supplier.name}: ${result.decision.toUpperCase()}${risk}`);
  for (const reason of result.reasons) console.log(`    ${reason.code}: ${reason.detail}`);
  if (result.reviewBy !== undefined) console.log(`    next review by ${result.reviewBy}`);
}
