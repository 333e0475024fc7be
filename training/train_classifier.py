"""``zhpolicy train classifier``: fine-tune the policy-domain classifier.

A plain PyTorch loop rather than the HF Trainer, because the loss is on
article logits pooled over a variable number of windows per article
(:mod:`zhpolicy.models.classifier`), which the Trainer's one-row-one-example
collation does not express. The best epoch on the dev split is kept; the
test split is never read here.

**Distillation** (``teachers``): classifiers trained with different seeds
disagree by several points on real news; the mean of their probabilities
is steadier than any one of them, but reading an article with several
models multiplies the cost and breaks the one-folder format. So the
teachers' mean probabilities become soft targets for one student: on the
labeled articles mixed with the gold label (``distill_weight``), and on
``unlabeled`` raw-news stories that no weak-label rule reaches (the
teachers' reading is all the student gets there). The student is an
ordinary classifier folder.
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import torch
from sklearn.metrics import f1_score
from tqdm.auto import tqdm
from transformers import (
    AutoModelForSequenceClassification,
    AutoTokenizer,
)
from zhpolicy.data.formats import read_domain_labeled
from zhpolicy.data.labels import DOMAINS
from zhpolicy.data.records import Article
from zhpolicy.data.textio import InputError
from zhpolicy.models.classifier import (
    DEFAULT_READING,
    DomainClassifier,
    WindowIds,
    pooled_logits,
    pooling_name,
    window_inputs,
)
from zhpolicy.models.cue_words import CUE_DOMAINS, cue_words_of_domains
from zhpolicy.models.folder import read_meta, write_meta
from zhpolicy.models.windows import EncodedText, encode_text, sentence_ends
from zhpolicy.models.word_features import (
    FEATURE_VOCAB_SIZE,
    check_word_features,
    widen_token_types,
)

from .baseline import mix_baseline_into_folder
from .config import seed_everything
from .loop import BestEpoch, Optimization, training_device
from .model_card import write_model_card, write_model_folder
from .place_swap import PlacePool, place_mentions, swap_places
from .weak_labels import unlabeled_articles, weak_label_articles


@dataclass
class ClassifierConfig:
    """Every setting of ``train classifier``; ``configs/classifier.yaml`` shows the defaults."""

    base_model: str = "../shared/models/zhbert-mini-news"
    train: list[str] = field(default_factory=lambda: ["splits/train.jsonl"])
    dev: str | None = "splits/dev.jsonl"
    output: str = "runs/classifier"
    seed: int = 13
    epochs: int = 8
    batch_size: int = 8
    learning_rate: float = 2.0e-4
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    max_grad_norm: float = 1.0
    title_dropout: float = 0.3
    weak_title_dropout: float | None = None   # for weakly labeled stories; None: title_dropout
    token_masking: float = 0.0
    keyword_masking: float = 0.0   # share of weak-label keyword occurrences shown as [MASK] per step
    word_features: str | None = None
    pooling: str = "mean"         # how the folder pools window logits into article logits (models.classifier.POOLINGS)
    train_pooling: str | None = None   # the pooling the training loss is put on; None: pooling
    max_length: int = 256
    max_title_tokens: int = 48
    replay_ratio: float = 1.0
    save_fp16: bool = True
    weak_labels: dict | None = None
    init: str | None = None
    replay: bool = False
    replay_files: list[str] = field(default_factory=list)
    teachers: list[str] = field(default_factory=list)   # classifier folders whose mean probabilities are soft targets
    distill_weight: float = 0.5   # share of the soft-target loss on labeled articles (unlabeled ones: all of it)
    unlabeled: int = 0            # raw-news stories no weak rule labels, read by the teachers (needs teachers, weak_labels)
    baseline_weight: float = 0.0  # share of a TF-IDF baseline fitted on the same articles in the folder's reading (docs/classifier.md)
    baseline_labeled_weight: float = 1.0  # in that baseline, an article labeled by hand counts this many weak stories
    neutral_cues: dict | None = None  # {share, min_count}: read cue characters of words that are no domain's as nothing (docs/classifier.md)
    drop_bylines: bool = False    # the folder reads texts without their datelines and bylines (docs/classifier.md: stop 70)
    place_swap: float = 0.0       # share of administrative places swapped for other places per showing (training/place_swap.py)
    device: str = "auto"          # auto: the GPU when torch sees one, else the CPU
    brief_crop: float = 0.0       # share of showings an article is cut to a brief: a run of its sentences (crop_to_brief)


def mask_tokens(encoded: EncodedText, share: float, mask_id: int | None, rng: random.Random) -> EncodedText:
    """A copy of ``encoded`` with about ``share`` of its text tokens replaced by ``[MASK]``.

    A regularizer for small training sets: a small model latches on to single
    characters (水 in 天水 or 水蜜桃 reads as water, 电 in 充电器 as power);
    hiding a few tokens per step makes it read the rest of the article too.
    The base was pretrained with masked tokens, so ``[MASK]`` is familiar.
    """
    if share <= 0 or mask_id is None:
        return encoded
    ids = [mask_id if rng.random() < share else token for token in encoded.input_ids]
    return EncodedText(encoded.text, ids, encoded.offsets)


#: How long a brief cut from an article runs, in characters (:func:`crop_to_brief`): a county paper's short item.
BRIEF_CHARACTERS = (40, 240)
#: How few sentences an article needs to be cut to a brief; a shorter one is a brief already.
BRIEF_MIN_SENTENCES = 3


def crop_to_brief(encoded: EncodedText, share: float, rng: random.Random) -> EncodedText:
    """With probability ``share``, the article cut to a brief: a run of its whole sentences, 40 to 240 characters.

    Pages carry many short items (a meeting, a visit, a figure) that the
    written articles and the news stories, mostly long, rarely show; on a
    short text a small model reads single characters (丽水 as water, a post's
    党委书记 as party building) with nothing around to outweigh them. The run
    starts at the lede half the time (the sentence that says what the story
    is about) and at a sentence drawn at random otherwise, and keeps whole
    sentences (hanlp's splitter, as the windows do) until it reaches a length
    drawn from :data:`BRIEF_CHARACTERS`. The label stays the article's.
    Tried on a GPU in stop 64 and left at 0 in the configs: a brief cut from
    the middle of an article is often a sentence any story could hold, and
    labeled with the article's domain it made short neutral texts less
    ``other`` (docs/classifier.md, "Briefs").
    """
    if share <= 0 or rng.random() >= share:
        return encoded
    ends = sentence_ends(encoded.text)
    if len(ends) < BRIEF_MIN_SENTENCES:
        return encoded
    starts = [0] + ends[:-1]
    first = 0 if rng.random() < 0.5 else rng.randrange(len(starts))
    target = rng.randint(*BRIEF_CHARACTERS)
    last = first
    while last + 1 < len(ends) and ends[last] - starts[first] < target:
        last += 1
    start, end = starts[first], ends[last]
    kept = [(token, (a - start, b - start)) for token, (a, b) in zip(encoded.input_ids, encoded.offsets)
            if start <= a and b <= end]
    if not kept:
        return encoded
    return EncodedText(encoded.text[start:end], [token for token, _ in kept], [offset for _, offset in kept])


def keyword_pattern(config: ClassifierConfig) -> re.Pattern[str] | None:
    """What ``keyword_masking`` hides: the weak labels' headline keywords of every domain, as one pattern.

    Longest first, so that one occurrence is matched once (水资源 before 水).
    ``None`` when nothing is masked.
    """
    if config.keyword_masking <= 0:
        return None
    keywords = (config.weak_labels or {}).get("title_keywords") or {}
    words = sorted({w for domain_words in keywords.values() for w in domain_words}, key=lambda w: (-len(w), w))
    if not words:
        raise InputError("keyword_masking needs weak_labels.title_keywords: the words it hides")
    return re.compile("|".join(re.escape(w) for w in words))


def keyword_occurrences(text: str, keywords: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Character spans of the keywords in ``text``, left to right, never overlapping."""
    return [m.span() for m in keywords.finditer(text)] if keywords else []


def mask_keywords(encoded: EncodedText, title: str, occurrences: list[tuple[int, int]], keywords: re.Pattern[str] | None,
                  share: float, mask_id: int | None, rng: random.Random) -> tuple[EncodedText, str]:
    """``encoded`` and ``title`` with each keyword occurrence hidden with probability ``share``.

    Why: the weak labels were read off these words (a headline with 供水 is
    water), and the written articles use them too, so a small model learns
    the words rather than the story and reads 水 in 水蜜桃 or 天水 as water.
    Hiding a whole occurrence (every token of it, body and headline) makes
    the rest of the article carry the label in those steps. The text and
    offsets stay, so windows are cut where they would be.
    """
    if share <= 0 or mask_id is None:
        return encoded, title
    hidden = [span for span in occurrences if rng.random() < share]
    ids = list(encoded.input_ids)
    if hidden:
        for index, (start, end) in enumerate(encoded.offsets):
            if end > start and any(s < end and start < e for s, e in hidden):
                ids[index] = mask_id
    return EncodedText(encoded.text, ids, encoded.offsets), _hide_in_title(title, keywords, share, rng)


def _hide_in_title(title: str, keywords: re.Pattern[str] | None, share: float, rng: random.Random) -> str:
    """``title`` with each keyword occurrence written as ``[MASK]`` per character with probability ``share``."""
    pieces, at = [], 0
    for start, end in keyword_occurrences(title, keywords):
        pieces.append(title[at:start])
        pieces.append("[MASK]" * (end - start) if rng.random() < share else title[start:end])
        at = end
    return "".join(pieces) + title[at:]


class PlaceSwapper:
    """The training articles' administrative places, swapped per showing (:mod:`.place_swap`)."""

    def __init__(self, articles: list[Article], share: float, progress: bool) -> None:
        self.articles, self.share = articles, share
        self.text_places = [place_mentions(a.text) for a in tqdm(articles, desc="finding places", disable=not progress)]
        self.title_places = [place_mentions(a.title) if a.title else [] for a in articles]
        self.pool = PlacePool.from_texts(
            [(a.text, m) for a, m in zip(articles, self.text_places)] + [(a.title, m) for a, m in zip(articles, self.title_places)]
        )

    @classmethod
    def for_articles(cls, articles: list[Article], share: float, progress: bool) -> "PlaceSwapper | None":
        """``None`` when nothing is swapped (``share`` 0), so the loop keeps its pre-tokenized texts."""
        if not 0 <= share <= 1:
            raise InputError(f"place_swap {share}: a share between 0 and 1")
        return cls(articles, share, progress) if share > 0 else None

    def showing(self, index: int, tokenizer, keywords: re.Pattern[str] | None,
                rng: random.Random) -> tuple[EncodedText, str, list[tuple[int, int]]]:
        """Article ``index`` as shown this time: its text re-tokenized with places swapped, its headline, keyword spans."""
        article = self.articles[index]
        text = swap_places(article.text, self.text_places[index], self.pool, self.share, rng)
        title = swap_places(article.title, self.title_places[index], self.pool, self.share, rng) if article.title else article.title
        return encode_text(tokenizer, text), title, keyword_occurrences(text, keywords)


def headline_dropout(config: ClassifierConfig, article: Article) -> float:
    """Share of steps ``article`` is shown without its headline.

    A weak label was read off the story's headline (its keywords) or its
    missing keywords (``other``); shown that headline, the model can learn the
    labelling rule instead of the story (水 anywhere in a headline → water,
    so 开出天水 reads as water). ``weak_title_dropout`` hides it more often.
    """
    if article.meta.get("weak_label") and config.weak_title_dropout is not None:
        return config.weak_title_dropout
    return config.title_dropout


def _read_labeled(paths: list[str]) -> list[Article]:
    return read_domain_labeled(paths, "the classifier trains on labeled articles only")


def _replayed(config: ClassifierConfig, rng: random.Random) -> tuple[list[Article], list[str]]:
    """Earlier training articles of the ``--init`` model, for ``--replay``.

    The init folder's ``training_config.yaml`` names the files it was trained
    on (and the files it replayed itself); a share ``replay_ratio`` of them is
    mixed into the new data, so new labels are learned without forgetting
    the old ones.
    """
    if not config.init:
        raise InputError("--replay mixes in the training data of the --init model; give --init")
    import yaml

    used = Path(config.init) / "training_config.yaml"
    if not used.is_file():
        raise InputError(f"{config.init}: no training_config.yaml, so its earlier training data is unknown")
    earlier = yaml.safe_load(used.read_text(encoding="utf-8"))
    files = list(earlier.get("train") or []) + list(earlier.get("replay_files") or [])
    missing = [name for name in files if not Path(name).is_file()]
    if missing:
        raise InputError(f"--replay: earlier training file(s) not found from here: {', '.join(missing)}")
    articles = _read_labeled(files)
    keep = min(len(articles), math.ceil(config.replay_ratio * len(articles)))
    return rng.sample(articles, keep), files


def _load_start(config: ClassifierConfig):
    """Model, tokenizer and reading settings: from ``--init`` or from the base."""
    check_word_features(config.word_features, InputError)
    try:
        pooling = pooling_name(config.pooling)
        pooling_name(config.train_pooling or pooling)
    except ValueError as error:
        raise InputError(str(error)) from None
    if config.init:
        start = DomainClassifier.from_folder(config.init)
        if tuple(start.labels) != DOMAINS:
            raise InputError(f"{config.init}: label map {start.labels} differs from LABELS.md {list(DOMAINS)}")
        if start.word_features != config.word_features:
            raise InputError(f"{config.init} reads word features {start.word_features!r}; the config says {config.word_features!r}")
        return start.model.train(), start.tokenizer, {**start.reading, "pooling": pooling,
                                                      "drop_bylines": config.drop_bylines}
    base = Path(config.base_model)
    if not base.is_dir():
        raise InputError(f"{base}: base model folder not found (set base_model in the config or give --init)")
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSequenceClassification.from_pretrained(
        base,
        num_labels=len(DOMAINS),
        id2label=dict(enumerate(DOMAINS)),
        label2id={label: index for index, label in enumerate(DOMAINS)},
        dtype=torch.float32,  # a base saved in fp16 is trained in fp32
    )
    reading = {**DEFAULT_READING, "max_length": config.max_length, "max_title_tokens": config.max_title_tokens,
               "pooling": pooling, "drop_bylines": config.drop_bylines}
    if config.word_features:
        widen_token_types(model, FEATURE_VOCAB_SIZE)
        reading["word_features"] = config.word_features
    positions = getattr(model.config, "max_position_embeddings", config.max_length)
    if config.max_length > positions:
        raise InputError(f"max_length {config.max_length} exceeds the base's {positions} positions")
    return model, tokenizer, reading


def teacher_probabilities(folders: list[str], items: list[tuple[EncodedText, str]], tokenizer,
                          progress: bool = True) -> torch.Tensor:
    """Mean domain probabilities of the teacher classifiers over ``items`` (articles × domains).

    Each teacher reads the article whole, headline included, the way
    ``predict`` does; its tokenizer must be the student's (the encodings are shared).
    """
    total = torch.zeros((len(items), len(DOMAINS)))
    for folder in tqdm(folders, desc="teachers", disable=not progress):
        if not Path(folder).is_dir():
            raise InputError(f"teacher {folder}: no such classifier folder")
        teacher = DomainClassifier.from_folder(folder)
        if tuple(teacher.labels) != DOMAINS:
            raise InputError(f"teacher {folder}: label map {teacher.labels} differs from LABELS.md {list(DOMAINS)}")
        if teacher.tokenizer.get_vocab() != tokenizer.get_vocab():
            raise InputError(f"teacher {folder}: its vocabulary differs from the student's (train both from one base)")
        for first in range(0, len(items), 64):
            chunk = items[first : first + 64]
            if teacher.edits_texts:  # a teacher reading edited texts encodes its own
                chunk = teacher.encode([encoded.text for encoded, _ in chunk], [title for _, title in chunk])
            for row, prediction in enumerate(teacher.predict_encoded(chunk), start=first):
                total[row] += torch.tensor([prediction.scores[label] for label in DOMAINS])
    return total / len(folders)


def distillation_loss(logits: torch.Tensor, labels: torch.Tensor, targets: torch.Tensor | None, weight: float) -> torch.Tensor:
    """Mean over articles of ``(1 - w)·CE(label) + w·CE(teacher probabilities)``.

    ``labels`` is -1 for an unlabeled article, whose loss is the soft part
    alone; without ``targets`` (no teachers) it is the plain cross-entropy.
    """
    log_probs = torch.log_softmax(logits, dim=-1)
    labeled = labels >= 0
    hard = torch.zeros_like(labels, dtype=log_probs.dtype)
    hard[labeled] = -log_probs[labeled].gather(1, labels[labeled].unsqueeze(1)).squeeze(1)
    if targets is None:
        return hard[labeled].mean()
    soft = -(targets * log_probs).sum(dim=-1)
    share = torch.where(labeled, torch.full_like(soft, weight), torch.ones_like(soft))
    return ((1 - share) * hard + share * soft).mean()


def _check_distillation(config: ClassifierConfig) -> None:
    if not 0.0 <= config.distill_weight <= 1.0:
        raise InputError(f"distill_weight {config.distill_weight}: give a share between 0 and 1")
    if config.unlabeled and not config.teachers:
        raise InputError("unlabeled stories get their targets from teachers; give teachers")
    if config.unlabeled and not config.weak_labels:
        raise InputError("unlabeled stories are drawn from weak_labels.path; give weak_labels")


def _dev_macro_f1(classifier: DomainClassifier, dev: list[tuple[EncodedText, str, int]]) -> float:
    items = ([(encoded, title) for encoded, title, _ in dev] if not classifier.edits_texts  # a folder reading edited texts
             else classifier.encode([encoded.text for encoded, _, _ in dev], [title for _, title, _ in dev]))
    predictions = classifier.predict_encoded(items)
    return float(f1_score([DOMAINS[label] for _, _, label in dev], [p.domain for p in predictions], average="macro"))


def train_classifier(config: ClassifierConfig, progress: bool = True) -> Path:
    """Fine-tune, keep the best dev epoch, write the model folder; return its path."""
    seed_everything(config.seed)
    _check_distillation(config)
    if not 0 <= config.brief_crop <= 1:
        raise InputError(f"brief_crop {config.brief_crop}: a share between 0 and 1")
    rng = random.Random(config.seed)
    articles = _read_labeled(config.train)
    if config.replay:
        replayed, config.replay_files = _replayed(config, rng)
        articles += replayed
    if config.weak_labels:
        weak = weak_label_articles(config.weak_labels)
        print(f"weak labels: {len(weak)} articles from {config.weak_labels.get('path')}", file=sys.stderr)
        articles += weak
    if config.unlabeled:
        unlabeled = unlabeled_articles(config.weak_labels, config.unlabeled, config.seed)
        print(f"unlabeled for the teachers: {len(unlabeled)} stories", file=sys.stderr)
        articles += unlabeled
    if not articles:
        raise InputError("no training articles")
    dev_articles = _read_labeled([config.dev]) if config.dev else []

    model, tokenizer, reading = _load_start(config)
    model.to(training_device(config.device))
    train_pooling = config.train_pooling or reading["pooling"]
    device = model.device
    encode = lambda a: (encode_text(tokenizer, a.text), a.title, DOMAINS.index(a.domain) if a.domain else -1)  # noqa: E731
    train = [encode(a) for a in tqdm(articles, desc="tokenizing", disable=not progress)]
    dev = [encode(a) for a in dev_articles]
    targets = teacher_probabilities(config.teachers, [(e, t) for e, t, _ in train], tokenizer, progress) if config.teachers else None
    title_dropouts = [headline_dropout(config, a) for a in articles]
    keywords = keyword_pattern(config)
    occurrences = [keyword_occurrences(a.text, keywords) for a in articles]
    places = PlaceSwapper.for_articles(articles, config.place_swap, progress)

    steps_per_epoch = math.ceil(len(train) / config.batch_size)
    total = steps_per_epoch * config.epochs
    optimization = Optimization(model, config, total)

    log: list[dict] = []
    best = BestEpoch()
    for epoch in range(1, config.epochs + 1):
        model.train()
        order = list(range(len(train)))
        rng.shuffle(order)
        running = 0.0
        bar = tqdm(range(steps_per_epoch), desc=f"epoch {epoch}/{config.epochs}", disable=not progress)
        for step in bar:
            indices = order[step * config.batch_size : (step + 1) * config.batch_size]
            windows: list[WindowIds] = []
            owners: list[int] = []
            for row, index in enumerate(indices):
                encoded, title, _ = train[index]
                if places:
                    encoded, title, occurrences[index] = places.showing(index, tokenizer, keywords, rng)
                shown = "" if rng.random() < title_dropouts[index] else title
                encoded = mask_tokens(encoded, config.token_masking, tokenizer.mask_token_id, rng)
                encoded, shown = mask_keywords(encoded, shown, occurrences[index], keywords,
                                               config.keyword_masking, tokenizer.mask_token_id, rng)
                encoded = crop_to_brief(encoded, config.brief_crop, rng)
                for window in window_inputs(tokenizer, encoded, shown, reading["max_length"], reading["max_title_tokens"],
                                            word_features=bool(config.word_features)):
                    windows.append(window)
                    owners.append(row)
            logits = pooled_logits(model, windows, owners, len(indices), tokenizer.pad_token_id, train_pooling)
            labels = torch.tensor([train[i][2] for i in indices], device=device)
            batch_targets = None if targets is None else targets[indices].to(device)
            loss = distillation_loss(logits, labels, batch_targets, config.distill_weight)
            running += optimization.step(loss)
            bar.set_postfix(loss=f"{running / (step + 1):.4f}")
        entry = {"epoch": epoch, "train_loss": round(running / steps_per_epoch, 5)}
        if dev:
            entry["dev_macro_f1"] = round(_dev_macro_f1(DomainClassifier(model, tokenizer, reading), dev), 5)
            best.offer(entry["dev_macro_f1"], model)
        log.append(entry)
        print(json.dumps(entry), file=sys.stderr)
    best.restore(model)
    out = save_classifier(model, tokenizer, reading, config, log)
    add_neutral_cues(out, config, articles)
    if config.baseline_weight:
        add_baseline(out, config, articles, dev)  # the labeled ones: mix_baseline_into_folder leaves the unlabeled out
    return out


def training_sources(config: ClassifierConfig) -> list[str]:
    """The files a classifier trained on, as a folder records them: its labeled files, replayed files and weak-label corpus."""
    weak = [f"{config.weak_labels.get('path')} (weak labels)"] if config.weak_labels else []
    return [*config.train, *config.replay_files, *weak]


def add_baseline(folder: str | Path, config: ClassifierConfig, articles: list[Article],
                 dev: list[tuple[EncodedText, str, int]]) -> dict:
    """Mix a TF-IDF baseline fitted on ``articles`` into the folder's reading at ``config.baseline_weight``, record its
    dev macro-F1 read so, and rebuild the card. Why: the BERT alone is sure where one cue outweighs the story, and
    the bag of n-grams decides where it is not (:mod:`zhpolicy.models.baseline`)."""
    record = mix_baseline_into_folder(folder, articles, config.baseline_weight, training_sources(config), config.seed,
                                      config.baseline_labeled_weight)
    if dev:
        record["dev_macro_f1"] = round(_dev_macro_f1(DomainClassifier.from_folder(folder), dev), 5)
        meta = read_meta(folder)
        meta["baseline"] = record
        write_meta(folder, meta)
    write_model_card(folder)
    print(f"baseline mixed in at {config.baseline_weight}: {json.dumps(record, ensure_ascii=False)}", file=sys.stderr)
    return record


def add_neutral_cues(folder: str | Path, config: ClassifierConfig, articles: list[Article]) -> dict | None:
    """Write into the folder's reading the domain words that keep their cue characters when the folder reads a text
    (:mod:`zhpolicy.models.cue_words`), found in the hand-labeled ``articles`` as ``config.neutral_cues`` says
    (``share``, ``min_count``); ``None`` and the folder unchanged where the config sets none."""
    if not config.neutral_cues:
        return None
    unknown = set(config.neutral_cues) - {"share", "min_count"}
    if unknown:
        raise InputError(f"neutral_cues: unknown settings {sorted(unknown)}; give share and min_count")
    share, min_count = float(config.neutral_cues.get("share", 0.5)), int(config.neutral_cues.get("min_count", 2))
    labeled = [a for a in articles if a.domain and not a.meta.get("weak_label")]
    if not labeled:
        raise InputError("neutral_cues reads the hand-labeled training articles, and none was given")
    keep = cue_words_of_domains(labeled, share, min_count)
    meta = read_meta(folder)
    cues = {"characters": "".join(CUE_DOMAINS), "share": share, "min_count": min_count, "keep": keep}
    meta["reading"] = {**meta.get("reading", {}), "neutral_cues": cues}
    write_meta(folder, meta)
    write_model_card(folder)
    print(f"neutral cues: {len(keep)} domain words keep 水, 电, 老 (from {len(labeled)} hand-labeled articles)", file=sys.stderr)
    return cues


def set_byline_reading(folder: str | Path, config: ClassifierConfig) -> None:
    """Write the config's ``drop_bylines`` into the folder's reading: a reading setting, as ``neutral_cues`` is (the
    BERT and the baseline train on texts as given; the weak-label news they mostly learn from has no bylines), so
    ``train baseline`` gives it to a folder trained before it."""
    meta = read_meta(folder)
    meta["reading"] = {**meta.get("reading", {}), "drop_bylines": bool(config.drop_bylines)}
    write_meta(folder, meta)


def add_baseline_from_config(folder: str | Path, config: ClassifierConfig) -> dict:
    """``zhpolicy train baseline``: fit the baseline into an existing classifier folder on the config's training
    articles (``train`` and ``weak_labels``, as ``train classifier`` reads them), judged on its ``dev``."""
    if not config.baseline_weight:
        raise InputError("baseline_weight is 0: give --weight or set baseline_weight in the config")
    articles = _read_labeled(config.train)
    add_neutral_cues(folder, config, articles)
    set_byline_reading(folder, config)
    if config.weak_labels:
        articles += weak_label_articles(config.weak_labels)
    classifier = DomainClassifier.from_folder(folder)
    dev = [(encode_text(classifier.tokenizer, a.text), a.title, DOMAINS.index(a.domain))
           for a in (_read_labeled([config.dev]) if config.dev else [])]
    return add_baseline(folder, config, articles, dev)


def save_classifier(model, tokenizer, reading: dict, config: ClassifierConfig, log: list[dict]) -> Path:
    """Write the classifier's model folder (see :func:`.model_card.write_model_folder`)."""
    meta = {"task": "domain", "labels": list(DOMAINS), "reading": reading}
    return write_model_folder(model, tokenizer, config, meta, log, "dev_macro_f1")
