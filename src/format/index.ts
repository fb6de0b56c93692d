// Formatters: each turns a stream of records into text, written as each record is ready.
import type { FactKind, OutputRecord } from "../types.js";
import { csvWriter } from "./csv.js";
import { jsonWriter, ndjsonWriter } from "./json.js";

export type Format = "json" | "ndjson" | "table" | "csv";

export interface RecordWriter {
  /** `json`, where given, is `record` already serialized with the writer's indent (see
   *  `jsonIndent`); json and ndjson writers use it as it is. */
  write(record: OutputRecord, json?: string): void;
  end(): void;
}

export interface WriterOptions {
  out: (chunk: string) => void;
  pretty?: boolean;
  color?: boolean;
  /** One input (a single file or stdin): json prints one object instead of an array. */
  single?: boolean;
  kinds: readonly FactKind[];
}

/** The indent json and ndjson output serialize with; undefined for the other formats. */
export function jsonIndent(format: Format, pretty?: boolean): { indent?: number } | undefined {
  if (format === "ndjson") return {};
  if (format === "json") return { indent: pretty ? 2 : undefined };
  return undefined;
}

/** The table writer (chalk, cli-table3) loads only when tables are asked for. */
export async function createWriter(format: Format, options: WriterOptions): Promise<RecordWriter> {
  switch (format) {
    case "json":
      return jsonWriter(options);
    case "ndjson":
      return ndjsonWriter(options);
    case "csv":
      return csvWriter(options);
    case "table":
      return (await import("./table.js")).tableWriter(options);
  }
}
