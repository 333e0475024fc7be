import json
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest
from tiny_models import tiny_model_dir
from zhpolicy.data.labels import DOMAINS
from zhpolicy.data.textio import InputError
from zhpolicy.inference import pipeline
from zhpolicy.inference.cli import main
from zhpolicy.inference.pipeline import partial_path, predict

PAGE = Path(__file__).parent / "fixtures" / "page_three_articles.txt"


@pytest.fixture(scope="module")
def models(tmp_path_factory) -> Path:
    import torch

    torch.manual_seed(0)
    return tiny_model_dir(tmp_path_factory.mktemp("models"))


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def run(paths, output, models, **options):
    return predict([str(p) for p in paths], output, model_dir=str(models), progress=False, **options)


def test_page_gives_one_record_per_article_with_the_contract_fields(tmp_path, models):
    out = tmp_path / "out.jsonl"
    summary = run([PAGE], out, models)
    got = records(out)
    assert [r["id"] for r in got] == ["page_three_articles-1", "page_three_articles-2", "page_three_articles-3"]
    assert summary.pages == 1 and summary.articles == 3 and not summary.errors
    for record in got:
        assert set(record) == {"id", "page", "title", "subtitle", "authors", "text", "captions", "domain",
                               "domain_scores", "entities", "officials"}
        assert record["page"] == PAGE.name
        assert record["domain"] in DOMAINS and sum(record["domain_scores"].values()) == pytest.approx(1, abs=1e-3)
        for entity in record["entities"]:
            assert record["text"][entity["start"] : entity["end"]] == entity["text"]
    assert got[0]["title"] == "临安农村饮用水提升工程惠及3.6万人" and got[0]["authors"] == ["王磊", "李晓燕"]
    assert not partial_path(out).exists()


def test_a_page_with_a_single_article(tmp_path, models):
    first = PAGE.read_text(encoding="utf-8").split("入冬以来")[0]  # the first article, its headline and byline
    page = tmp_path / "single.txt"
    page.write_text(first, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run([page], out, models)
    [record] = records(out)
    assert record["id"] == "single-1" and record["title"] == "临安农村饮用水提升工程惠及3.6万人"
    assert record["authors"] == ["王磊", "李晓燕"] and record["text"].startswith("近日，记者从临安区水利局获悉")


def test_a_file_of_several_pages_counts_and_names_each_page(tmp_path, models):
    issue = tmp_path / "issue.txt"
    issue.write_text(PAGE.read_text(encoding="utf-8") + "\f" + PAGE.read_text(encoding="utf-8") + "\f", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run([issue], out, models)
    got = records(out)
    assert summary.pages == 2 and summary.articles == 6
    assert [r["page"] for r in got] == ["issue.txt#1"] * 3 + ["issue.txt#2"] * 3
    assert [r["id"] for r in got] == [f"issue-{n}" for n in range(1, 7)]


def test_a_folder_reads_its_pages_and_says_what_else_it_holds(tmp_path, models):
    folder = tmp_path / "issue"
    (folder / "2019").mkdir(parents=True)
    shutil.copy(PAGE, folder / "a.txt")
    shutil.copy(PAGE, folder / "2019" / "B.TXT")
    (folder / "a.pdf").write_bytes(b"%PDF-1.4")
    (folder / "2019" / "scan.png").write_bytes(b"\x89PNG")
    (folder / ".DS_Store").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    summary = run([folder], out, models)
    assert summary.pages == 2 and summary.articles == 6
    assert summary.not_read == {".pdf": 1, ".png": 1}
    assert "not read (in the input folders, no .txt page): 2 files: .pdf 1, .png 1" in summary.to_text()


def test_jsonl_ids_and_texts_come_back_exactly(tmp_path, models):
    source = tmp_path / "articles.jsonl"
    texts = ["节水工程\r\n全面完工。", "　全角空格开头的文章。"]
    source.write_text("\n".join(json.dumps({"id": f"x/{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(texts)) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run([source], out, models)
    assert [(r["id"], r["text"]) for r in records(out)] == [("x/0", texts[0]), ("x/1", texts[1])]


def test_jsonl_articles_without_authors_get_those_of_their_dateline(tmp_path, models):
    source = tmp_path / "articles.jsonl"
    rows = [{"id": "a", "text": "本报讯（融媒体记者 陈晓 通讯员 王一）县防汛指挥部启动应急响应。"},
            {"id": "b", "text": "新华社杭州8月5日电（记者 张三）全省新建山塘23座。", "authors": ["李四"]},
            {"id": "c", "text": "记者从县水利局获悉，全县新建山塘3座。"}]
    source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run([source], out, models)
    # the record's own authors stand as given
    assert [r["authors"] for r in records(out)] == [["陈晓", "王一"], ["李四"], []]


@pytest.mark.parametrize("encoding, newline", [("utf-8-sig", "\n"), ("gb18030", "\n"), ("utf-8", "\r\n")])
def test_encodings_and_line_ends_give_the_same_articles(tmp_path, models, encoding, newline):
    text = PAGE.read_text(encoding="utf-8")
    page = tmp_path / "folder" / "sub" / "page.txt"
    page.parent.mkdir(parents=True)
    page.write_bytes(text.replace("\n", newline).encode(encoding))
    run([PAGE], tmp_path / "reference.jsonl", models)
    run([tmp_path / "folder"], tmp_path / "out.jsonl", models)  # a folder, searched recursively
    reference = [(r["title"], r["text"], r["domain"]) for r in records(tmp_path / "reference.jsonl")]
    assert [(r["title"], r["text"], r["domain"]) for r in records(tmp_path / "out.jsonl")] == reference


def test_bad_inputs_stop_the_run_with_the_place_and_leave_no_output(tmp_path, models, capsys):
    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a", "text": "节水工程"}\n{"id": "b", "text": \n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["predict", str(PAGE), str(good), "--output", str(out), "--model-dir", str(models)])
    assert code == 2
    assert f"{good}:2: malformed JSON" in capsys.readouterr().err
    assert not out.exists() and not partial_path(out).exists()


@pytest.mark.parametrize("name, content, reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", "  \n\u3000\n".encode(), "empty"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("page.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF file, not text: extract its text"),
])
def test_empty_and_binary_files_are_refused_with_a_message(tmp_path, models, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        run([bad], tmp_path / "out.jsonl", models)


def test_skip_invalid_goes_on_and_lists_every_bad_input(tmp_path, models):
    source = tmp_path / "mixed.jsonl"
    source.write_text(
        '{"id": "a", "text": "节水工程全面完工。"}\n'
        "not json\n"
        '{"id": "c", "text": ""}\n'
        '{"id": "a", "text": "重复的编号"}\n'
        '{"id": "e", "text": "养老服务", "domain": "pets"}\n'
        '{"id": "f", "text": "供电公司"}\n',
        encoding="utf-8",
    )
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    summary = run([source, empty, PAGE], out, models, skip_invalid=True)
    assert [r["id"] for r in records(out)][:2] == ["a", "f"] and len(records(out)) == 5
    errors = records(tmp_path / "out.jsonl.errors.jsonl")
    assert [e["source"] for e in errors] == [f"{source}:2", f"{source}:3", f"{source}:4", f"{source}:5", str(empty)]
    assert "malformed JSON" in errors[0]["reason"] and "empty text" in errors[1]["reason"]
    assert "more than once" in errors[2]["reason"] and "pets" in errors[3]["reason"]
    assert len(summary.errors) == 5


def test_resume_after_an_interruption_repeats_nothing(tmp_path, models, monkeypatch):
    source = tmp_path / "many.jsonl"
    source.write_text("".join(json.dumps({"id": f"n{i}", "text": f"第{i}篇：节水工程全面完工。"}, ensure_ascii=False) + "\n"
                              for i in range(10)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    original = pipeline.Annotator.annotate
    calls = {"n": 0}

    def interrupted(self, articles):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return original(self, articles)

    monkeypatch.setattr(pipeline.Annotator, "annotate", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run([source], out, models, chunk_articles=3)
    assert not out.exists()
    written = records(partial_path(out))
    assert [r["id"] for r in written] == ["n0", "n1", "n2", "n3", "n4", "n5"]
    # a run killed in the middle of a line leaves a torn last record: it is dropped on resume
    with open(partial_path(out), "a", encoding="utf-8") as handle:
        handle.write('{"id": "n6", "te')
    with pytest.raises(InputError, match="--resume"):
        run([source], out, models)
    monkeypatch.setattr(pipeline.Annotator, "annotate", original)
    summary = run([source], out, models, resume=True, chunk_articles=3)
    assert [r["id"] for r in records(out)] == [f"n{i}" for i in range(10)]
    assert summary.resumed == 6 and summary.articles == 4
    assert not partial_path(out).exists()


def test_csv_round_trips_through_pandas(tmp_path, models):
    out = tmp_path / "out.csv"
    run([PAGE], out, models, fmt="csv")
    frame = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    reference = tmp_path / "reference.jsonl"
    run([PAGE], reference, models)
    expected = records(reference)
    assert list(frame["id"]) == [r["id"] for r in expected]
    assert list(frame["text"]) == [r["text"] for r in expected]
    for row, record in zip(frame.to_dict("records"), expected):
        assert json.loads(row["entities"]) == record["entities"]
        assert json.loads(row["authors"]) == record["authors"]
        assert json.loads(row["domain_scores"]) == record["domain_scores"]


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="needs Debian's chromium package (apt-get install chromium)")
def test_html_renders_every_article_and_entity_in_a_real_browser(tmp_path, models):
    out = tmp_path / "out.html"
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps({"id": "a<1>", "text": "义亭镇党委书记谢沁菲表示，南浔区水利局将治理铜鉴湖。"}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    run([PAGE, source], out, models, fmt="html", lexicon=str(_lexicon(tmp_path)))
    dom = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
         "--disable-background-networking", "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
         f"--user-data-dir={tmp_path / 'chrome'}", "--dump-dom", out.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    assert dom.count("<article") == 4
    assert 'id="a&lt;1&gt;"' in dom  # ids are escaped, not markup
    # the lexicon terms are tagged and rendered with their type
    assert '<mark class="entity" data-type="ORG"' in dom and "南浔区水利局" in dom
    assert 'data-type="LOC"' in dom and "铜鉴湖" in dom
    assert dom.count('class="domain"') == 4


def _lexicon(tmp_path: Path) -> Path:
    path = tmp_path / "lexicon.tsv"
    path.write_text("南浔区水利局\tORG\n铜鉴湖\tLOC\n", encoding="utf-8")
    return path


def test_model_dir_must_hold_a_model(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no model folder"):
        run([PAGE], tmp_path / "out.jsonl", tmp_path / "empty")


def test_bf16_reads_both_models_under_bfloat16_autocast_and_only_when_asked(tmp_path, models, monkeypatch):
    import torch

    seen: list[tuple[str, bool]] = []
    original = pipeline.Annotator.__init__

    def watched(self, *args, **kwargs):
        original(self, *args, **kwargs)
        for name, model in (("classifier", self.classifier.model), ("tagger", self.tagger.model)):
            model.register_forward_pre_hook(lambda module, inputs, name=name: seen.append((name, torch.is_autocast_enabled("cpu"))))

    monkeypatch.setattr(pipeline.Annotator, "__init__", watched)
    assert main(["predict", str(PAGE), "--output", str(tmp_path / "plain.jsonl"), "--model-dir", str(models)]) == 0
    assert seen and not any(on for _, on in seen)
    seen.clear()
    assert main(["predict", str(PAGE), "--output", str(tmp_path / "bf16.jsonl"), "--model-dir", str(models), "--bf16"]) == 0
    assert {name for name, _ in seen} == {"classifier", "tagger"} and all(on for _, on in seen)
    # same records, fields and ids; a random tiny model's spans may differ by a rounding
    assert [r["id"] for r in records(tmp_path / "bf16.jsonl")] == [r["id"] for r in records(tmp_path / "plain.jsonl")]


def test_evaluate_says_when_it_read_under_bf16(tmp_path, models):
    text = "王伟在杭州市工作。"
    tags = ["B-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC", "O", "O", "O"]
    (tmp_path / "sample_bio").write_text("".join(f"{c} {t}\n" for c, t in zip(text, tags)) + "\n", encoding="utf-8")
    report_dir = tmp_path / "report"
    assert main(["evaluate", "--model", str(models / "ner"), "--data", str(tmp_path / "sample_bio"), "--from", "bio",
                 "--report-dir", str(report_dir), "--bf16"]) == 0
    assert json.loads((report_dir / "report.json").read_text(encoding="utf-8"))["bf16"] is True
    assert "bfloat16 autocast" in (report_dir / "report.md").read_text(encoding="utf-8")
