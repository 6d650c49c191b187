import type { WorkerAssessment } from '../assess-worker.js';
import type { FeeBand } from '../rba/fee-matrix.js';
import { MoneyBag } from '../support/money-bag.js';

/**
 * What a facility's results need of its workers, added up one worker at a time as each is assessed:
 * counts, the fee bands, and exact money totals. Nothing else of a worker is kept, so a batch streamed to
 * a sink holds memory for its facilities, not for its workers.
 *
 * @example
 * ```ts
 * const tally = new FacilityTally();
 * tally.add(assessment);
 * tally.workersAssessed; // 1
 * ```
 */
export class FacilityTally {
  workersAssessed = 0;
  /** Workers with an identity document held without consent or without access within 12 hours. */
  documentsRetained = 0;
  /** Fee bands of the workers whose fees were not repaid within 90 days (`undefined`: band unknown). */
  readonly notRepaidBands: (FeeBand | undefined)[] = [];
  /** Fee bands of the workers whose fees were all repaid within 90 days. */
  readonly repaidBands: (FeeBand | undefined)[] = [];
  /** Workers owed something. */
  workersOwed = 0;
  /** Workers owed something whose total could not be converted to the employer's currency. */
  workersWithoutConversion = 0;
  /** What the workers are owed, per currency. */
  readonly owedByCurrency = new MoneyBag();
  /** What the workers are owed in the employer's currency (one total per employer currency). */
  readonly owedInEmployerCurrency = new MoneyBag();

  /** Adds one assessed worker. */
  add(worker: WorkerAssessment): void {
    this.workersAssessed += 1;
    if (worker.documentsRetained) this.documentsRetained += 1;
    const burden = worker.feeBurden;
    if (burden !== undefined)
      (burden.repaidWithin90Days ? this.repaidBands : this.notRepaidBands).push(burden.band);
    const remediation = worker.remediation;
    if (remediation.items.length === 0) return;
    this.workersOwed += 1;
    const byCurrency = remediation.byCurrency;
    for (let i = 0; i < byCurrency.length; i += 1)
      this.owedByCurrency.add(byCurrency[i] as (typeof byCurrency)[number]);
    if (remediation.inEmployerCurrency === undefined) this.workersWithoutConversion += 1;
    else this.owedInEmployerCurrency.add(remediation.inEmployerCurrency);
  }
}
