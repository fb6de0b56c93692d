import type { Context } from "../extract.js";
import type { Figure, Target } from "../types.js";

/** Quantitative goals (targets) and every other counted amount (figures). */
export function extractTargets(ctx: Context): { targets: Target[]; figures: Figure[] } {
  void ctx;
  return { targets: [], figures: [] };
}
