"""The one end-to-end test on the shipped models: the example page through `zhpolicy predict`."""

import json

import pytest
from zhpolicy.inference.cli import main
from zhpolicy.inference.pipeline import SHIPPED_MODELS

pytestmark = pytest.mark.slow


@pytest.mark.skipif(not (SHIPPED_MODELS / "domain-classifier" / "zhpolicy.json").is_file(), reason="shipped models missing")
def test_example_page_through_predict(shared, tmp_path):
    page = shared / "examples" / "zhejiang_page_01.txt"
    expected = json.loads((shared / "examples" / "zhejiang_page_01.expected.json").read_text(encoding="utf-8"))["articles"]
    out = tmp_path / "out.jsonl"
    assert main(["predict", str(page), "--output", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6
    assert [r["title"] for r in records] == [a["title"] for a in expected]
    assert [r["authors"] for r in records] == [a["authors"] for a in expected]
    assert [r["domain"] for r in records] == [a["domain"] for a in expected]
    for record in records:
        assert record["entities"], record["id"]
        for entity in record["entities"]:
            assert record["text"][entity["start"] : entity["end"]] == entity["text"]
    # the reader's marks on the page: the bureau in article 1 and the town's Party secretary in article 4
    assert any(e["text"] == "南浔区水利局" and e["type"] == "ORG" for e in records[0]["entities"])
    assert {"name": "谢沁菲", "title": "党委书记", "org": "义亭镇"} in records[3]["officials"]
