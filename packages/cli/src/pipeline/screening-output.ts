import type { UnforcedError } from '@unforced/core';
import { csvTable } from '@unforced/report';
import type { Result } from 'neverthrow';
import type { CliIo } from '../io.js';
import { severityCounts } from '../output/fail-on.js';
import { readSummary, skippedCsv, skippedJson } from '../output/print-skipped.js';
import { textTable } from '../output/text-table.js';
import { jsonText, writeOutputs } from '../output/write-file.js';
import type { ScreeningRun } from './run-screening.js';

const decisions = (run: ScreeningRun) => ({
  screened: run.screened.length,
  match: run.screened.filter((s) => s.result.decision === 'match').length,
  potentialMatch: run.screened.filter((s) => s.result.decision === 'potential-match').length,
  noMatch: run.screened.filter((s) => s.result.decision === 'no-match').length,
  skipped: run.skipped.length,
});

/**
 * The machine-readable result of a screening run (`--json`, `screening-results.json`).
 *
 * @example
 * ```ts
 * io.stdout(jsonText(screeningJson(run)));
 * ```
 */
export function screeningJson(run: ScreeningRun) {
  return {
    command: 'screen',
    asOf: run.asOf,
    lists: run.lists,
    summary: decisions(run),
    results: run.screened.map((s) => ({
      id: s.result.entityId,
      name: s.result.name,
      file: s.location.file,
      line: s.location.line,
      decision: s.result.decision,
      matches: s.result.matches,
      notes: s.result.notes,
    })),
    findings: run.findings,
    skipped: skippedJson(run.skipped),
  };
}

/**
 * One CSV row per match or potential match: the entity, the list entry, the score and how it matched.
 *
 * @example
 * ```ts
 * screeningMatchesCsv(run); // 'as_of,id,name,decision,score,list,list_edition,entry_id,matched_name,rule,…'
 * ```
 */
export function screeningMatchesCsv(run: ScreeningRun): string {
  return csvTable(
    [
      'as_of',
      'id',
      'name',
      'decision',
      'score',
      'list',
      'list_edition',
      'entry_id',
      'matched_name',
      'rule',
      'country',
      'file',
      'line',
    ],
    run.screened.flatMap((s) =>
      s.result.matches.map((m) => [
        run.asOf,
        s.result.entityId,
        s.result.name,
        m.decision,
        m.score,
        m.list.id,
        m.list.edition.edition,
        m.entry.id,
        m.explanation.matchedName,
        m.explanation.rule,
        m.explanation.country.verdict,
        s.location.file,
        s.location.line,
      ]),
    ),
  );
}

/**
 * The human summary: the lists, a table of the matches and potential matches, and the counts.
 *
 * @example
 * ```ts
 * printScreening(io, run);
 * ```
 */
export function screeningSummary(run: ScreeningRun): string {
  const d = decisions(run);
  const rows = run.screened
    .filter((s) => s.result.decision !== 'no-match')
    .sort((a, b) => (b.result.matches[0]?.score ?? 0) - (a.result.matches[0]?.score ?? 0))
    .map((s) => {
      const best = s.result.matches[0];
      return [
        s.result.entityId,
        s.result.name,
        s.result.decision,
        best === undefined ? '' : best.score.toFixed(2),
        best === undefined ? '' : `${best.explanation.matchedName} (${best.list.title})`,
      ];
    });
  const lists = run.lists.map((l) => `  ${l.title}: ${l.entries} entries, edition ${l.edition.edition}`);
  return [
    `Screening as of ${run.asOf} against:`,
    ...lists,
    '',
    rows.length === 0
      ? 'No matches or potential matches.'
      : textTable(['id', 'name', 'decision', 'score', 'matched entry'], rows),
    '',
    `${readSummary('names', run.total, run.skipped)}; ${d.match} match(es), ${d.potentialMatch} potential match(es), ${d.noMatch} no match.`,
    `Findings: ${severityCounts(run.findings.map((f) => f.severity))}.`,
    '',
  ].join('\n');
}

/**
 * Writes `screening-results.json`, `screening-matches.csv` and, when rows were skipped,
 * `skipped-rows.csv` under `dir`.
 *
 * @example
 * ```ts
 * writeScreening(io, 'out', run);
 * ```
 */
export function writeScreening(io: CliIo, dir: string, run: ScreeningRun): Result<string[], UnforcedError> {
  const outputs: Array<[string, string]> = [
    ['screening-results.json', jsonText(screeningJson(run))],
    ['screening-matches.csv', screeningMatchesCsv(run)],
  ];
  if (run.skipped.length > 0) outputs.push(['skipped-rows.csv', skippedCsv(run.skipped, run.asOf)]);
  return writeOutputs(io, dir, outputs);
}
