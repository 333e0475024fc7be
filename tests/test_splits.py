import pytest
from zhpolicy.data.records import Article
from zhpolicy.data.splits import split_articles, write_splits
from zhpolicy.data.textio import InputError

DOMAINS = ["water", "elderly_care", "other"]


def corpus(n_per_domain: int = 20) -> list[Article]:
    return [Article(id=f"{d}-{i}", text=f"{d} 第{i}篇", domain=d) for d in DOMAINS for i in range(n_per_domain)]


def test_splits_are_disjoint_stratified_and_deterministic():
    first = split_articles(corpus(), dev=0.1, test=0.2, seed=13)
    again = split_articles(corpus(), dev=0.1, test=0.2, seed=13)
    ids = lambda part: [a.id for a in part]  # noqa: E731
    assert (ids(first.train), ids(first.dev), ids(first.test)) == (ids(again.train), ids(again.dev), ids(again.test))
    all_ids = ids(first.train) + ids(first.dev) + ids(first.test)
    assert len(all_ids) == len(set(all_ids)) == 60
    assert first.stratified
    for domain in DOMAINS:
        assert sum(a.domain == domain for a in first.test) == 4
    other = split_articles(corpus(), dev=0.1, test=0.2, seed=14)
    assert ids(other.test) != ids(first.test)


def test_duplicates_are_dropped_and_reported(tmp_path):
    articles = corpus() + [Article(id="dup", text=" water  第3篇 ", domain="water")]
    result = split_articles(articles, dev=0.1, test=0.2, seed=13)
    assert result.duplicates == ["dup"]
    summary = write_splits(result, tmp_path)
    assert summary["duplicates_dropped"] == 1
    assert {p.name for p in tmp_path.iterdir()} == {"train.jsonl", "dev.jsonl", "test.jsonl", "split_summary.json"}


def test_records_without_domain_are_split_unstratified():
    articles = [Article(id=str(i), text=f"文本{i}") for i in range(30)]
    result = split_articles(articles, dev=0.1, test=0.1, seed=1)
    assert not result.stratified
    assert len(result.train) + len(result.dev) + len(result.test) == 30


def test_bad_shares_are_refused():
    with pytest.raises(InputError):
        split_articles(corpus(), dev=0.6, test=0.5)
