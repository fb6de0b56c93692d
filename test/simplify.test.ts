// The Traditional → Simplified converter (src/simplify.ts) scans between matches itself but must
// give exactly what opencc-js's own converter gives, on any text.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConverterFactory } from "opencc-js/core";
import fromHongKong from "opencc-js/from/hk";
import fromTaiwan from "opencc-js/from/tw";
import toMainland from "opencc-js/to/cn";
import tsPhrases from "opencc-js/dict/TSPhrases";
import { deriveSimplifierData, keepingNames, makeSimplifier, namesChangedBy } from "../src/simplify.js";
import { extract } from "../src/index.js";
import { repoRoot } from "./helpers.js";

const opencc = ConverterFactory(fromHongKong as never, fromTaiwan as never, toMainland as never);
const ours = makeSimplifier();

describe("simplify", () => {
  it("converts as opencc-js does: characters, phrases, and what neither knows", () => {
    for (const s of ["區塊鏈產業發展", "乾隆年間，幹部乾杯", "資訊軟體", "臺灣", "綫上", "abc 123，。", "", "简体字不变", "\ufeff區塊鏈", "區\ufeff塊"])
      expect(ours(s)).toBe(opencc(s));
    expect(ours("區塊鏈")).toBe("区块链");
    // (Hong Kong's variant forms too)
    expect(ours("寧夏中衞市沙坡頭區")).toBe("宁夏中卫市沙坡头区");
  });

  it("reads the entries npm run build stored, the same as derived from opencc-js now", () => {
    const stored = JSON.parse(readFileSync(join(repoRoot, "dist", "data", "simplifier.json"), "utf8"));
    const derivedData = deriveSimplifierData();
    expect(stored).toEqual({ ...derivedData, keep: namesChangedBy(makeSimplifier(derivedData)) });
    const derived = makeSimplifier(deriveSimplifierData());
    for (const s of ["區塊鏈產業發展", "乾隆年間，幹部乾杯", "臺灣資訊"]) expect(derived(s)).toBe(opencc(s));
  });

  it("leaves astral characters and ideographic description sequences to opencc's own scan", () => {
    for (const s of ["𠀾發展𠀾", "⿰氵發展", "發⿱艹⿰氵展", "\ud840發", "發\udc3e"]) expect(ours(s)).toBe(opencc(s));
  });

  it("agrees with opencc-js on every article of the fixtures and on random text", () => {
    const dir = join(import.meta.dirname, "..", "fixtures");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(join(dir, f), "utf8");
      expect(ours(text)).toBe(opencc(text));
    }
    // random strings drawn from opencc's phrase keys, their pieces and other characters
    const keys = (tsPhrases as string).split("|").map((e) => e.split(" ")[0]).filter(Boolean);
    const pieces = ["的", "發", "展", "乾", "a", "1", "，", "\n", "⿰", "𠀾", "里", "裡", "著"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let k = 0; k < 2000; k++) {
      let s = "";
      for (let j = rand(12); j >= 0; j--) {
        const key = keys[rand(keys.length)];
        s += rand(3) === 0 ? pieces[rand(pieces.length)] : rand(2) ? key : key.slice(0, 1 + rand(key.length));
      }
      expect(ours(s)).toBe(opencc(s));
    }
  });
});

describe("names of divisions kept as written", () => {
  it("乾安县 and 乾县 keep their 乾 (the Traditional form of 干 elsewhere): npm run build stores them", () => {
    const names = namesChangedBy(makeSimplifier());
    // (full names only: 乾安 alone stands inside Traditional words too, 餅乾安全)
    expect(names).toEqual(["乾安县", "乾县"]);
    const convert = keepingNames(makeSimplifier(), names);
    expect(convert("乾隆年間，幹部乾杯，松原市乾安縣、陝西省乾縣")).toBe("乾隆年间，干部干杯，松原市乾安县、陕西省乾县");
    expect(convert("餅乾安全，烘乾安裝")).toBe("饼干安全，烘干安装");
  });
  it("finds the places in text that has them", () => {
    const codes = extract("吉林省松原市乾安縣和陝西省乾縣").regions!.map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(["220723", "610424"]));
  });
});
