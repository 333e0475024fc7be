"""``zhpolicy evaluate`` for entity taggers: seqeval, merged spans, officials.

Three views, all written to the report:

- **seqeval, strict IOB2** (``mode="strict", scheme=IOB2``) over character
  tags: an entity counts only with exact boundaries and type;
- **merged spans**: gold and predicted spans of one type that touch are
  merged first (LABELS.md §2: 杭州市 + 余杭区 = 杭州市余杭区), then compared
  exactly; this is the figure LABELS.md's scorers use;
- **officials**: ``(name, title, org)`` triples from
  :func:`zhpolicy.models.officials.extract_officials`, scored on records that
  carry full labels (our JSONL; the public corpora annotate no officials).

Only the types a source labels are scored on it (``labeled_types``): a post
predicted in an MSRA sentence is neither right nor wrong there.

Two readings are scored: the **contract reading** (what ``predict`` writes: the
tagger's spans tidied by the LABELS.md rules of :mod:`zhpolicy.models.ner_cleanup`,
plus any user lexicon) and the **model reading** (the tagger's own spans). The
public corpora were annotated by their own guides, which differ from LABELS.md
where the rules act (a place inside an organization's name, surname + honorific,
a level word + body such as 县委), so on them the model reading is the figure
comparable with published results; on the written articles the contract reading is.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from typing import Any

from seqeval.metrics import classification_report
from seqeval.scheme import IOB2
from zhpolicy.data.formats import read_articles
from zhpolicy.data.labels import ENTITY_TYPES
from zhpolicy.data.records import Article, Entity, Official
from zhpolicy.data.spans import entities_to_bio, merge_adjacent
from zhpolicy.data.textio import InputError


def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "support": gold}


def _scored_types(article: Article) -> tuple[str, ...]:
    return article.labeled_types if article.labeled_types is not None else ENTITY_TYPES


def score_entities(gold: Sequence[Article], predicted: Sequence[Sequence[Entity]]) -> dict[str, Any]:
    """Merged-span precision/recall/F1 per type and overall (micro)."""
    counts = {t: Counter() for t in ENTITY_TYPES}
    for article, found in zip(gold, predicted):
        types = _scored_types(article)
        gold_spans = {(e.start, e.end, e.type) for e in merge_adjacent(article.entities, article.text) if e.type in types}
        found_spans = {(e.start, e.end, e.type) for e in merge_adjacent(found, article.text) if e.type in types}
        for kind in types:
            g = {s for s in gold_spans if s[2] == kind}
            f = {s for s in found_spans if s[2] == kind}
            counts[kind].update(tp=len(g & f), predicted=len(f), gold=len(g))
    per_type = {t: _prf(c["tp"], c["predicted"], c["gold"]) for t, c in counts.items() if c["gold"] or c["predicted"]}
    total = sum(counts.values(), Counter())
    return {"overall": _prf(total["tp"], total["predicted"], total["gold"]), "per_type": per_type}


def score_seqeval(gold: Sequence[Article], predicted: Sequence[Sequence[Entity]]) -> dict[str, Any]:
    """seqeval strict IOB2 over character tags (spans not merged)."""
    gold_tags, found_tags = [], []
    for article, found in zip(gold, predicted):
        types = _scored_types(article)
        gold_tags.append(entities_to_bio(len(article.text), [e for e in article.entities if e.type in types]))
        found_tags.append(entities_to_bio(len(article.text), [e for e in found if e.type in types]))
    report = classification_report(gold_tags, found_tags, mode="strict", scheme=IOB2, output_dict=True, zero_division=0)
    def tidy(row: dict[str, float]) -> dict[str, float]:
        return {k.replace("f1-score", "f1"): (int(v) if k == "support" else round(float(v), 4)) for k, v in row.items()}

    per_type = {t: tidy(report[t]) for t in ENTITY_TYPES if t in report}
    return {"overall": tidy(report["micro avg"]), "per_type": per_type}


def score_officials(gold: Sequence[Article], predicted: Sequence[Sequence[Official]]) -> dict[str, Any] | None:
    """Precision/recall/F1 of ``(name, title, org)`` triples over fully labeled records; ``None`` if there are none."""
    tp = found_count = gold_count = 0
    scored = 0
    for article, found in zip(gold, predicted):
        if article.labeled_types is not None:
            continue
        scored += 1
        g = Counter((o.name, o.title, o.org) for o in article.officials)
        f = Counter((o.name, o.title, o.org) for o in found)
        tp += sum((g & f).values())
        found_count += sum(f.values())
        gold_count += sum(g.values())
    if not scored:
        return None
    return _prf(tp, found_count, gold_count) | {"records": scored}


def _fmt(scores: dict[str, float]) -> str:
    return f"{scores['precision']:.3f} / {scores['recall']:.3f} / {scores['f1']:.3f}"


def _entity_table(merged: dict[str, Any], seqeval: dict[str, Any]) -> list[str]:
    """Markdown rows: per type and overall, merged spans beside seqeval strict IOB2."""
    lines = ["| type | merged spans P / R / F1 | seqeval strict IOB2 P / R / F1 | support |", "| --- | --- | --- | ---: |"]
    for kind in ENTITY_TYPES:
        spans, strict = merged["per_type"].get(kind), seqeval["per_type"].get(kind)
        if spans:
            lines.append(f"| {kind} | {_fmt(spans)} | {_fmt(strict) if strict else '–'} | {spans['support']} |")
    lines.append(f"| **all** | **{_fmt(merged['overall'])}** | {_fmt(seqeval['overall'])} | {merged['overall']['support']} |")
    return lines


def _markdown(report: dict[str, Any]) -> str:
    lines = [f"{report['records']} records; types scored per source (`labeled_types`).", "",
             "Contract reading (what `predict` writes: the tagger's spans tidied by the LABELS.md rules):", "",
             *_entity_table(report["merged"], report["seqeval"])]
    if report.get("officials"):
        o = report["officials"]
        lines += ["", f"Officials (name, title, org) on {o['records']} fully labeled records: P / R / F1 = {_fmt(o)} (gold {o['support']})."]
    if report.get("lexicon"):
        lines += ["", f"User lexicon applied: {report['lexicon']}."]
    if report.get("bf16"):
        from .evaluate import BF16_NOTE

        lines += ["", BF16_NOTE]
    model = report.get("model_reading")
    if model:
        lines += ["", "Model reading (the tagger's own spans, before the LABELS.md rules of `models/ner_cleanup/`; "
                  "the figure comparable with results on corpora annotated by their own guides):", "",
                  *_entity_table(model["merged"], model["seqeval"])]
    return "\n".join(lines)


def evaluate_ner(
    model_dir: str | os.PathLike[str],
    data: Sequence[str],
    data_format: str = "jsonl",
    report_dir: str | os.PathLike[str] | None = None,
    lexicon_path: str | None = None,
    batch_size: int = 32,
    bf16: bool = False,
) -> dict[str, Any]:
    """Tag ``data`` with the model (and lexicon) and score it three ways, in the contract and the model reading;
    ``bf16``: read the tagger under bfloat16 autocast, as ``predict --bf16`` does."""
    from zhpolicy.models.ner import EntityTagger
    from zhpolicy.models.ner_cleanup import clean_spans
    from zhpolicy.models.officials import extract_officials

    articles: list[Article] = []
    for path in data:
        articles.extend(read_articles(path, data_format))
    if not articles:
        raise InputError(f"{', '.join(data)}: no records")
    tagger = EntityTagger.from_folder(model_dir, bf16=bf16)
    model_spans = tagger.tag([a.text for a in articles], batch_size=batch_size, cleanup=False)
    predicted = [clean_spans(a.text, found) for a, found in zip(articles, model_spans)]
    if lexicon_path:
        from zhpolicy.data.lexicon import read_lexicon
        from zhpolicy.models.lexicon import Lexicon

        lexicon = Lexicon(read_lexicon(lexicon_path))
        predicted = [lexicon.apply(a.text, found) for a, found in zip(articles, predicted)]
    officials = [extract_officials(a.text, found) for a, found in zip(articles, predicted)]
    report: dict[str, Any] = {
        "task": "ner",
        "model": str(model_dir),
        "data": list(data),
        "records": len(articles),
        "merged": score_entities(articles, predicted),
        "seqeval": score_seqeval(articles, predicted),
        "officials": score_officials(articles, officials),
        "lexicon": lexicon_path,
        "bf16": bf16,
        "model_reading": {"merged": score_entities(articles, model_spans), "seqeval": score_seqeval(articles, model_spans)},
    }
    report["metrics"] = {"f1_merged": report["merged"]["overall"]["f1"], "f1_strict_iob2": report["seqeval"]["overall"]["f1"]}
    report["metrics"] |= {f"f1_{t}": s["f1"] for t, s in report["merged"]["per_type"].items()}
    if report["officials"]:
        report["metrics"]["officials_f1"] = report["officials"]["f1"]
    model = report["model_reading"]
    report["metrics"] |= {"model_reading_f1_merged": model["merged"]["overall"]["f1"]}
    report["metrics"] |= {f"model_reading_f1_{t}": s["f1"] for t, s in model["merged"]["per_type"].items()}
    report["markdown"] = _markdown(report)
    if report_dir is not None:
        from .evaluate import write_report_files

        rows = [{"id": a.id, "entities": [e.to_dict() for e in found], "officials": [o.to_dict() for o in people]}
                for a, found, people in zip(articles, predicted, officials)]
        write_report_files(report_dir, report, rows)
    return report
