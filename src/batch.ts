// Runs a batch of inputs and hands records over strictly in input order, one at a time, as
// soon as each is ready. With jobs > 1, files go to a pool of worker threads; a bounded window
// of files in flight keeps memory flat however large the batch.
import { fstatSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { errorRecord, extractBuffer, extractFile, fileErrorRecord, type FileOptions, type InputItem } from "./files.js";
import type { OutputRecord } from "./types.js";
import { applyBatchV8Flags, garbageKeeper, V8_FLAGS_MIN_FILES } from "./v8-flags.js";

export interface BatchOptions {
  /** Threads extracting: the main thread and jobs − 1 workers. Default: one per core when there
   *  are many files, else the main thread alone. */
  jobs?: number;
  /** A progress line on stderr (files, MB/s, ETA). */
  progress?: boolean;
  /** Records in input order. `json`, where given, is the record already serialized (by the
   *  worker that made it) as `JSON.stringify(record, null, jsonIndent)`; `record` is then only
   *  its `schemaVersion` and `source`, or the whole error record. */
  onRecord: (record: OutputRecord, json?: string) => void | Promise<void>;
  /** Whether workers serialize records (for json and ndjson output), and with what indent. */
  json?: { indent?: number };
  /** Checked between records: true stops the batch (e.g. the reader of stdout went away). */
  stopped?: () => boolean;
  /** Set the CLI's V8 flags (src/v8-flags.ts) when the batch is long. The CLI's choice; a
   *  library host decides its own flags. */
  tuneV8?: boolean;
}

// Below this many files, starting workers (each loads the dictionaries and the gazetteer and
// warms up its own JIT, about a second of CPU) costs more than it saves.
const PARALLEL_THRESHOLD = 500;

/** One thread per core for a large batch, on four cores or more. On two cores a second thread
 *  measured no faster over 5,000 files (npm run bench, BENCHMARKS.md): both threads warm up
 *  their own JIT, whose compiler threads then compete with them for the two cores. */
export function defaultJobs(fileCount: number, cores = availableParallelism()): number {
  return fileCount >= PARALLEL_THRESHOLD && cores >= 4 ? Math.min(cores, 8) : 1;
}

export async function runBatch(items: Iterable<InputItem>, fileOptions: FileOptions, options: BatchOptions): Promise<void> {
  const list = [...items];
  const fileCount = list.filter((i) => i.kind === "file").length;
  const jobs = options.jobs ?? defaultJobs(fileCount);
  // (before any worker starts: the flags are the process's)
  const tuned = options.tuneV8 === true && fileCount >= V8_FLAGS_MIN_FILES && applyBatchV8Flags();
  // (memory that stays flat however long the batch: see garbageKeeper)
  const keep = tuned ? garbageKeeper() : undefined;
  const progress = options.progress && fileCount > 1 ? new Progress(fileCount) : undefined;
  const stopped = options.stopped ?? (() => false);
  const emit: Emit = async (record, bytes = 0, json) => {
    progress?.tick(bytes);
    await options.onRecord(record, json);
  };
  try {
    if (jobs <= 1 || fileCount < 2) {
      for (const item of list) {
        if (stopped()) break;
        const [record, bytes] = await runOne(item, fileOptions);
        await emit(record, bytes);
        keep?.();
      }
    } else {
      await runPool(list, fileOptions, jobs, emit, stopped, options.json, keep);
    }
  } finally {
    progress?.done();
  }
}

async function runOne(item: InputItem, fileOptions: FileOptions): Promise<[OutputRecord, number]> {
  if (item.kind === "error") return [item.record, 0];
  if (item.kind === "stdin") {
    try {
      const bytes = await readStdin();
      return [await extractBuffer(bytes, "-", fileOptions), bytes.length];
    } catch (err) {
      return [fileErrorRecord("-", err), 0];
    }
  }
  const record = await extractFile(item.path, fileOptions, item.fsPath);
  return [record, recordSize(record)];
}

export function recordSize(record: OutputRecord): number {
  return "source" in record && "chars" in record.source ? record.source.chars : 0;
}

async function readStdin(): Promise<Buffer> {
  // `policyx extract - < folder` opens a directory as stdin; reading it would yield nothing.
  if (fstatSync(0).isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type Emit = (record: OutputRecord, bytes?: number, json?: string) => Promise<void>;
type Result = [record: OutputRecord, bytes: number, json?: string];

/** What a worker sends back for one file. */
export interface WorkerResult {
  index: number;
  record: OutputRecord;
  size: number;
  json?: string;
}

// Files queued per worker: enough that a worker never waits on the main thread between files.
const PER_WORKER = 3;
// The largest file the main thread extracts itself in a pool (see takeLocal).
const LOCAL_MAX_BYTES = 1 << 20;

function sizeOf(item: Extract<InputItem, { kind: "file" }>): number {
  try {
    return statSync(item.fsPath ? Buffer.from(item.fsPath) : item.path).size;
  } catch {
    return 0; // the main thread reports the error
  }
}

/** jobs − 1 workers, and the main thread takes a file itself whenever the next record to
 *  write is not ready: every thread that extracts pays for loading the dictionaries and for
 *  warming up its JIT, so the main thread is one of them rather than one more. Workers
 *  serialize their records (structured cloning a record cost several times more). */
async function runPool(
  list: InputItem[],
  fileOptions: FileOptions,
  jobs: number,
  emit: Emit,
  stopped: () => boolean,
  json: BatchOptions["json"],
  keep?: () => void,
): Promise<void> {
  // required here: a single file or a one-thread batch never needs it (a require, not an
  // import(), which the one-file bundle that bin/policyx.js runs could not resolve)
  const { Worker } = createRequire(import.meta.url)("node:worker_threads") as typeof import("node:worker_threads");
  const workerUrl = new URL("./worker.js", import.meta.url);
  const window = jobs * (PER_WORKER + 4);
  const results = new Map<number, Result>();
  let nextToEmit = 0;
  let nextToSend = 0;
  let wake: (() => void) | null = null;
  let closing = false;
  // Each worker's files in the order sent; it works through them in that order, so the
  // first is the one in progress.
  const queues = new Map<Worker, number[]>();
  const retry: number[] = [];

  const settle = (index: number, value: Result) => {
    results.set(index, value);
    wake?.();
  };
  const send = (w: Worker, index: number) => {
    const item = list[index] as Extract<InputItem, { kind: "file" }>;
    queues.get(w)!.push(index);
    w.postMessage({ index, path: item.path, fsPath: item.fsPath, options: fileOptions, json, collect: keep !== undefined });
  };
  const leastBusy = (): Worker | undefined => {
    let best: Worker | undefined;
    for (const [w, q] of queues) if (q.length < PER_WORKER && (!best || q.length < queues.get(best)!.length)) best = w;
    return best;
  };
  const dispatch = () => {
    for (let w = leastBusy(); w && retry.length; w = leastBusy()) send(w, retry.shift()!);
    while (nextToSend < list.length && nextToSend - nextToEmit < window) {
      const item = list[nextToSend];
      if (item.kind !== "file") {
        // errors found while listing, and stdin, are handled here
        const index = nextToSend++;
        void runOne(item, fileOptions).then((v) => settle(index, v));
        continue;
      }
      const w = leastBusy();
      if (!w) break;
      send(w, nextToSend++);
    }
  };
  const spawn = (): void => {
    const w = new Worker(workerUrl);
    queues.set(w, []);
    w.on("message", (msg: WorkerResult) => {
      const q = queues.get(w);
      if (q) q.splice(q.indexOf(msg.index), 1);
      settle(msg.index, [msg.record, msg.size, msg.json]);
      dispatch();
    });
    w.on("error", (err) => {
      // A worker that dies (out of memory on a huge file, say) takes only the file it was on
      // with it: that file gets an error record, the rest of its queue goes to other workers
      // (or to the main thread).
      const q = queues.get(w) ?? [];
      queues.delete(w);
      const [current, ...rest] = q;
      if (current !== undefined) settle(current, [workerErrorRecord((list[current] as { path: string }).path, err), 0]);
      retry.push(...rest);
      if (!closing) spawn();
      dispatch();
    });
  };
  /** A file for the main thread: the next unsent one, if it is small. A large one is left to
   *  a worker, whose death (out of memory) costs only that file, where the main thread's
   *  would end the batch. */
  const takeLocal = (): number | undefined => {
    if (nextToSend >= list.length || nextToSend - nextToEmit >= window) return undefined;
    const item = list[nextToSend];
    if (item.kind !== "file" || sizeOf(item) > LOCAL_MAX_BYTES) return undefined;
    return nextToSend++;
  };
  for (let k = 0; k < jobs - 1; k++) spawn();
  try {
    dispatch();
    while (nextToEmit < list.length && !stopped()) {
      const ready = results.get(nextToEmit);
      if (!ready) {
        const local = takeLocal();
        if (local !== undefined) {
          const item = list[local] as Extract<InputItem, { kind: "file" }>;
          const record = await extractFile(item.path, fileOptions, item.fsPath);
          results.set(local, [record, recordSize(record)]);
          keep?.();
          // let the workers' messages in before the next decision
          await new Promise<void>((r) => setImmediate(r));
          dispatch();
          continue;
        }
        await new Promise<void>((r) => (wake = r));
        wake = null;
        continue;
      }
      results.delete(nextToEmit);
      nextToEmit++;
      await emit(ready[0], ready[1], ready[2]);
      dispatch();
    }
  } finally {
    closing = true;
    await Promise.all([...queues.keys()].map((w) => w.terminate()));
  }
}

function workerErrorRecord(path: string, err: Error): OutputRecord {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ERR_WORKER_OUT_OF_MEMORY") return errorRecord(path, "too_large", "too large to process: out of memory (see --max-size)");
  return errorRecord(path, "internal", `internal error: ${err.message}`);
}

/** A one-line progress display on stderr: files done, MB/s, ETA; redrawn at most 10×/s. */
class Progress {
  private done_ = 0;
  private chars = 0;
  private last = 0;
  private readonly started = Date.now();
  constructor(private readonly total: number) {}
  tick(chars: number): void {
    this.done_++;
    this.chars += chars;
    const now = Date.now();
    if (now - this.last < 100 && this.done_ < this.total) return;
    this.last = now;
    const secs = Math.max((now - this.started) / 1000, 0.001);
    // chars ≈ 3 bytes of UTF-8 each for Chinese text
    const mbps = (this.chars * 3) / 1e6 / secs;
    const eta = this.done_ ? ((this.total - this.done_) * secs) / this.done_ : 0;
    const width = 24;
    const filled = Math.round((this.done_ / this.total) * width);
    process.stderr.write(
      `\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${this.done_}/${this.total} files  ${mbps.toFixed(1)} MB/s  ETA ${formatSecs(eta)}   `,
    );
  }
  done(): void {
    process.stderr.write("\r\x1b[K");
  }
}

function formatSecs(s: number): string {
  if (s < 60) return `${Math.round(s)}s`;
  return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, "0")}s`;
}
