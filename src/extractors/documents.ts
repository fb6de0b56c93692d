import type { Context } from "../extract.js";
import type { DocumentFact } from "../types.js";

/** Every policy document named in 《》; mention spans in `doc.text` offsets. */
export function extractDocuments(ctx: Context): DocumentFact[] {
  void ctx;
  return [];
}
