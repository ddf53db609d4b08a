"""The one deontic-modality detector: statute and polite style, predicates only, and no copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govrag.text.modality import has_exception, modal_clauses, modal_marks, modalities

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("審査を開始しなければならない。", {"obligation"}),
        ("審査を開始しなければなりません。", {"obligation"}),
        ("報告する義務があります。", {"obligation"}),
        ("審査基準を定めるものとする。", {"obligation"}),
        ("審査基準を定めるものとします。", {"obligation"}),  # issue 11: was nothing in one detector
        ("所轄庁の長の許可を要する。", {"obligation"}),
        ("請求することができる。", {"permission"}),
        ("請求することができます。", {"permission"}),
        ("秘密を漏らしてはならない。", {"prohibition"}),
        ("提供してはなりません。", {"prohibition"}),
        ("提供することはできません。", {"prohibition"}),
        ("提出することができない。", {"prohibition"}),
        ("不利益な扱いをすることは禁じられています。", {"prohibition"}),
        ("通知を要しない。", {"exemption"}),
        ("通知する必要はありません。", {"exemption"}),  # issue 11: was nothing in one detector
        ("補正を求めなくてもよい。", {"exemption"}),
        ("公にしておくよう努めなければならない。", {"effort"}),
        ("定めるよう努めなければなりません。", {"effort"}),
        ("協力するよう努めるものとする。", {"effort"}),
        ("これは努力義務です。", {"effort"}),
        ("提出しなければなりません。ただし、省略することができます。", {"obligation", "permission"}),
        # not predicates: a kind of thing, a noun naming the rule
        ("申請をすることができる期間内にされたもの", set()),
        ("提起することができる処分をする場合", set()),
        ("識別することができるもの", set()),
        ("営利企業の役員兼業の禁止は適用されません。", set()),
        ("不要な書類", set()),
        ("審査基準について定めています。", set()),
    ],
)
def test_modalities(text: str, expected: set[str]) -> None:
    assert modalities(text) == expected


def test_marks_carry_offsets() -> None:
    text = "開示しなければならない。ただし、次の場合は開示しないことができる。"
    assert [(m.modality, text[m.start:m.end]) for m in modal_marks(text)] == [
        ("obligation", "なければならない"), ("permission", "ことができる")]


@pytest.mark.parametrize(("text", "expected"), [
    ("開示しなければならない。ただし、正当な理由があるときは、この限りでない。", True),
    ("次に掲げる場合を除き、提供してはならない。", True),
    ("三十日以内に限り延長することができる。", True),
    ("遅滞なく審査を開始しなければならない。", False),
])
def test_has_exception(text: str, expected: bool) -> None:
    assert has_exception(text) is expected


def test_there_is_one_modality_detector() -> None:
    """No module but govrag/text/modality.py has a regular expression over modal predicate forms."""
    forms = re.compile(r"(?:なければなら|てはなら|要しな|努め|ことができ|ものとす|必要は)[^\n\"]{0,4}\(\?:"
                       r"|\(\?:[^)\n]{0,30}(?:なければなら|てはなら|要しな|ことができ)")
    owners = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "govrag").rglob("*.py")
                    if forms.search(p.read_text(encoding="utf-8")))
    assert owners == ["govrag/text/modality.py"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("三か月を過ぎると審査請求はできなくなります。", ["prohibition"]),  # loss of a right
        ("訴えを起こせなくなりますが、正当な理由があればこの限りではありません。",
         ["prohibition", "exemption"]),
        ("撤回できませんが、権利を留保した場合は例外です。", ["prohibition", "exemption"]),
        ("損害賠償を請求できます。", ["permission"]),
        ("保存に必要な使用は許されます。", ["permission"]),
        ("選考によることを妨げない。", ["permission"]),
        ("その公務員に対して求償権を有する。", ["permission"]),
        ("法定代理人の同意が必要です。", ["obligation"]),
        ("施策の充実に努める必要があります。", ["effort"]),
        ("向上に努める義務を負っています。", ["effort"]),
        # not predicates: a purpose, a relative clause
        ("跡付け、又は検証することができるよう、文書を作成しなければならない。", ["obligation"]),
        ("履行できなくなった場合は", []),
        ("請求できる期間", []),
    ],
)
def test_plain_language_forms(text: str, expected: list[str]) -> None:
    assert [m.modality for m in modal_marks(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (modality of the mark, meaning for the act, negated act, negative condition, exception)
        ("許可を拒むことができない。", [("prohibition", "obligation", True, False, False)]),
        ("許可を拒否してはならない。", [("prohibition", "obligation", True, False, False)]),
        ("全部又は一部を開示しないことができる。", [("permission", "exemption", True, False, False)]),
        ("秘密を漏らさないようにしなければならない。", [("obligation", "prohibition", True, False, False)]),
        ("承諾を得なければ、賃貸することができない。", [("prohibition", "prohibition", False, True, False)]),
        ("提起することができない。ただし、正当な理由があるときは、この限りでない。",
         [("prohibition", "prohibition", False, False, False),
          ("exemption", "exemption", False, False, True)]),
        ("補正を求めなくてもよい。", [("exemption", "exemption", False, False, False)]),
        ("保護に努めなければならない。", [("effort", "effort", False, False, False)]),
    ],
)
def test_modal_clauses(text: str, expected: list[tuple[str, str, bool, bool, bool]]) -> None:
    assert [(c.mark.modality, c.modality, c.negated, c.negative_condition, c.exception)
            for c in modal_clauses(text)] == expected
