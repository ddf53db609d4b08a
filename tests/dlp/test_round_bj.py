"""Round BJ: foreign passports under labels with a nationality (Nepali पासपोर्ट, Hộ chiếu Việt Nam
của …, Pasaporte … (Pilipinas)), Korean 생년월 year-months, Vietnamese ``sinh năm`` era dates,
bracketed month-day / era-abbreviated year.month before 生, 生まれ年は, mutual-aid 記号・番号 pairs
without 枝番 and English member card numbers in a kyosai text, branch-account values after 届出 /
通帳 in an account message, OCR'd licence numbers after a bare 番号 label, and no birth date at the end
of a cohort range (records_bj.py, labels_ml.py). Every value is invented (values differ from the
round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. foreign passports under qualified labels
        ("नेपाली पासपोर्ट: PA4409312", "JP_PASSPORT", ["PA4409312"]),
        ("Hộ chiếu Việt Nam của mẹ: C7720158", "JP_PASSPORT", ["C7720158"]),
        ("Hộ chiếu Việt Nam sắp hết hạn, mã hồ sơ HS20260112.", "JP_PASSPORT", []),
        # 2. birth dates
        ("성명: 이하늘\n생년월: 1979년 12월", "DATE_OF_BIRTH", ["1979년 12월"]),
        ("bố chồng em (người Nhật, sinh năm 昭和24年6月) đang nằm viện", "DATE_OF_BIRTH", ["昭和24年6月"]),
        ("次男（11月3日生、2歳）の入園について", "DATE_OF_BIRTH", ["11月3日"]),
        ("子 陽菜（H29.4生）10,000円", "DATE_OF_BIRTH", ["H29.4"]),
        ("改正（H29.4施行）の経過措置", "DATE_OF_BIRTH", []),
        ("長女の生まれ年は平成17年8月と伺っています。", "DATE_OF_BIRTH", ["平成17年8月"]),
        # 3. mutual-aid card pairs
        ("共済組合 届出\n組合員証の記号・番号　公立115・40722", "JP_HEALTH_INSURANCE", ["公立115", "40722"]),
        ("kyosai card\nMember card no.: 公立207-18834", "JP_HEALTH_INSURANCE", ["公立207", "18834"]),
        ("Member card no.: 207-18834 (gym membership)", "JP_HEALTH_INSURANCE", []),
        # 4. branch-account values after 届出 / 通帳
        (
            "給与振込口座の確認\n届出：415-3390217\n通帳：415-3390271",
            "JP_BANK_ACCOUNT",
            ["415-3390217", "415-3390271"],
        ),
        ("届出：415-3390217（受付）", "JP_BANK_ACCOUNT", []),
        # 5. an OCR'd licence number after a bare 番号 label
        (
            "番号　第 4 4 0 9 1 7 2 3 8 8 0 5 号\n（運転免許証の写し）",
            "JP_DRIVER_LICENSE",
            ["4 4 0 9 1 7 2 3 8 8 0 5"],
        ),
        ("番号　第 4 4 0 9 1 7 2 3 8 8 0 5 号\n（契約書の写し）", "JP_DRIVER_LICENSE", []),
        # 6. the end date of a cohort range
        ("対象：平成元年4月2日〜平成2年4月1日生の方", "DATE_OF_BIRTH", []),
        ("生年月日：平成2年4月1日", "DATE_OF_BIRTH", ["平成2年4月1日"]),
    ],
)
def test_round_bj(text: str, kind: str, expected: list[str]) -> None:
    assert sorted(scan_values(text, kind)) == sorted(expected)
