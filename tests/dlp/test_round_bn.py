"""Round BN: labels and phrases in other languages — a spaced Chinese 个人番号 label, Korean / Chinese
basic pension labels, Portuguese / English birth phrases, international phones after a calling
phrase or a messenger label — a ゆうちょ pair answering a post-office account question in a chat,
a 記号-番号 triple in an insurance text, era-coded and partial births (records_bn.py); a checksum /
hash field's twelve digits vetoed as a 個人番号. Every value is invented (values differ from the
round's batch and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_CHAT = "[11:20] 北村：手当の受取口座、郵便局でしたよね？⏎[11:21] 松下：ええ ⏎[11:23] 松下：17720-30481156"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. a spaced Chinese My Number label
        (
            "扫描结果⏎个 人 番 号  2 3 8 1 7 4 6 0 5 9 2 7⏎姓 名  李 明",
            "JP_MY_NUMBER",
            ["2 3 8 1 7 4 6 0 5 9 2 7"],
        ),
        ("个 人 编 号：5 9 0 4 6 2 1 3 8 7 0 0", "JP_MY_NUMBER", ["5 9 0 4 6 2 1 3 8 7 0 0"]),
        ("个 人 番 号  2 3 8 1 7 4 6（未記入）", "JP_MY_NUMBER", []),
        # 2. basic pension labels in other languages
        ("기초연금번호: 7302 118464", "JP_PENSION_NUMBER", ["7302 118464"]),
        ("Số lương hưu cơ bản: 5519 024738", "JP_PENSION_NUMBER", ["5519 024738"]),
        ("접수번호: 7302 118464", "JP_PENSION_NUMBER", []),
        # 3. birth dates after foreign labels / phrases
        ("Data de nascimento confirmada: 08/02/1955.", "DATE_OF_BIRTH", ["08/02/1955"]),
        ("Her son gave the DOB as Oct 3, 1948 on the phone.", "DATE_OF_BIRTH", ["Oct 3, 1948"]),
        ("Data de validade informada: 08/02/2031.", "DATE_OF_BIRTH", []),
        ("They confirmed the hearing as Oct 3, 2026.", "DATE_OF_BIRTH", []),
        # 4. international phones after a calling phrase or a messenger label
        ("Her brother called from Ohio at +1 330-614-2087 yesterday.", "PHONE_NUMBER", ["+1 330-614-2087"]),
        ("WhatsApp: +977 9802234716", "PHONE_NUMBER", ["+977 9802234716"]),
        ("Zalo: +84 938 114 206", "PHONE_NUMBER", ["+84 938 114 206"]),
        ("Invoice +1 of 2: 330 pages, ref 614-2087.", "PHONE_NUMBER", []),
        # 5. a ゆうちょ pair answering a post-office account question
        (_CHAT, "JP_BANK_ACCOUNT", ["17720-30481156"]),
        (
            "[9:00] 職員：郵便局はどこですか？⏎[9:01] 本人：追跡番号は 17720-30481156 です",
            "JP_BANK_ACCOUNT",
            [],
        ),
        # 6. a health-insurance triple in an insurance text
        ("保険証の記号-番号：3318-702-01", "JP_HEALTH_INSURANCE", ["3318", "702", "01"]),
        ("部品表　記号-番号：3318-702-01", "JP_HEALTH_INSURANCE", []),
        # 7. era-coded and partial births
        ("母（T140305生）と同居", "DATE_OF_BIRTH", ["T140305"]),
        ("本人確認：生年月日 2001年10月 まで一致", "DATE_OF_BIRTH", ["2001年10月"]),
        ("電話確認　生年月日は 9月21日 まで一致", "DATE_OF_BIRTH", ["9月21日"]),
        ("納付期限 9月21日 まで受付", "DATE_OF_BIRTH", []),
        ("入荷ロット S140305 出荷済", "DATE_OF_BIRTH", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 8. a checksum / hash field's twelve digits are no 個人番号 …
        ('{"rows": 61, "checksum": "238174605927"}', []),
        ("hash=590462138700 status=ok", []),
        # … but a My Number label next to the field still names its value (fail closed)
        ('{"checksum": "ok", "個人番号": "238174605927"}', ["238174605927"]),
        ("digest: done　個人番号：590462138700", ["590462138700"]),
    ],
)
def test_hash_field(text: str, expected: list[str]) -> None:
    assert scan_values(text, "JP_MY_NUMBER") == expected
