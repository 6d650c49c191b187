import { column, type TableSpec } from '../table-spec.js';

/**
 * Dated exchange rates (`--fx FILE`), read into the core `FxRate`: 1 `base` = `rate` `quote`. The SDK
 * never fetches rates; give the ones your finance team uses.
 *
 * @example
 * ```ts
 * loadTable('fx-rates.csv', io, FX_RATES_TABLE, FxRate);
 * ```
 */
export const FX_RATES_TABLE: TableSpec = {
  id: 'fx-rates',
  title: 'Exchange rates',
  columns: [
    column('base', 'base', 'text', true, 'ISO 4217 base currency', 'MYR'),
    column('quote', 'quote', 'text', true, 'ISO 4217 quote currency', 'NPR'),
    column('rate', 'rate', 'text', true, 'units of `quote` for one `base`, a decimal', '28.35'),
    column('date', 'date', 'date', true, 'the rate’s date (not after --as-of)', '2026-11-20'),
    column('source', 'source', 'text', false, 'where the rate comes from', 'treasury month-end rate'),
  ],
};
