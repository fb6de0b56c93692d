// A worker thread of the batch pool: extracts the files it is sent, one at a time, and sends
// each record back serialized where the output is JSON (cheaper than cloning the object).
import { parentPort } from "node:worker_threads";
import { recordSize, type WorkerResult } from "./batch.js";
import { extractFile, type FileOptions } from "./files.js";
import { workerGarbageKeeper } from "./v8-flags.js";

interface Job {
  index: number;
  path: string;
  fsPath?: Uint8Array;
  options: FileOptions;
  json?: { indent?: number };
  /** The batch's V8 flags are set: collect garbage as the main thread does (garbageKeeper). */
  collect?: boolean;
}

let keep: (() => void) | undefined;
let keeping = false;

parentPort?.on("message", async (job: Job) => {
  const record = await extractFile(job.path, job.options, job.fsPath);
  const size = recordSize(record);
  let result: WorkerResult = { index: job.index, record, size };
  if (job.json && !("error" in record)) {
    const json = JSON.stringify(record, null, job.json.indent);
    result = { index: job.index, record: { schemaVersion: record.schemaVersion, source: record.source, referenceDate: record.referenceDate }, size, json };
  }
  parentPort!.postMessage(result);
  if (job.collect && !keeping) {
    keeping = true;
    keep = workerGarbageKeeper();
  }
  keep?.();
});
