"""Character spans: locating bare entity strings, BIO tags, merging.

These helpers are shared by the format readers, the trainers and the scorers,
so the span rules of LABELS.md live in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hanlp_trie import Trie

from .records import Entity


def locate_strings(
    text: str, strings: Iterable[tuple[str, str]], taken: Sequence[Entity] = ()
) -> list[Entity]:
    """Find every occurrence of each ``(string, type)`` in ``text``.

    Files without offsets list each entity string once and mean every
    occurrence. Many strings sit inside longer ones (遂昌县 inside
    遂昌县水利局), so matches are accepted longest first and never overlap
    each other or the spans in ``taken``. A string listed with two types
    keeps the first.
    """
    lexicon: dict[str, str] = {}
    for string, entity_type in strings:
        lexicon.setdefault(string, entity_type)
    if not lexicon:
        return []
    matches = Trie(lexicon).parse(text)
    matches.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    occupied = bytearray(len(text))
    for entity in taken:
        occupied[entity.start : entity.end] = b"\x01" * (entity.end - entity.start)
    found: list[Entity] = []
    for start, end, entity_type in matches:
        if any(occupied[start:end]):
            continue
        occupied[start:end] = b"\x01" * (end - start)
        found.append(Entity(start, end, entity_type, text[start:end]))
    return sorted(found, key=lambda e: e.start)


def entities_to_bio(length: int, entities: Iterable[Entity]) -> list[str]:
    """IOB2 tags, one per character of a text of ``length`` characters."""
    tags = ["O"] * length
    for entity in entities:
        tags[entity.start] = f"B-{entity.type}"
        for i in range(entity.start + 1, entity.end):
            tags[i] = f"I-{entity.type}"
    return tags


def bio_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, type)`` from IOB2/BIO or BMES/BIOES tags.

    Lenient the way corpora need: an ``I-``/``M-``/``E-`` tag that does not
    continue a span of its type starts a new one (Weibo has a few such tags),
    so no annotated character is lost.
    """
    spans: list[tuple[int, int, str]] = []
    start, current = -1, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, entity_type = tag.partition("-")
        if tag == "O" or prefix not in "BIMES" or not entity_type:
            if current is not None:
                spans.append((start, i, current))
            start, current = -1, None
            continue
        continues = prefix in ("I", "M", "E") and current == entity_type
        if not continues:
            if current is not None:
                spans.append((start, i, current))
            start, current = i, entity_type
        if prefix in ("E", "S"):
            spans.append((start, i + 1, current))
            start, current = -1, None
    return spans


def merge_adjacent(entities: Iterable[Entity], text: str) -> list[Entity]:
    """Merge spans of one type that touch (杭州市 + 余杭区 → 杭州市余杭区).

    The scorers compare merged spans (LABELS.md §2), so a model that splits a
    chain of administrative units is not punished for it.
    """
    merged: list[Entity] = []
    for entity in sorted(entities, key=lambda e: e.start):
        if merged and merged[-1].type == entity.type and merged[-1].end == entity.start:
            last = merged.pop()
            entity = Entity(last.start, entity.end, entity.type, text[last.start : entity.end])
        merged.append(entity)
    return merged


def flat(entities: Iterable[Entity]) -> list[Entity]:
    """The spans in text order with none overlapping another (LABELS.md §2: spans are flat): where two overlap, the
    longer stays (the earlier where they are as long), and a repeat of one span is dropped.

    The NER cleanup's rules each mend one kind of span, and one that grows a span can meet another span the tagger
    put there (全球孔子学院 over 孔子学院, stop 75); this is the last guard before output.
    """
    kept: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (-(e.end - e.start), e.start)):
        if not any(other.start < entity.end and entity.start < other.end for other in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: (e.start, e.end))
