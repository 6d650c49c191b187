import { fileURLToPath } from 'node:url';
import { parseIsoDate } from '@unforced/core';
import { loadSuppliers } from './load-suppliers.js';
import { loadFxRates, loadWorkers } from './load-workers.js';
import { describeDatasets, describeErrors, describeSupplier, describeWorker } from './summarise.js';

const dataDir = fileURLToPath(new URL('../../data/', import.meta.url));
const asOfArgument = process.argv.indexOf('--as-of');
// The SDK never reads the clock; this program chooses today as its default and prints it.
const asOfText =
  asOfArgument >= 0 ? (process.argv[asOfArgument + 1] ?? '') : new Date().toISOString().slice(0, 10);
const asOf = parseIsoDate(asOfText);
if (asOf.isErr()) {
  console.error(`--as-of: ${asOf.error.message}`);
  process.exit(2);
}

const { suppliers, errors: supplierErrors } = loadSuppliers(`${dataDir}suppliers.csv`);
const { workers, errors: workerErrors } = loadWorkers(`${dataDir}workers.json`);
const rates = loadFxRates(`${dataDir}fx-rates.json`);

const out = [
  `Unforced quick start: bundled synthetic example data, as of ${asOf.value}`,
  '',
  `Suppliers (${suppliers.length} read, ${supplierErrors.length} skipped):`,
  ...suppliers.flatMap(describeSupplier),
  ...describeErrors('suppliers.csv', supplierErrors, 'line'),
  '',
  `Workers at the Malaysian glove factory (${workers.length} read, ${workerErrors.length} skipped):`,
  ...workers.flatMap((worker) => describeWorker(worker, rates, asOf.value)),
  ...describeErrors('workers.json', workerErrors, 'record'),
  '',
  'Reference data (! = older than its refresh period; check for a newer edition):',
  ...describeDatasets(asOf.value),
];
console.log(out.join('\n'));
