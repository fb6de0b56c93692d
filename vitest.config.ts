import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    // CLI tests run the built tool as a subprocess, several times per test.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
