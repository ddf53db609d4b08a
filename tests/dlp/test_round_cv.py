"""Round CV: one header vocabulary for record columns (headers.py), read by round BM (columns typed
from all their rows) and round BT (columns typed by their header). Table tests of header cells that
must / must not type a column, and of tables where one round now reads a word the other already
read (口座 alone for BM; 振込口座番号, ACCOUNT_NUMBER, 携帯電話, 残高 for BT). Every value is
invented."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.headers import header_label
from govrag.dlp.recognizers.records_bm import record_bm_forms
from govrag.dlp.recognizers.records_bt import header_vetoed, record_bt_forms


@pytest.mark.parametrize(
    ("word", "label"),
    [
        # accounts: the union of both rounds' words
        ("口座", "口座番号"),
        ("口座番号", "口座番号"),
        ("振込先口座番号", "口座番号"),
        ("Account", "口座番号"),
        ("ACCT_NO", "口座番号"),
        ("kouza", "口座番号"),
        ("ACCOUNT_NUMBER", "口座番号"),
        ("acctnumber", "口座番号"),
        # phones
        ("TEL", "電話番号"),
        ("tel(携帯)", "電話番号"),
        ("自宅電話", "電話番号"),
        ("携帯番号", "電話番号"),
        ("Phone_No", "電話番号"),
        ("連絡先", "電話番号"),
        # pensions and insurance numbers
        ("NENKIN-NO", "基礎年金番号"),
        ("基礎年金番号", "基礎年金番号"),
        ("保険証番号", "被保険者番号"),
        ("HIHOKENSHA_NO", "被保険者番号"),
        # must not type a column
        ("口座名義", None),
        ("口座種別", None),
        ("ACCOUNT_NAME", None),
        ("KOZA_SHUBETSU", None),
        ("HOTEL", None),
        ("TELLER", None),
        ("連絡先住所", None),
        ("連絡事項", None),
        ("年金種別", None),
        ("PENSION_PLAN", None),
        ("保険者名", None),
        ("金額", None),
        ("NAME", None),
    ],
)
def test_header_label(word: str, label: str | None) -> None:
    assert header_label(word) == label


def _bt(text: str) -> list[str]:
    text = text.replace("⏎", "\n")
    return [line for form in record_bt_forms(text, text) for line in form.text.splitlines()]


def _bm(text: str) -> list[str]:
    text = text.replace("⏎", "\n")
    return [line for form in record_bm_forms(text, text) for line in form.text.splitlines()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round BT now types the columns round BM's words named
        (
            "受付番号,氏名,振込先口座番号,備考⏎K-31,相沢 美里,3308174,至急⏎K-32,笹木 勝也,5127730,",
            ["口座番号：3308174", "口座番号：5127730"],
        ),
        (
            "SEQ\tSHIMEI\tACCOUNT_NUMBER⏎1\tNOGI TAKERU\t0641829⏎2\tHASE MIWA\t2290571",
            ["口座番号：0641829", "口座番号：2290571"],
        ),
        (
            "氏名 携帯電話 区分⏎鶴見 悠斗 08051127734 一般⏎戸塚 紗耶 07022318849 一般",
            ["電話番号：08051127734", "電話番号：07022318849"],
        ),
        # negatives: an account-name column, a teller column of 7-digit codes
        ("氏名,口座名義,支店⏎相沢 美里,アイザワ ミサト,3308174⏎笹木 勝也,ササキ カツヤ,5127730", []),
        ("DESK\tTELLER\tNOTE⏎A\t3308174\tok⏎B\t5127730\tok", []),
    ],
)
def test_bt_types_by_the_shared_words(text: str, expected: list[str]) -> None:
    assert _bt(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # round BM now reads 口座 alone as an account header (round BT already did)
        (
            "整理,区分,口座⏎A-1,普通,4471029⏎A-2,普通,6630815⏎A-3,当座,1184420",
            ["口座番号：4471029", "口座番号：6630815", "口座番号：1184420"],
        ),
        ("整理,区分,口座種別⏎A-1,普通,4471029⏎A-2,普通,6630815⏎A-3,当座,1184420", []),
    ],
)
def test_bm_types_by_the_shared_words(text: str, expected: list[str]) -> None:
    assert _bm(text) == expected


_BALANCE = "氏名 残高 備考⏎森川 一輝 1630221 なし⏎北條 澄子 2250470 なし"


@pytest.mark.parametrize(
    ("value", "kind", "vetoed"),
    [
        ("1630221", "JP_POSTAL_CODE", True),  # an amount word of round BM: no postal code under 残高
        ("2250470", "JP_BANK_ACCOUNT", True),
        ("1630221", "PHONE_NUMBER", False),  # not-personal headers never veto a phone read
    ],
)
def test_bt_amount_words_veto(value: str, kind: str, vetoed: bool) -> None:
    text = _BALANCE.replace("⏎", "\n")
    start = text.index(value)
    assert header_vetoed(text, kind, start, start + len(value)) is vetoed
