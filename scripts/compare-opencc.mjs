#!/usr/bin/env node
// Measures which opencc-js Traditional → Simplified chain serves extraction best: each dev
// article is converted with the `tw`, `twp` and `hk` chains, extracted, and scored against
// the gold facts (../shared/eval). Run after `npm run build`: node scripts/compare-opencc.mjs
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as OpenCC from "opencc-js";
import { extract } from "../dist/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const scorer = join(root, "..", "shared", "eval", "score.mjs");
const rows = [];
for (const dev of [join(root, "..", "shared", "eval", "dev"), join(root, "eval", "heldout")]) {
const articles = readdirSync(dev).filter((f) => f.endsWith(".txt")).sort();
for (const variant of ["tw", "twp", "hk"]) {
  const convert = OpenCC.Converter({ from: variant, to: "cn" });
  const lines = articles.map((f) => {
    const rec = extract(convert(readFileSync(join(dev, f), "utf8")), { path: join(dev, f) });
    rec.source.script = extract(readFileSync(join(dev, f), "utf8")).source.script;
    return JSON.stringify(rec);
  });
  const pred = join(mkdtempSync(join(tmpdir(), "policyx-opencc-")), `${variant}.ndjson`);
  writeFileSync(pred, lines.join("\n") + "\n");
  const s = JSON.parse(execFileSync(process.execPath, [scorer, dev, "--pred", pred, "--json"], { encoding: "utf8" }));
  rows.push({ set: dev.split("/").slice(-2).join("/"), variant, regions: s.regions.f1, dates: s.dates.f1, documents: s.documents.f1, targets: s.targets.f1, macroF1: s.macroF1 });
}
}
console.log("set           variant  regions  dates  documents  targets  macroF1");
for (const r of rows)
  console.log([r.set.padEnd(12), r.variant.padEnd(7), ...["regions", "dates", "documents", "targets", "macroF1"].map((k) => (100 * r[k]).toFixed(1).padStart(7))].join("  "));
