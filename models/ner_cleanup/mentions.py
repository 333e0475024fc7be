"""Rules that read a whole text: a name is read one way throughout it and tagged at its other mentions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from zhpolicy.data.bylines import COMPOUND_SURNAMES
from zhpolicy.data.japanese_names import JAPANESE_NAME
from zhpolicy.data.records import Entity
from zhpolicy.data.world_leaders import WORLD_LEADERS

from ..word_features import (
    is_known_word,
    is_place_word,
    word_at,
    word_ends_at,
    word_frequency,
    word_starts_at,
    word_tag,
)
from .common import (
    ADMIN_UNIT_ENDINGS,
    AGE_BEFORE_A_NAME,
    AGE_SPAN,
    COUNTRIES_AND_PROVINCES,
    FEATURE_ENDINGS,
    FREQUENT_SURNAMES,
    GENERIC_WORDS,
    LEADERS_POSTS,
    LEADERS_POSTS_LONGEST_FIRST,
    NATURAL_FEATURE_ENDINGS,
    NO_GIVEN_NAME_CHARACTERS,
    ONE_CHARACTER_WORDS_AFTER_A_NAME,
    POST_ENDING,
    PREPOSITIONS_BEFORE_A_NAME,
    PROVINCES_LONGEST_FIRST,
    RESIDENT_WORDS,
    ROLES,
    SHORT_QUOTATION,
    UNIT_END,
    common_single_surname,
    embankment_off_its_water,
    ends_like_a_name,
    ends_like_unit_or_body,
    in_book_title,
    in_place_of,
    in_quoted_programme,
    in_term_with_no_name,
    is_cjk,
    is_generic,
    is_place_name,
    is_spoken_for,
    joined_side_by_side,
    longest_first,
    names_holding_a_post,
    overlaps_another,
    overlaps_any,
    reads_as_a_person,
    short_quotations_around,
    water_of_two_characters,
)


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
        if post == "代表" and is_spoken_for(text, person.end + len(post)):
            continue  # 李剑|代表|大家 beside 徐立毅|代表|透露: the verb "on behalf of"
        if post is not None and not overlaps_another(ordered, person, person.end, person.end + len(post)):
            found.append(Entity(person.end, person.end + len(post), "TITLE", post))
    return sorted(found, key=lambda e: (e.start, e.end))


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

    return joined_side_by_side(entities, tagged_whole)


#: What joins two names that a tagger may read as one (国务院全体会议和国务院常务会议): no name to grow to.
_JOINERS_IN_A_NAME = re.compile(r"[和与及、]")


#: Words for the people a name right after them belongs to: residents, traders, and roles that are no posts (村民, 客商,
#: 司机, 医生: :data:`ROLES`).
_WORDS_OF_PEOPLE = (*RESIDENT_WORDS, "客商", "商人", "外商", "台商", "港商", *sorted(ROLES))


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
    person (田荣华 once PER, once LOC: :func:`reads_as_a_person`) or stands right after a resident's, trader's or role's word
    (村民|冯德州 … 冯德州 (LOC)|也认可, 沙特客商|哈西姆 … 哈西姆 (LOC)|的) or where a post stands right before a mention of
    it as a person (埃及总统|塞西 … 塞西 (LOC)|表示: :func:`names_holding_a_post`); such a mention outvotes a
    majority of places or bodies too where the name ends like no unit or body (美国总统|奥巴马 … 奥巴马 (ORG)|呼吁
    four times: the tagger reads the bare name of a foreign leader as it reads the places jieba lists it with), and so
    does a mention right after a resident's, trader's or role's word (贫困户|吉子尔古 … 吉子尔古 (LOC)|所在的 three
    times: CCTV news, a Yi name read as a place), or after an age (今年30岁的|黄明山 … 黄明山 (LOC)|说).
    """
    names: dict[str, Counter[str]] = {}
    for entity in entities:
        if entity.type in ("LOC", "ORG"):
            names.setdefault(entity.text, Counter())[entity.type] += 1
    # also a place of three characters or more that jieba knows as a word under another tag (攀枝花, 张家界: i, nr)
    # and a name the text tags twice or more, which a span cut inside a word grows to (中兴通|讯 beside 中兴通讯 twice)
    repeated = {name for name in names if sum(names[name].values()) >= 2 and not _JOINERS_IN_A_NAME.search(name)}
    longer = [name for name in names if ends_like_a_name(name) or is_place_name(name) or name in repeated
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
                if read and (best is None or read[1] - read[0] > len(best.text)) and not overlaps_another(
                        entities, entity, read[0], read[1]):
                    kind = "PER" if whole_person else names[name].most_common(1)[0][0]
                    if kind == "ORG" and read[1] - read[0] < len(name) and UNIT_END.search(text[read[0] : read[1]]):
                        kind = "LOC"  # a village grown from its branch's name (西村 → 双西村 beside 双西村党支部)
                    best = Entity(read[0], read[1], kind, text[read[0] : read[1]])
                at = name.find(entity.text, at + 1)
        if best is None and entity.type == "PER" and person_mentions[entity.text] == 1:
            best = _place_read_on_from_a_person(entity, names, names_longest_first, entities, text)
        completed.append(best or entity)
    votes: dict[str, Counter[str]] = {}
    for entity in completed:
        if entity.type in ("LOC", "ORG", "PER"):
            votes.setdefault(entity.text, Counter())[entity.type] += 1
    held_posts = names_holding_a_post(completed)
    # a person right after a resident word (村民|冯德州: CCTV news), which decides a tie as a post does
    # and so does a person right after a trader's or a role's word (沙特客商|哈西姆, 司机|张强: CCTV news)
    residents = {e.text for e in completed if e.type == "PER" and text.endswith(_WORDS_OF_PEOPLE, 0, e.start)}
    # and so does a person right after an age (今年30岁的|黄明山 … 黄明山 (LOC)|说: CCTV news), as places have none
    residents |= {e.text for e in completed
                  if e.type == "PER" and AGE_BEFORE_A_NAME.search(text, max(0, e.start - AGE_SPAN), e.start)}
    result = []
    for entity in completed:
        ranked = votes.get(entity.text, Counter()).most_common(2)
        if (entity.type in ("LOC", "ORG", "PER") and (entity.text in held_posts or entity.text in residents)
                and not ends_like_unit_or_body(entity.text)):
            entity = Entity(entity.start, entity.end, "PER", entity.text)  # 美国总统|奥巴马 … 奥巴马 (ORG)|呼吁, 贫困户|吉子尔古
        elif len(ranked) == 2 and ranked[0][1] > ranked[1][1] and entity.type != ranked[0][0]:
            entity = Entity(entity.start, entity.end, ranked[0][0], entity.text)
        elif (len(ranked) == 2 and ranked[0][1] == ranked[1][1] and "PER" in votes[entity.text]
              and (reads_as_a_person(entity.text) or entity.text in held_posts or entity.text in residents)):
            entity = Entity(entity.start, entity.end, "PER", entity.text)  # a tie: 田荣华 once PER, once LOC
        result.append(entity)
    return result


def _place_read_on_from_a_person(person: Entity, names: dict[str, Counter[str]], names_longest_first: Sequence[str],
                                 entities: Sequence[Entity], text: str) -> Entity | None:
    """The place or body tagged elsewhere in the text that a lone person's mention opens, where the text reads it
    whole there and ends between two words (伊基|克又发生了余震 beside 伊基克 as a place: from CCTV news; not a piece
    of a word tagged elsewhere, 胡塞|武装 beside 胡塞武), or ``None``."""
    for name in names_longest_first:
        end = person.start + len(name)
        if (len(name) > len(person.text) and name.startswith(person.text) and text.startswith(name, person.start)
                and word_ends_at(text, end) and not overlaps_another(entities, person, person.start, end)):
            return Entity(person.start, end, names[name].most_common(1)[0][0], name)
    return None


def _mostly_a_person(name: str, person_mentions: Counter[str], names: dict[str, Counter[str]]) -> bool:
    """Whether a name is tagged a person more often than a place or body, or as often where it reads as a person (the
    vote below decides such a tie the same way)."""
    as_person, as_place = person_mentions[name], sum(names[name].values())
    return as_person > as_place or (as_person == as_place and reads_as_a_person(name))


def _completes_a_place_word(short: str, name: str, read: str) -> bool:
    """Whether the text reads the whole of ``name``, a place in jieba's dictionary or a country, where ``short``
    (no place word) stands: 俄罗 → 俄罗斯, 乌干 → 乌干达; 黄河 (a place already) does not grow into 黄河水. A place of
    three characters or more that jieba knows under another tag counts (攀枝 → 攀枝花: i to jieba)."""
    return read == name and (is_place_name(name) or (len(name) >= 3 and is_known_word(name))) and not is_place_word(short)


#: The last characters of the units of a chain of places (ADMIN_UNIT_ENDINGS', and a league's 盟): a place grown to the
#: left may start right after one.
_CHAIN_UNIT_ENDINGS = frozenset(unit[-1] for unit in ADMIN_UNIT_ENDINGS.split("|")) | {"盟"}


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
        or (len(name) >= 3 and name[-1] in NATURAL_FEATURE_ENDINGS and name[0] not in PREPOSITIONS_BEFORE_A_NAME))
    if not (left or right) or not (ends_like_a_name(text[start:end]) or whole_repeated
                                   or _completes_a_place_word(entity.text, name, text[start:end])):
        return None
    if left < at and start > 0 and is_cjk(text[start - 1]) and (left or not word_starts_at(text, start)) and not (
            left and entity.type == "LOC" and name[at - left - 1] in _CHAIN_UNIT_ENDINGS
            and text[end - 1] in _CHAIN_UNIT_ENDINGS and word_starts_at(text, start)):
        return None  # grown to the left it must start after punctuation, or, a place ending in a unit, on a word's start
        # where the name's unit before it ends (当选小|台子村 beside …黑山科乡小台子村); grown to the right only, on a word's start
    if right and word_at(text, end - 1)[1] > end:
        return None
    return start, end


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
            if len(name) != length or not all(map(is_cjk, name)) or not common_single_surname(name):
                continue  # the cheap tests first: the scans below run only for a candidate name
            following = next((e for e in ordered if e.start >= end), None) if text[end : end + 1] == "、" else None
            person_after = following is not None and following.type == "PER" and following.start == end + 1
            if not (person_after or (length == 3 and _LIST_OF_PEOPLE_ENDS.match(text, end))):
                continue
            inside = [e for e in ordered if e.start < end and e.end > start]
            if (all(e.start >= start and e.end <= end and (e.type == "TITLE" or len(e.text) == 1) for e in inside)
                    and not is_known_word(name) and not is_place_word(name) and name not in COUNTRIES_AND_PROVINCES):
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
    五百里井冈山、五马朝天、五神河). Also the last of a list of townships, towns or villages, of the unit of the one
    before it, before a count, 等 or a mark (班洪乡、|班老乡|9个边境村: CCTV news)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    found: list[Entity] = []
    for before, after in zip(ordered, ordered[1:]):
        if before.type != after.type or before.type not in ("LOC", "ORG"):
            continue
        listed = _LISTED_ITEM.fullmatch(text, before.end, after.start)
        if listed is None:
            continue
        item = Entity(listed.start("item"), listed.end("item"), before.type, listed.group("item"))
        if (item.text in GENERIC_WORDS or item.text in ROLES or POST_ENDING.search(item.text)
                or is_generic(item, text)
                or (is_known_word(item.text) and not (is_place_word(item.text) or ends_like_a_name(item.text)))):
            continue
        found.append(item)
    for unit in ordered:
        last = _LAST_LISTED_UNIT.match(text, unit.end) if unit.type == "LOC" and len(unit.text) >= 3 else None
        if (last is None or not (last.group("unit") == unit.text[-1] or {last.group("unit"), unit.text[-1]} <= {"乡", "镇"})
                or overlaps_any(ordered, last.start("item"), last.end("item"))
                or set(last.group("item")) & _NOT_IN_A_LISTED_NAME):
            continue
        found.append(Entity(last.start("item"), last.end("item"), "LOC", last.group("item")))
    return sorted([*entities, *found], key=lambda e: (e.start, e.end)) if found else list(entities)


#: The last item of a list of townships, towns or villages, of the unit of the one before it (a township and a town
#: mix: 淮镇镇、临河乡), left untagged
#: before a count, 等 or a mark (班洪乡、|班老乡|9个边境村: jieba reads 老乡 as a word).
_LAST_LISTED_UNIT = re.compile(r"、(?P<item>[\u4e00-\u9fff]{2,3}?(?P<unit>[乡镇村]))(?=[0-9０-９一二三四五六七八九十两等，。；、的])")
#: Characters that make the item no name: counts, determiners and the like (各乡, 全镇, 每村).
_NOT_IN_A_LISTED_NAME = frozenset("各全每该本此这那其个些多几")


def _is_short_name_to_spread(name: str) -> bool:
    """Whether a person of two characters is a name whose other mentions :func:`tag_other_mentions` may tag (张劼, 韩超):
    a frequent surname and a given name that together are no word of jieba's (丁香, 王后, 贺词 are: the tagger's errors
    would spread, and jieba tags them names too)."""
    return len(name) == 2 and name[0] in FREQUENT_SURNAMES and not is_known_word(name)


def _short_name_stands_alone(mention: Entity, text: str) -> bool:
    """Whether a mention of a two-character name starts a word and ends one before a mark, a word of two characters
    or more, or a function character that ends a name's phrase (张劼|都会, 韩超|需要, 程桔|从广州, 在程桔|的动员下; not
    钱七|虎, 黄循|财, a longer name's first two characters read alone)."""
    if not (word_starts_at(text, mention.start) and word_ends_at(text, mention.end)) or mention.end >= len(text):
        return False
    start, end = word_at(text, mention.end)
    return (text[mention.end] in "，。、；：！？）”" or end - start >= 2
            or text[mention.end] in _FUNCTION_CHARACTERS_AFTER_A_SHORT_NAME)


#: Function characters after which a two-character name's mention ends (程桔|从, 程桔|的, 程桔|也: CCTV news): the
#: words of one character after a name, and 从, 和, 给, but none that also stands as a given name's third character
#: often (学, 正, 会, 时, 做, 要).
_FUNCTION_CHARACTERS_AFTER_A_SHORT_NAME = (ONE_CHARACTER_WORDS_AFTER_A_NAME - frozenset("学正会时做要")) | frozenset("从和给")


def other_mentions_of_people(entities: Sequence[Entity], text: str) -> list[Entity]:
    """The untagged mentions of people found late (a resident named after 村民, whom the tagger left untagged) tagged
    as :func:`tag_other_mentions` tags them (村民|孙有来|家 … 网店注册好了，|孙有来|心里: CCTV news); only people are added
    here, nothing else changes."""
    found = [e for e in tag_other_mentions(entities, text) if e.type == "PER" and not overlaps_any(entities, e.start, e.end)]
    return sorted([*entities, *found], key=lambda e: (e.start, e.end)) if found else list(entities)


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
    tagged = Counter((entity.text, entity.type) for entity in entities)
    tagged_twice: set[str] = set()
    for entity in entities:
        named = (entity.type == "PER" or (entity.type in ("LOC", "ORG") and ends_like_a_name(entity.text))
                 or (entity.type == "LOC" and entity.text.endswith(FEATURE_ENDINGS)))
        admitted = ((len(entity.text) >= 3 and named) or (len(entity.text) == 2 and entity.type == "LOC")
                    or (entity.type == "PER" and _is_short_name_to_spread(entity.text)))
        if not admitted and len(entity.text) >= 2 and _tagged_twice(entity, tagged):
            admitted = True
            tagged_twice.add(entity.text)  # kept out of quotations, as a city's short name is
        if admitted:
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
            if (not overlaps_any(found, mention.start, mention.end)
                    and (_short_name_stands_alone(mention, text) if short_person
                         else _stands_as_words(mention, text) or _person_ending_where_a_word_starts(mention, text))
                    and not in_quoted_programme(mention, text)
                    and not in_book_title(mention, text) and not in_term_with_no_name(mention, text)
                    and not ((name in shorts or name in tagged_twice) and _in_quotes_or_before_a_place(mention, text))
                    and not (name in tagged_twice and _CONGRESS_AFTER_A_PARTY.match(text, mention.end))):
                found.append(mention)
            at = text.find(name, at + 1)
    return sorted(found, key=lambda e: (e.start, e.end))
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
                     if text[at] in FREQUENT_SURNAMES and all(is_cjk(ch) for ch in text[at : at + 3])
                     and not covered & {at, at + 1, at + 2} and not set(text[at + 1 : at + 3]) & NO_GIVEN_NAME_CHARACTERS)
    for name, count in sorted(counts.items()):
        if count < 3 or is_known_word(name) or word_tag(name[1:])[:1] in ("n", "v"):
            continue
        starts = [found_at.start() for found_at in re.finditer(name, text)]
        mentions = [Entity(at, at + 3, "PER", name) for at in starts]
        cued = sum(1 for at in starts if at == 0 or not is_cjk(text[at - 1]) or at in post_ends
                   or _ROLE_BEFORE_A_NAME.search(text, max(0, at - 4), at))
        if (cued < 2 or any(word_at(text, at)[0] != at or not word_ends_at(text, at + 3) for at in starts)
                or any(in_book_title(mention, text) or short_quotations_around(mention, text) for mention in mentions)
                or any(overlaps_any(found, mention.start, mention.end) for mention in mentions)):
            continue
        found.extend(mentions)
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
            if ((end in post_starts or text.startswith(LEADERS_POSTS_LONGEST_FIRST, end))
                    and not overlaps_any(found, at, end) and (word_starts_at(text, at) or text[at - 1 : at] in _NAME_JOINERS)):
                found.append(Entity(at, end, "PER", name))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda e: (e.start, e.end))


def _tagged_twice(entity: Entity, tagged: Counter[tuple[str, str]]) -> bool:
    """Whether a name that does not end like a name, or a person or body of two characters, is still one to tag at its
    other mentions: the text tags it twice or more with its type and never with another, and a place is a place word of
    jieba's or ends like a place (鼓浪屿, 荒田寨, 洋山港, 广济桥, 人民英雄纪念碑; not 风云四号, 万隆会议, 天琴座: the tagger's
    errors, which would spread); a body or person may be any (中央宣讲团, 人民政协, 新四军, IMF; 俄军, 央视, 军委, 台盟;
    才哇, 边巴, 本扬, 严正: a surname the cleanup does not list or a name that is also a word). Not 兰考, a county the
    tagger read as a person twice; a body or person of two read once may be the tagger's error (茶市), so those stay."""
    others = [kind for kind in ("LOC", "ORG", "PER") if kind != entity.type]
    if entity.type == "TITLE" or tagged[entity.text, entity.type] < 2:
        return False
    if any(tagged[entity.text, kind] for kind in others):
        return False
    return entity.type != "LOC" or is_place_word(entity.text) or entity.text.endswith(_PLACE_THING_ENDINGS)


#: A party's congress or plenary session after its name (中共|十二大, 中共|十三届一中全会, 中共|六大): the event's name,
#: where LABELS.md tags nothing.
_CONGRESS_AFTER_A_PARTY = re.compile(r"[一二三四五六七八九十]+(?:大|届)")


#: The last characters of places that are things: a port, stockade, islet, bridge, valley, monument, pool, desert, gate,
#: canal, pass, island, hill, peak, ridge, spring or pond.
_PLACE_THING_ENDINGS = tuple("港寨屿桥峪碑池漠门渠关岛山峰岭泉潭")


def _in_quotes_or_before_a_place(mention: Entity, text: str) -> bool:
    """Whether a city's short name stands inside a quotation (“丽水山耕”, a brand) or opens a place's or venue's name
    (天水站): there it is part of another name, not the city."""
    quoted = any(quote.start(1) <= mention.start and mention.end <= quote.end(1)
                 for quote in SHORT_QUOTATION.finditer(text, max(0, mention.start - 21), mention.end + 22))
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
        province = next((name for name in PROVINCES_LONGEST_FIRST if entity.text.startswith(name)), "")
        opened = bool(province) and _ADMIN_UNIT.match(entity.text, len(province)) is None
        start = len(province) if opened else 0
        rest = entity.text[len(province) :]
        if opened and 2 <= len(rest) <= 3 and all(map(is_cjk, rest)) and _ADMIN_UNIT.search(rest) is None:
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
    for place in (embankment_off_its_water(entity).text for entity in entities if entity.type == "LOC"):
        units = list(_ADMIN_UNIT.finditer(place))
        name = place[units[-1].end() :] if units else ""
        if len(name) >= 3 and name.endswith(FEATURE_ENDINGS) and all(map(is_cjk, name)):
            names.add(name)
    return names


def _stands_as_words(mention: Entity, text: str) -> bool:
    """Whether a mention starts and ends on dictionary-word boundaries, a preposition jieba reads into its first word
    aside (在外|纳镇 for 在|外纳镇); a two-character one must be one word (not 茶|市 read across two), or a water's name
    of two single characters no word of jieba's holds (元|荡: see :func:`water_named_by_one_character`)."""
    first_start, first_end = word_at(text, mention.start)
    if len(mention.text) == 2:
        return (first_start, first_end) == (mention.start, mention.end) or water_of_two_characters(text, mention.start)
    glued = first_start == mention.start - 1 and text[first_start] in _PREPOSITIONS_GLUED_TO_A_PLACE and first_end <= mention.end
    return (first_start == mention.start or glued) and word_ends_at(text, mention.end)


def _person_ending_where_a_word_starts(mention: Entity, text: str) -> bool:
    """Whether a mention of a person of three characters or more starts a word and jieba reads its last character into
    the next word (师红|兵家, 段|爱|平时, 黄日|生就: CCTV news, where the same story tags the name elsewhere); not where
    the characters before are a word (李子|林里: a plum grove the tagger read as a person)."""
    return (mention.type == "PER" and len(mention.text) >= 3 and word_starts_at(text, mention.start)
            and word_starts_at(text, mention.end - 1) and not word_ends_at(text, mention.end)
            and not is_known_word(mention.text[:-1]))


#: Prepositions jieba reads into a word with a place's first character (在外|纳镇: 在外 "away from home").
_PREPOSITIONS_GLUED_TO_A_PLACE = frozenset("在到从赴往至")


def person_cut_to_its_name_tagged_elsewhere(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut a person read on into the words around a name the text tags as a person elsewhere back to that name
    (祝贺|瑟利夫 beside 瑟利夫, 老红军|杨思禄, 赵乐际|充分肯定, 李长春|高度赞|扬, 侯杰|做, 塔拉吉|时: CCTV news, where
    the tagger reads a verb or a role into the name it stands by). The words cut off must be whole words of jieba's
    at the name's edge, of two characters or more that its dictionary counts 80 times or more, or a preposition
    or verb of one character (:data:`_ONE_CHARACTER_WORDS_BEFORE_A_NAME`, :data:`ONE_CHARACTER_WORDS_AFTER_A_NAME`);
    not a transliterated name's other part (约翰·|博尔顿), nor a surname of one character before a given name of two
    (祝|小龙), nor a Japanese family name before its given name (谷内|正太郎 beside 谷内: 正 reads as an adverb). A world
    leader's name counts as tagged wherever the text writes it (东盟轮值主席国|文莱苏丹哈桑纳尔 → 哈桑纳尔)."""
    people = {entity.text for entity in entities if entity.type == "PER" and len(entity.text) >= 2}
    people |= {leader for leader in WORLD_LEADERS if leader in text}  # |文莱苏丹哈桑纳尔|: a leader tagged nowhere else
    result: list[Entity] = []
    for entity in entities:
        if (entity.type == "PER" and not _TRANSLITERATION_JOINERS.search(entity.text)
                and not _is_japanese_full_name(entity.text)):
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
                and (end == entity.end or _words_after_a_name(end, entity.end, text)
                     or (start == entity.start and _opens_a_word_past(end, entity.end, text)
                         and text.count(name) > text.count(entity.text)))):
            return Entity(start, end, "PER", name)
    return entity


def _opens_a_word_past(name_end: int, end: int, text: str) -> bool:
    """Whether ``text[name_end:end]`` opens, or is, a word jieba's dictionary counts often, of two to four characters
    (吴坚|决定回到家乡, 毛相林|立志改变: CCTV news, where jieba reads the name's last character into the word, 坚决|定,
    林立|志, so no word starts right after the name in its reading), for a name the text writes more often without it;
    not a name of jieba's (马克思|列宁 of 马克思列宁主义)."""
    words = (text[name_end : name_end + length] for length in range(max(2, end - name_end), 5)
             if name_end + length <= len(text))
    return any(word_frequency(word) >= _OFTEN_COUNTED_WORD_BESIDE_A_NAME and not word_tag(word).startswith("nr")
               for word in words)  # not a name of its own: 马克思|列宁


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
        return word in ONE_CHARACTER_WORDS_AFTER_A_NAME
    return _often_counted_beside_a_name(word)


#: A Japanese family name and a given name of two characters, or three ending in 郎, 夫 or 子 (谷内正太郎, 安倍晋三).
_JAPANESE_FULL_NAME = re.compile(JAPANESE_NAME)


def _is_japanese_full_name(name: str) -> bool:
    """Whether ``name`` is a Japanese family name and a given name (:data:`_JAPANESE_FULL_NAME`) that ends in no verb or
    preposition of one character (谷内正太郎, 安倍晋三; not 野村靖|在: the name is 野村靖)."""
    return bool(_JAPANESE_FULL_NAME.fullmatch(name)) and name[-1] not in ONE_CHARACTER_WORDS_AFTER_A_NAME


#: The marks that join the parts of a transliterated name (约翰·博尔顿, 斯特劳斯-卡恩, 克利福德・莱恩).
_TRANSLITERATION_JOINERS = re.compile(r"[·・\-－—]")

#: How often jieba counts a word read into a person beside a name the text tags, for the word to be cut off: 祝贺 560,
#: 迫切 756, 老红军 85 … and the names it knows count less (小龙 4,342 stands after a surname of one character, which
#: :func:`_words_before_a_name` does not cut).
_OFTEN_COUNTED_WORD_BESIDE_A_NAME = 80

#: Prepositions and verbs of one character read into a person's start (祝|西哈莫尼, 同|卡斯特罗).
_ONE_CHARACTER_WORDS_BEFORE_A_NAME = frozenset("祝向同与对给让请被把将据为在当跟陪派由")


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
                    result = in_place_of(result, inside, Entity(start, end, "PER", name))
                    break
                at = name.find(entity.text, at + 1)
    return result


#: Conjunctions and adverbs that open a clause and never a place's name in news (可|海城乡老百姓…, 而|杭州…, 但|义乌…).
_CLAUSE_OPENERS_READ_INTO_A_NAME = frozenset("可但而却也都还就又并更再")


def clause_opener_off_a_name_tagged_elsewhere(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut a conjunction or adverb off a place or body whose rest the same text tags alone, with the same type (可|海城乡
    beside 海城乡 ×6: CCTV news; jieba reads 可海 as a word, so no word boundary tells). The rest must be two characters
    or more, and the whole never tagged alone elsewhere in the text."""
    tagged = Counter((e.text, e.type) for e in entities)
    mended: list[Entity] = []
    for e in entities:
        rest = e.text[1:]
        if (e.type in ("LOC", "ORG") and len(rest) >= 2 and e.text[0] in _CLAUSE_OPENERS_READ_INTO_A_NAME
                and tagged[(rest, e.type)] and tagged[(e.text, e.type)] == 1):
            e = Entity(e.start + 1, e.end, e.type, rest)
        mended.append(e)
    return mended
