"""Round BY labelled rows (written 2026-12-06, before any rule change of round BY; every value invented).

Same format as ``dlp_rows_bs.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rby.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rby.jsonl``.

Round BY (a second try of round BU) covers headerless / glued fixed-width person records: (1)
headerless kana / romaji rows with an era-coded or yyyymmdd birth, a 7-digit postal code and a mobile,
and rows whose record number is glued to the kana name; (2) glued digit runs after the name (a
birth + sex digit + postal run after a 10-digit record key, a 13-digit 法人番号 glued behind a record
type + serial, a header ``BIRTHDT INSURER NENKIN`` over one glued run); (3) romaji tour lists with
passports. Negatives: rows whose 7-digit cell is not labelled (no era birth, no phone before it), a
pet register with era-coded registration dates, accounts after branch codes, item rows with JAN
codes glued to kana product names, 13-digit runs failing the 法人番号 check digit.

    python benchmarks/dlp_rows_by.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BY", "is_holdout_by"]


def is_holdout_by(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. headerless rows: era-coded birth, 7-digit postal, mobile, trailing code
    "+ 610284  [[PERSON:ｶﾜｸﾞﾁ ｼｮｳｺ]]    [[DATE_OF_BIRTH:S480417]] [[JP_POSTAL_CODE:3710022]] [[PHONE_NUMBER:09027714830]] 005100⏎610291  [[PERSON:ﾂﾁﾔ ｹﾝｼﾞ]]       [[DATE_OF_BIRTH:H030922]] [[JP_POSTAL_CODE:3710844]] [[PHONE_NUMBER:08061290457]] 000700",
    "+ 台帳抽出 2025/11⏎772031  [[PERSON:ｱｻﾉ ﾐﾁﾙ]]   [[PHONE_NUMBER:07048193306]] [[DATE_OF_BIRTH:S350128]] [[JP_POSTAL_CODE:9200961]] K4⏎772044  [[PERSON:ｱｻﾉ ﾀﾂﾔ]]   [[PHONE_NUMBER:09018837720]] [[DATE_OF_BIRTH:S380706]] [[JP_POSTAL_CODE:9200961]] K4",
    "+ 33018\t[[PERSON:ﾎｼﾉ ｱﾕﾐ]]\t[[JP_POSTAL_CODE:0600042]]\t[[DATE_OF_BIRTH:H150811]]\t[[PHONE_NUMBER:08023548816]]\t2",
    "+ 2208  [[PERSON:ｼﾊﾞﾀ ﾉﾌﾞｵ]]      [[DATE_OF_BIRTH:T150203]] [[JP_POSTAL_CODE:6700947]] [[PHONE_NUMBER:09043018875]]",
    # romaji names with yyyymmdd births (7-digit cell only with a ZIP header)
    "+ NO      NAME              BIRTH     ZIP      MOBILE⏎408221  [[PERSON:OGAWA NAOKI]]       [[DATE_OF_BIRTH:19820519]]  [[JP_POSTAL_CODE:4220857]]  [[PHONE_NUMBER:09031126648]]⏎408237  [[PERSON:TAKEDA RINA]]       [[DATE_OF_BIRTH:19950103]]  [[JP_POSTAL_CODE:4220061]]  [[PHONE_NUMBER:08058814209]]",
    "+ 517306  [[PERSON:MIURA SHOTA]]      [[DATE_OF_BIRTH:19911207]]  7700813  [[PHONE_NUMBER:07011452397]]⏎517319  [[PERSON:IWATA MAKI]]       [[DATE_OF_BIRTH:19870430]]  7700021  [[PHONE_NUMBER:09088250136]]",
    # glued record number + kana name, phone before the 7-digit postal, yyyymmdd birth
    "+ ; 旧台帳 変換出力⏎0001[[PERSON:ﾑﾗｲ ﾖｼｴ]]         [[PHONE_NUMBER:0258341207]]  [[JP_POSTAL_CODE:9400066]] [[DATE_OF_BIRTH:19510614]] 03A⏎0002[[PERSON:ｸﾎﾞﾀ ﾏｻﾄ]]        [[PHONE_NUMBER:08044712093]] [[JP_POSTAL_CODE:9400853]] [[DATE_OF_BIRTH:19770923]] 12B",
    "+ 0015[[PERSON:ﾖｼｵｶ ﾕｳｷ]]       [[PHONE_NUMBER:09095531842]] [[JP_POSTAL_CODE:8600805]] [[DATE_OF_BIRTH:20030305]] 07C⏎0016[[PERSON:ﾖｼｵｶ ﾅﾂﾐ]]       [[PHONE_NUMBER:0963224718]]  [[JP_POSTAL_CODE:8600805]] [[DATE_OF_BIRTH:19740811]] 07C",
    "+ 0041[[PERSON:ｶﾈｺ ｼｽﾞｴ]]  [[DATE_OF_BIRTH:19420730]] [[PHONE_NUMBER:08026617754]] [[JP_POSTAL_CODE:3140011]] 01D",
    # hard negatives for family 1
    "- 60318114 ｷﾀﾑﾗ ｱﾔ         [[DATE_OF_BIRTH:19860415]] 4418203 [[PHONE_NUMBER:09066137721]]⏎60318127 ｷﾀﾑﾗ ｼﾝ         [[DATE_OF_BIRTH:19830909]] 5520781 [[PHONE_NUMBER:08011935560]]",
    "- 犬の登録台帳⏎0451 ｺﾀﾞﾏ ｹｲｽｹ  [[PHONE_NUMBER:09051137802]]  ｼﾊﾞ ｵｽ  H300512  鑑札 2231447⏎0452 ﾔｼﾛ ﾐﾎ      [[PHONE_NUMBER:08079942015]]  ﾄｲﾌﾟｰﾄﾞﾙ ﾒｽ  R020118  鑑札 2231460",
    "- 振込先一覧⏎0017 ﾅｶﾞｲ ｹﾝ   [[DATE_OF_BIRTH:H010325]] [[PHONE_NUMBER:09036618402]] 0179 204 [[JP_BANK_ACCOUNT:3361208]]⏎0018 ｲｹﾀﾞ ｱｲ   [[DATE_OF_BIRTH:S620811]] [[PHONE_NUMBER:08052247719]] 0005 118 [[JP_BANK_ACCOUNT:5027734]]",
    "- 在庫 450113  ｸﾘｯﾌﾟ ﾀﾞｲ   S480417 3710022 005100",
    "- 0001ﾃｨｯｼｭ 5ｺ      4912345678  0002800 20251001 A3⏎0002ｺﾞﾐﾌﾞｸﾛ       4912345685  0001350 20251001 B2",
    # 2. 10-digit record key glued to the kana name, birth + sex digit + postal + 2 digits glued
    "+ 5530918472[[PERSON:ｱﾍﾞ ｼｵﾘ]]                [[DATE_OF_BIRTH:19720814]]1[[JP_POSTAL_CODE:2730031]]04⏎7718204936[[PERSON:ﾏｴﾀﾞ ｺｳｽｹ]]             [[DATE_OF_BIRTH:19490102]]2[[JP_POSTAL_CODE:9960021]]11",
    "+ 2290417835[[PERSON:ﾀﾆｸﾞﾁ ﾋﾛﾐ]]             [[DATE_OF_BIRTH:19930627]]2[[JP_POSTAL_CODE:0300811]]03",
    "+ 1048836210[[PERSON:ｺｲｹ ﾏｻﾙ]]                [[DATE_OF_BIRTH:19580321]]1[[JP_POSTAL_CODE:5160074]]09⏎1048836227[[PERSON:ｺｲｹ ｱｷｺ]]                [[DATE_OF_BIRTH:19600917]]2[[JP_POSTAL_CODE:5160074]]09",
    # 13-digit 法人番号 glued behind a record type + serial
    "+ HHOSHO-IRAI   20251101000002⏎D00001[[JP_CORPORATE_NUMBER:5630218840571]][[PERSON:ｳｴﾉ ｶｽﾞﾐ]]          [[DATE_OF_BIRTH:19680723]][[JP_POSTAL_CODE:3300061]][[PHONE_NUMBER:09071128834]]00000120000⏎D00002[[JP_CORPORATE_NUMBER:6402917735066]][[PERSON:ｵｸﾀﾞ ﾘｮｳ]]           [[DATE_OF_BIRTH:19810216]][[JP_POSTAL_CODE:6500012]][[PHONE_NUMBER:08034471905]]00000450000⏎T000002000000000000",
    "+ D00007[[JP_CORPORATE_NUMBER:6811540392286]][[PERSON:ﾎﾝﾀﾞ ﾐｻｷ]]          [[DATE_OF_BIRTH:19750530]][[JP_POSTAL_CODE:8100041]][[PHONE_NUMBER:07093316620]]00000330000",
    "+ D00031[[JP_CORPORATE_NUMBER:6290477315803]][[PERSON:ｸﾛｷ ﾀｹﾙ]]            [[DATE_OF_BIRTH:19660408]][[JP_POSTAL_CODE:4600008]][[PHONE_NUMBER:09052286173]]00000080000",
    # header over a glued birth + insurer + pension run
    "+ REC-ID  KANA-NAME       BIRTHDT INSURER NENKIN⏎51820011[[PERSON:ﾅｶﾉ ｼｭﾝ]]         [[DATE_OF_BIRTH:19630214]][[JP_HEALTH_INSURANCE:06130442]][[JP_PENSION_NUMBER:5102337841]]⏎51820024[[PERSON:ﾅｶﾉ ﾏﾕﾐ]]         [[DATE_OF_BIRTH:19660701]][[JP_HEALTH_INSURANCE:06130442]][[JP_PENSION_NUMBER:5102339904]]",
    "+ ID    KANA          INS-NO  BIRTHDT  PENSION⏎7730[[PERSON:ﾌｼﾞﾓﾄ ｼｹﾞﾙ]]  [[JP_HEALTH_INSURANCE:272013]][[DATE_OF_BIRTH:19470923]][[JP_PENSION_NUMBER:4431082276]]",
    "+ KEY      NAME-KANA     NENKIN     BIRTHDT  HOKENSHA⏎60040012[[PERSON:ﾏﾙﾔﾏ ﾁﾋﾛ]]     [[JP_PENSION_NUMBER:2206418853]][[DATE_OF_BIRTH:19520310]][[JP_HEALTH_INSURANCE:39130027]]",
    # hard negatives for family 2
    "- 4901234567ｾﾝｻﾞｲ ﾂﾒｶｴ            202511011000001203⏎4901234574ｽﾎﾟﾝｼﾞ 3ｺ             202511012000000450",
    "- D00001123456789012ﾀﾞﾝﾎﾞｰﾙ ﾊｺ     202510010000120000",
    "- LOT     KANA           MFGDATE  SERIAL⏎5510ｶﾊﾞｰ ｸﾛ        202509301122334455667788",
    # 3. romaji tour lists: NAME / passport / DOB
    "+ 視察団 名簿（旅行会社作成）⏎1. [[PERSON:KONDO YUI]] / [[JP_PASSPORT:TR5528104]] / DOB [[DATE_OF_BIRTH:1984-03-11]]⏎2. [[PERSON:SEKI HARUTO]] / [[JP_PASSPORT:MS2290371]] / DOB [[DATE_OF_BIRTH:1979-10-06]]",
    "+ Members⏎1) [[PERSON:OTA REIKO]] | [[JP_PASSPORT:TK6603812]] | Date of birth [[DATE_OF_BIRTH:22 Apr 1966]]⏎2) [[PERSON:OTA JUN]] | [[JP_PASSPORT:TK6603820]] | Date of birth [[DATE_OF_BIRTH:09 Jan 1964]]",
    "+ 4. [[PERSON:HAYASHI DAICHI]]  [[JP_PASSPORT:RB1147720]]  DOB [[DATE_OF_BIRTH:2001-12-24]]",
    "- 1. TOKYO BAY / HT3012276 / check-in 2025-12-01⏎2. KYOTO STATION / HT3012284 / check-in 2025-12-02",
    "- 便名 JL0045 / 予約番号 TR-8812034 / 出発 2025-11-20",
    "- 1. NAGOYA OSAKA / TR-7012345 / 2025-12-10 出発",
)
ROWS_BY = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BY, seed=20261240, held_out=is_holdout_by, tag="rby")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
