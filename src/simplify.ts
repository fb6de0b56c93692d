// opencc-js's Traditional (Taiwan) → mainland Simplified conversion, in a module of its own so
// that a run over Simplified text never loads it (see `simplifier` in ./normalize.ts).
//
// The tries are opencc-js's own, built from its dictionaries as its ConverterFactory builds them,
// and every match is its own `Trie.matchPrefix`; only the scan between matches is ours. opencc's
// scan asks the trie at every character, and most characters start no key, or only a key of one
// character: here bits per character say which can start a key and which a longer one, a set of
// the first two characters of the longer keys says where one may match, and the trie is walked
// only there (elsewhere the one-character entry is the match, read from a map). A string holding
// a character opencc steps over in its own way (an astral character, an ideographic description
// sequence) is left to opencc's own `Trie.convert` whole, so the output is always opencc's
// (test/simplify.test.ts compares the two).
import { Trie, type DictGroup, type DictLike } from "opencc-js/core";
import fromTaiwan from "opencc-js/from/tw";
import toMainland from "opencc-js/to/cn";
import { provideSimplifier } from "./normalize.js";

interface Stage {
  trie: Trie;
  /** One bit per UTF-16 unit that starts a key of the trie. */
  firsts: Uint32Array;
  /** …and one per unit that starts a key of two units or more, with the first two units of
   *  every such key (as `pair`). */
  longFirsts: Uint32Array;
  longPairs: Set<number>;
  longPairBits: Uint32Array;
  /** A unit that starts no longer key: its own entry's value (the trie's only match there);
   *  in `singleUnit` too where that value is one unit (else 0 there). */
  single: Map<number, string>;
  singleUnit: Uint16Array;
}

const hasBit = (bits: Uint32Array, c: number) => ((bits[c >>> 5] >>> (c & 31)) & 1) === 1;
const setBit = (bits: Uint32Array, c: number) => (bits[c >>> 5] |= 1 << (c & 31));
const pair = (c: number, d: number) => (c << 16) | d;
// A bit per hash of a pair: most pairs start no longer key, and a bit test answers those
// without the set's look-up.
const PAIR_BITS = 20;
const pairHash = (c: number, d: number) => (Math.imul(c, 0x9e3779b1) ^ d) >>> (32 - PAIR_BITS);

function makeStage(group: DictGroup): Stage {
  const trie = new Trie();
  trie.loadDictGroup(group);
  const firsts = new Uint32Array(2048);
  const longFirsts = new Uint32Array(2048);
  const longPairs = new Set<number>();
  const longPairBits = new Uint32Array(1 << (PAIR_BITS - 5));
  const singles = new Set<string>();
  const key = (k: string) => {
    if (!k) return;
    setBit(firsts, k.charCodeAt(0));
    if (k.length > 1) {
      setBit(longFirsts, k.charCodeAt(0));
      longPairs.add(pair(k.charCodeAt(0), k.charCodeAt(1)));
      setBit(longPairBits, pairHash(k.charCodeAt(0), k.charCodeAt(1)));
    } else singles.add(k);
  };
  for (const dict of group as readonly DictLike[]) {
    if (typeof dict === "string") {
      // "key value|key value|…", read by index without splitting the whole dictionary
      for (let i = 0; i < dict.length; ) {
        const space = dict.indexOf(" ", i);
        const bar = dict.indexOf("|", i);
        const end = bar < 0 ? dict.length : bar;
        key(dict.slice(i, space < 0 || space > end ? end : space));
        if (bar < 0) break;
        i = bar + 1;
      }
    } else for (const [k] of dict) key(k);
  }
  // (the value the trie holds, whichever dictionary of the group gave it)
  const single = new Map<number, string>();
  for (const k of singles) {
    const m = trie.matchPrefix(k, 0);
    if (m) single.set(k.charCodeAt(0), m.value);
  }
  const singleUnit = new Uint16Array(65536);
  for (const [c, value] of single) if (value.length === 1 && value.charCodeAt(0) !== 0) singleUnit[c] = value.charCodeAt(0);
  return { trie, firsts, longFirsts, longPairs, longPairBits, single, singleUnit };
}

const utf16 = new TextDecoder("utf-16le");

/** One stage over `s`. Where every match so far has the length of what it replaces (nearly
 *  always: one character for one), the result is written unit by unit into a copy of `s`;
 *  the first match that changes the length hands over to `convertStageByParts` from scratch. */
function convertStage(stage: Stage, s: string): string {
  const { trie, firsts, longFirsts, singleUnit } = stage;
  let out: Uint16Array | undefined;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    // (surrogates and ideographic description characters: opencc's own scan, for the whole string)
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2ff0 && c <= 0x2fff)) return trie.convert(s);
    if (!hasBit(firsts, c)) {
      i++;
      continue;
    }
    // (past the end, charCodeAt is NaN and no pair matches)
    if (!hasBit(longFirsts, c) || !mayStartLongKey(stage, c, s.charCodeAt(i + 1))) {
      const unit = singleUnit[c];
      if (unit === 0) {
        if (stage.single.has(c)) return convertStageByParts(stage, s);
      } else if (unit !== c) (out ??= unitsOf(s))[i] = unit;
      i++;
      continue;
    }
    const m = trie.matchPrefix(s, i);
    if (!m) {
      i++;
      continue;
    }
    if (m.value.length !== m.end - i) return convertStageByParts(stage, s);
    if (m.value !== s.slice(i, m.end)) {
      out ??= unitsOf(s);
      for (let k = 0; k < m.value.length; k++) out[i + k] = m.value.charCodeAt(k);
    }
    i = m.end;
  }
  return out ? utf16.decode(out) : s;
}

function mayStartLongKey(stage: Stage, c: number, d: number): boolean {
  return d === d && hasBit(stage.longPairBits, pairHash(c, d)) && stage.longPairs.has(pair(c, d));
}

function unitsOf(s: string): Uint16Array {
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  return units;
}

function convertStageByParts(stage: Stage, s: string): string {
  const { trie, firsts, longFirsts, single } = stage;
  const parts: string[] = [];
  let copied = 0;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2ff0 && c <= 0x2fff)) return trie.convert(s);
    if (!hasBit(firsts, c)) {
      i++;
      continue;
    }
    let value: string | undefined;
    let end = i + 1;
    if (!hasBit(longFirsts, c) || !mayStartLongKey(stage, c, s.charCodeAt(i + 1))) value = single.get(c);
    else {
      const m = trie.matchPrefix(s, i);
      if (m) (value = m.value), (end = m.end);
    }
    if (value === undefined) {
      i++;
      continue;
    }
    if (copied < i) parts.push(s.slice(copied, i));
    parts.push(value);
    i = copied = end;
  }
  if (parts.length === 0) return s;
  if (copied < s.length) parts.push(s.slice(copied));
  return parts.join("");
}

/** The converter: each group of dictionaries a stage, in order (Taiwan variants, then
 *  Traditional → Simplified phrases and characters), as opencc-js's ConverterFactory chains them. */
export function makeSimplifier(): (s: string) => string {
  const groups = [...(fromTaiwan as unknown as DictGroup[]), ...(toMainland as unknown as DictGroup[])];
  const stages = groups.map(makeStage);
  return (s: string) => {
    let out = s;
    for (const stage of stages) out = convertStage(stage, out);
    return out;
  };
}

provideSimplifier(makeSimplifier);
