"""Round BW: 出生 as a birth label in an inheritance chart, partial births in prose (…月までしか),
month-day + 生 after a relation, two births on a spaced birth label line, 記号 / 番号 values and births
in Chinese / Vietnamese / Tagalog sentences, and ``記号・番号：A・B`` after any insurance word read as
two values (records_bw.py). Negatives: 出生届 / 出生数 / cohort dates, 死亡 dates, chemical symbols,
street numbers, non-insurance 記号・番号 pairs. Every value is invented (values differ from the
round's evaluation rows)."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers.records_bw import joined_kigo_bango

from .conftest import scan_values


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # 1. 出生 as a birth label; the 死亡 date stays unread
        ("被相続人 山口　登⏎出生 昭和29年3月11日⏎死亡 令和5年7月2日", "DATE_OF_BIRTH", ["昭和29年3月11日"]),
        ("相続人（二男）⏎出生：平成4年10月30日⏎氏名 山口　遼", "DATE_OF_BIRTH", ["平成4年10月30日"]),
        ("被相続人（出生 1941/02/17 ／ 死亡 2025/06/01）", "DATE_OF_BIRTH", ["1941/02/17"]),
        ("出生届 令和6年9月3日受理", "DATE_OF_BIRTH", []),
        ("出生数 令和6年4月1日現在 集計", "DATE_OF_BIRTH", []),
        ("出生 令和4年4月2日以降の児童", "DATE_OF_BIRTH", []),
        # 2. partial births in prose, month-day + 生 after a relation, two births on a spaced label
        ("生年月日は昭和30年6月までしか分からないそうです。", "DATE_OF_BIRTH", ["昭和30年6月"]),
        ("生年月日は平成元年9月までしか言えない。", "DATE_OF_BIRTH", ["平成元年9月"]),
        ("誕生日は1962年2月ごろとのこと。", "DATE_OF_BIRTH", ["1962年2月"]),
        ("家族　大翔（次男）9月8日生 ／ 結衣（次女）1月3日生", "DATE_OF_BIRTH", ["9月8日", "1月3日"]),
        ("生 年 月 日  1970年6月5日 ／ 1973年12月9日", "DATE_OF_BIRTH", ["1970年6月5日", "1973年12月9日"]),
        (
            "生　年　月　日　昭和58年1月7日、昭和60年4月4日",
            "DATE_OF_BIRTH",
            ["昭和58年1月7日", "昭和60年4月4日"],
        ),
        ("申請期限は令和8年3月までしか延ばせません。", "DATE_OF_BIRTH", []),
        ("会費（年額）4月1日生協で集金", "DATE_OF_BIRTH", []),
        ("受付期間 2026年4月1日 ／ 2026年5月31日", "DATE_OF_BIRTH", []),
        # 3. Chinese / Vietnamese / Tagalog
        ("我的保险证记号是31-507，番号2284。", "JP_HEALTH_INSURANCE", ["31-507", "2284"]),
        ("我的出生年月是1981年7月。", "DATE_OF_BIRTH", ["1981年7月"]),
        ("thẻ bảo hiểm: ký hiệu 名05 số 6613", "JP_HEALTH_INSURANCE", ["名05", "6613"]),
        ("health insurance: ang 記号 ay 77-120 at 番号 ay 58", "JP_HEALTH_INSURANCE", ["77-120", "58"]),
        ("元素记号是Cu，原子番号29。", "JP_HEALTH_INSURANCE", []),
        ("Địa chỉ: số 14 đường Trần Phú, ký hiệu tòa A2.", "JP_HEALTH_INSURANCE", []),
        # 4. 記号・番号：A・B after an insurance word: two values; non-insurance pairs stay unread
        ("国保記号・番号：207・448190", "JP_HEALTH_INSURANCE", ["207", "448190"]),
        ("健康保険証 記号・番号は 66・9031 です", "JP_HEALTH_INSURANCE", ["66", "9031"]),
        # the veto keeps a labelled 被保険者番号 beside the split pair
        (
            "国保記号・番号：207・448190⏎被保険者番号：55012",
            "JP_HEALTH_INSURANCE",
            ["207", "448190", "55012"],
        ),
        ("規格の記号・番号：JIS・4410", "JP_HEALTH_INSURANCE", []),
    ],
)
def test_values(text: str, kind: str, expected: list[str]) -> None:
    assert scan_values(text.replace("⏎", "\n"), kind) == expected


@pytest.mark.parametrize(
    ("text", "value", "vetoed"),
    [
        ("国保記号・番号：12・3456", "12・3456", True),
        ("国保記号・番号：12・3456", "12", False),
        ("国保記号・番号：12・3456", "3456", False),
        ("部品の記号・番号：12・3456", "12・3456", False),
        ("被保険者番号：12・3456", "12・3456", False),
    ],
)
def test_joined_kigo_bango(text: str, value: str, vetoed: bool) -> None:
    start = text.index(value)
    assert joined_kigo_bango(text, start, start + len(value)) is vetoed
