"""Round O labelled rows (written 2026-12-04, before any rule change of round O; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break inside the row. Rows ``i % 3 == 1`` (0-based, a third of the batch) form
``corpora/eval/pii_devholdout_ro.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_ro.jsonl``.

Round O's behaviour changes: a bank-account or health-insurance label far from its value on the
same line (the label-line fallback), the ``d.o.b`` label, and round M's holdout leftovers in
general terms (a licence number under 証明書番号 after 運転経歴証明書, 記号/番号 values in ［］, a
joint 記号番号 label with two values, half-width katakana labels, a phone grouped by slashes, a
short era date with its era in brackets after it); hard negatives of the same shapes.

    python benchmarks/dlp_rows_o.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

from pathlib import Path

__all__ = ["ROWS_O", "is_holdout_o"]


def is_holdout_o(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): a third of the batch, spread over every topic."""
    return index % 3 == 1


ROWS_O = r"""
+ 振込先の口座番号（ご本人名義の普通預金に限ります。支店名も必ずご記入ください）は [[JP_BANK_ACCOUNT:4417025]] です
+ 口座番号 ※ゆうちょ銀行以外の金融機関をご指定の場合、右詰めで記入 [[JP_BANK_ACCOUNT:0382216]]
+ Account No. (savings, Kita-Senju branch, please double check before sending): [[JP_BANK_ACCOUNT:6620418]]
+ 返金先　みずほ銀行 渋谷中央支店　普通預金　口座No.（7桁）　[[JP_BANK_ACCOUNT:1093357]]
+ 口座番号は前回の申請時と同じですが念のため再掲します→[[JP_BANK_ACCOUNT:2258104]]
+ 給与振込口座の番号を変更します。新しい番号は [[JP_BANK_ACCOUNT:7730462]] です
+ 被保険者番号（カード表面の右上、氏名の上に記載されている数字）：[[JP_HEALTH_INSURANCE:20931744]]
+ 保険者番号 ※協会けんぽの場合は都道府県支部ごとに異なります [[JP_HEALTH_INSURANCE:01130012]]
+ 保険証番号（資格確認書の場合も同じ欄にご記入ください） [[JP_HEALTH_INSURANCE:5528]]
+ 被保険者番号は、以前お伝えしたものから変わっていません。[[JP_HEALTH_INSURANCE:33104927]]
+ 本人確認書類：運転経歴証明書。証明書番号 [[JP_DRIVER_LICENSE:631904415726]]
+ 運転経歴証明書を提示。証明書番号は [[JP_DRIVER_LICENSE:447702158839]] でした
+ 保険証　記号［[[JP_HEALTH_INSURANCE:4410]]］番号［[[JP_HEALTH_INSURANCE:87]]］
+ 被保険者証　記号［[[JP_HEALTH_INSURANCE:医国 21]]］　番号［[[JP_HEALTH_INSURANCE:306]]］
+ 保険証の記号番号: [[JP_HEALTH_INSURANCE:5012]] - [[JP_HEALTH_INSURANCE:33]]
+ 健康保険証 記号番号：[[JP_HEALTH_INSURANCE:77120]] - [[JP_HEALTH_INSURANCE:408]]
+ ﾕｳﾋﾞﾝ番号 [[JP_POSTAL_CODE:812-0011]]
+ ﾃﾞﾝﾜ番号：[[PHONE_NUMBER:092-441-7720]]
+ ﾒﾝｷｮｼｮｳ番号 [[JP_DRIVER_LICENSE:302207714451]]
+ ｹｲﾀｲ [[PHONE_NUMBER:080-2249-3371]]
+ 携帯 [[PHONE_NUMBER:090/4471/2258]]
+ 電話番号：[[PHONE_NUMBER:03/5520/4471]]
+ TEL [[PHONE_NUMBER:045/662/1180]]
+ 生年月日 [[DATE_OF_BIRTH:60.4.1]]（昭和）
+ 生年月日：[[DATE_OF_BIRTH:7.11.23]]（平成）
+ 生年月日 [[DATE_OF_BIRTH:48.2.9]]（S）
+ d.o.b [[DATE_OF_BIRTH:1987-03-14]]
+ Name: Sato Ken / d.o.b.: [[DATE_OF_BIRTH:04/22/1979]]
+ D.O.B. [[DATE_OF_BIRTH:1991/12/03]]
+ 連絡先 d.o.b [[DATE_OF_BIRTH:2000-01-30]] tel [[PHONE_NUMBER:06-6344-2210]]
+ 口座番号と電話番号（日中連絡がつくもの）を記入してください：[[JP_BANK_ACCOUNT:3349016]]、[[PHONE_NUMBER:0778-22-4410]]
+ 振込先：三井住友銀行 梅田支店 普通 口座番号（通帳の見開きに記載）[[JP_BANK_ACCOUNT:8804213]]
+ 申請者の口座番号を下記のとおり届け出ます（名義：ヤマダ ハナコ）[[JP_BANK_ACCOUNT:5120773]]
+ Bank account number for the refund (Japan Post Bank excluded): [[JP_BANK_ACCOUNT:2094415]]
+ 保険者番号と被保険者番号を記入（カードに記載のとおり）：[[JP_HEALTH_INSURANCE:06271018]]、[[JP_HEALTH_INSURANCE:4471]]
+ ﾕｳﾋﾞﾝ 〒[[JP_POSTAL_CODE:060-0042]]
+ ﾃﾞﾝﾜ [[PHONE_NUMBER:011-221-3094]]
+ 被保険者番号（記号の後ろの数字のみ、枝番は不要です）[[JP_HEALTH_INSURANCE:1188]]
+ 運転経歴証明書の写しを添付します。証明書番号：[[JP_DRIVER_LICENSE:552209843316]]
- 口座振替の受付番号（お問い合わせの際に必要です）は 4417025 です
- 口座開設件数は前年度比で 1093357 件に達した
- 口座番号の桁数は7桁です。例えば 1234567 のように記入します
- 口座振替依頼書の管理番号（右上に記載）2258104
- 振込手数料 口座あたり 440 円、総額 7730462 円
- 口座番号欄は空欄で可。会員番号 6620418 をご記入ください
- 被保険者数（令和6年度末）20931744 人
- 保険者番号の一覧は別表のとおり（全 01130012 件中）
- 被保険者番号の記載例：12345678（記載例）
- 保険証番号の確認方法について（文書番号 5528-0012）
- 保険者の所在地 東京都港区 電話受付番号 33104927
- 運転経歴証明書の交付件数 631904415726 件（累計）
- 運転経歴証明書について 受付番号 447702158839
- 記号［A］番号［1］の欄は任意記入です
- 記号番号: 別紙参照 - 担当課へ
- ﾕｳﾋﾞﾝ局の営業時間 9:00-17:00、整理番号 812-0011
- ﾃﾞﾝﾜ受付番号 092-441-7720 の件
- 日付 2024/05/20 の分数表記 3/4/5 を確認
- 配分 090/120/360 の比率で按分
- 昭和60.4.1 施行の規則（生年月日とは無関係）
- 生年月日欄 60.4.1（昭和）と記入する様式例は別紙のとおり
- d.o.b の欄は空欄で構いません（受付日 2024-05-20）
- ISBN 978-4-06-1234 d.o.b. ガイド 2023-04-01 刊行
- 第12条第3項の口座番号に関する規定（平成11年法律第127号）
- 保険者番号の変更は令和7年4月1日から適用
"""


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_O, seed=20261209, held_out=is_holdout_o, tag="ro")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
