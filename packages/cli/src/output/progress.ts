import type { CliIo } from '../io.js';

/** A progress reporter; silent unless stdout is a terminal and `--quiet`/`--json` are off. */
export interface Progress {
  /** Advances the bar to `done` of `total` (label e.g. "rows read"). */
  readonly update: (done: number, total: number, label: string) => void;
  /** Clears the bar. */
  readonly finish: () => void;
}

const WIDTH = 28;

/**
 * A text progress bar on stderr, drawn only when stdout is a terminal and the user did not ask for
 * `--quiet` or `--json`; redrawn at most once per whole percent.
 *
 * @example
 * ```ts
 * const bar = createProgress(io, { quiet: false, json: false });
 * bar.update(500, 1000, 'workers checked');
 * ```
 */
export function createProgress(
  io: CliIo,
  options: { readonly quiet: boolean; readonly json: boolean },
): Progress {
  if (!io.isTerminal || options.quiet || options.json) return { update: () => {}, finish: () => {} };
  let lastPercent = -1;
  let drawn = false;
  return {
    update: (done, total, label) => {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (percent === lastPercent) return;
      lastPercent = percent;
      const filled = Math.round((percent / 100) * WIDTH);
      io.stderr(
        `\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ${done}/${total} ${label}`,
      );
      drawn = true;
    },
    finish: () => {
      if (drawn) io.stderr('\r\x1b[2K');
      drawn = false;
      lastPercent = -1;
    },
  };
}
