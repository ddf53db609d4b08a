"""Digit-type recognizers search only the lines holding two digits (and their neighbours): the
windows, and the proof that windowed scanning finds exactly what a whole-text scan finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govrag.dlp import DLPEngine
from govrag.dlp.recognizers import base
from govrag.dlp.recognizers.base import digit_windows, value_windows
from govrag.dlp.recognizers.date_of_birth import JpDateOfBirthRecognizer

EVAL = Path(__file__).resolve().parents[2] / "corpora" / "eval"


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        ("", ()),
        ("第一条 この法律は、行政運営における公正の確保を図る。", ()),
        # a statute's paragraph number is one digit: no window
        ("2 前項の場合において、行政庁は速やかに応答する。\n3 前二項の規定は適用しない。", ()),
        ("電話 03-1234-5678", ((0, 15),)),
        # six lines before (labels, a header) and three after (a wrapped value's second half)
        ("a\nb\nc\nd\ne\nf\ng\nh\n12\ni\nj\nk\nl\nm", ((4, 25),)),
        # overlapping neighbourhoods merge; distant ones stay apart
        ("12\nx\n34\n" + "y\n" * 12 + "56", ((0, 14), (20, 34))),
        # full-width digits arrive folded (the engine folds before recognizers run): none here
        ("個人番号 １２３４", ()),
    ],
)
def test_windows(text: str, windows: tuple[tuple[int, int], ...]) -> None:
    assert digit_windows(text) == windows


_BIRTH_LINES = JpDateOfBirthRecognizer.VALUE_LINES
assert _BIRTH_LINES is not None


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        # a statute: kanji numerals everywhere, but no 年…月…日 and no two digits on a line
        ("第七条 行政庁は、申請がその事務所に到達したときは遅滞なく審査を開始しなければならない。", ()),
        ("六月以下の懲役又は五十万円以下の罰金に処する。", ()),
        # a birth date in kanji numerals, with or without spaces, or with digits
        ("生年月日 平成二年八月三十日", ((0, 14),)),
        ("昭和 五十八年 七月 二日生", ((0, 14),)),
        ("氏名 山田花子\nH2.8.30", ((0, 15),)),
        # 施行期日 lines in a 附則 are searched too (the date decides nothing about the window)
        ("附則\nこの法律は、令和六年四月一日から施行する。", ((0, 24),)),
    ],
)
def test_birth_date_windows(text: str, windows: tuple[tuple[int, int], ...]) -> None:
    assert value_windows(text, _BIRTH_LINES) == windows


def _texts() -> list[str]:
    out = []
    names = (
        "pii_ja.jsonl",
        "pii_dev_rs.jsonl",
        "pii_dev_rr.jsonl",
        "pii_devholdout.jsonl",
        # sets rich in birth dates: kanji numerals, OCR-spaced era dates, English and Korean dates
        "pii_dev_ry.jsonl",
        "pii_dev_raf.jsonl",
        "pii_test30.jsonl",
    )
    for name in names:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line)["text"])
    # forms where the label stands lines above the value, and a value after a long prose paragraph
    out += [
        "被保険者証\n記号\n\n番号\n1234\n5678",
        "口座情報\n金融機関 みどり銀行\n支店 中央\n種別 普通\n口座番号\n1234567",
        "第一条 この法律は" + "、行政運営" * 400 + "を目的とする。\n連絡先 090-1234-5678",
        "生年月日\n\n\n\n\n平成二年\n八月三十日",
        "申請者 山田 花子（昭和五十八年\n七月二日生）\n" + "第二条 定義\n" * 30,
    ]
    return out


def test_windowed_scan_finds_what_a_whole_text_scan_finds(
    structured_engine: DLPEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = _texts()
    windowed = [sorted((f.entity_type, f.start, f.end) for f in structured_engine.scan(t)) for t in texts]
    monkeypatch.setattr(base, "value_windows", lambda text, lines: ((0, len(text)),))
    whole = [sorted((f.entity_type, f.start, f.end) for f in structured_engine.scan(t)) for t in texts]
    assert sum(map(len, whole)) > 500  # the sets hold many values: the comparison means something
    assert [i for i, (a, b) in enumerate(zip(windowed, whole, strict=True)) if a != b] == []


@pytest.mark.parametrize(
    ("text", "compiled", "found"),
    [
        # no line a digit-valued type can be on: its patterns are never compiled
        ("申請書に不備があったら役所はどうしないといけない？", False, set()),
        ("行政手続法7条でいう申請の審査はいつ始まる？", False, set()),
        # a value's line compiles them, and the value is found
        ("至急ご連絡ください。携帯 090-1234-5678", True, {"PHONE_NUMBER"}),
    ],
)
def test_digit_types_compile_their_patterns_only_for_a_value_line(
        text: str, compiled: bool, found: set[str]) -> None:
    engine = DLPEngine()  # a fresh engine: nothing compiled yet
    assert {f.entity_type for f in engine.scan(text)} >= found
    phone = next(r for r in engine._recognizers if type(r).__name__ == "JpPhoneRecognizer")
    assert (phone._compiled_patterns is not None) is compiled
