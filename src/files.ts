// Files in, records out: reading, size limits, decoding, HTML stripping. Every failure becomes
// an ErrorRecord in the input's place (never an exception), so a batch loses nothing.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync, type Dirent } from "node:fs";
import { extname, sep } from "node:path";
import { decode, DecodeError, type EncodingOption } from "./decode.js";
import { extract } from "./extract.js";
import { hasTraditional, loadSimplifier } from "./normalize.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { SCHEMA_VERSION, type ErrorCode, type ErrorRecord, type ExtractOptions, type OutputRecord } from "./types.js";

import { DEFAULT_EXTENSIONS, DEFAULT_MAX_SIZE } from "./defaults.js";
export { DEFAULT_EXTENSIONS, DEFAULT_MAX_SIZE };

export interface FileOptions extends Omit<ExtractOptions, "path" | "encoding"> {
  encoding?: EncodingOption;
  /** Bytes; larger inputs are refused with `too_large`. */
  maxSize?: number;
  /** Treat the input as HTML (default: by extension .html/.htm, or where the text is a page's
   *  source: a document opening or three common tags or more). */
  html?: boolean;
}

export function errorRecord(path: string, code: ErrorCode, message: string): ErrorRecord {
  return { schemaVersion: SCHEMA_VERSION, source: { path }, error: { code, message } };
}

/** Decodes and extracts one input held in memory. `path` is what the record shows. Traditional
 *  text needs the converter loaded (the package entry does it; else see `extractBuffer`). */
export function extractBytes(bytes: Uint8Array, path: string, options: FileOptions = {}): OutputRecord {
  const input = decodeInput(bytes, path, options);
  return "error" in input ? input : extract(input.text, { ...options, path, encoding: input.encoding });
}

/** `extractBytes`, loading the Traditional → Simplified converter first where the text needs it. */
export async function extractBuffer(bytes: Uint8Array, path: string, options: FileOptions = {}): Promise<OutputRecord> {
  const input = decodeInput(bytes, path, options);
  if ("error" in input) return input;
  if (hasTraditional(input.text)) await loadSimplifier();
  return extract(input.text, { ...options, path, encoding: input.encoding });
}

function decodeInput(bytes: Uint8Array, path: string, options: FileOptions): { text: string; encoding: string } | ErrorRecord {
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
  // (a page's source under another name, or piped in, is read as HTML too: see looksLikeHtml)
  if (options.html ?? (ext === ".html" || ext === ".htm" || looksLikeHtml(text))) text = htmlToText(text);
  return { text, encoding };
}

/** Reads, decodes and extracts one file; failures come back as an ErrorRecord. `fsPath`, when
 *  given, is the name as raw bytes (a file name that is not UTF-8); `path` is then its display. */
export async function extractFile(path: string, options: FileOptions = {}, fsPath?: Uint8Array): Promise<OutputRecord> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const at = fsPath ? Buffer.from(fsPath) : path;
  let bytes: Buffer;
  try {
    // Synchronous: files are processed one at a time per thread, and the async calls only
    // added idle time and system CPU (measured by npm run bench). Opened once and checked
    // through the descriptor: one lookup of the path where a stat, then a read, took two.
    let fd: number;
    try {
      fd = openSync(at, "r");
    } catch (err) {
      // (an unreadable path that is a directory, or too large, is reported as such, as before)
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EPERM") {
        const st = statSync(at, { throwIfNoEntry: false });
        if (st?.isDirectory()) return errorRecord(path, "is_directory", "is a directory");
        if (st && st.size > maxSize) return errorRecord(path, "too_large", `too large: ${st.size} bytes (limit ${maxSize}, see --max-size)`);
      }
      throw err;
    }
    try {
      const st = fstatSync(fd);
      if (st.isDirectory()) return errorRecord(path, "is_directory", "is a directory");
      if (st.size > maxSize) return errorRecord(path, "too_large", `too large: ${st.size} bytes (limit ${maxSize}, see --max-size)`);
      bytes = st.isFile() && st.size > 0 ? readKnownSize(fd, st.size) : readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    return fileErrorRecord(path, err);
  }
  try {
    return await extractBuffer(bytes, path, options);
  } catch (err) {
    return fileErrorRecord(path, err);
  }
}

/** A regular file's bytes, by the size fstat gave (readFileSync would ask fstat again: one
 *  system call more per file in a batch of thousands). Read to that size, or to the end if the
 *  file shrank meanwhile, as readFileSync does. */
function readKnownSize(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buf, at, size - at, null);
    if (n === 0) break;
    at += n;
  }
  return at === size ? buf : buf.subarray(0, at);
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
export type InputItem =
  | { kind: "file"; path: string; /** the name as bytes, where it is not UTF-8 */ fsPath?: Buffer }
  | { kind: "stdin"; path: "-" }
  | { kind: "error"; record: ErrorRecord };

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

function* walk(dir: string | Buffer, exts: Set<string>, seen: Set<string>): Generator<InputItem> {
  const shown = display(dir);
  let real: string;
  try {
    real = realpathSync(dir);
  } catch (err) {
    yield { kind: "error", record: fileErrorRecord(shown, err) };
    return;
  }
  if (seen.has(real)) return; // a symlink back to a folder already walked
  seen.add(real);
  let dirents: Dirent<Buffer>[];
  try {
    // Names as bytes: a name that is not UTF-8 (GBK, from a Chinese zip archive) must still be
    // opened by its real bytes, not by a lossy decoding of them. With their types, as the
    // directory gives them: a plain file or folder needs no stat of its own (one system call
    // per file fewer over a folder of thousands); a link, or a type the file system does not
    // give, is stat'ed.
    dirents = readdirSync(dir, { encoding: "buffer", withFileTypes: true });
  } catch (err) {
    yield { kind: "error", record: fileErrorRecord(shown, err) };
    return;
  }
  const base = typeof dir === "string" ? Buffer.from(dir) : dir;
  const entries = dirents.map((d) => {
    const full = Buffer.concat([base, Buffer.from(sep), d.name]);
    const type: "file" | "directory" | "other" = d.isFile() ? "file" : d.isDirectory() ? "directory" : "other";
    return { full, shown: display(full), ext: extname(d.name.toString("latin1")).slice(1).toLowerCase(), type };
  });
  entries.sort((a, b) => Buffer.compare(a.full, b.full));
  for (const { full, shown: path, ext, type } of entries) {
    const fsPath = isUtf8(full) ? full.toString("utf8") : full;
    let kind = type;
    if (kind === "other") {
      try {
        const st = statSync(fsPath);
        kind = st.isDirectory() ? "directory" : st.isFile() ? "file" : "other";
      } catch (err) {
        // a dangling link or a loop: report it only if it looks like an input
        if (exts.has(ext)) yield { kind: "error", record: fileErrorRecord(path, err) };
        continue;
      }
    }
    if (kind === "directory") yield* walk(fsPath, exts, seen);
    else if (kind === "file" && exts.has(ext)) yield typeof fsPath === "string" ? { kind: "file", path } : { kind: "file", path, fsPath };
  }
}

/** A path for people: UTF-8 as it is; other bytes decoded lossily (U+FFFD where not UTF-8). */
function display(p: string | Buffer): string {
  return typeof p === "string" ? p : p.toString("utf8");
}

function isUtf8(b: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}
