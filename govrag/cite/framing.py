"""Words that frame a claim rather than state it: the connective that ties a (blanked) citation
to the sentence (「…第7条によれば、」「同法84条は、…と定めています」) and reporting predicates
(「…とされています」「…と規定しています」).

The claim-support core (:mod:`govrag.cite.entail`) blanks them before comparing a claim with its
sources, so 「行政手続法第7条によれば、行政庁は…」 is compared as 「行政庁は…」 whether the
citation is written 「第七条」, 「7条1項」 or 「同法第5条」 (citations themselves are blanked by the
one citation grammar before this runs). Offsets are kept: every removed character becomes a
blank (U+3000).

>>> B = "\\u3000"
>>> strip_framing(B * 6 + "によれば、行政庁は審査を開始します。").strip(B)
'行政庁は審査を開始します。'
>>> strip_framing(B * 4 + "は、懲戒処分は任命権者が行うと定めています。").strip(B)
'懲戒処分は任命権者が行う\\u3000\\u3000\\u3000\\u3000\\u3000\\u3000\\u3000。'
>>> strip_framing("職員は、宣誓をしなければならないとされています。").endswith("ない" + B * 7 + "。")
True
>>> strip_framing("行政庁は、申請により審査を行います。")
'行政庁は、申請により審査を行います。'
"""

from __future__ import annotations

import re

__all__ = ["strip_framing"]

_BLANK = "\u3000"
#: A connective right after a blanked citation: 「（第7条）によれば、」「では、」「のとおり、」「は、」.
_AFTER_CITATION = re.compile(
    r"(?<=\u3000)(?:の(?:規定|定め|条文))?"
    r"(?:によれば|によると|により(?:ますと)?|に基づき|に基づいて|に(?:よって|従い|従って)|"
    r"では|において(?:は)?|には|のとおり|のように|で定める(?:とおり|ように)|上|は|が|も)"
    r"(?:、|(?=[^ぁ-ん]))")
#: A reporting predicate at the end of a sentence: 「…と定めています」「…とされています」.
_REPORTING = re.compile(
    r"(?:(?<=[ぁ-んァ-ヶー一-龥])(?:だ|である|です)?と|旨(?:を|が)?)"
    r"(?:定め(?:て(?:い|お)|られて(?:い|お))|規定(?:して(?:い|お)|されて(?:い|お))|明記されて(?:い|お)|"
    r"されて(?:い|お)|書かれて(?:い|お)|記載されて(?:い|お))"
    r"(?:ます|る|ります)(?=[。．]?\s*$)")


def strip_framing(claim: str) -> str:
    """``claim`` with citation connectives and reporting predicates blanked (same length)."""
    spans = [m.span() for m in _AFTER_CITATION.finditer(claim)]
    spans += [m.span() for m in _REPORTING.finditer(claim)]
    if not spans:
        return claim
    chars = list(claim)
    for a, b in spans:
        chars[a:b] = _BLANK * (b - a)
    return "".join(chars)
