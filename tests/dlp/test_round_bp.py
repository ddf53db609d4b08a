"""Round BP: partial birth dates after a birth word and a qualifier (生年は…で / 誕生日は…によれば), a
month and day below a lone 生年月日 label, 不詳（M月D日生…）; joined branch-account values after a
信用金庫 / 信用組合 / 労働金庫 / 農協 / JA name (records_bp.py); district / area / route code columns
holding NNN-NNNN values vetoed as postal codes, a 郵便番号 / 〒 column or cell still found (fail
closed). Every value is invented (values differ from the round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_FORM = "氏名⏎小松 遥⏎生年月日⏎7月26日生（年は本人も覚えていない）⏎電話⏎080-2231-4470"
_PAYEES = (
    "【返戻一覧】⏎・木下 勇　瀬戸信用金庫　318-5520947　理由：口座解約"
    "⏎・水谷 奈央　JA信州みなみ　062-1184730　理由：名義相違"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. partial birth dates after a birth word and a qualifier
        ("母の生年は本人申告で昭和36年10月、同居。", "DATE_OF_BIRTH", ["昭和36年10月"]),
        ("生まれ年は聞き取りによると1992年3月とのこと。", "DATE_OF_BIRTH", ["1992年3月"]),
        ("誕生日は家族の話では11月8日（年は不詳）。", "DATE_OF_BIRTH", ["11月8日"]),
        (_FORM, "DATE_OF_BIRTH", ["7月26日"]),
        ("生年月日：不詳（2月19日生とのこと）", "DATE_OF_BIRTH", ["2月19日"]),
        ("生年月日：年不明、9月3日生", "DATE_OF_BIRTH", ["9月3日"]),
        ("誕生月は本人の話では1979年8月。", "DATE_OF_BIRTH", ["1979年8月"]),
        ("生年は本人申告でも不明。改めて確認する。", "DATE_OF_BIRTH", []),
        ("生年月日：不明（4月2日に確認予定）", "DATE_OF_BIRTH", []),
        ("誕生月は毎年5月、更新は5月10日まで。", "DATE_OF_BIRTH", []),
        ("生年は不明、5月20日に再面談の予定。", "DATE_OF_BIRTH", []),
        ("誕生日は本人申告で確認済み、2025年6月に転入。", "DATE_OF_BIRTH", []),
        ("申告期限 3月17日（本人申告分に限る）", "DATE_OF_BIRTH", []),
        ("生年別の集計：1990年4月以前の出生者は除く。", "DATE_OF_BIRTH", []),
        # 2. joined branch-account values after a cooperative bank's name
        (_PAYEES, "JP_BANK_ACCOUNT", ["318-5520947", "062-1184730"]),
        ("- 原 由紀 / 近畿労働金庫 / 271-0093318 / 理由: 重複", "JP_BANK_ACCOUNT", ["271-0093318"]),
        ("・石井 剛　ひまわり信用組合 駅前支店 普通 140-7726035", "JP_BANK_ACCOUNT", ["140-7726035"]),
        ("・瀬戸信用金庫　管理番号 318-5520947　理由：重複", "JP_BANK_ACCOUNT", []),
        ("・近畿労働金庫　補助金 271-0000000 円の内訳", "JP_BANK_ACCOUNT", []),
        ("・ひまわり信用組合 140-7726035 号室で説明会", "JP_BANK_ACCOUNT", []),
        # 3. district / area / route code columns: no postal code; a postal column still is one
        ("氏名\t調査区番号\t郵便番号⏎村田 光\t206-1183\t930-0083", "JP_POSTAL_CODE", ["930-0083"]),
        ("氏名,地区コード,住所⏎村田 光,209-1184,福岡県福岡市博多区博多駅前2-1", "JP_POSTAL_CODE", []),
        ("氏名\t担当調査区\t住所⏎村田 光\t206-1183\t福岡県福岡市博多区博多駅前4-3", "JP_POSTAL_CODE", []),
        ("氏名,地区コード,住所⏎村田 光,〒205-3317,富山県富山市総曲輪3-2-1", "JP_POSTAL_CODE", ["205-3317"]),
        ("氏名,郵便番号（地区コード）⏎村田 光,930-0083", "JP_POSTAL_CODE", ["930-0083"]),
        ("〒\t住所\t担当路線⏎930-0083\t富山県富山市総曲輪3-2-1\t052-1180", "JP_POSTAL_CODE", ["930-0083"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected
