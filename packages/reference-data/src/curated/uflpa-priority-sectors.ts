import type { DatasetMeta } from '../datasets/records.js';

/** A UFLPA high-priority enforcement sector and words that identify its goods. */
export interface PrioritySectorRecord {
  readonly id: string;
  readonly label: string;
  /** Lower-case words or phrases that mark a good or sector as belonging to it. */
  readonly keywords: readonly string[];
}

/** Provenance of the UFLPA high-priority sectors. */
export const uflpaPrioritySectorsMeta: DatasetMeta = {
  id: 'uflpa-high-priority-sectors',
  title: 'UFLPA high-priority sectors for enforcement',
  edition: 'UFLPA Strategy as updated through 2025 (per STANDARDS.md)',
  publishedAt: '2025-08-19',
  retrievedAt: '2026-11-22',
  validAsOf: '2026-11-22',
  source: {
    publisher:
      'US DHS, Forced Labor Enforcement Task Force: Strategy to Prevent the Importation of Goods Mined, Produced, or Manufactured with Forced Labor in the PRC, and its annual updates',
    url: 'https://www.dhs.gov/uflpa-strategy',
    via: '../shared/STANDARDS.md, "What regulators ask for"',
    files: [],
  },
  licence: "US government work (public domain); keyword lists are Unforced's own (Apache-2.0).",
  caveats: [
    'The sector list follows STANDARDS.md; the publication date of the latest update is not verified here.',
    'Keywords are a matching aid written by the Unforced maintainers, not part of the strategy.',
  ],
  refreshDays: 365,
};

/** The sectors, with keywords for matching a supplier's sector and goods. */
export const uflpaPrioritySectors: readonly PrioritySectorRecord[] = [
  {
    id: 'apparel-cotton',
    label: 'Apparel, cotton and cotton products',
    keywords: ['cotton', 'apparel', 'garment', 'textile', 'yarn', 'fabric', 'clothing'],
  },
  { id: 'tomatoes', label: 'Tomatoes and downstream products', keywords: ['tomato'] },
  {
    id: 'polysilicon',
    label: 'Silica-based products including polysilicon',
    keywords: ['polysilicon', 'silicon', 'silica', 'solar', 'photovoltaic', 'wafer'],
  },
  { id: 'pvc', label: 'Polyvinyl chloride (PVC)', keywords: ['pvc', 'polyvinyl chloride', 'vinyl'] },
  { id: 'aluminum', label: 'Aluminum', keywords: ['aluminum', 'aluminium'] },
  { id: 'seafood', label: 'Seafood', keywords: ['seafood', 'fish', 'shrimp', 'squid', 'pollock'] },
  { id: 'steel', label: 'Steel', keywords: ['steel', 'iron'] },
  { id: 'copper', label: 'Copper', keywords: ['copper'] },
  { id: 'lithium', label: 'Lithium', keywords: ['lithium', 'battery', 'batteries'] },
  { id: 'caustic-soda', label: 'Caustic soda', keywords: ['caustic soda', 'sodium hydroxide'] },
  { id: 'red-dates', label: 'Red dates (jujubes)', keywords: ['red date', 'jujube'] },
];
