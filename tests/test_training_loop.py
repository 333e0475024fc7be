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
