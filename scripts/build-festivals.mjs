#!/usr/bin/env node
// Build-time: the Gregorian days of the festivals of the Chinese lunar calendar (春节, 元宵节,
// 端午节, 中秋节, 重阳节, 除夕) and of 清明 (a solar term), for the years policyx reads, from
// lunar-javascript (a devDependency), into dist/data/festivals.json. The dates extractor reads
// it when a text names such a festival (春节前完成…); nothing is computed at run time.
// Run by `npm run build`.
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { Lunar, Solar } = createRequire(import.meta.url)("lunar-javascript");
const FIRST = 1950;
const LAST = 2100;
const LUNAR = { 春节: [1, 1], 元宵节: [1, 15], 端午节: [5, 5], 中秋节: [8, 15], 重阳节: [9, 9] };
const days = {};
for (const name of [...Object.keys(LUNAR), "除夕", "清明节"]) days[name] = [];
const ymd = (s) => s.toYmd();
for (let y = FIRST; y <= LAST; y++) {
  for (const [name, [m, d]] of Object.entries(LUNAR)) days[name].push(ymd(Lunar.fromYmd(y, m, d).getSolar()));
  // 除夕: the eve of the 春节 of year y (the last day of the lunar year before it)
  days["除夕"].push(ymd(Lunar.fromYmd(y, 1, 1).getSolar().next(-1)));
  days["清明节"].push(ymd(Solar.fromYmd(y, 6, 1).getLunar().getJieQiTable()["清明"]));
}
for (const [name, list] of Object.entries(days)) {
  list.forEach((d, i) => {
    if (Number(d.slice(0, 4)) !== FIRST + i) throw new Error(`build-festivals: ${name} of ${FIRST + i} falls on ${d}`);
  });
}
const out = join(root, "dist/data");
mkdirSync(out, { recursive: true });
const tmp = join(out, `.festivals.json.${process.pid}.tmp`);
writeFileSync(tmp, JSON.stringify({ version: 1, first: FIRST, days }));
renameSync(tmp, join(out, "festivals.json"));
console.log(`dist/data/festivals.json: ${Object.keys(days).length} festivals, ${FIRST}–${LAST}`);
