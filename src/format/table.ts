// For people at a terminal: per input a heading, then one table per fact kind.
import { Chalk } from "chalk";
import Table from "cli-table3";
import { isErrorRecord, type FactRecord } from "../types.js";
import type { RecordWriter, WriterOptions } from "./index.js";

const fmtRange = (min: number | null, max: number | null, approx: boolean): string => {
  const n = (x: number) => (Number.isInteger(x) ? x.toLocaleString("en-US") : String(x));
  const core = min !== null && max !== null ? (min === max ? n(min) : `${n(min)}–${n(max)}`) : min !== null ? `≥ ${n(min)}` : max !== null ? `≤ ${n(max)}` : "?";
  return approx ? `≈ ${core}` : core;
};

export function tableWriter({ out, color, kinds }: WriterOptions): RecordWriter {
  const c = new Chalk({ level: color ? 1 : 0 });
  const make = (head: string[]) =>
    new Table({ head: head.map((h) => c.bold(h)), style: { head: [], border: color ? ["grey"] : [] }, wordWrap: true });
  let first = true;
  return {
    write(record) {
      let s = first ? "" : "\n";
      first = false;
      if (isErrorRecord(record)) {
        out(s + c.red.bold(record.source.path) + "  " + c.red(`error (${record.error.code}): ${record.error.message}`) + "\n");
        return;
      }
      s += c.bold.underline(record.source.path) + c.dim(`  ${record.source.encoding}, ${record.source.script}, ${record.source.chars} chars`);
      s += record.referenceDate ? c.dim(`, reference date ${record.referenceDate}`) : "";
      s += "\n";
      s += sections(record, kinds, make, c).join("\n");
      out(s);
    },
    end() {},
  };
}

// cli-table3 lays a table out in time quadratic in its rows (50,000 dates: minutes); a long
// table is drawn as consecutive tables of this many rows, the same columns each.
const ROWS_PER_TABLE = 500;
// Its word wrapping is quadratic in a cell's length too: a table is for reading, so a cell
// shows at most this much (the JSON formats carry everything).
const MAX_CELL = 300;
const MAX_MENTIONS = 20;
const cell = (s: string) => (s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}… (${s.length} chars)` : s);

/** A Table-like sink that starts a new table every ROWS_PER_TABLE rows. */
function chunked(make: () => Table.Table): { push(row: string[]): void; toString(): string } {
  const tables = [make()];
  return {
    push(row) {
      if (tables[tables.length - 1].length >= ROWS_PER_TABLE) tables.push(make());
      tables[tables.length - 1].push(row.map(cell));
    },
    toString: () => tables.map((t) => t.toString()).join("\n"),
  };
}

function sections(r: FactRecord, kinds: WriterOptions["kinds"], makeTable: (head: string[]) => Table.Table, c: InstanceType<typeof Chalk>): string[] {
  const make = (head: string[]) => chunked(() => makeTable(head));
  const parts: string[] = [];
  const titled = (name: string, n: number, t: { toString(): string } | null) => c.cyan.bold(`${name} (${n})`) + "\n" + (t ? t.toString() + "\n" : "");
  if (kinds.includes("regions") && r.regions) {
    const t = make(["name", "code", "level", "parent", "mentions"]);
    for (const g of r.regions) t.push([g.name, g.code, g.level, g.parent ?? "", g.mentions.slice(0, MAX_MENTIONS).map((m) => `${m.text}@${m.start}`).join(" ") + (g.mentions.length > MAX_MENTIONS ? ` … (+${g.mentions.length - MAX_MENTIONS} more)` : "")]);
    parts.push(titled("regions", r.regions.length, r.regions.length ? t : null));
  }
  if (kinds.includes("dates") && r.dates) {
    const t = make(["text", "type", "from", "to", "at"]);
    for (const d of r.dates) t.push([d.text, d.type, d.from ?? "", d.to ?? "", `${d.start}-${d.end}`]);
    parts.push(titled("dates", r.dates.length, r.dates.length ? t : null));
  }
  if (kinds.includes("documents") && r.documents) {
    const t = make(["#", "title", "issuer", "date", "region", "aliases"]);
    r.documents.forEach((d, i) => t.push([String(i), d.title, d.issuer ?? "", d.date ?? "", d.region ?? "", d.aliases.join(" ")]));
    parts.push(titled("documents", r.documents.length, r.documents.length ? t : null));
  }
  if (kinds.includes("targets") && r.targets) {
    const t = make(["object", "amount", "unit", "qualifier", "region", "deadline", "doc", "text"]);
    for (const x of r.targets)
      t.push([x.object ?? "", fmtRange(x.min, x.max, x.approx), x.unit, x.qualifier ?? "", x.region ?? "", x.deadline ?? "", x.document === null ? "" : String(x.document), x.text]);
    parts.push(titled("targets", r.targets.length, r.targets.length ? t : null));
  }
  if (kinds.includes("figures") && r.figures) {
    const t = make(["object", "amount", "unit", "qualifier", "region", "text"]);
    for (const x of r.figures) t.push([x.object ?? "", fmtRange(x.min, x.max, x.approx), x.unit, x.qualifier ?? "", x.region ?? "", x.text]);
    parts.push(titled("figures", r.figures.length, r.figures.length ? t : null));
  }
  return parts;
}
