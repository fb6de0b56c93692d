// Files in, records out: reading, size limits, decoding, HTML stripping. Every failure becomes
// an ErrorRecord in the input's place (never an exception), so a batch loses nothing.
import { promises as fsp, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { decode, DecodeError, type EncodingOption } from "./decode.js";
import { extract } from "./extract.js";
import { htmlToText } from "./html.js";
import { SCHEMA_VERSION, type ErrorCode, type ErrorRecord, type ExtractOptions, type OutputRecord } from "./types.js";

import { DEFAULT_EXTENSIONS, DEFAULT_MAX_SIZE } from "./defaults.js";
export { DEFAULT_EXTENSIONS, DEFAULT_MAX_SIZE };

export interface FileOptions extends Omit<ExtractOptions, "path" | "encoding"> {
  encoding?: EncodingOption;
  /** Bytes; larger inputs are refused with `too_large`. */
  maxSize?: number;
  /** Treat the input as HTML (default: by extension .html/.htm). */
  html?: boolean;
}

export function errorRecord(path: string, code: ErrorCode, message: string): ErrorRecord {
  return { schemaVersion: SCHEMA_VERSION, source: { path }, error: { code, message } };
}

/** Decodes and extracts one input held in memory. `path` is what the record shows. */
export function extractBytes(bytes: Uint8Array, path: string, options: FileOptions = {}): OutputRecord {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  if (bytes.length > maxSize) return errorRecord(path, "too_large", `too large: ${bytes.length} bytes (limit ${maxSize}, see --max-size)`);
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decode(bytes, options.encoding ?? "auto"));
  } catch (err) {
    if (err instanceof DecodeError) return errorRecord(path, err.code, err.message);
    throw err;
  }
  const ext = extname(path).toLowerCase();
  if (options.html ?? (ext === ".html" || ext === ".htm")) text = htmlToText(text);
  return extract(text, { ...options, path, encoding });
}

/** Reads, decodes and extracts one file; failures come back as an ErrorRecord. */
export async function extractFile(path: string, options: FileOptions = {}): Promise<OutputRecord> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  try {
    const st = await fsp.stat(path);
    if (st.isDirectory()) return errorRecord(path, "is_directory", "is a directory");
    if (st.size > maxSize) return errorRecord(path, "too_large", `too large: ${st.size} bytes (limit ${maxSize}, see --max-size)`);
    const bytes = await fsp.readFile(path);
    return extractBytes(bytes, path, options);
  } catch (err) {
    return fileErrorRecord(path, err);
  }
}

export function fileErrorRecord(path: string, err: unknown): ErrorRecord {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return errorRecord(path, "not_found", "no such file or directory");
  if (code === "EACCES" || code === "EPERM") return errorRecord(path, "unreadable", "permission denied");
  if (code === "EISDIR") return errorRecord(path, "is_directory", "is a directory");
  if (code === "ELOOP") return errorRecord(path, "unreadable", "too many levels of symbolic links");
  if (code) return errorRecord(path, "unreadable", `cannot read (${code})`);
  return errorRecord(path, "internal", `internal error: ${(err as Error)?.message ?? String(err)}`);
}

/** One input to process, in output order: a file, standard input, or an error found while listing. */
export type InputItem = { kind: "file"; path: string } | { kind: "stdin"; path: "-" } | { kind: "error"; record: ErrorRecord };

/** Expands command-line inputs: files as given, directories recursed in sorted path order
 *  (only files with the given extensions), `-` for standard input. Symlink loops are cut. */
export function* expandInputs(inputs: readonly string[], extensions: readonly string[] = DEFAULT_EXTENSIONS): Generator<InputItem> {
  const exts = new Set(extensions.map((e) => e.replace(/^\./, "").toLowerCase()));
  for (const input of inputs) {
    if (input === "-") {
      yield { kind: "stdin", path: "-" };
      continue;
    }
    let st;
    try {
      st = statSync(input);
    } catch (err) {
      yield { kind: "error", record: fileErrorRecord(input, err) };
      continue;
    }
    if (!st.isDirectory()) {
      yield { kind: "file", path: input };
      continue;
    }
    let found = 0;
    const seen = new Set<string>();
    for (const item of walk(input, exts, seen)) {
      if (item.kind === "file") found++;
      yield item;
    }
    if (found === 0) {
      const list = [...exts].map((e) => "*." + e).join(", ");
      yield { kind: "error", record: errorRecord(input, "no_matching_files", `no matching files (${list}) in directory`) };
    }
  }
}

function* walk(dir: string, exts: Set<string>, seen: Set<string>): Generator<InputItem> {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    yield { kind: "error", record: fileErrorRecord(dir, err) };
    return;
  }
  if (seen.has(real)) return; // a symlink back to a folder already walked
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    yield { kind: "error", record: fileErrorRecord(dir, err) };
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    let st;
    try {
      st = statSync(path);
    } catch (err) {
      // a dangling link or a loop: report it only if it looks like an input
      if (exts.has(extname(name).slice(1).toLowerCase())) yield { kind: "error", record: fileErrorRecord(path, err) };
      continue;
    }
    if (st.isDirectory()) yield* walk(path, exts, seen);
    else if (st.isFile() && exts.has(extname(name).slice(1).toLowerCase())) yield { kind: "file", path };
  }
}
