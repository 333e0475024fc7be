"""Tiny random-weight BERT folders for fast tests (built in the test, never downloaded)."""

from __future__ import annotations

from pathlib import Path

from transformers import BertConfig, BertForMaskedLM, BertTokenizer

SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]

#: Short texts per domain made of characters the tiny vocabulary knows.
DOMAIN_TEXTS = {
    "water": "河道治理与节水工程同步推进，水库供水稳定。",
    "elderly_care": "社区老年食堂开张，老人在助餐点吃上热饭。",
    "disaster_prevention": "防汛防台应急演练开展，地质灾害点排查完毕。",
    "power_supply": "供电公司抢修电网线路，用电负荷创新高。",
    "rural_revitalization": "村集体经济增收，乡村产业带动农民致富。",
    "party_building": "党支部开展党员教育，党群服务中心揭牌。",
    "other": "篮球比赛在体育馆举行，学校学生踊跃参加。",
}

#: A labeled sentence for NER tests: (text, [(entity text, type), ...]).
NER_TEXT = "义亭镇党委书记谢沁菲表示，南浔区水利局将治理铜鉴湖。"
NER_ENTITIES = [("义亭镇", "LOC"), ("党委书记", "TITLE"), ("谢沁菲", "PER"), ("南浔区水利局", "ORG"), ("铜鉴湖", "LOC")]

CHARACTERS = sorted(set("".join(DOMAIN_TEXTS.values()) + NER_TEXT + "，。！？：；、“”（）《》0123456789记者摄图为标题"))


def tiny_tokenizer() -> BertTokenizer:
    """A character-level WordPiece tokenizer over :data:`CHARACTERS`."""
    vocab = {token: index for index, token in enumerate(SPECIAL + CHARACTERS)}
    return BertTokenizer(vocab=vocab)


def tiny_base(folder: Path, max_positions: int = 64) -> Path:
    """Write a random 1-layer BERT (masked-LM head) and its tokenizer to ``folder``."""
    tokenizer = tiny_tokenizer()
    config = BertConfig(
        vocab_size=len(tokenizer.get_vocab()),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=max_positions,
    )
    BertForMaskedLM(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def tiny_model_dir(folder: Path) -> Path:
    """A folder holding a random tiny classifier (``domain/``) and NER model (``ner/``), as `train` writes them."""
    from transformers import BertForSequenceClassification, BertForTokenClassification
    from zhpolicy.data.labels import BIO_TAGS, DOMAINS
    from zhpolicy.training.train_classifier import ClassifierConfig, save_classifier
    from zhpolicy.training.train_ner import NerConfig, save_ner

    tokenizer = tiny_tokenizer()
    shape = dict(vocab_size=len(tokenizer.get_vocab()), hidden_size=32, num_hidden_layers=1, num_attention_heads=2,
                 intermediate_size=64, max_position_embeddings=64)
    classifier = BertForSequenceClassification(BertConfig(**shape, num_labels=len(DOMAINS), id2label=dict(enumerate(DOMAINS)),
                                                          label2id={d: i for i, d in enumerate(DOMAINS)}))
    reading = {"max_length": 64, "max_title_tokens": 8, "pooling": "mean"}
    save_classifier(classifier, tokenizer, reading, ClassifierConfig(output=str(folder / "domain"), max_length=64), [])
    tagger = BertForTokenClassification(BertConfig(**shape, num_labels=len(BIO_TAGS), id2label=dict(enumerate(BIO_TAGS)),
                                                   label2id={t: i for i, t in enumerate(BIO_TAGS)}))
    save_ner(tagger, tokenizer, NerConfig(output=str(folder / "ner"), max_length=64), [])
    return folder
