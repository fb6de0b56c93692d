// The CLI as a user runs it: a subprocess over fixtures (npm test builds dist/ first).
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeAll, describe, expect, it } from "vitest";
import { fixture, ndjson, policyx, repoRoot, tmp } from "./helpers.js";

const seed = fixture("blockchain-policies-tw.txt");
const carbon = fixture("hunan-carbon-peak-tw.txt");

/** What a record says, less where it came from: the same text in another encoding must say the same. */
const facts = (r: Record<string, unknown>) => ({ ...r, source: { ...(r.source as object), path: "", encoding: "" } });

describe("policyx extract: formats", () => {
  it("prints one JSON object for one file when piped", () => {
    const r = policyx(["extract", seed]);
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.schemaVersion).toBe(1);
    expect(rec.source).toEqual({ path: seed, encoding: "utf-8", script: "traditional", chars: [...readFileSync(seed, "utf8")].length });
    for (const k of ["regions", "dates", "documents", "targets", "figures"]) expect(Array.isArray(rec[k])).toBe(true);
  });

  it("prints a JSON array for several inputs, in input order; --pretty indents", () => {
    const r = policyx(["extract", "--format", "json", "--pretty", carbon, seed]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n    "schemaVersion": 1');
    const recs = JSON.parse(r.stdout);
    expect(recs.map((x: { source: { path: string } }) => x.source.path)).toEqual([carbon, seed]);
  });

  it("prints NDJSON, one compact record per line", () => {
    const r = policyx(["extract", "--format", "ndjson", seed, carbon]);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source.path)).toEqual([seed, carbon]);
  });

  it("prints CSV with a header and RFC 4180 quoting", () => {
    const dir = tmp();
    const f = join(dir, 'a "quoted", name.txt');
    writeFileSync(f, "湖南省");
    const r = policyx(["extract", "--format", "csv", f, join(dir, "missing.txt")]);
    const lines = r.stdout.split("\r\n");
    expect(lines[0].startsWith("file,kind,text,start,end,")).toBe(true);
    const errorRow = lines.find((l) => l.includes("missing.txt"))!;
    expect(errorRow).toContain(",error,");
    expect(errorRow.endsWith("not_found: no such file or directory")).toBe(true);
    // every row has as many fields as the header (no field holds a comma unquoted)
    for (const line of lines.filter((l) => l && !l.includes('"'))) expect(line.split(",").length).toBe(lines[0].split(",").length);
    if (r.stdout.includes("quoted")) expect(r.stdout).toContain('"' + f.replace(/"/g, '""') + '"');
  });

  it("prints tables when asked, without colour under NO_COLOR", () => {
    const r = policyx(["extract", "--format", "table", seed], { env: { NO_COLOR: "1" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(seed);
    expect(r.stdout).toContain("regions (");
    expect(r.stdout).toContain("targets (");
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it("keeps only the kinds asked for with --only", () => {
    const rec = JSON.parse(policyx(["extract", "--only", "regions,dates", seed]).stdout);
    expect(Object.keys(rec).sort()).toEqual(["dates", "referenceDate", "regions", "schemaVersion", "source"]);
  });

  it("uses --ref-date as the reference date", () => {
    const rec = JSON.parse(policyx(["extract", "--ref-date", "2021-04-30", carbon]).stdout);
    expect(rec.referenceDate).toBe("2021-04-30");
  });

  it("reads standard input for - and for no argument", () => {
    const text = readFileSync(seed);
    for (const args of [["extract", "-"], ["extract"]]) {
      const r = policyx(args, { input: text });
      expect(r.status).toBe(0);
      const rec = JSON.parse(r.stdout);
      expect(rec.source.path).toBe("-");
      expect(facts(rec)).toEqual(facts(JSON.parse(policyx(["extract", seed]).stdout)));
    }
  });

  it("strips HTML: script contents are not facts, entities are decoded", () => {
    const rec = JSON.parse(policyx(["extract", fixture("guizhou-opinion.html")]).stdout);
    expect(rec.source.chars).toBeGreaterThan(0);
    const all = JSON.stringify(rec);
    expect(all).not.toContain("不是文件");
    expect(all).not.toContain("9999");
  });
});

describe("policyx extract: encodings", () => {
  let dir: string;
  beforeAll(() => {
    dir = tmp();
  });

  it("gives the same facts for GBK, Big5 and UTF-16 copies of the seed", () => {
    const text = readFileSync(seed, "utf8");
    const original = facts(JSON.parse(policyx(["extract", seed]).stdout));
    const copies: Array<[string, Buffer, string]> = [
      ["seed.gbk.txt", iconv.encode(text, "gbk"), "gb18030"],
      ["seed.big5.txt", iconv.encode(text, "big5"), "big5"],
      ["seed.utf16le.txt", iconv.encode(text, "utf-16le", { addBOM: true }), "utf-16le"],
      ["seed.utf16be.txt", iconv.encode(text, "utf-16be", { addBOM: true }), "utf-16be"],
    ];
    for (const [name, bytes, encoding] of copies) {
      writeFileSync(join(dir, name), bytes);
      const rec = JSON.parse(policyx(["extract", join(dir, name)]).stdout);
      expect(rec.source.encoding).toBe(encoding);
      expect(facts(rec)).toEqual(original);
    }
  });

  it("honours --encoding", () => {
    const text = readFileSync(carbon, "utf8");
    writeFileSync(join(dir, "carbon.big5"), iconv.encode(text, "big5"));
    const rec = JSON.parse(policyx(["extract", "--encoding", "big5", join(dir, "carbon.big5")]).stdout);
    expect(rec.source.encoding).toBe("big5");
    expect(rec.source.chars).toBe([...text].length);
  });
});

describe("policyx extract: directories, errors and exit codes", () => {
  it("recurses directories in sorted path order, with --ext", () => {
    const dir = tmp();
    mkdirSync(join(dir, "b"));
    mkdirSync(join(dir, "a"));
    copyFileSync(carbon, join(dir, "b", "2.txt"));
    copyFileSync(carbon, join(dir, "a", "1.txt"));
    copyFileSync(carbon, join(dir, "a", "0.md"));
    writeFileSync(join(dir, "a", "skip.json"), "{}");
    const r = policyx(["extract", "--format", "ndjson", dir]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout).map((x) => x.source.path)).toEqual([join(dir, "a", "0.md"), join(dir, "a", "1.txt"), join(dir, "b", "2.txt")]);
    const onlyTxt = policyx(["extract", "--format", "ndjson", "--ext", "txt", dir]);
    expect(ndjson(onlyTxt.stdout)).toHaveLength(2);
  });

  it("gives every failed input an error record in its place, one stderr line, exit 1", () => {
    const dir = tmp();
    const bin = join(dir, "image.txt");
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const emptyDir = join(dir, "nothing");
    mkdirSync(emptyDir);
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, Buffer.from([0xe6, 0xb9, 0x96, 0xff, 0xfe, 0x00, 0x41]));
    const r = policyx(["extract", "--format", "ndjson", seed, join(dir, "missing.txt"), bin, empty, emptyDir, carbon]);
    expect(r.status).toBe(1);
    const recs = ndjson(r.stdout);
    expect(recs.map((x) => x.error?.code ?? "ok")).toEqual(["ok", "not_found", "binary", "ok", "no_matching_files", "ok"]);
    expect(recs[2].error.message).toBe("binary content (NUL bytes at offset 4)");
    expect(recs[3].regions).toEqual([]);
    const errLines = r.stderr.trim().split("\n");
    expect(errLines).toEqual([
      `policyx: ${join(dir, "missing.txt")}: no such file or directory`,
      `policyx: ${bin}: binary content (NUL bytes at offset 4)`,
      `policyx: ${emptyDir}: no matching files (*.txt, *.md, *.html, *.htm) in directory`,
    ]);
    expect(r.stderr).not.toContain("    at ");
  });

  it("reports undecodable bytes and unreadable files", () => {
    const dir = tmp();
    const junk = join(dir, "junk.txt");
    writeFileSync(junk, Buffer.from([0xff, 0xfe, 0xfd, 0x80, 0x81, 0xc0]));
    const r = policyx(["extract", "--format", "ndjson", "--encoding", "utf-8", junk]);
    expect(r.status).toBe(1);
    expect(ndjson(r.stdout)[0].error.code).toBe("undecodable");
    if (process.getuid && process.getuid() !== 0) {
      const locked = join(dir, "locked.txt");
      writeFileSync(locked, "湖南");
      chmodSync(locked, 0);
      expect(ndjson(policyx(["extract", "--format", "ndjson", locked]).stdout)[0].error.code).toBe("unreadable");
    }
  });

  it("refuses inputs over --max-size", () => {
    const r = policyx(["extract", "--format", "ndjson", "--max-size", "1KB", seed]);
    expect(r.status).toBe(1);
    expect(ndjson(r.stdout)[0].error.code).toBe("too_large");
  });

  it("survives a symlink loop", () => {
    const dir = tmp();
    copyFileSync(carbon, join(dir, "x.txt"));
    symlinkSync(dir, join(dir, "loop"));
    const r = policyx(["extract", "--format", "ndjson", dir]);
    expect(r.status).toBe(0);
    expect(ndjson(r.stdout)).toHaveLength(1);
  });

  it("exits 2 on usage errors, with a one-line message and no stack trace", () => {
    for (const args of [["extract", "--format", "xml", seed], ["extract", "--bogus", seed], ["extract", "--ref-date", "2021-13-01", seed], ["extract", "--only", "people", seed], ["frobnicate"]]) {
      const r = policyx(args);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/error/);
      expect(r.stderr).not.toContain("    at ");
      expect(r.stdout).toBe("");
    }
  });

  it("shows help with examples and the version", () => {
    const help = policyx(["extract", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toContain("Exit status: 0");
    const version = policyx(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).version);
    expect(policyx(["schema", "--help"]).stdout).toContain("Examples:");
    expect(policyx(["regions", "--help"]).stdout).toContain("Examples:");
  });

  it("ends quietly when the reader closes the pipe early", () => {
    const dir = tmp();
    for (let i = 0; i < 40; i++) copyFileSync(carbon, join(dir, `${String(i).padStart(2, "0")}.txt`));
    const r = spawnShell(`node ${JSON.stringify(join(repoRoot, "bin", "policyx.js"))} extract --format ndjson --jobs 1 ${JSON.stringify(dir)} | head -1`);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
  });

  it("keeps input order with a worker pool", () => {
    const dir = tmp();
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      const name = join(dir, `${String(i).padStart(2, "0")}.txt`);
      copyFileSync(i % 2 ? seed : carbon, name);
      names.push(name);
    }
    writeFileSync(join(dir, "05b.txt"), Buffer.from([0, 1, 2]));
    const r = policyx(["extract", "--format", "ndjson", "--jobs", "2", dir]);
    expect(r.status).toBe(1);
    const recs = ndjson(r.stdout);
    const expected = [...names, join(dir, "05b.txt")].sort();
    expect(recs.map((x) => x.source.path)).toEqual(expected);
    const serial = ndjson(policyx(["extract", "--format", "ndjson", "--jobs", "1", dir]).stdout);
    expect(recs).toEqual(serial);
  });
});

describe("policyx schema", () => {
  it("prints a JSON Schema that real output validates against", () => {
    const schema = JSON.parse(policyx(["schema"]).stdout);
    const ajv = new Ajv2020({ allErrors: true });
    const validate = ajv.compile(schema);
    const dir = tmp();
    writeFileSync(join(dir, "bin.txt"), Buffer.from([1, 0, 2]));
    const out = policyx(["extract", "--format", "ndjson", seed, carbon, fixture("wuhan-hydrogen.txt"), fixture("dongguan-digital.txt"), join(dir, "bin.txt"), join(dir, "none.txt")]).stdout;
    const recs = ndjson(out);
    expect(recs).toHaveLength(6);
    for (const rec of recs) {
      const ok = validate(rec);
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    }
    // and it is not vacuous: a broken record fails
    expect(validate({ ...recs[0], schemaVersion: 2 })).toBe(false);
    expect(validate({ ...recs[0], regions: [{ name: "湖南省", code: "43", level: "province", parent: null, mentions: [] }] })).toBe(false);
  });
});

function spawnShell(cmd: string) {
  return spawnSync("bash", ["-c", "set -o pipefail; " + cmd], { encoding: "utf8", cwd: repoRoot, env: { ...process.env, NO_COLOR: "1" } });
}

describe("policyx regions", () => {
  it("lists both 朝阳区 with their parents", () => {
    const r = policyx(["regions", "朝阳区", "--format", "json"]);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout).map((e: { code: string; parent: string; path: string[] }) => [e.code, e.parent, e.path.join("/")]);
    expect(list).toEqual([
      ["110105", "110000", "北京市"],
      ["220104", "220100", "吉林省/长春市"],
    ]);
  });

  it("names 湖南省 for 430000, in a table too", () => {
    expect(JSON.parse(policyx(["regions", "430000", "--format", "json"]).stdout)[0]).toMatchObject({ name: "湖南省", level: "province", parent: null });
    const table = policyx(["regions", "430000", "--format", "table"]);
    expect(table.stdout).toContain("湖南省");
  });

  it("exits 1 when nothing matches", () => {
    const r = policyx(["regions", "火星", "--format", "json"]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe("the default number of threads", () => {
  it("one per core (at most 8) for 500 files or more on four cores or more; else the main thread alone", async () => {
    const { defaultJobs } = await import("../src/batch.js");
    expect(defaultJobs(499, 8)).toBe(1);
    expect(defaultJobs(500, 8)).toBe(8);
    expect(defaultJobs(10_000, 16)).toBe(8);
    expect(defaultJobs(10_000, 4)).toBe(4);
    expect(defaultJobs(10_000, 2)).toBe(1);
  });
});

describe("how policyx starts: the one-file bundle with its code cache", () => {
  const dist = join(repoRoot, "dist");
  it("gives exactly what the modules give, for every fixture and format, and with a worker pool", () => {
    const inputs = ["wuhan-hydrogen.txt", "blockchain-policies-tw.txt", "guizhou-opinion.html"].map(fixture);
    for (const format of ["json", "ndjson", "csv"]) {
      const bundled = policyx(["extract", ...inputs, "--format", format]);
      const modules = policyx(["extract", ...inputs, "--format", format], { env: { POLICYX_NO_BUNDLE: "1" } });
      expect(bundled.status).toBe(0);
      expect(bundled.stderr).toBe("");
      expect(bundled.stdout).toBe(modules.stdout);
    }
    const pooled = policyx(["extract", ...inputs, "--format", "ndjson", "--jobs", "2"]);
    expect(pooled.stderr).toBe("");
    expect(pooled.stdout).toBe(policyx(["extract", ...inputs, "--format", "ndjson"]).stdout);
  });
  it("is current after the build, and its code cache is accepted by this Node", () => {
    const script = `const l = await import(${JSON.stringify(join(dist, "launch.js"))}); console.log(JSON.stringify([l.bundleIsCurrent(), l.loadBundle().cacheRejected]));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual([true, false]);
  });
  it("is set aside once a module it was made from changes (a tsc without the rest of the build), not when only its mtime moved (an install)", async () => {
    const { bundleIsCurrent } = await import("../src/launch.js");
    const { createHash } = await import("node:crypto");
    const { statSync, utimesSync } = await import("node:fs");
    const root = tmp();
    mkdirSync(join(root, "dist"));
    const cli = join(root, "dist", "cli.js");
    writeFileSync(cli, "// a module\n");
    writeFileSync(join(root, "dist", "policyx.cjs"), "// the bundle\n");
    const sha1 = createHash("sha1").update(readFileSync(cli)).digest("hex");
    const meta = { inputs: { "dist/cli.js": { size: statSync(cli).size, mtimeMs: statSync(cli).mtimeMs, sha1 } } };
    writeFileSync(join(root, "dist", "policyx.meta.json"), JSON.stringify(meta));
    expect(bundleIsCurrent(join(root, "dist"))).toBe(true);
    // an install or a copy moves the mtime only: the content decides
    utimesSync(cli, new Date(), new Date(Date.now() + 5000));
    expect(bundleIsCurrent(join(root, "dist"))).toBe(true);
    // the same size, another content; then another size
    writeFileSync(cli, "// a modulE\n");
    expect(bundleIsCurrent(join(root, "dist"))).toBe(false);
    writeFileSync(cli, "// a changed module\n");
    expect(bundleIsCurrent(join(root, "dist"))).toBe(false);
    // no list of modules, or no bundle: the modules
    expect(bundleIsCurrent(root)).toBe(false);
  });
  it("falls back to the modules when the bundle fails to load", () => {
    const root = tmp();
    const pkg = join(root, "pkg");
    mkdirSync(pkg);
    for (const d of ["bin", "dist"]) spawnSync("cp", ["-r", join(repoRoot, d), join(pkg, d)]);
    copyFileSync(join(repoRoot, "package.json"), join(pkg, "package.json"));
    symlinkSync(join(repoRoot, "node_modules"), join(pkg, "node_modules"));
    // a bundle that throws as it loads, listed as current
    writeFileSync(join(pkg, "dist", "policyx.cjs"), "throw new Error('damaged');\n");
    const r = spawnSync(process.execPath, [join(pkg, "bin", "policyx.js"), "extract", fixture("wuhan-hydrogen.txt"), "--format", "ndjson"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toContain("wuhan-hydrogen.txt");
  });
});

describe("the V8 flags of a long batch", () => {
  const flags = join(repoRoot, "dist", "v8-flags.js");
  const run = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["--input-type=module", "-e", `const f = await import(${JSON.stringify(flags)}); console.log(JSON.stringify([f.applyBatchV8Flags(), f.applyBatchV8Flags()]));`], {
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
  it("are set once, quietly, on this Node; POLICYX_V8_DEFAULTS=1 leaves V8's own", () => {
    const set = run();
    expect(set.stderr).toBe("");
    expect(JSON.parse(set.stdout)).toEqual([true, true]);
    expect(JSON.parse(run({ POLICYX_V8_DEFAULTS: "1" }).stdout)).toEqual([false, false]);
  });
  it("leave the output of a batch as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), "policyx-flags-"));
    const text = readFileSync(fixture("wuhan-hydrogen.txt"));
    for (let i = 0; i < 210; i++) writeFileSync(join(dir, `${String(i).padStart(3, "0")}.txt`), text);
    const tuned = policyx(["extract", dir, "--format", "ndjson", "--jobs", "1"]);
    const plain = policyx(["extract", dir, "--format", "ndjson", "--jobs", "1"], { env: { POLICYX_V8_DEFAULTS: "1" } });
    expect(tuned.status).toBe(0);
    expect(tuned.stderr).toBe("");
    expect(tuned.stdout).toBe(plain.stdout);
    rmSync(dir, { recursive: true, force: true });
  });
});
