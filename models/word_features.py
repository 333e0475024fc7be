"""Word-boundary and part-of-speech features for the tagger (and optionally the classifier), one id per token.

Why: the base is small (4 layers, 256 wide) and the tagger's spans are
often one character off at either end (莲都区都, 如社区 for 吉如社区,
甘霖镇农业农村办公 without 室). A word segmenter knows where words begin and
end, and its dictionary knows many place (ns), organization (nt) and person
(nr) names, and guesses unknown person names with its HMM. jieba's
``posseg`` gives both at about 47,000 characters/s on one core, well above
what the model itself reads.

Each token gets one id for (the class of jieba's tag for the word it lies
in, the token's place in that word: B, M, E or S). The id is fed as
``token_type_ids``: the model stays a plain ``BertForTokenClassification``
whose token-type table has one row per feature value (row 0, the base's
segment A, is used for [CLS], [SEP] and padding, and starts every new row),
so the folder still loads with ``AutoModelForTokenClassification``. The
folder's ``zhpolicy.json`` names the feature set, so it is read as trained.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache

import torch
from transformers import PreTrainedModel

from .folder import ModelFolderError

#: The name recorded in a model folder's reading settings.
WORD_FEATURES = "jieba-posseg-bmes-v1"
#: jieba tag classes kept apart: places, organizations, persons, other proper nouns, numbers, punctuation.
TAG_CLASSES = ("ns", "nt", "nr", "nz", "m", "x", "other")
POSITIONS = "BMES"
#: Rows of the token-type table a model with these features needs.
FEATURE_VOCAB_SIZE = 1 + len(TAG_CLASSES) * len(POSITIONS)


@lru_cache(maxsize=1)
def _segmenter():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    return jieba.posseg.dt


@lru_cache(maxsize=1 << 14)
def word_at(text: str, position: int, context: int = 12) -> tuple[int, int]:
    """``(start, end)`` of the dictionary word (jieba, no HMM guesses) that covers ``text[position]``.

    Only ``context`` characters either side are segmented: enough for a word, cheap on long texts. The cleanup
    asks about the same positions of a text many times (each rule looks at the span ends), so answers are cached.
    """
    low = max(0, position - context)
    at = low
    for word in _segmenter().tokenizer.cut(text[low : position + context + 1], HMM=False):
        if at <= position < at + len(word):
            return at, at + len(word)
        at += len(word)
    return position, position + 1


def word_starts_at(text: str, at: int) -> bool:
    """Whether a dictionary word (:func:`word_at`) starts at ``text[at]``: a span may begin there without cutting one."""
    return word_at(text, at)[0] == at


def word_ends_at(text: str, end: int) -> bool:
    """Whether the dictionary word that covers ``text[end - 1]`` ends at ``end``: a span may stop there without cutting one."""
    return word_at(text, end - 1)[1] == end


def tagged_words(text: str, guesses: bool = True) -> list[tuple[str, str]]:
    """jieba's words of ``text`` with their part-of-speech tags, in order; ``guesses=False`` reads dictionary words
    only, no HMM guesses (a word jieba does not know is read a character at a time)."""
    return [(w.word, w.flag) for w in _segmenter().cut(text, HMM=guesses)]


def word_tag(word: str) -> str:
    """jieba's dictionary tag of ``word`` ("" for a word it does not know)."""
    return _segmenter().word_tag_tab.get(word, "")


def word_frequency(word: str) -> int:
    """How often jieba's dictionary counts ``word`` (0 for a word it does not know): its rare "verbs" are often
    places it does not know as places (建始, 沾化)."""
    tokenizer = _segmenter().tokenizer
    tokenizer.check_initialized()
    return tokenizer.FREQ.get(word, 0) or 0


def is_known_word(word: str) -> bool:
    """Whether ``word`` is in jieba's dictionary."""
    return bool(word_tag(word))


def is_place_word(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` as a place name (ns)."""
    return word_tag(word).startswith("ns")


def is_noun_word(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` as a noun of any kind (n, ns, nr, nrt, nz …): its tags for place
    names are loose (建德 is nrt), so where the context says "place" this is the test."""
    return word_tag(word).startswith("n")


def is_verb(word: str) -> bool:
    """Whether jieba's dictionary tags ``word`` as a verb (v)."""
    return word_tag(word) == "v"


def check_word_features(name: str | None, error: type[Exception] = ModelFolderError) -> str | None:
    """``name`` (a folder's or a config's ``word_features``) if this version computes it; else ``error``."""
    if name is not None and name != WORD_FEATURES:
        raise error(f"word features {name!r} are unknown; this zhpolicy computes {WORD_FEATURES!r} only")
    return name


def tag_class(flag: str) -> str:
    """Coarse class of a jieba tag (``nrt``/``nrfg`` are person names, ``mq`` a number with its measure word)."""
    if flag.startswith("nr"):
        return "nr"
    if flag == "mq":
        return "m"
    return flag if flag in TAG_CLASSES else "other"


def feature_id(flag: str, position: str) -> int:
    return 1 + TAG_CLASSES.index(tag_class(flag)) * len(POSITIONS) + POSITIONS.index(position)


@lru_cache(maxsize=512)
def char_features(text: str) -> tuple[int, ...]:
    """A feature id for every character of ``text``.

    Cached: in a pipeline the classifier and the tagger read the same texts.
    """
    features: list[int] = []
    for pair in _segmenter().cut(text):
        word, flag = pair.word, pair.flag
        if len(word) == 1:
            features.append(feature_id(flag, "S"))
        else:
            features.extend([feature_id(flag, "B")] + [feature_id(flag, "M")] * (len(word) - 2) + [feature_id(flag, "E")])
    if len(features) != len(text):  # jieba returns every character once; anything else is a bug to see, not to hide
        raise RuntimeError(f"word features cover {len(features)} of {len(text)} characters")
    return tuple(features)


def person_word_end(text: str, start: int) -> int:
    """Where the person's name that jieba reads from ``text[start]`` ends (from its dictionary or guessed by its
    HMM, as the tagger's word features see it); ``start`` where no person's name starts there."""
    features = char_features(text)
    begin, middle, last = (feature_id("nr", position) for position in "BME")
    if start >= len(features) or features[start] != begin:
        return start
    end = start + 1
    while end < len(features) and features[end] == middle:
        end += 1
    return end + 1 if end < len(features) and features[end] == last else start


def token_features(text: str, offsets: Sequence[tuple[int, int]]) -> list[int]:
    """The feature id of each token: that of its first character (0 for a token with no characters)."""
    per_char = char_features(text)
    return [per_char[start] if end > start else 0 for start, end in offsets]


def widen_token_types(model: PreTrainedModel, size: int = FEATURE_VOCAB_SIZE) -> None:
    """Give ``model`` a token-type table of ``size`` rows, new rows copied from row 0.

    A widened model reads id-0 inputs exactly as before, so fine-tuning
    starts from the base (or from an earlier tagger) and learns what each
    feature adds. A table that is already this wide is left alone.
    """
    body = getattr(model, model.base_model_prefix, model)
    table = getattr(getattr(body, "embeddings", None), "token_type_embeddings", None)
    if table is None:
        raise ValueError(f"{type(model).__name__} has no token-type embeddings to carry word features")
    if table.num_embeddings == size:
        return
    if table.num_embeddings > size:
        raise ValueError(f"token-type table has {table.num_embeddings} rows, more than the {size} word features need")
    wider = torch.nn.Embedding(size, table.embedding_dim, dtype=table.weight.dtype, device=table.weight.device)
    with torch.no_grad():
        wider.weight[:] = table.weight[0]
        wider.weight[: table.num_embeddings] = table.weight
    body.embeddings.token_type_embeddings = wider
    model.config.type_vocab_size = size
