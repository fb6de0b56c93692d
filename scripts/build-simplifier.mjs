#!/usr/bin/env node
// Build-time: opencc-js's Traditional (tw) → Simplified (cn) entries, resolved by its own tries,
// into dist/data/simplifier.json, which the converter (dist/simplify.js) loads instead of building
// opencc-js's tries on every start. Run by `npm run build`, after tsc (it uses dist/simplify.js).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { deriveSimplifierData, makeSimplifier, namesChangedBy } = await import(pathToFileURL(join(root, "dist/simplify.js")).href);
const data = deriveSimplifierData();
// (the names of divisions the conversion would change, kept as written: see SimplifierData.keep)
data.keep = namesChangedBy(makeSimplifier(data));
const out = join(root, "dist/data");
mkdirSync(out, { recursive: true });
// written beside its place and renamed into it: a process starting meanwhile never reads half a file
const tmp = join(out, `.simplifier.json.${process.pid}.tmp`);
writeFileSync(tmp, JSON.stringify(data));
renameSync(tmp, join(out, "simplifier.json"));
const count = (k) => data.stages.reduce((n, s) => n + (k === "chars" ? s.chars.length / 2 : s[k].length), 0);
console.log(`dist/data/simplifier.json: ${data.stages.length} stages, ${count("chars")} characters, ${count("others")} others, ${count("phrases")} phrases; names kept: ${data.keep.join(" ")}`);
