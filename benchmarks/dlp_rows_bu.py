"""Round BU labelled rows (written 2026-12-06, before any rule change of round BU; every value invented).

Same format as ``dlp_rows_bs.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbu.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbu.jsonl``.

Round BU covers headerless / glued fixed-width person records: (1) headerless half-width kana rows
with an era-coded birth (``S520914``), a 7-digit postal code without hyphen and an 11-digit mobile,
in several column orders; (2) a record number glued to the kana name, then a phone, a postal code
and a yyyymmdd birth; (3) a romaji header over rows whose birth, 保険者番号 (6 or 8) and 基礎年金番号
(10) are glued into one run, in several header spellings and orders; (4) romaji tour / participant
lists ``N. FAMILY GIVEN / AA1234567 / DOB date``; (5) phone columns with bare 10-digit landlines.
Negatives: a 7-digit account after a branch code, stock rows with S-size codes, glued item rows,
tour codes and room numbers, an order table.

    python benchmarks/dlp_rows_bu.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BU", "is_holdout_bu"]


def is_holdout_bu(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. headerless half-width kana rows: era-coded birth, postal w/o hyphen, 11-digit mobile
    "+ 204518  [[PERSON:ﾏﾂｼﾀ ﾘｮｳ]]        [[DATE_OF_BIRTH:S520914]] [[JP_POSTAL_CODE:3300845]] [[PHONE_NUMBER:09034517782]] 002300⏎881207  [[PERSON:ｵｶﾓﾄ ﾕｲ]]         [[DATE_OF_BIRTH:H080127]] [[JP_POSTAL_CODE:8120011]] [[PHONE_NUMBER:08051239946]] 001900",
    "+ 550193  [[PERSON:ﾆｼｶﾜ ﾄｵﾙ]]        [[DATE_OF_BIRTH:S390605]] [[JP_POSTAL_CODE:9800802]] [[PHONE_NUMBER:07022419085]] 003100⏎550194  [[PERSON:ﾆｼｶﾜ ﾐﾕｷ]]        [[DATE_OF_BIRTH:S430218]] [[JP_POSTAL_CODE:9800802]] [[PHONE_NUMBER:09066120374]] 003100⏎550195  [[PERSON:ﾆｼｶﾜ ｿｳﾀ]]        [[DATE_OF_BIRTH:R020911]] [[JP_POSTAL_CODE:9800802]] [[PHONE_NUMBER:08077014528]] 000000",
    "+ 受給者抽出（旧端末）⏎731002  [[PERSON:ﾖｺﾔﾏ ﾁｴ]]   [[PHONE_NUMBER:08012983347]]  [[DATE_OF_BIRTH:T140330]]  [[JP_POSTAL_CODE:6068101]]  A12⏎731015  [[PERSON:ｸﾛｻﾜ ｲｻﾑ]]  [[PHONE_NUMBER:09051176620]]  [[DATE_OF_BIRTH:S080712]]  [[JP_POSTAL_CODE:6040931]]  B07",
    "+ 412877\t[[PERSON:ｳﾁﾀﾞ ﾏｻﾙ]]\t[[JP_POSTAL_CODE:4600012]]\t[[DATE_OF_BIRTH:H110504]]\t[[PHONE_NUMBER:07066238810]]",
    "+ 0001 [[PERSON:ﾀｶﾊｼ ﾐｷ]]   [[DATE_OF_BIRTH:H050612]] [[PHONE_NUMBER:09012876543]] 0123 456 [[JP_BANK_ACCOUNT:4567890]]⏎0002 [[PERSON:ｲﾏｲ ｼｮｳ]]   [[DATE_OF_BIRTH:S600101]] [[PHONE_NUMBER:08033415576]] 0005 112 [[JP_BANK_ACCOUNT:1203344]]⏎0003 [[PERSON:ﾓﾘﾀ ｹｲｺ]]   [[DATE_OF_BIRTH:S551120]] [[PHONE_NUMBER:09077341190]] 0009 310 [[JP_BANK_ACCOUNT:7781002]]",
    "- 在庫 204518  ﾈｼﾞ ｾｯﾄ   S520914 3300845 002300",
    "- ﾛｯﾄ 881207  M080127 8120011 001900 ｹｰｽ",
    "- 倉庫棚 S-330 H-812  5500193 9800802 003100",
    # 2. record number glued to the kana name, phone, postal, yyyymmdd birth, code
    "+ 0101[[PERSON:ｲｼｶﾜ ｼﾞﾛｳ]]      [[PHONE_NUMBER:0463128870]]  [[JP_POSTAL_CODE:2591234]] [[DATE_OF_BIRTH:19610722]] 05B⏎0102[[PERSON:ｲｼｶﾜ ﾌﾐｴ]]       [[PHONE_NUMBER:09082214467]] [[JP_POSTAL_CODE:2591234]] [[DATE_OF_BIRTH:19640303]] 05B⏎0103[[PERSON:ｵｵﾂｷ ﾀｸﾐ]]       [[PHONE_NUMBER:0555217730]]  [[JP_POSTAL_CODE:4030005]] [[DATE_OF_BIRTH:19891115]] 11A",
    "+ * 会員台帳 抽出⏎0031[[PERSON:ｽｷﾞﾓﾄ ﾚｲ]]      [[JP_POSTAL_CODE:7900003]] [[PHONE_NUMBER:0899410252]]  [[DATE_OF_BIRTH:19750419]] 02C⏎0032[[PERSON:ｱﾗｲ ｼﾝｼﾞ]]      [[JP_POSTAL_CODE:7910101]] [[PHONE_NUMBER:08066725119]] [[DATE_OF_BIRTH:19530830]] 07A⏎0033[[PERSON:ﾉﾑﾗ ｻｷ]]         [[JP_POSTAL_CODE:7900911]] [[PHONE_NUMBER:07031874402]] [[DATE_OF_BIRTH:20010206]] 01B",
    "+ 1207[[PERSON:ﾐﾔｹ ﾄﾓﾐ]]        [[DATE_OF_BIRTH:19480927]] [[PHONE_NUMBER:0942351178]]  [[JP_POSTAL_CODE:8300047]] 09D⏎1208[[PERSON:ﾐﾔｹ ﾀｹｼ]]        [[DATE_OF_BIRTH:19461111]] [[PHONE_NUMBER:09027785014]] [[JP_POSTAL_CODE:8300047]] 09D",
    "- 0001ｾｯｹﾝ ｾｯﾄ      4901234567  0001200 20250401 A1⏎0002ﾀｵﾙ ｼﾛ        4901234574  0000450 20250401 A2⏎0003ﾊﾌﾞﾗｼ ﾐﾆ      4901234581  0003300 20250402 B1",
    "- 0001ｱｰﾑ ｶﾊﾞｰ       1234567     5500 20251130 K2⏎0002ﾎﾞﾙﾄ ｾｯﾄ       2345678     1200 20251130 K3",
    # 3. romaji header over a glued birth + insurer + pension run
    "+ REC-ID  KANA-NAME       BIRTHDT INSURER NENKIN⏎30417755[[PERSON:ﾆｼﾑﾗ ｱｷﾗ]]       [[DATE_OF_BIRTH:19580311]][[JP_HEALTH_INSURANCE:06271530]][[JP_PENSION_NUMBER:4417203958]]⏎30417768[[PERSON:ﾆｼﾑﾗ ｻﾄｺ]]       [[DATE_OF_BIRTH:19610926]][[JP_HEALTH_INSURANCE:06271530]][[JP_PENSION_NUMBER:4417209613]]",
    "+ NO   SHIMEI-KANA     HOKENSHA BIRTH  PENSION⏎0007[[PERSON:ｺﾊﾞﾔｼ ｼﾞｭﾝ]]    [[JP_HEALTH_INSURANCE:138024]][[DATE_OF_BIRTH:19490214]][[JP_PENSION_NUMBER:2298015543]]⏎0008[[PERSON:ﾊﾔｼ ﾕｳｺ]]        [[JP_HEALTH_INSURANCE:138024]][[DATE_OF_BIRTH:19520708]][[JP_PENSION_NUMBER:2298017760]]",
    "+ ID      KANA            DOB      INS-NO   PENSION-NO⏎5512093[[PERSON:ｻｻｷ ﾏﾘ]]        [[DATE_OF_BIRTH:19700101]][[JP_HEALTH_INSURANCE:01310879]][[JP_PENSION_NUMBER:6120448317]]",
    "+ KEY     NAME-KANA       NENKIN     BIRTHDT  HOKENSHA⏎88120001[[PERSON:ﾓﾁﾂﾞｷ ﾘｮｳ]]      [[JP_PENSION_NUMBER:3105528874]][[DATE_OF_BIRTH:19440420]][[JP_HEALTH_INSURANCE:39270418]]⏎88120002[[PERSON:ﾓﾁﾂﾞｷ ｴﾐ]]       [[JP_PENSION_NUMBER:3105529012]][[DATE_OF_BIRTH:19470605]][[JP_HEALTH_INSURANCE:39270418]]",
    "- REC-ID  KANA-NAME       ORDERDT  ITEMNO   QTY⏎30417755ﾈｼﾞ ｾｯﾄ        20251101123412341234567890⏎30417768ﾎﾞﾙﾄ ﾐﾆ        20251102223344556677889900",
    "- LOT     KANA            MFGDATE  SERIAL⏎4410ｹｰｽ ｱｵ           202410151234567812345678",
    # 4. romaji tour / participant lists: NAME / passport / DOB
    "+ 研修旅行 参加者一覧（旅行社より）⏎1. [[PERSON:NOGUCHI EMI]] / [[JP_PASSPORT:TK4820173]] / DOB [[DATE_OF_BIRTH:1979-08-02]]⏎2. [[PERSON:HARA KENJI]] / [[JP_PASSPORT:MZ0573318]] / DOB [[DATE_OF_BIRTH:1975-12-19]]⏎催行コード TR-552190",
    "+ Participants⏎1) [[PERSON:ISHIDA KOHEI]] | [[JP_PASSPORT:RE3310942]] | DOB: [[DATE_OF_BIRTH:02/11/1990]]⏎2) [[PERSON:MORI AYANO]] | [[JP_PASSPORT:TZ7718205]] | DOB: [[DATE_OF_BIRTH:14/06/1993]]",
    "+ 1. [[PERSON:KAWANO SHIN]]  [[JP_PASSPORT:NB2094418]]  生年月日 [[DATE_OF_BIRTH:1968-04-30]]⏎2. [[PERSON:KAWANO RIE]]  [[JP_PASSPORT:NB2094426]]  生年月日 [[DATE_OF_BIRTH:1971-09-05]]",
    "+ 3. [[PERSON:SAITO GO]] / [[JP_PASSPORT:AA8803127]] / Birth [[DATE_OF_BIRTH:1959-01-17]] / 団体 TR-220411",
    "- 1. SHIBUYA TOWER / RM2041187 / check-in 2025-03-01⏎2. GINZA PLAZA / RM2041195 / check-in 2025-03-02",
    "- ツアーコード TR-041233 / 便名 NH0123 / 出発 2025-10-01",
    "- 1. OSAKA KOBE / TR-5249896 / 2025-05-05 出発",
    # 5. phone columns with bare 10-digit landlines after a kana name and a birth date
    "+ NO   SHIMEI      KANA            SEINENGAPPI  RENRAKUSAKI⏎0001 [[PERSON:松井真一]]    [[PERSON:ﾏﾂｲ ｼﾝｲﾁ]]       [[DATE_OF_BIRTH:19720506]]     [[PHONE_NUMBER:0778214406]]⏎0002 [[PERSON:森田梢]]      [[PERSON:ﾓﾘﾀ ｺｽﾞｴ]]       [[DATE_OF_BIRTH:19860122]]     [[PHONE_NUMBER:08045120937]]⏎0003 [[PERSON:平野賢]]      [[PERSON:ﾋﾗﾉ ｹﾝ]]         [[DATE_OF_BIRTH:19570803]]     [[PHONE_NUMBER:0956227741]]",
    "+ 0011 [[PERSON:ﾅｶﾔﾏ ｼｽﾞｶ]]   [[DATE_OF_BIRTH:19660915]]   [[PHONE_NUMBER:0982114560]]⏎0012 [[PERSON:ﾅｶﾔﾏ ﾖｳﾍｲ]]   [[DATE_OF_BIRTH:19630302]]   [[PHONE_NUMBER:0982114560]]⏎0013 [[PERSON:ﾂｼﾞ ｱﾔ]]       [[DATE_OF_BIRTH:19990610]]   [[PHONE_NUMBER:09062417788]]",
    "+ 番号\t氏名\tカナ\t生年月日\t電話⏎21\t[[PERSON:菊池昇]]\t[[PERSON:キクチ ノボル]]\t[[DATE_OF_BIRTH:19511008]]\t[[PHONE_NUMBER:0197632218]]⏎22\t[[PERSON:菊池幸]]\t[[PERSON:キクチ サチ]]\t[[DATE_OF_BIRTH:19540214]]\t[[PHONE_NUMBER:0197632218]]",
    "- 0001 ﾘﾝｺﾞ ｾｯﾄ   20250506   1234567890⏎0002 ﾐｶﾝ ﾊｺ     20250507   2234567890⏎0003 ﾅｼ ﾊｺ       20250508   3234567890",
    "- ｺｰﾄﾞ ﾋﾝﾒｲ 20251201 0000123456 ｾﾞｲｺﾐ",
)
ROWS_BU = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BU, seed=20261236, held_out=is_holdout_bu, tag="rbu")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
