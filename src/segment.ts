// One nodejieba instance for the whole process, loaded on first use with the trimmed
// dictionary that `npm run build` writes to dist/dict (see scripts/build-dict.mjs).
import { existsSync } from "node:fs";
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
