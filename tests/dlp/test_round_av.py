"""Round AV: the multilingual label lexicon (labels_ml.py) reads more structured wordings — Vietnamese
date words, kin phrases between a label and its value, month-day birthdays, era year + month in
brackets, driving-licence labels in other languages and a licence card's ``第 … 号`` line, call-log
words and international numbers after a phone label, a bank name after 振込先, spaced ``…年月日``
labels of other days. Every value is invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Sinh ngày: ngày 27 tháng 3 năm 2010", "DATE_OF_BIRTH", ["ngày 27 tháng 3 năm 2010"]),
        ("Ngày đăng ký: ngày 27 tháng 3 năm 2025", "DATE_OF_BIRTH", []),
        ("Ngày sinh của vợ tôi: 18/06/1972", "DATE_OF_BIRTH", ["18/06/1972"]),
        ("Ngày hết hạn của thẻ tôi: 18/06/2029", "DATE_OF_BIRTH", []),
        ("Minh's birthday is August 23, please update it.", "DATE_OF_BIRTH", ["August 23"]),
        ("The shop's anniversary is August 23.", "DATE_OF_BIRTH", []),
        ("本人確認：生年月日（平成7年10月）一致", "DATE_OF_BIRTH", ["平成7年10月"]),
        ("更新期限（平成7年10月）", "DATE_OF_BIRTH", []),
        ("운전면허 번호는 339184052716 입니다.", "JP_DRIVER_LICENSE", ["339184052716"]),
        ("운전면허 번호는 519930276648 입니다.", "JP_MY_NUMBER", []),
        ("접수번호 339184052716", "JP_DRIVER_LICENSE", []),
        (
            "交付 令和03年02月01日⏎令和08年03月05日まで有効⏎第 448120935571 号",
            "JP_DRIVER_LICENSE",
            ["448120935571"],
        ),
        ("受付 第 448120935571 号 議案", "JP_DRIVER_LICENSE", []),
        ("전화: +977 9812204467", "PHONE_NUMBER", ["+977 9812204467"]),
        ("09:40 着信 08064412297 2分", "PHONE_NUMBER", ["08064412297"]),
        ("着信後 整理番号 44120938817", "PHONE_NUMBER", []),
        ("返金の振込先は 湖西信金 084-3361902 です", "JP_BANK_ACCOUNT", ["084-3361902"]),
        ("振込先 確認中（問合せ番号 307-5518820）", "JP_BANK_ACCOUNT", []),
        (
            "④ 資 格 取 得 年 月 日　2019 年 4 月 1 日⏎生 年 月 日　昭和 52 年 8 月 30 日",
            "DATE_OF_BIRTH",
            ["昭和 52 年 8 月 30 日"],
        ),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
