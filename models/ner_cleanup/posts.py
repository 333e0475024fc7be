"""Rules for posts (TITLE) and the spans around them: organs, committees and ranks that belong to a post,
posts left untagged beside their holders, and a holder or body read into a post.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from zhpolicy.data.bylines import (
    COMPOUND_SURNAMES,
    SURNAMES,
    TRANSLITERATION_CHARS,
)
from zhpolicy.data.countries import (
    COUNTRIES,
    FOREIGN_CITIES,
)
from zhpolicy.data.japanese_names import JAPANESE_NAME
from zhpolicy.data.records import Entity
from zhpolicy.data.spans import merge_adjacent
from zhpolicy.data.world_leaders import WORLD_LEADERS

from ..officials import (
    CHARGE_BEFORE_A_POST,
    DISCIPLINE_ORGANS,
    ENVOY_POSTS,
    FORMER,
    HOLDING_AFTER_A_COMMA,
    LEVEL_BUREAU,
    MAX_SUB_UNIT_CHARS,
    PARTY_ORGANS,
    POST_JOINERS,
    RELIEVING_THE_APPOINTED,
    STATIONED,
    WATER_CHIEF_POSTS,
    biography_clause_starts,
    extract_officials,
    held_by_a_person_after,
    holder_of_posts_before_a_comma,
    is_apposition_after_a_comma,
    is_post_taken_up_as_a_capacity,
    opens_a_biography,
    opens_as_a_post,
    sentence_start,
)
from ..word_features import (
    is_known_word,
    is_noun_word,
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
    AFTER_A_SURNAME_ALONE,
    BARE_BODY_WORD,
    BODY_WORD,
    CLAUSE_AND_LIST_MARKS,
    CLAUSE_END_MARKS,
    CONGRESS_OR_PARTY_ENDINGS,
    COUNTRIES_AND_PROVINCES,
    COUNTRY_NAMES_LONGEST_FIRST,
    ENDS_LIKE_A_POST,
    GENERIC_WORDS,
    HEADS,
    INSTITUTION_ENDINGS,
    JOINERS_BEFORE_A_NAME,
    LEADERS_POSTS_LONGEST_FIRST,
    LEVELS,
    MEMBER_ORGANS,
    OFTEN_COUNTED_CITY,
    ORG_ENDINGS,
    ORGAN_MEMBER,
    ORGAN_MEMBER_WORDS,
    ORGAN_OR_RANK_BEFORE_A_HEAD,
    PLACE_ABBREVIATIONS,
    PLACE_FEATURE_CHARACTERS,
    PLACE_ORGANS,
    PLACE_PARTY_ORGAN,
    POST_AFTER_A_BODY,
    POST_BEFORE_VERB,
    POST_ENDING,
    POSTS_READ_INTO_A_NAME,
    RESIDENT_WORDS,
    STATE_ABBREVIATIONS,
    STATE_POSTS_LONGEST_FIRST,
    TAKING_A_POST,
    UNIQUE_BODIES,
    UNIT_END,
    bare_place_as_place,
    clause_around,
    common_single_surname,
    ends_like_a_name,
    ends_like_unit_or_body,
    in_place_of,
    institution_as_organization,
    is_cjk,
    is_place_name_or_state,
    is_place_or_city,
    is_spoken_for,
    joined_to_the_span_before,
    last_character_opens_next_word,
    longest_first,
    nouns_only,
    overlaps_another,
    overlaps_any,
    place_names_and_short_names,
    post_makes_an_official,
    untagged_post_after_a_body,
    whole_words,
)


def japanese_name_after_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a Japanese name right after a Japanese post (首相|高市早苗, 防卫大臣|稻田朋美, 党首|枝野幸男) in a text that names
    Japan: a family name of :data:`~zhpolicy.data.japanese_names.JAPANESE_SURNAMES` and a given name of two
    characters, or three ending in 郎, 夫 or 子 (小泉纯一郎, 鸠山由纪夫), or one where a word of jieba's of two characters or
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
        result = in_place_of(result, inside, Entity(start, end, "PER", text[start:end]))
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
    return in_place_of(entities, inside, Entity(post_start, post_end, "TITLE", text[post_start:post_end]))


def _opens_a_longer_word(position: int, text: str) -> bool:
    """Whether a word of jieba's of two characters or more starts at ``text[position]`` and runs past it."""
    word_start, word_end = word_at(text, position)
    return word_start == position and word_end - word_start >= 2


#: A text that names Japan (日本, 日方, or 日 before a minister's post).
_NAMES_JAPAN = re.compile(r"日本|日方|日(?:首相|外相|防卫相|官房长官)")

#: A Japanese post and a name after it: a family name and a given name of two characters, or three ending in 郎, 夫 or 子.
_JAPANESE_NAME_AFTER_A_POST = re.compile(
    r"(?:首相|大臣|官房长官|外相|防卫相|财务相|法相|党首|总裁|干事长|委员长|知事|议员|会长|社长|局长)"
    rf"(?P<name>{JAPANESE_NAME})")


def leader_read_as_place(entity: Entity) -> Entity:
    """A world leader's name read as a place or body is the person (与|塞西|进行单独会晤, 在与|普京|通电话时, 同|哈桑纳尔|举行会谈:
    CCTV news, where jieba lists 普京 and 哈桑纳尔 as places and the tagger follows it on a bare name):
    :data:`~zhpolicy.data.world_leaders.WORLD_LEADERS`. Every gold mention of these names in MSRA, People's Daily and
    CLUENER is a PER."""
    if entity.type in ("LOC", "ORG") and entity.text in WORLD_LEADERS:
        return Entity(entity.start, entity.end, "PER", entity.text)
    return entity


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
                or any(ORG_ENDINGS.search(ministry.text[:end]) or UNIT_END.search(ministry.text[:end])
                       for end in range(2, len(ministry.text) + 1))):  # 北京市委|宣传|部长: 市委 is the body
            result.append(entity)
            continue
        state = next((name for name in COUNTRY_NAMES_LONGEST_FIRST if ministry.text.startswith(name)), "")
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


def post_after_a_late_name(entities: Sequence[Entity], before: Sequence[Entity], text: str) -> list[Entity]:
    """Read the posts after the national bodies, states and provinces tagged last (:func:`untagged_unique_body`,
    :func:`untagged_state_or_province`): 联合国教科文组织|总干事|博科娃, 世卫组织|总干事|谭德塞 (CCTV news), which the post
    rule, run before them, found no body before. The post rule once more, only where one of the spans new among
    ``entities`` (``before`` holds those before they were tagged) stands right before a post."""
    new = {(e.start, e.end) for e in entities} - {(e.start, e.end) for e in before}
    if not any(POST_AFTER_A_BODY.match(text, end) for _, end in new):
        return list(entities)
    return untagged_post_after_a_body(entities, text)


#: A deputy or member of a congress or a political consultative conference, written before the name
#: (全国人大代表赵振香, 全国政协委员, 县人大代表, 十九大代表): the body and the post.
_DEPUTY_BEFORE_A_NAME = re.compile(r"(?:(?P<national>全国人大(?=代表)|全国政协(?=委员))|(?P<level>(?:[省市州县区])?(?:人大(?=代表)|政协(?=委员)))"
                                   r"|(?P<congress>(?:党的)?[一二三四五六七八九十]{2,3}大(?=代表)))(?P<post>代表|委员)")
#: What may stand right before such a deputy's post for it to open a name's description: no name of its own.
_BEFORE_A_DEPUTY = frozenset("的是和与及为任、，。；：\n ")


#: The houses of a parliament (众, 参) and the posts they open: a speaker's and a member's (众议长, 参议员).
_HOUSES = "众参"
_POSTS_OF_A_HOUSE = ("议长", "副议长", "议员")
#: A rank or house the tagger left untagged right before a post (众|议长, 利比里亚临时参|议长, 众议院第一|副议长, 第二副|首相):
#: the house of a speaker or member, or an ordinal deputy.
_RANK_BEFORE_A_POST = re.compile(rf"(?:(?P<house>[{_HOUSES}])|第[一二三四五]副?|(?:(?<![\u4e00-\u9fff])|(?<=[为任]))副)$")


def rank_before_a_post_into_it(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Take into a post the rank or house the tagger left untagged right before it (墨西哥众|议长 → 众议长, 伊朗第一|副议长
    → 第一副议长, 第二副|首相 → 第二副首相: CCTV news), as it reads 第一副总理 whole elsewhere: 众 or 参 before a speaker's
    or member's post, an ordinal (第一, 第二副) before any. Only where no span ends there; no written gold post has
    such a word untagged before it."""
    entities = _house_out_of_the_body_before_its_post(entities, text)
    ends = {e.end for e in entities}
    mended: list[Entity] = []
    for entity in entities:
        rank = _RANK_BEFORE_A_POST.search(text, max(0, entity.start - 3), entity.start) if entity.type == "TITLE" else None
        if (rank is None or entity.start in ends or overlaps_any(entities, rank.start(), entity.start)
                or (rank.group("house") and entity.text not in _POSTS_OF_A_HOUSE)
                or (rank.group().endswith("副") and entity.text.startswith("副"))):
            mended.append(entity)
            continue
        mended.append(Entity(rank.start(), entity.end, "TITLE", text[rank.start() : entity.end]))
    return mended


def _house_out_of_the_body_before_its_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a speaker's or member's post the house the tagger read into the body or state right before it: 美国国会众|议长
    → 美国国会 + 众议长, 日本众|议长 → 日本 + 众议长, 爱尔兰众 (ORG)|议长 → 爱尔兰 (LOC) + 众议长 (CCTV news, eight
    times in the probes; no body's name ends in 众 or 参)."""
    houses = {e.end for e in entities if e.type in ("LOC", "ORG") and len(e.text) >= 3 and e.text[-1] in _HOUSES}
    posts = {e.start for e in entities if e.type == "TITLE" and e.text in _POSTS_OF_A_HOUSE} & houses
    if not posts:
        return list(entities)
    return [Entity(e.start, e.end - 1, "LOC" if e.text[:-1] in COUNTRIES else e.type, e.text[:-1])
            if e.type in ("LOC", "ORG") and e.end in posts
            else Entity(e.start - 1, e.end, "TITLE", text[e.start - 1 : e.end]) if e.type == "TITLE" and e.start in posts else e
            for e in entities]


def unique_body_read_into_the_post_after_it(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give a national or international body the first characters of the post after it the tagger read into the post,
    the body's head left untagged: 第75届联|大主席 → 联大 (ORG) + 主席 (CCTV news, twice in the probes: the tagger read
    联 alone as a body, which the filter of one-character spans dropped). Only where the body's head touches no span and
    what is left of the post ends like one."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for post in [e for e in found if e.type == "TITLE"]:
        body = next(((post.start - head, taken) for head in range(1, 5) for taken in (1, 2)
                     if len(post.text) - taken >= 2 and post.start >= head
                     and text[post.start - head : post.start + taken] in UNIQUE_BODIES
                     and ENDS_LIKE_A_POST.search(post.text[taken:]) and not overlaps_any(found, post.start - head, post.start)),
                    None)
        if body is not None:
            start, taken = body
            split = post.start + taken
            found = in_place_of(found, [post], Entity(start, split, "ORG", text[start:split]),
                                Entity(split, post.end, "TITLE", text[split : post.end]))
    return found


def untagged_deputy_before_a_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a deputy's or member's post the tagger left untagged right before a person (全国人大代表|赵振香, 来自徐工集团的
    全国人大代表|单增海, 十九大代表|荀笑红: CCTV news, 20 names in 2,700 stories): LABELS.md's 全国人大 (ORG) + 代表
    (TITLE), as :func:`split_committee_member` splits the tagger's 全国人大代|表; a level's or the bare 人大 or 政协
    goes into the post, as a level committee does (县人大代表, 人大代表: a body named by its level alone is no ORG); a
    party congress is no ORG (:data:`_PARTY_CONGRESS`), so after it only 代表 is the post. A body the tagger did tag
    before the post (十二届全国人大|代表) keeps its span. Only where the post opens the clause's description of the
    person: nothing that could be part of a name stands before it (广东省人大代表 is left to the tagger); the person may
    follow a list of posts the deputy's opens (全国人大代表、|项目质量总监|邹彬: :func:`_opens_a_list_of_posts`)."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    person_starts = {e.start for e in found if e.type == "PER"}
    added: list[Entity] = []
    for deputy in _DEPUTY_BEFORE_A_NAME.finditer(text):
        if deputy.end() not in person_starts and not _opens_a_list_of_posts(found, deputy.end(), text):
            continue
        post_start = deputy.start("post")
        body_before = next((e for e in found if e.type == "ORG" and e.end == post_start and e.start <= deputy.start()), None)
        if body_before is not None:
            if not overlaps_another(found, body_before, post_start, deputy.end()):
                added.append(Entity(post_start, deputy.end(), "TITLE", deputy.group("post")))
            continue
        if overlaps_any(found, deputy.start(), deputy.end()) or (
                deputy.start() > 0 and text[deputy.start() - 1] not in _BEFORE_A_DEPUTY and is_cjk(text[deputy.start() - 1])):
            continue
        if deputy.group("national"):
            added += [Entity(deputy.start(), post_start, "ORG", deputy.group("national")),
                      Entity(post_start, deputy.end(), "TITLE", deputy.group("post"))]
        elif deputy.group("level"):
            added.append(Entity(deputy.start(), deputy.end(), "TITLE", deputy.group()))
        else:
            added.append(Entity(post_start, deputy.end(), "TITLE", deputy.group("post")))
    return sorted(found + added, key=lambda e: (e.start, e.end)) if added else found


def _opens_a_list_of_posts(entities: Sequence[Entity], at: int, text: str) -> bool:
    """Whether a deputy's post ending at ``at`` opens a list of the person's posts: 、 and a post, or the place or
    body of one, tagged right after it, and a person later in the clause (全国人大代表|、项目质量总监邹彬: CCTV news)."""
    if text[at : at + 1] != "、" or not any(e.start == at + 1 and e.type in ("TITLE", "ORG", "LOC") for e in entities):
        return False
    clause_end = next((i for i in range(at + 1, len(text)) if text[i] in "，。；！？\n"), len(text))
    return any(e.type == "PER" and at < e.start < clause_end for e in entities)


def _ends_an_untagged_name(text: str, at: int) -> bool:
    """Whether the character before ``at`` is a piece of a name rather than a word of its own: one character jieba
    reads alone as a localizer, a name or nothing it knows (返底|村: 底), not a verb or particle (这让|社区, 去世的|村)."""
    if at == 0 or not is_cjk(text[at - 1]):
        return False
    start, end = word_at(text, at - 1)
    return end - start == 1 and word_tag(text[start:end]) in ("", "f", "ns", "nr", "nrt", "nz")


#: A name of two or three characters standing alone between a post and a clause mark (副主任|应立标|，).
_NAME_BEFORE_A_MARK = re.compile(r"([\u4e00-\u9fff]{2,3})(?=[，、。；])")


#: Locatives after a post's 任 (in office) or 期 (term) that read like a given name after a surname: 院长|任上|，, 局长任|内.
_LOCATIVES_AFTER_A_POST = frozenset("上中内间后时")


def untagged_holder_after_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag as a person the untagged name between a post and a clause mark (市人大常委会副主任|应立标|，副市长…, 越南国家主席|
    武文赏|。: a local paragraph and CCTV news; 应立 reads as a verb to the tagger). Only two or three characters of a common
    one-character surname, no 某 and no honorific or role after the surname (方总, 王老师), no aspect particle at its end
    (当一名女秘书|强多了|。: MSRA train), no locative after a surname's character (院长|任上|，: in office), no word of
    jieba's but a
    person's name, read by jieba one character at a time from the surname on (not 总书记|曾指出, 教授|成立的), and no
    verb with its aspect particle (总书记|来了)."""
    added: list[Entity] = []
    for post in entities:
        name = _NAME_BEFORE_A_MARK.match(text, post.end) if post.type == "TITLE" else None
        if (name is None or not common_single_surname(name.group(1)) or "某" in name.group(1)
                or name.group(1)[1] in AFTER_A_SURNAME_ALONE or name.group(1)[-1] in _ROLE_ENDINGS_AFTER_A_SURNAME
                or name.group(1)[-1] in _ASPECT_PARTICLES
                or (len(name.group(1)) == 2 and name.group(1)[1] in _LOCATIVES_AFTER_A_POST)):
            continue  # 副总经理|方总|, 主任|王老师|: a surname and an honorific or role (LABELS.md: no PER); 秘书|强多了|。, 院长|任上|，
        start, end = name.span(1)
        if _verb_and_its_particle(Entity(start, end, "PER", name.group(1)), text):
            continue  # 总书记|来了|。: 来 is a surname, but a verb with its particle here
        if (word_tag(name.group(1)) not in ("", "nr", "nrfg", "nrt") or word_at(text, start) != (start, start + 1)
                or word_at(text, start + 1)[1] - word_at(text, start + 1)[0] > 1 or overlaps_any(entities, start, end)):
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
                or overlaps_any(ordered, member_start, post.start - 1)):
            continue
        before = ordered[index - 1] if index > 0 else None
        if before is not None and before.end == member_start and before.type == "ORG":
            organ = next((o for o in _PARTY_ORGANS_LONGEST_FIRST if before.text.endswith(o)), None)
            if organ is None or len(before.text) == len(organ):
                continue
            body = before.text[: -len(organ)]
            ordered[index - 1] = Entity(before.start, before.end - len(organ), "LOC" if UNIT_END.search(body) else "ORG", body)
            members.append(Entity(before.end - len(organ), post.start - 1, "TITLE", text[before.end - len(organ) : post.start - 1]))
            continue
        organ = next((o for o in _PARTY_ORGANS_LONGEST_FIRST if text.endswith(o, 0, member_start)), None)
        if organ and not overlaps_any(ordered, member_start - len(organ), member_start):
            members.append(Entity(member_start - len(organ), post.start - 1, "TITLE", organ + "委员"))
    return sorted([*ordered, *members], key=lambda e: (e.start, e.end))


def untagged_post_before_a_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a head's post the tagger left untagged right before a person it tagged (乡村振兴工作队队员、驻村第一书记|杨再东,
    社区书记|伍加木, 这多亏了村支书|吴天来, 贫困山区女孩梦想的校长|张桂梅: CCTV news), as the written labels tag
    党扭村|驻村第一书记|龙晓燕; a bare village or community before the post is part of it (LABELS.md: 党支部书记,
    居委会主任), not the end of a village's own name (返底村|党支部书记). Only a post that starts a word of jieba's (not
    常熟市委|书记, 总书|记) and touches no span; also one in quotes right before the name (“第一书记”|黄亚祥: CCTV news),
    quotes outside."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    added: list[Entity] = []
    for person in found:
        if person.type != "PER":
            continue
        post = _POST_BEFORE_A_NAME.search(text, max(0, person.start - 12), person.start)
        quoted = _QUOTED_POST_BEFORE_A_NAME.search(text, max(0, person.start - 14), person.start) if post is None else None
        if quoted is not None and not overlaps_any(found, quoted.start(1), quoted.end(1)):
            added.append(Entity(quoted.start(1), quoted.end(1), "TITLE", quoted.group(1)))  # “第一书记”|黄亚祥: quotes outside
            continue
        if post is None:
            continue
        start = _start_of_post(post, text)  # 返底村|党支部书记: the village's own name, left untagged, is no bare 村
        word_start = word_at(text, start)[0]
        if word_start != start:
            if not _POST_BEFORE_A_NAME.fullmatch(text, word_start, person.start):
                continue  # 常熟市委|书记: the post starts inside a word
            start = word_start  # 村支书, jieba's one word
        if overlaps_any(found, start, person.start):
            continue
        if text[start:person.start] in ("主席", "副主席") and text[max(0, start - 2) : start] == "国家" \
                and not overlaps_any(found, start - 2, start):
            start -= 2  # the head of state: 国家|主席 (国家 alone is a generic word), as body_word_into_post reads it
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


#: How a state's body may end that ends like no body (伊朗|原子能组织, a state's security council or council of
#: ministers: 俄罗斯联邦|安全会议|秘书, 伊朗|最高国家安全会议, 秘鲁|部长会议|主席).
_BODIES_ENDING_UNLIKE_BODIES = ("组织", "机构", "安全会议", "部长会议")
#: What a federal state's name in full ends with (俄罗斯联邦, which the tagger reads as a body).
_FEDERAL_STATE_ENDING = "联邦"


def body_left_out_between_its_state_and_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Make a state or province and the body the tagger left untagged between it and a post one ORG (伊朗|原子能组织|
    发言人, 印尼|国家抗灾署|发言人, 美国|疾控中心|主任: CCTV news), as MSRA and CLUENER tag such a body whole: two to eight
    characters of whole words of jieba's that end like a body (:data:`ORG_ENDINGS`, 组织, 机构, a security council or a
    council of ministers: 俄罗斯联邦 (ORG)|安全会议|秘书, 秘鲁|部长会议|主席), not a government
    (美国|政府|总统 is the state's post) nor an indefinite one (北京|一大型银行|交易员: CLUENER's gold leaves it out), nor
    a kind of body after 的 (来自江苏|的乡镇敬老院|院长)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        post = ordered[index + 1] if index + 1 < len(ordered) else None
        gap = text[entity.end : post.start] if post is not None else ""
        named = entity.text.removesuffix(_FEDERAL_STATE_ENDING)  # 俄罗斯联邦 → 俄罗斯
        state = named in COUNTRIES_AND_PROVINCES and (entity.type == "LOC" or named in COUNTRIES)  # 俄罗斯联邦 (ORG)
        if (state and post is not None and post.type == "TITLE" and 2 <= len(gap) <= 8 and all(map(is_cjk, gap))
                and (ORG_ENDINGS.search(gap) or gap.endswith(_BODIES_ENDING_UNLIKE_BODIES)) and gap not in ("政府", "人民政府")
                and gap[0] not in _INDEFINITE_OPENINGS and "的" not in gap  # 江苏|的乡镇敬老院|院长: a kind, no name
                and whole_words(text, entity.end, post.start) is not None):
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
        if overlaps_any([e for e in found if e is not news], start, person.start):
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


#: A water chief's post with its grade (县级, 镇级) and 总 (chief of the chiefs), taken up as a capacity right after a
#: name: 王良春以|县级河长|身份, 汤飞帆以|市级总河长|的身份.
_WATER_CHIEF_AS_A_CAPACITY = re.compile(rf"(?<=以)(?:[省市县区镇乡村]级)?总?(?:{'|'.join(longest_first(WATER_CHIEF_POSTS))})(?=的?身份)")


def graded_water_chief_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a water chief's post with its grade between 以 and 身份 right after a person one TITLE, in place of the
    pieces of it the tagger read (县委书记王良春以县级河长身份巡查了常山港: local news of the river-chief system, where
    the tagger left 县级河长 untagged, read 河长 alone or read 总|河 (TITLE)|长); the written labels tag 镇级河长 and
    村级河长 whole. Whose post it is is the officials' reading (:func:`is_post_taken_up_as_a_capacity`). So is one
    right after the section of the river it is for (江山港江山段|县级|河长, 常山港常山|段镇级河长 (TITLE)), 段 left
    out (:data:`_WATER_CHIEF_OF_A_SECTION`). So is one the tagger read without its grade, wherever it stands (县级|河长、
    副县长徐向东: local news; the written labels tag 村级河长于洪涛); a grade of no level (各级河长, 三级河长) is none."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for post in _WATER_CHIEF_AS_A_CAPACITY.finditer(text):
        if any(e.type == "PER" and e.end == post.start() - 1 for e in found):
            found = _water_chief_tagged_whole(found, post)
    for post in _WATER_CHIEF_OF_A_SECTION.finditer(text):
        found = _water_chief_tagged_whole(found, post)
    for post in _GRADED_WATER_CHIEF.finditer(text):
        if any(e.type == "TITLE" and e.end == post.end() and post.start() < e.start for e in found):
            found = _water_chief_tagged_whole(found, post)
    return found


#: A water chief's post with its grade (县级河长, 镇级总河长).
_GRADED_WATER_CHIEF = re.compile(rf"[省市县区镇乡村]级总?(?:{'|'.join(longest_first(WATER_CHIEF_POSTS))})")
#: A water chief's post with its grade right after the section of the river it is for (江山港江山段|县级河长, 常山港常山段|
#: 镇级河长): the written labels tag 元荡 + 黎里 + 镇级河长.
_WATER_CHIEF_OF_A_SECTION = re.compile(rf"(?<=段){_GRADED_WATER_CHIEF.pattern}")


def _water_chief_tagged_whole(found: list[Entity], post: re.Match[str]) -> list[Entity]:
    """``found`` with the water chief's post ``post`` tagged one TITLE in place of the posts read of it (河长 alone, or
    段镇级河长 with the section's 段), or as it is where another kind of span overlaps it."""
    inside = [e for e in found if e.start < post.end() and post.start() < e.end]
    if any(e.type != "TITLE" or e.end > post.end() or e.start < post.start() - 1 for e in inside):
        return found
    return sorted([e for e in found if e not in inside] + [Entity(post.start(), post.end(), "TITLE", post.group())],
                  key=lambda e: (e.start, e.end))


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
    only where no span touches it (not 全国人大|代表 already split, nor 十二届全国人大 read as the body), or where the
    body alone is tagged and its post left out: the post alone is tagged (56岁的高淑珍第一次当选|全国人大|代表,
    增补…为第十三届|全国政协|委员; not 全国人大代表，养羊大户汪其德, where no official comes of it)."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    bodies = {(e.start, e.end) for e in found if e.type == "ORG"}
    members = []
    for member in _CONGRESS_MEMBER.finditer(text):
        start, split, end = member.start(), member.end(1 if member.group(1) else 3), member.end()
        if not overlaps_any(found, max(0, start - 1), end):  # 十二届全国人大 read as the body touches it
            members.append(([Entity(start, split, "ORG", text[start:split])], Entity(split, end, "TITLE", text[split:end])))
        elif (start, split) in bodies and not overlaps_any(found, split, end + 1):
            members.append(([], Entity(split, end, "TITLE", text[split:end])))
    return _tagged_where_officials_come_of_them(found, members, text)


#: The posts of a deputy or member of the CPPCC said right after the name (金花委员, 徐立毅代表): the two sessions' way.
_MEMBER_POSTS = ("委员", "常委", "代表")


def untagged_member_post_after_a_name(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag the post 委员, 常委 or 代表 the tagger left untagged right after a person, the post the person is called by:
    金花委员来到青海省都兰县, 胡晓义委员在回答提问时表示, 来自杭州市的徐立毅代表透露, 郭凤莲代表，… (CCTV news of the two
    sessions, where the tagger reads 王长江|委员|提出 so 91 times and left 31 untagged; 代表 after a name it never
    tagged). Only where the post is a word of jieba's of its own (not 委员长, 委员会, 代表团, 代表大会), and 代表 only
    before a mark or a verb, adverb, preposition or particle of jieba's (丁世忠代表|向总书记汇报, 吴云波代表|也是; not
    习近平|代表|党中央, 李剑|代表|大家, 赛冲|代表|西哈莫尼国王, 周本顺|代表|省委常委班子: the verb "on behalf of"); only
    where an official comes of it, as :func:`untagged_post_held_by_a_person` tags."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    candidates = []
    for person in found:
        start, end = person.end, person.end + 2
        if person.type != "PER" or text[start:end] not in _MEMBER_POSTS or word_at(text, start) != (start, end):
            continue
        if text[start:end] == "代表" and is_spoken_for(text, end):
            continue
        candidates.append(([], Entity(start, end, "TITLE", text[start:end])))
    return _tagged_where_officials_come_of_them(found, candidates, text)


def _tagged_where_officials_come_of_them(found: list[Entity], candidates: Sequence[tuple[list[Entity], Entity]],
                                         text: str) -> list[Entity]:
    """``found`` (sorted) with each candidate post (and the body it brings) that touches no span added where it makes
    an official of its post that the spans without it lack, one after the other: the test of
    :func:`untagged_post_held_by_a_person` and :func:`untagged_congress_member` (whose post it is is the officials'
    reading, :func:`extract_officials`)."""
    officials = None
    for body, title in candidates:
        added = [*body, title]
        if any(overlaps_any(found, e.start, e.end) for e in added):
            continue
        trial = sorted([*found, *added], key=lambda e: (e.start, e.end))
        officials = extract_officials(text, found) if officials is None else officials
        if post_makes_an_official(title, trial, officials, text):
            found, officials = trial, None
    return found


def _start_of_post(post: re.Match[str], text: str) -> int:
    """Where a post matched with a bare village or community before it starts (:data:`_POST_BEFORE_A_NAME`): after the
    bare 村 or 社区 where that ends a village's own name, left untagged (返底村|党支部书记), or stands before a party
    organ (村|党支部书记, as :func:`_without_bare_level` reads a tagged one), else at the match."""
    if post.group("bare") in ("村", "社区") and (_ends_an_untagged_name(text, post.start())
                                               or _BARE_LEVEL_BEFORE_ORGAN.match(text[post.start() :])):
        return post.end("bare")
    return post.start()

#: What may follow the last post of a list (…常委、书记，; …常委、委员职务; …委员等).
_AFTER_A_LISTED_POST = re.compile(rf"[{CLAUSE_END_MARKS}、]|职务|等|$")


#: A village or neighbourhood committee's post, or a Party branch's (村委会委员, 居委会副主任, 党总支委员), or one in a body's
#: Party organ (副总经理、|党组成员: local news): a post wherever a list of posts names it, the text tagging it elsewhere
#: or not.
_VILLAGE_COMMITTEE_POST = re.compile(r"(?:村民委员会|居民委员会|村委会|居委会|村务监督委员会|村监委会|村党支部|村党总支|党支部|党总支)"
                                     r"副?(?:主任|委员|书记)|(?:党组|党委|党工委)(?:成员|委员|副?书记)")


def _holder_starts_at(entities: Sequence[Entity], at: int) -> bool:
    """Whether a person's name starts at ``at`` (the holder right after the last post of a list)."""
    return any(entity.type == "PER" and entity.start == at for entity in entities)


def post_listed_after_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a post the tagger left untagged after another post and 、 or 兼, where the same text tags it as a post
    elsewhere: 任浙江省委|委员|、|常委|、书记， and 不再担任…书记、常委、委员职务 (CCTV news; the tagger often stops a
    list of posts one short), and a village committee's or Party branch's post so listed whether or not the text tags it
    elsewhere (双西村党支部委员、|村委会委员: CCTV news), and so a post in a body's Party organ (国家电网公司副总经理、|党组成员|
    潘敬东: local news).

    Only a post of two characters or more that the list ends with, or goes on from: a clause mark, 、, 职务 or 等
    after it, and no span touched; a village committee's or Party organ's post also right before its holder's name.
    """
    ordered = sorted(entities, key=lambda e: e.start)
    posts = longest_first({e.text for e in ordered if e.type == "TITLE" and len(e.text) >= 2})
    found = list(ordered)
    for entity in ordered:
        at = entity.end + 1
        while entity.type == "TITLE" and text[entity.end : at] in ("、", "兼"):
            village_post = _VILLAGE_COMMITTEE_POST.match(text, at)
            candidates = [*posts, village_post.group()] if village_post else posts
            # such a post may end the list right before its holder (副总经理、党组成员|潘敬东)
            before_holder = village_post.group() if village_post and _holder_starts_at(found, village_post.end()) else None
            post = next((post for post in candidates
                         if text.startswith(post, at)
                         and (_AFTER_A_LISTED_POST.match(text, at + len(post)) or post == before_holder)), None)
            if post is None or overlaps_another(found, entity, at, at + len(post)):
                break
            entity = Entity(at, at + len(post), "TITLE", post)
            found.append(entity)
            at = entity.end + 1
    return sorted(found, key=lambda e: (e.start, e.end))


_VILLAGE_COMMITTEE_POST_BEFORE = re.compile(rf"(?:{_VILLAGE_COMMITTEE_POST.pattern})$")


#: The level bodies written between 、 and the next post of a list, no entity (县府办, 市政府办, 县委办): their level word
#: and up to four more characters.
_LEVEL_CHARACTERS = frozenset("省市县区镇乡")
_LONGEST_LEVEL_BODY_BEFORE_A_POST = 5


def _level_body_between(start: int, post: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether ``text[start:post.start]`` is a level body written before a post, no entity (县府办|主任)."""
    return (text[start] in _LEVEL_CHARACTERS and not overlaps_any(entities, start, post.start)
            and all(map(is_cjk, text[start : post.start])))


def village_committee_post_opening_a_list(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Tag a village committee's, Party branch's or Party organ's post (:data:`_VILLAGE_COMMITTEE_POST`) left untagged
    right before 、 and a post the tagger read: 市政府|党组成员|、二级巡视员何雪芳, 区委常委、区政府|党组成员|、副区长黄伟 (local
    news: a level word and a body type before it, no entity, and the list of posts broke there), as
    :func:`post_listed_after_a_post` reads such a post after another; also where the next post's level body stands
    between, no entity (县政府|党组成员|、县府办主任周立新: a county paragraph). Only one that touches no span."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    added: list[Entity] = []
    for post in found:
        mark = text.rfind("、", max(0, post.start - 1 - _LONGEST_LEVEL_BODY_BEFORE_A_POST), post.start)
        if post.type != "TITLE" or mark == -1 or not (
                mark == post.start - 1 or _level_body_between(mark + 1, post, found, text)):
            continue
        listed = _VILLAGE_COMMITTEE_POST_BEFORE.search(text, max(0, mark - 12), mark)
        if listed is not None and not overlaps_any(found, listed.start(), listed.end()):
            added.append(Entity(listed.start(), listed.end(), "TITLE", listed.group()))
    return sorted([*found, *added], key=lambda e: (e.start, e.end)) if added else found


def is_unheld_post(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether a TITLE has no person in its clause (县长带队, 邀请专家): LABELS.md's TITLE is the post of a named person.

    In the written labels 840 of 841 posts in the train split have a
    person in the same clause; the tagger's posts without one were wrong
    in 7 of 8 cases on the written train and dev splits.
    """
    if entity.type != "TITLE":
        return False
    start, end = clause_around(entity, text)
    if start > 0 and (HOLDING_AFTER_A_COMMA.match(text, start - 1) or is_apposition_after_a_comma(
            entities, start - 1, text)) and any(other.type == "PER" and other.end == start - 1 for other in entities):
        # 孙丽美，生前系…党支部书记: the topic; 袁少敏，孝感市陡岗镇袁湖村党支部书记。: what the name is
        start = max(text.rfind(mark, 0, start - 1) for mark in CLAUSE_END_MARKS) + 1
    elif any(clause.start() == start for person in _sentence_opening_people(entities, start, text)
             for clause in biography_clause_starts(entities, person, text)):
        return False  # 张三，男，汉族，…，现任遂昌县委书记: the biography's subject holds it
    elif text.startswith(RELIEVING_THE_APPOINTED, start) and any(
            other.type == "PER" and sentence_start(text, start) <= other.start < start for other in entities):
        return False  # 任命徐卫东同志为…局长，免去其…副局长职务: the person appointed is relieved of it
    if opens_as_a_post(text, start) and text[end : end + 1] in ("，", ",") and any(
            other.type == "PER" and other.start == end + 1 for other in entities):
        return False  # 作为村党支部书记，王建华…: the name opening the next clause holds the posts
    if holder_of_posts_before_a_comma(entities, end, text) is not None:
        return False  # 市农业农村局党组书记、局长，市乡村振兴局局长徐建国: one official's posts of two bodies
    listing = [found.end() for found in _THOSE_WHO_ARE.finditer(text, start, entity.start)]
    if listing:
        start = listing[-1]  # 陪同普京访华的有|外交部部长、第一副总理…: the list's posts are none of 普京's
    return not any(other.type == "PER" and start <= other.start and other.end <= end for other in entities)


def _sentence_opening_people(entities: Sequence[Entity], clause_start: int, text: str) -> list[Entity]:
    """The person that opens the sentence of the clause at ``clause_start``, followed by a comma, as a list (or none)."""
    opening = sentence_start(text, clause_start)
    return [e for e in entities if e.type == "PER" and opening <= e.start < clause_start and opens_a_biography(e, text)][:1]


#: 的有 opening a list of those who did something (陪同德索萨访华的有外交部长、…部长等, CCTV news of state visits; not
#: 的有关…, 的有效…, 的有力…): a person before it is no holder of the posts listed after it.
_THOSE_WHO_ARE = re.compile(r"的有(?![关效力益利所机些点着序限助])")


#: The term of a post written between a verb of holding and the post (当选为新一届村委会主任, 第十二届…主任).
_TERM_BEFORE_A_POST = re.compile(r"(?:新一届|新一任|本届|下一届|新一轮|第[一二三四五六七八九十\d]{1,3}届)$")
_LONGEST_TERM = 6


#: What may stand between a post and the next one in a list of posts: the officials' joiners of one person's posts
#: (市委书记、市长徐仁标, 董事长兼总经理) and 及, which also lists posts of several people.
_LISTED_POST_JOINERS = frozenset(POST_JOINERS | {"及"})
#: What a post of someone named elsewhere in the sentence follows: 的 (是合作社的|理事长), taking a post (担任|, 作为|,
#: 当选|) or a joiner (董事长兼|总经理).
_BEFORE_A_POST_OF_SOMEONE = frozenset({"的", "任", "为", "选"}) | _LISTED_POST_JOINERS
#: Verbs of becoming a post's holder that end in no character of :data:`_BEFORE_A_POST_OF_SOMEONE` (杨七明当上了|村党支部书记).
_BECAME = ("当上了", "当上")


def is_post_beside_no_one(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether a TITLE stands beside no person, no body and no other post: 作|动员|讲话 is no post.

    A post is written next to its holder (镇长郑友明, 陈木胜导演), before
    another post of the same holder (市委书记、市长徐仁标), after its body
    (…党支部|书记), as what someone is or becomes (是合作社的|理事长,
    担任|村党支部书记, 当上了|村党支部书记, also across a bureau named by its level: 任命王建新为|县农业农村局|局长) or
    after another post (董事长兼|总经理); all gold
    TITLEs of the written train and dev splits stand one of these ways but
    one (的分队|队长). CLUENER, which tags posts without a holder and
    occupations (最佳|导演, 画家), loses such TITLEs to this. A holder after 是 counts (会议执行主席|是|刘奇葆).
    """
    if entity.type != "TITLE" or text[entity.end : entity.end + 1] in _LISTED_POST_JOINERS:
        return False
    if held_by_a_person_after(entity, entities, text) is not None:
        return False  # 会长|由退休教师方建国担任
    if any(other.type == "PER" and is_post_taken_up_as_a_capacity(entity, other, text) for other in entities):
        return False  # 王良春以|县级河长|身份巡查
    if holder_of_posts_before_a_comma(entities, entity.end, text) is not None:
        return False  # 区人大常委会副主任|，区总工会党组书记、常务副主席刘晓明: the person after the next clause of posts
    start = entity.start - 1 if text[entity.start - 1 : entity.start] in LEVELS else entity.start  # 担任村|党支部书记
    term = _TERM_BEFORE_A_POST.search(text, max(0, start - _LONGEST_TERM), start)
    start = term.start() if term else start  # 当选为|新一届|村委会主任: the term of the post
    # a bureau named by its level, no entity, before the post (任命王建新为|县农业农村局|局长): what stands before it counts
    start = next((at for at in range(max(0, start - 10), start - 2)
                  if LEVEL_BUREAU.match(text[at:start]) and not overlaps_any(entities, at, start)), start)
    if text[start - 1 : start] in _BEFORE_A_POST_OF_SOMEONE or text.endswith(_BECAME, 0, start):
        return False
    if text[start - 1 : start] in ("（", "(") and any(other.type == "PER" and other.end == start - 1
                                                      for other in entities):
        return False  # 王国平（|县委副书记|）、李红梅（|副县长|）: the post in brackets after its holder's name
    if (text[start - 1 : start] in ("，", ",") and any(other.type == "PER" and other.end == start - 1 for other in entities)
            and is_apposition_after_a_comma(entities, start - 1, text)):
        return False  # 张伟，|县水利局|局长，分管…: what the name is
    # a caption's 书记 陈波：, a quoted post's holder after the closing quote (“第一书记”黄亚祥), and one after 是
    # (会议执行主席|是|刘奇葆: CCTV news)
    after = entity.end + 1 if text[entity.end : entity.end + 1] in (" ", "\u3000", "”", "是") else entity.end
    return not any((other.type == "PER" and (other.end == entity.start or other.start in (entity.end, after)))
                   or (other.type in ("ORG", "LOC") and other.end in (entity.start, start)) for other in entities)


#: What a meeting of post holders is called after their post (二十国集团领导人|峰会, 中塞总理|会谈, 中日韩领导人|会议).
_MEETING_OF_POST_HOLDERS = re.compile(r"级?(?:峰会|会议|会晤|会谈|论坛|对话|磋商|年会)")


def is_post_as_a_kind(entity: Entity, entities: Sequence[Entity], text: str) -> bool:
    """Whether a TITLE names the holders of a post as a kind rather than one holder's post: before the meeting they
    hold, right after the post or after the place of it, with no person right before (二十国集团|领导人|峰会,
    二十国集团|领导人|杭州|峰会, 中塞|总理|会谈; not 同桑切斯|首相|会谈), and 党和国家|领导人 (also 党和|国家领导人)
    before the names of the leaders who attend (a role: LABELS.md's posts are one holder's office; the written labels
    never tag 领导人), and a post after a body or place opened by 各 (each), with no person after it (各|中央巡视组|组长|首先向…传达).
    From CCTV news; no gold TITLE of the written labels stands so, nor any of the corpora after 各 and a body."""
    if entity.type != "TITLE":
        return False
    if ((entity.text == "领导人" and text.endswith("党和国家", 0, entity.start))
            or (entity.text == "国家领导人" and text.endswith("党和", 0, entity.start))):
        return True  # 党和国家|领导人, also read with 国家: 党和|国家领导人|李强、赵乐际…
    if any(other.type in ("ORG", "LOC") and other.end == entity.start and text.endswith("各", 0, other.start)
           for other in entities) and not any(other.type == "PER" and other.start == entity.end for other in entities):
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


#: A post read with the national body it heads (国家监委主任, 中央美术学院院长: from CCTV news).
_NATIONAL_BODY_POST = re.compile(r"^((?:国家|中央|全国)[\u4e00-\u9fff]{1,8}?(?:委|局|部|办|院|署|会|协会))"
                                 r"(副?(?:主任|书记|部长|局长|院长|署长|主席|会长|秘书长|委员长))$")
#: A standing member named by the level of the committee alone (省委常委): a post, as 县委书记 is.
_LEVEL_STANDING_MEMBER = re.compile(r"^(?:省|市|州|县|区)委常委$")
#: A post read with the named committee it belongs to (仙居县委书记 → 仙居县委 + 书记); a committee named by its level
#: alone stays in the post (县委书记: :data:`BARE_BODY_WORD`).
_NAMED_COMMITTEE_POST = re.compile(r"^((?:中共)?[\u4e00-\u9fff]{2,6}?[省市州县区]委)(副?书记|常委)$")


def organ_member_completed(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Complete a post the tagger stopped at the organ: 党组|成员 → 党组成员 (a member of a party organ is a post:
    :data:`ORGAN_MEMBER`), also where it read the organ into the body before (…质量技术监督局党组|成员 → …局 +
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
    member = ORGAN_MEMBER.search(entity.text)
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
    if entity.type != "TITLE" or not POST_ENDING.search(entity.text):
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
    Chairing or attending read into a post is cut off whatever post stands before it (院士|主持: CCTV news).
    """
    if entity.type != "TITLE":
        return entity
    chairing = _VERB_READ_AS_A_POST.search(entity.text)
    if chairing and chairing.start() >= 2:  # 窦国仁院士|主持: chairing is no post, whatever post stands before it
        return Entity(entity.start, entity.start + chairing.start(), "TITLE", entity.text[: chairing.start()])
    if entity.text.endswith("职务") and POST_BEFORE_VERB.search(entity.text[:-2]):  # jieba reads 部长职务 as one word
        return Entity(entity.start, entity.end - 2, "TITLE", entity.text[:-2])
    spouse = _SPOUSE.search(text, entity.start + 2, entity.end + 1)  # also where the span stops inside it (总书记夫|人)
    if spouse and spouse.start() < entity.end:  # 金正恩委员长|夫人李雪主: the wife holds no post
        end = spouse.start()
        if text[end - 1] in JOINERS_BEFORE_A_NAME and POST_BEFORE_VERB.search(text, entity.start, end - 1):
            end -= 1  # 习近平主席|和|夫人彭丽媛: the joiner before the wife is neither's
        return Entity(entity.start, end, "TITLE", text[entity.start : end])
    nominal = _POST_THEN_SUO.match(text, entity.start, entity.end + 1)
    if nominal and nominal.end("post") < entity.end:  # 李克强总理|所作的报告: 所 + verb is 'what he made'
        return Entity(entity.start, nominal.end("post"), "TITLE", nominal.group("post"))
    # a joiner a post was read on into, where jieba reads it into one word with the name after (主席|和普京总统,
    # 主席|同安瓦尔总理: 和普京, 同安 to jieba): no post ends in one
    if entity.text[-1:] in JOINERS_BEFORE_A_NAME and POST_BEFORE_VERB.search(entity.text[:-1]):
        return Entity(entity.start, entity.end - 1, "TITLE", entity.text[:-1])  # 主席|和普京总统: jieba reads 和普京 as one word
    for cut in range(entity.start + 2, entity.end):
        if not POST_BEFORE_VERB.search(text[entity.start : cut]) or not word_starts_at(text, cut):
            continue
        after = text[cut : word_at(text, cut)[1]]
        if ((is_verb(text[cut : cut + 2]) and text[cut + 2 : cut + 3] not in _AGENT_SUFFIXES)
                or word_tag(after).startswith(("p", "c", "t")) or after in _NOUNS_AFTER_A_POST
                or (word_tag(after).startswith("d") and not _POST_AFTER_AN_ADVERB.search(text, cut, entity.end))
                or (len(after) == 1 and cut + 1 == entity.end and is_verb(after))):  # 副主任|兼 (jieba's verb alone)
            return Entity(entity.start, cut, "TITLE", text[entity.start : cut])
    return entity


#: A village's or neighbourhood's committee left untagged right before a post (大路村|村委会|主任): part of the post; so
#: are a subdistrict's office and a zone's committee written bare after a party post (街道党工委副书记、办事处|主任), and a
#: body's discipline inspection group (纪检组|组长), and a village committee's women's director (村委会委员、妇女|主任).
_UNTAGGED_COMMITTEE_BEFORE = re.compile(r"(?:村委会|居委会|村委|居委|妇联|团委|办事处|管委会|纪检组|纪检监察组|妇女)$")
#: The Party organization (党组织: the word of Zhejiang's village reforms) left untagged right before its secretary's post
#: (村党组织|书记): part of the post, as the tagger reads it after a named village (后岸村|党组织书记); and so a Party
#: body's word after a place's unit, 的, a list's 、, a bureau or a verb of taking the post (村党支部|书记, 许民村的党支部|书记,
#: 当选村党支部|书记, 、党组|副书记: local and CCTV news; the written labels' post covers it 165 times so placed), not after a
#: body's kind, which names the body with it (公司党委|书记, 湖滨商圈联合党委|书记: the written labels' bare 书记, 13 times);
#: a bare 支部 or 总支 only after a village's 村 (村支部|书记; ”支部|书记 is bare in the written labels).
_UNTAGGED_PARTY_ORGANIZATION_BEFORE = re.compile(r"(?:党组织|(?<=[村镇乡区县市州旗道的、局厅选任])(?:党总支部|党支部|党总支|党工委|党委|党组)"
                                                 r"|(?<=村)(?:总支|支部))$")
#: The kind of a working committee left untagged before its post (省委两新|工委书记: the committee for the "two new"
#: kinds of organization, private firms and social organizations), part of the post.
_UNTAGGED_KIND_OF_WORKING_COMMITTEE = re.compile(r"两新$")
#: A post that opens with the committee or office it heads, named by its field (老龄委主任, 政协主席, 总工会主席, 治水办主任).
_POST_OPENING_WITH_ITS_COMMITTEE = re.compile(r"^[\u4e00-\u9fff]{1,4}?(?:委|办|联|会)(?:常务)?副?(?:主任|主席|书记)$")
#: A level left untagged after a joiner right before such a post (副市长、|市|老龄委主任): part of the post.
_UNTAGGED_LEVEL_AFTER_A_JOINER = re.compile(r"(?<=[、，,])[省市县区]$")
#: The first character of a village's or neighbourhood's committee, left untagged before a post that holds the rest.
_UNTAGGED_COMMITTEE_HEAD = re.compile(r"[村居]$")
#: A civil-service rank left untagged before the post it grades (副厅长、一级|巡视员): part of the post.
_UNTAGGED_RANK_BEFORE = re.compile(r"[一二三四]级$")
RANKED_POSTS = ("巡视员", "副巡视员", "调研员", "副调研员", "主任科员", "副主任科员")
#: A supply area (台区) before a manager: State Grid's 台区经理 is the post of one grid area's staff, and 台区 alone is
#: no place (:data:`GENERIC_WORDS`).
_UNTAGGED_AREA_BEFORE = re.compile(r"台区$")


_UNTAGGED_STATE_BEFORE = re.compile(r"国家$")
#: A level's Party committee standing alone before its secretary's or standing member's post (。区委|副书记, 、市委|常委),
#: part of the post; not one ending a place's name left untagged (开化县委|副书记).
_UNTAGGED_LEVEL_COMMITTEE_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])[省市县区]委$")


def _untagged_post_prefix(entity: Entity, text: str) -> re.Match[str] | None:
    """The untagged committee (村委会, 妇联, 团委, a working committee's kind: 两新, a level's Party committee standing
    alone: 。区委|副书记), rank (一级), supply area (台区) or level of the committee a post opens with (、市|老龄委主任)
    right before a post, which belongs to it."""
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
    if entity.text.startswith("工委"):  # the working committee's kind left out (省委两新|工委书记)
        kind = _UNTAGGED_KIND_OF_WORKING_COMMITTEE.search(text, max(0, entity.start - 2), entity.start)
        if kind:
            return kind
    if _POST_OPENING_WITH_ITS_COMMITTEE.match(entity.text):  # the level of the committee left out (、市|老龄委主任)
        level = _UNTAGGED_LEVEL_AFTER_A_JOINER.search(text, max(0, entity.start - 2), entity.start)
        if level:
            return level
    if entity.text.startswith("委会"):  # the committee's first character left out (青湾村村|委会主任)
        return _UNTAGGED_COMMITTEE_HEAD.search(text, max(0, entity.start - 1), entity.start)
    if entity.text in ("书记", "副书记"):  # the Party organization of a village's reforms (村党组织|书记), any Party body's
        organization = _UNTAGGED_PARTY_ORGANIZATION_BEFORE.search(text, max(0, entity.start - 4), entity.start)
        if organization:
            return organization
    if entity.text in ("书记", "副书记", "常务副书记", "常委"):  # a level's committee standing alone (。区委|副书记)
        committee = _UNTAGGED_LEVEL_COMMITTEE_BEFORE.search(text, max(0, entity.start - 2), entity.start)
        if committee:
            return committee
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
    a State Grid manager (台区|经理, also where 台区 was read as a place, alone or on from its station: 供电所台区|经理), a bare 自治区 read as a place before
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
        elif (untagged and untagged.group() == "台区" and result and result[-1].end == untagged.end()
              and result[-1].start < untagged.start()):
            # the station read on into its area: 供电所台区 (LOC)|经理 → 台区经理, the bare station dropped
            station = result.pop()
            if text[station.start : untagged.start()] not in GENERIC_WORDS:
                result.append(Entity(station.start, untagged.start(), station.type, text[station.start : untagged.start()]))
        before = result[-1] if result else None
        if untagged and (before is None or before.end <= untagged.start()):
            entity = Entity(untagged.start(), entity.end, "TITLE", text[untagged.start() : entity.end])
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        bare_region = entity.type == "LOC" and entity.text == "自治区" and after is not None and after.text.startswith(PARTY_ORGANS)
        # a department's kind read as an ORG and its 部 as the post's: 宣传|部长 (from CCTV news)
        department = (entity.type == "ORG" and after is not None and after.text.startswith("部")
                      and bool(BARE_BODY_WORD.match(entity.text + "部")))
        # a level word read alone before a post that opens with its body: 区 (ORG)|政协主席 → 区政协主席
        level_alone = (entity.type in ("ORG", "LOC") and entity.text in LEVELS and after is not None
                       and after.text.startswith(_BODIES_OPENING_A_POST))
        if (((entity.type == "ORG" and BARE_BODY_WORD.match(entity.text)) or bare_region or department or level_alone)
                and after is not None
                and after.type == "TITLE" and after.start == entity.end):
            ordered[index + 1] = Entity(entity.start, after.end, "TITLE", text[entity.start : after.end])
            continue
        ministry = _MINISTRY_BEFORE_ITS_HEAD.match(entity.text) if entity.type == "ORG" else None
        if (ministry and after is not None and after.type == "TITLE" and after.start == entity.end
                and after.text.startswith(("部长", "副部长", "局长", "副局长"))
                and (is_place_name_or_state(ministry.group("place")) or entity.text == ministry.group("kind"))):
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
                                       r"|卫生|农业|经济|能源|交通|外贸|贸易|劳工|工业|环境|文化|民政|公安|水利|林业|审计|统计|税务|气象"
                                       r"|科技|体育|旅游|移民|通信|海洋|渔业|矿业|石油|国土安全)$")  # 哥伦比亚科技|部长 (CCTV news)


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
#: Characters that end a body's name: a tail ending in one names a body of its own (公司|一部, 集团|公司, a bureau's
#: group: 招商局|集团), not part of a post.
#: (Wider than officials.SUB_UNIT_ENDINGS, the endings of an untagged sub-unit between a body and its post.)
_TAIL_BODY_ENDINGS = frozenset("部处科所站队室组办委会院中厅司团")


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
_BARE_LEVEL_BEFORE_ORGAN = re.compile(r"^(?:村|镇|乡|社区|小区|嘎查|苏木)(?=党委|党工委|党总支|党支部|党组织|支部|居委会|居委)")


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


#: Abbreviations that are also a preposition or postposition before a post (以副总统身份: as; 谈话中总理问起: in).
_ALSO_A_FUNCTION_WORD = frozenset("以中")
#: A state's posts its abbreviation stands before; a Chinese leader's are left out (主席, 委员长).
_STATE_POSTS_AFTER_AN_ABBREVIATION = ("副总统", "总统", "副总理", "总理", "首相", "外长", "防长", "国王", "议长",
                                       "外交部长", "国防部长", "王储")
#: Of those, the posts a surname that abbreviates a state (韩, 巴, 蒙) may not stand before as the state: 韩总理 may be
#: a Chinese vice-premier named by his surname (LABELS.md: no person), so only a foreign head's or minister's.
_FOREIGN_ONLY_STATE_POSTS = ("副总统", "总统", "首相", "外长", "防长", "国王")


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
        if character in _ALSO_A_FUNCTION_WORD and at > 0 and is_cjk(text[at - 1]):
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

#: A state's heads and ministers whose holders CCTV news names right after the post (西班牙首相|桑切斯, 法国外长|勒德里昂,
#: 巴林国王|哈马德), which the tagger reads as places.
_STATE_HEADS_AND_MINISTERS = ("首相", "外长", "防长", "国王", "王储", "国务卿", "外交大臣", "国务大臣", "议长")
#: A head's post, maybe with a bare village or community, or 驻村 (resident in the village), before it, anywhere in a
#: clause (林丹担任|党支部书记: :func:`untagged_post_held_by_a_person`), or a national post that names no body
#: (国务委员杨洁篪: CCTV news). Not a local post: 闸站，管理员傅建华 is a role there, as the written labels read it.
_HEADS_POST = re.compile(rf"(?P<bare>驻村|村|社区)?{ORGAN_OR_RANK_BEFORE_A_HEAD}(?:{HEADS})|国务委员")
#: The same written right before its holder's name: 驻村第一书记杨再东, 社区书记伍加木, 村支书吴天来.
_POST_BEFORE_A_NAME = re.compile(rf"(?:{_HEADS_POST.pattern})$")


#: A head's post in quotes right before its holder's name (“第一书记”黄亚祥: CCTV news).
_QUOTED_POST_BEFORE_A_NAME = re.compile(rf"“((?:{_HEADS_POST.pattern}))”$")


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


#: How a committee's name ends (自治区党委, 省纪委监委, 仲裁委): a body, where its posts end otherwise (党委书记, 常委, 政委).
_COMMITTEE_ENDINGS = ("党委", "党工委", "纪委", "监委", "仲裁委")


def committee_read_as_a_post(entities: Sequence[Entity]) -> list[Entity]:
    """Type as a body a committee the tagger read as a post (广西壮族自治区|党委|和政府, 到|省纪委监委|、省委巡视办, 衡水市|仲裁委|原
    党组书记: CCTV news), before the merge joins it to the place before it: no gold TITLE of the corpora ends so, while
    ORG spans do 190 times. Not a piece of a post decoded in pieces, a post right after it (党委 + 书记 is 党委书记)."""
    return [Entity(e.start, e.end, "ORG", e.text)
            if e.type == "TITLE" and e.text.endswith(_COMMITTEE_ENDINGS)
            and not any(other.type == "TITLE" and other.start == e.end for other in entities[at + 1 : at + 2]) else e
            for at, e in enumerate(entities)]


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
#: Posts and roles of two characters that a surname is named by, read whole as the post (胡|秘书: MSRA; LABELS.md's
#: 罗部长): no given name, though 秘书 ends like 战书.
_POSTS_NAMED_BY_A_SURNAME = frozenset({"秘书", "干事", "会计", "经理", "董事", "总裁", "主管", "主编", "编辑", "助理",
                                       "参谋", "政委", "司令", "委员", "厂长", "支书"})


#: Posts whose head's form adds 长, read by the tagger without it (市防指|指挥|长高屹, 副秘书|长): 指挥长, 秘书长, 理事长 …
_POSTS_SHORT_OF_A_HEADS_ZHANG = ("指挥", "秘书", "理事", "董事", "社", "组", "队", "院", "所", "站", "会", "校", "行")


def heads_zhang_given_back_to_a_post(entities: Sequence[Entity]) -> list[Entity]:
    """Give a post the 长 of its head's form that the tagger read into the span right after it: 市防指指挥|长高屹 (LOC)
    → 市防指指挥长 + 高屹 (PER), 副指挥|长 (PER)|王建国 → 副指挥长 + 王建国 (local news of flood season: 高屹 is a rare
    name). Only a post that 长 makes a head's (指挥长, 秘书长, 理事长; not 主任|长…), and a span that is 长 alone or 长
    and a name of two or three characters, the post's holder, a PER (before a place can run it into a body after it:
    高屹|坐镇市防汛防台指挥中心); 长 opens no common surname."""
    result: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, e.end)):
        post = result[-1] if result else None
        if (post is not None and post.type == "TITLE" and post.text.endswith(_POSTS_SHORT_OF_A_HEADS_ZHANG)
                and entity.start == post.end and entity.type in ("PER", "LOC", "ORG") and entity.text.startswith("长")
                and len(entity.text) in (1, 3, 4)):
            result[-1] = Entity(post.start, post.end + 1, "TITLE", post.text + "长")
            if len(entity.text) > 1:
                result.append(Entity(entity.start + 1, entity.end, "PER", entity.text[1:]))  # the post's holder
            continue
        result.append(entity)
    return result


#: A post that opens with a level's party committee (县委书记, 市委副书记, 区委常委).
_POST_OF_A_LEVEL_COMMITTEE = re.compile(r"^([县市区]委)(.{2,})$")


def committee_of_a_place_out_of_its_post(entities: Sequence[Entity]) -> list[Entity]:
    """A place named without its unit right before a post that opens with its level's committee is that committee's
    place: 龙游 (LOC)|县委书记 → 龙游县委 (ORG) + 书记 (a caption of local news, where the same sentence alone is read
    龙游县委 + 书记, as 开化县委 + 书记 is). A place with its unit keeps its reading (涞水县|县委书记)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for entity in ordered:
        place = result[-1] if result else None
        post = _POST_OF_A_LEVEL_COMMITTEE.match(entity.text) if entity.type == "TITLE" else None
        if (post is not None and place is not None and place.type == "LOC" and place.end == entity.start
                and len(place.text) >= 2 and not UNIT_END.search(place.text)):
            committee_end = entity.start + len(post.group(1))
            result[-1] = Entity(place.start, committee_end, "ORG", place.text + post.group(1))
            result.append(Entity(committee_end, entity.end, "TITLE", post.group(2)))
            continue
        result.append(entity)
    return result


def person_read_on_into_a_post(entities: Sequence[Entity]) -> list[Entity]:
    """Part a name the text tags as a person elsewhere from the post the tagger read it into: 栗 (PER) + 战书主持 (TITLE)
    → 栗战书 + 主持, 栗战书委员长 (TITLE) → 栗战书 + 委员长 (CCTV news, where the other mentions read 栗战书). The rest
    stays a post, for the later filters to judge (主持 is none)."""
    names = sorted({e.text for e in entities if e.type == "PER" and len(e.text) >= 2}, key=len, reverse=True)
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for entity in ordered:
        if entity.type != "TITLE":
            result.append(entity)
            continue
        before = result[-1] if result else None
        joined = before is not None and before.type == "PER" and before.end == entity.start
        start = before.start if joined else entity.start
        read = (before.text if joined else "") + entity.text
        name = next((n for n in names if read.startswith(n) and len(read) > len(n) and start + len(n) > entity.start),
                    None)
        if name is None:
            result.append(entity)
            continue
        if joined:
            result.pop()
        result.append(Entity(start, start + len(name), "PER", name))
        result.append(Entity(start + len(name), entity.end, "TITLE", read[len(name):]))
    return result


#: Verbs of chairing or attending a meeting that the tagger reads as a post, or into one, after a name (栗战书|主持会议,
#: 韩正|出席: CCTV news): no post, and what stands before them in a span is the name's (栗|战书主持, 栗战|书主持).
_VERB_READ_AS_A_POST = re.compile(r"(?:主持|出席)$")


def name_end_read_as_a_post_piece(entities: Sequence[Entity]) -> list[Entity]:
    """Give a person the one character the tagger read as a post between the name and the post after it: 栗战 (PER) + 书
    (TITLE) + 委员长 (TITLE) → 栗战书 + 委员长 (CCTV news, where the merge of the two posts made 书委员长). A post of one
    character between a name and a post is no post; no gold TITLE of the corpora has one character. But 总 and 副, which
    open posts and end no names, stay with the post (习|近平|总|书记 → 习近平 + 总书记: CCTV news). So too the one
    character read with chairing as one post after a person of two (栗战 + 书主持 → 栗战书: CCTV news), the verb
    dropped."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    skip = False
    for index, entity in enumerate(ordered):
        if skip:
            skip = False
            continue
        piece = ordered[index + 1] if index + 1 < len(ordered) else None
        chairing = (_VERB_READ_AS_A_POST.fullmatch(piece.text[1:])
                    if piece is not None and piece.type == "TITLE" and piece.start == entity.end else None)
        if (entity.type == "PER" and len(entity.text) == 2 and chairing
                and piece.text[0] not in "总副" and is_cjk(piece.text[0])):
            result.append(Entity(entity.start, piece.start + 1, "PER", entity.text + piece.text[0]))  # 栗战|书主持 → 栗战书
            skip = True
            continue
        post = ordered[index + 2] if index + 2 < len(ordered) else None
        if (entity.type == "PER" and 2 <= len(entity.text) <= 3 and piece is not None and post is not None
                and piece.type == "TITLE" and len(piece.text) == 1 and piece.start == entity.end
                and piece.text not in "总副"
                and post.type == "TITLE" and post.start == piece.end and len(post.text) >= 2):
            result.append(Entity(entity.start, piece.end, "PER", entity.text + piece.text))
            skip = True
            continue
        result.append(entity)
    return result


def given_name_out_of_post(entities: Sequence[Entity]) -> list[Entity]:
    """Give a person read as its surname alone the given name the tagger read as a post right after it:
    栗 (PER) + 战书 (TITLE) → 栗战书, 栗 + 战书委员长 → 栗战书 + 委员长, 长|江 + 小涓 → 江小涓 (CCTV news, where 栗战书
    lost about three mentions in four so: 战书 is a word), and 栗 + 战书主持 → 栗战书, chairing no post (where the name
    stood nowhere else, it was lost with its holder's posts).

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
            chairing = _VERB_READ_AS_A_POST.search(entity.text) if not held else None  # 栗|战书主持: no post after it
            given = entity.text[: (held or chairing).start()] if held or chairing else entity.text
            if (len(given) in ((1, 2) if held or chairing else (2,)) and not POST_BEFORE_VERB.search(given)
                    and not _SPOUSE.search(given)
                    and given[-1] not in _ROLE_ENDINGS_AFTER_A_SURNAME and not set(given) & AFTER_A_SURNAME_ALONE
                    and given not in _POSTS_NAMED_BY_A_SURNAME
                    and all(is_cjk(character) for character in given)):
                cut = entity.start + len(given)
                result[-1] = Entity(surname.start, cut, "PER", surname.text + given)
                if held:
                    result.append(Entity(cut, entity.end, "TITLE", held.group()))
                continue
        result.append(entity)
    return result


#: Local heads the tagger reads into the name after them too (河长金海涛 (PER): a county paragraph); only here, not
#: where a post is read on into the next (首相|顾问: :func:`.common.untagged_post_after_a_body`).
_LOCAL_HEADS_READ_INTO_A_NAME = ("河长", "湖长", "村长", "所长", "站长", "社长", "队长", "组长", "支书")
_POST_READ_INTO_A_NAME = re.compile("|".join(longest_first((*POSTS_READ_INTO_A_NAME, *_LOCAL_HEADS_READ_INTO_A_NAME))))


def post_read_into_person(entity: Entity) -> list[Entity]:
    """Split a person the tagger read with the post before it, and the post's state or province, into the three
    LABELS.md tags: 吉林省长景俊海 → 吉林 (LOC) + 省长 (TITLE) + 景俊海 (PER); 国务卿蒂勒森, 卡塔尔埃米尔塔米姆,
    顾问凯文·哈西特 (CCTV news); a local head's too (河长金海涛: a county paragraph). Also an emir's title read after the
    name: 纳瓦夫埃米尔 → 纳瓦夫 + 埃米尔.

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
        if len(name) < shortest_name or not (place == "" or place in COUNTRIES_AND_PROVINCES or is_place_word(place)):
            continue
        post_start, name_start = entity.start + post.start(), entity.start + post.end()
        pieces = [Entity(entity.start, post_start, "LOC", place)] if place else []
        return [*pieces, Entity(post_start, name_start, "TITLE", post.group()), Entity(name_start, entity.end, "PER", name)]
    return [entity]


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
                and ENDS_LIKE_A_POST.search(entity.text)):
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
    return (head.type in ("LOC", "ORG") and not is_verb(word) and bool(ENDS_LIKE_A_POST.search(word))
            and not word.startswith(LEVELS))


def _post_word_held_by_the_body(holder: Entity, rest: str, word: str) -> bool:
    """Whether the place or body ``holder`` before a post ends in the start of the post's ``word`` and gives it up:
    a word of jieba's that ends like a post or a department (…附属医院病|理科主任 → …医院 + 病理科主任, as the written
    labels read 德清县人民医院 + 眼科主任), not a level's committee (莲都|区委书记, 福州|市委书记: the labels' 莲都区委
    + 书记), and only where ``rest``, what the holder keeps, is a state, province or dictionary place, or ends like a
    unit or a body (德国, 湖北省, …交流中心; not 研究所高级|工程师)."""
    return (holder.type in ("LOC", "ORG") and len(rest) >= 2 and not is_verb(word)
            and (bool(ENDS_LIKE_A_POST.search(word)) or word.endswith("科"))  # a hospital's department: 医院病|理科主任
            and not word.startswith(LEVELS) and (is_place_name_or_state(rest) or ends_like_unit_or_body(rest)))


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
            while start > previous_end and kind.start() - start < 6 and is_cjk(text[start - 1]):
                start -= 1
            opens = start == previous_end or not is_cjk(text[start - 1])
            if opens and _INSTITUTION_NAMED_AFTER.fullmatch(text, start, kind.start()):
                result.append(Entity(start, kind.end(), "ORG", text[start : kind.end()]))
        result.append(entity)
    return result


def envoy_post_off_place(entity: Entity, text: str) -> Entity:
    """Give the post of an envoy back the 大 the place of his posting took: 驻华大|使 → 华 + 大使 (CCTV news, 14 times in
    one list of new ambassadors). Only a place written after 驻 (stationed in) and before 使."""
    if (entity.type == "LOC" and len(entity.text) >= 2 and entity.text.endswith("大") and text.startswith("使", entity.end)
            and entity.start > 0 and text[entity.start - 1] == "驻"):
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    return entity


def cut_rank_level(entity: Entity, text: str) -> Entity:
    """Cut the level word of a civil-service rank off the place it was read into: 贵阳|县处级|领导班子 (县处级, 乡科级:
    county/division and township/section grades; from CCTV news)."""
    if (entity.type == "LOC" and len(entity.text) >= 3 and entity.text[-1] in "县乡"
            and text.startswith(("处级", "科级"), entity.end)):
        return Entity(entity.start, entity.end - 1, "LOC", entity.text[:-1])
    return entity


#: A date in digits read onto the end of a name or post (赵厚麟|2014年当选, 家属聘请的律师|15号对…提出质疑).
_DATE_AT_THE_END = re.compile(r"[0-9０-９]{1,4}[年月日号]$")


def date_off_a_person_or_post(entity: Entity) -> Entity:
    """Cut a date written in digits off the end of a person or post (赵厚麟|2014年, 律师|15号: CCTV news), where a
    name of two characters or more is left; no gold person or post of the corpora ends in one."""
    date = _DATE_AT_THE_END.search(entity.text) if entity.type in ("PER", "TITLE") else None
    if date is None or date.start() < 2 or not is_cjk(entity.text[date.start() - 1]):
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


def verb_cut_off_post(entity: Entity, text: str) -> Entity:
    """Cut 任 (serves as) off a head's post it opens where a word of jieba's starts on it: 谌贻琴|任|组长 (CCTV news;
    the officials read 任 after a name as a verb of holding), and a verb of taking or keeping a post
    (:data:`_VERBS_OF_TAKING_A_POST`: 韩启德|连任|主席)."""
    if (entity.type == "TITLE" and entity.text.startswith("任") and word_starts_at(text, entity.start)
            and _HEADS_POST.fullmatch(entity.text, 1)):
        return Entity(entity.start + 1, entity.end, "TITLE", entity.text[1:])
    verb = next((verb for verb in _VERBS_OF_TAKING_A_POST if entity.text.startswith(verb)), None)
    if entity.type == "TITLE" and verb and _HEADS_POST.fullmatch(entity.text, len(verb)):
        return Entity(entity.start + len(verb), entity.end, "TITLE", entity.text[len(verb):])  # 韩启德|连任|主席
    return entity


#: Verbs of taking, holding or keeping a post that the tagger reads into it (韩启德|连任主席: CCTV news): common's
#: TAKING_A_POST and those of re-election and succession; no gold post of the corpora opens with one.
_VERBS_OF_TAKING_A_POST = (*TAKING_A_POST, "连任", "留任", "当选", "就任", "继任")


def charge_cut_off_post(entity: Entity) -> Entity:
    """Cut the charge off a post that opens with it: 县水利局分管|副局长张营灏, 中央财办分管日常工作的|副主任韩文秀 (local and
    CCTV news): 分管 (in charge of) and what is in charge describe the holder's work, the post is what follows
    (LABELS.md: 党委副书记, 所长). Only where a head's post is left (not 分管日常, dropped as a verb read as a post)."""
    charge = CHARGE_BEFORE_A_POST.match(entity.text) if entity.type == "TITLE" else None
    if charge is None or not _HEADS_POST.fullmatch(entity.text, charge.end()):
        return entity
    return Entity(entity.start + charge.end(), entity.end, "TITLE", entity.text[charge.end():])


#: A party or discipline organ and 原 or 前 (former) left untagged between a place and its post (水口村|党支部原|书记).
_FORMER_PARTY_ORGAN_BEFORE_A_POST = re.compile(rf"(?:{'|'.join(PARTY_ORGANS + DISCIPLINE_ORGANS)})[{''.join(FORMER)}]$")


def former_party_post_made_whole(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Put a party organ and the 原 or 前 of a former post, left untagged between a place or body and the post, into the
    post (江苏省徐州市铜山区张集镇水口村|党支部原|书记郑帅 → 党支部原书记, as the tagger reads 财政局|党组原书记 itself: CCTV
    news of discipline notices), so the official has the place. No gold text of the corpora holds one untagged so.
    So too a discipline organ's after the 、 of an official listed before (财政局党组原书记殷永强、|纪检组原|组长|卢玲 →
    纪检组原组长, whose body the officials then carry over), also where the tagger read the organ alone as a body."""
    body_ends = {e.end for e in entities if e.type in ("LOC", "ORG")}
    listed_after = {e.end + 1 for e in entities if e.type == "PER" and text.startswith("、", e.end)}
    result: list[Entity] = []
    absorbed: set[Entity] = set()
    for entity in entities:
        found = _FORMER_PARTY_ORGAN_BEFORE_A_POST.search(text, max(0, entity.start - 6), entity.start) if entity.type == "TITLE" else None
        if found and (found.start() in body_ends or found.start() in listed_after):
            inside = [e for e in entities if e is not entity and e.start < entity.start and e.end > found.start()]
            if all(e.type == "TITLE" or (e.type == "ORG" and e.text in DISCIPLINE_ORGANS) for e in inside):
                absorbed.update(inside)  # the organ read alone as a post: 仓盈村|党总支 (TITLE)|原|委员
                entity = Entity(found.start(), entity.end, "TITLE", text[found.start() : entity.end])
        result.append(entity)
    return [e for e in result if e not in absorbed]


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
    word of its own jieba reads as no name and counts 100 times or more (习近平主席|洞察|全球形势), or a verb and its
    aspect particle (习近平总书记|来了), or a function word and such a word (总书记|向全国|宗教界人士); and one of three or
    four characters that is a set phrase or an adverb and a count (总书记|齐家治国, 总书记|曾三进|下党乡)."""
    ordered = sorted(entities, key=lambda e: e.start)
    dropped = {index + 2 for index in range(len(ordered) - 2)
               if [e.type for e in ordered[index : index + 3]] == ["PER", "TITLE", "PER"]
               and ordered[index].end == ordered[index + 1].start and ordered[index + 1].end == ordered[index + 2].start
               and ((len(ordered[index + 2].text) == 2 and (last_character_opens_next_word(ordered[index + 2], text)
                                                             or _common_word(ordered[index + 2], text)
                                                             or _verb_and_its_particle(ordered[index + 2], text)))
                    or _function_word_and_a_common_word(ordered[index + 2], text)
                    or _set_phrase_or_adverb_and_a_count(ordered[index + 2], text))}
    return [entity for index, entity in enumerate(ordered) if index not in dropped]


#: Numerals that count the times an adverb opens (曾三进, 曾两次, 曾多次).
_COUNTING_NUMERALS = frozenset("一二三四五六七八九十两多几")


def _set_phrase_or_adverb_and_a_count(entity: Entity, text: str) -> bool:
    """Whether a span of three or four characters is a set phrase jieba reads whole or any word of four it lists
    (习近平总书记|齐家治国|的讲话), or an adverb jieba reads alone and a count after it (习近平总书记|曾三进|下党乡: he
    once visited three times): CCTV news."""
    if len(entity.text) not in (3, 4):
        return False
    if word_at(text, entity.start) == (entity.start, entity.end) and word_tag(entity.text) in ("i", "l"):
        return True
    if (len(entity.text) == 4 and is_known_word(entity.text) and not word_tag(entity.text).startswith("nr")
            and not entity.text.startswith(COMPOUND_SURNAMES)):
        return True  # a word of four characters jieba lists (齐家治国, which it tags a place): no name but a compound surname's
    return (word_at(text, entity.start) == (entity.start, entity.start + 1) and word_tag(entity.text[0]) == "d"
            and entity.text[1] in _COUNTING_NUMERALS)


#: Aspect particles after a verb (来了, 笑着, 来过).
_ASPECT_PARTICLES = frozenset("了着过")


def _verb_and_its_particle(entity: Entity, text: str) -> bool:
    """Whether a two-character span is a verb jieba reads alone and an aspect particle: 习近平总书记|来了 (CCTV news)."""
    return (entity.text[-1] in _ASPECT_PARTICLES and word_at(text, entity.start) == (entity.start, entity.start + 1)
            and word_tag(entity.text[0]) == "v")


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
        if (place.type == "ORG" and not BODY_WORD.search(place.text)) or (place.type == "PER" and held):
            ordered[index] = Entity(place.start, place.end, "LOC", place.text)
    return ordered


#: Posts a congress or conference member is called by right after the name (宁吉喆常委建议, 吕薇委员就…, 张三代表说).
_MEMBER_POSTS_AFTER_A_NAME = ("常委", "委员", "代表")
#: Words of a congress, conference or party that open no name before a member's post (区政协|委员, 农工党|代表).
_CONGRESS_OR_PARTY_WORD = re.compile(r"政协|人大|党|盟")


#: Characters that end no name before a member's post: a level's, a congress's or a rank's (区|常委, 副|委员).
_NO_NAMES_END = frozenset("省市县区州乡镇村党委政协人大盟副总正")


def member_post_after_a_name_read_as_body(entities: Sequence[Entity]) -> list[Entity]:
    """A member's post right after a name read as an ORG is the post: 郑永飞 (PER)|常委 (ORG)|提出 → 常委 (TITLE), and a
    name read into it is the person: 南存辉常委 (ORG)|建议 → 南存辉 + 常委 (CCTV news of the CPPCC's standing committee,
    where members are called by name and post; also read as a person: 解冬|常委 (PER)), and a name's last character
    read into it goes back to the name: 戚建 (PER)|国常委 (ORG) → 戚建国 + 常委, where the name is two characters of a
    common surname before it. The name only of two or three characters after a common one-character surname that
    jieba reads as no word or a name, with no body, congress or party word and no place or city (not 区政协|委员,
    石家庄|代表, 农工党|代表); no gold ORG of the corpora is such a post."""
    ordered = sorted(entities, key=lambda e: e.start)
    result: list[Entity] = []
    for entity in ordered:
        before = result[-1] if result else None
        post = (next((p for p in _MEMBER_POSTS_AFTER_A_NAME if entity.text.endswith(p)), None)
                if entity.type in ("ORG", "PER") else None)  # 解冬 (PER)|常委 (PER), merged as one person
        name = entity.text[: -len(post)] if post else ""
        if post and not name and before is not None and before.type == "PER" and before.end == entity.start:
            entity = Entity(entity.start, entity.end, "TITLE", entity.text)  # 郑永飞|常委
        elif (post and len(name) == 1 and before is not None and before.type == "PER" and before.end == entity.start
              and len(before.text) == 2 and common_single_surname(before.text + name) and name not in _NO_NAMES_END):
            result[-1] = Entity(before.start, entity.start + 1, "PER", before.text + name)  # 戚建|国常委 → 戚建国
            entity = Entity(entity.start + 1, entity.end, "TITLE", post)
        elif (post and 2 <= len(name) <= 3 and common_single_surname(name) and not BODY_WORD.search(name)
              and not _CONGRESS_OR_PARTY_WORD.search(name) and not is_place_or_city(name)
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
    jieba's and nothing jieba tags a body or a noun (党中央: nt), but after an athlete's role a noun too (选手|童心);
    no gold ORG of the corpora stands so."""
    ordered = sorted(entities, key=lambda e: e.start)
    for index in range(1, len(ordered)):
        post, name = ordered[index - 1], ordered[index]
        if (post.type == "TITLE" and name.type == "ORG" and post.end == name.start and 2 <= len(name.text) <= 3
                and common_single_surname(name.text) and not BODY_WORD.search(name.text)
                and not is_place_word(name.text) and (_no_common_noun(name.text) or post.text in _ATHLETE_ROLES)):
            ordered[index] = Entity(name.start, name.end, "PER", name.text)
    return ordered


#: Athletes' roles, read as posts, which a name after them holds even where the name is a common noun too
#: (中国选手|童心 (ORG)|夺得: CCTV news; 童心 is childlike heart to jieba).
_ATHLETE_ROLES = frozenset({"选手", "运动员", "队员", "球员", "棋手", "小将", "名将"})


#: A head's post that a name right after it holds (市长|黄兴国, 国防部长|绍伊古, 村党支部书记|张东堂, a governor's:
#: 华盛顿州州长|英斯利, 自治州州长; a commander's: 美军欧洲司令部司令|卡沃利; a headquarters' or secretariat's head:
#: 市防指指挥长|高屹, local news).
_HEAD_POST_BEFORE_A_HOLDER = re.compile(rf"(?:{HEADS}|指挥长|秘书长|理事长|总理|总统|省长|州长|总督|司令|司令员|委员|{'|'.join(ENVOY_POSTS)}|{'|'.join(_STATE_HEADS_AND_MINISTERS)})$")


#: Verbs of chairing, attending or speaking that follow a leader's post and name (委员长主持会议, 栗战书主持会议).
_CHAIRING_OR_SPEAKING = "(?:主持|出席|指出|强调|表示)"
#: A leader's name left untagged at a clause's start before his post and a verb of chairing or speaking
#: (。|栗战书|委员长主持会议: CCTV news leaves 栗战书 untagged throughout).
_UNTAGGED_LEADER_BEFORE_HIS_POST = re.compile(
    rf"(?:^|(?<=[。，；：\n]))(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?:{'|'.join(LEADERS_POSTS_LONGEST_FIRST)})"
    + _CHAIRING_OR_SPEAKING)
#: The same name after the post, the post maybe untagged too (主席团常务主席|栗战书|主持会议, 全国人大常委会委员长|栗战书|主持会议).
_UNTAGGED_LEADER_AFTER_HIS_POST = re.compile(
    rf"(?P<post>常务主席|{'|'.join(LEADERS_POSTS_LONGEST_FIRST)})(?P<name>[\u4e00-\u9fff]{{3}})" + _CHAIRING_OR_SPEAKING)


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


def holder_read_as_place_after_his_surname(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A name of two characters read as a place right after a head's post and a surname left untagged, up to a list's
    or clause's mark, is the holder's name with the surname (村委会主任|向|长江|、云南省…: CCTV news, where the tagger
    reads the surname 向 as the preposition); a place the clause goes on from is left (书记向|长江|沿线群众问好)."""
    ordered = sorted(entities, key=lambda e: e.start)
    result = []
    for name in ordered:
        surname = name.start - 1
        if (name.type == "LOC" and len(name.text) == 2 and surname > 0 and text[surname] in SURNAMES
                and text[name.end : name.end + 1] in ("、", "，", "。", "；", "：")
                and any(e.type == "TITLE" and e.end == surname and _HEAD_POST_BEFORE_A_HOLDER.search(e.text) for e in ordered)):
            name = Entity(surname, name.end, "PER", text[surname : name.end])
        result.append(name)
    return result


#: Roles and residents' words that stand right before a person's name (内蒙古驻村干部|解良: CCTV news of village work,
#: where the tagger read the name as a place at most mentions and left this one untagged).
_PERSON_WORD_BEFORE_A_NAME = re.compile(rf"(?:干部|志愿者|老师|教师|医生|护士|民警|{'|'.join(RESIDENT_WORDS)})$")


def _named_after_a_role_somewhere(name: Entity, text: str) -> bool:
    """Whether a place of two or three characters that jieba knows as no word, with no feature's character (湖, 江, 山
    …), stands somewhere in the text, tagged or not, right after a role or a resident's word and before a mark
    (内蒙古驻村干部|解良|。 beside 解良 (LOC)|经过走访…): a person's name."""
    if not 2 <= len(name.text) <= 3 or set(name.text) & set(PLACE_FEATURE_CHARACTERS) or word_frequency(name.text):
        return False
    return any(_PERSON_WORD_BEFORE_A_NAME.search(text, max(0, m.start() - 8), m.start())
               and text[m.end() : m.end() + 1] in CLAUSE_AND_LIST_MARKS for m in re.finditer(re.escape(name.text), text))


def holder_read_as_place(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A name right after a post read as a place is the post's holder, and so is every mention of it in the text:
    天津市原市委代理书记、市长|黄兴国 (LOC), 国防部长|绍伊古, 贡嘎县县长|次仁, 四龙庙村党支部书记|张东堂 (CCTV news:
    jieba tags some names places, 黄兴国 ns; an envoy's: 驻伊朗大使|郁红阳; a state's head's or minister's:
    西班牙首相|桑切斯, 法国外长|勒德里昂). Only two to four characters that end like no
    unit (or a transliteration of up to six: 大使|科迪图瓦库), right after a head's or envoy's post that ends a word
    (tagged or not) and that no person before it holds (习近平总书记|兰考讲话: his post; 代表 is no head: 代表|斯里兰卡, a
    verb), and not a place jieba counts often (长三角, 加蓬: 50 or more; a name it counts often is one: 大使|托马斯; and
    so is one after a president's or prime minister's post that is no country or province and that jieba counts less
    than 500 times: 俄罗斯总统|普京; not 俄罗斯总统|中东问题特使). So too a name of two or three characters with no
    feature's character (湖, 江, 山 …) that the text writes somewhere right after a role or a resident's word before a
    mark (驻村干部|解良|。), though the tagger left that mention untagged."""
    ordered = sorted(entities, key=lambda e: e.start)
    holders: set[str] = set()
    for index, name in enumerate(ordered):
        transliterated = len(name.text) <= 6 and set(name.text) <= TRANSLITERATION_CHARS  # 大使|科迪图瓦库
        if name.type != "LOC" or not (2 <= len(name.text) <= 4 or transliterated) or UNIT_END.search(name.text):
            continue
        if _holds_a_post_after_it(name, text):
            holders.add(name.text)  # 岳建河|是兰考县葡萄架乡党委书记
            continue
        post = _HEAD_POST_BEFORE_A_HOLDER.search(text, max(0, name.start - 8), name.start)
        if post is None and _named_after_a_role_somewhere(name, text):
            holders.add(name.text)  # 内蒙古驻村干部|解良|。… 当|解良 (LOC)|来驻村扶贫时
            continue
        common_place = (is_noun_word(name.text) and word_frequency(name.text) >= 50
                        and not word_tag(name.text).startswith("nr"))  # 长三角, 加蓬; not the name 托马斯
        if common_place and post is not None and post.group().endswith(_HEADS_OF_STATE_OR_GOVERNMENT):
            # 俄罗斯总统|普京: jieba's place is a leader's name; not a region it counts as often as a city (总统|中东问题特使)
            common_place = name.text in COUNTRIES_AND_PROVINCES or word_frequency(name.text) >= OFTEN_COUNTED_CITY
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
                or name.text in COUNTRIES_AND_PROVINCES
                or name.text.removesuffix("国") in COUNTRIES_AND_PROVINCES  # 就任|科威特国|首相: a state's name
                or UNIT_END.search(name.text) or BODY_WORD.search(name.text)
                or not (transliterated or word_tag(name.text).startswith("nr")
                        or (name.type == "LOC" and word_tag(name.text) == "ns" and not set(name.text) <= PLACE_ABBREVIATIONS))):
            continue
        post = next((post for post in LEADERS_POSTS_LONGEST_FIRST if text.startswith(post, name.end)), None)
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
_IS_A_HEAD_LATER = re.compile(rf"是[^，。；！？\n]{{0,24}}?(?:{HEADS})(?=[，。；！？\n]|$)")


def _holds_a_post_after_it(name: Entity, text: str) -> bool:
    """Whether a three-character place of a common surname, no unit ending and no place word of jieba's stands before
    是 and a head's post that ends its clause: a person (黄明山是吉潭镇镇长, 岳建河是…乡党委书记: CCTV news)."""
    return (len(name.text) == 3 and common_single_surname(name.text) and not UNIT_END.search(name.text)
            and not is_place_word(name.text) and _IS_A_HEAD_LATER.match(text, name.end) is not None)


def committee_joined_across_he(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A committee whose name joins two fields with 和, read as two ORGs, is one: 全国人大宪法|和|法律委员会, 民族|和|宗教委员会,
    监察|和|司法委员会 (CCTV news). Only where the first ends like no name and the second is a 委员会: no gold pair of
    ORGs around a 和 in the corpora is such (央行和公安部, 新闻出版署和国家版权局 stay two)."""
    def join_end(first: Entity, entity: Entity) -> int | None:
        return (entity.end if first.type == "ORG" and entity.type == "ORG" and text[first.end : entity.start] == "和"
                and entity.text.endswith("委员会") and not ends_like_a_name(first.text) else None)
    return joined_to_the_span_before(entities, text, join_end)


#: A committee's chair post with the committee's short name read into it: 宪法法律委|副主任委员, 教科文卫委|副主任委员.
_COMMITTEE_IN_CHAIR_POST = re.compile(r"^(?P<body>[\u4e00-\u9fff]*委(?:员会)?)(?P<post>副?主任委员)$")
#: How far back a committee's short name may run before the piece the tagger put into the post (宪法法|律委).
_COMMITTEE_NAME_LENGTH = 8


#: A congress's presidium read into the post of its standing or executive chairman (主席团|常务主席).
_PRESIDIUM_IN_A_POST = re.compile(r"^(?P<body>主席团)(?P<post>(?:常务|执行)主席)$")


def presidium_out_of_its_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give the presidium the tagger read into its chairman's post back to the body: 大会|主席团常务主席|李干杰 → 大会主席团
    (ORG) + 常务主席 (CCTV news of the NPC's sessions, where the same sentence is read 大会主席团 + 常务主席 elsewhere; MSRA
    tags 官庄畲族乡人大主席团 one ORG). The body takes an untagged 大会 right before it, or joins the body it touches."""

    def with_its_congress(entity: Entity, previous_end: int) -> int:
        congress = text.endswith("大会", 0, entity.start) and previous_end <= entity.start - 2
        return entity.start - 2 if congress else entity.start

    return _bodies_out_of_posts(entities, _PRESIDIUM_IN_A_POST, with_its_congress, text)


def committee_out_of_chair_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give the committee the tagger read into its chair's post back to the body (LABELS.md: the body before a post
    is its own span): 全国人大宪法|法律委副主任委员|江必新 → 全国人大宪法法律委 (ORG) + 副主任委员, 教科文卫委副主任委员|刘谦 →
    教科文卫委 + 副主任委员 (CCTV news: the special committees of the NPC, 25 posts on the probes). The body also takes
    the rest of the word of jieba's the piece opens inside (宪法法|律委: 法律), then the untagged words before it that
    may name a field (:func:`_names_a_field`; up to a span, a mark, eight characters or a word such as 听取了), and
    joins the ORG it then touches (全国人大|宪法法|律委主任委员 → 全国人大宪法法律委); also where only the 委 went into
    the post (农业农村|委主任委员|杜家毫 → 农业农村委: CCTV news). Only 主任委员, the title of a committee's chair (a
    bureau's 主任 stays as the post reads it)."""

    def with_its_field(entity: Entity, previous_end: int) -> int:
        start = entity.start
        word_start = word_at(text, start)[0]
        if previous_end <= word_start < start:
            start = word_start  # 宪法法|律委: the word 法律 runs in
        while start > previous_end and start > entity.start - _COMMITTEE_NAME_LENGTH:
            word_start, word_end = word_at(text, start - 1)
            word = text[word_start:word_end]
            if word_end != start or word_start < previous_end or not all(map(is_cjk, word)) or not _names_a_field(word):
                break
            start = word_start
        return start

    return _bodies_out_of_posts(entities, _COMMITTEE_IN_CHAIR_POST, with_its_field, text)


def _bodies_out_of_posts(entities: Sequence[Entity], pattern: re.Pattern[str],
                         body_start: Callable[[Entity, int], int], text: str) -> list[Entity]:
    """``entities`` with each post that ``pattern`` reads as a body and a post (its groups ``body`` and ``post``) cut
    in two: the body from where ``body_start`` says it starts (given the post and where the span before it ends),
    joined to the ORG it then touches, and the post."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    result: list[Entity] = []
    for entity in ordered:
        read = pattern.match(entity.text) if entity.type == "TITLE" else None
        if read is None:
            result.append(entity)
            continue
        cut = entity.start + read.end("body")
        start = body_start(entity, result[-1].end if result else 0)
        if cut - start < 2:
            result.append(entity)  # a lone 委 with no field before it names no body
            continue
        if result and result[-1].type == "ORG" and result[-1].end == start:
            start = result.pop().start
        result += [Entity(start, cut, "ORG", text[start:cut]), Entity(cut, entity.end, "TITLE", read.group("post"))]
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
                and 0 < entity.start - first.end <= 4 and nouns_only(text, first.end, entity.start)):
            result[-1] = Entity(first.start, entity.end, "TITLE", text[first.start : entity.end])
        elif (first is not None and first.type == "LOC" and entity.type == "TITLE" and entity.end in person_starts
              and (leader := _LEADERS_POST_OPENING.match(text, first.end, entity.start)) is not None
              and 0 < entity.start - leader.end() <= 4 and nouns_only(text, leader.end(), entity.start)):
            # the first piece left untagged after the state: 俄|总统新闻|秘书|佩斯科夫 → 俄 + 总统新闻秘书
            result.append(Entity(first.end, entity.end, "TITLE", text[first.end : entity.end]))
        else:
            result.append(entity)
    return result


#: A head of state's or government's post whose office's posts open with it (总统新闻秘书, 总理办公室主任).
_LEADERS_POST_OPENING = re.compile(r"总统|总理|首相")


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
        post = next((p for p in LEADERS_POSTS_LONGEST_FIRST if entity.text.startswith(p)), None) if entity.type == "TITLE" else None
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
        found = in_place_of(found, inside, Entity(post_start, name_start, "TITLE", director.group(1)),
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
            or (len(person.text) == 2 and last in SURNAMES and bool(POST_BEFORE_VERB.search(rest))
                and (word_starts_at(text, post.end - 1) or is_known_word(rest)))
            or (last in TRANSLITERATION_CHARS and not POST_BEFORE_VERB.search(post.text)
                and (bool(POST_BEFORE_VERB.search(rest)) or rest.endswith(("发言人", "秘书")))
                and ("·" in person.text or set(person.text) <= TRANSLITERATION_CHARS)))


#: The fields of ministers named …相 in Japan and North Korea (外务相, 防卫相: CCTV news reads them so), before whose 相
#: the tagger may stop the post (防卫|相森本敏, 外务|相李勇浩).
_MINISTRIES_OF_A_XIANG = ("外务", "防卫", "财务", "法务", "总务", "经济产业", "国土交通", "农林水产", "厚生劳动", "文部科学")
#: A post that stops before the 长 of its head (副所|长, 局|长): the unit a head's post names.
_HEAD_OF_A_UNIT_PIECE = re.compile(r"(?:^|副)[所局科站处院校队组部厅馆行社村镇乡县市省]$")


def place_and_post_out_of_a_person(entities: Sequence[Entity]) -> list[Entity]:
    """Split a state or city and its post out of the person read across them: 阿布扎比王储穆罕默德 (PER) → 阿布扎比 (LOC) +
    王储 (TITLE) + 穆罕默德 (PER) (CCTV news: the tagger read all three as names and they were joined). The place is a
    country, a province, a foreign city (:data:`FOREIGN_CITIES`) or a name the text tags a place, the post one of
    :data:`STATE_POSTS`, and two characters or more are left for the name; no gold person of the corpora opens so."""
    places = COUNTRIES_AND_PROVINCES | FOREIGN_CITIES | {e.text for e in entities if e.type == "LOC"}
    result: list[Entity] = []
    for entity in entities:
        place = next((p for p in places if entity.text.startswith(p)), None) if entity.type == "PER" else None
        post = next((p for p in STATE_POSTS_LONGEST_FIRST if entity.text.startswith(p, len(place))), None) if place else None
        if post is None or len(entity.text) - len(place) - len(post) < 2:
            result.append(entity)
            continue
        at, name_at = entity.start + len(place), entity.start + len(place) + len(post)
        result += [Entity(entity.start, at, "LOC", place), Entity(at, name_at, "TITLE", post),
                   Entity(name_at, entity.end, "PER", entity.text[len(place) + len(post) :])]
    return result


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


#: Two-character endings of bodies whose second character a post may take (广场路小|学校长).
_BODY_ENDINGS_SPLIT_BY_A_POST = frozenset({"小学", "中学", "大学", "学院", "医院", "学校", "公司", "集团", "国会", "协会",
                                           "学会", "商会", "委会"})  # also 新加坡国|会议长, 民建浙江省委|会主委
#: A post read with the 办 of the office it heads (社会事务|办主任, 扶贫|办副主任): CLUENER and the written labels end
#: such offices at 办 (治水办, 住房保障办|副主任).
_OFFICE_OPENING_A_POST = re.compile(r"^办(?=(?:常务)?副?主任$)")
#: A post read with the ending of the sub-unit it heads (科|主任, 室|主任, 部|经理).
_SUB_UNIT_OPENING_A_POST = re.compile(r"^[科室部](?=副?(?:主任|经理)$)")


def return_doubled_post_character(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Give the body back the character a post took from it: 能源科|科长, not 能源|科科长; and the post the one a body
    took from it (民兵应急连|连长, not 民兵应急连连|长).

    No post begins with a doubled character, so in 科科长, 局局长, 所所长 the
    first one ends the body before the post, and so does the body's character before its deputy's or former head's
    post (杨湖海事|所原副所长 → 杨湖海事所 + 原副所长). It moves to the ORG or LOC that
    touches the post, or is dropped from the post when none does. The body
    also takes a sub-unit the tagger left untagged between it and the post
    (市场监督管理局|登记注册|科科长 → …管理局登记注册科 + 科长), as the written
    labels mostly do (27 of 32 such sub-units in the train and dev splits
    are inside the ORG): at most :data:`MAX_SUB_UNIT_CHARS` characters, no punctuation. So does a
    sub-unit whose ending the post took (北京儿童医院|超声|科主任 → 北京儿童医院超声科 + 主任, from CCTV news), and
    a body the last character of its ending (广场路小|学校长 → 广场路小学 + 校长, written dev), and an office its 办
    (石碶街道社会事务|办主任 → 石碶街道社会事务办 + 主任: CLUENER ends such offices at 办).
    A place that took the bare level word opening the post (上罗镇镇|党委书记) gives it up; it stays untagged, as
    the written labels leave a bare 村 or 镇 before a party organ, but goes into a head's post of another kind
    (邹城韩庄村村|主任 → 邹城韩庄村 + 村主任: CCTV news; as the written labels' 村委会主任 and 镇长).
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
                and len(before.text) >= 3 and before.text[-1] == before.text[-2] and before.text[-1] in "村镇乡县区市"):
            # a post's bare level read into the place before it: 上罗镇镇|党委书记 → 上罗镇 + 党委书记; the level goes
            # into a head's post that is not a party organ's (邹城韩庄村村|主任 → 邹城韩庄村 + 村主任, as 村委会主任, 镇长);
            # a village's only there and where the text names no village so elsewhere (合村村|党委书记: 合村村 is one)
            into_post = not entity.text.startswith(("党", "支部", "总支"))
            if before.text[-1] in "镇乡" and len(_LAST_PLACE_NAME.search(before.text[:-2]).group()) == 1:
                continue  # a town named with one character and its unit, in full: 湖镇|镇 (湖镇镇, 龙游县)
            if before.text[-1] != "村" or (into_post and text.count(before.text) == text.count(before.text + entity.text)):
                fixed[index - 1] = Entity(before.start, before.end - 1, "LOC", before.text[:-1])
                if into_post:
                    fixed[index] = Entity(before.end - 1, entity.end, "TITLE", text[before.end - 1 : entity.end])
            continue
        if (entity.type == "TITLE" and entity.text == "长" and before is not None and before.type in ("ORG", "LOC")
                and before.end == entity.start and len(before.text) >= 4 and before.text[-1] == before.text[-2]):
            # the other way round: 民兵应急连连|长 → 民兵应急连 + 连长
            fixed[index - 1] = Entity(before.start, before.end - 1, before.type, before.text[:-1])
            fixed[index] = Entity(before.end - 1, entity.end, "TITLE", text[before.end - 1 : entity.end])
            continue
        if entity.type != "TITLE" or entity.end - entity.start < 3 or not (
                text[entity.start] == text[entity.start + 1] or _BODY_CHARACTER_BEFORE_ITS_DEPUTY.match(entity.text)):
            continue
        cut = entity.start + 1
        fixed[index] = Entity(cut, entity.end, "TITLE", text[cut : entity.end])
        if before is not None and before.type in ("ORG", "LOC") and _sub_unit_between(text, before.end, entity.start):
            fixed[index - 1] = Entity(before.start, cut, "ORG" if before.end < entity.start else before.type,
                                      text[before.start : cut])
    return fixed


#: The last name of a chain of places before its unit (龙游县|湖 of 龙游县湖镇镇): a town whose name is one character and
#: 镇 (湖镇, 壶镇) is named with the unit again (湖镇镇), as Chinese place names take two characters or more.
_LAST_PLACE_NAME = re.compile(r"[^省市县区州旗盟]*$")


#: A body's last character read into the post of its deputy or former head that ends with it (杨湖海事|所原副所长 →
#: 杨湖海事所 + 原副所长, 局副局长: CCTV news), as a doubled character (所所长) is.
_BODY_CHARACTER_BEFORE_ITS_DEPUTY = re.compile(r"^(?P<body>[所局站科处队院厂])(?:原|前)?副?(?P=body)长$")


def _sub_unit_between(text: str, body_end: int, post_start: int) -> bool:
    """Whether only an untagged sub-unit name (CJK, at most :data:`MAX_SUB_UNIT_CHARS`) stands between body and post."""
    gap = text[body_end:post_start]
    return len(gap) <= MAX_SUB_UNIT_CHARS and all(is_cjk(ch) for ch in gap)


def _without_former(name: str) -> str:
    """``name`` without the 原 or 前 (former) of a former post at its end (四川省政协|原, 国家能源局|原)."""
    return name[:-1] if name.endswith(FORMER) else name


#: Endings of a federation, a government and a political consultative conference, bodies as much as those of
#: ORG_ENDINGS (全国工商联, 青海省政府, 四川省政协): their party organ is in the post after them.
_FEDERATION_OR_GOVERNMENT = ("联", "政府", "政协")


def _organ_after_a_body(name: str) -> str:
    """The party organ ``name`` ends with after a body that ends like an organization, a federation, a government or a
    political consultative conference, maybe with 原 or 前 (former) between (交通运输部|党组, 全国工商联|党组, 四川省政协|原|党组,
    青海省政府|原|党组: from CCTV news), or ""."""
    organ = next((o for o in PARTY_ORGANS if name.endswith(o)), "")
    body = _without_former(name[: len(name) - len(organ)])
    return organ if organ and len(body) >= 2 and (ORG_ENDINGS.search(body) or body.endswith(_FEDERATION_OR_GOVERNMENT)) else ""


#: A name of two or three characters and a party organ (牛庄党委): a place's organ where the text names the place
#: elsewhere, with its unit or without (牛庄乡, 牛庄).
_PLACE_NAMED_ELSEWHERE_AND_ORGAN = re.compile(rf"^(?P<place>[\u4e00-\u9fff]{{2,3}})(?P<organ>{PLACE_ORGANS})$")


def party_organ_into_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Move a place's party organ from an ORG into the post after it (LABELS.md: 义亭镇 + 党委书记), with a former
    post's 原 between them (贵州省赫章县海雀村党支部|原|书记 → 贵州省赫章县海雀村 + 党支部原书记, CCTV news).

    Party-body words that are part of the post stay in the TITLE, and the
    body before a post is its own span; a place plus 党委 is no named
    organization of its own. A named body's organ (天河区社会组织党委) is kept,
    and one the tagger put into the post is given back to it: where the ORG
    before the post does not end like an organization (天河区社会组织, 湖滨商圈联合,
    快递行业), the organ is the organization itself (天河区社会组织党委 +
    副书记), as the written labels have it (9 of 9 such cases in the train
    and dev splits; after 公司, 局, 学校 the organ is in the post, 14 of 14, and so after a plant's 厂 (北仑电厂 +
    党委书记), a mine's 矿 (芦岭煤矿 + 党委书记: gov.cn) and a federation's 联 (重庆市忠县工商联 + 党组书记, CCTV news,
    where the tagger cut 党|组书记; MSRA and CLUENER tag 全国妇联党组 and 江苏省文联党组 before 书记, LABELS.md puts the organ in the post), and it goes there where the tagger read
    it into such a body before 书记: 交通运输部党组|书记 → 交通运输部 + 党组书记, or before a member's 委员 or 成员:
    临海市民政局党委|委员 → 临海市民政局 + 党委委员, as the written labels tag 衢山镇 + 党委委员). A place named without
    its unit counts where the text names it elsewhere (牛庄党委|书记 … 牛庄乡: CCTV news).
    """
    ordered = _rejoin_split_organs(sorted(entities, key=lambda e: e.start), text)
    # places the text names elsewhere, whose organ may follow them without their unit (牛庄党委|书记 … 牛庄乡)
    places = place_names_and_short_names(ordered, ("乡", "镇", "村"))
    result: list[Entity] = []
    for index, entity in enumerate(ordered):
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        parts = PLACE_PARTY_ORGAN.match(entity.text) if entity.type == "ORG" else None
        if parts is None and entity.type == "ORG":
            named = _PLACE_NAMED_ELSEWHERE_AND_ORGAN.match(entity.text)
            parts = named if named and named.group("place") in places else None
        touching_post = after is not None and after.type == "TITLE" and after.start == entity.end
        organ = next((o for o in PARTY_ORGANS if after is not None and after.text.startswith(o)), None)
        # 海雀村党支部|原|书记: a former post's 原 between the place's organ and the post goes into the post with the organ
        former_between = (after is not None and after.type == "TITLE" and after.start == entity.end + 1
                          and text[entity.end] in FORMER)
        if parts and (touching_post or former_between):
            cut = entity.start + parts.end("place")
            result.append(Entity(entity.start, cut, "LOC", text[entity.start : cut]))
            ordered[index + 1] = Entity(cut, after.end, "TITLE", text[cut : after.end])
        elif entity.type == "ORG" and touching_post and organ and entity.text in places:
            # a place the text names elsewhere read as a body before its organ's post (牛庄 (ORG)|党委书记 … 牛庄乡): the place
            result.append(Entity(entity.start, entity.end, "LOC", entity.text))
        elif (entity.type == "ORG" and touching_post and organ and len(after.text) > len(organ)
              and not ORG_ENDINGS.search(entity.text) and not entity.text.endswith(("机关", "厂", "矿", *_FEDERATION_OR_GOVERNMENT))
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


#: 原 or 前 (former) read into the body before a post, maybe with the party organ the post opens with (交通运输局原党组|书记).
_FORMER_AT_BODY_END = re.compile(rf"[{''.join(FORMER)}](?P<organ>{'|'.join(PARTY_ORGANS)})?$")


#: 原 or 前 (former) opening a post read with it (原书记, 前总统), and what the rest may end in besides
#: :data:`ENDS_LIKE_A_POST` (原常委, 前首相, 前高级顾问, 前首席执行官, 原总编辑); not 原告 or 前锋, which are words, nor 前任
#: (the officials read no body across it: 塞尔维亚政府|前任总理).
_FORMER_OPENING_A_POST = re.compile(r"^[原前](?![告料锋卫线腰台方任])")
_OTHER_POST_ENDINGS = ("委", "相", "问", "官", "辑", "事")


def former_off_a_post(entity: Entity) -> Entity:
    """Cut 原 or 前 (former) off the start of a post: 原党组副书记 → 党组副书记, 前总统 → 总统 (CCTV news). Former
    qualifies the post, as where the tagger leaves it out (三乡镇|原|党委书记: :func:`former_out_of_body`), and the
    officials read across it (:data:`officials.FORMER`); CLUENER leaves it out of all 13 of its posts after one
    (原|董事长, 前|主席) and the written labels tag no post that opens with it. Inside a post it stays (党支部原书记)."""
    former = _FORMER_OPENING_A_POST.match(entity.text) if entity.type == "TITLE" else None
    rest = entity.text[former.end() :] if former else ""
    if len(rest) < 2 or not (ENDS_LIKE_A_POST.search(rest) or rest.endswith(_OTHER_POST_ENDINGS)):
        return entity
    return Entity(entity.start + former.end(), entity.end, "TITLE", rest)


def former_out_of_body(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut 原 or 前 (former) off the body before a post: 三乡镇原党委|书记 → 三乡镇 + 党委书记, 志仲镇原|书记 → 志仲镇 +
    书记, 阿富汗前|总统 → 阿富汗 + 总统; also before a post left untagged there (发展改革委原|党组成员、: CCTV news).

    原 says the post was held before; it is no part of the body's name, and
    the officials keep the body across it (:mod:`officials`). A party organ
    after it opens the post, as after any place (from CCTV news). What is left is typed as a body or place read alone
    would be (大连海关原 (LOC) → 大连海关, a customs office: :func:`institution_as_organization`).
    """
    ordered = sorted(entities, key=lambda e: e.start)
    for index in range(len(ordered)):
        body = ordered[index]
        post = ordered[index + 1] if index + 1 < len(ordered) else None
        former = _FORMER_AT_BODY_END.search(body.text) if body.type in ("ORG", "LOC") else None
        post_after = (post is not None and post.type == "TITLE" and body.end == post.start) or (
            former is not None and not former.group("organ") and POST_AFTER_A_BODY.match(text, body.end) is not None)
        if not former or not post_after or former.start() < 2:
            continue
        cut = body.start + former.start()
        left = Entity(body.start, cut, body.type, text[body.start : cut])
        ordered[index] = institution_as_organization(bare_place_as_place(left))
        if former.group("organ") and post is not None:
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
    if held and held.start() >= 2 and common_single_surname(held.group("holder")):
        cut = entity.start + held.start("holder")
        body_and_post = Entity(entity.start, cut, "ORG", entity.text[: held.start("holder")])
        holder = Entity(cut, entity.end, "PER", held.group("holder"))
        state = entity.text[: held.start()]
        if state in COUNTRIES_AND_PROVINCES:  # 匈牙利|总理|欧尔班
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
    place = bool(post) and not ORG_ENDINGS.search(body) and bool(UNIT_END.search(body))  # …古灶村|党委书记
    if not post or not (ORG_ENDINGS.search(body) or body.endswith(CONGRESS_OR_PARTY_ENDINGS) or place):
        return [entity]
    cut = entity.start + post.start()
    return [Entity(entity.start, entity.start + len(body), "LOC" if place else "ORG", body),
            Entity(cut, entity.end, "TITLE", post.group())]


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


#: Kinds of body a post may be read with where the text names the body by its kind alone (该中心主任, 。公司总经理).
_BARE_KINDS_BEFORE_A_POST = ("中心", "公司", "集团", "医院", "学校")


def bare_kind_off_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A post read with a body named by its kind alone, where no span ends right before it and no name's character
    stands there, loses the kind (辅导。中心|主任屠海峰 → 主任, 该中心|主任: written dev). The written labels tag the post
    alone there (该中心主任蔡文静 → 主任), and the officials' rules point it back to the body named before; no gold
    TITLE of the corpora opens with such a kind, and a body's department with its name stays (客户服务中心主任)."""
    ends = {e.end for e in entities}
    result: list[Entity] = []
    for entity in entities:
        kind = next((k for k in _BARE_KINDS_BEFORE_A_POST if entity.text.startswith(k)), None) if entity.type == "TITLE" else None
        before = text[entity.start - 1 : entity.start]
        if kind and len(entity.text) > len(kind) and entity.start not in ends and (not is_cjk(before) or before in "该本"):
            entity = Entity(entity.start + len(kind), entity.end, "TITLE", entity.text[len(kind) :])
        result.append(entity)
    return result


def posts_side_by_side_joined(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Join two posts with nothing between them into one (联合国|秘书长|发言人 → 秘书长发言人, 土耳其|总统|发言人,
    总统|特使: an aide's post of the office before it, which the late rules tag after the first merge), as the scorers'
    merge does (LABELS.md §2), so the official is the aide, not the holder of the office he serves; spans of the other
    types stay as the rules left them."""
    posts = merge_adjacent([entity for entity in entities if entity.type == "TITLE"], text)
    return sorted([entity for entity in entities if entity.type != "TITLE"] + posts, key=lambda e: e.start)



#: The democratic parties by their short names (MSRA tags 台盟 an ORG), which a member speaks for at a CPPCC session.
DEMOCRATIC_PARTIES = ("民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "台盟")
#: The central committee of a party, written right after its short name (民盟中央).
_CENTRAL_COMMITTEE = "中央"


def democratic_party_read_as_a_person(entities: Sequence[Entity], text: str) -> list[Entity]:
    """A democratic party's short name read as a person is the party, with its 中央 where that follows as 民盟中央 is
    read: 连介德常委代表|台盟 (PER)|中央发言说 → 台盟中央 (ORG) (CCTV news of a CPPCC standing committee session)."""
    starts = {entity.start for entity in entities}
    result = []
    for entity in entities:
        if entity.type == "PER" and entity.text in DEMOCRATIC_PARTIES:
            end = entity.end + len(_CENTRAL_COMMITTEE)
            central = text.startswith(_CENTRAL_COMMITTEE, entity.end) and not any(entity.end <= s < end for s in starts)
            end = end if central else entity.end
            entity = Entity(entity.start, end, "ORG", text[entity.start : end])
        result.append(entity)
    return result


#: A member's post read with the verb 代表 (on behalf of) after it: 常委|代表, 委员|代表.
_POST_BEFORE_REPRESENTING = re.compile(r"^(?:常委|委员|副?主席|委员长)(?=代表$)")


def representing_verb_off_a_post(entities: Sequence[Entity], text: str) -> list[Entity]:
    """Cut the verb 代表 (on behalf of) off a member's post read whole with it, between the member and the body they
    speak for: 王光谦|常委代表|民盟中央发言, 徐涛|常委代表|无党派人士界发言 → 常委 (CCTV news of a CPPCC standing committee
    session, where 夏涛|常委|代表民革中央 is read apart). Only right after a person and right before a body, a place or
    what else the verb takes (:func:`is_spoken_for`: a democratic party, 无党派人士界, the 常委会 a chairman reports for,
    大家); a deputy's 代表 follows its body instead (人大代表, 党代表)."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    starts = {entity.start for entity in ordered if entity.type in ("ORG", "LOC")}
    for index, entity in enumerate(ordered):
        post = _POST_BEFORE_REPRESENTING.match(entity.text) if entity.type == "TITLE" else None
        if (post is None or index == 0 or ordered[index - 1].type != "PER" or ordered[index - 1].end != entity.start
                or not (entity.end in starts or is_spoken_for(text, entity.end))):
            continue
        ordered[index] = Entity(entity.start, entity.start + post.end(), "TITLE", post.group())
    return ordered
