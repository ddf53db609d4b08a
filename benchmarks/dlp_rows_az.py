"""Round AZ labelled rows (written 2026-12-05, before any rule change of round AZ; every value invented).

Same format as ``dlp_rows_at.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_raz.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_raz.jsonl``.

Round AZ covers six miss categories in new wordings, languages and layouts: (1) a label with a
parenthesised qualifier before its value (生年月日（西暦）, 電話（日中）, Date of birth (dd/mm/yyyy));
(2) abbreviated insurance labels (被保番号, 被保険者No., 保険証番号) under 介護保険 / 後期高齢 context;
(3) dates of death and cremation, which are no birth dates (a deceased's birth label stays a birth
date); (4) a postal code in parentheses right after an address, without 〒; (5) a residence-card
number written with blanks between its parts; (6) a passport number of seven digits, only labelled.
Negatives: the same shapes under non-personal labels.

    python benchmarks/dlp_rows_az.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AZ", "is_holdout_az"]


def is_holdout_az(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. a parenthesised qualifier between label and value
    "+ 母親教室 参加申込⏎生年月日（西暦）: [[DATE_OF_BIRTH:1993年8月27日]]⏎電話（日中）: [[PHONE_NUMBER:090-5521-7730]]",
    "+ お誕生日（月・日）：[[DATE_OF_BIRTH:4月29日]]⏎ご希望の講座：離乳食",
    "+ 生年月日(和暦)：[[DATE_OF_BIRTH:昭和57年11月3日]]　連絡先電話（平日９時〜１７時）：[[PHONE_NUMBER:0565-32-8814]]",
    "+ Date of birth (dd/mm/yyyy): [[DATE_OF_BIRTH:21/07/1988]]⏎Phone (daytime): [[PHONE_NUMBER:080-3317-6029]]",
    "+ Ngày sinh (dương lịch): [[DATE_OF_BIRTH:09/02/1996]]⏎Điện thoại (ban ngày): [[PHONE_NUMBER:070-2284-5516]]",
    "+ 郵便番号（半角）: [[JP_POSTAL_CODE:483-8172]]⏎生年月日【西暦】: [[DATE_OF_BIRTH:2004/12/19]]",
    "+ Fecha de nacimiento (día/mes/año): [[DATE_OF_BIRTH:30/01/1979]]; Teléfono (móvil): [[PHONE_NUMBER:090-6652-0381]]",
    "+ 携帯電話（緊急連絡用）：[[PHONE_NUMBER:080-9913-4470]]⏎誕生日（任意）：[[DATE_OF_BIRTH:7月2日]]",
    "- 受付日（西暦）: 2025年8月27日⏎提出期限（必着）：4月29日",
    "- 締切日（月日のみ）: 11月20日⏎開催日（予定）: 2026年1月18日",
    "- Deadline (dd/mm/yyyy): 21/07/2026⏎Venue (daytime): Room 3",
    # 2. abbreviated insurance labels under 介護保険 / 後期高齢
    "+ 介護保険 要介護認定申請書⏎被保番号 [[JP_HEALTH_INSURANCE:0004518829]]⏎生年月日 [[DATE_OF_BIRTH:S14.02.11]]",
    "+ 後期高齢者医療 資格確認書（写し）⏎被保険者No. [[JP_HEALTH_INSURANCE:19033847]]",
    "+ □ 介護保険証の返却（保険証番号：[[JP_HEALTH_INSURANCE:0012093384]]）⏎□ 後期高齢 被保No [[JP_HEALTH_INSURANCE:28801147]]",
    "+ Long-term care insurance (介護保険) 被保番号: [[JP_HEALTH_INSURANCE:0008317265]]",
    "+ 後期高齢の被保番号は[[JP_HEALTH_INSURANCE:41188302]]です、と電話で確認。",
    "+ 介護保険 被保険者No：[[JP_HEALTH_INSURANCE:0000772519]]　認定有効期間 2025/04/01〜2026/03/31",
    "- 介護保険 受付No 0029341871⏎審査会 第12合議体",
    "- 後期高齢者医療 通知No. 20251184 を発送しました。",
    "- 被保番号の記入欄は空欄のままで結構です。問合せ番号 0004471120",
    # 3. dates of death and cremation are no birth dates
    "+ Name of the deceased: [[PERSON:TRAN VAN LONG]]⏎Date of birth: [[DATE_OF_BIRTH:14/09/1950]]⏎Date of death: 02 March 2025",
    "+ 死亡届記載事項証明⏎故人 生年月日 [[DATE_OF_BIRTH:大正15年6月1日]]⏎死亡年月日 令和7年5月9日",
    "+ 故人：[[PERSON:前田 正雄]]（令和6年12月3日 火葬）⏎申請者生年月日：[[DATE_OF_BIRTH:1968年3月30日]]",
    "+ Người mất: [[PERSON:NGUYEN THI MAI]]⏎Ngày sinh: [[DATE_OF_BIRTH:03/10/1961]]⏎Ngày mất: 11/06/2025",
    "+ Fecha de nacimiento: [[DATE_OF_BIRTH:5 de mayo de 1948]]⏎Fecha de defunción: 20 de enero de 2025",
    "- 死亡日: 2025年2月14日⏎火葬日: 2025年2月17日",
    "- 故人：山本 家（2025年7月22日 火葬）の納骨は未定です。",
    "- Date of death: 7 November 2024⏎Date of cremation: 10 November 2024",
    "- 死亡年月日　R7.1.23　届出日　R7.1.25",
    "- Ngày mất: 22/12/2024, ngày hỏa táng: 25/12/2024",
    # 4. a postal code in parentheses right after an address
    "+ 住所: [[JP_ADDRESS:愛知県岡崎市羽根町字小豆坂88番地2]] ([[JP_POSTAL_CODE:444-0813]])",
    "+ Address: [[JP_ADDRESS:静岡県浜松市中央区曳馬5-18-7]]（[[JP_POSTAL_CODE:432-8026]]）⏎TEL: [[PHONE_NUMBER:053-471-3386]]",
    "+ Địa chỉ: [[JP_ADDRESS:岐阜県大垣市林町6丁目23番地1]] ([[JP_POSTAL_CODE:503-0015]])",
    "+ 送付先 [[JP_ADDRESS:三重県津市白塚町3307番地9]]（[[JP_POSTAL_CODE:514-0101]]）まで郵送してください。",
    "- 会場: 市民会館 大ホール (定員 120-150名)",
    "- 期間: 令和7年4月1日〜令和8年3月31日 (受付 903-1120)",
    # 5. a residence-card number with blanks between its parts
    "+ 在留カード（写）⏎番号 [[JP_RESIDENCE_CARD:PH 55120938 KA]]⏎在留期間 3年",
    "+ Residence card No.: [[JP_RESIDENCE_CARD:NP 71043385 GR]] (copy attached)",
    "+ 在留カード番号　[[JP_RESIDENCE_CARD:ID 20998413 SB]]　有効期限 2029年1月7日",
    "+ Thẻ cư trú số [[JP_RESIDENCE_CARD:VN 66018234 TH]]",
    "- 便名 VN 318 HN⏎座席 22A",
    "- 番号 AB 12 CD の棚に戻してください。",
    # 6. a seven-digit passport number after its label
    "+ Passport No. [[JP_PASSPORT:4418230]]⏎Nationality: Nepal",
    "+ राहदानी नं. / Passport No.: [[JP_PASSPORT:0917344]]",
    "+ 旅券番号（パスポート No.）：[[JP_PASSPORT:6620158]]",
    "+ Số hộ chiếu (Passport No.): [[JP_PASSPORT:3058821]]",
    "- Booking No. 4418230⏎Seat 14C",
    "- 受付番号 6620158 の方は窓口へ",
    "- Invoice No.: 3058821 (paid)",
)
ROWS_AZ = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AZ, seed=20261215, held_out=is_holdout_az, tag="raz")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
