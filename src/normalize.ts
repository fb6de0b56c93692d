// Normalization: Traditional → Simplified (opencc-js), full-width folding, the blanks and line
// breaks layout put inside a phrase left out, and the offset map back to the original text. Every extractor works on `Doc.text`; every span it reports is in
// `Doc.text` offsets (UTF-16 units) and is mapped back to original code points exactly once,
// by `Doc.toOriginal`, when the record is built.
import tsCharacters from "opencc-js/dict/TSCharacters";
import type { Script } from "./types.js";
import type { Span } from "./types.js";
import { CharSet, isAsciiLetter, isHanCode } from "./chars.js";
import { ITEM_NUMBER_BEFORE_TIME_AT_START, ITEM_SIGNS } from "./data/list-markers.js";
import { HONG_KONG_MACAO_MARKERS, NOT_BEFORE_TAIWAN_CITY, TAIWAN_CITY_MARKERS, TAIWAN_MARKERS } from "./data/region-names.js";
import { readDataFile } from "./data-file.js";
import { decodeEntity } from "./html.js";

type Convert = (s: string) => string;

/** Traditional (Taiwan standard, no phrase rewriting; Hong Kong's variant characters read
 *  first) → mainland Simplified. `tw` was chosen over `twp`/`hk` by measurement on the dev set
 *  (README: Normalization): `twp` rewrites vocabulary (資訊→信息, 軟體→软件), which changes
 *  what the text says, not only its script.
 *  The converter lives in ./simplify.ts, loaded only for a text that holds Traditional
 *  characters (module loading, and ~15 ms to build it from the tables `npm run build` stored,
 *  that a Simplified text never pays): the package entry imports it, and the file reader
 *  (`extractFile`) loads it with `loadSimplifier()` before a text that needs it. */
let makeSimplifier: (() => Convert) | undefined;
let toSimplified: Convert | undefined;

/** Called by ./simplify.ts when it loads. */
export function provideSimplifier(make: () => Convert): void {
  makeSimplifier ??= make;
}

/** Loads the converter (once); `extract` can then take Traditional text. */
export async function loadSimplifier(): Promise<void> {
  if (!makeSimplifier) await import("./simplify.js");
}

export function simplifier(): Convert {
  if (toSimplified) return toSimplified;
  if (!makeSimplifier) {
    throw new Error("policyx: the Traditional → Simplified converter is not loaded: import policyx's package entry, or await loadSimplifier() first");
  }
  return (toSimplified = makeSimplifier());
}

/** For each UTF-16 unit: 1 = a character only Traditional writing uses, 2 = one only
 *  Simplified writing uses, 0 = either or neither; read off opencc's Traditional→Simplified
 *  character table ("from to [alternatives]|…") once, by index and without making a string
 *  per entry (that took ten times as long, on every run). One typed-array lookup per
 *  character keeps detection cheap. */
const TRADITIONAL_ONLY = 1;
const SIMPLIFIED_ONLY = 2;
let scriptTable: Uint8Array | undefined;
function scriptCharacters(): Uint8Array {
  if (scriptTable) return scriptTable;
  const table = new Uint8Array(65536);
  const outputs: number[] = [];
  const ts: string = tsCharacters;
  for (let i = 0; i < ts.length; ) {
    let entryEnd = ts.indexOf("|", i);
    if (entryEnd < 0) entryEnd = ts.length;
    const space = ts.indexOf(" ", i);
    // astral characters are rare enough in policy texts to leave out of detection
    if (space === i + 1 && space < entryEnd) {
      const from = ts.charCodeAt(i);
      let toEnd = ts.indexOf(" ", space + 1);
      if (toEnd < 0 || toEnd > entryEnd) toEnd = entryEnd;
      const to = ts.charCodeAt(space + 1);
      const toIsOneUnit = toEnd === space + 2;
      if (!(toIsOneUnit && to === from) && toEnd > space + 1) {
        table[from] = TRADITIONAL_ONLY;
        if (toIsOneUnit) outputs.push(to);
      }
    }
    i = entryEnd + 1;
  }
  for (const c of outputs) if (table[c] !== TRADITIONAL_ONLY) table[c] = SIMPLIFIED_ONLY;
  // (…but not those Traditional writing uses as they are, 台 of 對台, 才, 制: counted for neither;
  // derived at build time from opencc-js, see scripts/build-simplifier.mjs)
  const neutral = readDataFile<{ version: number; chars: string }>("script-neutral.json", (d) => d.version === 1 && typeof d.chars === "string");
  if (neutral) for (let i = 0; i < neutral.chars.length; i++) if (table[neutral.chars.charCodeAt(i)] === SIMPLIFIED_ONLY) table[neutral.chars.charCodeAt(i)] = 0;
  return (scriptTable = table);
}

/** Full-width ASCII (！..～) to ASCII, ideographic space to space; one unit in, one unit out. */
export function foldWidth(s: string): string {
  if (!/[\uff01-\uff5e\u3000]/.test(s)) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else out += s[i];
  }
  return out;
}

/** A text that says it is Taiwan's: a marker word (TAIWAN_MARKERS) or one of its cities as a word
 *  of its own, and no word of Hong Kong's or Macao's own (本港, 特区政府). */
function isTaiwanText(text: string): boolean {
  // (a Hong Kong or Macao text is no Taiwan one, unless it is about Taiwan more than about itself:
  // a Hong Kong paper's report of 台湾行政院's plan, dated in the Republic's years, 123年前)
  const local = countOccurrences(text, HONG_KONG_MACAO_MARKERS);
  if (local > 0) return countOccurrences(text, TAIWAN_MARKERS) > 2 * local;
  if (TAIWAN_MARKERS.some((w) => text.includes(w))) return true;
  return namesTaiwanCity(text);
}

/** One of Taiwan's cities named as a word of its own (not the 台中 of 平台中). */
function namesTaiwanCity(text: string): boolean {
  for (const w of TAIWAN_CITY_MARKERS)
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) if (at === 0 || !NOT_BEFORE_TAIWAN_CITY.includes(text[at - 1])) return true;
  return false;
}

/** How many times the words occur in `text`, in all. */
function countOccurrences(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) n++;
  return n;
}

/** traditional / simplified / mixed, by the share of script-specific characters. */
export function detectScript(original: string): Script {
  return scriptOf(countScriptCharacters(original, original.length));
}

function scriptOf({ traditional, simplified }: { traditional: number; simplified: number }): Script {
  if (traditional + simplified === 0) return "simplified";
  const share = traditional / (traditional + simplified);
  if (share >= 0.8) return "traditional";
  if (share <= 0.2) return "simplified";
  return "mixed";
}

function countScriptCharacters(text: string, limit: number): { traditional: number; simplified: number } {
  const table = scriptCharacters();
  let traditional = 0;
  let simplified = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const k = table[text.charCodeAt(i)];
    if (k === TRADITIONAL_ONLY) traditional++;
    else if (k === SIMPLIFIED_ONLY) simplified++;
  }
  return { traditional, simplified };
}

/** Whether `original` holds a character only Traditional writing uses (it is then converted). */
export function hasTraditional(original: string): boolean {
  const table = scriptCharacters();
  for (let i = 0; i < original.length; i++) if (table[original.charCodeAt(i)] === TRADITIONAL_ONLY) return true;
  return false;
}

/** A half-width full stop ending a Chinese sentence (…4—6个.每年…, as text typed with half-width
 *  punctuation has it): after a Han character or a closing mark, so never inside a number or an
 *  address (1.5, PM2.5, www.gov.cn), and not in a run of dots. */
export function halfWidthStop(t: string, i: number): boolean {
  const prev = t.charCodeAt(i - 1);
  return ((prev >= 0x4e00 && prev <= 0x9fff) || prev === 0x300b /* 》 */ || prev === 0x201d /* ” */ || prev === 0xff09 /* ） */ || prev === 41) &&
    t.charCodeAt(i + 1) !== 46 && prev !== 46;
}

/** Characters that end a sentence, and closing quotes kept with it. */
const SENTENCE_END = new CharSet("。！？；!?;");
const CLOSING_QUOTE = new CharSet("”\"’」』)");
const isBlankCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0x3000 || c === 0xa0 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff || c === 0x1680;

export interface Sentence {
  start: number;
  end: number;
}

export class Doc {
  /** The decoded original text. */
  readonly original: string;
  /** Simplified, same UTF-16 length as `text` (what names, titles and objects are read from);
   *  reported spans quote `simplifiedOriginal`. */
  readonly simplified: string;
  /** Simplified and width-folded: what the extractors match against. */
  readonly text: string;
  readonly script: Script;
  /** Code points in the original. */
  readonly chars: number;
  // For every unit of `text`, the original code point range it came from.
  private readonly origStart: Int32Array;
  private readonly origEnd: Int32Array;
  private sentenceCache?: Sentence[];
  private taiwan?: boolean;

  /** The whole original in Simplified, unit for unit (the original's UTF-16 length): what
   *  reported spans quote. `simplified` is this less the blanks and line breaks `text` leaves
   *  out (see `layoutBreaks`). */
  readonly simplifiedOriginal: string;
  // for every unit of `text`, its index in `simplifiedOriginal`, where any was left out
  private readonly originalIndex?: Int32Array;

  /** A Traditional text from Taiwan (TAIWAN_MARKERS): it dates by the Republic's era and its
   *  districts are Taiwan's own. */
  get fromTaiwan(): boolean {
    return (this.taiwan ??= this.script === "traditional" && isTaiwanText(this.text));
  }

  /** A text of any script that names one of Taiwan's cities (台北市, 高雄市…) and no word of Hong
   *  Kong's or Macao's own: a mainland report from Taiwan too, whose districts are Taiwan's. */
  get namesTaiwanCity(): boolean {
    return (this.taiwanCity ??= this.fromTaiwan || (countOccurrences(this.text, HONG_KONG_MACAO_MARKERS) === 0 && namesTaiwanCity(this.text)));
  }
  private taiwanCity?: boolean;

  constructor(original: string) {
    this.original = original;
    // (one count of script-specific characters tells both the script and whether to convert)
    const counts = countScriptCharacters(original, original.length);
    const { simplified, origStart, origEnd, chars } = convertWithMap(original, counts.traditional > 0);
    this.chars = chars;
    this.script = scriptOf(counts);
    this.simplifiedOriginal = simplified;
    let folded = foldWidth(simplified);
    // (HTML entities left in text copied from a page's source, 10&mdash;15家, &ldquo;十五五&rdquo;末:
    // read as the character each stands for, its first unit standing for all of it; blanks
    // written so are layoutBreaks' own)
    const entities = textEntities(folded);
    let workSimplified = simplified;
    if (entities) {
      folded = replaceUnits(folded, entities);
      workSimplified = replaceUnits(simplified, entities);
    }
    // (an item's number whose dot a number follows, 4.3岁以下婴幼儿托位数…, after item 3. or before
    // item 5.: read as the item's mark, not as 4.3)
    const itemDots = sequencedItemDots(folded);
    if (itemDots) folded = replaceUnits(folded, itemDots);
    let drop = layoutBreaks(folded, workSimplified);
    if (entities) {
      const at = drop?.at ?? new Uint8Array(folded.length);
      let count = drop?.count ?? 0;
      for (const e of entities.values()) for (let k = e.at + 1; k < e.at + e.length; k++) if (!at[k]) (at[k] = 1), count++;
      drop = { at, count };
    }
    if (!drop) {
      this.simplified = simplified;
      this.text = folded;
      this.origStart = origStart;
      this.origEnd = origEnd;
      return;
    }
    // the extractors read the phrase whole (突破30\n万辆, 到 2028 年); reported spans still
    // quote the original as written, breaks and blanks included
    const kept = folded.length - drop.count;
    const index = new Int32Array(kept);
    const starts = new Int32Array(kept);
    const ends = new Int32Array(kept);
    const simplifiedParts: string[] = [];
    const textParts: string[] = [];
    let k = 0;
    let runStart = 0;
    for (let i = 0; i <= folded.length; i++) {
      if (i < folded.length && !drop.at[i]) {
        index[k] = i;
        starts[k] = origStart[i];
        ends[k] = origEnd[i];
        const entity = entities?.get(i);
        if (entity) ends[k] = origEnd[i + entity.length - 1];
        k++;
        continue;
      }
      if (i > runStart) {
        simplifiedParts.push(workSimplified.slice(runStart, i));
        textParts.push(folded.slice(runStart, i));
      }
      runStart = i + 1;
    }
    this.simplified = simplifiedParts.join("");
    this.text = textParts.join("");
    this.origStart = starts;
    this.origEnd = ends;
    this.originalIndex = index;
  }

  /** Maps a `text` range to original code point offsets. */
  toOriginal(start: number, end: number): { start: number; end: number } {
    const n = this.text.length;
    if (n === 0) return { start: 0, end: 0 };
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    const oStart = s < n ? this.origStart[s] : this.chars;
    const oEnd = e > s ? this.origEnd[e - 1] : oStart;
    return { start: oStart, end: oEnd };
  }

  /** The public span of a `text` range: original offsets, simplified text. */
  span(start: number, end: number): Span {
    return { text: this.quote(start, end), ...this.toOriginal(start, end) };
  }

  /** The simplified text of a `text` range as the original writes it, with any blanks and
   *  line breaks inside it that `text` leaves out. */
  quote(start: number, end: number): string {
    const index = this.originalIndex;
    if (!index) return this.simplified.slice(start, end);
    const n = index.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) return "";
    return this.simplifiedOriginal.slice(index[s], index[e - 1] + 1);
  }

  /** Sentences of `text`: split after 。！？；!?; and at line breaks (those inside a sentence
   *  are no longer in `text`: `layoutBreaks`), trimmed of blanks. */
  sentences(): Sentence[] {
    if (this.sentenceCache) return this.sentenceCache;
    const out: Sentence[] = [];
    const t = this.text;
    let start = 0;
    const push = (s: number, e: number) => {
      while (s < e && isBlankCode(t.charCodeAt(s))) s++;
      while (e > s && isBlankCode(t.charCodeAt(e - 1))) e--;
      if (e > s) out.push({ start: s, end: e });
    };
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || c === 13) {
        push(start, i);
        start = i + 1;
      } else if (SENTENCE_END.has(c) || (c === 46 && halfWidthStop(t, i))) {
        // keep a closing quote with its sentence
        let j = i + 1;
        while (j < t.length && CLOSING_QUOTE.at(t, j)) j++;
        push(start, j);
        start = j;
        i = j - 1;
      }
    }
    push(start, t.length);
    return (this.sentenceCache = out);
  }

  /** The sentence holding `text` offset `pos`, or undefined. Binary search. */
  sentenceAt(pos: number): Sentence | undefined {
    const ss = this.sentences();
    let lo = 0;
    let hi = ss.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ss[mid].end <= pos) lo = mid + 1;
      else if (ss[mid].start > pos) hi = mid - 1;
      else return ss[mid];
    }
    return undefined;
  }
}

/** A line break inside a sentence, as text copied from web pages has them: the line before
 *  ends in ，or 、, or it is prose (it holds a comma and is 30 characters or more) that stops
 *  in mid-phrase, on no punctuation; and a line with text follows, not a list item. A title
 *  (short, no commas), a paragraph ending in 。 or ：, and a list keep their breaks. `i` is the
 *  index of a \n or \r; \r\n counts as one break. */
function isSoftBreak(text: string, i: number): boolean {
  // (by char code throughout: text[k] makes a string at every step on Chinese text)
  let b = i;
  if (text.charCodeAt(b) === 10 && text.charCodeAt(b - 1) === 13) b--;
  let a = i;
  if (text.charCodeAt(a) === 13 && text.charCodeAt(a + 1) === 10) a++;
  // the line before: its last visible character, and where it starts
  let e = b;
  while (e > 0 && b - e < 200 && isSoftBreakBlank(text.charCodeAt(e - 1))) e--;
  if (e === 0) return false;
  const last = text.charCodeAt(e - 1);
  if (last === 10 || last === 13) return false;
  // the line after: text, not blank, not a list item
  let n = a + 1;
  while (n < text.length && n - a < 200 && isSoftBreakBlank(text.charCodeAt(n))) n++;
  if (n >= text.length || text.charCodeAt(n) === 10 || text.charCodeAt(n) === 13 || opensItem(text, n)) return false;
  if (last === 0xff0c || last === 0x3001 || last === 44) return true; // ，、,
  if (!/[\p{L}\p{N}]/u.test(text[e - 1])) return false;
  // (the last 200 characters of the line are enough to tell: the look stays cheap however
  // long the line, and however many amounts ask about the same break)
  let s = e - 1;
  let comma = false;
  while (s > 0 && e - s < 200 && text.charCodeAt(s - 1) !== 10 && text.charCodeAt(s - 1) !== 13) {
    s--;
    const c = text.charCodeAt(s);
    if (c === 0xff0c || c === 44) comma = true; // (，is , once width-folded)
  }
  return comma && e - s >= 30;
}
/** Display columns a fixed-width layout gives a character: East Asian wide and full-width forms
 *  (and the dashes, ellipses and quotes Chinese fonts set wide) two, the rest one. */
function columnsOf(c: number): number {
  return (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c === 0x2014 || c === 0x2026 || (c >= 0x2018 && c <= 0x201d)
    ? 2
    : 1;
}
/** The narrowest wrap width read as one (columns), and how far short of it a wrapped line may
 *  stop (a wide character that did not fit). */
const HARD_WRAP_MIN_COLUMNS = 24;
const HARD_WRAP_SLACK = 2;
/** How many full lines a block with short lines among them needs to be read as wrapped. */
const HARD_WRAP_MIN_FULL_LINES = 3;
/** The width (columns) from which a page's lines may run a tenth short and still be full. */
const HARD_WRAP_WIDE_PAGE = 40;
/** Ends of a list's clauses (；：, width-folded or not), which a wrapped line keeps. */
const LIST_CLAUSE_END = new Set([0xff1b, 0xff1a, 59, 58]);

/** The line breaks (their \n or \r index) inside blocks wrapped at a fixed width, as a narrow
 *  column or a plain-text page sets them: a block of three lines or more between blank lines in
 *  which every line but the last fills the same width (HARD_WRAP_MIN_COLUMNS or more, within
 *  HARD_WRAP_SLACK), whatever it stops on (提出到20⏎28年, 达到3⏎0万吨). Not a table's rows
 *  (tabs or runs of blanks), nor after the end of a sentence. Null where there is none. One pass. */
function hardWrappedBreaks(text: string): Set<number> | null {
  let out: Set<number> | null = null;
  // (the block's lines as ends and widths, in arrays kept between calls: no object per line)
  let lines = 0;
  const flush = () => {
    if (lines >= 3) {
      let width = 0;
      for (let k = 0; k < lines - 1; k++) width = Math.max(width, wrapColumns[k]);
      // (a page wrapped at a width in characters runs a little short in columns where a line holds
      // digits: the looser reading allows a tenth of a wide page's width)
      const slack = width >= HARD_WRAP_WIDE_PAGE ? Math.max(HARD_WRAP_SLACK, Math.floor(width / 10)) : HARD_WRAP_SLACK;
      // (full lines, nearly full ones, and long ones: a heading, a page's footer or a paragraph's last
      // line is short)
      let fullLines = 0;
      let nearFull = 0;
      let long = 0;
      if (width >= HARD_WRAP_MIN_COLUMNS) {
        for (let k = 0; k < lines - 1; k++) {
          if (wrapColumns[k] >= width - HARD_WRAP_SLACK) fullLines++;
          if (wrapColumns[k] >= width - slack) nearFull++;
          if (2 * wrapColumns[k] >= width) long++;
        }
      }
      if (fullLines === lines - 1 && fullLines > 0) {
        for (let k = 0; k < lines - 1; k++) {
          const last = text.charCodeAt(wrapEnds[k] - 1);
          if (!SENTENCE_END.has(last)) (out ??= new Set()).add(wrapEnds[k]);
        }
      } else if (nearFull >= HARD_WRAP_MIN_FULL_LINES && (3 * nearFull >= 2 * long || 2 * nearFull >= lines - 1)) {
        // (…or a page whose paragraphs follow one another with no blank line between, a PDF's, where
        // two thirds of its long lines are full, or half of all its lines: the full lines of the block
        // are wrapped, the short ones end a paragraph or are a heading, a dateline or a page's footer,
        // and stay; nor a line that ends a clause of a list, ；or ：)
        for (let k = 0; k < lines - 1; k++) {
          const last = text.charCodeAt(wrapEnds[k] - 1);
          if (wrapColumns[k] >= width - slack && !SENTENCE_END.has(last) && !LIST_CLAUSE_END.has(last)) (out ??= new Set()).add(wrapEnds[k]);
        }
      }
    }
    lines = 0;
  };
  let start = 0;
  let columns = 0;
  let cells = false;
  let slashes = 0;
  // (whether the line has shown text yet: blanks before it are an indent, not cells)
  let seenText = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      let end = i;
      while (end > start && isInlineBlank(text.charCodeAt(end - 1))) end--;
      if (end === start || cells) flush();
      else if (lines < MAX_WRAP_LINES) {
        wrapEnds[lines] = i;
        wrapColumns[lines] = columns;
        lines++;
      }
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      columns = 0;
      cells = false;
      slashes = 0;
      seenText = false;
      continue;
    }
    columns += columnsOf(c);
    // (a table's cells: a tab, or two blanks inside the line; or bars, or slashes three times, as a
    // table's rows are parted: 新型智能化温室 | 万个 | 1.3 | 2)
    const blank = c === 32 || c === 0x3000;
    if (c === 9 || (blank && seenText && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 0x3000))) cells = true;
    if (c === 0x7c || c === 0xff5c) cells = true;
    if ((c === 0x2f || c === 0xff0f) && ++slashes >= 3) cells = true;
    if (!blank && c !== 0xa0) seenText = true;
  }
  flush();
  return out;
}
/** The lines of one block looked at (of a longer block, its first lines only). */
const MAX_WRAP_LINES = 4096;
const wrapEnds = new Int32Array(MAX_WRAP_LINES);
const wrapColumns = new Int32Array(MAX_WRAP_LINES);

/** What joins the two numbers of a range (width-folded: ～ is ~). */
const RANGE_JOINERS = "至到~-—–";
/** After a number and a stray blank, what goes on the number (its year, month, day, multiplier). */
const NUMBER_TAILS_AFTER_BLANK = "年月日万亿";
/** Blank, tab or ideographic space. */
const isSoftBreakBlank = (c: number) => c === 32 || c === 9 || c === 0x3000;

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const sameAsciiKind = (a: number, b: number) => (isDigitCode(a) && isDigitCode(b)) || (isAsciiLetter(a) && isAsciiLetter(b));
const isInlineBlank = (c: number) => c === 32 || c === 9 || c === 0xa0;
/** Past the spaces (not tabs, which part table cells) from `i`. */
function blankRunEnd(s: string, i: number): number {
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 0xa0)) i++;
  return i;
}
/** What a PDF or a narrow column breaks a line in the middle of: a number before its unit. */
const FRACTION_LEADS = ["百分之", "千分之", "万分之"];
/** …and what a unit or a magnitude after a number starts with (30\n万辆, 不少于30\n家). */
const UNIT_LEADS = "%万亿千百个家座项所条辆吨亩元台套户人名次场处件种批支张床间公米平立克倍年月日岁天";

/** Blanks and line breaks that layout put inside a phrase, which the extractors should read
 *  through:
 *  - the blanks around a number spaced off between Chinese characters (到 2028 年, 突破 1500 亿元,
 *    稳定在 73% 以上), as many sites space their figures (one blank on one side only, 年均增长
 *    15%以上, stays: the targets' clauses read through it, while datelines and counts keep it);
 *  - a line break inside a sentence: the soft breaks of `isSoftBreak`; a break between a number
 *    and its unit (突破30\n万辆) or after 百分之; and, in a text whose paragraphs open indented,
 *    the break before a line that does not, a paragraph hard-wrapped as PDF copies are.
 *  Tabs and runs of blanks (table cells) and a blank before a year (a headline's parts) stay.
 *  `folded` is width-folded (ideographic blanks are spaces). One pass, linear in the text.
 *  Null when there is nothing to take out. */
export function layoutBreaks(folded: string, unfolded: string = folded): { at: Uint8Array; count: number } | null {
  const n = folded.length;
  // (the breaks of blocks wrapped at a fixed width, as a narrow column or a plain-text page sets
  // them: see hardWrappedBreaks)
  const wrapped = hardWrappedBreaks(unfolded);
  let at: Uint8Array | undefined;
  let count = 0;
  const mark = (i: number) => {
    at ??= new Uint8Array(n);
    if (!at[i]) (at[i] = 1), count++;
  };
  // (running heads looked up so far: each look is bounded, and so is their number)
  const furniture = { checks: 0 };
  // whether paragraphs open indented: two lines or more that start with two blanks
  let indentedLines = 0;
  for (let i = 0; i < n && indentedLines < 2; i++) {
    if ((i === 0 || folded.charCodeAt(i - 1) === 10) && isInlineBlank(folded.charCodeAt(i)) && isInlineBlank(folded.charCodeAt(i + 1))) indentedLines++;
  }
  const indented = indentedLines >= 2;
  // whether the current line belongs to an indented paragraph (opened indented, or reached
  // through a break taken out)
  let lineStart = 0;
  let inParagraph = false;
  // whether the current line goes on a bulleted item broken a phrase a line
  let bulletChain = false;
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    // a number spaced off on both sides between Chinese characters: 到 2028 年, 突破 1500 亿元,
    // 稳定在 73% 以上 (not a year after a headline's blank, 行动 2027年…, nor table cells)
    if (c === 32 || c === 0xa0) {
      // (…or a blank only after a number glued to the words before it, before its 年, 月, 日 or
      // multiplier: 预计116 年底前, 增加3 万户)
      if (i > lineStart && isDigitCode(folded.charCodeAt(i - 1)) && NUMBER_TAILS_AFTER_BLANK.includes(folded[i + 1] ?? "\n")) {
        let d = i - 1;
        while (d > lineStart && isDigitCode(folded.charCodeAt(d - 1))) d--;
        if (d > lineStart && isHanCode(folded.charCodeAt(d - 1))) {
          mark(i);
          continue;
        }
      }
      const numStart = blankRunEnd(folded, i);
      if (numStart - i <= 2 && i > lineStart && isHanCode(folded.charCodeAt(i - 1)) && isDigitCode(folded.charCodeAt(numStart))) {
        let numEnd = numStart;
        while (numEnd < n && (isDigitCode(folded.charCodeAt(numEnd)) || folded[numEnd] === "." || folded[numEnd] === ",")) numEnd++;
        // (…or a range spaced off whole: 培育企业 2至3 个, 引进 50～80 家)
        if (RANGE_JOINERS.includes(folded[numEnd] ?? "\n") && isDigitCode(folded.charCodeAt(numEnd + 1))) {
          numEnd++;
          while (numEnd < n && (isDigitCode(folded.charCodeAt(numEnd)) || folded[numEnd] === "." || folded[numEnd] === ",")) numEnd++;
        }
        if (folded.charCodeAt(numEnd) === 37) numEnd++;
        const after = blankRunEnd(folded, numEnd);
        if (after > numEnd && after - numEnd <= 2 && isHanCode(folded.charCodeAt(after))) {
          for (let k = i; k < numStart; k++) mark(k);
          for (let k = numEnd; k < after; k++) mark(k);
          i = after - 1;
          continue;
        }
      }
      // (the rest of the run is passed in one step: a blank inside it follows a blank, never a
      // Chinese character, and a line of 100,000 spaces is read once, not once per space)
      i = numStart - 1;
      continue;
    }
    // a blank written as an HTML entity in text copied from a page's source (不少于15&nbsp;家):
    // read through, as the blank it stands for would be
    if (c === 38 /* & */) {
      const m = BLANK_ENTITY.exec(folded.slice(i, i + 8));
      // (not one parting two runs of digits or of Latin letters, 2026-03-12&nbsp;09:30: taken out,
      // it would join them; 500&nbsp;km is a number and its unit)
      if (m && !sameAsciiKind(folded.charCodeAt(i - 1), folded.charCodeAt(i + m[0].length))) {
        for (let k = i; k < i + m[0].length; k++) mark(k);
        i += m[0].length - 1;
        continue;
      }
    }
    // a soft hyphen (U+00AD), left by a PDF's line breaking, and the zero-width characters pages
    // leave inside words and numbers (西\u200b安, 3\u200b000辆, 以\u2060上): never text
    if (c === 0xad || c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff) {
      mark(i);
      continue;
    }
    if (c !== 10 && c !== 13) continue;
    // one break: \r\n, \n or \r
    const breakEnd = c === 13 && folded.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    // a page's foot and the next one's head (— 2 —, 第1页 共2页, a running title) inside a
    // sentence that goes on after them: taken out with the breaks around them
    {
      let last = i;
      while (last > lineStart && isInlineBlank(folded.charCodeAt(last - 1))) last--;
      // (the cheap tests first: a wrapped line that ends no paragraph, no table row, no lone date)
      // (and a full line, as long as the one before it: a PDF's wrapped lines run to the margin)
      if (last - lineStart >= WRAPPED_LINE_MIN && !PARAGRAPH_END.includes(folded[last - 1]) && !LONE_DATE.test(folded.slice(lineStart, last)) && folded.slice(lineStart, last).indexOf("\t") < 0 &&
        // (…or one that stops at a comma: the sentence goes on whatever the line's length)
        (last - lineStart >= previousLineLength(folded, lineStart) - FULL_LINE_SLACK || MID_SENTENCE_END.includes(folded[last - 1]))) {
        // (blank lines around the page number only where the line stops inside its sentence: a
        // comma, or a full line that opens no item)
        // (or a paragraph's long first line, indented: 　　到2027年，…龙头⏎⏎— 3 —⏎⏎企业5家)
        let textStart = lineStart;
        while (textStart < last && isInlineBlank(folded.charCodeAt(textStart))) textStart++;
        // (…or an item's long line that holds sentences, （一）发展目标。到2027年，…培育: no heading)
        const midSentence = MID_SENTENCE_END.includes(folded[last - 1]) ||
          (!opensItem(folded, textStart) && (previousLineLength(folded, lineStart) > 0 || (textStart > lineStart && last - textStart >= WRAPPED_LINE_MIN))) ||
          (last - textStart >= WRAPPED_LINE_MIN && /[，,。]/.test(folded.slice(textStart, last)));
        const furnitureEnd = pageFurnitureEnd(folded, breakEnd, furniture, midSentence);
        if (furnitureEnd > breakEnd && !opensItem(folded, furnitureEnd)) {
          for (let k = i; k < furnitureEnd; k++) mark(k);
          i = furnitureEnd - 1;
          lineStart = furnitureEnd;
          continue;
        }
      }
    }
    if (i > lineStart && isInlineBlank(folded.charCodeAt(lineStart)) && isInlineBlank(folded.charCodeAt(lineStart + 1))) inParagraph = true;
    let soft = false;
    let last = i;
    while (last > lineStart && (isInlineBlank(folded.charCodeAt(last - 1)) || folded.charCodeAt(last - 1) === 0xad)) last--;
    const lastCode = last > lineStart ? folded.charCodeAt(last - 1) : 0;
    const nextCode = breakEnd < n ? folded.charCodeAt(breakEnd) : 0;
    if (lastCode && nextCode && nextCode !== 10 && nextCode !== 13) {
      if (isSoftBreak(folded, i)) soft = true;
      // (a block wrapped at a fixed width: 提出到20⏎28年, 达到3⏎0万吨, 50%⏎以上)
      else if (wrapped?.has(i) && !opensItem(folded, breakEnd)) soft = true;
      // (a bound cut in two, 3000人以\n上; a word hyphenated at the line's end, 超过5亿元的-\n人参)
      else if (lastCode === 0x4ee5 /* 以 */ && BOUND_ENDS.includes(folded[breakEnd]) && last - lineStart >= WRAPPED_LINE_MIN) soft = true;
      else if (lastCode === 45 && isHanCode(folded.charCodeAt(last - 2)) && isHanCode(nextCode) && last - lineStart >= WRAPPED_LINE_MIN) {
        mark(last - 1);
        soft = true;
      }
      else if (isDigitCode(lastCode) && UNIT_LEADS.includes(folded[breakEnd]) && last - lineStart >= 8 && !TABLE_CELLS.test(folded.slice(lineStart, last))) soft = true;
      else if (FRACTION_LEADS.some((w) => folded.startsWith(w, last - w.length)) && isHanCode(nextCode)) soft = true;
      // (a narrow column breaking a phrase before its amount: 种植规模稳定在\n4亿袋左右, 龙头企业\n2至3家;
      // not a table written one cell a line, whose cells are short)
      // (nor a headline above its dateline: …6万套⏎2026年10月09日 07:52　来源：…)
      // (…nor a numbered heading above its paragraph: 一、2025年工作回顾⏎2025年是极不平凡的一年)
      else if (isHanCode(lastCode) && isDigitCode(nextCode) && last - lineStart >= WRAPPED_LINE_MIN && !/[\t |]/.test(folded.slice(lineStart, last)) && !opensItem(folded, breakEnd) &&
        !DATELINE_START.test(folded.slice(breakEnd, breakEnd + 60)) &&
        !(opensItem(folded, lineStart) && last - lineStart <= SHORT_HEADING_MAX && !/[，,。；;：:]/.test(folded.slice(lineStart, last))))
        soft = true;

      // (not a table's rows under an indented caption: lines parted into cells by tabs, bars or
      // runs of blanks)
      else if (indented && inParagraph && !isInlineBlank(nextCode) && !opensItem(folded, breakEnd) && !PARAGRAPH_END.includes(folded[last - 1]) && /[\p{L}\p{N}“‘"(]/u.test(folded[breakEnd]) &&
        !tableRowsMeet(folded.slice(lineStart, last), folded.slice(breakEnd, Math.min(n, breakEnd + 200)).split("\n")[0]))
        soft = true;
      // (a bulleted item written a phrase a line, as an infographic's text comes out: ◆ 中药材种植
      // 面积⏎稳定在⏎300万亩以上; each line after the bullet's short, none a bullet or an item)
      // (…until the line with its amount: ◆ 培育企业20家⏎保障措施 is an item, then a heading)
      // (not a heading, ★ 主要目标, nor onto a time or a new section: 到2027年, 相关阅读)
      else if ((bulletChain || opensBullet(folded, lineStart)) && !PARAGRAPH_END.includes(folded[last - 1]) && !opensItem(folded, breakEnd) &&
        !opensBullet(folded, breakEnd) && shortLineAt(folded, breakEnd) && !/[0-9]/.test(folded.slice(lineStart, last)) &&
        !LIST_HEADING_END.test(folded.slice(lineStart, last)) && !CHAIN_STOP_LINE.test(folded.slice(breakEnd, breakEnd + 8))) {
        soft = true;
        bulletChain = true;
      }
    }
    if (!soft) bulletChain = false;
    if (soft) for (let k = i; k < breakEnd; k++) mark(k);
    else inParagraph = false;
    i = breakEnd - 1;
    lineStart = breakEnd;
  }
  return at ? { at, count } : null;
}

/** A line that only numbers a page or points to another (— 2 —, －２－, ·18·, 第1页 共2页, 1/2,
 *  （下转第3版）). Width-folded. */
const PAGE_NUMBER_LINE = /^[ \t]*(?:[—–\-─]{1,3}[ \t]*[0-9]{1,3}[ \t]*[—–\-─]{1,3}|[·•][ \t]*[0-9]{1,3}[ \t]*[·•]|第[ \t]*[0-9]{1,3}[ \t]*页(?:[ \t,，]*共[ \t]*[0-9]{1,3}[ \t]*页)?|[0-9]{1,3}[ \t]*\/[ \t]*[0-9]{1,3}|[(（]?[上下](?:转|接)第[0-9一二三四五六七八九十]{1,3}版[)）]?)[ \t]*$/;
/** A running head or foot beside a page number: short, no punctuation of a sentence, and no day
 *  (a masthead's date, 2026年4月16日, stays text; a gazette's issue, 2026年第5期, need not). */
const RUNNING_LINE = /^[ \t]*[^\s，,。；;：:！？!?、]{2,30}[ \t]*$|^[ \t]*[^\n，,。；;：:！？!?、]{2,30}$/;
const RUNNING_LINE_DAY = /[0-9]{1,2}月[0-9]{1,2}[日号]|[0-9]{4}[\/.\-][0-9]{1,2}[\/.\-][0-9]{1,2}/;
const MAX_FURNITURE_LINES = 4;
/** Marks a line may stop at with its sentence going on. */
const MID_SENTENCE_END = ",，、";
const MAX_FURNITURE_BLANKS = 4;

/** Where the page furniture opening at `from` (a page number, then perhaps running heads, then a
 *  line of text) ends: the start of that text line; else `from`. A running head is a short line
 *  that the text holds again near it (the next page's head, the document's own name): a line
 *  said once is text (a title, a heading). */
function pageFurnitureEnd(folded: string, from: number, furniture: { checks: number }, midSentence = true): number {
  let p = from;
  let numbered = false;
  // (blank lines around the page number, as a PDF's text comes out, are the page's edge too;
  // only around one: a blank line alone ends a paragraph)
  let blanks = 0;
  for (let lines = 0; lines < MAX_FURNITURE_LINES + MAX_FURNITURE_BLANKS && p < folded.length; lines++) {
    let e = p;
    while (e < folded.length && e - p <= 40 && folded.charCodeAt(e) !== 10 && folded.charCodeAt(e) !== 13) e++;
    if (e >= folded.length || e - p > 40) break;
    const line = folded.slice(p, e);
    if (line.trim() === "" && blanks < MAX_FURNITURE_BLANKS) {
      blanks++;
      p = folded.charCodeAt(e) === 13 && folded.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
      continue;
    }
    if (PAGE_NUMBER_LINE.test(line)) numbered = true;
    else if (!numbered || !RUNNING_LINE.test(line) || RUNNING_LINE_DAY.test(line) || !saidAgainNear(folded, p, e, furniture)) break;
    p = folded.charCodeAt(e) === 13 && folded.charCodeAt(e + 1) === 10 ? e + 2 : e + 1;
  }
  if (!numbered || p >= folded.length) return from;
  // (around blank lines only inside a sentence that stops at a comma, or after a full line: not
  // after a heading, （一）培育壮大新能源汽车产业集群⏎⏎— 3 —⏎⏎全市…)
  if (blanks > 0 && !midSentence) return from;
  // (what follows must be text going on, not a blank line or another page number)
  const next = folded.charCodeAt(p);
  return next === 10 || next === 13 || PAGE_NUMBER_LINE.test(folded.slice(p, p + 20).split("\n")[0]) ? from : p;
}

/** Whether the text holds [start, end)'s words again within RUNNING_REACH of it; at most
 *  MAX_RUNNING_CHECKS looks per text. */
function saidAgainNear(folded: string, start: number, end: number, furniture: { checks: number }): boolean {
  if (++furniture.checks > MAX_RUNNING_CHECKS) return false;
  const words = folded.slice(start, end).trim();
  if (words.length < 2) return false;
  const lo = Math.max(0, start - RUNNING_REACH);
  const before = folded.slice(lo, start).lastIndexOf(words);
  if (before >= 0) return true;
  return folded.slice(end, Math.min(folded.length, end + RUNNING_REACH)).indexOf(words) >= 0;
}
/** The length of the line that ends right before `lineStart` (0 if none), blanks at its ends
 *  left out; looked at over LINE_LOOK characters at most. */
function previousLineLength(folded: string, lineStart: number): number {
  let e = lineStart - 1;
  if (e > 0 && folded.charCodeAt(e) === 10 && folded.charCodeAt(e - 1) === 13) e--;
  if (e <= 0) return 0;
  let s = e;
  while (s > 0 && e - s < LINE_LOOK && folded.charCodeAt(s - 1) !== 10 && folded.charCodeAt(s - 1) !== 13) s--;
  return folded.slice(s, e).trim().length;
}
const LINE_LOOK = 200;
/** How much shorter than the line before it a line may be and still run to the margin. */
const FULL_LINE_SLACK = 2;
const RUNNING_REACH = 20_000;
const MAX_RUNNING_CHECKS = 200;
// Cells of a table's line: a tab, a bar, or a run of blanks between two visible characters;
// the strong kinds (tab, bar, ASCII blanks) tell a table's row alone, a run of ideographic
// spaces (as a gazette's running head has: 5690　　澳门特别行政区公报) only beside another.
const TABLE_CELLS = /\S(?:\t|[ \u3000]{2,}|\|)\S?/;
const STRONG_TABLE_CELLS = /\S(?:\t| {2,}|\|)\S?/;

/** The line after a break is a table's row, or both lines are (then no sentence runs across). */
function tableRowsMeet(line: string, next: string): boolean {
  return STRONG_TABLE_CELLS.test(next) || (TABLE_CELLS.test(line) && TABLE_CELLS.test(next));
}

// A line opening with a day, as a dateline does (2026年10月09日 07:52, 2026-10-09).
// (then nothing a sentence has: a time, a source, a weekday, an author, a short line; a wrapped
// sentence may go on with a day, 力争到⏎2026-12-31新增公共充电桩5000个。)
const DATELINE_START = /^[0-9]{4}(?:年[0-9]{1,2}月[0-9]{1,2}日|[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9]))(?:[^，,。；;！？\n]{0,30}(?:\r?\n|$)|[电讯])/;
/** A line holding a date alone (a signature's), which a page break does not join on. */
export const LONE_DATE = /^[\s　]*(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日[\s　]*$/;

/** What follows 以 in a bound (以上, 以下, 以内). */
const BOUND_ENDS = "上下内";

/** The shortest line taken for part of a wrapped paragraph before an amount. */
const WRAPPED_LINE_MIN = 10;

/** An HTML entity that is no blank: its name between & and ; (mdash, ldquo, #8212). */
const TEXT_ENTITY = /^&(#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});/;

/** An entity in the text: where it starts, its length and the character it stands for. */
interface TextEntity {
  at: number;
  length: number;
  ch: string;
}

/** The entities of `folded` that stand for one character other than a blank, keyed by where each
 *  starts, in order. Null where there is none. One pass. */
export function textEntities(folded: string): Map<number, TextEntity> | null {
  let out: Map<number, TextEntity> | null = null;
  for (let i = folded.indexOf("&"); i >= 0; i = folded.indexOf("&", i + 1)) {
    const m = TEXT_ENTITY.exec(folded.slice(i, i + 12));
    if (!m || BLANK_ENTITY.test(m[0])) continue;
    const ch = decodeEntity(m[1]);
    // (one unit only, so that the text keeps its length up to the drop: no astral characters)
    if (ch === null || ch.length !== 1 || /\s/.test(ch)) continue;
    (out ??= new Map()).set(i, { at: i, length: m[0].length, ch });
    i += m[0].length - 1;
  }
  return out;
}

/** `s` with each entity's first unit replaced by its character (the same length). */
function replaceUnits(s: string, entities: Map<number, TextEntity>): string {
  const parts: string[] = [];
  let from = 0;
  for (const e of entities.values()) {
    parts.push(s.slice(from, e.at), e.ch);
    from = e.at + 1;
  }
  parts.push(s.slice(from));
  return parts.join("");
}

/** A line's opening item number and the mark after it (after its indentation). */
const LINE_ITEM_NUMBER = /^[ \t\u3000]*([0-9]{1,2})([.．、])/;

/** The dots after item numbers that a number follows (4.3岁以下…) where the items around them
 *  say they are items: the line's number is one more than the last item's before it, or one
 *  less than the next's. Each such dot is read as 、 (one unit for one). Null where none. */
export function sequencedItemDots(folded: string): Map<number, TextEntity> | null {
  // (only where a line opens with a number, a dot and a digit: most texts have none)
  if (!/(?:^|\n)[ \t\u3000]*[0-9]{1,2}[.．][0-9]/.test(folded)) return null;
  const items: Array<{ n: number; dot: number; ambiguous: boolean }> = [];
  for (let start = 0; start < folded.length; ) {
    let end = folded.indexOf("\n", start);
    if (end < 0) end = folded.length;
    const m = LINE_ITEM_NUMBER.exec(folded.slice(start, Math.min(end, start + 12)));
    if (m) {
      const dot = start + m[0].length - 1;
      const digitAfter = folded.charCodeAt(dot + 1) >= 48 && folded.charCodeAt(dot + 1) <= 57;
      // (an item's number before a month or a year, 1.2027年底前, is read as one already)
      const beforeTime = digitAfter && ITEM_NUMBER_BEFORE_TIME_AT_START.test(folded.slice(dot - m[1].length, dot + 8));
      items.push({ n: Number(m[1]), dot, ambiguous: m[2] !== "、" && digitAfter && !beforeTime });
    }
    start = end + 1;
  }
  let out: Map<number, TextEntity> | null = null;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (!it.ambiguous) continue;
    const prev = items[i - 1];
    const next = items[i + 1];
    if ((prev && prev.n === it.n - 1) || (next && next.n === it.n + 1)) (out ??= new Map()).set(it.dot, { at: it.dot, length: 1, ch: "、" });
  }
  return out;
}

/** HTML entities for blanks (&nbsp; and its kin). */
const BLANK_ENTITY = /^&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288);/i;

/** A line ending in these ends its paragraph, wrapped or not. */
const PARAGRAPH_END = "。！？!?：:”’」』";

/** A list item starts at `p`: (一) （1） 一、 1. 1、 1） ① and the like. */
// (not ▲ △, which open photo captions as often)
const CAPTION_SIGNS = "▲△";
/** The longest numbered line read as a heading rather than a phrase broken by a narrow column. */
const SHORT_HEADING_MAX = 20;
const LIST_HEADING_END = /(?:目标|任务|指标|措施|举措|重点|如下|要求)$/;
const CHAIN_STOP_LINE = /^(?:到|至|截至)?[0-9]{4}年|^(?:相关|延伸|推荐)(?:阅读|新闻|链接)|^附件/;

/** A bullet opens the line at `p` (blanks before it aside): a list's item sign (ITEM_SIGNS). */
function opensBullet(text: string, p: number): boolean {
  while (p < text.length && isInlineBlank(text.charCodeAt(p))) p++;
  const cp = text.codePointAt(p);
  if (cp === undefined) return false;
  const sign = String.fromCodePoint(cp);
  return ITEM_SIGNS.test(sign) && !CAPTION_SIGNS.includes(sign);
}

/** The line at `p` is a short phrase (an infographic's line): at most SHORT_PHRASE_LINE
 *  characters, and not empty. */
function shortLineAt(text: string, p: number): boolean {
  let e = p;
  while (e < text.length && e - p <= SHORT_PHRASE_LINE && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
  return e > p && e - p <= SHORT_PHRASE_LINE;
}
const SHORT_PHRASE_LINE = 12;

function opensItem(text: string, p: number): boolean {
  const c = text[p];
  if (c === "(" || c === "（" || c === "【" || c === "[" || (c >= "\u2460" && c <= "\u24ff")) return true;
  let q = p;
  while (q < text.length && q - p < 4 && /[0-9一二三四五六七八九十]/.test(text[q])) q++;
  // (1.5万吨 is a number, not item 1.; 4.6月至9月 and 1.2027年底前 are items 4. and 1.)
  if (q > p && (text[q] === "." || text[q] === "．") && /[0-9]/.test(text[q + 1] ?? "")) return ITEM_NUMBER_BEFORE_TIME_AT_START.test(text.slice(p, q + 6));
  return q > p && ".、．)）".includes(text[q] ?? "x");
}

/** The Simplified text (`convertLines`) and, for every unit, the code point of the original it
 *  comes from. */
function convertWithMap(original: string, traditional: boolean): {
  simplified: string;
  origStart: Int32Array;
  origEnd: Int32Array;
  chars: number;
} {
  // (a text with no Traditional character is its own Simplified form)
  const simplified = traditional ? convertLines(original, simplifier()) : original;
  const origStart = new Int32Array(original.length);
  const origEnd = new Int32Array(original.length);
  let cp = 0;
  for (let i = 0; i < original.length; i++) {
    origStart[i] = cp;
    origEnd[i] = cp + 1;
    // a high surrogate shares its code point with the low one after it
    if (!isPairStart(original, i)) cp++;
  }
  return { simplified, origStart, origEnd, chars: cp };
}

/** Converted line by line: a line whose conversion keeps its length maps unit to unit, any other
 *  (rare: a phrase whose simplified form has another length) is converted character by
 *  character, keeping a character as it is where its conversion would change the length. So
 *  the result always has the original's length. */
function convertLines(original: string, convert: Convert): string {
  // No conversion runs across a line break, so the whole text converted at once is its lines
  // converted one by one; where every break stays in place, every line kept its length. (Not
  // where an ideographic description sequence could take a break as one of its parts.)
  const whole = /[\u2ff0-\u2fff]/.test(original) ? null : convert(original);
  if (whole !== null && whole.length === original.length) {
    let same = true;
    for (let i = original.indexOf("\n"); i >= 0 && same; i = original.indexOf("\n", i + 1)) same = whole.charCodeAt(i) === 10;
    if (same) return whole;
  }
  const parts: string[] = [];
  let lineStart = 0;
  for (let i = 0; i <= original.length; i++) {
    if (i === original.length || original.charCodeAt(i) === 10) {
      const line = original.slice(lineStart, i);
      const out = line ? convert(line) : line;
      if (out.length === line.length) parts.push(out);
      else for (const ch of line) { const c = convert(ch); parts.push(c.length === ch.length ? c : ch); }
      if (i < original.length) parts.push("\n");
      lineStart = i + 1;
    }
  }
  return parts.join("");
}

function isPairStart(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

export function countCodePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isPairStart(s, i)) n++;
  return n;
}
