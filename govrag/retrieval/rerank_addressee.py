"""Whose rule a provision is, and whose rule a question asks about (the ``addressee`` signal).

The same rule often exists for different addressees: 行政機関の長 and 独立行政法人等 (the two
information-disclosure laws), 個人情報取扱事業者 and 行政機関の長等 (個人情報保護法 chapters 4 and
5), 職員 of 国家公務員法 and of 地方公務員法. A provision's addressee is read from the statute
itself: the subject of its first sentence (「行政機関の長等は、」, 「独立行政法人等は、」), else the
party a right is exercised against (「何人も、…行政機関の長に対し、」), else the law's title
（独立行政法人等の保有する…, 地方公務員法）; a bare 「職員は、」 takes the kind of staff the title
names. A question's actor is read from everyday words (市, 県, 省, 大臣, 独法, 会社, お店, 議会 …).

>>> sorted(question_actors("市の職員は秘密を守る義務があるか"))
['local', 'local_staff']
>>> sorted(provision_addressees("職員は、職務上知ることのできた秘密を漏らしてはならない。", "地方公務員法"))
['local', 'local_staff']
>>> rule = "職員は、職務上知ることのできた秘密を漏らしてはならない。"
>>> agreement(question_actors("国の職員は秘密を守る義務があるか"), provision_addressees(rule, "地方公務員法"))
-1.0
>>> question_actors("著作権はいつまで保護されるか")
frozenset()
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["ADDRESSEE_CLASSES", "agreement", "provision_addressees", "question_actors"]

#: the addressee classes: national government, local government, independent administrative
#: institutions, private businesses, staff of national / local government, local assemblies
ADDRESSEE_CLASSES = ("national", "local", "iai", "private", "national_staff", "local_staff",
                     "assembly")

#: statute terms naming whom a provision binds -> classes ("staff": the law's kind of 職員).
#: Longest first; 行政機関の長等 / 行政機関等 (個人情報保護法第二条第十一項) include 地方公共団体の
#: 機関 and 独立行政法人等.
_STATUTE_TERMS: tuple[tuple[str, frozenset[str]], ...] = tuple(sorted((
    ("行政機関の長等", frozenset({"national", "local", "iai"})),
    ("行政機関等", frozenset({"national", "local", "iai"})),
    ("行政機関の職員", frozenset({"national", "national_staff"})),
    ("行政機関の長", frozenset({"national"})),
    ("行政機関", frozenset({"national"})),
    ("各省大臣", frozenset({"national"})),
    ("内閣総理大臣", frozenset({"national"})),
    ("国の機関", frozenset({"national"})),
    ("国家公務員", frozenset({"national", "national_staff"})),
    ("地方公務員", frozenset({"local", "local_staff"})),
    ("独立行政法人等", frozenset({"iai"})),
    ("独立行政法人", frozenset({"iai"})),
    ("地方公共団体の機関", frozenset({"local"})),
    ("普通地方公共団体の議会", frozenset({"local", "assembly"})),
    ("普通地方公共団体の長", frozenset({"local"})),
    ("普通地方公共団体", frozenset({"local"})),
    ("地方公共団体", frozenset({"local"})),
    ("地方自治", frozenset({"local"})),
    ("市町村", frozenset({"local"})),
    ("都道府県", frozenset({"local"})),
    ("議会", frozenset({"local", "assembly"})),
    ("議員", frozenset({"local", "assembly"})),
    ("国又は公共団体", frozenset({"national", "local"})),
    ("国及び地方公共団体", frozenset({"national", "local"})),
    ("国又は地方公共団体", frozenset({"national", "local"})),
    ("個人情報取扱事業者", frozenset({"private"})),
    ("個人関連情報取扱事業者", frozenset({"private"})),
    ("仮名加工情報取扱事業者", frozenset({"private"})),
    ("匿名加工情報取扱事業者", frozenset({"private"})),
    ("事業者", frozenset({"private"})),
    ("職員", frozenset({"staff"})),
), key=lambda kv: -len(kv[0])))

#: everyday actor words in a question -> classes (役所 / 公務員 / 職員 alone say nothing)
_QUESTION_WORDS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (re.compile(r"(?:市|県|町|村|区|都|府)(?:役所|役場|庁)|自治体|地方公共団体|都道府県|市町村|"
                r"(?<![都城門])(?:市|県|町|村)(?=[のがはにでもや、長民職]|立)|市長|知事|地方公務員"),
     frozenset({"local"})),
    (re.compile(r"(?<![反帰])省(?!略|エネ)|(?<![県都道府市区町村])庁(?!舎)|国の(?:機関|行政機関|役所)|"
                r"国家機関|大臣|国家公務員|国の職員|"
                r"(?<![外全各本諸他両隣帰入出中米英韓])国(?=[やとがはもにの、])"), frozenset({"national"})),
    (re.compile(r"独法|独立行政法人|国立大学法人"), frozenset({"iai"})),
    (re.compile(r"会社|企業|事業者|民間|お店|店舗|(?<![^のがはをに])店|業者"), frozenset({"private"})),
    (re.compile(r"議会|議員"), frozenset({"local", "assembly"})),
)
_STAFF_WORDS = re.compile(r"職員|公務員|役人")


@lru_cache(maxsize=1024)
def question_actors(question: str) -> frozenset[str]:
    """The addressee classes a question's actor words name (empty: no actor word).

    >>> sorted(question_actors("独法に文書の開示を請求できるか")), sorted(question_actors("会社の個人データ"))
    (['iai'], ['private'])
    """
    text = unicodedata.normalize("NFKC", question)
    out: set[str] = set()
    for pattern, classes in _QUESTION_WORDS:
        if pattern.search(text):
            out |= classes
    if _STAFF_WORDS.search(text):
        if "national" in out and "local" not in out:
            out.add("national_staff")
        elif "local" in out and "national" not in out:
            out.add("local_staff")
    return frozenset(out)


def _terms(span: str) -> frozenset[str] | None:
    """Classes of the longest statute term found first in ``span`` (None: none)."""
    best: tuple[int, int, frozenset[str]] | None = None
    for term, classes in _STATUTE_TERMS:
        at = span.find(term)
        if at >= 0 and (best is None or at < best[0] or (at == best[0] and len(term) > best[1])):
            best = (at, len(term), classes)
    return best[2] if best else None


_SUBJECT = re.compile(r"(?:^|(?<=、))([^、。]{1,40}?)(?:は|が|も)、")
#: a whole subject too short to look for inside other words (国 in 外国, 国民)
_WHOLE_SUBJECT = {"国": frozenset({"national"}), "政府": frozenset({"national"})}
_AGAINST = re.compile(r"([^、。]{1,40}?)に対し")
_NUMBER = re.compile(r"^(?:第[^　 ]{1,20}条(?:の[^　 ]{1,6})?[　 ]*)?")


@lru_cache(maxsize=4096)
def _title_classes(title: str) -> frozenset[str]:
    return _terms(unicodedata.normalize("NFKC", title)) or frozenset()


@lru_cache(maxsize=8192)
def provision_addressees(text: str, law_title: str) -> frozenset[str]:
    """The classes a provision binds: its first sentence's first subject (「Xは、」「Xが、」) that
    names one, else the party 「…に対し」,
    else the law title's; 「職員」 takes the staff the title names (empty: unknown).

    >>> sorted(provision_addressees("本人は、個人情報取扱事業者に対し、…開示を請求することができる。",
    ...                             "個人情報の保護に関する法律"))
    ['private']
    >>> sorted(provision_addressees("行政機関の長等は、保有個人情報の漏えい…の措置を講じなければならない。",
    ...                             "個人情報の保護に関する法律"))
    ['iai', 'local', 'national']
    """
    body = _NUMBER.sub("", unicodedata.normalize("NFKC", text).lstrip())
    first = body.split("。", 1)[0]
    found: frozenset[str] | None = None
    for m in _SUBJECT.finditer(first):  # the first subject that names an addressee
        found = _WHOLE_SUBJECT.get(m.group(1)) or _terms(m.group(1))
        if found is not None:
            break
    if found is None:
        against = _AGAINST.search(first)
        found = _terms(against.group(1)) if against else None
    title = _title_classes(law_title)
    if found is None:
        found = title
    if "staff" in found:
        staff = {"national_staff", "national"} if "national" in title and "local" not in title else (
            {"local_staff", "local"} if "local" in title and "national" not in title else set())
        found = frozenset((found - {"staff"}) | staff)
    return found


def agreement(actors: frozenset[str], addressees: frozenset[str]) -> float:
    """+1 when the question's actor is among the provision's addressees, −1 when both are known
    and disjoint, 0 when either is unknown (a question with no actor word is unaffected).

    >>> agreement(frozenset({"private"}), frozenset({"iai", "local", "national"}))
    -1.0
    >>> agreement(frozenset(), frozenset({"national"})), agreement(frozenset({"local"}), frozenset())
    (0.0, 0.0)
    """
    if not actors or not addressees:
        return 0.0
    return 1.0 if actors & addressees else -1.0
