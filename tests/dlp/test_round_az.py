"""Round AZ: a bracketed qualifier between a label and its value (labels_ml), abbreviated insurance
labels (被保番号, 被保険者No.), dates of death and cremation that are no birth dates, a postal code in
brackets after an address and a spaced residence-card number (forms_az), a seven-digit passport
number after its label (passport). Every value is invented (values differ from the round's batch
and evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. a qualifier in brackets between the label and its value
        ("講座申込⏎誕生日（月日のみ）：6月18日⏎参加：1名", "DATE_OF_BIRTH", ["6月18日"]),
        ("Fecha de nacimiento (dd/mm/aaaa): 17/04/1986", "DATE_OF_BIRTH", ["17/04/1986"]),
        ("Tanggal lahir (sesuai paspor): 9 Maret 1991", "DATE_OF_BIRTH", ["9 Maret 1991"]),
        ("締切日（月日のみ）：6月18日⏎会場：公民館", "DATE_OF_BIRTH", []),
        ("Fecha de entrega (dd/mm/aaaa): 17/04/2026", "DATE_OF_BIRTH", []),
        # 2. abbreviated insurance labels under 介護保険 / 後期高齢
        ("介護保険⏎被保番号 0006620419⏎要介護2", "JP_HEALTH_INSURANCE", ["0006620419"]),
        ("介護保険⏎被保番号（10桁）0003391274", "JP_HEALTH_INSURANCE", ["0003391274"]),
        ("後期高齢者医療 被保険者No. 27730164", "JP_HEALTH_INSURANCE", ["27730164"]),
        ("介護保険 受付No 0006620419 審査中", "JP_HEALTH_INSURANCE", []),
        ("後期高齢者医療 通知No. 27730164", "JP_HEALTH_INSURANCE", []),
        # 3. dates of death and cremation are no birth dates; the deceased's birth date stays one
        ("Date of birth: 03/08/1944⏎Date of death: 21 April 2025", "DATE_OF_BIRTH", ["03/08/1944"]),
        ("死亡年月日：令和7年2月6日⏎生年月日：昭和16年9月30日", "DATE_OF_BIRTH", ["昭和16年9月30日"]),
        ("故人：木村 健三（2025年4月24日 火葬）", "DATE_OF_BIRTH", []),
        ("사망일: 2025.02.06⏎생년월일: 1941.09.30", "DATE_OF_BIRTH", ["1941.09.30"]),
        ("Ngày mất: 06/02/2025", "DATE_OF_BIRTH", []),
        (
            "申請者 DOB: 1958-11-02⏎故人: 森 茂（2025年4月24日 火葬）⏎分骨先: 寺",
            "DATE_OF_BIRTH",
            ["1958-11-02"],
        ),
        (
            "Name of deceased: RIVERA JOSE⏎Date of birth: 11/02/1950⏎Date of death: 4 May 2025",
            "DATE_OF_BIRTH",
            ["11/02/1950"],
        ),
        # 4. a postal code in brackets right after an address
        ("住所: 長野県松本市中央3丁目7番12号 (390-0811)", "JP_POSTAL_CODE", ["390-0811"]),
        ("Address: 4-2-11 Izumi, Higashi-ku, Nagoya (461-0001)", "JP_POSTAL_CODE", ["461-0001"]),
        ("期間: 9月1日〜9月30日 (受付 390-0811)", "JP_POSTAL_CODE", []),
        # 5. a residence-card number with blanks between its parts
        ("在留カード（写）⏎番号 LK 40917723 PM", "JP_RESIDENCE_CARD", ["LK 40917723 PM"]),
        ("Residence card No.: BD 81150346 QT", "JP_RESIDENCE_CARD", ["BD 81150346 QT"]),
        (
            "在留カード（写）⏎NAME TRAN VAN AN⏎DATE OF BIRTH 1999年3月4日⏎番号 KP 20481937 MT⏎"
            "このカードは2029年1月1日まで有効",
            "JP_RESIDENCE_CARD",
            ["KP 20481937 MT"],
        ),
        ("便名 LK 409 PM⏎座席 14C", "JP_RESIDENCE_CARD", []),
        # 6. a seven-digit passport number, only after its label
        ("Passport No. 5092217⏎Nationality: Sri Lanka", "JP_PASSPORT", ["5092217"]),
        ("Passport No.: 8830146 (Nepal)", "JP_PASSPORT", ["8830146"]),
        ("Số hộ chiếu (Passport No.): 2275093", "JP_PASSPORT", ["2275093"]),
        ("Booking No. 5092217⏎Seat 22A", "JP_PASSPORT", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
