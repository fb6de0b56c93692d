// What `policyx` runs first: the CLI, loaded from the one-file bundle with V8's code cache where
// the build made them, else from the compiled modules. For a single article, loading some thirty
// ES modules and compiling their functions cost as much as extracting it; one CommonJS file
// whose compiled code comes from the cache starts about 35 ms sooner (npm run bench). The
// bundle (dist/policyx.cjs), the cache (dist/policyx.cache) and the list of modules they were
// made from (dist/policyx.meta.json) are written by scripts/build-bundle.mjs; a module changed
// since (a `tsc` without the rest of the build) sends the launcher back to the modules.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

type Cli = typeof import("./cli.js");

const here = dirname(fileURLToPath(import.meta.url));
const BUNDLE = join(here, "policyx.cjs");
const CODE_CACHE = join(here, "policyx.cache");

interface BundleMeta {
  /** Modules the bundle was made from (paths relative to the package root) and their mtimes. */
  inputs: Record<string, number>;
}

/** Whether the bundle in `dir` (dist/) is there and no module it was made from changed since.
 *  POLICYX_NO_BUNDLE=1 says no, for comparing the two ways of loading. */
export function bundleIsCurrent(dir = here): boolean {
  if (process.env.POLICYX_NO_BUNDLE === "1") return false;
  try {
    const meta = JSON.parse(readFileSync(join(dir, "policyx.meta.json"), "utf8")) as BundleMeta;
    const root = join(dir, "..");
    for (const [path, mtime] of Object.entries(meta.inputs)) if (statSync(join(root, path)).mtimeMs !== mtime) return false;
    return existsSync(join(dir, "policyx.cjs"));
  } catch {
    return false;
  }
}

/** Runs the bundle as a CommonJS module, with the code cache when V8 accepts it (same Node,
 *  same flags; otherwise it compiles as usual). */
export function loadBundle(): { cli: Cli; script: vm.Script; cacheRejected: boolean } {
  const source = readFileSync(BUNDLE, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const module = { exports: {} as Cli };
  const wrapper = script.runInThisContext() as (e: unknown, r: NodeRequire, m: unknown, f: string, d: string) => void;
  wrapper(module.exports, createRequire(BUNDLE), module, BUNDLE, here);
  return { cli: module.exports, script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}

export async function main(argv: string[]): Promise<void> {
  const bundled = bundleIsCurrent() ? loadBundle() : null;
  const cli = bundled?.cli ?? (await import("./cli.js"));
  await cli.main(argv);
  // The build runs the CLI once over sample articles with this set, so that the cache holds
  // the functions a run compiles (V8 compiles lazily, on first call).
  const cacheOut = process.env.POLICYX_WRITE_CODE_CACHE;
  if (cacheOut && bundled) writeFileSync(cacheOut, bundled.script.createCachedData());
}
