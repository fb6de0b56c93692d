// One nodejieba instance for the whole process, loaded on first use with the trimmed
// dictionary that `npm run build` writes to dist/dict (see scripts/build-dict.mjs).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import jieba from "nodejieba";

export interface Token {
  word: string;
  tag: string;
  /** Offsets into the string that was segmented. */
  start: number;
  end: number;
}

let loaded = false;

function dictDir(): string {
  // dist/segment.js → dist/dict; under vitest (src/segment.ts) → ../dist/dict
  const here = dirname(fileURLToPath(import.meta.url));
  for (const d of [join(here, "dict"), join(here, "..", "dist", "dict")]) if (existsSync(join(d, "jieba.dict.utf8"))) return d;
  return "";
}

function ensureLoaded(): void {
  if (loaded) return;
  const dir = dictDir();
  // nodejieba aborts the whole process on a missing file, so every path is checked first;
  // without our trimmed dictionary (not built yet), fall back to nodejieba's own.
  const files = ["jieba.dict.utf8", "hmm_model.utf8", "user.dict.utf8", "idf.utf8", "stop_words.utf8"];
  if (dir && files.every((f) => existsSync(join(dir, f)))) {
    jieba.load({
      dict: join(dir, "jieba.dict.utf8"),
      hmmDict: join(dir, "hmm_model.utf8"),
      userDict: join(dir, "user.dict.utf8"),
      idfDict: join(dir, "idf.utf8"),
      stopWordDict: join(dir, "stop_words.utf8"),
    });
  } else {
    jieba.load();
  }
  loaded = true;
}

/** Segments `text` with POS tags; offsets refer to `text`. The words are `cut`'s, each tagged
 *  by `tagOfWord` (about a third of jieba.tag's CPU on a short text), or, where some word has no
 *  tag of its own that way, by jieba.tag itself. */
export function tag(text: string): Token[] {
  if (!text) return [];
  ensureLoaded();
  const words = jieba.cut(text, true);
  const tags: string[] = [];
  for (const w of words) {
    const t = tagOfWord(w);
    if (t === null) return tagWhole(text);
    tags.push(t);
  }
  return placed(text, words, tags);
}

function tagWhole(text: string): Token[] {
  const tagged = jieba.tag(text);
  return placed(
    text,
    tagged.map((t) => t.word),
    tagged.map((t) => t.tag),
  );
}

function placed(text: string, words: string[], tags: string[]): Token[] {
  const out: Token[] = [];
  let pos = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k];
    const at = text.indexOf(word, pos);
    const start = at >= 0 ? at : pos;
    out.push({ word, tag: tags[k], start, end: start + word.length });
    pos = start + word.length;
  }
  return out;
}

// Tags of words seen, per process (a word's tag is the same wherever it stands; the vocabulary
// of a batch is bounded, and so is this map).
const wordTags = new Map<string, string | null>();
const WORD_TAGS_MAX = 50_000;

/** jieba's part-of-speech tag of `word` as one word of a segmentation. jieba tags each word of
 *  its segmentation by itself, whatever stands around it: its tag in the dictionary, else one
 *  read off its characters (cppjieba's PosTagger::LookupTag). So `word` tagged alone has the
 *  tag it has anywhere, wherever jieba keeps it whole alone; null where jieba would cut it. */
export function tagOfWord(word: string): string | null {
  let t = wordTags.get(word);
  if (t === undefined) {
    ensureLoaded();
    const tagged = jieba.tag(word);
    t = tagged.length === 1 && tagged[0].word === word ? tagged[0].tag : null;
    if (wordTags.size < WORD_TAGS_MAX) wordTags.set(word, t);
  }
  return t;
}

/** Segments `text` into words, with the HMM on: the same segmentation `tag` gives, for about
 *  half the CPU (no part-of-speech lookup). */
export function cut(text: string): string[] {
  if (!text) return [];
  ensureLoaded();
  return jieba.cut(text, true);
}

/** Offsets in `text` where a word starts (and `text.length`), from `cut`. */
export function wordBoundaries(text: string): number[] {
  const out: number[] = [];
  let pos = 0;
  for (const w of cut(text)) {
    const at = text.indexOf(w, pos);
    pos = (at >= 0 ? at : pos) + w.length;
    out.push(at >= 0 ? at : pos - w.length);
  }
  out.push(text.length);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Where jieba must keep a word whole, known without calling it.
//
// jieba (cppjieba's MixSegment) first finds the most probable path through the words of its
// dictionary (MPSegment), then re-cuts only runs of single characters with its HMM. So where no
// dictionary word of two or more characters runs across either end of a span, every path passes
// through both ends, the best path is the best path of the parts, and inside the span it is the
// span's own best path alone; if that is the span as one word (`cut` with the HMM off), the
// HMM never sees it: jieba's words of any window holding the span have it as one word. The
// region extractor asks this of every name before it pays for a call to jieba (about 20 µs a
// window in a batch, the dictionary's tables cold after our own scans).

let dictWords: DictionaryWords | null | undefined;
const wholeAlone = new Map<string, boolean>();
const WHOLE_ALONE_MAX = 50_000;

interface DictionaryWords {
  /** the words of three or more characters, and their proper prefixes of three or more
   *  (flagged 0) */
  entries: Map<string, 0 | 1>;
  /** the same of two characters, keyed by their char codes (first << 16 | second): asked at
   *  every position, answered without making a string */
  pairs: Map<number, 0 | 1>;
  /** the longest word (in UTF-16 units) starting with each character */
  longest: Uint8Array;
}

/** The words of the dictionary jieba loaded (ours, dist/dict), or null where it loaded its own
 *  default dictionaries (we do not read those). */
function dictionaryWords(): DictionaryWords | null {
  if (dictWords !== undefined) return dictWords;
  const dir = dictDir();
  if (!dir) return (dictWords = null);
  const entries = new Map<string, 0 | 1>();
  const pairs = new Map<number, 0 | 1>();
  const longest = new Uint8Array(65536);
  for (const file of ["jieba.dict.utf8", "user.dict.utf8"]) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    for (let s = 0; s < text.length; ) {
      let e = text.indexOf("\n", s);
      if (e < 0) e = text.length;
      let w = text.indexOf(" ", s);
      if (w < 0 || w > e) w = e;
      const word = w - s >= 2 ? text.slice(s, w).trim() : "";
      if (word.length >= 2) {
        const pair = pairKey(word, 0);
        if (word.length === 2) pairs.set(pair, 1);
        else {
          if (!pairs.has(pair)) pairs.set(pair, 0);
          entries.set(word, 1);
          for (let k = 3; k < word.length; k++) {
            const prefix = word.slice(0, k);
            if (!entries.has(prefix)) entries.set(prefix, 0);
          }
        }
        const c = word.charCodeAt(0);
        longest[c] = Math.min(255, Math.max(longest[c], word.length));
      }
      s = e + 1;
    }
  }
  return (dictWords = { entries, pairs, longest });
}

/** The two char codes at `i` as one small integer. */
function pairKey(text: string, i: number): number {
  return ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) | 0;
}

/** Whether some dictionary word of two or more characters lying inside [from, to) of `text`
 *  runs across offset `at` (starts before it and ends after it). Null where the dictionary is
 *  not ours. */
export function dictWordAcross(text: string, from: number, to: number, at: number): boolean | null {
  const dict = dictionaryWords();
  if (!dict) return null;
  const { entries, pairs, longest } = dict;
  for (let p = at - 1; p >= from && at - p < 255; p--) {
    const max = Math.min(longest[text.charCodeAt(p)], to - p);
    if (max <= at - p) continue;
    // (along the word's prefixes: most stop at the first two characters)
    const pair = pairs.get(pairKey(text, p));
    if (pair === undefined) continue;
    if (pair === 1 && p + 2 > at) return true;
    for (let len = 3; len <= max; len++) {
      const kind = entries.get(text.slice(p, p + len));
      if (kind === undefined) break;
      if (kind === 1 && p + len > at) return true;
    }
  }
  return false;
}

/** Whether jieba's best path through its dictionary alone (no HMM) keeps `word` whole. */
export function keptWholeAlone(word: string): boolean {
  let whole = wholeAlone.get(word);
  if (whole === undefined) {
    ensureLoaded();
    const words = jieba.cut(word, false);
    whole = words.length === 1 && words[0] === word;
    if (wholeAlone.size < WHOLE_ALONE_MAX) wholeAlone.set(word, whole);
  }
  return whole;
}

/** Whether every segmentation by jieba of [from, to) of `text` has [start, end) as one word,
 *  known without segmenting (see above): true only where that is certain; false where it is
 *  not known (the caller segments). */
export function certainlyOneWord(text: string, from: number, to: number, start: number, end: number): boolean {
  if (end - start < 2 || start < from || end > to) return false;
  if (dictWordAcross(text, from, to, start) !== false) return false;
  if (dictWordAcross(text, from, to, end) !== false) return false;
  return keptWholeAlone(text.slice(start, end));
}
