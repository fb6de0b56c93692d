import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
export const fixture = (name: string) => join(repoRoot, "fixtures", name);
export const tmp = () => mkdtempSync(join(tmpdir(), "policyx-test-"));

/** Runs the built CLI (npm test builds first) as a user would. */
export function policyx(args: string[], opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(repoRoot, "bin", "policyx.js"), ...args], {
    input: opts.input ?? "",
    encoding: "utf8",
    cwd: opts.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "0", ...opts.env },
    maxBuffer: 1 << 28,
    timeout: 120_000,
  });
}

export const ndjson = (out: string) => out.split("\n").filter(Boolean).map((l) => JSON.parse(l));
