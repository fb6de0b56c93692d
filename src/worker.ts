// A worker thread of the batch pool: extracts the files it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { extractFile, type FileOptions } from "./files.js";

parentPort?.on("message", async (msg: { index: number; path: string; fsPath?: Uint8Array; options: FileOptions }) => {
  const record = await extractFile(msg.path, msg.options, msg.fsPath);
  const size = "chars" in record.source ? record.source.chars : 0;
  parentPort!.postMessage({ index: msg.index, record, size });
});
