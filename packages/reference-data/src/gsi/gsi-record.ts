/** One country of the Walk Free Global Slavery Index 2023 summary, with its ISO code. */
export interface GsiCountryRecord {
  /** ISO 3166-1 alpha-2 (Kosovo: `XK`). */
  readonly country: string;
  readonly countryAsPublished: string;
  readonly region: string;
  /** Population (UN WPP 2019, rounded); `null` where the workbook gives 0 or nothing (not available). */
  readonly population: number | null;
  /** Estimated prevalence of modern slavery per 1,000 population; `null` where not estimated. */
  readonly prevalencePerThousand: number | null;
  /** Estimated number of people in modern slavery; `null` where not estimated. */
  readonly estimatedNumber: number | null;
  /** Vulnerability scores (0–100). */
  readonly vulnerability: {
    readonly governanceIssues: number | null;
    readonly lackOfBasicNeeds: number | null;
    readonly inequality: number | null;
    readonly disenfranchisedGroups: number | null;
    readonly effectsOfConflict: number | null;
    readonly total: number | null;
  };
  /** Government response milestone scores (%); `null` for the four countries not assessed. */
  readonly governmentResponse: {
    readonly survivorsSupported: number | null;
    readonly criminalJustice: number | null;
    readonly coordination: number | null;
    readonly riskFactors: number | null;
    readonly supplyChains: number | null;
    readonly total: number | null;
  };
}
