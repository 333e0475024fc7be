"""Reading user files safely and writing outputs atomically.

Users bring files from many tools: UTF-8 with or without BOM, GB18030/GBK
from older Windows software, CRLF line ends. They also bring empty and
binary files by mistake. Every reader goes through :func:`read_text`, so each
of these gets one clear message naming the file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


class InputError(Exception):
    """Bad user input; the message names the file (and line) and says why."""


#: Files users pass by mistake instead of the text extracted from them. A small PDF decodes as GB18030 without a
#: NUL byte in its first 8 KB, so it is named by its signature, not left to the binary test.
_DOCUMENT_SIGNATURES = ((b"%PDF-", "a PDF file"), (b"PK\x03\x04", "a zip archive (a .docx or .xlsx file?)"),
                        (b"\xd0\xcf\x11\xe0", "an Office document (.doc, .xls)"))
_EXTRACT_TEXT_FIRST = "extract its text first (for a PDF page: pdftotext page.pdf page.txt, without -layout)"


def decode_bytes(raw: bytes, name: str) -> str:
    """Decode ``raw`` as UTF-8 (BOM allowed), else GB18030; refuse binary data.

    GB18030 is a superset of GBK and GB2312, so one fallback covers the
    encodings Chinese PDF tools and Windows editors write.
    """
    for signature, kind in _DOCUMENT_SIGNATURES:
        if raw.startswith(signature):
            raise InputError(f"{name}: {kind}, not text: {_EXTRACT_TEXT_FIRST}")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not text")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) > 0.05:
            break
        return text
    raise InputError(f"{name}: cannot be decoded as UTF-8 or GB18030 (is it a text file?)")


def _control_ratio(text: str) -> float:
    sample = text[:4096]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / len(sample)


def read_text(path: str | os.PathLike[str]) -> str:
    """The text of ``path`` with LF line ends; raise :class:`InputError` if empty."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a file") from None
    text = decode_bytes(raw, str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return text


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and rename it into place.

    An interrupted or failed run leaves no half-written output: the file at
    ``path`` is either the old one or the complete new one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding, newline=None if "b" in mode else "\n") as handle:
            yield handle
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
