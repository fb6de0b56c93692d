// Arrays handed from one extractor to another, built so that their elements kind is the same in
// every tier of V8. `Array.prototype.map` makes a packed array while its caller runs in the
// interpreter or baseline code, but a holey one once the optimizing compiler has inlined it; the
// code downstream, optimized on the packed arrays it saw, then meets an array of a map it never
// saw, is thrown away ("wrong map") and compiled again. Over a batch that was some forty
// recompilations, a tenth of the optimizing compiler's work in a thread's warm-up.

/** `items.map(f)`, always a packed array. */
export function mapPacked<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let k = 0; k < items.length; k++) out.push(f(items[k], k));
  return out;
}
