import { EPCIS_CONTEXT, UNFORCED_NAMESPACE } from '../epcis/unforced-namespace.js';
import type { MasterDataInput } from '../model/master-data.js';
import { SYNTHETIC_EVENTS, SYNTHETIC_LOTS, syntheticCottonEvents } from './synthetic-events.js';
import { syntheticMasterData } from './synthetic-master-data.js';

/** The synthetic cotton chain: an EPCIS document, its master data, the date to analyse it at, and its planted defects. */
export interface SyntheticCottonChain {
  readonly description: string;
  /** An EPCIS 2.0 JSON-LD document (a plain JSON value). */
  readonly epcisDocument: Record<string, unknown>;
  /** The same events as JSON Lines, one EPCIS event per line. */
  readonly jsonLines: string;
  readonly masterData: MasterDataInput;
  readonly asOf: string;
  readonly lots: typeof SYNTHETIC_LOTS;
  readonly events: typeof SYNTHETIC_EVENTS;
  /** The defects planted on purpose, with the finding each must produce. */
  readonly planted: ReadonlyArray<{ readonly code: string; readonly subject: string; readonly what: string }>;
}

/**
 * Builds the package's bundled example: a realistic but entirely **synthetic** cotton chain (invented
 * companies, GS1 demonstration prefixes) from three gins (Texas, Gujarat and a Xinjiang gin) through
 * spinning in Vietnam, weaving in Vietnam and cut-and-sew in Bangladesh to a US importer, with three
 * defects planted: a mass-balance violation at the weaver, an untraced lint lot at the spinner and a
 * custody gap (fabric shipped to one garment maker, cut at another). Tests, examples, the CLI and the
 * report package use it as demonstration data.
 *
 * @example
 * ```ts
 * const chain = syntheticCottonChain();
 * const batch = parseEpcisDocument(chain.epcisDocument)._unsafeUnwrap();
 * const analysis = analyseTrace({ events: batch, masterData: chain.masterData }, { asOf: chain.asOf });
 * ```
 */
export function syntheticCottonChain(): SyntheticCottonChain {
  const events = syntheticCottonEvents();
  return {
    description:
      'Synthetic cotton chain (invented companies): lint from Texas, Gujarat and Xinjiang gins → spinning (Dong Nai, VN) → weaving (Binh Duong, VN) → cut-and-sew (Narayanganj, BD) → importer (New Jersey, US). Planted: mass-balance violation at weaving, untraced lint lot at spinning, custody gap between the weaver and the garment maker.',
    epcisDocument: {
      '@context': [EPCIS_CONTEXT, { ext: 'https://example.com/ns/cotton#', unforced: UNFORCED_NAMESPACE }],
      type: 'EPCISDocument',
      schemaVersion: '2.0',
      creationDate: '2025-04-30T12:00:00Z',
      epcisBody: { eventList: events },
    },
    jsonLines: `${events.map((e) => JSON.stringify(e)).join('\n')}\n`,
    masterData: syntheticMasterData(),
    asOf: '2025-05-01',
    lots: SYNTHETIC_LOTS,
    events: SYNTHETIC_EVENTS,
    planted: [
      {
        code: 'trace.mass-balance.exceeded',
        subject: SYNTHETIC_EVENTS.weaving,
        what: '14,500 m of fabric (2,392.5 kg) woven from 2,000 kg of yarn',
      },
      {
        code: 'trace.input.untraced',
        subject: SYNTHETIC_LOTS.untracedLint,
        what: '1,200 kg of lint used by the spinner with no upstream record',
      },
      {
        code: 'trace.custody.gap',
        subject: SYNTHETIC_LOTS.fabric,
        what: 'fabric shipped to Gazipur Apparel, next seen being cut at Narayanganj Knit & Sew',
      },
    ],
  };
}
