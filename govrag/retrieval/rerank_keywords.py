"""Search-box queries: keyword fragments instead of a question (round 15).

A search box gets terse input: a few nouns separated by spaces, particles dropped, no predicate
(「代執行 費用 徴収」, 「取消訴訟 被告」). Two things read such a query differently from a sentence:

``is_keyword_query``  the query is a bag of keywords: two or more fragments separated by spaces,
                      or one short fragment with no predicate, and no sentence end (。) — a
                      sentence asks with its verb, a keyword query only names its topic;
``stem_laws``         a fragment that is a law's name or abbreviation without its final 「法」
                      (「国賠」 for 国賠法): in a keyword query the user drops 法 as they drop
                      particles, so the fragment names the law (a weaker mention than the name).

>>> is_keyword_query("代執行 費用 徴収"), is_keyword_query("代執行の費用は誰が負担するのか。")
(True, False)
>>> stem_laws("国賠 費用 負担", {"国賠法": ("322AC0000000125",), "民法": ("129AC0000000089",)})
('322AC0000000125',)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

__all__ = ["fragments", "is_keyword_query", "stem_laws"]

#: a query of at most this many characters (spaces not counted) with no predicate is a keyword
#: query even as one fragment (「専決処分」); longer ones without a verb are rare and read as prose
_SHORT = 12
_SPACES = re.compile(r"[\s\u3000]+")
_SENTENCE_END = re.compile(r"[。．！!]")
#: what a user types after the keywords without making a sentence of them
_TRAILING = "?？"


def fragments(query: str) -> list[str]:
    """The space-separated fragments of ``query`` (NFKC), empty ones dropped, a trailing 「?」
    removed.

    >>> fragments("審査会　委員 何人?")
    ['審査会', '委員', '何人']
    """
    text = unicodedata.normalize("NFKC", query).strip()
    return [f.rstrip(_TRAILING) for f in _SPACES.split(text) if f.rstrip(_TRAILING)]


def is_keyword_query(query: str) -> bool:
    """True for a search-box query (see the module docstring).

    >>> is_keyword_query("専決処分"), is_keyword_query("専決処分ができるのはどのような場合か")
    (True, False)
    """
    from govrag.retrieval.rerank_structure import question_predicate

    text = unicodedata.normalize("NFKC", query).strip()
    if not text or _SENTENCE_END.search(text):
        return False
    parts = fragments(text)
    if len(parts) >= 2:
        return True
    return len("".join(parts)) <= _SHORT and question_predicate(text) is None


def stem_laws(query: str, law_names: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The laws named by a fragment that is one of ``law_names`` without its final 「法」 (two
    characters at least), in a keyword query only; () otherwise.

    >>> names = {"国賠法": ("322AC0000000125",)}
    >>> stem_laws("国賠 求償", names), stem_laws("国賠の求償は", names)
    (('322AC0000000125',), ())
    """
    if not is_keyword_query(query):
        return ()
    stems: dict[str, tuple[str, ...]] = {}
    for name, ids in law_names.items():
        if name.endswith("法") and len(name) >= 3:
            stems.setdefault(name[:-1], ids)
    out: list[str] = []
    for part in fragments(query):
        for law_id in stems.get(part, ()):
            if law_id not in out:
                out.append(law_id)
    return tuple(out)
