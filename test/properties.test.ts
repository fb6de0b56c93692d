// Issue 8, the generated half: for random text mixing policy words, digits, punctuation,
// astral characters and lone surrogates, `extract` never throws and every record keeps the
// contract (shared/spec/facts.md): spans inside the text, `text` the simplified slice at the
// span, no NaN/Infinity, a record the JSON Schema accepts; and Traditional and Simplified
// renderings of the same text give the same facts, as do full-width digits and CRLF line
// ends. Fixed seed; 11,000 generated cases in all.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import { extract } from "../src/extract.js";
import { Doc, foldWidth, simplifier } from "../src/normalize.js";
import type { FactRecord } from "../src/types.js";
import { repoRoot } from "./helpers.js";

const SEED = 20261125;
const KINDS = ["regions", "dates", "documents", "targets", "figures"] as const;

// ---------------------------------------------------------------------------------------------
// Generators

const POLICY_WORDS = [
  "到", "年", "月", "日", "至", "以上", "个", "家", "万", "亿", "《", "》", "省", "市", "区", "县",
  "湖南", "北京", "朝阳", "建成", "力争", "争取", "培育", "打造", "新增", "实现", "达到", "突破", "控制在",
  "以下", "以内", "不少于", "不超过", "左右", "约", "近", "超过", "多", "余", "%", "％", "个百分点", "元", "亿元",
  "万家", "户", "项", "吨", "千瓦", "人次", "上半年", "下半年", "第三季度", "一季度", "年底", "年初", "月底", "上旬",
  "以来", "前", "今年", "去年", "近日", "目前", "截至", "“十四五”", "十三五", "期间", "时期", "末",
  "印发", "发布", "出台了", "关于", "实施方案", "行动计划", "若干措施", "意见", "以下简称", "下称", "（以下简称《计划》）",
  "人民政府", "工业和信息化厅", "办公厅", "湖南省", "北京市", "朝阳区", "海淀", "东莞", "武汉", "贵州", "广西",
  "内蒙古", "海南", "上海", "链上海南", "海南自贸港", "朝阳产业", "中山大学", "鼓楼区", "香港", "澳门", "台湾",
  "长三角", "京津冀", "全国", "中国", "人民日报", "区块链", "公共服务平台", "企业", "营业收入", "比重", "规模",
  "二", "三", "十", "两", "百", "千", "〇", "○", "零", "二○二五", "二〇二二", "第一", "为期3年", "三年",
];
const PUNCT = ["，", "。", "、", "；", "：", "！", "？", "(", ")", "（", "）", "-", "—", "–", "~", "～", ".", ",", "·", "“", "”", "\"", "「", "」", "【", "】", "《", "》", "〈", "〉", "/"];
const BLANKS = [" ", "\u3000", "\n", "\r\n", "\r", "\t", "\n\n"];
const ASTRAL = ["𠀀", "𪚥", "𡃁", "😀", "𝟘", "🇨🇳"];
const LONE = ["\ud800", "\udbff", "\udc00", "\udfff"];
const FULL_WIDTH_DIGITS = "０１２３４５６７８９";

const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => FULL_WIDTH_DIGITS[+d]);

const number = fc.oneof(
  fc.integer({ min: 0, max: 9999 }).map(String),
  fc.integer({ min: 1990, max: 2035 }).map(String),
  fc.integer({ min: 1, max: 12 }).map(String),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => n.toLocaleString("en-US")),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
  fc.stringMatching(/^[0-9]{12,45}$/),
);
const digitToken = fc.oneof(number, number.map(toFullWidth));

// Phrases shaped like the facts themselves, so that generated text reaches every extractor;
// months and days run past their range (13月, 2月30日) on purpose.
const year = fc.oneof(fc.integer({ min: 1990, max: 2035 }).map(String), fc.constantFrom("二〇二五", "二○二二", "２０２２", "0000", "9999"));
const month = fc.integer({ min: 0, max: 13 });
const day = fc.integer({ min: 0, max: 32 });
const small = fc.oneof(fc.integer({ min: 0, max: 500 }).map(String), fc.constantFrom("十", "两千", "三万", "1.5", "1,100", "２０"));
const word = fc.constantFrom("区块链", "公共服务平台", "企业", "示范项目", "产业园区", "营业收入", "比重", "数字经济", "湖南省", "北京市朝阳区", "东莞");
const unit = fc.constantFrom("个", "家", "万家", "亿元", "万元", "%", "个百分点", "项", "户", "吨", "人次", "年");
const qualifier = fc.constantFrom("", "以上", "以下", "左右", "以内", "多");
const phrase = fc.oneof(
  fc.tuple(year, month, day).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.tuple(year, month).map(([y, m]) => `${y}年${m}月`),
  fc.tuple(month, day).map(([m, d]) => `${m}月${d}日`),
  fc.tuple(year, fc.constantFrom("到", "至", "力争到", "")).map(([y, w]) => `${w}${y}年${["", "底", "前", "以来", "上半年", "第三季度"][y.length % 6]}`),
  fc.tuple(year, year, fc.constantFrom("-", "—", "至", "~")).map(([a, b, sep]) => `${a}${sep}${b}年`),
  fc.tuple(month, fc.constantFrom("上旬", "中旬", "下旬", "初", "底")).map(([m, w]) => `${m}月${w}`),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom("方案", "行动计划", "若干措施", "意见"), year, year).map(([ws, kind, a, b]) => `《${ws.join("")}${kind}(${a}-${b}年)》`),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 2 }), fc.constantFrom("计划", "意见", "方案")).map(([ws, k]) => `印发了《${ws.join("")}${k}》（以下简称《${k}》）`),
  fc.tuple(fc.constantFrom("建成", "培育", "力争", "新增", "达到", "突破", "控制在", "截至目前共有"), small, fc.constantFrom("", "至", "-", "到"), small, unit, qualifier, word).map(
    ([v, a, sep, b, u, q, w]) => (sep ? `${v}${a}${sep}${b}${u}${q}${w}` : `${v}${a}${u}${q}${w}`),
  ),
);

/** One token of the mixed alphabet, policy words most often. */
const token = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...POLICY_WORDS) },
  { weight: 5, arbitrary: phrase },
  { weight: 4, arbitrary: digitToken },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...BLANKS) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom(...LONE), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 2 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
);
const mixedText = fc.array(token, { maxLength: 40 }).map((ts) => ts.join(""));

/** Any UTF-16 string at all: code points anywhere, and lone surrogates. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom(...POLICY_WORDS, ...PUNCT),
  ),
  maxLength: 60,
});

// ---------------------------------------------------------------------------------------------
// What every record must satisfy

const schema = JSON.parse(readFileSync(join(repoRoot, "schema", "record.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strictTypes: false }).compile(schema);

type AnyRec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function nonFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

function spansOf(rec: FactRecord): Array<{ where: string; text: string; start: number; end: number }> {
  const out: Array<{ where: string; text: string; start: number; end: number }> = [];
  rec.regions?.forEach((r, i) => r.mentions.forEach((m, j) => out.push({ where: `regions[${i}].mentions[${j}]`, ...m })));
  rec.documents?.forEach((d, i) => d.mentions.forEach((m, j) => out.push({ where: `documents[${i}].mentions[${j}]`, ...m })));
  for (const k of ["dates", "targets", "figures"] as const) rec[k]?.forEach((f, i) => out.push({ where: `${k}[${i}]`, text: f.text, start: f.start, end: f.end }));
  return out;
}

/** UTF-16 offset of every code point boundary of `s` (a lone surrogate is one code point). */
function unitOffsets(s: string): number[] {
  const at = [0];
  let u = 0;
  for (const cp of s) {
    u += cp.length;
    at.push(u);
  }
  return at;
}

const show = (s: string) => JSON.stringify(s);

function dateStrings(rec: FactRecord): Array<{ where: string; value: string }> {
  const out: Array<{ where: string; value: string }> = [];
  const add = (where: string, v: string | null | undefined) => v != null && out.push({ where, value: v });
  add("referenceDate", rec.referenceDate);
  rec.dates?.forEach((d, i) => (add(`dates[${i}].from`, d.from), add(`dates[${i}].to`, d.to)));
  rec.documents?.forEach((d, i) => add(`documents[${i}].date`, d.date));
  rec.targets?.forEach((t, i) => add(`targets[${i}].deadline`, t.deadline));
  return out;
}

function isCalendarDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Every contract check on the record of `s`; throws with the input shown. */
function checkRecord(s: string, rec: FactRecord): void {
  const cps = [...s].length;
  expect(rec.source.chars, show(s)).toBe(cps);
  for (const k of KINDS) expect(Array.isArray(rec[k]), `${k} of ${show(s)}`).toBe(true);
  expect(nonFinite(rec), show(s)).toEqual([]);
  expect(validate(rec), `${show(s)}: ${JSON.stringify(validate.errors)}`).toBe(true);
  // every date is a day of the calendar (no 2月30日, no 13月)
  for (const d of dateStrings(rec)) expect(isCalendarDay(d.value), `${d.where} = ${d.value} of ${show(s)}`).toBe(true);
  // what a user gets through JSON is what the library returned (NaN, undefined, -0 …)
  expect(JSON.parse(JSON.stringify(rec)), show(s)).toEqual(rec);
  const simplified = new Doc(s).simplifiedOriginal;
  expect(simplified.length, "Doc.simplifiedOriginal keeps the original's UTF-16 length").toBe(s.length);
  const at = unitOffsets(s);
  for (const sp of spansOf(rec)) {
    const where = `${sp.where} [${sp.start}, ${sp.end}) "${sp.text}" of ${show(s)}`;
    expect(Number.isInteger(sp.start) && Number.isInteger(sp.end), where).toBe(true);
    expect(sp.start >= 0 && sp.start <= sp.end && sp.end <= cps, where).toBe(true);
    expect(sp.text, where).toBe(simplified.slice(at[sp.start], at[sp.end]));
  }
}

/** A record less everything that depends on the script it was written in. */
function scriptFree(rec: FactRecord): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).filter(([k]) => k !== "text" && k !== "source").map(([k, x]) => [k, strip(x)]));
    return v;
  };
  return strip(rec);
}

// ---------------------------------------------------------------------------------------------

describe("extract on generated text (fast-check, seed 20261125)", () => {
  it("the generated text reaches every extractor (else the properties below would prove little)", () => {
    const reached = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<(typeof KINDS)[number], number>;
    const samples = fc.sample(mixedText, { seed: SEED, numRuns: 1000 });
    for (const s of samples) {
      const rec = extract(s);
      for (const k of KINDS) if (rec[k]!.length) reached[k]++;
    }
    for (const k of KINDS) expect(reached[k], `${k} in ${JSON.stringify(reached)} of 1000`).toBeGreaterThanOrEqual(20);
  });

  it("never throws, and every record keeps the contract — policy words, digits, punctuation, astral, lone surrogates", () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        checkRecord(s, extract(s));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("never throws on any UTF-16 string at all", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        checkRecord(s, extract(s));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it("holds with a reference date, with --only, and gives the same record twice (no state left between calls)", () => {
    fc.assert(
      fc.property(mixedText, mixedText, fc.constantFrom(...KINDS), (s, other, kind) => {
        const full = extract(s);
        extract(other);
        expect(extract(s), `second run of ${show(s)} after ${show(other)}`).toEqual(full);
        // --only: the kind asked for is what the full record says
        const only = extract(s, { only: [kind] });
        expect(Object.keys(only).sort(), show(s)).toEqual(["referenceDate", "schemaVersion", "source", kind].sort());
        expect(only[kind], `--only ${kind} of ${show(s)}`).toEqual(full[kind]);
        const dated = extract(s, { refDate: "2021-04-30" });
        checkRecord(s, dated);
        expect(dated.referenceDate).toBe("2021-04-30");
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("moves every span by exactly the code points put in front (a blank line, an astral character)", () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom("\n", "𠀀\n", "\ud800\n", "\r\n\u3000\n"), (s, prefix) => {
        // a text whose own first line could take the prefix into a fact is not this property's
        fc.pre(!/^[\r\n]/.test(s));
        const shift = [...prefix].length;
        const a = extract(s, { refDate: "2021-04-30" });
        const b = extract(prefix + s, { refDate: "2021-04-30" });
        checkRecord(prefix + s, b);
        const moved = (r: FactRecord) => JSON.parse(JSON.stringify({ ...r, source: null }), (k, v) => ((k === "start" || k === "end") && typeof v === "number" ? v + shift : v));
        expect({ ...b, source: null }, `${show(prefix)} + ${show(s)}`).toEqual(moved(a));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe("other renderings of the same text give the same facts", () => {
  /** The record with every span moved through `move` (code point offset → code point offset). */
  const moveSpans = (rec: FactRecord, move: (cp: number) => number) =>
    JSON.parse(JSON.stringify({ ...rec, source: null }), (k, v) => ((k === "start" || k === "end") && typeof v === "number" ? move(v) : v));

  it("full-width digits read as the digits they are (what is kept as written — text, title, issuer, object — differs only in width)", () => {
    // every string folded to half width, `text` dropped
    const folded = (r: FactRecord) => JSON.parse(JSON.stringify(scriptFree(r)), (_k, v) => (typeof v === "string" ? foldWidth(v) : v));
    fc.assert(
      fc.property(mixedText, (s) => {
        const wide = toFullWidth(s);
        const a = extract(s, { refDate: "2021-04-30" });
        const b = extract(wide, { refDate: "2021-04-30" });
        checkRecord(wide, b);
        expect(folded(b), show(wide)).toEqual(folded(a));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it("Windows line ends (CRLF) give the same facts as LF, at the same places", () => {
    fc.assert(
      fc.property(mixedText, (raw) => {
        const s = raw.replace(/\r\n?/g, "\n");
        fc.pre(s.includes("\n"));
        const crlf = s.replace(/\n/g, "\r\n");
        // code point offset in s → in crlf: one more for every \n before it
        const cps = [...s];
        const before: number[] = [0];
        for (const c of cps) before.push(before[before.length - 1] + (c === "\n" ? 1 : 0));
        const a = extract(s, { refDate: "2021-04-30" });
        const b = extract(crlf, { refDate: "2021-04-30" });
        checkRecord(crlf, b);
        const strip = (r: unknown) => JSON.parse(JSON.stringify(r), (k, v) => (k === "text" ? undefined : v));
        // a span that ends just after a line's \n in s would end after the \r\n pair in crlf
        const movedA = moveSpans(a, (cp) => cp + before[cp]);
        expect(strip({ ...b, source: null }), show(crlf)).toEqual(strip(movedA));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});

describe("Traditional and Simplified renderings give the same facts", () => {
  const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
  const toSimplified = simplifier();
  // Words whose Simplified → Traditional → Simplified round trip is exact (一对多 characters
  // such as 干 or 台 do not come back as they went, and the text would no longer be the same).
  const safe = (w: string) => toSimplified(toTraditional(w)) === w && toTraditional(w).length === w.length;
  const SAFE_WORDS = [...POLICY_WORDS, "区块链产业发展", "数字经济", "高质量发展", "碳达峰", "氢能产业", "财政资金", "产业园区", "示范项目", "营业收入", "发展规划", "专项资金", "创新中心", "龙头企业", "应用场景", "公共服务平台"].filter(safe);
  const safeText = fc
    .array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...SAFE_WORDS) },
        { weight: 5, arbitrary: phrase.filter(safe) },
        { weight: 4, arbitrary: digitToken },
        { weight: 3, arbitrary: fc.constantFrom(...PUNCT.filter(safe)) },
        { weight: 1, arbitrary: fc.constantFrom("\n", " ") },
      ),
      { maxLength: 40 },
    )
    .map((ts) => ts.join(""));

  it("the safe alphabet is mostly policy words, and does convert", () => {
    expect(SAFE_WORDS.length).toBeGreaterThan(POLICY_WORDS.length * 0.8);
    expect(toTraditional("湖南省区块链产业发展行动计划，力争建成10个以上公共服务平台")).toBe("湖南省區塊鏈產業發展行動計劃，力爭建成10個以上公共服務平臺");
  });

  it("for every generated text, the same record less `text` and `source`", () => {
    let traditionalSeen = 0;
    fc.assert(
      fc.property(safeText, (s) => {
        const t = toTraditional(s);
        fc.pre(t.length === s.length && toSimplified(t) === s);
        if (t !== s) traditionalSeen++;
        const fromS = extract(s, { refDate: "2021-04-30" });
        const fromT = extract(t, { refDate: "2021-04-30" });
        checkRecord(t, fromT);
        expect(scriptFree(fromT), `${show(t)} vs ${show(s)}`).toEqual(scriptFree(fromS));
        // and the reported text is the Simplified one in both
        expect(spansOf(fromT).map((x) => x.text), show(t)).toEqual(spansOf(fromS).map((x) => x.text));
      }),
      { seed: SEED, numRuns: 2000 },
    );
    expect(traditionalSeen).toBeGreaterThan(1000);
  });
});
