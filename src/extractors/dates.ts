// Dates: every time expression of `doc.text`, normalized to an inclusive day interval
// (shared/spec/facts.md, "dates"). One left-to-right scan; at each position that can start a
// time expression (a digit, a Chinese numeral, a quote, or the first character of a cue word)
// a small hand-written parser reads ahead a bounded distance, so the whole scan is linear:
// digit runs are read once and skipped, and no regex can backtrack.
//
// Parsing and resolving are separate steps. Parsing yields `Item`s that know how to resolve
// themselves given a context year/month; `extractDates` then chooses each year-less item's
// year as the spec says (nearest full date before it, else the first one later in its sentence,
// else the reference date's year, else null).
import { Doc } from "../normalize.js";
import type { DateFact, DateType } from "../types.js";
import { CodeFilter, isAsciiLetter, isHanCode } from "../chars.js";
import { tableFestivalDay } from "../festivals.js";
import { mapPacked } from "../arrays.js";
import { ITEM_NUMBER_BEFORE_TIME_AT_START } from "../data/list-markers.js";
import { LEVEL_VERBS } from "../data/target-verbs.js";
import {
  AMOUNT_PREFIXES,
  AMOUNT_SUFFIXES,
  DURATION_BEFORE_DAY,
  DURATION_AFTER_DAY,
  CN_DIGIT,
  DEADLINE_PREFIXES,
  DEADLINE_SUFFIXES,
  DURATION_UNITS,
  type DurationUnit,
  FESTIVAL_AFTER,
  FESTIVAL_BEFORE,
  FESTIVALS,
  NOT_FESTIVAL_AFTER,
  NOT_FESTIVAL_WORDS,
  MONTH_PARTS,
  type RelativeWord,
  NOT_DEADLINE_BEFORE_DAO,
  CHANGE_BEFORE_DAO,
  PLAN_ORDINALS,
  PLAN_SUFFIXES,
  planStartYear,
  RANGE_SEPARATORS,
  RELATIVE_MONTH,
  RELATIVE_QUARTER,
  RELATIVE_NOT_AFTER,
  RELATIVE_NOT_BEFORE,
  RELATIVE_WORDS,
  RELATIVE_YEAR,
  SINCE_SUFFIXES,
  YEAR_PARTS,
  WORDS_ENDING_IN_MU,
  ROC_ERA,
  ROC_ERA_LONG,
  ROC_YEAR_OFFSET,
  isBareRocYear,
  NOT_ROC_YEAR_AFTER,
  NOT_ROC_YEAR_BEFORE,
} from "../data/date-words.js";

// ---------------------------------------------------------------------------------------------
// Calendar helpers (proleptic Gregorian, UTC, no time of day)

type Ymd = readonly [number, number, number];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}
function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}
function pad(n: number, w: number): string {
  const s = String(n);
  return s.length >= w ? s : "0".repeat(w - s.length) + s;
}
function fmt(d: Ymd | null): string | null {
  return d ? `${pad(d[0], 4)}-${pad(d[1], 2)}-${pad(d[2], 2)}` : null;
}
function addDays(d: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(d[0], d[1] - 1, d[2]));
  t.setUTCDate(t.getUTCDate() + n);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}
/** Calendar months later (negative: earlier), the day clamped to the target month. */
function addMonths(d: Ymd, n: number): Ymd {
  const total = d[0] * 12 + (d[1] - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return [y, m, Math.min(d[2], daysInMonth(y, m))];
}
function parseYmd(s: string | null): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = +m[1],
    mo = +m[2],
    d = +m[3];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return [y, mo, d];
}

// ---------------------------------------------------------------------------------------------
// Character classes and number readers. All take (text, position) and return an end position,
// never a substring copy.

// Chinese digit values by UTF-16 code (-1: not a digit); a typed array, as this is the
// hottest lookup of the scan.
const CN_DIGIT_BY_CODE: Int8Array = (() => {
  const a = new Int8Array(65536).fill(-1);
  for (const [ch, v] of Object.entries(CN_DIGIT)) a[ch.charCodeAt(0)] = v;
  return a;
})();
/** The value of a Chinese digit character, or undefined. */
function cnDigit(ch: string | undefined): number | undefined {
  if (ch === undefined) return undefined;
  const v = CN_DIGIT_BY_CODE[ch.charCodeAt(0)];
  return v < 0 ? undefined : v;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
const CN_NUMERAL_CHARS = "〇○零一二三四五六七八九十两";
const IS_CN_NUMERAL: Uint8Array = codeTable(CN_NUMERAL_CHARS);
function isCnNumeral(ch: string | undefined): boolean {
  return ch !== undefined && IS_CN_NUMERAL[ch.charCodeAt(0)] === 1;
}
/** A membership table over UTF-16 codes, for the hot loops. */
function codeTable(chars: Iterable<string>): Uint8Array {
  const a = new Uint8Array(65536);
  for (const ch of chars) a[ch.charCodeAt(0)] = 1;
  return a;
}
function isHan(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x3400 && c <= 0x9fff;
}

interface Num {
  value: number;
  end: number;
  /** Characters read (for Arabic runs, the whole run even past 9 digits). */
  len: number;
  arabic: boolean;
  /** Chinese digits written one by one (二〇二五), as years are. */
  digitwise: boolean;
}

/** An Arabic digit run, read to its end (so the scan can skip it); value NaN past 9 digits. */
function readArabic(t: string, i: number): Num | null {
  let j = i;
  let v = 0;
  while (j < t.length && isAsciiDigit(t.charCodeAt(j))) {
    if (j - i < 9) v = v * 10 + (t.charCodeAt(j) - 48);
    j++;
  }
  if (j === i) return null;
  return { value: j - i <= 9 ? v : NaN, end: j, len: j - i, arabic: true, digitwise: true };
}

/** Chinese digits one by one (二〇二五, 九零, 零七); at most 5 read. */
function readCnDigits(t: string, i: number): Num | null {
  let j = i;
  let v = 0;
  while (j < t.length && j - i < 5) {
    const ch = t[j];
    if (ch === "两" || ch === "仨") break;
    const d = cnDigit(ch);
    if (d === undefined) break;
    v = v * 10 + d;
    j++;
  }
  if (j === i) return null;
  return { value: v, end: j, len: j - i, arabic: false, digitwise: true };
}

/** A small Chinese number, 0..99: 三, 两, 十, 十二, 二十, 三十一. */
function readCnSmall(t: string, i: number): Num | null {
  const a = t[i];
  if (a === "十") {
    const b = cnDigit(t[i + 1]);
    if (b !== undefined && b > 0 && t[i + 1] !== "两")
      return { value: 10 + b, end: i + 2, len: 2, arabic: false, digitwise: false };
    return { value: 10, end: i + 1, len: 1, arabic: false, digitwise: false };
  }
  const d = cnDigit(a);
  if (d === undefined) return null;
  if (t[i + 1] === "十" && d > 0) {
    const c = cnDigit(t[i + 2]);
    if (c !== undefined && c > 0 && t[i + 2] !== "两")
      return { value: d * 10 + c, end: i + 3, len: 3, arabic: false, digitwise: false };
    return { value: d * 10, end: i + 2, len: 2, arabic: false, digitwise: false };
  }
  return { value: d, end: i + 1, len: 1, arabic: false, digitwise: false };
}

/** A small number in either script (months, days, counts). */
function readSmall(t: string, i: number): Num | null {
  const c = t.charCodeAt(i);
  if (isAsciiDigit(c)) {
    const n = readArabic(t, i);
    return n && n.len <= 3 ? n : null;
  }
  return readCnSmall(t, i);
}

/** `word` stands at i (no copy). */
function at(t: string, i: number, word: string): boolean {
  return t.startsWith(word, i);
}
/** The first of `words` (longest first) standing at i, or null. */
function oneOf(t: string, i: number, words: readonly string[]): string | null {
  for (const w of words) if (t.startsWith(w, i)) return w;
  return null;
}
/** A table's keys indexed by first character, longest first: a lookup at a position costs a
 *  bit test (most positions start no key), then a map probe and a few startsWith, and copies
 *  nothing. */
class KeyIndex {
  private readonly byFirst = new Map<number, string[]>();
  private readonly firsts = new CodeFilter();
  constructor(keys: readonly string[]) {
    for (const k of keys) {
      const c = k.charCodeAt(0);
      (this.byFirst.get(c) ?? this.byFirst.set(c, []).get(c)!).push(k);
      this.firsts.add(c);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }
  /** The keys starting with the unit at `t[i]`, longest first. */
  at(t: string, i: number): readonly string[] | undefined {
    const c = t.charCodeAt(i);
    if (!this.firsts.mayHave(c)) return undefined;
    return this.byFirst.get(c);
  }
}
function indexKeys(table: Readonly<Record<string, unknown>>): KeyIndex {
  return new KeyIndex(Object.keys(table));
}
/** Longest key of an indexed table standing at i, or null; a key that the character before
 *  it makes part of another word (RELATIVE_NOT_AFTER: 体现在) does not stand there. */
function longestKey(t: string, i: number, index: KeyIndex): string | null {
  const list = index.at(t, i);
  if (!list) return null;
  for (const k of list) {
    if (!t.startsWith(k, i)) continue;
    const deny = RELATIVE_NOT_AFTER_MAP.get(k);
    if (deny && i > 0 && deny.includes(t[i - 1])) return null;
    const denyAfter = RELATIVE_NOT_BEFORE_MAP.get(k);
    if (denyAfter && denyAfter.includes(t[i + k.length] ?? "\0")) return null;
    return k;
  }
  return null;
}
const RELATIVE_NOT_AFTER_MAP: ReadonlyMap<string, string> = new Map(Object.entries(RELATIVE_NOT_AFTER));
const RELATIVE_NOT_BEFORE_MAP: ReadonlyMap<string, string> = new Map(Object.entries(RELATIVE_NOT_BEFORE));
const RELATIVE_WORDS_KEYS = indexKeys(RELATIVE_WORDS);
const RELATIVE_YEAR_KEYS = indexKeys(RELATIVE_YEAR);
const RELATIVE_MONTH_KEYS = indexKeys(RELATIVE_MONTH);
const RELATIVE_QUARTER_KEYS = indexKeys(RELATIVE_QUARTER);
const PLAN_KEYS = indexKeys(PLAN_ORDINALS);
const YEAR_PART_KEYS = indexKeys(YEAR_PARTS);
// 4月中国… : a month's 中 is too ambiguous without 旬, so 中 / 月中 are not read after a month
const MONTH_PART_KEYS = indexKeys(
  Object.fromEntries(Object.entries(MONTH_PARTS).filter(([k]) => k !== "中" && k !== "月中")),
);

// ---------------------------------------------------------------------------------------------
// Points: one calendar position, possibly year-less or anchored on the time of writing.

interface Point {
  start: number;
  end: number;
  year: number | null;
  /** Offset from the reference year (今年 0, 去年 -1); the point is relative. */
  yearRel: number | null;
  month: number | null;
  /** Offset from the reference month (本月 0, 上月 -1). */
  monthRel: number | null;
  /** Offset in days from the reference date (今天 0, 昨天 -1): a whole day on its own. */
  dayRel: number | null;
  day: number | null;
  /** A part of the year as a month range (上半年, 三季度, 年底), when no month is given. */
  months: readonly [number, number] | null;
  /** A part of the month as a day range (上旬, 月底; 31 = last day), when no day is given. */
  days: readonly [number, number] | null;
  /** A quarter relative to the reference date's (本季度 0, 上季度 -1), and its 初/末. */
  quarterRel: number | null;
  quarterPart: "初" | "末" | null;
  /** Years added after the year is found: 1 for the right side of 12月至1月 (the next January). */
  yearShift: number;
  /** The first unit written: a bare number on the left of a range takes it (2020-2022年). */
  top: "year" | "month" | "day";
  /** A festival naming the day (春节, 国庆节): its entry in FESTIVALS. */
  festival: string | null;
}

function emptyPoint(start: number): Point {
  return {
    start,
    end: start,
    year: null,
    yearRel: null,
    month: null,
    monthRel: null,
    dayRel: null,
    day: null,
    quarterRel: null,
    quarterPart: null,
    yearShift: 0,
    months: null,
    days: null,
    top: "year",
    festival: null,
  };
}

function isRelativePoint(p: Point): boolean {
  return p.yearRel !== null || p.monthRel !== null || p.dayRel !== null || p.quarterRel !== null;
}

/** Which forms a parse may accept. `loose` is for a string that is known to be a time
 *  expression (parseDateExpression): bare 4-digit years, 20240307, 09-01, two-digit years. */
interface Mode {
  loose: boolean;
  refYear: number | null;
  /** Bare years of the Republic of China's era (115年) are read: a text from Taiwan
   *  (Doc.fromTaiwan). A year that names the era (民国115年) is read in any text. */
  roc: boolean;
}

/** A year of the Republic of China's era at i: 民国115年 (the era named: any year of it, in
 *  figures or numerals, 民国元年 too), or in a text that dates by it (mode.roc) a bare 115年. */
/** 来 of coming to a place after a year (来台, 来华, 来闽). */
const COMING_TO = /^来[台华闽港澳]/;
function readRocYear(t: string, i: number, mode: Mode): { year: number; end: number } | null {
  // (中华民国 is read from its 民国, and its start moved back by the scan: 中 opens too many words
  // to start a time at every one)
  const era = t.startsWith(ROC_ERA, i) ? ROC_ERA : undefined;
  const at = era ? i + era.length : i;
  if (era && t[at] === "元" && t[at + 1] === "年") return { year: 1 + ROC_YEAR_OFFSET, end: at + 2 };
  const c = t.charCodeAt(at);
  let n: Num | null;
  if (isAsciiDigit(c)) n = readArabic(t, at);
  else if (era) n = readCnSmallOrHundreds(t, at);
  else return null;
  if (!n || t[n.end] !== "年") return null;
  if (era) return n.value >= 1 && n.value <= 200 ? { year: n.value + ROC_YEAR_OFFSET, end: n.end + 1 } : null;
  if (!mode.roc || !isBareRocYear(n.value, n.len)) return null;
  if (NOT_ROC_YEAR_BEFORE.some((w) => t.startsWith(w, i - w.length))) return null;
  // (来 of 来台, 来华 is coming, not a span: 114年来台旅客约886万人次)
  if (NOT_ROC_YEAR_AFTER.some((w) => t.startsWith(w, n!.end + 1)) && !COMING_TO.test(t.slice(n.end + 1, n.end + 3))) return null;
  return { year: n.value + ROC_YEAR_OFFSET, end: n.end + 1 };
}

/** A year of the era in numerals: 二十, 三十八, 一百一十五 (or digit by digit, 一一五). */
function readCnSmallOrHundreds(t: string, i: number): Num | null {
  if (t[i + 1] === "百" && cnDigit(t[i]) !== undefined) {
    const h = cnDigit(t[i])! * 100;
    const rest = t[i + 2] === "零" || t[i + 2] === "〇" ? readCnSmall(t, i + 3) : readCnSmall(t, i + 2);
    if (rest && (rest.value < 10 || t[i + 2] !== "零")) return { value: h + rest.value, end: rest.end, len: rest.end - i, arabic: false, digitwise: false };
    return { value: h, end: i + 2, len: 2, arabic: false, digitwise: false };
  }
  const d = readCnDigits(t, i);
  const s = readCnSmall(t, i);
  if (d && (!s || d.end >= s.end) && d.len === 3) return d;
  return s ?? d;
}

/** Two-digit years as JioNLP reads them: up to ten years past the reference year's → 20xx. */
function expandTwoDigitYear(yy: number, refYear: number | null): number {
  const pivot = refYear !== null && refYear >= 2000 ? Math.max(30, (refYear % 100) + 10) : 30;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

// Characters after 初/底/末 that make them part of another word (初步, 底线, 末端).
const NOT_PART_AFTER: Readonly<Record<string, string>> = {
  初: "步次级心衷中具创稿审选赛识见始",
  底: "线部层气数子蕴",
  末: "端梢尾",
};
function partWordOk(t: string, i: number, word: string): boolean {
  const last = word[word.length - 1];
  const next = t[i + word.length];
  if (next === undefined) return true;
  const deny = NOT_PART_AFTER[last];
  if (deny && deny.includes(next)) return false;
  // 年中 / 月中 only where nothing Han follows: 2020年中国… is no 年中.
  if (last === "中" && isHan(t[i + word.length])) return false;
  return true;
}

/** A quarter at i (一季度, 第三季度, 3季度, Q1, 首季度, 前三季度, 前两个季度), as a month range,
 *  with 初/末 narrowing it to its first/last month. */
function readQuarter(t: string, i: number): { months: [number, number]; end: number } | null {
  let j = i;
  let q1 = 0;
  let q2 = 0;
  if (t[j] === "Q" || t[j] === "q") {
    const d = t.charCodeAt(j + 1) - 48;
    if (d < 1 || d > 4 || isAsciiDigit(t.charCodeAt(j + 2))) return null;
    q1 = q2 = d;
    j += 2;
    if (at(t, j, "季度")) j += 2;
  } else if (at(t, j, "首季度")) {
    q1 = q2 = 1;
    j += 3;
  } else {
    let first = false;
    // (Hong Kong and Macao write the first quarters 首三季)
    if (t[j] === "前" || (t[j] === "首" && t[j + 1] !== "季")) {
      first = true;
      j++;
    } else if (t[j] === "第") j++;
    const n = readSmall(t, j);
    if (!n || n.value < 1 || n.value > 4) return null;
    // (两季度 alone counts quarters, 连续两季度: no second quarter, which is 二季度)
    if (t[j] === "两" && !first && t[i] !== "第") return null;
    j = n.end;
    if (first && t[j] === "个") j++;
    // (Hong Kong writes the quarter 第一季, no 度: 2027年第一季或之前)
    if (at(t, j, "季度")) j += 2;
    // (after a year only: 第一季 alone is as often a TV series' season)
    else if (t[j] === "季" && ((!first && t[i] === "第" && t[i - 1] === "年") || (t[i] === "首" && n.value > 1))) j += 1;
    else return null;
    q1 = first ? 1 : n.value;
    q2 = n.value;
  }
  let months: [number, number] = [q1 * 3 - 2, q2 * 3];
  if (q1 === q2) {
    if (t[j] === "初" && partWordOk(t, j, "初")) {
      months = [q1 * 3 - 2, q1 * 3 - 2];
      j++;
    } else if (t[j] === "末" && partWordOk(t, j, "末")) {
      months = [q1 * 3, q1 * 3];
      j++;
    }
  }
  return { months, end: j };
}

/** A part of a year after 年 (or a year word) at i: 上半年, 初, 底, 一季度, 前五个月, 首月… */
function readYearPart(t: string, i: number): { months: readonly [number, number]; end: number } | null {
  const q = readQuarter(t, i);
  if (q) return q;
  // 前N个月 / 后N个月 / 首月 / 第N个月 (and 首N个月, as Hong Kong and Macao write the first ones)
  if (t[i] === "前" || t[i] === "后" || t[i] === "第" || (t[i] === "首" && t[i + 1] !== "月")) {
    const n = readSmall(t, i + 1);
    if (n && n.value >= 1 && n.value <= 12) {
      let j = n.end;
      if (t[j] === "个") j++;
      if (t[j] === "月") {
        j++;
        const v = n.value;
        if (t[i] === "前" || t[i] === "首") return { months: [1, v], end: j };
        if (t[i] === "后") return { months: [13 - v, 12], end: j };
        return { months: [v, v], end: j };
      }
    }
    return null;
  }
  if (at(t, i, "首月")) return { months: [1, 1], end: i + 2 };
  // a bare 初/底/末/中 must follow 年 directly: it is read here only after a year
  const k = longestKey(t, i, YEAR_PART_KEYS);
  if (k && partWordOk(t, i, k)) return { months: YEAR_PARTS[k], end: i + k.length };
  return null;
}

/** A part of a month at i: 上旬, 中旬, 下旬, 初, 底, 末 (also written 月初, 月底). */
function readMonthPart(t: string, i: number): { days: readonly [number, number]; end: number } | null {
  const k = longestKey(t, i, MONTH_PART_KEYS);
  if (k && partWordOk(t, i, k)) return { days: MONTH_PARTS[k], end: i + k.length };
  return null;
}

/** A year written with 年 at i: 2020年, 二〇二五年, and two-digit years (20年) where allowed.
 *  In running text a two-digit year counts only where a month follows (20年3月). */
function readYear(t: string, i: number, mode: Mode): { year: number; end: number; twoDigit: boolean } | null {
  const c = t.charCodeAt(i);
  const roc = c === 0x6c11 /* 民 */ || (mode.roc && isAsciiDigit(c)) ? readRocYear(t, i, mode) : null;
  if (roc) return { ...roc, twoDigit: false };
  let n: Num | null;
  if (isAsciiDigit(c)) n = readArabic(t, i);
  else n = readCnDigits(t, i);
  if (!n) return null;
  // (four digits may stand a stray blank off their 年, as pages leave one: 2027 年底前)
  const spaced = n.len === 4 && isAsciiDigit(c) && isStrayBlank(t[n.end]) && t[n.end + 1] === "年";
  if (!spaced && t[n.end] !== "年") return null;
  if (n.len === 4) {
    const lo = mode.loose ? 1000 : 1900;
    if (n.value < lo || n.value > 2199) return null;
    return { year: n.value, end: n.end + (spaced ? 2 : 1), twoDigit: false };
  }
  if (n.len === 2 && n.digitwise) {
    const year = expandTwoDigitYear(n.value, mode.refYear);
    if (!mode.loose) {
      // in running text 20年 is a year only where a month follows: 20年3月, not 20年来
      const m = readSmall(t, n.end + 1);
      if (!m || t[m.end] !== "月" || m.value < 1 || m.value > 12) return null;
    }
    return { year, end: n.end + 1, twoDigit: true };
  }
  return null;
}

/** A blank a page leaves inside a date (2026 年 6 月): a space or a no-break space. */
function isStrayBlank(ch: string | undefined): boolean {
  return ch === " " || ch === "\u00a0";
}

/** Month at i: 4月, 十二月, 4月份; `spaced`: digits may stand a blank off either side (年 6 月). */
function readMonth(t: string, i: number, spaced = false): { month: number; end: number } | null {
  if (spaced && isStrayBlank(t[i]) && isAsciiDigit(t.charCodeAt(i + 1))) i++;
  const n = readSmall(t, i);
  if (n && spaced && n.arabic && isStrayBlank(t[n.end]) && t[n.end + 1] === "月") n.end++;
  if (!n || t[n.end] !== "月" || n.value < 1 || n.value > 12) return null;
  if (n.arabic && n.len > 2) return null;
  // (a rhythm, 一月一调度、一季一通报, 一月一次: once a month, no month; 一月一日 is a day)
  if (!n.arabic && t[n.end + 1] === "一" && !/[日号〇零一二三四五六七八九十]/.test(t[n.end + 2] ?? "日")) return null;
  let end = n.end + 1;
  if (t[end] === "份") end++;
  return { month: n.value, end };
}

/** After a bare day's 日, what makes 日 part of a word (日照, day care; 日均, 日常). */
const DAY_WORD_AFTER = "照均常用益";
/** Day at i: 27日, 三十一号. `hao`: 号 allowed too (not for a bare day: 1号文件). */
function readDay(t: string, i: number, hao: boolean): { day: number; end: number } | null {
  const n = readSmall(t, i);
  if (!n || n.value < 1 || n.value > 31) return null;
  if (n.arabic && n.len > 2) return null;
  const u = t[n.end];
  if (u !== "日" && !(hao && u === "号")) return null;
  return { day: n.value, end: n.end + 1 };
}

/** After a month: its day or a part of it. */
function readAfterMonth(t: string, p: Point, mode: Mode): void {
  const d = readDay(t, p.end, true);
  if (d && p.month !== null && d.day > daysInMonth(2000, p.month)) return;
  if (d) {
    p.day = d.day;
    p.end = d.end;
    return;
  }
  // 4月前4天, 上月最后五天: the first or last days of the month
  const fl = t[p.end] === "前" ? 1 : at(t, p.end, "最后") ? 2 : 0;
  if (fl) {
    const n = readSmall(t, p.end + fl);
    if (n && n.value >= 1 && n.value <= 28 && (t[n.end] === "天" || t[n.end] === "日")) {
      p.days = fl === 1 ? [1, n.value] : [-n.value, 31];
      p.end = n.end + 1;
      return;
    }
  }
  // 十二月月底: the month may be repeated before its part
  const mp = readMonthPart(t, p.end) ?? (t[p.end] === "月" ? readMonthPart(t, p.end + 1) : null);
  if (mp && !(t[p.end] === "月" && mp.end === p.end + 1)) {
    p.days = mp.days;
    p.end = mp.end;
    return;
  }
  if (mode.loose) {
    // 1月3, 十月31: a day without 日 in a string known to be a date
    const n = readSmall(t, p.end);
    if (n && n.value >= 1 && n.value <= 31 && (n.end === t.length || oneOf(t, n.end, RANGE_SEPARATORS))) {
      p.day = n.value;
      p.end = n.end;
    }
  }
}

/** Numeric dates: 2020-05-08, 2020.5.8, 2020/5/8 (any of - . /); in loose mode also 20240307,
 *  2022 11 23, 2019.9 / 2008.03 (a month), 09-01 (a month and day). */
function readNumericDate(t: string, i: number, mode: Mode): Point | null {
  const a = readArabic(t, i);
  if (!a) return null;
  const p = emptyPoint(i);
  if (a.len === 8 && mode.loose) {
    const y = Math.floor(a.value / 10000),
      m = Math.floor(a.value / 100) % 100,
      d = a.value % 100;
    if (m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)) {
      Object.assign(p, { year: y, month: m, day: d, end: a.end });
      return p;
    }
    return null;
  }
  const sep1 = t[a.end];
  const isSep = (s: string | undefined) =>
    s === "-" || s === "." || s === "/" || (mode.loose && (s === " " || s === "·"));
  if (!isSep(sep1)) {
    if (
      mode.loose &&
      a.len === 4 &&
      a.value >= 1000 &&
      a.value <= 2199 &&
      (sep1 === undefined || !isHan(sep1) || sep1 === "至" || sep1 === "到")
    ) {
      // a bare year, only in a string known to be a time (2018, 2008.03-2009)
      Object.assign(p, { year: a.value, end: a.end });
      return p;
    }
    return null;
  }
  const b = readArabic(t, a.end + 1);
  if (!b || b.len > 2) return null;
  // (a year of the Republic, in a text from Taiwan, dated so in full: 115-03-12, 115/3/12)
  if (a.len === 3 && mode.roc && isBareRocYear(a.value, 3) && (sep1 === "-" || sep1 === "/" || sep1 === ".") && b.value >= 1 && b.value <= 12 && t[b.end] === sep1) {
    const year = a.value + ROC_YEAR_OFFSET;
    const c = readArabic(t, b.end + 1);
    if (c && c.len <= 2 && c.value >= 1 && c.value <= daysInMonth(year, b.value) && !isAsciiDigit(t.charCodeAt(c.end)) && t[c.end] !== sep1 && !isAsciiDigit(t.charCodeAt(i - 1))) {
      Object.assign(p, { year, month: b.value, day: c.value, end: c.end });
      return p;
    }
    return null;
  }
  if (a.len === 4) {
    if (a.value < (mode.loose ? 1000 : 1900) || a.value > 2199 || b.value < 1 || b.value > 12) return null;
    const sep2 = t[b.end];
    const c = isSep(sep2) ? readArabic(t, b.end + 1) : null;
    if (c && c.len <= 2 && c.value >= 1 && c.value <= daysInMonth(a.value, b.value)) {
      // not a part of a longer dotted number (1.2.3.4) or a clock time glued on (2018-12-1209:03)
      if (t[c.end] === "." && isAsciiDigit(t.charCodeAt(c.end + 1))) return null;
      Object.assign(p, { year: a.value, month: b.value, day: c.value, end: c.end });
      return p;
    }
    if (!mode.loose) return null; // 2020.5 is a decimal number in running text
    if (sep1 === " ") return null;
    Object.assign(p, { year: a.value, month: b.value, end: b.end, top: "year" as const });
    return p;
  }
  if (
    mode.loose &&
    a.len <= 2 &&
    (sep1 === "-" || sep1 === "·") &&
    a.value >= 1 &&
    a.value <= 12 &&
    b.value >= 1 &&
    b.value <= daysInMonth(2000, a.value)
  ) {
    Object.assign(p, { month: a.value, day: b.value, end: b.end, top: "month" as const });
    return p;
  }
  return null;
}

/** A point at i, or null. `inherit`: the left side of a range, when reading its right side
 *  (which may then be a bare 十五号); `readRight` fills in what the right side omits. */
function readPoint(t: string, i: number, mode: Mode, inherit: Point | null = null): Point | null {
  const ch = t[i];
  if (ch === undefined) return null;
  const c = t.charCodeAt(i);
  const p = emptyPoint(i);

  // 今天, 昨日, 现在: a day of its own (also as the right side of a range: 去年到现在)
  const dayWord = longestKey(t, i, RELATIVE_WORDS_KEYS);
  if (dayWord && RELATIVE_WORDS[dayWord].unit === "day") {
    p.dayRel = RELATIVE_WORDS[dayWord].offset;
    p.end = i + dayWord.length;
    return p;
  }

  if (isAsciiDigit(c)) {
    // 2019.05.29 → a date; 2008.03 → a month (loose only)
    const nd = readNumericDate(t, i, mode);
    if (nd) return nd;
  }

  // the year: written, or a year word
  const y = readYear(t, i, mode);
  let relYearWord: string | null = null;
  if (y) {
    p.year = y.year;
    p.end = y.end;
    if (t[p.end] === "度") p.end++; // 2020年度
  } else {
    relYearWord = longestKey(t, i, RELATIVE_YEAR_KEYS);
    if (relYearWord) {
      p.yearRel = RELATIVE_YEAR[relYearWord];
      p.end = i + relYearWord.length;
      if (t[p.end] === "度") p.end++; // 上年度
    }
  }
  if (p.end > i) {
    p.top = "year";
    // 2027年春节前, 明年春节
    const fy = readFestival(t, p.end);
    if (fy) {
      p.festival = fy.word;
      p.end = fy.end;
      return p;
    }
    // (a year written with a stray blank, 2026 年 6 月, may have its month so too)
    const m = readMonth(t, p.end, y !== null && isStrayBlank(t[p.end - 2]));
    if (m) {
      p.month = m.month;
      p.end = m.end;
      readAfterMonth(t, p, mode);
      return p;
    }
    // 明年年初, 次年年末: the year may be repeated before its part
    let k = p.end;
    if (relYearWord && t[k] === "年" && t[k + 1] !== "年") k++;
    const part = readYearPart(t, k);
    if (part) {
      p.months = part.months;
      p.end = part.end;
    }
    return p;
  }

  // a relative month word: 本月9日, 上月底, 下个月
  const relMonth = longestKey(t, i, RELATIVE_MONTH_KEYS);
  if (relMonth) {
    p.monthRel = RELATIVE_MONTH[relMonth];
    p.end = i + relMonth.length;
    p.top = "month";
    readAfterMonth(t, p, mode);
    return p;
  }
  const relQuarter = longestKey(t, i, RELATIVE_QUARTER_KEYS);
  if (relQuarter) {
    p.end = i + relQuarter.length;
    p.quarterRel = RELATIVE_QUARTER[relQuarter];
    if ((t[p.end] === "初" || t[p.end] === "末") && partWordOk(t, p.end, t[p.end])) {
      p.quarterPart = t[p.end] as "初" | "末";
      p.end++;
    }
    return p;
  }

  // a festival without a year (春节前, 国庆期间): the year from context
  const f = readFestival(t, i);
  if (f) {
    p.festival = f.word;
    p.end = f.end;
    p.top = "day";
    return p;
  }

  // a month
  const m = readMonth(t, i);
  if (m) {
    p.month = m.month;
    p.end = m.end;
    p.top = "month";
    readAfterMonth(t, p, mode);
    return p;
  }

  // a bare day: 19日 (号 only on the right of a range or in loose mode)
  const d = readDay(t, i, mode.loose || inherit !== null);
  if (d) {
    // 30日内, 5日后: amounts of time, read as such elsewhere; 10日前 is "before the 10th"
    const after = !inherit ? oneOf(t, d.end, AMOUNT_SUFFIXES) : null;
    if (after && !after.endsWith("前")) return null;
    // (日 of a word, 一区一日照 (a day-care centre per district), 日照中心: no day)
    if (!inherit && DAY_WORD_AFTER.includes(t[d.end] ?? "\0") && t[d.end - 1] === "日") return null;
    // (a length of time: 时限不超过15日, 连续3日)
    if (!inherit && DURATION_BEFORE_DAY.some((w) => i >= w.length && t.startsWith(w, i - w.length))) return null;
    // (…or one a measure counts over: 交通事故30日死亡人数)
    if (!inherit && oneOf(t, d.end, DURATION_AFTER_DAY)) return null;
    p.day = d.day;
    p.end = d.end;
    p.top = "day";
    return p;
  }

  // a year part without a year: 上半年, 一季度, 年初, 年底 (the year from context)
  const yp = readBareYearPart(t, i);
  if (yp) {
    p.months = yp.months;
    p.end = yp.end;
    return p;
  }
  return null;
}

const FESTIVAL_KEYS = indexKeys(FESTIVALS);
const FESTIVAL_AFTER_LONGEST_FIRST = [...FESTIVAL_AFTER].sort((a, b) => b.length - a.length);

/** How many days after a festival a deadline that names it without a year (春节前) means the next. */
const FESTIVAL_LONG_PAST_DAYS = 180;
/** How near the next festival must be for one named alone, without a year, to mean it. */
const FESTIVAL_NEAR_DAYS = 90;

/** Seasons of a year that a deadline may name (2027年汛期前): none is a day of the calendar. */
const SEASONS_BEFORE_DEADLINE: readonly string[] = ["主汛期", "汛期", "入汛", "汛", "入冬", "封冻", "雨季", "供暖季", "采暖季"];

/** A festival's name at i (FESTIVALS), the longest. */
function readFestival(t: string, i: number): { word: string; end: number } | null {
  const word = longestKey(t, i, FESTIVAL_KEYS);
  if (!word) return null;
  const end = i + word.length;
  if (!FESTIVALS[word].alone) {
    if (!oneOf(t, end, FESTIVAL_AFTER_LONGEST_FIRST) || oneOf(t, end, NOT_FESTIVAL_WORDS)) return null;
    // (a person's name ends with it, 王国庆前往…: only a year, a time word or a mark before it)
    const prev = t.charCodeAt(i - 1);
    if (i > 0 && prev >= 0x4e00 && prev <= 0x9fff && !FESTIVAL_BEFORE.includes(t[i - 1])) return null;
  }
  // (a show or a season named after it is no day: 春节联欢晚会, 春节档)
  if (oneOf(t, end, NOT_FESTIVAL_AFTER)) return null;
  return { word, end };
}

/** Order of two days. */
function cmpYmd(a: Ymd, b: Ymd): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** The day of festival `word` in `year`, or null where the table (built by npm run build) does
 *  not reach. */
function festivalDay(word: string, year: number): Ymd | null {
  const day = FESTIVALS[word].day;
  return typeof day === "string" ? tableFestivalDay(day, year) : [year, day[0], day[1]];
}

/** 上半年, 下半年, quarters, and 年初 / 年底 / 年末 written without a year. */
function readBareYearPart(t: string, i: number): { months: readonly [number, number]; end: number } | null {
  const ch = t[i];
  if (ch === "上" || ch === "下") {
    const w = ch + "半年";
    if (at(t, i, w)) return { months: YEAR_PARTS[w], end: i + 3 };
    return null;
  }
  if (ch === "年") {
    const w = oneOf(t, i, ["年初", "年底", "年末"]);
    if (!w || !partWordOk(t, i, w)) return null;
    // 今年底 / 三年底 are read elsewhere; here only a 年 that no number or year word precedes
    const prev = t[i - 1];
    if (
      prev !== undefined &&
      (isCnNumeral(prev) || isAsciiDigit(prev.charCodeAt(0)) || "今去明当前后每近多几余同上下本该次首".includes(prev)) &&
      // (…but the 上 of 原则上 is no year word's: 原则上年底前)
      !(prev === "上" && WORDS_ENDING_IN_SHANG.some((w) => t.startsWith(w, i - w.length)))
    )
      return null;
    return { months: YEAR_PARTS[w], end: i + 2 };
  }
  if (ch === "Q" || ch === "q") {
    // Q1 only as a word of its own: not inside an ASCII identifier (HQ1, Q1A)
    const prev = t.charCodeAt(i - 1);
    if (i > 0 && ((prev >= 65 && prev <= 90) || (prev >= 97 && prev <= 122) || isAsciiDigit(prev))) return null;
  }
  const q = readQuarter(t, i);
  if (q) {
    // 十一季度 / 第十一季度: not a quarter
    if (isCnNumeral(t[i - 1]) || isAsciiDigit(t.charCodeAt(i - 1))) return null;
    return q;
  }
  return null;
}

/** The interval of a point, given the year (and month, for a bare day) it takes from context. */
function resolvePoint(p: Point, ctxYear: number | null, ctxMonth: number | null, ref: Ymd | null): [Ymd, Ymd] | null {
  let year = p.year;
  let month = p.month;
  if (p.dayRel !== null) {
    if (!ref) return null;
    const d = addDays(ref, p.dayRel);
    return [d, d];
  }
  if (p.monthRel !== null) {
    if (!ref) return null;
    const base = addMonths([ref[0], ref[1], 1], p.monthRel);
    year = base[0];
    month = base[1];
  } else if (p.yearRel !== null) {
    if (!ref) return null;
    year = ref[0] + p.yearRel;
  }
  if (p.quarterRel !== null) {
    if (!ref) return null;
    const qIndex = Math.floor((ref[1] - 1) / 3) + p.quarterRel; // 0-based, may leave the year
    const yy = ref[0] + Math.floor(qIndex / 4);
    const qq = ((qIndex % 4) + 4) % 4;
    let m1 = qq * 3 + 1,
      m2 = qq * 3 + 3;
    if (p.quarterPart === "初") m2 = m1;
    if (p.quarterPart === "末") m1 = m2;
    return [
      [yy, m1, 1],
      [yy, m2, daysInMonth(yy, m2)],
    ];
  }
  if (year === null) year = ctxYear;
  if (year === null) return null;
  year += p.yearShift;
  if (p.festival !== null) {
    const d = festivalDay(p.festival, year);
    return d ? [d, d] : null;
  }
  if (p.day !== null) {
    if (month === null) month = ctxMonth;
    if (month === null) return null;
    if (p.day > daysInMonth(year, month)) return null;
    return [
      [year, month, p.day],
      [year, month, p.day],
    ];
  }
  if (month !== null) {
    if (p.days) {
      const last = daysInMonth(year, month);
      // a negative first day counts back from the month's end (最后五天: [-5, 31])
      const d1 = p.days[0] < 0 ? last + p.days[0] + 1 : Math.min(p.days[0], last);
      return [
        [year, month, d1],
        [year, month, Math.min(p.days[1], last)],
      ];
    }
    return [
      [year, month, 1],
      [year, month, daysInMonth(year, month)],
    ];
  }
  if (p.months) {
    const [m1, m2] = p.months;
    return [
      [year, m1, 1],
      [year, m2, daysInMonth(year, m2)],
    ];
  }
  return [
    [year, 1, 1],
    [year, 12, 31],
  ];
}

/** Whether the point needs a year from context. */
function needsYear(p: Point): boolean {
  return p.year === null && !isRelativePoint(p);
}

// ---------------------------------------------------------------------------------------------
// Items: what the scan finds. Each knows its span, type and how to resolve.

type ItemKind = "point" | "range" | "deadline" | "since" | "plan" | "relative";

interface Item {
  start: number;
  end: number;
  kind: ItemKind;
  relative: boolean;
  /** Points to resolve (one for point/deadline/since, two for a range). */
  points: Point[];
  /** Plans and eras carry their interval ready. */
  fixed?: { from: Ymd | null; to: Ymd | null };
  /** A relative word (近日, 今天), resolved against the reference date. */
  word?: RelativeWord;
  /** An amount of time anchored on now (三年内, 未来两个月). */
  amount?: Amount;
}

/** A year written right after an item's number and its point (1.2027年底前新增…): the point
 *  ends the number, where one or two digits open a line or follow a blank or a mark. */
function yearAfterItemNumber(t: string, i: number): boolean {
  if (!/^(?:19|20)\d{2}年/.test(t.slice(i, i + 5))) return false;
  let k = i - 1;
  let digits = 0;
  while (k - 1 >= 0 && isAsciiDigit(t.charCodeAt(k - 1)) && digits < 3) (k--, digits++);
  if (digits === 0 || digits > 2) return false;
  return k === 0 || ITEM_NUMBER_OPENERS.includes(t[k - 1]);
}
const ITEM_NUMBER_OPENERS = "\n \u3000；;。：:，,）)";

/** A financial year from April to March, as Hong Kong's government counts it (2026-27年度,
 *  2026/27财政年度, 2025/26课税年度), or a
 *  span of them (2027-28至2031-32年度), perhaps with 内 or a deadline's 或之前 after it. */
// (…each perhaps with its 年度, 2026-27年度至2030-31年度; or from one on, 2027-28年度起, 2026-27年度至今)
const FINANCIAL_YEARS = /^(\d{4})[-–—/](\d{2})(?:(?:财政|课税)?年度)?(?:(?:至|到|[-–—])(\d{4})[-–—/](\d{2}))?(?:财政|课税)?年度(至今|起|内|或之前|或以前|之前|以前|前)?/;
function readFinancialYears(t: string, i: number): Item | null {
  // (a dash after four digits first: most numbers are no such year, and are passed at one test)
  const dash = t.charCodeAt(i + 4);
  if (dash !== 45 /* - */ && dash !== 0x2013 && dash !== 0x2014 && dash !== 47 /* / */) return null;
  const m = FINANCIAL_YEARS.exec(t.slice(i, i + 30));
  if (!m) return null;
  const first = Number(m[1]);
  if ((first + 1) % 100 !== Number(m[2])) return null;
  const lastStart = m[3] ? Number(m[3]) : first;
  if (m[3] && ((lastStart + 1) % 100 !== Number(m[4]) || lastStart < first)) return null;
  const from: Ymd = [first, 4, 1];
  const to: Ymd = [lastStart + 1, 3, 31];
  // (from one on: open at its end)
  if (m[5] === "起" || m[5] === "至今") return { start: i, end: i + m[0].length, kind: "plan", relative: false, points: [], fixed: { from, to: null } };
  const deadline = m[5] !== undefined && m[5] !== "内";
  return { start: i, end: i + m[0].length, kind: deadline ? "deadline" : "plan", relative: false, points: [], fixed: { from: deadline ? null : from, to } };
}

/** School years and terms, as education texts date their goals: 2026学年 and 2026—2027学年(度)
 *  (September to August), 2026学年第一学期, 2026年秋季学期 (September to January) and 春季学期
 *  (February to July), perhaps with 开学前 (by the day before it opens), 前 or 结束前 (by its end,
 *  for a year; before it opens, for a term), or 起 (from its start on); 自 before it is kept. */
const SCHOOL_YEAR = /^(\d{4})(?:(?:—|–|-|至|到)(\d{4}))?学年度?(?:(第一|第二|上|下)学期)?(开学前|结束前|之前|前|起)?/;
const SCHOOL_TERM = /^(\d{4})[ \u00a0]?年的?(秋季|春季)(?:学期)?(开学前|学期开学前|学期结束前|学期前|学期起|学期)/;
function readSchoolTime(t: string, i: number): Item | null {
  // (four digits, then 学 or a range's mark, or 年 with a season after it: most numbers are no such
  // time, and are passed at this test)
  const after = t.charCodeAt(i + 4);
  if (!(after === 0x5b66 /* 学 */ || ((after === 0x5e74 /* 年 */ || after === 32) && /[秋春的年]/.test(t.slice(i + 5, i + 7))) || "—–-至到".includes(t[i + 4] ?? "x")) ||
    !isAsciiDigit(t.charCodeAt(i + 3)) || isAsciiDigit(after)) return null;
  const head = t.slice(i, i + 24);
  let from: Ymd;
  let to: Ymd;
  let suffix: string | undefined;
  let length: number;
  let isYear = false;
  const y = SCHOOL_YEAR.exec(head);
  if (y) {
    const first = Number(y[1]);
    if (y[2] !== undefined && Number(y[2]) !== first + 1) return null;
    const term = y[3];
    if (term === "第一" || term === "上") [from, to] = [[first, 9, 1], [first + 1, 1, 31]];
    else if (term === "第二" || term === "下") [from, to] = [[first + 1, 2, 1], [first + 1, 7, 31]];
    else [from, to, isYear] = [[first, 9, 1], [first + 1, 8, 31], true];
    suffix = y[4];
    length = y[0].length;
  } else {
    const m = SCHOOL_TERM.exec(head);
    if (!m) return null;
    const year = Number(m[1]);
    [from, to] = m[2] === "秋季" ? [[year, 9, 1], [year + 1, 1, 31]] : [[year, 2, 1], [year, 7, 31]];
    suffix = m[3] === "学期" ? undefined : m[3].replace(/^学期/, "");
    length = m[0].length;
  }
  const start = t[i - 1] === "自" && suffix === "起" ? i - 1 : i;
  const end = i + length;
  const dayBefore = (d: Ymd): Ymd => (d[1] === 9 ? [d[0], 8, 31] : d[1] === 2 ? [d[0], 2, daysInMonth(d[0], 2)] : [d[0], d[1] - 1, daysInMonth(d[0], d[1] - 1)]);
  if (suffix === "起") return { start, end, kind: "plan", relative: false, points: [], fixed: { from, to: null } };
  // (before a year's end, 学年度结束前, or a year's 前; before a term opens, 秋季学期前, 开学前)
  if (suffix === "结束前" || (isYear && (suffix === "前" || suffix === "之前"))) return { start, end, kind: "deadline", relative: false, points: [], fixed: { from: null, to } };
  if (suffix !== undefined) return { start, end, kind: "deadline", relative: false, points: [], fixed: { from: null, to: dayBefore(from) } };
  return { start, end, kind: "plan", relative: false, points: [], fixed: { from, to } };
}

/** A plan or era item spanning [start, end) whose interval is known from whole years. */
function fixedYears(start: number, end: number, fromYear: number, toYear: number | null): Item {
  return { start, end, kind: "plan", relative: false, points: [], fixed: { from: [fromYear, 1, 1], to: toYear === null ? null : [toYear, 12, 31] } };
}

/** Macao's five-year plans by ordinal, and the year its first began. */
const MACAO_PLANS = ["一五规划", "二五规划", "三五规划", "四五规划"];
const MACAO_FIRST_PLAN_YEAR = 2016;

/** A five-year plan at i: “十四五”, "十三五"时期, 十四五期间 (quotes and suffix in the span). */
function readPlan(t: string, i: number): Item | null {
  const open = t[i];
  const quoted = open === "“" || open === '"' || open === "「" || open === "‘" || open === "'";
  let j = quoted ? i + 1 : i;
  // (Macao's own five-year plans, 「二五规划」期间: the first ran 2016–2020; the mainland's old plans of
  // those ordinals were 计划, not 规划)
  const macao = MACAO_PLANS.indexOf(t.slice(j, j + 4));
  if (macao >= 0) {
    j += 4;
    if (quoted) {
      const close = t[j];
      if (close !== "”" && close !== '"' && close !== "」" && close !== "’" && close !== "'") return null;
      j++;
    }
    const suffix = oneOf(t, j, PLAN_SUFFIXES);
    if (suffix) j += suffix.length;
    const y = MACAO_FIRST_PLAN_YEAR + 5 * macao;
    return fixedYears(i, j, y, y + 4);
  }
  const key = longestKey(t, j, PLAN_KEYS);
  if (!key) return null;
  const ordinal = PLAN_ORDINALS[key];
  j += key.length;
  if (quoted) {
    const close = t[j];
    if (close !== "”" && close !== '"' && close !== "」" && close !== "’" && close !== "'") return null;
    j++;
  } else {
    // unquoted only for names nothing else reads the same: 十一五 and later, and not inside a
    // number (二十四五个) or before a measure word
    if (ordinal < 11) return null;
    if (isCnNumeral(t[i - 1]) || isCnNumeral(t[j]) || "个名人岁年万千百亿%家元号条位天日月次倍".includes(t[j] ?? "\0"))
      return null;
  }
  const suffix = oneOf(t, j, PLAN_SUFFIXES);
  if (suffix) j += suffix.length;
  const y = planStartYear(ordinal);
  if (!suffix && at(t, j, "以来")) {
    // “十二五”以来: since the plan began
    return fixedYears(i, j + 2, y, null);
  }
  return fixedYears(i, j, y, y + 4);
}

/** A relative word (近日, 目前, 下一步, 今天) at i. Year and month words are points. */
function readRelativeWord(t: string, i: number): Item | null {
  const w = longestKey(t, i, RELATIVE_WORDS_KEYS);
  if (!w) return null;
  // 日前 inside 3日前 / 近日 inside 最近日…: the char before must not make it another word
  if (w === "日前" && (isAsciiDigit(t.charCodeAt(i - 1)) || isCnNumeral(t[i - 1]))) return null;
  const rw = RELATIVE_WORDS[w];
  return { start: i, end: i + w.length, kind: "relative", relative: true, points: [], word: rw };
}
/** An amount of time and the words that anchor it on the reference date. */
interface Amount {
  n: number;
  unit: DurationUnit;
  factor: number;
  prefix: string | null;
  suffix: string | null;
  /** N and a half (一年半): resolved by day arithmetic, like JioNLP. */
  half: boolean;
  /** More than N (3年多): resolved like N. */
  more: boolean;
}

/** An amount of time anchored on the time of writing: 三年内, 5年内, 未来两个月, 近三个月,
 *  3年后, 两年前. Without an anchoring prefix or suffix an amount is a duration: no date. */
function readAmount(t: string, i: number): Item | null {
  const prefix = oneOf(t, i, AMOUNT_PREFIXES);
  let j = prefix ? i + prefix.length : i;
  if (prefix === "过去" && t[j] === "的") j++;
  const c = t.charCodeAt(j);
  let n: Num | null;
  if (isAsciiDigit(c)) {
    // not the tail of a longer number
    if (!prefix && isAsciiDigit(t.charCodeAt(i - 1))) return null;
    n = readArabic(t, j);
    if (!n || n.len > 4) return null;
  } else if (t[j] === "半") {
    n = { value: 0, end: j, len: 0, arabic: false, digitwise: false }; // 半年, 半个月: half of one
  } else {
    if (!prefix && isCnNumeral(t[i - 1])) return null;
    n = readCnSmall(t, j);
  }
  if (!n || (n.value < 1 && t[j] !== "半")) return null;
  j = n.end;
  // 3年多, 3个多月, 20多个月: more than N; 一年半, 两个半月, 半年: N and a half
  let more = false;
  let half = false;
  if (t[j] === "多") ((more = true), j++);
  const ge = t[j] === "个" ? 1 : 0;
  if (t[j + ge] === "多") ((more = true), (j += ge + 1));
  else if (t[j + ge] === "半" && n.len > 0) ((half = true), (j += ge + 1));
  else if (t[j] === "半" && n.len === 0) ((half = true), j++);
  let unitWord: readonly [string, DurationUnit, number] | null = null;
  for (const u of DURATION_UNITS)
    if (at(t, j, u[0])) {
      unitWord = u;
      break;
    }
  if (!unitWord && (more || half) && t[j - 1] === "个") {
    // 两个半月 / 3个多月: the 个 was read before 半/多
    if (t[j] === "月") unitWord = ["月", "month", 1];
  }
  if (!unitWord) return null;
  // a 4-digit number with 年 is a year (2022年前), not an amount
  if (unitWord[1] === "year" && n.arabic && n.len >= 3) return null;
  // 4月 is April unless an anchor says otherwise (近三月); 30日前 is "before the 30th"
  if (unitWord[0] === "月" && !prefix && !more && !half && t[j - 1] !== "个") return null;
  j += unitWord[0].length;
  if (!half && !more && n.len > 0) {
    if (t[j] === "半") ((half = true), j++);
    else if (t[j] === "多") ((more = true), j++);
  }
  let suffix = oneOf(t, j, AMOUNT_SUFFIXES);
  if (unitWord[0] === "日" && !prefix && suffix && suffix.endsWith("前")) return null;
  // 前后 (about), 来看: not anchors; 年来 needs 以来 or a prefix (近3年来) to be read as since
  if (suffix && (at(t, j, "前后") || (suffix === "来" && !prefix))) suffix = null;
  if (suffix === "后" && at(t, j, "后续")) suffix = null;
  if (!prefix && !suffix) return null;
  if (!prefix && (suffix === "内" || suffix === "以内" || suffix === "之内") && LEVEL_VERBS.some((w) => i >= w.length && t.startsWith(w, i - w.length))) return null;
  if (suffix) j += suffix.length;
  const item: Item = { start: i, end: j, kind: "relative", relative: true, points: [] };
  item.amount = { n: n.value + (half ? 0.5 : 0), unit: unitWord[1], factor: unitWord[2], prefix, suffix, half, more };
  return item;
}

/** JioNLP's arithmetic for amounts of time: 未来/今后/…内 run from the reference date to N
 *  days later, or N calendar months/years later less a day; 近 runs back as many; N年前/后 is
 *  that whole year, N个月前/后 that whole month, N天前/后 that day. */
function resolveAmount(a: Amount, ref: Ymd): { from: Ymd | null; to: Ymd | null } | null {
  const { unit, prefix, suffix } = a;
  const n = a.n * a.factor;
  if (a.half && unit !== "day") return resolveHalfAmount(n, unit, prefix, suffix, ref);
  if (
    prefix === "未来" ||
    prefix === "今后" ||
    (!prefix && (suffix === "内" || suffix === "以内" || suffix === "之内"))
  ) {
    const to = unit === "day" ? addDays(ref, n) : addDays(addMonths(ref, unit === "year" ? 12 * n : n), -1);
    return { from: ref, to };
  }
  if (prefix === "近" || prefix === "最近" || prefix === "过去") {
    const from = unit === "year" ? addMonths(ref, -12 * n) : unit === "month" ? addMonths(ref, -n) : addDays(ref, -n);
    return { from, to: ref };
  }
  const back = suffix === "前" || suffix === "以前" || suffix === "之前";
  const sign = back ? -1 : 1;
  if (suffix === "以来" || suffix === "来") {
    // 3年多以来: from the start of the unit N back, to now
    if (unit === "year") return { from: [ref[0] - n, 1, 1], to: ref };
    if (unit === "month") return { from: addMonths([ref[0], ref[1], 1], -n), to: ref };
    return { from: addDays(ref, -n), to: ref };
  }
  if (unit === "year") {
    const y = ref[0] + sign * n;
    if (suffix === "前" || suffix === "后") return { from: [y, 1, 1], to: [y, 12, 31] };
    return back ? { from: null, to: [y, 12, 31] } : { from: [y, 1, 1], to: null };
  }
  if (unit === "month") {
    const m = addMonths([ref[0], ref[1], 1], sign * n);
    const end: Ymd = [m[0], m[1], daysInMonth(m[0], m[1])];
    if (suffix === "前" || suffix === "后") return { from: m, to: end };
    return back ? { from: null, to: end } : { from: m, to: null };
  }
  const d = addDays(ref, sign * n);
  if (suffix === "前" || suffix === "后") return { from: d, to: d };
  return back ? { from: null, to: d } : { from: d, to: null };
}

/** N and a half years or months (一年半以前, 两个半月以内), as JioNLP resolves them: a year is
 *  365 days, a month 365/12, counted from the early hours of the reference day (JioNLP counts
 *  from its base's clock time, typically just after midnight); the result is the month it
 *  lands in for years, the day for months. */
function resolveHalfAmount(
  n: number,
  unit: DurationUnit,
  prefix: string | null,
  suffix: string | null,
  ref: Ymd,
): { from: Ymd | null; to: Ymd | null } | null {
  if (prefix) return null;
  const back = suffix === "前" || suffix === "以前" || suffix === "之前" || suffix === "以来" || suffix === "来";
  const days = n * (unit === "year" ? 365 : 365 / 12);
  const noon = Date.UTC(ref[0], ref[1] - 1, ref[2], 1, 30);
  const t = new Date(noon + (back ? -1 : 1) * days * 86_400_000);
  const d: Ymd = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  const monthStart: Ymd = [d[0], d[1], 1];
  const monthEnd: Ymd = [d[0], d[1], daysInMonth(d[0], d[1])];
  const [lo, hi] = unit === "year" ? [monthStart, monthEnd] : [d, d];
  switch (suffix) {
    case "前":
    case "后":
      return { from: lo, to: hi };
    case "以前":
    case "之前":
      return { from: null, to: hi };
    case "以后":
    case "之后":
      return { from: lo, to: null };
    case "以内":
    case "之内":
    case "内":
      return { from: ref, to: hi };
    case "以来":
    case "来":
      return { from: lo, to: ref };
    default:
      return null;
  }
}

/** A bare number and a range separator at i whose right side has a unit (2020-2022年, 4-6月). */
function readBareLeft(
  t: string,
  i: number,
): { value: number; len: number; arabic: boolean; digitwise: boolean; sepEnd: number } | null {
  const c = t.charCodeAt(i);
  const n = isAsciiDigit(c) ? readArabic(t, i) : (readCnDigits(t, i) ?? readCnSmall(t, i));
  if (!n || n.len > 4) return null;
  // a Chinese number read digit by digit may also be a small number (十二月 vs 一二)
  const sep = oneOf(t, n.end, RANGE_SEPARATORS);
  if (sep) return { value: n.value, len: n.len, arabic: n.arabic, digitwise: n.digitwise, sepEnd: n.end + sep.length };
  if (!n.arabic) {
    const s = readCnSmall(t, i);
    if (s && s.end !== n.end) {
      const sep2 = oneOf(t, s.end, RANGE_SEPARATORS);
      if (sep2) return { value: s.value, len: s.len, arabic: false, digitwise: false, sepEnd: s.end + sep2.length };
    }
  }
  return null;
}

/** Builds the left point of a range from a bare number that takes the unit of the right side. */
function leftFromBare(
  bare: { value: number; len: number; arabic: boolean; digitwise: boolean },
  right: Point,
  start: number,
  end: number,
  prefix: Point | null,
  mode: Mode,
): Point | null {
  const p = emptyPoint(start);
  p.end = end;
  if (prefix) {
    p.year = prefix.year;
    p.yearRel = prefix.yearRel;
    p.month = prefix.month;
    p.monthRel = prefix.monthRel;
  }
  if (right.top === "year" && right.year !== null && !prefix) {
    if (bare.len === 4 && bare.digitwise) p.year = bare.value;
    else if (bare.len === 2 && bare.digitwise) p.year = expandTwoDigitYear(bare.value, mode.refYear);
    // (an era year, 115至118年间, in a text that dates by the era)
    else if (mode.roc && bare.arabic && isBareRocYear(bare.value, bare.len)) p.year = bare.value + ROC_YEAR_OFFSET;
    else return null;
    if (p.year < 1000 || p.year > right.year) return null;
    return p;
  }
  if (prefix && (prefix.month !== null || prefix.monthRel !== null) && right.top !== "day") return null;
  if (right.top === "month" || (right.top === "year" && prefix && prefix.month === null && right.month !== null)) {
    if (bare.value < 1 || bare.value > 12 || bare.len > 2) return null;
    p.month = bare.value;
    p.top = "month";
    if (!prefix) {
      p.year = right.year;
      p.yearRel = right.yearRel;
    }
    return p;
  }
  if (right.top === "day") {
    if (bare.value < 1 || bare.value > 31 || bare.len > 2) return null;
    p.day = bare.value;
    p.top = "day";
    if (!prefix) {
      p.year = right.year;
      p.yearRel = right.yearRel;
      p.month = right.month;
      p.monthRel = right.monthRel;
    }
    return p;
  }
  return null;
}

/** Whether `right` can close a range opened by `left`: it must not start before it. */
function rangeOrderOk(left: Point, right: Point): boolean {
  if (right.yearShift > left.yearShift) return true;
  if (right.yearRel !== left.yearRel || right.monthRel !== left.monthRel || right.dayRel !== left.dayRel) return true;
  // compare year, month, day in turn, going finer only while both sides are the same there
  const fields: Array<[number | null, number | null]> = [
    [left.year, right.year],
    [left.month, right.month],
    [left.day, right.day],
  ];
  for (const [l, r] of fields) {
    if (l !== null && r !== null && l !== r) return r > l;
    if ((l === null) !== (r === null)) return true;
  }
  return true;
}

/** The right side of a range after the separator at j, inheriting from `left`. */
function readRight(t: string, j: number, left: Point, mode: Mode): Point | null {
  const r = readPoint(t, j, mode, left);
  if (!r) return null;
  // the right side inherits what it omits: 8月22日 after 2017年8月11日 takes 2017
  if (r.year === null && !isRelativePoint(r)) {
    r.year = left.year;
    r.yearRel = left.yearRel;
    if (r.month === null && r.day !== null) {
      r.month = left.month;
      r.monthRel = left.monthRel;
    }
    // 12月至1月: a month before the left one is in the next year
    if (left.month !== null && r.month !== null && r.month < left.month && left.monthRel === null) r.yearShift = 1;
  }
  // the two sides must be of comparable precision: 2020年 - 5日 is no range
  if (r.dayRel === null && r.top === "day" && left.day === null && left.festival === null) return null;
  // (…nor a bare day and a month, 六日至三月: the day's month is unsaid, so which comes first is too)
  if (left.month === null && left.months === null && left.day !== null && left.monthRel === null && r.month !== null && r.day === null) return null;
  if (!rangeOrderOk(left, r)) return null;
  return r;
}

/** The end of a time of day right after a day (8时, 0时, 24时, 12点30分, 8:00), or null. A range
 *  of days gives its hours (7月21日8时至7月23日8时, 3月1日0时起至6月30日24时止); the facts keep the
 *  days, the span the hours too. */
function clockEnd(t: string, i: number): number | null {
  const n = isAsciiDigit(t.charCodeAt(i)) ? readArabic(t, i) : readCnSmall(t, i);
  if (!n || n.len > 2 || !(n.value >= 0 && n.value <= 24)) return null;
  let j = n.end;
  if (t[j] === ":" && isAsciiDigit(t.charCodeAt(j + 1)) && isAsciiDigit(t.charCodeAt(j + 2)) && !isAsciiDigit(t.charCodeAt(j + 3))) return j + 3;
  if (t[j] !== "时" && t[j] !== "点") return null;
  j++;
  if (t[j] === "整" || t[j] === "半") return j + 1;
  const m = isAsciiDigit(t.charCodeAt(j)) ? readArabic(t, j) : null;
  if (m && m.len <= 2 && m.value < 60 && t[m.end] === "分") return m.end + 1;
  return j;
}

/** A point, a range, and the deadline/since suffixes after them, at i. */
function readCore(t: string, i: number, mode: Mode): Item | null {
  let left = readPoint(t, i, mode);
  let right: Point | null = null;
  let end: number;
  let leftClock: number | null = null;
  if (left) {
    end = left.end;
    // 2018年2——4月, 2019年4月12-19日: a prefix, then a bare number on the left
    if (
      (left.month === null && left.months === null && left.days === null && left.day === null) ||
      (left.month !== null && left.day === null && left.days === null)
    ) {
      const bare = readBareLeft(t, end);
      if (bare) {
        const r = readPoint(t, bare.sepEnd, mode, left);
        if (r && r.top !== "year") {
          const l2 = leftFromBare(bare, r, left.start, bare.sepEnd, left, mode);
          if (l2) {
            const rr = readRight(t, bare.sepEnd, l2, mode);
            if (rr) {
              l2.end = end;
              left = l2;
              right = rr;
              end = rr.end;
            }
          }
        }
      }
    }
    // (the hour of a day before the separator, kept only when a range follows: 5月1日12时至9月1日12时)
    leftClock = left.day !== null ? clockEnd(t, end) : null;
    if (!right) {
      const sepAt = leftClock !== null && oneOf(t, leftClock, RANGE_SEPARATORS) ? leftClock : end;
      // (即日起 holds its 起: 即日起至4月20日 is a start, then a deadline, as annotators read it)
      const sep = t[end - 1] === "起" ? undefined : oneOf(t, sepAt, RANGE_SEPARATORS);
      if (sep) {
        // (a stray blank after the separator, as pages leave one: 3月21日至 9月30日)
        const blank = isStrayBlank(t[sepAt + sep.length]) && isAsciiDigit(t.charCodeAt(sepAt + sep.length + 1)) ? 1 : 0;
        const r = readRight(t, sepAt + sep.length + blank, left, mode);
        // 4月至2022年 is no range; 去年到现在 is
        if (r && !(r.top === "year" && r.dayRel === null && left.year === null && !isRelativePoint(left))) {
          right = r;
          end = r.end;
        }
      }
      // 自2026年3月1日0时起至6月30日24时止: the start's hour before 起
      if (!right && leftClock !== null && t[leftClock] === "起" && (at(t, leftClock + 1, "至") || at(t, leftClock + 1, "到")) && !at(t, leftClock + 1, "至今")) {
        const r = readRight(t, leftClock + 2, left, mode);
        if (r) {
          right = r;
          end = r.end;
        }
      }
    }
  } else {
    const bare = readBareLeft(t, i);
    if (!bare) return null;
    const r = readPoint(t, bare.sepEnd, mode);
    if (!r) return null;
    const l = leftFromBare(bare, r, i, bare.sepEnd, null, mode);
    if (!l) return null;
    if (!rangeOrderOk(l, r)) return null;
    left = l;
    right = r;
    end = r.end;
  }

  let kind: ItemKind = right ? "range" : "point";
  if (t[end] === "左" && t[end + 1] === "右") end += 2; // 2020年3月左右: the same month
  // (a year's season before its 前, 2027年汛期前, 2026年入冬前: no day of the calendar, so by the
  // year's end at the latest, as 2027年前 is)
  if (!right && left.top === "year" && left.year !== null && left.month === null && left.months === null && left.festival === null) {
    const season = oneOf(t, end, SEASONS_BEFORE_DEADLINE);
    if (season && oneOf(t, end + season.length, DEADLINE_SUFFIXES)) end += season.length;
  }
  // (a day's hour before 前: 5月3日24时前)
  if (!right && leftClock !== null && oneOf(t, leftClock, DEADLINE_SUFFIXES) && !at(t, leftClock, "前后")) end = leftClock;
  const dl = oneOf(t, end, DEADLINE_SUFFIXES);
  // (前 before a number is mostly "the first N", 2025年前3个月; after a year's or month's end it is
  // the deadline, the number an amount after it: 年底前120个老旧小区…)
  const firstN = dl === "前" && (isCnNumeral(t[end + 1]) || isAsciiDigit(t.charCodeAt(end + 1))) &&
    !((t[end - 1] === "底" || t[end - 1] === "末" || (left.festival !== null && !right)) && !/^[0-9一二三四五六七八九十两]+(?:个月|天|日|周|年|名|位)/.test(t.slice(end + 1, end + 8)));
  // (前夕 is the eve, no deadline: 春节前夕 stays the day)
  if (dl === "前" && t[end + 1] === "夕" && !right) {
    end += 2;
  } else if (dl && !at(t, end, "前后") && !firstN) {
    // 2025年前: the end of the time; a range before 前 (2020至2025年前) stays a range
    if (!right) kind = "deadline";
    end += dl.length;
  } else if (!right) {
    const since = oneOf(t, end, SINCE_SUFFIXES);
    // 自2020-05-26起至2020-05-29止: a start that closes further on is a range
    const closing = (from: number) => {
      const sep = oneOf(t, from, ["至", "到"]);
      return sep && !at(t, from, "至今") ? readRight(t, from + sep.length, left, mode) : null;
    };
    if (since === "以来") {
      kind = "since";
      end += since.length;
      const r = closing(end);
      if (r) {
        right = r;
        kind = "range";
        end = r.end;
      }
    } else if (since === "起" && at(t, end + 1, "至今")) {
      kind = "since"; // 2001年起至今
      end += 3;
    } else if (since === "起" && left.months === null && left.days === null && left.day === null && left.festival === null && (left.year !== null || left.yearRel !== null || left.month !== null || left.monthRel !== null) && !closing(end + 1) && !QI_WORDS.some((w) => t.startsWith(w, end))) {
      // 2024年起, 明年起, 2027年1月起 (a year or a month, not a day a rule takes effect): from then on, as 以来
      kind = "since";
      end += 1;
    } else if (since === "起" && !at(t, end, "起草")) {
      // 2024年3月1日起施行: the day a rule takes effect, as annotators read it (the date, not
      // a span open towards now); 起 is left out of the span unless a close follows (…起至…止)
      const r = closing(end + 1);
      if (r) {
        right = r;
        kind = "range";
        end = r.end;
      }
    } else if (at(t, end, "至今")) {
      kind = "since"; // 2019年至今
      end += 2;
    }
  }
  if (right && right.day !== null && kind === "range") end = clockEnd(t, end) ?? end;
  if (right && t[end] === "止") end++;
  const points = right ? [left, right] : [left];
  const relative = points.some(isRelativePoint);
  return { start: i, end, kind, relative, points };
}

// Parts of a century or a decade as [first, last] year offsets; JioNLP reads 初/前期 as the first
// fifth of a century (the first three years of a decade), 末/末期/后期 as the last.
const ERA_PARTS: readonly (readonly [string, "first" | "last" | "middle"])[] = [
  ["初期", "first"],
  ["前期", "first"],
  ["末期", "last"],
  ["后期", "last"],
  ["中期", "middle"],
  ["初", "first"],
  ["末", "last"],
  ["中叶", "middle"],
];

/** A century or a decade: 18世纪, 上世纪80年代, 二十世纪九十年代末期, 80年代, 本世纪中叶. */
function readEra(t: string, i: number, ref: number | null): Item | null {
  let j = i;
  let century: number | null = null; // first year of the century
  if (at(t, j, "上世纪") || at(t, j, "本世纪")) {
    // without a reference date, the text is taken as written this century (上世纪 = 1900s):
    // policy news is
    const now = ref ?? 2001;
    const thisCentury = Math.floor((now - 1) / 100) * 100 + 1; // 2001 for 2021
    const c0 = thisCentury - 1; // 2000: JioNLP counts 20世纪 as 1900..1999
    century = t[j] === "上" ? c0 - 100 : c0;
    j += 3;
  } else {
    const n = isAsciiDigit(t.charCodeAt(j)) ? readArabic(t, j) : readCnSmall(t, j);
    // (not a name that opens with a century: 21世纪经济报道, 21世纪海上丝绸之路)
    if (n && n.value >= 1 && n.value <= 30 && at(t, n.end, "世纪") && !CENTURY_IN_NAME.test(t.slice(n.end + 2, n.end + 8))) {
      century = (n.value - 1) * 100;
      j = n.end + 2;
    }
  }
  // the decade: 80年代, 八十年代, 九十年代
  let decade: number | null = null;
  const dn = isAsciiDigit(t.charCodeAt(j)) ? readArabic(t, j) : readCnSmall(t, j);
  if (dn && dn.value % 10 === 0 && dn.value <= 90 && (!dn.arabic || dn.len === 2) && at(t, dn.end, "年代")) {
    if (century !== null) decade = century + dn.value;
    else if (dn.value >= 10) decade = expandTwoDigitYear(dn.value, ref);
    else return null;
    j = dn.end + 2;
  }
  if (century === null && decade === null) return null;
  let from = decade ?? century!;
  let to = decade !== null ? decade + 9 : century! + 99;
  const part = ERA_PARTS.find(([w]) => at(t, j, w));
  if (part) {
    const span = decade !== null ? 3 : 20;
    if (part[1] === "first") to = from + span - 1;
    else if (part[1] === "last") from = to - span + 1;
    else {
      from = from + (decade !== null ? 4 : 40);
      to = from + (decade !== null ? 2 : 19);
    }
    j += part[0].length;
  }
  return fixedYears(i, j, from, to);
}

/** After 21世纪: the rest of a name (a newspaper, the maritime Silk Road), no time. */
const CENTURY_IN_NAME = /^(?:经济|海上丝绸之路|商业评论|教育研究院)/;

/** Before 至: a term extended until a time (延长至2027年的…), which 至 then ends. */
const EXTENDED_UNTIL = /延长$|顺延$|展期$/;

/** Everything that can stand at i, longest reading first; null where nothing does. */
function readAt(t: string, i: number, mode: Mode): Item | null {
  const ch = t[i];
  // a five-year plan
  if (ch === "“" || ch === '"' || ch === "「" || ch === "‘" || ch === "'" || isCnNumeral(ch) || ch === "十") {
    const plan = readPlan(t, i);
    if (plan) return plan;
  }
  // 到2022年, 至“十四五”期末, 截至2024年6月
  const pre = oneOf(t, i, DEADLINE_PREFIXES);
  if (pre && !(pre === "到" && NOT_DEADLINE_BEFORE_DAO.has(t[i - 1] ?? ""))) {
    let k = i + pre.length;
    // (a stray blank before the year, as pages leave one: 到 2028年; not 至 or 到 after a time, which
    // ends a range: 2021年至 2024年 is read whole by readCore)
    if (pre === "到" && !/[年月日0-9]/.test(t[i - 1] ?? "") && (t[k] === " " || t[k] === "\u00a0" || t[k] === "\u3000") && isAsciiDigit(t.charCodeAt(k + 1))) k++;
    // 截至目前 is a relative word, read below
    if (!(pre.startsWith("截") && longestKey(t, i, RELATIVE_WORDS_KEYS))) {
      // 到“十四五”期末, 到本世纪中叶: the end of a plan or an era
      const plan = readPlan(t, k) ?? readEra(t, k, mode.refYear);
      if (plan && plan.fixed?.to) {
        plan.start = i;
        plan.kind = "deadline";
        // (by the middle of a century, as plans set it, 到本世纪中叶: its year 50, 2050; alone,
        // 本世纪中叶 stays the middle decades, years 40–59, as JioNLP reads it and readEra gives)
        if (t.startsWith("世纪中叶", plan.end - 4) && plan.fixed.from) plan.fixed.to = [plan.fixed.from[0] + 10, 12, 31];
        return plan;
      }
      const core = readCore(t, k, mode);
      // 由2015年的70.4%提高到2024年的76.1%: 到 completes the verb, and the year qualifies the
      // amount after it; the year is read on its own below
      // (…增加到2025年预计的1.36万亿元: the year's value as estimated)
      // (…or 至: 由2020年的1326亿元增至2025年的2140亿元)
      // (…or 至: 由…的…增至2025年的, 未恢复至2018年的水平; not 延长至2027年的政策期限, until then)
      const complement = (pre === "到" || (pre === "至" && !EXTENDED_UNTIL.test(t.slice(Math.max(0, i - 2), i)))) && CHANGE_BEFORE_DAO.has(t[i - 1] ?? "") && core !== null &&
        (t[core.end] === "的" || t.startsWith("预计的", core.end) || t.startsWith("预期的", core.end) ||
          // (…or a year's level, 仅恢复至2019年水平的六成)
          t.startsWith("水平", core.end) || t.startsWith("同期", core.end));
      if (core && !complement && (core.kind === "point" || core.kind === "deadline")) {
        core.start = i;
        core.kind = "deadline";
        return core;
      }
    }
  }
  const rel = readRelativeWord(t, i);
  const code = t.charCodeAt(i);
  const numeric = isAsciiDigit(code) || isCnNumeral(ch);
  const amount = numeric || AMOUNT_START.has(ch) ? readAmount(t, i) : null;
  const core = readCore(t, i, mode);
  const era = numeric || ch === "上" || ch === "本" ? readEra(t, i, mode.refYear) : null;
  let best: Item | null = null;
  for (const it of [core, amount, rel, era]) if (it && (!best || it.end > best.end)) best = it;
  return best;
}

// Characters that can start an amount of time other than a number: 未来三年, 近日, 半年后.
const AMOUNT_START: ReadonlySet<string> = new Set([...AMOUNT_PREFIXES.map((w) => w[0]), "半"]);

// Characters that can start a time expression: the first characters of every cue word.
const START_CHARS: Uint8Array = (() => {
  const s = new Set<string>();
  for (const ch of "0123456789" +
    CN_NUMERAL_CHARS +
    "“\"「‘'Qq上下前后第首年今去明本当同次这大昨近目日现眼如未最过至截直到半民")
    s.add(ch);
  for (const table of [RELATIVE_WORDS, RELATIVE_YEAR, RELATIVE_MONTH, RELATIVE_QUARTER])
    for (const k of Object.keys(table)) s.add(k[0]);
  for (const w of [...DEADLINE_PREFIXES, ...AMOUNT_PREFIXES, ...Object.keys(FESTIVALS)]) s.add(w[0]);
  return codeTable(s);
})();

/** Ranges of `text` inside 《》: the dates there belong to the title. Linear: each 《 looks
 *  ahead at most TITLE_MAX characters for its 》, and the scan resumes after it. */
const TITLE_MAX = 300;
function titleRanges(t: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = t.indexOf("《");
  while (i >= 0) {
    let j = i + 1;
    const limit = Math.min(t.length, i + TITLE_MAX);
    while (j < limit) {
      const c = t.charCodeAt(j);
      if (c === 0x300b /* 》 */ || c === 0x300a /* 《 */) break;
      j++;
    }
    if (j < limit && t.charCodeAt(j) === 0x300b) {
      out.push([i, j + 1]);
      i = t.indexOf("《", j + 1);
    } else i = t.indexOf("《", i + 1);
  }
  return out;
}

/** All items of `t` in order, none inside 《》. */
function scan(t: string, mode: Mode): Item[] {
  const items: Item[] = [];
  const titles = titleRanges(t);
  let ti = 0;
  // (the last item read as every month's day, for a list of them: 每月5日、15日)
  let routine: Item | null = null;
  for (let i = 0; i < t.length;) {
    while (ti < titles.length && titles[ti][1] <= i) ti++;
    if (ti < titles.length && titles[ti][0] <= i) {
      i = titles[ti][1];
      continue;
    }
    const code = t.charCodeAt(i);
    if (START_CHARS[code] !== 1) {
      i++;
      continue;
    }
    const ch = t[i];
    const prev = i > 0 ? t.charCodeAt(i - 1) : 0;
    // an item's number opening a line, 1.4月1日前 (1. and 4月1日前): no decimal, the date follows
    if (isAsciiDigit(code) && isLineStart(t, i)) {
      const m = ITEM_NUMBER_BEFORE_TIME_AT_START.exec(t.slice(i, i + 8));
      const item = m ? readAt(t, i + m[0].length, mode) : null;
      if (item && item.end > i + m![0].length) {
        items.push(item);
        i = item.end;
        continue;
      }
    }
    // inside a number: 12020年 is no year, 1.2020 no date; a digit run is skipped whole
    if (isAsciiDigit(code) && (isAsciiDigit(prev) || (prev === 46 /* . */ && !yearAfterItemNumber(t, i)) || isAsciiLetter(prev))) {
      while (i < t.length && isAsciiDigit(t.charCodeAt(i))) i++;
      continue;
    }
    if (isCnNumeral(ch) && isCnNumeral(t[i - 1])) {
      i++;
      continue;
    }
    // a financial year, as Hong Kong writes it (2026-27年度, 2027-28至2031-32年度或之前); a school
    // year or term (2026学年, 2026年秋季学期)
    if (isAsciiDigit(code)) {
      const fy = readFinancialYears(t, i) ?? readSchoolTime(t, i);
      if (fy) {
        items.push(fy);
        i = fy.end;
        continue;
      }
    }
    // 目 closing a word (项目前期, 节目前): no 目前
    if (ch === "目" && i >= 1 && WORDS_ENDING_IN_MU.includes(t[i - 1])) {
      i++;
      continue;
    }
    // 上 closing a word before 年 or 月 (原则上年底前, 基本上月底前, 以上年份): no 上年, 上月
    if (ch === "上" && i >= 1 && WORDS_ENDING_IN_SHANG.some((w) => t.startsWith(w, i - w.length + 1))) {
      i++;
      continue;
    }
    const item = readAt(t, i, mode);
    // (民国115年 written as 中华民国115年: the whole name is the time's)
    if (item && item.end > i && code === 0x6c11 /* 民 */ && t.startsWith(ROC_ERA_LONG, i - ROC_ERA_LONG.length + ROC_ERA.length)) item.start = i - ROC_ERA_LONG.length + ROC_ERA.length;
    if (item && item.end > i) {
      // an item that runs into a title is cut off where the title begins
      if (ti < titles.length && item.end > titles[ti][0]) {
        i++;
        continue;
      }
      // a day of every month (每月5日前报送上月情况): a routine, no day of the calendar
      if (isDayOfEveryMonth(t, item, routine)) {
        routine = item;
        i = item.end;
        continue;
      }
      routine = null;
      items.push(item);
      i = item.end;
    } else if (isAsciiDigit(code)) {
      while (i < t.length && isAsciiDigit(t.charCodeAt(i))) i++;
    } else i++;
  }
  return items;
}
/** Words before a day of the month that make it every month's (每月5日前, 每个月的25日). */
const EVERY_MONTH_BEFORE = /每个?月的?$/;
/** A bare day of the month (5日前, 5日至10日), with nothing of a year or month. */
function isBareDay(it: Item): boolean {
  const p = it.points[0];
  return !it.word && !it.amount && !it.fixed && p !== undefined && p.day !== null && p.month === null && p.monthRel === null && p.year === null && p.yearRel === null;
}
/** A day of every month (每月5日前报送, 每月5日至10日, 每月5日、15日): a routine, no day of the
 *  calendar. `routineBefore`: the item before it was one, and only a list's joiner stands between. */
function isDayOfEveryMonth(t: string, it: Item, routineBefore: Item | null): boolean {
  if (!isBareDay(it)) return false;
  if (EVERY_MONTH_BEFORE.test(t.slice(Math.max(0, it.start - 4), it.start))) return true;
  return routineBefore !== null && /^[、和及与]$/.test(t.slice(routineBefore.end, it.start));
}

/** Words ending in 上 that a time word may follow (原则上年底前完成): their 上 opens no 上年. */
const WORDS_ENDING_IN_SHANG = ["原则上", "基本上", "总体上", "实际上", "事实上", "本质上", "以上", "加上", "马上", "之上", "基础上", "会上", "线上", "网上"];


/** Nothing but blanks stands between the line's start and `i`. */
function isLineStart(t: string, i: number): boolean {
  for (let p = i - 1; p >= 0; p--) {
    const c = t[p];
    if (c === "\n") return true;
    if (c !== " " && c !== "\t" && c !== "\u3000") return false;
  }
  return true;
}


// ---------------------------------------------------------------------------------------------
// Resolution

interface Resolved {
  type: DateType;
  from: Ymd | null;
  to: Ymd | null;
}

function resolveItem(it: Item, ctxYear: number | null, ctxMonth: number | null, ref: Ymd | null): Resolved {
  if (it.kind === "plan") return { type: "period", ...it.fixed! };
  if (it.kind === "deadline" && it.fixed) return { type: "deadline", from: null, to: it.fixed.to };
  if (it.word) {
    const w = it.word;
    if (!ref || w.unit === "none") return { type: "relative", from: null, to: null };
    if (w.unit === "day") {
      const d = addDays(ref, w.offset);
      return { type: "relative", from: d, to: d };
    }
    const y = ref[0] + w.offset;
    return { type: "relative", from: [y, 1, 1], to: [y + (w.span ?? 1) - 1, 12, 31] };
  }
  if (it.amount) {
    const r = ref ? resolveAmount(it.amount, ref) : null;
    return { type: "relative", from: r?.from ?? null, to: r?.to ?? null };
  }
  const ivs = mapPacked(it.points, (p) => resolvePoint(p, ctxYear, ctxMonth, ref));
  // (a festival on the right that falls before the left side is next year's: 12月20日至春节前)
  const right = it.points[it.points.length - 1];
  if (ivs.length > 1 && right.festival !== null && ivs[0] && ivs[ivs.length - 1] && cmpYmd(ivs[ivs.length - 1]![0], ivs[0]![0]) < 0) {
    ivs[ivs.length - 1] = resolvePoint({ ...right, yearShift: right.yearShift + 1 }, ctxYear, ctxMonth, ref);
  }
  // (a festival without a year that a deadline names, 春节前 written in August, is the next one: the
  // one of the year of writing is past)
  // (only one long past, six months or more: 春节前，…走访慰问 written in March, or a mid-year report,
  // tells of the one just gone)
  // (…and so is one named alone, 元旦春节期间 written in December, where the next is near too: the
  // season ahead is meant; 春节期间 written in July, the one gone)
  if (ref && it.points.length === 1 && right.festival !== null && right.year === null && right.yearRel === null &&
    (ctxYear === null || ctxYear === ref[0]) && ivs[0] && cmpYmd(addDays(ivs[0][1], FESTIVAL_LONG_PAST_DAYS), ref) < 0) {
    const next = resolvePoint({ ...right, yearShift: right.yearShift + 1 }, ctxYear, ctxMonth, ref);
    if (it.kind === "deadline" || (next && cmpYmd(next[0], addDays(ref, FESTIVAL_NEAR_DAYS)) <= 0)) ivs[0] = next;
  }
  const first = ivs[0];
  const last = ivs[ivs.length - 1];
  const single = it.points.length === 1 && (it.points[0].day !== null || it.points[0].festival !== null);
  const type: DateType = it.relative
    ? "relative"
    : it.kind === "deadline"
      ? "deadline"
      : single && it.kind === "point"
        ? "date"
        : "period";
  if (it.kind === "deadline") return { type, from: null, to: last ? last[1] : null };
  if (it.kind === "since") return { type, from: first ? first[0] : null, to: null };
  if (!first || !last) return { type, from: null, to: null };
  return { type, from: first[0], to: last[1] };
}

/** The year an item offers as context for year-less items after it: that of a full date or
 *  period with a written year; not a deadline, a plan, a multi-year range or a relative. */
function contextYearOf(it: Item): number | null {
  if (it.relative || it.kind === "deadline" || it.kind === "plan" || it.kind === "relative") return null;
  const ys = mapPacked(it.points, (p) => p.year);
  if (ys.some((y) => y === null)) return null;
  if (it.kind === "range" && ys[0] !== ys[ys.length - 1]) return null;
  return ys[0];
}

function itemNeedsYear(it: Item): boolean {
  return it.points.length > 0 && !it.relative && it.points.some(needsYear);
}

/** Resolves the scanned items of `doc`, choosing each year-less item's year per the spec. */
function resolveAll(items: Item[], doc: Doc | null, ref: Ymd | null): Resolved[] {
  const ctxYears = mapPacked(items, contextYearOf);
  // next item (index) with a context year, for the "later in the same sentence" rule
  const nextCtx = new Int32Array(items.length + 1).fill(-1);
  for (let k = items.length - 1; k >= 0; k--) nextCtx[k] = ctxYears[k] !== null ? k : nextCtx[k + 1];
  const out: Resolved[] = [];
  let lastYear: number | null = null;
  // (where the item that gave lastYear starts; -1 where the year came from no item)
  let lastYearAt = -1;
  let lastMonth: { y: number | null; m: number } | null = null;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    let year: number | null = null;
    if (itemNeedsYear(it)) {
      if (lastYear !== null) year = lastYear;
      else {
        const n = k + 1 < items.length ? nextCtx[k + 1] : -1;
        if (n >= 0 && sameSentence(doc, it.start, items[n].start)) year = ctxYears[n];
        else if (ref) year = ref[0];
      }
      // (a time things stand as of is past, whatever year a headline ahead gave: 偏区5G涵盖率117年达95%
      // ⏎…截至10月底, written in November 2026, is this October)
      if (year !== null && ref && year > ref[0] && opensAsOf(doc, it.start)) year = ref[0];
      // (a deadline that an earlier sentence's past year would put before the day of writing is one of
      // the year of writing: 2025年汛期，全市发生地质灾害32起。《要点》明确，6月30日前…, written in May 2026)
      // (only a deadline by 前, in a sentence with no word of a year past: not 截至9月底, nor 去年，…6月底前完成…)
      if (year !== null && ref && year < ref[0] && it.kind === "deadline" && lastYearAt >= 0 && !sameSentence(doc, lastYearAt, it.start) &&
        doc?.text.charCodeAt(it.end - 1) === 0x524d /* 前 */ && !pastYearWordBefore(doc, it.start) &&
        beforeRefInYear(it, year, ref) && !beforeRefInYear(it, ref[0], ref)) year = ref[0];
    }
    // a bare day takes the month (and its year) of the nearest time before it that has one
    let month: number | null = null;
    const p0 = it.points[0];
    if (p0 && p0.day !== null && p0.month === null && p0.monthRel === null) {
      if (lastMonth) {
        month = lastMonth.m;
        if (year === null || lastMonth.y !== null) year = lastMonth.y ?? year;
      } else if (ref) {
        month = ref[1];
        year = year ?? ref[0];
      }
    }
    const r = resolveItem(it, year, month, ref);
    out.push(r);
    // (a year things are compared with is no time of what follows: 较2005年减少28%…8月底前)
    if (ctxYears[k] !== null && !isComparisonBase(doc, it.start)) (lastYear = ctxYears[k]), (lastYearAt = it.start);
    // (a time things stand as of gives its year too: 截至2025年末，…较年初下降 is that year's start)
    else if (it.kind === "deadline" && !it.relative && it.points.length === 1 && p0.year !== null && opensAsOf(doc, it.start)) (lastYear = p0.year), (lastYearAt = it.start);
    // (今年, resolved to the whole year of writing, is a period of that year too: 2025年…
    // 今年将…，年底前建成… is this year's end)
    // (…and so is a part of it named after 今年: 今年上半年, 今年3月; not a span counted from the day
    // of writing, 未来两个月; nor 去年 or 明年, whose year the sets read as no context for what follows)
    else if (ref && r.type === "relative" && r.from && r.to && r.from[0] === ref[0] && r.from[0] === r.to[0] &&
      (doc?.text.startsWith("今年", it.start) || doc?.text.startsWith("本年", it.start) ||
        // (not 这一年, the year a text looks back on, 2025年…回望这一年, written in January)
        (r.from[1] === 1 && r.from[2] === 1 && r.to[1] === 12 && r.to[2] === 31 && !doc?.text.startsWith("这", it.start)))) lastYear = r.from[0];
    if (!it.relative && it.kind !== "deadline" && it.points.length === 1 && p0.month !== null && r.from) {
      lastMonth = { y: r.from[0], m: r.from[1] };
    }
  }
  return out;
}

/** Whether the sentence holding `start` names a year past before it (去年, 上年, 上一年). */
function pastYearWordBefore(doc: Doc, start: number): boolean {
  const s = doc.sentenceAt(start);
  return s !== undefined && /去年|上年|上一年|前一年/.test(doc.text.slice(s.start, start));
}

/** Whether item `it`, given year `year`, ends before the reference day. */
function beforeRefInYear(it: Item, year: number, ref: Ymd): boolean {
  const r = resolveItem(it, year, null, ref);
  return r.to !== null && cmpYmd(r.to, ref) < 0;
}

/** Whether the item at `start` opens with 截至 or 截止: a time things stand as of. */
function opensAsOf(doc: Doc | null, start: number): boolean {
  return doc !== null && (doc.text.startsWith("截至", start) || doc.text.startsWith("截止", start));
}

/** Words right before a year that make it the base of a comparison (比2025年增加, 较2005年减少,
 *  与2025年相比). */
const COMPARISON_BASE_BEFORE = ["较", "比", "与", "同", "相较", "相比"];
function isComparisonBase(doc: Doc | null, start: number): boolean {
  if (!doc) return false;
  const t = doc.text;
  return COMPARISON_BASE_BEFORE.some((w) => t.startsWith(w, start - w.length)) && !t.startsWith("同期", start - 1);
}

function sameSentence(doc: Doc | null, a: number, b: number): boolean {
  if (!doc) return true;
  const s = doc.sentenceAt(a);
  return s !== undefined && b >= s.start && b < s.end;
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Every time expression; spans in `doc.text` offsets. */
export function extractDates(doc: Doc, referenceDate: string | null): DateFact[] {
  try {
    const t = doc.text;
    const ref = parseYmd(referenceDate);
    const items = scan(t, { loose: false, refYear: ref ? ref[0] : null, roc: doc.fromTaiwan });
    const resolved = resolveAll(items, doc, ref);
    return mapPacked(items, (it, k) => ({
      text: doc.simplified.slice(it.start, it.end),
      start: it.start,
      end: it.end,
      type: resolved[k].type,
      from: fmt(resolved[k].from),
      to: fmt(resolved[k].to),
    }));
  } catch {
    return []; // never throw: a failing extractor must not lose the other facts
  }
}

/** The first time expression of `text` (a string known to be about time, so bare years like
 *  2018 and numeric forms like 20240307 are read too), resolved against `referenceDate`
 *  (YYYY-MM-DD or null). This is what the JioNLP conformance suite runs. */
export function parseDateExpression(
  text: string,
  referenceDate: string | null,
): { type: DateType; from: string | null; to: string | null } | null {
  try {
    const doc = new Doc(text);
    const ref = parseYmd(referenceDate);
    const items = scan(doc.text, { loose: true, refYear: ref ? ref[0] : null, roc: doc.fromTaiwan });
    if (items.length === 0) return null;
    const r = resolveAll(items, doc, ref)[0];
    return { type: r.type, from: fmt(r.from), to: fmt(r.to) };
  } catch {
    return null;
  }
}

// Cue words next to a publication date at the head or foot of an article.
// Labels of a publication date (发布时间：…, 来源：… 2021-04-30). Verbs alone (印发, 发布) are
// not enough: a body sentence "2021年3月1日，省政府印发…" dates an event, not the article.
/** Words that open with 起, after which 年起 is no "from then on" (2027年起降架次, 2026年起征点);
 *  after any other word it is (2027年起首批供应50公顷, as annotators read it). */
const QI_WORDS = [
  "起降", "起征", "起诉", "起草", "起步", "起飞", "起点", "起始", "起航", "起运", "起源", "起来", "起到", "起跑", "起重", "起义",
  "起居", "起伏", "起色", "起火", "起因", "起码", "起价", "起付", "起赔", "起拍", "起售", "起租", "起算", "起效", "起作用",
];
const DATELINE_LABELS = /来源|日期|时间|发布于|发表于|发稿|更新于/;
/** A paper's or a site's name before the date of a masthead (江西日报, 人民网, 澎湃新闻). */
const MASTHEAD_NAME = /(?:日报|晚报|早报|时报|商报|报|网|客户端|新闻|新闻局|新闻处|新闻办|新闻办公室|新闻中心|新闻公报)$/;
/** A weekday, as written after a date. */
const WEEKDAY = /^(?:星期|周|礼拜)[一二三四五六日天]$/;
/** A page's controls in 【】 (字体大小, 打印, 关闭), beside its date. */
const PAGE_CONTROLS = /【[^】\n]{0,12}(?:字体|字号|打印|关闭|收藏|分享)[^】\n]{0,12}】/g;
/** What a masthead may give after the date, blank-separated: the weekday, the page and its
 *  section (星期四　第03版　综合), a few short words at most. */
const MASTHEAD_TOKEN = /^(?:星期[一二三四五六日天]|周[一二三四五六日]|第?[A-Z]?[0-9]{1,3}版|[\u4e00-\u9fff]{1,6})$/;
function isMastheadRest(rest: string): boolean {
  const tokens = rest.split(/[\s　]+/).filter((x) => x.length > 0);
  return tokens.length <= 4 && tokens.every((x) => MASTHEAD_TOKEN.test(x));
}
const LABELLED_LINE_MAX = 80;
/** A news lead before the day it opens with, brackets and blanks taken off (广州日报讯记者黄伟杰,
 *  本报讯记者张三通讯员李四). */
const NEWS_LEAD = /^[\u4e00-\u9fff]{0,16}讯(?:记者|通讯员|实习生)[^。，,；;：:]{1,30}$/;
const NEWS_LEAD_MAX = 80;
/** A reporter's byline before a dateline, its brackets taken off (记者黄志明／高雄报导). */
const BYLINE = /^(?:本报|本台|中央社)?记者[^。，,；;：:]{1,24}(?:报导|报道|电|讯)$/;
/** A byline (brackets taken off) and the subject of the lead after it, before the day it acted. */
const BYLINED_LEAD = /^(?:本报|本台|中央社)?记者[^。，,；;：:]{1,24}(?:报导|报道)[\u4e00-\u9fff]{2,24}$/;
/** What opens a wire's bracketed lead before its date (中央社记者…, 新华社…, 本报记者…). */
/** A paper's or site's name before the day of its lead (浙江在线, 南方日报, 央视网). */
const SITE_NAME = /^[\u4e00-\u9fffA-Za-z]{2,12}$/;
const WIRE_LEAD = /^(?:中央社|新华社|中新社|中新网|香港中通社|路透社|法新社|美联社|本报)[\u4e00-\u9fff·\s]{0,16}$/;
/** What a line holding a date with its year, month and day must hold (readDay: 日 or 号 after
 *  the day; readNumericDate: a separator and the next number, 2021-04-30, 2021.4.30): a line
 *  without it is not scanned. */
const FULL_DATE_SIGN = /[日号]|[-./．／－][0-9０-９]/;
const HEAD_LINES = 3;
const FOOT_LINES = 6;
const LINE_MAX = 200;

/** A publication date the text states (a dateline such as `2021-04-30 ...发布`), or null:
 *  a full date on one of the first or last lines, where that line carries a cue word
 *  (发布, 来源, 日期…) or holds nothing but the date. */
export function findReferenceDate(doc: Doc): string | null {
  try {
    const t = doc.text;
    const roc = doc.fromTaiwan;
    const lines: Array<[number, number]> = [];
    // the first and last few non-empty lines, without splitting the whole of a huge text
    let s = 0;
    while (s < t.length && lines.length < HEAD_LINES) {
      let e = t.indexOf("\n", s);
      if (e < 0) e = t.length;
      if (t.slice(s, Math.min(e, s + 1000)).trim()) lines.push([s, e]);
      s = e + 1;
    }
    const foot: Array<[number, number]> = [];
    let e = t.length;
    while (e > 0 && foot.length < FOOT_LINES && e > s) {
      let b = t.lastIndexOf("\n", e - 1);
      const start = b < 0 ? 0 : b + 1;
      if (start < s) break;
      if (t.slice(Math.max(start, e - 1000), e).trim()) foot.unshift([start, e]);
      e = b < 0 ? 0 : b;
    }
    for (const [a, b] of [...lines, ...foot]) {
      // (a long line is read only for a news lead opening it, below)
      const headOnly = b - a > LINE_MAX;
      // (a page's controls around the date say nothing: 【字体：大 中 小】 2026-03-05)
      const line = t.slice(a, headOnly ? a + NEWS_LEAD_MAX : b).replace(PAGE_CONTROLS, (m) => " ".repeat(m.length));
      if (!FULL_DATE_SIGN.test(line)) continue;
      const items = scan(line, { loose: false, refYear: null, roc });
      const full = items.find(
        (it) =>
          it.kind === "point" &&
          !it.relative &&
          it.points[0].year !== null &&
          it.points[0].month !== null &&
          it.points[0].day !== null,
      );
      if (!full) continue;
      const before = line.slice(0, full.start).replace(/[\s()（）\[\]【】]/g, "");
      // (the weekday after the date adds nothing: 2026年1月15日（星期四）)
      const rest = before + line.slice(full.end).replace(/[\s()（）\[\]【】]/g, "").replace(WEEKDAY, "");
      // a date alone on its line; a dateline (the date first, then a blank: "2021-04-30 经济带网
      // 发布了…"); or a short line that labels it (发布时间：2022年3月5日)
      const dateline = before.length === 0 && /^[ \t]/.test(line.slice(full.end));
      const labelled = line.length <= LABELLED_LINE_MAX && DATELINE_LABELS.test(line);
      // (or a page's stamp: a site's name, the date and the time, 哈密零距离　2026-09-15 11:26)
      const stamped = line.length <= LABELLED_LINE_MAX && /^\s*\d{1,2}:\d{2}(?!\d)/.test(line.slice(full.end)) && !/[。，,；;]/.test(line);
      // (or the day a report was delivered, under its title: ——2026年1月13日在…会议上)
      const delivered = /^[—–-]{1,2}$/.test(before) && /^\s*在/.test(line.slice(full.end)) && line.length <= LABELLED_LINE_MAX;
      // (or a paper's masthead: its name, the date, and perhaps the weekday and page, 江西日报　2026年
      // 10月22日　第03版)
      // (…the paper's name in 《》, the date and page in brackets: 《人民日报》（2026年03月05日 第01版）;
      // or the body that releases it, 新闻局　2026年2月26日)
      // (…its reporter's byline after the date: 金门日报　中华民国114年9月5日　记者李文彬／金城报导)
      const masthead = line.length <= LABELLED_LINE_MAX && !/[。，,；;：:]/.test(line) && MASTHEAD_NAME.test(before.replace(/[《》]/g, "")) &&
        (isMastheadRest(line.slice(full.end).replace(/[()（）]/g, " ")) || BYLINE.test(line.slice(full.end).replace(/[\s()（）\[\]【】]/g, "")));
      // (or a wire's lead, the agency, its reporter and place, then the day and 电 or 讯, in brackets or
      // on a line of its own: （中央社记者林冠宇澳门2026年10月29日电）)
      // (…or any paper's or site's name, the day, 讯 and the reporter in brackets: 浙江在线　2026年9月15日讯
      // （记者 沈一鸣）)
      const wire = (/^\s*[电讯](?:[）)]|\s*$)/.test(line.slice(full.end)) && WIRE_LEAD.test(before)) ||
        (SITE_NAME.test(before) && /^\s*讯\s*[（(]\s*(?:记者|通讯员|实习生)/.test(line.slice(full.end)));
      // (or the date after a reporter's byline and nothing else: 【记者黄志明／高雄报导】2026年2月24日)
      const byline = rest.length === before.length && BYLINE.test(before);
      // (or a news lead, the paper's 讯 and its reporter in brackets, then the day the news opens
      // with: 广州日报讯（记者 黄伟杰）二〇二六年十二月八日，广州市召开…)
      const newsLead = NEWS_LEAD.test(before) && /^[，,]/.test(line.slice(full.end));
      // (…or a reporter's byline, then the lead's subject and the day it acted: （记者刘家豪／台北报导）
      // 卫生福利部长陈建宏2026年10月28日赴立法院…)
      const bylinedLead = BYLINED_LEAD.test(before) && isHanCode(line.charCodeAt(full.end));
      if (headOnly ? newsLead || bylinedLead : rest.length === 0 || bylinedLead || dateline || labelled || stamped || delivered || masthead || wire || byline || newsLead) {
        const p = full.points[0];
        return fmt([p.year!, p.month!, p.day!]);
      }
    }
    return null;
  } catch {
    return null;
  }
}
