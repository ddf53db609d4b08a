"""Base class of govrag's pattern recognizers: declarative patterns, context words, one hook.

A recognizer module declares ``ENTITY``, ``PATTERNS`` (regexes whose named group ``v`` is the
value; the rest of the match is anchoring context), ``CONTEXT`` words (looked for in a character
window around the value, cut at sentence ends, since Japanese has no spaces), ``NEGATIVE_CONTEXT``
words that veto a match when they precede it, and ``validate_result(value)`` returning True
(checksum valid), False (reject) or None (no opinion) as in presidio's ``PatternRecognizer``.

>>> from govrag.dlp.recognizers.passport import JpPassportRecognizer
>>> rec = JpPassportRecognizer()
>>> [(r.entity_type, r.start, r.end) for r in rec.analyze("旅券番号はTK1234567です", [])]
[('JP_PASSPORT', 5, 14)]
>>> rec.analyze("型番TK1234567", [])
[]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult

from govrag._lazy import lazy_compile

__all__ = [
    "DIGIT_LINE",
    "OTHER_NUMBER_WORDS",
    "JaPattern",
    "JaPatternRecognizer",
    "context_window",
    "digits_only",
    "label_after",
    "make_result",
    "other_label_before",
    "other_number_words",
    "spaced_label",
    "value_windows",
]

#: The words that name another number in a label (the part before 番号, No., コード, ID): numbers
#: an office, a company or a register keeps, none of them the ID a recognizer looks for. One
#: vocabulary, in groups; each rule that lets another number's label veto a value selects the
#: groups it vetoes by name (:func:`other_number_words`).
OTHER_NUMBER_WORDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        # an office's register
        "register": ("受付", "整理", "管理"),
        # a club's or a shop's member
        "member": ("会員",),
        # a document's
        "document": ("文書",),
        # an application's
        "application": ("申請",),
        "order": ("注文", "受注"),
        "corporate": ("法人",),
        "postal": ("郵便",),
        # numbers to reach someone: a phone's, a clinic card's
        "contact": ("電話", "診察券"),
        "inquiry": ("問合せ", "問い合わせ", "予約"),
        # the rarer okurigana of 問い合わせ
        "inquiry_variants": ("問合わせ", "問い合せ"),
        # a bank account's
        "bank": ("口座",),
        # a basic pension's
        "basic_pension": ("基礎年金",),
        # a 個人番号 (My Number)
        "personal": ("個人",),
        # any pension's
        "pension": ("年金",),
        # an insurer's, an insured person's
        "insurer": ("保険者", "被保険者"),
        # a plot of land (地番)
        "land": ("地",),
        # a company's, a product's, a case's, a licence's numbers
        "business": (
            "事件", "発注", "照会", "登録", "契約", "顧客", "患者", "社員", "職員", "学籍", "受験", "伝票",
            "請求", "記号", "部品", "製品", "商品", "製造", "ロット", "案件", "識別", "認証", "追跡", "参照",
            "お客様", "証明書", "許可", "認定", "届出", "事業所", "車両",
        ),
    }
)


def spaced_label(word: str) -> str:
    """A regex for ``word`` spaced by OCR: one or more blanks (space, TAB, full-width space) between
    every two of its characters, no line break.

    >>> re.fullmatch(spaced_label("個人番号"), "個 人　番  号") is not None
    True
    >>> re.fullmatch(spaced_label("個人番号"), "個人番号") is None
    True
    """
    return r"[ \t\u3000]+".join(re.escape(c) for c in word)


def other_number_words(*groups: str) -> tuple[str, ...]:
    """The words of the named groups of :data:`OTHER_NUMBER_WORDS`, in order.

    >>> other_number_words("document", "application", "postal")
    ('文書', '申請', '郵便')
    """
    return tuple(w for g in groups for w in OTHER_NUMBER_WORDS[g])


_LABEL_BEFORE = lazy_compile(r"([一-龥ァ-ヴーぁ-ん]{1,8})(?:番号|No\.?|NO\.?|№)\s*[:：は]?\s*[（(]?\s*$")


#: a ``…番号`` "label" ending in a verb or particle is a relative clause (確認した番号, 記載の番号)
_CLAUSE_END = lazy_compile(r"(?:した|された|する|される|いる|ある|った|んだ|[たるのなに])$")


def other_label_before(text: str, start: int, *, own: Sequence[str]) -> str | None:
    """The ``…番号`` label right before ``start`` when it names some other number, else None.

    >>> other_label_before("受理番号：123", 5, own=("個人",))
    '受理'
    >>> other_label_before("個人番号：123", 5, own=("個人",)) is None
    True
    >>> other_label_before("確認した番号 123", 7, own=("個人",)) is None
    True
    """
    m = _LABEL_BEFORE.search(text[max(0, start - 16) : start])
    if m is None:
        return None
    label = m.group(1)
    if _CLAUSE_END.search(label):  # 「確認した番号」「記載の番号」: a clause, not a label
        return None
    return None if any(label.endswith(o) or o in label for o in own) else label


#: A label in brackets right after a value (「…（個人番号）」, 「…（運転免許証番号）」): the value's own
#: label, so it decides the type over labels elsewhere on the line.
_LABEL_AFTER = lazy_compile(
    r"\s*[（(]\s*([一-龥ァ-ヴー・A-Za-z. ]{0,14}?"
    r"(?:番号|No\.?|免許証|旅券|パスポート|マイナンバー|在留カード|保険証|手帳))\s*[)）]"
)

#: Words of a bracketed label that name an ID type (or another register number): a value so
#: labelled is not of any type whose context words the label lacks.
_ID_LABEL_WORDS = (
    "個人番号", "マイナンバー", "通知カード", "免許", "旅券", "パスポート", "Passport", "在留カード", "年金",
    "保険", "口座",
    *(w + "番号" for w in other_number_words("register", "member", "order", "corporate", "postal")),
)


#: The value as the subject of a sentence naming it: 「330-0063 は申請者の郵便番号です」.
_LABEL_PREDICATE = lazy_compile(
    r"\s*(?:は|が)[^。\n、，,]{0,16}?(?<![一-龥ァ-ヴー])([一-龥ァ-ヴー]{0,8}"
    r"(?:番号|免許証|旅券|パスポート|マイナンバー|在留カード|保険証|手帳))(?:の番号)?"
    r"\s*(?:です|でした|である|であり|だ|。|$)"
)


def label_after(text: str, end: int) -> str | None:
    """The ID label right after ``end``: in brackets (「TK1234567（旅券番号）」 → 旅券番号) or as the
    predicate naming the value (「… は申請者の郵便番号です」 → 郵便番号), else None.

    >>> label_after("6182（個人番号）、", 4)
    '個人番号'
    >>> label_after("330-0063 は現住所の郵便番号です。", 8)
    '郵便番号'
    >>> label_after("1234567（普通）", 7) is None
    True
    >>> label_after("1234567 は番号ではありません", 7) is None
    True
    """
    m = _LABEL_AFTER.match(text, end) or _LABEL_PREDICATE.match(text, end)
    return None if m is None else m.group(1)


def _own_label_after(text: str, end: int, words: Sequence[str]) -> bool | None:
    """True: the bracketed label after the value names this type (one of ``words``); False: it
    names another ID type; None: no such label, or one naming no ID type (「…（連絡用番号）」)."""
    label = label_after(text, end)
    if label is None:
        return None
    if any(w in label for w in words):
        return True
    return False if any(w in label for w in _ID_LABEL_WORDS) else None


def make_result(
    recognizer: Any, entity: str, start: int, end: int, score: float, *, how: str, distance: int | None
) -> RecognizerResult:
    """A presidio result with metadata and explanation (rule name only, never the value)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=AnalysisExplanation(
            recognizer=recognizer.name, original_score=score, pattern_name=how, textual_explanation=how
        ),
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: distance is not None,
            "context_distance": distance,
        },
    )


_SENTENCE_END = lazy_compile(r"[。\n！？!?]")
#: what may stand before a value that still starts its line: spaces, a colon or bar, or the 第 of
#: 「第 … 号」 (a licence card's OCR line under its label)
_LINE_START = lazy_compile(r"[\s:：|｜]*(?:第\s*)?")
#: a value right after the sentence that asks for or announces it, on the same line (chat:
#: 「免許証の番号はこれでいいですか？ 3012…」, 「口座番号を記入してください。→ 1234567」)
_ANSWER_START = lazy_compile(r"[ \t\u3000]*(?:[→⇒:：][ \t\u3000]*)?")


def digits_only(value: str) -> str:
    """The ASCII digits of ``value`` (callers pass folded text)."""
    return "".join(ch for ch in value if "0" <= ch <= "9")


def context_window(text: str, start: int, end: int, before: int, after: int) -> tuple[str, str]:
    r"""Text before and after ``[start, end)``, cut at the nearest sentence end on each side. A value
    that starts its line (only spaces, ``:`` or ``|`` before it) keeps the line above as its left
    context: a form's label line (「旅券番号\nTK1234567」); a value right after a sentence on its own
    line keeps that sentence (the question it answers).

    >>> context_window("旅券番号\nTK1234567", 5, 14, 20, 0)
    ('旅券番号\n', '')
    >>> context_window("旅券の話。\nTK1234567", 6, 15, 20, 0)  # the line above ends a sentence
    ('\n', '')
    >>> context_window("免許証の番号はこれでいいですか？ 301234567890", 17, 29, 24, 0)  # the answer to it
    ('免許証の番号はこれでいいですか？ ', '')
    """
    left = text[max(0, start - before) : start]
    cut = None
    for m in _SENTENCE_END.finditer(left):
        cut = m.end()
    if cut is not None:
        keep = _LINE_START if left[cut - 1] == "\n" else _ANSWER_START
        if keep.fullmatch(left[cut:]) and cut > 1:
            above = left[: cut - 1]
            inner = None
            for m in _SENTENCE_END.finditer(above):
                inner = m.end()
            cut = inner if inner is not None else 0
        left = left[cut:]
    right = text[end : end + after]
    m2 = _SENTENCE_END.search(right)
    if m2 is not None:
        right = right[: m2.start()]
    return left, right


DIGIT_LINES_BEFORE = 6
DIGIT_LINES_AFTER = 3
#: a line that holds two digits (from its start; one match a line): no value of a digit type has
#: fewer, and a lone digit is how a statute numbers its paragraphs (「2 前項の場合…」)
DIGIT_LINE = lazy_compile(r"^[^\n0-9]*[0-9][^\n0-9]*[0-9]", re.MULTILINE)
_NEWLINE = lazy_compile(r"\n")


def digit_windows(text: str) -> tuple[tuple[int, int], ...]:
    r"""(start, end) ranges of ``text`` that cover every line holding two ASCII digits together
    with :data:`DIGIT_LINES_BEFORE` lines before it and :data:`DIGIT_LINES_AFTER` after it
    (:func:`value_windows` for the lines :data:`DIGIT_LINE` finds).

    >>> digit_windows("第一条 目的\n第二条 定義\n電話 03-1234-5678\n第三条\n第四条\n第五条\n第六条")
    ((0, 42),)
    >>> digit_windows("条文のみ\n2 前項の場合")
    ()
    """
    return value_windows(text, DIGIT_LINE)


@functools.lru_cache(maxsize=8)
def value_windows(text: str, lines: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
    r"""(start, end) ranges of ``text`` that cover every line where ``lines`` finds a match (the
    line of the match's start) together with :data:`DIGIT_LINES_BEFORE` lines before it and
    :data:`DIGIT_LINES_AFTER` after it; a range starts at a line start and ends after a newline
    (or at the end), so ``^`` and lookarounds see what they would in the whole text at every
    position a value can start. (Memoized: the recognizers of one engine search the same chunk
    in turn.)

    >>> value_windows("a\nb\n平成二年八月三十日生\nc", re.compile("月"))
    ((0, 16),)
    """
    starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    windows: list[tuple[int, int]] = []
    line = 0
    for m in lines.finditer(text):
        line = bisect.bisect_right(starts, m.start(), lo=line) - 1
        a = starts[max(0, line - DIGIT_LINES_BEFORE)]
        last = line + DIGIT_LINES_AFTER + 1
        b = starts[last] if last < len(starts) else len(text)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return tuple(windows)


class _Spans:
    """Accepted ``[start, end)`` spans of one analysis: exact-duplicate and overlap queries in
    O(log n) (values are short, so only spans starting up to ``_MAX_VALUE`` before can reach)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._set: set[tuple[int, int]] = set()

    def __contains__(self, span: tuple[int, int]) -> bool:
        return span in self._set

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._set.add((start, end))

    def overlaps(self, start: int, end: int) -> bool:
        lo = bisect.bisect_left(self._starts, start - _MAX_VALUE)
        hi = bisect.bisect_left(self._starts, end)
        return any(self._ends[k] > start for k in range(lo, hi))


_MAX_VALUE = 256


@dataclass(frozen=True, slots=True)
class JaPattern:
    """One regex. ``needs_context``: drop matches with no context word nearby; ``context``: the
    words that count for this pattern (default: the recognizer's ``CONTEXT``); ``check``: a
    validator used instead of the recognizer's ``validate_result`` (True accepts, False rejects);
    ``fallback``: only where no earlier pattern of the recognizer matched (e.g. a loose shape that
    needs a strict context word); ``where``: a positional test ``(text, start, end) -> bool`` of the
    value (e.g. a person's name right before it); ``own_label``: the match holds the value's own
    label right before it, so ``NEGATIVE_CONTEXT`` words further left (another field's label on the
    same line) do not veto it, nor does :attr:`JaPatternRecognizer.OWN_LABELS` (the label is
    the pattern's own).
    """

    name: str
    regex: str
    score: float
    needs_context: bool = False
    context: tuple[str, ...] = ()
    check: Callable[[str], bool] | None = None
    fallback: bool = False
    where: Callable[[str, int, int], bool] | None = None
    own_label: bool = False


#: A run of digits with hyphens/spaces that may hold several values written without a separator
#: (「090-1234-5678090-1234-5678」); each value is then matched as if it stood alone.
_GLUED_RUN = lazy_compile(r"(?<![0-9A-Za-z])\d[\d -]{14,78}\d(?![0-9A-Za-z])")
_MIN_PIECE, _MAX_PIECE = 6, 26


#: every character a glued run (:data:`_GLUED_RUN`) can hold: the digits of all scripts, space, hyphen
_RUN_CHARS = sorted({32, 45} | {i for i in range(0x110000) if chr(i).isdigit()})


def _splits_at_double_space(regex: str, flags: int = 0) -> bool:
    r"""Whether a match of ``regex`` made only of digits, spaces and hyphens (a glued run's piece)
    can start with a space or hold two spaces in a row; False only when no such match can
    (lookarounds consume nothing; a back-reference matches what its group can). A glued run
    holding two spaces in a row can be tiled only by a piece that starts at the first space or
    holds both (a piece never ends with a space), so a recognizer none of whose patterns can is
    spared splitting it (record blocks: many long runs of digits and double spaces, split before
    by every recognizer in vain).

    >>> _splits_at_double_space(r"(?<![0-9 ])(?P<v>\d{4} ?\d{4})(?!\s*円)")
    False
    >>> _splits_at_double_space(r"1\d{4} {1,2}\d{8}"), _splits_at_double_space(r"生年月日\s*\d{8}")
    (True, False)
    >>> _splits_at_double_space(r"\D?\d"), _splits_at_double_space(r"\d[ -]?(?:[ 年]\d)?")
    (True, True)
    >>> _splits_at_double_space(r"\d{4}([ -]?)\d{4}\1\d"), _splits_at_double_space(r"[ ]*(?P<v>\d{7})")
    (False, False)
    """
    import bisect as _bisect
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    space = ord(" ")
    # what a node matches, over pieces only: None (nothing), else (can be empty, can start with a
    # space, can end with one, can hold two in a row)
    Shape = tuple[bool, bool, bool, bool] | None
    anything: Shape = (True, True, True, True)
    empty: Shape = (True, False, False, False)

    def run_char(lo: int, hi: int) -> bool:
        k = _bisect.bisect_left(_RUN_CHARS, lo)
        return k < len(_RUN_CHARS) and _RUN_CHARS[k] <= hi

    def in_set(items: Any) -> tuple[bool, bool]:
        """(can match a run character, can match a space) of a character set."""
        if any(op is c.NEGATE for op, _ in items):
            return True, True
        run, sp = False, False
        for op, av in items:
            if op is c.LITERAL:
                run, sp = run or run_char(av, av), sp or av == space
            elif op is c.RANGE:
                run, sp = run or run_char(*av), sp or av[0] <= space <= av[1]
            elif op is c.CATEGORY and av in (c.CATEGORY_DIGIT, c.CATEGORY_WORD):
                run = True
            else:  # any other category (\s, \S, \D, \W …) or item: assume both
                return True, True
        return run, sp

    def either(shapes: Iterable[Shape]) -> Shape:
        live = [x for x in shapes if x is not None]
        return tuple(any(x[k] for x in live) for k in range(4)) if live else None  # type: ignore[return-value]

    def node(op: Any, av: Any) -> Shape:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return empty
        if op in (c.LITERAL, c.IN):
            run, sp = (run_char(av, av), av == space) if op is c.LITERAL else in_set(av)
            return (False, sp, sp, False) if run else None
        if op is c.BRANCH:
            return either(seq(b) for b in av[1])
        if op is c.SUBPATTERN:
            groups[av[0]] = shape = seq(av[3])
            return shape
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            one = seq(sub) if hi != 0 else empty
            if one is None:
                return empty if lo == 0 else None
            n, f, la, d = one
            return lo == 0 or n, f, la, d or (hi != 1 and la and f)
        if op is c.GROUPREF_EXISTS:
            return either([seq(av[1]), seq(av[2]) if av[2] is not None else empty])
        if op is c.GROUPREF and av in groups:  # the same text as its group
            return groups[av]
        return anything  # ANY, NOT_LITERAL, a forward GROUPREF and anything unknown

    def seq(items: Any) -> Shape:
        n, f, la, d = True, False, False, False
        for op, av in items:
            shape = node(op, av)
            if shape is None:
                return None
            n2, f2, la2, d2 = shape
            d = d or d2 or (la and f2)
            f = f or (n and f2)
            la = la2 or (n2 and la)
            n = n and n2
        return n, f, la, d

    groups: dict[int, Shape] = {}
    parsed = _parser.parse(regex, flags)
    shapes = [seq(parsed)]  # a piece is all of the match …
    v = parsed.state.groupdict.get("v")
    if v is not None:  # … and all of the value group's text (unless the group is in a lookaround)
        shapes.append(groups.get(v, anything))
    return all(x is not None and (x[1] or x[3]) for x in shapes)


def _digit_beside(text: str, start: int, end: int) -> bool:
    """A digit right before ``start`` or at ``end``."""
    return (start > 0 and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit())


class _DeclaredPattern(Pattern):  # type: ignore[misc]
    """presidio's record of a pattern (for ``to_dict`` and presidio's own matcher), without the
    validation compile in the ``regex`` module that ``Pattern()`` does (~60 ms per process for
    the 44 patterns): :class:`JaPatternRecognizer` matches with the stdlib ``re`` patterns it
    compiles itself, which raise on an invalid regex as before. presidio compiles lazily when
    its matcher runs (``compiled_regex`` None)."""

    def __init__(self, name: str, regex: str, score: float) -> None:
        if not 0 <= score <= 1:
            raise ValueError(f"Invalid score: {score}. Score should be between 0 and 1")
        self.name = name
        self.regex = regex
        self.score = score
        self.compiled_regex = None
        self.compiled_with_flags = None


class JaPatternRecognizer(PatternRecognizer):  # type: ignore[misc]
    """Presidio ``PatternRecognizer`` with Japanese character-window context handling."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[tuple[JaPattern, ...]] = ()
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    #: Characters looked at before / after the value for context words.
    CONTEXT_BEFORE: ClassVar[int] = 20
    CONTEXT_AFTER: ClassVar[int] = 6
    CONTEXT_BOOST: ClassVar[float] = 0.35
    #: Score given when ``validate_result`` returns True (checksums).
    VALIDATED_SCORE: ClassVar[float] = 0.6
    #: Legal or specification source of the format (shown in docs).
    SOURCE: ClassVar[str] = ""
    #: When set: a ``…番号`` label right before the value that contains none of these words names
    #: another number (受付番号, 部品番号, 管理番号), so the value is not of this type.
    OWN_LABELS: ClassVar[tuple[str, ...] | None] = None
    #: True when every value of this type holds two ASCII digits (text reaches recognizers folded):
    #: its patterns then search only the lines that hold one, with :data:`DIGIT_LINES_BEFORE` /
    #: :data:`DIGIT_LINES_AFTER` lines around them for labels and headers (statute text, where a
    #: digit is rare, is scanned several times faster; the findings are the same).
    DIGIT_VALUES: ClassVar[bool] = False
    #: Otherwise, when set: a match of this regex starts on every line that can hold a value (or
    #: the value's first line), and the patterns search only those lines and their neighbours as
    #: :data:`DIGIT_VALUES` does (dates of birth: two digits, or a 年…月…日 in kanji numerals).
    VALUE_LINES: ClassVar[re.Pattern[str] | None] = None

    def __init__(self, *, extra_context: Sequence[str] = ()) -> None:
        self._context_words: tuple[str, ...] = (*self.CONTEXT, *extra_context)
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language="ja",
            patterns=[_DeclaredPattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self._context_words),
        )
        self._compiled_patterns: list[tuple[JaPattern, re.Pattern[str]]] | None = None

    @property
    def _compiled(self) -> list[tuple[JaPattern, re.Pattern[str]]]:
        """The patterns compiled on first use: a text with no line a value can be on (no digit for
        :data:`DIGIT_VALUES` types) never needs them, and compiling the recognizers' few hundred
        patterns was most of building a :class:`DLPEngine` (``benchmarks/speed.py warm-steps``)."""
        if self._compiled_patterns is None:
            self._compiled_patterns = [(p, re.compile(p.regex)) for p in self.PATTERNS]
        return self._compiled_patterns

    # -- hooks -----------------------------------------------------------------------------------
    def validate_result(self, pattern_text: str) -> bool | None:
        """True: checksum valid; False: reject; None: no opinion (override per recognizer)."""
        return None

    def accept(self, text: str, start: int, end: int) -> bool:
        """Extra positional veto (override: e.g. reject digits glued to longer digit runs)."""
        return True

    def accept_glued(self, text: str, run_start: int, start: int, end: int) -> bool:
        """Whether a piece ``[start, end)`` cut out of the digit run at ``run_start`` with a digit
        right beside it is considered (override: round BE, no unlabelled 個人番号 from a longer run)."""
        return True

    def label_yields(self, label: str, value: str) -> bool:
        """True: another number's ``…番号`` label (``label``, its words before 番号) right before
        ``value`` does not rule it out (override: a label naming no known number type over a
        value of this type's own unmistakable shape)."""
        return False

    def label_yields_at(self, text: str, start: int, end: int, label: str) -> bool:
        """:meth:`label_yields` with the value's place in ``text`` (override to read its line)."""
        return self.label_yields(label, text[start:end])

    # -- matching --------------------------------------------------------------------------------
    def find_context(self, words: Iterable[str], left: str, right: str) -> int | None:
        """Distance (characters) from the value to the nearest context word, or None."""
        best: int | None = None
        for w in words:
            i = left.rfind(w)
            if i >= 0:
                d = len(left) - (i + len(w))
                best = d if best is None else min(best, d)
            j = right.find(w)
            if j >= 0:
                best = j if best is None else min(best, j)
        return best

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results: list[RecognizerResult] = []
        seen = _Spans()
        lines = DIGIT_LINE if self.DIGIT_VALUES else self.VALUE_LINES
        windows = value_windows(text, lines) if lines is not None else ((0, len(text)),)
        for pattern, rx in self._compiled if windows else ():
            for m in (m for a, b in windows for m in rx.finditer(text, a, b)):
                if "v" in rx.groupindex and m.group("v") is not None:
                    start, end = m.span("v")
                else:
                    start, end = m.span()
                anchored = m.start() < start or m.end() > end
                self._consider(text, pattern, start, end, anchored, seen, results)
        self._glued(text, seen, results)
        return results

    def _consider(
        self,
        text: str,
        pattern: JaPattern,
        start: int,
        end: int,
        anchored: bool,
        seen: _Spans,
        results: list[RecognizerResult],
    ) -> None:
        """Validate one candidate span and, if it passes, append its result."""
        if start >= end or (start, end) in seen or not self.accept(text, start, end):
            return
        if self.OWN_LABELS is not None and not pattern.own_label:
            other = other_label_before(text, start, own=self.OWN_LABELS)
            if other is not None and not self.label_yields_at(text, start, end, other):
                return
        if pattern.fallback and seen.overlaps(start, end):
            return
        if pattern.where is not None and not pattern.where(text, start, end):
            return
        value = text[start:end]
        valid = pattern.check(value) if pattern.check is not None else self.validate_result(value)
        if valid is False:
            return
        left, right = context_window(text, start, end, self.CONTEXT_BEFORE, self.CONTEXT_AFTER)
        # the value's own bracketed label after it decides: ours (context at distance 0, no veto
        # from other labels on the line) or another type's (not ours, whatever is further left)
        own_after = _own_label_after(text, end, pattern.context or self._context_words)
        if own_after is False:
            return
        if own_after:
            left, anchored = "", True
        if (
            self.NEGATIVE_CONTEXT
            and not ((pattern.own_label or own_after) and anchored)
            and self.find_context(self.NEGATIVE_CONTEXT, left, "") is not None
        ):
            return
        distance = self.find_context(pattern.context or self._context_words, left, right)
        # anchoring text in the match itself (e.g. 〒, 生年月日) counts as context at distance 0
        if distance is None and anchored:
            distance = 0
        if pattern.needs_context and distance is None:
            return
        score = pattern.score
        if valid and pattern.check is None:
            score = max(score, self.VALIDATED_SCORE)
        if distance is not None:
            score = min(1.0, score + self.CONTEXT_BOOST)
        seen.add(start, end)
        results.append(make_result(self, self.ENTITY, start, end, score, how=pattern.name, distance=distance))

    def _glued(self, text: str, seen: _Spans, results: list[RecognizerResult]) -> None:
        """Values written twice (or two values) with no separator: split a digit run that no
        pattern matched into pieces that each match a pattern on their own, and consider those."""
        for run in _GLUED_RUN.finditer(text):
            a, b = run.span()
            if seen.overlaps(a, b) or ("  " in run.group() and not self._splits_double_spaces):
                continue
            pieces = self._split(text, a, b, {})
            if pieces is None or len(pieces) < 2:
                continue
            for s, e, pattern in pieces:
                if _digit_beside(text, s, e) and not self.accept_glued(text, a, s, e):
                    continue
                self._consider(text, pattern, s, e, False, seen, results)

    def _split(
        self, text: str, a: int, b: int, memo: dict[int, list[tuple[int, int, JaPattern]] | None]
    ) -> list[tuple[int, int, JaPattern]] | None:
        """Pieces ``(start, end, pattern)`` tiling ``text[a:b]``, longest first piece first."""
        if a == b:
            return []
        if a in memo:
            return memo[a]
        memo[a] = None
        for e in range(min(b, a + _MAX_PIECE), a + _MIN_PIECE - 1, -1):
            piece = text[a:e]
            if piece[-1] in " -":
                continue
            pattern = self._whole_match(piece)
            if pattern is None:
                continue
            rest = self._split(text, e, b, memo)
            if rest is not None:
                memo[a] = [(a, e, pattern), *rest]
                break
        return memo[a]

    @functools.cached_property
    def _splits_double_spaces(self) -> bool:
        """Whether a glued run holding two spaces in a row may be tiled by this recognizer's
        patterns at all (:func:`_splits_at_double_space`)."""
        return any(_splits_at_double_space(rx.pattern, rx.flags) for _, rx in self._compiled)

    def _whole_match(self, piece: str) -> JaPattern | None:
        """The first pattern whose value group is all of ``piece`` and whose check passes."""
        for pattern, rx in self._compiled:
            m = rx.fullmatch(piece)
            if m is None or ("v" in rx.groupindex and m.span("v") != (0, len(piece))):
                continue
            valid = pattern.check(piece) if pattern.check is not None else self.validate_result(piece)
            if valid is not False:
                return pattern
        return None
