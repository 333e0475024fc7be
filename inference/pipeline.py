"""The batch pipeline behind ``zhpolicy predict``: inputs → articles → models → records.

Inputs are page text files (split with :mod:`zhpolicy.data.pages`), folders
of them (``*.txt``, recursively) and JSONL files of articles. Every input
article ends up either as an output record or as an error with its reason
(``file[:line]: reason``); nothing is skipped silently.

Records are written in whole lines to ``<output>.partial.jsonl`` chunk by
chunk and flushed, so an interrupted run leaves only whole records and
``--resume`` continues after the last one; the final file (JSONL, CSV or
HTML) appears, atomically, only when the run ends. Without
``--skip-invalid`` the first bad record stops the run and no output is left.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import zhpolicy.models
from tqdm.auto import tqdm
from zhpolicy.data.formats import iter_jsonl
from zhpolicy.data.outputs import write_output
from zhpolicy.data.pages import split_page_file, text_authors
from zhpolicy.data.records import Article
from zhpolicy.data.textio import InputError

#: Where the shipped default models live: ``models/shipped/`` (installed with the package).
SHIPPED_MODELS = Path(zhpolicy.models.__file__).resolve().parent / "shipped"


@dataclass(frozen=True)
class InputItem:
    """One article to annotate, or the reason an input could not give one."""

    source: str
    article: Article | None = None
    error: str | None = None


@dataclass
class RunSummary:
    """What a run did, printed at its end."""

    pages: int = 0
    jsonl_files: int = 0
    articles: int = 0
    resumed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    domains: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    characters: int = 0
    #: files in the input folders that are no page text, by suffix (.pdf 12)
    not_read: Counter = field(default_factory=Counter)

    def to_text(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        lines = [
            f"pages: {self.pages}, JSONL files: {self.jsonl_files}",
            f"articles written: {self.articles}" + (f" (+{self.resumed} from the interrupted run)" if self.resumed else ""),
            f"errors: {len(self.errors)}",
            f"time: {self.seconds:.1f} s ({rate:.1f} articles/s, {self.characters / max(self.seconds, 1e-9):.0f} chars/s)",
            "domains: " + ", ".join(f"{d} {n}" for d, n in self.domains.most_common()),
        ]
        if self.not_read:
            lines.append(f"not read (in the input folders, no .txt page): {sum(self.not_read.values())} files: "
                         + ", ".join(f"{suffix} {n}" for suffix, n in sorted(self.not_read.items(), key=lambda kv: (-kv[1], kv[0]))))
        return "\n".join(lines)


def find_inputs(paths: Sequence[str], not_read: Counter | None = None) -> list[Path]:
    """Files named directly, and ``.txt`` page files found recursively in folders (``.TXT`` too).

    The other files of those folders (PDFs, images, JSONL) are not read; they
    are counted by suffix in ``not_read``, so a run can say what it left.
    """
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found, other = [], []
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                (found if child.suffix.lower() == ".txt" else other).append(child)
            if not found:
                raise InputError(f"{path}: folder holds no .txt page files")
            files.extend(found)
            if not_read is not None:
                not_read.update(child.suffix.lower() or "(no suffix)" for child in other if not child.name.startswith("."))
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def _jsonl_items(path: Path) -> Iterator[InputItem]:
    for where, item in iter_jsonl(path):
        if isinstance(item, InputError):
            yield InputItem(where, error=str(item))
        elif not item.text.strip() and not item.title.strip():
            yield InputItem(where, error=f"{where}: record {item.id!r} has empty text")
        else:
            yield InputItem(where, item)


def read_inputs(files: Sequence[Path], summary: RunSummary) -> Iterator[InputItem]:
    """Articles of every input file, in order, or the errors that stood in for them."""
    for path in files:
        if path.suffix.lower() == ".jsonl":
            summary.jsonl_files += 1
            yield from _jsonl_items(path)
            continue
        try:
            articles = split_page_file(path)
        except InputError as error:
            summary.pages += 1
            yield InputItem(str(path), error=str(error))
            continue
        # a file of a whole issue (form feeds between pages) counts each page
        summary.pages += len({article.page for article in articles})
        for article in articles:
            yield InputItem(f"{path}#{article.id}", article)


def resolve_models(model_dir: str | None) -> dict[str, Path]:
    """Classifier and NER folders: found in ``model_dir`` (itself or its children), else the shipped ones."""
    from zhpolicy.models.folder import META_FILE, read_meta

    found: dict[str, Path] = {}
    if model_dir is not None:
        root = Path(model_dir)
        if not root.is_dir():
            raise InputError(f"--model-dir {root}: no such folder")
        for candidate in [root, *sorted(p for p in root.iterdir() if p.is_dir())]:
            if (candidate / META_FILE).is_file():
                found.setdefault(read_meta(candidate)["task"], candidate)
        if not found:
            raise InputError(f"--model-dir {root}: no model folder written by `zhpolicy train` in it or its subfolders")
    for task, name in (("domain", "domain-classifier"), ("ner", "ner")):
        if task not in found:
            shipped = SHIPPED_MODELS / name
            if not (shipped / "zhpolicy.json").is_file():
                raise InputError(f"no {task} model: the shipped one is missing ({shipped}); give --model-dir")
            found[task] = shipped
    return found


class Annotator:
    """Both models (and a lexicon) over batches of articles, tokenizing each text once."""

    def __init__(self, models: dict[str, Path], device: str = "cpu", lexicon_path: str | None = None, batch_size: int = 32,
                 bf16: bool = False):
        import torch
        from zhpolicy.models.classifier import DomainClassifier
        from zhpolicy.models.ner import EntityTagger

        if device == "cuda" and not torch.cuda.is_available():
            raise InputError("--device cuda: no CUDA device is available here (use --device cpu)")
        self.classifier = DomainClassifier.from_folder(models["domain"], device, bf16)
        self.tagger = EntityTagger.from_folder(models["ner"], device, bf16)
        self.shared_tokenizer = self.classifier.tokenizer.get_vocab() == self.tagger.tokenizer.get_vocab()
        self.batch_size = batch_size
        self.lexicon = None
        if lexicon_path:
            from zhpolicy.data.lexicon import read_lexicon
            from zhpolicy.models.lexicon import Lexicon

            self.lexicon = Lexicon(read_lexicon(lexicon_path))

    def annotate(self, articles: Sequence[Article]) -> list[dict[str, Any]]:
        """Output records of a batch of articles."""
        from zhpolicy.models.officials import extract_officials
        from zhpolicy.models.windows import encode_text

        # a classifier that reads edited texts (cue characters of words that are no domain's deleted) encodes its own
        edits = self.classifier.edits_texts
        encoded = ([encode_text(self.classifier.tokenizer, a.text) for a in articles]
                   if self.shared_tokenizer or not edits else [])
        ner_encoded = encoded if self.shared_tokenizer else [encode_text(self.tagger.tokenizer, a.text) for a in articles]
        read = (self.classifier.encode([a.text for a in articles], [a.title for a in articles]) if edits
                else [(e, a.title) for e, a in zip(encoded, articles)])
        domains = self.classifier.predict_encoded(read, self.batch_size)
        entities = self.tagger.tag_encoded(ner_encoded, self.batch_size)
        records = []
        for article, domain, found in zip(articles, domains, entities):
            if self.lexicon is not None:
                found = self.lexicon.apply(article.text, found)
            records.append({
                "id": article.id,
                "page": article.page,
                "title": article.title,
                "subtitle": article.subtitle,
                # an article read from JSONL without authors still names those of its dateline and closing byline
                "authors": article.authors or text_authors(article.text),
                "text": article.text,
                "captions": article.captions,
                "domain": domain.domain,
                "domain_scores": domain.scores,
                "entities": [e.to_dict() for e in found],
                "officials": [o.to_dict() for o in extract_officials(article.text, found)],
            })
        return records


def partial_path(output: Path) -> Path:
    return output.with_name(output.name + ".partial.jsonl")


def errors_path(output: Path) -> Path:
    return output.with_name(output.name + ".errors.jsonl")


def _read_partial(path: Path) -> list[dict[str, Any]]:
    """Whole records of an interrupted run; a torn last line (killed mid-write) is dropped."""
    records = []
    raw = path.read_bytes()
    complete = raw[: raw.rfind(b"\n") + 1]
    if len(complete) != len(raw):
        path.write_bytes(complete)
    for line in complete.decode("utf-8").splitlines():
        if line.strip():
            records.append(json.loads(line))
    return records


def predict(
    paths: Sequence[str],
    output: str | os.PathLike[str],
    fmt: str = "jsonl",
    model_dir: str | None = None,
    batch_size: int = 32,
    device: str = "cpu",
    skip_invalid: bool = False,
    resume: bool = False,
    lexicon: str | None = None,
    chunk_articles: int = 64,
    progress: bool = True,
    bf16: bool = False,
) -> RunSummary:
    """Run the whole pipeline; return the summary (the caller prints it)."""
    started = time.perf_counter()
    out = Path(output)
    summary = RunSummary()
    files = find_inputs(paths, summary.not_read)
    annotator = Annotator(resolve_models(model_dir), device, lexicon, batch_size, bf16)
    partial, errors_file = partial_path(out), errors_path(out)
    done: set[str] = set()
    if partial.exists():
        if not resume:
            raise InputError(f"{partial} is left from an interrupted run: give --resume to continue it, or delete it")
        previous = _read_partial(partial)
        done = {r["id"] for r in previous}
        summary.resumed = len(previous)
        summary.domains.update(r["domain"] for r in previous)
    elif resume:
        print(f"zhpolicy: nothing to resume for {out}; starting afresh", file=sys.stderr)
    seen_ids = set(done)
    errors: list[dict[str, str]] = []
    pending: list[Article] = []

    with open(partial, "a", encoding="utf-8") as sink:
        bar = tqdm(desc="articles", unit=" articles", disable=not progress, smoothing=0.1)

        def flush() -> None:
            for record in annotator.annotate(pending):
                sink.write(json.dumps(record, ensure_ascii=False) + "\n")
                summary.domains[record["domain"]] += 1
                summary.characters += len(record["text"])
            sink.flush()
            os.fsync(sink.fileno())
            summary.articles += len(pending)
            bar.update(len(pending))
            pending.clear()

        try:
            for item in read_inputs(files, summary):
                if item.error is not None:
                    if not skip_invalid:
                        raise InputError(item.error)
                    errors.append({"source": item.source, "reason": item.error})
                    continue
                article = item.article
                if article.id in done:
                    continue
                if article.id in seen_ids:
                    problem = f"{item.source}: id {article.id!r} was already given by an earlier input"
                    if not skip_invalid:
                        raise InputError(problem)
                    errors.append({"source": item.source, "reason": problem})
                    continue
                seen_ids.add(article.id)
                pending.append(article)
                if len(pending) >= chunk_articles:
                    flush()
            if pending:
                flush()
        except InputError:
            sink.close()
            partial.unlink(missing_ok=True)  # no half-written output without --skip-invalid
            raise
        finally:
            bar.close()

    if errors or errors_file.exists():
        with open(errors_file, "w", encoding="utf-8") as handle:
            for error in errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
    write_output(_read_partial(partial), out, fmt)
    partial.unlink()
    summary.errors = errors
    summary.seconds = time.perf_counter() - started
    return summary
