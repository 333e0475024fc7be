"""``zhpolicy train ner``: fine-tune the entity tagger on a mix of corpora.

Each source in the config's ``train`` list is read with its format reader
(:mod:`zhpolicy.data.formats`) and may be repeated (in-genre data is
small) or cut (``limit``). Every text is tokenized once and cut into
windows at sentence ends; each window is one training example.

Missing labels are handled in the loss, not by dropping data: a record
whose source does not annotate a type (``Article.labeled_types``; MSRA and
People's Daily never mark posts) allows, on its ``O`` tokens, either ``O``
or that type's tags. The loss is the negative log of the total probability
of the allowed tags (a partial-label likelihood), so MSRA teaches places,
people and organizations without teaching that every post is ``O``.
"""

from __future__ import annotations

import contextlib
import json
import math
import multiprocessing
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
from tqdm.auto import tqdm
from transformers import (
    AutoModelForTokenClassification,
    AutoTokenizer,
)
from zhpolicy.data.formats import read_articles
from zhpolicy.data.labels import BIO_TAGS, ENTITY_TYPES
from zhpolicy.data.records import Article
from zhpolicy.data.textio import InputError
from zhpolicy.models.classifier import pad_batch
from zhpolicy.models.ner import (
    DEFAULT_READING,
    EntityTagger,
    text_windows,
    token_labels,
)
from zhpolicy.models.windows import encode_text
from zhpolicy.models.word_features import (
    FEATURE_VOCAB_SIZE,
    check_word_features,
    token_features,
    widen_token_types,
)

from .config import seed_everything
from .loop import BestEpoch, Optimization, training_device
from .model_card import write_model_folder


@dataclass
class NerConfig:
    """Every setting of ``train ner``; ``configs/ner.yaml`` shows the defaults."""

    base_model: str = "../shared/models/zhbert-mini-news"
    train: list[dict] = field(default_factory=lambda: [{"path": "splits/train.jsonl", "format": "jsonl", "repeat": 1}])
    dev: list[dict] = field(default_factory=list)
    output: str = "runs/ner"
    seed: int = 13
    epochs: int = 2
    batch_size: int = 32
    learning_rate: float = 3.0e-4
    weight_decay: float = 0.01
    warmup_ratio: float = 0.06
    max_grad_norm: float = 1.0
    max_length: int = 256
    save_fp16: bool = True
    word_features: str | None = None
    init: str | None = None
    device: str = "auto"               # auto: the GPU when torch sees one, else the CPU
    workers: int = 1                   # processes that cut the training texts into windows (jieba features are the slow part)
    max_seconds: float | None = None   # safety budget: no new epoch starts that would end after it


@dataclass(frozen=True)
class Example:
    """One training window: ids with [CLS]/[SEP] and the allowed tags per position."""

    input_ids: list[int]
    allowed: torch.Tensor  # bool [positions, tags]; [CLS]/[SEP] rows all False (ignored)
    type_ids: list[int] | None = None  # word features (0 at [CLS]/[SEP]) when the config asks for them


def read_sources(sources: list[dict]) -> list[Article]:
    """Articles of every ``{path, format, repeat, limit}`` source, repeats included."""
    articles: list[Article] = []
    for source in sources:
        if "path" not in source:
            raise InputError(f"NER data source {source!r} needs a path")
        records = read_articles(source["path"], source.get("format", "jsonl"))
        if source.get("limit"):
            records = records[: int(source["limit"])]
        articles.extend(records * int(source.get("repeat", 1)))
    return articles


def allowed_tags(labels: list[int], labeled_types: tuple[str, ...] | None) -> torch.Tensor:
    """Allowed tag set per token: the gold tag, plus unlabeled types' tags on ``O`` tokens."""
    allowed = torch.zeros((len(labels), len(BIO_TAGS)), dtype=torch.bool)
    allowed[torch.arange(len(labels)), torch.tensor(labels, dtype=torch.long)] = True
    unlabeled = [t for t in ENTITY_TYPES if labeled_types is not None and t not in labeled_types]
    if unlabeled:
        extra = [BIO_TAGS.index(f"{p}-{t}") for t in unlabeled for p in ("B", "I")]
        outside = torch.tensor(labels) == BIO_TAGS.index("O")
        for column in extra:
            allowed[outside, column] = True
    return allowed


def examples_of(article: Article, tokenizer, max_length: int, word_features: bool = False) -> list[Example]:
    """Windows of one labeled article as training examples (cut as :func:`~zhpolicy.models.ner.text_windows` cuts them)."""
    encoded = encode_text(tokenizer, article.text)
    labels = token_labels(encoded.offsets, article.entities)
    allowed = allowed_tags(labels, article.labeled_types)
    features = token_features(article.text, encoded.offsets) if word_features else None
    examples = []
    for item in text_windows(tokenizer, encoded, max_length, features=features):
        window = item.window
        rows = torch.zeros((window.token_end - window.token_start + 2, len(BIO_TAGS)), dtype=torch.bool)
        rows[1:-1] = allowed[window.token_start : window.token_end]
        examples.append(Example(item.input_ids, rows, item.type_ids))
    return examples


def _window_rows(article: Article, tokenizer, max_length: int, word_features: bool) -> list[tuple]:
    """:func:`examples_of` as plain lists and numpy arrays, which cross process boundaries without shared memory."""
    return [(e.input_ids, e.allowed.numpy(), e.type_ids) for e in examples_of(article, tokenizer, max_length, word_features)]


_WORKER_SETTINGS: tuple = ()


def _rows_in_worker(article: Article) -> list[tuple]:
    return _window_rows(article, *_WORKER_SETTINGS)


def training_examples(articles: list[Article], tokenizer, max_length: int, word_features: bool,
                      workers: int = 1, progress: bool = True) -> list[Example]:
    """Every article's windows, in article order, cut in ``workers`` forked processes when asked.

    Why: jieba's word features read about 47,000 characters/s on one core, so the
    four million characters of a full training mix take a minute and a half alone;
    a GPU run waits on that, and 16 cores cut it to seconds. The result is the same
    as one process's (the order is kept).
    """
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = (tokenizer, max_length, word_features)
    parallel = workers > 1 and len(articles) >= 2 * workers
    with multiprocessing.get_context("fork").Pool(workers) if parallel else contextlib.nullcontext() as pool:
        cut = pool.imap(_rows_in_worker, articles, chunksize=64) if parallel else map(_rows_in_worker, articles)
        rows = list(tqdm(cut, total=len(articles), desc="tokenizing", disable=not progress, mininterval=5))
    return [Example(ids, torch.from_numpy(allowed), types) for windows in rows for ids, allowed, types in windows]


def partial_label_loss(logits: torch.Tensor, allowed: torch.Tensor) -> torch.Tensor:
    """Mean over labeled positions of ``-log sum_{allowed} p(tag)``."""
    log_probs = torch.log_softmax(logits.float(), dim=-1)
    counted = allowed.any(dim=-1)
    masked = log_probs.masked_fill(~allowed, float("-inf"))
    per_position = -torch.logsumexp(masked[counted], dim=-1)
    return per_position.mean()


def _batches(examples: list[Example], batch_size: int, rng: random.Random) -> list[list[Example]]:
    """Batches of similar length (little padding), in shuffled order."""
    order = sorted(range(len(examples)), key=lambda i: (len(examples[i].input_ids), rng.random()))
    batches = [[examples[i] for i in order[s : s + batch_size]] for s in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    return batches


def _load_start(config: NerConfig):
    """The model to fine-tune (the base, or the ``--init`` tagger), widened for word features if the config asks."""
    check_word_features(config.word_features, InputError)
    if config.init:
        start = EntityTagger.from_folder(config.init)
        if tuple(start.tags) != BIO_TAGS:
            raise InputError(f"{config.init}: tag map {start.tags} differs from {list(BIO_TAGS)}")
        if start.word_features and not config.word_features:
            raise InputError(f"{config.init} was trained with word features; set word_features: {start.word_features} in the config")
        model, tokenizer = start.model.train(), start.tokenizer
    else:
        base = Path(config.base_model)
        if not base.is_dir():
            raise InputError(f"{base}: base model folder not found (set base_model in the config or give --init)")
        model = AutoModelForTokenClassification.from_pretrained(
            base, num_labels=len(BIO_TAGS), id2label=dict(enumerate(BIO_TAGS)), label2id={t: i for i, t in enumerate(BIO_TAGS)},
            dtype=torch.float32,  # a base saved in fp16 (runs/base-6x384) is trained in fp32
        )
        tokenizer = AutoTokenizer.from_pretrained(base)
    if config.word_features:
        widen_token_types(model, FEATURE_VOCAB_SIZE)
    return model, tokenizer


def _reading(config: NerConfig) -> dict:
    """How the trained folder reads texts (``zhpolicy.json``): window length, decoder, word features."""
    reading = {**DEFAULT_READING, "max_length": config.max_length}
    if config.word_features:
        reading["word_features"] = config.word_features
    return reading


def _dev_f1(tagger: EntityTagger, dev: list[Article]) -> float:
    from .evaluate_ner import score_entities

    predicted = tagger.tag([a.text for a in dev])
    return score_entities(dev, predicted)["overall"]["f1"]


def train_ner(config: NerConfig, progress: bool = True) -> Path:
    """Fine-tune, keep the best dev epoch (the last without dev), write the model folder."""
    seed_everything(config.seed)
    rng = random.Random(config.seed)
    model, tokenizer = _load_start(config)
    articles = read_sources(config.train)
    if not articles:
        raise InputError("no NER training records")
    with_features = bool(config.word_features)
    examples = training_examples(articles, tokenizer, config.max_length, with_features, config.workers, progress)
    model.to(training_device(config.device))
    dev = read_sources(config.dev) if config.dev else []
    print(f"{len(articles)} training records → {len(examples)} windows; {len(dev)} dev records", file=sys.stderr)

    steps_per_epoch = math.ceil(len(examples) / config.batch_size)
    total = steps_per_epoch * config.epochs
    optimization = Optimization(model, config, total)
    log: list[dict] = []
    best = BestEpoch()
    started = time.perf_counter()
    for epoch in range(1, config.epochs + 1):
        elapsed = time.perf_counter() - started
        if log and config.max_seconds and elapsed + elapsed / len(log) > config.max_seconds:
            print(f"time budget: {elapsed:.0f} s of {config.max_seconds:.0f} used, epoch {epoch} would not end within it; "
                  f"stopping after {len(log)} epochs", file=sys.stderr)
            break
        model.train()
        running = 0.0
        bar = tqdm(_batches(examples, config.batch_size, rng), desc=f"epoch {epoch}/{config.epochs}", disable=not progress, mininterval=5)
        for step, batch in enumerate(bar, start=1):
            type_ids = [e.type_ids for e in batch] if with_features else None
            inputs = pad_batch([e.input_ids for e in batch], tokenizer.pad_token_id, model.device, type_ids)
            width = inputs["input_ids"].shape[1]
            allowed = torch.zeros((len(batch), width, len(BIO_TAGS)), dtype=torch.bool)
            for row, example in enumerate(batch):
                allowed[row, : example.allowed.shape[0]] = example.allowed
            loss = partial_label_loss(model(**inputs).logits, allowed.to(model.device))
            running += optimization.step(loss)
            if step % 20 == 0:
                bar.set_postfix(loss=f"{running / step:.4f}")
        entry = {"epoch": epoch, "train_loss": round(running / steps_per_epoch, 5), "seconds": round(time.perf_counter() - started)}
        if dev:
            model.eval()
            entry["dev_f1"] = round(_dev_f1(EntityTagger(model, tokenizer, _reading(config)), dev), 5)
            best.offer(entry["dev_f1"], model)
        log.append(entry)
        print(json.dumps(entry), file=sys.stderr)
    best.restore(model)
    return save_ner(model, tokenizer, config, log)


def save_ner(model, tokenizer, config: NerConfig, log: list[dict]) -> Path:
    """Write the tagger's model folder (see :func:`.model_card.write_model_folder`)."""
    meta = {"task": "ner", "labels": list(BIO_TAGS), "reading": _reading(config)}
    return write_model_folder(model, tokenizer, config, meta, log, "dev_f1")
