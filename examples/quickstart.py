"""Quickstart: answer an administrative question from the statutes, offline, with an audit trail.

Run from the project root:

    python examples/quickstart.py ../shared/corpora/egov-xml

The first run builds a local index (cached under ~/.cache/govrag, keyed by the corpus content);
later runs reuse it. Nothing leaves this machine: the ``extractive`` provider quotes the
retrieved provisions instead of calling a model.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from govrag import Corpus, Pipeline
from govrag.audit import AuditLog
from govrag.retrieval.cache import default_cache_dir, open_or_build_index


def main(corpus_path: str, audit_path: Path) -> int:
    corpus = Corpus.from_path(corpus_path)
    index = open_or_build_index(corpus, cache_dir=default_cache_dir())
    pipeline = Pipeline.preset(
        "qa", index=index, corpus=corpus, provider="extractive", audit=AuditLog(audit_path)
    )
    result = pipeline.run("申請書に不備があったら役所はどうしないといけない？")
    print(result.answer)
    for check in result.citations:
        print(f"  {check.status:>14}  {check.citation.text}")
    print("機密性:", result.classification.level, " audit id:", result.audit_id)

    # Personal data is found and redacted before anything could leave the process.
    result = pipeline.run("申請者の山田太郎さん（電話090-1234-5678）の審査期間は？")
    print("findings:", [f.entity_type for f in result.findings])
    print("sent out:", result.record.outbound_query if result.record else None)

    # 機密性3 markings stop the run before retrieval or generation.
    result = pipeline.run("【極秘】次年度の組織改編案について根拠条文は？")
    print("blocked:", result.blocked, "-", result.reason)
    problems = AuditLog(audit_path).verify()
    print("audit chain intact:", not problems)
    return 0 if not problems else 1


if __name__ == "__main__":
    corpus_dir = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/egov-xml"
    with tempfile.TemporaryDirectory() as tmp:
        sys.exit(main(corpus_dir, Path(tmp) / "audit.sqlite3"))
