"""Round K labelled rows (written 2026-12-04, before any rule change; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break inside the row, ``\\t`` a tab. Rows ``i % 3 == 1`` (0-based, a third of the batch) form
``corpora/eval/pii_devholdout_rk.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rk.jsonl``.

Health-insurance 記号/番号/枝番/保険者番号/被保険者番号 in the layouts a new writer would produce:
OCR of a card (labels and values on separate lines, odd spacing), 資格確認書 and マイナ保険証 wording,
高額療養費/限度額適用 forms, 国保 窓口 memos, CSV/TSV/Markdown tables, JSON and key=value logs,
English forms, chat messages, values before their labels, abbreviated labels (記/番/No./#); and
hard negatives next to a card word (statute text, 保険料 amounts, counts, 受付/文書/整理番号, 地番,
specimens, dates, phone numbers).

    python benchmarks/dlp_rows_k.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

from pathlib import Path

__all__ = ["ROWS_K", "is_holdout_k"]


def is_holdout_k(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): a third of the batch, spread over every topic."""
    return index % 3 == 1


ROWS_K = r"""
+ 健康保険被保険者証⏎本人（被保険者）⏎記号⏎[[JP_HEALTH_INSURANCE:1234]]⏎番号⏎[[JP_HEALTH_INSURANCE:56]]⏎枝番⏎[[JP_HEALTH_INSURANCE:00]]
+ 健 康 保 険 証⏎記　号　[[JP_HEALTH_INSURANCE:30214]]　番　号　[[JP_HEALTH_INSURANCE:88]]（枝番：[[JP_HEALTH_INSURANCE:01]]）
+ 資格確認書の記号は[[JP_HEALTH_INSURANCE:5512]]、番号は[[JP_HEALTH_INSURANCE:31]]、枝番は[[JP_HEALTH_INSURANCE:02]]です。
+ マイナ保険証をお持ちでない方は資格確認書（記号 [[JP_HEALTH_INSURANCE:7033]]・番号 [[JP_HEALTH_INSURANCE:120]]）を提示してください。
+ 高額療養費支給申請書　被保険者証の記号 [[JP_HEALTH_INSURANCE:4410-22]] 番号 [[JP_HEALTH_INSURANCE:8]]
+ 限度額適用認定申請　保険者番号：[[JP_HEALTH_INSURANCE:01130012]]　記号：[[JP_HEALTH_INSURANCE:札中12]]　番号：[[JP_HEALTH_INSURANCE:905]]
+ 国保窓口メモ：本人来庁、記号[[JP_HEALTH_INSURANCE:葛12]]番号[[JP_HEALTH_INSURANCE:3345]]で資格確認済。
+ 記号,番号,枝番,保険者番号⏎[[JP_HEALTH_INSURANCE:4402]],[[JP_HEALTH_INSURANCE:118]],[[JP_HEALTH_INSURANCE:01]],[[JP_HEALTH_INSURANCE:06271147]]
+ 被保険者番号\t要介護度\t認定日⏎[[JP_HEALTH_INSURANCE:0000418823]]\t要介護2\t2025/04/01
+ {"event":"qualification_check","insurer_no":"[[JP_HEALTH_INSURANCE:138065]]","symbol":"[[JP_HEALTH_INSURANCE:2201]]","number":"[[JP_HEALTH_INSURANCE:17]]","branch":"[[JP_HEALTH_INSURANCE:00]]"}
+ {"保険者番号": "[[JP_HEALTH_INSURANCE:32131011]]", "記号": "[[JP_HEALTH_INSURANCE:11]]", "番号": "[[JP_HEALTH_INSURANCE:2468]]"}
+ National Health Insurance card — Symbol No.: [[JP_HEALTH_INSURANCE:K-12]], Insured No.: [[JP_HEALTH_INSURANCE:30741]]
+ Insurer No. [[JP_HEALTH_INSURANCE:67130021]] / Card symbol [[JP_HEALTH_INSURANCE:0221]] / Card number [[JP_HEALTH_INSURANCE:775]] / Branch [[JP_HEALTH_INSURANCE:01]]
+ 保険証の記号が[[JP_HEALTH_INSURANCE:3310]]で番号が[[JP_HEALTH_INSURANCE:62]]です！
+ 保険証見ながら打ちます。記号[[JP_HEALTH_INSURANCE:5501]]、番号[[JP_HEALTH_INSURANCE:9]]、枝番[[JP_HEALTH_INSURANCE:01]]
+ 保険証 記号番号[[JP_HEALTH_INSURANCE:1234-567]]
+ 保険証の写し：[[JP_HEALTH_INSURANCE:8821]]（記号）・[[JP_HEALTH_INSURANCE:304]]（番号）
+ 保険証 記:[[JP_HEALTH_INSURANCE:6012]] 番:[[JP_HEALTH_INSURANCE:44]] 枝:[[JP_HEALTH_INSURANCE:00]]
+ 被保険者証 記号#[[JP_HEALTH_INSURANCE:1207]] No.[[JP_HEALTH_INSURANCE:335]]
+ 介護保険被保険者証 番号 [[JP_HEALTH_INSURANCE:0001234567]]
+ 介護保険の被保険者番号 [[JP_HEALTH_INSURANCE:1000234561]] の方は認定調査の日程を連絡します。
+ 後期高齢者医療　保険者番号 [[JP_HEALTH_INSURANCE:39132015]]　被保険者番号 [[JP_HEALTH_INSURANCE:00481234]]
+ 〇〇健康保険組合 組合員証 記号：[[JP_HEALTH_INSURANCE:本社3]]　番号：[[JP_HEALTH_INSURANCE:1045]]
+ | 記号 | 番号 | 枝番 |⏎|---|---|---|⏎| [[JP_HEALTH_INSURANCE:4421]] | [[JP_HEALTH_INSURANCE:73]] | [[JP_HEALTH_INSURANCE:01]] |
+ 保険証 記号・番号：[[JP_HEALTH_INSURANCE:１２３４・５６７]]
+ 国保の記号　[[JP_HEALTH_INSURANCE:１２　３４]]　番号　[[JP_HEALTH_INSURANCE:５６]]
+ hokensho no kigo wa [[JP_HEALTH_INSURANCE:1133]], bango wa [[JP_HEALTH_INSURANCE:25]] desu.
+ 保険証の記号と番号は[[JP_HEALTH_INSURANCE:2231]]と[[JP_HEALTH_INSURANCE:45]]です。
+ 保険証 kigo/bango: [[JP_HEALTH_INSURANCE:7731]]/[[JP_HEALTH_INSURANCE:508]]
+ 保険証 記号/番号：[[JP_HEALTH_INSURANCE:3021]]/[[JP_HEALTH_INSURANCE:77]]
+ 被保険者番号 [[JP_HEALTH_INSURANCE:1234-5678]]（後期高齢者医療）
+ 限度額適用・標準負担額減額認定証交付申請書　被保険者証記号番号 [[JP_HEALTH_INSURANCE:12・345]]
+ 国民健康保険 被保険者証 記号 [[JP_HEALTH_INSURANCE:世田01]] 番号 [[JP_HEALTH_INSURANCE:123456]]
+ 国保資格確認、番号[[JP_HEALTH_INSURANCE:20518]]（記号なし）
+ 高額療養費支給申請⏎被保険者証⏎記号 [[JP_HEALTH_INSURANCE:3301]]　番号 [[JP_HEALTH_INSURANCE:21]]⏎療養を受けた月 令和6年10月
+ 【被保険者情報】⏎記号：[[JP_HEALTH_INSURANCE:0522]]⏎番号：[[JP_HEALTH_INSURANCE:88]]
+ 保険証の記号番号は以下の通りです。⏎[[JP_HEALTH_INSURANCE:2345-67]]
+ My health insurance card number is [[JP_HEALTH_INSURANCE:12 3456]].
+ hi_kigo=[[JP_HEALTH_INSURANCE:4501]] hi_bango=[[JP_HEALTH_INSURANCE:11]] hi_edaban=[[JP_HEALTH_INSURANCE:02]]
+ 被扶養者（長男）記号 [[JP_HEALTH_INSURANCE:1302]] 番号 [[JP_HEALTH_INSURANCE:57]] 枝番 [[JP_HEALTH_INSURANCE:03]]
+ 保険者番号 [[JP_HEALTH_INSURANCE:0613 9012]]（協会けんぽ）
+ [[JP_HEALTH_INSURANCE:06139012]]（保険者番号）の加入者から照会あり
+ 協会けんぽの保険証は記号[[JP_HEALTH_INSURANCE:21040512]]、番号[[JP_HEALTH_INSURANCE:3]]です
+ 資格確認書番号：[[JP_HEALTH_INSURANCE:7211-04]]
+ 保険証⏎記号　　番号　　枝番⏎[[JP_HEALTH_INSURANCE:8812]]　　[[JP_HEALTH_INSURANCE:406]]　　[[JP_HEALTH_INSURANCE:01]]
+ 保険証の番号、[[JP_HEALTH_INSURANCE:41]]番です。記号は[[JP_HEALTH_INSURANCE:1280]]。
+ 介護保険証　被保険者番号：[[JP_HEALTH_INSURANCE:0012 345 678]]　保険者番号：[[JP_HEALTH_INSURANCE:131045]]
+ 資格確認書（国民健康保険）記号＝[[JP_HEALTH_INSURANCE:荒12]]　番号＝[[JP_HEALTH_INSURANCE:4078]]
+ Health Insurance Certificate⏎Symbol⏎[[JP_HEALTH_INSURANCE:2233]]⏎Number⏎[[JP_HEALTH_INSURANCE:19]]
+ 国保窓口 電話 [[PHONE_NUMBER:03-1234-5678]]、保険証の記号は[[JP_HEALTH_INSURANCE:7709]]、番号は[[JP_HEALTH_INSURANCE:26]]
- 健康保険法施行規則第四十七条の被保険者証の記号及び番号の記載について定める。
- 保険料は月額12,300円です（国民健康保険）。
- 被保険者数は3,412人（令和5年度、介護保険）
- 受付番号 20250413-0012（保険証再交付申請）
- 記載例：記号 1234 番号 56 （見本）
- 保険証の記号は4桁、番号は最大8桁です。
- 保険証を2枚紛失した。
- 介護保険の第1号被保険者は65歳以上、第2号被保険者は40歳から64歳。
- 保険証の有効期限は2025年12月1日まで。
+ 国保窓口 電話 [[PHONE_NUMBER:03-1234-5678]]（保険証の再発行）
- 後期高齢者医療の保険料率は所得割8.5%、均等割47,300円。
- 文書番号 健保発第0412号 被保険者証の廃止について
- 保険者番号は8桁の数字で、法別番号2桁と都道府県番号2桁を含む。
- 整理番号 A-2231（限度額適用認定証の申請）
- 介護保険料の基準額は月額6,225円、第9期（2024〜2026年度）。
- 地番 1234-5 枝番 2（保険会社の所在地）
- 被保険者証は2024年12月2日以降新規発行されない。
- 記号・番号の欄には被保険者証に記載された記号を記入すること（記号が無い場合は空欄）。
- 高額療養費の自己負担限度額は80,100円＋（総医療費－267,000円）×1%。
- 保険証 3件 受付済（番号順に処理）
- 保険者番号 欄 未記入、記号 欄 未記入
- 国民健康保険の加入者数は1,234世帯、2,345人。
- 第百二十条の二 被保険者証を返還しないときは、10万円以下の過料に処する。
+ 問合せ: 協会けんぽ東京支部 [[PHONE_NUMBER:03-6853-6111]]
- 資格確認書の交付件数 12,345件（令和6年12月）
- 介護保険 要介護認定 申請日 2025/03/14 認定有効期間 12か月
- 保険証の記号番号の告知要求制限は令和2年10月1日から施行された。
- 保険証 番号順 1〜50、記号別集計は別表2
- 介護保険 第1号被保険者 保険料段階 第5段階 年額 74,700円
"""


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_K, seed=20261206, held_out=is_holdout_k, tag="rk")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
