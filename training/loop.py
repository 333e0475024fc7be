"""What the classifier and tagger fine-tuning loops share.

Both loops are plain PyTorch (their batches are not one row per example:
see :mod:`.train_classifier` and :mod:`.train_ner`), so the optimizer set-up,
the clipped step and keeping the best dev epoch live here once.
"""

from __future__ import annotations

import copy
from typing import Any, Protocol

import torch
from transformers import get_linear_schedule_with_warmup
from zhpolicy.data.textio import InputError


class OptimizerSettings(Protocol):
    """The config fields both fine-tuning configs carry."""

    learning_rate: float
    weight_decay: float
    warmup_ratio: float
    max_grad_norm: float


class Optimization:
    """AdamW with linear warmup and linear decay to zero over ``total_steps``, one clipped step at a time."""

    def __init__(self, model: torch.nn.Module, settings: OptimizerSettings, total_steps: int) -> None:
        self.model = model
        self.max_grad_norm = settings.max_grad_norm
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay)
        self.scheduler = get_linear_schedule_with_warmup(self.optimizer, int(settings.warmup_ratio * total_steps), total_steps)

    def step(self, loss: torch.Tensor) -> float:
        """Back-propagate ``loss``, clip the gradient norm, update, advance the schedule; return the loss value."""
        loss.backward()
        torch.nn.utils.clip_grad_norm_(self.model.parameters(), self.max_grad_norm)
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad()
        return float(loss.item())


class BestEpoch:
    """A copy of the weights of the epoch with the best dev score.

    Without a dev set nothing is offered and the last epoch's weights stand.
    """

    def __init__(self) -> None:
        self.score = float("-inf")
        self.state: dict[str, Any] | None = None

    def offer(self, score: float, model: torch.nn.Module) -> bool:
        """Keep the model's weights if ``score`` beats every earlier epoch's; say whether it did."""
        if score <= self.score:
            return False
        self.score, self.state = score, copy.deepcopy(model.state_dict())
        return True

    def restore(self, model: torch.nn.Module) -> None:
        """Load the kept weights into ``model`` (no-op when nothing was offered)."""
        if self.state is not None:
            model.load_state_dict(self.state)


def training_device(name: str) -> torch.device:
    """``auto`` is the GPU when torch sees one; ``cuda`` without one is an error, not a silent CPU run."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name not in ("cpu", "cuda"):
        raise InputError(f"device {name!r}: use auto, cpu or cuda")
    if name == "cuda" and not torch.cuda.is_available():
        raise InputError("device cuda: torch sees no GPU here")
    return torch.device(name)
