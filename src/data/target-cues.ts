// Context cues that decide whether an amount is a goal (target) or something else (figure),
// and the words stripped from an object. Data for src/extractors/targets.ts.

/** Anywhere in the sentence: the sentence states goals (力争到2022年…, …等预期目标). */
export const GOAL_CUES: readonly string[] = [
  "力争", "争取", "拟", "将", "计划", "目标", "预期", "确保", "预计", "有望", "届时", "努力", "规划",
  "要达到", "要实现", "要建成", "要把", "任务",
];

/** What follows 计划 where it names a scheme, not a plan to act (各项人才入境计划共获批…, 计划的,
 *  计划已…, 该计划，): the goal cue is the verb of planning, which a verb or a time follows. */
export const SCHEME_AFTER_JIHUA: readonly string[] = ["共", "已", "的", "获", "，", ",", "。", "；", "、", "之", "项下", "实施以来",
  // (those a talent scheme picked: 国家级人才计划入选者超过1600人, 计划专家)
  "入选", "人选", "专家",
  // (the end of a scheme's name in quotes: 「大湾区青年就业计划」累计录取…)
  "”", "」", "』", "\""];

/** Goal cues that look forward from the sentence itself (…将打造5个): a past year earlier in the
 *  paragraph does not govern it. Nouns such as 目标, 任务 are left out: a review says 完成目标. */
export const FORWARD_CUES: readonly string[] = ["力争", "争取", "拟", "将", "计划", "预计", "有望", "努力"];

/** Forward cues firm enough to make a whole statement one of goals, parts joined by ；
 *  included (2026年，全市力争…；…同比增长10%左右). Not 将, which also writes 将近 and 将…作为. */
export const STATEMENT_FORWARD_CUES: readonly string[] = ["力争", "争取", "预期", "计划完成", "确保"];

/** Words after which a sentence turns to what is to come, even after a review earlier in it
 *  (截至去年底已编制6200条，下一步每年新增200个; 此前发布的方案…：今年开通航线20条): a past
 *  cue before them does not govern an amount after them. */
export const TURN_TO_FUTURE_CUES: readonly string[] = [
  ...FORWARD_CUES, "下一步", "下一阶段", "今后", "未来", "接下来", "今年", "年内", "明年",
  // (the year begun, 新的一年，全市能源工作目标已经明确：…)
  "新的一年", "新一年",
  // (what a plan lays out, 按照部署，海口、三亚、儋州分别建设…)
  "按照部署", "根据部署", "按部署",
];

/** In the clause before the amount: it reports what already happened. */
export const PAST_CUES: readonly string[] = [
  // (比上年, 较上年 are left out: a year's plan states its goals that way too, 比上年提高1个百分点)
  "截至", "截止", "已", "已经", "已有", "同比", "去年", "前三季度", "上半年",
  "前两个月", "前三个月", "一季度", "过去", "以来", "此前", "共有", "现有", "仅有", "只有", "目前", "当前", "近年来", "近年",
  "多年来", "这些年", "上一年", "据统计", "统计显示", "数据显示", "回顾",
  // (a span of years up to now: 五年来，全市累计投入…; not the 年来 of 青年来闽)
  "一年来", "两年来", "三年来", "四年来", "五年来", "六年来", "七年来", "八年来", "九年来", "十年来", "几年来", "数年来",
  // a plan's goal as first set, reviewed after its time, and what came of it (计划原定到2023年…覆盖率
  // 达到90%，实际为86.5%); not 实际利用外资, a measure's name
  "原定", "实际为", "实际建成", "实际完成", "实际分别", "实际达到", "实际只", "实际仅",
  // …and the plan before (原计划到2025年底建成的充电桩25万个, 上一轮方案提出到2025年建成…)
  "原计划", "上一轮", "上轮",
  // what came in since a scheme began (「新资本投资者入境计划」推出至今共接获约1万宗)
  "推出至今", "实施至今", "开通至今", "运行至今", "启动至今", "成立至今", "开办至今", "开展至今",
  // a low point reached once (宝二水库蓄水率一度降至21%)
  "一度降至", "一度降到", "一度跌至", "一度跌破", "一度低于", "一度下降",
  // what a disaster caused (灾害共造成全省63.5万人受灾，紧急转移安置群众15.6万人)
  "共造成", "灾害造成", "灾情造成", "地震造成", "暴雨造成", "强降雨导致", "灾害导致",
  // a holiday's report (国庆假期…同比增长9.8%。⏎假期期间，全省…民宿平均入住率达到78%)
  "假期期间", "节日期间", "节假日期间",
  // the first months of the year, reported on (重点项目前5个月完成投资1960亿元), in digits and numerals
  ...Array.from({ length: 10 }, (_, k) => `前${k + 2}个月`),
  ...["四", "五", "六", "七", "八", "九", "十", "十一"].map((n) => `前${n}个月`),
];

/** A date opened by these (截至2023年底) is one the text reports as reached: the time of writing
 *  is at or after it, and an amount it governs is a statistic. */
export const AS_OF_CUES: readonly string[] = ["截至", "截止", "截止到", "截至到", "到目前"];

/** Past-tense context after the amount in its sentence (…达到7100亿元，同比增长10.2%): with a
 *  bare year before the clause, the clause reports a statistic. */
export const PAST_AFTER_CUES: readonly string[] = [
  "同比", "截至", "截止", "已", "位居", "居全国", "居全省", "排名", "超额完成", "圆满完成", "顺利完成",
];

/** Before a year, these make it a baseline (比2020年下降14%), never a deadline or an anchor. */
export const BASELINE_BEFORE: readonly string[] = [
  "比", "较", "与", "同", "相比", "相较", "对比", "相对",
  // a level to get back to (入境游客人次恢复到2019年的120%以上)
  "恢复到", "恢复至",
  // the level a change starts from (森林覆盖率由2025年的48.6%提高到52%)
  "由",
];
/** After a year, these make it a baseline (与2020年相比). */
export const BASELINE_AFTER: readonly string[] = [
  "相比", "比较", "相较", "同期相比",
  // the level a multiple or a change is counted from (在2025年基础上翻一番, 达到2025年的3倍)
  "基础上", "的基础上", "水平", "的水平",
];

/** Verbs of bringing firms or people in, before the place they come from (引进上海企业); the place
 *  may be where they go instead (把…引入济南): see TargetScanner's cueHolds. */
export const BRINGING_IN_CUES: readonly string[] = ["引进", "引进了", "引入", "吸引", "吸引了", "招引", "招引了", "引来"];

/** Before a region mention, these make it a neighbour or a model (紧邻上海, 对标深圳), not the
 *  region that governs the text. */
export const NEIGHBOUR_CUES: readonly string[] = [
  "紧邻", "毗邻", "邻近", "临近", "靠近", "接壤", "对标", "学习", "借鉴", "比肩", "赶超", "看齐", "相邻", "连接",
  "联通", "辐射", "对接", "融入", "服务", "接轨",
  // where what is taken in comes from (承接北京科技成果转化, 承接上海产业转移), and what a place
  // builds on (张家口市依托崇礼区、沽源县等地风光资源)
  "承接", "依托", "依靠",
  // where the people or money counted come from (吸引来自香港、澳门的创业团队100个), or whom they
  // serve (为澳门居民提供就业岗位不少于2万个)
  "来自", "面向", "为",
  // …brought in from there (肥东县引进上海、深圳企业23家: the goals are 肥东县's), or watched as where
  // they may come from (曹县将紧盯北京、上海、苏州等地的产业转移)
  ...BRINGING_IN_CUES, "紧盯", "盯紧", "瞄准",
  // where people go (组织企业赴港推介, 前往澳门参展)
  "赴", "前往",
  // where goods pass through on their way (经绥芬河、满洲里出境的中欧班列, 经香港转口贸易额)
  "经", "经由", "途经",
  // where funds or people are got from (争取福建省及厦门市财政帮扶资金, 接收厦门市选派挂职干部), or a
  // title applied for (积极申报陕西省数字乡村试点县)
  "争取", "接收", "申报",
  // …and where they are sold or shipped to (鲜果出口香港拟达2万吨, 销往澳门)
  "出口", "销往", "运往", "发往",
  // whose instructions are carried out (认真落实晋城市委、市政府部署: the county's goals follow)
  "落实", "贯彻落实", "贯彻",
];

/** Before a place, words of helping it in its own work (配合琼海市、文昌市做好渔民转产转业, 义乌市将配合
 *  金华市…): the place is neither the goal's nor the text's, though it may be the one a later 全州
 *  means (协助黔东南州…，全州新增…). */
export const HELPED_CUES: readonly string[] = ["配合", "协助"];

/** Words ending in a neighbour cue that are no such cue (作为广灵县重点工程: 为 of 作为 serves
 *  nobody). */
export const NOT_NEIGHBOUR_CUES: readonly string[] = [
  "作为", "成为", "列为", "评为", "称为", "改为", "划为", "视为", "设为", "选为", "认定为", "确定为", "建设为",
  "打造为", "定为", "因为", "以为", "行为",
  // (经 of a word: 已经北京市批准 is approved, not passed through)
  "已经", "曾经",
];

/** After 与 and a region, these make it a partner in the work (甘谷县将与武山县、秦安县共建…中心1个):
 *  the goal is the subject's, not the partner's. */
export const PARTNER_VERBS: readonly string[] = ["共建", "共同", "合作", "联合", "携手", "协同", "合建", "联建", "共推", "共享",
  // places paired for aid (与河北省张家口市怀来县、张北县开展教育结对帮扶)
  "结对", "对口帮扶", "对口支援", "对口协作"];

/** Words ending in 与 where it is no “with” (参与, 给与). */
export const NOT_PARTNER_YU: readonly string[] = ["参与", "给与", "赋与", "授与"];

/** Endings of a zone's name (金海湖新区, 宜昌高新区, 湄洲岛国家旅游度假区): no division of the
 *  gazetteer; a zone opening its clause is the text's own place, not one named elsewhere. */
export const ZONE_SUFFIXES: readonly string[] = ["新区", "高新区", "开发区", "经开区", "试验区", "合作区", "示范区", "自贸片区", "度假区", "园区"];

/** After 在 and a list of places, these make them where events are held (在北京、上海举办3场推介会),
 *  not whose goals they are. */
export const VENUE_VERBS: readonly string[] = ["举办", "举行", "召开", "主办", "承办", "开展推介", "巡展"];

/** After a mention of Hong Kong, Macao or Taiwan in a text about places on the mainland, these
 *  make it where the people, firms or goods counted come from or go to (每年新增台湾青年实习岗位
 *  3000个, 接待香港游客10万人次, 台湾农渔产品年进口量, 进入香港市场): the goal is the mainland
 *  place's. */
export const ORIGIN_NOUNS: readonly string[] = [
  "青年", "同胞", "居民", "市民", "游客", "旅客", "客源", "学生", "高校", "大学", "企业", "科技企业", "中小企业", "客商",
  "投资者", "人才", "专业人士", "科研机构", "团队", "创业团队", "创业者", "商会", "资本", "籍",
  "产品", "农产品", "农渔产品", "商品", "市场", "农民", "渔民",
  "青少年", "学子", "乡亲", "民众", "机构", "服务机构", "专业服务机构",
  // professionals and what is bred there (台湾医师, 台湾科研团队, 台湾优良品种)
  "医师", "医生", "医护人员", "教师", "专家", "人员", "品种", "优良品种", "良种", "水果",
  // what is brought from there, and parks named for its people on the mainland (台湾农业新品种、新技术,
  // 台湾农业科技示范园, 台湾农民创业园)
  "新品种", "新技术", "技术", "示范园", "创业园", "产业园", "科技园", "园区",
  // capital from there (台资企业, 港资项目)
  "资",
];

/** Between such a mention and its origin noun: another place of the same kind, or all others
 *  (香港及境外游客, 香港和海外人才). */
export const ORIGIN_JOINED: readonly string[] = ["及境外", "和境外", "及海外", "和海外", "及国际", "等境外", "等海外", "等地"];

/** Words that give a forecast (预计…, 有望…): an observer's is no goal. */
export const FORECAST_WORDS: readonly string[] = ["预计", "有望", "预测"];

/** Who observes rather than governs: their forecasts (预计…有望…) are no goals of anyone's. */
export const OBSERVERS: readonly string[] = [
  "分析师", "研究员", "专家", "学者", "经济学家", "业内人士", "分析人士", "市场人士", "研究院", "研究所", "研究中心",
  "教授", "首席", "机构", "券商", "智库", "协会会长", "商会会长",
];

/** Verbs that do away with a class of things (消除56人及以上大班额): an amount bounded by 以上
 *  that names the class is no goal. */
export const ELIMINATION_VERBS: readonly string[] = ["消除", "消灭", "杜绝", "清零", "根除", "取消"];

/** Clause openings that give a yearly capacity (年接待游客20万人次, 年处理能力5万吨): after a goal
 *  in the same sentence, the capacity of what it builds, and a goal with it. */
export const YEARLY_CAPACITIES: readonly string[] = [
  "年接待", "年承接", "年处理", "年产", "年加工", "年屠宰", "年吞吐", "年交易", "年销售", "年服务", "年培训", "年输送",
  "年供应", "年发电", "年客运", "年货运", "年吸纳", "年带动", "年均接待", "年均处理",
  // …or a daily one, or the size it is built to (建设厨余垃圾处理项目2个，处理能力均为300吨/日)
  "处理能力", "日处理能力", "日处理", "设计处理能力", "总处理能力", "设计能力", "设计产能", "日供水能力", "供水能力", "总库容", "仓容", "装机容量", "总装机容量",
];

/** After a region mention, these make it a neighbour (与舟山隔海相望, 与上海接壤). */
export const NEIGHBOUR_AFTER: readonly string[] = ["隔海相望", "隔江相望", "相望", "相邻", "接壤", "交界", "毗邻", "为邻", "相连"];

/** Sentence openings that make the sentence a goal statement: the document (or its type) and a
 *  verb of stating (《计划》提出，…; 方案明确，…). */
export const STATEMENT_VERBS: readonly string[] = ["提出", "明确", "要求", "规定", "部署", "确定", "指出", "强调"];
/** Of those, the ones by which a document sets goals (《方案》明确, 前者提出), not that report or
 *  stress (表示, 指出). */
export const DOCUMENT_GOAL_VERBS: readonly string[] = STATEMENT_VERBS.filter((w) => w !== "指出" && w !== "强调");

/** After a region opening a sentence, these state its goals (无锡市提出…, 连云港市明确…). */
export const GOAL_SETTING_VERBS: readonly string[] = [
  "提出", "明确", "要求", "计划", "确定", "锚定", "设定", "定下",
  // a directive to the places named (新余市、萍乡市要依托…，各承接…项目不少于10个)
  "要",
];

/** A 了 after these is no past tense marker. */
export const NOT_PAST_LE: readonly string[] = ["为了", "除了", "了解", "了如", "不了", "得了"];

/** In the clause: a subsidy, award or funding rule (最高补贴1000万元, 给予…奖励), not a goal. */
export const SUBSIDY_CUES: readonly string[] = [
  "补贴", "补助", "奖励", "资助", "奖补", "给予", "贴息", "一次性", "扶持资金", "按照", "按其", "按不",
  "最高", "分别给予", "奖金", "返还", "减免", "免征", "消费券",
  // penalties (处每平方米500元以上1000元以下罚款)
  "罚款", "罚金", "处以",
];

/** Verbs by which quotas and funds are handed down (提前下达新增专项债券额度1102亿元): the money
 *  they move is reported, not aimed at. */
export const ALLOCATION_VERBS: readonly string[] = ["下达", "提前下达", "分配下达", "拨付", "切块下达", "拨款", "发放"];

/** Clause openings of a condition (对于年销售额达1000万元以上的企业): its amount is a threshold. */
export const CONDITION_OPENERS: readonly string[] = ["对于", "对", "凡", "对年", "针对", "符合"];

/** Heads of counted documents and measures (15条政策措施, 12条…工作方案): figures. */
export const DOCUMENT_COUNT_HEADS: readonly string[] = [
  "政策", "措施", "条款", "方案", "意见", "文件", "办法", "细则", "条例", "规划", "通知", "举措", "计划",
  "行动", "任务", "工程包", "维度", "方面", "领域", "环节", "板块", "部分", "主要指标",
  // the goals of a plan counted (实现五项主要目标)
  "主要目标", "目标任务",
  // the stages a plan is cut into (分为两个阶段推进)
  "阶段", "步",
  // a programme named by its count of items (办好十件民生实事)
  "实事", "民生实事", "惠民实事",
];

/** Compounds that end like a document but are things built (行业区块链应用解决方案). */
export const NOT_DOCUMENT_HEADS: readonly string[] = ["解决方案", "技术方案", "产品方案", "服务方案", "规划馆"];

/** Words at the start of a subject object that are not part of the thing measured. */
export const SUBJECT_LEADERS: readonly string[] = [
  "力争", "争取", "到", "至", "将", "拟", "要", "计划", "对于", "关于", "预计", "预期", "努力", "确保", "重点", "其中", "同时", "并", "则",
  "和", "以及", "及", "对", "把", "使", "令", "如", "全市", "全省", "全区", "全县", "全州", "全旗", "全盟", "全地区", "我地区", "我市", "我省", "本市",
  "我们", "我区", "我县", "我州", "咱们", "合计", "共计", "总计", "全港", "全澳", "全台湾", "全台",
  // modals of what must be done (需完成…治理150万亩, 必须完成)
  "需", "须", "需要", "必须",
  // (a headline's 目标产值破千亿元: the goal's value, not a thing called 目标产值)
  "目标",
  "本省", "全国", "全年", "当年", "每年", "年内",
  // (by then, after a goal's year: 届时桃竹地区备援供水能力合计将超过…)
  "届时",
  // (per term or period, opening the subject: 每学期每所学校至少举办2场)
  "每学期", "每学年", "每季度", "每半年", "每月", "每周", "累计", "新增", "要求", "进一步", "还", "也", "均",
  "实现", "推动", "推进", "加快", "提出", "明确", "表示", "指出", "强调", "该市", "该省", "共有", "现有",
  // (the place just named, referred back to: 该旗2026年至2028年需完成…, 该县力争…)
  "该县", "该区", "该旗", "该州", "该盟", "该镇", "该地", "该自治区", "该自治州", "该自治县",
  // (the government as the subject, as Hong Kong's and Taiwan's texts put it: 政府将于2029年前收回及整合
  // 棕地约180公顷; not 港府 or 当局, which the sets keep as the thing where nothing else names it:
  // 港府将在2027至2028年投入约9亿元)
  "政府", "特区政府",
  "，", "、", "的",
];

/** Words that point to the region of the text's level: 全省 → the province, 全市 → the city. */
export const DEICTIC_REGIONS: ReadonlyArray<readonly [string, "province" | "city" | "county"]> = [
  ["全省", "province"], ["我省", "province"], ["本省", "province"], ["省内", "province"],
  ["全市", "city"], ["我市", "city"], ["本市", "city"], ["市内", "city"],
  // the city's urban districts together, as a subject (市区每年新增…充电桩不少于2000个)
  ["市区", "city"],
  ["全区", "county"], ["我区", "county"], ["本区", "county"], ["全县", "county"], ["我县", "county"],
  ["本县", "county"], ["全旗", "county"], ["我旗", "county"], ["本旗", "county"], ["全州", "city"], ["我州", "city"],
  ["全盟", "city"], ["全地区", "city"], ["我地区", "city"],
  // the government of the text's level, as its subject (今年省政府将继续为民办好十件实事：…)
  ["省政府", "province"], ["市政府", "city"], ["县政府", "county"], ["州政府", "city"], ["区政府", "county"],
  // all the cities of the province together (其余市州各建设1个…)
  ["其余市州", "province"], ["其他市州", "province"], ["各市州", "province"], ["其余各市", "province"],
];

/** Sentence openings that refer back to the last document named (方案提出, 《计划》明确): the
 *  document type words, and the verbs of stating. */
export const DOC_BACKREF_TYPES: readonly string[] = [
  "方案", "计划", "意见", "规划", "措施", "政策措施", "办法", "通知", "纲要", "行动计划", "实施方案", "文件",
  "行动方案", "细则", "实施细则", "导则", "指南", "条例", "要点", "工作要点", "规划纲要",
];
export const DOC_BACKREF_VERBS: readonly string[] = ["提出", "明确", "表示", "强调", "指出", "要求", "规定", "显示", "称", "列出", "确定", "设定",
  // (the goals it sets, introduced: 计划目标为：⏎ 1. 到117年…)
  "目标为", "目标是", "目标如下", "的目标为", "的目标是"];

/** After 次/届 these make the number a session's ordinal (七次会议, 三次全会), not a count. */
export const SESSION_HEADS: readonly string[] = [
  "会议", "全会", "大会", "代表大会", "全体会议", "常委会",
  // a congress's term (州十五届人大五次会议)
  "人大", "人民代表大会", "党代会", "政协", "委员会",
];

/** After an amount and 的, these name the goal itself (…70万人以上的目标如期实现): the thing
 *  counted is the subject before the amount, not the word 目标. */
export const GOAL_NOUNS: readonly string[] = [
  "目标", "预期目标", "目标任务", "任务", "任务目标", "指标",
  // a stage's goal (…降至1000人以下的阶段目标)
  "阶段目标", "阶段性目标",
];

/** After a threshold amount and its noun, in the same clause, these show the goal is the
 *  totality, not the amount (实现20人以上村庄通客车全覆盖: 20人以上 only picks the villages). */
export const TOTALITY_CUES: readonly string[] = [
  "全覆盖", "全部", "全面覆盖", "应通尽通", "应建尽建", "应改尽改", "应保尽保", "应纳尽纳", "都", "均", "100%",
];
/** Suffix qualifiers that make an amount a threshold when a noun follows it (…户以上自然村). */
export const THRESHOLD_SUFFIXES: readonly string[] = ["以上", "及以上", "以下", "及以下", "(含)以上", "(含)以下"];

/** Words that spread a list of amounts over a list of subjects by position (A、B分别达到3万吨、
 *  5万吨) or give each subject the same amount (A、B将各新建1所). */
export const RESPECTIVELY: readonly string[] = ["分别", "各"];
/** Separators between the items of such lists. */
export const LIST_SEPARATORS: readonly string[] = ["、", "和", "及", "与", "以及", ","];

/** Words in which a separator character is no separator (普及率、关键工序数控化率分别…). */
export const NOT_SEPARATOR_WORDS: readonly string[] = [
  "普及", "涉及", "波及", "触及", "企及", "顾及", "危及", "及时", "及早", "和谐", "和平", "暖和", "与会", "参与", "给与",
];

/** Central bodies: one that is the subject of a goal's clause (商务部将遴选50个产业带) makes it a
 *  national goal, whatever place the paragraph named before. */
export const NATIONAL_BODIES: readonly string[] = [
  "国务院", "党中央", "中共中央", "商务部", "工业和信息化部", "工信部", "财政部", "教育部", "科技部", "公安部",
  "民政部", "司法部", "人力资源社会保障部", "人社部", "自然资源部", "生态环境部", "住房城乡建设部", "住建部",
  "交通运输部", "水利部", "农业农村部", "文化和旅游部", "文旅部", "国家卫生健康委", "国家卫健委", "应急管理部",
  "国家发展改革委", "国家发改委", "海关总署", "国家税务总局", "市场监管总局", "国家市场监督管理总局",
  "国家能源局", "国家林草局", "国家医保局", "国家统计局", "中国人民银行", "国家数据局", "国家邮政局",
  "国家铁路局", "中国民航局", "民航局", "退役军人事务部", "外交部", "国家体育总局", "国家知识产权局",
];

/** In a section heading (一、2025年工作回顾), these make the section a review: every paragraph
 *  under it, down to the next heading, reports what was done. */
export const REVIEW_HEADING_CUES: readonly string[] = [
  "回顾", "工作总结", "主要成效", "主要成绩", "主要成就", "取得的成绩",
  // what was done (一、2025年工作开展情况, 工作完成情况)
  "工作开展情况", "工作完成情况", "工作进展情况", "任务完成情况", "工作进展", "进展情况",
  // (a budget's execution, 一、2025年预算执行情况)
  "执行情况",
  // a year's report card (【2025年成绩单】)
  "成绩单",
  // a year-end round-up (2025年阿克苏地区经济社会发展综述, 年终盘点; 数说2026｜…, 一组数据看…,
  // 重点民生实事全部完成)
  "综述", "盘点", "回望", "回眸", "数说", "一组数据", "全部完成", "圆满完成",
  // how a past year's budget or plan was carried out (一、2025年预算执行情况)
  "执行情况",
  // …and what it achieved (一、114年执行成果, 2025年工作成效, 一、114年度重要成果)
  "执行成果", "工作成效", "工作成果", "重要成果", "主要成果", "年度成果",
  // where things stand before a plan: its background and base (一、出台背景是什么？, 一、发展基础,
  // 发展现状; not 部门基本情况, which goes on to the year's tasks)
  "出台背景", "起草背景", "制定背景", "发展基础", "发展现状",
];

/** In a heading with a year not over, these make its section a plan (三、2026年重点工作). */
export const PLAN_HEADING_CUES: readonly string[] = [
  "重点工作", "主要任务", "重点任务", "工作安排", "工作任务", "主要目标", "目标任务", "工作计划", "重点项目",
  // (a budget report's plan for the year, 二、2026年预算安排)
  "预算安排",
  // (【2026年主要预期目标】, 【十件民生实事】)
  "预期目标", "民生实事",
];

/** Verbs that take a place as their object (支持赣州建设省域副中心城市; 推动南昌…): the place is
 *  what the sentence supports, and does not govern goals in the sentences after it. */
export const SUPPORT_VERBS: readonly string[] = ["支持", "推动", "鼓励", "引导", "指导", "帮助", "扶持", "支援", "督促"];

/** A line opening a block of links to other articles, whose headlines state no goal of this one. */
export const RELATED_LINKS_HEADS: readonly string[] = [
  "相关阅读", "相关新闻", "推荐阅读", "延伸阅读", "相关链接", "相关文章", "热门推荐", "猜你喜欢",
  // (as WeChat accounts and news apps head them)
  "往期推荐", "往期回顾", "往期精选", "往期精彩", "精彩推荐", "相关推荐", "推荐文章", "更多阅读", "热文推荐", "近期热文", "精彩回顾",
];

/** Headers of a table's column of places, in a table sharing goals out among them (单位　新签约
 *  项目（个）　到位资金（亿元）). (Normalized text: full-width brackets are kept.) */
export const PLACE_COLUMN_HEADS: readonly string[] = [
  "单位", "责任单位", "地区", "地方", "区域", "县市区", "县（市、区）", "县(市、区)", "区县", "县区", "市县",
  "市州", "地市", "设区市", "城市", "各地", "市（州）", "市(州)", "区（县）", "区(县)",
  "县（市）", "县(市)", "县（区）", "县(区)", "旗县", "旗县区", "旗县（市、区）", "旗县(市、区)", "县（市、区、旗）",
];

/** After a short place name, the rest of a town's name it opens (云南|驿镇): 1–2 characters, then
 *  镇, 乡 or 街道; not a common word (重庆城镇, 成都乡镇, 贵州各乡镇, 浙江小镇, 福建老区乡村). */
export const TOWN_NAME_REST = /^(?![城乡村各全小古老特集])[\u4e00-\u9fff][\u4e00-\u9fff]?(?:镇|乡|街道)(?![村镇])/;

/** After a place name, a river or lake named after it (拉萨河、年楚河…流域, 沿拉萨河): the water
 *  character, then a list mark or a word of its basin or banks. Not 河湖, 江河 (北京河湖水质). */
export const RIVER_AFTER_PLACE = /^[河江湖](?:[、，,]|流域|沿岸|两岸|干流|支流|河谷|畔)/;

/** Before 年内, these make it a span, not the year of writing (三年内, 半年内, 几年内). */
export const SPAN_BEFORE_NIANNEI = "0123456789一二三四五六七八九十两半几数近多";

/** Words that end a table's or a total's place count (三地合计…). */
export const TOTAL_WORDS: readonly string[] = ["合计", "共计", "总计", "共"];

/** Words that put a date, between a clause's subject and the date (要在2027年底前, 计划于…). */
export const DATE_LEADERS: readonly string[] = ["要在", "将在", "计划于", "拟于", "力争在", "在", "于", "要", "将", "拟"];

/** In a heading, these make its section a report on a plan's progress (2026年上半年重点工作完成
 *  情况), not the plan. */
export const PROGRESS_HEADING_CUES: readonly string[] = ["完成情况", "进展", "推进情况", "成效", "落实情况", "执行情况"];

/** Subjects of a rule for who or what qualifies, not a goal, when bounded 原则上 (申报项目总投资
 *  原则上不低于5000万元, 单个项目支持金额原则上不超过1亿元, 每次派驻时间原则上不少于6个月); a
 *  planning parameter so bounded (配建比例原则上不超过25%) is a goal. */
export const ELIGIBILITY_SUBJECTS: readonly string[] = [
  "申报", "单个", "每次", "每个项目", "支持金额", "补助", "奖励", "资助",
  // how many an office may put forward (推荐名额原则上每地不超过40家)
  "名额", "推荐",
];
