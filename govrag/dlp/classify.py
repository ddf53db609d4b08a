"""機密性 classification: markings (秘密文書相当 / 取扱制限) and personal-information findings.

Levels follow 「政府機関等のサイバーセキュリティ対策のための統一基準群」(令和5年度版) の格付:
機密性3 = 秘密文書に相当する機密性を要する情報 (markings 極秘, 秘, 機密性3, 特定秘密, 秘密文書 in
marking form — bracketed, ㊙, a header line, or 「本文書は…」), 機密性2 = 漏えいにより国民の権利が
侵害され又は行政事務の遂行に支障を及ぼすおそれがある情報 (personal information, or markings
機密性2, 取扱制限, 関係者限り, 部外秘, 要機密, 取扱注意), else 機密性1. 「秘」 inside ordinary
words (秘密保持義務) is not a marking.

>>> [r.type for r in find_markings("【極秘】会議資料")]
['極秘']
>>> find_markings("職員は、職務上知ることのできた秘密を漏らしてはならない。秘密保持義務")
[]
>>> level_of(find_markings("機密性２情報 関係者限り"))
2
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from govrag._lazy import lazy_compile
from govrag.dlp.model import Classification, Finding, Level, Reason

__all__ = ["classify_findings", "find_markings", "level_of"]

_OPEN = r"[【［\[〔（(《<＜「『〈{｛]"
_CLOSE = r"[】］\]〕）)》>＞」』〉}｝]"
_L3_WORDS = r"(?:極秘|厳秘|秘|特定秘密|秘密文書|機密|部内秘密|TOP\s?SECRET|SECRET|Top Secret|Secret)"
_L2_WORDS = (
    r"(?:取扱注意|取扱厳重注意|取扱制限|関係者限り|関係者外秘|関係者以外取扱注意|部外秘|社外秘|庁外秘|局外秘|省外秘|要機密|"
    r"庁内限り|省内限り|部内限り|内部限り|外部提供禁止|複製禁止|配布先限定|CONFIDENTIAL|Confidential)"
)

# (regex, marking type, level); matched on the raw text (full-width forms handled in the patterns)
_MARKINGS: tuple[tuple[re.Pattern[str], str, Level], ...] = (
    (lazy_compile(r"機密性\s*(?:レベル|区分)?\s*[:：]?\s*[3３三Ⅲ]"), "機密性3", 3),
    (lazy_compile(_OPEN + r"\s*(?P<w>" + _L3_WORDS + r")\s*" + _CLOSE), "", 3),
    (lazy_compile(r"極秘(?![に裏])"), "極秘", 3),
    (lazy_compile(r"㊙"), "秘", 3),
    (lazy_compile(r"(?m)^[ \t　]*(?P<w>秘|厳秘|特定秘密|秘密文書)[ \t　]*$"), "", 3),
    (lazy_compile(r"(?m)^[ \t　]*(?P<w>特定秘密|秘密文書)[ \t　]*[:：]"), "", 3),
    (
        lazy_compile(
            r"(?:本|この|当該)(?:文書|資料|ファイル|メール|情報)は[^。\n]{0,12}?"
            r"(?P<w>特定秘密|秘密文書|機密性\s*[3３])"
        ),
        "",
        3,
    ),
    (lazy_compile(r"機密性\s*(?:レベル|区分)?\s*[:：]?\s*[2２二Ⅱ]"), "機密性2", 2),
    (lazy_compile(r"(?P<w>" + _L2_WORDS + r")"), "", 2),
)
_CANON = {
    "厳秘": "極秘",
    "TOP SECRET": "極秘",
    "TOPSECRET": "極秘",
    "Top Secret": "極秘",
    "SECRET": "秘",
    "Secret": "秘",
    "機密": "秘",
    "部内秘密": "秘",
    "機密性３": "機密性3",
    "機密性 3": "機密性3",
}


def find_markings(text: str) -> list[Reason]:
    """Security markings in ``text`` as reasons (type = marking class, with its span)."""
    out: list[Reason] = []
    taken: list[tuple[int, int]] = []
    for rx, kind, level in _MARKINGS:
        for m in rx.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            word = kind or m.group("w")
            word = re.sub(r"\s+", "", word).replace("３", "3").replace("２", "2")
            out.append(Reason("marking", _CANON.get(word, word), s, e, level))
            taken.append((s, e))
    out.sort(key=lambda r: (r.start, r.end))
    return out


def level_of(reasons: Iterable[Reason]) -> Level:
    """Highest level among ``reasons`` (1 when there are none)."""
    best: Level = 1
    for r in reasons:
        if r.level > best:
            best = r.level
    return best


def classify_findings(text: str, findings: Sequence[Finding]) -> Classification:
    """Combine markings in ``text`` with PII ``findings`` (each is 機密性2 evidence)."""
    reasons = find_markings(text)
    reasons.extend(Reason("pii", f.entity_type, f.start, f.end, 2) for f in findings)
    reasons.sort(key=lambda r: (r.start, r.end))
    return Classification(level=level_of(reasons), reasons=tuple(reasons))
