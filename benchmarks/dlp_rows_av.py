"""Round AV labelled rows (written 2026-12-05, before any rule change of round AV; every value invented).

Same format as ``dlp_rows_at.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rav.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rav.jsonl``.

Round AV: structured types in new wordings and languages — birth dates in Vietnamese date words,
after a label with a kin phrase, month-day birthdays, era year + month in brackets; driving licence
numbers labelled in other languages and on OCR'd cards (``第 … 号``); foreign phone numbers after a
phone label and call-log numbers after 着信 / 発信 / 折り返し; transfer accounts after 振込先 and a bank
name; spaced form labels (``離 職 年 月 日``) read as their words; Korean account labels. Negatives:
the same shapes under other labels.

    python benchmarks/dlp_rows_av.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AV", "is_holdout_av"]


def is_holdout_av(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. birth dates
    "+ Ngày sinh: [[DATE_OF_BIRTH:ngày 14 tháng 8 năm 1979]]; quê quán: Huế",
    "+ Ngày sinh của bố tôi: [[DATE_OF_BIRTH:21/04/1958]]",
    "+ Chị ấy cho biết ngày sinh của chồng chị là [[DATE_OF_BIRTH:09/12/1983]].",
    "+ Cháu sinh [[DATE_OF_BIRTH:ngày 2 tháng 11 năm 2016]] tại Đà Nẵng.",
    "+ My daughter's birthday is [[DATE_OF_BIRTH:March 14]], so she turns seven soon.",
    "+ Kenji's birthday is [[DATE_OF_BIRTH:October 2nd]] — please note it on the form.",
    "+ O aniversário do meu filho é [[DATE_OF_BIRTH:7 de setembro]].",
    "+ 申請者（長女）　生年月日（[[DATE_OF_BIRTH:平成12年4月]]）　続柄：長女",
    "+ 生年月日（[[DATE_OF_BIRTH:昭和58年11月]]）",
    "+ 世帯員２　生年月日 ([[DATE_OF_BIRTH:令和2年7月]])　学年：なし",
    "+ Ngày tháng năm sinh của mẹ tôi: [[DATE_OF_BIRTH:03-05-1961]]",
    "- Ngày nộp hồ sơ: ngày 3 tháng 6 năm 2024",
    "- Ngày hết hạn của thẻ: 30/09/2027",
    "- The store's anniversary is March 14, with a sale all week.",
    "- The festival's opening day is October 2nd.",
    "- 有効期限（令和9年3月）",
    "- 受付日（令和6年4月）　担当：福祉課",
    # 2. driving licences
    "+ 운전면허 번호: [[JP_DRIVER_LICENSE:305518204417]]",
    "+ 운전면허번호 [[JP_DRIVER_LICENSE:4410 2285 9031]]",
    "+ 운전면허 번호는 [[JP_DRIVER_LICENSE:407155288305]]입니다.",
    "+ Số giấy phép lái xe: [[JP_DRIVER_LICENSE:492108837016]]",
    "+ 驾驶证号：[[JP_DRIVER_LICENSE:301927744250]]",
    "+ 交付 令和05年06月10日⏎令和10年07月02日まで有効⏎免許の条件等　眼鏡等⏎第 [[JP_DRIVER_LICENSE:318842071968]] 号⏎静岡県公安委員会",
    "+ 種類 普通 中型⏎番号⏎第[[JP_DRIVER_LICENSE:522309188472]]号⏎二・小・原",
    "- 受付 第 202511300042 号 議案書",
    "- 운전 경력 12년, 접수번호 884120937765",
    "- 第 611093844253 号 通知（個人番号とは無関係の整理番号）",
    # 3. phones
    "+ 전화: [[PHONE_NUMBER:+977 9841237790]]",
    "+ Số điện thoại ở quê: [[PHONE_NUMBER:+84 912 447 081]]",
    "+ Teléfono en Perú: [[PHONE_NUMBER:+51 987 442 116]]",
    "+ 연락처 (본국) [[PHONE_NUMBER:+63 917 882 4410]]",
    "+ 10:42 着信 [[PHONE_NUMBER:09071184432]] 不在",
    "+ 発信 [[PHONE_NUMBER:08033917205]]（母親）つながらず⏎14:05 折り返し [[PHONE_NUMBER:07044128893]]",
    "+ 通話履歴⏎12/03 09:15 着信 [[PHONE_NUMBER:09027731148]] 3分",
    "- 発信 ログID 20251203091500",
    "- 着信後 伝票番号 44120938817 を確認",
    "- 전화 상담 2025년 12회, 접수 +3건",
    # 4. bank
    "+ 振込先 浜松みらい銀行 [[JP_BANK_ACCOUNT:204-8813920]]",
    "+ お振込先：東海中央銀行 [[JP_BANK_ACCOUNT:115-4470293]]（普通）",
    "+ 返金の振込先は 遠州信金 [[JP_BANK_ACCOUNT:062-7719354]] です",
    "- 振込先 確認中（問合せ番号 715-3302981）",
    "- 振込日 2025年11月30日、整理番号 118-2290761",
    # 5. spaced labels
    "- 離 職 年 月 日⏎令和6年3月31日",
    "- 離　職　年　月　日　2024年9月30日",
    "+ 生 年 月 日⏎[[DATE_OF_BIRTH:昭和49年6月18日]]",
    "+ 生　年　月　日　[[DATE_OF_BIRTH:1988年2月9日]]",
    "- 入 社 年 月 日 ⏎ 平成30年4月1日",
    # 6. Korean accounts
    "+ 환급금 계좌번호: [[JP_BANK_ACCOUNT:3302871]]",
    "+ 환급 받을 계좌 번호 [[JP_BANK_ACCOUNT:204-1187736]]",
    "- 환급 신청 번호 204-1187736",
)
ROWS_AV = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AV, seed=20261215, held_out=is_holdout_av, tag="rav")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
