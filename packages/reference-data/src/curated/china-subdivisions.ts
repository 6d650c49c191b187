import type { DatasetMeta, SubdivisionRecord } from '../datasets/records.js';

/** Provenance of the ISO 3166-2:CN subdivision table. */
export const chinaSubdivisionsMeta: DatasetMeta = {
  id: 'iso-3166-2-cn',
  title: 'ISO 3166-2:CN, provincial-level divisions of China',
  edition: 'ISO 3166-2:CN, alphabetic codes in force since the change of 2017-11-23',
  publishedAt: '2017-11-23',
  retrievedAt: '2026-11-22',
  validAsOf: '2026-11-22',
  source: {
    publisher: 'ISO 3166 Maintenance Agency',
    url: 'https://www.iso.org/obp/ui/#iso:code:3166:CN',
    via: 'Keyed by hand by the Unforced maintainers; names in English and Chinese as ISO lists them.',
    files: [],
  },
  licence: 'Codes and names are facts; table compiled for Unforced (Apache-2.0).',
  caveats: [
    'Only China is tabulated: the SDK needs CN-XJ (Xinjiang Uygur Autonomous Region) for UFLPA exposure; other countries are validated by format only.',
    'Verify against the ISO Online Browsing Platform before relying on a code other than CN-XJ.',
  ],
  refreshDays: 1825,
};

const rows: ReadonlyArray<[code: string, name: string, localName: string, category: string]> = [
  ['CN-AH', 'Anhui Sheng', '安徽省', 'province'],
  ['CN-BJ', 'Beijing Shi', '北京市', 'municipality'],
  ['CN-CQ', 'Chongqing Shi', '重庆市', 'municipality'],
  ['CN-FJ', 'Fujian Sheng', '福建省', 'province'],
  ['CN-GD', 'Guangdong Sheng', '广东省', 'province'],
  ['CN-GS', 'Gansu Sheng', '甘肃省', 'province'],
  ['CN-GX', 'Guangxi Zhuangzu Zizhiqu', '广西壮族自治区', 'autonomous region'],
  ['CN-GZ', 'Guizhou Sheng', '贵州省', 'province'],
  ['CN-HA', 'Henan Sheng', '河南省', 'province'],
  ['CN-HB', 'Hubei Sheng', '湖北省', 'province'],
  ['CN-HE', 'Hebei Sheng', '河北省', 'province'],
  ['CN-HI', 'Hainan Sheng', '海南省', 'province'],
  ['CN-HK', 'Hong Kong SAR', '香港特别行政区', 'special administrative region'],
  ['CN-HL', 'Heilongjiang Sheng', '黑龙江省', 'province'],
  ['CN-HN', 'Hunan Sheng', '湖南省', 'province'],
  ['CN-JL', 'Jilin Sheng', '吉林省', 'province'],
  ['CN-JS', 'Jiangsu Sheng', '江苏省', 'province'],
  ['CN-JX', 'Jiangxi Sheng', '江西省', 'province'],
  ['CN-LN', 'Liaoning Sheng', '辽宁省', 'province'],
  ['CN-MO', 'Macao SAR', '澳门特别行政区', 'special administrative region'],
  ['CN-NM', 'Nei Mongol Zizhiqu', '内蒙古自治区', 'autonomous region'],
  ['CN-NX', 'Ningxia Huizu Zizhiqu', '宁夏回族自治区', 'autonomous region'],
  ['CN-QH', 'Qinghai Sheng', '青海省', 'province'],
  ['CN-SC', 'Sichuan Sheng', '四川省', 'province'],
  ['CN-SD', 'Shandong Sheng', '山东省', 'province'],
  ['CN-SH', 'Shanghai Shi', '上海市', 'municipality'],
  ['CN-SN', 'Shaanxi Sheng', '陕西省', 'province'],
  ['CN-SX', 'Shanxi Sheng', '山西省', 'province'],
  ['CN-TJ', 'Tianjin Shi', '天津市', 'municipality'],
  ['CN-TW', 'Taiwan Sheng', '台湾省', 'province'],
  ['CN-XJ', 'Xinjiang Uygur Zizhiqu', '新疆维吾尔自治区', 'autonomous region'],
  ['CN-XZ', 'Xizang Zizhiqu', '西藏自治区', 'autonomous region'],
  ['CN-YN', 'Yunnan Sheng', '云南省', 'province'],
  ['CN-ZJ', 'Zhejiang Sheng', '浙江省', 'province'],
];

/** China's 34 provincial-level divisions with their ISO 3166-2 codes. */
export const chinaSubdivisions: readonly SubdivisionRecord[] = rows.map(
  ([code, name, localName, category]) => ({
    code,
    country: 'CN',
    name,
    localName,
    category,
  }),
);
