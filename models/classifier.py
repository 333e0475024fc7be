"""The policy-domain classifier: a BERT sequence classifier read in windows.

The base models take at most 256 tokens; articles run longer. An article is
tokenized once (:func:`~zhpolicy.models.windows.encode_text`), cut into
windows at sentence ends, and each window is fed as
``[CLS] headline [SEP] window [SEP]`` so every window knows what the
article is about. The article's logits pool its windows' logits
(:data:`POOLINGS`: their mean, or their log-sum-exp, a smooth maximum); the
softmax of the pooled logits gives one probability per domain. Training
puts the loss on pooled logits too, so the model learns to be read whole
(by default with the same pooling; a config's ``train_pooling`` may put
the loss on the mean of a folder read with log-sum-exp). Nothing is truncated except an overlong
headline (cut to ``max_title_tokens``; it is repeated in every window).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from transformers import (
    AutoModelForSequenceClassification,
    PreTrainedModel,
)
from zhpolicy.data.labels import DOMAINS
from zhpolicy.data.pages import without_bylines

from .baseline import CharNgramScorer, baseline_input
from .cue_words import neutralize_cues
from .folder import ModelFolderError, load_model_folder, reading_precision
from .windows import EncodedText, encode_text, token_windows
from .word_features import check_word_features, token_features

#: How texts are read; saved in ``zhpolicy.json`` so a folder is read as it was trained.
DEFAULT_READING = {"max_length": 256, "max_title_tokens": 48, "pooling": "mean", "baseline_weight": 0.0}

#: How an article's window logits become its logits, by the name configs and ``zhpolicy.json`` use.
POOLINGS = {
    "mean": "mean of window logits",
    "logsumexp": "log-sum-exp of window logits less log(windows): a smooth maximum, equal to the mean when windows agree",
}
#: Names earlier folders wrote.
_POOLING_ALIASES = {"mean of window logits": "mean"}


@dataclass(frozen=True)
class DomainPrediction:
    """One article's domain and the probability of every domain."""

    domain: str
    scores: dict[str, float]


#: One window as the model takes it: input ids, and word-feature type ids when the folder uses them.
WindowIds = tuple[list[int], list[int] | None]


def window_inputs(tokenizer, encoded: EncodedText, title: str, max_length: int, max_title_tokens: int,
                  word_features: bool = False) -> list[WindowIds]:
    """Every window of one article as ``(input ids, type ids)``, special tokens included.

    With a headline: ``[CLS] headline [SEP] window [SEP]``; without:
    ``[CLS] window [SEP]``. An article with no text is read from its
    headline alone; one with neither is an error (nothing to classify).
    With ``word_features`` the type ids are the word features of
    :mod:`.word_features` (0 at [CLS]/[SEP]), else ``None``.
    """
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    title_ids: list[int] = []
    title_types: list[int] = []
    if title.strip():
        title_encoded = encode_text(tokenizer, title.strip())
        title_ids = title_encoded.input_ids[:max_title_tokens]
        if word_features:
            title_types = token_features(title_encoded.text, title_encoded.offsets)[:max_title_tokens]
    prefix = [cls] + (title_ids + [sep] if title_ids else [])
    prefix_types = [0] + (title_types + [0] if title_ids else [])
    if not encoded.input_ids:
        if not title_ids:
            raise ValueError("article has neither text nor headline to classify")
        return [(prefix, prefix_types if word_features else None)]
    windows = token_windows(encoded.offsets, encoded.text, max_length, special_tokens=len(prefix) + 1)
    types = token_features(encoded.text, encoded.offsets) if word_features else None
    return [
        (prefix + encoded.input_ids[w.token_start : w.token_end] + [sep],
         None if types is None else prefix_types + types[w.token_start : w.token_end] + [0])
        for w in windows
    ]


def pad_batch(sequences: Sequence[list[int]], pad_id: int, device: torch.device | str,
              type_ids: Sequence[list[int]] | None = None) -> dict[str, torch.Tensor]:
    """Right-pad to the longest sequence of this batch (not to the model's maximum).

    ``type_ids`` (one list per sequence, e.g. word features) are padded with 0.
    """
    width = max(len(s) for s in sequences)
    ids = torch.full((len(sequences), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(sequences), width), dtype=torch.long)
    for row, sequence in enumerate(sequences):
        ids[row, : len(sequence)] = torch.tensor(sequence, dtype=torch.long)
        mask[row, : len(sequence)] = 1
    batch = {"input_ids": ids.to(device), "attention_mask": mask.to(device)}
    if type_ids is not None:
        types = torch.zeros((len(sequences), width), dtype=torch.long)
        for row, sequence in enumerate(type_ids):
            types[row, : len(sequence)] = torch.tensor(sequence, dtype=torch.long)
        batch["token_type_ids"] = types.to(device)
    return batch


def pooling_name(name: str) -> str:
    """The canonical name of a pooling (:data:`POOLINGS`); anything else is an error."""
    name = _POOLING_ALIASES.get(name, name)
    if name not in POOLINGS:
        raise ValueError(f"pooling {name!r}: use one of {', '.join(POOLINGS)}")
    return name


def mean_by_owner(logits: torch.Tensor, owners: torch.Tensor, count: int) -> torch.Tensor:
    """Mean of window rows per article: ``owners[i]`` is the article of row ``i``."""
    sums = torch.zeros((count, logits.shape[-1]), dtype=logits.dtype, device=logits.device)
    sums.index_add_(0, owners, logits)
    sizes = torch.bincount(owners, minlength=count).clamp(min=1).to(logits.dtype).unsqueeze(1)
    return sums / sizes


def logsumexp_by_owner(logits: torch.Tensor, owners: torch.Tensor, count: int) -> torch.Tensor:
    """Per article and domain, log of the mean of ``exp(window logit)``: a smooth maximum over its windows.

    A domain one window reads strongly (the paragraph on the elderly
    canteen of a community-services story) counts for more than under the
    mean, where the windows that read nothing in particular outvote it;
    unlike a hard maximum, every window still moves it. Subtracting
    log(windows) makes a one-window article, or windows that agree, read
    exactly as under the mean.
    """
    index = owners.unsqueeze(1).expand_as(logits)
    peak = torch.full((count, logits.shape[-1]), float("-inf"), dtype=logits.dtype, device=logits.device)
    peak = peak.scatter_reduce(0, index, logits.detach(), reduce="amax")
    peak = torch.where(torch.isfinite(peak), peak, torch.zeros_like(peak))
    sums = torch.zeros_like(peak).index_add(0, owners, torch.exp(logits - peak[owners]))
    sizes = torch.bincount(owners, minlength=count).clamp(min=1).to(logits.dtype).unsqueeze(1)
    return torch.log((sums / sizes).clamp(min=torch.finfo(logits.dtype).tiny)) + peak


def pool_by_owner(logits: torch.Tensor, owners: torch.Tensor, count: int, pooling: str = "mean") -> torch.Tensor:
    """Article logits from window logits with the named pooling (:data:`POOLINGS`)."""
    pool = logsumexp_by_owner if pooling_name(pooling) == "logsumexp" else mean_by_owner
    return pool(logits, owners, count)


def window_batch(windows: Sequence[WindowIds], pad_id: int, device: torch.device | str) -> dict[str, torch.Tensor]:
    """Model inputs for a batch of windows (type ids only when the windows carry word features)."""
    with_types = windows[0][1] is not None
    return pad_batch([ids for ids, _ in windows], pad_id, device, [types for _, types in windows] if with_types else None)


def pooled_logits(model: PreTrainedModel, windows: Sequence[WindowIds], owners: Sequence[int], count: int, pad_id: int,
                  pooling: str = "mean") -> torch.Tensor:
    """Article logits (windows pooled) for one batch, with gradients if enabled."""
    batch = window_batch(windows, pad_id, model.device)
    logits = model(**batch).logits.float()
    return pool_by_owner(logits, torch.tensor(list(owners), device=logits.device), count, pooling)


class DomainClassifier:
    """A loaded classifier folder, ready to classify articles."""

    def __init__(self, model: PreTrainedModel, tokenizer, reading: dict | None = None,
                 baseline: CharNgramScorer | None = None, bf16: bool = False) -> None:
        self.model = model.eval()
        self.baseline = baseline
        self.tokenizer = tokenizer
        self.reading = {**DEFAULT_READING, **(reading or {})}
        labels = [model.config.id2label[i] for i in range(model.config.num_labels)]
        unknown = [label for label in labels if label not in DOMAINS]
        if unknown:
            raise ModelFolderError(f"classifier labels {unknown} are not domains of LABELS.md")
        self.labels = labels
        self.word_features = check_word_features(self.reading.get("word_features"))
        try:
            self.pooling = pooling_name(self.reading["pooling"])
        except ValueError as error:
            raise ModelFolderError(f"zhpolicy.json: {error}") from None
        self.baseline_weight = float(self.reading["baseline_weight"])
        if not 0.0 <= self.baseline_weight <= 1.0:
            raise ModelFolderError(f"zhpolicy.json: baseline_weight {self.baseline_weight} is not between 0 and 1")
        if self.baseline_weight and baseline is None:
            raise ModelFolderError("zhpolicy.json mixes in a baseline (baseline_weight > 0), but none was given")
        self.bf16 = bf16  # read under bfloat16 autocast (folder.reading_precision)
        cues = self.reading.get("neutral_cues")
        #: the domain words kept when cue characters are read as nothing (:mod:`.cue_words`); None: texts read as given
        self.cue_words = frozenset(cues["keep"]) if cues else None
        #: whether datelines and bylines are read as nothing (:func:`zhpolicy.data.pages.without_bylines`)
        self.drop_bylines = bool(self.reading.get("drop_bylines"))

    @property
    def edits_texts(self) -> bool:
        """Whether the folder reads an edited text (:meth:`readable`), so a text tokenized for another model will not do."""
        return self.cue_words is not None or self.drop_bylines

    def readable(self, text: str) -> str:
        """``text`` as the folder reads it: without its dateline and bylines (``drop_bylines``: 本报讯（记者 王明）…)
        and with the cue characters of words that are no domain's deleted (``neutral_cues``: 丽水市 → 丽市, 水蜜桃 →
        蜜桃) where the folder says so, else as given."""
        return self.readable_title(without_bylines(text) if self.drop_bylines else text)

    def readable_title(self, title: str) -> str:
        """A headline as the folder reads it: as :meth:`readable`, but a headline has no byline to drop."""
        return title if self.cue_words is None else neutralize_cues(title, self.cue_words)

    @classmethod
    def from_folder(cls, folder: str | os.PathLike[str], device: str = "cpu", bf16: bool = False) -> "DomainClassifier":
        """Load a folder written by ``zhpolicy train classifier``."""
        model, tokenizer, meta = load_model_folder(folder, "domain", AutoModelForSequenceClassification, device)
        reading = meta.get("reading") or {}
        baseline = CharNgramScorer.load(folder) if reading.get("baseline_weight") else None
        return cls(model, tokenizer, reading, baseline, bf16)

    def windows(self, encoded: EncodedText, title: str) -> list[WindowIds]:
        return window_inputs(
            self.tokenizer, encoded, title, self.reading["max_length"], self.reading["max_title_tokens"],
            word_features=bool(self.word_features),
        )

    @torch.inference_mode()
    def article_logits(self, windows_per_article: Sequence[list[WindowIds]], batch_size: int = 32) -> torch.Tensor:
        """Pooled logits of several articles; windows are batched by length across articles."""
        flat = [(len(w[0]), article, w) for article, ws in enumerate(windows_per_article) for w in ws]
        flat.sort(key=lambda item: item[0])
        rows: list[torch.Tensor] = []
        owners: list[int] = []
        for first in range(0, len(flat), batch_size):
            chunk = flat[first : first + batch_size]
            batch = window_batch([w for _, _, w in chunk], self.tokenizer.pad_token_id, self.model.device)
            with reading_precision(self.model, self.bf16):
                rows.append(self.model(**batch).logits.float())
            owners.extend(article for _, article, _ in chunk)
        logits = torch.cat(rows) if rows else torch.zeros((0, len(self.labels)))
        return pool_by_owner(logits, torch.tensor(owners, device=logits.device), len(windows_per_article), self.pooling)

    def probability_rows(self, items: Sequence[tuple[EncodedText, str]],
                         batch_size: int = 32) -> tuple[torch.Tensor, torch.Tensor | None]:
        """The BERT's probabilities of articles given as ``(encoded text, headline)`` pairs (the softmax of the pooled
        logits), and where the folder carries a baseline, those averaged with the baseline's at ``baseline_weight``
        (else ``None``); one row per article, one column per label."""
        logits = self.article_logits([self.windows(encoded, title) for encoded, title in items], batch_size)
        probabilities = torch.softmax(logits, dim=-1).cpu().double()
        if self.baseline is None or not self.baseline_weight or not items:
            return probabilities, None
        bag = self.baseline.probabilities([baseline_input(title, encoded.text) for encoded, title in items], self.labels)
        return probabilities, (1 - self.baseline_weight) * probabilities + self.baseline_weight * torch.from_numpy(bag)

    def predictions(self, rows: torch.Tensor) -> list[DomainPrediction]:
        """One prediction per row of :meth:`probability_rows`: the likeliest label and every label's probability."""
        predictions = []
        for row in rows:
            scores = {label: round(float(p), 6) for label, p in zip(self.labels, row)}
            predictions.append(DomainPrediction(self.labels[int(row.argmax())], scores))
        return predictions

    def encode(self, texts: Sequence[str], titles: Sequence[str] | None = None) -> list[tuple[EncodedText, str]]:
        """Articles as :meth:`probability_rows` takes them: each text read as the folder says (:meth:`readable`) and
        tokenized once, with its headline."""
        titles = [self.readable_title(title) for title in titles] if titles is not None else [""] * len(texts)
        return list(zip((encode_text(self.tokenizer, self.readable(text)) for text in texts), titles))

    def predict_encoded(self, items: Sequence[tuple[EncodedText, str]], batch_size: int = 32,
                        with_baseline: bool = True) -> list[DomainPrediction]:
        """Classify articles given as ``(encoded text, headline)`` pairs, read as the folder says (with its baseline
        where it carries one; ``with_baseline=False`` reads the BERT alone)."""
        if not items:
            return []
        alone, mixed = self.probability_rows(items, batch_size)
        return self.predictions(mixed if mixed is not None and with_baseline else alone)

    def predict(self, texts: Sequence[str], titles: Sequence[str] | None = None, batch_size: int = 32,
                with_baseline: bool = True) -> list[DomainPrediction]:
        """Classify article texts (with their headlines where known)."""
        return self.predict_encoded(self.encode(texts, titles), batch_size, with_baseline)
