// Bytes → text. Auto-detection: BOM, then UTF-8 validity, then chardet on the first 64 KB
// choosing between GB18030 and Big5; decoded with iconv-lite (Node's TextDecoder for UTF-8).
import { createRequire } from "node:module";

// chardet and iconv-lite load only for input that is not UTF-8 (~50 ms saved on a cold run).
const require = createRequire(import.meta.url);
let chardetModule: typeof import("chardet") | undefined;
let iconvModule: typeof import("iconv-lite") | undefined;
const chardet = () => (chardetModule ??= require("chardet") as typeof import("chardet"));
const iconv = () => (iconvModule ??= require("iconv-lite") as typeof import("iconv-lite"));

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

  // NUL bytes: UTF-16 (ASCII-heavy text has one in every other byte), else binary.
  const nul = buf.indexOf(0);
  if (nul >= 0) {
    const utf16 = guessUtf16(buf);
    if (utf16) return { text: decodeAs(buf, utf16), encoding: utf16 };
    throw new DecodeError("binary", `binary content (NUL bytes at offset ${nul})`);
  }
  try {
    return { text: utf8Strict.decode(buf), encoding: "utf-8" };
  } catch {
    // not clean UTF-8: damaged UTF-8, BOM-less UTF-16, a legacy Chinese encoding, or garbage
  }
  const damaged = mostlyUtf8(buf);
  if (damaged !== null) return { text: damaged, encoding: "utf-8" };
  const utf16 = guessUtf16(buf);
  if (utf16) return { text: decodeAs(buf, utf16), encoding: utf16 };

  const sample = buf.subarray(0, 64 * 1024);
  const guesses = chardet().analyse(sample);
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
  let text = iconv().decode(buf, encoding, { stripBOM: true });
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text;
}

const utf8Lossy = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });

/** UTF-8 with a few damaged sequences (a file cut inside its last character, a stray byte):
 *  still UTF-8, decoded with U+FFFD where the damage is, as long as the damage is rare
 *  (≤ 1 bad sequence per 10 characters) and the rest holds real multi-byte characters. A
 *  legacy encoding read as UTF-8 fails on nearly every non-ASCII character, so it never passes. */
function mostlyUtf8(buf: Buffer): string | null {
  // A stream cut inside its last character: everything before the cut is clean UTF-8.
  const cut = trailingPartialStart(buf);
  if (cut > 0 && cut < buf.length) {
    try {
      return utf8Strict.decode(buf.subarray(0, cut)) + "\ufffd";
    } catch {
      // damaged elsewhere too
    }
  }
  const text = utf8Lossy.decode(buf);
  let bad = 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad++;
    else if (c > 0x7f) wide++;
  }
  // genuine U+FFFD characters in the input are not damage
  let genuine = 0;
  for (let at = buf.indexOf(REPLACEMENT_UTF8); at >= 0; at = buf.indexOf(REPLACEMENT_UTF8, at + 3)) genuine++;
  bad -= genuine;
  if (bad <= 0 || wide < 8) return null;
  return bad * 10 <= wide ? text : null;
}
const REPLACEMENT_UTF8 = Buffer.from([0xef, 0xbf, 0xbd]);

/** Where an incomplete multi-byte sequence at the end of `buf` starts, else buf.length. */
function trailingPartialStart(buf: Buffer): number {
  for (let k = 1; k <= 3 && k <= buf.length; k++) {
    const b = buf[buf.length - k];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? buf.length - k : buf.length;
  }
  return buf.length;
}

/** UTF-16 without a BOM: read the start both ways and keep the reading whose code units are
 *  almost all plausible in Chinese text (ASCII, CJK ideographs and punctuation, full-width
 *  forms). GB18030 or Big5 bytes read as UTF-16 land on such units only about half the time. */
function guessUtf16(buf: Buffer): "utf-16le" | "utf-16be" | null {
  const n = Math.min(buf.length, 8192) & ~1;
  if (n < 8) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (plausibleUnit(buf[i] | (buf[i + 1] << 8))) le++;
    if (plausibleUnit((buf[i] << 8) | buf[i + 1])) be++;
  }
  const units = n / 2;
  if (le >= units * 0.95 && le > be) return "utf-16le";
  if (be >= units * 0.95 && be > le) return "utf-16be";
  return null;
}

function plausibleUnit(u: number): boolean {
  return (
    (u >= 0x20 && u < 0x7f) || u === 0x0a || u === 0x0d || u === 0x09 ||
    (u >= 0x4e00 && u <= 0x9fff) || // CJK unified ideographs
    (u >= 0x3000 && u <= 0x303f) || // CJK punctuation
    (u >= 0xff00 && u <= 0xffef) || // full-width forms
    (u >= 0x2010 && u <= 0x206f) // general punctuation: “ ” — …
  );
}
