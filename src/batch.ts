// Runs a batch of inputs and hands records over strictly in input order, one at a time, as
// soon as each is ready. With jobs > 1, files go to a pool of worker threads; a bounded window
// of files in flight keeps memory flat however large the batch.
import { fstatSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { errorRecord, extractBuffer, extractFile, fileErrorRecord, type FileOptions, type InputItem } from "./files.js";
import type { OutputRecord } from "./types.js";

export interface BatchOptions {
  /** Worker threads; default: one per core when there are many files, else none. */
  jobs?: number;
  /** A progress line on stderr (files, MB/s, ETA). */
  progress?: boolean;
  onRecord: (record: OutputRecord) => void | Promise<void>;
  /** Checked between records: true stops the batch (e.g. the reader of stdout went away). */
  stopped?: () => boolean;
}

// Below this many files, starting workers (each loads the dictionaries and the gazetteer,
// ~0.5 s of CPU) costs more than it saves: measured slower at 250 files on 2 cores.
const PARALLEL_THRESHOLD = 500;

export async function runBatch(items: Iterable<InputItem>, fileOptions: FileOptions, options: BatchOptions): Promise<void> {
  const list = [...items];
  const fileCount = list.filter((i) => i.kind === "file").length;
  const jobs = options.jobs ?? (fileCount >= PARALLEL_THRESHOLD ? Math.min(availableParallelism(), 8) : 1);
  const progress = options.progress && fileCount > 1 ? new Progress(fileCount) : undefined;
  const stopped = options.stopped ?? (() => false);
  const emit = async (record: OutputRecord, bytes = 0) => {
    progress?.tick(bytes);
    await options.onRecord(record);
  };
  try {
    if (jobs <= 1 || fileCount < 2) {
      for (const item of list) {
        if (stopped()) break;
        await emit(...(await runOne(item, fileOptions)));
      }
    } else {
      await runPool(list, fileOptions, jobs, emit, stopped);
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
  return [record, "source" in record && "chars" in record.source ? record.source.chars : 0];
}

async function readStdin(): Promise<Buffer> {
  // `policyx extract - < folder` opens a directory as stdin; reading it would yield nothing.
  if (fstatSync(0).isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type Emit = (record: OutputRecord, bytes?: number) => Promise<void>;

// Files queued per worker: enough that a worker never waits on the main thread between files.
const PER_WORKER = 3;

async function runPool(list: InputItem[], fileOptions: FileOptions, jobs: number, emit: Emit, stopped: () => boolean): Promise<void> {
  const workerUrl = new URL("./worker.js", import.meta.url);
  const window = jobs * (PER_WORKER + 4);
  const results = new Map<number, [OutputRecord, number]>();
  let nextToEmit = 0;
  let nextToSend = 0;
  let wake: (() => void) | null = null;
  let closing = false;
  // Each worker's files in the order sent; it works through them in that order, so the
  // first is the one in progress.
  const queues = new Map<Worker, number[]>();
  const retry: number[] = [];

  const settle = (index: number, value: [OutputRecord, number]) => {
    results.set(index, value);
    wake?.();
  };
  const send = (w: Worker, index: number) => {
    const item = list[index] as Extract<InputItem, { kind: "file" }>;
    queues.get(w)!.push(index);
    w.postMessage({ index, path: item.path, fsPath: item.fsPath, options: fileOptions });
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
    w.on("message", (msg: { index: number; record: OutputRecord; size: number }) => {
      const q = queues.get(w);
      if (q) q.splice(q.indexOf(msg.index), 1);
      settle(msg.index, [msg.record, msg.size]);
      dispatch();
    });
    w.on("error", (err) => {
      // A worker that dies (out of memory on a huge file, say) takes only the file it was on
      // with it: that file gets an error record, the rest of its queue goes to other workers.
      const q = queues.get(w) ?? [];
      queues.delete(w);
      const [current, ...rest] = q;
      if (current !== undefined) settle(current, [workerErrorRecord((list[current] as { path: string }).path, err), 0]);
      retry.push(...rest);
      if (!closing) spawn();
      dispatch();
    });
  };
  for (let k = 0; k < jobs; k++) spawn();
  try {
    dispatch();
    while (nextToEmit < list.length && !stopped()) {
      const ready = results.get(nextToEmit);
      if (!ready) {
        await new Promise<void>((r) => (wake = r));
        wake = null;
        continue;
      }
      results.delete(nextToEmit);
      nextToEmit++;
      await emit(ready[0], ready[1]);
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
