"""Training configs: one YAML file in, every default visible in ``configs/``.

A config is a dataclass so that a typo in a YAML key is an error (not a
silently ignored setting) and the exact values used can be written back
into the model folder as ``training_config.yaml``.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any, TypeVar

import yaml
from zhpolicy.data.textio import InputError

ConfigT = TypeVar("ConfigT")


def load_config(cls: type[ConfigT], path: str | os.PathLike[str] | None, **overrides: Any) -> ConfigT:
    """Read ``path`` (YAML mapping) into ``cls``; command-line ``overrides`` that are not ``None`` win."""
    values: dict[str, Any] = {}
    if path is not None:
        source = Path(path)
        if not source.is_file():
            raise InputError(f"{source}: no such config file")
        try:
            loaded = yaml.safe_load(source.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as error:
            raise InputError(f"{source}: not valid YAML ({error})") from None
        if not isinstance(loaded, dict):
            raise InputError(f"{source}: a config is a mapping of settings, got {type(loaded).__name__}")
        values.update(loaded)
    values.update({key: value for key, value in overrides.items() if value is not None})
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise InputError(f"{path or 'config'}: unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    try:
        return cls(**values)
    except TypeError as error:
        raise InputError(f"{path or 'config'}: {error}") from None


def dump_config(config: Any, path: str | os.PathLike[str]) -> None:
    """Write the config actually used next to the model it made."""
    Path(path).write_text(yaml.safe_dump(dataclasses.asdict(config), allow_unicode=True, sort_keys=False), encoding="utf-8")


def seed_everything(seed: int) -> None:
    """Same seed, same model: Python, NumPy and torch generators."""
    import random

    import numpy as np
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
