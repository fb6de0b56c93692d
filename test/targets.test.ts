import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Doc } from "../src/normalize.js";
import type { Context } from "../src/extract.js";
import type { DateFact, DateType, DocumentFact, Region, RegionLevel } from "../src/types.js";
import { TargetScanner, extractTargets, objectSimilarity } from "../src/extractors/targets.js";
import { extract } from "../src/index.js";

// Hand-built contexts: the regions, dates and documents extractors are not under test here, so
// their facts are given by substring (every occurrence of the written form is a mention).

type RegionSpec = [name: string, code: string, level: RegionLevel, forms: string[]];
type DateSpec = [written: string, type: DateType, from: string | null, to: string | null];
type DocSpec = [title: string, region: string | null, forms: string[]];

function occurrences(text: string, form: string): Array<{ text: string; start: number; end: number }> {
  const out = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length))
    out.push({ text: form, start: i, end: i + form.length });
  return out;
}

function context(
  raw: string,
  opts: { regions?: RegionSpec[]; dates?: DateSpec[]; documents?: DocSpec[]; ref?: string | null } = {},
): Context {
  const doc = new Doc(raw);
  const t = doc.text;
  const regions: Region[] = (opts.regions ?? []).map(([name, code, level, forms]) => ({
    name, code, level, parent: null,
    mentions: forms.flatMap((f) => occurrences(t, f)).sort((a, b) => a.start - b.start),
  }));
  const dates: DateFact[] = (opts.dates ?? []).flatMap(([w, type, from, to]) =>
    occurrences(t, w).map((m) => ({ ...m, type, from, to })),
  );
  const documents: DocumentFact[] = (opts.documents ?? []).map(([title, region, forms]) => ({
    title, issuer: null, date: null, region, aliases: [],
    mentions: forms.flatMap((f) => occurrences(t, f)).sort((a, b) => a.start - b.start),
  }));
  return { doc, referenceDate: opts.ref ?? null, regions, dates, documents };
}

const brief = (ts: ReturnType<typeof extractTargets>["targets"]) =>
  ts.map((x) => ({ min: x.min, max: x.max, unit: x.unit, object: x.object, region: x.region, deadline: x.deadline, document: x.document }));

const HUNAN: RegionSpec = ["湖南省", "430000", "province", ["湖南省", "湖南"]];
const GUIZHOU: RegionSpec = ["贵州省", "520000", "province", ["贵州省", "贵州"]];
const HEBEI: RegionSpec = ["河北省", "130000", "province", ["河北省", "河北"]];
const JIANGSU: RegionSpec = ["江苏省", "320000", "province", ["江苏"]];
const TO2022: DateSpec = ["到2022年", "deadline", null, "2022-12-31"];

describe("seed 000: the worked example's goals", () => {
  const hunan =
    "4月27日,湖南省工业和信息化厅印发《湖南省区块链产业发展三年行动计划(2020-2022年)》。《计划》提出,力争到2022年,湖南省建成10个以上区块链公共服务平台,推动3万家企业上链,建成5个左右区块链产业园,相关产业营业收入达到30亿元,建设成为全国有影响力的区块链技术创新高地。";
  const ctx = () =>
    context(hunan, {
      regions: [HUNAN],
      dates: [TO2022, ["4月27日", "date", "2020-04-27", "2020-04-27"]],
      documents: [["湖南省区块链产业发展三年行动计划(2020-2022年)", "430000", ["《湖南省区块链产业发展三年行动计划(2020-2022年)》", "《计划》"]]],
      ref: "2021-04-30",
    });

  it("finds the four goals with their numbers, units and objects", () => {
    const { targets } = extractTargets(ctx());
    expect(brief(targets)).toEqual([
      { min: 10, max: null, unit: "个", object: "区块链公共服务平台", region: "430000", deadline: "2022-12-31", document: 0 },
      { min: 30000, max: 30000, unit: "家", object: "企业", region: "430000", deadline: "2022-12-31", document: 0 },
      { min: 5, max: 5, unit: "个", object: "区块链产业园", region: "430000", deadline: "2022-12-31", document: 0 },
      { min: 3e9, max: 3e9, unit: "元", object: "相关产业营业收入", region: "430000", deadline: "2022-12-31", document: 0 },
    ]);
    expect(targets[0]).toMatchObject({ text: "建成10个以上区块链公共服务平台", verb: "建成", qualifier: "以上", approx: false });
    expect(targets[2]).toMatchObject({ qualifier: "左右", approx: true });
  });

  it("reports offsets into doc.text that slice to the text", () => {
    const c = ctx();
    for (const t of extractTargets(c).targets) expect(c.doc.text.slice(t.start, t.end)).toBe(t.text);
  });

  it("does not take the plan's title range (2020-2022年 in 《》) as an amount", () => {
    const { figures } = extractTargets(ctx());
    expect(figures.filter((f) => f.unit === "年")).toEqual([]);
  });

  const guizhou =
    "5月8日,贵州省人民政府发布《关于加快区块链技术应用和产业发展的意见》(下称《意见》)。根据《意见》,到2022年,贵州省建设3至5个区块链开放创新平台及公共服务平台,打造2至3个区块链产业基地,引进培育100户以上成长型区块链企业,形成30个以上行业区块链应用解决方案,推广50个以上区块链典型应用示范。";
  it("reads ranges and 以上 in 贵州's list, and keeps 解决方案 (no document count)", () => {
    const c = context(guizhou, { regions: [GUIZHOU], dates: [TO2022], ref: "2021-04-30" });
    expect(brief(extractTargets(c).targets).map((t) => [t.min, t.max, t.unit, t.object, t.region, t.deadline])).toEqual([
      [3, 5, "个", "区块链开放创新平台及公共服务平台", "520000", "2022-12-31"],
      [2, 3, "个", "区块链产业基地", "520000", "2022-12-31"],
      [100, null, "户", "成长型区块链企业", "520000", "2022-12-31"],
      [30, null, "个", "行业区块链应用解决方案", "520000", "2022-12-31"],
      [50, null, "个", "区块链典型应用示范", "520000", "2022-12-31"],
    ]);
  });

  it("strips the deadline and region from a subject object (至2022年河北省…达20家)", () => {
    const s = "7月初发布的《河北省区块链专项行动计划(2020-2022年)》明确,至2022年河北省区块链相关领域领军企业和龙头企业达20家,培育一批区块链应用产品,力争打造出1个至3个全国知名区块链品牌。不只是河北,湖南、北京都发布了为期3年的“行动计划”。";
    const c = context(s, { regions: [HEBEI, HUNAN], dates: [["至2022年", "deadline", null, "2022-12-31"]], ref: "2021-04-30" });
    const { targets, figures } = extractTargets(c);
    expect(brief(targets).map((t) => [t.min, t.max, t.unit, t.object, t.region, t.deadline])).toEqual([
      [20, 20, "家", "区块链相关领域领军企业和龙头企业", "130000", "2022-12-31"],
      [1, 3, "个", "全国知名区块链品牌", "130000", "2022-12-31"],
    ]);
    // 为期3年 is a duration: nowhere; 一批 is no count
    expect(figures).toEqual([]);
  });

  it("reports a restated goal once, where first stated, but keeps other regions' goals", () => {
    const s =
      "到2022年,贵州省打造2至3个区块链产业基地,引进培育100户以上成长型区块链企业。\n" +
      "如在企业培育方面,贵州表示将引进培育100户以上成长型区块链企业;在产业园区方面,贵州计划打造2个至3个区块链产业基地,江苏计划高标准建设2个至3个省级区块链产业园区,河北计划形成3个具有区域影响力的区块链产业集聚园区。";
    const c = context(s, { regions: [GUIZHOU, JIANGSU, HEBEI], dates: [TO2022], ref: "2021-04-30" });
    const got = brief(extractTargets(c).targets).map((t) => [t.min, t.max, t.object, t.region, t.deadline]);
    expect(got).toEqual([
      [2, 3, "区块链产业基地", "520000", "2022-12-31"],
      [100, null, "成长型区块链企业", "520000", "2022-12-31"],
      [2, 3, "省级区块链产业园区", "320000", null],
      [3, 3, "具有区域影响力的区块链产业集聚园区", "130000", null],
    ]);
  });

  it("counts of provinces are figures (6省市)", () => {
    const c = context("值得一提的是,6省市都提出了多个“落地”应用领域和场景。");
    const { targets, figures } = extractTargets(c);
    expect(targets).toEqual([]);
    expect(figures.map((f) => [f.min, f.unit])).toEqual([[6, "省市"]]);
  });
});

describe("targets or figures", () => {
  it("subsidies and awards are figures (最高补贴, 给予不超过…奖励)", () => {
    const c = context("到2025年,对新认定的企业最高补贴1000万元,并按销售收入给予不超过500万元的奖励。", {
      dates: [["到2025年", "deadline", null, "2025-12-31"]],
    });
    const { targets, figures } = extractTargets(c);
    expect(targets).toEqual([]);
    expect(figures.map((f) => [f.min, f.max, f.unit])).toEqual([[1e7, 1e7, "元"], [null, 5e6, "元"]]);
  });

  it("statistics of what happened are figures (截至目前…600多家, 同比增长)", () => {
    const c = context("截至目前,全市区块链企业600多家,营业收入同比增长15%。力争到2025年,区块链企业达到1000家。", {
      dates: [["到2025年", "deadline", null, "2025-12-31"]],
    });
    const { targets, figures } = extractTargets(c);
    expect(targets.map((t) => [t.min, t.unit, t.object])).toEqual([[1000, "家", "区块链企业"]]);
    expect(figures.map((f) => [f.min, f.max, f.qualifier, f.unit])).toEqual([[600, null, "多", "家"], [15, 15, null, "%"]]);
  });

  it("a review paragraph of a past year is figures, even with 实现 and 新增 (dev 003)", () => {
    const s = "2016年,全省实现了良好开局。全省实现地区生产总值3.12万亿,增长7.9%;新增城镇就业77.4万人;粮食总产量稳定在600亿斤左右。";
    const c = context(s, { dates: [["2016年", "period", "2016-01-01", "2016-12-31"]], ref: "2017-03-31" });
    const { targets, figures } = extractTargets(c);
    expect(targets).toEqual([]);
    expect(figures.map((f) => f.min)).toEqual([7.9, 774000, 6e10]);
  });

  it("a threshold in a condition is a figure (对于年销售额达1000万元(含)以上的企业)", () => {
    const c = context("到2025年,规上企业达到100家。对于本市年销售额达1000万元(含)以上的企业,给予奖励。", {
      dates: [["到2025年", "deadline", null, "2025-12-31"]],
    });
    const { targets, figures } = extractTargets(c);
    expect(targets.map((t) => t.min)).toEqual([100]);
    expect(figures.map((f) => [f.min, f.max, f.qualifier])).toEqual([[1e7, null, "以上"]]);
  });

  it("without a reference date, the latest full date the text states is the time of writing", () => {
    const s = "2017年3月31日\n2016年,全省新增城镇就业77.4万人。";
    const c = context(s, {
      dates: [
        ["2017年3月31日", "date", "2017-03-31", "2017-03-31"],
        ["2016年", "period", "2016-01-01", "2016-12-31"],
      ],
    });
    expect(extractTargets(c).targets).toEqual([]);
    expect(extractTargets(c).figures.map((f) => f.min)).toEqual([774000]);
  });

  it("an age is an attribute unless measured (60岁以上老年人口; 人均预期寿命达到79岁)", () => {
    const c = context("到2025年,人均预期寿命达到79岁,覆盖60岁以上老年人口100万人。", {
      dates: [["到2025年", "deadline", null, "2025-12-31"]],
    });
    expect(extractTargets(c).targets.map((t) => [t.min, t.unit, t.object])).toEqual([
      [79, "岁", "人均预期寿命"],
      [1e6, "人", "老年人口"],
    ]);
  });

  it("a year's plan may compare with last year (城镇化率比上年提高1个百分点) and still state a goal", () => {
    const c = context("今年主要预期目标是:地区生产总值增长6%左右,城镇化率比上年提高1个百分点。");
    expect(extractTargets(c).targets.map((t) => [t.min, t.unit])).toEqual([[6, "%"], [1, "个百分点"]]);
  });

  it("a weak verb needs a goal cue: 南宁…达103个 is a report", () => {
    expect(extractTargets(context("南宁筹建数字经济类项目达103个。")).targets).toEqual([]);
    expect(extractTargets(context("南宁数字经济类项目将达103个。")).targets.map((t) => t.min)).toEqual([103]);
  });

  it("counts of documents and measures are figures (15条政策措施, 12条…工作方案)", () => {
    const c = context("提出15条政策措施,涉及95项具体条款。逐链编制12条重点产业链工作方案。");
    expect(extractTargets(c).targets).toEqual([]);
    expect(extractTargets(c).figures.map((f) => f.min)).toEqual([15, 95, 12]);
  });

  it("years, durations and ordinals go nowhere (三年内, 为期3年, 第一)", () => {
    const c = context("三年内认定市级众创空间60家以上。为期3年。位居全国第一位。", {
      regions: [["杭州市", "330100", "city", ["杭州"]]],
    });
    const { targets, figures } = extractTargets(c);
    expect(targets.map((t) => [t.min, t.max, t.unit, t.object])).toEqual([[60, null, "家", "市级众创空间"]]);
    expect(figures).toEqual([]);
  });

  it("a goals sentence (…等预期目标) makes every listed amount a target, verb-less items too", () => {
    const s =
      "一、对地区生产总值增长5%以上、一般公共预算收入增长4%、城镇新增就业47万人左右、城镇调查失业率5.5%左右、粮食产量500亿斤左右等经济社会发展预期目标完成情况进行监测。";
    const got = extractTargets(context(s)).targets.map((t) => [t.min, t.max, t.unit, t.object, t.approx]);
    expect(got).toEqual([
      [5, null, "%", "地区生产总值增长", false],
      [4, 4, "%", "一般公共预算收入增长", false],
      [470000, 470000, "人", "城镇新增就业", true],
      [5.5, 5.5, "%", "城镇调查失业率", true],
      [5e10, 5e10, "斤", "粮食产量", true],
    ]);
  });

  it("a measured duration is a target (压缩至6个工作日以内)", () => {
    const c = context("加快出口退税进度,把退税平均时间压缩至6个工作日以内。");
    expect(brief(extractTargets(c).targets)).toEqual([
      { min: null, max: 6, unit: "个工作日", object: "退税平均时间", region: null, deadline: null, document: null },
    ]);
  });

  it("reads a list after one verb (累计培育A 100家、B 1000家) and 突破 as verb and qualifier", () => {
    const s = "天津市还将重点实施七大专项行动。智慧工厂、数字化车间突破500个。力争培育市级领航企业10家,累计培育市级单项冠军100家、市级“专精特新”中小企业1000家。";
    const c = context(s, { regions: [["天津市", "120000", "province", ["天津市", "天津"]]] });
    expect(extractTargets(c).targets.map((t) => [t.text, t.min, t.max, t.object, t.region])).toEqual([
      ["数字化车间突破500个", 500, null, "数字化车间", "120000"],
      ["培育市级领航企业10家", 10, 10, "市级领航企业", "120000"],
      // the verb is the whole listed verb (累计培育), not its last word
      ["累计培育市级单项冠军100家", 100, 100, "市级单项冠军", "120000"],
      ["市级“专精特新”中小企业1000家", 1000, 1000, "市级“专精特新”中小企业", "120000"],
    ]);
  });
});

describe("objects", () => {
  it("cuts the object at the predicate that follows it, not inside a relative clause", () => {
    const c = context("到2022年,推动3万家企业上链,引领带动超过15万家中小工业企业实现“上云、用云”,形成3个具有区域影响力的区块链产业集聚园区。", {
      dates: [TO2022],
    });
    expect(extractTargets(c).targets.map((t) => t.object)).toEqual(["企业", "中小工业企业", "具有区域影响力的区块链产业集聚园区"]);
  });

  it("takes the subject, without modal or region, when the amount comes last", () => {
    const c = context("到“十四五”期末,东莞将实现规上企业数字化转型全覆盖;东莞数字经济核心产业规模将突破1.3万亿元,数字经济核心产业增加值占GDP比重达23%。", {
      regions: [["东莞市", "441900", "city", ["东莞"]]],
      dates: [["到“十四五”期末", "deadline", null, "2025-12-31"]],
    });
    expect(brief(extractTargets(c).targets).map((t) => [t.min, t.unit, t.object, t.region, t.deadline])).toEqual([
      [1.3e12, "元", "数字经济核心产业规模", "441900", "2025-12-31"],
      [23, "%", "数字经济核心产业增加值占GDP比重", "441900", "2025-12-31"],
    ]);
  });

  it("keeps one-character words that start the subject's own words (对外, 要素) and numbers inside words (5G)", () => {
    const c = context("到2025年,对外贸易额达到1000亿元,要素市场交易额突破50亿元,5G基站达到3万个。", {
      dates: [["到2025年", "deadline", null, "2025-12-31"]],
    });
    expect(extractTargets(c).targets.map((t) => t.object)).toEqual(["对外贸易额", "要素市场交易额", "5G基站"]);
  });

  it("keeps a year inside the subject when no date extractor read it (比2005年下降65%以上)", () => {
    const c = context("争取到2030年,单位地区生产总值二氧化碳排放比2005年下降65%以上。", {
      dates: [["争取到2030年", "deadline", null, "2030-12-31"]],
    });
    expect(extractTargets(c).targets.map((t) => [t.min, t.object])).toEqual([[65, "单位地区生产总值二氧化碳排放比2005年下降"]]);
  });

  it("bigram similarity counts containment as equal", () => {
    expect(objectSimilarity("产业链年营业收入", "氢能产业链年营业收入")).toBe(1);
    expect(objectSimilarity("区块链产业基地", "省级区块链产业园区")).toBeCloseTo(8 / 14, 5);
  });
});

describe("linking", () => {
  it("region: a 全省 clause takes the province named before; a national text has none", () => {
    const s = "《湖南省碳达峰实施方案》印发。湖南省政府近日印发方案。\n方案提出,“十四五”期间,全省产业结构优化。力争到2025年,非化石能源消费比重达到22%左右。到2030年,非化石能源消费比重达到25%左右。";
    const c = context(s, {
      regions: [HUNAN],
      dates: [
        ["到2025年", "deadline", null, "2025-12-31"],
        ["到2030年", "deadline", null, "2030-12-31"],
      ],
      documents: [["湖南省碳达峰实施方案", "430000", ["《湖南省碳达峰实施方案》"]]],
    });
    expect(brief(extractTargets(c).targets).map((t) => [t.min, t.region, t.deadline, t.document])).toEqual([
      [22, "430000", "2025-12-31", 0],
      [25, "430000", "2030-12-31", 0],
    ]);
    const national = context("到2025年,全国非化石能源消费比重达到20%左右。", { dates: [["到2025年", "deadline", null, "2025-12-31"]] });
    expect(extractTargets(national).targets.map((t) => t.region)).toEqual([null]);
  });

  it("deadline: a year period in the clause (headline 2025年…拟达500亿元) and a restatement deduplicated", () => {
    const s = "湖北武汉支持氢能产业发展 | 2025年产业链年营业收入拟达500亿元\n近日,湖北武汉市人民政府发布意见提出,到2025年,全市氢能产业链年营业收入拟达到500亿元,规上企业达到100家。";
    const c = context(s, {
      regions: [
        ["湖北省", "420000", "province", ["湖北"]],
        ["武汉市", "420100", "city", ["武汉市", "武汉"]],
      ],
      dates: [
        ["2025年", "period", "2025-01-01", "2025-12-31"],
        ["到2025年", "deadline", null, "2025-12-31"],
      ].filter((d, i, a) => a.findIndex((x) => x[0] === d[0]) === i) as DateSpec[],
    });
    // "2025年" also occurs inside "到2025年": keep only the headline's as a period
    c.dates = c.dates.filter((d) => !(d.type === "period" && c.doc.text[d.start - 1] === "到"));
    expect(brief(extractTargets(c).targets).map((t) => [t.min, t.unit, t.object, t.region, t.deadline])).toEqual([
      // the headline's goal is restated in the body: the fuller statement stands for both
      [5e10, "元", "氢能产业链年营业收入", "420100", "2025-12-31"],
      [100, "家", "规上企业", "420100", "2025-12-31"],
    ]);
  });

  it("deadline: 今年 resolved to a whole year governs the goals of its sentence", () => {
    const c = context("今年全市新增城镇就业1万人以上。", { dates: [["今年", "relative", "2024-01-01", "2024-12-31"]], ref: "2024-03-01" });
    expect(extractTargets(c).targets.map((t) => [t.min, t.deadline])).toEqual([[10000, "2024-12-31"]]);
  });

  it("deadline: from an earlier sentence of the paragraph, not from another paragraph", () => {
    const s = "到2025年,全市建成10个平台。\n新增50个基地。";
    const c = context(s, { dates: [["到2025年", "deadline", null, "2025-12-31"]] });
    expect(extractTargets(c).targets.map((t) => [t.min, t.deadline])).toEqual([[10, "2025-12-31"], [50, null]]);
  });

  it("document: a 方案提出 back-reference to the last document, a 《》 in the sentence", () => {
    const s = "《甲市行动方案》发布。\n方案提出,建成10个平台。\n据《乙市实施意见》,新增20个基地。";
    const c = context(s, {
      documents: [
        ["甲市行动方案", null, ["《甲市行动方案》"]],
        ["乙市实施意见", null, ["《乙市实施意见》"]],
      ],
    });
    expect(extractTargets(c).targets.map((t) => [t.min, t.document])).toEqual([[10, 0], [20, 1]]);
  });

  it("document and region: a list whose introduction refers back to the document (规划纲要列出…：)", () => {
    const s = "海南省人民政府7月3日发布《海南自由贸易港“十五五”规划纲要》。\n海南低于相邻的广东省，与香港的差距更大。\n规划纲要列出多项量化指标：\n1.实际使用外资年均增长15%；\n2.离岛免税销售额力争达到1000亿元。";
    const r = extract(s, { refDate: "2026-07-06" });
    expect(r.targets!.map((t) => [t.min, t.document, t.region])).toEqual([[15, 0, "460000"], [1e11, 0, "460000"]]);
    // (an introduction of the text's own, naming no document, links none)
    const own = extract(s.replace("规划纲要列出多项量化指标", "我们列出多项量化指标"), { refDate: "2026-07-06" });
    expect(own.targets!.length).toBeGreaterThan(0);
    expect(own.targets!.map((t) => t.document)).not.toContain(0);
  });
});

describe("held-out rules", () => {
  const T = (ts: ReturnType<typeof extractTargets>["targets"]) => ts.map((t) => [t.min, t.max, t.unit, t.object, t.region, t.deadline]);

  // rule 1: a past year before the clause makes it a statistic
  it("past year: before the reference date, a strong verb reports a statistic", () => {
    const s = "2022年,全市软件业务收入达到300亿元。到2026年,软件业务收入力争突破500亿元。";
    const c = context(s, {
      dates: [["2022年", "period", "2022-01-01", "2022-12-31"], ["到2026年", "deadline", null, "2026-12-31"]],
      ref: "2023-06-01",
    });
    const { targets, figures } = extractTargets(c);
    expect(T(targets)).toEqual([[5e10, null, "元", "软件业务收入", null, "2026-12-31"]]);
    expect(figures.map((f) => f.min)).toContain(3e10);
  });

  it("past year: with no time of writing, past tense after the amount (同比) decides", () => {
    const c = context("2021年全县茶叶产量达到3万吨,同比增长6%。", { dates: [["2021年", "period", "2021-01-01", "2021-12-31"]] });
    expect(extractTargets(c).targets).toEqual([]);
  });

  it("past year: the first year of the plan a document names is the earliest time of writing", () => {
    const s = "某县印发《某县2025年农业农村工作要点》。\n2024年,全县建成温室大棚800座。2025年,全县新建温室大棚1000座。";
    const c = context(s, {
      dates: [["2024年", "period", "2024-01-01", "2024-12-31"], ["2025年", "period", "2025-01-01", "2025-12-31"]],
      documents: [["某县2025年农业农村工作要点", null, ["《某县2025年农业农村工作要点》"]]],
    });
    expect(T(extractTargets(c).targets)).toEqual([[1000, 1000, "座", "温室大棚", null, "2025-12-31"]]);
  });

  it("past year: a quarter or month before the clause is a report, unless a goal cue follows it", () => {
    const s = "2025年二季度,全区新增市场主体420户。8月下旬,该区启动夜市改造,计划年底前建成夜市街区不少于4条。";
    const c = context(s, {
      dates: [
        ["2025年二季度", "period", "2025-04-01", "2025-06-30"],
        ["8月下旬", "period", "2025-08-21", "2025-08-31"],
        ["年底前", "deadline", null, "2025-12-31"],
      ],
    });
    expect(T(extractTargets(c).targets)).toEqual([[4, null, "条", "夜市街区", null, "2025-12-31"]]);
  });

  // rule 2: every amount clause of a goal statement
  it("goal statement: a weak verb or a bare qualifier in the same statement is a goal", () => {
    const s = "《行动方案》提出,到2027年,全市物流总额突破2万亿元;冷链仓储容量超过300万吨,快递业务量不少于15亿件。";
    const c = context(s, { dates: [["到2027年", "deadline", null, "2027-12-31"]], documents: [["行动方案", null, ["《行动方案》"]]] });
    expect(extractTargets(c).targets.map((t) => [t.min, t.unit, t.object])).toEqual([
      [2e12, "元", "物流总额"],
      [3e6, "吨", "冷链仓储容量"],
      [1.5e9, "件", "快递业务量"],
    ]);
  });

  it("goal statement: carried to a later sentence of the paragraph that has no time of its own", () => {
    const s = "《实施意见》提出,到2026年,全省建成区域物流枢纽12个。临江区要加快发展口岸经济,外贸进出口额占全省比重不低于25%。";
    const c = context(s, {
      regions: [["临江区", "999901", "county", ["临江区"]]],
      dates: [["到2026年", "deadline", null, "2026-12-31"]],
      documents: [["实施意见", null, ["《实施意见》"]]],
    });
    expect(T(extractTargets(c).targets)).toEqual([
      [12, 12, "个", "区域物流枢纽", null, "2026-12-31"],
      [25, null, "%", "外贸进出口额占全省比重", "999901", "2026-12-31"],
    ]);
  });

  it("goal statement: a list item without a verb shares the clause's verb (…不少于5万个、换电站200座)", () => {
    const c = context("到2025年,建成公共充电桩不少于5万个、换电站200座。", { dates: [["到2025年", "deadline", null, "2025-12-31"]] });
    expect(extractTargets(c).targets.map((t) => [t.min, t.unit, t.object])).toEqual([
      [50000, "个", "公共充电桩"],
      [200, "座", "换电站"],
    ]);
  });

  it("goal statement: a plan's range that runs past the time of writing (2025—2027年，每年…)", () => {
    const s = "《若干措施》提出,2025—2027年,每年新增规上服务业企业80家以上,服务业增加值年均增长7%以上。";
    const c = context(s, {
      dates: [["2025—2027年", "period", "2025-01-01", "2027-12-31"]],
      documents: [["若干措施", null, ["《若干措施》"]]],
      ref: "2025-02-10",
    });
    expect(extractTargets(c).targets.map((t) => [t.min, t.unit, t.deadline])).toEqual([
      [80, "家", "2027-12-31"],
      [7, "%", "2027-12-31"],
    ]);
  });

  it("goal statement: building verbs of works (新改建, 改扩建) govern their amounts", () => {
    const c = context("《要点》明确,全县新改建通村公路300公里以上,新建、改扩建卫生院5所。", { documents: [["要点", null, ["《要点》"]]] });
    expect(extractTargets(c).targets.map((t) => [t.min, t.unit, t.object, t.verb])).toEqual([
      [300, "公里", "通村公路", "新改建"],
      [5, "所", "卫生院", "改扩建"],
    ]);
  });

  // rule 3: compound units
  it("units: a concentration is one unit (控制在30微克/立方米以内)", () => {
    const c = context("到2025年,全市PM2.5年均浓度控制在30微克/立方米以内。", { dates: [["到2025年", "deadline", null, "2025-12-31"]] });
    expect(T(extractTargets(c).targets)).toEqual([[null, 30, "微克/立方米", "PM2.5年均浓度", null, "2025-12-31"]]);
  });

  // rule 4: a baseline year is no deadline and no part of the object
  it("baseline: 比2020年 / 与2020年相比 is never the deadline, and stays out of the object", () => {
    const s = "到2025年,全市单位工业增加值用水量比2020年下降16%,万元产值能耗与2020年相比降低12%。";
    const c = context(s, {
      dates: [["到2025年", "deadline", null, "2025-12-31"], ["2020年", "period", "2020-01-01", "2020-12-31"]],
    });
    c.dates = c.dates.filter((d) => !(d.type === "period" && c.doc.text[d.start - 1] === "到"));
    expect(T(extractTargets(c).targets)).toEqual([
      [16, 16, "%", "单位工业增加值用水量", null, "2025-12-31"],
      [12, 12, "%", "万元产值能耗", null, "2025-12-31"],
    ]);
  });

  // rule 5: a verb after the amount
  it("object: when a verb follows the amount, the thing counted is the noun before it", () => {
    const c = context("到2025年,带动农户3000户增收。", { dates: [["到2025年", "deadline", null, "2025-12-31"]] });
    expect(extractTargets(c).targets.map((t) => [t.min, t.unit, t.object])).toEqual([[3000, "户", "农户"]]);
  });

  // rule 6: a headline restating a goal of the body
  it("headline: restated in the body in other words, the body's fuller statement stands for both", () => {
    const s = "某州推进文旅融合 游客接待量力争突破5000万人次\n《方案》提出,到2025年,全州年接待游客力争突破5000万人次。";
    const c = context(s, { dates: [["到2025年", "deadline", null, "2025-12-31"]], documents: [["方案", null, ["《方案》"]]] });
    expect(T(extractTargets(c).targets)).toEqual([[5e7, null, "人次", "年接待游客", null, "2025-12-31"]]);
  });

  it("headline: a headline goal with no object merges with the body's", () => {
    const s = "某省推进农田建设 “十四五”期间新建900万亩\n“十四五”期间,全省新建高标准农田900万亩。";
    const c = context(s, { dates: [["“十四五”期间", "period", "2021-01-01", "2025-12-31"]] });
    expect(T(extractTargets(c).targets)).toEqual([[9e6, 9e6, "亩", "高标准农田", null, "2025-12-31"]]);
  });

  // rule 7: the governing region
  it("region: a neighbour (紧邻, 与…接壤) is not the governing region; the stating document's is", () => {
    const s = "作为甲市下辖的县级市,乙市紧邻丙市,与丁市接壤。\n《乙市若干措施》提出,到2026年,全市培育产业集群3个。";
    const c = context(s, {
      regions: [
        ["甲市", "900100", "city", ["甲市"]],
        ["乙市", "900181", "county", ["乙市"]],
        ["丙市", "910000", "province", ["丙市"]],
        ["丁市", "900200", "city", ["丁市"]],
      ],
      dates: [["到2026年", "deadline", null, "2026-12-31"]],
      documents: [["乙市若干措施", "900181", ["《乙市若干措施》"]]],
    });
    expect(T(extractTargets(c).targets)).toEqual([[3, 3, "个", "产业集群", "900181", "2026-12-31"]]);
  });

  it("region: a region 'mention' that is the goal verb itself (新建) names no place", () => {
    const s = "甲区提出,到2025年,新建5G基站1200座。";
    const c = context(s, {
      regions: [["甲区", "900102", "county", ["甲区"]], ["新建区", "360112", "county", ["新建"]]],
      dates: [["到2025年", "deadline", null, "2025-12-31"]],
    });
    expect(T(extractTargets(c).targets)).toEqual([[1200, 1200, "座", "5G基站", "900102", "2025-12-31"]]);
  });

  // rule 8: object boundaries
  it("object: verbs and their modifiers before the object are stripped; grades and terms stay", () => {
    const s = "到2025年,新创建国家4A级以上旅游景区6个,配套建设灌溉渠道约150公里,新开通公交线路12条。";
    const c = context(s, { dates: [["到2025年", "deadline", null, "2025-12-31"]] });
    expect(extractTargets(c).targets.map((t) => t.object)).toEqual(["国家4A级以上旅游景区", "灌溉渠道", "公交线路"]);
  });

  it("object: an amount inside the subject's own modifier is part of it, and no goal of its own", () => {
    const c = context("到2025年,集体经营性收入20万元以上的村占比达到60%。", { dates: [["到2025年", "deadline", null, "2025-12-31"]] });
    const { targets, figures } = extractTargets(c);
    expect(targets.map((t) => [t.min, t.unit, t.object])).toEqual([[60, "%", "集体经营性收入20万元以上的村占比"]]);
    expect(figures.map((f) => f.min)).toEqual([200000]);
  });

  it("object: a 、 list closed by 等 belongs to the object", () => {
    const c = context("到2025年,建成工业互联网、人工智能等公共服务平台3至5个。", { dates: [["到2025年", "deadline", null, "2025-12-31"]] });
    expect(extractTargets(c).targets.map((t) => [t.min, t.max, t.object])).toEqual([[3, 5, "工业互联网、人工智能等公共服务平台"]]);
  });
});

describe("heldout2 rules (own sentences)", () => {
  const SHANXI: RegionSpec = ["山西省", "140000", "province", ["山西省", "山西"]];
  const TAIYUAN: RegionSpec = ["太原市", "140100", "city", ["太原"]];
  const TO2025: DateSpec = ["到2025年", "deadline", null, "2025-12-31"];

  it("rule 1: 截至 a past day is a statistic, even with 达到 or 建成", () => {
    const c = context("截至2022年底，全省农村公路总里程达到9800公里。到2025年，全省新建农村公路3000公里。", {
      regions: [HUNAN],
      dates: [["截至2022年底", "deadline", null, "2022-12-31"], TO2025],
    });
    const { targets, figures } = extractTargets(c);
    expect(targets.map((t) => t.min)).toEqual([3000]);
    expect(figures.some((f) => f.min === 9800)).toBe(true);
  });
  it("rule 1: a bare year in a statement opened as a report is past; 超额完成 marks a report", () => {
    const c = context(
      "据统计，“十三五”时期全市新增绿地1200公顷；2021年全市新增充电桩5200个。\n2022年，全市新增就业12.5万人，超额完成全年目标任务。",
      { dates: [["“十三五”时期", "period", "2016-01-01", "2020-12-31"], ["2021年", "period", "2021-01-01", "2021-12-31"], ["2022年", "period", "2022-01-01", "2022-12-31"]] },
    );
    expect(extractTargets(c).targets).toEqual([]);
  });
  it("rule 2: an amount followed by 的目标 restates the goal; its thing is the subject", () => {
    const c = context("今年全省农村劳动力转移就业60万人以上。会议要求，确保今年农村劳动力转移就业60万人以上的目标顺利完成。", {
      regions: [HUNAN],
    });
    const ts = extractTargets(c).targets;
    expect(ts.length).toBe(1);
    expect(ts[0].object).toContain("农村劳动力转移就业");
  });
  it("rule 3: a threshold inside a noun phrase whose goal is full coverage is no target", () => {
    const c = context("到2025年，实现50人以上自然村通客车全覆盖，新建候车亭200个。", { dates: [TO2025] });
    const ts = extractTargets(c).targets;
    expect(ts.map((t) => t.min)).toEqual([200]);
  });
  it("rule 4: 发展, 开发 govern a count; a bound under a deadline is a goal; 开发区 is no verb", () => {
    const c = context("到2025年，发展农民合作社300个，政务服务事项网上可办率不少于90%，“一件事”套餐不少于50项。", { dates: [TO2025] });
    expect(extractTargets(c).targets.map((t) => t.min)).toEqual([300, 90, 50]);
    const d = context("全市开发区企业1200家。");
    expect(extractTargets(d).targets).toEqual([]);
  });
  it("rule 5: 控制在…左右 is approximate (min = max), 控制在…以内 a maximum", () => {
    const c = context("力争全年居民消费价格涨幅控制在3%左右，城镇登记失业率控制在4.5%以内。");
    const ts = extractTargets(c).targets;
    expect(ts.map((t) => [t.min, t.max, t.approx])).toEqual([[3, 3, true], [null, 4.5, false]]);
  });
  it("rule 6: 分别 spreads amounts over subjects by position; regions by position", () => {
    const c = context("到2025年，全省二氧化硫、颗粒物排放量分别下降到2.5万吨和1.2万吨。", { regions: [HUNAN], dates: [TO2025] });
    const ts = extractTargets(c).targets;
    expect(ts.map((t) => [t.min, t.object])).toEqual([[25000, "二氧化硫"], [12000, "颗粒物排放量"]]);
    const HUBEI: RegionSpec = ["湖北省", "420000", "province", ["湖北省"]];
    const d = context("今年全国承担改造任务90万户，湖南省、湖北省分别为30万户和25万户。", {
      regions: [HUNAN, HUBEI],
      dates: [["今年", "period", "2030-01-01", "2030-12-31"]],
    });
    const ds = extractTargets(d).targets;
    expect(ds.map((t) => [t.min, t.region, t.object])).toEqual([
      // (the nearer goal verb 改造 is taken for the verb, so the thing is 任务)
      [900000, null, "任务"], [300000, "430000", "任务"], [250000, "420000", "任务"],
    ]);
  });
  it("rule 6: 各 gives each subject the amount; 其中 parts inherit the thing", () => {
    const c = context("到2025年，东区、西区将各新建1所三甲医院。", { dates: [TO2025] });
    expect(extractTargets(c).targets.map((t) => t.object)).toEqual(["三甲医院"]);
    const d = context("今年计划新建、改造农村公路6000公里，其中新建2000公里，改造4000公里。", {
      dates: [["今年", "period", "2030-01-01", "2030-12-31"]],
    });
    expect(extractTargets(d).targets.map((t) => t.object)).toEqual(["农村公路", "新建农村公路", "改造农村公路"]);
  });
  it("rule 7: items of a numbered list take the region, document and horizon of its introduction", () => {
    const c = context(
      "《规划》对“十四五”时期全市发展提出了主要目标：\n(一)经济。到2025年，全市地区生产总值达到8000亿元。\n(二)民生。城镇新增就业累计40万人，人均预期寿命达到81岁。\n",
      {
        dates: [["“十四五”时期", "period", "2021-01-01", "2025-12-31"], TO2025],
        documents: [["长沙市规划", "430100", ["《规划》"]]],
      },
    );
    const ts = extractTargets(c).targets;
    expect(ts.map((t) => [t.min, t.region, t.deadline, t.document])).toEqual([
      [800000000000, "430100", "2025-12-31", 0], [400000, "430100", "2025-12-31", 0], [81, "430100", "2025-12-31", 0],
    ]);
  });
  it("rule 8: 全省 opening the clause names the province, not the city named last", () => {
    const c = context("《方案》提出，到2025年，太原等设区市空气优良天数比率达到80%，全省新增造林面积15万公顷。", {
      regions: [SHANXI, TAIYUAN],
      dates: [TO2025],
      documents: [["山西省方案", "140000", ["《方案》"]]],
    });
    const ts = extractTargets(c).targets;
    expect(ts.map((t) => t.region)).toEqual(["140100", "140000"]);
    // …but 占全省比重 is a comparison, not the subject
    const d = context("到2025年，太原市数字经济占全省比重达到30%。", { regions: [SHANXI, TAIYUAN], dates: [TO2025] });
    expect(extractTargets(d).targets[0].region).toBe("140100");
  });
});

describe("robustness", () => {
  it("never throws, on empty or odd input", () => {
    for (const s of ["", "个", "至".repeat(10000), "1".repeat(100000) + "个", "《" + "1个".repeat(1000)]) {
      expect(() => new TargetScanner(context(s)).run()).not.toThrow();
    }
  });
  it("keeps every span inside the text and its text equal to the slice, on arbitrary input", () => {
    const alphabet = fc.constantFrom(
      ..."0123456789,.%个家万亿十三两以上左右超过至到-到2025年力争建成培育达到截至已同比补贴《》,。;、\n 全省湖南的企业平台",
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join("")), (s) => {
        const c = context(s, { regions: [HUNAN], dates: [["到2025年", "deadline", null, "2025-12-31"]] });
        // the scanner itself, not the never-throw wrapper: a throw here is a bug
        const { targets, figures } = new TargetScanner(c).run();
        for (const f of [...targets, ...figures]) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(c.doc.text.length);
          expect(c.doc.simplified.slice(f.start, f.end)).toBe(f.text);
          expect(f.min === null || Number.isFinite(f.min)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports a 40-digit count as the nearest double, digits exact in text", () => {
    const c = context("力争建成1234567890123456789012345678901234567890个平台。");
    const [t] = extractTargets(c).targets;
    expect(t.min).toBe(1.2345678901234568e39);
    expect(t.text).toBe("建成1234567890123456789012345678901234567890个平台");
  });
});

describe("the text's own region, for goals that name none near them", () => {
  const report =
    "政府工作报告\n——在赣州市人民代表大会上\n\n一、过去一年\n瑞金市入选先进县。\n\n二、今年目标\n" +
    "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；粮食产量稳定在50亿斤以上。";
  const regions: RegionSpec[] = [
    ["赣州市", "360700", "city", ["赣州市"]],
    ["瑞金市", "360781", "county", ["瑞金市"]],
  ];

  it("a region the opening names, that every other region lies within, governs goals far from any name", () => {
    const c = context(report, { regions });
    expect(extractTargets(c).targets.map((t) => [t.min, t.region])).toEqual([[6, "360700"], [5e9, "360700"]]);
  });

  it("none where the text names regions that lie apart (two cities), or only in a dateline", () => {
    const apart = context(report.replace("瑞金市入选", "南昌市入选").replace("——在赣州市人民代表大会上", "——赣州市、南昌市联合发布"), {
      regions: [["赣州市", "360700", "city", ["赣州市", "赣州市"]], ["南昌市", "360100", "city", ["南昌市", "南昌市"]]],
    });
    expect(extractTargets(apart).targets.map((t) => t.region)).toEqual([null, null]);
    const filed = context("新华社赣州1月9日电 今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。", {
      regions: [["赣州市", "360700", "city", ["赣州"]]],
    });
    expect(extractTargets(filed).targets.map((t) => t.region)).toEqual([null]);
  });
});

describe("the place of the congress a report was delivered to", () => {
  it("is the text's own region, whatever other places the report names as often", () => {
    const text = "政府工作报告\n——2026年2月10日在惠州市第十三届人民代表大会第五次会议上\n\n一、回顾\n与深圳、东莞共建产业合作园区，同香港的往来更加紧密。\n\n二、今年目标\n主要预期目标是：地区生产总值增长5.5%左右；城镇新增就业6万人以上。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["441300", "441300"]);
    // (a place in a line that is no line of delivery is not enough)
    const news = "惠州市与深圳市签约\n惠州市、深圳市、东莞市、香港有关方面出席\n\n主要预期目标是：地区生产总值增长5.5%左右。";
    expect(extract(news).targets!.map((t) => t.region)).toEqual([null]);
  });
});

describe("goal or statistic: rules from eval/heldout4", () => {
  const goals = (text: string) => extract(text).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  const figures = (text: string) => extract(text).figures!.map((t) => [t.min, t.unit]);

  it("items of a list introduced by a statement of goals are goals, verb or none", () => {
    const text =
      "《方案》提出，到2026年，全省主要目标是：\n（一）算力基础设施。标准机架规模15万架，智能算力占比超过50%；\n（二）融合基础设施。智能工厂200个左右。";
    expect(goals(text)).toEqual([
      [150000, 150000, "架", "标准机架规模"],
      [50, null, "%", "智能算力占比"],
      [200, 200, "个", "智能工厂"],
    ]);
    // a list introduced as a review is no list of goals
    expect(goals(text.replace("到2026年，全省主要目标是", "截至2023年底，全省已建成"))).toEqual([]);
  });

  it("a ratio (比例) is a goal's measure, not a subsidy rule", () => {
    expect(goals("到2027年，县域商业设施连锁化比例不低于60%。")).toEqual([[60, null, "%", "县域商业设施连锁化比例"]]);
    expect(goals("对新建智算中心，按设备投资额10%的比例给予补助。")).toEqual([]);
  });

  it("a paragraph that opens as a review reports statistics throughout", () => {
    const text = "过去一年，全市地区生产总值达到4950亿元；一般公共预算收入完成318.6亿元。";
    expect(goals(text)).toEqual([]);
    expect(figures(text)).toEqual([[495e9, "元"], [318.6e8, "元"]]);
    // …until it turns to what is to come
    expect(goals("过去一年，全市完成投资500亿元。今年力争完成投资600亿元。")).toEqual([[6e10, 6e10, "元", "投资"]]);
  });

  it("past cues before a turn to the future do not govern what follows it", () => {
    expect(goals("截至2023年底，全市已编制数据目录6200余条，下一步每年新增开放数据集不少于200个。")).toEqual([
      [200, null, "个", "开放数据集"],
    ]);
    expect(goals("成都市此前发布的方案提出：今年开通低空物流航线20条。")).toEqual([[20, 20, "条", "低空物流航线"]]);
  });

  it("a line break inside a sentence (copied web text) does not end it", () => {
    const text = "到2027年，基本建成“整体协同、敏捷高效、智能精准”的数字政府，政务云资源利用率提高到\n70%，建成平台1个。";
    expect(goals(text)).toEqual([
      [70, 70, "%", "政务云资源利用率"],
      [1, 1, "个", "平台"],
    ]);
    expect(goals(text.replace("\n", "\r\n"))).toEqual(goals(text));
  });
});

describe("分别 over regions that share one thing", () => {
  it("乌审旗、鄂托克旗绿氢产能分别达到10万吨和5万吨: one goal per region, the thing shared", () => {
    const r = extract("到2025年，乌审旗、鄂托克旗绿氢产能分别达到10万吨和5万吨。");
    expect(r.targets!.map((t) => [t.min, t.object, t.region])).toEqual([
      [100000, "绿氢产能", "150626"],
      [50000, "绿氢产能", "150624"],
    ]);
  });

  it("a noun in 能 keeps it (产能, 技能): only the modal 能 trails a subject", () => {
    expect(extract("到2025年，全市氢能产能达到10万吨。").targets!.map((t) => t.object)).toEqual(["氢能产能"]);
  });
});

describe("counts of places and nouns that open with a place word", () => {
  it("2—3个城市更新示范片区 counts areas (unit 个); 10个城市 counts cities (a figure)", () => {
    const r = extract("到2027年，打造2—3个城市更新示范片区，在10个城市开展试点。");
    expect(r.targets!.map((t) => [t.min, t.max, t.unit, t.object])).toEqual([[2, 3, "个", "城市更新示范片区"]]);
    expect(r.figures!.map((f) => [f.min, f.unit])).toEqual([[10, "城市"]]);
  });
});

describe("全市 and county-level cities", () => {
  it("a county-level city named in an earlier paragraph is no 全市; the one the text is about is", () => {
    const xiangyang = "襄阳市数字政府建设实施方案\n\n（一）推动枣阳市、宜城市政务外网全面升级。\n（二）到2027年，全市每年新增开放数据集不少于200个。";
    expect(extract(xiangyang).targets!.map((t) => t.region)).toEqual(["420600"]);
    const kunshan = "昆山出台若干措施\n\n作为苏州下辖的县级市，昆山是制造业密集的地区。\n\n到2026年，全市培育千亿级产业集群2—3个。";
    expect(extract(kunshan).targets!.map((t) => t.region)).toEqual(["320583"]);
  });
});

describe("verbs and units from eval/heldout6", () => {
  it("淘汰, 退出 and 遴选 state goals; 枝 counts flowers", () => {
    const goals = (s: string) => extract(s).targets!.map((t) => [t.min, t.unit]);
    expect(goals("到2024年底，全省淘汰国三及以下排放标准柴油货车1.2万辆。")).toEqual([[12000, "辆"]]);
    expect(goals("到2025年，遴选首批50个产业带开展试点。")).toEqual([[50, "个"]]);
    expect(goals("到2027年，鲜切花年产量突破200亿枝。")).toEqual([[2e10, "枝"]]);
  });
});

describe("分别 lists: the bound and the thing shared", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.qualifier, t.object, t.region]);
  it("the bound before the first amount holds for every amount", () => {
    expect(T("到2027年，西安、咸阳、渭南三市PM2.5平均浓度分别不超过42微克/立方米、43微克/立方米和41微克/立方米。")).toEqual([
      [null, 42, "不超过", "PM2.5平均浓度", "610100"],
      [null, 43, "不超过", "PM2.5平均浓度", "610400"],
      [null, 41, "不超过", "PM2.5平均浓度", "610500"],
    ]);
  });
  it("kinds counted before the thing they share (三大品类) each take it", () => {
    expect(T("到2027年，纺织、家居、服装三大品类跨境电商出口额分别突破2000亿元、1500亿元和1200亿元。")).toEqual([
      [2e11, null, "突破", "纺织跨境电商出口额", null],
      [1.5e11, null, "突破", "家居跨境电商出口额", null],
      [1.2e11, null, "突破", "服装跨境电商出口额", null],
    ]);
  });
});

describe("其中 parts shared out among places (各)", () => {
  it("其中A、B、C各建设不少于5个 takes the thing of the whole, without repeating the verb", () => {
    const r = extract("2024—2026年，全市分批建设近零碳排放区试点40个以上，其中南山区、宝安区、龙岗区各建设不少于5个。");
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[40, "近零碳排放区试点"], [5, "近零碳排放区试点"]]);
  });
  it("a mountain range named after a prefecture is no mention of it (大兴安岭东麓)", () => {
    expect(extract("阿荣旗还将与扎兰屯市共建大兴安岭东麓大豆产业带。").regions!.map((r) => r.name)).toEqual(["阿荣旗", "扎兰屯市"]);
  });
});

describe("central bodies", () => {
  it("a ministry acting in the goal's clause makes it national, whatever place came before", () => {
    const r = extract("《方案》明确，在福建泉州建设1个跨境电商综合服务中心。今年第四季度，商务部将遴选首批50个产业带开展试点。");
    expect(r.targets!.map((t) => [t.min, t.region])).toEqual([[1, "350500"], [50, null]]);
  });
});

describe("the year of writing", () => {
  it("amounts for the whole current year are planned (2025年全市…增长6%左右, written in spring 2025)", () => {
    const text = "根据市政府工作报告，2025年全市地区生产总值增长6%左右，城镇调查失业率控制在5.5%以内。";
    const goals = (refDate: string) => extract(text, { refDate }).targets!.map((t) => [t.min, t.max, t.unit]);
    expect(goals("2025-03-01")).toEqual([[6, 6, "%"], [null, 5.5, "%"]]);
    // written after that year, they report it
    expect(goals("2026-03-01")).toEqual([]);
    // …as does a sentence that goes on in the past tense
    expect(extract("2025年全市新增企业3000家以上，同比增长10%。", { refDate: "2025-06-01" }).targets).toEqual([]);
  });
});

describe("the verb that governs a goal", () => {
  const V = (s: string) => extract(s).targets!.map((t) => [t.verb, t.object]);
  it("the verb opening the clause, where a later one sits inside the thing's name", () => {
    expect(V("到2025年，全旗培育大豆种植专业合作社30家以上。")).toEqual([["培育", "大豆种植专业合作社"]]);
    // chained verbs stay chained
    expect(V("今年计划新建改造农村公路6000公里。")[0][1]).toBe("农村公路");
  });
  it("a yearly capacity after a goal in the same sentence is a goal with it (…打造…1个，年接待游客20万人次)", () => {
    const text = "按照《实施方案》，到2027年，各区打造特色项目。\n津南区依托小站镇打造小站稻文化主题公园1个，年接待游客20万人次；中卫市沙坡头区打造沙漠会议度假目的地，年承接会议活动500场次以上。";
    expect(extract(text).targets!.map((t) => [t.min, t.unit])).toEqual([[1, "个"], [200000, "人次"], [500, "场次"]]);
    // …not after a goal met (去年建成…)
    expect(extract("2025年，津南区建成小站稻文化主题公园1个，年接待游客20万人次。", { refDate: "2026-03-01" }).targets).toEqual([]);
  });
  it("shops opened and levels brought back govern a goal (开设体验店200家, 客运量恢复到60万人次)", () => {
    expect(V("到2028年，在区外开设品牌体验店200家。")).toEqual([["开设", "品牌体验店"]]);
    // (the place phrase before the verb is no part of the thing; a thing standing before its verb keeps 在)
    expect(V("到2027年，全省在用标准机架达到20万架。")).toEqual([["达到", "在用标准机架"]]);
    expect(extract("到2028年，海上客运航线年旅客量恢复到60万人次。").targets!.map((t) => t.min)).toEqual([600000]);
  });
  it("planting and harvesting govern a goal (新栽黄连8000亩, 采摘加工秋茶1800吨)", () => {
    expect(V("今年，全县计划新栽黄连8000亩。")).toEqual([["新栽", "黄连"]]);
    expect(V("今年秋茶季，全县计划采摘加工秋茶1800吨。")).toEqual([["采摘加工", "秋茶"]]);
  });
  it("a longer verb that covers the one found (营造林, not 造林); a verb naming its thing is the thing", () => {
    expect(V("到2027年，累计营造林300万亩。")).toEqual([["营造林", "营造林"]]);
  });
  it("a decimal at a line start is no list item (…新增大豆烘干能力\\n1.5万吨)", () => {
    const text = "根据方案，今年阿荣旗将推广大豆玉米带状复合种植，面积不少于8万亩；年内新增大豆烘干能力\n1.5万吨。";
    expect(extract(text, { refDate: "2025-03-01" }).targets!.map((t) => [t.min, t.object])).toEqual([
      [80000, "面积"],
      [15000, "大豆烘干能力"],
    ]);
  });
});

describe("more goal shapes from eval/heldout6", () => {
  it("a bound after a goal stated earlier in the sentence is a goal", () => {
    expect(extract("昆明市呈贡区打造全国花卉交易中心，年交易额不低于150亿元。").targets!.map((t) => [t.min, t.object])).toEqual([[1.5e10, "年交易额"]]);
    // …not after a past one
    expect(extract("昆明市呈贡区已打造全国花卉交易中心，年交易额超过150亿元。").targets).toEqual([]);
  });
  it("the last amount of a list joined by 和 has no thing of its own: it takes the list's", () => {
    const r = extract("到2027年，三镇示范区面积分别达到3万亩、2.5万亩和2万亩。");
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[30000, "三镇示范区面积"], [25000, "三镇示范区面积"], [20000, "三镇示范区面积"]]);
  });
});

describe("one amount over several places", () => {
  it("A市、B市…分别下降5%: one goal over the places, as 各 is (eval/heldout158, 294, 318, 328)", () => {
    expect(extract("到2025年，榆林市、延安市煤化工企业单位产品能耗分别下降5%。").targets!.map((t) => [t.min, t.object, t.region])).toEqual([
      [5, "煤化工企业单位产品能耗", "610800"],
    ]);
    expect(extract("到2027年，锦江区、青羊区、金牛区、武侯区、成华区分别确定1家区级医院作为配送试点。").targets!.map((t) => [t.min, t.region])).toEqual([[1, "510104"]]);
    expect(extract("到2025年，榆林市、延安市各建设1个煤化工产业园。").targets!.length).toBe(1);
    // (two amounts are still a goal for each place)
    expect(extract("到2025年，榆林市、延安市分别建设煤化工产业园2个和1个。").targets!.map((t) => [t.min, t.region])).toEqual([[2, "610800"], [1, "610600"]]);
  });
  it("statements joined by ； share the year of writing", () => {
    const r = extract("2025年全市地区生产总值增长6%左右；空气质量优良天数比率提高1个百分点。", { refDate: "2025-03-01" });
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[6, "%"], [1, "个百分点"]]);
  });
});

describe("a plan's table of main indicators", () => {
  const table =
    "主要指标如下：\n指标名称　　　　　　2025年　　2030年目标值　　属性\n" +
    "地区生产总值（亿元）　　545　　　　780　　　　预期性\n" +
    "规模以上工业增加值年均增长（%）　8.2　　8左右　　预期性\n" +
    "粮食播种面积（万亩）　　≥110　　≥110　　约束性\n" +
    "单位地区生产总值能源消耗降低（%）〔14〕　　〔13.5〕　　约束性\n" +
    "注：〔〕内为五年累计数。";
  it("the target column's values are goals for its year, in the row's unit", () => {
    const ts = extract(table, { refDate: "2026-01-22" }).targets!;
    expect(ts.map((t) => [t.object, t.min, t.max, t.approx, t.unit, t.deadline])).toEqual([
      ["地区生产总值", 7.8e10, 7.8e10, false, "元", "2030-12-31"],
      ["规模以上工业增加值年均增长", 8, 8, true, "%", "2030-12-31"],
      ["粮食播种面积", 1.1e6, null, false, "亩", "2030-12-31"],
      ["单位地区生产总值能源消耗降低", 13.5, 13.5, false, "%", "2030-12-31"],
    ]);
    expect(ts[0].text).toBe("地区生产总值（亿元）　　545　　　　780");
  });
  it("lines that are no table, or a header with no target column, give nothing", () => {
    expect(extract(table.replace("2030年目标值", "2024年"), { refDate: "2026-01-22" }).targets).toEqual([]);
  });
});

describe("more rules from eval/heldout7", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.object, t.region]);
  it("分别 with the thing between the verb and the amounts; regions by position", () => {
    expect(T("到2026年，宜昌市、襄阳市分别新建标准机架1万架和8000架。")).toEqual([
      [10000, 10000, "标准机架", "420500"],
      [8000, 8000, "标准机架", "420600"],
    ]);
    expect(T("扬州、泰州、镇江三市则把地区生产总值增速目标分别定为6%、5.5%和6%。")).toEqual([
      [6, 6, "地区生产总值增速", "321000"],
      [5.5, 5.5, "地区生产总值增速", "321200"],
      [6, 6, "地区生产总值增速", "321100"],
    ]);
  });
  it("a city proposing states its goals (无锡市提出…增长5.5%左右)", () => {
    expect(T("无锡市提出地区生产总值增长5.5%左右，城镇居民人均可支配收入增长5%。")).toEqual([
      [5.5, 5.5, "地区生产总值增长", "320200"],
      [5, 5, "城镇居民人均可支配收入增长", "320200"],
    ]);
  });
  it("a level to get back to (恢复到2019年的120%) is a baseline, not the time of the goal", () => {
    expect(T("到2027年，入境游客人次恢复到2019年的120%以上。")).toEqual([[120, null, "入境游客人次", null]]);
  });
  it("an alias between the title and 印发给你们 still hands the document on", () => {
    const text = "湖北省人民政府办公厅关于印发湖北省算力基础设施行动方案的通知\n现将《湖北省算力基础设施行动方案（2024—2026年）》（以下简称《行动方案》）印发给你们。";
    expect(extract(text).documents!.map((d) => d.issuer)).toEqual(["湖北省人民政府办公厅"]);
  });
});

describe("cities stating goals, in a round-up", () => {
  it("a sentence or clause opened by one or several cities stating (连云港市提出…；徐州市、盐城市分别提出…)", () => {
    const text = "苏北城市普遍“跳一跳”：徐州市、盐城市分别提出地区生产总值增长6%、6.5%以上；连云港市提出固定资产投资增长8%。";
    // (the 以上 after the last of the amounts 分别 shares out holds for the first too)
    expect(extract(text).targets!.map((t) => [t.min, t.max, t.region])).toEqual([
      [6, null, "320300"],
      [6.5, null, "320900"],
      [8, 8, "320700"],
    ]);
  });
});

describe("places referred back to", () => {
  it("三地…分别 stands for the last three places the paragraph named, in order", () => {
    const text = "在区域布局上，哈密市、吐鲁番市重点建设基地，昌吉州建设源网荷储示范区，到2025年，三地新型储能装机规模分别达到150万千瓦、80万千瓦和120万千瓦。";
    expect(extract(text).targets!.map((t) => [t.min, t.object, t.region])).toEqual([
      [1500000, "新型储能装机规模", "650500"],
      [800000, "新型储能装机规模", "650400"],
      [1200000, "新型储能装机规模", "652300"],
    ]);
  });
  it("全市 in a later paragraph means the city the text is about, not one named in passing", () => {
    const text = "宜宾：动力电池之都\n\n宜宾市长接受采访。宜宾从2019年引进宁德时代旗下企业起步。\n\n到2027年，全市人均地区生产总值突破10万元。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["511500"]);
  });
});

describe("slogans and the year of writing", () => {
  it("numbers inside a quoted slogan that enumerates count nothing", () => {
    const r = extract("构建“一核两支多点”算力空间格局，实施“1+5+N”产业集群提升行动，到2025年建成“双千兆”城市2个。");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[2, "个"]]);
    expect(r.figures).toEqual([]);
  });
  it("今年, resolved, is the year of writing: its growth figures are planned", () => {
    const r = extract("经济总量第一的苏州市提出，今年地区生产总值增长5.5%左右，社会消费品零售总额增长5%。", { refDate: "2025-01-22" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[5.5, "地区生产总值增长"], [5, "社会消费品零售总额增长"]]);
  });
});

describe("rules from eval/heldout8", () => {
  const G = (s: string) => extract(s).targets!.map((t) => [t.min, t.unit, t.object]);
  it("a measure before 的 takes the thing after it; a fixed term (九年一贯制) holds no number", () => {
    expect(G("到2027年，两江新区将建成不少于20公里的智慧高速示范路段。")).toEqual([[20, "公里", "智慧高速示范路段"]]);
    expect(G("到2025年，广丰区、广信区各新建1所九年一贯制学校。")).toEqual([[1, "所", "九年一贯制学校"]]);
  });
  it("progress against a plan, penalties and a measure that qualifies a subject are no goals", () => {
    expect(G("今年全市完成投资120亿元，占年度计划的83%。")).toEqual([]);
    expect(G("违反规定的，处每平方米500元以上1000元以下罚款。")).toEqual([]);
    expect(G("到2025年，中心城区公交站点500米覆盖率达到100%。")).toEqual([[100, "%", "中心城区公交站点500米覆盖率"]]);
  });
  it("提供 and 更新 state goals; 台套 is a unit", () => {
    expect(G("到2025年，提供学位2700个，更新新能源公交车300辆，形成年产风电整机200台套的能力。")).toEqual([
      [2700, "个", "学位"],
      [300, "辆", "新能源公交车"],
      [200, "台套", "能力"],
    ]);
  });
});

describe("a change on last year's same period reported after the amount", () => {
  it("makes it a statistic (…达到93.5%，比去年同期提高2.1个百分点), unless the sentence looks ahead", () => {
    const goals = (s: string) => extract(s).targets!.map((t) => t.min);
    expect(goals("今年9月，学前教育毛入园率达到93.5%，比去年同期提高2.1个百分点。")).toEqual([]);
    expect(goals("今年前三季度，实现旅游总收入8260亿元，同比增长8.4%。")).toEqual([]);
    expect(goals("力争今年营业收入达到100亿元，同比增长10%。")).toEqual([1e10]);
  });
});

describe("三年内 in a plan's statement", () => {
  it("takes the last year of the plan its title dates (…行动方案（2025—2027年）)", () => {
    const r = extract("重庆市人民政府办公厅印发《重庆市综合交通基础设施建设三年攻坚行动方案（2025—2027年）》。《方案》提出，三年内全市累计完成交通基础设施投资4500亿元左右。");
    expect(r.targets!.map((t) => [t.min, t.deadline])).toEqual([[4.5e11, "2027-12-31"]]);
  });
});

describe("rules from eval/heldout9", () => {
  const T = (s: string, refDate?: string) =>
    extract(s.replace(/\\n/g, "\n"), refDate ? { refDate } : {}).targets!.map((t) => ({
      min: t.min, max: t.max, unit: t.unit, qualifier: t.qualifier, object: t.object, region: t.region, deadline: t.deadline,
    }));
  it("a line break inside the sentence does not carry the verb into the object (…1800吨，\\n实现产值4亿元)", () => {
    // (采摘加工 governs a goal of its own: the gold of heldout9 906 has both)
    expect(T("紫阳县今年秋茶季，全县计划采摘加工秋茶1800吨，\n实现产值4亿元左右。").map((t) => t.object)).toEqual(["秋茶", "产值"]);
  });
  it("a deadline inside a part singled out by 其中 stops at the semicolon that ends the part", () => {
    const r = T("到2027年，龙海区、平和县将分别打造食品、蜜柚跨境电商产业带，其中平和县力争到2026年蜜柚跨境电商出口额突破5亿元；芗城区、龙文区各建设1个跨境电商直播基地。");
    expect(r.map((t) => [t.min, t.deadline])).toEqual([[5e8, "2026-12-31"], [1, "2027-12-31"]]);
  });
  it("sessions are counted (50场次, 30期), a project's phase (二期工程) is not; events held state goals", () => {
    expect(T("今年全市将组织企业参加境外展会50场次以上，开展跨境电商政策宣讲和实操培训不少于30期。", "2025-06-19").map((t) => [t.min, t.unit, t.object])).toEqual([
      [50, "场次", "企业参加境外展会"],
      [30, "期", "跨境电商政策宣讲和实操培训"],
    ]);
    expect(T("到2026年，建成二期工程，新建三期项目2个。").map((t) => [t.min, t.unit, t.object])).toEqual([[2, "个", "三期项目"]]);
  });
  it("an activity noun ending the thing another verb governs stays in it (开展职业技能培训200万人次)", () => {
    expect(T("到2025年，开展职业技能培训200万人次，实施农村危房改造5000户，完成营造林10万亩。").map((t) => t.object)).toEqual([
      "职业技能培训", "农村危房改造", "营造林",
    ]);
    // …while the verb right before its object still governs it
    expect(T("到2025年，培训养老护理员1.5万人次，改造老旧小区100个。").map((t) => t.object)).toEqual(["养老护理员", "老旧小区"]);
  });
  it("a sum that classes the things counted (亿元以上项目) is part of the thing, not an amount", () => {
    expect(T("今年全市力争签约亿元以上项目200个以上，其中10亿元以上项目不少于30个。", "2025-06-10").map((t) => [t.min, t.unit, t.object])).toEqual([
      [200, "个", "亿元以上项目"],
      [30, "个", "10亿元以上项目"],
    ]);
    // a sum reached is still one
    expect(T("到2025年，全市完成投资10亿元以上。").map((t) => [t.min, t.unit])).toEqual([[1e9, "元"]]);
  });
  it("签约 states a goal only with a goal cue: a signing ceremony reports", () => {
    expect(T("8月7日，推进大会召开，现场签约文旅项目16个。", "2025-08-07")).toEqual([]);
  });
  it("明确了 / 提出了 date the statement of goals, not the goals; 分别 over the places that follow", () => {
    const r = T("各县（市）区也明确了全年任务：海城市、铁东区、铁西区分别签约亿元以上项目40个、25个和20个；台安县、岫岩满族自治县各引进项目不少于10个。", "2025-06-10");
    expect(r.map((t) => [t.min, t.region, t.object])).toEqual([
      [40, "210381", "亿元以上项目"],
      [25, "210302", "亿元以上项目"],
      [20, "210303", "亿元以上项目"],
      [10, "210323", "项目"],
    ]);
  });
  it("至少 before the verb bounds the amount after it (至少建成1所)", () => {
    expect(T("到2027年，每个县（区）至少建成1所综合托育服务中心。").map((t) => [t.min, t.max, t.qualifier])).toEqual([[1, null, "至少"]]);
  });
  it("a span of years over before the time of writing reports; one still running is a horizon", () => {
    expect(T("2025-07-02 来源：荆州日报\n\n2021年至2024年，荆州市累计改造城镇老旧小区1086个，改造老化管网2356公里。")).toEqual([]);
    expect(T("2025-07-02 来源：荆州日报\n\n2025—2027年，荆州市累计改造城镇老旧小区1086个。").map((t) => t.deadline)).toEqual(["2027-12-31"]);
  });
});

describe("more rules from eval/heldout9", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.object, t.region]);
  it("a second 分别 whose clause names no places takes the places of the first, in order", () => {
    expect(T("九原区、青山区、昆都仑区将分别打造稀土永磁电机、稀土储氢和稀土催化材料产业集群，到2027年产值分别达到500亿元、200亿元和150亿元。")).toEqual([
      [5e10, "产值", "150207"],
      [2e10, "产值", "150204"],
      [1.5e10, "产值", "150203"],
    ]);
  });
  it("a rate or standard to pay by (按每平方米不超过400元的标准) is no goal", () => {
    expect(T("到2027年，对纳入计划的老旧小区，按每平方米不超过400元的标准安排改造资金。")).toEqual([]);
  });
});

describe("a paragraph that opens with the day of an event", () => {
  const T = (s: string) => extract(s).targets!.map((t) => t.min);
  it("reports it (6月9日，…签约活动举行。活动现场共签约…，总投资额达到512.6亿元)", () => {
    expect(T("2025-06-10 来源：北国网\n\n北国网讯（记者 王丹）6月9日，鞍山市招商引资集中签约活动在市会展中心举行。活动现场共签约项目68个，总投资额达到512.6亿元。")).toEqual([]);
  });
  it("unless what follows states goals (会议要求，…) or looks ahead (到2027年)", () => {
    expect(T("2025-06-10 来源：北国网\n\n6月9日，鞍山市召开大会。会议要求，全市新建项目50个。")).toEqual([50]);
    expect(T("2025-06-10 来源：北国网\n\n6月9日，鞍山市召开大会，到2027年引进项目50个。")).toEqual([50]);
  });
});

describe("rules from eval/heldout10: a government work report", () => {
  const report = [
    "江西省政府工作报告（摘要）",
    "2026-01-23 07:30　来源：江西日报",
    "一、2025年工作回顾",
    "过去一年，全省经济运行稳中向好，主要目标任务圆满完成。全省地区生产总值达到3.56万亿元、增长5.2%。",
    "产业升级步伐加快。“1269”行动计划深入实施，电子信息产业营业收入突破1万亿元。",
    "二、2026年主要目标和重点工作",
    "今年是“十五五”开局之年。今年全省经济社会发展的主要预期目标是：地区生产总值增长5%左右；城镇新增就业40万人以上。",
    "（三）着力推动城乡区域协调发展。支持南昌做大做强省会城市，南昌都市圈地区生产总值占全省比重提高1个百分点；支持赣州建设省域副中心城市。新开工改造城镇老旧小区1000个以上。",
  ].join("\n");
  const r = extract(report).targets!;
  it("a section under a heading that reviews (一、2025年工作回顾) reports, paragraph after paragraph", () => {
    expect(r.map((t) => t.min)).not.toContain(3.56e12);
    expect(r.map((t) => t.min)).not.toContain(1e12);
  });
  it("今年, with the day of writing known, is that year: before a plan period named earlier", () => {
    expect(r.filter((t) => t.min === 5 || t.min === 4e5).map((t) => t.deadline)).toEqual(["2026-12-31", "2026-12-31"]);
    // …but not a year inferred from what the text reports on (截至2023年底)
    const r2 = extract("截至2023年底，全国累计建成高标准农田超过10亿亩。黑龙江省今年承担新建任务600万亩。").targets!;
    expect(r2.map((t) => t.deadline)).toEqual([null]);
  });
  it("places a sentence supports (支持赣州建设…) do not govern the sentences after it", () => {
    expect(r.find((t) => t.min === 1000)?.region).toBe("360000");
  });
});

describe("a table of indicators with a 序号 and a 单位 column", () => {
  const text = [
    "到2027年，全区规模以上工业总产值突破1.3万亿元。",
    "滨海新区制造业高质量发展主要指标",
    "序号\t指标名称\t单位\t2024年基数\t2027年目标值\t指标属性",
    "1\t规模以上工业总产值\t亿元\t10580\t13000以上\t预期性",
    "2\t智能工厂和数字化车间\t个\t215\t300—350\t预期性",
    "3\t规模以上工业单位增加值能耗累计下降\t%\t—\t〔10〕\t约束性",
    "注：〔〕内为三年累计数。",
  ].join("\n");
  it("reads each row's target column in the row's unit; a range is one; a row restating the prose is not repeated", () => {
    const r = extract(text).targets!;
    expect(r.map((t) => [t.min, t.max, t.unit, t.object, t.deadline])).toEqual([
      [1.3e12, null, "元", "规模以上工业总产值", "2027-12-31"],
      [300, 350, "个", "智能工厂和数字化车间", "2027-12-31"],
      [10, 10, "%", "规模以上工业单位增加值能耗累计下降", "2027-12-31"],
    ]);
    expect(r[1].text).toBe("智能工厂和数字化车间\t个\t215\t300—350");
  });
});

describe("more rules from eval/heldout10", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.unit, t.object, t.region]);
  it("a 分别 list of measures: 及 inside a word (普及率) is no separator, and a bound verb is read into the amounts", () => {
    expect(T("到2027年，规模以上工业企业数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%。")).toEqual([
      [90, null, "%", "规模以上工业企业数字化研发设计工具普及率", null],
      [75, null, "%", "关键工序数控化率", null],
    ]);
  });
  it("a central body's document stating goals makes them national, in a province's own text", () => {
    const r = extract("吉林省人民政府印发《吉林省实施方案》。今年3月，国务院印发《推动大规模设备更新和消费品以旧换新行动方案》，提出到2027年，设备投资规模较2023年增长25%以上；二手车交易量较2023年增长45%。").targets!;
    expect(r.map((t) => [t.min, t.region])).toEqual([[25, null], [45, null]]);
  });
  it("a bound after the amount (300部以上) is a goal under a deadline without a verb; 加装, 推出 are goal verbs; subsidised training is no subsidy", () => {
    expect(T("到2026年，既有住宅加装电梯300部以上，开展补贴性职业技能培训3万至5万人次，完成食品安全抽检3万批次以上。")).toEqual([
      [300, null, "部", "既有住宅加装电梯", null],
      [30000, 50000, "人次", "补贴性职业技能培训", null],
      [30000, null, "批次", "食品安全抽检", null],
    ]);
  });
});

describe("a part of a goal after 其中", () => {
  it("is a goal too, a range included (培育重点企业100家以上，其中整机制造企业5至8家)", () => {
    const r = extract("到2027年，培育低空领域重点企业100家以上，其中整机制造企业5至8家。").targets!;
    expect(r.map((t) => [t.min, t.max, t.object])).toEqual([[100, null, "低空领域重点企业"], [5, 8, "整机制造企业"]]);
  });
});

describe("a change between two years' values", () => {
  it("reports what a year already reached or estimated (由2020年的…增加到2025年预计的…), its baseline never a goal", () => {
    const r = extract("2025-12-09 来源：大公网\n\n“十四五”时期，甘肃地区生产总值由2020年的9016.7亿元增加到2025年预计的1.36万亿元左右。").targets!;
    expect(r).toEqual([]);
    const d = extract("“十四五”时期，地区生产总值增加到2025年预计的1.36万亿元左右。").dates!;
    expect(d.map((x) => [x.text, x.type])).toEqual([["“十四五”时期", "period"], ["2025年", "period"]]);
  });
  it("states a goal where the later year lies ahead (到2027年，…由2020年的60%提高到2027年的65%)", () => {
    const r = extract("2025-12-09 来源：大公网\n\n到2027年，全省城镇化率由2020年的60%提高到2027年的65%。").targets!;
    expect(r.map((t) => [t.min, t.deadline])).toEqual([[65, "2027-12-31"]]);
  });
});

describe("places referred back to, named again in between", () => {
  it("三区 keeps the order of their first naming (浦东新区、徐汇区、闵行区…徐汇西岸智塔…三区…分别)", () => {
    const r = extract("浦东新区、徐汇区、闵行区分别以张江人工智能岛、徐汇西岸智塔、大零号湾为核心建设人工智能集聚区，到2027年三区人工智能产业规模分别达到2500亿元、1200亿元和600亿元。").targets!;
    expect(r.map((t) => [t.min, t.region])).toEqual([[2.5e11, "310115"], [1.2e11, "310104"], [6e10, "310112"]]);
  });
});

describe("a range in a statement of goals", () => {
  it("is a goal by itself, as a qualified amount is (…；培育…企业130家，营业收入超百亿元的龙头企业10—15家)", () => {
    const r = extract("到2027年，全区规模以上工业总产值突破1.3万亿元；培育国家级专精特新“小巨人”企业130家，营业收入超百亿元的龙头企业10—15家。").targets!;
    expect(r.map((t) => [t.min, t.max])).toEqual([[1.3e12, null], [130, 130], [10, 15]]);
  });
});

describe("growth rates and stray blanks", () => {
  it("a growth rate whose thing is only its verb measures the thing of the goal before it", () => {
    const r = extract("到2027年，地区生产总值达到1万亿元，年均增长6%左右。").targets!;
    expect(r.map((t) => t.object)).toEqual(["地区生产总值", "地区生产总值年均增长"]);
  });
  it("a stray blank between a word and a number (年均增长 15%以上, 5 亿件) joins them; one before a year parts a headline", () => {
    const r = extract("到2027年，纺织服装产业产值突破400亿元，年均增长 15%以上；服装产能达到5 亿件。").targets!;
    expect(r.map((t) => [t.min, t.object])).toEqual([
      [4e10, "纺织服装产业产值"],
      [15, "纺织服装产业产值年均增长"],
      [5e8, "服装产能"],
    ]);
    const h = extract("哈尔滨出台供热办法 室温低于18℃将被处罚 2027年前累计改造老旧管网不少于2000公里\n\n正文。").targets!;
    expect(h.map((t) => t.object)).toEqual(["老旧管网"]);
  });
});

describe("a programme named by its count of items", () => {
  it("counts no goal (办好十件民生实事), while its items do", () => {
    expect(extract("今年，继续办好十件民生实事，新建改扩建中小学和幼儿园80所。", { refDate: "2026-01-23" }).targets!.map((t) => t.min)).toEqual([80]);
  });
});

describe("rules from eval/heldout11", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.object, t.region, t.deadline]);
  it("items marked 一是、二是 after 具体目标包括： are goals, verb or none", () => {
    const r = T("《方案》明确，到2027年，全市经营主体总量突破150万户。具体目标包括：\n\n一是政务服务更加便捷。“高效办成一件事”重点事项拓展至40个。\n\n二是要素保障更加有力。每年供应工业用地不少于1.2万亩，企业综合融资成本下降0.3个百分点。");
    expect(r.map((t) => t[0] ?? t[1])).toEqual([1.5e6, 40, 12000, 0.3]);
  });
  it("the span of a plan's years before 分别 (三年分别新增…) is no part of the thing, and takes the plan's last year", () => {
    expect(T("南通市人民政府印发《南通市优化营商环境行动方案（2025—2027年）》。《方案》提出，崇川区、通州区、海门区三年分别新增经营主体3万户、2.5万户和2万户。")).toEqual([
      [30000, 30000, "经营主体", "320613", "2027-12-31"],
      [25000, 25000, "经营主体", "320612", "2027-12-31"],
      [20000, 20000, "经营主体", "320614", "2027-12-31"],
    ]);
  });
  it("a span of time a measuring verb sets (缩短至60天以内) is an amount, though also read as a date", () => {
    expect(T("到2027年，商事案件平均审理周期缩短至60天以内。")).toEqual([[null, 60, "商事案件平均审理周期", null, "2027-12-31"]]);
  });
});

describe("more rules from eval/heldout11", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  it("coal per unit of power is one unit (300克标准煤/千瓦时以下)", () => {
    expect(T("到2030年，全市煤电机组平均供电煤耗降至300克标准煤/千瓦时以下。")).toEqual([[null, 300, "克标准煤/千瓦时", "煤电机组平均供电煤耗"]]);
  });
  it("a threshold after a 对 inside the clause picks who is concerned (将对年综合能耗5000吨标准煤以上的重点用能单位…), also over a list of amounts", () => {
    expect(T("到2030年，全市将对年综合能耗5000吨标准煤以上的重点用能单位开展节能监察全覆盖。")).toEqual([]);
    expect(T("到2027年，对年主营业务收入首次突破5亿元、10亿元的企业，分别奖励20万元、50万元。")).toEqual([]);
    // …while a measure of the thing built is still the goal's
    expect(T("到2027年，建成不少于20公里的智慧高速示范路段。")).toEqual([[20, null, "公里", "智慧高速示范路段"]]);
  });
  it("破 before an amount is 突破 (产业规模破300亿元)", () => {
    expect(T("到2027年，佛山机器人产业规模破300亿元。")).toEqual([[3e10, null, "元", "机器人产业规模"]]);
  });
});

describe("amounts spread over places in a statement of goals", () => {
  it("are goals whatever the verb (《方案》提出，…分别承载标准机架20万架、18万架和12万架)", () => {
    const r = extract("《方案》提出，到2027年，集群按照“一区多园”布局，浈江区、曲江区、武江区分别承载标准机架20万架、18万架和12万架。").targets!;
    expect(r.map((t) => [t.min, t.region])).toEqual([[2e5, "440204"], [1.8e5, "440205"], [1.2e5, "440203"]]);
    expect(extract("2024年，浈江区、曲江区分别承载机架20万架、18万架。", { refDate: "2025-06-01" }).targets).toEqual([]);
  });
});

describe("robustness of today's look-ups", () => {
  // Each of these drove a scan from the amount to the start of a long line; run through the whole
  // extractor, they finish within the test's time only if every look-up is bounded.
  it.each([
    ["其中-scoped deadlines", "到2027年，全市" + Array.from({ length: 20000 }, (_, i) => `新增企业${i + 1}家；`).join("")],
    ["a line opening with a day", "6月9日，" + Array.from({ length: 20000 }, (_, i) => `新增企业${i + 1}家，`).join("")],
    ["a review heading", "一、工作回顾\n" + Array.from({ length: 20000 }, (_, i) => `建成${i + 1}个`).join("、")],
    // (a deadline set for another place, looked for from every amount; a forecast word before them)
    ["a deadline scoped to a part", "分析师预计，到2027年，" + Array.from({ length: 20000 }, (_, i) => `全市新增企业${i + 1}家，`).join("")],
    ["a long list of places people come from", "到2027年，" + Array.from({ length: 20000 }, () => "香港").join("、") + "青年创业团队100个。"],
    ["short lines under a table's head", Array.from({ length: 20000 }, () => "项目名称").join("\n")],
    // (the heldout32–38 rules: a subject ending in a bracket, 全国 looked for in a clause, a
    // county-level city's 全市, titles with 关于 and a stage named again)
    ["subjects ending in a bracket", Array.from({ length: 20000 }, (_, i) => `建设示范基地）${i + 1}个，`).join("")],
    ["goals with no 全国", Array.from({ length: 20000 }, (_, i) => `到2030年，建成示范项目${i + 1}个以上；`).join("")],
    ["全市 of a county-level city", "五常市人民政府\n" + Array.from({ length: 20000 }, (_, i) => `五常市推进农业发展，全市新建示范基地${i + 1}个；`).join("")],
    ["a stage named again", "第一阶段（2026—2027年）为培育期。" + Array.from({ length: 20000 }, (_, i) => `在第一阶段建成${i + 1}个，`).join("")],
    // (the 2026-11-28 rules: numbered items each opening with a deadline, corrected words in quotes,
    // ordinal items naming places)
    ["numbered items with deadlines in one line", Array.from({ length: 20000 }, (_, i) => `${(i % 9) + 1}.2026年底前建成平台${i + 1}个。`).join("")],
    ["quoted words corrected", Array.from({ length: 20000 }, (_, i) => `“建成平台${i + 1}个”应为“建成平台${i + 2}个”，`).join("")],
    ["ordinal items naming places", "《陕西省行动计划》提出，" + Array.from({ length: 20000 }, (_, i) => `${i % 2 ? "二" : "一"}是在西安新建基地${i + 1}个；`).join("")],
  ])("finishes on %s", (_name, text) => {
    expect(Array.isArray(extract(text, { refDate: "2025-06-10" }).targets)).toBe(true);
  });
});

describe("review mends", () => {
  it("a graduating year (2025届) counts nothing; 组织 of a noun (社会组织, 党组织) is no verb", () => {
    const r = extract("到2026年，开展2025届毕业生就业帮扶，新增党组织1200个。").targets!;
    expect(r.map((t) => [t.min, t.object])).toEqual([[1200, "党组织"]]);
  });
  it("今年 with a month (今年6月底前) keeps its own date; a bare 今年 is the year's end", () => {
    const r = extract("2026-03-05 来源：某日报\n\n今年6月底前，全市新建充电桩500个；今年全市新增就业5万人。").targets!;
    expect(r.map((t) => t.deadline)).toEqual(["2026-06-30", "2026-12-31"]);
  });
  it("a table row with an empty cell keeps the table going; a blank before 万 is read through only before a unit", () => {
    const t = ["序号\t指标名称\t单位\t2024年基数\t2027年目标值", "1\t森林覆盖率\t%\t\t42", "2\t5G工厂\t个\t32\t60"].join("\n");
    expect(extract(t).targets!.map((x) => [x.min, x.object])).toEqual([[42, "森林覆盖率"], [60, "5G工厂"]]);
    expect(extract("到2027年，全市新建学校1 万宁市新建医院2所。").targets!.map((x) => x.min)).toEqual([2]);
  });
});

describe("a count of places with a modifier after a list", () => {
  it("stands for the places listed (驻马店、商丘、南阳三个产粮大市到2030年粮食产量分别…); the date is no part of the thing", () => {
    const r = extract("驻马店、商丘、南阳三个产粮大市到2030年粮食产量分别达到180亿斤、150亿斤和120亿斤。").targets!;
    expect(r.map((t) => [t.min, t.object, t.region, t.deadline])).toEqual([
      [1.8e10, "粮食产量", "411700", "2030-12-31"],
      [1.5e10, "粮食产量", "411400", "2030-12-31"],
      [1.2e10, "粮食产量", "411300", "2030-12-31"],
    ]);
  });
});

describe("a sum after a growth rate", () => {
  it("measures the thing whose growth was set (产业规模年均增长25%左右，力争2030年突破200亿元)", () => {
    const r = extract("“十五五”期间，绍兴产业规模年均增长25%左右，力争2030年突破200亿元。").targets!;
    expect(r.map((t) => [t.min, t.object])).toEqual([[25, "产业规模年均增长"], [2e10, "产业规模"]]);
  });
});

describe("rules from eval/heldout12", () => {
  const T = (s: string, refDate?: string) =>
    extract(s, refDate ? { refDate } : {}).targets!.map((t) => [t.min, t.object, t.region, t.deadline]);
  it("a sentence after one that set a deadline ahead in the paragraph states goals (…。宁德、南平、三明三市…分别不低于8%…)", () => {
    const r = T("到2030年，福州市数字经济增加值突破1.6万亿元。宁德、南平、三明三市数字经济增加值年均增速分别不低于8%、8%和7.5%。");
    expect(r.map((t) => [t[0], t[2], t[3]])).toEqual([[1.6e12, "350100", "2030-12-31"], [8, "350900", "2030-12-31"], [8, "350700", "2030-12-31"], [7.5, "350400", "2030-12-31"]]);
  });
  it("towns spread by 分别 are no regions: the thing follows the last town, the county governs", () => {
    expect(T("到2027年，彭阳县红河镇、城阳乡冷凉蔬菜种植面积分别达到1.5万亩和1.2万亩。")).toEqual([
      [15000, "冷凉蔬菜种植面积", "640425", "2027-12-31"],
      [12000, "冷凉蔬菜种植面积", "640425", "2027-12-31"],
    ]);
  });
  it("a headline's GDP is the body's 地区生产总值: one goal", () => {
    const r = T("西藏GDP增长目标7%以上\n\n今年，西藏地区生产总值增长7%以上。", "2026-01-20");
    expect(r.map((t) => t[0])).toEqual([7]);
  });
  it("headlines under 相关阅读 are other articles': no goals of this one", () => {
    expect(T("到2026年，全市新建5G基站1000个。\n相关阅读：\n· 全市上线5G-A基站2000个 实现主城区全覆盖").map((t) => t[0])).toEqual([1000]);
  });
  it("压缩 and 缩短 with a percentage are changes (通关时间较2025年压缩10%)", () => {
    expect(T("今年，力争整体通关时间较2025年压缩10%。", "2026-03-01").map((t) => [t[0], t[1]])).toEqual([[10, "整体通关时间"]]);
  });
});

describe("a city and the province that locates it, in one sentence", () => {
  it("the sentences after it are about the city (乌兰察布是…内蒙古枢纽节点所在地。今年，我们将新增…)", () => {
    const r = extract("刘建军：乌兰察布是国家“东数西算”内蒙古枢纽节点所在地。今年，我们将新增新能源装机500万千瓦以上。", { refDate: "2026-01-23" }).targets!;
    expect(r.map((t) => t.region)).toEqual(["150900"]);
  });
});

describe("rules from eval/heldout13: a year-end round-up", () => {
  const text = [
    "2025年阿克苏地区经济社会发展综述：稳中有进 量质齐升",
    "2025-12-29 10:18　来源：阿克苏日报",
    "岁末回望，阿克苏地区经济社会发展主要指标好于预期。",
    "经济运行稳中向好。预计全年实现地区生产总值1850亿元，同比增长6.8%；全地区棉花种植面积稳定在650万亩以上。",
    "2026年是“十五五”开局之年。日前召开的地区经济工作会议提出，明年全地区地区生产总值增长7%左右，固定资产投资增长10%以上；新增城镇就业3万人以上。",
  ].join("\n");
  const r = extract(text).targets!;
  it("a headline that reviews (…综述) makes the text a review, down to what looks ahead; 预计全年 is an estimate", () => {
    expect(r.map((t) => t.min)).not.toContain(1.85e11);
    expect(r.map((t) => t.min)).not.toContain(6.5e6);
  });
  it("明年, resolved to its year, looks ahead: its growth figures are goals, statement-wide", () => {
    expect(r.map((t) => [t.min, t.deadline])).toEqual([[7, "2026-12-31"], [10, "2026-12-31"], [30000, "2026-12-31"]]);
  });
});

describe("more rules from eval/heldout13", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  it("a size class (10万吨级) is part of the thing counted; an age before a noun (60岁以上老年人) picks people", () => {
    expect(T("到2030年，沙雅县、新和县、阿瓦提县各建成1个10万吨级棉花加工仓储物流园。")).toEqual([[1, 1, "个", "10万吨级棉花加工仓储物流园"]]);
    expect(T("到2030年，为60岁以上老年人提供健康服务。")).toEqual([]);
  });
  it("rates per 100,000 are a unit (10/10万以下); a change in points measures the share before it", () => {
    expect(T("到2030年，孕产妇死亡率控制在10/10万以下，常住人口城镇化率达到56%，年均提高1.4个百分点左右。")).toEqual([
      [null, 10, "/10万", "孕产妇死亡率"],
      [56, 56, "%", "常住人口城镇化率"],
      [1.4, 1.4, "个百分点", "常住人口城镇化率年均提高"],
    ]);
  });
  it("a place the people counted come from (来自香港、澳门的创业团队) is not the goal's place", () => {
    const r = extract("江门市提出，到2027年，吸引来自香港、澳门的创业团队100个。").targets!;
    expect(r.map((t) => t.region)).toEqual(["440700"]);
  });
  it("a place things are brought into (力争将50个优质项目引入济南) is the goal's; 将 of will is no 把; 引进北京的… is from there", () => {
    const R = (s: string) => extract(s, { refDate: "2026-03-01" }).targets!.map((t) => t.region);
    expect(R("今年，力争将50个优质项目引入济南。")).toEqual(["370100"]);
    expect(R("今年，南京市引进北京的优质医疗资源5家。")).toEqual(["320100"]);
    expect(R("南通市相关负责人表示，今年南通将力争引进上海项目200个以上。")).toEqual(["320600"]);
    expect(R("今年，推动30个优质外资项目引入青岛。")).toEqual(["370200"]);
  });
  it("places watched as where investment may come from (紧盯北京、上海、苏州等地的产业转移) are not the goal's", () => {
    const t = extract("菏泽市成武县主要负责人表示，下一步，成武县将紧盯北京、上海、苏州等地的产业转移，到2027年，电商销售额突破300亿元。", { refDate: "2026-05-01" }).targets!;
    expect(t.map((x) => x.region)).toEqual(["371723"]);
  });
  it("a place firms are brought in from (引进上海、深圳企业, 吸引了杭州客商) is not the goal's place", () => {
    const r = extract("合肥市肥东县今年以来引进上海、深圳企业23家，力争到2027年引进长三角企业100家以上。").targets!;
    expect(r.map((t) => [t.min, t.region])).toEqual([[100, "340122"]]);
    const s = extract("衢州市开化县吸引了杭州客商投资，到2028年全县规上企业达到120家。").targets!;
    expect(s.map((t) => [t.min, t.region])).toEqual([[120, "330824"]]);
  });
  it("全市 is not a county-level city singled out of it by 其中 (…其中义乌市不少于120个；全市…)", () => {
    const r = extract("金华市印发《行动计划》。\n《行动计划》提出，到2028年，全市建设海外仓200个以上，其中义乌市不少于120个；全市跨境电商产业园达到25个。").targets!;
    expect(r.map((t) => t.region)).toEqual(["330700", "330782", "330700"]);
  });
  it("a quarter inside a deadline ahead (2026年一季度前完成…), or mostly ahead (一季度 in mid-February), reports nothing", () => {
    expect(extract("2025-11-20\n\n义马市2026年一季度前完成采煤沉陷区综合治理项目3个。").targets!.map((t) => [t.min, t.deadline])).toEqual([[3, "2026-03-31"]]);
    expect(extract("2026-02-13 17:20\n\n一季度，全市地区生产总值要实现增长6.5%以上，固定资产投资增长10%。").targets!.map((t) => [t.min, t.deadline])).toEqual([
      [6.5, "2026-03-31"],
      [10, "2026-03-31"],
    ]);
  });
  it("places told what to do (新余市、萍乡市要依托现有产业基础，各承接…不少于10个) state goals; an existing base (现有产业基础) reports nothing", () => {
    const text = "2024-08-09\n\n《行动计划》提出，到2026年，宜春锂电新能源产业营业收入力争突破2000亿元。\n新余市、萍乡市要依托现有产业基础，各承接锂电配套项目不少于10个。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([2e11, 10]);
  });
  it("a station named after a place (邓州东站) does not place the goals after it", () => {
    const r = extract("南阳市印发《方案》。到2028年，建成南阳东站、邓州东站等综合客运枢纽4个；建成多式联运物流园区3个。").targets!;
    expect(r.map((t) => t.region)).toEqual(["411300", "411300"]);
  });
  it("a rating named after the place that awards it (辽宁省级示范步行街) does not place the goal", () => {
    const r = extract("沈阳市出台方案。和平区依托太原街商圈，力争建成辽宁省级示范步行街2条。").targets!;
    expect(r.map((t) => t.region)).toEqual(["210102"]);
  });
  it("a bound naming a class of things to be done away with (消除56人及以上大班额) is no goal", () => {
    const T = (s: string) => extract(s).targets!.map((t) => t.min);
    expect(T("到2028年，义务教育阶段56人及以上大班额全面消除，小学平均班额不超过45人。")).toEqual([null]);
    expect(T("到2028年，全面消除56人及以上大班额。")).toEqual([]);
    // …while a bound with no class after it is the goal's own
    expect(T("到2028年，新增规上企业100家以上。")).toEqual([100]);
  });
  it("a document stating goals after a topic that opens the statement (在区域布局上，《建议》提出，…) makes a bounded growth a goal", () => {
    const text = "全会审议通过了《中共甘肃省委关于制定国民经济和社会发展第十五个五年规划的建议》（以下简称《建议》）。\n在区域布局上，《建议》提出，支持兰州建设西部区域中心城市，兰州新区地区生产总值年均增长10%以上。";
    expect(extract(text).targets!.map((t) => [t.min, t.document])).toEqual([[10, 0]]);
  });
  it("a deadline set for one place or thing is not another's, named after it (临川区力争2027年底前…，南城县每年…; …；廉桥镇依托…)", () => {
    const D = (s: string) => extract(s).targets!.map((t) => t.deadline);
    const intro = "按照《行动计划》，到2028年，全市建成体育强市。";
    expect(D(intro + "抚州市将做强赛事经济，临川区力争2027年底前建成综合体育馆1座，南城县每年举办全国性赛事不少于5场。")).toEqual(["2027-12-31", "2028-12-31"]);
    expect(D(intro + "邵东经济开发区力争2027年底前建成人才创新创业园1个；廉桥镇依托中药材专业市场，新建中药材产业技术研究院1家。")).toEqual(["2027-12-31", "2028-12-31"]);
    // …while a city's deadline holds for its own districts
    expect(D(intro + "抚州市力争2027年底前建成综合体育馆1座，临川区建成城市体育公园3个。")).toEqual(["2027-12-31", "2027-12-31"]);
  });
  it("a qualifier after the last of the amounts 分别 shares out holds for them all, unless one between has its own", () => {
    const Q = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.qualifier]);
    expect(Q("到2030年，黄陵县、黄龙县森林覆盖率分别保持在80%和85%以上。")).toEqual([[80, null, "以上"], [85, null, "以上"]]);
    expect(Q("今年，徐州市、盐城市、宿迁市分别提出地区生产总值增长6%、6%左右和6.5%以上。").map((x) => x[2])).toEqual([null, "左右", "以上"]);
  });
  it("towns shared 分别 amounts are no thing of their own (湖镇镇、溪口镇分别建成省级未来乡村1个和2个)", () => {
    expect(extract("到2026年，湖镇镇、溪口镇分别建成省级未来乡村1个和2个。").targets!.map((t) => [t.min, t.object])).toEqual([
      [1, "省级未来乡村"],
      [2, "省级未来乡村"],
    ]);
  });
  it("分别 over amounts each after a thing of its own pairs places and things in order (分别建设红松籽加工园区1个和蓝莓加工园区1个)", () => {
    const R = (s: string) => extract(s).targets!.map((t) => [t.object, t.region]);
    expect(R("到2028年，铁力市、嘉荫县分别建设红松籽加工园区1个和蓝莓加工园区1个。")).toEqual([
      ["红松籽加工园区", "230781"],
      ["蓝莓加工园区", "230722"],
    ]);
    expect(R("到2028年，固安县、永清县依托临空经济区，分别建设航空物流园区1个和保税物流中心1个。")).toEqual([
      ["航空物流园区", "131022"],
      ["保税物流中心", "131023"],
    ]);
  });
  it("分别 after the thing each amount measures shares the amounts out among the places opening the clause before (九寨沟县、松潘县依托…，年接待游客分别达到…)", () => {
    const r = extract("到2028年，九寨沟县、松潘县依托九寨沟、黄龙景区，年接待游客分别达到2000万人次和1500万人次。").targets!;
    expect(r.map((t) => [t.min, t.region, t.object])).toEqual([
      [2e7, "513225", "年接待游客"],
      [1.5e7, "513224", "年接待游客"],
    ]);
  });
  it("a paragraph's indentation (　　) does not hide the first place of a 分别 list", () => {
    const r = extract("到2028年，全市建成养老服务体系。\n　　平城区、云冈区分别新建社区嵌入式养老服务机构15个和10个。").targets!;
    expect(r.map((t) => [t.min, t.region])).toEqual([[15, "140213"], [10, "140214"]]);
  });
  it("全地区 is the prefecture (地区) the text is about, not the county named last", () => {
    const r = extract("喀什地区印发方案。伽师县、巴楚县各建设1个培训基地。2026年底前，全地区建成产业工人公寓3000套。").targets!;
    expect(r.at(-1)).toMatchObject({ object: "产业工人公寓", region: "653100" });
  });
  it("Hong Kong, Macao or Taiwan as where people or firms come from (台湾青年, 香港及境外游客, 深圳、香港科技企业) is not the goal's place", () => {
    const region = (text: string) => extract(text).targets!.map((t) => t.region);
    expect(region("厦门市印发方案，提出每年新增台湾青年实习岗位不少于3000个。")).toEqual(["350200"]);
    expect(region("阿勒泰地区提出，今年冰雪季力争接待香港及境外游客10万人次。")).toEqual(["654300"]);
    expect(region("中山市提出，今年引进深圳、香港科技企业300家以上。")).toEqual(["442000"]);
    expect(region("上海市提出，支持香港高校在沪设立人工智能联合实验室不少于10个。")).toEqual(["310000"]);
    // a trade between (台湾农业企业), farmers from there (台湾农民创业园)
    expect(region("漳州市提出，漳浦县建设1个台湾农民创业园，每个园区引进台湾农业企业不少于10家。")).toEqual(["350623", "350623"]);
    // …but not in a text about those places themselves (澳门科技大学 is a Macao university)
    expect(region("澳门特区政府提出，澳门科技大学、澳门大学每年各培养中医药专业研究生不少于150名，在北京举办推介会3场。")[0]).toBe("820000");
    // goods from there, and markets there (台湾农渔产品, 台湾商品, 进入香港市场)
    expect(region("平潭县提出，到2028年，台湾农渔产品年进口量达到25万吨；金井片区建设台湾商品免税市场1个。")).toEqual(["350128", "350128"]);
    expect(region("怒江州提出，今年推动草果进入香港市场，全年出口草果及制品力争达到3000吨。")).toEqual(["533300"]);
    // …but not where the sentence opens with that place, its subject (and 香港特区 names it)
    expect(region("中山市提出，今年引进科技企业300家。\n香港特区政府驻粤经济贸易办事处表示，今年计划组织香港企业赴大湾区考察不少于10场。")).toEqual(["442000", "810000"]);
    // …nor in a text about those places alone
    expect(region("香港特区政府提出，到2027年吸引香港青年创业团队200个。")).toEqual(["810000"]);
  });
});

describe("a year all but over", () => {
  it("written in its last quarter, a plan period ending that year and the year itself report (十四五期间…完成…; 今年汛期…)", () => {
    const r = extract("2025-12-18 来源：大公网\n\n“十四五”期间，全省累计完成淮河治理投资980亿元，加固淮河干流堤防526公里。今年汛期，全省大中型水库累计拦蓄洪水18.6亿立方米。").targets!;
    expect(r).toEqual([]);
    // …while early in the year the same words plan
    const early = extract("2025-03-18 来源：大公网\n\n今年，全省新建堤防526公里。").targets!;
    expect(early.map((t) => t.min)).toEqual([526]);
  });
});

describe("a plan period reviewed in its last months", () => {
  it("reports its figures (2025-12-09: “十四五”时期…增加到2025年预计的…，年均增长6%左右；…突破7000万千瓦)", () => {
    const r = extract("2025-12-09 来源：大公网\n\n“十四五”时期，甘肃地区生产总值由2020年的9016.7亿元增加到2025年预计的1.36万亿元左右，年均增长6%左右；新能源装机规模突破7000万千瓦。").targets!;
    expect(r).toEqual([]);
  });
});

describe("处 counting places", () => {
  it("before 以上 is no penalty's 处以 (新建雨水情测报设施3000处以上)", () => {
    expect(extract("到2026年，全省将新建雨水情测报设施3000处以上。").targets!.map((t) => [t.min, t.unit])).toEqual([[3000, "处"]]);
    expect(extract("到2026年，违反规定的，处以5000元罚款。").targets).toEqual([]);
  });
});

describe("from a district secretary's speech (eval/heldout13)", () => {
  const text = "2026-01-16 来源：南湖发布\n\n南湖区委书记讲话。\n\n今年是“十五五”开局之年。全区经济社会发展的主要预期目标是：地区生产总值增长6.5%以上。\n\n要深度融入长三角一体化，打造浙江全面接轨上海的“桥头堡”。到2027年，全区数字经济核心产业增加值占GDP比重达到18%；到2030年，规上工业总产值突破3000亿元。";
  const r = extract(text).targets!;
  it("a year that is the topic (今年是“十五五”开局之年) gives the goals after it their deadline, not the plan period's", () => {
    expect(r[0].deadline).toBe("2026-12-31");
  });
  it("全区 in the statement beats a place an earlier sentence named; 接轨上海 names a neighbour", () => {
    expect(r.slice(1).map((t) => [t.min, t.region])).toEqual([[18, "330402"], [3e11, "330402"]]);
  });
});

describe("bounds and cues", () => {
  it("a bound with a goal cue is a goal (目标7%以上); a vague numeral (几个硬目标) is no bound", () => {
    expect(extract("今年，西藏地区生产总值增长目标为7%以上。", { refDate: "2026-02-06" }).targets!.map((t) => t.min)).toEqual([7]);
    expect(extract("这里，我特别强调几个硬目标：一是项目招引要有新突破。").targets).toEqual([]);
  });
});

describe("a notice sharing goals out among places (eval/heldout15)", () => {
  const text = [
    "宜昌市人民政府办公室关于下达2026年度招商引资目标任务的通知",
    "",
    "2026年，全市力争新签约亿元以上项目400个以上，其中10亿元以上项目不少于60个；实际到位市外资金突破2500亿元，同比增长10%左右；实际使用外资达到2.5亿美元。",
    "",
    "各县市区、宜昌高新区2026年度主要指标如下：",
    "",
    "单位\t新签约亿元以上项目（个）\t实际到位市外资金（亿元）",
    "夷陵区\t55\t380",
    "宜都市\t45\t330",
    "宜昌高新区\t60\t420",
    "",
    "未列入上表的县市区，由市投资促进局另行下达目标任务。",
  ].join("\n");
  const r = extract(text, { refDate: "2026-01-12" }).targets!;
  it("a table with a column of places gives each place's value per indicator, for the year the line before it gives", () => {
    const rows = r.filter((t) => t.text.includes("\t"));
    expect(rows.map((t) => [t.text, t.min, t.unit, t.object, t.region, t.deadline])).toEqual([
      ["夷陵区\t55", 55, "个", "新签约亿元以上项目", "420506", "2026-12-31"],
      ["夷陵区\t55\t380", 3.8e10, "元", "实际到位市外资金", "420506", "2026-12-31"],
      ["宜都市\t45", 45, "个", "新签约亿元以上项目", "420581", "2026-12-31"],
      ["宜都市\t45\t330", 3.3e10, "元", "实际到位市外资金", "420581", "2026-12-31"],
      ["宜昌高新区\t60", 60, "个", "新签约亿元以上项目", "420500", "2026-12-31"],
      ["宜昌高新区\t60\t420", 4.2e10, "元", "实际到位市外资金", "420500", "2026-12-31"],
    ]);
  });
  it("a year opening a statement dates all its parts joined by ；, and 同比 in a statement that looks forward reports nothing", () => {
    const prose = r.filter((t) => !t.text.includes("\t"));
    expect(prose.map((t) => [t.min, t.unit, t.deadline])).toEqual([
      [400, "个", "2026-12-31"],
      [60, "个", "2026-12-31"],
      [2.5e11, "元", "2026-12-31"],
      [10, "%", "2026-12-31"],
      [2.5e8, "美元", "2026-12-31"],
    ]);
    expect(prose[3].object).toContain("实际到位市外资金");
  });
  it("a year in a title after 下达 is no span of time", () => {
    expect(r.some((t) => t.unit === "年")).toBe(false);
  });
  it("约 ending a word (签约, 节约) is no qualifier", () => {
    const t = extract("到2027年，全市新签约100个项目，约50个。").targets!;
    expect(t.map((x) => [x.min, x.qualifier])).toEqual([[100, null], [50, "约"]]);
  });
});

describe("a government work report (eval/heldout14)", () => {
  const text = [
    "政府工作报告（摘要）",
    "——2026年1月14日在酒泉市第五届人民代表大会第六次会议上",
    "",
    "二、2026年主要目标",
    "",
    "今年是“十五五”开局之年。全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右；城镇新增就业1.2万人以上。",
    "",
    "（二）推进文旅深度融合。办好第十届丝绸之路（敦煌）国际文化博览会，全市接待游客力争达到3200万人次，旅游总收入增长15%以上；敦煌市力争年接待游客突破1500万人次。",
    "",
    "到2030年，全市地区生产总值力争达到1400亿元。",
  ].join("\n");
  const r = extract(text).targets!;
  it("今年是“十五五”开局之年 dates the year's goals, where the text gives its day", () => {
    expect(r.slice(0, 2).map((t) => t.deadline)).toEqual(["2026-12-31", "2026-12-31"]);
  });
  it("全市 after a county-level city named only inside a name is the city of the report, and holds on in its sentence", () => {
    expect(r.slice(2, 5).map((t) => [t.min, t.region])).toEqual([
      [3.2e7, "620900"],
      [15, "620900"],
      [1.5e7, "620982"],
    ]);
  });
});

describe("more rules from eval/heldout14 and heldout15", () => {
  const T = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.max, t.unit, t.object, t.region, t.deadline]);
  it("runs of a line a week (每周不少于6班): 班 counts, the period leaves the thing, and a verb joined by 并 is no part of it", () => {
    expect(T("泉州市商务局表示，今年将推动泉金货运航线每周不少于6班。", "2026-03-01")).toEqual([[6, null, "班", "泉金货运航线", "350500", "2026-12-31"]]);
    expect(T("黄山市提出，到2027年，开通黄山至香港直航航线并实现每周不少于4班。").map((t) => [t[3], t[4]])).toEqual([["直航航线", "341000"]]);
  });
  it("places after 与 that share the work (与…武山县、秦安县共建) are partners; 共建 and 启动 are goal verbs", () => {
    expect(T("到2028年，甘谷县将与同属天水市的武山县、秦安县共建跨县域蔬菜冷链物流中心1个，新增冷藏库容不少于5万吨。")).toEqual([
      [1, 1, "个", "跨县域蔬菜冷链物流中心", "620523", "2028-12-31"],
      [50000, null, "吨", "冷藏库容", "620523", "2028-12-31"],
    ]);
    expect(T("到2026年，渝中区启动3个城中村改造项目。").map((t) => t[0])).toEqual([3]);
  });
  it("a deadline written after an amount of its own in an earlier sentence stays with that thing", () => {
    const r = T("渭河沿岸12个行政村到2027年底全部建成美丽乡村。同时，甘谷县将新增冷藏库容不少于5万吨。");
    expect(r.map((t) => [t[0], t[5]])).toEqual([[50000, null]]);
  });
  it("a threshold after 满 with a measure word before its 的 (…年运营满50个航次的船公司) picks who is concerned", () => {
    expect(T("到2027年开通航线10条。对新开通航线且年运营满50个航次的船公司，给予每条航线最高300万元奖励。").map((t) => t[0])).toEqual([10]);
  });
  it("a headline that only shortens the thing (公办学位) keeps its words; the body gives the deadline and the document", () => {
    const r = extract("海南：到2027年新增公办学位10万个\n\n海南省人民政府印发《海南省基础教育提质行动计划》，提出到2027年，全省新增公办中小学和幼儿园学位10万个。").targets!;
    expect(r.map((t) => [t.object, t.deadline, t.document])).toEqual([["公办学位", "2027-12-31", 0]]);
  });
});

describe("分别 lists and places that are no party (eval/heldout14, heldout15)", () => {
  const R = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.object, t.region]);
  it("two verbs over the same things (分别新建和改造提升…) still share the amounts out in order", () => {
    expect(R("南阳市人民政府提出，到2030年，邓州市、唐河县、新野县分别新建和改造提升高标准农田120万亩、95万亩和60万亩。")).toEqual([
      [1.2e6, "高标准农田", "411381"],
      [9.5e5, "高标准农田", "411328"],
      [6e5, "高标准农田", "411329"],
    ]);
  });
  it("a 分别 opening its clause takes the places opening the clause before; 承接 names where things come from", () => {
    expect(R("到2030年，天津市武清区、宝坻区重点承接北京科技成果转化，分别引育高新技术企业1200家和800家。")).toEqual([
      [1200, "高新技术企业", "120114"],
      [800, "高新技术企业", "120115"],
    ]);
  });
  it("places after 在 start the list (…联合珠海市在斗门区、金湾区分别建设…); 及 may join words of the thing", () => {
    expect(R("到2028年，澳门将联合珠海市在斗门区、金湾区分别建设中药材种植及加工基地2个和1个。")).toEqual([
      [2, "中药材种植及加工基地", "440403"],
      [1, "中药材种植及加工基地", "440404"],
    ]);
  });
  it("where events are held (在北京、上海及成都举办) and whom a goal serves (为澳门居民) are no party to it", () => {
    expect(R("澳门特别行政区政府表示，今年将在北京、上海及成都举办3场中医药产品推介会。", "2026-03-01").map((t) => t[2])).toEqual(["820000"]);
    expect(R("珠海市人民政府提出，到2027年珠海累计为澳门居民提供就业岗位不少于2万个。").map((t) => t[2])).toEqual(["440400"]);
  });
  it("全区 of a text about an autonomous region is that region, not a district written without 区 (柳江两岸)", () => {
    const text = "广西交通运输工作会议召开\n\n2月25日，全区交通运输工作会议在南宁召开。2026年广西计划完成交通基础设施投资1200亿元。\n\n钦州港、防城港将新开航线。\n\n自治区交通运输厅负责人表示，柳江两岸的城市快速路网将在明年全面贯通，“十五五”期间全区交通基础设施投资年均保持在1200亿元以上。";
    expect(R(text, "2026-02-25").map((t) => t[2])).toEqual(["450000", "450000"]);
  });
  it("a zone opening the clause (金海湖新区) is the text's own, not a county another clause named", () => {
    const text = "毕节市优化营商环境\n\n在区域落实上，大方县、织金县各建成1个企业服务中心；年内，金海湖新区力争新引进亿元以上项目30个。";
    expect(R(text, "2026-03-01").map((t) => t[2]).slice(-1)).toEqual(["520500"]);
  });
});

describe("amounts inside the thing (eval/heldout13)", () => {
  const T = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  it("a return period is read to its bound (50年一遇以上)", () => {
    expect(T("到2030年，沿淮城市防洪标准全部达到50年一遇以上。")).toEqual([[50, null, "年", "沿淮城市防洪标准"]]);
  });
  it("a span of time in a relative clause is part of the thing (1个24小时营业的智慧商圈)", () => {
    expect(T("沧州市提出，沧州高新区力争2027年底前建成1个24小时营业的智慧商圈。")).toEqual([[1, 1, "个", "24小时营业的智慧商圈"]]);
  });
  it("超亿元 before a noun classes the things counted; one unit ends a class (超10亿元项目12个 → 10亿元项目)", () => {
    expect(T("今年，全年引进超亿元项目不少于70个；新引进超10亿元项目12个。", "2026-01-16").map((t) => [t[0], t[2], t[3]])).toEqual([
      [70, "个", "亿元项目"],
      [12, "个", "10亿元项目"],
    ]);
  });
});

describe("items on one line and 全市 (eval/heldout14)", () => {
  const text = "九江市养老服务体系建设实施方案\n\n到2027年底，全市家庭养老床位达到3000张。\n\n（二）瑞昌市、共青城市、庐山市分别新增家庭养老床位300张、200张和200张。（五）今年全市新增嵌入式养老服务机构20家。";
  const r = extract(text, { refDate: "2026-04-08" }).targets!;
  it("an item's number (（二）) is no part of the first place of a 分别 list", () => {
    expect(r.filter((t) => t.min === 300 || t.min === 200).map((t) => [t.min, t.object, t.region])).toEqual([
      [300, "家庭养老床位", "360481"],
      [200, "家庭养老床位", "360482"],
      [200, "家庭养老床位", "360483"],
    ]);
  });
  it("全市 is not a county-level city named in a list of places before it", () => {
    expect(r.find((t) => t.min === 20)?.region).toBe("360400");
  });
  it("a deadline a place within the text's own set itself (广灵县力争2027年底前…) does not carry to the next sentence", () => {
    const t = "大同市文旅发展三年行动\n\n大同市、云冈区、平城区、浑源县、广灵县\n\n在区域布局上，广灵县力争2027年底前建成国家级旅游度假区。大同还将每年开展宣传推介不少于10场。";
    const g = extract(t).targets!.find((x) => x.min === 10);
    expect([g?.region, g?.deadline]).toEqual(["140200", null]);
  });
});

describe("a national opinion and a press conference (eval/heldout15)", () => {
  it("a verb of support right before a count counts what it supports, up to what they go on to do", () => {
    const r = extract("（二）发展农村电子商务。培育100个左右县域电商产业集聚区，支持3000个以上农村电商服务站点拓展代收代缴、农资配送等综合服务功能。").targets!;
    expect(r.map((t) => [t.min, t.qualifier, t.object])).toEqual([
      [100, "左右", "县域电商产业集聚区"],
      [3000, "以上", "农村电商服务站点"],
    ]);
    expect(extract("在支持政策上，配售型保障性住房主要面向家庭人均月收入低于5000元的住房困难工薪群体。").targets).toEqual([]);
  });
  it("a span of years already over reports what was done, a goal noun (任务) notwithstanding", () => {
    const text = "2026-01-21 18:05　来源：国家林业和草原局政府网\n\n张海峰：“十四五”期间，全国累计完成防沙治沙任务1.2亿亩，“三北”工程区森林覆盖率由13.57%提高到14.3%。";
    expect(extract(text).targets).toEqual([]);
  });
});

describe("more rules from eval/heldout13 and heldout17", () => {
  const T = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("a bound before 有 (每个县至少有1家县级医院…) bounds the amount", () => {
    expect(T("到2030年，每个县（市）至少有1家县级医院达到三级医院服务能力。")).toEqual([[1, null, "至少", "县级医院"]]);
  });
  it("a share covered (覆盖80%以上的城乡社区) names what it is a share of", () => {
    expect(T("到2026年，全市老年助餐服务点达到500个，覆盖80%以上的城乡社区。").map((t) => t[3])).toEqual(["老年助餐服务点", "城乡社区"]);
  });
  it("a count's thing is what its verb acts on after a subject of its own; 我们 leads no thing", () => {
    expect(T("到2027年，湄洲岛国家旅游度假区将推出“妈祖文化+康养”旅居产品20条。").map((t) => t[3])).toEqual(["“妈祖文化+康养”旅居产品"]);
    expect(T("今年我们将新增养老床位2000张。", "2026-03-01").map((t) => t[3])).toEqual(["养老床位"]);
  });
});

describe("review mends (eval/heldout14–15 rules)", () => {
  const T = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.text, t.min, t.region]);
  it("a places table of statistics or of funds allotted states no goals", () => {
    expect(T("宜昌市统计局发布2025年各县市区主要经济指标完成情况：\n单位\t地区生产总值（亿元）\t增速（%）\n夷陵区\t780\t6.5", "2026-03-01")).toEqual([]);
    expect(T("关于下达2026年农业专项补助资金的通知，分配如下：\n单位\t补助资金（万元）\n夷陵区\t500", "2026-03-01")).toEqual([]);
  });
  it("a places table of 20,000 rows is read in linear time", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `${["夷陵区", "宜都市", "枝江市"][i % 3]}\t${i + 1}`);
    const text = "宜昌市2026年度目标任务分解如下：\n单位\t新签约项目（个）\n" + rows.join("\n");
    expect(extract(text, { refDate: "2026-01-12" }).targets!.length).toBe(20_000);
  });
  it("超 before a sum classes things only where a count of them follows (营业收入超100亿元目标 is a goal)", () => {
    expect(T("到2027年，宜昌市力争实现营业收入超100亿元目标。").map((t) => t[1])).toEqual([1e10]);
  });
  it("将近 and 将…作为 do not make a statement one of goals; 作为 before a place serves nobody", () => {
    expect(T("今年1—9月，宜昌市规上工业增加值将近500亿元，同比增长8.5%左右。", "2026-10-20")).toEqual([]);
    expect(T("大同市印发方案。到2027年，作为广灵县重点工程，新建标准厂房5万平方米。").map((t) => t[2])).toEqual(["140223"]);
  });
  it("a shift system (三班倒) counts no runs; money or 鼓励 after a verb of support is no goal", () => {
    expect(T("到2027年，宜昌市实现三班倒生产线5条。").map((t) => t[1])).toEqual([5]);
    expect(T("对获批项目，省财政支持500万元。")).toEqual([]);
    expect(T("鼓励2家以上企业组建联合体共同申报。")).toEqual([]);
  });
  it("a year before a deadline in its clause is no amount of a thing of its own", () => {
    const r = extract("大同市印发方案。广灵县2026年开工、到2027年底建成标准厂房5万平方米。同时，新增冷藏库容2万吨。").targets!;
    expect(r.map((t) => t.deadline)).toEqual(["2027-12-31", "2027-12-31"]);
  });
});

describe("rules from eval/heldout16", () => {
  const T = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.object, t.region]);
  it("a bound with no verb in a section planning the year (三、2026年重点工作) is a goal", () => {
    const text = "政府工作报告（摘要）\n——2026年1月8日在凤凰县第十八届人民代表大会第六次会议上\n\n三、2026年重点工作\n\n（二）壮大特色产业。县工业集中区新入园企业不少于10家。";
    expect(T(text).map((t) => t[0])).toEqual([10]);
    const review = "政府工作报告（摘要）\n——2026年1月8日在凤凰县第十八届人民代表大会第六次会议上\n\n一、2025年工作回顾\n\n县工业集中区新入园企业不少于10家。";
    expect(T(review)).toEqual([]);
  });
  it("a plan section with no year in its heading (一、主要目标) plans the headline's year; a verb that keeps a level (保持100%) states a goal there", () => {
    const text = "岳阳市水利局2026年工作要点\n\n发布时间：2026-02-27 16:40\n\n一、主要目标\n\n全年完成水利投资60亿元以上；县级以上城市集中式饮用水水源地水质达标率保持100%。";
    expect(extract(text).targets!.map((t) => [t.min, t.deadline])).toEqual([
      [6e9, "2026-12-31"],
      [100, "2026-12-31"],
    ]);
    // …but not a year the headline reviews
    expect(T("岳阳市水利局2025年工作总结\n\n发布时间：2026-01-27 16:40\n\n一、主要目标\n\n县级以上城市集中式饮用水水源地水质达标率保持100%。")).toEqual([]);
  });
  it("1个城市湿地公园 counts parks, not cities", () => {
    expect(T("到2030年，拉萨市城关区、堆龙德庆区、达孜区沿拉萨河各建设1个城市湿地公园。").map((t) => t[1])).toEqual(["城市湿地公园"]);
  });
  it("a 分别 item of a city and its district is the district; a place phrase after the last (沿年楚河) is no thing", () => {
    expect(T("到2030年，日喀则市桑珠孜区、江孜县、白朗县沿年楚河分别治理水土流失120平方公里、90平方公里和80平方公里。")).toEqual([
      [120, "水土流失", "540202"],
      [90, "水土流失", "540222"],
      [80, "水土流失", "540228"],
    ]);
  });
  it("a river named after a place (拉萨河) is no place of a goal", () => {
    const text = "西藏自治区人民政府办公厅印发《规划》，提出到2028年，拉萨河、年楚河、尼洋河流域水土流失面积比2020年下降15%以上。";
    expect(T(text).map((t) => t[2])).toEqual(["540000"]);
  });
});

describe("a press conference's statements (eval/heldout16)", () => {
  const T = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.object]);
  it("a turn opening the statement (今年，…) holds for its parts joined by ；, after a past year in the paragraph", () => {
    expect(T("局长 陈国庆：2025年，全市粮食总产量达到52.3亿斤。今年，全市粮食播种面积稳定在890万亩以上；新建高标准农田42万亩。", "2026-02-10").map((t) => t[0])).toEqual([8.9e6, 4.2e5]);
  });
  it("a threshold before 的 after a count is part of the things counted (1个产值超10亿元的…联合体)", () => {
    expect(T("今年，海林市、宁安市、东宁市各培育1个产值超10亿元的农业产业化联合体。", "2026-02-10")).toEqual([[1, "产值超10亿元的农业产业化联合体"]]);
  });
});

describe("town names and chained verbs (eval/heldout17)", () => {
  it("a town whose name opens with a province's (云南驿镇) names no place of a goal; 新建和改造 are both verbs", () => {
    const text = "祥云县加快推进县域商业体系建设\n\n祥云县是大理州的东大门。\n\n在乡镇布局上，祥城镇、云南驿镇依托现代物流产业园，分别建设县域共同配送中心1个和农产品产地冷藏保鲜设施10座。到2027年，新建和改造乡镇商贸中心10个。";
    const r = extract(text).targets!;
    expect(r.map((t) => [t.min, t.object, t.region])).toEqual([
      [1, "县域共同配送中心", "532923"],
      [10, "农产品产地冷藏保鲜设施", "532923"],
      [10, "乡镇商贸中心", "532923"],
    ]);
  });
});

describe("places that build on, are supported, or head a list before a colon (eval/heldout16–17)", () => {
  const R = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.region]);
  it("a list of places before a colon shares out the 分别 after it", () => {
    expect(R("各地怎么干\n\n瓯海区、龙湾区：分别新增规上工业企业60家和80家。", "2026-03-01")).toEqual([[60, "330304"], [80, "330303"]]);
  });
  it("places a city builds on (依托崇礼区、沽源县等地风光资源) are not whose goal it is", () => {
    expect(R("河北省提出，到2028年，张家口市依托崇礼区、沽源县等地风光资源，可再生能源制氢年产能达到5万吨。")).toEqual([[50000, "130700"]]);
  });
  it("a list after a verb of support (推动营口港、丹东港…) gives way to the sentence's subject", () => {
    expect(R("辽宁省发展改革委负责人表示，今年辽宁将推动营口港、丹东港与香港港口企业开展合作，力争引进港资航运物流项目10个。", "2026-03-01")).toEqual([[10, "210000"]]);
  });
  it("the near end of a route may name its port (汕头港至香港); a congress's term (十五届人大) is no amount", () => {
    expect(R("汕头市提出，到2027年，新开通汕头港至香港的集装箱航线3条。")).toEqual([[3, "440500"]]);
    expect(R("到2027年，发展计划草案提请州十五届人大五次会议审议，举办3届博览会。")).toEqual([[3, null]]);
  });
});

describe("conditions, designations and counts of subjects (eval/heldout16–17)", () => {
  const R = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.object]);
  it("a condition joined by 且 to the one opening the sentence picks who is paid, no goal", () => {
    expect(R("（一）对利用闲置厂房、商业办公用房改建保障性租赁住房，且改建规模在50套以上的项目，按每套1万元给予一次性奖补。")).toEqual([]);
  });
  it("places designated under a deadline (各确定1个…片区) are goals", () => {
    expect(R("玉林市提出，玉州区、北流市要于2026年6月底前各确定1个保障性租赁住房集中建设片区。", "2026-03-01")).toEqual([[1, "保障性租赁住房集中建设片区"]]);
  });
  it("a count of the subjects an amount is shared out among (两个飞地园区各引进…) is no goal; 各类 shares nothing", () => {
    expect(R("潍坊高新区提出，到2028年，与寒亭区、坊子区共建的两个飞地园区各引进亿元以上项目不少于15个。")).toEqual([[15, "亿元以上项目"]]);
    expect(R("到2027年，建成通用机场10个、各类起降场（点）500个以上。").map((t) => t[0])).toEqual([10, 500]);
  });
});

describe("rules from eval/heldout18", () => {
  const T = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.qualifier, t.object, t.region]);
  it("the entries of a list (名单（共62家）) are no goal; one of several conditions before the grant is none either", () => {
    expect(T("附件：2026年湖南省智能制造示范工厂培育名单（共62家）")).toEqual([]);
    expect(T("在支持政策上，对客房数达到8间以上、投资额超过200万元的新建民宿，按投资额的10%给予补助，最高不超过30万元。")).toEqual([]);
  });
  it("people posted, staffed and enrolled (派驻, 配备, 招生) are counted", () => {
    expect(T("到2027年，确保全市每个行政村至少配备1名灾害信息员。").map((t) => [t[0], t[1], t[2]])).toEqual([[1, "至少", "灾害信息员"]]);
  });
  it("a number inside a quoted name is part of the thing (1条“15分钟公交便民圈”示范走廊)", () => {
    expect(T("到2028年，天宁区、钟楼区各打造1条“15分钟公交便民圈”示范走廊。").map((t) => t[2])).toEqual(["“15分钟公交便民圈”示范走廊"]);
  });
  it("a place inside a quoted title (“河南省质量标杆”企业) is not whose goal it is", () => {
    expect(T("许昌市市场监管局答复：到2026年，全市培育“河南省质量标杆”企业5家以上。").map((t) => t[3])).toEqual(["411000"]);
  });
});

describe("deadlines of a press release (eval/heldout18)", () => {
  it("年内, where the text shows when it was written, is that year's end; N年内 is a span", () => {
    expect(extract("常州经开区年内开通定制公交线路10条以上。", { refDate: "2026-04-22" }).targets!.map((t) => [t.object, t.deadline])).toEqual([["定制公交线路", "2026-12-31"]]);
    expect(extract("力争三年内新建学校10所。", { refDate: "2026-04-22" }).targets!.map((t) => t.deadline)).toEqual([null]);
  });
  it("a deadline set after a thing of an earlier clause is that thing's, where the amount's clause names places of its own", () => {
    const text = "《计划》提出，到2028年，全市轨道交通运营里程突破100公里。\n\n在轨道交通建设方面，地铁3号线一期、5号线一期2027年底前开工建设，金坛区、溧阳市分别建成铁路衔接站点2个和3个。";
    expect(extract(text, { refDate: "2026-04-22" }).targets!.map((t) => t.deadline)).toEqual(["2028-12-31", null, null]);
  });
});

describe("totals over the places just named (eval/heldout18)", () => {
  it("三地合计 is no part of the thing; 整合 is a goal verb", () => {
    const r = extract("到2028年，庆阳市推动西峰区、环县、华池县建设红色文物保护利用片区，三地合计整合红色遗址遗迹60处以上。").targets!;
    expect(r.map((t) => [t.min, t.object])).toEqual([[60, "红色遗址遗迹"]]);
  });
});

describe("places spread over things one to one (eval/heldout18)", () => {
  it("A、B分别组建X和Y<head>各1个: A's X<head>, B's Y<head>", () => {
    expect(extract("到2028年，顺庆区、南部县分别组建文旅和现代农业职教集团各1个。").targets!.map((t) => [t.min, t.object, t.region])).toEqual([
      [1, "文旅职教集团", "511302"],
      [1, "现代农业职教集团", "511321"],
    ]);
    expect(extract("枣庄市提出，到2027年，市中区、薛城区分别建设大件垃圾和园林垃圾处理中心各1座。").targets!.map((t) => [t.object, t.region])).toEqual([
      // (a first thing of four characters is read as a thing of its own: no head added)
      ["大件垃圾", "370402"],
      ["园林垃圾处理中心", "370403"],
    ]);
  });
});

describe("second review mends", () => {
  const R = (s: string, refDate = "2026-03-01") => extract(s, { refDate }).targets!.map((t) => [t.min, t.object, t.region, t.deadline]);
  it("城镇, 乡镇 after a place open no town's name; a list mark is no part of one (泰州、镇江)", () => {
    expect(R("2026年，重庆城镇新增就业70万人以上。").map((t) => t[2])).toEqual(["500000"]);
    expect(R("2026年，扬州、泰州、镇江三市则把地区生产总值增速目标分别定为6%、5.5%和6%。").map((t) => t[2])).toEqual(["321000", "321200", "321100"]);
  });
  it("a place before 江北新区 or 河湖 is no river's name", () => {
    expect(R("到2027年，南京江北新区新增高新技术企业500家以上。").map((t) => t[2])).toEqual(["320100"]);
    expect(R("到2027年，北京河湖水质优良比例达到90%以上。").map((t) => t[2])).toEqual(["110000"]);
  });
  it("在建项目 is a thing, not where", () => {
    expect(R("金坛区、溧阳市在建项目分别达到30个和40个。").map((t) => t[1])).toEqual(["在建项目", "在建项目"]);
  });
  it("a deadline its clause's subject sets (常州市要在2027年底前…) still governs the places after it", () => {
    expect(R("常州市要在2027年底前建成充电网络，金坛区、溧阳市分别建成充电站10座和12座。").map((t) => t[3])).toEqual(["2027-12-31", "2027-12-31"]);
  });
  it("年内 gives way to a deadline after it; 半年内 is a span", () => {
    expect(R("全市年内启动建设、到2028年累计建成充电桩1万个以上。").map((t) => t[3])).toEqual(["2028-12-31"]);
    expect(R("全市半年内新建充电桩1000个以上。").map((t) => t[3])).toEqual([null]);
  });
  it("a heading reporting progress (重点工作完成情况) plans nothing; a plan section dates its goals", () => {
    expect(R("二、2026年上半年重点工作完成情况\n全市规上工业企业营收增幅10%以上，城区空气优良天数比例90%以上。", "2026-07-10")).toEqual([]);
    expect(R("三、2026年重点工作\n\n（二）壮大特色产业。县工业集中区新入园企业不少于10家。", "2026-01-08").map((t) => t[3])).toEqual(["2026-12-31"]);
  });
  it("things one to one: a first thing of its own takes no head (城市书房和乡村综合文化服务中心); 省级和市级 share theirs", () => {
    expect(R("到2028年，金坛区、溧阳市分别新建城市书房和乡村综合文化服务中心各2个。").map((t) => t[1])).toEqual(["城市书房", "乡村综合文化服务中心"]);
    expect(R("到2028年，金坛区、溧阳市分别建设省级和市级现代农业产业示范园各1个。").map((t) => t[1])).toEqual(["省级现代农业产业示范园", "市级现代农业产业示范园"]);
  });
  it("a count its own verb sets keeps its goal before 各 (新建5个产业园各吸引…)", () => {
    expect(R("到2028年，全市力争新建5个现代农业产业园各吸引投资1亿元以上。").map((t) => t[0])).toEqual([5, 1e8]);
  });
});

describe("late rules (eval/heldout13, 16–18)", () => {
  const R = (s: string, refDate?: string) => extract(s, { refDate }).targets!.map((t) => [t.min, t.object, t.deadline]);
  it("an amount before 的 right after the first in a 各 list describes the things (各组建1支不少于50人的…队伍)", () => {
    expect(R("到2028年，清城区、清新区各组建1支不少于50人的专业化森林消防队伍。").map((t) => [t[0], t[1]])).toEqual([[1, "不少于50人的专业化森林消防队伍"]]);
  });
  it("a bound 原则上 sets a rule for who qualifies or what each project pays; a plan's ratio so bounded is its goal (2026-11-28: 配建比例, 新能源汽车比例 on heldout7 and heldout252)", () => {
    expect(R("到2027年，申报项目总投资原则上不低于5000万元，单个项目支持金额原则上不超过1亿元，配建比例原则上不超过25%。").map((t) => t[1])).toEqual(["配建比例"]);
  });
  it("a deadline of a statement about another place does not carry (韶关市…到2027年…。清远市在…)", () => {
    const text = "根据《方案》，到2028年，全省每个乡镇至少建设1个应急避难场所。\n\n三市各有侧重。韶关市将在浈江区新建1个区级应急物资储备库；到2027年，全市地质灾害隐患点专业监测覆盖率达到100%。清远市在英德市推行“村村有应急广播”，新增应急广播终端4500个。";
    expect(R(text).map((t) => t[2])).toEqual(["2028-12-31", null, "2027-12-31", null]);
  });
  it("…nor one a village set to a town's clause after it (解桥村…2027年底前…。同时，新河镇将…)", () => {
    const text = "到2028年，全镇花木产业产值突破50亿元。解桥村、双荡村2027年底前建成花木物流仓储中心。同时，新河镇将与邻近的颜集镇联合打造片区，共建1个区域性花木交易市场。";
    // (the plan's 到2028年 governs it instead)
    expect(R(text).map((t) => t[2])).toEqual(["2028-12-31", "2028-12-31"]);
  });
});

describe("a measure of the subject and 提至 (eval/heldout18)", () => {
  it("a distance before a noun is part of the thing (公交站点500米覆盖率), so a later 覆盖率 goal is not its restatement", () => {
    const text = "到2028年，中心城区公交站点500米覆盖率保持100%。今年全市将推动公交与地铁换乘优惠覆盖率达到100%。";
    expect(extract(text, { refDate: "2026-04-22" }).targets!.map((t) => t.object)).toEqual(["中心城区公交站点500米覆盖率", "公交与地铁换乘优惠覆盖率"]);
  });
  it("提至 is a goal verb, and no part of a headline's thing", () => {
    expect(extract("常州：到2028年公交分担率提至40%").targets!.map((t) => t.object)).toEqual(["公交分担率"]);
  });
});

describe("third review mends", () => {
  const R = (s: string, refDate = "2026-01-10") => extract(s, { refDate }).targets!.map((t) => [t.min, t.object, t.region, t.deadline]);
  it("common words ending in 乡/镇 after a place open no town's name (贵州各乡镇, 浙江小镇客厅)", () => {
    expect(R("到2027年，贵州各乡镇新增养老服务站200个以上。").map((t) => t[2])).toEqual(["520000"]);
    expect(R("到2027年，浙江小镇客厅新增300个以上。").map((t) => t[2])).toEqual(["330000"]);
  });
  it("a plan section's year does not date a goal stated over years", () => {
    expect(R("二、2026年重点工作\n力争用三年时间，全市新增规上企业100家以上。").map((t) => t[3])).toEqual([null]);
  });
  it("a distance before a thing of its own (500米跑道) is no part of the subject of a later amount", () => {
    expect(R("到2027年，全市新建500米跑道10条。").map((t) => t[1])).toContain("跑道");
  });
  it("a long paragraph of places and deadlines is read in linear time", () => {
    const unit = "韶关市将在2027年底前新增充电桩1000个以上，全市年内启动建设，清远市在年内新增冷库不少于20个，金坛区、溧阳市分别新建学校3个、5个，";
    // (the same goals over and over are restatements: what matters is that it finishes, within the timeout)
    expect(extract(unit.repeat(600), { refDate: "2026-03-01" }).targets!.length).toBeGreaterThan(0);
  });
});

describe("changes from a level, and thresholds inside the thing counted", () => {
  const targetsOf = (text: string) =>
    (extract(text, { refDate: "2026-05-01" }).targets ?? []).map((t) => ({ text: t.text, min: t.min, object: t.object, deadline: t.deadline }));

  it("reads a goal stated as a change from a past level: the thing stands before 由, the year after it is a baseline", () => {
    expect(targetsOf("到2030年，全区森林覆盖率由2025年的48.6%提高到52%，建成10个公园。")).toEqual([
      { text: "森林覆盖率由2025年的48.6%提高到52%", min: 52, object: "森林覆盖率", deadline: "2030-12-31" },
      { text: "建成10个公园", min: 10, object: "公园", deadline: "2030-12-31" },
    ]);
    expect(targetsOf("到2030年，生态系统生产总值（GEP）由2025年的386亿元增长到2030年的500亿元。")).toEqual([
      expect.objectContaining({ min: 50000000000, object: "生态系统生产总值（GEP）", deadline: "2030-12-31" }),
    ]);
    // the same change reported is no goal
    expect(targetsOf("2025年，全区森林覆盖率由2020年的48.6%提高到51.3%。")).toEqual([]);
  });

  it("leaves the verb out of a counted thing whose own modifier holds a threshold (超过50亿元的)", () => {
    expect(targetsOf("到2028年，全市培育产值超过50亿元的龙头企业5家。")).toEqual([
      expect.objectContaining({ min: 5, object: "产值超过50亿元的龙头企业" }),
    ]);
    expect(targetsOf("到2028年，营业收入超过100亿元。")).toEqual([expect.objectContaining({ min: 10000000000, object: "营业收入" })]);
  });
});

describe("a share of a goal by place (其中…)", () => {
  it("gives a place's share after 其中 the thing of the goal before it, and the place", () => {
    const ts = extract("云南省普洱市印发方案。到2028年，全市咖啡综合产值达到200亿元，其中思茅区不低于100亿元。", { refDate: "2026-05-01" }).targets ?? [];
    expect(ts.map((t) => [t.min, t.object, t.region])).toEqual([
      [20000000000, "咖啡综合产值", "530800"],
      [10000000000, "咖啡综合产值", "530802"],
    ]);
  });
});

describe("forms from the held-out sets 22 and 23", () => {
  const targets = (text: string) =>
    extract(text, { refDate: "2026-05-01" }).targets!.map((t) => [t.text, t.min, t.max, t.unit, t.object, t.region, t.deadline]);

  it("reads an indicator list written bare under its intro, name and value parted by a blank", () => {
    const got = targets("辽源市人民政府印发《辽源市节能降碳行动方案》，到2028年，全市主要指标如下：\n非化石能源消费比重 23%\n新能源装机规模 突破300万千瓦\n空气质量优良天数比率 不低于92%\n\n同时，全市节能工作持续推进。");
    expect(got).toEqual([
      ["非化石能源消费比重 23%", 23, 23, "%", "非化石能源消费比重", "220400", "2028-12-31"],
      ["新能源装机规模 突破300万千瓦", 3000000, null, "千瓦", "新能源装机规模", "220400", "2028-12-31"],
      ["空气质量优良天数比率 不低于92%", 92, null, "%", "空气质量优良天数比率", "220400", "2028-12-31"],
    ]);
    // (a line of an infographic flattened into lines has no name of its own: no item)
    expect(targets("到2028年，主要目标：\n◆ 中药材种植面积\n稳定在\n３００万亩以上").filter((t) => t[4] === null)).toEqual([]);
  });

  it("reads 百亿/千亿 after a bound, and not in a programme's name", () => {
    expect(targets("到2028年，全市低空经济产业规模突破百亿元。")).toEqual([
      ["低空经济产业规模突破百亿元", 1e10, null, "元", "低空经济产业规模", null, "2028-12-31"],
    ]);
    expect(targets("今年，全省部署新一轮千亿斤粮食产能提升行动。")).toEqual([]);
  });

  it("takes a voltage before a noun for its class, not an amount", () => {
    expect(targets("到2028年，新建220千伏变电站2座。")).toEqual([["新建220千伏变电站2座", 2, 2, "座", "变电站", null, "2028-12-31"]]);
  });

  it("knows 元/人次, 单 and 购置, and counts a city's works (个城市冷链…) as things", () => {
    expect(targets("到2028年，门诊次均费用控制在120元/人次以内。")[0].slice(1, 4)).toEqual([null, 120, "元/人次"]);
    expect(targets("到2028年，每个中心日均配送能力不低于三千单。")[0].slice(1, 4)).toEqual([3000, null, "单"]);
    expect(targets("今年全市将新购置冷藏车200辆。")).toEqual([["新购置冷藏车200辆", 200, 200, "辆", "冷藏车", null, "2026-12-31"]]);
    expect(targets("到2028年，向阳区建设1个城市冷链配送中心。")[0].slice(3, 5)).toEqual(["个", "城市冷链配送中心"]);
  });

  it("shares 分别 out among places with a time between them and 分别", () => {
    const got = targets("大同市灵丘县、广灵县、浑源县2026年底前分别完成农村互助幸福院提质改造50个、40个和30个。");
    expect(got.map((t) => [t[1], t[5], t[6]])).toEqual([
      [50, "140224", "2026-12-31"],
      [40, "140223", "2026-12-31"],
      [30, "140225", "2026-12-31"],
    ]);
    expect(got.every((t) => t[4] === "农村互助幸福院提质改造")).toBe(true);
  });

  it("reads the tasks of a deployment (作了部署：) as goals, its 了 notwithstanding", () => {
    expect(targets("《攻坚方案》对乡镇任务也作了部署：壶镇镇、新建镇分别建设公路驿站3个和2个。").map((t) => t[1])).toEqual([3, 2]);
  });

  it("takes an amount bounded by 以上 before the things it picks, whose own amount follows, for a threshold", () => {
    expect(targets("到2028年，20户以上自然村5G网络覆盖率达到95%。").map((t) => t[1])).toEqual([95]);
    expect(targets("到2028年，新增5个以上省级示范基地和3个国家级示范基地。").map((t) => t[1])).toEqual([5, 3]);
  });

  it("keeps a headline's own words where the body words the thing otherwise (单位GDP能耗)", () => {
    const got = targets("辽源：2028年单位GDP能耗较2025年下降百分之十以上\n\n《行动方案》提出，到2028年，全市单位地区生产总值能耗较2025年下降10%以上。");
    expect(got.map((t) => t[4])).toEqual(["单位GDP能耗"]);
  });
  it("a headline's goal is restated by the body where it names the province and the body its city, or its object opens with 目标", () => {
    const province = targets("江西三部门联合发文支持宜春锂电产业　到2026年锂电产业营收力争突破2000亿元\n\n《行动计划》提出，到2026年，宜春锂电新能源产业营业收入力争突破2000亿元。");
    expect(province).toHaveLength(1);
    const goal = extract("潮州陶瓷業三年行動方案出爐　目標產值破千億元\n\n2025年3月6日　星期四　香港商報　【本報訊】\n\n廣東省潮州市人民政府3月5日發佈《潮州市陶瓷產業轉型升級三年行動方案（2025—2027年）》（下稱《方案》）。\n\n去年，潮州陶瓷產業實現產值約780億元，出口額約260億元人民幣。\n\n《方案》提出，到2027年，全市陶瓷產業總產值突破1000億元，陶瓷出口額達到350億元以上。").targets!;
    expect(goal.map((t) => [t.min, t.deadline])).toEqual([[1e11, "2027-12-31"], [3.5e10, "2027-12-31"]]);
  });
});

describe("tables written as web pages give them (eval/heldout26)", () => {
  const rows = (s: string) => extract(s).targets!.map((t) => [t.object, t.min, t.max, t.unit, t.deadline]);
  const lead = "2026-05-09 10:12　来源：榆林日报\n\n";
  it("cells parted by bars, with a unit column", () => {
    const text = lead + "主要指标如下：\n指标名称|单位|2025年基数|2027年目标|指标属性\n正极材料产能|万吨|28|50左右|预期性\n单位工业增加值能耗下降|%|—|〔6〕|约束性";
    expect(rows(text)).toEqual([
      ["正极材料产能", 500000, 500000, "吨", "2027-12-31"],
      ["单位工业增加值能耗下降", 6, 6, "%", "2027-12-31"],
    ]);
  });
  it("cells parted by single blanks, the unit in brackets after the name", () => {
    const text = lead + "《方案》附件列出了主要指标：\n序号 指标 2025年 2028年目标 属性\n1 森林覆盖率（%） 78.89 79以上 约束性\n2 竹产业总产值（亿元） 820 1200 预期性";
    expect(rows(text)).toEqual([
      ["森林覆盖率", 79, null, "%", "2028-12-31"],
      ["竹产业总产值", 1.2e11, 1.2e11, "元", "2028-12-31"],
    ]);
  });
  it("the unit in the caption, and every year ahead a column of goals", () => {
    const text = lead + "《行动方案》列出了主要产品产能目标（单位：万吨）：\n产品名称\t2025年\t2028年\t2030年\n煤制烯烃\t420\t600\t800\n兰炭\t5800\t5000以内\t4500以内\n氢气\t—\t30\t50以上";
    expect(rows(text)).toEqual([
      ["煤制烯烃", 6e6, 6e6, "吨", "2028-12-31"],
      ["煤制烯烃", 8e6, 8e6, "吨", "2030-12-31"],
      ["兰炭", null, 5e7, "吨", "2028-12-31"],
      ["兰炭", null, 4.5e7, "吨", "2030-12-31"],
      ["氢气", 3e5, 3e5, "吨", "2028-12-31"],
      ["氢气", 5e5, null, "吨", "2030-12-31"],
    ]);
  });
  it("one cell a line, as copied from a web page; 万千瓦 is 10⁴ kW", () => {
    const text = lead + "装机规模目标如下（单位：万千瓦）：\n类别\n2025年\n2030年\n风电\n1620\n2800\n新型储能\n60\n500左右\n\n《方案》同时提出，加快建设。";
    expect(rows(text)).toEqual([
      ["风电", 2.8e7, 2.8e7, "千瓦", "2030-12-31"],
      ["新型储能", 5e6, 5e6, "千瓦", "2030-12-31"],
    ]);
  });
  it("no goals where no column lies ahead", () => {
    expect(rows(lead + "完成情况（单位：万吨）：\n产品名称\t2024年\t2025年\n煤制烯烃\t400\t420")).toEqual([]);
  });
});

describe("places tables as web pages give them (eval/heldout26)", () => {
  const rows = (s: string) => extract(s).targets!.map((t) => [t.region, t.object, t.min, t.unit, t.deadline]);
  it("leaves out a column of what was done (累计建成), and names a column called only a goal (2026年目标任务) by the document's title", () => {
    const text =
      "2026-02-27 15:20　编辑：刘洋\n\n2月26日，绥化市农业农村局印发《绥化市2026年高标准农田建设实施方案》，要求2026年11月底前全部完成建设任务。\n\n" +
      "各县（市、区）2026年建设任务如下：\n县（市、区）  累计建成（万亩）  2026年目标任务（万亩）\n北林区  186.2  12.0\n望奎县  152.4  10.5\n合计  338.6  22.5";
    expect(rows(text).filter((r) => r[2] !== null && (r[2] as number) < 200000)).toEqual([
      ["231202", "高标准农田", 120000, "亩", "2026-12-31"],
      ["231221", "高标准农田", 105000, "亩", "2026-12-31"],
    ]);
    expect(rows(text).some((r) => r[2] === 1862000)).toBe(false);
    // (a row of no place between rows, 小计, is skipped, not the table's end)
    const subtotal = text.replace("望奎县  152.4  10.5", "小计  186.2  12.0\n望奎县  152.4  10.5");
    expect(rows(subtotal).map((r) => r[0])).toContain("231221");
  });
  it("one cell a line, the unit and the thing in the caption", () => {
    const text = "2026-09-15 11:26\n\n根据《方案》，到2030年，全市新能源装机突破4800万千瓦。\n\n各县区新增装机任务（单位：万千瓦）：\n县区\n2026—2030年新增\n伊州区\n900\n伊吾县\n470\n\n《方案》同时提出，加快建设。";
    expect(rows(text).slice(1)).toEqual([
      ["650502", "新增装机", 9e6, "千瓦", "2030-12-31"],
      ["650522", "新增装机", 4.7e6, "千瓦", "2030-12-31"],
    ]);
  });
});

describe("places tables indented, their thing in a numbered caption (eval/heldout116)", () => {
  const rows = (s: string) => extract(s).targets!.map((t) => [t.region, t.object, t.min, t.max, t.unit, t.deadline]);
  it("a table of cities by year, the thing and unit in 表2　重点城市…（单位：…）, the base year left out", () => {
    const text =
      "2026-08-05 16:40\n\n　　《实施方案》提出，到2027年，全省PM2.5平均浓度控制在36微克/立方米以内。\n\n" +
      "　　表2　重点城市细颗粒物（PM2.5）浓度目标（单位：微克/立方米）\n" +
      "　　城市      2025年    2027年目标    2030年目标\n　　太原市    43        39            35\n　　大同市    29        28            ≤27\n\n　　《实施方案》要求，率先实现达标。";
    expect(rows(text).slice(1)).toEqual([
      ["140100", "细颗粒物浓度", 39, 39, "微克/立方米", "2027-12-31"],
      ["140100", "细颗粒物浓度", 35, 35, "微克/立方米", "2030-12-31"],
      ["140200", "细颗粒物浓度", 28, 28, "微克/立方米", "2027-12-31"],
      ["140200", "细颗粒物浓度", null, 27, "微克/立方米", "2030-12-31"],
    ]);
  });
});

describe("rebuilding after a disaster (eval/heldout123)", () => {
  const T = (s: string) => extract(s, { refDate: "2026-09-20" }).targets!.map((t) => [t.min, t.object, t.deadline]);
  it("恢复重建 governs each amount of its list", () => {
    expect(T("2027年6月底前，恢复重建县乡道路420公里、桥梁46座。")).toEqual([[420, "县乡道路", "2027-06-30"], [46, "桥梁", "2027-06-30"]]);
  });
  it("年底前 glued to the count is the deadline (年底前1460户倒房户全部搬入新居); 2025年前3个月 stays the first three months", () => {
    expect(T("年底前1460户倒房户全部搬入新居。")).toEqual([[1460, "倒房户", "2026-12-31"]]);
    expect(extract("2025年前3个月，全市完成投资100亿元。", { refDate: "2026-09-20" }).dates!.map((d) => [d.text, d.to])).toEqual([["2025年前3个月", "2025-03-31"]]);
  });
});

describe("a fund named after its size (eval/heldout124)", () => {
  it("设立规模10亿元的机器人产业基金, 设立2亿元汽车产业发展基金: the fund is the thing", () => {
    const t = extract("2026年，区里将设立规模10亿元的机器人产业基金。县财政设立2亿元汽车产业发展基金。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => x.object)).toEqual(["机器人产业基金", "汽车产业发展基金"]);
    const u = extract("2026年，省财政设立规模5亿元的灾后重建专项基金。", { refDate: "2026-03-01" }).targets!;
    expect(u.map((x) => x.object)).toEqual(["灾后重建专项基金"]);
  });
});

describe("articles as WeChat accounts repost them (eval/heldout120)", () => {
  it("the headlines under 往期推荐 state no goal of the article", () => {
    const text = "2026-05-12 08:30\n\n洛阳市提出，到2028年，全市轴承产业营业收入突破500亿元。\n\n往期推荐\n▶ 洛阳：今年将新开通城市公交线路12条\n▶ 郑州：到2027年全市新建公共充电桩3万个\n\n编辑：张丽";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([50000000000]);
  });
  it("the headline under a prompt to follow the account is the headline: its goal restated in the body is one", () => {
    const text = "点击蓝字 关注我们\n\n江门发布新型储能行动方案　2028年产业营收力争突破1000亿元\n\n2026年6月3日\n\n《方案》明确，到2028年，全市新型储能产业营业收入力争突破1000亿元，储能电池产能达到120吉瓦时。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([100000000000, 120]);
  });
});

describe("a list spread over places by 分别, the thing between its verb and its first amount (eval/heldout121)", () => {
  it("两市全年分别完成加装电梯300部和200部", () => {
    const t = extract("省住建厅将重点督导太原市、大同市加装电梯工作，两市全年分别完成加装电梯300部和200部。", { refDate: "2026-08-01" }).targets!;
    expect(t.map((x) => [x.min, x.object, x.region])).toEqual([[300, "加装电梯", "140100"], [200, "加装电梯", "140200"]]);
  });
  it("a forward statement (计划完成…) makes its 同比 growth a goal", () => {
    const t = extract("2月9日召开的全市交通运输工作会议透露，今年大同市计划完成交通固定资产投资150亿元以上，同比增长12%左右。", { refDate: "2026-02-10" }).targets!;
    expect(t.map((x) => [x.min, x.unit])).toEqual([[15000000000, "元"], [12, "%"]]);
  });
});

describe("counts whose thing is named elsewhere (eval/heldout119)", () => {
  const T = (s: string) => extract(s, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.object, t.region]);
  it("the thing of a lead-in before a colon (分别培育市级以上典型村：梅县区、兴宁市分别不少于15个、12个)", () => {
    expect(T("《行动方案》明确，各县（市、区）分别培育市级以上典型村：梅县区、兴宁市分别不少于15个、12个，蕉岭县各不少于8个。")).toEqual([
      [15, "市级以上典型村", "441403"],
      [12, "市级以上典型村", "441481"],
      [8, "市级以上典型村", "441427"],
    ]);
  });
  it("the thing of the count before, where a time alone opens the clause (以后每年创建不少于35个)", () => {
    expect(T("其中，2026年全市创建省级示范村30个，以后每年创建不少于35个。").map((t) => [t[0], t[1]])).toEqual([
      [30, "省级示范村"],
      [35, "省级示范村"],
    ]);
  });
});

describe("projects signed at an event are a report (eval/heldout117)", () => {
  const T = (s: string) => extract(s, { refDate: "2026-03-20" }).targets!.map((t) => [t.min, t.object]);
  it("an event named with its year or quarter reports (2026年秋季…签约活动现场签约项目36个; 四季度…集中开工活动)", () => {
    expect(extract("2026年秋季重大项目集中签约活动现场签约项目36个，总投资420亿元。", { refDate: "2026-09-26" }).targets).toEqual([]);
    expect(extract("10月20日，四季度重大项目集中开工活动举行，全市25个项目集中开工，总投资120亿元。", { refDate: "2026-10-20" }).targets).toEqual([]);
  });
  it("a count signed, or the investment of those signed, where nothing looks ahead", () => {
    expect(T("3月19日，西安市举行重点项目集中签约活动。从区县看，高陵区、鄠邑区分别签约项目21个和15个，总投资分别为312亿元和186亿元。")).toEqual([]);
    expect(T("惠州赴港招商签约36个项目　力争2027年港资项目突破200个")).toEqual([[200, "港资项目"]]);
  });
  it("a plan to sign: a goal cue, a time ahead, a bound, a list of this year's goals", () => {
    expect(T("今年全市力争新签约亿元以上项目不少于600个。")).toEqual([[600, "亿元以上项目"]]);
    expect(T("到2027年，全市签约亿元以上项目100个。")).toEqual([[100, "亿元以上项目"]]);
    expect(T("《行动计划》提出，到2028年，全市累计招引亿元以上项目1500个。巩义市、新郑市各签约亿元以上项目80个以上。").map((t) => t[0])).toEqual([1500, 80]);
    expect(T("会议明确今年三方面重点：一是全年新引进500强企业项目30个以上；二是新签约亿元以上项目280个、协议投资额2000亿元以上。").map((t) => t[0])).toEqual([30, 280, 200000000000]);
  });
});

describe("a count whose thing a verb of goals follows (eval/heldout115)", () => {
  const T = (s: string) => extract(s, { refDate: "2026-04-20" }).targets!.map((t) => [t.min, t.object, t.deadline]);
  it("under a deadline or 将, after words of all or must or a time: a goal, the thing cut before them", () => {
    expect(T("到2026年底，全市120个老旧小区全部完成改造。")).toEqual([[120, "老旧小区", "2026-12-31"]]);
    expect(T("今年，全市120个老旧小区将全部完成改造。")).toEqual([[120, "老旧小区", "2026-12-31"]]);
    expect(T("全市3条线路年底前建成通车。")).toEqual([[3, "线路", "2026-12-31"]]);
    expect(T("到2027年6月底前，督察反馈的23个问题全部完成整改销号。")).toEqual([[23, "问题", "2027-06-30"]]);
    expect(T("东莞市2026年底前完成剩余7个问题整改并全部销号。")).toEqual([[7, "问题", "2026-12-31"]]);
  });
  it("a word of will or must, or a time, between the thing and the verb: cut from the thing, the time the deadline (review rv23)", () => {
    expect(T("3条线路计划于年底前建成通车。")).toEqual([[3, "线路", "2026-12-31"]]);
    expect(T("10个问题必须于6月底前完成整改。")).toEqual([[10, "问题", "2026-06-30"]]);
    expect(T("6月底前，全市8个小区完成改造，12个小区年底前完成改造。")).toEqual([[8, "小区", "2026-06-30"], [12, "小区", "2026-12-31"]]);
    expect(T("全市8所新建学校将于9月投入使用。")).toEqual([[8, "新建学校", "2026-09-30"]]);
    expect(T("全市46个老旧小区年内完成改造。")).toEqual([[46, "老旧小区", "2026-12-31"]]);
    expect(T("今年，全市12个问题年底前全部整改到位。")).toEqual([[12, "问题", "2026-12-31"]]);
  });
  it("after review rv24: a deadline after the count, today, December's 今年, 去年 govern no report; must and a time after a report still plan", () => {
    const at = (ref: string, s: string) => extract(s, { refDate: ref }).targets!.map((t) => [t.min, t.object, t.deadline]);
    expect(T("截至目前，18个问题全部完成整改，其余4个问题年底前完成整改。")).toEqual([[4, "问题", "2026-12-31"]]);
    expect(T("全市12个重大项目今日开工。")).toEqual([]);
    expect(at("2026-12-20", "全市46个老旧小区今年完成改造，惠及居民1.2万户。")).toEqual([]);
    expect(T("去年，5个项目年底前完工。")).toEqual([]);
    expect(T("去年完成改造86个小区，年底前再完成40个。").map((t) => [t[0], t[2]])).toEqual([[40, "2026-12-31"]]);
    expect(at("2026-11-12", "截至11月10日，已完成整改14个，其余5个问题须于2027年3月底前整改到位。")).toEqual([[5, "问题", "2027-03-31"]]);
    expect(T("10个问题须全部完成整改。")).toEqual([[10, "问题", null]]);
    expect(T("在建的5座水库须在封冻前完成主体工程。")).toEqual([[5, "水库", null]]);
    expect(T("其余4座将于11月底前投入使用。")).toEqual([[4, null, "2026-11-30"]]);
    expect(T("南明区8个安置点将于年底前交付。")).toEqual([[8, "安置点", "2026-12-31"]]);
    expect(T("42件重点提案6月底前办结。")).toEqual([[42, "重点提案", "2026-06-30"]]);
    expect(T("责令12家企业3个月内完成整改。")).toEqual([]);
  });
  it("after review rv25: a quarter's part so far, a season begun, 原计划, 按计划 report; an as-of date does not stop a later plan", () => {
    const at = (ref: string, s: string) => extract(s, { refDate: ref }).targets!.map((t) => [t.min, t.object, t.deadline]);
    expect(at("2026-11-05", "截至10月底，已完成整改28个，其余5个问题将于年底前整改到位。")).toEqual([[5, "问题", "2026-12-31"]]);
    expect(at("2026-10-20", "四季度首月，全市新开工项目30个。")).toEqual([]);
    expect(at("2026-10-20", "进入四季度，全市新开工项目30个。")).toEqual([]);
    expect(at("2026-08-20", "2026年汛期前，全市12座中型水库全部完成除险加固。")).toEqual([]);
    expect(at("2026-07-10", "全市12项改革事项按计划完成。")).toEqual([]);
    expect(T("3座桥梁原计划于2025年底前建成通车。")).toEqual([]);
  });
  it("a word of will before the count (还将有8所学校建成投用), 开通运营 and 封顶, a festival glued to the count; a past year's later time reports", () => {
    const at = (ref: string, s: string) => extract(s, { refDate: ref }).targets!.map((t) => [t.min, t.object, t.deadline]);
    expect(at("2026-09-01", "今年，全市还将有8所学校建成投用。")).toEqual([[8, "学校", "2026-12-31"]]);
    expect(at("2026-09-01", "其余3座将于10月底前封顶。")).toEqual([[3, null, "2026-10-31"]]);
    expect(at("2026-09-01", "春节前1200户群众将全部搬入新居。")).toEqual([[1200, "群众", "2027-02-06"]]);
    expect(T("去年，全市新建5G基站3200个，12月底前实现乡镇全覆盖。")).toEqual([]);
  });
  it("objects of other goals keep a clause describing the thing (30个建成于2000年底前的老旧小区)", () => {
    expect(T("今年，全市将改造30个建成于2000年底前的老旧小区。")).toEqual([[30, "建成于2000年底前的老旧小区", "2026-12-31"]]);
    expect(T("到2027年，全市将打造10个村容村貌全部达标的美丽乡村。")).toEqual([[10, "村容村貌全部达标的美丽乡村", "2027-12-31"]]);
  });
  it("no goal: work reported with a goal word elsewhere, work done (相继), classes and batches, names, actors, conditions (review rv23)", () => {
    for (const s of [
      "经过努力，42个问题全部完成整改销号。",
      "120个老旧小区全部完成改造，超额完成年度目标任务。",
      "今年，全市12个小区相继完成改造。",
      "到2026年底，全市三类老旧小区全部完成改造。",
      "今年，全市两批项目将全部开工。",
      "今年，二道白河镇将全部完成污水管网改造。",
      "今年，全市5个县区的老旧小区将全部完成改造。",
      "今年，全市12个镇街将全部建立综合执法队伍。",
      "今年，全市30家医院将全部建成胸痛中心。",
      "如果5个项目年底前建成投产，将带动周边就业。",
      "3条线路建成通车后，将极大方便市民出行。",
    ])
      expect(T(s), s).toEqual([]);
  });
  it("not a report, a count of places acting, a verb with an amount of its own, or a numeral inside a place's name", () => {
    expect(T("去年，全市120个老旧小区全部完成改造。")).toEqual([]);
    expect(T("截至目前，120个老旧小区已全部完成改造。")).toEqual([]);
    expect(T("2026年，江苏13个设区市继续开展消费帮扶。")).toEqual([]);
    expect(T("到2028年，6个区县地区生产总值突破1800亿元。").map((t) => t[0])).toEqual([180000000000]);
    expect(T("2026年，在江油市、三台县开展残疾人就业帮扶基地试点。")).toEqual([]);
  });
});

describe("a reporter's line (记者 林晓彤 海口报道) says where the news was filed (eval/heldout116)", () => {
  it("its place is no goal's: the province the text is about owns them", () => {
    const t = extract("海南出台现代服务业发展规划\n\n文汇网　2026年4月15日　记者 林晓彤 海口报道\n\n　　海南省人民政府印发《规划》，提出到2030年，现代服务业增加值达到6000亿元左右。").targets!;
    expect(t.map((x) => [x.min, x.region])).toEqual([[6e11, "460000"]]);
  });
  it("not 报道 without a reporter before it on its line (各大媒体纷纷来海口报道)", () => {
    const t = extract("2026-04-15\n\n各大媒体纷纷来海口报道，今年，全市将新建学校10所。").targets!;
    expect(t.map((x) => [x.min, x.region])).toEqual([[10, "460100"]]);
  });
});

describe("a half year or quarter mostly still ahead (eval/heldout27)", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.deadline]);
  it("plans (下半年 written in July), while one over reports (上半年)", () => {
    const lead = "2026-07-21 10:30　来源：承德市人民政府新闻办公室\n\n";
    expect(T(lead + "上半年全市新开工亿元以上项目52个。计划下半年新开工亿元以上项目60个，完成投资不低于150亿元。")).toEqual([
      [60, "2026-12-31"],
      [1.5e10, "2026-12-31"],
    ]);
    expect(T(lead + "双滦区、平泉市下半年分别新开工亿元以上项目12个和10个。")).toEqual([
      [12, "2026-12-31"],
      [10, "2026-12-31"],
    ]);
    // …written in November, the same half year is nearly over: a report
    expect(T("2026-11-21 10:30　来源：承德市人民政府新闻办公室\n\n下半年全市新开工亿元以上项目60个。")).toEqual([]);
  });
});

describe("reports full of numbers (eval/heldout27)", () => {
  const T = (s: string) => extract(s).targets!.map((t) => t.min);
  it("a statistical bulletin reports, verb or none; its goals section still plans", () => {
    const text = "洛阳市2025年国民经济和社会发展统计公报（节选）\n\n2026-03-20 09:00　来源：洛阳市统计局\n\n全年居民人均可支配收入35820元，比上年增长5.3%。全年城镇新增就业7.2万人。\n\n六、2026年主要预期目标\n\n根据市政府工作报告，2026年全市城镇新增就业6.5万人以上。";
    expect(T(text)).toEqual([65000]);
    // (with no day of writing stated, too)
    expect(T(text.replace("2026-03-20 09:00　来源：", ""))).toEqual([65000]);
  });
  it("an observer's forecast, the bodies issuing a document, the land a project takes are no goals", () => {
    expect(T("2026-04-12　来源：台湾新闻\n\n闽南不动产研究院首席分析师郑志宏预计，二季度厦门新房成交量有望环比增长15%左右。")).toEqual([]);
    expect(T("2026-07-21\n\n燕山区域经济研究院研究员孙立华分析认为，预计三季度承德经济增速有望回升至6.2%左右。")).toEqual([]);
    // (a government's 预计 still plans)
    expect(T("2026-07-21\n\n市发展改革委主任表示，预计全年固定资产投资增长8%左右。")).toEqual([8]);
    expect(T("2026-04-12\n\n厦门市住房和城乡建设局等四部门近日联合发布《关于促进房地产市场平稳健康发展的通知》。")).toEqual([]);
    expect(T("2026-04-12\n\n江阳区签约建设智能终端生产基地，项目占地约300亩。")).toEqual([]);
    expect(T("到2028年，吴兴区建设太湖溇港乡村旅游示范带1条，全长约40公里。")).toEqual([1]);
    expect(T("2026-03-02\n\n各县（市、区）科技局于5月15日前完成初审，推荐名额原则上每地不超过40家。")).toEqual([]);
  });
  it("trains run are counted in 列次", () => {
    expect(extract("到2028年，三地每年共同开行京津冀旅游休闲列车不少于50列次。").targets!.map((t) => [t.min, t.unit])).toEqual([[50, "列次"]]);
  });
  it("a class a thing belongs to (三类医疗器械) is no count where another amount counts the things", () => {
    expect(T("到2028年，威海市新增三类医疗器械注册证150个以上。")).toEqual([150]);
  });
  it("this year's outcome foreseen in its last months (12月: 预计全年…) is an estimate, not a goal", () => {
    expect(T("2025-12-29 07:40　来源：聊城日报\n\n韩志远指出，预计全年地区生产总值增长5.8%左右，总量突破3000亿元。")).toEqual([]);
    expect(T("2025-03-02 07:40　来源：聊城日报\n\n市长指出，预计全年地区生产总值增长5.8%左右。")).toEqual([5.8]);
  });
  it("a span of calendar years (试点期为2026—2028年) is a time, not an amount of years", () => {
    expect(T("《行动方案》将实施期调整为2025—2027年，提出到2027年全市产值突破3500亿元。")).toEqual([3.5e11]);
    expect(T("到2027年，试点期为2026—2028年。")).toEqual([]);
  });
  it("a count of aspects heading a verb phrase (从…三个方面部署推进) is no goal", () => {
    expect(T("2026-03-24\n\n常州市印发《方案》，从发展目标、重点任务和保障措施三个方面部署推进“智改数转网联”。")).toEqual([]);
  });
  it("a budget report's review: a heading of how the year was carried out (执行情况), funds secured (争取…资金)", () => {
    const text = "关于德阳市2025年预算执行情况和2026年预算草案的报告（摘要）\n\n——2026年1月13日在德阳市第十届人民代表大会第六次会议上\n\n一、2025年预算执行情况\n\n2025年，全市一般公共预算收入完成186.4亿元。全年争取中央和省级转移支付资金176.3亿元，新增地方政府专项债券58亿元。\n\n市级财政全年下达稳岗就业补助资金2.6亿元，安排制造业高质量发展专项资金5亿元，支持企业技术改造项目126个。";
    expect(T(text)).toEqual([]);
  });
});

describe("a heading that names goals (eval/heldout26)", () => {
  it("introduces the items under it, through sub-headings, until another top-level heading", () => {
    const text =
      "2026-08-11 09:00　来源：湛江日报\n\n　　二、主要目标\n　　（一）总体目标。到2028年，全市海洋生产总值达到2300亿元。\n　　（二）具体目标。\n　　2.海洋产业\n" +
      "　　●水产品总产量 150万吨左右\n　　●水产品加工率 60%\n　　3.海洋生态\n　　●近岸海域水质优良比例不低于90%；\n\n　　三、区域布局\n　　●海洋牧场示范区 6个\n";
    const r = extract(text).targets!.map((t) => [t.object, t.min]);
    expect(r).toEqual([
      ["海洋生产总值", 2.3e11],
      ["水产品总产量", 1.5e6],
      ["水产品加工率", 60],
      ["近岸海域水质优良比例", 90],
    ]);
  });
});

describe("a part singled out by 其中 (eval/heldout30)", () => {
  it("after a goal in the same sentence, in its unit, is a goal too, verb or none", () => {
    const T = (s: string) => extract(s).targets!.map((t) => t.min);
    expect(T("2026-01-10\n\n今年，全县新开工亿元以上项目50个，其中10亿元以上项目5个。")).toEqual([50, 5]);
    expect(T("2026-01-10\n\n今年，全州新增A级旅游景区3家，其中4A级景区1家。")).toEqual([3, 1]);
    // …not after a report (2025年全县新开工…，其中…)
    expect(T("2026-01-10\n\n2025年，全县新开工亿元以上项目50个，其中10亿元以上项目5个。")).toEqual([]);
  });
});

describe("an activity named by its verb (eval/heldout30)", () => {
  it("right before the amount, after the verb that governs it, is what is counted (完成造林1.5万亩)", () => {
    expect(extract("2026-07-15\n\n全县年内完成造林1.5万亩。").targets!.map((t) => [t.min, t.object])).toEqual([[15000, "造林"]]);
  });
});

describe("a year's growth and a plan's yearly average (eval/heldout30)", () => {
  it("are two goals, not one restated", () => {
    const text = "2026-01-20\n\n今年全市地区生产总值增长6%左右。\n\n今后五年，全市地区生产总值年均增长6%左右，到2030年突破3500亿元。";
    expect(extract(text).targets!.map((t) => t.object)).toEqual(["地区生产总值增长", "地区生产总值年均增长", "地区生产总值"]);
  });
});

describe("a list for the year of writing (eval/heldout30)", () => {
  it("under 今年的十件实事是：, early in the year, each item is a goal, verb or none", () => {
    const text = "2026-01-23 08:00　来源：泰州日报\n\n今年的十件实事是：\n\n1.稳岗扩就业。城镇新增就业6万人以上，帮扶就业困难人员再就业5000人。\n\n3.完善养老服务。为3000户特殊困难老年人家庭实施适老化改造。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([60000, 5000, 3000]);
    // …not in the year's last months, when such a list reviews: only what a goal verb states
    // (新增, 再就业) stays a goal there
    expect(extract(text.replace("2026-01-23", "2026-12-23")).targets!.map((t) => t.min)).toEqual([60000, 5000]);
  });
});

describe("rules from eval/heldout32–34 (amounts written every way, whole notices, news digests)", () => {
  const T = (s: string, ref?: string) => extract(s, ref ? { referenceDate: ref } : {}).targets!;
  it("a year a multiple or a change is counted from is a baseline, not the goal's time (在2025年基础上翻一番)", () => {
    const text = "2026-09-08\n\n《规划》提出，到2030年，全市海上风电并网装机容量在2025年基础上翻一番，达到600万千瓦以上；绿电制氢产能达到2025年的3倍。";
    expect(T(text).map((t) => [t.min, t.unit, t.deadline])).toContainEqual([6000000, "千瓦", "2030-12-31"]);
    // (…but 是2024年的2倍 restates the amount before it against a past year)
    expect(T("2026-09-08\n\n到2027年，大豆精深加工产值突破20亿元，是2024年的2倍。").map((t) => t.unit)).toEqual(["元"]);
  });
  it("a verb of holding before a range holds it within both ends (控制在40万—45万千升)", () => {
    expect(T("到2030年，白酒产量控制在40万—45万千升。").map((t) => [t.min, t.max, t.unit, t.qualifier])).toEqual([[400000, 450000, "千升", null]]);
  });
  it("千分之四 is 4 ‰", () => {
    expect(T("到2030年，婴儿死亡率控制在千分之四以下。").map((t) => [t.max, t.unit])).toEqual([[4, "‰"]]);
  });
  it("a bound before the verb after 各 is the amount's (各至少建成1个)", () => {
    expect(T("到2028年，蛟河市、桦甸市各至少建成1个四季旅游小镇。").map((t) => [t.min, t.max, t.object])).toEqual([[1, null, "四季旅游小镇"]]);
  });
  it("seeds, spindles and 千升 are units", () => {
    expect(T("到2028年，新增原原种生产能力3亿粒，新增纱锭规模20万锭。").map((t) => t.unit)).toEqual(["粒", "锭"]);
  });
  it("全市 of a text about a county-level city is that city, not the prefecture named in passing", () => {
    const text = "五常市人民政府办公室关于印发五常市2026年水稻产业工作方案的通知\n发文日期：2026年2月24日\n\n五常市2026年水稻产业工作方案\n\n　　为落实哈尔滨市关于粮食稳产增产的部署要求，制定本方案。\n　　2026年，全市水稻种植面积稳定在250万亩以上。";
    expect(T(text).map((t) => t.region)).toEqual(["230184"]);
  });
  it("a task's 完成时限 line under it gives its deadline", () => {
    const text = "安溪县供水方案\n\n　　二、主要任务\n　　（一）水源保障工程。新建和扩建水厂4座。\n　　责任单位：县水利局。完成时限：2027年12月底前。\n　　（二）管网延伸工程。新建改造城乡供水管网1200公里。\n　　责任单位：县水务集团。完成时限：2028年6月底前。";
    expect(T(text, "2026-04-30").map((t) => t.deadline)).toEqual(["2027-12-31", "2028-06-30"]);
  });
  it("places listed as examples of where the work goes (在北京、上海等城市设立…) are not the goal's", () => {
    const text = "临猗县果业行动计划\n\n到2028年，临猗县培育区域公用品牌授权使用企业50家，在北京、上海、广州等城市设立直营店30个。";
    expect(T(text).map((t) => t.region)).toEqual(["140821", "140821"]);
  });
  it("a statement that looks forward (力争2026年…) sets its goals in that year, 同比 or not", () => {
    const text = "2026-02-02\n\n四、支持市场开拓。力争2026年全县跨境电商出口额达到40亿元，同比增长25%。";
    expect(T(text).map((t) => [t.min, t.deadline])).toContainEqual([4000000000, "2026-12-31"]);
  });
  it("a count whose things the next amount describes is the goal (打造10个以上产值超百亿元的产业集群)", () => {
    expect(T("到2028年，全省打造10个以上产值超百亿元的产业集群。").map((t) => [t.min, t.object])).toEqual([[10, "产值超百亿元的产业集群"]]);
  });
  it("全国 opening the clause makes a national goal, whatever place heads the item", () => {
    const text = "【辽宁】自然资源部近日印发《关于推进海洋牧场高质量发展的指导意见》，提出到2030年，全国建成国家级海洋牧场示范区200个以上。";
    expect(T(text).map((t) => t.region)).toEqual([null]);
  });
  it("a document stating the goal is no part of its thing (《方案》还要求…)", () => {
    const text = "辽宁省印发《辽宁省海洋牧场建设三年行动方案》（以下简称《方案》）。到2028年，《方案》还要求海水养殖产量稳定在400万吨左右。";
    expect(T(text).map((t) => t.object)).toEqual(["海水养殖产量"]);
  });
  it("占比 is a noun, not the verb 占 (其中珲春市占比不低于50%)", () => {
    expect(T("到2030年，延边州外贸总额突破800亿元，其中珲春市占比不低于50%。").map((t) => t.object)).toEqual(["外贸总额", "占比"]);
  });
  it("who sets the goal stands before its cue and verb; the thing is what the verb acts on", () => {
    expect(T("▲西双版纳：景洪港今年力争完成货物吞吐量100万吨。", "2026-07-20").map((t) => t.object)).toEqual(["货物吞吐量"]);
  });
});

describe("rules from eval/heldout35 (new-economy goals)", () => {
  const T = (s: string) => extract(s).targets!;
  it("标准机架 is a unit, and 开放 a goal verb (开放应用场景1000个)", () => {
    expect(T("到2028年，全省数据中心规模达到45万标准机架，开放应用场景1000个。").map((t) => [t.min, t.unit])).toEqual([[450000, "标准机架"], [1000, "个"]]);
  });
  it("a note on the thing in brackets is its size, no goal, and no part of its name", () => {
    expect(T("到2028年，全省超级充电站（单枪功率不低于480千瓦）建成500座左右。").map((t) => [t.min, t.unit, t.object])).toEqual([[500, "座", "超级充电站"]]);
    // (a sub-part in brackets is still a goal: （其中…）)
    expect(T("到2028年，全省建成充电桩1万个（其中快充桩3000个）。").map((t) => t.min)).toEqual([10000, 3000]);
  });
});

describe("a clause that opens with its verb after a change (eval/heldout32)", () => {
  it("takes the subject of the clause before (…装机容量在2025年基础上翻一番，达到600万千瓦以上)", () => {
    const text = "2026-09-08\n\n《规划》提出，到2030年，全市海上风电并网装机容量在2025年基础上翻一番，达到600万千瓦以上；新能源产业开票销售实现翻两番，达到720亿元。";
    expect(extract(text).targets!.map((t) => [t.min, t.object])).toEqual([[6000000, "海上风电并网装机容量"], [72000000000, "新能源产业开票销售"]]);
  });
});

describe("rules from eval/heldout38 (deadlines and stages)", () => {
  const T = (s: string, ref?: string) => extract(s, ref ? { referenceDate: ref } : {}).targets!;
  it("a measure with nothing before it but its verb names its thing after it", () => {
    expect(T("1月20日前，完成全市1200公里老旧供热管网的巡检排查。", "2026-01-08").map((t) => [t.min, t.unit, t.object])).toEqual([[1200, "公里", "老旧供热管网的巡检排查"]]);
  });
  it("a share of a planned amount reports progress (已储煤420万吨，占计划储煤量的85%)", () => {
    expect(T("截至1月7日，全市热源企业已储煤420万吨，占计划储煤量的85%。", "2026-01-08")).toEqual([]);
  });
  it("a stage's years govern its goals, also where a place opens the goal's clause, and a later mention of the stage", () => {
    const text = "《规划》按近期、中期、远期三个阶段设定目标。近期（到2027年），南沙将引进港澳人才8000人；中期（到2030年），引进港澳人才2万人。\n《行动方案》将发展任务分为两个阶段推进。第一阶段（2026—2027年）为培育期：建成通用机场200个以上。\n双流区、新津区在第一阶段各建成1个低空经济产业园。";
    expect(T(text, "2026-08-21").map((t) => [t.min, t.deadline])).toEqual([[8000, "2027-12-31"], [20000, "2030-12-31"], [200, "2027-12-31"], [1, "2027-12-31"]]);
  });
});

describe("review of the heldout32–38 rules", () => {
  const T = (s: string) => extract(s).targets!;
  it("a note in brackets that holds a goal of its own, or an amount of the next item after it, keeps its goal", () => {
    expect(T("到2027年，建成光伏电站（装机200万千瓦）、风电场（装机300万千瓦）等新能源项目。").map((t) => t.min)).toEqual([2000000, 3000000]);
    expect(T("到2027年，新建5G基站（累计达到1万个）3000个。").map((t) => t.min)).toEqual([10000, 3000]);
    expect(T("到2028年，建成超级充电站（单枪功率不低于480千瓦）500座左右。").map((t) => [t.min, t.object])).toEqual([[500, "超级充电站"]]);
  });
  it("全国 as an adjective of a thing keeps the goal the text's (全国示范家庭农场)", () => {
    expect(T("五常市人民政府印发方案。\n到2027年，全国示范家庭农场达到20家。").map((t) => t.region)).toEqual(["230184"]);
  });
  it("the measured thing before 力争 is no actor (地区生产总值力争完成…)", () => {
    expect(T("到2027年，全市规上工业增加值力争实现年均增长8%。").map((t) => t.object)).toEqual(["规上工业增加值力争实现年均增长"]);
  });
  it("an adverb is no subject carried over (大力发展数字经济，达到500亿元)", () => {
    expect(T("到2027年，大力发展数字经济，达到500亿元。").map((t) => t.object)).toEqual([null]);
  });
  it("开放 in nouns is no verb (开放大学, 开放时间)", () => {
    expect(T("到2027年，建设开放大学3所。").map((t) => [t.object, t.verb])).toEqual([["开放大学", "建成".replace("成", "设")]]);
  });
  it("a multiple of a past year's level after 为/相当于 restates the amount before it", () => {
    expect(T("到2027年，大豆精深加工产值突破20亿元，为2024年的2倍。").map((t) => t.unit)).toEqual(["元"]);
  });
});

describe("one-character stops after an amount are whole words only (eval/heldout37)", () => {
  it("要 of 数据要素, 都 of 都市 and 比 of 比较 are parts of the thing", () => {
    const O = (s: string) => extract(s).targets!.map((t) => t.object);
    expect(O("到2028年，建成1个数据要素交易平台。")).toEqual(["数据要素交易平台"]);
    expect(O("到2028年，兴庆区、金凤区各建成1个都市农业示范园。")).toEqual(["都市农业示范园"]);
    expect(O("到2028年，全市新建设施农业面积10万亩。")).toEqual(["设施农业面积"]);
  });
});

describe("rules from eval/heldout40 (Hong Kong and Taiwan media, legacy encodings)", () => {
  const T = (s: string, ref?: string) => extract(s, ref ? { referenceDate: ref } : {}).targets!;
  it("數位 is Taiwan's word for digital, no number (發展數位經濟)", () => {
    expect(T("到2028年，發展數位經濟與網路安全產業，建成3個產業園。").map((t) => t.min)).toEqual([3]);
  });
  it("a unit in Latin letters after a blank (100 EFLOPS)", () => {
    expect(T("到2028年，全市智慧算力规模达到100 EFLOPS。").map((t) => [t.min, t.unit])).toEqual([[100, "EFLOPS"]]);
  });
  it("an amount before 的， is a condition of an award, no goal", () => {
    expect(T("到2028年，全省建成3个产业园；企业年度研发投入增量超过1000万元的，按增量的10%给予补助。").map((t) => t.min)).toEqual([3]);
  });
  it("a half year written relative to the year and mostly ahead plans (力争今年上半年完成…, in March)", () => {
    expect(T("2026-03-12\n\n省经信厅负责人表示，力争今年上半年完成投资400亿元。").map((t) => [t.min, t.deadline])).toEqual([[40000000000, "2026-06-30"]]);
  });
});

describe("second review of the heldout32–39 rules", () => {
  const T = (s: string) => extract(s).targets!;
  it("a multiple of a past year is the goal itself where 为 does not open its clause", () => {
    expect(T("到2027年，全市数字经济核心产业增加值力争为2022年的2倍。").map((t) => [t.min, t.unit])).toEqual([[2, "倍"]]);
    expect(T("到2030年，全省新能源装机突破1.6亿千瓦，约为2025年的两倍。").map((t) => t.unit)).toEqual(["千瓦"]);
  });
  it("a subject is carried over only from a clause that states its change (not 加大招商引资力度)", () => {
    expect(T("到2027年，全市加大招商引资力度，达到100亿元以上。").map((t) => t.object)).toEqual([null]);
  });
});

describe("rules from eval/heldout42 (finance and investment)", () => {
  const T = (s: string) => extract(s).targets!;
  it("quotas handed down are reported; a fund's rule (一般不超过) is no goal; a sum restated in another currency is one goal", () => {
    expect(T("四川提前下达新增专项债券额度1102亿元　9月底前资金支出进度达到80%以上").map((t) => t.unit)).toEqual(["%"]);
    expect(T("到2030年，省级财政对子基金的出资比例一般不超过20%，全省实际使用外资达到300亿美元（约合人民币2150亿元）。").map((t) => [t.min, t.unit])).toEqual([[30000000000, "美元"]]);
  });
  it("已将 is done, not a turn to the future (已将其中1102亿元分配下达…，成都、绵阳分别获得318亿元、96亿元)", () => {
    expect(T("2026-02-10\n\n目前，省财政厅已将其中1102亿元分配下达至21个市（州），成都、绵阳分别获得318亿元、96亿元。")).toEqual([]);
  });
});

describe("rules from eval/heldout43–45 (industry, infrastructure, environment)", () => {
  const T = (s: string) => extract(s).targets!;
  it("去年 as what a change is measured against is no past cue (较去年同期下降30%以上)", () => {
    expect(T("2026-09-28\n\n《攻坚方案》提出，攻坚期内，秸秆焚烧火点数较去年同期下降30%以上，秸秆综合利用率达到95%以上。").map((t) => t.min)).toEqual([30, 95]);
    // a report of last year still is one
    expect(T("2026-09-28\n\n去年，全市秸秆焚烧火点数为326个。")).toEqual([]);
  });
  it("a 了 that hands out tasks listed after it is no past cue (各区也领到了任务：…)", () => {
    expect(T("到2027年，全市秸秆综合利用率达到95%以上。\n\n各区、县（市）也领到了任务：五常市、双城区秸秆离田量分别达到80万吨和70万吨。").map((t) => t.min)).toEqual([95, 800000, 700000]);
  });
  it("a paragraph with no time of its own that hands out the goals of the one before to places", () => {
    const text = "《实施方案》提出，到2028年，全市PM2.5年均浓度控制在29微克/立方米以内。\n\n在区域分工上，城关区、七里河区PM2.5年均浓度分别不高于31微克/立方米和30微克/立方米；西固区挥发性有机物排放总量较2025年下降12%以上。";
    expect(T(text).map((t) => [t.max ?? t.min, t.unit])).toEqual([[29, "微克/立方米"], [31, "微克/立方米"], [30, "微克/立方米"], [12, "%"]]);
    // what a place is or has, after a paragraph of goals, is no goal
    expect(T("到2028年，全市牦牛存栏达到400万头。\n\n那曲市平均海拔4500米以上，拥有2个国家一类口岸。").map((t) => t.unit)).toEqual(["头"]);
    // nor a paragraph after one that reports
    expect(T("2025年，全市PM2.5年均浓度为32微克/立方米。\n\n城关区、七里河区PM2.5年均浓度分别为31微克/立方米和30微克/立方米。")).toEqual([]);
  });
  it("an amount of days a measure is held to is that measure (控制在2天以内), no time from now", () => {
    const r = extract("到2028年，全市重度及以上污染天数控制在2天以内。");
    expect(r.targets!.map((t) => [t.min, t.max, t.unit])).toEqual([[null, 2, "天"]]);
    expect(r.dates!.map((d) => d.text)).toEqual(["到2028年"]);
  });
  it("a package of measures called by its count is a name (培育“十条”); 净增 states a goal", () => {
    expect(T("江西出台专精特新企业培育“十条”　到2027年省级专精特新中小企业突破8000家").map((t) => t.min)).toEqual([8000]);
    expect(T("到2028年，全市规上工业企业净增1000户。").map((t) => t.min)).toEqual([1000]);
  });
  it("places listed before 分别 leave the thing to what follows the verb (两市分别新增并网装机; 兰坪县)", () => {
    const ts = T("到2028年，阳江、汕尾两市分别新增并网装机700万千瓦和450万千瓦；泸水市、兰坪县分别新改建农村公路450公里和400公里。");
    expect(ts.map((t) => t.object)).toEqual(["并网装机", "并网装机", "农村公路", "农村公路"]);
  });
  it("a past cue opening a statement holds for its parts after ；", () => {
    expect(T("2026-05-10\n\n近年来，全州累计建成农村公路4800公里；“溜索改桥”项目共建成桥梁43座。到2028年，新建桥梁20座。").map((t) => t.min)).toEqual([20]);
  });
  it("a sum of money written before the funds it is names them (安排不少于3亿元资金)", () => {
    expect(T("到2028年，市级每年安排不少于3亿元专项资金，专项用于企业培育。").map((t) => t.object)).toEqual(["专项资金"]);
  });
  it("a deadline written relative to the time of writing governs (今年年底前，全市要为500家中小企业完成…)", () => {
    expect(T("2026-09-16\n\n今年年底前，全市要为500家中小企业完成免费数字化诊断。").map((t) => [t.min, t.deadline])).toEqual([[500, "2026-12-31"]]);
  });
  it("a design speed and a construction period describe a work", () => {
    expect(T("到2028年，新建铁路180公里，建设工期约30个月；高铁扩能改造工程按设计时速250公里建设。").map((t) => [t.min, t.unit])).toEqual([[180, "公里"]]);
  });
});

describe("rules from eval/heldout46–48 (tourism, agriculture, employment)", () => {
  const T = (s: string) => extract(s).targets!;
  it("全年 after a nearer deadline sets the year's end for what follows it", () => {
    const ts = T("2026-02-13\n\n省农业农村厅负责人表示，全省将在今年6月底前完成小麦“一喷三防”全覆盖，全年新建高标准农田500万亩，粮食播种面积稳定在1.61亿亩左右。");
    expect(ts.map((t) => t.deadline)).toEqual(["2026-12-31", "2026-12-31"]);
  });
  it("全年 after a deadline years ahead is a year's figure of that year (到2030年，全年入境旅客达到…)", () => {
    expect(T("2026-01-22\n\n旅游局发布《澳门旅游业发展总体规划（2026—2030年）》，提出到2030年，澳门全年入境旅客达到4000万人次左右。").map((t) => t.deadline)).toEqual(["2030-12-31"]);
  });
  it("a part of a year after 其中 holds for its clause only", () => {
    const ts = T("2026-02-13\n\n负责人表示，今年全市将新建高标准农田60万亩，其中2026年上半年开工建设40万亩，粮食播种面积稳定在2550万亩以上。");
    expect(ts.map((t) => [t.min, t.deadline])).toEqual([[600000, "2026-12-31"], [400000, "2026-06-30"], [25500000, "2026-12-31"]]);
  });
  it("the year a document's statement opens holds for its parts after ；; 再就业 states a goal", () => {
    const ts = T("2026-03-06\n\n海口市人民政府办公室印发《海口市2026年稳就业保民生工作方案》（以下简称《工作方案》）。\n\n《工作方案》提出，2026年全市城镇新增就业3.5万人，帮助失业人员再就业8000人；企业职工基本养老保险参保人数新增3万人。");
    expect(ts.map((t) => [t.min, t.deadline])).toEqual([[35000, "2026-12-31"], [8000, "2026-12-31"], [30000, "2026-12-31"]]);
  });
  it("Taiwan named as where people, firms or capital come from is no party, however often a text names it so", () => {
    const text = "2026-05-10\n\n厦门市出台惠台措施，吸引台湾青年来厦就业创业。到2028年，新增台湾青年来厦就业创业1万人，吸引台湾环保企业参与海湾治理，引进台资项目10个以上，台湾同胞参保率达到95%以上。";
    expect(T(text).map((t) => t.region)).toEqual(["350200", "350200", "350200"]);
  });
  it("a place in a ranking is an ordinal, no goal (退出全国重点城市排名后20位)", () => {
    expect(T("到2028年，全市退出全国重点城市排名后20位，新建公园10个。").map((t) => t.min)).toEqual([10]);
  });
  it("a route's far end, where the near end goes unsaid, is no party (开通至台湾本岛的航线)", () => {
    expect(T("到2027年，福建省开通至台湾本岛的海上旅游客运航线2条。").map((t) => t.region)).toEqual(["350000"]);
  });
});

describe("review of the heldout43–48 rules", () => {
  const T = (s: string) => extract(s).targets!;
  const at = (s: string) => T(`2026-05-01\n\n${s}`).map((t) => t.min ?? t.max);
  it("a report measured against last year stays one (较去年增加…，突破10亿元: 突破 is a report's bound too)", () => {
    expect(at("全县接待游客较去年增加20万人次，旅游收入突破10亿元。")).toEqual([]);
  });
  it("目前/当前 opening a statement do not make its parts past, nor does one with a goal cue", () => {
    expect(at("当前，各地要抓紧抓实秋冬种工作；全省确保完成小麦播种面积3500万亩以上。")).toEqual([35000000]);
  });
  it("a paragraph after goals that gives places' levels (分别为) or a standard per unit is no share of them", () => {
    expect(at("到2028年，全市公园绿地达到500公顷。\n\n城关区、七里河区人均公园绿地面积分别为12平方米和10平方米，低于全市平均水平。")).toEqual([500]);
    expect(at("到2028年，全市新建口袋公园50个。\n\n城关区口袋公园每处面积不少于400平方米。")).toEqual([50]);
  });
  it("完成了年度目标： reports; only handing out tasks (领到了任务：) is no past cue", () => {
    expect(at("全县圆满完成了年度目标：新建农村公路120公里。")).toEqual([]);
  });
  it("a works period or speed with a verb of change or a bound is a goal", () => {
    expect(at("到2027年，平均建设工期缩短至24个月，城市轨道交通高峰时速不低于35公里。")).toEqual([24, 35]);
  });
  it("a count in quotes before the thing it counts is a count (建设“十条”美丽乡村示范带)", () => {
    expect(at("到2027年，建设“十条”美丽乡村示范带。")).toEqual([10]);
  });
  it("an amount of days a time limit is cut to is that limit, no relative date (缩减至3天以内)", () => {
    const r = extract("2026-05-01\n\n到2027年，办理时限缩减至3天以内。");
    expect(r.targets!.map((t) => [t.max, t.unit])).toEqual([[3, "天"]]);
    expect(r.dates!.filter((d) => d.type === "relative")).toEqual([]);
  });
});

describe("rules from eval/heldout50 (trade and ports)", () => {
  const T = (s: string) => extract(s).targets!;
  it("a sum restated in another currency after the currency's name is one goal (1.4万亿元人民币（约合1960亿美元）)", () => {
    expect(T("到2027年，宁波市外贸进出口总额力争达到1.4万亿元人民币（约合1960亿美元）。").map((t) => t.unit)).toEqual(["元"]);
  });
  it("a port named after two places is the first's, and is no part of the thing (宁波舟山港)", () => {
    const ts = T("宁波市印发方案。到2028年，宁波舟山港年货物吞吐量稳定在13亿吨以上。");
    expect(ts.map((t) => [t.region, t.object])).toEqual([["330200", "年货物吞吐量"]]);
  });
});

describe("rules from eval/heldout49 (science and innovation)", () => {
  it("a zone after 其中 is whose share, and a level reached keeps the thing of the goal before it", () => {
    const ts = extract("到2028年，全市研发经费投入强度提高到3.8%，其中甬江科创区达到6%以上。").targets!;
    expect(ts.map((t) => [t.min, t.object])).toEqual([[3.8, "研发经费投入强度"], [6, "研发经费投入强度"]]);
  });
});

describe("a lone 一 that counts", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.unit]);
  it("trailing its thing at the clause's end, or shared out by 各; not an article, a frequency or a multiple", () => {
    expect(T("到2027年，建设省级耐盐碱作物种质资源库一座。")).toEqual([[1, "座"]]);
    expect(T("到2027年，琼结县、桑日县各打造一个青稞文化旅游示范村。").map(([n]) => n)).toContain(1);
    expect(T("到2027年，打造一个现代化国际大都市，各项任务完成情况每月通报一次，产值增长近一倍。")).toEqual([]);
  });
});

describe("惠及 counts those a goal reaches", () => {
  it("改造城镇老旧小区180个，惠及居民6.5万户", () => {
    expect(extract("到2026年，全市改造城镇老旧小区180个，惠及居民6.5万户。").targets!.map((t) => t.min)).toEqual([180, 65000]);
  });
});

describe("rules from eval/heldout51 (health)", () => {
  const T = (s: string) => extract(s).targets!.map((t) => t.min);
  it("a sentence opened by a time wholly past reports, and 人均预期寿命 is no goal cue", () => {
    expect(T("2026-09-08\n\n“十四五”期间，全州新增三级医院5家，总数达到9家，人均预期寿命达到75.2岁，比2020年提高2.1岁。到2030年，全州三级医院达到13家。")).toEqual([13]);
  });
  it("the sentence introducing a list speaks for it, not a past one before it in its paragraph", () => {
    const text = "二〇二一年二月，市人大审议批准了《合肥市国民经济和社会发展第十四个五年规划纲要》（以下简称《纲要》）。《纲要》对“十四五”时期全市经济社会发展提出了主要目标：\n\n（三）民生福祉。城镇调查失业率控制在5.5%以内，新增城镇就业累计50万人。";
    expect(extract(text, { refDate: "2021-03-01" }).targets!.map((t) => t.min ?? t.max)).toEqual([5.5, 500000]);
  });
});

describe("rules from eval/heldout52 (work safety)", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.unit]);
  it("incidents counted in 起 (控制在1起以内); 起 of 三起来 or 2024年起 counts nothing", () => {
    expect(T("到2028年，较大生产安全事故起数控制在1起以内。")).toEqual([[null, 1, "起"]]);
    expect(T("到2028年，治理“三起来”示范县目标全面完成；自2024年起，每年新建公园10个。")).toEqual([[10, 10, "个"]]);
  });
  it("增设 and 更新改造 state goals", () => {
    expect(T("到2028年，增设2间消防局，完成城市燃气管道老化更新改造3200公里。")).toEqual([[2, 2, "间"], [3200, 3200, "公里"]]);
  });
});

describe("rules from eval/heldout54 (education)", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.unit]);
  it("招聘, 补充 and 办好 state goals", () => {
    expect(T("到2028年，全省招聘特岗教师6000名，补充中小学教师4500名，每个乡镇至少办好1所公办中心幼儿园。")).toEqual([[6000, "名"], [4500, "名"], [1, "所"]]);
  });
  it("money as a standard or a rate per head is a rule of paying; 高标准农田 is a thing built", () => {
    expect(T("到2028年，公办幼儿园生均公用经费财政拨款标准每生每年不低于600元，对乡村教师每人每月发放300元至1000元补助。")).toEqual([]);
    expect(T("到2028年，全市完成高标准农田建设投资20亿元。")).toEqual([[2000000000, "元"]]);
  });
});

describe("second review of the heldout43–54 rules", () => {
  const T = (s: string, refDate?: string) => extract(s, refDate ? { refDate } : {}).targets!.map((t) => t.min ?? t.max);
  it("a sentence opened by a day, or by a year a body then states goals in, is no review", () => {
    expect(T("3月18日，省政府召开常务会议，会议要求，全年新增城镇就业50万人以上。", "2025-03-20")).toEqual([500000]);
  });
  it("a list reviewed in its intro's last sentence stays a review", () => {
    expect(T("2024年，全省较好完成了全年目标任务。主要指标如下：\n（一）地区生产总值3500亿元。", "2025-03-20")).toEqual([]);
  });
  it("a lone 一 of 各地要…一套, 一批, 每乡一所 or 一起 counts nothing; 2起 at the text's very end does", () => {
    expect(T("到2027年，各地要建立一套长效工作机制，建成一批示范项目，每乡一所卫生院，想到一起、干到一起。")).toEqual([]);
    expect(T("到2027年，较大事故控制在2起")).toEqual([2]);
  });
  it("a province and its city before 港 keep the city; 港口群 keeps its 港", () => {
    const ts = extract("到2027年，山东青岛港集装箱吞吐量达到3000万标箱，港口群货物吞吐量达到10亿吨。").targets!;
    expect(ts.map((t) => [t.region, t.object])).toEqual([["370200", "集装箱吞吐量"], ["370200", "港口群货物吞吐量"]]);
  });
  it("a count of zones after 其中 is the thing; an impact claimed with no look ahead is no goal", () => {
    expect(extract("到2027年，全省开发区达到100个，其中国家级开发区达到20个。").targets!.map((t) => t.object)).toEqual(["开发区", "国家级开发区"]);
    expect(T("该政策惠及小微企业500万户。")).toEqual([]);
  });
});

describe("Hong Kong and Macao media name their own place 本港, 本澳", () => {
  it("a goal of 本港 is Hong Kong's, in a text on Shenzhen", () => {
    const text = "深圳市提出，到2030年新建应急避难场所100处。\n\n香港保安局发言人表示，欢迎深圳加强合作，本港消防处今年将在北部都会区增设2间消防局。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["440300", "810000"]);
  });
});

describe("rules from eval/heldout55–56 (Hong Kong and Macao; digital government)", () => {
  it("特区政府 is the one SAR a text names", () => {
    const text = "施政报告：到2031年提供19万个公营房屋单位\n\n香港行政长官发表施政报告。报告提出，到2031年，特区政府将提供19万个公营房屋单位。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["810000"]);
  });
  it("a ceiling a rule sets (上限为) and a threshold named as a condition (…的条件) are no goals", () => {
    expect(extract("到2030年，家团月收入上限为8万澳门元，年办件量不低于1万件的条件下开设专窗。").targets).toEqual([]);
  });
  it("a statement opened by a part of the year now past reports (今年上半年，…；…达到860万户)", () => {
    expect(extract("2026-09-10\n\n今年上半年，河南省5G基站达到18.9万个，较去年同期增长12%；千兆宽带用户达到860万户。").targets).toEqual([]);
  });
});

describe("rules from eval/heldout57–59 (county economies; finance; Traditional media)", () => {
  const brief = (text: string) => extract(text).targets!.map((t) => [t.text, t.region, t.deadline, t.object]);
  it("a spread list's thing may hold an amount before 的 (…收入50万元以上的村30个和20个)", () => {
    const got = brief("邵阳市乡村振兴方案\n邵东市、武冈市分别新增集体经济收入50万元以上的村30个和20个。");
    expect(got.map((t) => t[1])).toEqual(["430582", "430581"]);
    expect(got.map((t) => t[3])).toEqual(["集体经济收入50万元以上的村", "集体经济收入50万元以上的村"]);
  });
  it("places a subject puts its weight on (以…为重点) are not whose goal it is", () => {
    const got = brief("宁夏“六特”产业方案\n固原市以西吉县、隆德县、泾源县、彭阳县为重点，肉牛饲养量到2028年达到120万头。");
    expect(got).toEqual([["肉牛饲养量到2028年达到120万头", "640400", "2028-12-31", "肉牛饲养量"]]);
  });
  it("a date between the thing and its verb is no part of the thing", () => {
    expect(brief("某县畜牧方案\n奶牛存栏2027年底前达到30万头。").map((t) => t[3])).toEqual(["奶牛存栏"]);
  });
  it("a deadline of the clause after a place's own clause is that place's (美兰区…，到2027年…；龙华区…)", () => {
    const text = "海口市推进核心区建设三年行动方案\n《行动方案》明确，美兰区依托江东新区建设总部经济区，到2027年引进总部企业60家以上；龙华区、秀英区分别建设跨境电商产业园1个和2个。";
    const got = brief(text);
    expect(got[0][2]).toBe("2027-12-31");
    expect(got.slice(1).map((t) => t[2])).toEqual([null, null]);
  });
  it("全地区 after places named in passing a paragraph before is the stating document's region", () => {
    const text = "喀什地区出台招商引资方案\n\n喀什地区行政公署印发《喀什地区招商引资三年行动方案（2026—2028年）》。\n\n2025年，广东、山东、上海和深圳四省市对口援疆企业投资额约占全地区到位资金的45%。\n\n《方案》提出，到2028年，全地区招商引资到位资金力争突破1200亿元。";
    expect(brief(text).map((t) => t[1])).toEqual(["653100"]);
  });
  it("Hong Kong as where professional firms come from (引进香港专业服务机构100家) is no party", () => {
    const text = "南沙区促进港澳投资措施\n广州市南沙区印发措施。到2028年，南沙新增港澳资企业1500家以上，引进香港专业服务机构100家。";
    expect(brief(text).map((t) => t[1])).toEqual(["440115", "440115"]);
  });
  it("the thing of the part before a ； holds where places share the work out with no thing of their own", () => {
    const text = "定西市高标准农田建设方案\n任务分解到各区县：渭源县、临洮县各改造提升高标准农田10万亩；漳县、岷县合计新建12万亩。";
    expect(brief(text).map((t) => t[3])).toEqual(["高标准农田", "新建高标准农田"]);
  });
  it("下达三年…任务 is no span a verb measures; a cost borne (其中市级承担500元) is no goal", () => {
    expect(brief("定西下达三年高标准农田建设任务　到2028年新建高标准农田150万亩\n\n定西市印发方案。").map((t) => t[0])).toEqual(["新建高标准农田150万亩"]);
    expect(brief("到2028年，对改造卫生户厕的农户，每户补助1500元，其中市级承担500元。")).toEqual([]);
  });
  it("全地区 points to the 地区 named, not to a city of another kind named nearer", () => {
    const text = "喀什地区教育提质方案\n\n在广东省及深圳等对口支援城市的支持下，喀什地区新建学校140余所。\n\n其中，莎车县新增幼儿园学位6000个。\n\n地区教育局负责人表示，今年全地区将新增幼儿园学位8000个。";
    expect(brief(text).at(-1)![1]).toBe("653100");
  });
  it("Taiwan as where doctors, research teams and breeds come from is no party", () => {
    const text = "厦门市卫生健康委员会表示，到2030年，厦门引进台湾医疗专业人才不少于300人，引进台湾科研团队50个以上，赤湖镇引进台湾优良品种不少于20个。目前，在厦门常住的台湾同胞约12万人。";
    expect(brief(text).map((t) => t[1])).toEqual(["350200", "350200", "350200"]);
  });
  it("a place in a national body's name (国务院台湾事务办公室) is no document's region", () => {
    const r = extract("国家发展改革委、国务院台湾事务办公室联合印发《两岸融合发展示范区产业协同行动方案》。福建省积极落实。");
    expect(r.documents![0].region).toBeNull();
  });
  it("a headline's 营收 is the body's 营业收入", () => {
    const text = "广州布局半导体产业园区　2030年营收拟破3000亿元\n\n广州市印发规划，提出到2030年，全市半导体与集成电路产业营业收入突破3000亿元。";
    expect(extract(text).targets!.length).toBe(1);
  });
});

describe("review of the heldout57–62 rules", () => {
  const brief = (text: string) => extract(text).targets!.map((t) => [t.text, t.region, t.object]);
  it("营收 = 营业收入 only against a headline: two goals of the body stay two", () => {
    expect(brief("苏州市方案\n苏州市印发方案，到2025年，生物医药产业营收突破1000亿元，纳米新材料产业营收突破1000亿元。").length).toBe(2);
  });
  it("a comparison with the year before the verb is no part of the thing (营业收入高于2024年)", () => {
    expect(brief("到2028年，园区企业营业收入高于2024年达到100亿元。").map((t) => t[2])).toEqual(["园区企业营业收入"]);
  });
  it("an item of a place and its amount after an intro naming the thing takes the intro's thing", () => {
    const text = "乌兰察布市新能源方案\n按照各旗县资源禀赋，到2027年新增新能源装机任务为：四子王旗300万千瓦、商都县150万千瓦。";
    expect(brief(text)).toEqual([["四子王旗300万千瓦", "150929", "新能源装机"], ["商都县150万千瓦", "150923", "新能源装机"]]);
  });
  it("the prose paragraph right under a heading of goals shared out (三、分区县目标) states goals", () => {
    const text = "湖州市光伏方案\n\n二、主要目标\n到2028年，全市分布式光伏累计并网容量达到650万千瓦。\n\n三、分区县目标\n吴兴区、南浔区新增分布式光伏装机分别为30万千瓦和40万千瓦。\n";
    expect(brief(text).map((t) => t[1])).toEqual(["330500", "330502", "330503"]);
  });
});


describe("verbs and units from older sets (heldout52, 53, 62)", () => {
  const brief = (text: string) => extract(text).targets!.map((t) => [t.text, t.object]);
  it("1个城市管理综合服务中心 counts a centre, not a city; 规划建设 and 新辟 are verbs of goals", () => {
    const text = "呼和浩特市城市管理方案\n到2028年，土默特左旗、托克托县各建设1个城市管理综合服务中心，宝安区、龙岗区各规划建设1个万人级中心避难场所，新辟和优化公交线路200条。";
    expect(brief(text).map((t) => t[1])).toEqual(["城市管理综合服务中心", "万人级中心避难场所", "公交线路"]);
  });
});

describe("tables and lists as plain text (eval/heldout64) and work reports (heldout63)", () => {
  const brief = (text: string) => extract(text).targets!.map((t) => [t.object, t.min, t.max, t.unit, t.deadline, t.region]);
  it("a tab table under an indented caption keeps its rows apart and reads the target column", () => {
    const text = "湖州印发三年行动方案\n\n　　3月17日，湖州市人民政府办公室印发《湖州市绿色低碳工业高质量发展三年行动方案（2026—2028年）》。\n\n　　附件：湖州市绿色低碳工业主要指标表\n序号\t指标名称\t单位\t2025年基数\t2028年目标\t属性\n1\t国家级绿色工厂\t家\t58\t80\t预期性\n2\t工业固体废物综合利用率\t%\t96.4\t97以上\t约束性\n";
    expect(brief(text)).toEqual([["国家级绿色工厂", 80, 80, "家", "2028-12-31", "330500"], ["工业固体废物综合利用率", 97, null, "%", "2028-12-31", "330500"]]);
  });
  it("a table parted by bars, and values that carry their own % (≥95%) in a table with no unit column", () => {
    const bars = "昌吉州出台方案\n　　《方案》提出，到2028年，主要指标见下表：\n序号|指标名称|单位|2025年基数|2028年目标|属性\n1|粮食产量|万吨|286|300以上|约束性\n";
    expect(brief(bars).map((t) => t.slice(0, 4))).toEqual([["粮食产量", 3000000, null, "吨"]]);
    const pct = "泉州市行动方案\n序号  指标名称                      2025年基数  2028年目标  属性\n1     空气质量优良天数比例          98.6%       ≥95%        约束性\n";
    expect(brief(pct).map((t) => t.slice(0, 4))).toEqual([["空气质量优良天数比例", 95, null, "%"]]);
  });
  it("a county table after a statistic as of last year takes the year of the plan's title", () => {
    const text = "延边州下达2026年任务\n2026-03-05\n　　延边州人民政府办公室印发《延边州2026年农村基础设施补短板工作方案》。\n\n　　截至2025年底，延边州农村公路总里程达到1.36万公里。\n\n　　各县(市)任务如下：\n县(市)\t新改建农村公路(公里)\t清洁取暖改造(户)\n延吉市\t60\t900\n";
    expect(brief(text)).toEqual([["新改建农村公路", 60, 60, "公里", "2026-12-31", "222401"], ["清洁取暖改造", 900, 900, "户", "2026-12-31", "222401"]]);
  });
  it("an indicator's name before a colon is the thing (规上新能源企业：650家以上)", () => {
    const text = "滁州市行动计划\n　　《行动计划》提出，到2028年，主要指标如下：\n　　规上新能源企业：650家以上\n　　省级以上企业技术中心：新增30个\n";
    expect(brief(text).map((t) => t[0])).toEqual(["规上新能源企业", "省级以上企业技术中心"]);
  });
  it("去年 compared with in another clause, or a past figure in brackets, leaves the goals after it", () => {
    const text = "延边州政府工作报告\n2026年1月20日\n报告提出，今年全州主要预期目标是：地区生产总值增长5.5%左右，比去年实际增速高0.3个百分点，城镇新增就业2.3万人；全年接待游客力争突破3500万人次（去年为3180万人次），旅游总收入增长10%以上。";
    expect(brief(text).map((t) => t[0])).toEqual(["地区生产总值增长", "城镇新增就业", "接待游客", "旅游总收入增长"]);
  });
  it("省政府 as the subject is the province, not the city named last; 特区政府 is no 区政府", () => {
    const text = "海南省政府工作报告\n2026年1月26日\n1月26日，海南省人代会在海口开幕。\n\n今年省政府将继续为民办好十件实事：新增城镇保障性住房1万套。";
    expect(brief(text).map((t) => t[5])).toEqual(["460000"]);
  });
});

describe("what qualifies for something (eval/heldout65)", () => {
  it("床位数不少于100张的养老机构方可申请 is a condition, no goal", () => {
    expect(extract("到2028年，床位数不少于100张的养老机构方可申请纳入互认名单。").targets).toEqual([]);
  });
});

describe("second review of the heldout57–65 rules", () => {
  const brief = (text: string) => extract(text).targets!.map((t) => [t.text, t.region, t.object, t.deadline]);
  it("an intro that names no task (其中：, 各旗县任务分别为：) gives no thing", () => {
    const a = brief("乌兰察布市新能源方案\n到2027年，全市新增新能源装机1000万千瓦，其中：四子王旗300万千瓦、商都县150万千瓦。");
    expect(a.map((t) => t[2])).not.toContain("其中");
    const b = brief("某市方案\n到2027年各旗县任务分别为：四子王旗新建学校3所、商都县5所。");
    expect(b[0][2]).toBe("学校");
  });
  it("全地区 of a text about its own 地区 stays there; a document's region holds past a place named aside", () => {
    const a = brief("阿克苏地区招商引资方案\n\n阿克苏地区行政公署印发方案。阿克苏地区将加大招商力度。\n\n去年，喀什地区招商引资到位资金突破600亿元。\n\n到2028年，全地区招商引资到位资金力争突破800亿元。");
    expect(a.at(-1)![1]).toBe("652900");
    const b = brief("省里出台新能源方案\n\n浙江省人民政府印发《浙江省新能源发展行动方案》。\n\n据介绍，江苏省去年出台了类似方案。\n\n方案提出，到2027年，全省新能源装机突破5000万千瓦。");
    expect(b.map((t) => t[1])).toEqual(["330000"]);
  });
  it("a heading before a page number between blank lines is not joined to the next paragraph", () => {
    const a = brief("某市方案\n\n（一）培育壮大新能源汽车产业集群\n\n— 3 —\n\n到2027年，全市新能源汽车产量达到50万辆。");
    expect(a[0][2]).toBe("新能源汽车产量");
  });
  it("a wrapped sentence going on with a day is joined (力争到⏎2026-12-31新增…)", () => {
    const a = brief("某市充电设施建设推进方案\n各县区要抓紧推进充电基础设施建设，力争到\n2026-12-31新增公共充电桩5000个。");
    expect(a[0][3]).toBe("2026-12-31");
  });
});

describe("news roundups (eval/heldout67)", () => {
  it("a wholly past period opening an item after its head (▲湖北武汉：今年1—8月，…；…) reports", () => {
    const text = "科创周报\n2026年9月20日\n▲湖北武汉：今年1—8月，武汉市技术合同成交额达到1285亿元，同比增长18.7%；新增高新技术企业1560家，总数突破1.6万家。";
    expect(extract(text).targets).toEqual([]);
  });
});

describe("lists of places before 分别 (eval/heldout66)", () => {
  it("a count of the places after the list (两州) and a place placed by a phrase (…所在的玉树)", () => {
    const text = "青海省国家公园方案\n到2030年，三江源国家公园所在的玉树、果洛两州分别新建生态管护站18个和12个。";
    expect(extract(text).targets!.map((t) => [t.min, t.region])).toEqual([[18, "632700"], [12, "632600"]]);
  });
});

describe("places a 其中 singles out (eval/heldout66)", () => {
  it("govern their own part, not the sentence after it", () => {
    const text = "湖南省洞庭湖治理方案\n到2030年，洞庭湖区湿地保护率稳定在75%以上。其中，岳阳市、益阳市国控断面水质优良比例分别不低于93%和94%。到2028年，湖区城镇生活污水集中收集率达到75%以上。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["430000", "430600", "430900", "430000"]);
  });
});

describe("a statement of goals one a line (eval/heldout28)", () => {
  it("lines ending in ； share the statement's deadline; a bulleted item of its own does not", () => {
    const text = "随州香菇产业方案\n\n★ 这些目标要记牢：\n到2028年，全市香菇种植规模稳定在4亿袋左右；\n香菇全产业链产值达到300亿元；\n建设数字化智能菇棚1000个以上。\n\n★ 各地任务看这里：\n📍广水市：2027年底前建成冷链物流中心1个；\n📍曾都区：引进食品加工企业15家以上。\n";
    expect(extract(text).targets!.map((t) => t.deadline)).toEqual(["2028-12-31", "2028-12-31", "2028-12-31", "2027-12-31", null]);
  });
});

describe("third review of the heldout57–67 rules", () => {
  const brief = (text: string) => extract(text).targets!.map((t) => [t.text, t.region, t.object, t.deadline]);
  it("3个城市交通综合枢纽 counts hubs; 自治区政府 is the region, not a 区政府", () => {
    expect(brief("到2027年，建成3个城市交通综合枢纽。")[0][2]).toBe("城市交通综合枢纽");
    expect(brief("兴宁区代表参会。\n广西壮族自治区人民政府印发《广西壮族自治区保障性住房建设方案》。到2027年，自治区政府将新建保障性住房5万套。")[0][1]).toBe("450000");
  });
  it("a report's 比去年同期增长8%，完成投资1200亿元 reports both; a bracket restating a statistic is past", () => {
    expect(brief("某市经济运行情况\n2026年7月20日\n记者从市发改委获悉，全市固定资产投资比去年同期增长8%，完成投资1200亿元。")).toEqual([]);
    expect(brief("湖北科技创新成效显著\n2026年7月20日\n湖北省新增高新技术企业1560家（同比增长18.7%），总数突破1.6万家。")).toEqual([]);
  });
  it("a list intro with a verb of goals names the thing; 各旗县 before it is stripped", () => {
    expect(brief("到2027年，新增高标准农田：郑州市30万亩、开封市50万亩。").map((t) => t[2])).toEqual(["高标准农田", "高标准农田"]);
    expect(brief("乌兰察布市新能源方案\n到2027年，各旗县新增新能源装机如下：四子王旗300万千瓦、商都县150万千瓦。").map((t) => t[2])).toEqual(["新能源装机", "新能源装机"]);
  });
  it("a share of what qualifies is a goal (实现90%以上的建制村可享受…)", () => {
    expect(brief("到2027年，实现90%以上的建制村可享受快递进村服务。").length).toBe(1);
  });
  it("a name before a colon that is a time, a stage or a part names no indicator", () => {
    const got = brief("某市养老方案\n　　到2027年，全市养老床位达到3万张，其中：\n　　城市：1.8万张\n　　农村：1.2万张\n");
    expect(got.map((t) => t[2])).not.toContain("农村");
  });
  it("a headline's dateline with a weekday or a source is no wrapped line", () => {
    const r = extract("某市召开教育工作推进大会部署今年重点任务\n2026年3月09日 新华社\n今年，全市将新建中小学10所。");
    expect(r.referenceDate ?? r.targets![0].deadline).toBeTruthy();
    expect(r.targets![0].deadline).toBe("2026-12-31");
  });
});

describe("Taiwan in a text about Taiwan's farmers on the mainland (eval/heldout68)", () => {
  it("new breeds and techniques from Taiwan, and parks named for its people, are no Taiwan goals", () => {
    const text = "漳州市人民政府办公室印发《漳州市深化闽台农业融合发展实施方案（2026—2028年）》，提出打造台湾农民创业园升级版，吸引更多台湾农民和农业企业到漳州发展。\n到2028年，全市引进推广台湾农业新品种、新技术300项以上，吸引台湾青年来漳就业创业1000人以上。\n支持龙海区、长泰区建设台湾农业科技示范园各1个。";
    expect(extract(text).targets!.map((t) => t.region).includes("710000")).toBe(false);
  });
});

describe("a clause describing the thing after the amount (eval/heldout68)", () => {
  it("1个具备全托、日间照料功能的综合养老服务机构: the 、 inside the clause up to its 的", () => {
    expect(extract("到2028年，每个街道至少建成1个具备全托、日间照料功能的综合养老服务机构。").targets!.map((t) => t.object)).toEqual(["具备全托、日间照料功能的综合养老服务机构"]);
  });
});

describe("延长至 as a verb of goals (eval/heldout55, heldout64)", () => {
  it("⑤游客人均停留时间延长至2.2天 in a list of goals", () => {
    const text = "天水市文旅方案\n《行动计划》提出，到2028年，全市文旅产业实现以下目标：①接待游客突破8000万人次；②游客人均停留时间延长至2.2天。";
    expect(extract(text).targets!.map((t) => [t.min, t.unit])).toEqual([[80000000, "人次"], [2.2, "天"]]);
  });
});

describe("a measure right after a verb of goals names its thing after it (eval/heldout55)", () => {
  it("分三阶段提供逾150公顷创科用地: 创科用地, not 分三阶段", () => {
    const got = extract("北部都会区发展纲要\n到2032年，政府将分三阶段提供逾150公顷创科用地，并在屯门一带提供约200公顷可建房屋用地。").targets!.map((t) => t.object);
    expect(got).toEqual(["创科用地", "可建房屋用地"]);
  });
});

describe("land or floor space named right after its area is the thing (eval/heldout114)", () => {
  it("a place or a batch before the area is where, the land after it what is measured", () => {
    const got = extract("到2027年，政府推出合共约400公顷产业用地，为新田科技城首批约20公顷创科用地完成平整，完成新城填海区A区约12公顷公共房屋用地的平整工程。").targets!.map((t) => [t.min, t.object]);
    expect(got).toEqual([[400, "产业用地"], [20, "创科用地"], [12, "公共房屋用地"]]);
  });
  it("a measure of the whole before the area keeps its thing (北部都会区总面积约30000公顷; 建成面积10平方公里产业空间)", () => {
    expect(extract("到2030年，北部都会区总面积约30000公顷，新区建成面积10平方公里产业空间。").targets!.map((t) => t.object)).toEqual(["北部都会区总面积", "新区建成面积"]);
  });
});

describe("slogans, plan parts and handouts per head (eval/heldout38, 55, 64)", () => {
  it("a numeral opening a quoted slogan, a count of tasks, a sum handed to each person: no goals", () => {
    expect(extract("到2027年，实现“五个率先”，将两项任务分解到各县。").targets).toEqual([]);
    expect(extract("2026年，特区政府将向每名永久性居民发放1万澳门元。").targets).toEqual([]);
  });
});

describe("schemes, people sent, levels on a place's name and headlines that sum places up (eval/heldout55, heldout65)", () => {
  it("计划 naming a scheme (人才入境计划共获批…) is no goal cue: last year's statistics stay figures", () => {
    const r = extract("香港商报网　2026年6月3日\n2025年，香港各项人才入境计划共获批约14万宗申请，广东全省人才资源总量约2100万人。");
    expect(r.targets).toEqual([]);
    expect(r.figures!.map((f) => f.min)).toEqual([140000, 21000000]);
    // (计划 as the verb of planning is still one)
    expect(extract("2026年6月3日\n该市计划新建充电桩3000个。").targets!.map((t) => t.min)).toEqual([3000]);
  });
  it("people sent somewhere (…人才不少于1500名赴川挂职服务): the thing stands before the amount", () => {
    const got = extract("到2030年，浙江每年选派党政干部和专业技术人才不少于1500名赴川挂职服务。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[1500, "党政干部和专业技术人才"]]);
  });
  it("a level written on the place's name (浙江省级财政…): the thing keeps 省级", () => {
    const got = extract("“十五五”期间，浙江省级财政安排东西部协作资金不少于150亿元。").targets!;
    expect(got.map((t) => [t.object, t.region])).toEqual([["省级财政安排东西部协作资金", "330000"]]);
  });
  it("a headline naming the places the body sums up is the body's goal, not a second one", () => {
    const text = "沪苏浙印发方案　青浦吴江嘉善将合计新增城镇就业岗位5万个\n\n《方案》提出，到2030年，两区一县合计新增城镇就业岗位5万个。";
    const got = extract(text).targets!;
    expect(got.map((t) => [t.min, t.object, t.deadline])).toEqual([[50000, "城镇就业岗位", "2030-12-31"]]);
  });
  it("a headline's thing that names only a measure of the places (两地产值拚破…) gives way to the body's", () => {
    const text = "川渝联手拚电子信息产业　2030年两地产值拚破3万亿元\n\n《规划》提出，到2030年，川渝两地电子信息产业产值合计突破3万亿元。";
    const got = extract(text).targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[3000000000000, "川渝两地电子信息产业产值"]]);
  });
});

describe("组织 as a verb of goals (eval/heldout33, heldout46, heldout65)", () => {
  it("组织3万名农村劳动力赴闽务工 and 组织农机检修保养1.2万台套 are goals; a past 组织 stays a figure", () => {
    expect(extract("到2026年底，组织3万名农村劳动力赴闽务工。").targets!.map((t) => [t.min, t.object])).toEqual([[30000, "农村劳动力"]]);
    expect(extract("今年春耕前，全市将组织农机检修保养1.2万台套。").targets!.map((t) => t.min)).toEqual([12000]);
    expect(extract("2026年3月1日\n去年，全市组织开展宣传活动640余场。").targets).toEqual([]);
  });
});

describe("a deadline of an earlier sentence gives way to the plan's end (eval/heldout68–70)", () => {
  const plan = "滑县人民政府印发《滑县粮食产能提升行动方案（2026—2028年）》，提出到2028年，全县粮食产量稳定在150万吨以上。\n";
  it("到2027年，…。同时，培育…20个: the sentence after takes the plan's 2028, not 2027", () => {
    const got = extract(plan + "《方案》明确，到2027年，全县良种覆盖率保持在98%以上。同时，培育粮食烘干中心20个。").targets!;
    expect(got.map((t) => [t.min, t.deadline])).toEqual([[1500000, "2028-12-31"], [98, "2027-12-31"], [20, "2028-12-31"]]);
  });
  it("within the sentence, and with no plan's years to go by, the earlier deadline still governs", () => {
    expect(extract(plan + "到2027年，全县良种覆盖率保持在98%以上，培育粮食烘干中心20个。").targets!.map((t) => t.deadline)).toEqual(["2028-12-31", "2027-12-31", "2027-12-31"]);
    expect(extract("到2027年，全县良种覆盖率保持在98%以上。同时，培育粮食烘干中心20个。").targets!.map((t) => t.deadline)).toEqual(["2027-12-31", "2027-12-31"]);
  });
});

describe("dash items, the plan's end as a last resort, and list items alike (eval/heldout69, heldout70)", () => {
  const intro = "鄂州市人民政府印发《鄂州市航空货运枢纽建设三年攻坚行动方案（2026—2028年）》（以下简称《攻坚方案》）。\n\n《攻坚方案》提出五个方面主要目标：\n";
  it("——items under an intro naming the plan: no dash in the thing, the plan's end as the deadline", () => {
    const got = extract(intro + "——国际货运航线达到60条以上，新开洲际全货机航线不少于10条；\n——临空产业规模突破1500亿元。").targets!;
    expect(got.map((t) => [t.object, t.deadline, t.document])).toEqual([
      ["国际货运航线", "2028-12-31", 0],
      ["洲际全货机航线", "2028-12-31", 0],
      ["临空产业规模", "2028-12-31", 0],
    ]);
  });
  it("a season's plan (2026—2027年秋冬季) gives no whole year's end", () => {
    const text = "哈尔滨市印发《哈尔滨市2026—2027年秋冬季大气污染综合治理攻坚方案》。\n《攻坚方案》提出，重污染天数控制在10天以内。";
    expect(extract(text).targets!.map((t) => t.deadline)).toEqual([null]);
  });
  it("items of a list shared out over towns are goals however alike (3个、2个和2个); 承接 a verb of goals", () => {
    const got = extract("到2028年，在球溪镇、归德镇、银山镇分别建设种猪扩繁场3个、2个和2个；鄂城区、华容区分别承接配套项目40个、30个。").targets!;
    expect(got.map((t) => t.min)).toEqual([3, 2, 2, 40, 30]);
  });
});

describe("a town, a street or a park before the amount is where, not what (eval/heldout70, heldout71)", () => {
  it("其中根子镇3万亩, 两路街道、双龙湖街道各新增200个, 其中在汾湖高新区布局3所: the thing before", () => {
    expect(extract("到2028年，改造低效荔枝园10万亩，其中根子镇3万亩。").targets!.map((t) => t.object)).toEqual(["低效荔枝园", "低效荔枝园"]);
    expect(extract("今年底前，新增普惠托位1000个，其中两路街道、双龙湖街道各新增200个。").targets!.map((t) => t.object)).toEqual(["普惠托位", "普惠托位"]);
    // (a verb of its own leads the thing taken over: 布局学校)
    expect(extract("明年，全区新开工学校不少于8所，其中在汾湖高新区布局3所。").targets!.map((t) => t.object)).toEqual(["学校", "布局学校"]);
  });
  it("a kind of town or park stays the thing (特色小镇, 绿电园区)", () => {
    expect(extract("到2027年，建成特色小镇5个，建成绿电园区10个。").targets!.map((t) => t.object)).toEqual(["特色小镇", "绿电园区"]);
  });
});

describe("到本世纪中叶 as a deadline (eval/heldout31, heldout71)", () => {
  it("is 2050, as plans set it; 本世纪中叶 alone is the middle decades", () => {
    const r = extract("2026年5月1日\n到本世纪中叶，平均受教育年限达到14年。");
    expect(r.dates!.find((d) => d.text === "到本世纪中叶")?.to).toBe("2050-12-31");
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2050-12-31"]);
  });
});

describe("review of the rules above: where they must not fire", () => {
  it("组织 ending a noun is no verb (社会组织, 两新组织), nor in a subject", () => {
    const got = extract("到2027年，全省社会组织达到5万家，基层党组织达到3000个，新增两新组织1000家。").targets!;
    expect(got.map((t) => t.object)).toEqual(["社会组织", "基层党组织", "两新组织"]);
  });
  it("a going verb names things that go somewhere (30条赴欧货运航线); only people are sent to do something", () => {
    const got = extract("到2027年，开通30条赴欧货运航线，培育100名扎根基层的乡村医生。").targets!;
    expect(got.map((t) => t.object)).toEqual(["赴欧货运航线", "扎根基层的乡村医生"]);
  });
  it("a rating named after the place stays a rating when it opens the clause (辽宁省级示范步行街)", () => {
    const got = extract("沈阳市和平区印发方案。到2027年，辽宁省级示范步行街达到2条。").targets!;
    expect(got.map((t) => t.region)).toEqual(["210102"]);
  });
  it("计划累计 plans (该区计划累计投资120亿元)", () => {
    expect(extract("该区计划累计投资120亿元。").targets!.map((t) => t.min)).toEqual([12000000000]);
  });
  it("a winter plan (采暖期) gives no year's end; a headline on another place's like goal stays its own", () => {
    const winter = "市政府印发《2026—2027年采暖期大气污染防治攻坚方案》。\n《攻坚方案》提出，重污染天数控制在10天以内。";
    expect(extract(winter).targets!.map((t) => t.deadline)).toEqual([null]);
    const two = extract("武汉力争2027年新增高新技术企业1000家\n\n长沙市提出，到2027年新增高新技术企业1000家。").targets!;
    expect(two.map((t) => t.region)).toEqual(["420100", "430100"]);
  });
  it("a stage opened with no amount of its own, or looked back to (其中), keeps its deadline past the sentence end", () => {
    const plan = "市政府印发《城市更新行动方案（2026—2030年）》。";
    expect(extract(plan + "到2027年，城市更新取得阶段性成效。全市完成城中村改造30个。").targets!.map((t) => t.deadline)).toEqual(["2027-12-31"]);
    expect(extract(plan + "到2027年，改造老旧小区500个。其中，加装电梯1000部。").targets!.map((t) => t.deadline)).toEqual(["2027-12-31", "2027-12-31"]);
  });
});

describe("lists as plans lay them out (eval/heldout73)", () => {
  it("a dash item opening with its own date (——2027年底前，…) keeps the list going: the intro's date for the rest", () => {
    const text = "《方案》明确，到2028年，实现以下目标：\n——冰雪旅游人次突破1.6亿人次；\n——2027年底前，建成省级冰雪旅游度假区10个；\n——冰雪装备制造企业达到120家。";
    expect(extract(text).targets!.map((t) => t.deadline)).toEqual(["2028-12-31", "2027-12-31", "2028-12-31"]);
  });
  it("a goals heading with its horizon in brackets, lettered sub-headings under it", () => {
    const text = "二、目标任务（到2028年）\nA.种植基地\n●酿酒葡萄种植面积稳定在25万亩左右；\nB.酒庄建设\n●新建和提升酒庄30家，酒庄总数达到140家以上；\n三、保障措施\n市财政每年安排资金1亿元。";
    // (the fund of the measures after it, a yearly allocation, is left aside here)
    expect(extract(text).targets!.filter((t) => t.unit !== "元").map((t) => [t.min, t.object, t.deadline])).toEqual([
      [250000, "酿酒葡萄种植面积", "2028-12-31"],
      [30, "酒庄", "2028-12-31"],
      [140, "酒庄总数", "2028-12-31"],
    ]);
  });
});

describe("a dateline's 电 (eval/heldout73)", () => {
  it("is no 电 that opens a word after a place (赣州市电子信息产业): the place governs its item", () => {
    const got = extract("到2028年，南昌市、吉安市、赣州市电子信息产业营业收入分别达到5000亿元、3000亿元和2000亿元。").targets!;
    expect(got.map((t) => [t.object, t.region])).toEqual([
      ["电子信息产业营业收入", "360100"],
      ["电子信息产业营业收入", "360800"],
      ["电子信息产业营业收入", "360700"],
    ]);
    // (a dateline still says where the news was filed: 新华社南昌电 governs nothing)
    expect(extract("新华社南昌电 到2027年，全省建成5G基站5万个。").targets!.map((t) => t.region)).toEqual([null]);
  });
});

describe("stages of a plan and yearly quotas (eval/heldout55, heldout69, heldout72)", () => {
  it("分两个阶段设定目标 counts the plan's parts; a yearly quota after a part with its own deadline runs to the plan's end", () => {
    const text = "省政府印发《新能源汽车产业行动方案（2026—2028年）》（以下简称《行动方案》）。《行动方案》分两个阶段设定目标。\n《行动方案》还明确，2027年底前建成回收利用网络，网点覆盖率达到100%；每年培训维修技术人员不少于5000人次。";
    expect(extract(text).targets!.map((t) => [t.min, t.deadline])).toEqual([[100, "2027-12-31"], [5000, "2028-12-31"]]);
  });
});

describe("second review of the day's rules: where they must not fire", () => {
  it("a going verb after the thing ends it whatever is counted (企业赴青海考察对接)", () => {
    expect(extract("到2027年，组织200家以上江苏企业赴青海考察对接。").targets!.map((t) => t.object)).toEqual(["江苏企业"]);
  });
  it("a town or a street a verb of goals acts on is the thing (创建全国文明村镇50个, 改造城市街道20条)", () => {
    expect(extract("到2027年，创建文明村镇50个，改造城市街道20条。").targets!.map((t) => t.object)).toEqual(["文明村镇", "城市街道"]);
  });
  it("组织 after an adverb or an office is a verb (积极组织, 市文旅局组织)", () => {
    expect(extract("今年，全市将积极组织1000家企业参加境外展会，市文旅局组织100场活动。").targets!.map((t) => t.min)).toEqual([1000, 100]);
  });
  it("a province opening its clause before 省级 in a text on it alone keeps its goal", () => {
    expect(extract("2026年，山东省级重点项目完成投资3000亿元。").targets!.map((t) => t.region)).toEqual(["370000"]);
  });
  it("a milestone (2024年底前完成…编制。) is no stage: the plan's end governs the goals after it", () => {
    const text = "市政府印发《充电设施方案（2024—2026年）》。2024年底前，完成全市充电设施规划编制。全市新建公共充电桩1万个。";
    expect(extract(text).targets!.map((t) => t.deadline)).toEqual(["2026-12-31"]);
  });
  it("a dateline's 讯 stands before the text it opens (本报长沙讯近日): the city is where the news was filed", () => {
    expect(extract("本报长沙讯近日，省发改委印发方案，到2027年全省新建充电桩10万个。").targets!.map((t) => t.region)).toEqual([null]);
  });
});

describe("a clause of how often after the thing (eval/heldout69)", () => {
  it("开通至北京、上海的冷链专列，每周各不少于3列: the trains counted are the clause before's", () => {
    const got = extract("到2028年，开通至北京、上海的冷链专列，每周各不少于3列；建成物流园1个。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[3, "至北京、上海的冷链专列"], [1, "物流园"]]);
  });
});

describe("a paragraph a statistics office's report opens (eval/heldout74)", () => {
  it("its later sentences report too (其中…占比达到31.5%。…实现进出口410亿元), where nothing turns to what is to come", () => {
    const text = "青岛新闻网　2026-08-25\n据青岛海关统计，今年1—7月，青岛片区实现进出口1968.4亿元，同比增长8.3%。其中，对日本、韩国进出口占比达到31.5%。青岛西海岸综合保税区实现进出口410亿元。\n到2027年，实际使用外资累计力争达到20亿美元。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([2000000000]);
  });
});

describe("housing, marine and computing news (eval/heldout76–78)", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!;
  it("a column's tag before a headline (【大陆新闻】) is no part of the thing", () => {
    const got = goals("【大陆新闻】贵州力争2027年算力规模破80EFLOPS\n\n贵州省印发《行动计划》，提出到2027年建成智算中心5个。");
    expect(got.map((t) => [t.min, t.object])).toEqual([[80, "算力规模"], [5, "智算中心"]]);
  });
  it("去年 after where the reporter heard it governs its statement's parts joined by ；, a task reported done no goal cue", () => {
    const text = "记者从会上获悉，去年全市改造城镇老旧小区417个，惠及居民4.2万户；筹集保障性租赁住房1.36万套，超额完成省下达的1.2万套年度任务；完成棚户区改造1.1万户。今年全市将筹集保障性租赁住房1万套。";
    expect(goals(text).map((t) => t.min)).toEqual([10000]);
  });
  it("a part after 其中 takes the thing of the last goal of its unit, another goal between (…惠及居民3.6万户；其中…分别改造90个、85个)", () => {
    const got = goals("今年全市计划改造城镇老旧小区420个，惠及居民3.6万户；其中，新城区、碑林区分别改造90个、85个。");
    expect(got.map((t) => [t.min, t.object])).toEqual([[420, "城镇老旧小区"], [36000, "居民"], [90, "城镇老旧小区"], [85, "城镇老旧小区"]]);
  });
  it("现有 of the thing a verb acts on (修复现有红树林) is no report of what exists", () => {
    const got = goals("到2028年全区新增红树林营造面积1000公顷、修复现有红树林3500公顷。全区现有红树林9000公顷。");
    expect(got.map((t) => t.min)).toEqual([1000, 3500]);
  });
  it("units of new fields, as written: PFlops, 空方 of reefs, 尾 of fry", () => {
    const got = goals("到2027年，可调度算力达到2000PFlops；投放人工鱼礁10万空方以上，每年增殖放流苗种3000万至5000万尾。");
    expect(got.map((t) => [t.min, t.max, t.unit])).toEqual([[2000, 2000, "PFlops"], [100000, null, "空方"], [30000000, 50000000, "尾"]]);
  });
  it("the last of places an amount was shared out among governs no later sentence (…雨花区今年各完成…。…控制在35万元以内)", () => {
    const text = "长沙出台加装电梯新政\n来源：长沙晚报\n长沙市住建局印发方案。\n长沙计划到2028年累计完成加装电梯3000台；芙蓉区、天心区、雨花区今年各完成加装电梯120台以上。市住建局表示，力争把单台电梯加装成本控制在35万元以内。";
    // (the list's own goal is the last place's, as before; the next sentence's is the city's)
    expect(goals(text).map((t) => [t.min ?? t.max, t.region])).toEqual([[3000, "430100"], [120, "430111"], [350000, "430100"]]);
  });
  it("各区 as the subject (各区将…时限压缩至15个工作日以内) shares no list out: the thing is what the verb measures", () => {
    const got = goals("到2027年，各区将加装电梯联合审批时限压缩至15个工作日以内，各县(市、区)至少建成1个养老中心。");
    expect(got.map((t) => [t.min ?? t.max, t.object])).toEqual([[15, "加装电梯联合审批时限"], [1, "养老中心"]]);
  });
  it("funds pooled and loans made are goals of a plan (归集住房公积金180亿元, 发放…贷款)", () => {
    const got = goals("《计划》提出，今年全市归集住房公积金180亿元，发放个人住房贷款100亿元。");
    expect(got.map((t) => t.object)).toEqual(["住房公积金", "个人住房贷款"]);
  });
  it("a count of the set something is one of (10个国家数据中心集群之一) is no goal", () => {
    const got = goals("到2027年，中卫集群是国家布局的10个国家数据中心集群之一，建成5个智算中心。");
    expect(got.map((t) => t.min)).toEqual([5]);
  });
});

describe("reports, energy and talent news (eval/heldout79–81)", () => {
  const goals = (text: string, refDate?: string) => extract(text, refDate ? { refDate } : {}).targets!;
  it("an illustrated report's 【…成绩单】 reviews and 【…预期目标】 plans, its ● items no headings", () => {
    const text = "图解2026年五常市政府工作报告\n发布时间：2026-02-05\n一图读懂。\n【2025年成绩单】\n●地区生产总值完成286亿元，增长5.6%\n●粮食总产量达到35.2亿斤\n●城镇新增就业6200人\n【2026年主要预期目标】\n●地区生产总值增长5.5%\n●城镇新增就业6000人以上";
    expect(goals(text).map((t) => [t.min, t.deadline])).toEqual([[5.5, "2026-12-31"], [6000, "2026-12-31"]]);
  });
  it("目前 opening a statement reports where things stand; 人才计划 naming a scheme is no plan", () => {
    expect(goals("去年，全区新引进大学生12.3万人。目前，区内集聚两院院士68名、国家级人才计划入选者超过1600人。", "2026-03-01")).toEqual([]);
  });
  it("a local office named after a place (苏州市台湾事务办公室) is the city's; people invited to come (邀请…2000人次来苏参访)", () => {
    const got = goals("苏州市台湾事务办公室相关负责人表示，今年将举办两岸青年交流活动50场以上，邀请台湾青年2000人次来苏参访。", "2026-03-01");
    expect(got.map((t) => [t.min, t.object, t.region])).toEqual([[50, "两岸青年交流活动", "320500"], [2000, "台湾青年", "320500"]]);
  });
  it("a document's number (东政发〔2026〕6号) dates the writing, later than 2021年以来: its 2025 figures are reports", () => {
    const text = "东营市印发碳达峰实施方案\n\n近日，东营市人民政府印发《东营市碳达峰实施方案》（东政发〔2026〕6号）。\n\n方案提出，“十五五”期间，全市煤炭消费总量控制在1650万吨以内。\n\n作为石化产业大市，东营2025年规模以上工业能耗约3300万吨标准煤，占全市能源消费总量的87%。2021年以来，全市累计压减炼油产能1200万吨。";
    expect(goals(text).map((t) => t.max)).toEqual([16500000]);
  });
  it("a change in points and the share reached, power and energy by a slash: one thing", () => {
    const got = goals("到2028年，新型储能装机规模达到800万千瓦/3200万千瓦时；非化石能源消费比重比2025年提高8个百分点，达到20%。");
    expect(got.map((t) => [t.unit, t.object])).toEqual([
      ["千瓦", "新型储能装机规模"], ["千瓦时", "新型储能装机规模"], ["个百分点", "非化石能源消费比重"], ["%", "非化石能源消费比重"],
    ]);
  });
  it("市区 as a subject is the city; 全市 in a text on a prefecture is it, not a county-level city named before", () => {
    const text = "酒泉新能源三年计划出台\n来源：香港商报\n甘肃省酒泉市人民政府印发《酒泉市新能源产业行动计划》。\n《行动计划》提出，到2028年，敦煌市建成光热电站3至5座。同时，全市新增新型储能装机400万千瓦。市区每年新增充电桩不少于2000个。";
    expect(goals(text).map((t) => t.region)).toEqual(["620982", "620900", "620900"]);
  });
  it("a service to the people counted, with 为 before them (为8万名35至64岁适龄妇女提供…筛查), is a goal of those people", () => {
    const got = goals("今年将为8万名35至64岁适龄妇女提供“两癌”免费筛查，为全市2.3万名困难群众提供免费体检。去年为5000名残疾人提供康复服务。", "2026-03-01");
    expect(got.map((t) => [t.min, t.object])).toEqual([[80000, "35至64岁适龄妇女"], [23000, "困难群众"]]);
  });
  it("a section of tasks in a plan named by its period (《…“十五五”实施方案》 三、重点任务) plans to the period's end", () => {
    const text = "湖南省人民政府办公厅\n关于印发《洞庭湖生态环境综合治理“十五五”实施方案》的通知\n湘政办发〔2026〕15号\n\n三、重点任务\n（二）推进退田还湖。湘阴县、南县、沅江市合计清退矮围网围面积8万亩，恢复湿地面积不少于5万亩。";
    expect(goals(text).map((t) => [t.min, t.deadline])).toEqual([[80000, "2030-12-31"], [50000, "2030-12-31"]]);
  });
  it("a condition naming who qualifies, ending in 的 before a comma (入住率达到60%以上的，按每床…给予补贴), is no goal", () => {
    expect(goals("到2028年，全市新增养老床位2000张；入住率达到60%以上的，按每床每月200元给予运营补贴。").map((t) => t.min)).toEqual([2000]);
  });
  it("a rate with its base between 按 and 每 (按上网电量每千瓦时提取0.005元) is no goal", () => {
    expect(goals("到2030年，全市抽水蓄能装机达到360万千瓦，项目建成后按上网电量每千瓦时提取0.005元。").map((t) => t.min)).toEqual([3600000]);
  });
  it("a headline's verb cut to one character (今年再改400个以上) names no thing: the body's goal restates it", () => {
    const text = "昆明住建：今年再改400个以上\n\n按照《要点》，今年昆明将再改造城镇老旧小区400个以上，加装电梯500台。";
    expect(goals(text, "2026-01-28").map((t) => [t.min, t.object])).toEqual([[400, "城镇老旧小区"], [500, "电梯"]]);
  });
});

describe("market regulation news (eval/heldout82)", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!;
  it("places a body works with (加强与江北区、北碚区的执法协作) are not whose goal it is", () => {
    const text = "渝北区印发方案\n来源：重庆日报\n渝北区市场监管局相关负责人表示，下一步将加强与江北区、北碚区的执法协作，力争今年药品安全投诉举报按时办结率达到100%。";
    expect(goals(text).map((t) => t.region)).toEqual(["500112"]);
  });
  it("a milestone that a ； ends (2026年9月底前完成…检查；…新增…15家) is no horizon of the part after it; a 到 stage is", () => {
    const doc = "渝北区印发《渝北区药品安全提升行动方案（2026—2027年）》。《方案》要求，";
    expect(goals(doc + "2026年9月底前完成全区疫苗专项检查；新增24小时药店15家。").map((t) => t.deadline)).toEqual(["2027-12-31"]);
    expect(goals(doc + "到2026年底，建成智慧药房100家；新增24小时药店15家。").map((t) => t.deadline)).toEqual(["2026-12-31", "2026-12-31"]);
  });
  it("研发投入 is a noun, no verb of what follows (研发投入累计不低于1500亿元)", () => {
    expect(goals("到2030年，长安汽车研发投入累计不低于1500亿元。").map((t) => t.object)).toEqual(["长安汽车研发投入"]);
  });
  it("a place in an earlier clause's object (完成噶尔县…治理15万亩，新增人工防护林2000亩) yields to the place heading the line", () => {
    const got = goals("　　阿里地区：到2028年，完成噶尔县狮泉河镇周边沙化土地治理15万亩，新增人工防护林2000亩。");
    expect(got.map((t) => t.region)).toEqual(["542523", "542500"]);
  });
  it("营造 builds what follows it (营造乔灌草结合的防风固沙林带45公里)", () => {
    expect(goals("到2028年，在旗境南部营造乔灌草结合的防风固沙林带45公里。").map((t) => t.object)).toEqual(["乔灌草结合的防风固沙林带"]);
  });
  it("a zone acting before its verb (玛多县黄河源园区完成黑土滩治理30万亩): the thing is what the verb acts on", () => {
    expect(goals("到2030年，玛多县黄河源园区完成黑土滩治理30万亩。").map((t) => t.object)).toEqual(["黑土滩治理"]);
  });
  it("neighbours after 与, each written with its province (南与宁夏盐池县、陕西定边县接壤), own no goal of the text's place", () => {
    const text = "鄂托克前旗人民政府印发方案\n\n鄂托克前旗位于鄂尔多斯市西南部，南与宁夏盐池县、陕西定边县接壤。\n到2028年，全旗新增沙化土地治理60万亩。";
    expect(goals(text).map((t) => t.region)).toEqual(["150623"]);
  });
  it("a verb of support before places sharing amounts out (支持天元区、石峰区分别建设…2个和1个): each place its own", () => {
    const got = goals("到2027年，支持天元区、石峰区分别建设产业计量服务站2个和1个。");
    expect(got.map((t) => [t.min, t.region])).toEqual([[2, "430211"], [1, "430204"]]);
  });
});

describe("the review of the day's rules: what they must not catch", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!;
  const one = (text: string) => goals(text).map((t) => [t.min, t.object, t.region]);
  it("市区 before 两级, after 会同, is no subject: the district keeps its goals", () => {
    expect(goals("广州市天河区：今年，我区将争取市区两级资金3亿元，新建普惠性幼儿园8所。").map((t) => t.region)).toEqual(["440106", "440106"]);
    expect(goals("成都市武侯区：今年，全区将会同市区相关部门改造老旧院落100个。").map((t) => t.region)).toEqual(["510107"]);
  });
  it("邀请, 归集 and 发放 report as often as they plan: goals only where the sentence looks ahead; 邀请赛 is a match", () => {
    expect(goals("6月18日，第二十届海峡论坛在厦门开幕，大会邀请两岸嘉宾7000余人参加。")).toEqual([]);
    expect(goals("市公积金中心累计归集住房公积金1000亿元。")).toEqual([]);
    expect(goals("今年归集住房公积金120亿元。").map((t) => t.min)).toEqual([12000000000]);
    expect(one("今年将举办全国青少年足球邀请赛10场。")).toEqual([[10, "青少年足球邀请赛", null]]);
  });
  it("按计划每年, 按时每年: a schedule, no base of a rate", () => {
    expect(goals("到2028年，全市按计划每年新建中小学10所。").map((t) => t.min)).toEqual([10]);
    expect(goals("力争按时每年新增城镇就业1.2万人。").map((t) => t.min)).toEqual([12000]);
  });
  it("a 【】 tag that names the thing (【保障房】今年筹集1万套) stays its object", () => {
    expect(goals("【保障房】今年筹集1万套。").map((t) => t.object)).toEqual(["保障房"]);
    expect(goals("【营商环境】政务服务事项网办率达到98%以上。").map((t) => t.object)).toEqual(["政务服务事项网办率"]);
  });
  it("a bulleted heading of a plan (●2026年重点工作) under a review heading still plans", () => {
    const text = "一、2025年工作回顾\n全市地区生产总值完成286亿元。\n●2026年重点工作\n城镇新增就业6500人，新建学校3所。";
    expect(goals(text).map((t) => [t.min, t.deadline])).toEqual([[6500, "2026-12-31"], [3, "2026-12-31"]]);
  });
  it("各 of kinds and of longer words (各类, 各市场主体, 各地区) is no place shared out among", () => {
    expect(one("今年，全市将组织各类篮球比赛100场次。")).toEqual([[100, "各类篮球比赛", null]]);
    expect(one("到2027年，各市场主体新增研发投入100亿元。")).toEqual([[10000000000, "市场主体新增研发投入", null]]);
    expect(one("到2027年，全省各地区新建口袋公园500个。")).toEqual([[500, "口袋公园", null]]);
    expect(one("各区政府今年要新建口袋公园5个。")).toEqual([[5, "口袋公园", null]]);
  });
  it("a task still to do (要全面完成…目标任务, 为完成…任务) is a goal cue after a 去年 opener", () => {
    expect(goals("去年，全市改造老旧小区200个；要全面完成年度目标任务，新开工保障性住房5000套。").map((t) => t.min)).toEqual([5000]);
    expect(goals("去年，全市改造老旧小区200个；为完成省下达的任务，新开工保障性住房5000套。").map((t) => t.min)).toEqual([5000]);
  });
  it("交出…新成绩单 in a plan's heading is a slogan, no review", () => {
    expect(goals("三、2026年重点工作：奋力交出高质量发展新成绩单\n城镇新增就业6500人，新建学校3所。").map((t) => t.min)).toEqual([6500, 3]);
  });
  it("来访群众 are people, no coming; 尾矿库 counts no fish; 据悉 is where the news was heard", () => {
    expect(one("今年力争接待5000人次来访群众。")).toEqual([[5000, "来访群众", null]]);
    expect(goals("今年计划治理3尾矿库。")).toEqual([]);
    expect(goals("据悉，去年，全市改造老旧小区200个；新开工保障性住房5000套。")).toEqual([]);
  });
  it("延长至2027年的 is until then; 增至2030年的 after a 由 baseline is that year's value", async () => {
    const dates = (s: string) => extract(s, { refDate: "2026-03-01" }).dates!.map((d) => [d.text, d.type]);
    expect(dates("政策期限延长至2027年的年底。")[0]).toEqual(["至2027年", "deadline"]);
    expect(dates("产业规模由2025年的1000亿元增至2030年的3000亿元。")).toEqual([["2025年", "period"], ["2030年", "period"]]);
  });
});

describe("comparative round-ups (eval/heldout85)", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!;
  it("places sharing counts out, the thing after the last amount (分别打造3个和2个首发经济示范街区)", () => {
    const got = goals("到2028年，黄浦区、静安区分别打造3个和2个首发经济示范街区。");
    expect(got.map((t) => [t.min, t.object, t.region])).toEqual([[3, "首发经济示范街区", "310101"], [2, "首发经济示范街区", "310106"]]);
  });
  it("an estimate (按…测算，…有望超过2亿千瓦) and where things still stand (仍不足300小时) are no goals; 仍要 keeps a goal", () => {
    expect(goals("按当前各地规划测算，“十五五”期间全国新型储能新增装机有望超过2亿千瓦，但部分地区储能电站的年利用小时数仍不足300小时。")).toEqual([]);
    expect(goals("到2030年，全市森林覆盖率仍要保持在40%以上。").map((t) => t.object)).toEqual(["森林覆盖率"]);
    expect(goals("到2030年，全市耕地保有量仍不低于500万亩。").map((t) => t.min)).toEqual([5000000]);
    expect(goals("经测算，到2027年全省需新增充电桩5万个。").map((t) => t.min)).toEqual([50000]);
  });
});

describe("targets: rules from eval/heldout88–90 (2026-11-27)", () => {
  const goals = (text: string, refDate?: string) => extract(text, refDate ? { refDate } : {}).targets!;
  it("a bound before 有 after a verb bounds the amount (实现每个地市至少有1家)", () => {
    const [t] = goals("到2026年，实现每个地市至少有1家省级示范托育机构。");
    expect(t).toMatchObject({ min: 1, max: null, unit: "家", qualifier: "至少", object: "省级示范托育机构" });
  });
  it("an age changed is a goal (人均预期寿命提高1岁以上); an age picking people is none", () => {
    expect(goals("到2030年，居民人均预期寿命提高1岁以上。")).toMatchObject([{ min: 1, max: null, unit: "岁", object: "居民人均预期寿命" }]);
    expect(goals("到2030年，为60岁以上老年人提供服务。")).toEqual([]);
  });
  it("teams counted (400队以上); not 队伍", () => {
    expect(goals("到2028年，支持初创团队400队以上落地发展。")).toMatchObject([{ min: 400, unit: "队" }]);
    expect(goals("到2028年，组建5支队伍。")).toMatchObject([{ min: 5, unit: "支" }]);
  });
  it("截至 a past month is a day reached, though a scheme's name in quotes ends in 计划", () => {
    expect(goals("截至今年9月，「大湾区青年就业计划」累计录取约3400名香港青年。", "2026-10-16")).toEqual([]);
  });
  it("the last of places an earlier clause shared out among governs no later clause; the place before the list does", () => {
    const [, bank] = goals("广东省：支持广州、深圳、珠海各设立跨境理财综合服务中心1个，推动试点银行增至40家左右。");
    expect(bank).toMatchObject({ object: "试点银行", region: "440000" });
    const racks = goals("延安市在宝塔区、安塞区各建设1个绿色算力数据中心，标准机架规模合计达到2万架。").find((t) => t.unit === "架");
    expect(racks).toMatchObject({ region: "610600" });
    // (…but a clause about each of their shares keeps them: 每条, 均)
    const each = goals("张家界市：慈利县、桑植县各打造1条精品民宿集群带，每条集群带精品民宿不少于100家。").find((t) => t.min === 100);
    expect(each?.region).toBe("430822");
  });
  it("the last of a list of places another sentence named is not the subject of what follows", () => {
    const t = goals("新疆：一是畅通口岸通道，霍尔果斯、阿拉山口两大铁路口岸中欧班列年通行量达到1.6万列；二是完善农村路网，每年新改建农村公路1万公里以上。");
    expect(t.find((x) => x.unit === "公里")).toMatchObject({ region: "650000" });
  });
  it("a place's port area as a list item is the place's (防城港港区、北海港区分别新增…)", () => {
    const t = goals("广西：防城港港区、北海港区分别新增专业化泊位6个和4个。");
    expect(t.map((x) => [x.min, x.region, x.object])).toEqual([
      [6, "450600", "专业化泊位"],
      [4, "450500", "专业化泊位"],
    ]);
  });
});

describe("targets: more rules from eval/heldout88–90 (2026-11-27)", () => {
  const goals = (text: string, refDate?: string) => extract(text, refDate ? { refDate } : {}).targets!;
  it("works put into use are goals (今年全市将新投用学校6所)", () => {
    expect(goals("今年全市将新投用学校6所，新增学位5400个。", "2026-05-12").map((t) => [t.min, t.unit, t.object])).toEqual([
      [6, "所", "学校"],
      [5400, "个", "学位"],
    ]);
  });
  it("a yearly quota takes no deadline from an earlier sentence where no plan's end is known", () => {
    const t = goals("到2027年，培育国家5A级物流企业8家以上。每年新增规模以上物流企业20家。");
    expect(t.map((x) => [x.min, x.deadline])).toEqual([
      [8, "2027-12-31"],
      [20, null],
    ]);
  });
  it("places paired for aid after 与 are partners, not the text's own (结对帮扶)", () => {
    const text =
      "北京市朝阳区人民政府印发《朝阳区教育发展规划》。朝阳区新增学位2.6万个。\n\n在重点项目上，东坝、孙河地区将新建学校8至10所。朝阳区还将与河北省张家口市怀来县、张北县开展教育结对帮扶。";
    expect(goals(text).find((t) => t.unit === "所")?.region).toBe("110105");
  });
  it("a count of what 资助 funds is a goal; a sum so given is a subsidy", () => {
    expect(goals("到2028年，资助香港青年初创团队400队以上赴大湾区落地发展。")).toMatchObject([{ min: 400, max: null, unit: "队" }]);
    expect(goals("到2028年，对入驻团队每队资助5万元。")).toEqual([]);
  });
});

describe("targets: misfires a review found in the day's rules (2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("an age picking people after a change verb is no goal (提高65岁老年人健康管理率至75%)", () => {
    expect(goals("到2027年，提高65岁老年人健康管理率至75%。").map((t) => t.unit)).toEqual(["%"]);
    expect(goals("增加0至3岁婴幼儿托育服务供给，到2027年每千人口托位数达到4.5个。").map((t) => t.unit)).toEqual(["个"]);
  });
  it("runs of teams (队次) are the unit, not 队 and a thing 次", () => {
    expect(goals("到2027年，每年开展安全巡查300队次。")).toMatchObject([{ unit: "队次", object: "安全巡查" }]);
  });
  it("a port named after two places is the first one's, its second place no shared thing (上海港、宁波舟山港分别…)", () => {
    const pairs = (s: string) => goals(s).map((x) => [x.region, x.object]);
    expect(pairs("上海港、宁波舟山港分别完成集装箱吞吐量4900万标箱和3500万标箱。")).toEqual([
      ["310000", "集装箱吞吐量"],
      ["330200", "集装箱吞吐量"],
    ]);
    expect(pairs("宁波舟山港、上海港分别完成集装箱吞吐量3500万标箱和4900万标箱。")).toEqual([
      ["330200", "集装箱吞吐量"],
      ["310000", "集装箱吞吐量"],
    ]);
    // (one amount for every port, one goal: the thing after the last port's 港)
    expect(pairs("江苏：南通港、盐城港货物吞吐量分别达到3亿吨。")).toEqual([["320600", "货物吞吐量"]]);
  });
});

describe("targets: rules from eval/heldout91–93 (2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a document followed (按照《…》) does not state the goals of the one following it; nor does 全市 mean a place whose orders are followed", () => {
    const t = goals(
      "中共富锦市委、富锦市人民政府近日印发《关于做好2026年乡村全面振兴重点工作的实施意见》（以下简称《实施意见》）。\n　　富锦市是黑龙江省粮食产量最大的县级市。\n　　同时，《实施意见》按照《黑龙江省新一轮千亿斤粮食产能提升行动实施方案》和佳木斯市有关部署，提出了中长期目标：到2027年，全市高标准农田面积达到370万亩，农作物耕种收综合机械化率稳定在99%以上。",
    );
    expect(t.map((x) => x.region)).toEqual(["230882", "230882"]);
  });
  it("things used once (一次性塑料制品) are no one-off payment", () => {
    expect(goals("到2028年，全省一次性塑料制品使用量比2025年减少30%。")).toMatchObject([{ min: 30, unit: "%", object: "一次性塑料制品使用量" }]);
    expect(goals("对新评定的企业给予一次性奖励50万元。")).toEqual([]);
  });
  it("a bound and a stray blank before the number (突破 400万户)", () => {
    expect(goals("到2027年，全市千兆宽带用户突破 400万户。")).toMatchObject([{ min: 4000000, max: null, qualifier: "突破" }]);
  });
  it("a goals heading's paragraph that ends in a colon introduces the items after it, with its deadline", () => {
    const t = goals("一、发展目标\n　　到2028年，全市网络覆盖水平位居西部前列，具体目标如下：\n　　（一）5G网络。5G基站总数达到12万个，每万人拥有5G基站数达到37个。");
    expect(t.map((x) => x.deadline)).toEqual(["2028-12-31", "2028-12-31"]);
  });
});

describe("targets: bare numbers that 分别 shares out before the last one's unit (eval/heldout93)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("分别控制在38、39和40微克/立方米以内: three maximums, one per place, in order", () => {
    const t = goals("到2030年，西安、咸阳、渭南三市PM2.5平均浓度分别控制在38、39和40微克/立方米以内。");
    expect(t.map((x) => [x.max, x.unit, x.region, x.object])).toEqual([
      [38, "微克/立方米", "610100", "PM2.5平均浓度"],
      [39, "微克/立方米", "610400", "PM2.5平均浓度"],
      [40, "微克/立方米", "610500", "PM2.5平均浓度"],
    ]);
  });
  it("after a verb setting the places their task (会议要求万州区、…)", () => {
    const t = goals("重庆：会议要求万州区、涪陵区、黔江区PM2.5平均浓度分别控制在30、33、28微克/立方米以内。");
    expect(t.map((x) => [x.max, x.region])).toEqual([
      [30, "500101"],
      [33, "500102"],
      [28, "500114"],
    ]);
  });
  it("the last number's multiplier too (300万和500万千瓦; 300和500万千瓦)", () => {
    expect(goals("到2027年，两市新能源装机分别达到300万和500万千瓦。").map((x) => x.min)).toEqual([3000000, 5000000]);
    expect(goals("到2027年，两市新能源装机分别达到300和500万千瓦。").map((x) => x.min)).toEqual([3000000, 5000000]);
  });
});

describe("targets: more from eval/heldout93 (2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a yearly change in % after a cumulative one is of the same thing (单位GDP能耗累计下降13%，年均下降2.6%左右)", () => {
    const t = goals("《规划》提出，“十五五”期间，全省单位GDP能耗累计下降13%，年均下降2.6%左右。");
    expect(t.map((x) => x.object)).toEqual(["单位GDP能耗累计下降", "单位GDP能耗年均下降"]);
  });
  it("the count of what a document lays out is no goal (《方案》部署了六项重点工程)", () => {
    expect(goals("到2028年，全市森林覆盖率达到60%。围绕上述目标，《方案》部署了六项重点工程。").map((x) => x.unit)).toEqual(["%"]);
  });
});

describe("targets: misfires the second review found (2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a 分别 list takes the last number's multiplier only at its size, and never from a size class", () => {
    expect(goals("到2027年，甲、乙两县新增就业分别为9500和1.2万人。").map((t) => t.min)).toEqual([9500, 12000]);
    expect(goals("全省分别建成110和220千伏变电站12座。").map((t) => t.unit)).toEqual(["座"]);
    expect(goals("两港分别建成5万、10万吨级泊位3个。").map((t) => t.unit)).toEqual(["个"]);
    expect(goals("会议要求郑州、洛阳分别新建充电桩1万和5000个。").map((t) => [t.min, t.region])).toEqual([
      [10000, "410100"],
      [5000, "410300"],
    ]);
  });
  it("a place's own verb is no order followed (苏州市要求，今年全市…)", () => {
    expect(goals("南京市上周出台了方案。苏州市要求，今年全市新建充电桩2万个。")[0].region).toBe("320500");
  });
  it("a yearly change in % after a change in 个百分点 is not of the share", () => {
    expect(goals("到2027年，全市服务业增加值比重提高3个百分点，年均增长8%。")[1].object).toBe("年均增长");
  });
  it("资助 counts of the past stay reports", () => {
    expect(goals("本次评审共资助项目86项。")).toEqual([]);
  });
  it("其中 ties a yearly quota to the goal before it, deadline and all", () => {
    expect(goals("到2027年底，全市改造老旧小区500个。其中，每年改造老旧小区不少于150个。").map((t) => t.deadline)).toEqual(["2027-12-31", "2027-12-31"]);
  });
  it("an age changed, then a verb (人均预期寿命提高1岁达到80岁)", () => {
    expect(goals("到2027年，全市人均预期寿命提高1岁达到80岁。").map((t) => t.min)).toEqual([1, 80]);
  });
});

describe("targets: a holiday's report (eval/heldout94)", () => {
  it("假期期间 opens a report; a plan for the holiday still looks ahead (将, 力争, 计划)", () => {
    expect(extract("假期期间，全省2.6万家民宿平均入住率达到78%。", { refDate: "2026-10-09" }).targets).toEqual([]);
    expect(extract("春节假期期间，全市将推出文旅活动200场以上，力争接待游客突破500万人次。", { refDate: "2026-10-09" }).targets!.map((t) => t.min)).toEqual([200, 5000000]);
  });
});

describe("targets: from eval/heldout97 (2026-11-27)", () => {
  it("a section reporting what was done (一、2025年工作开展情况) holds no goals; a plan's year as topic gives its items their deadline", () => {
    const text =
      "武侯区民政局2025年工作总结和2026年工作计划\n发布时间：2026-01-08\n\n一、2025年工作开展情况\n　　（一）养老服务提质增效。新增养老床位420张，全区养老床位总数达到6850张。\n\n二、2026年工作计划\n　　2026年是“十五五”开局之年。区民政局将重点抓好以下工作：\n　　一是扩大养老服务供给。新增养老床位300张以上，护理型床位占比提高到65%。";
    expect(extract(text).targets!.map((t) => [t.min, t.deadline])).toEqual([
      [300, "2026-12-31"],
      [65, "2026-12-31"],
    ]);
  });
  it("amounts listed after a rate per head and period are rates too (低保标准分别达到每人每月850元、780元和760元)", () => {
    expect(extract("到2027年，长沙、株洲、湘潭三市城市低保标准分别达到每人每月850元、780元和760元。").targets).toEqual([]);
  });
});

describe("targets: more from eval/heldout97 (2026-11-27, late)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a bound before a verb of having (每个行政村至少建有1个)", () => {
    expect(goals("（二）到2030年，每个行政村至少建有1个互助养老服务点。")).toMatchObject([{ min: 1, max: null, qualifier: "至少", object: "互助养老服务点" }]);
  });
  it("a per-head rate raised (由每人每月300元提高到400元) is a standard, no goal", () => {
    expect(goals("到2027年，护理补贴标准由每人每月300元提高到400元。")).toEqual([]);
  });
  it("a section of progress (一、第三季度工作进展) reports", () => {
    const t = goals("南宁市民政局2026年第三季度工作进展及第四季度工作安排\n（2026年10月12日）\n\n一、第三季度工作进展\n　　1.养老服务。新增养老床位380张，全市老年助餐服务点累计达到412个。\n\n二、第四季度工作安排\n　　1.养老服务。年底前新增养老床位200张。");
    expect(t.map((x) => x.min)).toEqual([200]);
  });
});

describe("targets: from eval/heldout100 and heldout101 (2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a bound the date leaves out (今年|内推动) starts no thing; 个 counts 项目", () => {
    expect(goals("下一步将建立工作台账，今年内推动不少于30个项目完成签约。")).toMatchObject([{ min: 30, unit: "个", object: "项目" }]);
    // (not a word that opens there: 今年内蒙古…)
    expect(goals("今年内蒙古将新建光伏电站20座。")[0].object).toBe("光伏电站");
  });
  it("a clause set against this year's plan (…平均为5.1%，今年将控制在5.5%以内) gives what was; the goal takes its thing", () => {
    expect(goals("2026年1月20日\n城镇调查失业率平均为5.1%，今年将控制在5.5%以内。")).toMatchObject([{ min: null, max: 5.5, object: "城镇调查失业率" }]);
  });
  it("a goal with no thing of its own takes the figure's before it in the sentence, in its unit", () => {
    const t = goals("2026年1月20日\n全市去年完成职业技能培训12.3万人次，同比增长9.2%，今年计划培训13万人次。");
    expect(t).toMatchObject([{ min: 130000, unit: "人次", object: "职业技能培训" }]);
  });
  it("a growth with only its verb measures the thing of the figure before it (…达到45180元，同比增长5.3%，2026年预期增长5.5%左右)", () => {
    const t = goals("2026年1月20日\n2025年全体居民人均可支配收入达到45180元，同比增长5.3%，2026年预期增长5.5%左右。");
    expect(t).toMatchObject([{ min: 5.5, approx: true, object: "全体居民人均可支配收入增长", deadline: "2026-12-31" }]);
  });
  it("a year not yet run opening a clause with a goal cue turns from the review before it (…，2026年目标增长6%)", () => {
    const text = "2026年1月20日\n2025年全市社会消费品零售总额完成2180亿元，同比增长5.8%，2026年目标增长6%。";
    expect(goals(text)).toMatchObject([{ min: 6, unit: "%", object: "社会消费品零售总额增长" }]);
    // (a month of the year reported is no goal: 2026年1月增长3%)
    expect(goals("2026年2月20日\n2025年全市社会消费品零售总额完成2180亿元，同比增长5.8%，2026年1月增长3%。")).toEqual([]);
  });
});

describe("targets: from eval/heldout101 and heldout102 (2026-11-27, later)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("布设 is a verb of goals; a list of places closed by 等 before it is where, not what", () => {
    expect(goals("南京今年将在新街口、夫子庙等商圈布设以旧换新服务网点500个。")).toMatchObject([{ min: 500, verb: "布设", object: "以旧换新服务网点" }]);
  });
  it("沿线 before the verb is where the thing goes (沿线布设加氢站30座)", () => {
    expect(goals("到2030年，沿线布设加氢站30座。")).toMatchObject([{ min: 30, unit: "座", object: "加氢站" }]);
  });
  it("设置 and 新设 stay no verbs of goals: a plan's indicators, a standard, a count of firms set up", () => {
    expect(goals("规划设置24项主要指标，其中约束性指标9项。")).toEqual([]);
  });
});

describe("targets: deadlines and counts of places from eval/heldout102 (2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a plan's years in Chinese numerals (二〇二六—二〇二八年) end it", () => {
    const text = "庆阳市人民政府办公室关于印发《庆阳市新能源和储能产业发展实施方案（二〇二六—二〇二八年）》的通知\n\n为贯彻落实《甘肃省“十五五”能源发展规划》，制定本方案。\n一、发展目标\n　　到二〇二七年，全市新能源并网装机达到一千万千瓦。\n二、重点任务\n　　（一）建设新能源基地。在环县布局风光储一体化项目，新增风电装机三百万千瓦。";
    expect(goals(text).map((t) => t.deadline)).toEqual(["2027-12-31", "2028-12-31"]);
  });
  it("a deadline of a part opened by 其中 ends with its sentence", () => {
    const text = "“十五五”期间新建特高压外送通道3条以上，其中2028年底前建成投运1条。全区新建750千伏输变电工程12项。";
    expect(goals(text).map((t) => [t.min, t.deadline])).toEqual([
      [3, "2030-12-31"],
      [1, "2028-12-31"],
      [12, "2030-12-31"],
    ]);
  });
  it("a count of divisions that act in the words after it (实现十四个地州市750千伏全覆盖, 11个区“领任务”) is no goal", () => {
    expect(goals("到2030年，实现十四个地州市750千伏全覆盖。")).toEqual([]);
    expect(goals("南京城市更新三年任务清单　11个区“领任务”")).toEqual([]);
    expect(goals("到2027年，建成示范县5个。")).toMatchObject([{ min: 5, object: "示范县" }]);
  });
});

describe("targets: verbs from eval/heldout100 (2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("筹建 and 消除 are verbs of goals; 另 before the verb is no part of the thing", () => {
    expect(goals("「十五五」时期全市筹建保障性住房40万套，另筹集宿舍型保障性租赁住房6万间。")).toMatchObject([
      { min: 400000, object: "保障性住房" },
      { min: 60000, object: "宿舍型保障性租赁住房" },
    ]);
    expect(goals("到2028年，消除易涝积水点40处。")).toMatchObject([{ min: 40, unit: "处", object: "易涝积水点" }]);
  });
});

describe("targets: an event held so often (eval/heldout101, 2026-11-27)", () => {
  it("the event named in the clause before is the thing of its sessions (举办「佛港消费节」，每年不少于2场)", () => {
    expect(extract("到2027年，佛山将与香港合作举办「佛港消费节」，每年不少于2场。").targets).toMatchObject([{ min: 2, unit: "场", object: "佛港消费节" }]);
  });
});

describe("targets: the review of 2026-11-27's rules (misfires held)", () => {
  const goals = (text: string) => extract(text).targets!;
  const at = "2026年3月5日\n";
  it("a clause before 今年将 stays a goal under a deadline, a document or a bound, or where this year's clause has no amount in its unit", () => {
    expect(goals(at + "到2027年，全市新建公共充电桩5万个，今年将新建1.2万个。").map((t) => t.min)).toEqual([50000, 12000]);
    expect(goals(at + "《意见》提出，到2030年，大宗固体废弃物年利用量达到45亿吨左右，今年将重点推进废旧动力电池回收利用。").map((t) => t.min)).toEqual([4500000000]);
    expect(goals(at + "坚持就业优先，城镇新增就业6万人以上，今年要重点做好高校毕业生就业工作。").map((t) => t.min)).toEqual([60000]);
  });
  it("a thing taken from a figure leaves out its words of report, and no part singled out by 其中 or another sum's purpose", () => {
    expect(goals(at + "目前，全市已有国家级专精特新“小巨人”企业120家，今年力争新增30家。")[0].object).toBe("新增国家级专精特新“小巨人”企业");
    expect(goals(at + "全市共有各类市场主体50万户，其中个体工商户35万户，今年力争新增5万户。")[0].object).not.toContain("个体工商户");
    expect(goals(at + "去年共发放消费券2亿元，带动消费20亿元，今年将安排5000万元。")[0].object).toBeNull();
    expect(goals(at + "去年全县实际使用外资3.26亿美元，今年力争达到3.5亿美元以上。")[0].object).toBe("实际使用外资");
  });
  it("the progress of a year's tasks (2026年目标任务完成率达到52%) turns to nothing ahead", () => {
    expect(goals("2026年7月15日\n今年上半年，全市完成固定资产投资560亿元，2026年目标任务完成率达到52%。")).toEqual([]);
  });
  it("a county named after the date (今年内乡县…) keeps its name; 预期寿命 is the measure", () => {
    expect(goals(at + "今年内乡县计划新建标准化厂房10万平方米。")[0].object).toBe("标准化厂房");
    expect(goals("到2030年，预期寿命提高到80岁以上。")[0].object).toBe("预期寿命");
  });
  it("布设 needs a look ahead; 沿线 before a noun is part of the thing; a long place list closed by 等 is where", () => {
    expect(goals("本次普查全市共布设样点1.2万个，采集土壤样品3.6万份。")).toEqual([]);
    expect(goals("到2027年，沿线城市货运量达到2亿吨。")[0].object).toBe("沿线城市货运量");
    expect(goals(at + "今年将在新街口、夫子庙、河西万达等商圈布设智能充电桩500个。")[0].object).toBe("智能充电桩");
  });
  it("二零二六—二零二八年 ends in 2028; a 其中 deadline opening a list with a colon carries on", () => {
    const t = goals("《南京市口袋公园建设三年行动方案（二零二六—二零二八年）》提出，新建口袋公园300个。");
    expect(t.map((x) => x.deadline)).toEqual(["2028-12-31"]);
  });
  it("a count of divisions is a goal where a verb of goals stands before it or the places are to become something", () => {
    expect(goals("到2027年，全市建成100个街道“15分钟生活圈”。")).toHaveLength(1);
    expect(goals("到2027年，新增10个乡镇“一站式”便民服务中心。")).toHaveLength(1);
    expect(goals("今年将培育10个乡镇成为全省乡村振兴示范镇。")).toHaveLength(1);
  });
  it("全年 between a list of places and 分别 is no thing (铜山区、贾汪区全年分别完成投资…)", () => {
    expect(goals(at + "铜山区、贾汪区全年分别完成投资260亿元和90亿元。").map((t) => t.object)).toEqual(["投资", "投资"]);
  });
});

describe("targets: the second review of 2026-11-27 (misfires held)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("under a deadline, clauses before 今年将 stay goals and the 今年 goals take their own thing", () => {
    const t = goals("2026年3月5日\n到2028年，全市改造城中村50个；新建口袋公园300个，今年将建成100个；新增公共停车泊位3万个，今年将新增1万个。");
    expect(t.map((x) => x.min)).toEqual([50, 300, 100, 30000, 10000]);
    expect(t[2].object).toContain("口袋公园");
    expect(t[4].object).toContain("公共停车泊位");
  });
  it("消除 in an inspection's report is no goal", () => {
    expect(goals("2026年3月5日\n全市共排查安全隐患1.2万处，消除隐患1.1万处，整改率达95%。")).toEqual([]);
  });
  it("a figure's thing keeps words that open like a report's (有机茶园)", () => {
    expect(goals("2026年3月5日\n去年全市有机茶园面积达到12万亩，今年将新增2万亩。")[0].object).toContain("有机茶园面积");
  });
});

describe("targets: a bound before the verb over a list of kinds (eval/heldout104, 2026-11-27)", () => {
  it("至少建成远程会诊、医学影像…5个资源共享中心 is at least 5", () => {
    expect(extract("到2027年，每个医共体至少建成远程会诊、医学影像、心电诊断、医学检验、消毒供应5个资源共享中心。").targets).toMatchObject([
      { min: 5, max: null, qualifier: "至少", object: "资源共享中心" },
    ]);
  });
});

describe("targets: more from eval/heldout104 (2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a count opening a part singled out by 其中 counts the subject of the clause before", () => {
    expect(goals("到2027年，全市旗县级综合医院全部达到二级甲等以上水平，其中3至4家达到三级医院服务能力。")).toMatchObject([{ min: 3, max: 4, object: "旗县级综合医院" }]);
  });
  it("仅有 reports what there is", () => {
    expect(goals("2026年3月5日\n全市13家县级综合医院中，达到三级医院服务能力的仅有4家。")).toEqual([]);
  });
});

describe("targets: the third review of 2026-11-27 (misfires held)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a figure of a total lends no thing (…、总量突破18万户，今年力争新增2.3万户)", () => {
    expect(goals("2026年3月5日\n去年全市新增市场主体2.1万户、总量突破18万户，今年力争新增2.3万户。")[0].object).toContain("市场主体");
  });
  it("a thing opening like a report's word keeps it (有轨电车线路)", () => {
    expect(goals("2026年3月5日\n去年全市有轨电车线路达到45公里，今年将新建12公里。")[0].object).toContain("有轨电车线路");
  });
});

describe("targets: 县（市、区） as one word (third review, 2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!;
  it("a 、 inside brackets parts no items; every one of the places and its bound are no thing", () => {
    expect(goals("到2027年，各县（市、区）分别建成2个以上示范点。")[0].object).toBe("示范点");
    expect(goals("到2027年，创建示范县（市、区）5个。")[0].object).toBe("示范县（市、区）");
    const t = goals("到2028年，全省新建标准化零工市场200个，每个县（市、区）至少建成1个。");
    expect(t[1]).toMatchObject({ min: 1, max: null, qualifier: "至少" });
    expect(t[1].object).toContain("标准化零工市场");
  });
});

describe("targets: a document's body under its own title as a heading (2026-11-27)", () => {
  it("the goals after the title line (even wrapped over two lines) are that document's", () => {
    const text =
      "西安市住房和城乡建设局关于印发《西安市城市地下管网建设实施方案》的通知\n\n现将《西安市城市地下管网建设实施方案》印发给你们，请认真贯彻落实。\n\n西安市城市地下管网\n建设实施方案\n\n为落实《陕西省城市基础设施生命线安全工程建设三年行动方案》部署，制定本方案。\n一、工作目标\n到2028年，全市完成老化管道更新改造1200公里。";
    const r = extract(text);
    expect(r.targets!.map((t) => r.documents![t.document!]?.title)).toEqual(["西安市城市地下管网建设实施方案"]);
  });
});

describe("goals met in trade and livelihood plans", () => {
  const goal = (text: string, written: string, refDate?: string) =>
    extract(text, refDate ? { refDate } : {}).targets!.find((t) => t.text.includes(written));
  const regionOf = (text: string, written: string) => goal(text, written)?.region;

  it("counts 家次 (visits to firms) as a unit of its own", () => {
    const t = goal("到2026年底，开展安全生产执法检查不少于4000家次。", "4000");
    expect([t?.min, t?.max, t?.unit, t?.object]).toEqual([4000, null, "家次", "安全生产执法检查"]);
  });

  it("takes no region from a place goods pass through or are shipped to (经, 出口)", () => {
    const text = "高州市印发《高州市荔枝产业行动方案》，提出到2028年，全市荔枝产值突破120亿元，经香港出口的鲜果量达到2万吨。";
    expect(regionOf(text, "2万吨")).toBe("440981");
    const ship = "黑龙江省印发方案，到2028年，中欧班列年开行量达到800列以上，其中经绥芬河、满洲里出境的不少于500列。";
    expect(regionOf(ship, "500列")).not.toBe("150781");
  });

  it("does not read 全市 as a city whose orders a county-level city follows", () => {
    const text = "凭祥市加快口岸经济发展若干措施\n\n为落实崇左市关于建设自由贸易试验区崇左片区的部署要求，结合我市实际，制定以下措施，力争到2028年全市进出口总额突破2500亿元。";
    expect(regionOf(text, "2500亿元")).toBe("451481");
  });

  it("reads a growth rate in the body of a plan under its own title as a goal, not one in a plan's background", () => {
    const text = "《凭祥市加快口岸经济发展若干措施》已经市人民政府同意，现印发给你们。\n\n凭祥市加快口岸经济发展若干措施\n\n一、发展落地加工\n（五）引进加工企业20—30家。\n（六）支持综合保税区开展跨境电商业务，跨境电商交易额年均增长25%。";
    expect(goal(text, "25%")).toMatchObject({ min: 25, max: 25, unit: "%" });
    const past = "《凭祥市加快口岸经济发展若干措施》已经市人民政府同意，现印发给你们。\n\n凭祥市加快口岸经济发展若干措施\n\n2025年，全市跨境电商交易额增长25%。\n（一）引进加工企业20—30家。";
    expect(goal(past, "25%", "2026-04-27")).toBeUndefined();
    // (nor a rate per unit, a price rule: 每千瓦时降低0.05元)
    const rate = "《凭祥市降低企业用能成本若干措施》已经市人民政府同意，现印发给你们。\n\n凭祥市降低企业用能成本若干措施\n\n（一）对园区企业用电每千瓦时降低0.05元。";
    expect(goal(rate, "0.05")).toBeUndefined();
  });

  it("reads a bounded growth as a goal where the next clause of its sentence opens with a goal", () => {
    const text = "山东省印发《若干措施》。在业态创新方面，全省跨境电商进出口额年均增长15%以上，新建省级跨境电商产业园10个。";
    expect(goal(text, "15%")).toMatchObject({ min: 15, max: null, unit: "%" });
  });

  it("reads the items after a bare lead-in (具体到各片区：) as goals of the sentence before it", () => {
    const text = "云南网讯 《行动方案》提出，到“十五五”末，自贸试验区外贸进出口额力争突破500亿元。具体到各片区：\n1.昆明片区：培育新业态企业300家；\n3.德宏片区：推动边境经济合作区联动发展，边民互市贸易额年均增长15%左右。";
    expect(goal(text, "15%左右", "2026-04-16")).toMatchObject({ min: 15, max: 15, unit: "%" });
  });

  it("reads no goal in the count of a list (以下12件, 上述10项)", () => {
    const text = "2026年，结合民生工作部署，确定以下12件为民办实事项目。上述10项任务年底前完成。";
    expect(extract(text, { refDate: "2026-02-10" }).targets!.filter((t) => t.unit === "件" || t.unit === "项")).toEqual([]);
  });

  it("takes the thing before an amount that closes a list of tasks (1万户等任务)", () => {
    const text = "省政府办公厅印发《贵州省2026年十件民生实事》，明确全省今年新建公办幼儿园100所、完成农村危房改造和农房抗震改造1万户等任务。";
    const t = goal(text, "1万户", "2026-02-10");
    expect(t?.object).toContain("危房改造");
    expect(t?.object).not.toContain("任务");
  });

  it("reads the goals a document states after the past day it came out (10月上旬，…印发《…》，提出…)", () => {
    const text = "2026-10-20 来源：经济参考报\n10月上旬，广西壮族自治区口岸管理办公室印发《广西口岸通关便利化提升行动方案（2026—2027年）》，提出东兴、凭祥等口岸进出境货车通关时间压缩至30分钟以内，并于2027年上半年建成示范项目3个。";
    expect(goal(text, "30分钟")).toMatchObject({ min: null, max: 30, unit: "分钟" });
    // (a report of that month stays one)
    const report = "2026-10-20 来源：经济参考报\n10月上旬，全区口岸进出境货车通关时间压缩至30分钟以内，并于2027年上半年建成示范项目3个。";
    expect(goal(report, "30分钟")).toBeUndefined();
  });
});

describe("goals a second review found misread", () => {
  const goals = (text: string) => extract(text).targets!.map((t) => ({ text: t.text, min: t.min, max: t.max, unit: t.unit, object: t.object, qualifier: t.qualifier, approx: t.approx }));
  it("reads no past in 项目前期 (目前 is inside 项目)", () => {
    expect(goals("2026年4月10日电 今年，全市将加快项目前期工作，确保全年新开工项目100个。")).toContainEqual(expect.objectContaining({ min: 100, unit: "个" }));
  });
  it("reads a goal for the half-year still running that a goal word opens (确保上半年…), not a report of it", () => {
    expect(goals("2026年4月10日电 确保上半年完成年度计划投资的55%以上。")).toContainEqual(expect.objectContaining({ min: 55, max: null, unit: "%" }));
    expect(goals("2026年4月10日电 上半年完成年度计划投资的55%。")).toEqual([]);
  });
  it("reads 约为 as approximate, outside the thing; 约占 says what a place weighs", () => {
    const ts = goals("2026年2月10日电 到2027年，全市森林覆盖率约为45%。");
    expect(ts).toContainEqual(expect.objectContaining({ min: 45, max: 45, object: "森林覆盖率", qualifier: "约为", approx: true }));
    expect(goals("2026年2月10日电 长三角经济总量约占全国的24%。")).toEqual([]);
    // (a base in Latin letters between a bound and its share: 不低于GDP的3%)
    expect(goals("2026年2月10日电 到2027年，全社会研发经费支出不低于GDP的3%。")).toContainEqual(expect.objectContaining({ min: 3, max: null, qualifier: "不低于" }));
  });
  it("keeps nouns that open with a verb of goals whole (孵化器, 研发投入)", () => {
    const ts = goals("2026年2月10日电 到2027年，建成孵化器10个，新增研发投入5亿元，研发投入不低于GDP的3%。");
    expect(ts.map((t) => t.object)).toEqual(["孵化器", "研发投入", "研发投入"]);
    expect(ts[2]).toMatchObject({ min: 3, max: null, qualifier: "不低于" });
  });
  it("reads a range spaced off whole (培育企业 2至3 个, 引进 ５０～８０ 家)", () => {
    const ts = goals("2026年2月10日电 到2027年，培育专精特新企业 2至3 个，引进企业 ５０～８０ 家。");
    expect(ts).toContainEqual(expect.objectContaining({ min: 2, max: 3, unit: "个", object: "专精特新企业" }));
    expect(ts).toContainEqual(expect.objectContaining({ min: 50, max: 80, unit: "家", object: "企业" }));
  });
  it("gives places that share out work the thing of the clause before them", () => {
    const ts = goals("2026年6月10日电 各地要在8月底前组织开展避险转移实战演练，毕节市、六盘水市各不少于50场，其他市（州）各不少于20场。");
    expect(ts.filter((t) => t.unit === "场").map((t) => [t.min, t.object])).toEqual([[50, "避险转移实战演练"], [20, "避险转移实战演练"]]);
    // (not where that clause holds an amount of its own: its goal is its own)
    const own = goals("2026年6月10日电 到2028年，全县新建滨水健身步道30公里，其中浦市镇、武溪镇各建设10公里以上。");
    expect(own.find((t) => t.min === 10)?.object).toContain("健身步道");
  });
});

describe("page furniture and more verbs", () => {
  const goals = (text: string) => extract(text).targets!.map((t) => ({ text: t.text, min: t.min, unit: t.unit, object: t.object }));
  it("skips a block of links to other articles up to the next running text, and the lines 上一篇/下一篇", () => {
    const text = "标题\n相关链接：合肥市人民政府\n到2027年，四川省新建公共充电桩不少于10万个。截至去年底已建成8.6万个。";
    expect(goals(text)).toContainEqual(expect.objectContaining({ min: 100000, unit: "个" }));
    const links = "2026年3月1日电 到2027年，全市新建充电桩1万个。\n相关阅读：\n长沙市到2027年建成5G基站5万个\n武汉：新建公园100个\n下一篇：株洲市到2027年建成5G基站1万个";
    expect(goals(links).map((t) => t.min)).toEqual([10000]);
    // (two pages copied one after the other: the second one's goals count too)
    const two = "2026年3月1日电 到2027年，全市新建充电桩1万个。\n相关新闻：\n长沙市建成5G基站5万个\n2026年3月2日电 到2028年，全省新建公园100个，新增绿道500公里以上。";
    expect(goals(two).map((t) => t.min)).toEqual([10000, 100, 500]);
  });
  it("reads 创造, 帮助 and 兑现 as verbs of goals", () => {
    expect(goals("2026年2月10日电 到2030年，全市创造就业岗位5万个。")).toContainEqual(expect.objectContaining({ min: 50000, object: "就业岗位" }));
    expect(goals("2026年2月10日电 今年将兑现惠企资金10亿元。")).toContainEqual(expect.objectContaining({ min: 1000000000, object: "惠企资金" }));
    expect(goals("2026年2月10日电 去年，全市创造就业岗位5万个，帮助2000人就业。")).toEqual([]);
  });
  it("counts Hong Kong's flats (伙)", () => {
    expect(goals("2026年3月1日 香港特區政府今年將興建三萬伙過渡性房屋。")).toContainEqual(expect.objectContaining({ min: 30000, unit: "伙" }));
  });
});

describe("goals of government services, talent and marine plans", () => {
  const all = (text: string) => extract(text).targets!;
  const goals = (text: string) => all(text).map((t) => ({ text: t.text, min: t.min, max: t.max, unit: t.unit, object: t.object, region: t.region }));
  it("takes no place as the text's own that it only helps (配合琼海市、文昌市…)", () => {
    const text = "三沙市政府工作报告（摘要）\n\n——2026年1月22日在三沙市第三届人民代表大会第五次会议上\n\n二、2026年主要目标\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；完成珊瑚礁生态修复面积20公顷以上。三沙渔业服务基地年内建成渔民服务中心1个；配合琼海市、文昌市做好渔民转产转业。\n\n让我们在海南省委、省政府坚强领导下，为建设美丽三沙而努力奋斗！";
    expect(goals(text).find((t) => t.min === 20)?.region).toBe("460300");
  });
  it("reads the value a change goes to as the goal, and its thing before 由 (由目前的58万人增至120万人)", () => {
    const ts = goals("2026年11月20日电 根据《倍增计划》，到2030年，郑州高技能人才总量由目前的58万人增至120万人，年均增长约15%。");
    expect(ts).toContainEqual(expect.objectContaining({ min: 1200000, unit: "人", object: "高技能人才总量" }));
    expect(ts.some((t) => t.min === 580000)).toBe(false);
    // (a change already made stays a report)
    expect(goals("2026年11月20日电 全市高技能人才总量由2020年的30万人增至目前的58万人。")).toEqual([]);
  });
  it("reads no goal in a policy named by its count of articles (人才发展新政十二条)", () => {
    expect(goals("2026年4月8日电 成都发布人才发展新政十二条，到2027年新增人才公寓1万套。").map((t) => t.unit)).toEqual(["套"]);
  });
  it("reads a list widened to a size (拓展至100项) as a goal", () => {
    expect(goals("2026年3月1日电 到2030年，“一件事一次办”事项拓展至100项。")).toContainEqual(expect.objectContaining({ min: 100, unit: "项", object: "“一件事一次办”事项" }));
  });
  it("reads amounts shared out by 分别 past a numeral opening a quoted name (“一件事”)", () => {
    const ts = goals("2026年3月1日电 到2027年，在南岗区、道里区、松北区分别设置“一件事”综合受理专窗10个、8个和6个。");
    expect(ts.map((t) => [t.min, t.region])).toEqual([[10, "230103"], [8, "230102"], [6, "230109"]]);
  });
  it("takes the thing before the amount, not a quoted name of what it is to become after it; a quoted name after a verb and its count is the thing", () => {
    expect(goals("2026年3月1日电 到2027年，实现跨境高频事项60项“一网通办”。")).toContainEqual(expect.objectContaining({ min: 60, object: "跨境高频事项" }));
    expect(goals("2026年3月1日电 到2028年，灵山县、浦北县各建设1个「无水港」。")[0]?.object).toContain("无水港");
    expect(goals("2026年3月1日电 到2027年，新建“15分钟便民生活圈”20个。")).toContainEqual(expect.objectContaining({ min: 20, object: "“15分钟便民生活圈”" }));
  });
  it("reads what was done since a day of this year already past (已于今年1月…) as a report", () => {
    expect(goals("2026年3月10日电 记者了解到，松北区已于今年1月率先试点“企业开办一件事”，企业开办时间压缩至0.5个工作日。")).toEqual([]);
  });
});

describe("a third review's findings on the rules above", () => {
  const goals = (text: string, refDate = "2026-03-01") => extract(text, { refDate }).targets!.map((t) => ({ text: t.text, min: t.min, unit: t.unit, object: t.object, region: t.region }));
  it("takes a place after 经 only on a route, 出口 only to Hong Kong, Macao or Taiwan, and a place within a passed one as passed", () => {
    expect(goals("经柳州市委常委会审议通过，今年全市新增规上工业企业300家。")[0]?.region).toBe("450200");
    expect(goals("经贵阳市人民政府同意，今年全市新增规上工业企业300家。")[0]?.region).toBe("520100");
    expect(goals("今年，途经新疆霍尔果斯口岸的班列开行量达到1500列。")[0]?.region).not.toBe("654004");
  });
  it("keeps a place helped (协助) as the one a later 全州 means, though not the text's own", () => {
    const text = "今年，省应急管理厅协助黔东南州组建专业救援队伍，全州将新增应急救援队伍50支。";
    expect(goals(text).find((t) => t.min === 50)?.region).toBe("522600");
  });
  it("keeps a long related headline with commas but no sentence end out of the text's goals", () => {
    const text = "2026年3月1日电 到2027年，全市新建充电桩1万个。\n相关阅读：\n四川：到2027年新建公共充电桩10万个，换电站500座，加氢站50座\n桂林发布文旅新政";
    expect(goals(text).map((t) => t.min)).toEqual([10000]);
  });
  it("reads no goal in a plan's background growth of one year, only a yearly average", () => {
    const head = "《柳州市新能源汽车产业发展行动方案》已经市人民政府同意，现印发给你们。\n\n柳州市新能源汽车产业发展行动方案\n\n";
    expect(goals(head + "一、发展基础\n全市新能源汽车产量增长18.5%，渗透率提高6.2个百分点。")).toEqual([]);
    expect(goals(head + "二、重点任务\n（一）推动整车企业扩能，新能源汽车产量年均增长15%。")).toContainEqual(expect.objectContaining({ min: 15, unit: "%" }));
  });
  it("reads the first months of the year as reported (前5个月), unless a goal word opens them", () => {
    expect(goals("全市重点项目前5个月完成投资1960亿元。", "2026-06-12")).toEqual([]);
    expect(goals("力争前10个月完成投资500亿元。", "2026-06-12")).toContainEqual(expect.objectContaining({ min: 50000000000 }));
  });
  it("keeps an age or a span measured by 约为, and a work's period is no goal", () => {
    const ts = goals("到2030年，全市人均预期寿命约为80岁，项目建设周期约为3年。");
    expect(ts.map((t) => [t.min, t.unit])).toEqual([[80, "岁"]]);
  });
  it("reads 以上 after an amount as its bound, not a pointer to a list", () => {
    expect(goals("今年将实施投资亿元以上100个重点项目。")).toContainEqual(expect.objectContaining({ min: 100, unit: "个" }));
  });
});

describe("year-end reports", () => {
  const goals = (text: string) => extract(text).targets!.map((t) => ({ text: t.text, min: t.min, unit: t.unit }));
  it("reads a December statement of this year's results, 预计 and all, as a report, and next year's as goals", () => {
    const text = "来源：洛阳日报　　发布时间：2026-12-28 07:45\n\n会议指出，今年以来，全市经济运行稳中有进。预计全年地区生产总值增长5.8%左右，规模以上工业增加值增长7.2%，固定资产投资增长6.5%，社会消费品零售总额突破2900亿元；新签约亿元以上项目412个，新增经营主体9.6万户。\n\n会议明确了明年的主要预期目标：地区生产总值增长5.5%左右，城镇新增就业6.5万人。";
    expect(goals(text).map((t) => t.min)).toEqual([5.5, 65000]);
  });
  it("reads last year's estimate, written in January (2026年…预计达到…), as a report", () => {
    const text = "遵义日报　2027年01月09日　第01版\n\n会议指出，2026年，全市地区生产总值预计达到5200亿元，同比增长5.9%。今年全市地区生产总值预期增长5.5%以上。";
    expect(goals(text).map((t) => t.min)).toEqual([5.5]);
  });
});

describe("paired assistance: whose goal", () => {
  const regionOf = (text: string, written: string) => extract(text, { refDate: "2026-03-30" }).targets!.find((t) => t.text.includes(written))?.region;
  const doc = "石阡县人民政府关于印发《石阡县苏铜东西部协作实施方案》的通知\n\n现将《石阡县苏铜东西部协作实施方案》印发给你们。\n\n石阡县苏铜东西部协作实施方案\n\n为深化江苏省苏州市相城区与我县东西部协作，制定本方案。\n";
  it("reads 在我县 as where the work is done, and 我县 as no district of the partner", () => {
    expect(regionOf(doc + "到2027年，苏州企业在我县新增投资不低于15亿元。", "15亿元")).toBe("520623");
  });
  it("takes no region from where funds or people are got from (争取, 接收)", () => {
    const text = "西吉县人民政府办公室关于印发《西吉县2026年闽宁协作重点工作任务清单》的通知\n\n西吉县2026年闽宁协作重点工作任务清单\n\n（一）产业协作。争取福建省及厦门市财政帮扶资金不少于1.9亿元，实施帮扶项目45个左右。\n（二）人才交流。接收厦门市选派挂职干部不少于40名。";
    expect(regionOf(text, "45个")).not.toBe("350200");
    expect(regionOf(text, "40名")).not.toBe("350200");
  });
});

describe("development zones and land", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => ({ min: t.min, unit: t.unit, object: t.object }));
  it("reads 盘活 and 预留 of land as verbs of goals", () => {
    const ts = goals("到2028年，园区盘活低效工业用地3000亩，预留工业用地1000亩。");
    expect(ts.map((t) => t.min)).toEqual([3000, 1000]);
  });
  it("takes no zone with a note on what it takes in as the thing of a part singled out (其中开发区（含…）)", () => {
    const ts = goals("2026年至2027年，全县完成低效工业用地整治5000亩以上，其中开发区（含罗星街道、惠民街道）不少于3500亩。");
    expect(ts.find((t) => t.min === 3500)?.object).toContain("低效工业用地整治");
  });
});

describe("同比 in a list of goals", () => {
  it("reads a growth on last year's in an item of a list a statement of goals introduces as a goal", () => {
    const text = "南方+　2026-08-12 10:16\n\n对照年度计划，下半年广东援藏将重点抓好以下工作：\n1、产业援藏。新增援藏项目76个。\n3、消费援藏。林芝农特产品在广东销售额同比增长20%，突破2.8亿元。";
    const ts = extract(text).targets!.map((t) => [t.min, t.unit]);
    expect(ts).toContainEqual([20, "%"]);
    expect(ts).toContainEqual([280000000, "元"]);
    // (the same in a report stays one)
    const report = "南方+　2026-08-12 10:16\n\n今年以来，林芝农特产品在广东销售额同比增长20%，突破2.8亿元。";
    expect(extract(report).targets).toEqual([]);
  });
});

describe("indicator tables as pasted", () => {
  const rows = (text: string) => extract(text, { refDate: "2026-02-10" }).targets!.map((t) => [t.min, t.max, t.unit, t.deadline]);
  it("reads the names from the column after a column of categories, continuation rows opening with an empty cell", () => {
    const text = "表2\t主要指标\n类别\t指标\t2025年\t2030年\t属性\n经济发展\t地区生产总值（亿元）\t13300\t17500以上\t预期性\n\t常住人口城镇化率（%）\t80.2\t83\t预期性\n";
    expect(rows(text)).toEqual([[1750000000000, null, "元", "2030-12-31"], [83, 83, "%", "2030-12-31"]]);
  });
  it("reads a column of yearly growth (年均增长（%）) as goals in %, and a row's unit from its last brackets (细颗粒物（PM2.5）平均浓度（微克/立方米）)", () => {
    const text =
      "类别\t指标\t2025年\t2030年\t年均增长（%）\t属性\n经济发展\t地区生产总值（亿元）\t13300\t17500以上\t5.5左右\t预期性\n" +
      "绿色生态\t细颗粒物（PM2.5）平均浓度（微克/立方米）\t45\t≤40\t—\t约束性\n";
    expect(rows(text)).toEqual([
      [1750000000000, null, "元", "2030-12-31"],
      [5.5, 5.5, "%", "2030-12-31"],
      [null, 40, "微克/立方米", "2030-12-31"],
    ]);
  });
  it("skips a growth column's five-year totals in brackets and rates' growth, and reads a unit before a note (（万辆）（累计）)", () => {
    const text =
      "指标\t2025年\t2030年\t年均增长（%）\n地区生产总值（亿元）\t13300\t17500\t6左右\n常住人口城镇化率（%）\t80.2\t83\t［0.6］\n" +
      "新能源汽车保有量（万辆）（累计）\t20\t50\t—\n";
    expect(extract(text, { refDate: "2026-02-10" }).targets!.map((t) => [t.min, t.unit, t.object])).toEqual([
      [1750000000000, "元", "地区生产总值"],
      [6, "%", "地区生产总值年均增长"],
      [83, "%", "常住人口城镇化率"],
      [500000, "辆", "新能源汽车保有量"],
    ]);
  });
  it("reads a header year written in numerals (二〇二八年目标) and cells that open with a verb of holding or a bound written out", () => {
    const text = "主要指标 | 二〇二五年 | 二〇二八年目标 | 属性\n水稻种植面积（万亩） | 260 | 稳定在260以上 | 约束性\n耕地保有量（万亩） | 400 | 不低于400 | 约束性\n";
    expect(rows(text)).toEqual([[2600000, null, "亩", "2028-12-31"], [4000000, null, "亩", "2028-12-31"]]);
  });
});

describe("a list of places opening with 和 (和平区)", () => {
  it("keeps 和 of 和平区 in the place after 其中", () => {
    const ts = extract("沈阳市2026年完成城市燃气老旧管网更新改造320公里，其中和平区、沈河区、铁西区分别完成45公里、38公里和52公里。", { refDate: "2026-04-01" }).targets!;
    expect(ts.filter((t) => t.min !== 320).map((t) => [t.min, t.region])).toEqual([[45, "210102"], [38, "210103"], [52, "210106"]]);
  });
});

describe("Hong Kong's verbs of land", () => {
  it("reads 批出 (granting land) as a verb of goals", () => {
    const t = extract("2026-27年度内批出约150公顷产业用地。", { refDate: "2026-02-25" }).targets![0];
    expect([t?.min, t?.unit, t?.object, t?.deadline]).toEqual([150, "公顷", "产业用地", "2027-03-31"]);
  });
});

describe("an item's time limit on a line after it", () => {
  it("makes the item's amounts goals with that deadline (整改时限：2027年6月底前)", () => {
    const text = "象山县生态环境问题整改方案\n\n二、整改任务\n3.岸线违规占用问题。清理违规占用岸线项目17个，恢复自然岸线长度不少于3.5公里。\n责任单位：县自然资源和规划局\n整改时限：2027年6月底前\n4.海漂垃圾治理问题。";
    const ts = extract(text, { refDate: "2026-03-20" }).targets!.map((t) => [t.min, t.unit, t.deadline]);
    expect(ts).toEqual([[17, "个", "2027-06-30"], [3.5, "公里", "2027-06-30"]]);
  });
});

describe("places counted as parties, and 计划 between places and 分别", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.object, t.region]);
  it("reads no goal in places counted as the parties of a pairing (16个区与喀什地区12个县市开展结对)", () => {
    expect(goals("下一步将推动上海16个区与喀什地区12个县市开展结对，力争到2027年新建村级组织活动场所30个。").map((t) => t[0])).toEqual([30]);
  });
  it("shares out over places past 计划 and a time before 分别", () => {
    const ts = goals("喀什地区今年将推动产业援疆，泽普县、叶城县计划年内分别新建标准化厂房12万平方米和8万平方米。");
    expect(ts).toEqual([[120000, "标准化厂房", "653124"], [80000, "标准化厂房", "653126"]]);
  });
});

describe("a fifth review's findings", () => {
  const goals = (text: string, refDate?: string) => extract(text, refDate ? { refDate } : {}).targets!.map((t) => [t.min, t.unit, t.region, t.deadline]);
  const dec = "来源：某日报　　发布时间：2026-12-28 07:45\n\n";
  it("reads a December statement of this year as a report past 未来社区, a plan's span from this year, and a 明年 before it", () => {
    expect(goals(dec + "会议指出，今年全市未来社区建设达到30个，“十五五”开局良好。")).toEqual([]);
    expect(goals(dec + "会议指出，2026—2028年行动计划扎实推进，今年全市新增就业5万人。")).toEqual([]);
    expect(goals(dec + "会议指出，明年要再接再厉。今年全市新增就业5万人。")).toEqual([]);
    // (…and 明年全年 is next year's)
    expect(goals(dec + "会议明确，明年全年地区生产总值增长6%左右。")).toEqual([[6, "%", null, "2027-12-31"]]);
  });
  it("reads 提前3个月完成 as a report, as 提前两个月完成 is", () => {
    expect(goals("2026年9月10日电 全市提前3个月完成全年目标任务，新增就业5万人。")).toEqual([]);
  });
  it("resolves 全州 to a prefecture helped (协助) even where another 州 was named before", () => {
    const text = "今年，黔西南州召开会议。\n今年，省应急管理厅协助黔东南州组建专业救援队伍，全州将新增应急救援队伍50支。";
    expect(goals(text, "2026-03-01").find((t) => t[0] === 50)?.[2]).toBe("522600");
  });
  it("reads no goal in what an inspection found, whatever time limit follows", () => {
    const text = "整改方案\n\n二、整改任务\n1.违规项目问题。排查发现违规占用岸线项目236个。\n整改时限：2027年6月底前\n2.其他问题。";
    expect(goals(text, "2026-03-20")).toEqual([]);
  });
  it("does not take a later quarter a text plans for as its time of writing (并于2027年第四季启用…)", () => {
    const text = "財政司司長二〇二六年二月二十五日（星期三）在立法會發表的預算案演辭\n\n醫院管理局會在2026-27年度增加約450張公立醫院病床，並於2027年第四季啟用新急症醫院，提供約1,200張病床。";
    expect(goals(text).map((t) => t[0])).toEqual([450, 1200]);
  });
});

describe("key-project plans, signing quotas and Taiwan's texts (heldout125–129, 2026-11-27)", () => {
  const goals = (text: string, refDate?: string) => extract(text, refDate ? { refDate } : {}).targets!.map((t) => [t.text, t.min, t.unit]);
  it("reads a year's planned investment as its goal, and the projects' total beside it as what they are", () => {
    expect(goals("今年，全省安排省重点建设项目2860个，总投资约4.6万亿元，年度计划投资1.1万亿元。", "2026-02-06").map((t) => t[0])).toEqual([
      "安排省重点建设项目2860个",
      "年度计划投资1.1万亿元",
    ]);
    // (…and each amount of a list of planned investment spread over places)
    expect(goals("浑南区、铁西区、沈北新区分别承担年度投资任务420亿元、360亿元和280亿元。", "2026-03-01").map((t) => t[1])).toEqual([42000000000, 36000000000, 28000000000]);
  });
  it("keeps a bounded total investment a goal, and a past year's plan a report", () => {
    expect(goals("到2030年，建成重大项目100个，总投资超过5000亿元。").map((t) => t[0])).toEqual(["建成重大项目100个", "总投资超过5000亿元"]);
    expect(goals("2025年，全市安排重点项目300个，年度计划投资900亿元。", "2026-03-01")).toEqual([]);
  });
  it("reads what one event gave (此次分别开工…) as a report", () => {
    expect(goals("高陵区、鄠邑区、临潼区此次分别开工项目21个、18个和15个。", "2026-03-19")).toEqual([]);
  });
  it("reads a whole year's signing quota, written early in the year, as a goal; last year's signing stays a report", () => {
    expect(goals("一、工作目标\n（三）招商引资。全年签约项目280个。", "2026-01-26").map((t) => t[0])).toEqual(["签约项目280个"]);
    expect(goals("一、2025年工作回顾\n过去一年，招商引资成效明显，全年新签约亿元以上项目58个。", "2026-01-09")).toEqual([]);
  });
  it("reads a quarter not yet over that a document's statement sets goals for as the goal's time", () => {
    expect(goals("《方案》明确，项目建设实行“挂图作战”：一季度新开工项目开工率达到40%，上半年达到75%以上。", "2026-03-10").map((t) => t[1])).toEqual([40, 75]);
    // (…the same quarter, reported once over, stays a report)
    expect(goals("《方案》明确，一季度新开工项目开工率达到40%。", "2026-05-10")).toEqual([]);
  });
  it("keeps the bound before a currency named before the number (突破人民币1万亿元)", () => {
    const t = extract("到2030年，全省人工智能产业产值突破人民币1万亿元。").targets![0];
    expect([t.text, t.min, t.max, t.qualifier, t.object]).toEqual(["人工智能产业产值突破人民币1万亿元", 1e12, null, "突破", "人工智能产业产值"]);
  });
  it("reads Taiwan's verbs and counts (核定…案) and the mainland's names for Taiwan (岛内)", () => {
    expect(goals("到2029年，累计核定地方创生计划不少于300案。").map((t) => [t[1], t[2]])).toEqual([[300, "案"]]);
    const r = extract("台湾地区发布方案，提出到2030年，岛内人工智慧产业产值突破新台币1万亿元。");
    expect(r.targets!.map((t) => t.region)).toEqual(["710000"]);
    // (not on Hainan, an island province too)
    expect(extract("台湾、海南两地交流。到2030年，岛内新建学校10所。").targets!.map((t) => t.region)).toEqual([null]);
  });
  it("reads no year of the Republic's era as an amount of years (为118年)", () => {
    expect(goals("臺中市政府新聞稿\n推動期程為115年至118年，目標年為118年。")).toEqual([]);
  });
});

describe("aid givers, counts of places listed and a document's scope (heldout127, 2026-11-27)", () => {
  const goals = (text: string, refDate?: string) => extract(text, refDate ? { refDate } : {}).targets!.map((t) => [t.text, t.region]);
  it("gives the goal to the place aided, not to the one giving aid (对口支援, 援疆)", () => {
    expect(goals("深圳市对口支援喀什地区塔什库尔干塔吉克自治县，今年已安排援疆资金2.3亿元，并计划明年帮助塔什库尔干塔吉克自治县培训护边员1500人次。", "2026-05-01")).toEqual([
      ["帮助塔什库尔干塔吉克自治县培训护边员1500人次", "653131"],
    ]);
  });
  it("reads a count of the places just listed, with no verb of its own, as no goal", () => {
    expect(goals("到2030年，磨憨、打洛、关累3个口岸进出口货运量合计达到2000万吨左右。").map((t) => t[0])).toEqual(["口岸进出口货运量合计达到2000万吨左右"]);
    // (…a count with its own verb stays one: 新建…3个产业园)
    expect(goals("到2030年，在磨憨、打洛新建3个产业园。").map((t) => t[0])).toEqual(["新建3个产业园"]);
  });
  it("reads the places a document covers as its scope, no goal", () => {
    expect(goals("《规划》覆盖吉隆、聂拉木、亚东、定结、岗巴等9个边境县，到2030年新建抵边新村20个。").map((t) => t[0])).toEqual(["新建抵边新村20个"]);
  });
});

describe("partners' exchanges, funds' uses and whole places counted (heldout130–132, 2026-11-27)", () => {
  const goals = (text: string, refDate?: string) => extract(text, refDate ? { refDate } : {}).targets!.map((t) => t.text);
  it("reads a share of funds set aside for a use as how the money is spent, no goal", () => {
    expect(goals("江苏省每年安排财政援助资金不少于30亿元，并将80%以上用于县及县以下基层。")).toEqual(["安排财政援助资金不少于30亿元"]);
  });
  it("reads all the divisions of a place, counted, as its whole (带动全州16个县（市）…)", () => {
    expect(goals("以凯里市为枢纽，带动全州16个县（市）建设农村物流网络，到2027年新建服务站100个。")).toEqual(["新建服务站100个"]);
    // (…a count of schools in its counties is a goal: 推动全市20所县域普通高中…结对)
    expect(goals("到2027年，推动全市20所县域普通高中与成都七中结对。")).toEqual(["推动全市20所县域普通高中与成都七中结对"]);
  });
  it("reads the plan's parts (三项重点) as no count of things, and 重点用能单位 as things", () => {
    expect(goals("2026年两市围绕三项重点展开协作，推动10个以上重点用能单位开展节能改造。", "2026-02-01")).toEqual(["推动10个以上重点用能单位"]);
  });
  it("reads partners' exchanges and aid as goals (互派, 援建)", () => {
    expect(goals("到2030年，深圳、广州各援建现代产业园1个。")).toEqual(["援建现代产业园1个"]);
  });
  it("keeps the item number before a year out of a hard-wrapped line (1.2027年底前)", () => {
    const r = extract("（二）完善县乡村物流体系\n1.2027年底前，每个乡镇建成1个标准化快递服务站。");
    expect(r.dates!.map((d) => d.text)).toEqual(["2027年底前"]);
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2027-12-31"]);
  });
});

describe("the review of 2026-11-27: where the day's rules must not fire", () => {
  const goals = (text: string, refDate?: string) => extract(text, refDate ? { refDate } : {}).targets!.map((t) => t.text);
  it("keeps counts of things named after divisions (乡村, 市场, 城市更新) as goals", () => {
    expect(goals("到2027年，建成全市100个乡村振兴示范村，打造全市50个城市更新示范项目，培育全省200个市场主体标杆。")).toHaveLength(3);
    // (…and still reads 全省所有16个市 as the province's whole)
    expect(goals("到2027年，推动全省所有16个市建成数据中心，新建数据中心20个。")).toEqual(["新建数据中心20个"]);
  });
  it("reads 全台 and 岛内 as Taiwan only as words of their own", () => {
    const r = extract("福建省加强与台湾同胞交流。到2027年，健全台账管理，全省新建学校100所。");
    expect(r.targets!.map((t) => t.region)).toEqual(["350000"]);
    expect(extract("厦门市提出，岛内新建学校10所，与台湾交流。").targets!.map((t) => t.region)).toEqual(["350200"]);
  });
  it("keeps a plan's total investment a goal where a deadline or a word looking ahead governs it", () => {
    expect(goals("到2027年，实施城市更新项目500个，总投资1万亿元。")).toEqual(["实施城市更新项目500个", "总投资1万亿元"]);
  });
  it("reads one event's or one project's planned investment as no year's goal", () => {
    expect(goals("此次集中开工项目186个，计划投资560亿元。", "2026-02-20")).toEqual([]);
    expect(goals("该项目计划投资50亿元，建设周期3年。", "2026-02-20")).toEqual([]);
    expect(goals("今年全市重点项目计划投资300亿元。", "2026-02-20")).toEqual(["项目计划投资300亿元"]);
  });
  it("does not read a quarter reported by 表示 as a document's goal", () => {
    expect(goals("市发改委表示，一季度全市新开工项目120个，完成投资80亿元。", "2026-03-25")).toEqual([]);
  });
  it("reads a January report of the whole year's signing as a report", () => {
    expect(goals("市商务局通报：全年签约项目280个，同比增长15%。", "2026-01-10")).toEqual([]);
  });
  it("reads Taiwan's verbs only in a text from Taiwan", () => {
    expect(goals("省发改委核准新能源项目12个。近日，全市成立专班12个。", "2026-03-01")).toEqual([]);
    expect(goals("行政院表示，到2029年，累計核准危老重建1,200件，成立20個輔導團。").length).toBeGreaterThanOrEqual(1);
  });
  it("reads a value labelled as the target, with the indicator before it as its object", () => {
    const ts = extract("年度关键绩效指标：\n（一）农业保险投保率：目标值45%。\n（二）新进农业青年人数：目标值2,500人。").targets!;
    expect(ts.map((t) => [t.object, t.min])).toEqual([["农业保险投保率", 45], ["新进农业青年人数", 2500]]);
  });
});

describe("people sent after their count, and a plan's own tasks counted (heldout138–139, 2026-11-27)", () => {
  const goals = (text: string) => extract(text).targets!.map((t) => [t.text, t.object]);
  it("reads what is counted before the count where the people are sent after it (选派…50名到…)", () => {
    expect(goals("到2030年，每年选派县直机关干部不少于50名到集体经济薄弱村驻村帮扶。")).toEqual([["选派县直机关干部不少于50名", "县直机关干部"]]);
  });
  it("reads 三项工作 as the plan's parts, no count of things", () => {
    expect(extract("2026年重点推进三项工作：一是到2027年新建学校10所。").targets!.map((t) => [t.min, t.unit])).toEqual([[10, "所"]]);
  });
});

describe("an official's 一是, 二是 opening an item", () => {
  it("leaves 一是 out of the thing counted, so the verb is read off it too", () => {
    const ts = extract("重点推进：一是到2027年新建学校10所；二是培育企业5家。").targets!;
    expect(ts.map((t) => [t.text, t.object])).toEqual([["新建学校10所", "学校"], ["培育企业5家", "企业"]]);
  });
});

describe("verbs of breeding and putting on the market (heldout140, 2026-11-27)", () => {
  it("reads 新育成 and 投放 as goal verbs, and 投放点 as a place", () => {
    const goals = (t: string) => extract(t).targets!.map((x) => [x.min, x.unit]);
    expect(goals("到2028年，新育成具有自主知识产权的蔬菜新品种100个以上，投放新能源新车型25款以上。")).toEqual([[100, "个"], [25, "款"]]);
    expect(goals("居民小区每300户至500户设置1处分类投放点，可回收物回收站点服务半径不超过500米。")).toEqual([]);
  });
});

describe("deadlines within items by ordinals", () => {
  const deadlines = (text: string) => extract(text, { refDate: "2026-02-28" }).targets!.map((t) => [t.min, t.deadline]);
  it("a date inside 一是…'s item is that item's, not the later items' (一是…9月底前建成；二是…)", () => {
    expect(deadlines("明确今年将办好十件实事。根据《方案》，一是新建城市书房30家，9月底前全部建成开放；二是实施农家书屋数字化改造200个；三是开展文化惠民演出2000场次。").slice(1)).toEqual([
      [200, null],
      [2000, null],
    ]);
  });
  it("a date before 一是 governs every item", () => {
    expect(deadlines("到2027年，一是新建城市书房30家；二是实施农家书屋数字化改造200个。")).toEqual([
      [30, "2027-12-31"],
      [200, "2027-12-31"],
    ]);
  });
});

describe("reviews of earlier plans", () => {
  const kinds = (text: string, refDate = "2024-02-21") => {
    const r = extract(text, { refDate });
    return { targets: r.targets!.map((t) => [t.min, t.unit, t.object]), figures: r.figures!.map((f) => [f.min, f.unit]) };
  };
  it("a goal as first set (原定) and what came of it (实际为, 实际建成) are figures; what is left, still to do, a goal", () => {
    const r = kinds("计划原定到2023年规上工业企业数字化改造覆盖率达到90%，实际为86.5%。原定2023年底前建成海外仓15个，实际建成14个，剩余1个将于2024年6月底前建成。");
    expect(r.targets.map((t) => t[0])).toEqual([1]);
    expect(r.figures.map((f) => f[0])).toEqual(expect.arrayContaining([90, 86.5, 15, 14]));
  });
  it("a goal reported reached or overrun is a figure (超额完成“…”的目标, 提前两年多实现…); one still aimed at is a goal (力争提前实现)", () => {
    expect(kinds("累计认定智能工厂420家，超额完成“到2023年认定智能工厂300家”的目标。").targets.map((t) => t[0])).not.toContain(300);
    expect(kinds("全区高速公路通车里程达到9000公里，提前两年多实现“十四五”末突破8500公里。").targets.map((t) => t[0])).not.toContain(8500);
    expect(kinds("到2025年，力争提前一年实现高速公路通车里程突破8500公里。").targets.map((t) => t[0])).toEqual([8500]);
  });
  it("the value a change starts from is a figure whatever verb it holds (由累计建成450万亩提高到520万亩)", () => {
    expect(kinds("潍坊将高标准农田建设目标由累计建成450万亩提高到520万亩。").targets.map((t) => t[0])).toEqual([5200000]);
  });
  it("a goal quoted whole takes its thing from inside the quote; the gap to it is a figure (还差2家)", () => {
    const r = kinds("全市现有5A级旅游景区2家，距“到2025年5A级旅游景区达到4家”的目标还差2家。", "2024-06-01");
    expect(r.targets).toEqual([[4, "家", "5A级旅游景区"]]);
  });
  it("a count of a plan's indicators is no goal (确定的16项主要指标中)", () => {
    expect(kinds("《规划》确定的16项主要指标中，12项达到或超过序时进度。").targets).toEqual([]);
  });
});

describe("things left unsaid", () => {
  const objects = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.object]);
  it("a list sharing a whole's work out takes the thing of the goal of the same verb and unit", () => {
    const text = "通知明确，2026年全国新建高标准农田4500万亩、改造提升高标准农田3500万亩，同步发展高效节水灌溉1500万亩。主要粮食生产省份任务如下：\n——黑龙江省：新建６２０万亩、改造提升４００万亩；\n——吉林省、内蒙古自治区：各新建３００万亩；";
    const r = objects(text).slice(3);
    expect(r.map((t) => t[0])).toEqual([6200000, 4000000, 3000000]);
    for (const t of r) expect(t[1]).toContain("高标准农田");
  });
  it("a count after a clause that names the thing with no amount takes that thing (建设“口袋体育公园”，…建成10个)", () => {
    const r = objects("利用桥下空间等闲置空间建设“口袋体育公园”，2026年底前建成10个，2027年底前累计建成20个。");
    expect(r[0]).toEqual([10, "“口袋体育公园”"]);
    expect(r[1][1]).toContain("口袋体育公园");
  });
});

describe("round-ups of places' goals", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-02-14" }).targets!.map((t) => [t.min, t.region, t.object]);
  it("place after place, with 提出, 均提出 or 为, each a goal of the measure the round-up opened with", () => {
    const r = goals(
      "广东省提出，2026年全省地区生产总值增长5%左右；江苏提出增长5%以上，并力争一般公共预算收入增长3%；浙江、山东均提出增长5.5%左右。\n\n中西部地区目标相对较高。西藏提出增长7%以上，海南、新疆为6%左右。东北地区，黑龙江、吉林、辽宁分别为5%左右、5%以上和5.5%左右。",
    );
    expect(r.filter((t) => t[2] === "地区生产总值增长").map((t) => [t[0], t[1]])).toEqual([
      [5, "440000"],
      [5, "320000"],
      [5.5, "370000"],
      [7, "540000"],
      [6, "650000"],
      [5, "230000"],
      [5, "220000"],
      [5.5, "210000"],
    ]);
    expect(r).toContainEqual([3, "320000", "一般公共预算收入增长"]);
  });
  it("a place and 为 is no goal where no goal went before it in the paragraph", () => {
    expect(goals("去年，黑龙江、吉林、辽宁分别为5%左右、5%以上和5.5%左右。")).toEqual([]);
  });
});

describe("documents' statements and capacities", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.object]);
  it("同比 words a goal where a document states the goals (《…方案》提出，2026年…同比增长10%左右)", () => {
    expect(goals("辽宁省政府办公厅印发的《辽宁省推进工业设备更新和技术改造实施方案》提出，2026年全省工业技术改造投资同比增长10%左右，沈阳、大连两市分别实施技改项目1000个和800个。").map((t) => t[0])).toEqual([10, 1000, 800]);
    expect(goals("《2025年统计公报》显示，全省工业投资同比增长10%。")).toEqual([]);
  });
  it("a daily capacity after a goal that builds is a goal of that thing (处理能力均为300吨/日)", () => {
    expect(goals("推进城市生活垃圾处理，建设厨余垃圾处理项目2个，处理能力均为300吨/日。")).toEqual([
      [2, "厨余垃圾处理项目"],
      [300, "厨余垃圾处理项目处理能力"],
    ]);
  });
});

describe("events held", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.verb, t.min, t.object]);
  it("a verb of holding governs a verb used as the event's name, after a subject too (综合文化站开展公益培训不少于12期)", () => {
    expect(goals("推动综合文化站延时开放，每个站每年开展公益培训不少于12期。")).toEqual([["开展", 12, "公益培训"]]);
    expect(goals("今年各地举办招商活动10场。")).toEqual([["举办", 10, "招商活动"]]);
  });
  it("承办 holds events too (承办遵义市级以上赛事2项)", () => {
    expect(goals("2026年，全县举办群众体育赛事活动不少于30项，承办市级以上赛事2项。").map((t) => t[1])).toEqual([30, 2]);
  });
});

describe("verbs in brackets", () => {
  it("新（改）建 is one verb of building (新（改）建农村卫生户厕8000户)", () => {
    const t = extract("到2028年，推进户厕改造，新（改）建农村卫生户厕8000户。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.min, x.object])).toEqual([[8000, "农村卫生户厕"]]);
  });
});

describe("places joined in the work", () => {
  it("a place after 联合 (and the list it heads) is a partner, not whose goal it is", () => {
    const t = extract("义乌市工作安排\n\n2024年，全市进出口总额增长8%以上；联合东阳市、浦江县建设小商品智造产业园2个。", { refDate: "2024-01-10" }).targets!;
    expect(t.map((x) => [x.min, x.region])).toEqual([
      [8, "330782"],
      [2, "330782"],
    ]);
  });
});

describe("small-firm finance", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.object]);
  it("loans made out are a goal, not a subsidy paid (累计发放合同融资贷款突破100亿元)", () => {
    expect(goals("到2027年：入驻金融机构达到30家以上，累计发放合同融资贷款突破100亿元；").map((t) => t[0])).toEqual([30, 10000000000]);
    expect(goals("今年发放创业担保贷款贴息资金5000万元。")).toEqual([]);
  });
  it("a subsidy word naming only the role of the things counted (作为贴息合作银行) leaves the count a goal", () => {
    expect(goals("《细则》提出，到2027年，遴选8至10家银行机构作为贴息合作银行。").map((t) => t[0])).toEqual([8]);
  });
  it("新设 sets up (新设首贷续贷服务中心8个)", () => {
    expect(goals("今年西安将重点发力：新设首贷续贷服务中心8个。")).toEqual([[8, "首贷续贷服务中心"]]);
  });
});

describe("headings that set a time", () => {
  it("a short heading right above a paragraph gives its goals the heading's deadline (【2027年底前：扩规模】)", () => {
    const t = extract("西安市印发行动计划。\n\n【2027年底前：扩规模】\n　　新增通用机场3个；低空经济企业数量突破300家。\n\n【到2028年：成体系】\n　　低空经济规模达到800亿元左右。", { refDate: "2026-09-18" }).targets!;
    expect(t.map((x) => [x.min, x.deadline])).toEqual([
      [3, "2027-12-31"],
      [300, "2027-12-31"],
      [80000000000, "2028-12-31"],
    ]);
  });
});

describe("bounds and growth, placed apart", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.max, t.object]);
  it("a lower bound before 各 and the verb holds for the amount (至少各建成1个)", () => {
    expect(goals("到2030年，张家港市、太仓市至少各建成1个市级数字化转型促进中心。")).toEqual([[1, null, "市级数字化转型促进中心"]]);
  });
  it("a yearly growth in % after a share measures the amount before the share (…突破6500亿元，占GDP比重达到20%左右，年均增长10%以上)", () => {
    const r = goals("到“十五五”末，全市数字经济核心产业增加值突破6500亿元，占GDP比重达到20%左右，年均增长10%以上。");
    expect(r[2]).toEqual([10, null, "数字经济核心产业增加值年均增长"]);
  });
  it("a change in points after a share stays the share's (城镇化率达到56%，年均提高1.4个百分点左右)", () => {
    const r = goals("到2030年，全市地区生产总值突破3000亿元，城镇化率达到56%，年均提高1.4个百分点左右。");
    expect(r[2][2]).toContain("城镇化率");
  });
});

describe("ratios per population", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  it("the population a ratio is per is no amount; a bound before the verb is the amount's (每3万人口至少配置1辆救护车)", () => {
    expect(goals("到2027年，每3万人口至少配置1辆救护车。")).toEqual([[1, null, "辆", "救护车"]]);
    expect(goals("到2027年，每10万人口拥有执业医师不少于30人。")).toEqual([[30, null, "人", "执业医师"]]);
  });
  it("a standard to build by is no goal (按每1万架标准机架配置…, …的标准配置)", () => {
    expect(goals("对新建数据中心项目配置新能源指标，按每1万架标准机架配置风光发电装机5万千瓦。")).toEqual([]);
    expect(goals("居民小区按照每300户至500户设置1处分类投放点的标准配置，可回收物回收站点服务半径不超过500米。")).toEqual([]);
  });
});

describe("documents followed, not stating", () => {
  it("goals after 对照《…》 named in passing are the text's own, not that document's (nor its place's)", () => {
    const r = extract("阳城县2026年政府工作报告\n\n　　2026年是“十五五”开局之年。我们将认真落实晋城市委、市政府部署，对照《山西省卫生健康事业发展“十五五”规划》和《晋城市县域医疗卫生一体化改革深化行动方案》，重点抓好以下工作：\n　　一是提升县级医院能力。新增县级医院床位200张左右。", { refDate: "2026-01-14" });
    expect(r.targets!.map((t) => [t.min, t.region, t.document])).toEqual([[200, "140522", null]]);
  });
  it("…but the plan the text says was issued stays the goals' document (近日印发《…规划》…对照《规划》…)", () => {
    const r = extract("广东省人民政府办公厅近日印发《广东省对口支援西藏工作“十五五”规划》（以下简称《规划》）。\n\n对照《规划》和年度计划，下半年广东援藏将重点抓好以下工作：\n1、产业援藏。新增援藏项目76个。", { refDate: "2026-08-12" });
    expect(r.targets!.map((t) => t.document)).toEqual([0]);
  });
});

describe("year-end round-ups", () => {
  it("under a headline that reviews (数说…全部完成), past a dateline, the year's lines report; what looks ahead is a goal", () => {
    const r = extract(
      "数说民生｜重庆2026年重点民生实事全部完成\n\n重庆日报　2026年12月28日　第03版\n\n　　——城镇老旧小区改造：开工改造老旧小区1620个，惠及居民21.3万户。\n　　——养老服务：新建社区养老服务站320个。\n\n　　2027年重庆将继续实施重点民生实事，计划改造老旧小区1500个左右。",
    );
    expect(r.targets!.map((t) => t.min)).toEqual([1500]);
  });
});

describe("rules that are no goals", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => t.min ?? t.max);
  it("a prohibition (不得超过, 严禁) or a standard in principle (原则上不低于) sets a rule, not a goal", () => {
    expect(goals("单笔订单抽成比例不得超过订单金额的20%。单笔转贷期限不得超过15天。")).toEqual([]);
    expect(goals("高标准农田建设亩均投入原则上不低于3000元。")).toEqual([]);
    // (a quota of a whole so set is the plan's own number)
    expect(goals("《行动方案》提出，到2027年，帮扶车间吸纳脱贫人口就业力争达到50万人；乡村公益性岗位规模原则上不超过500万个。")).toEqual([500000, 5000000]);
    expect(goals("到2027年，全市新增企业不少于100家。")).toEqual([100]);
  });
  it("reads 不得超过 as an upper bound", () => {
    const f = extract("单笔转贷期限不得超过15天。").figures!;
    expect(f.map((x) => [x.min, x.max])).toEqual([[null, 15]]);
  });
});

describe("a change, then the level it reaches", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.max, t.object]);
  it("the level after a stated change takes the subject of the change (产量较2025年翻一番，达到140万辆以上)", () => {
    expect(goals("《方案》明确，到2028年，全省新能源汽车产量较2025年翻一番，达到140万辆以上。")).toEqual([[1400000, null, "新能源汽车产量"]]);
  });
  it("reads a bound after a stray blank (恢复至400亿元 以上)", () => {
    expect(goals("力争到2027年离岛免税销售额恢复至400亿元 以上。")).toEqual([[40000000000, null, "离岛免税销售额"]]);
  });
});

describe("the thing of the clause before", () => {
  it("takes the first verb's thing, past what describes it (完成2000年底前建成的城镇老旧小区改造任务，累计改造约2600个)", () => {
    const t = extract("西安市住房和城乡建设局表示，“十五五”末将基本完成2000年底前建成的城镇老旧小区改造任务，累计改造约2600个。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.min, x.object])).toEqual([[2600, "城镇老旧小区改造任务"]]);
  });
});

describe("goals called off or superseded", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-06-01" }).targets!.map((t) => t.min ?? t.max);
  it("a goal called off, put off or dropped is no goal (取消…新建的3条, 12个项目暂不启动)", () => {
    expect(goals("到2027年，取消原计划新建的3条仿古商业街，原计划实施的12个城中村整体拆除重建项目暂不启动，新建口袋公园20个。")).toEqual([20]);
  });
  it("the plan before (原计划, 上一轮方案) is a figure; a measure named with 不再 is not called off", () => {
    expect(goals("原计划到2025年底建成的充电桩25万个未能完成。到2028年累计建成20万个。")).toEqual([200000]);
    expect(goals("到2028年，电商快件不再二次包装率稳定在95%以上。")).toEqual([95]);
  });
});

describe("amounts set against an average", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.unit, t.object]);
  it("the average is no thing: the measure before it, or the goal's before it in the sentence", () => {
    expect(goals("到2027年，全市研发投入强度达到4.2%，高于全国平均水平1.5个百分点以上。")).toEqual([
      [4.2, "%", "研发投入强度"],
      [1.5, "个百分点", "研发投入强度"],
    ]);
    expect(goals("到2027年，地区生产总值增速高于全国平均水平1个百分点以上。")).toEqual([[1, "个百分点", "地区生产总值增速"]]);
    expect(goals("到2028年，居民人均可支配收入达到全省平均的75%。")).toEqual([[75, "%", "居民人均可支配收入"]]);
  });
});

describe("terms with digits in the thing", () => {
  it("a number glued to letters after the count is part of the thing (20处5G井下专网, １个５Ｇ全连接工厂集群)", () => {
    const t = extract("三市要在9月上旬前完成首批20处5G井下专网建设；九龙坡区、江津区各建设１个５Ｇ全连接工厂集群。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.min, x.object])).toEqual([
      [20, "5G井下专网建设"],
      [1, "５Ｇ全连接工厂集群"],
    ]);
  });
});

describe("places sharing out the goal before them", () => {
  it("a place alone before its share takes the thing of the goal of its unit before it (三亚市不少于1.5万个)", () => {
    const t = extract("到2028年，海口、三亚继续承担主要任务，其中海口市新建公共充电桩不少于3万个，三亚市不少于1.5万个。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.min, x.object, x.region])).toEqual([
      [30000, "公共充电桩", "460100"],
      [15000, "公共充电桩", "460200"],
    ]);
  });
  it("a place before a thing of its own keeps that thing (三亚市新增游客100万人次 after 示范园区5个)", () => {
    const t = extract("到2028年，建设示范园区5个，三亚市新增游客100万人次。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.min, x.object])).toEqual([
      [5, "示范园区"],
      [1000000, "游客"],
    ]);
  });
});

describe("words between a subject and its verb", () => {
  it("a pilot's adverb and a modal before the verb leave the subject out of the thing (可试点建设示范园2至3所)", () => {
    const t = extract("到2030年，阆中市条件成熟时可试点建设“幼小衔接”示范园2至3所。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.min, x.max, x.object])).toEqual([[2, 3, "“幼小衔接”示范园"]]);
    const u = extract("到2030年，南部县试点建设示范园3所。", { refDate: "2026-03-01" }).targets!;
    expect(u.map((x) => x.object)).toEqual(["示范园"]);
  });
});

describe("a goal noun for the verb", () => {
  it("目标 right before the amount makes it a goal (全年接待游客目标1200万人次); the report after stays a figure", () => {
    const r = extract("2．乡村旅游。全年接待游客目标1200万人次，上半年接待510万人次。", { refDate: "2026-07-20" });
    expect(r.targets!.map((x) => [x.min, x.object])).toEqual([[12000000, "接待游客"]]);
    expect(r.figures!.map((x) => x.min)).toEqual([5100000]);
  });
  it("the measure named before 目标 is the thing (游客接待量目标1200万人次)", () => {
    const r = extract("今年全市游客接待量目标1200万人次。", { refDate: "2026-03-01" });
    expect(r.targets!.map((x) => x.object)).toEqual(["游客接待量"]);
  });
  it("保留 keeps a count as a goal (每个乡镇至少保留1所公办中心幼儿园)", () => {
    const t = extract("《方案》提出，到2030年，每个乡镇至少保留1所公办中心幼儿园。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.min, x.max, x.qualifier, x.object])).toEqual([[1, null, "至少", "公办中心幼儿园"]]);
  });
});

describe("a headline wrapped over lines", () => {
  it("is read as one headline: the body's fuller goal replaces it, with its deadline", () => {
    const text = "随州香菇产业再发力！2028年全产业链\n产值目标300亿元\n\n随州发布　2026年06月18日\n\n到2028年，全市香菇全产业链产值达到300亿元，建设数字化智能菇棚1000个以上。\n";
    const t = extract(text).targets!;
    expect(t.map((x) => [x.min, x.object, x.deadline])).toEqual([
      [30000000000, "香菇全产业链产值", "2028-12-31"],
      [1000, "数字化智能菇棚", "2028-12-31"],
    ]);
  });
});

describe("the thing after a count, and a bound before an adverb", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("a one-character head noun that jieba tags a verb ends a noun (1个就业服务站)", () => {
    expect(goals("到2027年，园区建设1个就业服务站。")).toEqual([[1, 1, null, "就业服务站"]]);
  });
  it("…while a verb alone after the count is still no thing (带动农户5000户增收)", () => {
    expect(goals("到2027年，带动农户5000户增收。")).toEqual([[5000, 5000, null, "农户"]]);
  });
  it("a bound before an adverb of the verb bounds the amount (每个安置区至少配套建设1个就业服务站)", () => {
    expect(goals("到2024年，每个安置区至少配套建设1个就业服务站。")).toEqual([[1, null, "至少", "就业服务站"]]);
  });
  it("places by their count alone share the goal before them (其中毕节、铜仁两市各不少于30个)", () => {
    expect(goals("到2022年，新建帮扶车间200个，其中毕节、铜仁两市各不少于30个。")).toEqual([
      [200, 200, null, "帮扶车间"],
      [30, null, "不少于", "帮扶车间"],
    ]);
  });
});

describe("housing texts and Hong Kong's", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object, t.deadline]);
  it("another unit in brackets after the unit keeps the bound after it (3万套（间）以上)", () => {
    expect(goals("到2027年，新增保障性租赁住房3万套（间）以上。")).toEqual([[30000, null, "以上", "保障性租赁住房", "2027-12-31"]]);
  });
  it("the means before the verb is no part of the thing (通过城中村改造新增…)", () => {
    expect(goals("到2027年，全市通过城中村改造新增保障性租赁住房3万套。")).toEqual([[30000, 30000, null, "保障性租赁住房", "2027-12-31"]]);
    expect(goals("到2027年，通过验收的项目达到50个。").map((t) => t[3])).toEqual(["通过验收的项目"]);
  });
  it("a verb joined by 并 to the goal verb is no part of the thing (建成并分配房源4万套)", () => {
    expect(goals("2026年底前建成并分配房源4万套。").map((t) => t[3])).toEqual(["房源"]);
  });
  it("a batch alone before a measure leaves the thing to follow it (完成首批2万平方米…建设)", () => {
    expect(goals("2027年6月底前，完成首批2万平方米保障房配套商业设施建设。").map((t) => t[3])).toEqual(["保障房配套商业设施建设"]);
  });
  it("a count of those a subsidy is paid to is a goal; the rate paid is not (发放住房租赁补贴1.5万户以上)", () => {
    const r = extract("2026年，全市将发放住房租赁补贴1.5万户以上，补贴标准为每户每月300至600元。", { refDate: "2026-04-02" });
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[15000, "户"]]);
  });
  it("places a count closes (屯门、元朗两区) share the thing after the last amount, named or not", () => {
    expect(goals("第二期简约公屋将于2029/30年度或之前落成，屯门、元朗两区分别提供约6,500个和5,000个单位。").map((t) => [t[0], t[3], t[4]])).toEqual([
      [6500, "单位", "2030-03-31"],
      [5000, "单位", "2030-03-31"],
    ]);
  });
  it("腾出 frees land as a goal; a payment per head is no goal (每人六千澳门元)", () => {
    expect(goals("2028年前腾出约20公顷后勤用地；向非永久性居民每人派发六千澳门元。").map((t) => [t[0], t[3]])).toEqual([[20, "后勤用地"]]);
  });
  it("a part after a goal named by its goal noun is a goal too (目标为44.6万个单位，其中…31.2万个)", () => {
    expect(goals("未来十年（2027/28至2036/37年度）总房屋供应目标为44.6万个单位，其中公营房屋单位31.2万个。", "2026-10-14").map((t) => [t[0], t[4]])).toEqual([
      [446000, "2037-03-31"],
      [312000, "2037-03-31"],
    ]);
  });
  it("items under an introduction to a year's work take that year (2026年义乌将重点抓好以下工作：)", () => {
    const text = "根据《工作要点》，2026年义乌将重点抓好以下工作：\n（一）筹集保障性租赁住房8000套；\n（二）新开工城镇老旧小区改造项目12个。\n";
    expect(goals(text, "2026-04-02").map((t) => [t[0], t[4]])).toEqual([
      [8000, "2026-12-31"],
      [12, "2026-12-31"],
    ]);
  });
});

describe("water works, transport and energy", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("the works made safe after 完成 are the thing (完成堤防加固逾600公里)", () => {
    expect(goals("到2028年，完成堤防加固逾600公里。")).toEqual([[600, null, "逾", "堤防加固"]]);
  });
  it("a work carried out on the things counted after 对 is a goal (对1200座病险淤地坝实施除险加固); done, it is none", () => {
    expect(goals("到2030年，新建淤地坝300座，对1200座病险淤地坝实施除险加固。").map((t) => [t[0], t[3]])).toEqual([
      [300, "淤地坝"],
      [1200, "病险淤地坝"],
    ]);
    expect(goals("去年，全省对1200座病险淤地坝实施了除险加固。")).toEqual([]);
  });
  it("a verb inside a noun does not govern (国家水土保持示范工程10至15处: 打造 does)", () => {
    const t = extract("到2030年，打造国家水土保持示范工程10至15处。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.verb, x.object])).toEqual([["打造", "国家水土保持示范工程"]]);
  });
  it("places closed by 等地 before the verb are no part of the thing", () => {
    expect(goals("到2030年，延安市宝塔区、榆林市米脂县、绥德县等地打造国家水土保持示范工程10至15处。").map((t) => t[3])).toEqual(["国家水土保持示范工程"]);
  });
  it("an official's 二是 opens no item of a list shared out with 分别", () => {
    expect(goals("到2030年：二是南宁市、北海市电子信息产业营业收入分别达到1200亿元、1000亿元。").map((t) => [t[0], t[3]])).toEqual([
      [120000000000, "电子信息产业营业收入"],
      [100000000000, "电子信息产业营业收入"],
    ]);
  });
  it("pairs are counted (服务区60对, 每日不少于120对); one to one is no pair (1对1帮扶)", () => {
    expect(goals("到2027年，改造提升高速公路服务区60对，开行动车组列车每日不少于120对。").map((t) => [t[0], t[3]])).toEqual([
      [60, "高速公路服务区"],
      [120, "动车组列车"],
    ]);
    expect(goals("到2027年，开展1对1帮扶，实现一对一全覆盖。")).toEqual([]);
  });
  it("a bounded amount before the things whose amount in its unit follows is a class (淘汰30万千瓦以下落后煤电机组200万千瓦)", () => {
    expect(goals("到2027年，关停淘汰30万千瓦以下落后煤电机组200万千瓦。")).toEqual([[2000000, 2000000, null, "落后煤电机组"]]);
    expect(goals("2026年，城镇、农村居民人均可支配收入分别增长6%以上和8%以上。").map((t) => t[0])).toEqual([6, 8]);
  });
  it("募集 and 改良 are verbs of goals; a time limit after 须在 is a rule", () => {
    expect(goals("今年全省募集就业见习岗位2万个；到2030年改良盐碱化耕地150万亩。", "2026-05-01").map((t) => t[3])).toEqual(["就业见习岗位", "盐碱化耕地"]);
    expect(goals("到2028年，发现险情后管理单位须在2小时以内报告。")).toEqual([]);
  });
});

describe("changes from the present value", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("the present a change starts from is no report (由目前约1,800张增至约2,100张), its thousands comma read", () => {
    expect(goals("到2026年，公立医院病床总数由目前约1,800张增至约2,100张。")).toEqual([[2100, 2100, "约", "公立医院病床总数"]]);
  });
  it("the thing stands before 由 in the clause before the verb (据点由目前的720处，增加至1,000处以上)", () => {
    expect(goals("到2029年，社区照顾关怀据点由目前的720处，增加至1,000处以上。")).toEqual([[1000, null, "以上", "社区照顾关怀据点"]]);
  });
  it("a measure right after its verb names a quoted thing after it (推出约120公顷「熟地」)", () => {
    expect(goals("政府会在2026-27年度推出约120公顷「熟地」。").map((t) => t[3])).toEqual(["「熟地」"]);
  });
  it("voyages are counted (每年邮轮靠泊达到200至250航次)", () => {
    expect(goals("到2030年，每年邮轮靠泊达到200至250航次。")).toEqual([[200, 250, null, "邮轮靠泊"]]);
  });
});

describe("what a work gives once built, and projects as actors", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.object]);
  it("what a work can give once built is its design, no goal (建成后可满足年旅客吞吐量500万人次)", () => {
    expect(goals("机场将于2027年建成，建成后可满足年旅客吞吐量500万人次。")).toEqual([]);
    expect(goals("项目投产后，年产值可达50亿元。")).toEqual([]);
  });
  it("…but a bound set for it after it is built is one (种质资源库建成后，保存蔬菜种质资源3万份以上), as is a thing built before (建成后的设施)", () => {
    expect(goals("到2028年，种质资源库建成后，保存蔬菜种质资源3万份以上。")).toEqual([[30000, "蔬菜种质资源"]]);
    expect(goals("到2027年，建成后的设施达到20个。")).toEqual([[20, "建成后的设施"]]);
  });
  it("a project that plans its investment is the actor, the investment the thing (该项目今年计划完成投资68亿元)", () => {
    expect(goals("该项目今年计划完成投资68亿元。")).toEqual([[6800000000, "投资"]]);
  });
});

describe("indicator tables in plain text, more forms", () => {
  const rows = (text: string, ref = "2026-02-26") => extract(text, { refDate: ref }).targets!.map((t) => [t.object, t.min, t.max, t.unit, t.deadline]);
  it("cells parted by single ideographic spaces, and this year's column after a base column", () => {
    const text = "一、主要指标\n\n序号　指标名称　　　　单位　　基数（2025年）　2026年　　2028年　　属性\n1　　数字贸易额　　　亿元　　1860　　　　2100　　　2800　　预期性\n4　　海外仓　　　　　个　　　210　　　　230　　　　260　　　预期性\n";
    expect(rows(text)).toEqual([
      ["数字贸易额", 210000000000, 210000000000, "元", "2026-12-31"],
      ["数字贸易额", 280000000000, 280000000000, "元", "2028-12-31"],
      ["海外仓", 230, 230, "个", "2026-12-31"],
      ["海外仓", 260, 260, "个", "2028-12-31"],
    ]);
  });
  it("a multiplier in a cell (5万 in a column of 个), and two leading columns before the names (类别　序号　指标)", () => {
    expect(rows("指标｜2025年基数｜2028年目标｜属性\n5G基站（个）｜3.6万｜5万｜预期性\n")).toEqual([["5G基站", 50000, 50000, "个", "2028-12-31"]]);
    expect(rows("类别\t序号\t指标\t2025年\t2030年\t属性\n环境质量\t1\t森林覆盖率（%）\t63\t64.5\t约束性\n\t2\t细颗粒物（PM2.5）平均浓度（微克/立方米）\t22\t20以下\t约束性\n")).toEqual([
      ["森林覆盖率", 64.5, 64.5, "%", "2030-12-31"],
      ["细颗粒物（PM2.5）平均浓度", null, 20, "微克/立方米", "2030-12-31"],
    ]);
  });
  it("a column of goals with no year takes the caption's year, and the caption's document", () => {
    const r = extract("《山西省氢能产业发展中长期规划（2026—2035年）》（以下简称《山西规划》）印发。《山西规划》列出的2030年主要指标如下：\n\n　　指标　　　　　　　单位　　目标值\n　　加氢站　　　　　　座　　　100左右\n", { refDate: "2026-10-20" });
    expect(r.targets!.map((t) => [t.object, t.min, t.qualifier, t.deadline, t.document, t.region])).toEqual([["加氢站", 100, "左右", "2030-12-31", 0, "140000"]]);
  });
});

describe("pollution control: standards, subjects and changes on last year", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  it("a limit on what a source emits is a standard (排放浓度不高于30毫克/立方米); the place's air is a goal", () => {
    expect(goals("到2027年，燃气锅炉氮氧化物排放浓度不高于30毫克/立方米，PM2.5平均浓度控制在39微克/立方米。")).toEqual([[null, 39, "微克/立方米", "PM2.5平均浓度"]]);
  });
  it("a count inside the subject whose measure the clause sets is no goal (15条主要入湖河流总磷平均浓度控制在…); nor one of a ranking's members", () => {
    expect(goals("到2027年，15条主要入湖河流总磷平均浓度控制在0.09毫克/升以下。")).toEqual([[null, 0.09, "毫克/升", "主要入湖河流总磷平均浓度"]]);
    expect(goals("到2027年，力争退出全国168个重点城市空气质量排名“后十”。")).toEqual([]);
  });
  it("days changed on last year's under a goal cue or a deadline are a goal (力争重污染天数同比减少3天); a report stays none", () => {
    expect(goals("今年全省将推动重点企业环保绩效提级，力争重污染天数同比减少3天。")).toEqual([[3, 3, "天", "重污染天数"]]);
    expect(goals("到2026年，全省重污染天数同比减少3天。")).toEqual([[3, 3, "天", "重污染天数"]]);
    expect(goals("今年1—10月，全省重污染天数同比减少3天。", "2026-11-20")).toEqual([]);
  });
  it("every place of a level alone shares out the thing of the clause before (建设…示范项目，每个区不少于3个)", () => {
    expect(goals("到2026年，建设智慧便民生活圈示范项目，每个区不少于3个。")).toEqual([[3, null, "个", "智慧便民生活圈示范项目"]]);
  });
});

describe("health care: beds, sizes of the things and lists with a total", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  it("a size with its noun and a bound picks the things counted (各建成1家500张床位以上的三级综合医院)", () => {
    expect(goals("到2030年，昆山市、常熟市各建成1家500张床位以上的三级综合医院。")).toEqual([[1, 1, "家", "500张床位以上的三级综合医院"]]);
  });
  it("设置 and 评定 are verbs of goals (设置床位600—800张, 评定不少于5个)", () => {
    expect(goals("到2028年，新建省级区域医疗次中心1个，设置床位600—800张。").map((t) => t[3])).toEqual(["省级区域医疗次中心", "床位"]);
    expect(goals("今年将评定市级智慧商圈，评定不少于5个。").map((t) => [t[0], t[3]])).toEqual([[5, "市级智慧商圈"]]);
  });
  it("a list of things before its total is one thing (胸痛中心、卒中中心、创伤中心共15个); places before theirs are not", () => {
    expect(goals("到2027年，建成标准化胸痛中心、卒中中心、创伤中心共15个。")).toEqual([[15, 15, "个", "标准化胸痛中心、卒中中心、创伤中心"]]);
    expect(goals("到2028年，新建人才公寓5000套，其中南七街道、稻香村街道合计不少于1200套。").map((t) => [t[0], t[3]])).toEqual([
      [5000, "人才公寓"],
      [1200, "人才公寓"],
    ]);
  });
  it("the count of a plan's indicators is no goal (设置24项主要指标，其中约束性指标9项)", () => {
    expect(goals("到2030年，《纲要》设置24项主要指标，其中约束性指标9项。")).toEqual([]);
  });
  it("area served counts visits (年服务面积突破600万亩次)", () => {
    expect(goals("到2027年，农业社会化服务组织年服务面积突破600万亩次。")).toEqual([[6000000, null, "亩次", "农业社会化服务组织年服务面积"]]);
  });
});

describe("each, every year, and events held", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("a subject after 各 is no thing between a verb and the amount (各板块每年至少开展2次…演练)", () => {
    expect(goals("到2027年，各板块每年至少开展2次高层建筑灭火救援实战演练。")).toEqual([[2, null, "至少", "高层建筑灭火救援实战演练"]]);
  });
  it("an event held after 开展 is the thing, whatever jieba tags its words (每半年开展1次联合救援演练)", () => {
    expect(goals("到2027年，三旗每半年开展1次联合救援演练。")).toEqual([[1, 1, null, "联合救援演练"]]);
  });
  it("每年 between the places and 分别 is no part of the thing (红河州、大理州每年分别化解…)", () => {
    expect(goals("到2027年，红河州、大理州每年分别化解存量隐性债务不少于30亿元、20亿元。").map((t) => [t[0], t[3]])).toEqual([
      [3000000000, "存量隐性债务"],
      [2000000000, "存量隐性债务"],
    ]);
  });
});

describe("county towns and services", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("a bound before a verb that the goal's verb is one choice of (至少新建或改扩建1座)", () => {
    expect(goals("到2027年，每个县（市）至少新建或改扩建1座县城水厂。")).toEqual([[1, null, "至少", "县城水厂"]]);
  });
  it("a town a numeral opens is one name (坦洲镇、三乡镇分别新建改造…)", () => {
    expect(goals("到2028年，坦洲镇、三乡镇分别新建改造供水管网45公里和38公里。").map((t) => [t[0], t[3]])).toEqual([
      [45, "供水管网"],
      [38, "供水管网"],
    ]);
  });
  it("hours naming a service are part of the thing (每个市县至少建成1个24小时政务服务驿站)", () => {
    expect(goals("到2027年，每个市县至少建成1个24小时政务服务驿站。")).toEqual([[1, null, "至少", "24小时政务服务驿站"]]);
  });
  it("a population that picks places is no goal (实现20万人口以上的县均有1所特殊教育学校)", () => {
    expect(goals("到2027年，实现20万人口以上的县均有1所特殊教育学校。")).toEqual([[1, 1, null, "特殊教育学校"]]);
  });
});

describe("Taiwan's words and a part done first", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("數位 before 及 or 課程 is digital, no number (數位及淨零課程)", () => {
    expect(goals("到2027年，開設數位及淨零課程，培育數位企業300家。").map((t) => [t[0], t[3]])).toEqual([[300, "数位企业"]]);
  });
  it("a part done first takes the thing of its whole, with no verb repeated (…建成12個，其中2027年底前先建成5個)", () => {
    expect(goals("到2028年，兩岸共同家園示範社區建成12個，其中2027年底前先建成5個。").map((t) => [t[0], t[3]])).toEqual([
      [12, "两岸共同家园示范社区"],
      [5, "两岸共同家园示范社区"],
    ]);
  });
  it("a bound before two verbs chained (每季度至少组织开展1次综合应急演练)", () => {
    expect(goals("到2028年，每个化工园区每季度至少组织开展1次综合应急演练。")).toEqual([[1, null, "至少", "综合应急演练"]]);
  });
});
describe("a full date of the Republic", () => {
  it("115-03-12 in a text from Taiwan is 2026-03-12", () => {
    const d = extract("行政院新聞稿 發布日期：115-03-12 臺灣行政院今日通過方案。").dates!;
    expect(d.map((x) => [x.text, x.from])).toContainEqual(["115-03-12", "2026-03-12"]);
  });
});

describe("supporting facilities and a second predicate", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("配建 builds to go with others, its bound before it (每个改造小区至少配建1处…)", () => {
    expect(goals("到2030年，每个改造小区至少配建1处养老托育设施。")).toEqual([[1, null, "至少", "养老托育设施"]]);
  });
  it("并 opening a second predicate is no thing of the count (压减至10—15家并全部完成…)", () => {
    expect(goals("到2028年，融资平台公司压减至10—15家并全部完成市场化转型。")).toEqual([[10, 15, null, "融资平台公司"]]);
  });
});

describe("a work report's review", () => {
  it("figures under a numbered review heading right above its paragraph are no goals", () => {
    const text = "政府工作报告\n\n一、2025年工作回顾\n2025年是极不平凡的一年。全市地区生产总值完成5960亿元，增长5.6%。\n项目建设提质增效。全年实施亿元以上项目1580个，新增经营主体9.6万户。\n\n二、2026年主要目标\n地区生产总值增长5.5%左右，新增经营主体10万户。\n";
    const t = extract(text, { refDate: "2026-01-19" }).targets!;
    expect(t.map((x) => x.min)).toEqual([5.5, 100000]);
  });
});

describe("topic paragraphs going on a report", () => {
  it("a paragraph opening with its topic (制造业方面，…) after a review reports too; one with a time ahead plans", () => {
    const text = "报告显示，2025年天津地区生产总值突破1.86万亿元，增长5.0%。\n制造业方面，全市12条重点产业链增加值占规上工业比重达到80%，信创产业营业收入达到2600亿元。\n\n报告提出今年主要预期目标：地区生产总值增长5%左右。\n";
    expect(extract(text, { refDate: "2026-01-23" }).targets!.map((t) => t.min)).toEqual([5]);
    const plan = "清单提出，到2028年，福州台资企业数量突破5000家。截至2025年底，福州已有台资企业3800家。\n\n通行便利方面，马尾至马祖航线每周往返航班增加至30班以上（时限：2026年12月底前）。\n";
    expect(extract(plan, { refDate: "2026-03-01" }).targets!.map((t) => t.min)).toEqual([5000, 30]);
  });
});

describe("small forms from the last sets", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.qualifier, t.object]);
  it("也 between the places and their verb is no thing (宝鸡、咸阳也将分别新增…)", () => {
    expect(goals("到2027年，宝鸡、咸阳也将分别新增外贸实绩企业100家和80家。").map((t) => [t[0], t[3]])).toEqual([
      [100, "外贸实绩企业"],
      [80, "外贸实绩企业"],
    ]);
  });
  it("之间 closing a range is no thing (稳定在450艘至500艘之间); a latitude is no amount (北纬12度)", () => {
    expect(goals("到2030年，全市远洋渔船稳定在450艘至500艘之间。")).toEqual([[450, 500, null, "远洋渔船"]]);
    expect(goals("到2027年，休渔范围为北纬12度以北海域。")).toEqual([]);
  });
  it("every place given at least one counts its lone 一 (每个乡（镇）至少建成一个…); one per place with no bound does not", () => {
    expect(goals("到2027年，每个乡（镇）至少建成一个乡村人才服务站。")).toEqual([[1, null, "至少", "乡村人才服务站"]]);
    expect(goals("到2027年，每乡建成一所卫生院。")).toEqual([]);
  });
});

describe("times a payment takes and distances in a name", () => {
  const goals = (text: string, ref = "2026-03-01") => extract(text, { refDate: ref }).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  it("a time the payment takes is a goal in a subsidy's clause (补贴资金到账时间压缩至7天以内); its term is none (补贴期限为3年)", () => {
    expect(goals("到2027年，补贴期限为3年，补贴资金到账时间压缩至7天以内。")).toEqual([[null, 7, "天", "补贴资金到账时间"]]);
  });
  it("a distance within which the thing is is part of its name (地铁站点周边200米内…覆盖率)", () => {
    expect(goals("到2027年，地铁站点周边200米内非机动车停放点覆盖率达到100%。")).toEqual([[100, 100, "%", "地铁站点周边200米内非机动车停放点覆盖率"]]);
  });
});

describe("rules and standards that are no goals", () => {
  const targets = (text: string, refDate = "2026-03-01") => extract(text, { refDate }).targets!.map((t) => [t.min ?? t.max, t.unit]);
  it("a bound worded as a rule (不得, 须, 应 before it) where nothing in its statement looks ahead", () => {
    expect(targets("到2027年，全市新建装配式建筑占比达到40%。（三）强化标准约束。装配式建筑装配率不得低于50%，低于该标准的项目不得认定为装配式建筑。")).toEqual([[40, "%"]]);
    expect(targets("到2027年，全市装配式建筑占比达到40%。长沙的认定有一条“硬杠杠”：预制装配率须不低于50%。")).toEqual([[40, "%"]]);
    // (a deadline over the statement keeps it a goal, parts joined by ； included)
    expect(targets("到2028年，全市新建燃气管网400公里；城市生活污水集中收集率不得低于75%。")).toEqual([[400, "公里"], [75, "%"]]);
  });
  it("a bound under a standard the sentence names, before it or after it", () => {
    expect(targets("到2027年，建成超低能耗建筑50万平方米。按照现行地方标准，超低能耗居住建筑供暖年耗热量不高于15千瓦时/平方米。")).toEqual([[500000, "平方米"]]);
    expect(targets("到2030年，建成绿色建筑100万平方米。新建居住建筑节能率不低于75%、新建公共建筑节能率不低于72%，均是现行设计标准的要求。")).toEqual([[1000000, "平方米"]]);
    // (a share of the whole under a standard is a plan's level; standards counted are a goal)
    expect(targets("到2025年，城镇新建建筑全面执行绿色建筑标准，星级绿色建筑占比达到30%以上。")).toEqual([[30, "%"]]);
    expect(targets("到2027年，全市新增企业100家。四是强化标准引领。制修订国家标准和行业标准300项以上，其中智能制造标准不少于100项。")).toEqual([[100, "家"], [300, "项"], [100, "项"]]);
  });
  it("a size that picks the things after its 的, with no verb of a goal before it", () => {
    expect(targets("到2027年，建成绿色建筑100万平方米。单体建筑面积2万平方米以上的新建公共建筑应优先采用钢结构。")).toEqual([[1000000, "平方米"]]);
    expect(targets("到2027年，《实施方案》要求单体建筑面积超过2万平方米的大型公共建筑按二星级以上标准建设。")).toEqual([]);
    expect(targets("到2027年，全市新增建筑面积50万平方米以上的超低能耗建筑。")).toEqual([[500000, "平方米"]]);
  });
  it("a condition whose next clause pays, and a share of each project's floor area", () => {
    expect(targets("到2026年，报废燃油乘用车并购买2.0升及以下排量燃油乘用车的，补贴1.5万元。")).toEqual([]);
    expect(targets("到2027年，节能率达到20%以上的项目，按每平方米不超过50元给予补贴。")).toEqual([]);
    expect(targets("到2027年，建成10个以上的示范园区，每个给予补贴50万元。")).toEqual([[10, "个"]]);
    expect(targets("到2027年，新建社区商业配套面积不少于总建筑面积的5%。")).toEqual([]);
  });
});

describe("subsidies that are only handled, and peaks that are no caps", () => {
  const targets = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => t.min ?? t.max);
  it("a subsidy applied for or processed leaves the count or rate a goal", () => {
    expect(targets("各省辖市要在6月底前完成首批资金预拨，9月30日前补贴申请审核办结率达到90%以上。")).toEqual([90]);
    expect(targets("到2026年，协助50家以上台资企业申报专项补贴。")).toEqual([50]);
    // (…but not a count of what came in)
    expect(targets("今年1月至5月，全市累计发放补贴资金20.6亿元。其中，汽车报废更新和置换更新补贴申请4.3万份。")).toEqual([]);
  });
  it("最高 of a peak is no payment's cap; 最高 of a loan is", () => {
    expect(targets("“十五五”末，抽水蓄能和新型储能合计调节能力占全省最高用电负荷的比重提高到18%以上。")).toEqual([18]);
    expect(targets("到2027年，使用住房公积金贷款购买首套住房的，最高贷款额度为70万元。")).toEqual([]);
  });
});

describe("what looks ahead after a review", () => {
  const goals = (text: string, refDate: string) => extract(text, { refDate }).targets!.map((t) => [t.min ?? t.max, t.deadline]);
  it("a lead-in of goals in a section that reviews", () => {
    const text = "山西2025年经济运行“成绩单”出炉\n\n　　初步核算，2025年全省地区生产总值26860亿元，比上年增长5.1%。\n　　记者从省发展改革委获悉，2026年全省经济社会发展的主要预期目标为：规模以上原煤产量稳定在13亿吨左右，城镇新增就业约45万人。";
    expect(goals(text, "2026-01-22").map((g) => g[0])).toEqual([1300000000, 450000]);
    const year = "鄂尔多斯：２０２５年能源经济稳中有进\n\n　　“十四五”时期，鄂尔多斯累计完成能源领域投资4600亿元。\n\n　　新的一年，全市能源工作目标已经明确：原煤产量稳定在8.5亿吨左右，新增新能源并网装机1200万千瓦以上。";
    expect(goals(year, "2026-02-05").map((g) => g[0])).toEqual([850000000, 12000000]);
  });
  it("同比 after a forward cue earlier in its sentence", () => {
    expect(goals("省商务厅相关负责人表示，下一步将在郑州等地举办活动不少于100场，并推动二手车交易量同比增长10%以上。", "2026-03-05").map((g) => g[0])).toEqual([100, 10]);
  });
  it("a paragraph opened by a time wholly past, indented or not, reports", () => {
    const text = "　　“十四五”期间，全省抽水蓄能建设全面提速。新型储能装机规模达到420万千瓦，较2020年增长约20倍。\n到2027年，全省新型储能装机达到600万千瓦。";
    expect(goals(text, "2026-03-01").map((g) => g[0])).toEqual([6000000]);
    expect(goals("　　截至2024年底，全省已建成便民生活圈860个。其中，郑州市建成便民生活圈210个，居全省首位。", "2026-06-17")).toEqual([]);
    // (…unless a year not over, a plan's deployment or a place stating goals follows)
    expect(goals("　　2025年，全市水稻种植面积248万亩。2026年，全市水稻种植面积稳定在250万亩以上。", "2026-02-24").map((g) => g[0])).toEqual([2500000]);
    expect(goals("　　据介绍，截至2025年底，海南新能源汽车保有量约为45万辆。按照部署，海口、三亚分别建设海上风电运维基地1个、2个。", "2026-03-01").map((g) => g[0])).toEqual([1, 2]);
    expect(goals("　　去年，川陕渝三地规上工业增加值分别增长6.1%、7.3%和7.8%。记者注意到，三省市还把技改投资作为重要抓手：四川提出每年实施重点技改项目1,000个以上。", "2026-11-12").map((g) => g[0])).toEqual([1000]);
  });
  it("a year's outcome estimated in its last days is no goal", () => {
    expect(goals("全会指出，“十四五”期间，遵义地区生产总值年均增长5.8%，2025年预计达到5300亿元，白酒产业产值突破1800亿元。", "2025-12-30")).toEqual([]);
  });
});

describe("deadlines: a day within a year, stages and Q&A answers", () => {
  const goals = (text: string, refDate = "2026-03-03") => extract(text, { refDate }).targets!.map((t) => [t.min ?? t.max, t.deadline]);
  it("a day within a year that an earlier sentence sets holds for that sentence's work", () => {
    expect(goals("2026年6月底前淘汰国三及以下排放标准营运柴油货车2000辆。北仑港区新增和更新电动港作机械80台套。")).toEqual([[2000, "2026-06-30"], [80, null]]);
    // (…unless it leads in a list, or opens the statement over goals of its own)
    expect(goals("2026年6月底前，完成以下任务：\n1.新建充电桩500个。\n2.改造小区20个。")).toEqual([[500, "2026-06-30"], [20, "2026-06-30"]]);
    expect(goals("《方案》提出，到11月底，全县旅游投诉按时办结率达到100%；培训导游及旅游从业人员不少于1500人次。")).toEqual([[100, "2026-11-30"], [1500, "2026-11-30"]]);
    expect(goals("9月底前完成农村危房改造320户；新增城镇公办幼儿园学位900个。")).toEqual([[320, "2026-09-30"], [900, null]]);
  });
  it("a stage named before its deadline without brackets opens the clause", () => {
    expect(goals("第一阶段到2027年，全市社区养老服务站达到1000个以上，南岗区、道里区各建成示范性综合养老服务中心1个；第二阶段到2030年，覆盖率达到70%以上。").map((g) => g[1])).toEqual(["2027-12-31", "2027-12-31", "2030-12-31"]);
  });
  it("a year after an answer's mark and a document's short name holds for the statement", () => {
    expect(goals("答：《细则》明确，2026年全市完成电动自行车以旧换新不少于8万辆；新建和改造电动自行车集中充电设施2000处。", "2026-06-03")).toEqual([[80000, "2026-12-31"], [2000, "2026-12-31"]]);
  });
});

describe("places inside the things counted, and lists of kinds in 分别", () => {
  const goals = (text: string, refDate = "2026-03-03") => extract(text, { refDate }).targets!.map((t) => [t.min ?? t.max, t.region, t.object]);
  it("分别 over places with a list of kinds inside the thing", () => {
    expect(goals("到2027年，慈溪市、余姚市分别培育家电、模具行业智能化改造示范企业30家和20家。").map((g) => [g[0], g[1]])).toEqual([[30, "330282"], [20, "330281"]]);
  });
  it("a place outside the text's own inside the thing a verb acts on is not whose goal it is", () => {
    const text = "中山市人民政府日前印发《中山市深化中澳全面合作三年行动方案（2026—2028年）》。\n　　《行动方案》提出，到2028年，在火炬开发区建设中澳中医药产业园1个，入驻澳门中医药企业不少于30家，新建「澳门街坊服务站」4个。";
    expect(goals(text).map((g) => g[1])).toEqual(["442000", "442000", "442000"]);
  });
  it("全市 after a municipality named in passing in an earlier paragraph is the stating document's city", () => {
    const text = "河北省张家口市人民政府近日印发《张家口市氢能产业高质量发展实施方案（2026—2027年）》。\n\n张家口是北京冬奥会的举办城市之一。\n\n方案提出，到2027年，全市建成加氢站40座。";
    expect(goals(text, "2026-08-12").map((g) => g[1])).toEqual(["130700"]);
  });
  it("a verb of renewing right before the amount, after 完成, names the work counted", () => {
    expect(goals("2026年全省力争完成汽车报废更新10万辆以上。其中，郑州市完成报废更新3万辆以上。").map((g) => g[2])).toEqual(["汽车报废更新", "报废更新"]);
  });
  it("a yearly output of measures is a goal, not a count of a document's contents", () => {
    expect(goals("《方案》提出每年推出10至15项金融开放创新举措。《方案》提出12项重点举措。").map((g) => g[0])).toEqual([10]);
  });
});

describe("units of energy and meals", () => {
  it("reads kW·h and 客 as units", () => {
    const t = extract("到2030年，年放电量达到60亿kW·h，每千名老人社区助餐供餐能力达到40客以上。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => [x.min, x.unit])).toEqual([[6000000000, "kW·h"], [40, "客"]]);
  });
});

describe("同比 under goals, places' bodies stating, and lists closed by 等", () => {
  const goals = (text: string, refDate = "2026-04-08") => extract(text, { refDate }).targets!.map((t) => [t.min ?? t.max, t.object]);
  it("同比 under a heading of goals, or in another clause than the amount's, leaves it a goal", () => {
    const plan = "哈尔滨市冰雪天气道路交通安全专项整治行动方案\n\n　　二、工作目标\n　　（一）全市冰雪天气道路交通事故起数和死亡人数同比分别下降10%和8%。";
    expect(goals(plan, "2026-10-20").map((g) => g[0])).toEqual([10, 8]);
    expect(goals("　　专项行动期间，力争全市电信网络诈骗案件发案数同比下降20%以上，破案率提升5个百分点，APP注册率达到85%。").map((g) => g[0])).toEqual([20, 5, 85]);
  });
  it("a bounded change a document states, 同比 its only past word", () => {
    expect(goals("公安部、交通运输部近日联合印发《全国道路交通安全“护航”专项行动方案》（以下简称《行动方案》）。《行动方案》明确，专项行动期间，全国较大道路交通事故起数同比下降10%以上，高速公路重点路段视频监控覆盖率达到95%。", "2026-08-06").map((g) => g[0])).toEqual([10, 95]);
  });
  it("a place's body stating goals after a paragraph's past opening", () => {
    expect(goals("　　各地已迅速行动。江苏省公安厅提出，全省在专项行动期间出动警力不少于50万人次。", "2026-08-06").map((g) => g[0])).toEqual([500000]);
  });
  it("places closed by 等 and their kind, then 各 or 每个区: the thing of the goal before", () => {
    expect(goals("到2027年，全市新建口袋公园200个，其中长安区、桥西区、新华区、裕华区等主城区各不少于8个。")).toEqual([[200, "口袋公园"], [8, "口袋公园"]]);
    expect(goals("到2027年，全市新建口袋公园300个，江岸区、江汉区、硚口区等老城区每个区不少于25个。")).toEqual([[300, "口袋公园"], [25, "口袋公园"]]);
    // (…and the rest of the places)
    expect(goals("3月20日前，长沙、岳阳两市各储备防汛编织袋不少于50万条，其他市州不少于20万条。", "2026-03-01")).toEqual([[500000, "防汛编织袋"], [200000, "防汛编织袋"]]);
  });
  it("what a rule goes by, the batches a work is done in, and 一律", () => {
    expect(goals("到2027年，新增学位5万个。新建学校小学、初中班额分别按45人、50人控制。").map((g) => g[0])).toEqual([50000]);
    expect(goals("到2026年，招聘教师2000名，招聘将在2026年春季学期分两批进行。").map((g) => g[0])).toEqual([2000]);
    expect(goals("到2027年，新增学位5万个。新建普通高中班额一律不超过50人。").map((g) => g[0])).toEqual([50000]);
  });
  it("places served after 为 share out the amounts", () => {
    const r = extract("到2030年，省属师范院校每年招收公费师范生4000名左右，其中为凉山州、甘孜州、阿坝州分别定向培养1200名、600名和500名。", { refDate: "2026-03-01" }).targets!;
    expect(r.map((t) => [t.min, t.region])).toEqual([[4000, null], [1200, "513400"], [600, "513300"], [500, "513200"]]);
  });
});

describe("festivals named alone, ahead", () => {
  it("元旦春节期间 written in December is the coming season, and its amounts are planned", () => {
    const r = extract("　　《方案》提出，元旦春节期间，全市每日蔬菜上市量不低于2.5万吨。", { refDate: "2026-12-15" });
    expect(r.dates!.map((d) => [d.text, d.from])).toEqual([["元旦", "2027-01-01"], ["春节", "2027-02-06"]]);
    expect(r.targets!.map((t) => t.min)).toEqual([25000]);
  });
  it("春节期间 written in July is the one gone", () => {
    const r = extract("春节期间，全市接待游客120万人次。", { refDate: "2026-07-10" });
    expect(r.dates!.map((d) => d.from)).toEqual(["2026-02-17"]);
  });
});

describe("同比 right after an amount a document states or bounds", () => {
  const goals = (text: string, refDate: string) => extract(text, { refDate }).targets!.map((t) => t.min ?? t.max);
  it("a document's statement or a bound held keeps it a goal; a report's stays a statistic", () => {
    expect(goals("福建省文化和旅游厅印发《2026年福建省暑期文旅消费季活动方案》（以下简称《方案》）。《方案》提出，消费季期间，全省实现旅游收入约900亿元、同比增长10%以上。", "2026-06-24")).toEqual([90000000000, 10]);
    expect(goals("　　一、主要目标\n　　攻坚期间，全市PM2.5平均浓度控制在58微克/立方米以下，同比下降5%以上。", "2026-09-22")).toEqual([58, 5]);
    expect(goals("今年前三季度，实现旅游总收入8260亿元，同比增长8.4%。", "2026-10-20")).toEqual([]);
  });
});

describe("documents to draw up, and divisions covered", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min ?? t.max, t.object]);
  it("plans to be drawn up are a goal, not a count of a document's contents", () => {
    expect(goals("到2026年，完成10个以上村庄规划编制。《方案》提出12项重点举措。").map((g) => g[0])).toEqual([10]);
  });
  it("a count of divisions that 全覆盖 reaches is where, not what", () => {
    expect(goals("年底前实现13个设区市全覆盖，新建救助服务站100个。").map((g) => g[0])).toEqual([100]);
  });
});

describe("places a numeral opens, and goals under a lead-in line", () => {
  it("六枝特区 is a place, not six of something", () => {
    const t = extract("到2028年，六枝特区开发“冰雪＋民族文化”旅游产品5个。", { refDate: "2026-03-01" }).targets!;
    expect(t.map((x) => x.min)).toEqual([5]);
  });
  it("a year's goals under 二、主要目标 and a lead-in line stay goals late in that year", () => {
    const text = "乐清市专精特新培育三年行动方案（2026—2028年）\n\n发布时间：2026-10-21\n\n　　二、主要目标\n　　《方案》分三个阶段设定目标：\n　　1.2026年：完成规上企业数字化诊断全覆盖，新增数字化改造项目300个以上；\n　　2.2027年：新增省级专精特新中小企业60家。";
    expect(extract(text).targets!.map((x) => [x.min, x.deadline])).toEqual([[300, "2026-12-31"], [60, "2027-12-31"]]);
  });
});

describe("spans of years up to now", () => {
  it("五年来 reports; the 年来 of 青年来厦 does not", () => {
    const goals = (text: string) => extract(text, { refDate: "2026-02-26" }).targets!.map((t) => t.min);
    expect(goals("答：五年来，全市累计投入农村公路建设资金86.4亿元，新改建农村公路5120公里。")).toEqual([]);
    expect(goals("到2028年，累计吸引台湾青年来厦就业创业1万人。")).toEqual([10000]);
  });
});

describe("a party's share of a cost", () => {
  it("is a rule of paying, not a sum to reach", () => {
    const goals = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => t.min ?? t.max);
    expect(goals("到2027年，家庭医生签约服务费每人每年100元，其中医保基金支付不超过60元，签约居民个人支付20元；全市参保率达到95%。")).toEqual([95]);
    // (a transfer budgeted is no share of a fee)
    expect(goals("2026年，市对区县转移支付安排2150亿元。")).toEqual([215000000000]);
  });
});

describe("the thing of a share out named by a part of the place, a count of places or a measure referred back to", () => {
  const things = (text: string) => extract(text, { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.object]);

  it("takes the whole's thing for 市区, 县城 and the like, and for places by their count in digits", () => {
    expect(things("“十五五”期间，全市筹集人才公寓不少于5万套，其中市区不少于3万套，张家港市、常熟市各筹集2000至3000套。")).toEqual([
      [50000, "人才公寓"], [30000, "人才公寓"], [2000, "人才公寓"],
    ]);
    expect(things("到2027年，每年新增公共充电桩2万个以上，洛阳、南阳、商丘3市各新增3000个以上。")).toEqual([[20000, "公共充电桩"], [3000, "公共充电桩"]]);
  });

  it("reads 这一比例 as the measure named before it", () => {
    expect(things("到2027年，城市建成区海绵城市达标面积比例达到45%以上；到2030年，这一比例提高到70%以上。")).toEqual([
      [45, "城市建成区海绵城市达标面积比例"], [70, "城市建成区海绵城市达标面积比例"],
    ]);
  });

  it("passes over a part of the place acting, and a place between the verb and a measure whose thing follows", () => {
    expect(things("到2027年，中心城区实施城中村改造5万户以上。")).toEqual([[50000, "城中村改造"]]);
    expect(things("到2027年，完成田阳区5万亩老果园改造。")).toEqual([[50000, "老果园改造"]]);
    expect(things("今年将率先完成田阳区5万亩老果园改造。")).toEqual([[50000, "老果园改造"]]);
    // (a place alone before the amount, nothing after: still the only words there are)
    expect(things("城镇新增就业6万人以上。")).toEqual([[60000, "城镇新增就业"]]);
  });
});

describe("a cap after a grant whose things a verb before 的 describes", () => {
  it("is the grant's cap, not a goal of that verb", () => {
    expect(extract("对社会资本参与建设的海绵项目，市财政按照核定投资的10%给予补助，单个项目不超过800万元。", { refDate: "2026-08-18" }).targets).toEqual([]);
    // (a goal's verb, then a yearly capacity bounded: still a goal)
    expect(extract("打造沙漠会议度假目的地，年承接会议活动500场次以上。", { refDate: "2026-08-18" }).targets!.map((t) => t.min)).toEqual([500]);
  });
});

describe("a tender's and a budget's terms", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-05-20" }).targets!.map((t) => [t.min, t.max, t.unit]);

  it("are no goals: prices, periods and deposits of a tender, the rows of a table of purchases, a budget's lines", () => {
    expect(goals("本项目预算金额为2860万元，最高限价2800万元，工期180天，投标保证金为预算金额的0.5%。")).toEqual([]);
    expect(goals("序号\t采购项目名称\t采购需求概况\t预算金额（万元）\n1\t卫生院负压救护车采购\t采购负压救护车3辆\t165.00\n2\t信息化平台建设\t建设签约服务平台1套，覆盖居民约12万人\t158.50")).toEqual([]);
    expect(goals("三、“三公”经费预算情况\n2026年“三公”经费预算为86.40万元，比上年减少5.20万元。其中：公务用车购置及运行维护费72.60万元。")).toEqual([]);
  });

  it("keeps the goals of a plan the notice cites, with its deadline or its years ahead", () => {
    expect(goals("本项目是落实《河南省农村公路提档升级行动方案》的重点工程。该方案提出，到2027年，全省新改建农村公路3万公里以上。本次招标工期180天。")).toEqual([[3e8 / 1e4, null, "公里"]]);
    expect(goals("本次招标共有11家投标人。根据《方案》，“十五五”期间全市每年新开工线路2至3条。")).toEqual([[2, 3, "条"]]);
  });
});

describe("a heading naming a past year's work", () => {
  it("reviews: 一、2025年主要工作 in a report of January 2026; 二、2026年主要工作 plans", () => {
    const text = "四川省高级人民法院工作报告\n——2026年1月25日在四川省第十四届人民代表大会第四次会议上\n\n一、2025年主要工作\n（三）推进基层治理现代化。全省建成“枫桥式人民法庭”120个，诉前调解成功案件33.8万件。\n\n二、2026年主要工作\n（一）全省新建“枫桥式人民法庭”50个以上。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([50]);
  });
});

describe("现将, hereby", () => {
  it("looks nowhere ahead: a chronicle's list of what was done is no list of goals", () => {
    const text = "2025年，北仑区港航物流业保持稳中有进。现将一年中的重要事项整理如下：\n1、1月6日，北仑港区集装箱单日装卸量达到6.8万标箱，创历史新高。\n2、10月26日，“港航数字大脑”上线运行，接入港航企业1200余家。";
    expect(extract(text, { refDate: "2026-01-15" }).targets).toEqual([]);
    expect(extract("现将有关目标明确如下：\n1.到2027年，建成港区3个。", { refDate: "2026-01-15" }).targets!.map((t) => t.min)).toEqual([3]);
    // (a notice's 现将…公告如下 introduces its rules and goals)
    expect(extract("现将有关事项公告如下：\n一、企业开办全流程办理时间压缩至0.5个工作日，申请材料减少50%以上。", { refDate: "2026-05-20" }).targets!.map((t) => t.min)).toEqual([0.5, 50]);
  });
});

describe("a disaster's toll and the relief sent", () => {
  it("are no goals; the recovery's are", () => {
    const text = "灾害共造成全省12个市县63.5万人受灾，紧急转移安置群众15.6万人，直接经济损失约52.8亿元。灾情发生后，省财政厅下达救灾资金4000万元，市里安排市级救灾资金1500万元。到2027年，建成应急避难场所20个。";
    expect(extract(text, { refDate: "2026-10-09" }).targets!.map((t) => t.min)).toEqual([20]);
  });
});

describe("a plan's background, and a standard paid per person", () => {
  it("a section on the background (出台背景, even asked as a question) states where things stand", () => {
    const text = "一、出台背景是什么？\n答：全市蔬菜大棚达到17万个以上，但其中建成10年以上的老旧棚占比约40%。\n二、主要目标是什么？\n答：到2028年，改造提升老旧棚5万个。";
    expect(extract(text, { refDate: "2026-06-15" }).targets!.map((t) => t.min)).toEqual([50000]);
  });

  it("a rate paid per person and year is a standard, not a goal", () => {
    expect(extract("抚恤金标准在现行基础上提高5%。其中，一级因战致残人员每人每年提高到12.18万元。", { refDate: "2026-07-01" }).targets).toEqual([]);
  });
});

describe("rules from heldout245–252", () => {
  const goals = (text: string, refDate = "2026-05-06") => extract(text, { refDate }).targets!.map((t) => [t.min, t.max, t.object]);

  it("a campaign's time and where the work is done open no thing", () => {
    expect(goals("“百日攻坚”期间拆除违法建设2万平方米以上。")).toEqual([[20000, null, "违法建设"]]);
    expect(goals("到2028年，在玛多县完成黑土滩治理50万亩。")).toEqual([[500000, 500000, "黑土滩治理"]]);
  });

  it("an application's conditions are thresholds, not goals", () => {
    const text = "《通知》明确，申报企业需同时满足以下条件：一是从事特定细分市场时间达到2年以上；二是上年度研发费用总额不低于100万元。到2027年，力争市级专精特新企业达到5000家。";
    expect(goals(text).map((g) => g[0])).toEqual([5000]);
  });

  it("a document's statement sets standards and shares too: no goals", () => {
    expect(goals("　　《意见》明确，继续实施完全成本保险，每亩保额分别为1100元和1050元。")).toEqual([]);
    expect(goals("　　《方案》明确，碳汇项目收益的70%以上分配给村集体和农牧民。")).toEqual([]);
    // (a goal it states, past the paragraph's indentation: 方案还要求)
    expect(goals("　　方案提出，到2028年，全市公共机构供热单耗较2025年下降8%。\n　　方案还要求，全市公立医院单位建筑面积能耗下降5%以上。").map((g) => g[0])).toEqual([8, 5]);
  });

  it("同比 after a lead-in of goals, and a standard a plan strives for", () => {
    expect(goals("2026年全市公共机构节约能源资源工作的主要目标是：单位建筑面积能耗同比下降1%，人均综合能耗同比下降1.2%。", "2026-02-25").map((g) => g[0])).toEqual([1, 1.2]);
    expect(goals("到2030年，城乡居民基础养老金最低标准力争提高到每人每月200元以上。").map((g) => g[0])).toEqual([200]);
    expect(goals("其中，一级因战致残人员每人每年提高到12.18万元。")).toEqual([]);
    // (a ratio a plan sets 原则上 is its goal; a party's share of the cost is a rule)
    expect(goals("到2030年，新增及更新公务用车中新能源汽车比例原则上不低于60%。").map((g) => g[0])).toEqual([60]);
    expect(goals("庭院管线改造中居民出资比例原则上不低于10%。")).toEqual([]);
  });
});

describe("rounds, operations at sites, and forecasts (heldout253–260)", () => {
  const goals = (text: string) => extract(text, { refDate: "2026-01-20" }).targets!.map((t) => [t.min, t.unit, t.object]);

  it("counts rounds (轮) and operations at sites (点次), not 新一轮 or 第二轮", () => {
    expect(goals("2026年，开展巡视3轮，其中常规巡视2轮、专项巡视1轮。")).toEqual([[3, "轮", "巡视"], [2, "轮", "常规巡视"], [1, "轮", "专项巡视"]]);
    expect(goals("深化新一轮改革，推进第二轮巡视整改。")).toEqual([]);
    expect(goals("全年开展人工增雨作业不少于300点次。")).toEqual([[300, "点次", "人工增雨作业"]]);
  });

  it("reads an amount its own clause expects (预计) as a forecast, unless it is aimed at", () => {
    expect(goals("春运期间，单日最高发送量预计达到98万人次，入境旅客预计将超过100万人次。")).toEqual([]);
    expect(goals("到2027年，力争全市预计完成投资500亿元。").map((g) => g[0])).toEqual([5e10]);
  });
});

describe("a list of shares that 其中 opens", () => {
  it("reads each place's share after the first as a part of the goal, a zone's too", () => {
    const r = extract("到2027年，福州市完成自动气象站升级改造90套，其中平潭综合实验区40套，连江县35套，罗源县15套。", { refDate: "2026-03-01" });
    expect(r.targets!.map((t) => [t.min, t.region, t.object])).toEqual([
      [90, "350100", "自动气象站升级改造"], [40, "350128", "自动气象站升级改造"], [35, "350122", "自动气象站升级改造"], [15, "350123", "自动气象站升级改造"],
    ]);
    // (a year's report shares nothing out as goals)
    expect(extract("2025年，全市新建公园30个，其中鼓楼区10个，台江区8个。", { refDate: "2026-03-01" }).targets).toEqual([]);
  });
});

describe("預計 in Taiwan's plans", () => {
  it("states a target there, where a mainland text's 预计 forecasts", () => {
    const tw = "國發會今（5）日公布115年度計畫。嘉義縣、雲林縣則以農業加值為主軸，預計推動10至15家在地企業轉型為社會企業。";
    expect(extract(tw, { refDate: "2026-03-05" }).targets!.map((t) => [t.min, t.max])).toEqual([[10, 15]]);
    // (…not a level foreseen there either: 預計達, 預計…可增加)
    const foreseen = "國發會今（5）日表示，大陸應屆畢業生預計達1280萬人；若航班加密，預計兩岸旅客往來可增加三成。";
    expect(extract(foreseen, { refDate: "2026-03-05" }).targets).toEqual([]);
  });
});

describe("a one-year plan's items, a document's stated bounds, farmland built before (eval/heldout263, heldout265)", () => {
  it("the items in the body of a plan for a year not over are its goals (寿光市2026年法治政府建设工作要点), with no deadline said", () => {
    const text = "寿光市人民政府办公室关于印发《寿光市2026年法治政府建设工作要点》的通知\n\n寿光市人民政府办公室\n2026年3月2日\n\n寿光市2026年法治政府建设工作要点\n\n　　一、加强行政复议和应诉工作\n　　7.行政复议案件办结率达到98%以上；行政机关负责人出庭应诉率保持100%。\n　　10.全年组织“法律进企业”活动不少于50场，服务企业2000家以上。\n　　11.2025年全市适用“免罚轻罚”办理案件1260件。";
    const got = extract(text, { refDate: "2026-03-02" }).targets!;
    expect(got.map((t) => t.object)).toEqual(["行政复议案件办结率", "行政机关负责人出庭应诉率", "“法律进企业”活动", "服务企业"]);
    expect(got.find((t) => t.object === "服务企业")!.deadline).toBe("2026-12-31");
    expect(got.find((t) => t.object === "行政机关负责人出庭应诉率")!.deadline).toBeNull();
    // (a year's plan gone by, read in the year after, states no goals any more)
    expect(extract(text, { refDate: "2027-05-02" }).targets!.map((t) => t.object)).toEqual(["行政复议案件办结率", "“法律进企业”活动"]);
  });
  it("改造提升已建高标准农田: 已建 is the farmland's, no report", () => {
    const got = extract("到2028年，全市新建高标准农田45万亩、改造提升已建高标准农田60万亩。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[450000, "高标准农田"], [600000, "已建高标准农田"]]);
    expect(extract("截至目前，全市已建高标准农田60万亩。").targets).toEqual([]);
  });
  it("a document's bound stated with an adverb (方案并要求) or named within a report (印发的《…意见》要求)", () => {
    const plan = "黑龙江省人民政府7月10日印发《黑龙江省黑土地保护利用与高标准农田建设实施方案（2026—2030年）》。\n方案并要求各地守住耕地红线：全省耕地保有量不低于2.5亿亩。";
    expect(extract(plan).targets!.map((t) => t.object)).toEqual(["耕地保有量"]);
    const background = "问：《行动计划》出台的背景是什么？\n答：截至2025年底，全省已建成高标准农田4950万亩。同时，省委、省政府印发的《关于全面加强耕地保护的意见》要求，全省耕地保有量稳定在6000万亩以上。";
    expect(extract(background).targets!.map((t) => [t.min, t.object])).toEqual([[60000000, "耕地保有量"]]);
    expect(extract(background.replace("问：《行动计划》出台的背景是什么？\n答：", "一、出台背景\n")).targets!.map((t) => t.object)).toEqual(["耕地保有量"]);
  });
});

describe("a task year after a nearer deadline, a share of things able to do something (eval/heldout262, heldout266)", () => {
  it("今年10月10日前，完成2026年度…改造任务186公里: the deadline, not the task's year", () => {
    const got = extract("　　（一）今年10月10日前，完成2026年度老旧供热管网改造任务186公里、老旧小区庭院管网改造6.5万户。", { refDate: "2026-03-01" }).targets!;
    expect(got.map((t) => t.deadline)).toEqual(["2026-10-10", "2026-10-10"]);
    // (a year opening a clause of its own keeps its own end)
    expect(extract("2026年6月底前，启动项目建设，2026年全市新建公园20个。", { refDate: "2026-03-01" }).targets!.map((t) => t.deadline)).toEqual(["2026-12-31"]);
  });
  it("90%以上的村卫生室能够提供中医药服务: the share of 村卫生室, and what they can do is no goal of its own", () => {
    const got = extract("到2027年，全区乡镇卫生院中医馆覆盖率达到100%，90%以上的村卫生室能够提供中医药服务。到2028年，80%以上的村卫生室能够提供6类以上中医药适宜技术服务。").targets!;
    expect(got.map((t) => [t.min, t.unit, t.object])).toEqual([[100, "%", "乡镇卫生院中医馆覆盖率"], [90, "%", "村卫生室"], [80, "%", "村卫生室"]]);
  });
});

describe("years a 分别 spreads over amounts (eval/heldout266)", () => {
  it("2026年、2027年分别完成…12万户和18万户: each its year; the parts after the list, the plan's end", () => {
    const text = "深圳市住房和建设局近日发布《深圳市燃气瓶改管三年行动计划（2025—2027年）》（下称《计划》）。\n《计划》明确，2026年、2027年分别完成“瓶改管”12万户和18万户；改造运行超过20年的老旧燃气管道不少于450公里。";
    const got = extract(text, { refDate: "2026-07-01" }).targets!;
    expect(got.map((t) => [t.max, t.deadline])).toEqual([[120000, "2026-12-31"], [180000, "2027-12-31"], [null, "2027-12-31"]]);
  });
});

describe("a time limit cut from one value to another (eval/heldout265)", () => {
  it("认定部门审核时限由原来的5个工作日压缩至2个工作日: the thing before 由", () => {
    const got = extract("对符合条件的信用修复申请，信用平台受理时限不超过1个工作日，认定部门审核时限由原来的5个工作日压缩至2个工作日。").targets!;
    expect(got.map((t) => [t.max, t.object])).toEqual([[1, "信用平台受理时限"], [2, "认定部门审核时限"]]);
  });
});

describe("a level in brackets beside a goal, a part of the year with its work right after (eval/heldout275, heldout276)", () => {
  it("（截至2025年末为262家，居江苏省第1位）: the bracket governs neither the goal nor the goals after it", () => {
    const got = extract("一、主要目标\n　　到2028年，全市上市公司总数达到300家以上（截至2025年末为262家，居江苏省第1位），其中科创板、创业板和北交所上市公司占比不低于45%；每年新增境内外上市公司15—20家。", { refDate: "2026-05-01" }).targets!;
    expect(got.map((t) => [t.min, t.unit])).toEqual([[300, "家"], [45, "%"], [15, "家"]]);
    // (the place a rank is within, 居江苏省第1位, is no subject of the goals after it)
    const city = extract("苏州市人民政府印发《苏州市企业上市三年行动计划》。\n一、主要目标\n　　到2028年，全市上市公司总数达到300家以上（截至2025年末为262家，居江苏省第1位），其中科创板上市公司占比不低于45%。", { refDate: "2026-05-01" }).targets!;
    expect(city.map((t) => t.region)).toEqual(["320500", "320500"]);
    // (…nor does a bracket before the amount, holding it, hide what reports it: （去年为3180万人次）)
    const lastYear = extract("报告提出，今年全州主要预期目标是：城镇新增就业2.3万人；全年接待游客力争突破3500万人次（去年为3180万人次），旅游总收入增长10%以上。", { refDate: "2026-02-01" }).targets!;
    expect(lastYear.map((t) => t.min)).toEqual([23000, 35000000, 10]);
  });
  it("2026年上半年完成…, written in April: a plan for it, and the parts after it are goals too", () => {
    const text = "发布时间：2026-04-28\n　　三、各县（市、区）有哪些具体任务？\n　　答：小店区、迎泽区作为中心城区，2026年上半年完成全部居民小区分类设施标准化改造；清徐县、古交市各建设1座农村有机垃圾资源化处理站；阳曲县、娄烦县的行政村生活垃圾分类覆盖率达到60%以上。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([1, 60]);
    // (written after the half year, it reports)
    expect(extract(text.replace("2026-04-28", "2026-09-28")).targets).toEqual([]);
  });
  it("80%以上的行政村实现生活垃圾分类: the share of 行政村", () => {
    expect(extract("到2026年底，全县80%以上的行政村实现生活垃圾分类。").targets!.map((t) => [t.min, t.object])).toEqual([[80, "行政村"]]);
  });
});

describe("拟 inside a word is no plan (eval/heldout267)", () => {
  it("截至2025年底，全区已建成虚拟拍摄棚9座，集聚影视科技企业126家: all reported", () => {
    expect(extract("截至2025年底，全区已建成虚拟拍摄棚9座，集聚影视科技企业126家，开展模拟演练3次。", { refDate: "2026-09-10" }).targets).toEqual([]);
    expect(extract("全区拟建成拍摄棚9座。").targets!.map((t) => t.min)).toEqual([9]);
  });
});

describe("places after a verb of support in the clause before a 分别 (eval/heldout273)", () => {
  it("支持西昌市、江油市、射洪市建设…，到2028年地区生产总值分别达到…: one place each", () => {
    const got = extract("比如，支持西昌市、江油市、射洪市建设区域性中心城市，到2028年地区生产总值分别达到1000亿元、700亿元和600亿元。").targets!;
    expect(got.map((t) => t.region)).toEqual(["513401", "510781", "510981"]);
  });
});

describe("a deadline opening an earlier numbered item, corrections (eval/heldout278, heldout284)", () => {
  it("1.2026年底前建成…平台。2.培育…10—15家: the second item has no deadline of the first", () => {
    const text = "　　二、重点任务\n　　（二）推进授权运营。1.2026年底前建成市级公共数据授权运营平台。2.培育公共数据运营服务商10—15家，打造示范应用场景50个。";
    expect(extract(text, { refDate: "2026-03-01" }).targets!.map((t) => t.deadline)).toEqual([null, null]);
    // (a deadline in the item's own sentence still governs it)
    expect(extract("　　1.2026年底前建成平台1个，培育服务商10家。", { refDate: "2026-03-01" }).targets!.map((t) => t.deadline)).toEqual(["2026-12-31", "2026-12-31"]);
  });
  it("“…突破500亿元”，现更正为“…1000亿元”: only the new words; 原为, 原目标为 and the count of corrections are no goals", () => {
    const text = "二、第二部分“主要目标”中“到2028年，全省氢能产业总产值突破500亿元”，现更正为“到2028年，全省氢能产业总产值突破1000亿元”。\n三、第三部分中“支持洛阳市建设氢能产业园2个”，其中“洛阳市”应为“新乡市”，即更正为“支持新乡市建设氢能产业园2个”。";
    const got = extract(text, { refDate: "2026-03-12" }).targets!;
    expect(got.map((t) => [t.min, t.text.includes("新乡") || t.text.includes("1000")])).toEqual([[100000000000, true], [2, true]]);
    expect(extract("对《行动计划》中的三处数据作出更正。到2030年，新型储能装机规模达到800万千瓦（原目标为500万千瓦）。").targets!.map((t) => t.min)).toEqual([8000000]);
    // (a part corrected that does not hold the amount leaves the goal: …中的“2027年”更正为“2028年”)
    const year = extract("第九条“到2027年，全市跨境电商进出口规模力争达到1000亿元”中的“2027年”更正为“2028年”。").targets!;
    expect(year.map((t) => [t.min, t.deadline])).toEqual([[100000000000, "2028-12-31"]]);
  });
});

describe("a building's specifications, shares of things attaining a standard (eval/heldout277, heldout282)", () => {
  it("首层层高不低于6米, 载重不少于5吨: standards, no goals; 80%以上的县级医院达到…标准: the share of 县级医院", () => {
    const got = extract("到2028年，新建高标准厂房100万平方米，首层层高不低于6米，配置载重不少于5吨的货运电梯。80%以上的县级医院达到医疗服务能力推荐标准。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[1000000, "高标准厂房"], [80, "县级医院"]]);
  });
});

describe("a place inside an earlier ordinal item (eval/heldout279)", () => {
  it("一是做强西安…，到2028年西安市…；二是…新建…8—10家: the later items are the plan's place's", () => {
    const text = "陕西省人民政府办公厅近日印发《陕西省服务贸易创新发展行动计划（2026—2028年）》。《行动计划》提出，到2028年，全省服务贸易进出口额力争达到80亿美元。具体来看，一是做强西安服务贸易核心区，到2028年西安市服务贸易进出口额达到68亿美元；二是培育特色服务出口基地，新建省级特色服务出口基地8—10家；三是发展数字贸易，培育数字贸易领军企业20家。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["610000", "610100", "610000", "610000"]);
 
    // (with no place of the text's or a document's behind it, the item's place is the best there is)
    const aid = "记者从会上了解到，援建项目主要有三方面：一是住房援建，2027年6月底前在陇南市文县建成集中安置住房1500套；二是教育援建，援建中小学和幼儿园8所。";
    expect(extract(aid).targets!.map((t) => t.region)).toEqual(["621222", "621222"]);
  });
});

describe("extinguishers counted in 具, a share lowered from today's (eval/heldout287, heldout290)", () => {
  it("每栋出租屋配齐灭火器不少于2具; 损耗率由目前的12%下降至6%以内", () => {
    expect(extract("到2028年，每栋出租屋配齐灭火器不少于2具。").targets!.map((t) => [t.min, t.unit])).toEqual([[2, "具"]]);
    expect(extract("到2028年，蔬菜产后损耗率由目前的12%下降至6%以内。").targets!.map((t) => [t.max, t.object])).toEqual([[6, "蔬菜产后损耗率"]]);
  });
});

describe("全市 of a text about a municipality (eval/heldout286)", () => {
  it("天津's plan, after 与北京、石家庄…相比: 全市 is 天津", () => {
    const text = "天津市生态环境局解读《天津市空气质量持续改善攻坚行动方案（2026—2028年）》\n发布时间：2026年09月08日　　来源：天津市生态环境局\n近日，经市政府同意，天津市生态环境局、天津市发展和改革委员会联合印发《天津市空气质量持续改善攻坚行动方案（2026—2028年）》（以下简称《攻坚方案》）。\n问：《攻坚方案》出台的背景是什么？\n答：近年来，我市空气质量持续改善。但与北京、石家庄等周边城市相比，仍有差距。\n问：《攻坚方案》确定了哪些主要目标？\n答：到2028年，全市PM2.5平均浓度控制在32微克/立方米以下，优良天数比率达到75%以上。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["120000", "120000"]);
  });
});

describe("a document's goals for the year with 同比 after them, things below a size (eval/heldout286)", () => {
  it("《要点》明确，2026年全市…优良天数比率达到65%以上，重污染天数同比减少2天以上: all goals", () => {
    const text = "发布时间：2026年03月02日\n《淄博市2026年大气污染防治工作要点》（以下简称《要点》）已印发。\n《要点》明确，2026年全市PM2.5平均浓度控制在40微克/立方米以内，优良天数比率达到65%以上，重污染天数同比减少2天以上。";
    expect(extract(text).targets!.map((t) => t.object)).toEqual(["PM2.5平均浓度", "优良天数比率", "重污染天数"]);
  });
  it("淘汰30万吨以下的焦化装置: a class of things, no goal", () => {
    expect(extract("2026年，全市淘汰30万吨以下的焦化装置，关停10蒸吨以下的燃煤锅炉50台。", { refDate: "2026-03-01" }).targets!.map((t) => t.min)).toEqual([50]);
  });
});

describe("people backed into business (eval/heldout285)", () => {
  it("每年扶持高校毕业生创业3000人 is a goal; 扶持资金 per head is a grant", () => {
    const got = extract("到2027年，全省每年扶持高校毕业生创业3000人。对新招用的企业每人给予扶持资金3000元。").targets!;
    expect(got.map((t) => [t.min, t.unit])).toEqual([[3000, "人"]]);
  });
});

describe("a 分别 past what the change is measured against (eval/heldout286)", () => {
  it("氮氧化物和挥发性有机物排放总量分别比2025年下降10%和8%: one thing each", () => {
    const got = extract("到2028年，氮氧化物和挥发性有机物排放总量分别比2025年下降10%和8%。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[10, "氮氧化物"], [8, "挥发性有机物排放总量"]]);
  });
});

describe("Taiwan's names of metric units (eval/heldout291, heldout188)", () => {
  it("立方公尺, 公吨 and 公尺 are units as written; 公尺内 names where the thing is", () => {
    const got = extract("到2029年，總滯洪量達到500萬立方公尺以上，帶動減碳量約30萬公噸，防汛道路拓寬至12公尺。").targets!;
    expect(got.map((t) => [t.min, t.unit, t.object])).toEqual([
      [5000000, "立方公尺", "总滞洪量"], [300000, "公吨", "减碳量"], [12, "公尺", "防汛道路"],
    ]);
    expect(extract("到2029年，捷運站周邊500公尺內設置自行車停車位2000個。").targets!.map((t) => [t.min, t.unit])).toEqual([[2000, "个"]]);
  });
});

describe("verbs of goals: cut to a value, trained in turn, moving in, finished (eval/heldout272, 265, 274, 291)", () => {
  it("由86项精简至40项以内 and 由215项减至96项, in headlines too", () => {
    expect(extract("广西出台村级组织减负“硬措施”　协助政府事项由86项精简至40项以内").targets!.map((t) => [t.max, t.object])).toEqual([[40, "协助政府事项"]]);
    expect(extract("到2027年，社区工作事项由215项减至96项。").targets!.map((t) => [t.min, t.object])).toEqual([[96, "社区工作事项"]]);
  });
  it("轮训…人次, 入驻…企业, 引入…企业", () => {
    const got = extract("到2027年，轮训行政执法人员2.6万人次，引入头部企业10家。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[26000, "行政执法人员"], [10, "头部企业"]]);
    expect(extract("截至目前，产业园已入驻企业50家。").targets).toEqual([]);
  });
  it("works finished or handed over: 完工, 竣工, 交付使用", () => {
    const got = extract("到2029年，社会住宅累计完工3万户，安置房竣工1万套，交付使用保障房5000套。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[30000, "社会住宅"], [10000, "安置房"], [5000, "保障房"]]);
  });
  it("a line carried on or a road widened: 延伸至, 拓宽至", () => {
    const got = extract("到2029年，自行车道延伸至120公里，防汛道路拓宽至12米。").targets!;
    expect(got.map((t) => [t.min, t.unit, t.object])).toEqual([[120, "公里", "自行车道"], [12, "米", "防汛道路"]]);
  });
});

describe("points of a score (eval/heldout257, heldout292)", () => {
  it("达到92分以上 is 分; not 十分, 三分之一, a clock's minutes or 分钟", () => {
    const got = extract("到2028年，市民文明素质测评指数达到92.5分以上，消费者满意度提高到85分以上。").targets!;
    expect(got.map((t) => [t.min, t.unit])).toEqual([[92.5, "分"], [85, "分"]]);
    expect(extract("到2028年，这十分重要，三分之一的企业在上午10时30分以上开门，响应时间压缩至5分钟以内。").targets!.map((t) => t.unit)).toEqual(["分钟"]);
  });
});

describe("money recovered for victims is no rebate (eval/heldout288)", () => {
  it("涉诈资金返还率不低于30%, 累计追缴返还涉诈资金突破20亿元 are goals; a tax rebate is not", () => {
    const got = extract("到“十五五”末，涉诈资金返还率不低于30%，累计追缴返还涉诈资金突破20亿元。").targets!;
    expect(got.map((t) => [t.min, t.unit])).toEqual([[30, "%"], [2000000000, "元"]]);
    expect(extract("到2030年，对新落户企业按其缴纳税款的地方留成部分返还50%。").targets).toEqual([]);
  });
});

describe("a document stating, after a paragraph of statistics (eval/heldout267)", () => {
  it("方案并提出，每年举办…不少于5场 after 据统计，截至2025年底… is a goal", () => {
    const text = "海南省人民政府办公厅印发《海南省影视产业高质量发展三年行动方案（2026—2028年）》。\n\n方案提出，到2028年，建成国际化影视拍摄基地2至3个。\n\n据统计，截至2025年底，海南已注册影视企业约2100家，2025年全省影视产业营业收入约260亿元。\n\n在支持措施方面，方案明确，对在海南拍摄的影片，给予最高500万元奖励。方案并提出，每年举办琼台影视交流活动不少于5场。";
    expect(extract(text).targets!.map((t) => [t.min, t.unit])).toEqual([[2, "个"], [5, "场"]]);
  });
  it("a document named without a verb of stating does not make the past a goal", () => {
    const text = "方案提出，到2028年，建成基地2个。\n\n据统计，截至2025年底，海南已注册影视企业约2100家。\n\n在企业方面，方案实施以来，全省已培育影视企业不少于300家。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([2]);
  });
});

describe("ahead of the rest, and a quoted name holding more than Han characters (eval/heldout285)", () => {
  it("2026年底前先行建成1个 takes the thing of the clause before, not 先行", () => {
    expect(extract("到2027年，在苏州工业园区规划建设台湾青年社区，2026年底前先行建成1个。").targets!.map((t) => [t.min, t.object])).toEqual([[1, "台湾青年社区"]]);
    expect(extract("到2027年，共建“澳门＋”特色产业园区，2027年底前先行建成3个。").targets!.map((t) => [t.min, t.object])).toEqual([[3, "“澳门＋”特色产业园区"]]);
    expect(extract("到2027年，示范区先行建成3个。").targets!.map((t) => t.object)).toEqual(["示范区"]);
  });
});

describe("livestock units, things above a yearly size, and a list of amounts before 的 (eval/heldout294)", () => {
  it("头次 and 头只 are units", () => {
    const got = extract("到2028年，全省集中免疫生猪8000万头次以上，免疫牛羊2100万头只以上。").targets!;
    expect(got.map((t) => [t.min, t.unit])).toEqual([[80000000, "头次"], [21000000, "头只"]]);
  });
  it("年出栏5000头以上的生猪规模养殖场全部落实…: the size names which farms", () => {
    const got = extract("到2028年，年出栏5000头以上的生猪规模养殖场全部落实生物安全分级管理，新创建省级动物疫病净化场120个；年屠宰生猪15万头以上的屠宰企业全面实现冷链配送。").targets!;
    expect(got.map((t) => t.min)).toEqual([120]);
    expect(extract("到2028年，新增年产10万吨以上的饲料加工能力30万吨。").targets!.map((t) => t.min)).toEqual([300000]);
  });
  it("分别承担…不低于7万头、3.5万头和4.2万头的任务: three goals", () => {
    const got = extract("到2030年，三台县、梓潼县、江油市分别承担能繁母猪保有量不低于7万头、3.5万头和4.2万头的任务。").targets!;
    expect(got.map((t) => [t.min, t.region])).toEqual([[70000, "510722"], [35000, "510725"], [42000, "510781"]]);
  });
});

describe("things and verbs of sand control, forests and tourism (eval/heldout296, heldout297, heldout298)", () => {
  it("装机规模拟达: 规模, then 拟达; a thing opening inside a quote starts at the quote", () => {
    const got = extract("到2030年，“板上发电、板下种植、板间养殖”光伏治沙基地的新能源装机规模拟达1200万千瓦。").targets!;
    expect(got.map((t) => t.object)).toEqual(["“板上发电、板下种植、板间养殖”光伏治沙基地的新能源装机规模"]);
    expect(extract("到2030年，全区新建虚拟拍摄棚20个。").targets!.map((t) => t.object)).toEqual(["虚拟拍摄棚"]);
  });
  it("该旗…需完成沙化土地治理150万亩: the place referred back to and the modal are no part of the thing", () => {
    expect(extract("该旗2026年至2028年需完成沙化土地治理150万亩。").targets!.map((t) => t.object)).toEqual(["沙化土地治理"]);
  });
  it("恢复, 回升至, 新造 are verbs of goals; nights are a unit of stays", () => {
    const got = extract("到2027年，恢复胡杨林三十万亩，新造油茶林20万亩，台湾旅客回升至130万人次，过夜旅客平均留宿时间延长至2.2晚。").targets!;
    expect(got.map((t) => [t.min, t.unit, t.object])).toEqual([
      [300000, "亩", "胡杨林"], [200000, "亩", "油茶林"], [1300000, "人次", "旅客"], [2.2, "晚", "过夜旅客平均留宿时间"],
    ]);
  });
  it("实施低产低效竹林改造，每年改造60万亩: an area takes the thing of the clause before", () => {
    expect(extract("到2030年，实施低产低效竹林改造，每年改造60万亩。").targets!.map((t) => t.object)).toEqual(["低产低效竹林改造"]);
  });
  it("推动…年均增长15%以上 in a paragraph with no date of its own is a goal", () => {
    const text = "广东省印发《方案》。方案提出，到2028年，合作区澳资企业力争达到1.2万家。\n\n金融方面，推动合作区跨境资金流动规模年均增长15%以上。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([12000, 15]);
  });
});

describe("a document only followed governs neither the goals after it nor their place (eval/heldout299)", () => {
  it("按照《鄂尔多斯市…》要求，…。力争今年实现以下目标：… in 准格尔旗's report: 准格尔旗's goals", () => {
    const text = "准格尔旗2026年政府工作报告（摘登）\n\n　　……深化产教融合。按照《鄂尔多斯市深化现代职业教育体系建设改革实施意见》要求，主动做好共同体建设。力争今年实现以下目标：组建煤炭清洁高效利用产教融合共同体1个；新建标准化实训工位600个。";
    const got = extract(text).targets!;
    expect(got.map((t) => [t.region, t.document])).toEqual([["150622", null], ["150622", null]]);
  });
});

describe("a paragraph that opens with what a document sets out (eval/heldout294)", () => {
  it("《实施方案》设置了…三个调控区间：…。其中，三台县…分别承担…的任务: goals, its 了 no past", () => {
    const text = "绵阳市农业农村局印发《绵阳市生猪产能调控实施方案（2026—2030年）》（以下简称《实施方案》），提出“十五五”期间，全市能繁母猪正常保有量稳定在31万头至34万头。\n\n记者了解到，2025年，全市出栏生猪487.6万头。\n\n《实施方案》设置了绿色、黄色、红色三个调控区间：能繁母猪存栏量低于正常保有量的92%时，启动产能增长调控。其中，三台县、梓潼县、江油市分别承担能繁母猪保有量不低于7万头、3.5万头和4.2万头的任务。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([310000, 70000, 35000, 42000]);
  });
  it("a document's review paragraph stays past: 《方案》实施以来，已建成…", () => {
    const text = "绵阳市印发《绵阳市生猪产能调控实施方案》。\n\n《实施方案》实施以来，全市已建成规模养殖场120个。";
    expect(extract(text).targets).toEqual([]);
  });
});

describe("从 as 由 before the value a change starts from (eval/heldout295)", () => {
  it("热线坐席从目前的60个增加到100个; 从2025年的48.6%提高到52% is a baseline, not the deadline", () => {
    const got = extract("到2028年，热线坐席从目前的60个增加到100个，森林覆盖率从2025年的48.6%提高到52%。").targets!;
    expect(got.map((t) => [t.min, t.object, t.deadline])).toEqual([[100, "热线坐席", "2028-12-31"], [52, "森林覆盖率", "2028-12-31"]]);
  });
  it("从2026年起 is no baseline", () => {
    expect(extract("从2026年起，每年新增学位1万个。").targets!.map((t) => t.min)).toEqual([10000]);
  });
});

describe("every school as the subject, rates per head, and whom a goal is for (eval/heldout295, heldout299)", () => {
  it("每学期每所学校至少举办2场 takes the thing of the clause before", () => {
    const got = extract("今年秋季学期起，全市将开展“家长心理健康课堂”活动，每学期每所学校至少举办2场。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[2, "“家长心理健康课堂”活动"]]);
  });
  it("精神科执业（助理）医师每10万人口达到5名: the rate's people are part of the thing", () => {
    expect(extract("到2026年，精神科执业（助理）医师每10万人口达到5名。").targets!.map((t) => t.object)).toEqual(["精神科执业（助理）医师每10万人口"]);
  });
  it("输送 and 接听 are verbs of goals; 为… before the verb says whom for", () => {
    const got = extract("到2028年，每年为株洲企业输送技术技能人才八千人以上，热线全年接听求助来电不少于1.5万人次。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[8000, "技术技能人才"], [15000, "求助来电"]]);
  });
});

describe("a verb opening a noun's head, a lone 一 opening a list, 台湾地区 before people (eval/heldout293, heldout299)", () => {
  it("建设1个知识产权运营分中心: 运营 is part of the thing", () => {
    expect(extract("到2028年，建设1个知识产权运营分中心，建设2个数据运营中心。").targets!.map((t) => t.object)).toEqual(["知识产权运营分中心", "数据运营中心"]);
  });
  it("分别建设…中心一个和两个: two goals", () => {
    const got = extract("到2028年，长沙县、浏阳市分别建设产业知识产权运营中心一个和两个。").targets!;
    expect(got.map((t) => [t.min, t.region])).toEqual([[1, "430121"], [2, "430181"]]);
    expect(extract("到2028年，打造一个和谐社区。").targets).toEqual([]);
  });
  it("引进台湾地区教师300人: the place names who", () => {
    expect(extract("到2028年，厦门市引进台湾地区教师300人。").targets!.map((t) => t.object)).toEqual(["台湾地区教师"]);
  });
});

describe("a year's figures after a level as of a month of that year (eval/heldout4)", () => {
  it("截至2024年9月，…。2024年，全市职业院校向本地企业输送毕业生1.9万人: reported", () => {
    const text = "柳州市印发《实施方案》，提出到2027年，全市建成市级产教融合实训基地10个。\n\n截至2024年9月，柳州共有职业院校26所。2024年，全市职业院校向本地企业输送毕业生1.9万人。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([10]);
  });
  it("…but a goal for that year still is one: 2026年，全市力争新建学校5所", () => {
    expect(extract("截至2026年6月，全市已建成学校10所。2026年，全市力争新建学校5所。").targets!.map((t) => t.min)).toEqual([5]);
  });
});

describe("a place list ending in a place within another, and a headline under the same verb (eval/heldout296)", () => {
  const text = "宁夏：2027年建成腾格里沙漠锁边林带360公里\n\n　　宁夏回族自治区人民政府办公厅日前印发《宁夏腾格里沙漠锁边防护林带建设实施方案（2026—2027年）》，提出用两年时间，在中卫市沙坡头区、中宁县和吴忠市同心县沿沙漠东南缘构筑“绿色屏障”。到2027年底，建成锁边防护林带360公里，完成防沙治沙任务180万亩。";
  it("the goals after 在…、中宁县和吴忠市同心县构筑… are 宁夏's", () => {
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["640000", "640000"]);
  });
  it("建成…360公里 in the headline and the body is one goal", () => {
    expect(extract(text).targets!.map((t) => t.min)).toEqual([360, 1800000]);
  });
});

describe("全区 of a text on an autonomous region, after a list of its counties (eval/heldout298)", () => {
  it("…右江区、田林县分别建设…。…全区培育…40家: 广西", () => {
    const text = "广西壮族自治区林业局近日印发《广西油茶扩面提质增效行动方案（2026—2028年）》。《方案》要求柳州市新增油茶种植面积不少于100万亩，其中百色市右江区、田林县分别建设油茶良种采穗圃2个和3个。在产业链延伸方面，至2027年，全区培育年加工能力万吨以上的油茶加工企业40家。";
    expect(extract(text).targets!.at(-1)!.region).toBe("450000");
  });
  it("全区 of a district text is still the district", () => {
    expect(extract("浦东新区印发方案。到2027年，全区新建学校10所。").targets![0].region).toBe("310115");
  });
});

describe("the partner a goal is worked with, before its verb (eval/heldout299)", () => {
  it("与企业共建产业学院1个, 与香港合作建设实验室3个: the things after the verb", () => {
    const got = extract("到2026年，每所高职院校至少与企业共建产业学院1个，与香港合作建设实验室3个。").targets!;
    expect(got.map((t) => t.object)).toEqual(["产业学院", "实验室"]);
  });
});

describe("a bound for every place in a plan's body, and ships' capacity (eval/heldout242, heldout243)", () => {
  it("（二）…。每个苏木乡镇分馆藏书不少于1万册 under the plan's title: a goal", () => {
    const text = "鄂尔多斯市人民政府办公室关于印发《鄂尔多斯市公共图书馆总分馆体系建设实施方案》的通知\n\n鄂尔多斯市公共图书馆总分馆体系建设实施方案\n\n　　一、工作目标\n　　到2030年，全市公共图书馆总藏书量达到700万册。\n　　二、主要任务\n　　（二）推动服务向牧区延伸。每个苏木乡镇分馆藏书不少于1万册，每个嘎查村服务点藏书不少于1500册。";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([7000000, 10000, 1500]);
  });
  it("载重吨 is a unit", () => {
    expect(extract("到2027年，每年新增标准化船舶运力100万载重吨。").targets!.map((t) => [t.min, t.unit])).toEqual([[1000000, "载重吨"]]);
  });
});

describe("today's level a cut starts from is no report (eval/heldout243)", () => {
  it("全省内河集装箱作业区由目前的约60个压减至35个以内, in a paragraph with no date: a goal", () => {
    const text = "《方案》提出，到2030年，全省内河高等级航道里程达到1800公里以上。\n\n在港口方面，支持佛山、肇庆、江门各建设1个内河集装箱枢纽港区，全省内河集装箱作业区由目前的约60个压减至35个以内。";
    expect(extract(text).targets!.map((t) => t.max)).toContain(35);
  });
});

describe("archives, books and land in plots (eval/heldout306, heldout307)", () => {
  it("卷, 页, 辑, 画幅, 字 (only after digits or 万), 幅", () => {
    const got = extract("到2028年，完成馆藏档案数字化1100万卷，修复15万至20万页，整理出版丛书5辑，完成2800万画幅，志书篇幅控制在200万字以内，推出产业用地至少5幅，十字路口改造10个。").targets!;
    expect(got.map((t) => [t.min ?? t.max, t.unit])).toEqual([
      [11000000, "卷"], [150000, "页"], [5, "辑"], [28000000, "画幅"], [2000000, "字"], [5, "幅"], [10, "个"],
    ]);
  });
  it("编纂, 采集 are verbs of goals", () => {
    const got = extract("到2028年，张家界市编纂1部少数民族口述史专辑，采集口述史料1000人以上。").targets!;
    expect(got.map((t) => t.object)).toEqual(["少数民族口述史专辑", "口述史料"]);
  });
});

describe("a text of Hong Kong's government names Hong Kong late (eval/heldout307)", () => {
  it("行政长官…《施政报告》… with 香港 only in the last line: its goals are 香港's", () => {
    const text = "施政报告加速北部都会区发展\n\n政府新闻网　2026年9月16日\n\n行政长官今日在立法会发表《2026年施政报告》。\n\n房屋方面，未来五年在北部都会区提供约3万伙公营房屋。行政长官表示，北部都会区是香港未来二十年最重要的发展引擎。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["810000"]);
  });
  it("no such signature, no region", () => {
    expect(extract("北部都会区发展\n\n新闻网　2026年9月16日\n\n房屋方面，未来五年在北部都会区提供约3万伙公营房屋。\n\n北部都会区是香港未来二十年最重要的发展引擎。").targets!.map((t) => t.region)).toEqual([null]);
  });
});

describe("places covered in full, a time between the places and 分别, a facility's last character (eval/heldout302, heldout308)", () => {
  it("实现14个市州中心城区全覆盖: no goal", () => {
    expect(extract("到2027年，实现14个市州中心城区全覆盖，新建10个乡镇综合文化站。").targets!.map((t) => [t.min, t.object])).toEqual([[10, "乡镇综合文化站"]]);
  });
  it("郫都区、双流区要在2026年底前分别开通…线路15条和12条", () => {
    const got = extract("到2026年，郫都区、双流区要在2026年底前分别开通地铁接驳“社区巴士”线路15条和12条。").targets!;
    expect(got.map((t) => [t.min, t.object, t.region])).toEqual([[15, "地铁接驳“社区巴士”线路", "510117"], [12, "地铁接驳“社区巴士”线路", "510116"]]);
  });
});

describe("a specification in brackets after a goal, and a part of it (eval/heldout304)", () => {
  it("新建防火隔离带200公里（宽度不低于20米）: one goal; （其中新建20座） a part of the one before", () => {
    const got = extract("到2027年，新建防火隔离带200公里（宽度不低于20米），建设瞭望塔30座（其中新建20座），全市专业扑火队伍将扩充至４５００人。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[200, "防火隔离带"], [30, "瞭望塔"], [20, "新建瞭望塔"], [4500, "专业扑火队伍"]]);
  });
});

describe("今年 before a part of the year reported on (eval/heldout294)", () => {
  it("今年前三季度，…同比增长4.3%；强制免疫病种免疫密度保持在92%以上: a report", () => {
    expect(extract("今年前三季度，全市出栏生猪862万头，同比增长4.3%；强制免疫病种免疫密度保持在92%以上。").targets).toEqual([]);
  });
  it("…while a goal after it for the whole year is one: 今年以来…；全年力争…", () => {
    expect(extract("今年以来，全市已新建学校10所；全年力争新建学校20所。").targets!.map((t) => t.min)).toEqual([20]);
  });
});

describe("machines inspected, each once a round (eval/heldout316)", () => {
  it("检验特种设备不少于60万台次 is in 台次", () => {
    expect(extract("2026年，全市检验特种设备不少于60万台次，其中电梯定期检验不少于35万台次。", { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.unit])).toEqual([[600000, "台次"], [350000, "台次"]]);
  });
});

describe("a word inside a quoted name after the count, 起 after a time, standards drawn up (eval/heldout309, heldout313, heldout315)", () => {
  it("各建设1个“共富工坊”直播间: the whole name", () => {
    expect(extract("到2028年，妙高街道、云峰街道、大柘镇各建设1个“共富工坊”直播间。").targets!.map((t) => t.object)).toEqual(["“共富工坊”直播间"]);
  });
  it("2027年起实现每周开行1列: 起 is no thing", () => {
    expect(extract("到2028年，2027年起实现每周开行1列。").targets!.map((t) => t.object)).toEqual([null]);
  });
  it("制修订…标准300项 is a goal; 发布 needs a look ahead", () => {
    expect(extract("到2028年，制修订农业地方标准300项，发布稀土团体标准五十项。").targets!.map((t) => t.min)).toEqual([300, 50]);
    expect(extract("2025年，全省发布地方标准120项。", { refDate: "2026-03-01" }).targets).toEqual([]);
  });
});

describe("扩至 as a change to a value (eval/heldout314)", () => {
  it("面积由目前的1.8平方公里扩至3平方公里; 园区面积拟扩至3900平方公里", () => {
    expect(extract("到2028年，互市贸易区面积由目前的1.8平方公里扩至3平方公里。").targets!.map((t) => [t.min, t.unit])).toEqual([[3, "平方公里"]]);
    expect(extract("到2027年，园区面积拟扩至3900平方公里。").targets!.map((t) => t.object)).toEqual(["园区面积"]);
  });
});

describe("fry released, counted in 尾 (eval/heldout312)", () => {
  it("增殖放流鱼苗3000万尾", () => {
    expect(extract("到2026年，增殖放流鱼苗3000万尾。").targets!.map((t) => [t.min, t.unit, t.object])).toEqual([[30000000, "尾", "鱼苗"]]);
  });
});

describe("fry counted in 单位 (eval/heldout203)", () => {
  it("放流…苗种15亿单位以上; 10家单位 keeps 家", () => {
    const got = extract("到2027年，放流中国对虾、三疣梭子蟹等苗种15亿单位以上，组织10家单位参与。").targets!;
    expect(got.map((t) => [t.min, t.unit])).toEqual([[1500000000, "单位"], [10, "家"]]);
  });
});

describe("areas a total is shared out among after 其中 (eval/heldout307)", () => {
  it("提供约3万伙公营房屋，其中古洞北及粉岭北新发展区合共约1.8万伙: 公营房屋", () => {
    const got = extract("未来五年在北部都会区提供约3万伙公营房屋，其中古洞北及粉岭北新发展区合共约1.8万伙。").targets!;
    expect(got.map((t) => [t.min, t.object])).toEqual([[30000, "公营房屋"], [18000, "公营房屋"]]);
  });
  it("an area before its verb too; but not a thing a verb acts on, nor a kind of park", () => {
    expect(extract("到2028年，全市筹建人才公寓1万套，其中净月高新区筹建不少于4000套。").targets!.map((t) => t.object)).toEqual(["人才公寓", "人才公寓"]);
    expect(extract("到2030年，打造城市更新片区10个，其中锦江区、青羊区各打造示范片区3个。").targets!.map((t) => t.object)).toEqual(["城市更新片区", "示范片区"]);
    expect(extract("到2028年，建设跨境电商产业园5个，其中国家级园区不少于2个。").targets!.map((t) => t.object)).toEqual(["跨境电商产业园", "国家级园区"]);
  });
});

describe("a government whose decisions are carried out, a title applied for, a drug's class (eval/heldout315, heldout310)", () => {
  it("认真落实市政府部署，积极申报陕西省…试点县；今年…: 武功县's goals", () => {
    const text = "武功县政府工作报告\n\n2月25日，武功县第十九届人民代表大会第六次会议开幕。\n\n围绕数字乡村建设，报告明确：认真落实市政府部署，积极申报陕西省数字乡村试点县；今年在普集街道、长宁镇、游凤镇各建设1个村级直播服务站。";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["610431"]);
  });
  it("完成Ⅲ期临床试验并获批上市的1类创新药: a class, no count", () => {
    expect(extract("到2027年，推动完成Ⅲ期临床试验并获批上市的1类创新药，开发新产品5类。").targets!.map((t) => [t.min, t.unit])).toEqual([[5, "类"]]);
  });
});

describe("Taiwan's 布建 and 维持, and 日照 no day (eval/heldout322)", () => {
  it("巷弄长照站布建至700处, 失智共同照护中心维持12处; 「一区一日照」 holds no date", () => {
    const r = extract("到2027年，达成「一区一日照」的目标，巷弄长照站布建至700处，失智共同照护中心维持12处。");
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[700, "巷弄长照站"], [12, "失智共同照护中心"]]);
    expect(r.dates!.map((d) => d.text)).toEqual(["到2027年"]);
  });
});

describe("targets: rules from eval/heldout325–332 (2026-11-28)", () => {
  const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.unit, t.object, t.deadline]);
  it("things listed before 均 share the amount as one goal whose thing is the list", () => {
    expect(T("到2027年，古树名木挂牌率、数字化建档率均达到100%。")).toEqual([[100, 100, "%", "古树名木挂牌率、数字化建档率", "2027-12-31"]]);
    // (places before 均 are the goal's places, and their count no part of the thing)
    expect(T("到2027年，宝鸡、咸阳、榆林、渭南4市普惠小微贷款增速均不低于18%。")).toEqual([[18, null, "%", "普惠小微贷款增速", "2027-12-31"]]);
  });
  it("a year that a meeting's or a report's statement opens, or one after the document followed, governs the parts after ；", () => {
    const dl = (s: string) => extract(s).targets!.map((t) => t.deadline);
    expect(dl("会议明确，2026年，全市将新建公益性公墓60个，乡镇覆盖率达到95%；火化率力争达到93%以上；节地生态安葬比例不低于40%。")).toEqual(
      Array(4).fill("2026-12-31"),
    );
    expect(dl("报告提出，2027年主要预期目标是：全社会研发投入强度保持在6.5%以上；深港科技合作项目突破200项；新增国家高新技术企业1000家以上。")).toEqual(
      Array(3).fill("2027-12-31"),
    );
    expect(dl("延安市印发《延安市古树名木保护工作方案》（以下简称《工作方案》）。根据《工作方案》，到2027年6月底，全市将完成古树名木数字化建档1.8万株，建档率达到100%；建设古树名木监测物联网站点120个以上，培训基层古树数字化管护员200名。")).toEqual(
      Array(4).fill("2027-06-30"),
    );
  });
  it("挂牌 is a verb of goals; 研发 and 培训 open the names of places and teams", () => {
    expect(T("到2027年，泉州市再挂牌历史建筑120处。")).toEqual([[120, 120, "处", "历史建筑", "2027-12-31"]]);
    expect(T("到2027年，新增研发实验室4所，引进研发团队30个，新建培训基地5个。").map((t) => t[3])).toEqual(["研发实验室", "研发团队", "培训基地"]);
  });
  it("a subsidy word inside a scheme's quoted name makes no subsidy of the count after it", () => {
    expect(T("2026年，推动「新型工业化资助计划」资助不少于30条智能生产线落户本港。")).toEqual([[30, null, "条", "智能生产线", "2026-12-31"]]);
  });
  it("hours by the ten thousand are a volume, not a span; niches in 格 and platelets in 治疗量 are counted", () => {
    expect(T("到2028年，志愿服务时长累计新增8000万小时。")).toEqual([[8e7, 8e7, "小时", "志愿服务时长", "2028-12-31"]]);
    expect(T("到2027年，思明区完成城市骨灰楼堂扩容8000格，机采血小板年采集量达到9万治疗量以上。").map((t) => [t[0], t[2]])).toEqual([
      [8000, "格"],
      [90000, "治疗量"],
    ]);
  });
});

describe("targets: statements after statistics (eval/heldout325, heldout171; 2026-11-28)", () => {
  it("《规划》同时要求 states goals after a paragraph of figures; a plan period past at the time of writing governs none of them", () => {
    const r = extract(
      "天津市民政局印发《天津市慈善和志愿服务发展规划（2026—2030年）》（以下简称《规划》）。数据显示，“十四五”时期，天津注册志愿者由420万人增长至538万人。2025年，全市慈善组织达到1180家。《规划》同时要求，志愿者保险覆盖率保持100%。",
      { refDate: "2026-03-02" },
    );
    expect(r.targets!.map((t) => [t.min, t.object, t.deadline])).toEqual([[100, "志愿者保险覆盖率", "2030-12-31"]]);
  });
  it("a part after ； that opens with a time of its own (本季度末，) keeps it", () => {
    const r = extract(
      "海南省商务厅联合发布《海南离岛免税购物提质扩容行动方案》（以下简称《行动方案》）。根据《行动方案》，国庆节前，三亚新开离岛免税店3家；本季度末，全省离岛免税“即购即提”商品品类扩大到60类以上。",
      { refDate: "2026-08-20" },
    );
    // (本季度末 names a month, no horizon of its own: the part has none rather than the other's)
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2026-10-01", null]);
  });
});

describe("targets: a total of the things the item before names (eval/heldout325; 2026-11-28)", () => {
  it("社区慈善基金实现街道全覆盖、总数不少于200个 counts 社区慈善基金; after a verb opening the clause before, its thing with 总数", () => {
    const obj = (s: string) => extract(s).targets!.map((t) => t.object);
    expect(obj("到2028年，社区慈善基金实现街道（乡镇）全覆盖、总数不少于200个。")).toEqual(["社区慈善基金"]);
    expect(obj("到2028年，全市社区慈善基金实现街道全覆盖，总数不少于200个。")).toEqual(["社区慈善基金"]);
    // (…but the thing of a clause before that names one, with the total: 口袋公园总数)
    expect(obj("到2028年，全市新建口袋公园，总数达到200个。")).toEqual(["口袋公园总数"]);
  });
});

describe("targets: the value a goal is compared with (eval/heldout331; 2026-11-28)", () => {
  it("较2024年的1.09% is a figure, the goal before it stays", () => {
    const r = extract("到2030年，研发投入强度达到2%以上，较2024年的1.09%接近翻倍。");
    expect(r.targets!.map((t) => t.min)).toEqual([2]);
    expect(r.figures!.map((f) => f.min)).toContain(1.09);
  });
});

describe("targets: rules of how, not levels to reach (eval/heldout295, 305, 328; 2026-11-28)", () => {
  it("a weight in an assessment and a unit cost are figures; an average rate of loans stays a goal", () => {
    const r = extract("到2027年，将该项工作纳入考核，考核权重不低于5%，集采工作分值占比不低于5%，锁边林带每公里造价约为85万元，人工智能企业贷款平均利率不高于3.5%。");
    expect(r.targets!.map((t) => t.object)).toEqual(["人工智能企业贷款平均利率"]);
    expect(r.figures!.map((f) => f.min)).toEqual(expect.arrayContaining([5, 850000]));
  });
});

describe("targets: one thing a named place builds (eval/heldout300, 307; 2026-11-28)", () => {
  it("右江区建成一个…中心 counts one; a city made into something (打造一个…城市) does not", () => {
    const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.object]);
    expect(T("到2027年，右江区建成一个覆盖全市的农产品寄递分拨中心。")).toEqual([[1, "覆盖全市的农产品寄递分拨中心"]]);
    expect(T("到2027年，炎陵县将建成一个乡村工匠创新工作室。")).toEqual([[1, "乡村工匠创新工作室"]]);
    expect(T("到2027年，南宁打造一个区域性国际消费中心城市。")).toEqual([]);
    expect(T("到2027年，各地要建立一个长效机制。")).toEqual([]);
  });
});

describe("targets: a yearly quota a document states (eval/heldout319; 2026-11-28)", () => {
  it("《攻坚方案》还提出，…。全省每年清理海漂垃圾总量不低于1万吨 is a goal; a yearly figure reported is not", () => {
    const r = extract("《海南省美丽海湾建设攻坚方案》（以下简称《攻坚方案》）提出，到2027年建成美丽海湾10个以上。\n《攻坚方案》还提出，海口市、三亚市各建设1个海漂垃圾智能监测平台。全省每年清理海漂垃圾总量不低于1万吨。");
    expect(r.targets!.map((t) => [t.min, t.object])).toContainEqual([10000, "清理海漂垃圾总量"]);
    expect(extract("2025年，全省每年清理海漂垃圾总量不低于1万吨。").targets).toEqual([]);
  });
});

describe("targets: 全区 of a prefecture written 地区 (eval/heldout304; 2026-11-28)", () => {
  it("全区 in a text on 大兴安岭地区 is that prefecture", () => {
    const r = extract("3月26日，黑龙江省大兴安岭地区行政公署新闻办召开新闻发布会。据介绍，今年全区将新开设防火隔离带1500公里，新建瞭望塔8座。", { refDate: "2026-03-27" });
    expect(r.targets!.map((t) => t.region)).toEqual(["232700", "232700"]);
  });
});

describe("targets: the text's own place and its year's goals (eval/heldout337; 2026-11-28)", () => {
  const text =
    "曲靖市召开2026年全市卫生健康工作会议\n\n　　1月22日，曲靖市召开2026年全市卫生健康工作会议。\n\n　　会议通报，2025年，全市新建村卫生室215个；宣威市、会泽县乡镇卫生院全部达到服务能力基本标准。\n\n" +
    "　　会议明确了2026年的主要目标：村卫生室标准化建设达标率提高到96%以上；新增达到服务能力推荐标准的乡镇卫生院15家。其中，宣威市新增推荐标准乡镇卫生院4家，会泽县新增3家。";
  it("a county named beside its sibling is no home of the text; the year the goals are led in by holds for every part", () => {
    expect(extract(text, { refDate: "2026-01-23" }).targets!.map((t) => [t.region, t.deadline])).toEqual([
      ["530300", "2026-12-31"],
      ["530300", "2026-12-31"],
      ["530381", "2026-12-31"],
      ["530326", "2026-12-31"],
    ]);
  });
  it("全区 of a prefecture written 地区 in an autonomous region is the region", () => {
    const r = extract("新疆维吾尔自治区文化和旅游厅介绍，阿勒泰地区冰雪旅游持续升温。到2028年，全区冰雪旅游综合收入突破1000亿元。");
    expect(r.targets!.map((t) => t.region)).toEqual(["650000"]);
  });
});

describe("targets: doses, samples and scores in Chinese numerals (eval/heldout333, 338; 2026-11-28)", () => {
  it("剂次, 人份 are units; 九十分以上 is a score, 十分 an adverb", () => {
    const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.unit]);
    expect(T("到2026年，长沙市计划完成补种5万剂次以上。")).toEqual([[50000, "剂次"]]);
    expect(T("到2028年，艾滋病哨点监测每年完成２万人份以上。")).toEqual([[20000, "人份"]]);
    expect(T("到2028年，旅游厕所游客满意度达到九十分以上。")).toEqual([[90, "分"]]);
    expect(T("到2028年，群众对此十分满意。")).toEqual([]);
  });
});

describe("targets: a lead-in line's deadline over the numbered items below it (eval/heldout338; 2026-11-28)", () => {
  it("到二〇二八年，实现以下目标：⏎（一）…；⏎（二）… gives every item 2028", () => {
    const r = extract(
      "　　一、工作目标\n　　到二〇二八年，实现以下目标：\n　　（一）新生入学结核病检查率达到98%以上；\n　　（二）全市建成学校结核病防控示范校一百所；\n　　（三）培训校医和保健教师两千人次以上。\n",
      { refDate: "2026-08-20" },
    );
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2028-12-31", "2028-12-31", "2028-12-31"]);
  });
});

describe("targets: a review that plans too, and 年内 under a later year's lead-in (eval/heldout344; 2026-11-28)", () => {
  it("社会福利署公布2026年工作回顾及2027年计划: the items after 展望2027年，…计划： are 2027's goals", () => {
    const r = extract(
      "社会福利署公布2026年工作回顾及2027年计划\n\n　　社会福利署今日发表年度工作回顾。2026年，署方新增资助宿位860个。\n\n　　展望2027年，署方计划：\n　　（一）新增社区照顾服务券1000张，令服务券总数达到1.3万张；\n　　（二）年内完成全港约700间私营安老院舍的发牌巡查，并把护养院宿位平均轮候时间再缩短至18个月以下。\n",
      { refDate: "2026-12-02" },
    );
    expect(r.targets!.map((t) => [t.min ?? t.max, t.object, t.deadline])).toEqual([
      [1000, "社区照顾服务券", "2027-12-31"],
      [13000, "服务券总数", "2027-12-31"],
      [700, "私营安老院舍的发牌巡查", "2027-12-31"],
      [18, "护养院宿位平均轮候时间", "2027-12-31"],
    ]);
  });
});

describe("targets: Taiwan's 瓩 and a review of what a year achieved (eval/heldout349; 2026-11-28)", () => {
  it("瓩 is a unit of power; 一、114年执行成果 reviews, and 全台湾 is no part of the thing", () => {
    const r = extract(
      "经济部115年度施政报告\n\n一、114年执行成果\n（一）太阳光电：114年全台湾新增设置容量280万瓩，累计达到1,520万瓩。\n\n二、115年施政目标\n（一）115年太阳光电新增设置容量300万瓩以上。\n",
      { refDate: "2026-03-10" },
    );
    expect(r.targets!.map((t) => [t.min, t.unit, t.object])).toEqual([[3000000, "瓩", "太阳光电新增设置容量"]]);
    expect(r.figures!.map((f) => f.min)).toContain(2800000);
  });
});

describe("targets: people moved out of harm's way, monitors hired (eval/heldout356; 2026-11-28)", () => {
  it("搬迁避让 and 搬迁 are verbs of goals, and name the work before the amount; 选聘 hires", () => {
    const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.object]);
    expect(T("到2028年，搬迁避让地灾受威胁群众3000户。")).toEqual([[3000, "地灾受威胁群众"]]);
    expect(T("到2026年，完成地质灾害搬迁避让1.5万户。")).toEqual([[15000, "地质灾害搬迁避让"]]);
    expect(T("今年，全市选聘群测群防员4200人左右。")).toEqual([[4200, "群测群防员"]]);
  });
});

describe("targets: Hong Kong's and Macao's wording (eval/heldout345, 355; 2026-11-28)", () => {
  it("落成 completes housing; 由现时的550个增至800个 starts from today's level", () => {
    const T = (s: string) => extract(s, { refDate: "2026-05-01" }).targets!.map((t) => [t.min, t.object]);
    expect(T("2028年底前再落成社屋4,000个。")).toEqual([[4000, "社屋"]]);
    expect(T("到2028年，回收便利点由现时的550个增至800个。")).toEqual([[800, "回收便利点"]]);
  });
});

describe("targets: misfires of the day's rules (2026-11-28)", () => {
  it("挂牌督办 puts up no plaque: a time limit after it stays a rule", () => {
    expect(extract("《方案》对隐患整改时限作出明确规定：对重大隐患实行挂牌督办，整改期限不超过3个月。").targets).toEqual([]);
  });
  it("a city listed beside its siblings is still the text's own place where a document it issues is named", () => {
    // (eval/heldout123/12304.txt)
    const r = extract(
      "河南下达灾后恢复重建资金18.6亿元　卫辉、获嘉年底前完成水毁工程修复\n\n来源：河南日报　2026年08月26日　第03版\n\n　　本报讯（记者 王文静）8月25日，记者从河南省财政厅获悉，省财政近日下达新乡、鹤壁、安阳三市灾后恢复重建资金18.6亿元，重点支持水毁农房、道路、水利设施和学校的修复重建。河南省财政厅同时印发《河南省灾后恢复重建资金管理办法》，规范资金分配和使用管理。\n\n　　今年7月下旬以来，卫河、共产主义渠流域遭遇持续强降雨，新乡市7月降雨量达到786毫米，同比偏多2.1倍。新乡市卫辉市、获嘉县、辉县市和鹤壁市浚县等地受灾严重。据统计，三市受损房屋2.7万间，水毁农村道路1650公里，损毁中小型水库和堤防工程214处，直接经济损失约124亿元。\n\n　　新乡市人民政府日前印发《新乡市“7·24”暴雨灾害灾后恢复重建工作方案》（以下简称《工作方案》）。《工作方案》提出：\n　　1.年底前，完成水毁工程修复214处，其中卫辉市、获嘉县各不少于40处；\n　　2.入冬前，完成受损农房修缮加固9800户，新建重建农房1200户以上；\n　　3.到2027年6月底前，完成卫河、共产主义渠堤防加固约86公里，新建排涝泵站5—8座；\n　　4.2027年8月底前，完成23所受损中小学校舍修复重建。\n\n　　据了解，郑州市、洛阳市已分别向卫辉市、辉县市拨付对口援建资金2亿元和1.5亿元。\n",
    );
    expect(r.targets!.filter((t) => t.min === 23).map((t) => t.region)).toEqual(["410700"]);
  });
});

describe("targets: a span of years cut to a level (eval/heldout345; 2026-11-28)", () => {
  it("社屋平均轮候时间控制在1年以内 is a goal in years; 三年内 stays a span", () => {
    expect(extract("到2030年，社屋平均轮候时间控制在1年以内。").targets!.map((t) => [t.max, t.unit, t.object])).toEqual([[1, "年", "社屋平均轮候时间"]]);
    expect(extract("到2030年，三年内建成学校5所。").targets!.map((t) => t.unit)).toEqual(["所"]);
  });
});

describe("targets: conditions and copies (eval/heldout367; 2026-11-28)", () => {
  it("须达30%以上 sets a condition; 须完成 and 必须完成 still goals; 检送《…》1份 counts copies", () => {
    expect(extract("到2028年，自偿率须达30%以上。").targets).toEqual([]);
    expect(extract("到2028年，城关区加固任务最重，须完成800栋。").targets!.map((t) => t.min)).toEqual([800]);
    expect(extract("到2028年，必须完成改造100户。").targets!.map((t) => t.min)).toEqual([100]);
    expect(extract("主旨：检送《桃园捷运绿线及延伸线建设执行计划》1份，请查照。").targets).toEqual([]);
  });
});

describe("targets: days, events, courts and changes carried on (eval/heldout265, 373, 384, 387; 2026-11-28, later)", () => {
  const T = (s: string, refDate = "2026-05-01") => extract(s, { refDate }).targets!.map((t) => [t.min, t.max, t.unit, t.object]);
  it("日 counts days where no month stands before it; 工作天 is Hong Kong's working day", () => {
    expect(T("到2027年，行政复议案件平均审理期限压缩至45日以内，主场馆年均使用日数不少于120日。")).toEqual([
      [null, 45, "日", "行政复议案件平均审理期限"],
      [120, null, "日", "主场馆年均使用日数"],
    ]);
    expect(T("到2027年，举报热线的处理时间缩短至5个工作天以内。")).toEqual([[null, 5, "个工作天", "举报热线的处理时间"]]);
    expect(extract("会议定于11月20日召开，每月15日前报送数据。", { refDate: "2026-05-01" }).targets).toEqual([]);
  });
  it("what 把 takes is the thing, after a subject, a modal or a time; 把关 is a word", () => {
    expect(T("房屋署将把空置单位的翻新周期由现时约44日缩短至30日以内。")).toEqual([[null, 30, "日", "空置单位的翻新周期"]]);
    expect(T("并建议房屋署在2027年底前把举报热线的处理时间缩短至5个工作天以内。")).toEqual([[null, 5, "个工作天", "举报热线的处理时间"]]);
    expect(T("到2027年，把关质量合格率达到98%。")).toEqual([[98, 98, "%", "把关质量合格率"]]);
  });
  it("a verb of support joined to the goal verb is no part of the thing; 招募 recruits", () => {
    expect(T("2026年全年舉辦及支持盛事不少於220場。")).toEqual([[220, null, "场", "盛事"]]);
    expect(T("今年计划招募志愿者1000名以上。")).toEqual([[1000, null, "名", "志愿者"]]);
  });
  it("a phase opening the clause is a time: 首阶段招募大使约150名", () => {
    expect(T("区内将于明年1月起试行「旅客服务大使」计划，首阶段招募大使约150名。")).toEqual([[150, 150, "名", "大使"]]);
  });
  it("the whole a part is drawn from (…名志愿者中，) is no goal; 高中 is a school", () => {
    const r = extract("全运会期间投入的5,000名志愿者中，将挑选约1,200名组成义工队。到2027年建成10所高中。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => t.min)).toEqual([1200, 10]);
    expect(r.figures!.map((f) => f.min)).toContain(5000);
  });
  it("a clause of a rate or a total alone takes the thing the clause before names", () => {
    expect(T("到2027年，支持澳门与珠海横琴联合举办国际盛事，每年不少于10场。")).toEqual([[10, null, "场", "国际盛事"]]);
    expect(T("到2027年，新建充电桩，总数不少于500个。")).toEqual([[500, null, "个", "充电桩总数"]]);
    expect(T("到2027年，建设口袋公园，数量达到50个。")).toEqual([[50, 50, "个", "口袋公园数量"]]);
  });
  it("平均每年 after a goal counts the goal's thing", () => {
    expect(T("到2030年，新增养老床位8000张，平均每年不少于2000张。")).toEqual([
      [8000, 8000, "张", "养老床位"],
      [2000, null, "张", "养老床位"],
    ]);
  });
  it("a change carried further keeps the thing the change before took from one value to another", () => {
    expect(T("局长又指出，现行酒店牌照申请审批时间已由平均6个月缩短至3个月，并将争取在2027年进一步缩短至45天以内。")).toEqual([
      [null, 45, "天", "酒店牌照申请审批时间"],
    ]);
    expect(T("局长又指出，审批时间已缩短至3个月，并将争取在2027年进一步缩短至45天以内。")).toEqual([[null, 45, "天", "审批时间"]]);
  });
  it("a goal that only changes a level takes the thing of the figure the sentence before gives", () => {
    expect(T("房屋局局长指出，截至今年10月，香港一般申请者的平均轮候时间为5.3年，较去年同期缩短0.3年。特区政府的目标是到2030年缩短至4年。", "2026-11-20")).toEqual([
      [4, 4, "年", "一般申请者的平均轮候时间"],
    ]);
  });
  it("places' courts and procuratorates are the subjects, not the things", () => {
    expect(T("2026年，福田区法院设立涉港纠纷调解工作室2个。")).toEqual([[2, 2, "个", "涉港纠纷调解工作室"]]);
    expect(T("2026年，福田区、南山区法院分别设立涉港纠纷调解工作室2个、3个。")).toEqual([
      [2, 2, "个", "涉港纠纷调解工作室"],
      [3, 3, "个", "涉港纠纷调解工作室"],
    ]);
  });
  it("Hong Kong's flats (…万个单位) count the measure of housing before them", () => {
    expect(T("到2031年，公营房屋建屋量累计达到约17万个单位。")).toEqual([[170000, 170000, "个", "公营房屋建屋量"]]);
    expect(T("到2028年，简约公屋计划再兴建不少于1万个单位。")).toEqual([[10000, null, "个", "单位"]]);
  });
});

describe("targets: Taiwan's childcare plans (eval/heldout394; 2026-11-28, later)", () => {
  const T = (s: string) => extract(s, { refDate: "2026-11-03" }).targets!.map((t) => [t.min, t.object]);
  it("what 让 makes change is the thing; 转让 is a word", () => {
    expect(T("到2030年，全市将让公共托育名额突破9000个。")).toEqual([[9000, "公共托育名额"]]);
  });
  it("a place phrase after 于 before the verb is no part of the thing", () => {
    expect(T("到2029年，于全县33乡镇市至少设置公共托育家园1处。")).toEqual([[1, "公共托育家园"]]);
  });
  it("增为 is a change from today's value: 从目前4家增为8家 sets 8", () => {
    expect(T("到2029年，县立托婴中心从目前4家增为8家。")).toEqual([[8, "县立托婴中心"]]);
  });
});

describe("targets: Taiwan's road safety (eval/heldout401, heldout349; 2026-11-28, later)", () => {
  it("a heading of a year's 重要成果 reviews it", () => {
    const r = extract("交通部115年度业务报告\n\n一、114年度重要成果\n（一）完成行人事故热点路口改善652处。\n\n二、115年度施政目标\n（一）完成行人事故热点路口改善400处。\n", { refDate: "2026-03-16" });
    expect(r.targets!.map((t) => t.min)).toEqual([400]);
  });
  it("goals a body set already (已要求…，并设定2027年…的阶段目标) lie ahead; 设定 and the year are no part of the thing", () => {
    const T = extract("交通管理部门已要求各县市在2027年6月底前完成体检，并设定2027年行人死亡人数降至300人以下、高龄者死亡人数降至1000人以下的阶段目标。", { refDate: "2026-11-20" }).targets!;
    expect(T.map((t) => [t.max, t.object])).toEqual([[300, "行人死亡人数"], [1000, "高龄者死亡人数"]]);
  });
  it("the items a plan sets out, named by its kind (行动纲领提出四大策略：), are goals", () => {
    const r = extract("交通部今日公布《道路交通安全行动纲领》。\n行动纲领提出四大策略：\n一、安全教育：每年办理高龄者交通安全宣导活动不少于3,000场；\n二、公共运输：公路客运及市区公车总数维持在1万5千辆左右。\n", { refDate: "2026-11-20" });
    expect(r.targets!.map((t) => t.min)).toEqual([3000, 15000]);
  });
  it("a headline's parts are parted by a blank: the thing is in the amount's part", () => {
    const r = extract("臺電儲能再擴大　117年底前自建儲能拚1,000MW\n\n臺灣電力公司今（5）日董事會通過《臺電公司儲能系統建置計畫（115—118年）》。", { refDate: "2026-08-05" });
    expect(r.targets!.map((t) => t.object)).toEqual(["自建储能"]);
  });
});

describe("targets: Hong Kong's railways (eval/heldout395; 2026-11-28, later)", () => {
  const T = (s: string) => extract(s, { refDate: "2026-05-20" }).targets!.map((t) => [t.min, t.object]);
  it("设 alone before a count, or before the list 共 sums up, sets things up; 建设 and 设施 are words", () => {
    expect(T("到2031年，启德系统将兴建约3.5公里路线，设7个车站。")).toEqual([[3.5, "路线"], [7, "车站"]]);
    expect(T("到2035年，香港境内设洪水桥、厦村及屯门北共3个车站。")).toEqual([[3, "车站"]]);
  });
  it("的士 is a taxi, not 的 and 士", () => {
    expect(T("到2030年，在沿线增设20个的士上落客站。")).toEqual([[20, "的士上落客站"]]);
  });
  it("a cost estimated is what a thing costs, no goal", () => {
    expect(T("到2035年，项目总投资估算约为800亿元，建成车站3个。")).toEqual([[3, "车站"]]);
  });
});

describe("targets: water and education (eval/heldout405, heldout406; 2026-11-28, later)", () => {
  const T = (s: string, refDate = "2026-06-01") => extract(s, { refDate }).targets!.map((t) => [t.min, t.max, t.object]);
  it("a bound before a rate's period (超过每日45万吨) bounds the amount; 届时 opens no thing", () => {
    expect(T("预计2029年完工，届时桃竹地区备援供水能力合计将超过每日45万吨。")).toEqual([[450000, null, "桃竹地区备援供水能力"]]);
  });
  it("a modal before a change's 由 is no part of the thing", () => {
    expect(T("到2029年，海水化淡厂产能将由每日13.5万立方米增至27万立方米。")).toEqual([[270000, 270000, "海水化淡厂产能"]]);
  });
  it("a low point reached once (一度降至21%) reports", () => {
    expect(T("到2027年，宝二水库蓄水率一度降至21%。")).toEqual([]);
  });
  it("a conjunction after a count opens the next amount's thing", () => {
    expect(T("大学城第一期将于2029年前落成，提供学额8000个及学生宿位6000个。")).toEqual([[8000, 8000, "学额"], [6000, 6000, "学生宿位"]]);
  });
  it("成立 sets bodies up where the sentence looks ahead, and reports elsewhere on the mainland", () => {
    expect(T("《蓝图》要求2027年底前成立3所应用科学大学。")).toEqual([[3, 3, "应用科学大学"]]);
    expect(T("近日，全市成立专班12个。")).toEqual([]);
  });
});

describe("targets: night-time economy and equipment renewal (eval/heldout408, heldout409, heldout222, heldout342; 2026-11-28, later)", () => {
  const T = (s: string, refDate = "2026-03-12") => extract(s, { refDate }).targets!.map((t) => [t.min, t.max, t.object]);
  it("a bounded or yearly change after a goal of its sentence goes on with its goals; so does one required", () => {
    expect(T("在区县层面，渝中区新增首店不少于100家，南岸区打造“两江夜游”升级版，游船夜游接待人次增长20%以上。").map((t) => t[0])).toEqual([100, 20]);
    expect(T("对于区属国有企业，要求设备更新投资年均增长不低于8%。")).toEqual([[8, null, "设备更新投资年均增长"]]);
    expect(T("2025年，游船夜游接待人次增长20%。")).toEqual([]);
  });
  it("hours that describe a thing are part of it, also where the places share the goal out with 各", () => {
    expect(T("到2026年，天心区、开福区各打造1条24小时“不打烊”特色街区。")).toEqual([[1, 1, "24小时“不打烊”特色街区"]]);
  });
  it("设 sets up places and facilities, not the events of a games", () => {
    expect(T("第六届市运动会将于明年8月举行，设32个大项。")).toEqual([]);
  });
  it("a headline's bare value restates the body's bounded goal of the same time only", () => {
    const r = extract("沂南县今年计划新改建农村公路120公里\n\n《行动方案》提出，到2028年，全县累计新改建农村公路不少于360公里。每年新改建农村公路不少于120公里。\n\n县交通运输局负责人表示，今年将新改建农村公路120公里。\n", { refDate: "2026-03-12" });
    expect(r.targets!.map((t) => [t.min, t.max])).toEqual([[120, 120], [360, null], [120, null]]);
    expect(r.targets![0].deadline).toBe("2026-12-31");
  });
});

describe("targets: Taiwan's digital plans (eval/heldout413; 2026-11-28, later)", () => {
  it("a budget right before its sum is no goal; revenue and spending as a measure are", () => {
    const r = extract("到2030年，总预算新台币420亿元，编列9.8亿元，一般公共预算收入达到460亿元，高校科研经费总额突破300亿元。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => t.min)).toEqual([46000000000, 30000000000]);
  });
  it("districts no code names, listed before 分别, are places; 建置 builds", () => {
    const r = extract("臺北市政府今日公布智慧城市方案，到119年，北投區、士林區將分別建置智慧交通路口80處、60處。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[80, "智慧交通路口"], [60, "智慧交通路口"]]);
  });
});

describe("targets: caps (eval/heldout396, heldout414, heldout406; 2026-11-28, later)", () => {
  it("a cap of a sum or a count is a rule; a cap of a share set higher is a goal", () => {
    const r = extract("到2027年，个人创业担保贷款额度上限提高到50万元，非本地学生比例上限提高至50%，电召的士上限为4,000部。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[50, "%"]]);
  });
});

describe("targets: Macao's transport and medical communities (eval/heldout415, heldout419; 2026-11-28, later)", () => {
  const T = (s: string) => extract(s, { refDate: "2026-05-01" }).targets!.map((t) => [t.min, t.max, t.object]);
  it("a clause of the goal's word and a rate alone takes the clause before's thing (目标每日不少于120班次)", () => {
    expect(T("到2027年，开通跨境巴士线路，目标每日不少于120班次。")).toEqual([[120, null, "跨境巴士线路"]]);
  });
  it("牵头 before the verb is no part of the thing and leaves the bound before it", () => {
    expect(T("到2027年，每个医共体至少牵头建设1个区域医学检验中心。")).toEqual([[1, null, "区域医学检验中心"]]);
  });
});

describe("targets: Taiwan's youth training and Hong Kong's waits (eval/heldout422, heldout423; 2026-11-28, later)", () => {
  it("星期 counts weeks; 星期一 is a day", () => {
    const r = extract("到2027年，稳定新症轮候时间中位数缩短至40星期以内，星期一开放。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.max, t.unit, t.object])).toEqual([[40, "星期", "稳定新症轮候时间中位数"]]);
  });
  it("开办 runs classes, 训练 trains in Taiwan's texts, 压低至 brings a rate down; 梯次 counts batches", () => {
    const r = extract("臺灣勞動部今日表示，到116年將開辦職訓班次180班，訓練青年5,400人次，青年失業率壓低至5%以內，產業體驗營每年辦理10梯次。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min ?? t.max, t.unit, t.object]).slice(0, 3)).toEqual([
      [180, "班", "职训班次"],
      [5400, "人次", "青年"],
      [5, "%", "青年失业率"],
    ]);
  });
});

describe("targets: indicator tables parted by slashes (eval/heldout427; 2026-11-28, later)", () => {
  it("a header row or a caption's brackets parted by slashes, and rows parted so", () => {
    const T = (s: string) => extract(s, { refDate: "2026-12-04" }).targets!.map((t) => [t.min, t.max, t.object, t.deadline]);
    expect(T("《方案》主要指标如下：\n指标名称／单位／2025年基数／2027年目标／属性\n都市农业总产值／亿元／612／700／预期性\n粮食播种面积／万亩／540／540以上／约束性\n")).toEqual([
      [70000000000, 70000000000, "都市农业总产值", "2027-12-31"],
      [5400000, null, "粮食播种面积", "2027-12-31"],
    ]);
    expect(T("附表摘录如下（指标名称 / 单位 / 2025年基数 / 2027年目标 / 属性）：\n港资企业数量 / 家 / 9800 / 12000 / 预期性\n").map((t) => t[0])).toEqual([12000]);
  });
});

describe("targets: Macao's elderly services (eval/heldout424; 2026-11-28, later)", () => {
  it("或以上 bounds as 以上 does; 分三期 is no part of the thing; 以…为限 is a rule", () => {
    const r = extract("到2029年，长者对社区服务的满意度达到85%或以上，分三期新增安老院舍宿位1,000个，每间院舍宿位以50个以下为限。", { refDate: "2026-08-01" });
    expect(r.targets!.map((t) => [t.min, t.max, t.object])).toEqual([[85, null, "长者对社区服务的满意度"], [1000, 1000, "安老院舍宿位"]]);
  });
});

describe("targets: zones before 分别, nights, doubling (eval/heldout421, heldout426; 2026-11-28, later)", () => {
  it("development zones listed before 分别 are places; 夜 counts nights; 倍增至 changes to a level", () => {
    const r = extract("到2027年，西安高新区、西咸新区要分别新增科技型中小企业3000家、2000家，国际旅客平均停留夜数提升至7夜以上，港澳旅客倍增至190万人次。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min, t.unit, t.object])).toEqual([
      [3000, "家", "科技型中小企业"],
      [2000, "家", "科技型中小企业"],
      [7, "夜", "国际旅客平均停留夜数"],
      [1900000, "人次", "港澳旅客"],
    ]);
  });
});

describe("targets: Hong Kong's finance and Taiwan's health insurance (eval/heldout429, heldout430; 2026-11-28, later)", () => {
  it("thresholds, funds set aside, terms and what came in since a scheme began are no goals", () => {
    const r = extract("到2027年，认购门槛为1万港元，政府会预留1亿港元，债券期限为3年，计划推出至今共接获约1万宗，新增家族办公室200家。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[200, "家族办公室"]]);
  });
  it("调升至 raises a rate; 数位 is digital, not a count of several", () => {
    const r = extract("到2027年，一般保险费率由5.17%调升至5.47%，完成卫生所数位X光设备汰换，打造韧性数位台湾。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min, t.unit, t.object])).toEqual([[5.47, "%", "一般保险费率"]]);
  });
});

describe("targets: payments, prices and fees per unit (eval/heldout394, heldout397, heldout414; 2026-11-28, later)", () => {
  it("a sum paid or charged per unit is a rate, no goal; a wage raised is one", () => {
    const r = extract("到2027年，育儿津贴提高为每月新台币7,000元，每度电收费不高于2元，亩均投入不低于3000元，托育人员平均薪资提升至每月3.8万元。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[38000, "托育人员平均薪资"]]);
  });
  it("a payment raised as Macao raises it is a payment; a level per head reached is a goal", () => {
    const r = extract("到2030年，全区城乡居民月人均养老金达到350元以上，敬老金调升至1.1万澳门元。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[350, "城乡居民月人均养老金"]]);
  });
});

describe("targets: slogans (eval/heldout392; 2026-11-28, later)", () => {
  it("an amount inside a quoted slogan is no goal; a quoted name before a count still names its thing", () => {
    const r = extract("到2027年，实现城区居民出门“300米见绿、500米见园”，新建“15分钟便民生活圈”20个，建设口袋公园50个。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => t.min)).toEqual([20, 50]);
  });
});

describe("targets: tables whose caption names the columns (eval/heldout427; 2026-11-28, later)", () => {
  const T = (s: string) => extract(s, { refDate: "2026-08-12" }).targets!.map((t) => [t.min, t.max, t.unit, t.object, t.deadline]);
  it("rows parted by —— under a caption listing the heads with 、", () => {
    expect(T("《行动计划》主要指标表（依次为指标名称、单位、2025年基数、2027年目标、属性）摘录如下：\n　　海洋生产总值——亿元——17200——20000以上——预期性；\n　　海水淡化规模——万吨/日——48——80——预期性。\n")).toEqual([
      [2000000000000, null, "元", "海洋生产总值", "2027-12-31"],
      [800000, 800000, "吨/日", "海水淡化规模", "2027-12-31"],
    ]);
  });
  it("numbered rows parted by ； under a caption that leaves the names' head out", () => {
    expect(T("《实施方案》所列主要指标（2025年基数；2027年目标；属性）：\n　　1. 台资企业数量（家）；7200；8500以上；预期性\n　　2. 对台贸易额（亿元）；约980；1200左右；预期性\n")).toEqual([
      [8500, null, "家", "台资企业数量", "2027-12-31"],
      [120000000000, 120000000000, "元", "对台贸易额", "2027-12-31"],
    ]);
  });
});

describe("targets: a level a deadline ahead sets after last figure (eval/heldout437; 2026-11-28, later)", () => {
  it("至2030年要达到5万户 after 已完工2.4万户 takes that figure's thing", () => {
    const r = extract("台北市都市更新推动中心执行长介绍，台北社会住宅累计已完工2.4万户，至2030年要达到5万户。", { refDate: "2026-09-10" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[50000, "台北社会住宅累计"]]);
  });
});

describe("targets: robots per worker, firms brought in, Macao's own texts (eval/heldout453, heldout454, heldout459; 2026-11-28, session 30)", () => {
  it("台/万人 is a rate, one unit", () => {
    const r = extract("到2027年，工业机器人密度达到450台/万人以上。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => [t.min, t.max, t.unit, t.object])).toEqual([[450, null, "台/万人", "工业机器人密度"]]);
  });
  it("firms brought in keep the place they come from; where they settle is no part of them", () => {
    const r = extract("到2026年，新引进江苏企业落地不少于60家，引进广东企业到林芝投资兴业不少于50家，吸引台湾维修企业落户20家以上。", { refDate: "2026-03-01" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[60, "江苏企业"], [50, "广东企业"], [20, "台湾维修企业"]]);
  });
  it("配合 a place's strategy is in line with it: the place is the goal's", () => {
    const r = extract("为配合澳门「1+4」适度多元发展策略，本局制订了计划。到2029年，累计培训会展及商贸专业人才不少于12000人次。");
    expect(r.targets!.map((t) => t.region)).toEqual(["820000"]);
  });
  it("a text of a Macao bureau, paid in 澳门元, is Macao's though it names Macao late", () => {
    const text = "经济及科技发展局关于印发《会展商贸人才培养计划（2027—2029年）》的通知\n\n各有关单位：\n\n　　本局制订了《会展商贸人才培养计划（2027—2029年）》（下称《计划》），现予印发。\n\n　　一、现状\n\n　　2025年，澳门会展业从业人员约7200人。\n\n　　二、目标\n\n　　到2029年，实现以下目标：\n\n　　（一）累计培训会展及商贸专业人才不少于12000人次；\n\n　　对取得证书的学员，每人最高1万5千澳门元。\n";
    const r = extract(text);
    expect(r.targets!.map((t) => [t.min, t.region, t.document])).toEqual([[12000, "820000", 0]]);
  });
  it("a notice issuing one document goes on with that document's text: its goals are the document's", () => {
    const text = "广州市商务局关于印发《会展人才培养计划（2027—2029年）》的通知\n\n各有关单位：\n\n　　现将《会展人才培养计划（2027—2029年）》印发给你们，请遵照执行。\n\n　　二、目标\n\n　　到2029年，实现以下目标：\n\n　　（一）累计培训会展专业人才不少于12000人次；\n";
    expect(extract(text).targets!.map((t) => t.document)).toEqual([0]);
    // (a news report naming the notice in its body is no notice)
    const news = "广州推进会展人才培养\n\n　　近日，广州市商务局印发《会展人才培养计划（2027—2029年）》。\n\n　　市商务局表示，到2029年，全市累计培训会展专业人才不少于12000人次。\n";
    expect(extract(news).targets!.map((t) => t.document)).toEqual([null]);
  });
  it("2000套房源 counts 套 of 房源", () => {
    const r = extract("今年完成首批2000套房源配售。", { refDate: "2026-03-01" });
    expect(r.targets!.map((t) => [t.min, t.unit, t.object])).toEqual([[2000, "套", "房源配售"]]);
  });
});

describe("targets: one change over several things, and a notice's document and place (eval/heldout464, heldout123; session 30)", () => {
  it("事故起数、死亡人数较2025年分别下降20%以上 is a goal for each thing", () => {
    const r = extract("到2027年，全省危险化学品事故起数、死亡人数较2025年分别下降20%以上。", { refDate: "2026-03-01" });
    expect(r.targets!.map((t) => [t.min, t.unit, t.object]).sort()).toEqual([[20, "%", "危险化学品事故起数"], [20, "%", "死亡人数"]].sort());
    // (places each to one change stay one goal, as before)
    const p = extract("到2027年，榆林市、延安市煤化工企业单位产品能耗分别下降5%。", { refDate: "2026-03-01" });
    expect(p.targets!.filter((t) => t.min === 5).length).toBeGreaterThanOrEqual(1);
    expect(p.targets!.map((t) => t.object)).not.toContain("榆林市");
  });
  it("a notice's document gives its goals their document and its plan's years, not the title's place", () => {
    const text = "雅安市人民政府关于印发《雅安市芦山地震灾后恢复重建实施规划（2026—2028年）》的通知\n\n各县（区）人民政府：\n\n　　现印发给你们，请认真贯彻执行。\n\n　　全市完成受损农房维修加固3.4万户。\n";
    const r = extract(text, { refDate: "2026-06-08" });
    expect(r.targets!.map((t) => [t.min, t.document, t.region, t.deadline])).toEqual([[34000, 0, "511800", "2028-12-31"]]);
  });
});

describe("targets: bounds classing the things counted, and 三位一体 (eval/heldout468, heldout464; session 30)", () => {
  it("新增年出栏500头以上生猪规模养殖场300个: the 300 farms are the goal, 500头以上 picks them", () => {
    const r = extract("今年新增年出栏500头以上生猪规模养殖场300个。", { refDate: "2026-03-01" });
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[300, "个"]]);
    expect(extract("今年建成5000平方米以上冷库20座。", { refDate: "2026-03-01" }).targets!.map((t) => [t.min, t.unit])).toEqual([[20, "座"]]);
  });
  it("三位一体 counts no 位", () => {
    const r = extract("今年推广“三位一体”工作法，开展执法检查不少于1200次。", { refDate: "2026-03-01" });
    expect(r.targets!.map((t) => t.unit)).toEqual(["次"]);
  });
});

describe("targets: Taiwan's plan years, goals a plan lists (eval/heldout469, heldout230; session 30)", () => {
  it("《…计划（115至117年）》 ends in 2028, and 计划目标为： lists its goals", () => {
    const text = "2026年4月16日　記者許家豪／雲林報導　縣長宣佈《雲林縣智慧農業推動計劃（115至117年）》正式啟動。\n\n計劃目標為：\n1. 到117年，全縣農業無人機合格飛手增加至1,000人以上；\n2. 智慧灌溉系統導入面積達8,000公頃；\n";
    const r = extract(text);
    expect(r.targets!.map((t) => [t.min, t.deadline, t.document])).toEqual([[1000, "2028-12-31", 0], [8000, "2028-12-31", 0]]);
  });
  it("a bound before a count that is itself a class keeps its goal (培育10个以上常住人口超过50万人的县城)", () => {
    const r = extract("到2027年，培育10个以上常住人口超过50万人的县城。");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[10, "个"]]);
  });
});

describe("targets: the present a change starts from, an average (eval/heldout475; session 30)", () => {
  it("轮候时间由目前平均约2.5年缩短至1.5年以内 is a goal; 目前 is where it starts", () => {
    const r = extract("《规划》提出，2030年前落成公共房屋逾2.8万个单位。社屋轮候时间由目前平均约2.5年缩短至1.5年以内，经屋申请的审批时间控制在10个月以内。");
    expect(r.targets!.map((t) => [t.max, t.unit, t.object])).toEqual([[null, "个", "单位"], [1.5, "年", "社屋轮候时间"], [10, "个月", "经屋申请的审批时间"]]);
  });
});

describe("targets: a plan's breakdown after 其中, and 2027年内 written in December (eval/heldout459; session 30)", () => {
  const text = "澳门会议展览业协会年会召开\n\n　　本报讯　澳门会议展览业协会12月1日在路氹城举行2026年度会员大会。\n\n　　会上发布的《澳门会议展览业协会2027年工作计划》提出，2027年协会将推动会员企业承办会展活动不少于700场，会员企业数目增至260家。其中，会议组织、展览搭建两类会员企业分别新增15家、10家。\n\n　　罗嘉明并称，协会将与香港的业界组织合作，2027年内组织会员赴外地参展不少于12次。\n";
  it("其中 right after a sentence of goals breaks them down: goals too", () => {
    const r = extract(text);
    expect(r.targets!.map((t) => t.min)).toEqual(expect.arrayContaining([700, 260, 15, 10]));
  });
  it("2027年内, written in December 2026, looks ahead: a goal", () => {
    expect(extract(text).targets!.map((t) => t.min)).toContain(12);
  });
});

describe("targets: a plan a year's tasks only work around (eval/heldout466; session 30)", () => {
  it("今年，我们将围绕《…（2026—2030年）》（以下简称《实施方案》）…抓好以下工作： the year's tasks, not the plan's", () => {
    const text = "长沙市妇联2027年工作报告（摘要）\n\n——2027年1月22日在长沙市妇女联合会十四届五次执委会议上\n\n二、2027年主要任务\n今年，我们将围绕《长沙市妇女儿童发展纲要实施方案（2026—2030年）》（以下简称《实施方案》）中期目标，重点抓好以下工作：\n（一）新建“儿童之家”150个；\n（二）新增普惠托位6000个以上。\n";
    const r = extract(text);
    expect(r.targets!.map((t) => [t.min, t.deadline, t.document])).toEqual([[150, "2027-12-31", null], [6000, "2027-12-31", null]]);
  });
});

describe("targets: kilovolt-amperes (eval/heldout479; session 30)", () => {
  it("新增变电容量8000万千伏安 is 8000万 千伏安, not 千伏", () => {
    const r = extract("到2028年，新增变电容量8000万千伏安，农网户均配变容量不低于三点五千伏安。");
    expect(r.targets!.map((t) => [t.min, t.unit, t.object])).toEqual([[80000000, "千伏安", "变电容量"], [3.5, "千伏安", "农网户均配变容量"]]);
  });
});

describe("targets: Hong Kong's flats with a bound, a heading that reviews and plans (eval/heldout373; session 30)", () => {
  it("达到3.6万个单位以上: 以上 after 单位 bounds the count", () => {
    const r = extract("2027年，公营房屋落成量达到3.6万个单位以上。");
    expect(r.targets!.map((t) => [t.min, t.max, t.qualifier, t.object])).toEqual([[36000, null, "以上", "公营房屋落成量"]]);
  });
  it("…2026年工作总结和2027年工作要点: the goals under it are no review", () => {
    const text = "香港特区政府房屋局2026年工作总结和2027年工作要点（摘要）\n\n　　2026年，全年公营房屋落成量约3.2万个单位，同比增长约21%。\n\n　　房屋局2027年工作要点如下：\n\n　　1.一般申请者的平均轮候时间缩短至5年以下。\n　　2.推出资助出售单位约1.2万个。\n";
    const r = extract(text);
    expect(r.targets!.map((t) => t.object)).toEqual(["一般申请者的平均轮候时间", "资助出售单位"]);
  });
});

describe("targets: a project list's rows, 新开工, copies sent (eval/heldout487, heldout492; session 30)", () => {
  it("序号1　项目名称：…　建设内容：新建厂房12万平方米　总投资85亿元: what a project is, no goal", () => {
    const text = "开工项目清单（摘录）：\n　　序号1　项目名称：合肥新型显示模组产业园　建设内容：新建厂房12万平方米　总投资85亿元　年度投资20亿元\n\n　　2026年全市安排重大项目1500个，年内力争竣工投产项目300个以上。蜀山区、包河区今年分别新开工重大项目80个、95个。\n";
    const r = extract(text, { refDate: "2026-03-26" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[1500, "重大项目"], [300, "投产项目"], [80, "重大项目"], [95, "重大项目"]]);
  });
  it("检送《…》1份 counts copies, no goal", () => {
    const r = extract("桃园市政府　函\n\n主旨：检送《桃园市弱势家庭脱贫自立发展计划（116年至118年）》（以下简称《本计划》）1份，请查照。\n说明：本计划目标为：到2029年，辅导弱势家庭脱贫1,500户。\n");
    expect(r.targets!.map((t) => t.unit)).toEqual(["户"]);
  });
});

describe("targets: 辅导 counts what is coached (eval/heldout458, heldout492; session 30)", () => {
  it("每年辅导节能改善案例1,000件以上 is a goal", () => {
    const r = extract("到2027年，每年辅导节能改善案例1,000件以上。");
    expect(r.targets!.map((t) => [t.min, t.unit, t.object])).toEqual([[1000, "件", "节能改善案例"]]);
  });
});

describe("targets: a congress's term is an ordinal (eval/heldout485; session 30)", () => {
  it("市政协十四届三次会议 counts no 届", () => {
    const r = extract("海洋发展局关于市政协十四届三次会议第0123号提案的答复。到2027年，建成海洋牧场5个。");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[5, "个"]]);
  });
});

describe("targets: what a disaster broke, restored (eval/heldout488; session 30)", () => {
  it("7月25日前剩余停电的3.6万户全部恢复供电; 31条农村供水工程8月底前全部修复", () => {
    const r = extract("《方案》提出，7月25日前剩余停电的3.6万户全部恢复供电；受损的31条农村供水工程8月底前全部修复。", { refDate: "2026-07-20" });
    expect(r.targets!.map((t) => [t.min, t.object, t.deadline])).toEqual([[36000, "停电", "2026-07-25"], [31, "农村供水工程", "2026-08-31"]]);
    // (restored already: a report)
    expect(extract("截至目前，全市3.6万户已全部恢复供电。", { refDate: "2026-07-20" }).targets).toEqual([]);
  });
});

describe("targets: a goal restated after 即 (eval/heldout495; session 30)", () => {
  it("达到35%，即350万千瓦: one goal, stated first", () => {
    const r = extract("到2027年，新能源装机占比达到35%，即350万千瓦；集装箱吞吐量达到3500万标准箱。");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[35, "%"], [35000000, "标准箱"]]);
  });
});

describe("targets: bounds on each single thing, and 二次消费 (eval/heldout495, heldout499; session 30)", () => {
  it("单笔转贷期限不超过15天, 单个项目补助不超过500万元: caps and sums, no goals; a floor on each stays a goal", () => {
    const r = extract("到2027年，建成充电站100座，单笔转贷期限不超过15天，单个项目补助不超过500万元。");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[100, "座"]]);
    const floor = extract("到2027年，建成服务区充电站100座，单个服务区充电车位不少于8个。");
    expect(floor.targets!.map((t) => [t.min, t.unit])).toEqual([[100, "座"], [8, "个"]]);
  });
  it("二次消费 counts no 次", () => {
    const r = extract("到2027年，演唱会带动二次消费增长20%，举办演出不少于30次。");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[20, "%"], [30, "次"]]);
  });
});

describe("targets: villages named before 分别 are where, not what (eval/heldout497; session 30)", () => {
  it("其中林头村、西滘村分别完成300亩、200亩 takes the thing of the clause before", () => {
    const r = extract("今年各村完成村级工业园改造不少于100亩，其中林头村、西滘村分别完成300亩、200亩。", { refDate: "2027-02-01" });
    expect(r.targets!.map((t) => t.min)).toEqual([100, 300, 200]);
    expect(r.targets!.every((t) => t.object !== null && t.object.includes("村级工业园"))).toBe(true);
  });
});

describe("targets: capital a sum is of, after it (eval/heldout481; session 30)", () => {
  it("推动超过1000亿元国有资本向…集中: the capital, not who moves it", () => {
    const r = extract("到2027年，国企将推动超过1000亿元国有资本向战略性新兴产业集中。");
    expect(r.targets!.map((t) => t.object!.startsWith("国有资本"))).toEqual([true]);
  });
});

describe("targets: a headline naming a year's list of tasks dates the text no earlier (eval/heldout497; session 30)", () => {
  it("华西街道２０２７年为民办实事项目清单出炉: ２０２６年…新增城镇就业６２０人 is a report", () => {
    const text = "华西街道２０２７年为民办实事项目清单出炉\n\n　　近日，华西街道公布２０２７年为民办实事项目清单。\n\n　　２０２６年，华西街道１０件民生实事全部完成，新增城镇就业６２０人，改造背街小巷１４条。\n\n　　根据清单，２０２７年街道将新增城镇就业６５０人以上；改造背街小巷１０条。\n";
    expect(extract(text).targets!.map((t) => t.min)).toEqual([650, 10]);
  });
});

describe("targets: what someone may get (eval/heldout493; session 30)", () => {
  it("入住驿站的青年可免费入住不超过7天: a benefit, no goal", () => {
    const r = extract("到2027年，建成青年驿站20个，入住驿站的青年可免费入住不超过7天。");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[20, "个"]]);
  });
});

describe("targets: a class of places covered in full, and a rule of thumb (eval/heldout460, heldout469; session 30)", () => {
  it("三百人以上的行政村实现…全覆盖: the bound picks what is covered; 以10公顷为原则 is a rule", () => {
    const r = extract("二〇二六年底前，全县三百人以上的行政村实现幼儿园（班）全覆盖，新增村级幼儿班四十个左右，每区面积以10公顷为原则。");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([[40, "个"]]);
    expect(extract("到2027年，90%以上的行政村实现快递服务全覆盖。").targets!.map((t) => t.min)).toEqual([90]);
  });
});

describe("targets: a distance that bounds a zone (eval/heldout462; session 30)", () => {
  it("沿江１公里范围内化工企业全部完成搬迁改造: where, no goal", () => {
    const r = extract("到２０２７年，沿江１公里范围内化工企业全部完成搬迁改造，完成长江干流岸线复绿２０公里。");
    expect(r.targets!.map((t) => t.min)).toEqual([20]);
  });
});

describe("targets: a project table's rows without labels (eval/heldout487; session 30)", () => {
  it("1　济南新材料产业园一期　新建厂房30万平方米　总投资120亿元　年度投资35亿元: what a project is", () => {
    const text = "2026年，全市确定市级重点项目800个。\n\n　　重点项目（摘录）：\n　　1　济南新材料产业园一期　新建厂房30万平方米　总投资120亿元　年度投资35亿元\n";
    expect(extract(text, { refDate: "2026-02-01" }).targets!.map((t) => t.min)).toEqual([800]);
  });
});

describe("targets: a year opening a statement that follows a document named back by its kind (eval/heldout454; session 30)", () => {
  it("根据要点，二〇二七年，…；…；选派干部八百人次: every part takes 2027", () => {
    const r = extract("根据要点，二〇二七年，广州将向毕节市投入财政帮扶资金不低于二十三亿元，新增共建产业园区四个；帮助两地农村劳动力转移就业十三万人以上；选派干部八百人次。", { refDate: "2026-12-08" });
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2027-12-31", "2027-12-31", "2027-12-31", "2027-12-31"]);
  });
});

describe("targets: the parts after ； of a statement that goes by a document (eval/heldout466; session 30)", () => {
  it("据介绍，2025年…已建成…。根据《方案》，今年全市将新建…；福田区、南山区分别建设…4个、5个；…至少开展2次…", () => {
    const text = "据介绍，2025年深圳已建成心理健康服务站146个。根据《方案》，今年全市将新建未成年人心理健康服务站120个；福田区、南山区分别建设心理辅导中心4个、5个；每所中小学每学期至少开展2次心理健康筛查。";
    expect(extract(text, { refDate: "2026-04-08" }).targets!.map((t) => t.min)).toEqual([120, 4, 5, 2]);
  });
});

describe("targets: a zone named alone before its amount is where (eval/heldout466; session 30)", () => {
  it("…分别新建社区嵌入式托育点30个、20个、20个；郑东新区不低于15个: the same thing", () => {
    const r = extract("到2027年，金水区、二七区、中原区将分别新建社区嵌入式托育点30个、20个、20个；郑东新区不低于15个。");
    expect(r.targets!.map((t) => t.object)).toEqual(["社区嵌入式托育点", "社区嵌入式托育点", "社区嵌入式托育点", "社区嵌入式托育点"]);
  });
});

describe("targets: Hong Kong's bureaus, parts after 当中, and flats counted by 单位 (eval/heldout373, heldout506; session 31)", () => {
  it("房委会 marks a text of Hong Kong's government: its goals are Hong Kong's, though 东莞 and 中山 are named later", () => {
    const text = "简约公屋首批申请反应热烈\n\n2026年11月3日　港闻日报\n\n房委会昨日公布香港首批简约公屋的申请结果。\n\n房委会表示，目标在2027年底前再推出1.5万个简约公屋单位。\n\n组件在东莞、中山等地厂房预制。";
    expect(extract(text, { refDate: "2026-11-03" }).targets!.map((t) => t.region)).toEqual(["810000"]);
  });
  it("当中, as 其中, breaks the goal before it down in its own unit, verb or none; the thing of 供应目标 is the supply", () => {
    const text = "未来十年（2027年至2036年）香港的总房屋供应目标维持在44万个单位，即公营房屋供应目标为30.8万个单位。当中，公屋及绿表置居计划单位21.6万个，其他资助出售房屋单位9.2万个。";
    expect(extract(text, { refDate: "2026-12-08" }).targets!.map((t) => t.object)).toEqual(["总房屋供应", "公营房屋供应", "公屋及绿表置居计划单位", "其他资助出售房屋单位"]);
    expect(extract("到2027年，全市建成保障性住房3万套。其中，公租房1万套。").targets!.map((t) => t.min)).toEqual([30000, 10000]);
  });
  it("…but not a count of the places that act (其中，…阿坝3个自治州实现…), nor places that each take a share (各至少1所)", () => {
    expect(extract("到2026年底，每个试点省份至少建成3个示范县。其中，四川将在凉山、甘孜、阿坝3个自治州实现全覆盖。").targets!.map((t) => t.min)).toEqual([3]);
  });
  it("the 应 of 供应 is no modal: 电力供应达到100万千瓦 keeps its thing whole", () => {
    expect(extract("到2027年，全市电力供应达到100万千瓦。").targets!.map((t) => t.object)).toEqual(["电力供应"]);
  });
  it("把 after a year, and a level fallen back to after 并于…期间逐步: the thing of the goal before", () => {
    const r = extract("房屋局的目标是到2030年把一般申请者的平均轮候时间降至4年，并于「十五五」期间逐步回落至3年。", { refDate: "2026-12-08" });
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[4, "一般申请者的平均轮候时间"], [3, "一般申请者的平均轮候时间"]]);
  });
  it("维持在 sets a level, and a wait in weeks is its amount (紧急个案轮候时间维持在2星期以内)", () => {
    expect(extract("到2028年，紧急个案轮候时间维持在2星期以内。").targets!.map((t) => [t.max, t.unit, t.object])).toEqual([[2, "星期", "紧急个案轮候时间"]]);
  });
  it("其中不少于200张为内科病床: the part is named after 为", () => {
    expect(extract("医管局今年将新增病床约800张，其中不少于200张为内科病床。").targets!.map((t) => t.object)).toEqual(["病床", "内科病床"]);
  });
  it("由每年590个增至每年650个: the thing stands before 由 and its yearly level", () => {
    expect(extract("到2028年，医科生名额由每年590个增至每年650个。").targets!.map((t) => t.object)).toEqual(["医科生名额"]);
  });
  it("…5,000个的分配: only the work on the things follows, the things are before the amount", () => {
    expect(extract("明年将完成新城A区第二批经济房屋单位5,000个的分配。").targets!.map((t) => t.object)).toEqual(["新城A区第二批经济房屋单位"]);
  });
});

describe("targets: yearly counts in a sentence of goals, and lead-ins of goals (eval/heldout394, heldout504, heldout509; session 31)", () => {
  it("a count for every year after a goal cue or a goal of its statement, verb or none", () => {
    expect(extract("另外，市府也将新设育儿友善职场认证，目标每年认证企业30家。").targets!.map((t) => t.min)).toEqual([30]);
    const r = extract("计划也订出量化指标：到2029年，准公共托育名额达到3,500个以上；偏乡巡回托育服务每年服务2万人次；县立托婴中心从目前4家增为8家。", { refDate: "2026-06-01" });
    expect(r.targets!.map((t) => t.min)).toEqual([3500, 20000, 8]);
    expect(extract("过去五年，全县每年认证企业30家。", { refDate: "2026-06-01" }).targets).toEqual([]);
  });
  it("目标包括： leads goals in: its parts after ； are goals though the paragraph opened with a past", () => {
    const text = "水利署长表示，第四期计划已完成河川整治约186公里，2025年全省水环境工程完工率为93%。第五期将聚焦韧性治水，目标包括：一、改善淹水面积300平方公里；二、新建滞洪池15座；三、完成河川及排水整治120公里。";
    expect(extract(text, { refDate: "2026-01-22" }).targets!.map((t) => t.min)).toEqual([15, 120]);
  });
  it("须达到 with a time ahead in its clause is a milestone, not a condition", () => {
    expect(extract("按照新计划，2027年铁路立体化工程完工率须达到50%。", { refDate: "2026-06-01" }).targets!.map((t) => [t.min, t.object])).toEqual([[50, "铁路立体化工程完工率"]]);
    expect(extract("申请项目的自偿率须达30%以上。", { refDate: "2026-06-01" }).targets).toEqual([]);
  });
  it("an item opened by 一是 under a lead-in of next year's work: 全年 is that year", () => {
    const text = "上海召开2027年全市市场监管工作会议\n\n发布时间：2026-12-29\n\n　　会议明确，2027年要重点抓好以下工作：\n　　一是守牢食品安全底线。全年完成食品安全抽检15万批次以上。\n";
    expect(extract(text).targets!.map((t) => [t.min, t.deadline])).toEqual([[150000, "2027-12-31"]]);
  });
});

describe("targets: units, blanks and lists of places (eval/heldout324, heldout501, heldout503, heldout511, heldout515; session 31)", () => {
  it("capacity per month or year: 片/月, 片/年; a flow written with 每: 立方米每秒", () => {
    expect(extract("到2028年，12英寸晶圆制造产能达到60万片/月以上。").targets!.map((t) => [t.min, t.unit])).toEqual([[600000, "片/月"]]);
    expect(extract("到2027年，新增泵站排水能力50立方米每秒。").targets!.map((t) => [t.min, t.unit])).toEqual([[50, "立方米每秒"]]);
  });
  it("two blanks between a thing and its amount still join them (筹集保障性租赁住房  5000套)", () => {
    expect(extract("今年，昆山将筹集保障性租赁住房  5000套。", { refDate: "2026-02-01" }).targets!.map((t) => t.object)).toEqual(["保障性租赁住房"]);
  });
  it("places closed by 等 and where they lie (等临江区), then 每个区: where, not what", () => {
    const text = "今年汛期全市将组织防溺水巡查不少于100万人次。其中，綦江区、合川区、长寿区等临江区每个区巡查不低于5万人次。";
    expect(extract(text, { refDate: "2026-05-01" }).targets!.map((t) => t.object)).toEqual(["防溺水巡查", "巡查"]);
  });
  it("people counted after the households of the same work take the households' thing; the text is the amount's own", () => {
    const r = extract("到2028年，全省实施地质灾害避险搬迁3万户、10万人以上。");
    expect(r.targets!.map((t) => [t.text, t.object])).toEqual([["实施地质灾害避险搬迁3万户", "地质灾害避险搬迁"], ["10万人以上", "地质灾害避险搬迁"]]);
  });
  it("信用修复 is a noun: its 修复 is no verb that cuts the thing", () => {
    expect(extract("今年全省将办理信用修复1.5万条以上。", { refDate: "2026-02-01" }).targets!.map((t) => t.object)).toEqual(["办理信用修复"]);
  });
});

describe("targets: Taiwan's 全台湾 (eval/heldout504; session 31)", () => {
  it("全台湾 is the subject's place, whole, not 全台 and a 湾 left in the thing; a 须 before the level goes too", () => {
    const r = extract("內政部表示，全臺灣工程完工率於117年底前須達到70%。", { refDate: "2026-06-01" });
    expect(r.targets!.map((t) => [t.object, t.region, t.deadline])).toEqual([["工程完工率", "710000", "2028-12-31"]]);
  });
});

describe("targets: a year in a heading above a run of items, capital numerals (eval/heldout519; session 31)", () => {
  it("贰、115年施政目标 ⏎ 一、… ⏎ 二、… ⏎ 三、…: every item takes the heading's year", () => {
    const text = "新竹市政府115年度施政報告\n\n壹、114年執行成果\n一、汰換管線62公里。\n\n貳、115年施政目標\n一、香山再生水廠第二期擴建完成，供水量提升至2萬噸/日。\n二、新竹海水淡化廠完成環評。\n三、汰換老舊管線，漏水率降至13.5%以下。\n四、推動社區雨水貯留設施30處。\n";
    const r = extract(text, { refDate: "2026-03-01" });
    expect(r.targets!.map((t) => [t.min ?? t.max, t.deadline])).toEqual([[20000, "2026-12-31"], [13.5, "2026-12-31"], [30, "2026-12-31"]]);
  });
  it("a measure for every year after a goal cue: 节水目标为每年节约用水3亿吨", () => {
    expect(extract("方案亦要求，农业灌溉节水目标为每年节约用水3亿吨。").targets!.map((t) => [t.min, t.unit])).toEqual([[300000000, "吨"]]);
  });
});

describe("targets: shares of things that act, increases to a level, works on things, levels still held (eval/heldout506, heldout525, heldout526; session 31)", () => {
  it("a share with nothing before it counts the things after it and what they do", () => {
    expect(extract("到2028年，争取80%以上中学开设人工智能课程。").targets!.map((t) => [t.min, t.object])).toEqual([[80, "中学开设人工智能课程"]]);
    expect(extract("到2030年，全市森林覆盖率达到80%以上。").targets!.map((t) => t.object)).toEqual(["森林覆盖率"]);
  });
  it("增加1000个至约6600个: the level reached is the goal, the increase is no goal of its own", () => {
    const r = extract("到2028年，研究院研究课程学额增加1000个至约6600个。");
    expect(r.targets!.map((t) => [t.min, t.object])).toEqual([[6600, "研究院研究课程学额"]]);
  });
  it("完成游客中心改建6处: the rebuilding is what is counted, after the verb that governs it", () => {
    expect(extract("此外，市府将于2028年6月底前完成游客中心改建6处。").targets!.map((t) => t.object)).toEqual(["游客中心改建"]);
    expect(extract("到2027年，全市改建学校6所。").targets!.map((t) => t.object)).toEqual(["学校"]);
  });
  it("仍维持在约110%: a level still held, not a goal", () => {
    expect(extract("今年内科住院病床平均住用率仍维持在约110%，医管局将新增病床约800张。", { refDate: "2026-02-01" }).targets!.map((t) => t.min)).toEqual([800]);
  });
});

describe("targets: a lead-in that names the year and who will act (eval/heldout533; session 31)", () => {
  it("…在2050年前实现碳中和。为此，今年政府将：⏎——…: the items are this year's", () => {
    const text = "根据《蓝图》，本港力争在2050年前实现碳中和。为此，今年政府将：\n——新增公共充电器不少于1.2万个；\n——推动电力公司把天然气发电比例提升至50%左右。";
    expect(extract(text, { refDate: "2027-02-03" }).targets!.map((t) => t.deadline)).toEqual(["2027-12-31", "2027-12-31"]);
  });
});

describe("targets: Taiwan's labour texts (eval/heldout534; session 31)", () => {
  it("under a deadline ahead, a count for every year needs no verb of goals (每年协助…就业12万人次)", () => {
    expect(extract("计划目标到2030年，每年协助中高龄及高龄者就业12万人次。", { refDate: "2026-11-12" }).targets!.map((t) => t.min)).toEqual([120000]);
  });
  it("协助 sets the people helped as a goal (协助部分工时劳工加保劳保10万人)", () => {
    expect(extract("目标到2028年，协助部分工时劳工加保劳保10万人。", { refDate: "2026-09-04" }).targets!.map((t) => t.object)).toEqual(["部分工时劳工加保劳保"]);
  });
  it("a minimum or basic wage raised to a level is a standard, an average wage a goal", () => {
    expect(extract("基本工资明年调升至每月29,500元，目标到2028年违规企业复查率达到100%。", { refDate: "2026-09-04" }).targets!.map((t) => t.min)).toEqual([100]);
    expect(extract("到2028年，全市职工平均工资提高到10万元以上。").targets!.map((t) => t.min)).toEqual([100000]);
  });
});

describe("targets: currencies before sums, and verbs of collecting and building again (eval/heldout541, heldout544, heldout547; session 31)", () => {
  it("the currency written before a sum is no part of the thing (产值提升至新台币15亿元)", () => {
    expect(extract("到2029年，箱网养殖产值提升至新台币15亿元。").targets!.map((t) => t.object)).toEqual(["箱网养殖产值"]);
  });
  it("回收 and 再建 set goals in headlines too", () => {
    expect(extract("深圳电动自行车以旧换新再加码　年内目标回收旧车30万辆\n\n正文。", { refDate: "2026-07-16" }).targets!.map((t) => t.object)).toEqual(["旧车"]);
    expect(extract("西安：今年再建公交专用道50公里\n\n正文。", { refDate: "2026-02-10" }).targets!.map((t) => t.object)).toEqual(["公交专用道"]);
  });
});

describe("targets: Hong Kong's budget texts (eval/heldout549; session 31)", () => {
  it("a sum written before the bonds it is: the bonds are the thing", () => {
    const r = extract("政府将在未来五年每年发行约1,300亿港元政府债券，今年推出不少于500亿港元的零售债券。", { refDate: "2026-02-26" });
    expect(r.targets!.map((t) => t.object)).toEqual(["政府债券", "零售债券"]);
  });
  it("a bounded count of measures under a time ahead is a goal; a document's count of its measures is none", () => {
    expect(extract("各政策局须在2027年3月底前提出不少于3项节省开支措施。", { refDate: "2026-10-20" }).targets!.map((t) => t.min)).toEqual([3]);
    expect(extract("《方案》在2027年前提出15条措施。", { refDate: "2026-10-20" }).targets).toEqual([]);
  });
});

describe("targets: 每处 after a count of sites (eval/heldout550; session 31)", () => {
  it("…各兴建1处社宅示范基地，每处不少于500户: each site's households, the sites' thing", () => {
    const r = extract("市府亦将在凤山、前镇、楠梓各兴建1处社宅示范基地，每处不少于500户。");
    expect(r.targets!.map((t) => [t.text, t.object])).toEqual([["兴建1处社宅示范基地", "社宅示范基地"], ["不少于500户", "社宅示范基地"]]);
  });
});

describe("targets: a count bounded under a time ahead keeps its own line's thing (eval/heldout194; session 31)", () => {
  it("…突破2,000艘⏎三亚出台…方案: the next line's document is no thing of the count", () => {
    const text = "三亚出台邮轮游艇产业发展方案 到2028年游艇登记数量突破2,000艘\n三亚出台邮轮游艇产业发展方案,到2028年游艇登记数量突破2,000艘";
    expect(extract(text).targets!.map((t) => t.object)).toEqual(["游艇登记数量"]);
  });
});

describe("targets: a change with no thing of its own (eval/heldout186, heldout195, heldout426; session 32)", () => {
  it("takes the thing whose same change the sentence gave before it, goal or figure", () => {
    expect(extract("力争上半年全市社会消费品零售总额增长6%以上，全年增长6.5%左右。").targets!.map((t) => t.object)).toEqual(["社会消费品零售总额增长", "社会消费品零售总额增长"]);
    expect(extract("东莞市去年全市规模以上工业增加值增长8.3%，今年预期目标为增长6%左右。", { refDate: "2026-02-26" }).targets!.map((t) => t.object)).toEqual(["规模以上工业增加值增长"]);
  });
  it("…or of the sum the clause right before it closed with", () => {
    const r = extract("2026年全市一般公共预算收入预算2740亿元，预期增长4%左右。");
    expect(r.targets!.filter((t) => t.unit === "%").map((t) => t.object)).toEqual(["一般公共预算收入预算增长"]);
  });
});

describe("targets: verbs that report as often as they plan, after a goal of their sentence; verbless bounded counts (eval/heldout411, heldout520; session 32)", () => {
  it("发放 after a goal of its own sentence sets one; in a sentence of the past it does not", () => {
    expect(extract("三是促进农民增收，新增农村劳动力转移就业5万人，发放创业担保贷款20亿元以上。").targets!.map((t) => t.min)).toEqual([50000, 2000000000]);
    expect(extract("去年全市新增就业5万人，发放创业担保贷款20亿元。", { refDate: "2026-02-01" }).targets).toEqual([]);
  });
  it("a bounded count after its thing, the next clause a goal in the same shape", () => {
    const r = extract("——持续扩大消费品以旧换新。汽车以旧换新10万辆以上，家电以旧换新达到150万台。");
    expect(r.targets!.map((t) => [t.object, t.min])).toEqual([["汽车以旧换新", 100000], ["家电以旧换新", 1500000]]);
    expect(extract("汽车以旧换新10万辆以上，家电以旧换新150万台。").targets).toEqual([]);
  });
});

describe("targets: a deadline after an item's marker opens its clause (eval/heldout429; session 32)", () => {
  it("一、2027年底前，…厦门居民…达到100%: the place after the date is in the date's clause", () => {
    const r = extract("一、2027年底前，全省二级以上公立医院全部开设就医“绿色通道”，厦门居民异地就医直接结算覆盖率达到100%。", { refDate: "2026-05-01" });
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2027-12-31"]);
  });
});

describe("targets: a work report's review and plan sections (eval/heldout520; session 32)", () => {
  const report = "政府工作报告（摘要）\n——2026年1月15日在郑州市第十六届人民代表大会第五次会议上\n\n一、2025年工作回顾\n过去一年，我们全力抓好“两重”建设。争取超长期特别国债资金128亿元，实施“两重”项目236个。\n\n二、2026年主要目标任务\n重点抓好以下工作：\n——扎实推进“两重”建设。争取超长期特别国债资金140亿元以上，谋划储备“两重”项目300个；\n";
  it("争取 before a noun under a review heading secures funds: no turn to the future", () => {
    expect(extract(report).targets!.map((t) => t.min)).toEqual([14000000000, 300]);
  });
  it("a lead-in line (重点抓好以下工作：) is no section heading: the heading above gives the year", () => {
    expect(extract(report).targets!.map((t) => t.deadline)).toEqual(["2026-12-31", "2026-12-31"]);
  });
  it("…nor before a verb (争取新增…), which reports what was secured; 下一步 still turns a review to the future", () => {
    const r = extract("一、2025年预算执行情况\n２０２５年，全县争取新增专项债券资金２６．５亿元，支持项目３８个。下一步，将力争新增就业6万人。\n", { refDate: "2026-01-15" });
    expect(r.targets!.map((t) => t.min)).toEqual([60000]);
  });
  it("a heading in full-width digits plans its year (二、２０２６年预算安排)", () => {
    const r = extract("二、２０２６年预算安排\n县级“三保”支出保障率保持１００％。\n", { refDate: "2026-01-12" });
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2026-12-31"]);
  });
});

describe("targets: visitors received, parts after 其中, the whole year after a half (eval/heldout350, heldout418, heldout436, heldout487, heldout67; session 32)", () => {
  it("接待 and 接收 set goals only after a word of intent", () => {
    expect(extract("今年计划接待生态游客1800万人次。", { refDate: "2026-03-01" }).targets!.map((t) => t.min)).toEqual([18000000]);
    expect(extract("据陕西省文化和旅游厅统计，今年「五一」假期全省接待游客3860万人次。", { refDate: "2026-05-06" }).targets).toEqual([]);
  });
  it("a part after 其中 takes the year of the sentence it breaks down", () => {
    const r = extract("会议明确，2026年全市将新增文化馆服务点100个以上。其中，黄岛区、即墨区各新建城市书房不少于8个。", { refDate: "2026-02-01" });
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2026-12-31", "2026-12-31"]);
  });
  it("…but not a part of the year before it (上半年)", () => {
    const r = extract("今年力争新开工项目400个以上，上半年开工率达到60%。其中，深圳市、广州市分别新开工项目40个、30个。", { refDate: "2026-03-04" });
    expect(r.targets!.filter((t) => t.unit === "个" && t.min! < 100).map((t) => t.deadline)).not.toContain("2026-06-30");
  });
  it("全年 after 上半年 is the year's end", () => {
    const r = extract("今年力争新开工项目400个以上，上半年新开工项目开工率达到60%，全年建成投产项目约350个。", { refDate: "2026-03-04" });
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2026-12-31", "2026-06-30", "2026-12-31"]);
  });
});

describe("targets: Hong Kong's land texts and Taiwan's care texts (eval/heldout557, heldout562; session 32)", () => {
  it("the government expecting to act itself states a plan; a forecast of a level stays a figure", () => {
    expect(extract("政府预计在2029年前于东涌东落成公营房屋约3.2万个单位。", { refDate: "2026-06-01" }).targets!.map((t) => t.min)).toEqual([32000]);
    expect(extract("当地业界预计2029年前楼价将上升约10%。", { refDate: "2026-06-01" }).targets).toEqual([]);
  });
  it("政府 opening the clause is no part of the thing; an area around places after 其中 takes the whole's thing", () => {
    const r = extract("根据方案，政府将于2029年前收回及整合棕地约180公顷，其中元朗南及洪水桥一带不少于110公顷。", { refDate: "2026-06-01" });
    expect(r.targets!.map((t) => t.object)).toEqual(["棕地", "棕地"]);
  });
  it("可建 counts what the land will hold", () => {
    expect(extract("到2028年，供应保障性住房用地约40公顷，可建保障性住房2万套。").targets!.map((t) => t.object)).toContain("保障性住房");
  });
  it("a subsidy's count of those it pays is a goal; 预估 estimates", () => {
    const r = extract("报告提出116年度重点目标：新增住宿式长照机构床位3,000床，住宿式机构住民补助人数达到7.5万人。", { refDate: "2026-06-01" });
    expect(r.targets!.map((t) => t.min)).toEqual([3000, 75000]);
    expect(extract("据台湾媒体报道，台湾65岁以上失智人口目前约35万人，预估2041年将突破67万人。", { refDate: "2026-06-01" }).targets).toEqual([]);
  });
});

describe("targets: lists shared out over places, rates per head, units (eval/heldout558, heldout560, heldout561; session 32)", () => {
  it("一个 closing a list of amounts counts", () => {
    const r = extract("按照《实施方案》，渝中区、万州区、渝北区分别创建国家健康促进区示范点二个、一个、一个。");
    expect(r.targets!.map((t) => [t.region, t.min])).toEqual([["500103", 2], ["500101", 1], ["500112", 1]]);
  });
  it("amounts shared out by 分别 in a statement of goals, whatever the verb", () => {
    const r = extract("在区县层面，万州区、涪陵区各建成市级美丽幸福河湖15条以上；巴南区、江津区分别新签跨区县流域横向生态保护补偿协议5个和3个。");
    expect(r.targets!.map((t) => t.min)).toEqual([15, 5, 3]);
  });
  it("a population after 每 before another amount is the rate's base", () => {
    expect(extract("到2027年，定点救治医院可转换ICU床位达到每10万人15张。").targets!.map((t) => t.min)).toEqual([15]);
  });
  it("台件, 管 and 评出", () => {
    expect(extract("到2030年，计量检定校准服务能力达到120万台件。").targets!.map((t) => t.unit)).toEqual(["台件"]);
    expect(extract("到2027年，核酸检测日检测能力提升至20万管。").targets!.map((t) => t.unit)).toEqual(["管"]);
    expect(extract("今年每个设区市至少评出2条幸福河湖。", { refDate: "2026-03-01" }).targets!.map((t) => t.min)).toEqual([2]);
  });
});

describe("targets: a year's key goals, and visitors received under a plan's heading (eval/heldout200, heldout557; session 32)", () => {
  it("2027年度重点目标：… holds for the parts after ；", () => {
    const r = extract("报告提出2027年度重点目标：长照服务使用人数达到60万人；新增住宿式长照机构床位3,000床。", { refDate: "2026-10-28" });
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2027-12-31", "2027-12-31"]);
  });
  it("接待 sets a goal under a heading that plans the year", () => {
    const r = extract("二、2026年重点工作\n重点做好以下工作：\n3.推动文旅文创成为支柱产业。全年接待游客1.75亿人次，新增A级旅游景区5至8家。\n", { refDate: "2026-01-20" });
    expect(r.targets!.map((t) => t.min)).toEqual([175000000, 5]);
  });
});

describe("targets: a town's own texts take its county (eval/heldout497; session 32)", () => {
  it("朱家角镇人民政府关于印发… : the goals are 青浦区's", () => {
    const r = extract("朱家角镇人民政府关于印发《朱家角镇2027年度重点工作任务》的通知\n\n各村（居）民委员会：\n　　2027年，全镇新增就业岗位1300个以上。\n", { refDate: "2027-01-15" });
    expect(r.targets!.map((t) => t.region)).toEqual(["310118"]);
  });
  it("a town's name two counties share, with one of them named: that one", () => {
    const r = extract("西塘镇2027年政府工作报告（摘要）\n\n今年，全镇力争接待游客1200万人次以上，完成嘉善县下达的各项指标。\n", { refDate: "2027-01-20" });
    expect(r.targets!.map((t) => t.region)).toEqual(["330421"]);
  });
  it("…and none named: no county", () => {
    const r = extract("西塘镇2027年政府工作报告（摘要）\n\n今年，全镇力争接待游客1200万人次以上。\n", { refDate: "2027-01-20" });
    expect(r.targets!.map((t) => t.region)).toEqual([null]);
  });
});

describe("targets: the place whose site or paper published the text (eval/heldout172; session 32)", () => {
  it("来源：山西省人民政府网 makes 全省 山西, past a neighbour named in passing", () => {
    const text = "省政府新闻办举行新闻发布会\n\n来源：山西省人民政府网　　发布时间：2026-06-17 16:45\n\n　　与内蒙古等产煤省区相比，我省智能化建设起步较早。\n\n　　《方案》提出，到2028年，全省智能化煤矿数量达到500座。\n";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["140000"]);
  });
  it("来源：洛阳市人民政府网 makes 全市 洛阳 in a text that names 河南", () => {
    const text = "市政府召开第58次常务会议\n来源：洛阳市人民政府网　　2026年06月24日\n\n　　会议传达学习了河南省有关会议精神。会议要求，河南省下达的任务要全面完成，今年全市新增城市公园绿地100公顷。\n";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["410300"]);
  });
  it("a province's paper is no source of the text's place (来源：甘肃日报 over 天津's aid)", () => {
    const text = "津陇协作助力文县震后重建\n\n来源：甘肃日报　　发布时间：2026-11-03 08:40\n\n　　天津市明年援建安置住房1500套。\n";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["120000"]);
  });
  it("a headline that opens with a body is no source line", () => {
    const text = "山西省人民政府办公厅关于印发行动方案的通知\n\n各市人民政府：\n　　到2028年，内蒙古智能化煤矿数量达到500座。\n";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["150000"]);
  });
});

describe("targets: a Hong Kong text whose only place is its byline's (eval/heldout423; session 32)", () => {
  it("本报记者…香港报道 ⏎ 行政长官…施政报告: the goals are Hong Kong's", () => {
    const text = "施政报告医疗篇\n\n本报记者 陈颖琪　2026年9月17日　香港报道\n\n　　行政长官昨日在立法会发表《2026年施政报告》。政府会在2030年前于公营医院增加约4000张病床。\n";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["810000"]);
  });
});

describe("targets: a stray blank after a goal verb (eval/heldout564; session 32)", () => {
  it("将新增 海铁联运线路８条: the blank joins the verb to its thing", () => {
    expect(extract("今年，钦州港片区将新增 海铁联运线路８条。", { refDate: "2026-03-01" }).targets!.map((t) => t.object)).toEqual(["海铁联运线路"]);
  });
  it("…and in a body's item without a word of will (4.新建 城市书房10家)", () => {
    const text = "十件民生实事\n\n　　十件民生实事项目具体为：\n　　4.新建 城市书房10家、文化驿站20个；\n";
    expect(extract(text, { refDate: "2026-01-10" }).targets!.map((t) => t.min)).toEqual([10, 20]);
  });
  it("…but a headline's parts stay apart (…5月1日起实施 湛江3800余艘渔船回港休渔)", () => {
    expect(extract("南海伏季休渔5月1日起实施 湛江3800余艘渔船回港休渔\n\n湛江日报　2026年04月30日　第A03版\n").targets).toEqual([]);
  });
});

describe("targets: 接待 is no goal verb for the bound after it (eval/heldout260; session 32)", () => {
  it("国庆假期接待游客1480.2万人次　自驾游客占比超六成: a holiday's report", () => {
    expect(extract("新疆国庆假期接待游客1480.2万人次　自驾游客占比超六成\n\n天山网　2026-10-08 20:15\n").targets).toEqual([]);
  });
});

describe("targets: parts after ； of a statement a document opens, in a paragraph that opens with a report (eval/heldout521; session 32)", () => {
  it("据了解，…目前共有…。方案明确，…；集美区、翔安区各建成…10个；全市…达到95%以上", () => {
    const text = "　　据了解，厦门目前共有城市公厕1860座。方案明确，思明区、湖里区分别新建改建公厕80座和60座；集美区、翔安区各建成「智慧公厕」示范点10个；全市公厕保洁人员持证上岗率达到95%以上。";
    expect(extract(text, { refDate: "2026-10-15" }).targets!.map((t) => t.min)).toEqual([80, 60, 10, 95]);
  });
});

describe("targets: homes bought up, a voltage before a shared list, a year's goals of a field (eval/heldout569, heldout570, heldout567, heldout572; session 32)", () => {
  it("收购 sets a goal; 推荐 and 选取 too", () => {
    expect(extract("到2027年，累计收购存量商品房1.2万套。").targets!.map((t) => t.object)).toEqual(["存量商品房"]);
    expect(extract("到2027年，南山区、宝安区各推荐白名单项目不少于15个。").targets!.map((t) => t.min)).toEqual([15]);
  });
  it("分别新建330千伏汇集站三座和两座: the voltage is no amount of the list", () => {
    const r = extract("到2027年，环县、华池县分别新建330千伏汇集站三座和两座。");
    expect(r.targets!.map((t) => [t.region, t.min])).toEqual([["621022", 3], ["621023", 2]]);
  });
  it("2026年全市口岸工作的主要目标是：… holds for the parts after ；", () => {
    const r = extract("会议明确，2026年全市口岸工作的主要目标是：进口整体通关时间压缩至28小时以内；新增AEO认证企业不少于40家。", { refDate: "2026-02-26" });
    expect(r.targets!.map((t) => t.deadline)).toEqual(["2026-12-31", "2026-12-31"]);
  });
  it("全年 under a lead-in of a later year's goals is that year", () => {
    const r = extract("报告列出2027年度重点目标：资安事件通报时效符合率提升至95%，较2026年增加800人以上，全年办理大型资安演练12次，资安培训达3万人次。", { refDate: "2026-10-29" });
    expect(r.targets!.find((t) => t.min === 30000)?.deadline).toBe("2027-12-31");
    expect(new Set(r.targets!.map((t) => t.deadline))).toEqual(new Set(["2027-12-31"]));
  });
});

describe("targets: parts after ； of a document's statement that opens with a time past (eval/heldout93, heldout291; session 32)", () => {
  it("规划显示，“十四五”期间，…；全市城市生活污水集中收集率提升至76%: a report", () => {
    const text = "　　规划显示，“十四五”期间，福州PM2.5年均浓度由2020年的21微克/立方米降至2025年的17微克/立方米；全市城市生活污水集中收集率提升至76%，县级以上城市生活垃圾分类覆盖率达到100%。";
    expect(extract(text, { refDate: "2026-07-14" }).targets).toEqual([]);
  });
});

describe("targets: a cap on a payment per thing after a goal verb (eval/heldout541; session 32)", () => {
  it("收购渔船每艘依吨级补偿，最高新台币一千五百万元: no goal", () => {
    expect(extract("行政院发言人说，收购渔船每艘依吨级补偿，最高新台币一千五百万元。", { refDate: "2026-09-01" }).targets).toEqual([]);
  });
  it("…but a bound after a goal verb with no payment per thing is one", () => {
    expect(extract("到2028年，打造沙漠会议度假目的地，年承接会议活动500场次以上。").targets!.map((t) => t.min)).toEqual([500]);
  });
});

describe("targets: a choice of two verbs before a count (eval/heldout574; session 32)", () => {
  it("各新建或改造1座中型专业展馆: the thing after the count", () => {
    expect(extract("到2027年，浦东新区、闵行区各新建或改造1座中型专业展馆。").targets!.map((t) => t.object)).toEqual(["中型专业展馆"]);
  });
});

describe("targets: a year's key goals listed after 包括, those a subsidy reaches, works put into use (eval/heldout576; session 32)", () => {
  it("2027年度重点目标包括：…；…补助受益农户不少于3,000户；…冷链物流中心启用6处", () => {
    const r = extract("报告指出，2027年度重点目标包括：新增辅导青年从农1,500人；推动智慧农机补助受益农户不少于3,000户；农产品冷链物流中心启用6处。", { refDate: "2026-10-28" });
    expect(r.targets!.map((t) => [t.min, t.deadline])).toEqual([[1500, "2027-12-31"], [3000, "2027-12-31"], [6, "2027-12-31"]]);
  });
});

describe("targets: a part shared out by 各 among two places no gazetteer holds (eval/heldout571; session 32)", () => {
  it("…社区文化设施5个，其中氹仔及路环各1个: the whole's thing", () => {
    const r = extract("到2027年，新增社区文化设施5个，其中氹仔及路环各1个。");
    expect(r.targets!.map((t) => t.object)).toEqual(["社区文化设施", "社区文化设施"]);
  });
});

describe("targets: Hong Kong's bureaus of its current government and district services (eval/heldout575; session 32)", () => {
  it("记者…香港报道 ⏎ 医务卫生局…地区康健站: the goals are Hong Kong's", () => {
    const text = "天水围地区康健站启用\n\n２０２６年１１月２日　星岛网　记者 郑凯琳 香港报道\n\n　　医务卫生局副局长表示，到２０２７年，康健站全年服务人次达到５万人次。\n";
    expect(extract(text).targets!.map((t) => t.region)).toEqual(["810000"]);
  });
});

describe("targets: Taiwan's 新北 in a byline, objects of marks alone, an opening ceremony (eval/heldout575, heldout582; session 32)", () => {
  it("【记者王思婷／新北报导】 in a text from Taiwan names no district of 常州", () => {
    const r = extract("新北市与台电签署合作\n\n【记者王思婷／新北报导】新北市政府与台湾电力公司签署协议，2030年前完成老旧变电所屋内化改建15座。");
    expect(r.regions!.map((x) => x.code)).toEqual(["710000"]);
  });
  it("an object of marks alone names nothing (…（下称《计划》）将投入…)", () => {
    const r = extract("经济部公布《电网韧性强化计划》（下称《计划》），将投入新台币600亿元。", { refDate: "2026-09-01" });
    expect(r.targets!.map((t) => t.object)).not.toContain("）");
  });
  it("在启用礼上表示 is no verb of works put into use", () => {
    expect(extract("副局长在启用礼上表示，天水围人口约28万人，长者比例较高。", { refDate: "2026-11-02" }).targets).toEqual([]);
  });
});
