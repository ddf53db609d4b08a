"""Quoted source text in an answer: 「…」 or 『…』 quotes whose words appear verbatim in a source.

An answer that quotes an old Act (「伝染病の患者を…」) repeats the statute's wording, not the
drafter's: the bias stage reports an outdated term inside such a quote as a note rather than a
finding (:class:`~govrag.guard.bias.BiasGuard` with ``quoted="note"``). A quote counts as verbatim
when its content, folded (NFKC, lower case) and with all whitespace removed, is a substring of a
source's text treated the same way — so a quoted paragraph without its 「２　」 or line breaks
still matches, and a reworded one does not. Quotes nest (「…（以下「旧法」という。）…」); the
outermost pair decides.

>>> src = ["伝染病の患者を乗車させてはならない。"]
>>> text = "第四条は「伝染病の患者を乗車させてはならない」と定めています。"
>>> [text[a:b] for a, b in verbatim_quotes(text, src)]
['「伝染病の患者を乗車させてはならない」']
>>> verbatim_quotes("「伝染病の患者は乗車させない」と定めています。", src)
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from govrag._lazy import lazy_compile
from govrag.cite.lexer import bracket_spans
from govrag.guard.base import fold_same_length

__all__ = ["quote_spans", "verbatim_quotes"]

_OPEN = {"「": "」", "『": "』"}
_SPACE = lazy_compile(r"\s+")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every outermost 「…」/『…』 pair, brackets included; unclosed ones are
    dropped (:func:`govrag.cite.lexer.bracket_spans`)."""
    return bracket_spans(text, _OPEN)


def _squash(text: str) -> str:
    return _SPACE.sub("", fold_same_length(text))


def verbatim_quotes(text: str, sources: Sequence[str], *, min_chars: int = 2) -> list[tuple[int, int]]:
    """Spans (brackets included) of the outermost quotes in ``text`` whose content appears
    verbatim in one of ``sources`` (see the module doc); contents shorter than ``min_chars``
    are ignored."""
    spans = quote_spans(text)
    if not spans or not sources:
        return []
    squashed = [_squash(s) for s in sources]
    out: list[tuple[int, int]] = []
    for a, b in spans:
        body = _squash(text[a + 1:b - 1])
        if len(body) >= min_chars and any(body in s for s in squashed):
            out.append((a, b))
    return out
