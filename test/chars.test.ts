import { describe, expect, it } from "vitest";
import { CharSet, CodeFilter } from "../src/chars.js";

describe("CharSet", () => {
  it("holds the characters it is given, tested by code and by position", () => {
    const ends = new CharSet("。！？!?");
    expect(ends.has("。".charCodeAt(0))).toBe(true);
    expect(ends.has("，".charCodeAt(0))).toBe(false);
    expect(ends.at("好。", 1)).toBe(true);
    expect(ends.at("好。", 0)).toBe(false);
    const added = new CharSet();
    added.add(0xffff);
    expect(added.has(0xffff) && !added.has(0xfffe)).toBe(true);
  });

  it("answers false outside the text, even for a set holding U+0000", () => {
    const withNul = new CharSet("\0");
    expect(withNul.at("ab", 5)).toBe(false);
    expect(withNul.at("ab", -1)).toBe(false);
    expect(withNul.at("\0", 0)).toBe(true);
  });
});

describe("CodeFilter", () => {
  it("never answers no for a member, and answers no for most other codes", () => {
    const filter = new CodeFilter();
    const members = "建设新增打造培育引进实现达到突破。！".split("").map((c) => c.charCodeAt(0));
    for (const c of members) filter.add(c);
    for (const c of members) expect(filter.mayHave(c)).toBe(true);
    // codes sharing no low 11 bits with a member are never "maybe"
    const folded = new Set(members.map((c) => c & 2047));
    let maybe = 0;
    for (let c = 0x4e00; c < 0x9fff; c++) {
      if (filter.mayHave(c)) maybe++;
      if (!folded.has(c & 2047)) expect(filter.mayHave(c)).toBe(false);
    }
    expect(maybe).toBeLessThan(300);
  });
  it("treats a position outside the text (NaN) as code 0", () => {
    const filter = new CodeFilter();
    filter.add("建".charCodeAt(0));
    expect(filter.mayHave("".charCodeAt(0))).toBe(false);
  });
});
