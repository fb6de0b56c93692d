#!/usr/bin/env node
// How often a target's `document` link agrees with the gold, over eval/heldout* (not heldout5,
// kept unseen): ../shared/eval/score.mjs does not score that field. A target is matched to a gold one
// by overlapping span and equal min. Prints {n, ok, acc, nullGot, wrong}; SHOW=N lists N misses.
//   node scripts/doc-links.mjs        (LIB=path/to/dist/index.js for another build)
import { readdirSync, readFileSync, statSync } from "node:fs";
const lib = await import(process.env.LIB ?? new URL("../dist/index.js", import.meta.url).href);
const root = new URL("../eval", import.meta.url).pathname;
let n = 0, ok = 0, nullGot = 0, wrong = 0;
const bad = [];
for (const set of readdirSync(root)) {
  if (set === "heldout5" || !statSync(root + "/" + set).isDirectory()) continue;
  for (const f of readdirSync(root + "/" + set).filter((x) => x.endsWith(".gold.json"))) {
    const g = JSON.parse(readFileSync(`${root}/${set}/${f}`, "utf8"));
    const txt = readFileSync(`${root}/${set}/${f.replace(".gold.json", ".txt")}`, "utf8");
    const r = lib.extract(txt);
    for (const t of g.targets ?? []) {
      if (!("document" in t) || t.start === undefined || t.optional) continue;
      const m = r.targets.find((x) => x.start < t.end && x.end > t.start && x.min === (Array.isArray(t.min) ? t.min[0] : t.min));
      if (!m) continue;
      n++;
      const alts = Array.isArray(t.document) ? t.document : [t.document];
      const gdocs = alts.map((i) => (i === null ? null : g.documents?.[i]?.title));
      const got = m.document === null ? null : r.documents[m.document]?.title;
      if (gdocs.includes(got)) ok++;
      else { if (got === null) nullGot++; else wrong++; if (bad.length < 400) bad.push(`${f} ${t.text.slice(0, 20)} gold=${JSON.stringify(gdocs).slice(0, 60)} got=${got}`); }
    }
  }
}
console.log({ n, ok, acc: (ok / n).toFixed(3), nullGot, wrong });
if (process.env.SHOW) console.log(bad.slice(0, Number(process.env.SHOW)).join("\n"));
