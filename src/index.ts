// policyx as a library: `extract(text, options)` is the heart; `extractFile` adds decoding.
export { extract, extractDoc, type Context } from "./extract.js";
export { Doc } from "./normalize.js";
export * from "./types.js";
