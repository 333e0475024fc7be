"""The entity tagger: a BERT token classifier over BIO tags, read in windows.

Texts are tokenized once (:func:`~zhpolicy.models.windows.encode_text`, the
same encoding the classifier uses) and cut into windows at hanlp sentence
ends that fit the base's trained length; each window is fed as
``[CLS] window [SEP]``. Tags are decoded per window with a **constrained
Viterbi** over the softmax scores: an ``I-X`` may only follow ``B-X`` or
``I-X``, so every decoded span is well formed (no CRF layer is needed, and
the folder loads with ``AutoModelForTokenClassification``). Token spans map
back to the characters of the text through the tokenizer's offsets, so
entity offsets index the text the user gave. A folder trained with word
features (:mod:`.word_features`) gets jieba's word boundaries and tags as
``token_type_ids``; its ``zhpolicy.json`` says so. The decoded spans are
tidied the way LABELS.md reads names by :func:`.ner_cleanup.clean_spans`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import torch
from transformers import AutoModelForTokenClassification, PreTrainedModel
from zhpolicy.data.labels import BIO_TAGS
from zhpolicy.data.records import Entity

from .classifier import pad_batch
from .folder import ModelFolderError, load_model_folder, reading_precision
from .ner_cleanup import CLEANUP_READING, clean_spans
from .windows import EncodedText, Window, encode_text, token_windows
from .word_features import check_word_features, token_features

DEFAULT_READING = {
    "max_length": 256,
    "decoder": "constrained Viterbi over BIO (I-X only after B-X or I-X)",
    "cleanup": CLEANUP_READING,
}


def allowed_transitions(tags: Sequence[str]) -> torch.Tensor:
    """``allowed[i, j]``: tag ``j`` may follow tag ``i`` in IOB2."""
    size = len(tags)
    allowed = torch.ones((size, size), dtype=torch.bool)
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            for i, previous in enumerate(tags):
                allowed[i, j] = previous[2:] == tag[2:] and previous[:2] in {"B-", "I-"}
    return allowed


def allowed_starts(tags: Sequence[str]) -> torch.Tensor:
    """Tags a sequence may begin with (no ``I-``)."""
    return torch.tensor([not tag.startswith("I-") for tag in tags])


def constrained_viterbi(scores: torch.Tensor, allowed: torch.Tensor, starts: torch.Tensor) -> list[int]:
    """Best tag path under the IOB2 constraints; ``scores`` are log-probabilities ``[tokens, tags]``."""
    if scores.shape[0] == 0:
        return []
    forbidden = torch.finfo(scores.dtype).min / 4
    transition = torch.where(allowed, 0.0, forbidden).to(scores.dtype)
    best = torch.where(starts, scores[0], torch.full_like(scores[0], forbidden))
    back: list[torch.Tensor] = []
    for position in range(1, scores.shape[0]):
        total = best.unsqueeze(1) + transition  # [previous, current]
        best, pointer = total.max(dim=0)
        best = best + scores[position]
        back.append(pointer)
    path = [int(best.argmax())]
    for pointer in reversed(back):
        path.append(int(pointer[path[-1]]))
    return path[::-1]


def tag_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, last + 1, type)`` of a well-formed IOB2 sequence."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, None
    for index, tag in enumerate([*tags, "O"]):
        if start is not None and not (tag.startswith("I-") and tag[2:] == kind):
            spans.append((start, index, kind))
            start, kind = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, kind = index, tag[2:]
    return spans


def token_labels(offsets: Sequence[tuple[int, int]], entities: Sequence[Entity], tags: Sequence[str] = BIO_TAGS) -> list[int]:
    """Gold tag ids per token from character spans (a token inside a span is ``I-``, its first token ``B-``)."""
    index = {tag: i for i, tag in enumerate(tags)}
    labels = [index["O"]] * len(offsets)
    for entity in entities:
        first = True
        for position, (start, end) in enumerate(offsets):
            if start >= entity.start and end <= entity.end and end > start:
                labels[position] = index[("B-" if first else "I-") + entity.type]
                first = False
    return labels


@dataclass(frozen=True)
class WindowInput:
    """One window of one text: its ids with [CLS]/[SEP], its word features (if any) and where it lies."""

    text_index: int
    window: Window
    input_ids: list[int]
    type_ids: list[int] | None = None


def text_windows(tokenizer, encoded: EncodedText, max_length: int, text_index: int = 0,
                 features: Sequence[int] | None = None) -> list[WindowInput]:
    """Windows of one encoded text; ``features`` (one per token) become the windows' ``type_ids``."""
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    return [
        WindowInput(text_index, w, [cls, *encoded.input_ids[w.token_start : w.token_end], sep],
                    None if features is None else [0, *features[w.token_start : w.token_end], 0])
        for w in token_windows(encoded.offsets, encoded.text, max_length)
    ]


class EntityTagger:
    """A loaded NER folder, ready to tag texts."""

    def __init__(self, model: PreTrainedModel, tokenizer, reading: dict | None = None, bf16: bool = False) -> None:
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.reading = {**DEFAULT_READING, **(reading or {})}
        self.tags = [model.config.id2label[i] for i in range(model.config.num_labels)]
        unknown = [tag for tag in self.tags if tag not in BIO_TAGS]
        if unknown:
            raise ModelFolderError(f"NER tags {unknown} are not BIO tags over LABELS.md types")
        self.allowed = allowed_transitions(self.tags)
        self.starts = allowed_starts(self.tags)
        self.word_features = check_word_features(self.reading.get("word_features"))
        self.bf16 = bf16  # read under bfloat16 autocast (folder.reading_precision)

    @classmethod
    def from_folder(cls, folder: str | os.PathLike[str], device: str = "cpu", bf16: bool = False) -> "EntityTagger":
        """Load a folder written by ``zhpolicy train ner``."""
        model, tokenizer, meta = load_model_folder(folder, "ner", AutoModelForTokenClassification, device)
        return cls(model, tokenizer, meta.get("reading"), bf16)

    @torch.inference_mode()
    def tag_encoded(self, encoded_texts: Sequence[EncodedText], batch_size: int = 32,
                    cleanup: bool = True) -> list[list[Entity]]:
        """Entities of several tokenized texts; windows are batched by length across texts.

        ``cleanup=False`` gives the model's own spans, before the LABELS.md rules of
        :mod:`.ner_cleanup`: what a corpus annotated by another guide (MSRA, People's
        Daily) is fairly compared with (``zhpolicy evaluate`` scores both readings).
        """
        windows = [
            w
            for i, e in enumerate(encoded_texts)
            for w in text_windows(self.tokenizer, e, self.reading["max_length"], i,
                                  token_features(e.text, e.offsets) if self.word_features else None)
        ]
        windows.sort(key=lambda w: len(w.input_ids))
        found: list[list[Entity]] = [[] for _ in encoded_texts]
        for first in range(0, len(windows), batch_size):
            chunk = windows[first : first + batch_size]
            type_ids = [w.type_ids for w in chunk] if self.word_features else None
            batch = pad_batch([w.input_ids for w in chunk], self.tokenizer.pad_token_id, self.model.device, type_ids)
            with reading_precision(self.model, self.bf16):
                logits = self.model(**batch).logits
            scores = torch.log_softmax(logits.float(), dim=-1).cpu()
            for row, item in enumerate(chunk):
                length = item.window.token_end - item.window.token_start
                path = constrained_viterbi(scores[row, 1 : 1 + length], self.allowed, self.starts)
                encoded = encoded_texts[item.text_index]
                for start, end, kind in tag_spans([self.tags[t] for t in path]):
                    char_start = encoded.offsets[item.window.token_start + start][0]
                    char_end = encoded.offsets[item.window.token_start + end - 1][1]
                    found[item.text_index].append(Entity(char_start, char_end, kind, encoded.text[char_start:char_end]))
        if not cleanup:
            return found
        return [clean_spans(encoded.text, entities) for encoded, entities in zip(encoded_texts, found)]

    def tag(self, texts: Sequence[str], batch_size: int = 32, cleanup: bool = True) -> list[list[Entity]]:
        return self.tag_encoded([encode_text(self.tokenizer, text) for text in texts], batch_size, cleanup)
