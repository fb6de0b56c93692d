// The dates extractor against shared/spec/facts.md ("dates"): every form the spec and issue 4
// name, the resolution rules for year-less dates, the exclusions, the reference date, and
// robustness on hostile input.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Doc } from "../src/normalize.js";
import { extractDates, findReferenceDate, parseDateExpression } from "../src/extractors/dates.js";
import { extract } from "../src/extract.js";

type Row = [text: string, type: string, from: string | null, to: string | null];
/** The dates of `text` as [text, type, from, to] rows. */
function dates(text: string, ref: string | null = null): Row[] {
  return extractDates(new Doc(text), ref).map((d) => [d.text, d.type, d.from, d.to]);
}
/** The single date of `text`. */
function one(text: string, ref: string | null = null): Row {
  const all = dates(text, ref);
  expect(all, `one date in ${text}`).toHaveLength(1);
  return all[0];
}

describe("years", () => {
  it("reads a year as a period", () => {
    expect(one("2020年，全省")).toEqual(["2020年", "period", "2020-01-01", "2020-12-31"]);
  });
  it("reads Chinese-numeral and full-width years", () => {
    expect(one("二○二五年完成")).toEqual(["二○二五年", "period", "2025-01-01", "2025-12-31"]);
    expect(one("二〇二五年完成")).toEqual(["二〇二五年", "period", "2025-01-01", "2025-12-31"]);
    expect(one("二零二五年完成")).toEqual(["二零二五年", "period", "2025-01-01", "2025-12-31"]);
    expect(one("２０２２年完成")).toEqual(["２０２２年", "period", "2022-01-01", "2022-12-31"]);
  });
  it("reads a two-digit year only where a month makes it one", () => {
    expect(one("20年3月开工")).toEqual(["20年3月", "period", "2020-03-01", "2020-03-31"]);
    expect(dates("20年来持续增长")).toEqual([]);
    expect(dates("发展了20年")).toEqual([]);
  });
  it("reads 2020年度 as the year", () => {
    expect(one("2020年度报告")).toEqual(["2020年度", "period", "2020-01-01", "2020-12-31"]);
  });
  it("does not read 年中 into 2020年中国", () => {
    expect(one("2020年中国经济")).toEqual(["2020年", "period", "2020-01-01", "2020-12-31"]);
    expect(one("2020年初步建成")).toEqual(["2020年", "period", "2020-01-01", "2020-12-31"]);
  });
});

describe("months and days", () => {
  it("reads a month as a period", () => {
    expect(one("2020年4月，")).toEqual(["2020年4月", "period", "2020-04-01", "2020-04-30"]);
    expect(one("2020年2月")).toEqual(["2020年2月", "period", "2020-02-01", "2020-02-29"]);
    expect(one("二〇〇六年十二月")).toEqual(["二〇〇六年十二月", "period", "2006-12-01", "2006-12-31"]);
  });
  it("reads full dates in every written form", () => {
    const d: Row = ["", "date", "2020-05-08", "2020-05-08"];
    expect(one("2020年5月8日发布")).toEqual(["2020年5月8日", ...d.slice(1)]);
    expect(one("于2020-05-08发布")).toEqual(["2020-05-08", ...d.slice(1)]);
    expect(one("于2020.5.8发布")).toEqual(["2020.5.8", ...d.slice(1)]);
    expect(one("于2020/5/8发布")).toEqual(["2020/5/8", ...d.slice(1)]);
    expect(one("二〇二〇年五月八日")).toEqual(["二〇二〇年五月八日", ...d.slice(1)]);
  });
  it("does not read decimals or version numbers as dates", () => {
    expect(dates("增长2020.5亿元")).toEqual([]);
    expect(dates("V2.2版本，1.2.3.4")).toEqual([]);
  });
  it("does not read a length of time in 日 as a day of the month, but keeps 截至 and a range's end", () => {
    const texts = (text: string) => dates(text, "2024-05-01").map((r) => r[0]);
    expect(texts("不动产登记办理时限不超过15日，企业开办时间压缩至3日，连续3日无降雨")).toEqual([]);
    expect(texts("截至15日，共受理申请20件")).toEqual(["截至15日"]);
    expect(texts("5月1日至15日开展检查")).toEqual(["5月1日至15日"]);
    expect(texts("申报时间延长至15日")).toEqual(["至15日"]);
  });
});

describe("parts of a year and of a month", () => {
  it("reads halves", () => {
    expect(one("2020年上半年")).toEqual(["2020年上半年", "period", "2020-01-01", "2020-06-30"]);
    expect(one("2020年下半年")).toEqual(["2020年下半年", "period", "2020-07-01", "2020-12-31"]);
  });
  it("reads quarters", () => {
    expect(one("2020年一季度")).toEqual(["2020年一季度", "period", "2020-01-01", "2020-03-31"]);
    expect(one("2020年第三季度")).toEqual(["2020年第三季度", "period", "2020-07-01", "2020-09-30"]);
    expect(one("2020年Q4")).toEqual(["2020年Q4", "period", "2020-10-01", "2020-12-31"]);
    expect(one("2022年前三季度")).toEqual(["2022年前三季度", "period", "2022-01-01", "2022-09-30"]);
    expect(one("2013年一季度末")).toEqual(["2013年一季度末", "period", "2013-03-01", "2013-03-31"]);
  });
  it("reads 旬 and the fuzzy parts of a month", () => {
    expect(dates("2020年7月初、7月上旬、7月中旬、7月下旬、7月底、7月末")).toEqual([
      ["2020年7月初", "period", "2020-07-01", "2020-07-05"],
      ["7月上旬", "period", "2020-07-01", "2020-07-10"],
      ["7月中旬", "period", "2020-07-11", "2020-07-20"],
      ["7月下旬", "period", "2020-07-21", "2020-07-31"],
      ["7月底", "period", "2020-07-25", "2020-07-31"],
      ["7月末", "period", "2020-07-25", "2020-07-31"],
    ]);
  });
  it("reads two 旬 together (4月中下旬, 5月上中旬)", () => {
    expect(one("2026年4月中下旬")).toEqual(["2026年4月中下旬", "period", "2026-04-11", "2026-04-30"]);
    expect(one("2026年5月上中旬")).toEqual(["2026年5月上中旬", "period", "2026-05-01", "2026-05-20"]);
  });
  it("reads the fuzzy parts of a year (年初 ends with February, leap years too)", () => {
    expect(one("2020年初")).toEqual(["2020年初", "period", "2020-01-01", "2020-02-29"]);
    expect(one("2021年初")).toEqual(["2021年初", "period", "2021-01-01", "2021-02-28"]);
    expect(one("2021年底")).toEqual(["2021年底", "period", "2021-11-01", "2021-12-31"]);
    expect(one("2021年末")).toEqual(["2021年末", "period", "2021-11-01", "2021-12-31"]);
    expect(one("2021年中，")).toEqual(["2021年中", "period", "2021-06-01", "2021-07-31"]);
  });
  it("gives a bare half or quarter the year of the text, else null (gold 012)", () => {
    expect(one("收入上半年实现翻番")).toEqual(["上半年", "period", null, null]);
    expect(dates("2020年，收入上半年翻番")).toEqual([
      ["2020年", "period", "2020-01-01", "2020-12-31"],
      ["上半年", "period", "2020-01-01", "2020-06-30"],
    ]);
    expect(one("一季度增长", "2021-06-14")).toEqual(["一季度", "period", "2021-01-01", "2021-03-31"]);
  });
});

describe("ranges", () => {
  const span: Row = ["", "period", "2020-01-01", "2022-12-31"];
  it("reads a range of days that gives their hours, and a day's hour before 前, as days", () => {
    expect(dates("禁渔期为2026年5月1日12时至9月1日12时。")).toEqual([
      ["2026年5月1日12时至9月1日12时", "period", "2026-05-01", "2026-09-01"],
    ]);
    expect(one("2026年7月21日8时至7月23日8时，全市平均降雨量120毫米")).toEqual(["2026年7月21日8时至7月23日8时", "period", "2026-07-21", "2026-07-23"]);
    expect(one("自2026年3月1日0时起至6月30日24时止开展行动")).toEqual(["2026年3月1日0时起至6月30日24时止", "period", "2026-03-01", "2026-06-30"]);
    expect(one("2026年5月2日8:00-5月3日18:00开放")).toEqual(["2026年5月2日8:00-5月3日18:00", "period", "2026-05-02", "2026-05-03"]);
    expect(one("2026年5月3日24时前完成")).toEqual(["2026年5月3日24时前", "deadline", null, "2026-05-03"]);
    // an hour with no range after it stays out of the span
    expect(one("2026年5月1日8时在广场集合")).toEqual(["2026年5月1日", "date", "2026-05-01", "2026-05-01"]);
    expect(one("2026年5月1日8时-12时开放")).toEqual(["2026年5月1日", "date", "2026-05-01", "2026-05-01"]);
  });
  it.each(["2020-2022年", "2020年-2022年", "2020—2022年", "2020至2022年", "2020年到2022年", "2020~2022年"])(
    "reads %s",
    (s) => {
      expect(one(`${s}，`)).toEqual([s, ...span.slice(1)]);
    },
  );
  it("reads month and day ranges, the right side inheriting what it omits", () => {
    expect(one("2021年4月至6月")).toEqual(["2021年4月至6月", "period", "2021-04-01", "2021-06-30"]);
    expect(one("2019年1-9月")).toEqual(["2019年1-9月", "period", "2019-01-01", "2019-09-30"]);
    expect(one("2019年4月12-19日")).toEqual(["2019年4月12-19日", "period", "2019-04-12", "2019-04-19"]);
    expect(one("2017年8月11日至8月22日")).toEqual(["2017年8月11日至8月22日", "period", "2017-08-11", "2017-08-22"]);
    expect(one("2017年8月15日至2018年3月29日")).toEqual([
      "2017年8月15日至2018年3月29日",
      "period",
      "2017-08-15",
      "2018-03-29",
    ]);
  });
  it("puts a right-side month before the left one in the next year", () => {
    expect(one("2021年12月至1月")).toEqual(["2021年12月至1月", "period", "2021-12-01", "2022-01-31"]);
  });
  it("takes a year-less range's year from context", () => {
    expect(dates("2021年，4月至6月")[1]).toEqual(["4月至6月", "period", "2021-04-01", "2021-06-30"]);
  });
  it("does not read a backwards pair as a range", () => {
    expect(dates("2022-2020年")).not.toContainEqual(["2022-2020年", "period", "2022-01-01", "2020-12-31"]);
  });
});

describe("five-year plans", () => {
  it("reads plans with or without quotes, the quotes and suffix in the span", () => {
    expect(one('实现了"十三五"良好开局')).toEqual(['"十三五"', "period", "2016-01-01", "2020-12-31"]);
    expect(one("推进“十四五”时期发展")).toEqual(["“十四五”时期", "period", "2021-01-01", "2025-12-31"]);
    expect(one("“十四五”期间")).toEqual(["“十四五”期间", "period", "2021-01-01", "2025-12-31"]);
    expect(one("“十四五”末")).toEqual(["“十四五”末", "period", "2021-01-01", "2025-12-31"]);
    expect(one("十四五期间")).toEqual(["十四五期间", "period", "2021-01-01", "2025-12-31"]);
    expect(one("“十五五”规划")).toEqual(["“十五五”", "period", "2026-01-01", "2030-12-31"]);
    expect(one("“十二五”规划")).toEqual(["“十二五”", "period", "2011-01-01", "2015-12-31"]);
  });
  it("does not read numbers that look like a plan", () => {
    expect(dates("来了十四五个人")).toEqual([]);
    expect(dates("二十四五岁")).toEqual([]);
  });
});

describe("deadlines", () => {
  it("reads 到/至 before a time, the span starting at them", () => {
    expect(one("到2022年，建成")).toEqual(["到2022年", "deadline", null, "2022-12-31"]);
    expect(one("至2022年河北")).toEqual(["至2022年", "deadline", null, "2022-12-31"]);
    expect(one("力争到2025年")).toEqual(["到2025年", "deadline", null, "2025-12-31"]);
    expect(one("到2022年底")).toEqual(["到2022年底", "deadline", null, "2022-12-31"]);
    expect(one("到“十四五”期末")).toEqual(["到“十四五”期末", "deadline", null, "2025-12-31"]);
    // (by the middle of the century, as plans set it: 2050; eval/heldout31, heldout71)
    expect(one("到本世纪中叶，建成")).toEqual(["到本世纪中叶", "deadline", null, "2050-12-31"]);
  });
  it("reads 前 after a time", () => {
    expect(one("2022年前完成")).toEqual(["2022年前", "deadline", null, "2022-12-31"]);
    expect(one("2022年底前完成")).toEqual(["2022年底前", "deadline", null, "2022-12-31"]);
    expect(one("确保2030年前实现碳达峰")).toEqual(["2030年前", "deadline", null, "2030-12-31"]);
    expect(one("于2020年5月30日前完成")).toEqual(["2020年5月30日前", "deadline", null, "2020-05-30"]);
  });
  it("reads a day before 前 as the end of a span, not as days ago", () => {
    expect(one("请于10日前报送", "2021-06-14")).toEqual(["10日前", "deadline", null, "2021-06-10"]);
  });
  it("reads no date in a day of every month (每月10日前报送: a routine, no day of the calendar)", () => {
    expect(extract("2021-06-14\n\n各地每月10日前报送进展，每个月的25日汇总。请于10日前报送总结。").dates!.map((d) => d.text)).toEqual(["2021-06-14", "10日前"]);
  });
  it("keeps 前后 and 前三季度 out of deadlines", () => {
    expect(one("2022年前后")).toEqual(["2022年", "period", "2022-01-01", "2022-12-31"]);
  });
  it("does not read 受到 as a deadline", () => {
    expect(one("受到2020年疫情影响")).toEqual(["2020年", "period", "2020-01-01", "2020-12-31"]);
  });
  it("reads 截至 (as of) as the end of a span", () => {
    expect(one("截至2024年6月，全省")).toEqual(["截至2024年6月", "deadline", null, "2024-06-30"]);
  });
});

describe("since", () => {
  it("reads 以来 as a span open towards now; 起 as the day it names (起施行: the day a rule takes effect)", () => {
    expect(one("2024年以来")).toEqual(["2024年以来", "period", "2024-01-01", null]);
    expect(one("2020年5月以来")).toEqual(["2020年5月以来", "period", "2020-05-01", null]);
    expect(one("2021年5月1日起施行")).toEqual(["2021年5月1日", "date", "2021-05-01", "2021-05-01"]);
    expect(one("2021年4月30日至今")).toEqual(["2021年4月30日至今", "period", "2021-04-30", null]);
    expect(one("“十二五”以来")).toEqual(["“十二五”以来", "period", "2011-01-01", null]);
  });
});

describe("relative expressions", () => {
  it("types them relative and leaves them unresolved without a reference date", () => {
    for (const w of ["近日", "日前", "目前", "当前", "今年", "去年", "明年", "近年来", "下一步", "去年同期"]) {
      expect(one(`${w}，`)).toEqual([w, "relative", null, null]);
    }
    expect(one("未来两个月或将")).toEqual(["未来两个月", "relative", null, null]);
    expect(one("三年内认定")).toEqual(["三年内", "relative", null, null]);
    expect(one("力争5年内有")).toEqual(["5年内", "relative", null, null]);
    expect(one("当年11月，")).toEqual(["当年11月", "relative", null, null]);
  });
  it("resolves them against the reference date where that makes sense", () => {
    const ref = "2021-06-14";
    expect(one("今年，", ref)).toEqual(["今年", "relative", "2021-01-01", "2021-12-31"]);
    expect(one("去年，", ref)).toEqual(["去年", "relative", "2020-01-01", "2020-12-31"]);
    expect(one("今年4月", ref)).toEqual(["今年4月", "relative", "2021-04-01", "2021-04-30"]);
    expect(one("今年上半年", ref)).toEqual(["今年上半年", "relative", "2021-01-01", "2021-06-30"]);
    expect(one("去年底", ref)).toEqual(["去年底", "relative", "2020-11-01", "2020-12-31"]);
    expect(one("本月9日", ref)).toEqual(["本月9日", "relative", "2021-06-09", "2021-06-09"]);
    expect(one("今天", ref)).toEqual(["今天", "relative", "2021-06-14", "2021-06-14"]);
    expect(one("上年度", ref)).toEqual(["上年度", "relative", "2020-01-01", "2020-12-31"]);
    expect(one("30日内", ref)).toEqual(["30日内", "relative", "2021-06-14", "2021-07-14"]);
    expect(one("3年后", ref)).toEqual(["3年后", "relative", "2024-01-01", "2024-12-31"]);
    expect(one("未来两个月", ref)).toEqual(["未来两个月", "relative", "2021-06-14", "2021-08-13"]);
    expect(one("近日，", ref)).toEqual(["近日", "relative", null, null]);
  });
  it("does not read amounts without an anchor (durations)", () => {
    expect(dates("为期3年的行动计划")).toEqual([]);
    expect(dates("三年行动")).toEqual([]);
    expect(dates("4月前完成", "2021-06-14")).toEqual([["4月前", "deadline", null, "2021-04-30"]]);
  });
});

describe("year-less dates", () => {
  it("take the year of the nearest full date or period before them (gold 000)", () => {
    const text =
      "2020年上半年，多地出台政策。2020年-2022年将是高速发展时期。如4月27日，湖南印发。到2022年，建成平台。5月8日，贵州发布。";
    expect(dates(text)).toEqual([
      ["2020年上半年", "period", "2020-01-01", "2020-06-30"],
      ["2020年-2022年", "period", "2020-01-01", "2022-12-31"],
      ["4月27日", "date", "2020-04-27", "2020-04-27"],
      ["到2022年", "deadline", null, "2022-12-31"],
      ["5月8日", "date", "2020-05-08", "2020-05-08"],
    ]);
  });
  it("else take the first year later in the same sentence", () => {
    expect(dates("12月28日，2021年全国大会召开。")[0]).toEqual(["12月28日", "date", "2021-12-28", "2021-12-28"]);
    expect(dates("12月28日召开。2021年全国大会")[0]).toEqual(["12月28日", "date", null, null]);
  });
  it("else take the reference date's year, else null (gold 034)", () => {
    expect(dates("11月30日，计划发布。", "2023-12-01")[0]).toEqual(["11月30日", "date", "2023-11-30", "2023-11-30"]);
    expect(dates("11月30日，《计划(2023-2025年)》发布。")).toEqual([["11月30日", "date", null, null]]);
  });
  it("a bare day takes its month from context, else null (gold 016)", () => {
    expect(one("记者从19日召开的发布会获悉")).toEqual(["19日", "date", null, null]);
    expect(dates("2021年3月1日开幕，19日闭幕")[1]).toEqual(["19日", "date", "2021-03-19", "2021-03-19"]);
  });
  it("are not resolved from the years of a title", () => {
    expect(dates("《行动计划(2020-2022年)》。4月27日")).toEqual([["4月27日", "date", null, null]]);
  });
});

describe("exclusions", () => {
  it("leaves dates inside 《》 to the title", () => {
    expect(dates("印发《湖南省区块链产业发展三年行动计划(2020-2022年)》")).toEqual([]);
    expect(dates("下达《湖南省2017年国民经济和\n社会发展计划》的通知")).toEqual([]);
  });
  it("does not read numbers that only look like years", () => {
    expect(dates("2020个项目，2022亿元，1000万元，编号2020，湘政发〔2017〕10号")).toEqual([]);
  });
  it("does not read 1号文件 as a day", () => {
    expect(dates("出台1号文件")).toEqual([]);
  });
  it("does not read relative words inside other words", () => {
    expect(dates("主要体现在三个方面")).toEqual([]);
    expect(dates("规模以上年营业收入")).toEqual([]);
    expect(dates("不同年龄段")).toEqual([]);
    expect(dates("节日前后")).toEqual([]);
    expect(dates("相当年轻")).toEqual([]);
    expect(one("国务院日前印发")).toEqual(["日前", "relative", null, null]);
  });
});

describe("spans", () => {
  it("maps back to the original (Traditional) text", () => {
    const text = "記者獲悉,2020年上半年,已有多個省級行政區出臺政策。";
    const r = extract(text, { only: ["dates"] });
    expect(r.dates).toEqual([
      { text: "2020年上半年", start: 5, end: 13, type: "period", from: "2020-01-01", to: "2020-06-30" },
    ]);
    expect([...text].slice(5, 13).join("")).toBe("2020年上半年");
  });
});

describe("an item's number before a date", () => {
  it("opening a line (1．4月1日前) is no decimal: the date follows it", async () => {
    const { extract } = await import("../src/index.js");
    const dates = (s: string) => extract(s).dates!.map((d) => d.text);
    expect(dates("2026-02-27\n\n1．4月1日前完成去年水毁工程修复。")).toEqual(["2026-02-27", "4月1日前", "去年"]);
    expect(dates("增长1.4月份")).toEqual([]);
  });
});

describe("findReferenceDate", () => {
  it("reads a dateline at the foot", () => {
    const doc = new Doc("正文。\n2021-04-30 经济带网发布了 《政策》的文章\n2021-04-29 经济带网发布了 《规划》的文章");
    expect(findReferenceDate(doc)).toBe("2021-04-30");
  });
  it("reads a date next to 发布 at the head, or standing alone on a line", () => {
    expect(findReferenceDate(new Doc("发布时间：2022年3月5日\n正文"))).toBe("2022-03-05");
    // the day a report was delivered, under its title
    expect(findReferenceDate(new Doc("关于德阳市2025年预算执行情况的报告（摘要）\n——2026年1月13日在德阳市第十届人民代表大会第六次会议上\n\n正文。"))).toBe("2026-01-13");
    // a page's stamp: the site's name, the date, the time
    expect(findReferenceDate(new Doc("标题\n\n哈密零距离　2026-09-15 11:26\n\n正文。"))).toBe("2026-09-15");
    expect(findReferenceDate(new Doc("标题\n\n会议将于2026-09-15 11:26召开，请准时参加。"))).toBe(null);
    expect(findReferenceDate(new Doc("标题\n(2015年9月15日)\n正文。"))).toBe("2015-09-15");
  });
  it("does not take an event date from the body for the publication date", () => {
    expect(findReferenceDate(new Doc("2021年3月1日，省政府印发《通知》。"))).toBeNull();
  });
  it("reads a labelled date with a clock time after it", () => {
    expect(findReferenceDate(new Doc("2021-06-15 10:20:33 来源：新华网\n正文"))).toBe("2021-06-15");
  });
  it("is null where the text states none", () => {
    expect(findReferenceDate(new Doc("11月30日，计划发布。到2025年，建成。"))).toBeNull();
    expect(findReferenceDate(new Doc(""))).toBeNull();
  });
  it("is not what year-less dates resolve from when the text has a year before them (gold 000)", () => {
    const r = extract("2020年上半年，政策出台。4月27日，湖南印发。\n2021-04-30 经济带网发布了 《政策》的文章", {
      only: ["dates"],
    });
    expect(r.referenceDate).toBe("2021-04-30");
    expect(r.dates?.find((d) => d.text === "4月27日")?.from).toBe("2020-04-27");
  });
});

describe("parseDateExpression", () => {
  it("reads a time expression on its own, loose forms included", () => {
    expect(parseDateExpression("2018", "2021-06-14")).toEqual({ type: "period", from: "2018-01-01", to: "2018-12-31" });
    expect(parseDateExpression("20240307", null)).toEqual({ type: "date", from: "2024-03-07", to: "2024-03-07" });
    expect(parseDateExpression("98年4月", "1997-07-01")).toEqual({
      type: "period",
      from: "1998-04-01",
      to: "1998-04-30",
    });
    expect(parseDateExpression("2025年前", "2021-06-14")).toEqual({ type: "deadline", from: null, to: "2025-12-31" });
    expect(parseDateExpression("上世纪80年代", "2021-06-14")).toEqual({
      type: "period",
      from: "1980-01-01",
      to: "1989-12-31",
    });
    expect(parseDateExpression("没有时间", null)).toBeNull();
  });
});

describe("robustness", () => {
  const hostile: Array<[string, string]> = [
    ["至 ×100000", "至".repeat(100_000)],
    ["到2022年 ×100000", "到2022年".repeat(100_000)],
    ["a 1 MB line of digits", "1".repeat(1_000_000)],
    ["Chinese numerals", "一".repeat(200_000)],
    ["unclosed titles", "《".repeat(100_000) + "2020年"],
    ["dashes", "2020-".repeat(100_000)],
    ["quotes", "“十四五”".repeat(50_000)],
    ["halves", "半".repeat(100_000) + "年后"],
  ];
  it.each(hostile)("finishes on %s", (_name, text) => {
    const r = extractDates(new Doc(text), "2021-01-01");
    expect(Array.isArray(r)).toBe(true);
  });
  it("never throws on odd input", () => {
    for (const s of [
      "",
      "\u0000",
      "年",
      "月日",
      "2020年13月",
      "2月30日",
      "0年0月0日",
      "9999年",
      "到",
      "《》",
      "“”",
      "\ud800",
      "Q",
      "Q9季度",
    ]) {
      expect(() => extractDates(new Doc(s), null)).not.toThrow();
      expect(() => extractDates(new Doc(s), "not a date")).not.toThrow();
      expect(() => parseDateExpression(s, "2021-02-30")).not.toThrow();
    }
  });
  it("keeps spans ordered, inside the text, and intervals the right way round (property)", () => {
    const alphabet = [
      ..."0123456789年月日号至到-—~前后底初末上下半季度第一二三四五六七八九十〇两今去明当近未来内以起《》“”十四五时期，。\n",
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }),
        fc.constantFrom(null, "2021-06-14"),
        (chars, ref) => {
          const text = chars.join("");
          const ds = extractDates(new Doc(text), ref);
          let last = 0;
          for (const d of ds) {
            expect(d.start).toBeGreaterThanOrEqual(last);
            expect(d.end).toBeGreaterThan(d.start);
            expect(d.end).toBeLessThanOrEqual(text.length);
            if (d.from && d.to) expect(d.from <= d.to).toBe(true);
            for (const v of [d.from, d.to]) if (v) expect(v).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            last = d.end;
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
  it("reads repeated deadlines each once", () => {
    expect(dates("到2022年，".repeat(1000))).toHaveLength(1000);
  });
});

describe("到 completing a change verb", () => {
  it("由2015年的70.4%提高到2024年的76.1%: the year after 提高到 is a year, not a deadline", async () => {
    const { extract } = await import("../src/index.js");
    const dates = (s: string) => extract(s, { refDate: "2025-06-01" }).dates!.map((d) => [d.text, d.type]);
    expect(dates("水土保持率由2015年的70.4%提高到2024年的76.1%。")).toEqual([["2015年", "period"], ["2024年", "period"]]);
    // without 的 after the year it is the deadline it reads as
    expect(dates("覆盖率提高到2027年底前全面完成。")[0][1]).toBe("deadline");
  });
  it("…and 至 so too (由2020年的1326亿元增至2025年的2140亿元, eval/heldout78); 至2030年 alone is a deadline", async () => {
    const { extract } = await import("../src/index.js");
    const dates = (s: string) => extract(s, { refDate: "2026-03-01" }).dates!.map((d) => [d.text, d.type]);
    expect(dates("海洋生产总值由2020年的1326亿元增至2025年的2140亿元。")).toEqual([["2020年", "period"], ["2025年", "period"]]);
    expect(dates("至2030年增至3000亿元。")).toEqual([["至2030年", "deadline"]]);
  });
});

describe("festivals (eval/heldout38)", () => {
  it("name their day: 春节 and the lunar calendar's by the table built from lunar-javascript, 国庆节 and 元旦 fixed", () => {
    expect(dates("各区春节前完成整治，元宵节前建成热源厂，国庆节前建成通车。", "2026-01-08")).toEqual([
      ["春节前", "deadline", null, "2026-02-17"],
      ["元宵节前", "deadline", null, "2026-03-03"],
      ["国庆节前", "deadline", null, "2026-10-01"],
    ]);
    // (the table's 2027 春节 is 6 February, where ICU's Chinese calendar says the 7th)
    expect(one("2027年春节前完成改造")).toEqual(["2027年春节前", "deadline", null, "2027-02-06"]);
    expect(one("2026年中秋节")).toEqual(["2026年中秋节", "date", "2026-09-25", "2026-09-25"]);
  });
  it("are not read from names, streets or shows (张国庆, 五一路, 春节联欢晚会)", () => {
    expect(dates("张国庆表示，五一路和八一广场改造后将举办春节联欢晚会。", "2026-01-08")).toEqual([]);
  });
});

describe("rules from eval/heldout39 (long features)", () => {
  it("a year before 起 is a span from then on, as 以来 (2024年起); a day before 起 stays the day a rule takes effect", () => {
    expect(one("2024年起，每年举办一届论坛")).toEqual(["2024年起", "period", "2024-01-01", null]);
    expect(one("本办法自2026年4月1日起施行")).toEqual(["2026年4月1日", "date", "2026-04-01", "2026-04-01"]);
  });
  it("a paper's masthead dates the text (江西日报　2026年10月22日　第03版)", () => {
    expect(findReferenceDate(new Doc("赣南老区振兴再提速\n\n江西日报　2026年10月22日　第03版\n\n正文。"))).toBe("2026-10-22");
    expect(findReferenceDate(new Doc("标题\n\n去年的报道称2026年10月22日将开幕\n\n正文。"))).toBe(null);
  });
});

describe("second review of the festival, 起 and masthead rules", () => {
  it("a festival on the right of a range after the left side's day is next year's", () => {
    expect(one("2025年12月20日至春节前开展专项行动")).toEqual(["2025年12月20日至春节前", "period", "2025-12-20", "2026-02-17"]);
    expect(one("2026年元旦至春节期间加强巡查")).toMatchObject([expect.any(String), "period", "2026-01-01", "2026-02-17"]);
  });
  it("a name that ends in a festival word is no festival (王国庆前往, 张国庆后来)", () => {
    expect(dates("县委书记王国庆前往项目现场督导，张国庆后来表示。", "2026-01-08")).toEqual([]);
  });
  it("年起 is no span where 起 opens a word (2027年起降架次, 2026年起征点)", () => {
    expect(one("力争2027年起降架次突破8万架次")).toEqual(["2027年", "period", "2027-01-01", "2027-12-31"]);
  });
  it("a masthead test that stays quick on a long headline with no masthead in it", () => {
    const line = "中国新闻网 2026年3月5日 " + "政府工作报告提出今年发展主要预期目标是国内生产总值增长左右".repeat(3);
    expect(findReferenceDate(new Doc(line + "\n正文。"))).toBe(null);
  });
});

describe("school holidays after a year (eval/heldout46)", () => {
  it("今年暑期 and 2026年寒假 read as JioNLP reads 暑假 and 寒假; a bare 暑期 names no time", () => {
    expect(dates("今年暑期，全市将举办国际体育赛事20场。", "2026-06-01")).toEqual([["今年暑期", "relative", "2026-07-01", "2026-08-31"]]);
    expect(one("2026年寒假期间开放学校体育场地")).toEqual(["2026年寒假", "period", "2026-02-01", "2026-02-28"]);
    expect(dates("随着暑期旅游旺季到来，游客增多。", "2026-06-01")).toEqual([]);
  });
  it("a goal set for this summer is due at its end", () => {
    expect(extract("2026-06-01\n\n今年暑期，全市将举办国际体育赛事20场。").targets!.map((t) => t.deadline)).toEqual(["2026-08-31"]);
  });
});

describe("a name that opens with a century (eval/heldout85)", () => {
  it("21世纪经济报道 is a newspaper, 21世纪以来 a time", async () => {
    const { extract } = await import("../src/index.js");
    expect(extract("据21世纪经济报道记者了解，21世纪以来，全市人口增长了一倍。").dates!.map((d) => d.text)).toEqual(["21世纪"]);
  });
});

describe("a bare day and a month are no range (found by the property test)", () => {
  it("六日至三月 with the day's month unsaid: no interval the wrong way round", async () => {
    const { extract } = await import("../src/index.js");
    const ds = extract("六日至三月", { refDate: "2021-06-14" }).dates!;
    for (const d of ds) if (d.from && d.to) expect(d.from <= d.to).toBe(true);
    expect(ds.map((d) => d.text)).toEqual(["六日", "至三月"]);
  });
});

describe("dates: a stray blank after a deadline's 到 (eval/heldout90)", () => {
  it("到 2028年 is a deadline, as 到2028年 is", () => {
    expect(extract("到 2028年，全区新改建农村公路1万公里。").dates).toMatchObject([{ text: "到 2028年", type: "deadline", from: null, to: "2028-12-31" }]);
  });
});

describe("dates: a stray blank between a year's digits and 年, and around a month's (eval/heldout116)", () => {
  it("2027 年底前 and 2026 年 6 月底前 are deadlines; 1000 年 no year", () => {
    const d = extract("三亚市2027 年底前建成邮轮母港，2026 年 6 月底前完成规划。运行1000 年。").dates!;
    expect(d.map((x) => [x.text, x.type, x.to])).toEqual([
      ["2027 年底前", "deadline", "2027-12-31"],
      ["2026 年 6 月底前", "deadline", "2026-06-30"],
    ]);
  });
});

describe("dates: a part of this year named after 今年 gives its year to the year-less dates after it (review rv23)", () => {
  it("2025年…今年上半年…8月25日前 is this year's August; 未来两个月 gives no year", () => {
    const d = extract("2026-08-20\n\n2025年，全市6所新建学校投用。今年上半年，3所幼儿园建成投用。全市45所学校的维修工程将于8月25日前全部完工。").dates!;
    expect(d.find((x) => x.text === "8月25日前")?.to).toBe("2026-08-25");
  });
});

describe("dates: a year's season before 前, and a festival a deadline names (eval/heldout123)", () => {
  it("2027年汛期前 is a deadline by that year's end, no year for what follows", () => {
    const d = extract("2026-08-21\n\n年底前开工重建，2027年汛期前全部建成入住。年底前恢复国省干线150公里。").dates!;
    expect(d.slice(1).map((x) => [x.text, x.type, x.to])).toEqual([
      ["年底前", "deadline", "2026-12-31"],
      ["2027年汛期前", "deadline", "2027-12-31"],
      ["年底前", "deadline", "2026-12-31"],
    ]);
  });
  it("a festival just past is the one reported on (春节前 written in March); 春节前夕 is the eve, no deadline", () => {
    const d = extract("2026-03-05\n\n春节前，市领导走访慰问困难群众320户。春节前夕，全市发放慰问金860万元。").dates!;
    expect(d.slice(1).map((x) => [x.text, x.type, x.to])).toEqual([
      ["春节前", "deadline", "2026-02-17"],
      ["春节前夕", "date", "2026-02-17"],
    ]);
  });
  it("a year-less date after 去年 or a comparison's 上年 keeps the year of its context (去年完成…，年底前再完成…)", () => {
    const d = extract("2026-06-15\n\n去年完成改造86个小区，年底前再完成40个。2025年省级财政安排资金12亿元，较上年增加2亿元，6月底前全部下达。").dates!;
    expect(d.filter((x) => x.text.endsWith("底前")).map((x) => [x.text, x.to])).toEqual([
      ["年底前", "2026-12-31"],
      ["6月底前", "2025-06-30"],
    ]);
  });
  it("春节前 written in August is next year's festival; 2026年春节前 stays that year's", () => {
    const d = extract("2026-08-21\n\n春节前完成受损房屋修缮，2026年春节前已下达资金。").dates!;
    expect(d.slice(1).map((x) => [x.text, x.to])).toEqual([
      ["春节前", "2027-02-06"],
      ["2026年春节前", "2026-02-17"],
    ]);
  });
});

describe("dates: a stray blank after a range's separator keeps the range whole", () => {
  it("2021年至 2024年 and 3月21日至 9月30日 are one span each", () => {
    const d = extract("2021年至 2024年，全市累计改造老旧小区1086个。2026年3月21日至 9月30日开展整治。").dates!;
    expect(d.map((x) => [x.text, x.from, x.to])).toEqual([
      ["2021年至 2024年", "2021-01-01", "2024-12-31"],
      ["2026年3月21日至 9月30日", "2026-03-21", "2026-09-30"],
    ]);
  });
  it("到 2028年 opening a deadline is still read with its blank", () => {
    expect(extract("到 2028年，全市新建学校10所。").dates!.map((x) => [x.text, x.to])).toEqual([["到 2028年", "2028-12-31"]]);
  });
});

describe("dates: an item's number before a year (eval/heldout93)", () => {
  it("1.2026年底前 and 5.2027年6月底前 are deadlines, not 6月底前", () => {
    const d = extract("（一）污水治理\n　　1.2026年底前，完成提标改造。\n　　5.2027年6月底前，建成项目1个。").dates!;
    expect(d.map((x) => [x.text, x.to])).toEqual([
      ["2026年底前", "2026-12-31"],
      ["2027年6月底前", "2027-06-30"],
    ]);
  });
});

describe("dates: 今年 is the year of what follows (third review, 2026-11-27)", () => {
  it("a year-less deadline after 今年 is this year's, after an earlier 2025年; 去年 sets no year", () => {
    const ds = (t: string) => extractDates(new Doc(t), "2026-03-05").map((d) => [d.text, d.to]);
    expect(ds("2025年，全市完成投资300亿元。今年，全市将新建学校5所，年底前完成改造项目20个。").at(-1)).toEqual(["年底前", "2026-12-31"]);
    expect(ds("2025年，全市完成投资300亿元。去年，全市新建学校5所，6月底前完成改造项目20个。").at(-1)).toEqual(["6月底前", "2025-06-30"]);
  });
});

describe("words that look like months or years and are not", () => {
  it("reads no month in a rhythm (一月一调度, 一月一次) and still reads 一月一日", () => {
    expect(extract("建立“一月一调度、一季一通报”机制，实行一月一次通报。", { refDate: "2026-02-06" }).dates).toEqual([]);
    expect(extract("本办法自2026年一月一日起施行。").dates?.map((d) => [d.text, d.from])).toEqual([["2026年一月一日", "2026-01-01"]]);
  });
  it("reads 原则上年底前 as this year's end, not 上年底 (last year's)", () => {
    const r = extract("2026年2月6日电 上述项目原则上年底前全部完成。", {});
    expect(r.dates?.map((d) => [d.text, d.type, d.to])).toContainEqual(["年底前", "deadline", "2026-12-31"]);
    expect(r.dates?.some((d) => d.text.startsWith("上年"))).toBe(false);
    // (上年 itself is still last year)
    expect(extract("2026年2月6日电 比上年同期增长5%。").dates?.map((d) => d.text)).toContain("上年同期");
  });
});

describe("the reference date of pages as they are copied", () => {
  const ref = (text: string) => findReferenceDate(new Doc(text));
  it("reads a Hong Kong release's date with its weekday, a Macau bureau's stamp, a paper's masthead in 《》 and a date beside a page's controls", () => {
    expect(ref("香港特区政府新闻公报\n2026年1月15日（星期四）\n特区政府今日公布，今年将新建3所学校。")).toBe("2026-01-15");
    expect(ref("新闻局　2026年2月26日\n澳门特区政府今年将新建3所学校。")).toBe("2026-02-26");
    expect(ref("《人民日报》（2026年03月05日 第01版）\n全省今年将新建3所学校。")).toBe("2026-03-05");
    expect(ref("【字体：大 中 小】 2026-03-05\n全省今年将新建3所学校。")).toBe("2026-03-05");
  });
  it("still takes no date that a sentence gives", () => {
    expect(ref("全省今年将新建3所学校，2026年3月5日起施行。")).toBe(null);
    expect(ref("【字体：大 中 小】\n本办法自2026年3月5日起施行，全省将新建3所学校。")).toBe(null);
  });
});

describe("目前 inside a word", () => {
  it("reads no 目前 in 项目前期, and still reads 目前 opening a sentence", () => {
    const r = extract("2026年4月10日电 今年，全市将加快项目前期工作。目前，全市已开工项目50个。", {});
    expect(r.dates?.filter((d) => d.text === "目前").map((d) => d.start)).toEqual([r.dates!.find((d) => d.text === "目前")!.start]);
    expect(r.dates?.filter((d) => d.text === "目前")).toHaveLength(1);
    const text = "2026年4月10日电 今年，全市将加快项目前期工作。";
    expect(extract(text, {}).dates?.some((d) => d.text === "目前")).toBe(false);
  });
});

describe("a page's words that hold a time word", () => {
  it("reads no date in 打开当前页 or 当前位置, and still reads 当前 opening a sentence", () => {
    const text = "扫一扫在手机打开当前页。当前位置：首页>新闻。当前，全市正在推进。";
    expect(extract(text).dates?.map((d) => [d.text, d.start])).toEqual([["当前", text.indexOf("当前，")]]);
  });
});

describe("上 closing a word before 年底", () => {
  it("reads 在此基础上年底前 as this year's end", () => {
    const r = extract("2026年2月6日电 在此基础上年底前全部完成。", {});
    expect(r.dates?.map((d) => [d.text, d.to])).toContainEqual(["年底前", "2026-12-31"]);
  });
});

describe("Hong Kong's ways of writing times", () => {
  const ds = (text: string) => extract(text, { refDate: "2026-03-01" }).dates!.map((d) => [d.text, d.type, d.from, d.to]);
  it("reads a financial year from April to March, a span of them, and one as a deadline", () => {
    expect(ds("在2026-27年度內完成。")).toContainEqual(["2026-27年度内", "period", "2026-04-01", "2027-03-31"]);
    expect(ds("2027-28至2031-32年度，供應3萬伙。")).toContainEqual(["2027-28至2031-32年度", "period", "2027-04-01", "2032-03-31"]);
    expect(ds("2030-31年度或之前建成。")).toContainEqual(["2030-31年度或之前", "deadline", null, "2031-03-31"]);
    // (two full years are calendar years, and no year runs past the next)
    expect(ds("2026-2027年度")).toContainEqual(["2026-2027年度", "period", "2026-01-01", "2027-12-31"]);
    expect(ds("2026-28年度").some((d) => d[2] === "2026-04-01")).toBe(false);
  });
  it("reads 第一季 (no 度) as a quarter and 或之前 as a deadline", () => {
    expect(ds("2027年第一季或之前完成。")).toContainEqual(["2027年第一季或之前", "deadline", null, "2027-03-31"]);
    expect(ds("2027年第四季，新增病床。")).toContainEqual(["2027年第四季", "period", "2027-10-01", "2027-12-31"]);
    expect(ds("2030年或之前建成。")).toContainEqual(["2030年或之前", "deadline", null, "2030-12-31"]);
  });
});

describe("seasons that are no quarters", () => {
  it("reads 第一季 as a quarter only after a year", () => {
    const ds = extract("第一季，节目收视率达到5%。2027年第一季完成。", { refDate: "2026-03-01" }).dates!.map((d) => d.text);
    expect(ds).toEqual(["2027年第一季"]);
  });
});

describe("dates: the Republic of China's era (民国115年 = 2026), as Taiwan dates", () => {
  const dates = (text: string) => extract(text).dates!.map((d) => [d.text, d.type, d.from, d.to]);
  it("reads a year the era names, in figures or numerals, in any text", () => {
    expect(dates("民国二十年，民国一百一十五年，民國38年，中华民国115年1月。")).toEqual([
      ["民国二十年", "period", "1931-01-01", "1931-12-31"],
      ["民国一百一十五年", "period", "2026-01-01", "2026-12-31"],
      ["民国38年", "period", "1949-01-01", "1949-12-31"],
      ["中华民国115年1月", "period", "2026-01-01", "2026-01-31"],
    ]);
  });
  it("reads bare era years in a Traditional text from Taiwan: days, year ends, 年度, ranges", () => {
    expect(dates("臺中市政府新聞稿 發布日期：115年3月5日\n行政院宣布118年底前完成，115年度預算增加，115至118年間推動。")).toEqual([
      ["115年3月5日", "date", "2026-03-05", "2026-03-05"],
      ["118年底前", "deadline", null, "2029-12-31"],
      ["115年度", "period", "2026-01-01", "2026-12-31"],
      ["115至118年", "period", "2026-01-01", "2029-12-31"],
    ]);
  });
  it("reads no bare era year elsewhere, nor an amount of years in a text from Taiwan", () => {
    expect(dates("今年是建党105年，115年来，香港今年新建学校。").map((d) => d[0])).toEqual(["今年", "今年"]);
    expect(dates("臺北市政府表示，堤防按100年一遇標準興建，近110年來首見。").map((d) => d[0])).toEqual([]);
  });
});

describe("dates: school years and terms", () => {
  const dates = (text: string) => extract(text).dates!.map((d) => [d.text, d.type, d.from, d.to]);
  it("reads a school year as September to August, and a term as the months it runs", () => {
    expect(dates("2026学年，2026—2027学年度，2026年秋季学期，2027年春季学期。")).toEqual([
      ["2026学年", "period", "2026-09-01", "2027-08-31"],
      ["2026—2027学年度", "period", "2026-09-01", "2027-08-31"],
      ["2026年秋季学期", "period", "2026-09-01", "2027-01-31"],
      ["2027年春季学期", "period", "2027-02-01", "2027-07-31"],
    ]);
  });
  it("reads 开学前 and a term's 前 as before it opens, a year's 结束前 as by its end, and 起 as from its start", () => {
    expect(dates("2026年秋季学期开学前，2027 年秋季学期前，2026—2027学年度结束前，自2026年秋季学期起。")).toEqual([
      ["2026年秋季学期开学前", "deadline", null, "2026-08-31"],
      ["2027 年秋季学期前", "deadline", null, "2027-08-31"],
      ["2026—2027学年度结束前", "deadline", null, "2027-08-31"],
      ["自2026年秋季学期起", "period", "2026-09-01", null],
    ]);
  });
  it("reads no school year where the years do not follow each other (2026—2028学年)", () => {
    expect(dates("2026—2028学年").map((d) => d[0])).not.toContain("2026—2028学年");
  });
});

describe("dates: era years only where the text is Taiwan's, and no amount of years (review, 2026-11-27)", () => {
  const texts = (text: string) => extract(text).dates!.map((d) => d.text);
  it("reads no bare era year in a mainland text that names the era once", () => {
    expect(texts("该桥始建于民国25年，设计使用年限100年。")).toEqual(["民国25年"]);
  });
  it("reads era years after 通过 and 预期, but not years of age or of use", () => {
    expect(texts("行政院表示，立法院三讀通過115年度總預算，預期118年完工；大樓使用年限120年，該校創校110年。")).toEqual(["115年度", "118年"]);
  });
  it("reads a Hong Kong text, or 平台中 and 常州新北区, as no text from Taiwan", () => {
    expect(texts("本港數據平臺中，115年度目標。")).toEqual([]);
    expect(texts("常州市新北區推動115年發展。")).toEqual([]);
  });
  it("reads 民国元年 as 1912", () => {
    expect(extract("民国元年").dates!.map((d) => [d.text, d.from])).toEqual([["民国元年", "1912-01-01"]]);
  });
  it("reads no date in a range or a list of every month's days (每月5日至10日, 每月5日、15日)", () => {
    expect(texts("2026-03-01\n\n各地每月5日至10日报送，每月5日、15日汇总，10日前完成。")).toEqual(["2026-03-01", "10日前"]);
  });
});

describe("financial years with a slash, and a year after an item's number", () => {
  it("reads 2026/27年度, 2025/26课税年度 and 2029/30年度或之前 as Hong Kong's April-to-March years", () => {
    const d = extract("2026/27年度；2025/26课税年度；2027/28至2031/32年度；在2029/30年度或之前完成。").dates!;
    expect(d.map((x) => [x.text, x.type, x.from, x.to])).toEqual([
      ["2026/27年度", "period", "2026-04-01", "2027-03-31"],
      ["2025/26课税年度", "period", "2025-04-01", "2026-03-31"],
      ["2027/28至2031/32年度", "period", "2027-04-01", "2032-03-31"],
      ["2029/30年度或之前", "deadline", null, "2030-03-31"],
    ]);
  });
  it("a year right after an item's number and point is a date (1.2027年底前); inside a number it is not", () => {
    const d = extract("（二）便利民生往来。1.2027年底前新增综合社区2个；系数1.2027年测得。").dates!;
    expect(d.map((x) => [x.text, x.to])).toEqual([["2027年底前", "2027-12-31"]]);
  });
});

describe("Taiwan's years and stray blanks", () => {
  it("a bare year of the Republic before 来台 is a year (114年來臺旅客), not a span", () => {
    const d = extract("臺灣觀光署指出，114年來臺旅客約886萬人次。").dates!;
    expect(d.map((x) => [x.text, x.from, x.to])).toEqual([["114年", "2025-01-01", "2025-12-31"]]);
  });
  it("年起 before 推动 and the like is from then on (106年起推動)", () => {
    const d = extract("臺灣行政院表示，106年起推動社會住宅。").dates!;
    expect(d.map((x) => [x.text, x.from, x.to])).toEqual([["106年起", "2017-01-01", null]]);
  });
  it("a blank only after a number glued to the words before it is read through (預計116 年底前)", () => {
    const d = extract("臺灣行政院表示，預計116 年底前完成。").dates!;
    expect(d.map((x) => [x.text, x.to])).toEqual([["116 年底前", "2027-12-31"]]);
  });
});

describe("这一年 looked back on", () => {
  it("gives no year to the months after it: they take the year named before it", () => {
    const r = extract("西安日报　2026年01月06日\n\n2025年西安研发投入强度预计达到5.3%。回望这一年，西安的科技创新可分为四个阶段。\n一季度：1月10日，西安召开大会。\n三季度：截至9月底，有效发明专利拥有量达到9.8万件。");
    const by = (text: string) => r.dates!.find((d) => d.text === text);
    expect([by("一季度")?.from, by("1月10日")?.from, by("截至9月底")?.to]).toEqual(["2025-01-01", "2025-01-10", "2025-09-30"]);
    expect(r.targets).toEqual([]);
  });
});

describe("dates: bare years of the Republic in texts of 云林 and in a Hong Kong paper's report on Taiwan (eval/heldout340, heldout377)", () => {
  const dates = (text: string) => extract(text).dates!.filter((d) => d.type !== "relative").map((d) => [d.text, d.to]);
  it("a county of Taiwan's west marks a text as Taiwan's", () => {
    expect(dates("雲林推農地活化方案　１１８年底前友善耕作面積拚２千公頃\n\n〔記者黃淑芬／雲林報導〕雲林縣政府昨日公佈方案。")).toContainEqual(["１１８年底前", "2029-12-31"]);
  });
  it("a Hong Kong paper about Taiwan more than about Hong Kong reads them; one about Hong Kong does not", () => {
    const taiwan = "台灣「只租不賣」社宅\n\n2026年10月19日　明報\n\n台灣行政院10月15日通過計劃，目標在123年前新增社會住宅10萬戶。行政院發言人表示，台灣社宅存量偏低。本港學者認為，特區政府可借鏡台灣。";
    expect(dates(taiwan)).toContainEqual(["123年前", "2034-12-31"]);
    const hongKong = "特區政府表示，本港將於120年前完成計劃，本港學者認為可參考台灣經驗。";
    expect(dates(hongKong).map((d) => d[0])).not.toContain("120年前");
  });
});

describe("a length of days a measure counts over (eval/heldout401)", () => {
  it("交通事故30日死亡人数 holds no day of the month; 11月30日 still is one", () => {
    const r = extract("目标到2030年道路交通事故30日死亡人数减少50%，会议于11月30日召开。", { refDate: "2026-11-20" });
    expect(r.dates!.map((d) => d.text)).toEqual(["到2030年", "11月30日"]);
  });
});

describe("a time things stand as of is past (eval/heldout413)", () => {
  it("截至10月底 after a headline's later year is this year's October", () => {
    const r = extract("偏区5G涵盖率2028年达95%\n\n经发局表示，截至10月底，5G基地台约6,800座。", { refDate: "2026-11-03" });
    expect(r.dates!.map((d) => [d.text, d.to])).toEqual([["2028年", "2028-12-31"], ["截至10月底", "2026-10-31"]]);
  });
});

describe("a year's level after 恢复至 (eval/heldout415)", () => {
  it("仅恢复至2019年水平的六成 names the year 2019, no deadline", () => {
    const r = extract("2025年两个码头共处理旅客约1050万人次，仅恢复至2019年水平的六成。", { refDate: "2026-05-01" });
    expect(r.dates!.map((d) => [d.text, d.type])).toEqual([["2025年", "period"], ["2019年", "period"]]);
  });
});

describe("首N个月 (eval/heldout424)", () => {
  it("2026年首五个月 is January to May", () => {
    const r = extract("2026年首五个月，入境旅客增长。", { refDate: "2026-08-01" });
    expect(r.dates!.map((d) => [d.text, d.from, d.to])).toEqual([["2026年首五个月", "2026-01-01", "2026-05-31"]]);
  });
});

describe("a wire's bracketed lead dates the text (eval/heldout447)", () => {
  it("（中央社记者…澳门2026年10月29日电） gives the reference date", () => {
    const r = extract("澳門失業率降至1.7%\n\n（中央社記者林冠宇澳門2026年10月29日電）澳門統計暨普查局今天公佈。");
    expect(r.referenceDate).toBe("2026-10-29");
    expect(extract("少子化對策新計劃出爐\n\n中央社記者林佩君臺北2026年10月15日電\n\n行政院今（15）日院會通過。").referenceDate).toBe("2026-10-15");
  });
});

describe("起 after a month, a relative year and 即日 (eval/heldout394, heldout405, heldout439)", () => {
  it("a month before 起 is a span from then on, as a year is; a day or a part of a month stays itself", () => {
    expect(one("育儿津贴自2027年1月起提高")).toEqual(["2027年1月起", "period", "2027-01-01", null]);
    expect(one("7月上旬起开放申请", "2026-05-01")).toEqual(["7月上旬", "period", "2026-07-01", "2026-07-10"]);
    expect(one("本办法自2026年4月1日起施行")).toEqual(["2026年4月1日", "date", "2026-04-01", "2026-04-01"]);
  });
  it("明年起, 今年7月起, 下月起 hold 起 and run on from their start", () => {
    expect(one("明年起实施", "2026-11-28")).toEqual(["明年起", "relative", "2027-01-01", null]);
    expect(one("今年7月起实施", "2026-11-28")).toEqual(["今年7月起", "relative", "2026-07-01", null]);
    expect(one("下月起发放", "2026-11-28")).toEqual(["下月起", "relative", "2026-12-01", null]);
  });
  it("即日起 is the day of writing, and a close after it is a deadline of its own", () => {
    expect(dates("申报时间：即日起至2026年4月20日。", "2026-03-01")).toEqual([
      ["即日起", "relative", "2026-03-01", "2026-03-01"],
      ["至2026年4月20日", "deadline", null, "2026-04-20"],
    ]);
  });
});

describe("a year compared with gives no year to what follows (eval/heldout458)", () => {
  it("较2005年减少28%…8月底前 is this August", () => {
    const r = extract("２０２６年６月１５日\n\n到２０３０年，溫室氣體排放量較２００５年減少２８％左右。並於８月底前提出檢討報告。");
    expect(r.dates!.find((d) => d.text === "８月底前")!.to).toBe("2026-08-31");
  });
  it("比2025年增加…3月下旬 is this March; a year that is no comparison still gives its year", () => {
    const r = extract("2026年2月24日\n\n全市減碳量達到120萬公噸，比2025年增加15萬公噸。預計於3月下旬開放申請。");
    expect(r.dates!.find((d) => d.text === "3月下旬")!.from).toBe("2026-03-21");
    const s = extract("2026年2月24日\n\n2025年全市減碳量達到105萬公噸。3月下旬開放申請。");
    expect(s.dates!.find((d) => d.text === "3月下旬")!.from).toBe("2025-03-21");
  });
});

describe("a reporter's byline before the date dates the text (eval/heldout458)", () => {
  it("【记者黄志明／高雄报导】2026年2月24日", () => {
    expect(extract("高雄市施政報告\n\n【記者黃志明／高雄報導】2026年2月24日\n\n高雄市長提出施政報告。").referenceDate).toBe("2026-02-24");
    expect(extract("高雄市施政報告\n\n【記者黃志明／高雄報導】2026年2月24日，市長提出施政報告。").referenceDate).toBe(null);
  });
});

describe("首三季 and the year things stand as of (eval/heldout459, heldout103)", () => {
  it("2026年首三季 is January to September", () => {
    expect(one("2026年首三季，入境旅客增长")).toEqual(["2026年首三季", "period", "2026-01-01", "2026-09-30"]);
  });
  it("截至2025年末…较年初 is the start of 2025", () => {
    const r = extract("2026-03-12 18:06　来源：西部网\n\n　　2026年，贷款增速不低于10%。\n\n　　截至2025年末，全省贷款余额7380亿元，较年初增长5%。");
    expect(r.dates!.find((d) => d.text === "年初")!.from).toBe("2025-01-01");
  });
});

describe("a news lead dates the text (eval/heldout454)", () => {
  it("广州日报讯（记者 黄伟杰）二〇二六年十二月八日，广州市召开…", () => {
    expect(extract("广州召开东西部协作工作会议\n\n广州日报讯（记者 黄伟杰）二〇二六年十二月八日，广州市召开东西部协作和对口合作工作会议，总结今年工作，部署明年任务。会议指出，今年广州向毕节市投入财政帮扶资金二十二亿元。").referenceDate).toBe("2026-12-08");
    expect(extract("标题\n\n本报讯（记者 张三 通讯员 李四）3月5日，市里召开会议。").referenceDate).toBe(null);
    // (a body sentence with a date is no lead)
    expect(extract("标题\n\n2026年3月5日，市里召开会议，部署全年工作。").referenceDate).toBe(null);
  });
});

describe("两季度 counts quarters (eval/heldout487)", () => {
  it("连续两季度 is no second quarter; 二季度 is", () => {
    expect(dates("对连续两季度投资完成率低于50%的项目，将调出清单。二季度完成投资。", "2026-05-01")).toEqual([["二季度", "period", "2026-04-01", "2026-06-30"]]);
  });
});

describe("dates: Macao's plans, leads of any site, deadlines after a year past (eval/heldout503, heldout510, heldout515; session 31)", () => {
  it("Macao's 「二五规划」期间 is 2021–2025, its 三五规划 2026–2030", () => {
    const ds = extract("澳门在「二五规划」期间本地生产总值年均增长5%，“三五规划”末将达到100万人次。").dates!.map((d) => [d.text, d.from, d.to]);
    expect(ds).toEqual([["「二五规划」期间", "2021-01-01", "2025-12-31"], ["“三五规划”末", "2026-01-01", "2030-12-31"]]);
  });
  it("a site's name, the day, 讯 and the reporter in brackets date the text (浙江在线　2026年9月15日讯（记者 …）)", () => {
    expect(findReferenceDate(new Doc("新质生产力培育行动发布\n\n浙江在线　2026年9月15日讯（记者 沈一鸣 通讯员 吴晓）\n\n截至今年8月底，全省…"))).toBe("2026-09-15");
  });
  it("a deadline by 前 that a year past in an earlier sentence would put before the day of writing is this year's", () => {
    const t = "雅安日报 2026-05-28\n\n据统计，2025年汛期，全市发生地质灾害32起。《要点》明确，6月30日前，全市完成隐患点排查。";
    expect(extract(t).dates!.find((d) => d.text === "6月30日前")?.to).toBe("2026-06-30");
  });
});

describe("dates: spans of Hong Kong's financial years (eval/heldout549; session 31)", () => {
  it("2026-27年度至2030-31年度 is one span; 2027-28年度起 and 2026-27年度至今 run on from April", () => {
    const ds = extract("政府将在2026-27年度至2030-31年度每年发行政府债券，2027-28年度起每年增加收入，2026-27年度至今已发行。").dates!.map((d) => [d.text, d.from, d.to]);
    expect(ds).toEqual([["2026-27年度至2030-31年度", "2026-04-01", "2031-03-31"], ["2027-28年度起", "2027-04-01", null], ["2026-27年度至今", "2026-04-01", null]]);
  });
});

describe("dates: the day of a lead after a reporter's byline (eval/heldout557; session 32)", () => {
  it("（记者刘家豪／台北报导）卫生福利部长陈建宏2026年10月28日赴立法院…: the day of writing", () => {
    const text = "卫福部业务报告\n\n（记者刘家豪／台北报导）卫生福利部长陈建宏2026年10月28日赴立法院社会福利及卫生环境委员会进行业务报告。委员则要求卫福部年底前提出长照3.0规划。";
    expect(extract(text).referenceDate).toBe("2026-10-28");
    expect(extract(text).dates!.find((d) => d.text === "年底前")?.to).toBe("2026-12-31");
  });
  it("…not a date deep in a sentence after the byline", () => {
    expect(extract("（记者刘家豪／台北报导）卫福部表示，该计划已于2026年10月28日起实施，并检讨成效。").referenceDate).toBeNull();
  });
});

describe("dates: a masthead with the reporter's byline after its date (eval/heldout291; session 32)", () => {
  it("金门日报　中华民国114年9月5日　记者李文彬／金城报导: the day of writing", () => {
    const text = "金门县115年度预算162亿元\n\n金门日报　中华民国114年9月5日　记者李文彬／金城报导\n\n　　金门县政府昨（4）日召开记者会。";
    expect(extract(text).referenceDate).toBe("2025-09-05");
  });
});
