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

// The characters that Traditional → Simplified conversion outputs but Traditional writing also
// uses as they are (台 of 台北 and 對台, 才, 制, 面, 周…): opencc-js's own Simplified → Traditional
// conversion, for Taiwan or for Hong Kong, leaves them unchanged. Script detection counts them for
// neither script (dist/data/script-neutral.json, read by src/normalize.ts).
{
  const OpenCC = (await import("opencc-js")).default ?? (await import("opencc-js"));
  const toTaiwan = OpenCC.Converter({ from: "cn", to: "tw" });
  const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });
  const ts = (await import("opencc-js/dict/TSCharacters")).default;
  const keys = new Set();
  const outputs = new Set();
  for (const entry of ts.split("|")) {
    const [from, ...to] = entry.split(" ");
    keys.add(from);
    for (const t of to) if (t.length === 1) outputs.add(t);
  }
  let neutral = "";
  for (const c of outputs) if (!keys.has(c) && (toTaiwan(c) === c || toHongKong(c) === c)) neutral += c;
  const tmpNeutral = join(out, `.script-neutral.json.${process.pid}.tmp`);
  writeFileSync(tmpNeutral, JSON.stringify({ version: 1, chars: neutral }));
  renameSync(tmpNeutral, join(out, "script-neutral.json"));
  console.log(`dist/data/script-neutral.json: ${neutral.length} characters used as they are by both scripts`);
}
