import type { RecordWriter, WriterOptions } from "./index.js";

/** One compact object per line, flushed per record: what `jq`, `head` and scripts want. */
export function ndjsonWriter({ out }: WriterOptions): RecordWriter {
  return { write: (r, json) => out((json ?? JSON.stringify(r)) + "\n"), end: () => {} };
}

/** One object for a single input, else an array streamed element by element. */
export function jsonWriter({ out, pretty, single }: WriterOptions): RecordWriter {
  const indent = pretty ? 2 : undefined;
  let count = 0;
  return {
    write(r, json) {
      if (single) {
        out((json ?? JSON.stringify(r, null, indent)) + "\n");
        return;
      }
      const body = json ?? JSON.stringify(r, null, indent);
      const item = pretty ? body.replace(/\n/g, "\n  ") : body;
      out((count === 0 ? "[\n" : ",\n") + (pretty ? "  " : "") + item);
      count++;
    },
    end() {
      if (single) return;
      out(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}
