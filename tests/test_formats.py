import json
import re

import pytest
from zhpolicy.data.formats import (
    read_bio,
    read_cluener,
    read_doccano,
    read_jsonl,
    read_label_studio,
    write_conll,
    write_jsonl,
)
from zhpolicy.data.labels import DOMAINS, ENTITY_TYPES
from zhpolicy.data.records import Entity
from zhpolicy.data.spans import bio_to_spans, locate_strings, merge_adjacent
from zhpolicy.data.textio import InputError


def spans(article):
    return [(e.start, e.end, e.type, e.text) for e in article.entities]


def write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_jsonl_offsets_and_bare_strings(tmp_path):
    path = write(tmp_path / "a.jsonl", "\n".join([
        json.dumps({"id": "x1", "text": "湖州市南浔区水利局在南浔区开会", "domain": "water",
                    "entities": [{"start": 0, "end": 9, "type": "ORG", "text": "湖州市南浔区水利局"}]}, ensure_ascii=False),
        json.dumps({"id": "x2", "text": "遂昌县水利局与遂昌县政府", "domain": "水利",
                    "entities": [{"text": "遂昌县", "type": "LOC"}, {"text": "遂昌县水利局", "type": "ORG"}]}, ensure_ascii=False),
    ]))
    first, second = read_jsonl(path)
    assert spans(first) == [(0, 9, "ORG", "湖州市南浔区水利局")]
    # longest first, never overlapping, every occurrence
    assert spans(second) == [(0, 6, "ORG", "遂昌县水利局"), (7, 10, "LOC", "遂昌县")]
    assert second.domain == "water"


def test_jsonl_round_trip_keeps_every_field(tmp_path):
    record = {"id": "r1", "page": "p.txt", "title": "标题", "subtitle": "", "authors": ["张伟"], "text": "义亭镇党委书记谢沁菲表示",
              "captions": [], "domain": "rural_revitalization",
              "entities": [{"start": 0, "end": 3, "type": "LOC", "text": "义亭镇"}, {"start": 3, "end": 7, "type": "TITLE", "text": "党委书记"},
                           {"start": 7, "end": 10, "type": "PER", "text": "谢沁菲"}],
              "officials": [{"name": "谢沁菲", "title": "党委书记", "org": "义亭镇"}], "source": "kept"}
    path = write(tmp_path / "in.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    write_jsonl(read_jsonl(path), out)
    assert json.loads(out.read_text("utf-8")) == record


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a", "text": "abc"', "malformed JSON"),
        ('{"id": "a", "text": "南浔区", "domain": "sports"}', "unknown domain"),
        ('{"id": "a", "text": "南浔区", "entities": [{"start": 0, "end": 3, "type": "GPE"}]}', "unknown entity type"),
        ('{"id": "a", "text": "南浔区", "entities": [{"start": 1, "end": 9, "type": "LOC"}]}', "outside the text"),
        ('{"id": "a"}', "text"),
    ],
)
def test_jsonl_errors_name_file_and_line(tmp_path, line, message):
    path = write(tmp_path / "bad.jsonl", '{"id": "ok", "text": "好"}\n' + line + "\n")
    with pytest.raises(InputError, match=rf"bad.jsonl:2: .*{message}"):
        read_jsonl(path)


def test_bio_msra_style_round_trips_through_conll(tmp_path):
    path = write(tmp_path / "msra.bio", "中\tB-ORG\n共\tI-ORG\n中\tI-ORG\n央\tI-ORG\n致\tO\n\n北\tB-LOC\n京\tI-LOC\n好\tO\n")
    articles = read_bio(path)
    assert [a.text for a in articles] == ["中共中央致", "北京好"]
    assert spans(articles[0]) == [(0, 4, "ORG", "中共中央")]
    assert articles[0].labeled_types == ("LOC", "ORG")
    out = tmp_path / "out.conll"
    write_conll(articles, out)
    again = read_bio(out)
    assert [(a.text, spans(a)) for a in again] == [(a.text, spans(a)) for a in articles]


def test_bio_weibo_digit_and_mapping(tmp_path):
    path = write(tmp_path / "weibo.train", "张0\tB-PER.NAM\n三1\tI-PER.NAM\n在0\tO\n广0\tB-GPE.NAM\n州1\tI-GPE.NAM\n记0\tB-PER.NOM\n者1\tI-PER.NOM\n")
    [article] = read_bio(path)
    assert article.text == "张三在广州记者"
    assert spans(article) == [(0, 2, "PER", "张三"), (3, 5, "LOC", "广州")]


def test_bmes_resume_style(tmp_path):
    path = write(tmp_path / "resume.bmes", "高 B-NAME\n勇 E-NAME\n任 O\n总 B-TITLE\n经 M-TITLE\n理 E-TITLE\n硕 B-EDU\n士 E-EDU\n")
    [article] = read_bio(path)
    assert spans(article) == [(0, 2, "PER", "高勇"), (3, 6, "TITLE", "总经理")]
    assert article.labeled_types == ("PER", "TITLE")


def test_bio_unknown_tag_is_an_error(tmp_path):
    path = write(tmp_path / "x.bio", "张 B-PERSON\n")
    with pytest.raises(InputError, match=r"x.bio:1: unknown tag"):
        read_bio(path)


def test_cluener_mapping_and_inclusive_end(tmp_path):
    lines = [
        {"text": "浙商银行叶老桂经理读《三国》", "label": {"company": {"浙商银行": [[0, 3]]}, "name": {"叶老桂": [[4, 6]]},
                                                 "position": {"经理": [[7, 8]]}, "book": {"三国": [[11, 12]]}}},
        {"id": 3, "text": "没有标注的测试句"},
    ]
    path = write(tmp_path / "cluener.json", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    labeled, unlabeled = read_cluener(path)
    assert spans(labeled) == [(0, 4, "ORG", "浙商银行"), (4, 7, "PER", "叶老桂"), (7, 9, "TITLE", "经理")]
    assert unlabeled.labeled_types == () and unlabeled.id == "cluener-3"


def test_label_studio_export(tmp_path):
    tasks = [{"id": 7, "data": {"text": "南浔区水利局推进节水", "title": "节水"},
              "annotations": [{"was_cancelled": True, "result": []},
                              {"result": [{"type": "labels", "value": {"start": 0, "end": 6, "text": "南浔区水利局", "labels": ["ORG"]}},
                                          {"type": "choices", "value": {"choices": ["water"]}}]}]}]
    path = write(tmp_path / "ls.json", json.dumps(tasks, ensure_ascii=False))
    [article] = read_label_studio(path)
    assert article.id == "7" and article.domain == "water" and article.title == "节水"
    assert spans(article) == [(0, 6, "ORG", "南浔区水利局")]
    write_jsonl([article], tmp_path / "out.jsonl")
    assert spans(read_jsonl(tmp_path / "out.jsonl")[0]) == spans(article)


@pytest.mark.parametrize(
    "record",
    [
        {"id": 1, "text": "衢江两岸", "label": [[0, 2, "LOC"]]},
        {"id": 1, "text": "衢江两岸", "labels": [[0, 2, "LOC"]]},
        {"id": 1, "text": "衢江两岸", "entities": [{"id": 9, "label": "LOC", "start_offset": 0, "end_offset": 2}], "relations": []},
    ],
)
def test_doccano_ner_spellings(tmp_path, record):
    path = write(tmp_path / "d.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    [article] = read_doccano(path)
    assert spans(article) == [(0, 2, "LOC", "衢江")]


def test_doccano_classification_and_unknown_label(tmp_path):
    path = write(tmp_path / "c.jsonl", json.dumps({"text": "老年食堂开张", "label": ["elderly_care"]}, ensure_ascii=False) + "\n")
    [article] = read_doccano(path)
    assert article.domain == "elderly_care"
    bad = write(tmp_path / "b.jsonl", json.dumps({"text": "老年食堂开张", "label": ["food"]}, ensure_ascii=False) + "\n")
    with pytest.raises(InputError, match=r"b.jsonl:1: unknown domain 'food'"):
        read_doccano(bad)


def test_gb18030_file_is_read(tmp_path):
    path = write(tmp_path / "gbk.jsonl", json.dumps({"id": "g", "text": "南浔区"}, ensure_ascii=False), encoding="gb18030")
    assert read_jsonl(path)[0].text == "南浔区"


def test_binary_and_empty_files_are_refused(tmp_path):
    with pytest.raises(InputError, match="binary"):
        read_jsonl(write(tmp_path / "b.jsonl", "\x00\x01\x02"))
    with pytest.raises(InputError, match="empty"):
        read_jsonl(write(tmp_path / "e.jsonl", "\n\n"))


def test_span_helpers():
    assert bio_to_spans(["B-LOC", "I-LOC", "O", "I-PER", "I-PER"]) == [(0, 2, "LOC"), (3, 5, "PER")]
    text = "杭州市余杭区"
    merged = merge_adjacent([Entity(0, 3, "LOC", "杭州市"), Entity(3, 6, "LOC", "余杭区")], text)
    assert merged == [Entity(0, 6, "LOC", "杭州市余杭区")]
    assert locate_strings("南浔南浔", [("南浔", "LOC")]) == [Entity(0, 2, "LOC", "南浔"), Entity(2, 4, "LOC", "南浔")]


@pytest.mark.slow
def test_the_label_sets_are_the_contracts(shared):
    """data/labels.py holds LABELS.md's domains (§1, in its table's order) and entity types (§2): the contract and the
    one place the code takes its labels from cannot drift apart."""
    contract = (shared / "LABELS.md").read_text(encoding="utf-8")
    domains_section = contract.split("## 1.")[1].split("## 2.")[0]
    entities_section = contract.split("## 2.")[1].split("## 3.")[0]
    assert tuple(re.findall(r"^\| `([a-z_]+)` \|", domains_section, re.M)) == DOMAINS
    assert tuple(re.findall(r"^\| `([A-Z]+)` \|", entities_section, re.M)) == ENTITY_TYPES
