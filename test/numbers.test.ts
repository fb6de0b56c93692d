import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findQuantities, parseNumber, scanNumber } from "../src/numbers.js";
import { extract } from "../src/index.js";

/** [min, max, approx, qualifier, unit, text] of every quantity in s. */
const q = (s: string) => findQuantities(s).map((x) => [x.min, x.max, x.approx, x.qualifier, x.unit, s.slice(x.start, x.end)]);
const one = (s: string) => {
  const all = findQuantities(s);
  expect(all).toHaveLength(1);
  return all[0];
};

describe("parseNumber", () => {
  it.each([
    ["1,100万", 11_000_000],
    ["1.5亿", 150_000_000],
    ["1.5万亿", 1_500_000_000_000],
    ["3.12万亿", 3_120_000_000_000],
    ["27688.5", 27688.5],
    ["3万", 30_000],
    ["3千万", 30_000_000],
    ["十", 10],
    ["十五", 15],
    ["二十", 20],
    ["两千", 2000],
    ["三万五千", 35_000],
    ["一千二百万", 12_000_000],
    ["一百零五", 105],
    ["一亿三千万", 130_000_000],
    ["一万亿", 1_000_000_000_000],
    ["三万五", 35_000],
    ["两千五", 2500],
    ["一百五", 150],
    ["二〇二五", 2025],
    ["〇", 0],
    ["零", 0],
    ["三点五", 3.5],
    ["三点五亿", 350_000_000],
    ["壹佰贰拾", 120],
  ])("%s → %d", (s, v) => expect(parseNumber(s)).toBe(v));

  it("is null for what is no exact number", () => {
    for (const s of ["", "数据", "几乎", "十几", "二十多", "abc", "1.2.3", "万"]) expect(parseNumber(s)).toBeNull();
  });

  it("keeps numbers beyond MAX_SAFE_INTEGER as the nearest double", () => {
    expect(parseNumber("1234567890123456789012345678901234567890")).toBe(1.2345678901234568e39);
    expect(parseNumber("9007199254740993")).toBe(9007199254740992);
  });

  it("does not read a digit glued to letters as a number (V2.2, A1)", () => {
    expect(scanNumber("V2.2", 1)).toBeNull();
    expect(scanNumber("A1", 1)).toBeNull();
  });
});

describe("findQuantities: units, multipliers folded", () => {
  it("reads a bare 百/千/万 as a count where 以上 after its unit ends the clause (项目百个以上), not a size class (千亩以上高产示范方)", () => {
    expect(q("新增台资项目百个以上")).toEqual([[100, null, false, "以上", "个", "百个以上"]]);
    expect(q("打造千亩以上高产示范方")).toEqual([]);
    expect(q("千家万户")).toEqual([]);
  });
  it("reads prices per 斤 and energy per 万元 of output as rates (2元/斤以上, 1.05吨标准煤/万元以下)", () => {
    expect(q("均价稳定在2元/斤以上")).toEqual([[2, null, false, "以上", "元/斤", "2元/斤以上"]]);
    expect(q("能耗降至1.05吨标准煤/万元以下")).toEqual([[null, 1.05, false, "以下", "吨标准煤/万元", "1.05吨标准煤/万元以下"]]);
  });
  it("reads a range through a stray blank before its unit (10—12 个)", () => {
    expect(q("新建海外仓10—12 个")).toEqual([[10, 12, false, null, "个", "10—12 个"]]);
    expect(q("2025—2026 年")).toEqual([]);
  });
  it("reads 兆 before money as 10¹² (Taiwan's budgets) and keeps 兆瓦, 兆帕 as units", () => {
    expect(q("产值达到1.2兆元")).toEqual([[1_200_000_000_000, 1_200_000_000_000, false, null, "元", "1.2兆元"]]);
    expect(q("投入3兆新台币")[0].slice(0, 2)).toEqual([3_000_000_000_000, 3_000_000_000_000]);
    expect(q("装机容量2000兆瓦")).toEqual([[2000, 2000, false, null, "兆瓦", "2000兆瓦"]]);
    expect(q("压力达到10兆帕")[0][4]).toBe("兆帕");
    // (a 兆 before anything else is no multiplier)
    expect(q("3兆流量")).toEqual([]);
  });

  it("folds 万/亿 into the value and keeps the unit (spec)", () => {
    expect(q("推动3万家企业上链")).toEqual([[30000, 30000, false, null, "家", "3万家"]]);
    expect(q("营业收入达到30亿元")).toEqual([[3_000_000_000, 3_000_000_000, false, null, "元", "30亿元"]]);
    expect(q("粮食产量500亿斤左右")).toEqual([[50_000_000_000, 50_000_000_000, true, "左右", "斤", "500亿斤左右"]]);
    expect(q("新增装机3万千瓦")).toEqual([[30000, 30000, false, null, "千瓦", "3万千瓦"]]);
  });
  it("does not take the 千 of 千瓦 for a multiplier", () => {
    expect(q("3千瓦")).toEqual([[3, 3, false, null, "千瓦", "3千瓦"]]);
  });
  it("reads the units of the dev golds", () => {
    expect(one("引进培育100户以上成长型区块链企业").unit).toBe("户");
    expect(one("压缩至6个工作日以内").unit).toBe("个工作日");
    expect(one("电堆最大额定功率达到150kW").unit).toBe("kW");
    expect(one("膜电极铂载量低于0.2g/kW").unit).toBe("g/kW");
    expect(one("比上年提高2个百分点").unit).toBe("个百分点");
    expect(one("寿命超过20000小时").unit).toBe("小时");
  });
  it("reads compound and other units of policy texts as one unit", () => {
    expect(q("年均浓度控制在35微克/立方米以内")).toEqual([[null, 35, false, "控制在…以内", "微克/立方米", "控制在35微克/立方米以内"]]);
    expect(one("出水化学需氧量不高于50毫克/升").unit).toBe("毫克/升");
    expect(one("污水处理能力达到20万吨/日")).toMatchObject({ min: 200000, unit: "吨/日" });
    expect(one("岸电用量达到3000万千瓦时")).toMatchObject({ min: 30_000_000, unit: "千瓦时" });
    expect(one("节能量超过1000吨标准煤")).toMatchObject({ min: 1000, unit: "吨标准煤" });
    expect(one("能耗总量控制在200万吨标准煤以内")).toMatchObject({ max: 2_000_000, unit: "吨标准煤" });
    expect(one("每千人口拥有医疗床位7.5张")).toMatchObject({ min: 7.5, unit: "张" });
    expect(one("人均公共文化设施面积0.2平方米/人").unit).toBe("平方米/人");
    expect(one("出版图书500册").unit).toBe("册");
    expect(one("新增公交车300辆").unit).toBe("辆");
    expect(one("治理水土流失面积120平方公里").unit).toBe("平方公里");
    expect(one("营造林3万公顷").unit).toBe("公顷");
  });
  it("needs a unit: a bare number, a code or 5G is no quantity", () => {
    expect(q("2020年-2022年")).toEqual([
      [2020, 2022, false, null, "年", "2020年-2022年"],
    ]);
    expect(q("推进5G网络建设")).toEqual([]);
    expect(q("征求意见稿V2.2")).toEqual([]);
    expect(q("一云一网一平台")).toEqual([]);
    expect(q("亿元以上项目")).toEqual([]);
    expect(q("零部件生产企业")).toEqual([]);
  });
  it("reads full-width folded percent and 百分之", () => {
    expect(q("比重达到22%左右")).toEqual([[22, 22, true, "左右", "%", "22%左右"]]);
    expect(q("百分之三十")).toEqual([[30, 30, false, null, "%", "百分之三十"]]);
  });
  it("marks a lone 一 and skips ordinals", () => {
    expect(one("建设一个平台").loneOne).toBe(true);
    expect(q("第一个")).toEqual([]);
    expect(q("第3家")).toEqual([]);
  });
});

describe("findQuantities: ranges (spec)", () => {
  it.each([
    ["3至5个", 3, 5],
    ["2-3个", 2, 3],
    ["2—3个", 2, 3],
    ["1个至3个", 1, 3],
    ["2个至3个", 2, 3],
    ["3到5个", 3, 5],
    ["3~5个", 3, 5],
    ["2%—5%", 2, 5],
  ])("%s → %d..%d", (s, lo, hi) => {
    const x = one(s);
    expect([x.min, x.max, x.range]).toEqual([lo, hi, true]);
  });
  it("gives a range's first number the second's multiplier: 2-3万元, 十八至三十万", () => {
    expect(q("2-3万元")).toEqual([[20000, 30000, false, null, "元", "2-3万元"]]);
    expect(q("十八至三十万日元")).toEqual([[180000, 300000, false, null, "日元", "十八至三十万日元"]]);
    expect(q("七千到九千亿元")).toEqual([[7e11, 9e11, false, null, "元", "七千到九千亿元"]]);
  });
  it("…but not when the range would run downwards (从8500到3万)", () => {
    expect(q("从8500到3万港元")).toEqual([[8500, 30000, false, null, "港元", "8500到3万港元"]]);
  });
  it("reads Arabic-Chinese compounds (5万4千6百, 3万4000, 1千零1)", () => {
    expect(parseNumber("5万4千6百")).toBe(54600);
    expect(parseNumber("3万4000")).toBe(34000);
    expect(parseNumber("1千零1")).toBe(1001);
    expect(parseNumber("5亿1万4千6百")).toBe(500014600);
  });
  it("does not let 个省级 end a range (2个至3个省级…园区)", () => {
    expect(q("建设2个至3个省级区块链产业园区")).toEqual([[2, 3, false, null, "个", "2个至3个"]]);
  });
});

describe("findQuantities: qualifiers (spec)", () => {
  it.each([
    ["10个以上", 10, null, false, "以上"],
    ["不少于100亿元", 10_000_000_000, null, false, "不少于"],
    ["不低于15%", 15, null, false, "不低于"],
    ["至少3个", 3, null, false, "至少"],
    ["超过15万家", 150_000, null, false, "超过"],
    ["超15万家", 150_000, null, false, "超"],
    ["突破500个", 500, null, false, "突破"],
    ["逾100家", 100, null, false, "逾"],
    ["600多家", 600, null, false, "多"],
    ["20余个", 20, null, false, "余"],
    ["100户以上", 100, null, false, "以上"],
    ["10个以下", null, 10, false, "以下"],
    ["6个工作日以内", null, 6, false, "以内"],
    ["不超过1000万元", null, 10_000_000, false, "不超过"],
    ["不高于5%", null, 5, false, "不高于"],
    ["不到1.9万台币", null, 19000, false, "不到"],
    ["低于0.2g/kW", null, 0.2, false, "低于"],
    ["控制在5%以内", null, 5, false, "控制在…以内"],
    ["5个左右", 5, 5, true, "左右"],
    ["约5个", 5, 5, true, "约"],
    ["近5个", 5, 5, true, "近"],
    ["大约5个", 5, 5, true, "大约"],
    ["5个上下", 5, 5, true, "上下"],
    ["5个", 5, 5, false, null],
  ])("%s", (s, min, max, approx, qualifier) => {
    const x = one(s);
    expect([x.min, x.max, x.approx, x.qualifier]).toEqual([min, max, approx, qualifier]);
  });
  it("keeps the suffix after an inclusive mark: 1000万元(含)以上", () => {
    expect(q("1000万元(含)以上")).toEqual([[10_000_000, null, false, "以上", "元", "1000万元(含)以上"]]);
  });
  it("reads a bound across the base of a share: 不低于新招聘人数的60%", () => {
    expect(q("比例不低于新招聘人数的60%")).toEqual([[60, null, false, "不低于", "%", "不低于新招聘人数的60%"]]);
    expect(q("占比不超过项目总投资的30%")).toEqual([[null, 30, false, "不超过", "%", "不超过项目总投资的30%"]]);
    // not a count, not a bound of one character, not 最高 (the base's own word), not across a comma
    expect(q("不少于新建项目的3个")[0].slice(0, 4)).toEqual([3, 3, false, null]);
    expect(q("超全国平均水平的30%")[0].slice(0, 4)).toEqual([30, 30, false, null]);
    expect(q("不低于最高水平的30%")[0].slice(0, 4)).toEqual([30, null, false, "不低于"]);
    expect(q("不低于，全市的30%")[0].slice(0, 4)).toEqual([30, 30, false, null]);
  });
  it("tells 30个以上 (suffix) from 超过15万家 (prefix) by position", () => {
    const a = one("形成30个以上行业区块链应用解决方案");
    const b = one("引领带动超过15万家中小工业企业");
    expect([a.prefix, a.suffix]).toEqual([null, "以上"]);
    expect([b.prefix, b.suffix]).toEqual(["超过", null]);
  });
});

describe("findQuantities: approximate numerals (table in src/numbers.ts)", () => {
  it.each([
    ["十几个", 11, 19, true],
    ["二十几个", 21, 29, true],
    ["数十个", 20, 90, true],
    ["几十个", 20, 90, true],
    ["数百家", 200, 900, true],
    ["数万人", 20000, 90000, true],
    ["几个", 2, 9, true],
    ["三四个", 3, 4, true],
    ["三五个", 3, 5, true],
    ["两三万人", 20000, 30000, true],
    ["二十多家", 20, null, false],
    ["十余家", 10, null, false],
    ["100多万元", 1_000_000, null, false],
    ["上百家", 100, null, false],
    ["近万家", 10000, 10000, true],
  ])("%s → %s..%s", (s, min, max, approx) => {
    const x = one(s);
    expect([x.min, x.max, x.approx]).toEqual([min, max, approx]);
  });
});

describe("findQuantities: robustness", () => {
  it("reports a 40-digit count as the nearest double", () => {
    const s = "1234567890123456789012345678901234567890个";
    const x = one(s);
    expect(x.min).toBe(1.2345678901234568e39);
    expect(s.slice(x.numStart, x.numEnd)).toBe("1234567890123456789012345678901234567890");
  });
  it("skips a number too large for a double", () => {
    expect(findQuantities("9".repeat(400) + "个")).toEqual([]);
  });
  it("handles pathological runs", () => {
    expect(findQuantities("1".repeat(1_000_000) + "个")).toEqual([]);
    expect(findQuantities("3" + "至".repeat(100_000) + "5个")).toHaveLength(1);
    expect(findQuantities("一二三四五".repeat(20_000))).toEqual([]);
    expect(findQuantities("近万".repeat(50_000)).length).toBe(0);
  });
  it("never throws and returns in-bounds offsets on arbitrary text", () => {
    const alphabet = fc.constantFrom(..."0123456789,.%个家万亿千百十几数多余以上下左右约近超至到-—~一二三两〇零点第的元年kWg/ ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join("")), (s) => {
        for (const x of findQuantities(s)) {
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.end).toBeLessThanOrEqual(s.length);
          expect(x.start).toBeLessThan(x.end);
          if (x.min !== null) expect(Number.isFinite(x.min)).toBe(true);
          if (x.min !== null && x.max !== null) expect(x.min).toBeLessThanOrEqual(x.max);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("the same amount in another unit in brackets (eval/heldout39)", () => {
  it("lets the bound after the bracket reach the amount before it, and counts no goal of its own", () => {
    const t = extract("到2030年，全省粮食年产量稳定在1400亿斤（700亿公斤）以上。").targets!;
    expect(t.map((x) => [x.min, x.max, x.unit])).toEqual([[140000000000, null, "斤"]]);
  });
});

describe("numbers as scraped pages and speech write them (eval/heldout61–62)", () => {
  it("reads digit groups parted by a blank (1 500公里, 25 000个, thin and no-break spaces)", () => {
    expect(q("总长度达到1 500公里")).toEqual([[1500, 1500, false, null, "公里", "1 500公里"]]);
    expect(q("建成公共充电桩25\u2009000个")).toEqual([[25000, 25000, false, null, "个", "25\u2009000个"]]);
    expect(q("推动2\u00a0000家以上企业")[0].slice(0, 2)).toEqual([2000, null]);
    // (a row of numbers ending in a blank stays apart)
    expect(q("指标 12 345 678 ").length).toBe(0);
  });
  it("reads a Han unit after a stray blank (不少于15 家), not a year's 年", () => {
    expect(q("入驻企业不少于15\u00a0家")).toEqual([[15, null, false, "不少于", "家", "不少于15\u00a0家"]]);
    expect(q("2026 年").length).toBe(0);
  });
  it("reads 十来 as about ten and 成 as tenths, as written", () => {
    expect(q("培育企业十来家")).toEqual([[10, 10, true, "来", "家", "十来家"]]);
    expect(q("比重达到三成以上")).toEqual([[3, null, false, "以上", "成", "三成以上"]]);
    expect(q("增长两成。")[0].slice(0, 5)).toEqual([2, 2, false, null, "成"]);
    expect(q("一成不变").length).toBe(0);
    expect(q("由三成员组成").length).toBe(0);
  });
  it("a bound across a base only for the explicit bounds, a base with no 的 or 占, and % (review)", () => {
    expect(q("营收超过亿元的企业占全部企业的30%").at(-1)!.slice(0, 4)).toEqual([30, 30, false, null]);
    expect(q("资本金不足部分的40%")[0].slice(0, 4)).toEqual([40, 40, false, null]);
    expect(q("对不超过基数部分的20%给予奖励")[0].slice(0, 4)).toEqual([20, 20, false, null]);
    expect(q("增速高于全国平均水平的3个百分点")[0].slice(0, 4)).toEqual([3, 3, false, null]);
  });
});

describe("review of the blank-grouped digits and 数 (second review)", () => {
  it("a blank before the unit after the groups, and no giant number from a row of groups", () => {
    expect(q("新建公路 1 500 公里")[0].slice(0, 2)).toEqual([1500, 1500]);
    expect(q("新增企业 1 200 户")[0].slice(0, 2)).toEqual([1200, 1200]);
    const row = "附表 " + Array.from({ length: 300 }, (_, i) => 100 + i).join(" ") + "万千瓦";
    expect(findQuantities(row).every((x) => (x.min ?? 0) < 1e7)).toBe(true);
  });
  it("数 after 至少 or 每人 still opens an approximate numeral", () => {
    expect(q("引进至少数十家龙头企业")[0].slice(0, 2)).toEqual([20, null]);
    expect(q("每人数百元")[0].slice(0, 2)).toEqual([200, 900]);
  });
  it("signs as bounds: <35微克/立方米, >85%, ≥95%", () => {
    expect(q("PM2.5浓度<35微克/立方米")[0].slice(0, 4)).toEqual([null, 35, false, "<"]);
    expect(q("比例>85%")[0].slice(0, 4)).toEqual([85, null, false, ">"]);
  });
});

describe("third review: a row of values before a blank and the unit", () => {
  it("分别为 286 290 300 万吨 is no one number", () => {
    expect(findQuantities("全市粮食产量分别为 286 290 300 万吨。").every((x) => (x.min ?? 0) <= 3_000_000)).toBe(true);
  });
});

describe("one-character units that open a word", () => {
  it("reads no unit in 种植, 尾矿, 队伍, 起步, 对口", async () => {
    const { unitAt } = await import("../src/data/units.js");
    for (const [text, at] of [["三七种植", 2], ["3尾矿库", 1], ["5队伍", 1], ["2起步", 1], ["1对口", 1]] as const) expect(unitAt(text, at)).toBeUndefined();
    for (const [text, at, unit] of [["3种类型", 1, "种"], ["500尾鱼苗", 3, "尾"], ["2起事故", 1, "起"]] as const) expect(unitAt(text, at)?.word).toBe(unit);
  });
});

describe("a tail after 万 or 亿 grouped by a comma (eval/heldout291)", () => {
  it("2万6,000户, 1亿2,000万人次, 2万1,580户", () => {
    const read = (s: string) => findQuantities(s, 0, s.length).map((q) => [s.slice(q.start, q.end), q.min, q.max]);
    expect(read("兴办社宅2万6,000户以上")).toEqual([["2万6,000户以上", 26000, null]]);
    expect(read("年运量突破1亿2,000万人次")).toEqual([["突破1亿2,000万人次", 120000000, null]]);
    expect(read("2万1,580户")).toEqual([["2万1,580户", 21580, 21580]]);
    // (a comma of the sentence parts two numbers: 2万，6,000户)
    expect(read("2万，6,000户")).toEqual([["6,000户", 6000, 6000]]);
  });
});

describe("bare numbers a 分别 shares out after a longer thing (eval/heldout286)", () => {
  it("分别新增道路机械化清扫面积200万、150万和180万平方米: three measures in 平方米", () => {
    const s = "雁塔区、未央区、长安区分别新增道路机械化清扫面积200万、150万和180万平方米。";
    expect(findQuantities(s, 0, s.length).map((q) => [q.min, q.unit])).toEqual([[2000000, "平方米"], [1500000, "平方米"], [1800000, "平方米"]]);
  });
});
