"""Rules that change a span's type (:func:`retyped` applies them to each span): a place after 在 or another
preposition, a chain of places, a refugee camp, a route or a grid's place read as a body or a person is a place; a
school, a central body, a named group or a quoted or placed venue read as a place is an organization; a reporter's,
a resident's or a comrade's name is a person.
"""

from __future__ import annotations

import re

from zhpolicy.data.bylines import (
    COMPOUND_SURNAMES,
    ROLE_WORDS,
    SURNAMES,
    TRANSLITERATION_CHARS,
)
from zhpolicy.data.countries import (
    COUNTRIES,
    PROVINCES,
)
from zhpolicy.data.national_bodies import (
    FOREIGN_BODIES,
    NAMED_GROUPS,
)
from zhpolicy.data.records import Entity

from ..officials import APPOINTING_VERBS
from ..word_features import (
    is_place_word,
    word_at,
    word_frequency,
    word_starts_at,
    word_tag,
)
from .common import (
    AGE_BEFORE_A_NAME,
    AGE_SPAN,
    BODY_WORD,
    CITIES,
    COUNTRIES_AND_PROVINCES,
    INSTITUTION_ENDINGS,
    NAME_DOTS,
    NAME_ONLY_COMPOUND_SURNAMES,
    OFTEN_COUNTED_CITY,
    POWER_STATION_ENDINGS,
    RESIDENT_INSIDE,
    RESIDENT_WORDS,
    ROLES,
    ROUTE_ENDINGS,
    UNIQUE_BODIES,
    UNIT_END,
    VERBS_OF_A_TALK_OR_MEETING,
    alone_or_after_a_state,
    bare_place_as_place,
    common_single_surname,
    country_as_place,
    ends_like_a_name,
    ends_like_unit_or_body,
    foreign_place_read_as_person,
    in_a_sports_clause,
    institution_as_organization,
    is_cjk,
    is_place_name,
    longest_first,
    reads_as_places,
)


def place_after_zai_as_place(entity: Entity, text: str) -> Entity:
    """A place of jieba's dictionary read as an ORG or PER between 在 and a comma is the place: 在|乌鲁木齐 (PER)|，,
    在|郑州 (ORG)|，中央宣讲团成员… (CCTV news); so is one read as a PER between 在 and the verb of a talk or meeting
    held there (在|贵阳 (PER)|作宣讲报告, 在|武汉|会见; also a Chinese city jieba tags otherwise: 在|金华 (nz)|调研). No gold
    ORG or PER of the corpora stands so (MSRA's ORGs
    在|钓鱼台国宾馆|会见 are bodies; its persons after 在 stand before 家中, 一文, 任 …)."""
    if (entity.type in ("ORG", "PER") and text[entity.start - 1 : entity.start] == "在"
            and (is_place_word(entity.text) or entity.text in CITIES)
            and (text[entity.end : entity.end + 1] in ("，", ",")
                 or (entity.type == "PER" and text.startswith(VERBS_OF_A_TALK_OR_MEETING, entity.end)))):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


def city_after_a_preposition_as_place(entity: Entity, text: str) -> Entity:
    """A city jieba counts often (500 times or more: 纽约, 深圳, 伦敦) read as an ORG right after 在, 位于, 来, 赴,
    抵达 or 前往 is the place: 峰会在|纽约 (ORG)|举行, 位于|纽约|的联合国总部, 即将来|纽约|出席 (CCTV news). Not a
    country or province (left to :func:`province_as_place`, once the spans are whole), a unique body, or a team in a clause of
    sport (MSRA and CLUENER tag clubs named by their city ORG: 罗马, 米兰); no gold ORG of the corpora stands so."""
    if (entity.type == "ORG" and text.endswith(_BEFORE_A_PLACE_GONE_TO, 0, entity.start) and is_place_word(entity.text)
            and word_frequency(entity.text) >= OFTEN_COUNTED_CITY and entity.text not in COUNTRIES_AND_PROVINCES
            and entity.text not in UNIQUE_BODIES and not in_a_sports_clause(entity, text)):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


#: Words a place stands after as where something is or where someone goes (在纽约, 位于纽约, 来纽约, 赴京).
_BEFORE_A_PLACE_GONE_TO = ("在", "位于", "来", "赴", "抵达", "前往")


#: A company officer's post by its English acronym (CEO, 首席运营官（COO）, 高级副总裁、CHO: Sina news), which the tagger,
#: trained on Chinese, reads as a person.
EXECUTIVE_ACRONYMS = frozenset({"CEO", "COO", "CFO", "CTO", "CIO", "CMO", "CHO", "CSO", "CPO", "CRO"})


def executive_acronym_as_post(entity: Entity) -> Entity:
    """A person that is a company officer's acronym typed a post (该集团|COO (PER)|张明 → COO + 张明): before the
    merge, which would join it to the name after it; a Latin name stays a person (XiaoChen)."""
    if entity.type == "PER" and entity.text.upper() in EXECUTIVE_ACRONYMS:
        return Entity(entity.start, entity.end, "TITLE", entity.text)
    return entity


def retyped(entity: Entity, text: str) -> Entity:
    """One span given the type its words and context say, by the rules below in this order (each sees the last's
    answer): a place between 在 and a comma, venues, grids, platforms, routes, the Party's centre, bare places, countries, chains of places, names of people,
    rivers read as people, schools and hospitals, groups abroad named without a body word, refugee camps, temples, family
    farms, power stations, media bodies and cultural venues."""
    entity = city_after_a_preposition_as_place(place_after_zai_as_place(entity, text), text)
    entity = place_of_a_platform(place_of_a_grid(placed_venue_as_organization(quoted_venue_as_organization(entity, text)), text), text)
    entity = country_as_place(foreign_place_read_as_person(bare_place_as_place(central_body_as_organization(route_as_place(entity))), text), text)
    entity = without_dangling_dot(compound_surname_name_as_person(chain_of_places_as_place(entity, text)))
    entity = aged_person_read_as_place(numbered_army_unit_as_organization(entity), text)
    entity = comrade_as_person(surname_returned_to_person(entity, text), text)
    entity = resident_name_as_person(byline_name_as_person(word_off_person(entity, text), text), text)
    entity = water_or_mountain_read_as_person(entity, text)
    return cultural_venue_as_organization(media_body_as_organization(power_station_as_organization(family_farm_as_organization(temple_as_place(refugee_camp_as_place(named_group_as_organization(
        institution_out_of_post(institution_as_organization(grade_off_school(entity))))))))))


#: How the name of a media body ends: a county's media centre, a broadcaster, a paper's office, a media group.
MEDIA_BODY_ENDINGS = ("融媒体中心", "传媒中心", "新闻中心", "广播电视台", "电视台", "广播电台", "报社", "传媒集团")


def media_body_as_organization(entity: Entity) -> Entity:
    """A media centre, broadcaster or paper's office read as a place is an ORG (龙游县融媒体中心|记者 王丽,
    江山市融媒体中心|供稿: local-news bylines, read as LOCs): MSRA tags 138 such bodies ORG, none LOC; CLUENER tags
    中央电视台 twice a place."""
    return _named_place_with_ending_as_organization(entity, MEDIA_BODY_ENDINGS)  # a bare 电视台 names none


def _named_place_with_ending_as_organization(entity: Entity, endings: tuple[str, ...]) -> Entity:
    """A LOC that ends with one of ``endings`` after a name of its own (more than the ending), as an ORG."""
    ending = next((e for e in endings if entity.text.endswith(e)), None) if entity.type == "LOC" else None
    if ending is not None and len(entity.text) > len(ending):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


#: How the name of a cultural service venue ends: a library, museum, memorial hall, art gallery, science museum,
#: archive, children's palace, exhibition or planning hall (龙游县图书馆, 浙江省博物馆, 香山革命纪念馆).
CULTURAL_VENUE_ENDINGS = ("图书馆", "博物馆", "文化馆", "纪念馆", "美术馆", "科技馆", "档案馆", "少年宫", "展览馆", "规划馆",
                          # an exhibition hall, a village's memory hall and a display hall (…文化展示馆: the written labels;
                          # 张思村的“|乡村记忆馆|”: a county paragraph, read as a place)
                          "展示馆", "记忆馆", "陈列馆")


def cultural_venue_as_organization(entity: Entity) -> Entity:
    """A named library, museum or memorial hall read as a place is an ORG (龙游县图书馆|承办: a local-news sentence written
    for the genre, read as a LOC): LABELS.md makes named service venues bodies, and the written labels tag all ten of
    theirs ORG (温州市少年宫, …博物馆, …纪念馆); MSRA tags them places (about 200 in its training sentences), which
    LABELS.md overrides. A bare one (在|纪念馆|不远处) is no name; stadiums and parks stay places."""
    return _named_place_with_ending_as_organization(entity, CULTURAL_VENUE_ENDINGS)


def power_station_as_organization(entity: Entity) -> Entity:
    """A named power station or substation read as a place or person is an ORG (华埠变电站, 梅源水电站): MSRA's gold
    tags 35 of them so (柘林水电站, 大吴变电站, 丰镇电厂) and none a place, the written labels 梅源水电站; CLUENER tags
    切尔诺贝利核电站 once a place, 福岛核电站 once a body."""
    if entity.type in ("LOC", "PER") and entity.text.endswith(POWER_STATION_ENDINGS) and len(entity.text) >= 4:
        # four characters or more: a bare 变电站 or 发电厂 (three) names none
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


#: A family farm, the business form (家庭农场); bare, it is a generic word (:data:`GENERIC_WORDS`).
FAMILY_FARM = "家庭农场"


def family_farm_as_organization(entity: Entity) -> Entity:
    """A named family farm read as a place or person is an ORG (松阳县|绿源家庭农场: a local-news sentence written for the
    genre, read as a LOC): a 家庭农场 is a business registered under its name, as a cooperative is, where a state or
    forest farm is a place (MSRA's gold: 山河农场, 兴安林场 LOC); no gold span of the corpora names a family farm. A place
    read with the word names none (典型的|爱尔兰家庭农场: CCTV news) and is cut back to the place."""
    if entity.type not in ("LOC", "PER") or not entity.text.endswith(FAMILY_FARM) or len(entity.text) == len(FAMILY_FARM):
        return entity
    place = entity.text[: -len(FAMILY_FARM)]
    if place in COUNTRIES_AND_PROVINCES or is_place_word(place):
        # a place's family farms, no name of one (典型的|爱尔兰|家庭农场: CCTV news): the place
        return Entity(entity.start, entity.start + len(place), "LOC", place)
    return Entity(entity.start, entity.end, "ORG", entity.text)


#: What a temple's or shrine's name ends with (伏羲庙, 大昭寺, 包公祠).
_TEMPLE_ENDINGS = ("庙", "寺", "祠")


def temple_as_place(entity: Entity) -> Entity:
    """A temple or shrine read as a person is a LOC: 全国重点文物保护单位|伏羲庙 (CCTV news, read as a PER after the
    god's name it holds; People's Daily tags the same 伏羲庙 a LOC, and every gold temple of the corpora is one, 72 in
    all). Three characters or more: no person's name ends so in the corpora (邓嘉陵 ends in 陵, no temple word)."""
    if entity.type == "PER" and len(entity.text) >= 3 and entity.text.endswith(_TEMPLE_ENDINGS):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


#: The endings of a river's, stream's, harbour's or lake's name (马金溪, 江山港, 乌溪江).
_WATER_NAME_ENDINGS = ("溪", "江", "河", "湖", "港")
#: What a river has or is done to it, written right after its name (马金溪|综合治理工程, 石羊河|流域, 江山港|两岸).
_AFTER_A_WATERS_NAME = ("综合治理", "治理", "整治", "流域", "两岸", "沿岸", "沿线", "水质", "水位", "水系", "干流", "支流", "河道",
                        "上游", "中游", "下游", "生态修复")


#: The endings of a mountain's or peak's name (江郎山, 玉皇峰, 大岭).
_MOUNTAIN_NAME_ENDINGS = ("山", "峰", "岭")
#: What a mountain has, written right after its name (江郎山|脚下, 大别山|南麓, 武夷山|风景区).
_AFTER_A_MOUNTAINS_NAME = ("脚下", "山脚", "山顶", "山腰", "山麓", "南麓", "北麓", "东麓", "西麓", "主峰", "之巅", "峰顶",
                           "景区", "风景区", "风景名胜区")


def water_or_mountain_read_as_person(entity: Entity, text: str) -> Entity:
    """A person whose name ends like a river, stream or lake, right before what a river has or is done to it, is a
    LOC: 检查了|马金溪|综合治理工程 (a local-style sentence: 马 read as a surname). No gold person of the corpora stands
    so, and their gold places do (石羊河|流域, 钱塘江|沿岸, 梁子湖|畔). So is one whose name ends like a mountain right
    before its foot, top, slopes or scenic area (江郎山|脚下: 江 read as a surname; the corpora's 13 such spans are all
    places: 狼牙山|脚下, 大别山|南麓)."""
    if entity.type == "PER" and len(entity.text) >= 3 and (
            (entity.text.endswith(_WATER_NAME_ENDINGS) and text.startswith(_AFTER_A_WATERS_NAME, entity.end))
            or (entity.text.endswith(_MOUNTAIN_NAME_ENDINGS) and text.startswith(_AFTER_A_MOUNTAINS_NAME, entity.end))):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


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
    if entity.type in ("LOC", "PER") and alone_or_after_a_state(entity.text, NAMED_GROUPS, COUNTRIES_AND_PROVINCES):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


def chain_of_places_as_place(entity: Entity, text: str) -> Entity:
    """A PER that is two or more dictionary place names in a row is a LOC: 福建南平 (from CCTV news), also a province
    and a place jieba reads as one word (吉林长春).

    A person's name is no chain of places; a single place word read as a
    person stays (安南, 罗干: names that jieba lists as places), and so does a
    name written in transliteration characters alone (莫西西利, 伊萨亚斯) and one of four characters that opens with a
    compound surname (欧阳建国: a local-style sentence).
    """
    if entity.type != "PER" or len(entity.text) < 4 or set(entity.text) <= TRANSLITERATION_CHARS:
        return entity  # a transliterated name may read as places (莫西|西利)
    if len(entity.text) == 4 and entity.text[:2] in COMPOUND_SURNAMES:
        return entity  # 欧阳|建国: a compound surname and a given name that jieba reads as places
    province = next((p for p in PROVINCES if entity.text.startswith(p)), "")
    chain = reads_as_places(text, entity.start, entity.end) or (  # jieba reads 吉林长春 as one word
        province and len(entity.text) - len(province) >= 2 and is_place_name(entity.text[len(province) :]))
    return Entity(entity.start, entity.end, "LOC", entity.text) if chain else entity


def compound_surname_name_as_person(entity: Entity) -> Entity:
    """A place or body of three or four characters that opens with a compound surname (not 东方, the east) and ends like
    no unit, body or name is a PER: 近日，|欧阳春华 (ORG)|作为驻村第一书记 (a county paragraph). Every gold span of MSRA
    train, CLUENER train, People's Daily dev and the written train split that opens with such a surname is a person
    (诸葛亮, 欧阳振宇, 司徒建强); a place so named keeps its unit (诸葛镇), and jieba's places stay (欧阳海)."""
    if (entity.type in ("LOC", "ORG") and len(entity.text) in (3, 4)
            and entity.text.startswith(NAME_ONLY_COMPOUND_SURNAMES)
            and all(is_cjk(char) for char in entity.text) and not ends_like_a_name(entity.text)
            and not is_place_word(entity.text)):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


def aged_person_read_as_place(entity: Entity, text: str) -> Entity:
    """A place or body of two or three characters right after an age and 的 that reads as a common surname and a given
    name is a person: 71岁的|黎国宜 (LOC)|是湖北神农架居民 (CCTV news; the place was then cut to 黎国, jieba's 宜 a verb).
    Places and bodies have no age; jieba's places stay (89岁的|延安 is no sentence of the corpora)."""
    if (entity.type in ("LOC", "ORG") and len(entity.text) in (2, 3)
            and AGE_BEFORE_A_NAME.search(text, max(0, entity.start - AGE_SPAN), entity.start)
            and common_single_surname(entity.text) and not is_place_word(entity.text) and not ends_like_a_name(entity.text)):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


#: A numbered unit of an army (第4军, 第二十八团, 第115师), which the tagger may read as a person.
_NUMBERED_ARMY_UNIT = re.compile(r"第[0-9０-９一二三四五六七八九十百零]+(?:集团军|军|师|旅|团|营|连|纵队|支队|大队)")


def numbered_army_unit_as_organization(entity: Entity) -> Entity:
    """A person or place that is a numbered unit of an army is an ORG: 王尔琢任中国工农红军|第4军 (PER)|参谋长 (CCTV news),
    which the merge then joins to the army before it. No name of a person is a count and a unit."""
    if entity.type in ("PER", "LOC") and _NUMBERED_ARMY_UNIT.fullmatch(entity.text):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


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
    if entity.type in ("LOC", "PER") and entity.text in UNIQUE_BODIES:
        return Entity(entity.start, entity.end, "ORG", entity.text)  # 开拓东盟 (LOC)、中亚市场, 欧佩克 (PER)|发表声明
    if entity.type == "LOC" and alone_or_after_a_state(entity.text, FOREIGN_BODIES, COUNTRIES):
        return Entity(entity.start, entity.end, "ORG", entity.text)  # 日本气象厅 (LOC): a state's own body
    return entity


#: The US President's office, named for its seat; MSRA tags it ORG 32 times of 34, and CCTV news reads it as the body
#: that issues statements (美国白宫当天发表声明).
WHITE_HOUSE = "白宫"


#: How often jieba's dictionary counts an organization word (nt) that is no person's name read whole as a person.
_COMMON_ORGANIZATION_WORD_COUNT = 100


#: A school or hospital the tagger read into the post of its head (广场路|小学校长, jieba's one word 小学校长); not a
#: student's word (大学生村官, 小学生家长: a role and a parent).
_INSTITUTION_IN_POST = re.compile(rf"^(?:{'|'.join(INSTITUTION_ENDINGS)})(?!生)(?=[\u4e00-\u9fff]{{2}})")


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


def route_as_place(entity: Entity) -> Entity:
    """A person or body that ends like a railway or road is a LOC (张呼高铁; LABELS.md: railways are places)."""
    if entity.type in ("PER", "ORG") and len(entity.text) >= 4 and entity.text.endswith(ROUTE_ENDINGS):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


def comrade_as_person(entity: Entity, text: str) -> Entity:
    """A place or body right before 同志 that reads as a person's name is the person: 毛泽东|同志 read as a place
    (from CCTV news; 同志 after a name is how Party news names a member)."""
    name = entity.text  # 同志 settles a name whose last character may end a place (毛泽|东): no place word of jieba's
    if (entity.type in ("LOC", "ORG") and text.startswith("同志", entity.end) and 2 <= len(name) <= 3
            and common_single_surname(name) and not is_place_word(name) and not ends_like_unit_or_body(name)):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


def without_dangling_dot(entity: Entity) -> Entity:
    """Cut the dot of a transliterated name off a person that stops at it: 图妮萨汗·|居麦, CLUENER's 凯特· at a line's
    end. The rest of the name is not guessed (约翰斯·霍普金斯大学 is a university)."""
    if entity.type != "PER" or len(entity.text) < 3 or not entity.text.endswith(tuple(NAME_DOTS)):
        return entity
    return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])


def byline_name_as_person(entity: Entity, text: str) -> Entity:
    """A name of two or three characters after a byline role, read as a body or place, is a PER: 记者 应磊.

    It must begin with a surname and stand alone (space, bracket,
    punctuation or the end after it); the tagger reads an unfamiliar name
    there as whatever its characters suggest (应 as in 应急).
    """
    if (_reads_as_a_name_after(entity, text, _BYLINE_ROLE_BEFORE, 6)
            and (entity.end == len(text) or not is_cjk(text[entity.end]))):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


def _reads_as_a_name_after(entity: Entity, text: str, words_before: re.Pattern[str], reach: int) -> bool:
    """Whether a place or body of two or three characters begins with a surname and follows ``words_before``
    (within ``reach`` characters): the shape of a person's name the tagger misread after a role word."""
    return (entity.type in ("ORG", "LOC") and 2 <= len(entity.text) <= 3 and entity.text[0] in SURNAMES
            and bool(words_before.search(text, max(0, entity.start - reach), entity.start)))
_RESIDENT_BEFORE = re.compile(rf"(?:{RESIDENT_INSIDE.pattern})$")


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
    if start != entity.start or text[start:end] not in _WORDS_BEFORE_A_NAME or not 2 <= len(rest) <= 3 or not common_single_surname(rest):
        return entity
    return Entity(end, entity.end, "PER", rest)


#: What a country's or province's athletes are called after its name (中国选手樊振东, 恩施选手: the written labels' LOC).
_ATHLETES_AFTER_A_PLACE = ("选手", "运动员", "健儿", "小将", "名将", "老将")


def country_before_its_athletes_as_place(entity: Entity, text: str) -> Entity:
    """A country or province read as an ORG right before its athletes is the place the athletes come from: 中国|选手|樊振东
    (CCTV news: 中国 read as an ORG 27 times in 4,000 stories, mostly so). LABELS.md tags a place used as a modifier
    (the written labels' 恩施|选手, 宁波|选手); a team keeps its 队 (中国队)."""
    if entity.type == "ORG" and entity.text in COUNTRIES_AND_PROVINCES and text.startswith(_ATHLETES_AFTER_A_PLACE, entity.end):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


#: A village named by a family: a surname, 家 or 庄 and 村, 庄, 屯 or 寨 (陈家村, 李家庄, 耿庄村).
_FAMILY_VILLAGE = re.compile(r"[\u4e00-\u9fff][家庄][村庄屯寨]")


def resident_name_as_person(entity: Entity, text: str) -> Entity:
    """A name of two or three characters right after a resident word, read as a place or body, is a PER: 村民|包福兴家.

    An unfamiliar name followed by 家 or 村 reads to the tagger as a place;
    every gold span right after these words in MSRA train, CLUENER train,
    People's Daily dev and the written splits (101) is a PER. Not a village named by a family (招远大户|陈家村,
    贫困大户|耿庄村: CCTV news, 大户 a resident word there).
    """
    if _reads_as_a_name_after(entity, text, _RESIDENT_BEFORE, 3) and not _FAMILY_VILLAGE.fullmatch(entity.text):
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


#: How the names of the service venues of this genre end (“红色议事厅”, 邻里食堂, 共享书屋, 巾帼工坊).
SERVICE_VENUE_ENDINGS = ("议事厅", "食堂", "驿站", "书屋", "之家", "工坊", "服务站", "服务中心", "学堂", "客厅",
                         "邻里坊", "邻里中心")  # “幸福邻里坊” (a local-style sentence)


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
_CARE_VENUE_ENDINGS = ("颐养中心", "养老中心", "照料中心", "养老院", "敬老院", "老年公寓", "福利院", "卫生院",
                       *SERVICE_VENUE_ENDINGS)
#: A place's unit and a venue's own name of one to four characters after it (南和区|城东|老年公寓, 柳市镇|福寿|养老院), or a
#: quoted one and up to eight characters of the service's words (双塔街道|“颐乐园”居家养老服务|照料中心).
_UNIT_AND_A_VENUES_NAME = re.compile(r"(?:省|市|县|区|镇|乡|街道|村|社区)(?:[\u4e00-\u9fff]{1,4}|“[^“”]{1,8}”[\u4e00-\u9fff]{0,8})$")


def placed_venue_as_organization(entity: Entity) -> Entity:
    """A care or service venue named with its place that the tagger typed a place (椒江区颐养中心) is an ORG: LABELS.md's
    place plus a named service venue (王庄村党群服务中心), as the written labels tag 箬横镇敬老院 and 柳市镇福寿养老院; also
    with the venue's own name between (南和区城东老年公寓: CCTV news), also a quoted one and the service's words after it
    (江山市双塔街道“颐乐园”居家养老服务照料中心: local news)."""
    ending = next((e for e in _CARE_VENUE_ENDINGS if entity.text.endswith(e)), None) if entity.type == "LOC" else None
    if ending is None or not (UNIT_END.search(entity.text[: -len(ending)])
                              or _UNIT_AND_A_VENUES_NAME.search(entity.text[: -len(ending)])):
        return entity
    return Entity(entity.start, entity.end, "ORG", entity.text)


PLATFORM = "平台"


def place_of_a_platform(entity: Entity, text: str) -> Entity:
    """A place or body read on into a platform it names (衢州市|智慧养老服务平台 (ORG): local news) is the place, a LOC:
    LABELS.md tags no products, apps or platforms, and the written labels tag the place before each of their 41
    platforms and none of the platforms (德清县|灌区数字化管理平台, 华容县|小型水库管理平台). The place is the longest
    opening that ends in a unit and a word of jieba's; a platform that opens with none is dropped (:func:`is_platform`)."""
    if entity.type not in ("ORG", "LOC") or not entity.text.endswith(PLATFORM):
        return entity
    end = next((end for end in range(len(entity.text) - len(PLATFORM), 1, -1)
                if UNIT_END.search(entity.text[:end]) and word_starts_at(text, entity.start + end)), None)
    return entity if end is None else Entity(entity.start, entity.start + end, "LOC", entity.text[:end])


def is_platform(entity: Entity) -> bool:
    """Whether an ORG or LOC names a platform (河湖长制智慧管理平台, 电商平台): no entity (LABELS.md: products, apps and
    platforms are not entities)."""
    return entity.type in ("ORG", "LOC") and entity.text.endswith(PLATFORM) and len(entity.text) > len(PLATFORM)


def place_of_a_grid(entity: Entity, text: str) -> Entity:
    """An ORG that names a power grid by its place (龙泉|电网, 杭州电网) is that place, a LOC.

    A grid is no body: its body is the supply company (国网龙泉市供电公司); the
    written labels tag the place before 电网 (郴州, 4 times) and never the grid.
    The two companies named 电网 (国家电网, 南方电网) keep their type.
    """
    if entity.type != "ORG" or BODY_WORD.search(entity.text):
        return entity
    if text.startswith("电网", entity.end):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    place = entity.text[:-2]
    if entity.text.endswith("电网") and len(place) >= 2 and place not in ("国家", "南方"):
        return Entity(entity.start, entity.end - 2, "LOC", place)
    return entity
