"""The command line: help, outputs, and clear errors with exit status 2."""

import json
import subprocess
import sys

import pytest
from zhpolicy.inference.cli import main


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
