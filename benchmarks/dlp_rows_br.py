"""Round BR labelled rows (written 2026-12-05, before any rule change of round BR; every value invented).

Same format as ``dlp_rows_bl.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbr.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbr.jsonl``.

Round BR covers four miss categories in new wordings and layouts: (1) a phone number spoken with の
between its groups as the answer to a staff question for the phone number; (2) passport labels in
other scripts and languages (Nepali, Hindi, Thai, Indonesian, Tagalog, Mongolian, Russian …) before a
foreign passport number; (3) an OCR-spaced birth label with the space inside the word (生年 月日)
before a compact era date or an English month-name date; (4) seven digits wrapped in 第…号 (a
registration number), not a postal code. Negatives: の-joined groups that are no phone (room, lot and
bus numbers), passport words without a number, spaced dates of other events, 〒 / 郵便番号 kept.

    python benchmarks/dlp_rows_br.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BR", "is_holdout_br"]


def is_holdout_br(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. a phone number spoken with の between the groups, answering a phone question
    "+ 職員：念のため、ご連絡先のお電話番号を教えていただけますか。⏎相談者：[[PHONE_NUMBER:080の2264の9153]]です。",
    "+ 係：携帯の番号をお願いします。⏎来庁者：えっと、[[PHONE_NUMBER:090の7318の0426]]です。",
    "+ オペレーター：日中つながるお電話番号をお聞きしてもよろしいですか。⏎お客様：はい、[[PHONE_NUMBER:03の5521の8847]]です。",
    "+ 窓口：ご連絡先をお願いできますか。⏎申請者：[[PHONE_NUMBER:070の4102の6635]]でお願いします。",
    "+ Ｑ：お電話番号は？⏎Ａ：[[PHONE_NUMBER:0463の22の7190]]",
    "+ 担当：折り返しのお電話番号を伺えますか。⏎市民：[[PHONE_NUMBER:080の9930の1274]]、携帯です。",
    "+ 職員「お電話番号をお願いします」⏎住民「[[PHONE_NUMBER:090の1146の3082]]です」",
    "+ 受付：連絡のつく携帯番号はございますか。⏎利用者：あります、[[PHONE_NUMBER:070の3589の2017]]です。",
    "- 職員：お部屋番号を教えてください。⏎市民：3の204です。",
    "- 職員：お電話番号をお願いします。⏎市民：すみません、今手元になくて。⏎職員：では区画は？⏎市民：12の3の45です。",
    "- 運転手：このバスは090の系統です。⏎乗客：ありがとうございます。",
    "- 議事録：第2の1234の5678号議案について審議した。",
    # 2. passport labels in other scripts and languages
    "+ नमस्ते, मेरो नाम लेख्दिनँ। राहदानी नं.: [[JP_PASSPORT:10482736]]",
    "+ पासपोर्ट संख्या: [[JP_PASSPORT:R7730912]]",
    "+ Nomor paspor: [[JP_PASSPORT:B4417205]]",
    "+ Numero ng pasaporte: [[JP_PASSPORT:P3308814A]]",
    "+ Паспортын дугаар: [[JP_PASSPORT:E21904487]]",
    "+ Номер паспорта: [[JP_PASSPORT:751093366]]",
    "+ หมายเลขหนังสือเดินทาง: [[JP_PASSPORT:AA2093174]]",
    "+ পাসপোর্ট নম্বর: [[JP_PASSPORT:BX0927416]]",
    "+ ගමන් බලපත්‍ර අංකය: [[JP_PASSPORT:N8824105]]",
    "- पासपोर्ट नं. पछि पठाउनेछु।",
    "- Nomor paspor: belum ada",
    "- Номер паспорта указан в анкете 3 раза.",
    # 3. OCR-spaced birth labels with compact era or English month-name dates
    "+ 国 民 年 金 手 帳 (写し)⏎生年 月日  [[DATE_OF_BIRTH:H2.11.23]]",
    "+ 生 年月日 [[DATE_OF_BIRTH:S55.3.9]]",
    "+ 被保険者証 (写)⏎生年　月 日　[[DATE_OF_BIRTH:March 4, 1968]]",
    "+ 生年 月日 [[DATE_OF_BIRTH:R1.6.30]]⏎※提出書類",
    "+ 生年 月日  [[DATE_OF_BIRTH:December 12, 1990]]",
    "+ スキャン⏎生 年月日 [[DATE_OF_BIRTH:S61.12.1]]",
    "- 交付 年月日 H30.4.1",
    "- 資格取得 年月日 R2.10.1",
    "- 有効 期限 March 31, 2031",
    # 4. seven digits inside 第…号 are a registration number, not a postal code
    '- {"permit": {"no": "第2207315号", "kind": "占用"}}',
    "- 登録番号は第5410082号です。",
    "- 許可証 第 3318470 号 を交付します。",
    '- {"reg": "第0420613号", "area": "北地区"}',
    "- 認定番号：第6093127号",
    "+ 〒[[JP_POSTAL_CODE:1630022]] 第2保管所",
    "+ 郵便番号 [[JP_POSTAL_CODE:5300041]] (第3区)",
    '+ {"zip": "[[JP_POSTAL_CODE:9800811]]", "reg_no": "第3308127号"}',
)
ROWS_BR = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BR, seed=20261230, held_out=is_holdout_br, tag="rbr")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
