// opencc-js's Traditional (Taiwan) → mainland Simplified conversion, in a module of its own so
// that a run over Simplified text never loads it (see `simplifier` in ./normalize.ts).
//
// The tries are opencc-js's own, built from its dictionaries as its ConverterFactory builds them;
// only the walk over them is ours. opencc's `Trie.convert` asks `matchPrefix` at every character,
// which looks the character up in a Map, makes an object per match and steps over characters by
// code point. For a string of BMP characters with no ideographic description sequence (nearly
// every text) the walk below learns once per character what it starts (nothing, a key of its
// own, or longer keys: read off the trie's root on first sight), so that most characters cost an
// array read; only those that start longer keys walk the trie's nodes, by char code; and the
// result is written into a copy of the string. Any other
// string is left to opencc's own `Trie.convert`, and so is everything if the trie's nodes are not
// the Maps this walk expects (another opencc-js version): the output is always opencc's
// (test/simplify.test.ts compares the two).
import { Trie, type DictGroup } from "opencc-js/core";
import fromTaiwan from "opencc-js/from/tw";
import toMainland from "opencc-js/to/cn";
import { provideSimplifier } from "./normalize.js";

/** A trie node as opencc-js 1.x builds it: a Map from code point to child, and the value of the
 *  key ending here, if any, as the property `trie_val`. */
type TrieNode = Map<number, TrieNode> & { trie_val?: string };

/** Astral characters (surrogates) and ideographic description characters: opencc's own scan. */
const OWN_SCAN = /[\ud800-\udfff\u2ff0-\u2fff]/;
const utf16 = new TextDecoder("utf-16le");

/** What a character starts in a trie, learned on first sight (most characters of a text are
 *  looked up many times): nothing, only a key of its own (whose one-unit value is kept by char
 *  code), or longer keys, which are walked. */
const UNKNOWN = 0;
const NO_KEY = 1;
const OWN_KEY = 2;
const LONGER_KEYS = 3;

interface Stage {
  trie: Trie;
  root: TrieNode;
  starts: Uint8Array;
  ownValue: Uint16Array;
}

function learn(stage: Stage, c: number): number {
  const node = stage.root.get(c);
  let kind = NO_KEY;
  if (node !== undefined) {
    const v = node.trie_val;
    if (node.size === 0 && v !== undefined && v.length === 1) {
      stage.ownValue[c] = v.charCodeAt(0);
      kind = OWN_KEY;
    } else kind = LONGER_KEYS;
  }
  stage.starts[c] = kind;
  return kind;
}

function convertWith(stage: Stage, s: string): string {
  const { trie, root, starts, ownValue } = stage;
  if (OWN_SCAN.test(s)) return trie.convert(s);
  const n = s.length;
  let out: Uint16Array | undefined;
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let kind = starts[c];
    if (kind === UNKNOWN) kind = learn(stage, c);
    if (kind === NO_KEY) {
      i++;
      continue;
    }
    if (kind === OWN_KEY) {
      const v = ownValue[c];
      if (v !== c) (out ??= unitsOf(s))[i] = v;
      i++;
      continue;
    }
    // the longest key from i: opencc's matchPrefix, by char code
    let at: TrieNode | undefined = root.get(c)!;
    let value = at.trie_val;
    let end = i + 1;
    for (let j = i + 1; j < n && at.size > 0; ) {
      at = at.get(s.charCodeAt(j++));
      if (at === undefined) break;
      if (at.trie_val !== undefined) (value = at.trie_val), (end = j);
    }
    if (value === undefined) {
      i++;
      continue;
    }
    // (a replacement of another length: opencc's own scan, from scratch)
    if (value.length !== end - i) return trie.convert(s);
    for (let k = 0; k < value.length; k++) {
      const v = value.charCodeAt(k);
      if (v !== s.charCodeAt(i + k)) (out ??= unitsOf(s))[i + k] = v;
    }
    i = end;
  }
  return out === undefined ? s : utf16.decode(out);
}

function unitsOf(s: string): Uint16Array {
  const units = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) units[i] = s.charCodeAt(i);
  return units;
}

/** The converter: each group of dictionaries a trie, applied in order (Taiwan variants, then
 *  Traditional → Simplified phrases and characters), as opencc-js's ConverterFactory chains them. */
export function makeSimplifier(): (s: string) => string {
  const groups = [...(fromTaiwan as unknown as DictGroup[]), ...(toMainland as unknown as DictGroup[])];
  const tries = groups.map((group) => {
    const trie = new Trie();
    trie.loadDictGroup(group);
    return trie;
  });
  const roots = tries.map((trie) => (trie as unknown as { map?: unknown }).map);
  if (!roots.every((root) => root instanceof Map)) return (s: string) => tries.reduce((out, trie) => trie.convert(out), s);
  const stages: Stage[] = tries.map((trie, k) => ({ trie, root: roots[k] as TrieNode, starts: new Uint8Array(65536), ownValue: new Uint16Array(65536) }));
  return (s: string) => {
    let out = s;
    for (const stage of stages) out = convertWith(stage, out);
    return out;
  };
}

provideSimplifier(makeSimplifier);
