"""Round CE (issue 11): checks that hold whatever the layout — a two-digit area code that does not
exist, a denial later on the value's line, a card length its scheme does not issue, a card label
read as a value — and three readings (介護保険 + ten digits, a spaced birth date after its label, a
spaced residence card under the card's heading). Every value is invented; ⏎ is a line break."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine


def _found(engine: DLPEngine, text: str, kind: str) -> list[str]:
    t = text.replace("⏎", "\n")
    return [t[f.start : f.end] for f in engine.scan(t) if f.entity_type == kind]


PHONE = "PHONE_NUMBER"
CARD = "CREDIT_CARD"
INSURANCE = "JP_HEALTH_INSURANCE"
BIRTH = "DATE_OF_BIRTH"
RESIDENCE = "JP_RESIDENCE_CARD"

CASES = [
    # 0X-NNNN-NNNN with X not 3, 4 or 6 breaks the numbering plan: a phone only next to a phone word
    ("area-estimate", "見積書No. 07-5512-9034 を添付します", PHONE, []),
    ("area-material", "資材No. 01-7745-2201 入荷済", PHONE, []),
    ("area-model", "交換部品の型番 02-8831-2210（2個）", PHONE, []),
    ("area-code", "管理コード：09-4412-7781", PHONE, []),
    ("area-phone-word", "電話 09-4412-7781 まで", PHONE, ["09-4412-7781"]),
    ("area-tel", "TEL 05-3318-2290", PHONE, ["05-3318-2290"]),
    ("area-line-above", "緊急連絡先⏎01-2345-6789", PHONE, ["01-2345-6789"]),
    ("area-header", "氏名,連絡先⏎山田 花子,08-1234-5678", PHONE, ["08-1234-5678"]),
    ("area-foreign-label", "Số điện thoại: 07-2210-5538", PHONE, ["07-2210-5538"]),
    ("area-osaka", "代表 06-6231-4470", PHONE, ["06-6231-4470"]),
    # a denial later on the line, past a full stop, when no phone word labels the value
    ("deny-later", "整理番号 090-4417-2286（窓口で自動付番。電話番号ではありません）", PHONE, []),
    (
        "deny-later-reception",
        "受付番号 080-5521-7730（自動で付番されます。電話番号ではありません）",
        PHONE,
        [],
    ),
    ("deny-later-own-label", "携帯 090-4417-2286。固定電話ではありません", PHONE, ["090-4417-2286"]),
    ("deny-other-number-between", "受付 12 件。090-4417-2286 は電話番号ではありません", PHONE, []),
    # a Luhn-valid run whose length its scheme does not issue, with no card word
    ("card-visa-18", "到着番号：400127349812655315", CARD, []),
    ("card-mc-17", "申請番号 51234098765432112", CARD, []),
    ("card-amex-16", "照会番号 3412345678901237", CARD, []),
    ("card-visa-16", "引落 4001273498126550", CARD, ["4001273498126550"]),
    ("card-word-keeps", "カード番号 400127349812655315", CARD, ["400127349812655315"]),
    # the card's labels are never its values
    ("label-not-value", "被保険者記号・番号⏎記号 4471　番号 208　枝番 03", INSURANCE, ["4471", "208", "03"]),
    # 介護保険 then its ten-digit 被保険者番号
    ("care-ten", "・佐野 博　昭和12年3月8日　介護保険 3310245871", INSURANCE, ["3310245871"]),
    ("care-ten-fw", "介護保険：３３１０２４５８７１", INSURANCE, ["３３１０２４５８７１"]),
    ("care-provider", "介護保険事業所番号 2710400123", INSURANCE, []),
    ("care-amount", "介護保険 3310245871円", INSURANCE, []),
    # a birth date spaced like a card's print, after its label
    ("birth-spaced", "DATE OF BIRTH 1983 11 02", BIRTH, ["1983 11 02"]),
    ("birth-spaced-ja", "生年月日　1983 11 02", BIRTH, ["1983 11 02"]),
    ("date-spaced-other", "受付日 2024 07 13", BIRTH, []),
    # a residence card's number spaced by OCR, the card named at the head of its block
    (
        "rc-block",
        "在留カード（写し）⏎NAME TRAN THI BINH⏎番号 KT 2231 0987 PX",
        RESIDENCE,
        ["KT 2231 0987 PX"],
    ),
    (
        "rc-block-far",
        "在留カード（写し）⏎NAME TRAN THI BINH⏎DATE OF BIRTH 1990 01 05⏎番号 KT 2231 0987 PX",
        RESIDENCE,
        ["KT 2231 0987 PX"],
    ),
    ("rc-other-card", "会員証⏎NAME TRAN THI BINH⏎番号 KT 2231 0987 PX", RESIDENCE, []),
    ("rc-past-blank", "在留カード⏎⏎整理 KT 2231 0987 PX", RESIDENCE, []),
]


@pytest.mark.parametrize(("text", "kind", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_round_ce(engine: DLPEngine, text: str, kind: str, expected: list[str]) -> None:
    assert _found(engine, text, kind) == expected
