import {
  type AsOf,
  convertMoney,
  type FxRate,
  formatMoney,
  formatPath,
  moneyRatio,
  type RowError,
  type Supplier,
  sumMoney,
  type WorkerRecord,
} from '@unforced/core';
import {
  datasetStatus,
  feeCapRules,
  getCountry,
  listedGoods,
  tipTier,
  uflpaEntities,
  uflpaPrioritySectorsFor,
} from '@unforced/reference-data';

const simplify = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(co|ltd|limited|inc|llc|company)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Context for one supplier from the bundled reference data. */
export function describeSupplier(supplier: Supplier): string[] {
  const lines: string[] = [];
  const country = getCountry(supplier.country)?.name ?? supplier.country;
  const tier = tipTier(supplier.country)?.tier ?? 'not ranked';
  lines.push(
    `${supplier.id}  ${supplier.name} (${country}${supplier.subdivision ? `, ${supplier.subdivision}` : ''})  TIP 2025: ${tier}`,
  );
  for (const good of supplier.goods) {
    for (const listed of listedGoods(supplier.country, good)) {
      const labour = [listed.forcedLabour ? 'forced labour' : '', listed.childLabour ? 'child labour' : '']
        .filter(Boolean)
        .join(' and ');
      lines.push(`    DOL List of Goods (2022): ${listed.good} from ${country}, ${labour}`);
    }
  }
  const sectors = uflpaPrioritySectorsFor([supplier.sector ?? '', ...supplier.goods].join(' '));
  if (supplier.country === 'CN' && sectors.length > 0) {
    lines.push(`    UFLPA high-priority sector: ${sectors.map((s) => s.label).join(', ')}`);
  }
  if (supplier.subdivision === 'CN-XJ')
    lines.push('    Located in Xinjiang (CN-XJ): UFLPA rebuttable presumption applies to its goods');
  const listed = uflpaEntities().find(
    (entity) =>
      simplify(entity.name) === simplify(supplier.name) ||
      entity.aliases.some((a) => simplify(a.name) === simplify(supplier.name)),
  );
  if (listed !== undefined)
    lines.push(`    On the UFLPA Entity List as "${listed.name}" (listed ${listed.listedOn.join(', ')})`);
  return lines;
}

/** Fees a worker paid, in the origin currency and as months of wage, with the legal rules of the corridor. */
export function describeWorker(worker: WorkerRecord, rates: readonly FxRate[], asOf: AsOf): string[] {
  const paid = worker.costs.filter((cost) => cost.paidBy === 'worker' || cost.recoveredThroughDeductions);
  const lines = [
    `${worker.id}  ${worker.originCountry} → ${worker.destinationCountry}, ${worker.occupation}`,
  ];
  if (paid.length === 0) return [...lines, '    no costs paid by the worker on record'];
  const currency = paid[0]?.amount.currency ?? 'USD';
  const total = sumMoney(
    paid.map((cost) => cost.amount),
    currency,
  );
  if (total.isErr()) return [...lines, `    ${total.error.message}`];
  const wage = worker.contract.monthlyGrossBaseWage;
  const converted = convertMoney(total.value, wage.currency, rates, { asOf });
  const months = converted.andThen((c) => moneyRatio(c.amount, wage));
  lines.push(
    `    paid ${formatMoney(total.value)} (${paid.map((c) => c.description).join(', ')})` +
      (converted.isOk() && months.isOk()
        ? ` = ${formatMoney(converted.value.amount)} = ${months.value.toFixed(2)} months of base wage`
        : ` (no conversion: ${converted.isErr() ? converted.error.code : ''})`),
  );
  for (const rule of feeCapRules({
    origin: worker.originCountry,
    destination: worker.destinationCountry,
    occupationCategory: worker.occupationCategory,
  })) {
    const cap =
      rule.cap.kind === 'amount'
        ? formatMoney(rule.cap.amount)
        : rule.cap.kind === 'months-of-wage'
          ? `${rule.cap.months} month(s) of wage`
          : rule.cap.kind;
    lines.push(`    legal cap (${rule.confidence} confidence): ${cap}. ${rule.legalBasis}`);
  }
  const heldDocuments = worker.documents.filter((d) => d.heldBy !== 'worker' && d.consent !== true);
  if (heldDocuments.length > 0)
    lines.push(
      `    ${heldDocuments.map((d) => d.document).join(', ')} held by the ${heldDocuments[0]?.heldBy} without consent`,
    );
  return lines;
}

/** Bad rows, one line each, with every issue and its path. */
export function describeErrors(file: string, errors: readonly RowError[], unit: string): string[] {
  return errors.map(
    (error) =>
      `  ${file} ${unit} ${error.row}: ${error.issues.map((i) => `${formatPath(i.path)} ${i.code} (${i.message})`).join('; ')}`,
  );
}

/** Dataset editions with staleness warnings. */
export function describeDatasets(asOf: AsOf): string[] {
  return datasetStatus(asOf).map(
    (s) =>
      `  ${s.stale ? '!' : ' '} ${s.title}: ${s.edition} (current as of ${s.validAsOf}, ${s.ageDays} days old)`,
  );
}
