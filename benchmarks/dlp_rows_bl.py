"""Round BL labelled rows (written 2026-12-05, before any rule change of round BL; every value invented).

Same format as ``dlp_rows_bd.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbl.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbl.jsonl``.

Round BL covers two miss categories in new wordings and layouts: (1) XML with Japanese element names,
an insurance element (健康保険 / 被保険者証 / 国保資格 …) holding bare ``<記号>`` / ``<番号>`` /
``<枝番>`` elements (a kana or kanji prefix on the 記号, a 番号 of two digits or more) and
``<保険者番号>``; (2) an OCR'd driving licence card without any 免許 / 交付 / 公安委員会 word: a
spaced ``番 号`` label and ``第 <twelve digits> 号`` beside spaced 氏 名 / 住 所 / 生 年 月 日 lines.
Negatives: the same elements inside parts, orders and agendas, 第 … 号 document numbers with no card
lines.

    python benchmarks/dlp_rows_bl.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BL", "is_holdout_bl"]


def is_holdout_bl(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. XML with Japanese element names: an insurance element holding 記号 / 番号 / 枝番
    "+ <受給者>⏎ <氏名>[[PERSON:松岡 千尋]]</氏名>⏎ <健康保険>⏎  <記号>[[JP_HEALTH_INSURANCE:さ207]]</記号>⏎  <番号>[[JP_HEALTH_INSURANCE:4418]]</番号>⏎  <枝番>[[JP_HEALTH_INSURANCE:01]]</枝番>⏎ </健康保険>⏎</受給者>",
    "+ <申請書><被保険者証><記号>[[JP_HEALTH_INSURANCE:東602]]</記号><番号>[[JP_HEALTH_INSURANCE:57]]</番号><枝番>[[JP_HEALTH_INSURANCE:00]]</枝番><保険者番号>[[JP_HEALTH_INSURANCE:01270035]]</保険者番号></被保険者証></申請書>",
    "+ <資格情報>⏎  <国保資格>⏎    <記号>[[JP_HEALTH_INSURANCE:9024]]</記号>⏎    <番号>[[JP_HEALTH_INSURANCE:318]]</番号>⏎  </国保資格>⏎</資格情報>",
    '+ <世帯員 続柄="子">⏎  <医療保険>⏎    <保険者番号>[[JP_HEALTH_INSURANCE:138206]]</保険者番号>⏎    <記号>[[JP_HEALTH_INSURANCE:ひ3310]]</記号>⏎    <番号>[[JP_HEALTH_INSURANCE:82]]</番号>⏎    <枝番>[[JP_HEALTH_INSURANCE:03]]</枝番>⏎  </医療保険>⏎</世帯員>',
    "+ <保険証情報>⏎<記号>[[JP_HEALTH_INSURANCE:きた55]]</記号>⏎<番号>[[JP_HEALTH_INSURANCE:90614]]</番号>⏎</保険証情報>",
    "+ <被保険者>⏎  <被保険者記号>[[JP_HEALTH_INSURANCE:ろ118]]</被保険者記号>⏎  <被保険者番号>[[JP_HEALTH_INSURANCE:2407]]</被保険者番号>⏎</被保険者>",
    "+ <加入者><保険><記号>[[JP_HEALTH_INSURANCE:5513]]</記号><番号>[[JP_HEALTH_INSURANCE:16]]</番号><枝番>[[JP_HEALTH_INSURANCE:02]]</枝番></保険></加入者>",
    "+ <資格確認書>⏎   <保険者番号>[[JP_HEALTH_INSURANCE:39112084]]</保険者番号>⏎   <記号>[[JP_HEALTH_INSURANCE:中北44]]</記号>⏎   <番号>[[JP_HEALTH_INSURANCE:731]]</番号>⏎</資格確認書>",
    "+ <後期高齢者医療>⏎ <番号>[[JP_HEALTH_INSURANCE:60214857]]</番号>⏎</後期高齢者医療>",
    "+ <組合員証>⏎  <記号>[[JP_HEALTH_INSURANCE:あ71]]</記号>⏎  <番号>[[JP_HEALTH_INSURANCE:3390]]</番号>⏎  <枝番>[[JP_HEALTH_INSURANCE:01]]</枝番>⏎</組合員証>",
    "- <部品>⏎  <記号>M6</記号>⏎  <番号>4418</番号>⏎  <枝番>01</枝番>⏎</部品>",
    "- <議案><番号>57</番号><件名>条例の一部改正</件名></議案>",
    "- <注文>⏎  <番号>90614</番号>⏎  <数量>3</数量>⏎</注文>",
    "- <保険料>⏎  <年度>2025</年度>⏎  <番号>16</番号>⏎  <金額>48200</金額>⏎</保険料>",
    "- <元素><記号>Fe</記号><番号>26</番号></元素>",
    "- <路線><記号>あ71</記号><番号>3390</番号><区間>駅前～市役所</区間></路線>",
    # 2. an OCR'd licence card with no 免許 / 交付 / 公安委員会 word
    "+ スキャン結果(自動)⏎氏 名  [[PERSON:浅野 智美]]⏎番 号  第 [[JP_DRIVER_LICENSE:４０１７２２８５６０３９]] 号⏎住 所  岐阜県大垣市東前町5-18",
    "+ 生 年 月 日  [[DATE_OF_BIRTH:昭和60年 4月17日]]⏎番 号 第 [[JP_DRIVER_LICENSE:281093347716]] 号",
    "+ 画像読取テキスト⏎氏　名　[[PERSON:久保田　修]]⏎住　所　[[JP_ADDRESS:三重県津市栄町二丁目4番8号]]⏎番　号　第　[[JP_DRIVER_LICENSE:６３０２１８８４５０７１]]　号",
    "+ 住 所  [[JP_ADDRESS:静岡県浜松市中区鍛冶町3-9]]⏎番 号 第 [[JP_DRIVER_LICENSE:4 9 1 1 0 2 7 7 3 8 5 0]] 号⏎氏 名 [[PERSON:水野 浩二]]",
    "+ [読取1]⏎氏 名 [[PERSON:川端 里奈]]⏎生 年 月 日 [[DATE_OF_BIRTH:平成8年12月3日]]⏎番 号 第 [[JP_DRIVER_LICENSE:550817364209]] 号",
    "+ 氏 名  [[PERSON:岡部 正樹]]⏎番  号  第 [[JP_DRIVER_LICENSE:１２０７５５３９８１４６]] 号",
    "+ OCR出力⏎住 所 [[JP_ADDRESS:長野県松本市中央1-6-2]]⏎番 号  第 [[JP_DRIVER_LICENSE:330562108847]] 号",
    "+ 氏 名 [[PERSON:西田 晴美]]  [[DATE_OF_BIRTH:1979年 2月 8日]]生⏎番 号 第 [[JP_DRIVER_LICENSE:620944183075]] 号",
    "- 議 案 番 号 第 401722856039 号⏎件 名 道路占用料条例の改正",
    "- 整理番号 第 281093347716 号 (申請受付)",
    "- 番 号  第 630218845071 号⏎指令 福祉第12号",
    "- 文書番号 第 550817364209 号⏎件 名 補助金交付決定通知",
    "- 番 号 第 3305 号⏎氏 名 欄は自署のこと",
    "- 指 令 第 120755398146 号⏎担 当 課 総務課",
)
ROWS_BL = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BL, seed=20261226, held_out=is_holdout_bl, tag="rbl")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
