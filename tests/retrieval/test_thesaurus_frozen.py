"""The packaged thesaurus is frozen (issue 11 §4).

Its entries were tuned on the project's own questions, so every figure measured with it is a
tuned-on figure except on question sets written after this freeze by someone who had not seen it
(``corpora/eval/answers_test.jsonl``, ``answers_test2.jsonl``). Changing an entry invalidates those
blind figures: extend vocabulary with ``StatuteIndex.build/open(thesaurus=...)`` instead, or write a
new blind set after the change and update this hash and docs/benchmarks/retrieval.md together.
"""

from __future__ import annotations

import hashlib
from importlib import resources

FROZEN_SHA256 = "9662023637ffb675eb3cb5423199678c26259c880d935eb1e190df27e19b5f1a"


def test_the_packaged_thesaurus_is_unchanged() -> None:
    """The entries are pinned; the ``#`` comment lines may be edited."""
    text = resources.files("govrag.retrieval").joinpath("data/thesaurus.txt").read_text(encoding="utf-8")
    entries = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert hashlib.sha256(entries.encode("utf-8")).hexdigest() == FROZEN_SHA256
