import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, DecodeError } from "../src/decode.js";

const simplified = "湖南省工业和信息化厅印发《湖南省区块链产业发展三年行动计划(2020-2022年)》。力争到2022年，建成10个以上区块链公共服务平台。";
const traditional = "湖南省工業和信息化廳印發《湖南省區塊鏈產業發展三年行動計劃(2020-2022年)》。力爭到2022年，建成10個以上區塊鏈公共服務平臺。";

describe("decode", () => {
  it("reads UTF-8, with and without BOM", () => {
    expect(decode(Buffer.from(simplified))).toEqual({ text: simplified, encoding: "utf-8" });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(simplified)]))).toEqual({ text: simplified, encoding: "utf-8" });
  });

  it("detects GB18030 (GBK) and Big5", () => {
    expect(decode(iconv.encode(simplified, "gbk"))).toEqual({ text: simplified, encoding: "gb18030" });
    expect(decode(iconv.encode(traditional, "big5"))).toEqual({ text: traditional, encoding: "big5" });
  });

  it("reads UTF-16 with a BOM, and ASCII-heavy UTF-16 without one", () => {
    expect(decode(iconv.encode(simplified, "utf-16le", { addBOM: true }))).toEqual({ text: simplified, encoding: "utf-16le" });
    expect(decode(iconv.encode(simplified, "utf-16be", { addBOM: true }))).toEqual({ text: simplified, encoding: "utf-16be" });
    const ascii = "Report 2022: target 10 platforms. 到2022年建成10个平台。";
    expect(decode(iconv.encode(ascii, "utf-16le"))).toEqual({ text: ascii, encoding: "utf-16le" });
  });

  it("honours a forced encoding", () => {
    expect(decode(iconv.encode(traditional, "big5"), "big5").text).toBe(traditional);
    expect(() => decode(Buffer.from([0xff, 0xfe, 0xfd]), "utf-8")).toThrow(DecodeError);
  });

  it("refuses binary content with the offset of the first NUL", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x88, 0x99]);
    try {
      decode(png);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DecodeError);
      expect((e as DecodeError).code).toBe("binary");
      expect((e as DecodeError).message).toBe("binary content (NUL bytes at offset 8)");
    }
  });
});

describe("decode: damaged and BOM-less input", () => {
  it("reads UTF-8 cut inside its last character as UTF-8, marking the cut", () => {
    const bytes = Buffer.from(simplified);
    const cut = bytes.subarray(0, bytes.length - 2);
    const { text, encoding } = decode(cut);
    expect(encoding).toBe("utf-8");
    expect(text).toBe(simplified.slice(0, -1) + "\ufffd");
  });

  it("reads long UTF-8 with one stray byte as UTF-8, not as a legacy encoding", () => {
    const long = simplified.repeat(6);
    const bytes = Buffer.concat([Buffer.from(long.slice(0, 100)), Buffer.from([0xff]), Buffer.from(long.slice(100))]);
    const { text, encoding } = decode(bytes);
    expect(encoding).toBe("utf-8");
    expect(text).toBe(long.slice(0, 100) + "\ufffd" + long.slice(100));
  });

  it("reads CJK UTF-16 without a BOM", () => {
    expect(decode(iconv.encode(simplified, "utf-16le"))).toEqual({ text: simplified, encoding: "utf-16le" });
    expect(decode(iconv.encode(simplified, "utf-16be"))).toEqual({ text: simplified, encoding: "utf-16be" });
  });

  it("does not take plain ASCII or GBK for UTF-16", () => {
    expect(decode(Buffer.from("hello world, this is plain text 2022")).encoding).toBe("utf-8");
    expect(decode(iconv.encode(simplified, "gbk")).encoding).toBe("gb18030");
  });
});
