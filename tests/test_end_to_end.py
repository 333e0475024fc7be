"""The one end-to-end test on the shipped models: the example page through `zhpolicy predict`."""

import json

import pytest
from zhpolicy.inference.cli import main
from zhpolicy.inference.pipeline import SHIPPED_MODELS

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (SHIPPED_MODELS / "domain-classifier" / "zhpolicy.json").is_file(), reason="shipped models missing"),
]


@pytest.fixture(scope="module")
def page_records(tmp_path_factory):
    from conftest import SHARED

    if not (SHARED / "examples").is_dir():
        pytest.skip("../shared is not beside this checkout")
    page = SHARED / "examples" / "zhejiang_page_01.txt"
    expected = json.loads((SHARED / "examples" / "zhejiang_page_01.expected.json").read_text(encoding="utf-8"))["articles"]
    out = tmp_path_factory.mktemp("predict") / "out.jsonl"
    assert main(["predict", str(page), "--output", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], expected


def test_example_page_records(page_records):
    records, expected = page_records
    assert len(records) == 6
    assert [r["title"] for r in records] == [a["title"] for a in expected]
    assert [r["authors"] for r in records] == [a["authors"] for a in expected]
    for record in records:
        assert record["entities"], record["id"]
        for entity in record["entities"]:
            assert record["text"][entity["start"] : entity["end"]] == entity["text"]
    # what a reader marks: the bureau in article 1, the town's Party secretary in article 4
    assert any(e["text"] == "南浔区水利局" and e["type"] == "ORG" for e in records[0]["entities"])
    assert {"name": "谢沁菲", "title": "党委书记", "org": "义亭镇"} in records[3]["officials"]
    # places that open a sentence end before its verb (南浔推动石淙镇…, 余杭区大力推进…, 双浦镇聚焦…)
    places = [e["text"] for r in records for e in r["entities"] if e["type"] == "LOC"]
    assert "石淙镇" in places and "余杭区" in places
    assert not [p for p in places if any(verb in p for verb in ("推动", "大力", "聚焦"))]
    # one name read one way through an article: 仓前街道 and 中国乡建院 whole, 南浔 never an organization
    assert "前街道" not in places and "仓前街道" in [e["text"] for e in records[1]["entities"]]
    assert "中国乡建院" in [e["text"] for e in records[3]["entities"] if e["type"] == "ORG"]
    assert not [e for e in records[0]["entities"] if e["text"] == "南浔" and e["type"] == "ORG"]
    # nothing inside a quoted programme (“青年留杭第一区”打造目标, “红谱浦”党建联建机制); no place run into the noun it
    # modifies (擦亮杭州|城市); no verb read into a bare body type (帮助|供电所)
    names = [e["text"] for r in records for e in r["entities"]]
    assert not {"留杭第一区", "红谱浦", "杭州城市", "帮助供电所"} & set(names)


def test_example_page_domains(page_records):
    records, expected = page_records
    assert [r["domain"] for r in records] == [a["domain"] for a in expected]
