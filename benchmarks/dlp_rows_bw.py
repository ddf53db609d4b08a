"""Round BW labelled rows (written 2026-12-06, before any rule change of round BW; every value invented).

Same format as ``dlp_rows_bs.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_rbw.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rbw.jsonl``.

Round BW covers four miss categories in new wordings and layouts: (1) ``出生 <date>`` as a birth label
in an inheritance chart (被相続人 / 出生 / 死亡 / 相続人; the 死亡 date stays unlabelled); (2) partial
births in prose after a birth word (生年月日は…年…月までしか), a month-day + 生 after a relation in
brackets, and a second birth on a spaced birth label line (``生 年 月 日  A ／ B``); (3) 記号 / 番号
values and births in Chinese, Vietnamese and Tagalog sentences, each value its own span; (4) a
``記号・番号：A・B`` pair after any insurance word, read as two values. Negatives: 出生数 / 出生届 /
出生率 lines, 死亡 dates, 記号 / số / 番号 in part lists, addresses and tickets, cohort dates.

    python benchmarks/dlp_rows_bw.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_BW", "is_holdout_bw"]


def is_holdout_bw(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. 出生 as a birth label in an inheritance chart
    "+ 法定相続情報一覧図⏎被相続人 [[PERSON:岡本　重雄]]⏎出生 [[DATE_OF_BIRTH:昭和31年12月2日]]⏎死亡 令和6年3月30日⏎⏎相続人（妻）⏎出生 [[DATE_OF_BIRTH:昭和35年6月19日]]⏎氏名 [[PERSON:岡本　恵子]]",
    "+ 相続人（長男）⏎氏名 [[PERSON:西川　拓海]]⏎出生　[[DATE_OF_BIRTH:平成2年1月8日]]⏎住所 （申出書に記載）",
    "+ 被相続人 [[PERSON:堀　ミツ]]（出生：[[DATE_OF_BIRTH:大正15年4月3日]]／死亡：令和5年11月21日）",
    "+ 【相続人】 長女 [[PERSON:柴田　のぞみ]]　出生 [[DATE_OF_BIRTH:1988年10月27日]]",
    "+ 出生 [[DATE_OF_BIRTH:S48.7.14]]⏎死亡 R7.1.9⏎最後の本籍 記載省略",
    "- 出生数 令和6年1月1日～12月31日 集計中",
    "- 出生届 令和7年2月14日受理（第320号）",
    "- 死亡 令和6年8月7日⏎届出人 同居の親族",
    "- 出生 令和5年4月2日以降の児童が対象です。",
    # 2. partial births in prose, month-day + 生 after a relation, a second birth on a spaced label
    "+ 来庁者の話では、生年月日は[[DATE_OF_BIRTH:昭和22年11月]]までしかわからないとのこと。",
    "+ 窓口メモ：本人確認書類なし。生年月日は[[DATE_OF_BIRTH:平成元年3月]]までしか言えず、日は不明。",
    "+ 聞き取り：誕生日は[[DATE_OF_BIRTH:1959年8月]]までは覚えているそうです。",
    "+ 家族　[[PERSON:陽斗]]（長男）[[DATE_OF_BIRTH:7月2日]]生 ／ [[PERSON:芽衣]]（長女）[[DATE_OF_BIRTH:12月25日]]生",
    "+ 同居　[[PERSON:和子]]（母）[[DATE_OF_BIRTH:昭和9年5月]]生、[[PERSON:蓮]]（孫）[[DATE_OF_BIRTH:3月30日]]生",
    "+ 生 年 月 日  [[DATE_OF_BIRTH:1974年9月3日]] ／ [[DATE_OF_BIRTH:1979年1月16日]]",
    "+ 生　年　月　日　　[[DATE_OF_BIRTH:昭和52年2月11日]]　／　[[DATE_OF_BIRTH:昭和55年8月30日]]",
    "+ 生 年 月 日 ： [[DATE_OF_BIRTH:2001年4月22日]]、[[DATE_OF_BIRTH:2004年12月1日]]",
    "- 締切は令和7年3月までしか延長できません。",
    "- 会費（年額）4月1日生協にて徴収",
    "- 受付期間  2025年4月1日 ／ 2025年6月30日",
    "- 工期は平成30年6月までしかかからない見込み。",
    # 3. Chinese / Vietnamese / Tagalog insurance values and births
    "+ 王丽：我的保险证记号是[[JP_HEALTH_INSURANCE:47-208]]，番号[[JP_HEALTH_INSURANCE:3315]]。",
    "+ 刘洋：保险证的记号是[[JP_HEALTH_INSURANCE:615]]，号码是[[JP_HEALTH_INSURANCE:20791]]，我的出生年月是[[DATE_OF_BIRTH:1968年11月]]。",
    "+ 陈静：我的出生年月日是[[DATE_OF_BIRTH:1990年5月7日]]。",
    "+ Phạm Thu Hà: thẻ bảo hiểm ký hiệu [[JP_HEALTH_INSURANCE:横13]] số [[JP_HEALTH_INSURANCE:5092]] ạ",
    "+ Lê Quang: ký hiệu [[JP_HEALTH_INSURANCE:3308]], số [[JP_HEALTH_INSURANCE:77]], bảo hiểm quốc dân",
    "+ Yung health insurance card ko: ang 記号 ay [[JP_HEALTH_INSURANCE:52-611]] at ang 番号 ay [[JP_HEALTH_INSURANCE:904]].",
    "+ Para sa insurance: 記号 ay [[JP_HEALTH_INSURANCE:阪08]] at 番号 [[JP_HEALTH_INSURANCE:2216]] po.",
    "- 化学记号是Fe，原子番号26。",
    "- Địa chỉ: số 821 đường Lê Lợi, ký hiệu khu B3.",
    "- Ang 記号 ay △ at ang kahulugan ay tatsulok.",
    "- 我的航班号码是NH922，出发时间是2025年3月。",
    # 4. 記号・番号：A・B after an insurance word: two values
    "+ 国保記号・番号：[[JP_HEALTH_INSURANCE:618]]・[[JP_HEALTH_INSURANCE:203344]]⏎担当：保険年金課",
    "+ 健康保険証 記号・番号は [[JP_HEALTH_INSURANCE:7302]]・[[JP_HEALTH_INSURANCE:56]] です。",
    "+ 被保険者証記号・番号 [[JP_HEALTH_INSURANCE:24]]・[[JP_HEALTH_INSURANCE:118870]]",
    "+ 後期高齢者医療 被保険者 記号・番号：[[JP_HEALTH_INSURANCE:905]]・[[JP_HEALTH_INSURANCE:4471]]（再交付）",
    "+ 組合員証の記号・番号：[[JP_HEALTH_INSURANCE:31]]・[[JP_HEALTH_INSURANCE:6028]]",
    "- 規格の記号・番号：JIS・8301",
    "- 文書の記号・番号：総第・415",
)
ROWS_BW = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_BW, seed=20261237, held_out=is_holdout_bw, tag="rbw")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
