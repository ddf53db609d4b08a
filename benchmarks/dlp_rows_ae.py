"""Round AE labelled rows (written 2026-12-04, before any rule change of round AE; every value invented).

Same format as ``dlp_rows_ad.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rae.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rae.jsonl``.

Round AE's layout families: OCR look-alikes S / B / b / Z inside numbers and dates (era codes such
as S48.6.19 and passport / residence-card letters stay letters); a value line under a letter-spaced
label line; 項目N field lines followed by a （記載欄） block of values in the same order; fixed-width
rosters with English headers where a long name runs into the next column; full-width-space rosters
with era-abbreviated dates; numbered lists under a 旅券 title; French, Thai and Vietnamese phrases;
a bracketed-area phone under a TSV 電話 column. Hard negatives: part numbers, hashes, the same
layouts with other headers, titles or labels.

    python benchmarks/dlp_rows_ae.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AE", "is_holdout_ae"]


def is_holdout_ae(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


_LINES = (
    "+ 個人番号：[[JP_MY_NUMBER:42821082S037]]",
    "+ マイナンバー　[[JP_MY_NUMBER:111S 1631 8763]]",
    "+ 個人番号（12桁）[[JP_MY_NUMBER:45793330B260]]",
    "+ 基礎年金番号 [[JP_PENSION_NUMBER:B120-456731]]",
    "+ 年金番号：[[JP_PENSION_NUMBER:Z031-77b542]]",
    "+ 電話 [[PHONE_NUMBER:090-b612-3348]]",
    "+ TEL：[[PHONE_NUMBER:03-SS21-8840]]",
    "+ 〒[[JP_POSTAL_CODE:1S0-0013]] 東京都千代田区",
    "+ 生年月日 [[DATE_OF_BIRTH:1986/0b/1Z]]",
    "+ 運転免許証番号 [[JP_DRIVER_LICENSE:30Z4 1B77 5502]]",
    "+ 携帯 [[PHONE_NUMBER:080-4Z17-99B3]]",
    "+ 基礎年金番号：[[JP_PENSION_NUMBER:6S02-1187b4]]",
    "- 改正 S48.6.19 施行、H5.9.25 一部改正",
    "- 部品 B12-5501 を交換",
    "- 型番 SB-2040Z（在庫 12）",
    "- commit 4b825dc642cb6eb9a060e54bf8d69288fbee4904",
    "- 在留カード番号の例は AB12345678CD の形式です",
    "- 棚番 Z1-2204 / S3-1187",
    "+ 在留カード番号 [[JP_RESIDENCE_CARD:SB52918407ZB]]",
    "+ 旅券番号 [[JP_PASSPORT:TZ1234567]]",
    "+ 生年月日：[[DATE_OF_BIRTH:S48.6.19]]",
    "+ 生年月日 [[DATE_OF_BIRTH:H5.9.25]]",
    "+ 運 転 免 許 証 番 号⏎[[JP_DRIVER_LICENSE:３０２４１８７７５５０２]]",
    "+ 運 転 免 許 証 番 号⏎[[JP_DRIVER_LICENSE:4410 2S08 3316]]",
    "+ 基 礎 年 金 番 号⏎[[JP_PENSION_NUMBER:5120-883410]]",
    "+ 個 人 番 号⏎[[JP_MY_NUMBER:668436164166]]",
    "+ 免 許 証 番 号⏎[[JP_DRIVER_LICENSE:６２１０ ４４８７ ３０１９]]",
    "+ 電 話 番 号⏎[[PHONE_NUMBER:0258-44-7190]]",
    "- 受 付 番 号⏎302418775502",
    "- 運 転 免 許 証 番 号 の 記 入 例⏎裏面をご覧ください",
    "- 整 理 番 号⏎5120-883410",
    (
        "+ 項目1 氏名⏎項目2 生年月日⏎項目3 個人番号⏎項目4 基礎年金番号⏎（記載欄）⏎[[PERSON:中村 静香]]⏎"
        "[[DATE_OF_BIRTH:1978年3月14日]]⏎[[JP_MY_NUMBER:389201362010]]⏎[[JP_PENSION_NUMBER:3318-204577]]"
    ),
    (
        "+ 項目1 生年月日⏎項目2 電話番号⏎項目3 基礎年金番号⏎（記載欄）⏎[[DATE_OF_BIRTH:1990/07/21]]⏎"
        "[[PHONE_NUMBER:025-228-4417]]⏎[[JP_PENSION_NUMBER:7720114385]]"
    ),
    (
        "+ 項目1 氏名⏎項目2 運転免許証番号⏎項目3 生年月日⏎（記載欄）⏎[[PERSON:小林 誠]]⏎"
        "[[JP_DRIVER_LICENSE:451803377120]]⏎[[DATE_OF_BIRTH:1969.11.02]]"
    ),
    (
        "+ 項目1 個人番号⏎項目2 生年月日⏎（記載欄）⏎[[JP_MY_NUMBER:757867642980]]⏎"
        "[[DATE_OF_BIRTH:2001-04-09]]"
    ),
    "- 項目1 会議名⏎項目2 開催日⏎項目3 整理番号⏎（記載欄）⏎定例会⏎1978年3月14日⏎3318-204577",
    "- 項目1 品名⏎項目2 納品日⏎項目3 伝票番号⏎（記載欄）⏎コピー用紙⏎2024/07/21⏎451803377120",
    (
        "+ NAME                BIRTH       PENSION     LICENSE⏎[[PERSON:MATSUDA RYOKO]]       "
        "[[DATE_OF_BIRTH:1981/04/22]]  [[JP_PENSION_NUMBER:4120883417]]  [[JP_DRIVER_LICENSE:302418775502]]⏎"
        "[[PERSON:YAMANOUCHI SHINICHIRO]][[DATE_OF_BIRTH:1975/09/03]]  [[JP_PENSION_NUMBER:2208174431]]  "
        "[[JP_DRIVER_LICENSE:621044873019]]"
    ),
    (
        "+ NAME            BIRTH       PENSION⏎[[PERSON:KOBAYASHI TAKAHIRO]][[DATE_OF_BIRTH:1966/02/28]]"
        "  [[JP_PENSION_NUMBER:5531207468]]⏎[[PERSON:ONO AI]]          [[DATE_OF_BIRTH:1999/12/01]]  "
        "[[JP_PENSION_NUMBER:6602118834]]"
    ),
    (
        "+ NAME              BIRTH       LICENSE⏎[[PERSON:HASEGAWA MASAYUKI]][[DATE_OF_BIRTH:1983/06/17]]"
        "  [[JP_DRIVER_LICENSE:440931201187]]"
    ),
    "- NAME          DATE        ORDER       SKU⏎KOBAYASHI STORE2024/02/28  5531207468  440931201187",
    "- ITEM          DATE        QTY⏎PAPER A4      2024/06/17  2208174431",
    (
        "+ 氏名　免許証番号　生年月日　区分⏎[[PERSON:佐藤一郎]]　[[JP_DRIVER_LICENSE:302418775502]]　"
        "[[DATE_OF_BIRTH:S48.6.19]]　普通⏎[[PERSON:鈴木花]]　[[JP_DRIVER_LICENSE:451803377120]]　"
        "[[DATE_OF_BIRTH:H5.9.25]]　中型"
    ),
    (
        "+ 氏名　免許証番号　生年月日⏎[[PERSON:高橋明]]　[[JP_DRIVER_LICENSE:621044873019]]　"
        "[[DATE_OF_BIRTH:S55.12.3]]⏎[[PERSON:田中優]]　[[JP_DRIVER_LICENSE:440931201187]]　"
        "[[DATE_OF_BIRTH:H2.1.30]]"
    ),
    (
        "+ 氏名　生年月日　免許証番号⏎[[PERSON:森一]]　[[DATE_OF_BIRTH:S61.7.7]]　"
        "[[JP_DRIVER_LICENSE:530219904412]]"
    ),
    "- 品名　品番　納品日　区分⏎用紙　302418775502　R6.6.19　普通",
    "- 会議名　開催日　区分⏎定例会　H5.9.25　公開",
    (
        "+ 旅券申請者一覧（氏名 / 旅券番号 / 生年月日）⏎1. [[PERSON:SATO HANA]] / "
        "[[JP_PASSPORT:TR5296950]] / "
        "[[DATE_OF_BIRTH:1969.6.10]]⏎2. [[PERSON:ITO KEN]] / [[JP_PASSPORT:TK4471028]] / "
        "[[DATE_OF_BIRTH:1984.11.3]]⏎3. [[PERSON:MORI YUI]] / [[JP_PASSPORT:MZ8830215]] / "
        "[[DATE_OF_BIRTH:2002.1.27]]"
    ),
    (
        "+ 旅券番号一覧⏎1. [[PERSON:ABE JUN]] / [[JP_PASSPORT:TS1029384]]⏎2. [[PERSON:UEDA MIO]] / "
        "[[JP_PASSPORT:TR7720114]]"
    ),
    (
        "+ 旅券（パスポート）⏎1. [[JP_PASSPORT:TH5528103]]⏎2. [[JP_PASSPORT:TZ0917734]]⏎"
        "3. [[JP_PASSPORT:MU3340912]]"
    ),
    "- 伝票一覧⏎1. 山田商店 / TK1102934 / 2024.6.10⏎2. 北部支所 / TR5501187 / 2024.7.1",
    "- 旅券の申請方法⏎1. 申請書を記入⏎2. 写真を添付⏎3. 窓口へ提出",
    "+ Je suis né le [[DATE_OF_BIRTH:10 avril 1986]] à Lyon.",
    "+ Elle est née le [[DATE_OF_BIRTH:3 février 1992]].",
    "+ né(e) le [[DATE_OF_BIRTH:21 décembre 1975]]",
    "+ Voici mon passeport [[JP_PASSPORT:00FR32954]].",
    "+ numéro de passeport : [[JP_PASSPORT:TK4471029]]",
    "+ หนังสือเดินทางเลขที่ [[JP_PASSPORT:TS8830215]]",
    "+ หนังสือเดินทางเลขที่: [[JP_PASSPORT:12AB34567]]",
    "+ Ngày sinh của tôi: [[DATE_OF_BIRTH:08/06/1994]]",
    "+ Ngày sinh: [[DATE_OF_BIRTH:21/11/1987]]",
    "- Le rendez-vous est fixé au 10 avril 2025.",
    "- réservation n° 00FR32954",
    "- Ngày hẹn của tôi: 08/06/2025",
    "- เลขที่ใบเสร็จ 12AB34567",
    (
        "+ 氏名\t電話\t備考⏎山田 太郎\t[[PHONE_NUMBER:028(478)5776]]\t⏎佐藤 花子\t"
        "[[PHONE_NUMBER:0258(33)1102]]\t要連絡"
    ),
    "+ 番号\t氏名\t電話⏎1\t[[PERSON:木村 光]]\t[[PHONE_NUMBER:025(347)5653]]",
    "+ 氏名\t電話番号⏎[[PERSON:石井 健]]\t[[PHONE_NUMBER:0476(24)3381]]",
    "- 品番\t規格\t備考⏎A-1\t028(478)5776\t",
    "- 区分\t数量(個)\t金額⏎A\t12(3)4\t5,000",
    "+ 被保険者証 保険者番号 [[JP_HEALTH_INSURANCE:0613992S]] 記号 [[JP_HEALTH_INSURANCE:4512]]",
    "+ 連絡先 [[PHONE_NUMBER:0Z5-228-44l7]]",
    "- 規格 Z-2040 / B-12 / S-5",
    "- ファイル名 scan_B2024_S0613.pdf",
)
ROWS_AE = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(
        rows=ROWS_AE, seed=20261227, held_out=is_holdout_ae, tag="rae", wrapped_values=True
    )
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
