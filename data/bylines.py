"""Recognising personal names in bylines, photo credits and 撰稿 lines.

Page text gives names in many shapes: ``张梦婷 俞 琳 吕鑫涛`` (two-character
names spread to the width of three), ``（记者 许嘉宁 通讯员 陆晨）``,
``（萧山区融媒体中心 周莹）``, ``徐艺璇 摄``. A line counts as a byline only
if every token is a name, a role word or a newsroom; names must start with a
common surname, so a short headline of two-character words (乡村 振兴) is not
taken for names.
"""

from __future__ import annotations

import re

#: Role words that stand before or after names in bylines and credits.
ROLE_WORDS = frozenset(
    """记者 本报记者 本台记者 特约记者 见习记者 实习记者 实习生 通讯员 本报通讯员 特约通讯员
    摄影 摄影记者 摄影报道 报道 文 图 文图 图文 摄 撰稿 编辑 责任编辑 责编 校对 美编 来源 通讯 作者
    融媒记者 全媒体记者 新华社记者 供稿 评论员 本报评论员 特约评论员""".split()
)

#: The county station of Zhejiang Daily's media alliance, credited in its bylines as a newsroom is (共享联盟·常山站 徐聪).
ALLIANCE_STATION = re.compile(r"共享联盟[·•・][\u4e00-\u9fff]{2,5}站")

#: Newsroom credits inside bylines end like this (萧山区融媒体中心, 县委宣传部).
NEWSROOM_SUFFIXES = ("中心", "宣传部", "部", "局", "报社", "日报", "晚报", "报", "电视台", "台", "社", "站", "办", "委", "院", "所", "公司", "集团",
                     "客户端", "新闻")  # a paper's news client or news brand (潮新闻客户端 记者 王丽, 潮新闻 记者 王丽)

#: Common single-character surnames (百家姓, most frequent first) and compound ones.
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏"
    "席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀"
    "郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣"
    "晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎"
    "勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由傅"
    "赖竺折泮寿忻纳郦邴訾靖荀侍糜蒯阎钮厍谯巢帖蓬竹鄂逄琚禚芈晏丘岳邱殳璩暴钭沃蓟戚洪黄"
    "滑霍裴璩郗逯冼粱扶堵冉宦艾鱼容向古易慎廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧"
    "殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查後荆红"
    "游竺权逯盖益桓公晋楚闫法汝鄢涂钦归海岳帅缑亢况后有琴商牟佘佴伯赏墨哈谯笪年爱阳佟"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐", "夏侯", "端木", "宇文", "司徒", "呼延", "澹台", "万俟")

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_NAME = re.compile(rf"^[{_CJK}]{{2,4}}$")
_TRANSLITERATED = re.compile(rf"^[{_CJK}]{{1,8}}[·•・][{_CJK}]{{1,10}}$")
#: Characters of transliterated names: those in two or more such PER spans of the CLUENER and MSRA
#: train sets (523 of their 544 names have at most one character outside). Column names built the
#: same way (新春走基层·在岗位, 行进中国·精彩故事) are words: 5 of 344 in CCTV headlines pass.
TRANSLITERATION_CHARS = frozenset(
    "斯尔克特德拉里罗马卡阿夫姆格布亚哈米托利安尼雷塔伯维萨莱基鲁西纳勒伊科约弗曼吉恩蒂塞兰瓦翰森诺多奥威埃迈巴艾洛"
    "詹丽贝沃梅普玛乔伦莫达皮杰法赫比菲希古彼霍林博佩加朗奇苏茨杜沙帕迪泰汉桑索兹盖耶娜谢韦瑞辛图登丁赛什得穆汤库"
    "因劳文凯施南班海卜戴默费廉易门戈丹卢史鲍保历麦内列大治努乌胡福芬切当莉旺山温贾本佛密休厄考金滕邦摩查泽隆冯提"
    "顿奈逊波舍涅贡柯亨宁依扎理根佐坦莎豪尤爱瑟妮歇路昆琳卫军地猜珀觉差祖侯何季娃日腾热葛伍春欧新雪扬坎宾迭怀钱连"
    "道魏哥蒙儒买齐翁平让凡刘奎高派东黑思英甘汗"
)
#: A mark some papers print before a byline (■ 本报记者 叶晓峰, □ 记者 陈晓, ◎ 通讯员 王芳).
BYLINE_MARK = re.compile(r"^\s*[■□◆◇●○◎▲△★☆▶►▷]\s*")
_TOKEN_SPLIT = re.compile(r"[\s\u3000、/／|，,：:]+")


def is_person_name(token: str) -> bool:
    """True for a plausible Chinese personal name (surname + 1–2 characters)."""
    if _TRANSLITERATED.match(token):
        return sum(char not in TRANSLITERATION_CHARS for char in re.sub("[·•・]", "", token)) <= 1
    if not _NAME.match(token):
        return False
    if token[:2] in COMPOUND_SURNAMES:
        return True
    return token[0] in SURNAMES and len(token) <= 3


def _plausible_name(token: str) -> bool:
    """Looser test for names beside a sure one in the same byline (rare surnames)."""
    return bool(_NAME.match(token)) and len(token) <= 3


#: Longer role words than the list's: a newsroom, then a kind of reporter, then the job (融媒体记者,
#: 本报全媒体记者, 首席记者, 驻站记者, 县融媒体中心记者), never a clause (告诉记者).
_ROLE = re.compile(
    rf"^(?:本报|本台|本刊|[{_CJK}]{{1,8}}(?:中心|电视台|报社|日报|社|台))?"
    r"(?:融媒体?|全媒体|首席|驻站|特派|特约|见习|实习|摄影|视频|专职)?(?:记者|通讯员|实习生)$"
)


def _is_role(token: str) -> bool:
    """A role word of the list, or a longer one built like one (county papers print 融媒体记者)."""
    return token in ROLE_WORDS or bool(_ROLE.match(token))


def _is_newsroom(token: str) -> bool:
    return len(token) >= 3 and token.endswith(NEWSROOM_SUFFIXES)


#: :data:`ROLE_WORDS`, longest first: a role printed onto a name (记者张三) is cut off by the longest that fits.
_ROLE_WORDS_LONGEST_FIRST = tuple(sorted(ROLE_WORDS, key=len, reverse=True))


def parse_names(text: str) -> list[str] | None:
    """Names of a byline-like string, or ``None`` if it is not one.

    Tokens are split on spaces, 、 and slashes; runs of single characters
    pair up (``方 旸 冯 颖`` → 方旸, 冯颖); role words and newsroom names are
    skipped. Returns ``None`` when any token is none of these, or when no
    name is found.
    """
    text = re.sub(r"(?:文|图|摄)\s*[/／]\s*(?:文|图|摄)", " ", text)
    text = BYLINE_MARK.sub("", text)  # ■ 本报记者 叶晓峰, □ 记者 陈晓
    # a colon follows a role (记者：张三, 来源：新华社); after anything else it parts a headline (贵州：大数据…)
    colon = re.search(r"[：:]", text)
    before_colon = text[: colon.start()].strip() if colon else ""
    if before_colon and not (_is_role(before_colon) or _is_newsroom(before_colon)):
        return None
    tokens = [t for t in _TOKEN_SPLIT.split(text.strip()) if t]
    # commas part names (记者 张三，李四); a clause between commas that ends like a body (…门口就有站) is
    # a wrapped body line's, not a newsroom vouching for the names around it
    newsroom_allowed = not re.search(r"[，,]", text)
    names: list[str] = []
    pending = ""
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        next_is_char = len(following) == 1 and following not in ROLE_WORDS
        if len(token) == 1 and (token not in ROLE_WORDS or pending or next_is_char):
            pending += token
            if len(pending) == 2:
                names.append(pending)
                pending = ""
            continue
        if pending:
            return None
        if _is_role(token) or (newsroom_allowed and _is_newsroom(token)):
            continue
        stripped = token
        for role in _ROLE_WORDS_LONGEST_FIRST:
            if len(token) > len(role) + 1 and token.startswith(role):
                stripped = token[len(role):]
                break
        names.append(stripped)
    if pending or not names:
        return None
    sure = sum(is_person_name(name) for name in names)
    credited = len(names) < len(tokens)  # a role word or newsroom vouches for the names
    if not all(is_person_name(n) or _plausible_name(n) for n in names):
        return None
    if sure == 0 and not credited:
        return None
    return names


#: A web edition's source line under its headline: 来源：衢州日报 作者：记者 徐明 通讯员 王芳 编辑：李华 2024-12-05 08:30
#: (the medium, then maybe the authors, the editor and the time of posting).
_WEB_SOURCE_LINE = re.compile(
    r"^来源\s*[：:]\s*[^\s：:]{2,20}"
    r"(?:\s+作者\s*[：:]\s*(?P<authors>.+?))?"
    r"(?:\s+(?P<editor>(?:责任编辑|编辑|责编)\s*[：:]\s*\S{2,8}(?:\s+\S{1,2}(?=\s|$))?))?"
    r"(?:\s+(?P<posted>(?:发布时间\s*[：:]\s*)?\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?))?\s*$")


def parse_web_source_line(line: str) -> list[str] | None:
    """The authors' names of a web edition's source line (``来源：衢州日报 作者：记者 徐明 通讯员 王芳 编辑：李华
    2024-12-05 08:30`` → 徐明, 王芳; ``来源：江山发布 2024-12-04 17:20`` → none), or ``None`` for any other line: pages
    copied from a paper's website print it under the headline where the paper prints a byline."""
    match = _WEB_SOURCE_LINE.match(line.strip())
    if match is None or not (match.group("authors") or match.group("editor") or match.group("posted")):
        return None  # a bare 来源：新华社 closes an article's text, and its medium is tagged there
    authors = match.group("authors")
    return (parse_names(authors) or []) if authors else []


_SPACED_NAMES = re.compile(rf"^[{_CJK}]{{2,3}}(?:[ \u3000]+[{_CJK}]{{2,3}})+$")
_PAREN_BYLINE = re.compile(r"^[（(]\s*([^（()）]{2,60}?)\s*[)）]$")


def parse_paren_byline(line: str) -> list[str] | None:
    """Names of a bracketed byline such as ``（记者 池雅婷）`` or ``（央金 扎西）``, else ``None``."""
    match = _PAREN_BYLINE.match(line.strip())
    if not match:
        return None
    inner = match.group(1).strip()
    if re.search(r"(?:摄|供图)$", inner) and not re.search(r"文\s*[/／]\s*摄$", inner):
        return None  # a photo credit: it belongs to the caption before it
    names = parse_names(inner)
    if names is None and _SPACED_NAMES.match(inner) and not re.search(r"[版接转续见完称期]", inner):
        # two or more spaced names with no common surname (（央金 扎西）): in brackets, on a line of their own,
        # nothing else reads like that
        names = inner.split()
    return names


_CREDIT = re.compile(r"([^。！？；，、）)]*?)\s*(?:摄影?|供图)\s*[）)]?\s*$")


#: A photo credit that names its role first, in brackets (（摄影：李四）, （图：王芳）).
LABELLED_CREDIT_TEXT = r"[（(]\s*(?:摄影|摄|图片|图)\s*[:：]\s*([^（()）。！？：:]{2,20}?)\s*[)）]"
LABELLED_CREDIT = re.compile(LABELLED_CREDIT_TEXT + r"\s*$")


def photo_credit(text: str) -> list[str] | None:
    """Photographers credited at the end of a caption (``… 徐艺璇 摄``, ``…散步。（摄影：李四）``)."""
    labelled = LABELLED_CREDIT.search(text.strip())
    if labelled:
        return parse_names(labelled.group(1))
    match = _CREDIT.search(text.strip())
    if not match:
        return None
    credit = match.group(1).strip().lstrip("（(")
    return parse_names(credit) if credit else None
