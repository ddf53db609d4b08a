"""Japanese text: normalization, numerals, tokenization, sentence splitting.

All of these are light to import; :func:`tokenize` loads fugashi on first call.

>>> from govrag.text import kanji_to_int, article_key
>>> kanji_to_int("千二十"), article_key("第二条の二")
(1020, '2_2')
"""

from __future__ import annotations

from govrag.text.normalization import display_width, fold_numerals, normalize, normalize_for_match
from govrag.text.numerals import (
    article_key,
    article_label,
    int_to_kanji,
    item_key,
    item_label,
    kanji_to_int,
)
from govrag.text.sentences import Span, split_sentences
from govrag.text.tokenizer import Token, Tokenizer, content_lemmas, tokenize

__all__ = [
    "Span",
    "Token",
    "Tokenizer",
    "article_key",
    "article_label",
    "content_lemmas",
    "display_width",
    "fold_numerals",
    "int_to_kanji",
    "item_key",
    "item_label",
    "kanji_to_int",
    "normalize",
    "normalize_for_match",
    "split_sentences",
    "tokenize",
]
