"""Round BF: birth dates in Portuguese / Vietnamese / Spanish / Tagalog / English sentences (birth
verbs and a month-and-year date in the labels_ml lexicon), a partial birth date quoted after a
生年月日 field mention, a seven-digit era-coded birth date after a 生年月日 label, a 枝番 under a JSON
``branch`` key followed by more keys (columns._KV) and OCR'd cards whose label line and digits are
spaced one by one (records_bf.py). Negatives: the same shapes for shops, contracts, clubs, other
fields, part numbers and 整理番号 lines. Every value is invented (values differ from the round's
batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_JSON = (
    '{"person": {"sex": "M"}, "insurance": {"insurer_no": "341206", "symbol": "8-15", '
    '"number": "6620", "branch": "04"}, "checkup": {"date": "2025-06-10"}}'
)
_PART = '{"item": {"symbol": "K2", "number": "7710", "branch": "05"}, "stock": {"qty": 12}}'


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. birth verbs of other languages, a month and year only
        ("A minha mãe nasceu em 08/1952 no Paraná.", "DATE_OF_BIRTH", ["08/1952"]),
        ("Sou nascido(a) em 02/12/1988.", "DATE_OF_BIRTH", ["02/12/1988"]),
        ("Ông nội tôi sinh tháng 9/1941 ở Hải Phòng.", "DATE_OF_BIRTH", ["9/1941"]),
        ("Mẹ tôi sinh tháng 3 năm 1966 tại Đà Nẵng.", "DATE_OF_BIRTH", ["3 năm 1966"]),
        ("Mi hija nació en 19/04/2012 en Gifu.", "DATE_OF_BIRTH", ["19/04/2012"]),
        ("Isinilang noong 07/2018 ang bunso.", "DATE_OF_BIRTH", ["07/2018"]),
        ("My father was born in 11/1949 in Osaka.", "DATE_OF_BIRTH", ["11/1949"]),
        ("A loja abriu em 14/08/1952 no Paraná.", "DATE_OF_BIRTH", []),
        ("Nhà máy hoạt động từ tháng 9/1941.", "DATE_OF_BIRTH", []),
        # 2. a partial birth date quoted after a 生年月日 field mention
        ("申出書の生年月日欄が「昭和39年2月」までの記載。", "DATE_OF_BIRTH", ["昭和39年2月"]),
        ("申出書の届出日欄が「昭和39年2月」までの記載。", "DATE_OF_BIRTH", []),
        # 3. a seven-digit era-coded date after a 生年月日 label
        ("受給者生年月日 3580402", "DATE_OF_BIRTH", ["3580402"]),
        ("受給者番号 3580402", "DATE_OF_BIRTH", []),
        ("生年月日 3581402", "DATE_OF_BIRTH", []),
        # 4. a 枝番 under a JSON branch key with more keys after it
        (_JSON, "JP_HEALTH_INSURANCE", ["341206", "8-15", "6620", "04"]),
        (_PART, "JP_HEALTH_INSURANCE", []),
        # 5. a spaced label line, the digits spaced one by one on the next line
        ("年 金 手 帳⏎基 礎 年 金 番 号⏎5 0 2 2  7 1 9 3 6 4", "JP_PENSION_NUMBER", ["5 0 2 2  7 1 9 3 6 4"]),
        ("被　保　険　者　番　号⏎0 2 7 1   4 4 0 9", "JP_HEALTH_INSURANCE", ["0 2 7 1   4 4 0 9"]),
        ("受 付 番 号⏎5 0 2 2  7 1 9 3 6 4", "JP_PENSION_NUMBER", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
