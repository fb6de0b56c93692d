#!/usr/bin/env node
// Build-time, after tsc, build-gazetteer and build-dict: the CLI as one CommonJS file
// (dist/policyx.cjs) with a V8 code cache (dist/policyx.cache), which bin/policyx.js loads
// through dist/launch.js. One file instead of some thirty ES modules, and compiled code read
// from the cache instead of compiled on first call, take about 35 ms off every cold run (see
// BENCHMARKS.md). dist/policyx.meta.json lists the modules bundled and their mtimes: the
// launcher falls back to them when one changed after this ran.
//
// The cache is made by running the CLI over the fixture articles (Simplified, Traditional and
// HTML) with POLICYX_WRITE_CODE_CACHE set, so that it holds the functions such a run compiles.
// V8 checks the cache against its own version and flags and ignores it on any mismatch.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const bundle = join(dist, "policyx.cjs");
const cache = join(dist, "policyx.cache");
const metaFile = join(dist, "policyx.meta.json");
for (const f of [bundle, cache, metaFile]) rmSync(f, { force: true });

const result = await build({
  entryPoints: [join(dist, "cli.js")],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // the native addon stays a require; so do the packages required through createRequire
  external: ["nodejieba"],
  // import.meta.url, as the modules use it, is the bundle's own URL: it sits in dist/ as they do
  define: { "import.meta.url": "__policyxBundleUrl" },
  banner: { js: 'const __policyxBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  metafile: true,
  absWorkingDir: root,
  logLevel: "warning",
});

// The launcher runs the bundle through vm.Script, where an import() left in it (of a package or
// a builtin kept external) has no loader to go to: such modules are to be required instead.
const dynamicImport = /[^\w$.]import\(\s*["'`]/.exec(readFileSync(bundle, "utf8"));
if (dynamicImport) {
  process.stderr.write(`build-bundle: the bundle holds an import() (${dynamicImport[0].trim()}…): require that module instead\n`);
  rmSync(bundle, { force: true });
  process.exit(1);
}

// Our modules the bundle holds, each with its size, mtime and SHA-1 (the launcher compares
// them; the packages bundled are copies inside the bundle, whatever node_modules holds later).
const inputs = {};
for (const path of Object.keys(result.metafile.inputs)) {
  const abs = join(root, path);
  const rel = relative(root, abs);
  if (!rel.startsWith("dist" + sep)) continue;
  const st = statSync(abs);
  const bytes = readFileSync(abs);
  // import.meta.url becomes the bundle's own URL (dist/): right only for modules that sit there
  if (dirname(rel) !== "dist" && bytes.includes("import.meta.url")) {
    process.stderr.write(`build-bundle: ${rel} reads import.meta.url but does not sit in dist/: its paths would be wrong in the bundle\n`);
    rmSync(bundle, { force: true });
    process.exit(1);
  }
  inputs[rel] = { size: st.size, mtimeMs: st.mtimeMs, sha1: createHash("sha1").update(bytes).digest("hex") };
}
writeFileSync(metaFile, JSON.stringify({ inputs }, null, 1) + "\n");

const samples = existsSync(join(root, "fixtures"))
  ? readdirSync(join(root, "fixtures"))
      .filter((f) => /\.(txt|html?)$/.test(f))
      .map((f) => join(root, "fixtures", f))
  : [];
// (no samples: the cache holds only what loading compiles)
const run = spawnSync(process.execPath, [join(root, "bin", "policyx.js"), ...(samples.length ? ["extract", ...samples, "--format", "json"] : ["--version"])], {
  env: { ...process.env, POLICYX_WRITE_CODE_CACHE: cache },
  stdio: ["ignore", "ignore", "inherit"],
});
if (run.status !== 0) {
  // No cache only costs speed: the bundle compiles as usual.
  process.stderr.write(`build-bundle: the sample run failed (exit ${run.status}); no code cache written\n`);
  rmSync(cache, { force: true });
}
process.stdout.write(`build-bundle: ${relative(root, bundle)} (${Object.keys(inputs).length} modules), ${statSync(cache, { throwIfNoEntry: false }) ? relative(root, cache) : "no cache"}\n`);
