import { existsSync, readdirSync, readFileSync } from "node:fs";
import { Doc } from "../src/normalize.js";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import jieba from "nodejieba";
import { certainlyOneWord, cut, dictWordAcross, keptWholeAlone, tag, tagOfWord } from "../src/segment.js";
import { repoRoot } from "./helpers.js";

// The trimmed dictionaries that `npm run build` writes (scripts/build-dict.mjs).
const dict = (name: string) => readFileSync(join(repoRoot, "dist", "dict", name), "utf8");

describe("the trimmed jieba dictionaries", () => {
  it("keep the HMM model's header, start and transition lines, and emissions only for GB 2312 characters", () => {
    const full = readFileSync(join(repoRoot, "node_modules", "nodejieba", "submodules", "cppjieba", "dict", "hmm_model.utf8"), "utf8").split("\n");
    const trimmed = dict("hmm_model.utf8").split("\n");
    expect(trimmed.length).toBe(full.length);
    const emissions = trimmed.filter((l) => !l.startsWith("#") && l.includes(":") && l.includes(","));
    expect(emissions).toHaveLength(4); // B, E, M, S
    const chars = new Set(emissions.flatMap((l) => l.split(",").map((e) => e.slice(0, e.indexOf(":")))));
    expect(chars.has("的")).toBe(true);
    expect(chars.has("镁")).toBe(true);
    expect(chars.has("們")).toBe(false); // Traditional: converted before segmentation
    for (const l of trimmed.filter((l) => l.startsWith("#") || !l.includes(","))) expect(full).toContain(l);
  });
  it("segment and tag as nodejieba does, offsets into the text", () => {
    expect(cut("到2025年建成10个以上区块链公共服务平台")).toContain("区块链");
    const tokens = tag("培育引进100户以上企业");
    expect(tokens.map((t) => t.word).join("")).toBe("培育引进100户以上企业");
    for (const t of tokens) expect("培育引进100户以上企业".slice(t.start, t.end)).toBe(t.word);
  });

  it("tag each word as jieba.tag does in context: a word's tag is its own, wherever it stands", () => {
    const texts = [
      "湖北省武汉市到2025年建成10个以上区块链公共服务平台",
      "力争2027年全县精品民宿突破300家，其中思茅区不低于100亿元",
      "沿海城市新建区块链产业园，长沙市政府印发《实施方案》",
      "ABC公司2026年营收增长15%以上，GDP达到1.2万亿元",
      "资源白银日照城区比如合作",
      ...readFileSync(join(repoRoot, "fixtures", "wuhan-hydrogen.txt"), "utf8").split(/[。\n]/).filter(Boolean),
    ];
    for (const text of texts) {
      tag(text); // (loads the dictionaries)
      const ours = tag(text).map((t) => `${t.word}/${t.tag}`);
      const theirs = jieba.tag(text).map((t: { word: string; tag: string }) => `${t.word}/${t.tag}`);
      expect(ours).toEqual(theirs);
    }
    expect(tagOfWord("区块链")).toBe(jieba.tag("区块链")[0].tag);
  });
});

describe("a span known to be one of jieba's words without segmenting", () => {
  it("reads the dictionary's words across an offset", () => {
    expect(dictWordAcross("湖南省长沙市", 0, 6, 3)).toBe(true); // 省长
    expect(dictWordAcross("湖南省长沙市", 0, 3, 3)).toBe(false); // (省长 does not lie inside [0, 3))
    expect(dictWordAcross("推动北京发展", 0, 6, 2)).toBe(false);
    expect(keptWholeAlone("北京")).toBe(true);
    expect(certainlyOneWord("推动北京发展", 0, 6, 2, 4)).toBe(true);
    expect(certainlyOneWord("沿海城市发展", 0, 6, 1, 4)).toBe(false); // 沿海|城市
    expect(certainlyOneWord("湖南省长沙市", 0, 6, 0, 3)).toBe(false);
  });

  it("says so only where jieba's segmentation of the window has the span as one word", () => {
    // every span of two to four characters of the fixtures and the dev articles, in a window of
    // eight characters either side: wherever the test says "certainly", jieba agrees
    const dirs = [join(repoRoot, "fixtures"), join(repoRoot, "..", "shared", "eval", "dev")].filter((d) => existsSync(d));
    const texts = dirs.flatMap((d) => readdirSync(d).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(d, n), "utf8")));
    let certain = 0;
    let checked = 0;
    for (const raw of texts) {
      const text = new Doc(raw).text.slice(0, 3000);
      for (let s = 0; s < text.length; s += 3) {
        for (let len = 2; len <= 4 && s + len <= text.length; len++) {
          const from = Math.max(0, s - 8);
          const to = Math.min(text.length, s + len + 8);
          checked++;
          if (!certainlyOneWord(text, from, to, s, s + len)) continue;
          certain++;
          const window = text.slice(from, to);
          const boundaries = [0];
          for (const w of cut(window)) boundaries.push(boundaries[boundaries.length - 1] + w.length);
          const i = boundaries.indexOf(s - from);
          expect(i >= 0 && boundaries[i + 1] === s + len - from, `${window}: ${text.slice(s, s + len)}`).toBe(true);
        }
      }
    }
    expect(certain).toBeGreaterThan(500);
    expect(certain).toBeLessThan(checked);
  });
});
