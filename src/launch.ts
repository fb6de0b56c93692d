// What `policyx` runs first: the CLI, loaded from the one-file bundle with V8's code cache where
// the build made them, else from the compiled modules. For a single article, loading some thirty
// ES modules and compiling their functions cost as much as extracting it; one CommonJS file
// whose compiled code comes from the cache starts about 35 ms sooner (npm run bench). The
// bundle (dist/policyx.cjs), the cache (dist/policyx.cache) and the list of modules they were
// made from (dist/policyx.meta.json) are written by scripts/build-bundle.mjs; a module changed
// since (a `tsc` without the rest of the build) sends the launcher back to the modules, and so
// does a bundle that fails to load.
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
  /** Our modules the bundle was made from (paths relative to the package root): size, mtime
   *  and SHA-1 of each. The packages bundled with them are copies inside the bundle. */
  inputs: Record<string, { size: number; mtimeMs: number; sha1: string }>;
}

/** Whether the bundle in `dir` (dist/) is there and no module it was made from changed since:
 *  same size, and the same mtime or, where the mtime moved (an install, a copy), the same
 *  content. POLICYX_NO_BUNDLE=1 says no, for comparing the two ways of loading. */
export function bundleIsCurrent(dir = here): boolean {
  if (process.env.POLICYX_NO_BUNDLE === "1") return false;
  try {
    const meta = JSON.parse(readFileSync(join(dir, "policyx.meta.json"), "utf8")) as BundleMeta;
    const root = join(dir, "..");
    for (const [path, was] of Object.entries(meta.inputs)) {
      const file = join(root, path);
      const st = statSync(file);
      if (st.size !== was.size) return false;
      if (st.mtimeMs !== was.mtimeMs && sha1Of(file) !== was.sha1) return false;
    }
    return existsSync(join(dir, "policyx.cjs"));
  } catch {
    return false;
  }
}

/** SHA-1 of a file's bytes; node:crypto is loaded only here (it costs a cold run some
 *  milliseconds, and mtimes move only after an install or a copy). */
function sha1Of(file: string): string {
  const { createHash } = createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return createHash("sha1").update(readFileSync(file)).digest("hex");
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
  let bundled: ReturnType<typeof loadBundle> | null = null;
  try {
    bundled = bundleIsCurrent() ? loadBundle() : null;
  } catch {
    // a damaged bundle costs only the time it would have saved
    bundled = null;
  }
  const cli = bundled?.cli ?? (await import("./cli.js"));
  await cli.main(argv);
  // The build runs the CLI once over sample articles with this set, so that the cache holds
  // the functions a run compiles (V8 compiles lazily, on first call).
  const cacheOut = process.env.POLICYX_WRITE_CODE_CACHE;
  if (cacheOut && bundled) writeFileSync(cacheOut, bundled.script.createCachedData());
}
