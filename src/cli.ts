// The command line: a thin shell that parses options, feeds inputs to the library and
// formats the records. Exit codes: 0 every input succeeded, 1 some input failed, 2 usage error.
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// commander is CommonJS: required as such it loads in about two thirds of the time an ES import
// takes (no scan of its source for named exports), on every run.
const { Command, CommanderError, InvalidArgumentError, Option } = createRequire(import.meta.url)("commander") as typeof import("commander");
import { ENCODINGS, type EncodingOption } from "./decode.js";
import { DEFAULT_EXTENSIONS, DEFAULT_MAX_SIZE } from "./defaults.js";
import type { FileOptions } from "./files.js";
import { FACT_KINDS, isErrorRecord, type FactKind } from "./types.js";

// Output formats, spelled here so that option parsing needs none of the formatter modules.
const FORMATS = ["json", "ndjson", "table", "csv"] as const;
type Format = (typeof FORMATS)[number];

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

function version(): string {
  try {
    return JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

function parseRefDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  return value;
}

function parseOnly(value: string): FactKind[] {
  const kinds = value.split(",").map((s) => s.trim()).filter(Boolean);
  const bad = kinds.filter((k) => !(FACT_KINDS as readonly string[]).includes(k));
  if (bad.length || !kinds.length) throw new InvalidArgumentError(`expected a comma-separated list of ${FACT_KINDS.join(", ")}`);
  return kinds as FactKind[];
}

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError("expected a size such as 20MB, 512KB or 1000000");
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const mult = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError("expected a whole number from 1 to 64");
  return n;
}

function parseExt(value: string): string[] {
  const list = value.split(",").map((s) => s.trim().replace(/^\*?\./, "")).filter(Boolean);
  if (!list.length) throw new InvalidArgumentError("expected a comma-separated list of extensions, e.g. txt,html");
  return list;
}

const EXTRACT_HELP = `
Inputs: files, directories (recursed, sorted; *.txt *.md *.html *.htm unless --ext) and - for
standard input (the default when no input is given and stdin is not a terminal).

Output: a table per fact kind on a terminal, JSON when piped. Each record follows the contract
in the README (policyx schema prints its JSON Schema). A failed input gets an error record in
its place and one line on stderr.

Exit status: 0 every input succeeded, 1 some input failed, 2 usage error.

Examples:
  $ policyx extract article.txt
  $ policyx extract --format ndjson news/ | jq -c '.targets[] | {object, min, max, unit}'
  $ policyx extract --only regions,targets --ref-date 2021-04-30 article.txt
  $ cat article.txt | policyx extract --format json --pretty
  $ policyx extract --format csv --encoding big5 --ext txt archive/ > facts.csv
  $ policyx extract --jobs 2 --quiet big-folder/ > facts.ndjson`;

interface ExtractCliOptions {
  format?: Format;
  only?: FactKind[];
  pretty?: boolean;
  refDate?: string;
  encoding: EncodingOption;
  ext: string[];
  maxSize: number;
  jobs?: number;
  color: boolean;
  quiet?: boolean;
}

export async function main(argv: string[]): Promise<void> {
  const stdout = process.stdout;
  let stdoutClosed = false;
  stdout.on("error", (err: NodeJS.ErrnoException) => {
    // The reader went away (`| head`): stop quietly, as ripgrep does.
    if (err.code === "EPIPE") {
      stdoutClosed = true;
      process.exit(process.exitCode ?? EXIT_OK);
    }
    throw err;
  });

  const program = new Command();
  program
    .name("policyx")
    .description("Structured facts from Chinese policy texts: regions, dates, documents and numeric targets.")
    .version(version(), "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText(
      "after",
      `
Examples:
  $ policyx extract article.txt                 # a table on a terminal, JSON when piped
  $ policyx extract --format ndjson folder/     # one JSON record per line, per file
  $ policyx regions 朝阳区                       # look up a division: code, level, parent
  $ policyx schema > record.schema.json         # the JSON Schema of a record`,
    );

  program
    .command("extract")
    .description("extract facts from files, directories or standard input")
    .argument("[inputs...]", "files, directories, or - for standard input")
    .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, else json)").choices(FORMATS))
    .option("--only <kinds>", `comma-separated fact kinds to report (${FACT_KINDS.join(",")})`, parseOnly)
    .option("--pretty", "indent JSON output")
    .option("--ref-date <YYYY-MM-DD>", "date that relative and year-less expressions resolve against", parseRefDate)
    .addOption(new Option("-e, --encoding <encoding>", "input encoding").choices(ENCODINGS).default("auto"))
    .option("--ext <list>", "file extensions to read from directories", parseExt, DEFAULT_EXTENSIONS)
    .option("--max-size <size>", "refuse inputs larger than this (e.g. 20MB)", parseSize, DEFAULT_MAX_SIZE)
    .option("-j, --jobs <n>", "threads extracting, the main one included (default: the number of cores for large batches on 4+ cores, else 1)", parseJobs)
    .option("-q, --quiet", "no progress display on stderr")
    .option("--no-color", "no colours (NO_COLOR is honoured too)")
    .addHelpText("after", EXTRACT_HELP)
    .action(async (inputs: string[], opts: ExtractCliOptions) => {
      process.exitCode = await runExtract(inputs, opts, () => stdoutClosed);
    });

  program
    .command("schema")
    .description("print the JSON Schema of a record")
    .addHelpText("after", "\nExamples:\n  $ policyx schema > record.schema.json\n  $ policyx schema | jq '.\$defs.target'")
    .action(() => {
      stdout.write(readFileSync(join(root, "schema", "record.schema.json"), "utf8"));
      process.exitCode = EXIT_OK;
    });

  program
    .command("regions")
    .description("look up administrative divisions by name, short name or GB/T 2260 code")
    .argument("[query]", "a name (朝阳区), short name (湖南) or code (430000); none lists provinces")
    .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, else json)").choices(["table", "json"]))
    .option("--no-color", "no colours (NO_COLOR is honoured too)")
    .addHelpText("after", "\nExamples:\n  $ policyx regions 朝阳区\n  $ policyx regions 430000\n  $ policyx regions 海淀 --format json")
    .action(async (query: string | undefined, opts: { format?: "table" | "json"; color: boolean }) => {
      const { printRegions } = await import("./regions-command.js");
      process.exitCode = printRegions(query, {
        format: opts.format ?? (stdout.isTTY ? "table" : "json"),
        color: useColor(opts.color),
        out: (s) => stdout.write(s),
      });
    });

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      const ok = err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help";
      process.exitCode = ok ? EXIT_OK : EXIT_USAGE;
      return;
    }
    throw err;
  }
}

function useColor(flag: boolean): boolean {
  if (!flag) return false;
  if ("NO_COLOR" in process.env && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== "0") return true;
  return !!process.stdout.isTTY;
}

async function runExtract(inputs: string[], opts: ExtractCliOptions, stdoutClosed: () => boolean): Promise<number> {
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      process.stderr.write("policyx: no input: name files or directories, or pipe text into standard input (see policyx extract --help)\n");
      return EXIT_USAGE;
    }
    inputs = ["-"];
  }
  // Loaded only now, so that --help, --version and usage errors answer at once.
  const [{ createWriter, jsonIndent }, { expandInputs }, { runBatch }] = await Promise.all([import("./format/index.js"), import("./files.js"), import("./batch.js")]);
  const format: Format = opts.format ?? (process.stdout.isTTY ? "table" : "json");
  const kinds = opts.only ?? FACT_KINDS;
  const single = inputs.length === 1 && (inputs[0] === "-" || !isDirectory(inputs[0]));
  // Records are gathered into chunks of about 32,000 characters, written at once or after 100 ms
  // at the latest: one write per record cost a system call (or a pipe write) each, measurable
  // over a large batch, while a reader such as `head -1` still sees the first record promptly.
  const output = new ChunkedOutput((s) => {
    if (!stdoutClosed()) process.stdout.write(s);
  });
  const writer = await createWriter(format, {
    out: (s) => output.add(s),
    pretty: opts.pretty,
    color: useColor(opts.color),
    single,
    kinds,
  });
  const fileOptions: FileOptions = { encoding: opts.encoding, maxSize: opts.maxSize, refDate: opts.refDate ?? null, only: opts.only };
  let failed = 0;
  await runBatch(expandInputs(inputs, opts.ext), fileOptions, {
    jobs: opts.jobs,
    tuneV8: true,
    progress: !opts.quiet && !!process.stderr.isTTY,
    json: jsonIndent(format, opts.pretty),
    onRecord: async (record, json) => {
      if (isErrorRecord(record)) {
        failed++;
        process.stderr.write(`policyx: ${displayPath(record.source.path)}: ${record.error.message}\n`);
      }
      writer.write(record, json);
      if (!output.due()) return;
      output.flush();
      // Respect back-pressure so memory stays flat when the reader is slower than we are.
      if (process.stdout.writableNeedDrain && !stdoutClosed()) await new Promise((r) => process.stdout.once("drain", r));
    },
    stopped: stdoutClosed,
  });
  writer.end();
  output.flush();
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

/** Text gathered for one write: due at CHUNK_CHARS characters, or 100 ms after the last write.
 *  (A chunk of Chinese text takes two bytes a character in V8; past 128 KB a string is made in
 *  fresh pages of its own, V8's large-object space, which made the joining of 64,000-character
 *  chunks cost five times as much as that of 32,000-character ones: npm run bench.) */
const CHUNK_CHARS = 32_000;
class ChunkedOutput {
  private parts: string[] = [];
  private size = 0;
  private lastWrite = Date.now();
  constructor(private readonly write: (s: string) => void) {}
  add(s: string): void {
    this.parts.push(s);
    this.size += s.length;
  }
  due(): boolean {
    return this.size >= CHUNK_CHARS || (this.size > 0 && Date.now() - this.lastWrite >= 100);
  }
  flush(): void {
    this.lastWrite = Date.now();
    if (!this.size) return;
    const chunk = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.size = 0;
    this.write(chunk);
  }
}

/** A path as one line of stderr: control characters (a newline in a file name) escaped. */
export function displayPath(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) =>
    c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0"),
  );
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
