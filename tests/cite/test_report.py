"""CitationReport rendering: text, HTML (escaped, coloured by status) and JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest

from govrag.cite import verify_citations
from govrag.cite.report import STATUS_COLOURS

ANSWER = (
    "行政手続法第7条によれば、行政庁は遅滞なく審査を開始しなければなりません。<script>alert(1)</script>"
    "同法第99条も参照。"
)


@pytest.fixture
def report(few_laws: Any) -> Any:
    return verify_citations(ANSWER, sources=["行政手続法第七条"], corpus=few_laws)


def test_ok_and_counts(report: Any) -> None:
    assert not report.ok
    assert [i.status for i in report.items] == ["valid", "nonexistent"]
    assert report.counts["valid"] == 1 and report.counts["nonexistent"] == 1
    assert [p.citation.text for p in report.problems] == ["同法第99条"]


def test_text(report: Any) -> None:
    text = report.to_text()
    assert text.startswith("NOT OK: 2 citation(s)")
    assert "nonexistent" in text and "同法第99条" in text and "行政手続法第九十九条" in text


def test_html_is_escaped_and_coloured(report: Any) -> None:
    html = report._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert STATUS_COLOURS["valid"] in html and STATUS_COLOURS["nonexistent"] in html
    assert html.count("<mark") == 2


def test_json_round_trip(report: Any) -> None:
    data = json.loads(report.to_json())
    assert data["ok"] is False
    assert [i["status"] for i in data["items"]] == ["valid", "nonexistent"]
    first = data["items"][0]
    assert first["citation"]["law_id"] == "405AC0000000088" and first["address"] == "行政手続法第七条"
    assert first["spans"][0] == {"start": 0, "end": 8, "role": "citation", "note": ""}


def test_empty_answer_is_ok(few_laws: Any) -> None:
    r = verify_citations("引用のない回答です。", sources=[], corpus=few_laws)
    assert r.ok and r.items == [] and r.to_text() == "no statute citations found"
