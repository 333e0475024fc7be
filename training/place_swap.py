"""Place-name swapping: a training-time augmentation for the domain classifier.

Why: a small BERT reads the characters of place names as domain words. A
neutral story set in 丽水市, 水头镇 or 清水县 comes out ``water`` at p 1.00,
one in 电白区 ``power_supply`` (docs/classifier.md, "A known fault"), because in its
training articles 水 and 电 mostly belong to water and power stories.
Masking the places at reading time costs more than it gains (measured:
docs/classifier.md); the model has to learn that a place's name says nothing about the
policy domain. So, each time an article is shown in training, each
administrative place it names (a city, county, district, town, township,
village, street or community: the name and its unit) is replaced, with
probability ``share``, by another place of the same unit drawn from all the
training articles' places: 丽水市 turns up in stories of every domain, and a
water story's 嘉兴市 may read 电白区.

Rivers, lakes and reservoirs are not swapped: they are part of what a water
story is about. Places are found with jieba's part-of-speech tags (a place
word, or a place or person word followed by its unit), which miss some
(水头镇 is a common noun to jieba); what is missed stays as written.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass

from zhpolicy.models.word_features import tagged_words

#: Administrative units a swapped place ends with: data.labels.ADMIN_UNITS without 自治区, 州 and 旗, longest first so
#: that 社区 is found before 区 (a community is swapped for a community, not a district).
ADMIN_UNITS = ("街道", "社区", "省", "市", "县", "区", "镇", "乡", "村")
#: Words ending in a unit that name a kind of area, not a place (示范区, 开发区, 全市, 城区).
_GENERIC_AREA = re.compile(r"(?:开发|示范|保护|试验|风景|景|园|城|市|郊|灾|山|库|牧|辖|片|校|厂|矿|新农|特色|行政|全)(?:区|村|镇|乡|市|县)$")
_PLACE_FLAGS = ("ns",)
_NAME_FLAGS = ("ns", "nr", "nz")


@dataclass(frozen=True)
class PlaceMention:
    """One administrative place in a text: ``text[start:end]``, ending with ``unit``."""

    start: int
    end: int
    unit: str


def _unit_of(word: str) -> str | None:
    return next((unit for unit in ADMIN_UNITS if word.endswith(unit) and len(word) > len(unit)), None)


def place_mentions(text: str) -> list[PlaceMention]:
    """Administrative places of ``text``, left to right: a place word of jieba's ending with its unit (丽水市), or a
    place or person word followed by a unit word (岫云|村, 宝溪|乡). Three characters or more; not a kind of area."""
    words = tagged_words(text)
    mentions: list[PlaceMention] = []
    at = 0
    for index, (word, flag) in enumerate(words):
        following = words[index + 1][0] if index + 1 < len(words) else ""
        unit = _unit_of(word) if flag.startswith(_PLACE_FLAGS) else None
        if unit:
            name = word
        elif flag.startswith(_NAME_FLAGS) and following in ADMIN_UNITS and len(word) >= 2:
            name, unit = word + following, following
        else:
            name = unit = None
        if name and len(name) >= 3 and not _GENERIC_AREA.search(name):
            mentions.append(PlaceMention(at, at + len(name), unit))
        at += len(word)
    return mentions


class PlacePool:
    """The places to swap in, by unit: every distinct place the training texts name."""

    def __init__(self, names_by_unit: dict[str, list[str]]) -> None:
        self.names_by_unit = {unit: sorted(set(names)) for unit, names in names_by_unit.items() if names}

    @classmethod
    def from_texts(cls, texts: Iterable[tuple[str, list[PlaceMention]]]) -> "PlacePool":
        names: dict[str, list[str]] = {}
        for text, mentions in texts:
            for mention in mentions:
                names.setdefault(mention.unit, []).append(text[mention.start : mention.end])
        return cls(names)

    def draw(self, unit: str, rng: random.Random, instead_of: str = "") -> str | None:
        """A place of ``unit`` other than ``instead_of``; ``None`` when the pool has none."""
        names = [name for name in self.names_by_unit.get(unit, ()) if name != instead_of]
        return rng.choice(names) if names else None


def swap_places(text: str, mentions: list[PlaceMention], pool: PlacePool, share: float, rng: random.Random) -> str:
    """``text`` with each mention replaced, with probability ``share``, by a place of the same unit from ``pool``.

    The same place is swapped for the same new place throughout one showing of the text, so a story
    stays about one place; the rest of the text is left as it was.
    """
    if share <= 0 or not mentions:
        return text
    chosen: dict[str, str] = {}
    pieces, at = [], 0
    for mention in mentions:
        name = text[mention.start : mention.end]
        if name not in chosen:
            drawn = pool.draw(mention.unit, rng, name) if rng.random() < share else None
            chosen[name] = drawn or name
        pieces.append(text[at : mention.start])
        pieces.append(chosen[name])
        at = mention.end
    return "".join(pieces) + text[at:]
