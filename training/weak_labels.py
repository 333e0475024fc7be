"""Weak domain labels for real news stories (optional classifier training data).

The written articles are few and share a house style; real local news is
worded otherwise. The CCTV 新闻联播 corpus (../shared/data/raw_news) is real
news with editorial tags but no domain labels. A story gets a weak label
when its editorial tag or its headline points at exactly one domain:

- a tag listed under ``tags`` (乡村振兴 → rural_revitalization);
- headline keywords of exactly one domain under ``title_keywords``;
- ``other``: a story tagged with one of ``other_tags`` (international
  news, diplomacy, technology, …) or with a headline keyword of
  ``other_title_keywords`` (医院, 学校, 体育, …: the everyday topics LABELS.md
  lists as ``other``, which no editorial tag marks) whose headline and
  opening hit no domain keyword at all.

Stories matching two domains are left out, and so are stories whose
keyword match contradicts their tag. At most ``per_domain`` stories per
domain are drawn (seeded) from those longer than ``min_chars``, skipping
the first ``skip_per_domain`` of each shuffled pool so a disjoint
held-out weak set can be drawn with the same rules. Both counts are one
number for every domain or a mapping ``{domain: n, default: n}`` (``other``
has a far larger pool and the most varied wording). All rules live in the
config (configs/classifier.yaml), so what was mixed in is on record.

**Decoys** (``decoy_characters``, ``decoys_per_domain``): a small model
fine-tuned on articles that all say 水, 老 or 电 learns the character, not
the story — on random CCTV news it read 老挝 as elderly care, 河北 and
水平 as water, 电视 and 慰问电 as power supply, at 0.99. An ``other`` story
whose headline holds a character listed for a domain (老 for elderly care)
but none of that domain's keywords is that domain's decoy: it goes to a
pool of its own, ``other~<domain>``, drawn ``decoys_per_domain`` times, so
the model sees each domain's characters in stories that are not about it.
A headline with a word of ``decoy_excludes`` (流域, 河湖: the weak ``other``
rule lets some water stories through) is no decoy.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from zhpolicy.data.formats import iter_json_objects
from zhpolicy.data.labels import check_domain
from zhpolicy.data.records import Article
from zhpolicy.data.textio import InputError

OPENING_CHARS = 120
#: How a decoy pool is named: ``other~<domain>`` (its stories are ``other``; see the module docstring).
DECOY_PREFIX = "other~"


def _keyword_domains(text: str, keywords: dict[str, list[str]]) -> set[str]:
    return {domain for domain, words in keywords.items() if any(word in text for word in words)}


def weak_label(story: dict[str, Any], rules: dict[str, Any]) -> str | None:
    """The weak domain of one raw-news story, or ``None`` when the rules do not agree on one."""
    tags = set(filter(None, (story.get("category") or "").split(",")))
    title = story.get("title") or ""
    keywords: dict[str, list[str]] = rules.get("title_keywords") or {}
    title_hits = _keyword_domains(title, keywords)
    tag_hits = {domain for tag, domain in (rules.get("tags") or {}).items() if tag in tags}
    hits = title_hits | tag_hits
    if len(hits) == 1:
        return hits.pop()
    if hits:
        return None
    other_titled = any(word in title for word in rules.get("other_title_keywords") or [])
    if tags & set(rules.get("other_tags") or []) or other_titled:
        opening = title + (story.get("text") or "")[:OPENING_CHARS]
        if not _keyword_domains(opening, keywords) and not any(word in opening for word in rules.get("other_excludes") or []):
            return "other"
    return None


def _per_domain(setting: int | dict[str, int], domain: str) -> int:
    """A count given once for all domains, or per domain with a ``default``."""
    if isinstance(setting, dict):
        return int(setting.get(domain, setting.get("default", 0)))
    return int(setting)


def _stories(rules: dict[str, Any]):
    """``(line number, story, text)`` of every story of ``rules['path']`` at least ``min_chars`` long."""
    path = Path(rules.get("path", ""))
    if not path.is_file():
        raise InputError(f"weak_labels.path {path}: no such file")
    min_chars = int(rules.get("min_chars", 150))
    for number, story in iter_json_objects(path):
        text = (story.get("text") or "").strip()
        if len(text) >= min_chars:
            yield number, story, text


def weak_label_articles(rules: dict[str, Any]) -> list[Article]:
    """Draw weakly labeled articles from the raw-news file named in ``rules['path']``."""
    for domain in list(rules.get("title_keywords") or {}) + list((rules.get("tags") or {}).values()):
        check_domain(domain)
    decoy_characters: dict[str, str | list[str]] = rules.get("decoy_characters") or {}
    for domain in decoy_characters:
        check_domain(domain)
    excludes: list[str] = rules.get("decoy_excludes") or []
    source = Path(rules.get("path", ""))
    pools: dict[str, list[Article]] = {}
    for number, story, text in _stories(rules):
        domain = weak_label(story, rules)
        if domain is None:
            continue
        article = Article(id=f"weak-{source.stem}-{number}", text=text, title=story.get("title") or "", domain=domain,
                          meta={"weak_label": True, "source": str(source)})
        pool = decoy_pool(article.title, decoy_characters, excludes) if domain == "other" else None
        pools.setdefault(pool or domain, []).append(article)
    rng = random.Random(int(rules.get("seed", 13)))
    drawn: list[Article] = []
    for domain in sorted(pools):
        pool = pools[domain]
        rng.shuffle(pool)
        if domain.startswith(DECOY_PREFIX):
            count = int(rules.get("decoys_per_domain", 0))
        else:
            count = _per_domain(rules.get("per_domain", 100), domain)
        skip = _per_domain(rules.get("skip_per_domain", 0), domain)
        drawn.extend(pool[skip : skip + count])
    return drawn



def decoy_pool(title: str, decoy_characters: dict[str, str | list[str]], excludes: Sequence[str] = ()) -> str | None:
    """The decoy pool (``other~<domain>``) of an ``other`` story whose headline holds a character listed for
    a domain, the first such domain in sorted order; ``None`` when the headline holds none or an excluded word."""
    if any(word in title for word in excludes):
        return None
    for domain in sorted(decoy_characters):
        if any(character in title for character in decoy_characters[domain]):
            return DECOY_PREFIX + domain
    return None


def unlabeled_articles(rules: dict[str, Any], count: int, seed: int) -> list[Article]:
    """``count`` stories of the same file that the rules give **no** label (seeded draw).

    These are the stories keyword rules cannot reach: untagged domestic and
    local news, weather, briefs. A teacher model labels them for
    distillation (:mod:`.train_classifier`). Being unlabeled by the rules,
    none of them can be in a weak training or held-out set.
    """
    source = Path(rules.get("path", ""))
    pool = [
        Article(id=f"unlabeled-{source.stem}-{number}", text=text, title=story.get("title") or "",
                meta={"unlabeled": True, "source": str(source)})
        for number, story, text in _stories(rules)
        if weak_label(story, rules) is None
    ]
    random.Random(seed).shuffle(pool)
    return pool[:count]
