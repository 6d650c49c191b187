import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '@unforced/reference-data';
import { hashApiKey, startServer } from '@unforced/server';
import { createClient } from './client.js';

// biome-ignore lint/suspicious/noExplicitAny: the answers are printed, not typed (see GET /openapi.json)
type Json = Record<string, any>;

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const asOfArgument = process.argv.indexOf('--as-of');
// The server never reads the clock for a result: the caller sends asOf. This program picks today.
const asOf =
  asOfArgument >= 0 ? (process.argv[asOfArgument + 1] ?? '') : new Date().toISOString().slice(0, 10);

// 1. Start the server in-process on a free loopback port. Its configuration holds only the key's hash.
const apiKey = randomBytes(24).toString('base64url');
const started = await startServer({
  port: 0,
  apiKeys: [{ id: 'procurement', sha256: hashApiKey(apiKey) }],
  log: () => {},
});
if (started.isErr()) {
  console.error(started.error.message);
  process.exit(1);
}
const server = started.value;
const api = createClient(server.url, apiKey);
const out: string[] = [
  `Unforced validator API at ${server.url} (OpenAPI at /openapi.json), as of ${asOf}`,
  '',
];

// 2. Reference data: which datasets are older than their refresh period.
const reference = await api.get(`/v1/reference-data?asOf=${asOf}`);
const stale = ((reference.json as Json).datasets ?? []).filter((d: Json) => d.stale);
out.push(`GET /v1/reference-data → ${reference.status}: ${stale.length} stale dataset(s)`);
for (const d of stale) out.push(`  ! ${d.id}: ${d.ageDays} days old (refreshed every ${d.refreshDays})`);

// 3. Supplier onboarding: screen the portfolio's names against the UFLPA Entity List.
const suppliers = parseCsv(readFileSync(`${dataDir}suppliers.csv`, 'utf8'))._unsafeUnwrap().records;
const entities = suppliers.map(({ values }) => ({ id: values.id, name: values.name }));
const screening = await api.post('/v1/screening/screen', { asOf, entities });
out.push('', `POST /v1/screening/screen (${entities.length} names) → ${screening.status}`);
for (const item of (screening.json as Json).results ?? []) {
  if (item.error !== undefined) out.push(`  ${item.id}: not screened, ${item.error.code}`);
  else if (item.result.decision !== 'no-match')
    out.push(
      `  ${item.id}: ${item.result.decision} "${item.result.matches[0].entry.names[0]}" (score ${item.result.matches[0].score})`,
    );
}

// 4. Recruitment fees at the glove factory: findings, fees in months of wages, the rejected record.
const workers = JSON.parse(readFileSync(`${dataDir}workers.json`, 'utf8'));
const fxRates = JSON.parse(readFileSync(`${dataDir}fx-rates.json`, 'utf8')).map(
  ({ source: _source, ...rate }: Json) => rate,
);
const recruitment = await api.post('/v1/recruitment/check', { asOf, fxRates, workers });
const report = recruitment.json as Json;
out.push(
  '',
  `POST /v1/recruitment/check (${workers.length} workers) → ${recruitment.status}: ${report.findings.length} findings`,
);
for (const w of report.workers) {
  const fee = w.feeBurden;
  if (fee === undefined) out.push(`  ${w.workerId}: no recruitment fees recorded`);
  else
    out.push(
      `  ${w.workerId}: paid ${(fee.charged.amountMinor / 100).toFixed(2)} ${fee.charged.currency} = ${fee.monthsOfWage} months of wage; repay by ${w.remediation?.dueDate ?? '-'}`,
    );
}
for (const e of report.errors.filter((x: Json) => x.outcome === 'rejected'))
  out.push(
    `  record ${e.row} rejected: ${e.issues.map((i: Json) => `${i.path.join('.')} ${i.code}`).join(', ')}`,
  );

// 5. Risk: the glove supplier with the factory's findings as evidence, then its report as a PDF.
const glove = suppliers.find(({ values }) => values.id === 'SUP-001')?.values ?? {};
const evidence = {
  asOf,
  supplier: {
    id: glove.id,
    name: glove.name,
    country: glove.country,
    sector: glove.sector,
    goods: [glove.goods],
  },
  findings: report.findings,
};
const risk = await api.post('/v1/risk/assess', evidence);
const assessment = risk.json as Json;
out.push(
  '',
  `POST /v1/risk/assess → ${risk.status}: ${assessment.tier ?? assessment.code}, score ${assessment.score}`,
);
if (risk.status === 200) {
  const pdf = await api.post('/v1/reports', {
    kind: 'supplier',
    format: 'pdf',
    assessment,
    findings: report.findings,
  });
  const sha = createHash('sha256').update(pdf.bytes).digest('hex');
  out.push(
    `POST /v1/reports → ${pdf.status} ${pdf.contentType}, ${pdf.bytes.length} bytes, SHA-256 ${sha.slice(0, 16)}…`,
  );
}

// 6. A bad request: a problem document with the error code and every invalid path.
const bad = await api.post('/v1/recruitment/check', { asOf: '2026-02-30', workers: 'all' });
const problem = bad.json as Json;
out.push(
  '',
  `POST /v1/recruitment/check with a bad body → ${bad.status} ${bad.contentType} (request ${bad.requestId})`,
);
for (const issue of problem.issues) out.push(`  ${issue.pointer} ${issue.code}: ${issue.message}`);

await server.close();
console.log(out.join('\n'));
