import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { Doc } from "../src/normalize.js";
import type { Context } from "../src/extract.js";
import type { DateFact, DateType, DocumentFact, Region } from "../src/types.js";
import {
  coreOfKey,
  extractDocuments,
  findTitlePairs,
  hasDocumentKind,
  isGenericTitle,
  joinTitleLines,
  looksLikeHeadline,
  plainDateEndingAt,
  plainDateStartingAt,
  titleKey,
} from "../src/extractors/documents.js";

interface DateSpec {
  text: string;
  from: string | null;
  type?: DateType;
  /** Which occurrence of `text` (0 = first). */
  nth?: number;
}

function indexOfNth(hay: string, needle: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = hay.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return at;
}

/** A context as extract.ts builds it, with hand-made dates and regions (offsets in doc.text). */
function ctxOf(text: string, dates: DateSpec[] = [], regions: Array<{ code: string; names: string[] }> = []): Context {
  const doc = new Doc(text);
  const dateFacts: DateFact[] = dates.map((d) => {
    const start = indexOfNth(doc.text, d.text, d.nth ?? 0);
    return { text: d.text, start, end: start + d.text.length, type: d.type ?? "date", from: d.from, to: d.from };
  });
  const regionFacts: Region[] = regions.map((r) => {
    const mentions = [];
    for (const name of r.names) {
      for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
        mentions.push({ text: name, start: at, end: at + name.length });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { name: r.names[0], code: r.code, level: "province", parent: null, mentions };
  });
  return { doc, referenceDate: null, regions: regionFacts, dates: dateFacts, documents: [] };
}

const docs = (text: string, dates: DateSpec[] = [], regions: Array<{ code: string; names: string[] }> = []) =>
  extractDocuments(ctxOf(text, dates, regions));
const titles = (ds: DocumentFact[]) => ds.map((d) => d.title);

describe("findTitlePairs", () => {
  it("pairs brackets, outer before inner", () => {
    const text = "甲《关于印发《X方案》的通知》乙";
    expect(findTitlePairs(text)).toEqual([
      { open: 1, close: text.lastIndexOf("》") },
      { open: text.lastIndexOf("《"), close: text.indexOf("》") },
    ]);
  });
  it("drops an unclosed 《 and ignores a stray 》 without losing what follows", () => {
    expect(findTitlePairs("《A《B》")).toEqual([{ open: 2, close: 4 }]);
    expect(findTitlePairs("》《计划》")).toEqual([{ open: 1, close: 4 }]);
    expect(findTitlePairs("《未闭合。然后《方案》")).toEqual([{ open: 7, close: 10 }]);
  });
  it("keeps a title broken across one line, not across a blank line", () => {
    expect(findTitlePairs("《A\nB》")).toEqual([{ open: 0, close: 4 }]);
    expect(findTitlePairs("《A\n\nB》")).toEqual([]);
  });
  it("copes with 50,000 《 and no 》, and with deep nesting", () => {
    expect(findTitlePairs("《".repeat(50_000))).toEqual([]);
    const nested = "《".repeat(30) + "意见" + "》".repeat(30);
    expect(findTitlePairs(nested)).toHaveLength(30);
    expect(findTitlePairs("《".repeat(50_000) + "计划》")).toEqual([{ open: 49_999, close: 50_002 }]);
  });
});

describe("title helpers", () => {
  it("titleKey drops blanks, quotes and 《》 and unifies brackets and dashes", () => {
    expect(titleKey("湖南省2017年国民经济和\n社会发展计划")).toBe("湖南省2017年国民经济和社会发展计划");
    expect(titleKey("“十四五”规划（2021—2025年）")).toBe("十四五规划(2021-2025年)");
  });
  it("coreOfKey strips trailing bracketed parts only", () => {
    expect(coreOfKey("北京市区块链创新发展行动计划(2020-2022年)")).toBe("北京市区块链创新发展行动计划");
    expect(coreOfKey("办法(试行)(2020年修订)")).toBe("办法");
    expect(coreOfKey("(试行)")).toBe("(试行)");
  });
  it("hasDocumentKind reads the title's ending", () => {
    expect(hasDocumentKind("湖南省碳达峰实施方案")).toBe(true);
    expect(hasDocumentKind("政府工作报告")).toBe(true);
    expect(hasDocumentKind("区域全面经济伙伴关系协定")).toBe(true);
    expect(hasDocumentKind("中华人民共和国数据安全法")).toBe(true);
    expect(hasDocumentKind("人民日报")).toBe(false);
    expect(hasDocumentKind("求是")).toBe(false);
    expect(hasDocumentKind("学习方法")).toBe(false);
  });
  it("isGenericTitle: short names only", () => {
    expect(isGenericTitle("计划")).toBe(true);
    expect(isGenericTitle("行动计划")).toBe(true);
    expect(isGenericTitle("政策措施")).toBe(true);
    expect(isGenericTitle("政府工作报告")).toBe(false);
    expect(isGenericTitle("湖南省碳达峰实施方案")).toBe(false);
  });
  it("looksLikeHeadline: spaces, clause punctuation, chatty endings", () => {
    expect(looksLikeHeadline("政策支持民宿经济发展 专家给出四方面建议")).toBe(true);
    expect(looksLikeHeadline("农业农村部发布新一轮畜禽遗传改良计划 未来十五年路线图定了")).toBe(true);
    expect(looksLikeHeadline("稳增长，这些政策措施")).toBe(true);
    expect(looksLikeHeadline("中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见")).toBe(false);
    expect(looksLikeHeadline("湖南省区块链产业发展三年行动计划(2020-2022年)")).toBe(false);
  });
  it("joinTitleLines removes a line break and the blanks around it", () => {
    expect(joinTitleLines("湖南省2017年国民经济和 \n  社会发展计划")).toBe("湖南省2017年国民经济和社会发展计划");
  });
  it("plain dates around a clause", () => {
    expect(plainDateEndingAt("如4月27日", 6)).toBe(1);
    expect(plainDateEndingAt("7月初", 3)).toBe(0);
    expect(plainDateEndingAt("2020年5月8日", 9)).toBe(0);
    expect(plainDateEndingAt("政府", 2)).toBe(-1);
    expect(plainDateStartingAt("5月8日，贵州", 0)).toBe(4);
    expect(plainDateStartingAt("贵州", 0)).toBe(-1);
  });
});

// The seed article, dev 000, sentence by sentence (Traditional, as published).
const SEED =
  "如4月27日,湖南省工業和信息化廳印發《湖南省區塊鏈產業發展三年行動計劃(2020-2022年)》。《計劃》提出,力爭到2022年,湖南省建成10個以上區塊鏈公共服務平臺。\n" +
  "5月8日,貴州省人民政府發布《關于加快區塊鏈技術應用和產業發展的意見》(下稱《意見》)。根據《意見》,到2022年,貴州省建設3至5個區塊鏈開放創新平臺。\n" +
  "5月9日,海南省工業和信息化廳近日印發《海南省關于加快區塊鏈產業發展的若干政策措施》,加快推動海南省區塊鏈技術和產業創新發展。\n" +
  "6月30日,北京市人民政府辦公廳發布印發《北京市區塊鏈創新發展行動計劃(2020-2022年)》(以下簡稱《計劃》)的通知。《計劃》表示,到2022年,要把北京初步建設成為具有影響力的區塊鏈科技創新高地。\n" +
  "7月初發布的《河北省區塊鏈專項行動計劃(2020-2022年)》明確,至2022年河北省區塊鏈相關領域領軍企業和龍頭企業達20家。\n" +
  "2021-04-30 經濟帶網發布了 《政策支持民宿經濟發展 專家給出四方面建議》的文章\n" +
  "2021-04-29 經濟帶網發布了 《農業農村部發布新一輪畜禽遺傳改良計劃 未來十五年路線圖定了》的文章";

const SEED_DATES: DateSpec[] = [
  { text: "4月27日", from: "2020-04-27" },
  { text: "到2022年", from: null, type: "deadline" },
  { text: "5月8日", from: "2020-05-08" },
  { text: "5月9日", from: "2020-05-09" },
  { text: "6月30日", from: "2020-06-30" },
  { text: "7月初", from: "2020-07-01", type: "period" },
];
const SEED_REGIONS = [
  { code: "430000", names: ["湖南省"] },
  { code: "520000", names: ["贵州省"] },
  { code: "460000", names: ["海南省"] },
  { code: "110000", names: ["北京市"] },
  { code: "130000", names: ["河北省"] },
];

describe("the seed article (dev 000)", () => {
  const out = docs(SEED, SEED_DATES, SEED_REGIONS);
  it("finds the five documents and leaves the footer headlines out", () => {
    expect(titles(out)).toEqual([
      "湖南省区块链产业发展三年行动计划(2020-2022年)",
      "关于加快区块链技术应用和产业发展的意见",
      "海南省关于加快区块链产业发展的若干政策措施",
      "北京市区块链创新发展行动计划(2020-2022年)",
      "河北省区块链专项行动计划(2020-2022年)",
    ]);
  });
  it("takes the issuer before the verb, trimming dates and adverbs", () => {
    expect(out.map((d) => d.issuer)).toEqual([
      "湖南省工业和信息化厅",
      "贵州省人民政府",
      "海南省工业和信息化厅",
      "北京市人民政府办公厅",
      null, // 7月初发布的《…》: no body named
    ]);
  });
  it("dates each document by its issuing clause", () => {
    expect(out.map((d) => d.date)).toEqual(["2020-04-27", "2020-05-08", "2020-05-09", "2020-06-30", "2020-07-01"]);
  });
  it("gives the region of the title", () => {
    expect(out.map((d) => d.region)).toEqual(["430000", "520000", "460000", "110000", "130000"]);
  });
  it("records aliases and links 《计划》/《意见》 to the nearest document", () => {
    expect(out.map((d) => d.aliases)).toEqual([[], ["意见"], [], ["计划"], []]);
    expect(out.map((d) => d.mentions.length)).toEqual([2, 3, 1, 3, 1]);
    const [hunan] = out;
    const t = new Doc(SEED).text;
    expect(hunan.mentions[0].text).toBe("《湖南省区块链产业发展三年行动计划(2020-2022年)》");
    expect(t.slice(hunan.mentions[0].start, hunan.mentions[0].end)).toBe("《湖南省区块链产业发展三年行动计划(2020-2022年)》");
    expect(hunan.mentions[1].text).toBe("《计划》");
    for (const d of out) {
      const starts = d.mentions.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});

describe("which 《》 are documents", () => {
  it("leaves out newspapers, programmes and articles", () => {
    expect(docs("据《人民日报》报道,《求是》杂志发表文章《关于加强管理的意见》。")).toEqual([]);
    expect(docs("央视《新闻联播》播出。该书《治理方法》出版。")).toEqual([]);
  });
  it("keeps a party committee's proposals for a five-year plan (…规划的建议), approved by a plenary session", () => {
    expect(titles(docs("全会审议通过了《中共甘肃省委关于制定国民经济和社会发展第十五个五年规划的建议》（以下简称《建议》）。"))).toEqual([
      "中共甘肃省委关于制定国民经济和社会发展第十五个五年规划的建议",
    ]);
  });
  it("keeps a title with no kind word when an issuing verb names it", () => {
    expect(titles(docs("国务院印发《中国制造2025》。"))).toEqual(["中国制造2025"]);
    expect(titles(docs("他喜欢《中国制造2025》。"))).toEqual([]);
  });
  it("keeps 省《政府工作报告》 once, with no issuer (审议通过 is not issuing)", () => {
    const text = "2025年省《政府工作报告》重点工作分工方案(一)\n确保省十四届人大三次会议审议通过的省《政府工作报告》各项重点工作落地见效。";
    const out = docs(text);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ title: "政府工作报告", issuer: null, aliases: [] });
    expect(out[0].mentions.map((m) => m.start)).toEqual([text.indexOf("《"), text.lastIndexOf("《")]);
  });
  it("drops a short name with nothing before it to refer to", () => {
    expect(docs("《计划》提出,到2022年建成10个平台。")).toEqual([]);
  });
  it("reports a nested title and the document inside it", () => {
    const out = docs("省政府办公厅《关于印发《湖南省数字经济发展规划》的通知》。");
    expect(titles(out)).toEqual(["关于印发《湖南省数字经济发展规划》的通知", "湖南省数字经济发展规划"]);
  });
  it("never throws and stays quick on hostile input", () => {
    expect(docs("《".repeat(50_000))).toEqual([]);
    expect(docs("》".repeat(1000) + "《")).toEqual([]);
    expect(docs("")).toEqual([]);
    const many = "省政府印发《湖南省实施方案》。".repeat(20_000);
    const out = docs(many);
    expect(out).toHaveLength(1);
    expect(out[0].mentions).toHaveLength(20_000);
  });
});

describe("issuer", () => {
  it("leaves out who carries out the document (漳州将持续落实市政府…发布的《…》)", () => {
    expect(docs("报告指出，漳州将持续落实市政府2025年5月发布的《漳州市深化漳台融合发展三年行动方案（2025—2027年）》。").map((d) => d.issuer)).toEqual(["市政府"]);
  });
  it("leaves out the unnamed bodies a lead body works with (会同有关部门编制)", () => {
    expect(docs("国家发展改革委会同有关部门编制的《黄河几字弯地区协同发展规划（2026—2035年）》。").map((d) => d.issuer)).toEqual(["国家发展改革委"]);
  });
  it("reads across a line break between the verb and 《 (…办公室印发⏎《…》)", () => {
    expect(docs("▶ 6月17日，随州市人民政府办公室印发\n《随州市香菇产业链高质量发展三年行动方案（2026—2028年）》。").map((d) => d.issuer)).toEqual(["随州市人民政府办公室"]);
  });
  it("leaves out who presents the document (…负责人介绍了近日由X印发的《…》)", () => {
    const issuers = (s: string) => docs(s).map((d) => d.issuer);
    expect(issuers("市人力资源和社会保障局有关负责人介绍了近日由九江市人民政府印发的《九江市“十五五”就业促进规划》。")).toEqual(["九江市人民政府"]);
    expect(issuers("威海市人民政府新闻办公室举行新闻发布会，介绍威海市民政局、威海市卫生健康委员会联合印发的《威海市养老托育服务体系建设三年行动计划》。")).toEqual([
      "威海市民政局、威海市卫生健康委员会",
    ]);
  });
  it("a region alone issues", () => {
    const out = docs("湖南省印发了《湖南省数字政府建设实施方案》。", [], [{ code: "430000", names: ["湖南省"] }]);
    expect(out[0]).toMatchObject({ issuer: "湖南省", region: "430000" });
  });
  it("a region alone issues, found by the gazetteer where no regions were extracted", () => {
    expect(docs("湖南印发《数字政府建设实施方案》。")[0]).toMatchObject({ issuer: "湖南", region: "430000" });
  });
  it("trims leading dates and trailing adverbs (湖南省政府近日印发)", () => {
    expect(docs("湖南省政府近日印发《湖南省碳达峰实施方案》,有力有序推进全省碳达峰行动。")[0].issuer).toBe("湖南省政府");
    expect(docs("日前,国务院办公厅正式印发了《关于加快发展的意见》。")[0].issuer).toBe("国务院办公厅");
    expect(docs("2020年5月8日贵州省人民政府发布《关于加快区块链发展的意见》。")[0].issuer).toBe("贵州省人民政府");
  });
  it("X关于印发《…》的通知 and X于…印发", () => {
    expect(docs("国务院办公厅关于印发《新一代人工智能发展规划》的通知")[0].issuer).toBe("国务院办公厅");
    expect(docs("工业和信息化部等十部门于5月8日联合印发《关于推进区块链发展的指导意见》。")[0].issuer).toBe(
      "工业和信息化部等十部门",
    );
  });
  it("an issuer heading on the line above 关于下达《…》的通知 (dev 003)", () => {
    const out = docs(
      "湖南省人民政府\n關于下達《湖南省2017年國民經濟和\n社會發展計劃》的通知\n湘政發〔2017〕10號\n《湖南省2017年國民經濟和社會發展計劃》已經省十二屆人大七次會議審議通過,現印發給你們。",
    );
    expect(out).toHaveLength(1);
    expect(out[0].title).toBe("湖南省2017年国民经济和社会发展计划");
    expect(out[0].issuer).toBe("湖南省人民政府");
    expect(out[0].mentions.map((m) => m.text)).toEqual(["《湖南省2017年国民经济和\n社会发展计划》", "《湖南省2017年国民经济和社会发展计划》"]);
  });
  it("the passive form: 《…》由X印发", () => {
    const out = docs("《西安市数字经济发展规划》(以下简称《规划》)已由西安市人民政府正式印发。");
    expect(out[0]).toMatchObject({ issuer: "西安市人民政府", aliases: ["规划"] });
  });
  it("a later clause supplies the issuer a headline lacked (dev 029)", () => {
    const out = docs("《湖南省碳達峰實施方案》印發\n湖南省政府近日印發《湖南省碳達峰實施方案》,有力有序推進全省碳達峰行動。");
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ issuer: "湖南省政府" });
    expect(out[0].mentions).toHaveLength(2);
  });
  it("a title opening with a body's name gives the issuer (dev 001, 022)", () => {
    expect(docs("为贯彻落实《国务院关于积极推进“互联网+”行动的指导意见》,深化融合。")[0].issuer).toBe("国务院");
    const dg = docs(
      "近日,东莞举行新闻发布会,发布2022年东莞市政府一号文《东莞市人民政府关于推动数字经济高质量发展的政策措施》(以下简称《政策措施》)。《政策措施》明确提出。",
    );
    expect(dg).toHaveLength(1);
    expect(dg[0]).toMatchObject({ issuer: "东莞市人民政府", aliases: ["政策措施"] });
    expect(dg[0].mentions).toHaveLength(3);
  });
  it("no issuer where no body is named (dev 012, 021)", () => {
    const out = docs("隨即,《廣西數字經濟發展規劃(2018-2025年)》《廣西數字經濟發展三年行動計劃(2018-2020年)》等“1+13”系列文件登臺亮相。");
    expect(titles(out)).toEqual(["广西数字经济发展规划(2018-2025年)", "广西数字经济发展三年行动计划(2018-2020年)"]);
    expect(out.map((d) => d.issuer)).toEqual([null, null]);
    expect(docs("国务院常务会议部署做好《区域全面经济伙伴关系协定》生效后实施工作。")[0].issuer).toBe(null);
  });
  it("two titles under one verb share its issuer and date", () => {
    const out = docs("5月8日,省政府印发《数字经济发展规划》和《数字经济三年行动计划》。", [{ text: "5月8日", from: "2020-05-08" }]);
    expect(out.map((d) => [d.issuer, d.date])).toEqual([
      ["省政府", "2020-05-08"],
      ["省政府", "2020-05-08"],
    ]);
  });
});

describe("date and region", () => {
  it("takes the last non-deadline date of the clause, else null", () => {
    const text = "到2022年,湖南省发布《湖南省数字经济规划》。";
    expect(docs(text, [{ text: "到2022年", from: null, type: "deadline" }])[0].date).toBe(null);
    const text2 = "2020年上半年,贵州省人民政府发布《关于加快发展的意见》。";
    expect(docs(text2, [{ text: "2020年上半年", from: "2020-01-01", type: "period" }])[0].date).toBe("2020-01-01");
  });
  it("region from the title first, else from the issuer", () => {
    const regions = [
      { code: "430000", names: ["湖南省"] },
      { code: "520000", names: ["贵州省"] },
    ];
    expect(docs("湖南省发布《贵州省发展规划》。", [], regions)[0].region).toBe("520000");
    expect(docs("湖南省人民政府发布《关于加快发展的意见》。", [], regions)[0].region).toBe("430000");
    expect(docs("发布《关于加快发展的意见》。", [], regions)[0].region).toBe(null);
  });
});

describe("aliases", () => {
  it("reads the usual ways of giving a short name", () => {
    expect(docs("省政府印发《湖南省数字经济发展方案》(简称“方案”)。")[0].aliases).toEqual(["方案"]);
    expect(docs("省政府印发《湖南省数字经济支持政策措施》（以下简称“政策措施”）。")[0].aliases).toEqual(["政策措施"]);
    expect(docs("省政府印发《湖南省数字经济支持政策措施》(以下简称政策措施)。")[0].aliases).toEqual(["政策措施"]);
    expect(docs("省政府印发《湖南省数字经济发展意见》（下称《意见》）。")[0].aliases).toEqual(["意见"]);
  });
  it("the same title written again is one document with two mentions", () => {
    const text = "省政府印发《湖南省数字经济发展方案》。后来《湖南省数字经济发展方案》实施。";
    const out = docs(text);
    expect(out).toHaveLength(1);
    expect(out[0].mentions.map((m) => [m.start, m.end])).toEqual([
      [text.indexOf("《"), text.indexOf("》") + 1],
      [text.lastIndexOf("《"), text.lastIndexOf("》") + 1],
    ]);
  });
  it("a short mention goes to the nearest document whose alias or title ends so", () => {
    const out = docs("A印发《甲省行动计划》。B印发《乙省行动计划》。《计划》提出。");
    expect(out.map((d) => d.mentions.length)).toEqual([1, 2]);
  });
});

describe("more issuing clauses", () => {
  it("several bodies joined by 、 or a blank issue together", () => {
    expect(docs("中共中央、国务院印发了《数字中国建设整体布局规划》，并发出通知。")[0].issuer).toBe("中共中央、国务院");
    expect(docs("日前，中共中央 国务院印发《质量强国建设纲要》。")[0].issuer).toBe("中共中央 国务院");
    expect(docs("经国务院同意，国家发展改革委、工业和信息化部联合印发《关于推动能源电子产业发展的指导意见》。")[0].issuer).toBe(
      "国家发展改革委、工业和信息化部",
    );
  });
  it("X印发的《…》 after 根据 / 为贯彻落实", () => {
    expect(docs("根据国务院印发的《新一代人工智能发展规划》，到2030年。")[0].issuer).toBe("国务院");
    expect(docs("为贯彻落实党中央、国务院印发的《质量强国建设纲要》精神，制定本方案。")[0].issuer).toBe("党中央、国务院");
  });
  it("a body right before a 关于-title (国务院《关于…的意见》)", () => {
    expect(docs("贯彻落实国务院《关于加快发展的意见》。")[0].issuer).toBe("国务院");
    expect(docs("北京的《关于加快发展的意见》。")[0].issuer).toBe(null);
  });
  it("keeps a place name that begins like a connective (如皋市)", () => {
    expect(docs("如皋市人民政府印发《如皋市招商引资办法》。")[0].issuer).toBe("如皋市人民政府");
    expect(docs("省经济和信息化委员会印发《关于推进工业互联网发展的通知》。")[0].issuer).toBe("省经济和信息化委员会");
  });
  it("no issuer where the verb's subject is no body", () => {
    expect(docs("国务院总理李克强日前签署国务院令，公布《优化营商环境条例》。")[0].issuer).toBe(null);
    expect(docs("市政府常务会议审议通过了《武汉市氢能产业发展规划》。")[0].issuer).toBe(null);
  });
  it("a written date beats a relative one in the clause", () => {
    const out = docs("5月9日,海南省工业和信息化厅近日印发《海南省若干政策措施》。", [
      { text: "5月9日", from: "2020-05-09" },
      { text: "近日", from: "2021-04-30", type: "relative" },
    ]);
    expect(out[0].date).toBe("2020-05-09");
    const rel = docs("海南省工业和信息化厅近日印发《海南省若干政策措施》。", [{ text: "近日", from: "2021-04-30", type: "relative" }]);
    expect(rel[0].date).toBe("2021-04-30");
  });
  it("a second title after an alias note shares the clause", () => {
    const out = docs("省政府印发《湖南省数字经济发展规划》（以下简称《规划》）和《湖南省数字经济三年行动计划》。");
    expect(out.map((d) => [d.title, d.issuer])).toEqual([
      ["湖南省数字经济发展规划", "省政府"],
      ["湖南省数字经济三年行动计划", "省政府"],
    ]);
  });
});

describe("more aliases and headlines", () => {
  it("an alias after a document number in the same note", () => {
    const out = docs(
      "近日，国务院办公厅印发《关于进一步优化营商环境更好服务市场主体的实施意见》（国办发〔2020〕24号，以下简称《实施意见》）。《实施意见》提出。",
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ issuer: "国务院办公厅", aliases: ["实施意见"] });
    expect(out[0].mentions).toHaveLength(3);
  });
  it("an unquoted alias that itself holds quotes, and 下同", () => {
    expect(docs("工信部印发《“十四五”智能制造发展规划》(以下简称“十四五”规划)。")[0].aliases).toEqual(["“十四五”规划"]);
    expect(docs("湖北省委、省政府印发《关于全面推进乡村振兴的实施意见》（以下简称《意见》，下同）。《意见》明确。")[0]).toMatchObject({
      aliases: ["意见"],
    });
  });
  it("a title without its years goes to the latest document of that name", () => {
    const out = docs("国务院印发《X规划(2018-2025年)》。后来《X规划(2021-2025年)》发布。《X规划》指出。");
    expect(out.map((d) => d.mentions.length)).toEqual([1, 2]);
  });
  it("headlines that report an issuing, questions and books are no documents", () => {
    expect(docs("相关新闻：《湖南出台区块链三年行动计划》")).toEqual([]);
    expect(docs("《农业农村部发布新一轮畜禽遗传改良计划》")).toEqual([]);
    expect(docs("该书名为《如何写好计划》。我读了《中国的计划经济》一书。")).toEqual([]);
    expect(titles(docs("省政府印发《政府信息公开发布管理办法》。"))).toEqual(["政府信息公开发布管理办法"]);
  });
  it("a kind named after the title (白皮书)", () => {
    expect(titles(docs("国务院新闻办公室发表《新时代的中国网络法治建设》白皮书。"))).toEqual(["新时代的中国网络法治建设"]);
  });
});

describe("relayed and multi-step clauses", () => {
  it("转发: the body after the relaying verb issued it", () => {
    expect(docs("国务院办公厅转发国家发展改革委《关于推动物流业发展的意见》的通知")[0].issuer).toBe("国家发展改革委");
  });
  it("研究制定并印发了: the verb chain is skipped", () => {
    expect(docs("省政府近日研究制定并印发了《湖南省数字经济实施方案》。")[0].issuer).toBe("省政府");
  });
  it("adjacent titles share a clause with no issuer; a gathering is no issuer", () => {
    const out = docs("今年以来,我省先后出台《湖南省A规划》《湖南省B方案》等政策文件。");
    expect(out.map((d) => d.issuer)).toEqual([null, null]);
    expect(docs("峰会发布《全球数字经济报告》。")[0].issuer).toBe(null);
  });
  it("standards keep their space; laws count", () => {
    expect(titles(docs("《信息安全技术 个人信息安全规范》"))).toEqual(["信息安全技术 个人信息安全规范"]);
    expect(titles(docs("学习《宪法》和《民法典》"))).toEqual(["宪法", "民法典"]);
    expect(docs("《湖南：加快推进数字经济》")).toEqual([]);
  });
});


// A news report opens with a dateline or a byline; the issuer is the body after it
// (heldout 101, 107: 本報訊 福州市鼓樓區人民政府近日印發《…》).
describe("news datelines and bylines before the issuer", () => {
  const issuer = (text: string, dates: DateSpec[] = []) => docs(text, dates)[0]?.issuer;
  it("本报讯 (heldout 101, 107, as published in Traditional)", () => {
    expect(issuer("本報訊 福州市鼓樓區人民政府近日印發《鼓樓區加快數字經濟創新發展若干措施》（以下簡稱《措施》）。")).toBe(
      "福州市鼓楼区人民政府",
    );
    expect(issuer("本報訊 海南省人民政府辦公廳近日印發《海南省促進離島免稅購物消費若干措施》。")).toBe("海南省人民政府办公厅");
    expect(issuer("本报讯福州市鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("福州市鼓楼区人民政府");
    expect(issuer("本报福州3月5日讯 福州市人民政府印发《福州市若干措施》。")).toBe("福州市人民政府");
  });
  it("本报记者 XXX, one or more names, spaced or not", () => {
    expect(issuer("本报记者 张三 福州市鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("福州市鼓楼区人民政府");
    expect(issuer("本报记者张三福州市鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("福州市鼓楼区人民政府");
    expect(issuer("本报记者王小明省发展改革委印发《湖南省实施方案》。")).toBe("省发展改革委");
    expect(issuer("本报讯 记者 张三 通讯员 李四 福州市鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("福州市鼓楼区人民政府");
    expect(issuer("记者张三、李四 省政府印发《湖南省实施方案》。")).toBe("省政府");
    expect(issuer("本报记者 欧阳小明 报道 省政府日前出台《湖南省数字政府建设方案》。")).toBe("省政府");
    expect(issuer("记者 阿依古丽·买买提 自治区人民政府印发《新疆数字经济实施方案》。")).toBe("自治区人民政府");
    expect(issuer("本报记者 福州市人民政府印发《福州市实施方案》。")).toBe("福州市人民政府");
  });
  it("a bare 讯 before a blank", () => {
    expect(issuer("讯 海南省人民政府办公厅近日印发《海南省若干措施》。")).toBe("海南省人民政府办公厅");
  });
  it("新华社北京3月5日电, with or without a blank after it", () => {
    expect(issuer("新华社北京3月5日电 国务院办公厅日前印发《关于加快发展的意见》。")).toBe("国务院办公厅");
    expect(issuer("新华社北京3月5日电国务院办公厅日前印发《关于加快发展的意见》。")).toBe("国务院办公厅");
    expect(issuer("新华社长沙3月5日电 湖南省印发了《湖南省数字政府建设实施方案》。")).toBe("湖南省");
    expect(issuer("中央社台北3月5日电 国务院办公厅日前印发《关于加快发展的意见》。")).toBe("国务院办公厅");
  });
  it("人民网北京电 and other sources: 福州日报讯, 东南网3月5日讯, 北京3月5日电, 新华社消息", () => {
    expect(issuer("人民网北京电 中共中央办公厅、国务院办公厅印发《关于加快发展的意见》。")).toBe("中共中央办公厅、国务院办公厅");
    expect(issuer("福州日报讯 鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("鼓楼区人民政府");
    expect(issuer("东南网3月5日讯 福州市人民政府近日印发《福州市若干措施》。")).toBe("福州市人民政府");
    expect(issuer("北京3月5日电 国务院印发《关于加快发展的意见》。")).toBe("国务院");
    expect(issuer("新华社消息 国务院办公厅日前印发《关于加快发展的意见》。")).toBe("国务院办公厅");
  });
  it("(记者 张三) after a dateline or alone", () => {
    expect(issuer("新华社北京3月5日电（记者 张三）国务院办公厅日前印发《关于加快发展的意见》。")).toBe("国务院办公厅");
    expect(issuer("本报讯（记者 王小明 通讯员 李四）近日，省委、省政府印发《关于加快建设数字湖南的意见》。")).toBe("省委、省政府");
    expect(issuer("（记者 张三）福州市鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("福州市鼓楼区人民政府");
  });
  it("据XX报道 / 据XX消息 / 据XX介绍", () => {
    expect(issuer("据新华社报道 国务院办公厅日前印发《关于加快发展的意见》。")).toBe("国务院办公厅");
    expect(issuer("据国家发展改革委消息 国家发展改革委、国家能源局联合印发《关于加快发展的意见》。")).toBe(
      "国家发展改革委、国家能源局",
    );
    expect(issuer("本报讯 据省工业和信息化厅介绍 省政府近日印发《湖南省实施方案》。")).toBe("省政府");
  });
  it("记者从…获悉, 记者3月5日从…获悉, 记者 张三 从…获悉", () => {
    expect(issuer("记者从省发展改革委获悉 省政府近日印发《湖南省实施方案》。")).toBe("省政府");
    expect(issuer("记者3月5日从省发展改革委获悉 省政府近日印发《湖南省实施方案》。")).toBe("省政府");
    expect(issuer("记者 张三 从省政府获悉 省发展改革委印发《湖南省实施方案》。")).toBe("省发展改革委");
  });
  it("日前, 近日, 昨天 before the issuer with a blank instead of a comma", () => {
    expect(issuer("日前 省政府印发《湖南省实施方案》。")).toBe("省政府");
    expect(issuer("近日 省政府印发《湖南省实施方案》。")).toBe("省政府");
    expect(issuer("本报讯 昨天 省政府印发《湖南省实施方案》。")).toBe("省政府");
  });
  it("a date before the issuer, and a dateline of only a date (3月5日讯)", () => {
    expect(issuer("2024年3月5日 海南省人民政府印发《海南省实施方案》。")).toBe("海南省人民政府");
    expect(issuer("本报讯 3月5日 省政府印发《湖南省实施方案》。")).toBe("省政府");
    expect(issuer("3月5日讯 省政府印发《湖南省实施方案》。")).toBe("省政府");
  });
  it("full-width (ideographic) and typographic spaces", () => {
    expect(issuer("\u3000\u3000本报讯\u3000福州市鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("福州市鼓楼区人民政府");
    expect(issuer("本报记者\u3000张三\u3000福州市鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("福州市鼓楼区人民政府");
    expect(issuer("本报记者\u2003张三\u2003福州市鼓楼区人民政府近日印发《鼓楼区若干措施》。")).toBe("福州市鼓楼区人民政府");
    expect(issuer("本报讯\u00a0海南省人民政府办公厅近日印发《海南省若干措施》。")).toBe("海南省人民政府办公厅");
  });
  it("bodies whose names hold 电, 讯 or 记者 are no datelines or bylines", () => {
    expect(issuer("国家电网有限公司印发《关于加快发展的意见》。")).toBe("国家电网有限公司");
    expect(issuer("国网湖南省电力有限公司印发《关于加快发展的意见》。")).toBe("国网湖南省电力有限公司");
    expect(issuer("本报讯 国网湖南省电力有限公司印发《关于加快发展的意见》。")).toBe("国网湖南省电力有限公司");
    expect(issuer("科大讯飞股份有限公司发布《人工智能发展白皮书》。")).toBe("科大讯飞股份有限公司");
    expect(issuer("中国网络空间安全协会发布《关于加快发展的意见》。")).toBe("中国网络空间安全协会");
    expect(issuer("中国网络电视台办公室发布《关于加快发展的意见》。")).toBe("中国网络电视台办公室");
    expect(issuer("本报讯鼓楼区人民政府印发《鼓楼区若干措施》。")).toBe("鼓楼区人民政府");
    expect(issuer("省通讯管理局印发《关于加快发展的意见》。")).toBe("省通讯管理局");
    expect(issuer("本报记者张三省通讯管理局印发《关于加快发展的意见》。")).toBe("省通讯管理局");
    expect(issuer("省广播电视局印发《关于加快发展的意见》。")).toBe("省广播电视局");
    expect(issuer("3月5日电力局印发《关于加快发展的意见》。")).toBe("电力局");
    expect(issuer("记者协会印发《关于加快发展的意见》。")).toBe("记者协会");
    expect(issuer("从江县人民政府印发《从江县实施方案》。")).toBe("从江县人民政府");
    expect(issuer("经信委印发《关于加快发展的意见》。")).toBe("经信委");
  });
  it("stays linear with tens of thousands of titles in one long sentence, none with 关于", { timeout: 60_000 }, () => {
    // 2 MB: each title once looked for 关于 through the whole rest of the text (quadratic)
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 2_000_000; i++) {
      const part = `记者 张三 李四 王五 赵六 印发《方案${i}》、《计划${i}》`;
      parts.push(part);
      size += part.length;
    }
    // (no duration asserted, speed lives in the benchmark: a quadratic look over these 2 MB runs far past
    // the test's own timeout, which is what catches it)
    expect(docs(parts.join("")).length).toBe(parts.length * 2);
  });
  it("stays quick on many leads full of dateline-like text", { timeout: 60_000 }, () => {
    let text = "";
    for (let i = 0; i < 5000; i++) text += `本报讯 记者 张三 李四 ${"讯".repeat(30)}新华社北京3月5日电省政府印发《湖南省实施方案${i}》。`;
    const out = docs(text);
    expect(out).toHaveLength(5000);
  });
});

// Issuer forms of real releases: a list of bodies is the issuer as written, in full.
describe("issuer forms of joint and relayed releases", () => {
  it("联合印发 by two bodies: the whole list", () => {
    expect(docs("省发展改革委、省工业和信息化厅联合印发《湖南省制造业数字化转型实施方案》。")[0].issuer).toBe(
      "省发展改革委、省工业和信息化厅",
    );
  });
  it("经省政府同意，省发展改革委印发: the approving body is no issuer, with or without the comma", () => {
    expect(docs("经省政府同意，省发展改革委印发《湖南省新型储能发展实施方案》。")[0].issuer).toBe("省发展改革委");
    expect(docs("经省政府同意省发展改革委印发《湖南省新型储能发展实施方案》。")[0].issuer).toBe("省发展改革委");
    expect(docs("经国务院批准 国家发展改革委发布《产业结构调整指导目录》。")[0].issuer).toBe("国家发展改革委");
  });
  it("印发经省政府同意的《…》: the approval between verb and title is skipped, the body before the verb issues", () => {
    expect(docs("省发展改革委近日印发经省政府同意的《山东省氢能产业发展方案》。")[0].issuer).toBe("省发展改革委");
    expect(docs("省发展改革委印发经省经信委同意的《山东省氢能产业发展方案》。")[0].issuer).toBe("省发展改革委");
    expect(extract("經濟部今天公布經行政院核定的《再生能源發展推動方案（115至119年）》。").documents![0].issuer).toBe("经济部");
    expect(docs("市政府办公室印发经市政府第12次常务会议审议通过的《武汉市氢能产业实施方案》。")[0].issuer).toBe("市政府办公室");
  });
  it("a bracketed news lead before the body is dropped: 〔记者…／高雄报导〕, （中央社记者…电）, 【本报讯】", () => {
    expect(extract("〔記者王冠仁／高雄報導〕高雄市政府環境保護局昨（9）日發布《高雄市電動運具推廣行動計畫（2026—2030年）》。").documents![0].issuer).toBe("高雄市政府环境保护局");
    expect(docs("【本报讯】市发改委日前印发《武汉市氢能产业发展规划》。")[0].issuer).toBe("市发改委");
    // (a bracket that is no news lead stays: the body is not read through it)
    expect(docs("（一）市发改委日前印发《武汉市氢能产业发展规划》。")[0].issuer).toBe("市发改委");
  });
  it("a body in quotes, as mainland media write Taiwan's, issues: 台湾地区“数位发展部”发布《…》", () => {
    expect(docs("台湾地区“数位发展部”日前发布《人工智慧产业发展推动方案（2026—2030年）》。")[0].issuer).toBe("数位发展部");
    expect(docs("他说“我们要发布”《人工智慧产业发展推动方案》。")[0].issuer).toBeNull();
  });
  it("a saved page's notice heading below its furniture issues the document handed on (标　　题：X关于印发…的通知)", () => {
    const page =
      "首页 > 政务公开 > 政府文件\n\n索 引 号：005184400/2026-00037\n发文机关：河南省人民政府办公厅\n标　　题：河南省人民政府办公厅关于印发河南省算力基础设施高质量发展行动方案的通知\n发布日期：2026年03月24日\n\n" +
      "河南省人民政府办公厅关于印发河南省算力基础设施高质量发展行动方案的通知\n\n各省辖市人民政府：\n　　《河南省算力基础设施高质量发展行动方案》已经省政府同意，现印发给你们，请认真贯彻落实。";
    expect(docs(page)[0].issuer).toBe("河南省人民政府办公厅");
    // (下达 hands a plan on as 印发 does)
    expect(docs("温州市人民政府关于下达2026年温州市重点建设项目计划的通知\n各县（市、区）人民政府：\n　　现将《2026年温州市重点建设项目计划》（以下简称《计划》）下达给你们，请认真组织实施。")[0].issuer).toBe("温州市人民政府");
    // (lower down, a heading that names another document says nothing of this one)
    const other = "一\n二\n三\n四\n五\n河南省人民政府办公厅关于印发河南省数字经济发展规划的通知\n\n　　《河南省算力基础设施高质量发展行动方案》已经省政府同意，现印发给你们。";
    expect(docs(other).find((d) => d.title.startsWith("河南省算力"))!.issuer).toBeNull();
  });
  it("国务院办公厅日前印发", () => {
    expect(docs("国务院办公厅日前印发《关于加快构建废弃物循环利用体系的意见》。")[0].issuer).toBe("国务院办公厅");
  });
  it("中共中央办公厅、国务院办公厅印发", () => {
    expect(docs("中共中央办公厅、国务院办公厅印发《关于加强社区工作者队伍建设的意见》。")[0].issuer).toBe(
      "中共中央办公厅、国务院办公厅",
    );
  });
  it("two offices joined by a blank (省委办公厅 省政府办公厅)", () => {
    expect(docs("近日，省委办公厅 省政府办公厅印发《关于推进乡村振兴的实施意见》。")[0].issuer).toBe("省委办公厅 省政府办公厅");
  });
  it("the passive form with a list: 《…》近日由A、B联合印发", () => {
    expect(docs("《江苏省制造业智能化改造行动方案》近日由省工业和信息化厅、省财政厅联合印发。")[0].issuer).toBe(
      "省工业和信息化厅、省财政厅",
    );
  });
  it("转发 after 近日: the relayed body issued it", () => {
    expect(docs("市政府办公室近日转发市发展改革委《关于促进民营经济发展的若干意见》。")[0].issuer).toBe("市发展改革委");
  });
  it("a date between issuer and verb (X于2024年3月5日印发) gives issuer and date", () => {
    const out = docs("省人民政府于2024年3月5日印发《浙江省数字经济促进办法》。", [{ text: "2024年3月5日", from: "2024-03-05" }]);
    expect(out[0]).toMatchObject({ issuer: "省人民政府", date: "2024-03-05" });
  });
  it("three ministries joined by blanks (财政部 税务总局 海关总署)", () => {
    expect(docs("财政部 税务总局 海关总署联合发布《关于延续实施边民互市进口商品增值税政策的公告》。")[0].issuer).toBe(
      "财政部 税务总局 海关总署",
    );
  });
  it("近日联合出台了 after two bodies", () => {
    expect(docs("中国人民银行、国家金融监督管理总局近日联合出台了《关于做好住房金融工作的通知》。")[0].issuer).toBe(
      "中国人民银行、国家金融监督管理总局",
    );
  });
  it("由X牵头制定的《…》正式印发", () => {
    expect(docs("近日，由省发展改革委牵头制定的《湖南省新型储能发展实施方案》正式印发。")[0].issuer).toBe("省发展改革委");
  });
  it("会同 joins two bodies as written; 自治区人民政府办公厅 issues alone", () => {
    expect(docs("省发展改革委会同省财政厅印发《湖南省实施方案》。")[0].issuer).toBe("省发展改革委会同省财政厅");
    expect(docs("自治区人民政府办公厅印发《广西数字经济发展三年行动方案》。")[0].issuer).toBe("自治区人民政府办公厅");
  });
  it("a dateline, an approval and the issuer in one lead", () => {
    expect(docs("新华社北京3月5日电 经党中央、国务院同意，国务院办公厅印发《关于加快发展的意见》。")[0].issuer).toBe("国务院办公厅");
  });
});

describe("an official notice that hands a document on", () => {
  it("现将《…》印发给你们: the issuer heads the notice (X关于印发…的通知)", async () => {
    const { extract } = await import("../src/index.js");
    const text =
      "襄阳市人民政府关于印发襄阳市数字政府建设实施方案的通知\n襄政发〔2024〕8号\n\n各县（市、区）人民政府：\n" +
      "现将《襄阳市数字政府建设实施方案》印发给你们，请认真组织实施。\n\n襄阳市人民政府\n2024年3月28日";
    const docs = extract(text).documents!;
    expect(docs.map((d) => [d.title, d.issuer])).toEqual([["襄阳市数字政府建设实施方案", "襄阳市人民政府"]]);
    // without the header, the signature names it; without either, no issuer is made up
    expect(extract(text.slice(text.indexOf("\n") + 1)).documents!.map((d) => d.issuer)).toEqual(["襄阳市人民政府"]);
    expect(extract(text.slice(text.indexOf("\n") + 1, text.indexOf("\n\n襄阳市人民政府"))).documents!.map((d) => d.issuer)).toEqual([null]);
  });
});

describe("issuers counted as a group", () => {
  it("商务部、财政部等9部门联合印发《…》: the bodies with their count", async () => {
    const { extract } = await import("../src/index.js");
    const issuer = (s: string) => extract(s).documents!.map((d) => d.issuer);
    expect(issuer("商务部、财政部、海关总署等9部门近日联合印发《关于推动跨境电商发展的行动方案》。")).toEqual(["商务部、财政部、海关总署等9部门"]);
    expect(issuer("商务部等九部门印发《关于推动跨境电商发展的行动方案》。")).toEqual(["商务部等九部门"]);
  });
});

describe("issuers named in the passive, after the document", () => {
  it("…《办法》已经…审议通过，由X公布; 该方案由X会同Y于3月印发", async () => {
    const { extract } = await import("../src/index.js");
    const issuers = (s: string) => extract(s).documents!.map((d) => d.issuer);
    expect(issuers("记者获悉，《哈尔滨市城市供热办法》已经市政府常务会议审议通过，由哈尔滨市人民政府公布。")).toEqual(["哈尔滨市人民政府"]);
    expect(issuers("近日，《富锦市高标准农田建设三年行动方案》正式实施。该方案由富锦市农业农村局会同市财政局于今年3月印发。")).toEqual(["富锦市农业农村局会同市财政局"]);
  });
});

describe("a short name given as an alias", () => {
  it("stays that document's, though a later title ends in the same word (以下简称《方案》 … 《湖北省…实施方案》 … 根据《方案》)", async () => {
    const { extract } = await import("../src/index.js");
    const r = extract(
      "荆州市人民政府近日印发《荆州市城市更新三年行动方案（2025—2027年）》（以下简称《方案》）。6月，湖北省人民政府办公厅印发《湖北省城市更新行动实施方案》。根据《方案》，到2027年，全市还将完成城中村改造项目12个。",
    );
    expect(r.documents!.map((d) => [d.title, d.mentions.length])).toEqual([
      ["荆州市城市更新三年行动方案（2025—2027年）", 3],
      ["湖北省城市更新行动实施方案", 1],
    ]);
    expect(r.targets!.map((t) => [t.document, t.region])).toEqual([[0, "421000"]]);
  });
});

describe("issuers from eval/heldout10", () => {
  it("a definition before the issuer (是指) and a phrase joined by 与 that is no body are not part of it", async () => {
    const { extract } = await import("../src/index.js");
    const issuer = (s: string) => extract(s).documents!.map((d) => d.issuer);
    expect(issuer("“1”是指市政府今年5月印发的《重庆市低空经济高质量发展行动方案（2025—2027年）》。")).toEqual(["市政府"]);
    expect(issuer("上述政策与今年3月中国民用航空局印发的《关于推动低空经济高质量发展的指导意见》相衔接。")).toEqual(["中国民用航空局"]);
    // bodies joined by 与 still issue together
    expect(issuer("省财政厅与省发展改革委联合印发《关于支持的若干措施》。")).toEqual(["省财政厅与省发展改革委"]);
  });
});

describe("issuers: review mends", () => {
  it("指 and 与 inside one body's name stay (市指挥部, 市工业与信息化局, 县人力资源与社会保障局)", async () => {
    const { extract } = await import("../src/index.js");
    const issuer = (s: string) => extract(s).documents!.map((d) => d.issuer);
    expect(issuer("市指挥部印发《关于支持的若干措施》。")).toEqual(["市指挥部"]);
    expect(issuer("市工业与信息化局印发《关于支持的若干措施》。")).toEqual(["市工业与信息化局"]);
    expect(issuer("县人力资源与社会保障局印发《关于支持的若干措施》。")).toEqual(["县人力资源与社会保障局"]);
  });
});

describe("the mainland as Taiwan and Hong Kong media write it", () => {
  it("is no part of the issuer (大陆福建省人民政府办公厅印发)", async () => {
    const { extract } = await import("../src/index.js");
    expect(extract("大陆福建省人民政府办公厅近日印发《福建省数字经济发展规划》。").documents!.map((d) => d.issuer)).toEqual(["福建省人民政府办公厅"]);
  });
});

describe("issuers found in other ways (eval/heldout18)", () => {
  const issuers = (text: string) => extract(text).documents!.map((d) => d.issuer);
  it("该计划由…印发 after the title, even where the alias is mentioned again later", () => {
    const text = "本报讯 4月21日，市政府新闻办召开新闻发布会，解读《常州市公共交通高质量发展三年行动计划（2026—2028年）》（常政发〔2026〕21号，以下简称《计划》）。该计划由常州市人民政府于4月上旬印发，明确了今后三年的目标。\n\n《计划》提出，到2028年，全市城市轨道交通运营里程突破100公里。";
    expect(issuers(text)).toEqual(["常州市人民政府"]);
  });
  it("a province's and a city's names written together issue (山东省枣庄市近日印发《…》)", () => {
    expect(issuers("山东省枣庄市近日印发《枣庄市“无废城市”建设实施方案（2026—2027年）》，提出到2027年，全市生活垃圾回收利用率达到40%。")).toEqual(["山东省枣庄市"]);
  });
});

describe("two places as an issuer", () => {
  it("only a province and a city within it (山东省枣庄市), not two cities (北京上海)", () => {
    expect(extract("北京上海近日印发《数据跨境流动试点方案》。").documents!.map((d) => d.issuer)).toEqual([null]);
  });
});

describe("a notice under a web page's breadcrumbs", () => {
  it("takes the issuer of the heading X关于印发…的通知, the document approved and handed on", () => {
    const text =
      "首页 > 信息公开 > 政策文件 > 县政府办文件\n\n寻乌县人民政府办公室关于印发寻乌县数字乡村建设三年行动方案（2026—2028年）的通知\n\n" +
      "各乡（镇）人民政府，县政府各部门：\n　　《寻乌县数字乡村建设三年行动方案（2026—2028年）》已经县人民政府第36次常务会议研究同意，现印发给你们，请认真贯彻执行。";
    const docs = extract(text).documents!;
    expect(docs.map((d) => [d.title, d.issuer])).toEqual([["寻乌县数字乡村建设三年行动方案（2026—2028年）", "寻乌县人民政府办公室"]]);
  });
});

describe("issuers in notices and news digests (eval/heldout33–34)", () => {
  const issuers = (s: string) => extract(s).documents!.map((d) => d.issuer);
  it("a notice forwarding another body's document is the forwarding body's", () => {
    expect(issuers("为落实《运城市人民政府办公室转发市农业农村局关于推进果业高质量发展意见的通知》精神，制定本计划。")).toEqual(["运城市人民政府办公室"]);
  });
  it("an item's marker is no part of the issuer (②, 一、, 【辽宁】)", () => {
    expect(issuers("②四川省人民政府近日印发《四川省清洁能源基地高质量建设实施意见》。")).toEqual(["四川省人民政府"]);
    expect(issuers("一、工业和信息化部印发《制造业数字化转型行动方案》。")).toEqual(["工业和信息化部"]);
  });
  it("随即 stands between an issuer and its verb", () => {
    expect(issuers("辽宁省农业农村厅随即出台《辽宁省海洋牧场建设三年行动方案》。")).toEqual(["辽宁省农业农村厅"]);
  });
});

describe("a date in brackets between an issuer and its verb (eval/heldout38)", () => {
  it("is passed over: 广州市南沙区人民政府昨日（8月20日）发布《…》", () => {
    expect(extract("广州市南沙区人民政府昨日（8月20日）发布《南沙区港澳人才集聚发展规划（2026—2035年）》。").documents!.map((d) => d.issuer)).toEqual(["广州市南沙区人民政府"]);
  });
});

describe("robustness of the heldout33 issuer rule", () => {
  it("finishes on many titles with 关于 in one line (转发 looked for inside each title's head only)", () => {
    const text = Array.from({ length: 20000 }, (_, i) => `《运城市人民政府办公室关于加强第${i + 1}项农业管理的通知》印发。`).join("");
    expect(extract(text).documents!.length).toBeGreaterThan(0);
  });
});

describe("customs as an issuer (eval/heldout50)", () => {
  it("青岛海关 issues, alone or with another body", () => {
    const docs = (s: string) => extract(s).documents!.map((d) => d.issuer);
    expect(docs("10月22日，青岛市商务局、青岛海关联合印发《青岛市推动外贸若干措施》。")).toEqual(["青岛市商务局、青岛海关"]);
    expect(docs("10月22日，青岛海关印发《青岛市推动外贸若干措施》。")).toEqual(["青岛海关"]);
  });
});

describe("a notice headed by its body on a line of its own (eval/heldout49)", () => {
  it("the document it hands on is that body's, with no 《》 in the heading", () => {
    const text = "山东省人民政府办公厅\n关于印发山东省企业创新能力提升行动方案（2026—2028年）的通知\n\n各市人民政府：\n《山东省企业创新能力提升行动方案（2026—2028年）》已经省政府同意，现印发给你们，请认真贯彻落实。\n";
    expect(extract(text).documents!.map((d) => d.issuer)).toEqual(["山东省人民政府办公厅"]);
  });
});

describe("a notice's header line is a body, not the page's navigation", () => {
  it("首页 > 政务公开 or a column's name before 关于印发 is no issuer", () => {
    const text = "首页 > 政务公开 > 济南市人民政府\n关于印发济南市行动方案的通知\n\n《济南市行动方案》已经市政府同意，现印发给你们。";
    expect(extract(text).documents!.map((d) => d.issuer)).toEqual([null]);
  });
});

describe("a notice issuing a plan named in 〈〉 (eval/heldout72)", () => {
  it("is reported as the plan, with the notice's issuer; 《实施方案》 names it again", () => {
    const out = docs("大同市发展和改革委员会、大同市能源局联合印发《关于印发〈大同市氢能产业发展实施方案（2026—2030年）〉的通知》。《实施方案》提出，到2027年建成加氢站15座。");
    expect(out.map((d) => [d.title, d.issuer, d.mentions.length])).toEqual([["大同市氢能产业发展实施方案（2026—2030年）", "大同市发展和改革委员会、大同市能源局", 2]]);
  });
});

describe("the body that holds a meeting to announce a document (eval/heldout75)", () => {
  it("佛山市人民政府召开新闻发布会，发布《…》: the meeting's host issues it", () => {
    const out = docs("8月11日，佛山市人民政府召开新闻发布会，发布《佛山市加力扩围实施消费品以旧换新行动方案》（下称《方案》）。");
    expect(out.map((d) => [d.title, d.issuer])).toEqual([["佛山市加力扩围实施消费品以旧换新行动方案", "佛山市人民政府"]]);
    // (a document only presented there names no issuer)
    expect(docs("8月11日，佛山市人民政府召开新闻发布会，介绍《佛山市行动方案》。").map((d) => d.issuer)).toEqual([null]);
  });
});

describe("what a document takes in is no part of its issuer (eval/heldout79)", () => {
  it("十件民生实事已全部列入寿光市人民政府近日印发的《…》: the issuer follows 列入", () => {
    const out = extract("十件民生实事已全部列入寿光市人民政府近日印发的《寿光市2026年民生实事项目实施方案》。").documents!;
    expect(out.map((d) => d.issuer)).toEqual(["寿光市人民政府"]);
  });
});

describe("companies and commissions as issuers (eval/heldout86)", () => {
  it("a short name in brackets after the body (…委员会（以下简称湖北省国资委）印发《…》) leaves the body", () => {
    const out = extract("2月26日，湖北省人民政府国有资产监督管理委员会（以下简称湖北省国资委）印发《湖北省省出资企业高质量发展三年行动方案（2026—2028年）》。").documents!;
    expect(out.map((d) => d.issuer)).toEqual(["湖北省人民政府国有资产监督管理委员会"]);
  });
  it("the host of a work meeting issues what it announces there (…召开2026年工作会议，并印发《…》)", () => {
    const out = extract("2月9日，北大荒农垦集团有限公司召开2026年工作会议，并印发《北大荒农垦集团有限公司三年行动计划》。").documents!;
    expect(out.map((d) => d.issuer)).toEqual(["北大荒农垦集团有限公司"]);
  });
  it("where it was issued stands between the body and its verb (…（以下简称长安汽车）在重庆两江新区发布《…》)", () => {
    const out = extract("6月17日，重庆长安汽车股份有限公司（以下简称长安汽车）在重庆两江新区发布《长安汽车“十五五”新能源发展战略规划》。").documents!;
    expect(out.map((d) => d.issuer)).toEqual(["重庆长安汽车股份有限公司"]);
  });
});

describe("a document's partner before 与 (eval/heldout87)", () => {
  it("《实施方案》与国家林业和草原局印发的《…》相衔接: the body after 与 issues it", () => {
    const out = extract("《实施方案》与国家林业和草原局印发的《青藏高原林草生态保护修复指导意见》相衔接。").documents!;
    expect(out.map((d) => [d.title, d.issuer])).toEqual([["青藏高原林草生态保护修复指导意见", "国家林业和草原局"]]);
  });
});

describe("documents: issuers from eval/heldout89 (2026-11-27)", () => {
  it("亦 and a day written inside a relative day (今（20）日) stand between issuer and verb", () => {
    expect(extract("記者留意到，深圳市人民政府日前亦印發《深圳市促進深港數據跨境流動若干措施》。").documents![0].issuer).toBe("深圳市人民政府");
    expect(extract("經濟及科技發展局今（20）日公佈《澳門青年大灣區創新創業支援計劃（2026—2028年）》。").documents![0].issuer).toBe("经济及科技发展局");
  });
});

describe("documents: the place an issuer's place belongs to (eval/heldout88)", () => {
  it("江苏省苏州市下辖的昆山市人民政府办公室 issues as 昆山市人民政府办公室", () => {
    expect(extract("大陸江蘇省蘇州市下轄的崑山市人民政府辦公室5月11日印發《崑山市基礎教育擴優提質三年行動計劃（2026—2028年）》。").documents![0].issuer).toBe("昆山市人民政府办公室");
  });
});

describe("documents: issuers from eval/heldout91 and heldout93 (2026-11-27)", () => {
  it("what a meeting did about a document (会议还对…印发的《…》) and a second issuer after 》和", () => {
    expect(extract("会议还对鄂尔多斯市人民政府日前印发的《鄂尔多斯市防沙治沙和沙产业高质量发展规划（2026—2030年）》作了解读。").documents![0].issuer).toBe("鄂尔多斯市人民政府");
    const d = extract("我们将认真落实呼伦贝尔市人民政府印发的《呼伦贝尔市农牧业高质量发展三年行动方案（2026—2028年）》和旗委、旗政府出台的《关于全面推进乡村振兴加快建设农牧业强旗的实施意见》。").documents!;
    expect(d.map((x) => x.issuer)).toEqual(["呼伦贝尔市人民政府", "旗委、旗政府"]);
  });
});

describe("documents: a joint issuer is not cut at 所辖的 (second review)", () => {
  it("市政府及其所辖的各区政府 is not 各区政府", () => {
    expect(extract("市政府及其所辖的各区政府联合印发了《关于加强基层治理的实施意见》。").documents![0].issuer).not.toBe("各区政府");
  });
});

describe("documents: issuers from eval/heldout100 (2026-11-27)", () => {
  const issuers = (text: string) => extract(text).documents!.map((d) => d.issuer);
  it("a body a meeting or a writer passes the document on from (会议传达了…, 这是继…印发《…》后)", () => {
    expect(issuers("会议传达了郑州市人民政府近日印发的《郑州市城中村改造专项规划（2026—2030年）》。")).toEqual(["郑州市人民政府"]);
    expect(issuers("这是继住房和城乡建设部今年3月印发《关于扎实推进城市更新行动的指导意见》后，重庆出台的又一项配套政策。")).toEqual(["住房和城乡建设部"]);
  });
  it("a body referred back to (该局) is the body named before it; with none named, the words as written", () => {
    expect(issuers("记者4月15日从广州市住房和城乡建设局获悉，该局近日印发《广州市城中村改造三年攻坚行动方案（2026—2028年）》。")).toEqual(["广州市住房和城乡建设局"]);
    expect(issuers("省发展改革委主任表示，该委近日印发了《关于加快发展新质生产力的实施意见》。")).toEqual(["省发展改革委"]);
    expect(issuers("该局近日印发《广州市城中村改造三年攻坚行动方案（2026—2028年）》。")).toEqual(["该局"]);
  });
});

describe("documents: a body referred back to, held by the review (2026-11-27)", () => {
  const issuers = (text: string) => extract(text).documents!.map((d) => d.issuer);
  it("a committee's whole name; no guess between bodies acting together, nor 各…局, nor 本委, nor a word ending in 局", () => {
    expect(issuers("记者从国家发展和改革委员会获悉，该委近日印发《关于完善价格治理机制的意见》。")).toEqual(["国家发展和改革委员会"]);
    expect(issuers("杭州市市场监督管理局联合杭州市公安局开展专项行动。日前，该局印发了《关于加强食品安全监管的通知》。")).toEqual(["该局"]);
    expect(issuers("市教育局日前召开会议。会议要求，各县区教育局要抓好落实。该局印发《关于做好2026年义务教育招生入学工作的通知》。")).toEqual(["市教育局"]);
    expect(issuers("根据国家发展改革委《关于做好迎峰度夏工作的通知》要求，本委印发了《全市迎峰度夏电力保障工作方案》。")[1]).toBe("本委");
    expect(issuers("推动形成江苏高质量发展新格局。该局近日印发《关于推进数据要素市场化配置的实施意见》。")).toEqual(["该局"]);
  });
});

describe("documents: a body referred back to, held by the second review (2026-11-27)", () => {
  const issuers = (text: string) => extract(text).documents!.map((d) => d.issuer);
  it("not a word the body's last character opens (局长, 局面)", () => {
    expect(issuers("市教育局局长张华介绍，该局近日印发《关于做好2026年义务教育招生入学工作的通知》。")).toEqual(["市教育局"]);
    expect(issuers("推动市场监管工作开创新局面。该局近日印发《关于加强食品安全监管的通知》。")).toEqual(["该局"]);
  });
});

describe("documents: a body quoted as a source is no antecedent (third review, 2026-11-27)", () => {
  it("据…统计局数据 stands between: 该局 is the text's own body", () => {
    expect(extract("记者从郑州市城乡建设局获悉，据郑州市统计局数据，去年全市房地产开发投资下降5%。该局近日印发《关于推进城市更新的实施方案》。").documents!.map((d) => d.issuer)).toEqual(["郑州市城乡建设局"]);
  });
});

describe("documents: a preposition before the issuer", () => {
  it("leaves 对 out of 并对五华区人民政府近日印发的《…》进行解读", () => {
    const d = extract("昆明市五华区商务局召开新闻发布会，并对五华区人民政府近日印发的《五华区商业体系建设规划》进行解读。").documents!;
    expect(d.map((x) => x.issuer)).toEqual(["五华区人民政府"]);
  });
});

describe("emergency plans", () => {
  it("a 预案 is a document, its revision note kept in the title", () => {
    const d = extract("按照《宣汉县防汛应急预案（2025年修订）》要求，现就有关事项紧急通知如下：").documents!;
    expect(d.map((x) => x.title)).toEqual(["宣汉县防汛应急预案（2025年修订）"]);
  });
});

describe("an issuer after an adverb and 与", () => {
  it("drops 亦与, 还与 before the bodies that issued another document", () => {
    const r = extract("上海市人民政府印发《上海国际金融中心能级提升三年行动方案（2026—2028年）》（下称《方案》）。《方案》亦与中国人民银行、国家金融监督管理总局去年联合印发的《关于金融支持上海国际金融中心能级提升的若干措施》相衔接。", { refDate: "2026-09-03" });
    expect(r.documents!.map((d) => d.issuer)).toEqual(["上海市人民政府", "中国人民银行、国家金融监督管理总局"]);
  });
});

describe("issuers further from the title", () => {
  it("reads an issuer past 配套 and 修订后的, and past 这是 before the body", () => {
    expect(extract("义乌市人民政府配套出台《义乌市跨境电商高质量发展三年行动计划（2027—2029年）》。").documents![0].issuer).toBe("义乌市人民政府");
    expect(extract("西安市人民政府办公厅近日印发修订后的《西安市网络预约出租汽车经营服务管理实施细则》。").documents![0].issuer).toBe("西安市人民政府办公厅");
    expect(extract("这是今年3月烟台市人民政府印发的《烟台市海上风电产业发展规划（2026—2030年）》确定的目标。", { refDate: "2026-06-01" }).documents![0].issuer).toBe("烟台市人民政府");
  });

  it("takes the issuer of a document referred back to (该方案) in a clause, or as an issuing verb's object", () => {
    const passive = extract("同时，《若干措施》落实了《陕西省文化旅游消费提升行动方案》的要求，该方案由陕西省人民政府今年3月印发。", { refDate: "2026-06-01" }).documents!;
    expect(passive.find((d) => d.title === "陕西省文化旅游消费提升行动方案")?.issuer).toBe("陕西省人民政府");
    const active = extract("市政府办公室对《昆明市2026年十件民生实事实施方案》推进情况进行通报。今年1月，昆明市人民政府印发该方案，确定全年项目。", { refDate: "2026-07-28" }).documents!;
    expect(active[0].issuer).toBe("昆明市人民政府");
    const attributive = extract("这份方案落实《山西省城镇生活污水处理设施补短板行动计划》。山西省住房和城乡建设厅今年3月印发的该计划提出，全省到2027年新增污水管网3000公里。", { refDate: "2026-06-01" }).documents!;
    expect(attributive[0].issuer).toBe("山西省住房和城乡建设厅");
  });

  it("takes a notice's signature for the document it hands on where its heading names no place", () => {
    const text = "关于印发《全县食用菌产业提升行动方案》的通知\n\n各乡镇人民政府：\n　　《全县食用菌产业提升行动方案》已经县人民政府同意，现印发给你们，请认真贯彻落实。\n\n古田县人民政府办公室\n2026年3月12日\n\n　　到2028年，全县食用菌产值突破260亿元。";
    const r = extract(text);
    expect(r.documents![0].issuer).toBe("古田县人民政府办公室");
    expect(r.documents![0].region).toBe("350922");
    expect(r.targets![0].region).toBe("350922");
    // (a heading that names the body without its place gives way to the signature at the end)
    const county = extract("县人民政府关于印发2026年全县重点工作任务的通知\n\n各乡镇人民政府：\n　　现将《2026年全县重点工作任务》印发给你们，请认真抓好落实。\n　　全县粮食播种面积稳定在34万亩以上。宜昌市将开展考核。\n\n长阳土家族自治县人民政府\n２０２６年２月２７日\n");
    expect(county.documents![0].issuer).toBe("长阳土家族自治县人民政府");
    expect(county.targets![0].region).toBe("420528");
    // (no signature without a date line under the body's name)
    expect(extract("关于印发《全县行动方案》的通知\n\n《全县行动方案》已经同意，现印发给你们。\n\n古田县人民政府办公室\n请认真落实。").documents![0].issuer).toBeNull();
  });
});

describe("issuers: a cooperative's 总社, a body that organises the drafting, a document matched to another", () => {
  it("reads them", () => {
    expect(extract("交通运输部、国家邮政局、商务部、农业农村部、供销合作总社近日联合印发《农村客货邮融合发展行动方案（2026—2028年）》。").documents![0].issuer).toBe(
      "交通运输部、国家邮政局、商务部、农业农村部、供销合作总社",
    );
    const organised = extract("近日，海口市人民政府批复同意《海口市海绵城市建设专项规划（2026—2035年）》（以下简称《规划》），该规划由海口市水务局、海口市自然资源和规划局组织编制并发布实施。").documents!;
    expect(organised[0].issuer).toBe("海口市水务局、海口市自然资源和规划局");
    const matched = extract("湖北省人民政府日前印发《湖北省妇女儿童发展“十五五”规划》（以下简称《规划》）。《规划》衔接国务院印发的《中国妇女发展纲要（2021—2030年）》，设置指标。").documents!;
    expect(matched.map((d) => d.issuer)).toEqual(["湖北省人民政府", "国务院"]);
  });
});

describe("issuers after verbs of following a document", () => {
  it("takes the body after 严格执行, 配合, 按照", () => {
    expect(extract("市审计局严格执行岳阳市人民政府办公室印发的《岳阳市审计查出问题整改销号管理办法（试行）》。").documents![0].issuer).toBe("岳阳市人民政府办公室");
    expect(extract("河北将配合国家卫生健康委制定《京津冀医疗卫生协同发展监测评价办法》。").documents![0].issuer).toBe("国家卫生健康委");
    expect(extract("各部门要按照旗委、旗政府出台的《关于加快推进新能源产业高质量发展的实施方案》要求。").documents![0].issuer).toBe("旗委、旗政府");
    // (a body whose name holds such a word keeps it whole)
    expect(extract("长三角生态绿色一体化发展示范区执行委员会印发《示范区建设三年行动计划》。").documents![0].issuer).toBe("长三角生态绿色一体化发展示范区执行委员会");
  });
});

describe("issuers past the clauses of how a document was drafted and approved (eval/heldout268)", () => {
  it("《方案》由X牵头起草，经Y同意，于…由Z印发: Z", () => {
    const text = "《广西壮族自治区跨境电子商务综合试验区建设三年行动方案》政策解读\n五、《方案》的起草和印发\n　　《方案》由自治区商务厅牵头起草，经自治区人民政府同意，于2026年4月20日由广西壮族自治区人民政府办公厅印发实施。";
    const doc = extract(text).documents![0];
    expect(doc.issuer).toBe("广西壮族自治区人民政府办公厅");
    expect(doc.date).toBe("2026-04-20");
  });
  it("no issuer where no clause after them says who issued it", () => {
    expect(extract("《XX行动方案》由自治区商务厅牵头起草，经自治区人民政府同意后实施。").documents![0].issuer).toBeNull();
    expect(extract("《XX行动方案》由自治区商务厅牵头起草，明确了目标，由专家论证。").documents![0].issuer).toBeNull();
  });
});

describe("a title's Hong Kong, Macao or Taiwan as where people come from; a bank's branch as issuer (eval/heldout289)", () => {
  it("《关于支持在闽台湾同胞…的若干措施》 by 福建's bodies governs 福建", () => {
    const doc = extract("大陆福建省住房和城乡建设厅、福建省财政厅、中国人民银行福建省分行7月6日联合印发《关于支持在闽台湾同胞缴存使用住房公积金的若干措施》。").documents![0];
    expect(doc.issuer).toBe("福建省住房和城乡建设厅、福建省财政厅、中国人民银行福建省分行");
    expect(doc.region).toBe("350000");
    expect(extract("深圳市人民政府印发《关于支持香港青年来深创业就业的若干措施》。").documents![0].region).toBe("440300");
  });
  it("with no issuer's place, the origin is still the title's only place", () => {
    expect(extract("近日印发《关于支持香港青年创业的若干措施》。").documents![0].region).toBe("810000");
  });
});

describe("a body referred back to, acting with another (eval/heldout151)", () => {
  it("记者从…天津监管局获悉，该局联合中国人民银行天津市分行近日印发《…》: the body named before", () => {
    const doc = extract("记者从国家金融监督管理总局天津监管局获悉，该局联合中国人民银行天津市分行近日印发《天津银行业保险业支持科技型中小微企业高质量发展工作方案》。").documents![0];
    expect(doc.issuer).toBe("国家金融监督管理总局天津监管局");
  });
});

describe("a body with its second name in brackets (eval/heldout293)", () => {
  it("福建省市场监督管理局（省知识产权局）、福建省农业农村厅联合印发: both bodies, as written", () => {
    const doc = extract("福建省市场监督管理局（省知识产权局）、福建省农业农村厅10月19日联合印发《福建省地理标志助力乡村振兴行动计划（2026—2028年）》。").documents![0];
    expect(doc.issuer).toBe("福建省市场监督管理局（省知识产权局）、福建省农业农村厅");
    // (one body alone before the verb: its first name, as for a short name in brackets)
    expect(extract("深圳市市场监督管理局（深圳市知识产权局）日前发布《深圳市知识产权金融创新发展若干措施》。").documents![0].issuer).toBe("深圳市市场监督管理局");
  });
  it("a bracket that names no body is still a boundary", () => {
    expect(extract("湖北省人民政府国有资产监督管理委员会（以下简称湖北省国资委）印发《湖北省国企改革方案》。").documents![0].issuer).toBe("湖北省人民政府国有资产监督管理委员会");
    expect(extract("（记者 李明）福建省农业农村厅印发《福建省乡村振兴方案》。").documents![0].issuer).toBe("福建省农业农村厅");
  });
});

describe("the host of a meeting that issues a document (eval/heldout295, heldout300)", () => {
  it("国家邮政局5日召开新闻发布会，发布《…》; A、B联合召开…推进会，印发《…》", () => {
    expect(extract("新华社北京11月5日电 国家邮政局5日召开新闻发布会，发布《关于深化快递进村工程 推进农村寄递物流高质量发展的指导意见》。").documents![0].issuer).toBe("国家邮政局");
    expect(extract("３月２日，昆明市教育体育局、昆明市卫生健康委员会联合召开全市学生心理健康工作推进会，印发《昆明市学生心理健康筛查干预工作方案》。").documents![0].issuer).toBe("昆明市教育体育局、昆明市卫生健康委员会");
  });
  it("a host with the month and the half-day before its verb, and a document issued 会上 (eval/heldout327)", () => {
    expect(extract("福建省漳州市供销合作社9月14日上午召开新闻发布会，发布《漳州市供销合作社服务两岸农业融合发展行动计划（2026—2028年）》。").documents![0].issuer).toBe("福建省漳州市供销合作社");
    expect(extract("8月18日，成都市供销合作社召开全市供销系统为农服务工作推进会，会上发布《成都市供销合作社为农服务中心建设提升实施方案》。").documents![0].issuer).toBe("成都市供销合作社");
    expect(extract("8月18日，成都市供销合作社调研基层社，会上发布《成都市为农服务中心建设提升实施方案》。").documents![0].issuer).toBeNull();
  });
  it("a press conference of Taiwan's bodies, held 今天 or 今（21）日, and a plan the cabinet approves (eval/heldout361)", () => {
    expect(extract("数位发展部今天召开记者会，公布《AI产业跃升推动计划（116—120年）》。").documents![0].issuer).toBe("数位发展部");
    expect(extract("教育部今（21）日举行记者会，宣布启动《AI人才培育行动计划（115—118年）》。").documents![0].issuer).toBe("教育部");
    expect(extract("【本报讯】台湾行政院日前核定《主权AI算力基础建设计划（2026—2030年）》。").documents![0].issuer).toBe("台湾行政院");
    // (依…核定的《…》 is an approval, as 经…核定 is: its body no issuer written 依行政院)
    expect(extract("市长林建志宣布，依行政院核定的《台南市先进运输系统第一期蓝线建设计划》，蓝线全长约11.6公里。").documents![0].issuer).toBeNull();
  });
  it("no host where the clause before holds no meeting", () => {
    expect(extract("昆明市教育体育局5日调研学校，印发《昆明市学生心理健康筛查干预工作方案》。").documents![0].issuer).toBeNull();
  });
});

describe("cooperatives as issuing bodies (eval/heldout327)", () => {
  it("供销合作社 and 供销合作联社 issue", () => {
    expect(extract("绥化市供销合作社近日印发《绥化市农产品仓储保鲜设施建设三年行动方案》。").documents![0].issuer).toBe("绥化市供销合作社");
    expect(extract("广东省供销合作联社日前印发《广东省农产品冷链物流骨干网建设方案》。").documents![0].issuer).toBe("广东省供销合作联社");
  });
});

describe("a fund as an issuing body (eval/heldout297)", () => {
  it("经济财政司与澳门科学技术发展基金今日（五月八日）联合公布《…》", () => {
    const doc = extract("經濟財政司與澳門科學技術發展基金今日（五月八日）聯合公佈《澳門高新技術產業發展規劃（2026—2030年）》（下稱《規劃》）。").documents![0];
    expect(doc.issuer).toBe("经济财政司与澳门科学技术发展基金");
  });
});

describe("short names given 分别 to two titles, and 策略 as a document (eval/heldout360, heldout331)", () => {
  it("《A》和《B》（以下分别简称《甲》《乙》）: each short name is its own title's", () => {
    const r = extract("省政府新闻办公室举行新闻发布会，介绍近日出台的《湖南省妇女发展“十五五”规划》和《湖南省儿童发展“十五五”规划》（以下分别简称《妇女规划》《儿童规划》）。《妇女规划》提出，到2030年…。《儿童规划》明确，…");
    expect(r.documents!.map((d) => [d.title, d.aliases])).toEqual([
      ["湖南省妇女发展“十五五”规划", ["妇女规划"]],
      ["湖南省儿童发展“十五五”规划", ["儿童规划"]],
    ]);
  });
  it("《香港创科人才发展策略》 is a document", () => {
    expect(extract("创新科技及工业局9日举行记者会，介绍《香港创科人才发展策略》（以下简称《策略》）。").documents!.map((d) => d.title)).toEqual(["香港创科人才发展策略"]);
  });
});

describe("a government's meeting passing a document (eval/heldout394, heldout188)", () => {
  const issuer = (s: string) => extract(s).documents!.map((d) => d.issuer);
  it("the meeting's host issues what a body below it drafted", () => {
    expect(issuer("行政院今（15）日院會通過衛生福利部擬具的《我國少子女化對策計劃》。")).toEqual(["行政院"]);
    expect(issuer("臺北市政府今（3）日市政會議通過社會局提出的《臺北市友善育兒環境推動方案》。")).toEqual(["台北市政府"]);
    expect(issuer("（中央社記者台北2日電）行政院院會今天通過內政部提報的《住宅法修正草案》。")).toEqual(["行政院"]);
  });
  it("…and what it passes itself; a meeting with no host named issues nothing", () => {
    expect(issuer("行政院院會今天通過《住宅法修正草案》。")).toEqual(["行政院"]);
    expect(issuer("会议审议通过了市发改委提出的《长沙市养老服务实施方案》。")).toEqual([null]);
  });
});

describe("纲领 and a company's board (eval/heldout401, heldout349)", () => {
  it("《道路交通安全行动纲领》 is a document", () => {
    expect(extract("交通部将依《道路交通安全行动纲领》持续推动人本交通。").documents!.map((d) => d.title)).toEqual(["道路交通安全行动纲领"]);
  });
  it("a company whose board passes a plan issues it", () => {
    expect(extract("臺灣電力公司今（5）日董事會通過《臺電公司儲能系統建置計畫（115—118年）》。").documents!.map((d) => d.issuer)).toEqual(["台湾电力公司"]);
  });
});

describe("Hong Kong's budget and a council's advice on a plan (eval/heldout406)", () => {
  it("《…政策宣言》 is a document", () => {
    expect(extract("特区政府发表《香港家族办公室发展政策宣言（二〇二五年）》。").documents!.map((d) => d.title)).toEqual(["香港家族办公室发展政策宣言（二〇二五年）"]);
  });
  it("《…财政预算案》 and 《…规划建议（2028—2030年）》 are documents", () => {
    expect(extract("财政司司长发表《2026-27年度财政预算案》。教资会发表《教资会资助大学规划建议（2028—2030年）》。").documents!.map((d) => d.title)).toEqual([
      "2026-27年度财政预算案",
      "教资会资助大学规划建议（2028—2030年）",
    ]);
  });
});

describe("blueprints and yearly priorities (eval/heldout438)", () => {
  it("《青年发展蓝图》 and 《…青年发展工作重点》 are documents", () => {
    expect(extract("民政及青年事务局根据《青年发展蓝图》推出《2026至2028年度青年发展工作重点》。").documents!.map((d) => d.title)).toEqual([
      "青年发展蓝图",
      "2026至2028年度青年发展工作重点",
    ]);
  });
});

describe("a document released at a press conference by the body that issued it (eval/heldout467)", () => {
  it("发布由盐城市人民政府办公室印发的《…》: the office is the issuer", () => {
    const r = extract("2026年11月6日，盐城市人民政府新闻办公室举行新闻发布会，发布由盐城市人民政府办公室印发的《盐城市滨海湿地保护修复行动方案（2026—2028年）》。");
    expect(r.documents!.map((d) => d.issuer)).toEqual(["盐城市人民政府办公室"]);
  });
});

describe("a letter that sends its sender's own plan (eval/heldout394)", () => {
  it("新北市政府　函 ⏎ 主旨：检送《…计划》一份: the sender issued it", () => {
    const r = extract("新北市政府　函\n\n發文日期：中華民國115年8月12日\n主旨：檢送《新北市公共托育量能倍增計劃（115年至119年）》一份，請　查照。\n");
    expect(r.documents!.map((d) => d.issuer)).toEqual(["新北市政府"]);
    // (a letter that sends another body's document on names no issuer by its head)
    const other = extract("新北市政府　函\n\n主旨：轉送《行政院少子女化對策計劃》一份，請　查照。\n");
    expect(other.documents!.map((d) => d.issuer)).toEqual([null]);
  });
});

describe("Taiwan's bodies 订定 and 公告 their plans and rules (eval/heldout458, heldout429)", () => {
  it("卫生福利部9月14日订定《…》, 经济发展局10月20日公告《…》", () => {
    expect(extract("卫生福利部9月14日订定《全民健康保险医疗量能提升计划（116—119年）》。").documents!.map((d) => d.issuer)).toEqual(["卫生福利部"]);
    expect(extract("桃园市政府经济发展局10月20日公告《桃园市储能系统设置推动作业要点》，即日起生效。").documents!.map((d) => d.issuer)).toEqual(["桃园市政府经济发展局"]);
  });
});

describe("该文件 refers back to the document (eval/heldout484)", () => {
  it("…介绍《…若干措施》。该文件日前由广东省人民政府办公厅印发", () => {
    expect(extract("副主任黄志坚介绍《关于支持民族地区加快高质量发展的若干措施》（以下简称《若干措施》）。该文件日前由广东省人民政府办公厅印发，共20条。").documents!.map((d) => d.issuer)).toEqual(["广东省人民政府办公厅"]);
  });
});

describe("a government's list of key projects is a document (eval/heldout487)", () => {
  it("《济南市2026年市级重点项目名单》 is; 《…富豪名单》 is not", () => {
    expect(extract("济南市发展改革委公布《济南市2026年市级重点项目名单》，确定项目800个。").documents!.map((d) => d.title)).toEqual(["济南市2026年市级重点项目名单"]);
    expect(extract("他入选《福布斯全球富豪名单》。").documents).toEqual([]);
  });
});

describe("a place a plan's title serves is not the plan's (eval/heldout459)", () => {
  it("《横琴粤澳深度合作区促进澳门经济适度多元发展…方案》 issued by 广东省人民政府办公厅 is Guangdong's", () => {
    const r = extract("2026年9月22日，广东省人民政府办公厅印发《横琴粤澳深度合作区促进澳门经济适度多元发展三年行动方案（2027—2029年）》。");
    expect(r.documents!.map((d) => d.region)).toEqual(["440000"]);
  });
});

describe("a letter's head after blank lines (eval/heldout394)", () => {
  it("blank lines before 新北市政府　函 are skipped", () => {
    expect(extract("\n\n新北市政府　函\n\n主旨：检送《新北市公共托育量能倍增计划（115年至119年）》一份，请查照。\n").documents!.map((d) => d.issuer)).toEqual(["新北市政府"]);
  });
});

describe("documents: a body that explains another's plan (eval/heldout519; session 31)", () => {
  it("…召开记者会，说明行政院10月8日核定的《…》: the issuer is the body after 说明", () => {
    const r = extract("（中央社记者林佳蓉台北2026年10月14日电）经济部水利署今天召开记者会，说明行政院10月8日核定的《台湾水资源韧性强化计划（116—120年）》。");
    expect(r.documents!.map((d) => d.issuer)).toEqual(["行政院"]);
  });
});

describe("documents: a title with its year written bare after its kind (eval/heldout533; session 31)", () => {
  it("《香港气候行动蓝图2050》 and 《…年度进展报告2026》 name documents", () => {
    const r = extract("环境及生态局今日发表《香港气候行动年度进展报告2026》，总结去年落实《香港气候行动蓝图2050》的进度。");
    expect(r.documents!.map((d) => d.title)).toEqual(["香港气候行动年度进展报告2026", "香港气候行动蓝图2050"]);
  });
});

describe("documents: a letter that approves its sender's own plan (eval/heldout557; session 32)", () => {
  it("新北市政府　函 ⏎ 主旨：核定《…计划》: the sender is the issuer", () => {
    const r = extract("新北市政府　函\n\n发文日期：中华民国115年7月22日\n主旨：核定《新北市长照2.0社区整体照顾服务体系布建计划（115—117年）》，请查照。\n");
    expect(r.documents!.map((d) => d.issuer)).toEqual(["新北市政府"]);
  });
  it("…a letter citing a law names no issuer for it", () => {
    const r = extract("新北市政府　函\n\n主旨：依据《长期照顾服务法》办理，请查照。\n");
    expect(r.documents!.map((d) => d.issuer)).toEqual([null]);
  });
});

describe("documents: a title written again without its year and place (eval/heldout580; session 32)", () => {
  it("《2026年正定县政府工作报告》 … 根据《政府工作报告》: one document", () => {
    const r = extract("正定县人民政府新闻办公室举行新闻发布会，解读《2026年正定县政府工作报告》中的主要目标。根据《政府工作报告》，正定今年的主要预期目标是：地区生产总值增长7%。");
    expect(r.documents!.map((d) => [d.title, d.mentions.length])).toEqual([["2026年正定县政府工作报告", 2]]);
  });
  it("…but not a title whose longer form adds more than year and place", () => {
    const r = extract("《全国推进县域商业体系建设行动方案》提出，到2027年…。《县域商业体系建设行动方案》明确，…");
    expect(r.documents!.length).toBe(2);
  });
});

describe("documents: its kind opening the clause after its title, then 由 (eval/heldout580; session 32)", () => {
  it("公布了《…若干措施》，措施由县商务局日前出台: the issuer", () => {
    const r = extract("发布会上还公布了《正定县促进夜间经济发展若干措施》，措施由县商务局日前出台，明确到2027年全县培育夜间经济集聚区5个。");
    expect(r.documents!.map((d) => d.issuer)).toEqual(["县商务局"]);
  });
});
