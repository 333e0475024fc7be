"""Train/dev/test splits: deduplicated, stratified by domain, deterministic.

The same article twice (a story reprinted on two pages, a file merged
twice) would put one text in train and test and flatter every figure, so
records are deduplicated by normalised text before splitting. Splitting
uses ``datasets`` (``train_test_split`` with ``stratify_by_column``), so the
proportions per domain hold in every split and a seed reproduces them.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from datasets import Dataset

from .formats import write_jsonl
from .records import Article
from .textio import InputError, atomic_writer


def normalized_text(text: str) -> str:
    """Text compared for duplicates: NFKC, lower case, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).lower()


def deduplicate(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """Keep the first article of each normalised text; return it and the dropped ids."""
    seen: set[str] = set()
    kept: list[Article] = []
    dropped: list[str] = []
    for article in articles:
        key = normalized_text(article.text)
        if key in seen:
            dropped.append(article.id)
            continue
        seen.add(key)
        kept.append(article)
    return kept, dropped


@dataclass
class SplitResult:
    """The three splits and what was dropped on the way."""

    train: list[Article]
    dev: list[Article]
    test: list[Article]
    duplicates: list[str] = field(default_factory=list)
    stratified: bool = False

    def summary(self) -> dict:
        def by_domain(articles: list[Article]) -> dict[str, int]:
            counts: dict[str, int] = {}
            for article in articles:
                counts[article.domain or "(none)"] = counts.get(article.domain or "(none)", 0) + 1
            return dict(sorted(counts.items()))

        return {
            "train": len(self.train),
            "dev": len(self.dev),
            "test": len(self.test),
            "duplicates_dropped": len(self.duplicates),
            "duplicate_ids": self.duplicates,
            "stratified_by_domain": self.stratified,
            "domains": {name: by_domain(part) for name, part in
                        (("train", self.train), ("dev", self.dev), ("test", self.test))},
        }


def _split_indices(dataset: Dataset, size: float, seed: int, stratify: bool) -> tuple[list[int], list[int]]:
    """Indices ``(rest, held_out)`` with ``size`` of the rows held out."""
    try:
        parts = dataset.train_test_split(
            test_size=size, seed=seed, shuffle=True, stratify_by_column="domain" if stratify else None
        )
    except ValueError as error:
        raise InputError(f"cannot split {len(dataset)} records with a held-out share of {size}: {error}") from None
    return list(parts["train"]["index"]), list(parts["test"]["index"])


def split_articles(articles: list[Article], dev: float = 0.1, test: float = 0.1, seed: int = 13) -> SplitResult:
    """Deduplicate, then split into train/dev/test.

    Stratified by domain when every record has one; the test split is cut
    first, then dev from the rest, so changing ``dev`` never moves an
    article into or out of test.
    """
    if not 0 <= dev < 1 or not 0 <= test < 1 or dev + test >= 1:
        raise InputError(f"--dev {dev} and --test {test} must be shares in [0, 1) that add up to less than 1")
    kept, dropped = deduplicate(articles)
    if not kept:
        raise InputError("no records to split")
    stratify = all(a.domain is not None for a in kept)
    dataset = Dataset.from_dict({"index": list(range(len(kept))), "domain": [a.domain or "" for a in kept]})
    if stratify:
        dataset = dataset.class_encode_column("domain")
    rest, test_indices = _split_indices(dataset, test, seed, stratify) if test > 0 else (list(range(len(kept))), [])
    dev_indices: list[int] = []
    if dev > 0:
        rest_dataset = dataset.select(rest)
        rest, dev_indices = _split_indices(rest_dataset, dev / (1 - test), seed, stratify)
    pick = lambda indices: [kept[i] for i in sorted(indices)]  # noqa: E731 - page order within a split
    return SplitResult(pick(rest), pick(dev_indices), pick(test_indices), dropped, stratify)


def write_splits(result: SplitResult, out_dir: str | os.PathLike[str]) -> dict:
    """Write ``train/dev/test.jsonl`` and ``split_summary.json`` into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, part in (("train", result.train), ("dev", result.dev), ("test", result.test)):
        write_jsonl(part, out / f"{name}.jsonl")
    summary = result.summary()
    with atomic_writer(out / "split_summary.json") as handle:
        json.dump(summary, handle, ensure_ascii=False, indent=2)
    return summary
