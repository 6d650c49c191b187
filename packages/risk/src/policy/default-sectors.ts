import type { RiskPolicyInput } from './policy-schema.js';

type SectorTable = RiskPolicyInput['inherent']['sectors']['table'];

/**
 * The default sector table: inherent points (0–10) by sector, after the sector distribution of forced
 * labour in the ILO/Walk Free/IOM Global Estimates of Modern Slavery (2022) and Sedex Radar's sector
 * scores (1–4). A supplier's sector (or, without one, its goods) matches a sector when the text contains
 * one of its keywords as a whole word or phrase (a plural in -s or -es
 * also matches; a keyword ending in `*` matches any word it starts); when several match, the highest points win. The reasoning
 * for each number is in docs/methodology.md.
 *
 * @example
 * ```ts
 * DEFAULT_SECTORS.find((s) => s.id === 'logistics-transport')?.points; // 4
 * ```
 */
export const DEFAULT_SECTORS: SectorTable = [
  {
    id: 'fishing-seafood',
    label: 'Fishing, seafood and aquaculture',
    points: 10,
    keywords: [
      'fishing',
      'fisheries',
      'fishery',
      'seafood',
      'aquaculture',
      'shrimp',
      'prawn',
      'tuna',
      'squid',
    ],
  },
  {
    id: 'agriculture',
    label: 'Agriculture, plantations and primary processing',
    points: 8,
    keywords: [
      'agricultur*',
      'farm*',
      'plantation',
      'harvest*',
      'horticultur*',
      'cotton',
      'ginning',
      'palm oil',
      'palm fruit',
      'cocoa',
      'coffee',
      'tea',
      'sugar*',
      'tobacco',
      'livestock',
      'cattle',
    ],
  },
  {
    id: 'mining-quarrying',
    label: 'Mining and quarrying',
    points: 8,
    keywords: ['mining', 'mine', 'quarr*', 'mineral', 'mica', 'cobalt', 'gold', 'coal'],
  },
  {
    id: 'construction',
    label: 'Construction and building materials',
    points: 8,
    keywords: ['construction', 'building contractor', 'civil engineering', 'brick', 'kiln'],
  },
  {
    id: 'domestic-and-facility-services',
    label: 'Domestic work, cleaning, security, hospitality and catering',
    points: 8,
    keywords: [
      'domestic work',
      'cleaning',
      'janitorial',
      'facility services',
      'hospitality',
      'hotel',
      'catering',
      'security services',
      'car wash',
    ],
  },
  {
    id: 'textiles-apparel-footwear',
    label: 'Textiles, apparel, footwear and leather',
    points: 7,
    keywords: [
      'textile',
      'garment',
      'apparel',
      'clothing',
      'spinning',
      'weaving',
      'dyeing',
      'yarn',
      'fabric',
      'footwear',
      'shoe',
      'leather',
      'embroider*',
    ],
  },
  {
    id: 'food-processing',
    label: 'Food processing',
    points: 6,
    keywords: ['food processing', 'meat', 'poultry', 'slaughter*', 'dairy', 'bakery', 'cannery', 'canning'],
  },
  {
    id: 'electronics-solar',
    label: 'Electronics, solar and batteries',
    points: 6,
    keywords: [
      'electronic',
      'semiconductor',
      'circuit',
      'solar',
      'photovoltaic',
      'polysilicon',
      'battery',
      'batteries',
    ],
  },
  {
    id: 'manufacturing',
    label: 'Other manufacturing (rubber, plastics, metals, furniture, toys, chemicals, packaging)',
    points: 5,
    keywords: [
      'manufactur*',
      'factory',
      'factories',
      'glove',
      'rubber',
      'plastic',
      'pvc',
      'metal',
      'steel',
      'alumin*',
      'furniture',
      'toy',
      'chemical',
      'packaging',
    ],
  },
  {
    id: 'logistics-transport',
    label: 'Logistics, transport and warehousing',
    points: 4,
    keywords: [
      'logistic',
      'transport*',
      'haulage',
      'freight',
      'trucking',
      'shipping',
      'warehous*',
      'delivery',
      'deliveries',
      'courier',
      'distribution',
    ],
  },
  {
    id: 'retail-wholesale',
    label: 'Retail and wholesale trade',
    points: 3,
    keywords: ['retail*', 'wholesale*', 'trading'],
  },
  {
    id: 'professional-services',
    label: 'Professional, office and digital services',
    points: 1,
    keywords: [
      'consulting',
      'software',
      'it services',
      'legal services',
      'accounting',
      'financial services',
      'marketing',
      'office',
    ],
  },
];
