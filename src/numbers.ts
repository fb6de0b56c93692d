// The number layer: numbers, ranges, qualifiers and units in Chinese text, on their own.
//
//   parseNumber("1,100万")        → 11000000
//   parseNumber("三万五千")        → 35000
//   scanNumber(text, pos)          → the number that starts at pos (value bounds, end)
//   findQuantities(text, from, to) → every number-with-unit in [from, to): min/max/approx,
//                                    qualifier, unit, and the offsets of each part
//
// Everything is a single left-to-right pass with bounded look-ahead and look-behind: no regular
// expressions, no backtracking, so a 1 MB run of digits or 100,000 × 至 costs linear time.
//
// Numerals understood:
//   Arabic, with thousands separators and decimals: 1,100  1.5  27688.5 (full-width digits are
//     already folded to ASCII in doc.text)
//   Chinese: 十 两千 三万五千 一千二百万 一百零五 二〇二五 三点五; financial 壹贰叁…拾佰仟;
//     abbreviated 三万五 (35000), 两千五 (2500), 一百五 (150)
//   Mixed: 3万 1.5亿 1.5万亿 3千万 (万/亿/千/百 fold into the value; 3千瓦 stays 3 千瓦)
//   Percent and permille written out: 百分之三十 → 30 %, 千分之四 → 4 ‰
//
// Approximate numerals become ranges (approx = true, qualifier = the approximating word):
//   | written            | min .. max          |
//   |--------------------|---------------------|
//   | 十几               | 11 .. 19            |
//   | 二十几             | 21 .. 29            |
//   | 几十, 数十         | 20 .. 90            |
//   | 数百, 几百         | 200 .. 900          |
//   | 数千, 数万, 数十万 | 2000..9000, 20000..90000, 200000..900000 |
//   | 几个, 数个         | 2 .. 9              |
//   | 三四个, 三五个     | 3 .. 4, 3 .. 5      |
//   | 两三万             | 20000 .. 30000      |
//   | 二十多, 20多, 十余 | min 20 / 20 / 10, max null (多, 余 are min qualifiers, spec) |
//   | 100多万            | min 1000000         |
//   | 上百, 上千, 上万   | min 100 / 1000 / 10000 |
//   | 近万               | ≈ 10000 (approx)    |
//   | 十来, 二十来, 百来 | ≈ 10, 20, 100 (approx, qualifier 来) |
//
// Values beyond Number.MAX_SAFE_INTEGER are the nearest double (decimal string → Number, which
// rounds correctly); the exact digits stay in the reported `text`. A number too large for a
// double (Infinity) is no quantity.
import { CURRENCY_WORDS, unitAt, type UnitKind } from "./data/units.js";
import { isAsciiLetter, isHanCode } from "./chars.js";
import {
  BARE_MULTIPLIER_PREFIXES,
  BASE_BOUNDS,
  INCLUSIVE_MARKS,
  NOT_QUALIFIER_WORDS,
  PREFIX_QUALIFIERS,
  RANGE_CONNECTORS,
  SUFFIX_QUALIFIERS,
  SUFFIX_DECIDES_PREFIXES,
  type Bound,
} from "./data/target-qualifiers.js";

const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, "○": 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4, 五: 5, 伍: 5,
  六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** Financial numerals: alone they are word parts (登陆, 入伍, 收拾, 放肆), never amounts. */
const FINANCIAL = new Set(["壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾", "佰", "仟"]);
const CN_SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const CN_BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** Decimal exponent of each multiplier that may follow an Arabic number. */
const MULTIPLIER_EXP: Record<string, number> = { 十: 1, 百: 2, 千: 3, 万: 4, 亿: 8 };

const isDigit = (c: number) => c >= 48 && c <= 57;
// One typed-array read per character: these run on every character of every text, where a
// lookup by string key cost a measurable share of a batch.
const CN_DIGIT_CODE = new Uint8Array(65536);
for (const k of Object.keys(CN_DIGITS)) CN_DIGIT_CODE[k.charCodeAt(0)] = 1;
const CN_UNIT_CODE = new Uint8Array(65536);
for (const k of [...Object.keys(CN_SMALL_UNITS), ...Object.keys(CN_BIG_UNITS)]) CN_UNIT_CODE[k.charCodeAt(0)] = 1;
const isCnDigit = (ch: string | undefined) => ch !== undefined && ch.length === 1 && CN_DIGIT_CODE[ch.charCodeAt(0)] === 1;
const isCnUnit = (ch: string | undefined) => ch !== undefined && ch.length === 1 && CN_UNIT_CODE[ch.charCodeAt(0)] === 1;
/** A character of a Chinese numeral: a digit (一, 两, 〇) or a place (十, 百, 万, 亿). */
export const isChineseNumeralChar = (ch: string | undefined) => isCnDigit(ch) || isCnUnit(ch);

/** A number as scanned: `lo`..`hi` (equal for an exact number). */
export interface NumberToken {
  start: number;
  end: number;
  lo: number;
  hi: number;
  /** From an approximate numeral (十几, 数十, 三四). */
  approx: boolean;
  /** The approximating or bounding word inside the number: 几, 数, 多, 余, or null. */
  approxWord: string | null;
  /** 多/余 written inside the number (二十多, 100多万): a min bound. */
  more: string | null;
  chinese: boolean;
  /** The numeral is a lone 一 (一个, 一批), which is mostly not a count in running text. */
  loneOne: boolean;
  /** Decimal exponent of the 万/亿/千/百 that followed an Arabic number (3万 → 4), else 0. */
  multiplierExp: number;
}

/** Does a unit (千瓦, 百分点 …) start here, so that 千/百 is no multiplier? */
/** Whether money is named at `pos` (元, 新台币元…), as after a 兆 that is a number. */
function moneyAfterTrillion(text: string, pos: number, limit: number): boolean {
  if (text[pos] === "元") return true;
  return CURRENCY_WORDS.some((w) => pos + w.length <= limit && text.startsWith(w, pos));
}

function unitStartsWithMultiplier(text: string, pos: number, limit: number): boolean {
  const u = unitAt(text, pos, limit);
  return u !== undefined && u.word.length > 1;
}

/** The number that starts exactly at `pos`, or null. Never reads past `limit`. */
export function scanNumber(text: string, pos: number, limit = text.length): NumberToken | null {
  if (pos < 0 || pos >= limit) return null;
  const c = text.charCodeAt(pos);
  if (isDigit(c)) return scanArabic(text, pos, limit);
  return scanChinese(text, pos, limit);
}

/** A blank that pages put between groups of three digits: space, no-break, thin, narrow no-break. */
const isGroupBlank = (c: number) => c === 32 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2006;

/** After a blank-grouped number's group at `p`: text (a unit, a multiplier, a word, or a blank
 *  and then a unit: 1 500 公里), or a further group; not a blank and another number or the end,
 *  as in a row of numbers. At most MAX_BLANK_GROUPS groups are looked through: a line of
 *  thousands of them costs no more than a glance at each. */
function groupEndsInText(text: string, p: number, limit: number): boolean {
  for (let groups = 0; groups < MAX_BLANK_GROUPS && p < limit; groups++) {
    const c = text.charCodeAt(p);
    if (!isGroupBlank(c)) return c > 0x2e80 || c === 37 /* % */ || c === 46 /* . */ || isAsciiLetter(c);
    const d = text.charCodeAt(p + 1);
    // (a blank then the unit ends the number only after one group, 1 500 公里: after more it is
    // more likely a row of values, 分别为 286 290 300 万吨)
    if (!isDigit(d)) return groups === 0 && p + 1 < limit && (d > 0x2e80 || d === 37);
    if (!(p + 3 < limit && isDigit(text.charCodeAt(p + 2)) && isDigit(text.charCodeAt(p + 3))) || (p + 4 < limit && isDigit(text.charCodeAt(p + 4)))) return false;
    p += 4;
  }
  return false;
}
const MAX_BLANK_GROUPS = 5;

function scanArabic(text: string, pos: number, limit: number): NumberToken | null {
  // A digit glued to letters or to a preceding number is part of a code (V2.2, A1), not a number.
  if (pos > 0) {
    const p = text.charCodeAt(pos - 1);
    if (isDigit(p) || isAsciiLetter(p) || p === 46 /* . */) return null;
  }
  let j = pos;
  while (j < limit && isDigit(text.charCodeAt(j))) j++;
  let intDigits = text.slice(pos, j);
  // Thousands separators: a comma followed by exactly three digits (1,100万; 27,688.5); or a
  // blank as pages group digits (1 500公里, 25 000个, thin or no-break spaces too), where the
  // last group runs straight into text, not into another number or blank (a row of a table,
  // 12 345 678, stays three numbers only where it ends in a blank)
  if (j - pos <= 3) {
    // (not from inside a row of numbers parted by blanks: 394 of …393 394 395万千瓦)
    const inRow = pos >= 2 && isGroupBlank(text.charCodeAt(pos - 1)) && isDigit(text.charCodeAt(pos - 2));
    for (;;) {
      const sep = text.charCodeAt(j);
      if (
        !(j + 3 < limit) ||
        !(sep === 44 || isGroupBlank(sep)) ||
        !isDigit(text.charCodeAt(j + 1)) ||
        !isDigit(text.charCodeAt(j + 2)) ||
        !isDigit(text.charCodeAt(j + 3)) ||
        (j + 4 < limit && isDigit(text.charCodeAt(j + 4)))
      )
        break;
      if (isGroupBlank(sep) && (inRow || !groupEndsInText(text, j + 4, limit))) break;
      intDigits += text.slice(j + 1, j + 4);
      j += 4;
    }
  }
  let fracDigits = "";
  if (j + 1 < limit && text.charCodeAt(j) === 46 && isDigit(text.charCodeAt(j + 1))) {
    const f = j + 1;
    j = f;
    while (j < limit && isDigit(text.charCodeAt(j))) j++;
    fracDigits = text.slice(f, j);
  }
  // (a stray blank before the multiplier, 5 亿件 as copied from some pages, is read through)
  // (only where a unit follows the multiplier: 1 万宁市 is a row number and a place)
  const blankThenMultiplier = text.charCodeAt(j) === 32 && j + 2 < limit && (text[j + 1] === "万" || text[j + 1] === "亿") && unitAt(text, j + 2, limit) !== undefined;
  const multiplied = blankThenMultiplier ? scanMultipliers(text, j + 1, limit) : null;
  const { end: mEnd, more, exp } = multiplied && multiplied.exp > 0 ? multiplied : scanMultipliers(text, j, limit);
  let value = Number(`${intDigits}${fracDigits}e${exp - fracDigits.length}`);
  if (!Number.isFinite(value)) return null;
  // compounds of smaller places after a multiplier: 5万4千6百, 3万4000, 1千零1
  let end = mEnd;
  for (let place = exp; !more && place > 0 && end < limit; ) {
    const zero = text[end] === "零";
    const k = zero ? end + 1 : end;
    if (!isDigit(text.charCodeAt(k))) break;
    let d = k;
    while (d < limit && isDigit(text.charCodeAt(d))) d++;
    let digits = text.slice(k, d);
    // (the tail grouped by a comma, as Taiwan writes it: 2万6,000户, 1亿2,000万人次)
    while (
      text.charCodeAt(d) === 44 /* , */ && d + 3 < limit && isDigit(text.charCodeAt(d + 1)) && isDigit(text.charCodeAt(d + 2)) &&
      isDigit(text.charCodeAt(d + 3)) && !(d + 4 < limit && isDigit(text.charCodeAt(d + 4)))
    ) {
      digits += text.slice(d + 1, d + 4);
      d += 4;
    }
    const m = text[d];
    const subExp = m === "万" ? 4 : m === "千" ? 3 : m === "百" ? 2 : m === "十" ? 1 : 0;
    if (subExp > 0 && unitStartsWithMultiplier(text, d, limit)) break;
    const part = Number(`${digits}e${subExp}`);
    // a bare tail must fill the places exactly (3万4000), unless 零 says places are skipped
    if (subExp === 0 && !zero && digits.length !== place) break;
    if (subExp >= place || part >= 10 ** place || text.charCodeAt(d) === 46 /* . */) break;
    value += part;
    place = subExp;
    end = subExp > 0 ? d + 1 : d;
  }
  return {
    start: pos, end, lo: value, hi: value, approx: false, approxWord: more, more,
    chinese: false, loneOne: false, multiplierExp: exp,
  };
}

/** After an Arabic number: an optional 多/余 (100多万) and 十/百/千 then 万/亿 multipliers. */
function scanMultipliers(text: string, j: number, limit: number): { end: number; more: string | null; exp: number } {
  let more: string | null = null;
  let exp = 0;
  const ch = text[j];
  if ((ch === "多" || ch === "余") && j + 1 < limit) {
    const next = text[j + 1];
    if (MULTIPLIER_EXP[next] !== undefined && !unitStartsWithMultiplier(text, j + 1, limit)) {
      more = ch;
      j++;
    }
  }
  if ("十百千".includes(text[j] ?? "x") && j < limit && !unitStartsWithMultiplier(text, j, limit)) {
    exp += MULTIPLIER_EXP[text[j]];
    j++;
  }
  while (j < limit && (text[j] === "万" || text[j] === "亿") && !unitStartsWithMultiplier(text, j, limit)) {
    exp += MULTIPLIER_EXP[text[j]];
    j++;
  }
  // (兆 is 10¹² in Taiwan's money, 1.2兆元, 3兆新台币; elsewhere it opens units, 兆瓦, 兆帕)
  if (exp === 0 && text[j] === "兆" && moneyAfterTrillion(text, j + 1, limit)) {
    exp = 12;
    j++;
  }
  if (!more && (text[j] === "多" || text[j] === "余") && j + 1 < limit && unitAt(text, j + 1, limit)) {
    more = text[j];
    j++;
  }
  return { end: j, more, exp };
}

const MAX_CN_TOKENS = 40;

const isFractionDigit = (ch: string | undefined) => isCnDigit(ch) && ch !== "两" && ch !== "俩";

type CnToken = { kind: "d"; lo: number; hi: number; zero: boolean } | { kind: "u"; value: number };

/** A prefix qualifier (突破, 超, 近 …) or 达到/达 ends at `at`. */
function boundEndsAt(text: string, at: number): boolean {
  for (let len = 1; len <= PREFIX_MAX_LEN && len <= at; len++) if (prefixBound.has(text.slice(at - len, at))) return true;
  return text.startsWith("达到", at - 2) || text.charCodeAt(at - 1) === 0x8fbe /* 达 */;
}

/** 万, 亿 (one or more) from `at`, then a unit. */
function bigUnitsThenUnit(text: string, at: number, limit: number): boolean {
  let k = at;
  while (k < limit && CN_BIG_UNITS[text[k]] !== undefined) k++;
  return k > at && unitAt(text, k, limit) !== undefined;
}

/** After 数, what makes it the word for digital (数位经济, 数位化), not "several". */
const DIGITAL_AFTER_SHU = /^位(?:及|与|和|、|课程|企业|产品|经济|化|转型|金融|科技|内容|产业|平台|货币|技术|时代|资产|服务|医疗|教育|文化|政府|治理|孪生|人才|发展|创新|应用|建设|能力|素养|贸易|基础|网路|网络|学习|设备|工具|行销|营销|部|发|[A-Za-z]|台湾|韧性|身份|落差|认证|签章|包容|足迹|双生)/;

/** Characters before 数 that make a word of it (基数, 人数, 总数, 次数, 指数, 系数, 户数, 半数…). */
const WORDS_ENDING_IN_SHU = "基人总次指分系参户件个倍多半无岁位读函整奇偶级变定常实虚台架辆班床";
/** …of which these are measure words too: after 每 they count (每人数百元, 每户数千元). */
const MEASURES_BEFORE_SHU = "人户件个次位台架辆班床";

function scanChinese(text: string, pos: number, limit: number): NumberToken | null {
  const first = text[pos];
  // 数/几 open an approximate numeral only before a multiplier or unit (数十, 几个); 数据 is no number.
  const approxLead = first === "数" || first === "几";
  // 百/千 stand for 一百/一千 before 万 or 亿 and a unit, right after a bound (突破百亿元,
  // 破千亿元, 超百万人次); not in words (百姓, 千万不要) nor in names (千亿斤粮食产能提升行动,
  // 百万千瓦级…项目)
  const bareHundred = (first === "百" || first === "千") && bigUnitsThenUnit(text, pos + 1, limit) && boundEndsAt(text, pos);
  if (!approxLead && !bareHundred && !isCnDigit(first) && first !== "十" && first !== "拾") return null;
  // (數位 is Taiwan's word for digital: 數位經濟, 數位轉型; 数码 and 数字 are no numbers either)
  if (first === "数" && DIGITAL_AFTER_SHU.test(text.slice(pos + 1, pos + 6))) return null;
  // (nor is the 数 that ends a word: 基数部分, 人数, 总数, 指数)
  if (first === "数" && pos > 0 && WORDS_ENDING_IN_SHU.includes(text[pos - 1]) && !(MEASURES_BEFORE_SHU.includes(text[pos - 1]) && text[pos - 2] === "每")) return null;
  if (pos > 0) {
    const p = text[pos - 1];
    if (isCnDigit(p) || isCnUnit(p) || p === "几") return null;
  }
  const tokens: CnToken[] = bareHundred ? [{ kind: "d", lo: 1, hi: 1, zero: false }] : [];
  let j = pos;
  let approxWord: string | null = null;
  let digitsOnly = true;
  let fraction = "";
  while (j < limit) {
    const ch = text[j];
    // No numeral has more than a few dozen characters: a longer run is no number, read to its
    // end without building tokens so it costs one pass.
    if (tokens.length > MAX_CN_TOKENS) {
      while (j < limit && (isCnDigit(text[j]) || isCnUnit(text[j]))) j++;
      return null;
    }
    if (isCnDigit(ch)) {
      const v = CN_DIGITS[ch];
      tokens.push({ kind: "d", lo: v, hi: v, zero: v === 0 });
    } else if ((ch === "数" || ch === "几") && j === pos) {
      tokens.push({ kind: "d", lo: 2, hi: 9, zero: false });
      approxWord = ch;
    } else if (ch === "几" && tokens.length > 0 && (tokens[tokens.length - 1].kind === "u" || (tokens[tokens.length - 1] as { zero?: boolean }).zero)) {
      tokens.push({ kind: "d", lo: 1, hi: 9, zero: false });
      approxWord = ch;
    } else if (CN_SMALL_UNITS[ch] !== undefined && !unitStartsWithMultiplier(text, j, limit) && !text.startsWith("百分", j)) {
      tokens.push({ kind: "u", value: CN_SMALL_UNITS[ch] });
      digitsOnly = false;
    } else if (CN_BIG_UNITS[ch] !== undefined && tokens.length > 0) {
      tokens.push({ kind: "u", value: CN_BIG_UNITS[ch] });
      digitsOnly = false;
    } else if (ch === "点" && tokens.length > 0 && isFractionDigit(text[j + 1]) && !fraction) {
      // 三点五, 两千万点五五: the fraction digits (两 is no decimal digit: 一点两小时), then 万/亿
      let k = j + 1;
      while (k < limit && isFractionDigit(text[k])) fraction += String(CN_DIGITS[text[k]]), k++;
      j = k;
      break;
    } else break;
    j++;
  }
  // an approximating lead with nothing after it (数据, 几乎) is no number
  if (approxLead && tokens.length < 2 && !unitAt(text, j, limit)) return null;
  if (tokens.length === 0) return null;
  // trailing big units after a fraction: 三点五亿
  let fracExp = 0;
  if (fraction) {
    while (j < limit && CN_BIG_UNITS[text[j]] !== undefined) fracExp += text[j] === "万" ? 4 : 8, j++;
  }
  // Two adjacent non-zero digits one or two apart (三四个, 三五个, 两三万) are a range, unless
  // they are a positional run of three or more (二〇二五).
  mergeAdjacentPairs(tokens, digitsOnly);
  let approx = approxWord !== null;
  if (tokens.some((t) => t.kind === "d" && t.lo !== t.hi) && !approxWord) approx = true;
  let lo = evaluateCn(tokens, false);
  let hi = evaluateCn(tokens, true);
  if (fraction) {
    const intPart = lo;
    const v = Number(`${intPart}.${fraction}e${fracExp}`);
    lo = hi = v;
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  let more: string | null = null;
  // 二十多, 十余 (and 十多万): 多/余 then optional 万/亿, before a unit or multiplier
  if ((text[j] === "多" || text[j] === "余") && j + 1 <= limit) {
    let k = j + 1;
    let e = 0;
    while (k < limit && CN_BIG_UNITS[text[k]] !== undefined) e += text[k] === "万" ? 4 : 8, k++;
    if (e > 0 || (k < limit && unitAt(text, k, limit))) {
      more = text[j];
      lo = Number(`${lo}e${e}`);
      hi = Number(`${hi}e${e}`);
      j = k;
    }
  }
  // 十来家, 二十来个, 百来人: about so many (the 来 after a round ten, hundred or thousand)
  if (!more && text[j] === "来" && tokens.length > 0 && tokens[tokens.length - 1].kind === "u" && j + 1 < limit && unitAt(text, j + 1, limit)) {
    approxWord = "来";
    approx = true;
    j++;
  }
  if (j - pos === 1 && FINANCIAL.has(first)) return null;
  const loneOne = j - pos === 1 && (first === "一" || first === "壹");
  // the trailing 万/亿 (三十万 → 4, 九千亿 → 8), which a range's bare first number may share
  let trailingExp = 0;
  for (let k = tokens.length - 1; k >= 0 && !fraction; k--) {
    const t = tokens[k];
    if (t.kind !== "u" || t.value < 1e4) break;
    trailingExp += t.value === 1e4 ? 4 : 8;
  }
  return {
    start: pos, end: j, lo, hi, approx, approxWord: approxWord ?? more, more, chinese: true, loneOne,
    multiplierExp: trailingExp,
  };
}

function mergeAdjacentPairs(tokens: CnToken[], digitsOnly: boolean): void {
  if (digitsOnly && tokens.length !== 2) return;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.kind !== "d" || b.kind !== "d" || a.zero || b.zero || a.lo !== a.hi || b.lo !== b.hi) continue;
    const d = b.lo - a.lo;
    if (d !== 1 && d !== 2) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 2];
    if (before && before.kind === "d") continue;
    if (after && after.kind === "d") continue;
    tokens.splice(i, 2, { kind: "d", lo: a.lo, hi: b.lo, zero: false });
  }
}

/** The classic section algorithm, with abbreviated tails (三万五 = 35000). `high` picks the
 *  upper value of approximate digit slots. */
function evaluateCn(tokens: CnToken[], high: boolean): number {
  let total = 0; // 亿 and above
  let wan = 0; // 万 section
  let sec = 0; // below 万
  let cur = 0;
  let curSet = false;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  let digitsSinceUnit = 0;
  let lastWasWan = false;
  for (const t of tokens) {
    if (t.kind === "d") {
      lastWasWan = false;
      const v = high ? t.hi : t.lo;
      cur = curSet ? cur * 10 + v : v;
      curSet = true;
      digitsSinceUnit++;
      if (t.zero) zeroSinceUnit = true;
      continue;
    }
    const u = t.value;
    if (u < 1e4) {
      // 一百零十万: after 零 the unit counts once (零十 = 10)
      sec += (curSet && cur !== 0 ? cur : 1) * u;
    } else if (u === 1e4 && lastWasWan) {
      wan *= 1e4; // 四万万 = 4亿
    } else if (u === 1e4) {
      wan += (sec + cur || (curSet ? 0 : 1)) * 1e4;
      sec = 0;
    } else {
      total = (total + wan + sec + cur || (curSet ? 0 : 1)) * 1e8;
      wan = 0;
      sec = 0;
    }
    lastWasWan = u === 1e4;
    cur = 0;
    curSet = false;
    lastUnit = u;
    zeroSinceUnit = false;
    digitsSinceUnit = 0;
  }
  // 三万五, 两千五, 一百五: one digit right after a unit of 百 or more is the next place down
  if (curSet && lastUnit >= 100 && !zeroSinceUnit && digitsSinceUnit === 1) cur *= lastUnit / 10;
  return total + wan + sec + cur;
}

/** Parses a whole string as one number (exact, not approximate); null when it is not one. */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  const n = scanNumber(t, 0, t.length);
  if (!n || n.end !== t.length || n.lo !== n.hi || n.more) return null;
  return n.lo;
}

// ---- quantities ------------------------------------------------------------------------

export interface Quantity {
  /** The whole amount: prefix qualifier … suffix qualifier. */
  start: number;
  end: number;
  /** The number(s): first number start .. last number end (a range spans both). */
  numStart: number;
  numEnd: number;
  unitStart: number;
  unitEnd: number;
  min: number | null;
  max: number | null;
  approx: boolean;
  qualifier: string | null;
  prefix: string | null;
  suffix: string | null;
  unit: string;
  kind: UnitKind;
  /** The number as written is a range (3至5个). */
  range: boolean;
  chinese: boolean;
  /** A lone 一 (一个, 一批): mostly an article, not a count. */
  loneOne: boolean;
}

const prefixBound = new Map<string, Bound>(PREFIX_QUALIFIERS.map(([w, b]) => [w, b]));
const PREFIX_MAX_LEN = Math.max(...PREFIX_QUALIFIERS.map(([w]) => w.length));
const bareBound = new Map<string, Bound>(BARE_MULTIPLIER_PREFIXES.map(([w, b]) => [w, b]));
const notQualifierWords = new Set(NOT_QUALIFIER_WORDS);
// 多/余 after the unit (10个多元化…) is too often another word; they count only inside the number.
const SUFFIXES = SUFFIX_QUALIFIERS.filter(([w]) => w !== "多" && w !== "余");
const CONNECTORS = [...RANGE_CONNECTORS].sort((a, b) => b.length - a.length);

/** The period after 每 that may stand between a bound and its number (超过每日45万吨). */
const RATE_PERIODS = new Set(["日", "天", "年", "月", "周"].map((c) => c.charCodeAt(0)));

function qualifierBefore(text: string, pos: number, from: number): string | null {
  for (let len = Math.min(PREFIX_MAX_LEN, pos - from); len >= 1; len--) {
    const w = text.slice(pos - len, pos);
    if (prefixBound.has(w)) return len === 1 && pos - 2 >= from && notQualifierWords.has(text.slice(pos - 2, pos)) ? null : w;
  }
  return null;
}

// A bound whose share is of a base named between them (不低于新招聘人数的60%, 不超过总投资的30%):
// the bounds of BASE_BOUNDS, a base of Han characters (or Latin letters) with no 的 or 占 of its own, and a share in
// % (not 个百分点, a margin).
const BASE_MAX = 12;

/** The bound and where it starts, where a share's base stands between them (see BASE_BOUNDS). */
function boundBeforeBase(text: string, pos: number, from: number): { word: string; start: number } | null {
  if (pos - 1 <= from || text.charCodeAt(pos - 1) !== 0x7684 /* 的 */) return null;
  let p = pos - 1;
  while (p > from && pos - 1 - p < BASE_MAX) {
    const c = text.charCodeAt(p - 1);
    // (a base may be written in Latin letters: 约占GDP的35%)
    const latin = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if ((!isHanCode(c) && !latin) || c === 0x7684 /* 的 */ || c === 0x5360 /* 占 */) return null;
    p--;
    for (const w of BASE_BOUNDS) {
      if (p - w.length >= from && pos - 1 - p >= 2 && text.startsWith(w, p - w.length)) {
        // (not where the bound is what a rule applies to: 对超过基数部分的20%)
        return text[p - w.length - 1] === "对" ? null : { word: w, start: p - w.length };
      }
    }
  }
  return null;
}

/** Bounds read after a stray blank (以上, 以下, 以内, 左右): the plain words only. */
const BLANK_SPLIT_SUFFIXES = ["以上", "以下", "以内", "左右"];

function suffixAt(text: string, pos: number, limit: number): { word: string; end: number } | null {
  let p = pos;
  // (past the same amount in another unit, in brackets: 1400亿斤（700亿公斤）以上)
  if (text.charCodeAt(p) === 40 /* ( */) {
    const close = equivalentClose(text, p, limit);
    if (close > p) p = close + 1;
    // (…or another unit the things are also counted in: 3万套（间）以上)
    else {
      const alt = unitAt(text, p + 1, limit);
      if (alt !== undefined && alt.word.length <= 2 && text.charCodeAt(p + 1 + alt.word.length) === 41 /* ) */) p += alt.word.length + 2;
    }
  }
  for (const m of INCLUSIVE_MARKS) if (text.startsWith(m, p) && p + m.length <= limit) { p += m.length; break; }
  for (const [w] of SUFFIXES) if (p + w.length <= limit && text.startsWith(w, p)) return { word: w, end: p + w.length };
  // (a stray blank before the bound, as pages leave one: 恢复至400亿元 以上; not one that parts
  // a headline's phrases, which no bound opens)
  if (p === pos && text.charCodeAt(p) === 32 && text.charCodeAt(p - 1) !== 32) {
    for (const w of BLANK_SPLIT_SUFFIXES) if (p + 1 + w.length <= limit && text.startsWith(w, p + 1)) return { word: w, end: p + 1 + w.length };
  }
  return null;
}

/** The `)` closing a bracket at `open` that holds nothing but an amount in another unit
 *  (（700亿公斤）, (约1.2万吨)); else -1. */
export function equivalentClose(text: string, open: number, limit: number): number {
  const end = Math.min(limit, open + EQUIVALENT_MAX);
  let close = -1;
  for (let p = open + 1; p < end; p++) {
    if (text.charCodeAt(p) === 41 /* ) */) {
      close = p;
      break;
    }
  }
  if (close < 0) return -1;
  let p = open + 1;
  // (约合人民币2150亿元, 折合约…)
  const lead = EQUIVALENT_LEAD.exec(text.slice(p, close));
  if (lead) p += lead[0].length;
  const n = scanNumber(text, p, close);
  if (!n || n.start !== p) return -1;
  let k = n.end;
  while (k < close && MULTIPLIER_EXP[text[k]] !== undefined) k++;
  const u = unitAt(text, k, close);
  return u && k + u.word.length === close ? close : -1;
}
const EQUIVALENT_MAX = 20;
const EQUIVALENT_LEAD = /^(?:约合|折合|合计|合|约)?(?:约)?(?:人民币|美元|港币|港元|新台币|澳门元|欧元)?/;

function connectorAt(text: string, pos: number, limit: number): string | null {
  for (const c of CONNECTORS) if (pos + c.length <= limit && text.startsWith(c, pos)) return c;
  return null;
}

/** 近万家, 上百家, 逾万人: a bare multiplier after an approximating prefix. */
function bareMultiplierAt(text: string, pos: number, limit: number, from: number): NumberToken | null {
  const ch = text[pos];
  if (pos <= from || MULTIPLIER_EXP[ch] === undefined || ch === "十") return null;
  const bounded = bareBound.has(text[pos - 1]) && !(pos - 2 >= from && notQualifierWords.has(text.slice(pos - 2, pos)));
  // (or one a bound after its unit makes a count: 新增台资项目百个以上; only after a Han character,
  // so that no numeral before it is read apart)
  if (!bounded && (!isHanCode(text.charCodeAt(pos - 1)) || isCnDigit(text[pos - 1]) || MULTIPLIER_EXP[text[pos - 1]] !== undefined)) return null;
  let j = pos;
  let exp = 0;
  while (j < limit && MULTIPLIER_EXP[text[j]] !== undefined && !unitStartsWithMultiplier(text, j, limit)) exp += MULTIPLIER_EXP[text[j]], j++;
  if (exp === 0) return null;
  if (!bounded) {
    const u = unitAt(text, j, limit);
    // (not a size class before a noun, 打造千亩以上高产示范方, 年出栏万头以上规模猪场)
    if (!u || !text.startsWith("以上", j + u.word.length) || isHanCode(text.charCodeAt(j + u.word.length + 2))) return null;
  }
  const v = Number(`1e${exp}`);
  return { start: pos, end: j, lo: v, hi: v, approx: false, approxWord: null, more: null, chinese: true, loneOne: false, multiplierExp: exp };
}

const scaleBy = (v: number, exp: number) => (exp ? Number(`${v}e${exp}`) : v);

/** The quantity whose number starts at `pos`, or null; `next` is where scanning resumes. */
export function quantityAt(text: string, pos: number, limit = text.length, from = 0): { q: Quantity | null; next: number } {
  // 百分之三十 → 30 %; 百分之百 → 100 %; 千分之四 → 4 ‰
  const perUnit = text.startsWith("百分之", pos) ? "%" : text.startsWith("千分之", pos) ? "‰" : null;
  if (perUnit !== null && pos + 3 < limit) {
    const n: NumberToken | null =
      scanNumber(text, pos + 3, limit) ??
      (perUnit === "%" && text[pos + 3] === "百" && !isCnDigit(text[pos + 4])
        ? { start: pos + 3, end: pos + 4, lo: 100, hi: 100, approx: false, approxWord: null, more: null, chinese: true, loneOne: false, multiplierExp: 0 }
        : null);
    if (n) {
      const q = build(text, pos, from, limit, n, null, { word: perUnit, unit: perUnit, kind: "percent" }, pos, n.end, n.end);
      return { q, next: q.end };
    }
    return { q: null, next: pos + 3 };
  }
  let n1 = scanNumber(text, pos, limit);
  let bare = false;
  if (!n1) {
    n1 = bareMultiplierAt(text, pos, limit, from);
    bare = n1 !== null;
  }
  if (!n1) return { q: null, next: pos + 1 };
  if (text[pos - 1] === "第") return { q: null, next: n1.end }; // ordinal
  // a lone 零 is a word part far more often than a number (零部件, 零售, 零碳)
  if (n1.chinese && n1.end - n1.start === 1 && n1.lo === 0) return { q: null, next: n1.end };
  // a number inside a fixed term (九年一贯制学校, 十二年一贯制) counts nothing
  if (text.startsWith("年一贯", n1.end)) return { q: null, next: n1.end };
  // …and a phase of a project (二期工程, 一期项目): in Chinese numerals 期 is far more often the
  // phase than a count of sessions (培训不少于30期)
  if (n1.chinese && text[n1.end] === "期") return { q: null, next: n1.end + 1 };
  // …and a graduating year (2025届毕业生)
  if (!n1.chinese && text[n1.end] === "届" && n1.end - n1.start === 4 && n1.lo >= 1900 && n1.lo <= 2099) return { q: null, next: n1.end + 1 };
  // a shift system (三班倒, 两班制) counts no runs of a line
  if (text[n1.end] === "班" && (n1.chinese || "倒制子组长级车".includes(text[n1.end + 1] ?? "x"))) return { q: null, next: n1.end + 1 };
  const u1 = unitAt(text, n1.end, limit);
  const afterFirst = n1.end + (u1 ? u1.word.length : 0);
  const conn = connectorAt(text, afterFirst, limit);
  if (conn && !bare) {
    const n2 = scanNumber(text, afterFirst + conn.length, limit) ?? null;
    if (n2 && n2.start === afterFirst + conn.length) {
      let u2 = unitAt(text, n2.end, limit);
      let u2At = n2.end;
      // (a stray blank before the unit, as pages leave one: 10—12 个)
      if (!u2 && !n2.chinese && isGroupBlank(text.charCodeAt(n2.end)) && n2.end + 1 < limit && text.charCodeAt(n2.end + 1) > 0x2e80) {
        const spaced = unitAt(text, n2.end + 1, limit);
        if (spaced && spaced.unit !== "年") {
          u2 = spaced;
          u2At = n2.end + 1;
        }
      }
      // a range runs upwards (2至0年 is none)
      if (u2 && (!u1 || u1.unit === u2.unit) && n2.hi >= n1.lo) {
        // 2-3万元, 十八至三十万: the first number takes the second's multiplier when it has none
        // of its own and the range still runs upwards (从8500到3万 keeps 8500)
        let lift = !n1.multiplierExp && n2.multiplierExp && !u1 ? n2.multiplierExp : 0;
        if (lift && scaleBy(n1.lo, lift) > n2.hi) lift = 0;
        const a = { ...n1, lo: scaleBy(n1.lo, lift), hi: scaleBy(n1.hi, lift) };
        const q = build(text, pos, from, limit, a, n2, u2, u2At, u2At + u2.word.length, n2.end);
        return { q, next: q.end };
      }
    }
  }
  if (!u1) {
    // a unit in Latin letters after one blank (100 EFLOPS, 50 GW), as English writes it
    if (text.charCodeAt(n1.end) === 32 && isAsciiLetter(text.charCodeAt(n1.end + 1))) {
      const spaced = unitAt(text, n1.end + 1, limit);
      if (spaced && isAsciiLetter(spaced.word.charCodeAt(0)) && spaced.word.length >= 2) {
        const q = build(text, pos, from, limit, n1, null, spaced, n1.end + 1, n1.end + 1 + spaced.word.length, n1.end);
        return { q, next: q.end };
      }
    }
    // (…or a unit in Han characters after a stray blank, as pages leave one: 不少于15&nbsp;家; not
    // a year's 年, 2026 年)
    if (!n1.chinese && isGroupBlank(text.charCodeAt(n1.end)) && n1.end + 1 < limit && text.charCodeAt(n1.end + 1) > 0x2e80) {
      const spaced = unitAt(text, n1.end + 1, limit);
      if (spaced && !(spaced.unit === "年" && n1.end - n1.start === 4)) {
        const q = build(text, pos, from, limit, n1, null, spaced, n1.end + 1, n1.end + 1 + spaced.word.length, n1.end);
        return { q, next: q.end };
      }
    }
    return { q: null, next: n1.end };
  }
  const q = build(text, pos, from, limit, n1, null, u1, n1.end, afterFirst, n1.end);
  return { q, next: q.end };
}


function build(
  text: string,
  pos: number,
  from: number,
  limit: number,
  n1: NumberToken,
  n2: NumberToken | null,
  unit: { word: string; unit: string; kind: UnitKind },
  unitStart: number,
  unitEnd: number,
  numEnd: number,
): Quantity {
  // a bare multiplier carries its prefix (近万) as the qualifier
  const bareWord =
    n1.chinese && MULTIPLIER_EXP[text[n1.start]] !== undefined && text[n1.start] !== "十" && bareBound.has(text[n1.start - 1])
      ? text[n1.start - 1]
      : null;
  let direct = bareWord ?? qualifierBefore(text, pos, from);
  // (a stray blank between the bound and the number, as pages leave one: 突破 400万户)
  let gap = 0;
  if (direct === null && pos - 1 > from && isGroupBlank(text.charCodeAt(pos - 1)) && isHanCode(text.charCodeAt(pos - 2))) {
    direct = qualifierBefore(text, pos - 1, from);
    if (direct !== null) gap = 1;
  }
  // (…or the rate's period, written before the number: 供水能力将超过每日45万吨)
  if (direct === null && pos - 2 > from && text.charCodeAt(pos - 2) === 0x6bcf /* 每 */ && RATE_PERIODS.has(text.charCodeAt(pos - 1))) {
    direct = qualifierBefore(text, pos - 2, from);
    if (direct !== null) gap = 2;
  }
  // (…or the currency's name, written before the number: 产值突破人民币1万亿元, 突破新台币1万亿元)
  if (direct === null && unit.kind === "money") {
    const currency = CURRENCY_WORDS.find((w) => pos - w.length > from && text.startsWith(w, pos - w.length));
    if (currency) {
      direct = qualifierBefore(text, pos - currency.length, from);
      if (direct !== null) gap = currency.length;
    }
  }
  const based = direct === null && unit.unit === "%" ? boundBeforeBase(text, pos, from) : null;
  const prefix = direct ?? based?.word ?? null;
  // (Hong Kong's and Macao's flats, counted in 个 and named 单位 before the bound: 3.6万个单位以上)
  const sfx = suffixAt(text, unitEnd, limit) ?? (unit.unit === "个" && text.startsWith("单位", unitEnd) ? suffixAt(text, unitEnd + 2, limit) : null);
  let min: number | null = n1.lo;
  let max: number | null = n2 ? n2.hi : n1.hi;
  let approx = n1.approx || (n2?.approx ?? false);
  const apply = (b: Bound | undefined) => {
    if (b === "min") max = null;
    else if (b === "max") {
      if (min !== null && max === null) max = min;
      min = null;
    } else if (b === "approx") approx = true;
  };
  // (a verb of holding before a range holds it within both ends: 控制在40万—45万千升)
  const holdsRange = prefix !== null && n2 !== null && !sfx && SUFFIX_DECIDES_PREFIXES.includes(prefix);
  if (prefix && !holdsRange && !(sfx && SUFFIX_DECIDES_PREFIXES.includes(prefix))) apply(bareWord ? bareBound.get(bareWord) : prefixBound.get(prefix));
  if (n1.more || n2?.more) apply("min");
  if (sfx) apply(SUFFIX_QUALIFIERS.find(([w]) => w === sfx.word)?.[1]);
  const inner = n1.more ?? n2?.more ?? (n1.approx || n2?.approx ? (n1.approxWord ?? n2?.approxWord ?? null) : null);
  const parts = [holdsRange ? null : prefix, inner, sfx?.word].filter((x): x is string => !!x);
  const qualifier = parts.length === 0 ? null : parts.length === 1 ? parts[0] : parts.join("…");
  return {
    start: based ? based.start : prefix && !bareWord ? pos - gap - prefix.length : bareWord ? pos - 1 : pos,
    end: sfx ? sfx.end : unitEnd,
    numStart: n1.start,
    numEnd,
    unitStart,
    unitEnd,
    min,
    max,
    approx,
    qualifier,
    prefix,
    suffix: sfx?.word ?? null,
    unit: unit.unit,
    kind: unit.kind,
    range: n2 !== null || n1.lo !== n1.hi,
    chinese: n1.chinese,
    loneOne: n1.loneOne && !n2,
  };
}

// Char codes that can open a number, as a table: the scan tests every character of the text.
const QUICK_START = new Uint8Array(65536);
for (const ch of [...Object.keys(CN_DIGITS), "十", "拾", "数", "几", "百", "千", "万", "亿"]) QUICK_START[ch.charCodeAt(0)] = 1;

/** Runs `read` at every position of text[from, to) that can open a number, left to right,
 *  skipping past what each read consumed; `read` returns the item found (or null) and where
 *  the scan goes on. */
function scanNumbers<T>(text: string, from: number, to: number, read: (i: number, end: number) => { item: T | null; next: number }): T[] {
  const out: T[] = [];
  const end = Math.min(to, text.length);
  let i = Math.max(0, from);
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isDigit(c) && QUICK_START[c] === 0) {
      i++;
      continue;
    }
    const { item, next } = read(i, end);
    if (item) out.push(item);
    i = Math.max(next, i + 1);
  }
  return out;
}

/** Every quantity (number + unit) in text[from, to), left to right, non-overlapping. */
export function findQuantities(text: string, from = 0, to = text.length): Quantity[] {
  const found = scanNumbers(text, from, to, (i, end) => {
    const { q, next } = quantityAt(text, i, end, from);
    return { item: q, next };
  });
  // (bare numbers that 分别 shares out before the last one's unit take that unit: 分别控制在38、39和
  // 40微克/立方米以内 is 38, 39 and 40 微克/立方米)
  let out: Quantity[] | undefined;
  for (let k = 0; k < found.length; k++) {
    const q = found[k];
    const listed = q.range ? [] : bareNumbersSharedOut(text, q, k > 0 ? found[k - 1].end : 0, from);
    if (listed.length) out ??= found.slice(0, k);
    if (out) out.push(...listed, q);
  }
  return out ?? found;
}

// How far before an amount a list of bare numbers under 分别 is looked for.
const SHARED_OUT_REACH = 48;
const LIST_OF_BARE_NUMBERS = /分别[\u4e00-\u9fff]{0,16}?((?:[0-9]+(?:\.[0-9]+)?[万亿]?[、和及与])+)$/;

/** The bare numbers listed under 分别 right before `q` (after the amount before it, `floor`, and
 *  at or after `from`), each as an amount of `q`'s unit and multiplier (300和500万千瓦). */
function bareNumbersSharedOut(text: string, q: Quantity, floor: number, from: number): Quantity[] {
  if (q.prefix !== null || q.numStart <= floor) return [];
  // (only a list that ends its clause: 110和220千伏变电站, 5万、10万吨级泊位 are size classes)
  if (isHanCode(text.charCodeAt(q.end))) return [];
  const before = text.slice(Math.max(floor, q.numStart - SHARED_OUT_REACH), q.numStart);
  const m = LIST_OF_BARE_NUMBERS.exec(before);
  if (!m) return [];
  const listStart = q.numStart - m[1].length;
  if (listStart < from) return [];
  const last = scanNumber(text, q.numStart, q.numEnd);
  const lift = last?.multiplierExp ?? 0;
  // (the last one's multiplier only for a number of its size: 300和500万千瓦, not 9500和1.2万人)
  const base = last ? last.lo / Math.pow(10, lift) : 0;
  const out: Quantity[] = [];
  for (let i = listStart; i < q.numStart; ) {
    const n = scanNumber(text, i, q.numStart);
    if (!n || n.start !== i || n.lo !== n.hi) return [];
    const comparable = base > 0 && n.lo <= base * 10 && n.lo * 10 >= base;
    const scaled = n.multiplierExp || !lift || !comparable ? n : { ...n, lo: scaleBy(n.lo, lift), hi: scaleBy(n.hi, lift) };
    out.push(build(text, i, Math.max(from, floor), n.end, scaled, null, { word: "", unit: q.unit, kind: q.kind }, n.end, n.end, n.end));
    i = n.end + 1;
  }
  return out;
}

/** Every number in text[from, to), unit or not, left to right (the conformance suite's view of
 *  the number layer; extractors use findQuantities). A lone financial numeral is a word part. */
export function findNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  return scanNumbers(text, from, to, (i, end) => {
    const n = scanNumber(text, i, end);
    return { item: n, next: n ? n.end : i + 1 };
  });
}
