"""The optimizer set-up and best-epoch keeping that both fine-tuning loops share."""

from types import SimpleNamespace

import torch
from zhpolicy.training.loop import BestEpoch, Optimization

SETTINGS = SimpleNamespace(learning_rate=0.1, weight_decay=0.0, warmup_ratio=0.1, max_grad_norm=1.0)


def test_optimization_warms_up_decays_to_zero_and_learns():
    torch.manual_seed(0)
    model = torch.nn.Linear(3, 1)
    inputs, targets = torch.randn(32, 3), torch.randn(32, 1)
    optimization = Optimization(model, SETTINGS, total_steps=20)
    assert optimization.optimizer.param_groups[0]["lr"] == 0.0  # warmup starts at zero
    losses = [optimization.step(torch.nn.functional.mse_loss(model(inputs), targets)) for _ in range(20)]
    assert losses[-1] < losses[0]
    assert optimization.optimizer.param_groups[0]["lr"] == 0.0  # decayed to zero at the last step
    assert all(p.grad is None or not p.grad.any() for p in model.parameters())  # gradients cleared after each step


def test_best_epoch_keeps_the_best_weights_not_the_last():
    model = torch.nn.Linear(2, 2)
    best = BestEpoch()
    with torch.no_grad():
        model.weight.fill_(1.0)
    assert best.offer(0.5, model)
    with torch.no_grad():
        model.weight.fill_(2.0)
    assert not best.offer(0.4, model)
    best.restore(model)
    assert torch.equal(model.weight, torch.ones(2, 2))


def test_best_epoch_without_dev_leaves_the_last_weights():
    model = torch.nn.Linear(2, 2)
    before = model.weight.detach().clone()
    BestEpoch().restore(model)
    assert torch.equal(model.weight, before)


def test_every_trainer_starts_a_fp16_base_in_fp32(tmp_path):
    """transformers 5 loads a folder saved in fp16 (runs/base-6x384, any ``half()`` export) as fp16; AdamW steps on
    fp16 weights mostly round away, so the trainers ask for fp32 and the classifier goes to its training device."""
    from tiny_models import tiny_base
    from transformers import BertForMaskedLM
    from zhpolicy.training.pretrain import PretrainConfig, _start
    from zhpolicy.training.train_classifier import ClassifierConfig
    from zhpolicy.training.train_classifier import _load_start as classifier_start
    from zhpolicy.training.train_ner import NerConfig
    from zhpolicy.training.train_ner import _load_start as tagger_start

    base = tiny_base(tmp_path / "base")
    BertForMaskedLM.from_pretrained(base).half().save_pretrained(base)
    assert BertForMaskedLM.from_pretrained(base).dtype == torch.float16  # what a plain load gives
    classifier, _, _ = classifier_start(ClassifierConfig(base_model=str(base), max_length=64, device="cpu"))
    tagger, _ = tagger_start(NerConfig(base_model=str(base)))
    masked_lm, _ = _start(PretrainConfig(init=str(base)), [])
    assert {classifier.dtype, tagger.dtype, masked_lm.dtype} == {torch.float32}
