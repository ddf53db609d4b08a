"""Round AF labelled rows (written 2026-12-04, before any rule change of round AF; every value invented).

Same format as ``dlp_rows_ae.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_raf.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_raf.jsonl``.

Round AF's layout families: range end dates and English move-in dates near a birth date or a
residence card (negatives); memo bullets ``・生 S46.11.5``; JSON objects with ``insurer_no`` and
``symbol`` / ``number`` / ``branch`` keys; pipe exports whose header declares a romaji field order;
person blocks under an item-order line; ``確認書類：運転免許証 番号 …``; an employer's 事業所記号.

    python benchmarks/dlp_rows_af.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AF", "is_holdout_af"]


def is_holdout_af(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


_LINES = (
    "+ 生年月日：[[DATE_OF_BIRTH:1984年2月7日]]⏎派遣期間 2025年4月18日〜2025年7月9日",
    "+ 生年月日 [[DATE_OF_BIRTH:1971/10/03]]⏎療養期間：2025/01/06〜2025/03/31",
    "+ 生年月日：[[DATE_OF_BIRTH:平成2年8月30日]]⏎契約期間 令和7年4月1日～令和8年3月31日",
    "+ 生年月日 [[DATE_OF_BIRTH:1966年12月1日]]⏎休職期間：2024年11月5日 - 2025年2月28日",
    "+ 生年月日：[[DATE_OF_BIRTH:1993.05.14]]⏎研修期間 2025.06.02〜2025.06.27",
    "+ 在留カード番号 [[JP_RESIDENCE_CARD:EK48201937AB]]. He moved to Sapporo on 2024/05/12.",
    "+ Residence card [[JP_RESIDENCE_CARD:TR70316628CD]]; living in Osaka since 2019-08-01.",
    "+ She moved to Kobe on 12 March 2023 (card [[JP_RESIDENCE_CARD:KP55012846EF]]).",
    "- 期間 2025年4月18日〜2025年7月9日（派遣）",
    "- 療養期間：2025年2月3日〜2025年3月14日",
    "+ メモ⏎・生 [[DATE_OF_BIRTH:S46.11.5]]⏎・住所変更あり",
    "+ ・生　[[DATE_OF_BIRTH:H3.2.19]]",
    "+ 面談メモ⏎・氏名 [[PERSON:山口 直樹]]⏎・生 [[DATE_OF_BIRTH:S58.7.22]]",
    "+ ・生 [[DATE_OF_BIRTH:R2.4.1]]（長男）",
    "- ・生 S46.11.5 改正分を反映",
    "- ・生産 H3.2.19 ロット",
    (
        '+ {"insurer_no": "[[JP_HEALTH_INSURANCE:06130012]]", "symbol": "[[JP_HEALTH_INSU'
        'RANCE:4102]]", "number": "[[JP_HEALTH_INSURANCE:377]]"}'
    ),
    (
        '+ {"insurer_no":"[[JP_HEALTH_INSURANCE:32140017]]","symbol":"[[JP_HEALTH_INSURAN'
        'CE:12-7]]","number":"[[JP_HEALTH_INSURANCE:1048]]","branch":"[[JP_HEALTH_INSURAN'
        'CE:02]]"}'
    ),
    (
        '+ {"name": "[[PERSON:Sato Ken]]", "insurance": {"insurer_no": "[[JP_HEALTH_INSUR'
        'ANCE:138057]]", "symbol": "[[JP_HEALTH_INSURANCE:あ5]]", "number": "[[JP_HEALTH_I'
        'NSURANCE:2210]]"}}'
    ),
    (
        '+ {"insurer_no": "[[JP_HEALTH_INSURANCE:01270039]]", "number": "[[JP_HEALTH_INSU'
        'RANCE:5521]]", "branch": "[[JP_HEALTH_INSURANCE:01]]"}'
    ),
    '- {"item": "bolt", "symbol": "M8", "number": "4102", "branch": "03"}',
    '- {"route": "A", "number": "377", "symbol": "12-7", "branch": "02"}',
    (
        "+ (fixed order: date|type|kana|kiso|koza|status)⏎2025-03-04|新規|ヤマダ タロウ|[[JP_PENS"
        "ION_NUMBER:4120-883417]]|[[JP_BANK_ACCOUNT:1234567]]|済"
    ),
    (
        "+ 出力形式 (fixed order: date|kana|kiso|koza)⏎2025-01-20|スズキ ハナ|[[JP_PENSION_NUMBER:"
        "5301227746]]|[[JP_BANK_ACCOUNT:7654321]]⏎2025-01-21|タナカ イチ|[[JP_PENSION_NUMBER:6"
        "620-114385]]|[[JP_BANK_ACCOUNT:0042187]]"
    ),
    (
        "+ (field order: kana|seinengappi|kiso)⏎オオタ ミキ|[[DATE_OF_BIRTH:1988-09-17]]|[[JP_"
        "PENSION_NUMBER:7720-331904]]"
    ),
    "+ (order: type|kojin_bango|koza)⏎変更|[[JP_MY_NUMBER:526018159084]]|[[JP_BANK_ACCOUNT:3310287]]",
    "- (fixed order: date|type|code|qty|lot|status)⏎2025-03-04|入庫|A-1|4120883417|1234567|済",
    "- (fixed order: date|slip|amount)⏎2025-01-20|5301227746|7654321",
    (
        "+ 項目順：氏名／個人番号／基礎年金番号（2人目は生年月日も）⏎─────⏎1人目⏎[[PERSON:木村 恵]]⏎"
        "[[JP_MY_NUMBER:301661318600]]⏎[[JP_PENSION_NUMBER:2210-447130]]⏎─────⏎2人目⏎[[PERSON:木村 翔]]⏎"
        "[[JP_MY_NUMBER:913909960300]]⏎[[JP_PENSION_NUMBER:2210-447188]]⏎[[DATE_OF_BIRTH:2003年6月11日]]"
    ),
    (
        "+ 項目順：氏名／基礎年金番号⏎─────⏎1人目⏎[[PERSON:石田 涼]]⏎[[JP_PENSION_NUMBER:3318204577]]⏎"
        "─────⏎2人目⏎[[PERSON:石田 舞]]⏎[[JP_PENSION_NUMBER:3318204599]]"
    ),
    (
        "+ 項目順：個人番号／運転免許証番号⏎──────⏎1人目⏎[[JP_MY_NUMBER:824628194826]]⏎"
        "[[JP_DRIVER_LICENSE:451803377120]]⏎──────⏎2人目⏎[[JP_MY_NUMBER:199351819090]]⏎"
        "[[JP_DRIVER_LICENSE:302418775502]]"
    ),
    (
        "+ 項目順：氏名／電話番号（1人目は生年月日も）⏎─────⏎1人目⏎[[PERSON:原 悠]]⏎"
        "[[PHONE_NUMBER:090-2231-7785]]⏎[[DATE_OF_BIRTH:1979/01/30]]⏎─────⏎2人目⏎[[PERSON:原 蒼]]⏎"
        "[[PHONE_NUMBER:080-6612-0094]]"
    ),
    "- 項目順：品名／伝票番号／納品日⏎─────⏎1件目⏎用紙⏎301661318600⏎2025年6月11日",
    "- 項目順：会議名／整理番号⏎─────⏎1人目⏎定例会⏎3318204577",
    "+ 確認書類：運転免許証　番号 [[JP_DRIVER_LICENSE:378657975438]]",
    "+ 確認書類：運転免許証 番号：[[JP_DRIVER_LICENSE:231948757496]]",
    "+ 本人確認書類　運転免許証（番号 [[JP_DRIVER_LICENSE:118625276013]]）",
    "+ 確認書類: 運転免許証、番号 [[JP_DRIVER_LICENSE:895559797119]]",
    "+ 確認書類：個人番号カード　番号 [[JP_MY_NUMBER:471049746507]]",
    "- 確認書類：運転免許証　受付番号 752917034232",
    "- 確認書類：運転免許証（写し）　整理番号 667127684264",
    "- 健康保険組合 事業所記号：237",
    "- 〇〇健康保険組合　事業所記号 4102　事業所番号 00815",
    "- 協会けんぽ 事業所記号：12-ア 事業所番号：331",
    (
        "+ 健康保険組合 事業所記号：551⏎被保険者証 記号 [[JP_HEALTH_INSUR"
        "ANCE:7730]] 番号 [[JP_HEALTH_INSURANCE:41]]"
    ),
    (
        "+ 保険証の記号 [[JP_HEALTH_INSURANCE:2201]] 番号 [[JP"
        "_HEALTH_INSURANCE:18]]（事業所記号 990 は記載不要）"
    ),
    "- 事業所記号 237 / 事業所番号 1198",
    (
        "+ 生年月日：[[DATE_OF_BIRTH:1990年1月12日]]⏎雇用期間：2024"
        "年4月1日～2025年3月31日⏎電話 [[PHONE_NUMBER:03-5521-77"
        "84]]"
    ),
    "- 在職期間 1998年4月1日〜2025年3月31日",
    "+ Since 2020-04-01 he has lived at the address; card no. [[JP_RESIDENCE_CARD:AB12041937ZZ]]",
    "+ Date of birth: [[DATE_OF_BIRTH:1985-07-19]]. Moved to Japan on 2015-04-02.",
    "+ 生 [[DATE_OF_BIRTH:S50.3.8]] ／ 年金 [[JP_PENSION_NUMBER:1120-556734]]",
    "- ・生協 S46.11 加入",
    (
        '+ {"insurer_no": "[[JP_HEALTH_INSURANCE:39131019]]", "symbol": "[[JP_HEALTH_INSU'
        'RANCE:101]]", "number": "[[JP_HEALTH_INSURANCE:7]]"}'
    ),
    '- {"shop_no": "1019", "symbol": "101", "number": "7"}',
    (
        "+ (fixed order: kana|koza|kiso)⏎ハヤシ ジュン|[[JP_"
        "BANK_ACCOUNT:2210734]]|[[JP_PENSION_NUMBER:88"
        "30-117204]]"
    ),
    "- 項目順：氏名／個人番号⏎（記入例は別紙）",
    "+ 確認書類：運転免許証　番号 [[JP_DRIVER_LICENSE:846563212230]]　有効期限 2028年5月1日",
    "- 確認書類：運転免許証　番号は控えない",
    "+ 事業所記号 237⏎記号 [[JP_HEALTH_INSURANCE:1530]] 番号 [[JP_HEALTH_INSURANCE:72]]",
    "- 休業期間：2025年8月1日〜2025年8月31日（生年月日の記載なし）",
)
ROWS_AF = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(
        rows=ROWS_AF, seed=20261228, held_out=is_holdout_af, tag="raf", wrapped_values=True
    )
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
