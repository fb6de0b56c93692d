import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import jieba from "nodejieba";
import { cut, tag, tagOfWord } from "../src/segment.js";
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
