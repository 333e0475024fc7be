"""Label sets of ../shared/LABELS.md, defined once for the whole project.

Every reader, writer, trainer and model folder takes its labels from here, so
a label list is never re-derived from the order of some training file.
"""

from __future__ import annotations

#: Policy domains (LABELS.md §1), in the order models store them.
DOMAINS: tuple[str, ...] = (
    "water",
    "elderly_care",
    "disaster_prevention",
    "power_supply",
    "rural_revitalization",
    "party_building",
    "other",
)

#: How the name of an administrative unit ends (LABELS.md §2: a chain of them is one LOC, 杭州市余杭区仓前街道景腾社区).
ADMIN_UNITS: tuple[str, ...] = ("省", "自治区", "市", "州", "县", "旗", "区", "乡", "镇", "街道", "村", "社区")

#: Chinese names of the domains, accepted as aliases by the label-tool readers.
DOMAIN_ALIASES: dict[str, str] = {
    "水资源": "water",
    "水利": "water",
    "养老": "elderly_care",
    "为老服务": "elderly_care",
    "防灾减灾": "disaster_prevention",
    "电力供应": "power_supply",
    "乡村振兴": "rural_revitalization",
    "党建": "party_building",
    "其他": "other",
}

#: Entity types (LABELS.md §2), in the order models store them.
ENTITY_TYPES: tuple[str, ...] = ("LOC", "ORG", "PER", "TITLE")

#: BIO tags over the entity types; index 0 is "O".
BIO_TAGS: tuple[str, ...] = ("O",) + tuple(f"{p}-{t}" for t in ENTITY_TYPES for p in ("B", "I"))

#: CLUENER's ten types mapped to ours. ``None`` drops the span: book, game and
#: movie titles are works (LABELS.md tags nothing inside 《》 titles), and
#: ``scene`` mixes scenic areas with venues and landmarks too unevenly to map
#: to LOC or ORG without hand review, so it is left untagged (the characters
#: stay in the text as O).
CLUENER_TYPES: dict[str, str | None] = {
    "name": "PER",
    "address": "LOC",
    "government": "ORG",
    "organization": "ORG",
    "company": "ORG",
    "position": "TITLE",
    "book": None,
    "game": None,
    "movie": None,
    "scene": None,
}

#: Types of the char-per-line BIO/BMES corpora mapped to ours; ``None`` drops.
#: Weibo's nominal mentions (``*.NOM``: 记者, 市民) are generic words, not
#: names, so they are dropped; its GPE (countries, cities) is a place.
#: Resume's CONT is a country (LOC); EDU, PRO and RACE have no type here.
CORPUS_TYPES: dict[str, str | None] = {
    "LOC": "LOC",
    "ORG": "ORG",
    "PER": "PER",
    "TITLE": "TITLE",
    "PER.NAM": "PER",
    "LOC.NAM": "LOC",
    "GPE.NAM": "LOC",
    "ORG.NAM": "ORG",
    "PER.NOM": None,
    "LOC.NOM": None,
    "GPE.NOM": None,
    "ORG.NOM": None,
    "NAME": "PER",
    "CONT": "LOC",
    "EDU": None,
    "PRO": None,
    "RACE": None,
}


class LabelError(ValueError):
    """A label that is not in the label contract."""


def check_domain(label: str) -> str:
    """Return the canonical domain id for ``label`` (an id or a Chinese alias)."""
    if label in DOMAINS:
        return label
    if label in DOMAIN_ALIASES:
        return DOMAIN_ALIASES[label]
    raise LabelError(f"unknown domain {label!r}; expected one of {', '.join(DOMAINS)}")


def check_entity_type(label: str) -> str:
    """Return ``label`` if it is one of :data:`ENTITY_TYPES`, else raise."""
    if label in ENTITY_TYPES:
        return label
    raise LabelError(f"unknown entity type {label!r}; expected one of {', '.join(ENTITY_TYPES)}")
