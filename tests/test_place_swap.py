"""Place-name swapping for classifier training (training/place_swap.py)."""

import random

import pytest
from tiny_models import tiny_base, tiny_tokenizer
from zhpolicy.data.formats import write_jsonl
from zhpolicy.data.records import Article
from zhpolicy.data.textio import InputError
from zhpolicy.training.place_swap import PlacePool, place_mentions, swap_places
from zhpolicy.training.train_classifier import (
    ClassifierConfig,
    PlaceSwapper,
    train_classifier,
)

TEXT = "12月1日，丽水市召开全市教育工作会议。杭州市余杭区仓前街道景腾社区和岫云村的示范区也派人参加。丽水市教育局作部署。"


def names(text: str) -> list[str]:
    return [text[m.start : m.end] for m in place_mentions(text)]


def test_places_are_administrative_names_with_their_unit():
    assert names(TEXT) == ["丽水市", "杭州市", "余杭区", "景腾社区", "岫云村", "丽水市"]
    # kinds of area and bare words are no places: 全市, 示范区
    assert [m.unit for m in place_mentions(TEXT)] == ["市", "市", "区", "社区", "村", "市"]
    assert names("全市各地开发区和风景区") == []


def test_a_swap_replaces_each_place_by_one_of_its_unit_and_leaves_the_rest():
    mentions = place_mentions(TEXT)
    pool = PlacePool({"市": ["衢州市"], "区": ["电白区"], "社区": ["万和社区"], "村": ["上林村"]})
    swapped = swap_places(TEXT, mentions, pool, 1.0, random.Random(0))
    assert swapped == "12月1日，衢州市召开全市教育工作会议。衢州市电白区仓前街道万和社区和上林村的示范区也派人参加。衢州市教育局作部署。"
    assert swap_places(TEXT, mentions, pool, 0.0, random.Random(0)) == TEXT
    # a unit the pool lacks stays as written
    assert swap_places(TEXT, mentions, PlacePool({"村": ["上林村"]}), 1.0, random.Random(0)) == TEXT.replace("岫云村", "上林村")


def test_the_same_place_is_swapped_for_the_same_place_within_one_showing():
    text = "丽水市召开会议。丽水市各县区参加。丽水市人民政府发布通知。"
    pool = PlacePool({"市": ["衢州市", "温州市", "湖州市", "嘉兴市"]})
    for seed in range(20):
        swapped = swap_places(text, place_mentions(text), pool, 0.5, random.Random(seed))
        assert len({swapped[0:3], swapped[8:11], swapped[17:20]}) == 1


def test_classifier_training_with_place_swap(tmp_path):
    base = tiny_base(tmp_path / "base")
    articles = [Article(id=f"a{i}", text=TEXT if i % 2 else "衢州市新建水库三座，保障灌溉用水。", title="丽水市新闻",
                        domain="other" if i % 2 else "water") for i in range(8)]
    write_jsonl(articles, tmp_path / "train.jsonl")
    config = ClassifierConfig(base_model=str(base), train=[str(tmp_path / "train.jsonl")], dev=None, output=str(tmp_path / "model"),
                              epochs=1, batch_size=4, max_length=32, max_title_tokens=6, place_swap=0.5)
    swapper = PlaceSwapper.for_articles(articles, config.place_swap, progress=False)
    assert sorted(swapper.pool.names_by_unit["市"]) == ["丽水市", "杭州市", "衢州市"]
    shown, title, _ = PlaceSwapper.for_articles(articles, 1.0, progress=False).showing(1, tiny_tokenizer(), None, random.Random(1))
    assert shown.text != TEXT and "全市教育工作会议" in shown.text and title in ("丽水市新闻", "杭州市新闻", "衢州市新闻")
    assert train_classifier(config, progress=False).joinpath("config.json").exists()
    with pytest.raises(InputError, match="between 0 and 1"):
        PlaceSwapper.for_articles(articles, 1.5, progress=False)
    assert PlaceSwapper.for_articles(articles, 0.0, progress=False) is None
