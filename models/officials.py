"""Officials (LABELS.md §3): a named person with a post, from the tagged entities.

The news pattern is ``[body] post[、post …] name``: 义亭镇党委书记谢沁菲,
国网泰安供电公司总经理、党委副书记刘加国. An official is a ``PER`` right
after a ``TITLE`` (several posts joined by 、 or 兼 all belong to the
person); the ``ORG``/``LOC`` spans that run, without a gap, up to the first
post are the body of every post in the chain. Adjacency stands for "the
same clause": nothing but the joiners may sit between the parts. A
resident quoted by surname and honorific is not a ``PER`` (LABELS.md §2),
and bylines live in ``authors``, so neither can become an official here.
"""

from __future__ import annotations

from collections.abc import Sequence

from zhpolicy.data.records import Entity, Official

#: What may stand between two posts of one person.
POST_JOINERS = {"、", "兼", "和"}
BODY_TYPES = {"ORG", "LOC"}


def _body_before(entities: Sequence[Entity], index: int, text: str) -> str | None:
    """Text of the ORG/LOC spans that end exactly where ``entities[index]`` starts, chained backwards."""
    start = entities[index].start
    parts: list[str] = []
    position = index - 1
    while position >= 0 and entities[position].type in BODY_TYPES and entities[position].end == start:
        parts.append(entities[position].text)
        start = entities[position].start
        position -= 1
    return "".join(reversed(parts)) or None


def extract_officials(text: str, entities: Sequence[Entity]) -> list[Official]:
    """One :class:`Official` per person and post, in text order, without repeats."""
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    found: list[Official] = []
    seen: set[tuple[str, str, str | None]] = set()
    for index, person in enumerate(ordered):
        if person.type != "PER" or index == 0:
            continue
        posts: list[int] = []
        position, boundary = index - 1, person.start
        while position >= 0 and ordered[position].type == "TITLE":
            gap = text[ordered[position].end : boundary]
            if gap and not (posts and gap in POST_JOINERS):
                break
            posts.append(position)
            boundary = ordered[position].start
            position -= 1
        if not posts:
            continue
        body = _body_before(ordered, posts[-1], text)
        for post in reversed(posts):
            key = (person.text, ordered[post].text, body)
            if key not in seen:
                seen.add(key)
                found.append(Official(person.text, ordered[post].text, body))
    return found
