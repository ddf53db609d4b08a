"""Round BO labelled rows (written 2026-12-05, before any rule change of round BO; every value invented).

Same format as ``dlp_rows_bl.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbo.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbo.jsonl``.

Round BO covers three miss categories in new wordings and layouts: (1) glued fixed-width person
records without a header: a ten-digit record id glued before a half-width-kana name, an eight-digit
birth date with a one-digit sex code glued after it, a mobile number, a short code and a later event
date (not a birth date; the id is not a pension number unless a header names 年金); (2) half-width
kana birth labels (ｾｲﾈﾝｶﾞｯﾋﾟ, ｾｲﾈﾝｶﾞﾂﾋﾟ, ﾀﾝｼﾞｮｳﾋﾞ) before six-digit, eight-digit and era values;
(3) birth dates of animals (生年月日（犬）, 愛犬の生年月日, ペットの …, 頃) which are no person's birth
date, beside an owner's birth date that still is.

    python benchmarks/dlp_rows_bo.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BO", "is_holdout_bo"]


def is_holdout_bo(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. glued fixed-width person records: id+kana name, birth+sex, mobile, code, event date
    "+ 4105529873[[PERSON:ﾀｶﾊｼ ﾕｳﾄ]]          [[DATE_OF_BIRTH:20170523]]1 [[PHONE_NUMBER:09034418827]]  DT2 20250114⏎8820147365[[PERSON:ﾓﾘ ｱｶﾘ]]            [[DATE_OF_BIRTH:20160830]]2 [[PHONE_NUMBER:08051127430]]  DT2 20250121",
    "+ 7301958842[[PERSON:ﾊﾔｼ ｺｳｷ]]        [[DATE_OF_BIRTH:20190211]]1 [[PHONE_NUMBER:07062219084]]  JE1 20250305⏎1194630275[[PERSON:ｲﾉｳｴ ﾘﾝ]]        [[DATE_OF_BIRTH:20181127]]2 [[PHONE_NUMBER:09011845736]]  JE1 20250305⏎5560214938[[PERSON:ｷﾑﾗ ｿｳﾀ]]        [[DATE_OF_BIRTH:20190604]]1 [[PHONE_NUMBER:08074493120]]  JE1 20250312",
    "+ 0934187726[[PERSON:ﾅｶｼﾞﾏ ﾕｲ]]      [[DATE_OF_BIRTH:20140917]]2 [[PHONE_NUMBER:09088015243]]  HPV1 20251002",
    "+ 6628105394[[PERSON:ｻｲﾄｳ ﾊﾙｶ]]   [[DATE_OF_BIRTH:20200402]]2 [[PHONE_NUMBER:08033127865]] BCG 20200915⏎2047719385[[PERSON:ｵｵﾉ ﾀｸﾐ]]    [[DATE_OF_BIRTH:20200519]]1 [[PHONE_NUMBER:07014480926]] BCG 20201020",
    "+ 3811402297[[PERSON:ﾏｴﾀﾞ ｼｭﾝ]]           [[DATE_OF_BIRTH:20211208]]1 [[PHONE_NUMBER:09052276418]]  PC4 20230110⏎9045528170[[PERSON:ｺﾊﾞﾔｼ ﾐｵ]]           [[DATE_OF_BIRTH:20211230]]2 [[PHONE_NUMBER:08090013327]]  PC4 20230131",
    "+ 5126083349[[PERSON:ﾔﾏﾓﾄ ｱｵｲ]]       [[DATE_OF_BIRTH:20150726]] 2 [[PHONE_NUMBER:09027735510]]  VAR2 20170118⏎4473901826[[PERSON:ﾀﾆｸﾞﾁ ﾚﾝ]]       [[DATE_OF_BIRTH:20150809]] 1 [[PHONE_NUMBER:07088126604]]  VAR2 20170125",
    "+ 8350172649[[PERSON:ﾌｼﾞﾀ ｻｷ]]         [[DATE_OF_BIRTH:20100314]]2 [[PHONE_NUMBER:080-4412-7739]]  FLU 20241106",
    "+ ｷｿﾈﾝｷﾝﾊﾞﾝｺﾞｳ ｼﾒｲ               ｾｲﾈﾝｶﾞｯﾋﾟ ｾｲﾍﾞﾂ⏎[[JP_PENSION_NUMBER:5208813467]][[PERSON:ｵｶﾀﾞ ﾉﾘｺ]]        [[DATE_OF_BIRTH:19620415]]2⏎[[JP_PENSION_NUMBER:6134079952]][[PERSON:ｲｼｲ ﾏｻｵ]]         [[DATE_OF_BIRTH:19580920]]1",
    "+ 2239046185[[PERSON:ﾖｼﾀﾞ ﾊﾙﾄ]]         [[DATE_OF_BIRTH:20221019]]1 [[PHONE_NUMBER:09071193384]]  HIB3 20231212 20240123",
    "+ 7716350428[[PERSON:ｱﾍﾞ ﾂﾑｷﾞ]]  [[DATE_OF_BIRTH:20230701]]2 [[PHONE_NUMBER:08026648817]]  RV1 20230905⏎7716350499[[PERSON:ｱﾍﾞ ﾋﾅﾀ]]  [[DATE_OF_BIRTH:20230701]]1 [[PHONE_NUMBER:08026648817]]  RV1 20230905",
    "- 1000482291ﾎﾞｰﾙﾍﾟﾝ ｸﾛ          202410011 00000120  BP1 20241015⏎1000482305ｹｼｺﾞﾑ ﾁｲｻｲ         202410012 00000040  ER1 20241015",
    "- ﾜｸﾁﾝ  ﾛｯﾄNO      ｼﾖｳｷｹﾞﾝ  ｿﾞｳｹﾞﾝ⏎MR1   4410285937 20260331 +120⏎DT2   5502194486 20260630 -15⏎JE1   6613078825 20260228 +40",
    "- 3307712084ｼﾓﾔﾏ ｶｲｷﾞｼﾂ      202506301 00000008  RM2 20250701⏎3307712091ｶﾐﾔﾏ ｶｲｷﾞｼﾂ      202506302 00000012  RM2 20250702",
    "- ｾｯｼｭﾋﾞ 20250114  ﾂｷﾞｶｲ 20250311  ｼｭﾙｲ DT2  ｶｲｽｳ 2",
    "- 9204418875ｺｸﾐﾝｹﾝｺｳﾎｹﾝ ｹﾞﾝｾﾝ  202504011 00184300  KK1 20250430",
    # 2. half-width kana birth labels
    "+ ﾌﾘｶﾞﾅ:[[PERSON:ﾋﾗﾉﾐｻｷ]]⏎ｾｲﾈﾝｶﾞｯﾋﾟ:[[DATE_OF_BIRTH:990312]]⏎ｼﾞｭｳｼｮ:ｼｽﾞｵｶｼ",
    "+ ｾｲﾈﾝｶﾞﾂﾋﾟ [[DATE_OF_BIRTH:19880405]]  ｾｲﾍﾞﾂ ｵﾝﾅ",
    "+ ﾀﾝｼﾞｮｳﾋﾞ:[[DATE_OF_BIRTH:H02.11.28]]⏎ﾚﾝﾗｸｻｷ:[[PHONE_NUMBER:090-6621-3408]]",
    "+ ｼﾒｲ=[[PERSON:ﾏﾙﾔﾏ ｹｲｺ]]⏎ｾｲﾈﾝｶﾞｯﾋﾟ=[[DATE_OF_BIRTH:S58/07/19]]",
    "+ ｾｲﾈﾝ ｶﾞｯﾋﾟ: [[DATE_OF_BIRTH:050817]]⏎ﾎｺﾞｼｬ:[[PERSON:ｶﾜｲ ﾅｵｷ]]",
    "+ [ｺｼﾞﾝｼﾞｮｳﾎｳ] ｾｲﾈﾝｶﾞｯﾋﾟ [[DATE_OF_BIRTH:2001/09/30]] ﾃﾞﾝﾜ [[PHONE_NUMBER:080-5510-2263]]",
    "+ ﾀﾝｼﾞｮｳﾋﾞ：[[DATE_OF_BIRTH:031115]]",
    "+ ｾｲﾈﾝｶﾞｯﾋﾟ:[[DATE_OF_BIRTH:R02.04.09]]⏎ｾｲﾍﾞﾂ:ｵﾄｺ",
    "+ ｾｲﾈﾝｶﾞｯﾋﾟ　[[DATE_OF_BIRTH:H11.03.04]]　ﾈﾝﾚｲ 26",
    "- ｳｹﾂｹﾋﾞ:250714⏎ｾｲﾈﾝｶﾞｯﾋﾟ:ﾐｷﾆｭｳ",
    "- ﾀﾝｼﾞｮｳﾋﾞ ｾｰﾙ 251201-251225 ｾﾞﾝﾋﾟﾝ 10% OFF",
    "- ｺｳｼﾝﾋﾞ:250401⏎ﾕｳｺｳｷｹﾞﾝ:270331",
    "- ｾｲﾈﾝｶﾞｯﾋﾟ ﾊ YYMMDD ﾉ 6ｹﾀ ﾃﾞ ｷﾆｭｳ ｼﾃｸﾀﾞｻｲ",
    # 3. birth dates of animals beside an owner's birth date
    "+ 飼い主氏名　[[PERSON:大塚 恵美]]⏎生年月日　[[DATE_OF_BIRTH:昭和49年6月2日]]⏎犬の名前　ハナ　犬種 雑種⏎生年月日（犬）　令和4年9月頃",
    "+ 所有者の生年月日：[[DATE_OF_BIRTH:1968年1月30日]]　愛犬の生年月日：2019年5月頃",
    "+ 申請者　生年月日 [[DATE_OF_BIRTH:平成2年10月14日]]⏎ペットの生年月日 令和元年7月頃",
    "+ 生年月日（猫）：令和3年4月頃⏎飼養者 生年月日：[[DATE_OF_BIRTH:昭和55年11月8日]]",
    "+ 届出人　[[PERSON:桑原 達也]]（生年月日 [[DATE_OF_BIRTH:1975年8月21日]]）⏎犬の生年月日　2020年3月頃　性別 オス",
    "+ 本人の生年月日 [[DATE_OF_BIRTH:平成9年5月17日]]⏎生年月日(dog) 2023年1月頃",
    "- 犬の名前　ソラ　犬種 ミニチュアダックス⏎犬の生年月日　令和5年3月頃",
    "- 愛犬の生年月日：2021年8月頃（保護犬のため推定）",
    "- 生年月日（猫）　平成31年4月頃　毛色 三毛",
    "- ペットの生年月日 令和2年5月頃⏎ワクチン接種日 令和6年5月20日",
    "- 生年月日（犬）　令和3年12月20日⏎登録番号 第2024-118号",
    "- 猫の生年月日: 2022年11月頃 / 避妊手術済",
)
ROWS_BO = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BO, seed=20261229, held_out=is_holdout_bo, tag="rbo")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
