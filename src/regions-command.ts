// `policyx regions [QUERY]`: look up divisions by name, short name or code.
import { Chalk } from "chalk";
import Table from "cli-table3";
import { gazetteer, lookupRegions } from "./gazetteer.js";

export function printRegions(query: string | undefined, opts: { format: "table" | "json"; color: boolean; out: (s: string) => void }): number {
  // No query: the provinces, as a starting point.
  const matches = query?.trim() ? lookupRegions(query) : gazetteer().entries.filter((e) => e.level === "province");
  if (opts.format === "json") {
    opts.out(JSON.stringify(matches, null, 2) + "\n");
  } else {
    const c = new Chalk({ level: opts.color ? 1 : 0 });
    const t = new Table({ head: ["code", "name", "level", "parent", "path"].map((h) => c.bold(h)), style: { head: [], border: [] } });
    for (const m of matches) t.push([m.code, m.name, m.level, m.parent ?? "", m.path.join(" › ")]);
    opts.out(matches.length ? t.toString() + "\n" : c.yellow(`no division matches ${JSON.stringify(query ?? "")}`) + "\n");
  }
  return matches.length ? 0 : 1;
}
