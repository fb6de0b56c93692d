// Word tables for the dates extractor (src/extractors/dates.ts). The parser's grammar lives
// there; the vocabulary it recognizes lives here, so adding a cue is a one-line change.
// All entries are in the Simplified, width-folded form that `doc.text` uses.

/** Chinese digits as written in years and dates (二〇二五, 二零二五, 二○二五). */
export const CN_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  "○": 0,
  零: 0,
  O: 0, // 二O二五年: a Latin O (or a folded full-width Ｏ) for 〇
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  仨: 3,
};

/** How a relative word resolves against the reference date: a day (`offset` days from it),
 *  whole years (`span` years from the year `offset` years from it), or `none` where the word
 *  names no definite span (近日, 下一步), so from/to stay null. */
export interface RelativeWord {
  unit: "years" | "day" | "none";
  offset: number;
  /** For `years`: how many years from the offset year. */
  span?: number;
}

/** Words anchored on the time of writing that name a time on their own. Looked up longest
 *  first. Words that may carry a month, a day or a year part after them (今年4月, 去年底,
 *  本月9日) are in RELATIVE_YEAR / RELATIVE_MONTH below, not here. */
export const RELATIVE_WORDS: Readonly<Record<string, RelativeWord>> = {
  // days
  今天: { unit: "day", offset: 0 },
  今日: { unit: "day", offset: 0 },
  本日: { unit: "day", offset: 0 },
  当天: { unit: "day", offset: 0 },
  当日: { unit: "day", offset: 0 },
  昨天: { unit: "day", offset: -1 },
  昨日: { unit: "day", offset: -1 },
  前天: { unit: "day", offset: -2 },
  大前天: { unit: "day", offset: -3 },
  明天: { unit: "day", offset: 1 },
  明日: { unit: "day", offset: 1 },
  后天: { unit: "day", offset: 2 },
  大后天: { unit: "day", offset: 3 },
  大大后天: { unit: "day", offset: 4 },
  现在: { unit: "day", offset: 0 },
  // (即日起: from this day on, as annotators read it, 起 and all; 即日 alone is mostly "at once")
  即日起: { unit: "day", offset: 0 },
  // vague: no definite span
  近日: { unit: "none", offset: 0 },
  日前: { unit: "none", offset: 0 },
  目前: { unit: "none", offset: 0 },
  当前: { unit: "none", offset: 0 },
  当下: { unit: "none", offset: 0 },
  眼下: { unit: "none", offset: 0 },
  如今: { unit: "none", offset: 0 },
  现阶段: { unit: "none", offset: 0 },
  近期: { unit: "none", offset: 0 },
  近年来: { unit: "none", offset: 0 },
  近年: { unit: "none", offset: 0 },
  近些年: { unit: "none", offset: 0 },
  近几年: { unit: "none", offset: 0 },
  近几年来: { unit: "none", offset: 0 },
  今后: { unit: "none", offset: 0 },
  下一步: { unit: "none", offset: 0 },
  下一阶段: { unit: "none", offset: 0 },
  下阶段: { unit: "none", offset: 0 },
  截至目前: { unit: "none", offset: 0 },
  截止目前: { unit: "none", offset: 0 },
  至今: { unit: "none", offset: 0 },
  去年同期: { unit: "none", offset: 0 },
  上年同期: { unit: "none", offset: 0 },
  同期: { unit: "none", offset: 0 },
  // this year and the next: a span of years
  今明两年: { unit: "years", offset: 0, span: 2 },
};

/** Characters after a relative word that make it a page's words, no time: 当前页 (扫一扫在手机打开
 *  当前页), 当前位置 (a breadcrumb). */
export const RELATIVE_NOT_BEFORE: Readonly<Record<string, string>> = {
  当前: "页位栏",
};

/** Characters before a relative word that make it part of another word: 体现在 is no 现在,
 *  以上年度 no 上年, 不同年龄 no 同年, 节日前 no 日前, 相当年轻 no 当年. */
export const RELATIVE_NOT_AFTER: Readonly<Record<string, string>> = {
  现在: "体表实出展发再",
  上年: "以",
  上年同期: "以",
  同年: "不共相",
  本年: "基根资成",
  当年: "相应充",
  日前: "节生作念假周每当次同本该此之期止个几数假",
  今日: "如",
  前天: "提",
  后天: "先",
};

/** Year words that may be followed by a month, a day or a year part (今年4月, 去年底). */
export const RELATIVE_YEAR: Readonly<Record<string, number>> = {
  今年: 0,
  本年: 0,
  本年度: 0,
  这一年: 0,
  当年: 0,
  同年: 0,
  去年: -1,
  上年: -1,
  上一年: -1,
  前年: -2,
  大前年: -3,
  明年: 1,
  次年: 1,
  下一年: 1,
  后年: 2,
};

/** Month words that may be followed by a day or a month part (本月9日, 上月底). */
export const RELATIVE_MONTH: Readonly<Record<string, number>> = {
  本月: 0,
  当月: 0,
  同月: 0,
  这个月: 0,
  上月: -1,
  上个月: -1,
  上一个月: -1,
  下月: 1,
  下个月: 1,
  下一个月: 1,
};

/** Quarter words relative to the writing time. */
export const RELATIVE_QUARTER: Readonly<Record<string, number>> = {
  本季度: 0,
  上季度: -1,
  上个季度: -1,
  上一季度: -1,
  下季度: 1,
  下个季度: 1,
};

/** Parts of a year, as an inclusive month range; `年初`..`年底` follow JioNLP's parse_time
 *  (年初 = Jan–Feb, 年底 = Nov–Dec, 伊始 = January). Keys follow the 年 (or a year word). */
export const YEAR_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  上半年: [1, 6],
  下半年: [7, 12],
  初: [1, 2],
  年初: [1, 2],
  伊始: [1, 1],
  底: [11, 12],
  年底: [11, 12],
  末: [11, 12],
  年末: [11, 12],
  中: [6, 7],
  年中: [6, 7],
  // school holidays, after a year or a year word (今年暑期, 2026年暑假), as JioNLP reads 暑假 and
  // 寒假; never bare (暑期旅游旺季 names no year)
  暑期: [7, 8],
  暑假: [7, 8],
  寒假: [2, 2],
};

/** Parts of a month, as an inclusive day range (31 = the month's last day). */
export const MONTH_PARTS: Readonly<Record<string, readonly [number, number]>> = {
  上旬: [1, 10],
  中旬: [11, 20],
  下旬: [21, 31],
  // two parts together (4月中下旬, 5月上中旬)
  中下旬: [11, 31],
  上中旬: [1, 20],
  初: [1, 5],
  月初: [1, 5],
  底: [25, 31],
  月底: [25, 31],
  末: [25, 31],
  月末: [25, 31],
  中: [11, 20],
  月中: [11, 20],
};

/** Five-year plans by their ordinal: the 3rd ran 1966–1970, every later one five years on. */
export const PLAN_ORDINALS: Readonly<Record<string, number>> = {
  六五: 6,
  七五: 7,
  八五: 8,
  九五: 9,
  十五: 10, // named so only between quotes
  十一五: 11,
  十二五: 12,
  十三五: 13,
  十四五: 14,
  十五五: 15,
  十六五: 16,
};
export function planStartYear(ordinal: number): number {
  return 1966 + 5 * (ordinal - 3);
}

/** What may follow a plan's name and still be part of the span (“十四五”时期). Longest first. */
export const PLAN_SUFFIXES: readonly string[] = ["时期", "期间", "期末", "期初", "末期", "末", "初", "期"];

/** Prefixes that make the time after them a deadline (到2022年); the span starts at them. */
export const DEADLINE_PREFIXES: readonly string[] = ["截止到", "截止至", "截至", "截止", "直到", "直至", "到", "至"];

/** Last characters of change verbs (提高到, 增加到, 下降到, 扩大到): 到 after them, with a year
 *  followed by 的 (提高到2024年的76.1%), names the value in that year, not a deadline. */
export const CHANGE_BEFORE_DAO: ReadonlySet<string> = new Set(["高", "加", "长", "升", "大", "少", "低", "降", "增", "展", "复"]);

/** A 到 after one of these is the verb's complement (受到, 得到), not "by": 受到2020年疫情影响. */
export const NOT_DEADLINE_BEFORE_DAO: ReadonlySet<string> = new Set([
  "受",
  "得",
  "遇",
  "看",
  "想",
  "提",
  "收",
  "找",
  "听",
  "见",
  "做",
  "感",
  "达",
  "回",
  "等",
  "涉",
  "考",
  "延",
  "推",
  "迟",
]);

/** Suffixes that make the time before them a deadline (2030年前, 2022年底前). */
export const DEADLINE_SUFFIXES: readonly string[] = ["或以前", "或之前", "以前", "之前", "前"];

/** Suffixes that open the time before them towards the present (2024年以来, 5月1日起). */
export const SINCE_SUFFIXES: readonly string[] = ["以来", "起"];

/** Range separators between two times (2020-2022年, 2020至2022年, 4月到6月). Longest first. */
export const RANGE_SEPARATORS: readonly string[] = ["——", "--", "—", "–", "-", "~", "〜", "～", "至", "到"];

/** Units of a relative amount of time (三年内, 未来两个月). */
export type DurationUnit = "year" | "month" | "day";
/** Longest first: each unit word, the calendar unit it counts and how many of them. */
export const DURATION_UNITS: readonly (readonly [string, DurationUnit, number])[] = [
  ["个季度", "month", 3],
  ["个星期", "day", 7],
  ["个月", "month", 1],
  ["季度", "month", 3],
  ["星期", "day", 7],
  ["年", "year", 1],
  ["月", "month", 1],
  ["天", "day", 1],
  ["日", "day", 1],
  ["周", "day", 7],
];

/** Words before an amount of time that anchor it on the time of writing. */
export const AMOUNT_PREFIXES: readonly string[] = ["未来", "今后", "最近", "过去", "近"];

/** Words after an amount of time that anchor it on the time of writing (三年内, 3年后). */
export const AMOUNT_SUFFIXES: readonly string[] = [
  "以内",
  "之内",
  "内",
  "以前",
  "之前",
  "前",
  "以后",
  "之后",
  "后",
  "以来",
  "来",
];

/** Words after N日 that make it a length of time a measure counts over, not a day of the month
 *  (交通事故30日死亡人数, 7日滚动平均): no date. */
export const DURATION_AFTER_DAY: readonly string[] = ["死亡", "内死亡", "存活", "滚动"];

/** Words before N日 that make it a length of time, not a day of the month (办理时限不超过15日,
 *  开办时间压缩至5日, 连续3日): no date. Not 延长至 or 推迟至, which name the day a time runs to. */
export const DURATION_BEFORE_DAY: readonly string[] = [
  "不得超过",
  "不超过",
  "超过",
  "压缩至",
  "压缩到",
  "缩短至",
  "缩短到",
  "缩减至",
  "减少至",
  "控制在",
  "最长",
  "最多",
  "不少于",
  "至少",
  "为期",
  "期限为",
  "时限为",
  "连续",
  "满",
  "提前",
];

/** Festivals that name a day of the year (春节前完成…, 国庆节前建成…): a fixed day of the
 *  Gregorian calendar, or one of the lunar calendar (or 清明, a solar term) looked up by name in
 *  dist/data/festivals.json, which scripts/build-festivals.mjs writes from lunar-javascript.
 *  `alone`: the word names the festival by itself; otherwise (五一, 国庆, 中秋 …: also a street,
 *  a name, a word) only before one of FESTIVAL_AFTER. */
export interface Festival {
  day: readonly [number, number] | string;
  alone: boolean;
}
export const FESTIVALS: Readonly<Record<string, Festival>> = {
  元旦: { day: [1, 1], alone: true },
  除夕: { day: "除夕", alone: true },
  春节: { day: "春节", alone: true },
  元宵节: { day: "元宵节", alone: true },
  元宵: { day: "元宵节", alone: false },
  清明节: { day: "清明节", alone: true },
  清明: { day: "清明节", alone: false },
  五一劳动节: { day: [5, 1], alone: true },
  劳动节: { day: [5, 1], alone: true },
  五一节: { day: [5, 1], alone: true },
  五一: { day: [5, 1], alone: false },
  端午节: { day: "端午节", alone: true },
  端午: { day: "端午节", alone: false },
  建党节: { day: [7, 1], alone: true },
  七一: { day: [7, 1], alone: false },
  建军节: { day: [8, 1], alone: true },
  八一: { day: [8, 1], alone: false },
  中秋节: { day: "中秋节", alone: true },
  中秋: { day: "中秋节", alone: false },
  国庆节: { day: [10, 1], alone: true },
  国庆: { day: [10, 1], alone: false },
  重阳节: { day: "重阳节", alone: true },
  重阳: { day: "重阳节", alone: false },
};
/** After a festival word that is not one by itself: what makes it the festival (五一前, 国庆期间). */
export const FESTIVAL_AFTER: readonly string[] = ["前", "期间", "后", "假期", "长假", "小长假", "当天", "之前", "以前", "节", "黄金周", "前后"];
/** After a festival's name, what makes it a show or a season instead (春节联欢晚会, 春节档). */
export const NOT_FESTIVAL_AFTER: readonly string[] = ["联欢晚会", "晚会", "档", "文艺", "特别节目"];
/** After a festival word that is not one by itself, words that make it a name's end instead
 *  (王国庆前往, 张国庆后来). */
export const NOT_FESTIVAL_WORDS: readonly string[] = ["前往", "前来", "前去", "前进", "前者", "前列", "后来", "后续", "后者", "后期", "后勤"];
/** What may stand before such a word: a year, a time word, a joining word or a mark. */
export const FESTIVAL_BEFORE = "年在于至到和与及今明去前后自从每、";

/** The first characters of words ending in 目 (项目, 节目, 题目…): 项目前期 holds no 目前. */
export const WORDS_ENDING_IN_MU = "项节题数科栏书条账名剧曲篇纲细盲瞩注醒夺满触面眉耳";

/** The Republic of China's era, as Taiwan dates by it (民国115年 = 2026): year 1 is 1912. */
export const ROC_ERA = "民国";
export const ROC_ERA_LONG = "中华民国";
export const ROC_YEAR_OFFSET = 1911;
/** Bare era years (115年, 118年底前) are read only in a text from Taiwan, and only these: the
 *  era's years this century (100 = 2011) and the next few decades. */
export const ROC_BARE_YEARS: readonly [number, number] = [100, 150];
/** A bare number of three digits that may be such a year (115年): see ROC_BARE_YEARS. */
export function isBareRocYear(value: number, digits: number): boolean {
  return digits === 3 && value >= ROC_BARE_YEARS[0] && value <= ROC_BARE_YEARS[1];
}
/** After N年, what makes it N years rather than an era year (百年一遇, 100年来, 115年的历史). */
export const NOT_ROC_YEAR_AFTER: readonly string[] = ["一遇", "来", "之久", "历史", "的历史", "老", "大计", "华诞", "校庆", "纪念", "以上", "左右", "有余"];
/** Before N年, words that make it an amount of years (近100年, 长达100年, 为期100年, 第100年,
 *  使用年限120年, 创校110年): a text from Taiwan writes years of age and spans so too. */
export const NOT_ROC_YEAR_BEFORE: readonly string[] = [
  "近", "逾", "长达", "为期", "历时", "第", "超过", "约", "已有", "满", "年限", "寿命", "创校", "建校", "建厂", "成立", "周年",
];
