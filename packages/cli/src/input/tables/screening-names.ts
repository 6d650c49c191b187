import { column, type TableSpec } from '../table-spec.js';

const SCHEMES = [
  ['lei', 'lei'],
  ['gln', 'gln'],
  ['os_id', 'os-id'],
] as const;

/**
 * Names to screen (`unforced screen`), read into the screening package's `ScreeningEntity`; the
 * identifier columns become `identifiers` entries.
 *
 * @example
 * ```ts
 * loadTable('names.csv', io, SCREENING_NAMES_TABLE, ScreeningEntity);
 * ```
 */
export const SCREENING_NAMES_TABLE: TableSpec = {
  id: 'screening-names',
  title: 'Names to screen',
  columns: [
    column('id', 'id', 'text', true, 'your id for the entity', 'NEW-001'),
    column(
      'name',
      'name',
      'text',
      true,
      'the name as you have it, in any script',
      'Hotan Taida Apparel Co Ltd',
    ),
    column('aliases', 'aliases', 'list', false, 'other names, separated by `;`', ''),
    column('country', 'country', 'text', false, 'ISO 3166-1 alpha-2 country code (sharpens the score)', 'CN'),
    column('address', 'address', 'text', false, 'address (sharpens the score)', ''),
    column('kind', 'kind', 'text', false, '`supplier` (default), `facility`, `recruiter`…', 'supplier'),
    column('lei', 'identifiers.lei', 'text', false, 'LEI (an exact identifier match is a match)', ''),
    column('gln', 'identifiers.gln', 'text', false, 'GS1 GLN', ''),
    column('os_id', 'identifiers.os_id', 'text', false, 'Open Supply Hub id', ''),
  ],
  reshape: (row) => {
    const { identifiers, ...rest } = row as { identifiers?: Record<string, string> };
    const list = SCHEMES.flatMap(([key, scheme]) =>
      identifiers?.[key] === undefined ? [] : [{ scheme, value: identifiers[key] }],
    );
    return list.length === 0 ? rest : { ...rest, identifiers: list };
  },
};
