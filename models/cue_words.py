"""Domain cue characters in words that are no domain's: read them as nothing.

The classifier's small BERT reads a domain off one character wherever it
stands in a short text: 水 in 丽水市, 天水 or 水蜜桃 as water, 电 in 电视 or
电气机械 as power supply, 老 in 老挝 or 老伴 as elderly care (docs/classifier.md, "A known
fault: place names read as domain words"). Training with the places swapped
or with decoy stories moved the fault but lost the example page's thin
articles. This is a reading-time remedy instead: the cue characters are
deleted from the words that hold them, unless the word is one the
hand-labeled training articles tie to the cue's domain (节水, 供电所, 老年人:
:func:`cue_words_of_domains`) or a name jieba knows (中央人民广播电台, where
an edit would make a word the model never read). The BERT and the TF-IDF
component both read the text so edited; nothing else (the tagger, the output
records) sees it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from zhpolicy.data.records import Article

from .word_features import tagged_words

#: The characters the classifier reads as a domain wherever they stand, and the domain each stands for.
CUE_DOMAINS = {"水": "water", "电": "power_supply", "老": "elderly_care"}
#: jieba's tags of names (organizations, other proper nouns, persons): a name keeps its characters.
NAME_TAGS = ("nt", "nz", "nr")


def cue_words_of_domains(articles: Iterable[Article], share: float = 0.5, min_count: int = 2,
                         cues: dict[str, str] = CUE_DOMAINS) -> list[str]:
    """The words holding a cue character that the articles tie to the cue's domain: words (jieba, no HMM guesses)
    found in ``min_count`` or more articles of that domain, which are at least ``share`` of the articles holding
    the word (节水 and 供电所 are; 水平 and 电视, found across domains or in none of them, are not). Hand-labeled
    articles only: a weak label is read off a headline keyword, which is the cue itself."""
    holding: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        words = {word for word, _ in tagged_words(f"{article.title or ''}。{article.text}", guesses=False)}
        for word in words:
            if any(character in word for character in cues):
                holding[word][article.domain] += 1
    kept = []
    for word, domains in holding.items():
        own = sum(domains[cues[character]] for character in set(word) & cues.keys())
        if own >= min_count and own / sum(domains.values()) >= share:
            kept.append(word)
    return sorted(kept)


def neutralize_cues(text: str, keep: frozenset[str] | set[str], cues: Sequence[str] = tuple(CUE_DOMAINS)) -> str:
    """``text`` with the cue characters deleted from every word of two characters or more that holds one, is not in
    ``keep`` and is no name jieba tags (丽水市 → 丽市, 水蜜桃 → 蜜桃, 电视 → 视; 节水, 老年人, 中央人民广播电台 stay).
    A word of one character (水, 电, 老 alone) is left as it is: alone it is as often the domain's word."""
    if not text or not any(character in text for character in cues):
        return text
    pieces = []
    for word, tag in tagged_words(text, guesses=False):
        if len(word) >= 2 and word not in keep and not tag.startswith(NAME_TAGS) and any(c in word for c in cues):
            word = "".join(character for character in word if character not in cues)
        pieces.append(word)
    return "".join(pieces)
