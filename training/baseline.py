"""The yardstick for the classifier: TF-IDF over character n-grams + logistic regression.

Chinese needs no word segmentation for this: character 1–3-grams carry most
of what a bag of words would. The settings are fixed here (not tuned on any
split) so that the baseline means the same thing in every report.

The same kind of model, fitted on the classifier's own training articles,
is also what a classifier folder may mix into its reading
(:func:`mix_baseline_into_folder`; :mod:`zhpolicy.models.baseline`).
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from zhpolicy.data.records import Article
from zhpolicy.data.textio import InputError
from zhpolicy.models.baseline import CharNgramScorer
from zhpolicy.models.baseline import baseline_input as _title_and_text
from zhpolicy.models.folder import read_meta, write_meta

BASELINE_DESCRIPTION = "TF-IDF char 1–3-grams (sublinear tf, min_df 2) + logistic regression (C 10)"


def baseline_input(article: Article) -> str:
    """The same information the BERT classifier sees: headline and text."""
    return _title_and_text(article.title, article.text)


def train_baseline(articles: Sequence[Article], seed: int = 13, labeled_weight: float = 1.0) -> Pipeline:
    """Fit the baseline on labeled articles. Each article labeled by hand counts ``labeled_weight`` times a
    weakly labeled story (``meta["weak_label"]``): the weak labels are read off headline keywords and are noisier."""
    pipeline = Pipeline([
        ("tfidf", TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)),
        ("logreg", LogisticRegression(C=10.0, max_iter=2000, random_state=seed)),
    ])
    weights = [1.0 if a.meta.get("weak_label") else labeled_weight for a in articles]
    fit_options = {"logreg__sample_weight": weights} if any(weight != 1.0 for weight in weights) else {}
    pipeline.fit([baseline_input(a) for a in articles], [a.domain for a in articles], **fit_options)
    return pipeline


def baseline_predict(pipeline: Pipeline, articles: Sequence[Article]) -> list[str]:
    return list(pipeline.predict([baseline_input(a) for a in articles]))


def mix_baseline_into_folder(folder: str | os.PathLike[str], articles: Sequence[Article], weight: float,
                             sources: Sequence[str], seed: int = 13, labeled_weight: float = 1.0) -> dict:
    """Fit the baseline on a classifier's own training articles (the labeled ones; an article labeled by hand counts
    ``labeled_weight`` times a weakly labeled story) and store it in the classifier's folder, read from then on as
    ``(1 - weight) * BERT + weight * baseline`` probabilities; return what ``zhpolicy.json`` records of it
    (``baseline``). ``sources`` names the articles' files for the record."""
    if not 0.0 < weight <= 1.0:
        raise InputError(f"baseline_weight {weight} is not in (0, 1]; 0 mixes in nothing")
    labeled = [a for a in articles if a.domain]
    if not labeled:
        raise InputError("the baseline trains on labeled articles only, and none was given")
    if labeled_weight <= 0.0:
        raise InputError(f"baseline_labeled_weight {labeled_weight} is not above 0")
    CharNgramScorer.from_pipeline(train_baseline(labeled, seed, labeled_weight)).save(folder)
    meta = read_meta(folder)
    record = {"description": BASELINE_DESCRIPTION, "weight": weight, "articles": len(labeled), "trained_on": list(sources)}
    if labeled_weight != 1.0:
        record["labeled_weight"] = labeled_weight
    meta["reading"] = {**meta.get("reading", {}), "baseline_weight": weight}
    meta["baseline"] = record
    write_meta(folder, meta)
    return record
