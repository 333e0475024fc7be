"""Rules for places (LOC): chains of administrative units, states, provinces and cities, rivers, lakes and
other features, one-character abbreviations, and what a place's span reads on into.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from zhpolicy.data.bylines import SURNAMES, TRANSLITERATION_CHARS
from zhpolicy.data.counties import ZHEJIANG_SHORT_NAMES
from zhpolicy.data.countries import (
    CITIES_BY_PROVINCE,
    COUNTRIES,
    FOREIGN_CITIES,
    PROVINCES,
)
from zhpolicy.data.national_bodies import INTERNATIONAL_BODIES, NATIONAL_BODIES
from zhpolicy.data.records import Entity

from ..officials import PERMANENTLY_STATIONED, STATIONED
from ..word_features import (
    is_known_word,
    is_noun_word,
    is_place_word,
    is_verb,
    tagged_words,
    word_at,
    word_ends_at,
    word_frequency,
    word_starts_at,
    word_tag,
)
from .common import (
    ADMIN_UNIT_ENDINGS,
    BODY_VERB_ENDINGS,
    BODY_WORD,
    BODY_WORDS_READ_AS_VERBS,
    CHINESE_NUMERALS,
    CITIES,
    CLAUSE_WORD_TAGS,
    COUNTRIES_AND_PROVINCES,
    COUNTRY_NAMES_LONGEST_FIRST,
    DIRECTION_AREA_WORDS,
    DIRECTIONS,
    ENDS_A_NAME,
    EVENT_AFTER_A_BODY,
    FEATURE_ENDINGS,
    GENERIC_WORDS,
    INSTITUTION_ENDINGS,
    INTERNATIONAL_BODY_OPENINGS,
    JOINERS_BEFORE_A_NAME,
    JOINT,
    NAME_ENDINGS,
    NATURAL_FEATURE_ENDINGS,
    ORG_ENDINGS,
    PLACE_ABBREVIATIONS,
    POST_ENDING,
    PREDICATE,
    PREDICATE_OPENERS,
    PROVINCES_LONGEST_FIRST,
    SPORTS_WORDS,
    STATE_ABBREVIATIONS,
    STATE_POSTS_LONGEST_FIRST,
    STREET_AND_MARKET_KINDS,
    UNIQUE_BODIES_LONGEST_FIRST,
    UNIT_END,
    WATER_NAME_ENDINGS,
    WHOLE_OF_A_UNIT,
    alone_or_after_a_state,
    cut_trailing_common_noun,
    ends_like_a_name,
    ends_like_unit_or_body,
    foreign_place_read_as_person,
    in_a_sports_clause,
    in_book_title,
    in_place_of,
    in_term_with_no_name,
    is_city_no_name_reads_as,
    is_cjk,
    is_fragment,
    is_place_name_or_state,
    is_place_named_alone,
    is_place_or_city,
    is_province_and_city,
    is_province_city_or_state,
    joined_to_the_span_before,
    longest_first,
    longest_name_before,
    name_tagged_whole,
    names_holding_a_post,
    names_tagged_whole,
    opening_province,
    overlaps_another,
    overlaps_any,
    place_names_and_short_names,
    reads_as_places,
    short_quotations_around,
    untagged_names_tagged,
    water_of_two_characters,
    whole_words,
)


def in_developing_country(entity: Entity, text: str) -> bool:
    """Whether a place lies inside 发展中国家 or 发展中大国 (developing countries; 向|发展中国家|提供, 中巴都是…的发展|中大国),
    where the tagger reads 中国 or 中大国 as a place (CCTV news, 6 times); not 发展|中国特色社会主义 (MSRA's places)."""
    return (entity.type == "LOC" and text.endswith("发展", 0, entity.start)
            and (entity.text == "中大国" or (entity.text == "中国" and text.startswith("家", entity.end))))


#: The characters after a place's name that make the name of its language or dialect (西班牙语, 阿拉伯文, 广东话).
_LANGUAGE_ENDINGS = ("语", "文", "话")


def is_language_name(entity: Entity, text: str) -> bool:
    """Whether a place opens jieba's one word for its language (英语、阿拉伯|语、西班牙|语: written dev, CCTV news), or is
    that word of a language in 语 read whole (流利的|维吾尔语), which names no place: no gold span of the corpora stands
    so, though MSRA tags 鄂伦春 before a 语 jieba reads alone."""
    if entity.type != "LOC":
        return False
    word = word_at(text, entity.start)
    if len(entity.text) >= 3 and entity.text.endswith("语") and word == (entity.start, entity.end):
        return True  # read whole with its 语 (说一口流利的|维吾尔语: CCTV news)
    return text.startswith(_LANGUAGE_ENDINGS, entity.end) and word == (entity.start, entity.end + 1)


#: The set pairs of Party and state news (党和国家|事业, 国家和社会|公共利益, 党和人民, 党和政府): no body.
PARTY_AND_STATE_PAIRS = ("党和国家", "国家和社会", "国家和人民", "党和人民", "党和政府")


def opens_with_party_and_state(entity: Entity) -> bool:
    """Whether a place or body opens with a set pair of :data:`PARTY_AND_STATE_PAIRS`, which names no body
    (聚焦|党和国家中心|任务, 损害|国家和社会|公共利益, 在|党和国家事业发展大局中|谋划: CCTV news); no gold span of the
    corpora opens with one."""
    return entity.type in ("LOC", "ORG") and entity.text.startswith(PARTY_AND_STATE_PAIRS)


def untagged_unit_of_an_unknown_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a village, township, town, county, street or community left untagged whose name is two characters jieba
    knows as no word, read one by one, or as a rare word it counts 20 times or fewer (离开|油房村, 最偏远的|板升乡)
    (所在的|许厝村, 来到|化屋村, 深处的|格头村, 日本|新潟县, 疏附县，|站敏乡: CCTV news of
    places too small for the tagger to know). The unit must be a word of its own to jieba (not 村民, 村里), the name
    hold no function character, numeral or unit character (的通村, 他驻村, 一校一县, 村畅乡) and open after a mark, a
    function character or a word of two characters or more (not inside a name: 大王庄村), outside quotation marks
    (“三靠村”, a nickname) and touching no span; and the text must name it twice or more, or after 在, 来到, 所在的 and
    the like, or right after a place of a higher level, or such a place and a comma (日本|新潟县, 疏附县，|站敏乡; not
    仙居县|共设县; one found right after such a place joins its chain: 松阳县水南街道|新处村), or give its name another
    unit, tagged or found so (许厝村 … 改造为|许厝社区): a verb and a character
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
                or overlaps_any(entities, start, end)):
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
    if not found:
        return list(entities)

    def join_end(before: Entity, entity: Entity) -> int | None:
        # one found right after a place of a higher level ends its chain (松阳县水南街道|新处村: one LOC)
        return (entity.end if entity in found and before.type == "LOC" and before.end == entity.start
                and _unit_level(entity.text) < _unit_level(before.text) else None)
    return joined_to_the_span_before(sorted([*entities, *found], key=lambda e: (e.start, e.end)), text, join_end)


def _opens_after_a_word_or_mark(start: int, text: str) -> bool:
    """Whether ``text[start]`` follows a mark, a function character or a word of jieba's of two characters or more."""
    if start == 0 or not is_cjk(text[start - 1]):
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


#: A reservoir's name of two or three characters before 水库, looked at from every position (碗窑|水库, 铜山源|水库).
_RESERVOIR = re.compile(r"(?=([\u4e00-\u9fff]{2,3})水库)")
#: jieba's tags of the words a reservoir's name may be read as: places, names, other proper nouns and bound morphemes.
_NAME_WORD_TAGS = ("ns", "nr", "nrt", "nz", "ng", "zg")
#: Characters no reservoir's name holds: function characters, measures and sizes (这座水库, 小型水库, 各水库, 多地水库,
#: 超汛限水库: gov.cn and CCTV news).
_NOT_IN_A_RESERVOIR_NAME = _NOT_IN_AN_UNKNOWN_NAME | frozenset("座型小大中新老病险库塘多超")
#: How often jieba may count a dictionary word that names a reservoir whole (铜山 26, 黄坛口 5; not 大坝 213, 湖泊).
_RARE_NAME_WORD = 100


def untagged_reservoir(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a reservoir left untagged whose name jieba reads as no common word: one character at a time, or as words
    it tags a place, a name or a bound morpheme and counts rarely (实施|碗窑水库|灌区改造, 加固|铜山源水库: local-style
    sentences; written dev's 团结水库 is a common word and stays untagged). The name opens after a mark, a function
    character or a word of two characters or more, holds no function, measure or size character (这座水库, 小型水库,
    病险水库, 山塘水库), is no predicate's opener (新建水库3座) and touches no span."""
    found: list[Entity] = []
    for match in _RESERVOIR.finditer(text):
        start, name = match.start(1), match.group(1)
        end = start + len(name) + len("水库")
        if (set(name) & _NOT_IN_A_RESERVOIR_NAME or name in PREDICATE_OPENERS or name in GENERIC_WORDS
                or not word_starts_at(text, start) or word_at(text, start + len(name)) != (start + len(name), end)
                or not _opens_after_a_word_or_mark(start, text) or overlaps_any([*entities, *found], start, end)):
            continue
        words = [word for word, _ in tagged_words(name, guesses=False)]
        if all(len(word) == 1 or (word_tag(word).startswith(_NAME_WORD_TAGS) and word_frequency(word) <= _RARE_NAME_WORD)
               for word in words) and not (len(words) == 1 and len(name) >= 2 and word_frequency(name) > _RARE_NAME_WORD):
            found.append(Entity(start, end, "LOC", text[start:end]))
    return sorted([*entities, *found], key=lambda e: (e.start, e.end)) if found else list(entities)


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
    return alone_or_after_a_state(name, FOREIGN_CITIES, COUNTRIES)


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
            if len(rest) < 2 or not (is_place_or_city(rest) or rest[-1] in "省市州县国"):
                continue
            result[index - 1] = Entity(before.start, before.start + len(rest), "LOC", rest)
        elif not (before.type == "LOC" and (before.end == noun_start
                                              or (before.end == noun_start - 2 and text[before.end : noun_start] in DIRECTIONS))):
            continue
        result[index] = Entity(entity.start, entity.end, "LOC", entity.text)
    return result


def city_read_in_part(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make the whole city a LOC where a span, of any type, is part of a foreign or Chinese city's name of
    :data:`FOREIGN_CITIES` or ``CITIES`` that the text spells out around it: one to three characters left out at its
    end or one or two at its start (阿勒|颇, 的黎波|里, 雷克雅|未克, 慕尼|黑, 汗|尤尼斯 (PER), 大马|士革 (PER): CCTV news,
    where the tagger stops inside a transliteration). Not a span of one character (京 of 华北京津冀), nor where the span
    is a place or city itself unless jieba reads the city as one word (大马|士革, 法兰克|福), nor where the
    city's name would reach into another span. No gold span of the corpora is part of such a name."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for entity in ordered:
        city = None
        if entity.type in ("LOC", "ORG", "PER") and len(entity.text) >= 2:
            a_place = is_place_or_city(entity.text)  # 大马 (Malaysia) of 大马士革: only where jieba reads the city whole
            spans = [(entity.start, entity.end + more) for more in (1, 2, 3)] + [(entity.start - more, entity.end) for more in (1, 2)]
            city = next(((start, end) for start, end in spans if start >= 0 and text[start:end] in _KNOWN_CITIES
                         and not overlaps_another(ordered, entity, start, end)
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
              and not ORG_ENDINGS.search(e.text) and not e.text.endswith(NAME_ENDINGS["ORG"]) and e.text[-1] not in "军盟"}
    return [Entity(e.start, e.end, "LOC", e.text) if e.type == "ORG" and e.text in places else e for e in entities]


#: What only follows a place: a city's districts and its compass parts (城区, 郊区, 西部, 以南).
_PLACE_PART_AFTER = re.compile(r"城区|市区|郊区|[东南西北]郊|[东南西北]部|以[东南西北]")


#: The shared future a pair of states' community is named for, read on from the states (中非命运共同体, 中肯命运共同|体).
_SHARED_FUTURE = re.compile(r"[-—－]?命运(?:共同体?)?$")


def shared_future_off_its_states(entity: Entity, text: str) -> list[Entity]:
    """Cut a community with a shared future (命运共同体: a policy idea, no organization) off the states that name it,
    each a LOC (构建|中非命运共同体 → 中非, 中肯命运共同|体 → 中 + 肯 beside 肯尼亚, 中国-东盟命运共同体 → 中国 + 东盟, the
    association an ORG, as any international body: 上海合作组织命运共同体 → 上海合作组织; CCTV news, which the tagger read
    as bodies 30 times in the probes); with no state before it
    nothing is left (人类命运共同体). The organizations named 共同体 stay (东非共同体, 安第斯共同体, 东盟共同体)."""
    match = _SHARED_FUTURE.search(entity.text) if entity.type in ("LOC", "ORG") else None
    if match is None:
        return [entity]
    pieces: list[Entity] = []
    for part in re.finditer(r"[^-—－]+", entity.text[: match.start()]):
        name, start = part.group(), entity.start + part.start()
        if name in NATIONAL_BODIES or name in INTERNATIONAL_BODIES:
            pieces.append(Entity(start, start + len(name), "ORG", name))
        elif (_names_states(name) or name in COUNTRIES or is_place_or_city(name) or name in _WORLD_REGIONS
              or (len(name) <= 3 and all(char in STATE_ABBREVIATIONS or _opens_a_state_the_text_names(char, text)
                                         for char in name))):  # also 中肯 beside 肯尼亚
            pieces.append(Entity(start, start + len(name), "LOC", name))
        elif name != "人类":
            return [entity]
    return pieces


#: 驻 (stationed in) or 常驻 (permanently stationed in) before the place or body of a posting (中国|驻|伊朗, 俄罗斯|常驻|联合国).
_STATIONED_IN = re.compile(f"{PERMANENTLY_STATIONED}|{STATIONED}")
#: What a body's name written after the place of a posting goes on with (中国人民解放军驻香港|部队, 中国驻美国|大使馆): a span
#: stopping before it is that body's name cut short, not the sender and a place.
_BODY_OF_A_POSTING = re.compile(r"大?使馆|使团|总?领事?馆|代表[团处]|办事处|联络办|特派团|部队|军")


def stationed_place_parted(entity: Entity, text: str) -> list[Entity]:
    """Part a place or body read on across 驻 (常驻) into the place or body someone is stationed in, and no further,
    into the sender and that place (叙驻联合国|代表 → 叙 + 联合国, 俄罗斯常驻禁化武组织|代表 → 俄罗斯 + 禁化武组织,
    中国驻马来西亚|和越南大使馆 → 中国 + 马来西亚), or that place alone where no sender is written (驻喀布尔|的大使馆 →
    喀布尔): CCTV news; MSRA's train and People's Daily's dev tag no span that ends at the place of a posting. Not a body
    whose name goes on after it (中国人民解放军驻香港|部队), nor 驻马店 or 驻韩美军 (韩美军 is no place)."""
    stationed = _STATIONED_IN.search(entity.text) if entity.type in ("LOC", "ORG") else None
    if stationed is None or entity.text.startswith("驻马店", stationed.start()) or _BODY_OF_A_POSTING.match(text, entity.end):
        return [entity]
    sender, place = entity.text[: stationed.start()], entity.text[stationed.end() :]
    if not place:
        return [entity]
    place_start = entity.start + stationed.end()
    if place in INTERNATIONAL_BODIES or place.endswith("组织"):
        pieces = [Entity(place_start, entity.end, "ORG", place)]
    elif _names_states(place) or is_place_or_city(place) or re.search(f"(?:{ADMIN_UNIT_ENDINGS})$", place):
        pieces = [Entity(place_start, entity.end, "LOC", place)]
    else:
        return [entity]
    if sender:
        kind = "LOC" if _names_states(sender) or is_place_or_city(sender) else entity.type
        pieces.insert(0, Entity(entity.start, entity.start + len(sender), kind, sender))
    return pieces


def states_side_by_side_parted(entity: Entity, text: str) -> list[Entity]:
    """Part a place or body that is two states' names side by side into the two states, LOCs: 秘鲁委内瑞拉 (ORG)|宣布,
    泰国柬埔寨|边境冲突, 美国中国|问题专家 (CCTV news headlines, which drop the 、 between them); so are two provinces
    (云南贵州|发生地震, 福建宁夏|两省区: no chain of units); two teams stay bodies (MSRA's 中国印尼 (ORG)|两队 → 中国 +
    印尼, ORGs)."""
    if entity.type not in ("LOC", "ORG"):
        return [entity]
    kind = "ORG" if entity.type == "ORG" and text.startswith(("两队", "队"), entity.end) else "LOC"
    for cut in range(2, len(entity.text) - 1):
        first, second = entity.text[:cut], entity.text[cut:]
        if ((first in COUNTRIES and second in COUNTRIES)
                or (first in PROVINCES and second in PROVINCES and first != second)):
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


def state_and_its_body_read_apart_joined(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Join a span that stops inside a state's name the text writes whole to the body or place right after it that
    holds the rest of the name and runs on past it, one span of the latter's type: 塔吉克 (PER)|斯坦共产党 (ORG) →
    塔吉克斯坦共产党 (CCTV news, as the same story reads 伊拉克库尔德斯坦共产党 whole); where the next span holds only the
    rest of the name, :func:`state_name_completed` reads the state."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    joined: list[Entity] = []
    for entity in ordered:
        before = joined[-1] if joined else None
        if (before is not None and before.end == entity.start and entity.type in ("LOC", "ORG")
                and before.type in ("LOC", "ORG", "PER") and len(before.text) >= 2 and before.text not in COUNTRIES):
            state = next((name for name in COUNTRY_NAMES_LONGEST_FIRST if len(name) > len(before.text)
                          and name.startswith(before.text) and text.startswith(name, before.start)), None)
            if state is not None and before.start + len(state) < entity.end:
                joined[-1] = Entity(before.start, entity.end, entity.type, text[before.start : entity.end])
                continue
        joined.append(entity)
    return joined


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
            if not overlaps_another(entities, entity, state_start, entity.start):
                completed.append(Entity(state_start, entity.start + close + 1, "LOC", state))
                if len(entity.text) - close - 1 >= 2:
                    completed.append(Entity(entity.start + close + 1, entity.end, entity.type, entity.text[close + 1 :]))
                continue
        if entity.type in ("LOC", "ORG", "PER") and len(entity.text) >= 2 and entity.text not in COUNTRIES:
            state = next((name for name in COUNTRY_NAMES_LONGEST_FIRST
                          if len(name) > len(entity.text) and name.startswith(entity.text) and text.startswith(name, entity.start)), None)
            if state is not None and not overlaps_another(entities, entity, entity.end, entity.start + len(state)):
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
    character (四川大足的, 河北保定、: places jieba tags as verbs); a verbal noun only where it opens a predicate in this
    genre (执法检查组在|四川检查|水污染防治法实施: 检查, 调研, 启动, 运用); an ORG only where the word is an adverb, a
    one-character verb or one that opens a predicate (北京联想, 德国奔驰 are companies: CLUENER and MSRA gold).
    """
    places = {e.text for e in entities if e.type == "LOC"}
    cut: list[Entity] = []
    for entity in entities:
        if entity.type in ("LOC", "ORG") and len(entity.text) >= 3 and not ends_like_a_name(entity.text):
            start, end = word_at(text, entity.end - 1)
            word, place = text[start:end], text[entity.start : start]
            tag = word_tag(word)
            after = text[end : end + 1]
            adjective = word in ("新", "大") and entity.type == "LOC"  # 埃及|新|宪法, 中华|大|地; not 赤峰市|长 (a mayor)
            # a verbal noun only where it opens a predicate: 四川|检查
            verb = tag.startswith("v") and (tag != "vn" or word in PREDICATE_OPENERS)
            if (end == entity.end and len(place) >= 2 and (tag == "d" or verb or adjective)
                    and not is_place_word(word) and word != JOINT and word not in STATE_ABBREVIATIONS
                    and not word.endswith(_NAME_WORDS_TAGGED_AS_VERBS) and is_cjk(after) and after not in _NOT_A_PREDICATE_AFTER
                    and (entity.type == "LOC" or tag == "d" or len(word) == 1 or word in PREDICATE_OPENERS)
                    and (place in places or place in COUNTRIES_AND_PROVINCES or is_place_word(place))):
                cut.append(Entity(entity.start, start, "LOC", place))
                continue
        cut.append(entity)
    return cut


#: The first characters of words a place may run into that go on naming it: a unit (伦敦市|政府, 大槐树村|民) or an
#: army's region (西藏|军区).
_WORD_GOES_ON_WITH_THE_PLACE = frozenset(ADMIN_UNIT_ENDINGS.replace("|", "")) | {"军"}


#: A city's urban area, which the corpora leave out of the place (长沙|城区, 香港|城区) though it ends like a district.
_URBAN_AREA_WORDS = frozenset({"城区", "市区", "郊区"})


def place_cut_before_a_word_it_opens(entity: Entity, text: str) -> Entity:
    """Cut a place back to the place it names where the tagger ended it inside a common word that opens after the
    place and runs past the span (朝鲜|发射卫星 read 朝鲜发射, 纽约|公寓楼, 香港|大街小巷, 伊拉克|什叶派, 长三角|世界级,
    以色列|总理府, 拉萨|城区: CCTV news). What stands before the word is a place of jieba's dictionary, a state or a province;
    or one of China's cities (拉萨); the word is none of jieba's places, bodies or names (新疆|阿克苏地区, 喀山|世锦赛 are left), opens with no unit
    (伦敦市|政府) and ends no name (雅鲁藏布|大峡谷); a span that ends like a name itself stays (北流江|边, 安第斯山|麓,
    MSRA's 海峡两岸|三地), but for a city's urban area (拉萨城|区: the corpora leave 城区 out)."""
    if entity.type != "LOC" or len(entity.text) < 3:
        return entity
    start, end = word_at(text, entity.end - 1)
    word, head = text[start:end], text[entity.start : start]
    if not (entity.start + 2 <= start and end > entity.end) or word[0] in _WORD_GOES_ON_WITH_THE_PLACE:
        return entity
    if word not in _URBAN_AREA_WORDS and (
            word_tag(word) in ("ns", "nt", "nr") or word[-1] in ENDS_A_NAME or word.endswith(("谷", "峡"))
            or entity.text[-1] in ENDS_A_NAME or entity.text.endswith("两岸")):
        return entity
    if not (is_place_word(head) or is_province_city_or_state(head)):
        return entity
    return Entity(entity.start, start, "LOC", head)


#: China's pilot free trade zones, named with their province in brackets: 中国（湖南）自贸试验区, 中国(上海)自由贸易试验区.
_FREE_TRADE_ZONE = re.compile(r"中国[（(][\u4e00-\u9fff]{2,4}[）)](?:自由贸易试验区|自贸试验区|自由贸易区|自贸区)")
#: A pilot free trade zone or port named by its province alone (浙江自贸区, 海南自由贸易港, 上海自贸试验区); only a
#: province of :data:`PROVINCES` (not 亚太自贸区 or 中日韩自贸区, which are agreements, no places).
_FREE_TRADE_WORD = re.compile(r"自由贸易试验区|自贸试验区|自由贸易区|自贸区|自由贸易港|自贸港")
_PROVINCE_FREE_TRADE_ZONE = re.compile(rf"(?:{'|'.join(PROVINCES_LONGEST_FIRST)})(?:{_FREE_TRADE_WORD.pattern})")


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
        if not in_book_title(named, text):
            found = name_tagged_whole(found, named)
    # the 港 of a free trade port named by no province is no place of its own (自由贸易|港)
    words = [(zone.start(), zone.end()) for zone in _FREE_TRADE_WORD.finditer(text)]
    found = [e for e in found if not (len(e.text) == 1 and any(start <= e.start and e.end <= end for start, end in words))]
    return sorted(found, key=lambda e: (e.start, e.end))


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
        if is_place_word(venue.group(1)) and not overlaps_any(entities, start, end):
            found.append(Entity(start, end, "LOC", venue.group(1)))
    return sorted(found, key=lambda e: (e.start, e.end))


#: China's cities that are common words too (来宾 guests, 大庆 a celebration, 安康, 日照, 乐山, 大同, 长治, 北海, 红河,
#: 玉树, 普洱 …; MSRA leaves 来宾, 白银, 安康, 大庆, 朝阳, 乐山 and 日照 untagged 29 times): never tagged where left out.
_CITIES_THAT_ARE_WORDS = frozenset({
    "来宾", "大庆", "安康", "日照", "乐山", "大同", "长治", "北海", "红河", "玉树", "普洱", "大理", "文山", "三明", "海东",
    "海西", "海北", "山南", "黄南", "甘南", "黔南", "白山", "黑河", "天门", "新余", "宜春", "吉安", "定西", "平凉", "怒江",
    "迪庆", "德宏", "果洛", "阿坝", "凉山", "伊春", "湘西", "金昌", "铜仁", "白银",
})  # and those read as people (:data:`_CITIES_READ_AS_PEOPLE`), which :func:`is_city_no_name_reads_as` leaves out


#: Foreign capitals whose names jieba may read as words of a clause (酥油茶机|里加|茶, 马|累, 塔林): not tagged where left out.
_FOREIGN_CITIES_THAT_READ_AS_WORDS = frozenset({"里加", "马累", "塔林", "苏瓦", "基多"})


@cache
def _states_provinces_and_cities_longest_first() -> list[str]:
    """States, provinces and cities the tagger may leave untagged (:func:`untagged_state_or_province`), longest
    first: China's cities that no name reads as (:func:`is_city_no_name_reads_as`) and no common word is, and the
    foreign capitals and cities of :data:`FOREIGN_CITIES` but those that read as words."""
    cities = {city for city in CITIES if is_city_no_name_reads_as(city) and city not in _CITIES_THAT_ARE_WORDS}
    return longest_first(COUNTRIES | PROVINCES | cities | (FOREIGN_CITIES - _FOREIGN_CITIES_THAT_READ_AS_WORDS))
#: What may follow a state or province the tagger left untagged for it to be tagged: a mark, a particle, a joiner.
_AFTER_AN_UNTAGGED_PLACE = frozenset("，。、；：！？的和与及等")
#: Bodies a state's or province's name opens (也门改革集团, 佛得角争取民主运动): no place of its own there.
_BODY_LATER_IN_THE_CLAUSE = re.compile(r"[^，。、；：！？\n]{0,10}?(?:党|集团|运动|联盟|阵线|组织|大学|公司|政府|委员会)")


#: Names of bodies, media, events and programmes a country's name may open further on in its clause (意大利高等卫生研究院,
#: 中国国际消费品博览会, 健康中国战略, 美国消费者新闻与商业频道): no place of its own there (LABELS.md: nothing is tagged
#: inside an event's or programme's name).
_NAME_LATER_IN_THE_CLAUSE = re.compile(
    rf"[^，。、；：！？\n]{{0,12}}?(?:{EVENT_AFTER_A_BODY.pattern}|研究院|学院|医院|法院|展览会|大会|年会|艺术节|电影节|"
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
            return not (overlaps_another(found, place, place.start, place.end) or in_a_sports_clause(place, text)
                        or in_book_title(place, text) or short_quotations_around(place, text))
        before_its_post = text.startswith(STATE_POSTS_LONGEST_FIRST, place.end) and not any(
            entity.start == place.end and entity.type != "TITLE" for entity in found)
        return not (overlaps_another(found, place, place.start - 1, place.end + (0 if before_its_post else 1))
                    or not word_starts_at(text, place.start) or not (word_ends_at(text, place.end) or before_its_post)
                    or not (before_its_post or _before_a_mark_or_common_verb(place.end, text)
                            or _before_a_plain_word(place.end, text))
                    or _BODY_LATER_IN_THE_CLAUSE.match(text, place.end) or in_a_sports_clause(place, text)
                    or in_book_title(place, text) or short_quotations_around(place, text) or in_term_with_no_name(place, text))

    return untagged_names_tagged(entities, text, _states_provinces_and_cities_longest_first(), "LOC", stands_alone)


#: The party secretary's and head's posts of a unit, after the unit's name without its unit word (毕节|市委书记,
#: 浙江|省长): the unit the post opens with is the name's own.
_OWN_HEADS_POST = re.compile(r"(?:省|市|县|区|州)(?:委(?:副)?书记|长)")
#: China's provinces and cities, longest first, as they may stand before their own head's post.
_PROVINCES_AND_CITIES_LONGEST_FIRST = tuple(longest_first(PROVINCES | set(CITIES)))


def city_before_its_own_heads_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a province or city left untagged right before the party secretary's or head's post of its own unit, a LOC
    (毕节|市委书记|周建琨: CCTV news, where the tagger read 市委 + 书记 and the official had no place; LABELS.md's
    义亭镇 + 党委书记). Only a whole word of jieba's, alone or with the unit (毕节, 毕节市), that touches no span and
    follows no CJK character but a mark's; a name before a post reads as no person's, so any city counts here."""
    def stands_alone(place: Entity, found: list[Entity]) -> bool:
        return (_OWN_HEADS_POST.match(text, place.end) is not None
                and word_at(text, place.start) in ((place.start, place.end), (place.start, place.end + 1))
                and not overlaps_another(found, place, place.start - 1, place.end)
                and (place.start == 0 or not is_cjk(text[place.start - 1])))
    if not _OWN_HEADS_POST.search(text):
        return sorted(entities, key=lambda e: (e.start, e.end))  # no such post in the text: no lookup of every city
    return untagged_names_tagged(entities, text, _PROVINCES_AND_CITIES_LONGEST_FIRST, "LOC", stands_alone)


#: Joiners of a list of places: 中国和越南, 俄罗斯与美国, 荷台达市与也门.
_PLACE_LIST_JOINERS = "和与及、"


def _state_listed_after_a_place(place: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether ``place`` is a state of :data:`COUNTRIES` listed right after a place tagged, across a joiner (中国和|越南|
    移管被判刑人条约, 俄罗斯与|美国|9号发表声明, 在荷台达市与|也门|政府代表会晤: CCTV news), which a list of places makes a
    place whatever words jieba reads there (越|南移)."""
    return (place.text in COUNTRIES and place.start >= 2 and text[place.start - 1] in _PLACE_LIST_JOINERS
            and any(entity.type == "LOC" and entity.end == place.start - 1 for entity in entities))


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


#: A part of a province named by its one-character name and a direction, cut before its second direction
#: (浙西|南 → 浙西南, 黔东|南; not 陕西, a province: 陕西|北部).
_PROVINCE_ONE_CHARACTER_NAMES = "浙苏皖闽赣鄂湘粤桂川黔滇甘晋冀豫鲁辽吉黑蒙藏青琼渝"
_PROVINCE_PART_CUT_SHORT = re.compile(rf"^[{_PROVINCE_ONE_CHARACTER_NAMES}][东西]$")
#: The directions untagged after a province's one-character name read alone (浙|西南, 皖|南, 苏|北, 浙|中).
_DIRECTIONS_OF_A_PROVINCE_PART = re.compile(r"[东西][南北]?|[南北中]")


def province_part_completed(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A LOC of a province's one-character name and 东 or 西 right before an untagged 南 or 北 gets it: 浙西|南 →
    浙西南 (the written labels tag 浙西南 whole), and so does the name read alone right before untagged directions
    (浙|西南革命精神教育基地 → 浙西南, 皖|南山区: local news), unless 部 follows (…西|北部, 浙|西部山区: the province's
    north or west)."""
    ordered = sorted(entities, key=lambda e: e.start)
    taken = {i for e in ordered for i in range(e.start, e.end)}
    result = []
    for entity in ordered:
        end = entity.end
        if entity.type == "LOC" and _PROVINCE_PART_CUT_SHORT.match(entity.text) and text[end : end + 1] in ("南", "北"):
            end += 1
        elif entity.type == "LOC" and len(entity.text) == 1 and entity.text in _PROVINCE_ONE_CHARACTER_NAMES:
            directions = _DIRECTIONS_OF_A_PROVINCE_PART.match(text, end)
            end = directions.end() if directions else end
        if end > entity.end and not taken & set(range(entity.end, end)) and text[end : end + 1] != "部":
            entity = Entity(entity.start, end, "LOC", text[entity.start : end])
        result.append(entity)
    return result


def short_place_read_as_a_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """An ORG that is a place the text names elsewhere with its unit, here without it, is the place (泰顺县廊桥文化园
    管理中心 … 泰顺 (ORG)|现存廊桥33座 → 泰顺, LOC: a local paragraph; LABELS.md's county named without its unit is
    still a place). Only a name of two or three characters with no body word."""
    named_with_a_unit = {m.group(1) for e in entities if e.type in ("LOC", "ORG")
                         for m in _NAME_BEFORE_ITS_UNIT.finditer(e.text)}
    return [Entity(e.start, e.end, "LOC", e.text)
            if e.type == "ORG" and 2 <= len(e.text) <= 3 and e.text in named_with_a_unit and not BODY_WORD.search(e.text)
            else e for e in entities]


#: A name of two or three characters with the unit after it (泰顺|县, 龙港|市) at a span's start.
_NAME_BEFORE_ITS_UNIT = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:县|市|区|镇|乡)")


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
    named = UNIT_END.search(rest) if entity.type == "LOC" else ORG_ENDINGS.search(rest)
    if not named or named.start() < 1 or (entity.type == "ORG" and word_tag(text[word_start:word_end]) not in ("v", "d")):
        return entity  # a body gives back only a verb's or adverb's character (同意|武警总部; not 该省|保监局, 任县|计生委)
    return Entity(entity.start + 1, entity.end, entity.type, rest)


_ONE_CHARACTER_TOWN = re.compile(r"^[\u4e00-\u9fff][镇乡村]$")
#: The numerals a village's name may open with, right before the span (十八|洞村): not after an ordinal's 第, a
#: demonstrative, an approximation or more numerals (第十八|洞村, 这一|村).
_NUMERALS_OPENING_A_VILLAGE = re.compile(r"(?<![这那第每各前后上近约数几一二三四五六七八九十百千两])[一二三四五六七八九十百千]{1,3}$")
#: A village's name at a span's start: one to three characters and 村.
_VILLAGE_AT_START = re.compile(r"^[\u4e00-\u9fff]{1,3}村")


#: A route a place was read on into (兴泉铁路|江西兴国, 商合杭高铁|合肥, 京杭大运河|黄河).
_ROUTE_THEN_MORE = re.compile(r"^(?P<route>[\u4e00-\u9fff]{2,}?(?:铁路|高铁|高速公路|运河))(?P<rest>[\u4e00-\u9fff]{2,})$")


def route_and_place_parted(entity: Entity) -> list[Entity]:
    """Part a railway, high-speed line, expressway or canal from the place the tagger read on into it, where the rest is
    a place by itself (兴泉铁路|江西兴国至福建宁化段, 商合杭高铁|合肥至湖州段, 京杭大运河|黄河: CCTV news of a section's
    ends or of a crossing): two places, as the section's other end is; a structure named on the route stays whole
    (成兰铁路跃龙门隧道, 京张高铁太子城站)."""
    route = _ROUTE_THEN_MORE.match(entity.text) if entity.type == "LOC" else None
    if route is None or not is_place_named_alone(route.group("rest")):
        return [entity]
    cut = entity.start + route.end("route")
    return [Entity(entity.start, cut, "LOC", route.group("route")), Entity(cut, entity.end, "LOC", route.group("rest"))]


def village_given_its_numeral_start(entity: Entity, text: str) -> Entity:
    """Give a village, or a body named by it, the numerals its name opens with where the tagger left them out as a
    count (讲述十八|洞村, 成立了十八|洞村苗绣特产农民专业合作社: CCTV news of 十八洞村): a count before a village takes a
    measure word (十八个村), so numerals right before a village's name are part of it."""
    if entity.type not in ("LOC", "ORG") or not _VILLAGE_AT_START.match(entity.text):
        return entity
    numerals = _NUMERALS_OPENING_A_VILLAGE.search(text, max(0, entity.start - 3), entity.start)
    if numerals is None:
        return entity
    return Entity(numerals.start(), entity.end, entity.type, text[numerals.start() : entity.end])


def one_character_town_given_its_word_start(entity: Entity, text: str) -> Entity:
    """A town, township or village of one character and its unit whose character jieba reads as the end of a word
    with the character before gets that character (听街头镇党委书记: 头镇 → 街头镇, written dev). No gold place of one
    character and its unit in the corpora (固镇, 宏村, 东乡, 耿镇) so stands."""
    if entity.type != "LOC" or entity.start == 0 or not _ONE_CHARACTER_TOWN.match(entity.text):
        return entity
    if word_at(text, entity.start) != (entity.start - 1, entity.start + 1):
        return entity
    return Entity(entity.start - 1, entity.end, "LOC", text[entity.start - 1 : entity.end])


_DATE_DIGIT = re.compile(r"[0-9０-９一二三四五六七八九十]")
#: A day's or a month's number in Arabic digits ending where a 日 or 月 follows (13|日, ４|月); not a year's four (2000日本).
_DAY_OR_MONTH_NUMBER = re.compile(r"(?<![0-9０-９])[0-9０-９]{1,2}$")


def _after_a_day_or_month_number(at: int, text: str) -> bool:
    """Whether ``at`` follows a day's or month's one or two digits, so that a 日 or 月 there is the date's."""
    return bool(_DAY_OR_MONTH_NUMBER.search(text, max(0, at - 3), at))


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
            or (len(rest) >= 2 and _DATE_DIGIT.match(text, entity.start - 1) and (is_place_word(rest) or UNIT_END.search(rest)))):
        return entity
    return Entity(entity.start + 1, entity.end, "LOC", rest)
#: Characters that open a side that is no state's: directions (东方, 北方) and 外方, 双方, 对方.
_NO_STATES_SIDE_CHARACTERS = frozenset("东南西北上下前后左右外双对")
#: What follows 土方 (earth moved) and never a state's side: a figure or a word of earthworks (土方８０万方, 土方量, 土方工程).
_EARTHWORK_AFTER_A_SIDE = re.compile(r"[\d０-９量石]|工程")


@lru_cache(maxsize=64)
def states_named_in(text: str) -> tuple[str, ...]:
    """The states a text names in full (asked by the side rule and, per one-character place, by
    :func:`is_place_abbreviation`: once a text)."""
    return tuple(state for state in COUNTRIES if state in text)


def state_side_as_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A state's side, its one-character abbreviation and 方, read as one span of any type, is the abbreviation, a LOC,
    as the corpora tag it (中方: MSRA's and People's Daily's 中|方, 美|方, 韩|方): 中方愿同|蒙方|深化合作, 巴罗表示，|冈方|感谢
    (CCTV news; the tagger reads some as people: 苏方, 冈方, 韩方). Only where the character abbreviates a state
    (:data:`STATE_ABBREVIATIONS`) or the text names a state that opens with it (冈比亚, 洪都拉斯), and is no direction
    (北方); the written labels' 曲方 is a person, and no state the text names opens with 曲. A side left untagged is
    tagged so where jieba reads the abbreviation and 方 as one word or 方 alone (塞方愿同中方, 中方愿同|芬|方就…: CCTV news
    names a state's side 700 times in the probes, the tagger tagged 1,243 of about 1,800; not 以|方便): MSRA's and
    People's Daily's gold tags 116 sides so and leaves one untagged. An untagged side is tagged only where the text
    names a state or the tagger read a state's abbreviation (中越, 美方; 中方 anywhere), and 土方 not before a figure
    or an earthwork's word: 动土方８０万方 is earth moved (jieba's 土方, a common word; MSRA train)."""
    named_states = states_named_in(text)

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
    diplomatic = bool(named_states) or any(
        entity.type == "LOC" and set(entity.text) <= STATE_ABBREVIATIONS for entity in result)
    for side in re.finditer(r"(?=([\u4e00-\u9fff])方)", text):
        at = side.start()
        if ((diplomatic or side.group(1) == "中") and abbreviates_a_state(side.group(1)) and word_at(text, at)[0] == at
                and not (side.group(1) == "土" and _EARTHWORK_AFTER_A_SIDE.match(text, at + 2))
                and (word_at(text, at) == (at, at + 2) or word_at(text, at + 1) == (at + 1, at + 2))
                and not overlaps_any(result, at, at + 2)):
            result.append(Entity(at, at + 1, "LOC", side.group(1)))
    return sorted(result, key=lambda e: (e.start, e.end))


def _side_or_state_read_on(entity: Entity, text: str) -> bool:
    """Whether a span is a state's side read on into the verb or adverb after it (马方|愿, 俄方|会, 津方|钦佩, 马方|正在:
    CCTV news; not a body of the side: 法方赞助委员会) or a state's abbreviation read on into 经济社会 (支持|马|经济社会|发展,
    对|孟|经济社会|发展); the caller checks the abbreviation."""
    if entity.text[1:] == "经济社会":
        return True
    if len(entity.text) < 3 or entity.text[1] != "方" or (len(entity.text) > 3 and ORG_ENDINGS.search(entity.text)):
        return False  # 法方赞助委员会: a body of the French side
    start, end = word_at(text, entity.start + 2)
    return start == entity.start + 2 and word_tag(text[start:end])[:1] in ("v", "d")


#: A state's government or head that jieba's dictionary writes as one word with the state's abbreviation (俄政府,
#: 俄总统, 美总统): the abbreviation is the state, as People's Daily tags it.
_GOVERNMENT_OF_A_STATE = frozenset({"政府", "总统", "总理", "首相", "外长"})


def name_ending_inside_a_word(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Mend a place or body whose last word jieba reads on past its end, the span ending on no name's ending
    (CCTV news): where the word is 组织 or a unit of three characters or more (国际民航组|织, 北京市大兴|区, 陕西自贸试验|区;
    not 地区 or …人, which MSRA leaves out) the span takes the rest of it, if no other span stands there, as does a body
    named by its place where the word is a department's (内蒙古自治区体育|局: 体育局; written articles), or a congress's or
    committee's (衢州市第八届人民代表大|会: local news; 委员会, 常务委员会, 联合会, 总工会), and a body
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
            if not overlaps_another(entities, entity, entity.end, entity.end + 1):
                entity = Entity(entity.start, entity.end + 1, "ORG", entity.text + "门")
            mended.append(entity)
            continue
        start, end = word_at(text, entity.end - 1)
        rest, word = text[entity.start : start], text[start:end]
        if (entity.type == "LOC" and entity.start < start < entity.end == end - 1 and len(word) >= 3 and text[entity.end] in "区县市"
                and is_place_word(word) and not word.endswith(_AREA_WORDS) and not overlaps_another(entities, entity, entity.end, end)):
            mended.append(Entity(entity.start, end, "LOC", text[entity.start : end]))  # 绍兴市越城|区: jieba's 越城区
        elif (not entity.start < start < entity.end < end or entity.text[-1] in ENDS_A_NAME
                or ends_like_a_name(entity.text) or text[start : entity.end] in _ORGANS_BEFORE_A_POST):
            mended.append(entity)
        elif word == "组织" or (len(word) >= 3 and UNIT_END.search(word) and not word.endswith(("地区", "人"))):
            grown = Entity(entity.start, end, entity.type, text[entity.start : end])
            mended.append(entity if overlaps_another(entities, entity, entity.end, end) else grown)
        elif (entity.type == "ORG" and len(word) >= 3 and word.endswith(_BUREAU_WORD_ENDINGS) and UNIT_END.search(rest)
              and not overlaps_another(entities, entity, entity.end, end)):
            mended.append(Entity(entity.start, end, "ORG", text[entity.start : end]))
        elif entity.type == "ORG" and word in _CONGRESS_AND_COMMITTEE_WORDS and not overlaps_another(entities, entity, entity.end, end):
            mended.append(Entity(entity.start, end, "ORG", text[entity.start : end]))  # 衢州市第八届人民代表大|会
        elif len(rest) >= 2 and ends_like_a_name(rest) and word_tag(word)[:2] not in ("ns", "nr"):
            kind = "LOC" if UNIT_END.search(rest) and not ORG_ENDINGS.search(rest) else entity.type
            mended.append(Entity(entity.start, start, kind, rest))
            post_starts[entity.end] = start
        elif entity.type == "ORG" and (body := next((b for b in UNIQUE_BODIES_LONGEST_FIRST
                                                     if entity.text.startswith(b) and len(b) >= len(rest)), "")):
            mended.append(Entity(entity.start, entity.start + len(body), "ORG", body))
        elif (entity.type == "ORG" and _names_nothing(text, entity.start, start)
              and (start == entity.end - 1 or not is_known_word(text[start : entity.end]))
              and not POST_ENDING.search(word) and not word.endswith(_POSTS_IN_A_WORD) and not word_tag(word).startswith("d")):
            if ORG_ENDINGS.search(word) and not overlaps_another(entities, entity, entity.end, end):
                mended.append(Entity(entity.start, end, "ORG", text[entity.start : end]))
        else:
            mended.append(entity)
    # a post right after the cut takes the piece of its word back (师寨镇|副|镇长 → 副镇长, 情报|局长 → 情报局长)
    return [Entity(post_starts[e.start], e.end, "TITLE", text[post_starts[e.start] : e.end])
            if e.type == "TITLE" and e.start in post_starts else e for e in mended]


#: Endings of a government department's word (体育局, 公安厅, 卫健委) that a body named by its place runs on to.
_BUREAU_WORD_ENDINGS = ("局", "厅", "委")
#: A congress's or committee's word a body may stop inside (衢州市第八届人民代表大|会: local news).
_CONGRESS_AND_COMMITTEE_WORDS = frozenset({"人民代表大会", "委员会", "常务委员会", "联合会", "总工会"})
#: A congress's or a Party organ's short name that a post's word opens (人大|代表, 党组|书记, 政协|主席, 纪检|组长).
_ORGANS_BEFORE_A_POST = frozenset({"人大", "政协", "党组", "党委", "纪检", "团委"})
#: Posts a word may end with beyond :data:`POST_ENDING` (人大代表, 外交大臣, 空军司令, 团政委).
_POSTS_IN_A_WORD = ("代表", "大臣", "司令", "委")


def _names_nothing(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is whole words of jieba's that name no place, person or body (经济, 人民, 中秋)."""
    words = whole_words(text, start, end)
    return bool(words) and all(word_tag(word) and word_tag(word)[:2] not in ("ns", "nr", "nt", "nz", "j")
                               and not is_place_name_or_state(word) for word in words)
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
    if (entity.type != "LOC" and len(entity.text) == 2 and "中" in entity.text and is_cjk(entity.text.replace("中", "", 1))
            and text.startswith("两国", entity.end)):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


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
        kind = "TITLE" if rest.endswith(STATE_POSTS_LONGEST_FIRST) or rest.endswith(("部长", "外长", "防长")) else "ORG"
        pieces.append(Entity(entity.end - len(rest), entity.end, kind, rest))
    return pieces


#: States named together, then counted (两国, 三国, 双方), then what the span read on into.
_STATES_COUNTED = re.compile(r"(?P<states>[\u4e00-\u9fff]{1,8}?)(?:[两三四五六七八九十]国|双方)(?P<rest>[\u4e00-\u9fff]*)")


def _names_states(states: str) -> bool:
    """Whether ``states`` is countries' names or their one-character abbreviations written together (日美, 朝韩,
    日中韩, 波兰, 约旦)."""
    at = 0
    while at < len(states):
        name = next((c for c in COUNTRY_NAMES_LONGEST_FIRST if states.startswith(c, at)), None)
        if name is None and states[at] not in STATE_ABBREVIATIONS:
            return False
        at += len(name) if name else 1
    return True


def is_place_abbreviation(entity: Entity, text: str) -> bool:
    """Whether a one-character LOC names a place as a party or a destination (中|美, 访|华, 中|方), not a stray piece.

    LABELS.md tags a place used as a modifier, and MSRA and People's Daily
    tag these abbreviations (9% of their places). Only a character that is
    a word of its own (中|美关系 reads 中, 美), a side (中方, 日方) or the goal
    of a visit or a post (访华, 驻华, 抵京; a Zhejiang city's also in the time of a visit: 在衢期间) counts: inside a common word
    (华侨, 中药, 京剧, 中|国) the written labels never tag it, though People's Daily does. A surname after 老 or 小 is
    a person called so (老|韩|经营: CCTV news), not a place; 西 or 东 names a state only beside another side's
    abbreviation, after a verb of visiting or the 驻 of a post, or before 方, 、, 政府 or 两国 (中西建交, 西政府, 驻西大使;
    not |西|人工岛).
    People's Daily dev 0.914 → 0.924 (0.927 with the common words); written dev unchanged.
    """
    if (entity.type == "LOC" and entity.end - entity.start == 1 and entity.text in _VISIT_ABBREVIATIONS
            and ((text[entity.start - 1 : entity.start] in _BEFORE_A_VISITED_CITY
                  and (_VISIT.match(text, entity.end) or text.startswith(_WORK_OF_A_VISIT, entity.end)))
                 or (entity.text in _ZHEJIANG_CITY_ABBREVIATIONS
                     and any(text[entity.start - 1 : entity.start] in before and text.startswith(after, entity.end)
                             for before, after in _AROUND_A_ZHEJIANG_CITY)))):
        # 赵承来|衢|调研, 来|衢|开展执法检查, 在|衢|期间: a Zhejiang city's abbreviation as the goal of a visit (local news);
        # 加大在|衢|投资, 留|衢|就业: where people work or invest
        return True
    if entity.type != "LOC" or entity.end - entity.start != 1 or not (
            entity.text in PLACE_ABBREVIATIONS or _opens_a_state_the_text_names(entity.text, text)):
        return False
    if entity.text == "日" and _after_a_day_or_month_number(entity.start, text):
        return False  # 8|日|称: the date's day, not Japan
    start, end = word_at(text, entity.start)
    word = text[start:end]
    if entity.text == "中" and len(word) == 1 and _postposition_zhong(entity, text):
        return False
    if (entity.start > 0 and text[entity.start - 1] in "老小" and entity.text in SURNAMES
            and text[entity.end : entity.end + 1] not in (*PLACE_ABBREVIATIONS, "方", "两", "、")):
        return False  # 老|韩|经营一个小肉店: a person called by the surname (CCTV news), not Korea
    if entity.text in "西东" and not (text[entity.start - 1 : entity.start] in (*PLACE_ABBREVIATIONS, *"访驻来抵赴")
                                    or text[entity.end : entity.end + 1] in (*PLACE_ABBREVIATIONS, "方", "、")
                                    or text.startswith(("政府", "两国"), entity.end)):
        return False  # |西|蜀园林, |西|人工岛 (CCTV news): a direction, not Spain (中西建交, 西政府, 驻西大使)
    return (len(word) == 1 or word == entity.text + "方" or (entity.start - start == 1 and word[0] in "访驻来对抵赴侵反离在")
            or (start == entity.start and word[1:] in _GOVERNMENT_OF_A_STATE))


def _opens_a_state_the_text_names(character: str, text: str) -> bool:
    """Whether a state's abbreviation that :data:`PLACE_ABBREVIATIONS` leaves out opens a state the text names in full
    (罗 beside 罗马尼亚: 罗|政府决定, 塔 beside 塔吉克斯坦: 塔|民族和解, 伊 beside 伊拉克: 解除对|伊|制裁; MSRA train, whose gold
    tags them), a state's one-character short name in world news, the tagger's LOC; not a direction (北)."""
    return character not in _NO_STATES_SIDE_CHARACTERS and any(
        state.startswith(character) for state in states_named_in(text))


def _postposition_zhong(entity: Entity, text: str) -> bool:
    """Whether a 中 standing alone is "in, during" after a word of two characters or more, not China as a party:
    声明中的立场, 在会晤中同意, 事务中保持 (from CCTV news), but 新中建交, 老中两国, 中、俄, 挥舞中老两国国旗."""
    before_start, before_end = word_at(text, entity.start - 1) if entity.start > 0 else (0, 0)
    following = text[entity.end : entity.end + 1]
    return (before_end == entity.start and before_end - before_start >= 2 and is_cjk(text[entity.start - 1])
            and following not in PLACE_ABBREVIATIONS and following not in ("方", "两", "、", "")
            and text[entity.end + 1 : entity.end + 2] not in ("两", "方"))  # 挥舞中老两国国旗: a pair of sides


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
    if not (is_place_or_city(places) or places in _WORLD_REGIONS or is_place_word(places) or _names_states(places)
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


#: Produce and specialties news names after the place they come from (文昌鸡, 东宝贡米, 金华火腿, 赣南脐橙), first
#: words of what follows the place in a span read on into them; not 龙井 (a village too: People's Daily tags 西湖|龙井
#: two places) nor 苹果 (the company: 北京苹果三里屯零售店).
_PRODUCE_AFTER_A_PLACE = ("鸡", "鸭", "鹅", "猪", "牛肉", "羊肉", "贡米", "大米", "蜜柚", "脐橙", "柑橘", "椪柑", "胡柚",
                          "枇杷", "杨梅", "火腿", "黄酒", "白茶", "绿茶", "红茶", "毛尖", "铁观音",
                          "土特产", "特产")  # and local specialties by the word (宁都县|土特产|网店; not 农产品: MSRA's
                                           # 武汉农产品中心批发市场 is a market's name)


def place_read_on_into_its_produce(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut a place read on into the produce named after it, and what is done with it, back to the place (当地著名的
    文昌鸡养殖|遭受重创 → 文昌: CCTV news; LABELS.md tags a place used as a modifier). The place is one the text tags
    elsewhere (文昌市 gives 文昌), a state, province or city, or a place word of jieba's; the span ends like no place
    (not 茶园村)."""
    places = place_names_and_short_names(entities, ("市", "县", "镇", "乡", "村"))
    heads = {name.removeprefix(province) for name in places for province in PROVINCES_LONGEST_FIRST if name.startswith(province)}
    places |= heads  # a county named after its province elsewhere (江西宁都县 gives 宁都县)
    cut: list[Entity] = []
    for entity in entities:
        if entity.type == "LOC" and len(entity.text) >= 3 and not ends_like_a_name(entity.text):
            head = next((entity.text[:size] for size in range(len(entity.text) - 1, 1, -1)
                         if entity.text[size:].startswith(_PRODUCE_AFTER_A_PLACE)
                         and (entity.text[:size] in places or entity.text[:size] in COUNTRIES_AND_PROVINCES
                              or entity.text[:size] in CITIES or is_place_word(entity.text[:size]))), None)
            if head:
                entity = Entity(entity.start, entity.start + len(head), "LOC", head)
        cut.append(entity)
    return cut


#: Two to four provinces by their one-character abbreviations, written together (川藏, 京津冀, 晋冀鲁豫).
_PROVINCES_ABBREVIATED = re.compile(r"^[京津沪渝冀豫滇辽黑湘皖鲁苏浙赣鄂桂甘晋陕闽黔粤藏川琼]"
                                    r"[京津沪渝冀豫滇辽黑湘皖鲁苏浙赣鄂桂甘晋陕闽黔粤藏川琼青新蒙港澳]{1,3}")


def provinces_abbreviated_off_a_project(entity: Entity) -> Entity:
    """Cut a body read from two to four provinces' abbreviations on into a project's or network's words back to the
    provinces, a LOC (川藏|电力联网|工程, 京津冀|智能网: CCTV news; LABELS.md tags a place used as a modifier); the
    abbreviations alone read as a body are the places too (川藏 (ORG)|电力联网). Not a body's name, which ends like one
    (京津冀协同发展领导小组办公室, 鄂豫皖苏区首府革命博物馆, 京津冀机器人产业链联盟, a regiment: 陕甘宁独立三团), nor a route (川藏公路, 青藏线: LOCs
    already)."""
    opening = _PROVINCES_ABBREVIATED.match(entity.text) if entity.type == "ORG" else None
    if (opening is None or ends_like_a_name(entity.text) or ORG_ENDINGS.search(entity.text)
            or entity.text.endswith(("馆", "联盟", "团"))):
        return entity
    return Entity(entity.start, entity.start + opening.end(), "LOC", opening.group())


#: A kind of village by its standing read onto the chain of places it lies in (沧源佤族自治县|边境村, 仪陇县|贫困村).
_KIND_OF_VILLAGE_AFTER_A_CHAIN = re.compile(r"(?<=[县区市旗镇乡])(?:深度贫困|易地搬迁|贫困|边境|搬迁|移民)村$")


def kind_of_village_off_a_chain(entity: Entity) -> Entity:
    """Cut a kind of village by its standing off the chain of places it was read onto: 给云南省沧源佤族自治县|边境村|的
    老支书们回信 (CCTV news) names the county's border villages, no village; a village of the chain named otherwise
    stays (干览镇新建村)."""
    kind = _KIND_OF_VILLAGE_AFTER_A_CHAIN.search(entity.text) if entity.type == "LOC" else None
    if kind is None or kind.start() < 2:
        return entity
    return Entity(entity.start, entity.start + kind.start(), "LOC", entity.text[: kind.start()])


#: The words of campaigns named after a place (建设|美丽中国, 美丽新疆, 健康中国, 平安中国): the place is tagged alone.
_CAMPAIGN_WORDS = ("美丽", "健康", "平安", "数字")


def campaign_word_off_a_place(entity: Entity) -> Entity:
    """Cut a campaign's word off the place it was read with (美丽|中国, 美丽|新疆, 美丽|河北, 健康|中国: CCTV news; LABELS.md
    tags a place used as a modifier, and these campaigns are named by the place they are for). Only where what is
    left is a state, province or Chinese city (not 美丽|海湾, 美丽|宜居, 平安县)."""
    word = next((word for word in _CAMPAIGN_WORDS if entity.text.startswith(word)), "") if entity.type == "LOC" else ""
    rest = entity.text[len(word) :]
    if not word or not is_province_city_or_state(rest):
        return entity
    return Entity(entity.start + len(word), entity.end, "LOC", rest)


def civilization_off_a_place(entity: Entity) -> Entity:
    """Cut 文明 (civilization) off the place it was read with, of any type: 中华文明 → 中华, 拉美文明 (PER) → 拉美 (CCTV
    news; MSRA tags 中华 alone in all five of its 中华文明, and 华夏 in 华夏文明). Only where what is left is 中华, 华夏, a
    region of the world or a place or state (not 精神文明, 生态文明). Also 文化 (culture) after 中华 or 华夏 (中华文化 (ORG)
    → 中华: CCTV news; MSRA tags 中华 alone in 中华文化 too)."""
    if entity.type not in ("LOC", "ORG", "PER") or len(entity.text) < 4:
        return entity
    if entity.text in ("中华文化", "华夏文化"):
        return Entity(entity.start, entity.start + 2, "LOC", entity.text[:2])
    if not entity.text.endswith("文明"):
        return entity
    rest = entity.text[: -len("文明")]
    if rest in ("中华", "华夏") or rest in _WORLD_REGIONS or is_place_or_city(rest):
        return Entity(entity.start, entity.start + len(rest), "LOC", rest)
    return entity


#: A typhoon, hurricane, storm or cyclone named in quotes before or after the word (台风“威马逊”, “杜苏芮”台风, 飓风“马修”,
#: 超级风暴“桑迪”, 气旋“巴齐雷”: CCTV news names the Atlantic's and Indian Ocean's storms so).
_STORM_WORDS = "台风|飓风|风暴|气旋"
_TYPHOON_NAMED = re.compile(rf"(?:{_STORM_WORDS})[“\"「]([^”\"」\n]{{1,8}})[”\"」]|[“\"「]([^“”\"「」\n]{{1,8}})[”\"」](?:{_STORM_WORDS})")
#: A quoted name whose clause goes on to make landfall, in a text that names a storm (“利奇马”在山东青岛市黄岛区沿海以
#: 热带风暴级登陆: CCTV news, which names the typhoon so through the story).
_LANDFALL_NAMED = re.compile(r"[“\"「]([^“”\"「」\n]{1,8})[”\"」][^，。；！？\n]{0,30}?登陆")


#: A clock time after 北京 (北京时间6月6日19时, 北京时间今天凌晨): China's standard time, no place.
_CLOCK_TIME_AFTER_BEIJING = re.compile(r"时间(?:[0-9０-９一二三四五六七八九十]|今|昨|明|前|凌晨|早|上午|中午|下午|晚|夜|傍晚|本月|周|星期)")


def is_time_zone(entity: Entity, text: str) -> bool:
    """Whether 北京 is the name of China's standard time before a clock time (北京|时间6月6日19时), not a place the story
    is about: MSRA, CLUENER and People's Daily leave it untagged 18 times of 22; the tagger tags it (39 of 46 on CCTV
    news). Another place's time (纽约时间, 巴黎时间) is that place's, and the corpora tag it."""
    return entity.type == "LOC" and entity.text == "北京" and bool(_CLOCK_TIME_AFTER_BEIJING.match(text, entity.end))


def is_direction_and_about(entity: Entity, text: str) -> bool:
    """Whether 北约 is 以北 (north of) and 约 (about) before a distance (巴格达以北约20公里, 县城以北约5公里), not NATO:
    a place's description in any news, and the tagger reads NATO there."""
    return (entity.text in _DIRECTION_AND_ABOUT and entity.start > 0 and text[entity.start - 1] in "以向往"
            and bool(_NUMBER_AFTER.match(text, entity.end)))


def is_compass_point(entity: Entity, text: str) -> bool:
    """Whether a one-character place is a compass point, not a state's abbreviation (MSRA's 南 for Yugoslavia, 西 for
    Spain): before 方 (西方, the West: no state's side opens with a direction, :data:`_NO_STATES_SIDE_CHARACTERS`) or
    起 (项目西起青岛西海岸新区), or after 向, 往 or 朝 (向西开放) or 启 (承东启西) (CCTV news; the corpora tag none so);
    and a compass point and 向 before another (自|西向|东: MSRA leaves 自西向东 untagged)."""
    if entity.type == "LOC" and len(entity.text) == 2 and entity.text[0] in _COMPASS_POINTS and entity.text[1] == "向":
        return text[entity.end : entity.end + 1] in _COMPASS_POINTS  # 自|西向|东 (from west to east: CCTV weather news)
    if entity.type != "LOC" or entity.text not in _COMPASS_POINTS:
        return False
    return text[entity.end : entity.end + 1] in ("方", "起") or text[entity.start - 1 : entity.start] in ("向", "往", "朝", "启")


_COMPASS_POINTS = frozenset({"东", "南", "西", "北"})


#: The places that 涉 (related to) opens a term with, one character each (涉疆, 涉藏, 涉港, 涉台, 涉澳 问题), and the kinds of
#: affairs it does (涉黄 pornography, 涉赌, 涉毒, 涉黑 gangs, 涉恐, 涉海 the sea, 涉农, 涉企, 涉网).
_RELATED_PLACES = frozenset("疆藏港台澳")


def place_of_related_affairs(entity: Entity) -> Entity:
    """A span of 涉 and a place's one-character abbreviation, read as one, is the place: MSRA tags 台 in 涉台案件, and the
    tagger reads 涉疆 and 涉藏州县 whole (在涉港、涉疆问题上: CCTV news, 8 times); not the county 涉县."""
    if len(entity.text) >= 2 and entity.text[0] == "涉" and entity.text[1] in _RELATED_PLACES:
        return Entity(entity.start + 1, entity.start + 2, "LOC", entity.text[1])
    return entity


def _named_right_after_a_storm_word(entity: Entity, text: str) -> bool:
    """Whether the text writes a place or person right after a storm's word without quotes, here or at another
    mention (超强台风威马逊袭击海南 … 威马逊过后: CCTV news), and it is no state, province or city (台风浙江登陆)."""
    if entity.type not in ("LOC", "PER") or is_province_city_or_state(entity.text):
        return False
    return any(word + entity.text in text for word in _STORM_WORDS.split("|"))


#: A direction and 约 (about) that read as a body's abbreviation after 以/向/往 (北约, NATO).
_DIRECTION_AND_ABOUT = frozenset({"北约"})
_NUMBER_AFTER = re.compile(r"[0-9０-９一二三四五六七八九十百千两半]")


def is_xinxiang_read_in_a_village_worthy(entity: Entity, text: str) -> bool:
    """Whether a place is 新乡 read out of 新乡贤 (a new village worthy, a role: |新乡|贤王华回乡创业, a local-news sentence
    written for the genre; the city of 新乡 is never followed by 贤). The role itself is a generic word
    (:data:`~zhpolicy.models.ner_cleanup.common.GENERIC_WORDS`: 乡贤, 新乡贤)."""
    return entity.type == "LOC" and entity.text == "新乡" and text.startswith("贤", entity.end)


def is_typhoon_name(entity: Entity, text: str) -> bool:
    """Whether a span is the quoted name of a typhoon, hurricane, storm or cyclone (台风“桃芝”, “杜苏芮”台风, 飓风“马修”,
    超级风暴“桑迪”) or unquoted right after the word (超强台风威马逊), also where the text names it again without the
    word (“威马逊”来临之前) or names it only as making landfall (“利奇马”在…以热带风暴级登陆), and a piece of such a name
    (台风“利奇马” … “利奇|马”登陆): no place or person, though the tagger reads it as one (MSRA leaves “布拉斯”飓风
    untagged)."""
    if not any(word in text for word in _STORM_WORDS.split("|")):
        return False
    names = {name for named in _TYPHOON_NAMED.finditer(text) for name in named.groups() if name}
    names |= {named.group(1) for named in _LANDFALL_NAMED.finditer(text)}  # “利奇马”在…以热带风暴级登陆
    if _named_right_after_a_storm_word(entity, text):
        return True
    quoted = text.endswith(("“", "\"", "「"), 0, entity.start) and text.startswith(("”", "\"", "」"), entity.end)
    if quoted:
        return entity.text in names
    # a piece of the quoted name (台风“利奇|马”: the tagger read part of it)
    return any(quote.group(1) in names for quote in short_quotations_around(entity, text))
#: Where waters or regions meet, after the last of them (长江和鄱阳湖|交汇处, 河南、山西|交界处).
MEETING_POINT_WORDS = ("交汇处", "交汇点", "交汇口", "汇合处", "汇合口", "交界处")
PLACE_AREA_WORDS = ("流域", "沿岸", "沿线", "一带", "境内", "全境", "大坝", "交界", "边境", "周边", "附近", "腹地",
                    # the state of a river or lake, which flood news names after it (汉江|洪峰, 元荡|湖面)
                    "洪峰", "水位", "水质", "汛情", "水情", "雨情", "险情", "灾情", "水面", "湖面", "江面", "河面",
                    "片区",
                    # a stretch or part of a river or region (长江|上游, 长三角|区域, 安庆|主城区, 贵州|大山深处)
                    "中下游", "中上游", "上中游", "上游", "中游", "下游", "区域", "主城区", "深处", "海岸线", "入海口", "出海口",
                    "部分",
                    # a main growing area after its region (东北|主产区, 黄淮海|小麦主产区: CCTV farm news; no gold place of
                    # the corpora holds the word)
                    "主产区", "粮食主产区", "小麦主产区", "水稻主产区", "玉米主产区", "大豆主产区", "棉花主产区",
                    # a range's spur and a region's edge, and the water country of a region (秦岭|余脉, 青藏高原|东缘,
                    # 江南|水乡: written dev; no gold place of the corpora ends with one)
                    "余脉", "东缘", "西缘", "南缘", "北缘", "边缘", "水乡",
                    # a section of a river named by its place (吴江|段, 青浦|段: the written labels and MSRA tag the place
                    # alone, and no gold place ends in 段)
                    "段",
                    # a river's channel (七里河|河道: CCTV news)
                    "河道",
                    # a river's or lake's bank (马金溪|畔: a local-style sentence; the corpora leave it out: 梁子湖|畔, 汀江|之畔)
                    "之畔", "畔",
                    # where waters or regions meet (长江和鄱阳湖|交汇处: CCTV news; MSRA leaves it out: 摩泽尔河|交汇处,
                    # 山西|交界处)
                    ) + MEETING_POINT_WORDS + DIRECTION_AREA_WORDS


_AREA_WORDS_LONGEST_FIRST = longest_first(PLACE_AREA_WORDS)


def split_places_at_area_word(entity: Entity) -> list[Entity]:
    """Split two places read as one across the area word after the first: 长江流域四川 → 长江, 四川 (the area word stays
    off, as :func:`cut_place_area_word` keeps it off a place's end; from CCTV news). The second must be a place of
    jieba's dictionary or a country, or a water (长江流域|姚家平水库): 温岭市东部新区 is one name."""
    if entity.type != "LOC":
        return [entity]
    for word in _AREA_WORDS_LONGEST_FIRST:
        if word in DIRECTION_AREA_WORDS:
            continue  # 温岭市东部新区, 西部新城: a direction and what follows may be a name
        at = entity.text.find(word, 2)
        rest = entity.text[at + len(word) :] if at != -1 else ""
        if rest in GENERIC_WORDS:  # 滇藏|交界|深山: the place alone
            return [Entity(entity.start, entity.start + at, "LOC", entity.text[:at])]
        # not 东部|新区, a zone's name; a water named after its basin is a place (长江流域|姚家平水库: CCTV news)
        water = len(rest) >= 3 and rest.endswith(FEATURE_ENDINGS)
        if len(rest) >= 2 and (is_place_word(rest) or rest in COUNTRIES or water):
            left_end = entity.start + at
            return [Entity(entity.start, left_end, "LOC", entity.text[:at]),
                    Entity(left_end + len(word), entity.end, "LOC", rest)]
    return [entity]


#: A river's or lake's last character, before the place that names one section of it (汉江|紫阳段, 元荡|黎里段).
_WATER_BEFORE_A_SECTION = "江河溪湖荡港"  # 港: a river of Quzhou (常山港, 江山港)
#: How a road or railway's name ends before the province or place that names one section of it (许广高速|湖南段).
_ROADS_BEFORE_A_SECTION = ("高速", "铁路", "高铁", "公路", "国道", "省道")  # also a numbered road (318国道尼木|段: CCTV news)


def river_and_its_section_parted(entity: Entity, text: str) -> list[Entity]:
    """A river and the place that names a section of it, read as one place before 段 (or with it), are two places:
    汉江紫阳|段 → 汉江 + 紫阳, 修河永修|段, 柚树河仁居|段, 金沙江石鼓段 → 金沙江 + 石鼓 (the written labels tag both, and 段 on neither; MSRA's 滹沱河平山段 likewise).
    The river ends in 江, 河, 溪, 湖 or 荡 and is no province (浙江嘉善|段 stays), and the place after it is of two or
    three characters, or of four or five with its unit (黄河托克托县|段: CCTV news); so are an expressway, railway or
    road and its section's province (许广高速湖南|段 → 许广高速 + 湖南:
    CCTV news). A river read one character into the section's place is cut back to the river (元荡黎|里段 → 元荡). No cut
    ends on a doubled character (长江江|阴靖江段: the second 江 opens 江阴)."""
    if (entity.type == "LOC" and len(entity.text) >= 3 and entity.text[-2] in _WATER_BEFORE_A_SECTION
            and text.startswith("段", entity.end + 1) and is_cjk(text[entity.end : entity.end + 1])):
        # the river read one character into the section's place: 元荡黎|里段镇级河长 → 元荡 (written dev)
        return [Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])]
    if entity.type != "LOC" or not (text.startswith("段", entity.end) or entity.text.endswith("段")):
        return [entity]
    name = entity.text.removesuffix("段")  # 金沙江石鼓段 read whole: 段 is cut off later as an area word
    for cut in range(len(name) - 2, 1, -1):
        if name[cut - 1] == name[cut - 2] or is_province_and_city(name[cut - 1 :]):
            continue  # 长江|江阴靖江段, 沪蓉高速江|苏常州段: the 江 opens the next place (江阴, 江苏常州), not the river's end
        river_or_road = name[cut - 1] in _WATER_BEFORE_A_SECTION or (cut >= 4 and name[:cut].endswith(_ROADS_BEFORE_A_SECTION))
        place = name[cut:]
        if river_or_road and (2 <= len(place) <= 3 or (len(place) <= 5 and UNIT_END.search(place))
                              or is_province_and_city(place)) and name[:cut] not in PROVINCES:
            return [Entity(entity.start, entity.start + cut, "LOC", name[:cut]),
                    Entity(entity.start + cut, entity.start + len(name), "LOC", name[cut:])]
    return [entity]


#: How a section of a route is named after the place that opens it (京哈高铁哈尔滨|至|承德段, 沪昆高铁长沙|到…).
_SECTION_AFTER_A_PLACE = ("至", "到", "段", "—", "-", "境内")


def place_and_its_numbered_road_parted(entity: Entity, text: str) -> list[Entity]:
    """A place read on into the national, provincial or county road after it, the road's number left out, is the place
    and the numbered road: 江西省安远县三百山镇国道|358线 → 江西省安远县三百山镇 + 国道358线 (CCTV news), as a bare
    road is made whole with its number (:func:`numbered_road_made_whole`)."""
    road = next((r for r in _NUMBERED_ROADS if entity.text.endswith(r)), None) if entity.type == "LOC" else None
    number = _ROAD_NUMBER_AFTER.match(text, entity.end) if road else None
    if not number or len(entity.text) - len(road) < 2:
        return [entity]
    cut = entity.end - len(road)
    return [Entity(entity.start, cut, "LOC", text[entity.start : cut]), Entity(cut, number.end(), "LOC", text[cut : number.end()])]


def route_and_its_place_parted(entity: Entity, text: str) -> list[Entity]:
    """A railway or road read with the place that opens a section of it is two places: 京哈高铁哈尔滨|至|承德段 →
    京哈高铁 + 哈尔滨 (CCTV news). Only where the route's name has four characters or more and ends like a route
    (:data:`_ROUTES_AFTER_A_NAME`), what follows it is a city, province, place of jieba's or province and city (四川广元),
    and the text names a section after it (至, 到, 段) or the stretch inside it (宝成铁路四川广元|境内)."""
    if entity.type != "LOC" or not text.startswith(_SECTION_AFTER_A_PLACE, entity.end):
        return [entity]
    for ending in _ROUTES_AFTER_A_NAME:
        at = entity.text.find(ending, 2)
        place = entity.text[at + len(ending) :] if at != -1 else ""
        if len(place) >= 2 and (place in CITIES or place in PROVINCES or is_place_word(place)
                                or is_province_and_city(place)):
            cut = entity.start + at + len(ending)
            return [Entity(entity.start, cut, "LOC", entity.text[: at + len(ending)]), Entity(cut, entity.end, "LOC", place)]
    return [entity]


def route_word_off_the_second_of_two_places(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A route named by the two places it joins, X至Y铁路, read as X and Y with the route word is X and Y alone
    (丽江|至|香格里拉铁路 → 香格里拉, 济南至|郑州高铁 → 郑州: CCTV news), as the written labels tag 遵义|至|余庆 and MSRA
    西安|至|安康; only where the first is tagged, the second of two characters or more."""
    starts = {entity.end + 1: entity for entity in entities if entity.type == "LOC"}
    result: list[Entity] = []
    for entity in entities:
        if entity.type == "LOC" and text[entity.start - 1 : entity.start] == "至" and entity.start in starts:
            ending = next((e for e in _ROUTES_AFTER_A_NAME if entity.text.endswith(e)), None)
            place = entity.text[: -len(ending)] if ending else ""
            if len(place) >= 2 and all(map(is_cjk, place)):  # X至Y…铁路 names Y a place (香格里拉, which jieba lists as a name)
                entity = Entity(entity.start, entity.start + len(place), "LOC", place)
        result.append(entity)
    return result


#: Characters that join two places a span may be read across: 的 (of) and 至 (to, naming a road by its ends).
_JOINERS_OF_TWO_PLACES = ("的", "至")


def split_places_at_a_joiner(entity: Entity, text: str) -> list[Entity]:
    """Split a place read across 的 or 至 into the two places it joins: 和田地区的色格孜库勒乡欧尔奴什村 → 和田地区,
    色格孜库勒乡欧尔奴什村, 福建宁德下党乡至碑坑山村|公路 → 福建宁德下党乡, 碑坑山村 (from CCTV news; the written labels
    tag 遵义|至|余庆); both sides must be places (a name before a unit, or dictionary places)."""
    at = next((found for joiner in _JOINERS_OF_TWO_PLACES if (found := entity.text.find(joiner)) != -1), -1)
    if entity.type != "LOC" or at < 2 or len(entity.text) - at - 1 < 3:
        return [entity]
    left, right = entity.text[:at], entity.text[at + 1 :]
    if right.startswith(PLACE_AREA_WORDS) or not (UNIT_END.search(right) and (
            UNIT_END.search(left) or is_place_word(left) or reads_as_places(text, entity.start, entity.start + at))):
        return [entity]
    return [Entity(entity.start, entity.start + at, "LOC", left), Entity(entity.start + at + 1, entity.end, "LOC", right)]


#: A direction from a place and 约 (about) before a distance (提克里特以南约25公里): CLUENER tags the place with the
#: direction (新德里以南), never with 约.
_DIRECTION_OF_A_PLACE_ABOUT = re.compile(r"以[东南西北]约$")


#: The endings of a river's name, before the banks (两岸) a story names it by (分布在南河两岸的村子: CCTV news); not
#: 海峡两岸, the two sides of the Taiwan Strait, which People's Daily and MSRA tag whole.
_RIVER_ENDINGS = frozenset("河江溪")


def cut_place_area_word(entity: Entity, text: str) -> Entity:
    """Cut a generic area word off a place: 浦阳江流域 → 浦阳江 (LABELS.md: 木兰溪|流域), also more than one
    (玉龙喀什河|流域|中下游) and the first character of one the span stops inside (长江上|游, 长三角区|域).

    Three gold places of the training corpora end with one (黄河流域), against
    some 170 that stand right before one. A county seat is its county (衢州市常山县|城, 泸定县|城: the written
    labels tag the county; CLUENER and MSRA tag three 县城 whole, 九寨县城), and a city's urban area its city (温州市|区,
    the written labels' reading; 衢州市区: a local-style sentence), and a city's 城区 cut off it (诸暨|城区, as the
    corpora leave it out: 长沙|城区; also where the span stops at its 城: 龙泉城|区; not a district named so: 北京市东城区). A kind of street or market after a place's
    unit is cut off too (塘下镇|夜宵街: written dev; not a name's: 上海南京路步行街). A body read up to where waters meet is
    the water alone, a place (长江和|鄱阳湖交汇处 (ORG) → 鄱阳湖: CCTV news).
    """
    if entity.type == "LOC" and entity.text.endswith(("新县城", "老县城")) and len(entity.text) >= 5:
        # the new or old county seat of a county named short: 汶川|新县城, 四川北川|新县城 (CCTV news; 新县 is a county
        # of Henan's too, so the seat's 城 alone was cut)
        return Entity(entity.start, entity.end - 3, "LOC", entity.text[:-3])
    if entity.type == "LOC" and entity.text.endswith("县城") and len(entity.text) >= 4:
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])  # the county seat: 常山县|城 is 常山县
    if entity.type == "LOC" and entity.text.endswith("市区") and len(entity.text) >= 4 and _names_a_city(entity.text[:-2]):
        # the urban area: 温州市|区 is 温州市; not a district named so (荆州市沙市区: 荆州市沙 is no city)
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    if (entity.type == "LOC" and entity.text.endswith("城区") and len(entity.text) >= 4
            and _names_a_city(entity.text[:-2].removesuffix("市").removesuffix("县"))):
        # the urban area after a city: 诸暨|城区, 衢州市|城区; not a district named so (北京市东城区, 温州鹿城区)
        return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])
    if (entity.type == "LOC" and entity.text.endswith("城") and text.startswith("区", entity.end) and len(entity.text) >= 3
            and _names_a_city(entity.text[:-1].removesuffix("市").removesuffix("县"))):
        # read on into the 城 of the urban area only: 龙泉城|区 is 龙泉 (a local-style sentence)
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    kind = next((kind for kind in STREET_AND_MARKET_KINDS if entity.text.endswith(kind)), None) if entity.type == "LOC" else None
    if kind and UNIT_END.search(entity.text[: -len(kind)]):
        return Entity(entity.start, entity.end - len(kind), "LOC", entity.text[: -len(kind)])  # 塘下镇|夜宵街: the town's street
    if entity.type == "LOC" and _DIRECTION_OF_A_PLACE_ABOUT.search(entity.text) and len(entity.text) >= 5:
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])  # 提克里特以南|约|25公里: about is no place
    meeting = next((word for word in MEETING_POINT_WORDS if entity.text.endswith(word)), "") if entity.type == "ORG" else ""
    if meeting and len(entity.text) >= len(meeting) + 2:  # 长江和|鄱阳湖交汇处 (ORG): the lake, where the waters meet
        return Entity(entity.start, entity.end - len(meeting), "LOC", entity.text[: -len(meeting)])
    if entity.type != "LOC" or len(entity.text) < 3:
        return entity
    if entity.text.endswith("核") and entity.text[:-1] in COUNTRIES:
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])  # 伊朗|核问题, 伊朗|核设施: the country's nuclear…
    if entity.text.endswith("两岸") and entity.text[-3] in _RIVER_ENDINGS and len(entity.text) >= 4:
        return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])  # 南河|两岸: a river's banks (not 海峡两岸)
    if text.startswith("部", entity.end) and not text.startswith("部分", entity.end):  # 辽宁中东|部 (中东部)
        inside = next((w for w in DIRECTION_AREA_WORDS if len(w) == 3 and (entity.text + "部").endswith(w)), None)
        if inside and len(entity.text) >= 4:
            return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])
    if text.startswith(PLACE_AREA_WORDS, entity.end - 1):  # the span stops inside the area word: 长江上|游, 长三角区|域
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    name = entity.text
    while word := next((word for word in _AREA_WORDS_LONGEST_FIRST if name.endswith(word) and len(name) >= len(word) + 2), None):
        name = name[: -len(word)].removesuffix("的")  # 玉龙喀什河|流域|中下游, 北海道|的|西南部
    return entity if name == entity.text else Entity(entity.start, entity.start + len(name), "LOC", name)


def _names_a_city(name: str) -> bool:
    """Whether ``name``, after its province maybe, is a city (衢州, 浙江海宁: one of China's cities or a place word of
    jieba's with its 市), so that 市区 after it is the city's urban area."""
    province = opening_province(name)
    city = name[len(province):].removeprefix("省") if province else name
    return len(city) >= 2 and (city in CITIES or is_place_word(city + "市"))


#: What the place after 环 (around) ends with when 环 names the area around it: a lake, river, bay, sea or ocean
#: (环|太湖, 环|北部湾, 环|渤海, 环|太平洋).
_ENCIRCLED_FEATURE_ENDINGS = (*FEATURE_ENDINGS, "海", "洋")


def around_word_off_place(entity: Entity, text: str) -> Entity:
    """Cut 环 (around) off a place that names a lake, river, bay, sea, state or province after it: 环铜鉴湖 → 铜鉴湖.

    MSRA and People's Daily tag the place alone (环|渤海|经济圈, 环|太平洋|航行); the tagger read 环 into a lake
    where jieba cuts 环铜|鉴湖 (a Zhejiang page). A route (环贵州|高速公路, 环城路) or a county (环江毛南族自治县,
    环县) named with 环 stays whole.
    """
    rest = entity.text[1:]
    if (entity.type != "LOC" or not entity.text.startswith("环") or len(rest) < 2
            or text.startswith((*_ROUTES_AFTER_A_NAME, "路", "线", "大道"), entity.end)):
        return entity
    if rest.endswith(_ENCIRCLED_FEATURE_ENDINGS) or rest in COUNTRIES_AND_PROVINCES:
        return Entity(entity.start + 1, entity.end, "LOC", rest)
    return entity


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
    if is_place_or_city(rest) or UNIT_END.search(rest):
        return Entity(entity.start, entity.start + len(rest), "LOC", rest)
    return entity


#: Common nouns news writes before a place to say what it is (也门首都萨那, 古城西安, 叙利亚中部城市霍姆斯), longest first.
_PLACE_DESCRIPTORS = ("省会城市", "港口城市", "边境城市", "沿海城市", "沿岸城市", "首都", "城市", "古城", "小镇", "省会", "首府", "港城",
                      "大省", "大县", "重镇", "大城市", "东道国", "上中游", "中下游", "上游", "中游", "下游",
                      "北国", "南国")  # 这里不是江南水乡，而是|北国|长春 (the north, poetically: CCTV news)
#: A river's reaches, which news writes before the places along them (要开闸泄洪。|下游|新仓镇, |上游|东川口水库: CCTV news):
#: cut off a reservoir, too.
_REACHES = ("上中游", "中下游", "上游", "中游", "下游")


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


#: The side of a thing a place word ends with (文化礼堂旁, 村口边).
_BESIDE = ("旁", "边")
#: A unit's ending anywhere in a place, the last of which a venue beside it may follow (上林村|文化礼堂旁).
_UNIT_INSIDE = re.compile(rf"(?:{ADMIN_UNIT_ENDINGS})")


def venue_beside_a_place_cut(entity: Entity) -> Entity:
    """Cut a common venue and the 旁 or 边 (beside) after it off the place read with them, back to the place's last
    unit: 瑞安市湖岭镇上林村文化礼堂旁|的老年食堂 → 瑞安市湖岭镇上林村 (written dev, which tags the village alone;
    LABELS.md leaves generic words after a name out), and the side alone (上林村旁). Only where every word between the
    unit and the side is a common noun of jieba's (not a name: CLUENER's 纽约中央公园旁 keeps its park); no gold span
    of the corpora but CLUENER's addresses ends in 旁 or 边."""
    if entity.type != "LOC" or not entity.text.endswith(_BESIDE):
        return entity
    units = list(_UNIT_INSIDE.finditer(entity.text, 0, len(entity.text) - 1))
    if not units or units[-1].end() < 2:
        return entity
    cut = units[-1].end()
    between = entity.text[cut:-1]
    if between and not all(is_noun_word(word) and not word_tag(word).startswith(("nr", "ns", "nt", "nz"))
                            for word, _ in tagged_words(between, guesses=False)):
        return entity
    return Entity(entity.start, entity.start + cut, "LOC", entity.text[:cut])


def descriptor_off_a_place(entity: Entity) -> Entity:
    """Cut the common noun that says what a place is off the place read with it: 首都|基辅, 古城|西安, 城市|霍姆斯,
    制造业大省|广东, 北部重镇|阿勒颇, 省会城市|福州 (ORG) → 福州 (CCTV news; LABELS.md: generic words stay out of a name). Only where what is left is a
    place of jieba's, a state, a foreign or Chinese city or a transliteration of three characters or more (小镇|哈尔法亚),
    so 首都机场, 首都医科大学 and 首都国际机场 keep theirs; also any place that ends in a unit (下游|新仓镇, 产粮大县|
    吉林省梨树县), and after a river's reach a reservoir (上游|东川口水库)."""
    if entity.type not in ("LOC", "ORG"):
        return entity
    descriptor = next((word for word in _PLACE_DESCRIPTORS if entity.text.startswith(word)), "")
    rest = entity.text[len(descriptor) :]
    named = rest[:-1] if rest.endswith(("市", "州", "省")) and len(rest) >= 3 else rest  # 首都|基辅市: the city's name and unit
    transliterated = len(rest) >= 3 and set(rest) <= TRANSLITERATION_CHARS
    along_a_river = descriptor in _REACHES and rest.endswith("水库")
    if not descriptor or len(rest) < 2 or not (is_place_or_city(named) or transliterated or along_a_river
                                               or UNIT_END.search(rest)):
        return entity
    return Entity(entity.start + len(descriptor), entity.end, "LOC", rest)


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
    if rest in COUNTRIES_AND_PROVINCES or is_place_word(rest):
        return Entity(entity.start, entity.start + len(rest), "LOC", rest)
    return entity


def place_off_a_late_common_noun(entity: Entity, text: str) -> Entity:
    """Cut the common noun off a place that a late merge or completion ran into it (河北 + 广大干 → 河北广大干|部 →
    河北), where what is left is a place: a dictionary place or a unit's name (not 最美|乡村, a programme's word).

    :func:`cut_trailing_common_noun` runs before the merges and completions, so it never sees these (CCTV news:
    8 such spans on the probes).
    """
    place = cut_trailing_common_noun(entity, text)
    return place if place is not entity and (is_place_word(place.text) or UNIT_END.search(place.text)) else entity


def water_off_its_river(entity: Entity) -> Entity:
    """A river read with its water (引用|黄河水|超出环境承载能力, 黄河水|沙关系) is the river, as the written labels tag
    “用好每一方|黄河|水”: where what is left is a dictionary place ending in 河 or 江 (CCTV news; no gold place of the
    corpora ends in 河水 or 江水). So is one read with 河水, 江水 or 湖水 (暴涨的|嘉陵江河水|漫城而过: CCTV news)."""
    if (entity.type == "LOC" and len(entity.text) >= 4 and entity.text.endswith(("河水", "江水", "湖水"))
            and entity.text[-3] in "江河湖"):  # jieba knows no 嘉陵江; no gold place of the corpora ends so
        return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])  # 嘉陵江|河水
    if entity.type == "LOC" and len(entity.text) >= 3 and entity.text.endswith(("河水", "江水")) and is_place_word(entity.text[:-1]):
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    return entity


def thaw_or_closure_off_a_name(entity: Entity) -> Entity:
    """Cut a river's thaw (开河, 开江) or a bridge's closure (合龙) off the place read on into it: 黄河开河|步入提速期,
    乌苏里江开江|期, 四川宜宾临港长江大桥合龙 (CCTV news; no gold span of the corpora ends so). The thaw only after a
    river's 河 or 江, so the county 开江 stays (四川开江县)."""
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 4:
        return entity
    if entity.text.endswith("合龙") or (entity.text.endswith(("开河", "开江")) and entity.text[-3] in "河江"):
        return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])
    return entity


#: Farm produce a place's name goes before as its origin (五常大米, 西峡香菇, 渭南春玉米), never part of a name.
_PRODUCE = ("大米", "玉米", "小麦", "水稻", "稻谷", "大豆", "油菜", "马铃薯", "香菇", "茶叶", "脐橙", "蜜柚", "苹果",
            "猕猴桃", "葡萄", "荔枝", "芒果", "红枣", "枸杞", "核桃", "板栗", "樱桃", "草莓", "蓝莓", "杨梅", "柑橘")
#: A produce's season before it (春玉米, 夏玉米).
_SEASONS = "春夏秋冬"


def produce_off_its_place(entity: Entity, text: str) -> Entity:
    """Cut farm produce, and the season before it, off a place read on into it: 五常大米, 西峡香菇, 陕西渭南春玉米 (as an
    ORG), 山东春玉米 (CCTV news: the origin is a place used as a modifier, tagged alone per LABELS.md, 富阳|特色): no
    place ends with its produce. A body so read only where what is left is a place jieba or the lists know."""
    if entity.type not in ("LOC", "ORG"):
        return entity
    produce = next((word for word in _PRODUCE if entity.text.endswith(word) and len(entity.text) > len(word) + 1), "")
    if not produce:
        return entity
    end = entity.end - len(produce) - (entity.text[-len(produce) - 1] in _SEASONS)
    if end - entity.start < 2:
        return entity
    place = text[entity.start : end]
    if (entity.type == "LOC" or is_place_or_city(place) or place in COUNTRIES_AND_PROVINCES
            or reads_as_places(text, entity.start, end)):
        return Entity(entity.start, end, "LOC", place)
    return entity


#: Verbs of an official's visit (来浙调研, 赴松阳县考察, 到温岭督导): what follows a destination, never part of a name.
VISIT_VERBS = ("调研", "考察", "视察", "督导", "慰问")
_VISIT = re.compile("|".join(VISIT_VERBS))
#: A visit verb inside a span, where the tagger ran on into the visit (衢州|调研防汛防台 as one ORG); a verb before
#: 团/组/员/室/处 names a delegation or a post (经贸考察团, 调研组, 调研员: gold spans of MSRA and CLUENER), and one before
#: 委/局/司/办 a body (国务院教育督导委员会: gov.cn style, read whole by the tagger).
_VISIT_INSIDE = re.compile(rf"(?:{_VISIT.pattern})(?![团组员室处委局司办])")
#: A destination and a visit after a name that took the 来 (陈敏来|浙调研): a place abbreviation (also a city's: 来衢, 来甬)
#: or 我/本 (来我县调研), at most three more characters (来湖州市调研), the verb.
_ZHEJIANG_CITY_ABBREVIATIONS = frozenset("衢丽温杭甬嘉湖绍舟")
_VISIT_ABBREVIATIONS = PLACE_ABBREVIATIONS | _ZHEJIANG_CITY_ABBREVIATIONS
#: The verbs of going a visited city's abbreviation stands after (来衢调研, 赴甬考察).
_BEFORE_A_VISITED_CITY = frozenset("来赴抵到")
#: What a visit comes to do after the city's abbreviation, besides a visit verb (来衢开展执法检查, 来丽指导防汛工作).
_WORK_OF_A_VISIT = ("开展", "指导", "检查", "督查", "走访", "出席", "参加", "宣讲", "授课", "对接", "洽谈")
#: The time of a visit after the visited city's abbreviation (在衢期间, 来甬期间), and what may stand before it.
_TIME_OF_A_VISIT = "期间"
_BEFORE_THE_TIME_OF_A_VISIT = frozenset("在来赴抵到")
#: What people do in a Zhejiang city after its abbreviation (加大在衢投资, 在衢创业, 留衢就业), and what stands before it.
_WORK_IN_A_CITY = ("投资", "创业", "就业", "工作", "生活", "发展", "落户", "兴业", "求学", "定居", "安家", "办厂", "扎根")
_BEFORE_A_CITY_WORKED_IN = frozenset("在留")
#: What stands before and after a Zhejiang city's abbreviation that names the city: the time of a visit, or work there.
_AROUND_A_ZHEJIANG_CITY = ((_BEFORE_THE_TIME_OF_A_VISIT, _TIME_OF_A_VISIT), (_BEFORE_A_CITY_WORKED_IN, _WORK_IN_A_CITY))
_VISIT_AFTER_NAME = re.compile(rf"[{''.join(sorted(_VISIT_ABBREVIATIONS))}我本][\u4e00-\u9fff]{{0,3}}?(?:{_VISIT.pattern})")


#: Units a listed place ends in (龙岗镇、岛石镇), and characters that may follow 、 without starting a name.
_LIST_ITEM_UNITS = ("镇", "乡", "村", "街道", "社区", "县", "区", "市")
_NOT_A_NAMES_FIRST_CHARACTER = set("和及与或等各全每两三四五六七八九十")
#: What follows a listed place where the list goes on or closes (临安、淳安、建德等地).
_LIST_GOES_ON = set("、等和及，。")


def water_named_by_one_character(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place of one character the tagger read before a water's ending, both single characters to jieba and no word
    of its dictionary together, is the water's name: 元|荡 (LOC) → 元荡 (a lake the written labels tag 13 times in two
    articles; 元荡湖 with the lake's 湖), where the tagger, which never met it, stops at the first character, which
    alone would be dropped. Not a word jieba knows (封河, the freezing of a river; 大湾|曲 in a quoted title), not where
    the ending opens a place of its own (居|河南省新乡市) and not where another span holds it."""
    found = list(entities)
    for index, entity in enumerate(found):
        end = entity.start + 2
        if (entity.type != "LOC" or entity.end - entity.start != 1 or not water_of_two_characters(text, entity.start)
                or overlaps_another(found, entity, entity.start, end) or is_place_word(text[entity.end : end + 1])):
            continue
        if text[end : end + 1] in WATER_NAME_ENDINGS and word_at(text, end) == (end, end + 1):
            end += 1  # the lake's name with 湖 after it (元荡湖)
        found[index] = Entity(entity.start, end, "LOC", text[entity.start : end])
    return found


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
    corpora, one would grow (MSRA's 藏|医); 黄|淮 is two places, both tagged. A state's or province's abbreviation
    does not grow: it is the place before a noun (拳击、泰|拳, Thai boxing: MSRA train).
    """
    taken = {position for entity in entities for position in range(entity.start, entity.end)}
    mended: list[Entity] = []
    for entity in entities:
        before = entity.start - 1
        if (entity.type == "LOC" and entity.text.endswith(_LIST_ITEM_UNITS) and before >= 1 and text[before - 1] == "、"
                and is_cjk(text[before]) and text[before] not in _NOT_A_NAMES_FIRST_CHARACTER and before not in taken):
            entity = Entity(before, entity.end, "LOC", text[before : entity.end])
        elif (entity.type == "LOC" and len(entity.text) == 1 and before >= 0 and text[before] == "、"
              and entity.text not in PLACE_ABBREVIATIONS):  # 拳击、泰|拳: a state's abbreviation and a noun, no place
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
        if entity.type in ("LOC", "ORG") and entity.text[:1] in CHINESE_NUMERALS:
            start = entity.start
            while start > 0 and text[start - 1] in CHINESE_NUMERALS and start - 1 not in taken:
                start -= 1
            entity = Entity(start, entity.end, entity.type, text[start : entity.end])
        if entity.type in ("LOC", "ORG") and entity.end - entity.start >= 2:
            start, end = word_at(text, entity.start)
            if (start < entity.start < end <= entity.end and not taken.intersection(range(start, entity.start))
                    and not is_verb(text[start : entity.start])  # 符合|中国: jieba lists 符合中国 as a place
                    and text[start : entity.start] not in JOINERS_BEFORE_A_NAME  # 欧美|和|澳洲: jieba's 和澳洲 (MSRA train)
                    and (is_place_word(text[start:end]) or _noun_opening_a_named_body(entity, text[start:end], text[entity.start:end]))):
                entity = Entity(start, entity.end, entity.type, text[start : entity.end])
        mended.append(entity)
    return mended


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


#: Words for a natural area or a region's main island that a name opens (青藏|高原, 舟山|本岛, 龙门山|地震带): the written
#: labels tag 17 of 19 such places whole with the word (黄土高原, 杭嘉湖平原, 腾格里沙漠; MSRA and People's Daily tag the
#: name alone about as often as whole).
_NATURAL_AREA_WORDS = ("高原", "盆地", "平原", "山脉", "沙漠", "草原", "湿地", "丘陵", "半岛", "群岛", "本岛", "地震带", "三角洲")
#: What makes the area word a kind of land, no name's end (北京市|平原地区, 山区地带).
_AREA_AFTER_AN_AREA_WORD = ("地区", "地带", "区域", "地方", "地形", "地貌")


def natural_area_word_into_its_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a place of two characters or more the word for the natural area it names right after it (地处|青藏|高原|东缘
    → 青藏高原, 从|舟山|本岛|调水, 地处|龙门山|地震带: written dev), as LABELS.md tags places (mountains, scenic areas)
    and the written labels such areas; only where no span starts there and the area word ends a word of jieba's
    (not 山东|平原县, a county) and no word for a kind of land follows (not 北京市|平原地区: MSRA). A gorge stays out
    (怒江|峡谷: the written labels and MSRA tag the river alone)."""
    starts = {entity.start for entity in entities}
    result = []
    for entity in entities:
        word = next((w for w in _NATURAL_AREA_WORDS if text.startswith(w, entity.end)), None) if entity.type == "LOC" else None
        end = entity.end + len(word) if word else entity.end
        if (word and len(entity.text) >= 2 and entity.end not in starts and word_ends_at(text, end)
                and not text.startswith(_AREA_AFTER_AN_AREA_WORD, end)
                and not overlaps_any(entities, entity.end, end)):
            entity = Entity(entity.start, end, "LOC", text[entity.start : end])
        result.append(entity)
    return result


#: A park's word written after its name (仙霞岭|国家森林公园, 乌溪江|湿地公园, 衢州|鹿鸣公园 is read whole already).
_PARK_WORD = re.compile(r"(?:国家|省级|市级)?(?:森林|湿地|地质|矿山|海洋|生态|郊野|城市|文化)?公园")
#: What makes a park's or reservoir's word the start of a body's name (仙霞岭|国家森林公园管理处, 森林公园党总支).
_BODY_OF_A_PARK = ("管理", "管委会", "党", "办公室", "办事处", "派出所", "保护站", "服务中心", "分局")


def park_word_into_its_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a place of two characters or more the park's word right after it (仙霞岭|国家森林公园 → 仙霞岭国家森林公园,
    乌溪江|湿地公园: local news of tourism), as LABELS.md tags parks and the corpora tag parks whole (香山公园,
    秦皇岛金海湾森林公园; the written labels 南山森林公园); only where no span starts there, the word ends a word of
    jieba's and no body's word follows (仙霞岭|国家森林公园管理处 stays as read: the office is a body of its own), and not
    where the place is a common noun of jieba's (广场|公园: CCTV news, a square's park, no name)."""
    return _place_given_the_word_after(entities, text, lambda place: _PARK_WORD.match(text, place.end)
                                       if len(place.text) >= 2 and word_tag(place.text) != "n" else None)


#: A reservoir's word after the town or township it is named after (湖南镇|水库).
_RESERVOIR_AFTER_A_TOWN = re.compile(r"(?<=[镇乡])水库")


def town_reservoir_named_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a place that ends in a town's or township's unit the 水库 right after it: the reservoir named after the town
    (乌溪江湖南镇|水库 → 乌溪江湖南镇水库: local news of flood season, where the tagger read the town alone), as LABELS.md
    tags reservoirs; only where no span starts there, 水库 ends a word of jieba's and no body's word follows
    (湖南镇|水库管理处: the office is a body of its own)."""
    return _place_given_the_word_after(entities, text, lambda place: _RESERVOIR_AFTER_A_TOWN.match(text, place.end))


def _place_given_the_word_after(entities: Sequence[Entity], text: str,
                                word_after: Callable[[Entity], re.Match[str] | None]) -> list[Entity]:
    """``entities`` with each LOC given the word ``word_after`` finds right after it (a park's, a reservoir's), where no
    span starts there or overlaps it, the word ends a word of jieba's and no body's word follows it."""
    starts = {entity.start for entity in entities}
    result = []
    for entity in entities:
        word = word_after(entity) if entity.type == "LOC" else None
        if (word and entity.end not in starts and word_ends_at(text, word.end())
                and not text.startswith(_BODY_OF_A_PARK, word.end())
                and not overlaps_any(entities, entity.end, word.end())):
            entity = Entity(entity.start, word.end(), "LOC", text[entity.start : word.end()])
        result.append(entity)
    return result


def town_government_left_untagged(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A town's, township's or subdistrict's place tagged alone before its government or office left untagged is the
    government, an ORG (汉昌街道|办事处|紧急组织 → 汉昌街道办事处: CCTV news), as LABELS.md reads named town governments
    (五里镇政府) and the written labels tag 坞城街道办事处, 梁弄镇人民政府; not where a span starts right after. So is a
    place tagged without its unit before the unit and its government (开化县林山|乡政府 → 开化县林山乡政府: jieba reads
    乡政府 as one word), and a county tagged before a town's name left untagged, its unit and government (庆元县|淤上乡政府
    → 庆元县淤上乡政府; not 各乡政府)."""
    starts = {entity.start for entity in entities}
    result = []
    for entity in entities:
        government = _town_government_after(entity, text)
        if (government is not None and government.end() not in starts
                and not any(other.start < government.end() and other.end > entity.end for other in entities)):
            entity = Entity(entity.start, government.end(), "ORG", text[entity.start : government.end()])
        result.append(entity)
    return result


#: A town's government or a subdistrict's office after its name (…镇|人民政府, …街道|办事处).
_TOWN_GOVERNMENT = re.compile(r"(?:人民政府|政府|办事处)")
#: The same after a place tagged without its unit (林山|乡政府, 汉昌|街道办事处).
_UNIT_AND_TOWN_GOVERNMENT = re.compile(r"(?:镇|乡)(?:人民政府|政府)|街道办事处")
#: A town's name left untagged with its unit and government after its county (庆元县|淤上乡政府: local-news style), and
#: what opens no such name (该县|各乡政府, 全县|两镇政府).
_UNTAGGED_TOWN_AND_GOVERNMENT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?:(?:镇|乡)(?:人民政府|政府)|街道办事处)")
_DETERMINERS_BEFORE_A_TOWN = frozenset("各全该本两三四五几多每有等所的和与及在")


def _town_government_after(place: Entity, text: str) -> re.Match[str] | None:
    """The government or office written right after a town's place (汉昌街道|办事处), or its unit and government after a
    place tagged without the unit (开化县林山|乡政府), or ``None``."""
    if place.type != "LOC":
        return None
    if place.text.endswith(("镇", "乡", "街道")):
        return _TOWN_GOVERNMENT.match(text, place.end)
    if place.text.endswith(("县", "市", "区", "旗")):
        town = _UNTAGGED_TOWN_AND_GOVERNMENT.match(text, place.end)  # 庆元县|淤上乡政府
        return town if town and town.group("name")[0] not in _DETERMINERS_BEFORE_A_TOWN else None
    return None if UNIT_END.search(place.text) else _UNIT_AND_TOWN_GOVERNMENT.match(text, place.end)


#: Residents named by what they do or where they live, which follow a village's name (牧民, 村民).
_RESIDENTS = frozenset({"牧民", "农民", "村民", "居民", "群众", "农牧民"})
#: Inner Mongolia's village (嘎查) and township (苏木) words, written after a transliterated Mongolian name.
_MONGOLIAN_UNIT = re.compile(r"嘎查|苏木")
#: Characters that never stand in such a name: function words before it (在沙布嘎嘎查, 严重的西拉沐沦苏木, 而像西拉沐沦苏木).
_NO_MONGOLIAN_NAME_CHARACTERS = frozenset("的在是于到和与及从对向把被将为而像如、以由沿往")  # 一个以|金祥嘎查为代表
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
            if unit.start() == 0 or not is_cjk(text[unit.start() - 1]) or text[unit.start() - 1] in "个每些等":
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
                kept.append(Entity(entity.start, start, "LOC" if UNIT_END.search(head) or is_place_word(head) else entity.type, head))
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
        if not is_cjk(character) or character in _NO_MONGOLIAN_NAME_CHARACTERS:
            break
        found_start, found_end = word_at(text, start - 1)
        word_start = min(found_start, start - 1)
        word = text[word_start:found_end]
        if len(word) >= 2 and found_end <= start and (
                UNIT_END.search(word) or word.endswith("盟") or (len(word) >= 3 and is_place_word(word))
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
    ending = ORG_ENDINGS if entity.type == "ORG" else UNIT_END
    return (len(word) >= 3 and word_tag(word) in ("n", "nz", "nt") and not (len(inside) >= 2 and is_known_word(inside))
            and bool(ending.search(entity.text)))


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
        if entity.type != "ORG" or ORG_ENDINGS.search(entity.text) or before.type != "LOC" or text[before.end : entity.start] != "、":
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
                     or (text[before.end : entity.start] in _TOWN_UNITS and not UNIT_END.search(before.text)))):
            mended[-1] = Entity(before.start, entity.end, "LOC", text[before.start : entity.end])
            continue
        mended.append(entity)
    return mended


#: A village or community named right after a chain of places, untagged (民和县中川乡|草滩村, 荣县|筲箕嘴村):
#: a name of two to four characters and its unit word.
_UNTAGGED_VILLAGE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:社区|村)")
#: A town or township left untagged after its county (平安县|三合镇).
_UNTAGGED_TOWN_AFTER_A_COUNTY = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:镇|乡|街道)")
#: A district or county left untagged after its city (杭州市|上城区): a name of two or three characters and its unit.
_UNTAGGED_COUNTY_AFTER_A_CITY = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?:区|县)")
#: Characters no village's name holds where a clause goes on after a place (青岛市|各个街道社区, 新桥镇|多个村落,
#: 梓山镇|的六个村子): counts, determiners, particles, prepositions, joiners and units.
_NOT_IN_A_VILLAGE_NAME = frozenset("个些多各每所有的和与及等全本该这那其一二三四五六七八九十几两乡镇县市区在到是为把被对从向了着过也都就还又")
#: Characters no town's name holds after its county: those of a village's but numerals (三合镇, 二道河镇; not 三个镇).
_NOT_IN_A_TOWN_NAME = _NOT_IN_A_VILLAGE_NAME - frozenset("一二三四五六七八九十")
#: The numerals of a count (十二村: twelve villages), and the dates that name villages (五一村, 六一村, 七一村, 八一村).
_NUMERALS = frozenset("一二三四五六七八九十百千两几")
_DATES_NAMING_VILLAGES = frozenset({"五一", "六一", "七一", "八一"})
#: Kinds of village a chain of places is followed by, no village's name (仪陇县|贫困村, 沧源佤族自治县|边境村).
_KINDS_OF_VILLAGE = ("贫困", "边境", "搬迁", "移民", "示范", "重点", "行政", "自然", "试点", "城中", "美丽", "文明", "安置", "农")


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
    corpora leaves such a city untagged after its province. So is such a city the tagger read as a person or body right
    after its province (在宁夏|吴忠 (PER)|，: CCTV news; 吴 is a surname)."""
    result: list[Entity] = []
    misread: set[Entity] = set()
    starts = {entity.start: entity for entity in entities if entity.type in ("PER", "ORG")}
    for entity in entities:
        if entity in misread:
            continue
        province = _province_named(entity.text) if entity.type == "LOC" else None
        city = next((name for name in _CITIES_LONGEST_FIRST_BY_PROVINCE[province]
                     if text.startswith(name, entity.end)), None) if province else None
        if city is not None:
            end = entity.end + len(city)
            unit = _CITY_UNIT.match(text, end)
            if unit and word_ends_at(text, unit.end()):
                end = unit.end()
            read_as = starts.get(entity.end)
            if read_as is not None and read_as.end == end:
                misread.add(read_as)  # 宁夏|吴忠 (PER): the city, read as a person
                entity = Entity(entity.start, end, "LOC", text[entity.start : end])
            elif word_ends_at(text, end) and not overlaps_any(entities, entity.end, end):
                entity = Entity(entity.start, end, "LOC", text[entity.start : end])
        result.append(entity)
    return [entity for entity in result if entity not in misread]


def village_after_a_chain(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a chain of places whole where the tagger left the village or community at its end untagged
    (青海省民和县中川乡|草滩村, 荣县|筲箕嘴村, 芦山县芦阳镇|先锋社区: CCTV news). LABELS.md reads a chain of administrative units as one LOC (杭州市余杭区仓前街道景腾社区).

    Only after a place that ends in a unit (a banner's 旗 only after more than its name), for a name of two to four
    characters that touches no span and ends where jieba ends a word, holds no count, particle or joiner, is no kind
    of village (贫困村, 边境村) and reads as no verb, adverb or other word of a clause going on (要求|驻村, 老年人占|社区;
    one character opening the name may be: 返底村), nor as a common word (利用|社区). So is a town or township left
    untagged after its county, district or city, whose name may hold a numeral (平安县|三合镇), and a district or county
    left untagged after its city (今年以来,杭州市|上城区|新增: written dev)."""
    result: list[Entity] = []
    for entity in entities:
        village = _UNTAGGED_VILLAGE.match(text, entity.end) if entity.type == "LOC" and _ends_a_chain(entity.text) else None
        if village is None and entity.type == "LOC" and entity.text.endswith(("县", "区", "市", "旗")):
            village = (_UNTAGGED_TOWN_AFTER_A_COUNTY.match(text, entity.end)  # 平安县|三合镇: a town after its county
                       or _UNTAGGED_ETHNIC_TOWN_AFTER_A_COUNTY.match(text, entity.end))  # 六枝特区|落别布依族彝族乡
        if village is None and entity.type == "LOC" and entity.text.endswith(("市", "州", "盟")) and len(entity.text) >= 3:
            village = _UNTAGGED_COUNTY_AFTER_A_CITY.match(text, entity.end)  # 杭州市|上城区: a district after its city
            if village and (village.group().endswith((*_AREA_WORDS, *PLACE_AREA_WORDS, "老城区", "中心城区", "小区"))
                            or (word_tag(village.group()) and not is_place_word(village.group()))):
                village = None  # an area of the city, no district: 天津市|主城区, 广东梅州|受灾地区, 北京市|居住区; a
                # residential compound, no district either (四川省宜宾市|一小区: CCTV news)
        ethnic = village is not None and village.re is _UNTAGGED_ETHNIC_TOWN_AFTER_A_COUNTY
        if (village is not None and not overlaps_any(entities, entity.end, village.end())
                and _village_ends_a_word(text, village.end())
                and (not set(village.group(1)) & _NOT_IN_A_TOWN_NAME if ethnic  # its peoples name it a township
                     else _names_a_village(text, entity.end, village.end(1),
                                           town=village.re is not _UNTAGGED_VILLAGE))):
            entity = Entity(entity.start, village.end(), "LOC", text[entity.start : village.end()])
            if ethnic:  # and the village after the township (…彝族乡|板照村)
                entity = village_after_a_chain([entity], text)[0] if not overlaps_any(
                    entities, entity.end, entity.end + 1) else entity
        elif entity.type == "LOC" and _ends_in_a_town_and_jiebas_locative(entity, text):
            entity = _village_opened_by_the_locative(entity, entities, text)
        result.append(entity)
    return result


#: The rest of a village's name after the character jieba reads onto its town (音坑乡下|淤村: 淤) and its unit.
_REST_OF_A_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,3}?)(?:社区|村)")


def _ends_in_a_town_and_jiebas_locative(place: Entity, text: str) -> bool:
    """Whether ``place`` ends in a town's unit and the locative jieba reads onto it as one word (音坑乡下, 湖镇镇上)."""
    return (len(place.text) >= 4 and place.text[-2] in "乡镇" and place.text[-1] in "上下"
            and word_at(text, place.end - 2) == (place.end - 2, place.end))


def _village_opened_by_the_locative(place: Entity, entities: Sequence[Entity], text: str) -> Entity:
    """The chain ``place`` runs into by the first character of a village's name that jieba reads onto the town as a
    locative (开化县音坑乡下|淤村 → 开化县音坑乡下淤村: a village 下淤村), or, where no village follows, the chain
    without the locative (湖镇镇上|的村民 → 湖镇镇, 音坑乡下|的老人 → 音坑乡): LABELS.md keeps generic words out."""
    village = _REST_OF_A_VILLAGE.match(text, place.end)
    if (village is not None and _village_ends_a_word(text, village.end())
            and not overlaps_any(entities, place.end, village.end()) and _names_a_village(text, place.end, village.end(1))):
        return Entity(place.start, village.end(), "LOC", text[place.start : village.end()])
    return Entity(place.start, place.end - 1, "LOC", place.text[:-1])


def _village_ends_a_word(text: str, end: int) -> bool:
    """Whether jieba ends a word where a village's name ends at ``end``, or reads its 村 with the 村 of what follows
    (六一村|村集体: jieba's 村村)."""
    return word_ends_at(text, end) or (text[end - 1 : end + 1] == "村村" and word_at(text, end - 1) == (end - 1, end + 1))


#: An ethnic township or town read as its unit alone (畲族乡, 苗族镇, 民族乡): its name is left before it.
_ETHNIC_GROUPS = ("畲", "回", "苗", "瑶", "壮", "满", "蒙古", "藏", "彝", "侗", "土家", "白", "哈尼", "傣", "黎", "傈僳", "佤",
                  "拉祜", "水", "纳西", "羌", "土", "仡佬", "锡伯", "布依", "朝鲜", "怒", "独龙", "鄂温克", "达斡尔", "鄂伦春",
                  "赫哲", "门巴", "珞巴", "撒拉", "东乡", "保安", "裕固", "京", "柯尔克孜", "哈萨克", "维吾尔", "仫佬", "毛南",
                  "景颇", "普米", "布朗")
_ETHNIC_UNIT_ALONE = re.compile(rf"^(?:(?:{'|'.join(_ETHNIC_GROUPS)})族|民族)(?:乡|镇)$")
#: An ethnic township or town left untagged after its county, named by one to three peoples (六枝特区|落别布依族彝族乡).
_UNTAGGED_ETHNIC_TOWN_AFTER_A_COUNTY = re.compile(
    rf"([\u4e00-\u9fff]{{2,3}}?)(?:(?:{'|'.join(longest_first(_ETHNIC_GROUPS))})族){{1,3}}(?:乡|镇)")


def ethnic_township_given_its_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give an ethnic township or town read as its unit alone the name left untagged right before it, and join the
    place right before the name to it: 在龙游县|沐尘|畲族乡 (local news) → 龙游县沐尘畲族乡, one chain as LABELS.md reads
    one (the written labels: 怀化市沅陵县二酉苗族乡). The name, of two or three characters, starts right after that
    place or where jieba starts a word, and reads as a town's (no count, particle, joiner or clause word: not 该|畲族乡)."""
    result: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        before = result[-1] if result else None
        if entity.type == "LOC" and _ETHNIC_UNIT_ALONE.match(entity.text):
            floor = before.end if before is not None else 0
            chained = before is not None and before.type == "LOC" and 2 <= entity.start - before.end <= 3
            starts = [before.end] if chained else [entity.start - size for size in (2, 3)
                                                   if entity.start - size >= floor and word_starts_at(text, entity.start - size)]
            name_start = next((start for start in starts if _names_a_village(text, start, entity.start, town=True)), None)
            if name_start is not None:
                if chained:
                    result.pop()
                start = before.start if chained else name_start
                entity = Entity(start, entity.end, "LOC", text[start : entity.end])
        result.append(entity)
    return result


def _ends_a_chain(place: str) -> bool:
    """Whether ``place`` ends in a unit a village can follow in a chain (…街道, …镇, …乡, …县, …区, …市; 土默特左旗)."""
    return place.endswith(("街道", "镇", "乡", "县", "区", "市")) or (place.endswith("旗") and len(place) >= 3)


def _names_a_village(text: str, start: int, end: int, town: bool = False) -> bool:
    """Whether ``text[start:end]``, before 村 or 社区, reads as a village's own name (草滩, 先锋, 筲箕嘴, 返底), or before
    镇, 乡 or 街道 a town's (``town``: 三合)."""
    name = text[start:end]
    # a village's name may hold numerals beside other characters (三合, 五星) or be a date (六一, 八一), but numerals
    # alone count villages (新桥镇|十二村)
    numerals_name_it = town or name in _DATES_NAMING_VILLAGES or not set(name) <= _NUMERALS
    if set(name) & (_NOT_IN_A_TOWN_NAME if numerals_name_it else _NOT_IN_A_VILLAGE_NAME) or name.startswith(_KINDS_OF_VILLAGE) or name.endswith(_KINDS_OF_VILLAGE):
        return False
    at = start
    while at < end:
        word_start, word_end = word_at(text, at)
        if word_start < start or word_end > end + 1:
            return False  # a word runs in from before the name or on past its unit's first character
        word = text[word_start:word_end]
        if (word_tag(word) in CLAUSE_WORD_TAGS and not (word_start == start and len(word) == 1)
                and word not in _DATES_NAMING_VILLAGES):
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
    end in 来, 周恩来, are not followed by a place and a visit), also with the abbreviation (赵承来衢|调研); a place
    jieba knows, read as an ORG between 到/赴/来/在 and the verb, is a LOC; a Zhejiang county's short name read on
    into what the visit does is the county (常山检查防汛防台 → 常山).
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
    county = _COUNTY_AND_THE_WORK_OF_A_VISIT.match(entity.text) if entity.type in ("ORG", "LOC") else None
    if county is not None and _of_whole_words(text, entity.start, entity.start + county.end(1)):
        # a county read on into what the visit does: 赴江山、|常山检查防汛防台 (ORG) → 常山 (local news)
        return [Entity(entity.start, entity.start + county.end(1), "LOC", county.group(1))]
    if (entity.type == "PER" and len(entity.text) in (3, 4) and entity.text.endswith("来")
            and _VISIT_AFTER_NAME.match(text, entity.end)):
        return [Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])]
    if (entity.type == "PER" and len(entity.text) in (4, 5) and entity.text[-2] == "来"
            and entity.text[-1] in _VISIT_ABBREVIATIONS and _VISIT.match(text, entity.end)):
        # read on into the place too: 赵承来衢|调研 → 赵承 + 衢 (a local-style sentence)
        return [Entity(entity.start, entity.end - 2, "PER", entity.text[:-2]), Entity(entity.end - 1, entity.end, "LOC", entity.text[-1])]
    if _VISIT.match(text, entity.end):
        return [_visited_place(entity, text)]
    return [entity]


def _visited_place(entity: Entity, text: str) -> Entity:
    """A place jieba knows, read as an ORG between 到/赴/来/在 and a visit verb, is the LOC it is (到|温岭|督导)."""
    if entity.type == "ORG" and entity.start > 0 and text[entity.start - 1] in "到赴来在" and is_place_word(entity.text):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


#: What continues a number after a Chinese numeral: another numeral, an ordinal's or a fraction's word (中共十|一届,
#: 中共二|十大, 第四|次, 越秀三|分之一).
_NUMBER_GOES_ON = re.compile(rf"[{CHINESE_NUMERALS}]|[届次大]|分之")
_TRAILING_NUMBER = re.compile(rf"第?[{CHINESE_NUMERALS}]+$")


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
                (e.text in PROVINCES and not in_a_sports_clause(e, text))
                or (_is_city_read_alone_as_a_body(e, text) and not in_a_sports_clause(e, text))
                or (countries_are_places and word_at(text, e.start)[1] <= e.end and (e.text in COUNTRIES or (
                    e.text in _WORLD_REGIONS and not _listed_with_a_body(e, entities, text)
                    and not _BODY_LATER_IN_THE_CLAUSE.match(text, e.end)))))
            else e for e in entities]


def _is_city_read_alone_as_a_body(entity: Entity, text: str) -> bool:
    """Whether an ORG is one of China's cities that jieba reads as a word of its own, and no body's word follows it
    (欠|南昌|一家公司, 在香港、澳门、|深圳|设分会场, 看望在|海口|、三亚的: CCTV news; not 广元|舰, 广州|局调度所,
    宁德|时代): the corpora tag 2,820 of their 2,838 such cities LOC."""
    return (entity.text in CITIES and word_at(text, entity.start) == (entity.start, entity.end)
            and not text.startswith(_BODY_WORDS_AFTER_A_CITY, entity.end))


#: What makes a city's name a body's or a ship's (广元|舰, 广州|局, 宁德|时代).
_BODY_WORDS_AFTER_A_CITY = ("舰", "局", "队", "时代")


def _listed_with_a_body(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether ``entity`` stands in a list with an ORG, joined to it by 、, 和, 与 or 及 (汇丰、花旗、东亚: a bank)."""
    return any(other.type == "ORG" and ((other.end + 1 == entity.start and text[other.end] in _PLACE_LIST_JOINERS)
                                        or (entity.end + 1 == other.start and text[entity.end] in _PLACE_LIST_JOINERS))
               for other in entities)


#: Words of sport anywhere in a text that make a country read as a body a team (:func:`province_as_place`): those of a
#: clause and more, for the corpora's sports sentences name a country away from them (挪威本轮主场面对荷兰), and the words
#: of football betting (CLUENER's tips: 火线博胆：…罗马获威廉希尔力挺).
_SPORTS_TEXT_WORDS = re.compile(
    SPORTS_WORDS.pattern + r"|选手|对阵|战胜|击败|负于|胜|平局|球|泳|奥运|运动员|教练|联赛|决赛|出线|晋级|世界杯|主场|客场|vs|VS|迎战"
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
_COUNTRY_AND_PROVINCE_NAMES = tuple(COUNTRIES_AND_PROVINCES)  # for str.startswith
#: States whose names hold brackets (刚果（金）, 刚果（布）), which a span may open inside.
_BRACKETED_STATE_NAMES = tuple(name for name in COUNTRY_NAMES_LONGEST_FIRST if "（" in name)


def place_named_where_only_a_place_stands(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a LOC of every PER mention of a name one of whose mentions stands where only a place does
    (:func:`foreign_place_read_as_person`: 白俄罗斯首都|明斯克 … 将|明斯克|作为磋商的固定场所, 俄罗斯首都|莫斯科 … 这次|莫斯科|之行:
    CCTV news, where the tagger reads a foreign city as a person at every mention and :func:`consistent_names`' majority
    takes back the one mention made a place), unless a mention of the name holds a post (总统|塞西)."""
    held = names_holding_a_post(entities)
    places = {e.text for e in entities if e.type in ("PER", "LOC") and e.text not in held
              and foreign_place_read_as_person(Entity(e.start, e.end, "PER", e.text), text).type == "LOC"}
    return [Entity(e.start, e.end, "LOC", e.text) if e.type == "PER" and e.text in places else e for e in entities]
#: The cities whose names :func:`city_read_in_part` completes: foreign and Chinese.
_KNOWN_CITIES = FOREIGN_CITIES | CITIES


def route_run_on(entity: Entity, text: str) -> Entity:
    """A two-character place or person right before a railway or road word is the route's name: 哈伊|高铁, 渝昆|高速
    (from CCTV news; two abbreviations of the places it joins, as 张呼高铁, which jieba knows as no word or as an
    abbreviation), and so are the short names of the places it joins whatever jieba reads them as (京昆|高速, 甬台温|高速:
    :func:`is_route_of_short_names`). A place of its own stays a place (浙江|高速, 安康|铁路, 金华|高速, which jieba
    tags as an other proper noun), also after 至 (遵义至|余庆|高速公路). So is a
    one-character abbreviation tagged alone before the other's untagged one (赣|深高铁 → 赣深高铁)."""
    if entity.type == "LOC" and len(entity.text) == 1 and is_cjk(text[entity.end : entity.end + 1]):
        # a one-character abbreviation tagged alone before the other place's (赣|深高铁 → 赣深高铁: CCTV news)
        route = next((r for r in _ROUTES_AFTER_A_NAME if text.startswith(r, entity.end + 1)), None)
        if route is not None and text[entity.end] not in "至到和与、":
            return Entity(entity.start, entity.end + 1 + len(route), "LOC", text[entity.start : entity.end + 1 + len(route)])
    if (entity.type not in ("LOC", "PER") or text[entity.start - 1 : entity.start] in ("至", "到")
            or is_province_city_or_state(entity.text)
            or not (len(entity.text) == 2 and word_tag(entity.text) in ("", "j", "nz", "nrt")
                    or is_route_of_short_names(entity.text))):
        return entity  # a place of its own ends the route's description: 哈尔滨至|伊春|高铁, 合肥|铁路枢纽
    route = next((r for r in _ROUTES_AFTER_A_NAME if text.startswith(r, entity.end)), None)
    if route is None:
        return entity
    return Entity(entity.start, entity.end + len(route), "LOC", text[entity.start : entity.end + len(route)])


#: A numbered national, provincial or county road: its number before or after it (国道|219, 219|国道, 国道|219|线;
#: MSRA tags １０９国道 and 国道１０２线 whole).
_ROAD_NUMBER = r"[GSXgsx]?[0-9０-９]{1,4}"
_ROAD_NUMBER_AFTER = re.compile(rf"{_ROAD_NUMBER}(?:线)?")
_ROAD_NUMBER_BEFORE = re.compile(rf"{_ROAD_NUMBER}$")
_NUMBERED_ROADS = ("国道", "省道", "县道")
#: The whole of such a road, its number before or after it (104国道, S222省道, 国道318线).
_ROAD_KIND = f"(?:{'|'.join(_NUMBERED_ROADS)})"
_NUMBERED_ROAD = re.compile(rf"{_ROAD_NUMBER}{_ROAD_KIND}(?:线)?|{_ROAD_KIND}{_ROAD_NUMBER_AFTER.pattern}")


#: What makes the number after 国道 or 省道 a count or length, no road's (国道、省道３１公里: MSRA).
_MEASURE_AFTER_A_NUMBER = re.compile(r"[.．][0-9０-９]|公里|千米|米|余|多|条|个|处|万|亿|年|[%％]|km")


def numbered_road_tagged(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a numbered road as one place where the tagger left it untagged or read only part of it (104国道 untagged,
    S222省 (LOC)|道: a county paragraph): LABELS.md tags roads as places, and MSRA tags ３１８国道 and 国道１０２线 (10 of
    the 11 numbered roads of MSRA train and CLUENER train are tagged so). Not where a span runs past the road (花都区
    107国道, a place that holds it), nor where the number runs on past four digits."""
    found = list(entities)
    for road in _NUMBERED_ROAD.finditer(text):
        start, end = road.span()
        if (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()) \
                or _MEASURE_AFTER_A_NUMBER.match(text, end):
            continue  # 国道、省道|３１|公里拓宽改造: a length, no road's number
        inside = [e for e in found if e.start < end and start < e.end]
        if any(e.start < start or e.end > end or e.type != "LOC" for e in inside):
            continue
        found = in_place_of(found, inside, Entity(start, end, "LOC", road.group()))
    return found


def numbered_road_made_whole(entity: Entity, text: str) -> Entity:
    """A national, provincial or county road read without its number gets it (|国道|219最后一处, 打通219|国道: CCTV news);
    the bare word is no name, the numbered road is one, a place also where the tagger read it as a body (LABELS.md:
    roads are places)."""
    if entity.type not in ("LOC", "ORG") or entity.text not in _NUMBERED_ROADS:
        return entity
    after = _ROAD_NUMBER_AFTER.match(text, entity.end)
    if after:
        return Entity(entity.start, after.end(), "LOC", text[entity.start : after.end()])
    before = _ROAD_NUMBER_BEFORE.search(text, max(0, entity.start - 5), entity.start)
    if before:
        return Entity(before.start(), entity.end, "LOC", text[before.start() : entity.end])
    return entity


#: One-character short names of the cities routes are named by (甬台温高速, 杭金衢高速, 京昆高速, 衢丽铁路), beside the
#: provinces' and states' of :data:`PLACE_ABBREVIATIONS`.
_CITY_SHORT_NAMES_IN_ROUTES = frozenset("杭甬温台金衢丽绍嘉湖舟昆广深汉武长成兰包呼哈连沈石太郑合福厦青烟济徐昌株贵")
#: A road's number before the short names of its route (G60沪昆高速).
_ROUTE_NUMBER = re.compile(r"^[GS][0-9]{1,4}")


def is_route_of_short_names(name: str) -> bool:
    """Whether ``name`` is two to four one-character short names of provinces and cities, maybe after a road's number,
    as expressways and railways are named by the places they join (京昆, 甬台温, G60沪昆); not a province or city of its
    own (金华, 武汉, 广西), which stays a place before a route word (金华|高速出口: :func:`is_province_city_or_state`)."""
    names = _ROUTE_NUMBER.sub("", name)
    return (2 <= len(names) <= 4 and not is_province_city_or_state(names)
            and all(char in PLACE_ABBREVIATIONS or char in _CITY_SHORT_NAMES_IN_ROUTES for char in names))


#: Route words after a route's two-character name, longest first.
_ROUTES_AFTER_A_NAME = ("高速公路", "高速铁路", "高铁", "铁路", "高速", "公路")


#: How often jieba counts a verb a body read on into before it is cut off with no adverb before it (集中, 作战, 派出;
#: not 联想 (1,393), 奔驰 (558): companies after their place).
_COMMON_VERB_AFTER_A_COMPANYS_PLACE = 2000
#: Nouns of place names jieba tags as verbs (西部|陆海新通道).
_NOUNS_OF_NAMES_READ_AS_VERBS = frozenset({"通道"})


#: Adverbs of one character written between a place and its verb (永州市|已|出台, 黑龙江|新|出台).
_ADVERB_BEFORE_A_VERB = frozenset("已新将也还正再又")


#: Common verbs jieba's dictionary tags as places (在|香港上市: 上市, to go public, an ns counted 3,199 times).
_VERBS_JIEBA_TAGS_AS_PLACES = frozenset({"上市"})


def place_read_on_into_a_common_verb_late(entity: Entity, text: str) -> Entity:
    """Cut a common verb a place ran on into off it, with an adverb of one character before the verb, where what is
    left is a place, late, and for bodies too (:func:`place_read_on_into_a_verb` cuts a body's only before a predicate
    opener): 永州市已|出台, 吉林|组建, 黑龙江新|出台, 四川成都|鼓励, 广东汕尾|集中 (CCTV news, read as bodies or
    places). Only a verb of jieba's alone that it counts 300 times or more and that names no place (开封, 保定 are
    cities) nor a body (分行) nor part of a place's name (通道); for a body with no adverb before the verb, 2,000
    times or more (北京|联想 and 德国|奔驰 are companies). Also 上市 (to go public), which jieba tags a place (在|香港上市),
    and 多地 (many places) after a state, province or abbreviation (袭击|黎多地: CCTV news)."""
    if entity.type == "LOC" and entity.text.endswith("多地") and len(entity.text) >= 3:
        rest = entity.text[:-2]  # 袭击|黎多地|造成…: many places of the state, no place's name
        if (is_place_or_city(rest) or rest in COUNTRIES_AND_PROVINCES or set(rest) <= STATE_ABBREVIATIONS
                or any(state.startswith(rest) and state in text for state in COUNTRIES_AND_PROVINCES)):  # 黎 of 黎巴嫩
            return Entity(entity.start, entity.end - 2, "LOC", rest)
    if entity.type not in ("LOC", "ORG") or len(entity.text) < 4:
        return entity
    start, end = word_at(text, entity.end - 1)
    verb = text[start:end]
    listed = verb in _VERBS_JIEBA_TAGS_AS_PLACES  # a verb whatever jieba tags it
    if (end != entity.end or start <= entity.start + 1 or len(verb) < 2
            or (not listed and (word_tag(verb) != "v" or is_place_or_city(verb)))
            or verb in BODY_WORDS_READ_AS_VERBS or verb in _NOUNS_OF_NAMES_READ_AS_VERBS):
        return entity
    adverb = text[start - 1] in _ADVERB_BEFORE_A_VERB and start - 1 > entity.start + 1
    if word_frequency(verb) < (300 if entity.type == "LOC" or adverb else _COMMON_VERB_AFTER_A_COMPANYS_PLACE):
        return entity  # 北京|联想, 德国|奔驰: companies (CLUENER's and MSRA's gold), their names verbs to jieba
    cut = start - 1 if adverb else start
    place = text[entity.start : cut]
    if is_place_word(place) or place in COUNTRIES_AND_PROVINCES or UNIT_END.search(place) or reads_as_places(text, entity.start, cut):
        return Entity(entity.start, cut, "LOC", place)
    return entity


def place_read_on_into_the_work_done_there(entity: Entity, text: str) -> Entity:
    """Cut a body back to the place opening it where the tagger read a place that ends in its unit or a water's ending
    on into the work done there: 沿着永安溪|巡查 (a county paragraph), 安排四川省|救灾应急|补助, 分管吉林省|食品药品监管|工作,
    了解光山县|脱贫工作 (CCTV news). What follows the place is whole words of jieba's, nouns and verbs, the last a verb,
    none a place nor a body's word (中国银行海南省|分行, 黄河|防总, 武昌南湖|某大学 are bodies), and no body's character
    follows the span (…|部门: the body's name may go on); the place is of three characters or more (城市 is none).
    Unlike :func:`place_read_on_into_a_common_verb_late`, a verb of any count: no company names itself by its place's
    unit and a verb (北京|联想 does without 市)."""
    if entity.type != "ORG" or len(entity.text) < 4:
        return entity
    start, end = word_at(text, entity.end - 1)
    if (end != entity.end or end - start < 2 or word_tag(text[start:end]) not in ("v", "vn")
            or _BODY_CHARACTER.match(text, entity.end)):
        return entity
    for cut in range(start, entity.start + 1, -1):
        place = text[entity.start : cut]
        if (len(place) < 3 or word_at(text, cut - 1)[1] != cut
                or not (UNIT_END.search(place) or place.endswith(FEATURE_ENDINGS))):
            continue  # 城市|管理服务广播: a two-character word ending 市 is no place
        work = whole_words(text, cut, entity.end)
        if work is None or not all(map(_names_work, work)):
            return entity
        return Entity(entity.start, cut, "LOC", place)
    return entity


#: The characters that open a body's word after a span (…|部门, …|委员会): the body's name may go on past the span.
_BODY_CHARACTER = re.compile(r"[委局院会部所厅办司队组站中]")


def _names_work(word: str) -> bool:
    """Whether a word of jieba's after a place names work done there: a noun or verb that is no place nor a body's
    word (分行, 防总, 组织; the endings of :data:`BODY_WORD` and of bodies' names jieba reads as verbs)."""
    return (word_tag(word) in ("v", "vn", "n") and not is_place_or_city(word) and not UNIT_END.search(word)
            and not BODY_WORD.search(word) and not word.endswith(BODY_VERB_ENDINGS + _MORE_BODY_VERB_ENDINGS)
            and word not in BODY_WORDS_READ_AS_VERBS)


#: Last characters of jieba's verbs and verbal nouns that name bodies, beside :data:`.common.BODY_VERB_ENDINGS` (防总,
#: 某大学, 党校).
_MORE_BODY_VERB_ENDINGS = tuple("总学校园馆店社团台")


def rural_revitalization_off_a_place(entity: Entity, text: str) -> Entity:
    """Cut the 乡村 of 乡村振兴 (rural revitalization) off a place read on into it, where what is left ends in a unit
    of a place (参观了|滕头村|乡村振兴展示馆 → 滕头村); a span with no such place before it is none
    (:func:`is_rural_revitalization_read_as_a_place`: 还|就乡村|振兴战略)."""
    if _reads_into_rural_revitalization(entity, text) and UNIT_END.search(entity.text[:-2]):
        return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])
    return entity


def is_rural_revitalization_read_as_a_place(entity: Entity, text: str) -> bool:
    """Whether a place is read on into the 乡村 of 乡村振兴 with no place's unit before it (还|就乡村|振兴战略)."""
    return _reads_into_rural_revitalization(entity, text) and not UNIT_END.search(entity.text[:-2])


def _reads_into_rural_revitalization(entity: Entity, text: str) -> bool:
    return entity.type == "LOC" and entity.text.endswith("乡村") and text.startswith("振兴", entity.end)


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
    for verb in PREDICATE.finditer(entity.text, 2):
        place, rest = entity.text[: verb.start()], entity.text[verb.end() :]
        if _UNIT_AT_START.match(rest):
            continue  # the verb opens a place's own name (南昌市|新建区, 干览镇|新建村)
        provincial_chain = (place.startswith(_COUNTRY_AND_PROVINCE_NAMES)  # 河北石家庄|组织; not 广州海关|出台
                            and reads_as_places(text, entity.start, entity.start + verb.start()))
        if entity.type == "ORG" and (UNIT_END.search(place) or provincial_chain):
            return [Entity(entity.start, entity.start + verb.start(), "LOC", place)]
        at = entity.start + verb.start()
        if (entity.type == "ORG" and not rest and ORG_ENDINGS.search(place) and word_starts_at(text, at)
                and not (verb.group() == "组织" and place.startswith(INTERNATIONAL_BODY_OPENINGS))):  # 世界海关组织
            return [Entity(entity.start, at, "ORG", place)]  # the verb opens a word: 国务院|深化, 国家知识产权局|运用
        if (entity.type == "ORG" and verb.group() == "委托" and len(rest) >= 2 and ORG_ENDINGS.search(place)
                and ORG_ENDINGS.search(rest) and word_starts_at(text, at) and word_starts_at(text, entity.start + verb.end())):
            # one body entrusting another, read as one: 受国务院|委托|审计署审计长 (from CCTV news)
            return [Entity(entity.start, at, "ORG", place), Entity(entity.start + verb.end(), entity.end, "ORG", rest)]
        if entity.type == "LOC" and (UNIT_END.search(place) or UNIT_END.search(rest) or is_place_word(place)):
            pieces = [Entity(entity.start, entity.start + verb.start(), "LOC", place)]
            if len(rest) >= 2 and UNIT_END.search(rest):
                pieces.append(Entity(entity.start + verb.end(), entity.end, "LOC", rest))
            return pieces
    return [entity]


#: An administrative unit opening what follows a predicate's verb: the verb was a place's own name (新建|区).
_UNIT_AT_START = re.compile(rf"^(?:{ADMIN_UNIT_ENDINGS})")


def places_parted_at_a_middle_dot(entity: Entity) -> list[Entity]:
    """Part a LOC at a middle dot where every piece is a place, a state or a province (内蒙古·广东|科技合作周,
    感知|中国·中国|西部文化: CCTV news, where · joins two places of an event's name); a transliterated name's dot stays
    (拉·苏弗里耶尔, 阿尔托·奥斯皮西奥镇)."""
    if entity.type != "LOC" or "·" not in entity.text:
        return [entity]
    pieces = [(match.start(), match.group()) for match in re.finditer(r"[^·]+", entity.text)]
    if len(pieces) < 2 or not all(is_place_or_city(piece) or is_place_word(piece) for _, piece in pieces):
        return [entity]
    return [Entity(entity.start + at, entity.start + at + len(piece), "LOC", piece) for at, piece in pieces]


#: A place's party committee by its level, written right after the place's name (阿里地委, 右玉县委, 毕节市委).
_LEVEL_PARTY_COMMITTEES = ("地委", "县委", "市委", "州委", "区委", "盟委", "旗委", "省委")
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
    the written train split unchanged. So is an ORG of two or three characters that ends like no unit or body
    (来|三宝 (ORG)|创新创业 beside 景德镇三宝村: CCTV news). And so is one that a tagged LOC names right after a
    province named without its 省 (右玉 (PER)|精神 five times beside 山西右玉: CCTV news; a county named short after its
    province, :func:`zhpolicy.models.ner_cleanup.mentions._unit_names`), or that a tagged ORG names before its level's
    party committee (任阿里地委书记 … 远在|阿里 (PER): CCTV news).
    """
    places = [e.text for e in entities if e.type == "LOC"]
    after_a_province = {place[len(province):] for place in places
                        for province in PROVINCES_LONGEST_FIRST if place.startswith(province)}
    after_a_province |= {e.text[:-2] for e in entities if e.type == "ORG" and e.text.endswith(_LEVEL_PARTY_COMMITTEES)}
    typed: list[Entity] = []
    for entity in entities:
        read_as_a_short_body = entity.type == "ORG" and 2 <= len(entity.text) <= 3 and not ends_like_unit_or_body(entity.text)
        short_person = entity.type == "PER" and 2 <= len(entity.text) <= 3
        if (read_as_a_short_body or (entity.type == "PER" and (
                2 <= len(entity.text) <= 3 or set(entity.text) <= TRANSLITERATION_CHARS))) and any(
            _UNIT_AFTER_SHORT_NAME.match(place[at + len(entity.text):])
            for place in places if (at := place.find(entity.text)) != -1
        ) or (short_person and entity.text in after_a_province):
            entity = Entity(entity.start, entity.end, "LOC", entity.text)
        typed.append(entity)
    return typed


def place_run_into_a_named_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Carry a place that stops inside the name of another the text tags on to that name's end: 甘肃酒泉永|久村
    beside 永久村 → 甘肃酒泉永久村 (from CCTV news: the tagger read 永久 as the adverb). Only a name of three
    characters or more that ends like one, whose head the span ends with and whose rest the text reads right after
    it, where the span stops inside a word of jieba's and no other span stands there."""
    names = {e.text for e in entities if e.type in ("LOC", "ORG") and len(e.text) >= 3 and ends_like_a_name(e.text)}
    result: list[Entity] = []
    for entity in entities:
        grown = entity
        inside_a_word = word_at(text, entity.end - 1)[1] > entity.end  # 永|久: not 天河区|社会组织, 长岛|铁路
        for name in names if entity.type in ("LOC", "ORG") and inside_a_word else ():
            head = next((k for k in range(len(name) - 1, 0, -1)
                         if entity.text.endswith(name[:k]) and text.startswith(name[k:], entity.end)), 0)
            end = entity.end + len(name) - head
            if head and len(entity.text) > head and end > grown.end and not overlaps_another(entities, entity, entity.end, end):
                grown = Entity(entity.start, end, entity.type, text[entity.start : end])
        result.append(grown)
    return result


#: The rest of a school's or hospital's name after a body that stopped inside one of its words (长春汽车工业高|等专科学校):
#: up to six characters and an institution's ending.
_SCHOOL_NAMED_ON = re.compile(rf"[\u4e00-\u9fff]{{0,6}}?(?:{'|'.join(INSTITUTION_ENDINGS)})")


def bodies_completed_to_their_schools(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A body that stops inside a word of jieba's where the text goes on, within six characters, to a school's or
    hospital's ending is that school (新区联合吉林大学、|长春汽车工业高|等专科学校|等院校: written dev, where the rule for a
    body that is a fragment had cut it back to its place, 长春). Before that rule; the ending must end a word of jieba's,
    and no other span may lie in the way (全 (ORG)|球|孔子学院 (ORG): CCTV news, where completing gave two spans on one
    stretch)."""
    completed: list[Entity] = []
    for entity in entities:
        school = (_SCHOOL_NAMED_ON.match(text, entity.end)
                  if entity.type == "ORG" and word_at(text, entity.end - 1)[1] > entity.end else None)
        if school is None or not word_ends_at(text, school.end()) or overlaps_any(entities, entity.end, school.end()):
            completed.append(entity)
        else:
            completed.append(Entity(entity.start, school.end(), "ORG", text[entity.start : school.end()]))
    return completed


def name_stopping_inside_a_word(entity: Entity, text: str) -> list[Entity]:
    """A place or body that stops inside a common word of jieba's whose part in the span is no word and ends like no
    name (意大利工会组|织, 中国钢铁行|业, 海洋环境保|护法, 北斗卫星导航系|统, 尾矿煤矸|石: CCTV news) is no name there:
    the longest run of words before that word that is a place or ends like a name is kept (意大利, 中国,
    中华人民共和国|国民经|济, 中国志愿服务联合会|第二届会员代表大|会), else the span is dropped. The common word is jieba's alone (not a name it tags: ns, nt, nz, nr), and the piece in the span is
    of Chinese characters only (沙尔克04|vs, a CLUENER team, stays); no gold place or body of the corpora stops so.
    A piece of a word for villages as settlements is no name, though it ends in 村 and jieba tags the word as a name
    (楠溪江古村|落 → 楠溪江; 古村落 is nr to jieba)."""
    if entity.type not in ("LOC", "ORG"):
        return [entity]
    word_start, word_end = word_at(text, entity.end - 1)
    piece = text[word_start : entity.end]
    settlement = text[word_start:word_end] in _SETTLEMENT_WORDS
    if (word_start <= entity.start or word_end <= entity.end or len(piece) < 2 or not all(map(is_cjk, piece))
            or (not settlement and (word_tag(text[word_start:word_end])[:2] in ("ns", "nr", "nt", "nz")
                                    or word_tag(piece) or ends_like_a_name(piece)))):
        return [entity]
    return longest_name_before(entity, text, word_start)


#: Common words for villages as settlements, whose 村 ends no name (打造成为楠溪江古村|落旅游的示范点: a local paragraph).
_SETTLEMENT_WORDS = frozenset({"村落", "古村落", "自然村落"})


def place_before_a_fragment(entity: Entity, text: str) -> Entity:
    """The place that opens an ORG which is a fragment (:func:`is_fragment`), as a LOC: 天津市|经济社|会发展 → 天津市
    (from CCTV news); the longest run of administrative units at the span's start that ends between two words."""
    if entity.type != "ORG" or not is_fragment(entity, text):
        return entity
    ends = [unit.end() for unit in re.finditer(ADMIN_UNIT_ENDINGS, entity.text) if unit.end() >= 2
            and word_at(text, entity.start + unit.end())[0] == entity.start + unit.end()]
    chain = next((end for end in reversed(ends) if is_place_word(entity.text[:end]) or is_place_word(entity.text[: end - 1])
                  or reads_as_places(text, entity.start, entity.start + end)), None)
    return Entity(entity.start, entity.start + chain, "LOC", entity.text[:chain]) if chain else entity


#: States whose names join two names with 和 (安提瓜和巴布达, 特立尼达和多巴哥, 波斯尼亚和黑塞哥维那).
_STATES_NAMED_WITH_AND = frozenset(country for country in COUNTRIES if "和" in country and not country.endswith("共和国"))


def _state_named_with_and_around(entity: Entity, text: str) -> Entity | None:
    """The state named with 和 that the text writes out around ``entity``, as a LOC, or ``None``."""
    for name in _STATES_NAMED_WITH_AND:
        opening = max(0, entity.start - len(name))
        start = text.find(name, opening, entity.end + len(name))
        if start != -1 and start <= entity.start and entity.end <= start + len(name):
            return Entity(start, start + len(name), "LOC", name)
    return None


def state_named_with_and_joined(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a state whose name joins two names with 和 as one LOC, in place of the pieces the tagger read on either side
    of the 和 as places or people (安提瓜 (PER)|和|巴布达 (PER)|总理布朗 → 安提瓜和巴布达: CCTV news), also where it read
    one side only."""
    joined: list[Entity] = []
    for entity in entities:
        state = _state_named_with_and_around(entity, text) if entity.type in ("LOC", "PER", "ORG") else None
        if state is None:
            joined.append(entity)
        elif not (joined and joined[-1] == state):  # the second piece of a state already joined is left out
            joined.append(state)
    return joined


def place_ending_inside_a_place_named_elsewhere(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place that stops inside a mention of a village, town or county the text tags elsewhere goes on to its end
    (甘肃陇南宕昌县山|背村 beside 山背村 → 甘肃陇南宕昌县山背村), and where a joiner stands before the mention the two are
    parted, the name before it an elided one (罗湾和山|背村 → 罗湾 + 山背村; LABELS.md tags elided names one by one: CCTV
    news). The name must end in its unit and be three characters or more, or be a lake, river, sea or hill the text
    tags twice or more, a natural feature's (:data:`NATURAL_FEATURE_ENDINGS`) or a sea's (在大理洱|海边 beside 洱海 ten
    times → 大理洱海), the mention open inside the span, and
    nothing else be tagged over its rest."""
    names = {e.text for e in entities if e.type == "LOC" and len(e.text) >= 3 and UNIT_END.search(e.text)}
    tagged = Counter(e.text for e in entities if e.type == "LOC")
    names |= {name for name, count in tagged.items()
              if count >= 2 and len(name) >= 2 and (name[-1] in NATURAL_FEATURE_ENDINGS or name.endswith("海"))}
    result = list(entities)
    for entity in entities:
        if entity.type != "LOC":
            continue
        for name in names:
            start = text.find(name, max(0, entity.end - len(name) + 1), entity.end + len(name) - 1)
            if start <= entity.start or start >= entity.end or start + len(name) <= entity.end or overlaps_another(result, entity, entity.end, start + len(name)):
                continue
            before = text[entity.start : start]
            pieces = [Entity(start, start + len(name), "LOC", name)]
            if before[-1] in JOINERS_BEFORE_A_NAME or before[-1] == "、":
                if len(before) >= 3:
                    pieces.insert(0, Entity(entity.start, start - 1, "LOC", before[:-1]))
            else:
                pieces = [Entity(entity.start, start + len(name), "LOC", text[entity.start : start + len(name)])]
            result = in_place_of(result, [entity], *pieces)
            break
    return result


#: An elided list of places closed by their count and unit (仁居、差干两镇, 容城、雄县、安新三县).
_ELIDED_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2}、)+[\u4e00-\u9fff]{2})([两二三四五六七八九十])个?(村|镇|乡|街道|社区|县|市|区)")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def untagged_places_of_an_elided_list(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the places of an elided list the tagger left untagged, one by one (沿线仁居、差干两镇: written dev; LABELS.md:
    桃林、安坝两村 tagged one by one). Only names of two characters, as many as the count after them says, none a
    common word of jieba's (国内、国际两个市场) and the unit opening no longer word (两个|市场); MSRA and the written
    splits tag all 9 such lists of their texts so."""
    found = list(entities)
    for listed in _ELIDED_LIST.finditer(text):
        names = listed.group(1).split("、")
        unit_start, unit_end = listed.span(3)
        if len(names) != _COUNTS[listed.group(2)] or word_at(text, unit_start)[1] > unit_end:
            continue
        if any(is_known_word(name) and not is_place_word(name) for name in names):
            continue
        at = listed.start(1)
        for name in names:
            if not overlaps_any(found, at, at + len(name)):
                found.append(Entity(at, at + len(name), "LOC", name))
            at += len(name) + 1
    return sorted(found, key=lambda e: (e.start, e.end))


#: A Zhejiang city's or county's short name (淳安, 开化), the longest first.
_ZHEJIANG_SHORT_NAME = re.compile("|".join(sorted(ZHEJIANG_SHORT_NAMES, key=len, reverse=True)))
#: A county's short name and what a visit does there, read as one span (常山检查防汛防台: the county, then the work).
_COUNTY_AND_THE_WORK_OF_A_VISIT = re.compile(
    rf"^({_ZHEJIANG_SHORT_NAME.pattern})(?:{'|'.join(VISIT_VERBS + _WORK_OF_A_VISIT)})")
#: Verbs of going a visited county's short name stands after, each a word of its own (到淳安, 赴开化; not 带|来).
_GOING_TO_A_COUNTY = ("到", "赴", "来", "在", "来到", "回到", "前往", "走进", "深入", "抵达", "奔赴")
#: What follows a visited county's short name: what the visit does, a mark or the end of a list (到淳安义诊, 在开化，).
_AFTER_A_VISITED_COUNTY = (*VISIT_VERBS, *_WORK_OF_A_VISIT, "义诊", "等地", "，", "。", "；", "、")


def county_named_alone(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a Zhejiang city's or county's short name (:data:`zhpolicy.data.counties.ZHEJIANG_SHORT_NAMES`) where an
    official goes there or in a list beside another place: the tagger reads the full name (淳安县) well but the short
    one in pieces (到|淳|安义诊), as a body (|磐安|、武义) or not at all (赴开化调研), as local news writes it.

    The name must start and end where jieba's words do (not 淳安县, 江山如画 or 白云和蓝天), after a verb of going that
    is a word of its own (到, 赴, 来, 在, 前往; not 带|来) and before what the visit does, a mark or 等地, or right beside
    another place across 、 (磐安、武义、浦江三地). Pieces and a body read inside the name give way to it; a longer span
    holding it stays (淳安县千岛湖镇). Elsewhere the word stays as the tagger read it (大好江山, 文明开化: common words)."""
    found = list(entities)
    short_names = {match.start(): match.end() for match in _ZHEJIANG_SHORT_NAME.finditer(text)}
    for start, end in short_names.items():
        if _of_whole_words(text, start, end) and (_goal_of_a_visit(start, end, text)
                                                  or _listed_beside_a_place(found, short_names, start, end, text)):
            found = name_tagged_whole(found, Entity(start, end, "LOC", text[start:end]))
    return sorted(found, key=lambda e: (e.start, e.end))


#: A scenic area named after a Zhejiang county: the short name, a name of one to five characters, the area's word
#: (龙游石窟景区, 云和梯田景区).
_SCENIC_AREA_OF_A_COUNTY = re.compile(rf"(?:{_ZHEJIANG_SHORT_NAME.pattern})[\u4e00-\u9fff]{{1,5}}?(?:风景区|景区|旅游区|度假区)")


def county_scenic_area(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a scenic area named after a Zhejiang county as one LOC (龙游石窟景区, 云和梯田景区: local news of tourism,
    left untagged or with the county alone tagged), as the written labels tag 江郎山景区 and 仙都景区 whole (LABELS.md:
    scenic areas are places). The county's short name must start and end where jieba's words do; pieces inside give way,
    a span reaching outside stays. A scenic area of no county's name stays as read (茶园景区: the labels tag none)."""
    areas = (area for area in _SCENIC_AREA_OF_A_COUNTY.finditer(text)
             if _of_whole_words(text, *_ZHEJIANG_SHORT_NAME.match(text, area.start()).span()))
    return names_tagged_whole(entities, (Entity(*area.span(), "LOC", area.group()) for area in areas))


def _of_whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` starts and ends where words of jieba's do (淳安; 云|和, which jieba reads apart; not
    白|云和|蓝天 or 淳安县)."""
    return word_at(text, start)[0] == start and word_at(text, end - 1)[1] == end


def _goal_of_a_visit(start: int, end: int, text: str) -> bool:
    """Whether ``text[start:end]`` stands after a verb of going of its own and before what a visit does or a mark."""
    going = any(text.endswith(verb, 0, start) and word_at(text, start - len(verb)) == (start - len(verb), start)
                for verb in _GOING_TO_A_COUNTY)
    return going and (end == len(text) or text.startswith(_AFTER_A_VISITED_COUNTY, end))


def _listed_beside_a_place(entities: Sequence[Entity], short_names: dict[int, int], start: int, end: int,
                           text: str) -> bool:
    """Whether ``text[start:end]`` stands across a 、 from a place: a LOC or another short name (磐安、武义)."""
    before = text[start - 1 : start] == "、" and (
        any(e.type == "LOC" and e.end == start - 1 for e in entities) or start - 1 in short_names.values())
    after = text[end : end + 1] == "、" and (
        any(e.type == "LOC" and e.start == end + 1 for e in entities) or end + 1 in short_names)
    return before or after


#: The administrative units written with one character (市, 县, 镇 …).
_ONE_CHARACTER_UNITS = frozenset(unit for unit in ADMIN_UNIT_ENDINGS.split("|") if len(unit) == 1)
#: A county's, town's, township's or village's unit the tagger left off its name before a mark or a joiner
#: (沿河|县等3省4县: CCTV news); not 市 or 区, which MSRA leaves off (北京|市、, 藏|区，, 武陵山|区).
_UNIT_LEFT_OFF = re.compile(r"[县镇乡村](?=[等、，。；的和与及])")


#: A village's 村 that jieba reads with a locative or a second 村 (半山|村边上, 半山|村村小地少 beside 半山村: CCTV news):
#: the village and where in it, not a word of its own that the name only modifies (华西|村级, 黄杜|村民).
_VILLAGE_AND_ITS_PART = frozenset({"村边", "村口", "村里", "村内", "村外", "村头", "村尾", "村后", "村前", "村中", "村村"})


def place_given_its_unit(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place the tagger read without its unit gets it: before a mark or a joiner (贵州省普安县、|沿河|县等 → 沿河县),
    or where the text tags the name with its unit elsewhere (|黄杜|村农民党员 beside 黄杜村: CCTV news). Of the gold
    places of the corpora none stands so before 县, 镇, 乡 or 村 and a mark; one named elsewhere gets its unit only where
    it is 县, 镇, 乡 or 村 and opens no word of jieba's with the next character (not 汕头|市直, 南昌|市区, 华西|村级:
    MSRA's places), but for a village's part (半山|村边上, 半山|村村小地少 beside 半山村); a place that ends in a unit
    already keeps its end. A place right before its 市, 县 or 区 and a chain of units that starts after it is one
    chain with both (江山|市|长台镇朝阳村 → 江山市长台镇朝阳村: local news, where the tagger read the 市 of 市长 as a
    post)."""
    named = {e.text for e in entities if e.type == "LOC"}
    entities = _place_joined_across_its_unit(entities, text)
    result: list[Entity] = []
    for entity in entities:
        unit = text[entity.end : entity.end + 1]
        if (entity.type == "LOC" and len(entity.text) >= 2 and unit in _ONE_CHARACTER_UNITS
                and not UNIT_END.search(entity.text) and not overlaps_any(entities, entity.end, entity.end + 1)
                and (_UNIT_LEFT_OFF.match(text, entity.end)
                     or (entity.text + unit in named and unit in "县镇乡村"
                         and (not is_known_word(text[entity.end : entity.end + 2])
                              or text[entity.end : entity.end + 2] in _VILLAGE_AND_ITS_PART)))):
            entity = Entity(entity.start, entity.end + 1, "LOC", entity.text + unit)
        result.append(entity)
    return result



def _place_joined_across_its_unit(entities: Sequence[Entity], text: str) -> list[Entity]:
    """``entities`` with a place of two characters or more and no unit joined to the chain of units right after its
    untagged 市, 县 or 区 (江山|市|长台镇朝阳村 → 江山市长台镇朝阳村)."""
    chains_after = {e.start: e for e in entities if e.type == "LOC" and UNIT_END.search(e.text)}
    joined: dict[Entity, Entity] = {}
    for entity in entities:
        chain = chains_after.get(entity.end + 1)
        if (entity.type == "LOC" and len(entity.text) >= 2 and chain is not None and text[entity.end] in "市县区"
                and not UNIT_END.search(entity.text) and not overlaps_any(entities, entity.end, entity.end + 1)):
            joined[entity] = chain
    chains = set(joined.values())
    return [Entity(e.start, joined[e].end, "LOC", text[e.start : joined[e].end]) if e in joined else e
            for e in entities if e not in chains]


def _one_of_a_kind_after(entity: Entity, text: str) -> bool:
    """Whether 之一 (one of) follows a place or body: what stands before it is a kind, not a name."""
    return entity.type in ("LOC", "ORG") and text.startswith("之一", entity.end)


def _place_opening(entity: Entity, text: str) -> int | None:
    """Where the longest place or state that a span opens with, a whole word of jieba's or more, ends, short of the
    span's end (英国|老牌航空公司); ``None`` where it opens with none."""
    for cut in range(entity.end - 1, entity.start, -1):
        if word_starts_at(text, cut) and is_place_name_or_state(text[entity.start : cut]):
            return cut
    return None


def place_before_a_kind(entity: Entity, text: str) -> Entity:
    """A place or body before 之一 cut to the place or state it opens with: 君主航空是英国老牌航空公司之一 (CCTV news)
    reads 英国|老牌航空公司 as one body, and the rest is a kind of body, not a name; no gold span of the corpora stands
    before 之一."""
    if not _one_of_a_kind_after(entity, text):
        return entity
    cut = _place_opening(entity, text)
    return entity if cut is None else Entity(entity.start, cut, "LOC", text[entity.start : cut])


def is_kind_before_one_of(entity: Entity, text: str) -> bool:
    """Whether a place or body before 之一 opens with no place or state: the kind of place it is one of, no name
    (在极贫县之一的都安县, CCTV news: a township poorer than most, read as a county's name)."""
    return _one_of_a_kind_after(entity, text) and not is_place_name_or_state(entity.text) and _place_opening(
        entity, text) is None


#: The whole of a unit after its place's name (邹平|全市, 临安|全县).
_WHOLE_UNIT_AFTER = re.compile(rf"{WHOLE_OF_A_UNIT}(?![民部体面])")  # not 全市民, 全区体 … read across a word


def place_read_as_a_person_before_its_whole_unit(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A person right before 全市, 全县 … (the whole city, county …) whose name ends a place the text tags elsewhere is
    that place, a LOC (在山东邹平 … 现在，邹平 (PER)|全市共建设高标准农田: CCTV news; jieba lists 邹平 as a person).
    MSRA's one gold person before such a word (党支部书记李富林全村…) names no place of its text."""
    places = [e.text for e in entities if e.type == "LOC"]
    return [Entity(e.start, e.end, "LOC", e.text)
            if e.type == "PER" and _WHOLE_UNIT_AFTER.match(text, e.end) and any(
                place.endswith(e.text) and place != e.text for place in places) else e
            for e in entities]


#: Verbs a place is read with at its start: the Long March's crossings (四渡赤水河, 巧渡金沙江, 强渡大渡河, 飞夺泸定桥) and
#: a place bordering on another (北临长江, 东濒黄海).
_CROSSING_OR_BORDERING_VERBS = ("四渡", "巧渡", "强渡", "抢渡", "横渡", "飞夺",
                                *(side + verb for side in "东南西北" for verb in "临濒至起"))
#: The units a county or township's name ends with, which no place opens with (东至县 is a county, not 东至 + 县).
_UNIT_CHARACTERS = frozenset("省市县区镇乡村")
#: How what such a verb takes ends: a river, lake, sea, reservoir, bridge, pass or mountain (or a unit: 西起|顺德区).
_CROSSED_OR_BORDERED = frozenset("江河湖海库桥关山")


def crossing_or_bordering_verb_off_a_place(entity: Entity) -> Entity:
    """Cut a verb of crossing or bordering off the start of a place read with it: 红军谱写了|四渡赤水河|、|巧渡金沙江 →
    赤水河, 金沙江; 这片红土地|北临长江 → 长江, 西起顺德的鲤鱼洲，|东至深圳公明水库 → 深圳公明水库 (CCTV news). The crossing
    is an event, and the place is the water, bridge, mountain or unit it takes (MSRA leaves 强渡 out of 强渡长江, and 东至
    out of 桂东至湛江, whose 东 ends 桂东)."""
    verb = next((v for v in _CROSSING_OR_BORDERING_VERBS if entity.text.startswith(v)), None)
    if (entity.type != "LOC" or verb is None or len(entity.text) < len(verb) + 2
            or not (entity.text[-1] in _CROSSED_OR_BORDERED or UNIT_END.search(entity.text))
            or entity.text[len(verb)] in _UNIT_CHARACTERS):
        return entity  # not a place named so: 东至|县尧渡镇 (Dongzhi county)
    return Entity(entity.start + len(verb), entity.end, "LOC", entity.text[len(verb) :])


#: The words a province's name stands before whose first character the tagger reads into the name (海南非遗, 河北乡村).
_WORDS_A_PLACE_OPENS = ("非遗", "乡村")


def place_off_a_word_after_it(entity: Entity, text: str) -> Entity:
    """Cut the first character of a word after a place off the place read into it: 海南非|遗 (read as 海 + 南非, merged)
    → 海南 before 非遗 (intangible cultural heritage), 河北乡|村 → 河北 before 乡村 (the countryside) (CCTV news). Only
    those words, after a province's or state's name: a township 乡 follows a county's name, not a province's. And 城
    of 城乡 (town and country) off a place that is no city with it (仁怀城|乡居民 → 仁怀; 晋城 stays): no gold place of
    the corpora ends on the 城 of 城乡."""
    place = entity.text[:-1]
    if (entity.type == "LOC" and len(place) >= 2 and entity.text.endswith("城") and text.startswith("乡", entity.end)
            and not is_place_or_city(entity.text)):
        return Entity(entity.start, entity.end - 1, "LOC", place)
    if entity.type != "LOC" or place not in COUNTRIES_AND_PROVINCES:
        return entity
    if any(entity.text.endswith(word[0]) and text.startswith(word[1:], entity.end) for word in _WORDS_A_PLACE_OPENS):
        return Entity(entity.start, entity.end - 1, "LOC", place)
    return entity


#: What a place is called for its standing, written before its name (产粮大县|安徽霍邱, 荔枝主产区|广东茂名, 重镇|红军城,
#: 东北粮仓|黑龙江).
_STANDING_OF_A_PLACE = re.compile(r"(?:产[\u4e00-\u9fff]{1,2}大[县市省]|重镇|主产[县区市省]|粮仓)")
#: One character after a unit, or alone, before 重镇: a town's name ending so (淅川县|九重镇), no standing.
_TOWN_NAMED_ZHONG = re.compile(r"(?:^|[县区市旗])[\u4e00-\u9fff]$")


def place_off_its_standing(entity: Entity) -> list[Entity]:
    """Part a place read with what it is called for its standing before its name: 产粮大县安徽霍邱 → 安徽霍邱, 荔枝主产区
    广东茂名 → 广东茂名, 伊德利卜省重镇马雷特努曼 → 伊德利卜省 + 马雷特努曼, 东北粮仓黑龙江 → 东北 + 黑龙江 (CCTV news; a
    grain county, a granary or a key town is no part of the name; no gold place of the corpora holds such words but
    at its end: 圣菲波哥大市, nor 亚历山大市, whose 大市 follows no 产). The words before the standing (粮食, 石油,
    制造业) go with it; a place they follow, a province, state, city or chain of units, stays; a town named with 重镇
    stays whole (河南淅川县九重镇邹庄村)."""
    standing = _STANDING_OF_A_PLACE.search(entity.text) if entity.type == "LOC" else None
    if (standing is None or len(entity.text) - standing.end() < 2
            or _TOWN_NAMED_ZHONG.search(entity.text[: standing.start()])):
        return [entity]
    name_start = entity.start + standing.end()
    name = Entity(name_start, entity.end, "LOC", entity.text[standing.end() :])
    head = entity.text[: standing.start()]
    before = next((head[:end] for end in range(len(head), 1, -1) if head[:end] in COUNTRIES_AND_PROVINCES
                   or UNIT_END.search(head[:end]) or is_place_or_city(head[:end])), "")
    return [Entity(entity.start, entity.start + len(before), "LOC", before), name] if before else [name]


def particle_off_a_place(entity: Entity, text: str) -> Entity:
    """Cut the aspect particle 了 off the start of a place read with it after its verb: 记者来到|了嘎旦村 → 嘎旦村 (CCTV
    news), where jieba reads 了 alone."""
    if (entity.type == "LOC" and len(entity.text) >= 3 and entity.text[0] == "了"
            and word_at(text, entity.start) == (entity.start, entity.start + 1)):
        return Entity(entity.start + 1, entity.end, "LOC", entity.text[1:])
    return entity
