#!/usr/bin/env node
// Dictionary size vs nodejieba load time (and what it does to the results), for issue 7.
// Builds each size with scripts/build-dict.mjs in a scratch copy of the package (so dist/dict,
// which the tests and other runs use, is never touched), then for each size measures in fresh
// processes: jieba.load time, its CPU time and RSS, segmentation agreement with the default
// build on the corpus articles, and — where ../shared/eval exists — the eval's macro F1 with
// the whole CLI running on that dictionary.
//
//   node scripts/bench-dict.mjs [SIZES…]      default: 5000 10000 20000 30000 60000 all
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sizes = process.argv.slice(2).length ? process.argv.slice(2) : ["5000", "10000", "20000", "30000", "60000", "all"];
const RUNS = Number(process.env.BENCH_DICT_RUNS ?? 7);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
if (!existsSync(join(root, "dist", "cli.js"))) {
  console.error("bench-dict: run `npm run build` first");
  process.exit(2);
}

const tmp = mkdtempSync(join(os.tmpdir(), "policyx-dict-"));
const sources = [join(root, "fixtures"), resolve(root, "..", "shared", "eval", "dev")]
  .filter(existsSync)
  .flatMap((d) => readdirSync(d).filter((f) => f.endsWith(".txt")).map((f) => join(d, f)));
// dist is snapshotted once, so that every size runs the same compiled code even if someone
// rebuilds meanwhile.
const snapshot = join(tmp, "dist-snapshot");
cpSync(join(root, "dist"), snapshot, { recursive: true, filter: (p) => !p.startsWith(join(root, "dist", "dict")) });
const textsFile = join(tmp, "texts.json");
writeFileSync(textsFile, JSON.stringify(sources.map((p) => readFileSync(p, "utf8"))));

// A scratch package per size: dist (compiled code), bin, schema, package.json, node_modules
// linked, and its own dist/dict built by the real build script.
function scratch(size) {
  const dir = join(tmp, `words-${size}`);
  mkdirSync(join(dir, "scripts"), { recursive: true });
  mkdirSync(join(dir, "src", "data"), { recursive: true });
  cpSync(snapshot, join(dir, "dist"), { recursive: true });
  cpSync(join(root, "bin"), join(dir, "bin"), { recursive: true });
  if (existsSync(join(root, "schema"))) cpSync(join(root, "schema"), join(dir, "schema"), { recursive: true });
  cpSync(join(root, "package.json"), join(dir, "package.json"));
  cpSync(join(root, "scripts", "build-dict.mjs"), join(dir, "scripts", "build-dict.mjs"));
  if (existsSync(join(root, "src", "data", "vocabulary.txt"))) cpSync(join(root, "src", "data", "vocabulary.txt"), join(dir, "src", "data", "vocabulary.txt"));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"), "dir");
  const out = execFileSync(process.execPath, [join(dir, "scripts", "build-dict.mjs")], {
    env: { ...process.env, POLICYX_DICT_WORDS: size === "all" ? "100000000" : size },
    encoding: "utf8",
  });
  return { dir, words: Number(/(\d+) words/.exec(out)?.[1] ?? NaN) };
}

// One fresh process: load time, then segment every article (tag, as the extractors do).
const PROBE = `
import jieba from "nodejieba";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
const d = process.argv[2], texts = JSON.parse(readFileSync(process.argv[3], "utf8"));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const rss0 = process.memoryUsage().rss;
const t0 = performance.now(), c0 = cpu();
jieba.load({ dict: join(d, "jieba.dict.utf8"), hmmDict: join(d, "hmm_model.utf8"), userDict: join(d, "user.dict.utf8"), idfDict: join(d, "idf.utf8"), stopWordDict: join(d, "stop_words.utf8") });
const loadMs = performance.now() - t0, loadCpu = cpu() - c0;
const rss = process.memoryUsage().rss - rss0;
const t1 = performance.now();
const cuts = texts.map((t) => jieba.tag(t).map((x) => x.word));
const tagMs = performance.now() - t1;
process.stdout.write(JSON.stringify({ loadMs, loadCpu, rssMB: rss / 1e6, tagMs, cuts, bytes: statSync(join(d, "jieba.dict.utf8")).size }));
`;
const probeFile = join(tmp, "probe.mjs");
symlinkSync(join(root, "node_modules"), join(tmp, "node_modules"), "dir"); // for the probe's imports
writeFileSync(probeFile, PROBE);

function boundaries(words) {
  const set = new Set();
  let at = 0;
  for (const w of words) set.add((at += w.length));
  return set;
}

const evalDir = resolve(root, "..", "shared", "eval");
const rows = [];
let reference;
for (const size of sizes) {
  const { dir, words } = scratch(size);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(process.execPath, [probeFile, join(dir, "dist", "dict"), textsFile], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(JSON.parse(r.stdout));
  }
  const row = {
    size,
    words,
    dictKB: runs[0].bytes / 1024,
    loadMs: median(runs.map((r) => r.loadMs)),
    loadCpu: median(runs.map((r) => r.loadCpu)),
    rssMB: median(runs.map((r) => r.rssMB)),
    tagMs: median(runs.map((r) => r.tagMs)),
    cuts: runs[0].cuts,
  };
  if (existsSync(join(evalDir, "score.mjs"))) {
    try {
      const out = execFileSync(process.execPath, [join(evalDir, "score.mjs"), join(evalDir, "dev"), "--json", "--cmd", `${process.execPath} ${join(dir, "bin", "policyx.js")} extract --format ndjson`], { encoding: "utf8" });
      row.macroF1 = JSON.parse(out.trim().split("\n").pop()).macroF1;
    } catch (err) {
      row.macroF1 = NaN;
    }
  }
  if (size === "30000") reference = row;
  rows.push(row);
  process.stderr.write(`bench-dict: ${size}: ${words} words, load ${row.loadMs.toFixed(0)} ms\n`);
}
reference ??= rows[rows.length - 1];
console.log("| POLICYX_DICT_WORDS | words | dict KB | jieba.load ms (median) | load CPU ms | load RSS MB | tag all articles ms | boundaries ≠ 30000 build | eval macro F1 |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const r of rows) {
  let diff = 0;
  let total = 0;
  r.cuts.forEach((words, i) => {
    const a = boundaries(words);
    const b = boundaries(reference.cuts[i]);
    total += b.size;
    for (const x of a) if (!b.has(x)) diff++;
    for (const x of b) if (!a.has(x)) diff++;
  });
  const f1 = r.macroF1 === undefined ? "" : Number.isFinite(r.macroF1) ? (100 * r.macroF1).toFixed(1) + "%" : "n/a";
  console.log(`| ${r.size} | ${r.words} | ${r.dictKB.toFixed(0)} | ${r.loadMs.toFixed(0)} | ${r.loadCpu.toFixed(0)} | ${r.rssMB.toFixed(1)} | ${r.tagMs.toFixed(0)} | ${((100 * diff) / total).toFixed(2)}% | ${f1} |`);
}
console.log(`\nload average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")}; ${RUNS} fresh processes per size`);
rmSync(tmp, { recursive: true, force: true });
