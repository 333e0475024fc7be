"""The command line: help, outputs, and clear errors with exit status 2."""

import argparse
import json
import re
import shlex
import subprocess
import sys

import pytest
from zhpolicy.inference.cli import build_parser, main


def zhpolicy(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zhpolicy.inference.cli", *args], capture_output=True, text=True)


def test_help_lists_subcommands():
    result = zhpolicy("--help")
    assert result.returncode == 0
    for command in ("convert", "split-pages", "split", "evaluate-splitter"):
        assert command in result.stdout


def test_evaluate_splitter_without_articles_is_an_error():
    result = zhpolicy("evaluate-splitter", "--pages", "3")
    assert result.returncode == 2
    assert "give article JSONL files or --news FILE" in result.stderr


def test_split_pages_prints_headlines_and_authors(fixtures):
    result = zhpolicy("split-pages", str(fixtures / "page_three_articles.txt"))
    assert result.returncode == 0, result.stderr
    assert "临安农村饮用水提升工程惠及3.6万人" in result.stdout
    assert "王磊、李晓燕" in result.stdout


def test_split_pages_folder_to_jsonl(tmp_path, fixtures, capsys):
    folder = tmp_path / "pages" / "2024"
    folder.mkdir(parents=True)
    (folder / "p1.txt").write_bytes((fixtures / "page_three_articles.txt").read_text("utf-8").replace("\n", "\r\n").encode("gb18030"))
    out = tmp_path / "articles.jsonl"
    assert main(["split-pages", str(tmp_path / "pages"), "--output", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["p1-1", "p1-2", "p1-3"]
    assert records[0]["page"] == "p1.txt"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01PK\x03\x04", "binary"), ("\u3000\n".encode(), "empty")],
)
def test_split_pages_bad_input(tmp_path, content, message, capsys):
    page = tmp_path / "bad.txt"
    page.write_bytes(content)
    out = tmp_path / "out.jsonl"
    assert main(["split-pages", str(page), "--output", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_convert_error_leaves_no_output(tmp_path, capsys):
    good = json.dumps({"id": "a", "text": "南浔区", "entities": [{"text": "南浔区", "type": "LOC"}]}, ensure_ascii=False)
    bad = json.dumps({"id": "b", "text": "南浔区", "entities": [{"text": "南浔区", "type": "PLACE"}]}, ensure_ascii=False)
    source = tmp_path / "in.jsonl"
    source.write_text(good + "\n" + bad + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(source), "--from", "jsonl", "--out", str(out)]) == 2
    assert "in.jsonl:2: unknown entity type 'PLACE'" in capsys.readouterr().err
    assert not out.exists() and not list(tmp_path.glob(".out.jsonl*"))


def test_convert_bio_to_jsonl_and_conll(tmp_path):
    source = tmp_path / "msra.bio"
    source.write_text("北\tB-LOC\n京\tI-LOC\n好\tO\n", encoding="utf-8")
    assert main(["convert", str(source), "--from", "bio", "--out", str(tmp_path / "a.jsonl")]) == 0
    record = json.loads((tmp_path / "a.jsonl").read_text("utf-8"))
    assert record["entities"] == [{"start": 0, "end": 2, "type": "LOC", "text": "北京"}]
    assert record["labeled_types"] == ["LOC"]
    assert main(["convert", str(tmp_path / "a.jsonl"), "--from", "jsonl", "--to", "conll", "--out", str(tmp_path / "a.conll")]) == 0
    assert (tmp_path / "a.conll").read_text("utf-8") == "北 B-LOC\n京 I-LOC\n好 O\n\n"


def test_split_command_writes_three_files(tmp_path):
    source = tmp_path / "labeled.jsonl"
    lines = [json.dumps({"id": f"{d}{i}", "text": f"{d}文章{i}", "domain": d}) for d in ("water", "other") for i in range(10)]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["split", str(source), "--dev", "0.1", "--test", "0.2", "--seed", "13", "--out", str(tmp_path / "s")]) == 0
    counts = {name: len((tmp_path / "s" / f"{name}.jsonl").read_text("utf-8").splitlines()) for name in ("train", "dev", "test")}
    assert counts == {"train": 14, "dev": 2, "test": 4}


@pytest.mark.slow
def test_split_pages_example_page(shared):
    result = zhpolicy("split-pages", str(shared / "examples" / "zhejiang_page_01.txt"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("[zhejiang_page_01-") == 6
    assert "方旸、冯颖" in result.stdout


def _documented_commands() -> list[str]:
    """Every ``zhpolicy …`` line of the code blocks of the README and docs/, with its continuation lines joined (a
    backslash, or a synopsis going on over lines that open with ``[``) and its trailing comment dropped."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    text = "\n".join(path.read_text(encoding="utf-8") for path in [root / "README.md", *sorted((root / "docs").glob("*.md"))])
    commands: list[str] = []
    for block in re.findall(r"^```[a-z]*\n(.*?)^```", text, re.S | re.M):
        for line in block.replace("\\\n", " ").split("\n"):
            if commands and re.match(r"\s+\[", line) and commands[-1].startswith("zhpolicy "):
                commands[-1] += " " + line.strip()
                continue
            for part in re.split(r"\s*&&\s*", line.strip()):
                commands.append(re.sub(r"\s+#.*$", "", part))
    return [command for command in commands if command.startswith("zhpolicy ")]


def _subcommand_parser(parser, words: list[str]):
    """The parser of the (nested) subcommand ``words`` open with (``train ner``), and how many words name it."""
    used = 0
    while used < len(words):
        actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not actions or words[used] not in actions[0].choices:
            break
        parser = actions[0].choices[words[used]]
        used += 1
    return parser, used


def test_every_command_the_readme_and_docs_show_is_one_the_cli_takes():
    """The commands of the README and docs/ run as written (their arguments parse), and their synopses name only
    options the subcommand has: a renamed or dropped flag fails here rather than in a user's shell."""
    parser = build_parser()
    commands = _documented_commands()
    assert len(commands) >= 40
    for command in commands:
        words = shlex.split(command)[1:]
        sub, used = _subcommand_parser(parser, words)
        assert used, f"no subcommand in: {command}"
        if re.search(r"[\[{|]|\.\.\.", command):  # a synopsis: its options must exist
            known = {option for action in sub._actions for option in action.option_strings}
            unknown = set(re.findall(r"--[a-z][a-z0-9-]*", command)) - known
            assert not unknown, f"{command}: {sorted(unknown)}"
        else:
            try:
                parser.parse_args(words)
            except SystemExit:  # argparse exits with status 2 on anything it does not take
                pytest.fail(f"a documented command does not parse: {command}")


def test_the_readme_layout_names_every_module_and_no_other():
    """The README's Layout table names each module of data/, models/ (and its ner_cleanup/), training/ and inference/,
    and names none that is gone: one module per concern, each findable from the README."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    layout = readme.split("## Layout", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"`([a-z_]+\.py)`", layout))
    folders = ["data", "models", "models/ner_cleanup", "training", "inference", "benchmarks"]
    modules = {path.name for folder in folders for path in (root / folder).glob("*.py")} - {"__init__.py"}
    named -= {"__init__.py"}  # ner_cleanup's, named for clean_spans
    assert modules - named == set(), f"modules the Layout table does not name: {sorted(modules - named)}"
    assert named - modules == set(), f"the Layout table names modules that are gone: {sorted(named - modules)}"
