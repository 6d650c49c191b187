import { BuildError } from './build-error.js';

/** Checks that a string is a real calendar date written `YYYY-MM-DD`, and returns it. */
export function checkIsoDate(value: string, context: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match === null ? undefined : new Date(`${value}T00:00:00Z`);
  if (date === undefined || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new BuildError(`${context}: "${value}" is not an ISO date (YYYY-MM-DD)`);
  }
  return value;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Reads a US long-form date such as `June 21, 2022` as `2022-06-21`; anything else is a {@link BuildError}. */
export function parseUsLongDate(value: string, context: string): string {
  const match = /^([A-Z][a-z]+) (\d{1,2}), (\d{4})$/.exec(value.trim());
  const month = match === null ? -1 : MONTHS.indexOf(match[1] ?? '');
  if (match === null || month < 0) {
    throw new BuildError(`${context}: "${value}" is not a date like "June 21, 2022"`);
  }
  const iso = `${match[3]}-${String(month + 1).padStart(2, '0')}-${(match[2] ?? '').padStart(2, '0')}`;
  return checkIsoDate(iso, context);
}
