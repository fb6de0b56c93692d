import { describe, expect, it } from "vitest";
import { CharSet } from "../src/chars.js";

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
