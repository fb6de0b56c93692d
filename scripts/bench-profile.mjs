#!/usr/bin/env node
// Summarises V8 .cpuprofile files (from `node --cpu-prof`): self time and inclusive ("total")
// time per function, and self time per file, highest first.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof bin/policyx.js extract DIR --format ndjson --jobs 1 > /dev/null
//   node scripts/bench-profile.mjs /tmp/prof/*.cpuprofile [--top 40] [--filter dist/]
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const top = Number(opt("--top", 40));
const filter = opt("--filter", "");
const files = args.filter((a, i) => a.endsWith(".cpuprofile") && !["--top", "--filter"].includes(args[i - 1]));
if (!files.length) {
  console.error("usage: bench-profile.mjs FILE.cpuprofile… [--top N] [--filter SUBSTRING]");
  process.exit(2);
}

const short = (url) =>
  url
    .replace(/^file:\/\//, "")
    .replace(/^.*\/node_modules\//, "node_modules/")
    .replace(/^.*\/main\//, "")
    .replace(/^node:/, "node:");

for (const file of files) {
  const prof = JSON.parse(readFileSync(file, "utf8"));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // sample time per node
  const self = new Map();
  const dts = prof.timeDeltas;
  for (let i = 0; i < prof.samples.length; i++) self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dts[i + 1] ?? dts[i] ?? 0) / 1000);
  const totalMs = (prof.endTime - prof.startTime) / 1000;
  const key = (n) => {
    const f = n.callFrame;
    return `${f.functionName || "(anonymous)"}  ${short(f.url) || "(native)"}${f.url ? ":" + (f.lineNumber + 1) : ""}`;
  };
  const selfBy = new Map();
  const totalBy = new Map();
  const fileBy = new Map();
  for (const [id, ms] of self) {
    const n = byId.get(id);
    const k = key(n);
    selfBy.set(k, (selfBy.get(k) ?? 0) + ms);
    const fk = short(n.callFrame.url) || n.callFrame.functionName || "(native)";
    fileBy.set(fk, (fileBy.get(fk) ?? 0) + ms);
    // inclusive: every distinct function on the stack gets the sample once
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(byId.get(cur));
      if (seen.has(kk)) continue;
      seen.add(kk);
      totalBy.set(kk, (totalBy.get(kk) ?? 0) + ms);
    }
  }
  const print = (title, map) => {
    console.log(`\n${title}`);
    const rows = [...map].filter(([k]) => !filter || k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [k, ms] of rows) console.log(`${ms.toFixed(1).padStart(9)} ms ${((100 * ms) / totalMs).toFixed(1).padStart(5)}%  ${k}`);
  };
  console.log(`# ${file}: ${totalMs.toFixed(0)} ms profiled`);
  print("Self time by function", selfBy);
  print("Inclusive time by function", totalBy);
  print("Self time by file", fileBy);
}
