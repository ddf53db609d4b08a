"""A small second labelled set, written after the recognizers were tuned on corpora/eval/pii_ja.jsonl,
and first run once without changes (the first-run result is recorded in docs/benchmarks/dlp.md).

    python benchmarks/dlp_holdout.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dlp_make_evalset import _parse
from dlp_quality import _table, evaluate, govrag_predict

HOLDOUT = r"""
令和6年6月3日付けで、[[PERSON:河野 さくら]]さんから情報公開請求書が提出された。
請求者住所：[[JP_ADDRESS:群馬県前橋市大手町1丁目1番1号]]、電話番号：[[PHONE_NUMBER:027-223-1111]]
障害福祉サービス受給者証の申請者は[[PERSON:大西 翼]]（[[DATE_OF_BIRTH:平成24年9月9日]]生）である。
保護者[[PERSON:大西 美和]]の個人番号：[[JP_MY_NUMBER:876543210989]]
連絡はメール（[[EMAIL_ADDRESS:miwa.onishi@example.com]]）を希望している。
還付金の振込先は、[[PERSON:千葉 修]]名義の普通預金口座（口座番号[[JP_BANK_ACCOUNT:4455667]]）とする。
[[PERSON:星野]]氏の在留カード番号[[JP_RESIDENCE_CARD:EF11223344GH]]は有効である。
本人確認は旅券（番号[[JP_PASSPORT:TK7788990]]）で行った。
[[PERSON:松井]]様より、郵便番号[[JP_POSTAL_CODE:060-8588]]宛てに書類を返送してほしいとの依頼。
担当者：税務課 [[PERSON:高田]]　電話 [[PHONE_NUMBER:0952-24-2111]]（内線3021）
[[PERSON:マイケル・ブラウン]]さんの携帯番号は[[PHONE_NUMBER:070-3344-5566]]です。
被保険者記号・番号：[[JP_HEALTH_INSURANCE:2001・345]]
[[PERSON:堀内 一馬]]の基礎年金番号は[[JP_PENSION_NUMBER:3030-404040]]である。
委託業者（法人番号[[JP_CORPORATE_NUMBER:7000012050002]]）に業務を委託した。
利用料金はクレジットカード（[[CREDIT_CARD:4111 1111 1111 1111]]）で支払われた。
[[PERSON:新井]]さんの新住所は[[JP_ADDRESS:茨城県水戸市笠原町978番6]]です。
運転免許証の番号[[JP_DRIVER_LICENSE:632109876543]]を控えた。
生年月日：[[DATE_OF_BIRTH:1969年12月31日]]　氏名：[[PERSON:野村 正和]]
市民相談室の[[PERSON:小松]]です。
[[PERSON:桑原]]様（[[JP_ADDRESS:岐阜県岐阜市司町40番地1]]）への通知を発送した。
情報公開法第五条第一号に該当するため、一部を不開示とした。
令和5年4月1日から令和6年3月31日までの間に、延べ3,456件の相談があった。
平成十五年法律第五十七号第二条第三項に規定する要配慮個人情報を含む。
申請手数料は1件につき300円とする。
第4章第2節（第30条から第45条まで）を削る。
予算書12ページ、事業番号2024-0123を参照。
審査請求は、処分があったことを知った日の翌日から起算して三月以内にしなければならない。
受理番号202406030001について回答期限を延長する。
内閣総理大臣及び各省大臣は、行政機関の長として、これを管理する。
令和七年三月三十一日までに報告すること。
"""


def main() -> int:
    rows = []
    for i, line in enumerate(x for x in HOLDOUT.strip().splitlines() if x.strip()):
        text, spans = _parse(line)
        rows.append(
            {
                "id": f"hold-{i + 1:03d}",
                "kind": "positive" if spans else "negative",
                "text": text,
                "spans": spans,
            }
        )
    res = evaluate(govrag_predict(), rows)
    print(_table("govrag (holdout)", res))
    print("\n".join(res.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
