// Bytes → text. Auto-detection: BOM, then UTF-8 validity, then chardet on the first 64 KB
// choosing between GB18030 and Big5; decoded with iconv-lite (Node's TextDecoder for UTF-8).
import chardet from "chardet";
import iconv from "iconv-lite";

export const ENCODINGS = ["auto", "utf-8", "gb18030", "big5", "utf-16le", "utf-16be"] as const;
export type EncodingOption = (typeof ENCODINGS)[number];

export class DecodeError extends Error {
  constructor(
    readonly code: "binary" | "undecodable",
    message: string,
  ) {
    super(message);
  }
}

export interface Decoded {
  text: string;
  encoding: string;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function decode(bytes: Uint8Array, encoding: EncodingOption = "auto"): Decoded {
  const buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding !== "auto") return { text: decodeAs(buf, encoding), encoding };

  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: decodeAs(buf.subarray(3), "utf-8"), encoding: "utf-8" };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: decodeAs(buf.subarray(2), "utf-16le"), encoding: "utf-16le" };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: decodeAs(buf.subarray(2), "utf-16be"), encoding: "utf-16be" };

  const bomless16 = guessUtf16(buf);
  if (bomless16) return { text: decodeAs(buf, bomless16), encoding: bomless16 };

  const nul = buf.indexOf(0);
  if (nul >= 0) throw new DecodeError("binary", `binary content (NUL bytes at offset ${nul})`);

  try {
    return { text: utf8Strict.decode(buf), encoding: "utf-8" };
  } catch {
    // not UTF-8: a legacy Chinese encoding, or garbage
  }
  const sample = buf.subarray(0, 64 * 1024);
  const guesses = chardet.analyse(sample);
  let gbScore = 0;
  let big5Score = 0;
  for (const g of guesses) {
    const name = g.name.toLowerCase();
    if (name.startsWith("gb") && g.confidence > gbScore) gbScore = g.confidence;
    if (name === "big5" && g.confidence > big5Score) big5Score = g.confidence;
  }
  if (gbScore === 0 && big5Score === 0) {
    throw new DecodeError("undecodable", `undecodable bytes: not UTF-8, GB18030 or Big5 (${describeGuess(guesses)})`);
  }
  const chosen = big5Score > gbScore ? "big5" : "gb18030";
  return { text: decodeAs(buf, chosen), encoding: chosen };
}

function describeGuess(guesses: Array<{ name: string; confidence: number }>): string {
  const top = guesses[0];
  return top ? `looks like ${top.name}` : "no encoding fits";
}

function decodeAs(buf: Buffer, encoding: Exclude<EncodingOption, "auto">): string {
  if (encoding === "utf-8") {
    try {
      return utf8Strict.decode(buf);
    } catch {
      throw new DecodeError("undecodable", "undecodable bytes: invalid UTF-8");
    }
  }
  let text = iconv.decode(buf, encoding, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

/** UTF-16 without a BOM: many NUL bytes all on even (BE) or all on odd (LE) positions. */
function guessUtf16(buf: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) i % 2 === 0 ? even++ : odd++;
  const pairs = n / 2;
  // CJK in UTF-16 has few zero bytes, ASCII many; require a clear one-sided pattern.
  if (odd > pairs * 0.3 && even === 0) return "utf-16le";
  if (even > pairs * 0.3 && odd === 0) return "utf-16be";
  return null;
}
