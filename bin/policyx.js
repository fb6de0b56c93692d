#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare`).
import("../dist/launch.js")
  .then((cli) => cli.main(process.argv))
  .catch((err) => {
    if (err && err.code === "ERR_MODULE_NOT_FOUND" && String(err.message).includes("dist")) {
      process.stderr.write("policyx: not built yet; run `npm run build` (npm ci does it through `prepare`)\n");
    } else {
      process.stderr.write(`policyx: internal error: ${err && err.stack ? err.stack : err}\n`);
    }
    process.exitCode = 2;
  });
