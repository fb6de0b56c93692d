// Formatters: each turns a stream of records into text, written as each record is ready.
import type { FactKind, OutputRecord } from "../types.js";
import { csvWriter } from "./csv.js";
import { jsonWriter, ndjsonWriter } from "./json.js";

export type Format = "json" | "ndjson" | "table" | "csv";

export interface RecordWriter {
  write(record: OutputRecord): void;
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
