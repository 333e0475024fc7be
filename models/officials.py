"""Officials (LABELS.md §3): a named person with a post, from the tagged entities.

The news pattern is ``[body] post[、post …] name``: 义亭镇党委书记谢沁菲,
国网泰安供电公司总经理、党委副书记刘加国. An official is a ``PER`` right
after a ``TITLE`` (several posts joined by 、 or 兼 all belong to the
person, also across a body named by its level alone, which is no entity:
市委书记、市人大常委会主任王浩); the ``ORG``/``LOC`` spans that run, without a gap, up to the first
post are the body of every post in the chain. A post with a body of its own
before that body, joined by 、 (黎里镇副镇长、元荡镇级河长沈卫东), keeps its
own, and a later post that opens with a body named by its level
(…副主任、县总工会主席; 中共中央总书记、国家主席), or that such a body left untagged stands before
(广州市纪委副书记、市监察局局长), or a party committee's department named alone, maybe with 原 (河南省委原常委、政法委原书记,
县委常委、组织部部长), has none, and a government head's post
carried over from a place's party committee belongs to the place (上海市委常委、副市长 → 副市长 of 上海市), and a state
post carried over from a party's central organ or a party to none (…政治局委员、副总理; …民主党主席、前总统). Two posts
joined with 原 or 前 before the later are one person's (…党组成员、原副主任陈文浩). Where the text refers back to a body named earlier (该中心副主任,
公司总经理, 院长 or 所长 alone), the nearest earlier ``ORG``/``LOC`` whose
name ends with that head is the body (a party organ after the head,
公司党支部书记, still points to the company; a village or community head,
村党支部书记, points to the village alone, not the chain of places it was
named in: 黄岭西村, not 北京市门头沟区斋堂镇黄岭西村). Adjacency stands for "the
same clause": nothing but the joiners may sit between the parts, except an
unnamed sub-unit between body and post (晋江市人民法院|知识产权审判庭|庭长,
东莞市市场监督管理局|计量科|科长), where the post belongs to the named body,
and 原 or 前 (a former post: …河务局原党组副书记), the place's 政府 (越南政府总理), the place's level word said again
(上罗镇|镇|党委书记, 邹城韩庄村|村|主任), and 的 alone or one space between post
and name (当选三街村党支部书记的王洪旗; a caption's 党委书记 兰胜华：), and 的 alone between body and post
(重庆齐圣村的党委书记熊尚兵). A
name written right before its post (张建华书记, 李铁辰校长说) is an official
too, and an untagged role of the person between post and name does not
part them (党支部书记、快递员周宏伟); so is a name followed by a verb of
holding and its post in the same clause (方宇航是四季青街道外卖骑手党支部书记,
韩丽开始担任… is not: the verb must follow the name; a comma may stand before 系, 现任 or 曾任: 孙丽美，生前系…党支部书记;
becoming holds too: 文朝荣，当上了海雀村党支部书记),
or appointed to it (任命秦刚为外交部部长; after 同志, 任 alone: 陈刚同志任青海省委委员、常委、书记), each listed post with
the body written before it after the joiner, carried on to the posts after it (赵亚夫是镇江市人大常委会原副主任、镇江农科所原所长、
党委书记; 当选为国家主席和中央军委主席), and so is a
name on a roster line, one space before its bodies and posts (副主任：陈宝生 教育部部长: gov.cn notices), or with
them in brackets after it (焦红（国家药监局局长）), and so is every name set apart by spaces after the post that
opens a roster line of nothing else (副主席 张又侠 何卫东). A
resident quoted by surname and honorific is not a ``PER`` (LABELS.md §2),
and bylines live in ``authors``, so neither can become an official here.
Names listed after the first with 、 and nothing else hold the posts written
before the first (全国政协副主席何报翔、王光谦出席: both are 副主席 of 全国政协; 主席团常务主席陈希、王晨、…), and a post
with no body, written alone after the 、 (and maybe 原) that follows an official, takes that official's body where the
two posts are of one kind but for 原, 副 or 常务 (三官洞林区原区长王飞、原副区长宋昌林), or a government head's post follows a
place's party committee (江西省委书记刘奇、省长易炼红 → 省长 of 江西省) or its party organ's post
(广东省中山市三乡镇原党委书记梁常兴、原镇长岑宏开 → 镇长 of the town; a head of another level takes none), or both posts
are a state's and the first official's body is the state (巴基斯坦总统扎尔达里、总理夏巴兹 → 总理 of 巴基斯坦). A head that
names a bureau by its field (林业局纪检组长) refers back only to a body that names that field, not to the nearest bureau
(福建省厦门市环保局). An
official's name is written without the padding newspapers set
two-character names with (王　伟 → 王伟).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from zhpolicy.data.countries import COUNTRIES
from zhpolicy.data.labels import ADMIN_UNITS
from zhpolicy.data.records import Entity, Official

#: What may stand between two posts of one person.
POST_JOINERS = {"、", "兼", "和"}
BODY_TYPES = {"ORG", "LOC"}

#: Generic heads that refer back to a body named earlier (该中心副主任, 公司总经理,
#: 医院党委书记): the body is the nearest earlier ORG/LOC whose name ends the same way.
GENERIC_HEADS = ("公司", "中心", "医院", "学院", "学校", "中学", "小学", "协会", "合作社", "救援队", "队", "院", "局", "站", "所", "处", "社区", "村", "镇", "乡", "街道", "支部",
                 "党委")
#: Posts that name their kind of body when nothing stands before them (院长潘丽, 所长王立东 after 木里图供电所; a town's,
#: township's, village's, county's or bureau's head after the body's party secretary: 大沥镇党委书记杜伟标、镇长刘宗阳,
#: 郧西县财政局党委书记袁义宝、副局长张宝平; a branch's secretary after the branch, village or community the text is
#: about: 在芙蓉村，党支部书记金晓东, …监督管理局党支部结对认领…。党支部书记伍明).
POST_BODIES = {"院长": ("院",), "总经理": ("公司", "中心"), "董事长": ("公司",), "校长": ("学校", "中学", "小学", "学院"),
               "所长": ("所",), "队长": ("队",), "理事长": ("合作社", "协会"), "厂长": ("厂", "公司"),
               "主教练": ("队", "学校", "中学", "小学"),
               "镇长": ("镇",), "副镇长": ("镇",), "乡长": ("乡",), "副乡长": ("乡",), "村主任": ("村",), "村委会主任": ("村",),
               "局长": ("局",), "副局长": ("局",), "县长": ("县",), "副县长": ("县",),
               "党支部书记": ("党支部", "村", "社区"), "党总支书记": ("党总支", "村", "社区"),
               "党组织书记": ("村", "社区"),
               # a water chief of a level, for a river section of the village or town before (在青田县船寮镇高市村，|村级河长|陈伟平)
               "村级河长": ("村",), "镇级河长": ("镇", "乡"), "乡级河长": ("乡",),
               # a subdistrict office's director after the subdistrict's party secretary (白云街道党工委书记吴一凡、|办事处主任|郑嘉)
               "办事处主任": ("办事处", "街道"), "办事处副主任": ("办事处", "街道"),
               "村支书": ("村",), "支书": ("党支部", "村", "社区"), "村书记": ("村",), "社区书记": ("社区",),
               # and their deputies (…供电公司党委书记、总经理徐超，|副总经理|潘敏: local news)
               "副院长": ("院",), "副总经理": ("公司", "中心"), "副董事长": ("公司",), "副校长": ("学校", "中学", "小学", "学院"),
               "副所长": ("所",), "副队长": ("队",), "副理事长": ("合作社", "协会"), "副厂长": ("厂", "公司"),
               # a county's or city's committee and government posts named by the level alone (蔚县县委书记刘书锋，|县委副书记|、
               # 县长王树国 → 蔚县: CCTV discipline notices)
               **{f"{level}{post}": (level,) for level in "县市区" for post in ("委书记", "委副书记", "委常委", "纪委书记")},
               "市长": ("市",), "副市长": ("市",), "区长": ("区",), "副区长": ("区",)}  # 在广西梧州市长洲区，区委书记黎云
_CLAUSE_BREAKS = set("，。；！？：、“”\n（）() 　")
#: How an unnamed sub-unit between a body and its post ends (…审判庭, …计量科, …服务队, 反诈中心, a factory's 转炉车间).
SUB_UNIT_ENDINGS = ("科", "庭", "处", "队", "部", "局", "室", "班", "组", "站", "中心", "车间")
MAX_SUB_UNIT_CHARS = 10
#: Local posts of the written labels, held for a village or town (月亮桥村护林员章德富, 沙溪村地质灾害监测员雷水根): the
#: field of the post may stand between the body and the post (:data:`MAX_FIELD_CHARS`).
LOCAL_POSTS = ("监测员", "护林员", "观冰员", "预报员", "管理员")
MAX_FIELD_CHARS = 6
_FIELD = re.compile(rf"[\u4e00-\u9fff]{{2,{MAX_FIELD_CHARS}}}")
#: Words for a former post, written between the body and the post (水利部…河务局原党组副书记).
FORMER = ("原", "前")
#: Posts of an envoy, written after the place he is stationed in (中国驻伊朗|大使, 欧盟驻华|大使, 驻广州|总领事): the
#: post is the body's that sends him, written before 驻, not the place's.
ENVOY_POSTS = ("大使", "总领事")
STATIONED = "驻"
#: Posts held for a body at a place or another body it sends the holder to, written after 驻 (or 常驻: permanently
#: stationed) and that place: an envoy's, and a representative's or observer's (俄罗斯常驻联合国|代表,
#: 联合国开发计划署驻巴勒斯坦|特别代表, 巴勒斯坦常驻联合国|观察员: CCTV news); the body of the post is the sender's.
POSTS_OF_A_SENDING_BODY = ENVOY_POSTS + ("代表", "观察员", "领事", "公使", "参赞", "武官")
PERMANENTLY_STATIONED = "常驻"
#: Party organs written between a body and the post (公司党支部书记, 泽雅镇党委副书记); the tagger's
#: cleanup (models/ner_cleanup/) and the officials' body lookup share them.
PARTY_ORGANS = ("党委", "党工委", "党总支", "党支部", "支部", "党组")
#: The discipline organs a place's or body's party committee has beside it (镇党委 + 纪委, 财政局党组 + 纪检组): a post of
#: theirs listed after the party committee's post is the same place's or body's.
DISCIPLINE_ORGANS = ("纪委", "纪工委", "纪检组", "纪检监察组")


def _name(person: Entity) -> str:
    """A person's name as written without the padding newspapers set two-character names with (王　伟 → 王伟)."""
    return "".join(person.text.split())


def _sub_unit_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an unnamed sub-unit of a body (知识产权审判庭), not a clause of its own."""
    gap = text[start:end]
    return 0 < len(gap) <= MAX_SUB_UNIT_CHARS and not _CLAUSE_BREAKS.intersection(gap) and gap.endswith(SUB_UNIT_ENDINGS)


#: Posts of the river and lake chief system (河湖长制), held for a section of a river or lake: 元荡|黎里段|镇级河长.
WATER_CHIEF_POSTS = ("河长", "湖长", "河湖长", "塘长", "渠长", "库长", "湾长")
#: The section of a river or lake a chief's post is for, written between the water's name and the post (黎里段): the
#: post is the water's (the written labels: 元荡黎里段镇级河长沈卫东 → org 元荡).
_RIVER_SECTION = re.compile(r"[\u4e00-\u9fff]{1,6}段")


#: A post's charge written between its body and it (分管: in charge of): 县水利局|分管|副局长, 中央财办|分管日常工作的|副主任.
CHARGE_BEFORE_A_POST = re.compile(r"分管(?:[^的，。、；]{1,8}的)?")


#: What may stand untagged between a body and its post: a place's government, the space of a caption or table, or
#: a word saying which of the post's holders (朝鲜|最高|领导人, 缅甸|当选|总统, 埃及|临时|总统, 泰国|看守政府|总理,
#: 委内瑞拉|已故|总统, 伊朗|新任最高|领袖, a rotating chair's term: 联合国安理会|本月轮值|主席: CCTV news).
#: What closes a paper's 《》 title between its name and a post of it (德国《经济周刊》前主编, 《理财周报》社发行人,
#: 《求是》杂志社社长): LABELS.md tags the name alone, and the post is the paper's.
_PAPER_TITLE_CLOSE = re.compile(r"》(?:杂志社|杂志|报社|社|编辑部)?[原前]?")
_UNTAGGED_BETWEEN_BODY_AND_POST = frozenset({"政府", "人民政府", " ", "\u3000", "最高", "当选", "临时", "临时政府", "过渡政府",
                                             "看守政府", "已故", "新任", "时任", "新任最高", "轮值", "本月轮值", "本届轮值"})


#: A body's other name in brackets, no entity of its own, between the body and its post (衢州市治水办|（河长办）|主任).
_OTHER_NAME_IN_BRACKETS = re.compile(r"[（(][\u4e00-\u9fff]{2,8}[）)]")


def _body_before(entities: Sequence[Entity], index: int, text: str) -> tuple[str | None, int]:
    """Text of the ORG/LOC spans that end where ``entities[index]`` starts (or before a sub-unit), chained backwards,
    and the index of the first of them (``index`` when there is none)."""
    start = entities[index].start
    position = index - 1
    if position >= 0 and entities[position].type in BODY_TYPES:
        gap_start = entities[position].end
        # an unnamed sub-unit (…法院|知识产权审判庭|庭长), a former post of the body (…河务局|原|党组副书记), the
        # place's government (越南|政府|总理阮春福, 大同市|人民政府|副市长), a caption's space (蓟县防汛办公室| |副主任 王会清),
        # the place's level word said again before the post (上罗镇|镇|党委书记),
        # or the post's charge (中央改革办|分管日常工作的|副主任)
        gap = text[gap_start:start]
        if _sub_unit_gap(text, gap_start, start) or gap in FORMER or gap in _UNTAGGED_BETWEEN_BODY_AND_POST or CHARGE_BEFORE_A_POST.fullmatch(gap) or (
                len(gap) == 1 and gap in "镇乡县区市村" and entities[position].text.endswith(gap)) or (
                entities[index].text in LOCAL_POSTS and _FIELD.fullmatch(gap)) or (  # 沙溪村|地质灾害|监测员
                entities[index].text.endswith(WATER_CHIEF_POSTS) and _RIVER_SECTION.fullmatch(gap)) or (  # 元荡|黎里段|镇级河长
                entities[position].type == "ORG" and text[entities[position].start - 1 : entities[position].start] == "《"
                and _PAPER_TITLE_CLOSE.fullmatch(gap)) or (  # 德国《经济周刊》|前|主编: the post is the paper's
                entities[position].type == "ORG" and _OTHER_NAME_IN_BRACKETS.fullmatch(gap)):  # 衢州市治水办|（河长办）|主任
            start = gap_start
        elif _alias_in_brackets(entities, position, text, start):
            position -= 1  # …台州分院（台州市立医院）党委书记: the body named before its bracketed other name
            start = entities[position].end
        elif (entities[index].text.endswith(WATER_CHIEF_POSTS) and gap == "段" and position >= 1
              and entities[position - 1].type == "LOC" and entities[position - 1].end == entities[position].start):
            position -= 1  # 江山港|江山|段|县级河长: the post is the river's, not its section's place's
            start = entities[position].end
    parts: list[str] = []
    while position >= 0 and entities[position].type in BODY_TYPES and entities[position].end == start:
        parts.append(entities[position].text)
        start = entities[position].start
        position -= 1
    if parts and entities[index].text.endswith(POSTS_OF_A_SENDING_BODY) and text[start - 1 : start] == STATIONED:
        permanently = text[start - len(PERMANENTLY_STATIONED) : start] == PERMANENTLY_STATIONED
        return _sending_body(entities, position, start - (len(PERMANENTLY_STATIONED) if permanently else 1))
    return "".join(reversed(parts)) or None, position + 1 if parts else index


def _alias_in_brackets(entities: Sequence[Entity], position: int, text: str, post_start: int) -> bool:
    """Whether ``entities[position]`` is another name of the body before it, in brackets that close where the post
    starts (浙江大学医学院附属第二医院台州分院|（|台州市立医院|）|党委书记)."""
    alias = entities[position]
    return (position >= 1 and text[alias.end:post_start] in ("）", ")") and text[alias.start - 1 : alias.start] in ("（", "(")
            and entities[position - 1].type in BODY_TYPES and entities[position - 1].end == alias.start - 1)


def _sending_body(entities: Sequence[Entity], position: int, stationed_at: int) -> tuple[str | None, int]:
    """The body an envoy's post belongs to: the ORG/LOC that ends at the 驻 (常驻) before the place he is stationed in
    (中国|驻伊朗大使 → 中国, 欧盟|驻华大使 → 欧盟, 俄罗斯|常驻联合国代表 → 俄罗斯), or none where no body is written
    (新任驻华大使, 常驻联合国代表王民: the place is not his)."""
    if position >= 0 and entities[position].type in BODY_TYPES and entities[position].end == stationed_at:
        return entities[position].text, position
    return None, position + 1


#: A body named by its level alone, which is no entity (LABELS.md: 县水利局, 市委统战部, also 县委 and 县防指: a flood
#: control headquarters): between two posts of one person it does not break the chain (市委书记、市人大常委会主任王浩;
#: 龙泉市应急管理局副局长、市消防救援大队大队长刘永强; a committee's or government's office: 市委办公室; an association:
#: 市总工会主席，市新联会会长郑金平; a party school: …组织部部长，县委党校校长汪华).
_LEVEL_BODY_PATTERN = (r"[省市州县区乡镇][\u4e00-\u9fff]{0,9}?(?:委员会|常委会|人大|政协|政府|委|局|部|办公室|办|院|厅|中心|防指|指挥部"
                       r"|侨联|妇联|文联|残联|工商联|科协|总工会"  # and the people's bodies: 市侨联, 县妇联
                       r"|新联会|联合会|联谊会|协会|商会|学会|总会"  # and associations: 市新联会, 县老年协会, 区慈善总会
                       r"|党校"  # and a party school: 县委党校
                       r"|队|所|站)")  # and a brigade, institute or station: 市消防救援大队, 县疾控所, 县农技站
#: A bare village, community or town before the party organ of a later post (…合作社理事长、村|党支部书记): the later post
#: is the village's, not the first post's body's.
_BARE_LEVELS = ("村", "社区", "镇", "乡", "街道",
                "共和国")  # and a bare republic before a state's post (…人民大会党主席、共和国总统科罗马: CCTV news)
#: A department of a party committee named alone (政法委, 组织部), which is no entity either (LABELS.md: 市委统战部): between
#: a committee's post and the department's (河南省委原常委、政法委原书记甘荣坤; 县委常委、组织部部长王大学).
_PARTY_DEPARTMENTS = ("纪委监委", "纪委", "监委", "政法委", "组织部", "宣传部", "统战部")
#: A bureau named by its kind alone (公安局, 财政厅), which is no entity either (LABELS.md: bare body types): between a
#: government's post and the bureau's (黄冈市原副市长、原公安局局长汪治怀).
_BARE_BUREAU_PATTERN = r"[\u4e00-\u9fff]{2,4}[局厅]"
#: A body named by its level, a party committee's department or a bureau by its kind, maybe with 原 or 前 (a former
#: post) before or after it, or a verb of holding it then, now or before (…局长、时任县扶贫办|主任刘文阁: CCTV news).
_LEVEL_BODY = re.compile(rf"^(?:[{''.join(FORMER)}]|时任|现任|曾任)?(?:{_LEVEL_BODY_PATTERN}|{'|'.join(_PARTY_DEPARTMENTS)}|{_BARE_BUREAU_PATTERN}"
                         rf"|{'|'.join(_BARE_LEVELS)})[{''.join(FORMER)}]?$")


#: A bracketed note on how a post is held, written right after it (副局长（主持工作）, 副县长（挂职）, 局长（正处级）).
_POST_NOTE = re.compile(r"^[（(](?:主持工作|挂职|兼|兼职|代|正[处科厅局县]级|副[处科厅局县]级)[）)]")


def _without_post_note(between: str) -> str:
    """``between`` (the text after a post) without the note on how the post is held that opens it."""
    return _POST_NOTE.sub("", between, count=1)


def _joins_posts(between: str) -> bool:
    """Whether two posts with ``between`` them belong to one person: a joiner, maybe with a level body after it, or
    with 原 or 前 (former) or the later post's charge before it (湖南省人大常委会党组成员、原副主任陈文浩; 最高人民法院党组副书记、
    分管日常工作的副院长贺荣); a note on how the first is held may stand before the joiner (副县长（挂职）、县防指副指挥)."""
    between = _without_post_note(between)
    return (between in POST_JOINERS | {""} or _joiner_and_unnamed_body(between)
            or (between[:1] in POST_JOINERS and (between[1:] in FORMER or bool(CHARGE_BEFORE_A_POST.fullmatch(between[1:])))))


def _joiner_and_unnamed_body(between: str) -> bool:
    """Whether ``between`` (the text between two posts) is a joiner and a body named by its level (、|市监察局), a
    party committee's department named alone (、|政法委|原), maybe with 原 or 前 after it, or an unnamed sub-unit
    (、|客户服务中心); the later post is then that body's, not the one carried from the first post (广州市纪委副书记、
    市监察局局长柯珠军; 河南省委原常委、政法委原书记甘荣坤: 常委 of 河南省委, 书记 of no entity; 国网金华供电公司营销部副主任、
    客户服务中心主任叶伟: 主任 of no entity)."""
    between = _without_post_note(between)
    return between[:1] in POST_JOINERS and (bool(_LEVEL_BODY.match(between[1:])) or _sub_unit_gap(between, 1, len(between)))


def _post_chain(entities: Sequence[Entity], last: int, text: str) -> list[int]:
    """Indices of the posts joined by 、/兼 that end with the post ``entities[last]``, last first; also across the comma
    of a clause of posts before another (:func:`holder_of_posts_before_a_comma`), maybe with a body named by its level
    after it (…党组书记、局长，|市河湖管理中心|主任陈刚; 区人大常委会副主任，|区总工会党组书记)."""
    posts = [last]
    position = last - 1
    while position >= 0 and entities[position].type == "TITLE" and (
            _joins_posts(between := text[entities[position].end : entities[posts[-1]].start])
            or _comma_between_clauses_of_posts(entities, entities[position].end, between, text)):
        posts.append(position)
        position -= 1
    return posts


def _comma_between_clauses_of_posts(entities: Sequence[Entity], at: int, between: str, text: str) -> bool:
    """Whether ``between``, the text at ``at`` between two posts, is the comma that ends a clause of posts before
    another clause of posts of the same person, maybe with a body named by its level (，|市乡村振兴局; 区人大常委会副主任|，|
    区总工会党组书记)."""
    return (between[:1] in ("，", ",") and (between[1:] == "" or bool(_LEVEL_BODY.match(between[1:])))
            and holder_of_posts_before_a_comma(entities, at, text) is not None)


def _is_clause_of_posts(entities: Sequence[Entity], start: int, end: int, text: str) -> bool:
    """Whether ``text[start:end]`` is only places, bodies and posts and ends on a post, with joiners, 原 or 前 (former)
    and bodies named by their level (which are no entities: 市农业农村局) between them."""
    by_start = {entity.start: entity for entity in entities}
    at, post_last = start, False
    while at < end:
        entity = by_start.get(at)
        if entity is not None:
            if entity.type not in ("LOC", "ORG", "TITLE") or entity.end > end:
                return False
            at, post_last = entity.end, entity.type == "TITLE"
            continue
        gap_end = min([other.start for other in entities if at < other.start < end] + [end])
        gap = text[at:gap_end]
        if not (gap in POST_JOINERS or gap in FORMER or _LEVEL_BODY.match(gap) or _joiner_and_unnamed_body(gap)):
            return False  # 原 (former) between a body and its post is part of the clause (妇女联合会|原|主席)
        at, post_last = gap_end, False
    return post_last


def holder_of_posts_before_a_comma(entities: Sequence[Entity], comma: int, text: str) -> Entity | None:
    """The person who holds the posts of the clause that ends at the comma at ``comma``, where that clause and the
    next, up to a post and the name right after it, are only bodies and posts: one official's posts of two bodies,
    as Party news writes them (市农业农村局党组书记、局长，市乡村振兴局局长徐建国); else ``None``."""
    if text[comma : comma + 1] not in ("，", ","):
        return None
    start = _clause_start(text, comma)
    person = min((entity for entity in entities if entity.type == "PER" and entity.start > comma),
                 key=lambda entity: entity.start, default=None)
    if (person is None or any(mark in text[comma + 1 : person.start] for mark in _CLAUSE_MARKS)
            or not _is_clause_of_posts(entities, start, comma, text)
            or not _is_clause_of_posts(entities, comma + 1, person.start, text)):
        return None
    return person


def _bodies_of_a_post(post: str) -> tuple[str, ...]:
    """The endings of the bodies a post names no body before refers back to (:data:`POST_BODIES`), also a former or deputy
    one's written inside the post (辉塔村党支部原书记刘俊雄、|村委会原主任|刘憨雄, 村委会原副主任: CCTV discipline notices)."""
    return (POST_BODIES.get(post) or POST_BODIES.get(re.sub(r"[原前]", "", post))
            or POST_BODIES.get(re.sub(r"[原前副]", "", post), ()))


def _referred_body(text: str, entities: Sequence[Entity], post: Entity, head_end: int | None = None) -> str | None:
    """The earlier-named body a generic head before the post points to (该中心副主任 → …养老服务中心); the head ends
    where the post starts, or at ``head_end`` (before the 的 of 合作社的理事长)."""
    head_end = post.start if head_end is None else head_end
    start = _head_start(text, entities, head_end, _HEAD_WINDOW)
    head = text[start:head_end].removeprefix("该").removeprefix("这家")
    if head[:1] in "和与及" and any(e.type == "PER" and e.end == start for e in entities):
        head = head[1:]
    if _COUNTED_HEAD.match(head):
        return None  # 两村党组织书记金国平、邵钦祥, 各乡镇党委书记: the heads of several bodies, no one earlier body
    if start == head_end - _HEAD_WINDOW and LEVEL_BUREAU.match(
            text[_head_start(text, entities, head_end, 2 * _HEAD_WINDOW) : head_end]):
        return None  # |市自然资源和规划局|总规划师 after 龙泉市住建局: a bureau of its own, named longer than the window
    if head and any(e.start < head_end <= e.end for e in entities):
        return None
    if head.endswith("部队"):
        return None  # 俄军辐射、化学和生物防护部队|司令: an army's unit named in full, untagged, not an earlier 队
    heads = [head] + [head.removesuffix(organ) for organ in PARTY_ORGANS if head.endswith(organ) and len(head) > len(organ)]
    earlier = sorted((e for e in entities if e.end <= start and e.type in BODY_TYPES), key=lambda e: -e.end)
    named = _named_part_of_a_head(head)
    level = head[:1] if _LEVEL_BEFORE_A_HEAD.match(head) else ""
    # the earlier body of the head's level (县民政局局长 refers to …县民政局, not to 丽水市民政局)
    fuller = next((entity for entity in earlier if entity.text.endswith(named)
                   and entity.text[: -len(named)].endswith(level)), None) if named else None
    if fuller is not None:
        return _last_unit(fuller)  # 市第一医院院长 after 宁波市第一医院 and 象山县第一人民医院: the first, not the nearest 医院
    if named and _FIELD_BUREAU.match(named) and not any(_written_within(named, entity.text) for entity in earlier):
        return None  # 林业局|纪检组长 after 厦门市环保局: a bureau of its own field, not the earlier one of another (CCTV news)
    if LEVEL_BUREAU.match(head):
        return None  # 陈伟、|县农业农村局|副局长林芳: a bureau of its own, named by its level (no entity), not the earlier 水利局
    kinds = [_kinds_a_head_refers_to(candidate) if candidate else _bodies_of_a_post(post.text) for candidate in heads]
    for endings in filter(None, kinds):
        for entity in earlier:
            if entity.text.endswith(endings):
                return _last_unit(entity)  # a village's head points to the village alone (村主任 → 金星村)
            place = _place_of_its_party_organ(entity)
            if place is not None and place.text.endswith(endings) and endings[0] in _PLACE_HEADS:
                return _last_unit(place)  # 社区党委书记 after 义乌市稠城街道宗泽社区党委 → 宗泽社区
            committee = _LEVEL_COMMITTEE.match(entity.text) if entity.type == "ORG" else None
            if committee and committee.group("place").endswith(endings):
                return committee.group("place")  # 仙居县委书记李跃旗，|县长|陈华辉 → 仙居县 (the county's government head)
            unit = _unit_inside_a_chain(entity, endings) if endings[0] in _PLACE_HEADS else None
            if unit:
                return unit  # 镇党委书记 after 青田县方山镇龙现村 → 青田县方山镇
    for endings in filter(None, kinds):  # 公司党委书记 after 国网于都县供电公司罗坳供电所: the company its sub-unit is named with
        owner = next(filter(None, (_owner_named_in(entity, endings) for entity in earlier)), None)
        if owner:
            return owner
    return None


#: A head counted or taken each in turn (两村, 三个社区, 各乡镇, 每个村): several bodies, none of them one earlier body.
_COUNTED_HEAD = re.compile(r"^(?:[两二三四五六七八九十几多]个?|各|每个?)[\u4e00-\u9fff]{1,3}$")


#: How far back :func:`_referred_body` reads the head before a post (该中心|副主任, 市第一医院|院长); a bureau named by its
#: level is read back twice as far (市自然资源和规划局|总规划师: nine characters).
_HEAD_WINDOW = 8


def _head_start(text: str, entities: Sequence[Entity], head_end: int, width: int) -> int:
    """Where the head that ends at ``head_end`` before a post starts: at most ``width`` characters back, after a clause
    break, and after a span that ends inside that stretch, so after the joiner that follows a person there
    (副局长叶青|和|县民政局局长蓝芳: 县民政局 is the head)."""
    start = head_end
    while start > 0 and text[start - 1] not in _CLAUSE_BREAKS and start > head_end - width:
        start -= 1
    return max([start] + [e.end for e in entities if start < e.end <= head_end - 1])


#: A bureau, office, commission or department named by its level and its field (县农业农村局, 市发展改革委, 市委宣传部):
#: no entity, and before a post a body of its own, which no earlier body of that kind is (also read by the cleanup's
#: :func:`~zhpolicy.models.ner_cleanup.bodies.is_level_body_joined_to_a_person`).
LEVEL_BUREAU = re.compile(r"^[省市州县区乡镇][\u4e00-\u9fff]{2,8}(?:局|厅|委|办|部)$")
#: A bureau named by its field alone (林业局, 环保局): the earlier body it refers to names that field.
_FIELD_BUREAU = re.compile(r"^[\u4e00-\u9fff]{2,6}局$")
#: A level word opening a head before a post (市|第一医院院长), which names no body by itself.
_LEVEL_BEFORE_A_HEAD = re.compile(r"^[省市州县区]")


def _named_part_of_a_head(head: str) -> str | None:
    """The part of a head before a post that names one body of its kind (第一医院 of 市第一医院), if the head has more
    than its level and a generic kind (医院, 县医院 and 卫生院 have none)."""
    rest = _LEVEL_BEFORE_A_HEAD.sub("", head)
    kind = next((g for g in GENERIC_HEADS if rest.endswith(g)), None)
    return rest if kind is not None and len(rest) >= len(kind) + 2 and rest not in GENERIC_HEADS else None


#: Generic heads whose body the text may name by its place instead: a party branch by its village or community
#: (文萃社区离退休干部党支部 … 支部书记白振华 → 文萃社区), a residential compound by its community (芳草社区 … 小区党支部书记
#: 邓建国 → 芳草社区), as the written labels read them, and as :data:`POST_BODIES` reads a bare 党支部书记.
_HEADS_OF_A_PLACE = {"支部": ("支部", "村", "社区"), "小区": ("小区", "社区")}

#: A group's head, which refers back to the group's company (兰溪市水务集团有限公司 … 集团董事长王鹏飞).
_HEADS_OF_A_GROUP = {"集团": ("集团", "集团有限公司", "集团股份有限公司", "集团有限责任公司")}
#: The heads whose bodies end otherwise than the head does, together.
_HEADS_AND_THE_BODIES_THEY_NAME = _HEADS_OF_A_PLACE | _HEADS_OF_A_GROUP


def _kinds_a_head_refers_to(head: str) -> tuple[str, ...]:
    """How the earlier body a generic head before a post points to ends (公司 for 公司总经理; 支部, 村 or 社区 for
    支部书记)."""
    return next((kinds for word, kinds in _HEADS_AND_THE_BODIES_THEY_NAME.items() if head.endswith(word)), None) or tuple(
        g for g in GENERIC_HEADS if head.endswith(g))


#: The generic heads that are places, not bodies (村主任 refers to a village the text tags as a place).
_PLACE_HEADS = frozenset({"社区", "村", "镇", "乡", "街道"})


def _owner_named_in(entity: Entity, endings: tuple[str, ...]) -> str | None:
    """The body of one of ``endings`` whose name opens an ORG of a sub-unit of it (国网于都县供电公司|罗坳供电所 → 国网于都县
    供电公司 for 公司), or ``None``; not a place's unit (…栎桥村|党群服务中心: the village is a place the text names
    itself) nor a party organ after it (…|党委 is the body's own)."""
    if entity.type != "ORG":
        return None
    for ending in endings:
        if ending in _PLACE_HEADS:
            continue
        at = entity.text.rfind(ending, 0, len(entity.text) - len(ending))
        rest = entity.text[at + len(ending) :]
        if at > 0 and len(rest) >= 2 and not rest.startswith(PARTY_ORGANS):
            return entity.text[: at + len(ending)]
    return None


#: Where an administrative unit above a village ends inside a chain of places (北京市|门头沟区|斋堂镇|黄岭西村).
_UNIT_ENDING = re.compile("|".join(unit for unit in ADMIN_UNITS if unit not in ("村", "社区")))


def _place_of_its_party_organ(entity: Entity) -> Entity | None:
    """The place a party organ is named by (义乌市稠城街道宗泽社区|党委 → 义乌市稠城街道宗泽社区, a LOC), or ``None``."""
    organ = next((o for o in PARTY_ORGANS if entity.type == "ORG" and entity.text.endswith(o)), None)
    if organ is None:
        return None
    place = entity.text[: -len(organ)]
    return Entity(entity.start, entity.end - len(organ), "LOC", place) if place.endswith(_BARE_LEVELS) else None


def _unit_inside_a_chain(entity: Entity, endings: tuple[str, ...]) -> str | None:
    """The chain of places up to its last unit that ends like ``endings`` before the chain's end (青田县方山镇 of
    青田县方山镇龙现村, which a bare 镇 before a post refers to: the written labels give a town so referred to as the
    text names it, 浙江省台州市天台县平桥镇; but a village or community alone), or ``None``."""
    if entity.type not in BODY_TYPES:
        return None
    ends = [unit.end() for unit in _UNIT_ENDING.finditer(entity.text) if unit.end() < len(entity.text)]
    inside = [end for end in ends if entity.text[:end].endswith(endings)]
    if not inside:
        return None
    # a village or community alone, as :func:`_last_unit` gives it (…紫金街道白云社区居家养老服务照料中心 → 白云社区)
    return _last_unit(Entity(entity.start, entity.start + inside[-1], "LOC", entity.text[: inside[-1]]))


#: The units right above a village: a village of two characters (余村) follows one straight.
_TOWN_UNITS = ("镇", "乡")


def _last_unit(entity: Entity) -> str:
    """The village or community a head (村, 社区) refers back to: the last unit of a chain of places
    (北京市门头沟区斋堂镇黄岭西村 → 黄岭西村)."""
    if entity.type != "LOC" or not entity.text.endswith(("村", "社区")):
        return entity.text
    # a unit ending inside the last three characters is the village's own (…镇|县前村, …镇|新市村), but a town's
    # right before a village of two (安吉县天荒坪镇|余村) is the town's
    ends = [unit.end() for unit in _UNIT_ENDING.finditer(entity.text, 0, len(entity.text) - 3)]
    if len(entity.text) > 4 and entity.text.endswith("村") and entity.text[:-2].endswith(_TOWN_UNITS):
        ends.append(len(entity.text) - 2)
    return entity.text[ends[-1]:] if ends else entity.text


def _post_after_name(entities: Sequence[Entity], index: int, text: str) -> Official | None:
    """The official of a name written before its post (张建华书记带领…, 北京九十中学李铁辰校长说), or ``None``.

    Speech and reports name people this way as often as post first. The post
    must follow the name without a gap and must not itself stand before
    another name (then it is that person's post); the body is what runs up
    to the name (北京九十中学).
    """
    person = entities[index]
    if index + 1 >= len(entities):
        return None
    post = entities[index + 1]
    if post.type != "TITLE" or post.start != person.end or _ENVOY_OF_A_HEAD.match(post.text):
        return None  # 习近平|主席特使、国家副主席李源潮: the envoy the head sends, not the head's post
    if index + 2 < len(entities) and entities[index + 2].type == "PER" and entities[index + 2].start == post.end:
        return None
    body, _ = _body_before(entities, index, text)
    return Official(_name(person), post.text, body)


#: What names a person's post in the body after it (以习近平同志为总书记的党中央, 以会长野田毅为团长的代表团): 以 before the
#: name, maybe with a post of the person's between (会长), then 为 after it, maybe after 同志 or a post (高村正彦会长为团长).
_WITH_AS = "以"
_AS_OF_WITH = re.compile(r"(?:同志)?为")
#: Posts 为 may name that are no office in the body (以袁隆平为代表的科学家: a representative of a kind of people).
_NOT_A_POST_AFTER_WITH_AS = frozenset({"代表", "典型", "榜样"})


def _post_in_a_with_as_phrase(entities: Sequence[Entity], index: int, text: str) -> Official | None:
    """The official of a person named in a 以…为…的 phrase: the body after 的 with the person as its post holds them in
    it (以习近平同志为总书记的党中央, 以洛伊特哈德为主席的瑞士联邦委员会, 以主席尼科斯为团长的塞浦路斯民主大会党代表团: CCTV news
    of the Party centre and of visiting delegations), the body being the span 的 runs into, or none where 的 runs into
    no span (以会长野田毅为团长的代表团); ``None`` where no such phrase holds the name or 为 names no office (以袁隆平为代表的).
    The posts before the name stay the person's as read elsewhere (会长野田毅)."""
    person = entities[index]
    opening = index
    while opening > 0 and entities[opening - 1].end == entities[opening].start and entities[opening - 1].type in (
            "TITLE", *BODY_TYPES):
        opening -= 1  # 以|主席|尼科斯, 以|国土资源部|部长|徐绍史: the person's own posts before the name
    if text[entities[opening].start - 1 : entities[opening].start] != _WITH_AS:
        return None
    at = person.end
    if index + 1 < len(entities) and entities[index + 1].type == "TITLE" and entities[index + 1].start == at:
        at = entities[index + 1].end  # 以高村正彦|会长|为团长的
    wei = _AS_OF_WITH.match(text, at)
    if wei is None:
        return None
    following = {e.start: e for e in entities[index + 1 :]}
    post = following.get(wei.end())
    if (post is None or post.type != "TITLE" or post.text in _NOT_A_POST_AFTER_WITH_AS
            or text[post.end : post.end + 1] != "的"):
        return None
    body = following.get(post.end + 1)
    return Official(_name(person), post.text, body.text if body is not None and body.type in BODY_TYPES else None)


#: An envoy's post named by the head who sends them, written right after the head's name (习近平|主席特使,
#: 习近平|主席特别代表: CCTV news): the post of the person named after it.
_ENVOY_OF_A_HEAD = re.compile(r"^(?:主席|总统|总理|首相|秘书长|国王)(?:特使|特别代表|特别助理)$")


#: A post that opens with a body named by its level (县总工会主席, 市委副书记, 自治区政协主席: the tagger's cleanup puts such a body
#: into the post), whose body is not the one written before the first post of the chain.
_OWN_LEVEL_BODY = re.compile(r"^(?:[省市州县区乡镇]|自治区|团[省市州县区])(?:委|人大|政协|政府|人民政府|总工会|工会|妇联|团委|纪委|监委"
                             r"|组织部|宣传部|统战部|政法委|人武部"
                             # and the people's organizations of a level (省政协副主席、|省工商联主席|陈小平: local news)
                             r"|工商联|侨联|科协|文联|残联|社科联|关工委)(?=.)"
                             r"|^国家(?=副?主席)")  # and the head of state: …总书记、国家主席


#: An untagged role of the same person between the last post and the name (党支部书记、快递员|周宏伟): a joiner, a body
#: named by its level alone maybe (第一书记、县农业农村局干部|张伟), and a few characters that hold no clause break.
_ROLE_BEFORE_NAME = re.compile(rf"[、兼](?:{_LEVEL_BODY_PATTERN})?[\u4e00-\u9fff]{{2,5}}")


#: A role of the person's written after its body, between a chain of posts and the name (、中央财经领导小组|成员|刘云山,
#: 、广西体育高等专科学校|教师|韦军, 、中央芭蕾舞团|的首席演员|张剑: CCTV news): no post of the body.
_ROLE_AFTER_A_BODY = re.compile(r"的?[\u4e00-\u9fff]{2,5}")


def _post_before_a_bodys_role(entities: Sequence[Entity], index: int, text: str) -> int | None:
    """The index of the last post of a chain joined by 、 to a body and a role in it written before the name, all the
    person's (中共中央政治局常委、中央书记处书记、中央财经领导小组成员刘云山: the posts are his, the role no post), or
    ``None``; not a post written after another person's name (王强市长、县公安局干警李明)."""
    if index < 2:
        return None
    person, body, post = entities[index], entities[index - 1], entities[index - 2]
    if (body.type not in BODY_TYPES or post.type != "TITLE" or text[post.end : body.start] != "、"
            or not _ROLE_AFTER_A_BODY.fullmatch(text, body.end, person.start)):
        return None
    if index >= 3 and entities[index - 3].type == "PER" and entities[index - 3].end == post.start:
        return None  # 王强|市长、…: the post is the name's before it
    return index - 2


#: How long a post has been held, between the post and 的 before the name (担任村党支部书记|20年的|叶建平, 当了十多年村委会主任的).
_YEARS_HELD_DE = re.compile(r"(?:\d+|[一二三四五六七八九十两几]+)多?年(?:来|多)?的")


def _post_reaches(post: Entity, person: Entity, text: str) -> bool:
    """Whether ``post`` is the person's: it ends where the name starts, or an untagged role of theirs stands
    between, or 的 alone (当选三街村党支部书记的王洪旗) or after how long it has been held (担任村党支部书记20年的叶建平),
    or one space (a caption's 茅坪乡党委书记 兰胜华：), also after a note on how the post is held
    (应急管理局副局长（主持工作）林道雄), or the closing quote of a quoted post (“第一书记”黄亚祥), or 是 (会议执行主席是
    刘奇葆: CCTV news; 该村党支部书记是李明), or a comma that closes a clause of 作为 (:func:`is_post_as_of_the_next_name`)."""
    between = _without_post_note(text[post.end : person.start])
    return (between in ("", "的", " ", "\u3000", "”", "是")
            or bool(_ROLE_BEFORE_NAME.fullmatch(text, post.end, person.start))
            or bool(_YEARS_HELD_DE.fullmatch(between)) or is_post_as_of_the_next_name(post, person, text))


#: What opens a clause that says what the person opening the next clause is (作为村党支部书记，王建华…; 身为…总经理，刘勇…).
_AS_A_POST = re.compile(r"[“‘\s]*(?:作为|身为)")
#: The marks that end a clause.
_CLAUSE_MARKS = "，,。；;！？：:\n"
_CLAUSE_MARK = re.compile(f"[{_CLAUSE_MARKS}]")


def _clause_start(text: str, at: int) -> int:
    """Where the clause that holds the character at ``at`` starts: after the clause mark before it."""
    return max(text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1


def is_post_as_of_the_next_name(post: Entity, person: Entity, text: str) -> bool:
    """Whether ``post`` closes a clause that opens with 作为 or 身为 (as …) at the comma right before ``person``, which
    opens the next clause: the person holds it (作为村党支部书记，王建华每天都要…: local-news portraits)."""
    return text[post.end : person.start] in ("，", ",") and opens_as_a_post(text, _clause_start(text, post.start))


def opens_as_a_post(text: str, clause_start: int) -> bool:
    """Whether the clause at ``clause_start`` opens with 作为 or 身为 (as …)."""
    return bool(_AS_A_POST.match(text, clause_start))


#: A post taken up as a capacity right after its holder's name: 以 + the post + (的) + 身份 (王良春以县级河长身份巡查…,
#: the river-chief system's sentence in local news).
_AS_A_CAPACITY = re.compile(r"以(?P<post>[^，。；！？、\n]{2,12}?)的?身份")


def is_post_taken_up_as_a_capacity(post: Entity, person: Entity, text: str) -> bool:
    """Whether ``post`` ends the capacity the person takes up right after the name (王良春|以|县级河长|身份)."""
    capacity = _AS_A_CAPACITY.match(text, person.end)
    return capacity is not None and capacity.start("post") <= post.start and post.end == capacity.end("post")



#: Verbs that give the person before them the post after them, in one clause (郑海明是…党支部的书记, 出任…主任;
#: the passive of an appointment or election: 王书茂被推选为…潭门村党支部书记, from CCTV news).
POST_HOLDING_VERBS = ("是", "担任", "出任", "现任", "兼任", "调任", "升任", "当选为", "当选", "当上了", "当上", "成为",
                      "被任命为", "被推选为", "被推举为",
                      "被选为", "被选举为", "被提拔为", "被聘任为", "被聘为",
                      "生前是", "生前系", "生前任", "生前担任", "曾任", "曾担任")  # 廖俊波生前是…副市长 (obituaries)
#: A verb of holding after a comma that follows the name, the name standing as the topic of the sentence
#: (孙丽美，生前系福建省霞浦县古县村党支部书记; 邱军，生前系…挂职副县长; 李爽，是河南邓州市孟楼镇党委书记: CCTV news;
#: after a date or a time word: 李清学，2021年当选…党支部书记, 陆秀兴，现在是…党委书记; 文朝荣，当上了海雀村党支部书记).
HOLDING_AFTER_A_COMMA = re.compile(r"[，,](?:[于自]?\d{4}年(?:\d{1,2}月)?(?:起|开始)?|现在|目前|如今)?(?:生前)?(?:系(?![统列数])|现任|曾任|时任|现为|是(?![否的])"
                                  r"|当选(?!为)|担任|出任|当上了?|成为)")
#: How Party news names a member (陈刚同志): between the name and a verb of holding, where 任 alone is one.
COMRADE = "同志"
#: Verbs that appoint or elect the person after them to the post after 为 (任命秦刚为外交部部长, 选举李明为村委会主任).
APPOINTING_VERBS = ("任命", "提名", "推选", "选举", "聘任", "聘请", "推举", "增补", "补选")
#: What ends the clause a held post must stand in (a list of posts, 、, does not).
_HELD_POST_CLAUSE_END = re.compile(r"[，。；！？：\n]")


#: A clause of a biography that says what post its subject holds or held: a date or a span of time maybe, then a verb
#: of holding (现任遂昌县委书记; 1982年5月至1984年12月期间任义乌县委书记; 曾任…; 2015年起担任…).
_BIOGRAPHY_HOLDING = re.compile(r"(?:[于自从]?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:[至到—－-]\d{4}年(?:\d{1,2}月)?)?"
                                r"(?:期间|起|以来|开始|后)?)?(?:生前|先后)?(?:现任|曾任|历任|时任|兼任|担任|出任|当选为|当选|任(?![务何期性]))")
#: What ends a sentence: a biography's subject holds the posts of its clauses up to here.
_SENTENCE_ENDS = "。！？\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")


def sentence_start(text: str, at: int) -> int:
    """Where the sentence that holds the character at ``at`` starts."""
    return max(text.rfind(mark, 0, at) for mark in _SENTENCE_ENDS) + 1


def opens_a_biography(person: Entity, text: str) -> bool:
    """Whether a person opens its sentence (maybe after spaces or a quotation mark) and a comma follows the name
    (张三，男，汉族，…), or a verb of holding does (周东明曾任…，现任…: a portrait's career line), or a clause of what
    the person does (王建华长期扎根基层，先后任…: a local-news portrait; not a speaker's: 李明说，): the subject of a
    biography sentence. Party news may write 同志 after the name (陈刚同志，男，…)."""
    at = person.end + len(COMRADE) if text.startswith(COMRADE, person.end) else person.end
    return (not text[sentence_start(text, person.start) : person.start].strip(" \u3000“”\"")
            and (text[at : at + 1] in "，," or _BIOGRAPHY_HOLDING.match(text, at) is not None
                 or _CLAUSE_OF_WHAT_THE_SUBJECT_DOES.match(text, at) is not None))


#: Verbs of speaking that follow a speaker's name (王建华介绍，, 李明说：).
SPEAKING_VERBS = ("介绍", "表示", "说", "指出", "强调", "告诉", "认为", "透露", "坦言")
#: A clause of what a biography's subject does or is, right after the name, up to the comma: no speaking, no list, no
#: other mark (王建华|长期扎根基层，; not 李明|说，, 李明|介绍，).
_CLAUSE_OF_WHAT_THE_SUBJECT_DOES = re.compile(rf"(?:(?!{'|'.join((*SPEAKING_VERBS, '称', '问'))})[^，,。！？；：、\n“”]){{2,16}}[，,]")


def biography_clause_starts(entities: Sequence[Entity], person: Entity, text: str) -> list[re.Match[str]]:
    """The clauses of a biography sentence whose subject is ``person``, that say what post it holds or held: the
    person opens the sentence and a comma follows (张三，男，汉族，1970年10月生，现任遂昌县委书记。; 谢高华，1931年出生，
    浙江衢州人，1982年5月至1984年12月期间任义乌县委书记: CCTV news), and each such clause opens with a verb of
    holding, maybe after a date, with no other person in the sentence before it."""
    if not opens_a_biography(person, text):
        return []
    end = _SENTENCE_END.search(text, person.end)
    limit = end.start() if end else len(text)
    clauses = []
    for comma in re.finditer("[，,；;]", text[person.end : limit]):
        at = person.end + comma.end()
        if any(e.type == "PER" and person.end <= e.start < at for e in entities):
            break
        holding = _BIOGRAPHY_HOLDING.match(text, at)
        if holding is not None:
            clauses.append(holding)
    return clauses


def is_apposition_after_a_comma(entities: Sequence[Entity], comma: int, text: str) -> bool:
    """Whether the clause after the comma at ``comma`` is only bodies, places and posts (:func:`_is_clause_of_posts`:
    bodies named by their level count), ending on a post at a clause's end: what the name before the comma is (袁少敏，孝感市陡岗镇袁湖村党支部书记。: CCTV news), the name's posts, also
    where another clause follows (陈立新，江山市水利局党组成员、副局长，长期分管…: a feature's portrait)."""
    end = _CLAUSE_MARK.search(text, comma + 1)
    return _is_clause_of_posts(entities, comma + 1, end.start() if end else len(text), text)


def _post_at(entities: Sequence[Entity], index: int, at: int) -> bool:
    """Whether ``entities[index]`` is a post starting at ``at``, or a body starting there with its post right after."""
    following = entities[index : index + 2]
    if following and following[0].type in BODY_TYPES and following[0].start == at and len(following) == 2:
        at = following[0].end
        following = following[1:]
    return bool(following) and following[0].type == "TITLE" and following[0].start == at


def _posts_held(entities: Sequence[Entity], index: int, text: str) -> list[Official]:
    """The officials of a name followed by a verb of holding and its post in the same clause:
    方宇航是四季青街道外卖骑手党支部书记, 阙小敏是…颐乐园养老院的护理部主管.

    The first post after the verb, and the posts joined to it by 、 or 兼, with the body that runs up to the first
    (or stands before it with 的 between; a generic head such as 合作社的 points back as it does before a name).
    Another person before the post in the clause means the post is someone else's (…是李明的秘书). Names listed with
    、 before the one the verb follows hold the same posts (李丽、张强当选村委会委员).
    """
    person = entities[index]
    if (index + 1 < len(entities) and entities[index + 1].type == "PER"
            and text[person.end : entities[index + 1].start] == "、"):
        # 李丽、张强当选村委会委员: a name listed before the one the verb follows holds what that one does
        return [Official(_name(person), official.title, official.org) for official in _posts_held(entities, index + 1, text)]
    # 陈刚同志任青海省委书记 (appointments in Party news): after 同志 the verb may be 任 alone
    at = person.end + len(COMRADE) if text.startswith(COMRADE, person.end) else person.end
    # 任 alone is a verb after 同志, and after a bare name where a post follows it at once (谌贻琴任组长), or a body
    # and its post do (毛泽民任中华苏维埃共和国临时中央政府银行行长)
    serves = at > person.end or _post_at(entities, index + 1, at + 1)
    verbs = POST_HOLDING_VERBS + (("任",) if serves else ())
    verb = next((verb for verb in verbs if text.startswith(verb, at)), None)
    if verb is None and _AS_A_CAPACITY.match(text, at):
        verb = text[at]  # 王良春以县级河长身份巡查: the capacity taken up is the person's post
    if verb is None:
        appointed = _appointed_as(entities, index, text)
        if appointed is not None:  # 任命何立峰为…主任, 增补王伟、刘慧为…委员, 任命韩冬梅同志为…, 决定…，张高丽、刘延东为国务院副总理
            verb, at = "为", appointed
    topic = HOLDING_AFTER_A_COMMA.match(text, person.end) if verb is None else None
    if topic is not None:
        verb, at = topic.group(), person.end  # 孙丽美，生前系…党支部书记: the name as the topic, the verb after the comma
    elif verb is None and text[person.end : person.end + 1] in "，," and is_apposition_after_a_comma(
            entities, person.end, text):
        verb, at = text[person.end], person.end  # 袁少敏，孝感市陡岗镇袁湖村党支部书记。: what the name is
    elif verb is None and (biography := biography_clause_starts(entities, person, text)):
        # 张三，男，汉族，1970年10月生，现任遂昌县委书记: the subject of a biography sentence holds the posts of its
        # clauses that open with a verb of holding (each read as a clause of its own)
        return [official for clause in biography
                for official in _posts_held_after(entities, index, clause.group(), clause.start(), None, text)]
    place_of_verb = None
    if verb is None and topic is None:
        verb, at, place_of_verb = _holding_verb_later_in_clause(entities, index, text)
    if verb is None:
        return []
    held = _posts_held_after(entities, index, verb, at, place_of_verb, text)
    if at == person.end:  # 周东明曾任…，现任衢州市委副秘书长: the later clauses of holding are the subject's too
        held += [official for clause in biography_clause_starts(entities, person, text)
                 for official in _posts_held_after(entities, index, clause.group(), clause.start(), None, text)]
    return held


def _posts_held_after(entities: Sequence[Entity], index: int, verb: str, at: int, place_of_verb: str | None,
                      text: str) -> list[Official]:
    """The officials of the person at ``index`` from the post after ``verb`` (standing at ``at``) in its clause, and
    the posts listed with it (see :func:`_posts_held`); ``place_of_verb`` is where the person went to hold it. None
    where a person follows the post at once or after 的: the verb was a relative clause's, and the post is that
    person's (县委书记王建国会见了新当选的…政协主席陈立新)."""
    person = entities[index]
    end = _HELD_POST_CLAUSE_END.search(text, at + len(verb))
    limit = end.start() if end else len(text)
    first = next((i for i in range(index + 1, len(entities)) if at <= entities[i].start < limit
                  and entities[i].type in ("TITLE", "PER")), None)
    if first is None or entities[first].type != "TITLE":
        return []
    if _held_by_a_person_after(entities[first], {e.start: e for e in entities[first + 1 :]}, text):
        return []  # the holder is named after the post (会见了新当选的…政协主席陈立新): a relative clause's verb
    posts = _posts_listed_from(entities, first, text)
    body, _ = _body_before(entities, first, text)
    if body is None and entities[first - 1].start >= at + len(verb):  # a body after the verb: 是合作社的|理事长
        body = _body_before_de(entities, first, text)
    if body is None:
        post = entities[first]
        body = place_of_verb or _referred_body(text, entities, post, post.start - (text[post.start - 1] == "的"))
    # 廖俊波生前是南平市委常委、副市长: 副市长 of 南平市; 当选为国家主席和中央军委主席: 主席 of 中央军委; a body named
    # on the way carries over to the posts after it (…原副主任、镇江农科所原所长、党委书记: 党委书记 of 镇江农科所)
    officials: list[Official] = []
    for post, own in posts:
        body = own or body
        level_body = _OWN_LEVEL_BODY.match(entities[post].text) if post != first and not own and body else None
        if level_body and not body.endswith(level_body.group()):
            # 任浙江省委书记、|省人大常委会主任: a later post that names another body by level takes no carried one
            # (河北正定县委副书记、|县委书记 keeps 河北正定县委, the body it names)
            officials.append(Official(_name(person), entities[post].text, None))
            continue
        officials.append(Official(_name(person), entities[post].text,
                                  body if post == first or own else _body_of_post(body, entities[post].text)))
    return officials


def _posts_listed_from(entities: Sequence[Entity], first: int, text: str) -> list[tuple[int, str | None]]:
    """The posts joined by 、, 兼 or 和 from ``entities[first]`` on, each with the body written right before it after
    the joiner, or ``None`` where it carries the first's (当选为国家主席和|中央军委|主席, 是…董事长、|…协会|会长)."""
    posts: list[tuple[int, str | None]] = [(first, None)]
    last = first
    while last + 1 < len(entities) and text[entities[last].end : entities[last + 1].start] in POST_JOINERS:
        following = last + 1
        while following < len(entities) and entities[following].type in BODY_TYPES:
            following += 1
        if following == len(entities) or entities[following].type != "TITLE":
            break
        own, opening = _body_before(entities, following, text)
        if following > last + 1 and (own is None or opening != last + 1):
            break
        posts.append((following, own))
        last = following
    return posts


#: What opens a sentence of appointments, before the names it appoints (会议决定增补…为…；任命…为…).
_APPOINTING_OR_DECIDING = (*APPOINTING_VERBS, "决定")
_APPOINTING_OR_DECIDING_PATTERN = re.compile("|".join(_APPOINTING_OR_DECIDING))
#: What stands right before an appointed name: the verb's last character, a list's 、 or a clause's comma.
_BEFORE_AN_APPOINTED_NAME = frozenset("、，,") | {verb[-1] for verb in _APPOINTING_OR_DECIDING}
#: What ends a sentence of appointments (its clauses, one appointment each, are joined by commas).
_SENTENCE_END_MARKS = "。；！？\n"


#: A bracketed note of sex, ethnic group or a post held besides after a name in lists of appointments (任命李斌(女)为…,
#: 王正伟(回族), 常万全(兼)为国防部部长, 杨晶(蒙古族，兼)为国务院秘书长).
_NOTE = r"(?:女|男|兼|[\u4e00-\u9fff]{1,3}族)"
PERSONAL_NOTE = re.compile(rf"[（(]{_NOTE}(?:[，,、]{_NOTE})*[）)]")


def _appointed_as(entities: Sequence[Entity], index: int, text: str) -> int | None:
    """Where the 为 stands that appoints the person to the post after it, in a sentence an appointing verb or 决定 opens
    before the name: the name (or its 同志, or a bracketed note of sex or ethnic group: 任命李斌(女)为) right before 为,
    or a list of names joined by 、 whose last stands so
    (会议决定增补王伟、刘慧、黄明为第十三届全国政协委员, 任命胡衡庐为…副秘书长，易会满为…驻会副主任: CCTV news of
    appointments, each clause one appointment; also a clause after a semicolon, whose verb opens the sentence: 增补…为…
    副主任；张效廉为…驻会副主任); ``None`` elsewhere (以会长野田毅为团长的, 被誉为: no appointment)."""
    person = entities[index]
    before = text[person.start - 1 : person.start]
    # a clause after a semicolon reads the sentence's verb (增补…为…副主任；张效廉为…驻会副主任)
    opening = (sentence_start(text, person.start) if before == "；"
               else max(text.rfind(mark, 0, person.start) for mark in _SENTENCE_END_MARKS) + 1)
    if ((before not in _BEFORE_AN_APPOINTED_NAME and before != "；")
            or not _APPOINTING_OR_DECIDING_PATTERN.search(text, opening, person.start)):
        return None
    while True:
        at = person.end + len(COMRADE) if text.startswith(COMRADE, person.end) else person.end
        if (note := PERSONAL_NOTE.match(text, at)) is not None:  # 任命李斌(女)为…
            at = note.end()
        if text.startswith("为", at):
            return at
        following = entities[index + 1] if index + 1 < len(entities) else None
        if not (text.startswith("、", at) and following is not None and following.type == "PER" and following.start == at + 1):
            return None
        index, person = index + 1, following


#: The verbs of holding that give a post to the clause's person from further on in the clause (黄文秀响应号召来到
#: 百坭村|担任|驻村第一书记): not 是, which joins too much to too much.
_LATER_HOLDING_VERBS = re.compile("|".join(verb for verb in POST_HOLDING_VERBS if verb != "是"))
#: The passive of an election or appointment that names who made it between 被 and the verb (邓小燕被乡亲们选为双西村
#: 党支部委员: CCTV news), read as a verb of holding from 被 on.
_PASSIVE_WITH_ITS_AGENT = re.compile(r"被[^，。；！？、\n]{1,8}?(?:选为|推选为|推举为|选举为|任命为|聘任为|聘为)")


#: Words that deny the verb of holding after them (不再担任: no longer holds).
_NEGATIONS = ("不", "不再", "未", "没有")


def _holding_verb_later_in_clause(entities: Sequence[Entity], index: int, text: str) -> tuple[str | None, int, str | None]:
    """A verb of holding further on in the person's clause, with no other person or post between (黄文秀响应号召来到
    乐业县百坭村担任驻村第一书记, 吴栋材刚被派到永联村担任…, 刘桂珍全票当选…, a passive naming its electors: 邓小燕被乡亲们
    选为…); not a denied one (不再担任, as the
    verb right after the name is not taken there either): ``(verb, where it stands, the place or body right before it)``
    (where the person went to hold the post: 百坭村), or ``(None, 0, None)``."""
    person = entities[index]
    end = _HELD_POST_CLAUSE_END.search(text, person.end)
    limit = end.start() if end else len(text)
    found = [match for match in (_PASSIVE_WITH_ITS_AGENT.search(text, person.end, limit),
                                 _LATER_HOLDING_VERBS.search(text, person.end, limit)) if match]
    verb = (min(found, key=lambda match: (match.start(), -len(match.group()))) if found
            else _serving_later_in_clause(entities, index, text, limit))
    if (verb is None or text.endswith(_NEGATIONS, 0, verb.start())  # …同志不再担任…: holds it no more (stop 31)
            or any(e.type in ("PER", "TITLE") and person.end <= e.start < verb.start() for e in entities)):
        return None, 0, None
    place = next((e.text for e in entities if e.type in BODY_TYPES and e.end == verb.start()), None)
    return verb.group(), verb.start(), place


#: Characters that make 任 part of another word before it (主任 is a post, 信任, 责任, 放任), or give the post to a
#: person named after it (时任国际田联主席、…委员迪亚克).
_NOT_SERVING_BEFORE = frozenset("主信责放时")
_SERVING = re.compile("任")


def _serving_later_in_clause(entities: Sequence[Entity], index: int, text: str, limit: int) -> re.Match[str] | None:
    """任 alone further on in the person's clause where a post, or a body and its post, follows it at once
    (周振武从湖北省公安厅交流到荆州市|任|公安局长, 默克尔连|任|德国总理: CCTV news), and no person after the post takes it;
    任 alone is too common a character to take elsewhere (任务, 任何, 责任)."""
    starts = {e.start: e for e in entities[index + 1 :] if e.start < limit}
    for verb in _SERVING.finditer(text, entities[index].end + 1, limit):
        if text[verb.start() - 1] in _NOT_SERVING_BEFORE:
            continue
        following = starts.get(verb.end())
        while following is not None and following.type in BODY_TYPES:
            following = starts.get(following.end)
        if following is not None and following.type == "TITLE" and not _held_by_a_person_after(following, starts, text):
            return verb
    return None


def _held_by_a_person_after(post: Entity, starts: dict[int, Entity], text: str) -> bool:
    """Whether a person follows the post at once or after 的 (…主席迪亚克, …书记的习近平): the post is theirs."""
    after = starts.get(post.end) or (starts.get(post.end + 1) if text.startswith("的", post.end) else None)
    return after is not None and after.type == "PER"


def _body_before_de(entities: Sequence[Entity], index: int, text: str) -> str | None:
    """The body written before a post with 的 between (重庆齐圣村的党委书记熊尚兵, 湘潭县河口镇中心学校的党总支书记谭建宁:
    CCTV news), or after 在 with a verb of holding between (曾在…热拉村担任驻村第一书记的吕怡达), or ``None``; not a place
    gone to (刚刚抵达莫斯科的国家主席习近平: the place is no body of his)."""
    before = entities[index - 1] if index > 0 else None
    if (before is not None and before.type in BODY_TYPES and text[before.end : entities[index].start] == "的"
            and not text.endswith(_GOING_TO, 0, before.start)):
        return before.text
    if (before is not None and before.type in BODY_TYPES and text[before.start - 1 : before.start] == "在"
            and _HOLDING_THERE.fullmatch(text, before.end, entities[index].start)):
        return before.text  # 曾在|…芦花镇热拉村|担任|驻村第一书记|的吕怡达: the post held at the place after 在
    return None


#: A verb of holding between the place after 在 and the post (在色达县|挂职任|县委副书记的桂志敬, 在…热拉村|担任|驻村第一书记).
_HOLDING_THERE = re.compile(r"(?:挂职)?(?:担任|任|出任)")


#: Verbs of going to or visiting a place, which make a place before 的 and a post no body of the post's
#: (刚刚抵达|莫斯科|的国家主席习近平: CCTV news).
_GOING_TO = ("抵达", "到达", "来到", "前往", "访问", "飞抵", "途经", "出访")


#: A place's party committee (上海市委, 中共仙居县委) and a head of that place's government (副市长, 县长): the post
#: carried over from the committee belongs to the place (上海市委常委、副市长艾宝俊 → 副市长 of 上海市).
_LEVEL_COMMITTEE = re.compile(r"^(?:中共)?(?P<place>.+[省市县区州旗])委$")
_GOVERNMENT_HEAD = re.compile(r"^(?:常务)?副?(?P<unit>[省市县区州旗乡镇])长$")


def _body_of_post(body: str | None, post: str) -> str | None:
    """The body a post carried over from ``body`` belongs to: a government head's post after the party committee of a
    place of its level is the place's (上海市委 … 副市长 → 上海市; not a 镇长 after a 县委), a state post after a party's
    central organ, the party itself or a committee is no organ's (老挝党中央政治局委员、副总理宋赛, 中央书记处书记、
    国务委员王小洪, 苏里南民族民主党主席、前总统鲍特瑟, 塞尔维亚对华合作国家委员会主席、前总统尼科利奇),
    every other post the body's as written."""
    committee = _LEVEL_COMMITTEE.match(body) if body else None
    head = _GOVERNMENT_HEAD.match(post)
    if committee and head and committee.group("place").endswith(head.group("unit")):
        return committee.group("place")
    if body and body.endswith(_CENTRAL_PARTY_ORGANS + _PARTY_ENDINGS + ("委员会",)) and post.lstrip("前原") in _STATE_POSTS:
        return None  # …政治局委员、副总理; a party's chairman and (former) president: 苏里南民族民主党主席、前总统鲍特瑟
    return body


#: A party's central organs (…中央政治局, 中央书记处) and the state posts their members also hold, which are no organ's.
_CENTRAL_PARTY_ORGANS = ("政治局", "书记处")
#: How a party's name ends (…民族民主党, 东帝汶独立革命阵线, …联盟, …运动).
_PARTY_ENDINGS = ("党", "阵线", "联盟", "运动")
_STATE_POSTS = frozenset({"总理", "副总理", "国务委员", "国家主席", "国家副主席", "总统", "副总统",
                          "国务委员长"})  # 朝鲜劳动党总书记、国务委员长金正恩 (CCTV news)


def _written_within(short: str, long: str) -> bool:
    """Whether every character of ``short`` stands in ``long`` in order: the short name of a body named in full
    (环保局 of 厦门市环境保护局)."""
    rest = iter(long)
    return all(character in rest for character in short)


def _names_less_of(short: str, long: str) -> bool:
    """Whether body ``short`` is ``long`` or a part of it, or ``long`` with units left out of its chain: the same
    characters in order and the same last name (甘肃酒泉永久村 of 甘肃酒泉市永久村, 广西梧州六堡镇山坪村 of
    广西梧州市苍梧县六堡镇山坪村: CCTV news names one village both ways)."""
    if short in long:
        return True
    return len(short) >= 4 and short[-3:] == long[-3:] and _written_within(short, long)


#: A post's holder named after it, between 由 and 担任 or 兼任 (会长由退休教师|方建国|担任: local news).
POST_HELD_BY = re.compile(r"由(?P<holder>[^，。；：！？、\n]{2,16}?)(?:担任|兼任)")


def held_by_a_person_after(post: Entity, entities: Sequence[Entity], text: str) -> Entity | None:
    """The person a post is held by where the text names him after it, between 由 and 担任 (会长|由退休教师方建国担任 →
    方建国), or ``None``."""
    held = POST_HELD_BY.match(text, post.end)
    if held is None:
        return None
    return next((e for e in entities if e.type == "PER" and e.end == held.end("holder") and e.start >= held.start("holder")),
                None)


def extract_officials(text: str, entities: Sequence[Entity]) -> list[Official]:
    """One :class:`Official` per person and post, in text order, without repeats; a post held by a person named after
    it between 由 and 担任 last (:func:`held_by_a_person_after`)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    found: list[Official] = []

    def add(official: Official) -> None:
        # one entry per person and post (LABELS.md): a mention that names the body more fully, or at all, replaces
        # an earlier one (…供电公司配电抢修班班长 beside …供电公司的配电抢修班班长; 甘肃酒泉永久村 beside 甘肃酒泉市永久村);
        # unrelated bodies stay apart
        for at, earlier in enumerate(found):
            if earlier.name == official.name and _committee_post_parted_two_ways(earlier, official):
                return  # 抚远市委 + 书记 … 抚远 + 市委书记: one post, as first read
            if earlier.name == official.name and _one_post_written_two_ways(earlier, official):
                # the mention that names the body, or else the longer post, stands for both (…中排居委会主任 beside
                # 居委会主任; 县委书记 beside 书记)
                if official.org is not None or (earlier.org is None and len(official.title) > len(earlier.title)):
                    found[at] = official
                return
            if (earlier.name, earlier.title) != (official.name, official.title):
                continue
            if frozenset({earlier.org, official.org}) in _ONE_BODY_NAMED_TWO_WAYS:
                return  # 以习近平同志为总书记的党中央 … 中共中央总书记习近平: one post, as first read
            if official.org is None or (earlier.org is not None and _names_less_of(official.org, earlier.org)):
                return  # nothing new: the same body or less of it
            if earlier.org is None or _names_less_of(earlier.org, official.org):
                found[at] = official
                return
        found.append(official)

    for index, person in enumerate(ordered):
        if person.type != "PER":
            continue
        for official in _posts_held(ordered, index, text):
            add(official)
        with_as = _post_in_a_with_as_phrase(ordered, index, text)
        if with_as is not None:  # 以习近平同志为总书记的党中央: the body after 的 holds the person in the post
            add(with_as)
        relieved = _posts_relieved_after_an_appointment(ordered, index, text)
        if relieved is not None:  # 任命徐卫东同志为…局长，免去其…副局长职务: the earlier post is his too
            for official in _chain_officials(ordered, relieved, person, text):
                add(official)
        listed = _roster_line_end(ordered, index, text)
        listed = _bracketed_posts_end(ordered, index, text) if listed is None else listed
        listed = _relieved_posts_end(ordered, index, text) if listed is None else listed
        if listed is not None:  # 副主任：陈宝生 教育部部长 (a roster line), 焦红（国家药监局局长）: name, then body and posts
            for official in _chain_officials(ordered, listed, person, text):
                add(official)
            continue
        reaches = index > 0 and ordered[index - 1].type == "TITLE" and _post_reaches(ordered[index - 1], person, text)
        last = index - 1 if reaches else _post_before_a_bodys_role(ordered, index, text)
        if last is None:
            official = _post_after_name(ordered, index, text)
            if official is not None:
                add(official)
            continue
        officials = [_body_from_the_official_listed_before(ordered, index, official, found, text)
                     for official in _chain_officials(ordered, last, person, text)]
        for official in officials:
            add(official)
        for listed in _names_listed_after(ordered, index, text):  # 全国政协副主席何报翔、王光谦: both are 副主席
            for official in officials:
                add(Official(_name(listed), official.title, official.org))
    for index, post in enumerate(ordered):
        holder = held_by_a_person_after(post, ordered, text) if post.type == "TITLE" else None
        if holder is not None:  # 会长由退休教师方建国担任: the post is his
            add(Official(_name(holder), post.text, _body_before(ordered, index, text)[0]))
    return found


#: Two names of one body (the Party centre, 党中央, is the Central Committee, 中共中央: CCTV news names it both ways).
_ONE_BODY_NAMED_TWO_WAYS = frozenset({frozenset({"党中央", "中共中央"})})
#: Short and long names of one post (村主任 is 村委会主任, 居委会主任 a community's 社区居委会主任, 村支书 a village's
#: 党支部书记, 驻村第一书记 the 第一书记 a village is sent: CCTV news).
_ONE_POST_NAMED_TWO_WAYS = frozenset({frozenset({"村主任", "村委会主任"}), frozenset({"居委会主任", "社区居委会主任"}),
                                      frozenset({"村副主任", "村委会副主任"}), frozenset({"村支书", "党支部书记"}),
                                      frozenset({"村支书", "村党支部书记"}), frozenset({"驻村第一书记", "第一书记"})})
#: A head of state's posts and the bare word the text calls the holder by without a body (国家主席迪亚斯-卡内尔 …
#: 迪亚斯-卡内尔主席: CCTV news), one post; a 主席 of a body named is another (国家主席、中央军委主席习近平).
_STATE_POSTS_BY_THEIR_BARE_WORD = {"国家主席": "主席", "国家副主席": "副主席"}
#: The bare words a party post is called by once its holder is named with it (第一书记刘勇金 … 书记刘勇金), and the kinds
#: of party post they stand for (not 总书记, whose 书记 is another post: 总书记 … 县委书记研修班).
_BARE_PARTY_POSTS = frozenset({"书记", "副书记"})
_PARTY_POST_KINDS = frozenset({"第一", "党支部", "村党支部", "党总支", "总支", "支部", "党委", "党工委", "党组"})


def _one_post_written_two_ways(one: Official, other: Official) -> bool:
    """Whether two different titles of one person, at least one of them with no body, are one post (LABELS.md: one
    entry per person and post): the body's kind read into the post where the other mention names the body (居委会主任郭卫洁
    … 寻乌县桂竹帽镇中排居委会主任郭卫洁: CCTV news), a level committee's post and its bare word (县委书记南培 … 书记南培,
    区委书记黎云 … 担任书记期间; any party post named with its body: 平寨村的第一书记刘勇金 … 书记刘勇金), or a short and a long
    name of it (村主任 beside 村委会主任, 村支书 beside 党支部书记, 驻村第一书记 beside 第一书记), or a head of state's post and
    its bare word with no body (国家主席 … 主席)."""
    if one.title == other.title or (one.org is not None and other.org is not None):
        return False
    if frozenset({one.title, other.title}) in _ONE_POST_NAMED_TWO_WAYS:
        return True
    long, short = (one, other) if len(one.title) > len(other.title) else (other, one)
    if _STATE_POSTS_BY_THEIR_BARE_WORD.get(long.title) == short.title:
        return short.org is None  # 国家主席迪亚斯-卡内尔 … 迪亚斯-卡内尔主席; not 国家主席、中央军委主席习近平
    if not long.title.endswith(short.title):
        return False
    if _is_party_post_by_its_bare_word(long.title, short.title) and short.org is None and long.org is not None:
        return True  # 平寨村的第一书记刘勇金 … 书记刘勇金: the bare word of the post named with its body
    kind = long.title[: -len(short.title)]
    return is_level_post_by_its_bare_word(long.title, short.title) or (
        len(kind) >= 2 and short.org is not None and short.org.endswith(kind))


def _committee_post_parted_two_ways(one: Official, other: Official) -> bool:
    """Whether two entries are one level committee's post with body and post parted two ways: 抚远市委 + 书记 and
    抚远 + 市委书记, 深圳市委 + 书记 and 深圳 + 市委书记 (CCTV news: the tagger reads one name both ways in one text)."""
    for short, long in ((one, other), (other, one)):
        if short.org is None or long.org is None or not is_level_post_by_its_bare_word(long.title, short.title):
            continue
        committee = long.title[: -len(short.title)]  # 市委 of 市委书记
        if short.org in (long.org + committee, long.org + committee[-1:]):
            return True
    return False


#: The level committees whose secretary the text may call by the bare post (县委书记 … 书记).
_LEVEL_COMMITTEES = frozenset({"县委", "区委", "市委", "州委", "旗委", "镇党委", "乡党委", "街道党工委"})


def is_post_written_otherwise(post: str, other: str) -> bool:
    """Whether ``other`` may name one holder's ``post`` another way, as :func:`_one_post_written_two_ways` joins them:
    its bare word (书记 of 县委书记 or of 第一书记) or a short or long name of it (村支书 of 党支部书记, 驻村第一书记 of
    第一书记). The cleanup tags such a mention though the officials give the one entry (:func:`post_makes_an_official`)."""
    return post != other and (frozenset({post, other}) in _ONE_POST_NAMED_TWO_WAYS
                              or is_level_post_by_its_bare_word(post, other)
                              or _is_party_post_by_its_bare_word(post, other))


def _is_party_post_by_its_bare_word(post: str, bare: str) -> bool:
    """Whether ``bare`` is a party post's bare word (书记 of 第一书记, 党支部书记, 党委书记; 副书记 of 党委副书记)."""
    return bare in _BARE_PARTY_POSTS and post.endswith(bare) and post[: -len(bare)] in _PARTY_POST_KINDS


def is_level_post_by_its_bare_word(post: str, bare: str) -> bool:
    """Whether ``bare`` is a level committee's ``post`` without the committee (书记 of 县委书记, 副书记 of 区委副书记)."""
    return post != bare and post.endswith(bare) and post[: -len(bare)] in _LEVEL_COMMITTEES


#: What stands between an official listed and the next post alone: 、, maybe 原 or 前 (、原副区长).
_LISTED_AFTER_AN_OFFICIAL = frozenset({"、"} | {"、" + former for former in FORMER})
#: What a post may open with that does not change whose it is: former, deputy, executive (原副区长 beside 区长).
_POST_QUALIFIERS = re.compile(rf"^[{''.join(FORMER)}]?(?:常务)?副?")


def _body_from_the_official_listed_before(entities: Sequence[Entity], index: int, official: Official,
                                          found: Sequence[Official], text: str) -> Official:
    """Give a post with no body of its own, written alone between a 、 and its holder in a list of officials, the body of
    the official listed right before it, where the two posts are of one kind but for 原, 副 or 常务 (三官洞林区原区长王飞、
    原副区长|宋昌林 → 副区长 of 三官洞林区; 郧西县林业局副局长余飞、付群、原局长|王昌来 → 局长 of 郧西县林业局), or it is a
    government head's after a place's party committee (江西省委书记刘奇、省长|易炼红 → 省长 of 江西省: CCTV news of
    discipline notices and meetings), or a discipline organ's after the same place's or body's party organ (望疃镇党委原书记
    潘立新、|纪委原书记|代洪富 → 望疃镇)."""
    post = entities[index - 1]
    if (official.org is not None or index < 2 or entities[index - 2].type != "PER"
            or text[entities[index - 2].end : post.start] not in _LISTED_AFTER_AN_OFFICIAL or post.text != official.title):
        return official
    before = next((earlier for earlier in reversed(found) if earlier.name == _name(entities[index - 2])), None)
    if before is None or before.org is None:
        return official
    same_kind = _POST_QUALIFIERS.sub("", official.title) == _POST_QUALIFIERS.sub("", before.title)
    carried = _body_of_post(before.org, official.title)
    if (same_kind or (carried != before.org and carried is not None) or _heads_the_place_of(before, official.title)
            or _disciplines_the_body_of(before, official.title) or _state_posts_of_one_state(before, official.title)):
        return Official(official.name, official.title, carried)
    return official


#: A state's posts that news lists for several people after the state's name once (巴基斯坦总统扎尔达里、总理夏巴兹,
#: 塞尔维亚总统武契奇、议长布尔纳比奇、总理武切维奇: CCTV news).
_POSTS_OF_A_STATE = frozenset({"总统", "副总统", "总理", "副总理", "首相", "副首相", "议长", "副议长", "外长", "外交部长",
                               "国防部长", "防长", "国王", "王储", "国家主席", "国家副主席"})


def _state_posts_of_one_state(before: Official, post: str) -> bool:
    """Whether ``post`` and the post of the official listed ``before`` it are both a state's, held in the state that
    official's body is (巴基斯坦总统扎尔达里、|总理|夏巴兹 → 总理 of 巴基斯坦); not a body's post (外交部部长王毅、国务委员…)."""
    return (before.org in COUNTRIES and _POST_QUALIFIERS.sub("", post) in _POSTS_OF_A_STATE
            and _POST_QUALIFIERS.sub("", before.title) in _POSTS_OF_A_STATE)


def _heads_the_place_of(secretary: Official, post: str) -> bool:
    """Whether ``post`` is the government head's of the place whose party organ's post ``secretary`` holds (广东省中山市
    三乡镇 + 原党委书记梁常兴、原|镇长|岑宏开: the town's head, as 省长 after 江西省委书记 is the province's)."""
    head = _GOVERNMENT_HEAD.match(_POST_QUALIFIERS.sub("", post))
    return (head is not None and secretary.org is not None and secretary.org.endswith(head.group("unit"))
            and _POST_QUALIFIERS.sub("", secretary.title).startswith(PARTY_ORGANS))


#: A post of a party committee: an organ's (党委书记, 党组原书记) or a level's committee's (县委书记, 市委副书记).
_PARTY_COMMITTEES_POST = re.compile(rf"(?:{'|'.join(PARTY_ORGANS)}|[省市县区州旗盟]委)")
#: A discipline organ's post, maybe of a level (纪委书记, 纪检组原组长, 县纪委书记).
_DISCIPLINE_ORGANS_POST = re.compile(rf"[省市县区州旗乡镇]?(?:{'|'.join(DISCIPLINE_ORGANS)})")


def _disciplines_the_body_of(secretary: Official, post: str) -> bool:
    """Whether ``post`` is a discipline organ's, listed after the post ``secretary`` holds in the party committee of a
    place or body: the discipline organ is the same place's or body's (望疃镇党委原书记潘立新、纪委原书记代洪富 → 望疃镇,
    兴文县县委书记沈军、纪委书记高建 → 兴文县, 襄城县财政局党组原书记殷永强、纪检组原组长卢玲 → 襄城县财政局: CCTV
    discipline notices)."""
    return (secretary.org is not None and _DISCIPLINE_ORGANS_POST.match(_POST_QUALIFIERS.sub("", post)) is not None
            and _PARTY_COMMITTEES_POST.match(_POST_QUALIFIERS.sub("", secretary.title)) is not None)


def _names_listed_after(entities: Sequence[Entity], index: int, text: str) -> list[Entity]:
    """The persons listed right after ``entities[index]``, each after a 、 and nothing else (何报翔、王光谦、…), or after
    spaces on a roster line of nothing but the post and the names (副主席 张又侠 何卫东: CCTV's list of the Central
    Military Commission): the posts written before the first name are every listed person's (全国政协副主席何报翔、王光谦出席;
    主席团常务主席陈希、王晨、…)."""
    listed: list[Entity] = []
    position = index + 1
    while position < len(entities) and entities[position].type == "PER":
        between = text[entities[position - 1].end : entities[position].start]
        spaced = between and not between.strip(" \u3000")
        if not (between == "、" or (spaced and _on_a_roster_line(entities, entities[index], text))):
            break
        listed.append(entities[position])
        position += 1
    return listed


def _on_a_roster_line(entities: Sequence[Entity], person: Entity, text: str) -> bool:
    """Whether ``person`` stands on a line of nothing but spans and the spaces between them (副主席 张又侠 何卫东)."""
    start = text.rfind("\n", 0, person.start) + 1
    end = text.find("\n", person.end)
    end = len(text) if end == -1 else end
    line = list(text[start:end])
    for entity in entities:
        if start <= entity.start and entity.end <= end:
            line[entity.start - start : entity.end - start] = [" "] * (entity.end - entity.start)
    return not "".join(line).strip(" \u3000")


#: A village's or community's head posts, held for the village or community a sentence opens with (在芙蓉村，|党支部书记|
#: 金晓东: the written labels' reading).
_PLACE_HEAD_POSTS = ("党委书记", "党委副书记", "党支部书记", "党总支书记", "村支书", "支书", "第一书记", "驻村第一书记",
                     "村委会主任", "村主任", "居委会主任", "社区书记", "村党支部书记", "村级河长")
#: What opens the sentence a place is set in (在芙蓉村，…), up to the place: 在 and a few words (在北川东部的|紫霞村).
_SET_IN = re.compile(r"在[^，。；！？：\n]{0,12}$")
#: A level written right before a post, which makes it that level's (乡|党委书记).
_LEVELS_BEFORE_A_POST = frozenset("省市州县区乡镇")


def _place_set_before(entities: Sequence[Entity], index: int, text: str) -> str | None:
    """The village or community a sentence is set in, for a head's post that names no body of its own: 在广西陆川新旺村，
    从城市返乡的|村支书|沈靖凯, 在武汉江岸区铭新社区，“90后”|党委书记|叶德添, 在北川东部的紫霞村，针对…，|第一书记|黄媛媛
    (CCTV news; the written labels read 在芙蓉村，党支部书记金晓东 so). The place follows 在 and ends its clause, no other
    place, body, person or post stands between it and the post, and the post opens with no level of its own (在拉萨吞达村，
    |乡党委书记|… is the township's)."""
    post = entities[index]
    if post.text not in _PLACE_HEAD_POSTS or text[post.start - 1 : post.start] in _LEVELS_BEFORE_A_POST:
        return None
    sentence_start = max(text.rfind(mark, 0, post.start) for mark in _SENTENCE_END_MARKS) + 1
    place = next((e for e in reversed(entities[:index]) if e.end <= post.start), None)
    if (place is None or place.type != "LOC" or place.start < sentence_start or not place.text.endswith(("村", "社区"))
            or text[place.end : place.end + 1] not in ("，", ",")
            or not _SET_IN.search(text, sentence_start, place.start)):
        return None
    return _last_unit(place)


def _chain_officials(entities: Sequence[Entity], last: int, person: Entity, text: str) -> list[Official]:
    """The person's officials from the chain of posts that ends with ``entities[last]``, each with its body: the one
    written before its part of the chain, carried over to the posts joined to it (…总经理、党委副书记), or referred
    back to."""
    segments: list[tuple[list[int], str | None]] = []
    posts = _post_chain(entities, last, text)
    while posts:
        body, opening = _body_before(entities, posts[-1], text)
        segments.append((posts, body or _body_before_de(entities, posts[-1], text)
                         or _referred_body(text, entities, entities[posts[-1]])
                         or _place_set_before(entities, posts[-1], text)))
        # an earlier post with a body of its own: 黎里镇副镇长、元荡镇级河长…, 中共中央总书记、国家主席、中央军委主席…
        before = opening - 1
        between = text[entities[before].end : entities[opening].start] if before >= 0 else ""
        # (a note on how the earlier post is held may stand before the joiner: 常山县副县长（挂职）、中国农业大学教授李伟)
        # (across a body of the later post's own only 、 and 兼 join: 东盟10国外长和|东盟秘书长黎良明 names two holders)
        joined = before >= 0 and entities[before].type == "TITLE" and (_without_post_note(between) in POST_JOINERS - {"和"} or (
            between in ("，", ",") and holder_of_posts_before_a_comma(entities, entities[before].end, text) is person))
        posts = _post_chain(entities, before, text) if joined and opening != posts[-1] else []
    officials: list[Official] = []
    for posts, body in reversed(segments):
        for post in reversed(posts):
            # a later post that names its own body by level (…副主任、县总工会主席) does not take the carried one
            own = post != posts[-1] and (bool(_OWN_LEVEL_BODY.match(entities[post].text))
                                         or _joiner_and_unnamed_body(between := text[entities[post - 1].end : entities[post].start])
                                         or _comma_between_clauses_of_posts(entities, entities[post - 1].end, between, text))
            if own and text[entities[post - 1].end + 1 : entities[post].start] in _BARE_LEVELS:  # 、村|党支部书记: the village
                officials.append(Official(_name(person), entities[post].text, _referred_body(text, entities, entities[post])))
                continue
            # a water chief's river is no body of the posts joined to it (江山港江山段县级河长、|副市长|周志华)
            river = entities[posts[-1]].text.endswith(WATER_CHIEF_POSTS) and not entities[post].text.endswith(WATER_CHIEF_POSTS)
            # nor a congress the deputy's post opening the chain is of (全国人大代表、|项目质量总监|邹彬: CCTV news)
            deputy = (post != posts[-1] and entities[posts[-1]].text in ("代表", "委员") and body is not None
                      and body.endswith(("人大", "政协")))
            officials.append(Official(_name(person), entities[post].text,
                                      None if own or river or deputy else _body_of_post(body, entities[post].text)))
    return officials


#: What a roster line's name stands after: the line's start or the role it is listed under (组长：, 副主任：).
_ROSTER_NAME_OPENERS = frozenset("\n：:")
#: What may stand between a roster line's spans after its first post or body: a joiner or 原/前 (former).
_ROSTER_GAPS = frozenset(POST_JOINERS | set(FORMER))
#: What ends a roster line's posts.
_ROSTER_LINE_ENDS = frozenset("\n；;，,。")
#: What ends the posts in brackets after a name: a clause mark or the closing bracket.
_BRACKETED_POSTS_ENDS = _ROSTER_LINE_ENDS | frozenset("）)")


def _roster_line_end(entities: Sequence[Entity], index: int, text: str) -> int | None:
    """The index of the last post of a roster line the person opens (国务院…组成人员名单: 副主任：陈宝生 教育部部长,
    王晓晖 中央宣传部副部长、中央政研室副主任: gov.cn notices), or ``None``.

    The name stands at the line's start or after the role it is listed under and its colon, one space or more before
    the bodies and posts, which run without a break but joiners and 原 (former) up to the line's end. The role before
    the colon is the group's, no post of a named body, and is not read.
    """
    person = entities[index]
    opening = person.start
    while opening > 0 and text[opening - 1] in " \u3000":
        opening -= 1
    if (opening > 0 and text[opening - 1] not in _ROSTER_NAME_OPENERS) or text[person.end : person.end + 1] not in (" ", "\u3000"):
        return None
    bodies_start = person.end
    while bodies_start < len(text) and text[bodies_start] in " \u3000":
        bodies_start += 1  # a roster set in columns pads the name with more than one space
    return _last_apposed_post(entities, index, bodies_start, _ROSTER_LINE_ENDS, text)


def _bracketed_posts_end(entities: Sequence[Entity], index: int, text: str) -> int | None:
    """The index of the last post in brackets right after the person (金育辉（吉林省副省长，2017年4月起分管…）,
    焦红（国家药监局局长）: reports of accountability), or ``None``: bodies and posts as on a roster line, up to a
    clause mark or the closing bracket."""
    person = entities[index]
    if text[person.end : person.end + 1] not in ("（", "("):
        return None
    return _last_apposed_post(entities, index, person.end + 1, _BRACKETED_POSTS_ENDS, text)


#: Relieving a person of posts (免去刘建国的县水利局局长职务): the verb before the name, and what closes the posts.
RELIEVING = "免去"
_POSTS_CLOSE = re.compile(r"等?职务")
#: What may stand between the relieved name and the posts: 同志 (Party news), 的, both or nothing.
_AFTER_A_RELIEVED_NAME = re.compile(rf"(?:{COMRADE})?的?")


def _relieved_posts_end(entities: Sequence[Entity], index: int, text: str) -> int | None:
    """The index of the last post the person is relieved of (免去刘建国的县水利局局长职务, 免去王建华同志常山县民政局局长、
    党组书记职务: county news of appointments and removals), or ``None``: the name right after 免去, maybe 同志 and 的,
    then only places, bodies and posts (bodies named by their level among them) up to 职务."""
    person = entities[index]
    if not text.endswith(RELIEVING, 0, person.start):
        return None
    return _last_relieved_post(entities, index, _AFTER_A_RELIEVED_NAME.match(text, person.end).end(), len(text), text)


def _last_relieved_post(entities: Sequence[Entity], index: int, opening: int, closing: int, text: str) -> int | None:
    """The index of the first post after ``entities[index]`` that 职务 closes, where only places, bodies and posts stand
    from ``opening`` to it and it ends by ``closing``, or ``None``."""
    last = next((position for position in range(index + 1, len(entities))
                 if entities[position].type == "TITLE" and entities[position].start >= opening
                 and _POSTS_CLOSE.match(text, entities[position].end)), None)
    if last is None or entities[last].end > closing or not _is_clause_of_posts(entities, opening, entities[last].end, text):
        return None
    return last


#: Relieving the person just appointed of earlier posts by the pronoun (任命徐卫东同志为…局长，免去其…副局长职务).
RELIEVING_THE_APPOINTED = "免去其"


def _posts_relieved_after_an_appointment(entities: Sequence[Entity], index: int, text: str) -> int | None:
    """The index of the last post the person appointed is relieved of in the next clause by the pronoun (经研究决定，
    任命徐卫东同志为衢州市水利局局长，免去其衢州市农业农村局副局长职务: county news of appointments), or ``None``: after
    免去其 only places, bodies and posts up to 职务, within the sentence."""
    appointed = _appointed_as(entities, index, text)
    if appointed is None:
        return None
    closing = next((at for at in range(appointed, len(text)) if text[at] in _SENTENCE_END_MARKS), len(text))
    relieving = text.find("，" + RELIEVING_THE_APPOINTED, appointed, closing)
    if relieving < 0:
        return None
    return _last_relieved_post(entities, index, relieving + 1 + len(RELIEVING_THE_APPOINTED), closing, text)


def _last_apposed_post(entities: Sequence[Entity], index: int, at: int, ends: frozenset[str], text: str) -> int | None:
    """The index of the last post of the bodies and posts that start at ``at`` after ``entities[index]`` and run
    without a break but joiners and 原 or 前 (former) up to one of ``ends`` (or the text's end), or ``None``."""
    last = None
    for position in range(index + 1, len(entities)):
        entity = entities[position]
        gap = text[at : entity.start]
        # a bureau named by its level, no entity, may stand before a post (张立强（|县水利局|局长）)
        level_body = entity.type == "TITLE" and bool(LEVEL_BUREAU.fullmatch(gap))
        if entity.type not in ("TITLE", *BODY_TYPES) or not (gap == "" or level_body
                                                             or (last is not None and gap in _ROSTER_GAPS)):
            break
        at = entity.end
        last = position if entity.type == "TITLE" else last
    ends_there = at >= len(text) or text[at] in ends
    return last if last is not None and ends_there and entities[last].end == at else None
