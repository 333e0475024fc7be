"""``zhpolicy evaluate``: measure a model folder on labeled data it did not train on.

For a domain classifier: accuracy, macro-F1 and per-class precision, recall
and F1 (scikit-learn), the confusion matrix as a table and a PNG, and the
same figures for the TF-IDF baseline (:mod:`.baseline`) trained on the
classifier's own training files (``train`` and any replayed files in its
``training_config.yaml``; weakly labeled extras are not given to it), side
by side.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sklearn.metrics import (
    accuracy_score,
    confusion_matrix,
    precision_recall_fscore_support,
)
from zhpolicy.data.formats import read_domain_labeled
from zhpolicy.data.labels import DOMAINS
from zhpolicy.data.textio import atomic_writer

from .baseline import BASELINE_DESCRIPTION, baseline_predict, train_baseline


@dataclass
class ClassificationScores:
    """Figures of one system on one labeled set."""

    accuracy: float
    macro_f1: float
    per_class: dict[str, dict[str, float]]
    confusion: list[list[int]]
    labels: list[str] = field(default_factory=lambda: list(DOMAINS))

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.accuracy, "macro_f1": self.macro_f1, "per_class": self.per_class,
                "labels": self.labels, "confusion": self.confusion}


def score_domains(gold: Sequence[str], predicted: Sequence[str]) -> ClassificationScores:
    """Accuracy, macro-F1 over the domains present in gold, per-class figures, confusion.

    Macro-F1 averages the domains the data has (a set without water
    articles does not score every model 0 on water); domains only predicted
    still appear in the per-class table with their precision.
    """
    present = [label for label in DOMAINS if label in set(gold) | set(predicted)]
    precision, recall, f1, support = precision_recall_fscore_support(gold, predicted, labels=present, zero_division=0)
    per_class = {
        label: {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4), "support": int(s)}
        for label, p, r, f, s in zip(present, precision, recall, f1, support)
    }
    in_gold = [score for label, score in zip(present, f1) if label in set(gold)]
    macro = sum(in_gold) / len(in_gold) if in_gold else 0.0
    matrix = confusion_matrix(gold, predicted, labels=list(DOMAINS)).tolist()
    return ClassificationScores(round(float(accuracy_score(gold, predicted)), 4), round(float(macro), 4), per_class, matrix)


def _markdown(systems: dict[str, ClassificationScores], count: int) -> str:
    names = list(systems)
    lines = [f"{count} articles.", "", "| | " + " | ".join(names) + " |", "| --- |" + " --- |" * len(names)]
    lines.append("| accuracy | " + " | ".join(f"{systems[n].accuracy:.4f}" for n in names) + " |")
    lines.append("| macro-F1 | " + " | ".join(f"**{systems[n].macro_f1:.4f}**" for n in names) + " |")
    first = systems[names[0]]
    for label in first.per_class:
        cells = []
        for name in names:
            row = systems[name].per_class.get(label)
            cells.append(f"{row['precision']:.3f} / {row['recall']:.3f} / {row['f1']:.3f}" if row else "–")
        lines.append(f"| {label} (P / R / F1, n={first.per_class[label]['support']}) | " + " | ".join(cells) + " |")
    lines += ["", f"Confusion matrix of {names[0]} (rows gold, columns predicted):", ""]
    lines.append("| gold \\ predicted | " + " | ".join(DOMAINS) + " |")
    lines.append("| --- |" + " ---: |" * len(DOMAINS))
    for label, row in zip(DOMAINS, first.confusion):
        lines.append(f"| {label} | " + " | ".join(str(v) for v in row) + " |")
    return "\n".join(lines)


def plot_confusions(systems: dict[str, ClassificationScores], path: str | os.PathLike[str]) -> None:
    """One confusion-matrix panel per system, side by side, as PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(1, len(systems), figsize=(6.2 * len(systems), 5.6), squeeze=False)
    for axis, (name, scores) in zip(axes[0], systems.items()):
        axis.imshow(scores.confusion, cmap="Blues")
        axis.set_xticks(range(len(DOMAINS)), DOMAINS, rotation=45, ha="right")
        axis.set_yticks(range(len(DOMAINS)), DOMAINS)
        axis.set_xlabel("predicted")
        axis.set_ylabel("gold")
        axis.set_title(f"{name}\naccuracy {scores.accuracy:.3f}, macro-F1 {scores.macro_f1:.3f}", fontsize=10)
        peak = max(max(row) for row in scores.confusion) or 1
        for i, row in enumerate(scores.confusion):
            for j, value in enumerate(row):
                if value:
                    axis.text(j, i, str(value), ha="center", va="center", color="white" if value > peak / 2 else "black")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def write_report_files(report_dir: str | os.PathLike[str], report: dict[str, Any], rows: Sequence[dict[str, Any]],
                       appendix: str = "") -> Path:
    """``report.json``, ``report.md`` (the report's markdown) and ``predictions.jsonl`` in ``report_dir``."""
    out = Path(report_dir)
    out.mkdir(parents=True, exist_ok=True)
    with atomic_writer(out / "report.json") as handle:
        json.dump(report, handle, ensure_ascii=False, indent=2)
    with atomic_writer(out / "report.md") as handle:
        handle.write(f"# Evaluation of {report['model']} on {', '.join(report['data'])}\n\n{report['markdown']}\n\n{appendix}\n")
    with atomic_writer(out / "predictions.jsonl") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return out


def recorded_train_files(model_dir: str | os.PathLike[str]) -> list[str]:
    """The labeled training files named in a model folder's ``training_config.yaml``."""
    import yaml

    path = Path(model_dir) / "training_config.yaml"
    if not path.is_file():
        return []
    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return list(config.get("train") or []) + list(config.get("replay_files") or [])


BF16_NOTE = "The model was read under bfloat16 autocast (`--bf16`)."


def evaluate_classifier(
    model_dir: str | os.PathLike[str],
    data: Sequence[str],
    report_dir: str | os.PathLike[str] | None = None,
    baseline_train: Sequence[str] | None = None,
    batch_size: int = 32,
    bf16: bool = False,
) -> dict[str, Any]:
    """Score the classifier (and the baseline, if its training files are at hand) on ``data``; ``bf16``: read it
    under bfloat16 autocast, as ``predict --bf16`` does."""
    from zhpolicy.models.classifier import DomainClassifier

    articles = read_domain_labeled(data, "needed to evaluate against")
    gold = [a.domain for a in articles]
    classifier = DomainClassifier.from_folder(model_dir, bf16=bf16)
    items = classifier.encode([a.text for a in articles], [a.title for a in articles])
    alone, mixed = classifier.probability_rows(items, batch_size)
    predictions = classifier.predictions(mixed if mixed is not None else alone)
    systems = {"classifier": score_domains(gold, [p.domain for p in predictions])}
    mixed_note = ""
    if mixed is not None:  # the folder mixes in its own TF-IDF component: show the BERT alone too
        systems["BERT alone"] = score_domains(gold, [p.domain for p in classifier.predictions(alone)])
        mixed_note = (f" Classifier: the BERT's probabilities mixed with its folder's TF-IDF component "
                      f"(trained on its own training articles) at weight {classifier.baseline_weight}.")
    train_files = list(baseline_train) if baseline_train is not None else recorded_train_files(model_dir)
    missing = [name for name in train_files if not Path(name).is_file()]
    baseline_note = None
    baseline_predictions: list[str] | None = None
    if train_files and not missing:
        baseline = train_baseline(read_domain_labeled(train_files, "the baseline trains on labeled articles only"))
        baseline_predictions = baseline_predict(baseline, articles)
        systems["TF-IDF baseline"] = score_domains(gold, baseline_predictions)
        baseline_note = f"{BASELINE_DESCRIPTION}, trained on {', '.join(train_files)}"
    else:
        baseline_note = (f"baseline not run: training file(s) not found: {', '.join(missing)}" if missing
                         else "baseline not run: the model folder names no training files (give --baseline-train)")
    markdown = _markdown(systems, len(articles)) + f"\n\nBaseline: {baseline_note}.{mixed_note}"
    if bf16:
        markdown += f"\n\n{BF16_NOTE}"
    report = {
        "task": "domain",
        "model": str(model_dir),
        "bf16": bf16,
        "data": list(data),
        "articles": len(articles),
        "metrics": {"accuracy": systems["classifier"].accuracy, "macro_f1": systems["classifier"].macro_f1},
        "systems": {name: scores.to_dict() for name, scores in systems.items()},
        "baseline": baseline_note,
        "markdown": markdown,
    }
    if report_dir is not None:
        rows = []
        for index, (article, prediction) in enumerate(zip(articles, predictions)):
            row = {"id": article.id, "gold": article.domain, "predicted": prediction.domain, "scores": prediction.scores}
            if baseline_predictions is not None:
                row["baseline"] = baseline_predictions[index]
            rows.append(row)
        out = write_report_files(report_dir, report, rows, "![confusion](confusion.png)")
        plot_confusions(systems, out / "confusion.png")
    return report
