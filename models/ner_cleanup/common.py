"""What more than one of the cleanup's modules uses: word lists and name endings (what ends a place's, a body's or
a post's name), tests of jieba's words (names, verbs, common nouns), overlap tests, and the few rules and tests
several modules call (:func:`is_generic`, :func:`is_fragment`, :func:`in_book_title`, :func:`country_as_place` …).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from zhpolicy.data.bylines import (
    COMPOUND_SURNAMES,
    SURNAMES,
    TRANSLITERATION_CHARS,
)
from zhpolicy.data.countries import (
    CITIES_BY_PROVINCE,
    COUNTRIES,
    FOREIGN_CITIES,
    PROVINCES,
)
from zhpolicy.data.labels import ADMIN_UNITS
from zhpolicy.data.national_bodies import (
    COMPANIES,
    FOREIGN_BODIES,
    INTERNATIONAL_BODIES,
    NAMED_GROUPS,
    NATIONAL_BODIES,
    NEWS_AGENCIES,
)
from zhpolicy.data.records import Entity, Official

from ..officials import (
    FORMER,
    LOCAL_POSTS,
    MAX_FIELD_CHARS,
    PARTY_ORGANS,
    extract_officials,
    is_post_written_otherwise,
)
from ..word_features import (
    is_known_word,
    is_noun_word,
    is_place_word,
    is_verb,
    person_word_end,
    word_at,
    word_frequency,
    word_tag,
)

#: How the name of an administrative unit ends (湖州市, 南浔区, 义亭镇, 仓前街道, 景腾社区), as a regex alternation.
ADMIN_UNIT_ENDINGS = "|".join(ADMIN_UNITS)


def longest_first(names: Iterable[str]) -> list[str]:
    """``names`` longest first, then in character order: the order rules try names in, the same in every run (a set's
    own order follows Python's string hashing, which changes from run to run)."""
    return sorted(names, key=lambda name: (-len(name), name))


def alone_or_after_a_state(name: str, names: frozenset[str], states: frozenset[str]) -> bool:
    """Whether ``name`` is one of ``names``, alone or right after one of ``states`` (英国伦敦, 阿富汗塔利班, 日本气象厅)."""
    return name in names or any(name[:cut] in states and name[cut:] in names for cut in range(1, len(name)))


def is_spoken_for(text: str, at: int) -> bool:
    """Whether the word at ``at``, right after 代表, is what the verb 代表 ("on behalf of") takes: a word of jieba's that
    is no verb, adverb, preposition, particle or conjunction (代表|党中央, 代表|大家, 代表|西哈莫尼国王); a mark or the text's
    end is none, nor 向 or 透露 (徐立毅代表|透露, 丁世忠代表|向总书记汇报: the deputy's post)."""
    if at >= len(text) or not is_cjk(text[at]):
        return False
    return not word_tag(text[slice(*word_at(text, at))]).startswith(("v", "d", "p", "u", "c"))


#: How often jieba counts a city that is a place wherever a preposition stands before it (纽约 1,758; not 苏富比, 10).
OFTEN_COUNTED_CITY = 500


#: Verbs of a talk or meeting held in a place (在贵阳|作宣讲报告, 在武汉|会见).
VERBS_OF_A_TALK_OR_MEETING = ("作", "做", "会见", "会晤", "召开", "举行", "出席", "主持", "发表", "宣讲", "考察", "调研", "视察")
PROVINCES_LONGEST_FIRST = longest_first(PROVINCES)


#: Events named after a body (中国—东盟博览会, 上合组织峰会): LABELS.md tags nothing inside an event's name.
EVENT_AFTER_A_BODY = re.compile("博览会|峰会|论坛|运动会|交易会|洽谈会")
#: LABELS.md's unique bodies, national and international: ORGs wherever they stand.
UNIQUE_BODIES = NATIONAL_BODIES | INTERNATIONAL_BODIES | FOREIGN_BODIES | COMPANIES | NAMED_GROUPS | NEWS_AGENCIES
UNIQUE_BODIES_LONGEST_FIRST = longest_first(UNIQUE_BODIES)


def untagged_names_tagged(entities: Sequence[Entity], text: str, names: Sequence[str], kind: str,
                           stands_alone: Callable[[Entity, list[Entity]], bool]) -> list[Entity]:
    """``entities`` with every mention of ``names`` (longest first) tagged ``kind`` where ``stands_alone`` accepts it
    among the spans found so far."""
    found = sorted(entities, key=lambda e: (e.start, e.end))
    for start, end in mentions_of(names, text):
        mention = Entity(start, end, kind, text[start:end])
        if stands_alone(mention, found):
            found = sorted([*found, mention], key=lambda e: (e.start, e.end))
    return found


def mentions_of(names: Iterable[str], text: str) -> Iterator[tuple[int, int]]:
    """Where each of ``names`` stands in ``text``, name by name in their order, each mention left to right (str.find,
    not a regex per name: hundreds of names would thrash re's cache of compiled patterns)."""
    for name in names:
        at = text.find(name)
        while at != -1:
            yield at, at + len(name)
            at = text.find(name, at + len(name))


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
        post = POST_AFTER_A_BODY.match(text, at) if body.type in ("LOC", "ORG") else None
        if post is None and body.type in ("LOC", "ORG"):
            post = _local_post_after_its_field(text, at)  # 沙溪村|地质灾害|监测员
        if post is None or word_at(text, post.end() - 1)[1] != post.end() or overlaps_another(found, body, body.start, post.end()):
            continue
        title = Entity(post.start(), post.end(), "TITLE", post.group())
        added = [title]
        organ = PLACE_PARTY_ORGAN.match(body.text) if body.type == "ORG" and not post.group().startswith(PARTY_ORGANS) else None
        if organ:  # 定日县长所乡古荣村党支部|书记 → 定日县长所乡古荣村 + 党支部书记
            cut = body.start + organ.end("place")
            title = Entity(cut, post.end(), "TITLE", text[cut : post.end()])
            added = [Entity(body.start, cut, "LOC", organ.group("place")), title]
        holder_end = person_word_end(text, post.end())
        holder = text[post.end() : holder_end]
        if holder in POSTS_READ_INTO_A_NAME and not overlaps_another(found, body, post.end(), holder_end):  # 日本|首相顾问|饭岛勋: a post of the post's holder, not a 顾 named 问
            title = Entity(title.start, holder_end, "TITLE", text[title.start : holder_end])
            added[-1] = title
            holder_end = person_word_end(text, title.end)
            holder = text[title.end : holder_end]
        named = 2 <= len(holder) <= 3 and common_single_surname(holder) and holder[1] != "某"
        if not named and post.group() in STATE_POSTS:  # 日本|首相|安倍晋三: a name jieba's dictionary lists
            holder_end = dictionary_name_end(text, title.end)
            holder, named = text[title.end : holder_end], holder_end > title.end
        if named and not overlaps_another(found, body, title.end, holder_end):
            added.append(Entity(title.end, holder_end, "PER", holder))
        kept = [e for e in found if e is not body or not organ]
        trial = sorted(kept + added, key=lambda e: (e.start, e.end))
        officials = extract_officials(text, found) if officials is None else officials
        if post_makes_an_official(title, trial, officials, text):
            found, officials = trial, None
    return found


_LOCAL_POST = re.compile("|".join(LOCAL_POSTS))
#: How far after the place a local post may end: its field and the longest local post.
_LOCAL_POST_REACH = MAX_FIELD_CHARS + max(map(len, LOCAL_POSTS))


def _local_post_after_its_field(text: str, at: int) -> re.Match[str] | None:
    """A local post written after its field, one or two nouns of jieba's, right after the place (沙溪村|地质灾害|监测员),
    or ``None``."""
    post = _LOCAL_POST.search(text, at + 2, at + _LOCAL_POST_REACH)
    return post if post is not None and post.start() - at <= MAX_FIELD_CHARS and nouns_only(text, at, post.start()) else None


def post_makes_an_official(title: Entity, trial: Sequence[Entity], officials: Sequence[Official], text: str) -> bool:
    """Whether the spans of ``trial``, which add the post ``title``, make an official of it that ``officials`` (those
    of the spans without it) lack: the test an untagged post passes to be tagged. A post written again beside its
    holder passes too, where the official is one already (美国总统特朗普 … 美国|总统|特朗普14日也发表声明: officials are
    one entry per person and post, and LABELS.md tags the post at every mention)."""
    holders = {e.text for e in trial if e.type == "PER" and (e.end == title.start or e.start == title.end)}
    clause_start, clause_end = clause_around(title, text)
    in_clause = {e.text for e in trial if e.type == "PER" and clause_start <= e.start and e.end <= clause_end}
    # a post of a person in its clause may stand for the post named before, written another way (县委书记南培 … 南培|书记,
    # 在黎云担任|书记|期间, 党支部书记柯小海 … 柯小海当选|村支书: one entry per person and post, so the official is the other's)
    return any((official.title == title.text and (official not in officials or official.name in holders))
               or (is_post_written_otherwise(official.title, title.text) and official.name in in_clause)
               for official in extract_officials(text, trial))


#: Posts of Party and state leaders, written right after the name in national news (习近平总书记, 李克强总理): a post
#: wherever it follows a person, tagged elsewhere in the text or not.
LEADERS_POSTS = ("总书记", "国家主席", "主席", "副主席", "总理", "副总理", "委员长", "副委员长", "总统", "副总统", "首相",
                 "国王")
LEADERS_POSTS_LONGEST_FIRST = tuple(longest_first(LEADERS_POSTS))


#: What ends a clause for :func:`is_unheld_post`: a post and the name it belongs to stand between two of these.
CLAUSE_END_MARKS = "，。；！？：\n"
#: The clause's and the list's marks without the line break, which page text wraps at mid-sentence: what stands after a
#: name that ends there (魏凤和|、王勇, 驻村干部解良|。).
CLAUSE_AND_LIST_MARKS = frozenset(CLAUSE_END_MARKS.replace("\n", "") + "、")
_CLAUSE_ENDS = re.compile(f"[{CLAUSE_END_MARKS}]")


def joined_to_the_span_before(entities: Sequence[Entity], text: str,
                              join_end: Callable[[Entity, Entity], int | None]) -> list[Entity]:
    """``entities`` in text order, each span joined to the one kept before it, as one span of that one's type that ends
    where ``join_end(before, span)`` says, or kept as it is where that gives ``None``: the shape of the rules that make
    a body whole from its pieces (a campus, an affiliated body, a group's branch, a committee joined across 和) or a
    chain of places from a unit found after it."""
    result: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        end = join_end(result[-1], entity) if result else None
        if end is None:
            result.append(entity)
        else:
            result[-1] = Entity(result[-1].start, end, result[-1].type, text[result[-1].start : end])
    return result


def name_tagged_whole(entities: Sequence[Entity], name: Entity) -> list[Entity]:
    """``entities`` with ``name`` tagged in place of the spans that lie inside it (the pieces the tagger read of it),
    or as they are where one of them runs out of it: a name found in the text is tagged whole only where it cuts no
    span."""
    inside = [e for e in entities if e.start < name.end and name.start < e.end]
    if any(e.start < name.start or e.end > name.end for e in inside):
        return list(entities)
    return [e for e in entities if e not in inside] + [name]


def names_tagged_whole(entities: Sequence[Entity], names: Iterable[Entity]) -> list[Entity]:
    """``entities`` with each of ``names`` tagged whole in turn (:func:`name_tagged_whole`), in text order: the shape
    of the rules that tag names a pattern finds in the text (a paper, a medium, a county's scenic area)."""
    result = list(entities)
    for name in names:
        result = name_tagged_whole(result, name)
    return sorted(result, key=lambda e: (e.start, e.end))


def clause_around(entity: Entity, text: str) -> tuple[int, int]:
    """Where the clause that holds ``entity`` starts and ends: after the clause mark before it, at the one after."""
    start = max(text.rfind(mark, 0, entity.start) for mark in CLAUSE_END_MARKS) + 1
    after = _CLAUSE_ENDS.search(text, entity.end)
    return start, after.start() if after else len(text)


#: Kinds of street and market a place may hold: named by the kind alone or after the place's unit they name no place of
#: their own (|夜宵街|, 塘下镇|夜宵街: written dev), though a name before the kind makes one (上海南京路步行街, 管仲老街).
STREET_AND_MARKET_KINDS = ("美食街", "夜宵街", "小吃街", "步行街", "商业街", "酒吧街", "老街", "古街", "茶市", "集市", "夜市",
                           "农贸市场", "菜市场", "酒庄")


#: What a speaker 作 (makes, gives) after the name: 翁杰明作|关于…的报告, 刘奇作|的关于…的报告, 王晨作|的大会秘书处工作报告
#: (from CCTV news). 作 alone may end a name (池田大作).
SPEAKERS_ZUO = re.compile(r"作(?:关于|报告|说明|发言|讲话|工作报告|重要|主旨|专题|动员|总结|批示|指示|演讲|交流|题为|辅导|宣讲|书面|了|的关于|的报告"
                          r"|部署|表态|点评|安排|讲解|解读|阐释|主题"
                          r"|的有关|有关"
                          r"|的[^，。；！？、]{1,30}?(?:报告|说明|汇报|讲话|发言))")  # 吴政隆作|交流发言, 作题为…的报告


#: Festivals, which the tagger reads as bodies (这个|中秋, 中央广播电视总台|中秋|晚会: CCTV news); no gold span is one.
FESTIVALS = ("中秋", "端午", "元宵", "重阳", "春节", "除夕", "七夕")

GENERIC_WORDS = frozenset({
    "我国", "全国", "全省", "全市", "全县", "全区", "我省", "我市", "我县", "我区", "本市", "本省", "当地", "国内", "境外",
    "你省", "你市", "你县", "你区", "贵省", "贵市",  # "your province" of the State Council's replies (请你省…: gov.cn documents)
    "国产", "申办",  # domestic-made and bid for (国产|曲轴, |申办|2009年…大冬会: gov.cn documents, read as bodies)
    "职责", "市场监测", "常务", "高级",  # duties, market watch, standing, senior: read as bodies in gov.cn documents
    "常驻",  # permanently stationed (中国|常驻|联合国代表: CCTV news, read as a post twice; the post is 代表, whose body is 中国)
    "马拉松",  # the race, read as a person (|马拉松|游泳: CCTV news; no gold span is one)
    # the ocean's warm and cool phases (我国进入“|拉尼娜|”状态: CCTV news, read as a person; MSRA leaves 厄尔尼诺 untagged 29
    # times in 29)
    "厄尔尼诺", "拉尼娜",
    "黑洞", "卫星",  # a black hole and a satellite, read as places (对|黑洞|兴趣, 国际７０８|卫星: MSRA train, whose gold tags
    # 黑洞 nowhere of 49 and 卫星 twice of 238)
    "巡河", "巡湖", "护河",  # patrolling a river (每月|巡河|不少于2次: local news of the river-chief system, read as a place)
    "中管",  # centrally administered (|中管|金融企业和|中管|高校: CCTV news, read as a body)
    # orchards and a plant's grounds read as places, and festivals as bodies (古|桑园|, 企业的|新厂区|, 这个|中秋|: CCTV news;
    # no gold span of the corpora is one)
    "桑园", "果园", "茶园", "厂区", "新厂区", *FESTIVALS,
    "东道国",  # the host country (东道国|秘鲁|总统比斯卡拉: CCTV news, read as a place and merged with the state)
    "共和国",  # a state's bare "the republic" (塞拉利昂…党主席、|共和国|总统科罗马: CCTV news, read as the president's body)
    "张罗",  # to see to (正在|张罗|游客, 爱|张罗|的: CCTV news, read as a person, which jieba tags nr)
    "金秋",  # golden autumn (|金秋|十月: CCTV news, read as a person, which jieba tags nr; MSRA leaves it untagged twice)
    # a place's gate by its direction, a figure for the place beyond it (衢州市的|西大门|——常山县: local news; MSRA's
    # 东大门体育场 is a venue's name)
    "东大门", "西大门", "南大门", "北大门",
    "全军",  # the whole army (全军和武警部队官兵: CCTV news; 69 times in the corpora, never an entity)
    "全党", "全党全国", "全党全军",  # the whole party (指导全党全国工作: CCTV news, 6 times in 4,000 stories; never an entity in the corpora)
    "乡村", "农村", "城市", "城乡", "城镇", "基层", "山区", "村庄", "丘陵", "河湖", "江河", "大江大河",
    "新区", "湖区", "城区", "市区", "库区", "灾区", "景区", "园区", "开发区", "辖区", "台区", "城市副中心", "古城",
    "本地", "外地", "各地", "两地", "全村", "全镇", "该村", "该镇", "该县", "该市", "该区", "驻村",
    "供电所", "合作社", "党支部", "镇政府", "村集体", "社区", "街道", "组织部", "宣传部", "统战部", "政法委", "办事处",
    # kinds of farm business (扶持|家庭农场|、|农民合作社|等新型农业经营主体: CCTV news, read as bodies; no gold span is one)
    "家庭农场", "农民合作社", "专业合作社", "农民专业合作社",
    # village councils by their kind alone (由|村民理事会|提出的规划方案: CCTV news; MSRA's train tags one bare 村民议事会)
    "村民理事会", "村民议事会", "村民监事会", "红白理事会", "乡贤理事会", "乡贤参事会", "食堂理事会",
    # a village's worthy, a role (|乡贤|吴志强捐资…, |新乡贤|回乡创业: local-news sentences written for the genre, read as a
    # place before the name; the written labels leave 乡贤 untagged 9 times in 9, and no gold span of the corpora is one)
    "乡贤", "新乡贤",
    # common words the tagger read as names in 1,500 CCTV stories drawn at random (stop 86), each left untagged by the
    # written labels wherever their text holds it and never a gold span of the corpora: old comrades (走访慰问|老同志|),
    # promoted (|晋升|上将军衔), dilapidated houses (改造农村|危房|), a fast lane (开辟|绿色通道|), flood-control work (检查|防汛工作|),
    # experts (|专家|代表团), animal husbandry (主管|畜牧|的干部), inland waters (沿海和|内河|), fresh (|新鲜|水果), cross-country
    # (|越野|滑雪场), radar (|雷达|部队) and the Beidou system, a product (调研|北斗|产业发展)
    "老同志", "晋升", "危房", "绿色通道", "防汛工作", "专家", "畜牧", "内河", "新鲜", "越野", "雷达", "北斗",
    # and in 2,000 more (stop 86): mountains and seas (跨越|山海|, Zhejiang's 山海协作), a sea of clouds (|云海|翻腾), bougainvillea,
    # corn, sleet, solar power (飞船|太阳能|帆板), a cooling tower, in the hutong (|胡同里|的文化街区), the Party's history
    # (|党史|学习教育), most beautiful (|最美|乡村教师), up the hill, provisional, balance (|平衡|木), to put an end to
    "山海", "云海", "三角梅", "玉米", "雨雪", "太阳能", "冷却塔", "胡同里", "党史", "最美", "上山", "临时", "平衡", "杜绝",
    # and in the gov.cn and Sina Tech stories (stop 86): finance (胡志明市的|金融|区), going onto the island (|上岛|勘察), to draw up
    # (|制定|实施方案), a report (《|汇报|》), executives, a role (担任|高管), space (|空间|科学), and from CCTV kind (|善良|的小伙子),
    # to clarify (白宫方面14号|澄清|说) and to sigh (令人|唏嘘|的是), read as persons (CLUENER's dev reads one 金融 as a person)
    "金融", "上岛", "制定", "汇报", "高管", "空间", "善良", "澄清", "唏嘘",
    # and in 2,000 more CCTV stories (stop 86): the world (成为|世界|上), flocking (|扎堆|落户), top-grade hospitals by their
    # grade (5家|三甲医院|), provinces and regions (部分|省区|纪委书记) and a club by its kind (多家知名|俱乐部|; LABELS.md
    # tags no bare kind of body, CLUENER's train and dev tag four); not 沙龙, which MSRA and People's Daily tag as Sharon
    "世界", "扎堆", "三甲医院", "省区", "俱乐部",
    # a village's or town's two committees together (刘书记和|村两委|班子成员: a village sentence written for the genre, read
    # as an ORG; the written labels leave 村“两委” untagged 7 times in 7)
    "两委", "村两委", "镇两委", "乡两委", "社区两委", "村社两委",
    # styles of embroidery, crafts (蜀绣|等手工艺品: CCTV news, read as a person; MSRA and the written text leave 苏绣, 苗绣
    # untagged)
    "苗绣", "蜀绣", "苏绣", "湘绣", "粤绣", "羌绣", "彝绣", "瓯绣", "汴绣", "顾绣", "京绣", "汉绣", "侗绣", "土家绣",
    "体育俱乐部",  # a sports club by its kind (…少年宫、|体育俱乐部|和非遗传承机构: a written dev article)
    # economic indicators' acronyms (|GEP|核算走在全国前列: a local-news sentence written for the genre, read as an ORG; no
    # gold span of the corpora is one)
    "GDP", "GEP", "GNP", "GNI", "CPI", "PPI", "PMI",
    # zones and parks by their kind alone (柯城区、衢江区、智造新城和|高新区|: a local-news sentence written for the genre; no
    # gold span of the corpora is one, MSRA leaves a bare 高新区 untagged 15 times)
    "高新区", "经开区", "综保区", "自贸区", "保税区", "工业园区", "产业园区", "经济开发区", "高新技术产业开发区", "自贸试验区",
    "自由贸易试验区", "工业园", "产业园", "科技园",
    "发达镇", "经济发达镇",  # economically developed towns (推进经济|发达镇|行政管理体制改革: CCTV news), a kind of town
    # modes of transport (|水路|预计发送旅客, |民航|预计发送旅客: CCTV news; MSRA's gold leaves 民航 untagged 26 times in 28)
    "水路", "民航", "海运", "空运", "陆路",
    "堰塞湖", "堰塞",  # a barrier lake (形成|堰塞湖, |堰塞|体: CCTV news)
    "群众",  # the people (受灾|群众|安置点, read as a place once and then at every mention: CCTV news)
    "关怀", "新建", "道路",  # care (|党中央的|关怀), newly built (|新建|小区), roads (口岸、|道路|等): jieba tags 关怀 nr, 新建 ns
    "湖泊", "山沟", "山沟沟",  # lakes (4000多个大小|湖泊), ravines (|山沟沟|里的老乡): CCTV news
    "公里", "大中", "总支部",  # 350|公里, |大中|城市, 党的|总支部|委员会: CCTV news
    "交警", "公安", "消防", "城管", "海关", "税务", "工商", "环保", "气象", "供电", "电力", "水利",
    "住建",  # the housing field in a list of departments (听取气象、水利、自然资源、|住建|、交通等部门负责人汇报: CCTV news)
    "交通", "人社",  # and transport and human resources (辽宁省|人社|、|交通|、公安等部门, |交通|等部门增派人员: CCTV news, stop 86)
    "大江",  # big rivers (抓好|大江|大河大湖和重要水库…防汛: CCTV news; no gold span is one)
    "公报",  # the communiqué, in its 《》 or not (《|公报|》显示: CCTV news; 《大公报》 and 《科学通报》 are papers and stay)
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
    "河水", "滑坡", "今天", "埃博拉", "宏伟", "大沟", "哈达", "广义",
    "商场",  # a bare mall, read as a place and so tagged at its other mentions (询问|商场|在管理经营上: MSRA train)
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
    # and more of them (总医院骨科、|传染科|、|口腔科|等专家: CCTV news; MSRA tags 2 of 11 bare mentions, the written labels none)
    "骨科", "传染科", "口腔科", "妇产科", "妇科", "产科", "皮肤科", "感染科", "心内科", "呼吸内科", "消化内科", "心血管内科",
    "肿瘤科", "中医科", "康复科", "麻醉科", "放射科", "检验科", "五官科", "耳鼻喉科", "普外科", "泌尿外科", "神经外科",
    "病理科", "超声科", "血液科", "肾内科", "老年科", "重症医学科",
    "纪检监察", "监察委员会",  # 纪检监察|机关, 县市区|监察委员会 (the discipline organs by their kind)
    "英雄", "才俊",  # 武汉是|英雄|的城市, 青年|才俊 (not 阳光: a company, 华西、双良、阳光, in MSRA and People's Daily)
    "李子", "横行",  # plums read as a person (|李子|年产量达到…) and 横行 (rampant) as a place (|横行|乡里的“村霸”): CCTV news
    "黄桃", "格桑花",  # yellow peaches and the Tibetan flower read as persons (3亩|黄桃|今年也将挂果, 像|格桑花|一样: CCTV news)
    "村民", "居民", "市民",  # residents by their kind read as a body (由|村民|理事会提出的: CCTV news); no gold span is one
    # sand (昔日|黄沙|遍野, which jieba tags a place), green hills and clear water (江西的|青山秀水), a locked-down estate
    # (|封控小区|所在的街道), general-aviation airports (|通航机场|达到9个) read as places, and high office and a rich
    # salary (被许以|高官厚禄, which jieba tags a person's name) as a person: CCTV news; no gold span of the corpora is one
    "黄沙", "青山秀水", "封控小区", "通航机场", "高官厚禄",
    # a bustling city (从|繁华都市|到偏远乡村), terrestrial (已记录|陆生|脊椎动物), migrating north (候鸟陆续|北迁) and
    # mountains (水域、|山岳|、地震等专业) read as places or a person: CCTV news; no gold span of the corpora is one
    "繁华都市", "陆生", "北迁", "山岳",
    # the Tibetan greeting (高喊“|扎西德勒|”) and nanohertz (|纳赫兹|引力波) read as persons, the solar wind (对|太阳风|和地球
    # 磁层) as a place and a survey (综合|查勘) as a body: CCTV news; no gold span of the corpora is one
    "扎西德勒", "纳赫兹", "太阳风", "查勘",
    # the sacred (在|神圣|的国歌旋律中) and reed pipes (马骨胡、|芦笙) read as places, a street parade (阜宁的|踩街|年俗),
    # Uyghur silk and dance (|艾德莱斯|绸, |麦西来甫|跳起来), the Qiang dance (欢快的|莎朗舞) and loud reading (|朗朗|的
    # 读书声) as persons, crossing the river (全部|渡江) and long parted (|久别|家乡) as places: CCTV news of the regions;
    # no gold span of the corpora is one
    "神圣", "芦笙", "踩街", "艾德莱斯", "麦西来甫", "莎朗舞", "朗朗", "渡江", "久别",
    # good luck (代表|大吉大利), an extension (长安街及其|延长线), calm (|宁静|的村庄) and a main road (|大马路|上) read as
    # places, cheerful (|开朗|、热情) and as if (|宛若|走进) as persons: CCTV news; no gold span of the corpora is one
    "大吉大利", "延长线", "宁静", "大马路", "开朗", "宛若",
    # drugs read as persons (不亚于|海洛因, 吗啡、|杜冷丁): CCTV news; no gold span of the corpora is one
    "海洛因", "卡西酮", "杜冷丁", "吗啡", "冰毒",
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
    # village stories: produce read as persons or places (杨梅、|板栗|等, 种|胡萝卜, |葡萄干|、红枣, 南方|稻谷|产区, 三百多株|胡椒),
    # a brook, a border river, fertile fields, the depth of winter, glory, a folk village, a frequent guest, strange
    # peaks, lifting a lockdown, due east and west, both banks, settling in (小河|小溪, 大|界江, 北方|沃野, |寒冬腊月|正是,
    # 曾经|辉煌, 一号|民俗村|寨, 家的|常客, |奇峰|、湖泊, 部分|解封, 都是|正东正西, |左右|岸, |安顿|好了): CCTV news; no gold
    # span of the corpora is one
    "板栗", "凤梨", "胡萝卜", "葡萄干", "稻谷", "胡椒", "小溪", "界江", "沃野", "寒冬腊月", "辉煌", "民俗村", "常客", "奇峰",
    "解封", "正东", "正西", "正南", "正北", "正东正西", "左右", "安顿",
    # discipline and policy news: a wrong righted (终于得以|昭雪), a grand plan (|宏图|铺展), a double blessing (|双喜临门), 以陈顶新
    # (passing off old grain as new), a slogan's 有福之州 and a discipline commission's office by its kind (县|纪委监察局)
    # read as persons, places or bodies: CCTV news; no gold span of the corpora is one
    "昭雪", "宏图", "双喜临门", "陈顶新", "福之州", "纪委监察局",
    # moonlight (在|月色|下), the lower belly of breathing exercises (气沉|丹田), a blizzard, a liveable community by its
    # kind (打造|宜居社区), frozen over (|冰封|了近6个月) and profiteering (从中|牟利) read as places or bodies: CCTV news;
    # no gold span of the corpora is one
    "月色", "丹田", "暴风雪", "宜居社区", "冰封", "牟利",
    "港湾", "自来水",  # 家庭|港湾 (a haven), 电力、|自来水|等 (the water supply): CCTV news
    # stories of communities: as long as (|长达|150米), a large barrier lake (属于|大型堰塞湖), daybreak (|天一亮|，), the
    # frontier seas (万里|海疆), a locked-down street (在|封控街道) and a sublessor (黑中介和|二房东) read as places,
    # persons or bodies: CCTV news; no gold span of the corpora is one
    "长达", "大型堰塞湖", "天一亮", "天刚亮", "海疆", "封控街道", "二房东",
    # stop 95's county, town and village stories: trees, flowers and produce (白皮松、油松、|银杏|、榆叶梅, 发展|玫瑰|种植,
    # 熟悉|海鲜|买卖, |大樱桃|田间管理), poetry and set phrases (千里共|婵娟, 溶洞群|钟灵毓秀, |松柏常青, |春华秋实), adverbs,
    # adjectives and verbs (总书记|欣然|应允, |浩瀚|的太平洋, 企业|加大|投入, 替父|行孝, |自力|更生, |依山|而建, |喜迁新居,
    # |碧波|环绕), a leading group by its kind (县委常委|班子) and bare bodies (国家|部委, |司法机关, 跟|大使馆|联系, |宣讲团|成员,
    # 接见了|特使团, 医院的|放射科, 5家|诺贝尔奖|科学家实验室) read as persons, places or bodies: CCTV news; no gold span of the
    # corpora is one but CLUENER's bare 部委 (3), 司法机关 and 大使馆 (a LOC) and MSRA's 放射科 (once each)
    "白皮松", "油松", "银杏", "榆叶梅", "元宝枫", "玫瑰", "海鲜", "海鲜市场", "樱桃", "大樱桃", "婵娟", "钟灵毓秀", "松柏常青",
    "春华秋实", "欣然", "浩瀚", "加大", "行孝", "自力", "依山", "喜迁新居", "碧波", "班子", "部委", "司法机关", "大使馆",
    "宣讲团", "特使团", "检验科", "放射科", "诺贝尔奖",
    # and moving house, wild geese, a resort by its kind, the blue sea, an operating system, an air-raid siren, economic
    # bodies in general, teams by their kind, militias and nationwide networking (贫困户|乔迁|山下新居, |大雁|等候鸟, 已赴|度假|村,
    # 从|蔚蓝|大海, 原生|鸿蒙|操作系统, |防空警报|鸣响, 主要|国际经济组织, |宣讲队, |科技特派团, |援疆工作组, 乌克兰东部|民间武装,
    # 一卡通|全国联网): CCTV news; no gold span of the corpora is one
    "乔迁", "大雁", "度假", "蔚蓝", "鸿蒙", "防空警报", "国际经济组织", "宣讲队", "科技特派团", "援疆工作组", "民间武装", "全国联网",
    # plum trees, mugwort, a Tibetan offering, broadband's speed and an uprising (村里的|李子树, |艾草|深加工, 献上哈达、|切玛,
    # |百兆|宽带, 广州|起义|在…): the second sample's stories; no gold span of the corpora is one
    "李子树", "艾草", "切玛", "百兆", "起义",
    # birdsong, "forest where fit", liveable and beautiful, both banks of a river, rivers at peace (虫鸣和|鸟叫,
    # 宜养则养、|宜林|则林, |美丽宜居|乡村, 上下游、|左右岸, 全面建设|安澜江河): the second sample's stories; no gold span is one
    "鸟叫", "宜林", "美丽宜居", "左右岸", "安澜江河",
    # the country's east and west, national and provincial (highways), home-made civil aircraft, a new council by its
    # kind, the humanities and a kind of mass organization (|全国东西部|协作, 严禁阻断|国省|干线公路, |国产民用飞机,
    # 选举产生|新一届理事会, |人文社科|等六大类, 走|中国特色社会主义群团|发展道路): CCTV news
    "全国东西部", "国省", "国产民用飞机", "新一届理事会", "人文社科", "中国特色社会主义群团",
    # silk, flax, a relay, floating out of a dock and wintering (“|丝绸|之路经济带”, |胡麻|油加工厂, 数据|中继|和测控服务,
    # 大型邮轮完成坞内|起浮, 支持|越冬|饲草料储备), read as bodies: CCTV news; no gold span of the corpora is one
    "丝绸", "胡麻", "中继", "起浮", "越冬",
    # stop 96's third sample (secretaries', mayors' and directors' stories): a metropolis, dignified, seas turned to fields,
    # an amphibious landing, the sun-bird emblem, a charter delegation, an investigation's teams by their kind, the national
    # ministries, an exhibition centre, a list and the whole cabinet (这座西部|大都市, 方正|端庄, 70年|沧海|桑田, |两栖登陆|演练,
    # |太阳神鸟|等设计元素, 组织的|包机团, 下设|案件调查组、|监管责任组, 担任|文件起草组|组长, 在|中央国家部委、…, 职工在|展示中心,
    # 治丧委员会|名单, |全体政府|部长): CCTV news; no gold span of the corpora is one
    "大都市", "端庄", "沧海", "两栖登陆", "太阳神鸟", "包机团", "案件调查组", "监管责任组", "文件起草组", "中央国家部委", "展示中心",
    "名单", "全体政府",
    # the future, bright, a gun salute and to deepen (“|未来|之城”, 清新|明亮, |鸣礼炮|21响, 全面|深化|改革专项小组): the same sample
    "未来", "明亮", "鸣礼炮", "深化",
    # nominees, the people's army and the fields of 山水林田湖草沙 (副主席|人选, 向|人民军队|发出, 一体治理山水|林田湖|草沙): the same sample
    "人选", "人民军队", "林田湖",
    # stop 97: kinds of land, work and thing read as places or bodies (|林区|停伐后, 一级|生态区, 该|林场, 来|疗养院|看大家,
    # 招募|民间|河长, |潮汐|车道, 在|小麦|主产区, 古路村要|致富, 沿着|河岸, 开|商铺, 流动的不仅仅是|货物, 书屋的|门庭若市,
    # 110万平方公里的|大好河山, 这条狭窄的|羊肠小道, 南北|交通要道, 边疆沧桑巨变、|物阜民丰, 其中|立案查处, |红彤彤|的苹果,
    # 踏着|晚霞, 发展|葡萄, |人力资源|和社会保障, 从涝坝村到|丰饶|地, 保护|润泽|百姓的水脉, 在|清凉|的山泉水里, “|月光|族”,
    # |广阔|的农村, |后勤保障, 共赴|盛会, 解决了|陆地|和北部湾划界问题, 按照|国别, 前置到|内陆|铁路站场): CCTV news; no gold
    # span of the corpora is one (枸杞 is: the written labels' 枸杞 island of 嵊泗)
    "林区", "生态区", "林场", "疗养院", "民间", "潮汐", "小麦", "致富", "河岸", "商铺", "货物", "门庭若市", "大好河山", "羊肠小道",
    "交通要道", "物阜民丰", "立案查处", "红彤彤", "晚霞", "葡萄", "人力资源", "丰饶", "润泽", "清凉", "月光", "广阔", "后勤保障",
    "盛会", "陆地", "国别", "内陆",
    "街区", "文化街区", "历史街区", "历史文化街区",  # a block by its kind (|文化街区|将与…; the written labels tag one only named)
    "车辆",  # vehicles (没有足够的运输|车辆): no corpus tags it, in 105 mentions
    # fruit and crops by their names, as 小麦 and 葡萄 (村里的|芒果|产业: a county-style paragraph; |百香果|, |荔枝|: CCTV news);
    # no corpus tags one as a place, body or person (CLUENER's one 玉米 is its name type); not 苹果, also a company's
    "芒果", "百香果", "火龙果", "猕猴桃", "柑橘", "脐橙", "蜜柚", "柚子", "橙子", "香蕉", "菠萝", "榴莲", "草莓", "蓝莓", "柿子",
    "石榴", "核桃", "红枣", "龙眼", "甘蔗", "西瓜", "茶叶", "花椒", "辣椒", "香菇", "木耳", "马铃薯", "土豆", "水稻", "大豆", "油菜",
    "棉花",
    "抗洪", "抗旱", "防汛", "抢险", "救灾", "抗震", "防台", "抗疫",  # disaster work read as a place (在|抗洪|一线): no corpus tags one
    # and its compounds, read as a body (检查|防汛防台|工作, from the flood-control headquarters' names: 县防汛防台抗旱指挥部)
    "防汛防台", "防台防汛", "防汛抗旱", "防汛防台抗旱", "防汛救灾", "防灾减灾", "防灾减灾救灾", "抗洪抢险", "抢险救灾", "森林防火",
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
    "歌会", "桥梁", "木豆", "明天", "日日", "斜拉桥", "文化村", "悬索桥", "大会堂", "外埠", "坦克", "国门", "国庆",
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
    # a desert tree, a winding mountain road and an offshore wind farm read as places (等地|胡杨|逐步进入最佳观赏季, 这条…长的
    # |盘山路, 在|海上风电场|附近): CCTV news; no gold span of the corpora is one
    "胡杨", "盘山路", "风电场", "海上风电场",
    "民族",  # a nation, read as a body after 中华 (中华|民族 (ORG): CCTV news; MSRA tags 中华 alone)
    "遮阳网",  # a farm's shade net (通过|遮阳网|、风机、水帘等降温设施: CCTV news, read as a place)
    # kinds of street and market read as places where no name stands before them (在|美食街|开了一家小饭店: CCTV news;
    # 塘下镇的|夜宵街, 在|茶市|做了二十多年生意, 推动|酒庄|旅游: written dev); no gold span of the corpora is one
    *STREET_AND_MARKET_KINDS,
    # kinds of village by their standing, named alone (两个乡的9个|边境村, 全县|贫困村: CCTV news; with a name before, a
    # village: 闽宁移民村)
    "边境村", "贫困村", "深度贫困村", "搬迁村", "移民村", "易地搬迁村",
    # policy words and a vice jieba lists as place or organization words, read so (生态|宜居|的美丽家园, “|三农|”工作,
    # 班子成员|大操大办|婚宴: CCTV news); no gold span of the corpora is one
    "宜居", "宜业", "三农", "大操大办",
    "中外",  # Chinese and foreign (回答了|中外|记者提问: CCTV news, read as a body)
    # apps and platforms, which LABELS.md tags as no entity (网上国网APP, 微信), read as bodies or people (|淘宝网|推出
    # “中国质造”项目, 在“|天猫|”: CCTV news), and a warning bell, a dead end and "open sesame" read as bodies and places
    # (敲响|警钟, 被逼上|绝路, 没让国内市场|芝麻开门: CCTV news); no gold span of the corpora is one
    "淘宝", "淘宝网", "天猫", "抖音", "快手", "微信", "微博", "支付宝", "拼多多", "小红书", "警钟", "绝路", "芝麻开门",
    "淘宝店", "网店", "淘宝村",  # shops on a platform and a village of them by its kind (沙集最早的|淘宝店|出现在2006年)
    "基金", "接龙",  # a fund and a chat app's roll-call feature read as persons (这只|基金|也是, |接龙|创建的方法: Sina tech news)
    # a river's ice breaking up or setting (黄河内蒙古段提前|开河, 累计|开河|244公里: CCTV news; jieba's ns)
    "开河", "封河", "开江", "封江",
    "决口", "决堤口", "溃口",  # a breach in a dyke (对|决口|原因进行会商分析, 出现了近十米的|溃口: CCTV news)
    "绝壁",  # a cliff (毛相林：|绝壁|凿通幸福路: CCTV news)
    "水库", "水库群",  # reservoirs by their kind alone (长江上游|水库|群将实施联合调度: CCTV news; no gold span is one)
    # a field, the whole globe, the moon's soil, pontoons and a blanket read as bodies or places (新|能源 (ORG)|技术研发,
    # |全球 (ORG)|首个…技术机构, 着陆区|月壤 (LOC)|中, 我军|舟桥 (LOC)|兵, 折叠床、|毛毯 (LOC)|、家庭应急包: CCTV news of
    # floods and science; no gold span of MSRA, People's Daily or CLUENER is one)
    "能源", "全球", "月壤", "舟桥", "毛毯",
    "塔台",  # an airport's control tower (跑道和|塔台|等核心区: CCTV news, 3 times on the probes)
    # natural forest, a sheet of flood water, a sea-crossing bridge, the great rivers and lakes and a government service
    # hall by their kinds (对|天然林|实施保护, 一片|泽国, 连接澳门和氹仔的|跨海大桥, 鄱阳湖等|大江大河大湖, 在|政务大厅: CCTV
    # news; no gold span of MSRA, People's Daily or CLUENER is one)
    "天然林", "泽国", "跨海大桥", "大江大河", "大江大河大湖", "政务大厅", "政务服务大厅", "便民服务大厅",
    # a local government bureau named by its kind alone (公安局局长郑斌: whose bureau the text does not say)
    *(kind + "局" for kind in ("公安", "财政", "民政", "教育", "水利", "卫生", "卫健", "统计", "税务", "环保", "交通", "农业",
                               "林业", "住建", "人社", "商务", "应急管理", "安监", "市场监管", "自然资源", "生态环境", "文旅", "文广",
                               "医保", "审计", "司法", "城管", "规划", "国土", "房管", "粮食", "科技", "发改", "经信",
                               "农业农村", "水务", "资规", "建设", "旅游", "体育", "档案", "信访", "工商", "社保")),
})

#: Words that are no place though they name something else (平安: the 平安中国 and 平安建设 campaigns read as a place,
#: 7 times on the CCTV probes; MSRA, CLUENER and People's Daily tag the insurer 平安 an ORG, six times; 嘉宾, guests,
#: read as a place 5 times on the probes, which CLUENER tags as a position; 太阳, the sun, which MSRA tags a place some
#: 50 times, 太阳|能 and 太阳|系 among them, and which the written labels leave untagged all 6 times: LABELS.md's places
#: are places on the map, and the tagger read it as one 12 times on the probes, 太阳|翼 of a space station too).
_NO_PLACE_WORDS = frozenset({"平安", "嘉宾", "太阳",
                             # common nouns and a set phrase's piece read as places (从城市社区到|田野|乡村, 看望了|日托|所的
                             # 老人, 围绕|一江|两岸打造: CCTV news); 田野 is a person's name in CLUENER, so places only
                             "田野", "日托", "一江",
                             # a mountain village (扎根|山村: local news, read as a place with the verb; the corpora tag
                             # none of 55; 熨斗山村 is a name)
                             "山村"})
_GENERIC_ENDINGS = tuple(GENERIC_WORDS)

#: Roles, not posts (LABELS.md: 负责人, 记者, 干部, 志愿者, 老师), and the roles of bylines and datelines
#: (本报讯（通讯员 孙丽）): CLUENER marks 记者 as a position, so the tagger reads it as a TITLE, and a byline would
#: become an official.
ROLES = frozenset({
    "记者", "本报记者", "本台记者", "特约记者", "见习记者", "实习记者", "摄影记者", "融媒记者", "全媒体记者",
    "通讯员", "本报通讯员", "特约通讯员", "实习生", "编辑", "责任编辑", "摄影", "撰稿",
    "负责人", "干部", "志愿者", "老师", "教师", "领导", "省领导", "市领导", "县领导", "区领导", "镇领导",
    # occupations and service roles the written labels never tag before a name (网格员田秀梅, 快递员陈浩), which CLUENER tags
    "网格员", "消防员", "队员", "快递员", "护理员", "保洁员", "讲解员", "运动员", "驾驶员", "司机",
    "飞行员", "宇航员", "航天员",  # 被极端组织处死的飞行员卡萨斯贝 (CCTV news), a crew's members: no office
    "民警", "交警", "辅警", "警察", "医生", "护士",  # 派出所民警赵闯, 眼科医生: the written labels tag none of 90 (CLUENER does)
    "选手", "官员", "博士", "主人", "牢记",  # 中国选手丁宁, 俄外交部官员, 博士, 机器的主人陈卓; 牢记 a verb (CCTV)
    "保安", "门卫", "主犯", "从犯",  # a guard's job and a convict's part, no post (另一名保安孙凯, 南京大屠杀主犯谷寿夫: CCTV)
    "党务", "政务", "村务",  # kinds of work the tagger reads as posts before 工作者 (优秀党务工作者)
    # delegates of a group, not of a congress (LABELS.md's post is 全国人大 + 代表): 来访的客商代表, 村民代表
    *(group + "代表" for group in ("群众", "客商", "企业", "村民", "居民", "党员", "职工", "员工", "学生", "家长", "青年", "妇女",
                                  "专家", "志愿者", "老人", "游客", "农民", "商户", "乡贤", "师生", "各界", "嘉宾", "用户", "业主")),
    "业主", "民宿业主", "店主", "老板", "场主", "农场主", "家庭农场主",  # owners: 26 in the written train and dev text, none tagged
    # (家庭|农场主|谢桐洲, read as one post once merged: CCTV news)
    "党内",  # the first half of 党内警告 (a disciplinary sanction) after a name, not a post
    "主持",  # a host, and in this genre mostly the verb (书记徐建国|主持|召开), which CLUENER's 主持 (a TV host) teaches as a post
    "成员",  # a member of a group, no post (中央宣讲团|成员: the written labels leave 宣讲团”成员 untagged); 党组成员 is a post
    # from CCTV news: a helper, followers, experts, the one held to blame, and kin (阿什拉夫的|助手|乔杜里, 穆尔西|支持者,
    # 专家学者|陈义龙, 直接|责任人|黎兵, 默克尔|丈夫|绍尔)
    "助手", "支持者", "专家学者", "责任人", "丈夫", "妻子",
    "徒弟", "师傅", "师父", "学徒", "弟子",  # apprentices and masters (潘玉华对|徒弟|们说: CCTV news, read as a person)
    "大学生", "研究生", "学生", "中学生", "小学生", "学员",  # students, no post (大学生|闫卓豪: CCTV news; 高三（2）班|学生|李思远)
    "侄子", "儿子", "女儿", "父亲", "母亲", "孙子",  # 萨勒曼的|侄子|、原副王储…
    "宝宝", "小宝宝",  # a newborn (这个健康可爱的|宝宝|和妈妈第一次见面: CCTV news)
    "军官", "士兵", "战士",  # 美军|军官|纳扎里奥, 扫雷排爆大队|战士|杜富国: a rank's holder or a soldier, no post
    # from CCTV news: a legal representative and an owner in control of a firm (公司|法定代表|人张晓东, 实际|控制人|张洪显),
    # a prize's winner (图灵奖|得主|莱斯利·瓦利安特), a young athlete (湖北|小将|章天琪), a special police officer (特警|张劼),
    # cadres in general (中高级|领导干部), the next and the new holder of a post (为|下任|联合国秘书长, 丹麦|新任|国王),
    # and verbs, wishes, an order and a plan read as posts (美国|制裁|阻碍, 法院|维持|判决, 赶赴…|指导, 节日快乐、|健康长寿|,
    # 中华人民共和国|主席令, 卢拉|总统战略|引领下, 与欧盟|官员磋商|后): no gold TITLE of the corpora is one of them
    "法定代表", "法定代表人", "控制人", "实际控制人", "得主", "小将", "特警", "领导干部", "下任", "新任",
    "制裁", "维持", "指导", "健康长寿", "主席令", "总统战略", "官员磋商",
    "追授", "授予", "追认",  # verbs of conferring an honour (…扶贫办日前|追授|黄文秀同志“全国脱贫攻坚模范”称号: CCTV news)
    "村官", "大学生村官",  # a college graduate serving in a village, a role (最美|村官|裴春亮: CCTV news; no gold span is one)
    # from CCTV news: a player's position (墨西哥队的|门将|奥乔亚; CLUENER tags them, the written labels never: a coach's post
    # they tag, 主教练), a story's part, a suspect, a citizen, a veteran (文中的|主角|廖厂长, 34号|嫌犯|郭廖武, 乌克兰|公民|…,
    # 八路军|老战士|樊玉成) and a collective leadership (中共中央|领导集体|和习近平总书记)
    "门将", "守门员", "前锋", "中锋", "后卫", "中场", "球员", "主角", "配角", "嫌犯", "嫌疑人", "犯罪嫌疑人", "公民",
    "老战士", "老兵", "领导集体",
    "民主党人", "共和党人",  # a party's member, no post (国会众议院议长、|民主党人|佩洛西: CCTV news)
    # from CCTV news: a colleague, a worker, a screenwriter, a submersible's pilot and a mentor (民警曲玉权和|同事|李振东,
    # |建筑工人| 黄丙勋, |编剧|王朝柱, “蛟龙”|潜航员|叶聪, 伟大革命|导师|马克思): the written labels tag none of 60 mentions
    # (CLUENER tags occupations)
    "同事", "工人", "建筑工人", "编剧", "潜航员", "导师",
})
#: Chinese numerals alone (a list item's 十八、, a date's 二〇〇|四年, 十五五 of a five-year plan) name nothing; MSRA's
#: 八一 (the army's day, naming its teams: 八一队) and 一一○ (the police's number) are the only gold spans of the kind.
#: Numerals written in Chinese characters (一…十, 百, 千, 〇, 零, 两).
CHINESE_NUMERALS = "一二三四五六七八九十百千〇○零两"

#: Level words that name a body by its rank alone (县水利局, 县人民医院), and the committees named by them (市委统战部, 县委).
LEVELS = ("省", "市", "州", "县", "区", "旗", "乡", "镇", "村", "街道", "社区", "嘎查", "苏木")

#: Bodies named by their level or kind alone that are part of the post after them (县委副书记, 居委会主任, 妇联主席,
#: 市政府秘书长: CLUENER's posts read 省委副秘书长 so, and no corpus tags a bare 市政府 but five of CLUENER's; a
#: bare 村, 镇, 社区 before a party organ then leaves the post again: :func:`_without_bare_level`).
BARE_BODY_WORD = re.compile(rf"^(?:{'|'.join(LEVELS)})?"
                             r"(?:委|党委|党工委|党总支|党支部|支部|党组|居委会|村委会|居委|村委|妇联|团委|工会|政协|人大|人大常委会|纪委"
                             r"|组织部|宣传部|统战部|政法委|办事处|人武部|总工会|监委会|监委|村监委|政府|人民政府|团[省市州县区]委|管委会"
                             r"|纪委监委|村务监督委员会|村民委员会|居民委员会|纪检组|纪检监察组"
                             r"|工商联|侨联|科协|文联|残联|社科联|关工委)$")  # the discipline commission and supervisory commission named
#: together; a body's discipline inspection group (财政局党组原书记殷永强、|纪检组|原组长卢玲: CCTV news); the people's
#: organizations of a level (市工商联|主席, 县科协, 市残联: local news; MSRA's train tags two such: 残联, 科协, CLUENER's
#: one: 市工商联; not 红十字会, whose states may stand apart before it: 朝韩双方|红十字会)
#: A member of a body's party organ, which the tagger reads into the body (小南海镇党委委员 → 小南海镇 + 党委委员), or
#: stops at the organ (党组|成员、副局长).
MEMBER_ORGANS = ("党委", "党工委", "党组", "党总支", "纪委")
ORGAN_MEMBER_WORDS = ("委员", "成员")
ORGAN_MEMBER = re.compile(rf"(?:{'|'.join(MEMBER_ORGANS)})(?:{'|'.join(ORGAN_MEMBER_WORDS)})$")
POST_ENDING = re.compile(r"(?:书记|主任|长|委员|主席)$")


#: How a post ends where a verb may follow it (副委员长|主持, 书记|主持, 主任|介绍): :func:`cut_post_at_verb`.
POST_BEFORE_VERB = re.compile(r"(?:书记|主任|长|委员|主席|经理|董事|理事|总裁|总监|总统|总理|首相)$")


#: The parts of a place by its direction: before a place's name (南部|房山区) and, with the finer ones of
#: :data:`PLACE_AREA_WORDS`, after it (湖南|东部).
DIRECTIONS = ("东部", "西部", "南部", "北部", "中部")
#: Common nouns that stand before a place's name and that the tagger reads into it (革命老区|横坎头村, 南部|房山区).
#: 回到|家乡|东街村, 最大|城市|芹苴市, 在|湖北秭归县 (from CCTV news)
GENERIC_PLACE_OPENINGS = ("革命老区", "老区", "家乡", "老家", "城市", "在",
                          # "your" or "our" province or city before one of its places (赴你省|巴东县官渡口镇: gov.cn documents)
                          "你省", "你市", "我省", "我市", "全省", "全市",
                          # what a county or province is big in, before its name (在|产粮大县|江西省安义县: CCTV news)
                          "产粮大县", "农业大县", "人口大县", "工业大县", "畜牧大县", "产粮大省", "农业大省", "经济大省",
                          "人口大省") + DIRECTIONS


#: Attending a meeting, which the tagger reads as the end of a body (武维华|出席会 (ORG)|议, 王沪宁|出|席会 (ORG)|议).
ATTENDING_A_MEETING = re.compile(r"[出列]席会议|应邀")


#: Prepositions and conjunctions the tagger reads into the start of a place or body after them (经|国务院同意,
#: 以|美国承认…, 与|中国书法家协会签署, 和|容东片区: CCTV news).
PREPOSITIONS_BEFORE_A_NAME = frozenset("经以与同和对向从在由据把被让给为将跟及")


def is_place_name_or_state(name: str) -> bool:
    """A country, a province, or a place of jieba's dictionary (美, 伊朗, 日本; a state's one-character short name)."""
    return is_place_name(name) or name in PROVINCES or name in PLACE_ABBREVIATIONS


#: One-character abbreviations of countries, regions and Chinese provinces and cities (中美, 访华, 京津冀, 皖北).
#: Ambiguous characters that mostly mean something else in this genre (新, 大, 青, 云, 吉, 贵) are left out.
PLACE_ABBREVIATIONS = frozenset("中美日俄英法德意加澳韩朝印巴以越泰欧亚非墨菲葡西荷蒙"
                                "港台华京沪津渝冀豫滇辽黑湘皖鲁苏浙赣鄂桂甘晋陕闽黔粤藏川琼宁")


#: One-character abbreviations of states, written before their head's or minister's post in CCTV headlines and
#: dispatches (乌总统泽连斯基, 匈外长, 叙外长, 以总理): those of PLACE_ABBREVIATIONS that name states, and states'
#: that name nothing else in this genre (新, 老, 马, 白 name a new or old post, or a surname, as often).
STATE_ABBREVIATIONS = frozenset("中美日俄英法德意加澳韩朝印巴以越泰墨菲葡荷蒙" "乌匈叙哈伊土埃沙阿塞希缅柬吉塔波捷")


#: Joiners a place, body or person may be read on from: 会议|和|二十国集团, 习近平总书记|和|阮富仲 (CCTV news).
JOINERS_BEFORE_A_NAME = frozenset("和与及同跟")


#: Characters that end names of places and bodies (units, waters, mountains, streets, teams, 会) or a direction in one
#: (浙西南): a span ending in one that jieba reads into the next word is kept.
ENDS_A_NAME = frozenset("市县区乡镇村省州江河湖山街城队局岛港湾峡口路桥会东南西北")


#: A kind of village named by its trade or standing (蔬菜专业村, 示范村, 重点村, a title: “农家乐第一村”).
_KIND_OF_VILLAGE = re.compile(r"(?:专业|示范|重点|特色|明星|第一|涣散|后进|脏乱|空壳)村$")  # also 软弱涣散村, 脏乱村 (CCTV news)
#: A unit's character anywhere in a name: one makes a kind of village a place's own (白沙镇示范村), and a name after a
#: county that holds one is no town's (衢江区|美丽乡村).
HAS_A_UNIT = re.compile(r"[省市县区镇乡村]")
#: A department of a body named by its kind alone (公司安全保卫部, 该医院办公室).
_DEPARTMENT_OF_A_BARE_BODY = re.compile(r"^该?(?:公司|集团|医院|学校|学院|中心)[\u4e00-\u9fff]{1,8}?(?:部|处|科|室|中心)$")


#: How an app's, mini program's or public account's name ends (网上国网APP, “浙里办”小程序): no entity (LABELS.md).
_APP_OR_ACCOUNT = re.compile(r"(?:APP|App|app|小程序|公众号)$")


def _inside_a_latin_word(entity: Entity, text: str) -> bool:
    """Whether a span ends or starts inside a word of Latin letters (|An|ti-MonopolyFund); not at CLUENER's "vs"
    between two teams written without spaces (Moon|vs|Nada, 都灵vs|ac米兰)."""
    def letter(at: int) -> bool:
        return 0 <= at < len(text) and text[at].isascii() and text[at].isalpha()
    ends_inside = letter(entity.end - 1) and letter(entity.end) and not text.startswith("vs", entity.end)
    starts_inside = letter(entity.start) and letter(entity.start - 1) and text[entity.start - 2 : entity.start] != "vs"
    return ends_inside or starts_inside


def is_generic(entity: Entity, text: str) -> bool:
    """Whether a span names no particular place or body: a generic word (:data:`GENERIC_WORDS`), also after a verb.

    The tagger sometimes reads a verb into a bare body type that follows it
    (帮助供电所第一时间定位: 帮助|供电所); the body type alone is generic, so
    the span is none. Nothing in the training corpora's gold is a verb plus a generic word.
    """
    if entity.text in GENERIC_WORDS or (entity.type == "LOC" and entity.text in _NO_PLACE_WORDS):
        return True
    if _APP_OR_ACCOUNT.search(entity.text):
        return True  # an app, mini program or public account by its name (网上国网APP: LABELS.md, no entity)
    if _inside_a_longer_generic_word(entity, text):
        return True  # 埃|博拉 (LOC)|纳入检疫传染病: a piece of a generic word the text writes whole
    if _inside_a_plate_number(entity, text):
        return True  # 车牌号为|湘A3ZT (ORG)|46轻型货车: a vehicle's plate, no body
    if any(text.startswith(phrase, entity.start) and phrase.startswith(entity.text) for phrase in _PHRASES_OPENING_WITH_A_NAME):
        return True  # |阳春|三月: a set phrase that opens with a place's name and names none
    if _SATELLITE_SERIAL.fullmatch(entity.text):
        return True  # “风云四号”|A星|发射升空: a satellite's serial letter (CCTV news, read as a place)
    cooperative = _KIND_OF_COOPERATIVE.fullmatch(entity.text) if entity.type == "ORG" else None
    kind = cooperative.group("kind") if cooperative else ""
    named_by_its_kind = word_tag(kind) in ("n", "vn") or (word_tag(kind) == "b" and word_frequency(kind) >= 100)
    if cooperative and named_by_its_kind and entity.text not in UNIQUE_BODIES:
        # 成立了|莲藕合作社: a co-operative named by its produce alone (the written labels' 香菇专业合作社); a rare
        # distinguishing word is a trade name (和林格尔县的|国兴合作社: CCTV news; jieba counts 国兴 10 times)
        return True

    if _inside_a_latin_word(entity, text):
        return True  # a piece of a Latin word (|An|ti-MonopolyFund, |Ec|onomicSecurityProject: Sina tech news)
    if entity.type == "LOC" and entity.text[-1:] in "旁边" and (entity.text[:-1] in GENERIC_WORDS
                                                              or entity.text[:-1] in ("国道", "省道", "县道")):
        return True  # a generic word or bare road and its side (位于|国道旁|的天摩沟: written dev)
    if entity.type == "LOC" and _KIND_OF_VILLAGE.search(entity.text) and not HAS_A_UNIT.search(entity.text[:-3]):
        return True  # a kind of village, not one (蔬菜专业村, 乡村振兴示范村, “农家乐第一村”; not 白沙镇|示范村)
    if (entity.type == "LOC" and text.startswith("村", entity.end) and _KIND_OF_VILLAGE.search(entity.text + "村")
            and not HAS_A_UNIT.search(entity.text)):
        return True  # the kind read without its 村 (由|后进|村变成了全国文明村: CCTV news)
    if entity.type == "ORG" and _DEPARTMENT_OF_A_BARE_BODY.match(entity.text):
        return True  # 公司|安全保卫部: a department of a body named by its kind alone (MSRA tags 3 such: 公司总部)
    if (entity.type == "LOC" and entity.text + text[entity.end : entity.end + 1] in DIRECTION_AREA_WORDS
            and not text.startswith("部分", entity.end)):  # 东北|部分地区 is the north-east
        return True  # a part of the country read as a place without its 部: 我国|中东|部地区 (not 中东 alone)
    if not entity.text.endswith(_GENERIC_ENDINGS):  # no jieba call for most spans
        return False
    start, end = word_at(text, entity.start)
    # (jieba's dictionary tags a few place names as verbs: 硚口区|应急管理局 is a place's bureau)
    return (start == entity.start and end - start >= 2 and end < entity.end and is_verb(text[start:end])
            and not UNIT_END.search(text[start:end])
            and (text[end:entity.end] in GENERIC_WORDS or text[end:entity.end] in _BARE_VILLAGE_BODIES))


#: The generic words of three characters or more, whose pieces the text may read as names (埃|博拉, 大江|南北) and
#: which a place may run on into (boundaries.py).
LONG_GENERIC_WORDS = frozenset(word for word in GENERIC_WORDS if len(word) >= 3)
_LONGEST_GENERIC_WORD = max(map(len, LONG_GENERIC_WORDS))


def _inside_a_longer_generic_word(entity: Entity, text: str) -> bool:
    """Whether the span is a piece of a generic word of three characters or more that opens before it (我国将|埃|博拉 (LOC)|
    纳入检疫传染病管理: CCTV news, the disease read as a person and a place; 大江|南北), which names nothing whole. Not the
    opening of one: MSRA tags 马克思 in 马克思主义 and 中华 in 中华儿女."""
    for start in range(max(0, entity.end - _LONGEST_GENERIC_WORD), entity.start):  # not 马克思|主义, 两岸|关系
        for end in range(max(entity.end, start + 3), min(len(text), start + _LONGEST_GENERIC_WORD) + 1):
            if (start, end) != (entity.start, entity.end) and text[start:end] in LONG_GENERIC_WORDS:
                return True
    return False


#: A co-operative named by its produce or craft alone, a common noun of jieba's (莲藕合作社, 香菇专业合作社, 供销合作社): a
#: kind of body, which the written labels leave untagged (虾稻专业合作社, 银饰加工合作社); not a trade name (仁发合作社),
#: nor one of the lists of national bodies.
_KIND_OF_COOPERATIVE = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,3}?)(?:专业|产业|加工|种植|养殖)?合作社")
#: Set phrases that open with a place's name and name no place: spring's third month (阳春, a city of Guangdong's, read as
#: a person or place: CCTV news). The generic words leave the opening piece of a phrase alone (MSRA tags 马克思 in
#: 马克思主义), so these are listed apart.
_PHRASES_OPENING_WITH_A_NAME = ("阳春三月",)
#: A satellite's serial letter and 星 (“风云三号”D星), which names no place.
_SATELLITE_SERIAL = re.compile(r"[A-Z]\d?星")


#: A Chinese vehicle plate: a province's one-character abbreviation, the issuing office's letter and four to six
#: letters or digits (湘A3ZT46, 闽BY2508, 粤B·D12345).
_PLATE_NUMBER = re.compile(r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·・]?[A-Z0-9]{4,6}")


def _inside_a_plate_number(entity: Entity, text: str) -> bool:
    """Whether the span lies inside a vehicle plate the text writes around it (车牌号为|湘A3ZT (ORG)|46轻型货车: CCTV news
    of a road accident; traffic news writes plates often), which names no place or body."""
    return any(plate.start() <= entity.start and entity.end <= plate.end()
               for plate in _PLATE_NUMBER.finditer(text, max(0, entity.start - 1), min(len(text), entity.end + 8)))


#: A village's bare party branch or committee, which a verb read into it leaves with no name (希望|村党支部|充分发挥…:
#: CCTV news; LABELS.md's 该村党委 is generic); alone after a village's name it is part of the body (古县村党支部).
_BARE_VILLAGE_BODIES = frozenset({"村党支部", "村党总支", "村党委", "村两委", "村委会"})


#: Terms nothing inside of which is a name. First the policy terms of this genre built on a common place noun (美丽乡村,
#: 未来社区, 海绵城市): they name no place, but the tagger reads 美丽乡村 as a place (then cut to 美丽 by
#: :func:`cut_trailing_common_noun`) and 美丽城|镇 as one.
#: Terms with a place inside (美丽浙江) are left out: LABELS.md tags a place used as a modifier. The slogan 绿水青山就是
#: 金山银山 is read as two places too (no corpus tags either).
TERMS_WITH_NO_NAME_INSIDE = ("美丽乡村", "美丽休闲乡村", "和美乡村", "未来乡村", "数字乡村", "美丽城镇", "特色小镇", "未来社区", "美丽河湖", "美丽庭院",
                "绿水青山", "金山银山", "海绵城市", "文明城市", "卫生城市", "森林城市", "智慧城市", "园林城市", "平安乡村", "文明村镇",
                "南水北调", "宜居宜业", "宜居城市",  # the water-transfer project (南水|北调 read as a place) and 宜居宜业和美乡村
                # and the gas, power and data transfer projects (|西气|东输三线: CCTV news, read as a place; no gold span of
                # the corpora lies inside one)
                "西气东输", "西电东送", "东数西算", "北煤南运", "疆电外送", "川气东送",
                # governing Sichuan and making it prosper, a set phrase of Sichuan's news (推动|治|蜀兴川|再上新台阶: CCTV news)
                "治蜀兴川",
                # hard cash, a set phrase (真|金白银|的“国补”: CCTV news, read in part as a body)
                "真金白银",
                # the villages and townships all around, a set phrase (十里|八村|的客家人: CCTV news, read in part as a place)
                "十里八村", "十里八乡",
                # the Huangmei opera (|黄梅|戏、京剧: CCTV news, read in part as a person; no corpus names it)
                "黄梅戏",
                # land returned to lakes, forest and grass, and the mutual support of army and people (|退田还湖|这个村,
                # 全国|双拥|模范城: CCTV news, read as places; MSRA leaves 双拥模范县 untagged)
                "退田还湖", "退耕还林", "退牧还草", "双拥",
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
                "美美与共",
                # and the water ministry's happy rivers and lakes, read into the river before it (柚树河|幸福河|湖建设项目:
                # written dev; no gold span of the corpora lies in or across one)
                "幸福河湖",
                # and "keeps in mind", whose pieces the tagger reads as a person (总书记|念兹在|兹: CCTV news; 念兹在兹 whole and
                # 念兹 are generic words)
                "念兹在兹",
                # and Beijing's functions that are not a capital's, to be moved out (疏解北京|非|首都功能: gov.cn documents
                # and CCTV news; the place before it stays)
                "非首都功能",
                # and the water-diversion projects named by the rivers they join (引|大济湟 (LOC)|工程, 引|江济淮 (LOC),
                # 引|汉济渭 (LOC)|工程: CCTV news of water works; no gold span of the corpora lies in or across one)
                "引大济湟", "引江济淮", "引汉济渭", "引江补汉", "引黄入冀", "引黄济青", "引滦入津", "引江济太")
TERM_WITH_NO_NAME_INSIDE = re.compile("|".join(TERMS_WITH_NO_NAME_INSIDE))
LONGEST_TERM = max(map(len, TERMS_WITH_NO_NAME_INSIDE))


def in_term_with_no_name(entity: Entity, text: str) -> bool:
    """Whether a span lies inside a policy term, observance or noun of :data:`TERMS_WITH_NO_NAME_INSIDE` (美丽|乡村,
    美丽城|镇, 面向|五星|红旗), or inside terms side by side
    (世界水日中国水周 read as 日中国); none of the training corpora tags one. So does one opened inside a term that runs one
    character past it (引|大济湟北 (LOC)|干渠: the 引大济湟 project's north canal; CCTV news): no name of one character."""
    covered, opened_inside = entity.start, False
    for match in TERM_WITH_NO_NAME_INSIDE.finditer(text, max(0, entity.start - LONGEST_TERM), min(len(text), entity.end + LONGEST_TERM)):
        if match.start() <= covered < match.end():  # terms side by side cover a span across them (世界水日|中国水周)
            opened_inside = opened_inside or match.start() < entity.start
            covered = match.end()
    return covered >= entity.end or (opened_inside and entity.end - covered < 2)


#: Words that make a quotation before them the name of a programme, campaign or slogan (“幸福红立方”工程).
PROGRAMME_WORDS = ("工程", "行动", "机制", "品牌", "模式", "目标", "栏目", "体系", "理念", "活动", "计划", "项目", "工作法",
                   "战略", "专项", "系列", "主题", "口号", "精神", "经验", "示范", "党建", "节目", "特别报道",
                   "法案")  # a bill's name in quotes, a document's title (所谓“维吾尔强迫劳动预防法案”: CCTV news)
SHORT_QUOTATION = re.compile(r"“([^“”\n]{1,20})”")
#: The brand's 牌 after a quoted name (“钱江源”牌清水鱼): a product's name, no entity (MSRA tags nothing in 6 of 9).
BRAND = "牌"
#: What names an app, mini-program, account or platform right after its quoted name (“南宁健康”公众号, “周口零工”小程序,
#: “衢州停车”APP): a product, no entity, nor anything inside it (LABELS.md; the written labels tag nothing in 5 such).
_APP_WORDS = r"(?:APP|App|app|小程序|公众号|客户端|平台)"
#: A programme word right after the quotation or after a verb of two characters (“青年留杭第一区”打造目标), a region's
#: public brand (“衢江农品”区域公用品牌) or an app's word.
_PROGRAMME_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,2}}(?:{'|'.join(PROGRAMME_WORDS)})|区域公用品牌|{_APP_WORDS}")


#: The rest of a list of breeds or varieties after one of its items (安格斯|、西门塔尔等优良品种): the items are no places.
_REST_OF_A_LIST_OF_BREEDS = re.compile(r"(?:、[\u4e00-\u9fff]{1,8}?)*等(?:优良|优质|特色|名优|地方|新)?品种")


def is_breed_in_a_list(entity: Entity, text: str) -> bool:
    """Whether a span is an item of a list closed by 等品种 (推广|安格斯|、|西门塔尔|等优良品种: a written dev article, the
    cattle breeds read as places), that ends in no unit. No gold span of the corpora stands so outside quotation marks
    (MSRA's 日本 in “日本砂梨”等优良品种 is inside one)."""
    return (entity.type in ("LOC", "ORG", "PER") and not UNIT_END.search(entity.text)
            and bool(_REST_OF_A_LIST_OF_BREEDS.match(text, entity.end)))


def in_quoted_programme(entity: Entity, text: str) -> bool:
    """Whether a span lies inside a quoted programme, campaign or slogan name (“青年留杭第一区”打造目标).

    LABELS.md: nothing inside quoted slogans, programmes, campaigns or event
    names is tagged. A quotation is read as one when a programme word follows
    it, at most two characters on (工程, 行动, 机制, 品牌, 打造目标, 活动 …), or a brand's 牌 right after it (“钱江源”牌), or
    ends with one (“枫桥经验”, “井陉模式”: People's Daily dev tags two such
    places), or is a head's nickname ending in the post (“月光书记”), or ends with its year (“中国制造2025”, “和平使命―2013”: CCTV news, 12 spans; no gold span of the corpora
    lies in one), or is a slogan of four-character phrases (“通江达海、兴海强国”), and a longer quotation of up to 40
    characters that ends in 行动, 工程, 活动 or 计划 (a campaign's
    name), or an epithet of a person (“田秀才”, “胡柚大王”: :data:`_EPITHETS_OF_A_PERSON`; a real place in it stays), or a national or provincial honour that ends like a place of its kind (“中国农民画村”, “中国胡柚之乡”:
    :data:`_HONOUR_TITLE`); a venue in quotes (“清风山房”驿站) is not. MSRA and People's Daily tag places in such names (“温州人话经商”活动,
    39 gold spans in MSRA and CLUENER train); none of the written labels does.
    """
    return any(_PROGRAMME_AFTER.match(text, quote.end()) or quote.group(1).endswith(PROGRAMME_WORDS)
               or text.startswith(BRAND, quote.end())
               or _NAMED_WITH_A_YEAR.search(quote.group(1)) or _SLOGAN_OF_FOUR_CHARACTER_PHRASES.fullmatch(quote.group(1))
               or _is_slogan_of_phrases_at_a_dot(quote.group(1))
               or (entity.type != "TITLE" and _NICKNAME_OF_A_HEAD.search(quote.group(1)))
               or (quote.group(1).endswith(_EPITHETS_OF_A_PERSON) and entity.type != "ORG"
                   and not (entity.type == "LOC" and (is_place_or_city(entity.text) or UNIT_END.search(entity.text))))
               or _HONOUR_TITLE.fullmatch(quote.group(1))
               for quote in short_quotations_around(entity, text)) or any(
        quote.group(1).endswith(_CAMPAIGN_ENDINGS) and quote.start(1) <= entity.start and entity.end <= quote.end(1)
        for quote in _LONG_QUOTATION.finditer(text, max(0, entity.start - 41), entity.end + 42))


#: A quoted honour a place is known by or given, national or provincial, ending like a place of its kind: “中国农民画村”
#: (a local-style sentence, read as a place), “中国胡柚之乡”, “全国文明村”; the written labels tag nothing in
#: “中国农村改革第一村” or “中国电器之都” (MSRA tags 中国 in “中国石雕之乡”).
_HONOUR_TITLE = re.compile(r"(?:中国|全国|浙江省?|省级|国家级?|全省)[\u4e00-\u9fff]{1,12}(?:之乡|之城|之都|村|镇|乡|县|市)")
#: A slogan of four-character phrases joined by 、 or ， (“通江达海、兴海强国”, “积善之家，必有余庆”: CCTV news, read as
#: places and people); the written labels tag nothing inside 69 such quotations, MSRA's gold tags names in 10 of 143
#: (“团结起来，振兴中华”).
_SLOGAN_OF_FOUR_CHARACTER_PHRASES = re.compile(r"(?:[\u4e00-\u9fff]{4}[、，]){1,3}[\u4e00-\u9fff]{4}")
#: The middle dots that part a transliterated name (拉·苏弗里耶尔) or the phrases of a slogan.
NAME_DOTS = "·•・"
#: Four-character phrases joined by a middle dot (“南孔圣地·衢州有礼”: a city's brand slogan in local news, read as a place).
_PHRASES_AT_A_DOT = re.compile(rf"(?:[\u4e00-\u9fff]{{4}}[{NAME_DOTS}]){{1,3}}[\u4e00-\u9fff]{{4}}")


def _is_slogan_of_phrases_at_a_dot(quoted: str) -> bool:
    """Whether a quotation is four-character phrases joined by a middle dot, not a transliterated name written so
    (“德米特里·东斯科伊”)."""
    return bool(_PHRASES_AT_A_DOT.fullmatch(quoted)) and not set(quoted) - set(NAME_DOTS) <= TRANSLITERATION_CHARS
#: A quotation of 21 to 40 characters, too long for :data:`SHORT_QUOTATION`, that names a campaign by its ending
#: (“预防和打击利用离岸公司和地下钱庄向境外转移赃款专项行动”: CCTV news).
_LONG_QUOTATION = re.compile(r"“([^“”\n，。！？；：]{21,40})”")  # no clause marks: not a quoted speech (…将采取必要的司法行动)
_CAMPAIGN_ENDINGS = ("专项行动", "行动", "工程", "活动", "计划")


#: A quoted nickname of a head ending in the post (“月光书记”, “泥腿子村长”: CCTV features on village cadres, which read
#: 月光 as a place), not a quoted post (驻村“第一书记”) nor a place's or body's (“小岗村书记”); no gold span of the
#: corpora lies in one.
_NICKNAME_OF_A_HEAD = re.compile(r"[^一副村镇乡县市区委部支组会]"
                                 r"(?:书记|村长|主任|镇长|乡长|县长|校长|站长|所长|局长|队长|馆长|社长|厂长|院长"
                                 r"|医生|大夫|老师|教师|法官|民警|警官|护士|邮递员)$")  # also a role's: “索道医生” (CCTV news)


#: The endings of a quoted epithet a person is known by (“田秀才”, “胡柚大王”, “电力老娘舅”: local-news features on village
#: cadres and growers, read as a person, a place and a post); the written labels tag nothing in 11 such quotations
#: (“土专家”, “红管家”), MSRA's gold only the real places of a few (“四川省青年星火带头人”), which stay, as a body does
#: (“郑州市二七司法培训学校工作人员”). So are a quoted role's 员 (“红色代办员”, read as a post: the written labels tag
#: nothing in 25 quotations ending in 员) and 小二 (“河小二”, the river volunteers' nickname, read as a person).
_EPITHETS_OF_A_PERSON = ("秀才", "大王", "能人", "娘舅", "管家", "领头雁", "带头人", "当家人", "状元", "巧匠", "红娘",
                         "铁人", "达人", "土专家", "老黄牛", "员", "小二")


#: A quoted name that ends with its year, maybe after a dash, names a plan, exercise or event (“中国制造2025”,
#: “和平使命―2013”, “非洲狮2026”, “厦门-2015”网络反恐演习, “亚非会议之旅1955-2015”).
_NAMED_WITH_A_YEAR = re.compile(r"[\u4e00-\u9fff](?:(?:19|20)\d\d)?[-－―—–]?(?:19|20)\d\d$")


def short_quotations_around(entity: Entity, text: str) -> list[re.Match[str]]:
    """The quotations of up to 20 characters (slogans, programmes' names) that hold a span."""
    return [quote for quote in SHORT_QUOTATION.finditer(text, max(0, entity.start - 21), entity.end + 22)
            if quote.start(1) <= entity.start and entity.end <= quote.end(1)]


#: A 《》 title: of a document, a work or a paper.
BOOK_TITLE = re.compile(r"《([^《》\n]{2,60})》")


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
               and (entity.end - entity.start < len(title.group(1)) or title.group(1).endswith(_DOCUMENT_KINDS)
                    or bool(_DOCUMENT_KINDS_AFTER_A_NAME.search(title.group(1))))
               for title in BOOK_TITLE.finditer(text, max(0, entity.start - 61), entity.end + 62))


#: How the titles of documents end (《军事情报保护协定》, from CCTV news): such a title is no name even read whole, as a
#: newspaper's is (《工人日报》).
_DOCUMENT_KINDS = ("条例", "法", "协定", "条约", "公约", "办法", "规定", "意见", "通知", "决定", "方案", "规划", "纲要",
                   "计划", "宣言", "议程", "报告", "白皮书", "协议", "宪章", "声明", "决议", "指南", "细则", "标准")
#: And bulletins, blue books, yearbooks and notices, after two characters or more (《中国水资源公报》, 《视听新媒体蓝皮书》:
#: CCTV news; not the paper 《大公报》).
_DOCUMENT_KINDS_AFTER_A_NAME = re.compile(r"[\u4e00-\u9fff]{2}(?:公报|蓝皮书|年鉴|公告|通告)$")


#: Generic words after a place name that stay out of it (LABELS.md: 木兰溪|流域).
#: The part of a place by its direction (湖南|东部山区, 黑龙江|中东部), which stays off it too.
DIRECTION_AREA_WORDS = DIRECTIONS + ("东北部", "西北部", "东南部", "西南部", "中东部", "中西部", "中南部", "中北部")
_DIRECTION_AREA_WORDS_LONGEST_FIRST = longest_first(DIRECTION_AREA_WORDS)


#: Common nouns a place runs on into when it modifies them (杭州|城市, 大连|农村, 剑灶村|村民).
RESIDENT_NOUNS = ("村民", "居民", "市民")
COMMON_PLACE_NOUNS = ("城市", "乡村", "农村", "城乡", "城镇", "山区", "村庄", "广大干部",
                      # and what a place's name modifies in world news (|俄罗斯国旗|图案, 支援|加沙平民|, 由|深圳运营|的,
                      # 30万吨|俄罗斯化肥|, |越南榴莲|, 依照|埃及法律|, |甘肃交通|、城管, |青海绿色|发展: CCTV news; no gold
                      # place of the corpora ends with one)
                      "国旗", "平民", "运营", "化肥", "榴莲", "法律", "交通", "绿色",
                      "国徽", "国歌",
                      # a family farm's owner (一份土壤“体检报告”就显示在|黑龙江家庭|农场主姬迎秋的手机上: CCTV news)
                      "家庭",
                      # the venues of a meeting held in several places (在全国政协机关主会场和贵州、|云南分会场|参会: CCTV news)
                      "分会场", "主会场") + RESIDENT_NOUNS  # 国徽: |中华人民共和国国徽| above the rostrum (CCTV news)


#: The whole of a unit (全市, 全县 …), which names no place (LABELS.md).
WHOLE_OF_A_UNIT = "全[省市县区镇乡村]"
_WHOLE_UNIT_AFTER_A_PLACE = re.compile(rf"^([\u4e00-\u9fff]{{2,}}?){WHOLE_OF_A_UNIT}")


def opens_with_the_whole_of_a_unit(entity: Entity) -> bool:
    """Whether a place or body opens with 全县, 全市 … (the whole county, city …): 视察|全县养老服务中心|建设情况 names
    every centre of the county, no body (a local paragraph, read as one ORG); 全市 and the like are no names (LABELS.md)
    and no gold span of the corpora opens with one (全国 is not of them: 全国人大)."""
    return entity.type in ("LOC", "ORG") and len(entity.text) > 2 and re.match(WHOLE_OF_A_UNIT, entity.text) is not None


def place_before_its_whole_unit(entity: Entity) -> Entity:
    """Cut a place read on into 全市, 全县 … (the whole city, county …) and what follows back to the place: 在|临安全市中小学|
    展开 → 临安 (CCTV news, read as a body); 全市 and the like are no names (LABELS.md). Only where what is left is a
    place of jieba's or ends in a unit; no gold span of the corpora holds 全市 or the like after its third character."""
    whole = _WHOLE_UNIT_AFTER_A_PLACE.match(entity.text) if entity.type in ("LOC", "ORG") else None
    if whole is None or not (is_place_word(whole.group(1)) or UNIT_END.search(whole.group(1))):
        return entity
    return Entity(entity.start, entity.start + len(whole.group(1)), "LOC", whole.group(1))


def cut_trailing_common_noun(entity: Entity, text: str) -> Entity:
    """Cut a place read on into the common noun it modifies: 擦亮杭州|城市重要新中心, 大连|农村.

    Only where the common noun is a dictionary word of its own that ends the
    span and a word of at least two characters stands before it (文昌市文|城镇
    is 文城镇, not 文 + 城镇). Of the gold places of MSRA train, CLUENER
    train, People's Daily dev and the written train split it would change 3
    (下一|村庄, 林达海渔|城市, 关中|农村). The residents of a place that ends
    like one (剑灶村|村民, 居民, 市民) are cut off even where jieba joins the
    place's last character to the word before (灶村): no gold place of those
    corpora ends with them. A place read with 名义 (in its name: 以哈尔滨市|名义|申办, as a body) is the place.
    """
    if entity.type == "ORG" and entity.text.endswith("名义") and UNIT_END.search(entity.text[:-2]):
        # in a place's name (以哈尔滨市|名义|申办: gov.cn documents, read as a body): the place
        return Entity(entity.start, entity.end - 2, "LOC", entity.text[:-2])
    if entity.type != "LOC" or len(entity.text) < 4 or not entity.text.endswith(COMMON_PLACE_NOUNS):
        return entity
    start, end = word_at(text, entity.end - 1)
    if end != entity.end or start < entity.start + 2 or text[start:end] not in COMMON_PLACE_NOUNS:
        return entity
    place = text[entity.start:start]
    before_start, before_end = word_at(text, start - 1)
    # the residents of a place that ends like one (剑灶村|村民, jieba: 灶村|村民) are cut off it too
    residents = text[start:end] in RESIDENT_NOUNS and UNIT_END.search(place)
    if (before_end != start or start - before_start < 2) and not residents:
        return entity
    return Entity(entity.start, start, entity.type, place)


def is_place_or_city(name: str) -> bool:
    """Whether ``name`` is a place of jieba's, a state, or a foreign or Chinese city (基辅, 西安, 霍姆斯)."""
    return is_place_name(name) or name in FOREIGN_CITIES or name in CITIES


_EMBANKMENTS = "大堤|大坝|堤坝|坝体|堤防"


def embankment_off_its_water(entity: Entity) -> Entity:
    """A river, reservoir or polder read with its embankment or dam (三角乡三角联圩|大堤, 团结水库|大坝) is the feature:
    the structure is a common noun, not part of the name (no gold place of the corpora ends in 大堤 or 大坝; named
    dams are one word: 葛洲坝, 胡佛水坝). Where what is left is a LOC of three characters or more; a river's dyke named
    by its kind, 河堤 or 江堤, goes off a name of two or more (涓水|河堤)."""
    found = re.search(rf"(?:{'|'.join(FEATURE_ENDINGS)})({_EMBANKMENTS})$", entity.text) if entity.type == "LOC" else None
    if not found and entity.type == "LOC":  # a river and its dyke, 河堤 or 江堤 (湖南|涓水河堤: CCTV news)
        found = re.search(r"[\u4e00-\u9fff]{2}((?:河|江|湖|海)堤)$", entity.text)
        if found:
            return Entity(entity.start, entity.start + found.start(1), "LOC", entity.text[: found.start(1)])
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
#: Roles a person is called by after the surname alone (叶医生, 王老师), as by a post: no PER either.
SURNAME_ROLES = ("医生", "老师", "护士", "律师", "警官", "博士", "教授", "将军")  # 朱博士说 (CLUENER dev), 甘将军 (CCTV)
#: A party committee's members for a portfolio (镇党委委员、组织委员吴丽萍).
PORTFOLIO_MEMBERS = ("组织委员", "宣传委员", "纪检委员", "统战委员", "政法委员", "武装委员")

#: A post written right after the place or body it belongs to (…村党支部书记, …研究中心主任, …地委书记): a head a
#: person is called by (:data:`SURNAME_POSTS`, also 支书, 第一书记, 总经理), maybe deputy or executive, maybe opened by
#: a party organ (or 党组织, the Party organization) or a village's committee, or a local post (:data:`LOCAL_POSTS`: 护林员).
ORGAN_OR_RANK_BEFORE_A_HEAD = rf"(?:{'|'.join(PARTY_ORGANS + ('党组织', '村委会', '居委会'))})?(?:常务)?副?"
#: 主任委员: a congress committee's chair; a party committee's member for a portfolio (组织委员, 宣传委员: 镇党委委员、
#: |组织委员|吴丽萍, which the tagger left untagged twice in the local paragraphs written for the check).
HEADS = '|'.join(longest_first({*SURNAME_POSTS, '支书', '第一书记', '总经理', '主任委员', *PORTFOLIO_MEMBERS}))
#: A state's posts written right after the state (英国|首相|卡梅伦, 沙特|国王|萨勒曼, 伊朗|最高领袖|哈梅内伊, 美国|国务卿,
#: 联合国教科文组织|总干事: CCTV news, where the tagger leaves 首相 untagged four times in five).
STATE_POSTS = (*LEADERS_POSTS, "外长", "国务卿", "外交大臣", "最高领袖", "王储", "埃米尔", "议长", "总干事",
               # a monarchy's or Japan's ministers, 大臣 (日本|防卫大臣|森本敏, 日本|财务大臣|麻生太郎, 英国|内政大臣)
               "财政大臣", "财务大臣", "内政大臣", "防卫大臣", "国防大臣", "经济产业大臣", "新闻大臣", "卫生大臣")
STATE_POSTS_LONGEST_FIRST = tuple(longest_first(STATE_POSTS))
POST_AFTER_A_BODY = re.compile(rf"{ORGAN_OR_RANK_BEFORE_A_HEAD}(?:{HEADS}|{'|'.join(LOCAL_POSTS)})|{ORGAN_MEMBER.pattern.removesuffix('$')}"
                                rf"|{'|'.join(longest_first(STATE_POSTS))}")


#: How names of organizations and of some places end; a span cut inside one (…服务中|心) is completed.
NAME_ENDINGS = {
    "ORG": ("中心", "公司", "集团", "学校", "医院", "银行", "协会", "学会", "商会", "支部", "党委", "分局", "分院",
            "中学", "小学", "大学", "学院", "研究院", "研究所", "合作社", "委员会", "办公室", "服务站", "养老院",
            "联合会", "基金会", "电视台", "政府", "法院", "检察院", "供电所", "派出所", "领导小组", "工作小组", "办事处", "人民政府", "总署",
            "共产党", "代表团", "气象台", "新闻办", "国新办", "党中央", "改革委", "防总",
            "分行", "支行"),  # a bank's branches (中国农业银行衢州分行|为村集体…: jieba reads 分|行为)
    "LOC": ("铁路", "公路", "大道", "水库", "公园", "街道", "社区", "景区", "园区", "新区", "开发区", "联圩", "山脉", "小区",
            "族乡", "族镇", "湾区", "口岸", "遗址", "自贸区", "高速", "机场", "大桥", "码头",
            "古城", "古镇", "古村"),  # an ancient town or village (衢州南孔古|城: local news)
}


def opens_a_word_past(text: str, start: int, end: int) -> bool:
    """Whether the dictionary word jieba reads from ``text[start]`` starts there and runs past ``end``: a name's last
    character that opens the next word (华容县统|筹), or the rest of an ending that does (北大|学子, 中国作协|会员; MSRA)."""
    word_start, word_end = word_at(text, start)
    return word_start == start and word_end > end


#: How the dictionary words for venues and stations end (火车站, 体育馆, 大使馆, 水电站, 风电场, 天文台): a named venue
#: the tagger stops inside (西安火车|站, 珍岛体|育馆, 以色列驻约旦大使|馆, 华电金上叶巴滩水|电站) is completed.
VENUE_ENDINGS = ("站", "馆", "机场", "电场", "宴会厅", "天文台", "派出所", "购物中心")
#: Words with a venue ending that name no venue: a body's website (…管理局官方|网站, CLUENER) is no part of its name.
_NO_VENUE_ENDINGS = ("网站",)


#: How the names of power stations and substations end (电站 also ends 变电站, 水电站, 核电站; 电厂 ends 发电厂); the corpora
#: tag them as bodies (MSRA: 柘林水电站, 大吴变电站, 丰镇电厂; the written labels: 梅源水电站).
POWER_STATION_ENDINGS = ("电站", "电厂", "变电所", "换流站")


def is_venue_word(word: str) -> bool:
    return word.endswith(VENUE_ENDINGS) and not word.endswith(_NO_VENUE_ENDINGS)


#: What the name of a river, lake, valley or polder ends with, after the chain of places it lies in
#: (平远县|柚树河, 高昌区|葡萄沟, 共和县塔拉|滩, 三角乡|三角联圩).
FEATURE_ENDINGS = ("水库", "联圩", "河", "江", "溪", "湖", "荡", "滩", "沟", "湾", "峡", "垸")
#: Verbs, prepositions and particles of one character read into a person's end (侯杰|做, 塔拉吉|时, 郭明义|学).
ONE_CHARACTER_WORDS_AFTER_A_NAME = frozenset("做时在是说等也都就又还则曾对向与同跟为被把将的已正要会学")
#: A school's or hospital's branch (海慧幼儿园宋家山分园: the example page, read as two places and merged; 保定一中分校,
#: 中科院南京分院: every gold span of the corpora that ends so is an ORG). Not a campus alone (伯克利校区: MSRA's LOC).
BRANCH_ENDINGS = ("分园", "分校", "分院")
#: The last characters of a natural feature's name: river, lake, hill, gully, … (木兰溪, 梁家沟, 月牙河).
NATURAL_FEATURE_ENDINGS = "湖江河山溪湾峡岛沟岭峰泉潭洲滩"


#: Posts the tagger reads into the name after them, with the state or province before them (美国|国务卿蒂勒森,
#: 吉林|省长景俊海, 沙特|王储穆罕默德, 国家发展和改革委员会|主任何立峰: CCTV news).
POSTS_READ_INTO_A_NAME = ("国务卿", "总统", "总理", "首相", "国王", "王储", "埃米尔", "外长", "部长", "主席", "顾问",
                          "大使", "议长", "秘书长", "书记", "主任", "省长", "市长", "县长", "州长", "局长", "厅长",
                          "镇长", "院长", "校长", "经理", "司令", "亲王", "女王", "特使", "发言人")


#: Last characters of the names of waters that local news in the Yangtze delta writes with one character before them
#: (元荡, 横泾, 麻漾): lake, river, creek, pond, harbour, shoal.
WATER_NAME_ENDINGS = frozenset("荡漾泾浦港塘浜淀湖江河溪湾滩潭")


def water_of_two_characters(text: str, start: int) -> bool:
    """Whether ``text[start:start + 2]`` is a character and a water's ending, single characters to jieba and no word of
    its dictionary together (元|荡; not 封河, 大湾)."""
    end = start + 2
    return (text[start + 1 : end] in WATER_NAME_ENDINGS and not is_known_word(text[start:end])
            and word_at(text, start)[1] == start + 1 and word_at(text, start + 1)[1] == end)


def joined_side_by_side(entities: Sequence[Entity], join: Callable[[Entity, Entity, list[Entity]], Entity | None]
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


#: How a post ends (书记, 部长, 研究员, 工程师, 外交大臣, 党领袖): a TITLE that ends otherwise is a piece of something else
#: (分管日|常工作), which the word's start would not mend.
ENDS_LIKE_A_POST = re.compile(r"(?:代表|书记|主任|长|员|主席|经理|总裁|总监|总统|总理|大臣|领袖|师)$")
#: What jieba tags the words of a clause that goes on after a place (武汉市|研究加强社区, 宁河县|要求驻村): verbs, adverbs,
#: prepositions, conjunctions, pronouns, numerals, time words, particles.
CLAUSE_WORD_TAGS = frozenset({"v", "vn", "vd", "d", "p", "c", "r", "m", "t", "u"})


#: A place name and nothing else: administrative units only, no word of a body (局, 委, 中心, 军区, …).
_BARE_PLACE = re.compile(rf"^[\u4e00-\u9fff]{{2,}}(?:{ADMIN_UNIT_ENDINGS})$")
#: A word that makes a name a body, also a ministry of Japan's or Korea's kind, which ends like a province (外务省, 大藏省).
BODY_WORD = re.compile(r"委|局|院|会|部|所|厅|办|司|队|组|中心|军区|政府|(?:外务|财务|大藏|防卫|总务|法务|环境|经济产业|文部科学|厚生劳动|农林水产|国土交通|通商产业|通产|邮政|运输|文部|厚生|劳动)省")


def bare_place_as_place(entity: Entity) -> Entity:
    """An ORG that is only a place name is a LOC (泽雅镇, 华丰村, 槐店乡大塘村).

    LABELS.md: an organization needs a body (南浔区水利局, 五里镇政府); a
    place that acts as the subject of a sentence (双浦镇“红谱浦”党建联建机制)
    is still a place, and so is a province and a city or county named without its unit (辽宁海城). Military regions
    (晋察冀军区) and names with a body word keep their type, also a ministry that ends like a province (日本外务省).
    """
    if entity.type == "ORG" and (_BARE_PLACE.match(entity.text) or _province_and_a_place(entity.text)) and not BODY_WORD.search(entity.text):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    if entity.type == "ORG" and _place_and_a_direction(entity.text):  # 湖北中南部: 部 of a direction is no body word
        return Entity(entity.start, entity.end, "LOC", entity.text)
    place = _name_before_its_word(entity.text, _SCHOOLS_OF_A_PLACE)
    if entity.type == "ORG" and len(place) >= 2 and (place in COUNTRIES_AND_PROVINCES or is_place_word(place)):
        return Entity(entity.start, entity.start + len(place), "LOC", place)  # 贵州|中小学: the place's schools, no one body
    return entity


#: The schools of a place as a kind, no one body (贵州中小学、幼儿园全部实施春假: CCTV news); no gold ORG of the corpora
#: ends with one. Longest first.
_SCHOOLS_OF_A_PLACE = longest_first(("中小学校", "中小学", "高校", "院校"))


def _name_before_its_word(name: str, words_longest_first: Sequence[str]) -> str:
    """What ``name`` holds before the longest of ``words_longest_first`` it ends with, or "" where it ends with none."""
    word = next((word for word in words_longest_first if name.endswith(word)), "")
    return name[: -len(word)] if word else ""


def _place_and_a_direction(name: str) -> bool:
    """Whether ``name`` is a place and a direction's area word after it (湖北|中南部, 浙江|西南部: CCTV news), a part
    of the place, which :func:`cut_place_area_word` then cuts off the LOC."""
    place = _name_before_its_word(name, _DIRECTION_AREA_WORDS_LONGEST_FIRST)
    return len(place) >= 2 and (place in COUNTRIES_AND_PROVINCES or is_place_word(place) or bool(_BARE_PLACE.match(place)))


def is_place_named_alone(name: str) -> bool:
    """Whether ``name`` is a place by itself: a state, province, city or place of jieba's dictionary, a province and a
    name before its unit (河北雄安新区; not a kind of zone: 核心监控区) or a province and a city or county named without
    its unit (江西兴国)."""
    province = opening_province(name)
    return (name in CITIES or is_place_name_or_state(name) or _province_and_a_place(name)
            or (bool(province) and len(name) > len(province) + 1 and bool(UNIT_END.search(name))))


def _province_and_a_place(name: str) -> bool:
    """Whether ``name`` is a province and a city or county named without its unit, which jieba's dictionary knows with
    it (辽宁海城 for 海城市, 湖北黄冈: CCTV headlines; not 北京海关, 香港苏富比, 北京四中, though jieba tags those
    places too)."""
    return any(name.startswith(province) and len(name) - len(province) >= 2
               and any(is_place_word(name[len(province) :] + unit) for unit in "市县区") for province in PROVINCES)


#: Words of sport that make a province a team (四川与浙江男排, 山东、北京和上海队: MSRA tags such teams ORG).
SPORTS_WORDS = re.compile(r"队|男排|女排|男篮|女篮|男足|女足|赛|冠军|比分|夺冠|金牌|奖牌|分得")


def in_a_sports_clause(entity: Entity, text: str) -> bool:
    """Whether the clause around ``entity`` (up to a comma or full stop either side) speaks of sport."""
    return bool(SPORTS_WORDS.search(text, *clause_around(entity, text)))


def reads_as_places(text: str, start: int, end: int) -> bool:
    """Whether jieba reads ``text[start:end]`` as two or more words of two characters or more, each a place of its
    dictionary (福建|南平; not 南|滨, the name of 南滨路)."""
    words = whole_words(text, start, end)
    return words is not None and len(words) >= 2 and all(len(word) >= 2 and is_place_word(word) for word in words)


def whole_words(text: str, start: int, end: int) -> list[str] | None:
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


COUNTRIES_AND_PROVINCES = COUNTRIES | PROVINCES
COUNTRY_NAMES_LONGEST_FIRST = longest_first(COUNTRIES)
_PREPOSITIONS_BEFORE_A_PLACE = ("关于", "对于", "应")  # 关于吉林工作, 应芬兰议长邀请: 应 alone only before a state


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
                                     and not POST_BEFORE_VERB.search(text, 0, entity.start))
                                 or (len(entity.text) >= 4 and entity.text.endswith("宫"))):
        return Entity(entity.start, entity.end, "LOC", entity.text)
    return entity


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
    of China's that no name reads as (:func:`is_city_no_name_reads_as`: 在|拉萨, 娄底|作为湖南重要的能源基地), unless an
    honorific follows or a post stands right before it (马德里先生, 总统|华盛顿)."""
    if entity.type != "PER" or text.startswith(HONORIFICS, entity.end):
        return entity
    opening = next((p for p in _PREPOSITIONS_BEFORE_A_PLACE if entity.text.startswith(p)), "")
    if entity.text[len(opening) :] in (COUNTRIES if opening == "应" else COUNTRIES_AND_PROVINCES):  # not 应|江 (a name)
        return Entity(entity.start + len(opening), entity.end, "LOC", entity.text[len(opening) :])
    if entity.text.endswith("省") and (entity.text[:-1] in PROVINCES or len(entity.text) >= 4):
        return Entity(entity.start, entity.end, "LOC", entity.text)  # 萨拉赫丁省, 南基伍省, 江苏省: no given name ends so
    if (entity.text in FOREIGN_CITIES or is_city_no_name_reads_as(entity.text)) and not POST_BEFORE_VERB.search(
            text, 0, entity.start):
        return Entity(entity.start, entity.end, "LOC", entity.text)  # 抵达|莫斯科, 在|柏林|发表演讲, 在|拉萨
    return entity


#: China's cities by their short names (:data:`CITIES_BY_PROVINCE`).
CITIES = frozenset(city for cities in CITIES_BY_PROVINCE.values() for city in cities)
#: Cities the corpora read as people or a post (MSRA's 中山装, 拳王阿里, a pupil 武威; 朝阳; CLUENER's football 中卫).
_CITIES_READ_AS_PEOPLE = frozenset({"中山", "阿里", "武威", "朝阳", "中卫"})


def is_province_city_or_state(name: str) -> bool:
    """Whether ``name`` is a province, a city of China's or a state: a place of its own (not a route's name, a storm's,
    a campaign's or a cut span's)."""
    return name in COUNTRIES_AND_PROVINCES or name in CITIES


def opening_province(name: str) -> str:
    """The province ``name`` opens with, longest first (浙江 of 浙江海宁, 内蒙古 of 内蒙古科右前旗), or ``""``."""
    return next((province for province in PROVINCES_LONGEST_FIRST if name.startswith(province)), "")


def is_province_and_city(place: str) -> bool:
    """Whether a place is a province written with one of its cities (四川广元, 江苏常州), a place of its own."""
    return any(place.startswith(p) and place[len(p):] in CITIES for p in PROVINCES)


def is_city_no_name_reads_as(name: str) -> bool:
    """Whether ``name`` is a city of China's that no person's name reads as: three characters or more (张家界), or two
    that open with no frequent surname (拉萨, 娄底); not 中山, 阿里, 武威 (MSRA's 中山装, 拳王阿里, a pupil 武威), 朝阳 or
    the football post 中卫 (CLUENER)."""
    return (name in CITIES and (len(name) >= 3 or name[0] not in FREQUENT_SURNAMES)
            and name not in _CITIES_READ_AS_PEOPLE)


#: How schools and hospitals end: named ones are ORG (LABELS.md: schools; 县人民医院 is a body).
INSTITUTION_ENDINGS = ("幼儿园", "小学", "中学", "学校", "大学", "学院", "医院", "卫生院")


#: A numbered school after its place's unit (疏附县|二中; 北京四中 has no unit): MSRA tags 11 such ORG, 1 LOC.
_NUMBERED_SCHOOL_AFTER_A_UNIT = re.compile(r"[省市州县区镇][一二三四五六七八九十]{1,3}[中小]$")


def institution_as_organization(entity: Entity) -> Entity:
    """A school or hospital read as a place is an ORG: 天台县平桥镇中心幼儿园, and a numbered school after its place's
    unit: 疏附县二中 (CCTV news); so is an administering body (温州市珊溪水利枢纽|管理中心, …委员会, …办公室: a local
    paragraph), and a branch (海慧幼儿园宋家山分园).

    The written labels tag all 108 of their schools and hospitals ORG, MSRA all 893; only CLUENER,
    whose ``address`` takes some, has 7 as places. Of the administering bodies, the written labels tag all 156 ORG,
    MSRA 626 of 629, People's Daily dev all 45, CLUENER 116 of 123.
    """
    if entity.type == "LOC" and (entity.text.endswith(INSTITUTION_ENDINGS) or _NUMBERED_SCHOOL_AFTER_A_UNIT.search(entity.text) or (
            len(entity.text) >= 4 and entity.text.endswith(CUSTOMS) and not entity.text.endswith("山海关"))
            or (len(entity.text) >= 5 and entity.text.endswith(_ADMINISTERING_BODY_ENDINGS))
            or (len(entity.text) >= 4 and entity.text.endswith(BRANCH_ENDINGS))):
        return Entity(entity.start, entity.end, "ORG", entity.text)
    return entity


#: How an administering body's name ends (…水利枢纽管理中心, …管理委员会, …办公室, …社区服务中心, …防汛指挥部).
_ADMINISTERING_BODY_ENDINGS = ("管理中心", "管理局", "管理处", "管理站", "管理所", "委员会", "办公室", "服务中心", "指挥部")
#: A customs office, named by its place (深圳海关, 天津海关): a body, which MSRA tags ORG 20 times of 24, CLUENER and the
#: written labels every time.
CUSTOMS = "海关"


#: How the names of railways and roads end, which the tagger reads as people (张呼|高铁, from CCTV news).
ROUTE_ENDINGS = ("高铁", "铁路", "公路", "高速", "大桥")


#: Verbs of taking a post, which the tagger reads as a post or into the body after them (陈岗|调任|县委书记), and of holding
#: one then, now or before (、|时任县扶贫办|主任刘文阁: CCTV news), and of holding one on secondment (色达县|挂职|任县委副书记).
TAKING_A_POST = ("调任", "担任", "出任", "兼任", "升任", "改任", "时任", "现任", "曾任", "历任", "挂职")
#: jieba's verbs ending in 行 or 会 that are bodies (农业银行宁波市|分行), and 组织.
BODY_WORDS_READ_AS_VERBS = frozenset({"分行", "支行", "总行", "拍卖行", "学会", "分会", "组织"})
#: How the names of bodies jieba tags as verbs end (分行, 支行, 蝶阀厂, 分署).
BODY_VERB_ENDINGS = ("行", "厂", "所", "站", "部", "队", "处", "科", "局", "院", "会", "署")


#: How the names of international organizations open, whose 组织 is no verb (世界海关组织, 国际刑警组织).
INTERNATIONAL_BODY_OPENINGS = ("世界", "国际")



#: How residents and other people without a post are introduced before their full name (村民包福兴, 种植户李明).
RESIDENT_WORDS = ("村民", "居民", "市民", "农户", "农民", "群众", "游客", "老人", "党员", "志愿者", "乡亲", "渔民", "牧民",
                  "种植户", "养殖户", "菜农", "果农", "茶农", "苗农", "花农", "药农", "蚕农", "棉农", "蔗农",
                  "大户", "新农人", "林农", "贫困户", "脱贫户")  # 种粮大户|徐根土, 养殖大户 (local news), 林农|池良昌 (CCTV)
RESIDENT_INSIDE = re.compile("|".join(RESIDENT_WORDS))


#: Verbs and adverbs that open a predicate after a place as subject in this genre (余杭区|大力推进, 南浔|推动…).
PREDICATE_OPENERS = (
    "推动", "推进", "聚焦", "大力", "持续", "全面", "深入", "积极", "坚持", "立足", "围绕", "组织", "开展", "加强",
    "打造", "实施", "建立", "启动", "完成", "通过", "注重", "着力", "切实", "不断", "率先", "充分", "进一步", "探索",
    "强化", "深化", "落实", "统筹", "抢抓", "依托", "按照", "结合", "针对", "成立", "举办", "召开", "印发", "出台",
    "加大", "加快", "委托", "运用", "地处", "登陆",
    "检查", "考察", "调研", "视察",  # visits of inspection (执法检查组在|四川检查|水污染防治法实施: CCTV news)
    # verbs of policy news jieba reads as nouns (南平|助力|乡村振兴战略, 数字|赋能: CCTV news; no gold span of the corpora
    # holds one)
    "助力", "赋能", "引领", "带动",
    # adverbs that open the predicate of disaster news (马鞍山善厚镇|接连发生险情, 江西|连夜转移)
    "接连", "相继", "先后", "连夜", "紧急", "迅速", "立即", "及时", "全力", "再次",
    # verbs of local news counting what a place built (衢江区|新建|山塘12座, 全县|累计…: a local paragraph); not where a
    # unit follows, a place's own name (新建区, 干览镇|新建村: :func:`~.places.cut_place_at_predicate`)
    "新建", "新增", "累计", "建成",
    # a body's 经 (after) opening the deliberation that decided (国家防总经|会商研判，决定…: 4 times on the CCTV probes;
    # no gold place or body of the corpora ends in 经 before one)
    "经会商", "经研究", "经批准", "经审议", "经协商",
)
PREDICATE = re.compile("|".join(longest_first(PREDICATE_OPENERS)))
UNIT_END = re.compile(rf"(?:{ADMIN_UNIT_ENDINGS})$")


def name_spelled_out_from(entity: Entity, names: Sequence[str], entities: Sequence[Entity], text: str) -> str | None:
    """The first of ``names`` longer than the span that opens with its text and that the text spells out from where the
    span starts, with no other span on the rest of it (塔利|班 → 塔利班, 韩|正 → 韩正), or ``None``."""
    return next((name for name in names if len(name) > len(entity.text) and name.startswith(entity.text)
                 and text.startswith(name, entity.start)
                 and not overlaps_another(entities, entity, entity.end, entity.start + len(name))), None)


def ends_like_unit_or_body(name: str) -> bool:
    """Whether ``name`` ends like an administrative unit (…县, …街道) or a body (…局, …中心)."""
    return bool(UNIT_END.search(name) or ORG_ENDINGS.search(name))


def ends_like_a_name(name: str) -> bool:
    return ends_like_unit_or_body(name) or name.endswith(NAME_ENDINGS["LOC"] + NAME_ENDINGS["ORG"])


def place_names_and_short_names(entities: Sequence[Entity], units: Sequence[str]) -> set[str]:
    """The places ``entities`` tag, and each also without the last of ``units`` it ends with (牛庄乡 gives 牛庄, 文昌市
    gives 文昌): the names a text may use for them without their unit elsewhere."""
    places = {e.text for e in entities if e.type == "LOC"}
    return places | {name[: -len(unit)] for name in places for unit in units if name.endswith(unit)}


def overlaps_any(entities: Sequence[Entity], start: int, end: int) -> bool:
    """Whether a span of ``entities`` overlaps ``text[start:end]`` (a name may be tagged there only if none does)."""
    return any(e.start < end and start < e.end for e in entities)


def in_place_of(entities: Sequence[Entity], replaced: Sequence[Entity], *new: Entity) -> list[Entity]:
    """``entities`` less ``replaced``, with ``new`` in their place, in text order (a name read whole where the tagger
    read pieces of it)."""
    return sorted([e for e in entities if e not in replaced] + list(new), key=lambda e: (e.start, e.end))


def overlaps_another(entities: Sequence[Entity], entity: Entity, start: int, end: int) -> bool:
    """Whether a span of ``entities`` other than ``entity`` overlaps ``text[start:end]`` (a name may grow there only if
    none does)."""
    return any(other is not entity and other.start < end and start < other.end for other in entities)


def names_holding_a_post(entities: Sequence[Entity]) -> set[str]:
    """Names tagged a person right after a post somewhere in the text (埃及总统|塞西), but states and provinces: on a
    tie between a person and a place, the mention after the post decides (…总统塞西。…塞西 (LOC)表示: CCTV news
    names a foreign leader after his post once, then alone, and the tagger reads a transliteration there as a
    place)."""
    ends = {e.end for e in entities if e.type == "TITLE"}
    return {e.text for e in entities if e.type == "PER" and e.start in ends and e.text not in COUNTRIES_AND_PROVINCES}


def reads_as_a_person(name: str) -> bool:
    """Whether a name tagged a person as often as a place or body reads as a person: two or three characters after a
    common one-character surname, or three or four opening with a compound one (欧阳伟), no place word of jieba's,
    no unit or body ending and not transliteration characters
    alone (田荣华, 孟超; not 石家庄, 王府井, 阿勒泰)."""
    surnamed = (2 <= len(name) <= 3 and common_single_surname(name)) or (3 <= len(name) <= 4 and name[:2] in COMPOUND_SURNAMES)
    return (surnamed and not is_place_word(name) and not set(name) <= TRANSLITERATION_CHARS
            and not ends_like_unit_or_body(name) and name[-1] not in PLACE_FEATURE_CHARACTERS)


def is_cjk(character: str) -> bool:
    """Whether ``character`` is a CJK unified ideograph (a character a Chinese word is made of)."""
    return "\u4e00" <= character <= "\u9fff"


def is_place_name(name: str) -> bool:
    """A place of jieba's dictionary, or a country it lists as a name (乌干达)."""
    return is_place_word(name) or name in COUNTRIES


def nouns_only(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one or two whole words of jieba's, each a common noun (n) or verbal noun (vn)."""
    words = whole_words(text, start, end)
    return words is not None and len(words) <= 2 and all(word_tag(word) in ("n", "vn") and word not in FORMER for word in words)


#: The most frequent one-character surnames, of which a name the tagger never tagged may be read from its repeats (the
#: long tail of SURNAMES holds common words: 和, 党, 国, 年, 有, 由, 向, 时).
FREQUENT_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施"
    "牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞柳祝包舒阮柯纪梅童凌毕季裴霍涂苗谷盛翁冉骆蓝靳柴鲍喻祁蒲滕屈饶麻")
#: Characters that end a word or a clause rather than stand in a given name (的, 了, 是, 在, 说 …).
NO_GIVEN_NAME_CHARACTERS = frozenset("的了是在和与及等为将也都而就对把被从向这那个们说称表示到年月日时中里")


#: Last characters of bodies :func:`ends_like_a_name` does not know (运检室, 生物学系, 财政司, 应急连, 汉化组).
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
    if entity.type == "ORG" and runs_into_a_common_word(entity, text):
        return True
    if entity.type != "ORG" or len(entity.text) < 4 or entity.text[-1] in _MINOR_BODY_ENDINGS:
        return False
    if ends_like_a_name(entity.text) or ends_like_a_name(entity.text[:-1]) or _ending_completed_after(entity, text):
        return False
    if text.startswith(entity.text[-1] + "长", entity.end):
        return False  # the unit's head follows (…带电作业班|班长: 班 opens 班班 to jieba; the written labels tag such a 班)
    return last_character_opens_next_word(entity, text)


def _ending_completed_after(entity: Entity, text: str) -> bool:
    """Whether an ORG stops inside a body's name ending that the text completes right after it (衢州供电公|司员工: local
    news), a name :func:`complete_name_endings` completes, no fragment."""
    return any(entity.text.endswith(ending[:cut]) and text.startswith(ending[cut:], entity.end)
               for ending in NAME_ENDINGS["ORG"] for cut in range(1, len(ending)))


#: Common words that begin with a body's last character (研究部|署, 依法处|置, 所以): a body's name never runs into one;
#: also an agreement, which ends no body but whole (自由贸易协|定, 达成协|议; MSRA's 关贸总协定 is GATT).
_WORDS_OPENED_BY_A_BODY_ENDING = ("部署", "处理", "处置", "所以", "局势", "局地", "社会", "协定", "协议", "部分")


def longest_name_before(entity: Entity, text: str, word_start: int) -> list[Entity]:
    """The longest run of words from a span's start up to ``word_start`` (where a common word the span runs into
    opens) that is a place (a LOC) or ends like a name (the span's type), or nothing."""
    for cut in range(word_start, entity.start + 1, -1):
        before = text[entity.start : cut]
        if word_at(text, cut)[0] != cut:
            continue
        if is_place_word(before) or before in COUNTRIES_AND_PROVINCES or UNIT_END.search(before):
            return [Entity(entity.start, cut, "LOC", before)]
        if ends_like_a_name(before):
            return [Entity(entity.start, cut, entity.type, before)]
    return []


def runs_into_a_common_word(entity: Entity, text: str) -> bool:
    """Whether a span's last character begins one of :data:`_WORDS_OPENED_BY_A_BODY_ENDING` (研究部|署, 南方局|地), not
    where the word's second character opens a longer word itself (分局|地处), or the span holds 部署 whole
    (研究部署防汛防|台工作)."""
    if "部署" in entity.text:
        return True
    if not text.startswith(_WORDS_OPENED_BY_A_BODY_ENDING, entity.end - 1):
        return False
    return not opens_a_word_past(text, entity.end, entity.end + 1)


def last_character_opens_next_word(entity: Entity, text: str) -> bool:
    """Whether the span's last character begins a dictionary word that runs past the span (华容县统|筹, 新能源汽|车)."""
    return opens_a_word_past(text, entity.end - 1, entity.end)


#: Characters that extend a place name into another (龙潭湖, 枫桥江, 泗水街, 浙西南): never cut as an overrun.
PLACE_FEATURE_CHARACTERS = "湖江河山街城海岛溪湾峡南北东西"


#: One-character adverbs that follow a name (何立新|正指导, 王平|也说), and prepositions and speech verbs that open the
#: predicate after one (丁仲礼|向会议作报告, 李明|对记者说, 王刚|称): no gold name of four characters with a common
#: one-character surname ends in one in MSRA train, CLUENER train and dev, People's Daily dev or the written train and
#: dev splits (作 is left out: 池田大作).
NAME_FOLLOWING_WORDS = "正在也还就都又已曾便乱" + "向对为说到从与和同将把被给讲称于率带"  # 乱: 张冠军|乱作为 (CCTV news)


def dictionary_name_end(text: str, start: int) -> int:
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


#: An age and 的 right before a name (71岁的|黎国宜, 30岁的|黄明山): what stands after it is a person, as places have none.
#: Searched in the :data:`AGE_SPAN` characters before the name only.
AGE_BEFORE_A_NAME = re.compile(r"[0-9０-９一二三四五六七八九十百]+岁的$")
AGE_SPAN = 8


#: Compound surnames that are no common words (东方 is the east too).
NAME_ONLY_COMPOUND_SURNAMES = tuple(surname for surname in COMPOUND_SURNAMES if surname != "东方")


#: What follows a surname standing for a person (陈老师, 朱老, 周总理, 刘氏, 薛家, 尤杯, 张某, 岳母): no given name.
AFTER_A_SURNAME_ALONE = frozenset("老师总氏家杯某姐哥叔伯姨婶嫂母父兄弟妹公婆爷奶")


def common_single_surname(name: str) -> bool:
    """Whether ``name`` opens with a common one-character surname (not the first of a compound one)."""
    return name[0] in SURNAMES and name[:2] not in COMPOUND_SURNAMES


#: How a named body or service venue after its place ends (红安县|党性教育中心, 温州市|少年宫, 田阳|农副产品综合批发市场).
_VENUE_ENDINGS = ("中心", "学校", "医院", "少年宫", "市场", "食堂", "养老院", "敬老院", "卫生院", "图书馆", "博物馆", "纪念馆",
                  "文化馆", "展示馆", "展览馆", "科技馆", "美术馆", "档案馆", "幼儿园", "小学", "中学", "大学", "学院")


#: Words of a venue's name that say whom it serves or how, which jieba reads as no noun (新新社区|老年|食堂: 老年 is a
#: time word to jieba; 淤头村|幸福|食堂, 颐养|之家).
_WHOM_A_VENUE_SERVES = frozenset({"老年", "为老", "幸福", "颐养", "暖心"})
#: Words that make what follows a place a kind of venue, not one venue's name (武汉市|有关定点医院, 大冶市|试点学校).
_KIND_NOT_NAME_WORDS = frozenset({"有关", "相关", "部分", "其他", "其它", "各级", "各类", "试点", "定点", "所属"})


def end_of_a_named_venue(place: Entity, text: str) -> int:
    """Where a body or service venue named by nouns after its place ends, or 0: 红安县|党性教育中心 (党性|教育|中心),
    温州市|少年宫 (LABELS.md: a place plus a named service venue is one ORG, 梅林社区邻里食堂). Only nouns of
    jieba's, verbal ones too (教育, 服务; no place, no verb, no 的), at most 12 characters, up to the last word that
    ends like a venue."""
    at, end = place.end, 0
    while at < len(text) and at - place.end < 12:
        start, stop = word_at(text, at)
        word = text[start:stop]
        if (start != at or not (is_noun_word(word) or word_tag(word) == "vn" or word in _WHOM_A_VENUE_SERVES)
                or is_place_word(word) or word in GENERIC_PLACE_OPENINGS
                or word in GENERIC_WORDS or word in _KIND_NOT_NAME_WORDS or word.endswith("赛")):
            break  # an event is no part of a venue's name (梅州市|青少年校园足球联赛|小学男子组), nor are MSRA's
            # generic schools (文山苗族壮族自治州|乡村小学, 湖北省大冶市|试点学校)
        if word.endswith(_VENUE_ENDINGS) and stop - place.end <= 12:
            end = stop
        at = stop
    return end if end - place.end >= 3 else 0


#: A place's party organ read as an ORG before a post (泽雅镇党委|副书记): the place, then the organ.
PLACE_ORGANS = "党委|党工委|党总支|党支部"
PLACE_PARTY_ORGAN = re.compile(rf"^(?P<place>.+(?:{ADMIN_UNIT_ENDINGS}))(?P<organ>{PLACE_ORGANS})$")
#: How a congress, a political consultative conference or a party ends, which a post read into it follows (江苏省人大|代表,
#: 全国政协|主席, 罗马尼亚国家自由党|主席: CCTV news).
CONGRESS_OR_PARTY_ENDINGS = ("人大", "政协", "党")
#: Endings of an organization name (公司, 局, 中心, a school's 高中: 贵州望谟县实验高中|党总支副书记, CCTV news; …): what
#: stands before a 联合 that joins two bodies.
ORG_ENDINGS = re.compile(r"(?:公司|集团|局|院|会|委|办|厅|部|处|科|所|站|队|社|室|署|中心|大学|学校|党校|小学|中学|高中|初中"
                         r"|银行|医院|电台|电视台|报社|防总|防指|共产党|中央|海关)$")
JOINT = "联合"
