#!/usr/bin/env node
// Build-time: a trimmed jieba dictionary into dist/dict/: the 15,000 most frequent entries of
// nodejieba's own dictionary, those of the next 15,000 that hold a region name, and policyx's
// vocabulary. nodejieba's full dictionaries take ~1.5-3 s and ~300 MB to load; this one loads
// in about a twentieth of that (nodejieba builds every dictionary twice, once for its keyword
// extractor, so each word costs twice). The size was chosen with scripts/bench-dict.mjs: every
// test and the eval scores are the same as with 30,000 words, which load in nearly twice the
// time; at 12,000 rarer words (海区, 农户) become unknown and rules that read a word's tag
// change their answer. Run by `npm run build`, after build-gazetteer (it reads the names).
import { mkdirSync, readFileSync, writeFileSync, existsSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const KEEP = Number(process.env.POLICYX_DICT_WORDS ?? 15000);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const iconv = require("iconv-lite");
let hmmAll = 0;
let hmmKept = 0;
const jiebaDir = join(dirname(require.resolve("nodejieba/package.json")), "submodules/cppjieba/dict");
const out = join(root, "dist/dict");
mkdirSync(out, { recursive: true });

const entries = readFileSync(join(jiebaDir, "jieba.dict.utf8"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => line.split(" "))
  // cppjieba aborts the process on a malformed line ("split result illegal"): keep only word freq tag
  .filter((p) => p.length === 3 && p[0] && /^\d+$/.test(p[1]) && p[2]);
entries.sort((a, b) => Number(b[1]) - Number(a[1]));
// The 30,000 most frequent words decide how jieba segments around region names; beyond the
// most frequent KEEP, those of them that hold a region name (大理石, 威海, 长沙市) are kept too,
// so that a name segments as it does with the larger dictionary the regions rules were
// tuned on.
const NAME_POOL = 30000;
// (and canals: 大运河 holds 运河, 沧州's 运河区)
const MOUNTAIN_ENDINGS = /(山|山脉|岭|运河)$/;
const MOUNTAIN_MIN_FREQ = 20;
const kept = entries.slice(0, KEEP);
const gazFile = join(root, "dist/data/gazetteer.json");
if (KEEP < NAME_POOL) {
  if (!existsSync(gazFile)) throw new Error("build-dict: dist/data/gazetteer.json is missing; run build-gazetteer.mjs first");
  const g = JSON.parse(readFileSync(gazFile, "utf8"));
  const byLength = new Map();
  for (const e of g.entries) for (const n of [e[1], ...(e[4] ?? [])]) {
    if (!byLength.has(n.length)) byLength.set(n.length, new Set());
    byLength.get(n.length).add(n);
  }
  const holdsName = (w) => {
    for (const [len, names] of byLength) for (let i = 0; i + len <= w.length; i++) if (names.has(w.slice(i, i + len))) return true;
    return false;
  };
  for (const p of entries.slice(KEEP, NAME_POOL)) if (holdsName(p[0])) kept.push(p);
  // Mountains, ranges and canals named after a place or holding one (贺兰山东麓, 小兴安岭, 大运河),
  // and people's names that hold one (阎锡山): kept whole, their places are no mention. From
  // the whole dictionary, as most are rarer than NAME_POOL.
  const holdsInnerName = (w) => {
    for (const [len, names] of byLength) for (let i = 0; i + len <= w.length; i++) if (len < w.length && names.has(w.slice(i, i + len))) return true;
    return false;
  };
  const keptWords = new Set(kept.map((p) => p[0]));
  for (const p of entries.slice(NAME_POOL))
    if (p[0].length >= 3 && MOUNTAIN_ENDINGS.test(p[0]) && Number(p[1]) >= MOUNTAIN_MIN_FREQ && !keptWords.has(p[0]) && holdsInnerName(p[0])) kept.push(p);
}

// policyx's own vocabulary: words the extractors care about being kept whole.
const vocabFile = join(root, "src/data/vocabulary.txt");
const vocab = existsSync(vocabFile)
  ? readFileSync(vocabFile, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
  : [];
const have = new Set(kept.map((p) => p[0]));
for (const line of vocab) {
  const [word, tag = "n"] = line.split(/\s+/);
  if (word && !/\s/.test(word) && !have.has(word)) kept.push([word, "1000", tag]);
}
// Each file is written beside its place and renamed into it, so that a process loading the
// dictionary while a build runs never reads half a file (cppjieba aborts on a torn line).
const put = (name, content) => {
  const tmp = join(out, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, join(out, name));
};
put("jieba.dict.utf8", kept.map((p) => p.join(" ")).join("\n") + "\n");
put("hmm_model.utf8", trimHmmModel(readFileSync(join(jiebaDir, "hmm_model.utf8"), "utf8")));
// Keyword extraction is not used; these only have to be valid non-empty files (cppjieba
// asserts on an empty stop-word list, which aborts the process).
put("user.dict.utf8", "区块链 n\n");
put("idf.utf8", "区块链 10.0\n");
put("stop_words.utf8", "的\n");
console.log(`dist/dict: ${kept.length} words, HMM emissions for ${hmmKept} of ${hmmAll} characters × states`);

/** The HMM model with its emission tables cut to the characters of GB 2312 (the 6,763 hanzi in
 *  everyday Simplified use): segmentation runs after conversion to Simplified, so the model's
 *  Traditional and rare characters (38% of its entries) are never looked up where it matters,
 *  and nodejieba parses the model twice on every load; the characters of the gazetteer's names
 *  are kept too. Every test and eval score is unchanged. */
function trimHmmModel(model) {
  // (and the characters of every division's name, some outside GB 2312: 硚口区, 埇桥区)
  const common = new Set(existsSync(gazFile) ? JSON.parse(readFileSync(gazFile, "utf8")).entries.flatMap((e) => [...e[1]]) : []);
  for (let hi = 0xb0; hi <= 0xf7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = iconv.decode(Buffer.from([hi, lo]), "gb2312");
      if (ch.length === 1 && ch !== "\ufffd") common.add(ch);
    }
  return model
    .split("\n")
    .map((line) => {
      // emission lines are "字:logprob,字:logprob,…"; the header, start and transition lines stay
      if (line.startsWith("#") || !/^[^,]+:-?[\d.e+-]+(,|$)/.test(line)) return line;
      const entries = line.split(",");
      const keep = entries.filter((e) => common.has(e.slice(0, e.indexOf(":"))));
      hmmAll += entries.length;
      hmmKept += keep.length;
      return keep.join(",");
    })
    .join("\n");
}
