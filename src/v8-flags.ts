// V8 flags for a long batch run by the CLI (never for the library, whose host decides). In a
// batch, each thread's optimizing compiler spends 3–3.5 s of CPU on our large functions with
// their callees inlined; a smaller cumulative inlining budget and no loop peeling take that to
// about 2 s, which shortens every thread's warm-up and leaves more of two cores to extraction
// (npm run bench measures it in each run: BENCHMARKS.md). They are set only once a batch is
// known to be long: setting flags changes V8's flag hash, so the code caches compiled under the
// others (Node's own for its built-in modules, ours for the bundle) are refused for whatever
// loads after; a single article would pay that and gain nothing.
import { createRequire } from "node:module";

export const V8_FLAGS = ["--max-inlined-bytecode-size-cumulative=200", "--no-turbo-loop-peeling"];

/** Files below which a batch keeps V8's defaults. */
export const V8_FLAGS_MIN_FILES = 200;

/** V8 versions known to have these flags (Node 20–24); an unknown flag would print an error on
 *  every run. */
const KNOWN_V8_MAJORS = [11, 12, 13];

let applied = false;

/** Sets V8_FLAGS once per process, unless POLICYX_V8_DEFAULTS=1 (for comparison, as the bench
 *  does) or this V8 is not one known to have them. Returns whether they are set. */
export function applyBatchV8Flags(): boolean {
  if (applied) return true;
  if (process.env.POLICYX_V8_DEFAULTS === "1") return false;
  if (!KNOWN_V8_MAJORS.includes(Number(process.versions.v8.split(".")[0]))) return false;
  // required, not imported: a single article never needs it
  const v8 = createRequire(import.meta.url)("node:v8") as typeof import("node:v8");
  for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
  applied = true;
  return true;
}

// How much garbage a batch thread's heap may gather before it is collected: V8 leaves a long
// batch's old space to grow far before its first full collection (each young-generation
// collection promotes the article in hand, about 2 KB of garbage per file in the end), so
// without this the memory of a batch of 100,000 files would grow by some 200 MB. A full
// collection takes only ~10 ms, but the code then runs slower for the next few hundred files
// (about 0.3 s in all, measured: as if part of its warm-up were undone), so it is kept rare:
// once every 20,000 files or so, beyond the batches npm run bench times.
const GARBAGE_SLACK = 48 * 1024 * 1024;
const CHECK_EVERY = 64;

/** For a long batch: a function to call after each file, which collects the heap's garbage in
 *  full (V8's `gc`, exposed for this) once the old space holds `slack` bytes more than after
 *  the last collection. Undefined where the batch flags are not set (POLICYX_V8_DEFAULTS=1, an
 *  unknown V8, a library host). */
export function garbageKeeper(slack = GARBAGE_SLACK): (() => void) | undefined {
  return applied ? makeKeeper(slack) : undefined;
}

/** The same in a worker of the pool, whose main thread set the flags (they are the process's;
 *  this module's state is the worker's own). */
export function workerGarbageKeeper(): (() => void) | undefined {
  return makeKeeper(GARBAGE_SLACK);
}

function makeKeeper(slack: number): (() => void) | undefined {
  const require = createRequire(import.meta.url);
  const v8 = require("node:v8") as typeof import("node:v8");
  v8.setFlagsFromString("--expose-gc");
  const gc = (require("node:vm") as typeof import("node:vm")).runInNewContext("gc") as unknown;
  if (typeof gc !== "function") return undefined;
  // (the old space only: the young generation fills and empties by itself between files, and
  // counting it would collect in full far too often)
  const oldSpaceUsed = () => v8.getHeapSpaceStatistics().find((sp) => sp.space_name === "old_space")?.space_used_size ?? 0;
  let files = 0;
  let floor = oldSpaceUsed();
  return () => {
    if (++files % CHECK_EVERY !== 0) return;
    if (oldSpaceUsed() < floor + slack) return;
    gc();
    floor = oldSpaceUsed();
  };
}
