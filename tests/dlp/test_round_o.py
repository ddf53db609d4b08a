"""Round O: whole other-date labels in the label-line fallback (the former ``line_guard`` rule),
one specimen-denial rule, the phone's other-number labels from the shared vocabulary, and the
smaller leftovers. Every value below is invented."""

from __future__ import annotations

import pytest

from govrag.dlp import scan
from govrag.dlp.recognizers.base import other_number_words
from govrag.dlp.recognizers.health_context import card_context, is_specimen
from govrag.dlp.recognizers.labelled_line import _OTHER_DATE, LabelledLineRecognizer
from govrag.dlp.recognizers.phone import JpPhoneRecognizer
from govrag.dlp.recognizers.rows import (
    CONTACT_SEPARATORS,
    FIELD_SEPARATORS,
    ROSTER_SEPARATORS,
    row_separator,
    whole_field,
)

DOB = "DATE_OF_BIRTH"


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("免許取得日 2015年6月3日", ["免許取得日"]),
        ("交付年月日：令和2年4月1日", ["交付年月日"]),
        ("入庁日 2010/04/01", ["入庁日"]),
        ("資格取得日は2019/10/01", ["資格取得日"]),
        ("有効期間満了日 2031/01/31", ["有効期間満了日"]),
        ("記入日 2024/05/20", ["記入日"]),
        ("発令年月日 2022/04/01", ["発令年月日"]),
        # a birth word, a date's own kanji: no other date's label
        ("生年月日 1990/01/02", []),
        ("誕生日 1990/01/02", []),
        ("2020年4月1日交付", ["交付"]),
    ],
)
def test_other_date_label_is_whole(text: str, labels: list[str]) -> None:
    assert [m.group(0) for m in _OTHER_DATE.finditer(text)] == labels


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # another date's label right before the date, a birth word elsewhere in the line
        ("資格取得日 2015/06/03 生年月日欄は裏面", []),
        ("免許取得日：2012/08/19（生年月日：別紙）", []),
        ("交付年月日 2018/02/14 / 生年月日 1984/07/30", ["1984/07/30"]),
        ("受付日 2024/01/09、生年月日 1979/03/05", ["1979/03/05"]),
        # a birth label right before the date, another date's label further on
        ("生年月日 1988/11/23 ／ 入庁日は別記", ["1988/11/23"]),
        ("誕生日：2001/06/17、なお登録日は未定", ["2001/06/17"]),
    ],
)
def test_fallback_other_date_label_names_the_date(text: str, dates: list[str]) -> None:
    got = LabelledLineRecognizer().analyze(text, [DOB])
    assert [text[r.start : r.end] for r in got] == dates


@pytest.mark.parametrize(
    ("text", "specimen"),
    [
        ("保険証の記号 4821 番号 77（見本ではありません）", False),
        ("被保険者証 記号 4821 番号 77 ※サンプル扱いではない実物です", False),
        ("記載例とは別物：保険証 記号 4821 番号 77", False),
        ("保険証の記入例 記号 4821 番号 77", True),
        ("見本 保険証 記号 4821 番号 77", True),
        # one denied, one not: the other still marks a specimen
        ("見本ではありません。記入例 記号 4821 番号 77", True),
    ],
)
def test_denied_specimen_words_are_skipped_in_one_place(text: str, specimen: bool) -> None:
    s = text.index("4821")
    assert is_specimen(text, s, s + 4) is specimen
    assert card_context(text, s, s + 4) is not specimen


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("受付番号 0276-24-6813", False),
        ("整理番号：0276-24-6813", False),
        ("文書番号 0276-24-6813", False),
        ("口座番号 0276-24-6813", False),
        ("基礎年金 0276-24-6813", False),
        ("年金番号 0276-24-6813", False),
        # a phone word nearer than the other number's label
        ("基礎年金番号：1234-567890　電話：0276-24-6813", True),
        # 会員番号, 申請番号, 個人番号 stay out of the phone's list (measured: +81 numbers under them)
        ("会員番号 +81 276-24-6813", True),
    ],
)
def test_phone_other_labels_from_shared_vocabulary(text: str, phone: bool) -> None:
    rec = JpPhoneRecognizer()
    s = text.index("0276") if "0276" in text else text.index("+81")
    assert rec.accept(text, s, len(text)) is phone
    own = {w + "番号" for w in other_number_words("register", "document")}
    assert set(JpPhoneRecognizer.OTHER_LABELS) >= own


@pytest.mark.parametrize(
    ("text", "value", "policy", "sep"),
    [
        ("山田 花子／164-0011／東京都中野区中央1-2-3", "164-0011", FIELD_SEPARATORS, "／"),
        ("山田 花子，164-0011，03-3381-2210", "164-0011", FIELD_SEPARATORS, "，"),
        ("164-0011 東京都中野区中央1-2-3", "164-0011", FIELD_SEPARATORS, None),
        ("鈴木/03-3381-2210/090-4410-7731", "03-3381-2210", CONTACT_SEPARATORS, "/"),
        ("鈴木，03-3381-2210", "03-3381-2210", CONTACT_SEPARATORS, None),
    ],
)
def test_named_field_separator_policies(text: str, value: str, policy: str, sep: str | None) -> None:
    s = text.index(value)
    assert whole_field(text, s, s + len(value), policy) == sep


@pytest.mark.parametrize(
    ("line", "sep"),
    [
        ("田中|1985/04/12|090-4410-7731", "|"),
        ("田中/1985.04.12/090-4410-7731", "/"),
        ("田中 1985.04.12", None),
    ],
)
def test_roster_separator_policy(line: str, sep: str | None) -> None:
    assert row_separator(line, ROSTER_SEPARATORS) == sep


BA, ZIP = "JP_BANK_ACCOUNT", "JP_POSTAL_CODE"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a bank label far from its value on the same line (beyond bank_account.py's window)
        ("振込先の口座番号（本人名義の普通預金に限ります、支店名も記入）は 3318072 です", [(BA, "3318072")]),
        ("Account No. (savings, Ueno branch, check twice before sending): 7104418", [(BA, "7104418")]),
        ("届出口座の番号を下記のとおり申し出ます（名義人：サトウ イチロウ）6620931", [(BA, "6620931")]),
        # a table column of accounts; a postal column beside it keeps its own type
        ("氏名,口座番号,郵便番号\n佐藤 一郎,5521870,3300063", [(BA, "5521870"), (ZIP, "3300063")]),
        # a 7-digit span of two shapes goes to the first type a label claims
        ("郵便番号 3300063", [(ZIP, "3300063")]),
        # another number's label nearer, an example, a count, all one digit
        ("口座振替の受付番号（問い合わせ時に必要）は 4417025 です", []),
        ("口座番号は7桁で記入（例：1234567）", []),
        ("口座番号欄は空欄で可。会員番号 6620418 を記入", []),
        ("口座番号 0000000", []),
    ],
)
def test_fallback_bank_account_row(text: str, found: list[tuple[str, str]]) -> None:
    got = LabelledLineRecognizer().analyze(text, [BA, ZIP])
    assert sorted((r.entity_type, text[r.start : r.end]) for r in got) == sorted(found)


HI = "JP_HEALTH_INSURANCE"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a card's own number label far from its value on the same line
        ("被保険者番号（カード表面の右上に記載されている数字）：20417736", [(HI, "20417736")]),
        ("保険者番号 ※都道府県支部ごとに異なります 06130452", [(HI, "06130452")]),
        ("Insurer No. (see the front of the card, upper right): 31140927", [(HI, "31140927")]),
        # another insurance's 被保険者番号, a count, a bare 番号, a short number: none
        ("雇用保険被保険者番号（離職票の右上）12345678", []),
        ("被保険者数（年度末）20931744 人", []),
        ("番号（右上に記載）20417736", []),
        ("被保険者番号（記号の後ろ）1188", []),
    ],
)
def test_fallback_health_insurance_row(text: str, found: list[tuple[str, str]]) -> None:
    got = LabelledLineRecognizer().analyze(text, [HI])
    assert sorted((r.entity_type, text[r.start : r.end]) for r in got) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("携帯 080/3317/2094", ["080/3317/2094"]),
        ("電話番号：06/6344/2210", ["06/6344/2210"]),
        # slashes in a ratio, a date, a fraction: no phone
        ("電話の配分 090/120/360 の比率", []),
        ("電話受付日 2024/05/20", []),
        # a slash between two numbers joins no groups (the label is the first number's)
        ("TEL 03-3381-2210/03-3381-2211", ["03-3381-2210"]),
    ],
)
def test_fallback_phone_grouped_by_slashes(text: str, found: list[str]) -> None:
    got = LabelledLineRecognizer().analyze(text, ["PHONE_NUMBER"])
    assert [text[r.start : r.end] for r in got] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ﾕｳﾋﾞﾝ番号 904-0021", ["904-0021"]),
        ("ユウビンバンゴウ：150-0041", ["150-0041"]),
        ("ﾕｳﾋﾞﾝ局の窓口 9:00-17:00、整理番号 904-0021", []),
        ("ﾕｳﾋﾞﾝ番号の区域 904-0000から904-0099", []),
    ],
)
def test_fallback_katakana_postal_label(text: str, found: list[str]) -> None:
    got = LabelledLineRecognizer().analyze(text, ["JP_POSTAL_CODE"])
    assert [text[r.start : r.end] for r in got] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("生年月日 58.7.19（昭和）", ["58.7.19"]),
        ("生年月日：3.12.5（平成）", ["3.12.5"]),
        ("生年月日 44.1.30（S）", ["44.1.30"]),
        # no birth label, a version, four groups
        ("改訂 58.7.19（昭和）", []),
        ("バージョン 1.2.3（令和）", []),
        ("生年月日 1.2.3.4（昭和）", []),
    ],
)
def test_short_date_with_era_after(text: str, found: list[str]) -> None:
    got = [text[f.start : f.end] for f in scan(text) if f.entity_type == DOB]
    assert got == found
