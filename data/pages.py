"""Page splitter: newspaper page text, as PDF extraction gives it → articles.

What extraction gives (see ../shared/examples/zhejiang_page_01.txt): lines
wrapped at the column width (15–19 characters) in the middle of sentences,
blank lines at paragraph and column breaks, spaces around numbers, the
headline and byline *after* the body, sometimes printed twice, photo
captions and sponsor lines between articles, two-character names spread
over three (``俞 琳``).

The splitter works on blocks (runs of lines between blank lines):

1. each block is classified: body text, a title-like block (short lines
   that do not end a sentence), a byline, a bracketed byline, a caption,
   or page furniture (dates, page numbers, 责任编辑 lines);
2. a title-like block is a *headline* only with evidence: a byline in or
   right after it, a bracketed byline right before it, the same block
   elsewhere on the page, or a shape no wrapped body line has (length off
   the column width, a colon or a space between words). Otherwise it is a
   body fragment cut off by a column break, or a subhead, and stays in the
   body; so is a line that breaks off inside a word the next line ends
   (jieba's dictionary: 气候变 / 化) or that is running text (a clause after a
   comma, a quotation left open), which headlines are not;
3. blocks form alternating body runs and tail runs (sponsor, headline,
   subtitle, byline, repeated blocks); a page that opens with a headline and
   ends with body text is laid out headline-first, otherwise
   headline-after-body, and each body run is paired with its tail
   accordingly. Headline-first pages often print headline, byline and body
   with no blank line between them, so a headline is also cut out of the
   block it stands in: one followed by a byline line or a dateline
   (本报讯（记者 …）) on any page, and on a headline-first page one printed
   straight above its body, told by its width (no wrapped body line's) or
   by the indented paragraph start below it;
4. body lines are joined: a line break inside a sentence is removed, a
   break after a sentence end on a short line (or at a block end) is kept
   as a paragraph break, and spaces between Chinese and digits or Latin
   letters are dropped.
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from .bylines import (
    ALLIANCE_STATION,
    BYLINE_MARK,
    LABELLED_CREDIT,
    LABELLED_CREDIT_TEXT,
    parse_names,
    parse_paren_byline,
    parse_web_source_line,
    photo_credit,
)
from .records import Article
from .textio import InputError, read_text

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_OR_PUNCT = rf"[{_CJK}\u3000-\u303f\uff00-\uffef“”‘’—…·]"
#: A line that ends a sentence: final punctuation, maybe inside closing quotes.
_SENTENCE_END = re.compile(r"[。！？!?…；;][”’」』）)\"'》]*$|[。！？!?][”’」』）)]+[^，。、]?$|[（(](?:全文)?完[)）]$|(?:摄|供图)\s*[)）]$")
_STARTS_WITH_CLOSER = re.compile(r"^[，。、；：！？）》”’」』,.;:!?)]")
#: Datelines open an article's body: 本报讯（记者 龚思琪）, 新华社北京电 (a headline that opens with the
#: agency's name goes on otherwise: 新华社受权全文播发…, 新华社通讯：…).
#: A paper's, station's or magazine's own dateline word.
_OWN_DATELINE = "本报讯|本台讯|本刊讯"
_DATELINE = re.compile(rf"^(?:{_OWN_DATELINE}|(?:新华社|中新社|人民网|央视网)[^，。：:（()]{{0,14}}?电|[^，。（()]{{0,8}}?讯\s*[（(])")
#: A dateline strict enough to mark where an article opens (本报讯（记者 …）, 新华社杭州6月5日电), not
#: any line that starts with a news agency's name, as _DATELINE (which keeps such lines out of headlines) does.
#: A news agency's dateline: 新华社杭州6月5日电.
_AGENCY_DATELINE = r"(?:新华社|中新社)[^，。（()]{0,14}?电"
_OPENING_DATELINE = re.compile(rf"^(?:{_OWN_DATELINE}|[^，。（()]{{0,12}}?讯\s*[（(]|{_AGENCY_DATELINE})")
_DATELINE_BYLINE = re.compile(rf"^(?:{_OWN_DATELINE}|[^，。（()]{{0,12}}?讯|{_AGENCY_DATELINE})\s*([（(][^（()）]{{2,40}}[)）])")
_ORDINAL_START = re.compile(r"^(?:[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[，、])")


def _spaced_out(*words: str) -> str:
    """A pattern for any of ``words`` also where PDF extraction spaced its characters out (简 讯, as it does 张 伟)."""
    return "|".join(r"\s*".join(word) for word in words)


#: The heading of a column of briefs (简讯, 新闻速递, 一句话新闻), also spaced out (简 讯).
_BRIEF_HEADING_TEXT = (rf"(?:{_spaced_out('新闻', '综合', '本地', '要闻')})?\s*(?:{_spaced_out('简讯', '短讯', '快讯', '速递', '简报')})"
                       rf"|{_spaced_out('一句话新闻')}")
_BRIEF_HEADING = re.compile(rf"^(?:{_BRIEF_HEADING_TEXT})$")
#: The mark that opens an item of a column of briefs (●近日，…).
_BRIEF_ITEM = re.compile(r"^[●■◆]\s*[^\s●■◆]")
_CAPTION_START = re.compile(r"^(?:图为|图片为|上图|下图|左图|右图|图[一二三四五六七八九\d]+[：:]|[▲△▼●])")
_CAPTION_SOURCE = re.compile(r"[（(]\s*(?:(?:图片|照片|图)(?:由|来源[：:]?).{1,40}?(?:提供)?|.{2,30}供图)\s*[)）]\s*$")
#: A brief's last sentences may be its photo caption: 图为…。（丁少华 摄）
_TRAILING_CAPTION = re.compile(r"(?<=[。！？”\n])(图为[^。！？]{2,80}[。！？]?\s*[（(]?[^（()）。]{1,30}(?:摄|供图)[)）]?)$")
_FURNITURE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天].*)?"
    r"|[^，。、；（）()]{0,20}(?:星期|周)[一二三四五六日天]\s*$"
    # the paper's name before the date (and maybe the page after it): 仙居新闻 2024年8月6日 星期二 第3版 综合;
    # a line that opens with the date is the first alternative's
    r"|[^，。、；（）()]{0,10}(?:报|新闻|刊)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]"
    r"(?:\s+(?:第\s*\d{1,3}\s*版|[A-Z]\d{1,3})[^，。、；（）()]{0,12})?"
    r"|第?\s*\d{1,3}\s*版.{0,12}|[A-Z]?\d{1,3}|[A-Z]\d{1,3}\s*[\u4e00-\u9fff]{2,6}"
    r"|[\u4e00-\u9fff]{2,6}\s+[A-Z]?\d{1,3}"  # the section's name before the page number: 综合新闻 3
    r"|[—─－–-]\s*\d{1,3}\s*[—─－–-]"  # a page number between dashes: — 3 —
    r"|\d{4}\s*[.．/-]\s*\d{1,2}\s*[.．/-]\s*\d{1,2}(?:\s*(?:星期|周)[一二三四五六日天])?"  # a date in figures: 2024.08.06
    r"|(?:本版|本期)?(?:责任编辑|编辑|版式设计|版式|美术编辑|美编|校对|版面设计|责编|组版|审读|值班编辑)\s*[:：].{0,30}"
    r"|(?:本版|本期)?(?:责任编辑|版式设计|美术编辑|美编|校对|版面设计)(?:\s+\S{2,4}){1,3}"
    # the paper's contact lines: 新闻热线：0571-…, 投稿邮箱：…@…
    r"|(?:投稿|新闻|报料|爆料|广告|发行|读者)(?:热线|邮箱|信箱|电话)\s*[:：].{3,60}"
    rf"|{_BRIEF_HEADING_TEXT}"  # the heading of a column of briefs
    r"|[（(【]?广\s*告[)）】]?"  # the mark over an advertisement
    r"|[（(]?本版(?:图片|照片|摄影|图)(?:均?由.{1,30}?提供|\s*[:：].{1,30})[)）]?"  # the page's photos' credit
    r"|[—─━\-=＝_＿*＊■□◆◇●○·•～~\s]{3,})$"  # a rule or a row of marks between articles
)
#: A page's section name, furniture when it stands in a block of dates, page numbers or editors.
_SECTION_NAME = re.compile(rf"^[{_CJK}]{{2,6}}$")
_SPACE_AROUND_ASCII = re.compile(rf"(?<={_CJK_OR_PUNCT})[ \t]+(?=[0-9A-Za-z%％.+\-])|(?<=[0-9A-Za-z%％.+\-])[ \t]+(?={_CJK_OR_PUNCT})")
_SPACE_BETWEEN_CJK = re.compile(rf"(?<={_CJK_OR_PUNCT})[ \t]+(?={_CJK_OR_PUNCT})")

#: Headlines are short; longer lines are body text even without punctuation.
MAX_TITLE_CHARS = 40
#: At most this many title lines (main title, subtitle, kicker) in one block.
MAX_TITLE_LINES = 3


#: Characters PDF extraction leaves in text that print as nothing: zero-width space, non-joiner and joiner, word joiner,
#: byte order mark and soft hyphen. A line of them alone would read as a headline (\u200b\u200b over a story).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def normalize_page_text(text: str) -> str:
    """LF line ends, no characters that print as nothing, ordinary spaces for full-width and no-break spaces, no
    trailing spaces (a sheet's text: :func:`split_page_text` has cut the file at its form feeds already)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    text = text.replace("\u3000", " ").replace("\u00a0", " ").replace("\t", " ")
    return "\n".join(line.rstrip() for line in text.split("\n"))


#: Marks a typesetter may set half-width: quotes, commas and enumeration commas (the example page's columns).
HALF_WIDTH_MARKS = frozenset("“”‘’，、")
#: Whether the page being split sets :data:`HALF_WIDTH_MARKS` half-width (:func:`_marks_set_half_width`).
_MARKS_HALF_WIDTH: ContextVar[bool] = ContextVar("marks_half_width", default=False)


def display_width(line: str) -> float:
    """Width in column cells: a Chinese character is 1, ASCII is half, and the
    spaces extraction puts around numbers take none; on a page that sets them so,
    quotes and commas are half (:func:`_marks_set_half_width`)."""
    return cell_width(line, _MARKS_HALF_WIDTH.get())


@lru_cache(maxsize=1 << 16)
def cell_width(line: str, half_marks: bool) -> float:
    """:func:`display_width` with the marks' setting given (cached: the splitter measures each line many times); the
    page generator (:mod:`zhpolicy.data.layout`) lays lines out by the same cells."""
    return sum(0.0 if ch == " " else 0.5 if ord(ch) < 128 or (half_marks and ch in HALF_WIDTH_MARKS) else 1.0 for ch in line)


def _marks_set_half_width(text: str) -> bool:
    """Whether the page sets quotes and commas half-width, as the example page does: two lines running on inside
    a paragraph (neither its first nor its last) are set at the same column, so they fit one width, less their
    hanging marks, far more often when those marks count half a cell (the example page: 33 points more often than
    with every mark a full cell). On generated pages (300 a layout, seeds 13 and 14, with and without blank lines:
    19,200 pages) counting them half fits better by 5 to 72 points where they are set half and never better where
    they are not, whatever width each article is set at; a page must fit better by 2.5 points. The page's most
    common width was asked before (how many lines are within half a cell of it): on pages whose articles are set
    at widths of their own it read about one page in six the wrong way (one in four set half-width), for that
    width is one article's. A mark hanging past the column counts in neither reading: a line ending in a hanging
    comma is a cell wider than its column with full-width marks and half a cell with half-width ones, which looks
    like a better fit half-width."""
    lines = [line.strip() for line in text.split("\n")]
    inside = [len(line) >= 10 and not ends_sentence(line) for line in lines]
    pairs = [(lines[i], lines[i + 1]) for i in range(1, len(lines) - 1)
             if inside[i] and inside[i + 1] and lines[i - 1] and not ends_sentence(lines[i - 1])]

    def fitted(line: str, half_marks: bool) -> tuple[float, float]:  # the columns a line fits: less its hanging marks
        return cell_width(line.rstrip(_HANGING_CHARACTERS), half_marks), cell_width(line, half_marks)

    def agreement(half_marks: bool) -> float:
        spans = [(fitted(a, half_marks), fitted(b, half_marks)) for a, b in pairs]
        return sum(max(a[0], b[0]) - 0.5 <= min(a[1], b[1]) for a, b in spans) / len(spans)

    return bool(pairs) and agreement(True) - agreement(False) >= 0.025


#: A photo credit ends a caption: （叶晓峰 摄）, （摄影：李四） (:data:`~zhpolicy.data.bylines.LABELLED_CREDIT_TEXT`), or
#: unbracketed after a space or a sentence end (图为茶农在修剪茶树。叶晓峰 摄).
_ENDS_WITH_CREDIT = re.compile(rf"(?:[（(][^（()）]{{1,40}}(?:摄|供图|提供)\s*[)）]|{LABELLED_CREDIT_TEXT}|(?:^|\s|(?<=[。！？”]))[{_CJK}]{{2,4}}(?:\s+[{_CJK}]{{2,4}})*\s*(?:摄|供图))$")
#: The mark that opens an article's text going on from another page (（上接第一版）, （接第3版）, （续第二版）): no
#: headline starts so.
_OPENS_WITH_JUMP = re.compile(r"^[（(](?:上接|接|续|紧接)第?\s*[\d一二三四五六七八九十]+\s*版[)）]")
#: A jump line: the article goes on on another page (（下转第二版）, （转3版）).
_ENDS_WITH_JUMP = re.compile(r"[（(](?:下转|转|转至|接|上接|续)第?\s*[\d一二三四五六七八九十]+\s*版[)）]$"
                            r"|^(?:下?转|转至|接|续)?第?\s*[\d一二三四五六七八九十]+\s*版[)）]$")  # the close of one wrapped: ⏎第四版）


@lru_cache(maxsize=1 << 16)
def ends_sentence(line: str) -> bool:
    """True if ``line`` ends a sentence (or with a photo credit or a jump line, which end one too); cached, as the
    splitter asks it of each line many times."""
    line = line.strip()
    return bool(_SENTENCE_END.search(line) or _ENDS_WITH_CREDIT.search(line) or _ENDS_WITH_JUMP.search(line))


def clean_body_line(text: str) -> str:
    """Drop the spaces extraction puts between Chinese and numbers or Latin words."""
    text = _SPACE_AROUND_ASCII.sub("", text)
    return _SPACE_BETWEEN_CJK.sub("", text).strip()


_SPACED_NUMBER = re.compile(rf"(?<={_CJK_OR_PUNCT}) ([0-9A-Za-z.%％]+) (?={_CJK_OR_PUNCT})")


def clean_title(text: str) -> str:
    """A headline keeps single spaces between phrases; only a number spaced on
    both sides (extraction's ``连续 8 年``) loses its spaces."""
    text = re.sub(r"[ \t]+", " ", text.strip())
    return _SPACED_NUMBER.sub(r"\1", text)


def _join(left: str, right: str) -> str:
    """Join a wrapped line; a space survives only between two Latin words.

    Digits on both sides are one number wrapped (达到12 / 00余人 is 1200余人):
    Chinese text never sets two figures side by side with only a space.
    """
    if left and right and left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        if left[-1].isdigit() and right[0].isdigit():
            return left + right
        return left + " " + right
    return left + right


@dataclass
class Block:
    """Lines between blank lines, with what the splitter decided they are."""

    lines: list[str]
    kind: str = "body"  # body | title | byline | paren | caption | furniture
    names: list[str] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)
    #: cut out as a headline (of a headline-first page, or off the end of its body): stays headline material
    headline: bool = False
    #: an item of a column of briefs (●近日，…): an article of its own, no headline
    brief: bool = False

    @property
    def text(self) -> str:
        return "".join(self.lines)


_INLINE_PAREN_BYLINE = re.compile(r"(?<=[。！？!?”])\s*([（(][^（()）]{2,60}[)）])$")


def _trailing_byline(text: str) -> re.Match[str] | None:
    """The bracketed byline that ends ``text`` after a sentence end, if any."""
    match = _INLINE_PAREN_BYLINE.search(text)
    return match if match and parse_paren_byline(match.group(1)) else None


def split_trailing_byline(text: str) -> tuple[str, str]:
    """``(text, byline)``: a bracketed byline that ends ``text`` moves out."""
    match = _trailing_byline(text)
    if not match:
        return text, ""
    return text[: match.start()].rstrip(), match.group(1).strip()


#: The most characters a photo caption's text holds before a credit in brackets.
_CAPTION_TEXT_CHARS = 60


def _split_off_paren_byline(lines: list[str]) -> list[Block]:
    """Blocks of ``lines``, with a bracketed byline that ends the text as a block of its own.

    Bylines like ``（记者 池雅婷）`` often end the last paragraph and wrap
    with it (``…综合效益。（`` / ``管浩东 王静）``); they close the article.
    """
    match = _trailing_byline("".join(lines))
    if match and LABELLED_CREDIT.search(match.group(1)) and len("".join(lines)[: match.start()]) <= _CAPTION_TEXT_CHARS:
        return [Block(lines)]  # a photo's credit closing its short caption (村民在新修的道路上散步。（摄影：李四）), no byline
    if not match:
        if len(lines) > 1 and parse_paren_byline(lines[-1]):
            # on a line of its own it closes the article even when the line
            # before has no sentence end (a list item, a cut-off last line)
            return [Block(lines[:-1]), Block([lines[-1].strip()])]
        return [Block(lines)]
    cut = match.start()
    body_lines, used = [], 0
    for line in lines:
        if used + len(line) <= cut:
            body_lines.append(line)
        elif used < cut:
            body_lines.append(line[: cut - used].rstrip())
        used += len(line)
    body_lines = [line for line in body_lines if line]
    paren = Block([match.group(1).strip()])
    return ([Block(body_lines)] if body_lines else []) + [paren]


def _blocks(text: str) -> list[Block]:
    """Blocks of non-blank lines; a bracketed byline is always a block of its own."""
    blocks: list[Block] = []
    current: list[str] = []
    for line in text.split("\n") + [""]:
        if line.strip():
            current.append(line.strip())
            if parse_paren_byline(line) or _INLINE_PAREN_BYLINE.search(line.strip()):
                split = _split_off_paren_byline(current)
                if split[-1].lines != current or parse_paren_byline(line):
                    blocks.extend(split)
                    current = []
        elif current:
            blocks.extend(_split_off_paren_byline(current))
            current = []
    return [Block(part, brief=brief) for block in blocks for cut in _split_off_furniture_and_captions(block.lines)
            for lines, brief in _split_at_brief_items(cut) for part in ([lines] if brief else _split_at_headlines(lines))]


def _split_at_brief_items(lines: list[str]) -> list[tuple[list[str], bool]]:
    """Cut a column of briefs into its items: ``(lines, is_item)`` parts.

    County papers print short news as a column of items, each opened by a
    mark and none with a headline (``简讯`` / ``●近日，缙云县召开…`` /
    ``●11月20日，县供电公司…``); each item is an article of its own. Two or
    more lines opening with the same mark after a sentence end make such a
    column (one mark alone may be a caption's: ``▲村民在…``); items a sentence
    introduces with a colon are a list in an article's text (主要做法有： /
    ■ 推进垃圾分类。…), which a page without blank lines runs together.
    """
    starts = [i for i, line in enumerate(lines) if _BRIEF_ITEM.match(line) and parse_names(line) is None  # not ■ 本报记者 …
              and (i == 0 or ends_sentence(lines[i - 1]) or _BRIEF_HEADING.match(lines[i - 1]))]
    marks = {lines[i][0] for i in starts}
    # items a sentence introduces with a colon are a list inside an article's text (主要做法有： / ■ 推进垃圾分类。…)
    introduced = any(_BRIEF_ITEM.match(line) and lines[i - 1].endswith(("：", ":")) for i, line in enumerate(lines) if i)
    if len(starts) < 2 or len(marks) != 1 or introduced:
        return [(lines, False)]
    first = starts[0] - 1 if starts[0] and _BRIEF_HEADING.match(lines[starts[0] - 1]) else starts[0]
    parts = [(lines[:first], False)] if first else []
    if first < starts[0]:
        parts.append((lines[first : starts[0]], False))  # the column's heading: page furniture
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        parts.append((lines[start:end], True))
    return parts


def _header_line(line: str) -> bool:
    return bool(_FURNITURE.match(line) or _SECTION_NAME.match(line))


def _is_page_header(lines: list[str]) -> bool:
    """Page furniture only: dates, page numbers, editors, rules, and a section name
    (要闻, 综合新闻) printed with the date or the editor."""
    return any(_FURNITURE.match(line) for line in lines) and all(_header_line(line) for line in lines)


#: An editor's line (责任编辑：张丽, 编辑：李华 审核：王强): page furniture, which a web edition prints under each article.
_EDITOR_LINE = re.compile(r"^(?:本版|本期)?(?:责任编辑|编辑|责编|审核|校对|美编)\s*[:：]\s*[^\s，。]{2,4}"
                          r"(?:\s+(?:编辑|责编|审核|校对|美编|监制)\s*[:：]\s*[^\s，。]{2,4})*$")


def _split_off_furniture_and_captions(lines: list[str]) -> list[list[str]]:
    """Cut the page's header lines off the top of a block, and a photo caption out of it.

    Pages printed without blank lines run the header (date, editor, page
    and section: ``A2 要闻``) into the first article, and a caption
    (``图为茶农在修剪茶树。 叶晓峰 摄``) between two articles' lines. A caption
    starts with 图为 (or 上图 …) after a sentence end and runs, over at most
    three lines, to a photo credit. An editor's line after a sentence end (…20万人次。 / 责任编辑：张丽: a web edition
    copied without blank lines) is furniture too, wherever it stands.
    """
    head = 0
    while head < len(lines) and _header_line(lines[head]):
        head += 1
    if head == len(lines) or not _is_page_header(lines[:head]):
        head = 0  # the whole block is a header (_classify says so), or no line of it is furniture
    parts = [lines[:head]] if head else []
    start = i = head
    while i < len(lines):
        if i > start and _EDITOR_LINE.match(lines[i]) and ends_sentence(lines[i - 1]):
            parts += [lines[start:i], [lines[i]]]  # …20万人次。 / 责任编辑：张丽 (a web edition's article end)
            start = i = i + 1
            continue
        if _CAPTION_START.match(lines[i]) and (i == 0 or ends_sentence(lines[i - 1])):
            # the credit may wrap inside it (… 甘小雨 / 摄, … 韩晓 / 峰 摄): read the caption's lines together
            end = next((k + 1 for k in range(i, min(i + 3, len(lines))) if _ENDS_WITH_CREDIT.search("".join(lines[i : k + 1]))),
                       None)
            if end is not None:
                parts += [lines[start:i]] if i > start else []
                parts.append(lines[i:end])
                start = i = end
                continue
        i += 1
    if start < len(lines):
        parts.append(lines[start:])
    return parts


def starts_with_dateline(text: str) -> bool:
    """True if ``text`` opens with a dateline (本报讯（记者 …）, 新华社杭州6月5日电)."""
    return bool(_OPENING_DATELINE.match(text))


def _is_byline_line(line: str) -> bool:
    """A line of names and role words only (``本报记者 赵一鸣``, ``张梦婷 俞 琳``).

    Stricter than :func:`parse_names`, which splits on commas too: a wrapped
    body line such as ``和商家，仔细查看商品描述和验机报`` is not a byline.
    """
    # (a web edition's source line is one too: 来源：衢州日报 作者：记者 徐明 … 2024-12-05 08:30; and 本报评论员)
    return (not re.search(r"[，。；！？“”‘’、,;!?《》]", line) and _byline_line_names(line) is not None
            and not starts_with_dateline(line))  # 本报讯 苏州市市场监督管理局 / 11月20日发布…: a brief's opening


def _is_headline_line(line: str, asks: bool = False) -> bool:
    """A line that may be a headline: title-like, and no numbered subhead, bracketed byline or other bracketed note."""
    return (_is_title_line(line, asks) and not _ORDINAL_START.match(line) and parse_paren_byline(line) is None
            and not _BRACKETED_LINE.match(line))  # （常山县供电公司 供稿）: a source note


def _opens_article(line: str) -> bool:
    """A byline line or a dateline: what follows a headline."""
    return _is_byline_line(line) or starts_with_dateline(line)


def _split_at_headlines(lines: list[str]) -> list[list[str]]:
    """Cut a block where a headline stands inside it.

    Headline-first pages often print headline, byline and body with no blank
    line between them (``白沙村：闲置农房变身民宿`` / ``本报记者 赵一鸣`` /
    ``近日，走进…``). A title-like line (and a subtitle) at the block's start
    or after a sentence end, followed by a byline line or a dateline, is a
    headline: it becomes a block of its own, with its byline lines, and the
    text after it another. The headline-after layout gains too where a
    headline and byline follow the body's last sentence in one block.
    """
    parts: list[list[str]] = []
    start = i = 0
    while i < len(lines):
        # (a bracketed byline always ends its block: _blocks cuts after it)
        if not (i == 0 or ends_sentence(lines[i - 1])) or not _is_headline_line(lines[i], asks=True):
            i += 1
            continue
        # the headline, maybe a subtitle line, then a byline line or a dateline
        # (up to a kicker, the headline and a subtitle: 加快建设…示范区 / 衢州召开… / ——部署…)
        openers = [k for k in range(i + 1, min(i + 1 + MAX_TITLE_LINES, len(lines))) if _opens_article(lines[k])]
        opener = openers[0] if openers else None
        if opener is None or not all(_is_title_line(line, asks=True) for line in lines[i : opener]):
            i += 1
            continue
        end = opener
        while end < len(lines) and _is_byline_line(lines[end]):
            end += 1  # byline lines go with the headline; a dateline stays with the body
        if i > start:
            parts.append(lines[start:i])
        parts.append(lines[i:end])
        start = i = max(end, i + 1)
    if start < len(lines):
        parts.append(lines[start:])
    return parts


def _body_shaped(line: str, width: float) -> bool:
    """As wide as a wrapped body line: a full line, or an indented first line."""
    return width - 3.5 <= display_width(line) <= width + 1.5


def _headline_shaped(line: str, width: float) -> bool:
    """Shaped as no body line is: of no wrapped body line's width, or two phrases parted by a space."""
    return not _body_shaped(line, width) or _phrase_spaced(line)


#: A space between two phrases of Chinese (一根海缆连通大电网 枸杞岛告别柴油发电): headlines print their parts so;
#: extraction puts spaces in body lines only around numbers and Latin words.
_PHRASE_SPACE = re.compile(rf"[{_CJK}“”]{{2}} +[{_CJK}“”]{{2}}")
_QUOTE_PAIRS = ("“”", "《》", "「」", "（）", "‘’")


def _inside_quotes(before: str, after: str) -> bool:
    """True where a quotation or a title is open across the point between ``before`` and ``after``
    (one opened before it and not closed, or one closed after it that opened on an earlier line)."""
    return any(
        before.count(opener) > before.count(closer) or after.count(closer) > after.count(opener)
        for opener, closer in _QUOTE_PAIRS
    )


def _phrase_spaced(line: str) -> bool:
    """Two phrases of Chinese parted by a space outside quotes: a headline's parts.

    Body text quotes spaced names and slogans (专栏《壮阔东方潮 奋进新时代》,
    “团结起来 振兴中华”) with the space, and opens a quoted interview with
    the speaker's post, a space and the name before a colon; those are no
    headline.
    """
    return any(
        not _inside_quotes(line[: match.start() + 2], line[match.start() + 2 :])
        and not _SPEAKER_AFTER_SPACE.match(line, match.start() + 2)
        for match in _PHRASE_SPACE.finditer(line)
    )


#: A speaker's name and colon after the space (湖北经济学院院长 吕忠梅：这个决定…): a quoted interview, no headline.
_SPEAKER_AFTER_SPACE = re.compile(rf" +[{_CJK}·•]{{2,10}}[：:]")


#: Marks that never start a line: typesetting hangs them past the column's end.
_HANGING_CHARACTERS = "，。、；：！？”’）》」』"
_HANGING = set(_HANGING_CHARACTERS)
#: Marks typesetting never starts a line with (kinsoku): they stand past the column's end on the line before
#: (the page generator, :mod:`zhpolicy.data.layout`, sets lines so).
NO_LINE_START = _HANGING_CHARACTERS + "…,.;:!?)%"


def _indented(line: str, width: float) -> bool:
    """Narrower than a full line: a paragraph's first line, two cells short, maybe with a mark hanging
    past its end (a full line is never narrower than the column less half a cell)."""
    line_width = display_width(line)
    return line_width <= width - 1.5 or (line[-1] in _HANGING and line_width <= width - 1.0)


@lru_cache(maxsize=1)
def _segmenter():  # jieba's tokenizer, loaded once, on first use
    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba.dt


#: How much likelier (natural log) jieba reads the last characters of a line and the first of the next as one text than
#: each apart, for :func:`_runs_into` to read a word broken by the line's end. Lines wrongly read as headlines on
#: generated pages of mixed widths (seeds 13 and 14), where a word spans their end, gain a median 7.4 (…气候变 / 化、
#: 南海: 9.8; …多家企 / 业提出申请: 13.3), three in four over 5.8; headlines set over an article's first line, their own
#: or five others' (12,720 pairs: the written articles and 1,400 CCTV stories), where a word spans (10 pairs), 0.02 to
#: 3.1 (…缘何大 / 过年这几天: 大过年, 0.09; …缘何大 / 为深入学习: 大为, 0.8).
RUN_ON_GAIN = 4.0


def _reading_score(text: str) -> float:
    """The log probability of jieba's likeliest reading of ``text`` as dictionary words (no HMM guesses)."""
    segmenter = _segmenter()
    route: dict = {}
    segmenter.calc(text, segmenter.get_DAG(text), route)
    return route[0][0]


@lru_cache(maxsize=1 << 14)
def _runs_into(line: str, next_line: str) -> bool:
    """Whether ``line`` breaks off inside a word that ``next_line`` ends: a dictionary word (jieba, no HMM guesses) of
    the last four characters of the one and the first four of the other spans the break, and the two read as one
    text are far likelier than each apart (:data:`RUN_ON_GAIN`: …气候变 / 化、南海…, …等地 100 多家企 / 业提出申请…).
    A wrapped body line breaks so; a headline does not: where a word spans a headline's end and its body's start
    (…缘何大 / 过年这几天: 大过年), the text reads about as well apart."""
    end = "".join(line.split())[-4:]
    start = "".join(next_line.split())[:4]
    if not end or not start:
        return False
    at = 0
    for word in _segmenter().cut(end + start, HMM=False):
        if at < len(end) < at + len(word):
            return _reading_score(end + start) - _reading_score(end) - _reading_score(start) >= RUN_ON_GAIN
        at += len(word)
    return False


def _headline_lines(lines: list[str], width: float, article_closed: bool = False) -> int:
    """How many lines of ``lines`` are a headline printed straight above its
    body, no byline between: 0 if none, 1, or 2 with a subtitle.

    The first line is title-like, a body line follows it in the same block,
    and the first line is no wrapped body line: it is of no body line's
    width (body lines are column-wide, or two cells short where a paragraph
    starts), or the line after it is indented (narrower than the full line
    after that, or, where that line ends the paragraph, than the column),
    as the first line of a paragraph is. A short title-like
    line right below, or one opening with a dash, is a subtitle. Where the
    article before has just closed (a bracketed byline, or the page's
    start), a title-like line is enough.
    """
    if len(lines) < 2 or not _is_headline_line(lines[0]):
        return 0
    count = 1
    body_under = False  # the line under it is told the body's indented first line by its words
    if len(lines) > 2 and _is_headline_line(lines[1]) and (
        lines[1].startswith(("——", "—")) or display_width(lines[1]) < width - 3.5
    ):
        # no subtitle breaks off inside a word: a narrow line under it that does is the body's indented first line
        # (韩正访问瑞士 / 应瑞士联邦副主席帕默林邀请，中共 / 中央政治局常委…), narrower than the page's column where its
        # article is set narrower
        body_under = not lines[1].startswith("—") and _runs_into(lines[1], lines[2])
        count = 1 if body_under else 2  # else a subtitle
    following = lines[count]
    if _opens_article(following) or _runs_into(lines[count - 1], following):
        return 0  # (a headline does not break off inside a word either: …气候变 / 化、南海…)
    if article_closed or body_under or _headline_shaped(lines[0], width):
        return count
    if ends_sentence(following) or _INLINE_PAREN_BYLINE.search(following):
        return 0  # a paragraph's last line (…实际成效。（记者 孙立）: its byline closes it as a sentence end does)
    # The line after a headline starts a paragraph: it is indented, so
    # narrower than the full line after it (spaces around numbers and
    # half-width digits make a full line look up to a cell narrower; a mark
    # at the end may hang past the column, a cell wider). A paragraph of
    # two lines has no full line to compare: its last line ends the
    # sentence, and the column's width stands in for it.
    indented = _indented(following, width)
    if count + 1 < len(lines) and not ends_sentence(lines[count + 1]):
        # (a mark hanging past the indented line's end takes no cell of the column: 入冬以来，…走低， / 全县 1.2 万户…)
        inside = following[:-1] if following[-1] in _HANGING else following
        indented = indented and display_width(lines[count + 1]) >= max(width - 1.0, display_width(inside) + 1.0)
    return count if indented else 0


def _width_below(lines: list[str], index: int, page_width: float, above: Sequence[str] = (), below: Sequence[str] = ()) -> float:
    """:func:`_column_below`, or the widest line of the paragraph right under line ``index`` (less its hanging
    marks, :func:`_widest_in_paragraph`) where that is wider: that paragraph is the line's own article's, headline
    or not, and its column at least that wide, where too few lines agree on one (news paragraphs of two or three
    lines) and the lines further off tell another article's or the page's."""
    return max(_column_below(lines, index, page_width, above, below), _widest_in_paragraph(lines, index + 1))


def _column_below(lines: list[str], index: int, page_width: float, above: Sequence[str] = (), below: Sequence[str] = ()) -> float:
    """The column's width under line ``index``: the width three or more lines of the paragraph right under it agree
    with (up to its first sentence end); else the most common width of the lines inside paragraphs among the next
    :data:`NEAR_LINES` (three cells of the page's or less, three or more agreeing; the page's where as many agree
    with it or one fewer, :func:`_mode_agreed`), else the page's: a headline on a headline-first page is read
    against its own article's column, as each article may be set at a width of its own. Where fewer than three such
    lines stand below, the lines over it in its own block count too if they then agree on a column that the line fits
    as a body line does (full, or indented: a headline starting a new article inside a block is seldom so shaped). Else, where fewer than three stand below,
    or they agree on no width, the lines after it up to and through the body block ``below`` this one count instead
    (after a column break the same article goes on there; the line right under it, a body's indented first line or
    not, is left out). Where fewer than three stand below still (a paragraph near its article's end), those above
    count too, and those of the body block ``above`` this one (a column break between); two such lines that fit one
    column tell it (:func:`_column_of_two`), the line right under it, running on from it, the second where only one
    stands (the block below read past it holds no line inside a paragraph). The lines read stop at a headline no body line could be after a
    sentence end (:func:`_no_body_line`: two phrases parted by a space, or narrower or wider than any body line of a
    column near the page's), and the block ``below`` is not read where it opens with one."""
    # the paragraph right under it, up to its first sentence end, is of the line's article if any is: where three of
    # its lines agree, they tell the column (the window below may reach into the next article, set at another width)
    column = _paragraph_column(lines, index, page_width)
    if column is not None:
        return column
    # the lines read stop at a headline no body line could be, after a sentence end (the next article's, set at
    # another width), and the block below is not read where it opens with one
    stop = next((j for j in range(index + 2, min(len(lines) - 1, index + 1 + NEAR_LINES))
                 if ends_sentence(lines[j - 1]) and _no_body_line(lines[j], page_width)), None)
    if stop is not None:
        lines, below = lines[:stop], ()
    elif below and ends_sentence(lines[-1]) and _no_body_line(below[0], page_width):
        below = ()
    inside = _lines_inside_paragraphs(lines, index + 1, index + 1 + NEAR_LINES)
    if len(inside) < 3 and index > 0:
        # a paragraph near its article's end: the lines over it in its own block (no break between) tell its column
        # where the line is shaped as one of it, a full line or an indented first line
        column = _agreeing_column(inside + _last_lines_inside_paragraphs(lines[:index]), page_width)
        if column is not None and column - 2.5 <= display_width(lines[index]) <= column + 1:
            return column
    column = _agreeing_column(inside, page_width)
    if below and column is None:
        # too few lines, or none agreeing (on the page's width or another), before a column break: the block below
        # goes on with the same article
        inside = _lines_inside_paragraphs([*lines[index + 1 :], *below], 0, NEAR_LINES)
        column = _agreeing_column(inside, page_width)
    if len(inside) < 3:  # a paragraph near its article's end: the lines above it, of the same article or not a headline
        near = inside + _last_lines_inside_paragraphs([*above, *lines[:index]])
        runs_on = index + 2 < len(lines) and not ends_sentence(lines[index]) and not ends_sentence(lines[index + 1])
        if len(near) < 2 and runs_on and lines[index + 1] not in near:
            # one line only (the block below a paragraph of two lines): the line right under it, running on from it
            # inside the block, counts too: a full line where the line opens a paragraph; where the line is a
            # headline, its body's indented first line, narrower than the column, that seldom fits one with the
            # line over it
            near = [lines[index + 1], *near]
        # two lines, one over it and one under it where paragraphs are short, that fit one column tell it
        return _column_or_page(_column_of_two(near), page_width) if len(near) == 2 else _agreed_width(near, page_width)
    return _column_or_page(column, page_width)


def _no_body_line(line: str, page_width: float) -> bool:
    """A headline no body line of a column near the page's could be: title-like and ending no sentence, and
    narrower than any such column's indented first line (创新改变中国), two phrases parted by a space (中秋国庆前夕
    警惕隐蔽“四风”抬头), or wider, less its hanging marks, than any such column can hold."""
    width = display_width(line)
    return (not ends_sentence(line) and _is_headline_line(line)
            and (width < page_width - 3 - 3.5 or _phrase_spaced(line)
                 or display_width(line.rstrip(NO_LINE_START)) > page_width + 3 + 0.5))


def _before_the_next_article(lines: list[str], index: int) -> int:
    """Where the lines :func:`_width_below` reads under line ``index`` of a page without blank lines stop: at the
    next article's headline, the line over the next byline line or dateline among the next :data:`NEAR_LINES`
    (a headline with no byline is what is being looked for: its lines are read)."""
    return next((j - 1 for j in range(index + 2, min(len(lines), index + 2 + NEAR_LINES)) if _opens_article(lines[j])),
                len(lines))


def _paragraph_column(lines: list[str], index: int, page_width: float) -> float | None:
    """The column of the paragraph right under line ``index`` (its lines up to the first that ends a sentence, at most
    :data:`NEAR_LINES`), where three or more of them agree (:func:`_agreeing_column`); None where they do not. That
    paragraph is one article's whether the line is a headline or a paragraph's line."""
    paragraph = itertools.takewhile(lambda line: not ends_sentence(line), lines[index + 1 : index + 1 + NEAR_LINES])
    return _agreeing_column(paragraph, page_width)


def _closes_a_body(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` closes what is above it, so that on a page without blank lines a block may start
    under it, and a paragraph read down from a line ends with it: a sentence end, a bracketed byline
    (…全覆盖。（储晓静）), one wrapped over two lines (…综合效益。（管 / 浩东 王静）) or a photo credit wrapped likewise
    (…转移受困群众。 甘小雨 / 摄, … 韩晓 / 峰 摄)."""
    line = lines[index]
    return (ends_sentence(line) or parse_paren_byline(line) is not None
            or _INLINE_PAREN_BYLINE.search(line) is not None
            or (index > 0 and ")" not in line[:-1] and "）" not in line[:-1]
                and _trailing_byline(lines[index - 1] + line) is not None)
            or (index > 0 and len(line) <= 6 and _ENDS_WITH_CREDIT.search(lines[index - 1] + line) is not None))


def _out_of_the_column_over_it(lines: list[str], index: int, page_width: float) -> bool:
    """Whether line ``index`` stands out of the column the lines over it agree on (their article's, read from the
    last headline, byline or caption): a line of the paragraph under it (up to its first sentence end) is wider,
    less its hanging marks, than that column can hold (that paragraph is another article's, set at a width of its
    own), or the line itself is, or it follows a paragraph's last line, shorter than an indented first line (which may
    end a sentence at its row's end, its paragraph going on), and is no indented first line itself. A
    title-like line so placed is a headline printed after its body, over the next article."""
    column = _agreeing_column(_last_lines_inside_paragraphs(lines[:index]), page_width)
    if column is None:
        return False
    width = display_width(lines[index].rstrip(NO_LINE_START))
    if width > column + 0.5 or (index > 0 and display_width(lines[index - 1]) < column - 2.5 and width > column - 1.5):
        return True
    return _widest_in_paragraph(lines, index + 1) > column + 0.5


def _widest_in_paragraph(lines: Sequence[str], start: int) -> float:
    """The widest line, less its hanging marks, of the paragraph from line ``start`` (up to its first sentence end),
    or 0 where a bracketed byline ends it first (the article ends there): the narrowest column that paragraph can
    be set at."""
    widest = 0.0
    for at in range(start, min(len(lines), start + NEAR_LINES)):
        if _closes_a_body(lines, at) and not ends_sentence(lines[at]):
            return 0.0  # a bracketed byline: the paragraph, and the article, end here
        widest = max(widest, display_width(lines[at].rstrip(NO_LINE_START)))
        if ends_sentence(lines[at]):
            break
    return widest


def _column_of(lines: list[str], page_width: float, above: Sequence[str] = (), below: Sequence[str] = ()) -> float:
    """The column's width of a block: the most common width of its lines inside paragraphs (not its first line, nor
    one that ends a sentence or follows one), where three or more agree (:func:`_agreeing_column`: three cells of
    the page's or less); else the page's. A title-like block over a body block is weighed against that block's
    column (:func:`_is_body_fragment`, :func:`_body_start_in_title`): a paragraph cut by a column break is the
    start of the body below it, set at the same width, whatever the page's other articles are set at; and a block's
    paragraph breaks are read against it (:func:`_body_text`). Where fewer than three of its lines stand inside
    paragraphs (a paragraph's last two lines after the break), those of the body block ``above`` the title-like one
    count too (:func:`_is_body_fragment`: over a cut paragraph the same article's; on a headline-after page over a
    headline too), and where still fewer, those of the body block ``below`` it (:func:`_cut_body_from_titles`,
    :func:`_decide_titles`: the article's next paragraph)."""
    inside = _lines_inside_paragraphs(lines, 1, NEAR_LINES)
    if len(inside) < 3:  # a short block: the body block over the title-like one too
        inside += _last_lines_inside_paragraphs(above)
    if len(inside) < 3:  # still short: the body block under it, the article's next paragraph
        inside += _lines_inside_paragraphs(below, 1, NEAR_LINES)
    return _agreed_width(inside, page_width)


#: A quotation or a title in a line (“一社四部”, 《厉害了，我的国》): :func:`_running_text`.
_QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》")


def _running_text(line: str) -> bool:
    """Whether ``line`` is running text, which headlines seldom are: it holds a comma outside quotes and titles, with no
    label before it (新华时评：坐言起行，用发展…) and no space parting phrases (212 of 72,295 CCTV stories' headlines hold
    a comma, most after such a label, and one of the 720 written articles'), or it leaves a quotation or a title
    open (one of those 73,015 headlines, a misprint: …“大城管“从“小事”入手). A headline-first page's line so shaped
    after a sentence end is a paragraph's first line (此外，中国女子曲棍球队以4:3战胜东 / 道主日本队…), not a bare
    headline over the rest of it, and so is a title-like block of one such line over a body block (a paragraph cut by
    a column break: :func:`_decide_titles`); a title is no clause (电影《厉害了，我的国》今天首映)."""
    text = _QUOTED.sub("", line)
    if "“" in text or "《" in text:
        return True  # a quotation or a title left open, going on in the next line (…继续播出《中国汉字听 / 写大会》…)
    comma = min((at for at in (text.find("，"), text.find(",")) if at >= 0), default=-1)
    return comma >= 0 and "：" not in text[:comma] and ":" not in text[:comma] and not _phrase_spaced(line)


def _bare_headlines(lines: list[str], width: float, article_closed: bool = False, above: Sequence[str] = (),
                    below: Sequence[str] = ()) -> list[tuple[int, int]]:
    """``(start, end)`` of each headline without a byline in a block of a headline-first page.

    Such a headline stands at the block's start or after a sentence end, with the body of its article right below it
    (see :func:`_headline_lines`), and is no running text (:func:`_running_text`) unless the article before has
    closed; ``article_closed`` says that the block starts a new article; ``above`` and ``below`` are the lines of the
    body blocks over and under it (:func:`_width_below`).
    """
    found: list[tuple[int, int]] = []
    # a block whose body block over it broke off mid-sentence goes on with that sentence (…开通一个月来， / column break /
    # 日均客流达到 1.8 万人次，其中): its first line is no headline
    i = 1 if above and not ends_sentence(above[-1]) and parse_paren_byline(above[-1]) is None else 0
    while i < len(lines) - 1:
        opens = article_closed and i == 0  # the article before has closed: a title-like line is enough
        if (i == 0 or ends_sentence(lines[i - 1])) and (opens or not _running_text(lines[i])):
            count = _headline_lines(lines[i:], _width_below(lines, i, width, above, below), opens)
            if count:
                found.append((i, i + count))
                i += count
                continue
        i += 1
    return found


def _split_at_bare_headlines(block: Block, width: float, article_closed: bool = False, above: Sequence[str] = (),
                             below: Sequence[str] = ()) -> list[Block]:
    """On a headline-first page, cut a body block before and after each headline that has no byline.

    Only headline-first pages are cut this way: on the example's layout a
    headline always has a block of its own.
    """
    heads = [] if block.brief else _bare_headlines(block.lines, width, article_closed, above, below)
    if not heads:
        return [block]
    parts: list[Block] = []
    start = 0
    for head_start, head_end in heads:
        if head_start > start:
            parts.append(Block(block.lines[start:head_start]))
        parts.append(Block(block.lines[head_start:head_end], headline=True))
        start = head_end
    if start < len(block.lines):
        parts.append(Block(block.lines[start:]))
    for part in parts:
        _classify(part)
    return parts


def _body_lines(blocks: Sequence[Block]) -> list[str]:
    """The lines of the first of ``blocks`` where it is a body block, else none."""
    return blocks[0].lines if blocks and blocks[0].kind == "body" else []


def _bylines_under_headlines(blocks: list[Block]) -> list[Block]:
    """A bracketed byline printed under a headline, above the body (``白沙村：闲置农房变身民宿`` /
    ``（记者 赵一鸣）`` / ``近日，走进…``), is the headline's byline, not the close of the text before.

    A bracketed byline normally closes an article, and :func:`_blocks` ends
    a block after it; where a body follows it and a headline stands right
    before it (a block of its own, or the last line of a block after a
    sentence end), it belongs to that headline: the headline is cut out of
    its block and the byline joins it as a byline line would. So does one
    that ends the page right under a headline block, which closes no body.
    """
    out: list[Block] = []
    for index, block in enumerate(blocks):
        before = out[-1] if out else None
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        # the body may open with a line or two cut off by a column break, title-like on their own
        if block.kind == "paren" and before is not None and before.kind == "title" and following is None:
            block.kind = "byline"  # the page's last block, under a headline: that headline's (古村焕新颜… / （记者 余敏）)
        if block.kind != "paren" or before is None or following is None or following.kind not in ("body", "title"):
            out.append(block)
            continue
        lines = before.lines
        # the headline, or a headline and a dash subtitle (让老人…舒心 / ——琼花观社区…见闻)
        size = 2 if len(lines) >= 2 and lines[-1].startswith("——") else 1
        if (before.kind == "body" and not before.brief
                and all(_is_headline_line(line, asks=True) for line in lines[-size:])
                and (len(lines) == size or ends_sentence(lines[-size - 1]))):
            out.pop()
            if len(lines) > size:
                out.append(replace(before, lines=lines[:-size]))
            before = Block(lines[-size:])
            _classify(before)
            out.append(before)
        if before.kind == "title":
            block.kind = "byline"
        out.append(block)
    return out


#: A line in brackets from end to end: a source note or byline (（常山县供电公司 供稿）), no headline.
_BRACKETED_LINE = re.compile(r"^[（(][^（()）]+[)）]$")


def _headline_cut_off_the_end(block: Block, width: float, below: Sequence[str] = ()) -> list[Block]:
    """A body block with its headline printed right after its last sentence, no blank line between (…等一批重点工程，
    力争年底前完成投资2.6亿元。 / 江山市32个水利项目集中开工), as body and headline blocks: the headline-after layout of
    the example page, extracted without the blank line under the body. The lines after the last sentence end must be
    one to three headline lines of no wrapped body line's width in the block's own column (its last lines', or with
    too few of them inside paragraphs the body block ``below``'s too; shorter than an indented first line, or two
    phrases parted by a space), which a paragraph cut by a column break is not, nor full lines of the block below
    where it goes on with a full line (the cut sentence); a byline under them stays with them."""
    if block.kind != "body" or block.brief or len(block.lines) < 3 or width == UNWRAPPED_WIDTH:
        return [block]
    # a bracketed note after the last sentence closes the body too (…安全检查。 / （常山县供电公司 供稿）)
    last_end = max((i for i, line in enumerate(block.lines) if ends_sentence(line) or _BRACKETED_LINE.match(line)),
                   default=None)
    if last_end is None or last_end == len(block.lines) - 1:
        return [block]
    tail = block.lines[last_end + 1 :]
    # the block's own article's column (each may be set at a width of its own), with the body block ``below`` it where
    # the block has too few lines to tell: a sentence cut by a column break goes on there
    column = _column_of(block.lines[max(0, last_end + 1 - NEAR_LINES) :], width, below=below)
    headlines = 0
    while (headlines < len(tail) and headlines < MAX_TITLE_LINES and _is_headline_line(tail[headlines], asks=True)
           and _headline_shaped(tail[headlines], column)):
        headlines += 1
    if not headlines or not all(_is_byline_line(line) for line in tail[headlines:]) or len(tail) - headlines > 2:
        return [block]
    if below and headlines == len(tail):
        if _runs_into(tail[-1], below[0]):
            return [block]  # a sentence cut by a column break inside a word (…沿着山势铺 / column break / 展开来，…)
        # full lines of the body block under them, which goes on with a full line: a sentence cut by a column break
        column_below = _column_of(below, width)
        if _full(display_width(below[0]), column_below) and all(_full(display_width(line), column_below) for line in tail):
            return [block]
    body, headline = Block(block.lines[: last_end + 1]), Block(tail, headline=True)
    _classify(body)
    _classify(headline)
    return [body, headline] if headline.kind == "title" else [block]


#: How an editor's note opens (编者按：…, 【编者按】…, 编者的话): the paper's word to its readers over a series or a page.
_EDITORS_NOTE = re.compile(r"^[【\[]?(?:编者按|编者的话|编前语|编者手记)[】\]]?")


def _opens_without_headline(line: str) -> bool:
    """An editor's note (编者按：…) or an article's text going on from another page (（上接第一版）…): text that no
    headline on this page stands over."""
    return bool(_EDITORS_NOTE.match(line) or _OPENS_WITH_JUMP.match(line))


def _is_headless_opening(block: Block) -> bool:
    """Whether ``block`` is marked as the page's opening text with no headline (:func:`_mark_headless_opening`)."""
    return block.brief and _opens_without_headline(block.lines[0])


def _mark_headless_opening(blocks: list[Block]) -> None:
    """Mark an editor's note that opens the page's text (编者按：养老是民生大事。即日起，本报推出…系列报道), or the text of an
    article going on from another page (（上接第一版）推动…), as an article of its own with no headline, so the page's
    layout is read from the articles after it: the note stands over the page's first headline, not under one, and
    the rest of an article begun on another page has its headline there. A note under a headline stays that
    article's text."""
    first = next((b for b in blocks if b.kind not in ("furniture", "caption")), None)
    if first is not None and first.kind == "body" and _opens_without_headline(first.lines[0]):
        first.brief = True


def _headline_first(blocks: list[Block], width: float) -> bool:
    """The page is laid out headline-first: its text opens with a headline
    (followed by a byline, a dateline or its body) and ends with body text.

    The example's layout is the other way round: body first, and the page
    ends with a headline and byline.
    """
    text_blocks = [b for b in blocks if b.kind not in ("furniture", "caption") and not _is_headless_opening(b)]
    if not text_blocks or text_blocks[-1].kind not in ("body", "paren"):
        return False
    first = text_blocks[0]
    if first.kind == "title":
        return True
    if first.kind != "body" or not _is_headline_line(first.lines[0]):
        return False
    if _headline_lines(first.lines, width):
        return True
    # The first line looks like a headline but may be a paragraph's first
    # line: two more headlines on the page must show the shape of one (a
    # headline straight above an indented paragraph, or above a dateline).
    shaped = sum(len(_bare_headlines(b.lines, width)) for b in text_blocks if b.kind == "body")
    shaped += sum(
        b.kind == "title" and following.kind == "body" and starts_with_dateline(following.lines[0])
        for b, following in zip(text_blocks, text_blocks[1:])
    )
    return shaped >= 2


def _mark_section_name(blocks: list[Block]) -> None:
    """A lone section name (要闻, 综合新闻) above a headline-first page's first headline is furniture."""
    opening = [b for b in blocks if b.kind != "furniture"][:2]
    headline_next = len(opening) == 2 and (
        opening[1].kind == "title" or (opening[1].kind == "body" and _is_headline_line(opening[1].lines[0])
                                       and not (len(opening[1].lines) > 1
                                                and _runs_into(opening[1].lines[0], opening[1].lines[1]))))
    if headline_next and opening[0].kind == "title" and not opening[0].names:
        if len(opening[0].lines) == 1 and _SECTION_NAME.match(opening[0].lines[0]):
            opening[0].kind = "furniture"


#: Wider than any newspaper column: a page whose lines are mostly wider came without column wrap.
MAX_COLUMN_WIDTH = 40.0
#: The column width of a page without column wrap: no line is as wide as a wrapped one.
UNWRAPPED_WIDTH = 1e6


def _column_width(blocks: list[Block]) -> float:
    """The page's column width: the usual width of lines that wrap (:data:`UNWRAPPED_WIDTH` where
    a quarter of the body lines or more are wider than any column, one paragraph per line)."""
    every = sorted(display_width(line) for b in blocks for line in b.lines)
    if every and every[len(every) * 3 // 4] > MAX_COLUMN_WIDTH:
        return UNWRAPPED_WIDTH
    widths = [display_width(line) for b in blocks if len(b.lines) >= 3 for line in b.lines[:-1]]
    if not widths:
        widths = every
    if not widths:
        return 18.0
    # The most common width is the full line's: a paragraph's indented first line is as common only
    # where paragraphs are short (two lines), and there the median falls on it.
    counts = Counter(widths)
    mode = max(counts, key=lambda w: (counts[w], w))
    return mode if counts[mode] >= 3 else statistics.median(widths)


_INNER_SENTENCE_END = re.compile(r"[。；;！？!?]")


_ASKING_END = re.compile(r"[？！?!][”’」』]?$")
#: A headline may cry out inside (你好2017！各地群众欢度元旦, 假日调查：你幸福吗？真实的反应 最朴素的诉求): one
#: mark, no comma or quote, four characters or more after it, or phrases parted by spaces.
_EXCLAIMED_HEADLINE = re.compile(
    rf"[^，,。；;！？!?“”]{{2,}}[！？!?](?:[{_CJK}0-9]{{4,}}|[{_CJK}0-9]{{2,}}(?: [{_CJK}0-9]{{2,}})+)(?: [{_CJK}0-9]{{2,}})*"
)


def _is_title_line(line: str, asks: bool = False) -> bool:
    """Short, no sentence punctuation, not a list of names.

    Headlines do not end sentences inside themselves; a line with 。 or ；
    in it, or ending in ，、： is running text cut by a column break. With
    ``asks`` (a byline or dateline follows), a headline may end in ？ or ！
    (“村BA”火了之后 台盘村怎么走？), which a paragraph's last line does too;
    so may one of two phrases parted by a space, which no body line is.
    """
    if (asks or _phrase_spaced(line)) and _ASKING_END.search(line):
        return _is_title_line(_ASKING_END.sub("", line))
    return (
        len(line) <= MAX_TITLE_CHARS
        and (not _INNER_SENTENCE_END.search(line[:-1]) or bool(_EXCLAIMED_HEADLINE.fullmatch(line)))
        and not ends_sentence(line)
        and not re.search(r"[，、：,:]$", line)
        and line.count("，") + line.count(",") < 2
        and not _STARTS_WITH_CLOSER.match(line)
        and not _DATELINE.match(line)
        and parse_names(line) is None
        and not _PHONE_NUMBER.search(line)
        and not _SIDEBAR_LABEL.match(line)
        and not line.startswith(("附：", "附:", "附件："))  # an attachment's label (附：2024年…重点水利项目一览)
        and not _OPENS_WITH_JUMP.match(line)  # an article's text going on from another page: （上接第一版）推动…
    )


#: The label of a sidebar printed with an article (【链接】, 相关链接：, 【记者手记】, 小贴士): the article's own text goes on.
_SIDEBAR_LABEL = re.compile(r"^[【\[]?(?:(?:相关|新闻|背景|知识|政策)?链接|延伸阅读|(?:新闻)?背景|记者手记|编后语?|记者观察|小贴士"
                            r"|温馨提示)[】\]]?[:：]?$")


#: A telephone number (咨询电话：0570-1234567, 13812345678): advertisements and notices print them, headlines do not.
_PHONE_NUMBER = re.compile(r"(?<![\d-])(?:0\d{2,3}[-－]?\d{7,8}|1[3-9]\d{9})(?!\d)")


def is_caption(text: str) -> bool:
    """A photo caption: a credit (… 摄, 供图, 图片由…提供) or a 图为 line."""
    if len(text) > 200:
        return False
    if not _CAPTION_START.match(text) and _TRAILING_CAPTION.search(text):
        return False  # sentences of body text with a 图为 caption run on after them (split_trailing_caption)
    if _CAPTION_SOURCE.search(text) or photo_credit(text) is not None:
        return True
    return bool(_CAPTION_START.match(text)) and len(text) <= 120


def _byline_line_names(line: str) -> list[str] | None:
    """The names of a byline line (本报记者 赵一鸣), or of a web edition's source line, which may name none (来源：江山发布
    2024-12-04 17:20), or of a commentator's, which names none (本报评论员), or ``None`` for any other line."""
    if _COMMENTATOR.match(line):
        return []
    names = parse_names(line)
    return names if names is not None else parse_web_source_line(line)


#: A commentary's byline that names no one (本报评论员, 本报特约评论员): the paper's voice over its commentary.
_COMMENTATOR = re.compile(r"^(?:本报|本台|本刊)?(?:特约)?评论员$")


def _classify(block: Block) -> None:
    """Set ``block.kind`` from the block alone (context comes later)."""
    if block.brief:
        block.kind = "body"  # an item of briefs, even one as short as a caption
        return
    lines = block.lines
    joined = block.text
    if _is_page_header(lines):
        block.kind = "furniture"
        return
    if len(lines) == 1 and (names := parse_paren_byline(lines[0])):
        block.kind, block.names = "paren", names
        return
    byline_names = [_byline_line_names(line) for line in lines]
    if len(lines) <= 2 and all(names is not None for names in byline_names):
        block.kind = "byline"
        block.names = [n for names in byline_names for n in names]  # type: ignore[union-attr]
        return
    if is_caption(joined):
        block.kind = "caption"
        return
    # Title lines first, then optional byline lines.
    split = len(lines)
    while split > 0 and byline_names[split - 1] is not None:
        split -= 1
    title_lines, trailing_names = lines[:split], byline_names[split:]
    asks = bool(trailing_names)
    if 1 <= len(title_lines) <= MAX_TITLE_LINES and all(_is_title_line(line, asks) for line in title_lines):
        block.kind = "title"
        block.title_lines = title_lines
        block.names = [n for names in trailing_names for n in names]  # type: ignore[union-attr]


def _full(width_of_line: float, width: float) -> bool:
    """A line as wide as the column: half a cell less (half-width digits) to one more (a hanging mark)."""
    return width - 0.5 <= width_of_line <= width + 1.5


def _wrapped(width_of_line: float, width: float) -> bool:
    """A line as wide as the column, or two cells less (a paragraph's indented first line)."""
    return width - 3.5 <= width_of_line <= width + 1.5


def _is_body_fragment(block: Block, following: Block | None, width: float) -> bool:
    """A title-like block that is really the start of a paragraph cut by a column break.

    Such a fragment is exactly column-wide (its first line two cells less
    for the indent) and is continued by a full-width line, or by the
    sentence's short end; a headline is followed by the indented first line
    of the next article, or by nothing.
    """
    if _ORDINAL_START.match(block.title_lines[0]):
        return True  # a numbered subhead belongs to its article
    if following is None or following.kind != "body":
        return False
    quoted = "".join(block.title_lines)
    if quoted.count("“") > quoted.count("”"):
        return True  # a quotation left open: the sentence goes on in the next block (a headline closes its quotes)
    widths = [display_width(line) for line in block.title_lines]
    if not width - 3.5 <= widths[0] <= width - 0.5:
        return False  # a paragraph's first line is indented: two cells short
    if not all(_wrapped(w, width) for w in widths[1:]):
        return False
    if len(widths) > 1:
        return True  # an indented line and full lines: a wrapped paragraph, not title and subtitle
    first = following.lines[0]
    first_width = display_width(first)
    if _full(first_width, width):
        return True  # a full line continues the cut sentence (an indented one starts a paragraph)
    # the cut sentence ends on the next line: short, or (a clause mark in the fragment, which
    # headlines seldom print) as wide as an indented line
    clause = "，" in block.title_lines[0]
    return (first_width < width - 3.5 or (clause and first_width < width - 0.5)) and ends_sentence(first)


def _body_start_in_title(block: Block, following: Block | None, width: float) -> int:
    """Where the first lines of a body begin inside a title-like block, or 0.

    A headline printed straight above its body, with a column break after
    the body's first line or two (``车间里的“红色引擎”`` / ``在江苏省…的`` /
    ``无锡…，生产车间`` / blank / ``里…``), reads as one block of short lines
    with no sentence end: headline and subtitle to :func:`_classify`. The
    body's lines give themselves away by their widths: the first is a
    paragraph's indented line (two cells short of the column), any after it
    are column-wide, and the block after them goes on with a column-wide
    line (the cut sentence), where a headline's body would open indented,
    or ends the sentence on a short line where the lines above it hold a
    clause mark, or on a line short of the column where they date a news
    lead's day (南非比勒陀利亚高等法院14日签署临 / blank / 时禁令，…离境。: on
    news laid out headline-first, 1,540 → 1,545 of 1,558 articles whole).
    A subtitle is printed on a line of its own width.
    """
    lines = block.title_lines
    if block.names or len(lines) < 2 or following is None or following.kind != "body":
        return 0
    next_width = display_width(following.lines[0])
    goes_on = _full(next_width, width)  # the cut sentence goes on with a full line
    # or ends on a short line, where the lines above it hold a clause mark (a subtitle seldom does), or on a line
    # short of the column where they hold a news lead's day (南非…高等法院14日签署临 / 时禁令，…离境。)
    ends = ends_sentence(following.lines[0]) and next_width < width - 0.5
    if not goes_on and not ends:
        return 0
    widths = [display_width(line) for line in lines]
    for start in range(1, len(lines)):
        full_after = all(_full(w, width) for w in widths[start + 1 :])
        clause = goes_on or (next_width < width - 3.5 and any("，" in line for line in lines[start:]))
        dated = _LEAD_DAY.search("".join(lines[start:])) is not None
        if width - 3.5 <= widths[start] and _indented(lines[start], width) and full_after and (clause or dated):
            return start
    return 0


#: A day in a news lead's first sentence (国家主席习近平 3 日在杭州会见…, 2月 25 日下午，…): subtitles seldom date.
_LEAD_DAY = re.compile(r"\d\s*日")


def _cut_body_from_titles(blocks: list[Block], width: float) -> list[Block]:
    """Cut the body lines out of the bottom of title-like blocks (see :func:`_body_start_in_title`)."""
    out: list[Block] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        start = 0
        if block.kind == "title" and following is not None:
            # a short block under it (a sentence cut by a column break) is measured with the next body block too
            column = _column_of(following.lines, width, below=_body_lines(blocks[index + 2 :]))
            start = _body_start_in_title(block, following, column)
        if not start:
            out.append(block)
            continue
        out.append(replace(block, lines=block.lines[:start], title_lines=block.title_lines[:start]))
        out.append(Block(block.lines[start:]))
    return out


def _decide_titles(blocks: list[Block], width: float) -> None:
    """Mark each title-like block as headline material (``title``) or body.

    A title-like text that occurs more than once on the page is a repeated
    headline block (the example page prints some headlines twice), so it
    stays headline material wherever it stands.
    """
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        # a byline line that closes a body, the headline after it (…徐建国说。 / 本报记者 林静 / 秋冬种生产正当时！)
        under_a_closing_byline = index > 1 and blocks[index - 1].kind == "byline" and blocks[index - 2].kind == "body"
        # a headline that asks (…怎么走？) stands in a block of its own above its byline, or under one that closed a body
        if (block.kind == "body" and len(block.lines) == 1 and _ASKING_END.search(block.lines[0])
                and (following is not None and following.kind == "byline" or under_a_closing_byline)):
            if _is_title_line(block.lines[0], asks=True):
                block.kind, block.title_lines = "title", list(block.lines)
    # a repeat may be printed with its byline in the block or apart from it: the headline lines count
    title_counts = Counter("".join(b.title_lines) for b in blocks if b.kind == "title")
    for i, block in enumerate(blocks):
        previous = blocks[i - 1] if i > 0 else None
        if block.kind == "caption" and previous is not None and previous.kind == "body" and not ends_sentence(previous.lines[-1]):
            block.kind = "body"  # a brief's inline 图为… credit, continued from the column before
            continue
        if block.kind != "title":
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (previous is not None and previous.kind == "body" and not ends_sentence(previous.lines[-1])
                and not block.names and not block.headline):
            block.kind = "body"  # a sentence cut by a column break continues here
            continue
        # a byline under a headline (not one closing a body: …说。 / 本报记者 郑丽 / 一颗胡柚“串”起共富路, a headline after it)
        under_a_headline = i > 1 and blocks[i - 2].kind in ("title", "byline")
        after_byline = previous is not None and (previous.kind == "byline" and under_a_headline
                                                 or previous.kind == "title" and bool(previous.names))
        repeated = title_counts["".join(block.title_lines)] > 1
        if after_byline and not block.names and not repeated:
            # After a headline and its byline the next article begins: a
            # title-like block here is its first line, unless it is a
            # headline printed more than once on the page.
            block.kind = "body"
            continue
        strong = (
            block.headline
            or bool(block.names)
            or (following is not None and following.kind in ("byline", "title"))
            or (following is not None and following.kind == "body" and starts_with_dateline(following.lines[0]))
            or (previous is not None and previous.kind == "paren")
            or repeated
        )
        # the body blocks over it and under the block under it (the article's next paragraph) tell the column too
        above = previous.lines if previous is not None and previous.kind == "body" else []
        column = _column_of(following.lines, width, above, _body_lines(blocks[i + 2 :])) if following is not None else width
        if following is not None:
            # a line of the block under it wider than that column: its article is set wider (the body over it is
            # another article's), at least as wide as that line
            column = max(column, _widest_in_paragraph(following.lines, 0))
        # a paragraph cut by a column break inside a word (…沿着山势铺 / 展开来，…) or after a line of running text
        # (水利部已连发多道调度令，联合调度 / 长江上游…)
        cut_paragraph = following is not None and following.kind == "body" and (
            _runs_into(block.lines[-1], following.lines[0]) or len(block.lines) == 1 and _running_text(block.lines[0]))
        if not strong and (cut_paragraph or _is_body_fragment(block, following, column)):
            block.kind = "body"


@dataclass
class _Run:
    kind: str  # body | tail
    blocks: list[Block] = field(default_factory=list)


def _runs(blocks: list[Block], headline_first: bool = False) -> list[_Run]:
    """Alternating body and tail runs; captions join the run they sit in.

    A bracketed byline closes its body run, and a block that opens with a
    dateline after a sentence end opens one, so two headline-less articles in
    a row are still two articles. On a headline-first page the page's opening
    text with no headline (:func:`_mark_headless_opening`) closes its run too:
    the first headline's article starts under that headline. (On a page that
    prints headlines after their bodies, the first article's body may go on in
    the opening block, and the run is left whole.)
    """
    runs: list[_Run] = []
    for block in blocks:
        if block.kind == "furniture":
            continue
        kind = "tail" if block.kind in ("title", "byline") else "body"
        if block.kind == "caption" and runs:
            runs[-1].blocks.append(block)
            continue
        closed = runs and runs[-1].kind == "body" and any(b.kind == "paren" for b in runs[-1].blocks)
        # a dateline after a sentence end opens another article (本报讯（记者 …）…: briefs printed with no headline)
        dated = (runs and runs[-1].kind == "body" and block.kind == "body" and starts_with_dateline(block.lines[0])
                 and ends_sentence(runs[-1].blocks[-1].lines[-1]))
        # the page's opening text with no headline (an editor's note, an article going on from another page) is an
        # article of its own: the body after it opens another
        after_opening = headline_first and bool(runs) and _is_headless_opening(runs[-1].blocks[-1])
        if not runs or runs[-1].kind != kind or (kind == "body" and (closed or block.brief or dated or after_opening)):
            runs.append(_Run(kind))
        runs[-1].blocks.append(block)
    return runs


#: Two phrases parted by a comma, closed by 。 or ！: a feature's subhead where the two are of one length.
_TWO_PHRASES = re.compile(rf"^([{_CJK}“”]{{4,12}})，([{_CJK}“”]{{4,12}})[。！]$")


def _paired_phrases(line: str) -> bool:
    """Two phrases of one length, a comma between (改革奋进担使命，创新突围勇争先。): a subhead, printed as a
    paragraph of its own however wide."""
    match = _TWO_PHRASES.match(line)
    return bool(match) and len(match.group(1)) == len(match.group(2))


def _body_text(blocks: list[Block], width: float) -> str:
    """Join wrapped lines into paragraphs (LF between paragraphs)."""
    paragraphs: list[str] = []
    current = ""
    for number, block in enumerate(blocks):
        next_block = blocks[number + 1].lines if number + 1 < len(blocks) else []
        # each block against its own column (an article may be set at a width of its own), once; a short one with the
        # article's blocks over and under it
        column = _column_of(block.lines, width, blocks[number - 1].lines if number else (), next_block)
        for index, line in enumerate(block.lines):
            opening = not current
            current = _join(current, line)
            if ends_sentence(line) and _ends_paragraph(line, block.lines[index + 1:], next_block, column, opening):
                paragraphs.append(current)
                current = ""
    if current:
        paragraphs.append(current)
    cleaned = (clean_body_line(p) for p in paragraphs)
    return "\n".join(p for p in cleaned if p)


def _ends_paragraph(line: str, rest_of_block: list[str], next_block: list[str], width: float, opening: bool) -> bool:
    """Whether ``line``, which ends a sentence, ends its paragraph (``opening``: the paragraph's first line), told by
    the lines after it: the rest of its block, then the next block's.

    A line wider than any wrapped one, marks hanging past the column aside, is a paragraph of a page that was not
    wrapped; one that ends its block ends its paragraph too (a blank line or a column break follows: at each such
    place of the example page the paragraph ends). A first line is two cells short for its indent, so one that
    fills that row goes on where a full line follows (入夏以来气温高，用水量猛增。 / 县水务集团提前调度水源，…), unless it
    is a subhead of two phrases of one length (改革奋进担使命，创新突围勇争先。). Any other line short of the column
    ends the paragraph; a full one ends it only where a paragraph's indented first line follows, a full line after
    that (…又创下了历史新高。 / 入夏以来… / a full line), and goes on into a short last line (…好多了。” / 今年七十岁
    的村民王大伯说。).
    """
    line_width = display_width(line)
    if line_width > width + 1.5 and display_width(line.rstrip(_HANGING_CHARACTERS)) > width + 0.5:
        return True
    if not rest_of_block:
        return True
    if opening and width - 3.25 <= line_width and _indented(line, width) and not _paired_phrases(line):
        return display_width(rest_of_block[0]) < width - 1.25
    if line_width < width - 1.25:
        return True
    following = rest_of_block + next_block
    return len(following) > 1 and _indented(following[0], width) and display_width(following[1]) >= width - 1.25


def split_trailing_caption(text: str) -> tuple[str, str]:
    """``(body, caption)``: a caption sentence that ends the last paragraph moves out."""
    match = _TRAILING_CAPTION.search(text)
    if not match or (photo_credit(match.group(1)) is None and not _CAPTION_SOURCE.search(match.group(1))):
        return text, ""
    return text[: match.start()].rstrip(), match.group(1)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def dateline_authors(text: str) -> list[str]:
    """The names in the byline of a dateline that opens ``text``: 本报讯（记者 陈立新 通讯员 王芳）…,
    新华社杭州8月5日电（记者 张三）…, or a reporters' line after a bare dateline (本报讯 记者 张明 通讯员 李芳 报道：…);
    none if it opens otherwise."""
    dateline = _DATELINE_BYLINE.match(text.lstrip())
    if dateline:
        return parse_paren_byline(dateline.group(1)) or []
    bare = _BARE_DATELINE.match(text)
    reporters = _OPENING_REPORTERS.match(text[bare.end() :]) if bare else None
    return (parse_names(reporters.group(1)) or []) if reporters else []


#: A bracketed byline that opens a text with no dateline before it: （记者 方明 通讯员 吴国强）11月29日，….
_OPENING_PAREN_BYLINE = re.compile(r"^\s*([（(][^（()）]{2,40}[)）])")
#: A reporters' line that opens a text: 本报记者 卢晓燕 见习记者 陈俊峰 报道：….
_OPENING_REPORTERS = re.compile(r"^\s*((?:本报|本台|本刊)?(?:特约|见习)?记者[^：:，。！？]{2,40}?)\s*报道\s*[：:]")
#: A provincial paper's reporters' line may open with its medium (潮新闻客户端 记者 …, 潮新闻 记者 …, 浙江日报记者 …), a
#: newsroom to :func:`~zhpolicy.data.bylines.parse_names` too, and credit the county station of its media alliance as
#: a role (共享联盟·常山站 徐聪: Zhejiang Daily's style); a web edition's copy opens the line with 来源： (来源：潮新闻客户端
#: 记者 张文).
_MEDIUM_BEFORE_REPORTERS = r"(?:来源[：:][ \u3000]*)?(?:[\u4e00-\u9fff]{1,8}(?:客户端|日报|晚报|新闻)[ \u3000]*)?"
#: A reporters' line's roles and names, spaced (记者 黄晓军 通讯员 吴俊), as a group.
_REPORTERS_SPACED = (rf"({_MEDIUM_BEFORE_REPORTERS}(?:(?:本报|本台|本刊)?(?:特约|见习)?记者|通讯员|{ALLIANCE_STATION.pattern})"
                     rf"(?:[ \u3000]+(?:记者|通讯员|见习记者|实习生|{ALLIANCE_STATION.pattern}|[\u4e00-\u9fff]{{2,4}}))+)")
#: The reporters' line with no 报道： but the dateline's date right after the names (记者 黄晓军 通讯员 吴俊 11月30日，…;
#: also opened by the correspondent: 通讯员 吴俊 记者 黄晓军 11月30日，…).
_OPENING_REPORTERS_BEFORE_A_DATE = re.compile(
    rf"^\s*{_REPORTERS_SPACED}"
    r"[ \u3000]+"
    r"(?=\d{1,2}月\d{1,2}日|近日|日前|昨天|昨日|今天|今日|连日来)")


#: A reporters' line on a line of its own that opens a text (记者 黄晓军 通讯员 吴俊⏎清晨6点…).
_OPENING_REPORTERS_OWN_LINE = re.compile(rf"^\s*{_REPORTERS_SPACED}[ \u3000]*\n")


def _without_an_opening_byline_mark(text: str) -> str:
    """``text`` without the mark a county paper prints before its opening reporters' line (■本报记者 叶晓峰 …), where a
    reporters' line follows it; else as given (●近日，… opens a brief, and stays)."""
    mark = BYLINE_MARK.match(text)
    return text[mark.end():] if mark and _OPENING_REPORTERS_LINE.match(text[mark.end():]) else text


def text_authors(text: str) -> list[str]:
    """The names in the bylines an article's own text carries: its dateline's (本报讯（记者 陈立新）…), a bracketed
    byline or a reporters' line that opens it without one (（记者 方明 通讯员 吴国强）11月29日，…; 本报记者 卢晓燕 报道：…)
    and a bracketed byline that closes it after a sentence end (…56家。（记者 钱程 见习记者 孙悦）), as articles read from
    JSONL keep them in the text; a reporters' line may stand on a line of its own, after a byline mark (■本报记者 叶晓峰
    通讯员 周伟⏎近日，…)."""
    closing = _trailing_byline(text.rstrip())
    text = _without_an_opening_byline_mark(text)
    opening = dateline_authors(text)
    if not opening and (paren := _OPENING_PAREN_BYLINE.match(text)):
        opening = parse_paren_byline(paren.group(1)) or []
    if not opening and (reporters := _OPENING_REPORTERS.match(text) or _OPENING_REPORTERS_BEFORE_A_DATE.match(text)
                        or _OPENING_REPORTERS_OWN_LINE.match(text)):
        opening = parse_names(reporters.group(1)) or []
    return _unique(opening + ((parse_paren_byline(closing.group(1)) or []) if closing else []))


#: A dateline that opens a text with no byline after it: 本报讯 苏州市…, 新华社杭州6月5日电 近日，….
_BARE_DATELINE = re.compile(rf"^\s*(?:{_OWN_DATELINE}|{_AGENCY_DATELINE})\s*")
#: A reporters' line that opens a text, its names spaced and a space after them, whatever follows (记者 黄晓军
#: 通讯员 吴俊 清晨6点…): looser than :data:`_OPENING_REPORTERS_BEFORE_A_DATE`, as dropping a byline wrongly costs a
#: reader two words where naming a wrong author puts a body word in the record.
_OPENING_REPORTERS_LINE = re.compile(rf"^\s*{_REPORTERS_SPACED}[ \u3000\n]+")


def without_bylines(text: str) -> str:
    """``text`` without the dateline and bylines that open or close it (本报讯（记者 陈立新 通讯员 王芳）, 本报讯,
    新华社杭州6月5日电（记者 张三）, （记者 方明）, 记者 黄晓军 通讯员 吴俊, 本报记者 卢晓燕 报道：; a bracketed byline
    after the last sentence end), the rest as given. Why: a byline says who wrote, not what about, and in the
    hand-written articles 本报讯 opens mostly ``other`` stories, so a classifier reading it learns a cue that real
    pages, where every story opens so, do not bear out."""
    rest = _without_an_opening_byline_mark(text.lstrip())
    dateline = _DATELINE_BYLINE.match(rest)
    if dateline and parse_paren_byline(dateline.group(1)) is not None:
        rest = rest[dateline.end():]
    else:
        if bare := _BARE_DATELINE.match(rest):
            rest = rest[bare.end():]
        paren = _OPENING_PAREN_BYLINE.match(rest)
        reporters = _OPENING_REPORTERS.match(rest) or _OPENING_REPORTERS_LINE.match(rest)
        if paren and parse_paren_byline(paren.group(1)):
            rest = rest[paren.end():]
        elif reporters and parse_names(reporters.group(1)):
            rest = rest[reporters.end():]
    rest = rest.lstrip(" \u3000")
    closing = _trailing_byline(rest.rstrip())
    return rest[: closing.start()].rstrip() if closing else rest

def _main_headline_line(headline_lines: list[str]) -> int:
    """Which line of a headline is the main one: the middle of three that end with a dash subtitle (a kicker above:
    加快建设四省边际共同富裕示范区 / 衢州召开全市农村工作会议 / ——部署明年“三农”重点工作), the one under a column's
    tag in black brackets (【共富路上】 / 廿八都：古镇焕新 游客盈门), else the first. Two lines without a dash read as
    headline and subtitle: a kicker and headline look the same in plain text."""
    if len(headline_lines) == 3 and headline_lines[2].startswith(("——", "—", "－")):
        return 1
    if len(headline_lines) >= 2 and _COLUMN_TAG.fullmatch(headline_lines[0]):
        return 1  # a column's tag over the headline (【共富路上】 / 廿八都：古镇焕新 游客盈门): a kicker
    return 0


#: A column's tag printed in black brackets over a headline (【共富路上】, 【奋进新时代】).
_COLUMN_TAG = re.compile(r"【[^】]{2,12}】")


def _article(body: list[Block], tail: list[Block], width: float, article_id: str, page: str) -> Article:
    text_blocks = [b for b in body if b.kind == "body"]
    captions = [b.text for b in body + tail if b.kind == "caption"]
    text, trailing_caption = split_trailing_caption(_body_text(text_blocks, width))
    if trailing_caption:
        captions.append(trailing_caption)
    authors: list[str] = []
    for block in tail + body:
        if block.kind in ("byline", "paren") or (block.kind == "title" and block.names):
            authors.extend(block.names)
    # the printed first lines keep the spaces between the names
    opening = "".join(text_blocks[0].lines[:3]) if text_blocks else ""
    authors.extend(dateline_authors(opening) or dateline_authors(text))
    for caption in captions:
        authors.extend(photo_credit(caption) or [])
    titles = _unique(["\n".join(b.title_lines) for b in tail if b.kind == "title"])
    # The headline is the last distinct title block that carries or precedes
    # the byline; earlier distinct one-line blocks are sponsor lines.
    headline_index = len(titles) - 1
    for index, block_text in enumerate(titles):
        holder = next(b for b in tail if b.kind == "title" and "\n".join(b.title_lines) == block_text)
        position = tail.index(holder)
        followed_by_byline = position + 1 < len(tail) and tail[position + 1].kind == "byline"
        if holder.names or followed_by_byline:
            headline_index = index
            break
    headline_lines = titles[headline_index].split("\n") if titles else []
    sponsor = " ".join(titles[:headline_index]) if titles else ""
    main = _main_headline_line(headline_lines)
    subtitle = " ".join(clean_title(line).lstrip("—－- ") for index, line in enumerate(headline_lines) if index != main)
    return Article(
        id=article_id,
        page=page,
        title=clean_title(headline_lines[main]) if headline_lines else "",
        subtitle=subtitle,
        authors=_unique(authors),
        text=text,
        captions=captions,
        sponsor=clean_title(sponsor),
    )


#: What PDF extraction (pdftotext) writes between two pages of one document.
PAGE_BREAK = "\f"


def split_page_text(text: str, page: str = "page", id_prefix: str | None = None) -> list[Article]:
    """Split the text of a page into articles, in page order.

    ``page`` names the page in each record; ids are ``<id_prefix>-<n>``
    (default: ``page`` without its extension), stable for the same input.
    Text of several pages, as pdftotext writes a whole issue into one file
    (a form feed after each page), is split page by page: each page is laid
    out on its own (one may print headlines first, the next after the body),
    and no article runs across a page break. Its records name the page as
    ``<page>#<number>`` (the number counts every page, blank ones too) and
    their ids go on counting through the file. Raises :class:`InputError`
    if no page holds text.
    """
    prefix = id_prefix if id_prefix is not None else Path(page).stem
    sheets = [(number, sheet) for number, sheet in enumerate(text.split(PAGE_BREAK), start=1) if sheet.strip()]
    if len(sheets) <= 1:
        return _split_sheet(sheets[0][1] if sheets else text, page, prefix, 1)
    articles: list[Article] = []
    for number, sheet in sheets:
        articles.extend(_split_sheet(sheet, f"{page}#{number}", prefix, len(articles) + 1))
    return articles


#: Columns printed side by side: text, a gap of three spaces or more, text.
_COLUMN_GAP = re.compile(r"\S {3,}\S")


def _check_not_side_by_side(text: str, page: str) -> None:
    """Refuse a page whose columns stand side by side on each line, as ``pdftotext -layout`` writes them.

    Read line by line, such a page mixes the columns' sentences into one
    another and comes out as articles of nonsense, with no sign of it. The
    splitter reads a column's lines one after another (plain ``pdftotext``,
    as the example page was extracted); a header line may hold a wide gap
    (date … editor), so only a page where a third of the lines do is refused.
    """
    lines = [line for line in text.split("\n") if line.strip()]
    gapped = sum(bool(_COLUMN_GAP.search(line)) for line in lines)
    if gapped >= 8 and gapped >= len(lines) / 3:
        raise InputError(
            f"{page}: {gapped} of {len(lines)} lines hold text, a gap of 3+ spaces, and more text: the columns stand "
            "side by side (as `pdftotext -layout` writes them); extract the page without -layout so that each column's "
            "lines come one after another"
        )


#: A page of at least this many lines with no blank line between them was extracted without the blank lines that
#: part its blocks.
MIN_LINES_WITHOUT_BLANKS = 12


#: How many lines before and after a line :func:`_widths_near` reads for the column's width there.
NEAR_LINES = 15


def _agreed_width(lines: Iterable[str], page_width: float) -> float:
    """The column's width of ``lines``: the width within three cells of the page's that most of them agree with,
    where three or more do (:func:`_agreeing_column`); else the page's width. A full line
    may stop half a cell short of its column (a half-width digit or mark before it, and no room for a whole
    character), and a line ending in a mark may hang it past the column."""
    return _column_or_page(_agreeing_column(lines, page_width), page_width)


def _column_or_page(column: float | None, page_width: float) -> float:
    """``column`` where there is one; else the page's width."""
    return page_width if column is None else column


def _agreeing_column(lines: Iterable[str], page_width: float) -> float | None:
    """The column within three cells of the page's that three or more of ``lines`` agree with (the most of them),
    the page's own included; None where no three agree (:func:`_agreed_width`)."""
    fits = [_columns_fitted(line, hanging=True) for line in lines]
    agree: Counter = Counter(w for _, columns in fits for w in columns if abs(w - page_width) <= 3)
    return _mode_agreed(agree, Counter(width for width, _ in fits), page_width)


def _column_of_two(lines: Sequence[str]) -> float | None:
    """The narrowest column that both of two lines inside paragraphs fit (:func:`_columns_fitted`), or None: where
    paragraphs of two or three lines leave no three lines to agree (:func:`_agreeing_column`), a line inside the
    paragraph over a line and one inside the paragraph under it that fit one column tell it better than the
    page's width, which on a page of articles set at widths of their own is another article's."""
    first, second = (set(_columns_fitted(line, hanging=True)[1]) for line in lines)
    return min(first & second, default=None)


def _columns_fitted(line: str, hanging: bool) -> tuple[float, tuple[float, ...]]:
    """``line``'s width and the column widths it fits (:func:`_agreed_width`; with ``hanging``, a column its last
    mark hangs past)."""
    width = display_width(line)
    if hanging and line and line[-1] in _HANGING:
        columns = (width, width + 0.5, width - display_width(line[-1]))
        # a mark no line starts with may stand past the column before the hanging one (…全部税收的48%，: 15 cells)
        run = len(line) - len(line.rstrip(NO_LINE_START))
        return width, columns + (width - display_width(line[-run:]),) if run > 1 else columns
    return width, (width, width + 0.5)


def _most_agreed(agree: Counter, exact: Counter, page_width: float) -> float:
    """The column most lines agree with (``agree``: lines per column; ``exact``: lines per width, the tie's
    breaker), where three or more do; else the page's width."""
    return _column_or_page(_mode_agreed(agree, exact), page_width)


def _mode_agreed(agree: Counter, exact: Counter, page_width: float | None = None) -> float | None:
    """The column most lines agree with where three or more do (:func:`_most_agreed`), else None; the page's width
    where given and as many lines agree with it, or one fewer: a line hanging a mark or a digit half a cell past
    the page's column (…至今年 6 月的讲话、) or a few lines of an article printed with half-width commas (近日,记者…)
    tip the count by a line, and a column half a cell off the page's is read as one of its own."""
    counted = [w for w, n in agree.items() if n > 0]
    if not counted:
        return None
    mode = max(counted, key=lambda w: (agree[w], exact[w], w))
    if page_width is not None and agree[page_width] >= max(3, agree[mode] - 1):
        return page_width
    return mode if agree[mode] >= 3 else None


def _lines_inside_paragraphs(lines: Sequence[str], start: int, stop: int) -> list[str]:
    """The lines ``start``–``stop`` that stand inside a paragraph: neither its first line (after a sentence end,
    indented) nor its last (ending a sentence, short); line 0 has no line before it to tell."""
    return [lines[j] for j in range(max(1, start), min(stop, len(lines)))
            if not ends_sentence(lines[j]) and not ends_sentence(lines[j - 1])]


def _last_lines_inside_paragraphs(lines: Sequence[str]) -> list[str]:
    """:func:`_lines_inside_paragraphs` of the last :data:`NEAR_LINES` of ``lines``: the column over a line."""
    return _lines_inside_paragraphs(lines, len(lines) - NEAR_LINES, len(lines))


def _widths_near(lines: list[str], page_width: float) -> list[float]:
    """The column's width around each line: the width the lines within :data:`NEAR_LINES` of it agree with
    (:func:`_agreed_width`, no hanging marks counted), where three lines or more do; else the page's. Each article of
    a page may be set at a width of its own (the example page's run 17 to 18 cells, its quotes and commas half), and
    a page extracted with no blank lines has no block to measure each apart. The window slides a line at a time."""
    fits = [_columns_fitted(line, hanging=False) for line in lines]
    agree: Counter = Counter()
    exact: Counter = Counter()

    def count(at: int, step: int) -> None:  # a line coming into the window (step 1) or leaving it (-1)
        if 0 <= at < len(fits):
            width, columns = fits[at]
            exact[width] += step
            agree.update({w: step for w in columns if abs(w - page_width) <= 3})

    for at in range(NEAR_LINES):
        count(at, 1)
    near = []
    for index in range(len(lines)):  # the window of lines index - NEAR_LINES to index + NEAR_LINES, slid one line on
        count(index + NEAR_LINES, 1)
        count(index - NEAR_LINES - 1, -1)
        near.append(_most_agreed(agree, exact, page_width))
    return near


def _blank_lines_restored(text: str) -> str:
    """Put back the blank lines around headlines and byline lines of a page extracted with none (some PDF tools
    write one line after another with no blank line between blocks); a page with blank lines is returned as it is.

    A title-like line stands where a block starts: after a sentence end, a byline or a bracketed byline, or first.
    It is a headline where it is of no wrapped body line's width (longer than the column, or shorter than an
    indented first line), is two phrases parted by a space (领证当天 落户和生育登记一起办好), stands over an indented
    paragraph (:func:`_headline_lines`), or follows a bracketed byline on a page that does not open with a headline
    (…。 / （李玮） / 强监管抓节水…: the example's layout), or on such a page ends none and stands out of the column
    of the body over it (:func:`_out_of_the_column_over_it`: over a paragraph set wider, wider itself, or after a
    paragraph's end and not indented); a body paragraph's first line is as wide as the column,
    or two cells short. A byline line after a headline or a sentence end is a block of its own too, or of the
    headline's, as a dash subtitle is, and on a page that opens with a headline over its byline or an indented
    paragraph (headline-first) so is a kicker or subtitle line, and on any page a subtitle right over the byline
    under a headline that is no sponsor's (body's) name, and a bracketed byline right under a headline (古村焕新颜… /
    （记者 余敏）); a title-like line over a byline line, or printed twice, or last on a page that does not open with a
    headline, is a headline too, each copy a block, and so is a sponsor's body name with no mark over a clear headline
    (宁波市消费者权益保护委员会 / 办卡充值需谨慎 宁波消保委…), one as wide as a body line that stands over a byline,
    an indented paragraph or a photo caption (宁波市奉化区竹溪文旅发展有限公司 / 山村闲置农房变身“共享客厅” / 竺晓霞 邬 宇),
    and a title-like line over the next article's dateline (…项目开工 / 本报讯 近期，…); under a headline alone, a
    title-like line over an indented paragraph is its subtitle (平遥古城：… / 夜游、演艺、非遗体验串起全天候旅游), under
    a sponsor's name the headline, and a headline stands over its photo caption where an indented paragraph follows
    the caption (怒江大峡谷里架起“电力天路” / 图为…组立铁 / 塔。 和晓燕 摄 / 冬日午后，…); a photo caption under a headline (and its byline) that ends
    with its credit or source within three lines is a block of its own, and so is a bracketed photo source on a
    line of its own after a sentence end (…提供服务。 / （图片由航埠镇政府提供）); a body line that ends in a bracketed byline
    (…全覆盖。（储晓静）) closes its article as a sentence end does, and a dateline after a sentence end opens a brief
    of its own (…示范村。 / 本报讯 12月2日，…). The example page so extracted splits as it does
    with its blank lines. Without this, a headline printed after its body runs into the next article's text: on pages generated by ``evaluate-splitter`` with their blank lines taken
    out (300 pages a layout, seed 13), headline-after articles came back whole 282 times in 1,499 before, 1,390 after,
    1,405 once a bracketed byline or a photo credit wrapped over two lines (…效益。（管 / 浩东 王静）, … 甘小雨 / 摄,
    … 韩晓 / 峰 摄) closes its article or caption too, 1,482 once a sponsor's name, a subtitle, a photo caption and
    the next article's dateline around a headline as wide as a body line are read so and a line that opens with a
    dateline is no byline (本报讯 苏州市市场监督管理局 / 11月20日发布…; seed 14: 1,387 → 1,453 of 1,472);
    headline-first 1,458 → 1,452 → 1,489 of 1,511, the page's
    header lines (a lone section name: 乡村振兴) a block of their own, no kicker; on unwrapped pages, one paragraph a
    line, only the header lines are so parted (1,486 → 1,498 of 1,501; seed 14 1,500 → 1,507 of 1,510).
    """
    lines = text.strip("\n").split("\n")
    if len(lines) < MIN_LINES_WITHOUT_BLANKS or any(not line.strip() for line in lines):
        return text
    width = _column_width([Block(lines)])
    first = next((i for i, line in enumerate(lines) if not _header_line(line)), 0)
    if width == UNWRAPPED_WIDTH:
        # one paragraph per line (a web edition): no column to measure headlines against; only the page's header lines
        # (a lone section name: 乡村振兴) are a block of their own, no kicker over the first headline
        return "\n".join([*lines[:first], "", *lines[first:]]) if first else text
    # a page whose text opens with a headline prints its headlines first, a kicker or subtitle in one block with them
    opener = next((k for k in range(first + 1, min(first + 1 + MAX_TITLE_LINES, len(lines)))
                   if _opens_article(lines[k]) or parse_paren_byline(lines[k])), None)
    headline_first = (opener is not None and all(_is_headline_line(line, asks=True) for line in lines[first:opener])
                      # a headline over an indented paragraph, read against that paragraph's column (the first
                      # article may be set narrower than the page's: its indented first line is no headline)
                      or _headline_lines(lines[first:], _width_below(lines, first, width)) > 0)
    out: list[str] = []
    after_close = True
    group: list[str] = []  # the headline and byline lines of the block being put together
    captioned = False  # the last block put together is a photo caption
    index = 0
    page_width = width
    # headline-first pages read a title-like line where a block may start (after a sentence end, a byline) against the
    # column under it (:func:`_width_below`: a headline's own article's), the rest against the page's width; the window
    # around each line (:func:`_widths_near`) had lost 4 of their articles in 9,000 at one width, and read mixed widths
    # worse; other pages read such a line against the paragraph under it where it tells a column, the rest against
    # that window
    near = [page_width] * len(lines) if headline_first else _widths_near(lines, page_width)
    body_start = 0  # where the body lines after the last headline, byline or caption put together start
    while index < len(lines):
        line = lines[index]
        width = near[index]  # each article may be set at a width of its own
        title_like = after_close and _is_headline_line(line, asks=True)  # where a block may start
        if title_like and index + 1 < len(lines):
            if headline_first:
                # a title-like line where a block may start: read against the column under it, its own article's
                start, stop = max(0, index - NEAR_LINES - 1), _before_the_next_article(lines, index)
                width = _width_below(lines[start:stop], index - start, page_width) if stop > index + 1 else page_width
            else:
                # on a page laid out otherwise, against the paragraph right under it where three of its lines agree (a
                # headline printed after its body stands over the next article's first paragraph); the lines further
                # down may run past the next headline, which no byline need mark
                column = _paragraph_column(lines, index, page_width)
                if column is not None:
                    width = column
        if index == first and first > 0:
            group = []  # the page's header lines (乡村振兴, 2023年4月6日 星期一) are a block of their own, no kicker
            if out and out[-1]:
                out.append("")
        following = lines[index + 1] if index + 1 < len(lines) else None
        over_a_byline = following is not None and _is_byline_line(following)
        # after a bracketed byline a headline-after page prints the headline (…。 / （李玮） / 强监管抓节水…)
        after_paren = index > 0 and parse_paren_byline(lines[index - 1]) is not None and not headline_first
        under_a_sponsor = len(group) == 1 and _is_sponsor_line(group[0])
        # a line over the next paragraph's indented first line: a headline, or under a headline alone its subtitle
        # (平遥古城：… / 夜游、演艺…), under a sponsor's name the headline (上城区民政局 / 上城区新增老年助餐…)
        over_a_paragraph = len(group) <= 1 and _headline_lines(lines[index:], width) > 0
        # a photo caption under a headline, ending with its credit (比技能、晒绝活… / 图为选手在进行…实操比 / 赛。邓可欣 摄)
        caption_under = bool(group) and _CAPTION_START.match(line) is not None and _caption_lines(lines, index) > 0
        headline = title_like and not caption_under and (
            _headline_shaped(line, width) or (bool(group) and line.startswith("—"))
            or after_paren or over_a_paragraph or (len(group) <= 1 and _over_a_caption(lines, index, width))
            or line in (lines[index - 1] if index else None, following)  # a headline printed twice
            or over_a_byline
            # out of the column of the body over it: over a paragraph set wider (another article's: …训练。 / 航母海训
            # 歼-15… / 政协第十四届…主 / 席会议25日在京召开。中共中央政治局常委、), wider itself, or no indented line
            # after a paragraph's end
            or (not headline_first and not group and index > 0 and ends_sentence(lines[index - 1]) and not ends_sentence(line)
                and not _CAPTION_START.match(line)  # a photo caption inside the body, set unindented
                and _out_of_the_column_over_it(lines[body_start:], index - body_start, page_width))
            # over the next article's dateline (平湖市第五期…项目开工 / 本报讯 近期，…)
            or (not group and following is not None and _OPENING_DATELINE.match(following) is not None)
            or (following is None and not headline_first)  # the page's last line, after the last body
            # a sponsor's body name over the headline (宁波市消费者权益保护委员会 / 办卡充值需谨慎…), one that
            # stands out of the column or over a byline, a paragraph or a caption (宁波竹溪文旅发展有限公司 / 山村… / 竺晓霞)
            or (_is_sponsor_line(line) and following is not None and _is_headline_line(following, asks=True)
                and _stands_as_a_headline(lines, index + 1, width)))
        byline = after_close and _is_byline_line(line) and not _ENDS_WITH_CREDIT.search(line) or (
            bool(group) and parse_paren_byline(line) is not None)  # 古村焕新颜 共富添活力 / （记者 余敏）
        # a caption under a headline and its byline, or after another caption (图为…。 / 图为…。)
        caption = _caption_lines(lines, index) if after_close and (group or captioned) and not (headline or byline) else 0
        if (after_close and not caption and _BRACKETED_LINE.match(line) and is_caption(line)
                and not any(_CAPTION_START.match(before) or "图为" in before for before in lines[max(0, index - 3) : index])):
            # a photo's source on a line of its own after a sentence end (…提供服务。 / （图片由…提供）); one closing a
            # 图为… caption, at a line's start or after a sentence in it, stays with it: the caption cuts read it whole
            caption = 1
        joins = bool(group) and line != group[-1] and (
            byline or line.startswith("—") or (headline_first and headline and len(group) < MAX_TITLE_LINES)
            # a subtitle right over the byline, under a headline that is no sponsor's name (义乌义亭镇…发展体系 /
            # 以“四权统一”机制… / 张铭骞; not 宁波市消费者权益保护委员会 / 办卡充值需谨慎… / 竺沐阳)
            # and a subtitle over the next paragraph, not a headline's second copy; not under a byline line that
            # closed a body (…胡柚林。 / 本报记者 郑丽 / 一颗胡柚“串”起共富路: the headline after it)
            or (headline and len(group) == 1 and not under_a_sponsor and not _is_byline_line(group[0])
                and (over_a_byline or over_a_paragraph and line != following and not _header_line(following))))
        if after_close and not group and index > first and _OPENING_DATELINE.match(line):
            out.append("")  # a brief after a sentence end opens with its dateline (…2000余份。 / 本报讯 近日，…)
        if headline or byline or caption:
            if joins:
                out.pop()  # the blank after the group's last line: a subtitle or byline stays with its headline
            elif out and out[-1]:
                out.append("")
            taken = lines[index : index + max(caption, 1)]
            out.extend([*taken, ""])
            group = [*group, line] if joins else [] if caption else [line]
            captioned = bool(caption)
            index += len(taken)
            body_start = index
            after_close = True
            continue
        out.append(line)
        group = []
        captioned = False
        after_close = _closes_a_body(lines, index)
        index += 1
    return "\n".join(out)


#: Marks no sponsor's name holds.
_CLAUSE_MARK = re.compile(r"[，。、；：！？,;:]")
#: How a sponsor's line ends: a body's name (宁波市消费者权益保护委员会, 瓯海区委组织部组织科, 浙江平阳黄汤茶业有限公司,
#: 仙居县河长制办公室, 南湖革命纪念馆, 苍山西镇光明村小学, 广州市气象台, 合肥高新区管委会).
_SPONSOR_NAME_END = re.compile(r"(?:公司|集团|局|委员会|委|办|办公室|协会|学会|联合会|中心|院|所|站|科|处|部|社|队|厅|银行|医院"
                               r"|学校|大学|小学|中学|馆|台|管委会|工会|商会)$")


def _is_sponsor_line(line: str) -> bool:
    """A line that is a body's name and nothing else, maybe after its sponsoring role (协办：国网衢州供电公司): how a
    sponsor's line over a headline reads."""
    name = _SPONSOR_ROLE.sub("", line)
    return _SPONSOR_NAME_END.search(name) is not None and not _CLAUSE_MARK.search(name)


#: A sponsor's role before its name (协办：, 主办单位：, 支持单位：).
_SPONSOR_ROLE = re.compile(r"^(?:协办|主办|承办|联办|支持|冠名)(?:单位)?\s*[:：]\s*")


def _stands_as_a_headline(lines: list[str], index: int, width: float) -> bool:
    """Whether the title-like line at ``index`` stands as a headline by its shape or by what follows it: shaped as no
    body line is, or over a byline line, an indented paragraph or its photo caption (the tests of a line that opens a
    block after a sentence end, used for the line under a sponsor's name)."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (_headline_shaped(lines[index], width) or (following is not None and _is_byline_line(following))
            or _headline_lines(lines[index:], width) > 0 or _over_a_caption(lines, index, width))


def _over_a_caption(lines: list[str], index: int, width: float) -> bool:
    """True where the line at ``index`` stands over a photo caption that ends with its credit within three lines,
    and a paragraph's indented first line (or a byline, or the page's end) follows the caption: a headline printed
    after its body with the article's photo caption under it (怒江大峡谷里架起“电力天路” / 图为施工人员…组立铁 /
    塔。 和晓燕 摄 / 冬日午后，…). A caption printed inside a paragraph has the paragraph's next line after it."""
    start = index + 1
    if start >= len(lines) or not _CAPTION_START.match(lines[start]):
        return False
    size = _caption_lines(lines, start)
    if not size:
        return False
    after = lines[start + size] if start + size < len(lines) else None
    return after is None or _opens_article(after) or _indented(after, width)


def _caption_lines(lines: list[str], index: int) -> int:
    """How many lines from ``index`` make a photo caption that ends with its credit or source within three lines
    (富阳区胥口镇高联村石畈佛石线边坡治 / 理工程 （图片由…提供）), or one opened by 图为 with none, to its sentence end
    (图为农技人员在田间指导农户。), or 0: under a headline and its byline, where a page extracted without blank lines
    gives it no block of its own."""
    last = min(index + 3, len(lines))
    opened = _CAPTION_START.match(lines[index]) is not None
    for end in range(index, last):
        if opened and end > index and _CAPTION_START.match(lines[end]):
            last = end  # another caption opens: 图为农技人员…。 / 图为农户在…。
            break
        run = "".join(lines[index : end + 1])  # a source's brackets may open and close on two lines
        if _CAPTION_SOURCE.search(run) or _ENDS_WITH_CREDIT.search(run):
            return end + 1 - index
        if ends_sentence(lines[end]) and not lines[end].rstrip().endswith(("。", "！", "？")):
            return 0
    if opened:  # a caption with no credit (图为农技人员在田间指导农户。): to its sentence end
        return next((end + 1 - index for end in range(index, last) if lines[end].rstrip().endswith(("。", "！", "？"))), 0)
    return 0


def _split_sheet(text: str, page: str, prefix: str, first_number: int) -> list[Article]:
    """Split one page's text into articles numbered from ``first_number``."""
    text = normalize_page_text(text)
    if not text.strip():
        raise InputError(f"{page}: page is empty")
    _check_not_side_by_side(text, page)
    setting = _MARKS_HALF_WIDTH.set(_marks_set_half_width(text))
    try:
        return _split_laid_out_sheet(text, page, prefix, first_number)
    finally:
        _MARKS_HALF_WIDTH.reset(setting)


def _split_laid_out_sheet(text: str, page: str, prefix: str, first_number: int) -> list[Article]:
    """:func:`_split_sheet` once the page's text is normalized and its marks' width known."""
    blocks = _blocks(_blank_lines_restored(text))
    for block in blocks:
        _classify(block)
    _mark_headless_opening(blocks)
    width = _column_width([b for b in blocks if b.kind == "body"])
    blocks = _bylines_under_headlines([
        part for index, block in enumerate(blocks)
        for part in _headline_cut_off_the_end(block, width, _body_lines(blocks[index + 1 :]))])
    # On a headline-first page every headline without a byline is cut out of
    # the block it stands in.
    headline_first = _headline_first(blocks, width)
    if headline_first:
        _mark_section_name(blocks)
        cut: list[Block] = []
        first_text = next(b for b in blocks if b.kind not in ("furniture", "caption") and not _is_headless_opening(b))
        for index, block in enumerate(blocks):
            # the page's text opens with a headline; a bracketed byline closes an article
            closed = block is first_text or (index > 0 and blocks[index - 1].kind == "paren")
            above = blocks[index - 1].lines if index > 0 and blocks[index - 1].kind == "body" else []
            below = _body_lines(blocks[index + 1 :])
            cut.extend(_split_at_bare_headlines(block, width, closed, above, below) if block.kind == "body" else [block])
        blocks = cut
    blocks = _cut_body_from_titles(blocks, width)
    _decide_titles(blocks, width)
    runs = _runs(blocks, headline_first)
    # an editor's note opening the page is an article of its own (编者按：…本报推出…系列报道), before the first headline
    notes = next((k for k, run in enumerate(runs) if not all(_is_headless_opening(b) for b in run.blocks)), len(runs))
    headline_first = headline_first and len(runs) > notes + 1 and runs[notes].kind == "tail"
    pairs: list[tuple[list[Block], list[Block]]] = [(run.blocks, []) for run in runs[:notes]]
    i = notes
    while i < len(runs):
        run = runs[i]
        nxt = runs[i + 1] if i + 1 < len(runs) else None
        if run.kind == "body" and not headline_first and nxt is not None and nxt.kind == "tail":
            pairs.append((run.blocks, nxt.blocks))
            i += 2
        elif run.kind == "tail" and nxt is not None and nxt.kind == "body" and (headline_first or i == 0):
            pairs.append((nxt.blocks, run.blocks))
            i += 2
        elif run.kind == "tail" and pairs and not headline_first:
            # A tail right after another (no body between): more of the same tail.
            pairs[-1][1].extend(run.blocks)
            i += 1
        else:
            pairs.append((run.blocks, []) if run.kind == "body" else ([], run.blocks))
            i += 1
    _captions_to_the_stories_they_show(pairs)
    articles = [
        _article(body, tail, width, f"{prefix}-{n}", page) for n, (body, tail) in enumerate(pairs, start=first_number)
    ]
    if not any(a.text for a in articles):
        raise InputError(f"{page}: no article text found")
    # A headline with no body of its own (a jump line) is kept as an article
    # with empty text, and page furniture (dates, page numbers, 责任编辑
    # lines) goes with the page's first article, so nothing is lost.
    furniture = [line for b in blocks if b.kind == "furniture" for line in b.lines]
    if furniture:
        articles[0].meta["page_furniture"] = furniture
    return articles


_CJK_RUN = re.compile(rf"[{_CJK}]+")


def _caption_words(caption: str) -> str:
    """What a photo caption says, without its 图为 and its credit (图为八都镇干部帮助群众转移。通讯员 叶 青 摄 → 八都镇干部帮助群众转移)."""
    words = _CAPTION_START.sub("", clean_body_line(caption))
    end = _INNER_SENTENCE_END.search(words)
    return words[: end.start()] if end else _ENDS_WITH_CREDIT.sub("", words)


def _shares_a_run(words: str, text: str, size: int) -> bool:
    """Whether ``text`` holds a run of ``size`` Chinese characters of ``words``."""
    pieces = (words[i : i + size] for i in range(len(words) - size + 1))
    return any(_CJK_RUN.fullmatch(piece) and piece in text for piece in pieces)


def _captions_to_the_stories_they_show(pairs: list[tuple[list[Block], list[Block]]]) -> None:
    """Move a photo caption that says nothing of the article it was printed with to the one article it names.

    A county page may print its main story's photo at the foot, its caption under the last of a column of briefs
    (图为八都镇干部帮助群众转移。 / 通讯员 叶 青 摄): a caption that shares no two characters with its article's text
    and three or more with one other article's only goes there, its photographer with it. Where it shares words
    with its own article, or names no other one alone, it stays where it was printed.
    """
    texts = ["".join(clean_body_line(line) for b in body if b.kind == "body" for line in b.lines) for body, _ in pairs]
    for index, (body, tail) in enumerate(pairs):
        for block in [b for b in body + tail if b.kind == "caption"]:
            words = _caption_words(block.text)
            if _shares_a_run(words, texts[index], 2):
                continue
            shown = [k for k, text in enumerate(texts) if k != index and _shares_a_run(words, text, 3)]
            if len(shown) == 1:
                (body if block in body else tail).remove(block)
                pairs[shown[0]][0].append(block)


def split_page_file(path: str | os.PathLike[str]) -> list[Article]:
    """Read a page text file (UTF-8 or GB18030) and split it into articles."""
    path = Path(path)
    return split_page_text(read_text(path), page=path.name, id_prefix=path.stem)
