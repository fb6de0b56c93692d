// Units and measure words that make a number a counted amount. Data, not code: the number
// layer (src/numbers.ts) matches the longest entry that starts right after a number.
//
// `kind` says how the amount behaves downstream:
//   count   — a measure word for things (个, 家, 项 …): needs a governing verb to be a goal
//   money   — currencies (万元/亿元 arrive here as 元 with the multiplier folded into the value)
//   percent — %, ‰, 个百分点
//   measure — physical units (吨, 千瓦, 平方米, kW …)
//   time    — durations (小时, 个工作日, 年 …): reported only when a verb or qualifier measures
//             them (压缩至6个工作日以内), never as bare durations (三年内, 为期3年)
//   age     — 岁
//   place   — counts of divisions (6省市): always figures

export type UnitKind = "count" | "money" | "percent" | "measure" | "time" | "age" | "place";

export interface UnitEntry {
  /** As written in doc.text (simplified, width-folded). */
  word: string;
  /** As reported in `unit`. */
  unit: string;
  kind: UnitKind;
}

const COUNT = [
  "个", "家", "户", "项", "座", "所", "条", "张", "名", "人", "人次", "位", "只", "头", "台", "套",
  "辆", "艘", "架", "部", "件", "份", "篇", "本", "种", "类", "批", "处", "间", "栋", "幢", "根",
  "枚", "颗", "支", "块", "片", "株", "棵", "次", "场", "宗", "笔", "例", "款", "组", "双",
  "门", "道", "盏", "口", "眼", "个点", "户次", "床", "张床", "册", "辆次", "架次", "艘次", "车次", "台次",
  "班次", "趟", "列", "列次", "层", "匹", "箱", "部门", "枝", "盆", "羽", "台套", "套房", "间房",
  // cases, as Taiwan counts plans and applications approved (核定…不少于300案), and stations by
  // themselves (设置电动机车换电站150站)
  "案", "站",
  // (books lent, 借阅200万册次; stations a touring show stops at, 巡展1500站次)
  "册次", "站次", "件次",
  // rounds of an inspection or a campaign (开展巡视3轮, 不少于3轮防汛演练), and operations at sites
  // (人工增雨作业300点次)
  "轮", "点次",
  // archives and books: volumes, pages, series, frames scanned, and characters written, the last
  // only after digits or 万/亿 (馆藏档案数字化1100万卷, 修复15万至20万页, 出版丛书5辑, 2800万画幅,
  // 志书篇幅控制在200万字以内; not 十字路口: see unitAt)
  "卷", "页", "辑", "画幅", "字",
  // plots of land put on the market (推出产业用地至少5幅, 2幅商业用地), tents (储备帐篷不少于100顶)
  "幅", "顶",
  // livestock vaccinated, each animal once a round (集中免疫生猪8000万头次), and cattle and sheep
  // counted together (免疫牛羊2100万头只)
  "头次", "头只",
  // pairs (改造提升高速公路服务区60对, 开行动车组列车每日120对)
  "对",
  // teams (资助青年初创团队400队以上), and runs of them (开展安全巡查300队次)
  "队", "队次",
  // flats, as Hong Kong counts housing (興建三萬伙過渡性房屋)
  "伙",
  // visits to firms or sites, each counted once a visit (开展执法检查不少于4000家次, 检查企业800余
  // 户次 above, 排查隐患点1200处次)
  "家次", "处次", "所次",
  // sessions of a programme (参加境外展会50场次, 开展培训不少于30期, 举办3届)
  "场次", "期", "届", "批次",
  // runs of a scheduled line (货运航线每周不少于6班; 开设30个班 of a school, too)
  "班", "航次",
  // batches of a camp or a course, as Taiwan counts them (产业体验营每年10梯次)
  "梯次",
  // incidents (较大生产安全事故起数控制在1起以内); 2024年起 and 3月1日起 are dates, read before
  "起",
  // orders and parcels handled (日均配送能力不低于三千单), and units of a building (3单元)
  "单", "单元",
  // fry released, counted in units (放流中国对虾…苗种15亿单位以上); platelets in doses of
  // treatment (机采血小板年采集量达到9万治疗量以上)
  "单位", "治疗量",
  // niches of an ashes hall (完成城市骨灰楼堂扩容8000格)
  "格",
  // doses given and samples tested (完成补种5万剂次以上, 哨点监测每年完成2万人份以上)
  "剂次", "剂", "人份",
  // containers counted as goods or as a crop's substrate (香菇种植规模4亿袋, 葡萄酒1.2亿瓶)
  "袋", "瓶", "罐", "桶",
  // seeds bred and spindles spun (原原种生产能力3亿粒, 纺纱规模500万锭)
  "粒", "锭",
  // racks of a data centre counted in standard racks (数据中心规模达到45万标准机架)
  "标准机架",
  // fish and fry released or raised (增殖放流各类苗种3000万尾)
  "尾",
  // meals served, as a canteen's capacity is counted (每千名老人社区助餐供餐能力达到40客以上)
  "客",
  // fire extinguishers and the like (每栋出租屋配齐灭火器不少于2具)
  "具",
  // instruments counted whole or by piece, as a metrology service's capacity (计量检定校准服务能力达到
  // 120万台件), and samples tested in tubes (核酸检测日检测能力提升至20万管)
  "台件", "管",
];
const MONEY = [
  "元", "美元", "欧元", "港元", "港币", "日元", "英镑", "人民币", "块钱", "台币", "新台币", "澳元", "澳门元",
  "韩元", "卢布", "泰铢", "加元", "新加坡元", "瑞士法郎", "卢比",
];
const PERCENT: Array<[string, string]> = [
  ["%", "%"], ["‰", "‰"], ["个百分点", "个百分点"], ["百分点", "个百分点"],
  // rates per 100,000 and per 10,000 (孕产妇死亡率控制在10/10万以下)
  ["/10万", "/10万"], ["/万", "/万"],
  // tenths, as written (三成以上, 增长两成): n as written, as for %
  ["成", "成"],
];
const MEASURE = [
  "吨", "千克", "公斤", "克", "斤", "千瓦", "千瓦时", "兆瓦", "吉瓦", "瓦", "度", "千伏安", "兆伏安", "千伏", "伏", "兆帕",
  // Taiwan's kilowatt (太阳光电新增设置容量300万瓩以上)
  "瓩",
  "平方米", "平方公里", "平方千米", "立方米", "公里", "千米", "米", "厘米", "毫米", "亩", "公顷",
  // area served once a visit (年服务面积突破600万亩次)
  "亩次",
  "标准箱", "标箱", "吨标准煤", "吨标煤", "克标准煤", "千克标准煤", "倍", "吉比特", "兆比特", "毫克", "微克", "升", "毫升", "千升",
  "立方", "兆瓦时", "吉瓦时", "瓦时", "度电", "平方", "吨二氧化碳", "吨油当量", "标准立方米", "延米",
  // computing power and latency (算力总规模超过8EFLOPS, 新增智能算力5000P, 时延5毫秒)
  "EFLOPS", "PFLOPS", "TFLOPS", "P", "毫秒",
  // (…written in mixed case as often, 可调度算力达到2000PFlops: kept as written)
  "EFlops", "PFlops", "TFlops", "Eflops", "Pflops", "Tflops",
  // the volume of artificial reefs, counted by the space they enclose (投放人工鱼礁10万空方)
  "空方",
  "英里", "海里",
  // ships' capacity (新增标准化船舶运力100万载重吨)
  "载重吨",
  // a flow written with 每 (新增排涝能力约800立方米每秒)
  "立方米每秒",
  // Taiwan's names of metric units, which opencc leaves as written (总滞洪量达到500万立方公尺以上,
  // 减碳量约30万公吨, 自行车道延伸至120公里; 公分 and 公厘 are centimetres and millimetres)
  "公吨", "公尺", "平方公尺", "立方公尺", "公分", "公厘", "公升",
  // points of a score, only after digits and before a bound (测评指数达到92分以上; see unitAt)
  "分",

  // ASCII units: matched only when no ASCII letter or digit follows (src/numbers.ts)
  "kW", "kWh", "MW", "MWh", "GW", "GWh", "TWh", "kV", "km", "km2", "m2", "m3", "kg", "mg", "g/kW",
  "g/kWh", "mg/L", "GB", "TB", "PB", "EB", "Mbps", "Gbps", "Tbps", "MHz", "GHz", "nm", "TEU",
  // energy written with a middle dot (年放电量60亿kW·h), as written
  "kW·h", "MW·h", "GW·h", "TW·h", "kW・h", "MW・h", "GW・h",
];
/** Compound units "X/Y" (a rate, a concentration, a price): the longest match wins, so
 *  35微克/立方米 is 35 微克/立方米, not 35 微克. Kind: money when the numerator is money. */
const RATE_NUMERATORS: Array<[string, UnitKind]> = [
  ["微克", "measure"], ["毫克", "measure"], ["克", "measure"], ["千克", "measure"], ["公斤", "measure"],
  ["吨", "measure"], ["立方米", "measure"], ["升", "measure"],
  ["度", "measure"], ["千瓦", "measure"], ["人", "count"], ["个", "count"], ["辆", "count"], ["张", "count"],
  ["床", "count"], ["元", "money"], ["美元", "money"], ["斤", "measure"], ["米", "measure"],
  ["公里", "measure"], ["小时", "time"], ["次", "count"], ["平方米", "measure"], ["平方公里", "measure"],
  ["亩", "measure"], ["公顷", "measure"], ["千瓦时", "measure"],
  // robots per ten thousand workers (工业机器人密度达到450台/万人以上)
  ["台", "count"], ["名", "count"],
  // capacity per month or year (晶圆产能达到60万片/月, 年产100万套/年, 封装测试能力10亿颗/年)
  ["片", "count"], ["套", "count"], ["件", "count"], ["颗", "count"], ["块", "count"], ["头", "count"], ["只", "count"],
  // coal per unit of power (供电煤耗降至300克标准煤/千瓦时以下)
  ["克标准煤", "measure"], ["千克标准煤", "measure"], ["吨标准煤", "measure"],
];
const RATE_DENOMINATORS = [
  "立方米", "升", "年", "天", "日", "小时", "秒", "人", "万人", "千人", "百人", "户", "亩", "公顷", "吨",
  "平方米", "平方公里", "千瓦时", "千瓦", "度", "公里", "米", "车", "床", "次", "标准煤", "吨标准煤", "件",
  "个", "月", "周", "辆", "千克", "公斤", "克", "平方千米",
  // a price per visit (门诊次均费用控制在120元/人次以内)
  "人次",
  // a price per 斤, and energy per unit of output (收购均价稳定在2元/斤以上, 能耗降至1.05吨标准煤/万元以下)
  "斤", "万元",
];
const RATES: UnitEntry[] = RATE_NUMERATORS.flatMap(([n, kind]) =>
  RATE_DENOMINATORS.filter((d) => d !== n).map((d) =>
    ({ word: `${n}/${d}`, unit: `${n}/${d}`, kind }),
  ),
);

const TIME: Array<[string, string]> = [
  ["小时", "小时"], ["个小时", "小时"], ["个工作日", "个工作日"], ["工作日", "个工作日"],
  // (Hong Kong counts waits in weeks: 稳定新症轮候时间中位数缩短至40星期以内)
  ["星期", "星期"], ["个星期", "星期"],
  // (Hong Kong writes working days 工作天: 缩短至5个工作天以内)
  ["个工作天", "个工作天"], ["工作天", "个工作天"], ["天", "天"],
  ["个月", "个月"], ["年", "年"], ["日", "日"], ["周", "周"], ["分钟", "分钟"], ["秒", "秒"],
  // a return period, read to its bound (防洪标准达到50年一遇以上)
  ["年一遇", "年"],
  // nights a visitor stays (过夜旅客平均留宿时间延长至2.2晚)
  ["晚", "晚"], ["夜", "夜"],
];
const PLACE = ["省市", "省份", "个省份", "省区市", "个省区市", "个城市", "地市", "市州"];
/** Nouns that open with a place word but count things, not places (2—3个城市更新示范片区: 个 is
 *  the unit). */
const PLACE_COMPOUNDS = [
  "城市更新", "城市群", "城市圈", "城市大脑", "城市社区", "城市书房", "城市副中心", "城市综合体", "城市公园",
  "城市驿站", "城市客厅", "城市会客厅", "城市绿道", "城市家具", "城市展厅", "城市广场", "城市综合", "城市级",
  "城市湿地", "城市绿地", "城市森林", "城市生态", "城市体育", "城市足球", "城市文化", "城市记忆", "城市体检",
  "城市运营", "城市服务", "城市数据", "城市安全",
  // works and services of a city (建设1个城市冷链配送中心)
  "城市冷链", "城市配送", "城市物流", "城市公交", "城市轨道", "城市道路", "城市停车", "城市供水", "城市燃气",
  "城市污水", "城市垃圾", "城市管网", "城市照明", "城市排水", "城市防洪", "城市应急", "城市智慧", "城市候机楼",
  // a city's management and making (建设1个城市管理综合服务中心)
  // (not 城市建设 or 城市环境: 支持10个城市建设海绵城市示范区 counts cities)
  "城市管理", "城市治理", "城市规划", "城市设计", "城市风貌", "城市品牌", "城市形象", "城市交通",
  "城市空间", "城市功能", "城市运行", "城市经济",
];

export const UNITS: readonly UnitEntry[] = [
  ...COUNT.map((w) => ({ word: w, unit: w, kind: "count" as const })),
  ...MONEY.map((w) => ({ word: w, unit: w === "人民币" || w === "块钱" ? "元" : w, kind: "money" as const })),
  ...PERCENT.map(([w, u]) => ({ word: w, unit: u, kind: "percent" as const })),
  ...MEASURE.map((w) => ({ word: w, unit: w, kind: "measure" as const })),
  ...TIME.map(([w, u]) => ({ word: w, unit: u, kind: "time" as const })),
  { word: "岁", unit: "岁", kind: "age" },
  { word: "周岁", unit: "岁", kind: "age" },
  ...PLACE.map((w) => ({ word: w, unit: w.replace(/^个/, ""), kind: "place" as const })),
  ...RATES,
];

// Entries indexed by first character, longest first, so matching is one short list walk.
// Keyed by char code: text[i] on CJK text allocates a string per call, charCodeAt does not.
const byFirst = new Map<number, UnitEntry[]>();
for (const u of UNITS) {
  const list = byFirst.get(u.word.charCodeAt(0)) ?? [];
  list.push(u);
  byFirst.set(u.word.charCodeAt(0), list);
}
for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** What may follow 成 where it counts tenths (三成以上, 两成。). */
const TENTHS_FOLLOWERS = ["以上", "以下", "以内", "左右", "上下", "多", "的", "，", "。", "；", "、"];
const isHanOrFullWidth = (c: number) => c >= 0x2e80;
/** 分 is a score's points only after digits and before a bound (满意度提高到85分以上): elsewhere
 *  it is a numeral's tenths or a word (十分重要, 三分之一, 10时30分, 5分钟 is 分钟). */
const SCORE_BOUNDS = ["以上", "以下", "以内", "左右"];
const isDigitCode = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
function isScorePoints(text: string, pos: number, end: number): boolean {
  if (!SCORE_BOUNDS.some((w) => text.startsWith(w, end))) return false;
  let i = pos - 1;
  // (…or a score in Chinese numerals of two or more characters, 九十分以上; not 十分, very)
  if (!isDigitCode(text.charCodeAt(i))) {
    let k = pos;
    while (k > 0 && "零一二三四五六七八九十百".includes(text[k - 1])) k--;
    return pos - k >= 2;
  }
  while (i > 0 && (isDigitCode(text.charCodeAt(i - 1)) || text[i - 1] === ".")) i--;
  // (the minutes of a clock time: 10时30分)
  return text[i - 1] !== "时" && text[i - 1] !== "点";
}
/** One-character units that are the first character of a word where one of these follows:
 *  then no unit. */
const NOT_UNIT_BEFORE: ReadonlyMap<string, string> = new Map([
  // (起 of 三起来, 起步, 起点: a word, not incidents counted)
  ["起", "来步点草飞航始源码诉义伏床身居色"],
  // (对 between two numbers, 1对1, 一对一, 一对多: one to one, not pairs; nor 对口, 对接, 对标)
  ["对", "0123456789一二两三四五六七八九十多口接标应照话于象外比策"],
  // (队 of 队伍, 队员: a word, not teams counted)
  ["队", "伍员列长友形"],
  // (尾 of 尾矿库, 尾气, 尾款: a word, not fish counted)
  ["尾", "矿气水款菜声盘号"],
  // (种 of 种植, 种养, 种苗, 种子: growing, not kinds; 三七种植 is a herb grown)
  ["种", "植养苗子"],
  // (类 of a drug's or device's class, 1类创新药, 三类医疗器械: a class, not kinds counted)
  ["类", "创新医疫"],
  // (位 of 三位一体, 全方位, 位于: a word, not places counted)
  ["位", "一于置"],
  // (次 of 二次消费, 二次元, 二次开发: a word, not times counted)
  ["次", "消元"],
]);

/** The longest unit starting at `pos` in `text`, or undefined. ASCII units must end at a
 *  non-alphanumeric character (5G is no unit, kWh is not kW + h). */

export function unitAt(text: string, pos: number, limit = text.length): UnitEntry | undefined {
  const list = byFirst.get(text.charCodeAt(pos));
  if (!list) return undefined;
  for (const u of list) {
    const end = pos + u.word.length;
    if (end > limit || !text.startsWith(u.word, pos)) continue;
    if (isAsciiAlnum(u.word.charCodeAt(u.word.length - 1)) && end < limit && isAsciiAlnum(text.charCodeAt(end))) continue;
    if (u.kind === "place" && PLACE_COMPOUNDS.some((w) => text.startsWith(w, end - 2))) continue;
    if (u.word.length === 1 && end < text.length && NOT_UNIT_BEFORE.get(u.word)?.includes(text[end])) continue;
    // (张床 of 500张床位: the sheets of beds counted, 张, and 床位 the thing)
    if (u.word === "张床" && text[end] === "位") continue;
    // (套房 of 2000套房源: the sets counted, 套, and 房源 the thing)
    if (u.word === "套房" && (text[end] === "源" || text[end] === "屋" || text[end] === "产")) continue;
    // (成 of tenths only where the amount ends there, or a bound or 的 follows: 三成以上, 两成。; not
    // 三成员, 一成不变, 五成熟)
    if (u.word === "分" && !isScorePoints(text, pos, end)) continue;
    // (字 and 格 after digits, or 万: 十字路口 and 三格式化粪池 are names)
    if ((u.word === "字" || u.word === "格") && !(isDigitCode(text.charCodeAt(pos - 1)) || text[pos - 1] === "万" || text[pos - 1] === "亿")) continue;
    if (u.word === "成" && end < text.length && isHanOrFullWidth(text.charCodeAt(end)) && !TENTHS_FOLLOWERS.some((w) => text.startsWith(w, end))) continue;
    return u;
  }
  return undefined;
}

/** Currencies a text names beside an amount: before the number, with a bound before them
 *  (突破人民币1万亿元), or after an amount in another unit (1.4万亿元人民币（约合1960亿美元）). */
export const CURRENCY_WORDS: readonly string[] = ["人民币", "新台币", "港币", "港元", "澳门元", "美元", "欧元"];
