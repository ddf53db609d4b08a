"""Round BX labelled rows (written 2026-12-06, before any rule change of round BX; every value invented).

Same format as ``dlp_rows_bs.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbx.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbx.jsonl``.

Round BX covers look-alikes under another label and phones in signatures: (1) dates under non-birth
keys / labels (onset, arrival, issued, expiry, 発症日, 入国日, a staff line's processing date) beside a
real birth key, and cohort statistics (``2018年生まれ：7人``); (2) numbers under another type's label
(印鑑カード番号 / 受付番号 seven digits as a postal code, 様式コード twelve digits as a 個人番号,
第…号 document numbers as a phone); (3) a bare phone line closing a signature block (name, 〒,
address, phone) and a bare ten-digit line between a name line and an e-mail line. Labelled values
(生年月日, 電話, 〒, 個人番号) stand beside each look-alike.

    python benchmarks/dlp_rows_bx.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BX", "is_holdout_bx"]


def is_holdout_bx(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. dates under non-birth keys / labels beside a birth key
    '+ {"case_id": "K-2291", "name": "[[PERSON:小松原七海]]", "dob": "[[DATE_OF_BIRTH:1979-11-04]]", "onset": "2025-02-17", "status": "治癒"}',
    '+ {"patient": {"kana": "ミヤガワ ソウタ", "birth_date": "[[DATE_OF_BIRTH:1966-06-30]]"}, "arrival": "2024-12-02", "ward": "3F"}',
    '+ {"生年月日": "[[DATE_OF_BIRTH:1990/08/15]]", "発症日": "2025/01/09", "入院日": "2025/01/12", "転帰": "軽快"}',
    '+ {"dob":"[[DATE_OF_BIRTH:2001-03-22]]","issued":"2023-09-01","expiry":"2028-08-31","type":"student"}',
    "+ Name: [[PERSON:ARJUN THAPA]]⏎Date of Birth: [[DATE_OF_BIRTH:March 3, 1997]]⏎Arrival in Japan: 2022-10-14⏎Status: Student",
    "+ Full name: [[PERSON:NGUYEN THI LAN]]⏎DOB: [[DATE_OF_BIRTH:1995-07-19]]⏎Date of Entry: 2023-04-05⏎Card Expiry: 2026-04-04",
    "+ Date of birth: [[DATE_OF_BIRTH:12 Jan 1988]] / Entry into Japan: 2019-06-30 / Visa issued: 2019-05-21",
    "+ 生年月日：[[DATE_OF_BIRTH:1992年10月5日]]⏎入国日：2020年1月18日⏎在留期限：2026年1月17日",
    "+ 申請書は不備のため返送した。⏎処理者：[[PERSON:佐伯真一]]　令和7年2月14日",
    "+ 添付の写しは不要のため破棄。⏎確認者：[[PERSON:大西理沙]] 2025年3月4日",
    "+ 申請者 生年月日：[[DATE_OF_BIRTH:昭和52年6月8日]]⏎受付担当：[[PERSON:西村彩花]]　令和6年9月30日",
    "- 乳幼児の内訳（2025年4月1日現在）⏎2018年生まれ：7人⏎2014年生まれ：12人⏎平均在籍期間：2.1年",
    "- 平成29年生まれ 11名、平成27年生まれ 6名（いずれも4月1日時点）",
    "- 相談件数の生年別内訳：2011年生まれ 42件／2009年生まれ 17件",
    "- 令和2年生まれ：14人、令和元年生まれ：9人",
    "+ 対象児童 生年月日：[[DATE_OF_BIRTH:2018年7月9日]]⏎参考 2018年生まれ：12人",
    # 2. numbers under another type's label
    "+ 郵便番号 [[JP_POSTAL_CODE:6040812]]⏎印鑑カード番号 4719302⏎請求通数 1通",
    "+ 住所 〒[[JP_POSTAL_CODE:9800014]]⏎印鑑登録番号　3385012⏎交付枚数 2枚",
    "- 会員カード番号：2210984　有効期限 2027年3月",
    "- 受付番号 7046213 の件、処理を完了しました。",
    "- 旧様式コード 3618-4027-5194 は来月以降使用しないでください。",
    "- 帳票コード：719305582640（廃止予定）",
    "+ 個人番号：[[JP_MY_NUMBER:5820-3649-1174]]⏎旧様式コード 1947-6208-8532",
    "- 様式番号 4052 7713 0866 の用紙は回収します。",
    "- 西部保健所発 第06-3318-2204号⏎令和7年3月2日⏎営業許可取消通知書",
    "- 許可番号 第045-621-0093号（令和6年度）",
    "+ 通知番号 第03-4512-7780号⏎問合せ電話：[[PHONE_NUMBER:03-4512-7781]]",
    "- 登録 第 0466-21-3308 号 を更新しました。",
    # 3. phones closing a signature block
    "+ 歩道の植え込みが伸びて通れません。⏎⏎[[PERSON:森田　花子]]⏎〒[[JP_POSTAL_CODE:273-0005]]⏎[[JP_ADDRESS:千葉県船橋市本町2-3-4]]⏎[[PHONE_NUMBER:047-331-2280]]",
    "+ 街灯が消えたままです。⏎⏎[[PERSON:青木　大翔]]⏎〒[[JP_POSTAL_CODE:4600002]]⏎[[JP_ADDRESS:愛知県名古屋市中区丸の内3-8-15]]⏎[[PHONE_NUMBER:090-4418-2073]]⏎[[EMAIL_ADDRESS:hiroto.aoki@example.ne.jp]]",
    "+ ご確認ください。⏎⏎[[PERSON:三宅 紗季]]⏎〒[[JP_POSTAL_CODE:812-0011]] [[JP_ADDRESS:福岡県福岡市博多区博多駅前2-5-9]]⏎[[PHONE_NUMBER:092-471-6630]]",
    "+ 返金をお願いします。⏎⏎[[PERSON:森 悠斗]]⏎[[PHONE_NUMBER:0473312280]]⏎[[EMAIL_ADDRESS:yuto.mori@example.jp]]",
    "+ 至急ご連絡ください。⏎⏎[[PERSON:川口 美月]]⏎[[PHONE_NUMBER:0862254471]]⏎[[EMAIL_ADDRESS:mizuki.k@example.co.jp]]",
    "+ よろしくお願いします。⏎[[PERSON:平田 航]]⏎[[PHONE_NUMBER:08039217754]]⏎[[EMAIL_ADDRESS:wataru.h@example.com]]",
    "- 在庫一覧⏎りんごジュース⏎0451230001⏎0451230002",
    "- 会議室予約⏎第2会議室⏎2025-03-04 10:00-11:00⏎総務課",
)
ROWS_BX = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BX, seed=20261240, held_out=is_holdout_bx, tag="rbx")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
