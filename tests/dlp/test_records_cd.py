"""Round CD: headerless Zengin-shaped transfer rows beside a kana name, glued person runs (birth,
sex, postal code, mobile), send-log mobiles, numbered family lists with a kana reading, birth labels
naming their owner in brackets, and form / product numbers of a phone's shape. Invented values."""

from __future__ import annotations

import pytest

from govrag.dlp import DLPEngine
from tests.dlp.conftest import found

BIRTH, PHONE, ACCOUNT, POSTAL = "DATE_OF_BIRTH", "PHONE_NUMBER", "JP_BANK_ACCOUNT", "JP_POSTAL_CODE"

POSITIVE = [
    ("ｿｳｷﾝﾒｲｻｲ 20251020\n0009 214 1 3310482 ﾐﾔｻﾞｷ ｹｲｺ 0000084000", ACCOUNT, "3310482"),
    ("ｷﾕｳﾖﾌﾘｺﾐ\nｲｼｲ ﾅｵｷ           0033012144701630000251300", ACCOUNT, "4470163"),
    ("0001 317 17720415 ﾋﾗﾀ ﾐﾂｺ 0000015000", ACCOUNT, "7720415"),
    ("振込先　0310 552 20384926　カワシマ　ヨウコ　45,000円", ACCOUNT, "0384926"),
    ("000412ﾌｼﾞﾓﾄ ｱｲ       19880314223100230803441772000150", POSTAL, "2310023"),
    ("000412ﾌｼﾞﾓﾄ ｱｲ       19880314223100230803441772000150", PHONE, "08034417720"),
    ("A10087ｻｶｲ ﾘｮｳﾀ      1995090714600008090612388543", PHONE, "09061238854"),
    ("0733ﾉｸﾞﾁ ｶｵﾙ 197201282604084107051129036000000", BIRTH, "19720128"),
    ("2025/10/03 18:40,08011902273,督促メッセージ送信済", PHONE, "08011902273"),
    ("家族構成\n1) 北村　拓也（キタムラ　タクヤ）　1978/02/19", BIRTH, "1978/02/19"),
    ("同居家族\n2) 坂口　蒼（さかぐち　あおい）　2014/07/30", BIRTH, "2014/07/30"),
    ("Data de nascimento da minha mãe (Maria Lopes): 14/02/1956", BIRTH, "14/02/1956"),
    ("Fecha de nacimiento de mi esposo (Carlos): 22/10/1979", BIRTH, "22/10/1979"),
]

NEGATIVE = [
    ("ｺｰﾄﾞﾋﾖｳ\n0001 100 1 2345678\n0005 200 2 3456789", ACCOUNT),
    ("集計 0033 015 1 0012450 件数 0000000018", ACCOUNT),
    ("000915ﾊﾝﾊﾞｲ ｼﾖｳﾋﾝ   2025040112345670123456789000", POSTAL),
    ("2025-10-02 09:14\t00012345678\t受注確定", PHONE),
    ("2025-10-03 11:20,JOB-20251003,12345678901,完了", PHONE),
    ("提出書類\n1) 住民票（ジュウミンヒョウ）　2025/11/01", BIRTH),
    ("Date of arrival of my son (Ken): 03/04/2023", BIRTH),
    ("新様式への切替について\n旧様式番号 03-1127-4410 は廃止し、新様式 03-1127-4420 に移行します。", PHONE),
    ("品番 0120-33-4521（ケース入り）、型番 0570-12-8890", PHONE),
]

KEPT = [
    # a phone after its own label on the line of a form number stays
    ("様式 04-2210-3318 に記入のうえ、お問い合わせは電話 04-2210-3300 まで。", PHONE, "04-2210-3300"),
]


@pytest.mark.parametrize(("text", "kind", "value"), POSITIVE + KEPT)
def test_round_cd_reads(engine: DLPEngine, text: str, kind: str, value: str) -> None:
    assert (kind, value) in found(engine, text)


@pytest.mark.parametrize(("text", "kind"), NEGATIVE)
def test_round_cd_negatives(engine: DLPEngine, text: str, kind: str) -> None:
    assert not any(t == kind for t, _ in found(engine, text))


def test_form_number_beside_phone(engine: DLPEngine) -> None:
    text = "様式 04-2210-3318 に記入のうえ、お問い合わせは電話 04-2210-3300 まで。"
    assert (PHONE, "04-2210-3318") not in found(engine, text)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ('{"氏名": "西田 彩", "個人番号": "730115662242", "enrolled": "2019-04-08"}', True),
        ("shimei: 西田 彩\nnyugaku_bi: 2019-04-08", True),
        ('{"fecha_ingreso": "2019-04-08", "nombre": "Ana"}', True),
        ('{"入社": "2019-04-08"}', True),
        ('{"birth_start": "2019-04-08"}', False),  # a birth key is never vetoed
        ('{"dob": "2019-04-08", "enrolled": "2024-04-01"}', False),
    ],
)
def test_event_key_dates(text: str, vetoed: bool) -> None:
    from govrag.dlp.recognizers.records_bx import other_date_label

    start = text.index("2019-04-08")
    assert other_date_label(text, start, start + 10) is vetoed
