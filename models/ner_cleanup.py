"""Cleanup of decoded entity spans, the way LABELS.md reads names.

The small tagger puts spans a character off, reads a post into its body or a
verb into a place, and tags what LABELS.md leaves untagged (generic words,
bodies named by their level alone, names inside slogans and titles). These
rules, applied to every text the tagger reads (:func:`clean_spans`), repair
that; :data:`CLEANUP_READING` says what they do, in each model folder's
``zhpolicy.json`` and card. They were chosen on the dev sets, the written
train split and probe sentences (README), never on a test split.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache

from zhpolicy.data.bylines import (
    COMPOUND_SURNAMES,
    ROLE_WORDS,
    SURNAMES,
    TRANSLITERATION_CHARS,
    parse_paren_byline,
)
from zhpolicy.data.countries import (
    CITIES_BY_PROVINCE,
    COUNTRIES,
    FOREIGN_CITIES,
    PROVINCES,
)
from zhpolicy.data.japanese_names import JAPANESE_SURNAMES
from zhpolicy.data.labels import ADMIN_UNITS
from zhpolicy.data.national_bodies import (
    COMPANIES,
    FOREIGN_BODIES,
    INTERNATIONAL_BODIES,
    NAMED_GROUPS,
    NATIONAL_BODIES,
)
from zhpolicy.data.records import Entity, Official
from zhpolicy.data.spans import merge_adjacent
from zhpolicy.data.world_leaders import WORLD_LEADERS

from .officials import (
    APPOINTING_VERBS,
    CHARGE_BEFORE_A_POST,
    ENVOY_POSTS,
    FORMER,
    HOLDING_AFTER_A_COMMA,
    LOCAL_POSTS,
    MAX_FIELD_CHARS,
    MAX_SUB_UNIT_CHARS,
    PARTY_ORGANS,
    PERSONAL_NOTE,
    POST_JOINERS,
    STATIONED,
    extract_officials,
)
from .word_features import (
    is_known_word,
    is_noun_word,
    is_place_word,
    is_verb,
    person_word_end,
    word_at,
    word_ends_at,
    word_frequency,
    word_starts_at,
    word_tag,
)

#: What the cleanup does, as a model folder records it (its ``reading``).
CLEANUP_READING = (

        "single characters read as persons right before a name that spell a post typed as the post (政治局常|委|李强 → 常委 + 李强), spans split at a comma or full stop inside them (岫云村，|村党支部书记), a post at the 、 of a list or at 兼 (书记、|国务委员, 副主席兼|秘书长, also where the tagger read 兼 with the first: 副委员长兼|秘书长; not 正、副主任) and a body after a place or body of three characters or more, a national or international body or a Latin name (四川省、|生态环境部, 联合国、|二十国集团, IBM、|华为; not 墨西哥环境、自然资源和渔业部), and people at each of theirs (李连成、|高建军), and at whitespace (骆佳怡 金晨光; a two-character name padded to three stays: 王　伟; an ORG's piece before a line break that names nothing dropped: 南海战斗巡航|⏎中国空军) and an unpaired quotation mark, clause punctuation or an unpaired bracket cut off their edges (“银发志愿服务队, 副总理；, 记者姜葳）), a name quoted in part given its opening mark where it ends like a body, team, ship or satellite (八一”飞行表演队 → “八一”飞行表演队), a quoted slogan read on past its close dropped (十四五”开局, 十五五”开好局), and a name read into a quotation it opens cut before the mark (杜富国|“排雷英雄), a span holding one mark of a 《》 title closed where the title closes right after it (英国《金融时报|》) or, opened inside the title and run past its close, cut to the paper's name (《|太阳报》编辑部 → 太阳报), and a span cut at a bracket it opens and does not close (央视网|(新闻联); a listed place given the first character left out after 、 (龙岗镇、岛|石镇), or the rest of its word (、建|德等地), a place of one character before a water's ending that jieba reads apart and knows no word of read as the water (元|荡 → 元荡, 元荡湖; not 封河), and so tagged at its other mentions, and a town left untagged inside a chain of places made part of it (龙泉市|兰巨乡|官埔垟村; also its unit word alone: 龙泉市兰巨|乡|官埔垟村), and a village or community left untagged at a chain's end (荣县|筲箕嘴村, 民和县中川乡|草滩村; not a clause going on or a kind of village: 保定市|派出驻村, 仪陇县|贫困村), and so a town after its county (平安县|三合镇), a province and a city of it left untagged right after it one place (在黑龙江|绥化, 浙江省|宁波市; not another province's city: 北京|朝阳), a short ORG listed between places a place (石浦、高塘、鹤浦), and one of any length closing a list of places before 等地 (库皮扬斯克、红利曼|等地), a place or body opened inside a dictionary place word given the word's start (仪|陇县委组织部; not a verb: 符合|中国; also one whose start was read in pieces or left untagged inside a dictionary name of a place or body, late: 北|达|科他州, 以|色|列国防军; not 中国|工商银行; also a body or place opening with a numeral the numerals before it: 二|十国集团 → 二十国集团; also a noun of three characters or more that a body or unit opening inside it ends after, where the span opens with no word of its own: 上海合作组织成员|国元首理事会, 过|敏症和传染病研究所; not 非|工会), and so a post that is no word itself and ends like one (外|交部长, 审计署审|计长; also where the word's first character was read as a body: 兼|外 (ORG)|交部长 → 外交部长; a verb's piece cut off instead: 当|选总统; also where the body before holds them and the rest names it: 德国财|政部长 → 德国 + 财政部长, 交流中心总经|济师, also a hospital's department: 附属医院病|理科主任 → 附属医院 + 病理科主任; not a level's committee: 莲都|区委书记); a doubled character before a post given back to the body (能源科|科长), or to the post (民兵应急连|连长), with an untagged sub-unit before it (管理局登记注册科|科长), a sub-unit's ending read into the post given to the body with the sub-unit (北京儿童医院超声科|主任), a post's bare level word read into the place before it left out (上罗镇|镇|党委书记; not a village's own name: 合村村); a post read across a body and a name "
        "split out (实验小学|校长|葛丽萍), a given name read as a post after its surname given back to the person (栗|战书 → 栗战书, 栗|战书委员长 → 栗战书 + 委员长; not a role or a post after a surname: 陈|教授, 杨|镇长), a person read with the post before it, and the post's state or province, split into place, post and name (吉林|省长|景俊海, 美国|国务卿|蒂勒森; an emir's title after the name too: 纳瓦夫|埃米尔), a school or hospital read into a post cut off it (广场路|小学校长 → 校长) and tagged with the road's or place's name before it (广场路小学), a body's last character taken by the post given back (广场路小|学校长 → 广场路小学 + 校长, 新加坡国|会议长), and an office its 办 (社会事务|办主任 → 社会事务办 + 主任); the visit verb, and what a span ran on into after it, cut off (陈敏来|浙调研 → 陈敏, 浙; 到|衢州调研防汛防台 → 衢州) and a name's 来 given back (尹积军来|湖州调研 → 尹积军), a name's last character read into a team given back (张国|平团队), and a person's team read as one ORG the person (唐胜忠|团队, 张连钢|和团队), and a team read as one ORG its leader or the body a described team belongs to, or nothing (付守芝|团队, 天津农科院|科研团队, 王建平|教授团队); a LOC running straight into an ORG "
        "made part of it (not into an international body or a news agency: 斯特拉斯堡|欧盟首脑会议, 访华|新华社北京电), a part of a province cut before its second direction given it (浙西|南 → 浙西南; not 陕西|北部), a county read as a body without the unit the text names it with elsewhere a place (泰顺县… 泰顺 (ORG)|现存 → LOC), a later mention of a school, hospital, care home or company by its own name without its place an ORG (宁波市效实中学 … |效实中学|党委书记; not a kind: 中心敬老院), an untagged zone word, ranked or not, after a place made part of it (丽水|经济技术开发区, 之江|国家级旅游度假区), and a zone named by its purpose (长三角|生态绿色一体化发展示范区, 江西|内陆开放型经济试验区, 中缅|边境经济合作区; not a predicate or a list: 浙江|打造…示范区, 渑池县|等…示范区), a body read from inside the zone word given place and zone (楠溪江国家级风景|名胜区管理委员会), and into its own untagged body (长兴县|人民政府, 丽水市|水利局, 五里镇|政府, 西坑村|股份经济合作社, 东山街道社区|卫生服务中心; also where the tagger read the place alone as an ORG: 大同市 (ORG)|人民政府; and a local government read whole as a place is the body: 郴州马头岭乡政府 (LOC), while a state's is the state, as MSRA tags it: 科特迪瓦|政府), also one named by nouns up to a venue's ending (温州市|少年宫, 红安县|党性教育中心, also where the tagger stopped on the first character of the venue's name: 红安县党|性教育中心; not 武汉市|有关定点医院); a group's name before 武装 read as a place or person an ORG with the word (胡塞|武装; not 巴勒斯坦|武装, 科索沃|武装冲突), a group abroad named without a body word, alone or after its country, read as a place or person an ORG (哈马斯, 塔利班, 阿富汗塔利班), a person the text tags elsewhere split out of a place or body the tagger read on from the name into a verb, adverb, conjunction or 第 (内塔尼亚胡|未能组阁, 张连钢|和团队, 韩卫国|第十四届全国政协; not a body named after a person: 宋庆龄基金会, nor a verb before what ends like a body: 特朗普竞选团队), a joiner jieba reads alone cut off the start of a place, body or person read on from it after a span or a noun (会议|和|二十国集团, 周边|和|汾渭平原; a person only where a post follows or the text tags the rest: 习近平总书记|和|阮富仲|总书记, also where jieba reads the joiner into the name's word between two posts: 习近平主席|和普京|总统; not 局长|和志明, 在|和兴街道), an ORG that is only a place name made a LOC (泽雅镇; also a province and a city or county named without the unit jieba knows it with: 辽宁海城; not a ministry that ends like a province: 日本外务省), also a province named alone once the spans are whole, but for a team in a clause of sport (天津|组织专家学者; not 四川与浙江男排), and so one of China's cities jieba reads alone before no body's word (欠|南昌|一家公司; not 广州|局调度所, 广元|舰), and a country, but in a text of sport (not counting common words that hold a word of sport: 部队, 全球, 胜利, 同比分别, 战胜疫情, 一盘棋, 决胜, 方队, 月球) or where jieba reads it into a word with what follows (对|韩国|进行国事访问, 日本|东北部下大雪 beside 一场 and 部队; not 挪威本轮主场面对荷兰, 中国共产党), and so a region of the world (美国驻欧洲和|非洲|海军司令, 把|海湾|国家; not listed with a body: 汇丰、花旗、|东亚, nor opening a body's name further on: 欧洲|安全与合作组织), and a PER listed among places with 、 a LOC (在|扎波罗热|、顿涅茨克、赫尔松方向; not right after a post: 副总理|德沃尔科维奇|、阿塞拜疆), a Tibetan name of four characters read as a place a PER where a mention stands right after a post or beside a person across 、 (主任|洛桑江村|、; not 罗布林卡), a party organ and the 原 of a former post left untagged between a place and the post put into the post (水口村|党支部原|书记 → 党支部原书记, also over the organ read alone as a post: 仓盈村|党总支 (TITLE)|原|委员), a body read across the 、 of a list of officials, a post right before it, parted into the person and the next body (部长|高虎城、工商总局 → 高虎城 (PER) + 工商总局; not 科技园|雍和园、…公司), a span of any type that is part of a foreign or Chinese city's name the text spells out around it the whole city, a LOC (阿勒|颇, 的黎波|里, 汗|尤尼斯 (PER), 卡拉|奇; also a place that begins it where jieba reads the city as one word: 大马|士革, 法兰克|福), a PER right after the common noun that says what a place is, itself after a place, a LOC (叙利亚古城|巴尔米拉 → 叙利亚 + 巴尔米拉, 叙利亚东部重镇|代尔祖尔), a post that opens with 事务 given the field left untagged before it (国家安全|事务助理 → 国家安全事务助理, 前|退伍军人|事务部长; not the verb's 为: 任命努里为|发展与社会|事务副总统), a committee's or group's word read into the post after it given back to the body (社会和法制|委员会副主任 → 社会和法制委员会 + 副主任, 中央财经|领导小组成员), or made a body with its name left untagged after a list's 、 (常委、|中央全面深化改革|领导小组副组长 → 中央全面深化改革领导小组 + 副组长), a one-character place that opens a person the text tags elsewhere and spells out there that person (|韩|正还向… beside 韩正, |法|基 beside 法基), a national, international or foreign body or a company that a span of any type opens, written out right after it, one ORG (塔利 (PER)|班 → 塔利班, 人民|政协 → 人民政协, as MSRA tags it), a LOC parted at a middle dot where every piece is a place (内蒙古·广东 → 内蒙古 + 广东; not 拉·苏弗里耶尔), 自贸 cut off the states whose agreement it names before 协定 (中韩自贸|协定 → 中韩), a campaign's word cut off the state, province or city it names (美丽|中国, 美丽|新疆, 健康|中国; not 美丽海湾), the count cut off places listed before it (加拿大|三国, 甘|三省, 美国|多州; not a region's name: 东北三省, 三区三州, nor 波尔多市), 文明 (civilization) cut off the place read with it (中华文明 → 中华, as MSRA tags it; 拉美文明 (PER) → 拉美), a PER right after 企业 or 巨头 an ORG where it is no Chinese name of a common surname (外资企业|思爱普, 军工企业|三菱; not 该企业|张建国), a PER that is a company's short name an ORG where the text tags the company's full name (东丽 beside 东丽株式会社, 罗威 beside 罗威汽车公司; not 梅里埃|家族), an ORG standing right before a city's district or compass part a LOC at every mention (摩苏尔|城区, 摩苏尔|南部; not a body's name: 中国人民解放军|东部战区), a PER that is a country (阿根廷|总统), an ORG that is a country right before a post a LOC (德国|总理|默克尔, 老挝|政府总理; the state's full name, 中华人民共和国, counts as a country everywhere) or a province named with its 省, or ends in 省 after three characters or more (江苏省|原副省长, 萨拉赫丁省|官员), or stands where only a place does (在|库皮扬斯克|方向, 首都|贝尔格莱德, 约翰内斯堡|峰会, 乘专机抵达|布达佩斯; then at every mention of that name the text tags a person, unless one holds a post: 首都|明斯克 … 将|明斯克|作为) or is a foreign capital or a city world news names often (抵达|莫斯科, 在|柏林|发表演讲; not before an honorific or right after a post: 马德里先生), or a city of China's that no name reads as (在|拉萨, 娄底|作为; not 中山, 阿里, 武威, 朝阳, nor two characters after a frequent surname: 金华) or ends like a Slavic town, of four characters or more and not right after a post (顿涅茨克, 波克罗夫斯克; not 州长|普里茨克), or is a palace of four characters or more (在|克里姆林宫|出席, 爱丽舍宫), a province and a place jieba reads as one word (吉林长春) or a province and a noun or place word of jieba's after it, given the rest of that word (海南海|口 → 海南海口, 河南兰考), or a railway or road (张呼高铁, also where a person opens the route the text tags: 张呼|高铁, or where two abbreviations jieba knows as no word stand before the route word: 哈伊|高铁, 渝昆|高速; not 哈尔滨至|伊春|高铁) or a province's short name (在|山东|作宣讲报告, 关于|吉林; a state's also after 应: 应|芬兰|议长), a TITLE that is the Party's centre an ORG (以习近平同志为核心的|党中央) and so a person that is a common organization word of jieba's (党中央, 解放军; not CLUENER's 林熙蕾) and a place that is the White House (美国白宫|称), and a place or person that is a national or international body's name (开拓|东盟|市场, 欧佩克 (PER)|发表声明), and a place that is a state and a body of its own (日本气象厅 (LOC)), or two dictionary places in a row (福建南平) or a dictionary place right before a post and its holder (上海|市长|应勇; also the head of a unit read into the place: 赤峰市长|孟宪东 → 赤峰 + 市长, or left untagged after it where jieba reads the unit and 长 as one word before a name, a mark, a joiner or a verb of saying, or 长 alone before one of the last three: 莫斯科市|长|索比亚宁 → 莫斯科 + 市长, 纽约州|长|表示 → 纽约 + 州长; not 桐乡市|长护险, 罗田县|长期), a dictionary place between 在 and a comma read as an ORG or PER a LOC (在|郑州|，; also a PER before the verb of a talk or meeting held there: 在|贵阳|作宣讲报告, 在|武汉|会见), a city jieba counts often read as an ORG right after 在, 位于, 来, 赴, 抵达 or 前往 a LOC (峰会在|纽约|举行, 即将来|纽约|出席; not a country, a province or a team in a clause of sport), a place's abbreviation after 在 read into the body after it a LOC of its own (在|京|中共中央政治局委员; not 美司法部), states named together and counted parted out of the body read across them, a LOC, with a post or body after the count kept (日美|两国|外交部长, 朝韩|双方|红十字会, 日中韩|三国), a situation word a body ends in cut off, the rest a place where it is one or nothing (内蒙古加快|布局 → 内蒙古, 国家发展|大局, 伊拉克|政局; not 国家安全局), the 会 of 会议 a body took cut off (主席团会|议 → 主席团; not 国会|议员), with a session or standing meeting read in before it (十三届全国人大四次会|议 → 十三届全国人大, 国务院常务会|议 → 国务院, 全国政协十届四次会|议 → 全国政协; not 中英媒体圆桌会|议) or the 新闻 of a press conference (国务院联防联控机制新闻|发布会), the 委 of 委员 a committee took cut off (中央财经委员会委|员出席会议 → 中央财经委员会; also a Politburo: 中共中央政治局委|员), and the 审 of 审议 a delegation took, with a 参加 before it (参加江苏代表团审|议 → 江苏代表团), the 驻会 of a committee's resident deputy chair given to the post (教科卫体委员会驻会|副主任 → 教科卫体委员会 + 驻会副主任), a name right after a post read as an ORG a PER (副县长|杨荔; not 代表|党中央), a member's post right after a name read as an ORG the post, with the name read into it a PER (郑永飞|常委, 南存辉常委 → 南存辉 + 常委), or read as a place a PER with every mention of it where no person before holds the post (市长|黄兴国, 总理|奥利, 驻伊朗大使|郁红阳, a governor's: 加利福尼亚州州长|纽森, a commander's: 司令|卡沃利, also after a state's head's or minister's post: 西班牙首相|桑切斯, 法国外长|勒德里昂, 巴林国王|哈马德; also a name jieba counts often, 大使|托马斯, or counts as a place often after a president's or prime minister's post, 俄罗斯总统|普京, but not a region it counts 500 times or more: 俄罗斯总统|中东|问题特使, and a transliteration of five or six characters, 大使|科迪图瓦库; not 总书记|兰考, nor a place jieba counts often: 长三角), and so a three-character one of a common surname before 是 and a head's post ending the clause (黄明山|是吉潭镇镇长), a leader's name read as a place or body right before a leader's post a PER with every mention of it (同|普京|总统|一道, 赵乐际|委员长|出席; not a country or province: 俄罗斯|总统, 科威特国|首相, nor where a person holds the post after it: 俄罗斯联邦总统|普京), a bare name right before a post of its own committee or government a LOC (松滋|市委书记; also a person's where another holds the post: 吕梁|市委书记|李正印), a place read before 同志 that reads as a name a PER (毛泽东|同志), a two-character person given the surname before it where jieba knows the whole name (习|近平), a person read as its common surname alone given the name jieba reads from there, of three characters whose given name is no common word or of two right after a post or role or in a list (教导员|陈|陆, 56岁的|吕|有金; not 那|张|小巧, 曹|兵, 王|太守), or the name of three characters the text tags elsewhere and writes whole from there, or of two right after a post, though jieba reads on past it (国家副主席韩|正在北京会见 beside 韩正, 罗|长姐; not a state's post: 原副|王储), and one read as its first character alone right after a post given the one or two characters up to a mark, with what the tagger read inside them (主任栗|战书，, 部长顺|通。; not 局长王|书记，), a person inside an idiom dropped (一年之计在|于春, 长治|久安; also a short one opening it that jieba knows as no name: 谆谆|教诲, not 布什|总统), and a place or body inside one (灯火辉|煌), a person that is a word's last character and a common word dropped (日|常工作), or the ends of two words (关|于建|设), a dot a person stops at cut off (凯特·), and a bracketed note of sex or ethnic group (任命李斌(女)为…, whose appointment the official then reads past the note), 人 cut off a place read with it (温州人 → 温州), a place one character short of a district, county or city jieba reads whole given it (绍兴市越城|区; not 中东欧|地区), a school read as a place an ORG (平桥镇中心幼儿园, also a numbered one after its place's unit: 疏附县二中), and so an administering body (珊溪水利枢纽管理中心, …委员会, …办公室), a refugee camp read as a body a LOC (努赛赖特难民营), a place or body opening with a set pair of Party and state news dropped (损害|国家和社会|公共利益, 聚焦|党和国家中心|任务), a place inside 发展中国家 or 发展中大国 dropped (向发展|中国|家提供, 发展|中大国; not 发展|中国|特色社会主义), a place read on into its basic law or the island of 岛国 cut back to the place (澳门基本法 → 澳门, 太平洋岛|国 → 太平洋), a region of the world read with the 国家 it names cut back to the region (中亚国家 → 中亚; not a body named after them: 非洲国家驻华使团), a place read on into 国际 given the venue it opens (香港国际|机场 → 香港国际机场) or else cut back to the place (泰山国际|登山节 → 泰山), the common noun that says what a place is cut off it (首都|基辅, also with its unit: 首都|基辅市, 古城|西安, 城市|霍姆斯, 大城市|奥尔莫克, 大省|广东, 重镇|阿勒颇, 省会城市|福州 (ORG) → 福州, LOC; not 首都机场, 首都医科大学), the side of a place a text points to cut off it (宾王路|以东, 提克里特|以南), 约 (about) cut off a place and its direction (提克里特以南|约|25公里) and a direction alone dropped (边界|以南|30公里), and so a customs office named by its place (深圳海关, 天津海关; not the district 山海关), which also ends a body before a predicate (广州海关|出台; an international body keeps its 组织: 世界海关组织), a reporter's name after 记者 read as a body a PER (记者 应磊), and a resident's after 村民 (村民|包福兴家), a resident or kin word, an appointing verb or a role read into a person's start cut off (村民|葛静, 妻子|邝婉芳, 任命|鄂竟平, 保安|倪兵), also where the place ran on into it (大泽山镇|种植户|昌云军, 唐陵村|苗农|柳孝燕, 北京|市民|吴峰); adjacent same-type spans merged; a place's party organ read as an ORG before a post moved into "
        "the post (泽雅镇|党委副书记), a sector body's organ read into the post given back (天河区社会组织党委|副书记; not a plant's: 北仑电厂|党委书记, nor a State Grid company's named short: 国网浙江电力|党委书记), a ministry's or federation's organ read into it before 书记 given to the post (交通运输部党组|书记 → 交通运输部 + 党组书记), and so before a member's 委员 or 成员 (临海市民政局党委|委员 → 临海市民政局 + 党委委员), and what a company or bureau ran one or two characters on into before a post given to the post (供电公司运|检班班长, 建设局机关|党委书记; not a body of its own: 集团|公司|董事长), and a village's committee read with its place before a post split into the place and the post (箬山村村委会|主任 → 箬山村 + 村委会主任); an ORG read across 'A联合B' split in two (or cut at the verb where it stops on it: 人民政府|联合), one read across 所属 (owned by) split into the owner and the body it owns (海口海关|所属|博鳌机场海关; cut before 属: 中央广播电视总台|所|属), one read across a list's 、 into its bodies where each ends like one (国家卫生健康委员会、|退役军人事务部), one read across 的 from a place left the place (江苏|的乡镇敬老院), and so one read across 与, 和 or 及 from a place word into a generic kind of body (光山县|与|科研院所; not 黄岩区农业农村|和|水利局), a standing member split out of a committee (台州市委|常委, 中共中央政治局|常委), and so a Politburo member (中共中央政治局|委员, 越共中央政治局|委员) or a committee's (中央财经委员会|委员, 联合国国际法委员会|委员), a national body out of a post (国家监委|主任), a named committee out of a post (仙居县委|书记; a place written whole before its level committee gives the committee to the post: 蔚县|县委书记, as 临县|县委副书记), a named place out of a post (民主村|第一书记), also a province named without 省 (浙江|省长), a body's ending read into the post given back to the body (国家发展改革委|主任, 石狮市委|书记, 医药科技有限公司|总经理, 输电运检室|主任, 印度尼西亚人民协商会议|主席; a party's 委员长 stays whole: 朝鲜劳动党|委员长; also the rest of a body's name jieba knows whole: 全国人大常委会法|工委主任 → 全国人大常委会法工委 + 主任, 全国人大|常委会副委员长, 三军仪|仗队; not a standing member: 中共中央政治局|常委), a spouse's 夫人/夫妇 cut off a post, with the joiner before it (委员长|夫人, 主席|和|夫人), 原 or 前 (former) cut off the body before a post (三乡镇|原|党委书记, 阿富汗|前|总统; also once a post read into the body is split out: 黄河乡|原|党委委员), a party or head's post read into the end of its body split off (市场监督管理局|党组书记, 国务院|总理, 沁源县委|书记, 中央书记处|书记, 麻防科|科长, 科技处|高级工程师, 国务院研究室|党组书记 (a body may end in 室 or 署), also after a congress, a political consultative conference or a party: 江苏省人大|代表, 全国政协|主席, 罗马尼亚国家自由党|主席, and a democratic party committee's chair after its 会: 民革北京市委会|主委; a holder of a common surname read in after the post split off too: 广西壮族自治区党委|书记|鹿心社, after a country the post following the place: 匈牙利|总理|欧尔班; a post read whole as a body a post: 国务委员, 国防部长, 全国政协委员; a state's minister a place and the post: 赞比亚|农业部长, also where the ministry was read as an ORG without its 部 before 部长: 南非国际关系与合作|部长 → 南非 + 国际关系与合作部长, 俄|体育部长, 高教|部长 → 高教部长; also after a former post's 原, which is neither's: 国家能源局原党组书记 → 国家能源局 + 党组书记; a place's a LOC: 佛山市禅城区张槎街道古灶村|党委书记), a person's first character read into the post before it given back where the text names the person whole (总统新闻秘书|佩斯科夫) or where the person is a transliterated name (总统发言人佩|斯科夫 → 总统发言人 + 佩斯科夫, 主任祖|木热提·吾布力), a foreign leader's name read into his post given back (南非总统祖马 (TITLE)、, 总统祖 (TITLE)|马 → 总统 + 祖马; 主席国, a forum's chair country, is no post) or where a surname stands after a whole post before a two-character given name (主席万|鄂湘 → 主席 + 万鄂湘, also where jieba reads the surname into a word with the post's end: 主任何|立峰 → 主任 + 何立峰; and where the tagger left the post and that name untagged after the body, or read the given name as a body: 国家发展改革委|主任何立峰|、, 主任何|立峰 (ORG)), and a post's 长 a person took given back (副所|长江舟 → 副所长 + 江舟), and so a minister's 相, or one left untagged (防卫|相森本敏 → 防卫相 + 森本敏, 外务|相|李勇浩 → 外务相), a place's first character given back to the word before it (其中|泸县) or to the date before it (16日|中国; after a day's or month's digits whatever follows: 13日|香港国际机场, 4月|港珠澳大桥口岸, and a bare 日 there dropped: 8|日|称), and a verb's last character a place or a transliterated person took given back to the verb (感|谢中 (LOC)|方 → 中, 聚|焦长江 → 长江, 转|达迪萨纳亚克 → 迪萨纳亚克; not after the adverb 从中: 从|中美), a preposition jieba reads alone cut off a place or body from its dictionary or a national body (经|国务院同意, 以|美国), or off a transliterated leader's name before his post, a PER (愿|同|姆南加古瓦 (LOC)|总统), also a body's after a verb (同意|武警总部), a village committee's first character given to the post (青湾村村|委会主任), 所 + verb cut off a post (总理|所作), a preposition or conjunction a body ran on into cut off with what follows (宪法法律委|根据常委会会议的审议意见 → 宪法法律委), a verb that takes a body read into its start cut off where the rest is a body of its own (审议|国务院, 来自|国家航天局, 经商|信息产业部, 致电|老挝人民革命党中央, 举行|联邦议院; not 希望电脑学校; also any words ending in a verb and naming nothing before a national or international body: 全文播发|全国人大常委会, 致信|联合国安理会), a verb, 老区, 家乡 or a direction read into a place's start cut off (惠及|乐清市, 老区|横坎头村, 家乡|东街村, 城市|芹苴市, 在|湖北秭归县, 南部|房山区), a member out of a congress (全国人大|代表); a congress member's post left untagged tagged as the body and the post where it makes a person of its clause an official (全国人大代表、淮安市委书记史志军 → 全国人大 + 代表, 全国政协委员); an ORG read across an indefinite (高昌区|一家合作社) dropped but for the place; Arabic numerals cut off the ends of "
        "places and people (28℃|福州), and a count with its measure word off the start of a place, person or body (601家|深港, 2707个|村), and a line's voltage off its name (220|千伏柯亭线), 同志 off a person (陈全国|同志; also where the person ran on past it: 杨白冰|同志光辉), 出席会议, 列席会议 or 应邀 (王勇应邀|出席) off a name read into it and a piece of it dropped (武维华|出席会, 王沪宁出|席会) and a day read into its end (古特雷斯|2日|说), and a trailing 的 off any span (紫金街道|的), also with a bare level word after it (塔元庄的村|党支部书记), a leading one off a place or body (的|湾东村), also 中的 (建设|中的|班彦新村); 北京 of China's standard time before a clock time (北京|时间6月6日19时; not 纽约时间), a year, date, document number, session or amount read as a name (1986年, 第707号, 八十五号和八十六号, 、十六届、, 450元, 14384件, 32502亿美元, 十八部委, 四楼), an ORG stopping inside a number in Chinese numerals cut before it (中共十|一届三中全会, 中共二|十大; an ordinal alone or a craft before its serial number dropped: 第四|次, 嫦娥四|号; not MSRA's team 八一, nor a person: 马英九|一行), numerals alone (十八、, “十五五”; not MSRA's 八一) and a party congress, an event (党的|二十大) or a plenary session or its ordinal (中共十九届四中|全会, 三中、|四中|、五中全会) and spans of one character (but a place abbreviation standing as a word, a side or a goal, or opening jieba's one word for its government or head: 中|美, 中|方, 访|华, 俄|政府, 俄|总统; not 中 meaning in after a word: 声明|中|的立场) or without a letter or CJK character (4∶1) dropped, a post of rank characters alone dropped (一|副副|春联), "
        "bare kinds of body named whole (公司, 中心, 委员会, 理事会, 主席团, 招待会, 研究所, 社会, 学院, 学校, 医院, 法院, 执行局, 工坊, 救援队, 河长办, 商会, a company's 营销部 or 发展建设部, 办公室; not a name ending in one: 种子岛宇宙中心), a direction alone as a place (前往|东部|省份; not 东部|战区, made whole late), a person before 基金 or 基金会 the fund, an ORG (出席|何梁何利|基金 → 何梁何利基金; not 基金经理), a river read with its water the river (引用|黄河水 → 黄河), a city read as a body or person before the games or fair it hosts a place (杭州 (ORG)|亚运会), a surname and a place word before a verb of speaking a person (柏长城 (LOC)|告诉记者), a three-character name read as a body a person where it is appointed or a post follows it (任命|裴金佳|为, 孙东生|委员), a common verb read into the start of a place or body cut off where a place opens the rest (在|参加|辽宁代表团, 进驻|鄂州市中心医院; not 常驻联合国代表团), a place read on into a common verb late cut back, with an adverb of one character before it (永州市|已出台, 广东汕尾|集中; a body's only before one jieba counts 2,000 times or more: not 北京联想, 德国奔驰), a person and a span beside it that together are a place or body the text tags whole elsewhere that place or body (驶入|达拉 (PER)|亚 → 达拉亚, 中国|远征军 (PER) → 中国远征军), a place and a person read apart one name (欧阳 (LOC)|玉靖 → 欧阳玉靖, 玉山 (LOC)|江·吾许尔 → 玉山江·吾许尔 PER; 巴赫 (LOC)|穆特 (PER)、 → 巴赫穆特 LOC, all transliteration before a list or 方向; not 山东济宁|小宁), a place or body read one character on past a name the text tags elsewhere, a locative or a word's first character, cut back (光谷生物城|里, 阿勒颇|市|中心, 骆驼湾村|所|在), a transliterated name read as a person and a place side by side one name, a PER after a post (总统|拉马|福萨 → 拉马福萨, 发言人|穆贾|希德), a LOC before a list or 方向 (库拉|霍沃|方向), a chief officer's 官 read into the holder's name given to the post left untagged (首席兽医|官聂穆楚克 → 首席兽医官 + 聂穆楚克), a Mongolian village (嘎查) or township (苏木) one place with its name read in pieces or left untagged, back to a mark, function word, place or common word (科右中旗|代钦塔拉嘎 (PER)|查 → 代钦塔拉嘎查, 西拉|沐沦|苏木 → 西拉沐沦苏木; a bare 嘎查村 goes: 每个|嘎查村; a herder after it read into a person split off: 敖包图嘎查|牧民|巴特尔 → 敖包图嘎查 + 巴特尔), a compass point of one character (指责|西|方支持, 向|西|开放, 项目|西|起青岛, 承东启|西; not a state's: 召回驻|西|大使), a kind of affairs that 涉 (related to) opens (涉海|部门, 涉|黄娱乐场所; not 涉|黄河, nor the county 涉县) and a place it opens cut to the place (涉疆 → 疆, 涉藏州县 → 藏, as MSRA's 涉|台|案件) and generic words (全国, 乡村, 江河, 堰塞湖, 湖泊, 山沟, 群众, 关怀, 新建, 道路, 公里, 大中, 总支部, 供电所, 党群服务中心, 公安局, 工委, 台风, 洪水, 小镇, 古城, 贺信, 网格长, 街区, 文化街区, 日间照料中心, 全嘎查, a kind of village (蔬菜专业村, 示范村, “农家乐第一村”), a department of a body named by its kind (公司安全保卫部), 原村, 老村 (老村|医), 千村, 万村 (“千村示范、万村整治”), 兴旺, 奥运, 竞技场, 长龙, 地球家园, 顺江, 小树苗, 荔枝, 都城, 包村, 公立医院, 印发, 市场, 日程安排, 联组会, 音乐会, 国际, 火山, 铁路, 经济社会, 念兹, 念兹在兹, 应约, 任命, 道德, 中东部, 广大干部, 滑坡, 埃博拉, 广义, 中央, 上市, 大国, 福利院, 纪委, 管委会, 东风, 驻寺, 福利, 开春, 富裕, 文明村, 洪峰, 代表团, 气象局, 多国, 中央财政, 丰硕, 合龙, 祝福, 扎根, 徐徐, 四部委, 开犁, 仲春, 常委会 alone, 东西部 (of 东西部协作), 大桥, 操场, 回港, 杨梅, 贺幛, 国际化, 英雄, 才俊, 上市公司, 纪检监察, 监察委员会, 文明, 村镇, 京剧, 昆曲, 才华, 天南海北, 天南地北, 花园, 眼科, 神经内科, 立春 and the other solar terms, 朱鹮, 胡同, 娱乐场所, 冰川, 郡县, 深度贫困, 华章, 美德, 英勇, 修复, 匝道, 记者会, 大会, 领导小组, 广大, 伟大, 重大, 贫困, 茂盛, 不再, 新高, 拱卫, 陷入僵局, bare 人民法院, 人民检察院, 人民政府, 办公厅, 专门委员会, 专委会, 汇报会, 冬奥会, 科研院所, 新闻联播 (not a bare 委员会: MSRA's 筹备委员会), bare kinds of body and a field (工商局, 通讯社, 宾馆, 各国, 黑社会, 人文社会科学), bare kinds of place, common nouns and verbs (机场, 港口, 公路, 陵园, 工业园区, 沥青, 国庆, 衰退, 审议, 粮食安全), words of speeches and features (坚强, 红色, 五湖四海, 丰碑, 掌舵, 伟大胜利, 嘉年华, 马克思主义 read whole; 齐聚, 查明, 蓬勃, 立德, 修德), money (卢布, 资金), languages (藏文, 维吾尔文), and 平安 and the sun as places (平安|中国, 太阳|能), also where a name's completion makes one: 广大干|部; also after a verb: 帮助|供电所), spans inside a policy term, a project or an observance, also across two side by side (美丽|乡村, 绿水青山, 文明村镇, 南水|北调, 宜居|宜业和美乡村, 宜居城市, 世界水日|中国水周), or inside a noun jieba's dictionary tags as a name (五星红旗, 面向|五星|红旗, 吉祥物, 宝贵财富, 黄金档) or inside 中央财政 (中央财|政) or the national plan 国民经济和社会发展计划 (国民经济和社会|发展计划) or the women's title of honour (全国三八红旗手) or the evening news programme or a commemorative meeting (新闻联|播, 纪念大|会) or a protected species (湟鱼, 中华鲟, 大熊|猫; not 东北虎, whose place MSRA tags; a place read on into one cut before it: 钦州三娘湾|中华|白海豚) or square dancing (广场|舞; where a name is tagged again at its other mentions, too) or prosperity (中国繁|荣昌盛) or a video call across the ocean (|越洋视|频通话) or the state's honours (向|国家勋章|和国家荣誉称号获得者) or peace and tranquillity (和平|安宁) or everywhere (|大江|南北) or the planks of the Xinjiang policy (富民|兴疆, 文化|润疆) or Brexit (“脱|欧|”协议) or shared beauty (|美美|与共), or inside a 《》 title short of the whole title (《浙江省…条例》), or a document's whole title (《军事情报保护协定》), or a person or place that is the whole title of a work the text names as one (电视剧《青山是故乡》, 动画电影《姜子牙》, 《黄河》钢琴协奏曲; not a newspaper: 《人民日报》), or a sector's members of a congress or their joint session read as an ORG (科技界委员联组会, 环境资源界委员), or the whole quoted name of a ship, aircraft, weapon or system, or of a law, read as a person or place (“库兹涅佐夫”号, “萨德”反导系统, “赫尔姆斯-伯顿法”), a people's name read as a place (毛南族, 独龙族; not 土家族|乡) or as a person before its 族 (傈僳|族) or with it (陈武（|壮族|）), or one of China's peoples read as a place before its 族 (维吾尔|族群众), Muslims read as a person (穆斯林), bodies named by their level alone (县委, 县水利局, or by their kind alone: 基层|人大, 各级|纪委监委, several levels at once: 省区市纪委; the commissions named together: 省纪委监委, also cut short and read as a place: 市|农业农村局, or cut off a level word standing alone: 、县|气象局; before a post such a committee, or a bare 居委会, 组织部, 办事处, 村务监督委员会, a level government or a Youth League committee, put into it: 县委|副书记, 县人大常委会|主任, 居委会|主任, 市政府|秘书长, 团县委|书记, a level word read alone: 区|政协主席; a civil-service rank: 一级|巡视员; the state before its head: 国家|主席; a bare 自治区 before its party organ: 自治区|党委书记; the state before its head also where the tagger read 国 alone: 国|家|主席 → 国家主席; a bare 管委会 or a department's kind read as the body: 管委会|主任, 宣传|部长; a state's ministry or a place's bureau by its kind, whose 部 or 局 the post shares: 伊朗外交|部长 → 伊朗 + 外交部长, 北川民政|局长 → 北川 + 民政局长, also the kind alone: 国务委员兼|外交|部长 → 外交部长, a former one's 前 left out: 法国|前|文化部长; a State Grid supply area: 台区|经理; but a bare 村, 镇, 社区 or 嘎查 before a party organ or a residents' committee left out: 村|党支部书记, 社区|居委会主任), verbs of taking a post read as posts (陈岗|调任|县委书记), roles read as posts (记者, 通讯员, 市领导, 主持, 网格员, 消防员, 客商代表, 民宿业主, 养殖户; occupations ending in 家, 老师, 演员 or 人员: 科学家, 专家, 特教老师, 护理人员; 驾驶员; 民警, 医生, 护士; 选手, 官员, 博士, 主人, 内科医生, 时政评论员; 保安, 门卫, 主犯, 从犯; a group's 成员, not 党组成员; 助手, 支持者, 专家学者, 责任人, 大学生, 研究生, 军官, 士兵 and kin: 丈夫, 妻子, 侄子, 儿子, 宝宝; 法定代表人, 实际控制人, 得主, 小将, 特警, 领导干部; the modifiers 下任 and 新任 alone; verbs, wishes, an order and a plan: 制裁, 维持, 指导, 健康长寿, 主席令, 总统战略, 官员磋商; ending in 民警, 交警 or 官员: 公安民警, 高级官员; or in 负责人 or 学生, however qualified: 中央负责人, 相关负责人, 高三学生), posts with no person in their clause (组织专家; a name before a comma and 生前系, 现任 or 是 is in it: 孙丽美，生前系…党支部书记, 李爽，是…党委书记; one before a list opened by 的有 is not: 陪同普京访华的有|外交部部长) or beside no person (one space apart in a caption is beside: 司长 彭齐鸣：), body or other post (作|动员|讲话), 代表 between a person and a body, where it is the verb (on behalf of: 巴特尔|代表|全国政协; also read as a body before the merge: 胡朝晖|代表|区委常委会), or stopping inside a word with none after them (河长|制), a measure word said twice read as a person (一|张张日程表), residents named by an honorific or a nickname (刘大伯, 阿婆, 林阿公, 老林 read whole, a doctor: 陈大夫, also cut inside it: 沈阿|姨; 小|周正|在) and people by surname and post (张书记, also cut inside it: 张书|记), a typhoon's, hurricane's, storm's or cyclone's quoted name (台风“桃芝”, “杜苏芮”台风, 飓风“马修”, 超级风暴“桑迪”; also quoted again without the word: “威马逊”来临), 北约 that is 以北 and 约 before a distance (巴格达以北约20公里), an event's name read as a body or place (北京冬奥会, 中非合作论坛峰会, 第135届广交会: a fair, games, summit or annual meeting), a spacecraft, rocket or satellite of China's space programme or its crew (神舟十八号, 神舟十五号航天员乘组, 嫦娥六号, 祝融号, 北斗卫星; 长征 and 北斗 only with a number or a craft's word: products), a document number's issuer code (国办发|〔1996〕25号; not 民航总局〔2006〕80号), names inside a quoted programme (“青年留杭第一区”打造目标, “枫桥经验”; also a quoted name ending with its year: “中国制造2025”, “和平使命―2013”) and an ORG stopping inside a word (新能源汽|车) or whose ending begins a common word (研究部|署, 南方局|地, 经济社|会, an agreement: 自由贸易协|定, 达成协|议; a place before it kept: 内蒙古|部署, 天津市|经济社|会发展; and a body before 部分, some of it: 国际足联部|分官员 → 国际足联; not 组织部|分管) or that holds 研究部署 dropped, and a place or body stopping inside a common word of jieba's whose piece in it is no word and ends like no name cut back to the longest place or name before the word (意大利|工会组|织, 中国|钢铁行|业, 中国志愿服务联合会|第二届会员代表大|会) or dropped (海洋环境保|护法, 尾矿煤矸|石), and so one of three characters or more whose last character alone opens such a word (西安|南门文化广|场, 柏林|总|统府; dropped: 夏粮丰|收, 中蒙命|运; given the rest of a word that ends names: 平陆运|河, 丰田汽|车; before 革命老区 the place: 太行|革|命老区 → 太行; not a name's ending, a doubled character or a word of jieba's: 栋梁河|边, 新闻组|组长, 亚投行|将; one of two characters cut to the state it opens with, 乌|空军 → 乌, or a place of two dropped, 红芝|麻, not two sides: 中拉|关系); "
        "a level committee's standing member (省委常委) and a member of a party organ (小南海镇|党委委员, also cut at the organ: 党组|成员, or read into the body: …监督局党组|成员, also a government's or a political consultative conference's, with a former post's 原 left out: 四川省政协原党组|成员 → 四川省政协 + 党组成员) read as posts; a grid named by its place a LOC (龙泉|电网), a quoted service venue read as a place an ORG (“红色议事厅”), and so a care or service venue named with its place (椒江区颐养中心); an area word or a river's state cut off a place (浦阳江|流域, 长潭水库|大坝, 漳县|交界, 汉江|洪峰, 东兴口岸|片区, 长三角|区域, 湖南|东部; also its first character: 长江上|游, 湖南东|部, or two: 辽宁中东|部; a part of the country read without its 部 dropped: 我国|中东|部地区, not 东北|部分地区), a county seat's 城 off its county (泸定县|城), a dateline's 电 off a news agency (新华社|电), a count of people, households or bodies off a place (河南|158名县市, 悬崖村|282户), a time word off a place or body (国家发展改革委|近日), a date in digits off a person or post (赵厚麟|2014年), a person given the 娃 that ends Russian women's and Mongolian names (发言人|扎哈罗|娃, 乌云高|娃; not 娃娃), a town's or subdistrict's place before its government or office left untagged the government (汉昌街道|办事处 → 汉昌街道办事处 ORG), a place read short of its lake's or mountain's last character jieba reads with it given it (千岛|湖水 → 千岛湖, 青城|山 → 青城山), a post given the 驻村 left untagged before it (脚猛村|驻村|第一书记 → 驻村第一书记) or read into the village (嘎旦村驻村 → 嘎旦村), a head's post read as a body typed a post (冲口村|第一书记 (ORG) → TITLE), a member's portfolio left untagged before 委员 given to the post (党委委员、|宣传|委员 → 宣传委员), an untagged name of a bracketed byline a person ((记者 |方明| 通讯员 吴国强)), an untagged name of a common surname between a post and a clause mark its holder (副主任|应立标|，; not 总书记|曾指出, 副总经理|方总), 向 or 从 read into a transliterated place cut off (|向纳卡|地区 → 纳卡, 从顿涅茨克 → 顿涅茨克), a place read on into the 乡村 of 乡村振兴 cut back to its unit or dropped (滕头村|乡村|振兴展示馆 → 滕头村, 还|就乡村|振兴战略), a place before the untagged rest of a cooperative's name the cooperative (老庄村|富民专业合作社 → one ORG; not 石堰村|引进荔枝专业合作社, 梨树县|大力发展农机专业合作社), a verb off a body's end (国家旅游局|监测, 新疆天业集团|自主; not 分行, 运动; also late or short: 财政部|发行, 欧盟|不会, 安理会|递信), a government's level word off the party committee before it (天津市委市|政府), a rank's level word off a place (贵阳|县处级), a predicate's first character off a place or body (国家出|台, 国务院委|托; not 组|织), a verb of taking a post off the body after it (调任|县委), an appointment's 为 off the body after it or the person before it (任命孙绍骋|为退役军人事务部, 任命傅政华为|司法部部长), an adverb of one character jieba reads alone off the end of a body before a verb (国家发展改革委|共|审批; not 捷摩共|主席), a determiner that opens a word of jieba's cut off the end of a place or body (公安局|部分|民警, 武警|广大|官兵, 湖南|广大|干部群众, 防暴队|全体|队员), a date or a flood's number off a place, river or body (洱源县|6号, 黄河|1号|洪峰; also a state's body, whatever its ending: 南非警方|17号, and a day whose 号 or 日 the span left out: 联合国安理会|4|号; not a street's number: 孱陵大道86号, nor a ship's: 南丫4号), a piece of work off a body, the place before it left (淮河|防汛, 东北华北|抗旱, 湖南|种粮, 救灾资金 dropped), a person's role off a body, the body or the place it opens with left (河南农业大学农学院|2011级硕士研究生, 安徽省蚌埠市龙子湖区|机关干部, 巴士司机 dropped), a preposition or conjunction off a place or body (…发射中心|用, 思明区|将), what follows 一名 off a place (盱眙县|一名社区书记), and the count off an elided list's last place (桃林、安坝|两村, 湖南古丈|三省五县; a count alone, 三省五县, dropped), a place read across 的, 同, 与 or 和 or an area word split into the two (和田地区|的|色格孜库勒乡欧尔奴什村, 加德满都|同|尼泊尔, two units of one level: 吉隆镇|和|樟木镇, not 南岗区和兴路街道, 长江|流域|四川; a generic word after the area word goes: 滇藏|交界深山), and a place or body read across 与, 和 or 及 into the two bodies or body and place it joins (中央广播电视总台|与|广东省, 黑龙江|与|农业农村部, 国家发展改革委|和|国家能源局; also a whole company, society, press or the like and any body after it: 五芳斋公司|和|雅莹服装公司, 中国宪法学研究会|和|检察出版社; two national or international bodies also where jieba reads the joiner into a word: 联合国|和世卫|组织; not a body named so: 工业和信息化部, 欧洲和外交部); "
        "a LOC or ORG run from a place into a predicate cut there (余杭区|大力, 拱墅区|出台, 宁夏|加大, 善厚镇|接连, 光明村|地处|秦巴山区, 福建|登陆; an ORG also from a province's chain of places: 四川德阳|组织), a place or body ending with a whole verb or adverb word of jieba's (or a place with the adjective 新 or 大 opening the next word: 埃及新|宪法, 中华大|地) after a place the text tags elsewhere, a state, a province or a place word cut to the place, a LOC (柬埔寨特别|是, 中俄都|处于, 海南建|省; an ORG only at an adverb, a one-character verb or a predicate's opener: not 北京联想, 德国奔驰; not before 的 or 、: 四川大足的, 河北保定、; not a body's or route's word: 香港分行, 中欧班列东通道), a body into a verb that ends the span (国务院|委托, 黄河防总|启动) or through 委托 into the body it entrusts split in two (国务院|委托|审计署), a central body into the verb after it (党中央团|结, 中共中央委|托), a place or body into its residents (香港|市民, 卡塔尔|民众, also where it took 市 of 市民: 武汉市|民 → 武汉) or a place into the common noun it modifies (杭州|城市, 俄罗斯|国旗, 中华人民共和国|国徽, 加沙|平民, 埃及|法律; also where a late merge or completion ran it there: 河北 + 广大干|部); two states named by a character each, one China's, before 两国 a LOC (军乐团奏俄中|两国国歌), a place that took the 地 of 地区 read without it (顿涅茨克地|区 → 顿涅茨克, 中东地|区) but for a prefecture of China, read whole (阿勒泰地|区 → 阿勒泰地区), a place or body whose last character opens the word after it cut there where the rest is a country, province, place of jieba's or unique body (湖南警|方, 北约盟|友, 爱琴海海|域; not a name's ending character: 沈阳市|区, 斯洛伐克队|员, 浙西南|山区), a place or body ending on no name's ending inside a word jieba reads on past it completed where the word is 组织 or a unit of three characters or more (国际民航组|织, 北京市大兴|区; not 地区 or 人), two spans side by side that spell a state's name joined into it, a LOC (中华 (ORG)|人民共和国), a place or body that is two states' names side by side parted into the two, LOCs (秘鲁委内瑞拉 (ORG)|宣布 → 秘鲁 + 委内瑞拉; two teams stay bodies: 中国印尼|两队), a span stopping inside a state's name the text writes whole completed to the state, a LOC (俄罗|斯, 以色|列国防军, 阿拉伯联合酋长|国; not a state's name already: 刚果|（金）), and one opening inside a state's bracketed name parted into the state and the rest (赴刚果（|金）维和部队 → 刚果（金） + 维和部队), a place read on into the 多 of 多地 cut there (乌克兰多|地; not 多伦多|地铁), a department read up to the 部 of 部门 given its 门 (国务院药品监督管理部|门, 伦敦消防部|门), a body named by its place completed where the word is a department's of three characters or more (内蒙古自治区体育|局, 公安|厅), and cut before the word where what is before it ends like a unit or body (伊朗外交部发言|人, 香港国际机场陆|路, 贵州省经济|社会 → 贵州省, LOC; not a congress or Party organ opening a post: 江苏省人大|代表, 国家税务总局党组|书记), the post right after taking the piece (师寨镇副|镇长 → 师寨镇 + 副镇长), or to the unique body it opens with (世卫组织关|系), and an ORG of common words only before such a word dropped (经济发|展, 人民监|督, 我国进|行) but where the word ends it like a body (古共中|央), a place, body or person that is only the opening of one word jieba reads on past it, itself no word, grown to the word where that is a unit's or body's name or a transliteration (香港特|别行政区, 黎巴嫩真|主党, 武警部|队, 纳坦|兹), cut to the state, province or place it opens with where the rest of the word is a word of its own (俄罗斯|卢布, 中德|关系), and dropped where the word is a common one (众志|成城, 外交人|员; not a cup named after a person, 尤伯|杯, nor 亚特兰大奥|运会), a body stopping one or two characters inside an organization's name of jieba's completed (中国人民政治协商会|议, 央视|网; not 武警|部队, 政治局|常委), a place or body stopping one or two characters inside the word for its venue completed (西安火车|站, 天山国际机|场, 约旦大使|馆; not a website: 官方|网站) and the common-noun head of a venue word alone dropped (前往|殡仪|馆, 三星堆|博物|馆), a place that stops inside its people's government, court or hospital made that body (南浔区人民|政府 → 南浔区人民政府, ORG), a leading or working group started inside a word given its name back to the mark before it (、中央党的建设工|作领导小组, 、第24届冬|奥会工作领导小组), a name cut inside its own ending completed (服务中|心, 活动领导|小组, 街道办事|处, 湖北省人民|政府, 海关总|署, 中国共产|党, 河南代表|团, 中央气象|台, 国务院新闻|办, 国新|办, 党中|央, 国家发展改革|委, 国家防|总, 阳光水岸小|区, 三官寺土家族|乡, 粤港澳大湾|区 (also before 区内, jieba's word: 粤港澳大湾|区内地九市), 霍尔果斯|铁路口岸, 沈海高|速, 浙江余姚施岙遗|址, 河南自贸|区; not where the rest opens a word that runs on: 北大|学子, 中国作协|会员), a body cut back from a verb opening with its ending (应急管理部|会同, 发展改革委|会同), an ORG stopping right before its whole body word given it (农机服务专业|合作社, 国家发展|改革委), a polder its 联圩 or 垸 (乐丰|联圩), a reservoir its 水库 (四明山|水库), a ministry its 农村部 (农业|农村部), a bank its 银行 (人民|银行), a range its 山脉 (罗霄山|脉), a place one character short of a dictionary place word given it (日喀|则; up to three where the piece is no word at all: 乌鲁|木齐, or where the rest is none and no generic word's: 喜马拉|雅山脉, 密西西|比河; not 华北|大平原; not a currency or games jieba tags as a place: 德国马|克, 巴塞罗那奥|运会), a place its village's or township's unit where jieba reads the unit alone (江桥|村村民, 独龙江|乡6个行政村; not 浙江|乡村, 苗族|村民, 郧西县|村干部), and a chain of places cut inside its last name (方山乡龙|现村, 安吉县黄杜|村农民) or before the river, lake or valley it ends with (平远县|柚树河); "
        "a committee joining two fields with 和 read as two ORGs made one (全国人大宪法|和|法律委员会; not 新闻出版署和国家版权局); a national or international body read in pieces made whole where the text reads its name (人力资源|和|社会保障部, 人力|资源社会保障部, 中央广播电视|总台, 上海合作|组织, 国际原子能|机构, also from a place read as its head: 上海|合作组织, 巴勒斯坦伊斯兰|抵抗运动: lists of national and international bodies, and of companies named without a body word: 华为, 京东方, 波音, 中国石油, 中国石化, and of groups abroad: 哈马斯, 塔利班, 真主党, 黎真主党); a name cut short where the text names it whole elsewhere completed as far as the text reads it (仓|前街道, 颐|乐园养老院, grown to the right also after a word: 就是企沙|镇, 俄罗 beside 俄罗斯, 乌干 beside 乌干达, 攀枝 beside 攀枝花 (a word jieba tags otherwise); also one stopping inside a word of a name the text tags, run on to its end: 甘肃酒泉永|久村 beside 永久村, or inside a word of a name the text tags twice or more, whatever its ending: 中兴通|讯 beside 中兴通讯, or short of a natural feature's name the text tags twice or more: 筼筜|湖, 平陆|运河 (not one read with a preposition: 经|曼德海峡); a person only whole: 阙|小敏; also a place read inside a person's name: 何|德兴; also one opening inside the name, given its start where it opens inside a word of jieba's or after up to three transliteration characters: 马克|思主义学院 beside 马克思主义学院, 杰|巴利耶难民营 beside 杰巴利耶, or after up to two characters of an administrative unit of four or more the text names as a place, alone or at a chain's end: 三官|洞林区林业站 beside 三官洞林区, 甲|拉西乡 beside 新龙县甲拉西乡; not 美丽|中国; and a person named once that opens a place the text tags, where it reads the place whole: 伊基|克), and a person that is the short name of a place named in full typed a place (瓜沥 beside 瓜沥镇, 库布其 beside 库布其沙漠: a desert, grassland, wetland, forest farm or range too; also a transliteration of four characters or more: 提克里特 beside 提克里特市), a name tagged two of LOC, ORG, PER "
        "in one text given its majority type (on a tie between a person and a place or body, the person where the name reads as one: 田荣华, 欧阳伟, or where a post stands right before a mention of it as a person: 埃及总统|塞西 … 塞西 (LOC)|表示, which also outvotes a majority of places or bodies where the name ends like no unit or body: 美国总统|奥巴马 … 奥巴马 (ORG)|呼吁; a compound surname read as a place completed to the person the text tags: 欧阳|伟, and so a piece of a name the text tags a person more often than a place, or as often where it reads as a person: 门|盛庆, 刘昌|法; a place or body that is the last part of a person's full name the text tags the person, with the first part before the dot where it is one: 德索萨 beside 马塞洛·雷贝洛·德索萨, 古兰拜尔|·|茹仙; not 华盛顿 beside 乔治·华盛顿), and tagged where the text mentions it again untagged (three characters or more as whole words, or a two-character place as one word, or a two-character person right before a post: 我和|普京|总统, or one of a frequent surname that is no word of jieba's, ending a word before a mark or a word of two characters or more: 在|张劼|心中; not 丁香, 钱七|虎; never inside a 《》 title; also a tagged city's or county's short name: 天水 beside 甘肃省天水市, and a unit of a tagged chain named alone: 下党乡 beside 福建省寿宁县下党乡 (also after a preposition jieba reads into it: 在外|纳镇 beside 武都区外纳镇), also after a province named without 省: 两当县 beside 甘肃两当县, and with its unit after a county named short after its province: 景谷县 beside 云南景谷 (not a common noun's short name: 广西资源县), not a 区; not inside a quotation or before 站, 路, 社区 …); a person the tagger never tagged whom the text names three times or more, three characters after a frequent surname as whole words, two of the mentions opening a clause or after a post or role, tagged at every mention (…旅长的林上斗，…林上斗很痛心, 村支书|麻妹英; not a surname and a role or noun: 吴师傅, 张照片, nor inside a quotation: “三严三实”); a resident's name left untagged right after the resident word, two or three characters after a frequent surname up to a mark, 家, 说 or 的, a PER (茶农|石国平|家有, 村民|朱西存|、; not a surname and an honorific or kin word: 村民王大娘, 村民何伯, nor a word opening there: 群众|陆续返家); a place, body or person run one character into the next word cut back (华容县|统筹, 汶川|特大, 嵊州市|山多地少, 陕西省|新登记, 上海虹桥|火车站, 吴晓东|汇报, 澳角村|村集体, 长江江|心, 克拉伦斯河河|边, 黑龙江省新|农村; also a place jieba reads into a common word with what follows: 中国国|歌, 神州大|地, 英国首|相; not 亚特兰大奥|运会, 中国京|剧, MSRA's places, nor 南疆铁路; grown instead where the rest is a place: 福建厦|门 → 福建厦门), a five-character person two (张俊峰|超标准, 尹计平|东奔西走), a dictionary name read into the first character of the word after it, the two one dictionary word, cut back (马克思主|义, 毛泽东思|想; not 马克思列宁|主义), a person read on into 在 and a place or, with four characters, into an adverb cut there (黄强|在长春, 王彤|非常), and one read into the 致 of a message sent (马克龙|致慰问电), and one read into 为 and part of the word after it (庄仕华|为牧|民们), or a long one into a preposition and its object (施芝鸿|对十八大), a transliterated one into a one-character word after it (哈勒吉|时, 萨金塔耶夫|偕, 阿巴斯|不, 里贝罗|各), and one read into the 违 of 违规 (廖晖|违规), a four-character name ending in an adverb or preposition cut (何立新|正, 丁仲礼|向), and one of four or five ending in an adverb word (汪洋|充分, 李兵昌|故意), or, of three or four, in a speaker's 作 (翁杰明|作关于…的报告, 王晨|作的关于…的报告, 王晨|作的有关…的汇报, 章轲|作了说明, 吴政隆|作交流发言, 徐立新|作部署), a preposition, or the last character of the word before or the first of the word after, or a character jieba reads as a word of its own and no surname, read into a person cut off where the text names the person without it (向|赖淑芳, 应|胡锦涛, 但|亚努科维奇, 悟透|习近平, 调研中|王沪宁, 感谢|洛伊特哈德, 触动了|娜布琴, 赵彪|成为, 聂开|刚当选, 习近平|新时代, the person's home: 马俊|家, 蒋乙嘉|定下: four characters after a common surname; up to four characters where a verb, preposition or adverb of jieba's opens there: 曲青山|作宣, 李屹|为文化, 姜伟|做; not 刘奇|葆 or 习近平|和本扬; also a two-character word after the name or before it: 刘先伟|明白, 习近平|同志, 关怀|李佳莉, or two opening a longer word: 徐淙祥|高中毕业), a person the text names and the verb after it split out of a place read across them (李昌银|帮助|三板村), or a place that is the name and one word after it, or the first character of the next word, the person (解良|来, 刘云山|仔细), a person stopping inside the last part of a Tibetan name given its last character (次仁平|措, 达娃平|措), a person stopping inside a name of jieba's dictionary given the rest of it, one or two characters (安倍晋|三, 特朗|普, 邓稼|先; not 邓小平|理论, 殷切希|望, 伯顿|法), a two-character person given the third character it left out before punctuation, 的 or 是 (何祥|美，, 杨成|业是; also right after the post it holds or a resident word, before a verb, preposition, adverb or time word of jieba's or 说, 带, 到, 在, 对, 向, 为, 与: 副主任委员王鸿|举作的, 队长楼建|军带着, 部长黄坤|明在座谈会上, 副部长詹成|付日前, 政委何忠|友参加, 村民陈积|武说, 农民任玉|增去年, or a day of the month: 委员长栗战|书9日, with the name's other mentions so cut; not 张军|则透露, 马涛|借举办, 陈彪|因对, 杨斌|拿起, also one jieba reads as a word with the name's last character: 陈全|国、, 丁世|兄，; not 刘宇|摄, 屈原|杯, 王晨|作的; 和 only right before a mark or, after the post the person holds, a verb of a talk or meeting: 魏凤|和、, 常务主席罗富|和主持; or the character after every one of its three or more mentions where it opens no word: 韦昌|进, 蔡福|想, or after all of two or more mentions in the text, tagged or not: 黄循|财, 钱七|虎, and a name of no common surname: 香九|妹, 斯蒂芬|金, also once more at the end: 尼玛石|曲; not 韩正|等, 莫迪|致, 赵明|之, 汤尤|杯, 陆磊|表示), and a given name read alone its common surname after a role or a mark (返乡创业青年|何|俊杰; not 和|家宝, 防卫相|稻田), a person that is two people the text names apart, or two joined by 和, or a name and a preposition before a person the text names, or two the text names and a verb of up to three characters between, split (王沪宁|蔡奇, 周坚红|和|梁春荣, 贝德高|向|李克强, 梁英|建议|王定福; not a transliterated name at its dot, nor at a space by it: 菲德尔·卡斯特罗, 菲德尔 ·卡斯特罗), a person read on into the words around a name the text tags as a person elsewhere cut back to the name, where the words cut off are whole words of jieba's it counts often or a preposition or verb of one character (祝贺|瑟利夫, 老红军|杨思禄, 赵乐际|充分肯定, 侯杰|做; not 祝|小龙, 约翰·|博尔顿), and a person tagged in part read whole where the text tags the whole name elsewhere and reads it there (同卢|卡申科 → 卢卡申科, 呼日勒 (LOC)|苏赫 → 呼日勒苏赫), a state or city and its post read with the holder as one person split out (阿布扎比|王储|穆罕默德), and a post word read alone as a person a post (穆克林的|王储|和第一副首相职务), a news caption's speaker after his post and a space before a colon a person (商务部部长 高虎城 (LOC)：), the names of a roster, one member a line before the body and post, tagged as persons where the text holds two such lines or more (组 长：韩 正  国务院副总理, 戴|东昌 (ORG)  交通运输部副部长, 宁吉|喆, 黄 卫), a name in a list of people read as a place or cut before a place's abbreviation a person (石泰峰、|刘国中|、张国清, 刘国|中; also the last before 出席会议: 何维、|武维华, or before 和: 芦艾林、|范先红|和), and one left untagged there a person where it opens with a common surname and is no word or place of jieba's (王沪宁、|栗战书|、杨洁篪等, 刘延东、|栗战书|和有关方面; a post read inside it goes: 栗|战书 (TITLE)), a place or body left untagged between two of one type in a list of them tagged with their type (太浦河、|元荡|、汾湖, 财经委、|外事委|、社会委; not a generic word, a post or a role), a two-character person that runs into a word, or is a common word of jieba's of its own, after a post whose holder is named before it dropped (习近平总书记|曾来|到, 习近平主席|洞察|全球形势; also three characters, a function word and such a word: 总书记|向全国|宗教界人士), a person that opens with a preposition, conjunction, verb, adjective or adverb jieba reads there and runs into the next word, or is a preposition or conjunction or a verb, adjective or adverb jieba counts more than 1,200 times (对习近平总书记、国家主席|成功|访越, 阮富仲总书记是|坚定|的), dropped (总书记|关于宗|教, 总书记|关于|西藏), and so is the head of a set phrase jieba reads as one word past the person where it opens with such a word counted 100 times or more (受到|严肃|处理 as 严肃处理, 努力|提高, 重大意|义); a post read on into the verb after it cut there (王晨副委员长|主持会议, 书记|主持, 首任总统|颁授), a post's charge or 任 (serves as) cut off its start (县水利局分管|副局长, 中央财办分管日常工作的|副主任, 谌贻琴任|组长), or into a preposition, conjunction, time word, a verb of one character ending it or 领导/委托/职务 (总书记|领导下, 国家主席|先后同, 委员长|和, also where jieba reads the joiner into the next name's word: 主席|和普京总统, 副主任|兼, 董事长|职务, also jieba's one word 部长职务) or an adverb that opens no post (主席|将在, 主席|分别同; not 主席特别代表), and 主持 with what is chaired, 出席, 委托, 分管, a few other verbs (默克尔|连任, 张国春|追记|一等功, 圭方|支持|习近平主席, 普京还|提议|梅德韦杰夫), a spouse word (武契奇|夫妇) or a discipline committee (湖北省|纪委|给予处分), no post (陈希|主持会议, 汪洋|出席|专题协商会, 并|委托|王晨副委员长), and no post either where it names the holders as a kind: before the meeting they hold, with no person right before (二十国集团|领导人|峰会, 中塞|总理|会谈; not 同桑切斯|首相|会谈), or 党和国家|领导人 before the leaders' names; a dictionary place between 在 and 召开/举行 left untagged tagged a LOC (在|杭州|召开), a pilot free trade zone named with its province in brackets one LOC in place of the pieces read inside it (中国 + 湖南|自贸试验区 → 中国（湖南）自贸试验区; not inside a 《》 title), and so one or a free trade port named by its province alone (海南|自由贸易港, 浙江|自贸区, 上海自贸|试验区; not 亚太自贸区, an agreement; and a lone 港 read inside a free trade port named by no province dropped: 中国特色自由贸易|港), a body's name holding a place in brackets, read as two spans split inside the brackets, one ORG (中科光电|(|长春)股份有限公司, 中国石油大学（|北京|）), a national or international body of four characters or more read with a person or place inside it read whole, an ORG in place of the pieces (国家大|呼拉尔 (PER)|主席, 中非 (LOC)|合作论坛, 文化 (PER)|和旅游部), a national or international body left untagged tagged an ORG (and a post left untagged after it, or after a state tagged so, read as after any body: 世卫组织|总干事|谭德塞) where it is whole words that touch no span but its post, or ends where its post starts (记者从|水利部|了解到, 国家防总|今天发布, 农业农村部|部长, 上合组织|成员国, 住房和城乡建设部|党组书记; not 水利部|门, an event named after it: 上合组织|峰会, a document's number it opens: 国办|函〔2004〕57号, a ministry after a place or a count of states: 美国财政部, 七国|财政部, nor inside a slogan's quotation marks or a 《》 title), a state, province, city of China's or foreign capital left untagged tagged a LOC (a city of China's only where no name reads as it and it is no common word: not 来宾, 大庆, 安康; a capital not where jieba may read it as a word: 里加, 马累) where it is a whole word that touches no span before a mark, 的, a joiner or a common verb, or before a state's post (also where jieba reads the two as one word: 英国首相), or before anything but a body, event or programme it names (土耳其|拥有, 在|福建|投产, 山西、|山东, 也门|总统|哈迪, 对|也门|人道主义局势, 造成|江西|多地干旱; and a state listed right after a tagged place across 和, 与, 及 or 、 whatever words jieba reads there: 中国和|越南|移管, jieba's 越|南移; not 中国国际消费品博览会, 健康中国战略, 北京时间, 山东舰, 吉林一号; not before a rare verb of jieba's that is a county: 湖北|建始, nor where the clause goes on to a body it opens: 也门改革集团, nor in a clause of sport), a village, township, town, county, street or community left untagged whose two-character name jieba knows as no word (or as a rare one, counted 20 times or fewer: 油房村, 板升乡), where the text names it twice or after 在, 来到 or the like, or after a place of a higher level (来到|化屋村, 在|峰源乡, 日本|新潟县, 疏附县，|站敏乡; not a verb and a character: 去喊|村医, 仙居县|共设县), or whose name the text gives another unit (许厝村 … 改造为|许厝社区), a LOC, a Japanese name right after a Japanese post in a text that names Japan, a listed family name and a given name of two characters, or three ending in 郎 or 夫, or one before a longer word, a PER in place of the pieces read inside it, with its post a TITLE (首相|高市早苗, 党首 + 首枝野幸男 → 党首 + 枝野幸男, 总务 (TITLE)|大臣新藤义孝 → 总务大臣 + 新藤义孝, 经济|产业|大臣 → 经济产业大臣, 委员长|浜田靖一, 稻田|朋美, 石破茂|今天), a foreign city read as an ORG, alone or after its country, a LOC, but in a text that speaks of sport or football betting (飞抵|俄罗斯符拉迪沃斯托克, 在|伊斯兰堡|会见; not 火线博胆：…|罗马|获威廉希尔力挺), a world leader's name world news writes often read as a place or body a PER (与|塞西|进行单独会晤, 同|哈桑纳尔|举行会谈), a state's side, its abbreviation and 方, read as one span of any type the abbreviation, a LOC, where it abbreviates a state or the text names a state that opens with it (中方愿同|蒙方|深化合作, 巴罗表示，|冈方|感谢; not 北方, 双方, nor the written labels' person 曲方; also read on into the verb or adverb after it: 马方|愿, 俄方|会; not a body of the side: 法方赞助委员会; and an abbreviation read on into 经济社会: 支持|马|经济社会|发展), and so one left untagged where jieba reads the two as a word or 方 alone (|塞|方愿同中方; not 以|方便), a state's one-character abbreviation right before its head's or minister's post, read as a person or left untagged, a LOC, or read into the post, parted from it (乌 (PER)|总统|泽连斯基, 匈|外长, 俄总统 (TITLE)|普京 → 俄 + 总统; not the preposition 以 or the postposition 中 after a word: 首次以|副总统身份, 谈话中|总理; a surname's only before a foreign post: not 韩|总理), and a local post of the written labels left untagged between a place and its holder a TITLE (月亮桥村|护林员|章德富; also with its field between: 沙溪村|地质灾害|监测员|雷水根), a post left untagged right after its place or body (or its 原: a former post; also a member of its party organ: 河北省人大常委会原|党组成员|、副主任宋太平; also a state's post: 英国|首相|卡梅伦, 沙特|国王|萨勒曼, 伊朗|最高领袖, 日本|防卫大臣|森本敏) a TITLE where it gives a person of its clause a post, also one the text gave the person before (美国总统特朗普 … 美国|总统|特朗普14日), and its holder a PER where jieba reads a name of a common surname right after it (a post word there joins the post and is no holder: 日本|首相顾问|饭岛勋), or after a state's post a name its dictionary lists (邹文斌是崇仁县塘坪村|党支部书记, 工业和信息化部|部长|苗圩, 日本|首相|安倍晋三, 全国人大环境与资源保护委员会|主任委员|高虎城), and a leader's name left untagged where it opens a clause before a leader's post and a verb of chairing, attending or speaking a PER, with the given name a post took given back (。|栗战书|委员长主持会议, 栗|战书委员长 → 栗战书 + 委员长), or after the post, tagged where it was not, a PER of three characters that reads as surname and given name (主席团常务主席|栗战书|主持会议, 全国人大常委会委员长|栗战书|主持会议; not 总理|周二晚|表示), and a post left untagged right after a person where the text tags it after a person elsewhere, or a leader's post (习近平|总书记|强调, 李克强|总理, 洪森|首相), or after another post and 、 where the text tags it elsewhere and the list ends or goes on (省委委员、常委、|书记|，), and a deputy's or member's post left untagged right before a person where nothing of a name stands before it (全国人大代表|赵振香 → 全国人大 + 代表, 全国政协委员; a level's or the bare 人大 or 政协 in the post: 县人大代表, 人大代表, also where the tagger read the bare one as the body: 人大代|表; after a party congress only 代表: 十九大|代表), a state or province and the body left untagged between it and a post one ORG (伊朗|原子能组织|发言人, 美国|疾控中心|主任; not a government or an indefinite body: 北京|一大型银行|交易员), a spokesperson's post left untagged right before a person tagged, with a 新闻 read alone as the post (联合国人道主义事务协调厅|发言人|延斯·莱克, 俄罗斯外交部|新闻 (TITLE)|发言人|扎哈罗娃), and so other posts of world news (叙利亚问题|特使, 欧盟外交与安全政策|高级代表, 加州|州长, 日本|法务大臣, 支持|总统|哈迪, 反对党|领袖, 原|司令员, 乌克兰武装部队|总司令, 特别|报告员; with a deputy's 副 or a grade: 原|副司令员, 一级调研员) and a UN representative's 代表 after the UN (中国常驻联合国|代表|李保东; not 李源潮|代表|习近平主席), a rank or house left untagged right before a post taken into it (墨西哥众|议长 → 众议长, 伊朗第一|副议长 → 第一副议长, 第二副|首相, and 副 after an appointing 为 or 任: 被任命为|副|王储; 众 or 参 only before a speaker's or member's post), and a head's post left untagged right before a person the tagger tagged, where it starts a word of jieba's and a bare village, community or 驻村 before it goes with it (驻村第一书记|杨再东, 村支书|吴天来, 社区书记|伍加木, a portfolio member: 镇党委委员、|组织委员|吴丽萍, and then the party member before it: 凤凰街道党工委|委员|、组织委员 → 凤凰街道 + 党工委委员, also 国务委员, a national post that names no body: 国务委员|杨洁篪; not a village's own name: 返底村|党支部书记; not a local post, a role there: 管理员|傅建华), and a head's post left untagged anywhere else in a clause where it makes a person of the clause an official, as whole words that touch no span (石顺莲是当时十八洞村的|党支部书记, 林丹担任|党支部书记, 王家元当选为村|党支部书记; not 质量管理员, 习|总书记), a committee read into its chair's post (主任委员) given back as the body, with the rest of its name before the piece up to a span or a word that names no field (宪法法|律委副主任委员 → 宪法法律委 + 副主任委员, joined to 全国人大 where it touches it; not 听取了), two pieces of one post with one or two nouns of jieba's left untagged between them and a person right after joined (俄罗斯总统|新闻|秘书|佩斯科夫 → 总统新闻秘书, also where the leader's post is left untagged after the state: 俄|总统新闻|秘书 → 俄 + 总统新闻秘书; not 原: 党委|原|书记), and an envoy's post left untagged between the place he is stationed in, after 驻, and his name (中国驻伊朗|大使|郁红阳; not an embassy: 驻美国|大使馆), with the 大 the place took given back (驻华大|使 → 华 + 大使)"
        ", and a bureau's section read into its head's post right after the body goes to the body (宝鸡市市场监督管理局|计量科科长 → …计量科 + 科长)"
        ", and a river, reservoir or polder read with its embankment or dam cut to the feature (三角联圩|大堤, 团结水库|大坝)"
        ", and an untagged national, international or company name joins the organization read right after it (上合组织|秘书处)"
        ", and a lake or river tagged once, or a valley or polder a chain of places ends with, is tagged where named again (淀山湖, 高昌区|葡萄沟 … 葡萄沟)"
)


#: How the name of an administrative unit ends (湖州市, 南浔区, 义亭镇, 仓前街道, 景腾社区), as a regex alternation.
ADMIN_UNIT_ENDINGS = "|".join(ADMIN_UNITS)


def longest_first(names: Iterable[str]) -> list[str]:
    """``names`` longest first, then in character order: the order rules try names in, the same in every run (a set's
    own order follows Python's string hashing, which changes from run to run)."""
    return sorted(names, key=lambda name: (-len(name), name))


def clean_spans(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """Tidy decoded spans the way LABELS.md reads them.

    A span is split at a comma or full stop inside it and at whitespace (two names of a byline read as one) and
    loses a quotation mark it does not close (“银发志愿服务队), and clause punctuation or a
    bracket it does not pair at its edges (记者姜葳）: :func:`strip_edge_punctuation`); a listed place
    gets back a first character or the rest of its word the tagger left out
    (、岛|石镇, 、建|德等地: :func:`listed_place_made_whole`), and a town left
    untagged inside a chain of places is part of it (龙泉市|兰巨乡|官埔垟村:
    :func:`town_inside_a_chain`; and so is a village left untagged at its end, 荣县|筲箕嘴村:
    :func:`village_after_a_chain`), and a short ORG listed between places is one
    more (石浦、高塘、鹤浦: :func:`listed_organization_as_place`); a place or body opened inside a dictionary
    place word gets the word's start (仪|陇县委: :func:`place_word_start_returned`).
    Adjacent spans of one type are one name (a chain of administrative
    units is one LOC, 党委 + 副书记 is one post), so they are merged; a
    place that runs into a body, or into its own untagged body
    (长兴县|人民政府, 丽水市|水利局), is part of the ORG (:func:`place_into_organization`); a
    place's party organ before a post goes into the post (泽雅镇|党委副书记),
    a sector body's organ comes back out of it (天河区社会组织党委|副书记), and
    the post gets back what a company or bureau ran into (供电公司运|检班班长:
    :func:`body_tail_into_post`) and loses a school read into it (小学校长: :func:`institution_out_of_post`); an
    ORG that is only a place name is a LOC; an
    ORG run across a joint action (A局联合B公司) is cut in two, a standing
    member is split out of a committee (台州市委|常委), one read
    across an indefinite (高昌区|一家合作社) keeps only its place; a figure
    that runs into a place or a person (28℃福州) is cut off, and so is a
    predicate a place or body runs into (余杭区|大力推进, 拱墅区|出台) and a
    common noun a place modifies (杭州|城市); a name that
    stops inside its own ending (服务中|心) is completed, and so is a place one character short of a
    dictionary place word (日喀|则: :func:`_end_of_place_word`) and a chain
    of places cut inside its last name (方山乡龙|现村: :func:`complete_name_endings`) or before the river, lake or
    valley it ends with (平远县|柚树河: :func:`_end_of_named_feature`), and a
    name cut short where the same text names it whole elsewhere (仓|前街道
    beside 仓前街道); a person that is the short name of a place the text
    names in full is a place (瓜沥 beside 瓜沥镇: :func:`place_short_names`); a name tagged with two types in one text takes its
    majority type, loses a preposition read into it where the text names it without (向|赖淑芳:
    :func:`person_cut_to_its_name`; two people read as one are split: :func:`split_joined_people`), and is tagged
    where the text mentions it again untagged
    (:func:`tag_other_mentions`); a place or body that ends on the first character of the next
    word (华容县统|筹) is cut back. A span
    of a single character (a stray 印 or 亮), but for a place's one-character
    abbreviation (中|美关系, 访|华: :func:`is_place_abbreviation`; not right
    after a post, where a name's surname stands: 副书记|印), or of
    punctuation and figures only (⋯⋯ read as [UNK], a score 4∶1), is not a
    name and is dropped (a person's surname is first given the name jieba reads from it where a full name stands:
    教导员|陈|陆, :func:`surname_completed_to_its_name`), and so are a generic word (全国, 乡村, 供电所:
    :data:`GENERIC_WORDS`; also after a verb, 帮助|供电所), a body named by its level alone (县委, 县水利局:
    :func:`is_level_body`; before a post such a committee, or a bare 居委会, goes into it: 县委副书记, 居委会主任), a role read as a
    post (记者, 通讯员: :data:`ROLES`), a resident named by an honorific, whatever
    type it was given (刘大伯, 赵大哥 as LOC: :data:`HONORIFICS`), a name inside a quoted
    programme or slogan (:func:`in_quoted_programme`) and an ORG that stops
    inside a word (新能源汽|车: :func:`is_fragment`). For county-paper news and
    LABELS.md's word lists: nothing inside a 《》 title (:func:`in_book_title`)
    or a policy term (美丽乡村: :func:`in_term_with_no_name`) and no typhoon's name
    is tagged; members of committees are posts (省委常委, 小南海镇|党委委员:
    :func:`split_committee_member`), a named place read into a post is its own (民主村|第一书记:
    :func:`place_out_of_post`), and a verb read into a place's start is cut off (惠及|乐清市:
    :func:`cut_leading_verb`); a grid's place is a LOC (龙泉|电网), a
    quoted service venue an ORG (“红色议事厅”); area words and the count of
    an elided list stay off a place (浦阳江|流域, 桃林、安坝|两村), and a zone
    word after a place is part of it (丽水|经济技术开发区: :func:`place_into_organization`);
    a name's last character read into "his team" goes back (张国|平团队: :func:`name_out_of_team`);
    a post with no person in its clause is no TITLE (组织专家: :func:`is_unheld_post`), nor is one beside no
    person, body or other post (作|动员|讲话: :func:`is_post_beside_no_one`); a village's committee before a post
    goes into it (箬山村村委会|主任: :func:`committee_into_post`);
    an official's visit leaves the name and the destination (陈敏来|浙调研 →
    陈敏, 浙; 到|温岭 (ORG)|督导 → LOC: :func:`visit_destination`); a country read as a person is a place
    (阿根廷|总统: :func:`country_as_place`); a school
    read as a place is an ORG (:func:`institution_as_organization`), a
    reporter's name after 记者 a PER (:func:`byline_name_as_person`), so is a
    resident's after 村民 (:func:`resident_name_as_person`), and a
    post that stops inside a word with no name after it is dropped
    (河长|制: :func:`is_post_fragment`), and a post read on into the verb after it is cut there
    (副委员长|主持会议: :func:`cut_post_at_verb`); the place a meeting is held in is
    tagged where the tagger left it out (在|杭州|召开: :func:`event_venue_places`), and so is a national body
    (记者从|水利部|了解到, 上合组织|成员国: :func:`untagged_unique_body`) and a state or province (土耳其|拥有:
    :func:`untagged_state_or_province`).
    """
    pieces = [attending for e in entities for marked in split_at_clause_marks(e) for spaced in split_at_list_joiners(marked)
              for piece in split_at_whitespace(spaced)
              for quoted in quoted_name_opened_before(strip_unpaired_quotes(piece), text)
              for titled in media_title_closed(quoted, text)
              for visited in visit_destination(cut_at_unclosed_bracket(strip_edge_punctuation(titled)), text)
              for attending in cut_attending_a_meeting(visited, text)]
    # a verb of taking a post read as a post is dropped before the merge would join it to the post (调任|县委书记)
    lettered = post_read_in_single_characters([e for e in pieces if any(ch.isalpha() for ch in e.text)
                                               and not (e.type == "TITLE" and e.text in _TAKING_A_POST)])
    # a holder read as a body is made a person before its post is dropped as held by no one (党委书记|方锐 (ORG)|带队)
    lettered = section_into_its_body(portfolio_into_members_post(holder_read_as_body(post_read_as_a_body(representing_verb_dropped(lettered))), text), text)
    named = town_inside_a_chain(merge_adjacent(water_named_by_one_character(listed_place_made_whole(lettered, text), text), text), text)
    named = listed_organization_as_place(named, text)
    # a post decoded in pieces (科 + 科长) is whole only after the first merge
    people = name_out_of_team(post_out_of_person(given_name_out_of_post(return_doubled_post_character(named, text)), text), text)
    people = name_out_of_leaders_post(people, text)
    repaired = place_into_organization(post_word_start_returned(place_word_start_returned(people, text), text), text)
    typed = institution_named_before_post([retyped(e, text) for e in repaired], text)
    typed = [piece for read in typed for e in post_read_into_person(read) for resident in resident_out_of_place(cut_holding_verb_off_body(e))
             for split in post_out_of_body(resident)
             for piece in place_out_of_post(cut_leading_verb(cut_verb_before_a_body(preposition_off_name(place_start_returned_to_word(
                 date_off_place(cut_appointed_as(people_off_their_place(verb_end_off_name(split, text)), text), text), text), text), text)))]  # before the merge: 南岳镇 + 民主村 is one chain
    merged = committee_into_post(body_tail_into_post(party_organ_into_post(
        body_ending_returned(former_out_of_body(merge_adjacent(typed, text), text), text), text), text), text)
    parts = [
        piece
        for e in merged
        for joint in split_joint_organizations(e, text)
        for part in cut_indefinite_organization(joint)
        for stripped in strip_numeral_edges(part, text)
        for uncounted in cut_inside_a_number(stripped, text)
        for cut in cut_place_at_predicate(uncounted, text)
        for acting in cut_activity_off_body(cut)
        for worked in cut_role_off_body(acting)
        for listed in split_names_at_joiner(worked, text)
        for joined in split_places_at_de(listed, text)
        for place in split_places_at_area_word(joined)
        for member in split_committee_member(place, text)
        for piece in states_side_by_side_parted(member, text)
    ]
    # a post split out of a body above may leave its 原 behind (黄河乡原|党委委员 read as one ORG): cut it again
    parts = former_out_of_body([without_leading_de(without_trailing_de(part), text) for part in parts], text)
    parts = [cut_rank_level(cut_level_before_government(cut_verb_off_body(cut_preposition_off_body(part, text), text), text), text)
             for part in parts]
    parts = [cut_post_at_verb(person_cut_before_a_breach(transliteration_cut_before_a_function_word(person_cut_before_a_place_or_adverb(
        cut_word_overrun(cut_trailing_common_noun(residents_off_place(part, text), text), text), text)), text), text) for part in parts]
    parts = [charge_cut_off_post(verb_cut_off_post(part, text)) for part in parts]
    parts = body_word_into_post(doubled_level_committee_into_post(
        [cut_list_count(determiner_off_body(adverb_off_body(cut_trailing_date(cut_place_area_word(cut_dispatch(cut_at_a_count(comrade_off_person(cut_time_word(
            cut_function_character(envoy_post_off_place(part, text)))))), text), text), text), text), text) for part in parts],
        text), text)
    parts = [place_before_a_fragment(part, text) for part in organ_member_completed(parts, text)]
    parts = [piece for part in parts for cut in place_abbreviation_off_a_body(part, text) for piece in states_counted_out_of_a_body(cut)]
    parts = in_residence_into_post([member_or_deliberation_off_body(meeting_off_body(piece, text), text)
                                    for part in parts for piece in situation_word_off_body(part, text)])
    parts = person_completed_to_jiebas_name(surname_completed_to_its_name(parts, text), text)
    post_ends = {part.end for part in parts if part.type == "TITLE"}
    person_starts = {part.start for part in parts if part.type == "PER"}
    kept = [part for part in parts
            if (part.end - part.start >= 2 or (is_place_abbreviation(part, text) and part.start not in post_ends))
            and not is_generic(part, text) and not in_term_with_no_name(part, text) and not is_level_body(part, text)
            and part.text not in ROLES and not (part.type == "TITLE" and (part.text in RESIDENT_WORDS or part.text.endswith(ROLE_ENDINGS)))
            and not (part.type == "TITLE" and _VERB_OR_BODY_READ_AS_POST.match(part.text)) and not is_figure_only(part.text)
            and not (part.type == "TITLE" and set(part.text) <= _RANK_CHARACTERS)  # 一|副副|春联: a measure word, no post
            and not is_resident(part, text) and not in_idiom(part, text) and not is_person_across_words(part, text)
            and not is_word_read_as_person(part, text) and not is_plenary_session(part, text)
            and not is_reduplicated_measure(part, text) and not is_ethnic_group(part, text)
            and not in_quoted_programme(part, text) and not in_book_title(part, text) and not is_typhoon_name(part, text)
            and not is_fragment(part, text) and not is_post_fragment(part, person_starts, text)
            and not is_bare_venue_head(part, text)]
    named = minister_read_apart_from_his_ministry(place_read_on_into_a_verb(state_name_completed(state_name_joined(
        caption_speaker_names(roster_names(kept, text), text)), text), text))
    named = body_standing_where_only_a_place_does(named, text)
    named = national_body_made_whole(place_run_into_a_named_place(group_named_whole(named, text), text), text)
    named = person_named_by_the_end_of_a_full_name(name_start_given_back(place_named_where_only_a_place_stands(consistent_names(tibetan_person_read_as_place(place_named_after_its_descriptor(person_listed_among_places(place_short_names(peoples_body_completed(complete_name_endings(province_as_place(named, text), text), text)), text), text), text), text), text), text))
    named = person_out_of_a_body_read_on_from_it(armed_group_as_organization(company_named_by_its_short_name(
        company_after_what_it_is(named, text), text), text), text)
    named = person_inside_a_route(named, text)
    named = [route if not _overlaps_another(named, entity, entity.end, route.end) else entity
             for entity in named for route in [route_run_on(entity, text)]]
    named = province_and_place_read_as_person(named, text)
    named = split_joined_people(place_and_post_out_of_a_person(name_start_out_of_post(person_cut_to_its_name(person_out_of_place(named, text), text), text)))
    named = director_named_he(named, text)
    named = committee_out_of_chair_post(post_pieces_joined(named, text), text)
    named = person_given_its_surname(tibetan_name_completed(person_completed_by_a_character(named, text), text), text)
    named = person_completed_through_the_text(named, text)
    named = untagged_place_or_body_in_a_list(untagged_person_in_a_list(listed_person_made_whole(named, text), text), text)
    named = member_post_after_a_name_read_as_body(holder_read_as_body(place_before_its_level_post(country_before_post(
        head_of_unit_left_after_place(head_of_unit_out_of_place(named), text)))))
    named = word_after_a_held_post(holder_read_as_place(leader_read_as_place_or_body(named, text), text), text)
    named = untagged_unit_of_an_unknown_name(japanese_name_after_a_post(named, text), text)
    named = person_named_again_before_a_post(tag_other_mentions(untagged_leader_before_his_post(committee_joined_across_he(named, text), text), text), text)
    named = untagged_resident_name(untagged_person_named_throughout(named, text), text)
    named = village_after_a_chain(city_after_its_province(named, text), text)
    named = body_left_out_between_its_state_and_a_post(world_news_post_before_a_person(party_member_before_a_listed_post(untagged_post_before_a_person(untagged_deputy_before_a_person(untagged_post_after_a_body(named, text), text), text), text), text), text)
    named = rank_before_a_post_into_it(named, text)
    named = untagged_congress_member(untagged_post_held_by_a_person(untagged_envoy_post(named, text), text), text)
    named = post_listed_after_a_post(post_after_a_person_tagged_elsewhere(named, text), text)
    named = [two_states_as_place(region_word_read_in_part(first_character_of_next_word_off_name(entity, text), text), text)
             for entity in named]
    named = name_opening_a_longer_word(name_ending_inside_a_word(named, text), text)
    named = state_side_as_place(state_abbreviation_before_its_post(joiner_cut_off_a_name(named, text), text), text)
    named = person_read_whole_where_tagged_in_part(person_cut_to_its_name_tagged_elsewhere(
        name_joined_across_brackets(free_trade_zone_named_whole(named, text), text), text), text)
    named = [piece for entity in named for piece in name_stopping_inside_a_word(entity, text)]
    named = [piece for entity in named for piece in name_ending_on_a_words_first_character(entity, text)]
    named = city_read_in_part(former_party_post_made_whole(person_and_body_read_across_a_list(named), text), text)
    named = [piece for entity in named for piece in places_parted_at_a_middle_dot(entity)]
    named = person_opened_by_a_place_abbreviation(unique_body_read_in_part(named, text), text)
    named = mongolian_village_or_township(name_word_read_in_pieces(named, text), text)
    # the late rules over the whole list, in this order (each sees the last's answer)
    for late_rule in (chief_officers_post_read_into_a_name, pieces_of_a_name_tagged_whole_elsewhere,
                      place_and_person_read_apart, transliterated_name_read_in_two, name_read_one_character_on,
                      name_given_its_last_character_wa, town_government_left_untagged, cooperative_named_by_its_place,
                      resident_post_given_its_zhucun, place_read_short_of_its_water_or_mountain, untagged_byline_names,
                      untagged_holder_after_a_post, province_part_completed, short_place_read_as_a_body,
                      short_mention_of_a_named_body, person_completed_through_the_text):  # again: places read as people late (尼玛石|曲 ×4)
        named = late_rule(named, text)
    named = affairs_post_made_whole(committee_word_out_of_a_post(named, text), text)
    # a name completed or merged late may be generic (广大干|部) or run into a common noun (河北 + 广大干|部) too, and one
    # cut late may be a country read as a person (阿富汗平 (PER) → 阿富汗)
    # whose post a post is, the people read as bodies made people late count (任命|裴金佳 (ORG)|为退役军人事务部|部长)
    holders = [person_read_as_a_body(e, text) for e in named]
    return [_mended_late(e, text) for e in event_venue_places(post_after_a_late_name(untagged_state_or_province(unique_body_before_its_unit(untagged_unique_body(unique_body_read_in_pieces(named, text), text), text), text), named, text), text)
            if not is_unheld_post(e, holders, text) and not is_post_beside_no_one(e, holders, text) and not is_representing_verb(e, named)
            and not is_post_as_a_kind(e, named, text)
            and e.text not in GENERIC_WORDS and e.text not in BARE_BODY_KINDS
            and not (e.type == "LOC" and e.text in DIRECTIONS)  # a direction alone: 前往|东部|省份 (not 东部|战区, made whole late)
            and not is_typhoon_name(e, text) and not is_time_zone(e, text) and not is_direction_and_about(e, text)
            and not is_compass_point(e, text) and not is_related_to_a_kind_of_affairs(e, text)
            and not is_document_number_prefix(e, text) and not is_event_name(e) and not is_spacecraft_name(e)
            and not is_title_of_a_work(e, text) and not is_sector_members(e) and not is_quoted_machine_name(e, text)
            and not opens_with_party_and_state(e) and not in_developing_country(e, text)
            and not is_rural_revitalization_read_as_a_place(e, text)]


def _mended_late(entity: Entity, text: str) -> Entity:
    """A span after the late mends of one span each, in order: the last list rules may complete, merge or cut a name
    into one these read (a venue's 国际, a person's fund, a place's descriptor or side, law or states, a trade agreement, a
    campaign's word, a count of places, civilization, 涉, a term, a verb, a common noun, a river's water or embankment, an event's
    host, a person named like a place or read as a body, a country, a government, a leader, a foreign city)."""
    entity = international_venue_or_place(entity, text)
    entity = persons_fund(entity, text)
    entity = descriptor_off_a_place(entity)
    entity = side_off_a_place(entity)
    entity = place_off_its_law_or_states(entity, text)
    entity = states_off_their_trade_agreement(entity, text)
    entity = campaign_word_off_a_place(entity)
    entity = places_counted_cut_off(entity)
    entity = civilization_off_a_place(entity)
    entity = place_of_related_affairs(entity)
    entity = cut_before_a_term(entity, text)
    entity = body_read_on_into_a_late_verb(entity, text)
    entity = place_read_on_into_a_common_verb_late(entity, text)
    entity = verb_opening_a_name_late(entity, text)
    entity = place_off_a_late_common_noun(entity, text)
    entity = water_off_its_river(entity)
    entity = embankment_off_its_water(entity)
    entity = host_of_an_event(entity, text)
    entity = person_named_like_a_place(entity, text)
    entity = person_read_as_a_body(entity, text)
    entity = country_as_place(entity, text)
    entity = government_read_as_place(entity)
    entity = leader_read_as_place(entity)
    entity = date_off_a_person_or_post(entity)
    entity = rural_revitalization_off_a_place(entity, text)
    entity = preposition_off_a_transliterated_place(entity, text)
    return foreign_city_read_as_body(entity, text)


_FUND = re.compile(r"基金会|基金(?!经理|组织)")


def persons_fund(entity: Entity, text: str) -> Entity:
    """A person right before 基金 or 基金会 names a fund or foundation, one ORG with it: 出席|何梁何利|基金2024年度颁奖大会
    → 何梁何利基金 (CCTV news; People's Daily's 李嘉诚基金会, CLUENER's 盖蒂基金会); not a fund's manager (基金经理)."""
    fund = _FUND.match(text, entity.end)
    if entity.type != "PER" or not fund:
        return entity
    return Entity(entity.start, fund.end(), "ORG", text[entity.start : fund.end()])


def in_developing_country(entity: Entity, text: str) -> bool:
    """Whether a place lies inside 发展中国家 or 发展中大国 (developing countries; 向|发展中国家|提供, 中巴都是…的发展|中大国),
    where the tagger reads 中国 or 中大国 as a place (CCTV news, 6 times); not 发展|中国特色社会主义 (MSRA's places)."""
    return (entity.type == "LOC" and text.endswith("发展", 0, entity.start)
            and (entity.text == "中大国" or (entity.text == "中国" and text.startswith("家", entity.end))))


#: The set pairs of Party and state news (党和国家|事业, 国家和社会|公共利益, 党和人民, 党和政府): no body.
PARTY_AND_STATE_PAIRS = ("党和国家", "国家和社会", "国家和人民", "党和人民", "党和政府")


def opens_with_party_and_state(entity: Entity) -> bool:
    """Whether a place or body opens with a set pair of :data:`PARTY_AND_STATE_PAIRS`, which names no body
    (聚焦|党和国家中心|任务, 损害|国家和社会|公共利益, 在|党和国家事业发展大局中|谋划: CCTV news); no gold span of the
    corpora opens with one."""
    return entity.type in ("LOC", "ORG") and entity.text.startswith(PARTY_AND_STATE_PAIRS)


def roster_names(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the names of a roster, one member a line before the body and post (gov.cn's notices on a group's members:
    组 长：韩 正  国务院副总理, 戴东昌  交通运输部副部长, 宁吉喆  统计局局长): the tagger reads such a name without a
    clause around it as a body (戴|东昌 (ORG), 孙春兰 (ORG)), cuts it (宁吉|喆) or leaves it out (黄 卫).

    A line is a roster's where it opens, after a label and a colon or not, with a name of a surname and one or two
    characters (one space may stand inside: 黄 卫), then white space, then a body and post ending in a post's word;
    the text must hold two such lines or more. The name becomes one PER in place of the spans inside it. No gold text
    of the corpora holds such a roster (the written articles' lines that open so are datelines: 本报讯 …)."""
    lines = [match for match in _ROSTER_LINE.finditer(text) if match.group("name")[0] in SURNAMES]
    if len(lines) < 2:
        return list(entities)
    return _people_in_place_of_spans(entities, lines)


def caption_speaker_names(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the speaker a news caption names after his body and post, before a colon and what he says (商务部部长 高虎城：
    这7个自贸试验区…: CCTV news, where the tagger read 高虎城 as a place): the name, two to four characters after a post's
    word and a space, is a PER in place of any span on it. No gold text of the corpora holds such a caption."""
    return _people_in_place_of_spans(entities, list(_CAPTION_SPEAKER.finditer(text)))


def _people_in_place_of_spans(entities: Sequence[Entity], names: Sequence[re.Match[str]]) -> list[Entity]:
    """``entities`` with a PER for the ``name`` group of each of ``names`` (a roster's or a caption's), in place of
    the spans that overlap it."""
    people = [Entity(match.start("name"), match.end("name"), "PER", match.group("name")) for match in names]
    kept = [e for e in entities if not _overlaps_any(people, e.start, e.end)]
    return sorted(kept + people, key=lambda e: (e.start, e.end))


#: A caption's speaker: a post's word, a space and a name of two to four characters (or a transliterated one) before
#: a colon (商务部部长 高虎城：, 江西省纪委副书记 肖德福：).
_CAPTION_SPEAKER = re.compile(r"(?:部长|主任|书记|局长|市长|县长|省长|主席|总理|发言人|司长|厅长|院长|董事长|总经理|会长|所长|"
                              r"镇长|村长|处长|委员|研究员|教授|大使|经理|队长|站长|校长|馆长|秘书长)[ \u3000]+"
                              r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})[：:]")


#: A roster's line: a label and colon maybe (组 长：), a name of two or three characters (one space may stand inside),
#: white space, and a body and post ending in a post's word (国务院副总理, 教授、北京大学社会科学学部主任).
_ROSTER_LINE = re.compile(r"^(?:[\u4e00-\u9fff ]{1,8}[：:])?[ \u3000]*(?P<name>[\u4e00-\u9fff](?:[\u4e00-\u9fff]{1,2}|[ \u3000][\u4e00-\u9fff]))"
                          r"[ \u3000]+[^\n]{0,40}?(?:长|主任|书记|委员|主席|总理|助理|理事|秘书|教授|院士|教师|成员|专员|顾问)[ \u3000]*$",
                          re.MULTILINE)


def untagged_unit_of_an_unknown_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a village, township, town, county, street or community left untagged whose name is two characters jieba
    knows as no word, read one by one, or as a rare word it counts 20 times or fewer (离开|油房村, 最偏远的|板升乡)
    (所在的|许厝村, 来到|化屋村, 深处的|格头村, 日本|新潟县, 疏附县，|站敏乡: CCTV news of
    places too small for the tagger to know). The unit must be a word of its own to jieba (not 村民, 村里), the name
    hold no function character, numeral or unit character (的通村, 他驻村, 一校一县, 村畅乡) and open after a mark, a
    function character or a word of two characters or more (not inside a name: 大王庄村), outside quotation marks
    (“三靠村”, a nickname) and touching no span; and the text must name it twice or more, or after 在, 来到, 所在的 and
    the like, or right after a place of a higher level, or such a place and a comma (日本|新潟县, 疏附县，|站敏乡; not
    仙居县|共设县), or give its name another unit, tagged or found so (许厝村 … 改造为|许厝社区): a verb and a character
    read as one such name (去喊|村医, 由强|村公司, 传至|县平台) stands once, and the written labels, MSRA and CLUENER tag
    none of those."""
    candidates: list[Entity] = []
    for match in _UNIT_OF_A_TWO_CHARACTER_NAME.finditer(text):
        start, end = match.start(1), match.end(1)
        name_end = start + 2
        read_apart = word_at(text, start) == (start, start + 1) and word_at(text, start + 1) == (start + 1, name_end)
        rare_word = (word_at(text, start) == (start, name_end) and word_frequency(text[start:name_end]) <= _RARE_WORD_AS_A_NAME
                     and not any(entity.end == start for entity in entities))  # 中川乡|草滩村: the chain's rule joins it
        if (not (read_apart or rare_word)
                or word_at(text, name_end) != (name_end, end) or (read_apart and is_known_word(text[start:name_end]))
                or is_known_word(text[start:end]) or set(text[start:name_end]) & _NOT_IN_AN_UNKNOWN_NAME
                or not _opens_after_a_word_or_mark(start, text) or text[start - 1 : start] == "“" or text[end : end + 1] == "”"
                or _overlaps_any(entities, start, end)):
            continue
        candidates.append(Entity(start, end, "LOC", text[start:end]))
    mentions = Counter(candidate.text for candidate in candidates)
    levels_before = {e.end + (text[e.end : e.end + 1] in "，、"): _unit_level(e.text) for e in entities if e.type == "LOC"}
    found = [candidate for candidate in candidates
             if mentions[candidate.text] >= 2
             or _UNIT_AFTER_A_VERB_OF_PLACE.search(text, max(0, candidate.start - _LONGEST_VERB_OF_PLACE), candidate.start)
             or _unit_level(candidate.text) < levels_before.get(candidate.start, 0)]
    # and a name the text gives another unit too, tagged or found here (许厝村 … 改造为|许厝社区)
    names = {place.text[:2] for place in [*found, *entities]
             if place.type == "LOC" and _TWO_CHARACTER_NAME_AND_UNIT.fullmatch(place.text)}
    found += [candidate for candidate in candidates if candidate not in found and candidate.text[:2] in names]
    return sorted([*entities, *found], key=lambda e: (e.start, e.end)) if found else list(entities)


def _opens_after_a_word_or_mark(start: int, text: str) -> bool:
    """Whether ``text[start]`` follows a mark, a function character or a word of jieba's of two characters or more."""
    if start == 0 or not _is_cjk(text[start - 1]):
        return True
    word_start, word_end = word_at(text, start - 1)
    return text[start - 1] in _NOT_IN_AN_UNKNOWN_NAME or (word_end == start and word_end - word_start >= 2)


def _unit_level(place: str) -> int:
    """The level of the unit ``place`` ends in: 0 a village or community, 1 a township, town or street, 2 a county or
    district, 3 a city, 4 a province, 5 anything else (a country, a region)."""
    return next((level for level, units in enumerate(_UNITS_BY_LEVEL) if place.endswith(units)), len(_UNITS_BY_LEVEL))


#: Units from the village up (:func:`_unit_level`).
_UNITS_BY_LEVEL = (("村", "社区"), ("乡", "镇", "街道"), ("县", "区", "旗"), ("市", "州", "盟"), ("省", "自治区"))

#: How often jieba may count a word that names a village read as one (油房村: 油房 counted 3 times, 板升乡: 9).
_RARE_WORD_AS_A_NAME = 20

#: The words before a unit that say it is a place (在|峰源乡, 来到|化屋村, 所在的|许厝村).
_UNIT_AFTER_A_VERB_OF_PLACE = re.compile(r"(?:在|来到|所在的|位于|走进|前往|赴|抵达)$")
_LONGEST_VERB_OF_PLACE = len("所在的")

#: A two-character name and its unit (许厝村, 新潟县, 大台街道).
_TWO_CHARACTER_NAME_AND_UNIT = re.compile(r"[\u4e00-\u9fff]{2}(?:村|乡|镇|县|街道|社区)")

#: The same, found at every position of a text (the lookahead lets matches overlap).
_UNIT_OF_A_TWO_CHARACTER_NAME = re.compile(rf"(?=({_TWO_CHARACTER_NAME_AND_UNIT.pattern}))")

#: Characters no two-character name of a unit holds: function characters, pronouns, numerals, time words and units
#: (的通村, 他驻村, 带着镇, 年建村, 一校一县, 村畅乡).
_NOT_IN_AN_UNKNOWN_NAME = frozenset("的他不有都和在到我你她它们个这那每各其全该本此是了着从向对与给把被让为就也还又并等及或而"
                                    "一二三四五六七八九十百千万年月日村乡镇县区市省老旧")


def japanese_name_after_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a Japanese name right after a Japanese post (首相|高市早苗, 防卫大臣|稻田朋美, 党首|枝野幸男) in a text that names
    Japan: a family name of :data:`~zhpolicy.data.japanese_names.JAPANESE_SURNAMES` and a given name of two
    characters, or three ending in 郎 or 夫 (小泉纯一郎, 鸠山由纪夫), or one where a word of jieba's of two characters or
    more opens after it (石破茂|今天). CCTV news, where the tagger, which knows few of these names, reads a piece of the
    name (稻田, 村山富), a place in it (小野寺 (LOC)|五典), the post's last character into it (首枝野幸男) or leaves it out.
    The name replaces the persons and places inside it and any that start inside the post; not where a post or body
    overlaps it."""
    if not _NAMES_JAPAN.search(text):
        return list(entities)
    result = list(entities)
    for match in _JAPANESE_NAME_AFTER_A_POST.finditer(text):
        start, end = match.start("name"), match.end("name")
        if end - start - len(match.group("surname")) == 2 and _opens_a_longer_word(end - 1, text):
            end -= 1  # 石破茂|今天: a given name of one character
        inside = [e for e in result if e.start < end and start < e.end]
        if any(e.type not in ("PER", "LOC") or e.start < match.start() or e.end > end for e in inside):
            continue
        if any(e.type == "PER" and (e.start, e.end) == (start, end) for e in inside):
            continue
        result = _in_place_of(result, inside, Entity(start, end, "PER", text[start:end]))
        result = _japanese_post_tagged(result, match.start(), start, text)
    return result


def _japanese_post_tagged(entities: list[Entity], post_start: int, post_end: int, text: str) -> list[Entity]:
    """``entities`` with the post ``text[post_start:post_end]`` before a Japanese name a TITLE, a minister's with his
    field (总务 (TITLE)|大臣 → 总务大臣, 法务|大臣 → 法务大臣, 经济|产业|大臣 → 经济产业大臣: up to four characters of
    words of jieba's of two characters or more before 大臣), in
    place of the posts inside it; unchanged where a place, body or person overlaps it."""
    field_start = post_start
    while text[post_start:post_end].endswith("大臣") and field_start > 0:  # 经济|产业|大臣: a field of two words
        word_start, word_end = word_at(text, field_start - 1)
        if (word_end != field_start or word_end - word_start < 2 or post_start - word_start > 4
                or not is_known_word(text[word_start:word_end]) or is_place_word(text[word_start:word_end])):
            break  # 日本|法务大臣: the state is no field
        field_start = word_start
    post_start = field_start
    inside = [e for e in entities if e.start < post_end and post_start < e.end]
    if any(e.type != "TITLE" or e.start < post_start or e.end > post_end for e in inside) or any(
            (e.start, e.end) == (post_start, post_end) for e in inside):
        return entities
    return _in_place_of(entities, inside, Entity(post_start, post_end, "TITLE", text[post_start:post_end]))


def _opens_a_longer_word(position: int, text: str) -> bool:
    """Whether a word of jieba's of two characters or more starts at ``text[position]`` and runs past it."""
    word_start, word_end = word_at(text, position)
    return word_start == position and word_end - word_start >= 2


#: A text that names Japan (日本, 日方, or 日 before a minister's post).
_NAMES_JAPAN = re.compile(r"日本|日方|日(?:首相|外相|防卫相|官房长官)")

#: A Japanese post and a name after it: a family name and a given name of two characters, or three ending in 郎 or 夫.
_JAPANESE_NAME_AFTER_A_POST = re.compile(
    r"(?:首相|大臣|官房长官|外相|防卫相|财务相|法相|党首|总裁|干事长|委员长|知事|议员|会长|社长)"
    rf"(?P<name>(?P<surname>{'|'.join(sorted(JAPANESE_SURNAMES, key=len, reverse=True))})"
    r"(?:[\u4e00-\u9fff]{2}[郎夫]|[\u4e00-\u9fff]{2}))")


def foreign_city_read_as_body(entity: Entity, text: str) -> Entity:
    """A foreign city read as an ORG, alone or after its country, is a LOC (飞抵|俄罗斯符拉迪沃斯托克, 20号，|英国伦敦|、利物浦,
    在阿尔巴尼亚首都|地拉那: CCTV news, where the tagger reads foreign cities as bodies): :data:`FOREIGN_CITIES`. Not in a
    text that speaks of sport anywhere, where a city names its team (CLUENER tags 罗马 an ORG 55 times, and names the
    team away from any word of sport in its clause: 不过|罗马|的伤病仍然严重)."""
    if (entity.type != "ORG" or not _is_foreign_city(entity.text)
            or _speaks_of_sport(text)):
        return entity
    return Entity(entity.start, entity.end, "LOC", entity.text)


def _is_foreign_city(name: str) -> bool:
    """Whether ``name`` is a foreign city of :data:`FOREIGN_CITIES`, alone or after its country (英国伦敦)."""
    return _alone_or_after_a_state(name, FOREIGN_CITIES, COUNTRIES)


def _alone_or_after_a_state(name: str, names: frozenset[str], states: frozenset[str]) -> bool:
    """Whether ``name`` is one of ``names``, alone or right after one of ``states`` (英国伦敦, 阿富汗塔利班, 日本气象厅)."""
    return name in names or any(name[:cut] in states and name[cut:] in names for cut in range(1, len(name)))


def leader_read_as_place(entity: Entity) -> Entity:
    """A world leader's name read as a place or body is the person (与|塞西|进行单独会晤, 在与|普京|通电话时, 同|哈桑纳尔|举行会谈:
    CCTV news, where jieba lists 普京 and 哈桑纳尔 as places and the tagger follows it on a bare name):
    :data:`~zhpolicy.data.world_leaders.WORLD_LEADERS`. Every gold mention of these names in MSRA, People's Daily and
    CLUENER is a PER."""
    if entity.type in ("LOC", "ORG") and entity.text in WORLD_LEADERS:
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


def government_read_as_place(entity: Entity) -> Entity:
    """Mend a government read as a place with its 政府: a state's is the state, as MSRA and People's Daily tag it
    (科特迪瓦|政府, 叙|政府: 1,041 of their 1,050 such mentions tag the place alone), and a local one named with its unit is
    a body, as LABELS.md reads 五里镇政府 (郴州马头岭乡政府: the written labels tag every 镇人民政府 so)."""
    if entity.type != "LOC" or not entity.text.endswith("政府") or len(entity.text) < 3:
        return entity
    place = entity.text.removesuffix("人民政府") if entity.text.endswith("人民政府") else entity.text.removesuffix("政府")
    if place in COUNTRIES or place in STATE_ABBREVIATIONS:
        return Entity(entity.start, entity.start + len(place), "LOC", place)
    if len(place) >= 2 and place.endswith(("省", "市", "县", "区", "乡", "镇", "旗", "州")):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


def person_listed_among_places(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a LOC of a PER listed among places with 、 (在|扎波罗热|、顿涅茨克、赫尔松方向, 在哈尔科夫、|阿夫杰耶夫卡|、顿涅茨克:
    CCTV news, where the tagger reads transliterated towns as names): between two places, or before two joined by 、
    or 和. Not right after a post, whose holder a country may follow in a list (副总理|德沃尔科维奇|、阿塞拜疆、格鲁吉亚).
    No gold person of the corpora stands so."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    post_ends = {e.end for e in ordered if e.type == "TITLE"}
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        if entity.type == "PER" and entity.start not in post_ends:
            before = index > 0 and ordered[index - 1].type == "LOC" and text[ordered[index - 1].end : entity.start] == "、"
            after = index + 1 < len(ordered) and ordered[index + 1].type == "LOC" and text[entity.end : ordered[index + 1].start] == "、"
            after_two = (after and index + 2 < len(ordered) and ordered[index + 2].type == "LOC"
                         and text[ordered[index + 1].end : ordered[index + 2].start] in ("、", "和"))
            if (before and after) or after_two:
                entity = Entity(entity.start, entity.end, "LOC", entity.text)
        result.append(entity)
    return result


def place_named_after_its_descriptor(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a LOC of a PER right after the common noun that says what a place is, itself after a place, one of the
    state's compass parts between maybe (叙利亚古城|巴尔米拉, 卢格尔省省会|普勒阿拉姆, 叙利亚东部重镇|代尔祖尔: CCTV
    news, where the tagger reads transliterated towns as names and then, by the majority, the town's other mentions);
    where the place and the noun were read as one span, the place alone stays (叙利亚古城 (ORG) → 叙利亚). No gold person
    of the corpora stands so."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result = list(ordered)
    for index, entity in enumerate(ordered):
        descriptor = next((word for word in _PLACE_DESCRIPTORS if text.endswith(word, 0, entity.start)), "")
        if entity.type != "PER" or not descriptor or index == 0:
            continue
        before = ordered[index - 1]
        noun_start = entity.start - len(descriptor)
        if before.type in ("LOC", "ORG") and before.end == entity.start and before.text.endswith(descriptor):
            rest = before.text[: -len(descriptor)]
            if len(rest) < 2 or not (_is_place_or_city(rest) or rest[-1] in "省市州县国"):
                continue
            result[index - 1] = Entity(before.start, before.start + len(rest), "LOC", rest)
        elif not (before.type == "LOC" and (before.end == noun_start
                                              or (before.end == noun_start - 2 and text[before.end : noun_start] in DIRECTIONS))):
            continue
        result[index] = Entity(entity.start, entity.end, "LOC", entity.text)
    return result


#: Common nouns news writes before a company to say what it is (外资企业|思爱普, 汽车巨头|斯泰兰蒂斯, 军工企业|三菱).
_COMPANY_DESCRIPTORS = ("企业", "巨头")


def company_after_what_it_is(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make an ORG of a PER right after 企业 or 巨头 (外资企业|思爱普, 汽车巨头|斯泰兰蒂斯, 军工企业|三菱: CCTV news, where the
    tagger reads a foreign firm as a person), where the name is no Chinese name of a common single surname (not
    该企业|张经理). No gold person of the corpora stands so."""
    return [Entity(e.start, e.end, "ORG", e.text)
            if e.type == "PER" and text.endswith(_COMPANY_DESCRIPTORS, 0, e.start) and not _common_single_surname(e.text)
            else e for e in entities]


#: A company's name after its short name: a region in brackets maybe, a few characters of its trade, and the kind of
#: company (东丽|株式会社, 沃尔沃|汽车公司, 菲尼克斯|（中国）投资有限公司).
_COMPANY_AFTER_SHORT_NAME = re.compile(r"(?:[（(][\u4e00-\u9fff]{1,4}[）)])?[\u4e00-\u9fff]{0,6}(?:公司|集团|株式会社)")


def company_named_by_its_short_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make an ORG of every PER mention of a company's short name where the text tags the company's full name, the
    short name and its kind of company, as an ORG (东丽 beside 东丽株式会社, 沃尔沃 beside 沃尔沃汽车公司, 菲尼克斯 beside
    菲尼克斯（中国）投资有限公司: CCTV news, where the tagger reads a foreign firm's short name as a person). Not before
    家族 or 家 (梅里埃|家族 beside 梅里埃集团: the family). No gold text of the corpora tags both."""
    companies = {e.text for e in entities if e.type == "ORG"}
    short_names = {e.text for e in entities if e.type == "PER" and len(e.text) >= 2
                   and any(company.startswith(e.text) and _COMPANY_AFTER_SHORT_NAME.fullmatch(company, len(e.text))
                           for company in companies)}
    return [Entity(e.start, e.end, "ORG", e.text) if e.type == "PER" and e.text in short_names and not text.startswith("家", e.end) else e
            for e in entities]


def tibetan_person_read_as_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a PER of every mention of a Tibetan name of four characters read as a place, where one mention stands right
    after a post or beside a person across 、 (自治区人大常委会主任|洛桑江村|、, 王小洪、|洛桑江村|、胡春华: CCTV news, where
    the tagger reads 江村 as a village). The name opens with a part of :data:`TIBETAN_NAME_PARTS` and is no place of
    jieba's (not 罗布林卡, 拉姆安拉)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    names: set[str] = set()
    for index, entity in enumerate(ordered):
        if (entity.type != "LOC" or len(entity.text) != 4 or entity.text[:2] not in TIBETAN_NAME_PARTS
                or is_place_word(entity.text)):
            continue
        before = ordered[index - 1] if index > 0 else None
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        if ((before is not None and before.type == "TITLE" and before.end == entity.start)
                or (before is not None and before.type == "PER" and text[before.end : entity.start] == "、")
                or (after is not None and after.type == "PER" and text[entity.end : after.start] == "、")):
            names.add(entity.text)
    return [Entity(e.start, e.end, "PER", e.text) if e.type == "LOC" and e.text in names else e for e in ordered]


def city_read_in_part(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make the whole city a LOC where a span, of any type, is part of a foreign or Chinese city's name of
    :data:`FOREIGN_CITIES` or ``_CITIES`` that the text spells out around it: one to three characters left out at its
    end or one or two at its start (阿勒|颇, 的黎波|里, 雷克雅|未克, 慕尼|黑, 汗|尤尼斯 (PER), 大马|士革 (PER): CCTV news,
    where the tagger stops inside a transliteration). Not a span of one character (京 of 华北京津冀), nor where the span
    is a place or city itself unless jieba reads the city as one word (大马|士革, 法兰克|福), nor where the
    city's name would reach into another span. No gold span of the corpora is part of such a name."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for entity in ordered:
        city = None
        if entity.type in ("LOC", "ORG", "PER") and len(entity.text) >= 2:
            a_place = _is_place_or_city(entity.text)  # 大马 (Malaysia) of 大马士革: only where jieba reads the city whole
            spans = [(entity.start, entity.end + more) for more in (1, 2, 3)] + [(entity.start - more, entity.end) for more in (1, 2)]
            city = next(((start, end) for start, end in spans if start >= 0 and text[start:end] in _KNOWN_CITIES
                         and not _overlaps_another(ordered, entity, start, end)
                         and (not a_place or word_at(text, start) == (start, end))), None)
        result.append(Entity(city[0], city[1], "LOC", text[city[0] : city[1]]) if city else entity)
    return result


def body_standing_where_only_a_place_does(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a LOC of every ORG mention of a name one of whose mentions, of either type, stands right before a city's
    district or a compass part (摩苏尔|城区, 摩苏尔|西部老城, 纽约|郊区, 摩苏尔|南部约60公里: CCTV news, where the tagger
    reads foreign cities as bodies, and a majority of such mentions would make them all bodies), where the name ends
    like no body (not 中国人民解放军|东部战区, 东盟|东部增长区). No gold ORG of the
    corpora stands before one of these words (MSRA tags 375 places there); 附近 and 周边 follow bodies too (白宫附近).
    """
    places = {e.text for e in entities if e.type in ("ORG", "LOC") and _PLACE_PART_AFTER.match(text, e.end)
              and not _ORG_ENDINGS.search(e.text) and not e.text.endswith(NAME_ENDINGS["ORG"]) and e.text[-1] not in "军盟"}
    return [Entity(e.start, e.end, "LOC", e.text) if e.type == "ORG" and e.text in places else e for e in entities]


#: What only follows a place: a city's districts and its compass parts (城区, 郊区, 西部, 以南).
_PLACE_PART_AFTER = re.compile(r"城区|市区|郊区|[东南西北]郊|[东南西北]部|以[东南西北]")


def minister_read_apart_from_his_ministry(entities: Sequence[Entity]) -> list[Entity]:
    """Make one post of a ministry read as an ORG without its 部 and the 部长 after it (南非国际关系与合作|部长|马沙巴内,
    法国经济与财政|部长, 高教|部长: CCTV news), as a state's minister read whole is (赞比亚农业部长 → 赞比亚 + 农业部长): the
    state it opens with, or its one-character abbreviation before two characters or more, a LOC (俄|体育部长), the rest
    and 部长 a TITLE. Not where the ORG ends like a body or a place's unit anywhere inside (外交部|部长 keeps its
    ministry, 北京市委宣传|部长 its committee: 北京市委 + 宣传部长)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for entity in ordered:
        ministry = result[-1] if result else None
        if (ministry is None or ministry.type != "ORG" or entity.type != "TITLE" or entity.start != ministry.end
                or not entity.text.startswith("部长") or len(ministry.text) < 2
                or any(_ORG_ENDINGS.search(ministry.text[:end]) or _UNIT_END.search(ministry.text[:end])
                       for end in range(2, len(ministry.text) + 1))):  # 北京市委|宣传|部长: 市委 is the body
            result.append(entity)
            continue
        state = next((name for name in _COUNTRY_NAMES_LONGEST_FIRST if ministry.text.startswith(name)), "")
        if not state and ministry.text[0] in STATE_ABBREVIATIONS and len(ministry.text) >= 3:
            state = ministry.text[0]
        if len(ministry.text) - len(state) < 2:
            state = ""  # too little left for a ministry's name: the span goes to the post whole
        result.pop()
        if state:
            result.append(Entity(ministry.start, ministry.start + len(state), "LOC", state))
        start = ministry.start + len(state)
        result.append(Entity(start, entity.end, "TITLE", ministry.text[len(state) :] + entity.text))
    return result


def states_side_by_side_parted(entity: Entity, text: str) -> list[Entity]:
    """Part a place or body that is two states' names side by side into the two states, LOCs: 秘鲁委内瑞拉 (ORG)|宣布,
    泰国柬埔寨|边境冲突, 美国中国|问题专家 (CCTV news headlines, which drop the 、 between them); two teams stay bodies
    (MSRA's 中国印尼 (ORG)|两队 → 中国 + 印尼, ORGs)."""
    if entity.type not in ("LOC", "ORG"):
        return [entity]
    kind = "ORG" if entity.type == "ORG" and text.startswith(("两队", "队"), entity.end) else "LOC"
    for cut in range(2, len(entity.text) - 1):
        first, second = entity.text[:cut], entity.text[cut:]
        if first in COUNTRIES and second in COUNTRIES:
            return [Entity(entity.start, entity.start + cut, kind, first), Entity(entity.start + cut, entity.end, kind, second)]
    return [entity]


def state_name_joined(entities: Sequence[Entity]) -> list[Entity]:
    """Join two spans side by side that spell a state's name between them into that state, a LOC: 中华 (ORG)|人民共和国
    (LOC)|主席令, 庆祝|中华|人民共和国|成立 (CCTV news; the merge joins spans of one type only)."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for entity in ordered:
        before = result[-1] if result else None
        if (before is not None and before.end == entity.start and before.type in ("LOC", "ORG") and entity.type in ("LOC", "ORG")
                and before.text + entity.text in COUNTRIES):
            result[-1] = Entity(before.start, entity.end, "LOC", before.text + entity.text)
            continue
        result.append(entity)
    return result


def state_name_completed(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Complete a span that stops inside a state's name the text writes whole (俄罗|斯共为…, 加拿|大巧克力, 以色|列国防军,
    阿拉伯联合酋长|国, 塔吉克 (PER)|斯坦: CCTV news) to that state, a LOC, where no other span holds the rest; a span
    that is a state's name already is left (刚果 before （金）). Also a place read on into the 多 of 多地 (many places)
    loses it (乌克兰多|地, 以色列多|地, 马里卜省多|地), where jieba reads that 多 alone (not 多伦多|地铁). A span that opens
    inside a state's bracketed name and runs out of it is parted into the state and the rest (赴刚果（|金）维和部队 →
    刚果（金） + 维和部队).
    """
    completed: list[Entity] = []
    for entity in entities:
        close = entity.text.find("）")
        state = next((name for name in _BRACKETED_STATE_NAMES if close > 0 and "（" not in entity.text[:close]
                      and text.endswith(name, 0, entity.start + close + 1)), None)
        if state is not None:  # 刚果（|金）维和部队 → 刚果（金） + 维和部队
            state_start = entity.start + close + 1 - len(state)
            if not _overlaps_another(entities, entity, state_start, entity.start):
                completed.append(Entity(state_start, entity.start + close + 1, "LOC", state))
                if len(entity.text) - close - 1 >= 2:
                    completed.append(Entity(entity.start + close + 1, entity.end, entity.type, entity.text[close + 1 :]))
                continue
        if entity.type in ("LOC", "ORG", "PER") and len(entity.text) >= 2 and entity.text not in COUNTRIES:
            state = next((name for name in _COUNTRY_NAMES_LONGEST_FIRST
                          if len(name) > len(entity.text) and name.startswith(entity.text) and text.startswith(name, entity.start)), None)
            if state is not None and not _overlaps_another(entities, entity, entity.end, entity.start + len(state)):
                entity = Entity(entity.start, entity.start + len(state), "LOC", state)
        if (entity.type == "LOC" and len(entity.text) >= 3 and entity.text.endswith("多")
                and word_at(text, entity.end - 1) == (entity.end - 1, entity.end) and text.startswith("地", entity.end)):
            entity = Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
        completed.append(entity)
    return completed


#: What follows a place's name that jieba tags as a verb (河北保定、, 四川大足的, 郑州蝶阀厂): no predicate goes on there.
_NOT_A_PREDICATE_AFTER = frozenset("的之等、")
#: Endings of bodies' and routes' words jieba tags as verbs (香港分行, 蝶阀厂, 中国排协, 中欧班列东通道).
_NAME_WORDS_TAGGED_AS_VERBS = ("行", "厂", "协", "道")


def place_read_on_into_a_verb(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut a place or body read on into the verb or adverb after it back to the place (柬埔寨特别|是, 中俄都|处于,
    吉林组建|省委…, 海南建|省, 义乌安心|经营: CCTV news and the written articles): the span ends with a whole word of
    jieba's that is a verb or an adverb (not a verbal noun, nor a place word: 河北保定, 湖南怀化), or for a LOC the adjective
    新 or 大 opening the next word (埃及新|宪法, 印尼新|首都, 中华大|地; not 长, which ends a mayor's post: 赤峰市长), right after a place
    the text tags as one elsewhere, a state or province, or a place word of jieba's. Not where the span ends like a
    name or body (宁波站, 三峡办, 香港分行, 郑州蝶阀厂), which a verb's character may end, nor before 的, 、 or no
    character (四川大足的, 河北保定、: places jieba tags as verbs); an ORG only where the word is an adverb, a
    one-character verb or one that opens a predicate (北京联想, 德国奔驰 are companies: CLUENER and MSRA gold).
    """
    places = {e.text for e in entities if e.type == "LOC"}
    cut: list[Entity] = []
    for entity in entities:
        if entity.type in ("LOC", "ORG") and len(entity.text) >= 3 and not _ends_like_a_name(entity.text):
            start, end = word_at(text, entity.end - 1)
            word, place = text[start:end], text[entity.start : start]
            tag = word_tag(word)
            after = text[end : end + 1]
            adjective = word in ("新", "大") and entity.type == "LOC"  # 埃及|新|宪法, 中华|大|地; not 赤峰市|长 (a mayor)
            if (end == entity.end and len(place) >= 2 and (tag == "d" or (tag.startswith("v") and tag != "vn") or adjective)
                    and not is_place_word(word) and word != _JOINT and word not in STATE_ABBREVIATIONS
                    and not word.endswith(_NAME_WORDS_TAGGED_AS_VERBS) and _is_cjk(after) and after not in _NOT_A_PREDICATE_AFTER
                    and (entity.type == "LOC" or tag == "d" or len(word) == 1 or word in PREDICATE_OPENERS)
                    and (place in places or place in _COUNTRIES_AND_PROVINCES or is_place_word(place))):
                cut.append(Entity(entity.start, start, "LOC", place))
                continue
        cut.append(entity)
    return cut


def place_after_zai_as_place(entity: Entity, text: str) -> Entity:
    """A place of jieba's dictionary read as an ORG or PER between 在 and a comma is the place: 在|乌鲁木齐 (PER)|，,
    在|郑州 (ORG)|，中央宣讲团成员… (CCTV news); so is one read as a PER between 在 and the verb of a talk or meeting
    held there (在|贵阳 (PER)|作宣讲报告, 在|武汉|会见; also a Chinese city jieba tags otherwise: 在|金华 (nz)|调研). No gold
    ORG or PER of the corpora stands so (MSRA's ORGs
    在|钓鱼台国宾馆|会见 are bodies; its persons after 在 stand before 家中, 一文, 任 …)."""
    if (entity.type in ("ORG", "PER") and text[entity.start - 1 : entity.start] == "在"
            and (is_place_word(entity.text) or entity.text in _CITIES)
            and (text[entity.end : entity.end + 1] in ("，", ",")
                 or (entity.type == "PER" and text.startswith(_VERBS_OF_A_TALK_OR_MEETING, entity.end)))):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


def city_after_a_preposition_as_place(entity: Entity, text: str) -> Entity:
    """A city jieba counts often (500 times or more: 纽约, 深圳, 伦敦) read as an ORG right after 在, 位于, 来, 赴,
    抵达 or 前往 is the place: 峰会在|纽约 (ORG)|举行, 位于|纽约|的联合国总部, 即将来|纽约|出席 (CCTV news). Not a
    country or province (left to :func:`province_as_place`, once the spans are whole), a unique body, or a team in a clause of
    sport (MSRA and CLUENER tag clubs named by their city ORG: 罗马, 米兰); no gold ORG of the corpora stands so."""
    if (entity.type == "ORG" and text.endswith(_BEFORE_A_PLACE_GONE_TO, 0, entity.start) and is_place_word(entity.text)
            and word_frequency(entity.text) >= _OFTEN_COUNTED_CITY and entity.text not in _COUNTRIES_AND_PROVINCES
            and entity.text not in _UNIQUE_BODIES and not _in_a_sports_clause(entity, text)):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


#: Words a place stands after as where something is or where someone goes (在纽约, 位于纽约, 来纽约, 赴京).
_BEFORE_A_PLACE_GONE_TO = ("在", "位于", "来", "赴", "抵达", "前往")
#: How often jieba counts a city that is a place wherever a preposition stands before it (纽约 1,758; not 苏富比, 10).
_OFTEN_COUNTED_CITY = 500


#: Verbs of a talk or meeting held in a place (在贵阳|作宣讲报告, 在武汉|会见).
_VERBS_OF_A_TALK_OR_MEETING = ("作", "做", "会见", "会晤", "召开", "举行", "出席", "主持", "发表", "宣讲", "考察", "调研", "视察")


def retyped(entity: Entity, text: str) -> Entity:
    """One span given the type its words and context say, by the rules below in this order (each sees the last's
    answer): a place between 在 and a comma, venues, grids, routes, the Party's centre, bare places, countries, chains of places, names of people,
    schools and hospitals, groups abroad named without a body word, and refugee camps."""
    entity = city_after_a_preposition_as_place(place_after_zai_as_place(entity, text), text)
    entity = place_of_a_grid(placed_venue_as_organization(quoted_venue_as_organization(entity, text)), text)
    entity = country_as_place(foreign_place_read_as_person(bare_place_as_place(central_body_as_organization(route_as_place(entity))), text), text)
    entity = without_dangling_dot(chain_of_places_as_place(entity, text))
    entity = comrade_as_person(surname_returned_to_person(entity, text), text)
    entity = resident_name_as_person(byline_name_as_person(word_off_person(entity, text), text), text)
    return refugee_camp_as_place(named_group_as_organization(institution_out_of_post(institution_as_organization(
        grade_off_school(entity)))))


def refugee_camp_as_place(entity: Entity) -> Entity:
    """A refugee camp read as an ORG is a LOC (加沙地带中部|努赛赖特难民营|一所学校: CCTV news, where the tagger reads the
    camp as a body 3 times in 3): a place people live in, as LABELS.md's residential compounds; no gold span of the
    corpora names one."""
    if entity.type == "ORG" and entity.text.endswith("难民营") and len(entity.text) > len("难民营"):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


def named_group_as_organization(entity: Entity) -> Entity:
    """A group abroad named without a body word (:data:`NAMED_GROUPS`), alone or after its country, read as a place or
    person is an ORG: 哈马斯, 塔利班, 阿富汗塔利班, 黎巴嫩真主党 (CCTV news; MSRA and CLUENER tag them ORG)."""
    if entity.type in ("LOC", "PER") and _alone_or_after_a_state(entity.text, NAMED_GROUPS, _COUNTRIES_AND_PROVINCES):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


#: China's pilot free trade zones, named with their province in brackets: 中国（湖南）自贸试验区, 中国(上海)自由贸易试验区.
_FREE_TRADE_ZONE = re.compile(r"中国[（(][\u4e00-\u9fff]{2,4}[）)](?:自由贸易试验区|自贸试验区|自由贸易区|自贸区)")
#: A pilot free trade zone or port named by its province alone (浙江自贸区, 海南自由贸易港, 上海自贸试验区); only a
#: province of :data:`PROVINCES` (not 亚太自贸区 or 中日韩自贸区, which are agreements, no places).
_FREE_TRADE_WORD = re.compile(r"自由贸易试验区|自贸试验区|自由贸易区|自贸区|自由贸易港|自贸港")
_PROVINCES_LONGEST_FIRST = longest_first(PROVINCES)
_PROVINCE_FREE_TRADE_ZONE = re.compile(rf"(?:{'|'.join(_PROVINCES_LONGEST_FIRST)})(?:{_FREE_TRADE_WORD.pattern})")


def free_trade_zone_named_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a pilot free trade zone named with its province in brackets as one LOC (LABELS.md: named zones and
    industrial parks are places), in place of the pieces the tagger read inside it: 中国 + 湖南 (LOC), 中国 (ORG) +
    广东)自由贸易试验区, 中国(福建)自由 (ORG|贸易试验区 (gov.cn, CCTV news); and so one or a free trade port named by
    its province alone (海南|自由贸易港, 浙江|自贸区, 上海自贸|试验区); a single character read inside such a zone
    word with no province is dropped (中国特色自由贸易|港). Not where a span runs on past the name, nor
    inside a 《》 title (《关于在中国(上海)自由贸易试验区内暂时调整…》)."""
    found = list(entities)
    for zone in [*_FREE_TRADE_ZONE.finditer(text), *_PROVINCE_FREE_TRADE_ZONE.finditer(text)]:
        named = Entity(zone.start(), zone.end(), "LOC", zone.group())
        inside = [e for e in found if e.start < zone.end() and zone.start() < e.end]
        if all(zone.start() <= e.start and e.end <= zone.end() for e in inside) and not in_book_title(named, text):
            found = [e for e in found if e not in inside] + [named]
    # the 港 of a free trade port named by no province is no place of its own (自由贸易|港)
    words = [(zone.start(), zone.end()) for zone in _FREE_TRADE_WORD.finditer(text)]
    found = [e for e in found if not (len(e.text) == 1 and any(start <= e.start and e.end <= end for start, end in words))]
    return sorted(found, key=lambda e: (e.start, e.end))


def name_joined_across_brackets(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Join a body's name that holds a place in brackets, read as two spans split inside the brackets, into one ORG:
    中科光电|(|长春)股份有限公司, 北京|（|京津冀）国际科技创新中心, 中国石油大学（|北京|） (CCTV news: the split leaves one
    span with a bracket it does not pair). Only where the two spans touch the bracket between them."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    joined: list[Entity] = []
    for entity in ordered:
        before = joined[-1] if joined else None
        closes = any(entity.text.count(close) > entity.text.count(open_) for open_, close in _OPEN_BRACKETS.items())
        opened = before is not None and before.text[-1:] in _OPEN_BRACKETS and entity.start == before.end
        if (before is not None and before.type in ("LOC", "ORG") and entity.type in ("LOC", "ORG")
                and ((closes and entity.start == before.end + 1 and text[before.end] in _OPEN_BRACKETS)
                     or (opened and text[entity.end : entity.end + 1] in _CLOSE_BRACKETS))):
            end = entity.end if closes else entity.end + 1
            joined[-1] = Entity(before.start, end, "ORG", text[before.start : end])
        else:
            joined.append(entity)
    return joined


#: Where a meeting or an event takes place: 在 + a place + 召开/举行/举办/开幕/闭幕 (会议在杭州召开).
_EVENT_VENUE = re.compile(r"在([\u4e00-\u9fff]{2,3}?)(?:召开|举行|举办|开幕|闭幕)")


def event_venue_places(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the place where a meeting is held when the tagger left it untagged (推进会在|杭州|召开).

    Only a word jieba knows as a place (not 嘉兴, which it lists as a name)
    and that no span touches. In MSRA
    train, CLUENER train, People's Daily dev and the written train split all
    159 such places between 在 and the verb are gold LOCs.
    """
    found = list(entities)
    for venue in _EVENT_VENUE.finditer(text):
        start, end = venue.span(1)
        if is_place_word(venue.group(1)) and not _overlaps_any(entities, start, end):
            found.append(Entity(start, end, "LOC", venue.group(1)))
    return sorted(found, key=lambda e: (e.start, e.end))


#: Events named after a body (中国—东盟博览会, 上合组织峰会): LABELS.md tags nothing inside an event's name.
_EVENT_AFTER_A_BODY = re.compile("博览会|峰会|论坛|运动会|交易会|洽谈会")
#: A document's number a body's short name opens (国办函〔2004〕57号, 国办发〔2018〕109号: gov.cn): no mention of the body.
_DOCUMENT_NUMBER_AFTER = re.compile(r"[发函字]?[〔\[［(（][0-9０-９]{4}")
#: LABELS.md's unique bodies, national and international: ORGs wherever they stand.
_UNIQUE_BODIES = NATIONAL_BODIES | INTERNATIONAL_BODIES | FOREIGN_BODIES | COMPANIES | NAMED_GROUPS
_UNIQUE_BODIES_LONGEST_FIRST = longest_first(_UNIQUE_BODIES)


def unique_body_read_in_pieces(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Read a national or international body of four characters or more whole where the tagger read a person or place
    inside it (国家大|呼拉尔 (PER)|主席, CCTV news): one ORG in place of the spans that lie inside the name, where none
    runs past it; not inside a 《》 title or a short quotation."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for start, end in _mentions_of(_LONG_UNIQUE_BODIES_LONGEST_FIRST, text):
        body = Entity(start, end, "ORG", text[start:end])
        inside = [e for e in found if e.start < body.end and body.start < e.end]
        if (inside and all(body.start <= e.start and e.end <= body.end for e in inside)
                and any(e.type in ("PER", "LOC") for e in inside)
                and not in_book_title(body, text) and not _short_quotations_around(body, text)):
            found = _in_place_of(found, inside, body)
    return found


#: The unique bodies of four characters or more, longest first (a shorter name read inside one is the tagger's piece
#: of it only where it is one of these: 国家大|呼拉尔).
_LONG_UNIQUE_BODIES_LONGEST_FIRST = tuple(name for name in _UNIQUE_BODIES_LONGEST_FIRST if len(name) >= 4)


def untagged_unique_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a national or international body the tagger left untagged (水利部|启动…, 记者从|水利部|了解到,
    国家防总|今天发布, 上合组织|成员国: CCTV news leaves about one in eight such mentions untagged, most at a
    sentence's start): LABELS.md's nationally unique bodies (:data:`NATIONAL_BODIES`) and the international ones
    (:data:`INTERNATIONAL_BODIES`) are ORGs wherever they stand.

    Only where the name is whole words of jieba's (or ends where a post starts: 住房和城乡建设部|党组书记, jieba's 部党组)
    and touches no span, and not where it is another thing's: no
    department kind (水利部|门, the water departments), no minister (财政部|长), no event named after it
    (中国—东盟|博览会, 上合组织|峰会), no document's number (国办|函〔2004〕57号), no 国内 (牵头联合|国内９家), no ministry of a place before it
    (美国财政部, 俄外交部) or of a count of states (七国|财政部, 各国|外交部), nothing inside a 《》 title, a short
    quotation (“让党中央放心、让人民群众满意”: a slogan) or a policy term.
    """
    def stands_alone(body: Entity, found: list[Entity]) -> bool:
        return (not _overlaps_another(found, body, body.start, body.end) and not _touched_but_by_a_post(found, body)
                and text[body.end : body.end + 1] not in "门长" and text[body.end - 1 : body.end + 1] != "国内"
                and not _EVENT_AFTER_A_BODY.match(text, body.end) and not _DOCUMENT_NUMBER_AFTER.match(text, body.end)
                and (word_ends_at(text, body.end) or any(e.type == "TITLE" and e.start == body.end for e in found))
                and not _after_a_place_word(body.start, text)
                and not in_book_title(body, text) and not _short_quotations_around(body, text) and not in_term_with_no_name(body, text))

    return _untagged_names_tagged(entities, text, _UNIQUE_BODIES_LONGEST_FIRST, "ORG", stands_alone)


#: How the names of national organs open (国务院, 中央军委, 全国人大), and the unique bodies themselves: an organization
#: read so is a body of its own, never the unit of the body before it.
_OPENINGS_OF_A_BODY_OF_ITS_OWN = ("国务院", "中央", "全国", *_UNIQUE_BODIES_LONGEST_FIRST)


def unique_body_before_its_unit(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Join an untagged national, international or company name to the organization the tagger read right after it:
    the unit is the body's (上合组织|秘书处 → 上合组织秘书处, 北部战区|海军, 华为|罗马尼亚公司; CCTV news, four in 1,200
    stories, no gold span of the written splits, People's Daily dev or CLUENER dev touched). Not where the unit is
    a unique body itself or opens as a national organ does (中共中央|国务院, 党中央|全国人大: two bodies), nor inside
    a 《》 title or a short quotation."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for start, end in _mentions_of(_UNIQUE_BODIES_LONGEST_FIRST, text):
        body = Entity(start, end, "ORG", text[start:end])
        unit = next((e for e in found if e.start == end and e.type == "ORG"), None)
        if (unit is None or _overlaps_another(found, body, start, end)
                or unit.text.startswith(_OPENINGS_OF_A_BODY_OF_ITS_OWN)
                or in_book_title(body, text) or _short_quotations_around(body, text)):
            continue
        found = _in_place_of(found, [unit], Entity(start, unit.end, "ORG", text[start:unit.end]))
    return found


def _untagged_names_tagged(entities: Sequence[Entity], text: str, names: Sequence[str], kind: str,
                           stands_alone: Callable[[Entity, list[Entity]], bool]) -> list[Entity]:
    """``entities`` with every mention of ``names`` (longest first) tagged ``kind`` where ``stands_alone`` accepts it
    among the spans found so far."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for start, end in _mentions_of(names, text):
        mention = Entity(start, end, kind, text[start:end])
        if stands_alone(mention, found):
            found = sorted([*found, mention], key=lambda e: (e.start, e.end))
    return found


def _mentions_of(names: Iterable[str], text: str) -> Iterator[tuple[int, int]]:
    """Where each of ``names`` stands in ``text``, name by name in their order, each mention left to right (str.find,
    not a regex per name: hundreds of names would thrash re's cache of compiled patterns)."""
    for name in names:
        at = text.find(name)
        while at != -1:
            yield at, at + len(name)
            at = text.find(name, at + len(name))


def _touched_but_by_a_post(entities: Sequence[Entity], body: Entity) -> bool:
    """Whether a span ends where ``body`` starts, or one other than its post starts where it ends (农业农村部|部长)."""
    return any(e.end == body.start or (e.start == body.end and e.type != "TITLE") for e in entities)


def _after_a_place_word(at: int, text: str) -> bool:
    """Whether ``text[at]`` follows a word that names a place, person or body (美国|财政部), a place's abbreviation
    (俄|外交部) or states (各国|外交部), or no word ends right before it (it would open inside one)."""
    if at == 0 or not _is_cjk(text[at - 1]):
        return False
    start, end = word_at(text, at - 1)
    word = text[start:end]
    return (end != at or word_tag(word)[:2] in ("ns", "nr", "nt", "nz") or word in PLACE_ABBREVIATIONS
            or word.endswith("国"))


#: China's cities that are common words too (来宾 guests, 大庆 a celebration, 安康, 日照, 乐山, 大同, 长治, 北海, 红河,
#: 玉树, 普洱 …; MSRA leaves 来宾, 白银, 安康, 大庆, 朝阳, 乐山 and 日照 untagged 29 times): never tagged where left out.
_CITIES_THAT_ARE_WORDS = frozenset({
    "来宾", "大庆", "安康", "日照", "乐山", "大同", "长治", "北海", "红河", "玉树", "普洱", "大理", "文山", "三明", "海东",
    "海西", "海北", "山南", "黄南", "甘南", "黔南", "白山", "黑河", "天门", "新余", "宜春", "吉安", "定西", "平凉", "怒江",
    "迪庆", "德宏", "果洛", "阿坝", "凉山", "伊春", "湘西", "金昌", "铜仁", "白银",
})  # and those read as people (:data:`_CITIES_READ_AS_PEOPLE`), which :func:`_is_city_no_name_reads_as` leaves out


#: Foreign capitals whose names jieba may read as words of a clause (酥油茶机|里加|茶, 马|累, 塔林): not tagged where left out.
_FOREIGN_CITIES_THAT_READ_AS_WORDS = frozenset({"里加", "马累", "塔林", "苏瓦", "基多"})


@cache
def _states_provinces_and_cities_longest_first() -> list[str]:
    """States, provinces and cities the tagger may leave untagged (:func:`untagged_state_or_province`), longest
    first: China's cities that no name reads as (:func:`_is_city_no_name_reads_as`) and no common word is, and the
    foreign capitals and cities of :data:`FOREIGN_CITIES` but those that read as words."""
    cities = {city for city in _CITIES if _is_city_no_name_reads_as(city) and city not in _CITIES_THAT_ARE_WORDS}
    return longest_first(COUNTRIES | PROVINCES | cities | (FOREIGN_CITIES - _FOREIGN_CITIES_THAT_READ_AS_WORDS))
#: What may follow a state or province the tagger left untagged for it to be tagged: a mark, a particle, a joiner.
_AFTER_AN_UNTAGGED_PLACE = frozenset("，。、；：！？的和与及等")
#: Bodies a state's or province's name opens (也门改革集团, 佛得角争取民主运动): no place of its own there.
_BODY_LATER_IN_THE_CLAUSE = re.compile(r"[^，。、；：！？\n]{0,10}?(?:党|集团|运动|联盟|阵线|组织|大学|公司|政府|委员会)")


#: Names of bodies, media, events and programmes a country's name may open further on in its clause (意大利高等卫生研究院,
#: 中国国际消费品博览会, 健康中国战略, 美国消费者新闻与商业频道): no place of its own there (LABELS.md: nothing is tagged
#: inside an event's or programme's name).
_NAME_LATER_IN_THE_CLAUSE = re.compile(
    rf"[^，。、；：！？\n]{{0,12}}?(?:{_EVENT_AFTER_A_BODY.pattern}|研究院|学院|医院|法院|展览会|大会|年会|艺术节|电影节|"
    r"文化节|战略|计划|频道|电视台|通讯社|日报|时报|杂志|银行|协会|学会|基金会|奖)")


#: What makes a state or province before it no place: a time zone (北京时间), or a ship's or satellite's name (山东舰,
#: 吉林一号).
_NO_PLACE_AFTER = re.compile(r"时间|舰|[一二三四五六七八九十0-9０-９]*号")


def untagged_state_or_province(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a state or province the tagger left untagged (土耳其|拥有, 在|福建|交付, 安徽、|福建、云南: CCTV news).

    Only a whole word of jieba's that touches no span, followed by a mark, 的 or a joiner, or by a common verb of
    jieba's (its rare "verbs" are places it does not know: 湖北|建始, 山东|沾化, which would leave the county out), or
    by a state's post, tagged or not (也门|总统|哈迪, 日本|首相; there also where jieba reads the state and the post as
    one word: 英国首相|卡梅伦), or by anything but the name of a body, event or
    programme it opens (对|也门|人道主义局势, 造福|刚果|人民, 高温造成|江西|多地干旱: People's Daily and MSRA tag 7,776
    of the 7,791 countries and 2,469 of the 2,474 provinces standing as whole words, and leave only 北京时间; CLUENER,
    which tags countries used as modifiers less, loses 43 dev texts' spans to it; not 中国国际消费品博览会,
    健康中国战略: :data:`_NAME_LATER_IN_THE_CLAUSE`, nor 北京时间, 山东舰, 吉林一号: :data:`_NO_PLACE_AFTER`, nor before a
    rare "verb": 湖北|建始), and
    not where the clause goes on to a body the name opens (也门改革集团), in a clause of sport (a team), a 《》
    title, a short quotation or a policy term.
    """
    def stands_alone(place: Entity, found: list[Entity]) -> bool:
        if _state_listed_after_a_place(place, found, text):  # 中国和|越南|移管: jieba reads 越|南移
            return not (_overlaps_another(found, place, place.start, place.end) or _in_a_sports_clause(place, text)
                        or in_book_title(place, text) or _short_quotations_around(place, text))
        before_its_post = text.startswith(_STATE_POSTS_LONGEST_FIRST, place.end) and not any(
            entity.start == place.end and entity.type != "TITLE" for entity in found)
        return not (_overlaps_another(found, place, place.start - 1, place.end + (0 if before_its_post else 1))
                    or not word_starts_at(text, place.start) or not (word_ends_at(text, place.end) or before_its_post)
                    or not (before_its_post or _before_a_mark_or_common_verb(place.end, text)
                            or _before_a_plain_word(place.end, text))
                    or _BODY_LATER_IN_THE_CLAUSE.match(text, place.end) or _in_a_sports_clause(place, text)
                    or in_book_title(place, text) or _short_quotations_around(place, text) or in_term_with_no_name(place, text))

    return _untagged_names_tagged(entities, text, _states_provinces_and_cities_longest_first(), "LOC", stands_alone)


#: Joiners of a list of places: 中国和越南, 俄罗斯与美国, 荷台达市与也门.
_PLACE_LIST_JOINERS = "和与及、"


def _state_listed_after_a_place(place: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether ``place`` is a state of :data:`COUNTRIES` listed right after a place tagged, across a joiner (中国和|越南|
    移管被判刑人条约, 俄罗斯与|美国|9号发表声明, 在荷台达市与|也门|政府代表会晤: CCTV news), which a list of places makes a
    place whatever words jieba reads there (越|南移)."""
    return (place.text in COUNTRIES and place.start >= 2 and text[place.start - 1] in _PLACE_LIST_JOINERS
            and any(entity.type == "LOC" and entity.end == place.start - 1 for entity in entities))


def post_after_a_late_name(entities: Sequence[Entity], before: Sequence[Entity], text: str) -> list[Entity]:
    """Read the posts after the national bodies, states and provinces tagged last (:func:`untagged_unique_body`,
    :func:`untagged_state_or_province`): 联合国教科文组织|总干事|博科娃, 世卫组织|总干事|谭德塞 (CCTV news), which the post
    rule, run before them, found no body before. The post rule once more, only where one of the spans new among
    ``entities`` (``before`` holds those before they were tagged) stands right before a post."""
    new = {(e.start, e.end) for e in entities} - {(e.start, e.end) for e in before}
    if not any(_POST_AFTER_A_BODY.match(text, end) for _, end in new):
        return list(entities)
    return untagged_post_after_a_body(entities, text)


def _before_a_plain_word(at: int, text: str) -> bool:
    """Whether what follows ``text[at]`` leaves a state or province before it a place of its own: no name of a body,
    event or programme later in the clause (:data:`_NAME_LATER_IN_THE_CLAUSE`), no time zone, ship or satellite
    (:data:`_NO_PLACE_AFTER`) and no "verb" jieba counts rarely, mostly a county it does not know (湖北|建始, 山东|沾化)."""
    start, end = word_at(text, at)
    rare_verb = start == at and word_tag(text[start:end]).startswith("v") and word_frequency(text[start:end]) < 20
    return not (_NAME_LATER_IN_THE_CLAUSE.match(text, at) or _NO_PLACE_AFTER.match(text, at) or rare_verb)


def _before_a_mark_or_common_verb(at: int, text: str) -> bool:
    if at >= len(text) or text[at] in _AFTER_AN_UNTAGGED_PLACE:
        return True
    start, end = word_at(text, at)
    verb = text[start:end]
    return start == at and word_tag(verb).startswith("v") and word_frequency(verb) >= 20


#: Local posts of the written labels that end in 员 (a village's 监测员, 护林员, a station's 观冰员, 预报员, 管理员), which
#: the tagger leaves untagged between a place and a name more often than other posts.


def untagged_post_after_a_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a post the tagger left untagged right after the place or body it belongs to, where it makes a person of
    its clause an official: 邹文斌是崇仁县塘坪村|党支部书记|，, 刘奇同志任江西省委|书记, 北李庄村|第一书记|宋伟 (CCTV
    news); and the holder with it, where no span touches the post and jieba reads a name of a common surname right
    after it (工业和信息化部|部长|苗圩; not 镇长刘某), or after a state's post a name jieba's dictionary lists
    (日本|首相|安倍晋三). A place's party organ read into the body goes to the post (古荣村党支部|书记 → 古荣村 +
    党支部书记), as :func:`party_organ_into_post` does. The local posts of the written
    labels count too (:data:`LOCAL_POSTS`: 月亮桥村|护林员|章德富, 沙溪村|监测员|雷水根), and so does a member of the
    body's party organ, also as a former post after 原 or 前 (河北省人大常委会|原|党组成员|、副主任宋太平: notices of
    discipline cases).

    The written train and dev splits and CLUENER tag 804 of the 806 posts written right after a tagged place or body
    (the other two run on: 总经理|助理, 主任|委员); the tagger leaves about one in nine untagged on CCTV news. Whose
    post it is is the officials' reading (:func:`extract_officials`): a post that gives no one a post stays untagged
    (LABELS.md: the post of a named person).
    """
    found = sorted(entities, key=lambda e: (e.start, e.end))
    officials = None
    for body in list(found):
        at = body.end + (text[body.end : body.end + 1] in FORMER)  # a former post: 河北省人大常委会|原|党组成员
        post = _POST_AFTER_A_BODY.match(text, at) if body.type in ("LOC", "ORG") else None
        if post is None and body.type in ("LOC", "ORG"):
            post = _local_post_after_its_field(text, at)  # 沙溪村|地质灾害|监测员
        if post is None or word_at(text, post.end() - 1)[1] != post.end() or _overlaps_another(found, body, body.start, post.end()):
            continue
        title = Entity(post.start(), post.end(), "TITLE", post.group())
        added = [title]
        organ = _PLACE_PARTY_ORGAN.match(body.text) if body.type == "ORG" and not post.group().startswith(PARTY_ORGANS) else None
        if organ:  # 定日县长所乡古荣村党支部|书记 → 定日县长所乡古荣村 + 党支部书记
            cut = body.start + organ.end("place")
            title = Entity(cut, post.end(), "TITLE", text[cut : post.end()])
            added = [Entity(body.start, cut, "LOC", organ.group("place")), title]
        holder_end = person_word_end(text, post.end())
        holder = text[post.end() : holder_end]
        if holder in POSTS_READ_INTO_A_NAME and not _overlaps_another(found, body, post.end(), holder_end):  # 日本|首相顾问|饭岛勋: a post of the post's holder, not a 顾 named 问
            title = Entity(title.start, holder_end, "TITLE", text[title.start : holder_end])
            added[-1] = title
            holder_end = person_word_end(text, title.end)
            holder = text[title.end : holder_end]
        named = 2 <= len(holder) <= 3 and _common_single_surname(holder) and holder[1] != "某"
        if not named and post.group() in STATE_POSTS:  # 日本|首相|安倍晋三: a name jieba's dictionary lists
            holder_end = _dictionary_name_end(text, title.end)
            holder, named = text[title.end : holder_end], holder_end > title.end
        if named and not _overlaps_another(found, body, title.end, holder_end):
            added.append(Entity(title.end, holder_end, "PER", holder))
        kept = [e for e in found if e is not body or not organ]
        trial = sorted(kept + added, key=lambda e: (e.start, e.end))
        officials = extract_officials(text, found) if officials is None else officials
        if _post_makes_an_official(title, trial, officials, text):
            found, officials = trial, None
    return found


_LOCAL_POST = re.compile("|".join(LOCAL_POSTS))
#: How far after the place a local post may end: its field and the longest local post.
_LOCAL_POST_REACH = MAX_FIELD_CHARS + max(map(len, LOCAL_POSTS))


def _local_post_after_its_field(text: str, at: int) -> re.Match[str] | None:
    """A local post written after its field, one or two nouns of jieba's, right after the place (沙溪村|地质灾害|监测员),
    or ``None``."""
    post = _LOCAL_POST.search(text, at + 2, at + _LOCAL_POST_REACH)
    return post if post is not None and post.start() - at <= MAX_FIELD_CHARS and _nouns_only(text, at, post.start()) else None


#: A deputy or member of a congress or a political consultative conference, written before the name
#: (全国人大代表赵振香, 全国政协委员, 县人大代表, 十九大代表): the body and the post.
_DEPUTY_BEFORE_A_NAME = re.compile(r"(?:(?P<national>全国人大(?=代表)|全国政协(?=委员))|(?P<level>(?:[省市州县区])?(?:人大(?=代表)|政协(?=委员)))"
                                   r"|(?P<congress>(?:党的)?[一二三四五六七八九十]{2,3}大(?=代表)))(?P<post>代表|委员)")
#: What may stand right before such a deputy's post for it to open a name's description: no name of its own.
_BEFORE_A_DEPUTY = frozenset("的是和与及为任、，。；：\n ")


#: A rank or house the tagger left untagged right before a post (众|议长, 利比里亚临时参|议长, 众议院第一|副议长, 第二副|首相):
#: the house of a speaker or member, or an ordinal deputy.
_RANK_BEFORE_A_POST = re.compile(r"(?:(?P<house>[众参])|第[一二三四五]副?|(?:(?<![\u4e00-\u9fff])|(?<=[为任]))副)$")


def rank_before_a_post_into_it(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Take into a post the rank or house the tagger left untagged right before it (墨西哥众|议长 → 众议长, 伊朗第一|副议长
    → 第一副议长, 第二副|首相 → 第二副首相: CCTV news), as it reads 第一副总理 whole elsewhere: 众 or 参 before a speaker's
    or member's post, an ordinal (第一, 第二副) before any. Only where no span ends there; no written gold post has
    such a word untagged before it."""
    ends = {e.end for e in entities}
    mended: list[Entity] = []
    for entity in entities:
        rank = _RANK_BEFORE_A_POST.search(text, max(0, entity.start - 3), entity.start) if entity.type == "TITLE" else None
        if (rank is None or entity.start in ends or _overlaps_any(entities, rank.start(), entity.start)
                or (rank.group("house") and entity.text not in ("议长", "副议长", "议员"))
                or (rank.group().endswith("副") and entity.text.startswith("副"))):
            mended.append(entity)
            continue
        mended.append(Entity(rank.start(), entity.end, "TITLE", text[rank.start() : entity.end]))
    return mended


def untagged_deputy_before_a_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a deputy's or member's post the tagger left untagged right before a person (全国人大代表|赵振香, 来自徐工集团的
    全国人大代表|单增海, 十九大代表|荀笑红: CCTV news, 20 names in 2,700 stories): LABELS.md's 全国人大 (ORG) + 代表
    (TITLE), as :func:`split_committee_member` splits the tagger's 全国人大代|表; a level's or the bare 人大 or 政协
    goes into the post, as a level committee does (县人大代表, 人大代表: a body named by its level alone is no ORG); a
    party congress is no ORG (:data:`_PARTY_CONGRESS`), so after it only 代表 is the post. A body the tagger did tag
    before the post (十二届全国人大|代表) keeps its span. Only where the post opens the clause's description of the
    person: nothing that could be part of a name stands before it (广东省人大代表 is left to the tagger)."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    person_starts = {e.start for e in found if e.type == "PER"}
    added: list[Entity] = []
    for deputy in _DEPUTY_BEFORE_A_NAME.finditer(text):
        if deputy.end() not in person_starts:
            continue
        post_start = deputy.start("post")
        body_before = next((e for e in found if e.type == "ORG" and e.end == post_start and e.start <= deputy.start()), None)
        if body_before is not None:
            if not _overlaps_another(found, body_before, post_start, deputy.end()):
                added.append(Entity(post_start, deputy.end(), "TITLE", deputy.group("post")))
            continue
        if _overlaps_any(found, deputy.start(), deputy.end()) or (
                deputy.start() > 0 and text[deputy.start() - 1] not in _BEFORE_A_DEPUTY and _is_cjk(text[deputy.start() - 1])):
            continue
        if deputy.group("national"):
            added += [Entity(deputy.start(), post_start, "ORG", deputy.group("national")),
                      Entity(post_start, deputy.end(), "TITLE", deputy.group("post"))]
        elif deputy.group("level"):
            added.append(Entity(deputy.start(), deputy.end(), "TITLE", deputy.group()))
        else:
            added.append(Entity(post_start, deputy.end(), "TITLE", deputy.group("post")))
    return sorted(found + added, key=lambda e: (e.start, e.end)) if added else found


def _ends_an_untagged_name(text: str, at: int) -> bool:
    """Whether the character before ``at`` is a piece of a name rather than a word of its own: one character jieba
    reads alone as a localizer, a name or nothing it knows (返底|村: 底), not a verb or particle (这让|社区, 去世的|村)."""
    if at == 0 or not _is_cjk(text[at - 1]):
        return False
    start, end = word_at(text, at - 1)
    return end - start == 1 and word_tag(text[start:end]) in ("", "f", "ns", "nr", "nrt", "nz")


#: A name of two or three characters standing alone between a post and a clause mark (副主任|应立标|，).
_NAME_BEFORE_A_MARK = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[，、。；])")


#: A part of a province named by its one-character name and a direction, cut before its second direction
#: (浙西|南 → 浙西南, 黔东|南; not 陕西, a province: 陕西|北部).
_PROVINCE_PART_CUT_SHORT = re.compile(r"^[浙苏皖闽赣鄂湘粤桂川黔滇甘晋冀豫鲁辽吉黑蒙藏青琼渝][东西]$")


def province_part_completed(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A LOC of a province's one-character name and 东 or 西 right before an untagged 南 or 北 gets it: 浙西|南 →
    浙西南 (the written labels tag 浙西南 whole), unless 部 follows (…西|北部 is the province's north)."""
    ordered = sorted(entities, key=lambda e: e.start)
    taken = {i for e in ordered for i in range(e.start, e.end)}
    return [Entity(e.start, e.end + 1, "LOC", text[e.start : e.end + 1])
            if e.type == "LOC" and _PROVINCE_PART_CUT_SHORT.match(e.text) and text[e.end : e.end + 1] in ("南", "北")
            and e.end not in taken and text[e.end + 1 : e.end + 2] != "部" else e for e in ordered]


#: A body named after its place (瑞安市|康宁养老院, 宁波市|效实中学): the chain of units before it and the body's own name.
_BODY_AFTER_ITS_PLACE = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|镇|乡|街道))+(?P<own>(?P<name>[\u4e00-\u9fff]{2,8})"
                                   r"(?:中学|小学|学校|医院|养老院|敬老院|幼儿园|学院|公司|集团))$")
#: How often jieba may count the start of a body's own name (效实 0, 康宁 168) before it names a kind, not one body
#: (中心敬老院, 中医医院, 建筑公司, 第二人民医院).
_COMMON_NAME_START = 1000


def short_mention_of_a_named_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag an untagged later mention of a body by its own name without its place (宁波市效实中学 … |效实中学|党委书记; the
    written labels tag such mentions: 瑞安市康宁养老院 … 康宁养老院). Only a name of four characters or more ending in a
    school's, hospital's, care home's or company's word, whose own name opens with no common word of jieba's (not
    中心敬老院, 中医医院, 建筑公司), where the mention touches no span and opens after no CJK character that jieba reads
    into a word with it."""
    owns = set()
    for entity in entities:
        body = _BODY_AFTER_ITS_PLACE.match(entity.text) if entity.type == "ORG" else None
        if body and len(body.group("own")) >= 4 and max(
                word_frequency(body.group("name")), word_frequency(body.group("name")[:2])) < _COMMON_NAME_START:
            owns.add(body.group("own"))
    if not owns:
        return list(entities)

    def stands_alone(mention: Entity, found: list[Entity]) -> bool:
        return not _overlaps_any(found, mention.start, mention.end) and not (
            mention.start > 0 and word_at(text, mention.start)[0] < mention.start)

    return _untagged_names_tagged(entities, text, longest_first(owns), "ORG", stands_alone)


def short_place_read_as_a_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """An ORG that is a place the text names elsewhere with its unit, here without it, is the place (泰顺县廊桥文化园
    管理中心 … 泰顺 (ORG)|现存廊桥33座 → 泰顺, LOC: a local paragraph; LABELS.md's county named without its unit is
    still a place). Only a name of two or three characters with no body word."""
    named_with_a_unit = {m.group(1) for e in entities if e.type in ("LOC", "ORG")
                         for m in _NAME_BEFORE_ITS_UNIT.finditer(e.text)}
    return [Entity(e.start, e.end, "LOC", e.text)
            if e.type == "ORG" and 2 <= len(e.text) <= 3 and e.text in named_with_a_unit and not _BODY_WORD.search(e.text)
            else e for e in entities]


#: A name of two or three characters with the unit after it (泰顺|县, 龙港|市) at a span's start.
_NAME_BEFORE_ITS_UNIT = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:县|市|区|镇|乡)")


def untagged_holder_after_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag as a person the untagged name between a post and a clause mark (市人大常委会副主任|应立标|，副市长…, 越南国家主席|
    武文赏|。: a local paragraph and CCTV news; 应立 reads as a verb to the tagger). Only two or three characters of a common
    one-character surname, no 某 and no honorific or role after the surname (方总, 王老师), no word of jieba's but a
    person's name, read by jieba one character at a time from the surname on (not 总书记|曾指出, 教授|成立的)."""
    added: list[Entity] = []
    for post in entities:
        name = _NAME_BEFORE_A_MARK.match(text, post.end) if post.type == "TITLE" else None
        if (name is None or not _common_single_surname(name.group(1)) or "某" in name.group(1)
                or name.group(1)[1] in _AFTER_A_SURNAME_ALONE or name.group(1)[-1] in _ROLE_ENDINGS_AFTER_A_SURNAME):
            continue  # 副总经理|方总|, 主任|王老师|: a surname and an honorific or role (LABELS.md: no PER)
        start, end = name.span(1)
        if (word_tag(name.group(1)) not in ("", "nr", "nrfg", "nrt") or word_at(text, start) != (start, start + 1)
                or word_at(text, start + 1)[1] - word_at(text, start + 1)[0] > 1 or _overlaps_any(entities, start, end)):
            continue
        added.append(Entity(start, end, "PER", name.group(1)))
    return sorted([*entities, *added], key=lambda e: (e.start, e.end)) if added else list(entities)


_PARTY_ORGANS_LONGEST_FIRST = tuple(longest_first(PARTY_ORGANS))


def party_member_before_a_listed_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a party committee's member left untagged before a listed post: 凤凰街道党工委 (ORG)|委员|、组织委员朱晓丽 →
    凤凰街道 (LOC) + 党工委委员 (TITLE), 镇党委|委员|、组织委员 → 党委委员 (the tagger left both untagged in local
    paragraphs written for the check). The organ goes into the post, as LABELS.md reads 党支部书记; the place before it
    is a LOC, a body an ORG."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    members: list[Entity] = []
    for index, post in enumerate(ordered):
        member_start = post.start - 3
        if (post.type != "TITLE" or member_start < 0 or text[member_start : post.start] != "委员、"
                or _overlaps_any(ordered, member_start, post.start - 1)):
            continue
        before = ordered[index - 1] if index > 0 else None
        if before is not None and before.end == member_start and before.type == "ORG":
            organ = next((o for o in _PARTY_ORGANS_LONGEST_FIRST if before.text.endswith(o)), None)
            if organ is None or len(before.text) == len(organ):
                continue
            body = before.text[: -len(organ)]
            ordered[index - 1] = Entity(before.start, before.end - len(organ), "LOC" if _UNIT_END.search(body) else "ORG", body)
            members.append(Entity(before.end - len(organ), post.start - 1, "TITLE", text[before.end - len(organ) : post.start - 1]))
            continue
        organ = next((o for o in _PARTY_ORGANS_LONGEST_FIRST if text.endswith(o, 0, member_start)), None)
        if organ and not _overlaps_any(ordered, member_start - len(organ), member_start):
            members.append(Entity(member_start - len(organ), post.start - 1, "TITLE", organ + "委员"))
    return sorted([*ordered, *members], key=lambda e: (e.start, e.end))


def untagged_post_before_a_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a head's post the tagger left untagged right before a person it tagged (乡村振兴工作队队员、驻村第一书记|杨再东,
    社区书记|伍加木, 这多亏了村支书|吴天来, 贫困山区女孩梦想的校长|张桂梅: CCTV news), as the written labels tag
    党扭村|驻村第一书记|龙晓燕; a bare village or community before the post is part of it (LABELS.md: 党支部书记,
    居委会主任), not the end of a village's own name (返底村|党支部书记). Only a post that starts a word of jieba's (not
    常熟市委|书记, 总书|记) and touches no span."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    added: list[Entity] = []
    for person in found:
        if person.type != "PER":
            continue
        post = _POST_BEFORE_A_NAME.search(text, max(0, person.start - 12), person.start)
        if post is None:
            continue
        start = _start_of_post(post, text)  # 返底村|党支部书记: the village's own name, left untagged, is no bare 村
        word_start = word_at(text, start)[0]
        if word_start != start:
            if not _POST_BEFORE_A_NAME.fullmatch(text, word_start, person.start):
                continue  # 常熟市委|书记: the post starts inside a word
            start = word_start  # 村支书, jieba's one word
        if _overlaps_any(found, start, person.start):
            continue
        added.append(Entity(start, person.start, "TITLE", text[start : person.start]))
    return sorted(found + added, key=lambda e: (e.start, e.end)) if added else found


#: A spokesperson's post (中国外交部|发言人|洪磊, 新闻发言人, 副发言人), and other posts of world news the tagger leaves
#: untagged before the holder's name (叙利亚问题|特使|彼得森, 欧盟外交与安全政策|高级代表|博雷利, 加州|州长|纽瑟姆,
#: 日本|法务大臣|森雅子, 支持|总统|哈迪, 反对党|领袖|伊萨克达尔, 原|司令员|郭毅力, 乌克兰武装部队|总司令|扎卢日内, 特别|报告员); the representative of a state at the UN only after the
#: UN (中国常驻联合国|代表|李保东: 代表 is a verb too, 代表习近平主席).
_WORLD_NEWS_POST = re.compile(r"副?(?:(?:新闻)?(?:首席|副)?发言人|特使|高级代表|州长|[\u4e00-\u9fff]{2}大臣|总统|领袖|司令员|总?司令|总?参谋长|"
                              r"指导员|总经理|(?:[一二三四]级)?调研员|报告员|亲善大使|[\u4e00-\u9fff]{2}部长)$")
_UN_REPRESENTATIVE = re.compile(r"(?<=联合国)代表$")


#: An indefinite or demonstrative opening (一大型银行, 某机构, 该组织): no name.
_INDEFINITE_OPENINGS = "一某多各该本这那其"


def body_left_out_between_its_state_and_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a state or province and the body the tagger left untagged between it and a post one ORG (伊朗|原子能组织|
    发言人, 印尼|国家抗灾署|发言人, 美国|疾控中心|主任: CCTV news), as MSRA and CLUENER tag such a body whole: two to eight
    characters of whole words of jieba's that end like a body (:data:`_ORG_ENDINGS`, 组织, 机构), not a government
    (美国|政府|总统 is the state's post) nor an indefinite one (北京|一大型银行|交易员: CLUENER's gold leaves it out), nor
    a kind of body after 的 (来自江苏|的乡镇敬老院|院长)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        post = ordered[index + 1] if index + 1 < len(ordered) else None
        gap = text[entity.end : post.start] if post is not None else ""
        if (entity.type == "LOC" and post is not None and post.type == "TITLE" and 2 <= len(gap) <= 8
                and entity.text in _COUNTRIES_AND_PROVINCES and all(map(_is_cjk, gap))
                and (_ORG_ENDINGS.search(gap) or gap.endswith(("组织", "机构"))) and gap not in ("政府", "人民政府")
                and gap[0] not in _INDEFINITE_OPENINGS and "的" not in gap  # 江苏|的乡镇敬老院|院长: a kind, no name
                and _whole_words(text, entity.end, post.start) is not None):
            entity = Entity(entity.start, post.start, "ORG", text[entity.start : post.start])
        result.append(entity)
    return result


def world_news_post_before_a_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a spokesperson's post the tagger left untagged right before a person it tagged (联合国人道主义事务协调厅|发言人|
    延斯·莱克, 空军新闻发言人|申进科: CCTV news, some 30 stories), as the written labels tag 湖南省统计局|新闻发言人|罗志平
    and CLUENER 美国国防部|发言人|莫雷尔; a 新闻 the tagger read alone as the post goes into it (新闻 (TITLE)|发言人). So
    are the other posts of world news of :data:`_WORLD_NEWS_POST` (叙利亚问题|特使|彼得森, 加州|州长|纽瑟姆) and a UN
    representative's 代表 after the UN (:data:`_UN_REPRESENTATIVE`). Only where the post starts a word of jieba's and no
    other span touches it."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    added: list[Entity] = []
    dropped: list[Entity] = []
    for person in found:
        post = (_WORLD_NEWS_POST.search(text, max(0, person.start - 7), person.start)
                or _UN_REPRESENTATIVE.search(text, max(0, person.start - 2), person.start)) if person.type == "PER" else None
        if post is None or not word_starts_at(text, post.start()):
            continue
        start = post.start()
        news = next((e for e in found if e.type == "TITLE" and e.text == "新闻" and start - 2 <= e.start <= start), None)
        if news is not None:
            start = news.start
        if _overlaps_any([e for e in found if e is not news], start, person.start):
            continue
        added.append(Entity(start, person.start, "TITLE", text[start : person.start]))
        if news is not None:
            dropped.append(news)
    if not added:
        return found
    return sorted([e for e in found if not any(e is d for d in dropped)] + added, key=lambda e: (e.start, e.end))


def untagged_post_held_by_a_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a head's post the tagger left untagged where it makes a person of its clause an official, wherever it stands
    in the clause: 石顺莲是当时十八洞村的|党支部书记, 林丹担任|党支部书记, 王家元当选为村|党支部书记, 李卓卉是…先锋社区的|党支部书记
    (CCTV news: a post after 的, a verb of holding or a generic body, which :func:`untagged_post_after_a_body` and
    :func:`untagged_post_before_a_person` do not reach). Whose post it is is the officials' reading
    (:func:`extract_officials`), as there. Only a post that is whole words of jieba's and touches no span (not 习|总书记
    or 总书|记), a bare village or community before it as in :func:`untagged_post_before_a_person`; not a local post
    (质量管理员: a role)."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    posts = []
    for post in _HEADS_POST.finditer(text):
        start, end = _start_of_post(post, text), post.end()
        if word_starts_at(text, start) and word_ends_at(text, end):
            posts.append(([], Entity(start, end, "TITLE", text[start:end])))
    return _tagged_where_officials_come_of_them(found, posts, text)


def untagged_envoy_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag an envoy's post the tagger left untagged between the place he is stationed in and his name: 中国驻伊朗|大使|郁红阳,
    智利驻华|大使|贺乔治 (CCTV news: the tagger tags 大使 about one time in thirty there, and read the name after it as a
    place; :func:`holder_read_as_place` reads it back). Only right after a place or body written after 驻 and right
    before a person, not an embassy (驻美国|大使馆); the body of the post is the one that sends him
    (:func:`~zhpolicy.models.officials.extract_officials`)."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    person_starts = {e.start for e in found if e.type == "PER"}
    candidates = []
    for place in found:
        if place.type not in ("LOC", "ORG") or text[place.start - 1 : place.start] != STATIONED:
            continue
        post = next((post for post in ENVOY_POSTS if text.startswith(post, place.end)), None)
        if post is not None and place.end + len(post) in person_starts:
            candidates.append(([], Entity(place.end, place.end + len(post), "TITLE", post)))
    return _tagged_where_officials_come_of_them(found, candidates, text)


#: A member's post of a national congress written whole and left untagged: the body and the post (LABELS.md: 全国人大
#: (ORG) + 代表 (TITLE)).
_CONGRESS_MEMBER = re.compile(r"(全国人大)(代表)|(全国政协)(委员)")


def untagged_congress_member(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag 全国人大代表 (全国政协委员) the tagger left untagged as the body and the post, LABELS.md's 全国人大 + 代表, where
    that makes a person of its clause an official: CCTV names deputies so before their other posts or their name
    (全国人大代表、淮安市委书记史志军, 港区全国人大代表卢瑞安), and jieba reads 全国人大代表 as one word, so the tagger
    often leaves it out. Whose post it is is the officials' reading, as in :func:`untagged_post_held_by_a_person`;
    only where no span touches it (not 全国人大|代表 already split, nor 十二届全国人大 read as the body)."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    members = []
    for member in _CONGRESS_MEMBER.finditer(text):
        start, split, end = member.start(), member.end(1 if member.group(1) else 3), member.end()
        if not _overlaps_any(found, max(0, start - 1), end):  # 十二届全国人大 read as the body touches it
            members.append(([Entity(start, split, "ORG", text[start:split])], Entity(split, end, "TITLE", text[split:end])))
    return _tagged_where_officials_come_of_them(found, members, text)


def _tagged_where_officials_come_of_them(found: list[Entity], candidates: Sequence[tuple[list[Entity], Entity]],
                                         text: str) -> list[Entity]:
    """``found`` (sorted) with each candidate post (and the body it brings) that touches no span added where it makes
    an official of its post that the spans without it lack, one after the other: the test of
    :func:`untagged_post_held_by_a_person` and :func:`untagged_congress_member` (whose post it is is the officials'
    reading, :func:`extract_officials`)."""
    officials = None
    for body, title in candidates:
        added = [*body, title]
        if any(_overlaps_any(found, e.start, e.end) for e in added):
            continue
        trial = sorted([*found, *added], key=lambda e: (e.start, e.end))
        officials = extract_officials(text, found) if officials is None else officials
        if _post_makes_an_official(title, trial, officials, text):
            found, officials = trial, None
    return found


def _post_makes_an_official(title: Entity, trial: Sequence[Entity], officials: Sequence[Official], text: str) -> bool:
    """Whether the spans of ``trial``, which add the post ``title``, make an official of it that ``officials`` (those
    of the spans without it) lack: the test an untagged post passes to be tagged. A post written again beside its
    holder passes too, where the official is one already (美国总统特朗普 … 美国|总统|特朗普14日也发表声明: officials are
    one entry per person and post, and LABELS.md tags the post at every mention)."""
    holders = {e.text for e in trial if e.type == "PER" and (e.end == title.start or e.start == title.end)}
    return any(official.title == title.text and (official not in officials or official.name in holders)
               for official in extract_officials(text, trial))


def _start_of_post(post: re.Match[str], text: str) -> int:
    """Where a post matched with a bare village or community before it starts (:data:`_POST_BEFORE_A_NAME`): after the
    bare 村 or 社区 where that ends a village's own name, left untagged (返底村|党支部书记), else at the match."""
    if post.group("bare") in ("村", "社区") and _ends_an_untagged_name(text, post.start()):
        return post.end("bare")
    return post.start()


#: Posts of Party and state leaders, written right after the name in national news (习近平总书记, 李克强总理): a post
#: wherever it follows a person, tagged elsewhere in the text or not.
LEADERS_POSTS = ("总书记", "国家主席", "主席", "副主席", "总理", "副总理", "委员长", "副委员长", "总统", "副总统", "首相",
                 "国王")
_LEADERS_POSTS_LONGEST_FIRST = tuple(longest_first(LEADERS_POSTS))


def post_after_a_person_tagged_elsewhere(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a post the tagger left untagged right after a person where the same text tags it after a person
    elsewhere: 习近平|总书记|强调 beside [习近平][总书记] (CCTV news leaves about one in three such mentions untagged).

    One post read one way through a text, as :func:`tag_other_mentions` reads names; only posts of at least two
    characters that end on a dictionary-word boundary and touch no span.
    """
    ordered = sorted(entities, key=lambda e: e.start)
    held = {after.text for person, after in zip(ordered, ordered[1:])
            if person.type == "PER" and after.type == "TITLE" and after.start == person.end and len(after.text) >= 2}
    posts = longest_first(held | set(LEADERS_POSTS))
    found = list(ordered)
    for person in ordered:
        if person.type != "PER":
            continue
        post = next((post for post in posts if text.startswith(post, person.end)
                     and word_at(text, person.end + len(post) - 1)[1] == person.end + len(post)), None)
        if post is not None and not _overlaps_another(ordered, person, person.end, person.end + len(post)):
            found.append(Entity(person.end, person.end + len(post), "TITLE", post))
    return sorted(found, key=lambda e: (e.start, e.end))


#: What ends a clause for :func:`is_unheld_post`: a post and the name it belongs to stand between two of these.
_CLAUSE_END_MARKS = "，。；！？：\n"
_CLAUSE_ENDS = re.compile(f"[{_CLAUSE_END_MARKS}]")


def _clause_around(entity: Entity, text: str) -> tuple[int, int]:
    """Where the clause that holds ``entity`` starts and ends: after the clause mark before it, at the one after."""
    start = max(text.rfind(mark, 0, entity.start) for mark in _CLAUSE_END_MARKS) + 1
    after = _CLAUSE_ENDS.search(text, entity.end)
    return start, after.start() if after else len(text)

#: What may follow the last post of a list (…常委、书记，; …常委、委员职务; …委员等).
_AFTER_A_LISTED_POST = re.compile(rf"[{_CLAUSE_END_MARKS}、]|职务|等|$")


def post_listed_after_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a post the tagger left untagged after another post and 、 or 兼, where the same text tags it as a post
    elsewhere: 任浙江省委|委员|、|常委|、书记， and 不再担任…书记、常委、委员职务 (CCTV news; the tagger often stops a
    list of posts one short).

    Only a post of two characters or more that the list ends with, or goes on from: a clause mark, 、, 职务 or 等
    after it, and no span touched.
    """
    ordered = sorted(entities, key=lambda e: e.start)
    posts = longest_first({e.text for e in ordered if e.type == "TITLE" and len(e.text) >= 2})
    found = list(ordered)
    for entity in ordered:
        at = entity.end + 1
        while entity.type == "TITLE" and text[entity.end : at] in ("、", "兼"):
            post = next((post for post in posts if text.startswith(post, at)
                         and _AFTER_A_LISTED_POST.match(text, at + len(post))), None)
            if post is None or _overlaps_another(found, entity, at, at + len(post)):
                break
            entity = Entity(at, at + len(post), "TITLE", post)
            found.append(entity)
            at = entity.end + 1
    return sorted(found, key=lambda e: (e.start, e.end))


def is_unheld_post(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether a TITLE has no person in its clause (县长带队, 邀请专家): LABELS.md's TITLE is the post of a named person.

    In the written labels 840 of 841 posts in the train split have a
    person in the same clause; the tagger's posts without one were wrong
    in 7 of 8 cases on the written train and dev splits.
    """
    if entity.type != "TITLE":
        return False
    start, end = _clause_around(entity, text)
    if start > 0 and HOLDING_AFTER_A_COMMA.match(text, start - 1) and any(
            other.type == "PER" and other.end == start - 1 for other in entities):  # 孙丽美，生前系…党支部书记: the topic
        start = max(text.rfind(mark, 0, start - 1) for mark in _CLAUSE_END_MARKS) + 1
    listing = [found.end() for found in _THOSE_WHO_ARE.finditer(text, start, entity.start)]
    if listing:
        start = listing[-1]  # 陪同普京访华的有|外交部部长、第一副总理…: the list's posts are none of 普京's
    return not any(other.type == "PER" and start <= other.start and other.end <= end for other in entities)


#: 的有 opening a list of those who did something (陪同德索萨访华的有外交部长、…部长等, CCTV news of state visits; not
#: 的有关…, 的有效…, 的有力…): a person before it is no holder of the posts listed after it.
_THOSE_WHO_ARE = re.compile(r"的有(?![关效力益利所机些点着序限助])")


#: What may stand between a post and the next one in a list of posts: the officials' joiners of one person's posts
#: (市委书记、市长徐仁标, 董事长兼总经理) and 及, which also lists posts of several people.
_LISTED_POST_JOINERS = frozenset(POST_JOINERS | {"及"})
#: What a post of someone named elsewhere in the sentence follows: 的 (是合作社的|理事长), taking a post (担任|, 作为|,
#: 当选|) or a joiner (董事长兼|总经理).
_BEFORE_A_POST_OF_SOMEONE = frozenset({"的", "任", "为", "选"}) | _LISTED_POST_JOINERS


def is_post_beside_no_one(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether a TITLE stands beside no person, no body and no other post: 作|动员|讲话 is no post.

    A post is written next to its holder (镇长郑友明, 陈木胜导演), before
    another post of the same holder (市委书记、市长徐仁标), after its body
    (…党支部|书记), as what someone is or becomes (是合作社的|理事长,
    担任|村党支部书记) or after another post (董事长兼|总经理); all gold
    TITLEs of the written train and dev splits stand one of these ways but
    one (的分队|队长). CLUENER, which tags posts without a holder and
    occupations (最佳|导演, 画家), loses such TITLEs to this.
    """
    if entity.type != "TITLE" or text[entity.end : entity.end + 1] in _LISTED_POST_JOINERS:
        return False
    start = entity.start - 1 if text[entity.start - 1 : entity.start] in LEVELS else entity.start  # 担任村|党支部书记
    if text[start - 1 : start] in _BEFORE_A_POST_OF_SOMEONE:
        return False
    after = entity.end + 1 if text[entity.end : entity.end + 1] in (" ", "\u3000") else entity.end  # a caption's 书记 陈波：
    return not any((other.type == "PER" and (other.end == entity.start or other.start in (entity.end, after)))
                   or (other.type in ("ORG", "LOC") and other.end in (entity.start, start)) for other in entities)


#: What a meeting of post holders is called after their post (二十国集团领导人|峰会, 中塞总理|会谈, 中日韩领导人|会议).
_MEETING_OF_POST_HOLDERS = re.compile(r"级?(?:峰会|会议|会晤|会谈|论坛|对话|磋商|年会)")


def is_post_as_a_kind(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether a TITLE names the holders of a post as a kind rather than one holder's post: before the meeting they
    hold, right after the post or after the place of it, with no person right before (二十国集团|领导人|峰会,
    二十国集团|领导人|杭州|峰会, 中塞|总理|会谈; not 同桑切斯|首相|会谈), and 党和国家|领导人 before the names of
    the leaders who attend (a role: LABELS.md's posts are one holder's office; the written labels never tag 领导人).
    From CCTV news; no gold TITLE of the written labels stands so."""
    if entity.type != "TITLE":
        return False
    if entity.text == "领导人" and text.endswith("党和国家", 0, entity.start):
        return True
    if any(other.type == "PER" and other.end == entity.start for other in entities):
        return False
    end = next((other.end for other in entities if other.type == "LOC" and other.start == entity.end), entity.end)
    return _MEETING_OF_POST_HOLDERS.match(text, end) is not None


def representing_verb_dropped(entities: Sequence[Entity]) -> list[Entity]:
    """Drop a 代表 read as a body between a person and the body they speak for before the merge joins it to that body
    (胡朝晖|代表 (ORG)|区委常委会|作工作报告 read as one ORG 代表区委常委会: a local meeting report); as a TITLE it goes
    later (:func:`is_representing_verb`)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    return [e for i, e in enumerate(ordered)
            if not (e.type == "ORG" and e.text in ("代表", "分别代表") and 0 < i < len(ordered) - 1
                    and ordered[i - 1].type == "PER" and ordered[i - 1].end == e.start
                    and ordered[i + 1].type in ("ORG", "LOC") and ordered[i + 1].start == e.end)]


def is_representing_verb(entity: Entity, entities: Sequence[Entity]) -> bool:
    """Whether a TITLE 代表 is the verb "on behalf of" between a person and the body they speak for: 巴特尔|代表|全国政协,
    郑建邦|代表|民革中央 (CCTV news of ceremonies: jieba tags 代表 a noun, and the tagger reads it as a deputy). A
    deputy's 代表 follows its body (全国人大|代表), not a person."""
    if entity.type != "TITLE" or entity.text not in ("代表", "分别代表"):
        return False
    return (any(other.type == "PER" and other.end == entity.start for other in entities)
            and any(other.type in ("ORG", "LOC") and other.start == entity.end for other in entities))


#: Words that name no particular place or body (LABELS.md: 我国, 全国, 全省, 我市 are not places; bare body
#: types such as 供电所, 合作社, 党支部, 镇政府, sectors such as 交警, 消防, and generic mentions such as 村集体 are
#: not entities). None of the
#: training corpora marks one of them as an entity, but for MSRA's 党支部 (ORG) and 新区 (LOC), five and four times in
#: 45,000 sentences.
#: The characters of a post's rank (副主任, 正处级), which alone are no post (一副副春联: 副副 is a measure word doubled).
_RANK_CHARACTERS = frozenset("副正")


GENERIC_WORDS = frozenset({
    "我国", "全国", "全省", "全市", "全县", "全区", "我省", "我市", "我县", "我区", "本市", "本省", "当地", "国内", "境外",
    "乡村", "农村", "城市", "城乡", "城镇", "基层", "山区", "村庄", "丘陵", "河湖", "江河", "大江大河",
    "新区", "湖区", "城区", "市区", "库区", "灾区", "景区", "园区", "开发区", "辖区", "台区", "城市副中心", "古城",
    "本地", "外地", "各地", "两地", "全村", "全镇", "该村", "该镇", "该县", "该市", "该区", "驻村",
    "供电所", "合作社", "党支部", "镇政府", "村集体", "社区", "街道", "组织部", "宣传部", "统战部", "政法委", "办事处",
    "堰塞湖", "堰塞",  # a barrier lake (形成|堰塞湖, |堰塞|体: CCTV news)
    "群众",  # the people (受灾|群众|安置点, read as a place once and then at every mention: CCTV news)
    "关怀", "新建", "道路",  # care (|党中央的|关怀), newly built (|新建|小区), roads (口岸、|道路|等): jieba tags 关怀 nr, 新建 ns
    "湖泊", "山沟", "山沟沟",  # lakes (4000多个大小|湖泊), ravines (|山沟沟|里的老乡): CCTV news
    "公里", "大中", "总支部",  # 350|公里, |大中|城市, 党的|总支部|委员会: CCTV news
    "交警", "公安", "消防", "城管", "海关", "税务", "工商", "环保", "气象", "供电", "电力", "水利",
    # a working committee named by its kind alone (the written labels tag 区直机关工委 only with its place)
    "工委", "党工委",
    # a discipline committee and a zone's management committee by their kind alone (纪委|原书记, 管委会|主任; MSRA and
    # People's Daily tag a bare 纪委, LABELS.md a body only with its distinguishing name)
    "纪委", "管委会",
    # the Youth League's committee named by its level (团县委; MSRA and People's Daily tag it as they tag 县委)
    "团省委", "团市委", "团州委", "团县委", "团区委",
    # bare venue and service types (the written labels tag them only with a place: 王庄村党群服务中心), and 台风
    "党群服务中心", "文化礼堂", "便民服务中心", "养老服务中心", "居家养老服务中心", "居家养老服务照料中心", "老年食堂",
    "新时代文明实践站", "新时代文明实践中心", "卫生院", "卫生服务中心", "社区卫生服务中心", "敬老院", "派出所", "人武部",
    "台风",
    # the flood itself, which the tagger reads as a place in flood news (洪水冲进村庄), and a class of roads (国省道)
    "洪水", "山洪", "洪涝", "国省道",
    # common nouns of local news the tagger reads as places or people (梦想小镇 … 小镇; 温家宝|贺信); none is a gold span
    "小镇", "山岭", "花海", "江滩", "海岛", "小康", "大城市", "都市圈", "贺信", "贺电", "贺词", "路子", "大山", "深山",
    "新农村", "白天", "高水平", "鲜明", "农家乐", "段时间", "公立医院",
    # words of policy texts the tagger reads as bodies or people (国务院|印发, 国家|发展, 煤矿|瓦斯, 市场|监管部门): none is a
    # gold span
    "国家", "发展", "调整", "印发", "业余", "联席", "人民群众", "瓦斯", "运动会", "东西", "南北", "市场",
    "法宝", "冶金", "祝寿", "孝顺", "殷殷",  # the example page's 乡村振兴的法宝 read as a place, and the like
    "历史", "山川", "小山村", "崇山峻岭", "富裕村", "小康村", "空心村", "商海", "开山", "荣军",
    "青春", "韶华", "殷切", "大太阳", "海滩", "深海", "愚公",
    "仲夏", "丰茂", "大江南北", "喜庆", "白皮书", "振兴", "新春", "青稞", "凌晨",
    # words after 总书记 read as its holder (习近平总书记|念兹在兹, 总书记|应约|与…通电话, 总书记|缅怀先烈, 英明决策), and 任命
    # read as a post
    "念兹", "念兹在兹", "应约", "缅怀", "英明", "高兴", "庄严", "任命",
    "道德", "美丽", "高原", "广大干部", "深度", "治疆", "中医药",  # 道德|讲堂, 国家|深度|贫困地区
    # read as places or people in CCTV stories (村里的美术馆, 移民搬迁新村, 河套|平原|腹地, 山体|滑坡, 献上|哈达)
    "美术馆", "新村", "老区", "黄土路", "平原", "重镇", "大剧场", "大街", "祝贺", "小河", "东西南北", "商城", "重阳",
    "河水", "滑坡", "今天", "埃博拉", "宏伟", "大沟", "哈达", "广义",  # not 卫星: MSRA tags it
    # 中央 alone (中央|八项规定; the bodies are 党中央, 中共中央), and 企业|上市, 经济|大省, 峥嵘|岁月 read as places or people
    "中央", "上市", "上市公司", "重大意义", "意义", "大洲", "大国", "大省", "峥嵘",
    # a standing committee named by its kind alone (全国人大及其|常委会, 本次|常委会|会议: MSRA train tags 11 so, LABELS.md a body
    # only with its name) and the east and west of 东西部协作 (the pairing of provinces against poverty) read as a body
    "常委会", "东西部",
    "福利院", "儿童福利院", "社会福利院",  # bare venue types, as 敬老院 (儿童福利院|院长李燕)
    "东风", "宝贵", "庄严宣告",  # 乡村振兴的|东风, 一笔|宝贵|的财富, 总书记|庄严宣告 (a name to jieba)
    "驻寺", "福利",  # 驻寺|干部, as 驻村; 提高大家的|福利
    "开春", "富裕", "文明村", "美丽富饶",  # 3月|开春|以后, 变成了|富裕|的|文明村
    # 光荣|入选, 遭遇…的|洪峰, 撒盐|除冰 read as names; a bare 代表团 and 气象局 (MSRA tags the bare 代表团, 32 times)
    "光荣", "洪峰", "撒盐", "代表团", "气象局",
    "多国", "中央财政",  # 与|多国|外交人士; the central budget (中央财政|拨付; CLUENER tags it four times)
    "丰硕", "合龙",  # 成果|丰硕, 大桥今天|合龙
    "新春祝福", "祝福",  # 致以美好的|新春祝福, read as the holder of 总书记
    "扎根", "徐徐",  # 扎根|农村 (jieba lists 扎根 as a place), 徐徐|展开 read as a person
    "四部委", "开犁", "仲春",  # 四部委|要求, 春小麦也|开犁|播种, 仲春|时节 (as 仲夏)
    "文明", "村镇",  # 全国|文明|村镇|称号 (a title of honour read as places)
    # adjectives, adverbs and set phrases read whole as places or bodies (广大|政协委员, 中华民族|伟大|复兴, 贫困|的帽子,
    # 茂盛|的万亩林场, 不再|担任, 升至7个月|新高, 在|拱卫|祖国边陲, 意味着|陷入僵局: CCTV news)
    "广大", "伟大", "重大", "贫困", "茂盛", "不再", "新高", "拱卫", "陷入僵局",
    # art forms read as places (京剧、昆曲、豫剧 in a CCTV holiday story), 贡献|才华 as a person, an idiom, a bare 花园
    "京剧", "昆曲", "豫剧", "越剧", "黄梅戏", "川剧", "粤剧", "评剧", "才华", "天南海北", "天南地北", "花园",
    "眼科", "外科", "内科", "神经内科", "儿科", "急诊科",  # a hospital's departments alone (…外科、|眼科|、神经内科)
    "纪检监察", "监察委员会",  # 纪检监察|机关, 县市区|监察委员会 (the discipline organs by their kind)
    "英雄", "才俊",  # 武汉是|英雄|的城市, 青年|才俊 (not 阳光: a company, 华西、双良、阳光, in MSRA and People's Daily)
    "杨梅", "贺幛", "国际化",  # 仙居|杨梅 (a fruit, read as a person or place), 赠送|贺幛, 提高|国际化|办学水平
    "大桥", "操场", "回港",  # a bridge named by its kind (大桥|长1284米: 16 times on the CCTV probes), 学校|操场, 渔船|回港|避风
    # the 24 solar terms (立春|过后 read as a place), a bird and an alley read as people (野化放飞的|朱鹮, 北草厂|胡同),
    # kinds of venue read as bodies (全市|娱乐场所 ×4 in one story); no gold span of the corpora is one of them
    "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑",
    "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒",
    "朱鹮", "胡同", "娱乐场所", "公共场所", "桑拿场所", "经营场所",
    # landforms and phrases of poverty and Party news read as places, bodies or people (保护好…森林、|冰川|、河流,
    # |郡县|治，天下安, |深度贫困|地区, 根据中央|统一安排, 书写人生|华章, 塑造了…的|光辉|形象, 某|潜艇|艇长)
    "冰川", "绿洲", "郡县", "深度贫困", "统一安排", "华章", "光辉", "潜艇",
    # and qualities and abstractions (传统|美德, 太空|奥秘, 平日|辛勤|工作, |英勇|就义, |医者|仁心, 应用于|国防|、化工)
    "美德", "奥秘", "辛勤", "英勇", "医者", "国防",
    # verbs and bare kinds of body, meeting or place read as names (遭到破坏的|修复, |上榜|名单, 大桥|匝道, 新闻|记者会,
    # 成立|领导小组, 召开|大会, |代表大会|代表, 幼儿|学园); not 特区 (MSRA's 30 places), 机场 or 董事会, which a place's
    # name ends in (比绍机场) or a verb opens (MSRA's 执行董事会 of the European Central Bank)
    "修复", "上榜", "匝道", "记者会", "领导小组", "大会", "代表大会", "学园",
    # weather news: a part of the country the tagger reads as a body (寒潮影响|中东部; not 暴雪, CLUENER's Blizzard)
    "中东部",
    "日间照料中心", "老年人日间照料中心", "日间照料站", "全嘎查", "全苏木",  # a day-care centre by its kind; a whole village
    "网格", "网格员", "网格长",  # a grid of community management and its staff (担任|网格长: the written labels tag none of 126)
    "街区", "文化街区", "历史街区", "历史文化街区",  # a block by its kind (|文化街区|将与…; the written labels tag one only named)
    "车辆",  # vehicles (没有足够的运输|车辆): no corpus tags it, in 105 mentions
    "抗洪", "抗旱", "防汛", "抢险", "救灾", "抗震", "防台", "抗疫",  # disaster work read as a place (在|抗洪|一线): no corpus tags one
    "全美", "全欧", "全英", "全俄", "全非",  # all of a country or continent (|全美|多州医院), as 全国: no corpus tags one
    # bare kinds of body, fields and sectors read as bodies (|管理处|主任, 省|指挥部, 国家|财政, 发展|工业, 联合国|特派团,
    # 安理会|理事国, |中华儿女, 区委理论学习|中心组, 带领|医疗队): no corpus tags one alone but MSRA's 医疗队 and 检查组, once each
    "管理处", "指挥部", "工作组", "中心组", "医疗队", "工作队", "突击队", "服务队", "督导组", "检查组", "专家组", "特派团", "艺术团", "理事国", "财政", "工业", "科技", "电视", "总体", "市县", "冰雪", "博会",
    "中华儿女",
    # a supply company, bureau or utility by its kind alone, as 供电所 (对|供电公司|的服务表示感谢): no corpus tags one in 280 mentions
    "供电公司", "供电分公司", "供电局", "电力公司", "电网公司", "自来水公司", "供水公司", "燃气公司", "水务集团", "物业公司",
    # common nouns, a bare kind of place, a count of states, a religion and an ideology read as places (厦门国际|海洋|周,
    # 西部|陆海|新通道, 两所|清真寺, 21个|风景名胜区, 三亚热带|海滨, 在|远海|的应用, |三国|间的共同利益, “|伊斯兰|国”,
    # 抗击|法西斯: CCTV news; no gold span of the corpora is one of them)
    "海洋", "陆海", "清真寺", "风景名胜区", "海滨", "远海", "三国", "伊斯兰", "法西斯",
    "以东", "以南", "以西", "以北",  # a direction alone (撤至土叙边界|以南|30公里外); CLUENER tags it only after its place
    # words of speeches and features read as people or places (在党中央|坚强|领导下, 传承|红色|基因, 来自|五湖四海|的游客,
    # |丰碑|无言, 赴|任务区, |建筑|质量, |草坪|另一侧, 坚持|马克思主义|基本原理, 的|伟大胜利, 重庆铜梁的|火龙|表演,
    # 八桂|嘉年华, 在|蝙蝠|体内, |雄伟|的人民大会堂, 总书记|掌舵|领航, 保护农民|利益) and languages read as people (蒙古文、|藏文|、
    # 维吾尔文): CCTV news; no gold span of the corpora is one of them. 马克思主义 read whole as a person leaves the 马克思
    # the tagger read of it, as MSRA tags it all 176 times
    "坚强", "红色", "五湖四海", "丰碑", "任务区", "建筑", "草坪", "马克思主义", "伟大胜利", "火龙", "嘉年华", "蝙蝠", "雄伟",
    "掌舵", "利益", "藏文", "维吾尔文",
    # and more of them: verbs, idioms, virtues, money, a bare kind of place (中国防|艾抗艾|工作, 学者|齐聚|上海, 具有|蓬勃|活力,
    # 经法庭审理|查明, 洋溢着|喜庆祥和|的节日气氛, 虞晓芬的|权威|访谈, 讨个|吉庆|有余, |越洋|视频通话, 以|卢布|进行天然气贸易, 拿出|资金,
    # |小树|林, 沼泽|芦苇|荡, 到|松林|里采摘, 在|空港|、海港, 宜昌城区及|周边县|市, |钢铁大省|河北, |立德|树人, 以|立德|为主题, 明德、|修德|):
    # CCTV news; no gold span of the corpora is one of them
    "艾抗艾", "齐聚", "蓬勃", "查明", "喜庆祥和", "权威", "吉庆", "越洋", "卢布", "资金", "小树", "芦苇", "松林", "空港",
    "周边县", "钢铁大省", "立德", "修德", "崇德", "厚德",
    # and bare kinds of body and a field read as bodies (伊朗官方|通讯社, 受灾|宾馆, 同…和|各国|立法机构, 与|黑社会|交往,
    # 吴玉章|人文社会科学|终身成就奖: CCTV news; no gold ORG of the corpora is one of them; 工商局 is with the bureaus below)
    "通讯社", "宾馆", "各国", "黑社会", "人文社会科学",
    # and common nouns, bare kinds of place, times and verbs read as places, bodies or people once to three times each on the
    # probe (铺装的|沥青, 当地|港口|地区, 16万只|鸭子, 出现在|训练场|上, 雪海|孤岛, |风电场|总装机容量, 纪念性|陵园, 769号|直升机,
    # 飞赴|火场, 俄方|浮桥, 青年|歌会, |桥梁|将在原址重建, 矮塔|斜拉桥, 三塔四跨|悬索桥, 著名的|商业街, 琵琶、|唢呐, 海岛、|公路|、铁路,
    # 到|偏远|地区, |东经|103.3度, |白皮|书, 智方|钦佩, 已遭|解散|的议会, |自卫|队, 和平|共处, |空降|兵部队, 面向|海内|外, 建设与|应用,
    # 防范|工作, |审议|委员长会议, 与|外部|反华势力; 哈瓦那的|革命|宫 and 建南|大会堂 cut from their names): CCTV news; no gold span
    # of the corpora is one of them
    "沥青", "机场", "鸭子", "革命", "训练场", "特别", "文化", "孤岛", "黄色", "风电场", "陵园", "直升机", "火场", "港口", "浮桥",
    "歌会", "桥梁", "木豆", "明天", "日日", "斜拉桥", "文化村", "悬索桥", "大会堂", "外埠", "坦克", "国门", "国庆", "商业街",
    "唢呐", "周边", "加开", "刀马旦", "公路", "偏远", "东经", "上岸", "白皮", "初春", "钦佩", "解散", "衰退", "自卫", "第七章",
    "空降", "海内", "应用", "工作", "审议", "外部", "共处",
    # and longer ones (铜仁市各|工业园区, 海南建省办|经济特区, |两岸关系|发展史, 全球|粮食安全, 铺装|沥青路面, |体育中心|位于, 出席的
    # |历史博物馆| cut from its name: CCTV news; no gold span of the corpora is one of them)
    "工业园区", "经济特区", "两岸关系", "粮食安全", "沥青路面", "体育中心", "历史博物馆",

    # bare body types of state and congress news, a meeting, an event and a TV programme read as bodies (|人民法院|依法,
    # 有关|专门委员会, 听取|汇报会, 北京|冬奥会, 高校和|科研院所, 观看|新闻联播: CCTV news; MSRA tags a bare 人民法院
    # twice, 办公厅 and 专门委员会 once each, LABELS.md a body only with its distinguishing name); not a bare 委员会,
    # which MSRA tags with its kind before it (筹备委员会, 选举委员会: 16 times)
    "人民法院", "人民检察院", "人民政府", "办公厅", "专门委员会", "专委会", "汇报会", "冬奥会", "科研院所", "新闻联播",
    # and more meetings, events and plans read as bodies (审议了|日程安排, 参加|联组会, 《唐诗的回响》|音乐会, “占中”|非法集会,
    # 在|国际|舞台: CCTV news; no gold body of the corpora is one of them)
    "日程安排", "联组会", "音乐会", "非法集会", "国际",
    # and bare kinds of place (富埃戈|火山|喷发, 全国|铁路|部门, “义新欧”|铁路|国际货运班列: CCTV news; no gold span of the
    # corpora is one alone), and the economy read as a body (“十三五”时期|经济社会|发展, 央企|经济运行|开局良好)
    "火山", "铁路", "经济社会", "经济运行",
    # 原 (former) before a bare level that opens a post (蒿坪河村原村党支部副书记): no place of its own
    "原村", "原镇", "原乡", "原县", "原区", "原市",
    # an old village doctor (|老村|医) and a thousand villages of a campaign (“|千村|示范、万村整治”): CCTV news
    "老村", "千村", "万村",
    # prosperity (产业|兴旺), the Olympics (巴黎|奥运|圣火) and an arena (古奥林匹亚遗址的|竞技场): CCTV news
    "兴旺", "奥运", "竞技场",
    # a long queue (排起了|长龙), our home the earth (|地球家园|的重要成员), going upstream (|顺江|而上) and a sapling (当年的|小树苗)
    "长龙", "地球家园", "顺江", "小树苗",
    # fruit read as places (广东的|荔枝) and a capital city as a common noun (以这里为|都城): CCTV news
    "荔枝", "都城",
    # cadres each taking charge of a village (领导干部|包村|增收制度): CCTV news
    "包村",
    # a local government bureau named by its kind alone (公安局局长郑斌: whose bureau the text does not say)
    *(kind + "局" for kind in ("公安", "财政", "民政", "教育", "水利", "卫生", "卫健", "统计", "税务", "环保", "交通", "农业",
                               "林业", "住建", "人社", "商务", "应急管理", "市场监管", "自然资源", "生态环境", "文旅", "文广",
                               "医保", "审计", "司法", "城管", "规划", "国土", "房管", "粮食", "科技", "发改", "经信",
                               "农业农村", "水务", "资规", "建设", "旅游", "体育", "档案", "信访", "工商")),
})

#: Words that are no place though they name something else (平安: the 平安中国 and 平安建设 campaigns read as a place,
#: 7 times on the CCTV probes; MSRA, CLUENER and People's Daily tag the insurer 平安 an ORG, six times; 嘉宾, guests,
#: read as a place 5 times on the probes, which CLUENER tags as a position; 太阳, the sun, which MSRA tags a place some
#: 50 times, 太阳|能 and 太阳|系 among them, and which the written labels leave untagged all 6 times: LABELS.md's places
#: are places on the map, and the tagger read it as one 12 times on the probes, 太阳|翼 of a space station too).
_NO_PLACE_WORDS = frozenset({"平安", "嘉宾", "太阳"})

#: Bare kinds of body a text names its subject by once it has named it, and the like read as names whole (该|公司,
#: 与|中心|工作人员, 出席|招待会, |主席团|常务主席, |一同|走下舷梯: CCTV news). Only a span that is one of them whole is
#: dropped, unlike :data:`GENERIC_WORDS`, which names also end with (种子岛宇宙|中心 stays). MSRA tags 99 such in 45,000
#: sentences, mostly 公司 and 中心; the written labels none (LABELS.md: bare body types are no entities).
BARE_BODY_KINDS = frozenset({"公司", "中心", "集团", "协会", "委员会", "理事会", "监事会", "董事会", "基金会", "主席团", "招待会",
                             "一同", "研究所", "社会",
                             # a school, hospital, court or bureau of one named before (|学院|院长张国良, 该院|执行局|局长): the
                             # written labels tag none alone; People's Daily tags 医院, 学校, 法院 alone, four times in its dev set
                             "学院", "学校", "医院", "法院", "检察院", "研究院", "执行局", "分公司",
                             # a workshop of the common-prosperity scheme (村口的“|共富工坊|”里: the written labels tag it none of 49 times)
                             "工坊", "共富工坊",
                             "救援队", "应急救援队",  # a rescue team by its kind alone (|救援队|队长王海军)
                             # the river chiefs' and water-control offices by their kind (市治水办（|河长办|）常务副主任;
                             # the written labels tag them only with a place: 龙游县治水办)
                             "河长办", "治水办", "防汛办", "防指",
                             "商会",  # a chamber of commerce by its kind (视频会|商会: MSRA and CLUENER tag 4 of 57 bare ones)
                             # a company's departments by their kind (该公司|发展建设部|主任; the written labels tag one only
                             # with its company: 国网张北县供电公司运检部), and an office (MSRA tags 1 of 113 bare ones)
                             "营销部", "运检部", "发展建设部", "发展策划部", "财务部", "人力资源部", "运维检修部", "办公室",
                             "调控中心", "客户服务中心", "运检中心", "输电运检中心", "配电运检中心"})
_GENERIC_ENDINGS = tuple(GENERIC_WORDS)
_LONG_GENERIC_WORDS = tuple(word for word in GENERIC_WORDS if len(word) >= 3)

#: Roles, not posts (LABELS.md: 负责人, 记者, 干部, 志愿者, 老师), and the roles of bylines and datelines
#: (本报讯（通讯员 孙丽）): CLUENER marks 记者 as a position, so the tagger reads it as a TITLE, and a byline would
#: become an official.
ROLES = frozenset({
    "记者", "本报记者", "本台记者", "特约记者", "见习记者", "实习记者", "摄影记者", "融媒记者", "全媒体记者",
    "通讯员", "本报通讯员", "特约通讯员", "实习生", "编辑", "责任编辑", "摄影", "撰稿",
    "负责人", "干部", "志愿者", "老师", "教师", "领导", "省领导", "市领导", "县领导", "区领导", "镇领导",
    # occupations and service roles the written labels never tag before a name (网格员田秀梅, 快递员陈浩), which CLUENER tags
    "网格员", "消防员", "队员", "快递员", "护理员", "保洁员", "讲解员", "运动员", "驾驶员", "司机",
    "民警", "交警", "辅警", "警察", "医生", "护士",  # 派出所民警赵闯, 眼科医生: the written labels tag none of 90 (CLUENER does)
    "选手", "官员", "博士", "主人", "牢记",  # 中国选手丁宁, 俄外交部官员, 博士, 机器的主人陈卓; 牢记 a verb (CCTV)
    "保安", "门卫", "主犯", "从犯",  # a guard's job and a convict's part, no post (另一名保安孙凯, 南京大屠杀主犯谷寿夫: CCTV)
    "党务", "政务", "村务",  # kinds of work the tagger reads as posts before 工作者 (优秀党务工作者)
    # delegates of a group, not of a congress (LABELS.md's post is 全国人大 + 代表): 来访的客商代表, 村民代表
    *(group + "代表" for group in ("群众", "客商", "企业", "村民", "居民", "党员", "职工", "员工", "学生", "家长", "青年", "妇女",
                                  "专家", "志愿者", "老人", "游客", "农民", "商户", "乡贤", "师生", "各界", "嘉宾", "用户", "业主")),
    "业主", "民宿业主", "店主", "老板", "场主", "农场主",  # owners: 26 in the written train and dev text, none tagged
    "党内",  # the first half of 党内警告 (a disciplinary sanction) after a name, not a post
    "主持",  # a host, and in this genre mostly the verb (书记徐建国|主持|召开), which CLUENER's 主持 (a TV host) teaches as a post
    "成员",  # a member of a group, no post (中央宣讲团|成员: the written labels leave 宣讲团”成员 untagged); 党组成员 is a post
    # from CCTV news: a helper, followers, experts, the one held to blame, and kin (阿什拉夫的|助手|乔杜里, 穆尔西|支持者,
    # 专家学者|陈义龙, 直接|责任人|黎兵, 默克尔|丈夫|绍尔)
    "助手", "支持者", "专家学者", "责任人", "丈夫", "妻子",
    "大学生", "研究生", "学生", "中学生", "小学生", "学员",  # students, no post (大学生|闫卓豪: CCTV news; 高三（2）班|学生|李思远)
    "侄子", "儿子", "女儿", "父亲", "母亲", "孙子",  # 萨勒曼的|侄子|、原副王储…
    "宝宝", "小宝宝",  # a newborn (这个健康可爱的|宝宝|和妈妈第一次见面: CCTV news)
    "军官", "士兵",  # 美军|军官|纳扎里奥: a rank's holder, no post
    # from CCTV news: a legal representative and an owner in control of a firm (公司|法定代表|人张晓东, 实际|控制人|张洪显),
    # a prize's winner (图灵奖|得主|莱斯利·瓦利安特), a young athlete (湖北|小将|章天琪), a special police officer (特警|张劼),
    # cadres in general (中高级|领导干部), the next and the new holder of a post (为|下任|联合国秘书长, 丹麦|新任|国王),
    # and verbs, wishes, an order and a plan read as posts (美国|制裁|阻碍, 法院|维持|判决, 赶赴…|指导, 节日快乐、|健康长寿|,
    # 中华人民共和国|主席令, 卢拉|总统战略|引领下, 与欧盟|官员磋商|后): no gold TITLE of the corpora is one of them
    "法定代表", "法定代表人", "控制人", "实际控制人", "得主", "小将", "特警", "领导干部", "下任", "新任",
    "制裁", "维持", "指导", "健康长寿", "主席令", "总统战略", "官员磋商",
})

#: How occupations end, which are roles, not posts (科学家, 艺术家, 专家, 特教老师, 歌唱演员: CLUENER marks them as
#: positions, the written labels never tag one before a name).
ROLE_ENDINGS = ("家", "老师", "演员", "人员", "医生", "评论员", "民警", "交警", "官员",  # also 护理人员, 工作人员: staff; 内科医生, 时政评论员; 公安民警, 高级官员
                "负责人",  # 中央负责人, 相关负责人: LABELS.md's 负责人 is a role however qualified (CLUENER tags them)
                "学生", "学员")  # a student however qualified (高三学生, 留学生; CLUENER tags them as positions)

#: The verb 主持 (chairs) with what it chairs, read as a post after a leader's name (陈希|主持会议, 胡春华|主持峰会);
#: CLUENER's TV host, 主持人, stays a post as CLUENER marks it. Also the verb 委托 (entrusts) read as a post before the
#: one entrusted (并|委托|王晨副委员长作说明, from CCTV news), 分管 (in charge of: 分管|日常工作的副书记) and a discipline
#: committee read as a post (湖北省|纪委|给予处分); no gold TITLE of the corpora is one. And from CCTV news: 出席 (attends:
#: 汪洋|出席|专题协商会, 15 of the probes' TITLEs), other verbs read as a post after a name (默克尔|连任, 深入|学习|周恩义,
#: 张国春|追记|一等功, 法院|提审, 铭记, 计划, 圭方|支持|习近平主席, 普京还|提议|梅德韦杰夫), a spouse word read alone (武契奇|夫妇: the couple) and the country that
#: chairs a forum (下届|主席国|、南非总统祖马: a state, no post).
_VERB_OR_BODY_READ_AS_POST = re.compile(r"主持(?!人)|出席|(?:委托|分管|纪委|纪工委|监委|连任|学习|学习领会|追记|提审|铭记|计划|夫妇|夫人|主席国|支持|提议)$")
#: A year, a date or a document's number read as a name (1986年|上海市化工局…, 国务院令|第707号): no entity.
_DATE_OR_NUMBER_ONLY = re.compile(r"^(?:第?[0-9０-９一二三四五六七八九十百〇零]+(?:年|月|日|年代|号|届)[和、]?)+$")  # also a list: 八十五号和八十六号; a session alone: 、十六届、
#: A floor or a count of ministries read as a name (住在|四楼, 十八部委|联合印发): no name.
_FLOOR_OR_MINISTRIES_ONLY = re.compile(r"^[一二三四五六七八九十两几]+(?:楼|部委)$")
#: An amount read as a name (450元, 14384件, a headline's 32502亿美元, 共计384181辆: a figure and its measure word or
#: currency): no name.
_AMOUNT_ONLY = re.compile(r"^(?:共计|共|约)?[0-9０-９.．]+[万亿]?(?:美元|欧元|日元|港元|英镑|[元件个人次户套吨亩米辆])$")  # not 台: MSRA's TV channel ５台
#: Chinese numerals alone (a list item's 十八、, a date's 二〇〇|四年, 十五五 of a five-year plan) name nothing; MSRA's
#: 八一 (the army's day, naming its teams: 八一队) and 一一○ (the police's number) are the only gold spans of the kind.
#: Numerals written in Chinese characters (一…十, 百, 千, 〇, 零, 两).
_CHINESE_NUMERALS = "一二三四五六七八九十百千〇○零两"
_NUMERALS_ONLY = re.compile(rf"^(?!八一$|一一[〇○零]$)[{_CHINESE_NUMERALS}]+$")
#: A party congress (十八大, 党的二十大, 中共二十大) is an event, and LABELS.md tags nothing inside event names; MSRA and
#: People's Daily tag 十五大 an ORG. A body named after it stays (十九大新闻中心, 二十大广西代表团).
_PARTY_CONGRESS = re.compile(r"^(?:中共|党的)?[一二三四五六七八九十]{1,3}大$")

#: Level words that name a body by its rank alone (县水利局, 县人民医院), and the committees named by them (市委统战部, 县委).
LEVELS = ("省", "市", "州", "县", "区", "旗", "乡", "镇", "村", "街道", "社区", "嘎查", "苏木")
LEVEL_WORDS = frozenset(LEVELS + ("省委", "市委", "州委", "县委", "区委"))

#: Bodies named by their level or kind alone that are part of the post after them (县委副书记, 居委会主任, 妇联主席,
#: 市政府秘书长: CLUENER's posts read 省委副秘书长 so, and no corpus tags a bare 市政府 but five of CLUENER's; a
#: bare 村, 镇, 社区 before a party organ then leaves the post again: :func:`_without_bare_level`).
_BARE_BODY_WORD = re.compile(rf"^(?:{'|'.join(LEVELS)})?"
                             r"(?:委|党委|党工委|党总支|党支部|支部|党组|居委会|村委会|居委|村委|妇联|团委|工会|政协|人大|人大常委会|纪委"
                             r"|组织部|宣传部|统战部|政法委|办事处|人武部|总工会|监委会|村监委|政府|人民政府|团[省市州县区]委|管委会"
                             r"|纪委监委|村务监督委员会)$")  # the discipline commission and supervisory commission named together


#: A post read with the national body it heads (国家监委主任, 中央美术学院院长: from CCTV news).
_NATIONAL_BODY_POST = re.compile(r"^((?:国家|中央|全国)[\u4e00-\u9fff]{1,8}?(?:委|局|部|办|院|署|会|协会))"
                                 r"(副?(?:主任|书记|部长|局长|院长|署长|主席|会长|秘书长|委员长))$")
#: A standing member named by the level of the committee alone (省委常委): a post, as 县委书记 is.
_LEVEL_STANDING_MEMBER = re.compile(r"^(?:省|市|州|县|区)委常委$")
#: A post read with the named committee it belongs to (仙居县委书记 → 仙居县委 + 书记); a committee named by its level
#: alone stays in the post (县委书记: :data:`_BARE_BODY_WORD`).
_NAMED_COMMITTEE_POST = re.compile(r"^((?:中共)?[\u4e00-\u9fff]{2,6}?[省市州县区]委)(副?书记|常委)$")
#: A member of a body's party organ, which the tagger reads into the body (小南海镇党委委员 → 小南海镇 + 党委委员), or
#: stops at the organ (党组|成员、副局长).
MEMBER_ORGANS = ("党委", "党工委", "党组", "党总支", "纪委")
ORGAN_MEMBER_WORDS = ("委员", "成员")
_ORGAN_MEMBER = re.compile(rf"(?:{'|'.join(MEMBER_ORGANS)})(?:{'|'.join(ORGAN_MEMBER_WORDS)})$")


def organ_member_completed(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Complete a post the tagger stopped at the organ: 党组|成员 → 党组成员 (a member of a party organ is a post:
    :data:`_ORGAN_MEMBER`), also where it read the organ into the body before (…质量技术监督局党组|成员 → …局 +
    党组成员, from CCTV news); an organ alone names no post."""
    starts = {entity.start for entity in entities}
    mended: list[Entity] = []
    for entity in entities:
        member = next((w for w in ORGAN_MEMBER_WORDS if text.startswith(w, entity.end)), None)
        organ = _organ_after_a_body(entity.text) if entity.type == "ORG" else ""
        if entity.type == "TITLE" and entity.text in MEMBER_ORGANS and entity.end not in starts and member:
            end = entity.end + len(member)
            entity = Entity(entity.start, end, "TITLE", text[entity.start : end])
        elif organ in MEMBER_ORGANS and entity.end not in starts and member:  # …质量技术监督局党组|成员
            cut, end = entity.end - len(organ), entity.end + len(member)
            body_end = cut - (text[cut - 1] in FORMER)  # 四川省政协|原|党组成员: a former post's 原 is neither's
            mended.append(Entity(entity.start, body_end, "ORG", text[entity.start : body_end]))
            entity = Entity(cut, end, "TITLE", text[cut:end])
        mended.append(entity)
    return mended


#: A congress or conference whose member the tagger reads one character into the body: 全国人大代|表, 省政协委|员.
_MEMBER_AFTER_BODY = {"人大代": "表", "政协委": "员"}


#: A place written with its unit and then its level committee (蔚县|县委, 临县|县委): the committee is part of the post.
_DOUBLED_LEVEL_COMMITTEE = re.compile(r"^(?P<place>[\u4e00-\u9fff]+?(?P<unit>[省市州县区]))(?P=unit)委$")


def doubled_level_committee_into_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place and its level committee read as one ORG before a post give the committee to the post: 蔚县县委|书记 →
    蔚县 + 县委书记, as the written labels read 临县县委副书记 (临县 + 县委副书记); from CCTV news."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        doubled = _DOUBLED_LEVEL_COMMITTEE.match(entity.text) if entity.type == "ORG" else None
        if doubled and after is not None and after.type == "TITLE" and after.start == entity.end:
            cut = entity.start + doubled.end("place")
            result.append(Entity(entity.start, cut, "LOC", doubled.group("place")))
            ordered[index + 1] = Entity(cut, after.end, "TITLE", text[cut : after.end])
            continue
        result.append(entity)
    return result


def split_committee_member(entity: Entity, text: str) -> list[Entity]:
    """Split a member's post out of an ORG (台州市委常委 → 台州市委 + 常委, 全国人大代|表 → 全国人大 + 代表), and a named
    committee or a national body out of a post (仙居县委书记 → 仙居县委 + 书记, 国家监委主任 → 国家监委 + 主任).

    常委, 代表 and 委员 are posts (台州市委常委、温岭市委书记李斌 is one person
    with two posts; LABELS.md: 全国人大 + 代表); the tagger, which saw few of
    them, reads the post or its first character into the body. The other
    way round, a named committee read into the post is split out of it
    (仙居县委书记 → 仙居县委 + 书记: LABELS.md's body before a post is its own
    span, and MSRA reads 沭阳县委 so).
    """
    national = _NATIONAL_BODY_POST.match(entity.text) if entity.type == "TITLE" else None
    if national:  # 国家监委主任 read as one post: 国家监委 + 主任 (LABELS.md: 全国人大 + 代表)
        cut = entity.start + national.end(1)
        return [Entity(entity.start, cut, "ORG", national.group(1)), Entity(cut, entity.end, "TITLE", text[cut : entity.end])]
    named = _NAMED_COMMITTEE_POST.match(entity.text) if entity.type == "TITLE" else None
    doubled = _DOUBLED_LEVEL_COMMITTEE.match(named.group(1)) if named else None
    if doubled:  # 蔚县县委书记: the place written whole, then its level committee (the written labels: 临县 + 县委副书记)
        cut = entity.start + doubled.end("place")
        return [Entity(entity.start, cut, "LOC", doubled.group("place")), Entity(cut, entity.end, "TITLE", text[cut : entity.end])]
    if named:  # 仙居县委书记 read as one post: 仙居县委 + 书记, as MSRA reads 沭阳县委书记
        cut = entity.start + named.end(1)
        return [Entity(entity.start, cut, "ORG", named.group(1)), Entity(cut, entity.end, "TITLE", text[cut : entity.end])]
    if entity.type == "ORG" and entity.text in _MEMBER_AFTER_BODY and text.startswith(_MEMBER_AFTER_BODY[entity.text], entity.end):
        return [Entity(entity.start, entity.end + 1, "TITLE", text[entity.start : entity.end + 1])]  # 人大代|表: a bare 人大 is no ORG
    if entity.type != "ORG" or len(entity.text) <= 3:
        return [entity]
    if _LEVEL_STANDING_MEMBER.match(entity.text) and not text.startswith("会", entity.end):
        return [Entity(entity.start, entity.end, "TITLE", entity.text)]  # 省委常委、组织部部长王成国 (not 县委常委会)
    member = _ORGAN_MEMBER.search(entity.text)
    if member and member.start() >= 2:
        cut = entity.start + member.start()
        return [bare_place_as_place(Entity(entity.start, cut, "ORG", entity.text[: member.start()])),
                Entity(cut, entity.end, "TITLE", member.group())]  # 小南海镇|党委委员
    if entity.text.endswith(("委常委", "政治局常委")) and len(entity.text) > 4:  # 台州市委|常委, 中共中央政治局|常委
        cut = entity.end - 2
        return [Entity(entity.start, cut, "ORG", entity.text[:-2]), Entity(cut, entity.end, "TITLE", "常委")]
    politburo_member = re.search(r"(?:政治局|委员会)(候补委员|委员)$", entity.text)
    if politburo_member and politburo_member.start() >= 2:  # 中共中央政治局|委员, as MSRA tags 中共中央政治局 alone
        cut = entity.start + politburo_member.start(1)
        return [Entity(entity.start, cut, "ORG", text[entity.start : cut]), Entity(cut, entity.end, "TITLE", politburo_member.group(1))]
    ending = next((e for e in _MEMBER_AFTER_BODY if entity.text.endswith(e)), None)
    if ending and text.startswith(_MEMBER_AFTER_BODY[ending], entity.end):
        cut, end = entity.end - 1, entity.end + 1
        return [Entity(entity.start, cut, "ORG", entity.text[:-1]), Entity(cut, end, "TITLE", text[cut:end])]
    return [entity]


#: Where a named place may end inside a post read as one span (民主村|第一书记, 城关镇东门社区|党委书记).
_PLACE_END_IN_POST = re.compile(r"(?:村|社区|镇|乡|街道)")
_POST_ENDING = re.compile(r"(?:书记|主任|长|委员|主席)$")
#: Words that make a place generic (该村, 各乡镇, 全村): such a place stays in the post, as LABELS.md's 该村党委 is no entity.
_GENERIC_PLACE_OPENERS = set("本该各全每我此这那一")


def place_out_of_post(entity: Entity) -> list[Entity]:
    """Split a named place out of a post read as one span: 民主村第一书记 → 民主村 (LOC) + 第一书记.

    LABELS.md: the body before a post is its own span (义亭镇 + 党委书记).
    The place is cut at its last unit ending that leaves a post (城关镇东门社区|党委书记; not 民主村村|委会主任,
    the committee stays in the post: 民主村 + 村委会主任); a bare or generic
    place (村|党支部书记, 该村, 各乡镇) is no name and stays in the post. A place of jieba's dictionary before
    the head of its unit is split off too (浙江|省长王浩, from CCTV news: the province is named without 省).
    """
    if entity.type != "TITLE" or not _POST_ENDING.search(entity.text):
        return [entity]
    for unit in reversed(list(_PLACE_END_IN_POST.finditer(entity.text))):
        place, post = entity.text[: unit.end()], entity.text[unit.end() :]
        if len(place) < 3 or place[0] in _GENERIC_PLACE_OPENERS or len(post) < 2 or post[0] in "委民":
            continue
        cut = entity.start + unit.end()
        return [Entity(entity.start, cut, "LOC", place), Entity(cut, entity.end, "TITLE", post)]
    head = _HEAD_OF_A_UNIT.search(entity.text)
    if head and is_place_word(entity.text[: head.start()]):  # a province named without 省 before its governor: 浙江|省长
        cut = entity.start + head.start()
        return [Entity(entity.start, cut, "LOC", entity.text[: head.start()]), Entity(cut, entity.end, "TITLE", head.group())]
    return [entity]


#: The head of an administrative unit, named by the unit (省长, 市长, 县长): a place word may stand before it in one span.
_HEAD_OF_A_UNIT = re.compile(r"(?:省|市|县|区|州)长$")


#: How a post ends where a verb may follow it (副委员长|主持, 书记|主持, 主任|介绍): :func:`cut_post_at_verb`.
_POST_BEFORE_VERB = re.compile(r"(?:书记|主任|长|委员|主席|经理|董事|理事|总裁|总监|总统|总理|首相)$")
#: What makes a verb part of a post's name rather than the sentence's predicate (发言|人, 执行|官, 主持|人).
_AGENT_SUFFIXES = "人官者师员"


#: Words jieba lists as nouns that follow a post without being part of it (总书记|领导下, 总书记|委托, 董事长|职务).
_NOUNS_AFTER_A_POST = ("领导", "委托", "职务")


#: A post that an adverb opens (主席|特别代表, 总统|特别助理): there the adverb is part of the post, not the predicate's.
_POST_AFTER_AN_ADVERB = re.compile(r"(?:代表|特使|助理|顾问|书记|主任|长|委员|主席|经理|总裁|总监|总统|总理)$")
#: A leader's spouse, named after the leader's post (委员长夫人李雪主, 主席夫妇): no part of the post.
_SPOUSE = re.compile(r"夫人|夫妇")
#: A post followed by 所 and a verb of saying or making (总理|所作的报告, 书记|所说): the post ends before 所.
_POST_THEN_SUO = re.compile(r"(?P<post>[\u4e00-\u9fff]*?(?:书记|主任|长|委员|主席|总理|理事|经理))所[作做说讲提]")


def cut_post_at_verb(entity: Entity, text: str) -> Entity:
    """Cut a post the tagger read on into the predicate after it: 王晨副委员长|主持会(议), 徐仁标书记|主持.

    CLUENER marks TV hosts (主持) as positions, so the tagger reads the verb
    主持 after a post as more post, the merge makes one span of both, and
    that span, ending inside 主持会议 or on a verb, was dropped with the
    post in it: in the news genre "name + post + 主持/出席/指出" is how
    leaders are named. The span is cut where a dictionary verb opens a word
    right after a post ending, unless the verb names an agent with what
    follows (新闻发言|人, 首席执行|官). No gold TITLE of the written train and
    dev splits or CLUENER train and dev is cut so. A post read on into 所 + verb is cut before 所
    (李克强总理|所作的政府工作报告, from CCTV news), and so is one read on into a preposition or conjunction
    (金正恩委员长|和习近平; also a time word of jieba's: 国家主席|先后同阮富仲; also where jieba reads the joiner into one word with the name after: 习近平主席|和普京总统) or into 领导, 委托 or 职务, which jieba lists as nouns (习近平总书记|领导下), also where jieba
    reads the post and 职务 as one word (免去…外交部部长职务), or into a verb of one character that ends it (副主任|兼).
    """
    if entity.type != "TITLE":
        return entity
    if entity.text.endswith("职务") and _POST_BEFORE_VERB.search(entity.text[:-2]):  # jieba reads 部长职务 as one word
        return Entity(entity.start, entity.end - 2, "TITLE", entity.text[:-2])
    spouse = _SPOUSE.search(text, entity.start + 2, entity.end + 1)  # also where the span stops inside it (总书记夫|人)
    if spouse and spouse.start() < entity.end:  # 金正恩委员长|夫人李雪主: the wife holds no post
        end = spouse.start()
        if text[end - 1] in _JOINERS_BEFORE_A_NAME and _POST_BEFORE_VERB.search(text, entity.start, end - 1):
            end -= 1  # 习近平主席|和|夫人彭丽媛: the joiner before the wife is neither's
        return Entity(entity.start, end, "TITLE", text[entity.start : end])
    nominal = _POST_THEN_SUO.match(text, entity.start, entity.end + 1)
    if nominal and nominal.end("post") < entity.end:  # 李克强总理|所作的报告: 所 + verb is 'what he made'
        return Entity(entity.start, nominal.end("post"), "TITLE", nominal.group("post"))
    # a joiner a post was read on into, where jieba reads it into one word with the name after (主席|和普京总统,
    # 主席|同安瓦尔总理: 和普京, 同安 to jieba): no post ends in one
    if entity.text[-1:] in _JOINERS_BEFORE_A_NAME and _POST_BEFORE_VERB.search(entity.text[:-1]):
        return Entity(entity.start, entity.end - 1, "TITLE", entity.text[:-1])  # 主席|和普京总统: jieba reads 和普京 as one word
    for cut in range(entity.start + 2, entity.end):
        if not _POST_BEFORE_VERB.search(text[entity.start : cut]) or not word_starts_at(text, cut):
            continue
        after = text[cut : word_at(text, cut)[1]]
        if ((is_verb(text[cut : cut + 2]) and text[cut + 2 : cut + 3] not in _AGENT_SUFFIXES)
                or word_tag(after).startswith(("p", "c", "t")) or after in _NOUNS_AFTER_A_POST
                or (word_tag(after).startswith("d") and not _POST_AFTER_AN_ADVERB.search(text, cut, entity.end))
                or (len(after) == 1 and cut + 1 == entity.end and is_verb(after))):  # 副主任|兼 (jieba's verb alone)
            return Entity(entity.start, cut, "TITLE", text[entity.start : cut])
    return entity


#: Verbs whose object is a place, which the tagger reads into it (惠及|乐清市, 覆盖|龙泉市); jieba's dictionary tags
#: some of them as places (惠及, ns), and places are named with other verbs (解放东路社区), so they are listed.
PLACE_OBJECT_VERBS = ("惠及", "覆盖", "辐射", "带动", "途经", "位于", "来到", "走进", "走访", "前往", "抵达", "遍及",
                      "落户", "帮扶", "援建", "驰援", "奔赴", "赶赴", "回到", "返回", "离开", "连通", "联通")


#: The parts of a place by its direction: before a place's name (南部|房山区) and, with the finer ones of
#: :data:`PLACE_AREA_WORDS`, after it (湖南|东部).
DIRECTIONS = ("东部", "西部", "南部", "北部", "中部")
#: Common nouns that stand before a place's name and that the tagger reads into it (革命老区|横坎头村, 南部|房山区).
#: 回到|家乡|东街村, 最大|城市|芹苴市, 在|湖北秭归县 (from CCTV news)
GENERIC_PLACE_OPENINGS = ("革命老区", "老区", "家乡", "老家", "城市", "在") + DIRECTIONS


def cut_leading_verb(entity: Entity) -> Entity:
    """Cut a verb the tagger read into the start of a place off it: 惠及|乐清市南岳镇, 覆盖|龙泉市; also a common noun
    that stands before the name (老区|横坎头村: :data:`GENERIC_PLACE_OPENINGS`, from CCTV news).

    Only a listed verb (:data:`PLACE_OBJECT_VERBS`), and only where what is
    left is a named place of its own, a name before its unit. Not any
    dictionary verb: places are named with verbs (解放东路社区, 建设新村).
    No gold place or body of MSRA train, CLUENER train, People's Daily dev or
    the written train and dev splits opens with one of them.
    """
    verb = next((verb for verb in PLACE_OBJECT_VERBS + GENERIC_PLACE_OPENINGS if entity.text.startswith(verb)), None)
    if entity.type not in ("LOC", "ORG") or verb is None:
        return entity
    rest = entity.text[len(verb) :]
    unit = _UNIT_END.search(rest)
    if not unit or unit.start() < 2:
        return entity
    if verb in DIRECTIONS and not (is_place_word(rest) or is_place_word(rest[: unit.start()])):
        return entity  # a direction names a place of its own, too (南部联邦区)
    return Entity(entity.start + len(verb), entity.end, "LOC", rest)


#: Attending a meeting, which the tagger reads as the end of a body (武维华|出席会 (ORG)|议, 王沪宁|出|席会 (ORG)|议).
_ATTENDING_A_MEETING = re.compile(r"[出列]席会议|应邀")


def cut_attending_a_meeting(entity: Entity, text: str) -> list[Entity]:
    """Cut 出席会议 or 列席会议 (attending a meeting), or 应邀 (at the invitation), off a name the tagger read into it,
    and drop a span that is only a piece of it: [武维华出席会]议 → 武维华, 出[席会]议 → nothing, 国务委员[王勇应邀]出席
    → 王勇 (CCTV news closes every meeting report with the list of leaders who attended: 李克强、王沪宁出席会议; jieba
    reads 应邀出席 as one name's word). What stands before the verb keeps its type; the lists of people make it a
    person later (:func:`listed_person_made_whole`). No gold span of the corpora holds any of these (部际联席会议,
    参谋长联席会议 are bodies, and stay)."""
    if entity.type == "TITLE":
        return [entity]
    for match in _ATTENDING_A_MEETING.finditer(text, max(0, entity.start - 1), entity.end + 3):
        if match.start() < entity.end and match.end() > entity.start:
            before = max(entity.start, match.start())
            return [Entity(entity.start, before, entity.type, text[entity.start:before])] if before - entity.start >= 2 else []
    return [entity]


#: Verbs the tagger reads into the start of the body they take (审议|国务院关于…的议案, 来自|国家航天局消息,
#: 献礼|中国共产党成立…, 支援|湖北重症护理队队长: CCTV news; 经商|信息产业部 "after consulting", gov.cn replies); not 希望,
#: which opens names (MSRA's 希望电脑学校).
BODY_OBJECT_VERBS = ("审议", "来自", "移送", "允许", "庆祝", "献礼", "支援", "经商",
                     "致电", "致函", "举行", "强调", "解散", "会见", "访问")  # 致电|老挝人民革命党中央, 举行|联邦议院: CCTV news


def cut_verb_before_a_body(entity: Entity, text: str) -> Entity:
    """Cut a listed verb (:data:`BODY_OBJECT_VERBS`) off the start of an ORG where jieba reads it as a word of its own
    and what is left is a body's name of its own: a national body, or a name that ends like a body (审议|国务院,
    来自|国家航天局, 允许|外国航空公司). Any words of jieba's that end in a verb and name nothing (no place, body or
    person among them) go too before a national or international body (受权|全文播发|全国人大常委会, 致信|联合国安理会:
    CCTV news)."""
    if entity.type != "ORG":
        return entity
    verb = next((verb for verb in BODY_OBJECT_VERBS if entity.text.startswith(verb)), None)
    if verb is not None and word_at(text, entity.start) != (entity.start, entity.start + len(verb)):
        verb = None  # not a word of its own there
    verb = verb or _verb_words_before_a_unique_body(entity, text)
    if verb is None:
        return entity
    rest = entity.text[len(verb) :]
    if not (rest in _UNIQUE_BODIES or (len(rest) >= 3 and _ends_like_unit_or_body(rest))):
        return entity
    return Entity(entity.start + len(verb), entity.end, "ORG", rest)


def _verb_words_before_a_unique_body(entity: Entity, text: str) -> str | None:
    """The words before a national or international body that ends an ORG, where they are whole words of jieba's, the
    last a verb, none a name (全文播发 before 全国人大常委会, 致信 before 联合国安理会), or ``None``."""
    body = next((b for b in _UNIQUE_BODIES_LONGEST_FIRST if len(b) >= 3 and entity.text.endswith(b)), None)
    if body is None or len(entity.text) - len(body) < 2:
        return None
    words = _whole_words(text, entity.start, entity.end - len(body))
    tags = [word_tag(word) for word in words or ()]
    if not tags or tags[-1] != "v" or any(tag.startswith(("ns", "nt", "nr", "nz", "j")) for tag in tags):
        return None
    return entity.text[: -len(body)]


def verb_end_off_name(entity: Entity, text: str) -> Entity:
    """Give a verb before a place or person back the last character the span took from it: 感|谢中 (LOC)|方
    → 中, 聚|焦长江 → 长江, 击|中乌 → 中乌, 转|达迪萨纳亚克 (PER) → 迪萨纳亚克 (CCTV news: the tagger opens a name one
    character early after a verb as it opens one late elsewhere).

    Only where jieba reads a verb of two characters or more from before the span to inside it (not the adverb 从中:
    从|中美两国), and what is
    left is a place of jieba's, a state or province, places' one-character abbreviations (中乌, 中非; one alone only
    as a side: 中|方), or a transliterated person's name. Not 访|华, 来|华, where the verb ends with the span."""
    if entity.type not in ("LOC", "PER") or entity.start == 0:
        return entity
    start, end = word_at(text, entity.start)
    if not (start < entity.start < end < entity.end and end - start >= 2 and word_tag(text[start:end]) == "v"):
        return entity
    rest = text[end : entity.end]
    if entity.type == "PER":
        named = len(rest) >= 3 and set(rest.replace("·", "")) <= TRANSLITERATION_CHARS
    else:
        named = (is_place_word(rest) or rest in _COUNTRIES_AND_PROVINCES or (set(rest) <= PLACE_ABBREVIATIONS
                 and (len(rest) >= 2 or text.startswith("方", entity.end))))
    return Entity(end, entity.end, entity.type, rest) if named else entity


def place_start_returned_to_word(entity: Entity, text: str) -> Entity:
    """Give the word before a place or body back the character the span took from it: 其中|泸县 read as 中泸县 →
    泸县, 同意|武警总部 read as 意武警总部 → 武警总部.

    Only where the two characters across the span's start are a dictionary
    word that is no noun (其中, 同意), and the rest is a name before its
    unit or, after a verb, ends like a body (from CCTV news and gov.cn policy
    texts).
    """
    if entity.type not in ("LOC", "ORG") or entity.start == 0 or len(entity.text) < 3:
        return entity
    word_start, word_end = word_at(text, entity.start)
    if (word_start, word_end) != (entity.start - 1, entity.start + 1) or is_noun_word(text[word_start:word_end]):
        return entity
    rest = entity.text[1:]
    named = _UNIT_END.search(rest) if entity.type == "LOC" else _ORG_ENDINGS.search(rest)
    if not named or named.start() < 1 or (entity.type == "ORG" and word_tag(text[word_start:word_end]) not in ("v", "d")):
        return entity  # a body gives back only a verb's or adverb's character (同意|武警总部; not 该省|保监局, 任县|计生委)
    return Entity(entity.start + 1, entity.end, entity.type, rest)


#: The endings of a leading or working group, whose long names the tagger reads in part (中央应对新冠|肺炎疫情工作领导小组).
_GROUP_ENDINGS = ("领导小组", "工作组", "督导组")
#: What a group's name may run back to: a list's or clause's mark (or the text's start).
_BEFORE_A_GROUPS_NAME = "、，。；：\n"


def group_named_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a leading or working group that starts inside a word of jieba's the rest of its name, back to the list's
    or clause's mark before it: 、中央应对新冠|肺炎疫情工作领导小组组长李克强, 、中央党的建设工|作领导小组组长蔡奇,
    、第24届冬|奥会工作领导小组 (CCTV news: a leader's posts are listed so, and the part the tagger left out broke the
    list). Only up to twelve characters with no span among them."""
    result: list[Entity] = []
    for entity in entities:
        if entity.type == "ORG" and entity.text.endswith(_GROUP_ENDINGS) and entity.start > 0 and word_at(text, entity.start)[0] < entity.start:
            start = 1 + max(text.rfind(mark, max(0, entity.start - 13), entity.start) for mark in _BEFORE_A_GROUPS_NAME)
            if 0 < entity.start - start <= 12 and not _overlaps_any(entities, start, entity.start):
                entity = Entity(start, entity.end, "ORG", text[start : entity.end])
        result.append(entity)
    return result


#: Prepositions and conjunctions the tagger reads into the start of a place or body after them (经|国务院同意,
#: 以|美国承认…, 与|中国书法家协会签署, 和|容东片区: CCTV news).
_PREPOSITIONS_BEFORE_A_NAME = frozenset("经以与同和对向从在由据把被让给为将跟及")


def preposition_off_name(entity: Entity, text: str) -> Entity:
    """Cut a preposition or conjunction off the start of a place or body where jieba reads it as a word of its own
    and the rest opens with a place or body of its dictionary of two characters or more, or is a national body:
    经|国务院同意, 以|美国承认耶路撒冷…, 与|中国书法家协会签署 (from CCTV news). A name that opens with such a
    character stays (同兴村, 以色列, 和田地区, 以岭药业: the rest opens with no dictionary place or body; 向城镇: with a
    generic word; a quoted name, MSRA's “对非洲经济贸易技术合作协调小组”). A transliterated name after it, right before a
    leader's post, is the leader (愿|同|姆南加古瓦 (LOC)|总统一道努力 → 姆南加古瓦, PER)."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 3 or entity.text[0] not in _PREPOSITIONS_BEFORE_A_NAME:
        return entity
    if word_at(text, entity.start) != (entity.start, entity.start + 1) or text[entity.start - 1 : entity.start] in _QUOTE_PAIRS:
        return entity  # a quoted name opens with its own (“对非洲经济贸易技术合作协调小组”, MSRA)
    rest = entity.text[1:]
    if len(rest) >= 3 and set(rest) <= TRANSLITERATION_CHARS and text.startswith(_LEADERS_POSTS_LONGEST_FIRST, entity.end):
        return Entity(entity.start + 1, entity.end, "PER", rest)  # 愿|同|姆南加古瓦|总统一道: a leader's name before his post
    start, end = word_at(text, entity.start + 1)
    opening = text[start:end] if start == entity.start + 1 and end - start >= 2 and end <= entity.end else ""
    if not (rest in NATIONAL_BODIES or is_place_word(opening) or word_tag(opening) == "nt") or opening in GENERIC_WORDS:
        return entity  # 向|城镇 is the town 向城镇 (the written labels)
    return Entity(entity.start + 1, entity.end, entity.type, rest)


_DATE_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十]")
#: A day's or a month's number in Arabic digits ending where a 日 or 月 follows (13|日, ４|月); not a year's four (2000日本).
_DAY_OR_MONTH_NUMBER = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,2}$")


def _after_a_day_or_month_number(at: int, text: str) -> bool:
    """Whether ``at`` follows a day's or month's one or two digits, so that a 日 or 月 there is the date's."""
    return bool(_DAY_OR_MONTH_NUMBER.search(text, max(0, at - 3), at))


def people_off_their_place(entity: Entity) -> Entity:
    """Cut 人 off a place read with it (温州人的“大水缸” → 温州): MSRA tags 温州 of 温州人 (5 of 5) and 北京 of 北京人 (19 of
    19), the written labels 杭州 of 杭州人. Only where the rest is a place name of jieba's dictionary."""
    if entity.type == "LOC" and len(entity.text) >= 3 and entity.text.endswith("人") and is_place_word(entity.text[:-1]):
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    return entity


def date_off_place(entity: Entity, text: str) -> Entity:
    """Cut a date's 日 or 月 off a place read on from it: 16|日|中国驻日本使馆 read as 日中国 → 中国 (from CCTV news).

    Only after a figure, and only where the rest is a place of its own (a
    dictionary place or a name before its unit): 2000日本 stays Japan. After
    a day's or month's one or two Arabic digits the character is the date's
    whatever follows (13日|香港国际机场, 4月|港珠澳大桥口岸, 9日|南黄海).
    """
    if entity.type != "LOC" or entity.start == 0 or entity.text[0] not in "日月" or len(entity.text) < 2:
        return entity
    rest = entity.text[1:]
    if not (_after_a_day_or_month_number(entity.start, text)
            or (len(rest) >= 2 and _DATE_DIGIT.match(text, entity.start - 1) and (is_place_word(rest) or _UNIT_END.search(rest)))):
        return entity
    return Entity(entity.start + 1, entity.end, "LOC", rest)


#: A village's or neighbourhood's committee left untagged right before a post (大路村|村委会|主任): part of the post.
_UNTAGGED_COMMITTEE_BEFORE = re.compile(r"(?:村委会|居委会|村委|居委|妇联|团委)$")
#: The first character of a village's or neighbourhood's committee, left untagged before a post that holds the rest.
_UNTAGGED_COMMITTEE_HEAD = re.compile(r"[村居]$")
#: A civil-service rank left untagged before the post it grades (副厅长、一级|巡视员): part of the post.
_UNTAGGED_RANK_BEFORE = re.compile(r"[一二三四]级$")
RANKED_POSTS = ("巡视员", "副巡视员", "调研员", "副调研员", "主任科员", "副主任科员")
#: A supply area (台区) before a manager: State Grid's 台区经理 is the post of one grid area's staff, and 台区 alone is
#: no place (:data:`GENERIC_WORDS`).
_UNTAGGED_AREA_BEFORE = re.compile(r"台区$")


_UNTAGGED_STATE_BEFORE = re.compile(r"国家$")


def _untagged_post_prefix(entity: Entity, text: str) -> re.Match[str] | None:
    """The untagged committee (村委会, 妇联, 团委), rank (一级) or supply area (台区) right before a post, which belongs to
    it."""
    if entity.type != "TITLE":
        return None
    if entity.text == "经理":
        area = _UNTAGGED_AREA_BEFORE.search(text, max(0, entity.start - 2), entity.start)
        if area:
            return area
    if entity.text in RANKED_POSTS:
        rank = _UNTAGGED_RANK_BEFORE.search(text, max(0, entity.start - 2), entity.start)
        if rank:
            return rank
    if entity.text in ("主席", "副主席"):  # the head of state: 国家|主席 (国家 alone is a generic word)
        state = _UNTAGGED_STATE_BEFORE.search(text, max(0, entity.start - 2), entity.start)
        if state:
            return state
    if entity.text.startswith("委会"):  # the committee's first character left out (青湾村村|委会主任)
        return _UNTAGGED_COMMITTEE_HEAD.search(text, max(0, entity.start - 1), entity.start)
    return _UNTAGGED_COMMITTEE_BEFORE.search(text, max(0, entity.start - 3), entity.start)


#: The bodies a post may open with after a level word read alone (区|政协主席, 县|人大常委会主任).
_BODIES_OPENING_A_POST = ("政协", "人大", "纪委", "监委", "妇联", "团委", "总工会", "工会", "政府")


def body_word_into_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Put a body named by its level or kind alone into the post after it: 县委|副书记 → 县委副书记, 居委会|主任.

    Such a body is no entity (:func:`is_level_body`, :data:`GENERIC_WORDS`),
    but it says which post: the written labels read 临县县委副书记 as 临县 +
    县委副书记 and have 村委会主任 (6), 居委会主任 (4) and 妇联主席 as posts,
    never a bare 居委会 as an ORG; Party-body words that are part of a post
    stay in the TITLE (LABELS.md). A 村委会 or 居委会 the tagger left
    untagged between the place and the post goes into the post too
    (大路村|村委会主任; also 妇联 and 团委: 村妇联|主席 → 妇联主席), and so does the civil-service rank of a 巡视员 or
    调研员 (一级|巡视员: the rank is the post's name) and the supply area of
    a State Grid manager (台区|经理, also where 台区 was read as a place), a bare 自治区 read as a place before
    its party organ's post (自治区|党委书记, as 省委书记; from CCTV news), and a department's kind read as a body
    before its head (宣传|部长 → 宣传部长), also a state's ministry or a place's bureau (伊朗外交|部长 → 伊朗 +
    外交部长, as CLUENER's 财政部长, 国防部长; 北川民政|局长 → 北川 + 民政局长).
    """
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        untagged = _untagged_post_prefix(entity, text)
        if (untagged and result and result[-1].start >= untagged.start()
                and (result[-1].text in GENERIC_WORDS or result[-1].end <= untagged.end())):
            result.pop()  # 台区 read as a place; a piece of it read alone: 国 (ORG)|家|主席
        before = result[-1] if result else None
        if untagged and (before is None or before.end <= untagged.start()):
            entity = Entity(untagged.start(), entity.end, "TITLE", text[untagged.start() : entity.end])
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        bare_region = entity.type == "LOC" and entity.text == "自治区" and after is not None and after.text.startswith(PARTY_ORGANS)
        # a department's kind read as an ORG and its 部 as the post's: 宣传|部长 (from CCTV news)
        department = (entity.type == "ORG" and after is not None and after.text.startswith("部")
                      and bool(_BARE_BODY_WORD.match(entity.text + "部")))
        # a level word read alone before a post that opens with its body: 区 (ORG)|政协主席 → 区政协主席
        level_alone = (entity.type in ("ORG", "LOC") and entity.text in LEVELS and after is not None
                       and after.text.startswith(_BODIES_OPENING_A_POST))
        if (((entity.type == "ORG" and _BARE_BODY_WORD.match(entity.text)) or bare_region or department or level_alone)
                and after is not None
                and after.type == "TITLE" and after.start == entity.end):
            ordered[index + 1] = Entity(entity.start, after.end, "TITLE", text[entity.start : after.end])
            continue
        ministry = _MINISTRY_BEFORE_ITS_HEAD.match(entity.text) if entity.type == "ORG" else None
        if (ministry and after is not None and after.type == "TITLE" and after.start == entity.end
                and after.text.startswith(("部长", "副部长", "局长", "副局长"))
                and (_is_place_name_or_state(ministry.group("place")) or entity.text == ministry.group("kind"))):
            # 伊朗外交|部长 → 伊朗 + 外交部长 (部 is the ministry's and the post's; from CCTV news); the kind alone is the
            # post's (国务委员兼|外交|部长 → 外交部长)
            cut = entity.start + ministry.start("kind")  # a former post's 前 or 原 stays out (法国|前|文化部长)
            if ministry.group("place"):
                result.append(Entity(entity.start, entity.start + ministry.end("place"), "LOC", ministry.group("place")))
            ordered[index + 1] = Entity(cut, after.end, "TITLE", text[cut : after.end])
            continue
        result.append(_without_bare_level(entity, result, text))
    return result


#: A state's ministry named by its kind before its head, the 部 shared by both (伊朗外交部长, 美国国防部长, 法国前文化部长).
_MINISTRY_BEFORE_ITS_HEAD = re.compile(r"^(?P<place>[\u4e00-\u9fff]{0,6}?)(?P<former>前|原)?(?P<kind>外交|国防|财政|内政|司法|商务|教育"
                                       r"|卫生|农业|经济|能源|交通|外贸|贸易|劳工|工业|环境|文化|民政|公安|水利|林业|审计|统计|税务|气象)$")


def _is_place_name_or_state(name: str) -> bool:
    """A country, a province, or a place of jieba's dictionary (美, 伊朗, 日本; a state's one-character short name)."""
    return _is_place_name(name) or name in PROVINCES or name in PLACE_ABBREVIATIONS


#: A village's or community's committee read with its place as one ORG (箬山村|村委会, 永安社区|居委会).
_PLACE_AND_COMMITTEE = re.compile(r"^(?P<place>.+(?:村|社区))(?P<committee>村委会|居委会|村民委员会|居民委员会)$")


def committee_into_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Read a village's committee before a post as part of the post: 箬山村村委会|主任 → 箬山村 (LOC) + 村委会主任.

    LABELS.md names 居委会主任 as a post that keeps its Party or
    committee word, and the written labels read 8 of 9 such places so
    (白岩村 + 村委会主任); a committee with its place and no post after it
    stays an ORG (白合村村委会).
    """
    def place_of(entity: Entity) -> tuple[int, str] | None:
        parts = _PLACE_AND_COMMITTEE.match(entity.text)
        return (len(parts.group("place")), "LOC") if parts else None

    return _head_before_post_kept(entities, text, place_of)


def _head_before_post_kept(entities: Sequence[Entity], text: str,
                           head_of: Callable[[Entity], tuple[int, str] | None]) -> list[Entity]:
    """Cut an ORG that runs up to a post where ``head_of`` says (its head's length and type); the rest opens the post."""
    ordered = sorted(entities, key=lambda e: e.start)
    for index, entity in enumerate(ordered[:-1]):
        after = ordered[index + 1]
        head = head_of(entity) if entity.type == "ORG" and after.type == "TITLE" and after.start == entity.end else None
        if head is not None:
            length, head_type = head
            cut = entity.start + length
            ordered[index] = Entity(entity.start, cut, head_type, text[entity.start : cut])
            ordered[index + 1] = Entity(cut, after.end, "TITLE", text[cut : after.end])
    return ordered


#: A company's or bureau's name with one or two characters after it that open the post (供电公司|运检班班长).
_BODY_WITH_A_TAIL = re.compile(r"^(?P<body>.+(?:公司|集团|局))(?P<tail>[\u4e00-\u9fff]{1,2})$")
#: Characters that end a body's name: a tail ending in one names a body of its own (公司|一部, 集团|公司), not part of a
#: post.
#: (Wider than officials.SUB_UNIT_ENDINGS, the endings of an untagged sub-unit between a body and its post.)
_TAIL_BODY_ENDINGS = frozenset("部处科所站队室组办委会院中厅司")


def body_tail_into_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give the post back what the tagger read into the body before it: 岗巴县供电公司运|检班班长 → 岗巴县供电公司 +
    运检班班长, 住房和城乡建设局机关|党委书记 → …局 + 机关党委书记.

    When an ORG ends one or two characters after 公司, 集团 or 局 and a post
    follows at once, those characters open the post (a team, 机关, 综合…):
    the written labels put all three such cases of the shipped tagger in
    the TITLE. A tail that ends like a body (一部, 二处) is a sub-unit and
    stays.
    """
    def body_of(entity: Entity) -> tuple[int, str] | None:
        split = _BODY_WITH_A_TAIL.match(entity.text)
        return (len(split.group("body")), "ORG") if split and split.group("tail")[-1] not in _TAIL_BODY_ENDINGS else None

    return _head_before_post_kept(entities, text, body_of)


#: A village's, town's or community's level word before its party organ at the head of a post (村|党支部书记).
_BARE_LEVEL_BEFORE_ORGAN = re.compile(r"^(?:村|镇|乡|社区|小区|嘎查|苏木)(?=党委|党工委|党总支|党支部|支部|居委会|居委)")


def _without_bare_level(entity: Entity, result: list[Entity], text: str) -> Entity:
    """A post that opens with a bare level word before a party organ (村党支部书记) without it: the written labels
    tag 党支部书记 (7 of 7) and the official's body is the village named earlier; a place the tagger ended just
    before the level word (古方|村党支部书记) gets it back."""
    level = _BARE_LEVEL_BEFORE_ORGAN.match(entity.text) if entity.type == "TITLE" else None
    if not level:
        return entity
    cut = entity.start + level.end()
    if result and result[-1].type == "LOC" and result[-1].end == entity.start:
        place = result.pop()
        result.append(Entity(place.start, cut, "LOC", text[place.start : cut]))
    return Entity(cut, entity.end, "TITLE", text[cut : entity.end])


def is_level_body(entity: Entity, text: str) -> bool:
    """Whether an ORG names its body by a level word alone (县应急管理局, 市委统战部, 县委).

    LABELS.md: a level word plus a body type is no entity (县水利局, 县委,
    市委统战部, 县人民医院), and the written labels never tag one, while
    People's Daily and CLUENER do (市委, 市住建委) and the tagger follows them
    in local news (县应急管理局局长张建国; Inner Mongolia's banners: 旗农牧局). The level word must be a word of
    its own, so a place that starts like one stays (市南区民政局, 镇海区委组织部).
    Written dev 0.9158 → 0.9164; People's Daily dev 0.9244 → 0.9221 and
    CLUENER dev 0.6949 → 0.6923, which tag them. So is a body named by its
    kind alone (人大, 人大常委会, 纪委监委, 政协: LABELS.md's bare body types,
    镇政府, 党支部), which MSRA and People's Daily tag (人大工作, 人大代表) and
    the written labels never do: People's Daily dev 0.9301 → 0.9298, MSRA
    train sample 0.9011 → 0.9009.
    """
    if entity.type == "ORG" and _after_a_bare_level_word(entity, text):
        return True  # the body cut off its level word: 联合县|自然资源局, 、县|气象局
    if entity.type == "ORG" and _BARE_BODY_WORD.match(entity.text):
        return True  # a body named by its kind alone, no level word either: 基层|人大|和人大代表, 各级|纪委监委
    if entity.type not in ("ORG", "LOC") or not entity.text.startswith(LEVELS):
        return False
    if entity.type == "ORG" and _BARE_BODY_WORD.match(entity.text):
        return True  # 镇党委, 村委会: jieba reads them as one word
    if entity.type == "ORG" and _LEVELS_LISTED.match(entity.text):
        return True  # the bodies of several levels at once: 省区市纪委, 省市县纪委 (from CCTV news)
    start, end = word_at(text, entity.start)
    if entity.type == "LOC":
        # such a body cut short and then read as a place (市|农业农村|局 → 市农业农村 → 市农业); no place
        # starts with a level word standing alone (6 gold places of the training corpora do: 县医院, 市住保办); 旗 alone
        # opens a compound's name too (旗胜家园)
        return start == entity.start and text[start:end] in LEVELS and text[start:end] != "旗" and end < entity.end
    return start == entity.start and text[start:end] in LEVEL_WORDS and len(entity.text) >= 2


#: Two to four level words run together before a body (省区市|纪委, 省市县|纪委, 市县|两级): bodies of those levels.
_LEVELS_LISTED = re.compile(r"^(?:省|区|市|县|乡|镇){2,4}(?=[\u4e00-\u9fff])(?!区)")


#: What may stand before a level word that opens a body (…联合县自然资源局、县气象局): a clause or list break or a
#: conjunction, so the level word names no place of its own.
_BEFORE_A_BARE_LEVEL = set("、，。；：“和与及同")


def _after_a_bare_level_word(entity: Entity, text: str) -> bool:
    """Whether an ORG starts right after a level character that stands alone after a break or a conjunction
    (、县|气象局): the body named by its level, cut short. One gold organization of the training corpora starts
    so (CLUENER's 1月，市|发改委, itself a body named by its level). Where jieba reads the level character into
    a word (会同县, a county's name) it does not stand alone."""
    level = entity.start - 1
    return (level >= 0 and text[level] in "省市州县区旗" and word_at(text, level) == (level, entity.start)
            and (level == 0 or text[level - 1] in _BEFORE_A_BARE_LEVEL))


#: One-character abbreviations of countries, regions and Chinese provinces and cities (中美, 访华, 京津冀, 皖北).
#: Ambiguous characters that mostly mean something else in this genre (新, 大, 青, 云, 吉, 贵) are left out.
PLACE_ABBREVIATIONS = frozenset("中美日俄英法德意加澳韩朝印巴以越泰欧亚非墨菲葡西荷蒙"
                                "港台华京沪津渝冀豫滇辽黑湘皖鲁苏浙赣鄂桂甘晋陕闽黔粤藏川琼宁")


#: One-character abbreviations of states, written before their head's or minister's post in CCTV headlines and
#: dispatches (乌总统泽连斯基, 匈外长, 叙外长, 以总理): those of PLACE_ABBREVIATIONS that name states, and states'
#: that name nothing else in this genre (新, 老, 马, 白 name a new or old post, or a surname, as often).
STATE_ABBREVIATIONS = frozenset("中美日俄英法德意加澳韩朝印巴以越泰墨菲葡荷蒙" "乌匈叙哈伊土埃沙阿塞希缅柬吉塔波捷")
#: Characters that open a side that is no state's: directions (东方, 北方) and 外方, 双方, 对方.
_NO_STATES_SIDE_CHARACTERS = frozenset("东南西北上下前后左右外双对")


def state_side_as_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A state's side, its one-character abbreviation and 方, read as one span of any type, is the abbreviation, a LOC,
    as the corpora tag it (中方: MSRA's and People's Daily's 中|方, 美|方, 韩|方): 中方愿同|蒙方|深化合作, 巴罗表示，|冈方|感谢
    (CCTV news; the tagger reads some as people: 苏方, 冈方, 韩方). Only where the character abbreviates a state
    (:data:`STATE_ABBREVIATIONS`) or the text names a state that opens with it (冈比亚, 洪都拉斯), and is no direction
    (北方); the written labels' 曲方 is a person, and no state the text names opens with 曲. A side left untagged is
    tagged so where jieba reads the abbreviation and 方 as one word or 方 alone (塞方愿同中方, 中方愿同|芬|方就…: CCTV news
    names a state's side 700 times in the probes, the tagger tagged 1,243 of about 1,800; not 以|方便): MSRA's and
    People's Daily's gold tags 116 sides so and leaves one untagged."""
    named_states = [state for state in COUNTRIES if state in text]

    def abbreviates_a_state(character: str) -> bool:
        return character not in _NO_STATES_SIDE_CHARACTERS and (
            character in STATE_ABBREVIATIONS or any(state.startswith(character) for state in named_states))

    result = []
    for entity in entities:
        first = entity.text[:1]
        if entity.type in ("LOC", "ORG", "PER") and abbreviates_a_state(first) and (
                (len(entity.text) == 2 and entity.text[1] == "方") or _side_or_state_read_on(entity, text)):
            entity = Entity(entity.start, entity.start + 1, "LOC", first)
        result.append(entity)
    # and the side left untagged, where jieba reads the two as one word or 方 alone (塞方愿同中方…; not 以|方便)
    for side in re.finditer(r"(?=([\u4e00-\u9fff])方)", text):
        at = side.start()
        if (abbreviates_a_state(side.group(1)) and word_at(text, at)[0] == at
                and (word_at(text, at) == (at, at + 2) or word_at(text, at + 1) == (at + 1, at + 2))
                and not _overlaps_any(result, at, at + 2)):
            result.append(Entity(at, at + 1, "LOC", side.group(1)))
    return sorted(result, key=lambda e: (e.start, e.end))


def _side_or_state_read_on(entity: Entity, text: str) -> bool:
    """Whether a span is a state's side read on into the verb or adverb after it (马方|愿, 俄方|会, 津方|钦佩, 马方|正在:
    CCTV news; not a body of the side: 法方赞助委员会) or a state's abbreviation read on into 经济社会 (支持|马|经济社会|发展,
    对|孟|经济社会|发展); the caller checks the abbreviation."""
    if entity.text[1:] == "经济社会":
        return True
    if len(entity.text) < 3 or entity.text[1] != "方" or (len(entity.text) > 3 and _ORG_ENDINGS.search(entity.text)):
        return False  # 法方赞助委员会: a body of the French side
    start, end = word_at(text, entity.start + 2)
    return start == entity.start + 2 and word_tag(text[start:end])[:1] in ("v", "d")


#: Abbreviations that are also a preposition or postposition before a post (以副总统身份: as; 谈话中总理问起: in).
_ALSO_A_FUNCTION_WORD = frozenset("以中")
#: A state's posts its abbreviation stands before; a Chinese leader's are left out (主席, 委员长).
_STATE_POSTS_AFTER_AN_ABBREVIATION = ("副总统", "总统", "副总理", "总理", "首相", "外长", "防长", "国王", "议长",
                                       "外交部长", "国防部长", "王储")
#: Of those, the posts a surname that abbreviates a state (韩, 巴, 蒙) may not stand before as the state: 韩总理 may be
#: a Chinese vice-premier named by his surname (LABELS.md: no person), so only a foreign head's or minister's.
_FOREIGN_ONLY_STATE_POSTS = ("副总统", "总统", "首相", "外长", "防长", "国王")


#: Joiners a place, body or person may be read on from: 会议|和|二十国集团, 习近平总书记|和|阮富仲 (CCTV news).
_JOINERS_BEFORE_A_NAME = frozenset("和与及同跟")


def joiner_cut_off_a_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut a joiner (和, 与, 及, 同, 跟) that jieba reads alone off the start of a name read on from it, where a word
    stands right before it: 非正式会议|和|二十国集团, 京津冀周边|和|汾渭平原, 老挝党中央|和|本扬 (PER) (CCTV news).

    Only after a span or a noun of two characters or more (not 在|和兴街道, nor at a clause's start: 同江市), and a person
    keeps it (和 and 同 are surnames too: 局长|和志明说) unless the text tags the rest as a person elsewhere or a post
    follows where a span ends before (习近平总书记|和|阮富仲|总书记); between two posts so, a person loses the joiner
    even where jieba reads it into the name's word (习近平主席|和普京|总统: 和普京 is one word to jieba).
    """
    ends = {entity.end for entity in entities}
    post_starts = {entity.start for entity in entities if entity.type == "TITLE"}
    people = {entity.text for entity in entities if entity.type == "PER"}
    result: list[Entity] = []
    for entity in entities:
        rest = entity.text[1:]
        between_posts = entity.type == "PER" and entity.start in ends and entity.end in post_starts
        if (entity.type in ("LOC", "ORG", "PER") and entity.text[0] in _JOINERS_BEFORE_A_NAME and len(rest) >= 2
                and entity.start > 0 and (word_at(text, entity.start) == (entity.start, entity.start + 1) or between_posts)
                and _after_a_name_or_noun(entity.start, ends, text)
                and (entity.type != "PER" or rest in people or (entity.start in ends and entity.end in post_starts))):
            entity = Entity(entity.start + 1, entity.end, entity.type, rest)
        result.append(entity)
    return result


def _after_a_name_or_noun(at: int, ends: set[int], text: str) -> bool:
    """Whether a span ends at ``at`` or a noun or place word of jieba's of two characters or more does (会议|和,
    周边|和; not a preposition: 在|和兴街道)."""
    start, end = word_at(text, at - 1)
    return at in ends or (end == at and end - start >= 2 and word_tag(text[start:end])[:1] in ("n", "f", "s"))


def state_abbreviation_before_its_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a state's one-character abbreviation right before its head's or minister's post a LOC, where the tagger
    read it as a person (乌 (PER)|总统|泽连斯基, 匈 (PER)|总理) or left it untagged (匈外长批评, 乌|外长|库列巴: CCTV
    news), or read it into the post (俄总统 (TITLE)|普京 → 俄 + 总统: LABELS.md's body before a post is its own span).

    MSRA and People's Daily tag it so (俄总统, 叙总统 are LOC there). Only where jieba reads the character as a word
    of its own or as one with the post, and no longer span holds it (巴西总统, 以色列总理, 英国王室 are other words); a
    surname's character (韩, 巴) only before a foreign post (总统, 首相, 外长), not before 总理; 以 and 中, also a
    preposition and a postposition, only after a mark or at the start (以总理内塔尼亚胡, not 首次以副总统身份).
    """
    found = list(entities)
    for at, character in enumerate(text):
        if character not in STATE_ABBREVIATIONS:
            continue
        post = next((post for post in _STATE_POSTS_AFTER_AN_ABBREVIATION if text.startswith(post, at + 1)), None)
        if post is None or (character in SURNAMES and post not in _FOREIGN_ONLY_STATE_POSTS):
            continue
        word_start, word_end = word_at(text, at)
        if word_start != at or word_end not in (at + 1, at + 1 + len(post)):
            continue  # 英国|王室 is no 英 before 国王
        if character in _ALSO_A_FUNCTION_WORD and at > 0 and _is_cjk(text[at - 1]):
            continue  # 首次以|副总统身份 (as), 谈话中|总理问起 (in): only after a mark or at the start
        holding = [e for e in found if e.start <= at < e.end]
        if len(holding) == 1 and holding[0].type == "TITLE" and holding[0].start == at and holding[0].text == character + post:
            title = holding[0]  # the post read with the abbreviation (俄总统 (TITLE)|普京): the state and the post
            found = [e for e in found if e is not title] + [Entity(at, at + 1, "LOC", character),
                                                            Entity(at + 1, title.end, "TITLE", post)]
            continue
        if any(e.end - e.start > 1 or e.type == "TITLE" for e in holding) or any(
                e.start == at + 1 and e.type != "TITLE" for e in found):
            continue
        found = [e for e in found if e not in holding] + [Entity(at, at + 1, "LOC", character)]
    return sorted(found, key=lambda e: (e.start, e.end))


#: A state's government or head that jieba's dictionary writes as one word with the state's abbreviation (俄政府,
#: 俄总统, 美总统): the abbreviation is the state, as People's Daily tags it.
_GOVERNMENT_OF_A_STATE = frozenset({"政府", "总统", "总理", "首相", "外长"})


#: Words for a situation or an outlook that end like a body (大局 in 局, 格局, 开局): 服务党和国家工作大局, 构建对外开放
#: 新格局, 经济开局良好 are no bodies, and the tagger reads them as ORGs (CCTV news: about twenty texts of the probes).
SITUATION_WORDS = ("大局", "布局", "格局", "全局", "开局", "政局", "时局", "变局", "结局")


def situation_word_off_body(entity: Entity, text: str) -> list[Entity]:
    """Cut a situation word of :data:`SITUATION_WORDS` off an ORG that ends in it where jieba reads it as a word there
    (not 国家安全局, 财政局: jieba's 安全局, 财政局): what is left is a place where it is one (内蒙古加快|布局 →
    内蒙古, 伊拉克|政局 → 伊拉克), else nothing (国家发展|大局, 对外开放新|格局, 中国经济|开局)."""
    if entity.type != "ORG" or not entity.text.endswith(SITUATION_WORDS) or word_at(text, entity.end - 1) != (entity.end - 2, entity.end):
        return [entity]
    rest = Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])
    head_start, head_end = word_at(text, entity.start)
    if rest.text in _COUNTRIES_AND_PROVINCES or (head_start == entity.start and head_end == rest.end and is_place_word(rest.text)):
        return [rest]
    return []


def in_residence_into_post(entities: Sequence[Entity]) -> list[Entity]:
    """Give the 驻会 (in residence) of a committee's resident deputy chair, read into the committee, to the post:
    教科卫体委员会驻会 (ORG)|副主任 → 教科卫体委员会 + 驻会副主任 (CCTV news of the CPPCC's personnel decisions); where no
    post follows, the committee alone (不再担任人口资源环境委员会驻会 (ORG)副主任)."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        if entity.type == "ORG" and entity.text.endswith(_IN_RESIDENCE) and len(entity.text) > len(_IN_RESIDENCE) + 2:
            cut = entity.end - len(_IN_RESIDENCE)
            entity = Entity(entity.start, cut, "ORG", entity.text[: -len(_IN_RESIDENCE)])
            post = ordered[index + 1] if index + 1 < len(ordered) else None
            if post is not None and post.type == "TITLE" and post.start == cut + len(_IN_RESIDENCE):
                ordered[index + 1] = Entity(cut, post.end, "TITLE", _IN_RESIDENCE + post.text)
        result.append(entity)
    return result


_IN_RESIDENCE = "驻会"


def first_character_of_next_word_off_name(entity: Entity, text: str) -> Entity:
    """Cut off a place's or body's last character where it opens the word after it and what is left is a country, a
    province, a place of jieba's or a nationally or internationally unique body: 湖南警|方 → 湖南, 欧盟外|交与安全政策,
    法国大|使, 爱琴海海|域, 北约盟|友 (CCTV news). Not a character that ends names (市, 县, 江, 街, 队, 会, 东 …: 沈阳市|区,
    枫桥江|边, MSRA's 斯洛伐克队|员 and 美国会|议员, 浙西南|山区), nor where what is left is a generic word (大国|协调)."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 3 or entity.text[-1] in _ENDS_A_NAME:
        return entity
    start, end = word_at(text, entity.end - 1)
    rest = entity.text[:-1]
    if start != entity.end - 1 or end <= entity.end or rest in GENERIC_WORDS:
        return entity
    if rest in _UNIQUE_BODIES:  # 北约, which jieba also lists as a place
        return Entity(entity.start, entity.end - 1, "ORG", rest)
    return Entity(entity.start, entity.end - 1, "LOC", rest) if _is_place_name_or_state(rest) else entity


#: What ends a body a span was read short of, inside one word (黎巴嫩真|主党, 以色列国防|军, 武警部|队, 经济日|报); not a bare
#: 部, 处 or 队, which end common words too (东中西部, 和平共处) and a team CLUENER tags without its 队 (拜仁慕尼黑|队).
_BODY_WORD_ENDING = re.compile(r"(?:党|军|部队|仪仗队|日报|组织|会议|银行|公司|集团|委员会|局|厅|署)$")


def name_opening_a_longer_word(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Mend a place, body or person that is the opening of one word jieba reads on past its end, the span itself no
    word (CCTV news): the tagger stopped inside a name or read a common word's first characters as one.

    Where the word is a unit's or a body's name (香港特|别行政区, 非军|事区, 黎巴嫩真|主党, 中国国|民党, 武警部|队) or a
    transliteration (大马士|革, 扎波罗|热, 纳坦|兹), the span takes the whole word, if no other span stands there: a
    unit's is a LOC, a body's an ORG. Where the span opens with a state, province or place of jieba's that the rest
    of the word is no part of (俄罗斯卢|布, 中德关|系, 美国联|邦政府, 澳门特别行政区基|本法), it is cut to that place.
    Where the word is a common word, no name (众志|成城, 五谷丰|登, 外交人|员, 群众路|线), the span is dropped. Not a
    cup or match named after a person (尤伯|杯: MSRA tags 尤伯), nor an -ism (马克思列宁|主义), nor a word ending
    in 地区 or 高地 (MSRA tags 戈兰 of 戈兰高地); the gold places, bodies and people of the corpora that open a longer
    word so are those and a few of CLUENER's (蔡康|永, 中国银|行).
    """
    mended: list[Entity] = []
    for entity in entities:
        start, end = word_at(text, entity.start)
        word = text[start:end]
        if (entity.type == "TITLE" or len(entity.text) < 2 or start != entity.start or end <= entity.end
                or not all(_is_cjk(char) for char in word) or is_known_word(entity.text) or is_place_word(entity.text)
                or entity.text in COUNTRIES or word.endswith(("杯", "赛", "主义", "地区", "高地"))
                or entity.text[-1] in _SHORT_NAMES_IN_A_WORD):  # 亚特兰大奥|运会, 中国京|剧: MSRA tags them so
            mended.append(entity)
            continue
        # a place the rest of the word, a word of its own, is no part of: 俄罗斯|卢布, not 大马|士革
        place = next((entity.text[:cut] for cut in range(len(entity.text) - 1, 1, -1)
                      if (_is_place_name(entity.text[:cut]) or entity.text[:cut] in PROVINCES
                          or set(entity.text[:cut]) <= STATE_ABBREVIATIONS) and is_known_word(word[cut:])), "")
        unit = bool(_UNIT_END.search(word)) or word.endswith(NAME_ENDINGS["LOC"])
        body = bool(_BODY_WORD_ENDING.search(word)) or word.endswith(NAME_ENDINGS["ORG"])
        if (unit or body) and entity.type != "PER" and not word.endswith("政府"):
            grown = Entity(entity.start, end, "LOC" if unit and not body else "ORG", word)
            mended.append(entity if _overlaps_another(entities, entity, entity.end, end) else grown)
        elif place:
            mended.append(Entity(entity.start, entity.start + len(place), "LOC", place))
        elif set(word) <= TRANSLITERATION_CHARS:
            grown = Entity(entity.start, end, entity.type, word)
            mended.append(entity if _overlaps_another(entities, entity, entity.end, end) else grown)
        elif word_tag(word)[:2] in ("ns", "nr", "nt"):
            mended.append(entity)  # a name of jieba's the tagger read part of (鸠山由纪|夫, 山西大|同), or a common word it tags so
        # else: a common word (众志|成城, 外交人|员): no name
    return mended


def name_ending_inside_a_word(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Mend a place or body whose last word jieba reads on past its end, the span ending on no name's ending
    (CCTV news): where the word is 组织 or a unit of three characters or more (国际民航组|织, 北京市大兴|区, 陕西自贸试验|区;
    not 地区 or …人, which MSRA leaves out) the span takes the rest of it, if no other span stands there, as does a body
    named by its place where the word is a department's (内蒙古自治区体育|局: 体育局; written articles), and a body
    read up to the 部 of 部门 takes the 门 (伦敦消防部|门: CLUENER's gold ends such names at 门 about 60 times, at 部
    4 times); where the span
    before the word already ends like a unit or body, or opens with a unique body, the word is cut off
    (伊朗外交部发言|人, 香港国际机场陆|路, 师寨镇副|镇长, 四川大学华西医院急诊|科, 中国银行…金融部总经|理, 世卫组织关|系), a
    chain of places left a LOC (贵州省经济|社会). An ORG of common words only before the word names nothing and is
    dropped (经济发|展, 人民监|督, 中秋国|庆, 我国进|行, 地质险|情), but where the word ends it like a body (古共中|央).
    Not a congress or a Party organ read with its place before a post (江苏省人大|代表, 国家税务总局党组|书记: one body
    in MSRA's and People's Daily's gold), nor a word that is a post or an adverb (民兵应急连|连长: 连连).
    """
    mended: list[Entity] = []
    post_starts: dict[int, int] = {}
    for entity in entities:
        if entity.type not in ("LOC", "ORG") or len(entity.text) < 3 or entity.end >= len(text):
            mended.append(entity)
            continue
        if entity.type == "ORG" and entity.text.endswith("部") and text.startswith("门", entity.end):
            # a department read up to the 部 of 部门 (国务院药品监督管理部|门, 伦敦消防部|门): CLUENER's gold ends it at 门
            if not _overlaps_another(entities, entity, entity.end, entity.end + 1):
                entity = Entity(entity.start, entity.end + 1, "ORG", entity.text + "门")
            mended.append(entity)
            continue
        start, end = word_at(text, entity.end - 1)
        rest, word = text[entity.start : start], text[start:end]
        if (entity.type == "LOC" and entity.start < start < entity.end == end - 1 and len(word) >= 3 and text[entity.end] in "区县市"
                and is_place_word(word) and not word.endswith(_AREA_WORDS) and not _overlaps_another(entities, entity, entity.end, end)):
            mended.append(Entity(entity.start, end, "LOC", text[entity.start : end]))  # 绍兴市越城|区: jieba's 越城区
        elif (not entity.start < start < entity.end < end or entity.text[-1] in _ENDS_A_NAME
                or _ends_like_a_name(entity.text) or text[start : entity.end] in _ORGANS_BEFORE_A_POST):
            mended.append(entity)
        elif word == "组织" or (len(word) >= 3 and _UNIT_END.search(word) and not word.endswith(("地区", "人"))):
            grown = Entity(entity.start, end, entity.type, text[entity.start : end])
            mended.append(entity if _overlaps_another(entities, entity, entity.end, end) else grown)
        elif (entity.type == "ORG" and len(word) >= 3 and word.endswith(_BUREAU_WORD_ENDINGS) and _UNIT_END.search(rest)
              and not _overlaps_another(entities, entity, entity.end, end)):
            mended.append(Entity(entity.start, end, "ORG", text[entity.start : end]))
        elif len(rest) >= 2 and _ends_like_a_name(rest) and word_tag(word)[:2] not in ("ns", "nr"):
            kind = "LOC" if _UNIT_END.search(rest) and not _ORG_ENDINGS.search(rest) else entity.type
            mended.append(Entity(entity.start, start, kind, rest))
            post_starts[entity.end] = start
        elif entity.type == "ORG" and (body := next((b for b in _UNIQUE_BODIES_LONGEST_FIRST
                                                     if entity.text.startswith(b) and len(b) >= len(rest)), "")):
            mended.append(Entity(entity.start, entity.start + len(body), "ORG", body))
        elif (entity.type == "ORG" and _names_nothing(text, entity.start, start)
              and (start == entity.end - 1 or not is_known_word(text[start : entity.end]))
              and not _POST_ENDING.search(word) and not word.endswith(_POSTS_IN_A_WORD) and not word_tag(word).startswith("d")):
            if _ORG_ENDINGS.search(word) and not _overlaps_another(entities, entity, entity.end, end):
                mended.append(Entity(entity.start, end, "ORG", text[entity.start : end]))
        else:
            mended.append(entity)
    # a post right after the cut takes the piece of its word back (师寨镇|副|镇长 → 副镇长, 情报|局长 → 情报局长)
    return [Entity(post_starts[e.start], e.end, "TITLE", text[post_starts[e.start] : e.end])
            if e.type == "TITLE" and e.start in post_starts else e for e in mended]


#: Endings of a government department's word (体育局, 公安厅, 卫健委) that a body named by its place runs on to.
_BUREAU_WORD_ENDINGS = ("局", "厅", "委")
#: A congress's or a Party organ's short name that a post's word opens (人大|代表, 党组|书记, 政协|主席, 纪检|组长).
_ORGANS_BEFORE_A_POST = frozenset({"人大", "政协", "党组", "党委", "纪检", "团委"})
#: Posts a word may end with beyond :data:`_POST_ENDING` (人大代表, 外交大臣, 空军司令, 团政委).
_POSTS_IN_A_WORD = ("代表", "大臣", "司令", "委")


def _names_nothing(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is whole words of jieba's that name no place, person or body (经济, 人民, 中秋)."""
    words = _whole_words(text, start, end)
    return bool(words) and all(word_tag(word) and word_tag(word)[:2] not in ("ns", "nr", "nt", "nz", "j")
                               and not _is_place_name_or_state(word) for word in words)


#: Characters that end names of places and bodies (units, waters, mountains, streets, teams, 会) or a direction in one
#: (浙西南): a span ending in one that jieba reads into the next word is kept.
_ENDS_A_NAME = frozenset("市县区乡镇村省州江河湖山街城队局岛港湾峡口路桥会东南西北")
#: Words for a kind of area, not a unit of one name (中东欧|地区, 浙西南|山区, 第二大城|市: 城市; not 城区, which ends
#: names: 越城区).
_AREA_WORDS = ("地区", "山区", "市区", "郊区", "城市", "社区", "景区", "园区", "矿区", "灾区", "牧区", "林区", "老区", "市县")


def region_word_read_in_part(entity: Entity, text: str) -> Entity:
    """Mend a place that took the 地 of 地区 (region) and left its 区: 顿涅茨克地|区, 中东地|区, 东北地|区 (CCTV news) read
    as the place alone, as MSRA and People's Daily leave 地区 out (中东|地区, 424 times in MSRA train), but China's
    prefectures, whose 地区 is the unit (阿勒泰地区, 喀什地区: the written labels), read whole."""
    if entity.type != "LOC" or len(entity.text) < 3 or not entity.text.endswith("地") or not text.startswith("区", entity.end):
        return entity
    rest = entity.text[:-1]
    if rest.removeprefix("新疆维吾尔自治区").removeprefix("新疆").removeprefix("西藏自治区").removeprefix("西藏") in _PREFECTURES:
        return Entity(entity.start, entity.end + 1, "LOC", entity.text + "区")
    return Entity(entity.start, entity.end - 1, "LOC", rest)


#: China's prefectures (地区) of these years, the unit of their names (阿勒泰地区).
_PREFECTURES = frozenset({"阿克苏", "喀什", "和田", "塔城", "阿勒泰", "大兴安岭", "阿里", "吐鲁番", "哈密", "日喀则", "昌都",
                          "林芝", "山南", "那曲"})


def two_states_as_place(entity: Entity, text: str) -> Entity:
    """Two states named by one character each, China's and another's, before 两国 (the two countries) are a LOC:
    军乐团奏俄中 (ORG)|两国国歌, 葡中, 苏中 (PER) (CCTV news of state visits; 144 of 148 such pairs on the probes
    were read as places already)."""
    if (entity.type != "LOC" and len(entity.text) == 2 and "中" in entity.text and _is_cjk(entity.text.replace("中", "", 1))
            and text.startswith("两国", entity.end)):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


def member_or_deliberation_off_body(entity: Entity, text: str) -> Entity:
    """Cut the 委 of 委员 (members) off a committee or a Politburo that took it: 中央财经委员会委 (ORG)|员出席会议 →
    中央财经委员会, …选举委员会委|员的名单, 中共中央政治局委|员 (CCTV news), and the 审 of 审议 (deliberating) off a
    delegation, with a 参加 read before it: 参加江苏代表团审|议时说 → 江苏代表团. No gold ORG of the corpora ends in 会委
    or 局委 before 员 or in 团审 before 议."""
    if entity.type == "ORG" and entity.text.endswith(("会委", "局委")) and text.startswith("员", entity.end):
        return Entity(entity.start, entity.end - 1, "ORG", entity.text[:-1])
    if entity.type == "ORG" and entity.text.endswith("代表团审") and text.startswith("议", entity.end):
        start = entity.start + len("参加") if entity.text.startswith("参加") else entity.start  # 参加江苏代表团审|议时说
        return Entity(start, entity.end - 1, "ORG", text[start : entity.end - 1])
    return entity


def meeting_off_body(entity: Entity, text: str) -> Entity:
    """Cut the 会 of 会议 (a meeting) off a body read on into it: 主席团会|议听取了 → 主席团, 俄联邦安全局会|议 → 俄联邦安全局
    (CCTV news: 15 texts of the probes). Only where what is left ends like a body or a group (团) and not in 会 itself;
    MSRA's 国会|议员 stays as read. A session or standing meeting read in with it goes too, where the body is left
    (十三届全国人大五次会|议 → 十三届全国人大, 国务院常务会|议 → 国务院, 全国政协十届四次会|议 → 全国政协: MSRA's
    九届人大|一次会议); not a meeting that names no such body (中英媒体圆桌会|议). The 新闻 of a press conference read into
    the body that holds it goes the same way (国务院联防联控机制新闻|发布会 → 国务院联防联控机制: CCTV news; the corpora's
    bodies ending in 新闻 are newspapers and sites, 劳动新闻, 澎湃新闻, never before 发布)."""
    if (entity.type == "ORG" and entity.text.endswith("新闻") and text.startswith("发布", entity.end)
            and (entity.text[:-2] in _UNIQUE_BODIES or (len(entity.text) >= 5 and _ORG_ENDINGS.search(entity.text[:-2])))):
        return Entity(entity.start, entity.end - 2, "ORG", entity.text[:-2])
    rest = entity.text[:-1]
    if (entity.type == "ORG" and entity.text.endswith("会") and text[entity.end : entity.end + 1] == "议" and len(rest) >= 3
            and not rest.endswith("会") and (rest.endswith("团") or _ORG_ENDINGS.search(rest))):
        return Entity(entity.start, entity.end - 1, "ORG", rest)
    session = _SESSION_OF_A_BODY.search(entity.text) if entity.type == "ORG" and text.startswith("议", entity.end) else None
    if session is not None:
        body = entity.text[: session.start()]
        term = _TERM_AFTER_A_BODY.search(body)
        if term is not None and _names_a_body_holding_sessions(body[: term.start()]):
            body = body[: term.start()]  # 全国政协|十届|四次会议: the term goes with the session
        if len(body) >= 2 and _names_a_body_holding_sessions(body) and "会议" not in body:  # not a list of meetings
            return Entity(entity.start, entity.start + len(body), "ORG", body)
    return entity


#: A session or standing meeting the tagger read into the body that holds it, up to the 会 of 会议 (十三届全国人大|四次会,
#: 国务院|常务会, 政协第十四届全国委员会|第四次会): MSRA and People's Daily tag the body alone (九届人大|一次会议).
_SESSION_OF_A_BODY = re.compile(r"(?:第?[一二三四五六七八九十0-9]+次|常务)会$")
#: A body's term written after its name (全国政协|十届), which then goes with the session.
_TERM_AFTER_A_BODY = re.compile(r"第?[一二三四五六七八九十0-9]+届$")


def _names_a_body_holding_sessions(name: str) -> bool:
    """Whether ``name`` ends like a body, a congress or a political consultative conference (国务院, 全国人大, 全国政协)."""
    return bool(_ORG_ENDINGS.search(name)) or name.endswith(_CONGRESS_OR_PARTY_ENDINGS)


def place_abbreviation_off_a_body(entity: Entity, text: str) -> list[Entity]:
    """A place's one-character abbreviation after 在 read into the body after it is a LOC of its own: 部分在京|中共中央政治局委员
    (CCTV's line of the leaders who attend, read as one ORG 京中共中央政治局), as MSRA and People's Daily tag 在|京 (141
    of 142 times). Only after 在 (in): a state's abbreviation that opens its body is part of the name (美司法部, 俄中央银行:
    MSRA, and LABELS.md's 南浔区水利局), and only where jieba reads the character as a word of its own and the rest as
    one organization word of its dictionary or a national body (not 京华时报: 京华 is a word)."""
    if (entity.type != "ORG" or len(entity.text) < 3 or entity.text[0] not in PLACE_ABBREVIATIONS
            or text[entity.start - 1 : entity.start] != "在"):
        return [entity]
    cut, rest = entity.start + 1, entity.text[1:]
    if word_at(text, entity.start) != (entity.start, cut) or not (
            rest in NATIONAL_BODIES or (word_at(text, cut) == (cut, entity.end) and word_tag(rest) == "nt")):
        return [entity]
    return [Entity(entity.start, cut, "LOC", entity.text[0]), Entity(cut, entity.end, "ORG", rest)]


def states_counted_out_of_a_body(entity: Entity) -> list[Entity]:
    """Part states named together and counted (日美|两国, 日中韩|三国, 朝韩|双方) out of the body the tagger read them into,
    with what follows the count: the states a LOC, a post a TITLE, a body an ORG (日美两国外交部长 → 日美 + 外交部长,
    波兰三国外长 → 波兰 + 外长, 朝韩双方红十字会 → 朝韩 + 红十字会, 日中韩三国 → 日中韩: CCTV news). The states are
    countries' names or their one-character abbreviations; no gold body of the corpora holds such a count."""
    match = _STATES_COUNTED.fullmatch(entity.text) if entity.type == "ORG" else None
    if match is None or not _names_states(match.group("states")):
        return [entity]
    pieces = [Entity(entity.start, entity.start + match.end("states"), "LOC", match.group("states"))]
    rest = match.group("rest")
    if len(rest) >= 2:
        kind = "TITLE" if rest.endswith(_STATE_POSTS_LONGEST_FIRST) or rest.endswith(("部长", "外长", "防长")) else "ORG"
        pieces.append(Entity(entity.end - len(rest), entity.end, kind, rest))
    return pieces


#: States named together, then counted (两国, 三国, 双方), then what the span read on into.
_STATES_COUNTED = re.compile(r"(?P<states>[\u4e00-\u9fff]{1,8}?)(?:[两三四五六七八九十]国|双方)(?P<rest>[\u4e00-\u9fff]*)")


def _names_states(states: str) -> bool:
    """Whether ``states`` is countries' names or their one-character abbreviations written together (日美, 朝韩,
    日中韩, 波兰, 约旦)."""
    at = 0
    while at < len(states):
        name = next((c for c in _COUNTRY_NAMES_LONGEST_FIRST if states.startswith(c, at)), None)
        if name is None and states[at] not in STATE_ABBREVIATIONS:
            return False
        at += len(name) if name else 1
    return True


def is_place_abbreviation(entity: Entity, text: str) -> bool:
    """Whether a one-character LOC names a place as a party or a destination (中|美, 访|华, 中|方), not a stray piece.

    LABELS.md tags a place used as a modifier, and MSRA and People's Daily
    tag these abbreviations (9% of their places). Only a character that is
    a word of its own (中|美关系 reads 中, 美), a side (中方, 日方) or the goal
    of a visit or a post (访华, 驻华, 抵京) counts: inside a common word
    (华侨, 中药, 京剧, 中|国) the written labels never tag it, though People's Daily does.
    People's Daily dev 0.914 → 0.924 (0.927 with the common words); written dev unchanged.
    """
    if entity.type != "LOC" or entity.end - entity.start != 1 or entity.text not in PLACE_ABBREVIATIONS:
        return False
    if entity.text == "日" and _after_a_day_or_month_number(entity.start, text):
        return False  # 8|日|称: the date's day, not Japan
    start, end = word_at(text, entity.start)
    word = text[start:end]
    if entity.text == "中" and len(word) == 1 and _postposition_zhong(entity, text):
        return False
    return (len(word) == 1 or word == entity.text + "方" or (entity.start - start == 1 and word[0] in "访驻来对抵赴侵反离在")
            or (start == entity.start and word[1:] in _GOVERNMENT_OF_A_STATE))


def _postposition_zhong(entity: Entity, text: str) -> bool:
    """Whether a 中 standing alone is "in, during" after a word of two characters or more, not China as a party:
    声明中的立场, 在会晤中同意, 事务中保持 (from CCTV news), but 新中建交, 老中两国, 中、俄, 挥舞中老两国国旗."""
    before_start, before_end = word_at(text, entity.start - 1) if entity.start > 0 else (0, 0)
    following = text[entity.end : entity.end + 1]
    return (before_end == entity.start and before_end - before_start >= 2 and _is_cjk(text[entity.start - 1])
            and following not in PLACE_ABBREVIATIONS and following not in ("方", "两", "、", "")
            and text[entity.end + 1 : entity.end + 2] not in ("两", "方"))  # 挥舞中老两国国旗: a pair of sides


#: A kind of village named by its trade or standing (蔬菜专业村, 示范村, 重点村, a title: “农家乐第一村”), and the units that would make one a
#: place's own (白沙镇示范村).
_KIND_OF_VILLAGE = re.compile(r"(?:专业|示范|重点|特色|明星|第一)村$")
_HAS_A_UNIT = re.compile(r"[省市县区镇乡村]")
#: A department of a body named by its kind alone (公司安全保卫部, 该医院办公室).
_DEPARTMENT_OF_A_BARE_BODY = re.compile(r"^该?(?:公司|集团|医院|学校|学院|中心)[\u4e00-\u9fff]{1,8}?(?:部|处|科|室|中心)$")


def is_generic(entity: Entity, text: str) -> bool:
    """Whether a span names no particular place or body: a generic word (:data:`GENERIC_WORDS`), also after a verb.

    The tagger sometimes reads a verb into a bare body type that follows it
    (帮助供电所第一时间定位: 帮助|供电所); the body type alone is generic, so
    the span is none. Nothing in the training corpora's gold is a verb plus a generic word.
    """
    if entity.text in GENERIC_WORDS or (entity.type == "LOC" and entity.text in _NO_PLACE_WORDS):
        return True
    if entity.type == "LOC" and _KIND_OF_VILLAGE.search(entity.text) and not _HAS_A_UNIT.search(entity.text[:-3]):
        return True  # a kind of village, not one (蔬菜专业村, 乡村振兴示范村, “农家乐第一村”; not 白沙镇|示范村)
    if entity.type == "ORG" and _DEPARTMENT_OF_A_BARE_BODY.match(entity.text):
        return True  # 公司|安全保卫部: a department of a body named by its kind alone (MSRA tags 3 such: 公司总部)
    if (entity.type == "LOC" and entity.text + text[entity.end : entity.end + 1] in _DIRECTION_AREA_WORDS
            and not text.startswith("部分", entity.end)):  # 东北|部分地区 is the north-east
        return True  # a part of the country read as a place without its 部: 我国|中东|部地区 (not 中东 alone)
    if not entity.text.endswith(_GENERIC_ENDINGS):  # no jieba call for most spans
        return False
    start, end = word_at(text, entity.start)
    # (jieba's dictionary tags a few place names as verbs: 硚口区|应急管理局 is a place's bureau)
    return (start == entity.start and end - start >= 2 and end < entity.end and is_verb(text[start:end])
            and not _UNIT_END.search(text[start:end]) and text[end:entity.end] in GENERIC_WORDS)


#: Terms nothing inside of which is a name. First the policy terms of this genre built on a common place noun (美丽乡村,
#: 未来社区, 海绵城市): they name no place, but the tagger reads 美丽乡村 as a place (then cut to 美丽 by
#: :func:`cut_trailing_common_noun`) and 美丽城|镇 as one.
#: Terms with a place inside (美丽浙江) are left out: LABELS.md tags a place used as a modifier. The slogan 绿水青山就是
#: 金山银山 is read as two places too (no corpus tags either).
TERMS_WITH_NO_NAME_INSIDE = ("美丽乡村", "和美乡村", "未来乡村", "数字乡村", "美丽城镇", "特色小镇", "未来社区", "美丽河湖", "美丽庭院",
                "绿水青山", "金山银山", "海绵城市", "文明城市", "卫生城市", "森林城市", "智慧城市", "园林城市", "平安乡村", "文明村镇",
                "南水北调", "宜居宜业", "宜居城市",  # the water-transfer project (南水|北调 read as a place) and 宜居宜业和美乡村
                # observance days and weeks, event names LABELS.md tags nothing inside (世界水日中国水周: not 日|中国)
                "世界水日", "中国水周", "世界环境日", "世界地球日", "世界气象日", "全国防灾减灾日", "国际减灾日",
                "全国科普日", "全国节能宣传周", "全国低碳日",
                # and nouns jieba's dictionary tags as names, read as places or people, whole or in part: the national
                # flag (|五星红旗|冉冉升起: 13 of 18 on the CCTV probes; 面向|五星|红旗), a games' mascot, a "precious
                # asset", prime time; MSRA leaves 五星红旗 and 吉祥物 untagged all 16 times
                "五星红旗", "吉祥物", "宝贵财富", "黄金档",
                # and central finance (a generic word) read in part as a body: |中央财|政 (9 of 77 on the CCTV probes)
                "中央财政",
                # and the national plan the congress approves, read in part as a body: 国民经济和社会|发展计划 (35 times
                # on the CCTV probes; no gold span of the corpora lies inside it)
                "国民经济和社会发展",
                # and the women's title of honour, read as a body (全国三八红旗手 (ORG)标兵: CCTV news; MSRA leaves it
                # untagged all six times)
                "全国三八红旗手", "三八红旗手",
                # and the evening news programme and a commemorative meeting, read whole or in part as bodies (|新闻联|播推出…,
                # 在|纪念大会|上致辞, 于|纪念大|会前: CCTV news)
                "新闻联播", "纪念大会",
                # and protected species read whole or in part as places (|湟鱼|成群结队, |中华鲟|放归长江, 抵奥的|大熊|猫: CCTV
                # news; no gold span of the corpora is one or lies inside one); not 东北虎, whose place MSRA tags (|东北|虎)
                "湟鱼", "中华鲟", "长江鲟", "长江江豚", "江豚", "大熊猫", "藏羚羊", "中华白海豚", "扬子鳄",
                # and square dancing, whose square the tagger reads as a place (|广场|舞队跳了起来: CCTV news)
                "广场舞", "繁荣昌盛", "越洋视频",  # prosperity, whose 荣昌 is a district of Chongqing's (中国繁|荣昌盛), and a
                # video call across the ocean (|越洋视|频通话)
                # and the state's honours, read as a person (向|国家勋章|和国家荣誉称号获得者颁授: CCTV news), and peace
                # and tranquillity, whose 安宁 is a city of Yunnan's to jieba (维护本地区和平|安宁: CCTV news; MSRA leaves
                # its one 和平安宁 untagged)
                "国家勋章", "共和国勋章", "友谊勋章", "七一勋章", "八一勋章", "国家荣誉称号", "和平安宁",
                # and "north and south of the great river", everywhere (|大江|南北, 6 times on the CCTV probes; MSRA and
                # People's Daily leave all 7 untagged), and the planks of the policy for Xinjiang (富民|兴疆, 4 times)
                "大江南北", "依法治疆", "团结稳疆", "文化润疆", "富民兴疆", "长期建疆",
                # and Brexit, whose 欧 the tagger reads as a place (“脱|欧|”协议, 45 times on the CCTV probes; no gold text of the
                # corpora names it)
                "脱欧", "退欧",
                # and the saying of shared beauty, whose 美美 the tagger reads as a place (美人之美、|美美|与共: CCTV news)
                "美美与共")
_TERM_WITH_NO_NAME_INSIDE = re.compile("|".join(TERMS_WITH_NO_NAME_INSIDE))
_LONGEST_TERM = max(map(len, TERMS_WITH_NO_NAME_INSIDE))


#: The compass characters a region's name is made of (东北三省, 东三省).
_DIRECTION_CHARACTERS = frozenset("东南西北中")
#: Places named, then counted: 加拿大|三国, 云贵川|三省, 京津冀|三省市, 美国|多州, 西藏|七地市, 卢甘斯克|两州.
_PLACES_COUNTED = re.compile(r"(?P<places>[\u4e00-\u9fff]{1,8}?)(?:[两三四五六七八九十](?:省区市|省区|省市|地市|地州|国|省|州|市|县)"
                             r"|多(?:国|省|州))")


def places_counted_cut_off(entity: Entity) -> Entity:
    """Cut the count off places the tagger read with it (美国、英国、|加拿大三国| → 加拿大, 晋、陕、|甘三省| → 甘, 云贵川三省 →
    云贵川, 美国多州 → 美国, 西非三国 → 西非: CCTV news; LABELS.md tags places listed before a count one by one, the
    count out: 桃林、安坝两村). Only where what is left is a place, a region of the world or places' one-character
    abbreviations written together; a region that is a name with its count stays (东北三省, 东三省, 廊坊北三县, 三区三州),
    and so does a city whose name ends in 多 (波尔多市)."""
    match = _PLACES_COUNTED.fullmatch(entity.text) if entity.type == "LOC" else None
    if match is None:
        return entity
    places = match.group("places")
    if set(places) <= _DIRECTION_CHARACTERS or places[0] in "两三四五六七八九十":
        return entity  # 东北三省, 东三省: a region's name; 三区三州
    if not (_is_place_or_city(places) or places in _WORLD_REGIONS or is_place_word(places) or _names_states(places)
            or (len(places) >= 2 and set(places) <= PLACE_ABBREVIATIONS)
            or (len(places) == 1 and places in PLACE_ABBREVIATIONS)):
        return entity
    return Entity(entity.start, entity.start + len(places), "LOC", places)


def states_off_their_trade_agreement(entity: Entity, text: str) -> Entity:
    """Cut 自贸 (free trade) off the states whose agreement it names, read as one span before 协定 (完成|中韩自贸|协定,
    |中新自贸|协定升级谈判, 加快以|中自贸|协定谈判: CCTV news): the states' names or abbreviations are a LOC."""
    if entity.type not in ("LOC", "ORG") or not entity.text.endswith("自贸") or not text.startswith("协定", entity.end):
        return entity
    states = entity.text[: -len("自贸")]
    if not states or not _names_states(states):
        return entity
    return Entity(entity.start, entity.start + len(states), "LOC", states)


#: The words of campaigns named after a place (建设|美丽中国, 美丽新疆, 健康中国, 平安中国): the place is tagged alone.
_CAMPAIGN_WORDS = ("美丽", "健康", "平安", "数字")


def campaign_word_off_a_place(entity: Entity) -> Entity:
    """Cut a campaign's word off the place it was read with (美丽|中国, 美丽|新疆, 美丽|河北, 健康|中国: CCTV news; LABELS.md
    tags a place used as a modifier, and these campaigns are named by the place they are for). Only where what is
    left is a state, province or Chinese city (not 美丽|海湾, 美丽|宜居, 平安县)."""
    word = next((word for word in _CAMPAIGN_WORDS if entity.text.startswith(word)), "") if entity.type == "LOC" else ""
    rest = entity.text[len(word) :]
    if not word or (rest not in _COUNTRIES_AND_PROVINCES and rest not in _CITIES):
        return entity
    return Entity(entity.start + len(word), entity.end, "LOC", rest)


def civilization_off_a_place(entity: Entity) -> Entity:
    """Cut 文明 (civilization) off the place it was read with, of any type: 中华文明 → 中华, 拉美文明 (PER) → 拉美 (CCTV
    news; MSRA tags 中华 alone in all five of its 中华文明, and 华夏 in 华夏文明). Only where what is left is 中华, 华夏, a
    region of the world or a place or state (not 精神文明, 生态文明)."""
    if entity.type not in ("LOC", "ORG", "PER") or not entity.text.endswith("文明") or len(entity.text) < 4:
        return entity
    rest = entity.text[: -len("文明")]
    if rest in ("中华", "华夏") or rest in _WORLD_REGIONS or _is_place_or_city(rest):
        return Entity(entity.start, entity.start + len(rest), "LOC", rest)
    return entity


def cut_before_a_term(entity: Entity, text: str) -> Entity:
    """Cut a place or body read on into a noun of :data:`TERMS_WITH_NO_NAME_INSIDE` back to where the noun opens
    (钦州三娘湾|中华|白海豚, 厦门|中华|白海豚自然保护区: CCTV news, where the tagger reads the protected species' 中华 into
    the place before it), where two characters or more are left. No gold span of the corpora runs into such a noun."""
    if entity.type not in ("LOC", "ORG"):
        return entity
    for match in _TERM_WITH_NO_NAME_INSIDE.finditer(text, entity.start, min(len(text), entity.end + _LONGEST_TERM)):
        if entity.start + 2 <= match.start() < entity.end < match.end():
            return Entity(entity.start, match.start(), entity.type, text[entity.start : match.start()])
    return entity


def in_term_with_no_name(entity: Entity, text: str) -> bool:
    """Whether a span lies inside a policy term, observance or noun of :data:`TERMS_WITH_NO_NAME_INSIDE` (美丽|乡村,
    美丽城|镇, 面向|五星|红旗), or inside terms side by side
    (世界水日中国水周 read as 日中国); none of the training corpora tags one."""
    covered = entity.start
    for match in _TERM_WITH_NO_NAME_INSIDE.finditer(text, max(0, entity.start - _LONGEST_TERM), min(len(text), entity.end + _LONGEST_TERM)):
        if match.start() <= covered < match.end():  # terms side by side cover a span across them (世界水日|中国水周)
            covered = match.end()
    return covered >= entity.end


#: Words that make a quotation before them the name of a programme, campaign or slogan (“幸福红立方”工程).
PROGRAMME_WORDS = ("工程", "行动", "机制", "品牌", "模式", "目标", "栏目", "体系", "理念", "活动", "计划", "项目", "工作法",
                   "战略", "专项", "系列", "主题", "口号", "精神", "经验", "示范", "党建", "节目", "特别报道")
_SHORT_QUOTATION = re.compile(r"“([^“”\n]{1,20})”")
#: A programme word right after the quotation or after a verb of two characters (“青年留杭第一区”打造目标).
_PROGRAMME_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,2}}(?:{'|'.join(PROGRAMME_WORDS)})")


#: A typhoon, hurricane, storm or cyclone named in quotes before or after the word (台风“威马逊”, “杜苏芮”台风, 飓风“马修”,
#: 超级风暴“桑迪”, 气旋“巴齐雷”: CCTV news names the Atlantic's and Indian Ocean's storms so).
_STORM_WORDS = "台风|飓风|风暴|气旋"
_TYPHOON_NAMED = re.compile(rf"(?:{_STORM_WORDS})[“\"「]([^”\"」\n]{{1,8}})[”\"」]|[“\"「]([^“”\"「」\n]{{1,8}})[”\"」](?:{_STORM_WORDS})")


#: A clock time after 北京 (北京时间6月6日19时, 北京时间今天凌晨): China's standard time, no place.
_CLOCK_TIME_AFTER_BEIJING = re.compile(r"时间(?:[0-9０-９一二三四五六七八九十]|今|昨|明|前|凌晨|早|上午|中午|下午|晚|夜|傍晚|本月|周|星期)")


def is_time_zone(entity: Entity, text: str) -> bool:
    """Whether 北京 is the name of China's standard time before a clock time (北京|时间6月6日19时), not a place the story
    is about: MSRA, CLUENER and People's Daily leave it untagged 18 times of 22; the tagger tags it (39 of 46 on CCTV
    news). Another place's time (纽约时间, 巴黎时间) is that place's, and the corpora tag it."""
    return entity.type == "LOC" and entity.text == "北京" and bool(_CLOCK_TIME_AFTER_BEIJING.match(text, entity.end))


def is_event_name(entity: Entity) -> bool:
    """Whether a body or place read is an event's name: a fair, games, summit or annual meeting (北京冬奥会, 中非合作论坛峰会,
    第135届广交会, 中国国际旅游交易会: CCTV news, where the tagger reads them as bodies 150 times on the probes).
    LABELS.md tags nothing inside an event's name, and the written labels leave them untagged (浙江省第十八届运动会);
    of the corpora only CLUENER tags a few (上海世博会, 中国国际进口博览会: 6 in its train set, none in MSRA or People's
    Daily). Not 大会 (全国人民代表大会 is a body) nor 论坛 (世界经济论坛 is one too)."""
    return entity.type in ("ORG", "LOC") and bool(_EVENT_NAME_END.search(entity.text))


def host_of_an_event(entity: Entity, text: str) -> Entity:
    """A city or state read as a body or person right before the games or fair it hosts is the place, as the tagger
    reads most such hosts (杭州 (ORG)|亚运会, 巴黎 (ORG)|奥运会 → LOC: CCTV news, 3 of about 100 hosts on the probes;
    MSRA tags 北京|奥运会's 北京 a place); not a body (中央广播电视总台|进博会报道), nor a host jieba knows as no place."""
    if entity.type in ("ORG", "PER") and _EVENT_AFTER_ITS_HOST.match(text, entity.end) and _is_place_or_city(entity.text):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


#: Verbs of speaking a person opens a clause with (柏长城|告诉记者, 王长江|说).
_SPEECH_AFTER_A_SPEAKER = re.compile(r"告诉|说|表示|介绍|认为|指出|坦言")


def person_named_like_a_place(entity: Entity, text: str) -> Entity:
    """A place or body of three characters that is a surname and a place word of jieba's, no place itself, right
    before a verb of speaking, is a person whose given name is a place's (柏长城 (LOC)|告诉记者: CCTV news); no gold
    place or body of the corpora stands so."""
    if (entity.type in ("LOC", "ORG") and len(entity.text) == 3 and entity.text[0] in SURNAMES
            and is_place_word(entity.text[1:]) and not _is_place_or_city(entity.text)
            and _SPEECH_AFTER_A_SPEAKER.match(text, entity.end)):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


#: Posts and words of address written right after a person's name (孙东生|委员, 王东|同志).
_POST_AFTER_A_NAME = re.compile(r"委员|代表|同志|书记|主任|院士|教授")


def person_read_as_a_body(entity: Entity, text: str) -> Entity:
    """A body of three characters that opens with a frequent surname, ends like no body or place and is no word of
    jieba's is a person where it is appointed or dismissed (任命|裴金佳|为, 免去) or a post follows it (孙东生|委员代表民建中央
    发言: CCTV news); no gold body of the corpora stands so (CLUENER's clubs, 霍芬海, stand elsewhere)."""
    name = entity.text
    if (entity.type != "ORG" or len(name) != 3 or name[0] not in _FREQUENT_SURNAMES or _ends_like_a_name(name)
            or is_known_word(name) or _is_place_or_city(name)):
        return entity
    if text[max(0, entity.start - 2) : entity.start] in ("任命", "免去", "提名") or _POST_AFTER_A_NAME.match(text, entity.end):
        return Entity(entity.start, entity.end, "PER", name)
    return entity


#: Games and fairs written right after the city or state that hosts them (杭州亚运会, 巴黎奥运会).
_EVENT_AFTER_ITS_HOST = re.compile(r"奥运会|冬奥会|残奥会|冬残奥会|亚运会|世博会|运动会|博览会|冬奥|奥运")


#: How an event's name ends (博览会, 运动会, 峰会): fairs, games, summits and annual meetings.
_EVENT_NAME_END = re.compile(r"(?:博览会|运动会|奥运会|亚运会|冬奥会|残奥会|交易会|洽谈会|世博会|进博会|广交会|东博会|服贸会|消博会|峰会|年会)$")


#: What a quoted name of a ship, weapon or law is followed by (“库兹涅佐夫”号航母, “考萨尔”战斗机, “萨德”反导系统,
#: “喀秋莎”火箭弹, “赫尔姆斯-伯顿法”).
_MACHINE_OR_LAW_AFTER_A_QUOTE = re.compile(r"[”\"](?:号|级|型|战机|战斗机|轰炸机|无人机|飞机|火箭|导弹|反导|战车|坦克|舰|航母|系统)")


def is_quoted_machine_name(entity: Entity, text: str) -> bool:
    """Whether a person or place is the whole quoted name of a ship, aircraft, weapon or system, or a law ending in 法,
    which names a thing, not the person it is named after: “库兹涅佐夫”号, “林肯”号, “萨德”反导系统, “布雷德利”步兵战车
    is not (the kind must follow the quote), “赫尔姆斯-伯顿法” (CCTV news; LABELS.md tags no products). No gold span of the
    corpora is one."""
    if entity.type not in ("PER", "LOC") or entity.start == 0 or text[entity.start - 1] not in "“\"":
        return False
    return (entity.text.endswith("法") and entity.end < len(text) and text[entity.end] in "”\"") or bool(
        _MACHINE_OR_LAW_AFTER_A_QUOTE.match(text, entity.end))


def is_spacecraft_name(entity: Entity) -> bool:
    """Whether a span names a spacecraft, rocket or satellite of China's space programme, or its crew (神舟十八号,
    神舟十五号航天员乘组, 嫦娥六号, 祝融号, 北斗卫星, 长征五号: CCTV news, where the tagger reads them as bodies, places or
    people 60 times on the probes): products, which LABELS.md does not tag. The names that are words too (长征, the
    Long March; 北斗, the Plough) only with a number or a craft's word after them; no gold span of the corpora matches
    (MSRA's 长征出版社 is a body)."""
    return entity.type in ("ORG", "LOC", "PER") and bool(_SPACECRAFT.fullmatch(entity.text))


#: A spacecraft's, rocket's or satellite's name, with its number and what the text calls it (神舟十八号航天员乘组).
_CRAFT_NUMBER = r"(?:[一二三四五六七八九十百零〇0-9]+号|号)"
_CRAFT_WORD = r"(?:航天员乘组|航天员|乘组|探测器|飞船|载人飞船|货运飞船|运载火箭|火箭|卫星|导航卫星|核心舱|实验舱|空间站|着陆器|巡视器|中继星)"
_SPACECRAFT = re.compile(rf"(?:神舟|嫦娥|天宫|天舟|天问|玉兔|祝融|鹊桥|问天|梦天|天和)(?:{_CRAFT_NUMBER})?(?:{_CRAFT_WORD})?"
                         rf"|(?:长征|北斗)(?:{_CRAFT_NUMBER}{_CRAFT_WORD}?|{_CRAFT_WORD})")


def is_direction_and_about(entity: Entity, text: str) -> bool:
    """Whether 北约 is 以北 (north of) and 约 (about) before a distance (巴格达以北约20公里, 县城以北约5公里), not NATO:
    a place's description in any news, and the tagger reads NATO there."""
    return (entity.text in _DIRECTION_AND_ABOUT and entity.start > 0 and text[entity.start - 1] in "以向往"
            and bool(_NUMBER_AFTER.match(text, entity.end)))


def is_compass_point(entity: Entity, text: str) -> bool:
    """Whether a one-character place is a compass point, not a state's abbreviation (MSRA's 南 for Yugoslavia, 西 for
    Spain): before 方 (西方, the West: no state's side opens with a direction, :data:`_NO_STATES_SIDE_CHARACTERS`) or
    起 (项目西起青岛西海岸新区), or after 向, 往 or 朝 (向西开放) or 启 (承东启西) (CCTV news; the corpora tag none so)."""
    if entity.type != "LOC" or entity.text not in _COMPASS_POINTS:
        return False
    return text[entity.end : entity.end + 1] in ("方", "起") or text[entity.start - 1 : entity.start] in ("向", "往", "朝", "启")


_COMPASS_POINTS = frozenset({"东", "南", "西", "北"})


#: The places that 涉 (related to) opens a term with, one character each (涉疆, 涉藏, 涉港, 涉台, 涉澳 问题), and the kinds of
#: affairs it does (涉黄 pornography, 涉赌, 涉毒, 涉黑 gangs, 涉恐, 涉海 the sea, 涉农, 涉企, 涉网).
_RELATED_PLACES = frozenset("疆藏港台澳")
_RELATED_KINDS = frozenset("黄赌毒黑恐海农企网")


def place_of_related_affairs(entity: Entity) -> Entity:
    """A span of 涉 and a place's one-character abbreviation, read as one, is the place: MSRA tags 台 in 涉台案件, and the
    tagger reads 涉疆 and 涉藏州县 whole (在涉港、涉疆问题上: CCTV news, 8 times); not the county 涉县."""
    if len(entity.text) >= 2 and entity.text[0] == "涉" and entity.text[1] in _RELATED_PLACES:
        return Entity(entity.start + 1, entity.start + 2, "LOC", entity.text[1])
    return entity


def is_related_to_a_kind_of_affairs(entity: Entity, text: str) -> bool:
    """Whether a span opens with 涉 and a kind of affairs, or with the kind right after 涉 where jieba reads the kind's
    character alone, a term and no name (涉海|部门, 涉|黄娱乐场所, 涉|黄酒店所在地派出所: CCTV news; MSRA tags nothing in
    涉黄内容; not 涉|黄河, wading the Yellow River)."""
    if len(entity.text) >= 2 and entity.text[0] == "涉" and entity.text[1] in _RELATED_KINDS:
        return True
    return (entity.start > 0 and text[entity.start - 1] == "涉" and entity.text[0] in _RELATED_KINDS
            and word_at(text, entity.start) == (entity.start, entity.start + 1))


#: A direction and 约 (about) that read as a body's abbreviation after 以/向/往 (北约, NATO).
_DIRECTION_AND_ABOUT = frozenset({"北约"})
_NUMBER_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十百千两半]")


def is_document_number_prefix(entity: Entity, text: str) -> bool:
    """Whether a span is the issuer's code of a document's number, right before its bracketed year (国办发〔1996〕25号,
    国科发高〔2018〕235号: gov.cn documents), not a body: one that ends like a body keeps its name (民航总局〔2006〕80号)."""
    return (entity.type in ("ORG", "LOC") and bool(_DOCUMENT_YEAR.match(text, entity.end))
            and not _ORG_ENDINGS.search(entity.text))


#: The bracketed year of a document's number (〔2018〕).
_DOCUMENT_YEAR = re.compile(r"[〔\[［][0-9０-９]{4}[〕\]］]")


def is_typhoon_name(entity: Entity, text: str) -> bool:
    """Whether a span is the quoted name of a typhoon, hurricane, storm or cyclone (台风“桃芝”, “杜苏芮”台风, 飓风“马修”,
    超级风暴“桑迪”), also where the text names it again without the word (“威马逊”来临之前): no place or person, though
    the tagger reads it as one (MSRA leaves “布拉斯”飓风 untagged)."""
    quoted = text.endswith(("“", "\"", "「"), 0, entity.start) and text.startswith(("”", "\"", "」"), entity.end)
    if not quoted or not any(word in text for word in _STORM_WORDS.split("|")):
        return False
    return any(entity.text in named.groups() for named in _TYPHOON_NAMED.finditer(text))


def in_quoted_programme(entity: Entity, text: str) -> bool:
    """Whether a span lies inside a quoted programme, campaign or slogan name (“青年留杭第一区”打造目标).

    LABELS.md: nothing inside quoted slogans, programmes, campaigns or event
    names is tagged. A quotation is read as one when a programme word follows
    it, at most two characters on (工程, 行动, 机制, 品牌, 打造目标, 活动 …), or
    ends with one (“枫桥经验”, “井陉模式”: People's Daily dev tags two such
    places), or ends with its year (“中国制造2025”, “和平使命―2013”: CCTV news, 12 spans; no gold span of the corpora
    lies in one); a venue in quotes (“清风山房”驿站) is not. MSRA and People's Daily tag places in such names (“温州人话经商”活动,
    39 gold spans in MSRA and CLUENER train); none of the written labels does.
    """
    return any(_PROGRAMME_AFTER.match(text, quote.end()) or quote.group(1).endswith(PROGRAMME_WORDS)
               or _NAMED_WITH_A_YEAR.search(quote.group(1)) for quote in _short_quotations_around(entity, text))


#: A quoted name that ends with its year, maybe after a dash, names a plan, exercise or event (“中国制造2025”,
#: “和平使命―2013”, “非洲狮2026”, “厦门-2015”网络反恐演习, “亚非会议之旅1955-2015”).
_NAMED_WITH_A_YEAR = re.compile(r"[\u4e00-\u9fff](?:(?:19|20)\d\d)?[-－―—–]?(?:19|20)\d\d$")


def _short_quotations_around(entity: Entity, text: str) -> list[re.Match[str]]:
    """The quotations of up to 20 characters (slogans, programmes' names) that hold a span."""
    return [quote for quote in _SHORT_QUOTATION.finditer(text, max(0, entity.start - 21), entity.end + 22)
            if quote.start(1) <= entity.start and entity.end <= quote.end(1)]


_BOOK_TITLE = re.compile(r"《([^《》\n]{2,60})》")


def in_book_title(entity: Entity, text: str) -> bool:
    """Whether a span lies inside the 《》 title of a document or a work, short of the whole title.

    LABELS.md: nothing inside 《》 titles of documents and works is tagged
    (《浙江省农村供水管理条例》 holds no place), and of a newspaper in 《》
    only the name is (《工人日报》: the whole title); a document's title read whole is none either
    (《军事情报保护协定》). MSRA tags places inside
    such titles (111 gold spans in the 322 titles of documents in its train
    set); the written labels tag nothing in 《》.
    """
    return any(title.start(1) <= entity.start and entity.end <= title.end(1)
               and (entity.end - entity.start < len(title.group(1)) or title.group(1).endswith(_DOCUMENT_KINDS))
               for title in _BOOK_TITLE.finditer(text, max(0, entity.start - 61), entity.end + 62))


#: Kinds of work written right before a 《》 title (电视剧《火红年华》, 儿童剧, 动画电影《姜子牙》, 花鼓戏《齐白石》, 第七集《百川归海》)
#: or right after it (《大秦帝国》系列历史剧, 《中国诗词大会》第二季, 《黄河》钢琴协奏曲).
_WORK_KINDS_BEFORE_A_TITLE = re.compile(r"(?:剧|电影|影片|动画片|纪录片|专题片|宣传片|戏|小说|专栏|栏目|节目|歌曲|"
                                        r"协奏曲|交响曲|作品|画作|第[一二三四五六七八九十百\d]+集)$")
_WORK_KINDS_AFTER_A_TITLE = re.compile(r"(?:系列|栏目|节目|剧组|第[一二三四五六七八九十\d]+[季集]|[\u4e00-\u9fff]{0,2}协奏曲)")


#: A sector's members of a congress or conference (科技界委员, 环境资源界委员联组会): people, or a meeting of theirs.
_SECTOR_MEMBERS = re.compile(r"界(?:委员|代表)")


def is_sector_members(entity: Entity) -> bool:
    """Whether an ORG names a sector's members of the CPPCC or the NPC, or their joint session (科技界委员联组会,
    环境资源界委员, 工商联界委员联组会时: CCTV news), which is no body; no gold span of the corpora holds one."""
    return entity.type == "ORG" and bool(_SECTOR_MEMBERS.search(entity.text))


def is_title_of_a_work(entity: Entity, text: str) -> bool:
    """Whether a place or person is the whole 《》 title of a work the text names as one: 电视剧《火红年华》, 花鼓戏《齐白石》,
    动画电影《姜子牙》, 《黄河》钢琴协奏曲 (CCTV news). LABELS.md tags nothing in the title of a work (a newspaper in 《》
    is a body: 《人民日报》 stays); MSRA and People's Daily tag such titles as the person or place they name (影片《花木兰》,
    长篇历史小说《李白》), which this reading leaves to them."""
    if entity.type not in ("LOC", "PER") or text[entity.start - 1 : entity.start] != "《" or text[entity.end : entity.end + 1] != "》":
        return False
    return bool(_WORK_KINDS_BEFORE_A_TITLE.search(text, max(0, entity.start - 9), entity.start - 1)
                or _WORK_KINDS_AFTER_A_TITLE.match(text, entity.end + 1))


#: How the titles of documents end (《军事情报保护协定》, from CCTV news): such a title is no name even read whole, as a
#: newspaper's is (《工人日报》).
_DOCUMENT_KINDS = ("条例", "法", "协定", "条约", "公约", "办法", "规定", "意见", "通知", "决定", "方案", "规划", "纲要",
                   "计划", "宣言", "议程", "报告", "白皮书", "协议", "宪章", "声明", "决议", "指南", "细则", "标准")


#: Generic words after a place name that stay out of it (LABELS.md: 木兰溪|流域).
#: The part of a place by its direction (湖南|东部山区, 黑龙江|中东部), which stays off it too.
_DIRECTION_AREA_WORDS = DIRECTIONS + ("东北部", "西北部", "东南部", "西南部", "中东部", "中西部", "中南部", "中北部")
PLACE_AREA_WORDS = ("流域", "沿岸", "沿线", "一带", "境内", "全境", "大坝", "交界", "边境", "周边", "附近", "腹地",
                    # the state of a river or lake, which flood news names after it (汉江|洪峰, 元荡|湖面)
                    "洪峰", "水位", "水质", "汛情", "水情", "雨情", "险情", "灾情", "水面", "湖面", "江面", "河面",
                    "片区",
                    # a stretch or part of a river or region (长江|上游, 长三角|区域, 安庆|主城区, 贵州|大山深处)
                    "中下游", "中上游", "上中游", "上游", "中游", "下游", "区域", "主城区", "深处", "海岸线",
                    "部分") + _DIRECTION_AREA_WORDS


_AREA_WORDS_LONGEST_FIRST = longest_first(PLACE_AREA_WORDS)


#: The count and kind that close an elided list of places (桃林、安坝|两村, 石门、龙山|三镇).
_COUNT = "[两三四五六七八九十几]个?"
_COUNT_AND_KIND = rf"{_COUNT}(?:省|市|县|村|镇|乡|社区|街道)"
_LIST_COUNT_END = re.compile(rf"(?:{_COUNT_AND_KIND})+$")
#: A count of places standing alone (三省五县, 四省): no name; a village so numbered is one (七村, 八村).
_COUNT_OF_PLACES = re.compile(rf"^(?:{_COUNT_AND_KIND}){{2,}}$|^{_COUNT}(?:省|市|县)$")


#: A plenary session of a Party central committee (十九届四中全会, 中共十八届四中|全会, 三中、|四中|、五中全会): an event,
#: which LABELS.md leaves untagged (the corpora's gold tags none: 党的十一届三中全会).
_PLENARY_SESSION = re.compile(r"^(?:中共|党的)?(?:第?[一二三四五六七八九十]{1,3}届)?[一二三四五六七八九十]中(?P<whole>全会)?$")


def is_plenary_session(entity: Entity, text: str) -> bool:
    """Whether a span is a plenary session or its ordinal read before 全会 or in a list of them (四中、五中全会)."""
    session = _PLENARY_SESSION.match(entity.text)
    if session is None:
        return False
    return bool(session.group("whole")) or text.startswith("全会", entity.end) or bool(
        re.match(r"、[一二三四五六七八九十]中", text[entity.end : entity.end + 3]))


def is_figure_only(name: str) -> bool:
    """Whether a span is a figure and what it counts, no name: a year, date or document number (1986年, 第707号), an
    amount (450元), a count of places (三省五县) or of ministries (十八部委), a floor (四楼), numerals alone (十八、)
    or a party congress named by its number (二十大)."""
    return any(pattern.match(name) for pattern in (_DATE_OR_NUMBER_ONLY, _AMOUNT_ONLY, _COUNT_OF_PLACES,
                                                  _FLOOR_OR_MINISTRIES_ONLY, _NUMERALS_ONLY, _PARTY_CONGRESS))


def cut_list_count(entity: Entity, text: str) -> Entity:
    """Cut the count off the last place of an elided list: 桃林、安坝两村 → 桃林, 安坝 (LABELS.md).

    Only right after 、, where a list stands; names that hold a numeral
    (东四街道, 波尔多市) are never cut so.
    """
    match = _LIST_COUNT_END.search(entity.text)
    if entity.type != "LOC" or not match or match.start() < 2 or entity.start == 0 or text[entity.start - 1] != "、":
        return entity
    return Entity(entity.start, entity.start + match.start(), "LOC", entity.text[: match.start()])


def split_places_at_area_word(entity: Entity) -> list[Entity]:
    """Split two places read as one across the area word after the first: 长江流域四川 → 长江, 四川 (the area word stays
    off, as :func:`cut_place_area_word` keeps it off a place's end; from CCTV news). The second must be a place of
    jieba's dictionary or a country: 温岭市东部新区 is one name."""
    if entity.type != "LOC":
        return [entity]
    for word in _AREA_WORDS_LONGEST_FIRST:
        if word in _DIRECTION_AREA_WORDS:
            continue  # 温岭市东部新区, 西部新城: a direction and what follows may be a name
        at = entity.text.find(word, 2)
        rest = entity.text[at + len(word) :] if at != -1 else ""
        if rest in GENERIC_WORDS:  # 滇藏|交界|深山: the place alone
            return [Entity(entity.start, entity.start + at, "LOC", entity.text[:at])]
        if len(rest) >= 2 and (is_place_word(rest) or rest in COUNTRIES):  # not 东部|新区, a zone's name
            left_end = entity.start + at
            return [Entity(entity.start, left_end, "LOC", entity.text[:at]),
                    Entity(left_end + len(word), entity.end, "LOC", rest)]
    return [entity]


def split_places_at_de(entity: Entity, text: str) -> list[Entity]:
    """Split a place read across 的 into the two places it joins: 和田地区的色格孜库勒乡欧尔奴什村 → 和田地区,
    色格孜库勒乡欧尔奴什村 (from CCTV news); both sides must be places (a name before a unit, or dictionary places)."""
    at = entity.text.find("的")
    if entity.type != "LOC" or at < 2 or len(entity.text) - at - 1 < 3:
        return [entity]
    left, right = entity.text[:at], entity.text[at + 1 :]
    if right.startswith(PLACE_AREA_WORDS) or not (_UNIT_END.search(right) and (
            _UNIT_END.search(left) or is_place_word(left) or _reads_as_places(text, entity.start, entity.start + at))):
        return [entity]
    return [Entity(entity.start, entity.start + at, "LOC", left), Entity(entity.start + at + 1, entity.end, "LOC", right)]


def split_names_at_joiner(entity: Entity, text: str) -> list[Entity]:
    """Split a place or body read across 同, 与, 和 or 及 into the two names it joins where jieba reads the joiner as a
    word of its own and each side stands alone (:func:`_stands_alone`): two places of jieba's, countries or provinces
    (加德满都|同|尼泊尔总理会谈, from CCTV news; 大同, 同江 and 南疆|和田县 stay), or two bodies, or a body and a place
    (中央广播电视总台|与|广东省签署…, 黑龙江|与|农业农村部签署…, 国家发展改革委|和|国家能源局联合出台…: CCTV news), and two
    national or international bodies also where jieba reads the joiner into a word (联合国|和世卫|组织). A body's
    own name with 和 inside stays whole: its first part ends like no body (工业和信息化部, 国家卫生和计划生育委员会), or its
    second opens with no place (埃及内阁议会和协商会议事务部, MSRA), or a continent opens it (欧洲和外交部)."""
    if entity.type not in ("LOC", "ORG"):
        return [entity]
    for at, character in enumerate(entity.text):
        left, right = entity.text[:at], entity.text[at + 1 :]
        if character not in "同与和及" or len(left) < 2 or len(right) < 2:
            continue
        if (word_at(text, entity.start + at) != (entity.start + at, entity.start + at + 1)
                and not (left in _UNIQUE_BODIES and right in _UNIQUE_BODIES)):  # 联合国|和世卫|组织: jieba's 和世卫
            continue
        left_type, right_type = _stands_alone(left, opening=True), _stands_alone(right, opening=False)
        unit = _UNIT_END.search(left)
        if entity.type == "LOC" and unit and len(left) >= 3 and len(right) >= 3 and right.endswith(unit.group()):
            left_type = right_type = "LOC"  # two units of one level: 日喀则市吉隆镇|和|樟木镇, 景昙社区|和|王马社区
        if len(left) >= 4 and left.endswith(_WHOLE_BODY_ENDINGS) and len(right) >= 3 and _ORG_ENDINGS.search(right):
            left_type, right_type = left_type or "ORG", right_type or "ORG"  # 五芳斋公司|和|雅莹服装公司
        if left_type == "LOC" and right_type == "ORG" and left not in _COUNTRIES_AND_PROVINCES:
            continue  # 欧洲和外交部: France's ministry for Europe and foreign affairs
        if left_type and right_type:
            return [Entity(entity.start, entity.start + at, left_type, left), Entity(entity.start + at + 1, entity.end, right_type, right)]
    return [entity]


#: How the whole name of a company, society, press, organization, school, hospital or bank ends: one so named before a
#: joiner ends its name there, and a body after the joiner is another (五芳斋公司|和|雅莹服装公司, 中国宪法学研究会|和|检察出版社,
#: 联合国粮农组织|和|国际法典委员会), where a field joined into one name ends no name (工业和信息化部).
_WHOLE_BODY_ENDINGS = ("公司", "集团", "研究会", "出版社", "协会", "组织", "大学", "医院", "银行")


def _stands_alone(name: str, opening: bool) -> str | None:
    """The type ``name`` has standing alone on one side of a joiner: a place of jieba's, a country or a province is a
    LOC; a nationally unique body, or a name of three characters or more that ends like a body, is an ORG, but the
    second of the two only where it opens with a place or a national word (国家能源局, 美国疾控中心; not 协商会议事务部,
    the rest of one ministry's name)."""
    if _is_place_name_or_state(name):
        return "LOC"
    if name in _UNIQUE_BODIES:
        return "ORG"
    if len(name) >= 3 and _ORG_ENDINGS.search(name) and (opening or _opens_with_a_place_or_nation(name)):
        return "ORG"
    return None


def _opens_with_a_place_or_nation(name: str) -> bool:
    """Whether ``name`` opens with a national word (国家, 中国, 中央, 国际, 全国) or a place (美国疾控中心)."""
    return name.startswith(("国家", "中国", "中央", "国际", "全国")) or any(
        _is_place_name_or_state(name[:end]) for end in range(2, len(name)))


def cut_dispatch(entity: Entity) -> Entity:
    """Cut the 电 of a dateline off a news agency: 据新华社电 → 新华社 (no gold ORG of the corpora ends in 社电)."""
    if entity.type != "ORG" or not entity.text.endswith("社电"):
        return entity
    return Entity(entity.start, entity.end - 1, "ORG", entity.text[:-1])


#: A direction from a place and 约 (about) before a distance (提克里特以南约25公里): CLUENER tags the place with the
#: direction (新德里以南), never with 约.
_DIRECTION_OF_A_PLACE_ABOUT = re.compile(r"以[东南西北]约$")


def cut_place_area_word(entity: Entity, text: str) -> Entity:
    """Cut a generic area word off a place: 浦阳江流域 → 浦阳江 (LABELS.md: 木兰溪|流域), also more than one
    (玉龙喀什河|流域|中下游) and the first character of one the span stops inside (长江上|游, 长三角区|域).

    Three gold places of the training corpora end with one (黄河流域), against
    some 170 that stand right before one. A county seat is its county (衢州市常山县|城, 泸定县|城: the written
    labels tag the county; CLUENER and MSRA tag three 县城 whole, 九寨县城).
    """
    if entity.type == "LOC" and entity.text.endswith("县城") and len(entity.text) >= 4:
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])  # the county seat: 常山县|城 is 常山县
    if entity.type == "LOC" and _DIRECTION_OF_A_PLACE_ABOUT.search(entity.text) and len(entity.text) >= 5:
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])  # 提克里特以南|约|25公里: about is no place
    if entity.type != "LOC" or len(entity.text) < 3:
        return entity
    if text.startswith("部", entity.end) and not text.startswith("部分", entity.end):  # 辽宁中东|部 (中东部)
        inside = next((w for w in _DIRECTION_AREA_WORDS if len(w) == 3 and (entity.text + "部").endswith(w)), None)
        if inside and len(entity.text) >= 4:
            return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])
    if text.startswith(PLACE_AREA_WORDS, entity.end - 1):  # the span stops inside the area word: 长江上|游, 长三角区|域
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    name = entity.text
    while word := next((word for word in _AREA_WORDS_LONGEST_FIRST if name.endswith(word) and len(name) >= len(word) + 2), None):
        name = name[: -len(word)].removesuffix("的")  # 玉龙喀什河|流域|中下游, 北海道|的|西南部
    return entity if name == entity.text else Entity(entity.start, entity.start + len(name), "LOC", name)


#: Common nouns a place runs on into when it modifies them (杭州|城市, 大连|农村, 剑灶村|村民).
RESIDENT_NOUNS = ("村民", "居民", "市民")
COMMON_PLACE_NOUNS = ("城市", "乡村", "农村", "城乡", "城镇", "山区", "村庄", "广大干部",
                      # and what a place's name modifies in world news (|俄罗斯国旗|图案, 支援|加沙平民|, 由|深圳运营|的,
                      # 30万吨|俄罗斯化肥|, |越南榴莲|, 依照|埃及法律|, |甘肃交通|、城管, |青海绿色|发展: CCTV news; no gold
                      # place of the corpora ends with one)
                      "国旗", "平民", "运营", "化肥", "榴莲", "法律", "交通", "绿色",
                      "国徽", "国歌") + RESIDENT_NOUNS  # 国徽: |中华人民共和国国徽| above the rostrum (CCTV news)


#: Who lives in a place (香港市民, 日本民众, 小岗村村民): no part of its name; no gold span of MSRA, People's Daily,
#: CLUENER or the written articles ends with one.
RESIDENTS = RESIDENT_NOUNS + ("民众", "百姓")


def residents_off_place(entity: Entity, text: str) -> Entity:
    """Cut the residents off a place or body read on into them: 日本民众 → 日本, 卡塔尔民众 (ORG) → 卡塔尔 (LOC),
    安徽小岗村村民 → 安徽小岗村 (from CCTV news), also where the place took the first character of 市民: 香港市|民 → 香港
    (else completed to jieba's place word 香港市民). What is left of two characters or more is the place (not 老|百姓)."""
    if entity.type not in ("LOC", "ORG"):
        return entity
    read = entity.text + "民" if entity.text.endswith("市") and text.startswith("民", entity.end) else entity.text
    ending = next((word for word in RESIDENTS if read.endswith(word)), "")
    place = read[: len(read) - len(ending)]
    if not ending or len(place) < 2 or place.endswith("老"):
        return entity
    return Entity(entity.start, entity.start + len(place), "LOC", place)


def cut_trailing_common_noun(entity: Entity, text: str) -> Entity:
    """Cut a place read on into the common noun it modifies: 擦亮杭州|城市重要新中心, 大连|农村.

    Only where the common noun is a dictionary word of its own that ends the
    span and a word of at least two characters stands before it (文昌市文|城镇
    is 文城镇, not 文 + 城镇). Of the gold places of MSRA train, CLUENER
    train, People's Daily dev and the written train split it would change 3
    (下一|村庄, 林达海渔|城市, 关中|农村). The residents of a place that ends
    like one (剑灶村|村民, 居民, 市民) are cut off even where jieba joins the
    place's last character to the word before (灶村): no gold place of those
    corpora ends with them.
    """
    if entity.type != "LOC" or len(entity.text) < 4 or not entity.text.endswith(COMMON_PLACE_NOUNS):
        return entity
    start, end = word_at(text, entity.end - 1)
    if end != entity.end or start < entity.start + 2 or text[start:end] not in COMMON_PLACE_NOUNS:
        return entity
    place = text[entity.start:start]
    before_start, before_end = word_at(text, start - 1)
    # the residents of a place that ends like one (剑灶村|村民, jieba: 灶村|村民) are cut off it too
    residents = text[start:end] in RESIDENT_NOUNS and _UNIT_END.search(place)
    if (before_end != start or start - before_start < 2) and not residents:
        return entity
    return Entity(entity.start, start, entity.type, place)


#: Venues named by a place and 国际 (香港国际机场, 上海国际博览中心).
_INTERNATIONAL_VENUES = ("机场", "会展中心", "博览中心", "会议中心", "展览中心")


def international_venue_or_place(entity: Entity, text: str) -> Entity:
    """Mend a place read on into the 国际 (international) of what it names: complete the venue it opens (香港国际|机场
    → 香港国际机场, 兰州中川国际|机场: as the corpora tag 宁波栎社国际机场 and 上海国际博览中心), else cut it back to the
    place (泰山国际|登山节 → 泰山, 西安至东京国际|全货运航线 → 东京: CCTV news). Only a LOC whose rest is a place."""
    if entity.type != "LOC" or not entity.text.endswith("国际") or len(entity.text) < 4:
        return entity
    venue = next((word for word in _INTERNATIONAL_VENUES if text.startswith(word, entity.end)), "")
    if venue:
        return Entity(entity.start, entity.end + len(venue), "LOC", entity.text + venue)
    rest = entity.text.removesuffix("国际")
    if _is_place_or_city(rest) or _UNIT_END.search(rest):
        return Entity(entity.start, entity.start + len(rest), "LOC", rest)
    return entity


#: Common nouns news writes before a place to say what it is (也门首都萨那, 古城西安, 叙利亚中部城市霍姆斯), longest first.
_PLACE_DESCRIPTORS = ("省会城市", "港口城市", "边境城市", "沿海城市", "沿岸城市", "首都", "城市", "古城", "小镇", "省会", "首府", "港城",
                      "大省", "大县", "重镇", "大城市")


#: The side of a place a text points to after it (宾王路|以东, 提克里特|以南), which is no part of its name.
_SIDE_OF_A_PLACE = re.compile(r"以[东西南北]$")


def side_off_a_place(entity: Entity) -> Entity:
    """Cut 以东, 以西, 以南 or 以北 off the end of a place read with it: 稠城街道宾王路|以东 → 稠城街道宾王路 (a local
    notice of a water cut), 提克里特|以南 (CCTV news). LABELS.md leaves generic words after a name out (木兰溪|流域), as
    People's Daily and MSRA do; CLUENER's addresses keep it (新德里以南, 8 spans)."""
    side = _SIDE_OF_A_PLACE.search(entity.text) if entity.type == "LOC" else None
    if side is None or side.start() < 2:
        return entity
    return Entity(entity.start, entity.start + side.start(), "LOC", entity.text[: side.start()])


def descriptor_off_a_place(entity: Entity) -> Entity:
    """Cut the common noun that says what a place is off the place read with it: 首都|基辅, 古城|西安, 城市|霍姆斯,
    制造业大省|广东, 北部重镇|阿勒颇, 省会城市|福州 (ORG) → 福州 (CCTV news; LABELS.md: generic words stay out of a name). Only where what is left is a
    place of jieba's, a state, a foreign or Chinese city or a transliteration of three characters or more (小镇|哈尔法亚),
    so 首都机场, 首都医科大学 and 首都国际机场 keep theirs."""
    if entity.type not in ("LOC", "ORG"):
        return entity
    descriptor = next((word for word in _PLACE_DESCRIPTORS if entity.text.startswith(word)), "")
    rest = entity.text[len(descriptor) :]
    named = rest[:-1] if rest.endswith(("市", "州", "省")) and len(rest) >= 3 else rest  # 首都|基辅市: the city's name and unit
    if not descriptor or len(rest) < 2 or not (_is_place_or_city(named) or (len(rest) >= 3 and set(rest) <= TRANSLITERATION_CHARS)):
        return entity
    return Entity(entity.start + len(descriptor), entity.end, "LOC", rest)


def _is_place_or_city(name: str) -> bool:
    """Whether ``name`` is a place of jieba's, a state, or a foreign or Chinese city (基辅, 西安, 霍姆斯)."""
    return _is_place_name(name) or name in FOREIGN_CITIES or name in _CITIES


#: Regions of the world news names states by (中亚国家, 非洲国家, 东南亚国家).
_WORLD_REGIONS = frozenset({"亚洲", "非洲", "欧洲", "美洲", "大洋洲", "拉美", "拉丁美洲", "中亚", "西亚", "南亚", "东亚", "东南亚", "中东", "北非",
                            "西非", "东非", "南部非洲", "南美", "北美", "北欧", "东欧", "西欧", "中东欧", "南欧", "阿拉伯", "海湾", "加勒比"})
#: What follows the states of a region in the name of a body of theirs (非洲国家驻华使团, 阿拉伯国家联盟).
_BODY_OF_STATES = re.compile(r"驻|联盟|共同体|经济共同体|组织|集团|论坛|议会|联合会|合作委员会|银行")


def place_off_its_law_or_states(entity: Entity, text: str) -> Entity:
    """Cut a place read on into its basic law or into the island of 岛国 (island states) back to the place: 澳门基本法 →
    澳门 (MSRA tags 澳门 in all four of its 澳门基本法), 太平洋岛|国 → 太平洋 (CCTV news: 建交|太平洋岛国|领导人). Only
    where what is left is a state, province or a place of jieba's. A region of the world read with the 国家 (states)
    it names is the region (中亚国家 → 中亚, 非洲国家 (ORG) → 非洲: MSRA and People's Daily tag the region alone at 235
    of their 238 such mentions, the rest untagged), but for a body named after them (非洲国家驻华使团, 阿拉伯国家联盟,
    西非国家经济共同体)."""
    if entity.type not in ("LOC", "ORG"):
        return entity
    region = entity.text.removesuffix("国家")
    if region != entity.text and region in _WORLD_REGIONS and not _BODY_OF_STATES.match(text, entity.end):
        return Entity(entity.start, entity.start + len(region), "LOC", region)
    if entity.text.endswith("基本法"):
        rest = entity.text[: -len("基本法")]
    elif entity.text.endswith("岛") and text.startswith("国", entity.end) and word_at(text, entity.end - 1) == (entity.end - 1, entity.end + 1):
        rest = entity.text[:-1]
    else:
        return entity
    if rest in _COUNTRIES_AND_PROVINCES or is_place_word(rest):
        return Entity(entity.start, entity.start + len(rest), "LOC", rest)
    return entity


def place_off_a_late_common_noun(entity: Entity, text: str) -> Entity:
    """Cut the common noun off a place that a late merge or completion ran into it (河北 + 广大干 → 河北广大干|部 →
    河北), where what is left is a place: a dictionary place or a unit's name (not 最美|乡村, a programme's word).

    :func:`cut_trailing_common_noun` runs before the merges and completions, so it never sees these (CCTV news:
    8 such spans on the probes).
    """
    place = cut_trailing_common_noun(entity, text)
    return place if place is not entity and (is_place_word(place.text) or _UNIT_END.search(place.text)) else entity


def water_off_its_river(entity: Entity) -> Entity:
    """A river read with its water (引用|黄河水|超出环境承载能力, 黄河水|沙关系) is the river, as the written labels tag
    “用好每一方|黄河|水”: where what is left is a dictionary place ending in 河 or 江 (CCTV news; no gold place of the
    corpora ends in 河水 or 江水)."""
    if entity.type == "LOC" and len(entity.text) >= 3 and entity.text.endswith(("河水", "江水")) and is_place_word(entity.text[:-1]):
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    return entity


_EMBANKMENTS = "大堤|大坝|堤坝|坝体|堤防"


def embankment_off_its_water(entity: Entity) -> Entity:
    """A river, reservoir or polder read with its embankment or dam (三角乡三角联圩|大堤, 团结水库|大坝) is the feature:
    the structure is a common noun, not part of the name (no gold place of the corpora ends in 大堤 or 大坝; named
    dams are one word: 葛洲坝, 胡佛水坝). Where what is left is a LOC of three characters or more."""
    found = re.search(rf"(?:{'|'.join(FEATURE_ENDINGS)})({_EMBANKMENTS})$", entity.text) if entity.type == "LOC" else None
    if not found or found.start(1) < 3:
        return entity
    end = entity.start + found.start(1)
    return Entity(entity.start, end, "LOC", entity.text[: found.start(1)])


#: How residents are named by surname (LABELS.md: 张女士, 谈爷爷, 韩阿姨 are not PER); a span ending in one is dropped.
#: No training corpus has a name ending so (CLUENER has four PER); a full name *before* 先生 or 同志 is a PER in
#: MSRA and People's Daily, so only the span's own ending counts.
HONORIFICS = ("先生", "女士", "小姐", "大伯", "大姐", "大哥", "大爷", "大妈", "大娘", "大婶", "大叔", "阿姨", "阿婆", "奶奶",
              "爷爷", "老伯", "老汉", "老太", "师傅", "阿公", "阿伯", "阿叔", "阿婶", "阿嫂", "阿姐", "阿哥", "阿爷", "阿奶",
              "阿嬷", "婆婆", "伯伯", "叔叔", "大夫")  # 大夫: a doctor by surname (陈大夫, CCTV news)


#: Posts a person is called by after the surname alone (张书记, 罗部长, 王主任).
SURNAME_POSTS = ("书记", "主任", "部长", "局长", "处长", "科长", "镇长", "乡长", "县长", "市长", "区长", "村长", "所长",
                 "站长", "院长", "校长", "队长", "组长", "社长", "会长", "厂长", "行长", "经理", "董事长", "主席")
#: A party committee's members for a portfolio (镇党委委员、组织委员吴丽萍).
PORTFOLIO_MEMBERS = ("组织委员", "宣传委员", "纪检委员", "统战委员", "政法委员", "武装委员")

#: A post written right after the place or body it belongs to (…村党支部书记, …研究中心主任, …地委书记): a head a
#: person is called by (:data:`SURNAME_POSTS`, also 支书, 第一书记, 总经理), maybe deputy or executive, maybe opened by
#: a party organ or a village's committee, or a local post (:data:`LOCAL_POSTS`: 护林员).
_ORGAN_OR_RANK_BEFORE_A_HEAD = rf"(?:{'|'.join(PARTY_ORGANS + ('村委会', '居委会'))})?(?:常务)?副?"
#: 主任委员: a congress committee's chair; a party committee's member for a portfolio (组织委员, 宣传委员: 镇党委委员、
#: |组织委员|吴丽萍, which the tagger left untagged twice in the local paragraphs written for the check).
_HEADS = '|'.join(longest_first({*SURNAME_POSTS, '支书', '第一书记', '总经理', '主任委员', *PORTFOLIO_MEMBERS}))
#: A state's posts written right after the state (英国|首相|卡梅伦, 沙特|国王|萨勒曼, 伊朗|最高领袖|哈梅内伊, 美国|国务卿,
#: 联合国教科文组织|总干事: CCTV news, where the tagger leaves 首相 untagged four times in five).
STATE_POSTS = (*LEADERS_POSTS, "外长", "国务卿", "外交大臣", "最高领袖", "王储", "埃米尔", "议长", "总干事",
               # a monarchy's or Japan's ministers, 大臣 (日本|防卫大臣|森本敏, 日本|财务大臣|麻生太郎, 英国|内政大臣)
               "财政大臣", "财务大臣", "内政大臣", "防卫大臣", "国防大臣", "经济产业大臣", "新闻大臣", "卫生大臣")
_STATE_POSTS_LONGEST_FIRST = tuple(longest_first(STATE_POSTS))
_POST_AFTER_A_BODY = re.compile(rf"{_ORGAN_OR_RANK_BEFORE_A_HEAD}(?:{_HEADS}|{'|'.join(LOCAL_POSTS)})|{_ORGAN_MEMBER.pattern.removesuffix('$')}"
                                rf"|{'|'.join(longest_first(STATE_POSTS))}")

#: A state's heads and ministers whose holders CCTV news names right after the post (西班牙首相|桑切斯, 法国外长|勒德里昂,
#: 巴林国王|哈马德), which the tagger reads as places.
_STATE_HEADS_AND_MINISTERS = ("首相", "外长", "防长", "国王", "王储", "国务卿", "外交大臣", "国务大臣", "议长")
#: A head's post, maybe with a bare village or community, or 驻村 (resident in the village), before it, anywhere in a
#: clause (林丹担任|党支部书记: :func:`untagged_post_held_by_a_person`), or a national post that names no body
#: (国务委员杨洁篪: CCTV news). Not a local post: 闸站，管理员傅建华 is a role there, as the written labels read it.
_HEADS_POST = re.compile(rf"(?P<bare>驻村|村|社区)?{_ORGAN_OR_RANK_BEFORE_A_HEAD}(?:{_HEADS})|国务委员")
#: The same written right before its holder's name: 驻村第一书记杨再东, 社区书记伍加木, 村支书吴天来.
_POST_BEFORE_A_NAME = re.compile(rf"(?:{_HEADS_POST.pattern})$")


def is_resident(entity: Entity, text: str) -> bool:
    """A resident named by surname and honorific (刘大伯, 阿婆), also where the tagger stopped inside the honorific (沈阿|姨).

    LABELS.md: surname plus honorific is not a PER. Nor is a nickname of 小 or 老 and a surname (社工小周, 老李),
    which the tagger reads one character into the next word (小|周正|在 for 小周|正在; no gold name of the
    training corpora after 小 or 老 runs into the next word so).
    """
    if entity.text.endswith(HONORIFICS):
        return True
    if entity.type == "PER" and len(entity.text) == 2 and entity.text[0] == "老" and entity.text[1] in SURNAMES:
        return True  # 老林说 read whole (not 小: MSRA's 小平, a given name, and 小林 of Japan)
    if (entity.type == "PER" and entity.end - entity.start == 2 and entity.start > 0 and text[entity.start - 1] in "小老"
            and entity.text[0] in SURNAMES and _last_character_opens_next_word(entity, text)):
        return True
    after_surname = entity.start + 1
    if entity.type == "PER" and entity.end - entity.start <= 3 and any(
            text.startswith(honorific, after_surname) and after_surname + len(honorific) > entity.end for honorific in HONORIFICS):
        return True
    # a surname and a post (张书记, 罗部长; also cut inside it: 张书|记) names someone, but LABELS.md gives it no PER
    return (entity.type == "PER" and entity.end - entity.start <= 4 and entity.text[0] in SURNAMES and any(
        text.startswith(post, after_surname) and after_surname + len(post) >= entity.end for post in SURNAME_POSTS))


#: How names of organizations and of some places end; a span cut inside one (…服务中|心) is completed.
NAME_ENDINGS = {
    "ORG": ("中心", "公司", "集团", "学校", "医院", "银行", "协会", "学会", "商会", "支部", "党委", "分局", "分院",
            "中学", "小学", "大学", "学院", "研究院", "研究所", "合作社", "委员会", "办公室", "服务站", "养老院",
            "联合会", "基金会", "电视台", "政府", "法院", "检察院", "供电所", "派出所", "领导小组", "工作小组", "办事处", "人民政府", "总署",
            "共产党", "代表团", "气象台", "新闻办", "国新办", "党中央", "改革委", "防总"),
    "LOC": ("铁路", "公路", "大道", "水库", "公园", "街道", "社区", "景区", "园区", "新区", "开发区", "联圩", "山脉", "小区",
            "族乡", "族镇", "湾区", "口岸", "遗址", "自贸区", "高速", "机场", "大桥", "码头"),
}
#: Endings the tagger may leave out whole, per type: an organization's body type (阳宇农机服务专业|合作社) and what a
#: polder's name ends with (鄱阳县乐丰|联圩, 华容县梅永固|垸).
WHOLE_NAME_ENDINGS = {
    "ORG": ("合作社", "联合会", "基金会", "研究院", "研究所", "公司", "集团", "协会", "学会", "商会", "中心", "农村部", "银行",
            "改革委"),
    "LOC": ("联圩", "垸", "水库"),
}


#: The bodies "people's …" of a place (长兴县人民政府, 余杭区人民法院).
_PEOPLES_BODIES = ("政府", "法院", "检察院", "医院", "代表大会")


def peoples_body_completed(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a place that stops inside its people's government, court or hospital that body: 湖州市南浔区人民|政府副区长
    → 湖州市南浔区人民政府 (ORG). A place never ends with 人民, so the tagger stopped inside the body's name."""
    result: list[Entity] = []
    for entity in entities:
        body = next((word for word in _PEOPLES_BODIES if text.startswith(word, entity.end)), "")
        end = entity.end + len(body)
        if (body and entity.type in ("LOC", "ORG") and entity.text.endswith("人民") and len(entity.text) > 2
                and not _overlaps_another(entities, entity, entity.end, end)):
            entity = Entity(entity.start, end, "ORG", text[entity.start : end])
        result.append(entity)
    return result


def complete_name_endings(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Extend a span that stops inside its own name ending: 启智社会工作服务中|心, 官厅水|库, 湖杭铁|路; and a
    chain of places that stops inside its last name (青田县方山乡龙|现村: :func:`_end_of_chain_of_places`).

    The tagger often leaves the last character of a long name out, depending
    on what follows. When the span ends with the first part of a known ending
    and the text goes on with the rest of it, the rest belongs to the name
    (unless another span already starts there, or the rest opens a word that runs on: 北大|学子, 中国作协|会员; not a
    unit's character and a locative jieba reads as one word: 粤港澳大湾|区内 → 粤港澳大湾区|内).
    """
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        limit = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
        end = entity.end
        endings = NAME_ENDINGS.get(entity.type, ())
        if entity.text.endswith(endings):  # a whole name already (浙江大学 before 校友会 stays)
            endings = ()
        for ending in endings:
            cut = next((k for k in range(len(ending) - 1, 0, -1) if entity.text.endswith(ending[:k])), 0)
            if (cut and text.startswith(ending[cut:], entity.end) and entity.end + len(ending) - cut <= limit
                    and not (_opens_a_word_past(text, entity.end, entity.end + len(ending) - cut)
                             and not _unit_before_a_locative(text, entity.end))):
                end = entity.end + len(ending) - cut
                break
        else:
            # a name that stops right before its whole ending (阳宇农机服务专业|合作社, 乐丰|联圩)
            whole = next((e for e in WHOLE_NAME_ENDINGS.get(entity.type, ()) if text.startswith(e, entity.end)), "")
            if whole and not _ends_like_unit_or_body(entity.text) and entity.end + len(whole) <= limit:
                end = entity.end + len(whole)
        if end == entity.end:
            end = _end_of_place_word(entity, text, limit)
        if end == entity.end:
            end = _end_of_organization_word(entity, text, limit)
        if end == entity.end:
            end = _end_of_venue_word(entity, text, limit)
        if end == entity.end:
            end = _unit_standing_after_a_place(entity, text, limit)
        completed = entity if end == entity.end else Entity(entity.start, end, entity.type, text[entity.start : end])
        end = _end_of_chain_of_places(completed, text, limit)
        end = _end_of_named_feature(text, entity.start, end, limit) if completed.type == "LOC" else end
        result.append(completed if end == completed.end else Entity(entity.start, end, "LOC", text[entity.start : end]))
    return result


#: The units a village's or township's name may be left without: 江桥|村村民, 战旗|村挂牌, 独龙江|乡6个行政村.
_UNITS_LEFT_OUT = "村乡镇"
#: Last characters of a place that name no place its unit could follow: a unit or an ethnic group (苗族|村民).
_ENDS_BEFORE_NO_UNIT = re.compile(rf"(?:{ADMIN_UNIT_ENDINGS}|族)$")


def _unit_standing_after_a_place(place: Entity, text: str, limit: int) -> int:
    """Where a place the tagger stopped right before its village's or township's unit ends: 江桥|村村民 → 江桥村,
    梁家沟|村购置, 独龙江|乡6个行政村 (CCTV news; the tagger reads 村 as the 村 of 村民 or 村干部).

    Only where jieba reads the unit as a word of one character (not 乡村, 乡亲, 村民 after a place: 新津|乡村旅游,
    苗族|村民), after a place that ends in no unit or ethnic group of its own (郧西县|村干部), and is no state or
    province (浙江|乡村, 贵州|乡亲们)."""
    at = place.end
    if (place.type != "LOC" or at >= limit or text[at] not in _UNITS_LEFT_OUT or len(place.text) < 2
            or _ENDS_BEFORE_NO_UNIT.search(place.text) or place.text in _COUNTRIES_AND_PROVINCES):
        return at
    return at + 1 if word_at(text, at) == (at, at + 1) else at


#: Words of a unit's character and a locative (区内, within the zone), which jieba reads where a name ends in the unit.
_UNIT_AND_LOCATIVE = re.compile(r"[区市县省镇乡村州][内外里]")


def _unit_before_a_locative(text: str, at: int) -> bool:
    """Whether jieba reads a unit's character and a locative as one word at ``at`` (区内 of 粤港澳大湾区内地九市)."""
    word_start, word_end = word_at(text, at)
    return word_start == at and word_end == at + 2 and bool(_UNIT_AND_LOCATIVE.fullmatch(text[at : at + 2]))


def _opens_a_word_past(text: str, start: int, end: int) -> bool:
    """Whether the dictionary word jieba reads from ``text[start]`` starts there and runs past ``end``: a name's last
    character that opens the next word (华容县统|筹), or the rest of an ending that does (北大|学子, 中国作协|会员; MSRA)."""
    word_start, word_end = word_at(text, start)
    return word_start == start and word_end > end


def _end_of_place_word(place: Entity, text: str, limit: int) -> int:
    """Where a place that stops one character short of a dictionary place word ends: 日喀|则, 塔克拉玛干沙|漠.

    Only a LOC whose part in the word has two characters or more and is no
    place of its own, and only one character more, which is no unit or
    locative (玄武湖|畔): MSRA and People's Daily tag the proper part of
    longer place words (云贵|高原, 港澳|同胞, 香港|回归), and a place before
    its unit stays (新余|市). A part that is no word of jieba's at all may be up to three characters short
    (乌鲁|木齐, People's Daily's weather tables), and so may one whose rest is no word either, where the word does not
    end in a word after what is no place (喜马拉|雅山脉, 密西西|比河, 波罗|的海; not 华北|大平原, 塔克拉玛干|大沙漠).
    """
    if place.type != "LOC" or place.end >= limit:
        return place.end
    start, end = word_at(text, place.end - 1)
    read = text[start : place.end]
    word = text[start:end]
    # 雅山脉 of 喜马拉|雅山脉 is no word, 高原 of 云贵|高原 is; a rest that is none yet ends in a word after no name of
    # jieba's is a generic word's too (华北|大平原, 塔克拉玛干|大沙漠: MSRA leaves it out)
    rest_is_a_word = bool(word_tag(text[place.end : end])) or (
        bool(word_tag(word[-2:])) and not is_place_word(word[:-2]) and word[:-2] != read)
    longest = 3 if not word_tag(read) or not rest_is_a_word else 1
    if (not (place.start <= start and place.end < end <= min(place.end + longest, limit) and len(read) >= 2)
            or not is_place_word(word)):
        return place.end
    if ((is_place_word(read) and rest_is_a_word) or _UNIT_END.search(word) or text[place.end] in _LOCATIVES
            or word.endswith(_NO_PLACE_AFTER_A_PLACE)):
        return place.end
    return end


#: What jieba's dictionary writes after a place in words it tags as places though they name a currency or a games
#: (德国马克, 巴塞罗那奥运会): the place alone is the place (MSRA tags 德国, 巴塞罗那).
_NO_PLACE_AFTER_A_PLACE = ("马克", "法郎", "卢布", "里拉", "比索", "奥运会", "亚运会", "运动会")


def _end_of_organization_word(body: Entity, text: str, limit: int) -> int:
    """Where a body that stops one or two characters inside an organization's name of jieba's dictionary (nt) ends:
    中国人民政治协商会|议, 世界知识产权组|织, 央视|网, 商务|部 (from CCTV news); not where the word is generic
    (中央财|政 → 中央财政, which is no body), ends like no body (新兴产|业) or is an idiom (大操大|办)."""
    if body.type != "ORG" or body.end >= limit:
        return body.end
    start, end = word_at(text, body.end - 1)
    word = text[start:end]
    if start < body.start or not 0 < end - body.end <= 2 or end > limit or word_tag(word) != "nt":
        return body.end
    rest = text[body.end : end]
    if text[body.start : end] in GENERIC_WORDS or rest not in _ORGANIZATION_WORD_RESTS or (len(word) == 4 and word[0] == word[2]):
        return body.end  # 新兴产|业, 中国篮|球 end like no body, nor a post (政治局|常委, 独立团|政委) or meeting (联合国|大会);
        # 大操大|办 is an idiom (ABAC), which jieba tags nt
    return end


#: How the dictionary words for venues and stations end (火车站, 体育馆, 大使馆, 水电站, 风电场, 天文台): a named venue
#: the tagger stops inside (西安火车|站, 珍岛体|育馆, 以色列驻约旦大使|馆, 华电金上叶巴滩水|电站) is completed.
VENUE_ENDINGS = ("站", "馆", "机场", "电场", "宴会厅", "天文台", "派出所", "购物中心")
#: Words with a venue ending that name no venue: a body's website (…管理局官方|网站, CLUENER) is no part of its name.
_NO_VENUE_ENDINGS = ("网站",)


def _is_venue_word(word: str) -> bool:
    return word.endswith(VENUE_ENDINGS) and not word.endswith(_NO_VENUE_ENDINGS)


def _end_of_venue_word(place: Entity, text: str, limit: int) -> int:
    """Where a place or body that stops one or two characters inside the dictionary word for its venue ends:
    西安火车|站, 天山国际机|场, 中国空间|站 (from CCTV news; the last character reads like a word of its own). Only where
    the name starts before that word: a span inside it alone (殡仪|馆) is :func:`is_bare_venue_head`; and not where
    the rest would run past the next span."""
    if place.type not in ("LOC", "ORG") or place.end >= limit:
        return place.end
    start, end = word_at(text, place.end - 1)
    if place.start < start and place.end < end <= min(place.end + 2, limit) and _is_venue_word(text[start:end]):
        return end
    return place.end


def is_bare_venue_head(entity: Entity, text: str) -> bool:
    """Whether a place or body is the common-noun head of a venue word it stops inside: 前往|殡仪|馆, 三星堆|博物|馆,
    乌方|雷达|站 (from CCTV news). A bare venue type is generic (LABELS.md: 供电所 is no entity); a place before
    its station (G联赛|上海|站, a place word) stays."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 2:
        return False
    start, end = word_at(text, entity.end - 1)
    return (start == entity.start and entity.end < end <= entity.end + 2 and _is_venue_word(text[start:end])
            and word_tag(entity.text) in ("n", "vn", "v"))


#: What a body may stop short of in an organization's name of jieba's dictionary (联合|国, 清华大|学, 民主|党, 央视|网,
#: 供销合作总|社, 政治协商会|议, 知识产权组|织, 商务|部, 国务院扶|贫办, 中国|移动, 法国|政府); not a unit the corpora
#: leave out of the name (武警|部队, 北约|组织, 拜仁慕尼黑|队, 中国科学院|学部委员).
_ORGANIZATION_WORD_RESTS = frozenset([*"国院学党网社议织部局厅署办所", "政府", "贫办", "移动"])


#: Locatives after a place that jieba joins to it (玄武湖|畔, 大院|里): no part of the name.
_LOCATIVES = "里畔上边旁内外前后中"


#: The last unit of a chain of places a span may stop one or two characters short of (方山乡龙|现村).
_SHORT_UNIT_AHEAD = re.compile(r"[\u4e00-\u9fff]{0,1}(?:村|镇|乡|社区)(?=[，。、；：！？（）“”\s]|的|$"
                               r"|农民|村民|居民|党员|群众|干部|党支部|党总支|党委|村委|居委)")
_UNIT_INSIDE = re.compile(r"(?:县|市|区|乡|镇|街道)")


def _end_of_chain_of_places(place: Entity, text: str, limit: int) -> int:
    """Where a chain of places that stops inside its last name ends: 青田县方山乡龙|现村 → after 村 (else its end).

    The tagger ends a span early where the next character reads like a word
    of its own (现, 'appear'). Where a place already holds a named unit
    (方山乡, not a bare 县) and goes on with one or two characters of the next name, and the text
    goes on with at most one more character and a village or town unit
    before a clause mark or 的, the rest is that name's.
    """
    inside = list(_UNIT_INSIDE.finditer(place.text)) if place.type == "LOC" else []
    # the unit must close a name (方山乡), not stand alone as a level (县|龙)
    tail = len(place.text) - inside[-1].end() if inside and inside[-1].start() >= 2 else 0
    ahead = _SHORT_UNIT_AHEAD.match(text, place.end) if 1 <= tail <= 2 else None
    return ahead.end() if ahead and ahead.end() <= limit and tail + len(ahead.group()) <= 4 else place.end


#: What the name of a river, lake, valley or polder ends with, after the chain of places it lies in
#: (平远县|柚树河, 高昌区|葡萄沟, 共和县塔拉|滩, 三角乡|三角联圩).
FEATURE_ENDINGS = ("水库", "联圩", "河", "江", "溪", "湖", "荡", "滩", "沟", "湾", "峡", "垸")
_FEATURE_AFTER_CHAIN = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{1,3}}?)(?:{'|'.join(FEATURE_ENDINGS)})")
_NOT_A_FEATURE_NAME = set("一二三四五六七八九十两几多各每全本该这那此沿大小")
_FEATURE_CHARACTERS = set("江河湖溪山水")


def _end_of_named_feature(text: str, start: int, end: int, limit: int) -> int:
    """Where a chain of places goes on into the named river, lake or valley it ends with (梅州市平远县|柚树河,
    高昌区|葡萄沟, 共和县塔拉|滩); else ``end``.

    Local news names a small feature after the county or town it lies in,
    and the tagger, which has not met 柚树河, stops at the unit. After the
    chain's last administrative unit, a name of two or three characters
    (read or not) and a feature ending that closes a dictionary word are
    part of the LOC (LABELS.md: one continuous chain). Not a generic
    word (山区, 沿江, 河网: the ending must end a word and the name must
    not open with a count, a determiner or another feature word).
    """
    chain = text[start:end]
    units = list(re.finditer(ADMIN_UNIT_ENDINGS, chain))
    if not units or units[-1].end() < 2:
        return end
    name_start = start + units[-1].end()
    feature = _FEATURE_AFTER_CHAIN.match(text, name_start)
    if not feature or feature.end() <= end or feature.end() > limit or not 3 <= len(feature.group()) <= 4:
        return end
    name = feature.group("name")
    if name[0] in _NOT_A_FEATURE_NAME or set(name) & _FEATURE_CHARACTERS or word_at(text, feature.end() - 1)[1] != feature.end():
        return end
    at = name_start
    while at < feature.end() - 1:  # the name is nouns or unknown words: no verb or particle (大理州|实施环湖)
        word_start, word_end = word_at(text, at)
        if word_start < name_start or not _noun_or_unknown(text[word_start:word_end]):
            return end
        at = word_end
    return feature.end()


def _noun_or_unknown(word: str) -> bool:
    """Whether a word may stand in a feature's name: a noun, a word jieba does not know, or one character that is
    no adverb, preposition, conjunction, particle, pronoun, locative or numeral (柚|树|河, not 仅|一河, 依|山傍溪)."""
    if len(word) == 1:
        return not word_tag(word).startswith(("d", "p", "c", "u", "r", "f", "m", "q", "t"))
    return is_noun_word(word) or not is_known_word(word)


def post_out_of_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Split a post read across a body and a name: 实验小学校|长葛丽萍 → 实验小学|校长|葛丽萍.

    A name right after a body does not begin with 长; that 长 ends a post
    (校长, 院长, 所长) whose first character the body took.
    """
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for entity in ordered:
        before = result[-1] if result else None
        if (entity.type == "PER" and entity.text.startswith("长") and entity.end - entity.start >= 3 and before is not None
                and before.type in ("ORG", "LOC") and before.end == entity.start and before.end - before.start >= 3):
            cut = before.end - 1
            result[-1] = Entity(before.start, cut, before.type, text[before.start : cut])
            result.append(Entity(cut, entity.start + 1, "TITLE", text[cut : entity.start + 1]))
            entity = Entity(entity.start + 1, entity.end, "PER", text[entity.start + 1 : entity.end])
        result.append(entity)
    return result


#: A post that ends what the tagger read as a post after a surname, the given name before it: 栗|战书委员长 → 委员长.
_POST_AFTER_A_GIVEN_NAME = re.compile(r"(?:常务)?副?(?:委员长|委员|常委|总理|主席|书记|主任|部长|总统|省长|市长|县长)$")


def post_read_in_single_characters(entities: Sequence[Entity]) -> list[Entity]:
    """Type as one post the single characters the tagger read as persons right before a name, where together they
    spell a post: 政治局常|委|李强 → 常委 + 李强, 改革委员会主|任|何立峰 → 主任 + 何立峰 (CCTV news; merged, they read as
    one person, 常委李强)."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    index = 0
    while index < len(ordered):
        end = index
        while (end < len(ordered) and ordered[end].type == "PER" and len(ordered[end].text) == 1
               and (end == index or ordered[end].start == ordered[end - 1].end)):
            end += 1
        spelled = "".join(e.text for e in ordered[index:end])
        if (end - index >= 2 and end < len(ordered) and ordered[end].type == "PER" and ordered[end].start == ordered[end - 1].end
                and _POST_AFTER_A_GIVEN_NAME.fullmatch(spelled)):
            result.append(Entity(ordered[index].start, ordered[end - 1].end, "TITLE", spelled))
            index = end
            continue
        result.append(ordered[index])
        index += 1
    return result


def post_read_as_a_body(entities: Sequence[Entity]) -> list[Entity]:
    """Type as a post a head's post the tagger read as a body (冲口村|第一书记 read as an ORG, then joined to its village
    as 冲口村第一书记): a post is never a body's name (LABELS.md: the body before a post is its own span). Only a span
    that is a head's post whole (驻村第一书记, 党支部书记, 村主任)."""
    return [Entity(e.start, e.end, "TITLE", e.text) if e.type in ("ORG", "LOC") and _HEADS_POST.fullmatch(e.text) else e
            for e in entities]


#: A section's head's post read with the section's name before it: 计量科|科长 (the section 科 of a bureau, its head 科长).
_SECTION_AND_HEAD = re.compile(r"([\u4e00-\u9fff]{2,8}科)((?:副|代)?科长)")


def section_into_its_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a bureau's section, read into its head's post, to the body right before it: 宝鸡市市场监督管理局 (ORG)|计量科科长
    (TITLE) → 宝鸡市市场监督管理局计量科 + 科长. The written labels put the section in the body's span (养老服务科,
    地质灾害防治科, 组织科: 17 of 21 such posts after a body), and the official's org is the section. Only a TITLE that is
    a section's name and 科长 whole, right after an ORG."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    for index in range(1, len(ordered)):
        body, post = ordered[index - 1], ordered[index]
        found = _SECTION_AND_HEAD.fullmatch(post.text) if post.type == "TITLE" else None
        if found and body.type == "ORG" and body.end == post.start:
            cut = post.start + len(found.group(1))
            ordered[index - 1] = Entity(body.start, cut, "ORG", text[body.start : cut])
            ordered[index] = Entity(cut, post.end, "TITLE", text[cut : post.end])
    return ordered


#: The portfolios of a party committee's members, written before 委员 (宣传委员, 组织委员, 纪检委员).
_MEMBERS_PORTFOLIOS = ("宣传", "组织", "纪检", "统战", "武装", "政法")


def portfolio_into_members_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a member's post the portfolio the tagger left untagged before it (镇党委委员、|宣传|委员何丽君 → 宣传委员): the
    post of a township party committee's member in charge of propaganda, organization or discipline, as local news
    writes it after 党委委员; no corpus tags one, and 委员 alone reads as the member of no committee."""
    taken = [(e.start, e.end) for e in entities]
    return [Entity(e.start - 2, e.end, "TITLE", text[e.start - 2 : e.end])
            if e.type == "TITLE" and e.text == "委员" and text[max(0, e.start - 2) : e.start] in _MEMBERS_PORTFOLIOS
            and not any(start < e.start and end > e.start - 2 for start, end in taken) else e
            for e in entities]


#: How a role or honorific after a surname ends (陈教授, 杨律师, 许总监, 李老师): no given name.
_ROLE_ENDINGS_AFTER_A_SURNAME = frozenset("师授监员官长")


def given_name_out_of_post(entities: Sequence[Entity]) -> list[Entity]:
    """Give a person read as its surname alone the given name the tagger read as a post right after it:
    栗 (PER) + 战书 (TITLE) → 栗战书, 栗 + 战书委员长 → 栗战书 + 委员长, 长|江 + 小涓 → 江小涓 (CCTV news, where 栗战书
    lost about three mentions in four so: 战书 is a word).

    Only a common one-character surname, and one or two characters before the post (or the whole span) that end like
    no post, role or honorific and are no spouse word: a surname before a post is a post named by its holder's surname
    (杨|镇长, 梁|所长: LABELS.md's 罗部长, no name), so is one before a role (陈|教授, 许|总监: People's Daily, CLUENER),
    and 欧尔|班|夫妇 is a couple; two characters where no post follows them (翁|领|国: a one-character piece of a name
    is no given name)."""
    result: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        surname = result[-1] if result else None
        if (surname is not None and surname.type == "PER" and len(surname.text) == 1 and surname.text in SURNAMES
                and entity.type == "TITLE" and entity.start == surname.end):
            held = _POST_AFTER_A_GIVEN_NAME.search(entity.text)
            given = entity.text[: held.start()] if held else entity.text
            if (len(given) in ((1, 2) if held else (2,)) and not _POST_BEFORE_VERB.search(given) and not _SPOUSE.search(given)
                    and given[-1] not in _ROLE_ENDINGS_AFTER_A_SURNAME and not set(given) & _AFTER_A_SURNAME_ALONE
                    and all(_is_cjk(character) for character in given)):
                cut = entity.start + len(given)
                result[-1] = Entity(surname.start, cut, "PER", surname.text + given)
                if held:
                    result.append(Entity(cut, entity.end, "TITLE", held.group()))
                continue
        result.append(entity)
    return result


#: Posts the tagger reads into the name after them, with the state or province before them (美国|国务卿蒂勒森,
#: 吉林|省长景俊海, 沙特|王储穆罕默德, 国家发展和改革委员会|主任何立峰: CCTV news).
POSTS_READ_INTO_A_NAME = ("国务卿", "总统", "总理", "首相", "国王", "王储", "埃米尔", "外长", "部长", "主席", "顾问",
                          "大使", "议长", "秘书长", "书记", "主任", "省长", "市长", "县长", "州长", "局长", "厅长",
                          "镇长", "院长", "校长", "经理", "司令", "亲王", "女王", "特使", "发言人")
_POST_READ_INTO_A_NAME = re.compile("|".join(longest_first(POSTS_READ_INTO_A_NAME)))


def post_read_into_person(entity: Entity) -> list[Entity]:
    """Split a person the tagger read with the post before it, and the post's state or province, into the three
    LABELS.md tags: 吉林省长景俊海 → 吉林 (LOC) + 省长 (TITLE) + 景俊海 (PER); 国务卿蒂勒森, 卡塔尔埃米尔塔米姆,
    顾问凯文·哈西特 (CCTV news). Also an emir's title read after the name: 纳瓦夫埃米尔 → 纳瓦夫 + 埃米尔.

    Only where what precedes the post is nothing or a country, province or place of jieba's, and two characters or
    more follow it (毛主席 stays: a post after a surname), three where the post opens with a common surname (王储); no
    gold PER of the corpora holds such a post."""
    if entity.type != "PER":
        return [entity]
    if entity.text in POSTS_READ_INTO_A_NAME:
        return [Entity(entity.start, entity.end, "TITLE", entity.text)]
    if entity.text.endswith("埃米尔") and len(entity.text) >= 5:
        cut = entity.end - 3
        return [Entity(entity.start, cut, "PER", entity.text[:-3]), Entity(cut, entity.end, "TITLE", "埃米尔")]
    for post in _POST_READ_INTO_A_NAME.finditer(entity.text):
        place, name = entity.text[: post.start()], entity.text[post.end() :]
        shortest_name = 3 if not place and post.group()[0] in SURNAMES else 2
        if len(name) < shortest_name or not (place == "" or place in _COUNTRIES_AND_PROVINCES or is_place_word(place)):
            continue
        post_start, name_start = entity.start + post.start(), entity.start + post.end()
        pieces = [Entity(entity.start, post_start, "LOC", place)] if place else []
        return [*pieces, Entity(post_start, name_start, "TITLE", post.group()), Entity(name_start, entity.end, "PER", name)]
    return [entity]


#: Words for a person's group, which the tagger may read, with the name's last character, as an ORG (张国|平团队).
TEAM_WORDS = ("团队", "课题组", "工作室", "小组")


#: A person's team after the name (唐胜忠团队, 张连钢和团队, 王强及其团队).
_PERSONS_TEAM = re.compile(r"(?:和|及其|与)?团队$")
#: A team described by its members' rank or work after whom or what it is named (王建平|教授团队, 天津农科院|科研团队,
#: 火星|探测任务团队: CCTV news), or a team by its leader's name alone (付守芝团队).
_DESCRIBED_TEAM = re.compile(r"(?:教授|院士|博士|研究员|专家|医生|科研|技术|研发|飞控|设计|运营|服务|医疗|任务|攻关|创新|探测)+团队$")
_LEADERS_TEAM = re.compile(r"^([\u4e00-\u9fff]{2,3})团队$")


def name_out_of_team(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a name back the character a team took: 张国|平团队 → 张国平 (PER), and the team is no entity.

    An ORG of one character and a team word right after a two-character
    name is that name's last character and "his team"; no gold ORG of the
    training corpora has that shape (their teams are named: 上海软星团队). A
    person's 团队 read as one ORG, where the text names the person alone, is
    the person (唐胜忠团队 beside 唐胜忠, from CCTV news; a 工作室 may be named
    after a person: CLUENER's 大司马工作室).
    """
    ordered = sorted(entities, key=lambda e: e.start)
    people = {entity.text for entity in ordered if entity.type == "PER"}
    result: list[Entity] = []
    for entity in ordered:
        before = result[-1] if result else None
        if (entity.type == "ORG" and before is not None and before.type == "PER" and before.end == entity.start
                and before.end - before.start == 2 and _is_cjk(entity.text[0]) and entity.text[1:] in TEAM_WORDS):
            result[-1] = Entity(before.start, before.end + 1, "PER", text[before.start : before.end + 1])
            continue
        team = _PERSONS_TEAM.search(entity.text) if entity.type == "ORG" else None
        if team and entity.text[: team.start()] in people:  # 唐胜忠团队, 张连钢和团队: the person, named alone
            entity = Entity(entity.start, entity.start + team.start(), "PER", entity.text[: team.start()])
        elif entity.type == "ORG":
            entity = _leader_or_body_of_a_team(entity)
        if entity is not None:
            result.append(entity)
    return result


def _leader_or_body_of_a_team(entity: Entity) -> Entity | None:
    """A team read as an ORG is what it is named by: its leader (付守芝团队 → 付守芝), the body a described team belongs
    to (天津农科院科研团队 → 天津农科院), or nothing (王建平|教授团队, 火星探测任务团队); else the ORG as read.

    A team is no named organization (LABELS.md), and the written labels tag none of the 80 teams they mention
    (家庭医生团队, 运营团队); a team with a name of its own stays (CLUENER's 上海软星团队, 郭明义爱心团队)."""
    leader = _LEADERS_TEAM.match(entity.text)
    if leader and leader.group(1)[0] in SURNAMES and not is_place_word(leader.group(1)):
        return Entity(entity.start, entity.start + len(leader.group(1)), "PER", leader.group(1))
    described = _DESCRIBED_TEAM.search(entity.text)
    if described is None:
        return entity
    named_by = entity.text[: described.start()]
    if 2 <= len(named_by) <= 3 and named_by[0] in SURNAMES and not is_place_word(named_by):
        return Entity(entity.start, entity.start + len(named_by), "PER", named_by)
    if _ORG_ENDINGS.search(named_by):
        return Entity(entity.start, entity.start + len(named_by), "ORG", named_by)
    return None


#: Verbs of an official's visit (来浙调研, 赴松阳县考察, 到温岭督导): what follows a destination, never part of a name.
VISIT_VERBS = ("调研", "考察", "视察", "督导", "慰问")
_VISIT = re.compile("|".join(VISIT_VERBS))
#: A visit verb inside a span, where the tagger ran on into the visit (衢州|调研防汛防台 as one ORG); a verb before
#: 团/组/员/室/处 names a delegation or a post (经贸考察团, 调研组, 调研员: gold spans of MSRA and CLUENER).
_VISIT_INSIDE = re.compile(rf"(?:{_VISIT.pattern})(?![团组员室处])")
#: A destination and a visit after a name that took the 来 (陈敏来|浙调研): a place abbreviation (also a city's: 来衢, 来甬)
#: or 我/本 (来我县调研), at most three more characters (来湖州市调研), the verb.
_VISIT_AFTER_NAME = re.compile(rf"[{''.join(sorted(PLACE_ABBREVIATIONS))}衢丽温杭甬嘉湖绍舟我本][\u4e00-\u9fff]{{0,3}}?(?:{_VISIT.pattern})")


#: Units a listed place ends in (龙岗镇、岛石镇), and characters that may follow 、 without starting a name.
_LIST_ITEM_UNITS = ("镇", "乡", "村", "街道", "社区", "县", "区", "市")
_NOT_A_NAMES_FIRST_CHARACTER = set("和及与或等各全每两三四五六七八九十")
#: What follows a listed place where the list goes on or closes (临安、淳安、建德等地).
_LIST_GOES_ON = set("、等和及，。")


#: Last characters of the names of waters that local news in the Yangtze delta writes with one character before them
#: (元荡, 横泾, 麻漾): lake, river, creek, pond, harbour, shoal.
_WATER_NAME_ENDINGS = frozenset("荡漾泾浦港塘浜淀湖江河溪湾滩潭")


def water_named_by_one_character(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place of one character the tagger read before a water's ending, both single characters to jieba and no word
    of its dictionary together, is the water's name: 元|荡 (LOC) → 元荡 (a lake the written labels tag 13 times in two
    articles; 元荡湖 with the lake's 湖), where the tagger, which never met it, stops at the first character, which
    alone would be dropped. Not a word jieba knows (封河, the freezing of a river; 大湾|曲 in a quoted title), not where
    the ending opens a place of its own (居|河南省新乡市) and not where another span holds it."""
    found = list(entities)
    for index, entity in enumerate(found):
        end = entity.start + 2
        if (entity.type != "LOC" or entity.end - entity.start != 1 or not _water_of_two_characters(text, entity.start)
                or _overlaps_another(found, entity, entity.start, end) or is_place_word(text[entity.end : end + 1])):
            continue
        if text[end : end + 1] in _WATER_NAME_ENDINGS and word_at(text, end) == (end, end + 1):
            end += 1  # the lake's name with 湖 after it (元荡湖)
        found[index] = Entity(entity.start, end, "LOC", text[entity.start : end])
    return found


def _water_of_two_characters(text: str, start: int) -> bool:
    """Whether ``text[start:start + 2]`` is a character and a water's ending, single characters to jieba and no word of
    its dictionary together (元|荡; not 封河, 大湾)."""
    end = start + 2
    return (text[start + 1 : end] in _WATER_NAME_ENDINGS and not is_known_word(text[start:end])
            and word_at(text, start)[1] == start + 1 and word_at(text, start + 1)[1] == end)


def listed_place_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a listed place what the tagger left out: its first character (龙岗镇、岛|石镇 → 岛石镇, 上溪镇上溪村、黄山村),
    or the rest of its word (临安、淳安、建|德等地 → 建德).

    In a list after 、 the tagger sometimes starts the next place one
    character late. No gold place ending in a unit starts one character
    after a 、 in MSRA train, CLUENER train, People's Daily dev or the
    written splits, so the one character left between is the name's. A
    listed place cut to one character grows to the dictionary noun jieba
    reads there (its tags for places are loose: 建德 is a name) when the
    list goes on or closes right after it (、 等 和 及 ，) and nothing is
    tagged in between: of the one-character gold places after a 、 in those
    corpora, one would grow (MSRA's 藏|医); 黄|淮 is two places, both tagged.
    """
    taken = {position for entity in entities for position in range(entity.start, entity.end)}
    mended: list[Entity] = []
    for entity in entities:
        before = entity.start - 1
        if (entity.type == "LOC" and entity.text.endswith(_LIST_ITEM_UNITS) and before >= 1 and text[before - 1] == "、"
                and _is_cjk(text[before]) and text[before] not in _NOT_A_NAMES_FIRST_CHARACTER and before not in taken):
            entity = Entity(before, entity.end, "LOC", text[before : entity.end])
        elif entity.type == "LOC" and len(entity.text) == 1 and before >= 0 and text[before] == "、":
            start, end = word_at(text, entity.start)
            if (start == entity.start and 2 <= end - start <= 3 and text[end : end + 1] in _LIST_GOES_ON
                    and not taken.intersection(range(entity.end, end)) and is_noun_word(text[start:end])):
                entity = Entity(start, end, "LOC", text[start:end])
        mended.append(entity)
    return mended


def place_word_start_returned(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a place or body back the first characters of the place name it starts inside: 仪|陇县委组织部 → 仪陇县委组织部.

    The tagger sometimes opens a name one character late. When the span
    starts inside a word that jieba's dictionary tags as a place (仪陇县,
    ns) and nothing is tagged before it in that word, the word is the
    name's. One-character spans stay as they are: 访|华, 离|京, 驻|京 are
    a verb and a place's abbreviation (People's Daily tags the 华 alone).
    Of the shipped tagger's spans on CLUENER dev, People's Daily dev and
    the written splits, one longer span starts so, and its gold starts at
    the word (仪陇县). A body or place that opens with a numeral is first
    given the numerals before it that no span holds: 二|十国集团 → 二十国集团
    (the G20; jieba lists 十国集团, the G10, and the tagger followed it: 16 of
    17 mentions on the CCTV probes).
    """
    taken = {position for entity in entities for position in range(entity.start, entity.end)}
    mended: list[Entity] = []
    for entity in entities:
        if entity.type in ("LOC", "ORG") and entity.text[:1] in _CHINESE_NUMERALS:
            start = entity.start
            while start > 0 and text[start - 1] in _CHINESE_NUMERALS and start - 1 not in taken:
                start -= 1
            entity = Entity(start, entity.end, entity.type, text[start : entity.end])
        if entity.type in ("LOC", "ORG") and entity.end - entity.start >= 2:
            start, end = word_at(text, entity.start)
            if (start < entity.start < end <= entity.end and not taken.intersection(range(start, entity.start))
                    and not is_verb(text[start : entity.start])  # 符合|中国: jieba lists 符合中国 as a place
                    and (is_place_word(text[start:end]) or _noun_opening_a_named_body(entity, text[start:end], text[entity.start:end]))):
                entity = Entity(start, entity.end, entity.type, text[start : entity.end])
        mended.append(entity)
    return mended


def name_word_read_in_pieces(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place or body that opens inside a name of jieba's dictionary (ns, nt) of three characters or more, with the
    name's first characters left untagged or read as pieces of their own, is the whole name from its start: 北 (LOC)|达|
    科他州 → 北达科他州, 以 (LOC)|色|列国防军 → 以色列国防军 (CCTV news: the tagger read the transliteration in
    pieces). Not where the name's head is a place of its own, untagged or read as one (中国|工商银行, CLUENER's gold;
    北京|人民大会堂), nor where the span opens with a word of its own (非|工会, MSRA's), nor over a post; the earlier
    :func:`place_word_start_returned` gives places back their untagged first characters only."""
    result = sorted(entities, key=lambda e: (e.start, e.end))
    for entity in result:
        if entity.type not in ("LOC", "ORG") or entity.end - entity.start < 2:
            continue
        start, end = word_at(text, entity.start)
        word = text[start:end]
        if not (start < entity.start < end <= entity.end and len(word) >= 3 and word_tag(word)[:2] in ("ns", "nt")):
            continue
        pieces = [other for other in result if other.start < entity.start and other.end > start]
        head = text[start : entity.start]
        if is_place_word(head) or head in _COUNTRIES_AND_PROVINCES or any(is_place_word(other.text) for other in pieces):
            continue  # 中国|工商银行, 北京|人民大会堂: a place of its own before the name
        if end - entity.start >= 2 and is_known_word(text[entity.start : end]):
            continue  # 非|工会 (MSRA's 工会): the span opens with a word of its own
        if all(start <= other.start and other.end <= entity.start and other.type != "TITLE" for other in pieces):
            whole = Entity(start, entity.end, entity.type, text[start : entity.end])
            return name_word_read_in_pieces([e for e in result if e not in pieces and e is not entity] + [whole], text)
    return result


def pieces_of_a_name_tagged_whole_elsewhere(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Two spans side by side, one of them a person, whose text together is a place or body of up to six characters
    the text tags whole elsewhere, are that place or body: 达拉 (PER)|亚 (LOC) beside 达拉亚 (LOC), 中国|远征军 (PER)
    beside 中国远征军 (ORG), 朱比利 (PER)|联盟 (CCTV news: the tagger reads a transliterated name's head as a person)."""
    whole = {(entity.text, entity.type) for entity in entities if entity.type in ("LOC", "ORG")}

    def tagged_whole(before: Entity, entity: Entity, _: list[Entity]) -> Entity | None:
        if "PER" not in (before.type, entity.type) or entity.end - before.start > 6:
            return None
        joined = text[before.start : entity.end]
        kind = next((kind for kind in ("LOC", "ORG") if (joined, kind) in whole), None)
        return Entity(before.start, entity.end, kind, joined) if kind else None

    return _joined_side_by_side(entities, tagged_whole)


def place_and_person_read_apart(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place right before a person, the two one name read apart: a compound surname and a given name of one or two
    characters (驻东盟大使|欧阳 (LOC)|玉靖 → 欧阳玉靖), or a place of up to three characters, no province or state and
    no other word of jieba's, before a transliterated person's name with its dot (玉山 (LOC)|江·吾许尔 → 玉山江·吾许尔),
    is one PER; and a place that names nothing of jieba's, ending in no unit, before a "person", the two all
    characters of transliteration, where a list or a front's 方向 goes on after them (波克罗 (LOC)|夫斯克 (PER)|
    和库拉霍沃方向, 巴赫|穆特、新帕夫利夫卡等), is one LOC (CCTV news; not MSRA's 山东济宁|小宁)."""
    def one_name(place: Entity, entity: Entity, _: list[Entity]) -> Entity | None:
        if place.type != "LOC" or entity.type != "PER":
            return None
        joined = text[place.start : entity.end]
        if ((place.text in COMPOUND_SURNAMES and len(entity.text) <= 2)
                or ("·" in entity.text and len(place.text) <= 3 and place.text not in _COUNTRIES_AND_PROVINCES
                    and word_tag(place.text) in ("", "ns"))):  # not 老太太 (nr to jieba)|乌姆·哈米德
            return Entity(place.start, entity.end, "PER", joined)
        if (not is_place_word(place.text) and not _UNIT_END.search(place.text) and "·" not in entity.text
                and all(character in TRANSLITERATION_CHARS for character in joined) and _list_goes_on(text, entity.end)):
            return Entity(place.start, entity.end, "LOC", joined)
        return None

    return _joined_side_by_side(entities, one_name)


def name_read_one_character_on(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut the one character a place or body ran on past a name the text tags elsewhere with the same type, where the
    character is a locative (东湖新技术开发区光谷生物城|里 beside 光谷生物城) or opens a word that runs past the span
    (常山港|滨|水绿道 beside 常山港): the written articles, whose tagger read both whole."""
    names = {(entity.text, entity.type) for entity in entities if len(entity.text) >= 3}
    result = []
    for entity in entities:
        rest = entity.text[:-1]
        if (entity.type in ("LOC", "ORG") and len(rest) >= 3
                and any(rest.endswith(name) for name, kind in names if kind == entity.type and name != entity.text)
                and (entity.text[-1] in _LOCATIVES_AFTER_A_NAME or _opens_a_word_past(text, entity.end - 1, entity.end))):
            entity = Entity(entity.start, entity.end - 1, entity.type, rest)
        result.append(entity)
    return result


def place_read_short_of_its_water_or_mountain(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a place the lake's, river's, mountain's or island's last character jieba reads into one place name with it
    (清澈的|千岛|湖水 → 千岛湖: local news), where no span stands on that character."""
    starts = {entity.start for entity in entities}
    result = []
    for entity in entities:
        start, end = word_at(text, entity.start)
        if (entity.type == "LOC" and start == entity.start and end == entity.end + 1 and end not in starts
                and entity.end not in starts and text[entity.end] in _WATER_AND_MOUNTAIN_ENDINGS
                and word_tag(text[start:end]) == "ns"):
            entity = Entity(entity.start, end, "LOC", text[start:end])
        result.append(entity)
    return result


#: Last characters of lakes', rivers', mountains' and islands' names (千岛|湖, 钱塘|江).
_WATER_AND_MOUNTAIN_ENDINGS = frozenset("湖江河山岛溪泉湾")


def resident_post_given_its_zhucun(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a post the 驻村 (resident in the village) left untagged right before it (贵州省雷山县丹江镇脚猛村|驻村|第一书记刘韬:
    CCTV news), as the written labels tag 党扭村 + 驻村第一书记, so the village before it is the post's; also where the
    tagger read it into the village (嘎旦村驻村|第一书记), which loses it with or without a post after it."""
    ended = [Entity(e.start, e.end - 2, e.type, e.text[:-2])
             if e.type == "LOC" and len(e.text) > 3 and e.text.endswith("村驻村") else e
             for e in entities]  # 嘎旦村驻村|第一书记: the tagger read 驻村 into the village
    return [Entity(e.start - 2, e.end, "TITLE", text[e.start - 2 : e.end])
            if e.type == "TITLE" and e.start >= 2 and text[e.start - 2 : e.start] == "驻村"
            and not any(other.start < e.start and other.end > e.start - 2 for other in ended) else e
            for e in ended]


def cooperative_named_by_its_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place tagged alone before the untagged rest of a cooperative's name is the cooperative, an ORG
    (老庄村|富民专业合作社, 岩背村|股份经济合作社, 乌日都巴嘎布拉格嘎查|黄牛合作社: CCTV news), as the written labels tag
    长林村股份经济合作社, 禹越镇三林村农民用水合作社 whole. The rest holds no mark, particle or count and opens with no
    verb but farming's, adverb, preposition or pronoun (石堰村|引进荔枝专业合作社, 克山县|专门给合作社, 白沙县的|黎锦合作社:
    the place does something to a cooperative); a place tagged inside it goes into it (河边村|雨林|瑶家专业合作社)."""
    result: list[Entity] = []
    made: list[Entity] = []
    for index, entity in enumerate(entities):
        if any(cooperative.start <= entity.start and entity.end <= cooperative.end for cooperative in made):
            continue  # a place inside the cooperative just made (河边村|雨林|瑶家专业合作社)
        match = _COOPERATIVE_AFTER_A_PLACE.match(text, entity.end) if entity.type == "LOC" else None
        if match is None or not _UNIT_END.search(entity.text) or not _names_a_cooperative(text, entity.end, match.start(2)):
            result.append(entity)
            continue
        inside = [other for other in entities[index + 1 :] if other.start < match.end()]
        if any(other.type != "LOC" or other.end > match.start(2) for other in inside):
            result.append(entity)
            continue
        made.append(Entity(entity.start, match.end(), "ORG", text[entity.start : match.end()]))
        result.append(made[-1])
    return result


#: The rest of a cooperative's name after its place, and its kind (富民|专业合作社, |股份经济合作社).
_COOPERATIVE_AFTER_A_PLACE = re.compile(r"([\u4e00-\u9fff]{0,8}?)(专业合作社|股份经济合作社|经济合作社|股份合作社|合作社|联合社)")


def _names_a_cooperative(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as the own name of a cooperative after its place: empty, or words of jieba's
    inside it that hold no particle or count and are no verb but farming's, adverb, preposition, conjunction, pronoun,
    numeral or time word (富民, 果蔬, 黄牛, 枸杞种植)."""
    if start == end:
        return True
    if set(text[start:end]) & frozenset("的了个一二三四五六七八九十几") or _ACTS_ON_A_COOPERATIVE.search(text, start, end):
        return False
    at = start
    while at < end:
        word_start, word_end = word_at(text, at)
        word = text[word_start:word_end]
        if word_start < start or word_end > end or (word_tag(word) in _CLAUSE_WORD_TAGS and word not in _FARMING_VERBS):
            return False
        at = word_end
    return True


#: Verbs a place does to a cooperative that jieba reads into longer words of no verb's tag (梨树县|大力发展|农机专业合作社).
_ACTS_ON_A_COOPERATIVE = re.compile(r"发展|建设|成立|组建|引进|扶持|创办|领办|加入|入股|依托|通过|带动|推动|培育壮大")
#: Verbs of farming that name what a cooperative does (枸杞种植专业合作社, 黄牛养殖专业合作社).
_FARMING_VERBS = frozenset({"种植", "养殖", "种养", "培育", "加工", "销售", "旅游", "用水"})


def town_government_left_untagged(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A town's, township's or subdistrict's place tagged alone before its government or office left untagged is the
    government, an ORG (汉昌街道|办事处|紧急组织 → 汉昌街道办事处: CCTV news), as LABELS.md reads named town governments
    (五里镇政府) and the written labels tag 坞城街道办事处, 梁弄镇人民政府; not where a span starts right after."""
    starts = {entity.start for entity in entities}
    result = []
    for entity in entities:
        government = _TOWN_GOVERNMENT.match(text, entity.end) if entity.type == "LOC" else None
        if (government is not None and entity.text.endswith(("镇", "乡", "街道")) and government.end() not in starts
                and not any(other.start < government.end() and other.end > entity.end for other in entities)):
            entity = Entity(entity.start, government.end(), "ORG", text[entity.start : government.end()])
        result.append(entity)
    return result


#: A town's government or a subdistrict's office after its name (…镇|人民政府, …街道|办事处).
_TOWN_GOVERNMENT = re.compile(r"(?:人民政府|政府|办事处)")


def name_given_its_last_character_wa(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a person the 娃 that ends Russian women's and Mongolian names, which the tagger leaves out (发言人|扎哈罗|娃,
    5 times, 牧民|乌云高|娃: CCTV news): no Chinese name and no word opens with a lone 娃 after a name; not 娃娃 or
    娃子 (children), nor where a span starts on it."""
    starts = {entity.start for entity in entities}
    result = []
    for entity in entities:
        if (entity.type == "PER" and len(entity.text) >= 2 and all(map(_is_cjk, entity.text))
                and text.startswith("娃", entity.end) and text[entity.end + 1 : entity.end + 2] not in ("娃", "子", "儿", "们")
                and entity.end not in starts):
            entity = Entity(entity.start, entity.end + 1, "PER", text[entity.start : entity.end + 1])
        result.append(entity)
    return result


#: Locatives a place may be read on into (光谷生物城|里, 园区|内).
_LOCATIVES_AFTER_A_NAME = frozenset("里内中上旁边外")


#: How often jieba may count a piece of a transliterated place read in two (巴赫 105; not 哥哥).
_COMMON_WORD_IN_A_TRANSLITERATION = 1000


def transliterated_name_read_in_two(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A transliterated name read as a person and a place side by side, each of up to four characters and all
    characters of transliteration, neither a state or province, is one name: a PER right after a post (总统|拉马 (PER)|
    福萨 (LOC), 发言人|穆贾|希德, 总理|古纳瓦|德纳, 总统|拉赫|蒙), or a LOC before a list or a front's 方向 where neither
    piece is a place or a common word of jieba's (库拉 (PER)|霍沃 (LOC)|方向, 巴赫|穆特|等; not 哥哥|塔梅尔兰); else the
    two stay (CCTV news)."""
    def one_name(first: Entity, entity: Entity, result: list[Entity]) -> Entity | None:
        joined = text[first.start : entity.end]
        if ({first.type, entity.type} != {"LOC", "PER"} or len(first.text) > 4 or len(entity.text) > 4
                or not all(character in TRANSLITERATION_CHARS for character in joined)
                or any(piece.text in _COUNTRIES_AND_PROVINCES for piece in (first, entity))):
            return None
        after_a_post = len(result) >= 2 and result[-2].type == "TITLE" and result[-2].end == first.start
        names_nothing = not any(_is_place_or_city(piece.text) or is_place_word(piece.text)
                                or word_frequency(piece.text) >= _COMMON_WORD_IN_A_TRANSLITERATION for piece in (first, entity))
        kind = "PER" if after_a_post else "LOC" if names_nothing and _list_goes_on(text, entity.end) else None
        return Entity(first.start, entity.end, kind, joined) if kind else None

    return _joined_side_by_side(entities, one_name)


def _joined_side_by_side(entities: Sequence[Entity], join: Callable[[Entity, Entity, list[Entity]], Entity | None]
                         ) -> list[Entity]:
    """The spans in order, each span and the one right before it, touching it, replaced by what ``join`` makes of the
    two (given the spans so far, the earlier one last), where it makes one."""
    result: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        joined = join(result[-1], entity, result) if result and result[-1].end == entity.start else None
        if joined is not None:
            result[-1] = joined
        else:
            result.append(entity)
    return result


def _list_goes_on(text: str, end: int) -> bool:
    """Whether a list of places or a front's 方向 goes on right after ``end`` (巴赫穆特|、, 库拉霍沃|方向)."""
    return text[end : end + 1] in ("、", "和", "与", "及", "等") or text.startswith("方向", end)


_CHIEF_OFFICER_BEFORE = re.compile(r"首席[\u4e00-\u9fff]{1,4}$")


def chief_officers_post_read_into_a_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A chief officer's post (首席…官) left untagged whose 官 the tagger read into the holder's name is a TITLE, and the
    rest of the name the PER, with a piece of the post read as one inside it: 首席|兽医 (TITLE)|官聂穆楚克 → 首席兽医官 +
    聂穆楚克, 首席医疗|官斯佩尔伯格 (CCTV news)."""
    result: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        before = _CHIEF_OFFICER_BEFORE.search(text, max(0, entity.start - 6), entity.start)
        inside = [other for other in result if before and other.end > before.start()]
        if (entity.type == "PER" and entity.text[0] == "官" and len(entity.text) >= 3 and before
                and all(other.type == "TITLE" and other.start >= before.start() for other in inside)):
            result = [other for other in result if other not in inside]  # 首席|兽医 (TITLE)|官: a piece of the post
            result += [Entity(before.start(), entity.start + 1, "TITLE", text[before.start() : entity.start + 1]),
                       Entity(entity.start + 1, entity.end, "PER", entity.text[1:])]
        else:
            result.append(entity)
    return result


#: Residents named by what they do or where they live, which follow a village's name (牧民, 村民).
_RESIDENTS = frozenset({"牧民", "农民", "村民", "居民", "群众", "农牧民"})
#: Inner Mongolia's village (嘎查) and township (苏木) words, written after a transliterated Mongolian name.
_MONGOLIAN_UNIT = re.compile(r"嘎查|苏木")
#: Characters that never stand in such a name: function words before it (在沙布嘎嘎查, 严重的西拉沐沦苏木, 而像西拉沐沦苏木).
_NO_MONGOLIAN_NAME_CHARACTERS = frozenset("的在是于到和与及从对向把被将为而像如、")
_LONGEST_MONGOLIAN_NAME = 8


def mongolian_village_or_township(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A Mongolian village (嘎查) or township (苏木) is one LOC with its name, which the tagger reads in pieces of any
    type or leaves untagged (代钦塔拉嘎 (PER)|查, 沙林 (PER)|呼都格嘎查, 西拉 (LOC)|沐沦|苏木 (LOC), 锡林郭勒阿拉坦 (LOC)|
    杭盖嘎查 (PER): CCTV news; the written labels tag 达日罕乌拉苏木 whole). The name runs back from the unit up to
    eight characters, to a mark, a function word, a place of three characters or more or one ending in a unit
    (科右中旗|代钦塔拉嘎查, 锡林郭勒|阿拉坦杭盖嘎查), or a common word jieba counts 100 times or more that names nothing
    (目前|西拉沐沦苏木, 毛乌素沙地|苏米图苏木); a span running into it from before keeps what lies before. A bare 嘎查村
    (villages of 嘎查: 每个|嘎查村) names none and goes."""
    result = list(entities)
    for unit in _MONGOLIAN_UNIT.finditer(text):
        end = unit.end()
        if text.startswith("村", end):
            if unit.start() == 0 or not _is_cjk(text[unit.start() - 1]) or text[unit.start() - 1] in "个每些等":
                result = [e for e in result if not (e.start == unit.start() and e.end == end + 1 and e.type == "LOC")]
            continue
        start = _mongolian_name_start(text, unit.start())
        result = [piece for e in result for piece in _herder_out_of_a_person(e, end, text)]
        if unit.start() - start < 2 or any(e.start < end < e.end for e in result):
            continue
        kept = []
        for entity in result:
            if entity.end <= start or entity.start >= end:
                kept.append(entity)
            elif entity.start < start:
                head = text[entity.start : start]
                kept.append(Entity(entity.start, start, "LOC" if _UNIT_END.search(head) or is_place_word(head) else entity.type, head))
        result = kept + [Entity(start, end, "LOC", text[start:end])]
    return sorted(result, key=lambda e: (e.start, e.end))


def _herder_out_of_a_person(entity: Entity, unit_end: int, text: str) -> list[Entity]:
    """A person read on from a village's name through a resident's word split there: the village part (made a place
    by the caller) and the person after the word (敖包图嘎查|牧民|巴特尔 (PER) → 敖包图嘎查 + 巴特尔)."""
    resident = next((word for word in _RESIDENTS if text.startswith(word, unit_end)), None)
    if entity.type != "PER" or not entity.start < unit_end < entity.end or resident is None:
        return [entity]
    pieces = [Entity(entity.start, unit_end, "PER", text[entity.start : unit_end])]
    if entity.end > unit_end + len(resident):
        pieces.append(Entity(unit_end + len(resident), entity.end, "PER", text[unit_end + len(resident) : entity.end]))
    return pieces


def _mongolian_name_start(text: str, unit_start: int) -> int:
    """Where the Mongolian name before a 嘎查 or 苏木 at ``unit_start`` starts (:func:`mongolian_village_or_township`)."""
    start = unit_start
    while start > 0:
        character = text[start - 1]
        if not _is_cjk(character) or character in _NO_MONGOLIAN_NAME_CHARACTERS:
            break
        found_start, found_end = word_at(text, start - 1)
        word_start = min(found_start, start - 1)
        word = text[word_start:found_end]
        if len(word) >= 2 and found_end <= start and (
                _UNIT_END.search(word) or word.endswith("盟") or (len(word) >= 3 and is_place_word(word))
                or (word_frequency(word) >= 100 and not word_tag(word).startswith(("nr", "ns")))):
            break
        if unit_start - word_start > _LONGEST_MONGOLIAN_NAME:
            break
        start = word_start
    return start


def _noun_opening_a_named_body(entity: Entity, word: str, inside: str) -> bool:
    """Whether a span opening inside ``word`` names a body or a unit that the noun opens: 马克|思主义学院,
    上海合作组织成员|国元首理事会, 美国国家过|敏症和传染病研究所 (CCTV news; jieba's nouns of three characters or more,
    n, nz, nt, that end inside the span, which ends like a body or a unit). Not where the span opens with a word of its
    own (``inside``): 非|工会, 该校|团委 and CLUENER's 五|部委 are the gold bodies."""
    ending = _ORG_ENDINGS if entity.type == "ORG" else _UNIT_END
    return (len(word) >= 3 and word_tag(word) in ("n", "nz", "nt") and not (len(inside) >= 2 and is_known_word(inside))
            and bool(ending.search(entity.text)))


#: How a post ends (书记, 部长, 研究员, 工程师, 外交大臣, 党领袖): a TITLE that ends otherwise is a piece of something else
#: (分管日|常工作), which the word's start would not mend.
_ENDS_LIKE_A_POST = re.compile(r"(?:代表|书记|主任|长|员|主席|经理|总裁|总监|总统|总理|大臣|领袖|师)$")


def post_word_start_returned(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a post back the first characters of the word it starts inside, where no span holds them: 外|交部长 →
    外交部长, 组|织部长, 审计署审|计长, 党|组书记, 病|理科主任, 宪法法|律委主任委员 (CCTV news: the tagger opens a post
    one character late as it does a place, :func:`place_word_start_returned`); a verb's piece is cut off instead
    (当|选总统 → 总统: 当选 is no part of the post), and a place or body that is only the word's first characters is
    dropped for it (兼|外 (ORG)|交部长 → 外交部长). Only a post that is no word of jieba's itself: 党委|书记,
    心血管内科|主任, 大气环境科|科长 stay as the written labels read them. A place or body that ends in those characters
    gives them up where the rest names it (德国财|政部长 → 德国 + 财政部长, 中国国际经济交流中心总经|济师 →
    …中心 + 总经济师: :func:`_post_word_held_by_the_body`)."""
    taken = {position for entity in entities for position in range(entity.start, entity.end)}
    mended: list[Entity] = []
    for entity in entities:
        if (entity.type == "TITLE" and entity.end - entity.start >= 2 and not is_known_word(entity.text)
                and _ENDS_LIKE_A_POST.search(entity.text)):
            start, end = word_at(text, entity.start)
            holder = mended[-1] if mended and mended[-1].end == entity.start else None
            free = not taken.intersection(range(start, entity.start))
            if (start < entity.start < end and not free and holder is not None
                    and _post_word_held_by_the_body(holder, text[holder.start : start], text[start:end])):
                mended[-1] = Entity(holder.start, start, holder.type, text[holder.start : start])
                free = True
            elif (start < entity.start < end and not free and holder is not None and holder.start == start
                  and _post_word_read_as_a_body(holder, text[start:end])):
                mended.pop()  # 兼|外 (ORG)|交部长 → 外交部长: the body is only the post word's head
                free = True
            if start < entity.start < end and free:
                if not is_verb(text[start:end]):
                    entity = Entity(start, entity.end, "TITLE", text[start : entity.end])
                elif entity.end - end >= 2:
                    entity = Entity(end, entity.end, "TITLE", text[end : entity.end])
        mended.append(entity)
    return mended


def _post_word_read_as_a_body(head: Entity, word: str) -> bool:
    """Whether the place or body ``head`` is only the first characters of the post's ``word`` (兼|外 (ORG)|交部长,
    兼|内 (ORG)|政部长 in jieba's 外交部长, 内政部长: CCTV news): a word of jieba's that ends like a post, no verb and
    not a level's committee."""
    return (head.type in ("LOC", "ORG") and not is_verb(word) and bool(_ENDS_LIKE_A_POST.search(word))
            and not word.startswith(LEVELS))


def _post_word_held_by_the_body(holder: Entity, rest: str, word: str) -> bool:
    """Whether the place or body ``holder`` before a post ends in the start of the post's ``word`` and gives it up:
    a word of jieba's that ends like a post or a department (…附属医院病|理科主任 → …医院 + 病理科主任, as the written
    labels read 德清县人民医院 + 眼科主任), not a level's committee (莲都|区委书记, 福州|市委书记: the labels' 莲都区委
    + 书记), and only where ``rest``, what the holder keeps, is a state, province or dictionary place, or ends like a
    unit or a body (德国, 湖北省, …交流中心; not 研究所高级|工程师)."""
    return (holder.type in ("LOC", "ORG") and len(rest) >= 2 and not is_verb(word)
            and (bool(_ENDS_LIKE_A_POST.search(word)) or word.endswith("科"))  # a hospital's department: 医院病|理科主任
            and not word.startswith(LEVELS) and (_is_place_name_or_state(rest) or _ends_like_unit_or_body(rest)))


def listed_organization_as_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Type a short ORG in a list of places as a place: 石浦、高塘 (ORG)、鹤浦等地 → 高塘 LOC.

    A name of two or three characters with no body ending, between two
    places and joined to both by 、 (or 和/及 before the last), is one more
    place of the list. No gold span of the written splits, People's Daily
    dev or CLUENER dev stands so, and one of MSRA train, a body (新闻出版署).
    So is one of any length with no body ending that closes a list of places before 等地 (库皮扬斯克、红利曼|等地:
    CCTV news; not 中央政策研究室|等地); no gold span of the corpora stands so.
    """
    ordered = sorted(entities, key=lambda e: e.start)
    for index in range(1, len(ordered)):
        before, entity = ordered[index - 1], ordered[index]
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        if entity.type != "ORG" or _ORG_ENDINGS.search(entity.text) or before.type != "LOC" or text[before.end : entity.start] != "、":
            continue
        between_places = (len(entity.text) <= 3 and after is not None and after.type == "LOC"
                          and after.start == entity.end + 1 and text[entity.end] in "、和及")
        if between_places or _PLACES_CLOSING_A_LIST.match(text, entity.end):  # 库皮扬斯克、红利曼 (ORG)|等地
            ordered[index] = Entity(entity.start, entity.end, "LOC", entity.text)
    return ordered


#: What closes a list of places after its last (库皮扬斯克、红利曼|等地, 哈尔科夫、顿涅茨克、第聂伯罗彼得罗夫斯克|等地).
_PLACES_CLOSING_A_LIST = re.compile(r"等(?:地|城市|国|州|省|县|市|区)")


#: A town or subdistrict between a county or city and a village, untagged (龙泉市|兰巨乡|官埔垟村).
_UNTAGGED_TOWN = re.compile(r"[\u4e00-\u9fff]{1,3}(?:乡|镇|街道)")
_TOWN_UNITS = ("乡", "镇", "街道")


def town_inside_a_chain(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a chain of places whole where the tagger left the town in it untagged (龙泉市|兰巨乡|官埔垟村 → one LOC).

    LABELS.md reads a chain of administrative units as one LOC. Only a gap
    of a town's name (one to three characters and 乡/镇/街道) between a place
    and a village or community counts; no two gold places of MSRA train,
    CLUENER train, People's Daily dev or the written splits stand so apart. So does the town's unit word alone
    after a place read with the town's name but not its unit (龙泉市兰巨|乡|官埔垟村).
    """
    mended: list[Entity] = []
    for entity in entities:
        before = mended[-1] if mended else None
        if (entity.type == "LOC" and entity.text.endswith(("村", "社区")) and before is not None and before.type == "LOC"
                and (_UNTAGGED_TOWN.fullmatch(text, before.end, entity.start)
                     or (text[before.end : entity.start] in _TOWN_UNITS and not _UNIT_END.search(before.text)))):
            mended[-1] = Entity(before.start, entity.end, "LOC", text[before.start : entity.end])
            continue
        mended.append(entity)
    return mended


#: A village or community named right after a chain of places, untagged (民和县中川乡|草滩村, 荣县|筲箕嘴村):
#: a name of two to four characters and its unit word.
_UNTAGGED_VILLAGE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:社区|村)")
#: A town or township left untagged after its county (平安县|三合镇).
_UNTAGGED_TOWN_AFTER_A_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:镇|乡|街道)")
#: Characters no village's name holds where a clause goes on after a place (青岛市|各个街道社区, 新桥镇|多个村落,
#: 梓山镇|的六个村子): counts, determiners, particles, prepositions, joiners and units.
_NOT_IN_A_VILLAGE_NAME = frozenset("个些多各每所有的和与及等全本该这那其一二三四五六七八九十几两乡镇县市区在到是为把被对从向了着过也都就还又")
#: Characters no town's name holds after its county: those of a village's but numerals (三合镇, 二道河镇; not 三个镇).
_NOT_IN_A_TOWN_NAME = _NOT_IN_A_VILLAGE_NAME - frozenset("一二三四五六七八九十")
#: Kinds of village a chain of places is followed by, no village's name (仪陇县|贫困村, 沧源佤族自治县|边境村).
_KINDS_OF_VILLAGE = ("贫困", "边境", "搬迁", "移民", "示范", "重点", "行政", "自然", "试点", "城中", "美丽", "文明", "安置", "农")
#: What jieba tags the words of a clause that goes on after a place (武汉市|研究加强社区, 宁河县|要求驻村): verbs, adverbs,
#: prepositions, conjunctions, pronouns, numerals, time words, particles.
_CLAUSE_WORD_TAGS = frozenset({"v", "vn", "vd", "d", "p", "c", "r", "m", "t", "u"})


#: How often jieba's dictionary counts a word that is too common to name a village (利用 13,559; 先锋 1,169, 草滩 14).
_COMMON_WORD_FREQUENCY = 2000


#: A city's unit after its short name (宁波|市, 大兴安岭|地区, 延边|州).
_CITY_UNIT = re.compile(r"市|地区|州|盟")
#: Each province's cities, longest first (:func:`longest_first`).
_CITIES_LONGEST_FIRST_BY_PROVINCE = {province: longest_first(cities) for province, cities in CITIES_BY_PROVINCE.items()}


def _province_named(place: str) -> str | None:
    """The province ``place`` names by its short name, with or without its unit (浙江, 浙江省, 广西壮族自治区), or ``None``."""
    for province in CITIES_BY_PROVINCE:
        if place in (province, province + "省") or (place.startswith(province) and place.endswith("自治区")):
            return province
    return None


def city_after_its_province(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a province and the city the tagger left untagged right after it one place (在浙江|宁波, 到黑龙江|绥化, 在甘肃|张掖,
    陕西|汉中的理科状元: CCTV news), as LABELS.md reads a chain of administrative units as one LOC. Only a city of that
    province (:data:`CITIES_BY_PROVINCE`: 北京|朝阳 or 河北|来宾 are no such chain), with its unit where the text writes
    one (浙江省|宁波市), ending where jieba ends a word (not 浙江|宁波舟 …) and touching no span; no gold text of the
    corpora leaves such a city untagged after its province."""
    result: list[Entity] = []
    for entity in entities:
        province = _province_named(entity.text) if entity.type == "LOC" else None
        city = next((name for name in _CITIES_LONGEST_FIRST_BY_PROVINCE[province]
                     if text.startswith(name, entity.end)), None) if province else None
        if city is not None:
            end = entity.end + len(city)
            unit = _CITY_UNIT.match(text, end)
            if unit and word_ends_at(text, unit.end()):
                end = unit.end()
            if word_ends_at(text, end) and not _overlaps_any(entities, entity.end, end):
                entity = Entity(entity.start, end, "LOC", text[entity.start : end])
        result.append(entity)
    return result


def village_after_a_chain(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a chain of places whole where the tagger left the village or community at its end untagged
    (青海省民和县中川乡|草滩村, 荣县|筲箕嘴村, 芦山县芦阳镇|先锋社区: CCTV news). LABELS.md reads a chain of administrative units as one LOC (杭州市余杭区仓前街道景腾社区).

    Only after a place that ends in a unit (a banner's 旗 only after more than its name), for a name of two to four
    characters that touches no span and ends where jieba ends a word, holds no count, particle or joiner, is no kind
    of village (贫困村, 边境村) and reads as no verb, adverb or other word of a clause going on (要求|驻村, 老年人占|社区;
    one character opening the name may be: 返底村), nor as a common word (利用|社区). So is a town or township left
    untagged after its county, district or city, whose name may hold a numeral (平安县|三合镇)."""
    result: list[Entity] = []
    for entity in entities:
        village = _UNTAGGED_VILLAGE.match(text, entity.end) if entity.type == "LOC" and _ends_a_chain(entity.text) else None
        if village is None and entity.type == "LOC" and entity.text.endswith(("县", "区", "市", "旗")):
            village = _UNTAGGED_TOWN_AFTER_A_COUNTY.match(text, entity.end)  # 平安县|三合镇: a town after its county
        if (village is not None and not _overlaps_any(entities, entity.end, village.end())
                and word_ends_at(text, village.end()) and _names_a_village(text, entity.end, village.end(1), town=village.re is _UNTAGGED_TOWN_AFTER_A_COUNTY)):
            entity = Entity(entity.start, village.end(), "LOC", text[entity.start : village.end()])
        result.append(entity)
    return result


def _ends_a_chain(place: str) -> bool:
    """Whether ``place`` ends in a unit a village can follow in a chain (…街道, …镇, …乡, …县, …区, …市; 土默特左旗)."""
    return place.endswith(("街道", "镇", "乡", "县", "区", "市")) or (place.endswith("旗") and len(place) >= 3)


def _names_a_village(text: str, start: int, end: int, town: bool = False) -> bool:
    """Whether ``text[start:end]``, before 村 or 社区, reads as a village's own name (草滩, 先锋, 筲箕嘴, 返底), or before
    镇, 乡 or 街道 a town's (``town``: 三合)."""
    name = text[start:end]
    if set(name) & (_NOT_IN_A_TOWN_NAME if town else _NOT_IN_A_VILLAGE_NAME) or name.startswith(_KINDS_OF_VILLAGE) or name.endswith(_KINDS_OF_VILLAGE):
        return False
    at = start
    while at < end:
        word_start, word_end = word_at(text, at)
        if word_start < start or word_end > end + 1:
            return False  # a word runs in from before the name or on past its unit's first character
        word = text[word_start:word_end]
        if word_tag(word) in _CLAUSE_WORD_TAGS and not (word_start == start and len(word) == 1):
            return False
        if len(word) >= 2 and word_frequency(word) > _COMMON_WORD_FREQUENCY:
            return False  # a common word jieba tags a noun (成华区|利用社区闲置用房)
        at = word_end
    return True


def visit_destination(entity: Entity, text: str) -> list[Entity]:
    """Mend what the tagger does with an official's visit: 陈敏来|浙调研, 张智刚来|浙考察 (TITLE), 到|温岭 (ORG)|督导,
    到|衢州调研防汛防台 (ORG).

    The visit verb, and whatever the span ran on into after it, is cut off, and what is left
    of one character is the place abbreviation it is (浙); a two- or
    three-character name that took the 来 of 来浙调研 gives it back (陈敏来 → 陈敏, 尹积军来|湖州调研; names that
    end in 来, 周恩来, are not followed by a place and a visit); a place
    jieba knows, read as an ORG between 到/赴/来/在 and the verb, is a LOC.
    No gold span of the training corpora ends in one of these verbs or has one
    inside but before 团/组/员/室/处 (考察团, 调研组).
    """
    if entity.text in VISIT_VERBS:
        return []  # decoded on its own (浙|考察, both TITLE), it would merge with the abbreviation before it
    if len(entity.text) == 1 and entity.text in PLACE_ABBREVIATIONS and _VISIT.match(text, entity.end):
        return [Entity(entity.start, entity.end, "LOC", entity.text)]
    verb = _VISIT_INSIDE.search(entity.text)
    if verb and verb.start() > 0:
        rest = Entity(entity.start, entity.start + verb.start(), entity.type, entity.text[: verb.start()])
        if len(rest.text) == 1:
            return [Entity(rest.start, rest.end, "LOC", rest.text)] if rest.text in PLACE_ABBREVIATIONS else []
        return [_visited_place(rest, text)]
    if (entity.type == "PER" and len(entity.text) in (3, 4) and entity.text.endswith("来")
            and _VISIT_AFTER_NAME.match(text, entity.end)):
        return [Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])]
    if _VISIT.match(text, entity.end):
        return [_visited_place(entity, text)]
    return [entity]


def _visited_place(entity: Entity, text: str) -> Entity:
    """A place jieba knows, read as an ORG between 到/赴/来/在 and a visit verb, is the LOC it is (到|温岭|督导)."""
    if entity.type == "ORG" and entity.start > 0 and text[entity.start - 1] in "到赴来在" and is_place_word(entity.text):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


#: Measure words of a count read before a name (601家|深港两地, 2707个|村).
_COUNT_MEASURES = "家个名位所座户"
#: Arabic numerals and the signs that go with them (28℃, 95.4%, 20／), at either end of a span; at the start with
#: the measure word of a count (601家|深港两地, from CCTV news).
_NUMERAL_EDGES = re.compile(rf"^[0-9０-９.．%％℃°/／~～\-－]+(?:[{_COUNT_MEASURES}](?=[^0-9０-９]))?|[0-9０-９.．%％℃°/／~～\-－]+$")

#: The unit of a line's or station's voltage after its figure (220千伏柯亭线, 500kV…变电站).
_VOLTAGE_UNIT = re.compile(r"千伏|[kK][vV]")


def strip_numeral_edges(entity: Entity, text: str) -> list[Entity]:
    """Cut Arabic numerals off the ends of a place or a person: 28℃|福州, 叶利钦|23, 仓前街道|7个社区.

    Weather tables and counts run straight into names (17℃／22℃郑州, 叶利钦23日),
    and the tagger takes the figure along; names of places and people in this
    genre do not begin or end with one. Organizations keep theirs (3M公司), but not a count read before them
    (601家|深港).
    Nothing is left when the figure was all that was tagged (a LOC 16℃).
    """
    if entity.type not in ("LOC", "PER", "ORG"):
        return [entity]
    start, end = entity.start, entity.end
    for edge in _NUMERAL_EDGES.finditer(entity.text):
        if entity.type == "ORG" and not (edge.start() == 0 and edge.group()[-1] in _COUNT_MEASURES):
            continue  # an organization keeps its figures (3M公司) but not a count before it (601家|深港)
        if edge.start() == 0:
            start = entity.start + edge.end()
        else:
            end = entity.start + edge.start()
    voltage = _VOLTAGE_UNIT.match(text, start)
    if voltage and start > 0 and text[start - 1].isdigit():
        start = voltage.end()  # a line's voltage read into its name: 220|千伏柯亭线 → 柯亭线
    if start >= end:
        return []
    return [entity if (start, end) == (entity.start, entity.end) else Entity(start, end, entity.type, text[start:end])]


#: What continues a number after a Chinese numeral: another numeral, an ordinal's or a fraction's word (中共十|一届,
#: 中共二|十大, 第四|次, 越秀三|分之一).
_NUMBER_GOES_ON = re.compile(rf"[{_CHINESE_NUMERALS}]|[届次大]|分之")
_TRAILING_NUMBER = re.compile(rf"第?[{_CHINESE_NUMERALS}]+$")


def cut_inside_a_number(entity: Entity, text: str) -> list[Entity]:
    """An ORG that stops inside a number written in Chinese numerals loses the number (CCTV news: 以中共十|一届三中全会为标志,
    中共二|十大, 越秀三|分之一的批发市场, 十三届全国人大五|次会议 → 十三届全国人大, as MSRA tags 九届全国人大): a session's
    ordinal or a count is no part of a body's name, and an ordinal read alone goes (第八十三|号主席令, 第四|次常委会会议).
    A name before a serial number (嫦娥四|号, “华龙一|号”) names a craft or a product, no entity of LABELS.md's, and goes
    whole. Only bodies: people's names end in numerals (马英九|一行, MSRA's 牛本一|三位), and so do places (MSRA's
    土卫六|大气层); not a number alone without 第 (MSRA's team 八一|三支女排); a name whose numeral is part of it stays
    (珠三|角: what follows continues no number)."""
    number = _TRAILING_NUMBER.search(entity.text)
    if entity.type != "ORG" or number is None or number.start() == 0 and not number.group().startswith("第"):
        return [entity]
    if text.startswith("号", entity.end):
        return []
    if not _NUMBER_GOES_ON.match(text, entity.end):
        return [entity]
    end = entity.start + number.start()
    return [Entity(entity.start, end, entity.type, text[entity.start : end])] if end - entity.start >= 2 else []


def without_leading_de(entity: Entity, text: str) -> Entity:
    """Cut a leading 的 off a place or body that ends like one (受损最严重的|湾东村): the particle is no part of a name,
    where jieba reads it as a word of its own (not 的里雅斯特市, 的黎波里); also 中的 (正在建设|中的|班彦新村, CCTV)."""
    if entity.text.startswith("中的") and len(entity.text) >= 5 and _ends_like_unit_or_body(entity.text):
        return Entity(entity.start + 2, entity.end, entity.type, entity.text[2:])  # 正在建设|中的|班彦新村
    if not entity.text.startswith("的") or len(entity.text) < 4 or not _ends_like_unit_or_body(entity.text):
        return entity
    if word_at(text, entity.start) != (entity.start, entity.start + 1):
        return entity
    return Entity(entity.start + 1, entity.end, entity.type, entity.text[1:])


def without_trailing_de(entity: Entity) -> Entity:
    """Cut a trailing 的 off a span (家住莲都区紫金街道的|82岁老人: the tagger ran on into the age, and the age was cut
    by :func:`strip_numeral_edges`); no gold span of the training corpora ends in 的. Also 的 and a bare level
    word after it (塔元庄的村|党支部书记, from CCTV news: the village's post, of 村党支部书记)."""
    if len(entity.text) < 3:
        return entity
    trailing = 1 if entity.text.endswith("的") else 2 if len(entity.text) >= 4 and _DE_AND_A_BARE_LEVEL.search(entity.text) else 0
    return Entity(entity.start, entity.end - trailing, entity.type, entity.text[:-trailing]) if trailing else entity


_DE_AND_A_BARE_LEVEL = re.compile(r"的[村镇乡]$")


#: A place name and nothing else: administrative units only, no word of a body (局, 委, 中心, 军区, …).
_BARE_PLACE = re.compile(rf"^[\u4e00-\u9fff]{{2,}}(?:{ADMIN_UNIT_ENDINGS})$")
#: A word that makes a name a body, also a ministry of Japan's or Korea's kind, which ends like a province (外务省, 大藏省).
_BODY_WORD = re.compile(r"委|局|院|会|部|所|厅|办|司|队|组|中心|军区|政府|(?:外务|财务|大藏|防卫|总务|法务|环境|经济产业|文部科学|厚生劳动|农林水产|国土交通|通商产业|通产|邮政|运输|文部|厚生|劳动)省")


def bare_place_as_place(entity: Entity) -> Entity:
    """An ORG that is only a place name is a LOC (泽雅镇, 华丰村, 槐店乡大塘村).

    LABELS.md: an organization needs a body (南浔区水利局, 五里镇政府); a
    place that acts as the subject of a sentence (双浦镇“红谱浦”党建联建机制)
    is still a place, and so is a province and a city or county named without its unit (辽宁海城). Military regions
    (晋察冀军区) and names with a body word keep their type, also a ministry that ends like a province (日本外务省).
    """
    if entity.type == "ORG" and (_BARE_PLACE.match(entity.text) or _province_and_a_place(entity.text)) and not _BODY_WORD.search(entity.text):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


def _province_and_a_place(name: str) -> bool:
    """Whether ``name`` is a province and a city or county named without its unit, which jieba's dictionary knows with
    it (辽宁海城 for 海城市, 湖北黄冈: CCTV headlines; not 北京海关, 香港苏富比, 北京四中, though jieba tags those
    places too)."""
    return any(name.startswith(province) and len(name) - len(province) >= 2
               and any(is_place_word(name[len(province) :] + unit) for unit in "市县区") for province in PROVINCES)


def armed_group_as_organization(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A group's name right before 武装 (armed forces), read as a place, a person or a body cut short, is an ORG with
    the word:
    胡塞|武装, 塔利班|武装, 叙利亚库尔德|武装 (CCTV news); not a country's or province's, whose 武装 is no name
    (巴勒斯坦|武装), nor a party's, which is the body already (黎巴嫩真主党|武装), not where 武装 opens a longer word
    (MSRA's 科索沃|武装冲突, 俄|武装力量) and not where another span holds the word. A name that stops inside the
    word grows the same way (胡塞武|装)."""
    result = []
    for e in entities:
        name_end = e.end - 1 if e.text.endswith("武") else e.end  # also one that stops inside the word (胡塞武|装)
        name = text[e.start : name_end]
        if (e.type in ("LOC", "PER", "ORG") and text.startswith("武装", name_end) and word_at(text, name_end) == (name_end, name_end + 2)
                and not _overlaps_another(entities, e, e.start, name_end + 2) and name not in _COUNTRIES_AND_PROVINCES
                and len(name) >= 2 and not _ORG_ENDINGS.search(name) and not name.endswith("党")):
            e = Entity(e.start, name_end + 2, "ORG", text[e.start : name_end + 2])
        result.append(e)
    return result


def province_as_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """An ORG that is a province named without 省, alone, is a LOC: 天津|组织专家学者, 驰援|河北, 吉林、|黑龙江 (CCTV
    news), and so one of China's cities jieba reads alone before no body's word (:func:`_is_city_read_alone_as_a_body`).
    LABELS.md: a place that acts as the subject of a sentence is still a place. Only once the spans are whole,
    so a province read apart from the rest of a body's name is still joined to it (河北|雄安新区党工委,
    新疆|生产建设兵团). A province's team stays (四川与浙江男排, 重庆分得１张: MSRA tags teams ORG, some 45 of its
    thousands of province mentions): not in a clause that speaks of sport. MSRA's elided bodies (北京、上海、广州、深圳
    青年联合会) and teams listed apart from the word of sport go the other way: 8 of its 45,000 sentences.

    So is a country read as an ORG (对|韩国|进行国事访问, |立陶宛|禁止…, 来自|西班牙: CCTV news), but in a text that speaks
    of sport anywhere (the corpora tag a country's team ORG, and their sports sentences name the country apart from
    any word of sport in its clause: 挪威本轮主场面对荷兰, 出示黄牌４９张，其中：智利、丹麦…) or where jieba reads it
    into a word with what follows (中国共产党, 中国移动); People's Daily tags its other countries LOC (618 of 638).
    So is a region of the world the same way (美国驻欧洲和|非洲|海军司令: the corpora tag 1,901 of their 1,903 such
    regions LOC), but where it is listed with a body (CLUENER's 汇丰、花旗、东亚: a bank) or opens a body's name
    further on in its clause (欧洲|安全与合作组织).
    """
    countries_are_places = (any(e.type == "ORG" and (e.text in COUNTRIES or e.text in _WORLD_REGIONS) for e in entities)
                            and not _speaks_of_sport(text))
    return [Entity(e.start, e.end, "LOC", e.text) if e.type == "ORG" and (
                (e.text in PROVINCES and not _in_a_sports_clause(e, text))
                or (_is_city_read_alone_as_a_body(e, text) and not _in_a_sports_clause(e, text))
                or (countries_are_places and word_at(text, e.start)[1] <= e.end and (e.text in COUNTRIES or (
                    e.text in _WORLD_REGIONS and not _listed_with_a_body(e, entities, text)
                    and not _BODY_LATER_IN_THE_CLAUSE.match(text, e.end)))))
            else e for e in entities]


def _is_city_read_alone_as_a_body(entity: Entity, text: str) -> bool:
    """Whether an ORG is one of China's cities that jieba reads as a word of its own, and no body's word follows it
    (欠|南昌|一家公司, 在香港、澳门、|深圳|设分会场, 看望在|海口|、三亚的: CCTV news; not 广元|舰, 广州|局调度所,
    宁德|时代): the corpora tag 2,820 of their 2,838 such cities LOC."""
    return (entity.text in _CITIES and word_at(text, entity.start) == (entity.start, entity.end)
            and not text.startswith(_BODY_WORDS_AFTER_A_CITY, entity.end))


#: What makes a city's name a body's or a ship's (广元|舰, 广州|局, 宁德|时代).
_BODY_WORDS_AFTER_A_CITY = ("舰", "局", "队", "时代")


def _listed_with_a_body(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether ``entity`` stands in a list with an ORG, joined to it by 、, 和, 与 or 及 (汇丰、花旗、东亚: a bank)."""
    return any(other.type == "ORG" and ((other.end + 1 == entity.start and text[other.end] in _PLACE_LIST_JOINERS)
                                        or (entity.end + 1 == other.start and text[entity.end] in _PLACE_LIST_JOINERS))
               for other in entities)





#: Words of sport that make a province a team (四川与浙江男排, 山东、北京和上海队: MSRA tags such teams ORG).
_SPORTS_WORDS = re.compile(r"队|男排|女排|男篮|女篮|男足|女足|赛|冠军|比分|夺冠|金牌|奖牌|分得")


#: Words of sport anywhere in a text that make a country read as a body a team (:func:`province_as_place`): those of a
#: clause and more, for the corpora's sports sentences name a country away from them (挪威本轮主场面对荷兰), and the words
#: of football betting (CLUENER's tips: 火线博胆：…罗马获威廉希尔力挺).
_SPORTS_TEXT_WORDS = re.compile(
    _SPORTS_WORDS.pattern + r"|选手|对阵|战胜|击败|负于|胜|平局|球|泳|奥运|运动员|教练|联赛|决赛|出线|晋级|世界杯|主场|客场|vs|VS|迎战"
    r"|对手|棋手|红牌|黄牌|[A-ZＡ-Ｚ]组|[十八四]强|秒|积分|抽签|主帅|盘|平手|出战|前锋|中场|足联|足协|本场|一场|上阵|裁判|强手"
    r"|[０-９0-9][∶:比][０-９0-9]|博胆|必发|威廉希尔|赔率|让球|盘口")


#: Common words that hold a word of sport but speak of none (部队, 队伍, 全球, 胜利, 同比分别, 分秒必争, 裁判书; 战胜疫情,
#: 决胜全面小康, 全国一盘棋, 盘活, 一场 before no match, 方队, 月球, 新赛道, 作出战略): left out before a text is searched
#: for sport, as CCTV news is full of them (they made one in five of 2,830 probe texts read as sport, a third of them
#: wrongly, so that 纽约 and 英国 stayed bodies there).
_WORDS_OF_NO_SPORT = re.compile(
    r"全球|地球|半球|胜利|部队|军队|队伍|卫队|舰队|车队|乐队|仪仗队|突击队|医疗队|陆战队|工作队|救援队|团队|总队|支队|大队"
    r"|中队|分队|编队|梯队|同比分别|分秒|[每/]秒|秒变|裁判书|裁判文书"
    r"|决胜|必胜|名胜|胜地|胜仗|优胜劣汰|战胜(?:疫|困|灾|艰|各|一切|前进|风险|挑战|经济|发展|恐|空|新冠|贫|洪|病)"
    r"|盘活|一盘棋|通盘|全盘|沙盘|键盘|硬盘|盘旋|盘算|盘点|收盘|开盘|棋盘|罗盘|六盘|盘锦|盘江"
    r"|一场(?![比球胜负平])|秒钟|毫秒|夺秒|秒级|月球|环球|星球|少先队|方队|列队|连队|消防队|赛道|出战(?=略|斗|术|役)")


def _speaks_of_sport(text: str) -> bool:
    """Whether ``text`` holds a word of sport anywhere (:data:`_SPORTS_TEXT_WORDS`), less the common words that hold
    one and speak of none (:data:`_WORDS_OF_NO_SPORT`)."""
    return bool(_SPORTS_TEXT_WORDS.search(_WORDS_OF_NO_SPORT.sub("", text)))


def _in_a_sports_clause(entity: Entity, text: str) -> bool:
    """Whether the clause around ``entity`` (up to a comma or full stop either side) speaks of sport."""
    return bool(_SPORTS_WORDS.search(text, *_clause_around(entity, text)))


def _reads_as_places(text: str, start: int, end: int) -> bool:
    """Whether jieba reads ``text[start:end]`` as two or more words of two characters or more, each a place of its
    dictionary (福建|南平; not 南|滨, the name of 南滨路)."""
    words = _whole_words(text, start, end)
    return words is not None and len(words) >= 2 and all(len(word) >= 2 and is_place_word(word) for word in words)


def _whole_words(text: str, start: int, end: int) -> list[str] | None:
    """The words of jieba's that ``text[start:end]`` reads as, or ``None`` where a word runs in across its start or
    on past its end."""
    words: list[str] = []
    at = start
    while at < end:
        word_start, word_end = word_at(text, at)
        if word_start != at or word_end > end:
            return None
        words.append(text[word_start:word_end])
        at = word_end
    return words


def chain_of_places_as_place(entity: Entity, text: str) -> Entity:
    """A PER that is two or more dictionary place names in a row is a LOC: 福建南平 (from CCTV news), also a province
    and a place jieba reads as one word (吉林长春).

    A person's name is no chain of places; a single place word read as a
    person stays (安南, 罗干: names that jieba lists as places), and so does a
    name written in transliteration characters alone (莫西西利, 伊萨亚斯).
    """
    if entity.type != "PER" or len(entity.text) < 4 or set(entity.text) <= TRANSLITERATION_CHARS:
        return entity  # a transliterated name may read as places (莫西|西利)
    province = next((p for p in PROVINCES if entity.text.startswith(p)), "")
    chain = _reads_as_places(text, entity.start, entity.end) or (  # jieba reads 吉林长春 as one word
        province and len(entity.text) - len(province) >= 2 and _is_place_name(entity.text[len(province) :]))
    return Entity(entity.start, entity.end, "LOC", entity.text) if chain else entity


_COUNTRIES_AND_PROVINCES = COUNTRIES | PROVINCES
_COUNTRY_AND_PROVINCE_NAMES = tuple(_COUNTRIES_AND_PROVINCES)  # for str.startswith
#: States' names for str.startswith: a state's body opens with one (南非警方, 孟加拉国军方, 俄罗斯“进步”号货运飞船).
_COUNTRY_NAMES = tuple(COUNTRIES)
_COUNTRY_NAMES_LONGEST_FIRST = longest_first(COUNTRIES)
#: States whose names hold brackets (刚果（金）, 刚果（布）), which a span may open inside.
_BRACKETED_STATE_NAMES = tuple(name for name in _COUNTRY_NAMES_LONGEST_FIRST if "（" in name)
_PREPOSITIONS_BEFORE_A_PLACE = ("关于", "对于", "应")  # 关于吉林工作, 应芬兰议长邀请: 应 alone only before a state


def central_body_as_organization(entity: Entity) -> Entity:
    """A post that is the Party's centre is its ORG: 以习近平同志为核心的|党中央 read as a TITLE (from CCTV news; no
    gold TITLE of the corpora ends in 中央); so is a person that is a common organization word of jieba's (nt, counted
    100 times or more: 党中央, 解放军, 国家机关 in a list of delegates; CLUENER's person 林熙蕾, which jieba tags nt,
    is counted 3 times); and so is a place that is the White House (:data:`WHITE_HOUSE`), alone or after 美国, and a
    place or person that is a national or international body's name (东盟 as a market, 欧佩克发表声明: CCTV news; no
    gold place or person of the corpora is one but a CLUENER line's 欧佩克), and a place that is a state and a body of
    its own of :data:`FOREIGN_BODIES` (日本气象厅)."""
    if entity.type == "TITLE" and entity.text.endswith("中央"):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    if entity.type == "PER" and word_tag(entity.text) == "nt" and word_frequency(entity.text) >= _COMMON_ORGANIZATION_WORD_COUNT:
        return Entity(entity.start, entity.end, "ORG", entity.text)
    if entity.type == "LOC" and entity.text.endswith(WHITE_HOUSE) and entity.text[: -len(WHITE_HOUSE)] in ("", "美国", "美"):
        return Entity(entity.start, entity.end, "ORG", entity.text)  # 美国白宫|发表声明: the President's office
    if entity.type in ("LOC", "PER") and entity.text in _UNIQUE_BODIES:
        return Entity(entity.start, entity.end, "ORG", entity.text)  # 开拓东盟 (LOC)、中亚市场, 欧佩克 (PER)|发表声明
    if entity.type == "LOC" and _alone_or_after_a_state(entity.text, FOREIGN_BODIES, COUNTRIES):
        return Entity(entity.start, entity.end, "ORG", entity.text)  # 日本气象厅 (LOC): a state's own body
    return entity


#: The US President's office, named for its seat; MSRA tags it ORG 32 times of 34, and CCTV news reads it as the body
#: that issues statements (美国白宫当天发表声明).
WHITE_HOUSE = "白宫"


#: How often jieba's dictionary counts an organization word (nt) that is no person's name read whole as a person.
_COMMON_ORGANIZATION_WORD_COUNT = 100


#: Where only a place stands: before 方向 (the front of a war report) or 峰会 (a summit named by its city), after 首都 or
#: 首府 (a capital) or after a special plane's or train's 抵达 (arrives in).
_PLACE_ONLY_AFTER = ("方向", "峰会")
_PLACE_ONLY_BEFORE = ("首都", "首府", "专机抵达", "专列抵达")


def foreign_place_read_as_person(entity: Entity, text: str) -> Entity:
    """A PER where only a place stands is a LOC: 在|库皮扬斯克|方向, 塞尔维亚首都|贝尔格莱德, 中非合作论坛|约翰内斯堡|峰会,
    乘专机抵达|布达佩斯 (CCTV news: the tagger reads transliterated places as names). No gold PER of the corpora stands
    so (MSRA's 抵达|哥伦布 and 与叶利钦|会晤 are why 抵达 alone and 会晤 are left out). So is one of four characters or
    more that ends like a Slavic town (-sk: 顿涅茨克, 波克罗夫斯克, 斯拉维扬斯克), but right after a post (州长|普里茨克);
    no gold PER of the corpora ends so. And so is a palace (在|克里姆林宫|出席, 在|爱丽舍宫|为习近平: jieba lists both
    as names), of four characters or more ending in 宫; no gold PER of the corpora ends in 宫 but the surname alone."""
    if entity.type == "PER" and (text.startswith(_PLACE_ONLY_AFTER, entity.end) or text.endswith(_PLACE_ONLY_BEFORE, 0, entity.start)
                                 or (len(entity.text) >= 4 and entity.text.endswith(_SLAVIC_TOWN_ENDINGS)
                                     and not _POST_BEFORE_VERB.search(text, 0, entity.start))
                                 or (len(entity.text) >= 4 and entity.text.endswith("宫"))):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


def place_named_where_only_a_place_stands(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a LOC of every PER mention of a name one of whose mentions stands where only a place does
    (:func:`foreign_place_read_as_person`: 白俄罗斯首都|明斯克 … 将|明斯克|作为磋商的固定场所, 俄罗斯首都|莫斯科 … 这次|莫斯科|之行:
    CCTV news, where the tagger reads a foreign city as a person at every mention and :func:`consistent_names`' majority
    takes back the one mention made a place), unless a mention of the name holds a post (总统|塞西)."""
    held = _names_holding_a_post(entities)
    places = {e.text for e in entities if e.type in ("PER", "LOC") and e.text not in held
              and foreign_place_read_as_person(Entity(e.start, e.end, "PER", e.text), text).type == "LOC"}
    return [Entity(e.start, e.end, "LOC", e.text) if e.type == "PER" and e.text in places else e for e in entities]


#: How Slavic towns end in Chinese (-sk: 顿涅茨克, 库皮扬斯克), which the tagger reads as people's names.
_SLAVIC_TOWN_ENDINGS = ("斯克", "茨克")


def country_as_place(entity: Entity, text: str) -> Entity:
    """A PER that is a country's name is a LOC: 阿根廷, 贝宁, 基里巴斯 (jieba lists them as names; from CCTV news); so
    is one that is a province's short name (在|山东|作宣讲报告: :data:`PROVINCES`), also with the preposition before it
    read in (关于吉林工作: 关 is a surname; 应芬兰议长邀请 for a state: 应 is one too), and one that ends in 省 after a
    province's short name or three characters or more (江苏省|原副省长, 萨拉赫丁省|官员说: no given name ends so).

    A country the text names alone is no person in the news this reads (:data:`COUNTRIES`), unless an
    honorific follows (贝宁先生, a CLUENER line); an ORG so named is left to :func:`province_as_place`. Nor is a
    foreign capital or a city world news names often (:data:`FOREIGN_CITIES`: 抵达|莫斯科, 在|柏林|发表演讲), or a city
    of China's that no name reads as (:func:`_is_city_no_name_reads_as`: 在|拉萨, 娄底|作为湖南重要的能源基地), unless an
    honorific follows or a post stands right before it (马德里先生, 总统|华盛顿)."""
    if entity.type != "PER" or text.startswith(HONORIFICS, entity.end):
        return entity
    opening = next((p for p in _PREPOSITIONS_BEFORE_A_PLACE if entity.text.startswith(p)), "")
    if entity.text[len(opening) :] in (COUNTRIES if opening == "应" else _COUNTRIES_AND_PROVINCES):  # not 应|江 (a name)
        return Entity(entity.start + len(opening), entity.end, "LOC", entity.text[len(opening) :])
    if entity.text.endswith("省") and (entity.text[:-1] in PROVINCES or len(entity.text) >= 4):
        return Entity(entity.start, entity.end, "LOC", entity.text)  # 萨拉赫丁省, 南基伍省, 江苏省: no given name ends so
    if (entity.text in FOREIGN_CITIES or _is_city_no_name_reads_as(entity.text)) and not _POST_BEFORE_VERB.search(
            text, 0, entity.start):
        return Entity(entity.start, entity.end, "LOC", entity.text)  # 抵达|莫斯科, 在|柏林|发表演讲, 在|拉萨
    return entity


#: China's cities by their short names (:data:`CITIES_BY_PROVINCE`).
_CITIES = frozenset(city for cities in CITIES_BY_PROVINCE.values() for city in cities)
#: The cities whose names :func:`city_read_in_part` completes: foreign and Chinese.
_KNOWN_CITIES = FOREIGN_CITIES | _CITIES
#: Cities the corpora read as people or a post (MSRA's 中山装, 拳王阿里, a pupil 武威; 朝阳; CLUENER's football 中卫).
_CITIES_READ_AS_PEOPLE = frozenset({"中山", "阿里", "武威", "朝阳", "中卫"})


def _is_city_no_name_reads_as(name: str) -> bool:
    """Whether ``name`` is a city of China's that no person's name reads as: three characters or more (张家界), or two
    that open with no frequent surname (拉萨, 娄底); not 中山, 阿里, 武威 (MSRA's 中山装, 拳王阿里, a pupil 武威), 朝阳 or
    the football post 中卫 (CLUENER)."""
    return (name in _CITIES and (len(name) >= 3 or name[0] not in _FREQUENT_SURNAMES)
            and name not in _CITIES_READ_AS_PEOPLE)


#: How schools and hospitals end: named ones are ORG (LABELS.md: schools; 县人民医院 is a body).
INSTITUTION_ENDINGS = ("幼儿园", "小学", "中学", "学校", "大学", "学院", "医院", "卫生院")


#: A numbered school after its place's unit (疏附县|二中; 北京四中 has no unit): MSRA tags 11 such ORG, 1 LOC.
_NUMBERED_SCHOOL_AFTER_A_UNIT = re.compile(r"[省市州县区镇][一二三四五六七八九十]{1,3}[中小]$")


def institution_as_organization(entity: Entity) -> Entity:
    """A school or hospital read as a place is an ORG: 天台县平桥镇中心幼儿园, and a numbered school after its place's
    unit: 疏附县二中 (CCTV news); so is an administering body (温州市珊溪水利枢纽|管理中心, …委员会, …办公室: a local
    paragraph).

    The written labels tag all 108 of their schools and hospitals ORG, MSRA all 893; only CLUENER,
    whose ``address`` takes some, has 7 as places. Of the administering bodies, the written labels tag all 156 ORG,
    MSRA 626 of 629, People's Daily dev all 45, CLUENER 116 of 123.
    """
    if entity.type == "LOC" and (entity.text.endswith(INSTITUTION_ENDINGS) or _NUMBERED_SCHOOL_AFTER_A_UNIT.search(entity.text) or (
            len(entity.text) >= 4 and entity.text.endswith(CUSTOMS) and not entity.text.endswith("山海关"))
            or (len(entity.text) >= 5 and entity.text.endswith(_ADMINISTERING_BODY_ENDINGS))):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


#: How an administering body's name ends (…水利枢纽管理中心, …管理委员会, …办公室, …社区服务中心, …防汛指挥部).
_ADMINISTERING_BODY_ENDINGS = ("管理中心", "管理局", "管理处", "管理站", "管理所", "委员会", "办公室", "服务中心", "指挥部")
#: A customs office, named by its place (深圳海关, 天津海关): a body, which MSRA tags ORG 20 times of 24, CLUENER and the
#: written labels every time.
CUSTOMS = "海关"


#: A school or hospital the tagger read into the post of its head (广场路|小学校长, jieba's one word 小学校长).
_INSTITUTION_IN_POST = re.compile(rf"^(?:{'|'.join(INSTITUTION_ENDINGS)})(?=[\u4e00-\u9fff]{{2}})")


#: A school year or grade read into the school's name (金华市第五中学|高三（2）班, 实验小学|三年级).
_GRADE_AFTER_A_SCHOOL = re.compile(rf"(?:{'|'.join(INSTITUTION_ENDINGS)})(?P<grade>[高初][一二三]|[一二三四五六]年级)$")


def grade_off_school(entity: Entity) -> Entity:
    """Cut a grade off the school it was read into (金华市第五中学高三 → 金华市第五中学): the class is no part of the body."""
    grade = _GRADE_AFTER_A_SCHOOL.search(entity.text) if entity.type in ("ORG", "LOC") else None
    if grade is None:
        return entity
    return Entity(entity.start, entity.end - len(grade.group("grade")), entity.type, entity.text[: grade.start("grade")])


def institution_out_of_post(entity: Entity) -> Entity:
    """A post is not its body (LABELS.md): 小学校长 → 校长, 医院院长 → 院长; the school is no part of the TITLE.

    jieba's dictionary holds 小学校长 and 医院院长 as words, and the tagger
    follows: the written dev split's 广场路小学校长 came out as one post.
    """
    opening = _INSTITUTION_IN_POST.match(entity.text) if entity.type == "TITLE" else None
    if opening is None:
        return entity
    start = entity.start + opening.end()
    return Entity(start, entity.end, "TITLE", entity.text[opening.end() :])


#: A name of the kind schools and hospitals are named after, untagged before one (广场路|小学, 城关镇|中学): a road, a
#: place by its unit, a bridge, hill or water.
_INSTITUTION_NAMED_AFTER = re.compile(rf"[\u4e00-\u9fff]{{1,5}}(?:路|街|桥|山|湖|江|河|{ADMIN_UNIT_ENDINGS})$")
_INSTITUTION_BEFORE_POST = re.compile(rf"(?:{'|'.join(INSTITUTION_ENDINGS)})$")


def institution_named_before_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the school or hospital the tagger read into a post and left untagged once the post lost it
    (广场路|小学校长 → 广场路小学 (ORG) + 校长, written dev): where an institution word stands right before the post
    and an untagged name of a road or place right before that, after punctuation or another span."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        previous_end = ordered[index - 1].end if index else 0
        kind = None
        if entity.type == "TITLE" and previous_end < entity.start:
            kind = _INSTITUTION_BEFORE_POST.search(text, max(previous_end, entity.start - 3), entity.start)
        if kind:
            start = kind.start()
            while start > previous_end and kind.start() - start < 6 and _is_cjk(text[start - 1]):
                start -= 1
            opens = start == previous_end or not _is_cjk(text[start - 1])
            if opens and _INSTITUTION_NAMED_AFTER.fullmatch(text, start, kind.start()):
                result.append(Entity(start, kind.end(), "ORG", text[start : kind.end()]))
        result.append(entity)
    return result


#: Byline roles a reporter's name follows (记者 应磊, 通讯员 王丽娟): the bylines' role words, but 来源 (a medium follows it).
_BYLINE_ROLE_BEFORE = re.compile(rf"(?:{'|'.join(longest_first(ROLE_WORDS - {'来源'}))})[ 　]*$")


#: What may stand before a name without being its surname (清|乾隆, 明|嘉靖, 老|杰克, 小|周, 大|仲马).
_NOT_A_SURNAME_BEFORE_A_NAME = set("清明宋元唐汉秦晋隋周老小阿大")


def surname_returned_to_person(entity: Entity, text: str) -> Entity:
    """Give a two-character person back the surname the tagger left out where jieba's dictionary knows the whole
    name (习|近平 → 习近平, from CCTV news); not a dynasty or an affix before a name (清乾隆, 老杰克)."""
    if entity.type != "PER" or len(entity.text) != 2 or entity.start == 0:
        return entity
    before = text[entity.start - 1]
    if before in _NOT_A_SURNAME_BEFORE_A_NAME or not word_tag(text[entity.start - 1 : entity.end]).startswith("nr"):
        return entity
    return Entity(entity.start - 1, entity.end, "PER", text[entity.start - 1 : entity.end])


#: The peoples of China by the names their 族 follows (维吾尔族, 赫哲族, 中华民族), for :func:`is_ethnic_group`.
PEOPLES = frozenset({
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "中华民",
})


def is_ethnic_group(entity: Entity, text: str) -> bool:
    """Whether a place is a people's name (毛南族, 独龙族: from CCTV news; no gold place of the corpora ends in 族),
    not the start of an autonomous unit the tagger stopped short of (土家族|乡, 鄂温克族|自治旗); or a person is one,
    read before its 族 (傈僳|族), or a place that names one of China's peoples (维吾尔|族群众, 赫哲|族人; MSRA tags 51
    places before a 族, most of them peoples abroad: 阿尔巴尼亚|族武装); or a person that is a people with its 族
    (陈武（壮族）: a list of delegates) or 穆斯林 (Muslims: no gold person of the corpora is either)."""
    if text.startswith("族", entity.end) and not text.startswith(("族乡", "族镇", "族自治"), entity.end) and (
            entity.type == "PER" or (entity.type == "LOC" and entity.text in PEOPLES)):
        return True  # a people's name read as a person or place before its 族 (傈僳|族歌舞, 维吾尔|族群众: CCTV news)
    if entity.type == "PER" and (entity.text == "穆斯林" or (entity.text.endswith("族") and entity.text[:-1] in PEOPLES)):
        return True  # a faith's or people's members read as a person (穆斯林, 陈武（壮族）: CCTV news)
    return (entity.type == "LOC" and entity.text.endswith("族")
            and not text.startswith(("乡", "镇", "村", "自治", "民族"), entity.end))


def is_reduplicated_measure(entity: Entity, text: str) -> bool:
    """Whether a person opens with a measure word said twice after 一 (一|张张日程表, from CCTV news): no name."""
    return (entity.type == "PER" and len(entity.text) >= 3 and entity.text[0] == entity.text[1]
            and text[entity.start - 1 : entity.start] == "一")


#: A count of people or units read into a place after its name (河南|158名县市区委书记, from CCTV news).
_COUNT_AFTER_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,}?)[0-9０-９]+(?:名|个|位|多|户|家|座|所|万)")


#: Time words a body or place is read on into at its end (国家发展改革委|近日向社会发布, from CCTV news).
_TIME_WORDS_AFTER_A_NAME = ("近日", "日前", "近期", "今天", "昨天", "今年", "去年", "目前", "此前", "近年来", "今后")


#: Work a body does, read as the end of an ORG (长江、|淮河|防汛Ⅱ级响应, 支持|东北华北|抗旱, 援助|新疆|抗震救灾, 湖南|种粮|大户:
#: from CCTV news); no gold ORG of the corpora ends in one.
_ACTIVITY_AFTER_A_PLACE = ("防汛", "抗旱", "抗震救灾", "救灾", "预警", "资金", "种粮")


def cut_activity_off_body(entity: Entity) -> list[Entity]:
    """An ORG that ends in a piece of work (淮河防汛, 东北华北抗旱, 救灾资金) names no body: the place before the work
    stays a LOC if it reads as one, the rest goes."""
    word = next((w for w in _ACTIVITY_AFTER_A_PLACE if entity.text.endswith(w)), None) if entity.type == "ORG" else None
    if word is None:
        return [entity]
    head = entity.text[: -len(word)]
    place = len(head) >= 2 and (_UNIT_END.search(head) or _is_place_name_or_state(head) or _reads_as_places(head, 0, len(head)))
    return [Entity(entity.start, entity.start + len(head), "LOC", head)] if place else []


#: A person's role read as the end of an ORG, with a student's year (河南农业大学农学院|2011级硕士研究生|王灵光,
#: 厦门市丽行企业管理咨询有限公司|足疗技师|刘丽, 龙子湖区机关|干部: lists of delegates in CCTV news).
_ROLE_AFTER_A_BODY = re.compile(r"(?:[0-9０-９]{2,4}级)?(?:硕士研究生|博士研究生|研究生|本科生|足疗技师|技师|货运司机|司机"
                                r"|工人|机关干部|干部|护士|医生|教师|律师|店主)$")


def cut_role_off_body(entity: Entity) -> list[Entity]:
    """An ORG that ends in a person's role keeps the body before it (…公司|足疗技师 → …公司), or the place it opens
    with (安徽省蚌埠市龙子湖区|机关干部 → a LOC), or nothing (巴士司机, 退休干部). No gold ORG of the corpora ends so."""
    role = _ROLE_AFTER_A_BODY.search(entity.text) if entity.type == "ORG" else None
    if role is None:
        return [entity]
    head = entity.text[: role.start()]
    if len(head) >= 2 and _ends_like_unit_or_body(head) and not _UNIT_END.search(head):
        return [Entity(entity.start, entity.start + len(head), "ORG", head)]
    units = list(re.finditer(ADMIN_UNIT_ENDINGS, head))
    place = head[: units[-1].end()] if units else ""
    return [Entity(entity.start, entity.start + len(place), "LOC", place)] if len(place) >= 2 else []


#: An appointing verb and the name after it, up to where the post's 为 begins (任命孙绍骋|为退役军人事务部部长).
_APPOINTED = re.compile(rf"(?:{'|'.join(APPOINTING_VERBS)})[\u4e00-\u9fff·]{{2,8}}$")


def cut_appointed_as(entity: Entity, text: str) -> Entity:
    """Cut the 为 of an appointment off the start of the body after it (任命孙绍骋|为退役军人事务部|部长 → 退役军人事务部)
    or off the end of the person before it (任命傅政华为|司法部部长 → 傅政华; not 任命李有为为…, whose 为 is the name's):
    CCTV news of the State Council's appointments."""
    if (entity.type in ("LOC", "ORG") and entity.text.startswith("为") and len(entity.text) >= 3
            and _APPOINTED.search(text, max(0, entity.start - 12), entity.start)):
        return Entity(entity.start + 1, entity.end, entity.type, entity.text[1:])
    if (entity.type == "PER" and entity.text.endswith("为") and len(entity.text) >= 3 and text[entity.end : entity.end + 1] != "为"
            and text.endswith(APPOINTING_VERBS, 0, entity.start)):
        return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])
    return entity


#: One-character prepositions and conjunctions a place or body is read on into (西昌卫星发射中心|用长征三号乙运载火箭).
_FUNCTION_CHARACTERS_AFTER_A_NAME = "用在对向从与和将把被为"


def envoy_post_off_place(entity: Entity, text: str) -> Entity:
    """Give the post of an envoy back the 大 the place of his posting took: 驻华大|使 → 华 + 大使 (CCTV news, 14 times in
    one list of new ambassadors). Only a place written after 驻 (stationed in) and before 使."""
    if (entity.type == "LOC" and len(entity.text) >= 2 and entity.text.endswith("大") and text.startswith("使", entity.end)
            and entity.start > 0 and text[entity.start - 1] == "驻"):
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    return entity


def cut_function_character(entity: Entity) -> Entity:
    """Cut a preposition or conjunction off a place or body whose name ends before it (…发射中心|用, from CCTV news);
    no gold place or body of the corpora ends so."""
    if (entity.type in ("LOC", "ORG") and len(entity.text) >= 4 and entity.text[-1] in _FUNCTION_CHARACTERS_AFTER_A_NAME
            and _ends_like_unit_or_body(entity.text[:-1])):
        return Entity(entity.start, entity.end - 1, entity.type, entity.text[:-1])
    return entity


#: How the names of railways and roads end, which the tagger reads as people (张呼|高铁, from CCTV news).
_ROUTE_ENDINGS = ("高铁", "铁路", "公路", "高速", "大桥")


def route_run_on(entity: Entity, text: str) -> Entity:
    """A two-character place or person right before a railway or road word is the route's name: 哈伊|高铁, 渝昆|高速
    (from CCTV news; two abbreviations of the places it joins, as 张呼高铁, which jieba knows as no word or as an
    abbreviation). A place of its own stays a place (浙江|高速, 安康|铁路), also after 至 (遵义至|余庆|高速公路)."""
    if (entity.type not in ("LOC", "PER") or len(entity.text) != 2 or word_tag(entity.text) not in ("", "j", "nz", "nrt")
            or text[entity.start - 1 : entity.start] in ("至", "到")):
        return entity  # a place of its own ends the route's description: 哈尔滨至|伊春|高铁, 合肥|铁路枢纽
    route = next((r for r in _ROUTES_AFTER_A_NAME if text.startswith(r, entity.end)), None)
    if route is None:
        return entity
    return Entity(entity.start, entity.end + len(route), "LOC", text[entity.start : entity.end + len(route)])


#: Route words after a route's two-character name, longest first.
_ROUTES_AFTER_A_NAME = ("高速公路", "高速铁路", "高铁", "铁路", "高速", "公路")


def route_as_place(entity: Entity) -> Entity:
    """A person or body that ends like a railway or road is a LOC (张呼高铁; LABELS.md: railways are places)."""
    if entity.type in ("PER", "ORG") and len(entity.text) >= 4 and entity.text.endswith(_ROUTE_ENDINGS):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


def person_inside_a_route(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A person that opens the name of a railway or road the text tags, where the text reads that name, is it:
    张呼 (PER) | 高铁 beside 张呼高铁 (LOC) → 张呼高铁 (from CCTV news)."""
    routes = {e.text for e in entities if e.type == "LOC" and e.text.endswith(_ROUTE_ENDINGS)}
    result: list[Entity] = []
    for entity in entities:
        route = next((r for r in routes if entity.type == "PER" and r.startswith(entity.text) and len(r) > len(entity.text)
                      and text.startswith(r, entity.start)), None)
        end = entity.start + len(route) if route else entity.end
        if route and not _overlaps_another(entities, entity, entity.end, end):
            entity = Entity(entity.start, end, "LOC", route)
        result.append(entity)
    return result


#: Verbs of taking a post, which the tagger reads as a post or into the body after them (陈岗|调任|县委书记).
_TAKING_A_POST = ("调任", "担任", "出任", "兼任", "升任", "改任")


def cut_holding_verb_off_body(entity: Entity) -> Entity:
    """Cut a verb of taking a post off the body it was read into: 县长陈岗|调任|县委书记 read 调任县委 (CCTV); the
    body (here a level committee, which then goes into the post) stands alone."""
    verb = next((v for v in _TAKING_A_POST if entity.text.startswith(v)), None)
    if entity.type != "ORG" or verb is None or len(entity.text) - len(verb) < 2:
        return entity
    return Entity(entity.start + len(verb), entity.end, "ORG", entity.text[len(verb) :])


def cut_rank_level(entity: Entity, text: str) -> Entity:
    """Cut the level word of a civil-service rank off the place it was read into: 贵阳|县处级|领导班子 (县处级, 乡科级:
    county/division and township/section grades; from CCTV news)."""
    if (entity.type == "LOC" and len(entity.text) >= 3 and entity.text[-1] in "县乡"
            and text.startswith(("处级", "科级"), entity.end)):
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    return entity


def cut_level_before_government(entity: Entity, text: str) -> Entity:
    """Cut the level word of the government that follows a party committee off the committee: 福建省委省|政府,
    天津市委市|政府, 湘西州委州|政府 → 福建省委 … (from CCTV news: "the provincial party committee and government").
    """
    if (entity.type == "ORG" and len(entity.text) >= 4 and entity.text[-1] in "省市县区州" and entity.text[-2] == "委"
            and text.startswith("政府", entity.end)):
        return Entity(entity.start, entity.end - 1, "ORG", entity.text[:-1])
    return entity


def _last_word_of_a_body(entity: Entity, text: str, shortest: int) -> tuple[int, str] | None:
    """Where jieba's last word of an ORG of ``shortest`` characters or more starts and the word, where it is of two
    characters or more, ends the span and opens two characters or more into it (国家旅游局|监测, 财政部|发行); else
    ``None``."""
    if entity.type != "ORG" or len(entity.text) < shortest:
        return None
    start, end = word_at(text, entity.end - 1)
    if end != entity.end or start <= entity.start + 1 or end - start < 2:
        return None
    return start, text[start:end]


def cut_verb_off_body(entity: Entity, text: str) -> Entity:
    """Cut the verb a body's name ran on into off it: 国家旅游局|监测, 北京大学法律系|学习 (from CCTV news).

    The last word of the span must be a verb to jieba, of two characters or more, and what stands before it
    must end like a body; jieba's verbs that end a body's name (分行, 支行: 招行广州分行; a party's 运动:
    尼日尔全国发展社会运动) stay, and so does a five-character span or shorter. Of the corpora's gold bodies it cuts
    one, MSRA's 漓江出版社|出版 (a slip of its labels).
    """
    last = _last_word_of_a_body(entity, text, 6)
    if last is None:
        return entity
    start, verb = last
    if (word_tag(verb) not in ("v", "vn") or verb.endswith(_BODY_VERB_ENDINGS) or verb in ("运动", "行动")
            or (verb == "组织" and entity.text.startswith(_INTERNATIONAL_BODY_OPENINGS))
            or not _ends_like_unit_or_body(text[entity.start : start])):
        return entity
    return Entity(entity.start, start, "ORG", text[entity.start : start])


#: The endings of jieba's verbs that are bodies too (禁毒署, 蝶阀厂, 侨办); unlike :data:`_BODY_VERB_ENDINGS`, not 行 or
#: 会, which end predicates too (发行, 例行, 不会).
_BODY_WORD_ENDINGS = ("厂", "所", "站", "部", "队", "处", "科", "局", "院", "署", "办")
#: jieba's verbs ending in 行 or 会 that are bodies (农业银行宁波市|分行), and 组织.
_BODY_WORDS_READ_AS_VERBS = frozenset({"分行", "支行", "总行", "拍卖行", "学会", "分会", "组织"})


def body_read_on_into_a_late_verb(entity: Entity, text: str) -> Entity:
    """Cut the verb a body's name ran on into off it where the span took its shape after :func:`cut_verb_off_body`
    read it, or is too short for it (财政部|发行, 欧盟|不会, 安理会|递信, 中国外交部|例行, 孟加拉人民联盟|珍视: CCTV news).
    Only a verb of jieba's alone (not a verbal noun: 国务院职业教育|工作), after a body's ending or 盟."""
    last = _last_word_of_a_body(entity, text, 4)
    if last is None:
        return entity
    start, verb = last
    if (word_tag(verb) != "v" or verb.endswith(_BODY_WORD_ENDINGS) or verb in _BODY_WORDS_READ_AS_VERBS
            or not (_ORG_ENDINGS.search(text[entity.start : start]) or text[start - 1] == "盟")):
        return entity
    return Entity(entity.start, start, "ORG", text[entity.start : start])


#: How often jieba counts a verb a body read on into before it is cut off with no adverb before it (集中, 作战, 派出;
#: not 联想 (1,393), 奔驰 (558): companies after their place).
_COMMON_VERB_AFTER_A_COMPANYS_PLACE = 2000
#: Nouns of place names jieba tags as verbs (西部|陆海新通道).
_NOUNS_OF_NAMES_READ_AS_VERBS = frozenset({"通道"})
#: Verbs that open names of bodies (中国常驻联合国代表团, the permanent mission).
_VERBS_OPENING_NAMES = frozenset({"常驻"})


def verb_opening_a_name_late(entity: Entity, text: str) -> Entity:
    """Cut a common verb the tagger read into the start of a place or body off it where a place opens what is left:
    杨洁篪在|参加|辽宁代表团审议时说, 张恩莉从2月1日|进驻|鄂州市中心医院, 政府紧急|宣布|马尼拉周边4省 (CCTV news). Only a
    verb of jieba's of two characters or more that it counts 300 times or more, read whole at the span's start; not
    where a common noun opens the rest (执法|检查组, 提案|委员会, 选举|产生…: names and events made with verbs), nor
    常驻 (常驻联合国代表团 is the mission's name); CLUENER train's gold 位于洛杉矶的盖蒂中心 holds its verb."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 5:
        return entity
    start, end = word_at(text, entity.start)
    verb = text[start:end]
    if (start != entity.start or end >= entity.end - 1 or len(verb) < 2 or word_tag(verb) != "v" or word_frequency(verb) < 300
            or verb in _VERBS_OPENING_NAMES):
        return entity
    head_start, head_end = word_at(text, end)
    head = text[head_start:head_end]
    if head_start != end or not (is_place_word(head) or head in _COUNTRIES_AND_PROVINCES or word_tag(head) in ("ns", "nt")):
        return entity
    return Entity(end, entity.end, entity.type, text[end : entity.end])


#: Adverbs of one character written between a place and its verb (永州市|已|出台, 黑龙江|新|出台).
_ADVERB_BEFORE_A_VERB = frozenset("已新将也还正再又")


def place_read_on_into_a_common_verb_late(entity: Entity, text: str) -> Entity:
    """Cut a common verb a place ran on into off it, with an adverb of one character before the verb, where what is
    left is a place, late, and for bodies too (:func:`place_read_on_into_a_verb` cuts a body's only before a predicate
    opener): 永州市已|出台, 吉林|组建, 黑龙江新|出台, 四川成都|鼓励, 广东汕尾|集中 (CCTV news, read as bodies or
    places). Only a verb of jieba's alone that it counts 300 times or more and that names no place (开封, 保定 are
    cities) nor a body (分行) nor part of a place's name (通道); for a body with no adverb before the verb, 2,000
    times or more (北京|联想 and 德国|奔驰 are companies)."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 4:
        return entity
    start, end = word_at(text, entity.end - 1)
    verb = text[start:end]
    if (end != entity.end or start <= entity.start + 1 or len(verb) < 2 or word_tag(verb) != "v"
            or _is_place_or_city(verb) or verb in _BODY_WORDS_READ_AS_VERBS or verb in _NOUNS_OF_NAMES_READ_AS_VERBS):
        return entity
    adverb = text[start - 1] in _ADVERB_BEFORE_A_VERB and start - 1 > entity.start + 1
    if word_frequency(verb) < (300 if entity.type == "LOC" or adverb else _COMMON_VERB_AFTER_A_COMPANYS_PLACE):
        return entity  # 北京|联想, 德国|奔驰: companies (CLUENER's and MSRA's gold), their names verbs to jieba
    cut = start - 1 if adverb else start
    place = text[entity.start : cut]
    if is_place_word(place) or place in _COUNTRIES_AND_PROVINCES or _UNIT_END.search(place) or _reads_as_places(text, entity.start, cut):
        return Entity(entity.start, cut, "LOC", place)
    return entity


def cut_preposition_off_body(entity: Entity, text: str) -> Entity:
    """Cut a place or body where it runs on into a preposition or conjunction of two characters or more and what
    follows it: 宪法和法律委员会|根据常委会会议的审议意见 read as one ORG (CCTV news; the tagger read 常委会会议 as a body
    too and the merge joined them). Only where what stands before the word ends like a unit or body; no gold place or
    body of the corpora holds such a word."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 4:
        return entity
    if not any(_ends_like_unit_or_body(entity.text[:cut]) for cut in range(2, len(entity.text) - 1)):
        return entity  # no place to cut: spare jieba the span's words (most spans)
    at = entity.start + 2
    while at < entity.end:
        start, end = word_at(text, at)
        if (start >= entity.start + 2 and end <= entity.end and end - start >= 2 and word_tag(text[start:end]) in ("p", "c")
                and _ends_like_unit_or_body(text[entity.start : start])):
            return Entity(entity.start, start, entity.type, text[entity.start : start])
        at = max(end, at + 1)
    return entity


#: How the names of international organizations open, whose 组织 is no verb (世界海关组织, 国际刑警组织).
_INTERNATIONAL_BODY_OPENINGS = ("世界", "国际")
#: How the names of bodies jieba tags as verbs end (分行, 支行, 蝶阀厂, 分署).
_BODY_VERB_ENDINGS = ("行", "厂", "所", "站", "部", "队", "处", "科", "局", "院", "会", "署")


def cut_time_word(entity: Entity) -> Entity:
    """Cut a time word off the end of a place or body (国家发展改革委|近日); no gold place or body of the corpora ends
    in one."""
    word = next((w for w in _TIME_WORDS_AFTER_A_NAME if entity.text.endswith(w)), None) if entity.type in ("LOC", "ORG") else None
    if word is None or len(entity.text) - len(word) < 2:
        return entity
    return Entity(entity.start, entity.end - len(word), entity.type, entity.text[: -len(word)])


def rural_revitalization_off_a_place(entity: Entity, text: str) -> Entity:
    """Cut the 乡村 of 乡村振兴 (rural revitalization) off a place read on into it, where what is left ends in a unit
    of a place (参观了|滕头村|乡村振兴展示馆 → 滕头村); a span with no such place before it is none
    (:func:`is_rural_revitalization_read_as_a_place`: 还|就乡村|振兴战略)."""
    if _reads_into_rural_revitalization(entity, text) and _UNIT_END.search(entity.text[:-2]):
        return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])
    return entity


def is_rural_revitalization_read_as_a_place(entity: Entity, text: str) -> bool:
    """Whether a place is read on into the 乡村 of 乡村振兴 with no place's unit before it (还|就乡村|振兴战略)."""
    return _reads_into_rural_revitalization(entity, text) and not _UNIT_END.search(entity.text[:-2])


def _reads_into_rural_revitalization(entity: Entity, text: str) -> bool:
    return entity.type == "LOC" and entity.text.endswith("乡村") and text.startswith("振兴", entity.end)


def preposition_off_a_transliterated_place(entity: Entity, text: str) -> Entity:
    """Cut the 向 or 从 (towards, from) jieba reads as a word of its own off a place read with it whose rest is all
    transliteration (|向纳卡|地区实施炮击, 乌军已|从顿涅茨克|地区: CCTV news); no gold place of the corpora opens so."""
    if (entity.type != "LOC" or len(entity.text) < 3 or entity.text[0] not in "向从"
            or not set(entity.text[1:]) <= TRANSLITERATION_CHARS or word_at(text, entity.start) != (entity.start, entity.start + 1)):
        return entity
    return Entity(entity.start + 1, entity.end, "LOC", entity.text[1:])


#: A date in digits read onto the end of a name or post (赵厚麟|2014年当选, 家属聘请的律师|15号对…提出质疑).
_DATE_AT_THE_END = re.compile(r"[0-9０-９]{1,4}[年月日号]$")


def date_off_a_person_or_post(entity: Entity) -> Entity:
    """Cut a date written in digits off the end of a person or post (赵厚麟|2014年, 律师|15号: CCTV news), where a
    name of two characters or more is left; no gold person or post of the corpora ends in one."""
    date = _DATE_AT_THE_END.search(entity.text) if entity.type in ("PER", "TITLE") else None
    if date is None or date.start() < 2 or not _is_cjk(entity.text[date.start() - 1]):
        return entity
    return Entity(entity.start, entity.start + date.start(), entity.type, entity.text[: date.start()])


def comrade_off_person(entity: Entity) -> Entity:
    """Cut 同志 off the end of a person: 陈全国|同志不再担任, 易纲|同志 (from CCTV news). Party news names a member
    NAME同志; the word is how the text addresses the person, no part of the name (no gold person of the corpora holds
    it; MSRA's 邓小平同志故居 is a place, and stays). Also where the person ran on past it (杨白冰|同志光辉|战斗的一生)."""
    comrade = entity.text.find("同志", 2) if entity.type == "PER" else -1
    if comrade == -1:
        return entity
    return Entity(entity.start, entity.start + comrade, "PER", entity.text[:comrade])


def cut_at_a_count(entity: Entity) -> Entity:
    """Cut a place or body before a count read into it: 河南|158名县市 → 河南."""
    count = _COUNT_AFTER_PLACE.match(entity.text) if entity.type in ("LOC", "ORG") else None
    if not count:
        return entity
    place = count.group("place")
    return Entity(entity.start, entity.start + len(place), entity.type, place)


#: How a street ends, whose number (孱陵大道86号, 南京路86号) is part of the address, a LOC (CLUENER).
_STREET_ENDINGS = ("路", "街", "大道", "巷", "弄", "胡同", "里")
#: A day of the month, or a numbered flood or flood crest, read onto the end of a place or body (洱源县|6号|发生,
#: 希腊议会|8号|通过, 江西赣江|第2号|洪峰, 长江|第3|号洪水: from CCTV news, which writes dates as N号).
_DATE_OR_NUMBER_AFTER_A_NAME = re.compile(r"^(?P<name>.{2,}?)(?:第?[0-9０-９]{1,2}[号日]|第[0-9０-９]{1,2})$")
#: The day a person spoke or acted on, read into the name (古特雷斯|2日, 凯瑟琳·拉塞尔|1日); a name holds no figure
#: (a decree's number read as a person, 第707号, is no name at all).
_DATE_AFTER_A_PERSON = re.compile(r"(?P<name>[^0-9０-９]{2,})[0-9０-９]{1,2}[日号]$")


#: Adverbs of one character that open the predicate right after a body's name (国家发展改革委|共|审批, 中国宝武|都|在).
_ADVERBS_AFTER_A_BODY = frozenset("共都均也将已正还又")


def adverb_off_body(entity: Entity, text: str) -> Entity:
    """Cut an adverb of one character off the end of a body, where jieba reads it as a word of its own there:
    国家发展改革委共|审批核准, 中国宝武都|在加快 (CCTV news: the predicate opens with the adverb, and the tagger reads it
    into the name), and before a verb, preposition or adverb. Not where jieba reads it into a word with what precedes
    it (中共, 首都), nor a party's 共 before a post (捷摩共|主席: the Communist Party's abbreviation)."""
    if (entity.type != "ORG" or len(entity.text) < 3 or entity.text[-1] not in _ADVERBS_AFTER_A_BODY
            or word_at(text, entity.end - 1) != (entity.end - 1, entity.end)):
        return entity
    start, end = word_at(text, entity.end)
    if start != entity.end or not word_tag(text[start:end]).startswith(("v", "p", "d")):
        return entity
    return Entity(entity.start, entity.end - 1, "ORG", entity.text[:-1])


#: Determiners that open the noun phrase right after a body's name (公安局|部分|民警, 武警|广大|官兵, 防暴队|全体|队员).
_DETERMINERS_AFTER_A_BODY = ("部分", "全体", "广大", "所有", "有关", "相关", "各级")


def determiner_off_body(entity: Entity, text: str) -> Entity:
    """Cut a determiner off the end of a place or body, where jieba reads a word starting with it there: 广东省惠州市公安局
    部分|民警, 武警广大|官兵, 湖南广大|干部群众 (广大干部 to jieba), 利比里亚维和警察防暴队全体|队员 (CCTV news: "some of /
    all of the body's officers", which the tagger reads into the name); no gold span of the corpora ends in one."""
    determiner = next((d for d in _DETERMINERS_AFTER_A_BODY if entity.text.endswith(d)), None)
    if (entity.type not in ("LOC", "ORG") or determiner is None or len(entity.text) - len(determiner) < 2
            or word_at(text, entity.end - len(determiner))[0] != entity.end - len(determiner)):
        return entity
    return Entity(entity.start, entity.end - len(determiner), entity.type, entity.text[: -len(determiner)])


def cut_trailing_date(entity: Entity, text: str) -> Entity:
    """Cut a date (6号, 8日) or a flood's number (第2号) off a place, river or body whose name ends before it; an ORG
    left as a chain of units is a LOC (云南省大理白族自治州洱源县). A name that does not end like a place, river or
    body keeps its number (南丫4号, a ship; 首台1号 of 1号机组), but for a body of a state, which opens with the
    state's name (南非警方|17号|提供, 孟加拉国军方|2号|宣布); of the gold places and bodies of the corpora one,
    a housing estate, ends so (CLUENER's 长安8号). Also where the span stops before the 号 or 日 (联合国安理会4|号就,
    乌克兰国家核能公司3|日称). A person loses the day of what they said (古特雷斯|2日|说,
    金富谦|9日|宣布: CCTV news)."""
    dated = _DATE_AFTER_A_PERSON.match(entity.text) if entity.type == "PER" else None
    if dated:
        return Entity(entity.start, entity.start + dated.end("name"), "PER", dated.group("name"))
    read = entity.text + text[entity.end : entity.end + 1] if text.startswith(("号", "日"), entity.end) else entity.text
    date = _DATE_OR_NUMBER_AFTER_A_NAME.match(read) if entity.type in ("LOC", "ORG") else None
    if not date:
        return entity
    name = date.group("name")
    if name.endswith(_STREET_ENDINGS):  # an address: 孱陵大道86号
        return entity
    if not (_ends_like_a_name(name) or name.endswith(FEATURE_ENDINGS) or _is_place_name_or_state(name)
            or name.startswith(_COUNTRY_NAMES)):
        return entity
    kind = "LOC" if entity.type == "LOC" or _UNIT_END.search(name) else "ORG"
    return Entity(entity.start, entity.start + len(name), kind, name)


def verb_cut_off_post(entity: Entity, text: str) -> Entity:
    """Cut 任 (serves as) off a head's post it opens where a word of jieba's starts on it: 谌贻琴|任|组长 (CCTV news;
    the officials read 任 after a name as a verb of holding)."""
    if (entity.type == "TITLE" and entity.text.startswith("任") and word_starts_at(text, entity.start)
            and _HEADS_POST.fullmatch(entity.text, 1)):
        return Entity(entity.start + 1, entity.end, "TITLE", entity.text[1:])
    return entity


def charge_cut_off_post(entity: Entity) -> Entity:
    """Cut the charge off a post that opens with it: 县水利局分管|副局长张营灏, 中央财办分管日常工作的|副主任韩文秀 (local and
    CCTV news): 分管 (in charge of) and what is in charge describe the holder's work, the post is what follows
    (LABELS.md: 党委副书记, 所长). Only where a head's post is left (not 分管日常, dropped as a verb read as a post)."""
    charge = CHARGE_BEFORE_A_POST.match(entity.text) if entity.type == "TITLE" else None
    if charge is None or not _HEADS_POST.fullmatch(entity.text, charge.end()):
        return entity
    return Entity(entity.start + charge.end(), entity.end, "TITLE", entity.text[charge.end():])


def is_person_across_words(entity: Entity, text: str) -> bool:
    """Whether a three-character person is the last character of a word and a common word after it: 日|常工作 read as
    a person (分管日常工作的副院长, from CCTV news), or a two-character one the second half of one two-character word
    and the first of the next (关|于建|设: from CCTV news). None of the gold people of the corpora is."""
    if entity.type == "PER" and len(entity.text) == 2:  # 关|于建|设: the ends of two words of jieba's
        return (word_at(text, entity.start) == (entity.start - 1, entity.start + 1)
                and word_at(text, entity.end - 1) == (entity.end - 1, entity.end + 1))
    if entity.type != "PER" or len(entity.text) != 3:
        return False
    return word_at(text, entity.start)[0] < entity.start and word_tag(entity.text[1:]) in ("v", "vn", "n", "d", "a")


#: jieba's classes of words that are no name: prepositions, conjunctions, verbs, adjectives and adverbs.
_WORD_CLASSES_OF_NO_NAME = ("p", "c", "v", "vd", "a", "ad", "d")


#: How often jieba's dictionary counts a verb, adjective or adverb that is no name when read whole as a person
#: (受到|严肃|处理, 成功, 努力, 充分, 健康; MSRA's lawyer 开来 is counted 1,178 times, 达赖 209).
_COMMON_WORD_COUNT = 1200


def is_word_read_as_person(entity: Entity, text: str) -> bool:
    """Whether a person opens with a function word, verb, adjective or adverb of two characters or more that jieba
    reads there, the whole span or the span and part of the next word: 总书记|达成|的, 总书记|关于宗|教,
    庄严宣|告 (from CCTV news); the whole span only where it is a preposition or conjunction or a word jieba counts
    more than :data:`_COMMON_WORD_COUNT` times (受到|严肃|处理); also the head of a set phrase jieba reads as one word
    running past the span (严肃|处理 as 严肃处理, 努力|提高, 重大意|义: :func:`_opens_with_a_word_of_no_name`)."""
    if entity.type != "PER":
        return False
    start, end = word_at(text, entity.start)
    if start == entity.start and end > entity.end and len(entity.text) >= 2 and _opens_with_a_word_of_no_name(entity.text):
        return True  # 受到|严肃|处理 read as one word 严肃处理 of jieba's, the person its head: 严肃, 努力|提高, 重大意|义
    if start != entity.start or end - start < 2 or end > entity.end or word_tag(text[start:end]) not in _WORD_CLASSES_OF_NO_NAME:
        return False
    if end == entity.end:  # the whole span one word: a preposition or conjunction, or a common word (达赖, 启功 are names)
        return word_tag(text[start:end]) in ("p", "c") or word_frequency(text[start:end]) > _COMMON_WORD_COUNT
    return word_at(text, entity.end - 1)[1] > entity.end


def _opens_with_a_word_of_no_name(name: str) -> bool:
    """Whether ``name``'s first two characters are, read alone, a verb, adjective or adverb jieba counts 100 times or
    more (严肃, 努力, 充分, 重大, 保守): the head of a set phrase jieba lists whole (严肃处理, 努力提高), no name's."""
    head = name[:2]
    return word_tag(head) in _WORD_CLASSES_OF_NO_NAME and word_frequency(head) >= 100


def in_idiom(entity: Entity, text: str) -> bool:
    """Whether a person lies inside an idiom jieba reads across its start: 一年之计在|于春, 长治|久安 (from CCTV news),
    or opens one and stops inside it where it is three characters or fewer and no name jieba knows (习近平总书记|谆谆|教诲;
    not 布什|总统 or 司马昭|之心, MSRA's persons inside set phrases, nor a four-character 野中广务),
    or a place or body inside an idiom proper (i) that jieba reads around it: 灯火辉|煌 (from CCTV news; not a
    dictionary place, 长江|上游, which jieba lists as a set phrase). A figure the dictionary knows as a noun of its
    own stays (MSRA's 千手|观音)."""
    if word_tag(entity.text) in ("n", "nz"):
        return False
    start, end = word_at(text, entity.start)
    if end - start < 4:
        return False
    if entity.type == "PER":
        opened_there = (start == entity.start and len(entity.text) <= 3  # not 野中广务, 布什|总统, 康熙|皇帝
                        and not word_tag(entity.text).startswith("nr"))
        return (start < entity.start or opened_there) and word_tag(text[start:end]) in ("i", "l")
    inside = entity.end < end or start < entity.start  # not the whole word: 可口可乐 is an idiom to jieba
    return entity.end <= end and inside and word_tag(text[start:end]) == "i" and not is_place_word(entity.text)


def comrade_as_person(entity: Entity, text: str) -> Entity:
    """A place or body right before 同志 that reads as a person's name is the person: 毛泽东|同志 read as a place
    (from CCTV news; 同志 after a name is how Party news names a member)."""
    name = entity.text  # 同志 settles a name whose last character may end a place (毛泽|东): no place word of jieba's
    if (entity.type in ("LOC", "ORG") and text.startswith("同志", entity.end) and 2 <= len(name) <= 3
            and _common_single_surname(name) and not is_place_word(name) and not _ends_like_unit_or_body(name)):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


_NAME_DOTS = "·•・"
#: A space right before or after a transliterated name's dot (菲德尔 ·卡斯特罗).
_SPACE_BY_A_NAME_DOT = re.compile(rf"[ \u3000][{_NAME_DOTS}]|[{_NAME_DOTS}][ \u3000]")


def without_dangling_dot(entity: Entity) -> Entity:
    """Cut the dot of a transliterated name off a person that stops at it: 图妮萨汗·|居麦, CLUENER's 凯特· at a line's
    end. The rest of the name is not guessed (约翰斯·霍普金斯大学 is a university)."""
    if entity.type != "PER" or len(entity.text) < 3 or not entity.text.endswith(tuple(_NAME_DOTS)):
        return entity
    return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])


#: A bracketed byline: （记者 方明 通讯员 吴国强）, also after a dateline (本报讯（记者 陈立新）) or closing the text.
_BRACKETED_BYLINE = re.compile(r"[（(][^（()）]{2,40}[)）]")
#: The roles a bracketed byline names its people by.
_BYLINE_ROLES = ("记者", "通讯员", "实习生", "见习", "编辑", "特约", "摄影")


def untagged_byline_names(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag as persons the names of a bracketed byline the tagger left untagged ((记者 |方明| 通讯员 吴国强 施玲玲)11月29日，…:
    a local paragraph): LABELS.md tags bylines' names PER. Only a bracket that reads as a byline of names
    (:func:`~zhpolicy.data.bylines.parse_paren_byline`: roles and names, no photo credit) with a reporter's role in it
    (记者, 通讯员, 实习生 …), each name found whole, between
    spaces or the brackets and touching no span."""
    added: list[Entity] = []
    for byline in _BRACKETED_BYLINE.finditer(text):
        if not any(role in byline.group() for role in _BYLINE_ROLES):
            continue  # 党委（党组）, 巴特尔（蒙古族）, 章程（修正案）: no byline
        names = parse_paren_byline(byline.group()) or []
        for name in names:
            for found in re.finditer(re.escape(name), text[byline.start() : byline.end()]):
                start, end = byline.start() + found.start(), byline.start() + found.end()
                if text[start - 1] in " 　（(" and text[end] in " 　）)" and not _overlaps_any(entities + added, start, end):
                    added.append(Entity(start, end, "PER", name))
    return sorted([*entities, *added], key=lambda e: (e.start, e.end)) if added else list(entities)


def byline_name_as_person(entity: Entity, text: str) -> Entity:
    """A name of two or three characters after a byline role, read as a body or place, is a PER: 记者 应磊.

    It must begin with a surname and stand alone (space, bracket,
    punctuation or the end after it); the tagger reads an unfamiliar name
    there as whatever its characters suggest (应 as in 应急).
    """
    if (_reads_as_a_name_after(entity, text, _BYLINE_ROLE_BEFORE, 6)
            and (entity.end == len(text) or not _is_cjk(text[entity.end]))):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


def _reads_as_a_name_after(entity: Entity, text: str, words_before: re.Pattern[str], reach: int) -> bool:
    """Whether a place or body of two or three characters begins with a surname and follows ``words_before``
    (within ``reach`` characters): the shape of a person's name the tagger misread after a role word."""
    return (entity.type in ("ORG", "LOC") and 2 <= len(entity.text) <= 3 and entity.text[0] in SURNAMES
            and bool(words_before.search(text, max(0, entity.start - reach), entity.start)))


#: How residents and other people without a post are introduced before their full name (村民包福兴, 种植户李明).
RESIDENT_WORDS = ("村民", "居民", "市民", "农户", "农民", "群众", "游客", "老人", "党员", "志愿者", "乡亲", "渔民", "牧民",
                  "种植户", "养殖户", "菜农", "果农", "茶农", "苗农", "花农", "药农", "蚕农", "棉农", "蔗农")
_RESIDENT_INSIDE = re.compile("|".join(RESIDENT_WORDS))
_RESIDENT_BEFORE = re.compile(rf"(?:{_RESIDENT_INSIDE.pattern})$")



def resident_out_of_place(entity: Entity) -> list[Entity]:
    """Split a place read on across a resident word into a name: 平度市大泽山镇|种植户|昌云军 → the town (LOC) and the
    grower (PER), from CCTV news; only where the place ends in a unit, or is a place of its own before a name that
    reads as a person (北京|市民|吴峰), and two or three characters follow."""
    resident = _RESIDENT_INSIDE.search(entity.text) if entity.type == "LOC" else None
    if not resident or not 2 <= len(entity.text) - resident.end() <= 3:
        return [entity]
    place, name = entity.text[: resident.start()], entity.text[resident.end() :]
    if not (_UNIT_END.search(place) or (_is_place_name_or_state(place) and _reads_as_a_person(name)
                                        and not word_tag(name).startswith(("n", "v", "a")))):  # 华西农民|公园
        return [entity]
    place_end, name_start = entity.start + resident.start(), entity.start + resident.end()
    return [Entity(entity.start, place_end, "LOC", entity.text[: resident.start()]),
            Entity(name_start, entity.end, "PER", entity.text[resident.end() :])]


#: Kin a person is named after (许超凡的妻子|邝婉芳): no part of the name.
KIN_WORDS = ("妻子", "丈夫", "爱人", "老伴", "儿子", "女儿", "父亲", "母亲", "哥哥", "姐姐", "弟弟", "妹妹")
#: Words that open a person the tagger read them into: a resident (村民|葛静), kin (妻子|邝婉芳), an appointing verb
#: (任命|鄂竟平为水利部部长, 增补|丁学东为…委员; officials read the verb before the name) or a role (保安|倪兵).
_WORDS_BEFORE_A_NAME = frozenset(RESIDENT_WORDS + KIN_WORDS + APPOINTING_VERBS) | ROLES


def word_off_person(entity: Entity, text: str) -> Entity:
    """Cut a resident word, a kin word or an appointing verb jieba reads at a person's start off it, where what is
    left is a name of two or three characters of a common surname: 大湾村村民|葛静, 许超凡的妻子|邝婉芳,
    任命|鄂竟平为水利部部长 (from CCTV news). No gold person of the corpora opens with one."""
    if entity.type != "PER" or len(entity.text) < 4:
        return entity
    start, end = word_at(text, entity.start)
    rest = text[end : entity.end]
    if start != entity.start or text[start:end] not in _WORDS_BEFORE_A_NAME or not 2 <= len(rest) <= 3 or not _common_single_surname(rest):
        return entity
    return Entity(end, entity.end, "PER", rest)


def resident_name_as_person(entity: Entity, text: str) -> Entity:
    """A name of two or three characters right after a resident word, read as a place or body, is a PER: 村民|包福兴家.

    An unfamiliar name followed by 家 or 村 reads to the tagger as a place;
    every gold span right after these words in MSRA train, CLUENER train,
    People's Daily dev and the written splits (101) is a PER.
    """
    if _reads_as_a_name_after(entity, text, _RESIDENT_BEFORE, 3):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


#: How the names of the service venues of this genre end (“红色议事厅”, 邻里食堂, 共享书屋, 巾帼工坊).
SERVICE_VENUE_ENDINGS = ("议事厅", "食堂", "驿站", "书屋", "之家", "工坊", "服务站", "服务中心", "学堂", "客厅")


def quoted_venue_as_organization(entity: Entity, text: str) -> Entity:
    """A service venue named in quotes that the tagger typed a place (“红色议事厅”) is an ORG.

    LABELS.md: a named service venue is an ORG, also in quotes, the quotes
    outside the span. No gold span of the training corpora is a quoted LOC
    with such an ending (their quoted places are museums, plazas).
    """
    if (entity.type == "LOC" and entity.text.endswith(SERVICE_VENUE_ENDINGS) and entity.start > 0
            and text[entity.start - 1] == "“" and text.startswith("”", entity.end)):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


#: Care and service venues named with their place (椒江区颐养中心, 箬横镇敬老院, 王庄村党群服务中心, 梅林社区邻里食堂).
_CARE_VENUE_ENDINGS = ("颐养中心", "养老中心", "照料中心", "养老院", "敬老院", "福利院", "卫生院", *SERVICE_VENUE_ENDINGS)


def placed_venue_as_organization(entity: Entity) -> Entity:
    """A care or service venue named with its place that the tagger typed a place (椒江区颐养中心) is an ORG: LABELS.md's
    place plus a named service venue (王庄村党群服务中心), as the written labels tag 箬横镇敬老院 and 柳市镇福寿养老院."""
    ending = next((e for e in _CARE_VENUE_ENDINGS if entity.text.endswith(e)), None) if entity.type == "LOC" else None
    if ending is None or not _UNIT_END.search(entity.text[: -len(ending)]):
        return entity
    return Entity(entity.start, entity.end, "ORG", entity.text)


def place_of_a_grid(entity: Entity, text: str) -> Entity:
    """An ORG that names a power grid by its place (龙泉|电网, 杭州电网) is that place, a LOC.

    A grid is no body: its body is the supply company (国网龙泉市供电公司); the
    written labels tag the place before 电网 (郴州, 4 times) and never the grid.
    The two companies named 电网 (国家电网, 南方电网) keep their type.
    """
    if entity.type != "ORG" or _BODY_WORD.search(entity.text):
        return entity
    if text.startswith("电网", entity.end):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    place = entity.text[:-2]
    if entity.text.endswith("电网") and len(place) >= 2 and place not in ("国家", "南方"):
        return Entity(entity.start, entity.end - 2, "LOC", place)
    return entity


#: Verbs and adverbs that open a predicate after a place as subject in this genre (余杭区|大力推进, 南浔|推动…).
PREDICATE_OPENERS = (
    "推动", "推进", "聚焦", "大力", "持续", "全面", "深入", "积极", "坚持", "立足", "围绕", "组织", "开展", "加强",
    "打造", "实施", "建立", "启动", "完成", "通过", "注重", "着力", "切实", "不断", "率先", "充分", "进一步", "探索",
    "强化", "深化", "落实", "统筹", "抢抓", "依托", "按照", "结合", "针对", "成立", "举办", "召开", "印发", "出台",
    "加大", "加快", "委托", "运用", "地处", "登陆",
    # adverbs that open the predicate of disaster news (马鞍山善厚镇|接连发生险情, 江西|连夜转移)
    "接连", "相继", "先后", "连夜", "紧急", "迅速", "立即", "及时", "全力", "再次",
)
_PREDICATE = re.compile("|".join(longest_first(PREDICATE_OPENERS)))
_UNIT_END = re.compile(rf"(?:{ADMIN_UNIT_ENDINGS})$")


def cut_place_at_predicate(entity: Entity, text: str) -> list[Entity]:
    """Cut a place that runs into a predicate: 余杭区|大力, 南浔|推动|石淙镇, 拱墅区|出台.

    Government news opens sentence after sentence with a place as subject
    (余杭区大力推进…, 双浦镇聚焦…), and on text unlike its training data the
    tagger runs the place on into the verb. A verb or adverb that opens a
    predicate ends the place when an administrative unit stands on either
    side of it, or when what stands before it is a place of jieba's
    dictionary (宁夏|加大力度, from real news: a province is named without
    省); what follows the verb stays a place only when it is itself a
    unit (…石淙镇). An ORG read from a place into the verb (拱墅区出台) is
    the place alone; there the unit must stand before the verb (of all gold
    organizations in the training corpora this would cut one). A body read
    on into a verb that ends the span, opening a word there, keeps the body
    (国务院|深化, 国务院|委托, 国家知识产权局|运用, 黄河防总|启动: from real news; 5 gold spans of
    CLUENER and MSRA train are cut so, each one with the verb read in:
    北京天正影视公司组织|编剧).
    """
    if entity.type not in ("LOC", "ORG"):
        return [entity]
    for verb in _PREDICATE.finditer(entity.text, 2):
        place, rest = entity.text[: verb.start()], entity.text[verb.end() :]
        provincial_chain = (place.startswith(_COUNTRY_AND_PROVINCE_NAMES)  # 河北石家庄|组织; not 广州海关|出台
                            and _reads_as_places(text, entity.start, entity.start + verb.start()))
        if entity.type == "ORG" and (_UNIT_END.search(place) or provincial_chain):
            return [Entity(entity.start, entity.start + verb.start(), "LOC", place)]
        at = entity.start + verb.start()
        if (entity.type == "ORG" and not rest and _ORG_ENDINGS.search(place) and word_starts_at(text, at)
                and not (verb.group() == "组织" and place.startswith(_INTERNATIONAL_BODY_OPENINGS))):  # 世界海关组织
            return [Entity(entity.start, at, "ORG", place)]  # the verb opens a word: 国务院|深化, 国家知识产权局|运用
        if (entity.type == "ORG" and verb.group() == "委托" and len(rest) >= 2 and _ORG_ENDINGS.search(place)
                and _ORG_ENDINGS.search(rest) and word_starts_at(text, at) and word_starts_at(text, entity.start + verb.end())):
            # one body entrusting another, read as one: 受国务院|委托|审计署审计长 (from CCTV news)
            return [Entity(entity.start, at, "ORG", place), Entity(entity.start + verb.end(), entity.end, "ORG", rest)]
        if entity.type == "LOC" and (_UNIT_END.search(place) or _UNIT_END.search(rest) or is_place_word(place)):
            pieces = [Entity(entity.start, entity.start + verb.start(), "LOC", place)]
            if len(rest) >= 2 and _UNIT_END.search(rest):
                pieces.append(Entity(entity.start + verb.end(), entity.end, "LOC", rest))
            return pieces
    return [entity]


_NO_SPACE = re.compile(r"\S+")
#: A two-character name padded with a space to the width of three (王　伟).
_PADDED_NAME = re.compile(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]")


_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》"}
_QUOTE_OPENERS = {close: open_ for open_, close in _QUOTE_PAIRS.items()}


def strip_unpaired_quotes(entity: Entity) -> Entity:
    """Cut a quotation mark off the edge of a span when the span does not close it: “银发志愿服务队 → 银发志愿服务队.

    LABELS.md keeps quotes outside a quoted venue name; a pair inside a
    name stays (“旅行者”号, as People's Daily has it).
    """
    start, end = entity.start, entity.end
    name = entity.text
    if len(name) > 2 and name[0] in _QUOTE_PAIRS and _QUOTE_PAIRS[name[0]] not in name:
        start, name = start + 1, name[1:]
    if len(name) > 2 and name[-1] in _QUOTE_OPENERS and _QUOTE_OPENERS[name[-1]] not in name:
        end, name = end - 1, name[:-1]
    return entity if name == entity.text else Entity(start, end, entity.type, name)


_NAME_QUOTES = {open_: close for open_, close in _QUOTE_PAIRS.items() if open_ != "《"}  # a title's name is tagged alone (《工人日报》)
_NAME_QUOTE_OPENERS = {close: open_ for open_, close in _NAME_QUOTES.items()}

#: What a name quoted in part ends with after its quotation: a body, a team, a ship or a satellite (“八一”飞行表演队,
#: “巢县港1065”号木帆船, “鑫诺1号”卫星, as People's Daily tags them: quotation marks inside).
_TAIL_OF_A_QUOTED_NAME = re.compile(r"(?:公司|集团|局|院|会|委|办|厅|部|处|科|所|站|队|社|中心|学校|银行|党|团|军|组|馆"
                                    r"|号|船|舰|卫星|空间站|探测器)$")
_WORDS_ENDING_LIKE_A_BODY = frozenset({"开局", "开好局", "格局", "布局", "大局", "全局", "结局", "社会", "机会", "全部", "内部", "外部",
                                       "局部"})


def quoted_name_opened_before(entity: Entity, text: str) -> list[Entity]:
    """A span that starts inside a quotation and runs past its close: the name quoted in part, given its opening mark
    where what follows the quotation ends like a body, team, ship or satellite (八一”飞行表演队 → “八一”飞行表演队), else
    a quoted slogan and the words after it, dropped (十四五”开局, 十五五”开好局, 十五五”时期经济, 雨燕”特技飞行; nothing inside a slogan
    is tagged). A span that opens a quotation of Chinese it does not close is cut before the mark (杜富国|“排雷英雄;
    not an apostrophe typed as ‘: prince‘s)."""
    name = entity.text
    close_at = next((i for i, ch in enumerate(name) if ch in _NAME_QUOTE_OPENERS and _NAME_QUOTE_OPENERS[ch] not in name[:i]), None)
    if close_at is not None and text[entity.start - 1 : entity.start] == _NAME_QUOTE_OPENERS[name[close_at]]:
        last_word = text[slice(*word_at(text, entity.end - 1))]
        if close_at > 0 and _TAIL_OF_A_QUOTED_NAME.search(name[close_at + 1 :]) and last_word not in _WORDS_ENDING_LIKE_A_BODY:
            return [Entity(entity.start - 1, entity.end, entity.type, text[entity.start - 1 : entity.end])]
        return []
    open_at = next((i for i, ch in enumerate(name) if ch in _NAME_QUOTES and _NAME_QUOTES[ch] not in name[i:]), None)
    if open_at is not None and 2 <= open_at < len(name) - 1 and _is_cjk(name[open_at + 1]):
        return [Entity(entity.start, entity.start + open_at, entity.type, name[:open_at])]
    return [entity]


def media_title_closed(entity: Entity, text: str) -> list[Entity]:
    """A span that holds one mark of a 《》 title without its pair: closed where the title closes right after the span
    (英国《金融时报|》 → 英国《金融时报》, as MSRA and People's Daily tag a paper with its country), or, where the span
    opens inside the title and runs past its close, the title's name alone (《|太阳报》编辑部 → 太阳报, 《|东京新闻》2号报道
    → 东京新闻, from CCTV news: LABELS.md tags only a paper's name in 《》; a document's title so cut is dropped later
    by :func:`in_book_title`: 《|湿地公约》缔约方大会)."""
    name = entity.text
    opens, closes = name.count("《"), name.count("》")
    if opens > closes and name.rfind("《") > name.rfind("》") and text.startswith("》", entity.end):
        return [Entity(entity.start, entity.end + 1, entity.type, text[entity.start : entity.end + 1])]
    close_at = name.find("》")
    if closes > opens and close_at >= 2 and "《" not in name[:close_at] and text[entity.start - 1 : entity.start] == "《":
        return [Entity(entity.start, entity.start + close_at, "ORG", name[:close_at])]
    return [entity]


_OPEN_BRACKETS = {"(": ")", "（": "）"}


#: Clause punctuation, which no name starts or ends with (国务院副总理；, 国家民族事务委员会主任，); not 、, which the
#: merge reads across inside a body (中国、斯洛伐克联合登山队 in People's Daily).
_CLAUSE_PUNCTUATION = "，。；：！？,;:"
_CLOSE_BRACKETS = {close: open_ for open_, close in _OPEN_BRACKETS.items()}


def strip_edge_punctuation(entity: Entity) -> Entity:
    """Cut clause punctuation, and a bracket the span does not pair, off its edges: 副总理；→ 副总理, 温凤浩) → 温凤浩
    (a credit line's ``(…文字编辑:温凤浩)``; from CCTV news), and a person's bracketed note of sex or ethnic group off
    the person (李斌(女), gov.cn lists of appointments)."""
    start, end = entity.start, entity.end
    name = entity.text
    while len(name) > 1 and (name[-1] in _CLAUSE_PUNCTUATION or (name[-1] in _CLOSE_BRACKETS and _CLOSE_BRACKETS[name[-1]] not in name)):
        end, name = end - 1, name[:-1]
    while len(name) > 1 and (name[0] in _CLAUSE_PUNCTUATION or (name[0] in _OPEN_BRACKETS and _OPEN_BRACKETS[name[0]] not in name)):
        start, name = start + 1, name[1:]
    if entity.type == "PER" and (note := _PERSONAL_NOTE_AT_END.search(name)) is not None and note.start() >= 2:
        end, name = end - len(note.group()), name[: note.start()]  # 任命李斌(女)为… → 李斌: MSRA's gold leaves the note out
    return entity if name == entity.text else Entity(start, end, entity.type, name)


_PERSONAL_NOTE_AT_END = re.compile(rf"(?:{PERSONAL_NOTE.pattern})$")


def cut_at_unclosed_bracket(entity: Entity) -> Entity:
    """Cut a span at a bracket it opens and does not close: 央视网(新闻联 → 央视网 (a source line, 央视网(新闻联播)消息).

    A name does not run on into an aside; a pair inside a name stays.
    """
    at = next((i for i, ch in enumerate(entity.text) if ch in _OPEN_BRACKETS and _OPEN_BRACKETS[ch] not in entity.text[i:]), -1)
    if at < 2 or at == len(entity.text) - 1:
        return entity
    return Entity(entity.start, entity.start + at, entity.type, entity.text[:at])


_INSIDE_A_CLAUSE = re.compile("[^，。；！？]+")


def split_at_clause_marks(entity: Entity) -> list[Entity]:
    """Split a span at a comma or a full stop inside it: a name holds none (广元市苍溪县岫云村，|村党支部书记, from
    CCTV news). Only CLUENER's addresses and MSRA's coordinates hold one in the corpora's gold (12 spans)."""
    if not any(mark in entity.text[1:-1] for mark in "，。；！？"):
        return [entity]
    return [Entity(entity.start + part.start(), entity.start + part.end(), entity.type, part.group())
            for part in _INSIDE_A_CLAUSE.finditer(entity.text)]


#: A 、 or 兼 inside a post or at its end: the joiners of two posts (副委员长兼|秘书长: the tagger reads 兼 with the first).
_POST_JOINER_INSIDE = re.compile(r"(?<=.)[、兼]")


def split_at_list_joiners(entity: Entity) -> list[Entity]:
    """Split a post or body the tagger read across the 、 of a list: 中央书记处|书记、国务委员|郭声琨 → 书记 + 国务委员 (two
    posts, LABELS.md's one entry per post), 江苏省、|四川省、生态环境部|、交通银行 → 四川省 (LOC) + 生态环境部 (CCTV news);
    a post also at 兼 (concurrently), which joins two posts as 、 does (全国政协副主席兼秘书长 → 副主席 + 秘书长; CLUENER's
    one 董事长兼首席执行官 is parted so too). A post only where every piece has two characters or more (正、副主任
    stays); a body only at one 、 after a place or body of three characters or more, or after a national or
    international body or a Latin name (联合国、|二十国集团, IBM、|华为), as no gold ORG of the corpora is parted so
    (墨西哥环境、自然资源和渔业部, 银行、金融法规委员会 and 中国、斯洛伐克联合登山队 are names); no gold post holds a 、,
    and no gold person: people read across one are parted at each (李连成、|高建军), where each has two characters."""
    if entity.type == "TITLE" and _POST_JOINER_INSIDE.search(entity.text):
        pieces = [(m.start(), m.group()) for m in re.finditer(r"[^、兼]+", entity.text)]
        if any(len(piece) < 2 for _, piece in pieces):
            return [entity]
        return [Entity(entity.start + at, entity.start + at + len(piece), "TITLE", piece) for at, piece in pieces]
    if "、" not in entity.text[1:-1] or entity.type not in ("ORG", "PER"):
        return [entity]
    pieces = [(m.start(), m.group()) for m in re.finditer(r"[^、]+", entity.text)]
    if entity.type == "PER":  # 李连成、|高建军: no gold person holds a 、
        if any(len(piece) < 2 for _, piece in pieces):
            return [entity]
        return [Entity(entity.start + at, entity.start + at + len(piece), "PER", piece) for at, piece in pieces]
    if len(pieces) != 2:
        return [entity]
    (_, left), (right_at, right) = pieces
    named_whole = left in _UNIQUE_BODIES or (left.isascii() and left.isalpha())  # 联合国、|二十国集团, IBM、|华为
    if len(right) < 2 or not (len(left) >= 3 and (_ORG_ENDINGS.search(left) or _UNIT_END.search(left)) or named_whole):
        return [entity]
    left_type = "ORG" if named_whole or (_ORG_ENDINGS.search(left) and not _UNIT_END.search(left)) else "LOC"
    return [Entity(entity.start, entity.start + len(left), left_type, left),
            Entity(entity.start + right_at, entity.end, "ORG", right)]


#: A party organ and 原 or 前 (former) left untagged between a place and its post (水口村|党支部原|书记).
_FORMER_PARTY_ORGAN_BEFORE_A_POST = re.compile(rf"(?:{'|'.join(PARTY_ORGANS)})[{''.join(FORMER)}]$")


def former_party_post_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Put a party organ and the 原 or 前 of a former post, left untagged between a place or body and the post, into the
    post (江苏省徐州市铜山区张集镇水口村|党支部原|书记郑帅 → 党支部原书记, as the tagger reads 财政局|党组原书记 itself: CCTV
    news of discipline notices), so the official has the place. No gold text of the corpora holds one untagged so."""
    body_ends = {e.end for e in entities if e.type in ("LOC", "ORG")}
    result: list[Entity] = []
    absorbed: set[Entity] = set()
    for entity in entities:
        found = _FORMER_PARTY_ORGAN_BEFORE_A_POST.search(text, max(0, entity.start - 4), entity.start) if entity.type == "TITLE" else None
        if found and found.start() in body_ends:
            inside = [e for e in entities if e is not entity and e.start < entity.start and e.end > found.start()]
            if all(e.type == "TITLE" for e in inside):
                absorbed.update(inside)  # the organ read alone as a post: 仓盈村|党总支 (TITLE)|原|委员
                entity = Entity(found.start(), entity.end, "TITLE", text[found.start() : entity.end])
        result.append(entity)
    return [e for e in result if e not in absorbed]


#: Bodies the corpora tag whole that :data:`_UNIQUE_BODIES` does not list (MSRA's 人民政协, all six of its mentions).
_BODIES_TAGGED_WHOLE = frozenset({"人民政协"})
#: Those bodies by their first character, longest first, so a span is checked against the few it may open.
_BODIES_READ_IN_PART: dict[str, tuple[str, ...]] = {
    first: tuple(body for body in longest_first(_UNIQUE_BODIES | _BODIES_TAGGED_WHOLE) if body[0] == first)
    for first in {body[0] for body in _UNIQUE_BODIES | _BODIES_TAGGED_WHOLE}}


def _name_spelled_out_from(entity: Entity, names: Sequence[str], entities: Sequence[Entity], text: str) -> str | None:
    """The first of ``names`` longer than the span that opens with its text and that the text spells out from where the
    span starts, with no other span on the rest of it (塔利|班 → 塔利班, 韩|正 → 韩正), or ``None``."""
    return next((name for name in names if len(name) > len(entity.text) and name.startswith(entity.text)
                 and text.startswith(name, entity.start)
                 and not _overlaps_another(entities, entity, entity.end, entity.start + len(name))), None)


def unique_body_read_in_part(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a national, international or foreign body, or a company, that a span of any type opens and the text
    writes out right after it, one ORG (塔利 (PER)|班 → 塔利班, 宁德 (LOC)|时代 → 宁德时代, 人民 (ORG)|政协 → 人民政协:
    CCTV news), where no other span stands on the rest of the name."""
    result: list[Entity] = []
    for entity in entities:
        body = _name_spelled_out_from(entity, _BODIES_READ_IN_PART.get(entity.text[:1], ()), entities, text)
        result.append(Entity(entity.start, entity.start + len(body), "ORG", body) if body else entity)
    return result


#: Function characters that may stand between a span and the field of an affairs post (任命努里|为|发展与社会事务副总统).
_BEFORE_AN_AFFAIRS_FIELD = frozenset("为任是的在和与及")
#: How far back the field of an affairs post may reach (国家安全|事务助理, 退伍军人|事务部长).
_AFFAIRS_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}$")


def affairs_post_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a post that opens with 事务 (affairs) the field the tagger left untagged before it, back to the span or the
    原 or 前 (former) before it (美国总统|国家安全|事务助理 → 国家安全事务助理, 联合国前|难民|事务高级专员, 前|退伍军人|事务部长:
    CCTV news)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        if entity.type == "TITLE" and entity.text.startswith("事务"):
            reach = max([ordered[index - 1].end if index else 0, entity.start - 6]
                        + [at + 1 for at in range(max(0, entity.start - 6), entity.start) if text[at] in FORMER])
            while reach < entity.start and text[reach] in _BEFORE_AN_AFFAIRS_FIELD:
                reach += 1  # 任命努里|为|发展与社会事务副总统: the verb's 为 is no part of the post
            field = _AFFAIRS_FIELD.search(text, reach, entity.start)
            if field:
                entity = Entity(field.start(), entity.end, "TITLE", text[field.start() : entity.end])
        result.append(entity)
    return result


#: The words that end a committee's or group's name, read into the post after it (社会和法制|委员会副主任).
_COMMITTEE_WORDS_BEFORE_A_POST = ("委员会", "领导小组")
#: A committee's or group's name left untagged before its word, after a list's 、 or a comma (中央全面深化改革|领导小组副组长).
_COMMITTEE_NAME_BEFORE_A_POST = re.compile(r"(?<=[、，])[\u4e00-\u9fff]{4,14}$")


def committee_word_out_of_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a committee's or group's word read into the post after it back to the body before (全国政协社会和法制|委员会
    副主任 → 全国政协社会和法制委员会 + 副主任, 中央财经|领导小组成员 → 中央财经领导小组 + 成员: CCTV news), where the
    body's span ends right where the post starts and a post is left; and make the body an ORG where its name, four
    characters or more, was left untagged right after a list's 、 or a comma (政治局常委、|中央全面深化改革|领导小组副组长 →
    中央全面深化改革领导小组 + 副组长)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result = list(ordered)
    added: list[Entity] = []
    for index, post in enumerate(ordered):
        word = next((word for word in _COMMITTEE_WORDS_BEFORE_A_POST if post.text.startswith(word)), "")
        if post.type != "TITLE" or not word or len(post.text) == len(word):
            continue
        cut = post.start + len(word)
        body = ordered[index - 1] if index else None
        if body is not None and body.type == "ORG" and body.end == post.start:
            result[index - 1] = Entity(body.start, cut, "ORG", body.text + word)
        else:  # the body's name left untagged after a list's 、 or a comma: 常委、|中央全面深化改革|领导小组副组长
            field = _COMMITTEE_NAME_BEFORE_A_POST.search(text, body.end if body is not None else 0, post.start)
            if field is None:
                continue
            added.append(Entity(field.start(), cut, "ORG", text[field.start() : cut]))
        result[index] = Entity(cut, post.end, "TITLE", post.text[len(word) :])
    return sorted(result + added, key=lambda e: (e.start, e.end))


def person_opened_by_a_place_abbreviation(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a PER of a one-character LOC that opens a name the text tags as a person elsewhere and spells out right
    there (|韩|正还向…, beside 韩正 tagged before; |法|基还表示 beside 法基: CCTV news, where the tagger reads the
    surname as the abbreviation of Korea or France), where no other span stands on the rest of the name."""
    people = longest_first({e.text for e in entities if e.type == "PER" and len(e.text) >= 2})
    result: list[Entity] = []
    for entity in entities:
        name = _name_spelled_out_from(entity, people, entities, text) if entity.type == "LOC" and len(entity.text) == 1 else None
        result.append(Entity(entity.start, entity.start + len(name), "PER", name) if name else entity)
    return result


def places_parted_at_a_middle_dot(entity: Entity) -> list[Entity]:
    """Part a LOC at a middle dot where every piece is a place, a state or a province (内蒙古·广东|科技合作周,
    感知|中国·中国|西部文化: CCTV news, where · joins two places of an event's name); a transliterated name's dot stays
    (拉·苏弗里耶尔, 阿尔托·奥斯皮西奥镇)."""
    if entity.type != "LOC" or "·" not in entity.text:
        return [entity]
    pieces = [(match.start(), match.group()) for match in re.finditer(r"[^·]+", entity.text)]
    if len(pieces) < 2 or not all(_is_place_or_city(piece) or is_place_word(piece) for _, piece in pieces):
        return [entity]
    return [Entity(entity.start + at, entity.start + at + len(piece), "LOC", piece) for at, piece in pieces]


def person_and_body_read_across_a_list(entities: Sequence[Entity]) -> list[Entity]:
    """Part a body read across the 、 of a list of officials into the person before it and the next body, where a post
    stands right before the span, the piece before the 、 is a name of a common single surname and two or three
    characters, and the piece after it ends like a body (商务部部长|高虎城、工商总局|局长张茅 → 高虎城 (PER) + 工商总局 (ORG):
    CCTV news, where the tagger read 虎城、工商总局 as one body and the merge gave it the 高 read alone; not
    中关村科技园|雍和园、歌华有线电视网络公司, no post before it). No gold ORG of the corpora holds a 、 after a person's
    name."""
    post_ends = {e.end for e in entities if e.type == "TITLE"}
    result: list[Entity] = []
    for entity in entities:
        left, _, right = entity.text.partition("、")
        if (entity.type == "ORG" and entity.start in post_ends and entity.text.count("、") == 1
                and 2 <= len(left) <= 3 and _common_single_surname(left) and not is_known_word(left)
                and len(right) >= 2 and _ORG_ENDINGS.search(right)):
            result += [Entity(entity.start, entity.start + len(left), "PER", left),
                       Entity(entity.end - len(right), entity.end, "ORG", right)]
        else:
            result.append(entity)
    return result


def split_at_whitespace(entity: Entity) -> list[Entity]:
    """Split a span at whitespace: no name in any training corpus holds a space (骆佳怡 金晨光 is two people); an ORG's
    piece before a line break that names nothing is dropped (:func:`_names_a_body_or_place`).

    Spaces are not tokens, so the tagger can run one name over a space into
    the next (a byline of two names). A person of single characters parted
    by spaces is one name padded to the width of three, as newspapers set
    two-character names (王　伟, 陈　晨): it stays whole, and so does a transliterated name with a space by its dot
    (菲德尔 ·卡斯特罗: CCTV news).
    """
    if not any(ch.isspace() for ch in entity.text):
        return [entity]
    if entity.type == "PER" and (_PADDED_NAME.fullmatch(entity.text) or _SPACE_BY_A_NAME_DOT.search(entity.text)):
        return [entity]  # 王　伟; 菲德尔 ·卡斯特罗: a transliterated name with a space by its dot
    parts = list(_NO_SPACE.finditer(entity.text))
    return [Entity(entity.start + part.start(), entity.start + part.end(), entity.type, part.group())
            for index, part in enumerate(parts)
            if not (entity.type == "ORG" and index + 1 < len(parts) and "\n" in entity.text[part.end() : parts[index + 1].start()]
                    and not _names_a_body_or_place(part.group()))]


def _names_a_body_or_place(piece: str) -> bool:
    """Whether the piece of an ORG before a line break can be a name of its own: it ends like a unit or body
    (国务院办公厅), with a dictionary place (辽宁海城) or is a person's name of a common surname (理事长吕妙霞|⏎海军…,
    which a later rule types a person after its post). A headline's tail read into the body that opens the next line
    (清洁美丽世界|⏎生态环境部, 南海战斗巡航|⏎中国空军: CCTV news) is none."""
    start, end = word_at(piece, len(piece) - 1)
    return (_ends_like_a_name(piece) or piece in NATIONAL_BODIES or (end == len(piece) and is_place_word(piece[start:end]))
            or (2 <= len(piece) <= 3 and _common_single_surname(piece)))


def _ends_like_unit_or_body(name: str) -> bool:
    """Whether ``name`` ends like an administrative unit (…县, …街道) or a body (…局, …中心)."""
    return bool(_UNIT_END.search(name) or _ORG_ENDINGS.search(name))


def _ends_like_a_name(name: str) -> bool:
    return _ends_like_unit_or_body(name) or name.endswith(NAME_ENDINGS["LOC"] + NAME_ENDINGS["ORG"])


#: What follows a place's short name in its full name (瓜沥 → 瓜沥镇, 吴江 → 吴江区, 库布其 → 库布其沙漠).
_UNIT_AFTER_SHORT_NAME = re.compile(rf"^(?:{ADMIN_UNIT_ENDINGS}|自治县|自治州|新区|沙漠|草原|湿地|林场|山脉)")


def place_short_names(entities: Sequence[Entity]) -> list[Entity]:
    """Type a person as a place where it is the short name of a place the text names in full.

    Local news names a town in full once (杭州市萧山区瓜沥镇) and by its
    short name after that (瓜沥将打造…), which the small tagger sometimes
    reads as a person. A PER of two or three characters, or of transliteration characters alone (提克里特 beside
    提克里特市: CCTV news), that stands in a
    tagged LOC right before an administrative unit is that place. Written
    dev 0.9164 → 0.9176 (吴江, beside 苏州市吴江区); the other dev sets and
    the written train split unchanged.
    """
    places = [e.text for e in entities if e.type == "LOC"]
    typed: list[Entity] = []
    for entity in entities:
        if entity.type == "PER" and (2 <= len(entity.text) <= 3 or set(entity.text) <= TRANSLITERATION_CHARS) and any(
            _UNIT_AFTER_SHORT_NAME.match(place[at + len(entity.text):])
            for place in places if (at := place.find(entity.text)) != -1
        ):
            entity = Entity(entity.start, entity.end, "LOC", entity.text)
        typed.append(entity)
    return typed


def _overlaps_any(entities: Sequence[Entity], start: int, end: int) -> bool:
    """Whether a span of ``entities`` overlaps ``text[start:end]`` (a name may be tagged there only if none does)."""
    return any(e.start < end and start < e.end for e in entities)


def _in_place_of(entities: Sequence[Entity], replaced: Sequence[Entity], *new: Entity) -> list[Entity]:
    """``entities`` less ``replaced``, with ``new`` in their place, in text order (a name read whole where the tagger
    read pieces of it)."""
    return sorted([e for e in entities if e not in replaced] + list(new), key=lambda e: (e.start, e.end))


def _overlaps_another(entities: Sequence[Entity], entity: Entity, start: int, end: int) -> bool:
    """Whether a span of ``entities`` other than ``entity`` overlaps ``text[start:end]`` (a name may grow there only if
    none does)."""
    return any(other is not entity and other.start < end and start < other.end for other in entities)




def national_body_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a national or international body whole where the tagger read a piece of it and the text reads the whole
    name around the piece: 人力|资源社会保障部, 人力资源|和|社会保障部 (two ORGs) → 人力资源和社会保障部, 上海合作|组织 →
    上海合作组织 (:data:`NATIONAL_BODIES`, :data:`INTERNATIONAL_BODIES`, from CCTV news). A place read as the head of the
    name is such a piece too (上海|合作组织, 巴勒斯坦伊斯兰|抵抗运动, 亚|投行: the tagger reads the place a body is named
    after and leaves the rest; no gold place of the corpora stands inside a whole name of the lists). Spans inside the
    whole name go into it; one that runs out of it stops the rule."""
    result = sorted(entities, key=lambda e: (e.start, e.end))
    for name in _UNIQUE_BODIES_LONGEST_FIRST:
        for entity in [e for e in result if e.type in ("ORG", "LOC") and e.text != name and e.text in name]:
            if entity not in result:
                continue  # already taken into a whole name
            at = name.find(entity.text)
            start = entity.start - at
            if start < 0 or text[start : start + len(name)] != name:
                continue
            end = start + len(name)
            inside = [e for e in result if e.start < end and start < e.end]
            if any(e.start < start or e.end > end or e.type not in ("ORG", "LOC") for e in inside):
                continue
            result = _in_place_of(result, inside, Entity(start, end, "ORG", name))
    return result


def place_run_into_a_named_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Carry a place that stops inside the name of another the text tags on to that name's end: 甘肃酒泉永|久村
    beside 永久村 → 甘肃酒泉永久村 (from CCTV news: the tagger read 永久 as the adverb). Only a name of three
    characters or more that ends like one, whose head the span ends with and whose rest the text reads right after
    it, where the span stops inside a word of jieba's and no other span stands there."""
    names = {e.text for e in entities if e.type in ("LOC", "ORG") and len(e.text) >= 3 and _ends_like_a_name(e.text)}
    result: list[Entity] = []
    for entity in entities:
        grown = entity
        inside_a_word = word_at(text, entity.end - 1)[1] > entity.end  # 永|久: not 天河区|社会组织, 长岛|铁路
        for name in names if entity.type in ("LOC", "ORG") and inside_a_word else ():
            head = next((k for k in range(len(name) - 1, 0, -1)
                         if entity.text.endswith(name[:k]) and text.startswith(name[k:], entity.end)), 0)
            end = entity.end + len(name) - head
            if head and len(entity.text) > head and end > grown.end and not _overlaps_another(entities, entity, entity.end, end):
                grown = Entity(entity.start, end, entity.type, text[entity.start : end])
        result.append(grown)
    return result


#: What joins two names that a tagger may read as one (国务院全体会议和国务院常务会议): no name to grow to.
_JOINERS_IN_A_NAME = re.compile(r"[和与及、]")


#: How many characters of a transliterated name a span may open after (杰|巴利耶难民营 beside 杰巴利耶).
_TRANSLITERATED_START_LENGTH = 3


#: The units a chain of places is read apart at to name its parts (新龙县|甲拉西乡).
_CHAIN_UNIT = re.compile(r"(?<=[省市州县区])(?=[\u4e00-\u9fff]{2,}?[县区乡镇村]$)")


def _units_named_in_places(entities: Sequence[Entity]) -> set[str]:
    """Administrative units of four characters or more the text names as places, alone or at the end of a chain
    (三官洞林区; 甲拉西乡 of 新龙县甲拉西乡)."""
    units: set[str] = set()
    for entity in entities:
        if entity.type != "LOC" or not _UNIT_END.search(entity.text):
            continue
        for cut in [0] + [m.start() for m in _CHAIN_UNIT.finditer(entity.text)]:
            if len(entity.text) - cut >= 4:
                units.add(entity.text[cut:])
    return units


def name_start_given_back(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a span that opens inside a name the text tags elsewhere, with the same type, the start of that name where
    the text reads it there: 马克|思主义学院 beside 马克思主义学院, 联合国近|东救济工程处 beside 联合国近东救济工程处, 泛|美卫生组织
    (CCTV news; the tagger read the piece into a span of its own or left it out). Only where the span opens inside a
    word of jieba's (马克思主义), or after a piece of up to three transliteration characters (杰|巴利耶难民营 beside
    杰巴利耶, 德|布拉西奥 beside 德布拉西奥): a word before a name stays out (美丽|中国, 代表|中共中央, 和|本扬). A span
    over the piece gives it up, and goes where less than two characters of it are left; a post does not (防卫相|森本敏)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    kinds: dict[str, set[str]] = {}
    for entity in ordered:
        if entity.type != "TITLE" and len(entity.text) >= 3:
            kinds.setdefault(entity.text, set()).add(entity.type)
    units = _units_named_in_places(ordered)
    names = [*kinds.items(), *((unit, {"LOC", "ORG"}) for unit in sorted(units))]  # a unit may open a place or a body
    starts: dict[int, int] = {}
    for index, entity in enumerate(ordered):
        if entity.type == "TITLE":
            continue
        inside = word_at(text, entity.start)[0] < entity.start
        for name, types in names:
            if entity.type not in types or name == entity.text:
                continue
            for cut in range(1, len(name) - 1):
                start = entity.start - cut
                piece = name[:cut]
                if (start >= 0 and entity.text.startswith(name[cut:]) and text.startswith(piece, start)
                        and (inside or (cut <= _TRANSLITERATED_START_LENGTH and set(piece) <= TRANSLITERATION_CHARS)
                             or (name in units and cut <= 2))
                        and start < starts.get(index, entity.start)):
                    starts[index] = start
    grown: list[Entity] = []
    for index, start in starts.items():
        entity = ordered[index]
        if not any(other.type == "TITLE" and other.start < entity.start and other.end > start for other in ordered):
            grown.append(Entity(start, entity.end, entity.type, text[start : entity.end]))
            ordered[index] = grown[-1]
    kept: list[Entity] = []
    for entity in ordered:
        if any(g is entity for g in grown):
            kept.append(entity)
            continue
        over = next((g for g in grown if entity.start < g.start < entity.end), None)
        if any(g.start <= entity.start < g.end for g in grown):
            continue  # the whole span lies in the name given back
        if over is not None:
            if over.start - entity.start >= 2:
                kept.append(Entity(entity.start, over.start, entity.type, text[entity.start : over.start]))
            continue
        kept.append(entity)
    return kept


def person_named_by_the_end_of_a_full_name(entities: Sequence[Entity]) -> list[Entity]:
    """A place or body that is the last part of a person's full name the text tags (德索萨 beside 马塞洛·雷贝洛·德索萨,
    陪同|塞西|访华 beside 阿卜杜勒·法塔赫·塞西: CCTV news of state visits, where the tagger reads the short name as a place
    on its own) is that person, joined to the first part before its dot where that is a person too (古兰拜尔|·|茹仙).
    Not a country or province, nor a place jieba counts often (华盛顿 beside 乔治·华盛顿,
    an aircraft carrier's namesake; 500 or more), which the text may name as the place."""
    last_names = {entity.text.rsplit("·", 1)[1] for entity in entities if entity.type == "PER" and "·" in entity.text}
    typed = [Entity(entity.start, entity.end, "PER", entity.text)
             if (entity.type in ("LOC", "ORG") and entity.text in last_names and len(entity.text) >= 2
                 and entity.text not in _COUNTRIES_AND_PROVINCES
                 and not (is_place_word(entity.text) and word_frequency(entity.text) >= _OFTEN_COUNTED_PLACE))
             else entity for entity in sorted(entities, key=lambda e: e.start)]
    full_names = {entity.text for entity in typed if entity.type == "PER" and "·" in entity.text}
    joined: list[Entity] = []
    for entity in typed:  # 古兰拜尔|·|茹仙, both persons now: one name
        before = joined[-1] if joined else None
        if (before is not None and before.type == entity.type == "PER" and entity.start == before.end + 1
                and entity.text in last_names and f"{before.text}·{entity.text}" in full_names):
            joined[-1] = Entity(before.start, entity.end, "PER", f"{before.text}·{entity.text}")
        else:
            joined.append(entity)
    return joined


#: How often jieba counts a place that a person's last name may share and the text mean as the place (华盛顿 952,
#: 巴黎; the leaders' names it lists as places count fewer: 奥巴马 250, 普京 171).
_OFTEN_COUNTED_PLACE = 500


def consistent_names(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Read one name the same way throughout one text.

    A text names its places and bodies more than once, and the tagger gets
    most mentions right and a few wrong: it cuts one short (仓|前街道 where
    仓前街道 stands, 中国|乡建院 beside 中国乡建院) or types a place as an
    organization or a person once (南浔 as ORG, 义乌 as PER, LOC everywhere
    else). A LOC or ORG that
    is part of a longer LOC/ORG tagged elsewhere in the text grows as far as
    the text reads that longer name there (the whole of it, or its tail:
    颐乐园养老院 beside 拱墅区和睦街道颐乐园养老院; :func:`_name_read_along`)
    if the result ends like a name (村, 街道, 小学, 院, …; not 斜桥镇|新 or
    足协|杯) or is the whole of a place jieba knows, or of a country, where the span is no
    place word (俄罗 beside 俄罗斯, 乌干 beside 乌干达), or of a name tagged twice or more where the span stops inside a
    word (中兴通|讯 beside 中兴通讯), unless it would overlap another span; a person's name cut
    short (小敏 where the text reads 阙小敏, tagged whole elsewhere) is
    completed where the text reads it whole, and so is a place or body read
    inside a person's name (何|德兴 as a place, beside 何德兴; from CCTV news), and
    a person named once that opens a place or body the text tags elsewhere
    becomes it where the text reads it there (伊基|克: :func:`_place_read_on_from_a_person`). Then a name tagged with two of
    LOC, ORG and PER takes the type most of its mentions have; a tie changes
    nothing, but for a person against a place or body where the name reads as a
    person (田荣华 once PER, once LOC: :func:`_reads_as_a_person`) or where a post stands right before a mention of
    it as a person (埃及总统|塞西 … 塞西 (LOC)|表示: :func:`_names_holding_a_post`); such a mention outvotes a
    majority of places or bodies too where the name ends like no unit or body (美国总统|奥巴马 … 奥巴马 (ORG)|呼吁
    four times: the tagger reads the bare name of a foreign leader as it reads the places jieba lists it with).
    """
    names: dict[str, Counter[str]] = {}
    for entity in entities:
        if entity.type in ("LOC", "ORG"):
            names.setdefault(entity.text, Counter())[entity.type] += 1
    # also a place of three characters or more that jieba knows as a word under another tag (攀枝花, 张家界: i, nr)
    # and a name the text tags twice or more, which a span cut inside a word grows to (中兴通|讯 beside 中兴通讯 twice)
    repeated = {name for name in names if sum(names[name].values()) >= 2 and not _JOINERS_IN_A_NAME.search(name)}
    longer = [name for name in names if _ends_like_a_name(name) or _is_place_name(name) or name in repeated
              or (len(name) >= 3 and "LOC" in names[name] and is_known_word(name))]
    names_longest_first = longest_first(names)
    person_mentions = Counter(entity.text for entity in entities if entity.type == "PER")
    people = set(person_mentions)
    completed: list[Entity] = []
    for entity in entities:
        best: Entity | None = None
        candidates = [*longer, *(p for p in people if len(p) >= 3)] if entity.type in ("LOC", "ORG") else (
            people if entity.type == "PER" else ())
        for name in candidates:
            if len(name) <= len(entity.text) or (best is not None and len(name) <= len(best.text)):
                continue
            # a compound surname read as a place is the person's even where the name is once a place too (欧阳|伟),
            # and so is a piece of a name tagged a person more often than a place (门|盛庆 beside 门盛庆 twice), or as
            # often where the name reads as a person (刘昌|法 beside 刘昌法 three times each)
            whole_person = entity.type == "PER" or (name in people and (
                name not in names or entity.text in COMPOUND_SURNAMES or _mostly_a_person(name, person_mentions, names)))
            at = name.find(entity.text)
            while at != -1:
                if whole_person:  # a person's name only where the text reads it whole (小敏 → 阙小敏, 何|德兴 as LOC → 何德兴)
                    start = entity.start - at
                    read = (start, start + len(name)) if start >= 0 and text[start : start + len(name)] == name else None
                else:
                    read = _name_read_along(entity, name, at, text, name in repeated)
                if read and (best is None or read[1] - read[0] > len(best.text)) and not _overlaps_another(
                        entities, entity, read[0], read[1]):
                    kind = "PER" if whole_person else names[name].most_common(1)[0][0]
                    best = Entity(read[0], read[1], kind, text[read[0] : read[1]])
                at = name.find(entity.text, at + 1)
        if best is None and entity.type == "PER" and person_mentions[entity.text] == 1:
            best = _place_read_on_from_a_person(entity, names, names_longest_first, entities, text)
        completed.append(best or entity)
    votes: dict[str, Counter[str]] = {}
    for entity in completed:
        if entity.type in ("LOC", "ORG", "PER"):
            votes.setdefault(entity.text, Counter())[entity.type] += 1
    held_posts = _names_holding_a_post(completed)
    result = []
    for entity in completed:
        ranked = votes.get(entity.text, Counter()).most_common(2)
        if entity.type in ("LOC", "ORG", "PER") and entity.text in held_posts and not _ends_like_unit_or_body(entity.text):
            entity = Entity(entity.start, entity.end, "PER", entity.text)  # 美国总统|奥巴马 … 奥巴马 (ORG)|呼吁
        elif len(ranked) == 2 and ranked[0][1] > ranked[1][1] and entity.type != ranked[0][0]:
            entity = Entity(entity.start, entity.end, ranked[0][0], entity.text)
        elif (len(ranked) == 2 and ranked[0][1] == ranked[1][1] and "PER" in votes[entity.text]
              and (_reads_as_a_person(entity.text) or entity.text in held_posts)):
            entity = Entity(entity.start, entity.end, "PER", entity.text)  # a tie: 田荣华 once PER, once LOC
        result.append(entity)
    return result


def person_out_of_a_body_read_on_from_it(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Split a person the text tags elsewhere out of a place or body the tagger read on from the name into a verb,
    adverb, conjunction or ordinal: 习近平十分关心北京 (ORG), 韩正希望纪律部队, 张连钢和团队, 胡中山下山 (LOC) (CCTV news).

    The word right after the name must be such a word to jieba (an ordinal only with 第: not 蚩尤三寨) and start
    right there; what follows it stays a place or body only where it ends like a name, of four characters or more
    (韩卫国|第十四届全国政协), else it goes (张连钢和|团队). A body named after a person opens with a noun and stays (宋庆龄基金会, 郭明义爱心团队,
    温家宝总理办公室), and so does one where a verb opens what ends like a body (李晏家创新工作室, 特朗普竞选团队).
    """
    people = longest_first({e.text for e in entities if e.type == "PER" and len(e.text) >= 2})
    result: list[Entity] = []
    for entity in entities:
        person = next((name for name in people if len(entity.text) > len(name) and entity.text.startswith(name)),
                      None) if entity.type in ("LOC", "ORG") else None
        if person is None:
            result.append(entity)
            continue
        name_end = entity.start + len(person)
        start, end = word_at(text, name_end)
        kind = word_tag(text[start:end])[:1]
        ordinal = text[name_end] == "第"
        if ordinal:
            end = name_end  # 韩卫国|第十四届全国政协: the ordinal opens the body's name
        rest = text[end : entity.end]
        body_after = len(rest) >= 4 and _ends_like_a_name(rest) and rest not in GENERIC_WORDS
        # a verb before a body may name it: 李晏家创新工作室, 特朗普竞选团队
        read_on = ordinal or kind in ("d", "c", "p", "l") or (kind == "v" and not _ends_like_a_name(rest))
        if start != name_end or end > entity.end or not read_on:
            result.append(entity)
            continue
        result.append(Entity(entity.start, name_end, "PER", person))
        if body_after:
            result.append(Entity(end, entity.end, entity.type, rest))
    return result


def _place_read_on_from_a_person(person: Entity, names: dict[str, Counter[str]], names_longest_first: Sequence[str],
                                 entities: Sequence[Entity], text: str) -> Entity | None:
    """The place or body tagged elsewhere in the text that a lone person's mention opens, where the text reads it
    whole there and ends between two words (伊基|克又发生了余震 beside 伊基克 as a place: from CCTV news; not a piece
    of a word tagged elsewhere, 胡塞|武装 beside 胡塞武), or ``None``."""
    for name in names_longest_first:
        end = person.start + len(name)
        if (len(name) > len(person.text) and name.startswith(person.text) and text.startswith(name, person.start)
                and word_ends_at(text, end) and not _overlaps_another(entities, person, person.start, end)):
            return Entity(person.start, end, names[name].most_common(1)[0][0], name)
    return None


def _names_holding_a_post(entities: Sequence[Entity]) -> set[str]:
    """Names tagged a person right after a post somewhere in the text (埃及总统|塞西), but states and provinces: on a
    tie between a person and a place, the mention after the post decides (…总统塞西。…塞西 (LOC)表示: CCTV news
    names a foreign leader after his post once, then alone, and the tagger reads a transliteration there as a
    place)."""
    ends = {e.end for e in entities if e.type == "TITLE"}
    return {e.text for e in entities if e.type == "PER" and e.start in ends and e.text not in _COUNTRIES_AND_PROVINCES}


def _mostly_a_person(name: str, person_mentions: Counter[str], names: dict[str, Counter[str]]) -> bool:
    """Whether a name is tagged a person more often than a place or body, or as often where it reads as a person (the
    vote below decides such a tie the same way)."""
    as_person, as_place = person_mentions[name], sum(names[name].values())
    return as_person > as_place or (as_person == as_place and _reads_as_a_person(name))


def _reads_as_a_person(name: str) -> bool:
    """Whether a name tagged a person as often as a place or body reads as a person: two or three characters after a
    common one-character surname, or three or four opening with a compound one (欧阳伟), no place word of jieba's,
    no unit or body ending and not transliteration characters
    alone (田荣华, 孟超; not 石家庄, 王府井, 阿勒泰)."""
    surnamed = (2 <= len(name) <= 3 and _common_single_surname(name)) or (3 <= len(name) <= 4 and name[:2] in COMPOUND_SURNAMES)
    return (surnamed and not is_place_word(name) and not set(name) <= TRANSLITERATION_CHARS
            and not _ends_like_unit_or_body(name) and name[-1] not in PLACE_FEATURE_CHARACTERS)


def _is_cjk(character: str) -> bool:
    """Whether ``character`` is a CJK unified ideograph (a character a Chinese word is made of)."""
    return "\u4e00" <= character <= "\u9fff"


def _is_place_name(name: str) -> bool:
    """A place of jieba's dictionary, or a country it lists as a name (乌干达)."""
    return is_place_word(name) or name in COUNTRIES


def _completes_a_place_word(short: str, name: str, read: str) -> bool:
    """Whether the text reads the whole of ``name``, a place in jieba's dictionary or a country, where ``short``
    (no place word) stands: 俄罗 → 俄罗斯, 乌干 → 乌干达; 黄河 (a place already) does not grow into 黄河水. A place of
    three characters or more that jieba knows under another tag counts (攀枝 → 攀枝花: i to jieba)."""
    return read == name and (_is_place_name(name) or (len(name) >= 3 and is_known_word(name))) and not is_place_word(short)


#: The last characters of a natural feature's name: river, lake, hill, gully, … (木兰溪, 梁家沟, 月牙河).
_NATURAL_FEATURE_ENDINGS = "湖江河山溪湾峡岛沟岭峰泉潭洲滩"


def _name_read_along(entity: Entity, name: str, at: int, text: str, repeated: bool = False) -> tuple[int, int] | None:
    """How much more of ``name`` (which holds ``entity.text`` at ``at``) the text reads around the span.

    The text may name only the tail of a longer name (颐乐园养老院 beside
    拱墅区和睦街道颐乐园养老院; 槐店乡 beside 光山县槐店乡): the span grows
    as far as the text goes on reading the name, if it then starts where the
    name starts or after punctuation (not inside another word; grown to the
    right only, on a word's start: 就是|企沙|镇党委书记), does not end
    on a character that opens the next word (义乌|市场 is not 义乌市), and ends
    like a name, or is the whole of a name the text tags twice or more (``repeated``) and the span stopped inside
    a word (中兴通|讯, 加拿|大; not 英国|央行, where the span ends on a word). ``None`` when it does not grow.
    """
    left = 0
    while left < at and entity.start - left > 0 and text[entity.start - left - 1] == name[at - left - 1]:
        left += 1
    right, tail = 0, at + len(entity.text)
    while tail + right < len(name) and entity.end + right < len(text) and text[entity.end + right] == name[tail + right]:
        right += 1
    start, end = entity.start - left, entity.end + right
    # the whole of a name tagged twice or more, where the span stopped inside a word or the name is a natural feature
    # whose last part the span read as a word of its own (由于木|兰溪, 走在梁家|沟: 兰溪 and 梁家 are words; not a name
    # the tagger read with a preposition, 经|曼德海峡 twice)
    whole_repeated = repeated and end - start == len(name) and (
        word_at(text, entity.end - 1)[1] > entity.end
        or (len(name) >= 3 and name[-1] in _NATURAL_FEATURE_ENDINGS and name[0] not in _PREPOSITIONS_BEFORE_A_NAME))
    if not (left or right) or not (_ends_like_a_name(text[start:end]) or whole_repeated
                                   or _completes_a_place_word(entity.text, name, text[start:end])):
        return None
    if left < at and start > 0 and _is_cjk(text[start - 1]) and (left or not word_starts_at(text, start)):
        return None  # grown to the left it must start after punctuation; grown to the right only, on a word's start
    if right and word_at(text, end - 1)[1] > end:
        return None
    return start, end


#: Prepositions that stand before a person as the object (他|向|赖淑芳询问, 对|王刚说): 向 and 和 are surnames too
#: (向晓玲, 和志明 in the written labels), so a name keeps its first character unless the text names it without.
NAME_PRECEDING_PREPOSITIONS = "向对给跟与和同把被让请叫为应"  # 应 (at the invitation of: 应|胡锦涛主席的邀请)


#: Particles that end the word before a name (叫了|娜布琴, 找的是|王强): no surnames (但 one of the rarest).
_PARTICLES_BEFORE_A_NAME = "了着过的但而"  # and the conjunctions 但, 而 (但|亚努科维奇没有回应, from CCTV news)


#: jieba's tags of a word that opens a predicate after a name: verb, preposition, adverb (作, 为, 充分); not a
#: conjunction, which joins two people (习近平|和|本扬), nor a bound morpheme (刘奇|葆, vg).
_PREDICATE_WORD_TAGS = frozenset({"v", "p", "d"})
#: How many characters of a predicate the tagger reads into a person at most (习近平|敬献哈达).
_MAX_PREDICATE_READ_INTO_A_PERSON = 4


def person_cut_to_its_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut what the tagger read into a person off it, where the same text names the person without it: a
    preposition or particle before the name (向|赖淑芳 beside 赖淑芳, 触动了|娜布琴), the last character of the word
    before (感|谢洛伊特哈德), a character jieba reads as a word of its own that is no surname nor a sound of a foreign
    name (悟透|习近平, 调研中|王沪宁; not 余|长生, 加|巴德), the first character of the word after (赵彪|成为) or one that stands after a name
    jieba knows (习近平|新时代), or a two-character word after or
    before (刘先伟|明白, 习近平|同志, 关怀|李佳莉), or one that opens a longer word (徐淙祥|高中毕业); all but the preposition from CCTV news. No gold person of the
    corpora, and no person of the tagger's dev output, reads so. Also up to four characters after the name where a
    word of jieba's opens a predicate there, a verb, preposition or adverb (曲青山|作宣, 习近平|敬献哈达, 李屹|为文化,
    汪洋|充分肯定; not 李春|燕, 王三|女, 刘奇|葆, nor 习近平|和本扬: two people)."""
    people = {entity.text for entity in entities if entity.type == "PER"}

    def opens_with_a_stray(entity: Entity) -> bool:
        return entity.text[0] in NAME_PRECEDING_PREPOSITIONS + _PARTICLES_BEFORE_A_NAME or (
            entity.start > 0 and word_at(text, entity.start) == (entity.start - 1, entity.start + 1)) or (
            word_at(text, entity.start) == (entity.start, entity.start + 1)  # 悟透|习近平, 近学|廖俊波: a word of its
            and entity.text[0] not in SURNAMES and entity.text[0] not in TRANSLITERATION_CHARS)  # own, no surname: 余|长生

    def opens_with_a_word(entity: Entity) -> bool:  # 关怀|李佳莉 beside 李佳莉: the first two characters are a word
        return (len(entity.text) >= 4 and entity.text[2:] in people
                and word_at(text, entity.start) == (entity.start, entity.start + 2) and is_known_word(entity.text[:2]))

    def ends_on_a_stray(entity: Entity) -> bool:  # 赵彪|成为第一个, 聂开|刚当选, 习近平|新时代 beside 赵彪, 聂开, 习近平
        return entity.text[:-1] in people and (
            _last_character_opens_next_word(entity, text) or entity.text[-1] in _ADVERBS_AFTER_A_NAME
            or entity.text[-1] == "家"  # the person's home: 马俊|家有3个孩子 beside 马俊
            or (len(entity.text) == 4 and _common_single_surname(entity.text))  # 蒋乙嘉|定下: three after such a surname
            or word_at(text, entity.end - 2) == (entity.start, entity.end - 1))  # jieba knows the name without it

    def ends_on_a_word(entity: Entity) -> bool:  # 刘先伟|明白 beside 刘先伟: the last two characters are a word
        word_start, word_end = word_at(text, entity.end - 2)  # or open one that runs on: 徐淙祥|高中毕业
        return (len(entity.text) >= 4 and entity.text[:-2] in people and word_start == entity.end - 2
                and word_end >= entity.end and is_known_word(text[word_start:word_end]))

    def name_before_a_predicate(entity: Entity) -> str | None:  # 曲青山|作宣, 习近平|敬献哈达, 李屹|为文化 beside the name
        for cut in range(len(entity.text) - 1, 1, -1):
            if entity.text[:cut] in people and len(entity.text) - cut <= _MAX_PREDICATE_READ_INTO_A_PERSON:
                at = entity.start + cut
                word_start, word_end = word_at(text, at)
                if word_start == at and word_tag(text[word_start:word_end]) in _PREDICATE_WORD_TAGS:
                    return entity.text[:cut]
        return None

    result = []
    for entity in entities:
        name = name_before_a_predicate(entity) if entity.type == "PER" and len(entity.text) >= 3 else None
        if name is not None:
            entity = Entity(entity.start, entity.start + len(name), "PER", name)
        elif entity.type == "PER" and len(entity.text) >= 3 and entity.text[1:] in people and opens_with_a_stray(entity):
            entity = Entity(entity.start + 1, entity.end, "PER", entity.text[1:])
        elif entity.type == "PER" and len(entity.text) >= 3 and ends_on_a_stray(entity):
            entity = Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])
        elif entity.type == "PER" and ends_on_a_word(entity):
            entity = Entity(entity.start, entity.end - 2, "PER", entity.text[:-2])
        elif entity.type == "PER" and opens_with_a_word(entity):
            entity = Entity(entity.start + 2, entity.end, "PER", entity.text[2:])
        result.append(entity)
    return result


def person_out_of_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Split a person the text names, and the verb after the name, out of a place read across them:
    李昌银帮助三板村 (LOC) → 李昌银 (PER) + 帮助 + 三板村 (LOC), from CCTV news; a place or body that is the name
    and one word that follows names (解良|来驻村, 也, 说 …) is the person, and so is a place that is the name and the
    first character of the next word (刘云山|仔细, 特朗普|竞选: CCTV news)."""
    people = longest_first({e.text for e in entities if e.type == "PER" and len(e.text) >= 2})
    result: list[Entity] = []
    for entity in entities:
        person = next((p for p in people if entity.type in ("LOC", "ORG") and entity.text.startswith(p)
                       and len(entity.text) > len(p) + 2), None)
        named = next((p for p in people if entity.type in ("LOC", "ORG") and entity.text == p + entity.text[-1]
                      and (entity.text[-1] in _ADVERBS_AFTER_A_NAME
                           or (entity.type == "LOC" and _last_character_opens_next_word(entity, text)))), None)
        if named is not None:  # the person and one word after the name: 解良|来 (LOC) beside 解良
            result.append(Entity(entity.start, entity.start + len(named), "PER", named))
            continue
        if person is not None:
            at = entity.start + len(person)
            verb_end = word_at(text, at)[1]
            rest = text[verb_end : entity.end]
            if word_starts_at(text, at) and is_verb(text[at:verb_end]) and len(rest) >= 2 and _UNIT_END.search(rest):
                result += [Entity(entity.start, at, "PER", person), Entity(verb_end, entity.end, entity.type, rest)]
                continue
        result.append(entity)
    return result


#: The head of a unit at a place's end (赤峰市长): :data:`_HEAD_OF_A_UNIT`'s units and the town's and township's too,
#: for a place read on into the post names its unit itself (kept apart: that one follows a bare place word).
_HEAD_OF_A_UNIT_AT_END = re.compile(r"(?:省|市|县|区|州|镇|乡)长$")


def head_of_unit_out_of_place(entities: Sequence[Entity]) -> list[Entity]:
    """Split the head of a unit out of a place read on into it before the person who holds the post:
    赤峰市长 (LOC) + 孟宪东 → 赤峰 + 市长 + 孟宪东, as 上海|市长|应勇 (from CCTV news)."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        if (entity.type == "LOC" and len(entity.text) >= 4 and _HEAD_OF_A_UNIT_AT_END.search(entity.text)
                and after is not None and after.type == "PER" and after.start == entity.end):
            cut = entity.end - 2
            result += [Entity(entity.start, cut, "LOC", entity.text[:-2]), Entity(cut, entity.end, "TITLE", entity.text[-2:])]
            continue
        result.append(entity)
    return result


#: What follows a unit's head left untagged after its place where jieba reads 长 alone (纽约州|长|表示, 莒南县|长|，):
#: a mark, a joiner or a verb of saying; not a name or noun that 长 would open (苏州高新区|长|光华芯, 长期, 长堤村).
_AFTER_A_HEAD_READ_ALONE = re.compile(r"[，。、；：]|及|和|与|表示|称|说|宣布|指出")


def head_of_unit_left_after_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a place's unit and the 长 left untagged after it the head's post: 洛杉矶市|长|巴斯 → 洛杉矶 + 市长,
    纽约州|长|表示 → 纽约 + 州长 (CCTV news), as :func:`head_of_unit_out_of_place` does where the tagger read 长 into
    the place. Only where jieba reads the unit and 长 as one word (市长) before a name, a mark, a joiner or a verb of
    saying, or 长 alone before one of the last three: 桐乡市|长护险 (长期护理保险), 海口市|长仅2.1公里, 罗田县|长期,
    三里镇|长堤村 stay."""
    starts = {e.start for e in entities}
    name_starts = {e.start for e in entities if e.type in ("PER", "LOC")}
    result: list[Entity] = []
    for entity in entities:
        end = entity.end
        said = _AFTER_A_HEAD_READ_ALONE.match(text, end + 1) is not None
        if (entity.type == "LOC" and len(entity.text) >= 3 and _HEAD_OF_A_UNIT_AT_END.search(entity.text + "长")
                and text.startswith("长", end) and end not in starts
                and ((word_at(text, end - 1) == (end - 1, end + 1) and (said or end + 1 in name_starts))
                     or (word_at(text, end) == (end, end + 1) and said))):
            result += [Entity(entity.start, end - 1, "LOC", entity.text[:-1]), Entity(end - 1, end + 1, "TITLE", text[end - 1 : end + 1])]
            continue
        result.append(entity)
    return result


def word_after_a_held_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Drop a two-character "person" right after a post its holder is named before, that runs into the next word:
    习近平总书记|曾来|到 (a post has one holder, and a name does not end inside a word; from CCTV news), or that is a
    word of its own jieba reads as no name and counts 100 times or more (习近平主席|洞察|全球形势), or a function word
    and such a word (总书记|向全国|宗教界人士)."""
    ordered = sorted(entities, key=lambda e: e.start)
    dropped = {index + 2 for index in range(len(ordered) - 2)
               if [e.type for e in ordered[index : index + 3]] == ["PER", "TITLE", "PER"]
               and ordered[index].end == ordered[index + 1].start and ordered[index + 1].end == ordered[index + 2].start
               and ((len(ordered[index + 2].text) == 2 and (_last_character_opens_next_word(ordered[index + 2], text)
                                                             or _common_word(ordered[index + 2], text)))
                    or _function_word_and_a_common_word(ordered[index + 2], text))}
    return [entity for index, entity in enumerate(ordered) if index not in dropped]


def _function_word_and_a_common_word(entity: Entity, text: str) -> bool:
    """Whether a three-character span is a preposition, adverb or conjunction jieba reads alone and a common word
    (:func:`_common_word`) after it: 习近平总书记|向全国|宗教界人士, 总书记|都重点|强调 (CCTV news)."""
    rest = Entity(entity.start + 1, entity.end, entity.type, entity.text[1:])
    return (len(entity.text) == 3 and word_at(text, entity.start) == (entity.start, entity.start + 1)
            and word_tag(entity.text[0]) in ("p", "d", "c") and _common_word(rest, text))


def _common_word(entity: Entity, text: str) -> bool:
    """Whether a span is a whole word of jieba's that it reads as no name and counts 100 times or more (洞察, 强调)."""
    return (word_at(text, entity.start) == (entity.start, entity.end) and not word_tag(entity.text).startswith("nr")
            and word_frequency(entity.text) >= 100)


def country_before_post(entities: Sequence[Entity]) -> list[Entity]:
    """A place name read as a person right before a post and the person who holds it is the post's place:
    阿根廷 (PER) + 总统 + 阿尔韦托·费尔南德斯 → 阿根廷 is a LOC (from CCTV news). A place word that names a person
    before a post with no name after it stays (安南秘书长). A country read as a body right before a post is its place
    too (德国 (ORG) + 总理 + 默克尔, 老挝 (ORG) + 政府总理: LABELS.md's 义亭镇 + 党委书记; MSRA tags every state before
    a leader a LOC): a team's country comes before a coach or player, which are no posts here."""
    ordered = sorted(entities, key=lambda e: e.start)
    for index in range(len(ordered) - 2):
        place, post, person = ordered[index : index + 3]
        if (place.type == "PER" and post.type == "TITLE" and person.type == "PER" and place.end == post.start
                and post.end == person.start and len(place.text) >= 2 and is_place_word(place.text)):
            ordered[index] = Entity(place.start, place.end, "LOC", place.text)
    for index in range(len(ordered) - 1):
        state, post = ordered[index], ordered[index + 1]
        if state.type == "ORG" and state.text in COUNTRIES and post.type == "TITLE" and state.end == post.start:
            ordered[index] = Entity(state.start, state.end, "LOC", state.text)
    return ordered


#: A post of a place's own party committee or government (市委书记, 县长, 副省长): what stands right before it is the place.
_LEVEL_POST = re.compile(r"^副?(?:省|市|州|县|区)(?:委|长)")


def place_before_its_level_post(entities: Sequence[Entity]) -> list[Entity]:
    """An ORG with no body word right before a post of its own committee or government is the place: 松滋 (ORG) +
    市委书记 → 松滋 a LOC (from CCTV news; 12 of the 13 gold spans before such a post in the corpora are places, the
    13th a 政府), and so is a PER there where another person holds the post (山西|吕梁 (PER)|市委书记|李正印)."""
    ordered = sorted(entities, key=lambda e: e.start)
    for index in range(len(ordered) - 1):
        place, post = ordered[index], ordered[index + 1]
        if not (post.type == "TITLE" and place.end == post.start and _LEVEL_POST.match(post.text)):
            continue
        held = index + 2 < len(ordered) and ordered[index + 2].type == "PER" and ordered[index + 2].start == post.end
        if (place.type == "ORG" and not _BODY_WORD.search(place.text)) or (place.type == "PER" and held):
            ordered[index] = Entity(place.start, place.end, "LOC", place.text)
    return ordered


#: Posts a congress or conference member is called by right after the name (宁吉喆常委建议, 吕薇委员就…, 张三代表说).
_MEMBER_POSTS_AFTER_A_NAME = ("常委", "委员", "代表")
#: Words of a congress, conference or party that open no name before a member's post (区政协|委员, 农工党|代表).
_CONGRESS_OR_PARTY_WORD = re.compile(r"政协|人大|党|盟")


def member_post_after_a_name_read_as_body(entities: Sequence[Entity]) -> list[Entity]:
    """A member's post right after a name read as an ORG is the post: 郑永飞 (PER)|常委 (ORG)|提出 → 常委 (TITLE), and a
    name read into it is the person: 南存辉常委 (ORG)|建议 → 南存辉 + 常委 (CCTV news of the CPPCC's standing committee,
    where members are called by name and post). The name only of two or three characters after a common
    one-character surname that jieba reads as no word or a name, with no body, congress or party word and no place
    or city (not 区政协|委员, 石家庄|代表, 农工党|代表); no gold ORG of the corpora is such a post."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for entity in ordered:
        before = result[-1] if result else None
        post = next((p for p in _MEMBER_POSTS_AFTER_A_NAME if entity.text.endswith(p)), None) if entity.type == "ORG" else None
        name = entity.text[: -len(post)] if post else ""
        if post and not name and before is not None and before.type == "PER" and before.end == entity.start:
            entity = Entity(entity.start, entity.end, "TITLE", entity.text)  # 郑永飞|常委
        elif (post and 2 <= len(name) <= 3 and _common_single_surname(name) and not _BODY_WORD.search(name)
              and not _CONGRESS_OR_PARTY_WORD.search(name) and not _is_place_or_city(name)
              and word_tag(name) in ("", "nr", "nrfg", "nrt")):
            cut = entity.start + len(name)
            result.append(Entity(entity.start, cut, "PER", name))  # 南存辉|常委
            entity = Entity(cut, entity.end, "TITLE", post)
        result.append(entity)
    return result


def _no_common_noun(word: str) -> bool:
    """Whether jieba tags ``word`` as no noun but a person's name, if it knows it (党中央 is nt, 方锐 an adjective)."""
    tag = word_tag(word)
    return not tag.startswith("n") or tag in ("nr", "nrfg", "nrt")


def holder_read_as_body(entities: Sequence[Entity]) -> list[Entity]:
    """A name right after a post read as an ORG is the post's holder: 河南省平舆县副县长|杨荔 (ORG)|、, 主任|余亭 (ORG)
    (CCTV news), 镇党委书记|方锐 (ORG)|带队 (a local paragraph; early too, so the post is held when posts held by no one
    are dropped; 方锐 is an adjective of jieba's). Only two or three characters after a common one-character surname, with no body word, no place of
    jieba's and nothing jieba tags a body or a noun (党中央: nt); no gold ORG of the corpora stands so."""
    ordered = sorted(entities, key=lambda e: e.start)
    for index in range(1, len(ordered)):
        post, name = ordered[index - 1], ordered[index]
        if (post.type == "TITLE" and name.type == "ORG" and post.end == name.start and 2 <= len(name.text) <= 3
                and _common_single_surname(name.text) and not _BODY_WORD.search(name.text)
                and not is_place_word(name.text) and _no_common_noun(name.text)):
            ordered[index] = Entity(name.start, name.end, "PER", name.text)
    return ordered


#: A head's post that a name right after it holds (市长|黄兴国, 国防部长|绍伊古, 村党支部书记|张东堂, a governor's:
#: 华盛顿州州长|英斯利, 自治州州长; a commander's: 美军欧洲司令部司令|卡沃利).
_HEAD_POST_BEFORE_A_HOLDER = re.compile(rf"(?:{_HEADS}|总理|总统|省长|州长|总督|司令|司令员|委员|{'|'.join(ENVOY_POSTS)}|{'|'.join(_STATE_HEADS_AND_MINISTERS)})$")


#: Verbs of chairing, attending or speaking that follow a leader's post and name (委员长主持会议, 栗战书主持会议).
_CHAIRING_OR_SPEAKING = "(?:主持|出席|指出|强调|表示)"
#: A leader's name left untagged at a clause's start before his post and a verb of chairing or speaking
#: (。|栗战书|委员长主持会议: CCTV news leaves 栗战书 untagged throughout).
_UNTAGGED_LEADER_BEFORE_HIS_POST = re.compile(
    rf"(?:^|(?<=[。，；：\n]))(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:{'|'.join(_LEADERS_POSTS_LONGEST_FIRST)})"
    + _CHAIRING_OR_SPEAKING)
#: The same name after the post, the post maybe untagged too (主席团常务主席|栗战书|主持会议, 全国人大常委会委员长|栗战书|主持会议).
_UNTAGGED_LEADER_AFTER_HIS_POST = re.compile(
    rf"(?P<post>常务主席|{'|'.join(_LEADERS_POSTS_LONGEST_FIRST)})(?P<name>[\u4e00-\u9fff]{{3}})" + _CHAIRING_OR_SPEAKING)


def untagged_leader_before_his_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a leader's name the tagger left untagged where it opens a clause right before a leader's post and a verb of
    chairing, attending or speaking (栗战书|委员长|主持, 万鄂湘|副委员长|主持: CCTV news): a PER, so that the other
    mentions of the name (:func:`tag_other_mentions`) and the post after it (:func:`post_after_a_person_tagged_elsewhere`)
    are tagged too, and a post that took the given name gives it back (栗|战书委员长 → 栗战书 + 委员长). Only two or three
    characters after a surname, that are no word of jieba's but a name, and that no span but such a post touches.
    Also three such characters, touched by no span, right after the post, which is tagged where it was not
    (主席团常务主席|栗战书|主持会议, 全国人大常委会委员长|栗战书|主持会议: 16 probe texts)."""
    found = sorted(entities, key=lambda e: e.start)
    for match in _UNTAGGED_LEADER_BEFORE_HIS_POST.finditer(text):
        name = match.group("name")
        start, end = match.start("name"), match.end("name")
        # the post may have taken the given name (栗|战书委员长主持会 merged: 战书 is a word): it gives it back
        taken = [e for e in found if e.start < end and e.end > start]
        if (name[0] in SURNAMES and (not is_known_word(name) or word_tag(name).startswith("nr"))
                and all(e.type == "TITLE" and start < e.start and e.end > end for e in taken)):
            found = [e for e in found if e not in taken] + [Entity(end, e.end, "TITLE", text[end : e.end]) for e in taken]
            found.append(Entity(start, end, "PER", name))
    for match in _UNTAGGED_LEADER_AFTER_HIS_POST.finditer(text):
        name, start, end = match.group("name"), match.start("name"), match.end("name")
        if (name[0] in SURNAMES and not is_known_word(name) and not is_place_word(name) and _reads_as_a_given_name(text, start, end)
                and not any(e.start < end and e.end > start for e in found)):
            found.append(Entity(start, end, "PER", name))
            if not any(e.start < start and e.end > match.start("post") for e in found):
                found.append(Entity(match.start("post"), start, "TITLE", match.group("post")))
    return sorted(found, key=lambda e: (e.start, e.end))


#: Word classes no given name is read as: pronouns, prepositions, time words, conjunctions, particles, adverbs, numerals,
#: measure words and locality words (总书记|向他们|表示, 总理|周二晚|表示).
_NO_GIVEN_NAME_TAGS = ("r", "p", "t", "c", "u", "d", "m", "q", "f")


def _reads_as_a_given_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as surname and given name to jieba: the surname a word alone (or a name jieba
    knows), and no word of the rest a pronoun, preposition, time word or other function word (栗|战书; not 向|他们,
    周二|晚)."""
    first_start, first_end = word_at(text, start)
    if first_start != start or (first_end != start + 1 and not word_tag(text[start:first_end]).startswith("nr")):
        return False
    at = first_end
    while at < end:
        word_start, word_end = word_at(text, at)
        if word_tag(text[word_start:word_end]) in _NO_GIVEN_NAME_TAGS:
            return False
        at = word_end
    return True


#: A head of state's or government's post: the name jieba counts as a place right after it is the holder's (总统|普京;
#: not a chair's: 轮值主席|东南亚…).
_HEADS_OF_STATE_OR_GOVERNMENT = ("总统", "总理")


def holder_read_as_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A name right after a post read as a place is the post's holder, and so is every mention of it in the text:
    天津市原市委代理书记、市长|黄兴国 (LOC), 国防部长|绍伊古, 贡嘎县县长|次仁, 四龙庙村党支部书记|张东堂 (CCTV news:
    jieba tags some names places, 黄兴国 ns; an envoy's: 驻伊朗大使|郁红阳; a state's head's or minister's:
    西班牙首相|桑切斯, 法国外长|勒德里昂). Only two to four characters that end like no
    unit (or a transliteration of up to six: 大使|科迪图瓦库), right after a head's or envoy's post that ends a word
    (tagged or not) and that no person before it holds (习近平总书记|兰考讲话: his post; 代表 is no head: 代表|斯里兰卡, a
    verb), and not a place jieba counts often (长三角, 加蓬: 50 or more; a name it counts often is one: 大使|托马斯; and
    so is one after a president's or prime minister's post that is no country or province and that jieba counts less
    than 500 times: 俄罗斯总统|普京; not 俄罗斯总统|中东问题特使)."""
    ordered = sorted(entities, key=lambda e: e.start)
    holders: set[str] = set()
    for index, name in enumerate(ordered):
        transliterated = len(name.text) <= 6 and set(name.text) <= TRANSLITERATION_CHARS  # 大使|科迪图瓦库
        if name.type != "LOC" or not (2 <= len(name.text) <= 4 or transliterated) or _UNIT_END.search(name.text):
            continue
        if _holds_a_post_after_it(name, text):
            holders.add(name.text)  # 岳建河|是兰考县葡萄架乡党委书记
            continue
        post = _HEAD_POST_BEFORE_A_HOLDER.search(text, max(0, name.start - 8), name.start)
        common_place = (is_noun_word(name.text) and word_frequency(name.text) >= 50
                        and not word_tag(name.text).startswith("nr"))  # 长三角, 加蓬; not the name 托马斯
        if common_place and post is not None and post.group().endswith(_HEADS_OF_STATE_OR_GOVERNMENT):
            # 俄罗斯总统|普京: jieba's place is a leader's name; not a region it counts as often as a city (总统|中东问题特使)
            common_place = name.text in _COUNTRIES_AND_PROVINCES or word_frequency(name.text) >= _OFTEN_COUNTED_CITY
        if post is None or not word_ends_at(text, name.start) or common_place:
            continue
        before = [e for e in ordered[:index] if e.end > post.start()]  # a span over the post: only a TITLE that ends it
        if any(e.type != "TITLE" or e.end != name.start for e in before):
            continue
        post_start = min([post.start()] + [e.start for e in before])
        if any(e.type == "PER" and e.end == post_start for e in ordered[:index]):
            continue  # 习近平总书记|兰考: the post's holder is named before it
        holders.add(name.text)
    if not holders:
        return ordered
    return [Entity(e.start, e.end, "PER", e.text) if e.type == "LOC" and e.text in holders else e for e in ordered]


def leader_read_as_place_or_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A name right before a leader's post read as a place or a body is the leader, and so is every mention of it in
    the text: 同|普京 (LOC)|总统|一道, 赵乐际 (ORG)|委员长|出席, 我同|萨勒 (LOC)|总统 (CCTV news writes a leader's name
    before the post as often as after it; jieba counts 普京 and 奥巴马 as places).

    Only two to four characters (or a transliteration of up to six) that jieba reads as a name, or as a place where
    the tagger read a place (普京: not the body 亚足联|主席), or that are written in transliteration characters
    alone, with no unit or body ending, that are no country or province, also with 国 (俄罗斯|总统 is the country's
    post, and so is 科威特国|首相), before a leader's post (:data:`LEADERS_POSTS`) that ends a word
    (not 总统府) and that no person follows (俄罗斯总统|普京: the body's post)."""
    ordered = sorted(entities, key=lambda e: e.start)
    leaders: set[str] = set()
    for name in ordered:
        transliterated = set(name.text) <= TRANSLITERATION_CHARS
        if (name.type not in ("LOC", "ORG") or not 2 <= len(name.text) <= (6 if transliterated else 4)
                or name.text in _COUNTRIES_AND_PROVINCES
                or name.text.removesuffix("国") in _COUNTRIES_AND_PROVINCES  # 就任|科威特国|首相: a state's name
                or _UNIT_END.search(name.text) or _BODY_WORD.search(name.text)
                or not (transliterated or word_tag(name.text).startswith("nr")
                        or (name.type == "LOC" and word_tag(name.text) == "ns" and not set(name.text) <= PLACE_ABBREVIATIONS))):
            continue
        post = next((post for post in _LEADERS_POSTS_LONGEST_FIRST if text.startswith(post, name.end)), None)
        if post is None:
            continue
        post_end = name.end + len(post)
        if (word_at(text, post_end - 1)[1] != post_end
                or any(e.type == "PER" and post_end <= e.start <= post_end + 1 for e in ordered)):
            continue
        leaders.add(name.text)
    if not leaders:
        return ordered
    return [Entity(e.start, e.end, "PER", e.text) if e.type in ("LOC", "ORG") and e.text in leaders else e for e in ordered]


#: 是 and a head's post later in its clause: what stands before 是 holds the post (岳建河|是兰考县葡萄架乡党委书记).
_IS_A_HEAD_LATER = re.compile(rf"是[^，。；！？\n]{{0,24}}?(?:{_HEADS})(?=[，。；！？\n]|$)")


def _holds_a_post_after_it(name: Entity, text: str) -> bool:
    """Whether a three-character place of a common surname, no unit ending and no place word of jieba's stands before
    是 and a head's post that ends its clause: a person (黄明山是吉潭镇镇长, 岳建河是…乡党委书记: CCTV news)."""
    return (len(name.text) == 3 and _common_single_surname(name.text) and not _UNIT_END.search(name.text)
            and not is_place_word(name.text) and _IS_A_HEAD_LATER.match(text, name.end) is not None)


def committee_joined_across_he(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A committee whose name joins two fields with 和, read as two ORGs, is one: 全国人大宪法|和|法律委员会, 民族|和|宗教委员会,
    监察|和|司法委员会 (CCTV news). Only where the first ends like no name and the second is a 委员会: no gold pair of
    ORGs around a 和 in the corpora is such (央行和公安部, 新闻出版署和国家版权局 stay two)."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for entity in ordered:
        first = result[-1] if result else None
        if (first is not None and first.type == "ORG" and entity.type == "ORG" and text[first.end : entity.start] == "和"
                and entity.text.endswith("委员会") and not _ends_like_a_name(first.text)):
            result[-1] = Entity(first.start, entity.end, "ORG", text[first.start : entity.end])
        else:
            result.append(entity)
    return result


#: A committee's chair post with the committee's short name read into it: 宪法法律委|副主任委员, 教科文卫委|副主任委员.
_COMMITTEE_IN_CHAIR_POST = re.compile(r"^(?P<body>[\u4e00-\u9fff]+委(?:员会)?)(?P<post>副?主任委员)$")
#: How far back a committee's short name may run before the piece the tagger put into the post (宪法法|律委).
_COMMITTEE_NAME_LENGTH = 8


def committee_out_of_chair_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give the committee the tagger read into its chair's post back to the body (LABELS.md: the body before a post
    is its own span): 全国人大宪法|法律委副主任委员|江必新 → 全国人大宪法法律委 (ORG) + 副主任委员, 教科文卫委副主任委员|刘谦 →
    教科文卫委 + 副主任委员 (CCTV news: the special committees of the NPC, 25 posts on the probes). The body also takes
    the rest of the word of jieba's the piece opens inside (宪法法|律委: 法律), then the untagged words before it that
    may name a field (:func:`_names_a_field`; up to a span, a mark, eight characters or a word such as 听取了), and
    joins the ORG it then touches (全国人大|宪法法|律委主任委员 → 全国人大宪法法律委). Only 主任委员, the title of a
    committee's chair (a bureau's 主任 stays as the post reads it)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for entity in ordered:
        chair = _COMMITTEE_IN_CHAIR_POST.match(entity.text) if entity.type == "TITLE" else None
        if chair is None:
            result.append(entity)
            continue
        start, cut = entity.start, entity.start + chair.end("body")
        previous_end = result[-1].end if result else 0
        word_start = word_at(text, start)[0]
        if previous_end <= word_start < start:
            start = word_start  # 宪法法|律委: the word 法律 runs in
        while start > previous_end and start > entity.start - _COMMITTEE_NAME_LENGTH:
            word_start, word_end = word_at(text, start - 1)
            word = text[word_start:word_end]
            if word_end != start or word_start < previous_end or not all(map(_is_cjk, word)) or not _names_a_field(word):
                break
            start = word_start
        if result and result[-1].type == "ORG" and result[-1].end == start:
            start = result.pop().start
        result += [Entity(start, cut, "ORG", text[start:cut]), Entity(cut, entity.end, "TITLE", chair.group("post"))]
    return result


def _names_a_field(word: str) -> bool:
    """Whether a word of jieba's may be part of a committee's name: a noun, verbal noun or abbreviation of its
    dictionary, or a word it does not tag (宪法, 监察, 教科文卫; not 听取, 了)."""
    tag = word_tag(word)
    return tag.startswith("n") or tag in ("vn", "j", "")


def post_pieces_joined(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Join two pieces of one post the tagger read apart with the noun between them left untagged: 俄罗斯总统|新闻|秘书
    佩斯科夫 → 总统新闻秘书 (CCTV news: 总统 + 秘书 six times). Only where the gap is one or two whole nouns of jieba's
    (no mark, no verb, no joiner: 总书记、国家主席 stays two; not 原, former: 党委|原|书记) and a person follows the second
    piece at once. Also where the first piece, a leader's post, is left untagged right after the state (俄|总统新闻|秘书
    佩斯科夫: three CCTV stories)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    person_starts = {e.start for e in ordered if e.type == "PER"}
    result: list[Entity] = []
    for entity in ordered:
        first = result[-1] if result else None
        if (first is not None and first.type == "TITLE" and entity.type == "TITLE" and entity.end in person_starts
                and 0 < entity.start - first.end <= 4 and _nouns_only(text, first.end, entity.start)):
            result[-1] = Entity(first.start, entity.end, "TITLE", text[first.start : entity.end])
        elif (first is not None and first.type == "LOC" and entity.type == "TITLE" and entity.end in person_starts
              and (leader := _LEADERS_POST_OPENING.match(text, first.end, entity.start)) is not None
              and 0 < entity.start - leader.end() <= 4 and _nouns_only(text, leader.end(), entity.start)):
            # the first piece left untagged after the state: 俄|总统新闻|秘书|佩斯科夫 → 俄 + 总统新闻秘书
            result.append(Entity(first.end, entity.end, "TITLE", text[first.end : entity.end]))
        else:
            result.append(entity)
    return result


#: A head of state's or government's post whose office's posts open with it (总统新闻秘书, 总理办公室主任).
_LEADERS_POST_OPENING = re.compile(r"总统|总理|首相")


def _nouns_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or two whole words of jieba's, each a common noun (n) or verbal noun (vn)."""
    words = _whole_words(text, start, end)
    return words is not None and len(words) <= 2 and all(word_tag(word) in ("n", "vn") and word not in FORMER for word in words)


def name_out_of_leaders_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a foreign leader's name back where the tagger read it into the post before it: 南非总统祖马 (TITLE)、 →
    总统 + 祖马, 总统祖 (TITLE)|马 (PER) → 总统 + 祖马 (CCTV news; the tagger saw the name too seldom to end the post
    before it). Only a head of state's or party's post (:data:`LEADERS_POSTS`) with one to three characters after it
    that all write foreign names (:data:`TRANSLITERATION_CHARS`), which the person right after continues, or which a
    list mark, a comma or 和 ends."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    index = 0
    while index < len(ordered):
        entity = ordered[index]
        post = next((p for p in _LEADERS_POSTS_LONGEST_FIRST if entity.text.startswith(p)), None) if entity.type == "TITLE" else None
        name = entity.text[len(post) :] if post else ""
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        continued = after is not None and after.type == "PER" and after.start == entity.end
        if (post and 1 <= len(name) <= 3 and set(name) <= TRANSLITERATION_CHARS and not is_known_word(entity.text)
                and (continued or text[entity.end : entity.end + 1] in ("、", "，", "。", "和"))):
            cut = entity.start + len(post)
            end = after.end if continued else entity.end
            result += [Entity(entity.start, cut, "TITLE", post), Entity(cut, end, "PER", text[cut:end])]
            index += 2 if continued else 1
            continue
        result.append(entity)
        index += 1
    return result


def name_start_out_of_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a person back the first character the post before it took, where the text names the person whole
    elsewhere: 总统新闻秘书佩|斯科夫 beside 佩斯科夫 → 总统新闻秘书 + 佩斯科夫 (from CCTV news), or where a surname
    stands after a whole post before a two-character given name (主席万|鄂湘 → 主席 + 万鄂湘, 主任何|立峰 although jieba reads
    任何), or where the person is a transliterated name (or one with a dot) and the post without the character is whole
    (总统发言人佩|斯科夫, 主任祖|木热提·吾布力); and a post the 长 of its
    head the person took (副所|长江舟 → 副所长 + 江舟), or the 相 of a minister named so (防卫|相森本敏 → 防卫相 + 森本敏; also left untagged: 外务|相|李勇浩)."""
    people = {entity.text for entity in entities if entity.type == "PER"}
    ordered = sorted(entities, key=lambda e: e.start)
    for index in range(len(ordered) - 1):
        post, person = ordered[index], ordered[index + 1]
        if (post.type == "TITLE" and person.type == "PER" and post.end == person.start
                and _first_character_is_the_persons(post, person, people, text)):
            ordered[index] = Entity(post.start, post.end - 1, "TITLE", post.text[:-1])
            ordered[index + 1] = Entity(post.end - 1, person.end, "PER", text[post.end - 1 : person.end])
        elif (post.type == "TITLE" and person.type == "PER" and post.end == person.start and len(person.text) >= 3
              and ((person.text[0] == "长" and _HEAD_OF_A_UNIT_PIECE.search(post.text))
                   or (person.text[0] == "相" and post.text.endswith(_MINISTRIES_OF_A_XIANG)))):
            # the other way: 副所|长江舟 → 副所长 + 江舟 (jieba reads 长江; from CCTV news); 防卫|相森本敏 → 防卫相 + 森本敏
            ordered[index] = Entity(post.start, post.end + 1, "TITLE", text[post.start : post.end + 1])
            ordered[index + 1] = Entity(person.start + 1, person.end, "PER", person.text[1:])
        elif (post.type == "TITLE" and person.type == "PER" and person.start == post.end + 1 and text[post.end] == "相"
              and post.text.endswith(_MINISTRIES_OF_A_XIANG)):  # 外务|相|李勇浩: the 相 left untagged
            ordered[index] = Entity(post.start, post.end + 1, "TITLE", text[post.start : post.end + 1])
    return ordered


#: A director's post right before a person of the surname 何 and a two-character given name, which jieba reads as
#: 任何 (any), and what ends such a name: a mark or a verb a listed speaker or attendee takes.
_DIRECTOR_BEFORE_HE = re.compile(r"((?:常务)?副?主任)(何[\u4e00-\u9fff]{2})(?=[，。、；：\n]|出席|等|作|在|说|表示)")


def director_named_he(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a director named 何 whom the tagger missed because jieba reads 主任何 as 主任|任何: 国家发展改革委主任何立峰、,
    中央金融委员会办公室主任何立峰出席, also where it read the given name alone as a body (主任何|立峰 (ORG)): CCTV
    news, three texts of the probes, none tagged. Only right after a tagged place or body, and where no person or
    post is tagged there yet (:func:`name_start_out_of_post` gives 主任何 (TITLE)|立峰 back); what the tagger read
    inside the name goes."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    body_ends = {e.end for e in found if e.type in ("LOC", "ORG")}
    for director in _DIRECTOR_BEFORE_HE.finditer(text):
        post_start, name_start, name_end = director.start(1), director.start(2), director.end(2)
        inside = [e for e in found if e.start < name_end and post_start < e.end]
        if post_start not in body_ends or any(
                e.type in ("PER", "TITLE") or e.start < post_start or e.end > name_end for e in inside):
            continue
        found = _in_place_of(found, inside, Entity(post_start, name_start, "TITLE", director.group(1)),
                             Entity(name_start, name_end, "PER", director.group(2)))
    return found


def _first_character_is_the_persons(post: Entity, person: Entity, people: set[str], text: str) -> bool:
    """Whether the last character of a post of three characters or more is the first of the person right after it:
    the text names the person with it elsewhere (总统新闻秘书佩|斯科夫 beside 佩斯科夫), or it is a surname before a
    two-character given name after a whole post (主席万|鄂湘, not 行政长官; also where jieba reads the surname into a word
    with the post's end: 主任何|立峰, 任何), or it opens a transliterated name (or one with a dot) after a whole post
    (总统发言人佩|斯科夫, 主任祖|木热提·吾布力: CCTV news)."""
    if len(post.text) < 3:
        return False
    rest, last = post.text[:-1], post.text[-1]
    return (last + person.text in people
            or (len(person.text) == 2 and last in SURNAMES and bool(_POST_BEFORE_VERB.search(rest))
                and (word_starts_at(text, post.end - 1) or is_known_word(rest)))
            or (last in TRANSLITERATION_CHARS and not _POST_BEFORE_VERB.search(post.text)
                and (bool(_POST_BEFORE_VERB.search(rest)) or rest.endswith(("发言人", "秘书")))
                and ("·" in person.text or set(person.text) <= TRANSLITERATION_CHARS)))


#: The fields of ministers named …相 in Japan and North Korea (外务相, 防卫相: CCTV news reads them so), before whose 相
#: the tagger may stop the post (防卫|相森本敏, 外务|相李勇浩).
_MINISTRIES_OF_A_XIANG = ("外务", "防卫", "财务", "法务", "总务", "经济产业", "国土交通", "农林水产", "厚生劳动", "文部科学")
#: A post that stops before the 长 of its head (副所|长, 局|长): the unit a head's post names.
_HEAD_OF_A_UNIT_PIECE = re.compile(r"(?:^|副)[所局科站处院校队组部厅馆行社村镇乡县市省]$")


_PROVINCE_NAMES_LONGEST_FIRST = longest_first(p for p in PROVINCES if len(p) >= 2)


def province_and_place_read_as_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Type as a place a person that is a province's name and a noun or place word of jieba's after it (its tags for
    places are loose: 海口 s, 南通 nz, 兰考 nr), and give it the rest of that word where it stopped inside:
    海南海|口 → 海南海口, 江苏南|通, 河南兰考 (from CCTV news)."""
    result: list[Entity] = []
    for entity in entities:
        province = next((p for p in _PROVINCE_NAMES_LONGEST_FIRST if entity.text.startswith(p)), None)
        if entity.type == "PER" and province is not None and len(entity.text) > len(province):
            start = entity.start + len(province)
            word_start, word_end = word_at(text, start)
            end = max(entity.end, word_end)
            if (word_start == start and end - start >= 2 and word_tag(text[start:end])[:1] in ("n", "s")  # loose: 海口 s
                    and not _overlaps_another(entities, entity, entity.end, end)):
                entity = Entity(entity.start, end, "LOC", text[entity.start : end])
        result.append(entity)
    return result


def place_and_post_out_of_a_person(entities: Sequence[Entity]) -> list[Entity]:
    """Split a state or city and its post out of the person read across them: 阿布扎比王储穆罕默德 (PER) → 阿布扎比 (LOC) +
    王储 (TITLE) + 穆罕默德 (PER) (CCTV news: the tagger read all three as names and they were joined). The place is a
    country, a province, a foreign city (:data:`FOREIGN_CITIES`) or a name the text tags a place, the post one of
    :data:`STATE_POSTS`, and two characters or more are left for the name; no gold person of the corpora opens so."""
    places = _COUNTRIES_AND_PROVINCES | FOREIGN_CITIES | {e.text for e in entities if e.type == "LOC"}
    result: list[Entity] = []
    for entity in entities:
        place = next((p for p in places if entity.text.startswith(p)), None) if entity.type == "PER" else None
        post = next((p for p in _STATE_POSTS_LONGEST_FIRST if entity.text.startswith(p, len(place))), None) if place else None
        if post is None or len(entity.text) - len(place) - len(post) < 2:
            result.append(entity)
            continue
        at, name_at = entity.start + len(place), entity.start + len(place) + len(post)
        result += [Entity(entity.start, at, "LOC", place), Entity(at, name_at, "TITLE", post),
                   Entity(name_at, entity.end, "PER", entity.text[len(place) + len(post) :])]
    return result


def split_joined_people(entities: Sequence[Entity]) -> list[Entity]:
    """Split a person that is two people the text names apart: 王沪宁蔡奇 (a headline without a mark between) beside
    王沪宁 and 蔡奇, 周文雍陈铁军烈士陵园; and two names of common surnames joined by 和 (周坚红和梁春荣, from CCTV
    news), or a name and a preposition or conjunction before a person the text names apart (贝德高|向|李克强), or two
    people the text names apart and a verb of up to three characters between them (梁英|建议|王定福); not a full
    transliterated name at its dot, whose parts the text names alone (菲德尔·卡斯特罗 beside 菲德尔 and 卡斯特罗)."""
    people = {entity.text for entity in entities if entity.type == "PER"}
    result: list[Entity] = []
    for entity in entities:
        joined = _TWO_NAMES_WITH_HE.fullmatch(entity.text) if entity.type == "PER" else None
        if joined:  # 周坚红和梁春荣: two names of common surnames joined by 和
            result += [Entity(entity.start, entity.start + joined.end(1), "PER", joined.group(1)),
                       Entity(entity.start + joined.start(2), entity.end, "PER", joined.group(2))]
            continue
        cut = next((k for k in range(2, len(entity.text) - 1) if entity.text[:k] in people and entity.text[k:] in people
                    and not set(_NAME_DOTS) & {entity.text[k - 1], entity.text[k]}), None) if entity.type == "PER" else None
        linked = next((k for k in range(2, min(len(entity.text) - 2, 5)) if entity.text[k] in _LINKING_CHARACTERS
                       and entity.text[k + 1 :] in people), None) if entity.type == "PER" and cut is None else None
        if linked is not None:  # 贝德高向李克强赠送…: a person, a preposition, and a person the text names apart
            result += [Entity(entity.start, entity.start + linked, "PER", entity.text[:linked]),
                       Entity(entity.start + linked + 1, entity.end, "PER", entity.text[linked + 1 :])]
            continue
        verb = next(((k, j) for k in range(2, len(entity.text) - 3) for j in range(k + 1, min(k + 4, len(entity.text) - 1))
                     if entity.text[:k] in people and entity.text[j:] in people and not set(_NAME_DOTS) & set(entity.text[k:j])),
                    None) if entity.type == "PER" and cut is None else None
        if verb is not None:  # 梁英|建议|王定福: two people the text names apart and the verb between them
            k, j = verb
            result += [Entity(entity.start, entity.start + k, "PER", entity.text[:k]),
                       Entity(entity.start + j, entity.end, "PER", entity.text[j:])]
            continue
        if cut is None:
            result.append(entity)
        else:
            result += [Entity(entity.start, entity.start + cut, "PER", entity.text[:cut]),
                       Entity(entity.start + cut, entity.end, "PER", entity.text[cut:])]
    return result


#: Prepositions and conjunctions a person is read on into the next person by (贝德高|向|李克强赠送了…, from CCTV news).
_LINKING_CHARACTERS = "向和与同跟对给"
_TWO_NAMES_WITH_HE = re.compile(rf"([{''.join(SURNAMES)}][\u4e00-\u9fff]{{1,2}})和([{''.join(SURNAMES)}][\u4e00-\u9fff]{{1,2}})")


def listed_person_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Read a name in a list of people as a person: 石泰峰、|刘国中 (LOC)|、张国清 → PER, and 刘国|中 (PER + a place's
    abbreviation) → 刘国中 (from CCTV news, the lists of leaders who attend).

    Only between two people the list names with 、 (or one before it where the list ends there, at 和 too: 芦艾林、范先红 (ORG)|和…, or where 出席会议 closes
    it: 何维、武维华 (ORG)|出席会议), for a name of
    three characters opening with a common one-character surname that is no place of jieba's, no country or
    province and ends like no place or body."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    index = 0
    while index < len(ordered):
        entity = ordered[index]
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        person_before = (bool(result) and result[-1].type == "PER" and result[-1].end == entity.start - 1
                         and text[entity.start - 1] == "、")
        joined = entity
        if (entity.type == "PER" and len(entity.text) == 2 and after is not None and after.type == "LOC"
                and after.start == entity.end and len(after.text) == 1):
            joined = Entity(entity.start, after.end, "PER", text[entity.start : after.end])  # 刘国|中
        following = next((e for e in ordered[index + 1 :] if e.start >= joined.end), None)
        person_after = (following is not None and following.type == "PER" and following.start == joined.end + 1
                        and text[joined.end] == "、")
        list_ends = text[joined.end : joined.end + 1] in ("。", "，", "；", "等", "和") or _ATTENDING_A_MEETING.match(text, joined.end)
        name = joined.text
        if (person_before and (person_after or list_ends) and joined.type in ("PER", "LOC", "ORG") and len(name) == 3
                and _common_single_surname(name) and not is_place_word(name) and name not in _COUNTRIES_AND_PROVINCES
                and not _ends_like_a_name(name)):
            result.append(Entity(joined.start, joined.end, "PER", name))
            index += 2 if joined is not entity else 1
            continue
        result.append(entity)
        index += 1
    return result


#: A list of people stops before these (王沪宁、栗战书|等参加, 刘延东、栗战书|和有关方面负责同志, 王沪宁、栗战书|出席座谈会).
_LIST_OF_PEOPLE_ENDS = re.compile(r"[，。；]|等|和|出席|参加|陪同")


def untagged_person_in_a_list(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a name the tagger left untagged in a list of people (王沪宁、栗战书、杨洁篪等参加, 王沪宁、栗战书出席座谈会: CCTV
    news names the leaders who attend so, and the tagger, which saw few texts after 2012, misses names it never saw);
    a post it read inside the name goes (栗|战书 (TITLE)|、杨洁篪).

    Only a name of three characters, or of two between two people, after a person and 、, before 、 and a person or
    where the list ends (:data:`_LIST_OF_PEOPLE_ENDS`), that opens with a common one-character surname and is no
    place, state or word of jieba's and holds no span but a post or a single character."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    found: list[Entity] = []
    for before in ordered:
        if before.type != "PER" or text[before.end : before.end + 1] != "、":
            continue
        start = before.end + 1
        for length in (3, 2):
            end = start + length
            name = text[start:end]
            if len(name) != length or not all(map(_is_cjk, name)) or not _common_single_surname(name):
                continue  # the cheap tests first: the scans below run only for a candidate name
            following = next((e for e in ordered if e.start >= end), None) if text[end : end + 1] == "、" else None
            person_after = following is not None and following.type == "PER" and following.start == end + 1
            if not (person_after or (length == 3 and _LIST_OF_PEOPLE_ENDS.match(text, end))):
                continue
            inside = [e for e in ordered if e.start < end and e.end > start]
            if (all(e.start >= start and e.end <= end and (e.type == "TITLE" or len(e.text) == 1) for e in inside)
                    and not is_known_word(name) and not is_place_word(name) and name not in _COUNTRIES_AND_PROVINCES):
                found.append(Entity(start, end, "PER", name))
                break
    if not found:
        return list(entities)
    covered = [e for e in entities if not any(f.start <= e.start and e.end <= f.end for f in found)]
    return sorted(covered + found, key=lambda e: (e.start, e.end))


#: An untagged item of a list between two names: 、, two to six characters, 、 (太浦河、|元荡|、汾湖).
_LISTED_ITEM = re.compile(r"、(?P<item>[\u4e00-\u9fff]{2,6})、")


def untagged_place_or_body_in_a_list(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a place or body the tagger left untagged inside a list of places or bodies (对太浦河、|元荡|、汾湖等47个跨界河湖:
    written dev, where the lake then goes untagged six times more; 门头沟、|房山|、昌平, 人大财经委、|外事委|、社会委: CCTV
    news) with the type of the names on either side, the two of one type. Not a generic word, a post or a role; the
    lists of the corpora's gold leave such an item untagged 5 times in all (MSRA's 越共中央、国家主席、国会 and
    五百里井冈山、五马朝天、五神河)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    found: list[Entity] = []
    for before, after in zip(ordered, ordered[1:]):
        if before.type != after.type or before.type not in ("LOC", "ORG"):
            continue
        listed = _LISTED_ITEM.fullmatch(text, before.end, after.start)
        if listed is None:
            continue
        item = Entity(listed.start("item"), listed.end("item"), before.type, listed.group("item"))
        if (item.text in GENERIC_WORDS or item.text in ROLES or _POST_ENDING.search(item.text)
                or is_generic(item, text)
                or (is_known_word(item.text) and not (is_place_word(item.text) or _ends_like_a_name(item.text)))):
            continue
        found.append(item)
    return sorted([*entities, *found], key=lambda e: (e.start, e.end)) if found else list(entities)


def _is_short_name_to_spread(name: str) -> bool:
    """Whether a person of two characters is a name whose other mentions :func:`tag_other_mentions` may tag (张劼, 韩超):
    a frequent surname and a given name that together are no word of jieba's (丁香, 王后, 贺词 are: the tagger's errors
    would spread, and jieba tags them names too)."""
    return len(name) == 2 and name[0] in _FREQUENT_SURNAMES and not is_known_word(name)


def _short_name_stands_alone(mention: Entity, text: str) -> bool:
    """Whether a mention of a two-character name starts a word and ends one before a mark or a word of two characters
    or more (张劼|都会, 韩超|需要; not 钱七|虎, 黄循|财, a longer name's first two characters read alone)."""
    if not (word_starts_at(text, mention.start) and word_ends_at(text, mention.end)) or mention.end >= len(text):
        return False
    start, end = word_at(text, mention.end)
    return text[mention.end] in "，。、；：！？）”" or end - start >= 2


def tag_other_mentions(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the mentions of a name the tagger missed where the same text tags it elsewhere (三角乡 … 三角乡).

    Names of at least three characters (a place or body that ends like a
    name, or a person), where the mention stands as whole dictionary words;
    and two-character places (义乌, 青浦: local news names its county short
    and the tagger misses some mentions), only where the mention is one
    dictionary word (two characters read across two words, or ORG and PER
    names of two, spread errors: 茶市, 海岛供). Never where a mention
    touches a span or lies in a quoted programme, a 《》 title or a term with no name inside (广场|舞). The type is the one most
    of the name's mentions have. The short name of a tagged city or county counts as tagged
    (:func:`_unit_names`), and so does a unit of a tagged chain named alone, outside quotations and names of stations and
    roads.
    """
    kinds: dict[str, Counter[str]] = {}
    for entity in entities:
        named = (entity.type == "PER" or (entity.type in ("LOC", "ORG") and _ends_like_a_name(entity.text))
                 or (entity.type == "LOC" and entity.text.endswith(FEATURE_ENDINGS)))
        if ((len(entity.text) >= 3 and named) or (len(entity.text) == 2 and entity.type == "LOC")
                or (entity.type == "PER" and _is_short_name_to_spread(entity.text))):
            kinds.setdefault(entity.text, Counter())[entity.type] += 1
    shorts = (_unit_names(entities) | _feature_names(entities)) - set(kinds)
    for short in shorts:
        kinds[short] = Counter({"LOC": 1})
    found = list(entities)
    for name, kind in kinds.items():
        majority = kind.most_common(1)[0][0]
        at = text.find(name)
        while at != -1:
            mention = Entity(at, at + len(name), majority, name)
            short_person = majority == "PER" and len(name) == 2  # 张劼|都会: its own words, not one word of jieba's
            if (not _overlaps_any(found, mention.start, mention.end)
                    and (_stands_as_words(mention, text) if not short_person else _short_name_stands_alone(mention, text))
                    and not in_quoted_programme(mention, text)
                    and not in_book_title(mention, text) and not in_term_with_no_name(mention, text)
                    and not (name in shorts and _in_quotes_or_before_a_place(mention, text))):
                found.append(mention)
            at = text.find(name, at + 1)
    return sorted(found, key=lambda e: (e.start, e.end))


#: The most frequent one-character surnames, of which a name the tagger never tagged may be read from its repeats (the
#: long tail of SURNAMES holds common words: 和, 党, 国, 年, 有, 由, 向, 时).
_FREQUENT_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施"
    "牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞柳祝包舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝靳柴鲍喻祁蒲滕屈饶麻")
#: Characters that end a word or a clause rather than stand in a given name (的, 了, 是, 在, 说 …).
_NO_GIVEN_NAME_CHARACTERS = frozenset("的了是在和与及等为将也都而就对把被从向这那个们说称表示到年月日时中里")
#: A post or role that a person's name follows (党支部书记谢续学, 法人代表秦六斤, 村支书麻妹英).
_ROLE_BEFORE_A_NAME = re.compile(r"(?:长|代表|书记|支书|主任|委员|主席|经理|队员|村民|社员)$")


def untagged_person_named_throughout(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a person the tagger never tagged whom the text names three times or more (…旅长的林上斗，…林上斗很痛心;
    村支书麻妹英…麻妹英当年嫁过去: local feature stories from CCTV news; the small tagger misses rare names whole).

    Three characters after a frequent surname, untagged at every mention, no dictionary word of jieba's, with no
    noun or verb of jieba's as the given name (吴师傅, 刘医生, 白头盔, 张照片) and no character of a particle or
    common verb; every mention whole dictionary words, and two of them opening a clause or right after a post or
    role (副局长|吴一心, 。|谢续学立即…); never inside a short quotation or a 《》 title (“三严三实”).
    """
    found = list(entities)
    covered = {at for entity in found for at in range(entity.start, entity.end)}
    post_ends = {entity.end for entity in found if entity.type == "TITLE"}
    counts = Counter(text[at : at + 3] for at in range(len(text) - 2)
                     if text[at] in _FREQUENT_SURNAMES and all(_is_cjk(ch) for ch in text[at : at + 3])
                     and not covered & {at, at + 1, at + 2} and not set(text[at + 1 : at + 3]) & _NO_GIVEN_NAME_CHARACTERS)
    for name, count in sorted(counts.items()):
        if count < 3 or is_known_word(name) or word_tag(name[1:])[:1] in ("n", "v"):
            continue
        starts = [found_at.start() for found_at in re.finditer(name, text)]
        mentions = [Entity(at, at + 3, "PER", name) for at in starts]
        cued = sum(1 for at in starts if at == 0 or not _is_cjk(text[at - 1]) or at in post_ends
                   or _ROLE_BEFORE_A_NAME.search(text, max(0, at - 4), at))
        if (cued < 2 or any(word_at(text, at)[0] != at or not word_ends_at(text, at + 3) for at in starts)
                or any(in_book_title(mention, text) or _short_quotations_around(mention, text) for mention in mentions)
                or any(_overlaps_any(found, mention.start, mention.end) for mention in mentions)):
            continue
        found.extend(mentions)
    return sorted(found, key=lambda e: (e.start, e.end))


#: Kinship characters a resident is called by after the surname (村民何伯, 村民黄大嫂, 村民李婶): no name.
_KIN_CHARACTERS = frozenset("伯叔姨婆公爷奶哥姐嫂婶妈娘")


def _opens_a_common_word(start: int, text: str) -> bool:
    """Whether jieba reads a dictionary word of two characters or more, no person's name, from ``start`` (陆续|返家,
    曾经|靠, 白手起家): it holds the name's first two characters at least, so they are no name."""
    word_start, word_end = word_at(text, start)
    word = text[word_start:word_end]
    return word_start == start and len(word) >= 2 and is_known_word(word) and not word_tag(word).startswith("nr")


#: What follows a resident's name left untagged after the resident word (村民朱西存、, 茶农石国平家有, 村民杨明春的).
_AFTER_A_RESIDENTS_NAME = frozenset("，。、；：！？”家说的在和也就还是一正今告表介")


def untagged_resident_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a resident's name the tagger left untagged right after the resident word: 镜岭镇茶农|石国平|家有18亩茶园,
    习近平先后走进村民|朱西存|、王宝维家 (the written labels; CCTV news).

    Every gold span right after a resident word in the training corpora is a PER (:func:`resident_name_as_person`).
    Two or three characters after a frequent surname, up to a mark, 家, 说, 的 or a common word opening a predicate,
    with no honorific, kinship word or post (村民王大娘说, 村民何伯说, 老党员陈老坐在, 村民张书记: LABELS.md: no person), no
    anonymised 某, no particle in it, no dictionary noun, verb or time word of jieba's (村民顾虑, 市民周末), and no
    dictionary word opening there (群众陆续|返家, 村民曾经|靠, 群众白手起家).
    """
    found = list(entities)
    for resident in _RESIDENT_INSIDE.finditer(text):
        start = resident.end()
        if start >= len(text) or text[start] not in _FREQUENT_SURNAMES or _overlaps_any(found, start, start + 2):
            continue
        for length in (3, 2):
            name, end = text[start : start + length], start + length
            if (end < len(text) and text[end] in _AFTER_A_RESIDENTS_NAME and all(_is_cjk(ch) for ch in name)
                    and not name.endswith(HONORIFICS + SURNAME_POSTS) and name[-1] not in _KIN_CHARACTERS
                    and name[1] not in "老阿" and "某" not in name and not set(name[1:]) & (_NO_GIVEN_NAME_CHARACTERS | {"一"})
                    and word_tag(name)[:1] not in ("n", "v", "t", "d", "a") and not _overlaps_any(found, start, end)
                    and not _opens_a_common_word(start, text)):
                found.append(Entity(start, end, "PER", name))
                break
    return sorted(found, key=lambda e: (e.start, e.end))


#: Joiners jieba may read into the name after them (我和|普京 as 和普京).
_NAME_JOINERS = frozenset("和与同及、")


def person_named_again_before_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a mention of a two-character person the text tags elsewhere where it stands untagged right before a post,
    tagged or a leader's (我和|普京|总统共同宣布 beside 普京 tagged; from CCTV news).

    :func:`tag_other_mentions` leaves two-character persons alone, as their
    characters spread into common words; a post right after the mention, on a
    word's start or after a joiner jieba reads into the name (和普京), makes it the name.
    """
    people = {entity.text for entity in entities if entity.type == "PER" and len(entity.text) == 2}
    names_of_other_types = {entity.text for entity in entities if entity.type != "PER"}
    post_starts = {entity.start for entity in entities if entity.type == "TITLE"}
    found = list(entities)
    for name in sorted(people - names_of_other_types):
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if ((end in post_starts or text.startswith(_LEADERS_POSTS_LONGEST_FIRST, end))
                    and not _overlaps_any(found, at, end) and (word_starts_at(text, at) or text[at - 1 : at] in _NAME_JOINERS)):
                found.append(Entity(at, end, "PER", name))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda e: (e.start, e.end))


def _in_quotes_or_before_a_place(mention: Entity, text: str) -> bool:
    """Whether a city's short name stands inside a quotation (“丽水山耕”, a brand) or opens a place's or venue's name
    (天水站): there it is part of another name, not the city."""
    quoted = any(quote.start(1) <= mention.start and mention.end <= quote.end(1)
                 for quote in _SHORT_QUOTATION.finditer(text, max(0, mention.start - 21), mention.end + 22))
    return quoted or text.startswith(("站", "港", "路", "街", "桥", "大道", "大街", "社区", "村委", "居委"), mention.end)


#: A place's administrative unit (县, 街道, 社区) wherever it stands in a name.
_ADMIN_UNIT = re.compile(ADMIN_UNIT_ENDINGS)


def _unit_names(entities: Sequence[Entity]) -> set[str]:
    """The names the text's tagged places give their units by alone. The short names of cities and counties
    (甘肃省|天水市 → 天水, 嵊州市 → 嵊州): local news names a city in full once and short after (天水是劳务输出大市); only a
    two- or three-character name before 市 or 县 that jieba knows as a noun or not at all (天水, not 东方: s). And the
    later units of a chain by their full names (福建省寿宁县下党乡 → 寿宁县, 下党乡): local news names a town or village
    with its county once and alone after (下党乡迎来了…); only names of three characters or more, not a 区 (开发区,
    水淹区: zones as often as districts). A province named without its 省 opens a chain as its unit would (甘肃两当县 →
    两当县, 两当: CCTV news), and a county or city named short right after it is named with its unit later (云南景谷 …
    景谷县已集中转移: CCTV news). The tagger misses some mentions of both."""
    names: set[str] = set()
    for entity in entities:
        if entity.type != "LOC":
            continue
        # a province named without its 省 opens the chain as its unit would (甘肃|两当县 → 两当县, 两当)
        province = next((name for name in _PROVINCES_LONGEST_FIRST if entity.text.startswith(name)), "")
        opened = bool(province) and _ADMIN_UNIT.match(entity.text, len(province)) is None
        start = len(province) if opened else 0
        rest = entity.text[len(province) :]
        if opened and 2 <= len(rest) <= 3 and all(map(_is_cjk, rest)) and _ADMIN_UNIT.search(rest) is None:
            names.update((rest + "县", rest + "市"))  # 云南|景谷 … 景谷县: a county named short after its province
        for index, unit in enumerate(_ADMIN_UNIT.finditer(entity.text, start), start=int(opened)):
            name = entity.text[start : unit.start()]
            if (unit.group() in ("市", "县") and 2 <= len(name) <= 3
                    and word_tag(name) in (("", "ns", "nz") if opened and index == 1 else ("", "n", "ns", "nz"))):
                names.add(name)  # after a bare province, not a common noun: 广西|资源县 names no 资源 (resources)
            if index > 0 and unit.end() - start >= 3 and unit.group() != "区":
                names.add(entity.text[start : unit.end()])
            start = unit.end()
    return names


def _feature_names(entities: Sequence[Entity]) -> set[str]:
    """The rivers, lakes, valleys and polders the text's tagged chains of places end with, by their own names
    (高昌区|葡萄沟 → 葡萄沟, 三角乡|三角联圩 → 三角联圩): local news names the feature with its county or town once and
    alone after (在葡萄沟种了20多亩葡萄), as it does a town; a dam or embankment read on is not the name's (三角乡三角联圩|大堤,
    cut later: :func:`embankment_off_its_water`). Names of three characters or more."""
    names: set[str] = set()
    for entity in entities:
        place = embankment_off_its_water(entity).text
        units = list(_ADMIN_UNIT.finditer(place)) if entity.type == "LOC" else []
        name = place[units[-1].end() :] if units else ""
        if len(name) >= 3 and name.endswith(FEATURE_ENDINGS) and all(map(_is_cjk, name)):
            names.add(name)
    return names


def _stands_as_words(mention: Entity, text: str) -> bool:
    """Whether a mention starts and ends on dictionary-word boundaries, a preposition jieba reads into its first word
    aside (在外|纳镇 for 在|外纳镇); a two-character one must be one word (not 茶|市 read across two), or a water's name
    of two single characters no word of jieba's holds (元|荡: see :func:`water_named_by_one_character`)."""
    first_start, first_end = word_at(text, mention.start)
    if len(mention.text) == 2:
        return (first_start, first_end) == (mention.start, mention.end) or _water_of_two_characters(text, mention.start)
    glued = first_start == mention.start - 1 and text[first_start] in _PREPOSITIONS_GLUED_TO_A_PLACE and first_end <= mention.end
    return (first_start == mention.start or glued) and word_ends_at(text, mention.end)


#: Prepositions jieba reads into a word with a place's first character (在外|纳镇: 在外 "away from home").
_PREPOSITIONS_GLUED_TO_A_PLACE = frozenset("在到从赴往至")


#: Last characters of bodies :func:`_ends_like_a_name` does not know (运检室, 生物学系, 财政司, 应急连, 汉化组).
_MINOR_BODY_ENDINGS = "室系司军连组团"


def is_fragment(entity: Entity, text: str) -> bool:
    """Whether an ORG stops on the first character of a word that runs past it and ends like no name: 新能源汽|车.

    Such a span is a piece of a phrase or of a longer name (长春汽车工业高|等专科学校),
    never a name of its own; it is dropped. Only spans of four characters or
    more (建行|为, 国共|合作 are abbreviations); of the gold organizations of
    MSRA train, CLUENER train and the written train split it would drop 9.
    Also a span whose body ending begins a common word (研究部|署: 研究部署
    is "plan the work", the commonest phrase of a meeting report; 处理,
    所以), or one that holds 研究部署 whole; no gold span of MSRA, CLUENER,
    People's Daily dev or the written splits is one.
    """
    if entity.type == "ORG" and _runs_into_a_common_word(entity, text):
        return True
    if entity.type != "ORG" or len(entity.text) < 4 or entity.text[-1] in _MINOR_BODY_ENDINGS:
        return False
    if _ends_like_a_name(entity.text) or _ends_like_a_name(entity.text[:-1]):
        return False
    if text.startswith(entity.text[-1] + "长", entity.end):
        return False  # the unit's head follows (…带电作业班|班长: 班 opens 班班 to jieba; the written labels tag such a 班)
    return _last_character_opens_next_word(entity, text)


#: Common words that begin with a body's last character (研究部|署, 依法处|置, 所以): a body's name never runs into one;
#: also an agreement, which ends no body but whole (自由贸易协|定, 达成协|议; MSRA's 关贸总协定 is GATT).
_WORDS_OPENED_BY_A_BODY_ENDING = ("部署", "处理", "处置", "所以", "局势", "局地", "社会", "协定", "协议", "部分")
#: Verbs that open with 会, a body's ending too (应急管理部会|同水利部): a body read into one is cut back, not kept whole.
_VERBS_OPENED_BY_HUI = ("会同", "会商")


def name_stopping_inside_a_word(entity: Entity, text: str) -> list[Entity]:
    """A place or body that stops inside a common word of jieba's whose part in the span is no word and ends like no
    name (意大利工会组|织, 中国钢铁行|业, 海洋环境保|护法, 北斗卫星导航系|统, 尾矿煤矸|石: CCTV news) is no name there:
    the longest run of words before that word that is a place or ends like a name is kept (意大利, 中国,
    中华人民共和国|国民经|济, 中国志愿服务联合会|第二届会员代表大|会), else the span is dropped. The common word is jieba's alone (not a name it tags: ns, nt, nz, nr), and the piece in the span is
    of Chinese characters only (沙尔克04|vs, a CLUENER team, stays); no gold place or body of the corpora stops so."""
    if entity.type not in ("LOC", "ORG"):
        return [entity]
    word_start, word_end = word_at(text, entity.end - 1)
    piece = text[word_start : entity.end]
    if (word_start <= entity.start or word_end <= entity.end or len(piece) < 2 or not all(map(_is_cjk, piece))
            or word_tag(text[word_start:word_end])[:2] in ("ns", "nr", "nt", "nz") or word_tag(piece) or _ends_like_a_name(piece)):
        return [entity]
    return _longest_name_before(entity, text, word_start)


def _longest_name_before(entity: Entity, text: str, word_start: int) -> list[Entity]:
    """The longest run of words from a span's start up to ``word_start`` (where a common word the span runs into
    opens) that is a place (a LOC) or ends like a name (the span's type), or nothing."""
    for cut in range(word_start, entity.start + 1, -1):
        before = text[entity.start : cut]
        if word_at(text, cut)[0] != cut:
            continue
        if is_place_word(before) or before in _COUNTRIES_AND_PROVINCES or _UNIT_END.search(before):
            return [Entity(entity.start, cut, "LOC", before)]
        if _ends_like_a_name(before):
            return [Entity(entity.start, cut, entity.type, before)]
    return []


#: Common words that end names of places and bodies, with the type of the name: a span whose last character opens
#: one is given the rest of it (平陆运|河, 梅龙高|铁, 毛乌素沙|地, 配套灌|区; 丰田汽|车, 央视新|闻: CCTV news).
_WORDS_THAT_END_NAMES = {"运河": "LOC", "高铁": "LOC", "沙地": "LOC", "灌区": "LOC", "汽车": "ORG", "新闻": "ORG"}
#: More characters that end names (a cup, group, army, bank, department, pool, sea, temple, hall, station, village …):
#: a place or body ending in one before the word jieba reads it into is kept (栋梁河|边, 联盟杯|中, 财政司|长, 爪哇海|域).
_ENDS_A_NAME_TOO = frozenset("杯组系军行司池海协团峰岭台庙寺宫塔馆院园场站楼厂所社部处科室署厅委盟营庄屯寨垸堤坝渠沟溪泉洲滩礁谷坡林")


def name_ending_on_a_words_first_character(entity: Entity, text: str) -> list[Entity]:
    """A place or body of three characters or more whose last character opens a common word of jieba's after it
    (夏粮丰|收, 广义货|币, 中蒙命|运, 国家发|展, 黄茅海跨|海通道, 北京城市副中|心) is no name there, as one stopping inside a
    word with more of it is not (:func:`name_stopping_inside_a_word`): the longest run of words before that
    character that is a place or ends like a name is kept (西安|南门文化广|场 → 西安, 柏林|总|统府 → 柏林), else the span
    is dropped; where the word ends names (:data:`_WORDS_THAT_END_NAMES`), the span is given the rest of it instead
    (平陆运|河 → 平陆运河, 丰田汽|车 → 丰田汽车), and where it opens 革命老区 (an old revolutionary base area), what stands
    before it is the place (太行|革|命老区 → 太行, 湘赣边|革|命老区 → 湘赣边). Not where the character ends names
    (:data:`_ENDS_A_NAME`, :data:`_ENDS_A_NAME_TOO`: 栋梁河|边, 大阪街|头), is doubled (新闻组|组长, 红一连连|长,
    沙布嘎|嘎查), nor where the span is a word of jieba's (亚投行|将) or the word after it a name jieba tags): CCTV news,
    35 texts; of the gold spans of the corpora it changes none."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 2:
        return [entity]
    word_start, word_end = word_at(text, entity.end - 1)
    if word_start != entity.end - 1 or word_end <= entity.end:
        return [entity]
    word = text[word_start:word_end]
    if word in _WORDS_THAT_END_NAMES:  # 平陆运|河 → 平陆运河, 丰田汽|车 → 丰田汽车: the word ends the name
        return [Entity(entity.start, word_end, _WORDS_THAT_END_NAMES[word], text[entity.start : word_end])]
    if text.startswith("革命老区", word_start):  # 太行|革|命老区: the place before it
        return [Entity(entity.start, word_start, "LOC", text[entity.start : word_start])]
    last = entity.text[-1]
    if (not all(map(_is_cjk, word)) or word_tag(word)[:2] in ("ns", "nr", "nt", "nz") or _ends_like_a_name(entity.text)
            or last in _ENDS_A_NAME or last in _ENDS_A_NAME_TOO or last in (text[entity.end], entity.text[-2])
            or word_tag(entity.text)):
        return [entity]
    if len(entity.text) == 2:
        return _two_characters_before_a_word(entity, text)
    return _longest_name_before(entity, text, word_start)


def _two_characters_before_a_word(entity: Entity, text: str) -> list[Entity]:
    """A two-character span whose last character opens a common word: the state it opens with where the first
    character is a state's or place's abbreviation (乌|空军 → 乌, 巴|安全部门 → 巴, 叙|政府军 → 叙), kept where both
    characters are (中拉|关系, 美俄|总统, 法中|将: two sides) or a place unit follows (昌果|乡); a place is dropped
    else (红芝|麻, 大剧|院, 江家|人), a body kept (CLUENER's teams: 热刺|客场, 马竞|技, 欧冠|以来)."""
    first, second = entity.text
    if text[entity.end] in _ENDS_A_NAME or second in PLACE_ABBREVIATIONS or second in STATE_ABBREVIATIONS or second == "拉":
        return [entity]  # 中拉: China and Latin America
    if first in STATE_ABBREVIATIONS:
        return [Entity(entity.start, entity.start + 1, "LOC", first)]
    return [entity] if entity.type == "ORG" or first in PLACE_ABBREVIATIONS else []


def place_before_a_fragment(entity: Entity, text: str) -> Entity:
    """The place that opens an ORG which is a fragment (:func:`is_fragment`), as a LOC: 天津市|经济社|会发展 → 天津市
    (from CCTV news); the longest run of administrative units at the span's start that ends between two words."""
    if entity.type != "ORG" or not is_fragment(entity, text):
        return entity
    ends = [unit.end() for unit in re.finditer(ADMIN_UNIT_ENDINGS, entity.text) if unit.end() >= 2
            and word_at(text, entity.start + unit.end())[0] == entity.start + unit.end()]
    chain = next((end for end in reversed(ends) if is_place_word(entity.text[:end]) or is_place_word(entity.text[: end - 1])
                  or _reads_as_places(text, entity.start, entity.start + end)), None)
    return Entity(entity.start, entity.start + chain, "LOC", entity.text[:chain]) if chain else entity


def _runs_into_a_common_word(entity: Entity, text: str) -> bool:
    """Whether a span's last character begins one of :data:`_WORDS_OPENED_BY_A_BODY_ENDING` (研究部|署, 南方局|地), not
    where the word's second character opens a longer word itself (分局|地处), or the span holds 部署 whole
    (研究部署防汛防|台工作)."""
    if "部署" in entity.text:
        return True
    if not text.startswith(_WORDS_OPENED_BY_A_BODY_ENDING, entity.end - 1):
        return False
    return not _opens_a_word_past(text, entity.end, entity.end + 1)


def person_cut_before_a_place_or_adverb(entity: Entity, text: str) -> Entity:
    """Cut a person read on into 在 and the place after it (黄强|在长春|作宣讲报告), or a four-character one into an
    adverb jieba reads as a word of its own (王彤|非常有感触), or a three-character name into 为 and part of the word
    after it (庄仕华|为牧|民们巡诊), or a name of five characters or more into a preposition and its object
    (施芝鸿|对十八大报告): from CCTV news. Only for a common one-character surname, whose names have at most three
    characters."""
    name = entity.text
    if entity.type != "PER" or len(name) < 4 or not _common_single_surname(name):
        return entity
    at = name.find("在", 2)
    rest = name[at + 1 :] if 2 <= at <= 3 else ""
    if len(rest) >= 2 and (is_place_word(rest) or rest in _COUNTRIES_AND_PROVINCES):
        return Entity(entity.start, entity.start + at, "PER", name[:at])
    if len(name) == 4 and word_tag(name[2:]) == "d" and word_at(text, entity.start + 2) == (entity.start + 2, entity.end):
        return Entity(entity.start, entity.start + 2, "PER", name[:2])
    if len(name) >= 5 and name[3] == "为" and word_starts_at(text, entity.start + 4) \
            and word_at(text, entity.start + 4)[1] > entity.end:
        return Entity(entity.start, entity.start + 3, "PER", name[:3])  # 庄仕华|为牧|民们巡诊: 为 and a word it opens
    linked = next((at for at in (3, 2) if len(name) >= 5 and name[at] in _PREPOSITIONS_AFTER_A_NAME), None)
    if linked is not None:  # 施芝鸿|对十八大报告…进行了讲解: a name read on into a preposition and its object
        return Entity(entity.start, entity.start + linked, "PER", name[:linked])
    return entity


def transliteration_cut_before_a_function_word(entity: Entity) -> Entity:
    """Cut a transliterated name read on into the one-character word after it: 哈勒吉|时 (when), 萨金塔耶夫|偕 (with),
    阿巴斯|不 (not): CCTV news. Only where the rest is three transliteration characters or more and the last
    character none of them; no gold person of the corpora so shaped ends in one of these words."""
    name = entity.text
    if (entity.type != "PER" or len(name) < 4 or name[-1] not in _FUNCTION_WORDS_AFTER_A_NAME
            or not set(name[:-1].replace("·", "")) <= TRANSLITERATION_CHARS):
        return entity
    return Entity(entity.start, entity.end - 1, "PER", name[:-1])


#: One-character words a transliterated name is read on into (哈勒吉|时, 萨金塔耶夫|偕, 阿巴斯|不; People's Daily's
#: 巴西外援|里贝罗|各为自己的球队…): prepositions, conjunctions and adverbs; none is a transliteration character.
_FUNCTION_WORDS_AFTER_A_NAME = frozenset("时偕不也都就又还在将称等的了和与同对向从被把为以说各则曾已仍亦均却便才再即并更")


#: Prepositions a name of a common surname (three characters at most) is read on into with their object
#: (施芝鸿|对十八大报告, from CCTV news); no gold person of five characters or more of the corpora holds one there.
#: Not 向, 和, 与, 同, 跟: they also join two people (贝德高|向|李克强, 周坚红|和|梁春荣: :func:`split_joined_people`).
_PREPOSITIONS_AFTER_A_NAME = "对在给把被将从"


def person_cut_before_a_breach(entity: Entity, text: str) -> Entity:
    """Cut a person read on into the 违 of 违规, 违纪 or 违法 after the name (廖晖|违规收受礼品, from CCTV discipline
    news); no gold person of the corpora ends in 违."""
    if entity.type == "PER" and len(entity.text) >= 3 and entity.text.endswith("违") and _last_character_opens_next_word(entity, text):
        return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])
    return entity


def is_post_fragment(entity: Entity, person_starts: set[int], text: str) -> bool:
    """Whether a TITLE stops inside a word that runs past it with no name after it (副秘书|长), or names a system (河长|制).

    In the written labels a post that ends inside a jieba word is always
    one whose holder's surname jieba glued to it (局长|江, 校长|葛), and a
    name starts there; without one the post is a piece of another word.
    """
    if entity.type != "TITLE" or entity.end in person_starts:
        return False
    if text.startswith("制", entity.end):
        return True  # a system named after a post: 河长|制, 林长|制
    start, end = word_at(text, entity.end - 1)
    # jieba's 部长职务 is the post's word, and 兼 opens the next post (副社长|兼总编辑: jieba reads 长兼)
    return start < entity.end < end and not text.startswith(("职务", "兼"), entity.end)


def _last_character_opens_next_word(entity: Entity, text: str) -> bool:
    """Whether the span's last character begins a dictionary word that runs past the span (华容县统|筹, 新能源汽|车)."""
    return _opens_a_word_past(text, entity.end - 1, entity.end)


#: Characters that extend a place name into another (龙潭湖, 枫桥江, 泗水街, 浙西南): never cut as an overrun.
PLACE_FEATURE_CHARACTERS = "湖江河山街城海岛溪湾峡南北东西"


#: One-character adverbs that follow a name (何立新|正指导, 王平|也说), and prepositions and speech verbs that open the
#: predicate after one (丁仲礼|向会议作报告, 李明|对记者说, 王刚|称): no gold name of four characters with a common
#: one-character surname ends in one in MSRA train, CLUENER train and dev, People's Daily dev or the written train and
#: dev splits (作 is left out: 池田大作).
NAME_FOLLOWING_WORDS = "正在也还就都又已曾便" + "向对为说到从与和同将把被给讲称于率带"
#: What may follow a name the text names without it: :data:`NAME_FOLLOWING_WORDS`, the adverbs 刚, 才, 常
#: (聂开|刚当选, 李连成|常挂在嘴边) and the verbs 来, 去, which as a fourth character alone would cut too many names.
_ADVERBS_AFTER_A_NAME = NAME_FOLLOWING_WORDS + "刚才常来去"  # and 来, 去 (解良|来驻村扶贫, from CCTV news)
#: What a speaker 作 (makes, gives) after the name: 翁杰明作|关于…的报告 (from CCTV news). 作 alone may end a name (池田大作).
_GIVEN_AFTER_ZUO = re.compile(r"作(?:关于|报告|说明|发言|讲话|工作报告|重要|主旨|专题|动员|总结|批示|指示|演讲|交流|题为|辅导|宣讲|书面|了|的关于|的报告"
                              r"|部署|表态|点评|安排"
                              r"|的有关|有关)")  # 吴政隆作|交流发言, 作题为…的报告


#: The suffixes of things named after a person (姚明|卡, 岳飞|版, 屈原|杯, 雷锋|班, 姜夔|篇, MSRA's 汤尤|杯).
_SUFFIXES_OF_THINGS_NAMED_AFTER_A_PERSON = "卡版杯篇班画烧式队组馆路街体派奖案牌"
#: Characters that follow a name without being part of it: particles, verbs of saying, time and place words, the
#: suffixes of things named after a person, and a photo's or book's credit.
_NOT_A_NAMES_LAST_CHARACTER = frozenset("在和说等的了也都就又还是与及同跟对向从把被将为以到去来让给请叫称讲表示道问答笑哭看听想要会能"
                                        "可已曾正再才便却而但或并其之这那每各该本此某们家里外上下中内前后时年月日号岁人"
                                        + _SUFFIXES_OF_THINGS_NAMED_AFTER_A_PERSON
                                        + "原倒既老真摄著诗热环子作")  # 柳萍|原是, 记者刘宇|摄, 刘诚|著的, 徐渭|诗：, 韦伯|热, 王晨|作的
#: What stands after a name's last character where the tagger left it out (何祥|美，, 杨成|业是, 吴子|性的).
_AFTER_A_WHOLE_NAME = frozenset("，。、；：！？”）)的是")
#: Marks no conjunction stands right before, the clause's and the list's (a line break is no mark: page text wraps
#: mid-sentence): a 和 before one ends a name (魏凤|和、王勇, 饶子|和、周慕冰).
_MARKS_NO_JOINER_PRECEDES = frozenset(_CLAUSE_END_MARKS.replace("\n", "") + "、")


#: Parts of Tibetan names (次仁平措, 达娃卓玛, 格桑多吉): a person that stops after a part's first character stops inside it.
TIBETAN_NAME_PARTS = ("平措", "卓玛", "多吉", "旺堆", "次仁", "顿珠", "拉姆", "旺姆", "央金", "罗布", "扎西", "格桑", "尼玛", "达瓦",
                      "达娃", "索朗", "边巴", "普布", "白玛", "德吉", "曲珍", "措姆", "卓嘎", "巴桑", "米玛", "欧珠", "琼达", "益西",
                      "旦增", "洛桑", "强巴", "丹增", "贡嘎", "次旦", "仁增", "群培", "加措", "嘉措", "拉珍", "玉珍")


def tibetan_name_completed(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a person that stops inside the last part of a Tibetan name its last character: 次仁平|措, 达娃平|措 (CCTV
    news: the tagger leaves 措 out every time, as no Chinese given name ends so)."""
    result: list[Entity] = []
    for entity in entities:
        part = next((p for p in TIBETAN_NAME_PARTS if entity.text.endswith(p[0]) and text.startswith(p[1], entity.end)), "")
        if entity.type == "PER" and len(entity.text) >= 3 and part and not _overlaps_another(entities, entity, entity.end, entity.end + 1):
            entity = Entity(entity.start, entity.end + 1, "PER", text[entity.start : entity.end + 1])
        result.append(entity)
    return result


def _name_tagged_elsewhere_from(surname: Entity, entities: Sequence[Entity], text: str) -> str:
    """The person of three characters the text tags elsewhere and writes whole from ``surname`` on, or of two right
    after a post, where no span touches the rest (国家副主席韩|正在北京会见 beside 韩正|表示: jieba reads 正在, so the
    name is not read there; 罗|长姐 beside 罗长姐), or ``""``. Not a name of two without a post before it: the tagger's
    common words read as people would spread (做|瓯|塑 beside 瓯塑 (PER), 叶|子)."""
    after_a_post = any(e.type == "TITLE" and e.end == surname.start for e in entities)
    names = sorted({e.text for e in entities if e.type == "PER" and (len(e.text) == 3 or len(e.text) == 2 and after_a_post)
                    and e.text[0] == surname.text and e.text not in STATE_POSTS}, key=len, reverse=True)  # not 原副|王储
    return next((name for name in names if text.startswith(name, surname.start)
                 and not _overlaps_another(entities, surname, surname.start, surname.start + len(name))), "")


def surname_completed_to_its_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a person read as its surname alone the name jieba reads from there (苗|圩为工业和信息化部部长,
    丁|薛祥强调, 吕|有金还和: CCTV news), where the surname is a common one, the name two or three characters that no
    span touches and no word jieba's dictionary counts more than ten times (its "names" 陈|列, 田|野, 权|威 are words),
    and no surname with an honorific, a kin word or a trophy (MSRA's 陈|老师, 朱|老, 刘|氏, 薛|家, 尤|杯) nor an
    anonymised person (张某); also the name of two or three characters the text tags elsewhere and writes whole from
    the surname on, though jieba reads on past it (韩|正在 beside 韩正: :func:`_name_tagged_elsewhere_from`)."""
    result: list[Entity] = []
    up_to_a_mark: list[Entity] = []
    for entity in entities:
        end = person_word_end(text, entity.start) if entity.type == "PER" and len(entity.text) == 1 else entity.start
        name = text[entity.start : end]
        if (2 <= len(name) <= 3 and _common_single_surname(name) and word_frequency(name) <= 10
                and not any(character in _AFTER_A_SURNAME_ALONE for character in name[1:])
                and not _overlaps_another(entities, entity, entity.start, end)
                and text[entity.start - 1 : entity.start] not in _MEASURES_BEFORE_ZHANG
                and (word_frequency(name[1:]) <= 10 if len(name) == 3 else _where_a_full_name_stands(entity.start, end, entities, text))):
            entity = Entity(entity.start, end, "PER", name)
        elif entity.type == "PER" and len(entity.text) == 1 and (named := _name_tagged_elsewhere_from(entity, entities, text)):
            entity = Entity(entity.start, entity.start + len(named), "PER", named)  # 国家副主席韩|正在 beside 韩正 (PER)
        elif entity.type == "PER" and len(entity.text) == 1:
            whole = _name_up_to_a_mark_after_a_post(entity, entities, text)
            if whole is not entity:
                entity = whole
                up_to_a_mark.append(whole)
        result.append(entity)
    # what the tagger read inside a name so completed is part of it (栗|战书: 战书 read as a post)
    return [e for e in result if not any(e is not person and person.start < e.start and e.end <= person.end for person in up_to_a_mark)]


def person_completed_to_jiebas_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a person of two characters or more that stops inside a name of jieba's dictionary read from its start the
    rest of that name, one or two characters: 日本首相安倍晋|三, 安倍|晋三, 特朗|普, 邓稼|先 (CCTV news; jieba's dictionary lists
    安倍晋三, and the tagger, which saw few such names, stops early). Only where the person is no word of jieba's
    itself (邓小平|理论, 毛泽东|思想: jieba lists the doctrines as names), the name has three characters or reads as
    family and given name (:func:`_dictionary_name_end`: not 殷切希|望, 党风廉|政), it ends in no character
    that ends no name, nor in a law's or dynasty's (尤伯|杯, 贝恩|四, MSRA's 伯顿|法, 弘光|朝), and no span touches the
    rest."""
    result: list[Entity] = []
    for entity in entities:
        end = _dictionary_name_end(text, entity.start) if entity.type == "PER" and len(entity.text) >= 2 else entity.end
        if (entity.end < end <= entity.end + 2 and not is_known_word(entity.text)
                and text[end - 1] not in _NOT_A_NAMES_LAST_CHARACTER and text[end - 1] not in "法朝"  # 尤伯|杯, 伯顿|法, 弘光|朝
                and not _overlaps_another(entities, entity, entity.end, end)):
            entity = Entity(entity.start, end, "PER", text[entity.start : end])
        result.append(entity)
    return result


def _dictionary_name_end(text: str, start: int) -> int:
    """Where a name jieba's dictionary lists, read from ``text[start]``, ends: three characters, or four that read as
    family and given name (:func:`_reads_as_family_and_given_name`); ``start`` where none starts there."""
    word_start, word_end = word_at(text, start)
    name = text[start:word_end]
    if (word_start != start or not is_known_word(name) or not word_tag(name).startswith("nr")
            or not (len(name) == 3 or _reads_as_family_and_given_name(name))):
        return start
    return word_end


def _reads_as_family_and_given_name(name: str) -> bool:
    """Whether a four-character name of jieba's reads as a family name it lists as a name and a given name that is no
    word (安倍|晋三), not as two words (殷切|希望, 党风|廉政, 春华|秋实: set phrases its dictionary tags as names)."""
    return len(name) == 4 and word_tag(name[:2]).startswith("nr") and not is_known_word(name[2:])


#: A given name of one or two characters that runs up to a mark (…主任栗|战书，, 部长顺|通。).
_GIVEN_NAME_UP_TO_A_MARK = re.compile(r"[\u4e00-\u9fff]{1,2}(?=[，、。；：）])")


def _name_up_to_a_mark_after_a_post(person: Entity, entities: Sequence[Entity], text: str) -> Entity:
    """A person read as its first character alone right after a post, where one or two untagged characters run from
    it up to a mark, is all of them: 中央办公厅主任栗|战书，国务委员杨洁篪 (CCTV's lists of the leaders who attend:
    战书 is a word, so jieba reads no name), 部长顺|通。, 书记桂|小妹、. Right after a post and before a list's or a
    clause's mark a full name stands, whatever its given name reads as; not a surname with an honorific (王|总，).
    A span the tagger read inside the given name goes into it (战书 as a TITLE), but for a post of its own (王|书记，,
    a surname and a post)."""
    given = _GIVEN_NAME_UP_TO_A_MARK.match(text, person.end)
    if (given is None or not any(e.type == "TITLE" and e.end == person.start for e in entities)
            or any(character in _AFTER_A_SURNAME_ALONE for character in given.group())):
        return person
    read_inside = [e for e in entities if e is not person and e.start < given.end() and person.end < e.end]
    if any(e.start < person.end or e.end > given.end() or (e.type == "TITLE" and _POST_ENDING.search(e.text)) for e in read_inside):
        return person  # a span running past the name, or a post of its own (王|书记，)
    return Entity(person.start, given.end(), "PER", text[person.start : given.end()])


#: What stands before a measure word 张 that the tagger read as a surname (那张小巧的门票).
_MEASURES_BEFORE_ZHANG = frozenset("这那一两几每各半整")
#: How the role before a person's name ends (教导员, 大使, 护理人员, 村民, 选手).
_ROLE_ENDINGS_BEFORE_A_NAME = tuple("员使长民师手工生者")


def _where_a_full_name_stands(start: int, end: int, entities: Sequence[Entity], text: str) -> bool:
    """Whether ``text[start:end]`` stands where a full name does, not a surname standing for a person (曹|军, 张|派,
    杜|诗: MSRA): right after a post or a role (大使|黄屏, 教导员|陈陆), or in a list (、|卢进|、)."""
    if text[start - 1 : start] == "、" or text[end : end + 1] == "、" or any(e.end == start and e.type == "TITLE" for e in entities):
        return True
    word_start, word_end = word_at(text, start - 1) if start > 0 else (0, 0)
    role = text[word_start:word_end]
    return word_end == start and len(role) >= 2 and role.endswith(_ROLE_ENDINGS_BEFORE_A_NAME) and is_noun_word(role)


#: What follows a surname standing for a person (陈老师, 朱老, 周总理, 刘氏, 薛家, 尤杯, 张某, 岳母): no given name.
_AFTER_A_SURNAME_ALONE = frozenset("老师总氏家杯某姐哥叔伯姨婶嫂母父兄弟妹公婆爷奶")


def person_completed_by_a_character(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a two-character person of a common surname the third character the tagger left out, where that character
    stands alone before punctuation, 的 or 是 and is no particle, verb of saying, time word or suffix (十八大代表何祥|美，,
    杨成|业是…, 县委书记黄水|木、: CCTV news), or right after the post the person holds, before a verb, preposition,
    adverb, time word or day of the month where the name stands nowhere else before another character, and so right
    after a resident word (村民陈积|武说; the written labels' residents have three-character names) (副主任委员王鸿|举作的,
    委员长栗战|书9日,
    民政部副部长詹成|付日前, 生态环境部部长黄润|秋受国务院委托: CCTV news; CLUENER's three such gold names, 王红|专介绍,
    赵静|洪觉得, 姜伟|新近日, are the people 王红专, 赵静洪 and 姜伟新 cut short), also where jieba reads it as one word
    with the name's last character (党委书记陈全|国、, 部长丁世|兄，: 全国, 世兄), or is 和 right before a mark, where it
    can join nothing (刘鹤、魏凤|和、王勇), or after the post the person holds before a verb of a talk or meeting
    (常务主席罗富|和主持开幕会; not 副总裁叶璇|和销售经理, where 销售 opens a post); the name's other mentions so cut are completed with it. MSRA, CLUENER and People's Daily dev have 20 gold two-character names so
    placed before a mark, all but four before a character the list names (姚明|卡, 屈原|杯, 刘宇|摄)."""
    starts = {entity.start for entity in entities}
    post_ends = {entity.end for entity in entities if entity.type == "TITLE"}

    def held_post_before_a_predicate(person: Entity, after: str) -> bool:  # 主任委员王鸿|举作的, 部长黄润|秋受国务院委托
        named_as = person.start in post_ends or text.endswith(RESIDENT_WORDS, 0, person.start)  # also 村民陈积|武说
        return (named_as and after not in _OPENS_A_PREDICATE_AFTER_A_NAME
                and (_predicate_opens_at(text, person.end + 1) or _DAY_OF_THE_MONTH.match(text, person.end + 1) is not None)
                and not _stands_elsewhere_before_another(entities, person, text))

    result: list[Entity] = []
    for entity in entities:
        after = text[entity.end : entity.end + 1]
        mark_after = text[entity.end + 1 : entity.end + 2]
        joiner_before_a_mark = after == "和" and mark_after in _MARKS_NO_JOINER_PRECEDES  # 魏凤|和、王勇: no conjunction there
        joiner_before_a_verb = after == "和" and entity.start in post_ends and _verb_opens_at(text, entity.end + 1)  # 主席罗富|和主持
        if (entity.type == "PER" and len(entity.text) == 2 and _common_single_surname(entity.text) and _is_cjk(after)
                and (after not in _NOT_A_NAMES_LAST_CHARACTER or joiner_before_a_mark or joiner_before_a_verb)
                and (mark_after in _AFTER_A_WHOLE_NAME or held_post_before_a_predicate(entity, after))
                and entity.end not in starts
                and word_at(text, entity.end) in ((entity.end, entity.end + 1), (entity.end - 1, entity.end + 1))):
            entity = Entity(entity.start, entity.end + 1, "PER", text[entity.start : entity.end + 1])
        result.append(entity)
    # the other mentions of a name so completed, where the text reads it whole there (栗战|书说 after 委员长栗战书|9日)
    completed = {e.text for e, before in zip(result, entities) if e.end == before.end + 1}
    return [Entity(e.start, e.end + 1, "PER", text[e.start : e.end + 1])
            if e.type == "PER" and text[e.start : e.end + 1] in completed and len(e.text) == 2 and e.end not in starts
            else e for e in result]


#: A day of the month written in digits, which news puts right after the name of who acted (委员长栗战书|9日在北京).
_DAY_OF_THE_MONTH = re.compile(r"[0-9０-９]{1,2}[日号]")
#: Characters that open a predicate right after a name besides :data:`_NOT_A_NAMES_LAST_CHARACTER` (马涛|借举办, 张军|则透露).
_OPENS_A_PREDICATE_AFTER_A_NAME = frozenset("借受率带担今昨近亲首则亦仍均皆乃因")  # 陈彪|因对下属…
#: Words of one character that open a predicate after a name (王双廷|也带着, 王鸿举|作的, 易会满|受国务院委托, 陈积武|说).
_ONE_CHARACTER_PREDICATE_OPENERS = frozenset("也等作受说带到在对向为与")  # also 楼建军|带着, 雷海燕|到村, 黄坤明|在座谈会上


def _predicate_opens_at(text: str, at: int) -> bool:
    """Whether a verb, preposition, adverb, particle, conjunction or time word of jieba's opens at ``text[at]`` (表示,
    日前, 率团; of one character only 也, 等, 作 and 受: 拿|起 and 出|了 go on from a verb)."""
    start, end = word_at(text, at)
    word = text[start:end]
    return start == at and (word in _ONE_CHARACTER_PREDICATE_OPENERS or word in _VERBS_JIEBA_TAGS_AS_NOUNS
                            or (len(word) >= 2 and word_tag(word)[:1] in ("v", "p", "d", "u", "c", "t")))


#: Verbs an official does right after the name that jieba tags as nouns (副市长毛建|国|带队巡河, 督导, 部署).
_VERBS_JIEBA_TAGS_AS_NOUNS = frozenset({"带队", "督导", "部署"})


def _verb_opens_at(text: str, at: int) -> bool:
    """Whether a verb of a talk or meeting of two characters (:data:`_VERBS_OF_A_TALK_OR_MEETING`: 主持, 出席, 会见) opens a
    word of jieba's at ``text[at]``: no conjunction joins a name to one, so a 和 before it ends the name before
    (主席罗富|和|主持开幕会); not any verb, which may open a post (副总裁叶璇|和|销售经理田源)."""
    start, end = word_at(text, at)
    return start == at and end - start == 2 and text[start:end] in _VERBS_OF_A_TALK_OR_MEETING


def _stands_elsewhere_before_another(entities: Sequence[Entity], person: Entity, text: str) -> bool:
    """Whether the text tags ``person``'s name elsewhere before another character than this mention's."""
    after = text[person.end : person.end + 1]
    return any(e.type == "PER" and e.text == person.text and text[e.end : e.end + 1] != after for e in entities)


#: What may stand after every mention of a name without being part of it (张三|等, 李明|的): particles, prepositions,
#: adverbs and conjunctions (:data:`NAME_FOLLOWING_WORDS`), and the suffixes of things named after a person (汤尤|杯,
#: as MSRA tags it, 雷锋|班).
_NEVER_A_NAMES_END_THROUGH_A_TEXT = frozenset(NAME_FOLLOWING_WORDS + "的了着过等们是及或并而但却之致" + _SUFFIXES_OF_THINGS_NAMED_AFTER_A_PERSON)


def person_cut_to_its_name_tagged_elsewhere(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut a person read on into the words around a name the text tags as a person elsewhere back to that name
    (祝贺|瑟利夫 beside 瑟利夫, 老红军|杨思禄, 赵乐际|充分肯定, 李长春|高度赞|扬, 侯杰|做, 塔拉吉|时: CCTV news, where
    the tagger reads a verb or a role into the name it stands by). The words cut off must be whole words of jieba's
    at the name's edge, of two characters or more that its dictionary counts 80 times or more, or a preposition
    or verb of one character (:data:`_ONE_CHARACTER_WORDS_BEFORE_A_NAME`, :data:`_ONE_CHARACTER_WORDS_AFTER_A_NAME`);
    not a transliterated name's other part (约翰·|博尔顿), nor a surname of one character before a given name of two
    (祝|小龙)."""
    people = {entity.text for entity in entities if entity.type == "PER" and len(entity.text) >= 2}
    result: list[Entity] = []
    for entity in entities:
        if entity.type == "PER" and not _TRANSLITERATION_JOINERS.search(entity.text):
            entity = _cut_to_a_name_inside(entity, people, text)
        result.append(entity)
    return result


def _cut_to_a_name_inside(entity: Entity, people: set[str], text: str) -> Entity:
    """``entity`` cut to the longest of ``people`` inside it whose rest before and after reads as words that are no
    name (:func:`person_cut_to_its_name_tagged_elsewhere`), else ``entity``."""
    for name in longest_first(people):
        if len(name) >= len(entity.text) or name not in entity.text:
            continue
        start = entity.start + entity.text.index(name)
        end = start + len(name)
        if ((start == entity.start or _words_before_a_name(entity.start, start, len(name), text))
                and (end == entity.end or _words_after_a_name(end, entity.end, text))):
            return Entity(start, end, "PER", name)
    return entity


def _words_before_a_name(start: int, name_start: int, name_length: int, text: str) -> bool:
    """Whether ``text[start:name_start]`` ends in a word that is no name: jieba's word ending right at the name,
    wholly inside the piece, counted often, or a preposition or verb of one character before a name of three or more."""
    word_start, word_end = word_at(text, name_start - 1)
    if word_end != name_start or word_start < start:
        return False
    word = text[word_start:word_end]
    if len(word) == 1:
        return word in _ONE_CHARACTER_WORDS_BEFORE_A_NAME and name_length >= 3 and name_start - start == 1
    return _often_counted_beside_a_name(word)


def _often_counted_beside_a_name(word: str) -> bool:
    """Whether jieba counts ``word`` often enough to be no name, or, a set phrase of four characters or more it
    counts rarely (充分肯定 3, 高度赞扬 3), opens with such a word (充分, 高度)."""
    return (word_frequency(word) >= _OFTEN_COUNTED_WORD_BESIDE_A_NAME
            or (len(word) >= 4 and word_frequency(word[:2]) >= _OFTEN_COUNTED_WORD_BESIDE_A_NAME))


def _words_after_a_name(name_end: int, end: int, text: str) -> bool:
    """Whether ``text[name_end:end]`` opens with a word that is no name: jieba's word starting right after the name,
    counted often, or a verb, preposition or particle of one character."""
    word_start, word_end = word_at(text, name_end)
    if word_start != name_end:
        return False
    word = text[word_start:word_end]
    if len(word) == 1:
        return word in _ONE_CHARACTER_WORDS_AFTER_A_NAME
    return _often_counted_beside_a_name(word)


#: The marks that join the parts of a transliterated name (约翰·博尔顿, 斯特劳斯-卡恩, 克利福德・莱恩).
_TRANSLITERATION_JOINERS = re.compile(r"[·・\-－—]")

#: How often jieba counts a word read into a person beside a name the text tags, for the word to be cut off: 祝贺 560,
#: 迫切 756, 老红军 85 … and the names it knows count less (小龙 4,342 stands after a surname of one character, which
#: :func:`_words_before_a_name` does not cut).
_OFTEN_COUNTED_WORD_BESIDE_A_NAME = 80

#: Prepositions and verbs of one character read into a person's start (祝|西哈莫尼, 同|卡斯特罗).
_ONE_CHARACTER_WORDS_BEFORE_A_NAME = frozenset("祝向同与对给让请被把将据为在当跟陪派由")

#: Verbs, prepositions and particles of one character read into a person's end (侯杰|做, 塔拉吉|时, 郭明义|学).
_ONE_CHARACTER_WORDS_AFTER_A_NAME = frozenset("做时在是说等也都就又还则曾对向与同跟为被把将的已正要会学")


def person_read_whole_where_tagged_in_part(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Read a person the text tags whole elsewhere whole where a span holds only part of it and the text reads the
    whole name there (您同卢|卡申科总统 beside 卢卡申科, 瑟利|夫 beside 瑟利夫, 呼日勒 (LOC)|苏赫 (PER) beside 呼日勒苏赫):
    CCTV news, where a rule made the full name a person only after :func:`consistent_names` had read the text. The
    whole name replaces the spans inside it; not where it would cut into another span, nor a post."""
    people = {entity.text for entity in entities if entity.type == "PER" and len(entity.text) >= 3}
    if not people:
        return list(entities)
    result = list(entities)
    for name in longest_first(people):
        for entity in list(result):
            if entity.type == "TITLE" or entity.text == name or len(entity.text) >= len(name):
                continue
            at = name.find(entity.text)
            while at != -1:
                start = entity.start - at
                end = start + len(name)
                inside = [other for other in result if other.start < end and start < other.end]
                if (start >= 0 and text[start:end] == name
                        and all(start <= other.start and other.end <= end and other.type != "TITLE" for other in inside)):
                    result = _in_place_of(result, inside, Entity(start, end, "PER", name))
                    break
                at = name.find(entity.text, at + 1)
    return result


def person_completed_through_the_text(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a two-character person of a common surname the character that follows it at every one of its three or
    more mentions, where it opens no word there: 韦昌|进 (8 times), 蔡福|想, 王东|年, 刘国|中 (CCTV news: the tagger
    reads the same name the same way through a text, so the text-wide rules, which complete a name from a mention
    read whole, find none); so too where the name stands twice or more in the text, tagged or not, and the same
    character follows it everywhere (总理|黄循|财互致贺电 … 黄循|财表示, 钱七|虎, 栗战|书), and so a name of two or three
    characters of no common surname or all of transliteration (香九|妹, CLUENER's 斯蒂芬|金) where jieba reads the
    character alone and it is no numeral or 有 (腓特烈|十世, 帕查|有格): a common surname's three are a whole name
    (沈春耀|作的, 曾伯克|父青铜组器). Not a particle, preposition,
    adverb, verb of sending (莫迪|致慰问电) or the suffix of a thing named after a person (韩正|等, 赵明|之憨, 汤尤|杯), nor where the character opens a word
    (陆磊|表示, 李强|总理, 马纳|福特), or a span starts on it."""
    starts = {entity.start for entity in entities}
    mentions: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.type == "PER" and len(entity.text) == 2 and _common_single_surname(entity.text):
            mentions.setdefault(entity.text, []).append(entity)

    def followed_alone(entity: Entity) -> bool:
        after = text[entity.end : entity.end + 1]
        word_start, word_end = word_at(text, entity.end)
        return (_is_cjk(after) and after not in _NEVER_A_NAMES_END_THROUGH_A_TEXT and entity.end not in starts
                and not (word_start == entity.end and word_end > entity.end + 1))

    def mentions_in_the_text(name: str) -> list[Entity]:
        return [Entity(m.start(), m.end(), "PER", name) for m in re.finditer(re.escape(name), text)]

    def follower_of_every_mention(found: list[Entity]) -> str:
        """The one character that follows every mention in ``found``, each alone (:func:`followed_alone`), or ""."""
        followers = {text[e.end : e.end + 1] for e in found}
        return followers.pop() if len(followers) == 1 and all(map(followed_alone, found)) else ""

    completed = {name for name, found in mentions.items() if len(found) >= 3 and follower_of_every_mention(found)}
    completed |= {name for name in mentions
                  if len(everywhere := mentions_in_the_text(name)) >= 2 and follower_of_every_mention(everywhere)}
    others = {e.text for e in entities if e.type == "PER" and 2 <= len(e.text) <= 3 and all(map(_is_cjk, e.text))
              and (e.text[0] not in SURNAMES or set(e.text) <= TRANSLITERATION_CHARS)}  # 香九|妹, 斯蒂芬|金: no Chinese name
    completed |= {name for name in others if len(everywhere := mentions_in_the_text(name)) >= 2
                  and (after := follower_of_every_mention(everywhere)) and after not in _NUMERALS_AND_HAVE
                  and all(word_at(text, e.end) == (e.end, e.end + 1) for e in everywhere)}
    if not completed:
        return list(entities)
    return [Entity(e.start, e.end + 1, "PER", text[e.start : e.end + 1]) if e.type == "PER" and e.text in completed else e
            for e in entities]


#: What follows a name read whole at each mention of it (腓特烈|十世, 帕查有格 … 帕查|有): a numeral or 有.
_NUMERALS_AND_HAVE = frozenset("一二三四五六七八九十有")


#: Surnames that are also function characters standing before a name (和|家宝, 向|俊平, 但|琼斯, 有|蚩尤, 明|嘉靖, 时|织女):
#: never given to a name.
_FUNCTION_CHARACTERS_BEFORE_A_NAME = frozenset(NAME_PRECEDING_PREPOSITIONS + _PARTICLES_BEFORE_A_NAME + "有由时后年明及")


def person_given_its_surname(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a two-character person that is a given name alone the common surname the tagger left out before it
    (返乡创业青年何|俊杰说), where jieba reads the whole name as one word or the surname as one of its own, the surname
    is no function character, no span holds it and it follows a mark or a common noun (a role: 青年, 教师)."""
    result: list[Entity] = []
    for entity in entities:
        before = entity.start - 1
        if (entity.type == "PER" and len(entity.text) == 2 and before >= 0 and not _common_single_surname(entity.text)
                and _common_single_surname(text[before:entity.end]) and not _overlaps_another(entities, entity, before, entity.start)
                and text[before] not in _FUNCTION_CHARACTERS_BEFORE_A_NAME
                and word_at(text, before) in ((before, entity.end), (before, entity.start)) and _after_a_noun_or_a_mark(before, text)):
            entity = Entity(before, entity.end, "PER", text[before : entity.end])
        result.append(entity)
    return result


def _after_a_noun_or_a_mark(at: int, text: str) -> bool:
    """Whether ``text[at]`` follows a mark, the text's start or a common noun of two characters or more (青年|何俊杰,
    教师|支月英: a person's role before the name; not 防卫|相 or 溥仪|赏)."""
    if at == 0 or not _is_cjk(text[at - 1]):
        return True
    start, end = word_at(text, at - 1)
    return end == at and end - start >= 2 and word_tag(text[start:end]) in ("n", "t")  # jieba tags 青年 t


def _common_single_surname(name: str) -> bool:
    """Whether ``name`` opens with a common one-character surname (not the first of a compound one)."""
    return name[0] in SURNAMES and name[:2] not in COMPOUND_SURNAMES


def _runs_two_into_a_word(person: Entity, text: str) -> bool:
    """A five-character person of a common one-character surname whose last two characters are no
    transliteration's (or open an idiom: 尹计平|东奔西走, from CCTV news) and open a dictionary word running past the
    span: 张俊峰|超标(准)."""
    name = person.text
    if len(name) != 5 or not _common_single_surname(name):
        return False
    start, end = word_at(text, person.start + 3)
    idiom = word_tag(text[start:end]) in ("i", "l")  # 尹计平|东奔西走: an idiom is no transliteration's
    if not idiom and any(char in TRANSLITERATION_CHARS or not _is_cjk(char) for char in name[3:]):
        return False
    return start == person.start + 3 and end > person.end


def _name_read_into_a_longer_word(person: Entity, text: str) -> bool:
    """Whether a person is a dictionary name and the first character of the word after it, the two one dictionary
    word: 马克思主|义 (马克思 + 主义), 毛泽东思|想 (from CCTV news); not 马克思列宁 of 马克思列宁主义 (宁主义 is no word)."""
    name = person.text[:-1]
    return (_opens_a_word_past(text, person.start, person.end) and len(name) >= 2 and word_tag(name).startswith("nr")
            and not word_tag(person.text).startswith("nr")  # 马克思 of 马克思主义 is whole
            and is_known_word(text[person.end - 1 : word_at(text, person.start)[1]]))


def _ends_in_an_adverb_word(person: Entity, text: str) -> bool:
    """A person of four or five characters and a common one-character surname whose last two are an adverb and open a word
    jieba reads there (汪洋|充分肯定, 李兵昌|故意刁难: CCTV news); no gold name of the corpora ends in one."""
    return (len(person.text) in (4, 5) and _common_single_surname(person.text) and word_tag(person.text[-2:]) in ("d", "ad")
            and word_starts_at(text, person.end - 2))  # a word of its own, or one it opens (充分肯定)


#: Short names MSRA tags inside a word after a place (亚特兰大|奥|运会: the Olympics, 中国|京|剧: Beijing opera).
_SHORT_NAMES_IN_A_WORD = frozenset("奥京")


def _common_word_a_place_runs_into(entity: Entity, text: str) -> int | None:
    """Where the common word ends that a place runs one character into and jieba reads together with it, or ``None``
    (中国国|歌 in 中国国歌,
    中巴关|系 in 中巴关系): the word opens with the span, runs past it and names no place, person or body, what is left of the span is a
    state, a province, a place word or states' abbreviations (中巴), and its last character opens a word of its own
    (国歌, 关系). Not a word that ends like a name (南疆铁路), nor a last character MSRA tags as a place's short name
    inside such a word (亚特兰大|奥|运会, 中国|京|剧: the gold reads them with the place). Where that word of its own is a
    place (福建厦|门, 美国纽|约), the span takes the whole word instead: a chain of places."""
    start, end = word_at(text, entity.start)
    word = text[start:end]
    if (start != entity.start or end <= entity.end or word_tag(word)[:2] in ("ns", "nr", "nt") or _ends_like_a_name(word)
            or entity.text[-1] in PLACE_ABBREVIATIONS or entity.text[-1] in _SHORT_NAMES_IN_A_WORD):
        return None
    name = entity.text[:-1]
    placed = name in _COUNTRIES_AND_PROVINCES or is_place_word(name) or set(name) <= STATE_ABBREVIATIONS
    return end if placed and is_known_word(text[entity.end - 1 : end]) else None


#: A message a person sends (致|慰问电, 致|贺信): what follows the 致 a name was read on into.
_MESSAGE_SENT = re.compile(r"(?:慰问|贺|唁|感谢|祝贺)?(?:电|信|函)|辞|词")


def cut_word_overrun(entity: Entity, text: str) -> Entity:
    """Cut the one character a name runs over into the next word: 华容县统|筹, 永修县防汛抗旱指挥部组|织, 枫源村村|民,
    吴晓东汇|报.

    The small tagger often ends a place or a body one character late, on the
    first character of the word that follows (统筹, 组织, 养老, 村民). When
    the span without its last character ends like a name (an
    administrative unit, 局, 部, 中心, …) or, for a LOC, is a place name of
    jieba's dictionary (汶川|特大, 甘肃|革命老区), the last character does not (or
    doubles the one before), and that character opens a dictionary word
    that runs past the span, it is cut off; an ORG left as a bare place is a
    LOC. Of the gold places and bodies of MSRA train, CLUENER train, the
    written train split and the dev sets it would cut 3 in 84,000 (none
    more with the dictionary places, as a character that may go on a place
    name, 湖 in 龙潭湖畔, is never cut that way). A person of four characters
    whose surname is a common single one (吴晓东汇|报, 李大钊烈|士) is cut the
    same way: 3 of the 1,391 such gold names in MSRA train, CLUENER train,
    People's Daily dev and the written train split would be cut
    (transliterations: 皮尔庞特), and People's Daily dev moves 0.9221 → 0.9224.
    A name of three or four characters read on into a speaker's 作 (王晨作|的关于…的报告, 王晨作|的有关…, 章轲作|了说明: from CCTV
    news) is cut there; no gold person of the corpora ends in 作 but 池田大作, of five.
    Such a name whose last character is an adverb (何立新|正指导:
    :data:`NAME_FOLLOWING_WORDS`), or a preposition (丁仲礼|向会议), is cut too; none of those gold names is.
    A place or body that took the first character of one of :data:`PREDICATE_OPENERS` gives it back whatever the
    name before it (国家出|台措施, 国务院委|托; not 组织, a body's name too: 联合国粮食与农业组|织; what is left of an ORG
    is a place where it ends in a unit); no gold place or body of the corpora ends so (from CCTV news).
    A village read on into the 村 of 村集体 or 村民 gives it back (澳角村|村集体, 德胜村|村民: jieba reads 村村 as
    one word, so the rule above misses it; from CCTV news), and so does a water, island, mountain or county read on into its
    unit's doubled character where that character and the next are a word (长江江|心, 沅江江|畔, 克拉伦斯河河|边,
    衡阳县县|城: CCTV news; no gold place of the corpora ends so but the names of two people and a prize of MSRA's), and a place its unit ends read on into the first
    character of a generic word (黑龙江省新|农村). Where the word run into opens the name of a body or venue after
    the place (红安县党|性教育中心: :func:`_end_of_a_named_venue`), the ORG goes on to that name's end instead.
    A person read on into the 致 (sends) of a message sent gives it back (法国总统马克龙致|慰问电, 卢拉致|慰问电: CCTV
    news); no gold person of the corpora ends in 致.
    """
    name, last = entity.text[:-1], entity.text[-1]
    opener = _PREDICATE.match(text, entity.end - 1) if entity.type in ("LOC", "ORG") and len(name) >= 2 else None
    if opener and opener.group() != "组织":  # 组织 is a body's name too (联合国粮食与农业组|织)
        # a predicate's first character, whatever the name before it: 国家出|台措施, 国务院委|托
        return Entity(entity.start, entity.end - 1, "LOC" if entity.type == "LOC" or _UNIT_END.search(name) else "ORG", name)
    if (entity.type == "ORG" and _runs_into_a_common_word(entity, text)
            and (is_place_word(name) or _reads_as_places(text, entity.start, entity.end - 1))):
        return Entity(entity.start, entity.end - 1, "LOC", name)  # 河南周口局|地 (局地, 'locally') is the place
    if entity.type == "ORG" and len(name) >= 2 and text.startswith("部分", entity.end - 1) and _runs_into_a_common_word(entity, text):
        return Entity(entity.start, entity.end - 1, "ORG", name)  # 国际足联部|分官员: 部分 (some of) follows the body
    if entity.type == "LOC" and len(name) >= 3 and entity.text.endswith("村村") and text.startswith(("集体", "民"), entity.end):
        return Entity(entity.start, entity.end - 1, "LOC", name)  # 澳角村|村集体, 澳角村|村民: jieba reads 村村 as a word
    if (entity.type == "LOC" and len(name) >= 2 and last == name[-1] and last in "河江湖海岛山县"
            and is_known_word(text[entity.end - 1 : entity.end + 1])):
        return Entity(entity.start, entity.end - 1, "LOC", name)  # 长江江|心, 克拉伦斯河河|边, 衡阳县县|城: the unit doubled
    if entity.type == "LOC" and _UNIT_END.search(name) and text.startswith(_LONG_GENERIC_WORDS, entity.end - 1):
        return Entity(entity.start, entity.end - 1, "LOC", name)  # 黑龙江省新|农村: jieba reads 新|农村
    if (entity.type == "LOC" and len(name) >= 3 and name.endswith(("省", "市", "县", "区")) and last not in "区长城"
            and word_at(text, entity.start) == (entity.start, entity.end - 1) and word_starts_at(text, entity.end - 1)):
        # 嵊州市|山多地少, 陕西省|新登记, 文昌市|东、南: a dictionary county or city and a character that starts a word of
        # its own (not a city's 区, a mayor's 长 or a county seat's 城)
        return Entity(entity.start, entity.end - 1, "LOC", name)
    word_end = _common_word_a_place_runs_into(entity, text) if entity.type == "LOC" and len(name) >= 2 else None
    if word_end is not None:
        if is_place_word(text[entity.end - 1 : word_end]):  # 福建厦|门, 美国纽|约: a chain of places jieba reads as one word
            return Entity(entity.start, word_end, "LOC", text[entity.start : word_end])
        return Entity(entity.start, entity.end - 1, "LOC", name)  # 中国国|歌, 神州大|地: jieba reads 中国国歌 as one word
    if entity.type == "PER" and len(name) >= 2 and last == "致" and _MESSAGE_SENT.match(text, entity.end):
        return Entity(entity.start, entity.end - 1, "PER", name)  # 马克龙致|慰问电: the name and the verb of sending
    if entity.type == "PER":
        if _name_read_into_a_longer_word(entity, text):
            return Entity(entity.start, entity.end - 1, "PER", name)  # 马克思主|义理论 → 马克思, as MSRA tags 马克思主义
        if _runs_two_into_a_word(entity, text):
            return Entity(entity.start, entity.start + 3, "PER", entity.text[:3])  # 张俊峰|超标准配备
        if _ends_in_an_adverb_word(entity, text):
            return Entity(entity.start, entity.end - 2, "PER", entity.text[:-2])  # 汪洋|充分肯定, 李兵昌|故意刁难
        # a name of a common one-character surname has at most three characters: 吴晓东汇|报 is 吴晓东 + 汇报
        run_over = len(entity.text) == 4 and _common_single_surname(entity.text)
        speaker = len(entity.text) in (3, 4) and _common_single_surname(entity.text)  # 王晨作|的关于…的报告, 章轲作|了说明
        cut = (run_over and (last in NAME_FOLLOWING_WORDS or _last_character_opens_next_word(entity, text))
               or speaker and bool(_GIVEN_AFTER_ZUO.match(text, entity.end - 1)))
        return Entity(entity.start, entity.end - 1, "PER", name) if cut else entity
    # a bare place name (甘肃|革命, 汶川|特大) counts too, unless the last character may go on a place (龙潭湖|畔, 浙西南)
    # also two dictionary places (福建宁德|多举措), but not before a place's abbreviation (MSRA's 日本广岛亚 of 亚运会)
    named_place = (entity.type == "LOC" and last not in PLACE_FEATURE_CHARACTERS and (is_place_word(name) or (
        last not in PLACE_ABBREVIATIONS and _reads_as_places(text, entity.start, entity.end - 1))))
    if entity.type not in ("LOC", "ORG") or len(name) < 2 or not (_ends_like_unit_or_body(name) or named_place):
        return entity
    into_verb = text.startswith(_VERBS_OPENED_BY_HUI, entity.end - 1)  # also where jieba joins 会 backwards (革委会)
    # a central body never goes on into another ending: 中共中央委|托 is 中共中央 + 委托
    if last != name[-1] and _ends_like_unit_or_body(entity.text) and not into_verb and not name.endswith("中央"):
        return entity
    if not (_last_character_opens_next_word(entity, text) or into_verb):
        return entity
    cut = bare_place_as_place(Entity(entity.start, entity.end - 1, entity.type, name))
    venue_end = _end_of_a_named_venue(cut, text) if entity.type == "ORG" and cut.type == "LOC" and not into_verb else 0
    if venue_end >= entity.end:  # 红安县党|性教育中心: the word run into opens the venue's name, which goes on
        return Entity(entity.start, venue_end, "ORG", text[entity.start : venue_end])
    return cut


#: Two-character endings of bodies whose second character a post may take (广场路小|学校长).
_BODY_ENDINGS_SPLIT_BY_A_POST = frozenset({"小学", "中学", "大学", "学院", "医院", "学校", "公司", "集团", "国会", "协会",
                                           "学会", "商会"})  # also 新加坡国|会议长
#: A post read with the 办 of the office it heads (社会事务|办主任, 扶贫|办副主任): CLUENER and the written labels end
#: such offices at 办 (治水办, 住房保障办|副主任).
_OFFICE_OPENING_A_POST = re.compile(r"^办(?=(?:常务)?副?主任$)")
#: A post read with the ending of the sub-unit it heads (科|主任, 室|主任, 部|经理).
_SUB_UNIT_OPENING_A_POST = re.compile(r"^[科室部](?=副?(?:主任|经理)$)")


def return_doubled_post_character(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give the body back the character a post took from it: 能源科|科长, not 能源|科科长; and the post the one a body
    took from it (民兵应急连|连长, not 民兵应急连连|长).

    No post begins with a doubled character, so in 科科长, 局局长, 所所长 the
    first one ends the body before the post. It moves to the ORG or LOC that
    touches the post, or is dropped from the post when none does. The body
    also takes a sub-unit the tagger left untagged between it and the post
    (市场监督管理局|登记注册|科科长 → …管理局登记注册科 + 科长), as the written
    labels mostly do (27 of 32 such sub-units in the train and dev splits
    are inside the ORG): at most :data:`MAX_SUB_UNIT_CHARS` characters, no punctuation. So does a
    sub-unit whose ending the post took (北京儿童医院|超声|科主任 → 北京儿童医院超声科 + 主任, from CCTV news), and
    a body the last character of its ending (广场路小|学校长 → 广场路小学 + 校长, written dev), and an office its 办
    (石碶街道社会事务|办主任 → 石碶街道社会事务办 + 主任: CLUENER ends such offices at 办).
    A place that took the bare level word opening the post (上罗镇镇|党委书记) gives it up; it stays untagged, as
    the written labels leave a bare 村 or 镇 before a party organ.
    """
    fixed = sorted(entities, key=lambda e: e.start)
    for index, entity in enumerate(fixed):
        before = fixed[index - 1] if index else None
        if (entity.type == "TITLE" and before is not None and before.type == "ORG" and before.end == entity.start
                and len(entity.text) >= 3 and before.text[-1] + entity.text[0] in _BODY_ENDINGS_SPLIT_BY_A_POST):
            # the body's ending read into the post: 广场路小|学校长 → 广场路小学 + 校长 (written dev)
            fixed[index - 1] = Entity(before.start, before.end + 1, "ORG", text[before.start : before.end + 1])
            fixed[index] = Entity(entity.start + 1, entity.end, "TITLE", entity.text[1:])
            continue
        if (entity.type == "TITLE" and before is not None and before.type == "ORG" and before.end == entity.start
                and _OFFICE_OPENING_A_POST.match(entity.text)):
            # an office's 办 read into its head's post: 石碶街道社会事务|办主任 → 石碶街道社会事务办 + 主任
            fixed[index - 1] = Entity(before.start, before.end + 1, "ORG", text[before.start : before.end + 1])
            fixed[index] = Entity(entity.start + 1, entity.end, "TITLE", entity.text[1:])
            continue
        unit = _SUB_UNIT_OPENING_A_POST.match(entity.text) if entity.type == "TITLE" else None
        if (unit and before is not None and before.type == "ORG" and before.end < entity.start
                and _sub_unit_between(text, before.end, entity.start)):
            # the sub-unit's ending read into the post: 北京儿童医院|超声|科主任 → 北京儿童医院超声科 + 主任
            cut = entity.start + 1
            fixed[index - 1] = Entity(before.start, cut, "ORG", text[before.start : cut])
            fixed[index] = Entity(cut, entity.end, "TITLE", text[cut : entity.end])
            continue
        if (entity.type == "TITLE" and before is not None and before.type == "LOC" and before.end == entity.start
                and len(before.text) >= 3 and before.text[-1] == before.text[-2] and before.text[-1] in "镇乡县区市"):
            # a post's bare level read into the place before it: 上罗镇镇|党委书记 → 上罗镇 + 党委书记
            fixed[index - 1] = Entity(before.start, before.end - 1, "LOC", before.text[:-1])
            continue
        if (entity.type == "TITLE" and entity.text == "长" and before is not None and before.type in ("ORG", "LOC")
                and before.end == entity.start and len(before.text) >= 4 and before.text[-1] == before.text[-2]):
            # the other way round: 民兵应急连连|长 → 民兵应急连 + 连长
            fixed[index - 1] = Entity(before.start, before.end - 1, before.type, before.text[:-1])
            fixed[index] = Entity(before.end - 1, entity.end, "TITLE", text[before.end - 1 : entity.end])
            continue
        if entity.type != "TITLE" or entity.end - entity.start < 3 or text[entity.start] != text[entity.start + 1]:
            continue
        cut = entity.start + 1
        fixed[index] = Entity(cut, entity.end, "TITLE", text[cut : entity.end])
        if before is not None and before.type in ("ORG", "LOC") and _sub_unit_between(text, before.end, entity.start):
            fixed[index - 1] = Entity(before.start, cut, "ORG" if before.end < entity.start else before.type,
                                      text[before.start : cut])
    return fixed


def _sub_unit_between(text: str, body_end: int, post_start: int) -> bool:
    """Whether only an untagged sub-unit name (CJK, at most :data:`MAX_SUB_UNIT_CHARS`) stands between body and post."""
    gap = text[body_end:post_start]
    return len(gap) <= MAX_SUB_UNIT_CHARS and all(_is_cjk(ch) for ch in gap)


#: A place's own government, court or congress, which the tagger may leave untagged after the place.
_PLACE_BODY = re.compile(r"人民政府|人民法院|人民检察院|人大常委会|政协|股份经济合作社|经济合作社|股份合作社|经济联合社"
                         r"|卫生服务中心|卫生服务站|卫生院")  # a community's health centre (…东山街道社区|卫生服务中心)


#: How a body's name ends when jieba reads it as one word after a place (水利局, 人民医院, 气象局); narrower than
#: _ORG_ENDINGS, whose 会, 部, 处, 科, 社 merge more wrongly than rightly here (People's Daily dev, written train).
_UNTAGGED_BODY_ENDINGS = ("局", "厅", "委", "办", "院", "站", "所", "队", "中心", "公司", "集团", "学校", "协会")


def _untagged_body_after(place: Entity, text: str) -> int:
    """Where the untagged body that follows a place right after its name ends, or 0: 长兴县|人民政府, 丽水市|水利局,
    西坑村|股份经济合作社 (a village's collective, which the written labels tag with its village). Also after a bare
    place the tagger read as an ORG (大同市 (ORG)|人民政府|副市长: CCTV news), which the typing would make a LOC."""
    if (place.type not in ("LOC", "ORG") or not _UNIT_END.search(place.text) or place.end >= len(text)
            or (place.type == "ORG" and _ORG_ENDINGS.search(place.text))):
        return 0
    formal = _PLACE_BODY.match(text, place.end)
    if formal:
        return formal.end()
    if place.text.endswith(("镇", "乡")) and text.startswith("政府", place.end):
        return place.end + 2  # a named town government (LABELS.md: 五里镇政府)
    start, end = word_at(text, place.end)
    if start == place.end and end - start >= 3 and text[start:end].endswith(_UNTAGGED_BODY_ENDINGS):
        return end
    return _end_of_a_named_venue(place, text)


#: How a named body or service venue after its place ends (红安县|党性教育中心, 温州市|少年宫, 田阳|农副产品综合批发市场).
_VENUE_ENDINGS = ("中心", "学校", "医院", "少年宫", "市场", "食堂", "养老院", "敬老院", "卫生院", "图书馆", "博物馆", "纪念馆",
                  "文化馆", "幼儿园", "小学", "中学", "大学", "学院")


#: Words that make what follows a place a kind of venue, not one venue's name (武汉市|有关定点医院, 大冶市|试点学校).
_KIND_NOT_NAME_WORDS = frozenset({"有关", "相关", "部分", "其他", "其它", "各级", "各类", "试点", "定点", "所属"})


def _end_of_a_named_venue(place: Entity, text: str) -> int:
    """Where a body or service venue named by nouns after its place ends, or 0: 红安县|党性教育中心 (党性|教育|中心),
    温州市|少年宫 (LABELS.md: a place plus a named service venue is one ORG, 梅林社区邻里食堂). Only nouns of
    jieba's, verbal ones too (教育, 服务; no place, no verb, no 的), at most 12 characters, up to the last word that
    ends like a venue."""
    at, end = place.end, 0
    while at < len(text) and at - place.end < 12:
        start, stop = word_at(text, at)
        word = text[start:stop]
        if (start != at or not (is_noun_word(word) or word_tag(word) == "vn") or is_place_word(word) or word in GENERIC_PLACE_OPENINGS
                or word in GENERIC_WORDS or word in _KIND_NOT_NAME_WORDS or word.endswith("赛")):
            break  # an event is no part of a venue's name (梅州市|青少年校园足球联赛|小学男子组), nor are MSRA's
            # generic schools (文山苗族壮族自治州|乡村小学, 湖北省大冶市|试点学校)
        if word.endswith(_VENUE_ENDINGS) and stop - place.end <= 12:
            end = stop
        at = stop
    return end if end - place.end >= 3 else 0


#: Words that make a place's zone, park or scenic area, longest first (LABELS.md: named zones, scenic areas and
#: industrial parks are LOC; the written labels always tag them with their place: 合肥经济技术开发区, 余杭经济技术开发区).
ZONE_WORDS = ("高新技术产业开发区", "经济技术开发区", "高新技术开发区", "风景名胜区", "旅游度假区", "经济开发区",
              "工业园区", "产业园区", "度假区", "风景区", "开发区", "高新区", "景区", "新区")
#: A zone word after a place, maybe with its rank (楠溪江|国家级风景名胜区, 省级工业园区).
_ZONE_WORD = re.compile(rf"(?:国家级|省级|市级)?(?:{'|'.join(ZONE_WORDS)})")


#: A zone named by its purpose between its place and its zone word (长三角|生态绿色一体化发展示范区, 江西|内陆开放型经济试验区,
#: 中缅|边境经济合作区); a park named so is left as the written labels leave it (塔拉滩|光伏园区).
_NAMED_ZONE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:示范区|试验区|合作区)")
#: Characters that make a zone after a place no name of it: a list or a count (周市镇等地工业园区, 城区和工业园区, 各工业园区).
_NO_ZONE_NAME_CHARACTERS = set("的等和及与各些个")


def _named_zone_after(place: Entity, text: str) -> re.Match[str] | None:
    """The zone named by its purpose right after a place (长三角|生态绿色一体化发展示范区), or ``None``: the name opens
    with no verb, preposition, conjunction or adverb (浙江|打造共同富裕示范区 is a predicate) and holds no 的 and no
    list (渑池县|等参与创建科技进步示范区)."""
    zone = _NAMED_ZONE.match(text, place.end)
    if zone is None or _NO_ZONE_NAME_CHARACTERS.intersection(zone.group()):
        return None
    start, end = word_at(text, place.end)
    if start != place.end or word_tag(text[start:end])[:1] in ("v", "p", "c", "d"):
        return None
    return zone


#: Bodies whose name holds no place, so a place right before one says where it met or reported from (斯特拉斯堡|欧盟
#: 首脑会议, 萨尔诺市|新华社发: MSRA), not whose it is: the international bodies and the news agencies.
_BODIES_NAMED_WITHOUT_A_PLACE = INTERNATIONAL_BODIES | {"新华社", "中新社", "美联社", "路透社", "法新社", "塔斯社", "共同社", "韩联社"}


def place_into_organization(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A LOC that runs straight into an ORG is part of its name (LABELS.md: 南浔区水利局 is one ORG).

    So is a place's own body written right after it and left untagged: its
    government, court or congress (长兴县|人民政府|副县长 → 长兴县人民政府 +
    副县长), or a body jieba reads as one word of three characters or more
    (丽水市|水利局), or a town's 政府 (五里镇|政府, LABELS.md's example). Bare
    政府 after other places is left alone: People's Daily reads 香港特区|政府
    as a place. No dev set changes: the tagger gets these
    right in the corpora, and misses them in county-paper text.

    A zone word left untagged after a place makes it the zone, a LOC
    (丽水|经济技术开发区 → 丽水经济技术开发区): the tagger learnt MSRA's habit
    of leaving the zone out (武夷山|风景名胜区, 18 times in MSRA train);
    LABELS.md and the written labels read the zone as the place's name, and
    CLUENER and People's Daily never leave one untagged after its place.
    A body the tagger read from inside the zone word (风景|名胜区管理委员会)
    takes the place and the zone into its name.
    """
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        if (result and result[-1].type == "LOC" and entity.type == "ORG" and result[-1].end == entity.start
                and entity.text not in _BODIES_NAMED_WITHOUT_A_PLACE):
            place = result.pop()
            entity = Entity(place.start, entity.end, "ORG", text[place.start : entity.end])
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        zone = _ZONE_WORD.match(text, entity.end) if entity.type == "LOC" else None
        if zone and following is not None and following.type == "ORG" and entity.end < following.start < zone.end() < following.end:
            # the zone's body, read from inside the zone word (楠溪江国家级风景|名胜区管理委员会): place and zone are its name
            ordered[index + 1] = Entity(entity.start, following.end, "ORG", text[entity.start : following.end])
            continue
        if zone is None and entity.type == "LOC":
            zone = _named_zone_after(entity, text)
        if zone and (following is None or following.start >= zone.end()):
            entity = Entity(entity.start, zone.end(), "LOC", text[entity.start : zone.end()])
        body_end = _untagged_body_after(entity, text)
        if body_end and (following is None or following.start >= body_end):
            entity = Entity(entity.start, body_end, "ORG", text[entity.start : body_end])
        result.append(entity)
    return result


#: A place's party organ read as an ORG before a post (泽雅镇党委|副书记): the place, then the organ.
_PLACE_PARTY_ORGAN = re.compile(rf"^(?P<place>.+(?:{ADMIN_UNIT_ENDINGS}))(?P<organ>党委|党工委|党总支|党支部)$")


def _without_former(name: str) -> str:
    """``name`` without the 原 or 前 (former) of a former post at its end (四川省政协|原, 国家能源局|原)."""
    return name[:-1] if name.endswith(FORMER) else name


def _organ_after_a_body(name: str) -> str:
    """The party organ ``name`` ends with after a body that ends like an organization, a federation, a government or a
    political consultative conference, maybe with 原 or 前 (former) between (交通运输部|党组, 全国工商联|党组, 四川省政协|原|党组,
    青海省政府|原|党组: from CCTV news), or ""."""
    organ = next((o for o in PARTY_ORGANS if name.endswith(o)), "")
    body = _without_former(name[: len(name) - len(organ)])
    return organ if organ and len(body) >= 2 and (_ORG_ENDINGS.search(body) or body.endswith(("联", "政府", "政协"))) else ""


def party_organ_into_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Move a place's party organ from an ORG into the post after it (LABELS.md: 义亭镇 + 党委书记).

    Party-body words that are part of the post stay in the TITLE, and the
    body before a post is its own span; a place plus 党委 is no named
    organization of its own. A named body's organ (天河区社会组织党委) is kept,
    and one the tagger put into the post is given back to it: where the ORG
    before the post does not end like an organization (天河区社会组织, 湖滨商圈联合,
    快递行业), the organ is the organization itself (天河区社会组织党委 +
    副书记), as the written labels have it (9 of 9 such cases in the train
    and dev splits; after 公司, 局, 学校 the organ is in the post, 14 of 14, and so after a plant's 厂 (北仑电厂 +
    党委书记), and it goes there where the tagger read
    it into such a body before 书记: 交通运输部党组|书记 → 交通运输部 + 党组书记, or before a member's 委员 or 成员:
    临海市民政局党委|委员 → 临海市民政局 + 党委委员, as the written labels tag 衢山镇 + 党委委员).
    """
    ordered = _rejoin_split_organs(sorted(entities, key=lambda e: e.start), text)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        parts = _PLACE_PARTY_ORGAN.match(entity.text) if entity.type == "ORG" else None
        touching_post = after is not None and after.type == "TITLE" and after.start == entity.end
        organ = next((o for o in PARTY_ORGANS if after is not None and after.text.startswith(o)), None)
        if parts and touching_post:
            cut = entity.start + parts.end("place")
            result.append(Entity(entity.start, cut, "LOC", text[entity.start : cut]))
            ordered[index + 1] = Entity(cut, after.end, "TITLE", text[cut : after.end])
        elif (entity.type == "ORG" and touching_post and organ and len(after.text) > len(organ)
              and not _ORG_ENDINGS.search(entity.text) and not entity.text.endswith(("机关", "厂"))
              and not entity.text.startswith(STATE_GRID_SHORT)):
            cut = after.start + len(organ)
            result.append(Entity(entity.start, cut, "ORG", text[entity.start : cut]))
            ordered[index + 1] = Entity(cut, after.end, "TITLE", text[cut : after.end])
        elif (entity.type == "ORG" and touching_post and after.text in ("书记", "副书记", "委员", "成员")
              and _organ_after_a_body(entity.text)):
            # a named body's organ read into it before its secretary or member: 交通运输部党组|书记 → 交通运输部 + 党组书记,
            # 临海市民政局党委|委员 → 临海市民政局 + 党委委员
            cut = entity.end - len(_organ_after_a_body(entity.text))
            result.append(Entity(entity.start, cut, "ORG", text[entity.start : cut]))
            ordered[index + 1] = Entity(cut, after.end, "TITLE", text[cut : after.end])
        else:
            result.append(entity)
    return result


#: A body's ending the tagger read into the post after it (国家发展改革|委主任, 医药科技|有限公司总经理); no post
#: opens with 委 but 委员 and 委员长, and a village committee's (村|委会主任 is the tagger reading the doubled 村 of
#: 青湾村村委会主任 once); and a meeting's 议 before its chair (印度尼西亚人民协商会|议主席: no post opens with 议主席).
_BODY_ENDING_OPENING_A_POST = re.compile(r"^(?:委(?!员|会)|股份有限公司|有限责任公司|有限公司|公司|集团)(?=[\u4e00-\u9fff]{2})"
                                         r"|^[室科处部站所队组班](?=副?(?:主任|经理|主管))|^议(?=副?主席)")


#: 原 or 前 (former) read into the body before a post, maybe with the party organ the post opens with (交通运输局原党组|书记).
_FORMER_AT_BODY_END = re.compile(rf"[{''.join(FORMER)}](?P<organ>{'|'.join(PARTY_ORGANS)})?$")


def former_out_of_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut 原 or 前 (former) off the body before a post: 三乡镇原党委|书记 → 三乡镇 + 党委书记, 志仲镇原|书记 → 志仲镇 +
    书记, 阿富汗前|总统 → 阿富汗 + 总统.

    原 says the post was held before; it is no part of the body's name, and
    the officials keep the body across it (:mod:`officials`). A party organ
    after it opens the post, as after any place (from CCTV news).
    """
    ordered = sorted(entities, key=lambda e: e.start)
    for index in range(len(ordered) - 1):
        body, post = ordered[index], ordered[index + 1]
        former = _FORMER_AT_BODY_END.search(body.text) if body.type in ("ORG", "LOC") else None
        if not former or post.type != "TITLE" or body.end != post.start or former.start() < 2:
            continue
        cut = body.start + former.start()
        ordered[index] = bare_place_as_place(Entity(body.start, cut, body.type, text[body.start : cut]))
        if former.group("organ"):
            ordered[index + 1] = Entity(cut + 1, post.end, "TITLE", text[cut + 1 : post.end])
    return ordered


#: A party post read into the end of the body it belongs to (六枝特区市场监督管理局党组书记 as one ORG), or a head's post
#: (国务院总理, from CCTV news; no gold ORG or LOC of the corpora ends in one after a body's ending), and the chair of a
#: democratic party's committee (民革北京市委会|主委, CCTV news).
_BODY_POST = (rf"(?:(?:{'|'.join(PARTY_ORGANS)})副?书记|(?<=书记处)书记|(?<=[省市县区州旗盟]委)副?书记|(?:副?(?:总理|部长|主任|院长|局长|主席|秘书长|厅长"
              r"|省长|市长|县长|校长|委员长|会长|行长|科长|处长|所长|站长|队长)|总经理|董事长|(?:副?总|高级)工程师"
              r"|(?:第一)?政委|(?<=人大)代表|(?<=政协)(?:常委|委员)|(?<=会)副?主委))")
_POST_AT_BODY_END = re.compile(rf"{_BODY_POST}$")
#: The same post with its holder's name read into the body too (广西壮族自治区党委书记鹿心社, 匈牙利总理欧尔班: CCTV news).
_POST_AND_HOLDER_AT_BODY_END = re.compile(rf"{_BODY_POST}(?P<holder>[\u4e00-\u9fff]{{2,3}})$")
#: How a congress, a political consultative conference or a party ends, which a post read into it follows (江苏省人大|代表,
#: 全国政协|主席, 罗马尼亚国家自由党|主席: CCTV news).
_CONGRESS_OR_PARTY_ENDINGS = ("人大", "政协", "党")
#: A post read whole as an ORG before its holder (国务委员|王勇, 国防部长|绍伊古, 全国政协委员|乔红, 高级工程师|李决龙: CCTV
#: news; no gold ORG or LOC of the corpora is one), and a state's minister read so (赞比亚农业部长|鲁宾达).
_MINISTER = r"[\u4e00-\u9fff]{2}部长"
_POST_READ_AS_BODY = re.compile(rf"^(?:国务委员|全国政协委员|全国人大代表|(?:副?总|高级)?工程师|{_MINISTER})$")
_MINISTER_AFTER_A_STATE = re.compile(rf"{_MINISTER}$")


def post_out_of_body(entity: Entity) -> list[Entity]:
    """Split a party post off the end of an ORG: 市场监督管理局|党组书记 (from CCTV news: the tagger read body and
    post as one before 、局长…), 中央书记处|书记, 沁源县委|书记, and a head's post: 国务院|总理. Only after a body that ends like one
    (局, 公司, 委, 院 …), where LABELS.md puts the organ into the post, or after a place that ends like a unit, which is
    then a LOC (…张槎街道古灶村|党委书记, 俄罗斯莫斯科市|市长). A holder of a common surname read in after the post is
    split off too (广西壮族自治区党委|书记|鹿心社, 证监会|主席|易会; after a country or province the post follows the
    place: 匈牙利|总理|欧尔班)."""
    if entity.type == "ORG" and _POST_READ_AS_BODY.match(entity.text):
        return [Entity(entity.start, entity.end, "TITLE", entity.text)]
    held = _POST_AND_HOLDER_AT_BODY_END.search(entity.text) if entity.type == "ORG" else None
    if held and held.start() >= 2 and _common_single_surname(held.group("holder")):
        cut = entity.start + held.start("holder")
        body_and_post = Entity(entity.start, cut, "ORG", entity.text[: held.start("holder")])
        holder = Entity(cut, entity.end, "PER", held.group("holder"))
        state = entity.text[: held.start()]
        if state in _COUNTRIES_AND_PROVINCES:  # 匈牙利|总理|欧尔班
            return [Entity(entity.start, entity.start + len(state), "LOC", state),
                    Entity(entity.start + len(state), cut, "TITLE", held.group()[: -len(holder.text)]), holder]
        pieces = post_out_of_body(body_and_post)
        return [*pieces, holder] if len(pieces) == 2 else [entity]
    minister = _MINISTER_AFTER_A_STATE.search(entity.text) if entity.type == "ORG" else None
    if minister and entity.text[: minister.start()] in COUNTRIES:
        cut = entity.start + minister.start()
        return [Entity(entity.start, cut, "LOC", entity.text[: minister.start()]),
                Entity(cut, entity.end, "TITLE", minister.group())]
    post = _POST_AT_BODY_END.search(entity.text) if entity.type == "ORG" else None
    body = _without_former(entity.text[: post.start()] if post else "")  # 国家能源局|原|党组书记: 原 is neither's
    place = bool(post) and not _ORG_ENDINGS.search(body) and bool(_UNIT_END.search(body))  # …古灶村|党委书记
    if not post or not (_ORG_ENDINGS.search(body) or body.endswith(_CONGRESS_OR_PARTY_ENDINGS) or place):
        return [entity]
    cut = entity.start + post.start()
    return [Entity(entity.start, entity.start + len(body), "LOC" if place else "ORG", body),
            Entity(cut, entity.end, "TITLE", post.group())]


def body_ending_returned(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a body's ending, read into the post after it, back to the body: 国家发展改革|委主任 → 国家发展改革委 +
    主任, 东乡族自治县|委书记 → 东乡族自治县委 + 书记 (a named committee is an ORG, as 仙居县委 + 书记),
    成都华西海圻医药科技|有限公司总经理 → …有限公司 + 总经理 (from CCTV news), and a sub-unit's ending before a head
    named by no unit (国网黑河供电公司输电运检|室主任 → …输电运检室 + 主任; not a party organ's 党组|书记); also the
    rest of a body's name jieba knows whole (:func:`_body_word_end_in_post`: 全国人大常委会法|工委主任).
    """
    ordered = sorted(entities, key=lambda e: e.start)
    kept: list[Entity] = []
    for post in ordered:
        body = kept[-1] if kept else None
        if post.type != "TITLE" or body is None or body.type not in ("ORG", "LOC") or body.end != post.start:
            kept.append(post)
            continue
        ending = _BODY_ENDING_OPENING_A_POST.match(post.text)
        cut = post.start + ending.end() if ending else _body_word_end_in_post(body, post, text)
        if cut is None:
            kept.append(post)
            continue
        kept[-1] = Entity(body.start, cut, "ORG", text[body.start : cut])
        if cut < post.end:
            kept.append(Entity(cut, post.end, "TITLE", text[cut : post.end]))
    return kept


def _body_word_end_in_post(body: Entity, post: Entity, text: str) -> int | None:
    """Where a body's name ends that the tagger cut inside a word of jieba's and went on with as the post:
    全国人大常委会法|工委主任 → 全国人大常委会法工委 + 主任, 全国人大常委会法制工|作委员会主任, 西藏自治区人民|政府主席
    → …人民政府 + 主席, 全国人大|常委会副委员长 → 全国人大常委会 + 副委员长, 中国人民解放军三军仪|仗队 (no post left).

    Only a word jieba's dictionary tags an organization (nt) that ends like a body, begins inside the ORG and
    ends inside the post or with it, leaving a post of two characters or more that ends like one, or none (CCTV
    news; not 美国能源部|长, a ministry's head by its kind: 美国 + 能源部长). Not a standing
    member, which LABELS.md writes as committee and post (中共中央政治局|常委, jieba's one word).
    """
    if body.type != "ORG":
        return None
    start, end = word_at(text, body.end - 1)
    word = text[start:end]
    if not (body.start <= start and body.end < end <= post.end and word_tag(word) == "nt"
            and (_ORG_ENDINGS.search(word) or word.endswith("政府")) and not word.endswith("常委")):
        return None
    rest = text[end : post.end]
    return end if not rest or (len(rest) >= 2 and _ENDS_LIKE_A_POST.search(rest)) else None  # not 美国能源部|长


def _rejoin_split_organs(ordered: list[Entity], text: str) -> list[Entity]:
    """Put a party organ cut between an ORG and the post after it back into the post: 行业党|委书记 → 行业 + 党委书记.

    The tagger sometimes ends the body on the organ's first character; the
    organ is whole again before :func:`party_organ_into_post` decides where it belongs.
    Not before 委员 or 委员长, a post of its own after a party's name (朝鲜劳动党|委员长, from CCTV news).
    """
    for index in range(len(ordered) - 1):
        body, post = ordered[index], ordered[index + 1]
        if body.type != "ORG" or post.type != "TITLE" or body.end != post.start or post.text.startswith("委员"):
            continue  # a party's member or chairman is a post of its own (朝鲜劳动党|委员长)
        for organ in PARTY_ORGANS:
            head = next((k for k in range(1, len(organ)) if body.text.endswith(organ[:k]) and post.text.startswith(organ[k:])), 0)
            if head and len(body.text) > head:
                cut = body.end - head
                ordered[index] = Entity(body.start, cut, "ORG", text[body.start : cut])
                ordered[index + 1] = Entity(cut, post.end, "TITLE", text[cut : post.end])
                break
    return ordered


#: How State Grid's companies are named short, without 公司 (国网浙江电力, 国网金华供电): a company all the same.
STATE_GRID_SHORT = ("国网", "国家电网")
#: Endings of an organization name (公司, 局, 中心, …): what stands before a 联合 that joins two bodies.
_ORG_ENDINGS = re.compile(r"(?:公司|集团|局|院|会|委|办|厅|部|处|科|所|站|队|社|室|署|中心|大学|学校|党校|小学|中学|银行|医院|电台|电视台|报社|防总|防指|共产党|中央|海关)$")
_JOINT = "联合"


def _owns_bodies(name: str) -> bool:
    """Whether ``name`` ends like a body that can own others (公司, 局, 海关, 总台 …), for 所属 (owned by)."""
    return bool(_ORG_ENDINGS.search(name)) or _ends_like_a_name(name) or name.endswith(("海关", "总台"))


def _ends_with_a_place_word(text: str, end: int) -> bool:
    """Whether a word jieba tags a place ends right at ``end`` (光山县, 湖北: not 农业农村)."""
    start, word_end = word_at(text, end - 1)
    return word_end == end and word_tag(text[start:end]).startswith("ns")


def split_joint_organizations(entity: Entity, text: str) -> list[Entity]:
    """Split an ORG read across "A 联合 B" (two bodies acting jointly) into A and B, one read across 所属 (owned by) into
    owner and owned (海口海关|所属|博鳌机场海关, as MSRA and People's Daily tag 长航集团|所属|长江轮船海外旅游总公司), one read across a list's 、 into
    its bodies where each ends like one (国家卫生健康委员会、|退役军人事务部), and keep only the place of one read
    across 的 from a place (江苏|的乡镇敬老院: from CCTV news), or across 与, 和 or 及 from a place word of jieba's into
    a generic kind of body (光山县|与|科研院所: a written dev article; not 黄岩区农业农村|和|水利局, a department).

    The genre writes joint actions as 某某局联合某某公司…; the tagger tends to
    run one ORG across the verb. The split needs a full name on the left (it
    ends like an organization) so that names built on 联合 (联合国,
    某某联合会, 联合社区) are left alone.
    """
    if entity.type != "ORG":
        return [entity]
    if "、" in entity.text and all(len(part) >= 3 and _ORG_ENDINGS.search(part) for part in entity.text.split("、")):
        # two bodies of a list read as one (国家卫生健康委员会、退役军人事务部): each its own
        pieces, at = [], entity.start
        for part in entity.text.split("、"):
            pieces.append(Entity(at, at + len(part), "ORG", part))
            at += len(part) + 1
        return pieces
    parent, affiliated, child = entity.text.partition("所属")
    if affiliated and len(parent) >= 2 and _owns_bodies(parent):
        # a body and one it owns (海口海关|所属|博鳌机场海关, 中央广播电视总台|所: the gold of MSRA and People's Daily
        # tags them apart); a subsidiary the span cut short stays out
        pieces = [Entity(entity.start, entity.start + len(parent), "ORG", parent)]
        if len(child) >= 3 and _owns_bodies(child):
            pieces.append(Entity(entity.end - len(child), entity.end, "ORG", child))
        return pieces
    if entity.text.endswith("所") and text.startswith("属", entity.end) and _owns_bodies(entity.text[:-1]):
        return [Entity(entity.start, entity.end - 1, "ORG", entity.text[:-1])]  # 中央广播电视总台|所|属央视
    head, de, _ = entity.text.partition("的")
    if de and len(head) >= 2 and (is_place_word(head) or head in _COUNTRIES_AND_PROVINCES):
        return [Entity(entity.start, entity.start + len(head), "LOC", head)]  # 江苏|的|乡镇敬老院: the place
    head, joined, tail = next((entity.text.partition(joiner) for joiner in "与和及" if joiner in entity.text), ("", "", ""))
    if joined and tail in GENERIC_WORDS and len(head) >= 2 and _ends_with_a_place_word(text, entity.start + len(head)):
        # 光山县|与|科研院所: the place and a kind of body it works with (not a department joining two fields:
        # 黄岩区农业农村|和|水利局, whose head ends in no place word)
        return [Entity(entity.start, entity.start + len(head), "LOC", head)]
    left = entity.text[: -len(_JOINT)]
    if entity.text.endswith(_JOINT) and (_ORG_ENDINGS.search(left) or left.endswith("政府")):
        # the span stopped on the verb (方山乡人民政府联合|县融媒体中心, whose partner is untagged): A alone
        return [Entity(entity.start, entity.end - len(_JOINT), "ORG", left)]
    parts: list[Entity] = []
    start = entity.start
    search_from = entity.start
    while (at := text.find(_JOINT, search_from, entity.end)) != -1:
        after = at + len(_JOINT)
        if _ORG_ENDINGS.search(text[start:at]) and entity.end - after >= 2 and text[after] not in "国会":
            parts.append(Entity(start, at, "ORG", text[start:at]))
            start = after
        search_from = after
    parts.append(Entity(start, entity.end, "ORG", text[start : entity.end]))
    return parts


#: Indefinite determiners: "一家合作社" names no particular body (LABELS.md: an ORG needs a distinguishing name).
INDEFINITES = ("一家", "一个", "一所")


def cut_indefinite_organization(entity: Entity) -> list[Entity]:
    """An ORG read across an indefinite (高昌区|一家葡萄专业合作社) names no body; only a place before it stays.

    The place keeps its name as a LOC when it is a bare place (高昌区); the
    rest is dropped. 某 is left alone: MSRA and People's Daily tag 成都军区某炮兵团. A place read on across 一名
    (a, of a person) keeps what stands before it (盱眙县|一名社区书记).
    """
    if entity.type == "LOC" and "一名" in entity.text:  # 江苏淮安盱眙县|一名社区|书记 (from CCTV news)
        at = entity.text.find("一名")
        return [Entity(entity.start, entity.start + at, "LOC", entity.text[:at])] if at >= 2 else []
    if entity.type != "ORG":
        return [entity]
    at = min((entity.text.find(word) for word in INDEFINITES if word in entity.text), default=-1)
    if at == -1:
        return [entity]
    head = bare_place_as_place(Entity(entity.start, entity.start + at, "ORG", entity.text[:at]))
    return [head] if head.type == "LOC" else []
