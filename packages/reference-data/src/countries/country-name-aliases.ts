/**
 * Country names used by the US government datasets (DOL, State Department, CBP) and other common
 * spellings that the ISO/UN/CLDR names in `iso3166/` do not cover. Each maps to an ISO 3166-1 alpha-2
 * code (or `XK`). Add a spelling here when the build reports it as unmapped; never guess.
 */
export const COUNTRY_NAME_ALIASES: Readonly<Record<string, string>> = {
  Bahamas: 'BS',
  'Bahamas, The': 'BS',
  Bolivia: 'BO',
  'Bosnia and Herzegovina': 'BA',
  Brunei: 'BN',
  Burma: 'MM',
  'Cabo Verde': 'CV',
  'Cape Verde': 'CV',
  'Congo, Democratic Republic of the': 'CD',
  'Congo, Republic of the': 'CG',
  "Cote d'Ivoire": 'CI',
  "Côte d'Ivoire": 'CI',
  'Czech Republic': 'CZ',
  'Democratic Republic of the Congo': 'CD',
  'Gambia, The': 'GM',
  'Hong Kong S.A.R.': 'HK',
  Iran: 'IR',
  Kosovo: 'XK',
  'Kyrgyz Republic': 'KG',
  Laos: 'LA',
  'Lao PDR': 'LA',
  'Macau S.A.R.': 'MO',
  Macau: 'MO',
  Micronesia: 'FM',
  Moldova: 'MD',
  'North Korea': 'KP',
  "Korea, Democratic People's Republic of": 'KP',
  'Korea, North': 'KP',
  'Korea, Republic of': 'KR',
  'Korea, South': 'KR',
  'South Korea': 'KR',
  Palestine: 'PS',
  'Republic of the Congo': 'CG',
  Russia: 'RU',
  'Saint Vincent and the Grenadines': 'VC',
  Swaziland: 'SZ',
  Syria: 'SY',
  Taiwan: 'TW',
  Tanzania: 'TZ',
  'The Bahamas': 'BS',
  'The Gambia': 'GM',
  'Timor-Leste': 'TL',
  Turkey: 'TR',
  UK: 'GB',
  'United Kingdom': 'GB',
  'United States': 'US',
  'United States of America': 'US',
  USA: 'US',
  'Turkey (Türkiye)': 'TR',
  Türkiye: 'TR',
  Venezuela: 'VE',
  Vietnam: 'VN',
  'Viet Nam': 'VN',
  'West Bank and Gaza': 'PS',
};

/**
 * The form names are compared in: Unicode NFC, typographic apostrophes made straight, case folded and
 * runs of white space collapsed. It does not strip accents or words, so "Niger" never meets "Nigeria".
 */
export function normaliseCountryName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
