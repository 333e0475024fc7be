"""``zhpolicy pretrain``: make (or adapt) the BERT base the fine-tuning commands start from.

No pretrained Chinese BERT can be downloaded here, so the project owns this
step. One config in (``configs/pretrain.yaml``), one model folder out that
``AutoModelForMaskedLM`` and ``train classifier`` / ``train ner`` load.

1. **Vocabulary**: a WordPiece vocabulary built with ``tokenizers`` on the
   corpus — every CJK character its own token (as in bert-base-chinese),
   Latin lower-cased, no accent stripping or NFKC, so full-width
   punctuation stays as written — or the tokenizer of an existing base
   (``tokenizer_from``, and always with ``--init``).
2. **Packing**: documents are tokenized, joined with ``[SEP]`` and cut into
   ``[CLS] … [SEP]`` sequences of ``seq_length`` tokens; a held-out share of
   documents is kept apart for the MLM figures.
3. **Masked LM**: dynamic masking per batch (15%, 80/10/10), optional whole-
   word masking with jieba word boundaries; the vocabulary projection is
   computed on masked positions only (most of the cost of a small model's
   step otherwise); bf16 autocast where the CPU or GPU has it; AdamW with
   linear warmup and cosine decay over a time or token budget; periodic
   checkpoints; held-out MLM loss and accuracy at the end.
4. **Probe**: optionally a short NER fine-tune on MSRA and its test F1, so a
   base is judged by what it does downstream, not by its MLM loss.
"""

from __future__ import annotations

import json
import math
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from tqdm.auto import tqdm
from transformers import AutoTokenizer, BertConfig, BertForMaskedLM, BertTokenizerFast
from zhpolicy.data.formats import iter_json_objects
from zhpolicy.data.textio import InputError, read_text

from .config import dump_config, seed_everything
from .loop import training_device

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


@dataclass
class PretrainConfig:
    """Every setting of ``pretrain``; ``configs/pretrain.yaml`` shows the defaults."""

    corpus: list[str] = field(default_factory=lambda: ["../shared/data/raw_news/xwlb_china-data.jsonl.gz"])
    output: str = "runs/base"
    init: str | None = None
    tokenizer_from: str | None = None
    vocab_size: int = 12000
    min_frequency: int = 5
    hidden_size: int = 256
    num_hidden_layers: int = 4
    num_attention_heads: int = 4
    intermediate_size: int = 1024
    seq_length: int = 256
    batch_size: int = 64
    learning_rate: float = 7.0e-4
    weight_decay: float = 0.01
    warmup_ratio: float = 0.04
    max_seconds: float | None = 600
    max_tokens: int | None = None
    mask_probability: float = 0.15
    whole_word_masking: bool = False
    bf16: bool = True
    dropout: float = 0.0
    fine_tuning_dropout: float = 0.1
    held_out_documents: int = 500
    max_documents: int | None = None
    checkpoint_seconds: float = 1800
    seed: int = 13
    probe: dict[str, Any] | None = None


def read_corpus(paths: list[str], max_documents: int | None = None) -> list[str]:
    """Documents from ``.jsonl``/``.jsonl.gz`` (their ``text``; e.g. ``split-pages`` output or raw news) or ``.txt`` (one per file)."""
    documents: list[str] = []
    for name in paths:
        path = Path(name)
        files = sorted(path.rglob("*.txt")) + sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
        for file in files:
            if not file.is_file():
                raise InputError(f"{file}: no such corpus file")
            if file.name.endswith((".jsonl", ".jsonl.gz")):
                for _, record in iter_json_objects(file):
                    text = record.get("text")
                    if isinstance(text, str) and text.strip():
                        documents.append(text.strip())
            else:
                documents.append(read_text(file).strip())
            if max_documents and len(documents) >= max_documents:
                return documents[:max_documents]
    if not documents:
        raise InputError(f"{', '.join(paths)}: no documents")
    return documents


def build_tokenizer(documents: list[str], vocab_size: int, min_frequency: int) -> BertTokenizerFast:
    """A bert-base-chinese-style WordPiece tokenizer trained on ``documents``."""
    from tokenizers import (
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
        trainers,
    )

    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=True)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(vocab_size=vocab_size, min_frequency=min_frequency, special_tokens=SPECIAL_TOKENS)
    tokenizer.train_from_iterator(documents, trainer=trainer)
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    tokenizer.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1", special_tokens=[("[CLS]", cls), ("[SEP]", sep)]
    )
    tokenizer.decoder = decoders.WordPiece(prefix="##")
    return BertTokenizerFast(
        tokenizer_object=tokenizer, unk_token="[UNK]", sep_token="[SEP]", pad_token="[PAD]", cls_token="[CLS]",
        mask_token="[MASK]", do_lower_case=True, tokenize_chinese_chars=True, strip_accents=False,
    )


def pack(documents: list[str], tokenizer, seq_length: int) -> list[list[int]]:
    """``[CLS] … [SEP]`` sequences of exactly ``seq_length`` tokens (the tail shorter), documents joined by [SEP]."""
    body = seq_length - 2
    stream: list[int] = []
    for ids in tokenizer(documents, add_special_tokens=False)["input_ids"]:
        stream.extend(ids)
        stream.append(tokenizer.sep_token_id)
    return [[tokenizer.cls_token_id, *stream[i : i + body], tokenizer.sep_token_id] for i in range(0, len(stream), body) if stream[i : i + body]]


def word_groups(tokenizer, sequence: list[int]) -> list[int]:
    """Whole-word masking: a word index per token from jieba's segmentation (tokens of one word share it)."""
    try:
        import jieba
    except ImportError:
        raise InputError("whole_word_masking needs jieba (pip install jieba)") from None
    surfaces = ["\x00" if t in SPECIAL_TOKENS else t.removeprefix("##") for t in tokenizer.convert_ids_to_tokens(sequence)]
    word_of_char: list[int] = []
    for index, word in enumerate(jieba.cut("".join(surfaces), HMM=False)):
        word_of_char.extend([index] * len(word))
    groups, position = [], 0
    for surface in surfaces:
        groups.append(word_of_char[position] if position < len(word_of_char) else (groups[-1] if groups else 0))
        position += len(surface)
    return groups


def mask_batch(batch: torch.Tensor, tokenizer, probability: float, generator: torch.Generator,
               groups: torch.Tensor | None = None) -> tuple[torch.Tensor, torch.Tensor]:
    """Dynamic BERT masking: inputs and labels (-100 where not predicted).

    ``groups`` (same shape, word index per token) makes whole words masked together.
    """
    special = (batch == tokenizer.pad_token_id) | (batch == tokenizer.cls_token_id) | (batch == tokenizer.sep_token_id)
    if groups is None:
        chosen = (torch.rand(batch.shape, generator=generator) < probability) & ~special
    else:
        word_pick = torch.rand((batch.shape[0], int(groups.max()) + 1), generator=generator) < probability
        chosen = torch.gather(word_pick, 1, groups) & ~special
    labels = torch.where(chosen, batch, torch.full_like(batch, -100))
    inputs = batch.clone()
    roll = torch.rand(batch.shape, generator=generator)
    inputs[chosen & (roll < 0.8)] = tokenizer.mask_token_id
    random_words = torch.randint(len(tokenizer), batch.shape, generator=generator)
    swap = chosen & (roll >= 0.8) & (roll < 0.9)
    inputs[swap] = random_words[swap]
    return inputs, labels


def masked_lm_loss(model: BertForMaskedLM, inputs: torch.Tensor, attention: torch.Tensor, labels: torch.Tensor) -> tuple[torch.Tensor, int, int]:
    """Loss with the vocabulary projection on masked positions only; also (correct, masked) counts."""
    hidden = model.bert(input_ids=inputs, attention_mask=attention).last_hidden_state
    where = labels != -100
    logits = model.cls(hidden[where]).float()
    gold = labels[where]
    loss = torch.nn.functional.cross_entropy(logits, gold)
    return loss, int((logits.argmax(-1) == gold).sum()), int(gold.numel())


def _batch_tensors(sequences: list[list[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(s) for s in sequences)
    ids = torch.full((len(sequences), width), pad_id, dtype=torch.long)
    for row, sequence in enumerate(sequences):
        ids[row, : len(sequence)] = torch.tensor(sequence)
    return ids, (ids != pad_id).long()


def _groups(tokenizer, sequences: list[list[int]], width: int) -> torch.Tensor:
    groups = torch.zeros((len(sequences), width), dtype=torch.long)
    for row, sequence in enumerate(sequences):
        groups[row, : len(sequence)] = torch.tensor(word_groups(tokenizer, sequence))
    return groups


def _set_dropout(model: BertForMaskedLM, probability: float) -> None:
    """Pretrain without dropout (as v0 was: with little data per parameter it only slows learning); save the fine-tuning value."""
    model.config.hidden_dropout_prob = probability
    model.config.attention_probs_dropout_prob = probability
    for module in model.modules():
        if isinstance(module, torch.nn.Dropout):
            module.p = probability


def _autocast(enabled: bool, device: torch.device):
    if enabled and (device.type == "cuda" and torch.cuda.is_bf16_supported() or device.type == "cpu"):
        return torch.autocast(device.type, dtype=torch.bfloat16)
    return torch.autocast(device.type, enabled=False)


@torch.no_grad()
def held_out_mlm(model: BertForMaskedLM, tokenizer, sequences: list[list[int]], config: PretrainConfig) -> dict[str, float]:
    """Held-out MLM loss and accuracy with a fixed masking seed (comparable between runs)."""
    model.eval()
    generator = torch.Generator().manual_seed(1234)
    total_loss, correct, masked = 0.0, 0, 0
    for first in range(0, len(sequences), config.batch_size):
        ids, attention = _batch_tensors(sequences[first : first + config.batch_size], tokenizer.pad_token_id)
        inputs, labels = mask_batch(ids, tokenizer, config.mask_probability, generator)
        if (labels != -100).sum() == 0:
            continue
        with _autocast(config.bf16, model.device):
            loss, right, count = masked_lm_loss(model, inputs.to(model.device), attention.to(model.device), labels.to(model.device))
        total_loss += float(loss) * count
        correct += right
        masked += count
    model.train()
    return {"loss": round(total_loss / max(masked, 1), 4), "accuracy": round(correct / max(masked, 1), 4), "masked_tokens": masked}


def _start(config: PretrainConfig, documents: list[str]):
    if config.init:
        tokenizer = AutoTokenizer.from_pretrained(config.init)
        # fp32 whatever the folder was saved in: transformers 5 loads a saved fp16 base as fp16, and
        # optimizer updates on fp16 weights mostly round away
        return BertForMaskedLM.from_pretrained(config.init, dtype=torch.float32), tokenizer
    tokenizer = (AutoTokenizer.from_pretrained(config.tokenizer_from) if config.tokenizer_from
                 else build_tokenizer(documents, config.vocab_size, config.min_frequency))
    model_config = BertConfig(
        vocab_size=len(tokenizer), hidden_size=config.hidden_size, num_hidden_layers=config.num_hidden_layers,
        num_attention_heads=config.num_attention_heads, intermediate_size=config.intermediate_size,
        max_position_embeddings=config.seq_length, pad_token_id=tokenizer.pad_token_id,
    )
    return BertForMaskedLM(model_config), tokenizer


def pretrain(config: PretrainConfig, progress: bool = True) -> Path:
    """Pretrain within the budget; write the base folder (and run the probe if configured)."""
    if not config.max_seconds and not config.max_tokens:
        raise InputError("set a budget: max_seconds or max_tokens")
    seed_everything(config.seed)
    rng = random.Random(config.seed)
    documents = read_corpus(config.corpus, config.max_documents)
    rng.shuffle(documents)
    held = documents[: config.held_out_documents] if len(documents) > config.held_out_documents * 2 else []
    train_documents = documents[len(held) :]
    model, tokenizer = _start(config, train_documents)
    if config.seq_length > model.config.max_position_embeddings:
        raise InputError(f"seq_length {config.seq_length} exceeds the model's {model.config.max_position_embeddings} positions")
    _set_dropout(model, config.dropout)
    device = training_device("auto")
    model.to(device).train()
    sequences = pack(train_documents, tokenizer, config.seq_length)
    held_sequences = pack(held, tokenizer, config.seq_length) if held else []
    tokens_per_step = config.batch_size * config.seq_length
    total_steps = math.ceil(config.max_tokens / tokens_per_step) if config.max_tokens else None
    print(f"{len(train_documents)} documents → {len(sequences)} sequences of {config.seq_length}; "
          f"{len(held)} held out; vocabulary {len(tokenizer)}", file=sys.stderr)

    optimizer = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay)
    generator = torch.Generator().manual_seed(config.seed)
    out = Path(config.output)
    out.mkdir(parents=True, exist_ok=True)
    started = last_checkpoint = time.perf_counter()
    step, seen_tokens, order = 0, 0, []
    bar = tqdm(desc="pretraining", unit=" steps", disable=not progress, mininterval=5)
    while True:
        elapsed = time.perf_counter() - started
        done = max(step / total_steps if total_steps else 0.0, elapsed / config.max_seconds if config.max_seconds else 0.0)
        if done >= 1.0:
            break
        warmup = config.warmup_ratio
        scale = done / warmup if done < warmup else 0.5 * (1 + math.cos(math.pi * (done - warmup) / (1 - warmup)))
        for group in optimizer.param_groups:
            group["lr"] = config.learning_rate * scale
        if len(order) < config.batch_size:
            order.extend(rng.sample(range(len(sequences)), len(sequences)))
        batch_sequences = [sequences[order.pop()] for _ in range(min(config.batch_size, len(sequences)))]
        ids, attention = _batch_tensors(batch_sequences, tokenizer.pad_token_id)
        groups = _groups(tokenizer, batch_sequences, ids.shape[1]) if config.whole_word_masking else None
        inputs, labels = mask_batch(ids, tokenizer, config.mask_probability, generator, groups)
        if (labels != -100).sum() == 0:
            continue
        with _autocast(config.bf16, device):
            loss, _, _ = masked_lm_loss(model, inputs.to(device), attention.to(device), labels.to(device))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad()
        step += 1
        seen_tokens += int(attention.sum())
        bar.update(1)
        if step % 20 == 0:
            bar.set_postfix(loss=f"{loss.item():.3f}", lr=f"{config.learning_rate * scale:.2e}")
        if time.perf_counter() - last_checkpoint > config.checkpoint_seconds:
            model.save_pretrained(out / "checkpoint")
            tokenizer.save_pretrained(out / "checkpoint")
            last_checkpoint = time.perf_counter()
    bar.close()
    seconds = time.perf_counter() - started
    summary: dict[str, Any] = {
        "steps": step, "tokens_seen": seen_tokens, "seconds": round(seconds, 1),
        "tokens_per_second": round(seen_tokens / max(seconds, 1e-9)), "documents": len(train_documents),
        "held_out_documents": len(held), "parameters": sum(p.numel() for p in model.parameters()),
        "init": config.init, "device": device.type,
    }
    if held_sequences:
        summary["held_out_mlm"] = held_out_mlm(model, tokenizer, held_sequences, config)
    _set_dropout(model, config.fine_tuning_dropout)  # what the saved config gives fine-tuning
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    dump_config(config, out / "pretrain_config.yaml")
    if config.probe:
        summary["probe"] = run_probe(out, config.probe, progress)
    (out / "pretrain_summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    write_base_card(out, config, summary)
    print(json.dumps(summary), file=sys.stderr)
    return out


def run_probe(base: Path, probe: dict[str, Any], progress: bool) -> dict[str, Any]:
    """Short NER fine-tune on ``probe['train']`` (BIO), entity F1 on ``probe['test']``: judges a base downstream."""
    from .evaluate_ner import evaluate_ner
    from .train_ner import NerConfig, train_ner

    folder = base / "probe"
    config = NerConfig(
        base_model=str(base), output=str(folder), epochs=int(probe.get("epochs", 1)),
        train=[{"path": probe["train"], "format": probe.get("format", "bio"), "limit": probe.get("sentences")}],
        dev=[], learning_rate=float(probe.get("learning_rate", 2e-4)), batch_size=int(probe.get("batch_size", 32)),
        max_length=min(int(probe.get("max_length", 160)), AutoTokenizer.from_pretrained(base).model_max_length or 10**6),
        save_fp16=False,
    )
    train_ner(config, progress=progress)
    report = evaluate_ner(folder, [probe["test"]], probe.get("format", "bio"))
    return {"train": probe["train"], "sentences": probe.get("sentences"), "epochs": config.epochs, "test": probe["test"],
            "f1": report["merged"]["overall"]["f1"], "per_type": {t: s["f1"] for t, s in report["merged"]["per_type"].items()}}


def write_base_card(out: Path, config: PretrainConfig, summary: dict[str, Any]) -> None:
    held = summary.get("held_out_mlm", {})
    probe = summary.get("probe")
    lines = [
        "---", "language: zh", "library_name: transformers", "pipeline_tag: fill-mask", "tags: [bert, chinese, news, zhpolicy]", "---",
        f"# {out.name}", "",
        "A Chinese BERT base made by `zhpolicy pretrain`" + (f", continued from `{config.init}`." if config.init else " from scratch."), "",
        "| | |", "| --- | --- |",
        f"| architecture | BERT, {config.num_hidden_layers if not config.init else '(as init)'} layers, hidden {config.hidden_size if not config.init else '(as init)'}, {config.seq_length} positions used |",
        f"| parameters | {summary['parameters'] / 1e6:.2f}M |",
        f"| corpus | {', '.join(config.corpus)}: {summary['documents']} documents ({summary['held_out_documents']} held out) |",
        f"| budget | {summary['seconds']} s on {summary['device']}, {summary['steps']} steps, {summary['tokens_seen']:,} tokens ({summary['tokens_per_second']:,} tokens/s) |",
        f"| masking | {config.mask_probability:.0%} dynamic, 80/10/10{', whole words (jieba)' if config.whole_word_masking else ''}; projection on masked positions only |",
        f"| held-out MLM | loss {held.get('loss', '–')}, accuracy {held.get('accuracy', '–')} |",
    ]
    if probe:
        lines.append(f"| MSRA probe | entity F1 {probe['f1']} ({probe['sentences']} sentences, {probe['epochs']} epoch) |")
    lines += ["", "Settings: `pretrain_config.yaml`; figures: `pretrain_summary.json`.", ""]
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")
