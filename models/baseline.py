"""The TF-IDF + logistic-regression reading a classifier folder may carry beside its BERT weights.

Why a classifier folder holds one: the fine-tuned BERT is sure of itself
(0.99 on most articles) and wrong where one strong cue outweighs the story
(an elderly canteen run by a village Party secretary read as Party
building), while a bag of character n-grams weighs every word of the story
and is rarely sure (its top probability averages about 0.55). Averaging
the two probabilities lets the bag decide only where the BERT is unsure
between domains (docs/classifier.md: *Mixing in the baseline*).

The component is stored as plain arrays (``baseline.npz``: the n-gram
vocabulary, its idf weights, the regression's coefficients), not as a
pickle, so a folder loads with any scikit-learn version and runs no code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .folder import ModelFolderError

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

#: The file a classifier folder keeps its baseline component in.
BASELINE_FILE = "baseline.npz"
#: The vectorizer's fixed settings (training/baseline.py fits with the same ones).
NGRAM_RANGE = (1, 3)


def baseline_input(title: str | None, text: str) -> str:
    """What the baseline reads of an article: headline and text, as the BERT classifier sees them."""
    return f"{title}\n{text}" if title else text


@dataclass
class CharNgramScorer:
    """A fitted TF-IDF (character n-grams, sublinear tf) + multinomial logistic regression, as arrays."""

    terms: np.ndarray       # n-gram of each feature column
    idf: np.ndarray         # its idf weight
    coef: np.ndarray        # (classes, features)
    intercept: np.ndarray   # (classes,)
    classes: list[str]

    def __post_init__(self) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self._vectorizer = TfidfVectorizer(analyzer="char", ngram_range=NGRAM_RANGE, sublinear_tf=True,
                                           vocabulary={str(term): index for index, term in enumerate(self.terms)})
        self._vectorizer.idf_ = self.idf

    @classmethod
    def from_pipeline(cls, pipeline: Pipeline) -> "CharNgramScorer":
        """The arrays of a pipeline fitted by :func:`zhpolicy.training.baseline.train_baseline`."""
        vectorizer, regression = pipeline.named_steps["tfidf"], pipeline.named_steps["logreg"]
        terms = np.array(sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get))
        return cls(terms, vectorizer.idf_.astype(np.float32), regression.coef_.astype(np.float32),
                   regression.intercept_.astype(np.float32), [str(c) for c in regression.classes_])

    def probabilities(self, inputs: list[str], labels: list[str]) -> np.ndarray:
        """One row per input, one column per label in ``labels`` order (0 for a label the baseline never saw)."""
        features = self._vectorizer.transform(inputs)
        logits = np.asarray(features @ self.coef.T) + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        known = exp / exp.sum(axis=1, keepdims=True)
        rows = np.zeros((len(inputs), len(labels)), dtype=np.float64)
        for column, label in enumerate(labels):
            if label in self.classes:
                rows[:, column] = known[:, self.classes.index(label)]
        return rows

    def save(self, folder: str | os.PathLike[str]) -> Path:
        path = Path(folder) / BASELINE_FILE
        np.savez_compressed(path, terms=self.terms, idf=self.idf, coef=self.coef, intercept=self.intercept,
                            classes=np.array(self.classes))
        return path

    @classmethod
    def load(cls, folder: str | os.PathLike[str]) -> "CharNgramScorer":
        path = Path(folder) / BASELINE_FILE
        if not path.is_file():
            raise ModelFolderError(f"{folder}: zhpolicy.json mixes in a baseline, but {BASELINE_FILE} is missing")
        try:
            with np.load(path, allow_pickle=False) as arrays:
                return cls(arrays["terms"], arrays["idf"], arrays["coef"], arrays["intercept"],
                           [str(c) for c in arrays["classes"]])
        except (KeyError, ValueError, OSError) as error:
            raise ModelFolderError(f"{path}: not a baseline file ({error})") from None
