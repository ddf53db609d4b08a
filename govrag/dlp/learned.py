r"""A learned candidate classifier for the structured types (issue 11): a second opinion after the
rules, never instead of them.

Value-shaped runs of the folded text (digit runs with separators, letter+digit shapes, dates,
e-mail shapes) are *candidates*. Each gets sparse hashed features — its shape, digit count and
groups, check-digit validity per type (the recognizers' own functions), the characters before and
after it on its line (with distance buckets), the word naming it (a form label, a JSON/YAML key,
an XML tag), the line above, the column header of the table cell it sits in, the words of its
record; since round 2 also the words before it in any script (the last three, character trigrams
of the last, the scripts beside it: a passport number after 여권번호 or *pasaporte*), its cell's
index and the other cells' shapes in a CSV / tab / column-aligned row, the tokens beside it in a
fixed-width record, and what the rules found near it (structured types on its line with side and
distance, in its block, in its table column) — and a multinomial logistic (softmax) model gives
P(type) over the 13 structured types plus ``none``. The engine adds a finding (recognizer
``"learned"``) only where the rules found nothing overlapping and P(type) reaches that type's
threshold (chosen for precision); it never removes or changes a rule finding (fail closed).

The weights are fitted offline by ``benchmarks/fit_dlp_classifier.py`` and ship as
``data/dlp_classifier.npy`` with ``data/dlp_classifier.json`` (its SHA-256, classes, thresholds
and the exact fitting command); loading checks the hash, lazily on first use. Inference is numpy
only, deterministic (features hash with CRC-32) and offline.

>>> folded = "電話 090-1234-5678、生年月日 1980年4月2日"
>>> [folded[s:e] for s, e in candidates(folded)]
['090-1234-5678', '1980年4月2日']
>>> "c:my" in features("個人番号 1234 5678 9018", 5, 19)
True
"""

from __future__ import annotations

import bisect
import itertools
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from govrag._lazy import lazy_compile
from govrag._packaged import load_arrays, save_arrays
from govrag.dlp.model import STRUCTURED_TYPES, Finding
from govrag.errors import ConfigError
from govrag.text.eras import ERA_NAMES
from govrag.text.numerals import NUMERAL

__all__ = [
    "CLASSES",
    "MODEL_FILE",
    "LearnedModel",
    "candidates",
    "features",
    "learned_findings",
    "load_model",
    "save_model",
]

#: output classes: ``none`` first, then the structured types in name order
CLASSES: tuple[str, ...] = ("none", *sorted(STRUCTURED_TYPES))
MODEL_FILE = "dlp_classifier.npy"
_META_FILE = "dlp_classifier.json"
#: recognizer name of the findings the classifier adds
RECOGNIZER = "learned"
#: features hash into 2**BITS buckets; the packaged model keeps only the buckets it was fitted on
BITS = 20

# a run of digits (grouped by one separator or one blank), optionally after +81 or a one-or-two
# letter prefix (TK1234567, S60.4.12) and before a two-letter suffix (a residence card's …AB)
_RUN = lazy_compile(
    r"(?<![0-9A-Za-z])(?:\+81[ -]?|\(\+81\)[ ]?)?(?:[A-Z]{1,2}[ -]?)?"
    r"\(?\d+(?:(?:[-./]|[ ]|\)|\)[ ]|[ ]\()\d+)*(?:[ ]?[A-Z]{1,2})?(?![0-9A-Za-z])"
)
_ERA_OR_YEAR = "(?:" + "|".join(ERA_NAMES) + r"|[MTSHR]|\d{4}|" + NUMERAL + ")"
# a written date: 1980年4月2日, 昭和55年4月2日, 平成元年十月一日
_DATE = lazy_compile(
    "(?:" + "|".join(ERA_NAMES) + r")?\s?" + _ERA_OR_YEAR + r"\s?(?:元|" + NUMERAL + r")?\s?年\s?"
    + NUMERAL + r"\s?月\s?" + NUMERAL + r"\s?日"
)
_EMAIL = lazy_compile(r"[A-Za-z0-9._%+-]+\s?@\s?[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_MAX_LEN = 40
_SHAPE_RUN = lazy_compile(r"9+|A+|a+")
_KEY_TAIL = lazy_compile(r"[\s:：=＝\"'<>\[\]（）()【】「」『』,、|｜\-→⇒#]*$")
_WORD = lazy_compile(r"[A-Za-z_]+|[一-龥ぁ-んァ-ヴー々]+")
_XML_OPEN = lazy_compile(r"<([A-Za-z_][\w.-]*)[^<>]*>\s*$")
_SPLITTERS = ("\t", "|", ",", "  ")


def candidates(folded: str) -> list[tuple[int, int]]:
    """Sorted, disjoint ``(start, end)`` of value-shaped runs (four or more digits, a written
    date, an e-mail shape); a date or e-mail wins over the digit runs inside it."""
    spans = [(m.end() - len(m.group(0).lstrip()), m.end()) for m in _DATE.finditer(folded)]
    spans += [m.span() for m in _EMAIL.finditer(folded)]
    taken = sorted(spans)
    out = list(taken)
    for m in _RUN.finditer(folded):
        s, e = m.span()
        value = m.group(0).rstrip(" ")
        e = s + len(value)
        if sum(ch.isdigit() for ch in value) < 4 or e - s > _MAX_LEN:
            continue
        if any(a < e and s < b for a, b in taken):
            continue
        out.append((s, e))
    return sorted(set(out))


def _shape(value: str) -> str:
    """``090-1234-5678`` → ``9{3}-9{4}-9{4}``; letters as ``A``/``a`` runs."""
    raw = value.translate(_SHAPE_TABLE)
    return _SHAPE_RUN.sub(lambda m: f"{m.group(0)[0]}{{{len(m.group(0))}}}", raw)


_SHAPE_TABLE = str.maketrans(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "9" * 10 + "A" * 26 + "a" * 26,
)


def _check_features(value: str, digits: str) -> list[str]:
    """Which types' check digits or number plans the value's digits satisfy."""
    from govrag.dlp.recognizers.corporate_number import corporate_check_digit
    from govrag.dlp.recognizers.credit_card import luhn_ok
    from govrag.dlp.recognizers.my_number import my_number_valid
    from govrag.dlp.recognizers.phone import national_digits, phone_digits_valid

    out: list[str] = []
    n = len(digits)
    if n == 12 and len(set(digits)) > 1 and my_number_valid(digits):
        out.append("c:my")
    if n == 13 and corporate_check_digit(digits[1:]) == int(digits[0]):
        out.append("c:corp")
    if 13 <= n <= 19 and luhn_ok(digits):
        out.append("c:luhn")
    if 10 <= n <= 13 and phone_digits_valid(national_digits(value)):
        out.append("c:phone")
    return out


def _bigrams(tag: str, text: str) -> list[str]:
    return [f"{tag}:{text[i : i + 2]}" for i in range(len(text) - 1)]


def _value_features(value: str) -> list[str]:
    digits = "".join(ch for ch in value if "0" <= ch <= "9")
    groups = re.findall(r"\d+", value)
    seps = "".join(sorted({ch for ch in value if not ch.isalnum()}))
    out = [
        "B",
        f"s:{_shape(value)[:30]}",
        f"nd:{len(digits)}",
        f"ng:{min(len(groups), 6)}",
        f"g0:{len(groups[0]) if groups else 0}",
        f"gl:{len(groups[-1]) if groups else 0}",
        f"sep:{seps}",
        f"d2:{digits[:2]}",
        f"d3:{digits[:3]}",
        f"lead:{value[:1].translate(_SHAPE_TABLE)}",
    ]
    if "年" in value:
        out.append("date:kanji")
        out.extend(f"era:{e}" for e in ERA_NAMES if e in value)
    if "@" in value:
        out.append("mail")
    out += _check_features(value, digits)
    return out


def _line_bounds(folded: str, start: int, end: int) -> tuple[int, int]:
    ls = folded.rfind("\n", 0, start) + 1
    le = folded.find("\n", end)
    return ls, len(folded) if le < 0 else le


def _key_features(left: str) -> list[str]:
    """The word naming the value right before it: a label (個人番号：), a key ("phone": , tel=),
    an XML tag (<tel>)."""
    out: list[str] = []
    tag = _XML_OPEN.search(left)
    if tag:
        out.append(f"x:{tag.group(1).lower()[-12:]}")
        out += _bigrams("xb", tag.group(1).lower())
    stripped = _KEY_TAIL.sub("", left)
    words = _WORD.findall(stripped[-24:])
    if words and stripped.endswith(words[-1]):
        word = words[-1].lower()
        out.append(f"k:{word[-6:]}")
        out += _bigrams("kb", word[-10:])
        out += [f"kt:{t}" for t in re.split(r"[_]+|(?<=[a-z])(?=[A-Z])", words[-1]) if t][-3:]
    return out


def _header_cell(folded: str, ls: int, le: int, start: int) -> str:
    """The column header naming the cell the value sits in: the first line of the block of lines
    split like this one (tab, bar, comma or a run of blanks), same cell index."""
    line = folded[ls:le]
    sep = next((s for s in _SPLITTERS if s in line), None)
    if sep is None:
        return ""
    pattern = re.compile(r" {2,}") if sep == "  " else re.compile(re.escape(sep))
    index = len(pattern.findall(line[: start - ls]))
    pos, header = ls, line
    for _ in range(40):
        if pos == 0:
            break
        prev_start = folded.rfind("\n", 0, pos - 1) + 1
        prev = folded[prev_start : pos - 1]
        if not prev.strip() or sep not in prev:
            break
        header, pos = prev, prev_start
    if header == line:
        return ""
    cells = pattern.split(header)
    return cells[index].strip()[:16] if index < len(cells) else ""


# a word in any script (with the combining marks of Indic and Thai script)
_UWORD = lazy_compile(r"(?:[^\W\d_]|[\u0300-\u036f\u0900-\u0e7f])+")
_SPLIT_RES = {sep: lazy_compile(
    r" {2,}") if sep == "  " else lazy_compile(re.escape(sep)) for sep in _SPLITTERS}
# Unicode blocks of the words beside a value (a label in a foreign language names it)
_SCRIPTS = (
    (0xC0, 0x24F, "latx"), (0x370, 0x3FF, "grk"), (0x400, 0x4FF, "cyr"), (0x600, 0x6FF, "arab"),
    (0x900, 0x97F, "deva"), (0xE00, 0xE7F, "thai"), (0x1100, 0x11FF, "hang"), (0x1E00, 0x1EFF, "latx"),
    (0x3040, 0x309F, "hira"), (0x30A0, 0x30FF, "kata"), (0x3130, 0x318F, "hang"),
    (0x4E00, 0x9FFF, "han"), (0xAC00, 0xD7AF, "hang"),
)


def _script(ch: str) -> str:
    """The writing system of a letter (``lat``, ``hang``, ``deva`` …), ``""`` for a non-letter."""
    if ch.isascii():
        return "lat" if ch.isalpha() else ""
    o = ord(ch)
    for lo, hi, name in _SCRIPTS:
        if lo <= o <= hi:
            return name
    return "oth" if ch.isalpha() else ""


def _word_features(left: str, right: str) -> list[str]:
    """The words before the value in any script: the last three words, character trigrams of the
    last one (``<pas``, ``ass`` … of *passport*, ``여권번`` of 여권번호), and the scripts beside it."""
    out: list[str] = []
    words = [w.lower() for w in _UWORD.findall(left)]
    if words:
        last = f"<{words[-1][-12:]}>"
        out.append(f"pw1:{last}")
        out += [f"p3:{last[i : i + 3]}" for i in range(len(last) - 2)]
    out += [f"pw:{w[-10:]}" for w in words[-4:-1]]
    out += [f"scL:{x}" for x in sorted({_script(c) for c in left[-30:]} - {""})]
    out += [f"scR:{x}" for x in sorted({_script(c) for c in right} - {""})]
    return out


def _cell_shape(cell: str) -> str:
    """``J`` (``J9`` with digits) for a cell in Japanese script, else its shape (12 characters)."""
    c = cell.strip()
    if not c:
        return "_"
    if any(0x2E80 <= ord(ch) <= 0x9FFF for ch in c):
        return "J9" if any(ch.isdigit() for ch in c) else "J"
    other = sorted({_script(ch) for ch in c if not ch.isascii()} - {""})
    return "w:" + "+".join(other) if other else _shape(c)[:12]


def _cell_features(line: str, s: int, e: int) -> list[str]:
    """Where the value sits in a table row (cell index, cell count, the other cells' shapes) and
    the shapes of the blank-separated tokens beside it (fixed-width records, running text)."""
    out: list[str] = []
    sep = next((x for x in _SPLITTERS if x in line), None)
    if sep is not None:
        pattern = _SPLIT_RES[sep]
        cells = pattern.split(line)
        index = len(pattern.findall(line[:s]))
        out += [f"ci:{min(index, 9)}", f"nc:{min(len(cells), 12)}", f"cs:{ord(sep[0])}"]
        for j, cell in enumerate(cells[:16]):
            if j != index:
                shape = _cell_shape(cell)
                out.append(f"oc:{shape}")
                if abs(j - index) <= 2:
                    out.append(f"o{j - index}:{shape}")
    if sep in (None, "  "):
        before, after = line[:s].split(), line[e:].split()
        out.append(f"pt:{_cell_shape(before[-1]) if before else '^'}")
        out.append(f"nt:{_cell_shape(after[0]) if after else '$'}")
        if len(before) + len(after) >= 2 and not any(0x2E80 <= ord(ch) <= 0x9FFF for ch in line):
            out.append(f"ti:{min(len(before), 9)}")
    return out


def _next_line(folded: str, ls: int, le: int, step: int) -> tuple[int, int] | None:
    """Bounds of the line above (``step`` -1) or below (+1) the line ``folded[ls:le]``."""
    if step < 0:
        return None if ls == 0 else (folded.rfind("\n", 0, ls - 1) + 1, ls - 1)
    if le >= len(folded):
        return None
    ne = folded.find("\n", le + 1)
    return le + 1, len(folded) if ne < 0 else ne


def _column_rules(
    folded: str, ls: int, le: int, start: int, rules: Sequence[tuple[str, int, int]]
) -> list[str]:
    """The types the rules found in the value's column (the same cell of up to 12 rows above and
    below split like its own: a header-less CSV's phone column)."""
    line = folded[ls:le]
    sep = next((x for x in _SPLITTERS if x in line), None)
    if sep is None or not rules:
        return []
    pattern = _SPLIT_RES[sep]
    index = len(pattern.findall(line[: start - ls]))
    out: dict[str, None] = {}
    for step in (-1, 1):
        bounds: tuple[int, int] | None = (ls, le)
        for _ in range(12):
            bounds = _next_line(folded, *bounds, step) if bounds else None
            if bounds is None or sep not in folded[bounds[0] : bounds[1]]:
                break
            ns, ne = bounds
            cuts = list(pattern.finditer(folded, ns, ne))
            if index > len(cuts):
                continue
            cs = cuts[index - 1].end() if index else ns
            ce = cuts[index].start() if index < len(cuts) else ne
            i = bisect.bisect_left(rules, cs - 40, key=lambda r: r[1])
            for t, a, b in rules[i:]:
                if a >= ce:
                    break
                if b > cs:
                    out[f"cc:{t}"] = None
    return list(out)


def _rule_features(
    folded: str, start: int, end: int, ls: int, le: int, rules: Sequence[tuple[str, int, int]]
) -> list[str]:
    """What the rules found near the value (``rules`` sorted by start): each type on its line
    with side and distance bucket, each type elsewhere in its block (lines up to a blank line)."""
    bs = max(folded.rfind("\n\n", 0, start), start - 400, 0)
    be = folded.find("\n\n", end)
    be = min(end + 400, len(folded) if be < 0 else be)
    out: dict[str, None] = {}
    on_line = False
    i = bisect.bisect_left(rules, bs - 40, key=lambda r: r[1])
    for t, a, b in rules[i:]:
        if a >= be:
            break
        if b <= bs or (a < end and b > start):
            continue  # outside the block, or the value itself (the classifier never sees those)
        if a < le and b > ls:
            on_line = True
            side, d = ("L", start - b) if b <= start else ("R", a - end)
            bucket = 0 if d <= 3 else 1 if d <= 15 else 2 if d <= 40 else 3
            out[f"rf:{t}:{side}{bucket}"] = None
            out[f"rl:{t}"] = None
        else:
            out[f"rb:{t}"] = None
    out["rl:any" if on_line else "rl:none"] = None
    return list(out)


def features(
    folded: str, start: int, end: int, rules: Sequence[tuple[str, int, int]] = ()
) -> list[str]:
    """Feature strings of the candidate ``folded[start:end]`` (see the module docstring);
    ``rules`` are the rules' structured findings ``(type, start, end)`` in ``folded``."""
    value = folded[start:end]
    out = _value_features(value)
    ls, le = _line_bounds(folded, start, end)
    left = folded[max(ls, start - 24) : start]
    right = folded[end : min(le, end + 12)]
    out += [f"L{k}:{left[-k:]}" for k in (1, 2, 3) if len(left) >= k]
    out += [f"R{k}:{right[:k]}" for k in (1, 2) if len(right) >= k]
    for i in range(len(left) - 1):
        out.append(f"L{min(3, (len(left) - i) // 6)}:{left[i : i + 2]}")
    out += _bigrams("R", right)
    out += _key_features(left)
    first = folded[ls:start][:12]
    out += _bigrams("F", first)
    out.append("bol" if not folded[ls:start].strip() else "mid")
    if ls > 0:
        above_start = folded.rfind("\n", 0, ls - 1) + 1
        above = folded[above_start : ls - 1].strip()[-30:]
        out += _bigrams("A", above)
        out += _key_features(above + "：") if above else []
    header = _header_cell(folded, ls, le, start)
    if header:
        out.append(f"h:{header[-8:]}")
        out += _bigrams("H", header.lower())
    record = folded[max(ls, start - 60) : min(le, end + 30)]
    out += _bigrams("W", record)
    out += _word_features(folded[max(ls, start - 48) : start], right)
    out += _cell_features(folded[ls:le], start - ls, end - ls)
    out += _rule_features(folded, start, end, ls, le, rules)
    out += _column_rules(folded, ls, le, start, rules)
    return out


def hashed(feats: Sequence[str]) -> list[int]:
    """Bucket numbers (CRC-32, so the same on every run and machine)."""
    mask = (1 << BITS) - 1
    return [zlib.crc32(f.encode("utf-8")) & mask for f in feats]


@dataclass(frozen=True)
class LearnedModel:
    """Kept buckets (sorted int64), their weights (buckets x classes, float32), thresholds."""

    buckets: Any
    weights: Any
    thresholds: dict[str, float]

    def probabilities(self, rows: Sequence[Sequence[int]]) -> Any:
        """Softmax P(class) per candidate (rows of bucket numbers) as an (n, classes) array."""
        import numpy as np

        flat = np.fromiter((b for row in rows for b in row), dtype=np.int64)
        owner = np.repeat(np.arange(len(rows)), [len(row) for row in rows])
        idx = np.minimum(np.searchsorted(self.buckets, flat), len(self.buckets) - 1)
        kept = self.buckets[idx] == flat
        scores = np.zeros((len(rows), len(CLASSES)), dtype=np.float64)
        np.add.at(scores, owner[kept], self.weights[idx[kept]])
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        out: Any = p / p.sum(axis=1, keepdims=True)
        return out


def _data_dir() -> Path:
    return Path(str(resources.files("govrag.dlp").joinpath("data")))


@lru_cache(maxsize=2)
def load_model(directory: Path | None = None) -> LearnedModel:
    """The packaged model (or the one saved in ``directory``); ConfigError when its file does not
    match the recorded SHA-256, classes or shapes."""
    import numpy as np

    arrays, meta = load_arrays(directory or _data_dir(), MODEL_FILE, _META_FILE)
    if tuple(meta["classes"]) != CLASSES or meta["bits"] != BITS or len(arrays) != 2:
        raise ConfigError(f"{MODEL_FILE} was fitted for other classes or feature bits")
    buckets, weights = arrays[0].astype(np.int64), arrays[1]
    if weights.dtype != np.float16 or weights.shape != (len(buckets), len(CLASSES)):
        raise ConfigError(f"{MODEL_FILE} weights are {weights.dtype} {weights.shape}")
    thresholds = {str(k): float(v) for k, v in meta["thresholds"].items()}
    return LearnedModel(buckets, weights.astype(np.float32), thresholds)


def save_model(
    buckets: Any, weights: Any, thresholds: dict[str, float], *, command: str, extra: dict[str, Any],
    directory: Path | None = None,
) -> str:
    """Write the model (bucket numbers, then float16 weights) and its metadata; returns the
    SHA-256 (used by the fitting script)."""
    import numpy as np

    meta = {"classes": list(CLASSES), "bits": BITS, "buckets": len(buckets),
            "thresholds": {k: round(v, 4) for k, v in sorted(thresholds.items())}, "command": command,
            **extra}
    arrays = [np.asarray(buckets, dtype=np.int32), np.asarray(weights, dtype=np.float16)]
    digest = save_arrays(directory or _data_dir(), MODEL_FILE, _META_FILE, arrays, meta)
    load_model.cache_clear()
    return digest


def learned_findings(
    folded: str, found: Sequence[Finding], *, entities: Sequence[str] | None = None,
    model: LearnedModel | None = None,
) -> list[Finding]:
    """Findings the classifier proposes beside ``found`` (the rules' findings in ``folded``):
    candidates that overlap no finding, whose most likely type is wanted (``entities``) and reaches
    its threshold. The engine then applies its vetoes (specimen values, code lists …) to them as
    to the rules' findings."""
    spans = sorted((f.start, f.end) for f in found)
    rules = sorted(
        ((f.entity_type, f.start, f.end) for f in found if f.entity_type in STRUCTURED_TYPES),
        key=lambda r: (r[1], r[2], r[0]),
    )
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))  # furthest end so far
    free: list[tuple[int, int]] = []
    for s, e in candidates(folded):
        before = bisect.bisect_left(starts, e)  # findings that start before the candidate ends
        if before and reach[before - 1] > s:
            continue  # one of them ends after it starts: they overlap
        free.append((s, e))
    if not free:
        return []
    m = model or load_model()
    probs = m.probabilities([hashed(features(folded, s, e, rules)) for s, e in free])
    out: list[Finding] = []
    for (s, e), p in zip(free, probs, strict=True):
        best = int(p[1:].argmax()) + 1
        kind = CLASSES[best]
        if entities is not None and kind not in entities:
            continue
        if p[best] >= m.thresholds.get(kind, 2.0):
            out.append(Finding(kind, s, e, round(float(p[best]), 4), RECOGNIZER))
    return out
