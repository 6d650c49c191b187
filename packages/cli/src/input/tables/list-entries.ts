import { column, type TableSpec } from '../table-spec.js';

/**
 * The entries of an extra screening list given as a spreadsheet (`--list FILE.csv`), read into the
 * screening package's `ScreeningListEntry`. (A JSON list file carries the whole `ScreeningList`.)
 *
 * @example
 * ```ts
 * loadTable('blocklist.csv', io, LIST_ENTRIES_TABLE, ScreeningListEntry);
 * ```
 */
export const LIST_ENTRIES_TABLE: TableSpec = {
  id: 'screening-list',
  title: 'Screening list entries',
  columns: [
    column('id', 'id', 'text', true, 'entry id, unique in the list', 'BLK-1'),
    column(
      'name',
      'names',
      'list',
      true,
      'the listed name (several separated by `;`)',
      'Zhongxing Cotton Trading Co., Ltd.',
    ),
    column('aliases', 'aliases', 'list', false, 'aliases, separated by `;`', ''),
    column('country', 'country', 'text', false, 'ISO 3166-1 alpha-2 country code', 'CN'),
    column('addresses', 'addresses', 'list', false, 'addresses, separated by `;`', ''),
    column(
      'includes_subsidiaries',
      'includesSubsidiaries',
      'boolean',
      false,
      'the listing covers subsidiaries (yes/no)',
      'no',
    ),
    column('listed_on', 'listedOn', 'dates', false, 'dates listed, separated by `;`', '2026-10-01'),
  ],
};
