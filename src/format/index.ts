// Formatters: each turns a stream of records into text, written as each record is ready.
import type { FactKind, OutputRecord } from "../types.js";
import { csvWriter } from "./csv.js";
import { jsonWriter, ndjsonWriter } from "./json.js";
import { tableWriter } from "./table.js";

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

export function createWriter(format: Format, options: WriterOptions): RecordWriter {
  switch (format) {
    case "json":
      return jsonWriter(options);
    case "ndjson":
      return ndjsonWriter(options);
    case "csv":
      return csvWriter(options);
    case "table":
      return tableWriter(options);
  }
}
