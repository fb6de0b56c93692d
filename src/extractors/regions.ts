// Regions: every administrative division the text mentions, once per division.
//
// 1. The gazetteer's trie finds every full and short name in `doc.text` (overlaps included).
// 2. Names that can be cut out of other words (short names, two-character names, names that
//    overlap another name) are checked against jieba's segmentation of the sentence around them.
// 3. Overlapping names (链上海南: 上海 / 海南) are settled by document support first (the
//    division is mentioned cleanly elsewhere), then by the segmentation, then by length.
// 4. A name shared by several divisions (朝阳区, 鼓楼区) takes the one whose province, city or
//    sibling stands right before it, else in the same sentence, else in the document; names
//    left unresolved are left out, never guessed.
// 5. Short names that are also ordinary words (北海, 新建, 资源) need their province, city or a
//    sibling right before them, in the sentence or nearby (not just anywhere in a long text),
//    or the division's full name elsewhere; so do full names that read as ordinary phrases
//    (老城区, 城区, 解放区).
// 6. A full name that straddles jieba's words is no mention: 沿海|城市 is no 海城市, 新建|区块链 no
//    新建区. Cut at its end only, it falls back to the shorter name it starts with (北京|市场 →
//    北京), unless the glued word is about that division (长沙|市政府).
import type { Doc } from "../normalize.js";
import type { Region, Span } from "../types.js";
import { certainlyOneWord, tagOfWord, type Token } from "../segment.js";
import {
  fullNameStraddle,
  gluedPreposition,
  gazetteer,
  isHanAt,
  levelRank,
  lookupRegions,
  matchNames,
  segmentLazily,
  startsOtherName,
  uniqueTopLevel,
  type RegionEntry,
  type Straddle,
} from "../gazetteer.js";
import { ZONE_SUFFIXES } from "../data/target-cues.js";
import {
  PLACE_WORD_TAILS,
  WEAK_CITY_NAMES,
  TAIWAN_DISTRICT_NAMES,
  TAIWAN_CITY_MARKERS,
  WEAK_NOT_PLACE_FOLLOWERS,
  WORDLIKE_COUNTY_NAMES,
  WORDLIKE_FULL_NAMES,
  GLUED_JOINERS,
  SHORT_NAMES_AFTER_CITY_ONLY,
} from "../data/region-names.js";

/** How a name's span sits in jieba's segmentation. */
type SegFit =
  | "unchecked"
  /** starts and ends on word boundaries (or is a word plus a place tail: 北京市区) */
  | "aligned"
  /** starts or ends inside a word that runs past it (链上海南 → 链|上海|南: 海南) */
  | "crossing"
  /** starts on a word boundary, ends inside a word that runs past it (海南洋浦 → 海|南洋|浦) */
  | "gluedEnd"
  /** strictly inside one dictionary word about something else (中山大学, 孙中山, 长治久安) */
  | "inside";

interface Candidate {
  name: string;
  start: number;
  end: number;
  /** The gazetteer's own list (shared: never modified). */
  entries: readonly RegionEntry[];
  /** Written by a short name (海淀, 广西), not the full one. */
  short: boolean;
  overlaps: boolean;
  fit: SegFit;
  /** Where the name is exactly one word: that word, for jieba's tag (read only if needed). */
  word?: { readonly tag: string };
  weak: Weakness;
  /** The division it has been found to stand for. */
  pick?: RegionEntry;
  /** A full name: the longest name of the same division it starts with (北京 in 北京市), kept
   *  in case the full name turns out to straddle words (北京|市场). */
  inner?: Candidate;
  /** A full name: how it straddles jieba's words, if it does (start: 沿海|城市; end: 新建|区块链). */
  straddle?: Straddle;
  /** Both ends inside words (雪道|里程: 道里): the name is made of two other words' halves. */
  cutBoth?: boolean;
}

/** How much a name needs the rest of the text to count as a place. */
const enum Weakness {
  /** a place name as it stands (湖南, 海淀区, 钦州) */
  None = 0,
  /** a place name that is also a common name of something else (朝阳, 北海, 南县): counts
   *  where its province, city or a sibling stands in the text, or its full name does */
  Context = 1,
  /** an ordinary word in jieba's dictionary (资源, 白银, 日照, 城区): counts only right after
   *  its province or city (甘肃白银) or where its full name stands elsewhere */
  Word = 2,
}

// Context windows for segmentation: enough characters either side for jieba to settle the
// words around a name, clipped to the sentence.
const SEG_MARGIN = 8;
const STRADDLE_MARGIN = 4;
const SEG_WINDOW_MAX = 512;
const SEG_CACHE_MAX = 20_000;
// How far a weak name (北海, 花都, 密云) looks for its province, city or siblings outside its
// sentence: about a paragraph. A long text names many provinces; a weak word far from them is
// the word (密云不雨, 花都开得正好).
const NEAR = 100;
/** Times a weak name (曹县) must stand in a text for its province or city named anywhere in the
 *  text to settle it. */
const REPEATED_WEAK_NAME = 3;
/** After a county's name, its own party committee or government (曹县县委, 曹县人民政府). */
const OWN_BODY_AFTER_NAME = /^(?:县委|县政府|县人民政府|人民政府|委员会|党委)/;
/** After a short name, what makes it the name of a village, township or town (长沙村, 银川乡, 黄石镇,
 *  城北社区); not a word that goes on (村民, 乡村, 乡镇, 镇江). */
const VILLAGE_NAMED_AFTER = /^(?:村(?![民庄落镇级委])|乡(?![村镇亲土])|镇(?![江村])|社区)/;

/** After a river's name, its parts or banks, perhaps after other rivers listed with it (沅江干流,
 *  沅江、酉水干支流, 湘江沿岸). */
const RIVER_PARTS_AFTER = /^(?:(?:[、和及与][\u4e00-\u9fff]{1,4}){1,3}(?:干支流|干流|支流|流域|沿岸|两岸|河段|江段|水系|堤防)|(?:干支流|干流|支流|流域|河段|江段|水系|上游|中游|下游))/;

// "The same sentence" looks this far either way (a 1 MB line is one sentence).
const SENTENCE_REACH = 200;
const LIST_SEPARATORS = "、，,和及与";

let weakCityNames: Set<string> | undefined;
let taiwanDistricts: Set<string> | undefined;
let wordlikeCountyNames: Set<string> | undefined;
let wordlikeFullNames: Set<string> | undefined;
let weakFollowers: string[] | undefined;
let placeTails: Set<string> | undefined;

/** Every administrative division the text mentions; spans in `doc.text` offsets. */
export function extractRegions(doc: Doc): Region[] {
  try {
    return extract(doc);
  } catch {
    // A bug here must not lose the rest of the record.
    return [];
  }
}

function extract(doc: Doc): Region[] {
  const text = doc.text;
  let candidates = collectCandidates(text);
  // (a village, township or town named like a division elsewhere is no mention of it: 长沙村,
  // 银川乡, 黄石镇; not 长沙乡村, 成都乡镇, 贵州镇宁…, where 镇 opens another name)
  candidates = candidates.filter((c) => !(c.short && VILLAGE_NAMED_AFTER.test(text.slice(c.end, c.end + 3)) && !startsOtherName(text, c.end)));
  // (a short name that is a river's, 沅江 of 沅江市, where a river's parts or banks follow it or the
  // rivers listed with it: 完成沅江、酉水干支流堤防加固)
  candidates = candidates.filter((c) => !(c.short && /[江河]$/.test(text.slice(c.start, c.end)) && RIVER_PARTS_AFTER.test(text.slice(c.end, c.end + 12))));
  if (candidates.length === 0) return [];
  candidates = dropPortAreas(text, candidates);
  markOverlaps(candidates);
  checkSegmentation(doc, candidates);
  candidates = dropStraddling(candidates);
  weakCityNames ??= new Set(WEAK_CITY_NAMES);
  wordlikeCountyNames ??= new Set(WORDLIKE_COUNTY_NAMES);
  wordlikeFullNames ??= new Set(WORDLIKE_FULL_NAMES);
  for (const c of candidates) c.weak = weakness(c);

  // Divisions mentioned cleanly somewhere: no overlap, no cut through a word, not a weak word.
  const solid = new Map<string, number>();
  for (const c of candidates) {
    if (isSolid(c)) for (const e of c.entries) solid.set(e.code, (solid.get(e.code) ?? 0) + 1);
  }
  const supported = (c: Candidate) => c.entries.some((e) => (solid.get(e.code) ?? 0) > (isSolid(c) ? 1 : 0));

  // A full name of three or more characters is trusted over the segmentation (jieba glues
  // 长沙|市岳麓区); against a shorter name it overlaps, the overlap ranking uses the fit.
  const cutSensitive = (c: Candidate) => c.short || c.name.length <= 2;
  // jieba often glues a name's last character to the next word (海|南洋|浦); a province so cut
  // only at its end is still taken. A cut at the start (洞庭湖|南岸: 湖南) means the name is
  // made of the end of another word; for cities a cut at the end is as telling (三|明治).
  const gluedButStrong = (c: Candidate) =>
    c.fit === "gluedEnd" && !c.overlaps && c.entries.every((e) => e.level === "province");
  const chosen = resolveOverlaps(candidates, supported).filter((c) => {
    if (c.fit === "inside" && cutSensitive(c)) return false;
    // the tail of one word and the head of the next (雪道|里程) are no name, mentioned elsewhere or not
    if (c.cutBoth && cutSensitive(c)) return false;
    if ((c.fit === "crossing" || c.fit === "gluedEnd") && cutSensitive(c) && !supported(c) && !gluedButStrong(c)) return false;
    if (c.short && c.entries.every((e) => e.level !== "province") && followedByNonPlace(text, c.end, c.weak)) return false;
    // (a province's short name before 路 or 街 names a street, 北京路, 上海街; not 北京路径, 上海路网)
    if (c.short && c.entries.every((e) => e.level === "province") && STREET_AFTER_PROVINCE.test(text.slice(c.end, c.end + 5))) return false;
    return true;
  });

  // Which division each name stands for.
  const firmDoc = new FirmSet();
  const addFirm = (c: Candidate, e: RegionEntry) => {
    c.pick = e;
    firmDoc.add(e);
  };
  for (const c of chosen) if (c.entries.length === 1 && !c.weak) addFirm(c, c.entries[0]);
  // (a weak name the text repeats, 曹县 five times in a report on it, is what the text is about:
  // its province or city may be named anywhere in it; only where one of its mentions opens a line
  // or heads its government, 曹县召开…, 中共曹县县委: 乡镇和县直各部门 repeated is no 和县)
  const nameCounts = new Map<string, number>();
  const anchored = new Set<string>();
  for (const c of chosen) {
    nameCounts.set(c.name, (nameCounts.get(c.name) ?? 0) + 1);
    let p = c.start;
    while (p > 0 && (text[p - 1] === " " || text[p - 1] === "\u3000" || text[p - 1] === "\t")) p--;
    if (p === 0 || text[p - 1] === "\n" || OWN_BODY_AFTER_NAME.test(text.slice(c.end, c.end + 5))) anchored.add(c.name);
  }
  // Rounds: a name settled in one (朝阳区 by 北京) can settle another in the next, down a list
  // (西宁市城东区、城中区、城西区、城北区: each by the one before); until nothing more settles.
  for (let round = 0; round < 16; round++) {
    const settled: Array<[Candidate, RegionEntry]> = [];
    for (let i = 0; i < chosen.length; i++) {
      const c = chosen[i];
      if (c.pick) continue;
      const prev = i > 0 && chosen[i - 1].end === c.start ? chosen[i - 1].pick : undefined;
      // 碑林区、新城区: a sibling right before, in a list
      // (or right after it: 市中区、|薛城区, the list's first name settled by the second)
      const listed =
        (i > 0 && chosen[i - 1].end === c.start - 1 && LIST_SEPARATORS.includes(text[c.start - 1]) ? chosen[i - 1].pick : undefined) ??
        (i + 1 < chosen.length && chosen[i + 1].start === c.end + 1 && LIST_SEPARATORS.includes(text[c.end]) ? chosen[i + 1].pick : undefined);
      const sentence = doc.sentenceAt(c.start) ?? { start: c.start, end: c.end };
      const settledAround: Settled = {
        adjacent: prev?.code,
        listed,
        sentence: firmWithin(chosen, i, Math.max(sentence.start, c.start - SENTENCE_REACH), Math.min(sentence.end, c.end + SENTENCE_REACH)),
        // a weak name looks for its province or city nearby, not anywhere in a long text
        wider: c.weak === Weakness.None || (c.weak === Weakness.Context && (nameCounts.get(c.name) ?? 0) >= REPEATED_WEAK_NAME && anchored.has(c.name)) ? firmDoc : firmWithin(chosen, i, c.start - NEAR, c.end + NEAR),
        doc: firmDoc,
      };
      const pick = pickEntry(c, settledAround, round >= 1);
      if (pick) settled.push([c, pick]);
    }
    for (const [c, e] of settled) addFirm(c, e);
    if (round >= 1 && settled.length === 0) break;
  }
  settleSiblingLists(chosen, text, firmDoc, addFirm);

  const byCode = new Map<string, Region>();
  for (const c of chosen) {
    const e = c.pick;
    if (!e) continue;
    let r = byCode.get(e.code);
    if (!r) byCode.set(e.code, (r = { name: e.name, code: e.code, level: e.level, parent: e.parent, mentions: [] }));
    const mention: Span = { text: doc.simplified.slice(c.start, c.end), start: c.start, end: c.end };
    r.mentions.push(mention);
  }
  const regions = [...byCode.values()];
  // (in a text from Taiwan, a district named like one of the mainland's, 大同區, 中山區, is Taiwan's
  // own, unless the text names the mainland city or province it belongs to; other mainland places,
  // 厦门, 昆山, 浦东新区, its media name on their own)
  // (…or a mainland report from one of Taiwan's cities: 新华社台北…电, 台北市当局…大同区、中山区)
  if (doc.namesTaiwanCity) {
    const g = gazetteer();
    taiwanDistricts ??= new Set(TAIWAN_DISTRICT_NAMES);
    // (…and so is a mainland city or county named as one of Taiwan's towns, somewhere in the text: after
    // its county, 屏东潮州, or before 镇 or 乡, 潮州镇)
    const ancestorNamed = (r: Region) => regions.some((o) => o !== r && isAncestorCode(o.code, g.byCode.get(r.code)!));
    return regions.filter((r) => {
      if (r.level === "county" && taiwanDistricts!.has(r.name)) return ancestorNamed(r);
      if ((r.level === "city" || r.level === "county") && r.mentions.some((m) => namedAsTaiwanTown(text, m)) && !ancestorNamed(r)) return false;
      return true;
    });
  }
  return regions;
}

/** Whether a mention stands as one of Taiwan's towns: right after the short name of its county or city
 *  (屏东潮州), or right before 镇 or 乡 (潮州镇). */
function namedAsTaiwanTown(text: string, m: Span): boolean {
  const after = text.charCodeAt(m.end);
  if (after === 0x9547 /* 镇 */ || after === 0x4e61 /* 乡 */) return true;
  if (TAIWAN_COUNTY_SHORT_NAMES.some((w) => m.start >= w.length && text.startsWith(w, m.start - w.length))) return true;
  // (…or listed beside Taiwan's own districts: 于南港、北投、文山各新增1处)
  taiwanDistrictShortNames ??= TAIWAN_DISTRICT_NAMES.map((n) => n.slice(0, -1)).filter((n) => n.length >= 2);
  const before = text[m.start - 1] === "、" ? m.start - 1 : -1;
  return taiwanDistrictShortNames.some((w) => (before >= w.length && text.startsWith(w, before - w.length)) || (text[m.end] === "、" && text.startsWith(w, m.end + 1)));
}
let taiwanDistrictShortNames: string[] | undefined;
/** Taiwan's cities and counties by their short names (屏东, 台北), from the names that mark its texts. */
const TAIWAN_COUNTY_SHORT_NAMES = TAIWAN_CITY_MARKERS.filter((n) => /[市县]$/.test(n)).map((n) => n.slice(0, -1));

/** After a province's short name, a street named after it, as a street's name stands: then a
 *  list's mark, 沿线, 步行街, 商圈… (北京路沿线, 沿北京路、人民路, 走在北京路上); not a word of 路 or 街
 *  (北京路径, 河北路政, 江苏路灯, 武汉街头). */
const STREET_AFTER_PROVINCE = /^(?:路|街)(?:[、，,。；;和与及上口一两]|沿线|步行街|商圈|商业街|片区|街道|地铁站|站|$)/;

function isSolid(c: Candidate): boolean {
  return !c.overlaps && !c.weak && (c.fit === "aligned" || c.fit === "unchecked");
}

/** Trie hits → candidates; a name inside a longer name of the same division (湖南 in 湖南省) is
 *  the same mention and dropped. */
function collectCandidates(text: string): Candidate[] {
  const g = gazetteer();
  const out: Candidate[] = [];
  let last: Candidate | undefined; // the longest candidate starting at the latest start
  let reach: Candidate | undefined; // the candidate reaching furthest so far
  for (const h of matchNames(text)) {
    const info = g.info(h.id);
    const c: Candidate = {
      name: h.name,
      start: h.start,
      end: h.end,
      entries: info.entries,
      short: info.short,
      overlaps: false,
      fit: "unchecked",
      weak: Weakness.None,
    };
    const container = last && last.start === c.start ? last : reach;
    if (container && container.end >= c.end && sameDivisions(container, c)) {
      if (container.start === c.start && !container.short && !container.inner) container.inner = c;
      continue;
    }
    if (!last || last.start !== c.start) last = c;
    if (!reach || c.end > reach.end) reach = c;
    out.push(c);
  }
  return out;
}

function sameDivisions(outer: Candidate, inner: Candidate): boolean {
  return inner.entries.every((e) => outer.entries.includes(e));
}

/** A name that starts inside the name before it and is that name's port or port area (北海港区
 *  is 北海's, not 秦皇岛's 海港区; 上海港区, 珠海港区, 威海港区): no mention of its own. */
const PORT_AREA = /^港区?$/;
function dropPortAreas(text: string, cs: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    let port = false;
    // (candidates are sorted by start: the names that start before this one are just before it)
    for (let k = i - 1; k >= 0 && k >= i - 4 && !port; k--) {
      const p = cs[k];
      port = p.start < c.start && c.start < p.end && p.end < c.end && PORT_AREA.test(text.slice(p.end, c.end));
    }
    if (port) out ??= cs.slice(0, i);
    else out?.push(c);
  }
  return out ?? cs;
}

/** Candidates come sorted by start; one pass keeps the furthest end seen. */
function markOverlaps(cs: Candidate[]): void {
  let reachIdx = -1;
  for (let i = 0; i < cs.length; i++) {
    if (reachIdx >= 0 && cs[reachIdx].end > cs[i].start) {
      cs[i].overlaps = true;
      cs[reachIdx].overlaps = true;
    }
    if (reachIdx < 0 || cs[i].end > cs[reachIdx].end) reachIdx = i;
  }
}

function needsSegmentation(c: Candidate): boolean {
  return c.short || c.overlaps || c.name.length <= 2;
}

/** A full name of three or more characters is checked for straddling words (沿海|城市) where a
 *  Chinese character touches it on a side that no other name touches (湖南省|长沙市 is closed). */
function needsStraddleCheck(c: Candidate, text: string, ends: Set<number>, starts: Set<number>): boolean {
  if (c.short || c.name.length <= 2) return false;
  return (isHanAt(text, c.start - 1) && !ends.has(c.start)) || (isHanAt(text, c.end) && !starts.has(c.end));
}

/** Full names that straddle words are dropped; one cut at its end only falls back to the
 *  shorter name of the same division it starts with (北京|市场 → 北京). Overlaps are marked
 *  anew where anything changed. */
function dropStraddling(cs: Candidate[]): Candidate[] {
  if (!cs.some((c) => c.straddle)) return cs;
  const out: Candidate[] = [];
  for (const c of cs) {
    if (!c.straddle) out.push(c);
    else if (c.straddle === "end" && c.inner && c.inner.fit !== "unchecked") out.push(c.inner);
  }
  // the order by start holds: a fallback starts where its full name did
  for (const c of out) c.overlaps = false;
  markOverlaps(out);
  for (const c of out) {
    if (!needsSegmentation(c)) {
      c.fit = "unchecked";
      c.word = undefined;
    }
  }
  return out;
}

/** Segments merged windows around the candidates that need it, and records how each fits. */
function checkSegmentation(doc: Doc, cs: Candidate[]): void {
  const text = doc.text;
  const cache = new Map<string, Token[]>();
  const ends = new Set<number>();
  const starts = new Set<number>();
  for (const c of cs) {
    ends.add(c.end);
    starts.add(c.start);
  }
  let winStart = -1;
  let winEnd = -1;
  let members: Candidate[] = [];
  const flush = () => {
    if (members.length) fitAll(text, winStart, winEnd, members, cache, { ends, starts });
    members = [];
  };
  const straddleChecked = new Set<Candidate>();
  for (const c of cs) {
    const straddle = needsStraddleCheck(c, text, ends, starts);
    const needed = needsSegmentation(c);
    if (!needed && !straddle) continue;
    if (straddle) straddleChecked.add(c);
    // the words right around a full name tell whether it straddles them
    const margin = needed ? SEG_MARGIN : STRADDLE_MARGIN;
    const sentence = doc.sentenceAt(c.start);
    const lo = Math.max(sentence?.start ?? 0, c.start - margin);
    const hi = Math.min(Math.max(sentence?.end ?? text.length, c.end), c.end + margin);
    if (members.length && lo <= winEnd && hi - winStart <= SEG_WINDOW_MAX) winEnd = Math.max(winEnd, hi);
    else {
      flush();
      winStart = lo;
      winEnd = hi;
    }
    members.push(c);
    // the shorter name it would fall back to is fitted too (same start, so order is kept)
    if (straddle && c.inner) members.push(c.inner);
  }
  flush();
  for (const c of straddleChecked) if (!needsSegmentation(c)) c.fit = "unchecked";
}

interface NameBounds {
  /** where some name ends, and where some name starts */
  ends: Set<number>;
  starts: Set<number>;
}

function fitAll(text: string, from: number, to: number, members: Candidate[], cache: Map<string, Token[]>, bounds: NameBounds): void {
  // token offsets are relative to `from`; the same window text (a repeated line or phrase) is
  // segmented (and tagged, if a tag is read) once per document
  const window = text.slice(from, to);
  if (wordsKnownWithoutJieba(text, from, to, members, window)) return;
  let tokens = cache.get(window);
  if (!tokens) {
    tokens = segmentLazily(window);
    if (cache.size < SEG_CACHE_MAX) cache.set(window, tokens);
  }
  tokens = splitAtJunctions(tokens, from, bounds);
  let k = 0;
  for (const c of members) {
    const start = c.start - from;
    const end = c.end - from;
    // members are sorted by start: move to the first token ending after the name's start
    while (k > 0 && tokens[k - 1].end > start) k--;
    while (k < tokens.length && tokens[k].end <= start) k++;
    fit(c, start, end, tokens, k);
    if (!c.short && c.name.length > 2) c.straddle = fullNameStraddle(c.name, start, end, tokens, k, bounds.ends.has(c.start), bounds.starts.has(c.end));
  }
}

// Windows segmented by jieba in this process. The test that spares a call (certainlyOneWord)
// reads jieba's dictionary into a table first, some 20 ms: a single article would pay more
// than it saves, a batch gains from its first few files on.
let windowsSegmented = 0;
let windowsBeforeShortcut = 64;

/** For tests: the shortcut from the `after`th window on (0: always; Infinity: never). */
export function setSegmentationShortcut(after: number): void {
  windowsBeforeShortcut = after;
  windowsSegmented = 0;
}

/** Where every name of the window is certainly one of jieba's words in it (no dictionary word
 *  runs across its ends, and jieba keeps it whole alone: segment.ts), its fit is known without
 *  segmenting: aligned, that word, and no straddle. Otherwise (or early in a process) false, and
 *  nothing is set. */
function wordsKnownWithoutJieba(text: string, from: number, to: number, members: Candidate[], window: string): boolean {
  if (windowsSegmented < windowsBeforeShortcut) {
    windowsSegmented++;
    return false;
  }
  let inners: Set<Candidate> | undefined;
  for (const c of members) {
    // (a full name's fallback, fitted in case the name straddles: it does not when it is one word)
    if (inners?.has(c)) continue;
    if (c.overlaps || !certainlyOneWord(text, from, to, c.start, c.end)) return false;
    if (c.inner) (inners ??= new Set()).add(c.inner);
  }
  for (const c of members) {
    if (inners?.has(c)) continue;
    c.fit = "aligned";
    c.word = new WholeWord(c.name, window, c.start - from);
    if (!c.short && c.name.length > 2) c.straddle = undefined;
  }
  return true;
}

/** A name that is one of jieba's words where it stands: its tag, read on first use, is the
 *  word's own (tagOfWord), as segmentLazily reads it. */
class WholeWord {
  constructor(
    readonly word: string,
    private readonly window: string,
    private readonly start: number,
  ) {}

  get tag(): string {
    // (never null for a word jieba keeps whole alone; the window's own tagging otherwise)
    return tagOfWord(this.word) ?? segmentLazily(this.window).find((t) => t.start === this.start && t.word === this.word)?.tag ?? "x";
  }
}

/** The rest of a word naming a zone of the place it opens with (东湖新技术开发区, 高新区, 临空
 *  经济区). */
const ZONE_AFTER_PLACE = new RegExp(`^[\\u4e00-\\u9fff]{0,8}(?:${[...ZONE_SUFFIXES, "经济区", "自贸区", "保税区"].join("|")})$`);

/** Characters that end a division's name by its level (海南区, 南昌县, 喀什市). */
const LEVEL_CHARS = "省市区县州盟旗乡镇村";

/** The tail of a county's or banner's name written after its short name (察布查尔县, 前郭县). */
const LEVEL_TAIL = /[县旗]/;

/** Joining words jieba's HMM may glue to the name after them (至德阳, 和眉山). */
const LEADING_JOINERS = "至到和与及经往赴";

/** A port or airport named after the place before it, which jieba's HMM glued to it (儋州洋浦港). */
const FACILITY_AFTER_PLACE = /^[\u4e00-\u9fff]{2,3}(?:港|港区|机场)$/;

/** A name written as one word with a place tail (北京市区): taken for a place word. */
const PLACE_WORD = { tag: "ns" } as const;

/** Where one name ends and another starts (洛阳市|老城区, 长沙市|岳麓区), a piece jieba could not
 *  place (市老, 市岳麓: unknown, tagged x) is cut in two: we know the names on either side. */
function splitAtJunctions(tokens: Token[], from: number, bounds: NameBounds): Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const cuts: number[] = [];
    for (let p = t.start + 1; p < t.end; p++) if (bounds.ends.has(p + from) && bounds.starts.has(p + from)) cuts.push(p);
    // (the tag, which may cost a tagging of the window, is read only where there is a junction)
    if (!cuts.length || t.tag !== "x") {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, k);
    let at = t.start;
    for (const p of [...cuts, t.end]) {
      out.push({ word: t.word.slice(at - t.start, p - t.start), tag: "x", start: at, end: p });
      at = p;
    }
  }
  return out ?? tokens;
}



function fit(c: Candidate, start: number, end: number, tokens: Token[], first: number): void {
  const t = tokens[first];
  if (!t) return;
  let last = first;
  while (last < tokens.length && tokens[last].end < end) last++;
  const u = tokens[last];
  if (!u) return;
  if (t.start === start && u.end === end) {
    c.fit = "aligned";
    if (first === last) c.word = t;
    return;
  }
  if (first === last) {
    placeTails ??= new Set(PLACE_WORD_TAILS);
    // (not where the word is a place of its own: 防城港 is no port of 防城区)
    if (t.start === start && placeTails.has(t.word.slice(end - start)) && !(t.word.endsWith("港") && lookupRegions(t.word).length > 0)) {
      c.fit = "aligned";
      c.word = PLACE_WORD;
      return;
    }
    c.fit = t.tag === "x" ? "crossing" : "inside";
    if (t.start === start && t.tag === "x") {
      // (jieba's HMM glued a joining word to it: 合浦至|湛江 is 合浦|至|湛江)
      // (…or the name of a port or airport of the place: 儋州洋浦港 is 儋州|洋浦港)
      const rest = t.word.slice(end - start);
      c.fit = GLUED_JOINERS.includes(rest) || FACILITY_AFTER_PLACE.test(rest) ? "aligned" : "gluedEnd";
    }
    // (…or a zone's name that jieba knows as one word, opening with the place's: 武汉东湖新技术
    // 开发区 is in 武汉; 中山大学 is no such name)
    if (t.start === start && t.end > end && ZONE_AFTER_PLACE.test(t.word.slice(end - start))) c.fit = "aligned";
    // (…or the joining word before it, a word jieba does not know: 成都至德阳 is 成都|至|德阳)
    if (t.start === start - 1 && t.end === end && t.tag === "x" && LEADING_JOINERS.includes(t.word[0])) c.fit = "aligned";
    return;
  }
  // (a full name that jieba's HMM glued to the character before it, 所辖梅|河口|市 for
  // 所辖|梅河口市, ends where a word ends and starts inside no known word: it fits)
  // (…or a preposition to its first character: 以西|吉县 for 以|西吉县)
  if (!c.short && c.name.length >= 3 && t.start < start && u.end === end && (t.tag === "x" || gluedPreposition(t, start))) {
    c.fit = "aligned";
    return;
  }
  // (…or glued a particle to its last word: 大理|州的 is 大理州|的)
  if (t.start === start && u.end > end && u.start < end && u.tag === "x" && GLUED_JOINERS.includes(u.word.slice(end - u.start))) {
    c.fit = "aligned";
    return;
  }
  // (…or took its last character into the word for a port, the port being the place's: 北|海港|区
  // is 北海|港区, as 威|海港 is 威海|港)
  if (t.start === start && first + 1 === last && u.start === end - 1 && u.end === end + 1 && u.word.endsWith("港")) {
    c.fit = "aligned";
    return;
  }
  // (…or glued its last character to the word after it, a word jieba does not know, after a
  // head it knows: 牡丹|江共建 is 牡丹江|共建, 葫芦|岛联动 葫芦岛|联动; not 海|南洋, whose word jieba
  // knows; not a level's character, whose words the trimmed dictionary may lack, 河北|区位, 南昌|
  // 县区, 安阳|县乡; and after a head that is no place, only into a longer word, not 清水|河湖)
  // (the tags read last: reading one may tag the window)
  if (t.start === start && first + 1 === last && t.end === end - 1 && u.end > end && t.word.length >= 2 && !LEVEL_CHARS.includes(u.word[0]) && u.tag === "x" && t.tag !== "x" && (t.tag === "ns" || u.word.length >= 3)) {
    c.fit = "aligned";
    return;
  }
  // (…or, a short name and its level's tail, split where jieba knows neither half: 伊犁州察布查尔县
  // cut 州察布|查尔县, for 察布查尔锡伯自治县)
  // (the tags read last: reading one may tag the window)
  if (c.short && first + 1 === last && u.end === end + 1 && LEVEL_TAIL.test(u.word.slice(-1)) && t.tag === "x" && u.tag === "x") {
    c.fit = "aligned";
    return;
  }
  c.fit = t.start === start && u.end > end ? "gluedEnd" : "crossing";
  c.cutBoth = t.start < start && u.end > end;
}

/** Short names of cities and counties, and two-character full names, may be other words.
 *  Prefecture cities are well known: only those of the reviewed list are weak. County-level
 *  names of two characters are obscure and often ordinary words (振兴, 合作, 南部, 新建, 双城):
 *  they count where the text names their province, city or a neighbour nearby; those that
 *  jieba knows as words of another kind than places, or the reviewed list names, only right
 *  after their city or province. Longer county short names (鲅鱼圈, 张家港) are weak only where
 *  jieba knows them as ordinary words or the list names them (峨眉山). */
function weakness(c: Candidate): Weakness {
  if (c.entries.every((e) => e.level === "province")) return Weakness.None;
  if (!c.short && wordlikeFullNames!.has(c.name)) return Weakness.Word;
  const twoCharFull = !c.short && c.name.length <= 2;
  if (!c.short && !twoCharFull) return Weakness.None;
  if (twoCharFull || c.entries.every((e) => e.level === "county")) {
    if (wordlikeCountyNames!.has(c.name)) return Weakness.Word;
    const wordTag = c.word?.tag; // (the list first: reading a tag may cost a tagging)
    const known = wordTag !== undefined && wordTag !== "x";
    if (known && wordTag !== "ns") return Weakness.Word;
    if (known || c.name.length <= 2) return Weakness.Context;
    return Weakness.None;
  }
  return weakCityNames!.has(c.name) ? Weakness.Context : Weakness.None;
}

function followedByNonPlace(text: string, end: number, weak: Weakness): boolean {
  weakFollowers ??= [...WEAK_NOT_PLACE_FOLLOWERS].sort((a, b) => b.length - a.length);
  if (startsOtherName(text, end)) return true;
  if (weak !== Weakness.None) for (const w of weakFollowers) if (text.startsWith(w, end)) return true;
  return false;
}

/** Overlapping candidates: keep a non-overlapping set, preferring names the rest of the text
 *  supports, then names that fit the segmentation, then full names, then longer ones. A chain
 *  of overlaps (海南海南海南…) is one cluster; the work stays linear in its size. */
function resolveOverlaps(cs: Candidate[], supported: (c: Candidate) => boolean): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  while (i < cs.length) {
    let j = i + 1;
    let end = cs[i].end;
    while (j < cs.length && cs[j].start < end) end = Math.max(end, cs[j++].end);
    if (j - i === 1) out.push(cs[i]);
    else out.push(...pickFromCluster(cs, i, j, end, supported));
    i = j;
  }
  return out;
}

function pickFromCluster(cs: Candidate[], from: number, to: number, end: number, supported: (c: Candidate) => boolean): Candidate[] {
  const base = cs[from].start;
  // Support settles names that cross (链上海南); a name inside another (吉林 in 吉林市) only
  // wins where the longer one cuts through a word (河北区 in 河北区域). A container starts at
  // most a name's length earlier, so the look-back is bounded.
  const maxLength = gazetteer().maxNameLength;
  const contained = (k: number) => {
    const c = cs[k];
    for (let m = k - 1; m >= from && cs[m].start >= c.start - maxLength; m--) if (cs[m].end >= c.end) return true;
    for (let m = k + 1; m < to && cs[m].start === c.start; m++) if (cs[m].end >= c.end) return true;
    return false;
  };
  const ranked: Array<{ c: Candidate; s: number }> = [];
  for (let k = from; k < to; k++) {
    const c = cs[k];
    const s = (supported(c) && !contained(k) ? 8 : 0) + (c.fit === "aligned" || c.fit === "unchecked" ? 4 : 0) + (c.short ? 0 : 2);
    ranked.push({ c, s });
  }
  ranked.sort((a, b) => b.s - a.s || b.c.end - b.c.start - (a.c.end - a.c.start) || a.c.start - b.c.start);
  const taken = new Uint8Array(end - base);
  const picked: Candidate[] = [];
  for (const { c } of ranked) {
    let free = true;
    for (let p = c.start; p < c.end && free; p++) if (taken[p - base]) free = false;
    if (!free) continue;
    for (let p = c.start; p < c.end; p++) taken[p - base] = 1;
    picked.push(c);
  }
  return picked.sort((a, b) => a.start - b.start);
}

/** Divisions settled so far in the document, with counts by parent and by province so that
 *  "a sibling is named" is one lookup. */
class FirmSet {
  readonly codes = new Set<string>();
  private readonly byParent = new Map<string, number>();
  private readonly byProvince = new Map<string, number>();

  add(e: RegionEntry): void {
    if (this.codes.has(e.code)) return;
    this.codes.add(e.code);
    if (e.parent) this.byParent.set(e.parent, (this.byParent.get(e.parent) ?? 0) + 1);
    const province = e.code.slice(0, 2);
    this.byProvince.set(province, (this.byProvince.get(province) ?? 0) + 1);
  }

  /** Divisions other than `e` with the same parent. */
  siblings(e: RegionEntry): number {
    return e.parent ? (this.byParent.get(e.parent) ?? 0) - (this.codes.has(e.code) ? 1 : 0) : 0;
  }

  /** Divisions other than `e` (and its province) in the same province. */
  sameProvince(e: RegionEntry): number {
    const province = e.code.slice(0, 2);
    const own = (this.codes.has(e.code) ? 1 : 0) + (this.codes.has(province + "0000") ? 1 : 0);
    return (this.byProvince.get(province) ?? 0) - own;
  }
}

/** The divisions already settled around a name. */
interface Settled {
  /** the division named right before it (甘肃|白银, 北京|朝阳) */
  adjacent?: string;
  /** the division named right before it in a list (碑林区、|新城区) */
  listed?: RegionEntry;
  sentence: RegionEntry[];
  /** the document, or for a weak name the text within NEAR characters */
  wider: FirmSet | RegionEntry[];
  doc: FirmSet;
}

/** A list of names none of which settled alone (城东区、城中区、城西区、城北区: each also an
 *  ordinary word), all of which name divisions of one city or province the text names firmly
 *  (西宁市): those divisions. Two names at least, so that a list vouches for each of its names. */
function settleSiblingLists(chosen: Candidate[], text: string, firm: FirmSet, settle: (c: Candidate, e: RegionEntry) => void): void {
  for (let i = 0; i < chosen.length; ) {
    let j = i;
    while (j + 1 < chosen.length && chosen[j + 1].start === chosen[j].end + 1 && LIST_SEPARATORS.includes(text[chosen[j].end])) j++;
    const run = chosen.slice(i, j + 1);
    i = j + 1;
    if (run.length < 2 || run.every((c) => c.pick)) continue;
    const parentsOf = (c: Candidate) => new Set(c.pick ? [c.pick.parent] : c.entries.map((e) => e.parent));
    const shared = [...parentsOf(run[0])].filter((p) => p !== null && firm.codes.has(p) && run.every((c) => parentsOf(c).has(p)));
    if (shared.length !== 1) {
      settleInOneProvince(run, firm, settle);
      continue;
    }
    for (const c of run) {
      if (c.pick) continue;
      const e = c.entries.find((x) => x.parent === shared[0]);
      if (e) settle(c, e);
    }
  }
}

/** …or, failing one city, a list of names of one province the text names firmly, none an
 *  ordinary word (新建盘州、威宁等支线机场 in a text on 贵州: 六盘水's 盘州市, 毕节's 威宁县): each
 *  name's one division in that province. */
function settleInOneProvince(run: Candidate[], firm: FirmSet, settle: (c: Candidate, e: RegionEntry) => void): void {
  if (run.some((c) => !c.pick && c.weak === Weakness.Word)) return;
  const provinceOf = (e: RegionEntry) => e.code.slice(0, 2) + "0000";
  const entriesOf = (c: Candidate) => (c.pick ? [c.pick] : c.entries);
  const provinces = [...new Set(entriesOf(run[0]).map(provinceOf))].filter(
    (p) => firm.codes.has(p) && run.every((c) => entriesOf(c).some((e) => provinceOf(e) === p)),
  );
  if (provinces.length !== 1) return;
  for (const c of run) {
    if (c.pick) continue;
    const within = c.entries.filter((e) => provinceOf(e) === provinces[0]);
    if (within.length === 1) settle(c, within[0]);
  }
}

/** Divisions settled among the chosen names within [from, to), around chosen[i]. */
function firmWithin(chosen: Candidate[], i: number, from: number, to: number): RegionEntry[] {
  const out: RegionEntry[] = [];
  const add = (e: RegionEntry | undefined) => {
    if (e && !out.includes(e)) out.push(e);
  };
  for (let k = i - 1; k >= 0 && chosen[k].start >= from; k--) add(chosen[k].pick);
  for (let k = i + 1; k < chosen.length && chosen[k].end <= to; k++) add(chosen[k].pick);
  return out;
}

/** The division a name stands for, from the divisions already settled. An entry scores 3 where
 *  its province or city is named right before it; 2 where an ancestor or a sibling stands in the
 *  same sentence, or the entry itself is named firmly elsewhere; 1 where an ancestor or sibling
 *  stands elsewhere in the document (for a weak name: within NEAR characters). The best entry wins; ties go to the one of the highest
 *  level (西安: the city, not 西安区). A name that is an ordinary word needs 3, or its own full
 *  name elsewhere. Without any support (in the last round), a name shared by divisions of
 *  different levels is taken for its one province or city; others are left out. */
function pickEntry(c: Candidate, ctx: Settled, last: boolean): RegionEntry | undefined {
  let best = 0;
  let top: RegionEntry[] = [];
  for (const e of c.entries) {
    let s = Math.max(contextScore(e, ctx.sentence, 2), contextScore(e, ctx.wider, 1));
    if (ctx.adjacent && isAncestorCode(ctx.adjacent, e) && !(c.short && SHORT_NAMES_AFTER_CITY_ONLY.includes(c.name) && e.parent !== ctx.adjacent)) s = 3;
    else if (ctx.listed && ctx.listed.code !== e.code && ctx.listed.parent === e.parent && ctx.listed.level === e.level) s = 3;
    else if (ctx.doc.codes.has(e.code)) s = Math.max(s, c.weak === Weakness.Word ? 3 : 2);
    if (s > best) {
      best = s;
      top = [e];
    } else if (s === best && s > 0) top.push(e);
  }
  const needed = c.weak === Weakness.Word ? 3 : 1;
  if (best >= needed) return top.length === 1 ? top[0] : highestOf(top);
  if (!last || c.weak !== Weakness.None) return undefined;
  return c.entries.length > 1 ? uniqueTopLevel(c.entries) : undefined;
}

function isAncestorCode(ancestor: string, e: RegionEntry): boolean {
  const g = gazetteer();
  for (let p = e.parent; p; p = g.byCode.get(p)?.parent ?? null) if (p === ancestor) return true;
  return false;
}

/** `weight` where an ancestor or a sibling of `e` is among `firm`; half of it (rounded down)
 *  where only another division of its province is (大连 and 辽阳 make a Liaoning county likely). */
function contextScore(e: RegionEntry, firm: FirmSet | RegionEntry[], weight: number): number {
  if (Array.isArray(firm)) {
    let best = 0;
    for (let k = 0; k < firm.length && best < weight; k++) best = Math.max(best, relation(e, firm[k], weight));
    return best;
  }
  if (firm.codes.size === 0) return 0;
  const g = gazetteer();
  for (let p = e.parent; p; p = g.byCode.get(p)?.parent ?? null) if (firm.codes.has(p)) return weight;
  if (!e.parent) return 0;
  if (firm.siblings(e) > 0) return weight; // 海淀区、朝阳区: one city's districts
  return firm.sameProvince(e) > 0 ? weight >> 1 : 0;
}

/** How `other` bears on `e`: an ancestor or a sibling (weight), another division of its
 *  province (half), else nothing. */
function relation(e: RegionEntry, other: RegionEntry, weight: number): number {
  if (other.code === e.code || !e.parent) return 0;
  if (other.code === e.parent || other.parent === e.parent) return weight;
  const g = gazetteer();
  if (other.code === g.byCode.get(e.parent)?.parent) return weight;
  const province = e.code.slice(0, 2);
  return other.code.startsWith(province) && other.code !== province + "0000" ? weight >> 1 : 0;
}

/** The one entry of the highest level among tied ones, if there is one. */
function highestOf(top: RegionEntry[]): RegionEntry | undefined {
  const min = Math.min(...top.map((e) => levelRank(e.level)));
  const atTop = top.filter((e) => levelRank(e.level) === min);
  return atTop.length === 1 ? atTop[0] : undefined;
}
