// Placeholder CLI (being replaced): extract files to NDJSON.
import { readFileSync } from "node:fs";
import { decode } from "./decode.js";
import { extract } from "./extract.js";

export async function main(argv: string[]): Promise<void> {
  const args = argv.slice(2).filter((a) => !a.startsWith("--") && a !== "extract" && a !== "ndjson");
  for (const path of args) {
    const { text, encoding } = decode(readFileSync(path));
    process.stdout.write(JSON.stringify(extract(text, { path, encoding })) + "\n");
  }
}
