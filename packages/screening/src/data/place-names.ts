/**
 * Place names that reach a list in several spellings: Mandarin pinyin, Uyghur-derived and older
 * postal romanisations, and the Han characters. Each group is one place; every spelling is rewritten
 * to the group's canonical token before comparison, and the explanation says which variant met which.
 * Han forms are matched before transliteration, because per-character readings go wrong for some of
 * them (pinyin-pro reads 喀什 as "ka shen"; the place is Kashi). Sources: the official Chinese names
 * (GB/T 2260) and the romanisations used in the UFLPA Entity List, CBP notices and company registers.
 */
export interface PlaceNameGroup {
  /** The token every spelling is rewritten to (the Hanyu Pinyin form, written as one word). */
  readonly canonical: string;
  /** Other spellings as normalised single tokens. */
  readonly variants: readonly string[];
  /** The name in Han characters. */
  readonly han: readonly string[];
}

/**
 * The place-name groups: Xinjiang's prefectures, cities and counties that occur in supplier names,
 * and a few elsewhere in China that occur on the UFLPA list.
 *
 * @example
 * ```ts
 * PLACE_NAME_GROUPS.find((g) => g.canonical === 'hetian')?.variants; // ['hotan', 'khotan', 'hoten']
 * ```
 */
export const PLACE_NAME_GROUPS: readonly PlaceNameGroup[] = [
  { canonical: 'xinjiang', variants: ['sinkiang', 'xingjiang', 'xinjang'], han: ['新疆'] },
  { canonical: 'hetian', variants: ['hotan', 'khotan', 'hoten'], han: ['和田'] },
  { canonical: 'kashi', variants: ['kashgar', 'kaxgar', 'qeshqer', 'kashghar'], han: ['喀什'] },
  { canonical: 'wulumuqi', variants: ['urumqi', 'urumchi', 'urumuqi', 'urumqui'], han: ['乌鲁木齐'] },
  { canonical: 'changji', variants: ['sanji', 'qangji'], han: ['昌吉'] },
  { canonical: 'akesu', variants: ['aksu', 'aqsu'], han: ['阿克苏'] },
  { canonical: 'shihezi', variants: ['shihotze'], han: ['石河子'] },
  { canonical: 'kuerle', variants: ['korla'], han: ['库尔勒'] },
  { canonical: 'tulufan', variants: ['turpan', 'turfan'], han: ['吐鲁番'] },
  { canonical: 'yili', variants: ['ili', 'ghulja', 'kulja'], han: ['伊犁'] },
  { canonical: 'bazhou', variants: ['bayingolin', 'bayinguoleng', 'bayingholin'], han: ['巴州', '巴音郭楞'] },
  { canonical: 'hami', variants: ['kumul', 'qumul'], han: ['哈密'] },
  { canonical: 'kelamayi', variants: ['karamay', 'karamai', 'qaramay'], han: ['克拉玛依'] },
  { canonical: 'kuche', variants: ['kuqa', 'kucha', 'kuchar'], han: ['库车'] },
  { canonical: 'shache', variants: ['yarkand', 'yarkant', 'yeken'], han: ['莎车'] },
  { canonical: 'aletai', variants: ['altay', 'altai'], han: ['阿勒泰'] },
  { canonical: 'tacheng', variants: ['chuguchak', 'qoqek'], han: ['塔城'] },
  { canonical: 'bole', variants: ['bortala'], han: ['博乐', '博尔塔拉'] },
  { canonical: 'kezhou', variants: ['kizilsu', 'kezilesu', 'qizilsu'], han: ['克州', '克孜勒苏'] },
  { canonical: 'atushi', variants: ['atush', 'artux', 'artush'], han: ['阿图什'] },
  { canonical: 'kuitun', variants: ['kuytun', 'kuitin'], han: ['奎屯'] },
  { canonical: 'luopu', variants: ['lop', 'lopnur'], han: ['洛浦'] },
  { canonical: 'awati', variants: ['awat'], han: ['阿瓦提'] },
  { canonical: 'bachu', variants: ['maralbexi', 'maralbeshi'], han: ['巴楚'] },
  { canonical: 'yuepuhu', variants: ['yopurga'], han: ['岳普湖'] },
  { canonical: 'jiashi', variants: ['peyzawat', 'payzawat'], han: ['伽师'] },
  { canonical: 'shanshan', variants: ['pichan', 'piqan'], han: ['鄯善'] },
  { canonical: 'tuokexun', variants: ['toksun'], han: ['托克逊'] },
  { canonical: 'yanqi', variants: ['karashahr', 'qarasheher'], han: ['焉耆'] },
  { canonical: 'habahe', variants: ['kaba', 'qaba'], han: ['哈巴河'] },
  { canonical: 'shaya', variants: ['shayar'], han: ['沙雅'] },
  { canonical: 'huyanghe', variants: [], han: ['胡杨河'] },
  { canonical: 'wusu', variants: ['shikho'], han: ['乌苏'] },
  { canonical: 'alaer', variants: ['alar', 'aral'], han: ['阿拉尔'] },
  { canonical: 'tumushuke', variants: ['tumxuk'], han: ['图木舒克'] },
  { canonical: 'wujiaqu', variants: [], han: ['五家渠'] },
  { canonical: 'zhungeer', variants: ['junggar', 'dzungaria', 'jungar', 'zhungaer'], han: ['准噶尔'] },
  { canonical: 'zhundong', variants: [], han: ['准东'] },
  { canonical: 'tianshan', variants: ['tengritagh'], han: ['天山'] },
  { canonical: 'baotou', variants: ['paotow'], han: ['包头'] },
  { canonical: 'neimenggu', variants: ['innermongolia'], han: ['内蒙古'] },
  { canonical: 'xizang', variants: ['tibet'], han: ['西藏'] },
  { canonical: 'hubei', variants: ['hupeh'], han: ['湖北'] },
  { canonical: 'henan', variants: ['honan'], han: ['河南'] },
  { canonical: 'hebei', variants: ['hopeh'], han: ['河北'] },
  { canonical: 'shandong', variants: ['shantung'], han: ['山东'] },
  { canonical: 'jiangsu', variants: ['kiangsu'], han: ['江苏'] },
  { canonical: 'zhejiang', variants: ['chekiang'], han: ['浙江'] },
  { canonical: 'guangdong', variants: ['kwangtung'], han: ['广东'] },
  { canonical: 'fujian', variants: ['fukien'], han: ['福建'] },
  { canonical: 'anhui', variants: ['anhwei'], han: ['安徽'] },
  { canonical: 'sichuan', variants: ['szechuan', 'szechwan'], han: ['四川'] },
  { canonical: 'gansu', variants: ['kansu'], han: ['甘肃'] },
  { canonical: 'hunan', variants: [], han: ['湖南'] },
  { canonical: 'shanghai', variants: [], han: ['上海'] },
  { canonical: 'beijing', variants: ['peking'], han: ['北京'] },
  { canonical: 'tianjin', variants: ['tientsin'], han: ['天津'] },
  { canonical: 'qingdao', variants: ['tsingtao'], han: ['青岛'] },
  { canonical: 'dalian', variants: ['dairen'], han: ['大连'] },
  { canonical: 'zhuhai', variants: ['chuhai'], han: ['珠海'] },
  { canonical: 'hangzhou', variants: ['hangchow'], han: ['杭州'] },
  { canonical: 'nanjing', variants: ['nanking'], han: ['南京'] },
  { canonical: 'changsha', variants: [], han: ['长沙'] },
  { canonical: 'hefei', variants: [], han: ['合肥'] },
  { canonical: 'heze', variants: [], han: ['菏泽'] },
  { canonical: 'jinan', variants: [], han: ['济南'] },
  { canonical: 'ningbo', variants: [], han: ['宁波'] },
  { canonical: 'dongguan', variants: [], han: ['东莞'] },
  { canonical: 'wuxi', variants: [], han: ['无锡'] },
  { canonical: 'zhangzhou', variants: [], han: ['漳州'] },
  { canonical: 'taiyuan', variants: [], han: ['太原'] },
  { canonical: 'baoding', variants: [], han: ['保定'] },
  { canonical: 'binzhou', variants: [], han: ['滨州'] },
  { canonical: 'changzhou', variants: [], han: ['常州'] },
  { canonical: 'jiangyin', variants: [], han: ['江阴'] },
  { canonical: 'jining', variants: [], han: ['济宁'] },
  { canonical: 'nanyang', variants: [], han: ['南阳'] },
  { canonical: 'hengshui', variants: [], han: ['衡水'] },
  { canonical: 'lanxi', variants: [], han: ['兰溪'] },
  { canonical: 'mianyang', variants: [], han: ['绵阳'] },
  { canonical: 'rizhao', variants: [], han: ['日照'] },
  { canonical: 'weifang', variants: [], han: ['潍坊'] },
  { canonical: 'chaohu', variants: [], han: ['巢湖'] },
  { canonical: 'donghai', variants: [], han: ['东海'] },
  { canonical: 'ninghai', variants: [], han: ['宁海'] },
  { canonical: 'junan', variants: [], han: ['莒南'] },
  { canonical: 'nangong', variants: [], han: ['南宫'] },
  { canonical: 'xinye', variants: [], han: ['新野'] },
  { canonical: 'huangmei', variants: [], han: ['黄梅'] },
  { canonical: 'wuyuan', variants: [], han: ['五原'] },
  { canonical: 'linxi', variants: [], han: ['临西'] },
  { canonical: 'juye', variants: [], han: ['巨野'] },
  { canonical: 'wugang', variants: [], han: ['舞钢'] },
];

/**
 * Place names written as several words in English, rewritten to one canonical token.
 *
 * @example
 * ```ts
 * MULTI_WORD_PLACES.find((p) => p.canonical === 'neimenggu')?.words; // ['inner', 'mongolia']
 * ```
 */
export const MULTI_WORD_PLACES: ReadonlyArray<{
  readonly words: readonly string[];
  readonly canonical: string;
}> = [
  { words: ['inner', 'mongolia'], canonical: 'neimenggu' },
  { words: ['nei', 'mongol'], canonical: 'neimenggu' },
  { words: ['hong', 'kong'], canonical: 'xianggang' },
  { words: ['bayin', 'guoleng'], canonical: 'bazhou' },
  { words: ['yuepu', 'lake'], canonical: 'yuepuhu' },
  { words: ['wu', 'lu', 'mu', 'qi'], canonical: 'wulumuqi' },
];
