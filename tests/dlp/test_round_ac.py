"""Round AC: romaji column headers in blank-aligned rosters, uppercase romaji keys in logs,
abbreviated labels in slash-separated memos, SQL INSERT tuples, values named afterwards in order,
Portuguese passport labels, kana form labels, an English birth date in brackets, a misread
residence-card digit; facility / classification codes and format examples are no phone or postal
code. Every value is invented."""

from __future__ import annotations

import pytest

from govrag.dlp.recognizers import romaji

from .conftest import scan_values

MN = "JP_MY_NUMBER"
PEN = "JP_PENSION_NUMBER"
DL = "JP_DRIVER_LICENSE"
HI = "JP_HEALTH_INSURANCE"
PH = "PHONE_NUMBER"
DOB = "DATE_OF_BIRTH"
ZIP = "JP_POSTAL_CODE"
PP = "JP_PASSPORT"
RC = "JP_RESIDENCE_CARD"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("NO   SEINENGAPPI   MENKYO_NO⏎01   19800214      302217658841", DOB, ["19800214"]),
        (
            "NO   SEINENGAPPI   MENKYO_NO⏎01   19800214      302217658841⏎02   19711103      551420937718",
            DL,
            ["302217658841", "551420937718"],
        ),
        ("NO   SEINENGAPPI   MENKYO_NO⏎01   19800214      302217658841", MN, []),
        ("ID   ITEM_CD       TANKA⏎01   19800214      1200", DOB, []),
        ("SEQ  DENPYO_NO       KINGAKU⏎1    511971814785    5200", MN, []),
    ],
)
def test_romaji_roster(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("INFO HIHO_NO=33018872 status=ok", HI, ["33018872"]),
        ("level=INFO KOJIN_NO=511971814785 src=x", MN, ["511971814785"]),
        ("INFO ORDER_NO=33018872 status=ok", HI, []),
        ("受付 / 保者:06130247 / 生:S50.3.2", HI, ["06130247"]),
        ("受付 / 保者:06130247 / 生:S50.3.2", DOB, ["S50.3.2"]),
        ("会議メモ / 年金:制度の説明 / 予算:4410298830", PEN, []),
    ],
)
def test_keys_and_memos(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (
            "INSERT INTO t (id, birth, kojin_no) VALUES (1, '1980-02-14', '511971814785');",
            DOB,
            ["1980-02-14"],
        ),
        (
            "INSERT INTO t (seq, seinengappi) VALUES (1, 19800214), (2, 19711103);",
            DOB,
            ["19800214", "19711103"],
        ),
        ("INSERT INTO t (id, order_no) VALUES (1, '511971814785');", MN, []),
    ],
)
def test_sql_insert(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


def test_sql_forms_map_by_position() -> None:
    forms = romaji.sql_forms("INSERT INTO t (id, dob) VALUES (1, '19911005'), (2, '20000101');")
    assert [f.text for f in forms] == ["管理番号：1\n生年月日：19911005", "管理番号：2\n生年月日：20000101"]


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        (
            "番号欄（上から順に）：⏎3310457726⏎090-7731-0284⏎以上は順に基礎年金番号、電話番号です",
            PEN,
            ["3310457726"],
        ),
        ("番号欄（上から順に）：⏎3310457726⏎090-7731-0284⏎以上は順に注文番号、受付番号です", PEN, []),
    ],
)
def test_values_named_afterwards(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("Passaporte: GK093316", PP, ["GK093316"]),
        ("Número do passaporte: GK093316", PP, ["GK093316"]),
        ("Número do pedido: GK093316", PP, []),
        ("でんわ 09031184427", PH, ["09031184427"]),
        ("でんわでの受付番号 09031184427", PH, []),
        ("たんじょうび　へいせい１２ねん３がつ４にち", DOB, ["へいせい１２ねん３がつ４にち"]),
        ("せいねんがっぴ　昭和５６年１０月３日", DOB, ["昭和５６年１０月３日"]),
        ("Please confirm the student's birth date (2 May 2005) today.", DOB, ["2 May 2005"]),
        ("Please confirm the deadline (2 May 2027) today.", DOB, []),
        ("在留カード番号：QT5520174OKD", RC, ["QT5520174OKD"]),
        ("商品コード QT5520174OKD", RC, []),
    ],
)
def test_labels(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("施設コード 03-3318-2207", PH),
        ("統計用分類番号：06-6318-2207", PH),
        ("0466-22-1134（電話番号ではありません）", PH),
        ("入力規則：郵便番号は「123-4567」の形式で入力", ZIP),
        ("郵便番号欄は 000-0000 の形式とする", ZIP),
    ],
)
def test_not_found(text: str, entity: str) -> None:
    assert scan_values(text, entity) == []


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [
        ("施設の電話番号 03-3318-2207（代表）", PH, ["03-3318-2207"]),
        ("〒330-0061 さいたま市浦和区常盤", ZIP, ["330-0061"]),
    ],
)
def test_still_found(text: str, entity: str, expected: list[str]) -> None:
    assert scan_values(text, entity) == expected
