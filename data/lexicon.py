"""User lexicons: ``term<TAB>TYPE`` lines of names the model should always tag.

A user's new place or organization names (a new development zone, a
renamed bureau) are read here and applied on top of the model's entities by
:func:`zhpolicy.models.lexicon.apply_lexicon` with hanlp's trie. Blank
lines and lines starting with ``#`` are skipped; anything else that is not
``term<TAB>TYPE`` with a LABELS.md type is an error with its line number.
"""

from __future__ import annotations

import os

from .labels import ENTITY_TYPES
from .textio import InputError, read_text


def read_lexicon(path: str | os.PathLike[str]) -> dict[str, str]:
    """Terms and their entity types from a lexicon file."""
    lexicon: dict[str, str] = {}
    for number, line in enumerate(read_text(path).splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        parts = stripped.split("\t")
        if len(parts) != 2 or not parts[0].strip():
            raise InputError(f"{path}:{number}: expected term<TAB>TYPE, got {line!r}")
        term, kind = parts[0].strip(), parts[1].strip()
        if kind not in ENTITY_TYPES:
            raise InputError(f"{path}:{number}: unknown type {kind!r}; use one of {', '.join(ENTITY_TYPES)}")
        if lexicon.get(term, kind) != kind:
            raise InputError(f"{path}:{number}: {term!r} listed as both {lexicon[term]} and {kind}")
        lexicon[term] = kind
    if not lexicon:
        raise InputError(f"{path}: lexicon has no terms")
    return lexicon
