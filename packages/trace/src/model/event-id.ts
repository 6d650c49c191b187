import { createHash } from 'node:crypto';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A deterministic identifier for an event that carries none: `urn:unforced:event:` and the first 32
 * hex digits of the SHA-256 of its canonical JSON (keys sorted). The same event always gets the same
 * id, whatever its position in the file, so results do not depend on event order.
 *
 * @example
 * ```ts
 * contentEventId({ type: 'ObjectEvent', eventTime: '2025-01-01T00:00:00Z' }); // 'urn:unforced:event:…'
 * ```
 */
export function contentEventId(raw: unknown): string {
  const digest = createHash('sha256').update(canonical(raw)).digest('hex');
  return `urn:unforced:event:${digest.slice(0, 32)}`;
}
