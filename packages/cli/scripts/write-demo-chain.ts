/**
 * Writes the synthetic cotton-to-garment chain of `@unforced/trace` into the bundled example data, as
 * a user would receive it: an EPCIS 2.0 JSON-LD document and the master data (parties, facilities,
 * products) as JSON. Run `npx tsx scripts/write-demo-chain.ts` after the trace package changes its
 * example; test/cli/demo-data.test.ts fails while the files and the package disagree.
 */
import { writeFileSync } from 'node:fs';
import { syntheticCottonChain } from '@unforced/trace';

const data = new URL('../../../examples/data/', import.meta.url);
const chain = syntheticCottonChain();
writeFileSync(new URL('cotton-chain.jsonld', data), `${JSON.stringify(chain.epcisDocument, null, 2)}\n`);
writeFileSync(
  new URL('cotton-chain-master-data.json', data),
  `${JSON.stringify(chain.masterData, null, 2)}\n`,
);
