"""Round AB labelled rows (written 2026-12-04, before any rule change of round AB; every value invented).

Same format as ``dlp_rows_aa.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rab.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rab.jsonl``.

Round AB's layout families: abbreviated pension labels (基年, 基年番号, 基礎年金No); a pension label,
a bracketed note line (（10桁）) and the value on the next line; a hand-over bullet list whose first
line names 基礎年金番号 and later bullets hold a name and a 10-digit run; the memo label 免 / 免許
before a 12-digit licence among other memo labels; YAML ``id_document:`` blocks with
``type: driver_license``; fixed-width rosters with a licence column (every row); a ゆうちょ header
with tab-separated 記号 / 番号 columns and the values on the next line; box-drawing insurance tables
(│記号│…│ rows); a 10-digit unseparated phone after a contact phrase in an SMS; an OCR'd header line
with 生年月日 and 郵便番号 and one value line below. Hard negatives: the same layouts with other
labels or values that are order numbers, IDs or amounts.

    python benchmarks/dlp_rows_ab.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AB", "is_holdout_ab"]


def is_holdout_ab(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


_LINES = (
    "+ 基年：[[JP_PENSION_NUMBER:4821-307165]]",
    "+ 基年番号 [[JP_PENSION_NUMBER:6130942278]]",
    "+ 基礎年金No. [[JP_PENSION_NUMBER:2294-615083]]",
    "+ 氏名 [[PERSON:平野 優]]　基年 [[JP_PENSION_NUMBER:7350218849]]",
    "+ 基年No：[[JP_PENSION_NUMBER:3018-774512]]",
    "+ 基礎年金NO [[JP_PENSION_NUMBER:5542106937]]",
    "+ メモ）基年番号=[[JP_PENSION_NUMBER:1407-882356]]",
    "+ 基礎年金番号⏎（10桁）⏎[[JP_PENSION_NUMBER:8263015497]]",
    "+ 基礎年金番号⏎（ハイフンなし10桁）⏎[[JP_PENSION_NUMBER:4410978325]]",
    "+ 年金番号⏎(4桁-6桁)⏎[[JP_PENSION_NUMBER:2875 104639]]",
    "+ 基礎年金番号：⏎（本人分）⏎[[JP_PENSION_NUMBER:6091-352817]]",
    "+ 基礎年金番号⏎（10桁）⏎⏎[[JP_PENSION_NUMBER:3306 719248]]",
    "+ 基礎年金番号⏎【10桁】⏎[[JP_PENSION_NUMBER:9157402366]]",
    (
        "+ 引継ぎ（基礎年金番号の確認待ち）⏎・[[PERSON:山本 一郎]] [[JP_PENSION_NUMBER:4203187795]]⏎"
        "・[[PERSON:佐々木 花]] [[JP_PENSION_NUMBER:7714206583]]"
    ),
    (
        "+ 【引継】基礎年金番号 未登録者⏎- [[PERSON:加藤 聡]]：[[JP_PENSION_NUMBER:5530198274]]⏎"
        "- [[PERSON:吉田 真紀]]：[[JP_PENSION_NUMBER:2019487365]]"
    ),
    (
        "+ 申し送り⏎・基礎年金番号の照合が必要な方⏎・[[PERSON:石川 亮]]　[[JP_PENSION_NUMBER:6687301249]]⏎"
        "・[[PERSON:松田 恵子]]　[[JP_PENSION_NUMBER:3142759068]]"
    ),
    ("+ ◆基礎年金番号 転記漏れ⏎・[[PERSON:中村 翔]] [[JP_PENSION_NUMBER:8805216437]]（未入力）"),
    "+ 免 [[JP_DRIVER_LICENSE:302145678912]]",
    "+ MN 済⏎免 [[JP_DRIVER_LICENSE:451907823364]]⏎携 [[PHONE_NUMBER:090-3318-2276]]",
    "+ 生 [[DATE_OF_BIRTH:S52.4.18]]⏎〒 [[JP_POSTAL_CODE:338-0001]]⏎免 [[JP_DRIVER_LICENSE:621804493017]]",
    "+ 免許 [[JP_DRIVER_LICENSE:530612874409]]",
    "+ 免：[[JP_DRIVER_LICENSE:281703659921]]",
    (
        "+ 〒[[JP_POSTAL_CODE:460-0008]]⏎免許：[[JP_DRIVER_LICENSE:442015397608]]⏎"
        "携：[[PHONE_NUMBER:080-5521-9034]]"
    ),
    "+ 免 [[JP_DRIVER_LICENSE:3021 4419 8860]]",
    ('+ id_document:⏎  type: driver_license⏎  number: "[[JP_DRIVER_LICENSE:301507826614]]"'),
    ('+ document:⏎  type: 運転免許証⏎  number: "[[JP_DRIVER_LICENSE:552109347718]]"⏎  expires: 2029-03-01'),
    (
        '+ applicant:⏎  name: "[[PERSON:内田 健]]"⏎  id_document:⏎    type: drivers_license⏎'
        '    number: "[[JP_DRIVER_LICENSE:640318927705]]"'
    ),
    "+ id_document:⏎  number: '[[JP_DRIVER_LICENSE:281104563390]]'⏎  type: driver_license",
    "+ document:⏎  type: driver_license⏎  number: [[JP_DRIVER_LICENSE:731620458812]]",
    (
        "+ 氏名        免許証番号      交付日⏎[[PERSON:田村 亘]]      [[JP_DRIVER_LICENSE:304412876651]]"
        "    2022-05-01⏎[[PERSON:小野 純]]      [[JP_DRIVER_LICENSE:512209835574]]    2023-11-20"
    ),
    (
        "+ No  氏名          運転免許証番号⏎01  [[PERSON:池田 勇]]      [[JP_DRIVER_LICENSE:621507934418]]⏎"
        "02  [[PERSON:森 陽子]]      [[JP_DRIVER_LICENSE:440812673305]]⏎03  [[PERSON:原 大輔]]"
        "      [[JP_DRIVER_LICENSE:302619548871]]"
    ),
    (
        "+ 社員番号  氏名        免許番号        有効期限⏎E1021     [[PERSON:藤田 剛]]  "
        "[[JP_DRIVER_LICENSE:551408267793]]  2027-08-15⏎E1022     [[PERSON:岡田 茜]]  "
        "[[JP_DRIVER_LICENSE:283011596624]]  2026-12-01"
    ),
    ("+ ゆうちょ銀行\\t記号\\t番号⏎\\t[[JP_BANK_ACCOUNT:10480]]\\t[[JP_BANK_ACCOUNT:52718836]]"),
    ("+ 振込先 ゆうちょ\\t記号\\t番号⏎\\t\\t[[JP_BANK_ACCOUNT:13120]]\\t[[JP_BANK_ACCOUNT:8842017]]"),
    ("+ ゆうちょ銀行 通常貯金\\t記号\\t番号⏎\\t[[JP_BANK_ACCOUNT:17350]]\\t[[JP_BANK_ACCOUNT:40912661]]"),
    (
        "+ ゆうちょ\\t記号\\t番号\\t名義⏎\\t[[JP_BANK_ACCOUNT:14070]]\\t[[JP_BANK_ACCOUNT:3365019]]"
        "\\tヤマダ タロウ"
    ),
    "+ 口座（ゆうちょ）\\t記号\\t番号⏎\\t[[JP_BANK_ACCOUNT:10180]]\\t[[JP_BANK_ACCOUNT:91027745]]",
    (
        "+ ┌────────┬──────────┐⏎│保険者番号│[[JP_HEALTH_INSURANCE:06137025]]│⏎├────────┼──────────┤⏎"
        "│記号　　│[[JP_HEALTH_INSURANCE:4418]]│⏎├────────┼──────────┤⏎"
        "│番号　　│[[JP_HEALTH_INSURANCE:207]]│⏎"
        "└────────┴──────────┘"
    ),
    (
        "+ │保険者番号│[[JP_HEALTH_INSURANCE:01130459]]│⏎├──────┼──────┤⏎"
        "│記号│[[JP_HEALTH_INSURANCE:東京12]]│⏎"
        "├──────┼──────┤⏎│番号│[[JP_HEALTH_INSURANCE:3305]]│⏎├──────┼──────┤⏎│枝番│[[JP_HEALTH_INSURANCE:02]]│"
    ),
    (
        "+ │記号│[[JP_HEALTH_INSURANCE:7021]]│⏎├────┼────┤⏎│番号│[[JP_HEALTH_INSURANCE:58]]│⏎├────┼────┤⏎"
        "│枝番│[[JP_HEALTH_INSURANCE:00]]│"
    ),
    (
        "+ ┌──────┬────────┐⏎│保険者番号│[[JP_HEALTH_INSURANCE:32140018]]│⏎├──────┼────────┤⏎│記号│"
        "[[JP_HEALTH_INSURANCE:大阪5]]│⏎├──────┼────────┤⏎│番号│[[JP_HEALTH_INSURANCE:1120]]│⏎"
        "└──────┴────────┘"
    ),
    (
        "+ │ 保険者番号 │ [[JP_HEALTH_INSURANCE:06271183]] │⏎├──────┼──────┤⏎│ 記号 │ "
        "[[JP_HEALTH_INSURANCE:3390]] │⏎├──────┼──────┤⏎│ 番号 │ [[JP_HEALTH_INSURANCE:714]] │"
    ),
    "+ 【市役所】手続き内容の変更は[[PHONE_NUMBER:0452218830]]へご連絡ください。",
    "+ ご不明点のお問い合わせは[[PHONE_NUMBER:0669412075]]まで。",
    "+ 予約の変更は担当（[[PHONE_NUMBER:0312345098]]）へお電話ください",
    "+ 連絡は[[PHONE_NUMBER:0782201469]]まで（平日9-17時）",
    "+ SMS：ご来庁日時の変更は [[PHONE_NUMBER:0223307716]] へ",
    "+ お問い合わせは [[PHONE_NUMBER:0529618843]] （健康課）まで",
    "+ 至急の連絡は[[PHONE_NUMBER:0962883014]]までお願いします",
    (
        "+ 生年月日　　　　　　郵便番号⏎⏎⏎[[DATE_OF_BIRTH:平成 2 年 1 月 1 日]]　　　"
        "[[JP_POSTAL_CODE:330-0063]]"
    ),
    (
        "+ 生 年 月 日        郵 便 番 号⏎⏎[[DATE_OF_BIRTH:昭和 48 年 11 月 30 日]]      "
        "[[JP_POSTAL_CODE:812-0044]]"
    ),
    (
        "+ 生年月日          郵便番号⏎⏎⏎⏎[[DATE_OF_BIRTH:平成 11 年 7 月 9 日]]          "
        "[[JP_POSTAL_CODE:060-0806]]"
    ),
    (
        "+ 氏名 [[PERSON:清水 浩]]⏎生年月日　　　　郵便番号⏎⏎[[DATE_OF_BIRTH:昭和 39 年 3 月 22 日]]　　"
        "[[JP_POSTAL_CODE:920-0853]]"
    ),
    ("+ 生年月日            郵便番号⏎⏎[[DATE_OF_BIRTH:令和 3 年 5 月 14 日]]    [[JP_POSTAL_CODE:700-0024]]"),
    "+ 基年番号：[[JP_PENSION_NUMBER:5061 248837]]",
    "+ 基礎年金番号⏎（10桁）⏎[[JP_PENSION_NUMBER:1268 540973]]",
    "+ 免 [[JP_DRIVER_LICENSE:612503387740]]⏎MN 未",
    ("+ ゆうちょ\\t記号\\t番号⏎\\t[[JP_BANK_ACCOUNT:16310]]\\t[[JP_BANK_ACCOUNT:7720148]]"),
    ("+ │記号│[[JP_HEALTH_INSURANCE:5502]]│⏎├───┼───┤⏎│番号│[[JP_HEALTH_INSURANCE:31]]│"),
    "+ 日程の変更は[[PHONE_NUMBER:0474410382]]へ",
    "- 基年度 2025　予算 4821307165円",
    "- 基準年 2024 番号 6130942278",
    "- 基礎年金の概要（10ページ）⏎4821307165",
    "- 受付番号⏎（10桁）⏎4203187795",
    "- 注文番号⏎（半角10桁）⏎7714206583",
    ("- 引継ぎ（注文番号の確認）⏎・山本 一郎 4203187795⏎・佐々木 花 7714206583"),
    ("- 申し送り⏎・基礎年金番号は不要⏎・受付番号のみ記録⏎・山本 一郎 R-2201"),
    "- 【引継】伝票番号一覧⏎- 加藤 聡：5530198274⏎- 吉田 真紀：2019487365",
    "- 免責事項 302145678912 件",
    "- 在庫 免税品 451907823364",
    "- 伝票 621804493017⏎〒 338-0001",
    ('- document:⏎  type: invoice⏎  number: "301507826614"'),
    '- id_document:⏎  type: health_card⏎  number: "552109347718"',
    (
        "- 品名          品番            入荷日⏎ボルト        304412876651    2022-05-01⏎ナット        "
        "512209835574    2023-11-20"
    ),
    ("- No  氏名          社員番号⏎01  池田 勇      621507934418⏎02  森 陽子      440812673305"),
    "- 会員区分\\t記号\\t番号⏎\\t10480\\t52718836",
    "- 商品\\t記号\\t番号⏎\\tA\\t3365019",
    ("- │品名│ボルト│⏎├───┼───┤⏎│記号│M8│⏎├───┼───┤⏎│番号│2207│"),
    ("- │会議室│3A│⏎├───┼───┤⏎│記号│B│⏎├───┼───┤⏎│番号│14│"),
    "- ご注文番号は0452218830です。変更は窓口へ",
    "- 受付ID 0669412075 のお問い合わせは窓口まで",
    "- 連絡は担当まで。整理番号0312345098",
    "- お問い合わせ番号：0782201469",
    "- 変更は会員番号0223307716でログイン後に",
    "- 交付日            有効期限⏎⏎平成 30 年 4 月 1 日      令和 5 年 4 月 1 日",
    "- 申請日            受付番号⏎⏎令和 6 年 2 月 3 日      330-0063",
    "- 第5条 基礎年金番号（10桁）は、機構が付番する。",
    "- 契約年 2023 基年 2024 改定",
    "- 至急の連絡は担当まで。金額 1200000000円",
)
ROWS_AB = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(
        rows=ROWS_AB, seed=20261224, held_out=is_holdout_ab, tag="rab", wrapped_values=True
    )
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
