import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import { FxRate, UnforcedError } from '@unforced/core';
import { parseRiskPolicy, type RiskPolicy } from '@unforced/risk';
import { ScreeningList, ScreeningListEntry, type ScreeningListInput } from '@unforced/screening';
import { err, ok, type Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import { loadTable } from './load-table.js';
import { readInput } from './read-input.js';
import type { SkippedRow } from './skipped-row.js';
import { FX_RATES_TABLE, LIST_ENTRIES_TABLE } from './tables/index.js';

/**
 * Reads `--fx FILE` (CSV, XLSX, JSON or JSONL with base, quote, rate, date): the rates, and the rows
 * skipped with their problems.
 *
 * @example
 * ```ts
 * const fx = loadFxRates('fx-rates.json', io);
 * ```
 */
export function loadFxRates(
  file: string,
  io: CliIo,
): Result<{ rates: FxRate[]; skipped: readonly SkippedRow[] }, UnforcedError> {
  return loadTable(file, io, FX_RATES_TABLE, FxRate).map((table) => ({
    rates: table.rows.map((r) => r.value),
    skipped: table.skipped,
  }));
}

/**
 * Reads `--policy FILE`: a JSON risk policy, validated by `@unforced/risk` (an invalid one is
 * `INVALID_POLICY` with the path of every problem).
 *
 * @example
 * ```ts
 * const policy = loadPolicy('policy.json', io);
 * ```
 */
export function loadPolicy(file: string, io: CliIo): Result<RiskPolicy, UnforcedError> {
  if (extname(file).toLowerCase() !== '.json')
    return err(new UnforcedError('USAGE', `--policy ${file}: a risk policy is a .json file`));
  return readInput(file, io).andThen((records) =>
    parseRiskPolicy(records[0]?.value).mapErr(
      (e) => new UnforcedError(e.code, `${file}: ${e.message}`, { path: [file], issues: e.issues, cause: e }),
    ),
  );
}

function slug(name: string): string {
  const text = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return text === '' ? 'caller-list' : text;
}

/**
 * Reads one `--list FILE`: a JSON file holding a `ScreeningList` (or an array of them), or a
 * spreadsheet of entries, which becomes a list named after the file, whose edition is the SHA-256 of
 * the file's bytes (so reports cite exactly which version was used).
 *
 * @example
 * ```ts
 * const lists = loadScreeningList('blocklist.csv', io);
 * ```
 */
export function loadScreeningList(
  file: string,
  io: CliIo,
): Result<{ lists: ScreeningListInput[]; skipped: readonly SkippedRow[] }, UnforcedError> {
  if (extname(file).toLowerCase() === '.json') {
    return readInput(file, io).andThen((records) => {
      const lists: ScreeningListInput[] = [];
      for (const record of records) {
        const parsed = ScreeningList.safeParse(record.value);
        if (!parsed.success)
          return err(
            new UnforcedError(
              'INPUT_UNREADABLE',
              `${file}: list ${record.location.line} is not a screening list (see docs/cli.md)`,
              {
                path: [file],
              },
            ),
          );
        lists.push(parsed.data);
      }
      return ok({ lists, skipped: [] });
    });
  }
  return loadTable(file, io, LIST_ENTRIES_TABLE, ScreeningListEntry).map((table) => {
    let hash = '';
    try {
      hash = createHash('sha256').update(io.readFile(file)).digest('hex');
    } catch {
      hash = 'unknown';
    }
    const id = slug(basename(file, extname(file)));
    const list: ScreeningListInput = {
      id,
      title: `${basename(file)} (caller-supplied list)`,
      edition: { datasetId: id, edition: `sha256:${hash.slice(0, 16)}` },
      entries: table.rows.map((r) => r.value),
    };
    return { lists: [list], skipped: table.skipped };
  });
}
