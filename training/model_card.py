"""Model cards: a README.md in every model folder, rebuilt from the folder itself.

The card is generated from what the folder holds (``zhpolicy.json``,
``training_config.yaml``, ``training_log.json`` and ``evaluations.json``,
which ``zhpolicy evaluate --record`` fills), so its figures are always the
ones the project's own commands measured, never typed by hand.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import yaml
from zhpolicy.models.classifier import POOLINGS, pooling_name
from zhpolicy.models.folder import read_meta

EVALUATIONS_FILE = "evaluations.json"

_TASKS = {
    "domain": ("text-classification", "Policy-domain classification", "AutoModelForSequenceClassification"),
    "ner": ("token-classification", "Entity recognition (LOC/ORG/PER/TITLE)", "AutoModelForTokenClassification"),
}


def write_model_folder(model, tokenizer, config: Any, meta: dict[str, Any], log: list[dict[str, Any]], score_key: str) -> Path:
    """Write a trained model's folder: weights (fp16 if ``config.save_fp16``), tokenizer, ``zhpolicy.json``
    (``meta`` plus the best epoch by ``score_key`` on dev), the config used, the log and the card."""
    import copy

    from zhpolicy.models.folder import write_meta

    from .config import dump_config

    out = Path(config.output)
    out.mkdir(parents=True, exist_ok=True)
    (copy.deepcopy(model).half() if config.save_fp16 else model).save_pretrained(out)
    tokenizer.save_pretrained(out)
    best = max(log, key=lambda e: e.get(score_key, -1)) if log else {}
    write_meta(out, {**meta, "base_model": config.init or config.base_model, "best_epoch": best.get("epoch"),
                     score_key: best.get(score_key)})
    dump_config(config, out / "training_config.yaml")
    (out / "training_log.json").write_text(json.dumps(log, indent=2) + "\n", encoding="utf-8")
    write_model_card(out)
    return out


def read_evaluations(folder: str | os.PathLike[str]) -> dict[str, Any]:
    path = Path(folder) / EVALUATIONS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def record_evaluation(folder: str | os.PathLike[str], name: str, summary: dict[str, Any]) -> None:
    """Keep an evaluation's headline figures in the folder and rebuild its card."""
    evaluations = read_evaluations(folder)
    evaluations[name] = summary
    (Path(folder) / EVALUATIONS_FILE).write_text(json.dumps(evaluations, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_model_card(folder)


def _front_matter(meta: dict[str, Any], evaluations: dict[str, Any], name: str) -> str:
    pipeline, task_name, _ = _TASKS[meta["task"]]
    results = []
    for data_name, summary in evaluations.items():
        metrics = [
            {"type": key, "name": key.replace("_", " "), "value": value}
            for key, value in summary.get("metrics", {}).items()
        ]
        results.append({
            "task": {"type": pipeline, "name": task_name},
            "dataset": {"name": data_name, "type": "zhpolicy", "split": summary.get("split", "test")},
            "metrics": metrics,
        })
    front = {
        "language": ["zh"],
        "library_name": "transformers",
        "pipeline_tag": pipeline,
        "tags": ["zhpolicy", "bert", "chinese", "news"],
        "model-index": [{"name": name, "results": results}],
    }
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n"


def _table(rows: list[list[Any]], header: list[str]) -> str:
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def write_model_card(folder: str | os.PathLike[str]) -> Path:
    """(Re)write ``README.md`` of a model folder from the files in it."""
    root = Path(folder)
    meta = read_meta(root)
    _, task_name, auto_class = _TASKS[meta["task"]]
    config_path = root / "training_config.yaml"
    config = yaml.safe_load(config_path.read_text(encoding="utf-8")) if config_path.is_file() else {}
    log_path = root / "training_log.json"
    log = json.loads(log_path.read_text(encoding="utf-8")) if log_path.is_file() else []
    evaluations = read_evaluations(root)
    name = root.resolve().name
    parts = [_front_matter(meta, evaluations, name), f"# {name}\n", f"{task_name} for zhpolicy, fine-tuned from `{meta.get('base_model')}`.\n"]
    parts.append(
        "```python\n"
        f"from transformers import AutoTokenizer, {auto_class}\n"
        f'model = {auto_class}.from_pretrained("{name}")\n'
        f'tokenizer = AutoTokenizer.from_pretrained("{name}")\n'
        "```\n"
    )
    reading = meta.get("reading", {})
    if meta["task"] == "domain":
        pooling = pooling_name(reading.get("pooling", "mean"))
        train_pooling = pooling_name(config.get("train_pooling") or pooling)
        parts.append(
            "## How an article is read\n\n"
            f"Labels (LABELS.md §1): {', '.join(meta.get('labels', []))}. "
            f"The article text is tokenized once and cut into windows of at most {reading.get('max_length')} tokens "
            "at sentence ends (hanlp's splitter); each window is fed as `[CLS] headline [SEP] window [SEP]` "
            f"(headline cut to {reading.get('max_title_tokens')} tokens; no headline: `[CLS] window [SEP]`). "
            f"Pooling: **{POOLINGS[pooling]}**, then softmax: one probability per domain. "
            + ("Training used the same pooling (loss on the pooled logits), so no part of a long article is dropped. "
               if train_pooling == pooling else
               f"Training put the loss on the **{POOLINGS[train_pooling]}** (`train_pooling`), so no part of a long "
               "article is dropped; dev picked the epoch read as above. ")
            + "Use `zhpolicy.models.classifier.DomainClassifier.from_folder` to read articles this way.\n"
        )
        mixed = meta.get("baseline")
        if mixed and reading.get("baseline_weight"):
            parts.append(
                f"**Baseline mixed in** (`baseline.npz`, `zhpolicy.models.baseline`): the softmax above is averaged with "
                f"the probabilities of a {mixed.get('description')} fitted on the classifier's own training articles "
                f"({mixed.get('articles')} from {', '.join(mixed.get('trained_on', []))}"
                + (f"; an article labeled by hand counts {mixed['labeled_weight']} weak-label stories "
                   "(`baseline_labeled_weight`)" if mixed.get("labeled_weight") else "")
                + "), at weight "
                f"{reading['baseline_weight']} (`baseline_weight`). Plain `from_pretrained` loads the BERT alone"
                + (f"; dev macro-F1 read with the mix: {mixed['dev_macro_f1']}" if "dev_macro_f1" in mixed else "")
                + ".\n"
            )
        cues = reading.get("neutral_cues")
        if cues:
            parts.append(
                f"**Cue characters read as nothing** (`neutral_cues`, `zhpolicy.models.cue_words`): before either part "
                f"reads a text or headline, {'、'.join(cues.get('characters', ''))} are deleted from every word of two "
                "characters or more that holds one, unless it is a name jieba tags or one of the "
                f"{len(cues.get('keep', []))} words the hand-labeled training articles tie to the character's domain "
                f"(found in {cues.get('min_count')} or more of that domain's articles, which are at least "
                f"{cues.get('share')} of those holding it): 丽水市 is read as 丽市, 水蜜桃 as 蜜桃, 节水 as written. "
                "Plain `from_pretrained` reads texts as given.\n"
            )
        if reading.get("drop_bylines"):
            parts.append(
                "**Datelines and bylines read as nothing** (`drop_bylines`, `zhpolicy.data.pages.without_bylines`): "
                "a text is read from its first word of news, without the 本报讯（记者 … 通讯员 …）, 新华社…电, reporters' "
                "line or closing bracketed byline around it, before either part reads it (both trained on texts as "
                "given): in the hand-written articles 本报讯 opened mostly `other` stories, a cue real pages do not "
                "bear out. Plain `from_pretrained` reads texts as given.\n"
            )
    if meta["task"] == "ner":
        parts.append(
            "## How a text is read\n\n"
            f"Tags: {', '.join(meta.get('labels', []))} (IOB2 over LABELS.md §2 types). "
            f"The text is tokenized once and cut into windows of at most {reading.get('max_length')} tokens at sentence "
            "ends (hanlp's splitter), each fed as `[CLS] window [SEP]`. Decoding: "
            f"**{reading.get('decoder')}**; token spans map back to character offsets of the text; then {reading.get('cleanup', 'no cleanup')}. "
            "Sources that do not annotate a type (MSRA, People's Daily: no TITLE) were trained with a partial-label "
            "loss on their `O` tokens (O or the unannotated type's tags), so posts were not taught as `O`. "
            "Officials come from `zhpolicy.models.officials.extract_officials`; use "
            "`zhpolicy.models.ner.EntityTagger.from_folder` to read texts this way.\n"
        )
    if reading.get("word_features"):
        parts.append(
            f"**Word features** (`{reading['word_features']}`, `zhpolicy.models.word_features`): every token also gets "
            "one id for jieba's tag class of the word it lies in (place, organization, person, other proper noun, "
            "number, punctuation, other) and its place in that word (B/M/E/S), fed as `token_type_ids` "
            "(0 at `[CLS]`/`[SEP]`); `config.json`'s `type_vocab_size` holds the wider table. Plain "
            "`from_pretrained` loads the weights; reading a text without these ids reads it wrongly.\n"
        )
    if config:
        shown = {k: v for k, v in config.items() if k not in {"weak_labels"}}
        parts.append("## Training\n\n```yaml\n" + yaml.safe_dump(shown, allow_unicode=True, sort_keys=False) + "```\n")
        if config.get("init"):
            parts.append(f"Continued from the model folder `{config['init']}` (`--init`): this config and log are the last stage only.\n")
        if meta.get("provenance"):  # how the earlier stages and the base were made, kept in zhpolicy.json across re-writes
            parts.append(meta["provenance"] + "\n")
        if config.get("weak_labels"):
            counts = config["weak_labels"].get("per_domain")
            if isinstance(counts, dict):
                counts = ", ".join(f"{domain} {n}" for domain, n in counts.items())
            parts.append(
                "Weakly labeled real news mixed in (rules in `training_config.yaml`, see training/weak_labels.py): "
                f"`{config['weak_labels'].get('path')}`, stories per domain at most: {counts}.\n"
            )
            decoys = config["weak_labels"].get("decoy_characters")
            if decoys and config["weak_labels"].get("decoys_per_domain"):
                listed = "; ".join(f"{domain} {''.join(chars)}" for domain, chars in decoys.items())
                parts.append(
                    f"Decoys: up to {config['weak_labels']['decoys_per_domain']} `other` stories per domain whose "
                    f"headline holds one of its characters ({listed}) but none of its keywords.\n"
                )
        if config.get("teachers"):
            parts.append(
                f"Distilled from {len(config['teachers'])} teacher classifier(s) (`teachers` above): their mean probabilities "
                f"were soft targets, weighted {config.get('distill_weight')} against the gold label on labeled articles, "
                f"and the only targets on {config.get('unlabeled', 0)} raw-news stories that no weak-label rule labels.\n"
            )
    if log:
        keys = list(log[0].keys())
        parts.append("### Training log\n\n" + _table([[entry.get(k, "") for k in keys] for entry in log], keys) + "\n")
        if meta.get("best_epoch"):
            parts.append(f"Kept: epoch {meta['best_epoch']} (best on the dev split).\n")
    if evaluations:
        parts.append("## Evaluation\n\nMeasured with `zhpolicy evaluate` on data the model did not train on.\n")
        for data_name, summary in evaluations.items():
            parts.append(f"### {data_name}\n\n`{summary.get('command', '')}`\n")
            parts.append(summary.get("markdown", "") + "\n")
    limits = {
        "domain": "Trained on a few hundred articles written for the project in the style of local government news "
                  "(plus any weakly labeled news named above). The project's target is macro-F1 ≥ 0.95 on the written "
                  "test split and above the TF-IDF baseline; compare with the figures above.",
        "ner": "The project's targets are entity F1 ≥ 0.90 on MSRA test, ≥ 0.88 on People's Daily test, ≥ 0.85 on the "
               "written test split (four types) and officials F1 ≥ 0.85; compare with the figures above.",
    }
    base = meta.get("base_model") or ""
    if "zhbert-mini-news" in base:
        limits[meta["task"]] += " The base (zhbert-mini-news) is small: 4 layers, 256 wide, about two hours of CPU pretraining."
    parts.append(f"## Limits\n\n{limits[meta['task']]}\n")
    card = root / "README.md"
    card.write_text("\n".join(parts), encoding="utf-8")
    return card
