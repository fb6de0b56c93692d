// The JSON files `npm run build` writes into dist/data (the simplifier's entries, the festivals'
// days), read by the modules that need them. This module sits in dist/ beside them (and in the
// one-file bundle, whose URL is dist's too), so one path rule finds the folder.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The parsed contents of dist/data/`name` where `valid` accepts them; undefined where the file
 *  is missing (not built yet), unreadable, damaged or of another version. */
export function readDataFile<T>(name: string, valid: (data: T) => boolean): T | undefined {
  // dist/data-file.js → dist/data; under vitest, src/data-file.ts → ../dist/data
  const here = dirname(fileURLToPath(import.meta.url));
  for (const d of [join(here, "data"), join(here, "..", "dist", "data")]) {
    const file = join(d, name);
    if (!existsSync(file)) continue;
    try {
      const data = JSON.parse(readFileSync(file, "utf8")) as T;
      if (data && valid(data)) return data;
    } catch {
      // a damaged file: as if there were none
    }
  }
  return undefined;
}
