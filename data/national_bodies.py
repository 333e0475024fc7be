"""Names of China's national bodies that news writes often and the small tagger reads in pieces, written for this
project: State Council ministries and commissions (full and short forms), national bureaus and headquarters of the
domains this system reads (water, disasters, power, elderly care, rural revitalization).

The tagger splits a long name at its conjunction (人力资源|和|社会保障部) or drops its head (人力|资源社会保障部);
the cleanup makes such a piece whole where the text reads the whole name around it.
"""

from __future__ import annotations

#: National bodies by their full and common short names (人力资源和社会保障部, 人力资源社会保障部, 人社部 is whole already).
NATIONAL_BODIES: frozenset[str] = frozenset({
    "人力资源和社会保障部", "人力资源社会保障部", "住房和城乡建设部", "住房城乡建设部", "工业和信息化部", "农业农村部",
    "文化和旅游部", "国家卫生健康委员会", "国家卫生健康委", "国家发展和改革委员会", "国家发展改革委", "退役军人事务部",
    "应急管理部", "自然资源部", "生态环境部", "交通运输部", "科学技术部", "国家民族事务委员会", "国家市场监督管理总局",
    "市场监管总局", "国家粮食和物资储备局", "国家林业和草原局", "国家医疗保障局", "国家乡村振兴局", "国家能源局",
    "国务院扶贫开发领导小组办公室", "国务院扶贫开发领导小组", "国家防汛抗旱总指挥部", "国家减灾委员会", "国家防灾减灾救灾委员会", "国务院抗震救灾指挥部",
    "中央广播电视总台", "中国气象局", "国家电网有限公司", "国家电网公司", "中国南方电网有限责任公司", "南方电网公司",
    "全国老龄工作委员会", "全国老龄工作委员会办公室", "中央农村工作领导小组", "中共中央组织部", "中共中央宣传部",
    "中共中央统一战线工作部", "中央纪委国家监委", "国务院新闻办公室", "国务院国有资产监督管理委员会", "国务院国资委", "中国物流与采购联合会",
    "新疆生产建设兵团", "国家互联网信息办公室", "中央网络安全和信息化委员会办公室",
    # the State Council's epidemic mechanism, a body CCTV news names at its press conferences (国务院联防|联控机制)
    "国务院联防联控机制",
    # the PLA's theatre commands, whose spokesmen CCTV news quotes (东部 (LOC)|战区新闻发言人)
    "东部战区", "南部战区", "西部战区", "北部战区", "中部战区",
    # the Party centre's leading groups and commissions, which the tagger reads without their 中央 (中央全面|深化改革领导小组,
    # 中央|巡视工作领导小组) or leaves untagged
    "中央全面深化改革领导小组", "中央全面深化改革委员会", "中央巡视工作领导小组", "中央财经领导小组", "中央财经委员会",
    "中央外事工作委员会", "中央社会工作部",
    # by the short names CCTV news opens its sentences with (水利部启动…, 记者从水利部了解到)
    "党中央", "中共中央", "全国人大", "全国人大常委会", "全国政协", "中央军委", "中央纪委", "国家监委",
    "水利部", "财政部", "商务部", "民政部", "公安部", "教育部", "外交部", "国防部", "司法部", "科技部", "农业部",
    "审计署", "海关总署", "国家防总", "国家减灾委", "国新办", "国务院新闻办", "国家统计局", "中国人民银行", "人民银行",
    "中国地震局", "国家铁路局", "国资委", "证监会", "银保监会", "国家金融监督管理总局", "最高人民法院",
    "最高人民检察院", "最高法", "最高检", "中央气象台", "国家电网", "南方电网", "中国科学院", "中国工程院",
    # the Party centre's offices, by the full and short names CCTV news gives before their heads' posts (中央财办|分管
    # 日常工作的副主任, 中央改革办|副主任)
    "中央办公厅", "中央政策研究室", "中央组织部", "中央宣传部", "中央统战部", "中央政法委", "中央外事工作委员会办公室",
    "中央财经委员会办公室", "中央农村工作领导小组办公室", "中央全面深化改革委员会办公室", "中央外办", "中央财办",
    "中央农办", "中央改革办", "中央网信办", "中央编办", "中央台办", "国务院台办", "国务院港澳办", "国务院办公厅",
    # and the State Council's offices by the short names news gives them (记者从国务院|扶贫办了解到)
    "国务院扶贫办", "国务院侨办", "国务院研究室", "国务院参事室", "国务院发展研究中心",
    "中共中央办公厅", "中央依法治国办", "中办", "国办",
    # the National People's Congress's special committees, which CCTV news names in its reports of the Standing
    # Committee's sessions and the tagger reads in pieces (全国人大|宪法和|法律委员会); only the NPC has a 宪法和法律委员会
    "全国人大宪法和法律委员会", "宪法和法律委员会", "全国人大财政经济委员会", "全国人大监察和司法委员会",
    "全国人大农业与农村委员会", "全国人大环境与资源保护委员会", "全国人大教育科学文化卫生委员会", "全国人大外事委员会",
    "全国人大华侨委员会", "全国人大民族委员会", "全国人大社会建设委员会", "全国人大常委会法制工作委员会",
    # and the Party's research institute and the national federations (中央党史|和|文献研究院, 中华全国总工会 left untagged)
    "中央党史和文献研究院", "中华全国总工会", "全国总工会", "中华全国工商业联合会", "全国工商联",
    # the National Committee of the CPPCC's special committees, by full name and by the names only it gives (read in
    # pieces in CCTV news of its personnel decisions: 民族和|宗教委员会, 文化文史和|学习委员会, 农业 (ORG)和|农村委员会)
    "全国政协提案委员会", "全国政协经济委员会", "全国政协农业和农村委员会", "全国政协人口资源环境委员会",
    "全国政协教科卫体委员会", "全国政协社会和法制委员会", "全国政协民族和宗教委员会", "全国政协港澳台侨委员会",
    "全国政协外事委员会", "全国政协文化文史和学习委员会", "农业和农村委员会", "人口资源环境委员会", "教科卫体委员会",
    "社会和法制委员会", "民族和宗教委员会", "港澳台侨委员会", "文化文史和学习委员会", "全国政协文史和学习委员会",
    # short names of the Party's departments and ministries CCTV news uses (中组部等十部门, 人社部推出; not 人社|部门, which
    # the unique-body rule leaves), the Party centre's anti-corruption bodies and the national people's organisations
    "中组部", "中宣部", "中联部", "人社部", "工信部", "国家安全部", "国家网信办", "中央反腐败协调小组",
    "中央追逃办", "共青团中央", "全国妇联", "中国科协", "中国文联", "中国作协",
    # the stock exchanges, by full and short names (深交所近1500家主板公司…: CCTV news left 3 mentions of 5 untagged)
    "上海证券交易所", "深圳证券交易所", "北京证券交易所", "上交所", "深交所", "北交所",
})

#: International bodies that CCTV news names often and the small tagger leaves untagged at times (上合组织 always):
#: unique bodies, ORGs wherever they stand, as the national ones.
INTERNATIONAL_BODIES: frozenset[str] = frozenset({
    "联合国", "联合国安理会", "安理会", "联合国教科文组织", "世界卫生组织", "世卫组织", "世界贸易组织", "世贸组织",
    "世界气象组织", "国际原子能机构", "国际货币基金组织", "世界银行", "亚投行", "国际奥委会", "红十字国际委员会",
    "上海合作组织", "上合组织", "欧盟", "东盟", "北约", "非盟", "阿盟", "海合会", "欧佩克", "各国议会联盟",
    "亚洲基础设施投资银行", "伊斯兰合作组织", "世界经济论坛", "博鳌亚洲论坛", "中非合作论坛",
    "联大",  # the UN General Assembly by its short name (第75届联大|主席, 联大再次通过决议: CCTV news)
    # the OPCW by its short and full names (78 and 62 mentions in the CCTV corpus; the tagger left 23 of 24 in the probe
    # texts untagged) and the CSTO
    "禁化武组织", "禁止化学武器组织", "集体安全条约组织",
    "新开发银行",  # the BRICS bank (金砖国家新开发银行: the tagger read 开发银 and the text-wide rules tagged 开发银行 nine times)
    # groups abroad named in full, which the tagger reads as their place (巴勒斯坦伊斯兰|抵抗运动)
    "巴勒斯坦伊斯兰抵抗运动", "巴勒斯坦伊斯兰圣战组织",
})

#: National bodies of other states that news names by their own names, with their state before them or not: unique
#: bodies, ORGs wherever they stand, and with the state before them one ORG (日本气象厅, 蒙古国家大呼拉尔: MSRA's),
#: unlike the international bodies.
FOREIGN_BODIES: frozenset[str] = frozenset({
    # parliaments, which the tagger reads in pieces (国家大|呼拉尔 (PER)|主席); MSRA and People's Daily tag each of
    # their 20 mentions an ORG
    "国家大呼拉尔", "大呼拉尔", "国家杜马", "最高拉达",
    # Japan's ministries and agencies, which end like a province or a hall (|农林水产省|表示, 日本|气象厅 (LOC)): MSRA and
    # CLUENER tag all 20 of their mentions ORG, also bare (|气象厅|判断, |外务省|就此问题)
    "外务省", "防卫省", "经济产业省", "农林水产省", "厚生劳动省", "国土交通省", "文部科学省", "总务省", "法务省", "财务省",
    "环境省", "气象厅", "警察厅", "防卫厅", "金融厅", "复兴厅", "海上保安厅", "宫内厅", "内阁府",
})

#: News agencies, which news names in datelines and attributions (新华社北京电, 据路透社报道): unique bodies, ORGs wherever
#: they stand, as MSRA and People's Daily tag all 420 of their mentions; the tagger read 路透社 as a person three times in
#: the CCTV probe texts.
NEWS_AGENCIES: frozenset[str] = frozenset({"新华社", "中新社", "美联社", "路透社", "法新社", "塔斯社", "共同社", "韩联社"})

#: Groups and movements abroad that news names without a body word (哈马斯, 塔利班; 黎真主党 with its state's
#: abbreviation, which the tagger reads as a person, 黎真): organizations, as MSRA and
#: CLUENER tag them, which the small tagger reads as places or people.
NAMED_GROUPS: frozenset[str] = frozenset({"哈马斯", "塔利班", "真主党", "黎真主党", "基地组织", "博科圣地"})

#: Companies news names without a body word (华为, 京东方, 波音: CCTV news and the written articles, 美团、顺丰等企业),
#: which the small tagger reads as places or leaves untagged: unique bodies, ORGs wherever they stand, as MSRA and
#: CLUENER tag them (微软 55 times, 波音 21, 三星 11). Names that are common words too are left out (联想, 小米, 苹果,
#: 吉利, 中兴 "revival": MSRA's 力图中兴, 亚马逊, 海尔 in 海尔马里亚姆), and platforms, which LABELS.md does not tag (微信, 抖音).
COMPANIES: frozenset[str] = frozenset({
    "华为", "中兴通讯", "京东", "京东方", "腾讯", "百度", "阿里巴巴", "比亚迪", "宁德时代", "美团", "顺丰", "格力",
    "拼多多", "字节跳动", "诺基亚", "三星", "波音", "空客", "微软", "谷歌", "特斯拉", "同仁堂",
    # state-owned groups by their short names (中国石油、中国石化、中国中化…4家央企); not 中国电信, MSRA's 中国 + telecoms
    "中国石油", "中国石化", "中石油", "中石化", "中国中化", "中国海油", "中海油", "中国移动", "中国联通", "中国宝武", "中国商飞",
    # construction and power groups by their short names, the builders of water and power projects in local news
    # (中国电建华东院负责施工; MSRA: 中国华能集团, CCTV news: 中国铁建中土公司)
    "中国电建", "中国能建", "中国中铁", "中国铁建", "中国交建", "中国中冶", "中国华能", "中国华电", "中国大唐", "中国中车",
    "国家电投",
})
