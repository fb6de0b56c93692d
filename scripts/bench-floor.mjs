#!/usr/bin/env node
// The throughput floor for `npm run bench`: the irreducible work of a policyx batch run and
// nothing else. It reads every matching file under DIR (sorted, recursed, as policyx does),
// decodes it as UTF-8, converts it Traditional → Simplified with the same opencc-js converter
// policyx uses, and segments it with nodejieba.cut loaded with the same trimmed dictionary
// (dist/dict, built by scripts/build-dict.mjs), HMM on as in policyx's segmentation. No
// extraction, no output.
//
//   node scripts/bench-floor.mjs DIR            → prints one JSON line: {files, bytes, tokens, ms}
//   --convert all          convert every file (default, as the brief specifies)
//   --convert traditional  convert only files holding Traditional characters (what policyx does)
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ConverterFactory } from "opencc-js/core";
import fromTaiwan from "opencc-js/from/tw";
import toMainland from "opencc-js/to/cn";
import tsCharacters from "opencc-js/dict/TSCharacters";
import jieba from "nodejieba";

const started = performance.now();
const args = process.argv.slice(2);
const convertMode = args.includes("--convert") ? args[args.indexOf("--convert") + 1] : "all";
const dir = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--convert");
if (!dir) {
  process.stderr.write("usage: node scripts/bench-floor.mjs DIR [--convert all|traditional]\n");
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dict = join(root, "dist", "dict");
const dictFiles = ["jieba.dict.utf8", "hmm_model.utf8", "user.dict.utf8", "idf.utf8", "stop_words.utf8"];
if (!dictFiles.every((f) => existsSync(join(dict, f)))) {
  process.stderr.write("bench-floor: dist/dict missing; run `npm run build` first\n");
  process.exit(2);
}

const EXTS = new Set(["txt", "md", "html", "htm"]);
function* walk(d) {
  const names = readdirSync(d).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const p = join(d, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (st.isFile() && EXTS.has(extname(name).slice(1).toLowerCase())) yield p;
  }
}

let traditional;
function hasTraditional(s) {
  if (!traditional) {
    traditional = new Set();
    for (const pair of tsCharacters.split("|")) {
      const [from, ...to] = pair.split(" ");
      if (to.length && to[0] !== from) traditional.add(from);
    }
  }
  for (let i = 0; i < s.length; i++) if (traditional.has(s[i])) return true;
  return false;
}

// Both built lazily, on first use, as policyx does.
let convert;
let loaded = false;
const utf8 = new TextDecoder("utf-8", { fatal: true });
let files = 0;
let bytes = 0;
let tokens = 0;
for (const path of walk(dir)) {
  const buf = readFileSync(path);
  files++;
  bytes += buf.length;
  let text = utf8.decode(buf);
  if (convertMode === "all" || hasTraditional(text)) {
    convert ??= ConverterFactory(fromTaiwan, toMainland);
    text = convert(text);
  }
  if (!loaded) {
    jieba.load({
      dict: join(dict, "jieba.dict.utf8"),
      hmmDict: join(dict, "hmm_model.utf8"),
      userDict: join(dict, "user.dict.utf8"),
      idfDict: join(dict, "idf.utf8"),
      stopWordDict: join(dict, "stop_words.utf8"),
    });
    loaded = true;
  }
  // HMM on, as in the segmentation policyx runs (jieba.tag cuts with MixSegment + HMM; plain
  // jieba.cut(text) in nodejieba 3 has HMM off and cuts 2025 into 2|0|2|5).
  tokens += jieba.cut(text, true).length;
}
process.stdout.write(JSON.stringify({ files, bytes, tokens, ms: Math.round(performance.now() - started) }) + "\n");
