"""Round AR: 給与支払報告書 records (an era-coded birth date glued to the 個人番号), insurance records
under a 保険者番号 / 記号 / 番号 / 枝番 header, 国保記号番号 NNN-NNNNN as two values, a 年金手帳
question answered in a chat, birthday questions and answers, a Korean date under a 生年月日 line,
a ZIP column of a space-aligned table, and a document register's ledger codes (no phone numbers).
Every value is invented (values differ from the round's evaluation rows)."""

from __future__ import annotations

import pytest

from .conftest import scan_values

_SALARY = (
    "H給与支払報告書          20250131⏎"
    "D0021ﾌｼﾞﾀ ｺｳｼﾞ         藤田　浩二　　　　　3470715602331870455{amounts}⏎"
    "D0022ﾌｼﾞﾀ ｴﾐ           藤田　恵美　　　　　3490302277188206516{amounts}⏎T0002"
).replace("{amounts}", "31000002810000")
_BAD_CHECK = _SALARY.replace("602331870455", "602331870456").replace("277188206516", "277188206517")
_INSURANCE = (
    "REC保険者番号  記号    番号    枝番氏名カナ        生年月日⏎"
    "D  273514  44-801  552091  02  ﾏｴｶﾜ ﾄｵﾙ         19830716"
)
_OTHER_HEADER = "REC事業所番号  部署    社員番号  区分氏名カナ⏎D  273514  44-801  552091  02  ﾏｴｶﾜ ﾄｵﾙ"
_ZIP_TABLE = (
    "ID    NAME                PHONE          ZIP      BIRTH⏎"
    "640311  NODA Aoi            080-6611-2045  933-0023 19880412"
)
_LOT_TABLE = (
    "ID    ITEM                EXT            LOT      DATE⏎"
    "640311  TONER               2210           933-0023 20241105"
)
_REGISTER = (
    "文書管理簿⏎2023-4410-0082　国民健康保険税 賦課資料⏎"
    "03-6617-2201　課税台帳（保存年限5年）⏎簿冊番号 330-218-4407"
)


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (_SALARY, "JP_MY_NUMBER", ["602331870455", "277188206516"]),
        (_SALARY, "DATE_OF_BIRTH", ["3470715", "3490302"]),
        (_BAD_CHECK, "JP_MY_NUMBER", []),
        ("管理番号 602331870456 の帳票", "JP_MY_NUMBER", []),
        (_INSURANCE, "JP_HEALTH_INSURANCE", ["273514", "44-801", "552091", "02"]),
        (_OTHER_HEADER, "JP_HEALTH_INSURANCE", []),
        ("国保記号番号：318-40772", "JP_HEALTH_INSURANCE", ["318", "40772"]),
        ("保険証 記号番号1234-567", "JP_HEALTH_INSURANCE", ["1234-567"]),
        (
            "Nhân viên: Chị có sổ tay lương hưu không?⏎Khách: Có, số là 2204-718853.",
            "JP_PENSION_NUMBER",
            ["2204-718853"],
        ),
        (
            "Nhân viên: Chị có sổ tay lương hưu không?⏎Khách: Không có. Mã hồ sơ 2204-718853.",
            "JP_PENSION_NUMBER",
            [],
        ),
        ("確認：「お誕生日は？」→「10月8日です」", "DATE_OF_BIRTH", ["10月8日"]),
        ("確認：「来庁日は？」→「10月8日です」", "DATE_OF_BIRTH", []),
        ("직원: 생년월일은요?⏎방문자: 1979년 8월 2일", "DATE_OF_BIRTH", ["1979년 8월 2일"]),
        ("직원: 입국일은요?⏎방문자: 2018년 8월 2일", "DATE_OF_BIRTH", []),
        ("生年月日⏎1984년 10월 21일⏎電話⏎09011112222", "DATE_OF_BIRTH", ["1984년 10월 21일"]),
        ("Staff: जन्म मिति?⏎Visitor: 1986-07-14", "DATE_OF_BIRTH", ["1986-07-14"]),
        ("Staff: आगमन मिति?⏎Visitor: 2018-07-14", "DATE_OF_BIRTH", []),
        ("相手方（誕生日は2月14日と本人談）", "DATE_OF_BIRTH", ["2月14日"]),
        ("誕生日会は2月14日に開催", "DATE_OF_BIRTH", []),
        (_ZIP_TABLE, "JP_POSTAL_CODE", ["933-0023"]),
        (_LOT_TABLE, "JP_POSTAL_CODE", []),
        (_REGISTER, "PHONE_NUMBER", []),
        ("文書管理簿の照会先⏎総務課 03-6617-2201", "PHONE_NUMBER", ["03-6617-2201"]),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text, kind) == expected
