// Qualifiers that bound an amount (shared/spec/facts.md, targets → Qualifiers). Kept as written
// in `qualifier`; `bound` says what they do to min/max:
//   min    — min = n, max = null (以上 includes n, as in Chinese legal usage)
//   max    — min = null, max = n
//   approx — min = max = n, approx = true

export type Bound = "min" | "max" | "approx";

/** Written right before the number: 超过15万家, 不少于100亿元, 约5个. */
export const PREFIX_QUALIFIERS: ReadonlyArray<readonly [string, Bound]> = [
  ["不少于", "min"], ["不低于", "min"], ["不小于", "min"], ["至少", "min"], ["最少", "min"], ["最低", "min"],
  ["超过", "min"], ["多于", "min"], ["高于", "min"], ["大于", "min"], ["突破", "min"], ["逾", "min"], ["超", "min"],
  // 突破 shortened, in headlines (产业规模破300亿元)
  ["破", "min"],
  ["不超过", "max"], ["不高于", "max"], ["不多于", "max"], ["不大于", "max"], ["低于", "max"], ["少于", "max"],
  // a rule's words (不得超过15天, 不得低于最低工资标准): the bound they set, a rule rather than a goal
  ["不得超过", "max"], ["不得高于", "max"], ["不得多于", "max"], ["不得低于", "min"], ["不得少于", "min"],
  ["小于", "max"], ["不足", "max"], ["不到", "max"], ["最高", "max"], ["最多", "max"], ["控制在", "max"],
  ["大约", "approx"], ["约", "approx"], ["接近", "approx"], ["将近", "approx"], ["近", "approx"],
  // 约 with the verb of being (森林覆盖率约为45%); not 约占, which mostly says what a place weighs
  // (经济总量约占全国的46%), no goal
  ["约为", "approx"], ["大约为", "approx"],
  // signs, as tables and some prose write bounds (PM2.5浓度<35微克/立方米, 优良天数比例≥85%)
  ["≥", "min"], ["≤", "max"], [">", "min"], ["<", "max"], ["＞", "min"], ["＜", "max"],
];

/** Bounds that may stand before the base of a share, its 的 and the share (不低于新招聘人数的60%,
 *  研发投入超过地区生产总值的3%): longest first. Not 不足 or 不到, which also describe things (不足部分). */
export const BASE_BOUNDS: readonly string[] = ["不低于", "不少于", "不小于", "不超过", "不高于", "不多于", "不大于", "至少", "超过", "高于", "低于", "不得超过", "不得低于", "不得高于"];

/** Lower bounds that may stand before the verb instead of the number: 至少建成1所 (= 建成至少1所). */
export const BEFORE_VERB_QUALIFIERS: readonly string[] = ["至少", "最少"];

/** Prefixes that are verbs of holding as much as bounds (控制在): a suffix qualifier after the
 *  amount decides instead (控制在5.5%左右 ≈ 5.5; 控制在5%以内 ≤ 5); alone they bound the maximum. */
export const SUFFIX_DECIDES_PREFIXES: readonly string[] = ["控制在", "保持在", "稳定在"];

/** Written after the unit (or, for 多/余, between the number and the unit: 600多家, 20余个). */
export const SUFFIX_QUALIFIERS: ReadonlyArray<readonly [string, Bound]> = [
  ["及以上", "min"], ["以上", "min"], ["多", "min"], ["余", "min"],
  ["及以下", "max"], ["以下", "max"], ["以内", "max"], ["之内", "max"],
  // (as Hong Kong and Macao write them: 满意度达到85%或以上)
  ["或以上", "min"], ["或以下", "max"],
  ["左右", "approx"], ["上下", "approx"],
];

/** Prefixes that make a bare 百/千/万/亿 a number: 近万家 (≈10000), 上百家 (≥100), 逾万人. */
export const BARE_MULTIPLIER_PREFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ["上", "min"], ["逾", "min"], ["超", "min"], ["近", "approx"], ["约", "approx"], ["过", "min"],
];

/** Between a unit and a suffix qualifier, skipped: 1000万元(含)以上. */
export const INCLUSIVE_MARKS = ["(含)", "(含本数)"];

/** Range connectors between two numbers: 3至5个, 2-3个, 2—3个, 3到5个, 3~5个. */
export const RANGE_CONNECTORS = ["至", "到", "-", "—", "–", "~", "〜", "——", "－", "--"];

/** Words ending in a one-character prefix qualifier, which is then no qualifier: 新签约100个项目
 *  (not 约100个), 节约用水, 最近3年 (the last three years, not about three). */
export const NOT_QUALIFIER_WORDS: readonly string[] = [
  "签约", "节约", "制约", "履约", "合约", "预约", "集约", "公约", "违约", "特约", "解约", "相约", "践约",
  "最近", "附近", "靠近", "邻近", "临近", "亲近", "就近",
  "赶超", "高超",
];

/** Bounds written as a goal sets them (不高于31微克/立方米), not as a size is described (约, 超过,
 *  突破, 逾: a report's words as much as a plan's). */
export const GOAL_PREFIX_BOUNDS: readonly string[] = ["不少于", "不低于", "不超过", "不高于", "控制在", "至少"];
export const GOAL_SUFFIX_BOUNDS: readonly string[] = ["以上", "及以上", "以内", "以下", "及以下"];

