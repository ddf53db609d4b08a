"""Round AA labelled rows (written 2026-12-04, before any rule change of round AA; every value invented).

Same format as ``dlp_rows_z.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break, ``\\t`` a tab. Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form
``corpora/eval/pii_devholdout_raa.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_raa.jsonl``.

Round AA's layout families: an English ``Pension No.`` / ``Basic pension number`` label in a
｜-table cell; a 4-6 pension number as a whole cell of a header-less TSV roster row; OCR-misread
phone numbers (O/o for 0, l/I for 1) in a form's 電話 field; English month-name birth dates in a
chat reply and in a ``Date of Birth`` table cell; YAML ``kigo:`` / ``bango:`` under an insurance
key; a quoted passport value after a quoted 旅券番号 / passport key in JSON; ``doc_type=`` log lines
naming a driver's licence (never a My Number) or a My Number card. Hard negatives: other ｜-table
numbers, TSV rows of goods, OCR-like product codes, English event dates, YAML of other keys, JSON
of other keys, log lines of other document types.

    python benchmarks/dlp_rows_aa.py   # writes both files
"""

from __future__ import annotations

__all__ = ["ROWS_AA", "is_holdout_aa"]


def is_holdout_aa(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


_LINES = (
    "+ ｜Name｜[[PERSON:Kenji Sato]]｜⏎｜Pension No.｜[[JP_PENSION_NUMBER:4102-538716]]｜",
    "+ ｜Basic pension number｜[[JP_PENSION_NUMBER:2317 604925]]｜",
    "+ ｜項目｜内容｜⏎｜Pension No.｜[[JP_PENSION_NUMBER:5830419276]]｜⏎｜Status｜received｜",
    "+ ｜Pension No｜[[JP_PENSION_NUMBER:6624-107385]]｜Office｜Chiyoda｜",
    "+ ｜Basic Pension Number｜[[JP_PENSION_NUMBER:1098-221473]]｜",
    "+ ｜Pension No.｜[[JP_PENSION_NUMBER:3371 880412]]｜⏎｜Date｜2025-04-01｜",
    "+ ｜basic pension no.｜[[JP_PENSION_NUMBER:7045502813]]｜",
    (
        "+ [[PERSON:中島 浩一]]\\t[[DATE_OF_BIRTH:1972/08/14]]\\t[[JP_POSTAL_CODE:160-0022]]\\t[[JP_ADDRE"
        "SS:東京都新宿区新宿5-3-11]]\\t[[JP_PENSION_NUMBER:4418-203967]]"
    ),
    (
        "+ [[PERSON:森田 里美]]\\t[[DATE_OF_BIRTH:1980-11-02]]\\t[[JP_PENSION_NUMBER:2256-719034]]\\t[[JP_"
        "POSTAL_CODE:812-0011]]\\t[[JP_ADDRESS:福岡県福岡市博多区博多駅前2-7-4]]"
    ),
    (
        "+ [[JP_PENSION_NUMBER:6031-482275]]\\t[[PERSON:岡本 修二]]\\t[[DATE_OF_BIRTH:1958/03/27]]\\t[[JP_"
        "POSTAL_CODE:980-0014]]\\t[[JP_ADDRESS:宮城県仙台市青葉区本町1-9-2]]"
    ),
    (
        "+ [[PERSON:川口 恵]]\\t[[DATE_OF_BIRTH:1991/01/09]]\\t[[JP_POSTAL_CODE:060-0042]]\\t[[JP_ADDRESS:"
        "北海道札幌市中央区大通西7-2-5]]\\t[[JP_PENSION_NUMBER:8127-004591]]"
    ),
    (
        "+ [[PERSON:石田 達也]]\\t[[DATE_OF_BIRTH:1966-06-30]]\\t[[JP_POSTAL_CODE:530-0001]]\\t[[JP_ADDRES"
        "S:大阪府大阪市北区梅田1-4-8]]\\t[[JP_PENSION_NUMBER:3905-661208]]"
    ),
    "+ 電話番号：[[PHONE_NUMBER:O3-59ll-75O5]]",
    "+ 電 話   [[PHONE_NUMBER:O3-4l28-9O66]]",
    "+ 電話 [[PHONE_NUMBER:O9O-l234-8877]]",
    "+ 連絡先電話：[[PHONE_NUMBER:O6-6I42-3O19]]",
    "+ 電　話：[[PHONE_NUMBER:O8O-35I7-2O48]]",
    "+ 氏名 [[PERSON:高田 武]]⏎電 話 [[PHONE_NUMBER:O45-2l3-6o71]]",
    "+ TEL：[[PHONE_NUMBER:O52-9Il-4O03]]",
    "+ 電話番号（自宅） [[PHONE_NUMBER:Oll-56l-2O94]]",
    "+ 携帯電話 [[PHONE_NUMBER:O7O-88l9-43O2]]",
    "+ 電 話 番 号　[[PHONE_NUMBER:O3-3l5O-7742]]",
    (
        "+ Staff: Could you confirm your name and date of birth?⏎Resident: [[PERSON:Yuki Tanaka]], "
        "[[DATE_OF_BIRTH:January 20, 1983]]"
    ),
    (
        "+ Agent: Please confirm your full name and date of birth.⏎Caller: [[PERSON:Hiroshi Mori]], "
        "[[DATE_OF_BIRTH:20 November 2004]]"
    ),
    (
        "+ Staff: For verification, your name and date of birth please.⏎User: It's [[PERSON:Aiko Ueda]],"
        " [[DATE_OF_BIRTH:March 3, 1979]]."
    ),
    (
        "+ Staff: Can I have your name and date of birth?⏎Resident: [[PERSON:Takeshi Ono]]⏎Resident: "
        "[[DATE_OF_BIRTH:July 14, 1990]]"
    ),
    (
        "+ Operator: May I have your name and DOB?⏎Customer: [[PERSON:Naomi Fujii]], [[DATE_OF_BIRTH:5 "
        "September 1968]]"
    ),
    (
        "+ Staff: Please tell me your name and date of birth.⏎Resident: [[PERSON:Daisuke Kato]], born "
        "[[DATE_OF_BIRTH:Feb 11, 1975]]"
    ),
    "+ ｜Date of Birth｜[[DATE_OF_BIRTH:November 20, 2004]]｜",
    "+ ｜Name｜[[PERSON:Emi Nakamura]]｜⏎｜Date of Birth｜[[DATE_OF_BIRTH:20 November 2004]]｜",
    "+ ｜Date of birth｜[[DATE_OF_BIRTH:April 2, 1961]]｜Nationality｜Japan｜",
    "+ ｜DOB｜[[DATE_OF_BIRTH:12 August 1987]]｜",
    "+ ｜Date of Birth｜[[DATE_OF_BIRTH:December 31, 1999]]｜",
    "+ ｜Birth date｜[[DATE_OF_BIRTH:9 May 1953]]｜",
    ('+ insurance:⏎  kigo: "[[JP_HEALTH_INSURANCE:神25]]"⏎  bango: "[[JP_HEALTH_INSURANCE:1047]]"'),
    '+ health_insurance:⏎  kigo: "[[JP_HEALTH_INSURANCE:3310]]"⏎  bango: "[[JP_HEALTH_INSURANCE:58]]"',
    ("+ 保険証:⏎    kigo: '[[JP_HEALTH_INSURANCE:大阪7]]'⏎    bango: '[[JP_HEALTH_INSURANCE:20419]]'"),
    (
        '+ resident:⏎  name: "[[PERSON:山下 和也]]"⏎  insurance:⏎    kigo: "[[JP_HEALTH_INSURANCE:'
        '横浜12]]"⏎    bango: "[[JP_HEALTH_INSURANCE:305]]"'
    ),
    "+ insurance:⏎  kigo: [[JP_HEALTH_INSURANCE:7721]]⏎  bango: [[JP_HEALTH_INSURANCE:14]]",
    (
        '+ health_insurance:⏎  kigo: "[[JP_HEALTH_INSURANCE:札幌4]]"⏎  bango: "[[JP_HEALTH_INSURANCE:'
        '6630]]"⏎  edaban: "[[JP_HEALTH_INSURANCE:01]]"'
    ),
    (
        '+ insurance:⏎  hokensha: "[[JP_HEALTH_INSURANCE:06130017]]"⏎  kigo: "[[JP_HEALTH_INSURANCE:'
        '4402]]"⏎  bango: "[[JP_HEALTH_INSURANCE:91]]"'
    ),
    '+ 保険証:⏎  kigo: "[[JP_HEALTH_INSURANCE:千葉31]]"⏎  bango: "[[JP_HEALTH_INSURANCE:772]]"',
    '+ {"氏名": "[[PERSON:松本 由香]]", "旅券番号": "[[JP_PASSPORT:E81352609]]"}',
    '+ {"旅券番号": "[[JP_PASSPORT:TK4029187]]", "発行日": "2023-05-10"}',
    '+ {"passport": "[[JP_PASSPORT:MZ6610452]]"}',
    '+ "passport_no": "[[JP_PASSPORT:TR1187346]]",',
    '+ {"applicant": {"旅券番号": "[[JP_PASSPORT:RE5520713]]"}}',
    '+ {"passport_number": "[[JP_PASSPORT:TZ3094418]]", "country": "JP"}',
    '+ "旅券番号":"[[JP_PASSPORT:MU2277015]]"',
    "+ 2025-06-03T10:12:44Z INFO verify doc_type=drivers_license doc_no=[[JP_DRIVER_LICENSE:301904527181]]",
    "+ doc_type=drivers_license doc_no=[[JP_DRIVER_LICENSE:441208339067]] result=ok",
    "+ [audit] id_type=driver_license doc_no=[[JP_DRIVER_LICENSE:620811973457]] user=clerk07",
    "+ document_type=drivers_license document_no=[[JP_DRIVER_LICENSE:511706048230]]",
    "+ level=info doc=運転免許証 doc_no=[[JP_DRIVER_LICENSE:282309175641]] status=verified",
    "+ doc_type=drivers_license doc_no=[[JP_DRIVER_LICENSE:304518826613]]",
    "+ event=kyc doc_type=driver_license doc_no=[[JP_DRIVER_LICENSE:731102409811]]",
    "+ id_type=drivers_license id_no=[[JP_DRIVER_LICENSE:831506214709]] ok",
    "+ doc_type=my_number_card doc_no=[[JP_MY_NUMBER:123456789018]] result=ok",
    "+ [audit] doc_type=my_number_card doc_no=[[JP_MY_NUMBER:301904527181]]",
    "+ ｜Pension No.｜[[JP_PENSION_NUMBER:9021-334867]]｜",
    (
        "+ [[PERSON:西村 智子]]\\t[[DATE_OF_BIRTH:1975/12/05]]\\t[[JP_POSTAL_CODE:730-0011]]\\t[[JP_ADDRE"
        "SS:広島県広島市中区基町10-3]]\\t[[JP_PENSION_NUMBER:5172-390844]]"
    ),
    "+ 電話：[[PHONE_NUMBER:O3-62l9-O5I4]]",
    "+ ｜Date of Birth｜[[DATE_OF_BIRTH:June 7, 1994]]｜",
    '+ insurance:⏎  kigo: "[[JP_HEALTH_INSURANCE:京9]]"⏎  bango: "[[JP_HEALTH_INSURANCE:1188]]"',
    "- ｜Order No.｜4102-538716｜",
    "- ｜Invoice No.｜2317 604925｜",
    "- ｜Ticket No.｜5830419276｜",
    "- ｜Pension fund｜Tokyo｜⏎｜Total｜1098-221473 yen｜",
    "- ｜Policy No.｜3371 880412｜",
    "- A-101\\t2025/08/14\\t160-0022\\t東京倉庫\\t4418-203967",
    "- 部品B\\t2025-11-02\\t2256-719034\\t在庫 12\\t棚 3",
    "- SKU\\t6031-482275\\t1,200\\t2025/03/27",
    "- 型番：O3-59ll-75O5",
    "- 製品コード Ol-2345-67O8",
    "- 品番 O9O-l234-8877（在庫あり）",
    "- 電話受付時間 9:00-17:00",
    "- 電話で連絡済み。伝票番号 4O1-23l",
    "- Staff: Could you confirm the date of the event?⏎Resident: The festival, January 20, 2025",
    "- Agent: When did you move in?⏎Caller: On 20 November 2024",
    "- Staff: Please confirm your name and date of birth.⏎Resident: Sorry, I need to check my card.",
    "- ｜Date of Issue｜November 20, 2024｜",
    "- ｜Date of Expiry｜20 November 2034｜",
    "- ｜Meeting date｜April 2, 2025｜",
    "- ｜Received｜December 31, 2024｜",
    '- server:⏎  kigo: "A25"⏎  bango: "1047"',
    '- insurance:⏎  premium: "3310"⏎  term: "12"',
    '- config:⏎  port: "8080"⏎  retries: "3"',
    '- vehicle:⏎  kigo: "品川"⏎  bango: "3015"',
    '- {"申請番号": "E81352609", "受付日": "2025-05-10"}',
    '- {"order_id": "TK4029187"}',
    '- {"旅券番号": "未取得"}',
    '- "passport_photo": "img_20250510.jpg",',
    "- doc_type=invoice doc_no=301904527181 result=ok",
    "- doc_type=receipt doc_no=441208339067",
    "- job_id=620811973457 status=done",
    "- request_id=511706048230 doc=見積書",
    "- doc_type=drivers_license doc_no=missing result=error",
    "- 第3条 運転免許証の番号は、公安委員会が定める。",
    "- 国民年金法第14条 基礎年金番号は、厚生労働大臣が定める。",
)
ROWS_AA = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(
        rows=ROWS_AA, seed=20261223, held_out=is_holdout_aa, tag="raa", wrapped_values=True
    )
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
