"""Round BI labelled rows (written 2026-12-05, before any rule change of round BI; every value invented).

Same format as ``dlp_rows_bd.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbi.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbi.jsonl``.

Round BI covers: (1) glued fixed-width rows under a romaji header line naming the columns (birth,
postal code, account, type digit, amount glued in one run), split by the header's column order and
the fields' widths; (2) space-separated transfer rows with a birth date before the bank fields;
(3) a passport number glued right after a birth date under a PASSNO header; (4) machine-readable
passport zones (two 44-character lines, check digits); (5) false positives: a bank branch attribute
of an XML element beside insurance attributes, a JSON period value beside a birth key. Negatives:
the same shapes in stock lists, timetables, MRZ-like lines with wrong check digits.

    python benchmarks/dlp_rows_bi.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BI", "is_holdout_bi"]


def is_holdout_bi(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. glued fixed-width rows under a header line naming the columns
    "+ 口座振替 依頼データ（固定長）⏎NO SHIMEI-KANA     BIRTH   ZIP    ACCOUNT SB AMOUNT⏎3107[[PERSON:ﾏﾂｲ ﾄﾓｺ]]         [[DATE_OF_BIRTH:19760423]][[JP_POSTAL_CODE:3300845]][[JP_BANK_ACCOUNT:5120773]]1004800⏎3108[[PERSON:ｺﾔﾏ ｼﾞｭﾝ]]        [[DATE_OF_BIRTH:19830911]][[JP_POSTAL_CODE:9800014]][[JP_BANK_ACCOUNT:2648150]]2012250",
    "+ KEY NAME-KANA DOB POST ACCT TYPE KINGAKU⏎00071 [[PERSON:ﾑﾗｶﾐ ﾕｷｴ]]     [[DATE_OF_BIRTH:19690130]][[JP_POSTAL_CODE:4600008]][[JP_BANK_ACCOUNT:7013385]]1000031500",
    "+ 児童手当 振込予定（抜粋）⏎SEQ KANA          BIRTH   POSTAL  KOZA   KBN⏎12[[PERSON:ﾄﾞｲ ｱｽｶ]]        [[DATE_OF_BIRTH:19910705]][[JP_POSTAL_CODE:0600042]][[JP_BANK_ACCOUNT:8820416]]1⏎13[[PERSON:ﾅｶﾆｼ ｺｳｼﾞ]]     [[DATE_OF_BIRTH:19870228]][[JP_POSTAL_CODE:7300011]][[JP_BANK_ACCOUNT:0391562]]2",
    "+ REC NAME           BIRTH   ZIP     ACCOUNT SB AMT⏎55021[[PERSON:ｲﾏｲ ﾅｵﾐ]]    [[DATE_OF_BIRTH:19580817]][[JP_POSTAL_CODE:8120011]][[JP_BANK_ACCOUNT:4409218]]1120000",
    "+ ID   KANA-NAME     DOB     ZIPCODE ACCTNO  SB  AMOUNT⏎A0193 [[PERSON:ﾎﾘｴ ｶｽﾞﾔ]]   [[DATE_OF_BIRTH:20010312]][[JP_POSTAL_CODE:5300001]][[JP_BANK_ACCOUNT:6651034]]1000088000",
    "- 在庫データ（固定長）⏎CODE ITEM-KANA       DATE    LOT     QTY⏎4410ﾎﾞﾙﾄ M6         20250301330084551207731⏎4411ﾅｯﾄ M6          20250302980001426481502",
    "- LINE STATION-KANA  DEP  ARR  TRAIN⏎07 ｼﾝｵｵｻｶ            071207450931021",
    "- NO NAME-KANA BIRTH ZIP ACCOUNT SB⏎0001ﾃｽﾄ ﾃﾞｰﾀ  1976042333008455120773100⏎（桁数不一致のため取込不可）",
    # 2. space-separated transfer rows with a birth date before the bank fields
    "+ 賞与振込データ（固定長） 生年月日(8)銀行(4)支店(3)種目(1)口座(7)金額⏎00318 [[PERSON:ﾀｹﾀﾞ ﾐﾎ]]           [[DATE_OF_BIRTH:19810206]] 0158 214 1 [[JP_BANK_ACCOUNT:3302719]] 000412000⏎00319 [[PERSON:ｵｵﾉ ﾀｸﾐ]]           [[DATE_OF_BIRTH:19930914]] 0005 081 1 [[JP_BANK_ACCOUNT:7740052]] 000298000",
    "+ 報酬振込（照合用に生年月日付き）⏎7720 [[PERSON:ﾔｽﾀﾞ ｹｲｽｹ]]    [[DATE_OF_BIRTH:19740519]] 2210 603 2 [[JP_BANK_ACCOUNT:1186430]] 000075600",
    "+ 0042 [[PERSON:ｶﾜｸﾞﾁ ｴﾐ]] [[DATE_OF_BIRTH:19880730]] 0009 337 1 [[JP_BANK_ACCOUNT:5073981]] 000150000",
    "+ 謝金支払一覧⏎900112 [[PERSON:ｻｶｲ ﾖｳｺ]]          [[DATE_OF_BIRTH:19650102]] 0033 118 1 [[JP_BANK_ACCOUNT:2967314]] 000030000⏎900113 [[PERSON:ﾆｲﾑﾗ ﾀﾞｲｷ]]        [[DATE_OF_BIRTH:19990417]] 1320 027 1 [[JP_BANK_ACCOUNT:8042276]] 000030000",
    "- 出荷記録⏎0042 ﾎﾞﾙﾄ M10 20250730 0009 337 1 5073981 000150000",
    "- 0042 ｹｰﾌﾞﾙ 3M 20251130 0158 214 1 3302719 000412000 (部品)",
    # 3. a passport number glued after a birth date under a PASSNO header
    "+ 旅券受領台帳⏎UKE   DATE    NAME               BIRTH   PASSNO    KBN⏎R0071 20250311[[PERSON:ｵｶﾞﾜ ｼﾝｼﾞ]]         [[DATE_OF_BIRTH:19880407]][[JP_PASSPORT:TR5512068]] 1⏎R0072 20250311[[PERSON:ﾐﾔｻﾞｷ ﾚｲ]]          [[DATE_OF_BIRTH:19720922]][[JP_PASSPORT:MZ0938415]] 2",
    "+ SEQ  NAME-KANA        BIRTH   PASSPORT  TYP⏎0315 [[PERSON:ﾌｼﾞﾀ ｱｲ]]          [[DATE_OF_BIRTH:20030615]][[JP_PASSPORT:TG4471902]] 5",
    "+ NO   RCV-DATE NAME           DOB     PASSNO⏎No.44 20251002[[PERSON:ｸﾎﾞﾀ ｼｭﾝ]]      [[DATE_OF_BIRTH:19610128]][[JP_PASSPORT:TK7720934]]",
    "+ 旅券交付予定⏎NO  NAME              BIRTH   PASSNO    SB⏎017 [[PERSON:ｴﾉﾓﾄ ﾅﾅ]]         [[DATE_OF_BIRTH:19940303]][[JP_PASSPORT:TP3019567]] 1",
    "- LOT  ITEM-KANA         DATE    PARTNO    Q⏎0315 ﾈｼﾞ M4           20250615TG4471902 5",
    "- CODE DATE     MODEL⏎0044 20251002TK7720934",
    # 4. machine-readable passport zones
    "+ 旅券写し（読取）⏎P<JPNHAYASHI<<KENTA<<<<<<<<<<<<<<<<<<<<<<<<<⏎[[JP_PASSPORT:TR5518203]]2JPN[[DATE_OF_BIRTH:850612]]8M3106110<<<<<<<<<<<<<<08",
    "+ MRZ:⏎P<JPNSAKAI<<MIDORI<<<<<<<<<<<<<<<<<<<<<<<<<<⏎[[JP_PASSPORT:MZ0427716]]8JPN[[DATE_OF_BIRTH:770203]]7F2902027<<<<<<<<<<<<<<00",
    "+ 申請者添付：旅券の読取帯⏎P<JPNOKADA<<RIN<<<<<<<<<<<<<<<<<<<<<<<<<<<<<⏎[[JP_PASSPORT:TG9930458]]3JPN[[DATE_OF_BIRTH:021119]]6F3301203<<<<<<<<<<<<<<00⏎確認者 印",
    "+ scan result⏎P<JPNNOMURA<<TATSUYA<<<<<<<<<<<<<<<<<<<<<<<<⏎[[JP_PASSPORT:XB7041265]]1JPN[[DATE_OF_BIRTH:630830]]6M2808299<<<<<<<<<<<<<<00",
    "- 検証用ダミー（チェックディジット不一致）⏎P<UTOSAMPLE<<TEST<<<<<<<<<<<<<<<<<<<<<<<<<<<⏎AB12345670UTO0001014M3001017<<<<<<<<<<<<<<00",
    "- ハッシュ値一覧⏎P<RELEASE<<BUILD<<<<<<<<<<<<<<<<<<<<<<<<<<<<⏎9F3C2A71B0DE4A58C1E0F7A2B3C4D5E6F7A8B9C0D1E2",
    "- 手順書：旅券の2行目は 9桁の旅券番号 + チェック数字 + 国籍 + 生年月日(YYMMDD) の順です。",
    # 5. false positives: an XML bank branch beside insurance attributes, a JSON period value
    '+ <member no="K22019">⏎  <kana>[[PERSON:ｱﾍﾞ ｼｮｳ]]</kana>⏎  <kenpo kigo="[[JP_HEALTH_INSURANCE:71802]]" bango="[[JP_HEALTH_INSURANCE:3391]]" edaban="[[JP_HEALTH_INSURANCE:01]]"/>⏎  <bank code="0149" branch="512" account="[[JP_BANK_ACCOUNT:4480617]]"/>⏎</member>',
    '+ <person>⏎ <hoken kigo="[[JP_HEALTH_INSURANCE:共済310]]" bango="[[JP_HEALTH_INSURANCE:5806]]"/>⏎ <bank code="0005" branch="707" type="1" account="[[JP_BANK_ACCOUNT:2219430]]"/>⏎</person>',
    '- <bank code="0149" branch="512" name="本店営業部"/>⏎<hoken type="kokuho" desc="国民健康保険"/>',
    '+ {"hihokensha_no": "[[JP_HEALTH_INSURANCE:0302277153]]", "birth": "[[DATE_OF_BIRTH:1939-08-14]]", "kubun": "要支援1", "yuko_kikan": "2025-07-01/2027-06-30"}',
    '+ {"name": "[[PERSON:平井 澄子]]", "dob": "[[DATE_OF_BIRTH:1941-12-02]]", "shinsei_kikan": "2025-10-01/2025-10-31", "status": "受付"}',
    '- {"jigyo": "通所介護", "birth_key": null, "teikyo_kikan": "2024-04-01/2026-03-31"}',
    '+ [{"no": 3, "seinengappi": "[[DATE_OF_BIRTH:1950-03-19]]", "nintei_kikan": "2025-04-01/2026-03-31"}, {"no": 4, "seinengappi": "[[DATE_OF_BIRTH:1944-11-07]]", "nintei_kikan": "2025-06-01/2027-05-31"}]',
)
ROWS_BI = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BI, seed=20261205, held_out=is_holdout_bi, tag="rbi")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
