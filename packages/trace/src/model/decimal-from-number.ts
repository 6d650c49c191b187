/**
 * The exact decimal string of a JSON number as its author most likely wrote it: the shortest
 * round-trip form (`1234.5`, never `1234.4999999`), with exponents expanded (`1e21` → `1000000000000000000000`,
 * `1.5e-7` → `0.00000015`). Used for EPCIS and UNTP quantities, which JSON carries as numbers.
 *
 * @example
 * ```ts
 * decimalFromNumber(0.1); // '0.1'
 * ```
 */
export function decimalFromNumber(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  const match = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  const exponent = Number(match[3]);
  const digits = `${whole}${fraction}`;
  const point = whole.length + exponent;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`.replace(/0+$/, '');
  if (point >= digits.length) return `${digits}${'0'.repeat(point - digits.length)}`;
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}
