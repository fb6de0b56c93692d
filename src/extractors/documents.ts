// Policy documents named in 《》: which titles are documents, who issued them and when,
// which region they govern, and every later mention (the same title again, an alias such as
// 《计划》). One linear scan finds the bracket pairs; every other step looks only at a short
// window around one pair, so the whole pass stays linear in the text.
import { ITEM_LABEL, ITEM_MARKER } from "../data/list-markers.js";
import type { Context } from "../extract.js";
import { findRegionNames, inNationalBodyName, isAncestor } from "../gazetteer.js";
import type { DateFact, DocumentFact } from "../types.js";
import { CharSet } from "../chars.js";
import { mapPacked } from "../arrays.js";
import { LONE_DATE } from "../normalize.js";
import {
  AFTER_TITLE_FILLERS,
  ALIAS_INTRODUCERS,
  ALIAS_QUOTES,
  ALIAS_TERMINATORS,
  BLANKS,
  BYLINE_HEADS,
  BYLINE_TAILS,
  CLAUSE_BOUNDARIES,
  CLAUSE_FILLERS,
  DATELINE_MARKS,
  DOCUMENT_KIND_AFTER,
  DOCUMENT_KIND_SUFFIXES,
  GENERIC_TITLE_WORDS,
  HEADLINE_ENDINGS,
  HEADLINE_OPENINGS,
  HEADLINE_PUNCTUATION,
  ISSUER_OPENINGS,
  ISSUER_SUFFIXES,
  ISSUING_VERBS,
  LEADING_ASIDES,
  LEADING_FILLERS,
  PRESENTING_VERBS,
  POLICY_NOUNS,
  MAX_ALIAS_LENGTH,
  MAX_ALIAS_NOTE,
  MAX_BARE_DATELINE,
  MAX_BYLINE_NAME,
  MAX_DATELINE,
  MAX_DATELINE_PLACE,
  MAX_ISSUER_LENGTH,
  MAX_LEADING_ASIDE,
  MAX_TITLE_LENGTH,
  MEDIA_AFTER,
  MEDIA_BEFORE,
  NAME_DOTS,
  NEWS_SOURCES,
  NEWS_SOURCE_ENDINGS,
  NOT_ISSUERS,
  NOT_LAW_WORDS,
  RELAYING_VERBS,
  CONVEYING_VERBS,
  TITLE_BREAKERS,
  TITLE_CONJUNCTIONS,
} from "../data/document-cues.js";

/** People or firms from a place, right after its name (台湾同胞, 香港青年, 台资企业). */
const PEOPLES_AFTER_ORIGIN = /^(?:同胞|青年|居民|市民|学生|学子|企业|资|籍|乡亲|民众|人才|专业人士|创业者|投资者|游客|旅客|医师|教师)/;
/** An adverb and 与 after a document's name, before the body of another (亦与, 还与, 也与, 同时与). */
const ALSO_WITH = /^(?:亦|也|还|并|同时|将)(?:与|和|同)/;
// (the longest filler first: 是指 before 是)
const LEADING_FILLERS_LONGEST_FIRST = [...LEADING_FILLERS].sort((a, b) => b.length - a.length);


/** The end of the last verb of presenting in [s, q), or -1; looked for only within an
 *  issuer's length before q, so that a long clause costs no more than a short one. */
function lastPresentingVerbEnd(t: string, s: number, q: number): number {
  const from = Math.max(s, q - 2 * MAX_ISSUER_LENGTH);
  const window = t.slice(from, q);
  let best = -1;
  for (const w of PRESENTING_VERBS) {
    const at = window.lastIndexOf(w);
    if (at >= 0 && from + at + w.length < q && from + at + w.length > best) best = from + at + w.length;
  }
  return best;
}

/** A letter's head: its sender, a blank, and 函 (新北市政府　函). */
const LETTER_HEAD = /^([\u4e00-\u9fff]{2,24}?)[ \t\u3000]+函\s*$/;
/** The kinds a document is referred back to by (该方案, 该措施), as a pattern's alternatives. */
const BACKREF_KINDS = "方案|办法|意见|规划|计划|通知|条例|措施|细则|政策|文件|纲要|要点";
/** The kind of a document opening the clause right after its title, before 由 (，措施由…). */
const KIND_OPENING_NEXT_CLAUSE = new RegExp(`^[，,]该?(?:${BACKREF_KINDS})(?=由)`);
/** A reference back to a document by its kind (该方案), searched for through a stretch of text. */
const BACKREF_IN_STRETCH = new RegExp(`该(?:${BACKREF_KINDS})`, "g");
/** A title's opening that names only its year and its place (2026年正定县, 郑州市2026年). */
const YEAR_AND_PLACE_ONLY = /^(?:(?:19|20)\d{2}年度?|[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗|盟|镇|乡|特别行政区))+$/;
/** What a letter's sender does with a document of its own, right before its title (检送《…》). */
const LETTER_VERBS_BEFORE_TITLE = /^(?:检送|函送|核定|订定|修正)$/;

/** A place and the word that puts the issuer's place under it (苏州市下辖的, 所辖的). */
const UNDER_PLACE = /^(?:[\u4e00-\u9fff]{1,14}?(?:省|市|州|地区|盟|自治区))(?:下辖|所辖|辖下|管辖)的/;

/** An approval written between the issuing verb and the title (…的《): 经省政府同意, 经行政院核定,
 *  依行政院核定. */
const APPROVAL_BEFORE_TITLE = /^(?:经|依)([^，,。；;：:《》“”\s]{1,20})(?:同意|批准|核定|审定|审议通过|研究通过)$/;

/** Where an approval (APPROVAL_BEFORE_TITLE) ending at `q` starts, else `q`. Its 经 is the
 *  farthest one that leaves no issuing verb inside (经济部今天公布经行政院核定: the second; 经省
 *  经信委同意: the first). */
function approvalStart(t: string, q: number): number {
  for (let k = Math.max(0, q - 24); k < q - 2; k++) {
    if (t.charCodeAt(k) !== 0x7ecf /* 经 */ && t.charCodeAt(k) !== 0x4f9d /* 依 */) continue;
    const span = t.slice(k, q);
    // (the approving verb itself may be an issuing one, 核定: only the body before it counts)
    const m = APPROVAL_BEFORE_TITLE.exec(span);
    if (m && !ISSUING_VERBS.some((w) => m[1].includes(w))) return k;
  }
  return q;
}
/** A meeting's passing of what a body drafted, before the title's 的 (院会通过卫生福利部拟具). */
const PASSED_AS_PROPOSED = /(?:院会|院务会议|市政会议|县务会议|董事会)?(?:审议)?通过(?:了)?[\u4e00-\u9fff]{2,16}?(?:拟具|提报|提出|研拟|草拟|起草|报送|所提)$/;
const PASSED_REACH = 30;
/** A government's meeting passing a document, before its title (行政院院会今天通过《…》): Taiwan's
 *  cabinet and councils, a company's board (台湾电力公司今（5）日董事会通过《…》); a mainland 常务会议审议
 *  通过 names no issuer of its own. */
const PASSED_AT_MEETING = /(?:院会|院务会议|市政会议|县务会议|董事会)(?:今天|今日|昨天|昨日|[今昨][(（][0-9０-９]{1,2}[)）]日)?(?:审议)?通过(?:了)?$/;
/** A bracketed lead opening a news item (BRACKETED_LEAD, its inside as group 1) and what marks it
 *  as one (a reporter, a wire's 电, 讯, 报道). */
const BRACKETED_LEAD = /^[（(〔【［\[]([^（）()〔〕【】［］\[\]\n]{1,40}?)[）)〕】］\]]/;
const NEWS_LEAD_INSIDE = /记者|通讯员|[电讯]$|报[道导]$/;
/** A day written inside a relative day word, before the issuing verb (今（20）日公布, 昨(19)日). */
const BRACKETED_DAY = /[今昨前明]\s*[(（]\s*[0-9０-９]{1,2}\s*[)）]\s*日$/;

/** A place phrase right before an issuing verb (在重庆两江新区发布). */
const LOCATIVE_BEFORE_VERB = /在[^，,。；;：:()（）《》“”\s]{2,12}$/;

/** A clause of how a document was drafted or approved, before the clause of who issued it
 *  (由X牵头起草, 经X同意, 经X审议通过). */
const DRAFTING_CLAUSE = /^(?:由[^,，。；;《》]{2,30}?(?:牵头)?(?:起草|编制|研究制定|制定|拟定)|经[^,，。；;《》]{2,30}?(?:同意|审议通过|研究通过|批准))$/;

/** The longest bracket of a short name after an issuer ((以下简称湖北省国资委)). */
const MAX_SHORT_NAME_BRACKET = 20;

/** End of an aside naming the source of the news that opens at `s` (据新华社报道, 记者从…获悉,
 *  据悉, 经…同意): from its `open` to the first of its `close` words within MAX_LEADING_ASIDE
 *  and before `q`; else -1. The first entry whose `open` stands there is the only one tried. */
export function leadingAsideEnd(t: string, s: number, q: number): number {
  const limit = Math.min(q, s + MAX_LEADING_ASIDE);
  for (const a of LEADING_ASIDES) {
    if (!t.startsWith(a.open, s)) continue;
    for (let i = s + a.open.length; i < limit; i++) {
      const close = a.close.find((w) => t.startsWith(w, i) && i + w.length <= limit);
      if (close) return i + close.length;
    }
    return -1;
  }
  return -1;
}

/** A meeting a body holds to announce a document, ending the clause before the issuing verb. */
const MEETING_HELD = /(?:联合|共同)?(?:召开|举行|举办)(?:新闻发布会|发布会|记者会|记者招待会|说明会|常务会议|新闻通气会|[^，,。；;、]{0,20}?(?:工作会议|工作会|大会|推进会|部署会|现场会|调度会|座谈会|发布会|通气会))$/;
/** The day a meeting is held, between its host and the verb (国家邮政局5日召开…, …9月14日上午
 *  召开…, 数位发展部今天召开…, 教育部今（21）日举行…). */
const DAY_BEFORE_MEETING =
  /(?:(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日|今天|今日|昨天|昨日|日前|近日|[今昨][(（][0-9０-９]{1,2}[)）]日)(?:上午|下午)?$/;
/** What opens a clause that issues a document at the meeting the clause before holds (…召开…推进会，
 *  会上发布《…》). */
const AT_THE_MEETING = ["会上", "会议上"];

/** A notice issuing a plan named inside it in 〈〉: 关于印发〈X〉的通知 (its parts: up to 〈, and X).
 *  (Inside 《》, 关于印发《X》的通知, X is a title of its own, and both are reported.) */
const NOTICE_OF_ISSUE = /^(关于(?:印发|转发|下发|发布)|印发)[〈<]([^〈〉<>《》]{2,})[〉>](?:的)?通知$/;

// Mentions of a document after which 该方案 is looked for (each up to the next title).
const MAX_BACKREF_MENTIONS = 8;

/** A 《…》 pair: `open` is the index of 《, `close` that of 》 (so the mention is open..close+1). */
export interface TitlePair {
  open: number;
  close: number;
}

/** Every balanced 《…》 in `text`, ordered by `open`. Nested pairs are all reported (the outer
 *  title keeps its inner brackets). An 《 that is not closed before a sentence end, a blank
 *  line or MAX_TITLE_LENGTH characters is dropped, and a stray 》 is ignored, so neither costs
 *  the rest of the text. Linear: every 《 is pushed and removed once. */
export function findTitlePairs(text: string): TitlePair[] {
  const pairs: TitlePair[] = [];
  const stack: number[] = [];
  let head = 0; // stack[head..] are the open 《 still alive; older ones have expired
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (head < stack.length && i - stack[head] > MAX_TITLE_LENGTH + 1) {
      while (head < stack.length && i - stack[head] > MAX_TITLE_LENGTH + 1) head++;
      if (head === stack.length) {
        stack.length = 0;
        head = 0;
      } else if (head > 1024 && head * 2 > stack.length) {
        stack.splice(0, head);
        head = 0;
      }
    }
    if (c === 0x300a /* 《 */) stack.push(i);
    else if (c === 0x300b /* 》 */) {
      if (stack.length > head) {
        const open = stack.pop()!;
        pairs.push({ open, close: i });
        if (stack.length === head) {
          stack.length = 0;
          head = 0;
        }
      }
    } else if (stack.length > head && (TITLE_BREAKERS.includes(text[i]) || isBlankLineAt(text, i))) {
      stack.length = 0;
      head = 0;
    }
  }
  // Pairs come out in closing order; inner ones close first.
  pairs.sort((a, b) => a.open - b.open);
  return pairs;
}

/** A line break followed (after blanks) by another line break: a paragraph end. */
function isBlankLineAt(text: string, i: number): boolean {
  if (text[i] !== "\n") return false;
  for (let j = i + 1; j < text.length && j < i + 64; j++) {
    const c = text[j];
    if (c === "\n") return true;
    if (c !== "\r" && !isSpace(c)) return false;
  }
  return false;
}

const BRACKET_OPEN = "([【〔（［{｛〖";
const BRACKET_CLOSE = ")]】〕）］}｝〗";
const DASHES = "—–－―~～‐-";
const KEY_DROPPED = "《》〈〉“”\"'‘’「」『』";

/** What two writings of one title share: no whitespace, quotes or 《》, one kind of bracket
 *  and dash (as the scorer compares titles). */
export function titleKey(title: string): string {
  // Built from unchanged runs, so a title needing no change is returned as one flat slice.
  let out = "";
  let run = 0;
  for (let i = 0; i < title.length; i++) {
    const c = title[i];
    let sub: string | null;
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u3000" || KEY_DROPPED.includes(c)) sub = "";
    else if (BRACKET_OPEN.includes(c)) sub = c === "(" ? null : "(";
    else if (BRACKET_CLOSE.includes(c)) sub = c === ")" ? null : ")";
    else if (DASHES.includes(c)) sub = c === "-" ? null : "-";
    else sub = null;
    if (sub === null) continue;
    out += title.slice(run, i) + sub;
    run = i + 1;
  }
  return run === 0 ? title : out + title.slice(run);
}

/** A title key without its trailing bracketed parts: (2020-2022年), (试行), (征求意见稿). */
export function coreOfKey(key: string): string {
  let end = key.length;
  while (end > 0 && key[end - 1] === ")") {
    let depth = 0;
    let j = end - 1;
    for (; j >= 0; j--) {
      if (key[j] === ")") depth++;
      else if (key[j] === "(" && --depth === 0) break;
    }
    if (j <= 0) break; // unbalanced, or the whole title is in brackets
    end = j;
  }
  return key.slice(0, end);
}
/** A year or a span of years written bare at a title's end, after a Chinese character. */
const TRAILING_BARE_YEARS = /[\u4e00-\u9fff]((?:19|20)\d{2}(?:[-—–~至](?:19|20)\d{2})?年?)$/;

/** The title ends with the name of a kind of policy document (…行动计划, …条例, …法), perhaps with its
 *  year or years written bare after it (《香港气候行动蓝图2050》, 《…进展报告2026》: the year is no part
 *  of the core, which tells titles apart, only of the look for the kind). */
export function hasDocumentKind(core: string): boolean {
  if (hasKindAtEnd(core)) return true;
  const year = TRAILING_BARE_YEARS.exec(core);
  return year !== null && hasKindAtEnd(core.slice(0, core.length - year[1].length));
}

function hasKindAtEnd(core: string): boolean {
  for (const s of DOCUMENT_KIND_SUFFIXES) {
    if (!core.endsWith(s)) continue;
    if (s === "法") {
      if (core.length < 2 || NOT_LAW_WORDS.some((w) => core.endsWith(w))) continue;
    }
    return true;
  }
  return false;
}

/** A title made only of generic words (行动计划, 实施方案, 意见): a short name, never a document
 *  of its own. */
export function isGenericTitle(core: string): boolean {
  let s = core;
  for (let changed = true; changed && s.length > 0; ) {
    changed = false;
    for (const w of GENERIC_TITLE_WORDS) {
      if (s.length > w.length && s.startsWith(w)) {
        s = s.slice(w.length);
        changed = true;
      }
    }
  }
  return DOCUMENT_KIND_SUFFIXES.includes(s) || s.length === 0;
}

/** A news headline rather than a document title: clause punctuation, a chatty ending or a
 *  question's opening, or a space between words, except between the issuers that open a
 *  title (中共中央 国务院关于…) or in a standard's name, which ends in its kind
 *  (信息安全技术 个人信息安全规范). */
export function looksLikeHeadline(title: string, core: string = coreOfKey(titleKey(title))): boolean {
  let spaced = false;
  for (let i = 0; i < title.length; i++) {
    const c = title[i];
    if (HEADLINE_PUNCTUATION.includes(c)) return true;
    if (!spaced && isSpace(c) && i > 0 && i + 1 < title.length && !isSpace(title[i - 1]) && !isSpace(title[i + 1])) {
      if (!isLetterOrDigit(title[i - 1]) || !isLetterOrDigit(title[i + 1])) spaced = !title.includes("关于", i);
    }
  }
  if (HEADLINE_ENDINGS.some((e) => core.endsWith(e)) || HEADLINE_OPENINGS.some((o) => core.startsWith(o))) return true;
  return spaced && !hasDocumentKind(core);
}

function isLetterOrDigit(c: string): boolean {
  const x = c.charCodeAt(0);
  return (x >= 48 && x <= 57) || (x >= 65 && x <= 90) || (x >= 97 && x <= 122);
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && c.length === 1 && BLANKS.includes(c);
}

/** The longest line read as a notice's signing body. */
const SIGNATURE_MAX_LENGTH = 40;

/** How many lines from the top a notice's heading (X关于印发…的通知) is looked for. */
const NOTICE_HEADER_LINES = 4;
/** …and on a page saved with its furniture, where the heading must name the document. */
const NOTICE_HEADER_LINES_SAVED_PAGE = 14;
/** A field's label before a saved page's heading (标　　题：). */
const NOTICE_HEADING_LABEL = /^(?:标\s*题|文件名称|名\s*称)\s*[：:]\s*/;

const CLAUSE_BOUNDARY_CHARS = new CharSet(CLAUSE_BOUNDARIES);
const BLANK_CHARS = new CharSet(BLANKS);
const isHanCode = (x: number) => x >= 0x3400 && x <= 0x9fff;

function isHan(c: string | undefined): boolean {
  if (!c) return false;
  const x = c.charCodeAt(0);
  return x >= 0x3400 && x <= 0x9fff;
}

/** Removes the line breaks (and the blanks around them) of a title broken across lines. */
export function joinTitleLines(title: string): string {
  if (!title.includes("\n") && !title.includes("\r")) return title;
  let out = "";
  let i = 0;
  while (i < title.length) {
    const c = title[i];
    if (c === "\n" || c === "\r") {
      out = out.replace(/[ \t\u3000]+$/, "");
      i++;
      while (i < title.length && (isSpace(title[i]) || title[i] === "\n" || title[i] === "\r")) i++;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

interface RegionSpan {
  start: number;
  end: number;
  code: string;
}

/** Where an issuing clause puts a document: who, where in the text, and where its verb is. */
interface Clause {
  issuer: { start: number; end: number } | null;
  /** Index of the issuing verb, or -1 where there is none. */
  verbAt: number;
}

interface DocState {
  fact: DocumentFact;
  key: string;
  core: string;
  aliasKeys: Set<string>;
  /** Where the issuer came from: a clause beats a title that opens with a body's name. */
  issuerFrom: "clause" | "title" | null;
  issuerSpan: { start: number; end: number } | null;
  titleStart: number;
  titleEnd: number;
}

// Verbs that end the part of a clause before its issuer (转发…, 印发…).
/** An issuer referred back to: 该局, 该委, 该厅… (not 本局, 本委: the writer's own body, never the
 *  one it cites before). */
const ISSUER_PRONOUN = /^该(局|委|厅|部|署|办|委员会|中心)$/;
/** A body's second name in brackets (…局（省知识产权局）), and what may join the next body to it. */
const BODY_SECOND_NAME = /[（(]([^（）()]{2,20})[）)]/;
const JOINING_BODIES = "、和及与";
/** …acting with another body (该局联合…, 该委会同…). */
const ISSUER_PRONOUN_ACTING = /^该(局|委|厅|部|署|办|委员会|中心)(?:联合|会同|与|和|同)/;
/** Names that end like a body but are none (新格局, 总体布局). */
const NOT_BODY_END = /(?:格局|布局|大局|全局|结局|开局|破局|变局|当局|棋局|新局|大厅|市中心)$/;
/** After a body's last character, what makes it part of another word (局长, 局面, 委员, 部长). */
const NOT_BODY_AFTER = /^(?:长|面|员|书|城)/;
/** After a body quoted as the source of figures. */
const SOURCE_AFTER = /^(?:数据|统计|监测|调查|预计|显示|发布的|公布)/;
/** How far back the body a pronoun refers to is looked for. */
const ANTECEDENT_REACH = 300;
/** Words right before a body's name that are not part of it (记者从…获悉, 向…报送); not 和 or 与,
 *  which stand inside names (住房和城乡建设局). */
const BEFORE_BODY = "从向据由对经在自是为到赴";
/** Words joining bodies that act together (…局联合…局, 会同, …局、…局): which one a pronoun means
 *  is not said. Before the body (not 和 or 与, which stand inside names) and after it. */
const ACTING_WITH = ["联合", "会同"];
const JOINED_AFTER = ["联合", "会同", "与", "和", "及", "、"];
const INNER_VERBS: readonly string[] = [...ISSUING_VERBS, ...RELAYING_VERBS, ...CONVEYING_VERBS];

// First characters of the issuing verbs: a cheap test before trying each verb.
const VERB_INITIALS = new Set(ISSUING_VERBS.map((w) => w[0]));

// How many recently mentioned documents a short mention (《计划》) is tried against.
const RECENT_DOCUMENTS = 64;

/** Every policy document named in 《》; mention spans in `doc.text` offsets. Never throws. */
export function extractDocuments(ctx: Context): DocumentFact[] {
  try {
    return new DocumentScanner(ctx).run();
  } catch {
    return [];
  }
}

class DocumentScanner {
  private readonly text: string;
  private readonly simplified: string;
  private readonly dates: DateFact[];
  private readonly dateByStart = new Map<number, DateFact>();
  private readonly dateByEnd = new Map<number, DateFact>();
  private readonly regionSpans: RegionSpan[];
  private readonly regionCodes: Set<string>;
  private readonly clauseByClose = new Map<number, Clause>();

  constructor(private readonly ctx: Context) {
    this.text = ctx.doc.text;
    this.simplified = ctx.doc.simplified;
    this.dates = [...(ctx.dates ?? [])].filter((d) => d.end > d.start).sort((a, b) => a.start - b.start);
    for (const d of this.dates) {
      if (!this.dateByStart.has(d.start)) this.dateByStart.set(d.start, d);
      const prev = this.dateByEnd.get(d.end);
      if (!prev || d.start < prev.start) this.dateByEnd.set(d.end, d);
    }
    const spans: RegionSpan[] = [];
    for (const r of ctx.regions ?? []) for (const m of r.mentions ?? []) spans.push({ start: m.start, end: m.end, code: r.code });
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    this.regionSpans = spans;
    this.regionCodes = new Set(spans.map((r) => r.code));
  }

  run(): DocumentFact[] {
    const docs: DocState[] = [];
    const byKey = new Map<string, DocState>();
    const byCore = new Map<string, DocState>();
    const recent: DocState[] = []; // most recently mentioned last
    const touch = (d: DocState) => {
      const i = recent.indexOf(d);
      if (i >= 0) recent.splice(i, 1);
      recent.push(d);
      if (recent.length > RECENT_DOCUMENTS) recent.shift();
    };

    // (the document of the title just before, and where that title ends)
    let previous: { doc: DocState; end: number } | null = null;
    for (const pair of findTitlePairs(this.text)) {
      if (pair.close - pair.open - 1 > MAX_TITLE_LENGTH) continue;
      // (a notice that issues a plan, 《关于印发〈…实施方案〉的通知》, is named for the plan: the plan
      // is the document, which 《实施方案》 then names again; the notice's issuer is the plan's; see
      // NOTICE_OF_ISSUE)
      const wrapped = NOTICE_OF_ISSUE.exec(this.text.slice(pair.open + 1, pair.close));
      const titleOpen = wrapped ? pair.open + 1 + wrapped[1].length : pair.open;
      const titleClose = wrapped ? titleOpen + 1 + wrapped[2].length : pair.close;
      const rawTitle = this.text.slice(titleOpen + 1, titleClose);
      const key = titleKey(rawTitle);
      if (key.length < 2) continue;
      const core = coreOfKey(key);
      if (looksLikeHeadline(rawTitle, core) || this.isMediaContext(pair) || this.namesItsOwnIssuing(pair)) continue;
      const aliases = this.aliasAfter(pair.close + 1);

      // the same title again, or written with / without its trailing (2020-2022年)
      let doc = byKey.get(key) ?? byCore.get(key) ?? byKey.get(core);
      if (!doc) {
        const generic = isGenericTitle(core);
        // a name given as an alias (以下简称《方案》) is that document's, however many titles
        // ending in 方案 came after it; a short name with no alias refers to the latest such title
        for (let i = recent.length - 1; i >= 0 && !doc; i--) if (recent[i].aliasKeys.has(key)) doc = recent[i];
        for (let i = recent.length - 1; i >= 0 && !doc && generic; i--) {
          const d = recent[i];
          if (d.core.endsWith(core) && d.core !== core) doc = d;
        }
        // (…and a title written again without the year and place that open it, 《2026年正定县政府工作报告》 …
        // 根据《政府工作报告》: the same document)
        for (let i = recent.length - 1; i >= 0 && !doc && core.length >= 4; i--) {
          const d = recent[i];
          if (d.core.length > core.length && d.core.endsWith(core) && YEAR_AND_PLACE_ONLY.test(d.core.slice(0, d.core.length - core.length))) doc = d;
        }
        if (!doc && generic) continue; // a short name with nothing before it to refer to
      }

      const clause = this.clauseOf(pair, aliases.end);
      if (!doc) {
        if (!hasDocumentKind(core) && clause.verbAt < 0 && !this.kindAfter(pair.close + 1)) continue;
        const title = joinTitleLines(this.simplified.slice(titleOpen + 1, titleClose));
        doc = {
          fact: { title, issuer: null, date: null, region: null, aliases: [], mentions: [] },
          key,
          core,
          aliasKeys: new Set(),
          issuerFrom: null,
          issuerSpan: null,
          titleStart: titleOpen + 1,
          titleEnd: titleClose,
        };
        docs.push(doc);
        byKey.set(key, doc);
      }
      byCore.set(doc.core, doc); // a title without its years goes to the latest one mentioned

      doc.fact.mentions.push({ text: this.simplified.slice(pair.open, pair.close + 1), start: pair.open, end: pair.close + 1 });
      touch(doc);
      // (names given 分别 after two titles joined by 和, 及 or 、: the first is the first title's)
      let names = aliases.names;
      if (aliases.respectively && names.length === 2 && previous !== null && previous.doc !== doc && previous.end + 1 === pair.open && "和及与、".includes(this.text[previous.end])) {
        const aKey = titleKey(names[0]);
        if (aKey.length >= 1 && !previous.doc.aliasKeys.has(aKey)) {
          previous.doc.aliasKeys.add(aKey);
          previous.doc.fact.aliases.push(names[0]);
        }
        names = names.slice(1);
      }
      previous = { doc, end: pair.close + 1 };
      for (const a of names) {
        const aKey = titleKey(a);
        if (aKey.length < 1 || aKey === key || doc.aliasKeys.has(aKey)) continue;
        doc.aliasKeys.add(aKey);
        doc.fact.aliases.push(a);
      }
      if (doc.issuerFrom !== "clause") {
        if (clause.issuer) {
          doc.issuerFrom = "clause";
          doc.issuerSpan = clause.issuer;
          doc.fact.issuer = this.simplified.slice(clause.issuer.start, clause.issuer.end);
          doc.fact.date = this.dateOfClause(clause) ?? doc.fact.date;
        } else if (doc.fact.date === null && clause.verbAt >= 0) {
          doc.fact.date = this.dateOfClause(clause);
        }
      }
    }

    for (const d of docs) {
      if (d.issuerFrom === null) {
        const prefix = this.issuerOpeningTitle(d.titleStart, d.titleEnd);
        if (prefix) {
          d.issuerFrom = "title";
          d.issuerSpan = prefix;
          d.fact.issuer = this.simplified.slice(prefix.start, prefix.end);
        }
      }
      if (d.issuerFrom === null) {
        // a sentence that opens with the document, or refers back to it (该方案), names its
        // issuer in the passive further on (…审议通过，由哈尔滨市人民政府公布; 该方案由X会同Y于3月印发)
        const passive = this.passiveIssuer(d, docs);
        if (passive) {
          d.issuerFrom = "clause";
          d.issuerSpan = passive;
          d.fact.issuer = this.simplified.slice(passive.start, passive.end);
        }
      }
      // 现将《…方案》印发给你们: the notice hands the document on, and the text is its own
      const handed = d.fact.mentions.find((m) => this.handedOn(m.end));
      if (d.issuerFrom === null && handed) {
        // its issuer heads the notice (襄阳市人民政府关于印发…的通知), or signs it where the heading
        // names no place or no body (县人民政府关于印发…; 关于印发…的通知 … 古田县人民政府办公室⏎
        // 2026年3月12日)
        const header = this.noticeHeaderIssuer(d.fact.title);
        const by = (header && this.regionIn(header.start, header.end) ? null : this.signatureAfter(handed.end)) ?? header;
        if (by) {
          d.issuerFrom = "title";
          d.issuerSpan = by;
          d.fact.issuer = this.simplified.slice(by.start, by.end);
        }
      }
      // (a letter that sends its sender's own document on, 新北市政府　函 ⏎ …主旨：检送《…计划》一份, or
      // that approves or lays it down, 主旨：核定《…布建计划（115—117年）》: the sender is its issuer)
      if (d.issuerFrom === null && d.fact.mentions.some((m) => LETTER_VERBS_BEFORE_TITLE.test(this.simplified.slice(Math.max(0, m.start - 2), m.start)))) {
        const sender = this.letterSender();
        if (sender) {
          d.issuerFrom = "title";
          d.issuerSpan = sender;
          d.fact.issuer = this.simplified.slice(sender.start, sender.end);
        }
      }
      const issuerRegion = d.issuerSpan ? this.regionIn(d.issuerSpan.start, d.issuerSpan.end) : null;
      // (Hong Kong, Macao or Taiwan in a title as where the people it serves come from, 关于支持在闽
      // 台湾同胞…的若干措施, governs nothing when the issuer's place or another of the title's does)
      d.fact.region = this.regionIn(d.titleStart, d.titleEnd, true) ?? issuerRegion ?? this.regionIn(d.titleStart, d.titleEnd);
      // (the notice's body is the text's own: 雅安市人民政府 for 《雅安市芦山…规划》)
      if (handed && this.ctx.ownRegion == null) this.ctx.ownRegion = issuerRegion ?? d.fact.region;
    }
    return mapPacked(docs, (d) => d.fact);
  }

  /** The sender a letter's head names on its first line (新北市政府　函), else null. */
  private letterSender(): { start: number; end: number } | null {
    const t = this.simplified;
    let s = 0;
    while (s < t.length && (isSpace(t[s]) || t[s] === "\n" || t[s] === "\r")) s++;
    const e = t.indexOf("\n", s);
    const line = t.slice(s, e < 0 ? t.length : e);
    const m = LETTER_HEAD.exec(line);
    return m ? { start: s, end: s + m[1].length } : null;
  }

  private mentionStarts?: number[];

  private passiveIssuer(d: { fact: DocumentFact }, docs: ReadonlyArray<{ fact: DocumentFact }>): { start: number; end: number } | null {
    const t = this.text;
    const openings: number[] = [];
    for (const m of d.fact.mentions) {
      const sentence = this.ctx.doc.sentenceAt(m.start);
      // (it opens its sentence or a clause: …获悉，《办法》已经…审议通过，由…公布)
      if ((sentence && m.start - sentence.start <= 4) || "，,：:".includes(t[m.start - 1] ?? "\0")) openings.push(m.end);
      // (…or its kind opens the clause right after it: 公布了《…若干措施》，措施由县商务局日前出台)
      else {
        const kind = KIND_OPENING_NEXT_CLAUSE.exec(t.slice(m.end, m.end + 8));
        if (kind) openings.push(m.end + kind[0].length);
      }
    }
    // 该方案 after one of the document's mentions and before the next mention of any document
    // (the first few mentions: 《计划》提出… may come after the sentence that says who issued it)
    this.mentionStarts ??= docs.flatMap((o) => o.fact.mentions.map((m) => m.start)).sort((a, b) => a - b);
    const starts = this.mentionStarts;
    let active: { start: number; end: number } | null = null;
    for (const m of d.fact.mentions.slice(0, MAX_BACKREF_MENTIONS)) {
      // (up to the next mention of any document: found by binary search)
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < m.end) lo = mid + 1;
        else hi = mid;
      }
      const next = Math.min(lo < starts.length ? starts[lo] : t.length, m.end + 2000);
      // (searched in that stretch only: a search to the end of the text for each document was
      // quadratic over a text of many titles)
      const stretch = t.slice(m.end, next);
      const re = BACKREF_IN_STRETCH;
      re.lastIndex = 0;
      for (let x = re.exec(stretch); x; x = re.exec(stretch)) {
        const at = m.end + x.index;
        const sentence = this.ctx.doc.sentenceAt(at);
        // (or a clause: …落实了《…方案》的要求，该方案由陕西省人民政府今年3月印发)
        if ((sentence && at - sentence.start <= 4) || "，,".includes(t[at - 1] ?? "\0")) openings.push(at + x[0].length);
        // (the object of an issuing verb, as a title would be: 今年1月，昆明市人民政府印发该方案)
        // (…or of a verb made an attribute, 山西省住房和城乡建设厅今年3月印发的该计划提出)
        else if (!active && ISSUING_VERBS.some((w) => endsAt(t, at, w) || (t[at - 1] === "的" && endsAt(t, at - 1, w)))) active = this.clauseLeft({ open: at, close: at + x[0].length - 1 })?.issuer ?? null;
      }
    }
    for (const from of openings) {
      const sentence = this.ctx.doc.sentenceAt(from - 1);
      // (the issuer stands within a short stretch: the look stays bounded in a long sentence)
      const by = t.slice(from, Math.min(sentence ? sentence.end : t.length, from + 120)).indexOf("由");
      const clause = by >= 0 ? this.byIssuer(from + by) : null;
      if (clause?.issuer) return clause.issuer;
    }
    return active;
  }

  /** The body that signs a notice after `from`: a line holding its name alone, then one holding
   *  a date alone (古田县人民政府办公室⏎2026年3月12日); null where no line after `from` does. */
  private signatureAfter(from: number): { start: number; end: number } | null {
    const t = this.text;
    let prev: { start: number; end: number } | null = null;
    for (let s = t.indexOf("\n", from) + 1; s > 0 && s < t.length; ) {
      let e = t.indexOf("\n", s);
      if (e < 0) e = t.length;
      let a = s;
      while (a < e && isSpace(t[a])) a++;
      let b = e;
      while (b > a && (isSpace(t[b - 1]) || t[b - 1] === "\r")) b--;
      if (b > a) {
        if (prev && LONE_DATE.test(t.slice(a, b))) return prev;
        prev = b - a >= 4 && b - a <= SIGNATURE_MAX_LENGTH && this.validIssuer(a, b) ? { start: a, end: b } : null;
      }
      s = e + 1;
    }
    return null;
  }

  /** 印发给你们 / 转发给你们 follows the title's mention: an official notice hands it on. */
  private handedOn(end: number): boolean {
    // (an alias may stand between: 《…》（以下简称《行动方案》）印发给你们; or its approval:
    // 《…》已经县人民政府第36次常务会议研究同意，现印发给你们)
    return /^(?:[（(][^（）()]{0,30}[）)])?(?:已经?[^。；;]{0,40}?(?:同意|通过)[，,])?[，,]?(?:现)?(?:印发|转发|印送|下达)给你们/.test(this.text.slice(end, end + 90));
  }

  /** The issuer heading the text as a notice: its first line reads X关于印发|转发…的通知 (or one
   *  of the first few, under a web page's breadcrumbs: 首页 > 政务公开 > …). */
  private noticeHeaderIssuer(title: string): { start: number; end: number } | null {
    const t = this.text;
    let s = 0;
    // (a page saved with its furniture holds the heading lower down, after breadcrumbs and an
    // index of fields; there it must name the document handed on: 标　　题：X关于印发…的通知)
    const key = titleKey(title);
    // (or the line before, where the body heads the notice on a line of its own: 山东省人民政府
    // 办公厅⏎关于印发…的通知)
    let before: { start: number; end: number } | null = null;
    for (let line = 0; line < NOTICE_HEADER_LINES_SAVED_PAGE && s < t.length; line++) {
      while (s < t.length && /\s/.test(t[s])) s++;
      let e = t.indexOf("\n", s);
      if (e < 0) e = t.length;
      const label = NOTICE_HEADING_LABEL.exec(t.slice(s, Math.min(e, s + 12)));
      if (label) s += label[0].length;
      const head = t.slice(s, Math.min(e, s + 200));
      const named = line < NOTICE_HEADER_LINES || titleKey(head).includes(key);
      const m = /^(.{2,40}?)关于(印发|转发|下达)/.exec(head);
      if (m && named) return this.validIssuer(s, s + m[1].length) ? { start: s, end: s + m[1].length } : null;
      if (/^关于(印发|转发|下达)/.test(head) && named) return before;
      let end = e;
      while (end > s && /\s/.test(t[end - 1])) end--;
      // (not a page's navigation, 首页 > 政务公开 > …, nor a column's name, 组织机构)
      before = end - s > 4 && end - s <= 40 && !/[>›»|/]/.test(t.slice(s, end)) && this.validIssuer(s, end) ? { start: s, end } : null;
      s = e + 1;
    }
    return null;
  }

  // -- which 《》 are articles, books or programmes ------------------------------------------

  private isMediaContext(pair: TitlePair): boolean {
    const t = this.text;
    let after = pair.close + 1;
    while (after < t.length && isSpace(t[after])) after++;
    for (const w of MEDIA_AFTER) if (t.startsWith(w, after)) return true;
    let before = pair.open;
    while (before > 0 && isSpace(t[before - 1])) before--;
    if (t[before - 1] === "了" || t[before - 1] === "的") before--;
    for (const w of MEDIA_BEFORE) if (endsAt(t, before, w)) return true;
    return false;
  }

  /** A headline that reports an issuing (湖南出台区块链三年行动计划, 农业农村部发布…计划):
   *  a body's name, then an issuing verb, inside the title and not after 关于 (关于印发…的通知
   *  is a document's own title). */
  private namesItsOwnIssuing(pair: TitlePair): boolean {
    const t = this.text;
    for (let i = pair.open + 3; i < pair.close; i++) {
      if (t[i - 1] === "于" && t[i - 2] === "关") return false;
      if (!VERB_INITIALS.has(t[i]) || !ISSUING_VERBS.some((w) => t.startsWith(w, i))) continue;
      let s = pair.open + 1;
      while (s < i && t[s] === "“") s++;
      if (this.validIssuer(s, i)) return true;
    }
    return false;
  }

  /** The kind of document is named right after the title (《…》白皮书). */
  private kindAfter(from: number): boolean {
    return DOCUMENT_KIND_AFTER.some((w) => this.text.startsWith(w, from));
  }

  // -- aliases: (以下简称《计划》) ------------------------------------------------------------

  /** Short names introduced right after a title, and where that introduction ends:
   *  (以下简称《计划》), (国办发〔2020〕24号，以下简称《实施意见》), ，简称“方案”。 */
  private aliasAfter(from: number): { names: string[]; end: number; respectively?: boolean } {
    const t = this.text;
    const none = { names: [], end: from };
    let respectively = false;
    let i = from;
    while (i < t.length && isSpace(t[i])) i++;
    let limit: number; // where the names must end
    let end: number; // where the introduction ends
    let intro: number; // where the names begin
    if (t[i] === "(") {
      const close = boundedIndexOf(t, ")", i + 1, i + 1 + MAX_ALIAS_NOTE);
      if (close < 0) return none;
      const at = findIntroducer(t, i + 1, close);
      if (!at) return none;
      // (以下分别简称《妇女规划》《儿童规划》: a name for each of the titles before, in order)
      respectively = t.startsWith("分别", at.start - 2);
      intro = at.end;
      limit = close;
      end = close + 1;
    } else {
      if (t[i] === "," || t[i] === "，") i++;
      while (i < t.length && isSpace(t[i])) i++;
      const w = ALIAS_INTRODUCERS.find((x) => t.startsWith(x, i));
      if (!w) return none;
      intro = i + w.length;
      limit = Math.min(t.length, intro + MAX_ALIAS_NOTE);
      end = -1;
    }
    if (t[intro] === ":" || t[intro] === "：") intro++;
    const names: string[] = [];
    let k = intro;
    // one or more names: 《计划》 / “方案” / bare 政策措施, joined by 、 or 或
    for (let guard = 0; guard < 4 && k < limit; guard++) {
      while (k < limit && isSpace(t[k])) k++;
      let s = k;
      let e = -1;
      const closeQuote = ALIAS_QUOTES[t[k]];
      if (closeQuote) {
        const q = boundedIndexOf(t, closeQuote, k + 1, limit);
        if (q > k + 1 && (q + 1 === limit || ALIAS_TERMINATORS.includes(t[q + 1]) || (respectively && t[q + 1] === "《"))) {
          s = k + 1;
          e = q;
          k = q + 1;
        }
      }
      if (e < 0) {
        while (k < limit && !ALIAS_TERMINATORS.includes(t[k])) k++;
        e = k;
      }
      const name = joinTitleLines(this.simplified.slice(s, e)).trim();
      if (name && e - s <= MAX_ALIAS_LENGTH) names.push(name);
      if (t[k] === "、" || t[k] === "或") {
        k++;
        continue;
      }
      if (respectively && t[k] === "《") continue;
      break;
    }
    if (!names.length) return none;
    return { names, end: end >= 0 ? end : k, respectively };
  }

  // -- the issuing clause -------------------------------------------------------------------

  /** The issuing clause around a mention: X印发《…》, X关于印发《…》的通知, X发布的《…》,
   *  《…》由X印发, 《A》和《B》 sharing A's clause. */
  private clauseOf(pair: TitlePair, afterAliases: number): Clause {
    const left = this.clauseLeft(pair);
    const result: Clause = left ?? { issuer: null, verbAt: -1 };
    if (!result.issuer) {
      const right = this.clauseRight(afterAliases);
      if (right && (right.issuer || result.verbAt < 0)) Object.assign(result, right);
    }
    this.clauseByClose.set(pair.close, result);
    // 《A》(以下简称《甲》)和《B》: B shares A's clause across the alias note too
    if (afterAliases > pair.close + 1) this.clauseByClose.set(afterAliases - 1, result);
    return result;
  }

  private clauseLeft(pair: TitlePair): Clause | null {
    const t = this.text;
    let q = pair.open;
    while (q > 0 && isSpace(t[q - 1])) q--;
    // (a narrow column may wrap the line between the verb and 《: …人民政府办公室印发⏎《…》)
    if (t[q - 1] === "\n") {
      let r = q - 1;
      if (t[r - 1] === "\r") r--;
      while (r > 0 && isSpace(t[r - 1])) r--;
      if (ISSUING_VERBS.some((w) => endsAt(t, r, w))) q = r;
    }
    const beforeTitle = q;
    // 《A》、《B》: the second title shares the first one's clause
    let c = q;
    const conj = TITLE_CONJUNCTIONS.find((w) => endsAt(t, c, w));
    if (conj) c -= conj.length;
    if (t[c - 1] === "》" || t[c - 1] === ")") {
      const shared = this.clauseByClose.get(c - 1);
      if (shared && (shared.issuer || shared.verbAt >= 0)) return shared;
    }
    if (t[q - 1] === "的") {
      q--;
      // (the approval between the verb and the title is no issuer: 印发经省政府同意的《…》,
      // 公布经行政院核定的《…》; the body that issues stands before the verb)
      q = approvalStart(t, q);
    }
    let verbAt = -1;
    // (a meeting that passes what a body below drafted: 行政院今（15）日院会通过卫生福利部拟具的《…》,
    // 台北市政府今（3）日市政会议通过社会局提出的《…》: its host issues it)
    // (…or passes it itself: 行政院院会今天通过《…》)
    if (t[beforeTitle - 1] === "的") {
      const passed = PASSED_AS_PROPOSED.exec(t.slice(Math.max(0, beforeTitle - 1 - PASSED_REACH), beforeTitle - 1));
      if (passed) q = verbAt = beforeTitle - 1 - passed[0].length;
    } else {
      const passed = PASSED_AT_MEETING.exec(t.slice(Math.max(0, beforeTitle - PASSED_REACH), beforeTitle));
      if (passed) q = verbAt = beforeTitle - passed[0].length;
    }
    let sawAbout = false;
    // verbs, fillers and dates between an issuer and 《 are short; a long run of them is noise
    const floor = Math.max(0, pair.open - MAX_ISSUER_LENGTH);
    while (q > floor) {
      while (q > 0 && isSpace(t[q - 1])) q--;
      const verb = ISSUING_VERBS.find((w) => endsAt(t, q, w));
      if (verb) {
        q -= verb.length;
        verbAt = q;
        continue;
      }
      const date = this.dateEndingAt(q);
      if (date >= 0 && date < q) {
        q = date;
        continue;
      }
      // (a date in brackets after a relative day: 昨日（8月20日）发布)
      if (t[q - 1] === ")") {
        const inner = this.dateEndingAt(q - 1);
        if (inner > 0 && t[inner - 1] === "(") {
          q = inner - 1;
          continue;
        }
      }
      // (a day written inside a relative one, as papers write it: 今（20）日公布)
      const bracketed = BRACKETED_DAY.exec(t.slice(Math.max(0, q - 10), q));
      if (bracketed) {
        q -= bracketed[0].length;
        continue;
      }
      const filler = CLAUSE_FILLERS.find((w) => endsAt(t, q, w));
      if (filler) {
        if (filler === "关于") sawAbout = true;
        q -= filler.length;
        continue;
      }
      // (where it was issued, between the body and its verb: 长安汽车（…）在重庆两江新区发布《…》)
      if (verbAt === q) {
        const at = LOCATIVE_BEFORE_VERB.exec(t.slice(Math.max(0, q - 14), q));
        if (at && at.index + Math.max(0, q - 14) < q) {
          q = Math.max(0, q - 14) + at.index;
          continue;
        }
      }
      break;
    }
    if (verbAt < 0) {
      // 国务院《关于…的意见》: a body named right before a 关于-title is its issuer
      if (t.startsWith("关于", pair.open + 1)) {
        const issuer = this.issuerEndingAt(beforeTitle);
        if (issuer) return { issuer, verbAt: -1 };
      }
      return null;
    }
    let issuer = this.issuerEndingAt(q);
    // (a body in quotes, as mainland media write Taiwan's: 台湾地区“数位发展部”日前发布《…》)
    if (!issuer && t[q - 1] === "”") {
      const open = t.lastIndexOf("“", q - 2);
      if (open >= 0 && q - open - 2 <= MAX_ISSUER_LENGTH && this.validIssuer(open + 1, q - 1)) issuer = { start: open + 1, end: q - 1 };
    }
    // (a clause that opens with the verb, after one where the body holds a meeting to announce
    // it: 佛山市人民政府召开新闻发布会，发布《…》)
    if (!issuer && (t[q - 1] === "，" || t[q - 1] === ",")) issuer = this.hostOfMeetingBefore(q - 1);
    // (…召开2026年工作会议，并印发《…》)
    if (!issuer && t[q - 1] === "并" && (t[q - 2] === "，" || t[q - 2] === ",")) issuer = this.hostOfMeetingBefore(q - 2);
    // (…召开…推进会，会上发布《…》)
    if (!issuer) {
      const opener = AT_THE_MEETING.find((w) => q > w.length && t.startsWith(w, q - w.length));
      if (opener && (t[q - opener.length - 1] === "，" || t[q - opener.length - 1] === ",")) issuer = this.hostOfMeetingBefore(q - opener.length - 1);
    }
    // A heading: the issuing body on its own line, then 关于印发《…》的通知
    if (!issuer && sawAbout && this.clauseStartBefore(q) === q && t[q - 1] === "\n") {
      issuer = this.headingIssuerBefore(q - 1);
    }
    return { issuer, verbAt };
  }

  /** The body that holds the meeting in the clause ending at `end` (X召开新闻发布会, X举行常务
   *  会议), or null. */
  private hostOfMeetingBefore(end: number): { start: number; end: number } | null {
    const t = this.text;
    const m = MEETING_HELD.exec(t.slice(Math.max(0, end - MAX_ISSUER_LENGTH - 12), end));
    if (!m) return null;
    let verbAt = end - m[0].length;
    const day = DAY_BEFORE_MEETING.exec(t.slice(Math.max(0, verbAt - 10), verbAt));
    if (day) verbAt -= day[0].length;
    return this.issuerEndingAt(verbAt);
  }

  /** 《…》由X印发 / 《…》(以下简称…)正式发布. */
  private clauseRight(from: number, depth = 0): Clause | null {
    const t = this.text;
    let i = from;
    for (let guard = 0; guard < 8; guard++) {
      while (i < t.length && isSpace(t[i])) i++;
      const date = this.dateStartingAt(i);
      if (date > i) {
        i = date;
        continue;
      }
      const filler = AFTER_TITLE_FILLERS.find((w) => t.startsWith(w, i));
      if (filler) {
        i += filler.length;
        continue;
      }
      break;
    }
    const verb = ISSUING_VERBS.find((w) => t.startsWith(w, i));
    if (verb) return { issuer: null, verbAt: i };
    const by = t[i] === "由" ? this.byIssuer(i) : null;
    if (by || depth >= 2) return by;
    // (past the clauses of how it was drafted and approved, to the body that issued it: 《方案》由
    // 自治区商务厅牵头起草，经自治区人民政府同意，于2026年4月20日由…人民政府办公厅印发实施)
    // (this text's commas are half-width: see the text it reads)
    const comma = t.indexOf(",", i);
    if (comma < 0 || comma - i > MAX_ISSUER_LENGTH + 12 || !DRAFTING_CLAUSE.test(t.slice(i, comma))) return null;
    const next = this.clauseRight(comma + 1, depth + 1);
    return next?.issuer ? next : null;
  }

  /** 由X印发 from the 由 at i: the body up to the issuing verb, fillers and a date trimmed
   *  (由X会同Y于3月印发 → X会同Y). */
  private byIssuer(i: number): Clause | null {
    const t = this.text;
    const s = i + 1;
    for (let j = s; j < t.length && j - s <= MAX_ISSUER_LENGTH + 8; j++) {
      if (CLAUSE_BOUNDARIES.includes(t[j])) return null;
      if (VERB_INITIALS.has(t[j]) && ISSUING_VERBS.some((w) => t.startsWith(w, j))) {
        let e = j;
        for (let changed = true; changed; ) {
          changed = false;
          while (e > s && isSpace(t[e - 1])) e--;
          const filler = CLAUSE_FILLERS.find((w) => w !== "关于" && endsAt(t, e, w) && e - w.length >= s);
          if (filler) {
            e -= filler.length;
            changed = true;
          }
          const date = this.dateEndingAt(e);
          if (date >= s && date < e) {
            e = date;
            changed = true;
          }
        }
        const issuer = this.validIssuer(s, e) ? { start: s, end: e } : null;
        return { issuer, verbAt: j };
      }
    }
    return null;
  }

  /** Where the clause holding position q begins (after the last boundary before it). */
  private clauseStartBefore(q: number): number {
    let b = q;
    const limit = Math.max(0, q - MAX_ISSUER_LENGTH - 24);
    for (;;) {
      while (b > limit && !this.isBoundaryAt(b - 1)) b--;
      // (past a body's second name in brackets, 福建省市场监督管理局（省知识产权局）、福建省农业农村厅)
      const open = b > limit ? this.secondNameOpening(b - 1) : -1;
      if (open <= limit) return b;
      b = open;
    }
  }

  /** Where the bracket opens whose closer stands at `close`, when it holds a body's second name
   *  right after a body's name (…局（省知识产权局）); else -1. */
  private secondNameOpening(close: number): number {
    const t = this.text;
    if (t[close] !== ")" && t[close] !== "）") return -1;
    for (let p = close - 1; p >= 0 && close - p <= 21; p--) {
      if (t[p] !== "(" && t[p] !== "（") continue;
      const inner = t.slice(p + 1, close);
      return ISSUER_SUFFIXES.some((x) => inner.endsWith(x)) && ISSUER_SUFFIXES.some((x) => endsAt(t, p, x)) ? p : -1;
    }
    return -1;
  }

  private isBoundaryAt(i: number): boolean {
    // (by code: the scans back to a clause start ask at every character)
    const t = this.text;
    if (CLAUSE_BOUNDARY_CHARS.at(t, i)) return true;
    // a blank splits words, except between two names of bodies (中共中央 国务院)
    if (BLANK_CHARS.at(t, i)) return !(isHanCode(t.charCodeAt(i - 1)) && isHanCode(t.charCodeAt(i + 1)));
    return false;
  }

  /** The issuer whose name ends at q: back to the clause start, leading dates and
   *  connectives trimmed, accepted only if it reads as a body or a region. */
  private issuerEndingAt(q: number): { start: number; end: number } | null {
    // (a short name in brackets after the body, 湖北省人民政府国有资产监督管理委员会（以下简称湖北省
    // 国资委）印发…: the body before it)
    const open = this.beforeShortNameBracket(q);
    if (open > 0) return this.issuerEndingAt(open);
    const b = this.clauseStartBefore(q);
    if (q - b > MAX_ISSUER_LENGTH + 24 && !this.isBoundaryAt(b - 1) && b > 0) return null;
    let s = this.trimLeading(b, q);
    // 国务院办公厅转发国家发展改革委《关于…》: the body after the last verb is the issuer
    for (let i = q - 2; i > s; i--) {
      const verb = INNER_VERBS.find((w) => this.text.startsWith(w, i) && i + w.length <= q);
      if (verb) {
        s = this.trimLeading(i + verb.length, q);
        break;
      }
    }
    // (a body referred back to, 记者从广州市住房和城乡建设局获悉，该局近日印发《…》: the body named
    // before it)
    const pronoun = ISSUER_PRONOUN.exec(this.text.slice(s, q));
    if (pronoun && pronoun[0].length === q - s) return this.bodyEndingIn(pronoun[1], s) ?? { start: s, end: q };
    // (…acting with another, 该局联合中国人民银行天津市分行近日印发: the body named before it, which
    // leads; never the pronoun and its partner as one name)
    const leading = ISSUER_PRONOUN_ACTING.exec(this.text.slice(s, q));
    if (leading) return this.bodyEndingIn(leading[1], s);
    return this.validIssuer(s, q) ? { start: s, end: q } : null;
  }

  /** The last body before `before`, within a paragraph's reach, whose name ends in `kind` (局, 委,
   *  厅…) and opens with a place or a national body's word; else null. */
  private bodyEndingIn(kind: string, before: number): { start: number; end: number } | null {
    const t = this.text;
    const floor = Math.max(0, before - ANTECEDENT_REACH);
    // (looked for back to `floor` only: a long text without the word costs no more per pronoun)
    for (let end = before - kind.length; end >= floor; end--) {
      if (!t.startsWith(kind, end)) continue;
      let e = end + kind.length;
      // (the whole of a committee's name: 国家发展和改革委员会 for 该委)
      if (kind === "委" && t.startsWith("员会", e)) e += 2;
      // (a word it opens: 局长, 局面, 部长, 委书记)
      else if (NOT_BODY_AFTER.test(t.slice(e, e + 1))) continue;
      // (not a body quoted as a source, 据市统计局数据, 统计局数据显示: the text's own body is meant)
      if (SOURCE_AFTER.test(t.slice(e, e + 2))) continue;
      // (the run of Han characters before it, to the word that introduces it: 从, 向, 据…; or
      // to a body acting with it, 市场监管局联合市公安局…, where which one is meant is not said)
      let k = end;
      while (k > floor && e - k < MAX_ISSUER_LENGTH && isHan(t[k - 1]) && !BEFORE_BODY.includes(t[k - 1]) && !ACTING_WITH.some((w) => endsAt(t, k, w))) k--;
      if (ACTING_WITH.some((w) => endsAt(t, k, w)) || JOINED_AFTER.some((w) => t.startsWith(w, e)) || t[k - 1] === "、") return null;
      if (t[k - 1] === "据") continue;
      for (let a = k; a < end; a++) {
        // (各县区教育局: bodies in general, no antecedent)
        if (t[a] === "各" || t[a - 1] === "各") break;
        if ((this.regionStartingAt(a) || ISSUER_OPENINGS.some((w) => t.startsWith(w, a))) && this.validIssuer(a, e) && !ISSUER_PRONOUN.test(t.slice(a, e)) && !NOT_BODY_END.test(t.slice(a, e)))
          return { start: a, end: e };
      }
    }
    return null;
  }

  /** Where a bracket giving the short name of what precedes it, ending at `q`, opens
   *  ((以下简称…), (下称…), or a short name alone, (海南省国资委)); else -1. */
  private beforeShortNameBracket(q: number): number {
    const t = this.text;
    if (t[q - 1] !== ")" && t[q - 1] !== "）") return -1;
    let open = q - 2;
    while (open > 0 && q - open <= MAX_SHORT_NAME_BRACKET && t[open] !== "(" && t[open] !== "（") open--;
    if (open <= 0 || (t[open] !== "(" && t[open] !== "（")) return -1;
    const inside = t.slice(open + 1, q - 1);
    return /^(?:以下简称|以下称|下称|简称)/.test(inside) || /^[\u4e00-\u9fff]{2,10}$/.test(inside) ? open : -1;
  }

  /** The one place where everything before an issuer is dropped from the left of [s, q):
   *  blanks, news datelines (本报讯, 新华社北京3月5日电), dates, asides (据…报道, 记者从…获悉,
   *  经…同意), connectives (日前, 据悉, 根据) and bylines (本报记者 张三), in any order and
   *  repeated. Each step moves s forward, so the loop ends; each looks at a bounded window. */
  private trimLeading(s: number, q: number): number {
    const t = this.text;
    while (s < q) {
      // (a document's partner before 与, 《实施方案》与国家林业和草原局印发的《…》: the body after it;
      // or 和, 及: 《…方案》和旗委、旗政府出台的《…》)
      if ((t[s] === "与" || t[s] === "和" || t[s] === "及") && (t[s - 1] === "》" || t[s - 1] === ")")) {
        s++;
        continue;
      }
      // (…with an adverb between, 《方案》亦与中国人民银行…印发的《…》, 还与, 也与, 同时与)
      const alsoWith = ALSO_WITH.exec(t.slice(s, Math.min(q, s + 4)));
      if (alsoWith && (t[s - 1] === "》" || t[s - 1] === ")") && s + alsoWith[0].length < q) {
        s += alsoWith[0].length;
        continue;
      }
      if (isSpace(t[s])) {
        s++;
        continue;
      }
      // an item's marker in a list of news (②四川省人民政府近日印发…, 一、工业和信息化部印发…)
      const head = t.slice(s, Math.min(q, s + 14));
      const marker = ITEM_MARKER.exec(head) ?? ITEM_LABEL.exec(head);
      if (marker && s + marker[0].length < q) {
        s += marker[0].length;
        continue;
      }
      // (the place a body's place belongs to, 江苏省苏州市下辖的昆山市人民政府办公室: the body after it)
      const under = UNDER_PLACE.exec(t.slice(s, Math.min(q, s + 24)));
      if (under && s + under[0].length < q) {
        s += under[0].length;
        continue;
      }
      // (a news lead in brackets, as Taiwan's and Hong Kong's papers open: 〔记者王冠仁／高雄报导〕,
      // （中央社记者林宜萱台北12日电）, 【本报讯】)
      const lead = BRACKETED_LEAD.exec(t.slice(s, Math.min(q, s + 44)));
      if (lead && s + lead[0].length < q && NEWS_LEAD_INSIDE.test(lead[1])) {
        s += lead[0].length;
        continue;
      }
      // before the date (3月5日讯) and the region (北京3月5日电, 福州日报讯) tests
      const dateline = this.datelineEnd(s, q);
      if (dateline > s) {
        s = dateline;
        continue;
      }
      const date = this.dateStartingAt(s);
      if (date > s && date <= q) {
        s = date;
        continue;
      }
      // who presents or carries out the document is no part of its issuer (…有关负责人介绍了近日由
      // X印发的《…》; 漳州将持续落实市政府…发布的《…》): the issuer follows that verb
      const presented = lastPresentingVerbEnd(t, s, q);
      if (presented > s) {
        s = presented;
        continue;
      }
      if (this.regionStartingAt(s)) break; // 如皋市 is a place, not 如 + 皋市
      const aside = leadingAsideEnd(t, s, q);
      if (aside > s) {
        s = aside;
        continue;
      }
      const filler = LEADING_FILLERS_LONGEST_FIRST.find((w) => t.startsWith(w, s) && s + w.length <= q);
      if (filler) {
        s += filler.length;
        continue;
      }
      // (a preposition before a place's body, 并对五华区人民政府近日印发的《…》进行解读: the body after it)
      if (BEFORE_BODY.includes(t[s]) && s + 1 < q && this.regionStartingAt(s + 1)) {
        s++;
        continue;
      }
      // what precedes 与 is a policy, not a body (上述政策与今年3月X印发的《…》相衔接): the issuer
      // follows it (工业与信息化局, 人力资源与社会保障局 are one body's name)
      let joined = -1;
      for (let i = s + 1; i + 1 < q && joined < 0; i++) if (t[i] === "与") joined = i;
      if (joined > s && POLICY_NOUNS.some((w) => t.startsWith(w, joined - w.length))) {
        s = joined + 1;
        continue;
      }
      const byline = this.bylineEnd(s, q);
      if (byline > s) {
        s = byline;
        continue;
      }
      break;
    }
    return s;
  }

  /** End of a news dateline opening at s (本报讯, 新华社北京3月5日电, 人民网北京电, 福州日报讯,
   *  北京3月5日电, a bare 讯 before a blank), or -1. The mark must come within
   *  MAX_DATELINE characters with no blank before it, and what stands before it must read as a
   *  news source, a place and a date. The mark is 电, 讯 or 消息 (DATELINE_MARKS). */
  private datelineEnd(s: number, q: number): number {
    const t = this.text;
    const limit = Math.min(q, s + MAX_DATELINE);
    let i = s;
    let mark: string | undefined;
    while (i < limit && !(mark = DATELINE_MARKS.find((w) => t.startsWith(w, i) && i + w.length <= q))) {
      if (isSpace(t[i]) || CLAUSE_BOUNDARIES.includes(t[i])) return -1;
      i++;
    }
    if (!mark) return -1;
    const end = i + mark.length;
    // the mark must stand apart: before a blank or an issuer's opening (国网湖南省电力有限公司,
    // 3月5日电力局, 科大讯飞 and 中国网络电视台 hold no dateline)
    const apart = end < q && (isSpace(t[end]) || this.opensIssuerOrByline(end, q));
    // 新华社北京3月5日电, 本报讯; where the mark follows the source or a date right away, also
    // before any issuer (本报讯鼓楼区…, 本报3月5日讯鼓楼区…)
    for (const w of NEWS_SOURCES) {
      const a = s + w.length;
      if (!t.startsWith(w, s) || a > i || !this.isPlaceAndDate(a, i)) continue;
      if (apart) return end;
      const date = this.dateEndingAt(i);
      if ((a === i || (date >= a && date < i)) && this.validIssuer(end, q)) return end;
    }
    if (!apart) return -1;
    // 福州日报讯, 东南网讯, XX日报福州3月5日讯
    const prefix = t.slice(s, i);
    for (const w of NEWS_SOURCE_ENDINGS) {
      const at = prefix.indexOf(w);
      if (at > 0 && this.isPlaceAndDate(s + at + w.length, i)) return end;
    }
    // 北京3月5日电, 3月5日讯
    const date = this.dateEndingAt(i);
    if (date >= s && date < i && this.isPlaceAndDate(s, i)) return end;
    // 讯 / 北京电 standing alone before a blank
    if (i - s <= MAX_BARE_DATELINE && isSpace(t[end]) && this.isPlaceAndDate(s, i)) return end;
    return -1;
  }

  /** [a, e) is what a dateline puts between its source and its mark: nothing, a place
   *  (北京, 华盛顿), a date (3月5日) or a place and then a date. A place is a region's name, or
   *  a short run of Han characters (华盛顿) that is no body's name (…局) and no byline. */
  private isPlaceAndDate(a: number, e: number): boolean {
    const date = this.dateEndingAt(e);
    const placeEnd = date >= a && date < e ? date : e;
    if (placeEnd === a) return true;
    if (!isHanRun(this.text, a, placeEnd)) return false;
    const place = this.text.slice(a, placeEnd);
    if (placeEnd - a <= MAX_DATELINE_PLACE && !ISSUER_SUFFIXES.some((x) => place.endsWith(x))) {
      if (!BYLINE_HEADS.some((w) => place.includes(w))) return true;
    }
    const hits = findRegionNames(place);
    return hits.length > 0 && hits[0].start === 0 && hits[hits.length - 1].end === place.length && placeEnd - a <= MAX_DATELINE;
  }

  /** End of a byline opening at s (本报记者 张三, 记者 张三、李四, 通讯员王五, 记者张三报道), or
   *  -1. A name is 2–MAX_BYLINE_NAME Han characters (more with a dot, 阿依古丽·买买提) followed
   *  by a blank or 、; one run straight into the issuer is cut where a region, an issuer's
   *  opening, another byline or a tail (报道, 摄) begins. */
  private bylineEnd(s: number, q: number): number {
    const t = this.text;
    const head = BYLINE_HEADS.find((w) => t.startsWith(w, s));
    if (!head) return -1;
    let i = s + head.length;
    while (i < q && isSpace(t[i])) i++;
    let end = -1;
    for (let names = 0; names < 4 && i < q; names++) {
      let j = i;
      let dotted = false;
      while (j < q && j - i <= 3 * MAX_BYLINE_NAME && (isHan(t[j]) || NAME_DOTS.includes(t[j]))) {
        if (NAME_DOTS.includes(t[j])) dotted = true;
        j++;
      }
      const len = j - i;
      const separated = j < q && (isSpace(t[j]) || t[j] === "、");
      if (separated && len >= 2 && (len <= MAX_BYLINE_NAME || dotted)) {
        end = j;
        i = j + 1;
        while (i < q && isSpace(t[i])) i++;
        // another name follows only where it, too, stands apart (the issuer runs up to q)
        continue;
      }
      // a name run straight into what follows (记者张三福州市…, 记者张三报道); only the first,
      // and never a run that itself opens like an issuer (本报记者 福州市…)
      if (names > 0 || this.opensIssuerOrByline(i, q)) break;
      for (let k = 2; k <= MAX_BYLINE_NAME && i + k < q; k++) {
        if (!isHanRun(t, i, i + k)) break;
        if (this.opensIssuerOrByline(i + k, q)) {
          end = i + k;
          break;
        }
      }
      break;
    }
    // a head with no name before the issuer (本报记者 福州市…)
    if (end < 0 && i > s + head.length && this.opensIssuerOrByline(i, q)) end = i;
    if (end < 0) return -1;
    let e = end;
    while (e < q && isSpace(t[e])) e++;
    const tail = BYLINE_TAILS.find((w) => t.startsWith(w, e) && e + w.length <= q);
    if (tail) end = e + tail.length;
    return end;
  }

  /** What may follow a byline's name: an issuer (a region's name, 省, 国家, 国务院…), another
   *  byline (通讯员) or a tail (报道). */
  private opensIssuerOrByline(p: number, q: number): boolean {
    const t = this.text;
    if (BYLINE_TAILS.some((w) => t.startsWith(w, p)) || BYLINE_HEADS.some((w) => t.startsWith(w, p))) return true;
    if (ISSUER_OPENINGS.some((w) => t.startsWith(w, p) && p + w.length < q)) return true;
    return this.regionStartingAt(p) || this.regionNameAt(p, q);
  }

  /** A region's name (found by the gazetteer) opens [p, q). Bounded to a short window. */
  private regionNameAt(p: number, q: number): boolean {
    const hits = findRegionNames(this.text.slice(p, Math.min(q, p + 12)));
    return hits.length > 0 && hits[0].start === 0;
  }

  /** A heading line that is only the issuing body's name (湖南省人民政府), the line before
   *  `lineBreak`. */
  private headingIssuerBefore(lineBreak: number): { start: number; end: number } | null {
    const t = this.text;
    let e = lineBreak;
    while (e > 0 && (isSpace(t[e - 1]) || t[e - 1] === "\r")) e--;
    let s = e;
    while (s > 0 && t[s - 1] !== "\n" && e - s <= MAX_ISSUER_LENGTH) s--;
    if (s > 0 && t[s - 1] !== "\n") return null;
    while (s < e && isSpace(t[s])) s++;
    return this.validIssuer(s, e) ? { start: s, end: e } : null;
  }

  /** A title that opens with its issuer: 国务院关于…的指导意见 → 国务院. */
  private issuerOpeningTitle(start: number, end: number): { start: number; end: number } | null {
    // looked for within the title's first MAX_ISSUER_LENGTH characters only (an unbounded
    // indexOf would cost the rest of the text for every title without 关于)
    const t = this.text;
    const limit = Math.min(end - 2, start + MAX_ISSUER_LENGTH);
    for (let at = start; at <= limit; at++) {
      if (t[at] === "关" && t[at + 1] === "于") {
        // (a notice forwarding another body's document is the forwarding body's:
        // 运城市人民政府办公室转发市农业农村局关于…的通知)
        const fwd = t.slice(start, at).indexOf("转发");
        const e = fwd > 0 ? start + fwd : at;
        return e - start >= 2 && this.validIssuer(start, e) ? { start, end: e } : null;
      }
      if (CLAUSE_BOUNDARIES.includes(t[at])) return null;
    }
    return null;
  }

  /** Reads as the name of an issuing body (…厅, …人民政府, 国务院) or of a region. */
  private validIssuer(s: number, e: number): boolean {
    const len = e - s;
    if (len < 2 || len > MAX_ISSUER_LENGTH) return false;
    const name = this.text.slice(s, e);
    // 商务部、财政部等9部门: the bodies named, and a count of all of them
    const counted = /等(?:[0-9]+|[一二三四五六七八九十两]+)(?:个|家)?(?:部门|部委|单位)$/.exec(name);
    if (counted && counted.index >= 2) return this.validIssuer(s, s + counted.index);
    // a body with its second name in brackets (福建省市场监督管理局（省知识产权局）), perhaps before
    // the next body (…（省知识产权局）、福建省农业农村厅): each body as named
    const second = BODY_SECOND_NAME.exec(name);
    if (second && second.index >= 2 && ISSUER_SUFFIXES.some((x) => second[1].endsWith(x))) {
      const open = s + second.index;
      const close = open + second[0].length;
      if (close === e) return this.validIssuer(s, open);
      if (JOINING_BODIES.includes(this.text[close])) return this.validIssuer(s, open) && this.validIssuer(close + 1, e);
      return false;
    }
    for (let i = 0; i < name.length; i++) {
      const c = name[i];
      if (c === "的" || (c >= "0" && c <= "9") || CLAUSE_BOUNDARIES.includes(c)) return false;
    }
    if (NOT_ISSUERS.includes(name)) return false;
    if (!isHan(name[0]) || !isHan(name[name.length - 1])) return false;
    // bodies joined by 与 each issue (省财政厅与省发展改革委联合印发); a 与 inside one body's name
    // (工业与信息化局) joins no bodies
    const joined = name.indexOf("与");
    if (joined > 0 && joined < name.length - 1 && ISSUER_SUFFIXES.some((x) => name.slice(0, joined).endsWith(x)))
      return this.validIssuer(s, s + joined) && this.validIssuer(s + joined + 1, e);
    if (ISSUER_SUFFIXES.some((x) => name.endsWith(x))) return true;
    if (this.regionSpans.some((r) => r.start === s && r.end === e)) return true;
    // a region alone (湖南省印发了《…》): one division's name, or a province's and a city's
    // written together (山东省枣庄市近日印发…), the whole candidate
    const hits = findRegionNames(name);
    if (hits.length < 1 || hits.length > 2 || hits[0].start !== 0 || hits[hits.length - 1].end !== name.length) return false;
    return hits.length === 1 || (hits[0].end === hits[1].start && isAncestor(hits[0].code, hits[1].code));
  }

  // -- dates and regions ----------------------------------------------------------------------

  /** The `from` of the date governing an issuing clause: the last dated expression of its
   *  sentence before the verb that is not a deadline (5月8日，X发布《…》), a relative one
   *  (近日) only where no other stands there. */
  private dateOfClause(clause: Clause): string | null {
    if (clause.verbAt < 0) return null;
    const sentence = this.ctx.doc.sentenceAt(clause.verbAt);
    const from = sentence ? sentence.start : Math.max(0, clause.verbAt - 200);
    let lo = 0;
    let hi = this.dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.dates[mid].start < clause.verbAt) lo = mid + 1;
      else hi = mid;
    }
    // a written date (5月9日) beats a relative one (近日) in the same clause
    let relative: string | null = null;
    for (let i = lo - 1; i >= 0 && this.dates[i].start >= from; i--) {
      const d = this.dates[i];
      if (d.end > clause.verbAt || d.type === "deadline" || !d.from) continue;
      if (d.type !== "relative") return d.from;
      relative ??= d.from;
    }
    return relative;
  }

  /** Start of a date ending exactly at q (from the dates extractor, else a plain 5月8日), or -1. */
  private dateEndingAt(q: number): number {
    const d = this.dateByEnd.get(q);
    if (d) return d.start;
    return plainDateEndingAt(this.text, q);
  }

  /** End of a date starting exactly at s, or -1. */
  private dateStartingAt(s: number): number {
    const d = this.dateByStart.get(s);
    if (d) return d.end;
    return plainDateStartingAt(this.text, s);
  }

  private regionStartingAt(s: number): boolean {
    const i = this.firstRegionFrom(s);
    return i < this.regionSpans.length && this.regionSpans[i].start === s;
  }

  private firstRegionFrom(s: number): number {
    let lo = 0;
    let hi = this.regionSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.regionSpans[mid].start < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The code of the first region mentioned within [s, e): a mention the regions extractor
   *  found there, else a name the raw matcher finds there of a region the text mentions (or
   *  any, where regions were not extracted), so that 中山大学 in a title is no 中山市. A chain
   *  of a division and the ones inside it written together (北京市门头沟区…规划) names the
   *  innermost. */
  private regionIn(s: number, e: number, skipOrigins = false): string | null {
    const spans = this.regionSpans;
    for (let i = this.firstRegionFrom(s); i < spans.length && spans[i].start < e; i++) {
      if (spans[i].end > e) continue;
      // (a place in a national body's name governs nothing: 国务院台湾事务办公室)
      if (inNationalBodyName(this.text, spans[i].start, spans[i].end)) continue;
      if (skipOrigins && isNamedForOthers(this.text, spans[i].code, spans[i].start, spans[i].end)) continue;
      while (i + 1 < spans.length && spans[i + 1].start === spans[i].end && spans[i + 1].end <= e && isAncestor(spans[i].code, spans[i + 1].code)) i++;
      return spans[i].code;
    }
    for (const hit of findRegionNames(this.text.slice(s, e))) {
      if (inNationalBodyName(this.text, s + hit.start, s + hit.end)) continue;
      if (skipOrigins && isNamedForOthers(this.text, hit.code, s + hit.start, s + hit.end)) continue;
      if (this.regionCodes.size === 0 || this.regionCodes.has(hit.code)) return hit.code;
    }
    return null;
  }
}

// -- small pure helpers -------------------------------------------------------------------------

/** Hong Kong, Macao or Taiwan named as where people or firms come from (台湾同胞, 香港青年, 澳门
 *  居民, 台资企业), by the mention's code and the words right after it. */
function isPeoplesOrigin(t: string, code: string, end: number): boolean {
  if (code !== "810000" && code !== "820000" && code !== "710000") return false;
  return PEOPLES_AFTER_ORIGIN.test(t.slice(end, end + 4));
}

/** Hong Kong, Macao or Taiwan named as where people or firms come from (isPeoplesOrigin), or in a
 *  title as what a plan serves or promotes (横琴粤澳深度合作区促进澳门经济适度多元发展…行动方案): the plan
 *  is the issuer's place's, not theirs. */
function isNamedForOthers(t: string, code: string, start: number, end: number): boolean {
  return isPeoplesOrigin(t, code, end) || ((code === "810000" || code === "820000" || code === "710000") && SERVING_BEFORE_SAR.test(t.slice(Math.max(0, start - 4), start)));
}
const SERVING_BEFORE_SAR = /(?:促进|支持|服务|助力|助推|配合)$/;

/** indexOf that looks no further than `limit` (so a missing closer costs no long scan). */
function boundedIndexOf(t: string, c: string, from: number, limit: number): number {
  const stop = Math.min(limit, t.length);
  for (let i = from; i < stop; i++) if (t[i] === c) return i;
  return -1;
}

/** The first alias introducer (以下简称, 下称, …) within [from, limit). */
function findIntroducer(t: string, from: number, limit: number): { start: number; end: number } | null {
  for (let i = from; i < limit; i++) {
    const w = ALIAS_INTRODUCERS.find((x) => t.startsWith(x, i));
    if (w && i + w.length <= limit) return { start: i, end: i + w.length };
  }
  return null;
}

/** [a, e) is all Han characters. */
function isHanRun(t: string, a: number, e: number): boolean {
  for (let k = a; k < e; k++) if (!isHan(t[k])) return false;
  return true;
}

/** `w` stands in `t` right before position q. (startsWith alone would clamp a negative
 *  position to 0 and match at the start again.) */
function endsAt(t: string, q: number, w: string): boolean {
  return q >= w.length && t.startsWith(w, q - w.length);
}

const NUMERAL = "0123456789〇○零一二三四五六七八九十";
const DATE_UNIT = "年月日号";
const DATE_TAIL = ["上旬", "中旬", "下旬", "初", "底", "末"];

/** A plain written date (2020年5月8日, 5月8日, 7月初) ending exactly at q: its start, or -1.
 *  Used where the dates extractor has nothing (or is not run). */
export function plainDateEndingAt(t: string, q: number): number {
  let i = q;
  const tail = DATE_TAIL.find((w) => endsAt(t, i, w));
  if (tail) i -= tail.length;
  let start = -1;
  for (let guard = 0; guard < 3; guard++) {
    if (!DATE_UNIT.includes(t[i - 1] ?? "\0")) break;
    let j = i - 1;
    while (j > 0 && NUMERAL.includes(t[j - 1]) && i - j < 6) j--;
    if (j === i - 1) break;
    start = j;
    i = j;
  }
  return start;
}

/** A plain written date starting exactly at s: its end, or -1. */
export function plainDateStartingAt(t: string, s: number): number {
  let i = s;
  let end = -1;
  for (let guard = 0; guard < 3; guard++) {
    let j = i;
    while (j < t.length && NUMERAL.includes(t[j]) && j - i < 5) j++;
    if (j === i || !DATE_UNIT.includes(t[j] ?? "\0")) break;
    i = j + 1;
    end = i;
  }
  if (end >= 0) {
    const tail = DATE_TAIL.find((w) => t.startsWith(w, end));
    if (tail) end += tail.length;
  }
  return end;
}
