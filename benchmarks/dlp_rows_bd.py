"""Round BD labelled rows (written 2026-12-05, before any rule change of round BD; every value invented).

Same format as ``dlp_rows_az.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbd.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbd.jsonl``.

Round BD covers four miss categories in new wordings and layouts: (1) space-separated transfer rows
``seq bank branch type account <half-width kana name> amount code``, whose seven digits after the type
digit are the account and whose seven-digit amount after the name is none; (2) a driving licence number
in Portuguese or English wording (carteira de motorista, licence/license No.), a JP_DRIVER_LICENSE and no
My Number, and a Portuguese passport label (Passaporte); (3) an OCR'd licence card, ``番 号  第 … 号``
beside 交 付 / 公安委員会 lines; (4) a birth year and month after 生年は. Negatives: the same shapes in
inventories, invoices and timetables.

    python benchmarks/dlp_rows_bd.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BD", "is_holdout_bd"]


def is_holdout_bd(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. space-separated transfer rows: seq bank branch type account kana-name amount code
    "+ 保育料 口座振替不能一覧  処理日 2025/11/27⏎001 0005 312 1 [[JP_BANK_ACCOUNT:4471093]] [[PERSON:ﾀｶﾊｼ ﾕｳｺ]]      0021500 R1⏎002 0009 145 1 [[JP_BANK_ACCOUNT:0263381]] [[PERSON:ﾆｼﾑﾗ ｹﾝｼﾞ]]    0018000 R3",
    "+ 水道料金 振替結果(不能分)⏎00012 1320 004 2 [[JP_BANK_ACCOUNT:5180276]] [[PERSON:ﾓﾘﾀ ﾖｼｵ]]  0004630 09",
    "+ 住宅使用料 引落不能者リスト 2026/01/09⏎0001 0033 201 1 [[JP_BANK_ACCOUNT:7702148]] [[PERSON:ｱﾍﾞ ﾁｶｺ]]         0036400 E4⏎0002 2200 731 1 [[JP_BANK_ACCOUNT:1093574]] [[PERSON:ｺﾝﾉ ﾀｸﾔ]]         0036400 E1⏎0003 0158 090 1 [[JP_BANK_ACCOUNT:6628815]] [[PERSON:ﾎﾝﾀﾞ ﾐｷ]]          0029200 E2",
    "+ 奨学金返還 口座振替エラー⏎01 0001 455 1 [[JP_BANK_ACCOUNT:3349021]] [[PERSON:ｲｼｶﾜ ﾘｮｳ]] 0012000 E9",
    "+ 放課後児童クラブ利用料 振替不能 出力 2025-12-15⏎0004 0138 622 1 [[JP_BANK_ACCOUNT:8015562]] [[PERSON:ﾊｯﾄﾘ ｱﾔ]]     0009000 E1⏎0005 1190 018 2 [[JP_BANK_ACCOUNT:2270941]] [[PERSON:ｷｸﾁ ｼﾝｲﾁ]]    0009000 E3",
    "+ 介護保険料 口座振替 返戻分⏎0010 0017 404 1 [[JP_BANK_ACCOUNT:5561207]] [[PERSON:ｵｵﾂｶ ｻﾁｺ]]       0011350 E2",
    "+ 市営住宅駐車場 振替不能⏎0007 0116 255 1 [[JP_BANK_ACCOUNT:0048813]] [[PERSON:ﾋﾗﾉ ﾏｻｷ]]   0003000 E3⏎0008 0005 077 1 [[JP_BANK_ACCOUNT:9120356]] [[PERSON:ﾀﾅﾍﾞ ｱｷﾗ]]  0003000 E1",
    "+ 給食費 再振替対象者⏎0001 0310 508 1 [[JP_BANK_ACCOUNT:4417760]] [[PERSON:ﾐﾔｹ ｼｮｳﾀ]]        0004850 E2⏎0002 0150 133 1 [[JP_BANK_ACCOUNT:6038129]] [[PERSON:ｸﾎﾞ ﾅﾂﾐ]]         0004850 E3",
    "- 在庫一覧 2025/11/27⏎0001 0005 312 1 4471093 ﾎﾞﾙﾄ M8      0021500 A1⏎0002 0009 145 1 0263381 ﾅｯﾄ M8       0018000 A3",
    "- 部品出荷記録⏎0010 2200 731 2 1093574 ｹｰﾌﾞﾙ 2M 0036400 S1",
    "- 振替結果の集計：件数 0003 金額 0036400 0029200 0009000",
    "- 時刻表 0705 0712 0720 1 0731 0745 0758 0805",
    # 2. licence numbers in Portuguese / English, a Portuguese passport label
    "+ Nome: [[PERSON:Ana Paula Ferreira]]⏎Carteira de motorista japonesa, número [[JP_DRIVER_LICENSE:5302 1847 6639]]⏎Passaporte brasileiro: [[JP_PASSPORT:FT482017]]",
    "+ Possui carteira de motorista (japonesa) número [[JP_DRIVER_LICENSE:３０１２８８４０５７１６]].",
    "+ Driver's licence No. [[JP_DRIVER_LICENSE:442093817706]] (Aichi)",
    "+ Japanese driving license number: [[JP_DRIVER_LICENSE:6210 3358 9042]]",
    "+ Passaporte nº [[JP_PASSPORT:GB739104]] — validade 2031",
    "+ Carteira de motorista número [[JP_DRIVER_LICENSE:291550738814]]; Passaporte: [[JP_PASSPORT:YC220913]]",
    "+ License No.: [[JP_DRIVER_LICENSE:7740 1192 0385]]⏎Expiry: 2029-04-12",
    "+ Número da carteira de motorista: [[JP_DRIVER_LICENSE:６１０３ ２２８４ ７５１９]]",
    "- Número do pedido: 5302 1847 6639 (loja online)",
    "- Invoice number 442093817706 — paid in full",
    "- Licence fee: 3,850 yen; receipt No. 6210 3358 9042",
    "- Passaporte: traga o original no dia da entrevista.",
    "- Código do produto: FT482017 (cor azul)",
    # 3. an OCR'd licence card
    "+ 運 転 免 許 証⏎氏 名  [[PERSON:石 田 恵 子]]   [[DATE_OF_BIRTH:昭和 51 年 9 月 4 日]]生⏎交 付  2025/02/18⏎番 号  第 [[JP_DRIVER_LICENSE:503318249071]] 号⏎静岡県公安委員会",
    "+ 免 許 証 (OCR)⏎番 号  第 [[JP_DRIVER_LICENSE:2 1 0 4   6 6 3 9   8 0 5 2]] 号⏎交 付 令和06年10月01日⏎愛知県公安委員会",
    "+ 交 付  令和 7 年 3 月 2 日⏎番 号 第 [[JP_DRIVER_LICENSE:640271835507]] 号⏎岐阜県公安委員会",
    "+ 免許の条件等  眼鏡等⏎番  号  第 [[JP_DRIVER_LICENSE:3 3 0 9 1 2 5 4 7 7 8 0]] 号⏎交 付 2024/12/20⏎三重県公安委員会",
    "+ 番 号  第 [[JP_DRIVER_LICENSE:118825094463]] 号 ⏎交 付  2023/08/30 ⏎ 長野県公安委員会",
    "- 整 理 番 号  第 503318249071 号⏎受 付  2025/02/18",
    "- 番 号  第 12 号⏎交 付  2025/02/18⏎公安委員会規則",
    "- 議案番号 第 640271835507 号 （予算）",
    "- 番 号  第 2 1 0 4 号 の 議 案",
    # 4. birth year and month after 生年は
    "+ 連帯保証人は弟。生年は[[DATE_OF_BIRTH:昭和52年8月]]とのこと。",
    "+ 本人の申告では生年は[[DATE_OF_BIRTH:平成3年11月]]、出生地は札幌市。",
    "+ 生年は[[DATE_OF_BIRTH:1962年5月]]と聞いている（本人談）。",
    "+ 相談者の母について：生年は[[DATE_OF_BIRTH:昭和13年2月]]、現在入院中。",
    "- 建物の建築年は昭和52年8月とのこと。",
    "- 創業は平成3年11月、従業員12名。",
    "- 生年は不明とのこと。次回確認。",
)
ROWS_BD = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BD, seed=20261225, held_out=is_holdout_bd, tag="rbd")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
