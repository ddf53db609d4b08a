"""Round AN: person names in the layouts of round AN (see ``forms_an.py``).

* the half-width-kana holder after a space-aligned transfer row's type digit and account;
* the ``payee`` of a JSON object that also has an ``account`` key;
* the surname before a rank or title and より on a caller line (北警察署 生活安全課 木村巡査部長より);
* the speaker of an answer ``Name: dd/mm/yyyy`` under an interpreter's birth-date question.

>>> list(caller_or_payee_name("0123  0005  14417209  ﾔﾏｸﾞﾁ ﾀｹｼ   45000", ()))
[(22, 31)]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from govrag._lazy import lazy_compile
from govrag.dlp.recognizers.forms_an import BIRTH_QUESTION, TRANSFER_PREFIX, json_object
from govrag.dlp.recognizers.fragments import HW_KANA_LETTER
from govrag.text.tokenizer import Token as JaToken

__all__ = ["caller_or_payee_name"]

_HW = HW_KANA_LETTER + "{2,10} " + HW_KANA_LETTER + "{1,10}"
_TRANSFER = lazy_compile(TRANSFER_PREFIX + r"\d{7}[ ]*(?P<v>" + _HW + r")(?![ｦ-ﾟ])")
_PAYEE = lazy_compile(r"[\"']payee[\"'][ \t]*:[ \t]*[\"'](?P<v>[^\"'\n]{2,20})[\"']")
_ACCOUNT_KEY = lazy_compile(r"[\"']account[\"'][ \t]*:")
_RANKS = r"巡査部長|巡査長|巡査|警部補|警部|警視|消防司令補?|消防士長?|ＭＳＷ|MSW|主任|係長|課長|相談員"
_CALLER = lazy_compile(
    r"(?<=[ \t\u3000])(?P<v>[一-龥々]{1,4})(?=(?:" + _RANKS + r")より)"
)
_BIRTH_QUESTION = lazy_compile(
    BIRTH_QUESTION + r"[ \t]*\n"
    r"(?P<v>[A-ZÀ-Ỵ][^\W\d_]{1,15}(?: [A-ZÀ-Ỵ][^\W\d_]{1,15}){0,2})[:：][ \t]*\d{1,2}/\d{1,2}/(?:19|20)\d{2}"
)


def caller_or_payee_name(text: str, tokens: Sequence[JaToken]) -> Iterator[tuple[int, int]]:
    """Transfer-row holders, JSON payees, callers before a rank and より, dialogue speakers."""
    for m in _TRANSFER.finditer(text):
        yield m.span("v")
    for m in _PAYEE.finditer(text):
        if _ACCOUNT_KEY.search(json_object(text, m.start(), m.end())):
            yield m.span("v")
    for rx in (_CALLER, _BIRTH_QUESTION):
        for m in rx.finditer(text):
            yield m.span("v")
