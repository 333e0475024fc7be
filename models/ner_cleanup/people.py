"""Rules for people (PER): a name completed or cut back to the name, people read as places or bodies,
residents named by an honorific, transliterated, Tibetan and Mongolian names, bylines and rosters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from itertools import chain

from zhpolicy.data.bylines import (
    COMPOUND_SURNAMES,
    SURNAMES,
    TRANSLITERATION_CHARS,
    parse_paren_byline,
)
from zhpolicy.data.countries import PROVINCES
from zhpolicy.data.japanese_names import JAPANESE_NAME
from zhpolicy.data.records import Entity
from zhpolicy.data.world_leaders import WORLD_LEADERS

from ..officials import SPEAKING_VERBS
from ..word_features import (
    is_known_word,
    is_noun_word,
    is_place_word,
    is_verb,
    person_word_end,
    word_at,
    word_frequency,
    word_starts_at,
    word_tag,
)
from .common import (
    AFTER_A_SURNAME_ALONE,
    ATTENDING_A_MEETING,
    CLAUSE_AND_LIST_MARKS,
    COUNTRIES_AND_PROVINCES,
    FREQUENT_SURNAMES,
    GENERIC_WORDS,
    HONORIFICS,
    LEADERS_POSTS,
    NAME_DOTS,
    NAME_FOLLOWING_WORDS,
    NAME_ONLY_COMPOUND_SURNAMES,
    NO_GIVEN_NAME_CHARACTERS,
    ORG_ENDINGS,
    POST_ENDING,
    RESIDENT_INSIDE,
    RESIDENT_NOUNS,
    RESIDENT_WORDS,
    ROUTE_ENDINGS,
    SPEAKERS_ZUO,
    STATE_POSTS,
    SURNAME_POSTS,
    SURNAME_ROLES,
    UNIT_END,
    VERBS_OF_A_TALK_OR_MEETING,
    common_single_surname,
    dictionary_name_end,
    ends_like_a_name,
    ends_like_unit_or_body,
    is_cjk,
    is_place_name_or_state,
    is_place_or_city,
    joined_side_by_side,
    joined_to_the_span_before,
    last_character_opens_next_word,
    longest_first,
    name_spelled_out_from,
    overlaps_another,
    overlaps_any,
    reads_as_a_person,
)


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


def names_listed_with_spaces(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag each name of a line of names parted by spaces whole (获得者 王红兵 王慧成 谭忠能 农本豪 黎登贵 颜宁: CCTV news's lists
    of award winners, where the tagger cut 谭忠|能 and 黎登|贵 and left 农本豪 out). A run of four names or more, each two
    to four characters opening with a surname (or a transliterated one with its dot), after a label maybe, of which
    more than half hold a tagged person; each becomes one PER in place of the spans on it. Right after a label's colon
    three names suffice (主席团常务主席：高屹 汪建国 黄海峰: local news, where 黄海峰 was read as a place)."""
    people = [e for e in entities if e.type == "PER"]
    names: list[re.Match[str]] = []
    for run in _NAMES_PARTED_BY_SPACES.finditer(text):
        tokens = list(_SPACED_NAME.finditer(text, run.start(), run.end()))
        if tokens and not _opens_like_a_name(tokens[0].group("name")):
            tokens = tokens[1:]  # the line's label (获得者, 名单)
        tagged = sum(any(token.start() <= p.start and p.end <= token.end() for p in people) for token in tokens)
        after_a_colon = text[run.start() - 1 : run.start()] in _COLONS  # 常务主席：高屹 汪建国 黄海峰
        if (len(tokens) >= (3 if after_a_colon else 4) and tagged * 2 > len(tokens)
                and all(_opens_like_a_name(token.group("name")) for token in tokens)):
            names.extend(tokens)
    return _people_in_place_of_spans(entities, names) if names else list(entities)


def _opens_like_a_name(token: str) -> bool:
    return token[0] in SURNAMES or "·" in token


#: A run of four tokens or more of two to eight characters parted by single spaces, a line's or a clause's whole
#: (王红兵 王慧成 谭忠能 农本豪), and each token of it.
_NAMES_PARTED_BY_SPACES = re.compile(r"(?<![^\s：:])[\u4e00-\u9fff·]{2,8}(?: [\u4e00-\u9fff·]{2,8}){2,}(?![^\s])")
_COLONS = ("：", ":")
_SPACED_NAME = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})(?= |$|\s)")


def caption_speaker_names(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the speaker a news caption names after his body and post, before a colon and what he says (商务部部长 高虎城：
    这7个自贸试验区…: CCTV news, where the tagger read 高虎城 as a place): the name, two to four characters after a post's
    word and a space, is a PER in place of any span on it. No gold text of the corpora holds such a caption."""
    return _people_in_place_of_spans(entities, list(_CAPTION_SPEAKER.finditer(text)))


def credit_line_names(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the editor a credit line names after its label and colon whole (视频编辑：张贝龙 文字编辑：见|红蕊: CCTV news closes
    stories so, 1,442 times over 16 editors; the tagger left 见 out, read 红蕊 as a place or body and once cut 苏志|刚: 16
    of 97 credits in the probes): LABELS.md tags the names after an editor's label as persons. The run of two to four
    characters up to a space, a bracket or the line's end becomes one PER in place of the spans on it; not a run jieba
    knows as a body or place (撰稿：新华社)."""
    names = [match for match in _CREDITED_EDITOR.finditer(text)
             if word_tag(match.group("name")) not in ("nt", "ns") and not ORG_ENDINGS.search(match.group("name"))]
    return _people_in_place_of_spans(entities, names) if names else list(entities)


#: An editor's credit (编辑 ends 视频编辑, 文字编辑, 责任编辑) and the name after it, the run up to a space, a bracket or the
#: line's end (文字编辑：见红蕊)).
_CREDITED_EDITOR = re.compile(r"(?:编辑|撰稿)[：:][ \u3000]?(?P<name>[\u4e00-\u9fff]{2,4})(?=[\s)）]|$)")


def _people_in_place_of_spans(entities: Sequence[Entity], names: Sequence[re.Match[str]]) -> list[Entity]:
    """``entities`` with a PER for the ``name`` group of each of ``names`` (a roster's or a caption's), in place of
    the spans that overlap it."""
    people = [Entity(match.start("name"), match.end("name"), "PER", match.group("name")) for match in names]
    kept = [e for e in entities if not overlaps_any(people, e.start, e.end)]
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


def person_listed_among_places(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a LOC of a PER listed among places with 、 (在|扎波罗热|、顿涅茨克、赫尔松方向, 在哈尔科夫、|阿夫杰耶夫卡|、顿涅茨克:
    CCTV news, where the tagger reads transliterated towns as names): between two places, or before two joined by 、
    or 和, or in a list that holds a place and closes with 等方向 (:func:`_people_in_a_list_closed_by_directions`). Not
    right after a post, whose holder a country may follow in a list (副总理|德沃尔科维奇|、阿塞拜疆、格鲁吉亚).
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
    return _people_in_a_list_closed_by_directions(result, post_ends, text)


#: What closes a list of places in war news (库皮扬斯克、阿夫杰耶夫卡|等方向).
_DIRECTIONS_AFTER_A_LIST = re.compile(r"等?方向")


def _people_in_a_list_closed_by_directions(ordered: list[Entity], post_ends: set[int], text: str) -> list[Entity]:
    """The persons of a list joined by 、 that holds a place and closes with 等方向 or 方向 made places (乌军在库皮扬斯克、
    |阿夫杰耶夫卡|等方向, 在哈尔科夫、|阿夫杰耶夫卡|、|扎波罗热|等方向: CCTV news); none right after a post."""
    result = list(ordered)
    index = 0
    while index < len(result):
        last = index
        while last + 1 < len(result) and text[result[last].end : result[last + 1].start] == "、":
            last += 1
        run = result[index : last + 1]
        if (last > index and _DIRECTIONS_AFTER_A_LIST.match(text, run[-1].end) and any(e.type == "LOC" for e in run)
                and all(e.type in ("LOC", "PER") and e.start not in post_ends for e in run)):
            result[index : last + 1] = [Entity(e.start, e.end, "LOC", e.text) for e in run]
        index = last + 1
    return result


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


def person_before_a_villager_apposition(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a PER of every mention of a name read as a place or body that opens a sentence before a comma and a place
    with its villagers' word (普尔巴，樟木镇立新村村民，…: CCTV news, where the tagger read the Tibetan name as a place
    at both mentions): the apposition says whose villager the name is. Not a name that ends like a unit or body or is
    a place of jieba's (立新村，全村村民)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    names: set[str] = set()
    for entity, after in zip(ordered, ordered[1:]):
        if (entity.type in ("LOC", "ORG") and 2 <= len(entity.text) <= 4 and text[entity.end : entity.end + 1] == "，"
                and after.type == "LOC" and after.start == entity.end + 1 and text.startswith(_VILLAGERS, after.end)
                and (entity.start == 0 or text[entity.start - 1] in "。！？\n ")
                and not ends_like_unit_or_body(entity.text) and not is_place_word(entity.text)):
            names.add(entity.text)
    return [Entity(e.start, e.end, "PER", e.text) if e.type in ("LOC", "ORG") and e.text in names else e
            for e in ordered]


#: The words for a place's villagers or residents an apposition gives a person by (樟木镇立新村|村民).
_VILLAGERS = ("村民", "居民", "牧民", "农民", "渔民")


def people_off_their_place(entity: Entity) -> Entity:
    """Cut 人 off a place read with it (温州人的“大水缸” → 温州): MSRA tags 温州 of 温州人 (5 of 5) and 北京 of 北京人 (19 of
    19), the written labels 杭州 of 杭州人. Only where the rest is a place name of jieba's dictionary."""
    if entity.type == "LOC" and len(entity.text) >= 3 and entity.text.endswith("人") and is_place_word(entity.text[:-1]):
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    return entity


#: Verbs of speaking a person opens a clause with (柏长城|告诉记者, 王长江|说).
_SPEECH_AFTER_A_SPEAKER = re.compile(r"告诉|说|表示|介绍|认为|指出|坦言")


def person_named_like_a_place(entity: Entity, text: str) -> Entity:
    """A place or body of three characters that is a surname and a place word of jieba's, no place itself, right
    before a verb of speaking, is a person whose given name is a place's (柏长城 (LOC)|告诉记者: CCTV news); no gold
    place or body of the corpora stands so."""
    if (entity.type in ("LOC", "ORG") and len(entity.text) == 3 and entity.text[0] in SURNAMES
            and is_place_word(entity.text[1:]) and not is_place_or_city(entity.text)
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
    if (entity.type != "ORG" or len(name) != 3 or name[0] not in FREQUENT_SURNAMES or ends_like_a_name(name)
            or is_known_word(name) or is_place_or_city(name)):
        return entity
    if text[max(0, entity.start - 2) : entity.start] in ("任命", "免去", "提名") or _POST_AFTER_A_NAME.match(text, entity.end):
        return Entity(entity.start, entity.end, "PER", name)
    return entity


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
            and entity.text[0] in SURNAMES and last_character_opens_next_word(entity, text)):
        return True
    after_surname = entity.start + 1
    if entity.type == "PER" and entity.end - entity.start <= 3 and any(
            text.startswith(honorific, after_surname) and after_surname + len(honorific) > entity.end for honorific in HONORIFICS):
        return True
    # a surname and a post or role (张书记, 罗部长, 叶医生; also cut inside it: 张书|记) names someone, but LABELS.md gives it
    # no PER
    return (entity.type == "PER" and entity.end - entity.start <= 4 and entity.text[0] in SURNAMES and any(
        text.startswith(post, after_surname) and after_surname + len(post) >= entity.end
        for post in SURNAME_POSTS + SURNAME_ROLES))


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
                and not overlaps_another(entities, entity, entity.end, end)):
            entity = Entity(entity.start, end, "ORG", text[entity.start : end])
        result.append(entity)
    return result


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
                and before.end - before.start == 2 and is_cjk(entity.text[0]) and entity.text[1:] in TEAM_WORDS):
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
    if ORG_ENDINGS.search(named_by):
        return Entity(entity.start, entity.start + len(named_by), "ORG", named_by)
    return None


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
                or ("·" in entity.text and len(place.text) <= 3 and place.text not in COUNTRIES_AND_PROVINCES
                    and word_tag(place.text) in ("", "ns"))):  # not 老太太 (nr to jieba)|乌姆·哈米德
            return Entity(place.start, entity.end, "PER", joined)
        if (not is_place_word(place.text) and not UNIT_END.search(place.text) and "·" not in entity.text
                and all(character in TRANSLITERATION_CHARS for character in joined) and _list_goes_on(text, entity.end)):
            return Entity(place.start, entity.end, "LOC", joined)
        return None

    return joined_side_by_side(entities, one_name)



def compound_surname_names_read_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Read a name of a compound surname and one given character as one PER at each span that holds the surname alone
    or, as a place or body, the whole name, where the text writes the name twice or more and tags some mention a person
    (39岁的|欧阳 (PER)|栋原是…，|欧阳 (LOC)|栋深切感受到…，|欧阳栋 (LOC)|的想法: CCTV news, where the tagger read the
    surname as a place). Not a name of two given characters, which the text writes on the same way at every mention
    (欧阳玉靖), nor a place of such a surname where no person is tagged (诸葛镇, 司马台)."""
    def whole_name(entity: Entity) -> str:
        name = text[entity.start : entity.start + 3]
        if (entity.text[:2] not in NAME_ONLY_COMPOUND_SURNAMES or len(entity.text) not in (2, 3) or len(name) < 3
                or not is_cjk(name[2]) or name[2] in _NOT_A_NAMES_LAST_CHARACTER or text.count(name) < 2
                or (len(entity.text) == 3 and entity.type == "PER")):
            return ""
        followers = {text[m.end() : m.end() + 1] for m in re.finditer(re.escape(name), text)}
        return name if len(followers) >= 2 else ""  # 欧阳玉|靖 at every mention is 欧阳玉靖

    named = {name for entity in entities if entity.type == "PER" and (name := whole_name(entity))}
    result: list[Entity] = []
    for entity in entities:
        name = whole_name(entity) if entity.type in ("PER", "LOC", "ORG") else ""
        result.append(Entity(entity.start, entity.start + 3, "PER", name) if name in named else entity)
    return result


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
                or any(piece.text in COUNTRIES_AND_PROVINCES for piece in (first, entity))):
            return None
        after_a_post = len(result) >= 2 and result[-2].type == "TITLE" and result[-2].end == first.start
        names_nothing = not any(is_place_or_city(piece.text) or is_place_word(piece.text)
                                or word_frequency(piece.text) >= _COMMON_WORD_IN_A_TRANSLITERATION for piece in (first, entity))
        kind = "PER" if after_a_post else "LOC" if names_nothing and _list_goes_on(text, entity.end) else None
        return Entity(first.start, entity.end, kind, joined) if kind else None

    return joined_side_by_side(entities, one_name)


def _list_goes_on(text: str, end: int) -> bool:
    """Whether a list of places or a front's 方向 goes on right after ``end`` (巴赫穆特|、, 库拉霍沃|方向)."""
    return text[end : end + 1] in ("、", "和", "与", "及", "等") or text.startswith("方向", end)


#: The peoples of China by the names their 族 follows (维吾尔族, 赫哲族, 中华民族), for :func:`is_ethnic_group`.
PEOPLES = frozenset({
    "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌",
    "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安",
    "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "中华民",
})


#: A people's 族 that opens an autonomous unit's word (土家族乡, 鄂温克族自治旗): the people is part of a place's name there.
_AUTONOMOUS_UNIT_AFTER_A_PEOPLE = ("族乡", "族镇", "族自治")


#: Words of the countryside's people and places that 乡 opens (维吾尔族|乡亲, 苗族|乡村): no township after a people.
_VILLAGERS_AND_COUNTRYSIDE = ("乡亲", "乡村", "乡里", "乡邻", "乡民", "乡贤", "乡土", "乡音", "乡愁")


def _opens_an_autonomous_unit(text: str, at: int) -> bool:
    """Whether the 族 at ``at`` opens an autonomous unit's word (土家族|乡, 回族|乡政府, 鄂温克族|自治旗), not a people's
    族 before its villagers or countryside (维吾尔族|乡亲, 苗族|乡村: CCTV news)."""
    return text.startswith(_AUTONOMOUS_UNIT_AFTER_A_PEOPLE, at) and not text.startswith(_VILLAGERS_AND_COUNTRYSIDE, at + 1)
_PEOPLES_LONGEST_FIRST = tuple(longest_first(PEOPLES))


def is_ethnic_group(entity: Entity, text: str) -> bool:
    """Whether a place is a people's name (毛南族, 独龙族: from CCTV news; no gold place of the corpora ends in 族),
    not the start of an autonomous unit the tagger stopped short of (土家族|乡, 鄂温克族|自治旗); or a person is one,
    read before its 族 (傈僳|族), or a place that names one of China's peoples (维吾尔|族群众, 赫哲|族人; MSRA tags 51
    places before a 族, most of them peoples abroad: 阿尔巴尼亚|族武装); or a person that is a people with its 族
    (陈武（壮族）: a list of delegates) or 穆斯林 (Muslims: no gold person of the corpora is either)."""
    if text.startswith("族", entity.end) and not _opens_an_autonomous_unit(text, entity.end) and (
            entity.type == "PER" or (entity.type == "LOC" and entity.text in PEOPLES)):
        return True  # a people's name read as a person or place before its 族 (傈僳|族歌舞, 维吾尔|族群众: CCTV news)
    if entity.type == "PER" and (entity.text == "穆斯林" or (entity.text.endswith("族") and entity.text[:-1] in PEOPLES)):
        return True  # a faith's or people's members read as a person (穆斯林, 陈武（壮族）: CCTV news)
    return (entity.type == "LOC" and entity.text.endswith("族")  # not a unit's start (苗族|村), but its villagers (达斡尔族|村民)
            and (not text.startswith(_AFTER_A_PEOPLES_ZU, entity.end) or text.startswith("村民", entity.end))
            and _people_after_a_place(entity.text[:-1]) is None)  # 云南德宏州|景颇族: the place stays (people_off_a_place)


def _people_after_a_place(name: str) -> str | None:
    """The one of China's peoples a name ends in after two characters or more of a place (云南德宏州|景颇), or ``None``."""
    return next((people for people in _PEOPLES_LONGEST_FIRST if name.endswith(people) and len(name) - len(people) >= 2),
                None)


#: What makes a place's last 族 part of a unit's name or of a people's villagers, not the people's (苗族|乡, 苗族|村民).
_AFTER_A_PEOPLES_ZU = ("乡", "镇", "村", "自治", "民族")


def people_off_a_place(entity: Entity, text: str) -> Entity:
    """Cut a people's name off the end of a place read on into it before its 族: 在|吉林延边|朝鲜|族农家 → 吉林延边
    (CCTV news), as :func:`is_ethnic_group` drops a people's name read alone; not the start of an autonomous unit (延边朝鲜族
    自治州, 土家族乡). No gold place of the corpora ends in a people's name before 族 but one that is the people alone. So
    too a people with its 族 read on from a place (云南德宏州|景颇族|这两天: CCTV news, where the merged place was dropped as
    a people's name and the prefecture with it); not a unit's start (苗族|村) nor its villagers' (苗族|村民 stays)."""
    if entity.type != "LOC" or _opens_an_autonomous_unit(text, entity.end):
        return entity
    # the people read in with its 族 (云南德宏州|景颇族|这两天), or up to it (吉林延边|朝鲜|族农家)
    zu = "族" if entity.text.endswith("族") and not text.startswith(_AFTER_A_PEOPLES_ZU, entity.end) else ""
    if not zu and not text.startswith("族", entity.end):
        return entity
    people = _people_after_a_place(entity.text[: len(entity.text) - len(zu)])
    if people is None:
        return entity
    cut = entity.end - len(zu) - len(people)
    return Entity(entity.start, cut, "LOC", text[entity.start : cut])


#: Verbs of one character read as a person right before the model person a campaign names (学|雷锋: learn from).
_VERBS_BEFORE_A_MODEL = frozenset("学")


def verb_before_a_model_person_off(entities: Sequence[Entity]) -> list[Entity]:
    """Drop a one-character "person" that is the verb of a campaign right before the person it names (|学|雷锋|日,
    |学|雷锋|纪念日: CCTV news, where the two were merged into 学雷锋), before adjacent persons are merged; no gold
    person of the corpora is 学, and 学 is no common surname."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    return [e for e, after in zip(ordered, [*ordered[1:], None])
            if not (e.type == "PER" and e.text in _VERBS_BEFORE_A_MODEL and after is not None
                    and after.type == "PER" and after.start == e.end)]


def name_end_given_back_by_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A person cut one character short before a post that took that character, where the text tags the whole name
    elsewhere, gets it back: 栗战|书委员长 → 栗战书 + 委员长 (CCTV news: 栗战书 tagged further on), as does a person of two
    characters before a leader's post with a character before it that opens no post (栗战|书委员长|出席 with no other
    mention: CCTV news). Only a post of two characters or more left, after a person right before it. So too before a
    place or body that took it (免去胡本|乐宁国市国税局 beside 胡本乐 → 胡本乐 + 宁国市国税局: CCTV discipline notices)."""
    names = {e.text for e in entities if e.type == "PER"}
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for entity in ordered:
        before = result[-1] if result else None
        if (entity.type in ("TITLE", "LOC", "ORG") and len(entity.text) >= 3 and before is not None
                and before.type == "PER" and before.end == entity.start
                and (before.text + entity.text[0] in names
                     or entity.type == "TITLE" and _leaders_post_after_a_names_last_character(before, entity))):
            result[-1] = Entity(before.start, entity.start + 1, "PER", text[before.start : entity.start + 1])
            entity = Entity(entity.start + 1, entity.end, entity.type, entity.text[1:])
        result.append(entity)
    return result


#: What a post's word may open with: a rank, a former, an acting or a party's, state's or level's word (副主席, 党主席).
_POST_OPENERS = frozenset("副总常原前代党国省市县区州")


def _leaders_post_after_a_names_last_character(person: Entity, post: Entity) -> bool:
    """Whether ``post`` is a name's last character and a leader's post (书 + 委员长 of 栗战|书委员长): the person is of two
    characters and a surname's, and the character opens no post."""
    return (len(person.text) == 2 and person.text[0] in SURNAMES and post.text[1:] in LEADERS_POSTS
            and post.text[0] not in _POST_OPENERS)


#: A list item of peoples' names, up to a list's end: 藏、汉、回、彝、撒拉 (五个民族), 汉、蒙、满、回、壮 (等13个民族).
_LIST_ITEM = re.compile(r"[\u4e00-\u9fff]{1,4}")


def is_people_in_a_list_of_peoples(entity: Entity, text: str) -> bool:
    """Whether a place is one of China's peoples named in a list of peoples (藏、汉、回、彝、|撒拉|五个民族, 汉、|蒙|、满、回、壮:
    CCTV news, read as places): the items around it across 、 are peoples' names too, two or more of them (蒙 is the
    Mongols', 蒙古)."""
    if entity.type != "LOC" or not (entity.text in PEOPLES or entity.text + "古" in PEOPLES):
        return False
    before = text[max(0, entity.start - 12) : entity.start].split("、")[:-1] if text[entity.start - 1 : entity.start] == "、" else []
    after = text[entity.end : entity.end + 12].split("、")[1:] if text.startswith("、", entity.end) else []
    items = [item for item in before[-3:] + after[:3] if _LIST_ITEM.fullmatch(item)]
    return sum(item in PEOPLES for item in items) >= 2


def person_inside_a_route(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A person that opens the name of a railway or road the text tags, where the text reads that name, is it:
    张呼 (PER) | 高铁 beside 张呼高铁 (LOC) → 张呼高铁 (from CCTV news)."""
    routes = {e.text for e in entities if e.type == "LOC" and e.text.endswith(ROUTE_ENDINGS)}
    result: list[Entity] = []
    for entity in entities:
        route = next((r for r in routes if entity.type == "PER" and r.startswith(entity.text) and len(r) > len(entity.text)
                      and text.startswith(r, entity.start)), None)
        end = entity.start + len(route) if route else entity.end
        if route and not overlaps_another(entities, entity, entity.end, end):
            entity = Entity(entity.start, end, "LOC", route)
        result.append(entity)
    return result


def preposition_off_a_transliterated_place(entity: Entity, text: str) -> Entity:
    """Cut the 向 or 从 (towards, from) jieba reads as a word of its own off a place read with it whose rest is all
    transliteration (|向纳卡|地区实施炮击, 乌军已|从顿涅茨克|地区: CCTV news); no gold place of the corpora opens so."""
    if (entity.type != "LOC" or len(entity.text) < 3 or entity.text[0] not in "向从"
            or not set(entity.text[1:]) <= TRANSLITERATION_CHARS or word_at(text, entity.start) != (entity.start, entity.start + 1)):
        return entity
    return Entity(entity.start + 1, entity.end, "LOC", entity.text[1:])


def is_person_across_words(entity: Entity, text: str, post_ends: Collection[int] = ()) -> bool:
    """Whether a three-character person is the last character of a word and a common word after it: 日|常工作 read as
    a person (分管日常工作的副院长, from CCTV news), or a two-character one the second half of one two-character word
    and the first of the next (关|于建|设: from CCTV news). None of the gold people of the corpora is. Not a person right
    after a tagged post (``post_ends``), whose last character jieba reads into the surname (大队|长江|海波 for
    大队长|江海波: a county paragraph): the post says where the name starts."""
    if entity.type != "PER" or entity.start in post_ends:
        return False
    if len(entity.text) == 2:  # 关|于建|设: the ends of two words of jieba's
        return (word_at(text, entity.start) == (entity.start - 1, entity.start + 1)
                and word_at(text, entity.end - 1) == (entity.end - 1, entity.end + 1))
    if len(entity.text) != 3:
        return False
    return word_at(text, entity.start)[0] < entity.start and word_tag(entity.text[1:]) in ("v", "vn", "n", "d", "a")


#: jieba's classes of words that are no name: prepositions, conjunctions, verbs, adjectives and adverbs.
_WORD_CLASSES_OF_NO_NAME = ("p", "c", "v", "vd", "a", "ad", "d")


#: How often jieba's dictionary counts a verb, adjective or adverb that is no name when read whole as a person
#: (受到|严肃|处理, 成功, 努力, 充分, 健康; MSRA's lawyer 开来 is counted 1,178 times, 达赖 209).
_COMMON_WORD_COUNT = 1200


#: Verbs of speaking that close a verb read as a person before a quotation (提问|说).
_SPEAKING = ("说", "道")


def is_word_read_as_person(entity: Entity, text: str) -> bool:
    """Whether a person opens with a function word, verb, adjective or adverb of two characters or more that jieba
    reads there, the whole span or the span and part of the next word: 总书记|达成|的, 总书记|关于宗|教,
    庄严宣|告 (from CCTV news); the whole span only where it is a preposition or conjunction or a word jieba counts
    more than :data:`_COMMON_WORD_COUNT` times (受到|严肃|处理); also the head of a set phrase jieba reads as one word
    running past the span (严肃|处理 as 严肃处理, 努力|提高, 重大意|义: :func:`_opens_with_a_word_of_no_name`), and a verb
    of two characters or more jieba counts 100 times or more with a 说 or 道 after it (向李总理|提问说)."""
    if entity.type != "PER":
        return False
    if _is_an_attribute_and_a_noun(entity.text):
        return True  # 做出了|杰出贡献: an adjective and a noun, which jieba lists as one rare word
    if _is_two_common_words(entity.text):
        return True  # 为科技人员|施展才华|提供了舞台: two words jieba counts often, no name
    start, end = word_at(text, entity.start)
    if start == entity.start and end > entity.end and len(entity.text) >= 2 and _opens_with_a_word_of_no_name(entity.text):
        return True  # 受到|严肃|处理 read as one word 严肃处理 of jieba's, the person its head: 严肃, 努力|提高, 重大意|义
    if start != entity.start or end - start < 2 or end > entity.end or word_tag(text[start:end]) not in _WORD_CLASSES_OF_NO_NAME:
        return False
    if end == entity.end:  # the whole span one word: a preposition or conjunction, or a common word (达赖, 启功 are names)
        return word_tag(text[start:end]) in ("p", "c") or word_frequency(text[start:end]) > _COMMON_WORD_COUNT
    if entity.text[end - start :] in _SPEAKING and word_tag(text[start:end]).startswith("v") and word_frequency(text[start:end]) >= 100:
        return True  # a verb and the 说 that opens a quotation: 向李总理|提问说|，… (CCTV news)
    return word_at(text, entity.end - 1)[1] > entity.end


def _is_an_attribute_and_a_noun(name: str) -> bool:
    """Whether a four-character ``name`` is an adjective, verb or adverb jieba counts 100 times or more and a noun it
    counts 1,000 times or more, which jieba lists whole rarely if at all (杰出|贡献, counted 3 times: CCTV news); no
    gold person of the corpora is (达赖喇嘛, jieba's word, is counted often)."""
    return (len(name) == 4 and word_tag(name[:2])[:1] in ("a", "v", "d") and word_frequency(name[:2]) >= 100
            and word_tag(name[2:])[:1] == "n" and word_frequency(name[2:]) >= 1000
            and word_frequency(name) < _RARE_WHOLE_WORD)


def _is_two_common_words(name: str) -> bool:
    """Whether a four-character ``name`` of Chinese characters is two words jieba counts 100 times or more each and
    lists whole rarely if at all (施展|才华, 赫赫|战功, 黄麻|起义: CCTV news, 3 texts of the probes), unless both are names
    to jieba (罗斯|巴赫, a transliteration), one is a transliterated name (奥托|大帝), a numeral (路易|十五, a regnal name)
    or a place or other proper noun (拉美|文明, which the civilization rule makes a place; CLUENER's 山岭|巨人, a game's
    character): no gold person of the corpora is."""
    if len(name) != 4 or not all("\u4e00" <= character <= "\u9fff" for character in name):
        return False
    tags = (word_tag(name[:2]), word_tag(name[2:]))
    return (word_frequency(name[:2]) >= 100 and word_frequency(name[2:]) >= 100 and word_frequency(name) < _RARE_WHOLE_WORD
            and not all(tag.startswith("nr") for tag in tags) and not any(tag in ("nrt", "m", "ns", "nz", "nt") for tag in tags))


#: How often jieba may count an attribute and a noun as one word for :func:`_is_an_attribute_and_a_noun`.
_RARE_WHOLE_WORD = 50


def _opens_with_a_word_of_no_name(name: str) -> bool:
    """Whether ``name``'s first two characters are, read alone, a verb, adjective or adverb jieba counts 100 times or
    more (严肃, 努力, 充分, 重大, 保守): the head of a set phrase jieba lists whole (严肃处理, 努力提高), no name's."""
    head = name[:2]
    return word_tag(head) in _WORD_CLASSES_OF_NO_NAME and word_frequency(head) >= 100


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
                if text[start - 1] in " 　（(" and text[end] in " 　）)" and not overlaps_any(entities + added, start, end):
                    added.append(Entity(start, end, "PER", name))
    return sorted([*entities, *added], key=lambda e: (e.start, e.end)) if added else list(entities)


def resident_out_of_place(entity: Entity) -> list[Entity]:
    """Split a place read on across a resident word into a name: 平度市大泽山镇|种植户|昌云军 → the town (LOC) and the
    grower (PER), from CCTV news; only where the place ends in a unit, or is a place of its own before a name that
    reads as a person (北京|市民|吴峰), and two or three characters follow."""
    resident = RESIDENT_INSIDE.search(entity.text) if entity.type == "LOC" else None
    if not resident or not 2 <= len(entity.text) - resident.end() <= 3:
        return [entity]
    place, name = entity.text[: resident.start()], entity.text[resident.end() :]
    if not (UNIT_END.search(place) or (is_place_name_or_state(place) and reads_as_a_person(name)
                                        and not word_tag(name).startswith(("n", "v", "a")))):  # 华西农民|公园
        return [entity]
    place_end, name_start = entity.start + resident.start(), entity.start + resident.end()
    return [Entity(entity.start, place_end, "LOC", entity.text[: resident.start()]),
            Entity(name_start, entity.end, "PER", entity.text[resident.end() :])]


def person_opened_by_a_place_abbreviation(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a PER of a one-character LOC that opens a name the text tags as a person elsewhere and spells out right
    there (|韩|正还向…, beside 韩正 tagged before; |法|基还表示 beside 法基: CCTV news, where the tagger reads the
    surname as the abbreviation of Korea or France), where no other span stands on the rest of the name."""
    people = longest_first({e.text for e in entities if e.type == "PER" and len(e.text) >= 2})
    result: list[Entity] = []
    for entity in entities:
        name = name_spelled_out_from(entity, people, entities, text) if entity.type == "LOC" and len(entity.text) == 1 else None
        result.append(Entity(entity.start, entity.start + len(name), "PER", name) if name else entity)
    return result


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
                and 2 <= len(left) <= 3 and common_single_surname(left) and not is_known_word(left)
                and len(right) >= 2 and ORG_ENDINGS.search(right)):
            result += [Entity(entity.start, entity.start + len(left), "PER", left),
                       Entity(entity.end - len(right), entity.end, "ORG", right)]
        else:
            result.append(entity)
    return result


def person_named_by_the_end_of_a_full_name(entities: Sequence[Entity]) -> list[Entity]:
    """A place or body that is the last part of a person's full name the text tags (德索萨 beside 马塞洛·雷贝洛·德索萨,
    陪同|塞西|访华 beside 阿卜杜勒·法塔赫·塞西: CCTV news of state visits, where the tagger reads the short name as a place
    on its own) is that person, joined to the first part before its dot where that is a person too (古兰拜尔|·|茹仙).
    Not a country or province, nor a place jieba counts often (华盛顿 beside 乔治·华盛顿,
    an aircraft carrier's namesake; 500 or more), which the text may name as the place."""
    last_names = {entity.text.rsplit("·", 1)[1] for entity in entities if entity.type == "PER" and "·" in entity.text}
    typed = [Entity(entity.start, entity.end, "PER", entity.text)
             if (entity.type in ("LOC", "ORG") and entity.text in last_names and len(entity.text) >= 2
                 and entity.text not in COUNTRIES_AND_PROVINCES
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
        body_after = len(rest) >= 4 and ends_like_a_name(rest) and rest not in GENERIC_WORDS
        # a verb before a body may name it: 李晏家创新工作室, 特朗普竞选团队
        read_on = ordinal or kind in ("d", "c", "p", "l") or (kind == "v" and not ends_like_a_name(rest))
        if start != name_end or end > entity.end or not read_on:
            result.append(entity)
            continue
        result.append(Entity(entity.start, name_end, "PER", person))
        if body_after:
            result.append(Entity(end, entity.end, entity.type, rest))
    return result


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


#: A Japanese full name: a family name of :data:`~zhpolicy.data.japanese_names.JAPANESE_SURNAMES` and a given name.
_JAPANESE_FULL_NAME = re.compile(JAPANESE_NAME)


def person_cut_to_its_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut what the tagger read into a person off it, where the same text names the person without it: a
    preposition or particle before the name (向|赖淑芳 beside 赖淑芳, 触动了|娜布琴), the last character of the word
    before (感|谢洛伊特哈德), a character jieba reads as a word of its own that is no surname nor a sound of a foreign
    name (悟透|习近平, 调研中|王沪宁; not 余|长生, 加|巴德), the first character of the word after (赵彪|成为) or one that stands after a name
    jieba knows (习近平|新时代), or a two-character word after or
    before (刘先伟|明白, 习近平|同志, 关怀|李佳莉), or one that opens a longer word (徐淙祥|高中毕业); all but the preposition from CCTV news. No gold person of the
    corpora, and no person of the tagger's dev output, reads so. Also up to four characters after the name where a
    word of jieba's opens a predicate there, a verb, preposition or adverb (曲青山|作宣, 习近平|敬献哈达, 李屹|为文化,
    汪洋|充分肯定; not 李春|燕, 王三|女, 刘奇|葆, nor 习近平|和本扬: two people). The preposition is cut too before a
    leader world news names (水均益首先|向普京|提出: WORLD_LEADERS), and a conjunction 及 off a person of five characters or
    more (删除安倍昭惠|及|多位政治家的名字, where jieba reads 惠及; no gold person of the corpora ends so but 金冲及). A
    Japanese full name is not cut to its family name named alone later (河村建夫 … 河村表示: CCTV news, where 建 read as
    a verb). Nor is a name's start cut where the text gives the name whole more often than the rest, twice or more
    (罗州仁青 seven times beside 罗州 (LOC) + 仁青 once: CCTV news on a Tibetan village official)."""
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
            last_character_opens_next_word(entity, text) or entity.text[-1] in _ADVERBS_AFTER_A_NAME
            or entity.text[-1] == "家"  # the person's home: 马俊|家有3个孩子 beside 马俊
            or (len(entity.text) == 4 and common_single_surname(entity.text))  # 蒋乙嘉|定下: three after such a surname
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

    mentions = Counter(entity.text for entity in entities if entity.type == "PER")

    def mostly_whole(entity: Entity) -> bool:  # 罗州仁青 read so seven times, 罗州|仁青 once: its start stays
        shorter = [mentions[name] for name in people if name != entity.text and entity.text.endswith(name)]
        return bool(shorter) and mentions[entity.text] >= 2 and mentions[entity.text] > max(shorter)

    result = []
    for entity in entities:
        if entity.type == "PER" and _JAPANESE_FULL_NAME.fullmatch(entity.text):
            result.append(entity)  # 河村建夫 beside a later 河村: Japanese news names the family name alone
            continue
        name = name_before_a_predicate(entity) if entity.type == "PER" and len(entity.text) >= 3 else None
        if name is not None:
            entity = Entity(entity.start, entity.start + len(name), "PER", name)
        elif (entity.type == "PER" and len(entity.text) >= 3 and not mostly_whole(entity)
              and (entity.text[1:] in people or entity.text[1:] in WORLD_LEADERS) and opens_with_a_stray(entity)):
            entity = Entity(entity.start + 1, entity.end, "PER", entity.text[1:])  # also 向|普京: a leader world news names
        elif entity.type == "PER" and len(entity.text) >= 5 and entity.text[-1] == "及":
            entity = Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])  # 删除安倍昭惠|及|多位政治家的名字
        elif entity.type == "PER" and len(entity.text) >= 3 and ends_on_a_stray(entity):
            entity = Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])
        elif entity.type == "PER" and ends_on_a_word(entity):
            entity = Entity(entity.start, entity.end - 2, "PER", entity.text[:-2])
        elif entity.type == "PER" and opens_with_a_word(entity) and not mostly_whole(entity):
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
                           or (entity.type == "LOC" and last_character_opens_next_word(entity, text)))), None)
        if named is not None:  # the person and one word after the name: 解良|来 (LOC) beside 解良
            result.append(Entity(entity.start, entity.start + len(named), "PER", named))
            continue
        if person is not None:
            at = entity.start + len(person)
            verb_end = word_at(text, at)[1]
            rest = text[verb_end : entity.end]
            if word_starts_at(text, at) and is_verb(text[at:verb_end]) and len(rest) >= 2 and UNIT_END.search(rest):
                result += [Entity(entity.start, at, "PER", person), Entity(verb_end, entity.end, entity.type, rest)]
                continue
        result.append(entity)
    return result


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
                    and not overlaps_another(entities, entity, entity.end, end)):
                entity = Entity(entity.start, end, "LOC", text[entity.start : end])
        result.append(entity)
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
        cuts = _cut_into_people_named_apart(entity.text, people - {entity.text}) if entity.type == "PER" else None
        cut = cuts[0] if cuts else None
        linked = next((k for k in range(2, min(len(entity.text) - 2, 5)) if entity.text[k] in _LINKING_CHARACTERS
                       and entity.text[k + 1 :] in people), None) if entity.type == "PER" and cut is None else None
        if linked is not None:  # 贝德高向李克强赠送…: a person, a preposition, and a person the text names apart
            result += [Entity(entity.start, entity.start + linked, "PER", entity.text[:linked]),
                       Entity(entity.start + linked + 1, entity.end, "PER", entity.text[linked + 1 :])]
            continue
        verb = next(((k, j) for k in range(2, len(entity.text) - 3) for j in range(k + 1, min(k + 4, len(entity.text) - 1))
                     if entity.text[:k] in people and entity.text[j:] in people and not set(NAME_DOTS) & set(entity.text[k:j])),
                    None) if entity.type == "PER" and cut is None else None
        if verb is not None:  # 梁英|建议|王定福: two people the text names apart and the verb between them
            k, j = verb
            result += [Entity(entity.start, entity.start + k, "PER", entity.text[:k]),
                       Entity(entity.start + j, entity.end, "PER", entity.text[j:])]
            continue
        if not cuts:
            result.append(entity)
        else:
            bounds = [0, *cuts, len(entity.text)]
            result += [Entity(entity.start + a, entity.start + b, "PER", entity.text[a:b]) for a, b in zip(bounds, bounds[1:])]
    return result


def _cut_into_people_named_apart(name: str, people: set[str]) -> list[int] | None:
    """Where ``name`` parts into two people or more that the text names apart, each of two characters or more (王沪宁|蔡奇;
    a headline's 李强|赵乐际|蔡奇|丁薛祥|李希|韩正 with no mark between), never at a name's dot; the cut points, or None."""
    def cuts_from(start: int) -> list[int] | None:
        if name[start:] in people and start > 0:
            return []
        for end in range(start + 2, len(name) - 1):
            if name[start:end] in people and not set(NAME_DOTS) & {name[end - 1], name[end]}:
                rest = cuts_from(end)
                if rest is not None:
                    return [end, *rest]
        return None

    return cuts_from(0)


#: Prepositions and conjunctions a person is read on into the next person by (贝德高|向|李克强赠送了…, from CCTV news).
_LINKING_CHARACTERS = "向和与同跟对给"
_TWO_NAMES_WITH_HE = re.compile(rf"([{''.join(SURNAMES)}][\u4e00-\u9fff]{{1,2}})和([{''.join(SURNAMES)}][\u4e00-\u9fff]{{1,2}})")


#: The count of the people a list names, right after its last name (吴云波、李玉芳、高胜福|5位农业农村领域共产党员代表).
_COUNT_OF_PEOPLE = re.compile(r"[0-9０-９一二三四五六七八九十两]+[位名人]")


def listed_person_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Read a name in a list of people as a person: 石泰峰、|刘国中 (LOC)|、张国清 → PER, and 刘国|中 (PER + a place's
    abbreviation) → 刘国中 (from CCTV news, the lists of leaders who attend).

    Only between two people the list names with 、 (or one before it where the list ends there, at 和 too: 芦艾林、范先红 (ORG)|和…, or where 出席会议 closes
    it: 何维、武维华 (ORG)|出席会议, or the count of the people listed: 李玉芳、高胜福 (LOC)|5位…代表), for a name of
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
        list_ends = (text[joined.end : joined.end + 1] in ("。", "，", "；", "等", "和") or ATTENDING_A_MEETING.match(text, joined.end)
                     or _COUNT_OF_PEOPLE.match(text, joined.end))
        name = joined.text
        if (person_before and (person_after or list_ends) and joined.type in ("PER", "LOC", "ORG") and len(name) == 3
                and common_single_surname(name) and not is_place_word(name) and name not in COUNTRIES_AND_PROVINCES
                and not ends_like_a_name(name)):
            result.append(Entity(joined.start, joined.end, "PER", name))
            index += 2 if joined is not entity else 1
            continue
        result.append(entity)
        index += 1
    return result


#: Kinship characters a resident is called by after the surname (村民何伯, 村民黄大嫂, 村民李婶): no name.
_KIN_CHARACTERS = frozenset("伯叔姨婆公爷奶哥姐嫂婶妈娘")


def _opens_a_common_word(start: int, text: str) -> bool:
    """Whether jieba reads a dictionary word of two characters or more, no person's name, from ``start`` (陆续|返家,
    曾经|靠, 白手起家): it holds the name's first two characters at least, so they are no name."""
    word_start, word_end = word_at(text, start)
    word = text[word_start:word_end]
    return word_start == start and len(word) >= 2 and is_known_word(word) and not word_tag(word).startswith("nr")


#: What follows a resident's name left untagged after the resident word (村民朱西存、, 茶农石国平家有, 村民杨明春的).
_AFTER_A_RESIDENTS_NAME = frozenset("，。、；：！？”家说的在和也就还是一正今告表介"
                                    "已每把从曾早仍又都不")  # adverbs and prepositions opening the predicate: 徐樟根|已经


#: A person's age written before the name (今年62岁的|雷水根，已经在这条山路上巡查了…: written dev), which local news
#: writes of residents as it writes 村民 (85岁的孙大伯 stays untagged: an honorific).
_AGE_BEFORE_A_NAME = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}多?岁的")


#: Words before a resident word that make what follows it the residents' verb: 受市民钟爱, 深受群众喜爱, 让村民满意.
_PASSIVE_OR_CAUSATIVE = ("受", "被", "让", "令", "使")


def untagged_resident_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a resident's name the tagger left untagged right after the resident word: 镜岭镇茶农|石国平|家有18亩茶园,
    习近平先后走进村民|朱西存|、王宝维家 (the written labels; CCTV news), also after the resident's age (今年62岁的|雷水根|，).

    Every gold span right after a resident word in the training corpora is a PER (:func:`resident_name_as_person`).
    Two or three characters after a frequent surname, up to a mark, 家, 说, 的, a common word opening a predicate or a
    verb, adjective or adverb of two characters (叶根土|高兴|地说; where the name's last character would not open the
    predicate itself: 村民王强|不|愿意 is 王强),
    with no honorific, kinship word or post (村民王大娘说, 村民何伯说, 老党员陈老坐在, 村民张书记: LABELS.md: no person), no
    anonymised 某, no particle in it, no dictionary noun, verb or time word of jieba's (村民顾虑, 市民周末), and no
    dictionary word opening there (群众陆续|返家, 村民曾经|靠, 群众白手起家), and none where 受, 被, 让, 令 or 使 stands before
    the resident word (受市民|钟爱|的: the residents' verb; MSRA train).
    """
    found = list(entities)
    for resident in chain(RESIDENT_INSIDE.finditer(text), _AGE_BEFORE_A_NAME.finditer(text)):
        start = resident.end()
        if start >= len(text) or text[start] not in FREQUENT_SURNAMES or overlaps_any(found, start, start + 2):
            continue
        if text[max(0, resident.start() - 2) : resident.start()].endswith(_PASSIVE_OR_CAUSATIVE):
            continue  # 受|市民|钟爱|的: what the residents do, a verb (jieba tags 钟爱 as a name)
        for length in (3, 2):
            name, end = text[start : start + length], start + length
            if (end < len(text) and (text[end] in _AFTER_A_RESIDENTS_NAME
                                     or (_opens_a_predicate(end, text) and name[-1] not in _AFTER_A_RESIDENTS_NAME))
                    and all(is_cjk(ch) for ch in name)
                    and not name.endswith(HONORIFICS + SURNAME_POSTS) and name[-1] not in _KIN_CHARACTERS
                    and name[1] not in "老阿" and "某" not in name and not set(name[1:]) & (NO_GIVEN_NAME_CHARACTERS | {"一"})
                    and (word_tag(name)[:1] not in ("n", "v", "t", "d", "a") or word_tag(name) == "nr")  # 王建军: a name
                    and not overlaps_any(found, start, end)
                    and not _opens_a_common_word(start, text)):
                found.append(Entity(start, end, "PER", name))
                break
    return sorted(found, key=lambda e: (e.start, e.end))


def _opens_a_predicate(at: int, text: str) -> bool:
    """Whether a verb, adjective or adverb of jieba's of two characters or more starts at ``at`` (茶农叶根土|高兴|地说:
    a county paragraph), where a resident's name before it ends as it ends before 说 or a mark."""
    start, end = word_at(text, at)
    return start == at and end - start >= 2 and word_tag(text[start:end]) in _PREDICATE_WORD_TAGS


#: jieba's tags of the words that open a predicate after a resident's name: verbs, adjectives (its dictionary tags
#: 高兴 b), adverbs, descriptive words (乐呵呵 z) and set phrases (深有感触 l).
_PREDICATE_WORD_TAGS = frozenset({"v", "vd", "a", "ad", "b", "d", "z", "l"})


def person_cut_before_a_place_or_adverb(entity: Entity, text: str) -> Entity:
    """Cut a person read on into 在 and the place after it (黄强|在长春|作宣讲报告), or a four-character one into an
    adverb jieba reads as a word of its own (王彤|非常有感触), or a three-character name into 为 and part of the word
    after it (庄仕华|为牧|民们巡诊), or a name of five characters or more into a preposition and its object
    (施芝鸿|对十八大报告): from CCTV news. Only for a common one-character surname, whose names have at most three
    characters."""
    name = entity.text
    if entity.type != "PER" or len(name) < 4 or not common_single_surname(name):
        return entity
    at = name.find("在", 2)
    rest = name[at + 1 :] if 2 <= at <= 3 else ""
    if len(rest) >= 2 and (is_place_word(rest) or rest in COUNTRIES_AND_PROVINCES):
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


#: A head's post, maybe deputy, right after the 任 (serve as) a name was read on into (叶红任|副组长).
_HEAD_AFTER_SERVING_AS = re.compile(rf"副?(?:{'|'.join(SURNAME_POSTS)}|组员|成员|委员)")


def person_cut_before_serving_as(entity: Entity, text: str) -> Entity:
    """Cut a three-character person of a common surname read on into 任 (serve as) right before a head's post:
    副县长朱胜华、叶红任|副组长 (local news of leading groups, written for the genre) is 叶红 + 副组长. No gold person of
    the corpora that ends in 任 stands before a post (MSRA's 邵天任 stands in a list of names)."""
    if (entity.type == "PER" and len(entity.text) == 3 and entity.text.endswith("任") and common_single_surname(entity.text)
            and _HEAD_AFTER_SERVING_AS.match(text, entity.end)):
        return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])
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
    news), or into the whole word (美国土安全部长诺姆|违宪发起诉讼); no gold person of the corpora ends in 违 or in one of
    those words. So too one read into the 记 of an award (研究员叶友达|记一等功), which no gold person ends in either."""
    if entity.type != "PER" or len(entity.text) < 3:
        return entity
    if entity.text.endswith("违") and last_character_opens_next_word(entity, text):
        return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])
    if entity.text.endswith(_BREACHES) and len(entity.text) >= 4:
        return Entity(entity.start, entity.end - 2, "PER", entity.text[:-2])
    if entity.text.endswith("记") and _AWARD_RECORDED.match(text, entity.end):
        return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])
    return entity


#: Breaches a name is read on into (诺姆|违宪: CCTV news).
_BREACHES = ("违规", "违纪", "违法", "违宪")
#: The merit an award records, after its 记 (叶友达记|一等功, 记|三等功).
_AWARD_RECORDED = re.compile(r"[一二三特]等功")
#: What may follow a name the text names without it: :data:`NAME_FOLLOWING_WORDS`, the adverbs 刚, 才, 常
#: (聂开|刚当选, 李连成|常挂在嘴边) and the verbs 来, 去, which as a fourth character alone would cut too many names.
_ADVERBS_AFTER_A_NAME = NAME_FOLLOWING_WORDS + "刚才常来去"  # and 来, 去 (解良|来驻村扶贫, from CCTV news)


#: The suffixes of things named after a person (姚明|卡, 岳飞|版, 屈原|杯, 雷锋|班, 姜夔|篇, MSRA's 汤尤|杯).
_SUFFIXES_OF_THINGS_NAMED_AFTER_A_PERSON = "卡版杯篇班画烧式队组馆路街体派奖案牌"
#: Characters that follow a name without being part of it: particles, verbs of saying, time and place words, the
#: suffixes of things named after a person, and a photo's or book's credit (柳萍|原是, 记者刘宇|摄, 刘诚|著的, 徐渭|诗：,
#: 韦伯|热, 王晨|作的), and 很 (邢镭|很是着急: CCTV news; no gold name of the corpora ends in 很).
_NOT_A_NAMES_LAST_CHARACTER = frozenset("在和说等的了也都就又还是与及同跟对向从把被将为以到去来让给请叫称讲表示道问答笑哭看听想要会能"
                                        "可已曾正再才便却而但或并其之这那每各该本此某们家里外上下中内前后时年月日号岁人"
                                        + _SUFFIXES_OF_THINGS_NAMED_AFTER_A_PERSON
                                        + "原倒既老真摄著诗热环子作很")
#: What stands after a name's last character where the tagger left it out (何祥|美，, 杨成|业是, 吴子|性的).
_AFTER_A_WHOLE_NAME = frozenset("，。、；：！？”）)的是")
#: Marks no conjunction stands right before, the clause's and the list's (a line break is no mark: page text wraps
#: mid-sentence): a 和 before one ends a name (魏凤|和、王勇, 饶子|和、周慕冰).
_MARKS_NO_JOINER_PRECEDES = CLAUSE_AND_LIST_MARKS


#: Parts of Tibetan names (次仁平措, 达娃卓玛, 格桑多吉): a person that stops after a part's first character stops inside it.
TIBETAN_NAME_PARTS = ("平措", "卓玛", "多吉", "旺堆", "次仁", "顿珠", "拉姆", "旺姆", "央金", "罗布", "扎西", "格桑", "尼玛", "达瓦",
                      "达娃", "索朗", "边巴", "普布", "白玛", "德吉", "曲珍", "措姆", "卓嘎", "巴桑", "米玛", "欧珠", "琼达", "益西",
                      "旦增", "洛桑", "强巴", "丹增", "贡嘎", "次旦", "仁增", "群培", "加措", "嘉措", "拉珍", "玉珍",
                      # and of Amdo's (Qinghai's) names (昂文洛周: the tagger read 昂文洛|周, CCTV news)
                      "洛周", "多杰", "桑杰", "南杰", "尖措", "周措", "万玛", "才旦")


def tibetan_name_completed(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a person that stops inside the last part of a Tibetan name its last character: 次仁平|措, 达娃平|措 (CCTV
    news: the tagger leaves 措 out every time, as no Chinese given name ends so); and a person read without the 古丽
    (flower) that ends many Uyghur women's names its 古丽 (阿明|古丽: CCTV news; MSRA's gold 阿依古丽·买买提), where no span
    touches it and no character of a name follows."""
    result: list[Entity] = []
    for entity in entities:
        part = next((p for p in TIBETAN_NAME_PARTS if entity.text.endswith(p[0]) and text.startswith(p[1], entity.end)), "")
        if entity.type == "PER" and len(entity.text) >= 3 and part and not overlaps_another(entities, entity, entity.end, entity.end + 1):
            entity = Entity(entity.start, entity.end + 1, "PER", text[entity.start : entity.end + 1])
        elif (entity.type == "PER" and len(entity.text) >= 2 and text.startswith("古丽", entity.end)
              and (not is_cjk(after := text[entity.end + 2 : entity.end + 3]) or after in _NOT_A_NAMES_LAST_CHARACTER)
              and not overlaps_another(entities, entity, entity.end, entity.end + 2)):
            entity = Entity(entity.start, entity.end + 2, "PER", text[entity.start : entity.end + 2])
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
                 and not overlaps_another(entities, surname, surname.start, surname.start + len(name))), "")


def surname_completed_to_its_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a person read as its surname alone the name jieba reads from there (苗|圩为工业和信息化部部长,
    丁|薛祥强调, 吕|有金还和: CCTV news), where the surname is a common one, the name two or three characters that no
    span touches and no word jieba's dictionary counts more than ten times (its "names" 陈|列, 田|野, 权|威 are words),
    and no surname with an honorific, a kin word or a trophy (MSRA's 陈|老师, 朱|老, 刘|氏, 薛|家, 尤|杯) nor an
    anonymised person (张某), nor one after 小, 老 or 阿 (a nickname: 驻村干部小|王|一进门, local news); also the name of two or three characters the text tags elsewhere and writes whole from
    the surname on, though jieba reads on past it (韩|正在 beside 韩正: :func:`_name_tagged_elsewhere_from`)."""
    result: list[Entity] = []
    up_to_a_mark: list[Entity] = []
    for entity in entities:
        end = person_word_end(text, entity.start) if entity.type == "PER" and len(entity.text) == 1 else entity.start
        name = text[entity.start : end]
        if (2 <= len(name) <= 3 and common_single_surname(name) and word_frequency(name) <= 10
                and not any(character in AFTER_A_SURNAME_ALONE for character in name[1:])
                and not overlaps_another(entities, entity, entity.start, end)
                and text[entity.start - 1 : entity.start] not in _MEASURES_BEFORE_ZHANG
                and text[entity.start - 1 : entity.start] not in _NICKNAME_OPENINGS
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
    family and given name (:func:`dictionary_name_end`: not 殷切希|望, 党风廉|政), it ends in no character
    that ends no name, nor in a law's or dynasty's (尤伯|杯, 贝恩|四, MSRA's 伯顿|法, 弘光|朝), and no span touches the
    rest."""
    result: list[Entity] = []
    for entity in entities:
        end = dictionary_name_end(text, entity.start) if entity.type == "PER" and len(entity.text) >= 2 else entity.end
        if (entity.end < end <= entity.end + 2 and not is_known_word(entity.text)
                and text[end - 1] not in _NOT_A_NAMES_LAST_CHARACTER and text[end - 1] not in "法朝"  # 尤伯|杯, 伯顿|法, 弘光|朝
                and not overlaps_another(entities, entity, entity.end, end)):
            entity = Entity(entity.start, end, "PER", text[entity.start : end])
        result.append(entity)
    return result


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
            or any(character in AFTER_A_SURNAME_ALONE for character in given.group())):
        return person
    read_inside = [e for e in entities if e is not person and e.start < given.end() and person.end < e.end]
    if any(e.start < person.end or e.end > given.end() or (e.type == "TITLE" and POST_ENDING.search(e.text)) for e in read_inside):
        return person  # a span running past the name, or a post of its own (王|书记，)
    return Entity(person.start, given.end(), "PER", text[person.start : given.end()])


#: What stands before a measure word 张 that the tagger read as a surname (那张小巧的门票).
_MEASURES_BEFORE_ZHANG = frozenset("这那一两几每各半整")


def is_measure_zhang_read_as_person(entity: Entity, text: str) -> bool:
    """Whether a person opens with 张 right after a numeral or demonstrative that makes it the measure word of flat
    things (这张|照片, 一张|蓝图: CCTV news read 张照 as a person, and a completion made it 张照片): no name. Not after
    之一 (one of: 创始人之一|张太雷, the only gold person so placed in MSRA and People's Daily)."""
    return (entity.type == "PER" and entity.text.startswith("张") and entity.start > 0
            and text[entity.start - 1] in _MEASURES_BEFORE_ZHANG and not text.endswith("之一", 0, entity.start))
#: What makes a surname after it a nickname (小王, 老徐, 阿林): no full name follows (小王|一进门).
_NICKNAME_OPENINGS = frozenset("小老阿")
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


#: School words a degree or schooling is named by (大学毕业, 中学时): with one character before them no school's name.
_SCHOOL_WORDS = ("大学", "中学", "小学", "学院", "高中")


def name_end_read_into_a_school_word(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a two-character person of a common surname the character the tagger read into a school's word right after
    it, one ORG of that character and the word (90后小伙徐晨|阳大学|毕业后: local news): no school is named by one
    character, and 大学毕业 names a degree, so the person is 徐晨阳 and the body goes."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    skip: set[int] = set()
    for index, entity in enumerate(ordered):
        if index in skip:
            continue
        school = ordered[index + 1] if index + 1 < len(ordered) else None
        if (entity.type == "PER" and len(entity.text) == 2 and common_single_surname(entity.text) and school is not None
                and school.type == "ORG" and school.start == entity.end and school.text[1:] in _SCHOOL_WORDS):
            result.append(Entity(entity.start, entity.end + 1, "PER", text[entity.start : entity.end + 1]))
            skip.add(index + 1)
            continue
        result.append(entity)
    return result


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
    (常务主席罗富|和主持开幕会; not 副总裁叶璇|和销售经理, where 销售 opens a post), and a 中 right after the post its
    holder holds, before a mark or 的 (副总理刘国|中，, 省长王伟|中的专访: CCTV news; MSRA train has 64 three-character
    names that end in 中 and 4 two-character ones before it; not 村民王强|中的多数人); the name's other mentions so cut are
    completed with it. MSRA, CLUENER and People's Daily dev have 20 gold two-character names so
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
        # 副总理刘国|中，, 省长王伟|中的: after the holder's post and before a mark 中 ends the name, not "in"
        zhong_after_a_post = after == "中" and entity.start in post_ends and mark_after in _AFTER_A_WHOLE_NAME
        if (entity.type == "PER" and len(entity.text) == 2 and common_single_surname(entity.text) and is_cjk(after)
                and (after not in _NOT_A_NAMES_LAST_CHARACTER or joiner_before_a_mark or joiner_before_a_verb
                     or zhong_after_a_post)
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
    日前, 率团; of one character only 也, 等, 作 and 受: 拿|起 and 出|了 go on from a verb), or the 记 of an award (记三等功)."""
    if text.startswith("记", at) and _AWARD_RECORDED.match(text, at + 1):
        return True  # 研究员任辉|启|记三等功: the 记 of an award recorded
    start, end = word_at(text, at)
    word = text[start:end]
    return start == at and (word in _ONE_CHARACTER_PREDICATE_OPENERS or word in _VERBS_JIEBA_TAGS_AS_NOUNS
                            or (len(word) >= 2 and word_tag(word)[:1] in ("v", "p", "d", "u", "c", "t")))


#: Verbs an official does right after the name that jieba tags as nouns (副市长毛建|国|带队巡河, 督导, 部署).
_VERBS_JIEBA_TAGS_AS_NOUNS = frozenset({"带队", "督导", "部署"})


def _verb_opens_at(text: str, at: int) -> bool:
    """Whether a verb of a talk or meeting of two characters (:data:`VERBS_OF_A_TALK_OR_MEETING`: 主持, 出席, 会见) opens a
    word of jieba's at ``text[at]``: no conjunction joins a name to one, so a 和 before it ends the name before
    (主席罗富|和|主持开幕会); not any verb, which may open a post (副总裁叶璇|和|销售经理田源)."""
    start, end = word_at(text, at)
    return start == at and end - start == 2 and text[start:end] in VERBS_OF_A_TALK_OR_MEETING


def _stands_elsewhere_before_another(entities: Sequence[Entity], person: Entity, text: str) -> bool:
    """Whether the text tags ``person``'s name elsewhere before another character than this mention's."""
    after = text[person.end : person.end + 1]
    return any(e.type == "PER" and e.text == person.text and text[e.end : e.end + 1] != after for e in entities)


#: What may stand after every mention of a name without being part of it (张三|等, 李明|的): particles, prepositions,
#: adverbs and conjunctions (:data:`NAME_FOLLOWING_WORDS`), the suffixes of things named after a person (汤尤|杯,
#: as MSRA tags it, 雷锋|班), and the 窜 of 窜访 (sneaks a visit), which jieba reads alone (众议长佩洛西|窜访中国台湾地区,
#: at every mention of a CCTV story).
_NEVER_A_NAMES_END_THROUGH_A_TEXT = frozenset(NAME_FOLLOWING_WORDS + "的了着过等们是及或并而但却之致窜"
                                              + _SUFFIXES_OF_THINGS_NAMED_AFTER_A_PERSON)


def person_completed_through_the_text(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a two-character person of a common surname the character that follows it at every one of its three or
    more mentions, where it opens no word there: 韦昌|进 (8 times), 蔡福|想, 王东|年, 刘国|中 (CCTV news: the tagger
    reads the same name the same way through a text, so the text-wide rules, which complete a name from a mention
    read whole, find none); so too where the name stands twice or more in the text, tagged or not, and the same
    character follows it everywhere (总理|黄循|财互致贺电 … 黄循|财表示, 钱七|虎, 栗战|书), and so a name of two or three
    characters of no common surname or all of transliteration (香九|妹, CLUENER's 斯蒂芬|金) where jieba reads the
    character alone and it is no numeral or 有 (腓特烈|十世, 帕查|有格): a common surname's three are a whole name
    (沈春耀|作的, 曾伯克|父青铜组器). Not a particle, preposition,
    adverb, verb of sending (莫迪|致慰问电), a speaker's 作 (刘奇|作的关于…的报告) or the suffix of a thing named after a person
    (韩正|等, 赵明|之憨, 汤尤|杯), nor where the character opens a word
    (陆磊|表示, 李强|总理, 马纳|福特), or a span starts on it."""
    starts = {entity.start for entity in entities}
    mentions: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.type == "PER" and len(entity.text) == 2 and common_single_surname(entity.text):
            mentions.setdefault(entity.text, []).append(entity)

    def followed_alone(entity: Entity) -> bool:
        after = text[entity.end : entity.end + 1]
        word_start, word_end = word_at(text, entity.end)
        return (is_cjk(after) and after not in _NEVER_A_NAMES_END_THROUGH_A_TEXT and entity.end not in starts
                and not (word_start == entity.end and word_end > entity.end + 1)
                and not SPEAKERS_ZUO.match(text, entity.end))  # 刘奇|作的关于…的报告: the speaker's verb

    def mentions_in_the_text(name: str) -> list[Entity]:
        return [Entity(m.start(), m.end(), "PER", name) for m in re.finditer(re.escape(name), text)]

    def follower_of_every_mention(found: list[Entity]) -> str:
        """The one character that follows every mention in ``found``, each alone (:func:`followed_alone`), or ""."""
        followers = {text[e.end : e.end + 1] for e in found}
        return followers.pop() if len(followers) == 1 and all(map(followed_alone, found)) else ""

    completed = {name for name, found in mentions.items() if len(found) >= 3 and follower_of_every_mention(found)}
    completed |= {name for name in mentions
                  if len(everywhere := mentions_in_the_text(name)) >= 2 and follower_of_every_mention(everywhere)}
    others = {e.text for e in entities if e.type == "PER" and 2 <= len(e.text) <= 3 and all(map(is_cjk, e.text))
              and (e.text[0] not in SURNAMES or set(e.text) <= TRANSLITERATION_CHARS)  # 香九|妹, 斯蒂芬|金: no Chinese name
              and word_tag(e.text) != "nrfg"}  # a full name jieba knows is whole: 习近平|新时代 (CCTV news, 21 in 4,000 stories)
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
        if (entity.type == "PER" and len(entity.text) == 2 and before >= 0 and not common_single_surname(entity.text)
                and common_single_surname(text[before:entity.end]) and not overlaps_another(entities, entity, before, entity.start)
                and text[before] not in _FUNCTION_CHARACTERS_BEFORE_A_NAME
                and word_at(text, before) in ((before, entity.end), (before, entity.start)) and _after_a_noun_or_a_mark(before, text)):
            entity = Entity(before, entity.end, "PER", text[before : entity.end])
        result.append(entity)
    return result


def _after_a_noun_or_a_mark(at: int, text: str) -> bool:
    """Whether ``text[at]`` follows a mark, the text's start or a common noun of two characters or more (青年|何俊杰,
    教师|支月英: a person's role before the name; not 防卫|相 or 溥仪|赏)."""
    if at == 0 or not is_cjk(text[at - 1]):
        return True
    start, end = word_at(text, at - 1)
    return end == at and end - start >= 2 and word_tag(text[start:end]) in ("n", "t")  # jieba tags 青年 t


#: Hyphens that join the parts of a transliterated name (鲍里斯-约翰逊, 迪亚斯-卡内尔).
_NAME_HYPHENS = ("-", "－")


def persons_joined_at_a_hyphen(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Join two transliterated persons written with a hyphen between them into one (伦敦市长|鲍里斯|-|约翰逊 → 鲍里斯-约翰逊:
    CCTV news; the tagger reads 迪亚斯-卡内尔 whole, and the merge joins only spans that touch)."""
    joined: list[Entity] = []
    for entity in entities:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.type == entity.type == "PER" and text[previous.end : entity.start] in _NAME_HYPHENS
                and set(previous.text + entity.text) <= TRANSLITERATION_CHARS):
            joined[-1] = Entity(previous.start, entity.end, "PER", text[previous.start : entity.end])
            continue
        joined.append(entity)
    return joined


#: A person's going back to, into or out of a village, town or home read on from the name as a place's name (程桔|回村).
_GOING_TO_A_UNIT = re.compile(r"^[回进到来去入返离][村镇乡县城家]$")


def person_read_on_into_going_to_a_unit(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A place or body that is a person the text tags elsewhere and a verb of going to a unit (2014年10月，程桔回村 (LOC)
    |参加村两委换届选举: CCTV news; the tagger read the 村 as a village's) is the person."""
    people = {e.text for e in entities if e.type == "PER" and len(e.text) >= 2}
    return [Entity(e.start, e.end - 2, "PER", e.text[:-2])
            if e.type in ("LOC", "ORG") and e.text[:-2] in people and _GOING_TO_A_UNIT.match(e.text[-2:]) else e
            for e in entities]


#: A verb of speaking that a person's name stands right before (陆治原|介绍, 王五|表示).
_SPEAKING_AFTER_A_NAME = re.compile("|".join(SPEAKING_VERBS))
#: Characters that stand between a name and its verb as words of their own (王五也说, 李四又强调, 张三则表示).
_ADVERBS_BEFORE_SPEAKING = frozenset("也又还就都再则曾却便才更最已正即将而亦仍均并和与对向在是的了")


def person_given_its_last_character_before_speaking(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A two-character person right before one character that jieba reads alone and a verb of speaking gets that
    character, the third of the name (民政部部长陆治|原|介绍 → 陆治原: CCTV news; the tagger read 原 as "former"), where
    the character is no adverb or function word (王五|也|说) and the person opens with a common surname."""
    result = []
    for entity in entities:
        end = entity.end
        if (entity.type == "PER" and len(entity.text) == 2 and common_single_surname(entity.text)
                and end < len(text) and is_cjk(text[end]) and text[end] not in _ADVERBS_BEFORE_SPEAKING
                and word_at(text, end) == (end, end + 1) and _SPEAKING_AFTER_A_NAME.match(text, end + 1)
                and not overlaps_any(entities, end, end + 1)):
            entity = Entity(entity.start, end + 1, "PER", text[entity.start : end + 1])
        result.append(entity)
    return result


def one_character_name_joined_across_he(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Join a person of one character, 和 and the person right after it as one name: 牧民|恩|和|巴特尔|家 → 恩和巴特尔
    (CCTV news: a Mongolian name, as 那顺孟和 and 恩和 hold their 和). No person is named by one character alone, and
    two people joined by 和 have a name of two characters or more each. Run before the filter that drops spans of one
    character, and again late, after a village's name is cut off a person read on from it (巴彦|哈达嘎查牧民恩 (PER) →
    巴彦哈达嘎查 + 恩: :func:`mongolian_village_or_township`)."""
    def join_end(before: Entity, entity: Entity) -> int | None:
        joined = (before.type == "PER" and entity.type == "PER" and len(before.text) == 1
                  and entity.start == before.end + 1 and text[before.end] == "和")
        return entity.end if joined else None

    return joined_to_the_span_before(entities, text, join_end)


#: How often jieba must count a verb whose first character a name may be read into (代表 of 孙硕代|表).
_FREQUENT_VERB = 1000
#: Verbs jieba tags as nouns: 代表 (on behalf of; a deputy).
_VERBS_TAGGED_AS_NOUNS = frozenset({"代表"})


def person_ending_on_a_verbs_first_character(entity: Entity, text: str) -> Entity:
    """Give back the last character of a three-character person that opens a frequent verb after it: 副市长|孙硕代|表北京市
    政府致辞 → 孙硕 (CCTV news: 代 opens 代表, on behalf of). Only a name of a surname that jieba does not know as a name
    whole; of the gold names of three characters in MSRA and People's Daily it cuts 2 of 12,290."""
    if not _is_three_character_name_unknown_to_jieba(entity):
        return entity
    start, end = word_at(text, entity.end - 1)
    verb = text[start:end]
    if (start != entity.end - 1 or end <= entity.end or not (word_tag(verb) == "v" or verb in _VERBS_TAGGED_AS_NOUNS)
            or word_frequency(verb) < _FREQUENT_VERB):
        return entity
    return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])


def name_off_the_zuo_of_a_report(entity: Entity, text: str) -> Entity:
    """Give back the 作 of a report a person gave, read as the last of a three-character name: 主任委员|李飞作|的…报告 → 李飞
    (CCTV news of the NPC, 4 times in 2 texts of the probes: 听取了某某作的报告 is its set phrase). Applied after the late
    rules, which would read the longer name back in where the tagger read it so elsewhere; only a name of a common
    surname that jieba does not know whole, before 的. No gold name of the corpora is one (池田大作 is four characters)."""
    if (_is_three_character_name_unknown_to_jieba(entity) and entity.text.endswith("作")
            and text.startswith("的", entity.end)):
        return Entity(entity.start, entity.end - 1, "PER", entity.text[:-1])
    return entity


def _is_three_character_name_unknown_to_jieba(entity: Entity) -> bool:
    """Whether a person is three characters of a common surname's that jieba does not know as a name whole: the names
    whose last character a verb after them may have been read from (孙硕|代表, 李飞|作的)."""
    return (entity.type == "PER" and len(entity.text) == 3 and entity.text[0] in SURNAMES
            and not word_tag(entity.text).startswith("nr"))


#: Prepositions of place that open a clause, none a frequent surname (从金华到宁波, 在北京).
_PREPOSITIONS_OF_PLACE = frozenset("从在")


def place_after_a_preposition_read_as_a_person(entity: Entity) -> Entity:
    """A person that is a preposition of place and a province's, state's or city's name is the place: 通车后，|从金华|到宁波
    → 金华 (CCTV news)."""
    if entity.type == "PER" and len(entity.text) >= 3 and entity.text[0] in _PREPOSITIONS_OF_PLACE:
        place = entity.text[1:]
        if place in COUNTRIES_AND_PROVINCES or is_place_or_city(place):
            return Entity(entity.start + 1, entity.end, "LOC", place)
    return entity


#: Verbs a post holder's name stands before in a report (政协常委吴在学|建议, 主任委员杜家毫|作了说明, 副主席韩正|在北京).
_VERBS_AFTER_A_HOLDERS_NAME = ("建议", "表示", "指出", "强调", "介绍", "认为", "提出", "主持", "出席", "参加", "说", "作",
                               "代表", "在")
#: What opens no given name after a surname (吴|的, 李|是): the characters no given name holds, but 在 (吴在学).
_NO_FIRST_GIVEN_CHARACTER = NO_GIVEN_NAME_CHARACTERS - {"在"}


def surname_completed_before_a_verb(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a frequent surname read alone right after a post the one or two characters after it, untagged, up to a
    verb of a report, the shortest that reach one: 重庆市政协常委|吴 (PER)|在学|建议 → 吴在学, 农业农村委主任委员|杜|家毫|作了说明
    → 杜家毫 (CCTV news: the tagger stopped after the surname, jieba reads no name there, and the post was dropped as
    held by no one). Not 某 or an honorific or kin word after it (李|某, 张|书记; 家 only as one given character: 张|家,
    not 杜|家毫), nor a given name opening or ending with a character no given name holds (王|在北|京)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    starts = {entity.start for entity in ordered}
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        post = ordered[index - 1] if index else None
        if (entity.type == "PER" and len(entity.text) == 1 and entity.text in FREQUENT_SURNAMES and post is not None
                and post.type == "TITLE" and post.end == entity.start and entity.end not in starts):
            for length in (1, 2):
                given = text[entity.end : entity.end + length]
                if (len(given) == length and all(map(is_cjk, given)) and given[0] not in _NO_FIRST_GIVEN_CHARACTER
                        and given[-1] not in NO_GIVEN_NAME_CHARACTERS
                        and (given[0] not in AFTER_A_SURNAME_ALONE or given[0] == "家" and length == 2)  # 温家宝, 杜家毫
                        and not any(entity.end < other.start < entity.end + length + 1 for other in ordered)
                        and text.startswith(_VERBS_AFTER_A_HOLDERS_NAME, entity.end + length)):
                    entity = Entity(entity.start, entity.end + length, "PER", entity.text + given)
                    break
        result.append(entity)
    return result


def compound_surname_joined_to_its_given_name(entities: Sequence[Entity]) -> list[Entity]:
    """A compound surname tagged alone, of any type, right before a person of one or two characters is one name with it:
    欧阳 (ORG)|昌琼 (PER)|委员 → 欧阳昌琼 (CCTV news)."""
    result: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        before = result[-1] if result else None
        if (before is not None and before.text in NAME_ONLY_COMPOUND_SURNAMES and entity.type == "PER"
                and before.end == entity.start and len(entity.text) <= 2):
            result[-1] = Entity(before.start, entity.end, "PER", before.text + entity.text)
            continue
        result.append(entity)
    return result


#: What follows a name's last 和 where 和 joins nothing: a list's or clause's mark (那顺孟和、袁驷).
_AFTER_A_NAMES_HE = frozenset("、，。；")


def name_given_its_he_before_a_mark(entity: Entity, text: str) -> Entity:
    """Give a person its last character 和 where a list's or clause's mark follows it, so that 和 joins nothing: 吕彩霞、
    张守攻、|那顺孟|和、袁驷 → 那顺孟和 (CCTV news: a Mongolian name)."""
    if (entity.type == "PER" and len(entity.text) >= 2 and text.startswith("和", entity.end)
            and text[entity.end + 1 : entity.end + 2] in _AFTER_A_NAMES_HE):
        return Entity(entity.start, entity.end + 1, "PER", entity.text + "和")
    return entity
