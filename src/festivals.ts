// The days of festivals (春节, 国庆节 …) for the dates extractor. Fixed days are in
// src/data/date-words.ts (FESTIVALS); the days of the lunar calendar's festivals and of 清明 are
// looked up in dist/data/festivals.json, which `npm run build` writes from lunar-javascript
// (scripts/build-festivals.mjs), read once, on first use: most texts name no festival.
import { readDataFile } from "./data-file.js";

interface FestivalTable {
  version: number;
  /** The year of each list's first day. */
  first: number;
  /** By festival name: its day (YYYY-MM-DD) in each year from `first`. */
  days: Record<string, string[]>;
}

let table: FestivalTable | null | undefined;

/** The day (year, month, day) of the festival named `name` in the table, in `year`; null where
 *  the table (not built yet, or damaged) does not have it. */
export function tableFestivalDay(name: string, year: number): [number, number, number] | null {
  if (table === undefined) table = load();
  const iso = table?.days[name]?.[year - table.first];
  if (!iso) return null;
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function load(): FestivalTable | null {
  // (the lunar festivals stay unresolved where it is missing or damaged)
  return readDataFile<FestivalTable>("festivals.json", (data) => data.version === 1 && typeof data.first === "number" && !!data.days && typeof data.days === "object") ?? null;
}
