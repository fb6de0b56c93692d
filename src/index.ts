// policyx as a library: `extract(text, options)` is the heart; `extractFile` adds reading and
// decoding (never throws: a failure comes back as an error record).
export { extract, extractDoc, type Context } from "./extract.js";
export { extractFile, extractBytes, expandInputs, type FileOptions } from "./files.js";
export { decode, ENCODINGS, type EncodingOption } from "./decode.js";
export { Doc } from "./normalize.js";
export * from "./types.js";
export { parseNumber, scanNumber, findNumbers, findQuantities, type Quantity, type NumberToken } from "./numbers.js";
export { lookupRegions, regionByCode, type RegionEntry } from "./gazetteer.js";
