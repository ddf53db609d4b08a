"""``govrag index add`` and ``govrag search --kind/--max-level`` end to end (in-process CLI)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from govrag.cli import main
from tests.documents.conftest import DOCS
from tests.retrieval.conftest import law_files


def test_index_add_then_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    law = law_files(("322AC0000000125",))[0]
    ix = tmp_path / "ix"
    assert (
        main(["index", "build", "--corpus", str(law), "--out", str(ix), "--embedder", "none", "--quiet"]) == 0
    )
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7 garbage")
    capsys.readouterr()
    assert main(["index", "add", str(docs), "--index", str(ix), "--json"]) == 1  # one file skipped
    out = json.loads(capsys.readouterr().out)
    assert len(out["indexed"]) == 8
    assert [(Path(s["path"]).name, s["reason"]) for s in out["skipped"]] == [("broken.pdf", "unsupported")]
    (docs / "broken.pdf").unlink()
    assert main(["index", "add", str(docs), "--index", str(ix), "--json"]) == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["indexed"], len(again["unchanged"])) == ([], 8)
    assert main(["search", "児童手当の支給開始月", "--index", str(ix), "--max-level", "1", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert hits and all((h.get("level") or 1) == 1 for h in hits)
    assert (
        main(["search", "国家賠償法第一条", "--index", str(ix), "--kind", "statute", "-k", "1", "--json"])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["hits"][0]["citation"] == "国家賠償法第一条"
