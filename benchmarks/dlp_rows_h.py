"""Round H labelled rows (written 2026-12-04 night, before any rule change; every value invented).

Final rows (ids ``pos-rh*`` / ``neg-rh*``, offsets included) appended to the dev set by
``benchmarks/dlp_make_evalset.py``; all tuned on (round H has no holdout part). Weighted to the
forms the first run of ``pii_test8`` missed, described generally: 枝番 of a 被保険者証, a
「記号・番号等」 label, a 記号 after another number, 介護保険 / 後期高齢者 keys, TEL/FAX glued
before a phone, a dot-grouped My Number after an English label; and hard negatives (a land lot's
地番・枝番, a 整理番号's 枝番).
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

import json

__all__ = ["ROWS_H"]

_ROWS = r"""
{"id": "pos-rh01", "kind": "positive", "text": "被保険者証 記号 7210 番号 38 枝番01", "spans": [{"start": 9, "end": 13, "type": "JP_HEALTH_INSURANCE"}, {"start": 17, "end": 19, "type": "JP_HEALTH_INSURANCE"}, {"start": 22, "end": 24, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh02", "kind": "positive", "text": "記号5517 番号204（枝番02）", "spans": [{"start": 2, "end": 6, "type": "JP_HEALTH_INSURANCE"}, {"start": 9, "end": 12, "type": "JP_HEALTH_INSURANCE"}, {"start": 15, "end": 17, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh03", "kind": "positive", "text": "保険証の枝番は03です（本人）。", "spans": [{"start": 7, "end": 9, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh04", "kind": "positive", "text": "被保険者証（記号 4402・番号 91）枝番：00", "spans": [{"start": 9, "end": 13, "type": "JP_HEALTH_INSURANCE"}, {"start": 17, "end": 19, "type": "JP_HEALTH_INSURANCE"}, {"start": 23, "end": 25, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh05", "kind": "positive", "text": "記号・番号等：6631・1185", "spans": [{"start": 7, "end": 11, "type": "JP_HEALTH_INSURANCE"}, {"start": 12, "end": 16, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh06", "kind": "positive", "text": "保険証の記号・番号等は2084・57です。", "spans": [{"start": 11, "end": 18, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh07", "kind": "positive", "text": "記号番号等 9120-334", "spans": [{"start": 6, "end": 14, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh08", "kind": "positive", "text": "基礎年金番号 4410-227815 記号 横12-77 番号 305", "spans": [{"start": 7, "end": 18, "type": "JP_PENSION_NUMBER"}, {"start": 22, "end": 28, "type": "JP_HEALTH_INSURANCE"}, {"start": 32, "end": 35, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh09", "kind": "positive", "text": "年金番号 3302-519470　記号 千3-201　番号 88", "spans": [{"start": 5, "end": 16, "type": "JP_PENSION_NUMBER"}, {"start": 20, "end": 26, "type": "JP_HEALTH_INSURANCE"}, {"start": 30, "end": 32, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh10", "kind": "positive", "text": "介護保険被保険者番号：0001234567", "spans": [{"start": 11, "end": 21, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh11", "kind": "positive", "text": "介護保険の被保険者番号は1200345678です。", "spans": [{"start": 12, "end": 22, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh12", "kind": "positive", "text": "後期高齢者医療被保険者番号 3904718265", "spans": [{"start": 14, "end": 24, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh13", "kind": "positive", "text": "kaigo_hihokensha_no=0000418273", "spans": [{"start": 20, "end": 30, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh14", "kind": "positive", "text": "{\"hihokensha_no\": \"5029183746\", \"age\": 81}", "spans": [{"start": 19, "end": 29, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh15", "kind": "positive", "text": "hokensha_no: 39271044", "spans": [{"start": 13, "end": 21, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh16", "kind": "positive", "text": "user,hihokensha_no\nu88,7201938456", "spans": [{"start": 23, "end": 33, "type": "JP_HEALTH_INSURANCE"}]}
{"id": "pos-rh17", "kind": "positive", "text": "FAX 0466（34）4678", "spans": [{"start": 4, "end": 16, "type": "PHONE_NUMBER"}]}
{"id": "pos-rh18", "kind": "positive", "text": "代表電話：0284（41）2211", "spans": [{"start": 5, "end": 17, "type": "PHONE_NUMBER"}]}
{"id": "pos-rh19", "kind": "positive", "text": "ファクス 0823(22)5510", "spans": [{"start": 5, "end": 17, "type": "PHONE_NUMBER"}]}
{"id": "pos-rh20", "kind": "positive", "text": "代表電話 ０５５２（２３）１１０１", "spans": [{"start": 5, "end": 17, "type": "PHONE_NUMBER"}]}
{"id": "pos-rh21", "kind": "positive", "text": "住所 栃木県宇都宮市塙田2-2-20 TEL090-3318-7724", "spans": [{"start": 3, "end": 18, "type": "JP_ADDRESS"}, {"start": 22, "end": 35, "type": "PHONE_NUMBER"}]}
{"id": "pos-rh22", "kind": "positive", "text": "熊本県熊本市中央区水前寺6-18-1TEL096-383-1111", "spans": [{"start": 0, "end": 18, "type": "JP_ADDRESS"}, {"start": 21, "end": 33, "type": "PHONE_NUMBER"}]}
{"id": "pos-rh23", "kind": "positive", "text": "My Number is 7051.3218.8355.", "spans": [{"start": 13, "end": 27, "type": "JP_MY_NUMBER"}]}
{"id": "pos-rh24", "kind": "positive", "text": "Her My Number: 2850.5195.2698", "spans": [{"start": 15, "end": 29, "type": "JP_MY_NUMBER"}]}
{"id": "pos-rh25", "kind": "positive", "text": "{\"license_no\": \"3304-1187-2265\"}", "spans": [{"start": 16, "end": 30, "type": "JP_DRIVER_LICENSE"}]}
{"id": "pos-rh26", "kind": "positive", "text": "{\"name\": \"x\", \"license_no\": \"6120-0043-9918\"}", "spans": [{"start": 29, "end": 43, "type": "JP_DRIVER_LICENSE"}]}
{"id": "pos-rh27", "kind": "positive", "text": "Residence Card: AB12345678CD", "spans": [{"start": 16, "end": 28, "type": "JP_RESIDENCE_CARD"}]}
{"id": "pos-rh28", "kind": "positive", "text": "Passport No.: TR4471290", "spans": [{"start": 14, "end": 23, "type": "JP_PASSPORT"}]}
{"id": "neg-rh01", "kind": "negative", "text": "土地の地番・枝番：123番4 枝番05", "spans": []}
{"id": "neg-rh02", "kind": "negative", "text": "所在 ○○町字北 地番 208 枝番 3", "spans": []}
{"id": "neg-rh03", "kind": "negative", "text": "枝番02の資料を添付する（文書番号 4412-02）。", "spans": []}
{"id": "neg-rh04", "kind": "negative", "text": "保険者番号の桁数は8桁である（法別番号2桁を含む）。", "spans": []}
{"id": "neg-rh05", "kind": "negative", "text": "保険者番号一覧表（令和8年度版）", "spans": []}
{"id": "neg-rh06", "kind": "negative", "text": "記号・番号等の欄は記入不要です。", "spans": []}
{"id": "neg-rh07", "kind": "negative", "text": "介護保険被保険者数 1043人（令和7年度）", "spans": []}
{"id": "neg-rh08", "kind": "negative", "text": "Residence Card holders must carry the card.", "spans": []}
{"id": "neg-rh09", "kind": "negative", "text": "Passport No. fields are optional in this form.", "spans": []}
{"id": "neg-rh10", "kind": "negative", "text": "FAX（送信票） 3枚", "spans": []}
{"id": "neg-rh11", "kind": "negative", "text": "議案第34号 附則第2条", "spans": []}
{"id": "neg-rh12", "kind": "negative", "text": "代表電話の受付時間は8時30分から17時15分まで", "spans": []}
{"id": "neg-rh13", "kind": "negative", "text": "My Number card issuance rose 12.5% in 2025.", "spans": []}
{"id": "neg-rh14", "kind": "negative", "text": "license_no=N/A", "spans": []}
"""

ROWS_H: list[dict[str, object]] = [json.loads(x) for x in _ROWS.strip().splitlines()]
