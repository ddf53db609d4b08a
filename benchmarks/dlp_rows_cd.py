"""Round CD labelled rows (written 2026-12-06, before any rule change of round CD; every value invented).

Same format as ``dlp_rows_ca.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rcd.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rcd.jsonl``.

Round CD: (1) headerless bank-transfer rows on the Zengin detail structure (bank 4 + branch 3 +
type 1 + account 7) beside a kana name — spaced, glued into one run, or branch / type+account as two
groups; (2) glued fixed-width person rows whose digit run holds birth date, sex, postal code and
mobile; (3) dates under JSON / YAML keys of another event; (4) phone-shaped form / product numbers;
(5) headerless SMS / send-log TSV rows; (6) numbered family lists with a bracketed kana reading;
(7) birth labels naming their owner in brackets before the colon.

    python benchmarks/dlp_rows_cd.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_CD", "is_holdout_cd"]


def is_holdout_cd(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. Zengin-shaped transfer rows without header / trailer records
    "+ ｿｳｷﾝﾒｲｻｲ 20251020⏎0009 214 1 [[JP_BANK_ACCOUNT:3310482]] ﾐﾔｻﾞｷ ｹｲｺ 0000084000⏎0005 031 2 [[JP_BANK_ACCOUNT:0827715]] ｵｵﾉ ﾀｸﾐ 0000120500",
    "+ ﾌﾘｺﾐ ｲﾗｲ⏎0158 402 1 [[JP_BANK_ACCOUNT:5521930]] ｶﾌﾞｼｷｶﾞｲｼﾔ ｱｵﾊﾞ 0000330000",
    "+ ｷﾕｳﾖﾌﾘｺﾐ⏎ｲｼｲ ﾅｵｷ           00330121[[JP_BANK_ACCOUNT:4470163]]0000251300⏎ｺﾝﾄﾞｳ ﾕﾐ           01790884[[JP_BANK_ACCOUNT:2009514]]0000198700",
    "+ 2ｶﾀﾅﾍﾞ ｼﾝｼﾞ                 00011201[[JP_BANK_ACCOUNT:6613208]]0000450000",
    "+ 0001 317 1[[JP_BANK_ACCOUNT:7720415]] ﾋﾗﾀ ﾐﾂｺ 0000015000",
    "+ 振込先　0310 552 2[[JP_BANK_ACCOUNT:0384926]]　カワシマ　ヨウコ　45,000円",
    "- ｺｰﾄﾞﾋﾖｳ⏎0001 100 1 2345678⏎0005 200 2 3456789⏎0009 300 1 4567890",
    "- 集計 0033 015 1 0012450 件数 0000000018",
    "- 20251101⏎0001234567890123⏎支払合計 0000568000",
    # 2. glued fixed-width person rows
    "+ 000412ﾌｼﾞﾓﾄ ｱｲ       [[DATE_OF_BIRTH:19880314]]2[[JP_POSTAL_CODE:2310023]][[PHONE_NUMBER:08034417720]]00150",
    "+ A10087ｻｶｲ ﾘｮｳﾀ      [[DATE_OF_BIRTH:19950907]]1[[JP_POSTAL_CODE:4600008]][[PHONE_NUMBER:09061238854]]3",
    "+ 0733ﾉｸﾞﾁ ｶｵﾙ [[DATE_OF_BIRTH:19720128]]2[[JP_POSTAL_CODE:6040841]][[PHONE_NUMBER:07051129036]]000000",
    "- 000915ﾊﾝﾊﾞｲ ｼﾖｳﾋﾝ   2025040112345670123456789000",
    # 3. dates under other events' keys
    '+ {"shimei": "[[PERSON:西田 彩]]", "kojin_bango": "[[JP_MY_NUMBER:730115662242]]", "nyugaku_bi": "2019-04-08"}',
    '+ {"name": "[[PERSON:Hana Kubo]]", "my_number": "[[JP_MY_NUMBER:285036149722]]", "enrolled_at": "2021-09-01", "date_of_birth": "[[DATE_OF_BIRTH:2006-06-16]]"}',
    '+ 氏名: [[PERSON:森田 悠斗]]⏎個人番号: "[[JP_MY_NUMBER:619472058380]]"⏎admitted_on: 2024-01-15⏎birthday: [[DATE_OF_BIRTH:1999-12-03]]',
    '+ {"name": "[[PERSON:Tomo Aoki]]", "registered": "2023-05-20", "issued_date": "2023-06-01"}',
    '+ {"氏名": "[[PERSON:上野 結]]", "申請日": "2025-02-14", "個人番号": "[[JP_MY_NUMBER:123456789018]]"}',
    # 4. form / product numbers of phone shape
    "- 新様式への切替について⏎旧様式番号 03-1127-4410 は令和8年3月末で廃止し、新様式 03-1127-4420 に移行します。",
    "- 品番 0120-33-4521（ケース入り）、型番 0570-12-8890",
    "- 帳票 06-4412-0917 の記入例を添付します。",
    "+ 様式 04-2210-3318 に記入のうえ、お問い合わせは電話 [[PHONE_NUMBER:04-2210-3300]] まで。",
    # 5. SMS / send logs without a header
    "+ 2025-10-02 09:14\t[[PHONE_NUMBER:09023318476]]\t明日の予約を確認しました",
    "+ 2025/10/03 18:40,[[PHONE_NUMBER:08011902273]],督促メッセージ送信済",
    "+ 10/05 07:55\t[[PHONE_NUMBER:07066321045]]\t送信失敗（圏外）",
    "- 2025-10-02 09:14\t00012345678\t受注確定",
    "- 2025-10-03 11:20,JOB-20251003,12345678901,完了",
    # 6. numbered family lists
    "+ 家族構成⏎1) [[PERSON:北村　拓也]]（キタムラ　タクヤ）　[[DATE_OF_BIRTH:1978/02/19]]⏎2) [[PERSON:北村　里奈]]（キタムラ　リナ）　[[DATE_OF_BIRTH:1981/11/05]]",
    "+ 同居家族⏎1) [[PERSON:坂口　蒼]]（さかぐち　あおい）　[[DATE_OF_BIRTH:2014/07/30]]",
    "- 提出書類⏎1) 住民票（ジュウミンヒョウ）　2025/11/01⏎2) 所得証明書　2025/11/05",
    # 7. owners in brackets before the colon
    "+ Data de nascimento da minha mãe ([[PERSON:Maria Lopes]]): [[DATE_OF_BIRTH:14/02/1956]]",
    "+ Date of birth of my daughter ([[PERSON:Emi]]): [[DATE_OF_BIRTH:03/09/2015]]",
    "+ Fecha de nacimiento de mi esposo (Carlos): [[DATE_OF_BIRTH:22/10/1979]]",
    "- Date of arrival of my son (Ken): 03/04/2023",
)
ROWS_CD = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_CD, seed=20261260, held_out=is_holdout_cd, tag="rcd")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
