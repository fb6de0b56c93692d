// The batch's V8 tuning (src/v8-flags.ts), run in a process of its own: flags are a process's.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

const run = (code: string, env: Record<string, string> = {}, flags: string[] = []) =>
  spawnSync(process.execPath, [...flags, "--input-type=module", "-e", code], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, ...env } });

describe("the garbage keeper of a long batch", () => {
  // garbage that survives young-generation collections (as a batch's promoted articles do),
  // then dropped; the keeper, called once per file, collects it once it passes its slack
  const code = `
    import v8 from "node:v8";
    import { applyBatchV8Flags, garbageKeeper } from "./dist/v8-flags.js";
    const before = garbageKeeper();
    applyBatchV8Flags();
    const keep = garbageKeeper(8 * 1024 * 1024);
    let hold = [];
    for (let i = 0; i < 400; i++) hold.push(new Array(10000).fill(i).map(String));
    hold = null;
    const used = () => v8.getHeapStatistics().used_heap_size;
    const high = used();
    for (let i = 0; i < 64; i++) keep();
    console.log(JSON.stringify({ before: typeof before, keep: typeof keep, dropped: used() < high - 16 * 1024 * 1024 }));
  `;

  it("collects the garbage a long batch leaves in the heap, once the flags are set", () => {
    const r = run(code);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ before: "undefined", keep: "function", dropped: true });
  });

  it("leaves the young generation's garbage to V8: no full collection for it", () => {
    // (counting the young generation collected in full every 64 files: a batch ran twice as long)
    const r = run(`
      import { PerformanceObserver, constants } from "node:perf_hooks";
      import { applyBatchV8Flags, garbageKeeper } from "./dist/v8-flags.js";
      applyBatchV8Flags();
      const keep = garbageKeeper(8 * 1024 * 1024);
      let major = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++; }).observe({ entryTypes: ["gc"] });
      let sink = 0;
      for (let i = 0; i < 640; i++) { for (let k = 0; k < 20; k++) { globalThis.last = new Array(2000).fill(i); sink += globalThis.last.length; } keep(); }
      setTimeout(() => console.log(JSON.stringify({ major, sink: sink > 0 })), 50);
    `, {}, ["--min-semi-space-size=16", "--max-semi-space-size=16"]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual({ major: 0, sink: true });
  });

  it("is not there with V8's defaults (POLICYX_V8_DEFAULTS=1)", () => {
    const r = run(`import { applyBatchV8Flags, garbageKeeper } from "./dist/v8-flags.js"; applyBatchV8Flags(); console.log(typeof garbageKeeper())`, { POLICYX_V8_DEFAULTS: "1" });
    expect(r.stdout.trim()).toBe("undefined");
  });
});
