"""Round AU labelled rows (written 2026-12-05, before any rule change of round AU; every value invented).

Same format as ``dlp_rows_at.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rau.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rau.jsonl``.

Round AU tests structured records and column headers in new layouts (no eval row copied):
(1) Zengin fixed-length transfer data (header ``1``, data ``2``, trailer ``8``), with and without
separating spaces; (2) fixed-width person records (record letter + customer number, half-width kana
name, YYMMDD / YYYYMMDD birth date, unhyphenated mobile number); (3) column headers in half-width
katakana or romaji over CSV / TSV / space-aligned columns, with empty cells; (4) negatives: balance
columns beside account columns, zero-padded amount columns, non-birth date keys in JSON.

    python benchmarks/dlp_rows_au.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AU", "is_holdout_au"]


def is_holdout_au(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. Zengin transfer data
    "+ 給与振込データ⏎1210000000ｼﾔｶｲﾌｸｼﾎｳｼﾞﾝ ﾐﾄﾞﾘｶｲ          1225⏎2 0158 412 1 [[JP_BANK_ACCOUNT:3309127]] [[PERSON:ｵｶﾀﾞ ﾐﾉﾙ]]          0000214500⏎2 0397 066 1 [[JP_BANK_ACCOUNT:5521840]] [[PERSON:ﾆｼﾑﾗ ｱﾔｶ]]          0000198300⏎8000002000041280",
    "+ 総合振込（児童手当）⏎201580331[[JP_BANK_ACCOUNT:4428105]][[PERSON:ﾓﾘﾀ ｹﾝｼﾞ]]          0000015000⏎207221104[[JP_BANK_ACCOUNT:0918334]][[PERSON:ｸﾎﾞ ﾕｳｺ]]           0000010000⏎8000002",
    "+ 口座振替依頼データ⏎2 1744 205 2 [[JP_BANK_ACCOUNT:6073318]] [[PERSON:ﾊﾞｽﾀｰﾄﾞ ﾙｲｽ]]      0000004200⏎9",
    "+ FB transfer file (Zengin)⏎2 0521 318 1 [[JP_BANK_ACCOUNT:1182094]] [[PERSON:ｸﾞｴﾝ ﾊﾞﾝ ﾄｩｱﾝ]]     0000031500⏎2 0521 319 1 [[JP_BANK_ACCOUNT:7729410]] [[PERSON:ｻﾝﾄｽ ｱﾅ]]          0000027000⏎8000002",
    "+ 2 0033 701 4 [[JP_BANK_ACCOUNT:2046613]] [[PERSON:ﾀﾅｶ ﾋﾛｼ]]           0000120000⏎2 0033 702 1 [[JP_BANK_ACCOUNT:8801529]] [[PERSON:ｲｼﾀﾞ ﾒｸﾞﾐ]]         0000085000⏎8000002",
    "+ 奨学金振込明細（全銀形式）⏎20009641 1[[JP_BANK_ACCOUNT:5540021]] [[PERSON:ﾎﾝﾀﾞ ｼｵﾘ]]          0000050000⏎8000001",
    "- 1 就学援助費 振込集計⏎2 件数 0000003 金額 0000147000⏎8000003",
    "- 在庫データ⏎2 0158 412 1 3309127 ﾈｼﾞ M4          0000214500⏎8000001",
    # 2. fixed-width person records
    "+ *** JUMIN CARD RECORD (FIXED) ***⏎K2208417730[[PERSON:ﾏﾂﾓﾄ ﾕｳﾀ]]       [[DATE_OF_BIRTH:830514]] [[PHONE_NUMBER:09044718302]]  00120⏎K2208417731[[PERSON:ｵｵﾉ ﾏｲ]]          [[DATE_OF_BIRTH:010907]] [[PHONE_NUMBER:08031927745]]  00121⏎E000002",
    "+ ==== MEMBER RECORD LAYOUT V3 ====⏎M00419[[PERSON:ｺﾊﾞﾔｼ ﾐｻｷ]]      [[DATE_OF_BIRTH:19910226]] [[PHONE_NUMBER:07055208143]] 1⏎M00420[[PERSON:ｱﾍﾞ ﾀｸﾔ]]         [[DATE_OF_BIRTH:19670811]] [[PHONE_NUMBER:09022643017]] 2",
    "+ A5520913 [[PERSON:ｽｽﾞｷ ｶｽﾞｵ]]     [[DATE_OF_BIRTH:570403]] [[PHONE_NUMBER:08077124490]] 0031⏎A5520914 [[PERSON:ﾊﾔｼ ﾅｵｺ]]       [[DATE_OF_BIRTH:620918]] [[PHONE_NUMBER:09061130582]] 0032",
    "+ ** KOKUHO SHIKAKU RECORD **⏎R1008827[[PERSON:ﾏｴﾀﾞ ｹｲｺ]]        [[DATE_OF_BIRTH:450120]] [[PHONE_NUMBER:07088410263]]⏎Z001",
    "+ 受診者レコード（固定長）⏎P33017249[[PERSON:ﾌｼﾞｲ ﾘｮｳ]]       [[DATE_OF_BIRTH:20000731]] [[PHONE_NUMBER:08090551127]] 03",
    "- *** SALES RECORD (FIXED) ***⏎S2208417730ﾀｵﾙ ｾｯﾄ        830514 09044718302  00120",
    "- ** ITEM RECORD **⏎I1008827ﾎﾞｰﾙﾍﾟﾝ ｸﾛ      450120 070884102630",
    # 3. kana / romaji column headers
    "+ ｶﾞｸｾｷﾊﾞﾝｺﾞｳ,ｼﾒｲ,ｾｲﾈﾝｶﾞｯﾋﾟ,ﾃﾞﾝﾜﾊﾞﾝｺﾞｳ⏎50012,[[PERSON:ｺﾝﾄﾞｳ ｱｵｲ]],[[DATE_OF_BIRTH:20140302]],[[PHONE_NUMBER:0534419207]]⏎50013,[[PERSON:ｵｶﾞﾜ ｿｳﾀ]],[[DATE_OF_BIRTH:20131119]],[[PHONE_NUMBER:09033017764]]",
    "+ ﾊﾞﾝｺﾞｳ\tｼﾞｭｳｼｮ\tﾕｳﾋﾞﾝﾊﾞﾝｺﾞｳ⏎1\t[[JP_ADDRESS:静岡県磐田市見付２８８１－４]]\t[[JP_POSTAL_CODE:438-0086]]⏎2\t[[JP_ADDRESS:磐田市中泉１丁目９番３号]]\t[[JP_POSTAL_CODE:438-0078]]",
    "+ SEQ  SEINENGAPPI  KEITAI⏎01   [[DATE_OF_BIRTH:1975/10/22]]   [[PHONE_NUMBER:08011904528]]⏎02   [[DATE_OF_BIRTH:1988/03/05]]   [[PHONE_NUMBER:09073326610]]",
    "+ KANYUSHA_NO\tTEL\tBIRTH_YMD\tKOZA_NO⏎88120\t[[PHONE_NUMBER:0545221907]]\t[[DATE_OF_BIRTH:19800614]]\t[[JP_BANK_ACCOUNT:2209183]]⏎88121\t\t[[DATE_OF_BIRTH:19920101]]\t⏎88122\t[[PHONE_NUMBER:09099120443]]\t\t[[JP_BANK_ACCOUNT:6610472]]",
    "+ id;jusho;tel_no⏎7;[[JP_ADDRESS:愛知県豊橋市花田町字石塚４２－１]];[[PHONE_NUMBER:0532-31-4490]]",
    "+ ﾄﾞｳｷｮｼｬ ｾｲﾈﾝｶﾞﾂﾋﾟ  ﾂﾂﾞｷｶﾞﾗ⏎ﾁｮｳｼﾞｮ [[DATE_OF_BIRTH:20171204]]  ｺ⏎ﾁｮｳﾅﾝ [[DATE_OF_BIRTH:20200615]]  ｺ",
    "+ KOKYAKU_CD,KANA_SHIMEI,KEITAI_TEL,ACCT_NO,ZANDAKA⏎C0091,[[PERSON:ﾖｺﾔﾏ ｼﾞｭﾝ]],[[PHONE_NUMBER:080-2291-5530]],[[JP_BANK_ACCOUNT:1937702]],0152000⏎C0092,[[PERSON:ｷﾀﾑﾗ ｴﾘ]],,[[JP_BANK_ACCOUNT:4402817]],0008800",
    "+ ﾐｮｳｼﾞ\tﾅﾏｴ\tﾃﾞﾝﾜ\tﾋﾞｺｳ⏎[[PERSON:ｻｶｲ]]\t[[PERSON:ﾋﾛﾐ]]\t[[PHONE_NUMBER:0538-32-1190]]\t⏎[[PERSON:ﾑﾗｶﾐ]]\t[[PERSON:ｼﾝｼﾞ]]\t\t転居",
    "+ NO  JUSHO                         DENWA⏎1   [[JP_ADDRESS:浜松市中央区高林３－１２－８]]   [[PHONE_NUMBER:053-471-2208]]",
    "- ｼｮｳﾋﾝｺｰﾄﾞ,ｼｮｳﾋﾝﾒｲ,ﾊﾂﾊﾞｲﾋﾞ,ﾃｲｶ⏎40012,ﾎﾞｰﾙﾍﾟﾝ,20140302,0000000180",
    "- SEQ  UKETSUKEBI  KENSU⏎01   1975/10/22   00011",
    "- ORDER_NO\tSHIP_YMD\tQTY⏎88120\t19800614\t2209183",
    # 4. false positives from columns
    "+ 口座照会結果⏎支店\t種別\t口座番号\t残高⏎312\t普通\t[[JP_BANK_ACCOUNT:6620194]]\t3380215⏎044\t当座\t[[JP_BANK_ACCOUNT:1049927]]\t0771420",
    "+ 店番,口座番号,現在高,摘要⏎207,[[JP_BANK_ACCOUNT:5318806]],2140000,給与⏎207,[[JP_BANK_ACCOUNT:5318807]],0009120,利息",
    "- 月次集計⏎SUM   YYYYMM  CNT    AMOUNT⏎S01   202407  00412  000018724402⏎S01   202408  00977  000402218841⏎S01   202409  03106  000770913526",
    "- TOTALS FIXED⏎K9 202510 000048811 000120934871⏎K9 202511 000051207 000093311640",
    "- 取引明細⏎口座番号\t残高\t入金額⏎（省略）\t4410287\t0210000",
    '- {"contract_id": "EC20250911", "start_date": "2025-10-01", "end_date": "2026-09-30", "meter_read_date": "2025-09-18"}',
    '- {"customer": {"id": "K-88124"}, "contract_date": "1998-04-12", "install_date": "1998-05-02"}',
    '+ {"member": {"kana": "[[PERSON:ﾀﾆｸﾞﾁ ﾏｻﾄ]]", "dob": "[[DATE_OF_BIRTH:1979-12-30]]", "contract_date": "2019-02-01"}}',
    '+ {"applicant": {"birthday": "[[DATE_OF_BIRTH:2003-06-17]]", "moving_date": "2025-11-02", "phone": "[[PHONE_NUMBER:090-4418-2296]]"}}',
    '- {"plan": {"renewal_date": "1985-07-07", "billing_start": "1990-01-15"}}',
)
ROWS_AU = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AU, seed=20261215, held_out=is_holdout_au, tag="rau")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
