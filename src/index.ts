// policyx as a library: `extract(text, options)` is the heart; `extractFile` adds reading and
// decoding (never throws: a failure comes back as an error record).
// The Traditional → Simplified converter, so that `extract` takes Traditional text at once.
import "./simplify.js";
export { extract, extractDoc, type Context } from "./extract.js";
export { extractFile, extractBytes, extractBuffer, expandInputs, type FileOptions } from "./files.js";
export { decode, ENCODINGS, type EncodingOption } from "./decode.js";
export { Doc, loadSimplifier } from "./normalize.js";
export * from "./types.js";
export { parseNumber, scanNumber, findNumbers, findQuantities, type Quantity, type NumberToken } from "./numbers.js";
export { lookupRegions, regionByCode, type RegionEntry } from "./gazetteer.js";
