"""Round AS: 国保連-style care-insurance files (1H1 header, 2D1 records: insurer number glued to the
被保険者番号), 被保番 and half-width-kana labels, a newsletter's issue number (no card value),
Tagalog / Portuguese / 対象者-line birth dates, a NENKIN column and numbered 年金手帳 lists, +63 phone
numbers after numero, and company names holding サンプル (no specimen marker). Every value is
invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_KOKUHO = (
    "# KOKUHO_KYUFU_1320450011_202502.txt⏎1H1 132045001100000420250200002⏎"
    "2D1 1320450007781234ｳﾁﾀﾞ ｻﾀﾞｵ           19361120113004412⏎"
    "2D1 1320450007795508ｳﾁﾀﾞ ﾃﾙｺ            19400302124003318⏎3E1 00002"
)
_NO_NAME = _KOKUHO.replace("# KOKUHO_KYUFU_1320450011_202502.txt⏎", "")
_OTHER_FILE = "# URIAGE_202502.txt⏎1H1 202502 00002⏎2D1 5512030044120017 ﾃｲｷﾋﾞﾝ 00001200⏎3E1 00001"
_NENKIN = (
    "REC  NO     ｶﾅｼﾒｲ               BIRTH       NENKIN⏎"
    "D01  400115 ﾊﾏﾀﾞ ｼｮｳ            19880930    4471902236⏎"
    "D01  400116 ﾊﾏﾀﾞ ﾕｲ             19900214    8830175542"
)
_OTHER_COLUMN = _NENKIN.replace("NENKIN", "SHAIN ")
_LIST = "年金番号 回収状況⏎1. 森 大地　7713-204958　個人番号で確認⏎2. 林 葵　3390-118264　年金手帳写し"
_EQUIPMENT = "備品貸出一覧⏎1. 森 大地　7713-204958　返却済⏎2. 林 葵　3390-118264　未返却"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (_KOKUHO, "JP_HEALTH_INSURANCE", ["132045", "132045", "0007781234", "132045", "0007795508"]),
        (_KOKUHO, "JP_PENSION_NUMBER", []),
        (_NO_NAME, "JP_HEALTH_INSURANCE", ["132045", "132045", "0007781234", "132045", "0007795508"]),
        (_OTHER_FILE, "JP_HEALTH_INSURANCE", []),
        ("[10:05] 上田: 被保番は 0033184572 です", "JP_HEALTH_INSURANCE", ["0033184572"]),
        ("Memo: 被保番 5520183346. Call the son.", "JP_HEALTH_INSURANCE", ["5520183346"]),
        ("ﾋﾎｹﾝｼｬﾊﾞﾝｺﾞｳ 2204417759", "JP_HEALTH_INSURANCE", ["2204417759"]),
        ("被保番の件は後日。受付番号 0033184572", "JP_HEALTH_INSURANCE", []),
        ("介 護 保 険 課 だ よ り   No. 52", "JP_HEALTH_INSURANCE", []),
        ("国民健康保険だより No. 17", "JP_HEALTH_INSURANCE", []),
        ("Petsa ng kapanganakan ng tatay ko: July 9, 1944", "DATE_OF_BIRTH", ["July 9, 1944"]),
        ("Ako si Rosa, ipinanganak noong May 21, 1978.", "DATE_OF_BIRTH", ["May 21, 1978"]),
        ("Dumating ako noong May 21, 2018.", "DATE_OF_BIRTH", []),
        ("Meu nome é Paulo, nascido(a) em 14 de agosto de 1969.", "DATE_OF_BIRTH", ["14 de agosto de 1969"]),
        ("Cheguei em 14 de agosto de 2016.", "DATE_OF_BIRTH", []),
        (
            "認定調査票　実施日 令和7年2月3日⏎対象者 ハヤシ　トメ／林トメ　昭和3年4月8日",
            "DATE_OF_BIRTH",
            ["昭和3年4月8日"],
        ),
        ("対象者 全世帯　令和7年4月1日現在", "DATE_OF_BIRTH", []),
        (_NENKIN, "JP_PENSION_NUMBER", ["4471902236", "8830175542"]),
        (_OTHER_COLUMN, "JP_PENSION_NUMBER", []),
        (_LIST, "JP_PENSION_NUMBER", ["7713-204958", "3390-118264"]),
        (_EQUIPMENT, "JP_PENSION_NUMBER", []),
        ("Ang numero ko po: +63 927 330 5518. Salamat.", "PHONE_NUMBER", ["+63 927 330 5518"]),
        ("Halaga: 63 927 330 5518 piso", "PHONE_NUMBER", []),
        (
            "請求書⏎株式会社サンプル商事⏎適格請求書発行事業者登録番号：T3661203348875",
            "JP_CORPORATE_NUMBER",
            ["3661203348875"],
        ),
        ("【記載例】⏎登録番号：T3661203348875", "JP_CORPORATE_NUMBER", []),
        ("緊急連絡先②　勤務先（株式会社サンプル商事）　052-771-4408", "PHONE_NUMBER", ["052-771-4408"]),
        ("電話番号の記入例：052-771-4408", "PHONE_NUMBER", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
