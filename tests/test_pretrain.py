import json

import pytest
import torch
from tiny_models import DOMAIN_TEXTS, NER_TEXT
from transformers import AutoModelForMaskedLM, AutoTokenizer
from zhpolicy.training.pretrain import (
    PretrainConfig,
    _groups,
    build_tokenizer,
    mask_batch,
    pack,
    pretrain,
    word_groups,
)

DOCUMENTS = [f"第{i}条：" + text + "ＡＢＣ，Hello世界。" for i in range(12) for text in [*DOMAIN_TEXTS.values(), NER_TEXT]]


def tiny_config(tmp_path, **extra) -> PretrainConfig:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": d}, ensure_ascii=False) + "\n" for d in DOCUMENTS), encoding="utf-8")
    settings = dict(corpus=[str(corpus)], output=str(tmp_path / "base"), vocab_size=300, min_frequency=1, hidden_size=32,
                    num_hidden_layers=1, num_attention_heads=2, intermediate_size=64, seq_length=32, batch_size=8,
                    max_seconds=None, max_tokens=8 * 32 * 6, held_out_documents=10, probe=None, learning_rate=1e-3)
    settings.update(extra)
    return PretrainConfig(**settings)


def test_vocabulary_keeps_cjk_characters_whole_and_full_width_punctuation():
    tokenizer = build_tokenizer(DOCUMENTS, vocab_size=300, min_frequency=1)
    tokens = tokenizer.tokenize("节水工程，ＡＢＣ")
    assert tokens[:5] == ["节", "水", "工", "程", "，"]  # one token per character; the full-width comma kept
    assert "," not in tokens


def test_packing_and_masking():
    tokenizer = build_tokenizer(DOCUMENTS, vocab_size=300, min_frequency=1)
    sequences = pack(DOCUMENTS, tokenizer, seq_length=32)
    assert all(s[0] == tokenizer.cls_token_id and s[-1] == tokenizer.sep_token_id for s in sequences)
    assert all(len(s) == 32 for s in sequences[:-1])
    batch = torch.tensor(sequences[:4])
    inputs, labels = mask_batch(batch, tokenizer, 0.15, torch.Generator().manual_seed(0))
    chosen = labels != -100
    assert 0 < chosen.float().mean() < 0.3
    assert not chosen[:, 0].any() and not chosen[:, -1].any()  # [CLS]/[SEP] never predicted
    assert (labels[chosen] == batch[chosen]).all() and (inputs[~chosen] == batch[~chosen]).all()


def test_whole_word_masking_masks_jieba_words_together():
    tokenizer = build_tokenizer(DOCUMENTS, vocab_size=300, min_frequency=1)
    sequence = tokenizer("党支部开展党员教育")["input_ids"]
    groups = word_groups(tokenizer, sequence)
    assert len(groups) == len(sequence)
    assert groups[1] == groups[2] == groups[3]  # 党支部 is one word
    assert groups[4] != groups[3]
    batch = torch.tensor([sequence] * 64)
    inputs, labels = mask_batch(batch, tokenizer, 0.3, torch.Generator().manual_seed(0), _groups(tokenizer, [sequence] * 64, len(sequence)))
    chosen = labels != -100
    # within every row, the three tokens of 党支部 are predicted together or not at all
    assert ((chosen[:, 1] == chosen[:, 2]) & (chosen[:, 2] == chosen[:, 3])).all()
    assert chosen[:, 1].any()


def test_pretrain_writes_a_base_that_loads_and_can_be_continued(tmp_path):
    out = pretrain(tiny_config(tmp_path), progress=False)
    model = AutoModelForMaskedLM.from_pretrained(out)
    assert model.config.max_position_embeddings == 32
    assert model.config.hidden_dropout_prob == 0.1  # pretrained without dropout, saved for fine-tuning
    assert AutoTokenizer.from_pretrained(out).tokenize("节水")[0] == "节"
    summary = json.loads((out / "pretrain_summary.json").read_text())
    assert summary["steps"] == 6 and 0 <= summary["held_out_mlm"]["accuracy"] <= 1
    assert "held-out MLM" in (out / "README.md").read_text()
    continued = pretrain(tiny_config(tmp_path, init=str(out), output=str(tmp_path / "continued")), progress=False)
    assert json.loads((continued / "pretrain_summary.json").read_text())["init"] == str(out)


def test_probe_fine_tunes_ner_and_reports_f1(tmp_path):
    bio = tmp_path / "probe_bio"
    tags = ["B-LOC", "I-LOC", "I-LOC"] + ["O"] * 4 + ["B-PER", "I-PER", "I-PER"] + ["O"] * (len(NER_TEXT) - 10)
    bio.write_text(("\n".join(f"{c}\t{t}" for c, t in zip(NER_TEXT, tags)) + "\n\n") * 6, encoding="utf-8")
    probe = {"train": str(bio), "test": str(bio), "format": "bio", "sentences": 6, "epochs": 1, "max_length": 32}
    out = pretrain(tiny_config(tmp_path, probe=probe), progress=False)
    result = json.loads((out / "pretrain_summary.json").read_text())["probe"]
    assert 0 <= result["f1"] <= 1 and result["sentences"] == 6
    assert "MSRA probe" in (out / "README.md").read_text()


def test_a_budget_is_required(tmp_path):
    from zhpolicy.data.textio import InputError

    with pytest.raises(InputError, match="budget"):
        pretrain(tiny_config(tmp_path, max_tokens=None), progress=False)


def test_pretrain_with_whole_word_masking_runs(tmp_path):
    out = pretrain(tiny_config(tmp_path, whole_word_masking=True, max_tokens=8 * 32 * 2), progress=False)
    assert json.loads((out / "pretrain_summary.json").read_text())["steps"] == 2
