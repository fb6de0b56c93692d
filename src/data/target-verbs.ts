// Verbs around an amount, as data. src/extractors/targets.ts reads them; longest match wins.

/** Verbs that state a goal by themselves (the spec's list and the usual plan verbs):
 *  an amount they govern is a target unless the context is past (截至, 已, a past year). */
export const GOAL_VERBS: readonly string[] = [
  "建成", "建设", "新建", "培育", "打造", "新增", "净增", "形成", "引进", "推广", "推动", "突破", "实现", "达到",
  "控制在", "认定", "创建", "引育", "培养", "带动", "布局", "争创", "建立", "组建", "设立", "孵化", "招引",
  "吸引", "集聚", "引导", "改造", "完成", "提升至", "提升到", "提高到", "提高至", "降至", "降到", "降低到",
  "下降到", "下降至", "降低至", "压缩至", "压缩到", "压减至", "压减到", "压降至", "减少至", "减少到", "缩短至", "缩短到", "缩减至", "缩减到", "精简至", "精简到", "减至", "减到", "扩至", "扩到", "延长至", "延长到", "控制到", "增至", "增加到", "扩大到", "扩大至", "覆盖", "保持在", "维持在",
  // (as Taiwan's texts write it: 青年失业率压低至5%以内, 港澳旅客倍增至190万人次)
  "压低至", "压低到", "倍增至", "倍增到",
  // (a rate raised or lowered, as Taiwan's texts write it: 保险费率由5.17%调升至5.47%)
  "调升至", "调升到", "调降至", "调降到",
  // (a level fallen back to, as Hong Kong's texts set waiting times: 平均轮候时间逐步回落至3年)
  "回落至", "回落到",
  // land put back to use, kept for a use, granted or freed, as Hong Kong says (盘活低效工业用地3000亩,
  // 预留工业用地1000亩, 批出约150公顷产业用地, 腾出约20公顷后勤用地)
  "盘活", "预留", "批出", "腾出",
  // facilities built to go with others (每个改造小区至少配建1处养老托育设施)
  "配建",
  // places set up, and ones assessed as such (设置床位1200张, 设置电动机车换电站150站, 评定市级智慧商圈不少于5个,
  // 每个设区市至少评出2条)
  "设置", "评定", "评出",
  // Taiwan's word for building and setting up (建置智慧交通路口80处, 建置5G基地台150座)
  "建置",
  // posts or funds gathered (募集就业见习岗位2万个)
  "募集",
  // land bettered (改良盐碱化耕地150万亩)
  "改良",
  // places or services kept where others close (每个乡镇至少保留1所公办中心幼儿园), collections kept
  // (保存蔬菜种质资源3万份以上)
  "保留", "保存",
  // rebuilding after a disaster (恢复重建县乡道路420公里、桥梁46座, 修缮加固受损农房1548户)
  "恢复重建", "重建", "修复", "修缮", "加固", "修缮加固", "除险加固", "维修加固",
  // woods, wetlands or grassland brought back (恢复胡杨林三十万亩, 恢复湿地5万亩)
  "恢复",
  // a level climbing back (台湾旅客回升至130万人次), a force built up (专业扑火队伍将扩充至4500人),
  // services laid out, as Taiwan says (巷弄长照站布建至700处, 每一乡镇至少布建1处)
  "回升至", "回升到", "恢复至", "恢复到", "扩充至", "扩充到", "充实至", "充实到", "布建至", "布建",
  // a work finished and opened (建成通车2条: the thing is what stands before, 出省高速; not 通车)
  "建成通车", "建成投用", "建成投运", "建成运营", "建成开放",
  // works finished or handed over (社会住宅累计完工3万户, 安置房竣工1万套, 交付使用保障房5000套)
  "完工", "竣工", "交付", "交付使用", "建成交付",
  // a list widened to a size (“一件事一次办”事项拓展至100项)
  "拓展至", "拓展到", "扩展至", "扩展到", "扩容至",
  // a line or a service carried on to a length or a reach (自行车道延伸至120公里, 公交线路延伸至30个
  // 行政村), a road widened (防汛道路拓宽至12米)
  "延伸至", "延伸到", "拓宽至", "拓宽到",
  "稳定在", "实施", "推进", "开工", "引进培育", "培育引进", "力争", "争取", "攻克", "研发", "制定",
  "新培育", "累计培育", "招商", "储备", "共建", "合建", "联建", "启动", "提至",
  // people posted, staffed or enrolled (派驻…医师不少于2名, 至少配备1名灾害信息员, 计划招生9.6万人,
  // 每年选派…人才不少于1500名, 组织3万名农村劳动力赴闽务工)
  "派驻", "配备", "配置", "招生", "招收", "招聘", "招录", "补充", "选派", "组织",
  // projects taken on from elsewhere (鄂城区…分别承接航空物流配套项目40个)
  "承接",
  // works put into use (今年全市将新投用学校6所, 建成投运充电站30座; as Taiwan says it, 冷链物流中心启用6处)
  "投用", "新投用", "投运", "建成投用", "建成投运", "启用",
  // routes opened or bettered (新辟和优化公交线路200条)
  "新辟", "优化",
  // sites brought together (三地合计整合红色遗址遗迹60处以上)
  "整合", "建好", "打通", "开通", "新开", "开行", "投入", "部署", "安排", "筹集",
  // building verbs of works (roads, schools, farmland): 改扩建乡镇寄宿制学校20所, 新改建农村公路
  "兴建", "改建", "扩建", "改扩建", "新改建", "新建改建", "新建改造", "提质改造", "升级改造", "新开通", "新创建",
  // (新开 is no verb of 新开工: 分别新开工重大项目80个 starts projects)
  "新开工",
  // (either of two verbs, the second in brackets: 新（改）建农村卫生户厕8000户)
  "新（改）建", "新(改)建", "改（扩）建", "改(扩)建", "新（扩）建", "新(扩)建", "新（改、扩）建", "新建（改建）",
  "新引进", "新打造", "新认定", "更新改造", "改造提升", "规划建设", "增设", "筹建", "铺设", "敷设", "种植", "造林", "营造林", "营造", "栽植", "修复", "治理", "整治", "新改造", "加固", "除险加固",
  // fry released into rivers and lakes (增殖放流鱼苗3000万尾)
  "增殖放流", "放流",
  // planting and harvesting (新栽黄连8000亩, 补植苗木, 采摘加工秋茶1800吨)
  "新栽", "栽种", "补植", "新植", "采摘", "采摘加工",
  // (new woods planted: 新造油茶林20万亩)
  "新造",
  // people served or trained (培训养老护理员1.5万人次, 安置…)
  "培训", "安置", "吸纳", "救助", "资助培养",
  // (…or coached: 每年辅导节能改善案例1,000件以上, 辅导弱势家庭脱贫1,500户; or helped, as Taiwan says:
  // 协助部分工时劳工加保劳保10万人)
  "辅导", "协助",
  // things collected for reuse (年内目标回收旧车30万辆), and more built on what was (今年再建公交专用道50公里)
  "回收", "再建",
  // (all staff trained in turn: 轮训行政执法人员2.6万人次), firms brought in or moving into a park
  // (入驻整机及零部件企业50家, 引入头部企业10家)
  "轮训", "入驻", "引入",
  // people sent on to work (每年为株洲企业输送技术技能人才八千人以上), calls a hotline takes (全年接听
  // 求助来电不少于1.5万人次)
  "输送", "接听",
  // standards drawn up or revised (制修订农业地方标准300项)
  "制修订", "制定修订", "制订",
  // books made (整理出版丛书5辑, 各编纂1部口述史专辑; not 出版 alone, mostly a noun's part: 台湾出版人,
  // 出版社)
  "整理出版", "编辑出版", "编纂", "编撰",
  // people brought (back) to work (帮助失业人员再就业8000人), jobs created (创造就业岗位5万个), people
  // helped into work (帮助农村劳动力转移就业一万人)
  "再就业", "创造", "帮助",
  // people or firms backed into business (每年扶持高校毕业生创业3000人, 扶持返乡创业100人)
  "扶持",
  // partners' exchanges and aid (互派干部300名, 各援建现代产业园1个)
  "互派", "援建",
  // varieties bred and models put on the market (新育成…蔬菜新品种100个以上, 投放新能源新车型25款以上)
  "育成", "新育成", "选育", "投放",
  // what is paid out as promised (兑现惠企资金10亿元)
  "兑现",
  // growing or opening things (发展家庭农场500个, 开发见习岗位3万个)
  "发展", "开发",
  // a share of a task taken on (黑龙江省承担新建任务600万亩)
  "承担",
  // what is to be cut back or retired (淘汰国三柴油货车1.2万辆, 退出落后产能涉及企业200家)
  "淘汰", "退出", "关停", "关闭", "拆除", "化解", "削减", "清退",
  // what is picked for a programme (遴选首批50个产业带开展试点)
  "遴选", "选树", "评选",
  // places and vehicles provided or renewed (提供学位2700个, 更新新能源公交车300辆)
  "提供", "更新",
  // equipment bought (新购置冷藏车200辆, 采购救护车30辆)
  "购置", "新购置", "采购",
  // events and programmes held (开展培训不少于30期, 举办招商活动10场); not 组织, a noun as often
  // (社会组织4000家, 党组织1200个)
  "开展", "举办", "办好", "承办",
  // (classes run, 开办职训班次180班, 开办产业专班不少于120班)
  "开办",
  // places and bodies set up (新设首贷续贷服务中心8个)
  "新设", "新设立",
  // fitting and launching (加装电梯300部, 推出精品线路100条)
  "加装", "安装", "推出",
  // shops and courses opened (开设品牌体验店200家), and levels brought back (客运量恢复到60万人次)
  "开设", "恢复到", "恢复至",
  // scenes and data opened to firms (开放应用场景1000个)
  "开放",
  // funds pooled and loans made (今年归集住房公积金180亿元, 发放个人住房贷款100亿元以上)
  "归集", "发放",
  // people invited to come (邀请台湾青年2000人次来苏参访), visitors and trainees received where the
  // sentence looks ahead (今年计划接待生态游客1800万人次, 接收台湾青年实习1500人)
  "邀请", "接待", "接收",
  // buildings and trees given a plaque (挂牌历史建筑120处); people moved out of harm's way
  // (搬迁避让地灾受威胁群众3000户; not 搬迁 alone, a noun in 生态搬迁, 搬迁安置) and monitors hired
  // (选聘群测群防员4200人左右), or recruited (首阶段招募大使约150名, 招募志愿者1000名以上)
  "挂牌", "搬迁避让", "选聘", "招募",
  // housing completed (2028年底前再落成社屋4,000个), and what land supplied will hold (供应保障性住房用地
  // 约40公顷，可建保障性住房2万套)
  "落成", "可建",
  // homes bought up for public housing (收购存量商品房1.2万套), and projects or plots put forward or picked
  // (各推荐白名单项目不少于15个, 每年推送白名单项目不少于一百个, 各选取两宗以上住宅用地)
  "收购", "推荐", "推送", "选取",
];

/** Goal verbs that also name the activity as a noun: right before the amount, after a noun
 *  phrase that another goal verb opens, they end the thing counted (开展职业技能培训200万人次,
 *  推进老旧小区改造100个, 完成营造林10万亩) instead of governing it. */
export const NOMINAL_VERBS: readonly string[] = [
  "培训", "改造", "提质改造", "升级改造", "改造提升", "造林", "营造林", "治理", "整治", "修复", "研发", "救助",
  // works made safe (完成堤防加固逾600公里, 完成水库除险加固120座)
  "加固", "除险加固", "达标加固",
  // things renewed or traded in (完成报废更新3万辆以上, 推动设备更新10万台)
  "更新", "报废更新", "置换更新",
  // people moved out of harm's way (完成地质灾害搬迁避让1.5万户)
  "搬迁避让",
];

/** Words that end in a measuring verb's character but measure nothing (下达三年…任务, 传达): before
 *  a span of time they leave it a bare duration. */
export const NOT_MEASURE_WORDS: readonly string[] = ["下达", "传达", "到达", "送达", "表达", "转达", "抵达", "发达", "长达"];

/** Words that start with a goal verb but are names or nouns (开发区, 国家发展改革委): no verb there. */
export const NOT_VERB_WORDS: readonly string[] = [
  // where refuse is put out (分类投放点, 投放口): a place, not a verb of putting on the market
  "投放点", "投放口", "投放站", "投放亭",
  "开发区", "开发商", "开发者", "开发性", "发展区", "发展中", "发展改革", "发展和改革", "发展规划", "发展水平",
  "发展速度", "发展质量", "发展基金", "发展研究", "发展战略", "发展理念", "发展环境", "发展阶段", "发展成效",
  // a share, the noun (其中珲春市占比不低于50%); open data, the noun (新增开放数据集200个)
  "占比", "开放数据",
  // nouns that open with a verb (开放大学, 开放时间; 超级充电站)
  "开放大学", "开放型", "开放式", "开放时间", "开放天数", "开放日", "开放率", "超级",
  // the department, not the verb (组织部门选派第一书记300名)
  "组织部",
  // a purchase price, the noun (小麦最低收购价为每斤1.19元, 收购价格原则上不高于…1.1倍), and an opening
  // ceremony (在启用礼上表示)
  "收购价", "收购保护价", "启用礼", "启用仪式", "启用典礼",
  // an invitational match, a letter of invitation (足球邀请赛10场)
  "邀请赛", "邀请函", "邀请码",
  // 建设 read into 设施 (新建设施农业面积10万亩 is 新建 of 设施农业)
  "建设施",
  // supervision of a case by name, not a plaque put up (对重大隐患实行挂牌督办)
  "挂牌督办",
  // nouns that open with a verb of goals: an incubator, money for research (建成孵化器10个, 新增研发
  // 投入5亿元, 研发投入不低于GDP的3%)
  "孵化器", "孵化基地", "孵化载体", "孵化平台", "研发投入", "研发经费", "研发费用", "研发机构", "研发中心", "研发平台",
  // (…and places, teams and spending of research and training: 新增研发实验室4所, 引进研发团队30个,
  // 建成培训基地5个)
  "研发实验室", "研发团队", "研发人员", "研发开支", "研发总开支", "研发支出", "研发基地", "研发中试",
  "培训基地", "培训中心", "培训机构", "培训学校",
];

/** Nouns that end in a verb of goals (新增党组织1200个 counts 党组织, not what 组织 organizes). */
export const NOUNS_ENDING_IN_VERB: readonly string[] = [
  "党组织", "团组织", "社会组织", "基层组织", "经济组织", "集体经济组织", "合作组织", "合作经济组织", "自治组织", "行业组织",
  "服务组织", "群团组织", "中介组织", "金融组织", "国际组织", "公益组织", "慈善组织", "志愿组织", "志愿服务组织", "农民组织",
  "群众组织", "工会组织", "社团组织", "民间组织", "新型农业经营组织", "社区组织", "社区社会组织",
  // conservation named by its verb (国家水土保持示范工程10至15处: 保持 keeps nothing there)
  "水土保持",
  // money put in, the noun (研发投入累计不低于1500亿元)
  "研发投入", "研发经费投入", "科技投入", "财政投入", "资金投入", "教育投入", "有效投入",
  // what is allocated, the noun (优化资源配置), against 配置 of things (至少配置1辆救护车)
  "资源配置", "要素配置", "优化配置", "市场化配置", "合理配置", "均衡配置", "标准配置",
  // building work done without leave, the noun (拆除违法建设2万平方米以上)
  "违法建设", "违章建设",
  // a record put right, the noun (办理信用修复1.5万条以上)
  "信用修复", "生态修复",
];

/** Single-character weak verbs that govern an amount only when they stand right before it
 *  (达100家, 超1000万元): elsewhere they are word parts (超充站, 达标, 为民). */
export const ADJACENT_ONLY_VERBS: readonly string[] = ["超", "达", "为"];

/** Adverbs and modifiers that may stand before the governing verb and are no part of the
 *  object (配套建设灌溉渠道, 新创建…景区, 同步建设…): stripped with the verb. */
export const VERB_MODIFIERS: readonly string[] = [
  "配套", "同步", "新", "再", "共", "累计", "先", "加快", "全面", "积极", "重点", "统筹", "优先", "持续", "逐步",
  "率先", "集中", "陆续", "规划", "计划", "力争", "争取", "新增", "分批", "分期", "分步", "有序", "稳步", "大力",
  // (in so many phases: 分三期新增安老院舍宿位1,000个)
  "分两期", "分三期", "分四期", "分两批", "分三批", "分两阶段", "分三阶段",
  // besides the goal before (…26万套，另筹集宿舍型保障性租赁住房6万间)
  "另", "另外", "另行",
  // along a line, before its verb (沿线布设加氢站30座; not before a noun: 沿线城市货运量)
  "沿线", "沿途",
  // as a pilot (试点建设“幼小衔接”示范园2至3所), or ahead of the rest (2027年底前先行建成3个), or
  // leading others (至少牵头建设1个区域医学检验中心)
  "试点", "先行", "先期", "牵头",
  // each of the places just listed (台安县、岫岩县各引进…项目不少于10个)
  "各",
];

/** Verbs that measure but state nothing about the future (达103个 is a report as often as a
 *  goal): their amount is a target only where the sentence carries a goal cue. */
export const WEAK_VERBS: readonly string[] = [
  "达", "增长", "增加", "提高", "提升", "下降", "降低", "减少", "超过", "超", "占", "年均增长", "保持",
  "为", "平均为", "稳定", "维持", "累计", "增速", "涨幅", "拥有", "压缩", "缩短", "年均提高", "年均下降", "年均降低",
  // investment signed: reported from signing ceremonies as often as planned (力争签约…项目200个), and
  // agreements signed anew (巴南区、江津区分别新签…补偿协议5个和3个)
  "签约", "新签",
  // those a measure reaches: a goal's where the text looks ahead, else a claim (该政策惠及…500万户)
  "惠及",
  // places designated (玉州区、北流市要于2026年6月底前各确定1个…片区)
  "确定",
  // sites laid out: a plan's (今年将布设以旧换新服务网点500个) as often as a survey's or an exam's
  // report (本次普查共布设样点1.2万个)
  "布设",
  // hazards and points removed: a plan's (消除易涝积水点40处) as often as an inspection's report
  // (共排查安全隐患1.2万处，消除隐患1.1万处)
  "消除",
  // standards and lists issued: a plan's (发布稀土团体标准五十项) as often as a report's (全年发布
  // 地方标准120项)
  "发布",
  // records and samples gathered: a plan's (采集口述史料1000人以上, 征集族谱3000部) as often as a
  // survey's report (本次普查…采集土壤样品3.6万份)
  "采集", "征集",
];

/** Verbs whose amount is the change itself: with a percentage the verb belongs to the object
 *  (地区生产总值增长5%以上 → 地区生产总值增长). */
export const CHANGE_VERBS: readonly string[] = [
  "年均增长", "增长", "下降", "提高", "降低", "减少", "增加", "上涨", "回落", "提升", "增速", "涨幅",
  // (时间较2025年压缩10%, 缩短20%; 城镇化率年均提高1.4个百分点)
  "压缩", "缩短", "年均提高", "年均下降", "年均降低",
  // spending cut (一般性支出压减5%以上)
  "压减", "削减", "缩减",
];

/** Verbs that measure a duration or quantity of time, making 6个工作日 an amount (压缩至6个工作日以内)
 *  instead of a bare duration (三年内). */
export const MEASURE_VERBS: readonly string[] = [
  "压缩至", "压缩到", "缩短至", "缩短到", "缩减至", "控制在", "延长至", "延长到", "达到", "达", "超过",
  "不超过", "提高到", "提高至", "提升至", "降至", "降到", "保持在", "维持在", "稳定在", "为", "减少", "回落至", "回落到",
];

/** Verbs that end a counted object when they follow it (3万家企业上链 → 企业). */
export const PREDICATE_VERBS: readonly string[] = [
  "实现", "上链", "上云", "用云", "落地", "获得", "获", "通过", "达到", "完成", "建成", "开工", "投产", "入驻",
  "提前", "参与", "纳入", "进入", "覆盖", "开展", "享受", "受益", "挂牌", "获评", "提供", "带动", "形成",
  "成为", "列入", "竣工", "签约", "落户", "运营", "投入", "接入", "使用", "开通", "通车", "上市", "认定",
  "达", "超过", "突破", "增长", "实施", "进行", "推进", "加快", "得到", "位居", "跻身",
  // what the things counted go on to do (支持3000个以上农村电商服务站点拓展代收代缴…)
  "拓展", "开设", "承担", "发挥",
];

/** Verbs of going that open a purpose after the things counted: the going ends the thing
 *  (200家江苏企业赴青海考察对接), and right after a count of people there is no thing after the
 *  amount; it stands before (选派…人才不少于1500名赴川挂职服务). Checked as text, since jieba glues
 *  赴 to a province's one-character name (赴川, 赴闽). */
export const GOING_VERBS: readonly string[] = ["赴", "前往", "奔赴", "投身", "扎根",
  // (…and coming: 邀请台湾青年2000人次来苏参访; not 来自, where they come from)
  "来"];

/** Adverbs and particles that end an object after the amount (6省市都提出…, 6条方案正在编制). */
export const OBJECT_STOPS: readonly string[] = [
  "都", "已经", "已", "正在", "将", "均", "也", "还", "要", "给予", "分别", "共", "合计", "其中", "占",
  "比", "较", "同比", "为", "是",
];

/** Currencies named before a sum (新台币480亿元): no part of the thing measured. */
export const CURRENCY_NAMES_BEFORE_SUMS: readonly string[] = ["新台币", "人民币", "港币", "澳门币"];

/** Modal and adverb words between the subject and the verb, dropped from a subject object
 *  (全市…营业收入拟达到500亿元 → …营业收入; 两地产值拚破3万亿元, as Taiwan papers write
 *  力争突破, → 两地产值). */
export const SUBJECT_TRAILERS: readonly string[] = [
  "将", "拟", "要", "力争", "拼", "争取", "预计", "预期", "有望", "可", "再", "能", "需", "应", "均", "总", "分别", "各", "累计", "先", "率先", "先行", "先期",
  // (宝鸡、咸阳也将分别新增…)
  "也", "亦",
  // (泽普县、叶城县计划年内分别新建…)
  "计划",
  "努力", "确保", "基本", "全部", "全面", "力求", "年均", "比", "较", "仍", "仍然", "依然",
  // (…一般申请者的平均轮候时间降至4年，并于「十五五」期间逐步回落至3年)
  "逐步", "进一步", "稳步", "逐年", "不断",
  // (a level that must be reached by a time: 工程完工率于117年底前须达到70%)
  "须", "必须",
  // the currency written before a sum (箱网养殖产值提升至新台币15亿元, 投入新台币480亿元)
  ...CURRENCY_NAMES_BEFORE_SUMS,
  // a change on last year's (重污染天数同比减少3天)
  "同比", "较上年", "较去年",
  // the goal noun after the thing measured (地区生产总值增速目标分别定为6%)
  "目标", "目标值",
  // the span of a plan's years (崇川区、通州区三年分别新增经营主体3万户、2.5万户)
  "三年", "两年", "五年", "三年内", "五年内", "今年", "明年", "年内", "全年",
  // a total over the places just named (呼和浩特、赤峰、通辽三地合计开行200列以上), and a rule's
  // hedge (配建比例原则上不超过25%)
  "合计", "共计", "总计", "合共", "原则上",
  // a rate's period (货运航线每周不少于6班: the thing is the line; 红河州、大理州每年分别化解…)
  "每周", "每月", "每天", "每日", "每年", "每半年", "每季度",
];

/** Subject endings that look like a trailer or a verb but are the thing measured (…床位占比). */
export const SUBJECT_ENDINGS_KEPT: readonly string[] = [
  "占比", "对比",
  // nouns in 能 (绿氢产能, 职业技能): not the modal 能 of 企业能达到
  "产能", "技能", "功能", "效能", "动能", "储能", "性能", "潜能", "智能", "电能", "氢能", "核能", "风能",
  "热能", "光能", "职能", "赋能", "节能", "体能", "势能", "算能",
  // …and in 应, 均, 可, 先 (总房屋供应目标维持在…, 电力供应达到…): not the modal 应 of 企业应达到
  "供应", "效应", "反应", "响应", "对应", "相应", "人均", "户均", "亩均", "许可", "认可", "领先", "优先",
];

/** Verbs that bring a measure to a level (提高到, 控制在, 压缩至, 达到): the amount after them is
 *  the level itself. Read where a 3天以内 after one is a value, not a time from now (dates), and
 *  where a level reached keeps the thing of the goal before it (targets). */
export const LEVEL_VERBS: readonly string[] = [
  ...GOAL_VERBS.filter((w) => /(?:到|至|在)$/.test(w)),
  "达到", "达", "突破", "实现", "超过", "不超过", "不多于", "降至", "增至", "提至",
];


/** Goal verbs of Taiwan's government texts, read only in a text from Taiwan (Doc.fromTaiwan): its
 *  verbs of approving, matching and running (核定地方创生计划不少于300案, 核准危老重建1,200件, 媒合
 *  农业人力200万人次, 兴办社会住宅1.2万户) and of setting up (成立20个都更辅导团). On the mainland
 *  省发改委核准新能源项目12个 and 近日成立专班12个 report what was done. */
// (…and of training, 训练青年6,000人次, which the mainland writes 培训)
export const TAIWAN_GOAL_VERBS: readonly string[] = ["核定", "核准", "媒合", "兴办", "成立", "训练"];
