import type { Doc } from "../normalize.js";
import type { Region } from "../types.js";

/** Every administrative division the text mentions; spans in `doc.text` offsets. */
export function extractRegions(doc: Doc): Region[] {
  void doc;
  return [];
}
