"""The shipped configs: each loads into its command's settings, and the base ones show every setting."""

import dataclasses
import re
from pathlib import Path

import pytest
import yaml
from zhpolicy.training.config import load_config
from zhpolicy.training.pretrain import PretrainConfig
from zhpolicy.training.train_classifier import ClassifierConfig
from zhpolicy.training.train_ner import NerConfig

CONFIGS = Path(__file__).resolve().parents[1] / "configs"
#: Which command reads a config, by the start of its file name.
COMMANDS = {"classifier": ClassifierConfig, "ner": NerConfig, "pretrain": PretrainConfig}


def _settings_of(path: Path) -> type:
    return next(cls for prefix, cls in COMMANDS.items() if path.name.startswith(prefix))


@pytest.mark.parametrize("path", sorted(CONFIGS.glob("*.yaml")), ids=lambda path: path.name)
def test_every_config_loads_into_its_commands_settings(path):
    """A setting renamed or dropped in the code fails here (load_config refuses unknown keys), not in a user's run."""
    config = load_config(_settings_of(path), path)
    assert dataclasses.is_dataclass(config)


@pytest.mark.parametrize("name", ["classifier.yaml", "ner.yaml", "pretrain.yaml"])
def test_the_base_configs_show_every_setting(name):
    """configs/ holds every default in sight (ARCHITECTURE.md): a setting added to the code is added to its base
    config too, with the value the code defaults to or the one the recipe uses."""
    path = CONFIGS / name
    shown = set(yaml.safe_load(path.read_text(encoding="utf-8")))
    fields = {field.name for field in dataclasses.fields(_settings_of(path))}
    assert fields - shown == set(), f"{name} does not show: {sorted(fields - shown)}"


def test_the_readme_layout_names_every_config():
    """Each config file is named in the README's Layout table, which says which model it made."""
    readme = (CONFIGS.parent / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`([a-z0-9-]+\.yaml)`", layout))
    assert {path.name for path in CONFIGS.glob("*.yaml")} == named
