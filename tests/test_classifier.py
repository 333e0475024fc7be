import gzip
import json
from pathlib import Path

import pytest
import torch
import yaml
from tiny_models import DOMAIN_TEXTS, tiny_base, tiny_tokenizer
from transformers import AutoModelForSequenceClassification
from zhpolicy.data.formats import write_jsonl
from zhpolicy.data.labels import DOMAINS
from zhpolicy.data.records import Article
from zhpolicy.data.textio import InputError
from zhpolicy.inference.cli import main
from zhpolicy.models.baseline import CharNgramScorer
from zhpolicy.models.classifier import (
    DomainClassifier,
    logsumexp_by_owner,
    mean_by_owner,
    pool_by_owner,
    window_inputs,
)
from zhpolicy.models.folder import ModelFolderError, read_meta, write_meta
from zhpolicy.models.windows import encode_text
from zhpolicy.training.baseline import mix_baseline_into_folder, train_baseline
from zhpolicy.training.config import load_config
from zhpolicy.training.evaluate import evaluate_classifier
from zhpolicy.training.model_card import write_model_card
from zhpolicy.training.train_classifier import (
    BRIEF_CHARACTERS,
    ClassifierConfig,
    add_neutral_cues,
    crop_to_brief,
    distillation_loss,
    headline_dropout,
    keyword_occurrences,
    keyword_pattern,
    mask_keywords,
    mask_tokens,
    train_classifier,
)
from zhpolicy.training.weak_labels import (
    unlabeled_articles,
    weak_label,
    weak_label_articles,
)


def articles_for(labels: dict[str, str], copies: int = 3, prefix: str = "a") -> list[Article]:
    """``copies`` articles per text domain, labeled ``labels[text domain]``."""
    articles = []
    for source, label in labels.items():
        for n in range(copies):
            text = DOMAIN_TEXTS[source] * (n + 1)
            articles.append(Article(id=f"{prefix}-{source}-{n}", text=text, title=DOMAIN_TEXTS[source][:6], domain=label))
    return articles


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    torch.manual_seed(0)
    return tiny_base(tmp_path_factory.mktemp("base"))


def config_for(tmp_path: Path, base: Path, train: list[str], dev: str | None, **extra) -> ClassifierConfig:
    settings = dict(base_model=str(base), train=train, dev=dev, output=str(tmp_path / "model"), epochs=6,
                    batch_size=4, learning_rate=5e-3, warmup_ratio=0.0, max_length=32, max_title_tokens=6,
                    title_dropout=0.3, save_fp16=True)
    settings.update(extra)
    return ClassifierConfig(**settings)


def test_windows_repeat_the_headline_and_cover_the_text():
    tokenizer = tiny_tokenizer()
    text = DOMAIN_TEXTS["water"] * 4
    encoded = encode_text(tokenizer, text)
    windows = [ids for ids, types in window_inputs(tokenizer, encoded, "节水工程", max_length=24, max_title_tokens=6)]
    assert len(windows) > 1
    assert all(len(w) <= 24 for w in windows)
    title = tokenizer("节水工程", add_special_tokens=False)["input_ids"]
    prefix = [tokenizer.cls_token_id, *title, tokenizer.sep_token_id]
    assert all(w[: len(prefix)] == prefix and w[-1] == tokenizer.sep_token_id for w in windows)
    # every text token appears once, in order: nothing truncated
    body = [token for w in windows for token in w[len(prefix) : -1]]
    assert body == encoded.input_ids


def test_windows_without_text_or_headline():
    tokenizer = tiny_tokenizer()
    empty = encode_text(tokenizer, "")
    assert window_inputs(tokenizer, empty, "节水", 24, 6) == [([tokenizer.cls_token_id, *tokenizer("节水", add_special_tokens=False)["input_ids"], tokenizer.sep_token_id], None)]
    with pytest.raises(ValueError):
        window_inputs(tokenizer, empty, " ", 24, 6)


def test_mean_by_owner_averages_each_articles_windows():
    logits = torch.tensor([[1.0, 0.0], [3.0, 2.0], [5.0, 5.0]])
    pooled = mean_by_owner(logits, torch.tensor([0, 0, 1]), 2)
    assert torch.allclose(pooled, torch.tensor([[2.0, 1.0], [5.0, 5.0]]))


def test_logsumexp_pooling_is_a_smooth_maximum_that_equals_the_mean_when_windows_agree():
    logits = torch.tensor([[3.0, 0.0], [0.0, 1.0], [0.0, 1.0], [0.0, 1.0], [0.0, 1.0], [2.0, -1.0]], requires_grad=True)
    owners = torch.tensor([0, 0, 0, 0, 0, 1])
    pooled = logsumexp_by_owner(logits, owners, 2)
    mean, peak = mean_by_owner(logits, owners, 2), torch.tensor([[3.0, 1.0], [2.0, -1.0]])
    # one window, or windows that agree: exactly the mean
    assert torch.allclose(pooled[1], mean[1])
    assert torch.allclose(logsumexp_by_owner(torch.tensor([[1.0, 2.0], [1.0, 2.0]]), torch.tensor([0, 0]), 1), torch.tensor([[1.0, 2.0]]))
    # between the mean and the maximum; one window read strongly wins the article, which the mean gives to the others
    assert torch.all(pooled >= mean - 1e-6) and torch.all(pooled <= peak + 1e-6)
    assert mean[0].argmax() == 1 and pooled[0].argmax() == 0
    assert torch.allclose(pooled, pool_by_owner(logits, owners, 2, "logsumexp"))
    assert torch.allclose(mean, pool_by_owner(logits, owners, 2, "mean of window logits"))  # earlier folders' name
    # every window gets a gradient, and large logits do not overflow
    pooled.sum().backward()
    assert torch.all(logits.grad > 0)
    assert torch.isfinite(logsumexp_by_owner(torch.tensor([[1000.0, -1000.0]]), torch.tensor([0]), 1)).all()
    with pytest.raises(ValueError, match="pooling 'max'"):
        pool_by_owner(logits, owners, 2, "max")


def test_pooling_is_trained_saved_and_read_back(tmp_path, base):
    write_jsonl(articles_for({d: d for d in DOMAINS}, copies=1), tmp_path / "train.jsonl")
    config = config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, epochs=1, pooling="logsumexp")
    out = train_classifier(config, progress=False)
    meta = json.loads((out / "zhpolicy.json").read_text())
    assert meta["reading"]["pooling"] == "logsumexp"
    assert "log-sum-exp of window logits" in (out / "README.md").read_text()
    assert DomainClassifier.from_folder(out).pooling == "logsumexp"
    meta["reading"]["pooling"] = "median"
    (out / "zhpolicy.json").write_text(json.dumps(meta))
    with pytest.raises(ModelFolderError, match="pooling 'median'"):
        DomainClassifier.from_folder(out)
    with pytest.raises(InputError, match="pooling 'max'"):
        train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, pooling="max"), progress=False)
    # the loss may pool otherwise than the folder reads; the card says so
    mixed = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, epochs=1, output=str(tmp_path / "mixed"),
                                        pooling="logsumexp", train_pooling="mean"), progress=False)
    assert DomainClassifier.from_folder(mixed).pooling == "logsumexp"
    assert "Training put the loss on the **mean of window logits**" in (mixed / "README.md").read_text()


def test_train_writes_a_self_describing_folder(tmp_path, base):
    train = articles_for({d: d for d in DOMAINS})
    write_jsonl(train, tmp_path / "train.jsonl")
    write_jsonl(articles_for({d: d for d in DOMAINS}, copies=1, prefix="dev"), tmp_path / "dev.jsonl")
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], str(tmp_path / "dev.jsonl")), progress=False)

    model = AutoModelForSequenceClassification.from_pretrained(out)
    assert model.dtype == torch.float16  # shipped as fp16
    assert [model.config.id2label[i] for i in range(len(DOMAINS))] == list(DOMAINS)
    meta = json.loads((out / "zhpolicy.json").read_text())
    assert meta["task"] == "domain" and meta["reading"]["pooling"] == "mean"
    assert yaml.safe_load((out / "training_config.yaml").read_text())["train"] == [str(tmp_path / "train.jsonl")]
    card = (out / "README.md").read_text()
    assert card.startswith("---\n") and "model-index" in card

    classifier = DomainClassifier.from_folder(out)
    [prediction] = classifier.predict([DOMAIN_TEXTS["power_supply"] * 9], ["供电公司"])
    assert set(prediction.scores) == set(DOMAINS)
    assert sum(prediction.scores.values()) == pytest.approx(1.0, abs=1e-4)
    assert prediction.domain == max(prediction.scores, key=prediction.scores.get)


def test_retraining_with_init_moves_predictions_toward_new_labels(tmp_path, base):
    old = articles_for({d: d for d in DOMAINS})
    write_jsonl(old, tmp_path / "old.jsonl")
    first = train_classifier(config_for(tmp_path, base, [str(tmp_path / "old.jsonl")], None, output=str(tmp_path / "first")), progress=False)

    # new labeled pages: the sports texts are relabeled as party building
    relabeled = articles_for({"other": "party_building"}, copies=6, prefix="new")
    write_jsonl(relabeled, tmp_path / "new.jsonl")
    probe = [DOMAIN_TEXTS["other"] * 2]
    before = DomainClassifier.from_folder(first).predict(probe)[0].scores["party_building"]

    config = config_for(tmp_path, base, [str(tmp_path / "new.jsonl")], None, output=str(tmp_path / "second"),
                        init=str(first), replay=True, replay_ratio=0.5, epochs=8)
    second = train_classifier(config, progress=False)
    after = DomainClassifier.from_folder(second).predict(probe)[0].scores["party_building"]
    assert after > before + 0.2, (before, after)
    used = yaml.safe_load((second / "training_config.yaml").read_text())
    assert used["replay_files"] == [str(tmp_path / "old.jsonl")] and used["init"] == str(first)


def test_replay_needs_init(tmp_path, base):
    write_jsonl(articles_for({"water": "water"}), tmp_path / "new.jsonl")
    with pytest.raises(InputError, match="--init"):
        train_classifier(config_for(tmp_path, base, [str(tmp_path / "new.jsonl")], None, replay=True), progress=False)


def test_training_refuses_unlabeled_records(tmp_path, base):
    write_jsonl([Article(id="x", text="节水")], tmp_path / "train.jsonl")
    with pytest.raises(InputError, match="no domain"):
        train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None), progress=False)


def test_evaluate_reports_classifier_and_baseline(tmp_path, base):
    write_jsonl(articles_for({d: d for d in DOMAINS}), tmp_path / "train.jsonl")
    write_jsonl(articles_for({d: d for d in DOMAINS}, copies=1, prefix="test"), tmp_path / "test.jsonl")
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None), progress=False)
    report = evaluate_classifier(out, [str(tmp_path / "test.jsonl")], tmp_path / "report")
    assert set(report["systems"]) == {"classifier", "TF-IDF baseline"}
    confusion = report["systems"]["classifier"]["confusion"]
    assert sum(map(sum, confusion)) == len(DOMAINS)
    assert set(report["systems"]["classifier"]["per_class"]) <= set(DOMAINS)
    for name in ("report.json", "report.md", "confusion.png", "predictions.jsonl"):
        assert (tmp_path / "report" / name).stat().st_size > 0
    assert (tmp_path / "report" / "confusion.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_cli_evaluate_records_figures_in_the_card(tmp_path, base, capsys):
    write_jsonl(articles_for({d: d for d in DOMAINS}), tmp_path / "train.jsonl")
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None), progress=False)
    code = main(["evaluate", "--model", str(out), "--data", str(tmp_path / "train.jsonl"), "--no-baseline", "--record", "toy set"])
    assert code == 0
    assert "macro-F1" in capsys.readouterr().out
    card = (out / "README.md").read_text()
    assert "### toy set" in card and "zhpolicy evaluate --model" in card
    # a provenance note in zhpolicy.json (how earlier stages were made) survives the card's re-writes
    meta = read_meta(out)
    meta["provenance"] = "Made in two stages on a GPU: see the README."
    write_meta(out, meta)
    assert main(["evaluate", "--model", str(out), "--data", str(tmp_path / "train.jsonl"), "--no-baseline", "--record", "toy set"]) == 0
    assert "Made in two stages on a GPU: see the README." in (out / "README.md").read_text()


def test_cli_evaluate_refuses_a_folder_that_is_not_a_model(tmp_path, capsys):
    (tmp_path / "data.jsonl").write_text('{"id": "a", "text": "节水", "domain": "water"}\n', encoding="utf-8")
    assert main(["evaluate", "--model", str(tmp_path), "--data", str(tmp_path / "data.jsonl")]) == 2
    assert "not a zhpolicy model folder" in capsys.readouterr().err


def test_config_rejects_unknown_settings(tmp_path):
    (tmp_path / "c.yaml").write_text("epochs: 2\nlearning_rat: 0.1\n", encoding="utf-8")
    with pytest.raises(InputError, match="learning_rat"):
        load_config(ClassifierConfig, tmp_path / "c.yaml")
    assert load_config(ClassifierConfig, None, epochs=3, dev=None).epochs == 3


RULES = {
    "tags": {"乡村振兴": "rural_revitalization"},
    "title_keywords": {"water": ["节水"], "power_supply": ["电网"]},
    "other_tags": ["国际资讯"],
    "other_title_keywords": ["医院"],
}


@pytest.mark.parametrize(
    "story, expected",
    [
        ({"category": "乡村振兴", "title": "某村发展", "text": "..."}, "rural_revitalization"),
        ({"category": None, "title": "节水型社会建设", "text": "..."}, "water"),
        ({"category": None, "title": "电网与节水", "text": "..."}, None),  # two domains: left out
        ({"category": "乡村振兴", "title": "农村电网改造", "text": "..."}, None),  # tag and keyword disagree
        ({"category": "国际资讯", "title": "外长会谈", "text": "双方会谈"}, "other"),
        ({"category": "国际资讯", "title": "外长会谈", "text": "谈到电网合作"}, None),  # a keyword in the opening
        ({"category": None, "title": "外长会谈", "text": "双方会谈"}, None),  # untagged and no keyword
        ({"category": None, "title": "县医院新楼启用", "text": "门诊搬迁"}, "other"),  # an everyday `other` topic
        ({"category": None, "title": "县医院新楼启用", "text": "新楼接入电网"}, None),
    ],
)
def test_weak_label_rules(story, expected):
    assert weak_label(story, RULES) == expected


def test_weak_stories_can_hide_their_headline_more_often():
    written = Article(id="w", text="正文", title="节水", domain="water")
    weak = Article(id="k", text="正文", title="节水", domain="water", meta={"weak_label": True})
    assert headline_dropout(ClassifierConfig(title_dropout=0.3), weak) == 0.3  # unset: one share for all
    config = ClassifierConfig(title_dropout=0.3, weak_title_dropout=1.0)
    assert headline_dropout(config, weak) == 1.0 and headline_dropout(config, written) == 0.3


def test_token_masking_hides_a_share_of_text_tokens_and_keeps_offsets():
    import random

    tokenizer = tiny_tokenizer()
    encoded = encode_text(tokenizer, DOMAIN_TEXTS["water"] * 20)
    assert mask_tokens(encoded, 0.0, tokenizer.mask_token_id, random.Random(1)) is encoded
    masked = mask_tokens(encoded, 0.2, tokenizer.mask_token_id, random.Random(1))
    share = sum(t == tokenizer.mask_token_id for t in masked.input_ids) / len(masked.input_ids)
    assert 0.1 < share < 0.3
    assert masked.offsets == encoded.offsets and masked.text == encoded.text
    assert all(m in (t, tokenizer.mask_token_id) for m, t in zip(masked.input_ids, encoded.input_ids))
    assert tokenizer.mask_token_id not in encoded.input_ids  # the original is left alone


def test_brief_crop_shows_a_run_of_whole_sentences_with_their_tokens():
    import random

    tokenizer = tiny_tokenizer()
    sentences = [f"第{n}句说的是南浔区的节水工作和水资源管理。" for n in range(30)]
    text = "".join(sentences)
    encoded = encode_text(tokenizer, text)
    assert crop_to_brief(encoded, 0.0, random.Random(1)) is encoded
    short = encode_text(tokenizer, "".join(sentences[:2]))
    assert crop_to_brief(short, 1.0, random.Random(1)) is short  # two sentences: a brief already
    rng, seen_starts = random.Random(3), set()
    for _ in range(40):
        brief = crop_to_brief(encoded, 1.0, rng)
        start = text.index(brief.text)
        seen_starts.add(start)
        assert brief.text.endswith("。") and (start == 0 or text[start - 1] == "。")  # whole sentences
        assert len(brief.text) <= BRIEF_CHARACTERS[1] + len(sentences[0])  # stops at the sentence that reaches its length
        assert len(brief.text) < len(text)
        assert [brief.text[a:b] for a, b in brief.offsets] == [text[a:b] for a, b in encoded.offsets
                                                                if start <= a and b <= start + len(brief.text)]
        assert brief.input_ids == [t for t, (a, b) in zip(encoded.input_ids, encoded.offsets)
                                   if start <= a and b <= start + len(brief.text)]
    assert 0 in seen_starts and len(seen_starts) > 3  # the lede half the time, other sentences too


def test_brief_crop_out_of_range_is_refused(tmp_path, base):
    config = ClassifierConfig(base_model=str(base), train=[], dev=None, output=str(tmp_path / "out"), brief_crop=1.5)
    with pytest.raises(InputError, match="brief_crop"):
        train_classifier(config, progress=False)


def test_keyword_masking_hides_whole_weak_label_keywords_in_body_and_headline():
    import random

    config = ClassifierConfig(keyword_masking=1.0, weak_labels={"title_keywords": {"water": ["水", "节水", "供水"], "power_supply": ["供电"]}})
    keywords = keyword_pattern(config)
    assert keywords.pattern.endswith("|水")  # longest first: 节水 is one occurrence, not 节 + 水
    text = DOMAIN_TEXTS["water"]  # 河道治理与节水工程同步推进，水库供水稳定。
    occurrences = keyword_occurrences(text, keywords)
    assert [text[s:e] for s, e in occurrences] == ["节水", "水", "供水"]
    tokenizer = tiny_tokenizer()
    encoded = encode_text(tokenizer, text)
    masked, title = mask_keywords(encoded, "节水供电", occurrences, keywords, 1.0, tokenizer.mask_token_id, random.Random(1))
    hidden = "".join(text[s:e] for (s, e), t in zip(masked.offsets, masked.input_ids) if t == tokenizer.mask_token_id)
    assert hidden == "节水水供水"  # every token of every occurrence, nothing else
    assert title == "[MASK]" * 4 and masked.offsets == encoded.offsets and masked.text == text
    assert tokenizer.tokenize(title) == ["[MASK]"] * 4  # the headline is read with the mask token
    # a share hides some occurrences whole; none: the same objects, the random stream untouched
    some, _ = mask_keywords(encoded, "", occurrences, keywords, 0.5, tokenizer.mask_token_id, random.Random(3))
    assert 0 < sum(t == tokenizer.mask_token_id for t in some.input_ids) < 5
    rng = random.Random(5)
    assert mask_keywords(encoded, "节水", occurrences, keywords, 0.0, tokenizer.mask_token_id, rng) == (encoded, "节水")
    assert rng.random() == random.Random(5).random()
    assert keyword_pattern(ClassifierConfig()) is None and keyword_occurrences(text, None) == []
    with pytest.raises(InputError, match="title_keywords"):
        keyword_pattern(ClassifierConfig(keyword_masking=0.5))


def test_classifier_with_word_features_reads_them_in_every_window(tmp_path, base):
    from zhpolicy.models.word_features import WORD_FEATURES, token_features

    write_jsonl(articles_for({d: d for d in DOMAINS}), tmp_path / "train.jsonl")
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, word_features=WORD_FEATURES), progress=False)
    assert json.loads((out / "zhpolicy.json").read_text())["reading"]["word_features"] == WORD_FEATURES
    classifier = DomainClassifier.from_folder(out)
    text = DOMAIN_TEXTS["water"] * 3
    encoded = encode_text(classifier.tokenizer, text)
    windows = classifier.windows(encoded, "节水")
    assert len(windows) > 1 and all(len(ids) == len(types) for ids, types in windows)
    features = token_features(text, encoded.offsets)
    title_length = len(classifier.tokenizer("节水", add_special_tokens=False)["input_ids"])
    body = [t for _, types in windows for t in types[title_length + 2 : -1]]
    assert body == features  # the text's word features, in order, once
    assert classifier.predict([text], ["节水"])[0].domain in DOMAINS
    # continuing it without the features would read it wrongly: refused
    with pytest.raises(InputError, match="word features"):
        train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, init=str(out),
                                    output=str(tmp_path / "again")), progress=False)


def test_distillation_loss_mixes_gold_and_teacher_targets():
    logits = torch.tensor([[2.0, 0.0, -1.0], [0.5, 0.5, 0.0]])
    labels = torch.tensor([0, -1])  # the second article is unlabeled
    targets = torch.tensor([[0.2, 0.8, 0.0], [0.0, 0.0, 1.0]])
    log_probs = torch.log_softmax(logits, dim=-1)
    hard0, soft0 = -log_probs[0, 0], -(targets[0] * log_probs[0]).sum()
    soft1 = -log_probs[1, 2]
    loss = distillation_loss(logits, labels, targets, weight=0.25)
    assert loss.item() == pytest.approx(((0.75 * hard0 + 0.25 * soft0) + soft1).item() / 2, abs=1e-6)
    # no teachers: plain cross-entropy on the labeled articles only
    assert distillation_loss(logits, labels, None, 0.25).item() == pytest.approx(hard0.item(), abs=1e-6)


def _raw_news(path: Path, stories: list[dict]) -> str:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for story in stories:
            handle.write(json.dumps(story, ensure_ascii=False) + "\n")
    return str(path)


def test_unlabeled_stories_are_those_no_weak_rule_labels(tmp_path):
    stories = [
        {"category": None, "title": "节水型社会建设", "text": DOMAIN_TEXTS["water"]},       # water by keyword
        {"category": "国际资讯", "title": "外长会谈", "text": "双方会谈" * 5},             # other by tag
        {"category": None, "title": "球赛", "text": DOMAIN_TEXTS["other"]},                # no rule: unlabeled
        {"category": None, "title": "电网与节水", "text": DOMAIN_TEXTS["power_supply"]},  # two domains: unlabeled
        {"category": None, "title": "短", "text": "太短"},                                 # under min_chars
    ]
    rules = {**RULES, "path": _raw_news(tmp_path / "news.jsonl.gz", stories), "min_chars": 10, "per_domain": 10}
    weak = weak_label_articles(rules)
    unlabeled = unlabeled_articles(rules, count=10, seed=1)
    assert sorted(a.title for a in weak) == ["外长会谈", "节水型社会建设"]
    assert sorted(a.title for a in unlabeled) == sorted(["电网与节水", "球赛"])
    assert all(a.domain is None and a.meta["unlabeled"] for a in unlabeled)
    assert len(unlabeled_articles(rules, count=1, seed=1)) == 1


def test_other_stories_with_a_domains_character_in_the_headline_are_drawn_as_its_decoys(tmp_path):
    stories = [
        {"category": "国际资讯", "title": f"会见老挝总理{i}", "text": "双方会谈" * 5} for i in range(4)
    ] + [
        {"category": "国际资讯", "title": f"外长会谈{i}", "text": "双方会谈" * 5} for i in range(4)
    ] + [
        {"category": "国际资讯", "title": "老城流域治理", "text": "双方会谈" * 5},   # an excluded word: no decoy
        {"category": None, "title": "节水型社会建设", "text": DOMAIN_TEXTS["water"]},  # water by keyword, never a decoy
    ]
    rules = {**RULES, "path": _raw_news(tmp_path / "news.jsonl.gz", stories), "min_chars": 10, "per_domain": 2,
             "decoy_characters": {"elderly_care": ["老"]}, "decoys_per_domain": 3, "decoy_excludes": ["流域"]}
    weak = weak_label_articles(rules)
    decoys = [a for a in weak if "老挝" in a.title]
    plain = [a for a in weak if a.domain == "other" and "老挝" not in a.title]
    assert len(decoys) == 3 and all(a.domain == "other" for a in decoys)
    assert len(plain) == 2  # the plain `other` pool keeps its own count, the excluded headline among its stories
    assert [a.title for a in weak if a.domain == "water"] == ["节水型社会建设"]
    # a held-out draw skips the decoys training saw
    held = weak_label_articles({**rules, "skip_per_domain": 3})
    assert [a.title for a in held if "老挝" in a.title] == [t for t in (f"会见老挝总理{i}" for i in range(4))
                                                        if t not in {a.title for a in decoys}]
    # without decoy characters the draw is as before
    assert not any(a.title.startswith("会见老挝") for a in weak_label_articles({**rules, "decoy_characters": {},
                                                                           "per_domain": 0}))


def test_a_student_learns_the_teachers_reading_of_unlabeled_news(tmp_path, base):
    # The teacher reads sports news as party building; the student's labeled data has no sports news at all,
    # so what it says about sports comes from the teacher's targets on the unlabeled stories.
    teacher_data = articles_for({**{d: d for d in DOMAINS if d != "other"}, "other": "party_building"})
    write_jsonl(teacher_data, tmp_path / "teacher.jsonl")
    teacher = train_classifier(config_for(tmp_path, base, [str(tmp_path / "teacher.jsonl")], None,
                                          output=str(tmp_path / "teacher"), epochs=15), progress=False)
    student_data = articles_for({d: d for d in DOMAINS if d not in {"other", "party_building"}})
    write_jsonl(student_data, tmp_path / "student.jsonl")
    sports = [{"category": None, "title": "球赛", "text": DOMAIN_TEXTS["other"] * n} for n in range(1, 7)]
    rules = {**RULES, "path": _raw_news(tmp_path / "news.jsonl.gz", sports), "min_chars": 10, "per_domain": 0}
    common = dict(weak_labels=rules, title_dropout=0.0, epochs=10)
    plain = train_classifier(config_for(tmp_path, base, [str(tmp_path / "student.jsonl")], None,
                                        output=str(tmp_path / "plain"), **common), progress=False)
    student = train_classifier(config_for(tmp_path, base, [str(tmp_path / "student.jsonl")], None,
                                          output=str(tmp_path / "student"), teachers=[str(teacher)], unlabeled=6,
                                          **common), progress=False)
    probe = [DOMAIN_TEXTS["other"] * 2]
    without = DomainClassifier.from_folder(plain).predict(probe, ["球赛"])[0]
    distilled = DomainClassifier.from_folder(student).predict(probe, ["球赛"])[0]
    assert distilled.domain == "party_building"
    assert distilled.scores["party_building"] > without.scores["party_building"] + 0.2, (without, distilled)
    assert "Distilled from 1 teacher" in (student / "README.md").read_text()


def test_training_with_keyword_masking_writes_it_into_the_folder(tmp_path, base):
    write_jsonl(articles_for({d: d for d in DOMAINS}), tmp_path / "train.jsonl")
    stories = [{"category": None, "title": "节水型社会建设", "text": DOMAIN_TEXTS["water"]}]
    rules = {**RULES, "path": _raw_news(tmp_path / "news.jsonl.gz", stories), "min_chars": 10, "per_domain": 10}
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, epochs=1,
                                      keyword_masking=0.5, weak_labels=rules), progress=False)
    assert yaml.safe_load((out / "training_config.yaml").read_text())["keyword_masking"] == 0.5
    assert DomainClassifier.from_folder(out).predict([DOMAIN_TEXTS["water"]], ["节水"])[0].domain in DOMAINS


def test_unlabeled_stories_need_teachers(tmp_path, base):
    write_jsonl(articles_for({"water": "water"}), tmp_path / "train.jsonl")
    with pytest.raises(InputError, match="teachers"):
        train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, unlabeled=5,
                                    weak_labels={"path": "x"}), progress=False)


def test_baseline_arrays_read_texts_as_the_fitted_pipeline_does(tmp_path):
    articles = articles_for({d: d for d in DOMAINS if d != "power_supply"})
    pipeline = train_baseline(articles)
    CharNgramScorer.from_pipeline(pipeline).save(tmp_path)
    scorer = CharNgramScorer.load(tmp_path)
    texts = [DOMAIN_TEXTS["water"] * 2, DOMAIN_TEXTS["other"] + DOMAIN_TEXTS["elderly_care"]]
    rows = scorer.probabilities(texts, list(DOMAINS))
    expected = pipeline.predict_proba(texts)
    for column, label in enumerate(DOMAINS):
        if label == "power_supply":  # a domain the baseline never saw gets no probability
            assert (rows[:, column] == 0).all()
        else:
            assert rows[:, column] == pytest.approx(expected[:, list(pipeline.classes_).index(label)], abs=1e-5)


def test_a_classifier_folder_mixes_in_its_baseline_and_reads_the_bert_alone_on_request(tmp_path, base):
    articles = articles_for({d: d for d in DOMAINS})
    write_jsonl(articles, tmp_path / "train.jsonl")
    write_jsonl(articles_for({d: d for d in DOMAINS}, copies=1, prefix="dev"), tmp_path / "dev.jsonl")
    config = config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], str(tmp_path / "dev.jsonl"), epochs=1,
                        baseline_weight=1.0)
    out = train_classifier(config, progress=False)
    meta = json.loads((out / "zhpolicy.json").read_text())
    assert meta["reading"]["baseline_weight"] == 1.0 and meta["baseline"]["articles"] == len(articles)
    assert "dev_macro_f1" in meta["baseline"] and "Baseline mixed in" in (out / "README.md").read_text()

    classifier = DomainClassifier.from_folder(out)
    texts = [DOMAIN_TEXTS[d] * 2 for d in DOMAINS]
    mixed = classifier.predict(texts)
    bag = train_baseline(articles).predict_proba(texts)
    classes = list(train_baseline(articles).classes_)
    for prediction, row in zip(mixed, bag):  # weight 1: the baseline's probabilities
        assert prediction.scores["water"] == pytest.approx(row[classes.index("water")], abs=1e-5)
        assert prediction.domain == classes[int(row.argmax())]
    alone = classifier.predict(texts, with_baseline=False)
    assert [p.scores for p in alone] != [p.scores for p in mixed]

    report = evaluate_classifier(out, [str(tmp_path / "dev.jsonl")])
    assert list(report["systems"]) == ["classifier", "BERT alone", "TF-IDF baseline"]
    assert "at weight 1.0" in report["markdown"]

    (out / "baseline.npz").unlink()
    with pytest.raises(ModelFolderError, match="baseline.npz"):
        DomainClassifier.from_folder(out)


def test_cli_train_baseline_adds_one_to_an_existing_classifier_folder(tmp_path, base, capsys):
    write_jsonl(articles_for({d: d for d in DOMAINS}), tmp_path / "train.jsonl")
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, epochs=1), progress=False)
    assert not json.loads((out / "zhpolicy.json").read_text())["reading"].get("baseline_weight")
    settings = {"train": [str(tmp_path / "train.jsonl")], "dev": None, "weak_labels": None, "baseline_weight": 0.5}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(settings))
    assert main(["train", "baseline", "--model", str(out), "--config", str(tmp_path / "config.yaml"), "--weight", "0.4"]) == 0
    meta = json.loads((out / "zhpolicy.json").read_text())
    assert meta["reading"]["baseline_weight"] == 0.4 and meta["baseline"]["trained_on"] == [str(tmp_path / "train.jsonl")]
    assert DomainClassifier.from_folder(out).baseline is not None
    with pytest.raises(InputError, match="baseline_weight"):
        mix_baseline_into_folder(out, articles_for({"water": "water"}), 0.0, [])


def test_the_baseline_counts_an_article_labeled_by_hand_as_several_weak_stories(tmp_path, base):
    """Weak labels are read off headline keywords: where a weak story and a hand-labeled article say different things
    about the same text, ``labeled_weight`` lets the hand label count more; the folder records the weight."""
    labeled = articles_for({"water": "water", "other": "other"})
    weak = [Article(id=f"weak-{n}", text=a.text, title=a.title, domain="other", meta={"weak_label": True})
            for n, a in enumerate(articles_for({"water": "water"}))]
    text = [DOMAIN_TEXTS["water"] * 2]
    even = train_baseline(labeled + weak)
    heavier = train_baseline(labeled + weak, labeled_weight=4.0)
    water = list(even.classes_).index("water")
    assert heavier.predict_proba(text)[0][water] > even.predict_proba(text)[0][water]
    assert heavier.predict(text)[0] == "water"

    write_jsonl(labeled, tmp_path / "train.jsonl")
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, epochs=1), progress=False)
    record = mix_baseline_into_folder(out, labeled + weak, 0.6, ["train.jsonl"], labeled_weight=4.0)
    assert record["labeled_weight"] == 4.0
    write_model_card(out)
    assert "counts 4.0 weak-label stories" in (out / "README.md").read_text()
    with pytest.raises(InputError, match="baseline_labeled_weight"):
        mix_baseline_into_folder(out, labeled, 0.6, [], labeled_weight=0.0)


def test_cue_words_are_the_words_hand_labels_tie_to_the_cues_domain():
    """节水 stands in two water articles and nowhere else: kept; 水平 stands as often in articles of other domains:
    not; a weak-label domain is no evidence (the weak label is read off the cue itself)."""
    from zhpolicy.models.cue_words import cue_words_of_domains

    def article(n, domain, text):
        return Article(id=f"c{n}", text=text, title="", domain=domain)

    articles = [article(1, "water", "推进节水工程，提高管理水平。"), article(2, "water", "全市节水成效显著。"),
                article(3, "other", "学校提高教学水平。"), article(4, "other", "医院提升服务水平。")]
    keep = cue_words_of_domains(articles)
    assert "节水" in keep and "水平" not in keep
    assert cue_words_of_domains(articles, min_count=3) == []


def test_neutral_cues_delete_cue_characters_of_words_that_are_no_domains_but_keep_domain_words_and_names():
    """丽水市 and 水蜜桃 lose 水 (the BERT read both as water), 电视 its 电; kept words, names jieba tags
    (中央人民广播电台) and the cue characters standing alone stay."""
    from zhpolicy.models.cue_words import neutralize_cues

    text = "丽水市果农种植水蜜桃，看电视，加强节水，中央人民广播电台报道，水是生命之源。"
    read = neutralize_cues(text, frozenset({"节水"}))
    assert read == "丽市果农种植蜜桃，看视，加强节水，中央人民广播电台报道，水是生命之源。"
    assert neutralize_cues("篮球比赛在体育馆举行。", frozenset()) == "篮球比赛在体育馆举行。"


def test_a_folder_with_neutral_cues_reads_texts_so_and_train_baseline_writes_them(tmp_path, base):
    """``neutral_cues`` in the config: ``train baseline`` (and ``train classifier``) writes the kept words into the
    folder's reading from the hand-labeled articles only, and the folder then reads edited texts (its headlines too),
    which predict encodes apart from the tagger's."""
    write_jsonl(articles_for({d: d for d in DOMAINS}), tmp_path / "train.jsonl")
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, epochs=1), progress=False)
    assert not DomainClassifier.from_folder(out).edits_texts
    settings = {"train": [str(tmp_path / "train.jsonl")], "dev": None, "weak_labels": None, "baseline_weight": 0.5,
                "neutral_cues": {"share": 0.5, "min_count": 2}}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(settings))
    assert main(["train", "baseline", "--model", str(out), "--config", str(tmp_path / "config.yaml")]) == 0
    cues = json.loads((out / "zhpolicy.json").read_text())["reading"]["neutral_cues"]
    assert {"节水", "供水", "老年", "老人", "供电"} <= set(cues["keep"]) and cues["characters"] == "水电老"
    assert "Cue characters read as nothing" in (out / "README.md").read_text()
    classifier = DomainClassifier.from_folder(out)
    assert classifier.edits_texts
    (encoded, title), = classifier.encode(["丽水市推进节水工程。"], ["水蜜桃丰收"])
    assert encoded.text == "丽市推进节水工程。" and title == "蜜桃丰收"
    settings["neutral_cues"] = {"share": 0.5, "minimum": 2}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(settings))
    with pytest.raises(InputError, match="neutral_cues"):
        add_neutral_cues(out, ClassifierConfig(**{k: v for k, v in settings.items() if k != "baseline_weight"}),
                         articles_for({"water": "water"}))


def test_a_folder_that_drops_bylines_reads_a_story_as_its_body_and_train_baseline_writes_the_setting(tmp_path, base):
    """``drop_bylines`` in the config: ``train baseline`` writes it into the folder's reading, and the folder reads
    本报讯（记者 …） stories as their bodies (in the hand-written articles 本报讯 opened mostly ``other`` stories);
    headlines are read as given."""
    write_jsonl(articles_for({d: d for d in DOMAINS}), tmp_path / "train.jsonl")
    out = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, epochs=1), progress=False)
    settings = {"train": [str(tmp_path / "train.jsonl")], "dev": None, "weak_labels": None, "baseline_weight": 0.5,
                "drop_bylines": True}
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(settings))
    assert main(["train", "baseline", "--model", str(out), "--config", str(tmp_path / "config.yaml")]) == 0
    assert json.loads((out / "zhpolicy.json").read_text())["reading"]["drop_bylines"] is True
    classifier = DomainClassifier.from_folder(out)
    assert classifier.edits_texts
    body = "全县新建供水站12座。"
    (encoded, title), = classifier.encode([f"本报讯（记者 王明 通讯员 李华）{body}"], ["记者 王明 报道"])
    assert encoded.text == body and title == "记者 王明 报道"
    with_byline, bare = classifier.predict([f"本报讯（记者 王明）{body}", body])
    assert with_byline.scores == bare.scores
    # train classifier reads its articles so and records the setting itself
    trained = train_classifier(config_for(tmp_path, base, [str(tmp_path / "train.jsonl")], None, epochs=1,
                                          output=str(tmp_path / "dropping"), drop_bylines=True), progress=False)
    assert DomainClassifier.from_folder(trained).drop_bylines
