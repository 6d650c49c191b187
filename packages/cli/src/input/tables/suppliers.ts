import { column, type TableSpec } from '../table-spec.js';

/**
 * The supplier portfolio (`unforced assess`): one row per supplier, read into the core `Supplier`.
 *
 * @example
 * ```ts
 * loadTable('suppliers.csv', io, SUPPLIERS_TABLE, Supplier);
 * ```
 */
export const SUPPLIERS_TABLE: TableSpec = {
  id: 'suppliers',
  title: 'Suppliers',
  columns: [
    column('id', 'id', 'text', true, 'your supplier id, unique in the file', 'SUP-001'),
    column(
      'name',
      'name',
      'text',
      true,
      'legal or trading name (screened against the lists)',
      'Klang Valley Gloves Sdn Bhd',
    ),
    column('country', 'country', 'text', true, 'ISO 3166-1 alpha-2 country code', 'MY'),
    column(
      'subdivision',
      'subdivision',
      'text',
      false,
      'ISO 3166-2 subdivision (e.g. CN-XJ for Xinjiang)',
      'MY-10',
    ),
    column(
      'sector',
      'sector',
      'text',
      false,
      'sector in words, matched to the risk policy sectors (e.g. rubber gloves, apparel, logistics)',
      'rubber gloves',
    ),
    column(
      'goods',
      'goods',
      'list',
      false,
      'goods supplied, separated by `;` (matched to the DOL List of Goods)',
      'Rubber Gloves',
    ),
    column(
      'annual_spend',
      'annualSpend',
      'money',
      false,
      'annual spend with this supplier, a decimal amount',
      '2450000.00',
      'currency',
    ),
    column(
      'currency',
      'annualSpend.currency',
      'currency',
      false,
      'ISO 4217 currency of `annual_spend`',
      'USD',
    ),
    column(
      'lei',
      'identifiers.lei',
      'text',
      false,
      'Legal Entity Identifier (20 characters, check digits verified)',
      '',
    ),
    column('os_id', 'identifiers.osId', 'text', false, 'Open Supply Hub id', ''),
    column(
      'gln',
      'identifiers.gln',
      'text',
      false,
      'GS1 Global Location Number (links traceability events to the supplier)',
      '',
    ),
    column(
      'registration_number',
      'identifiers.registrationNumber',
      'text',
      false,
      'company registration number',
      '',
    ),
    column(
      'facility_ids',
      'facilityIds',
      'list',
      false,
      'your facility ids, separated by `;` (links worker records and audits to the supplier)',
      'FAC-MY-01',
    ),
    column('workers', 'workforce.workers', 'integer', false, 'number of workers', '2400'),
    column(
      'migrant_share',
      'workforce.migrantShare',
      'share',
      false,
      'share of migrant workers (0.7 or 70%)',
      '70%',
    ),
    column(
      'agency_share',
      'workforce.agencyShare',
      'share',
      false,
      'share of workers hired through agencies',
      '25%',
    ),
    column('seasonal', 'workforce.seasonal', 'boolean', false, 'seasonal workforce (yes/no)', 'no'),
    column(
      'employer_provided_housing',
      'workforce.employerProvidedHousing',
      'boolean',
      false,
      'workers live in housing the employer provides (yes/no)',
      'yes',
    ),
    column(
      'piece_rates',
      'workforce.pieceRates',
      'boolean',
      false,
      'workers are paid by the piece (yes/no)',
      'no',
    ),
  ],
};
