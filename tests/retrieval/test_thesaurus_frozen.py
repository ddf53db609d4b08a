"""The packaged thesaurus is frozen (issue 11 §4).

Its entries were tuned on the project's own questions, so every figure measured with it is a
tuned-on figure except on question sets written after this freeze by someone who had not seen it
(``corpora/eval/statute_questions_blind.jsonl``). Changing the file invalidates those blind
figures: extend vocabulary with ``StatuteIndex.build/open(thesaurus=...)`` instead, or write a
new blind set after the change and update this hash and docs/benchmarks/retrieval.md together.
"""

from __future__ import annotations

import hashlib
from importlib import resources

FROZEN_SHA256 = "6aecf996aefbb52eef0b4d74bec13491e166cbd28de50cc3707c68b2fb2a1f51"


def test_the_packaged_thesaurus_is_unchanged() -> None:
    data = resources.files("govrag.retrieval").joinpath("data/thesaurus.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == FROZEN_SHA256
