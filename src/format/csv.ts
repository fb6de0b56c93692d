// One row per fact, with file and kind columns; RFC 4180 quoting. A region or document row
// carries its first mention's span; a failed input gets one `error` row.
import { isErrorRecord, type OutputRecord } from "../types.js";
import type { RecordWriter, WriterOptions } from "./index.js";

export const CSV_COLUMNS = [
  "file", "kind", "text", "start", "end",
  "name", "code", "level", "parent",
  "type", "from", "to",
  "title", "issuer", "date",
  "verb", "min", "max", "approx", "qualifier", "unit", "object", "region", "deadline", "document",
  "error",
] as const;
type Row = Partial<Record<(typeof CSV_COLUMNS)[number], unknown>>;

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const s = typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

export function csvRows(record: OutputRecord): Row[] {
  const file = record.source.path;
  if (isErrorRecord(record)) return [{ file, kind: "error", error: `${record.error.code}: ${record.error.message}` }];
  const rows: Row[] = [];
  for (const r of record.regions ?? []) {
    const m = r.mentions[0];
    rows.push({ file, kind: "region", text: m?.text, start: m?.start, end: m?.end, name: r.name, code: r.code, level: r.level, parent: r.parent });
  }
  for (const d of record.dates ?? []) rows.push({ file, kind: "date", text: d.text, start: d.start, end: d.end, type: d.type, from: d.from, to: d.to });
  for (const d of record.documents ?? []) {
    const m = d.mentions[0];
    rows.push({ file, kind: "document", text: m?.text, start: m?.start, end: m?.end, title: d.title, issuer: d.issuer, date: d.date, region: d.region });
  }
  for (const [kind, list] of [["target", record.targets ?? []], ["figure", record.figures ?? []]] as const) {
    for (const t of list) {
      rows.push({
        file, kind, text: t.text, start: t.start, end: t.end, verb: t.verb, min: t.min, max: t.max, approx: t.approx,
        qualifier: t.qualifier, unit: t.unit, object: t.object, region: t.region,
        deadline: "deadline" in t ? t.deadline : null, document: t.document,
      });
    }
  }
  return rows;
}

export function csvWriter({ out }: WriterOptions): RecordWriter {
  out(CSV_COLUMNS.join(",") + "\r\n");
  return {
    write(record) {
      let chunk = "";
      for (const row of csvRows(record)) chunk += CSV_COLUMNS.map((c) => csvField(row[c])).join(",") + "\r\n";
      out(chunk);
    },
    end() {},
  };
}
