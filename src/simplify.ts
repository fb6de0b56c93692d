// Traditional (Hong Kong and Taiwan variants) → mainland Simplified, as opencc-js converts it
// (`hk`'s and `tw`'s variants reversed, then `cn`), in a
// module of its own so that a run over Simplified text never loads it (see `simplifier` in
// ./normalize.ts).
//
// opencc-js builds a trie of Maps from its dictionaries on every start (some 40 ms, most of a
// Traditional article's extra cold-start time) and asks it at every character. The same entries,
// resolved by opencc-js's own tries, are stored at build time (scripts/build-simplifier.mjs →
// dist/data/simplifier.json; derived again here where that file is missing). Per stage: the
// one-character keys with their values, by char code, and the longer keys (phrases) by first
// character, longest first. A character then costs an array read; only one that opens a phrase
// compares that phrase's few candidates. A string this reading does not cover (an astral
// character, an ideographic description sequence, a replacement of another length) is
// converted by opencc-js's own converter, built only then. The output is always opencc-js's
// (test/simplify.test.ts compares the two).
import { ConverterFactory, Trie, type DictGroup, type DictLike } from "opencc-js/core";
import fromHongKong from "opencc-js/from/hk";
import fromTaiwan from "opencc-js/from/tw";
import toMainland from "opencc-js/to/cn";
import { provideSimplifier } from "./normalize.js";
import { readDataFile } from "./data-file.js";
import { deriveGazetteerData, type GazetteerData } from "./gazetteer.js";

/** One stage's entries: `chars` pairs each one-character key with its value (as "kv…", where
 *  the value is one character too); `others` the one-character keys whose value is not; and
 *  `phrases` the longer keys with their values. Values as opencc-js's trie resolves them (of
 *  two dictionaries of a group giving one key, the first). */
export interface SimplifierStage {
  chars: string;
  others: Array<[string, string]>;
  phrases: Array<[string, string]>;
}
export interface SimplifierData {
  version: 2;
  stages: SimplifierStage[];
  /** Names of divisions that GB/T 2260 writes with a character the conversion changes (乾安县,
   *  乾县: 乾 is also the Traditional form of 干): kept as written (see `keepingNames`). */
  keep?: string[];
}

// Hong Kong's variant characters first (中衞市, 綫, 説: HKVariantsRev, some sixty), then Taiwan's,
// then Traditional → mainland Simplified: Hong Kong reports are as common in a collection as
// Taiwan ones, and their variants are no Taiwan or mainland form (衞 stayed 衞, 中衞 no 中卫).
const CHAIN = (): DictGroup[][] => [fromHongKong as unknown as DictGroup[], fromTaiwan as unknown as DictGroup[], toMainland as unknown as DictGroup[]];
const GROUPS = (): DictGroup[] => CHAIN().flat();

/** The entries of every stage, read from opencc-js's dictionaries and resolved by its tries. */
export function deriveSimplifierData(): SimplifierData {
  const stages = GROUPS().map((group): SimplifierStage => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    const keys = new Set<string>();
    for (const dict of group as readonly DictLike[]) {
      if (typeof dict === "string") {
        for (const entry of dict.split("|")) {
          const key = entry.split(" ")[0];
          if (key) keys.add(key);
        }
      } else for (const [key] of dict) if (key) keys.add(key);
    }
    let chars = "";
    const others: Array<[string, string]> = [];
    const phrases: Array<[string, string]> = [];
    for (const key of [...keys].sort()) {
      // (the key alone: its longest match is itself)
      const value = trie.matchPrefix(key, 0)?.value;
      if (value === undefined) continue;
      if (key.length > 1) phrases.push([key, value]);
      else if (value.length === 1) chars += key + value;
      else others.push([key, value]);
    }
    return { chars, others, phrases };
  });
  return { version: 2, stages };
}

function storedData(): SimplifierData | undefined {
  // (derived again where it is missing or damaged)
  return readDataFile<SimplifierData>("simplifier.json", (data) => data.version === 2 && Array.isArray(data.stages));
}

/** What a character opens, by char code. */
const NOTHING = 0;
const OWN_KEY = 1; // only a one-character key, whose one-character value is in `own`
const PHRASES = 2; // longer keys (and perhaps a one-character key too)
const OTHER = 3; // a one-character key whose value is not one character

interface Stage {
  opens: Uint8Array;
  own: Uint16Array;
  /** phrases by their first, then second char code, longest first (one list per first char
   *  would be scanned whole at each of its common characters: 一, 不, 中 open a hundred keys) */
  phrases: Map<number, Map<number, Array<[string, string]>>>;
  /** A bit per hash of a phrase's first two char codes (pairHash): where it is clear, no phrase
   *  starts with that pair and the two map lookups are spared (most places where a phrase's first
   *  character stands, 一, 不, 中, open none). */
  pairs: Uint32Array;
}

const PAIR_BITS = 16;
/** The bit of a pair of char codes in Stage.pairs. */
function pairHash(c: number, d: number): number {
  return (Math.imul(c, 0x9e3779b1) + Math.imul(d, 0x85ebca6b)) >>> (32 - PAIR_BITS);
}

function makeStage(data: SimplifierStage): Stage {
  const opens = new Uint8Array(65536);
  const own = new Uint16Array(65536);
  for (let i = 0; i + 1 < data.chars.length; i += 2) {
    const c = data.chars.charCodeAt(i);
    own[c] = data.chars.charCodeAt(i + 1);
    opens[c] = OWN_KEY;
  }
  for (const [key] of data.others) opens[key.charCodeAt(0)] = OTHER;
  const phrases = new Map<number, Map<number, Array<[string, string]>>>();
  const pairs = new Uint32Array((1 << PAIR_BITS) >>> 5);
  for (const entry of data.phrases) {
    // (every phrase key has two characters or more)
    const c = entry[0].charCodeAt(0);
    const d = entry[0].charCodeAt(1);
    const byNext = phrases.get(c) ?? phrases.set(c, new Map()).get(c)!;
    (byNext.get(d) ?? byNext.set(d, []).get(d)!).push(entry);
    const h = pairHash(c, d);
    pairs[h >>> 5] |= 1 << (h & 31);
    if (opens[c] !== OTHER) opens[c] = PHRASES;
  }
  for (const byNext of phrases.values()) for (const list of byNext.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { opens, own, phrases, pairs };
}

/** Astral characters (surrogates) and ideographic description characters: opencc-js's own scan. */
const OWN_SCAN = /[\ud800-\udfff\u2ff0-\u2fff]/;
// (ignoreBOM: a leading U+FEFF of the text is text here, kept as it is)
const utf16 = new TextDecoder("utf-16le", { ignoreBOM: true });

/** One stage over the text's units, in place (a key is replaced by a value of its own length,
 *  so what lies ahead is still the stage's input): whether it changed any, or null where
 *  opencc-js's own converter must do the whole string. */
function convertStage({ opens, own, phrases, pairs }: Stage, u: Uint16Array): boolean | null {
  const n = u.length;
  let changed = false;
  for (let i = 0; i < n; ) {
    const c = u[i];
    const kind = opens[c];
    if (kind === NOTHING) {
      i++;
      continue;
    }
    if (kind === OTHER) return null;
    if (kind === PHRASES && i + 1 < n) {
      // the longest key that stands at i (opencc's matchPrefix); else the character's own
      const d = u[i + 1];
      const h = pairHash(c, d);
      const list = (pairs[h >>> 5] & (1 << (h & 31))) === 0 ? undefined : phrases.get(c)!.get(d);
      let key: [string, string] | undefined;
      if (list !== undefined) {
        for (let e = 0; e < list.length; e++) {
          if (unitsStartWith(u, i, list[e][0])) {
            key = list[e];
            break;
          }
        }
      }
      if (key !== undefined) {
        const [k, v] = key;
        if (v.length !== k.length) return null;
        for (let x = 0; x < v.length; x++) {
          const value = v.charCodeAt(x);
          if (value !== u[i + x]) {
            u[i + x] = value;
            changed = true;
          }
        }
        i += k.length;
        continue;
      }
    }
    const value = own[c];
    if (value !== 0 && value !== c) {
      u[i] = value;
      changed = true;
    }
    i++;
  }
  return changed;
}

/** Whether `key` stands in `u` at `i`. */
function unitsStartWith(u: Uint16Array, i: number, key: string): boolean {
  if (i + key.length > u.length) return false;
  for (let x = 0; x < key.length; x++) if (u[i + x] !== key.charCodeAt(x)) return false;
  return true;
}

function unitsOf(s: string): Uint16Array {
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  return units;
}

/** The converter, from `data` (default: as `npm run build` stored it, else derived now). */
export function makeSimplifier(data: SimplifierData = storedData() ?? deriveSimplifierData()): (s: string) => string {
  const stages = data.stages.map(makeStage);
  let opencc: ((s: string) => string) | undefined;
  const byOpencc = (s: string) => (opencc ??= ConverterFactory(...(CHAIN() as never[])))(s);
  return (s: string) => {
    if (OWN_SCAN.test(s)) return byOpencc(s);
    // (the stages in turn over one copy of the text's units, made into a string once)
    const units = unitsOf(s);
    let changed = false;
    for (const stage of stages) {
      const stageChanged = convertStage(stage, units);
      if (stageChanged === null) return byOpencc(s);
      changed ||= stageChanged;
    }
    return changed ? utf16.decode(units) : s;
  };
}

/** The full names of divisions that `convert` would change, from the gazetteer's data: a
 *  division's name is a name, whatever the converter makes of its characters. (Written in
 *  Traditional, 乾安縣, opencc-js keeps them itself; written in Simplified, 乾安县, it does not.) */
export function namesChangedBy(convert: (s: string) => string, data: GazetteerData = deriveGazetteerData()): string[] {
  const out = new Set<string>();
  // (full names only: a short name, 乾安, is read inside Traditional words too, 餅乾安全)
  for (const [, name] of data.entries) if (convert(name) !== name) out.add(name);
  return [...out].sort((a, b) => b.length - a.length);
}

/** `convert`, with the `names` written in the original put back where it changed them. The
 *  conversion keeps the length of such a name (one character for one), so it stands at the same
 *  offsets in both. */
export function keepingNames(convert: (s: string) => string, names: readonly string[]): (s: string) => string {
  if (names.length === 0) return convert;
  return (s: string) => {
    const out = convert(s);
    if (out === s || out.length !== s.length) return out;
    // (the places found first, then the text put together once: linear however many there are)
    const spans: Array<[number, string]> = [];
    for (const name of names) for (let i = s.indexOf(name); i >= 0; i = s.indexOf(name, i + name.length)) if (!out.startsWith(name, i)) spans.push([i, name]);
    if (spans.length === 0) return out;
    spans.sort((x, y) => x[0] - y[0]);
    const parts: string[] = [];
    let at = 0;
    for (const [i, name] of spans) {
      if (i < at) continue;
      parts.push(out.slice(at, i), name);
      at = i + name.length;
    }
    parts.push(out.slice(at));
    return parts.join("");
  };
}

provideSimplifier(() => {
  const data = storedData();
  const convert = makeSimplifier(data);
  return keepingNames(convert, data?.keep ?? namesChangedBy(convert));
});
