// opencc-js ships its dictionaries and locale chains as plain ES modules without type
// declarations; these are their shapes.
declare module "opencc-js/from/hk" {
  const groups: ReadonlyArray<ReadonlyArray<string>>;
  export default groups;
}
declare module "opencc-js/from/tw" {
  const groups: ReadonlyArray<ReadonlyArray<string>>;
  export default groups;
}
declare module "opencc-js/to/cn" {
  const groups: ReadonlyArray<ReadonlyArray<string>>;
  export default groups;
}
declare module "opencc-js/dict/TSCharacters" {
  /** "繁 简|…" pairs; a value may hold several candidates separated by spaces. */
  const dict: string;
  export default dict;
}
declare module "opencc-js/dict/TSPhrases" {
  const dict: string;
  export default dict;
}
