"""Rules that fix where a span of any type starts and ends: punctuation, quotes, brackets, whitespace and clause
marks; numerals, dates and counts; verbs, prepositions and function characters read into a name; a name cut inside a
dictionary word or completed to it. And tests for spans that name nothing: a machine's or a spacecraft's name, a
work's title, a document's number, an idiom, a figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from zhpolicy.data.bylines import TRANSLITERATION_CHARS
from zhpolicy.data.countries import (
    COUNTRIES,
    PROVINCES,
)
from zhpolicy.data.national_bodies import NATIONAL_BODIES
from zhpolicy.data.records import Entity

from ..officials import (
    APPOINTING_VERBS,
    PERSONAL_NOTE,
)
from ..word_features import (
    is_known_word,
    is_noun_word,
    is_place_word,
    word_at,
    word_frequency,
    word_starts_at,
    word_tag,
)
from .common import (
    ADMIN_UNIT_ENDINGS,
    BOOK_TITLE,
    CHINESE_NUMERALS,
    CITIES,
    COUNTRIES_AND_PROVINCES,
    DIRECTION_AREA_WORDS,
    DIRECTIONS,
    ENDS_A_NAME,
    FEATURE_ENDINGS,
    GENERIC_PLACE_OPENINGS,
    GENERIC_WORDS,
    HAS_A_UNIT,
    JOINERS_BEFORE_A_NAME,
    LEADERS_POSTS_LONGEST_FIRST,
    LONG_GENERIC_WORDS,
    LONGEST_TERM,
    NAME_DOTS,
    NAME_ENDINGS,
    NAME_FOLLOWING_WORDS,
    ORG_ENDINGS,
    PLACE_ABBREVIATIONS,
    PLACE_FEATURE_CHARACTERS,
    POWER_STATION_ENDINGS,
    PREDICATE,
    PREPOSITIONS_BEFORE_A_NAME,
    SHORT_QUOTATION,
    SPEAKERS_ZUO,
    STATE_ABBREVIATIONS,
    TERM_WITH_NO_NAME_INSIDE,
    UNIQUE_BODIES,
    UNIT_END,
    bare_place_as_place,
    common_single_surname,
    end_of_a_named_venue,
    ends_like_a_name,
    ends_like_unit_or_body,
    is_cjk,
    is_place_name,
    is_place_name_or_state,
    is_place_named_alone,
    is_place_or_city,
    is_province_and_city,
    is_province_city_or_state,
    is_venue_word,
    last_character_opens_next_word,
    longest_name_before,
    opening_province,
    opens_a_word_past,
    overlaps_another,
    overlaps_any,
    reads_as_places,
    runs_into_a_common_word,
)


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
def name_parted_at_a_joiner_but_tagged_whole_elsewhere(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Two spans parted by one joiner (和, 与, 及) that the text tags as one name elsewhere are that name: 浙江|和|茂盛袜业有限公司
    beside 浙江和茂盛袜业有限公司 (CCTV news: a company whose name holds 和, read as a place and a company at its first
    mention); the name's type is the whole mention's."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    whole = {e.text: e.type for e in ordered if e.type in ("LOC", "ORG") and any(j in e.text for j in "和与及")}
    if not whole:
        return ordered
    result: list[Entity] = []
    skip = False
    for first, second in zip(ordered, [*ordered[1:], None]):
        if skip:
            skip = False
            continue
        if (second is not None and second.start == first.end + 1 and text[first.end] in "和与及"
                and text[first.start : second.end] in whole):
            result.append(Entity(first.start, second.end, whole[text[first.start : second.end]], text[first.start : second.end]))
            skip = True
            continue
        result.append(first)
    return result


#: A company's group written in brackets inside its name and the company word after it (中国人寿保险|（集团）公司,
#: 太原钢铁（集团）有限公司, 中国远洋运输（集团）总公司).
_GROUP_IN_BRACKETS = re.compile(r"[（(]集团[)）](?:股份有限公司|有限责任公司|有限公司|总公司|公司)")


def company_named_with_its_group_in_brackets(entity: Entity, text: str) -> Entity:
    """A company read up to the bracketed （集团） in its name is given the rest (中国人寿保险|（集团）公司 → 中国人寿保险（集团）公司:
    CCTV news); every gold body of the corpora that holds such brackets holds them whole (12 of 12)."""
    rest = _GROUP_IN_BRACKETS.match(text, entity.end) if entity.type == "ORG" else None
    return Entity(entity.start, rest.end(), "ORG", text[entity.start : rest.end()]) if rest else entity


_LONG_GENERIC_WORDS = tuple(LONG_GENERIC_WORDS)  # for str.startswith
#: A year, a date or a document's number read as a name (1986年|上海市化工局…, 国务院令|第707号): no entity.
_DATE_OR_NUMBER_ONLY = re.compile(r"^(?:第?[0-9０-９一二三四五六七八九十百〇零]+(?:年|月|日|年代|号|届)[和、]?)+$")  # also a list: 八十五号和八十六号; a session alone: 、十六届、
#: A floor or a count of ministries read as a name (住在|四楼, 十八部委|联合印发): no name.
_FLOOR_OR_MINISTRIES_ONLY = re.compile(r"^[一二三四五六七八九十两几]+(?:楼|部委)$")
#: An amount read as a name (450元, 14384件, a headline's 32502亿美元, 共计384181辆: a figure and its measure word or
#: currency): no name.
_AMOUNT_ONLY = re.compile(r"^(?:共计|共|约)?[0-9０-９.．]+[万亿]?(?:美元|欧元|日元|港元|英镑|[元件个人次户套吨亩米辆])$"  # not 台: MSRA's TV channel ５台
                          r"|^[万亿]元钱?$|^元钱$")  # the money's word after its figure: 奖励他1|万元钱 (CCTV news)
_NUMERALS_ONLY = re.compile(rf"^(?!八一$|一一[〇○零]$)[{CHINESE_NUMERALS}]+$")
#: A party congress (十八大, 党的二十大, 中共二十大) is an event, and LABELS.md tags nothing inside event names; MSRA and
#: People's Daily tag 十五大 an ORG. A body named after it stays (十九大新闻中心, 二十大广西代表团).
_PARTY_CONGRESS = re.compile(r"^(?:中共|党的)?[一二三四五六七八九十]{1,3}大$")


#: Verbs whose object is a place, which the tagger reads into it (惠及|乐清市, 覆盖|龙泉市); jieba's dictionary tags
#: some of them as places (惠及, ns), and places are named with other verbs (解放东路社区), so they are listed.
PLACE_OBJECT_VERBS = ("惠及", "覆盖", "辐射", "带动", "途经", "位于", "来到", "走进", "走访", "前往", "抵达", "遍及",
                      "落户", "帮扶", "援建", "驰援", "奔赴", "赶赴", "回到", "返回", "离开", "连通", "联通",
                      # following, visiting, moving to and bordering (复制|十八洞村的成功经验: CCTV news; no gold place or
                      # body of the corpora opens with one and a named place after it)
                      "复制", "借鉴", "参照", "对标", "考察", "调研", "深入", "扎根", "对接", "走遍", "到访", "访问", "视察",
                      "慰问", "参观", "入驻", "进驻", "迁往", "迁至", "运往", "运抵", "飞抵", "飞往", "开往", "通往", "毗邻",
                      "紧邻", "邻近", "接壤", "支援", "对口")


#: Kinds of place, generic words that name no place (:func:`~.common.is_generic`), that a verb of going or staying is
#: read into (扎根|山村).
_KINDS_OF_PLACE = ("山村", "乡村", "农村", "山区", "基层", "城乡", "城市", "城镇", "村庄")


def cut_leading_verb(entity: Entity) -> Entity:
    """Cut a verb the tagger read into the start of a place off it: 惠及|乐清市南岳镇, 覆盖|龙泉市; also a common noun
    that stands before the name (老区|横坎头村: :data:`GENERIC_PLACE_OPENINGS`, from CCTV news); a verb before a
    generic place word leaves the word, which names nothing (扎根|山村: local news).

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
    if verb in PLACE_OBJECT_VERBS and rest in _KINDS_OF_PLACE:
        return Entity(entity.start + len(verb), entity.end, "LOC", rest)  # 扎根|山村: a generic word, dropped as such
    unit = UNIT_END.search(rest)
    if not unit or unit.start() < 2:
        return entity
    if verb in DIRECTIONS and not (is_place_word(rest) or is_place_word(rest[: unit.start()])):
        return entity  # a direction names a place of its own, too (南部联邦区)
    return Entity(entity.start + len(verb), entity.end, "LOC", rest)


#: 现 (now), 原 and 前 (former), 现任, 曾任 and 时任 before a level body's name: 现|市人大常委会, 原|县委.
_NOW_OR_FORMER_BEFORE_A_LEVEL = re.compile(r"(?:现任|曾任|时任|现|原|前)(?=[省市县区镇乡])")


def now_or_former_off_a_body(entity: Entity) -> Entity:
    """Cut 现 (now), 原 or 前 (former), 现任, 曾任 or 时任 off a body or place it opens before a level word (原县委书记、
    现|市人大常委会|副主任周德明: a local-news sentence written for the genre, read as 现市人大常委会): the word qualifies the
    post, as the officials read it (:data:`officials.FORMER`), and the level body left is read with its post. No gold
    place or body of the corpora opens so; names that open with the characters (原平市, 前郭县) have no level word next."""
    found = _NOW_OR_FORMER_BEFORE_A_LEVEL.match(entity.text) if entity.type in ("LOC", "ORG") else None
    if found is None or len(entity.text) - found.end() < 2:
        return entity
    return Entity(entity.start + found.end(), entity.end, entity.type, entity.text[found.end() :])


#: The native-place marker after a place (衢州|籍|运动员: a native of 衢州).
NATIVE_PLACE_MARKER = "籍"


def native_place_marker_off_a_post(entity: Entity) -> list[Entity]:
    """Drop 籍 (native of) read as a post after a place, or cut it off the post it opens (衢州|籍|运动员, 江山|籍企业家:
    local news), before the merge would make it part of the role after it (籍运动员) and the person an official; no gold
    span of the corpora is or opens with 籍 but names (籍贯 is no post)."""
    if entity.type != "TITLE" or not entity.text.startswith(NATIVE_PLACE_MARKER):
        return [entity]
    if len(entity.text) == 1:
        return []
    return [Entity(entity.start + 1, entity.end, entity.type, entity.text[1:])]


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
        named = (is_place_word(rest) or rest in COUNTRIES_AND_PROVINCES or (set(rest) <= PLACE_ABBREVIATIONS
                 and (len(rest) >= 2 or text.startswith("方", entity.end))))
    return Entity(end, entity.end, entity.type, rest) if named else entity


def preposition_off_name(entity: Entity, text: str) -> Entity:
    """Cut a preposition or conjunction off the start of a place or body where jieba reads it as a word of its own
    and the rest opens with a place or body of its dictionary of two characters or more, or is a national body:
    经|国务院同意, 以|美国承认耶路撒冷…, 与|中国书法家协会签署 (from CCTV news). A name that opens with such a
    character stays (同兴村, 以色列, 和田地区, 以岭药业: the rest opens with no dictionary place or body; 向城镇: with a
    generic word; a quoted name, MSRA's “对非洲经济贸易技术合作协调小组”). A transliterated name after it, right before a
    leader's post, is the leader (愿|同|姆南加古瓦 (LOC)|总统一道努力 → 姆南加古瓦, PER)."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 3 or entity.text[0] not in PREPOSITIONS_BEFORE_A_NAME:
        return entity
    if word_at(text, entity.start) != (entity.start, entity.start + 1) or text[entity.start - 1 : entity.start] in _QUOTE_PAIRS:
        return entity  # a quoted name opens with its own (“对非洲经济贸易技术合作协调小组”, MSRA)
    rest = entity.text[1:]
    if len(rest) >= 3 and set(rest) <= TRANSLITERATION_CHARS and text.startswith(LEADERS_POSTS_LONGEST_FIRST, entity.end):
        return Entity(entity.start + 1, entity.end, "PER", rest)  # 愿|同|姆南加古瓦|总统一道: a leader's name before his post
    start, end = word_at(text, entity.start + 1)
    opening = text[start:end] if start == entity.start + 1 and end - start >= 2 and end <= entity.end else ""
    if not (rest in NATIONAL_BODIES or is_place_word(opening) or word_tag(opening) == "nt") or opening in GENERIC_WORDS:
        return entity  # 向|城镇 is the town 向城镇 (the written labels)
    return Entity(entity.start + 1, entity.end, entity.type, rest)


#: Prepositions and joiners that stand before a person (习近平|向|…, 同|…会谈, 与|…通电话).
_BEFORE_A_PERSON = JOINERS_BEFORE_A_NAME | frozenset("向对给从致")
#: Dashes and dots that join the parts of a transliterated name (让—弗朗索瓦, 让-克洛德).
_DASHES_AND_DOTS = frozenset("—－-" + NAME_DOTS)


def preposition_off_a_dotted_name(entity: Entity) -> Entity:
    """Cut a preposition or conjunction off a person whose rest is a foreign name written with a dot (习近平|
    向劳拉·费尔南德斯 (PER)|致贺电: CCTV news, where the first merge then joined it to 习近平): no Chinese surname opens a
    name so written. Before the merge, as the tagger read it. Only the prepositions and joiners that stand before a
    person (向, 同, 与, 和, 对, 给, 跟, 从, 致, 及), and not before a dash: 让—弗朗索瓦·贝尔热 (MSRA) is Jean-François."""
    if (entity.type == "PER" and len(entity.text) >= 4 and entity.text[0] in _BEFORE_A_PERSON
            and set(NAME_DOTS) & set(entity.text[2:-1]) and entity.text[1] not in _DASHES_AND_DOTS):
        return Entity(entity.start + 1, entity.end, "PER", entity.text[1:])
    return entity


#: The posts a leader joined to another by 和 is named by right after the name, tagged or not (和|劳尔第一书记).
_LEADERS_POSTS_AFTER_A_JOINED_NAME = ("第一书记", *LEADERS_POSTS_LONGEST_FIRST)


def joiner_cut_off_a_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut a joiner (和, 与, 及, 同, 跟) that jieba reads alone off the start of a name read on from it, where a word
    stands right before it: 非正式会议|和|二十国集团, 京津冀周边|和|汾渭平原, 老挝党中央|和|本扬 (PER) (CCTV news).

    Only after a span or a noun of two characters or more (not 在|和兴街道, nor at a clause's start: 同江市), and a person
    keeps it (和 and 同 are surnames too: 局长|和志明说) unless the text tags the rest as a person elsewhere or a post
    follows where a span ends before (习近平总书记|和|阮富仲|总书记; also a leader's post or 第一书记 left untagged:
    习近平总书记|和|劳尔第一书记, CCTV news); between two posts so, a person loses the joiner even where jieba reads it
    into the name's word (习近平主席|和普京|总统: 和普京 is one word to jieba). A place or body the text tags without the
    joiner, as the same type, loses it wherever it stands (不用迁走，|和|潭门村一样 beside 潭门村, |同|海合会 beside 海合会:
    CCTV news).
    """
    ends = {entity.end for entity in entities}
    post_starts = {entity.start for entity in entities if entity.type == "TITLE"}
    people = {entity.text for entity in entities if entity.type == "PER"}
    places_and_bodies = {(entity.text, entity.type) for entity in entities if entity.type in ("LOC", "ORG")}
    result: list[Entity] = []
    for entity in entities:
        rest = entity.text[1:]
        if entity.text[0] in JOINERS_BEFORE_A_NAME and len(rest) >= 2 and (rest, entity.type) in places_and_bodies:
            result.append(Entity(entity.start + 1, entity.end, entity.type, rest))
            continue
        between_posts = entity.type == "PER" and entity.start in ends and (
            entity.end in post_starts or text.startswith(_LEADERS_POSTS_AFTER_A_JOINED_NAME, entity.end))
        if (entity.type in ("LOC", "ORG", "PER") and entity.text[0] in JOINERS_BEFORE_A_NAME and len(rest) >= 2
                and entity.start > 0 and (word_at(text, entity.start) == (entity.start, entity.start + 1) or between_posts)
                and _after_a_name_or_noun(entity.start, ends, text)
                and (entity.type != "PER" or rest in people or between_posts)):
            entity = Entity(entity.start + 1, entity.end, entity.type, rest)
        result.append(entity)
    return result


def joiner_off_a_name_before_the_next_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut a joiner (和, 与, 及) off the end of a person right after a post where another post and its holder follow it
    at once: 黑龙江省委书记|许勤和|省长|梁惠玲 → 许勤 (CCTV news, where the tagger read the 和 that joins the two officials
    into the first name). A name so placed reads post, name, post, name; one that ends in 和 itself (饶子和) stands
    elsewhere. Two characters or more are left."""
    result = list(entities)
    for index in range(1, len(result) - 2):
        before, person, post, holder = result[index - 1 : index + 3]
        if (person.type == "PER" and person.text[-1] in "和与及" and len(person.text) >= 3
                and before.type == "TITLE" and before.end == person.start
                and post.type == "TITLE" and post.start == person.end
                and holder.type == "PER" and holder.start == post.end):
            result[index] = Entity(person.start, person.end - 1, "PER", person.text[:-1])
    return result


def _after_a_name_or_noun(at: int, ends: set[int], text: str) -> bool:
    """Whether a span ends at ``at`` or a noun or place word of jieba's of two characters or more does (会议|和,
    周边|和; not a preposition: 在|和兴街道)."""
    start, end = word_at(text, at - 1)
    return at in ends or (end == at and end - start >= 2 and word_tag(text[start:end])[:1] in ("n", "f", "s"))


def first_character_of_next_word_off_name(entity: Entity, text: str) -> Entity:
    """Cut off a place's or body's last character where it opens the word after it and what is left is a country, a
    province, a place of jieba's or a nationally or internationally unique body: 湖南警|方 → 湖南, 欧盟外|交与安全政策,
    法国大|使, 爱琴海海|域, 北约盟|友 (CCTV news). Not a character that ends names (市, 县, 江, 街, 队, 会, 东 …: 沈阳市|区,
    枫桥江|边, MSRA's 斯洛伐克队|员 and 美国会|议员, 浙西南|山区), nor where what is left is a generic word (大国|协调)."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 3 or entity.text[-1] in ENDS_A_NAME:
        return entity
    start, end = word_at(text, entity.end - 1)
    rest = entity.text[:-1]
    if start != entity.end - 1 or end <= entity.end or rest in GENERIC_WORDS:
        return entity
    if rest in UNIQUE_BODIES:  # 北约, which jieba also lists as a place
        return Entity(entity.start, entity.end - 1, "ORG", rest)
    return Entity(entity.start, entity.end - 1, "LOC", rest) if is_place_name_or_state(rest) else entity


#: What ends a body a span was read short of, inside one word (黎巴嫩真|主党, 以色列国防|军, 武警部|队, 经济日|报); not a bare
#: 部, 处 or 队, which end common words too (东中西部, 和平共处) and a team CLUENER tags without its 队 (拜仁慕尼黑|队).
_BODY_WORD_ENDING = re.compile(r"(?:党|军|部队|仪仗队|日报|组织|会议|银行|公司|集团|委员会|局|厅|署)$")


#: Markets named by the places they trade in, which jieba reads as one word with them (沪深股市): the place stays.
_MARKETS_AFTER_A_PLACE = frozenset({"股市", "楼市", "车市", "两市", "股票", "大盘"})


def name_opening_a_longer_word(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Mend a place, body or person that is the opening of one word jieba reads on past its end, the span itself no
    word (CCTV news): the tagger stopped inside a name or read a common word's first characters as one.

    Where the word is a unit's or a body's name (香港特|别行政区, 非军|事区, 黎巴嫩真|主党, 中国国|民党, 武警部|队) or a
    transliteration (大马士|革, 扎波罗|热, 纳坦|兹), the span takes the whole word, if no other span stands there: a
    unit's is a LOC, a body's an ORG. Where the span opens with a state, province or place of jieba's that the rest
    of the word is no part of (俄罗斯卢|布, 中德关|系, 美国联|邦政府, 澳门特别行政区基|本法), it is cut to that place.
    Where the word is a common word, no name (众志|成城, 五谷丰|登, 外交人|员, 群众路|线), the span is dropped. Not a
    cup or match named after a person (尤伯|杯: MSRA tags 尤伯), nor an -ism (马克思列宁|主义), nor a word ending
    in 地区 or 高地 (MSRA tags 戈兰 of 戈兰高地), nor a city's 市 that opens 市民 (湖南长沙|市民: the residents' rule cut
    it off); the gold places, bodies and people of the corpora that open a longer
    word so are those and a few of CLUENER's (蔡康|永, 中国银|行).
    """
    mended: list[Entity] = []
    for entity in entities:
        start, end = word_at(text, entity.start)
        word = text[start:end]
        if (entity.type == "TITLE" or len(entity.text) < 2 or start != entity.start or end <= entity.end
                or not all(is_cjk(char) for char in word) or is_known_word(entity.text) or is_place_word(entity.text)
                or entity.text in COUNTRIES or word.endswith(("杯", "赛", "主义", "地区", "高地"))
                or entity.text[-1] in _SHORT_NAMES_IN_A_WORD  # 亚特兰大奥|运会, 中国京|剧: MSRA tags them so
                or word[len(entity.text):] in _MARKETS_AFTER_A_PLACE  # 沪深|股市 (MSRA train)
                or (word.endswith("市") and text.startswith("民", end))):  # 湖南长沙|市民: the citizens' 市, cut off before
            mended.append(entity)
            continue
        # a place the rest of the word, a word of its own, is no part of: 俄罗斯|卢布, not 大马|士革
        place = next((entity.text[:cut] for cut in range(len(entity.text) - 1, 1, -1)
                      if (is_place_name(entity.text[:cut]) or entity.text[:cut] in PROVINCES
                          or set(entity.text[:cut]) <= STATE_ABBREVIATIONS) and is_known_word(word[cut:])), "")
        unit = bool(UNIT_END.search(word)) or word.endswith(NAME_ENDINGS["LOC"])
        body = bool(_BODY_WORD_ENDING.search(word)) or word.endswith(NAME_ENDINGS["ORG"])
        if (unit or body) and entity.type != "PER" and not word.endswith("政府"):
            grown = Entity(entity.start, end, "LOC" if unit and not body else "ORG", word)
            mended.append(entity if overlaps_another(entities, entity, entity.end, end) else grown)
        elif place:
            mended.append(Entity(entity.start, entity.start + len(place), "LOC", place))
        elif set(word) <= TRANSLITERATION_CHARS:
            grown = Entity(entity.start, end, entity.type, word)
            mended.append(entity if overlaps_another(entities, entity, entity.end, end) else grown)
        elif word_tag(word)[:2] in ("ns", "nr", "nt"):
            mended.append(entity)  # a name of jieba's the tagger read part of (鸠山由纪|夫, 山西大|同), or a common word it tags so
        # else: a common word (众志|成城, 外交人|员): no name
    return mended


def cut_before_a_term(entity: Entity, text: str) -> Entity:
    """Cut a place or body read on into a noun of :data:`TERMS_WITH_NO_NAME_INSIDE` back to where the noun opens
    (钦州三娘湾|中华|白海豚, 厦门|中华|白海豚自然保护区: CCTV news, where the tagger reads the protected species' 中华 into
    the place before it; 梅州市平远县柚树河|幸福河|湖建设项目: written dev), where two characters or more are left; a name
    that holds a whole term inside stays (国务院南水北调办公室, 成都大熊猫繁育研究基地). A span that ends with a whole term is
    cut to the place before it (寄养|云南大熊猫 → 云南: CCTV news); where no place stands there (白色大熊猫, 海洋特色小镇)
    :func:`ends_in_a_whole_term` drops it at the end. No gold span of the corpora runs into or ends with such a noun."""
    if entity.type not in ("LOC", "ORG"):
        return entity
    for match in TERM_WITH_NO_NAME_INSIDE.finditer(text, entity.start, min(len(text), entity.end + LONGEST_TERM)):
        if entity.start + 2 <= match.start() < entity.end < match.end():
            return Entity(entity.start, match.start(), entity.type, text[entity.start : match.start()])
        if entity.start + 2 <= match.start() and match.end() == entity.end:
            place = text[entity.start : match.start()]
            if (is_place_name(place) or place in COUNTRIES_AND_PROVINCES
                    or reads_as_places(text, entity.start, match.start())):
                return Entity(entity.start, match.start(), "LOC", place)  # 云南|大熊猫
    return entity


def ends_in_a_whole_term(entity: Entity) -> bool:
    """Whether a place or body ends with a whole term of :data:`TERMS_WITH_NO_NAME_INSIDE` after two characters or more
    that :func:`cut_before_a_term` left whole, no place (白色|大熊猫, 大陆赠台|大熊猫, 海洋|特色小镇: CCTV news): it names
    nothing."""
    return entity.type in ("LOC", "ORG") and any(
        TERM_WITH_NO_NAME_INSIDE.fullmatch(entity.text, start) for start in range(2, len(entity.text) - 1))


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


#: The words of a volunteer's or service team after the quotation that names it (“红骑先锋”志愿服务队, “大棚电工”服务队,
#: “邻里守望”志愿队, “雪莲花”抢险救援服务队), and their starts where the tagger stops inside them (“银龄互助”志愿|服务队).
_VOLUNTEER_TEAM_WORDS = re.compile(r"(?:志愿者?|服务|先锋|突击|宣讲|巡逻|宣传|帮扶|抢险|救援|护河|巡河|护林|调解|应急)+队?")


def is_quoted_volunteer_team(entity: Entity) -> bool:
    """Whether a span opens with a whole quotation and goes on past it only into a volunteer's or service team's words
    (or their start): a team named by the quotation alone (“红骑先锋”志愿服务队, “大棚电工”服务队, “邻里守望”志愿队,
    “银龄互助”志愿|服务队), which the written labels leave untagged as a quoted programme's name (five times, never
    tagged), and so read on into another word (“银龄互助”志愿|者协会). A quotation and a kind of its own stays, as the
    corpora tag it (“美洲风暴”篮球队, “１２２”勘察队, “七三一”细菌部队, “艺术咖啡”酒吧), and so do a ship and its word
    (“旅行者”号, “辽宁舰”航母编队); no gold span of the corpora opens with a quotation before a volunteer's team."""
    name = entity.text
    close_at = name.find("”")
    if entity.type not in ("ORG", "LOC", "PER") or not name.startswith("“") or not 1 < close_at < len(name) - 1 or "“" in name[1:]:
        return False
    return bool(_VOLUNTEER_TEAM_WORDS.fullmatch(name[close_at + 1 :]))


def place_off_a_quoted_volunteer_team(entity: Entity) -> Entity:
    """Cut a span read from a place on into a volunteer's team named by a quotation back to the place (龙游县横山镇天池村|
    “银龄互助”志愿服务队|队长余美华: a county paragraph, read as one ORG): the team is no name
    (:func:`is_quoted_volunteer_team`; the written labels tag 宝塔区 alone before its “红色讲解员”队), and LABELS.md keeps
    quotation marks out of a span. Only where what stands before the quotation ends in a unit of a place."""
    open_at = entity.text.find("“")
    if entity.type != "ORG" or open_at < 2 or not UNIT_END.search(entity.text, 0, open_at):
        return entity
    team = Entity(entity.start + open_at, entity.end, entity.type, entity.text[open_at:])
    if not is_quoted_volunteer_team(team):
        return entity
    return Entity(entity.start, entity.start + open_at, "LOC", entity.text[:open_at])


def is_spacecraft_name(entity: Entity) -> bool:
    """Whether a span names a spacecraft, rocket or satellite of China's space programme, or its crew (神舟十八号,
    神舟十五号航天员乘组, 嫦娥六号, 祝融号, 北斗卫星, 长征五号: CCTV news, where the tagger reads them as bodies, places or
    people 60 times on the probes): products, which LABELS.md does not tag. The names that are words too (长征, the
    Long March; 北斗, the Plough) only with a number or a craft's word after them; no gold span of the corpora matches
    (MSRA's 长征出版社 is a body)."""
    return entity.type in ("ORG", "LOC", "PER") and bool(_SPACECRAFT.fullmatch(entity.text))


def is_quoted_numbered_product(entity: Entity, text: str) -> bool:
    """Whether a span is a quoted name ending in its number and 号, a product's, a variety's or a craft's (“衢橘1号”
    新品种, 由“华龙一号”…, a local paragraph and CCTV news), which LABELS.md does not tag: the whole of a short
    quotation (:data:`SHORT_QUOTATION`), quotation marks read in or not, with no street or building word before the
    number (a quoted address stays). MSRA tags its quoted satellites (“风云二号”, 5 in train), LABELS.md reads them as
    products."""
    name = entity.text.strip("“”")
    return (entity.type in ("ORG", "LOC", "PER") and bool(_NUMBERED_PRODUCT.fullmatch(name))
            and any(quote.group(1) == name
                    for quote in SHORT_QUOTATION.finditer(text, max(0, entity.start - 1), entity.end + 1)))


#: A short name, its number and 号, with no street, lane or building word in the name (“衢橘1号”, 华龙一号; not 长安街8号).
_NUMBERED_PRODUCT = re.compile(r"(?![^号]*(?:路|街|道|巷|胡同|弄|里|楼|大厦|村|区))[\u4e00-\u9fff]{1,6}"
                               r"[一二三四五六七八九十0-9０-９]+号")


def is_satellite_system_before_its_word(entity: Entity, text: str) -> bool:
    """Whether 北斗 (Beidou, China's satellite navigation system: a product) stands alone before its number or a word of
    the system (北斗|三号, 北斗|卫星导航系统, 北斗|组网: CCTV news, 14 times in 4,000 stories); :func:`is_spacecraft_name`
    takes it where the span holds them. No gold span of the corpora is 北斗."""
    return (entity.type in ("ORG", "LOC", "PER") and entity.text == "北斗"
            and bool(_AFTER_A_SATELLITE_SYSTEM.match(text, entity.end)))


_AFTER_A_SATELLITE_SYSTEM = re.compile(r"[一二三四五六七八九十0-9]*号|卫星|导航|系统|组网|星座|定位|全球")


#: A spacecraft's, rocket's or satellite's name, with its number and what the text calls it (神舟十八号航天员乘组).
_CRAFT_NUMBER = r"(?:[一二三四五六七八九十百零〇0-9]+号|号)"
_CRAFT_WORD = r"(?:航天员乘组|航天员|乘组|探测器|飞船|载人飞船|货运飞船|运载火箭|火箭|卫星|导航卫星|核心舱|实验舱|空间站|着陆器|巡视器|中继星)"
_SPACECRAFT = re.compile(rf"(?:神舟|嫦娥|天宫|天舟|天问|玉兔|祝融|鹊桥|问天|梦天|天和)(?:{_CRAFT_NUMBER})?(?:{_CRAFT_WORD})?"
                         rf"|(?:长征|北斗)(?:{_CRAFT_NUMBER}{_CRAFT_WORD}?|{_CRAFT_WORD})")
_RELATED_KINDS = frozenset("黄赌毒黑恐海农企网")


def is_related_to_a_kind_of_affairs(entity: Entity, text: str) -> bool:
    """Whether a span opens with 涉 and a kind of affairs, or with the kind right after 涉 where jieba reads the kind's
    character alone, a term and no name (涉海|部门, 涉|黄娱乐场所, 涉|黄酒店所在地派出所: CCTV news; MSRA tags nothing in
    涉黄内容; not 涉|黄河, wading the Yellow River)."""
    if len(entity.text) >= 2 and entity.text[0] == "涉" and entity.text[1] in _RELATED_KINDS:
        return True
    return (entity.start > 0 and text[entity.start - 1] == "涉" and entity.text[0] in _RELATED_KINDS
            and word_at(text, entity.start) == (entity.start, entity.start + 1))


#: What follows 民生 (the people's livelihood) where it names the field, not 民生银行: 民生|方面, 民生|实事, 民生|工程.
_LIVELIHOOD_FIELD_AFTER = re.compile(r"方面|领域|工程|实事|保障|福祉|事业|项目|短板|需求|问题|改善|建设|服务|支出|投入|温度|所需"
                                     r"|所盼|关切|难题|大事|小事|答卷|账本|清单")


def is_livelihood_field(entity: Entity, text: str) -> bool:
    """Whether a span is 民生, the people's livelihood, before a word that makes it the field (民生|方面，前三季度…: a
    written dev article, read as an ORG, CLUENER's short name of 民生银行, which it tags 10 times in lists of banks; the
    written text leaves 民生实事 and 民生工程 untagged 10 times)."""
    return entity.text == "民生" and bool(_LIVELIHOOD_FIELD_AFTER.match(text, entity.end))


def is_document_number_prefix(entity: Entity, text: str) -> bool:
    """Whether a span is the issuer's code of a document's number, right before its bracketed year (国办发〔1996〕25号,
    国科发高〔2018〕235号, 鄂政文〔2004〕15号 read as a person: gov.cn documents), not a body: one that ends like a body
    keeps its name (民航总局〔2006〕80号)."""
    return (entity.type in ("ORG", "LOC", "PER") and bool(_DOCUMENT_YEAR.match(text, entity.end))
            and not ORG_ENDINGS.search(entity.text))


#: The bracketed year of a document's number (〔2018〕).
_DOCUMENT_YEAR = re.compile(r"[〔\[［][0-9０-９]{4}[〕\]］]")


#: Kinds of work written right before a 《》 title (电视剧《火红年华》, 儿童剧, 动画电影《姜子牙》, 花鼓戏《齐白石》, 第七集《百川归海》)
#: or right after it (《大秦帝国》系列历史剧, 《中国诗词大会》第二季, 《黄河》钢琴协奏曲).
_WORK_KINDS_BEFORE_A_TITLE = re.compile(r"(?:剧|电影|影片|动画片|纪录片|专题片|宣传片|戏|小说|专栏|栏目|节目|歌曲|"
                                        r"协奏曲|交响曲|作品|画作|第[一二三四五六七八九十百\d]+集)$")
_WORK_KINDS_AFTER_A_TITLE = re.compile(r"(?:系列|栏目|节目|剧组|第[一二三四五六七八九十\d]+[季集]|[\u4e00-\u9fff]{0,2}协奏曲)")


def is_title_of_a_work(entity: Entity, text: str) -> bool:
    """Whether a place or person is the whole 《》 title of a work the text names as one: 电视剧《火红年华》, 花鼓戏《齐白石》,
    动画电影《姜子牙》, 《黄河》钢琴协奏曲 (CCTV news). LABELS.md tags nothing in the title of a work (a newspaper in 《》
    is a body: 《人民日报》 stays); MSRA and People's Daily tag such titles as the person or place they name (影片《花木兰》,
    长篇历史小说《李白》), which this reading leaves to them."""
    if entity.type not in ("LOC", "PER") or text[entity.start - 1 : entity.start] != "《" or text[entity.end : entity.end + 1] != "》":
        return False
    return bool(_WORK_KINDS_BEFORE_A_TITLE.search(text, max(0, entity.start - 9), entity.start - 1)
                or _WORK_KINDS_AFTER_A_TITLE.match(text, entity.end + 1))


#: The count and kind that close an elided list of places (桃林、安坝|两村, 石门、龙山|三镇).
_COUNT = "[两三四五六七八九十几]个?"
_COUNT_AND_KIND = rf"{_COUNT}(?:省|市|县|村|镇|乡|社区|街道)"
_LIST_COUNT_END = re.compile(rf"(?:{_COUNT_AND_KIND})+$")
#: A count of places standing alone (三省五县, 四省): no name; a village so numbered is one (七村, 八村).
_COUNT_OF_PLACES = re.compile(rf"^(?:{_COUNT_AND_KIND}){{2,}}$|^{_COUNT}(?:省|市|县)$")


def is_figure_only(name: str) -> bool:
    """Whether a span is a figure and what it counts, no name: a year, date or document number (1986年, 第707号), an
    amount (450元, also its word read apart from the figure: 1|万元钱), a count of places (三省五县) or of ministries (十八部委), a floor (四楼), numerals alone (十八、)
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


def split_names_at_joiner(entity: Entity, text: str) -> list[Entity]:
    """Split a place or body read across 同, 与, 和 or 及 into the two names it joins where jieba reads the joiner as a
    word of its own and each side stands alone (:func:`_stands_alone`): two places of jieba's, countries or provinces
    (加德满都|同|尼泊尔总理会谈, from CCTV news; 大同, 同江 and 南疆|和田县 stay), or two bodies, or a body and a place
    (中央广播电视总台|与|广东省签署…, 黑龙江|与|农业农村部签署…, 国家发展改革委|和|国家能源局联合出台…, 听取湖南省、资兴市|和|
    应急管理部…汇报: CCTV news), and two
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
                and not (left in UNIQUE_BODIES and right in UNIQUE_BODIES)):  # 联合国|和世卫|组织: jieba's 和世卫
            continue
        left_type, right_type = _stands_alone(left, opening=True), _stands_alone(right, opening=False)
        unit = UNIT_END.search(left)
        if entity.type == "LOC" and unit and len(left) >= 3 and len(right) >= 3 and right.endswith(unit.group()):
            left_type = right_type = "LOC"  # two units of one level: 日喀则市吉隆镇|和|樟木镇, 景昙社区|和|王马社区
        if len(left) >= 4 and left.endswith(_WHOLE_BODY_ENDINGS) and len(right) >= 3 and ORG_ENDINGS.search(right):
            left_type, right_type = left_type or "ORG", right_type or "ORG"  # 五芳斋公司|和|雅莹服装公司
        if unit and len(left) >= 3 and right in UNIQUE_BODIES:
            left_type = "LOC"  # a city and a ministry: 资兴市|和|应急管理部 (CCTV news; jieba knows no 资兴市)
        elif left_type == "LOC" and right_type == "ORG" and left not in COUNTRIES_AND_PROVINCES:
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
    if is_place_name_or_state(name):
        return "LOC"
    if name in UNIQUE_BODIES:
        return "ORG"
    if len(name) >= 3 and ORG_ENDINGS.search(name) and (opening or _opens_with_a_place_or_nation(name)):
        return "ORG"
    return None


def _opens_with_a_place_or_nation(name: str) -> bool:
    """Whether ``name`` opens with a national word (国家, 中国, 中央, 国际, 全国) or a place (美国疾控中心)."""
    return name.startswith(("国家", "中国", "中央", "国际", "全国")) or any(
        is_place_name_or_state(name[:end]) for end in range(2, len(name)))


def cut_dispatch(entity: Entity) -> Entity:
    """Cut the 电 of a dateline off a news agency: 据新华社电 → 新华社 (no gold ORG of the corpora ends in 社电)."""
    if entity.type != "ORG" or not entity.text.endswith("社电"):
        return entity
    return Entity(entity.start, entity.end - 1, "ORG", entity.text[:-1])
#: Endings the tagger may leave out whole, per type: an organization's body type (阳宇农机服务专业|合作社) and what a
#: polder's name ends with (鄱阳县乐丰|联圩, 华容县梅永固|垸).
WHOLE_NAME_ENDINGS = {
    "ORG": ("合作社", "联合会", "基金会", "研究院", "研究所", "公司", "集团", "协会", "学会", "商会", "中心", "农村部", "银行",
            "改革委"),
    "LOC": ("联圩", "垸", "水库"),
}


def complete_name_endings(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Extend a span that stops inside its own name ending: 启智社会工作服务中|心, 官厅水|库, 湖杭铁|路; and a
    chain of places that stops inside its last name (青田县方山乡龙|现村: :func:`_end_of_chain_of_places`).

    The tagger often leaves the last character of a long name out, depending
    on what follows. When the span ends with the first part of a known ending
    and the text goes on with the rest of it, the rest belongs to the name
    (unless another span already starts there, or the rest opens a word that runs on: 北大|学子, 中国作协|会员; not a
    unit's character and a locative jieba reads as one word: 粤港澳大湾|区内 → 粤港澳大湾区|内, nor the rest and the
    group's meeting: 京津冀协同发展领导|小组会议).
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
                    and not (opens_a_word_past(text, entity.end, entity.end + len(ending) - cut)
                             and not _unit_before_a_locative(text, entity.end)
                             and not _meeting_after_an_ending(text, entity.end, entity.end + len(ending) - cut))):
                end = entity.end + len(ending) - cut
                break
        else:
            # a name that stops right before its whole ending (阳宇农机服务专业|合作社, 乐丰|联圩)
            whole = next((e for e in WHOLE_NAME_ENDINGS.get(entity.type, ()) if text.startswith(e, entity.end)), "")
            if whole and not ends_like_unit_or_body(entity.text) and entity.end + len(whole) <= limit:
                end = entity.end + len(whole)
        if end == entity.end:
            end = _end_of_place_word(entity, text, limit)
        if end == entity.end:
            end = _end_of_city_after_its_province(entity, text, limit)
        if end == entity.end:
            end = _end_of_organization_word(entity, text, limit)
        if end == entity.end:
            end = _end_of_venue_word(entity, text, limit)
        if end == entity.end:
            end = _unit_standing_after_a_place(entity, text, limit)
        completed = entity if end == entity.end else Entity(entity.start, end, entity.type, text[entity.start : end])
        end = _end_of_chain_of_places(completed, text, limit)
        end = _end_of_named_feature(text, entity.start, end, limit) if completed.type == "LOC" else end
        end = _end_of_untagged_town(text, entity.start, end, limit) if completed.type == "LOC" else end
        end = _end_of_community(text, entity.start, end, limit) if completed.type == "LOC" else end
        result.append(completed if end == completed.end else Entity(entity.start, end, "LOC", text[entity.start : end]))
    return result


#: The units a village's or township's name may be left without: 江桥|村村民, 战旗|村挂牌, 独龙江|乡6个行政村.
_UNITS_LEFT_OUT = "村乡镇"
#: A banner's unit left out after its name (科右|前旗), but a flag standing before a place (天安门前旗帜).
_BANNER_LEFT_OUT = re.compile(r"[前中后]旗(?![帜杆手袍])")
#: Last characters of a place that name no place its unit could follow: a unit or an ethnic group (苗族|村民).
_ENDS_BEFORE_NO_UNIT = re.compile(rf"(?:{ADMIN_UNIT_ENDINGS}|族)$")


def _unit_standing_after_a_place(place: Entity, text: str, limit: int) -> int:
    """Where a place the tagger stopped right before its village's or township's unit ends: 江桥|村村民 → 江桥村,
    梁家沟|村购置, 独龙江|乡6个行政村 (CCTV news; the tagger reads 村 as the 村 of 村民 or 村干部).

    Only where jieba reads the unit as a word of one character (not 乡村, 乡亲, 村民 after a place: 新津|乡村旅游,
    苗族|村民), after a place that ends in no unit or ethnic group of its own (郧西县|村干部), and is no state or
    province (浙江|乡村, 贵州|乡亲们). A banner's 前旗, 中旗 or 后旗 likewise (内蒙古科右|前旗: CCTV news), but a flag
    (天安门前旗帜)."""
    at = place.end
    if (place.type == "LOC" and at + 2 <= limit and _BANNER_LEFT_OUT.match(text, at) and len(place.text) >= 2
            and not _ENDS_BEFORE_NO_UNIT.search(place.text)):
        return at + 2
    if (place.type != "LOC" or at >= limit or text[at] not in _UNITS_LEFT_OUT or len(place.text) < 2
            or _ENDS_BEFORE_NO_UNIT.search(place.text) or place.text in COUNTRIES_AND_PROVINCES):
        return at
    return at + 1 if word_at(text, at) == (at, at + 1) else at


#: Words of a unit's character and a locative (区内, within the zone), which jieba reads where a name ends in the unit.
_UNIT_AND_LOCATIVE = re.compile(r"[区市县省镇乡村州][内外里]")


def _meeting_after_an_ending(text: str, start: int, end: int) -> bool:
    """Whether the word jieba reads on from the rest of a name's ending (``text[start:end]``) is that rest and 会议 or
    会: the named group's meeting (京津冀协同发展领导|小组会议, CCTV news: jieba reads 小组会议)."""
    return text[end : word_at(text, start)[1]] in ("会", "会议")


def _unit_before_a_locative(text: str, at: int) -> bool:
    """Whether jieba reads a unit's character and a locative as one word at ``at`` (区内 of 粤港澳大湾区内地九市)."""
    word_start, word_end = word_at(text, at)
    return word_start == at and word_end == at + 2 and bool(_UNIT_AND_LOCATIVE.fullmatch(text[at : at + 2]))


def _end_of_place_word(place: Entity, text: str, limit: int) -> int:
    """Where a place that stops one character short of a dictionary place word ends: 日喀|则, 塔克拉玛干沙|漠.

    Only a LOC whose part in the word has two characters or more and is no
    place of its own, and only one character more, which is no unit or
    locative (玄武湖|畔): MSRA and People's Daily tag the proper part of
    longer place words (港澳|同胞, 香港|回归; a natural area's word, 云贵|高原, is given to its place by the late
    rule :func:`~.places.natural_area_word_into_its_place`, as LABELS.md reads it), and a place before
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
    if ((is_place_word(read) and rest_is_a_word) or UNIT_END.search(word) or text[place.end] in _LOCATIVES
            or word.endswith(_NO_PLACE_AFTER_A_PLACE)):
        return place.end
    return end


def _end_of_city_after_its_province(place: Entity, text: str, limit: int) -> int:
    """Where a province read with the first part of its city or county ends: 江苏南|通 → 江苏南通, 湖北阳|新 → 湖北阳新,
    甘肃镇|原 → 甘肃镇原 (CCTV news; a county named without its unit, as jieba lists it with 县 or 市). Only where what
    follows the province is no city of its own and the name runs on in the text up to the next span."""
    province = opening_province(place.text) if place.type == "LOC" else ""
    part = place.text[len(province) :]
    if not province or not part or part in CITIES:
        return place.end
    at = place.start + len(province)
    for end in range(place.end + 1, min(place.end + 3, limit) + 1):
        name = text[at:end]
        if name in CITIES or is_place_word(name + "县") or is_place_word(name + "市"):
            return end
    return place.end


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


def _end_of_venue_word(place: Entity, text: str, limit: int) -> int:
    """Where a place or body that stops one or two characters inside the dictionary word for its venue ends:
    西安火车|站, 天山国际机|场, 中国空间|站 (from CCTV news; the last character reads like a word of its own). Only where
    the name starts before that word: a span inside it alone (殡仪|馆) is :func:`is_bare_venue_head`; and not where
    the rest would run past the next span. So does a body that stops one character inside a word for a team of three
    characters or more (“红色电工”志愿服务|队)."""
    if place.type not in ("LOC", "ORG") or place.end >= limit:
        return place.end
    start, end = word_at(text, place.end - 1)
    if place.start < start and place.end < end <= min(place.end + 2, limit) and is_venue_word(text[start:end]):
        return end
    if (place.type == "ORG" and place.start < start and end == place.end + 1 <= limit and end - start >= 3
            and text[start:end].endswith("队")):
        return end  # a team stopped inside its word: “红色电工”志愿服务|队 (local-news style)
    return place.end


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


#: A county-level unit closing a chain of places, and a town's or township's name and unit after it (衢江区|举村乡).
_COUNTY_UNIT_END = re.compile(r"(?:县|区|市|旗)$")
_TOWN_AFTER_CHAIN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:镇|乡|街道)")


def _end_of_untagged_town(text: str, start: int, end: int, limit: int) -> int:
    """Where a chain of places that ends in a county or district goes on into the township or town named right after it
    (衢江区|举村乡的高山蔬菜基地, 衢江区|莲花镇的: local-news style, the tagger leaving a town it has not met); else
    ``end``. As with :func:`_end_of_named_feature`, the name is two or three characters of nouns or unknown words, opens
    with no count or determiner (柯城区|各乡镇), holds no unit (衢江区|美丽乡村: 乡村 is a word), and a word ends with
    the unit."""
    if end - start < 3 or not _COUNTY_UNIT_END.search(text[start:end]):
        return end
    town = _TOWN_AFTER_CHAIN.match(text, end)
    if not town or town.end() > limit or word_at(text, town.end() - 1)[1] != town.end():
        return end
    name = town.group("name")
    if name[0] in _NOT_A_FEATURE_NAME or HAS_A_UNIT.search(name):
        return end
    at = end
    while at < town.start("name") + len(name):
        word_start, word_end = word_at(text, at)
        if word_start < end or word_end > town.start("name") + len(name) or not _noun_or_unknown(text[word_start:word_end]):
            return end
        at = word_end
    return town.end()


#: A chain of places whose last name follows a street's or town's unit (北海街道|环山): a community's name.
_NAME_AFTER_A_STREET = re.compile(r"(?:街道|镇|乡)([\u4e00-\u9fff]{2,4})$")
_COMMUNITY = "社区"


def _end_of_community(text: str, start: int, end: int, limit: int) -> int:
    """Where a chain of places that names a street or town and then a community's name goes on into 社区 (绍兴市越城区
    北海街道环山|社区组织居民: local-news style, where jieba reads 社区组织 and the tagger stops at the name); else ``end``.
    A place with no street or town before its last name is left (杭州|社区养老)."""
    name = _NAME_AFTER_A_STREET.search(text, start, end)
    if (name is None or not text.startswith(_COMMUNITY, end) or end + len(_COMMUNITY) > limit
            or UNIT_END.search(name.group(1))):
        return end
    return end + len(_COMMUNITY)


def _noun_or_unknown(word: str) -> bool:
    """Whether a word may stand in a feature's name: a noun, a word jieba does not know, or one character that is
    no adverb, preposition, conjunction, particle, pronoun, locative or numeral (柚|树|河, not 仅|一河, 依|山傍溪)."""
    if len(word) == 1:
        return not word_tag(word).startswith(("d", "p", "c", "u", "r", "f", "m", "q", "t"))
    return is_noun_word(word) or not is_known_word(word)


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
        if is_place_word(head) or head in COUNTRIES_AND_PROVINCES or any(is_place_word(other.text) for other in pieces):
            continue  # 中国|工商银行, 北京|人民大会堂: a place of its own before the name
        if end - entity.start >= 2 and is_known_word(text[entity.start : end]):
            continue  # 非|工会 (MSRA's 工会): the span opens with a word of its own
        if all(start <= other.start and other.end <= entity.start and other.type != "TITLE" for other in pieces):
            whole = Entity(start, entity.end, entity.type, text[start : entity.end])
            return name_word_read_in_pieces([e for e in result if e not in pieces and e is not entity] + [whole], text)
    return result


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
                and (entity.text[-1] in _LOCATIVES_AFTER_A_NAME or opens_a_word_past(text, entity.end - 1, entity.end))):
            entity = Entity(entity.start, entity.end - 1, entity.type, rest)
        result.append(entity)
    return result


def name_given_its_last_character_wa(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a person the 娃 that ends Russian women's and Mongolian names, which the tagger leaves out (发言人|扎哈罗|娃,
    5 times, 牧民|乌云高|娃: CCTV news): no Chinese name and no word opens with a lone 娃 after a name; not 娃娃 or
    娃子 (children), nor where a span starts on it."""
    starts = {entity.start for entity in entities}
    result = []
    for entity in entities:
        if (entity.type == "PER" and len(entity.text) >= 2 and all(map(is_cjk, entity.text))
                and text.startswith("娃", entity.end) and text[entity.end + 1 : entity.end + 2] not in ("娃", "子", "儿", "们")
                and entity.end not in starts):
            entity = Entity(entity.start, entity.end + 1, "PER", text[entity.start : entity.end + 1])
        result.append(entity)
    return result


#: Locatives a place may be read on into (光谷生物城|里, 园区|内).
_LOCATIVES_AFTER_A_NAME = frozenset("里内中上旁边外")


#: Measure words of a count read before a name (601家|深港两地, 2707个|村).
_COUNT_MEASURES = "家个名位所座户"
#: Arabic numerals and the signs that go with them (28℃, 95.4%, 20／), at either end of a span; at the start with
#: the measure word of a count (601家|深港两地, from CCTV news).
_NUMERAL_EDGES = re.compile(rf"^[0-9０-９.．%％℃°/／~～\-－]+(?:[{_COUNT_MEASURES}](?=[^0-9０-９]))?|[—0-9０-９.．%％℃°/／~～\-－]+$")

#: The unit of a line's or station's voltage after its figure (220千伏柯亭线, 500kV…变电站).
_VOLTAGE_UNIT = re.compile(r"千伏|[kK][vV]")


#: What a road, a line or a place named by its number goes on with (１０８国道, 318国道, 地铁2号线; also 109路总站,
#: 24号阶梯教室: MSRA train, the rest alone is no name).
_NUMBERED_ROUTE_WORDS = ("国道", "省道", "县道", "乡道", "号", "路")


def strip_numeral_edges(entity: Entity, text: str) -> list[Entity]:
    """Cut Arabic numerals off the ends of a place or a person: 28℃|福州, 叶利钦|23, 仓前街道|7个社区.

    Weather tables and counts run straight into names (17℃／22℃郑州, 叶利钦23日),
    and the tagger takes the figure along; names of places and people in this
    genre do not begin or end with one. Organizations keep theirs (3M公司), but not a count read before them
    (601家|深港); so do roads, lines and places named by their number (１０８国道, 2号线, １０９路总站, ２４号阶梯教室), and a
    dash before a trailing figure goes with it (亚洲卫星—|３).
    Nothing is left when the figure was all that was tagged (a LOC 16℃).
    """
    if entity.type not in ("LOC", "PER", "ORG"):
        return [entity]
    start, end = entity.start, entity.end
    for edge in _NUMERAL_EDGES.finditer(entity.text):
        if entity.type == "ORG" and not (edge.start() == 0 and edge.group()[-1] in _COUNT_MEASURES):
            continue  # an organization keeps its figures (3M公司) but not a count before it (601家|深港)
        if (entity.type == "LOC" and edge.start() == 0 and entity.text.startswith(_NUMBERED_ROUTE_WORDS, edge.end())
                and entity.text[edge.end() :] not in ("号", "路")):  # not 838|路 (a bus line) alone
            continue  # a road or line named by its number keeps it (１０８国道, 2号线: MSRA's gold)
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


def without_leading_de(entity: Entity, text: str) -> Entity:
    """Cut a leading 的 off a place or body that ends like one (受损最严重的|湾东村): the particle is no part of a name,
    where jieba reads it as a word of its own (not 的里雅斯特市, 的黎波里); also 中的 (正在建设|中的|班彦新村, CCTV), and off a
    post of three characters or more (中国石油西部钻探试油公司|的试油工|谭文波: CCTV news)."""
    if entity.text.startswith("中的") and len(entity.text) >= 5 and ends_like_unit_or_body(entity.text):
        return Entity(entity.start + 2, entity.end, entity.type, entity.text[2:])  # 正在建设|中的|班彦新村
    if (not entity.text.startswith("的") or len(entity.text) < 4
            or not (entity.type == "TITLE" or ends_like_unit_or_body(entity.text))):
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


#: jieba's tags of a proper name: what follows 的 names something when its first word is one (蓝桥|名苑).
_NAME_TAGS = frozenset({"ns", "nr", "nrfg", "nrt", "nz", "nt"})


def place_ended_before_its_de(entity: Entity, text: str) -> Entity:
    """End a place read on past 的 into words that name nothing where it ends in its unit (龙游县湖镇镇星火村|的老年活动中心:
    local news; no written or People's Daily gold span holds 的 after a unit, and LABELS.md tags no generic mentions).
    One going on into a name keeps its reading (杭州九堡的蓝桥名苑: CLUENER tags addresses whole)."""
    de = entity.text.find("的")
    if entity.type != "LOC" or de < 3 or not UNIT_END.search(entity.text[:de]) or de + 1 >= len(entity.text):
        return entity
    after = entity.start + de + 1
    first_word = text[slice(*word_at(text, after))]
    if word_tag(first_word) in _NAME_TAGS or not is_cjk(first_word[0]):
        return entity
    return Entity(entity.start, entity.start + de, entity.type, entity.text[:de])
def _de_inside_a_word(text: str, at: int) -> bool:
    """Whether jieba reads the 的 at ``at`` inside a longer word (波罗的海, 的黎波里), not as the particle."""
    start, end = word_at(text, at)
    return end - start > 1


def places_parted_at_de(entity: Entity, text: str) -> list[Entity]:
    """Part a place read on past 的 into the next place's name where what stands before 的 is a place of its own:
    广州的兰广通道 → 广州 + 兰广通道, 河北的京唐港 → 河北 + 京唐港 (CCTV news; of the gold places of the corpora only
    foreign names hold 的, 的黎波里 and 波罗的海, and LABELS.md's spans are flat). A name jieba reads 的 inside stays
    one (利比亚的黎波里, 波罗的海, 巴尔的摩港), and so does an address after a chain of units (杭州市九堡镇的蓝桥名苑:
    CLUENER's reading) or a part of a place named by a locative (青藏高原的中南部, 日本的最南端冲绳)."""
    de = entity.text.find("的")
    before, after = entity.text[:de], entity.text[de + 1 :]
    if (entity.type != "LOC" or de < 2 or len(after) < 2 or _de_inside_a_word(text, entity.start + de)
            or word_tag(text[slice(*word_at(text, entity.start + de + 1))]) == "f" or after in DIRECTION_AREA_WORDS
            or not (is_place_or_city(before) or is_province_and_city(before))):
        return [entity]
    return [Entity(entity.start, entity.start + de, "LOC", before),
            Entity(entity.start + de + 1, entity.end, "LOC", after)]


#: States' names for str.startswith: a state's body opens with one (南非警方, 孟加拉国军方, 俄罗斯“进步”号货运飞船).
_COUNTRY_NAMES = tuple(COUNTRIES)


def is_reduplicated_measure(entity: Entity, text: str) -> bool:
    """Whether a person opens with a measure word said twice after 一 (一|张张日程表, from CCTV news): no name."""
    return (entity.type == "PER" and len(entity.text) >= 3 and entity.text[0] == entity.text[1]
            and text[entity.start - 1 : entity.start] == "一")


#: A count of people or units read into a place after its name (河南|158名县市区委书记, from CCTV news).
_COUNT_AFTER_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,}?)[0-9０-９]+(?:名|个|位|多|户|家|座|所|万)")
#: The same count in Chinese numerals, two or more, ending the span (杭州|八千多干部: a CCTV headline), after a place that is
#: one by itself (not 长江口二号, a ship's name).
_CHINESE_COUNT_AFTER_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,}?)[一二三四五六七八九十百千万两]{2,}(?:多|余)?"
                                        r"(?:名|个|位|户|家|座|所)?$")


#: Time words a body or place is read on into at its end (国家发展改革委|近日向社会发布, from CCTV news).
_TIME_WORDS_AFTER_A_NAME = ("近日", "日前", "近期", "今天", "昨天", "今年", "去年", "目前", "此前", "近年来", "今后")


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


def cut_function_character(entity: Entity) -> Entity:
    """Cut a preposition or conjunction off a place or body whose name ends before it (…发射中心|用, from CCTV news);
    no gold place or body of the corpora ends so."""
    if (entity.type in ("LOC", "ORG") and len(entity.text) >= 4 and entity.text[-1] in _FUNCTION_CHARACTERS_AFTER_A_NAME
            and ends_like_unit_or_body(entity.text[:-1])):
        return Entity(entity.start, entity.end - 1, entity.type, entity.text[:-1])
    return entity
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
    if head_start != end or not (is_place_word(head) or head in COUNTRIES_AND_PROVINCES or word_tag(head) in ("ns", "nt")):
        return entity
    return Entity(end, entity.end, entity.type, text[end : entity.end])


def cut_time_word(entity: Entity) -> Entity:
    """Cut a time word off the end of a place or body (国家发展改革委|近日); no gold place or body of the corpora ends
    in one."""
    word = next((w for w in _TIME_WORDS_AFTER_A_NAME if entity.text.endswith(w)), None) if entity.type in ("LOC", "ORG") else None
    if word is None or len(entity.text) - len(word) < 2:
        return entity
    return Entity(entity.start, entity.end - len(word), entity.type, entity.text[: -len(word)])


def cut_at_a_count(entity: Entity) -> Entity:
    """Cut a place or body before a count read into it: 河南|158名县市 → 河南, 杭州|八千多 → 杭州; what is left of a body so
    read is the place it was where it is a bare place (监利县|2家医院 (ORG) → 监利县, LOC: :func:`bare_place_as_place`)."""
    count = _COUNT_AFTER_PLACE.match(entity.text) if entity.type in ("LOC", "ORG") else None
    if not count and entity.type in ("LOC", "ORG"):
        count = _CHINESE_COUNT_AFTER_PLACE.match(entity.text)
        count = count if count and is_place_named_alone(count.group("place")) else None
    if not count:
        return entity
    place = count.group("place")
    return bare_place_as_place(Entity(entity.start, entity.start + len(place), entity.type, place))


#: How a street ends, whose number (孱陵大道86号, 南京路86号) is part of the address, a LOC (CLUENER).
_STREET_ENDINGS = ("路", "街", "大道", "巷", "弄", "胡同", "里")
#: A day of the month, or a numbered flood or flood crest, read onto the end of a place or body (洱源县|6号|发生,
#: 希腊议会|8号|通过, 江西赣江|第2号|洪峰, 长江|第3|号洪水: from CCTV news, which writes dates as N号).
_DATE_OR_NUMBER_AFTER_A_NAME = re.compile(r"^(?P<name>.{2,}?)(?:第?[0-9０-９]{1,2}[号日]|第[0-9０-９]{1,2})$")
#: The day a person spoke or acted on, read into the name (古特雷斯|2日, 凯瑟琳·拉塞尔|1日); a name holds no figure
#: (a decree's number read as a person, 第707号, is no name at all).
_DATE_AFTER_A_PERSON = re.compile(r"(?P<name>[^0-9０-９]{2,})[0-9０-９]{1,2}[日号]$")


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
    if not (ends_like_a_name(name) or name.endswith(FEATURE_ENDINGS) or is_place_name_or_state(name)
            or name.startswith(_COUNTRY_NAMES)):
        return entity
    kind = "LOC" if entity.type == "LOC" or UNIT_END.search(name) else "ORG"
    return Entity(entity.start, entity.start + len(name), kind, name)


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
#: A space right before or after a transliterated name's dot (菲德尔 ·卡斯特罗).
_SPACE_BY_A_NAME_DOT = re.compile(rf"[ \u3000][{NAME_DOTS}]|[{NAME_DOTS}][ \u3000]")


_NO_SPACE = re.compile(r"\S+")
#: A two-character name padded with a space to the width of three (王　伟).
_PADDED_NAME = re.compile(r"[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff]")
#: A name in Latin letters of two to four capitalized words parted by single spaces (Tim Cook, António Guterres).
_LATIN_NAME = re.compile(r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’\-]+(?: [A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’\-]+){1,3}")
#: A word in Latin letters, for :func:`in_latin_prose`.
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


_QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》"}
_QUOTE_OPENERS = {close: open_ for open_, close in _QUOTE_PAIRS.items()}


def strip_unpaired_quotes(entity: Entity) -> Entity:
    """Cut a quotation mark off the edge of a span when the span does not close it: “银发志愿服务队 → 银发志愿服务队.

    LABELS.md keeps quotes outside a quoted venue name, so a name quoted whole loses its pair (“幸福食堂” → 幸福食堂;
    CLUENER's gold keeps them, 39 times in train and dev); a pair inside a name stays (“旅行者”号, as People's Daily
    has it).
    """
    start, end = entity.start, entity.end
    name = entity.text
    if len(name) > 2 and name[0] in _QUOTE_PAIRS and _QUOTE_PAIRS[name[0]] not in name:
        start, name = start + 1, name[1:]
    if len(name) > 2 and name[-1] in _QUOTE_OPENERS and _QUOTE_OPENERS[name[-1]] not in name:
        end, name = end - 1, name[:-1]
    if len(name) > 3 and name[0] == "“" and name[-1] == "”" and not any(mark in name[1:-1] for mark in "“”"):
        start, end, name = start + 1, end - 1, name[1:-1]  # a name quoted whole: 村里的|“幸福食堂”| → 幸福食堂
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
    is tagged); one that opens further inside the quotation is dropped whatever follows (“下淤—|姚家—儒山”乡|村旅游带,
    “戈洛夫科|海军上将”号护卫舰). A span that opens a quotation of Chinese it does not close is cut before the mark (杜富国|“排雷英雄;
    not an apostrophe typed as ‘: prince‘s)."""
    name = entity.text
    close_at = next((i for i, ch in enumerate(name) if ch in _NAME_QUOTE_OPENERS and _NAME_QUOTE_OPENERS[ch] not in name[:i]), None)
    if close_at is not None and text[entity.start - 1 : entity.start] == _NAME_QUOTE_OPENERS[name[close_at]]:
        last_word = text[slice(*word_at(text, entity.end - 1))]
        if close_at > 0 and _TAIL_OF_A_QUOTED_NAME.search(name[close_at + 1 :]) and last_word not in _WORDS_ENDING_LIKE_A_BODY:
            return [Entity(entity.start - 1, entity.end, entity.type, text[entity.start - 1 : entity.end])]
        return []
    if close_at is not None and _opened_before(text, entity.start, name[close_at]):
        # opened further inside the quotation (“下淤—|姚家—儒山”乡|村旅游带): dropped, as growing it back to the mark could
        # cover a span tagged inside the quotation (“|戈洛夫科 (PER)|海军上将”号护卫舰)
        return []
    open_at = next((i for i, ch in enumerate(name) if ch in _NAME_QUOTES and _NAME_QUOTES[ch] not in name[i:]), None)
    if open_at is not None and 2 <= open_at < len(name) - 1 and is_cjk(name[open_at + 1]):
        return [Entity(entity.start, entity.start + open_at, entity.type, name[:open_at])]
    return [entity]


#: How far into a quotation a span that runs past its close may open.
_MAX_QUOTED_BEFORE_A_SPAN = 20


def _opened_before(text: str, start: int, close: str) -> bool:
    """Whether the quotation that ``close`` closes opens before ``start``, within :data:`_MAX_QUOTED_BEFORE_A_SPAN`
    characters and with no mark closing it in between."""
    opener = text.rfind(_NAME_QUOTE_OPENERS[close], max(0, start - _MAX_QUOTED_BEFORE_A_SPAN), start)
    return opener >= 0 and close not in text[opener:start]


#: A place's chain and a quotation after it, the quotation closing the span: 柯城区九华乡妙源村“两山银行”.
_PLACE_BEFORE_A_QUOTATION = re.compile(rf"([\u4e00-\u9fff]{{2,}}?(?:{ADMIN_UNIT_ENDINGS}))“([^“”]{{1,12}})”")
#: Schemes named as banks, which keep no bodies' accounts (“两山银行”, “时间银行”, “积分银行”: the written text leaves them
#: untagged).
_SCHEME_NAMED_A_BANK = re.compile(r"(?:两山|时间|积分|生态|孝心|爱心|道德|文明|善行|志愿)银行$")


def place_before_a_quotation(entity: Entity) -> list[Entity]:
    """A chain of places (ending in an administrative unit) read on into the quotation after it, as one span with the
    marks inside: the place alone, a LOC, where the quotation names a scheme, platform or programme
    (柯城区九华乡妙源村“两山银行”|运营以来: a local-news sentence written for the genre, read as one ORG; the written labels
    tag the place before a quotation and leave the quotation: 鄞州区|“智慧党建”, 闵行区|新增社区“宝宝屋”; nothing inside
    a quoted programme is tagged), and the place and the name inside the marks, an ORG, where it ends like a venue or
    body (遂昌县妙高街道“银龄驿站” → 遂昌县妙高街道 + 银龄驿站, read as one LOC; 嵊州市“农函大” → 嵊州市 + 农函大), as the
    cleanup reads the two where the tagger parts them (妙源村 + 两山银行: ``bodies.place_into_organization``). LABELS.md
    keeps quotation marks outside a span either way. Schemes named as banks are
    schemes (两山银行, 时间银行). Not after a body (长沙市望月第二小学“红领巾环保行动小组”, MSRA: left as read). MSRA's and
    CLUENER's train gold hold the quotation inside one such span each (嵊州市“农函大”, 厚街镇“广东现代国际展览中心”);
    their test and dev splits, and People's Daily, hold none."""
    found = _PLACE_BEFORE_A_QUOTATION.fullmatch(entity.text) if entity.type in ("LOC", "ORG") else None
    if found is None:
        return [entity]
    place, quoted = found.group(1), found.group(2)
    the_place = Entity(entity.start, entity.start + len(place), "LOC", place)
    if (_TAIL_OF_A_QUOTED_NAME.search(quoted) or quoted.endswith("大")) and not _SCHEME_NAMED_A_BANK.search(quoted):
        quoted_start = the_place.end + 1
        return [the_place, Entity(quoted_start, quoted_start + len(quoted), "ORG", quoted)]
    return [the_place]


def media_title_closed(entity: Entity, text: str) -> list[Entity]:
    """A span that holds one mark of a 《》 title without its pair: closed where the title closes right after the span
    (英国《金融时报|》 → 英国《金融时报》, cut to its name by :func:`paper_named_alone`), or, where the span
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


#: How a newspaper's or magazine's name in 《》 ends (《工人日报》, 《纽约时报》, 《卫报》, 《明镜周刊》, 《新英格兰医学杂志》);
#: 报 alone only after a name of two characters or more and not as a document's or a notice's word (《新闻公报》,
#: 《四川拉响暴雨红色警报》).
_PAPER_ENDING = re.compile(r"(?:日报|晚报|时报|早报|晨报|邮报|商报|周报|导报|画报|周刊|杂志|[\u4e00-\u9fff]{2,}报)$")
_NO_PAPER_ENDING = re.compile(r"(?:(?<!大)公报|通报|简报|警报|预报|年报|汇报|电报|情报|举报|申报|喜报|捷报|海报|季报|月报|学报|快报)$")
#: What follows a paper's name in 《》 where the name alone does not say so: its kind (《求是》杂志, 《党建》杂志社, 《时代》周刊,
#: 《今日美国》报; not 报道, 报告), or for a
#: name ending in 新闻 (《劳动新闻》, 《朝日新闻》; not a column, 《过去的新闻》) what a paper does, or a date.
_PAPER_KIND_AFTER = re.compile(r"杂志|报社|编辑部|半?月刊|周刊|旬刊|季刊|报(?![道告名送批请])")
_NEWS_PAPER_AFTER = re.compile(r"[\d０-９]|报道|称|说|刊|发表|社论|评论|网站|记者|编辑")


def _is_paper_title(title: re.Match[str], text: str) -> bool:
    """Whether a 《》 title names a newspaper or a magazine (by its ending, or the kind or the reporting written after it)."""
    name, after = title.group(1), text[title.end() : title.end() + 3]
    if _PAPER_KIND_AFTER.match(after):
        return True
    if name.endswith("新闻"):
        return len(name) >= 4 and bool(_NEWS_PAPER_AFTER.match(after))
    return bool(_PAPER_ENDING.search(name)) and not _NO_PAPER_ENDING.search(name)


def paper_named_alone(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A newspaper or magazine in 《》 tagged by its name alone, an ORG (LABELS.md: "in 《工人日报》 only the name").

    A span that holds a whole 《》 title and more is the name: its country or place before the title a LOC of its own
    (英国《卫报》 → 英国 + 卫报, an unquoted place used as a modifier), the kind or department after it left out
    (《求是》杂志 → 求是, 《人民日报》文艺部 → 人民日报). A paper's title no span touches is tagged (据《浙江日报》报道,
    《劳动新闻》22日), with the state or place of jieba's right before it a LOC (美国《纽约时报》刊文说). MSRA and People's Daily tag a paper with its country and kind
    (英国《金融时报》, 美国《科学》杂志: 126 such spans in MSRA train) and CLUENER none (its papers are books), so
    this rule costs those readings a few spans where it follows LABELS.md; the written labels hold no paper in 《》.
    A body named after a document or a work that is no paper stays whole (《南京大屠杀图证》编纂工作委员会,
    全国人大常委会《税收征收管理法》执法检查组: MSRA train, as its gold reads them; the law's or the book's title had
    been made a paper)."""
    named: list[Entity] = []
    for entity in entities:
        title = BOOK_TITLE.search(entity.text)
        if title is None or entity.type == "TITLE" or len(title.group(0)) == len(entity.text):
            named.append(entity)
            continue
        in_text = BOOK_TITLE.match(text, entity.start + title.start())
        if (entity.type == "ORG" and len(entity.text) - title.end() >= 2 and in_text is not None
                and not _is_paper_title(in_text, text)):
            named.append(entity)  # a body named after a document or a work: 《海洋环境保护法》执法检查组, 《虎踞钟山》剧组
            continue
        start = entity.start + title.start()
        place = entity.text[: title.start()]
        if place and (is_place_name_or_state(place) or reads_as_places(text, entity.start, start)):
            named.append(Entity(entity.start, start, "LOC", place))
        named.append(Entity(start + 1, start + 1 + len(title.group(1)), "ORG", title.group(1)))
    for title in BOOK_TITLE.finditer(text):
        if _is_paper_title(title, text) and not overlaps_any(named, title.start(), title.end()):
            named.append(Entity(title.start(1), title.end(1), "ORG", title.group(1)))
            place_start, place_end = word_at(text, title.start() - 1) if title.start() else (0, 0)
            if (place_end == title.start() > place_start and is_place_name_or_state(text[place_start:place_end])
                    and not overlaps_any(named, place_start, place_end)):
                named.append(Entity(place_start, place_end, "LOC", text[place_start:place_end]))
    return sorted(named, key=lambda e: (e.start, e.end))


_OPEN_BRACKETS = {"(": ")", "（": "）"}


#: Clause punctuation, which no name starts or ends with (国务院副总理；, 国家民族事务委员会主任，); not 、, which the
#: merge reads across inside a body (中国、斯洛伐克联合登山队 in People's Daily).
_CLAUSE_PUNCTUATION = "，。；：！？,;:"
_CLOSE_BRACKETS = {close: open_ for open_, close in _OPEN_BRACKETS.items()}


def particle_de_off_a_name_end(entity: Entity) -> Entity:
    """Cut the particle 的 off the end of a place or body read with it (苏鲁豫皖交界的|徐州东高农产品市场, 陕西咸阳的|: CCTV
    news), before the merge would join it to the name after it; no gold span of the corpora ends in 的 (波罗的 of 波罗的海
    is a name's piece, kept)."""
    if entity.type in ("LOC", "ORG") and entity.text.endswith("的") and len(entity.text) >= 3 and entity.text != "波罗的":
        return Entity(entity.start, entity.end - 1, entity.type, entity.text[:-1])
    return entity


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


#: The marks a span must pair (LABELS.md keeps quotation marks and asides outside a name; pairs inside one stay).
_MARK_PAIRS = {"“": "”", "《": "》", "（": "）", "(": ")"}
_MARK_CLOSERS = {closer: opener for opener, closer in _MARK_PAIRS.items()}


def paired_marks_kept(entity: Entity) -> list[Entity]:
    """The last guard on a span's quotation marks and brackets, which a late rule may have read across: a span that
    opens a mark it does not close is cut before the mark (…龙家村小学“会泽 → …龙家村小学, 安徽芦岭煤矿“ → 安徽芦岭煤矿,
    上海（长三角 → 上海, then a place), and one left shorter than two characters, or one that closes a mark it did not
    open (总理）理事会, 北京）有限公司: read from inside an aside), names nothing. Pairs inside a name stay (“旅行者”号,
    中科光电（长春）股份有限公司). 8 of 3,618 probe texts held such a span (CCTV and gov.cn news); no test or dev gold span
    of the corpora, nor any of the written labels, leaves a mark unpaired."""
    open_marks: list[tuple[int, str]] = []
    for at, char in enumerate(entity.text):
        if char in _MARK_PAIRS:
            open_marks.append((at, char))
        elif char in _MARK_CLOSERS:
            if not open_marks or open_marks[-1][1] != _MARK_CLOSERS[char]:
                return []  # closes a mark it did not open
            open_marks.pop()
    if not open_marks:
        return [entity]
    cut = open_marks[0][0]
    name = entity.text[:cut]
    if len(name) < 2:
        return []
    kind = "LOC" if is_province_city_or_state(name) else entity.type
    return [Entity(entity.start, entity.start + cut, kind, name)]


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
    named_whole = left in UNIQUE_BODIES or (left.isascii() and left.isalpha())  # 联合国、|二十国集团, IBM、|华为
    if len(right) < 2 or not (len(left) >= 3 and (ORG_ENDINGS.search(left) or UNIT_END.search(left)) or named_whole):
        return [entity]
    left_type = "ORG" if named_whole or (ORG_ENDINGS.search(left) and not UNIT_END.search(left)) else "LOC"
    return [Entity(entity.start, entity.start + len(left), left_type, left),
            Entity(entity.start + right_at, entity.start + right_at + len(right), "ORG", right)]  # not a 、 after it


def split_at_whitespace(entity: Entity) -> list[Entity]:
    """Split a span at whitespace: no name in any training corpus holds a space (骆佳怡 金晨光 is two people); an ORG's
    piece before a line break that names nothing is dropped (:func:`_names_a_body_or_place`).

    Spaces are not tokens, so the tagger can run one name over a space into
    the next (a byline of two names). A person of single characters parted
    by spaces is one name padded to the width of three, as newspapers set
    two-character names (王　伟, 陈　晨): it stays whole, and so does a transliterated name with a space by its dot
    (菲德尔 ·卡斯特罗: CCTV news) and a name in Latin letters of capitalized words (苹果公司CEO Tim Cook表示).
    """
    if not any(ch.isspace() for ch in entity.text):
        return [entity]
    if entity.type == "PER" and (_PADDED_NAME.fullmatch(entity.text) or _SPACE_BY_A_NAME_DOT.search(entity.text)
                                 or _LATIN_NAME.fullmatch(entity.text)):
        return [entity]  # 王　伟; 菲德尔 ·卡斯特罗: a transliterated name with a space by its dot; Tim Cook
    parts = list(_NO_SPACE.finditer(entity.text))
    return [Entity(entity.start + part.start(), entity.start + part.end(), entity.type, part.group())
            for index, part in enumerate(parts)
            if not (entity.type == "ORG" and index + 1 < len(parts) and "\n" in entity.text[part.end() : parts[index + 1].start()]
                    and not _names_a_body_or_place(part.group()))]


def in_latin_prose(entity: Entity, text: str) -> bool:
    """Whether a span of no Chinese character lies in a stretch of six Latin words or more with no Chinese character:
    a sentence of English, where the tagger, trained on Chinese, reads common words as people (The county government
    held a meeting… → government, held, said as PER, then at every mention). A Latin name or brand among Chinese
    words (苹果公司CEO Tim Cook表示, IBM、华为) lies in a short stretch and stays."""
    if any(is_cjk(char) for char in entity.text):
        return False
    start, end = entity.start, entity.end
    while start > 0 and not is_cjk(text[start - 1]):
        start -= 1
    while end < len(text) and not is_cjk(text[end]):
        end += 1
    return len(_LATIN_WORD.findall(text, start, end)) >= 6


def _names_a_body_or_place(piece: str) -> bool:
    """Whether the piece of an ORG before a line break can be a name of its own: it ends like a unit or body
    (国务院办公厅), with a dictionary place (辽宁海城) or is a person's name of a common surname (理事长吕妙霞|⏎海军…,
    which a later rule types a person after its post). A headline's tail read into the body that opens the next line
    (清洁美丽世界|⏎生态环境部, 南海战斗巡航|⏎中国空军: CCTV news) is none."""
    start, end = word_at(piece, len(piece) - 1)
    return (ends_like_a_name(piece) or piece in NATIONAL_BODIES or (end == len(piece) and is_place_word(piece[start:end]))
            or (2 <= len(piece) <= 3 and common_single_surname(piece)))


#: How many characters of a transliterated name a span may open after (杰|巴利耶难民营 beside 杰巴利耶).
_TRANSLITERATED_START_LENGTH = 3


#: The units a chain of places is read apart at to name its parts (新龙县|甲拉西乡).
_CHAIN_UNIT = re.compile(r"(?<=[省市州县区])(?=[\u4e00-\u9fff]{2,}?[县区乡镇村]$)")


def _units_named_in_places(entities: Sequence[Entity]) -> set[str]:
    """Administrative units of four characters or more the text names as places, alone or at the end of a chain
    (三官洞林区; 甲拉西乡 of 新龙县甲拉西乡)."""
    units: set[str] = set()
    for entity in entities:
        if entity.type != "LOC" or not UNIT_END.search(entity.text):
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
    杰巴利耶, 德|布拉西奥 beside 德布拉西奥), or after the first character of a lake's or river's name (环铜|鉴湖 beside
    铜鉴湖: jieba reads the character into the word before): a word before a name stays out (美丽|中国, 代表|中共中央,
    和|本扬). A span
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
                             or (name in units and cut <= 2)
                             or (cut == 1 and entity.type == "LOC" and name.endswith(FEATURE_ENDINGS)))
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
#: Verbs that open with 会, a body's ending too (应急管理部会|同水利部): a body read into one is cut back, not kept whole.
_VERBS_OPENED_BY_HUI = ("会同", "会商")


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
    before it is the place (太行|革|命老区 → 太行, 湘赣边|革|命老区 → 湘赣边; also where the span holds 革命 whole:
    海陆丰革命|老区 → 海陆丰, as MSRA tags 沂蒙|革命老区). Not where the character ends names
    (:data:`ENDS_A_NAME`, :data:`_ENDS_A_NAME_TOO`: 栋梁河|边, 大阪街|头), is doubled (新闻组|组长, 红一连连|长,
    沙布嘎|嘎查), nor where the span is a word of jieba's (亚投行|将) or the word after it a name jieba tags): CCTV news,
    35 texts; of the gold spans of the corpora it changes none."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 2:
        return [entity]
    if entity.type == "LOC" and len(entity.text) > 3 and entity.text.endswith("革命") and text.startswith("老区", entity.end):
        return [Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])]  # 海陆丰革命|老区: the place before it
    word_start, word_end = word_at(text, entity.end - 1)
    if word_start != entity.end - 1 or word_end <= entity.end:
        return [entity]
    word = text[word_start:word_end]
    if word in _WORDS_THAT_END_NAMES:  # 平陆运|河 → 平陆运河, 丰田汽|车 → 丰田汽车: the word ends the name
        return [Entity(entity.start, word_end, _WORDS_THAT_END_NAMES[word], text[entity.start : word_end])]
    if text.startswith("革命老区", word_start):  # 太行|革|命老区: the place before it
        return [Entity(entity.start, word_start, "LOC", text[entity.start : word_start])]
    last = entity.text[-1]
    if (not all(map(is_cjk, word)) or word_tag(word)[:2] in ("ns", "nr", "nt", "nz") or ends_like_a_name(entity.text)
            or last in ENDS_A_NAME or last in _ENDS_A_NAME_TOO or last in (text[entity.end], entity.text[-2])
            or word_tag(entity.text)):
        return [entity]
    if len(entity.text) == 2:
        return _two_characters_before_a_word(entity, text)
    return longest_name_before(entity, text, word_start)


def _two_characters_before_a_word(entity: Entity, text: str) -> list[Entity]:
    """A two-character span whose last character opens a common word: the state it opens with where the first
    character is a state's or place's abbreviation (乌|空军 → 乌, 巴|安全部门 → 巴, 叙|政府军 → 叙), kept where both
    characters are (中拉|关系, 美俄|总统, 法中|将: two sides) or a place unit follows (昌果|乡); a place is dropped
    else (红芝|麻, 大剧|院, 江家|人), a body kept (CLUENER's teams: 热刺|客场, 马竞|技, 欧冠|以来)."""
    first, second = entity.text
    if text[entity.end] in ENDS_A_NAME or second in PLACE_ABBREVIATIONS or second in STATE_ABBREVIATIONS or second == "拉":
        return [entity]  # 中拉: China and Latin America
    if first in STATE_ABBREVIATIONS:
        return [Entity(entity.start, entity.start + 1, "LOC", first)]
    return [entity] if entity.type == "ORG" or first in PLACE_ABBREVIATIONS else []


def _runs_two_into_a_word(person: Entity, text: str) -> bool:
    """A person of four or five characters and a common one-character surname whose last two characters are no
    transliteration's (or open an idiom: 尹计平|东奔西走, from CCTV news) and open a dictionary word running past the
    span: 张俊峰|超标(准), 黄武|超标(准公务接待) (CCTV discipline notices); also where they are 涉黑 or 涉恶 (gang- or
    crime-related: 为张伟|涉黑组织充当“保护伞”), which jieba does not know. No gold name of the corpora ends so."""
    name = person.text
    if len(name) not in (4, 5) or not common_single_surname(name):
        return False
    if name.endswith(_GANG_RELATED):
        return True
    start, end = word_at(text, person.end - 2)
    idiom = word_tag(text[start:end]) in ("i", "l")  # 尹计平|东奔西走: an idiom is no transliteration's
    if not idiom and any(char in TRANSLITERATION_CHARS or not is_cjk(char) for char in name[-2:]):
        return False
    return start == person.end - 2 and end > person.end


#: Gang- and crime-related (张伟|涉黑组织, 涉恶势力), which open what a person led after the name.
_GANG_RELATED = ("涉黑", "涉恶")


def _name_read_into_a_longer_word(person: Entity, text: str) -> bool:
    """Whether a person is a dictionary name and the first character of the word after it, the two one dictionary
    word: 马克思主|义 (马克思 + 主义), 毛泽东思|想 (from CCTV news); not 马克思列宁 of 马克思列宁主义 (宁主义 is no word)."""
    name = person.text[:-1]
    return (opens_a_word_past(text, person.start, person.end) and len(name) >= 2 and word_tag(name).startswith("nr")
            and not word_tag(person.text).startswith("nr")  # 马克思 of 马克思主义 is whole
            and is_known_word(text[person.end - 1 : word_at(text, person.start)[1]]))


def _ends_in_an_adverb_word(person: Entity, text: str) -> bool:
    """A person of four or five characters and a common one-character surname whose last two are an adverb and open a word
    jieba reads there (汪洋|充分肯定, 李兵昌|故意刁难: CCTV news); no gold name of the corpora ends in one."""
    return (len(person.text) in (4, 5) and common_single_surname(person.text) and word_tag(person.text[-2:]) in ("d", "ad")
            and word_starts_at(text, person.end - 2))  # a word of its own, or one it opens (充分肯定)


#: The kinds of a sanction that open its name after the sanctioned (给予…厅长王天琦|政务记过处分, 党内严重警告, 行政撤职),
#: and what may follow them.
_SANCTION_KINDS = ("政务", "党内", "行政", "党纪")
_SANCTIONS = re.compile(r"(?:严重)?警告|记大?过|降级|撤职|开除|留党察看|撤销|处分")


def _ends_in_a_sanctions_kind(person: Entity, text: str) -> bool:
    """A person of four or five characters and a common one-character surname whose last two open the name of a
    sanction after it (厅长王天琦|政务记过处分: CCTV news of discipline notices); no gold name of the corpora ends in
    one."""
    return (len(person.text) in (4, 5) and common_single_surname(person.text) and person.text.endswith(_SANCTION_KINDS)
            and _SANCTIONS.match(text, person.end) is not None)


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
    if (start != entity.start or end <= entity.end or word_tag(word)[:2] in ("ns", "nr", "nt") or ends_like_a_name(word)
            or entity.text[-1] in PLACE_ABBREVIATIONS or entity.text[-1] in _SHORT_NAMES_IN_A_WORD):
        return None
    name = entity.text[:-1]
    placed = name in COUNTRIES_AND_PROVINCES or is_place_word(name) or set(name) <= STATE_ABBREVIATIONS
    return end if placed and is_known_word(text[entity.end - 1 : end]) else None


#: The verbs of joining in a name of three characters is read into (部长尤权参|加。, 秘书长王晨一|同看望: CCTV news): 参加
#: and 一同, 一起, 一道 (not 一同志: 何大一|同志). No gold person of the corpora ends in 参, and none that ends in 一 stands
#: before 同, 起 or 道 (张永一|、, 何大一|，).
_JOINING_IN = re.compile(r"参加|一(?:同(?!志|学|事|胞|乡|龄)|起|道)")

#: A message a person sends (致|慰问电, 致|贺信): what follows the 致 a name was read on into.
_MESSAGE_SENT = re.compile(r"(?:慰问|贺|唁|感谢|祝贺)?(?:电|信|函)|辞|词")


#: The one-character endings of a body after a place's unit (西湖区委, 杭州市府, 余杭区局, 川汇区零工市场): a place read
#: on by one character into anything else is the place (but a party: 乌克兰地区党).
_BODY_ENDINGS_AFTER_A_UNIT = frozenset("委局院会部所厅办司队组社府馆站行校团军厂营处科室署庭台报场党盟")
_PLACE_AND_ONE_CHARACTER = re.compile(rf"^[\u4e00-\u9fff]{{2,}}(?:{ADMIN_UNIT_ENDINGS})([\u4e00-\u9fff])$")


def place_read_on_by_one_character(entity: Entity) -> Entity:
    """An ORG that is a place with its unit and one character that ends no body, the place, a LOC (在西湖区数|智党建新模式:
    the example page, where 数智 is no word of jieba's, so :func:`cut_word_overrun` cannot see the word run into). No
    gold ORG of MSRA train, CLUENER, People's Daily dev or the written splits is a place and one such character but
    for a 市场 (川汇区零工市场, 南方共同市场), and none of the tagger's ORGs on the check sets or 4,000 CCTV stories is."""
    overrun = _PLACE_AND_ONE_CHARACTER.match(entity.text) if entity.type == "ORG" else None
    if overrun is None or overrun.group(1) in _BODY_ENDINGS_AFTER_A_UNIT:
        return entity
    return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])


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
    (transliterations: 皮尔庞特, since stop 87 kept: a name of three transliteration characters or more, the last one
    of them, is not cut), and
    People's Daily dev moves 0.9221 → 0.9224.
    A name of three or four characters read on into a speaker's 作 (王晨作|的关于…的报告, 王晨作|的有关…, 章轲作|了说明: from CCTV
    news) is cut there; no gold person of the corpora ends in 作 but 池田大作, of five. So is one of three read into
    the first character of 参加 or of 一同, 一起, 一道 (部长尤权参|加, 秘书长王晨一|同看望: :data:`_JOINING_IN`).
    Such a name whose last character is an adverb (何立新|正指导:
    :data:`NAME_FOLLOWING_WORDS`), or a preposition (丁仲礼|向会议), is cut too; none of those gold names is.
    A place or body that took the first character of one of :data:`PREDICATE_OPENERS` gives it back whatever the
    name before it (国家出|台措施, 国务院委|托; not 组织, a body's name too: 联合国粮食与农业组|织; what is left of an ORG
    is a place where it ends in a unit); no gold place or body of the corpora ends so (from CCTV news).
    A village read on into the 村 of 村集体, 村民, 村部, 村干部, 村务, 村口, 村头 or 村(党)支部 gives it back (澳角村|村集体,
    德胜村|村民, 大庄村|村部, 化屋村|村口, 代村|村支部书记: jieba reads 村村 as one word, so the rule above misses it; from
    CCTV news), and so does a water,
    island, mountain or county read on into its unit's doubled character where that character and the next are a
    word (长江江|心, 沅江江|畔, 克拉伦斯河河|边, 衡阳县县|城: CCTV news; no gold place of the corpora ends so but the
    names of two people and a prize of MSRA's), and a place its unit ends read on into the first
    character of a generic word (黑龙江省新|农村). Where the word run into opens the name of a body or venue after
    the place (红安县党|性教育中心: :func:`end_of_a_named_venue`), the ORG goes on to that name's end instead.
    A town known by one character and its unit keeps the doubled unit of its official name, alone or after its county
    (湖镇镇|党委副书记, 缙云县壶镇镇|党委: county paragraphs; 湖镇|镇长 still cut). A head's post read on into the 长 of
    长达 (as long as) gives it back (市长长|达22年:
    CCTV news; 秘书长|达成 keeps its one 长). A person read on into the 致 (sends) of a message sent gives it back
    (法国总统马克龙致|慰问电, 卢拉致|慰问电: CCTV news); no gold person of the corpora ends in 致. A place read on into the
    word for its power station or substation goes on to the word's end, an ORG (华埠变|电站 → 华埠变电站).
    """
    name, last = entity.text[:-1], entity.text[-1]
    if entity.type == "LOC" and text.startswith("族", entity.end):
        return entity  # 展示|塔吉克|族的民族文化: a people's name before its 族, which is_ethnic_group drops whole
    if entity.type == "TITLE" and entity.text.endswith("长长") and is_known_word(text[entity.end - 1 : entity.end + 1]):
        return Entity(entity.start, entity.end - 1, "TITLE", name)  # 市长长|达22年: the head's 长 doubled by 长达
    word_start, word_end = word_at(text, entity.end - 1)
    if (entity.type in ("LOC", "ORG") and len(name) >= 2 and word_start == entity.end - 1 and word_end > entity.end
            and text[word_start:word_end].endswith(POWER_STATION_ENDINGS)):
        # a place read on into the word for its station (110千伏|华埠变|电站: local-news style): the station, a body
        return Entity(entity.start, word_end, "ORG", text[entity.start : word_end])
    opener = PREDICATE.match(text, entity.end - 1) if entity.type in ("LOC", "ORG") and len(name) >= 2 else None
    if opener and opener.group() != "组织":  # 组织 is a body's name too (联合国粮食与农业组|织)
        # a predicate's first character, whatever the name before it: 国家出|台措施, 国务院委|托
        return Entity(entity.start, entity.end - 1, "LOC" if entity.type == "LOC" or UNIT_END.search(name) else "ORG", name)
    if (entity.type == "ORG" and runs_into_a_common_word(entity, text)
            and (is_place_word(name) or reads_as_places(text, entity.start, entity.end - 1))):
        return Entity(entity.start, entity.end - 1, "LOC", name)  # 河南周口局|地 (局地, 'locally') is the place
    if entity.type == "ORG" and len(name) >= 2 and text.startswith("部分", entity.end - 1) and runs_into_a_common_word(entity, text):
        return Entity(entity.start, entity.end - 1, "ORG", name)  # 国际足联部|分官员: 部分 (some of) follows the body
    if (entity.type == "LOC" and len(name) >= 3 and entity.text.endswith("村村")
            and text.startswith(("集体", "民", "部", "干部", "务", "口", "头", "支部", "党支部"), entity.end)):
        # 澳角村|村集体, 澳角村|村民, 大庄村|村部 (the village office), 村干部, 村务, 化屋村|村口, 代村|村支部书记: jieba
        # reads 村村 as a word
        return Entity(entity.start, entity.end - 1, "LOC", name)
    if (entity.type == "LOC" and len(name) >= 2 and last == name[-1] and last in "河江湖海岛山县"
            and is_known_word(text[entity.end - 1 : entity.end + 1])):
        return Entity(entity.start, entity.end - 1, "LOC", name)  # 长江江|心, 克拉伦斯河河|边, 衡阳县县|城: the unit doubled
    if entity.type == "LOC" and UNIT_END.search(name) and text.startswith(_LONG_GENERIC_WORDS, entity.end - 1):
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
    if (entity.type == "PER" and len(name) >= 2 and last == "涉" and text[entity.end : entity.end + 1] in ("黑", "恶")
            and common_single_surname(name)):
        return Entity(entity.start, entity.end - 1, "PER", name)  # 为郑琦涉|黑组织: 涉 opens 涉黑 (gang-related)
    if entity.type == "PER":
        if _name_read_into_a_longer_word(entity, text):
            return Entity(entity.start, entity.end - 1, "PER", name)  # 马克思主|义理论 → 马克思, as MSRA tags 马克思主义
        if _runs_two_into_a_word(entity, text):
            return Entity(entity.start, entity.end - 2, "PER", entity.text[:-2])  # 张俊峰|超标准配备, 黄武|超标准
        if _ends_in_an_adverb_word(entity, text):
            return Entity(entity.start, entity.end - 2, "PER", entity.text[:-2])  # 汪洋|充分肯定, 李兵昌|故意刁难
        if _ends_in_a_sanctions_kind(entity, text):
            return Entity(entity.start, entity.end - 2, "PER", entity.text[:-2])  # 王天琦|政务记过处分
        # a name of a common one-character surname has at most three characters: 吴晓东汇|报 is 吴晓东 + 汇报
        run_over = (len(entity.text) == 4 and common_single_surname(entity.text)
                    and not (entity.text[-1] in TRANSLITERATION_CHARS  # 皮尔庞特|等: a transliteration; not 阿富汗平|民
                             and sum(char in TRANSLITERATION_CHARS for char in entity.text) >= 3
                             and name not in COUNTRIES and not is_place_word(name)))
        speaker = len(entity.text) in (3, 4) and common_single_surname(entity.text)  # 王晨作|的关于…的报告, 章轲作|了说明
        joining_in = len(entity.text) == 3 and bool(_JOINING_IN.match(text, entity.end - 1))  # 尤权参|加, 王晨一|同看望
        cut = (run_over and (last in NAME_FOLLOWING_WORDS or last_character_opens_next_word(entity, text))
               or speaker and (bool(SPEAKERS_ZUO.match(text, entity.end - 1)) or joining_in))
        return Entity(entity.start, entity.end - 1, "PER", name) if cut else entity
    # a bare place name (甘肃|革命, 汶川|特大) counts too, unless the last character may go on a place (龙潭湖|畔, 浙西南)
    # also two dictionary places (福建宁德|多举措), but not before a place's abbreviation (MSRA's 日本广岛亚 of 亚运会)
    named_place = (entity.type == "LOC" and last not in PLACE_FEATURE_CHARACTERS and (is_place_word(name) or (
        last not in PLACE_ABBREVIATIONS and reads_as_places(text, entity.start, entity.end - 1))))
    if entity.type not in ("LOC", "ORG") or len(name) < 2 or not (ends_like_unit_or_body(name) or named_place):
        return entity
    into_verb = text.startswith(_VERBS_OPENED_BY_HUI, entity.end - 1)  # also where jieba joins 会 backwards (革委会)
    # a central body never goes on into another ending: 中共中央委|托 is 中共中央 + 委托
    if last != name[-1] and ends_like_unit_or_body(entity.text) and not into_verb and not name.endswith("中央"):
        return entity
    if not (last_character_opens_next_word(entity, text) or into_verb):
        return entity
    if (name[-1] == last and last in "镇乡" and (len(name) == 2 or name[-3] in "县市区旗")
            and not text.startswith("长", entity.end)):
        # 湖镇镇|党委副书记, 缙云县壶镇镇|党委: a town known by one character and its unit (湖镇, 乌镇), its name doubling it
        return entity
    cut = bare_place_as_place(Entity(entity.start, entity.end - 1, entity.type, name))
    venue_end = end_of_a_named_venue(cut, text) if entity.type == "ORG" and cut.type == "LOC" and not into_verb else 0
    if venue_end >= entity.end:  # 红安县党|性教育中心: the word run into opens the venue's name, which goes on
        return Entity(entity.start, venue_end, "ORG", text[entity.start : venue_end])
    return cut
