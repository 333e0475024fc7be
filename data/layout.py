"""Lay articles out the way PDF extraction gives newspaper pages, and measure
the page splitter on such pages.

One example page is not a test set. :func:`layout_page` takes labeled
articles and prints them as the example page is printed: lines wrapped at a
column width of 15–19 cells with the first line of each paragraph indented
(extraction drops the indent, so that line is two cells short), blank lines
at column breaks and, on some pages, between paragraphs, spaces around
numbers, the headline, subtitle and byline after the body (sometimes
twice), bracketed bylines, photo captions and sponsor lines; or, with
``layout="headline-first"``, as many other papers print them: page header
lines (date, page and section such as ``A2 要闻``, editor), then each
article's headline, a byline line (``■ 本报记者 …`` on some) or a 本报讯
dateline, and its body, on half the pages with no blank line between
articles, and on half with captions printed straight after the body.
:func:`evaluate_splitter` splits a few hundred such pages and counts the
articles recovered exactly. :func:`news_articles` draws real news stories
to lay out the same way, so the splitter is also measured on wording that
no rule was written from.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .bylines import parse_paren_byline, photo_credit
from .formats import iter_json_objects
from .pages import (
    NO_LINE_START,
    cell_width,
    ends_sentence,
    is_caption,
    split_page_text,
    split_trailing_byline,
    split_trailing_caption,
    starts_with_dateline,
)
from .records import Article

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_ASCII_RUN = re.compile(rf"(?<=[{_CJK}])([0-9A-Za-z][0-9A-Za-z.%]*)(?=[{_CJK}])")


@dataclass
class ExpectedArticle:
    """What the splitter should recover for one laid-out article."""

    id: str
    title: str
    subtitle: str
    authors: list[str]
    body: str  # without whitespace
    captions: list[str] = field(default_factory=list)  # without whitespace
    sponsor: str = ""
    paragraphs: list[str] = field(default_factory=list)  # the body's paragraphs, each without whitespace


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def _squashed_paragraphs(paragraphs: Sequence[str]) -> list[str]:
    """Each paragraph without whitespace, empty ones left out: how paragraphs are compared."""
    return [squashed for squashed in (_squash(p) for p in paragraphs) if squashed]


def _title_text(text: str) -> str:
    return re.sub(r"[ \u3000]+", " ", text).strip()


@dataclass
class _Parts:
    printed: list[str]  # paragraphs as printed, inline bylines and captions included
    paragraphs: list[str]  # what the splitter should recover, paragraph by paragraph, without whitespace
    subtitle: str
    paren_line: str  # a bracketed byline printed on a line of its own
    captions: list[str]  # printed as caption blocks
    inline_captions: list[str]  # printed at the end of the last paragraph
    shown_names: list[str]


def _parts(article: Article) -> _Parts:
    """What a written article prints as, and what the splitter should recover."""
    paragraphs = [p.strip() for p in article.text.split("\n") if p.strip()]
    subtitle = ""
    # A first paragraph that is a dash line or a short phrase with no
    # sentence end is a subtitle; papers print it with the headline.
    if paragraphs and (paragraphs[0].startswith("——") or (len(paragraphs[0]) <= 30 and not ends_sentence(paragraphs[0]))):
        subtitle = paragraphs.pop(0)
    captions = [p for p in paragraphs if p.startswith("图为") and is_caption(p)]
    paragraphs = [p for p in paragraphs if p not in captions]
    paren_line = ""
    if paragraphs and parse_paren_byline(paragraphs[-1]):
        paren_line = paragraphs.pop()
    printed = list(paragraphs)
    shown: list[str] = list(parse_paren_byline(paren_line) or []) if paren_line else []
    inline_captions: list[str] = []
    if paragraphs:
        last, inline_byline = split_trailing_byline(paragraphs[-1])
        last, inline_caption = split_trailing_caption(last)
        paragraphs[-1] = last
        shown += parse_paren_byline(inline_byline) or [] if inline_byline else []
        if inline_caption:
            inline_captions.append(inline_caption)
    for caption in captions + inline_captions:
        shown += photo_credit(caption) or []
    return _Parts(printed, _squashed_paragraphs(paragraphs), subtitle, paren_line, captions, inline_captions, shown)


def _expected(article: Article, parts: _Parts, article_id: str, sponsor: str = "", printed_dateline: str = "") -> ExpectedArticle:
    """What the splitter should recover for ``article``; a dateline the layout printed is part of the body."""
    paragraphs = list(parts.paragraphs)
    if paragraphs and printed_dateline:
        paragraphs[0] = _squash(printed_dateline) + paragraphs[0]
    return ExpectedArticle(
        id=article_id,
        title=_title_text(article.title),
        subtitle=_title_text(parts.subtitle.lstrip("—")),
        authors=list(article.authors),
        body="".join(paragraphs) if paragraphs else _squash(printed_dateline),
        captions=[_squash(c) for c in parts.captions + parts.inline_captions],
        sponsor=sponsor,
        paragraphs=paragraphs,
    )


def _wrap(text: str, width: int, indent: int, half_width_marks: bool = False) -> list[str]:
    """Cut ``text`` into lines of ``width`` cells, the first ``indent`` cells short; with ``half_width_marks`` quotes
    and commas take half a cell, as the example page sets them (:data:`~zhpolicy.data.pages.HALF_WIDTH_MARKS`)."""
    lines, current, used, limit = [], "", 0.0, width - indent
    for char in text:
        # as on the example page, the spaces extraction puts around numbers take no cell
        cell = cell_width(char, half_width_marks)
        if used + cell > limit and current and char not in NO_LINE_START:
            lines.append(current)
            current, used, limit = "", 0.0, width
        current += char
        used += cell
    if current:
        lines.append(current)
    return lines


def _spread_name(name: str, rng: random.Random) -> str:
    """Two-character names are often printed as wide as three: 俞琳 → 俞 琳."""
    return f"{name[0]} {name[1]}" if len(name) == 2 and rng.random() < 0.5 else name


class _PageWriter:
    """Accumulates page lines, inserting a blank line at each column break."""

    def __init__(self, rng: random.Random, column_lines: int, half_width_marks: bool = False):
        self.rng = rng
        self.column_lines = column_lines
        self.half_width_marks = half_width_marks
        self.lines: list[str] = []
        self.in_column = 0

    def body_line(self, line: str) -> None:
        self.lines.append(line)
        self.in_column += 1
        if self.in_column >= self.column_lines:
            self.blank()
            self.in_column = 0

    def paragraph(self, text: str, width: int, spaced_numbers: bool, blank_after: bool) -> None:
        """Wrap a paragraph into the page, numbers spaced as extraction often spaces them (连续 8 年)."""
        if spaced_numbers:
            text = _ASCII_RUN.sub(lambda m: f" {m.group(1)} " if self.rng.random() < 0.7 else m.group(1), text)
        for line in self.wrap(text, width, indent=2):
            self.body_line(line)
        if blank_after:
            self.blank()

    def wrap(self, text: str, width: int, indent: int) -> list[str]:
        return _wrap(text, width, indent, self.half_width_marks)

    def blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def block(self, lines: Sequence[str]) -> None:
        self.blank()
        self.lines.extend(lines)
        self.blank()


#: Page layouts the generator prints: the example page's (headline and byline
#: after the body) and the common headline-first one (headline, then a byline
#: line or a 本报讯（记者 …） dateline, then the body).
#: ``unwrapped`` is the headline-first page as copied from a paper's web edition: one paragraph per line,
#: no column breaks, no spaces around numbers.
LAYOUTS = ("headline-after", "headline-first", "unwrapped")


def _width_offsets(page_id: str, count: int, mixed: bool) -> list[int]:
    """Each article's column width less the page's: -1, 0 or +1 where ``mixed``, drawn apart from the page's draws."""
    draw = random.Random(f"{page_id}-widths")
    return [draw.choice((-1, 0, 1)) if mixed else 0 for _ in range(count)]


def layout_page(
    articles: Sequence[Article], rng: random.Random, page_id: str = "page", layout: str = "headline-after",
    half_width_marks: bool = False, mixed_widths: bool = False,
) -> tuple[str, list[ExpectedArticle]]:
    """Print ``articles`` as one page of extracted text; return it and the truth. With ``half_width_marks`` quotes
    and commas take half a cell in the column, as the example page sets them; with ``mixed_widths`` each article is
    set a cell narrower or wider than the page's column, or at it, as the example page's articles differ (the same
    draws otherwise)."""
    offsets = _width_offsets(page_id, len(articles), mixed_widths)
    if layout in ("headline-first", "unwrapped"):
        return _layout_headline_first(articles, rng, page_id, wrapped=layout == "headline-first",
                                      half_width_marks=half_width_marks, offsets=offsets)
    if layout != "headline-after":
        raise ValueError(f"unknown page layout {layout!r}; known: {', '.join(LAYOUTS)}")
    page_width = rng.randint(15, 19)
    writer = _PageWriter(rng, column_lines=rng.randint(18, 40), half_width_marks=half_width_marks)
    blank_between_paragraphs = rng.random() < 0.5
    spaced_numbers = rng.random() < 0.6
    expected: list[ExpectedArticle] = []
    for number, article in enumerate(articles, start=1):
        parts = _parts(article)
        width = page_width + offsets[number - 1]
        middle_captions = [c for c in parts.captions if rng.random() < 0.3]
        for index, paragraph in enumerate(parts.printed):
            writer.paragraph(paragraph, width, spaced_numbers, blank_between_paragraphs)
            if middle_captions and index == len(parts.printed) // 2:
                for caption in middle_captions:
                    writer.block(writer.wrap(caption, width, indent=0))
        if parts.paren_line:
            if rng.random() < 0.5:
                writer.blank()
            writer.lines.append(parts.paren_line)
        sponsor = ""
        orgs = [e.text for e in article.entities if e.type == "ORG" and 4 <= len(e.text) <= 14]
        if orgs and rng.random() < 0.1:
            sponsor = rng.choice(orgs)
            writer.block([sponsor])
        byline_names = [a for a in article.authors if a not in parts.shown_names]
        headline = [_title_text(article.title)] + ([parts.subtitle] if parts.subtitle else [])
        byline = []
        if byline_names:
            prefix = "记者 " if rng.random() < 0.15 else ""
            byline = [prefix + " ".join(_spread_name(n, rng) for n in byline_names)]
        for _ in range(2 if rng.random() < 0.15 else 1):
            if byline and rng.random() < 0.5:
                writer.block(headline + byline)
            else:
                writer.block(headline)
                if byline:
                    writer.block(byline)
        for caption in parts.captions:
            if caption not in middle_captions:
                writer.block(writer.wrap(caption, width, indent=0))
        writer.in_column = rng.randint(0, writer.column_lines - 1)
        expected.append(_expected(article, parts, f"{page_id}-{number}", sponsor=sponsor))
    return "\n".join(writer.lines).strip() + "\n", expected


_SECTIONS = ("要闻", "综合新闻", "本地新闻", "乡村振兴", "民生", "县域经济", "专题")
_WEEKDAYS = "一二三四五六日"


def _page_header(rng: random.Random) -> list[str]:
    """Lines a headline-first page often opens with: date, edition, section, editor."""
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    lines = [
        f"{rng.randint(2015, 2026)}年{month}月{day}日 星期{rng.choice(_WEEKDAYS)}",
        rng.choice([f"第{rng.randint(1, 12)}版", rng.choice(_SECTIONS), f"A{rng.randint(1, 12)} {rng.choice(_SECTIONS)}"]),
        f"责任编辑：{rng.choice(['王芳', '李晓明', '陈 静', '周一鸣'])}",
    ]
    rng.shuffle(lines)
    return lines[: rng.randint(1, 3)]


def _layout_headline_first(
    articles: Sequence[Article], rng: random.Random, page_id: str, wrapped: bool = True, half_width_marks: bool = False,
    offsets: Sequence[int] = (),
) -> tuple[str, list[ExpectedArticle]]:
    """The headline-first layout: header lines, then for each article its
    headline (and subtitle), a byline line (``本报记者 赵一鸣``, on a quarter of
    them bracketed: ``（记者 赵一鸣）``), a dateline
    opening the first paragraph (``本报讯（记者 陈立新）``) or nothing, and
    the wrapped body; on half the pages no blank line separates articles."""
    page_width = rng.randint(15, 26)
    writer = _PageWriter(rng, column_lines=rng.randint(18, 40), half_width_marks=half_width_marks)
    blank_between_paragraphs = rng.random() < 0.5
    blank_before_headline = rng.random() < 0.5
    spaced_numbers = rng.random() < 0.6
    tight_captions = rng.random() < 0.5  # a caption printed straight after the body, no blank line
    if not wrapped:  # the same draws, then one line per paragraph
        page_width, writer.column_lines, spaced_numbers = 10**6, 10**9, False
    if rng.random() < 0.5:
        writer.block(_page_header(rng))
    expected: list[ExpectedArticle] = []
    for number, article in enumerate(articles, start=1):
        parts = _parts(article)
        width = page_width + (offsets[number - 1] if offsets and wrapped else 0)
        byline_names = [a for a in article.authors if a not in parts.shown_names]
        style = rng.choice(["line", "dateline"]) if byline_names else "none"
        if blank_before_headline:
            writer.blank()
        writer.lines.append(_title_text(article.title))
        if parts.subtitle:
            writer.lines.append(parts.subtitle)
        if style == "line" and rng.random() < 0.25:  # some papers bracket the byline under the headline
            writer.lines.append("（" + rng.choice(["记者 ", ""]) + " ".join(byline_names) + "）")
        elif style == "line":
            prefix = rng.choice(["本报记者 ", "记者 ", "", "■ 本报记者 ", "□ 记者 "])
            writer.lines.append(prefix + " ".join(_spread_name(n, rng) for n in byline_names))
        has_dateline = bool(parts.printed) and starts_with_dateline(parts.printed[0])
        dateline = f"本报讯（记者 {' '.join(byline_names)}）" if style == "dateline" and not has_dateline else ""
        for index, paragraph in enumerate(parts.printed):
            writer.paragraph(dateline + paragraph if index == 0 else paragraph, width, spaced_numbers, blank_between_paragraphs)
        if parts.paren_line:
            writer.lines.append(parts.paren_line)
        for caption in parts.captions:
            if tight_captions:
                writer.lines.extend(writer.wrap(caption, width, indent=0))
            else:
                writer.block(writer.wrap(caption, width, indent=0))
        expected.append(_expected(article, parts, f"{page_id}-{number}", printed_dateline=dateline))
    return "\n".join(writer.lines).strip() + "\n", expected


#: A column tag CCTV puts before a headline (【新思想引领新征程】); a paper prints it as a kicker, if at all.
_COLUMN_TAG = re.compile(r"^【[^】]*】")
#: Roundups of several stories under one headline (国内联播快讯): each item is an article of its own on a page.
_ROUNDUP = re.compile(r"快讯|简讯|速览|一句话")


def news_articles(path: str, count: int = 700, seed: int = 13) -> list[Article]:
    """Up to ``count`` stories of a raw-news file (gzip or plain JSONL with ``title`` and ``text``;
    ../shared/data/raw_news) that a paper would print as one article each, drawn with ``seed``.

    Kept: a headline of 6–30 characters (after a column tag), a text of
    300–1,500 characters in three or more paragraphs, each ending a
    sentence. A paragraph that ends none is a subhead or an item's
    headline inside a roundup, which a page prints as a headline of its
    own; the splitter would rightly part the story there.
    """
    kept: list[Article] = []
    for number, story in iter_json_objects(path):
        title = _COLUMN_TAG.sub("", story.get("title") or "").strip()
        paragraphs = [p.strip() for p in (story.get("text") or "").split("\n") if p.strip()]
        size = sum(map(len, paragraphs))
        if not (6 <= len(title) <= 30 and 300 <= size <= 1500 and len(paragraphs) >= 3) or _ROUNDUP.search(title):
            continue
        if all(ends_sentence(p) for p in paragraphs):
            kept.append(Article(id=f"news-{number}", title=title, text="\n".join(paragraphs)))
    random.Random(seed).shuffle(kept)
    return kept[:count]


def _matches(expected: ExpectedArticle, found: Article) -> dict[str, bool]:
    return {
        "body": _squash(found.text) == expected.body,
        "title": found.title == expected.title,
        "subtitle": found.subtitle == expected.subtitle,
        # Byline order is kept; where photographers stand among the bylines
        # is the writers' choice, so authors compare as a set of names.
        "authors": sorted(found.authors) == sorted(expected.authors),
        "captions": sorted(_squash(c) for c in found.captions) == sorted(expected.captions),
        "sponsor": found.sponsor == expected.sponsor,
    }


@dataclass
class SplitterReport:
    """How many laid-out articles the splitter recovered, and what went wrong."""

    pages: int
    articles: int
    recovered: int
    found: int
    field_errors: Counter
    failures: list[dict] = field(default_factory=list)
    paragraphs_kept: int = 0  # recovered articles whose paragraph breaks all came back, and no others

    @property
    def rate(self) -> float:
        return self.recovered / self.articles if self.articles else 0.0

    def to_dict(self) -> dict:
        return {
            "pages": self.pages,
            "articles": self.articles,
            "articles_found": self.found,
            "recovered_exactly": self.recovered,
            "rate": round(self.rate, 4),
            "field_errors": dict(self.field_errors),
            "paragraphs_kept": self.paragraphs_kept,
            "paragraph_rate": round(self.paragraphs_kept / self.recovered, 4) if self.recovered else 0.0,
        }


def without_blank_lines(text: str) -> str:
    """``text`` with every blank line taken out, as some PDF tools extract a page (one line after another)."""
    return "\n".join(line for line in text.split("\n") if line.strip()) + "\n"


def evaluate_splitter(
    articles: Sequence[Article], pages: int = 300, seed: int = 13, keep_failures: int = 20,
    layout: str = "headline-after", blank_lines: bool = True, half_width_marks: bool = False, mixed_widths: bool = False,
) -> SplitterReport:
    """Lay out ``pages`` pages of 3–7 random articles each in ``layout`` and split them again.

    An article counts as recovered when some article split from its page has
    the same body (whitespace aside), headline, subtitle, authors, captions
    and sponsor line; of those, ``paragraphs_kept`` counts the ones whose text
    also breaks into the same paragraphs (the body test ignores whitespace,
    and so line breaks). With ``blank_lines`` false every blank line is taken out
    of the pages, as some PDF tools extract pages (one line after another);
    with ``half_width_marks`` quotes and commas take half a cell, as the example
    page sets them; with ``mixed_widths`` each article is set a cell narrower or
    wider than the page's column, or at it.
    """
    rng = random.Random(seed)
    total = recovered = found_count = paragraphs_kept = 0
    errors: Counter = Counter()
    failures: list[dict] = []
    for page_number in range(1, pages + 1):
        chosen = rng.sample(list(articles), k=min(len(articles), rng.randint(3, 7)))
        page_id = f"generated-{page_number:04d}"
        text, expected = layout_page(chosen, rng, page_id, layout, half_width_marks, mixed_widths)
        if not blank_lines:
            text = without_blank_lines(text)
        found = split_page_text(text, page=f"{page_id}.txt")
        found_count += len(found)
        by_body = {_squash(a.text): a for a in found}
        for truth in expected:
            total += 1
            candidate = by_body.get(truth.body)
            checks = _matches(truth, candidate) if candidate else {"body": False}
            if all(checks.values()):
                recovered += 1
                paragraphs_kept += _squashed_paragraphs(candidate.text.split("\n")) == truth.paragraphs
                continue
            errors.update(name for name, ok in checks.items() if not ok)
            if len(failures) < keep_failures:
                failures.append({"page": page_id, "expected": truth.__dict__, "page_text": text,
                                 "found": [a.to_dict() for a in found]})
    return SplitterReport(pages, total, recovered, found_count, errors, failures, paragraphs_kept)
