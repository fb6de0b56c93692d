// The words that decide which 《》 name a policy document, who issued it and what the text
// calls it afterwards. Everything here is matched on `Doc.text` (Simplified, width-folded),
// so only Simplified forms and ASCII punctuation are needed.

/** A title whose core (trailing brackets such as (2020-2022年) or (试行) removed) ends with
 *  one of these names a kind of policy document; any match counts, so order is free. */
export const DOCUMENT_KIND_SUFFIXES: readonly string[] = [
  "计划", "方案", "意见", "措施", "办法", "规划", "通知", "决定", "条例", "纲要", "大纲",
  "指南", "细则", "报告", "政策", "协定", "协议", "规定", "准则", "标准", "规则", "规范", "议程",
  "战略", "策略", "目录", "名录", "清单", "通告", "公告", "公报", "决议", "批复", "复函", "函",
  "章程", "规程", "守则", "指引", "白皮书", "路线图", "要点", "公约", "议定书", "备忘录",
  "制度", "意见稿", "纪要", "条约", "宪章", "修正案", "草案", "法典", "法",
  // emergency plans and technical guides (《宣汉县防汛应急预案（2025年修订）》)
  "预案", "导则",
  // a programme of action, as Taiwan's cabinet names one (《道路交通安全行动纲领》); Hong Kong's budget
  // and a council's advice on a plan (《2026-27年度财政预算案》, 《教资会资助大学规划建议（2028—2030年）》)
  "纲领", "预算案", "规划建议",
  // Macao's yearly policy address (《2027年财政年度社会文化领域施政方针》) and Hong Kong's policy
  // statements (《香港家族办公室发展政策宣言（二〇二五年）》)
  "施政方针", "政策宣言",
  // (Hong Kong's blueprints and a commission's yearly priorities: 《青年发展蓝图》, 《2026至2028年度青年发展
  // 工作重点》)
  "蓝图", "工作重点",
  // (a government's list of key projects, 《济南市2026年市级重点项目名单》)
  "项目名单",
  // a party committee's proposals for a five-year plan (关于制定…第十五个五年规划的建议); not
  // advice in a headline (专家给出四方面建议)
  "的建议",
];

/** A kind named right after the title: 《新时代的中国网络法治建设》白皮书. */
export const DOCUMENT_KIND_AFTER: readonly string[] = ["白皮书", "文件"];

/** Words ending in 法 that name a way of doing things, not a law. */
export const NOT_LAW_WORDS: readonly string[] = [
  "方法", "做法", "想法", "看法", "说法", "写法", "用法", "手法", "玩法", "算法", "兵法",
  "书法", "语法", "打法", "疗法", "技法", "画法", "读法", "活法", "吃法",
];

/** Words that, alone or stacked before a kind suffix, make a title too generic to name a
 *  document by itself (《行动计划》, 《实施方案》): such a title is only ever a short mention
 *  of a document named earlier. */
export const GENERIC_TITLE_WORDS: readonly string[] = [
  "三年", "五年", "行动", "实施", "工作", "专项", "若干", "指导", "政策", "总体", "发展",
  "管理", "暂行", "试行", "具体", "相关", "配套", "支持", "扶持", "中长期", "建设", "推进",
];

/** Verbs of issuing: the body before them is the issuer (湖南省印发了《…》). */
export const ISSUING_VERBS: readonly string[] = [
  // (the work of drawing up led by a body, before the verbs they end in: X组织编制并发布)
  "组织编制", "组织制定", "组织起草",
  "印发", "发布", "出台", "制定", "制订", "颁布", "公布", "下达", "下发", "发出", "推出",
  "出炉", "编制", "签发", "修订",
  // Taiwan's cabinet approving a plan, the way it is issued (台湾行政院日前核定《…计划》), and a plan
  // launched at a press conference (宣布启动《…》)
  "核定", "宣布启动", "宣布推出",
  // (Taiwan's bodies draw up 订定 and announce 公告 their rules: 卫生福利部9月14日订定《…计划》, 经济发展局…
  // 函公告《…作业要点》)
  "订定", "公告",
];

/** Verbs of presenting a document at a press conference (介绍了, 解读, 通报), or of carrying out
 *  one issued by another (漳州将持续落实市政府印发的…): whoever does so is no issuer. */
export const PRESENTING_VERBS: readonly string[] = ["介绍了", "介绍", "解读了", "解读", "通报了", "通报", "宣讲", "落实", "贯彻落实", "贯彻",
  // (…or explains it at a press conference: 水利署今天召开记者会，说明行政院10月8日核定的《…计划》)
  "说明了", "说明",
  // (…or puts things into it: 十件民生实事已全部列入寿光市人民政府近日印发的《…》)
  "列入", "纳入", "写入", "载入",
  // (…or releases it at a press conference, by the body that issued it: 发布由盐城市人民政府办公室印发的《…》)
  "发布由", "发布了由", "公布由", "公布了由"];

/** Verbs by which one body passes on another's document (国务院办公厅转发国家发展改革委《…》):
 *  the issuer is the body after them. */
export const RELAYING_VERBS: readonly string[] = ["转发", "批转", "转印"];

/** Verbs of a meeting or a writer that pass a document on, before the body that issued it
 *  (会议传达了郑州市人民政府印发的《…》, 这是继住房和城乡建设部印发《…》后): the body after them is
 *  the issuer. With 了 first, so that it is not left before the body. */
export const CONVEYING_VERBS: readonly string[] = [
  "传达了", "传达", "学习了", "学习传达了", "学习传达", "解读了", "是继",
  // (…or follow it, or brief on it: 市审计局严格执行岳阳市人民政府办公室印发的《…》, 河北将配合国家
  // 卫生健康委制定《…》, 要按照旗委、旗政府出台的《…》, 本文件向委员简介运输及物流局与发展局…)
  "严格执行", "认真执行", "配合", "按照", "简介",
];

/** Words that may stand between an issuer and its verb, or between the verb and 《
 *  (省政府近日印发, 联合印发, 印发了). Stripped from the right of the issuing clause. */
export const CLAUSE_FILLERS: readonly string[] = [
  "了", "关于", "近日", "日前", "近期", "最近", "正式", "联合", "共同", "再次", "又", "也",
  "还", "亦", "则", "已", "已经", "先后", "分别", "相继", "今天", "今日", "昨天", "昨日", "于", "在",
  "率先", "专门", "研究", "新", "首次", "对外", "向社会", "面向社会", "重磅", "牵头",
  "正式对外", "当天", "同日", "此前", "随后", "随即", "紧接着", "刚刚", "并", "审议通过", "通过", "审议", "批准",
  // (Taiwan's cabinet and councils meeting, 行政院院会今天通过…, 市政会议通过…; a board, 董事会通过)
  "院会", "院务会议", "市政会议", "县务会议", "董事会",
  // (a document issued to go with another, 配套出台; one revised, 印发修订后的《…》)
  "配套", "修订后", "新修订",
  // the bodies a lead body works with, left unnamed (国家发展改革委会同有关部门编制)
  "会同有关部门", "会同相关部门", "联合有关部门", "联合相关部门", "会同有关单位",
];

/** Words between a title and the verb or 由 after it (《…》已由X印发, 《…》近日正式发布). */
export const AFTER_TITLE_FILLERS: readonly string[] = [
  "已经", "已", "近日", "日前", "正式", "于", "今天", "今日", "昨天", "昨日", "也", "还", "近期",
  "最近",
];

/** Words that open a clause before its subject (据悉，…; 由X印发) and are not part of the
 *  issuer. Stripped from the left of an issuer candidate. Single characters that begin
 *  place names (如皋市, 于都县) are left out. */
export const LEADING_FILLERS: readonly string[] = [
  "例如", "比如", "据悉", "据了解", "记者获悉", "记者了解到", "日前", "近日", "近期",
  // (what a meeting did about it, 会议还对鄂尔多斯市人民政府日前印发的《…》作了解读)
  "会议还对", "会议对", "会上还对", "会上对",
  "此前", "今年", "去年", "同时", "此外", "另外", "其中", "而且", "而", "并", "也", "还",
  "随后", "随即", "目前", "最近", "今天", "昨天", "昨日", "今日", "本周", "上周", "当天",
  "同日", "由", "在", "是", "继", "之后", "又", "已", "根据", "按照", "依据", "依照", "遵照",
  "为贯彻落实", "贯彻落实", "为落实", "落实", "认真贯彻", "对照", "结合", "参照", "按", "据",
  // the mainland, as Taiwan and Hong Kong media write it (大陆福建省人民政府办公厅印发)
  "中国大陆", "大陆", "内地",
  // a definition before the issuer (“1”是指市政府今年5月印发的《…》)
  "是指", "指的是", "系指",
  // (a document matched to another's, 《规划》衔接国务院印发的《…纲要》)
  "衔接", "对接",
  // (what an aside says a figure is, 这是今年3月烟台市人民政府印发的《…》确定的目标)
  "这是", "这就是", "这也是",
];

/** What a news report may put before the body that opens its first sentence: a dateline
 *  (本报讯, 新华社北京3月5日电), a byline (本报记者 张三), an aside naming the source
 *  (据新华社报道, 记者从省发展改革委获悉, 经省政府同意). None of it is part of an issuer; all
 *  of it is trimmed, with dates and LEADING_FILLERS, from the left of an issuer candidate. */

/** News agencies, papers and sites that open a dateline: 新华社北京3月5日电, 人民网北京电,
 *  本报讯, 本报福州3月5日讯. What follows them, up to the mark, may only be a place and a date. */
export const NEWS_SOURCES: readonly string[] = [
  "本报", "本刊", "本网", "本台", "本站", "本社", "新华社", "中新社", "中新网", "新华网", "人民网",
  "央视网", "央视新闻", "央广网", "央广", "中国新闻网", "中国网", "光明网", "国际在线", "环球网",
  "澎湃新闻", "界面新闻", "新京报", "文汇报", "大公报", "中通社", "中央社", "通讯社",
];

/** How the name of any other paper, site or station ends (福州日报讯, 东南网讯,
 *  XX广播电视台3月5日讯): a dateline may open with such a name, then a place and a date. */
export const NEWS_SOURCE_ENDINGS: readonly string[] = [
  "日报", "晚报", "早报", "晨报", "商报", "时报", "都市报", "青年报", "法制报", "经济报", "新闻网",
  "网", "电视台", "广播电台", "融媒体中心", "客户端", "新闻",
];

/** What closes a dateline: …电 (新华社北京3月5日电), …讯 (本报讯), …消息 (新华社消息). */
export const DATELINE_MARKS: readonly string[] = ["电", "讯", "消息"];

/** Longest dateline looked for (source, place and date before the mark). */
export const MAX_DATELINE = 24;

/** Longest place in a dateline that is not a region's name (新华社华盛顿3月5日电, 布鲁塞尔);
 *  a region's name (本报乌鲁木齐讯) may be longer. */
export const MAX_DATELINE_PLACE = 4;

/** Longest dateline that is only a place (北京电) or nothing at all (讯): it must be followed by a
 *  blank, so that 电影局 or 讯飞 are never taken for one. */
export const MAX_BARE_DATELINE = 4;

/** Open a byline: 本报记者 张三, 记者 张三 李四, 通讯员 王五. Longest first. */
export const BYLINE_HEADS: readonly string[] = [
  "新华社记者", "本报记者", "本刊记者", "本网记者", "本台记者", "人民网记者", "特约记者", "首席记者",
  "见习记者", "实习记者", "驻地记者", "特约通讯员", "通讯员", "实习生", "记者",
];

/** Close a byline after its names: 记者 张三 报道, 记者张三摄. */
export const BYLINE_TAILS: readonly string[] = ["摄影报道", "报道", "摄影", "摄"];

/** A byline's name: Han characters (and the middle dot of 阿依古丽·买买提), this many at most
 *  where written without a dot. */
export const MAX_BYLINE_NAME = 4;

/** Characters that join the parts of a name written with a dot. */
export const NAME_DOTS = "·•・";

/** Where a byline's name runs into the issuer with no blank (记者张三省发展改革委印发): the
 *  issuer is taken to open with a region's name or one of these. */
export const ISSUER_OPENINGS: readonly string[] = [
  "省", "市", "县", "区", "州", "盟", "旗", "自治区", "自治州", "国家", "国务院", "中共", "中央", "党中央",
  "全国", "中国", "财政部", "商务部", "教育部", "科技部", "工业和信息化部", "农业农村部", "生态环境部",
  "交通运输部", "水利部", "民政部", "司法部", "公安部", "文化和旅游部", "自然资源部", "住房和城乡建设部",
  "人力资源社会保障部", "国家卫生健康委", "海关总署", "税务总局", "市场监管总局", "中国人民银行",
];

/** Asides that name the source of the news before the issuer: 据新华社报道, 记者从…获悉,
 *  经省政府同意. From `open` to the first `close` after it, all is trimmed. The first entry
 *  whose `open` stands there is the only one tried. */
export const LEADING_ASIDES: ReadonlyArray<{ open: string; close: readonly string[] }> = [
  { open: "记者", close: ["获悉", "了解到", "得知", "获知"] }, // 记者3月5日从…获悉, 记者在…了解到
  { open: "从", close: ["获悉", "了解到", "得知", "获知"] },
  { open: "据", close: ["报道", "消息", "介绍", "通报", "获悉", "披露", "悉", "了解"] },
  { open: "经", close: ["同意", "批准", "研究决定", "审议通过"] },
];

/** Longest aside trimmed, from its `open` to the end of its `close`. */
export const MAX_LEADING_ASIDE = 32;

/** Blanks: ASCII space and tab, the no-break space, the ideographic (full-width) space and the
 *  typographic spaces of web text (en, em, thin…). Zero-width characters are no blanks. */
export const BLANKS = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000";

/** How the end of an issuer reads: the kinds of bodies that issue documents. */
export const ISSUER_SUFFIXES: readonly string[] = [
  "人民政府", "政府", "央行", "办公厅", "办公室", "厅", "局", "委员会", "委", "部", "部门",
  "国务院", "中共中央", "党中央", "中央", "院", "署", "办", "中心", "会", "银行", "分行", "基金", "基金会", "小组", "司", "处",
  "党委", "管委会", "联合会", "协会", "集团", "单位", "机构", "总队", "支队", "海关", "税务局", "法院", "检察院",
  // (中华全国供销合作总社, 新华通讯社; 成都市供销合作社, 广东省供销合作联社)
  "总社", "合作社", "联社",
];

/** Candidates that end like an issuer but are no body (内部, 全部, a bare 部). */
export const NOT_ISSUERS: readonly string[] = [
  "内部", "全部", "外部", "局部", "本部", "该部", "各部", "大会", "会", "部", "委", "局", "厅",
  "院", "办", "处", "司", "峰会", "年会", "发布会", "博览会", "座谈会", "推进会", "论坛会",
];

/** Introduce a short name right after a title: 《…》(以下简称《计划》), (下称《意见》),
 *  (简称"方案"). The first that matches is taken, so a longer form stands before the
 *  shorter one it contains (以下简称 before 简称). */
export const ALIAS_INTRODUCERS: readonly string[] = [
  "以下简称为", "以下简称", "下文简称", "以下统称", "以下称为", "以下称", "下称", "简称为",
  "简称", "统称",
];

/** End an alias written without quotes: (以下简称政策措施), 简称规划、方案. */
export const ALIAS_TERMINATORS = ")、,，。;；\n或";

/** Longest bracketed note after a title searched for an alias (国办发〔2020〕24号，以下简称…). */
export const MAX_ALIAS_NOTE = 60;

/** Longest alias kept. */
export const MAX_ALIAS_LENGTH = 30;

/** Quotes and brackets an alias may be written in. */
export const ALIAS_QUOTES: Readonly<Record<string, string>> = {
  "《": "》", "“": "”", "\"": "\"", "「": "」", "『": "』", "‘": "’", "'": "'", "〈": "〉",
};

/** Right after 》: the title was an article, book or programme, not a document. */
export const MEDIA_AFTER: readonly string[] = [
  "的文章", "一文", "文章", "重要文章", "讲话", "重要讲话", "演讲", "致辞", "专栏", "栏目",
  "节目", "杂志", "一书", "书中", "报道", "社论", "评论员文章", "纪录片", "电视剧", "电影", "专访", "署名文章", "系列报道", "刊文", "期刊",
];

/** Right before 《 (after 了/的): the title is an article, book or programme. */
export const MEDIA_BEFORE: readonly string[] = [
  "题为", "刊发", "刊登", "刊载", "撰文", "署名文章", "出版", "播出", "转载", "主演",
  "演唱", "书名为", "书名", "文章", "专栏", "栏目", "节目", "报道", "专著", "著作", "新书", "一书",
];

/** Punctuation that splits a headline into clauses; a document title has none. */
export const HEADLINE_PUNCTUATION = ",，!?！？:：";

/** Sentence particles that end a headline (…路线图定了). */
export const HEADLINE_ENDINGS: readonly string[] = ["了", "吗", "呢", "啦", "吧"];

/** How questions and essays open; a document title never does (《如何写好计划》). */
export const HEADLINE_OPENINGS: readonly string[] = ["如何", "怎样", "怎么", "为什么", "为何"];

/** Characters that end an issuing clause on the left: the issuer never spans them. */
export const CLAUSE_BOUNDARIES = ",，。；;：:!?！？\n\r《》()（）[]【】“”\"'‘’「」『』|";

/** Characters that end a sentence; a title never spans them (an unclosed 《 is dropped there). */
export const TITLE_BREAKERS = "。！？!?";

/** Longest title (between the brackets) looked for; longer means an unclosed 《. */
export const MAX_TITLE_LENGTH = 160;

/** Longest issuer accepted. */
export const MAX_ISSUER_LENGTH = 40;

/** Conjunctions that put two titles under one issuing verb: 印发《A》和《B》. */
export const TITLE_CONJUNCTIONS: readonly string[] = ["、", "和", "及", "与", "以及"];

/** Nouns for policies, not bodies: before 与 they end what is no issuer (上述政策与X印发的《…》). */
export const POLICY_NOUNS: readonly string[] = ["政策", "措施", "举措", "文件", "方案", "意见", "规定", "部署", "要求", "工作"];
