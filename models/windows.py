"""Reading long texts in windows the base model can take.

The shipped base (../shared/models/zhbert-mini-news) was trained on 256
positions; articles run to several thousand characters. Texts are tokenized
once, whole, with character offsets (the same tokens serve the classifier
and the NER model), then cut into windows of at most ``max_tokens`` tokens
(special tokens included) at sentence ends where possible, so that no
sentence is cut unless it alone is longer than a window. Nothing is
truncated: every token of the text lies in exactly one window.
"""

from __future__ import annotations

from dataclasses import dataclass

from hanlp.utils.rules import split_sentence


@dataclass(frozen=True)
class Window:
    """Tokens ``[token_start, token_end)`` of one text, characters ``[start, end)``."""

    token_start: int
    token_end: int
    start: int
    end: int


def sentence_ends(text: str) -> list[int]:
    """Character offsets just after each sentence, by hanlp's sentence splitter.

    hanlp gives the sentences, not their offsets; each is found in the text
    from where the previous one ended, so the offsets index ``text`` itself.
    """
    ends: list[int] = []
    position = 0
    for sentence in split_sentence(text):
        found = text.find(sentence, position)
        if found < 0:
            continue
        position = found + len(sentence)
        ends.append(position)
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    return ends


def token_windows(offsets: list[tuple[int, int]], text: str, max_tokens: int, special_tokens: int = 2) -> list[Window]:
    """Cut a text's tokens (their character ``offsets``) into windows.

    Each window holds at most ``max_tokens - special_tokens`` tokens. A
    window ends at the last sentence end that fits; a sentence longer than
    a window is cut where the window is full.
    """
    capacity = max_tokens - special_tokens
    if capacity < 1:
        raise ValueError(f"max_tokens {max_tokens} leaves no room for text")
    if not offsets:
        return []
    ends = sentence_ends(text)
    # boundary[i]: a window may end after token i (it ends a sentence)
    boundary = [False] * len(offsets)
    sentence = 0
    for index, (_, token_end) in enumerate(offsets):
        while sentence < len(ends) and ends[sentence] < token_end:
            sentence += 1
        next_start = offsets[index + 1][0] if index + 1 < len(offsets) else len(text)
        if sentence < len(ends) and token_end <= ends[sentence] <= next_start:
            boundary[index] = True
    windows: list[Window] = []
    first = 0
    while first < len(offsets):
        last_allowed = min(first + capacity, len(offsets)) - 1
        cut = last_allowed
        if last_allowed < len(offsets) - 1:
            for index in range(last_allowed, first - 1, -1):
                if boundary[index]:
                    cut = index
                    break
        windows.append(Window(first, cut + 1, offsets[first][0], offsets[cut][1]))
        first = cut + 1
    return windows


@dataclass(frozen=True)
class EncodedText:
    """One text tokenized once, whole: token ids and their character offsets.

    The classifier and the NER model cut their windows from the same
    encoding, so a pipeline tokenizes each article only once.
    """

    text: str
    input_ids: list[int]
    offsets: list[tuple[int, int]]


def encode_text(tokenizer, text: str) -> EncodedText:
    """Tokenize ``text`` without special tokens, keeping character offsets.

    Fast tokenizers can give empty-span tokens (e.g. for a lone combining
    mark); they are kept so that ids and offsets stay parallel.
    """
    encoding = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True, truncation=False, verbose=False)
    return EncodedText(text, list(encoding["input_ids"]), [tuple(o) for o in encoding["offset_mapping"]])
