import type { Doc } from "../normalize.js";
import type { DateFact } from "../types.js";

/** Every time expression; spans in `doc.text` offsets. */
export function extractDates(doc: Doc, referenceDate: string | null): DateFact[] {
  void doc;
  void referenceDate;
  return [];
}

/** A publication date the text states (a dateline such as `2021-04-30 ...发布`), or null. */
export function findReferenceDate(doc: Doc): string | null {
  void doc;
  return null;
}
