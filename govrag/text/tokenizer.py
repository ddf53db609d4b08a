"""Morphological tokenization with fugashi (MeCab) and the bundled unidic-lite dictionary.

Offsets are Python ``str`` indices into the caller's original string: for every token
``text[t.start:t.end] == t.surface``. White space is never a token. Input is cut into bounded
chunks (at white space, control characters and, for very long runs, at sentence punctuation), so
memory stays flat on huge inputs. The MeCab tagger is built on first use, once per
:class:`Tokenizer`, always from unidic-lite's own dictionary directory so that an installed full
``unidic`` package cannot take over.

>>> [(t.surface, t.lemma, t.pos) for t in tokenize("申請が到達した")]  # doctest: +NORMALIZE_WHITESPACE
[('申請', '申請', '名詞-普通名詞-サ変可能'), ('が', 'が', '助詞-格助詞'),
 ('到達', '到達', '名詞-普通名詞-サ変可能'), ('し', '為る', '動詞-非自立可能'), ('た', 'た', '助動詞')]
>>> [(t.surface, t.start, t.end) for t in tokenize("  行政庁\\u3000は")]
[('行政', 2, 4), ('庁', 4, 5), ('は', 6, 7)]
>>> content_lemmas("三十日以内に審査を開始しなければならない。")
['30', '日', '以内', '審査', '開始']
"""

from __future__ import annotations

import csv
import os
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govrag.errors import ConfigError
from govrag.text.numerals import NUMERAL

__all__ = ["STOPWORDS", "Token", "Tokenizer", "content_lemmas", "default_tokenizer", "tokenize"]

#: Longest piece handed to MeCab in one call (characters).
MAX_CHUNK = 4096


@dataclass(frozen=True, slots=True)
class Token:
    """One morpheme. ``pos`` is the UniDic part of speech joined with ``-`` (trailing ``*``
    dropped), e.g. ``名詞-固有名詞-人名-姓``; ``lemma`` the dictionary form (the surface for unknown
    words; the English gloss of loanwords such as ``サービス-service`` is dropped); ``reading`` the
    katakana reading (empty when unknown).

    >>> Token("し", "為る", "動詞-非自立可能", 3, 4).pos1
    '動詞'
    """

    surface: str
    lemma: str
    pos: str
    start: int
    end: int
    reading: str = ""
    unknown: bool = False

    @property
    def pos1(self) -> str:
        """The top-level part of speech (``名詞``, ``動詞``, ...)."""
        return self.pos.split("-", 1)[0]


# Chunk separators: white space, controls, surrogates, non-characters (MeCab gets none of them).
_SEP_RE = re.compile(
    "[\\s\\x00-\\x1f\\x7f-\\x9f\\ud800-\\udfff"
    + "".join(f"\\U{p:08x}-\\U{p + 1:08x}" for p in range(0xFFFE, 0x110000, 0x10000))
    + "\\ufdd0-\\ufdef]+"
)
_SOFT_BREAK = "。！？!?．.、，,)）」』"


def _chunks(text: str, max_chunk: int = MAX_CHUNK) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, piece)``: maximal non-separator runs, long runs cut at punctuation."""
    pos = 0
    for m in _SEP_RE.finditer(text):
        if m.start() > pos:
            yield from _bounded(text, pos, m.start(), max_chunk)
        pos = m.end()
    if pos < len(text):
        yield from _bounded(text, pos, len(text), max_chunk)


def _bounded(text: str, start: int, end: int, max_chunk: int) -> Iterator[tuple[int, str]]:
    while end - start > max_chunk:
        cut = start + max_chunk
        # prefer the last punctuation in the second half of the window
        for i in range(cut - 1, start + max_chunk // 2, -1):
            if text[i] in _SOFT_BREAK:
                cut = i + 1
                break
        yield start, text[start:cut]
        start = cut
    if end > start:
        yield start, text[start:end]


def _unidic_lite_dir() -> str:
    try:
        import unidic_lite
    except ImportError:
        raise ConfigError(
            "the unidic-lite dictionary is not installed: run `pip install unidic-lite` "
            "(do not install the full `unidic` package instead: it needs a separate download, and "
            "govrag never falls back to it)"
        ) from None
    dicdir = Path(unidic_lite.DICDIR)
    if not (dicdir / "sys.dic").is_file():
        raise ConfigError(f"unidic-lite dictionary is incomplete at {dicdir}: reinstall unidic-lite")
    return str(dicdir)


class Tokenizer:
    """A lazily built MeCab tagger over unidic-lite. Thread-safe (one lock around MeCab).

    >>> Tokenizer().tokenize("第七条")[0].surface
    '第'
    """

    def __init__(self, *, dicdir: str | Path | None = None, max_chunk: int = MAX_CHUNK) -> None:
        if max_chunk < 16:
            raise ConfigError(f"max_chunk must be >= 16, got {max_chunk}")
        self._dicdir = str(dicdir) if dicdir is not None else None
        self._max_chunk = max_chunk
        self._tagger: Any = None
        self._lock = threading.Lock()

    def _get_tagger(self) -> Any:
        if self._tagger is not None:
            return self._tagger
        with self._lock:
            if self._tagger is None:
                self._tagger = self._build_tagger()
        return self._tagger

    def _build_tagger(self) -> Any:
        dicdir = self._dicdir or _unidic_lite_dir()
        try:
            import fugashi
        except ImportError:
            raise ConfigError("fugashi is not installed: run `pip install fugashi unidic-lite`") from None
        # Always name the rc file too, so no system-wide mecabrc (or $MECABRC) can redirect MeCab.
        mecabrc = Path(dicdir) / "mecabrc"
        rc = str(mecabrc) if mecabrc.is_file() else os.devnull
        try:
            return fugashi.Tagger(f'-d "{dicdir}" -r "{rc}"')
        except RuntimeError as exc:
            raise ConfigError(
                f"could not start MeCab with the dictionary at {dicdir}: {exc}; "
                "reinstall with `pip install --force-reinstall fugashi unidic-lite`"
            ) from None

    def tokenize(self, text: str) -> list[Token]:
        """Tokens of ``text`` with offsets into ``text`` (white space is skipped)."""
        if not isinstance(text, str):
            raise TypeError(f"tokenize() needs str, not {type(text).__name__}")
        return list(self.iter_tokens(text))

    def iter_tokens(self, text: str) -> Iterator[Token]:
        """Like :meth:`tokenize`, but lazily, chunk by chunk (for very large inputs)."""
        tagger = self._get_tagger()
        for offset, piece in _chunks(text, self._max_chunk):
            with self._lock:
                tokens = list(_tokens(tagger.parseToNodeList(piece), piece, offset))
            yield from tokens


# Positions in UniDic (unidic-lite, 26 fields) feature strings.
_LEMMA = 7
_KANA = 17


_FeatureInfo = tuple[str, "str | None", str, bool]
_FEATURES: dict[str, _FeatureInfo] = {}
_FEATURES_MAX = 200_000


def _feature_info(raw: str) -> _FeatureInfo:
    """``(pos, lemma or None, reading, unknown)`` from a raw UniDic feature string (memoized)."""
    info = _FEATURES.get(raw)
    if info is not None:
        return info
    fields = raw.split(",") if '"' not in raw else next(csv.reader((raw,)))
    pos = "-".join([p for p in fields[:4] if p and p != "*"]) or "記号"
    unknown = len(fields) <= _LEMMA  # unk.dic entries carry only POS and conjugation fields
    lemma: str | None = fields[_LEMMA] if not unknown and fields[_LEMMA] else None
    if lemma is not None and "-" in lemma and not lemma.isascii():
        head, _, gloss = lemma.rpartition("-")
        if gloss.isascii():
            lemma = head  # サービス-service -> サービス
    reading = fields[_KANA] if len(fields) > _KANA and fields[_KANA] != "*" else ""
    info = (pos, lemma, reading, unknown)
    if len(_FEATURES) >= _FEATURES_MAX:
        _FEATURES.clear()
    _FEATURES[raw] = info
    return info


def _tokens(nodes: list[Any], piece: str, offset: int) -> Iterator[Token]:
    # ``piece`` holds no white space (see _chunks), so tokens are contiguous; the find() below
    # only guards against a surface that does not match the input where expected.
    cursor = 0
    for node in nodes:
        surface: str = node.surface
        if not surface:
            continue
        start = cursor
        if piece.startswith(surface, start):
            cursor = start + len(surface)
        else:
            found = piece.find(surface, start)
            if found < 0:
                # give the rest of the expected span its original characters
                cursor = min(len(piece), start + len(surface))
                surface = piece[start:cursor]
                if not surface:
                    continue
            else:
                start, cursor = found, found + len(surface)
        if surface.isspace():
            continue
        pos, lemma, reading, unknown = _feature_info(node.feature_raw)
        yield Token(surface, lemma or surface, pos, offset + start, offset + cursor, reading, unknown)


_DEFAULT: Tokenizer | None = None
_DEFAULT_LOCK = threading.Lock()


def default_tokenizer() -> Tokenizer:
    """The process-wide :class:`Tokenizer` (created on first call)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Tokenizer()
    return _DEFAULT


def tokenize(text: str) -> list[Token]:
    """Tokenize ``text`` with the default unidic-lite tokenizer.

    >>> [t.surface for t in tokenize("行政手続法第七条")]
    ['行政', '手続', '法', '第', '七', '条']
    """
    return default_tokenizer().tokenize(text)


#: Lemmas dropped by :func:`content_lemmas`: light verbs, formal nouns, demonstratives.
STOPWORDS: frozenset[str] = frozenset(
    """為る 有る 居る 成る 出来る 言う 行く 来る 見る 思う 無い 良い 事 物 者 所 為 方 等 他 外 上 中
    其の 此の 彼の 其れ 此れ 何 の ん よう 様 限る 係る 当たる 因る 依る 於く 付く 就く 対する 関する
    もの こと とき 時 ため ほか 又 又は 若しくは 及び 並びに 且つ""".split()
)
_CONTENT_POS1 = frozenset(("名詞", "動詞", "形容詞", "副詞", "形状詞", "代名詞"))
_LEADING_NUMBER = re.compile(r"([0-9]+)([^0-9].*)")
_NUMERAL_RE = re.compile(NUMERAL)


def content_lemmas(text: str, *, tokenizer: Tokenizer | None = None) -> list[str]:
    """Lemmas of the content words of ``text`` (after :func:`~govrag.text.normalize`), for BM25
    and extractive scoring: nouns, verbs, adjectives, adverbs, 形状詞 and noun-like suffixes
    (``庁``, ``法``), minus :data:`STOPWORDS`, symbols and particles. Runs of numeral tokens are
    merged and rendered as arabic digits (``二百五十二`` -> ``252``); latin is case folded.

    >>> content_lemmas("第二百五十二条の十九に規定するＤＸ推進")
    ['252', '条', '19', '規定', 'dx', '推進']
    """
    from govrag.text.normalization import normalize

    tok = tokenizer or default_tokenizer()
    norm = normalize(text)
    fast = _fast_content_lemmas(tok, norm)
    return fast if fast is not None else _content_lemmas_of_tokens(tok.iter_tokens(norm))


def _content_lemmas_of_tokens(tokens: Iterator[Token]) -> list[str]:
    """The reference implementation over :class:`Token` objects (see :func:`content_lemmas`)."""
    from govrag.text.numerals import kanji_to_int

    out: list[str] = []
    numeral: list[str] = []
    last_end = -1
    for t in tokens:
        if t.pos == "名詞-数詞" and _NUMERAL_RE.fullmatch(t.surface):
            if numeral and t.start != last_end:
                _flush_numeral(numeral, out, kanji_to_int)
            numeral.append(t.surface)
            last_end = t.end
            continue
        if numeral:
            _flush_numeral(numeral, out, kanji_to_int)
        out.extend(_content_terms(t.pos, t.lemma))
    if numeral:
        _flush_numeral(numeral, out, kanji_to_int)
    return out


def _content_terms(pos: str, lemma: str) -> tuple[str, ...]:
    """The BM25 terms one non-numeral token contributes (none for function words)."""
    from govrag.text.normalization import fold_numerals

    if pos.split("-", 1)[0] not in _CONTENT_POS1 and not pos.startswith("接尾辞-名詞的"):
        return ()
    lemma = lemma.casefold()
    if lemma in STOPWORDS or not any(ch.isalnum() for ch in lemma):
        return ()
    split = _LEADING_NUMBER.fullmatch(fold_numerals(lemma))
    if split:  # 一日 -> 1 + 日, aligned with how "1日" tokenizes
        return split.groups()
    return (lemma,)


# Per feature string: None for a numeral candidate (名詞-数詞), else the terms the token adds
# (a str key into _SURFACE_TERMS when the lemma is unknown and the surface decides).
_TERMS_BY_FEATURE: dict[str, tuple[str, ...] | str | None] = {}
_TERMS_BY_SURFACE: dict[tuple[str, str], tuple[str, ...]] = {}


def _fast_content_lemmas(tok: Tokenizer, norm: str) -> list[str] | None:
    """:func:`_content_lemmas_of_tokens` without building tokens: MeCab nodes are classified by
    their (memoized) feature string. ``None`` when a node's surface does not line up with the
    input (the caller then takes the reference path), so the output is always identical."""
    from govrag.text.numerals import kanji_to_int

    tagger = tok._get_tagger()
    by_feature = _TERMS_BY_FEATURE
    out: list[str] = []
    numeral: list[str] = []
    last_end = -1
    for offset, piece in _chunks(norm, tok._max_chunk):
        with tok._lock:
            nodes = [(n.surface, n.feature_raw) for n in tagger.parseToNodeList(piece)]
        cursor = 0
        for surface, raw in nodes:
            if not surface:
                continue
            if not piece.startswith(surface, cursor):
                return None
            start = offset + cursor
            cursor += len(surface)
            kind = by_feature.get(raw, _MISSING)
            if kind is _MISSING:
                kind = _classify_feature(raw)
            if kind is None:
                if _NUMERAL_RE.fullmatch(surface):
                    if numeral and start != last_end:
                        _flush_numeral(numeral, out, kanji_to_int)
                    numeral.append(surface)
                    last_end = offset + cursor
                    continue
                kind = _terms_for_surface(raw, surface)
            elif isinstance(kind, str):
                kind = _terms_for_surface(raw, surface)
            if numeral:
                _flush_numeral(numeral, out, kanji_to_int)
            if kind:
                out.extend(kind)
    if numeral:
        _flush_numeral(numeral, out, kanji_to_int)
    return out


_MISSING: Any = object()


def _classify_feature(raw: str) -> tuple[str, ...] | str | None:
    pos, lemma, _, _ = _feature_info(raw)
    kind: tuple[str, ...] | str | None
    if pos == "名詞-数詞":
        kind = None
    elif lemma is None:
        kind = pos  # the surface decides the lemma
    else:
        kind = _content_terms(pos, lemma)
    if len(_TERMS_BY_FEATURE) >= _FEATURES_MAX:
        _TERMS_BY_FEATURE.clear()
    _TERMS_BY_FEATURE[raw] = kind
    return kind


def _terms_for_surface(raw: str, surface: str) -> tuple[str, ...]:
    key = (raw, surface)
    terms = _TERMS_BY_SURFACE.get(key)
    if terms is None:
        pos, lemma, _, _ = _feature_info(raw)
        terms = _content_terms(pos, lemma or surface)
        if len(_TERMS_BY_SURFACE) >= _FEATURES_MAX:
            _TERMS_BY_SURFACE.clear()
        _TERMS_BY_SURFACE[key] = terms
    return terms


def _flush_numeral(numeral: list[str], out: list[str], kanji_to_int: Any) -> None:
    """Append the numeral run as arabic digits (as written when it is no number) and clear it."""
    run = "".join(numeral)
    try:
        out.append(str(kanji_to_int(run)))
    except ValueError:
        out.append(run)
    numeral.clear()
