import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Doc, countCodePoints, detectScript, foldWidth, layoutBreaks, sequencedItemDots } from "../src/normalize.js";
import { extract } from "../src/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

describe("Doc normalization", () => {
  it("converts Traditional to Simplified, keeping the length", () => {
    const doc = new Doc("湖南省工業和信息化廳印發《湖南省區塊鏈產業發展三年行動計劃》");
    expect(doc.simplified).toBe("湖南省工业和信息化厅印发《湖南省区块链产业发展三年行动计划》");
    expect(doc.simplified.length).toBe(doc.original.length);
    expect(doc.script).toBe("traditional");
  });

  it("converts a text line by line: the whole at once where that is the same, else each line", () => {
    const lines = ["湖南省區塊鏈產業", "發展三年行動計劃", "", "臺灣資訊"];
    const doc = new Doc(lines.join("\n"));
    expect(doc.simplified).toBe(lines.map((l) => new Doc(l).simplified).join("\n"));
    // an ideographic description sequence could take the break as a part of itself at once;
    // line by line the character after it is still converted
    expect(new Doc("⿰\n發展").simplified).toBe("⿰\n发展");
  });

  it("does not rewrite vocabulary (tw, not twp): 資訊 stays 资讯", () => {
    expect(new Doc("資訊技術").simplified).toBe("资讯技术");
  });

  it("folds full-width digits, letters and punctuation for matching, but not the reported text", () => {
    const doc = new Doc("到２０２２年，建成１０个ＡＢ平台！");
    expect(doc.text).toBe("到2022年,建成10个AB平台!");
    expect(doc.span(1, 6)).toEqual({ text: "２０２２年", start: 1, end: 6 });
    expect(foldWidth("　")).toBe(" ");
  });

  it("maps spans back to original code points across astral characters", () => {
    const original = "𠀀𠀁湖南省建成10个";
    const doc = new Doc(original);
    const at = doc.text.indexOf("湖南省");
    expect(at).toBe(4); // UTF-16 units
    const span = doc.span(at, at + 3);
    expect(span).toEqual({ text: "湖南省", start: 2, end: 5 });
    expect([...original].slice(span.start, span.end).join("")).toBe("湖南省");
    expect(doc.chars).toBe(countCodePoints(original));
    expect(doc.chars).toBe(10);
  });

  it("detects simplified, traditional and mixed script", () => {
    expect(new Doc("湖南省建成10个以上区块链公共服务平台").script).toBe("simplified");
    expect(new Doc("湖南省建成10個以上區塊鏈公共服務平臺").script).toBe("traditional");
    expect(new Doc("区块链产业发展 區塊鏈產業發展").script).toBe("mixed");
    expect(new Doc("").script).toBe("simplified");
    expect(new Doc("2022 ABC").script).toBe("simplified");
  });

  it("splits sentences at 。！？； and line breaks", () => {
    const doc = new Doc("第一句。第二句！\n第三句；第四句");
    expect(doc.sentences().map((s) => doc.simplified.slice(s.start, s.end))).toEqual(["第一句。", "第二句！", "第三句；", "第四句"]);
    expect(doc.simplified.slice(doc.sentenceAt(5)!.start, doc.sentenceAt(5)!.end)).toBe("第二句！");
  });

  it("handles empty and lone-surrogate input without throwing", () => {
    expect(new Doc("").chars).toBe(0);
    const lone = new Doc("a\ud800b");
    expect(lone.chars).toBe(3);
    expect(lone.span(2, 3)).toEqual({ text: "b", start: 2, end: 3 });
  });
});

describe("the Traditional converter is loaded only where needed", () => {
  const run = (code: string) =>
    spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });

  it("the package entry loads it: extract takes Traditional text at once", () => {
    const r = run(`import { extract } from "./dist/index.js"; console.log(extract("湖南省區塊鏈產業").regions[0].name)`);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("湖南省");
  });

  it("the file reader loads it for a Traditional text, and not for a Simplified one", () => {
    const r = run(
      `import { extractBuffer } from "./dist/files.js"; import { simplifier } from "./dist/normalize.js";` +
        `await extractBuffer(Buffer.from("湖南省区块链产业"), "a.txt");` +
        `let loaded = true; try { simplifier(); } catch { loaded = false; } console.log(loaded);` +
        `const rec = await extractBuffer(Buffer.from("湖南省區塊鏈產業"), "b.txt"); console.log(rec.source.script, simplifier()("區塊鏈"));`,
    );
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toEqual(["false", "traditional 区块链"]);
  });
});

describe("blanks and line breaks inside a phrase", () => {
  const readAs = (original: string) => new Doc(original).text;

  it("reads a number spaced off between Chinese characters as written together", () => {
    expect(readAs("到 2028 年，全州产值突破 1500 亿元，覆盖率稳定在 73% 以上")).toBe("到2028年,全州产值突破1500亿元,覆盖率稳定在73%以上");
    expect(readAs("各建设 1 个产业园")).toBe("各建设1个产业园");
    // (one blank on one side only stays)
    expect(readAs("年均增长 15%以上")).toBe("年均增长 15%以上");
  });

  it("keeps the blanks of a headline, a dateline and a table", () => {
    expect(readAs("陕西推行动 2027年算力规模达到15EFLOPS")).toBe("陕西推行动 2027年算力规模达到15EFLOPS");
    expect(readAs("2026-06-10 02:15 经济日报")).toBe("2026-06-10 02:15 经济日报");
    expect(readAs("夷陵区\t55\t380")).toBe("夷陵区\t55\t380");
    expect(readAs("指标　　2025年　　2030年")).toBe("指标  2025年  2030年");
  });

  it("joins a number broken from its unit, and 百分之 from its numeral", () => {
    expect(readAs("到2028年，全市新能源汽车产量突破30\n万辆，产值达到")).toBe("到2028年,全市新能源汽车产量突破30万辆,产值达到");
    expect(readAs("良种牦牛占比不低于百分之\n六十")).toBe("良种牦牛占比不低于百分之六十");
    // (a table row ending in a number, and a short line, keep their breaks)
    expect(readAs("保障房\t户\t3100\t4000\n新就业大学生")).toBe("保障房\t户\t3100\t4000\n新就业大学生");
    expect(readAs("1000\n万吨")).toBe("1000\n万吨");
  });

  it("joins the lines of a hard-wrapped paragraph where paragraphs open indented", () => {
    const text = "　　一、发展目标\n　　到2028年，培育年营业收\n入超过50亿元的企业5家；\n累计建成充电桩2万个。\n二、重点任务\n　　张湾区建设基地1个。";
    expect(readAs(text)).toBe("  一、发展目标\n  到2028年,培育年营业收入超过50亿元的企业5家;累计建成充电桩2万个。\n二、重点任务\n  张湾区建设基地1个。");
    // not where paragraphs are not indented: a heading and its paragraph stay apart
    expect(readAs("一、发展目标\n到2028年，培育企业5家")).toBe("一、发展目标\n到2028年,培育企业5家");
  });

  it("reports spans as the original writes them, blanks and breaks included", () => {
    const original = "　　到2028年，全市产量突破30\n万辆；\n新增企业 10 家。";
    const doc = new Doc(original);
    const at = doc.text.indexOf("突破30万辆");
    const span = doc.span(at, at + "突破30万辆".length);
    expect(span.text).toBe("突破30\n万辆");
    expect([...original].slice(span.start, span.end).join("")).toBe("突破30\n万辆");
    const ten = doc.text.indexOf("新增企业10家");
    expect(doc.span(ten, ten + 7).text).toBe("新增企业 10 家");
    expect(doc.simplifiedOriginal.length).toBe(original.length);
  });

  it("marks nothing in a text with no such blank or break", () => {
    expect(layoutBreaks("到2028年,建成10个平台。\n二、任务")).toBeNull();
  });
});

describe("script detection and characters both scripts use", () => {
  it("reads a Traditional text that writes 台 (對台, 台北, 台胞) as Traditional", () => {
    expect(detectScript("廈門市將打造對台交流合作先行區，到2027年吸引台胞1萬人。")).toBe("traditional");
    expect(detectScript("香港特區政府將與台北市加強合作。")).toBe("traditional");
    expect(detectScript("厦门市将打造对台交流合作先行区。")).toBe("simplified");
  });
});

describe("scraped text: zero-width characters and hard-wrapped blocks", () => {
  it("reads through zero-width spaces, joiners and BOMs inside words and numbers", () => {
    const r = extract("到2027年，西\u200b安市淘汰柴油货车3\u200b000辆，优良天数比率达到75%以\u2060上。");
    expect(r.targets!.map((t) => [t.min, t.max])).toEqual([
      [3000, 3000],
      [75, null],
    ]);
    expect(r.regions!.map((x) => x.code)).toContain("610100");
  });
  it("joins the lines of a block wrapped at a fixed width, mid-number and mid-word, and maps spans back", () => {
    const text =
      "《方案》明确新能源发展主要目标，提出到20\n28年，全市新能源装机规模突破5000万千瓦，\n新能源发电量占全社会用电量的比重达到50%\n以上；新型储能装机规模达到800万千瓦（8GW\n）；光热发电装机达到600MW；绿氢产能达到3\n0万吨；建成源网荷储一体化项目10个以上。";
    const r = extract(text);
    expect(r.dates!.map((d) => d.to)).toContain("2028-12-31");
    const green = r.targets!.find((t) => t.unit === "吨")!;
    expect([green.min, text.slice(green.start, green.end)]).toEqual([300000, "绿氢产能达到3\n0万吨"]);
    expect(r.targets!.find((t) => t.unit === "%")!.min).toBe(50);
    expect(r.targets!.find((t) => t.unit === "%")!.max).toBeNull();
  });
  it("keeps the breaks of short lines and of lines of differing widths", () => {
    const r = extract("主要目标\n到2027年\n建成产业园3个\n培育企业20家");
    expect(r.targets!.map((t) => t.min)).toEqual([3, 20]);
  });
});

describe("blank entities between Latin runs", () => {
  it("keeps a blank entity that parts a date from its time (2026-03-12&nbsp;09:30), reads through one between a number and its unit", () => {
    const r = extract("发布时间：2026-03-12&nbsp;09:30\n到2027年，建成开放测试道路500&nbsp;km以上，培育企业15&nbsp;家。");
    expect(r.dates!.map((d) => d.from)).toContain("2026-03-12");
    expect(r.targets!.map((t) => [t.min, t.unit])).toEqual([
      [500, "km"],
      [15, "家"],
    ]);
  });
});

describe("a half-width full stop ending a Chinese sentence", () => {
  it("ends a sentence after a Han character, never inside a number, an address or a run of dots", () => {
    const doc = new Doc("培育产业园区4—6个.每年培训人才5000人次.PM2.5浓度下降到30微克/立方米.网址www.gov.cn……");
    expect(doc.sentences().map((s) => doc.text.slice(s.start, s.end))).toEqual(["培育产业园区4—6个.", "每年培训人才5000人次.", "PM2.5浓度下降到30微克/立方米.", "网址www.gov.cn……"]);
  });
});

describe("HTML entities left in plain text", () => {
  it("reads each as the character it stands for, and maps it back to the whole entity", () => {
    const doc = new Doc("到&ldquo;十五五&rdquo;末，培育龙头企业10&mdash;15家，A&amp;B，&unknown;");
    expect(doc.text).toBe("到“十五五”末,培育龙头企业10—15家,A&B,&unknown;");
    const at = doc.text.indexOf("—");
    expect(doc.toOriginal(at, at + 1)).toEqual({ start: doc.original.indexOf("&mdash;"), end: doc.original.indexOf("&mdash;") + 7 });
    expect(doc.quote(at - 2, at + 3)).toBe("10&mdash;15");
  });
});

describe("item numbers whose dot a number follows", () => {
  it("reads 4.3岁 after item 3. (or before item 5.) as item 4 and 3岁, and leaves a decimal alone", () => {
    const list = "1.婴儿死亡率控制在2‰以下；\n2.新建示范单位50个；\n3.女性比例达到35%以上；\n4.3岁以下婴幼儿托位数达到每千人口5个；\n5.新建母婴室100个以上。";
    const doc = new Doc(list);
    const at = list.indexOf("4.3");
    expect(doc.text.slice(at, at + 4)).toBe("4、3岁");
    // (the original is quoted unchanged)
    expect(doc.quote(at, at + 4)).toBe("4.3岁");
    expect(sequencedItemDots("4.3万元的资金\n已下达。")).toBeNull();
    expect(new Doc("增长\n4.3个百分点。\n其他").text).toContain("4.3");
    // (after item 1. and before nothing, a line opening 2.5 is item 2)
    expect(new Doc("1.建成驿站10个；\n2.5万人次参加培训。").text).toContain("2、5万人次");
    // (an item's number before a year or a month is read so already, and left as it is)
    expect(new Doc("1.建成驿站10个；\n2.2027年底前，建成加氢站50座。").text).toContain("2.2027年");
  });
});
