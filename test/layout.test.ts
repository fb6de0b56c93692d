// Text as users collect it: figures spaced off, paragraphs hard-wrapped by a PDF, lists with
// circled numbers and bullets. Read through the whole pipeline (`extract`), as a user runs it.
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.js";
import { Doc } from "../src/normalize.js";

const targetsOf = (text: string, refDate = "2026-05-01") =>
  (extract(text, { refDate }).targets ?? []).map((t) => ({ text: t.text, min: t.min, max: t.max, unit: t.unit, object: t.object, deadline: t.deadline }));

describe("figures spaced off and lines broken inside a sentence", () => {
  it("reads 到 2028 年 and 突破 1500 亿元 as written together, and quotes them as written", () => {
    const text = "青海省海西州印发方案。到 2028 年，全州盐湖产业产值突破 1500 亿元，德令哈市建设 1 个盐湖化工产业园。";
    const r = extract(text, { refDate: "2026-05-01" });
    expect(r.dates?.map((d) => [d.text, d.type, d.to])).toContainEqual(["到 2028 年", "deadline", "2028-12-31"]);
    const ts = targetsOf(text);
    expect(ts).toContainEqual(expect.objectContaining({ text: "盐湖产业产值突破 1500 亿元", min: 150000000000, unit: "元", deadline: "2028-12-31" }));
    expect(ts).toContainEqual(expect.objectContaining({ text: "建设 1 个盐湖化工产业园", min: 1, max: 1, unit: "个", object: "盐湖化工产业园" }));
    // the span points at the original, blanks included
    const t = r.targets!.find((x) => x.min === 1)!;
    expect([...text].slice(t.start, t.end).join("")).toBe(t.text);
  });

  it("joins a paragraph hard-wrapped as a PDF copies it, where paragraphs open indented", () => {
    const text = [
      "十堰市人民政府办公室关于印发行动计划的通知",
      "",
      "　　一、主要目标",
      "　　到2028年，全市新能源汽车产量突破30",
      "万辆，产业链产值达到1200亿元以上；培育年营业收",
      "入超过50亿元的零部件龙头企业5家。",
      "　　二、重点任务",
    ].join("\n");
    const ts = targetsOf(text);
    expect(ts).toContainEqual(expect.objectContaining({ text: "新能源汽车产量突破30\n万辆", min: 300000, max: null, unit: "辆", deadline: "2028-12-31" }));
    expect(ts).toContainEqual(expect.objectContaining({ text: "培育年营业收\n入超过50亿元的零部件龙头企业5家", min: 5, max: 5, unit: "家", deadline: "2028-12-31", object: "年营业收入超过50亿元的零部件龙头企业" }));
  });

  it("joins a narrow column's break before an amount (稳定在⏎4亿袋左右, 龙头企业⏎2至3家), not a table's cells one a line", () => {
    const text = "随州发布　2026年06月18日 08:00\n\n到2028年，全市香菇种植规模稳定在\n4亿袋左右；培育年销售收入超10亿元的龙头企业\n2至3家。";
    const ts = targetsOf(text, "2026-06-18");
    expect(ts.map((t) => [t.text, t.min, t.max, t.unit])).toEqual([
      ["香菇种植规模稳定在\n4亿袋左右", 4e8, 4e8, "袋"],
      ["培育年销售收入超10亿元的龙头企业\n2至3家", 2, 3, "家"],
    ]);
    const table = "到2030年装机规模目标如下（单位：万千瓦）：\n类别\n2025年\n2030年\n风电\n1620\n2800";
    expect(targetsOf(table, "2026-06-18").map((t) => [t.object, t.min])).toEqual([["风电", 2.8e7]]);
  });

  it("reads through a blank written as an HTML entity (不少于15&nbsp;家), quoting it as written", () => {
    const text = "到2028年，乐平市建设航空零部件加工产业园1个，入驻企业不少于15&nbsp;家。";
    const ts = targetsOf(text);
    expect(ts).toContainEqual(expect.objectContaining({ text: "入驻企业不少于15&nbsp;家", min: 15, unit: "家" }));
  });

  it("keeps a heading apart from the paragraph under it where paragraphs do not open indented", () => {
    const text = "二、主要目标\n到2028年，全市建成5个产业园。";
    const ts = targetsOf(text);
    expect(ts).toEqual([expect.objectContaining({ text: "建成5个产业园", min: 5, deadline: "2028-12-31" })]);
  });
});

describe("lists with circled numbers, bullets and time headings", () => {
  it("reads a social-media post's emoji bullets (✅, 📍) as list items under a time heading", () => {
    const text = "《行动计划》明确，到2028年：\n✅ 培育等级民宿300家以上；\n✅ 民宿从业人员中本地村民占比不低于70%。\n📍 新增省级旅游风情小镇3至5个。";
    expect(targetsOf(text).map((t) => [t.min, t.deadline])).toEqual([
      [300, "2028-12-31"],
      [70, "2028-12-31"],
      [3, "2028-12-31"],
    ]);
  });
  it("leaves an item's number or bullet out of the goal, and dates ① items from the line that introduces them", () => {
    const text = "《实施方案》明确，到2028年：\n　　①生态涵养区森林覆盖率稳定在73%以上；\n　　②新建林下经济示范基地8个。\n1.新增民宿100家。";
    const ts = targetsOf(text);
    expect(ts).toContainEqual(expect.objectContaining({ text: "生态涵养区森林覆盖率稳定在73%以上", object: "生态涵养区森林覆盖率", deadline: "2028-12-31" }));
    expect(ts).toContainEqual(expect.objectContaining({ text: "新建林下经济示范基地8个", deadline: "2028-12-31" }));
    expect(ts.find((t) => t.min === 100)?.text).toBe("新增民宿100家");
  });

  it("takes a bulleted line that is only a time as the deadline of the bullets under it", () => {
    const text = "■ 目标怎么定\n▶ 到2027年\n● 林业碳汇项目开发面积达到300万亩\n● 建成碳汇计量监测样地不少于1200个\n▶ 到2030年\n● 森林覆盖率稳定在70%以上";
    const ts = targetsOf(text);
    expect(ts.map((t) => [t.text, t.deadline])).toEqual([
      ["林业碳汇项目开发面积达到300万亩", "2027-12-31"],
      ["建成碳汇计量监测样地不少于1200个", "2027-12-31"],
      ["森林覆盖率稳定在70%以上", "2030-12-31"],
    ]);
  });
});

describe("a document's region from its title", () => {
  it("is the innermost of a division and the one inside it written together", () => {
    const r = extract("北京市门头沟区人民代表大会审议《北京市门头沟区国民经济和社会发展第十五个五年规划纲要（草案）》。");
    expect(r.documents?.[0].region).toBe("110109");
    const r2 = extract("《湖南省长沙市岳麓区数字经济发展行动方案》印发。");
    expect(r2.documents?.[0].region).toBe("430104");
    const r3 = extract("湖南省印发《湖南省区块链产业发展三年行动计划》。");
    expect(r3.documents?.[0].region).toBe("430000");
  });
});

describe("page furniture in text copied from a PDF (eval/heldout37)", () => {
  it("a page number and a running head inside a sentence are read through", () => {
    // (the running head is the one the first page opens with; the line before the break runs to
    // the margin, as long as the one before it)
    const text = "海南省人民政府新闻办公室\n海南省南繁种业发展新闻发布会实录\n省农业农村厅负责人介绍，根据方案，全省南繁育种工作\n到2028年，陵水黎族自治县、乐东黎族自治县分别建成南繁\n第1页 共2页\n海南省人民政府新闻办公室\n规模化育种基地3万亩和5万亩。\n";
    expect(extract(text).targets!.map((t) => [t.min, t.unit, t.object])).toEqual([[30000, "亩", "南繁规模化育种基地"], [50000, "亩", "南繁规模化育种基地"]]);
    const split = "云南省绿色能源发展政策解读材料第一部分\n到2030年，曲靖市新能源装机达到1500万千瓦，红河州新能源装机达到1200万千\n— 2 —\n瓦。\n";
    expect(extract(split).targets!.map((t) => t.min)).toEqual([15000000, 12000000]);
  });
  it("a page number between paragraphs, or a masthead with a date, is left as it stands", () => {
    const text = "到2030年，全市新能源装机达到1500万千瓦。\n— 2 —\n齐齐哈尔日报　2026年4月16日　第3版\n建成通用机场3个。\n";
    expect(extract(text).dates!.map((d) => d.text)).toContain("2026年4月16日");
  });
});

describe("a PDF's line breaks inside a bound and hyphens (eval/heldout37)", () => {
  it("reads 以\\n上, a soft hyphen and a hyphen at the line's end through", () => {
    const T = (s: string) => extract(s).targets!.map((t) => [t.min, t.max, t.object]);
    expect(T("到2028年，广西吸引台湾青年来桂就业创业3000人以\n上。")).toEqual([[3000, null, "台湾青年来桂就业创业"]]);
    expect(T("到2028年，全省引进和培育种业企业1000家以\u00ad\n上。")).toEqual([[1000, null, "种业企业"]]);
    expect(T("到2030年，全州培育年销售收入超过5亿元的-\n人参精深加工企业10家。")).toEqual([[10, 10, "年销售收入超过5亿元的人参精深加工企业"]]);
  });
  it("a gazette's issue line beside a page number is read through; a masthead with a day is not", () => {
    const text = "遵义市人民政府公报　2026年第5期\n遵义市白酒产业发展规划\n　　到2030年，全市规模以上白酒企业达到300家，培育年营业收入超过100\n·18·\n遵义市人民政府公报　2026年第5期\n亿元的白酒企业5家以上。\n";
    expect(extract(text).targets!.map((t) => [t.min, t.deadline])).toEqual([[300, "2030-12-31"], [5, "2030-12-31"]]);
  });
});

describe("second review of the page-furniture rule", () => {
  it("a line said once beside a page number is text (a title, a body line), and a short line before a page break is not joined", () => {
    const title = "银川市人民政府办公室文件\n— 1 —\n银川市设施农业提质增效三年行动方案（2026—2028年）\n一、总体要求\n";
    expect(extract(title).documents!.length + extract(title).dates!.length).toBeGreaterThan(0);
    const body = "到2027年，全市加快推进新型工业化和信息化建设\n新型基础设施建设新建5G基站3000个以上\n— 5 —\n着力提升产业链供应链韧性和安全水平。\n";
    expect(extract(body).targets!.map((t) => t.object)).not.toContain("着力提升产业链供应链韧性和安全水平");
  });
  it("stays linear on many wrapped lines with page numbers between them", () => {
    const text = Array.from({ length: 20000 }, (_, i) => `全省加快推进新型工业化建设新型基础设施建设${i}\n- ${(i % 900) + 1} -\n`).join("");
    expect(extract(text).source.chars).toBe(text.length);
  });
});

describe("a bulleted item written a phrase a line (eval/heldout21)", () => {
  it("is read as one line: the thing, the verb and the amount together", () => {
    const text = "【目标任务】\n到2028年\n◆ 中药材种植面积\n稳定在\n300万亩以上\n◆ 规范化种植基地\n建成\n50个\n\n【区县布局】\n商州区建设1个交易市场。";
    const ts = extract(text).targets!;
    expect(ts.map((t) => [t.min, t.object])).toEqual([[3000000, "中药材种植面积"], [50, "规范化种植基地"], [1, "交易市场"]]);
  });
  it("leaves bulleted lines that are whole items alone", () => {
    const text = "到2028年：\n◆ 建成产业园5个\n◆ 培育企业20家\n保障措施\n";
    expect(extract(text).targets!.map((t) => [t.text, t.object])).toEqual([["建成产业园5个", "产业园"], ["培育企业20家", "企业"]]);
  });
});

describe("second review of the bulleted-phrase rule", () => {
  it("joins no heading, no time line and no related-reading line onto a bullet", () => {
    expect(extract("◆ 新建学校\n到2027年\n新建公园10个").targets!.map((t) => [t.object, t.deadline])).toEqual([["公园", "2027-12-31"]]);
    expect(extract("到2027年：\n★ 主要目标\n全市新建学校20所").targets!.map((t) => t.object)).toEqual(["学校"]);
  });
});

describe("pages as scraped (eval/heldout62)", () => {
  const brief = (text: string) => extract(text).targets!.map((t) => [t.text, t.deadline]);
  it("a page's title with the site's name above the headline is the headline's copy", () => {
    const text = "南昌：三年筹集保障性租赁住房6万套_房产频道_大江网\n南昌：三年筹集保障性租赁住房6万套\n2026年10月09日 07:52　来源：江西日报\n\n按照三年行动计划，到2028年，全市筹集保障性租赁住房6万套。";
    expect(brief(text)).toEqual([["筹集保障性租赁住房6万套", "2028-12-31"]]);
  });
  it("a headline ending in an amount is not joined to the dateline under it", () => {
    const r = extract("南昌：三年筹集保障性租赁住房6万套\n2026年10月09日 07:52　来源：江西日报\n\n正文。");
    expect(r.dates!.some((d) => d.text.startsWith("2026年10月09日"))).toBe(true);
  });
  it("a page number between blank lines inside a sentence that stops at a comma is page furniture", () => {
    const text = "　　到2028年，全市稀土新材料产业产值突破1500亿元，稀土永磁材\n料产能达到20万吨，建成中试基地3个，\n\n－ ２ －\n\n新增国家级专精特新“小巨人”企业10家以上。\n";
    expect(brief(text).map((t) => t[1])).toEqual(["2028-12-31", "2028-12-31", "2028-12-31", "2028-12-31"]);
  });
});

describe("an item numbered before a month", () => {
  it("keeps a heading and the item after it apart, and reads 4．6月至9月 as item 4 and a span of months", () => {
    const text = "2026年6月10日电\n二、强化监测预警和避险演练\n4．6月至9月实行地质灾害风险日会商制度。";
    const r = extract(text);
    expect(r.dates?.map((d) => [d.text, d.type, d.from, d.to])).toContainEqual(["6月至9月", "period", "2026-06-01", "2026-09-30"]);
    expect(r.dates?.some((d) => d.text === "至9月")).toBe(false);
  });
  it("still reads 1.5万吨 after a heading as a number going on", () => {
    const text = "2026年6月10日电\n二、扩大产能规模\n1.5万吨级泊位建成投用。";
    expect(extract(text).dates?.map((d) => d.text)).not.toContain("5月");
  });
});

describe("numbered headings above their paragraphs", () => {
  it("a short numbered heading is not joined to the line after it, whose first words are a year (一、2025年工作回顾⏎2025年是…)", () => {
    const doc = new Doc("一、2025年工作回顾\n2025年是极不平凡的一年。全市地区生产总值完成5960亿元。\n");
    expect(doc.text.startsWith("一、2025年工作回顾\n2025年是")).toBe(true);
  });
  it("…while a long phrase broken before its amount still is (种植规模稳定在⏎4亿袋左右)", () => {
    const doc = new Doc("到2028年，全市香菇种植规模稳定在\n4亿袋左右；\n");
    expect(doc.text).toContain("稳定在4亿袋左右");
  });
});

describe("a PDF's page of paragraphs with no blank line between them (eval/heldout449)", () => {
  const page =
    "2026年11月06日 07:30　来源：安徽日报\n" +
    "本报合肥11月5日讯 近日，安徽省人民政府办公厅印发《安徽省新型储能\n" +
    "产业发展行动方案》。方案提出，到2030年全省新型储能产业营业收入突\n" +
    "破5000亿元，培育营业收入超百亿元的链主企业10家，建设储能电池产业\n" +
    "园区3个。\n" +
    "按照《方案》，合肥市打造新型储能产业集群，力争建成新型储能电站50\n" +
    "座左右，长丰县、肥西县分别建设储能电池中试基地1个和检测中心1个；\n" +
    "巢湖市建设钠离子电池基地1个。\n";
  it("reads its full lines as wrapped, its short lines as the ends of paragraphs", () => {
    const r = extract(page, { refDate: "2026-11-06" });
    const objects = r.targets!.map((t) => [t.min, t.object]);
    expect(objects).toContainEqual([500000000000, "新型储能产业营业收入"]);
    expect(objects).toContainEqual([10, "营业收入超百亿元的链主企业"]);
    expect(objects).toContainEqual([3, "储能电池产业园区"]);
    expect(objects).toContainEqual([50, "新型储能电站"]);
    // (the short line that ends a paragraph keeps its break: the next paragraph opens a line)
    expect(new Doc(page).text).toContain("园区3个。\n按照");
  });
});

describe("a PDF's page whose lines run a little short where they hold digits (eval/heldout449, heldout187)", () => {
  it("reads lines within a tenth of a wide page's width as full, past headings and page footers", () => {
    const page =
      "一、总体目标\n" +
      "到2027年，全市冰雪经济规模突破1 200亿元，冰雪旅游接待\n" +
      "游客达到1.5亿人次；建成标准化滑雪场25家，其中雪道总长\n" +
      "度超过100公里的大型滑雪场不少于3家；冰雪装备制造企业\n" +
      "达到80家左右。\n" +
      "第2页 共6页\n" +
      "二、重点任务\n" +
      "（一）道里区办好冰雪大世界，园区面积保持在100万平方米\n" +
      "以上；松北区建设冰雪产业园1个，入驻企业不少于50家。\n";
    const r = extract(page, { refDate: "2026-10-28" });
    const got = r.targets!.map((t) => [t.min, t.max, t.object]);
    expect(got).toContainEqual([80, 80, "冰雪装备制造企业"]);
    expect(got).toContainEqual([1000000, null, "园区面积"]);
  });
  it("leaves a table's rows parted by bars or slashes alone, however alike their widths", () => {
    const table = "指标 | 单位 | 2025年 | 2027年目标\n设施蔬菜种植面积 | 万亩 | 60 | 稳定在60以上\n新型智能化温室 | 万个 | 1.3 | 2\n蔬菜种苗年繁育能力 | 亿株 | 18 | 22\n";
    expect(new Doc(table).text).toBe(table);
  });
});
