"""What a zhpolicy model folder holds besides the HF files.

A model folder is self-describing: ``config.json`` (with ``id2label``), the
tokenizer, ``training_config.yaml`` (the exact config used),
``zhpolicy.json`` (the task and how texts are read: window size, pooling,
title handling) and a ``README.md`` model card. ``zhpolicy.json`` is what
lets ``evaluate`` and ``predict`` tell a classifier folder from an NER one
without guessing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

META_FILE = "zhpolicy.json"


class ModelFolderError(ValueError):
    """A folder that is not a model folder zhpolicy wrote (or is broken)."""


def write_meta(folder: str | os.PathLike[str], meta: dict[str, Any]) -> None:
    """Write ``zhpolicy.json`` into ``folder``."""
    path = Path(folder) / META_FILE
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_meta(folder: str | os.PathLike[str]) -> dict[str, Any]:
    """Read ``zhpolicy.json``; a clear error if the folder is not a model folder."""
    root = Path(folder)
    if not root.is_dir():
        raise ModelFolderError(f"{root}: no such model folder")
    path = root / META_FILE
    if not path.is_file():
        raise ModelFolderError(
            f"{root}: not a zhpolicy model folder (no {META_FILE}); give a folder written by `zhpolicy train`"
        )
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ModelFolderError(f"{path}: not valid JSON ({error})") from None
    if meta.get("task") not in {"domain", "ner"}:
        raise ModelFolderError(f"{path}: unknown task {meta.get('task')!r}")
    return meta


_TASK_NAMES = {"domain": "a domain classifier", "ner": "an entity tagger"}


def reading_precision(model, bf16: bool):
    """The context a model reads in: bfloat16 autocast when ``bf16`` (``--bf16``), else the dtype it was loaded in.

    Why opt-in: on CPUs with native bfloat16 (AVX-512 BF16, AMX) it about halves
    the time per token, and the shipped models' dev figures did not move (README:
    Throughput); on CPUs without it, it is slower, and outputs may differ in a
    few spans from the fp32 reading.
    """
    import torch

    return torch.autocast(device_type=model.device.type, dtype=torch.bfloat16, enabled=bf16)


def load_model_folder(folder: str | os.PathLike[str], task: str, auto_class, device: str = "cpu"):
    """``(model, tokenizer, meta)`` of a folder holding a ``task`` model.

    Shipped weights are fp16; on CPU they are read as fp32 (CPU fp16 matmuls
    are slow and lossy), on a GPU in the dtype they were saved in.
    """
    import torch
    from transformers import AutoTokenizer

    meta = read_meta(folder)
    if meta["task"] != task:
        raise ModelFolderError(f"{folder}: holds a {meta['task']} model, not {_TASK_NAMES[task]}")
    dtype = torch.float32 if device == "cpu" else None
    model = auto_class.from_pretrained(folder, dtype=dtype).to(device)
    return model, AutoTokenizer.from_pretrained(folder), meta
