import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_RISK_POLICY, RISK_METHODOLOGY } from '@unforced/risk';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(fileURLToPath(new URL('../../docs/methodology.md', import.meta.url)), 'utf8');

/** Every number, string and flag of the default policy, by dotted key (sectors and subdivisions by id). */
function leaves(value: unknown, path: string[] = []): Array<[string, string]> {
  if (Array.isArray(value)) return [];
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, child]) => leaves(child, [...path, key]));
  return [[path.join('.'), String(value)]];
}

function rows(): Array<[string, string]> {
  const { inherent, id: _id, version: _version, ...rest } = DEFAULT_RISK_POLICY;
  const { sectors, subdivisions, ...inherentRest } = inherent;
  return [
    ...leaves(rest),
    ...leaves(inherentRest, ['inherent']),
    [`inherent.sectors.unknownPoints`, String(sectors.unknownPoints)],
    [`inherent.sectors.onUnmatched`, sectors.onUnmatched],
    ...sectors.table.map((s): [string, string] => [`inherent.sectors.table.${s.id}`, String(s.points)]),
    ...subdivisions.flatMap(
      (s): Array<[string, string]> => [
        [`inherent.subdivisions.${s.code}.points`, String(s.points)],
        ...(s.floorTier === undefined
          ? []
          : [[`inherent.subdivisions.${s.code}.floorTier`, s.floorTier] as [string, string]]),
      ],
    ),
  ];
}

describe('docs/methodology.md documents the default policy', () => {
  it('names the methodology and policy versions', () => {
    expect(doc).toContain(`**\`${RISK_METHODOLOGY.id}\` ${RISK_METHODOLOGY.version}**`);
    expect(doc).toContain(`**\`${DEFAULT_RISK_POLICY.id}\` ${DEFAULT_RISK_POLICY.version}**`);
  });

  it('has a table row with the right value for every number of the default policy', () => {
    const list = rows();
    expect(list.length).toBeGreaterThan(60);
    for (const [key, value] of list) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${key}\` `));
      expect(row, key).toBeDefined();
      const cells = (row ?? '').split('|').map((cell) => cell.trim());
      expect(cells[2], key).toBe(value);
    }
  });
});
