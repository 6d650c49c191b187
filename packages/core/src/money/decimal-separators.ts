/** The decimal and grouping characters used to read a number typed by a person. */
export interface DecimalSeparators {
  readonly decimal: string;
  readonly group: string;
}

/** `1,234.50`: the reading used when no locale is given. */
export const DEFAULT_SEPARATORS: DecimalSeparators = { decimal: '.', group: ',' };

/**
 * The separators of a BCP 47 locale, from the runtime's ICU data (`de-DE` → `,` decimal and `.` group;
 * `fr-FR` → `,` and a narrow no-break space). `undefined` for a locale the runtime does not know.
 *
 * @example
 * ```ts
 * separatorsForLocale('de-DE'); // { decimal: ',', group: '.' }
 * ```
 */
export function separatorsForLocale(locale: string): DecimalSeparators | undefined {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  } catch {
    return undefined;
  }
  const decimal = parts.find((part) => part.type === 'decimal')?.value;
  const group = parts.find((part) => part.type === 'group')?.value;
  if (decimal === undefined) return undefined;
  return { decimal, group: group ?? (decimal === ',' ? '.' : ',') };
}
