// Every test process loads the Traditional → Simplified converter up front, as policyx's
// package entry does (src/index.ts); the CLI tests cover the lazy loading of the built tool.
import "../src/simplify.js";
