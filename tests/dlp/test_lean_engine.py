"""The default engine scans without presidio's AnalyzerEngine (and so without spaCy): same results.

govrag's own recognizers on fugashi tokens run in a lean loop; presidio's package (spaCy, its
predefined recognizers) loads only when something asks for it. These tests hold the lean loop to
presidio's ``AnalyzerEngine.analyze`` on real text and check the package still completes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from govrag.dlp import STRUCTURED_TYPES, DLPEngine

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT.parent / "shared" / "corpora" / "egov-xml"


def _texts() -> list[str]:
    rows = (ROOT / "corpora" / "eval" / "pii_ja.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(r)["text"] for r in rows if r.strip()]
    law = next(CORE.glob("405AC0000000088_*.xml"))  # 行政手続法: statute text, no PII
    texts.append(law.read_text(encoding="utf-8")[:40_000])
    return texts


def _fresh_python(code: str) -> str:
    """The standard output of ``code`` run in a fresh interpreter on this checkout."""
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    return out.stdout


def _key(results: list[object]) -> list[tuple[object, ...]]:
    return sorted(
        (r.entity_type, r.start, r.end, r.score, (r.recognition_metadata or {}).get("context_distance"))  # type: ignore[attr-defined]
        for r in results
    )


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"entities": sorted(STRUCTURED_TYPES)},
        {"entities": ["PERSON", "PHONE_NUMBER", "JP_MY_NUMBER"]},
        {"score_threshold": 0.3},
        {"context": {"JP_MY_NUMBER": ["整理番号"]}},
    ],
    ids=["all", "structured", "three-types", "threshold-0.3", "extra-context"],
)
def test_lean_loop_equals_presidio_analyzer(options: dict[str, object]) -> None:
    engine = DLPEngine(**options)  # type: ignore[arg-type]
    assert engine._lean
    texts = _texts()
    assert len(texts) > 150
    for text in texts:
        assert _key(engine._analyze_lean(text)) == _key(engine._analyze_presidio(text)), text[:60]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("申請者山田太郎様の個人番号は053703296641です。",
         {("PERSON", "山田太郎"), ("JP_MY_NUMBER", "053703296641")}),
        ("担当の佐藤花子さん（電話03-1234-5678）",
         {("PERSON", "佐藤花子"), ("PHONE_NUMBER", "03-1234-5678")}),
        ("申請書に不備があったら役所はどうしないといけない？", set()),
    ],
)
def test_default_engine_catches_names_phones_and_my_numbers_in_a_fresh_interpreter(
    text: str, expected: set[tuple[str, str]]
) -> None:
    code = (
        "import json, sys\n"
        "from govrag.dlp import scan\n"
        f"t = {text!r}\n"
        "found = sorted([f.entity_type, t[f.start:f.end]] for f in scan(t))\n"
        "heavy = sorted(m for m in ('spacy', 'torch', 'transformers', 'presidio_analyzer.nlp_engine')"
        " if m in sys.modules)\n"
        "print(json.dumps([found, heavy]))\n"
    )
    found, heavy = json.loads(_fresh_python(code))
    assert {tuple(f) for f in found} == expected
    assert heavy == []


def test_presidio_completes_on_first_other_use() -> None:
    code = (
        "from govrag.dlp import DLPEngine\n"
        "import presidio_analyzer as p\n"
        "from presidio_analyzer.recognizer_result import RecognizerResult\n"
        "e = DLPEngine()\n"
        "from presidio_analyzer import AnalyzerEngine, PatternRecognizer\n"
        "from presidio_analyzer.nlp_engine import NlpArtifacts\n"
        "assert p.RecognizerResult is RecognizerResult and p.AnalyzerEngine is AnalyzerEngine\n"
        "assert type(e.analyzer) is AnalyzerEngine\n"
        "assert isinstance(e._recognizers[0], PatternRecognizer)\n"
        "print('ok')\n"
    )
    assert _fresh_python(code).strip() == "ok"
