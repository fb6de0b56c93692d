// Sets of characters tested by char code: one bit per UTF-16 unit. `"。！？".includes(text[i])`
// makes a one-character string at every step on Chinese text, and the scans that ask run over
// every character of every text.
export class CharSet {
  private readonly bits = new Uint32Array(2048);
  constructor(chars = "") {
    for (let i = 0; i < chars.length; i++) this.add(chars.charCodeAt(i));
  }
  add(code: number): void {
    this.bits[code >>> 5] |= 1 << (code & 31);
  }
  has(code: number): boolean {
    return ((this.bits[code >>> 5] >>> (code & 31)) & 1) === 1;
  }
  /** Whether `text[i]` is one of the set (false outside the text). */
  at(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    return c === c && this.has(c);
  }
}

/** A filter of char codes that may belong to a set: no false "no", some false "maybe". It keeps
 *  2,048 bits, a code's low 11 bits, where CharSet keeps 65,536: for the tables of words asked at
 *  every character (which characters start a word), whose hash look-up after a "maybe" gives the
 *  exact answer anyway. Seventy of them fit in the CPU's first cache (a CharSet each spread them
 *  over a megabyte, a cache miss on most lookups); measured about 1.5% of the steady cost. */
export class CodeFilter {
  private readonly bits = new Uint32Array(64);
  add(code: number): void {
    this.bits[(code >>> 5) & 63] |= 1 << (code & 31);
  }
  mayHave(code: number): boolean {
    return ((this.bits[(code >>> 5) & 63] >>> (code & 31)) & 1) === 1;
  }
}

/** A Han character's UTF-16 unit: the CJK Unified Ideographs and Extension A. */
/** A Latin letter, by char code. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const isHanCode = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
