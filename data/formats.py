"""Readers and writers of every labeled format the project meets.

Readers turn a file into :class:`~.records.Article` records; each bad record
raises :class:`~.textio.InputError` naming ``file:line`` and the reason.

| format        | reader            | what it is                                              |
| ------------- | ----------------- | ------------------------------------------------------- |
| ``jsonl``     | :func:`read_jsonl`| our articles (LABELS.md §4), offsets or bare strings     |
| ``bio``       | :func:`read_bio`  | char-per-line BIO/BMES corpora (MSRA, People's Daily,    |
|               |                   | Weibo with its segmentation digit, Resume)               |
| ``cluener``   | :func:`read_cluener` | CLUENER2020 JSON lines (end index inclusive)          |
| ``label-studio`` | :func:`read_label_studio` | Label Studio JSON export                      |
| ``doccano``   | :func:`read_doccano` | doccano JSONL export (NER and text classification)    |

Writers: :func:`write_jsonl` (our format) and :func:`write_conll` (BIO).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from .labels import (
    CLUENER_TYPES,
    CORPUS_TYPES,
    ENTITY_TYPES,
    LabelError,
    check_domain,
    check_entity_type,
)
from .records import Article, Entity, article_from_dict
from .spans import bio_to_spans, entities_to_bio
from .textio import InputError, atomic_writer, read_text

PathLike = str | os.PathLike[str]


def _stem(path: PathLike) -> str:
    return Path(path).name.split(".")[0]


def _loads(line: str, where: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: malformed JSON ({error.msg} at column {error.colno})") from None


def _checked(where: str, build: Callable[[], Article]) -> Article:
    """Run ``build`` and turn label and offset errors into ``file:line`` errors."""
    try:
        return build()
    except InputError:
        raise
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"{where}: {error}") from None


def _check_unique_ids(articles: list[Article], path: PathLike) -> list[Article]:
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise InputError(f"{path}: id {article.id!r} occurs more than once")
        seen.add(article.id)
    return articles


# --- our JSONL ---------------------------------------------------------------


def iter_json_objects(path: PathLike) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, object)`` of a raw JSON-lines corpus, plain or gzip (``.gz``), blank lines skipped.

    Raw corpora (../shared/data/raw_news) are large and carry no labels, so
    they are streamed rather than read as :class:`Article` records; a line
    that is no JSON object is an error with its place.
    """
    import gzip

    opener = gzip.open if str(path).endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                record = _loads(line, f"{path}:{number}")
                if not isinstance(record, dict):
                    raise InputError(f"{path}:{number}: a record is a JSON object, got {type(record).__name__}")
                yield number, record
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: {error}") from None


def iter_jsonl(path: PathLike) -> Iterator[tuple[str, Article | InputError]]:
    """``(file:line, article)`` per record, or ``(file:line, error)`` for a bad one.

    A batch run that must go on past bad records (``predict --skip-invalid``)
    gets each problem with its place; :func:`read_jsonl` stops at the first.
    A file that cannot be read at all gives one error for the whole file.
    """
    try:
        text = read_text(path)
    except InputError as error:
        yield str(path), error
        return
    stem = _stem(path)
    seen: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = _loads(line, where)
            if not isinstance(record, dict):
                raise InputError(f"{where}: a record is a JSON object, got {type(record).__name__}")
            article = _checked(where, lambda: article_from_dict(record, f"{stem}-{number}"))
            if article.id in seen:
                raise InputError(f"{where}: id {article.id!r} occurs more than once in {path}")
        except InputError as error:
            yield where, error
            continue
        seen.add(article.id)
        yield where, article


def read_jsonl(path: PathLike) -> list[Article]:
    """Articles of our JSONL format; ids default to ``<file stem>-<line>``; the first bad record is an error."""
    articles = []
    for _, item in iter_jsonl(path):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    if not articles:
        raise InputError(f"{path}: no records")
    return articles


def write_jsonl(articles: Iterable[Article], path: PathLike) -> int:
    """Write ``articles`` as our JSONL, atomically; return the count."""
    count = 0
    with atomic_writer(path) as handle:
        for article in articles:
            handle.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            count += 1
    return count


# --- char-per-line BIO / BMES corpora --------------------------------------


def _split_tag_line(line: str, segmentation_digit: bool) -> tuple[str, str]:
    """``(token, tag)`` of one corpus line: ``字<TAB|SPACE>TAG`` or ``字0<TAB>TAG``.

    The token is normally one character; a few corpus lines hold more (Weibo
    has emoji decoded as two replacement characters), and they are kept
    whole so that no character of the text is lost.
    """
    separator = "\t" if "\t" in line else " "
    token, _, tag = line.rstrip().rpartition(separator)
    tag = tag.strip()
    if not token or not tag:
        raise ValueError(f"expected 'CHAR TAG', got {line!r}")
    if segmentation_digit:
        if len(token) < 2 or not token[-1].isdigit():
            raise ValueError(f"expected a character and a segmentation digit, got {token!r}")
        token = token[:-1]
    return token, tag


def _has_segmentation_digit(lines: list[str]) -> bool:
    """True for Weibo-style files, where every token is a character plus a digit."""
    tokens = [line.split()[0] for line in lines[:2000] if line.strip()]
    return bool(tokens) and all(len(t) >= 2 and t[-1].isdigit() for t in tokens)


def read_bio(path: PathLike) -> list[Article]:
    """Sentences of a char-per-line BIO (IOB2) or BMES corpus, one article each.

    Corpus types map to ours by :data:`~.labels.CORPUS_TYPES` (Weibo's
    nominal mentions and Resume's EDU/PRO/RACE are dropped, their characters
    kept as ``O``); an unmapped type is an error. ``labeled_types`` of every
    record is the set of our types the file annotates, so a trainer knows
    that MSRA, which never marks posts, says nothing about ``TITLE``.
    """
    lines = read_text(path).split("\n")
    segmentation_digit = _has_segmentation_digit(lines)
    stem = _stem(path)
    sentences: list[tuple[int, list[str], list[str]]] = []
    chars: list[str] = []
    tags: list[str] = []
    first_line = 1
    for number, line in enumerate(lines + [""], start=1):
        if not line.strip():
            if chars:
                sentences.append((first_line, chars, tags))
            chars, tags, first_line = [], [], number + 1
            continue
        try:
            char, tag = _split_tag_line(line, segmentation_digit)
            if tag != "O":
                prefix, _, corpus_type = tag.partition("-")
                if prefix not in ("B", "I", "M", "E", "S") or corpus_type not in CORPUS_TYPES:
                    raise LabelError(f"unknown tag {tag!r}")
                mapped = CORPUS_TYPES[corpus_type]
                tag = f"{prefix}-{mapped}" if mapped else "O"
        except ValueError as error:
            raise InputError(f"{path}:{number}: {error}") from None
        chars.append(char)
        tags.append(tag)

    articles = []
    seen_types: set[str] = set()
    for index, (line_number, sentence_chars, sentence_tags) in enumerate(sentences, start=1):
        text = "".join(sentence_chars)
        offsets = [0]
        for token in sentence_chars:
            offsets.append(offsets[-1] + len(token))
        entities = [
            Entity(offsets[s], offsets[e], t, text[offsets[s] : offsets[e]])
            for s, e, t in bio_to_spans(sentence_tags)
        ]
        seen_types.update(e.type for e in entities)
        articles.append(Article(id=f"{stem}-{index}", text=text, entities=entities, meta={"line": line_number}))
    if not articles:
        raise InputError(f"{path}: no sentences")
    labeled = tuple(t for t in ENTITY_TYPES if t in seen_types)
    for article in articles:
        article.labeled_types = labeled
    return articles


def write_conll(articles: Iterable[Article], path: PathLike) -> int:
    """Write char-per-line IOB2 (``CHAR TAG``), a blank line after each article.

    Whitespace has no line of its own in this format, so whitespace
    characters are left out (their tags are always ``O``); each line of an
    article's text becomes one sentence. Returns the number of articles.
    """
    count = 0
    with atomic_writer(path) as handle:
        for article in articles:
            tags = entities_to_bio(len(article.text), article.entities)
            wrote_any = False
            for char, tag in zip(article.text, tags):
                if char == "\n":
                    if wrote_any:
                        handle.write("\n")
                    wrote_any = False
                    continue
                if char.isspace():
                    continue
                handle.write(f"{char} {tag}\n")
                wrote_any = True
            if wrote_any:
                handle.write("\n")
            count += 1
    return count


# --- CLUENER -----------------------------------------------------------------


def cluener_entities(text: str, label: dict[str, dict[str, list[list[int]]]]) -> list[Entity]:
    """Our entities from a CLUENER ``label`` object (end index inclusive)."""
    entities = []
    for cluener_type, mentions in label.items():
        if cluener_type not in CLUENER_TYPES:
            raise LabelError(f"unknown CLUENER type {cluener_type!r}")
        mapped = CLUENER_TYPES[cluener_type]
        for string, positions in mentions.items():
            for start, last in positions:
                if text[start : last + 1] != string:
                    raise ValueError(f"span [{start}, {last}] is {text[start:last + 1]!r}, not {string!r}")
                if mapped:
                    entities.append(Entity(start, last + 1, mapped, string))
    return sorted(entities, key=lambda e: e.start)


def read_cluener(path: PathLike) -> list[Article]:
    """CLUENER2020 JSON lines; see :data:`~.labels.CLUENER_TYPES` for the mapping.

    Lines without ``label`` (the unlabeled test split) become records with no
    entities and ``labeled_types = ()``, so nobody trains on them as if they
    were all ``O``.
    """
    text = read_text(path)
    stem = _stem(path)
    articles = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        record = _loads(line, where)

        def build() -> Article:
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise ValueError("expected an object with a 'text' string")
            article_id = f"{stem}-{record['id']}" if "id" in record else f"{stem}-{number}"
            if "label" not in record:
                return Article(id=article_id, text=record["text"], labeled_types=())
            entities = cluener_entities(record["text"], record["label"] or {})
            return Article(id=article_id, text=record["text"], entities=entities, labeled_types=ENTITY_TYPES).validate()

        articles.append(_checked(where, build))
    if not articles:
        raise InputError(f"{path}: no records")
    return articles


# --- Label Studio ------------------------------------------------------------


def _label_studio_text(data: dict[str, Any]) -> str:
    if isinstance(data.get("text"), str):
        return data["text"]
    strings = [v for v in data.values() if isinstance(v, str)]
    if len(strings) == 1:
        return strings[0]
    raise ValueError("task data has no 'text' field")


def _label_studio_article(task: dict[str, Any], default_id: str) -> Article:
    """One Label Studio task: its first annotation that was not cancelled."""
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise ValueError("expected a task object with 'data'")
    text = _label_studio_text(task["data"])
    annotations = task.get("annotations", task.get("completions")) or []
    annotation = next((a for a in annotations if not a.get("was_cancelled")), None)
    entities: list[Entity] = []
    domain = None
    for result in (annotation or {}).get("result", []):
        value = result.get("value", {})
        if result.get("type") == "labels" or "labels" in value:
            entity_type = check_entity_type(value["labels"][0])
            start, end = int(value["start"]), int(value["end"])
            entities.append(Entity(start, end, entity_type, text[start:end]))
        elif result.get("type") == "choices" or "choices" in value:
            domain = check_domain(value["choices"][0])
    meta = {key: value for key, value in task["data"].items() if key != "text"}
    article = Article(
        id=str(task["data"].get("id", task.get("id", default_id))),
        text=text,
        title=str(meta.pop("title", "") or ""),
        domain=domain,
        entities=sorted(entities, key=lambda e: e.start),
        meta=meta,
    )
    return article.validate()


def read_label_studio(path: PathLike) -> list[Article]:
    """A Label Studio JSON export (a list of tasks).

    Span results (``labels``) become entities, a ``choices`` result becomes
    the domain. Of several annotations per task the first not cancelled wins.
    """
    data = _loads(read_text(path), str(path))
    if isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise InputError(f"{path}: expected a JSON list of Label Studio tasks")
    stem = _stem(path)
    return _check_unique_ids(
        [_checked(f"{path}: task {i}", lambda: _label_studio_article(task, f"{stem}-{i}"))
         for i, task in enumerate(data, start=1)],
        path,
    )


# --- doccano -----------------------------------------------------------------


def _doccano_article(record: dict[str, Any], default_id: str) -> Article:
    """One doccano line, NER or text classification, in any export spelling.

    doccano 1.x writes ``label`` (``[[start, end, "TYPE"], ...]`` for spans,
    ``["category"]`` for classes), 0.x wrote ``labels``; exports with
    relations carry ``entities`` as ``{"start_offset", "end_offset", "label"}``;
    older text is ``data`` rather than ``text``.
    """
    if not isinstance(record, dict):
        raise ValueError("each line must be a JSON object")
    text = record.get("text", record.get("data"))
    if not isinstance(text, str):
        raise ValueError("missing field 'text'")
    entities: list[Entity] = []
    domains: list[str] = []
    labels = record.get("label", record.get("labels")) or []
    for item in labels:
        if isinstance(item, str):
            domains.append(check_domain(item))
        elif isinstance(item, list) and len(item) == 3:
            start, end, entity_type = int(item[0]), int(item[1]), check_entity_type(item[2])
            entities.append(Entity(start, end, entity_type, text[start:end]))
        else:
            raise ValueError(f"unrecognised label {item!r}")
    for item in record.get("entities") or []:
        start, end = int(item["start_offset"]), int(item["end_offset"])
        entities.append(Entity(start, end, check_entity_type(item["label"]), text[start:end]))
    cats = record.get("cats")
    if isinstance(cats, dict):
        domains.extend(check_domain(k) for k, v in cats.items() if v)
    elif isinstance(cats, list):
        domains.extend(check_domain(k) for k in cats)
    if len(set(domains)) > 1:
        raise ValueError(f"several domains {domains}; an article has one primary domain")
    known = {"id", "text", "data", "label", "labels", "entities", "relations", "cats", "Comments"}
    article = Article(
        id=str(record.get("id", default_id)),
        text=text,
        domain=domains[0] if domains else None,
        entities=sorted(entities, key=lambda e: e.start),
        meta={k: v for k, v in record.items() if k not in known},
    )
    return article.validate()


def read_doccano(path: PathLike) -> list[Article]:
    """A doccano JSONL export (sequence labeling or text classification)."""
    stem = _stem(path)
    articles = []
    for number, line in enumerate(read_text(path).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        record = _loads(line, where)
        articles.append(_checked(where, lambda: _doccano_article(record, f"{stem}-{number}")))
    if not articles:
        raise InputError(f"{path}: no records")
    return _check_unique_ids(articles, path)


READERS: dict[str, Callable[[PathLike], list[Article]]] = {
    "jsonl": read_jsonl,
    "bio": read_bio,
    "cluener": read_cluener,
    "label-studio": read_label_studio,
    "doccano": read_doccano,
}

WRITERS: dict[str, Callable[[Iterable[Article], PathLike], int]] = {
    "jsonl": write_jsonl,
    "conll": write_conll,
}


def read_domain_labeled(paths: Iterable[PathLike], purpose: str) -> list[Article]:
    """Articles of JSONL files that must all carry a domain (for training or scoring a classifier)."""
    paths = list(paths)
    articles: list[Article] = []
    for path in paths:
        for article in read_jsonl(path):
            if article.domain is None:
                raise InputError(f"{path}: record {article.id!r} has no domain label ({purpose})")
            articles.append(article)
    if not articles:
        raise InputError(f"{', '.join(map(str, paths)) or 'no files'}: no labeled records")
    return articles


def read_articles(path: PathLike, fmt: str = "jsonl") -> list[Article]:
    """Read ``path`` in format ``fmt`` (a key of :data:`READERS`)."""
    if fmt not in READERS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(READERS)}")
    return READERS[fmt](path)
