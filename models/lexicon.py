"""Applying a user lexicon on top of the model's entities (hanlp trie)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hanlp_trie import Trie
from zhpolicy.data.records import Entity


class Lexicon:
    """Terms to tag always. Built once (the trie), applied to many texts."""

    def __init__(self, terms: Mapping[str, str]) -> None:
        self.terms = dict(terms)
        self.trie = Trie(self.terms)

    def matches(self, text: str) -> list[Entity]:
        """Longest non-overlapping occurrences of lexicon terms, left to right."""
        return [Entity(start, end, kind, text[start:end]) for start, end, kind in self.trie.parse_longest(text)]

    def apply(self, text: str, entities: Sequence[Entity]) -> list[Entity]:
        """The user's terms win over the spans they overlap, but not over longer names.

        A match replaces every model span it overlaps (same boundaries with
        another type: the user's type wins), except when a model span strictly
        contains it: a lexicon place 南浔区 inside a tagged 南浔区水利局 stays
        part of that ORG, as LABELS.md §2 wants.
        """
        kept: list[Entity] = list(entities)
        for match in self.matches(text):
            if any(e.start <= match.start and match.end <= e.end and e.end - e.start > match.end - match.start for e in kept):
                continue
            kept = [e for e in kept if e.end <= match.start or e.start >= match.end]
            kept.append(match)
        return sorted(kept, key=lambda e: (e.start, e.end))
