"""The article record used everywhere: readers produce it, models annotate it,
writers and the pipeline serialise it.

Offsets are Python string offsets into ``Article.text``, end exclusive
(LABELS.md §4), in every module of the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .labels import ENTITY_TYPES, check_domain, check_entity_type


@dataclass(frozen=True)
class Entity:
    """A typed character span of an article's text."""

    start: int
    end: int
    type: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "type": self.type, "text": self.text}


@dataclass(frozen=True)
class Official:
    """A named person holding a post, with the body of the post where given."""

    name: str
    title: str
    org: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "org": self.org}


@dataclass
class Article:
    """One article: what the page splitter finds and what the models annotate.

    ``labeled_types`` says which entity types the source annotates (``None``:
    all of :data:`ENTITY_TYPES`). Public corpora never mark posts, so their
    records carry ``("LOC", "ORG", "PER")`` and a trainer can avoid teaching
    the model that posts there are ``O``. ``meta`` keeps input fields the
    record has no slot for, so nothing a user gave is lost on the way out.
    """

    id: str
    text: str
    title: str = ""
    subtitle: str = ""
    authors: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    sponsor: str = ""
    page: str | None = None
    domain: str | None = None
    entities: list[Entity] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    labeled_types: tuple[str, ...] | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> "Article":
        """Check labels and offsets against the contract; raise ``ValueError``."""
        if not isinstance(self.text, str):
            raise ValueError(f"article {self.id!r}: text must be a string")
        if self.domain is not None:
            self.domain = check_domain(self.domain)
        previous_end = 0
        for entity in sorted(self.entities, key=lambda e: (e.start, e.end)):
            check_entity_type(entity.type)
            if not (0 <= entity.start < entity.end <= len(self.text)):
                raise ValueError(
                    f"article {self.id!r}: entity {entity.text!r} [{entity.start}, {entity.end}) "
                    f"lies outside the text (length {len(self.text)})"
                )
            if self.text[entity.start : entity.end] != entity.text:
                raise ValueError(
                    f"article {self.id!r}: entity text {entity.text!r} does not match "
                    f"text[{entity.start}:{entity.end}] = {self.text[entity.start:entity.end]!r}"
                )
            if entity.start < previous_end:
                raise ValueError(f"article {self.id!r}: entity {entity.text!r} overlaps another entity")
            previous_end = entity.end
        if self.labeled_types is not None:
            for label in self.labeled_types:
                check_entity_type(label)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Serialise in the order of the record format (README, LABELS.md §4)."""
        record: dict[str, Any] = {"id": self.id}
        if self.page is not None:
            record["page"] = self.page
        record.update(
            title=self.title,
            subtitle=self.subtitle,
            authors=list(self.authors),
            text=self.text,
            captions=list(self.captions),
        )
        if self.sponsor:
            record["sponsor"] = self.sponsor
        record["domain"] = self.domain
        record["entities"] = [e.to_dict() for e in sorted(self.entities, key=lambda e: e.start)]
        record["officials"] = [o.to_dict() for o in self.officials]
        if self.labeled_types is not None and tuple(self.labeled_types) != ENTITY_TYPES:
            record["labeled_types"] = list(self.labeled_types)
        for key, value in self.meta.items():
            record.setdefault(key, value)
        return record


KNOWN_FIELDS = frozenset(
    {"id", "text", "title", "subtitle", "authors", "captions", "sponsor", "page", "domain",
     "entities", "officials", "labeled_types"}
)


def _string_list(value: Any, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ValueError(f"{name} must be a string or a list of strings")


def article_from_dict(record: dict[str, Any], default_id: str) -> Article:
    """Build an :class:`Article` from one JSON object of our JSONL format.

    Entities may carry offsets (``start``, ``end``, ``type``, ``text``) or be
    bare strings (``text``, ``type``) as in files written before offsets
    existed; bare strings are located in the text longest first, every
    occurrence, never overlapping (:func:`spans.locate_strings`).
    """
    from .spans import locate_strings

    if not isinstance(record, dict):
        raise ValueError("each line must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("missing or non-string field 'text'")
    article_id = record.get("id", default_id)
    article_id = str(article_id) if article_id is not None else default_id

    raw_entities = record.get("entities") or []
    if not isinstance(raw_entities, list):
        raise ValueError("'entities' must be a list")
    with_offsets: list[Entity] = []
    bare: list[tuple[str, str]] = []
    for item in raw_entities:
        if not isinstance(item, dict) or "type" not in item:
            raise ValueError(f"entity {item!r} needs at least 'text' and 'type'")
        entity_type = check_entity_type(str(item["type"]))
        if "start" in item and "end" in item:
            start, end = item["start"], item["end"]
            if not isinstance(start, int) or not isinstance(end, int):
                raise ValueError(f"entity {item!r}: start and end must be integers")
            if not (0 <= start < end <= len(text)):
                raise ValueError(f"entity {item!r} lies outside the text (length {len(text)})")
            span_text = text[start:end]
            if "text" in item and item["text"] != span_text:
                raise ValueError(f"entity {item!r} does not match text[{start}:{end}] = {span_text!r}")
            with_offsets.append(Entity(start, end, entity_type, span_text))
        elif isinstance(item.get("text"), str) and item["text"]:
            bare.append((item["text"], entity_type))
        else:
            raise ValueError(f"entity {item!r} has neither offsets nor text")
    entities = with_offsets + locate_strings(text, bare, taken=with_offsets)

    officials = []
    for item in record.get("officials") or []:
        if not isinstance(item, dict) or not item.get("name") or not item.get("title"):
            raise ValueError(f"official {item!r} needs 'name' and 'title'")
        officials.append(Official(str(item["name"]), str(item["title"]), item.get("org")))

    labeled_types = record.get("labeled_types")
    article = Article(
        id=article_id,
        text=text,
        title=record.get("title") or "",
        subtitle=record.get("subtitle") or "",
        authors=_string_list(record.get("authors"), "authors"),
        captions=_string_list(record.get("captions"), "captions"),
        sponsor=record.get("sponsor") or "",
        page=record.get("page"),
        domain=record.get("domain"),
        entities=sorted(entities, key=lambda e: e.start),
        officials=officials,
        labeled_types=tuple(labeled_types) if labeled_types is not None else None,
        meta={k: v for k, v in record.items() if k not in KNOWN_FIELDS},
    )
    return article.validate()
