"""Rules for organizations (ORG): national, international and company names, venues and named groups, bodies
named by their level alone, and what a body's span reads on into (verbs, meetings, activities).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from zhpolicy.data.bylines import ALLIANCE_STATION
from zhpolicy.data.national_bodies import (
    COMPANIES,
    INTERNATIONAL_BODIES,
    NATIONAL_BODIES,
    NEWS_AGENCIES,
)
from zhpolicy.data.records import Entity

from ..officials import LEVEL_BUREAU
from ..word_features import (
    is_known_word,
    is_place_word,
    is_verb,
    word_at,
    word_ends_at,
    word_frequency,
    word_starts_at,
    word_tag,
)
from .common import (
    ADMIN_UNIT_ENDINGS,
    ATTENDING_A_MEETING,
    BARE_BODY_WORD,
    BODY_VERB_ENDINGS,
    BODY_WORDS_READ_AS_VERBS,
    BRANCH_ENDINGS,
    CLAUSE_WORD_TAGS,
    CONGRESS_OR_PARTY_ENDINGS,
    COUNTRIES_AND_PROVINCES,
    ENDS_LIKE_A_POST,
    EVENT_AFTER_A_BODY,
    GENERIC_WORDS,
    INTERNATIONAL_BODY_OPENINGS,
    JOINT,
    LEVELS,
    ORG_ENDINGS,
    PLACE_ABBREVIATIONS,
    PREDICATE_OPENERS,
    STATE_ABBREVIATIONS,
    TAKING_A_POST,
    UNIQUE_BODIES,
    UNIQUE_BODIES_LONGEST_FIRST,
    UNIT_END,
    bare_place_as_place,
    common_single_surname,
    end_of_a_named_venue,
    ends_like_a_name,
    ends_like_unit_or_body,
    in_book_title,
    in_place_of,
    in_term_with_no_name,
    is_cjk,
    is_place_name_or_state,
    is_place_or_city,
    is_venue_word,
    joined_to_the_span_before,
    longest_first,
    mentions_of,
    name_spelled_out_from,
    names_tagged_whole,
    overlaps_another,
    overlaps_any,
    reads_as_places,
    short_quotations_around,
    untagged_names_tagged,
    whole_words,
)

_FUND = re.compile(r"基金会|基金(?!经理|组织)")


def named_fund(entity: Entity, text: str) -> Entity:
    """A person or body right before 基金 or 基金会 names a fund or foundation, one ORG with it: 出席|何梁何利|基金2024年度颁奖
    大会 → 何梁何利基金, 引来了|丝路 (ORG)|基金 → 丝路基金 (CCTV news; People's Daily's 李嘉诚基金会, CLUENER's 盖蒂基金会; no
    gold ORG of the corpora stands right before 基金); not a fund's manager (基金经理)."""
    fund = _FUND.match(text, entity.end)
    if entity.type not in ("PER", "ORG") or not fund:
        return entity
    return Entity(entity.start, fund.end(), "ORG", text[entity.start : fund.end()])


#: Common nouns news writes before a company to say what it is (外资企业|思爱普, 汽车巨头|斯泰兰蒂斯, 军工企业|三菱).
_COMPANY_DESCRIPTORS = ("企业", "巨头")


def company_after_what_it_is(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make an ORG of a PER right after 企业 or 巨头 (外资企业|思爱普, 汽车巨头|斯泰兰蒂斯, 军工企业|三菱: CCTV news, where the
    tagger reads a foreign firm as a person), where the name is no Chinese name of a common single surname (not
    该企业|张经理). No gold person of the corpora stands so."""
    return [Entity(e.start, e.end, "ORG", e.text)
            if e.type == "PER" and text.endswith(_COMPANY_DESCRIPTORS, 0, e.start) and not common_single_surname(e.text)
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
#: A short name declared in brackets right after a body (浙江巨化股份有限公司（以下简称“巨化股份”）, 鲁迅艺术学院（简称“鲁艺”）).
_SHORT_NAME_DECLARED = re.compile(r"[（(](?:以下|下文|下)?简称[：:]?[“\"]?([^“”\"（）()\n，。、]{2,12}?)[”\"]?[）)]")


def short_name_declared_after_a_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the short name a body is given in brackets right after it (浙江巨化股份有限公司（以下简称“巨化股份”）: company
    news, the short name left untagged), where it is made of the body's characters in order (not a nickname), in the
    brackets and wherever else the text uses it as whole words touching no span. MSRA's gold tags the short names so
    declared after bodies (鲁艺, 筹委会) and not a term's (“财革法”, declared after a law in quotes)."""
    found = list(entities)
    for body in entities:
        declared = _SHORT_NAME_DECLARED.match(text, body.end) if body.type == "ORG" else None
        if declared is None or not _is_shortening(declared.group(1), body.text):
            continue
        for start, end in mentions_of([declared.group(1)], text):
            if word_starts_at(text, start) and word_ends_at(text, end) and not overlaps_any(found, start, end):
                found.append(Entity(start, end, "ORG", text[start:end]))
    return sorted(found, key=lambda e: (e.start, e.end))


def _is_shortening(short: str, name: str) -> bool:
    """Whether ``short`` is made of characters of ``name`` in their order, and shorter (巨化股份 of 浙江巨化股份有限公司)."""
    characters = iter(name)
    return len(short) < len(name) and all(character in characters for character in short)


#: A document's number a body's short name opens (国办函〔2004〕57号, 国办发〔2018〕109号: gov.cn): no mention of the body.
_DOCUMENT_NUMBER_AFTER = re.compile(r"[发函字]?[〔\[［(（][0-9０-９]{4}")


def unique_body_read_in_pieces(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Read a national or international body of four characters or more whole where the tagger read a person or place
    inside it (国家大|呼拉尔 (PER)|主席, CCTV news): one ORG in place of the spans that lie inside the name, where none
    runs past it; not inside a 《》 title or a short quotation."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for start, end in mentions_of(_LONG_UNIQUE_BODIES_LONGEST_FIRST, text):
        body = Entity(start, end, "ORG", text[start:end])
        inside = [e for e in found if e.start < body.end and body.start < e.end]
        if (inside and all(body.start <= e.start and e.end <= body.end for e in inside)
                and any(e.type in ("PER", "LOC") for e in inside)
                and not in_book_title(body, text) and not short_quotations_around(body, text)):
            found = in_place_of(found, inside, body)
    return found


#: The unique bodies of four characters or more, longest first (a shorter name read inside one is the tagger's piece
#: of it only where it is one of these: 国家大|呼拉尔).
_LONG_UNIQUE_BODIES_LONGEST_FIRST = tuple(name for name in UNIQUE_BODIES_LONGEST_FIRST if len(name) >= 4)


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
        return (not overlaps_another(found, body, body.start, body.end) and not _touched_but_by_a_post(found, body)
                and text[body.end : body.end + 1] not in "门长" and text[body.end - 1 : body.end + 1] != "国内"
                and not EVENT_AFTER_A_BODY.match(text, body.end) and not _DOCUMENT_NUMBER_AFTER.match(text, body.end)
                and (word_ends_at(text, body.end) or any(e.type == "TITLE" and e.start == body.end for e in found))
                and not _after_a_place_word(body.start, text)
                and not in_book_title(body, text) and not short_quotations_around(body, text) and not in_term_with_no_name(body, text))

    return untagged_names_tagged(entities, text, UNIQUE_BODIES_LONGEST_FIRST, "ORG", stands_alone)


#: How the names of national organs open (国务院, 中央军委, 全国人大), and the unique bodies themselves: an organization
#: read so is a body of its own, never the unit of the body before it.
_OPENINGS_OF_A_BODY_OF_ITS_OWN = ("国务院", "中央", "全国", *UNIQUE_BODIES_LONGEST_FIRST)


def unique_body_before_its_unit(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Join an untagged national, international or company name to the organization the tagger read right after it:
    the unit is the body's (上合组织|秘书处 → 上合组织秘书处, 北部战区|海军, 华为|罗马尼亚公司; CCTV news, four in 1,200
    stories, no gold span of the written splits, People's Daily dev or CLUENER dev touched). Not where the unit is
    a unique body itself or opens as a national organ does (中共中央|国务院, 党中央|全国人大: two bodies), nor inside
    a 《》 title or a short quotation."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for start, end in mentions_of(UNIQUE_BODIES_LONGEST_FIRST, text):
        body = Entity(start, end, "ORG", text[start:end])
        unit = next((e for e in found if e.start == end and e.type == "ORG"), None)
        if (unit is None or overlaps_another(found, body, start, end)
                or unit.text.startswith(_OPENINGS_OF_A_BODY_OF_ITS_OWN)
                or in_book_title(body, text) or short_quotations_around(body, text)):
            continue
        found = in_place_of(found, [unit], Entity(start, unit.end, "ORG", text[start:unit.end]))
    return found


def _touched_but_by_a_post(entities: Sequence[Entity], body: Entity) -> bool:
    """Whether a span ends where ``body`` starts, or one other than its post starts where it ends (农业农村部|部长)."""
    return any(e.end == body.start or (e.start == body.end and e.type != "TITLE") for e in entities)


def _after_a_place_word(at: int, text: str) -> bool:
    """Whether ``text[at]`` follows a word that names a place, person or body (美国|财政部), a place's abbreviation
    (俄|外交部) or states (各国|外交部), or no word ends right before it (it would open inside one)."""
    if at == 0 or not is_cjk(text[at - 1]):
        return False
    start, end = word_at(text, at - 1)
    word = text[start:end]
    return (end != at or word_tag(word)[:2] in ("ns", "nr", "nt", "nz") or word in PLACE_ABBREVIATIONS
            or word.endswith("国"))


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
        return not overlaps_any(found, mention.start, mention.end) and not (
            mention.start > 0 and word_at(text, mention.start)[0] < mention.start)

    return untagged_names_tagged(entities, text, longest_first(owns), "ORG", stands_alone)


#: The words of a level that open a body named by it alone: the level, its committee, and the grade of it (县级|农业信贷担保
#: 公司, 省级|粮食应急工作指挥部: CCTV news; no gold body of the corpora opens with a grade).
LEVEL_WORDS = frozenset(LEVELS + ("省委", "市委", "州委", "县委", "区委")
                        + ("省级", "市级", "地市级", "州级", "县级", "区级", "乡级", "镇级", "村级"))


def cut_attending_a_meeting(entity: Entity, text: str) -> list[Entity]:
    """Cut 出席会议 or 列席会议 (attending a meeting), or 应邀 (at the invitation), off a name the tagger read into it,
    and drop a span that is only a piece of it: [武维华出席会]议 → 武维华, 出[席会]议 → nothing, 国务委员[王勇应邀]出席
    → 王勇 (CCTV news closes every meeting report with the list of leaders who attended: 李克强、王沪宁出席会议; jieba
    reads 应邀出席 as one name's word). What stands before the verb keeps its type; the lists of people make it a
    person later (:func:`listed_person_made_whole`). No gold span of the corpora holds any of these (部际联席会议,
    参谋长联席会议 are bodies, and stay)."""
    if entity.type == "TITLE":
        return [entity]
    for match in ATTENDING_A_MEETING.finditer(text, max(0, entity.start - 1), entity.end + 3):
        if match.start() < entity.end and match.end() > entity.start:
            before = max(entity.start, match.start())
            return [Entity(entity.start, before, entity.type, text[entity.start:before])] if before - entity.start >= 2 else []
    return [entity]


#: Verbs the tagger reads into the start of the body they take (审议|国务院关于…的议案, 来自|国家航天局消息,
#: 献礼|中国共产党成立…, 支援|湖北重症护理队队长: CCTV news; 经商|信息产业部 "after consulting", gov.cn replies); not 希望,
#: which opens names (MSRA's 希望电脑学校).
BODY_OBJECT_VERBS = ("审议", "来自", "移送", "允许", "庆祝", "献礼", "支援", "经商",
                     "致电", "致函", "举行", "强调", "解散", "会见", "访问",  # 致电|老挝人民革命党中央, 举行|联邦议院: CCTV news
                     "坐镇")  # 指挥长高屹|坐镇|市防汛防台指挥中心 (local news of flood season)


#: 会同 (together with), the verb of joint work in government news (县应急管理局会同县水利局), which jieba and the tagger
#: read as the county 会同县 when a body named by its county level follows; the written articles use it 10 times.
TOGETHER_WITH = "会同"
#: What stands right before 会同 the verb: a modal or adverb (要, 将, 并) or a body's last character (管理局|会同), never
#: the province or city of the county (怀化市|会同县).
_BEFORE_TOGETHER_WITH = frozenset("要将并应也还可需再均已正共同局委部厅队院会办司所站心")


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
    if entity.text.startswith(TOGETHER_WITH) and text[entity.start - 1 : entity.start] in _BEFORE_TOGETHER_WITH:
        verb = TOGETHER_WITH  # 要|会同县水利局: jieba reads 会同县, a county of Hunan (not 怀化市|会同县)
    verb = verb or _verb_words_before_a_unique_body(entity, text)
    if verb is None:
        return entity
    rest = entity.text[len(verb) :]
    if not (rest in UNIQUE_BODIES or (len(rest) >= 3 and ends_like_unit_or_body(rest))):
        return entity
    return Entity(entity.start + len(verb), entity.end, "ORG", rest)


def _verb_words_before_a_unique_body(entity: Entity, text: str) -> str | None:
    """The words before a national or international body that ends an ORG, where they are whole words of jieba's, the
    last a verb, none a name (全文播发 before 全国人大常委会, 致信 before 联合国安理会), or ``None``."""
    body = next((b for b in UNIQUE_BODIES_LONGEST_FIRST if len(b) >= 3 and entity.text.endswith(b)), None)
    if body is None or len(entity.text) - len(body) < 2:
        return None
    words = whole_words(text, entity.start, entity.end - len(body))
    tags = [word_tag(word) for word in words or ()]
    if not tags or tags[-1] != "v" or any(tag.startswith(("ns", "nt", "nr", "nz", "j")) for tag in tags):
        return None
    return entity.text[: -len(body)]


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
            if 0 < entity.start - start <= 12 and not overlaps_any(entities, start, entity.start):
                entity = Entity(start, entity.end, "ORG", text[start : entity.end])
        result.append(entity)
    return result


def is_level_body_joined_to_a_person(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether a body opens with the 和, 与 or 及 that joins it to a person tagged right before it and is, without the
    joiner, named by its level alone (副局长叶青|和县民政局|局长蓝芳: a local-news pattern; 和县 is a county, but not
    here): no entity, as the level body alone is none."""
    if entity.type not in ("ORG", "LOC") or entity.text[:1] not in "和与及" or len(entity.text) < 4:
        return False
    if not any(other.type == "PER" and other.end == entity.start for other in entities):
        return False
    return bool(LEVEL_BUREAU.match(entity.text[1:]))  # read without jieba, which reads 和县 as a word


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
    if entity.type == "ORG" and BARE_BODY_WORD.match(entity.text):
        return True  # a body named by its kind alone, no level word either: 基层|人大|和人大代表, 各级|纪委监委
    if entity.type == "ORG" and text.endswith(TOGETHER_WITH, 0, entity.start) and LEVEL_BUREAU.match(entity.text):
        return True  # 要会同|县水利局: read without jieba, which reads 会同县 (a county) as a word
    if entity.type not in ("ORG", "LOC") or not entity.text.startswith(LEVELS):
        return False
    if entity.type == "ORG" and BARE_BODY_WORD.match(entity.text):
        return True  # 镇党委, 村委会: jieba reads them as one word
    if entity.type == "ORG" and entity.text.endswith(_OFFICE_WORDS) and BARE_BODY_WORD.match(entity.text[:-3]):
        return True  # 县政府办公室, 市委办公室: the office of a body named by its level alone (local news)
    if entity.type == "ORG" and _LEVELS_LISTED.match(entity.text):
        return True  # the bodies of several levels at once: 省区市纪委, 省市县纪委 (from CCTV news)
    if entity.type == "ORG" and _LEVEL_CITY_INVESTMENT.match(entity.text):
        return True  # 县城投集团: jieba reads 县城 (a county seat) before 城投, the level's investment company
    if entity.type == "ORG" and _LEVEL_SCHOOL_OR_ORGANS_COMMITTEE.fullmatch(entity.text):
        return True  # 省委党校 (jieba's one word), 市直机关工委 (jieba's 市直): the level's school or organs' committee
    start, end = word_at(text, entity.start)
    if entity.type == "LOC":
        # such a body cut short and then read as a place (市|农业农村|局 → 市农业农村 → 市农业); no place
        # starts with a level word standing alone (6 gold places of the training corpora do: 县医院, 市住保办); 旗 alone
        # opens a compound's name too (旗胜家园)
        return start == entity.start and text[start:end] in LEVELS and text[start:end] != "旗" and end < entity.end
    if (start, end) == (entity.start, entity.end) and entity.text[:1] in _ONE_CHARACTER_LEVELS and is_known_word(entity.text[1:]) \
            and entity.text.endswith(_BUREAU_ENDINGS):
        return True  # jieba's one word for a level's bureau (、县公安局|局长李明): the level word, then a bureau of its own
    return start == entity.start and text[start:end] in LEVEL_WORDS and len(entity.text) >= 2


#: The office of a body (县政府|办公室, 省政府|办公厅): no name of its own where the body has none, one ORG with a body that
#: has a name (衢州市人民政府|办公室). Both words have three characters.
_OFFICE_WORDS = ("办公室", "办公厅")
#: A level's urban investment company (县城投集团, 市城投公司: local news), named by its level alone.
_LEVEL_CITY_INVESTMENT = re.compile(r"^[省市州县区]城投(?:集团|公司)")
#: A level's party school (省委党校, 县委党校: local news), which jieba reads as one word, and the working committee of
#: a level's organs (市直机关工委; jieba's 市直): bodies named by their level alone.
_LEVEL_SCHOOL_OR_ORGANS_COMMITTEE = re.compile(r"[省市州县区]委党校|[省市州县区]直(?:属)?机关工委")
#: The one-character level words, and how a bureau's, office's or commission's name ends.
_ONE_CHARACTER_LEVELS = frozenset("省市州县区乡镇")
_BUREAU_ENDINGS = ("局", "厅", "委", "办")


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
    if rest.text in COUNTRIES_AND_PROVINCES or (head_start == entity.start and head_end == rest.end and is_place_word(rest.text)):
        return [rest]
    return []


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


#: Verbs, prepositions and adverbs of one character a national body's name is read on into (国家防总|派工作组, 水利部|将);
#: not 发, which ends a document number's issuer code (国办发〔1996〕25号).
_ONE_CHARACTER_WORDS_AFTER_A_BODY = frozenset("派将对向于已也就还为在")


def unique_body_off_a_one_character_word(entity: Entity) -> Entity:
    """Cut a verb, preposition or adverb of one character off a national or international body's name read on into it:
    国家防总派|工作组 → 国家防总 (CCTV news). No gold ORG of the corpora is such a name and one of those characters."""
    rest = entity.text[:-1]
    if entity.type == "ORG" and entity.text[-1:] in _ONE_CHARACTER_WORDS_AFTER_A_BODY and rest in UNIQUE_BODIES:
        return Entity(entity.start, entity.end - 1, "ORG", rest)
    return entity


#: The Party's and state's central bodies by their bare names, which the lists of unique bodies leave out.
_CENTRAL_BODIES = frozenset({"国务院", "党中央", "中共中央", "全国人大", "全国政协", "中央军委"})
#: How often jieba counts a verb that opens a national body's name read with it, for the verb to be cut off (深化 …).
_OFTEN_COUNTED_VERB = 1000


def verb_off_a_unique_body(entity: Entity, text: str) -> Entity:
    """Cut a verb jieba counts often, or one that opens a predicate in this genre (深化, 加强 …), off a national or
    international body's name the tagger read it into: 深化国务院|机构改革 → 国务院 (CCTV news of the reform of Party and
    state bodies). Only where the rest is such a name whole; no gold ORG of the corpora opens with such a verb before
    one."""
    if entity.type not in ("ORG", "LOC"):
        return entity
    start, end = word_at(text, entity.start)
    verb, rest = text[start:end], text[end : entity.end]
    often_a_verb = verb in PREDICATE_OPENERS or (word_tag(verb) == "v" and word_frequency(verb) >= _OFTEN_COUNTED_VERB)
    if start == entity.start and end - start >= 2 and often_a_verb and (rest in UNIQUE_BODIES or rest in _CENTRAL_BODIES):
        return Entity(end, entity.end, "ORG", rest)
    return entity


def meeting_off_body(entity: Entity, text: str) -> Entity:
    """Cut the 会 of 会议 (a meeting) off a body read on into it: 主席团会|议听取了 → 主席团, 俄联邦安全局会|议 → 俄联邦安全局
    (CCTV news: 15 texts of the probes). Only where what is left ends like a body or a group (团) and not in 会 itself;
    MSRA's 国会|议员 stays as read. A session or standing meeting read in with it goes too, where the body is left
    (十三届全国人大五次会|议 → 十三届全国人大, 国务院常务会|议 → 国务院, 全国政协十届四次会|议 → 全国政协: MSRA's
    九届人大|一次会议; also read up to the session's number: 十四届全国人大二次|会议 → 十四届全国人大); not a meeting that names no such body (中英媒体圆桌会|议). The 新闻 of a press conference read into
    the body that holds it goes the same way (国务院联防联控机制新闻|发布会 → 国务院联防联控机制: CCTV news; the corpora's
    bodies ending in 新闻 are newspapers and sites, 劳动新闻, 澎湃新闻, never before 发布)."""
    if (entity.type == "ORG" and entity.text.endswith("新闻") and text.startswith("发布", entity.end)
            and (entity.text[:-2] in UNIQUE_BODIES or (len(entity.text) >= 5 and ORG_ENDINGS.search(entity.text[:-2])))):
        return Entity(entity.start, entity.end - 2, "ORG", entity.text[:-2])
    rest = entity.text[:-1]
    if (entity.type == "ORG" and entity.text.endswith("会") and text[entity.end : entity.end + 1] == "议" and len(rest) >= 3
            and not rest.endswith("会") and (rest.endswith("团") or ORG_ENDINGS.search(rest))):
        return Entity(entity.start, entity.end - 1, "ORG", rest)
    session = (_SESSION_OF_A_BODY.search(entity.text) if text.startswith("议", entity.end)
               else _SESSION_BEFORE_ITS_MEETING.search(entity.text) if text.startswith("会议", entity.end)
               else None) if entity.type == "ORG" else None
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
#: The same session read in up to its number, before 会议 (十四届全国人大二次|会议: CCTV news).
_SESSION_BEFORE_ITS_MEETING = re.compile(r"(?:第?[一二三四五六七八九十0-9]+次|常务)$")
#: A body's term written after its name (全国政协|十届), which then goes with the session.
_TERM_AFTER_A_BODY = re.compile(r"第?[一二三四五六七八九十0-9]+届$")


def _names_a_body_holding_sessions(name: str) -> bool:
    """Whether ``name`` ends like a body, a congress or a political consultative conference (国务院, 全国人大, 全国政协)."""
    return bool(ORG_ENDINGS.search(name)) or name.endswith(CONGRESS_OR_PARTY_ENDINGS)


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
    if entity.type in ("ORG", "PER") and _EVENT_AFTER_ITS_HOST.match(text, entity.end) and is_place_or_city(entity.text):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


#: Games and fairs written right after the city or state that hosts them (杭州亚运会, 巴黎奥运会).
#: Also a summit or forum named after the town that hosts it (乌镇 (ORG)|峰会, 博鳌|论坛: CCTV news).
_EVENT_AFTER_ITS_HOST = re.compile(r"奥运会|冬奥会|残奥会|冬残奥会|亚运会|亚残运会|世博会|运动会|博览会|冬奥|奥运|峰会|论坛")


#: What follows the 亚 (Asia) of the Asian Games' names: 亚|运会, 亚|残运会, 亚|冬会, 亚|运村 (not 东南亚|运输).
_ASIAN_GAMES_AFTER_YA = ("运会", "残运会", "冬会", "运村", "运分村", "运场馆", "运火炬", "残运")  # 亚|残运测试赛事 (CCTV news)


def asia_of_the_asian_games_off(entity: Entity, text: str) -> list[Entity]:
    """Cut the 亚 that opens 亚运会 or 亚残运会 off a place, or drop it where it is the whole span: 杭州亚|残运会 → 杭州.

    The tagger reads 亚 (Asia) there as a place of one character (杭州|亚|残运会: CCTV news on Hangzhou's games,
    which Zhejiang papers name often); LABELS.md tags nothing inside an event's name, and the host city before it
    stays a place (:func:`host_of_an_event`)."""
    if entity.type != "LOC" or not entity.text.endswith("亚") or not text.startswith(_ASIAN_GAMES_AFTER_YA, entity.end):
        return [entity]
    rest = entity.text[:-1]
    return [Entity(entity.start, entity.end - 1, "LOC", rest)] if len(rest) >= 2 else []


#: How an event's name ends (博览会, 运动会, 峰会): fairs, games, summits and annual meetings.
_EVENT_NAME_END = re.compile(r"(?:博览会|运动会|奥运会|亚运会|冬奥会|残奥会|交易会|洽谈会|世博会|进博会|广交会|东博会|服贸会|消博会|峰会|年会"
                            r"|马拉松|马拉松赛|越野赛)$")  # and races named by their city (衢州马拉松: a local-style sentence)


#: A sector's members of a congress or conference (科技界委员, 环境资源界委员联组会): people, or a meeting of theirs.
_SECTOR_MEMBERS = re.compile(r"界(?:委员|代表)")


def is_sector_members(entity: Entity) -> bool:
    """Whether an ORG names a sector's members of the CPPCC or the NPC, or their joint session (科技界委员联组会,
    环境资源界委员, 工商联界委员联组会时: CCTV news), which is no body; no gold span of the corpora holds one."""
    return entity.type == "ORG" and bool(_SECTOR_MEMBERS.search(entity.text))


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


def is_bare_venue_head(entity: Entity, text: str) -> bool:
    """Whether a place or body is the common-noun head of a venue word it stops inside: 前往|殡仪|馆, 三星堆|博物|馆,
    乌方|雷达|站 (from CCTV news). A bare venue type is generic (LABELS.md: 供电所 is no entity); a place before
    its station (G联赛|上海|站, a place word) stays."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 2:
        return False
    start, end = word_at(text, entity.end - 1)
    return (start == entity.start and entity.end < end <= entity.end + 2 and is_venue_word(text[start:end])
            and word_tag(entity.text) in ("n", "vn", "v"))


#: A workshop, of the common-prosperity scheme or of a craft (共富工坊, 苗绣工坊): no name of its own after a kind.
WORKSHOP = "工坊"
_UNIT_OR_PREFECTURE = re.compile(r"[省市县区镇乡村州]")


def is_workshop_named_by_its_kind(entity: Entity) -> bool:
    """Whether a place or body is a workshop named by its craft or scheme (施洞镇的|苗绣工坊|里: a local-news sentence
    written for the genre, read as a LOC; 非遗工坊, 扶贫工坊): the written labels tag none of 49 工坊, and a craft is no
    distinguishing name. A workshop after its place (坛头村共富工坊, 台江苗绣工坊) is left as read."""
    head = entity.text[: -len(WORKSHOP)]
    return (entity.type in ("LOC", "ORG") and entity.text.endswith(WORKSHOP) and len(head) >= 1
            and not _UNIT_OR_PREFECTURE.search(head) and not any(is_place_name_or_state(head[:end]) for end in range(1, len(head) + 1)))


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
        if match is None or not UNIT_END.search(entity.text) or not _names_a_cooperative(text, entity.end, match.start(2)):
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
        if word_start < start or word_end > end or (word_tag(word) in CLAUSE_WORD_TAGS and word not in _FARMING_VERBS):
            return False
        at = word_end
    return True


#: Verbs a place does to a cooperative that jieba reads into longer words of no verb's tag (梨树县|大力发展|农机专业合作社).
_ACTS_ON_A_COOPERATIVE = re.compile(r"发展|建设|成立|组建|引进|扶持|创办|领办|加入|入股|依托|通过|带动|推动|培育壮大")
#: Verbs of farming that name what a cooperative does (枸杞种植专业合作社, 黄牛养殖专业合作社).
_FARMING_VERBS = frozenset({"种植", "养殖", "种养", "培育", "加工", "销售", "旅游", "用水"})


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
                and not overlaps_another(entities, e, e.start, name_end + 2) and name not in COUNTRIES_AND_PROVINCES
                and len(name) >= 2 and not ORG_ENDINGS.search(name) and not name.endswith("党")):
            e = Entity(e.start, name_end + 2, "ORG", text[e.start : name_end + 2])
        result.append(e)
    return result


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
    place = len(head) >= 2 and (UNIT_END.search(head) or is_place_name_or_state(head) or reads_as_places(head, 0, len(head)))
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
    if len(head) >= 2 and ends_like_unit_or_body(head) and not UNIT_END.search(head):
        return [Entity(entity.start, entity.start + len(head), "ORG", head)]
    units = list(re.finditer(ADMIN_UNIT_ENDINGS, head))
    place = head[: units[-1].end()] if units else ""
    return [Entity(entity.start, entity.start + len(place), "LOC", place)] if len(place) >= 2 else []


#: The note that names a commentary's author's body (（作者系衢州市委党校教授）, 作者为, 笔者系, 作者单位：).
_AUTHORS_NOTE = re.compile(r"^(?:作者|笔者)(?:单位[:：]?|系|为|是)")


def cut_authors_note_off_body(entity: Entity) -> Entity:
    """Cut the author's note off the body it was read into (（|作者系衢州市委党校|教授）: the line closing a commentary
    in local papers); the body stands alone."""
    note = _AUTHORS_NOTE.match(entity.text) if entity.type == "ORG" else None
    if note is None or len(entity.text) - note.end() < 2:
        return entity
    return Entity(entity.start + note.end(), entity.end, "ORG", entity.text[note.end() :])


#: A school's grade read into the school's name (衢州一中|高三, …中心小学|五年级).
_GRADE_AFTER_A_SCHOOL = re.compile(r"(?<=[中学校])(?:高[一二三]|初[一二三]|[一二三四五六]年级)$")


def grade_off_a_school(entity: Entity) -> Entity:
    """Cut a grade off the school it was read into (衢州一中|高三|学生: local news); the corpora's gold leaves grades
    out of schools' names (阳谷县第三中学|高二, 安吉县天荒坪镇中心小学|五年级)."""
    grade = _GRADE_AFTER_A_SCHOOL.search(entity.text) if entity.type == "ORG" else None
    if grade is None or grade.start() < 2:
        return entity
    return Entity(entity.start, entity.start + grade.start(), "ORG", entity.text[: grade.start()])


def cut_holding_verb_off_body(entity: Entity) -> Entity:
    """Cut a verb of taking a post off the body it was read into: 县长陈岗|调任|县委书记 read 调任县委 (CCTV); the
    body (here a level committee, which then goes into the post) stands alone."""
    verb = next((v for v in TAKING_A_POST if entity.text.startswith(v)), None)
    if entity.type != "ORG" or verb is None or len(entity.text) - len(verb) < 2:
        return entity
    return Entity(entity.start + len(verb), entity.end, "ORG", entity.text[len(verb) :])


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
    if (word_tag(verb) not in ("v", "vn") or verb.endswith(BODY_VERB_ENDINGS) or verb in ("运动", "行动")
            or (verb == "组织" and entity.text.startswith(INTERNATIONAL_BODY_OPENINGS))
            or not ends_like_unit_or_body(text[entity.start : start])):
        return entity
    return Entity(entity.start, start, "ORG", text[entity.start : start])


#: The endings of jieba's verbs that are bodies too (禁毒署, 蝶阀厂, 侨办); unlike :data:`.common.BODY_VERB_ENDINGS`, not 行 or
#: 会, which end predicates too (发行, 例行, 不会).
_BODY_WORD_ENDINGS = ("厂", "所", "站", "部", "队", "处", "科", "局", "院", "署", "办")


def body_read_on_into_a_late_verb(entity: Entity, text: str) -> Entity:
    """Cut the verb a body's name ran on into off it where the span took its shape after :func:`cut_verb_off_body`
    read it, or is too short for it (财政部|发行, 欧盟|不会, 安理会|递信, 中国外交部|例行, 孟加拉人民联盟|珍视: CCTV news).
    Only a verb of jieba's alone (not a verbal noun: 国务院职业教育|工作), after a body's ending or 盟."""
    last = _last_word_of_a_body(entity, text, 4)
    if last is None:
        return entity
    start, verb = last
    if (word_tag(verb) != "v" or verb.endswith(_BODY_WORD_ENDINGS) or verb in BODY_WORDS_READ_AS_VERBS
            or not (ORG_ENDINGS.search(text[entity.start : start]) or text[start - 1] == "盟")):
        return entity
    return Entity(entity.start, start, "ORG", text[entity.start : start])


#: How the bodies and their units end that a verb may stand inside the name of (国务院应对…联防联控机制, 中央军委
#: 深化…领导小组, 国家发改委体改司, …供电公司输电运检中心无人机班, MSRA's 拉瓦尔品第法院反腐败法庭): a span that ends
#: so is left whole by :func:`body_read_on_past_a_verb`; also a bank's branch (中国工商银行修水支行: jieba reads 修水 a verb).
_NAMED_AFTER_A_VERB_ENDINGS = tuple("司班组团科室处股队部局厅院所站社会委办军台署馆校庭厂园场") + ("机制", "联盟", "支行", "分行")


def body_read_on_past_a_verb(entity: Entity, text: str) -> Entity:
    """Cut a body back to its name where the tagger read it on into the verb after it and past that verb into
    what the verb does (国家航天局|发布|天问二号探测, 国家防总|派出|工作组: CCTV news); :func:`cut_verb_off_body`
    cuts a verb that ends the span. The verb is a word of jieba's of two characters or more tagged a verb (not a
    verbal noun) inside the span, what stands before it ends like a body or a state's army (美军|侵略), and the span
    itself does not end like a body, unit or group (国务院应对…联防联控机制, …领导小组, 国家发改委体改司 keep a verb in
    their names)."""
    if entity.type != "ORG" or len(entity.text) < 4 or ends_like_a_name(entity.text) \
            or entity.text.endswith(_NAMED_AFTER_A_VERB_ENDINGS):
        return entity
    at = entity.start + 2
    while at < entity.end:
        start, end = word_at(text, at)
        word = text[start:end]
        head = text[entity.start : start]
        if (start >= entity.start + 2 and end <= entity.end and len(word) >= 2 and word_tag(word) == "v"
                and not word.endswith(BODY_VERB_ENDINGS) and word not in BODY_WORDS_READ_AS_VERBS
                and (ORG_ENDINGS.search(head) or (len(head) == 2 and head[1] == "军" and head[0] in STATE_ABBREVIATIONS))):
            return Entity(entity.start, start, "ORG", head)
        at = max(end, at + 1)
    return entity


def is_central_conference_subject(entity: Entity, text: str) -> bool:
    """Whether a body read before 工作会议 is 中央 and a subject, no body of that name (中央政协|工作会议, 中央人大|工作会议:
    the Party centre's conferences on the work of the CPPCC and the people's congresses; CCTV news, 10 times in 4,000
    stories), or 全国 and a field before 部长会议 (全国组织|部长会议, 全国社会工作|部长会议: the national conferences of the Party's
    department heads). A body of its own stays (中央军委|工作会议); no gold ORG of the corpora stands before 工作会议 or
    部长会议."""
    if entity.type != "ORG" or entity.text in NATIONAL_BODIES:
        return False
    return ((entity.text.startswith("中央") and text.startswith("工作会议", entity.end))
            or (entity.text.startswith("全国") and len(entity.text) <= 8 and text.startswith("部长会议", entity.end)))


def cut_preposition_off_body(entity: Entity, text: str) -> Entity:
    """Cut a place or body where it runs on into a preposition or conjunction of two characters or more and what
    follows it: 宪法和法律委员会|根据常委会会议的审议意见 read as one ORG (CCTV news; the tagger read 常委会会议 as a body
    too and the merge joined them). Only where what stands before the word ends like a unit or body; no gold place or
    body of the corpora holds such a word."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 4:
        return entity
    if not any(ends_like_unit_or_body(entity.text[:cut]) for cut in range(2, len(entity.text) - 1)):
        return entity  # no place to cut: spare jieba the span's words (most spans)
    at = entity.start + 2
    while at < entity.end:
        start, end = word_at(text, at)
        if (start >= entity.start + 2 and end <= entity.end and end - start >= 2 and word_tag(text[start:end]) in ("p", "c")
                and ends_like_unit_or_body(text[entity.start : start])):
            return Entity(entity.start, start, entity.type, text[entity.start : start])
        at = max(end, at + 1)
    return entity


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


#: Bodies the corpora tag whole that :data:`UNIQUE_BODIES` does not list (MSRA's 人民政协, all six of its mentions).
_BODIES_TAGGED_WHOLE = frozenset({"人民政协"})
#: Those bodies by their first character, longest first, so a span is checked against the few it may open.
_BODIES_READ_IN_PART: dict[str, tuple[str, ...]] = {
    first: tuple(body for body in longest_first(UNIQUE_BODIES | _BODIES_TAGGED_WHOLE) if body[0] == first)
    for first in {body[0] for body in UNIQUE_BODIES | _BODIES_TAGGED_WHOLE}}


def unique_body_read_in_part(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a national, international or foreign body, or a company, that a span of any type opens and the text
    writes out right after it, one ORG (塔利 (PER)|班 → 塔利班, 宁德 (LOC)|时代 → 宁德时代, 人民 (ORG)|政协 → 人民政协:
    CCTV news), where no other span stands on the rest of the name."""
    result: list[Entity] = []
    for entity in entities:
        body = name_spelled_out_from(entity, _BODIES_READ_IN_PART.get(entity.text[:1], ()), entities, text)
        result.append(Entity(entity.start, entity.start + len(body), "ORG", body) if body else entity)
    return result


def national_body_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a national or international body whole where the tagger read a piece of it and the text reads the whole
    name around the piece: 人力|资源社会保障部, 人力资源|和|社会保障部 (two ORGs) → 人力资源和社会保障部, 上海合作|组织 →
    上海合作组织 (:data:`NATIONAL_BODIES`, :data:`INTERNATIONAL_BODIES`, from CCTV news). A place read as the head of the
    name is such a piece too (上海|合作组织, 巴勒斯坦伊斯兰|抵抗运动, 亚|投行: the tagger reads the place a body is named
    after and leaves the rest; no gold place of the corpora stands inside a whole name of the lists). Spans inside the
    whole name go into it; one that runs out of it stops the rule."""
    result = sorted(entities, key=lambda e: (e.start, e.end))
    for name in UNIQUE_BODIES_LONGEST_FIRST:
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
            result = in_place_of(result, inside, Entity(start, end, "ORG", name))
    return result


#: A place's own government, court or congress, which the tagger may leave untagged after the place.
_PLACE_BODY = re.compile(r"人民政府|人民法院|人民检察院|人大常委会|政协|股份经济合作社|经济合作社|股份合作社|经济联合社"
                         r"|卫生服务中心|卫生服务站|卫生院")  # a community's health centre (…东山街道社区|卫生服务中心)


#: How a body's name ends when jieba reads it as one word after a place (水利局, 人民医院, 气象局); narrower than
#: ORG_ENDINGS, whose 会, 部, 处, 科, 社 merge more wrongly than rightly here (People's Daily dev, written train).
_UNTAGGED_BODY_ENDINGS = ("局", "厅", "委", "办", "院", "站", "所", "队", "中心", "公司", "集团", "学校", "协会")


def _untagged_body_after(place: Entity, text: str) -> int:
    """Where the untagged body that follows a place right after its name ends, or 0: 长兴县|人民政府, 丽水市|水利局,
    西坑村|股份经济合作社 (a village's collective, which the written labels tag with its village), 白云街道|办事处,
    甬江科创区|管委会. Also after a bare
    place the tagger read as an ORG (大同市 (ORG)|人民政府|副市长: CCTV news), which the typing would make a LOC."""
    if (place.type not in ("LOC", "ORG") or not UNIT_END.search(place.text) or place.end >= len(text)
            or (place.type == "ORG" and ORG_ENDINGS.search(place.text))):
        return 0
    formal = _PLACE_BODY.match(text, place.end)
    if formal:
        return formal.end()
    if place.text.endswith(("镇", "乡")) and text.startswith("政府", place.end):
        return place.end + 2  # a named town government (LABELS.md: 五里镇政府)
    if (place.type == "LOC" and place.text.endswith(("省", "市", "县", "区", "州", "旗", "盟"))
            and not place.text.endswith(("特区", "特别行政区"))
            and text.startswith("政府", place.end)):
        # a city's, county's or province's government, named as a town's is (温州市|政府|召开常务会议, 丽水市|政府: local
        # news; CLUENER's gold tags 郑州市政府 whole 46 times, MSRA's leaves 北京市|政府 apart); not a special region's
        # (香港特区|政府, 香港特别行政区|政府, as People's Daily reads it), nor a committee's read on (天津市委市|政府)
        return place.end + 2
    if (place.text.endswith("街道") and text.startswith("办事处", place.end)) or (
            place.text.endswith("区") and text.startswith("管委会", place.end)):
        return place.end + 3  # a subdistrict's office, a zone's committee (the written labels: 白云街道办事处, 合肥高新区管委会)
    start, end = word_at(text, place.end)
    if start == place.end and end - start >= 3 and text[start:end].endswith(_UNTAGGED_BODY_ENDINGS):
        return end
    return _office_after(place, text) or end_of_a_named_venue(place, text)


#: An office, station or bureau named by its field (民政|办, 三调|办, 财政|所) in 2 to 5 characters, its last character a
#: word of jieba's alone.
_OFFICE_BY_ITS_FIELD = re.compile(r"(?P<field>[\u4e00-\u9fff]{2,5}?)(?P<kind>[办所站])")
#: What follows a town's or county's office named by its field: a mark, a post, its staff or a verb of its work (民政办|
#: 工作人员, 财政所|所长, 三调办|虚假承诺, 南水北调办|了解到); 所 and 站 only before a mark or a post (群众|所|关心 is none).
_AFTER_AN_OFFICE = re.compile(r"[^\u4e00-\u9fff]|副|主任|所长|站长|负责人|相关|工作人员|干部|党支部")
_AFTER_AN_OFFICE_OF_ITS_WORK = re.compile(r"虚假|了解|获悉|介绍|表示|组织|联合|牵头|会同|发布|通报|印发")
#: jieba's tags of words that make no office's field (prepositions, conjunctions, adverbs, particles, pronouns).
_NO_FIELD_TAGS = ("p", "c", "d", "u", "r")


def _office_after(place: Entity, text: str) -> int:
    """Where a town's or county's office that jieba reads as its field's words and a lone 办, 所 or 站 ends after the
    place, or 0 (横店镇|民政|办|工作人员 — a county paragraph —, 浑源县|三调|办, 北京市|南水北调|办: CCTV news; the written
    labels tag 龙游县治水办, 浦江县治水办). Not after a village or community (no such office), not a verb's 办 (新桥镇|
    群众|办|实事: only a mark, post, staff or a word of the office's work follows), and the field is whole words of
    jieba's with no function word."""
    if place.type != "LOC" or place.text.endswith(("村", "社区")):
        return 0
    office = _OFFICE_BY_ITS_FIELD.match(text, place.end)
    if office is None or word_at(text, office.start("kind")) != (office.start("kind"), office.end("kind")):
        return 0
    words = whole_words(text, place.end, office.start("kind"))
    if words is None or any(word_tag(word)[:1] in _NO_FIELD_TAGS for word in words):
        return 0
    after = office.end()
    of_its_work = office.group("kind") == "办" and _AFTER_AN_OFFICE_OF_ITS_WORK.match(text, after)
    return after if _AFTER_AN_OFFICE.match(text, after) or of_its_work else 0


#: Words that make a place's zone, park or scenic area, longest first (LABELS.md: named zones, scenic areas and
#: industrial parks are LOC; the written labels always tag them with their place: 合肥经济技术开发区, 余杭经济技术开发区).
ZONE_WORDS = ("高新技术产业开发区", "经济技术开发区", "高新技术开发区", "风景名胜区", "旅游度假区", "经济开发区",
              "工业园区", "产业园区", "度假区", "风景区", "开发区", "高新区", "景区", "新区", "灌区")
#: An irrigation district, named so after a name that is no unit only (铜山源|灌区, the written labels' 河套灌区; not a
#: county's districts: 德清县|灌区).
_IRRIGATION_DISTRICT = "灌区"
#: A zone word after a place, maybe with its rank (楠溪江|国家级风景名胜区, 省级工业园区).
_ZONE_WORD = re.compile(rf"(?:国家级|省级|市级)?(?:{'|'.join(ZONE_WORDS)})")


#: A zone named by its purpose between its place and its zone word (长三角|生态绿色一体化发展示范区, 江西|内陆开放型经济试验区,
#: 中缅|边境经济合作区, 浙江衢州|绿色产业集聚区: local news); a park named so is left as the written labels leave it
#: (塔拉滩|光伏园区).
_NAMED_ZONE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:示范区|试验区|合作区|集聚区)")
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
#: 首脑会议, 萨尔诺市|新华社发: MSRA), not whose it is: the international bodies and the news agencies, and the armies
#: of the revolution (于都县|红军|后代: CCTV news; where their descendants live).
_BODIES_NAMED_WITHOUT_A_PLACE = INTERNATIONAL_BODIES | NEWS_AGENCIES | {"红军", "八路军", "新四军", "志愿军"}


#: A body's name that opens with a place of its own (武宣县|东乡镇松响水库工程管理所, 白沙社区|居家养老服务中心).
_OPENS_WITH_A_PLACE = re.compile(rf"^[\u4e00-\u9fff]{{1,8}}?(?:{ADMIN_UNIT_ENDINGS})(?=.)")


def place_completed_up_to_a_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place that ends in its unit right before a body whose name opens with a place of its own is part of the body's
    name, where the place reached the body only late: 广西壮族自治区|来宾市|武宣县东乡镇松响水库工程管理所 (CCTV news: the
    city left untagged and given to the region after :func:`place_into_organization` ran) and 建德市新安江街|道|白沙社区
    居家养老服务中心 (a county paragraph: the 道 read as a body, given back to the place late). LABELS.md: a place
    written inside an organization's name belongs to the ORG (南浔区水利局); a place with no unit stays apart (中国|欧盟,
    伊春|上甘岭林业局)."""
    result: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        place = result[-1] if result else None
        if (entity.type == "ORG" and place is not None and place.type == "LOC" and place.end == entity.start
                and UNIT_END.search(place.text) and _OPENS_WITH_A_PLACE.match(entity.text)):
            result[-1] = Entity(place.start, entity.end, "ORG", text[place.start : entity.end])
            continue
        result.append(entity)
    return result


def place_into_organization(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A LOC that runs straight into an ORG is part of its name (LABELS.md: 南浔区水利局 is one ORG).

    So is a place's own body written right after it and left untagged: its
    government, court or congress (长兴县|人民政府|副县长 → 长兴县人民政府 +
    副县长), or a body jieba reads as one word of three characters or more
    (丽水市|水利局), or a town's 政府 (五里镇|政府, LABELS.md's example). Bare
    政府 after a special region is left alone: People's Daily reads 香港特区|政府
    as a place; after a city, county or province it is the body, as a town's is
    (温州市|政府: CCTV news and local papers; CLUENER tags 郑州市政府 whole, MSRA
    leaves 北京市|政府 apart). No dev set changes: the tagger gets these
    right in the corpora, and misses them in county-paper text.

    A zone word left untagged after a place makes it the zone, a LOC
    (丽水|经济技术开发区 → 丽水经济技术开发区): the tagger learnt MSRA's habit
    of leaving the zone out (武夷山|风景名胜区, 18 times in MSRA train);
    LABELS.md and the written labels read the zone as the place's name, and
    CLUENER and People's Daily never leave one untagged after its place.

    A place before a quoted name stays apart from it (柯城区九华乡妙源村|“两山银行”: LABELS.md keeps quotation marks
    outside a span).
    A body the tagger read from inside the zone word (风景|名胜区管理委员会)
    takes the place and the zone into its name.
    """
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        if (result and result[-1].type == "LOC" and entity.type == "ORG" and result[-1].end == entity.start
                and entity.text not in _BODIES_NAMED_WITHOUT_A_PLACE and not entity.text.startswith("“")
                and not (entity.text in GENERIC_WORDS and not ORG_ENDINGS.search(entity.text))):
            place = result.pop()  # not a generic word that ends like no body (中华|民族 (ORG); 南浔区|水利局 is one ORG)
            entity = Entity(place.start, entity.end, "ORG", text[place.start : entity.end])
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        zone = _ZONE_WORD.match(text, entity.end) if entity.type == "LOC" else None
        if zone and following is not None and following.type == "ORG" and entity.end < following.start < zone.end() < following.end:
            # the zone's body, read from inside the zone word (楠溪江国家级风景|名胜区管理委员会): place and zone are its name
            ordered[index + 1] = Entity(entity.start, following.end, "ORG", text[entity.start : following.end])
            continue
        if zone is None and entity.type == "LOC":
            zone = _named_zone_after(entity, text)
        if zone and zone.group().endswith(_IRRIGATION_DISTRICT) and UNIT_END.search(entity.text):
            zone = None
        if zone and (following is None or following.start >= zone.end()):
            entity = Entity(entity.start, zone.end(), "LOC", text[entity.start : zone.end()])
        body_end = _untagged_body_after(entity, text)
        if body_end and (following is None or following.start >= body_end):
            entity = Entity(entity.start, body_end, "ORG", text[entity.start : body_end])
        result.append(entity)
    return result


#: A body's ending the tagger read into the post after it (国家发展改革|委主任, 医药科技|有限公司总经理); no post
#: opens with 委 but 委员 and 委员长, and a village committee's (村|委会主任 is the tagger reading the doubled 村 of
#: 青湾村村委会主任 once); and a meeting's 议 before its chair (印度尼西亚人民协商会|议主席: no post opens with 议主席).
_BODY_ENDING_OPENING_A_POST = re.compile(r"^(?:委(?!员|会)|股份有限公司|有限责任公司|有限公司|公司|集团)(?=[\u4e00-\u9fff]{2})"
                                         r"|^[室科处部站所队组班](?=副?(?:主任|经理|主管))|^议(?=副?主席)")


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
    member, which LABELS.md writes as committee and post (中共中央政治局|常委, jieba's one word), nor a word that holds the
    whole post, a word of its own (淮安独立|团政委: jieba's 团政委, a regiment's commissar).
    """
    if body.type != "ORG":
        return None
    start, end = word_at(text, body.end - 1)
    word = text[start:end]
    if not (body.start <= start and body.end < end <= post.end and word_tag(word) == "nt"
            and (ORG_ENDINGS.search(word) or word.endswith("政府")) and not word.endswith("常委")):
        return None
    if end == post.end and post.end - post.start >= 2 and is_known_word(post.text):
        return None  # jieba's 团政委 holds the whole post: 淮安独立|团政委 (MSRA train) stays 淮安独立团 + 政委
    rest = text[end : post.end]
    return end if not rest or (len(rest) >= 2 and ENDS_LIKE_A_POST.search(rest)) else None  # not 美国能源部|长


def _owns_bodies(name: str) -> bool:
    """Whether ``name`` ends like a body that can own others (公司, 局, 海关, 总台 …), for 所属 (owned by)."""
    return bool(ORG_ENDINGS.search(name)) or ends_like_a_name(name) or name.endswith(("海关", "总台"))


def _ends_with_a_place_word(text: str, end: int) -> bool:
    """Whether a word jieba tags a place ends right at ``end`` (光山县, 湖北: not 农业农村)."""
    start, word_end = word_at(text, end - 1)
    return word_end == end and word_tag(text[start:end]).startswith("ns")


#: The departments whose own name opens with 联合 (joint), after the body they belong to (中央军委联合参谋部, 中央军委
#: 联合作战指挥中心: CCTV news): no joint action of two bodies.
_JOINT_BODIES = ("参谋部", "作战指挥中心", "后勤保障部队")


#: A numbered group army (第71集团军, 南部战区陆军第41集团军), which the tagger ends before its 军.
_NUMBERED_GROUP = re.compile(r"[0-9０-９一二三四五六七八九十]集团$")


def group_army_made_whole(entity: Entity, text: str) -> Entity:
    """A numbered 集团 right before 军 is a group army, whose name ends in 军 (南部战区陆军第41集团|军某防空旅, 第38集团|军
    某红军团: 13 times on the CCTV probes; the tagger stops before 军 and leaves a group of companies' name), also where
    the tagger stopped inside 集团 (第31集|团军某地); not before 军民, 军工 or 军事 (a company's 集团|军民融合)."""
    if entity.type not in ("LOC", "ORG"):
        return entity
    for missing in ("", "团"):  # 第41集团|军, and 第31集|团军 where the tagger stopped inside 集团
        name = entity.text + missing
        after = text[entity.end + len(missing) :]
        if (text.startswith(missing, entity.end) and _NUMBERED_GROUP.search(name) and after.startswith("军")
                and not after.startswith(("军民", "军工", "军事"))):
            return Entity(entity.start, entity.end + len(missing) + 1, "ORG", name + "军")
    return entity


def congress_made_whole(entity: Entity, text: str) -> Entity:
    """A national or people's congress read to its 代表 is named with its 大会 (中国共产党第十九次全国代表|大会上, 中国科学
    技术协会第九次全国代表|大会: CCTV news, 3 texts of the probes; the tagger stopped at 代表, once inside 大会 at 代表大|会),
    as MSRA tags 中国共产党第十五次全国代表大会 and 全国人民代表大会 (78 times in its train and test gold, none cut at 代表).
    A members' congress read so names the body that holds it alone (中国志愿服务联合会|第二届会员代表|大会 → 中国志愿服务
    联合会), as MSRA tags 中国法学会|第四次会员代表大会."""
    if entity.type != "ORG":
        return entity
    for read, missing in (("代表", "大会"), ("代表大", "会")):  # stopped at 代表, or inside 大会
        if not (entity.text.endswith(read) and text.startswith(missing, entity.end)):
            continue
        if entity.text[: -len(read)].endswith(("全国", "人民")):
            return Entity(entity.start, entity.end + len(missing), "ORG", entity.text + missing)
        session = _MEMBERS_CONGRESS.search(entity.text)
        body = entity.text[: session.start()] if session else ""
        if len(body) >= 3 and ORG_ENDINGS.search(body):
            return Entity(entity.start, entity.start + len(body), "ORG", body)
    return entity


def body_completed_to_jiebas_word(entity: Entity, text: str) -> Entity:
    """A body read one character short of a word of jieba's that runs across its end is named with that character where
    the word is a committee's office, 委办 (国务院安委|办部署加强安全防范 → 国务院安委办: CCTV news, 4 texts of the probes;
    the corpus names the office about 100 times), or a group of three characters or more ending in 团 (十三届全国人大
    二次会议主席|团, 全国少数民族参观|团, 韩总统特使|团: 3 texts): the office, presidium or delegation is the body. A committee
    before 办理 (handles) or 办公室, or a body before 团结 (unites), ends where it is: jieba's word there does not run so;
    集团 is :func:`group_army_made_whole`'s. No gold body of the corpora stops so."""
    if entity.type != "ORG":
        return entity
    start, end = word_at(text, entity.end - 1)
    if end != entity.end + 1 or start <= entity.start:
        return entity
    word = text[start:end]
    if (word == "委办" and len(entity.text) >= 3) or (word.endswith("团") and len(word) >= 3):
        return Entity(entity.start, end, "ORG", text[entity.start : end])
    return entity


#: The session and delegates of a members' or workers' congress after the body that holds it (|第二届会员代表, |第四次会员代表大).
_MEMBERS_CONGRESS = re.compile(r"第?[一二三四五六七八九十0-9]+[届次](?:会员|职工|会员国)?代表大?$")


def split_joint_organizations(entity: Entity, text: str) -> list[Entity]:
    """Split an ORG read across "A 联合 B" (two bodies acting jointly) into A and B, one read across 所属 (owned by) into
    owner and owned (海口海关|所属|博鳌机场海关, as MSRA and People's Daily tag 长航集团|所属|长江轮船海外旅游总公司), one read across a list's 、 into
    its bodies where each ends like one (国家卫生健康委员会、|退役军人事务部), and keep only the place of one read
    across 的 from a place (江苏|的乡镇敬老院: from CCTV news), or across 与, 和 or 及 from a place word of jieba's into
    a generic kind of body (光山县|与|科研院所: a written dev article; not 黄岩区农业农村|和|水利局, a department), and
    keep only the place of one read across a place's joint action with a body named by its level (北洋镇|联合|区消防救援大队).

    The genre writes joint actions as 某某局联合某某公司…; the tagger tends to
    run one ORG across the verb. The split needs a full name on the left (it
    ends like an organization) so that names built on 联合 (联合国,
    某某联合会, 联合社区, 中央军委联合参谋部: :data:`_JOINT_BODIES`) are left alone.
    """
    if entity.type != "ORG":
        return [entity]
    if "、" in entity.text and all(len(part) >= 3 and ORG_ENDINGS.search(part) for part in entity.text.split("、")):
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
    if de and len(head) >= 2 and (is_place_word(head) or head in COUNTRIES_AND_PROVINCES):
        return [Entity(entity.start, entity.start + len(head), "LOC", head)]  # 江苏|的|乡镇敬老院: the place
    head, joined, tail = next((entity.text.partition(joiner) for joiner in "与和及" if joiner in entity.text), ("", "", ""))
    if joined and tail in GENERIC_WORDS and len(head) >= 2 and _ends_with_a_place_word(text, entity.start + len(head)):
        # 光山县|与|科研院所: the place and a kind of body it works with (not a department joining two fields:
        # 黄岩区农业农村|和|水利局, whose head ends in no place word)
        return [Entity(entity.start, entity.start + len(head), "LOC", head)]
    left = entity.text[: -len(JOINT)]
    if entity.text.endswith(JOINT) and (ORG_ENDINGS.search(left) or left.endswith("政府")):
        # the span stopped on the verb (方山乡人民政府联合|县融媒体中心, whose partner is untagged): A alone
        return [Entity(entity.start, entity.end - len(JOINT), "ORG", left)]
    at = text.find(JOINT, entity.start, entity.end)
    partner = at + len(JOINT)
    if (at - entity.start >= 2 and UNIT_END.search(text[entity.start:at]) and entity.end - partner >= 4
            and text[partner] in "省市州县区旗" and word_at(text, partner) == (partner, partner + 1)):
        # a place acting jointly with a body named by its level (北洋镇|联合|区消防救援大队, a local-news pattern): the
        # place; the level body is no entity (not 北洋镇|联合村, a village so named)
        return [Entity(entity.start, at, "LOC", text[entity.start:at])]
    parts: list[Entity] = []
    start = entity.start
    search_from = entity.start
    while (at := text.find(JOINT, search_from, entity.end)) != -1:
        after = at + len(JOINT)
        if (ORG_ENDINGS.search(text[start:at]) and entity.end - after >= 2 and text[after] not in "国会"
                and not text.startswith(_JOINT_BODIES, after)):  # 中央军委|联合参谋部: one body, no joint action
            parts.append(Entity(start, at, "ORG", text[start:at]))
            start = after
        search_from = after
    parts.append(Entity(start, entity.end, "ORG", text[start : entity.end]))
    return parts


#: Indefinite determiners: "一家合作社" names no particular body (LABELS.md: an ORG needs a distinguishing name).
INDEFINITES = ("一家", "一个", "一所")
#: A venue or site named by its kind after an indefinite 一 (东莞|一宾馆, 宜宾市|一小区: "a hotel in Dongguan"), which names
#: none; not a numbered one (第一医院, 市一医院: a hospital's short name, so no 医院 or 学校 here), nor a company (中建三局一公司).
_INDEFINITE_VENUE = re.compile(r"(?<![第\d十])一(?:宾馆|酒店|居民小区|小区|居民楼|民房|工厂|厂房|工地|商场|超市|餐馆|饭店|仓库|网吧|农家乐"
                               r"|养殖场|煤矿)")


def cut_indefinite_organization(entity: Entity, text: str) -> list[Entity]:
    """An ORG read across an indefinite (高昌区|一家葡萄专业合作社) names no body; only a place before it stays.

    The place keeps its name as a LOC when it is a bare place (高昌区); the
    rest is dropped. 某 is left alone: MSRA and People's Daily tag 成都军区某炮兵团. A place read on across 一名
    (a, of a person) keeps what stands before it (盱眙县|一名社区书记), and so does a place or body read on across 一 and
    a venue named by its kind (东莞|一宾馆, 四川省宜宾市|一小区: :data:`_INDEFINITE_VENUE`).
    """
    if entity.type == "LOC" and "一名" in entity.text:  # 江苏淮安盱眙县|一名社区|书记 (from CCTV news)
        at = entity.text.find("一名")
        return [Entity(entity.start, entity.start + at, "LOC", entity.text[:at])] if at >= 2 else []
    venue = _INDEFINITE_VENUE.search(entity.text, 2) if entity.type in ("LOC", "ORG") else None
    if venue:  # 在东莞|一宾馆 (ORG)|内, 四川省宜宾市|一小区 (LOC): CCTV news; the place stays where it is one
        place = bare_place_as_place(Entity(entity.start, entity.start + venue.start(), "ORG", entity.text[: venue.start()]))
        if place.type == "LOC" or is_place_word(place.text) or reads_as_places(text, place.start, place.end):
            return [Entity(place.start, place.end, "LOC", place.text)]
    if entity.type != "ORG":
        return [entity]
    at = min((entity.text.find(word) for word in INDEFINITES if word in entity.text), default=-1)
    if at == -1:
        return [entity]
    head = bare_place_as_place(Entity(entity.start, entity.start + at, "ORG", entity.text[:at]))
    return [head] if head.type == "LOC" else []


#: A body setting up departments inside it (合作社内部成立|信用合作部、资产盘活部…等部门, 公司|下设|市场部): the verb
#: before a list of names that end in 部. The verb must say "inside": with 成立 or 组建 alone a government sets up
#: ministries too (组建了信息产业部, 成立了实业部: MSRA's gold ORGs).
_SETTING_UP = re.compile(r"(?:内部?(?:成立|设立|设置|组建)|下设|内设|设有)了?"
                         r"((?:[\u4e00-\u9fff]{2,8}部[、和及与])*[\u4e00-\u9fff]{2,8}部)(?=[、，。；等和及与（]|$)")


def departments_set_up_inside_a_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Drop the ORG mentions of a department the text says a body set up inside it (在集体股份经济合作社内部成立|信用合作部|、
    |资产盘活部|、|养老服务部|、产业发展部等部门 …; 通过|资产盘活部|梳理: the example page). LABELS.md: a bare body type
    with no distinguishing name is no entity, and such a department is named by its work alone. Not a national body
    (下设|应急管理部 …), nor one named with its place (内设|浙江省…部); a ministry a government sets up is not set up
    inside a body (国务院组建了|信息产业部 stays)."""
    departments = {
        name
        for listed in _SETTING_UP.finditer(text)
        for name in re.split(r"[、和及与]", listed.group(1))
        if name not in UNIQUE_BODIES and len(name) <= 7 and not name.endswith("俱乐部")
        and not any(is_place_word(name[:end]) or name[:end] in COUNTRIES_AND_PROVINCES for end in range(2, len(name)))
    }
    if not departments:
        return list(entities)
    return [e for e in entities if not (e.type == "ORG" and e.text in departments)]


#: How a campus or branch of a hospital, school or academy ends (北京大学第一医院|密云院区, 浙江大学|紫金港校区; the
#: branches: 保定一中|分校, 海慧幼儿园|宋家山分园).
_CAMPUS_ENDINGS = ("院区", "校区", *BRANCH_ENDINGS)


def campus_into_its_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A campus or branch named right after its body, read as a place or body of its own, is part of the body, one ORG
    (张国清先后来到北京大学第一医院|密云院区 (LOC): CCTV news), as a department after its body is (LABELS.md's ORG is
    the named body; 密云院区 alone names no place)."""
    def join_end(before: Entity, entity: Entity) -> int | None:
        return entity.end if (before.type == "ORG" and entity.type in ("LOC", "ORG") and before.end == entity.start
                              and entity.text.endswith(_CAMPUS_ENDINGS) and len(entity.text) > 2) else None
    return joined_to_the_span_before(entities, text, join_end)


def unique_body_read_on_into_a_word(entity: Entity, text: str) -> Entity:
    """A national, international or foreign body, or a company, read on into the words after it and stopping inside a
    word, cut back to the body (国家防总|派工作|组赴黑龙江 → 国家防总: a CCTV headline; the rest ends like no body)."""
    if entity.type != "ORG":
        return entity
    body = next((b for b in _BODIES_READ_IN_PART.get(entity.text[:1], ()) if len(b) >= 3 and entity.text.startswith(b)),
                None)
    if (body is None or body == entity.text or word_at(text, entity.end - 1)[1] <= entity.end
            or text[entity.end - 1] == text[entity.end : entity.end + 1]  # 中央政策研究室政治组|组长: a department
            or ends_like_unit_or_body(entity.text[len(body):]) or not word_starts_at(text, entity.start + len(body))):
        return entity
    return Entity(entity.start, entity.start + len(body), "ORG", body)


#: The rest of a team of Party members named after a person or place, after the 共产党 a body read stopped at
#: (黎明共产党|员服务队: 员 and the team's word).
_PARTY_MEMBERS_TEAM_REST = re.compile(r"员[\u4e00-\u9fff]{0,4}?(?:志愿服务队|服务队|先锋队|突击队|服务站|工作室)")


def party_members_team_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A body that stops at 共产党 where the text goes on with 员 and a team's word is the team of Party members, one ORG
    (张黎明还是|黎明共产党|员服务队的队长 → 黎明共产党员服务队: CCTV news; 共产党员 is "Party member", so the span stopped
    inside a word), where no other span stands on the rest."""
    result = []
    for entity in entities:
        rest = _PARTY_MEMBERS_TEAM_REST.match(text, entity.end) if entity.type == "ORG" and entity.text.endswith("共产党") else None
        if rest is not None and len(entity.text) > 3 and not overlaps_any(entities, entity.end, rest.end()):
            entity = Entity(entity.start, rest.end(), "ORG", text[entity.start : rest.end()])
        result.append(entity)
    return result


#: What joins a body to the one it runs (浙江大学医学院|附属|邵逸夫医院).
_AFFILIATED = "附属"


#: The words a paper is named with after its place (衢州日报, 钱江晚报, 浙江商报).
_PAPER_WORDS = ("日报", "晚报", "早报", "晨报", "商报", "都市报")
#: A medium's name: a paper, a portal, a station or a county's media centre (台州日报, 浙江在线, 衢州新闻网, 龙游县融媒体中心).
_MEDIUM_NAME = (rf"[\u4e00-\u9fff]{{2,10}}?(?:{'|'.join(_PAPER_WORDS)}|时报|新闻网|在线|网|广播电视台|电视台|融媒体中心"
                r"|客户端|报)")
#: Where a medium is named in a page's furniture: a dateline at a line's start (台州日报讯), a source line (来源：浙江在线).
_MEDIUM_OF_A_DATELINE = re.compile(rf"(?m)^[ \t　]*({_MEDIUM_NAME})讯")
#: The paper's or station's own dateline (本报讯, 本台讯, 本刊讯), which names no medium.
_OWN_MEDIUM = ("本报", "本台", "本刊")
_MEDIUM_OF_A_SOURCE_LINE = re.compile(rf"(?:来源|稿源|转自)[：:][ \t　]*({_MEDIUM_NAME})"
                                      r"(?=[ \t　]*(?:$|\n|[，。；）)]|记者|作者|通讯员|编辑))")  # (…客户端 记者 陈栋)


#: A party committee's working committee of a kind, written after its place or committee (两新工委, 机关工委, 教育工委).
_WORKING_COMMITTEE = re.compile(r"(?:两新|非公|直属机关|机关|教育|企业|国资|金融|卫生|社会)工委")


def working_committee_into_its_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A working committee of a kind left untagged after its place's party committee or its place goes into that
    span, one ORG (常山县委|两新工委 → 常山县委两新工委: local-news style), also where the post after it took 工委
    (昆山市委|两新|工委书记 → 昆山市委两新工委 + 书记): the written labels tag 昆山市委两新工委, 东阳市委教育工委 and
    鼓楼区直机关工委 whole. A street's 党工委 is no kind of it and stays in its post (祥符街道|党工委书记)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        committee = _WORKING_COMMITTEE.match(text, entity.end) if entity.type in ("ORG", "LOC") else None
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        overlapped = committee is not None and following is not None and following.start < committee.end()
        if committee is None or (overlapped and not (following.type == "TITLE" and following.end > committee.end()
                                                     and following.start >= entity.end)):
            result.append(entity)
            continue
        if overlapped:  # the post took the committee's end (两新|工委书记): it keeps what follows the committee
            ordered[index + 1] = Entity(committee.end(), following.end, "TITLE", text[committee.end() : following.end])
        result.append(Entity(entity.start, committee.end(), "ORG", text[entity.start : committee.end()]))
    return result


#: The word of a paper named by its place (衢州日报, 丽水日报, 安徽日报).
_PAPER_WORD = re.compile("|".join(_PAPER_WORDS))
#: The paper's office or website, part of its name (丽水日报社, 中国日报网: CLUENER).
_PAPER_OFFICE_OR_SITE = ("社", "网")
#: How long the place before a paper's word may be (衢州, 黑龙江, 内蒙古自治区).
_PAPER_PLACE_CHARS = range(6, 1, -1)


def _paper_named_by_its_place(word: re.Match[str], text: str) -> tuple[int, int] | None:
    """Where the paper whose word ``word`` is starts and ends, its longest place name before the word that jieba or
    the lists know, with its office or website after it (丽水日报社, 中国日报网), or ``None``; not inside a 《》 title
    (:func:`paper_named_alone` reads those)."""
    start = next((word.start() - size for size in _PAPER_PLACE_CHARS if size <= word.start()
                  and is_place_name_or_state(text[word.start() - size : word.start()])), None)
    if start is None or text[start - 1 : start] == "《":
        return None
    return start, word.end() + (text[word.end() : word.end() + 1] in _PAPER_OFFICE_OR_SITE)


#: The flood control headquarters by its short name (防指: 防汛防台抗旱指挥部), maybe with its office, right after its
#: place (常山县|防指, 温州市|防指办公室; not 防指挥…).
_FLOOD_HEADQUARTERS_AFTER_ITS_PLACE = re.compile(r"防指(?:办公室|办)?(?!挥)")


def flood_headquarters_named_by_its_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a place and the flood control headquarters named after it, with its office, as one ORG where the tagger
    read the place alone (常山县 (LOC)|防指发布通知, 温州市 (ORG)|防指办公室: local news of the flood season), as the
    written labels tag 永嘉县防汛防台抗旱指挥部 and 英德市三防指挥部办公室 whole (LABELS.md: a place plus a body is one
    ORG). The place must end in its unit; a bare level's (县防指) stays no entity."""
    headquarters = (Entity(entity.start, found.end(), "ORG", text[entity.start : found.end()]) for entity in entities
                    if entity.type in ("LOC", "ORG") and UNIT_END.search(entity.text)
                    and (found := _FLOOD_HEADQUARTERS_AFTER_ITS_PLACE.match(text, entity.end)) is not None)
    return names_tagged_whole(entities, headquarters)


def alliance_station_named_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the county station of a paper's media alliance as one ORG, a medium (记者 王丽 共享联盟·常山站 徐聪: Zhejiang
    Daily's bylines, read as 联盟 (ORG) + ·常山站 (LOC)); LABELS.md tags media names, also in bylines. Spans inside go
    into it; one that runs out of it leaves it as read."""
    return names_tagged_whole(entities, (Entity(*station.span(), "ORG", station.group())
                                         for station in ALLIANCE_STATION.finditer(text)))


def paper_named_by_its_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a paper named by its place, one ORG, where the tagger read a piece of it or nothing (衢 (ORG)|州日报记者 毛慧,
    据|衢州日报|报道, 丽水 (LOC)|日报全媒体记者: local-news bylines and reports): LABELS.md tags media names as ORGs,
    and MSRA tags the bare 安徽日报 of a byline whole. Only a name jieba or the lists know as a place's before the
    paper's word; spans inside go into it, one that runs out of it leaves it as read (丽水日报社)."""
    papers = [paper for word in _PAPER_WORD.finditer(text) if (paper := _paper_named_by_its_place(word, text)) is not None]
    return names_tagged_whole(entities, (Entity(start, end, "ORG", text[start:end]) for start, end in papers))


def untagged_medium_of_a_dateline_or_source(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the medium a dateline or source line names, whole, as an ORG (台州日报|讯 近日…, 来源：|浙江| (LOC)在线: local-news
    page furniture, left untagged or read as its place): LABELS.md tags media names, also in datelines and 来源 lines.
    Spans inside the name go into it; one that runs out of it leaves the name as read. 本报讯 names no medium, also
    after a headline run into it (北京图书大厦开业本报讯: People's Daily)."""
    # not a headline run into the paper's own dateline (北京图书大厦开业本报讯…: People's Daily)
    return names_tagged_whole(entities, (Entity(*found.span(1), "ORG", found.group(1))
                                         for line in (_MEDIUM_OF_A_DATELINE, _MEDIUM_OF_A_SOURCE_LINE)
                                         for found in line.finditer(text) if not found.group(1).endswith(_OWN_MEDIUM)))


#: A zone whose last character 区 the tagger may read as a level word opening the zone's committee (集聚|区管委会).
_ZONE_WORDS = ("集聚区", "开发区", "高新区", "园区", "新区", "试验区", "实验区", "示范区", "合作区", "保税区", "功能区", "产业区",
               "度假区", "风景区", "景区", "自贸区")
_ZONE_COMMITTEE = re.compile(r"区(?:管委会|管理委员会|党工委|管理局|管理处)")
#: The most characters the tagger leaves untagged between the zone's name and its committee (浙江衢州绿色产业|集聚|区管委会).
_ZONE_GAP = 4


def zone_committee_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a zone's name and its committee one ORG where the tagger read them apart at the zone's 区 (浙江衢州绿色产业
    (ORG)|集聚|区管委会 (ORG)|副主任: local news), so the committee is no level's (区管委会副主任 as 县委副书记) and the
    post after it is the post alone, as the tagger reads 龙游经济开发区管委会 + 副主任. Only where a place or body ends
    at most four characters of plain text before the zone word ends in that 区."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    for index, committee in enumerate(ordered):
        found = _ZONE_COMMITTEE.match(committee.text) if committee.type == "ORG" else None
        zone = next((z for z in _ZONE_WORDS if text.endswith(z[:-1], 0, committee.start)), None) if found else None
        if zone is None or index == 0:
            continue
        name = ordered[index - 1]
        zone_start = committee.start - len(zone) + 1
        gap = text[name.end : zone_start]
        if name.type not in ("ORG", "LOC") or name.end > zone_start or len(gap) > _ZONE_GAP or not all(map(is_cjk, gap)):
            continue
        end = committee.start + found.end()
        whole = Entity(name.start, end, "ORG", text[name.start : end])
        rest = [Entity(end, committee.end, committee.type, committee.text[found.end() :])] if end < committee.end else []
        return zone_committee_made_whole([*ordered[: index - 1], whole, *rest, *ordered[index + 1 :]], text)
    return ordered


#: A government or committee, whose office may follow it (衢州市人民政府|办公室, 开化县委|办公室).
_BODY_WITH_AN_OFFICE = re.compile(r"(?:人民政府|政府|[省市州县区]委|人大常委会|政协)$")


def office_of_a_named_body_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a government or committee named by its place and the office right after it, left untagged, one ORG
    (衢州市人民政府|办公室|印发, 开化县委|办公室|主任: local news), as MSRA tags 宝安区委办公室 and CLUENER
    天柱县政府办公室 whole: the office is a body of its own, and its head's post is the office's."""
    return names_tagged_whole(entities, (
        Entity(body.start, body.end + 3, "ORG", text[body.start : body.end + 3]) for body in entities
        if body.type == "ORG" and _BODY_WITH_AN_OFFICE.search(body.text) and not BARE_BODY_WORD.match(body.text)
        and text[body.end : body.end + 3] in _OFFICE_WORDS))


#: A substation named between its voltage and its word (110千伏|峡川变电站, ±800千伏特高压|天山换流站): local news of the
#: grid; what stands there may be a kind, no name (新建, 枢纽, 牵引, 及以上: CCTV news).
_SUBSTATION_AFTER_ITS_VOLTAGE = re.compile(r"(?<=[0-9０-９](?:千伏|kV|KV))(?:特高压)?([\u4e00-\u9fff]{2,4}?(?:变电站|变电所|开关站|换流站))")
_KINDS_OF_SUBSTATION = ("新建", "在建", "扩建", "改建", "受损", "牵引", "枢纽", "智能", "户外", "户内", "全户内", "半户内", "数字",
                        "无人", "及以", "特高", "终端", "开关", "配套", "重载", "城区", "周边", "输变", "用户", "临时", "移动", "变电")
_COUNTING_OPENINGS = "该这那各每一二两三四五六七八九十几多座个"


def substation_named_after_its_voltage(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a substation named between its voltage and its word as one ORG (对110千伏|峡川变电站|开展巡检, 220千伏柯城变电站
    增容改造: local news of the grid, left untagged, where the tagger reads 500千伏丽西变电站 whole), as the written labels
    tag 梅源水电站 and MSRA 大吴变电站. Not a kind or count in its place (新建110千伏变电站, 110千伏及以上变电站); spans inside
    go into it, one running out of it leaves it as read."""
    return names_tagged_whole(entities, (
        Entity(*found.span(1), "ORG", found.group(1)) for found in _SUBSTATION_AFTER_ITS_VOLTAGE.finditer(text)
        if not found.group(1).startswith(_KINDS_OF_SUBSTATION) and found.group(1)[0] not in _COUNTING_OPENINGS
        and word_starts_at(text, found.start(1))))


#: Trades a company is named by where it has no name of its own (公交公司, 供电公司, 物业公司: LABELS.md's bare body types).
TRADES_OF_A_BARE_COMPANY = frozenset({
    "公交", "供电", "电力", "电网", "保险", "建筑", "物业", "燃气", "水务", "自来水", "快递", "旅游", "文旅", "劳务", "运营",
    "城投", "强村", "施工", "平台", "国有", "出租车", "客运", "物流", "担保", "房地产", "地产", "保安", "环卫", "绿化", "监理",
    "装修", "家政", "租赁", "投资", "外卖"})
_COMPANY = "公司"
#: Verbs of asking another body to act that jieba tags as nouns (联系, 委托, 指导, 会同: 镇里联系|供电公司).
_VERBS_JIEBA_READS_AS_NOUNS = frozenset({"联系", "委托", "指导", "会同"})
#: A level's authorities, the subject of a sentence (镇里联系供电公司, 县里协调): no place's name.
_LEVEL_AUTHORITIES = re.compile(r"[省市县区镇乡村]里")


def is_company_named_by_its_trade(entity: Entity, text: str) -> bool:
    """Whether an ORG is a company named by its trade alone (公交公司, 供电公司: bare body types, LABELS.md), also after
    a subject and a verb it took in (新区协调|公交公司: a written dev article; 镇里联系|供电公司: local-news style), where
    the words before the trade end in a verb of jieba's and name no place. MSRA and CLUENER tag a bare 保险公司 or
    公交公司 four times; the written labels none. A company named by its place or trade name stays (杭州公交公司)."""
    if entity.type != "ORG" or not entity.text.endswith(_COMPANY) or text[entity.start - 1 : entity.start] == "“":
        return False  # a quoted name is a name (设立“下岗职工再就业担保公司”: MSRA)
    head = entity.text[: -len(_COMPANY)]
    trade = next((t for t in TRADES_OF_A_BARE_COMPANY if head.endswith(t)), None)
    if trade is None:
        return False
    if head == trade:
        return True
    words = whole_words(text, entity.start, entity.start + len(head) - len(trade))
    return (words is not None and (is_verb(words[-1]) or words[-1] in _VERBS_JIEBA_READS_AS_NOUNS)
            and not any(map(_names_a_place, words[:-1])))


def _names_a_place(word: str) -> bool:
    """Whether a word of jieba's names a place of its own: not a generic one (新区) nor a level's authorities (镇里)."""
    if word in GENERIC_WORDS or _LEVEL_AUTHORITIES.fullmatch(word):
        return False
    return is_place_name_or_state(word) or (len(word) >= 3 and bool(UNIT_END.search(word)))


#: The body words of a group's branch written after its region (中国电建华东院, 中国铁建大桥局, 中国电建浙江公司).
_BRANCH_BODY_WORD = re.compile(r"(?:分公司|公司|院|局)")


def branch_of_a_group_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A group tagged by its short name, the region of its branch read as a place right after it, and the branch's
    body word after that are one ORG, the branch (中国电建|华东|院负责施工 → 中国电建华东院: a local-news sentence written for
    the genre; 中国电建浙江公司). Only after a company of :data:`COMPANIES` and a place of four characters or fewer; a
    place with no body word after it stays a place (中国能建|在|浙江)."""
    def join_end(group: Entity, entity: Entity) -> int | None:
        word = _BRANCH_BODY_WORD.match(text, entity.end) if entity.type == "LOC" and len(entity.text) <= 4 else None
        return (word.end() if word is not None and group.type == "ORG" and group.text in COMPANIES
                and group.end == entity.start else None)
    return joined_to_the_span_before(entities, text, join_end)


def affiliated_body_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A body and the one affiliated to it, tagged apart across 附属, are one ORG (浙江大学医学院|附属|邵逸夫医院: a
    local-news sentence written for the genre, read as two bodies): every gold span of MSRA, CLUENER and the written
    labels that meets 附属 holds it (首都医科大学附属北京友谊医院), and none stands between two."""
    def join_end(before: Entity, entity: Entity) -> int | None:
        return (entity.end if before.type == "ORG" and entity.type == "ORG" and text[before.end : entity.start] == _AFFILIATED
                else None)
    return joined_to_the_span_before(entities, text, join_end)


#: A federation's word, which opens 联合会商 (jointly consult) after a body (中国气象局|联合会|商).
_FEDERATION = "联合会"


def joint_consultation_off_a_body(entity: Entity, text: str) -> Entity:
    """Cut 联合会 off a body read on into 联合会商 (jointly consult): 应急管理部会同|中国气象局联合会|商 → 中国气象局 (CCTV
    news); no gold body of the corpora stands before 商 so."""
    if entity.type != "ORG" or not entity.text.endswith(_FEDERATION) or not text.startswith("商", entity.end):
        return entity
    body = entity.text[: -len(_FEDERATION)]
    return Entity(entity.start, entity.start + len(body), "ORG", body) if len(body) >= 2 else entity


def is_character_closing_the_word_before(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether a body of one character closes a word of jieba's that opens before it, right before another body the
    first merge would join it to: 要不断提|高 (ORG)|人大 (ORG)|工作质量 → 高人大 (CCTV news). The one-character bodies
    of MSRA inside a word (入盟, 国共合作) stand before no body. Not a state's or place's abbreviation, which jieba may
    read into the word before (这|一中|柬命运共同体: 中 of 中柬)."""
    if (entity.type != "ORG" or len(entity.text) != 1 or word_at(text, entity.start)[0] >= entity.start
            or entity.text in STATE_ABBREVIATIONS or entity.text in PLACE_ABBREVIATIONS):
        return False
    return any(other.type == "ORG" and other.start == entity.end for other in entities)


#: The words of acting jointly that stand between two bodies read as one (中央纪委国家监委机关会同教育部).
_JOINTLY = "会同"
#: The words a place or body read as one with the body after it stands before: 被 (by) and 会同 (jointly with).
_MARKERS_BETWEEN_NAMES = ("被", _JOINTLY)


def names_parted_at_by_or_jointly_with(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Part a place or body read across the passive marker 被 into the name before it and the body after it, where jieba
    reads 被 alone and both sides end like a unit or a body: 不久前，|博后村被文化和旅游部|、国家发展改革委评为… → 博后村 (LOC)
    + 文化和旅游部 (ORG) (CCTV news). No gold span of the corpora holds 被 so (东风被服厂 holds the word 被服). So too across
    会同 (jointly with), where jieba reads it whole: 中央纪委国家监委机关会同教育部 → 中央纪委国家监委机关 + 教育部."""
    result: list[Entity] = []
    for entity in entities:
        found = [(entity.text.find(m, 2), m) for m in _MARKERS_BETWEEN_NAMES] if entity.type in ("LOC", "ORG") else []
        at, marker = next(((at, m) for at, m in found if at > 0), (-1, ""))
        head, tail = entity.text[:at], entity.text[at + len(marker) :]
        marker_start = entity.start + at
        if (at < 0 or len(tail) < 2 or word_at(text, marker_start) != (marker_start, marker_start + len(marker))
                or not ends_like_a_body_or_organ(head) or not ends_like_unit_or_body(tail)):
            result.append(entity)
            continue
        result += [Entity(entity.start, entity.start + at, "LOC" if UNIT_END.search(head) else "ORG", head),
                   Entity(entity.start + at + len(marker), entity.end, "LOC" if UNIT_END.search(tail) else "ORG", tail)]
    return result


#: A body's organs, which end no word :func:`ends_like_unit_or_body` knows (中央纪委国家监委机关).
_ORGANS = ("机关",)


def ends_like_a_body_or_organ(name: str) -> bool:
    """Whether ``name`` ends like a unit, a body or a body's organs (中央纪委国家监委机关)."""
    return ends_like_unit_or_body(name) or name.endswith(_ORGANS)


def jointly_off_a_body(entity: Entity, text: str) -> Entity:
    """Cut the 会 of 会同 (jointly with) off a body read into it: 日前，|中央纪委国家监委机关会|同教育部 → 中央纪委国家监委
    机关 (CCTV news), where jieba reads 会同 whole; not 委员会|同时 (MSRA's bodies before 同时 end in their own 会)."""
    if (entity.type == "ORG" and entity.text.endswith("会") and text.startswith("同", entity.end)
            and word_at(text, entity.end - 1) == (entity.end - 1, entity.end + 1)
            and ends_like_a_body_or_organ(entity.text[:-1])):
        return Entity(entity.start, entity.end - 1, "ORG", entity.text[:-1])
    return entity


#: A committee's word a body may stop one character short of, before its 会 (美国国际贸易委员|会, 留村居委|会).
_COMMITTEE_WORDS_SHORT_OF_HUI = ("委员", "居委", "村委")


def committee_word_given_its_hui(entity: Entity, text: str) -> Entity:
    """Give a body stopping one character short of its committee's word the 会 after it: 美国国际贸易委员|会, 石家庄桥东区
    留村居委|会, 嘎旦村村委|会 (CCTV news); the written labels tag 白合村村委会 whole."""
    if (entity.type == "ORG" and entity.text.endswith(_COMMITTEE_WORDS_SHORT_OF_HUI)
            and text.startswith("会", entity.end)):
        return Entity(entity.start, entity.end + 1, "ORG", entity.text + "会")
    return entity

