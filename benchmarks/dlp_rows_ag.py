"""Round AG labelled rows (written 2026-12-04, before any rule change of round AG; every value invented).

Same format as ``dlp_rows_af.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_rag.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rag.jsonl``.

Round AG's layout families: health-insurance 記号 / 番号 written with arrows, JSON / XML insurer keys,
a care-insurance number in English text or under ``insured_no``; ゆうちょ 記号番号 joined, bracketed
店番-口座番号 labels, account corrections, a staff roster with an account column; birth dates in
Spanish / Portuguese / Nepali text, bracketed label qualifiers, a selected era mark, identity-check
lines; specimen blocks, example ranges, explicit denials, short number lists; passports in
Portuguese / Spanish text, ``Passport (BR):``, YAML ``passport:``, a bracketed ``(X, country)``.

    python benchmarks/dlp_rows_ag.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AG", "is_holdout_ag"]


def is_holdout_ag(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


_LINES = (
    # 1. health insurance in other notations
    "+ 保険証 記号→[[JP_HEALTH_INSURANCE:1203]]、番号→[[JP_HEALTH_INSURANCE:45]]",
    "+ 被保険者証の記号→[[JP_HEALTH_INSURANCE:あい7]]　番号→[[JP_HEALTH_INSURANCE:102]]",
    "+ 健康保険証：記号 → [[JP_HEALTH_INSURANCE:8841]] / 番号 → [[JP_HEALTH_INSURANCE:9]]",
    "- 部品表 記号→B4、番号→17（ボルト）",
    "+ 記号→[[JP_HEALTH_INSURANCE:3307]]⏎番号→[[JP_HEALTH_INSURANCE:218]]⏎（保険証の表面）",
    (
        '+ {"insurance": {"insurer": "[[JP_HEALTH_INSURANCE:01130024]]", "symbol": "[[JP_HEALTH_'
        'INSURANCE:5510]]", "number": "[[JP_HEALTH_INSURANCE:23]]"}}'
    ),
    (
        "+ <insurance><insurer>[[JP_HEALTH_INSURANCE:06271144]]</insurer><symbol>[[JP_HEALTH_"
        "INSURANCE:71]]</symbol><number>[[JP_HEALTH_INSURANCE:4406]]</number></insurance>"
    ),
    (
        "+ <insurer>[[JP_HEALTH_INSURANCE:138214]]</insurer>⏎<symbol>[[JP_HEALTH_INSURANCE:"
        "さ3]]</symbol>⏎<number>[[JP_HEALTH_INSURANCE:88]]</number>"
    ),
    "- <part><symbol>M6</symbol><number>120</number></part>",
    '- {"store": {"symbol": "K2", "number": "58"}}',
    "+ Her long-term care insurance number is [[JP_HEALTH_INSURANCE:0000123456]].",
    "+ The long-term care insurance number: [[JP_HEALTH_INSURANCE:0000381207]] (issued by the city).",
    '+ {"insured_no": "[[JP_HEALTH_INSURANCE:0000457712]]", "care_level": "2"}',
    "+ 介護保険⏎insured_no: [[JP_HEALTH_INSURANCE:0001902234]]",
    "- Order number is 0000123456 (long-term storage).",
    '- {"invoice_no": "0000457712", "qty": 3}',
    # 2. bank accounts
    "+ ゆうちょ銀行 記号番号 [[JP_BANK_ACCOUNT:10170-12345671]]",
    "+ 振込先 記号番号：[[JP_BANK_ACCOUNT:14020-88412301]]（ゆうちょ）",
    "+ 記号番号 [[JP_BANK_ACCOUNT:13160-5520183]] 名義 カ）サクラ",
    "- 商品記号番号 30120-55012018 在庫あり",
    "+ 振込先 [[JP_BANK_ACCOUNT:123-4567890]]（店番-口座番号）",
    "+ [[JP_BANK_ACCOUNT:071-0048213]]（店番‐口座番号）に変更",
    "- 内線 123-4567（部署番号-内線番号）",
    "+ 口座番号の訂正：届出の番号 [[JP_BANK_ACCOUNT:1234567]] ではなく [[JP_BANK_ACCOUNT:1234576]] です。",
    (
        "+ 振込口座について、届出の番号 [[JP_BANK_ACCOUNT:3308812]] ではなく "
        "[[JP_BANK_ACCOUNT:3308821]] でした。"
    ),
    "- 受付番号の訂正：届出の番号 1234567 ではなく 1234576 です。",
    "+ 職員番号 氏名 銀行 支店 口座⏎10234 [[PERSON:森 健一]] みずほ 新宿 [[JP_BANK_ACCOUNT:1203344]]",
    (
        "+ 職員番号\\t氏名\\t銀行\\t支店\\t口座⏎20517\\t[[PERSON:石井 聡]]\\tりそな\\t梅田\\t[[JP_BANK_"
        "ACCOUNT:5510928]]⏎20518\\t[[PERSON:石井 花]]\\tりそな\\t梅田\\t[[JP_BANK_ACCOUNT:5510936]]"
    ),
    "- 職員番号 所属 内線⏎1023344 総務 4410",
    # 3. dates of birth in other languages and layouts
    "+ Su fecha de nacimiento es el [[DATE_OF_BIRTH:23 de junio de 1984]].",
    "+ Fecha de nacimiento: [[DATE_OF_BIRTH:3 de marzo de 1990]]",
    "- El contrato se firmó el 12 de junio de 2024.",
    "+ Ela nasceu em [[DATE_OF_BIRTH:14/08/1992]] em Recife.",
    "+ Meu filho nasceu em [[DATE_OF_BIRTH:02/11/2016]].",
    "- Ela chegou em 14/08/2024 ao Japão.",
    "+ मेरो जन्म मिति [[DATE_OF_BIRTH:1988-07-21]] हो।",
    "+ जन्म मिति: [[DATE_OF_BIRTH:1995/03/09]]",
    "+ 生年月日（児童）[[DATE_OF_BIRTH:12-Jun-2015]]",
    "+ 生年月日（申請者） [[DATE_OF_BIRTH:03-Feb-1979]]",
    "+ 生年月日　明・大・㊐・平　[[DATE_OF_BIRTH:52年 7月 19日]]",
    "+ 明・大・(昭)・平 [[DATE_OF_BIRTH:40年 1月 5日]]",
    "- 明・大・昭・平　年　月　日（該当に○）",
    "+ 本人確認: 氏名・生年月日 → [[PERSON:Tanaka Yumi]] / [[DATE_OF_BIRTH:1991-04-23]]",
    "+ 本人確認：氏名・生年月日→[[PERSON:佐野 亮]]／[[DATE_OF_BIRTH:1983-12-02]]",
    "- 本人確認: 書類・受付日 → 運転免許証 / 2025-06-01",
    # 4. precision
    "- テスト用ダミーデータ⏎電話 090-1234-5678⏎生年月日 1990/01/01⏎口座 1234567",
    "- 以下は架空のデータです。個人番号 123456789018、電話 03-1111-2222",
    "- 例えば2015年4月2日～2016年4月1日生まれの児童が対象です。",
    "+ 生年月日 [[DATE_OF_BIRTH:2015年6月3日]]（児童）",
    "- 0120-44-8812 は受付番号であり、電話番号ではありません。",
    "+ 電話番号 [[PHONE_NUMBER:03-5512-8890]]（平日のみ）",
    "- 受検番号 1203 4411 5872 6630 の方は合格です。",
    "- 合格者：3012 4418 5520 6631 7702",
    "+ 個人番号 [[JP_MY_NUMBER:526018159084]]",
    # 5. passports
    "+ Meu passaporte brasileiro é [[JP_PASSPORT:FZ123456]].",
    "+ Mi pasaporte mexicano es [[JP_PASSPORT:G12345678]].",
    "- Meu passaporte está vencido desde 2023.",
    "+ Passport (BR): [[JP_PASSPORT:YB654321]]",
    "+ Passport (PH): [[JP_PASSPORT:P4412087A]]",
    "+ name: Nguyen An⏎passport: [[JP_PASSPORT:12345678]]",
    "+ passport: [[JP_PASSPORT:204418823]]",
    "- port: 12345678",
    "+ I brought my husband's passport ([[JP_PASSPORT:C1234567]], Vietnam).",
    "- Mi pasaporte es nuevo y el vuelo es IB6841.",
)
ROWS_AG = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AG, seed=20261229, held_out=is_holdout_ag, tag="rag")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
