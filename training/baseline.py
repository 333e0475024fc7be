"""The yardstick for the classifier: TF-IDF over character n-grams + logistic regression.

Chinese needs no word segmentation for this: character 1–3-grams carry most
of what a bag of words would. The settings are fixed here (not tuned on any
split) so that the baseline means the same thing in every report.
"""

from __future__ import annotations

from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline
from zhpolicy.data.records import Article

BASELINE_DESCRIPTION = "TF-IDF char 1–3-grams (sublinear tf, min_df 2) + logistic regression (C 10)"


def baseline_input(article: Article) -> str:
    """The same information the BERT classifier sees: headline and text."""
    return f"{article.title}\n{article.text}" if article.title else article.text


def train_baseline(articles: Sequence[Article], seed: int = 13) -> Pipeline:
    """Fit the baseline on labeled articles."""
    pipeline = Pipeline([
        ("tfidf", TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=2)),
        ("logreg", LogisticRegression(C=10.0, max_iter=2000, random_state=seed)),
    ])
    pipeline.fit([baseline_input(a) for a in articles], [a.domain for a in articles])
    return pipeline


def baseline_predict(pipeline: Pipeline, articles: Sequence[Article]) -> list[str]:
    return list(pipeline.predict([baseline_input(a) for a in articles]))
