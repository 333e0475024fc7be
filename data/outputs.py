"""Writers of annotated records (``predict`` output): JSONL, CSV and HTML.

A record is the dict of ``zhpolicy predict`` (README, "Article record" and "Predict").
CSV keeps one row per article; list and dict fields (authors, captions,
domain scores, entities, officials) are JSON strings in their cells, so
``pandas.read_csv`` reads the file back and ``json.loads`` restores them.
HTML shows every article with its entities highlighted by type and its
domain, in the manner of spaCy's displaCy, as one self-contained file (no
scripts, fonts or links to fetch).
"""

from __future__ import annotations

import csv
import html
import json
import os
from collections.abc import Sequence
from typing import Any

from .labels import ENTITY_TYPES
from .textio import InputError, atomic_writer

CSV_COLUMNS = ("id", "page", "title", "subtitle", "authors", "text", "captions", "domain", "domain_scores", "entities", "officials")
JSON_COLUMNS = {"authors", "captions", "domain_scores", "entities", "officials"}
OUTPUT_FORMATS = ("jsonl", "csv", "html")

ENTITY_COLOURS = {"LOC": "#ff9561", "ORG": "#7aecec", "PER": "#aa9cfc", "TITLE": "#feca74"}
DOMAIN_COLOURS = {
    "water": "#4f9dde", "elderly_care": "#e8a33d", "disaster_prevention": "#d9534f", "power_supply": "#8e6bbf",
    "rural_revitalization": "#5cb85c", "party_building": "#c9302c", "other": "#888888",
}


def write_records_jsonl(records: Sequence[dict[str, Any]], path: str | os.PathLike[str]) -> None:
    with atomic_writer(path) as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_records_csv(records: Sequence[dict[str, Any]], path: str | os.PathLike[str]) -> None:
    """UTF-8 with BOM (so spreadsheet programs read the Chinese right), one row per article."""
    with atomic_writer(path) as handle:
        handle.write("\ufeff")
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow({
                column: json.dumps(record.get(column), ensure_ascii=False) if column in JSON_COLUMNS else record.get(column)
                for column in CSV_COLUMNS
            })


def highlighted_text(text: str, entities: Sequence[dict[str, Any]]) -> str:
    """The text as HTML with each entity in a ``<mark>`` labeled with its type."""
    parts: list[str] = []
    position = 0
    for entity in sorted(entities, key=lambda e: e["start"]):
        if entity["start"] < position:
            continue
        parts.append(html.escape(text[position : entity["start"]]))
        colour = ENTITY_COLOURS.get(entity["type"], "#ddd")
        parts.append(
            f'<mark class="entity" data-type="{entity["type"]}" style="background:{colour}">'
            f'{html.escape(text[entity["start"] : entity["end"]])}<span class="label">{entity["type"]}</span></mark>'
        )
        position = entity["end"]
    parts.append(html.escape(text[position:]))
    return "".join(parts).replace("\n", "<br>\n")


_STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;max-width:60em;margin:2em auto;line-height:2.2;color:#222}
article{border-bottom:1px solid #ccc;padding:1em 0}
h2{margin:.2em 0;line-height:1.4} .meta{color:#555;font-size:.9em;line-height:1.6}
.domain{display:inline-block;color:#fff;border-radius:.3em;padding:0 .5em;font-size:.85em;line-height:1.8}
mark.entity{padding:.15em .35em;margin:0 .1em;border-radius:.35em}
mark .label{font-size:.6em;font-weight:bold;margin-left:.4em;vertical-align:middle;text-transform:uppercase}
.legend mark{margin-right:.6em}
"""


def _article_html(record: dict[str, Any]) -> str:
    domain = record.get("domain") or "?"
    score = (record.get("domain_scores") or {}).get(domain)
    badge = f'<span class="domain" data-domain="{html.escape(domain)}" style="background:{DOMAIN_COLOURS.get(domain, "#888")}">{html.escape(domain)}' \
            + (f" {score:.2f}" if isinstance(score, float) else "") + "</span>"
    meta = [f"id {html.escape(str(record.get('id')))}"]
    if record.get("page"):
        meta.append(f"page {html.escape(str(record['page']))}")
    if record.get("authors"):
        meta.append("authors " + html.escape("、".join(record["authors"])))
    officials = "；".join(
        html.escape(f"{o.get('org') or ''}{o['title']} {o['name']}") for o in record.get("officials") or []
    )
    lines = [f'<article id="{html.escape(str(record.get("id")))}">', f"<h2>{html.escape(record.get('title') or '')}</h2>",
             f'<div class="meta">{badge} {" · ".join(meta)}</div>']
    if record.get("subtitle"):
        lines.append(f'<div class="meta">{html.escape(record["subtitle"])}</div>')
    if officials:
        lines.append(f'<div class="meta">officials: {officials}</div>')
    lines.append(f'<p class="text">{highlighted_text(record.get("text") or "", record.get("entities") or [])}</p>')
    for caption in record.get("captions") or []:
        lines.append(f'<div class="meta">caption: {html.escape(caption)}</div>')
    lines.append("</article>")
    return "\n".join(lines)


def write_records_html(records: Sequence[dict[str, Any]], path: str | os.PathLike[str], title: str = "zhpolicy") -> None:
    legend = "".join(
        f'<mark class="entity" style="background:{ENTITY_COLOURS[t]}">{t}</mark>' for t in ENTITY_TYPES
    )
    with atomic_writer(path) as handle:
        handle.write(
            f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body>\n<h1>{html.escape(title)}: {len(records)} articles</h1>\n"
            f'<div class="legend">{legend}</div>\n'
        )
        for record in records:
            handle.write(_article_html(record) + "\n")
        handle.write("</body></html>\n")


def write_output(records: Sequence[dict[str, Any]], path: str | os.PathLike[str], fmt: str) -> None:
    """Write ``records`` as ``fmt`` (one of :data:`OUTPUT_FORMATS`), atomically."""
    writers = {"jsonl": write_records_jsonl, "csv": write_records_csv, "html": write_records_html}
    if fmt not in writers:
        raise InputError(f"unknown output format {fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}")
    writers[fmt](records, path)
