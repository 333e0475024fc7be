"""Word features for the tagger: jieba word boundaries and tags as token-type ids."""

import json

import pytest
import torch
from tiny_models import NER_ENTITIES, NER_TEXT, tiny_base, tiny_tokenizer
from transformers import (
    AutoModelForTokenClassification,
    BertConfig,
    BertForTokenClassification,
)
from zhpolicy.data.formats import write_jsonl
from zhpolicy.data.labels import BIO_TAGS
from zhpolicy.data.records import Article
from zhpolicy.data.spans import locate_strings
from zhpolicy.data.textio import InputError
from zhpolicy.models.folder import ModelFolderError
from zhpolicy.models.ner import EntityTagger
from zhpolicy.models.windows import encode_text
from zhpolicy.models.word_features import (
    FEATURE_VOCAB_SIZE,
    WORD_FEATURES,
    char_features,
    feature_id,
    token_features,
    widen_token_types,
)
from zhpolicy.training.train_ner import NerConfig, train_ner


def test_every_character_gets_its_word_position_and_tag_class():
    text = "南浔区水利局将治理铜鉴湖。"
    features = char_features(text)
    assert len(features) == len(text)
    assert all(1 <= f < FEATURE_VOCAB_SIZE for f in features)
    assert features[-1] == feature_id("x", "S")  # 。 is punctuation standing alone
    # a word of n characters reads B, M…, E: the first and last character of 南浔区 differ in position
    assert features[0] != features[2]


def test_token_features_follow_the_tokens_first_character():
    tokenizer = tiny_tokenizer()
    encoded = encode_text(tokenizer, NER_TEXT)
    features = token_features(NER_TEXT, encoded.offsets)
    per_char = char_features(NER_TEXT)
    assert features == [per_char[start] for start, _ in encoded.offsets]


def tiny_tagger() -> BertForTokenClassification:
    torch.manual_seed(0)
    config = BertConfig(vocab_size=len(tiny_tokenizer().get_vocab()), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64, num_labels=len(BIO_TAGS))
    return BertForTokenClassification(config).eval()


def test_widening_keeps_what_the_model_read_before_and_saves_as_plain_bert(tmp_path):
    model = tiny_tagger()
    ids = torch.tensor([[2, 10, 11, 12, 3]])
    before = model(input_ids=ids).logits
    widen_token_types(model)
    assert model.config.type_vocab_size == FEATURE_VOCAB_SIZE
    assert torch.allclose(model(input_ids=ids).logits, before)
    # every new row starts as row 0, so any feature id reads like the base until trained
    assert torch.allclose(model(input_ids=ids, token_type_ids=torch.tensor([[0, 5, 9, 17, 0]])).logits, before)
    model.save_pretrained(tmp_path)
    reloaded = AutoModelForTokenClassification.from_pretrained(tmp_path)
    assert reloaded.config.type_vocab_size == FEATURE_VOCAB_SIZE
    widen_token_types(reloaded)  # already wide: left alone
    assert reloaded.bert.embeddings.token_type_embeddings.num_embeddings == FEATURE_VOCAB_SIZE


def test_tagger_trained_with_word_features_records_and_uses_them(tmp_path):
    base = tiny_base(tmp_path / "base")
    articles = [Article(id=f"s{i}", text=NER_TEXT, entities=locate_strings(NER_TEXT, NER_ENTITIES)) for i in range(6)]
    write_jsonl(articles, tmp_path / "train.jsonl")
    config = NerConfig(base_model=str(base), train=[{"path": str(tmp_path / "train.jsonl"), "format": "jsonl"}],
                       output=str(tmp_path / "ner"), epochs=10, batch_size=3, learning_rate=1e-2, warmup_ratio=0.0,
                       max_length=16, word_features=WORD_FEATURES)
    out = train_ner(config, progress=False)
    meta = json.loads((out / "zhpolicy.json").read_text())
    assert meta["reading"]["word_features"] == WORD_FEATURES
    tagger = EntityTagger.from_folder(out)
    assert tagger.word_features == WORD_FEATURES
    [found] = tagger.tag([NER_TEXT])
    assert {e.text for e in found} & {"谢沁菲", "南浔区水利局", "铜鉴湖"}, found
    # the features matter: the same ids with every feature id zeroed give other scores
    encoded = encode_text(tagger.tokenizer, NER_TEXT)
    ids = torch.tensor([[tagger.tokenizer.cls_token_id, *encoded.input_ids, tagger.tokenizer.sep_token_id]])
    types = torch.tensor([[0, *token_features(NER_TEXT, encoded.offsets), 0]])
    with torch.no_grad():
        assert not torch.allclose(tagger.model(input_ids=ids, token_type_ids=types).logits, tagger.model(input_ids=ids).logits)

    # continuing such a tagger without the features would read it wrongly: refused
    with pytest.raises(Exception, match="word features"):
        train_ner(NerConfig(**{**config.__dict__, "init": str(out), "word_features": None, "output": str(tmp_path / "again")}), progress=False)

    meta["reading"]["word_features"] = "some-other-features"
    (out / "zhpolicy.json").write_text(json.dumps(meta))
    with pytest.raises(ModelFolderError, match="word features"):
        EntityTagger.from_folder(out)


def test_training_windows_cut_in_worker_processes_equal_one_process_s():
    """``workers`` only spreads the jieba work: same windows, ids, features and allowed tags, in the same order."""
    from zhpolicy.training.train_ner import training_examples

    tokenizer = tiny_tokenizer()
    texts = [NER_TEXT, "丽水市莲都区召开防汛工作会议。" * 3, NER_TEXT[::-1], "张三在杭州。"] * 3
    articles = [Article(id=f"s{i}", text=text, entities=locate_strings(text, NER_ENTITIES) if text == NER_TEXT else [])
                for i, text in enumerate(texts)]
    alone = training_examples(articles, tokenizer, 16, True, workers=1, progress=False)
    spread = training_examples(articles, tokenizer, 16, True, workers=2, progress=False)
    assert len(alone) == len(spread) > len(articles)  # several windows per text
    for one, other in zip(alone, spread):
        assert one.input_ids == other.input_ids and one.type_ids == other.type_ids
        assert torch.equal(one.allowed, other.allowed)


def test_tagger_training_device_and_time_budget(tmp_path):
    from zhpolicy.training.train_ner import training_device

    assert training_device("cpu").type == "cpu"
    assert training_device("auto").type == ("cuda" if torch.cuda.is_available() else "cpu")
    with pytest.raises(InputError, match="use auto, cpu or cuda"):
        training_device("tpu")
    if not torch.cuda.is_available():
        with pytest.raises(InputError, match="no GPU"):
            training_device("cuda")
    # a budget smaller than one epoch: the first epoch runs, no second one starts
    base = tiny_base(tmp_path / "base")
    write_jsonl([Article(id=f"s{i}", text=NER_TEXT, entities=locate_strings(NER_TEXT, NER_ENTITIES)) for i in range(4)],
                tmp_path / "train.jsonl")
    config = NerConfig(base_model=str(base), train=[{"path": str(tmp_path / "train.jsonl"), "format": "jsonl"}],
                       output=str(tmp_path / "ner"), epochs=5, batch_size=2, max_length=16, max_seconds=1e-6)
    out = train_ner(config, progress=False)
    log = json.loads((out / "training_log.json").read_text())
    assert [entry["epoch"] for entry in log] == [1]
