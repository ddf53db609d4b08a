"""Round AN labelled rows (written 2026-12-05, before any rule change of round AN; every value invented).

Same format as ``dlp_rows_aj.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break. Rows with ``i % 3 == 1`` (0-based, one third) form ``corpora/eval/pii_devholdout_ran.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_ran.jsonl``.

Round AN's families (from the lead's categories, no eval row seen): packed records with an
unhyphenated postal code, space-aligned transfer rows (type digit glued to the account), JSON payment
objects, abbreviated insurance labels (被保 / 保険者), a phone alone under a caller line, birth dates
answered in an interpreted dialogue, Portuguese / Nepali passports, licences in XML / keys / aligned
records, phones with spaced hyphens. Negatives: 品番 / 型番 tables and 型番 changes, a reservation
date after a birth date, JSON received / created / updated dates, other look-alikes.

    python benchmarks/dlp_rows_an.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows of the evaluation set are long lines)
from __future__ import annotations

__all__ = ["ROWS_AN", "is_holdout_an"]


def is_holdout_an(index: int) -> bool:
    """Rows 1, 4, 7, … (0-based): one third of the batch, spread over every topic."""
    return index % 3 == 1


_LINES = (
    # 1. packed records, postal code without hyphen
    "+ 20410387[[PERSON:ﾀｶﾊｼ ﾐﾕｷ]]       [[DATE_OF_BIRTH:19650823]][[JP_POSTAL_CODE:3500041]][[PHONE_NUMBER:09028814472]]000015000",
    "+ 00318842[[PERSON:ﾊﾔｼ ｼﾞﾛｳ]]        [[DATE_OF_BIRTH:19710309]][[JP_POSTAL_CODE:2510025]][[PHONE_NUMBER:08043317709]]0020240401",
    "+ 受給者一覧（固定長）⏎10200451[[PERSON:ｻｲﾄｳ ﾁｴｺ]]       [[DATE_OF_BIRTH:19440517]][[JP_POSTAL_CODE:9900034]][[PHONE_NUMBER:07011845530]]1000⏎10200452[[PERSON:ｻｲﾄｳ ﾏｻｵ]]       [[DATE_OF_BIRTH:19410212]][[JP_POSTAL_CODE:9900034]][[PHONE_NUMBER:09035517266]]1000",
    "+ 31007765 [[PERSON:ﾏｴﾀﾞ ｱﾂｼ]]     [[DATE_OF_BIRTH:19890130]][[JP_POSTAL_CODE:7600017]][[PHONE_NUMBER:08090214435]]00003",
    "+ 47720019[[PERSON:ﾅｶﾑﾗ ｼｮｳｺ]]    [[DATE_OF_BIRTH:20000728]][[JP_POSTAL_CODE:9008501]][[PHONE_NUMBER:09066123048]]",
    "+ 05511203[[PERSON:ｵｶﾞﾜ ﾘｮｳ]]          [[DATE_OF_BIRTH:19781206]][[JP_POSTAL_CODE:4200851]][[PHONE_NUMBER:07058834127]]0000120000012",
    "+ 88100342[[PERSON:ｴﾝﾄﾞｳ ﾉﾘｺ]]      [[DATE_OF_BIRTH:19560901]][[JP_POSTAL_CODE:0300811]][[PHONE_NUMBER:08022107735]]21",
    "+ 12004410[[PERSON:ﾌｼﾞﾀ ｹﾝ]]         [[DATE_OF_BIRTH:19930415]][[JP_POSTAL_CODE:8700021]][[PHONE_NUMBER:09011720348]]0001",
    "- 商品CD  品名（固定長）⏎10020345ﾎﾞｰﾙﾍﾟﾝ ｸﾛ       2024051800001200000000450",
    "- 40010022ｺﾋﾟｰﾖｳｼ A4      202403111000021000000000330",
    "- 集計  20241001000005300012500000000",
    "- 00000000ﾃｽﾄ ﾃﾞｰﾀ        20240101000000000000000000",
    # 2. space-aligned transfer rows
    "+ 総合振込明細⏎0123  0005  1[[JP_BANK_ACCOUNT:4417209]]  [[PERSON:ﾔﾏｸﾞﾁ ﾀｹｼ]]       45000",
    "+ 支店  銀行  種目口座番号  受取人⏎0301  0009  2[[JP_BANK_ACCOUNT:0087351]]  [[PERSON:ｷﾉｼﾀ ﾕﾐ]]          120000",
    "+ 0450  0001  1[[JP_BANK_ACCOUNT:3320561]][[PERSON:ｵｵﾉ ｻﾄﾙ]]        30000",
    "+ 振込データ⏎0022  0138  1[[JP_BANK_ACCOUNT:1028846]]  [[PERSON:ﾐｽﾞﾉ ｶｵﾘ]]   50000⏎0022  0138  1[[JP_BANK_ACCOUNT:1028847]]  [[PERSON:ﾐｽﾞﾉ ｼｭﾝ]]   50000",
    "+ 0711  0157  2[[JP_BANK_ACCOUNT:5509183]]  [[PERSON:ｺﾊﾞﾔｼ ﾐﾉﾙ]]     8800",
    "+ 給付金振込⏎0200   0033   1[[JP_BANK_ACCOUNT:7003412]]   [[PERSON:ｱｵｷ ﾖｼｺ]]   100000",
    "+ 0981  0010  1[[JP_BANK_ACCOUNT:2281950]]  [[PERSON:ﾀﾅﾍﾞ ｼﾞｭﾝｲﾁ]]   64000",
    "+ 口座振替⏎0135  0005  2[[JP_BANK_ACCOUNT:6654031]][[PERSON:ｲﾉｳｴ ﾏｺﾄ]]     2500",
    "- 0123  0005  10000000  ｺﾞｳｹｲ       45000",
    "- 支店数  銀行数  件数⏎0301  0009  20087351",
    "- 0450  0001  13320561  ﾃｽｳﾘｮｳ  30000",
    "- 0022  0138  2024  ﾈﾝｼﾞ ｼｭｳｹｲ  50000",
    # 3. JSON payment objects
    "+ {\"bank\": \"0005\", \"account\": \"[[JP_BANK_ACCOUNT:118-3320947]]\", \"payee\": \"[[PERSON:ﾋﾗﾉ ｱﾔ]]\", \"amount\": 30000}",
    "+ {\"payee\": \"[[PERSON:西村 拓也]]\", \"bank\": \"みずほ銀行\", \"account\": \"[[JP_BANK_ACCOUNT:251-0098314]]\", \"amount\": 12000}",
    "+ [{\"amount\": 5000, \"bank\": \"0009\", \"account\": \"[[JP_BANK_ACCOUNT:402-7731056]]\", \"payee\": \"[[PERSON:ｶﾜｲ ｹｲ]]\"}]",
    "+ {⏎  \"payee\": \"[[PERSON:ﾄﾐﾀ ﾋﾛｼ]]\",⏎  \"bank\": \"0001\",⏎  \"account\": \"[[JP_BANK_ACCOUNT:033-2204518]]\",⏎  \"amount\": 80000⏎}",
    "+ {\"id\": 3, \"bank\": \"0138\", \"account\": \"[[JP_BANK_ACCOUNT:711-4408821]]\", \"payee\": \"[[PERSON:ｳﾒﾀﾞ ﾅｵｷ]]\", \"amount\": 1500}",
    "+ {'bank': 'ゆうちょ銀行', 'account': '[[JP_BANK_ACCOUNT:098-1127734]]', 'payee': '[[PERSON:杉本 恵子]]', 'amount': 20000}",
    "+ \"account\": \"[[JP_BANK_ACCOUNT:316-5520197]]\", \"bank\": \"0157\", \"payee\": \"[[PERSON:ﾀｹｳﾁ ﾕｳｼﾞ]]\"",
    "+ {\"bank\":\"0033\",\"account\":\"[[JP_BANK_ACCOUNT:120-0983316]]\",\"payee\":\"[[PERSON:ﾏﾂﾓﾄ ﾁｻﾄ]]\",\"amount\":3000}",
    "- {\"ledger\": \"general\", \"account\": \"511-0000001\", \"debit\": 30000}",
    "- {\"bank\": \"0005\", \"account\": \"pending\", \"payee\": \"\", \"amount\": 0}",
    "- {\"account\": \"admin-2024\", \"role\": \"editor\"}",
    "- {\"budget\": \"2024\", \"account\": \"201-3300000\", \"amount\": 500000, \"division\": \"総務課\"}",
    # 4. abbreviated insurance labels
    "+ 介護保険　被保 [[JP_HEALTH_INSURANCE:0312284507]]　保険者 [[JP_HEALTH_INSURANCE:142158]]",
    "+ 介護：被保 [[JP_HEALTH_INSURANCE:0000418836]]（要介護2）",
    "+ 医療 保険者 [[JP_HEALTH_INSURANCE:39131015]] 被保 [[JP_HEALTH_INSURANCE:22075104]]",
    "+ 利用者 [[PERSON:佐野 トメ]]　介護 被保 [[JP_HEALTH_INSURANCE:0107732291]] 保険者 [[JP_HEALTH_INSURANCE:272047]]",
    "+ 後期高齢 保険者 [[JP_HEALTH_INSURANCE:39221047]]　被保 [[JP_HEALTH_INSURANCE:10384472]]",
    "+ 介護保険証 確認済（被保 [[JP_HEALTH_INSURANCE:0208815530]]）",
    "+ 医療：保険者 [[JP_HEALTH_INSURANCE:06271144]]　被保 [[JP_HEALTH_INSURANCE:44180221]]",
    "+ 介護 保険者 [[JP_HEALTH_INSURANCE:401307]] / 被保 [[JP_HEALTH_INSURANCE:0033810275]]",
    "- 介護 被保 未確認　保険者 変更予定",
    "- 医療 保険者 3 件　被保 12 名",
    "- 介護 保険者会議 2024 年 10 月",
    "- 被保護世帯 0312 件（介護扶助 284 件）",
    # 5. a phone alone after a caller line
    "+ 北警察署 生活安全課 [[PERSON:木村]]巡査部長より⏎[[PHONE_NUMBER:011-747-3318]]",
    "+ 着信メモ⏎南署 地域課 [[PERSON:大塚]]巡査より⏎[[PHONE_NUMBER:090-3318-2046]]⏎折り返し希望",
    "+ 市民病院 医療相談室 [[PERSON:千葉]]ＭＳＷより⏎[[PHONE_NUMBER:0263-33-7104]]",
    "+ 県警本部 少年課 [[PERSON:安田]]警部補より電話⏎[[PHONE_NUMBER:0980-22-4117]]",
    "+ 中部児童相談所 [[PERSON:福田]]さんより⏎[[PHONE_NUMBER:08027715340]]",
    "+ 西消防署 予防課 [[PERSON:松尾]]消防司令より⏎[[PHONE_NUMBER:052-611-0937]]",
    "+ 東警察署 刑事課 [[PERSON:高野]]巡査長より入電⏎[[PHONE_NUMBER:07012284590]]",
    "+ 地域包括支援センター [[PERSON:原]]主任より⏎ [[PHONE_NUMBER:048-223-9061]]",
    "- 生活安全課より⏎資料番号 2024-0315-01",
    "- 北警察署 生活安全課より通知⏎令和6年10月3日",
    "- 会計課より⏎0120 件処理済み",
    "- 県警本部より⏎第 2024-117 号",
    # 6. birth dates in an interpreted dialogue
    "+ 通訳：Qual é a sua data de nascimento?⏎[[PERSON:Ana Souza]]: [[DATE_OF_BIRTH:17/09/1983]]",
    "+ Interpreter: What is your date of birth?⏎[[PERSON:John Mensah]]: [[DATE_OF_BIRTH:04/02/1979]]",
    "+ 通訳：¿Cuál es su fecha de nacimiento?⏎[[PERSON:Carlos Ramírez]]: [[DATE_OF_BIRTH:23/11/1990]]",
    "+ 通訳：Ngày sinh của anh là ngày nào?⏎[[PERSON:Trần Minh]]: [[DATE_OF_BIRTH:08/06/1996]]",
    "+ 通訳（ポルトガル語）：Qual é a data de nascimento do seu filho?⏎[[PERSON:Marcos]]: [[DATE_OF_BIRTH:30/01/2014]]",
    "+ 本人の誕生日は[[DATE_OF_BIRTH:5月8日]]とのこと。",
    "+ 母親に確認したところ、長男の誕生日は[[DATE_OF_BIRTH:11月22日]]とのことだった。",
    "+ 通訳：What's your birthday?⏎[[PERSON:Grace Lim]]: [[DATE_OF_BIRTH:12/07/1988]]",
    "+ 誕生日は[[DATE_OF_BIRTH:2月29日]]とのことで、書類の記載と一致。",
    "- 通訳：Qual é a data da consulta?⏎Ana: 17/09/2025",
    "- Interpreter: When did you arrive in Japan?⏎John: 04/02/2019",
    "- 通訳：¿Cuándo vence su visa?⏎Carlos: 23/11/2026",
    "- 次回の面談は5月8日とのこと。",
    "- 誕生日会は11月22日に行うとのこと。",
    # 7. passports
    "+ Segue em anexo a cópia do meu passaporte ([[JP_PASSPORT:FR3318842]]).",
    "+ Envio a cópia do meu passaporte ([[JP_PASSPORT:YB1029374]]) e do visto.",
    "+ cópia do passaporte ([[JP_PASSPORT:GK4410287]]) recebida",
    "+ मेरो राहदानी नं. [[JP_PASSPORT:10338471]] हो।",
    "+ राहदानी नं. [[JP_PASSPORT:09127735]]  नाम: [[PERSON:सुनिता राई]]",
    "+ राहदानी नं.: [[JP_PASSPORT:11820946]]",
    "+ Anexei a cópia do meu passaporte brasileiro ([[JP_PASSPORT:FX2207115]]).",
    "- Segue em anexo a cópia do meu contrato (CT2024118).",
    "- cópia do meu passaporte (ainda não tenho)",
    "- राहदानी नं. (पछि पठाउँछु)",
    "- राहदानी कार्यालय फोन 2024 मा खुल्यो",
    # 8. licences
    "+ <Driver><Name>[[PERSON:小島 亮]]</Name><LicenseNumber>[[JP_DRIVER_LICENSE:302108447719]]</LicenseNumber></Driver>",
    "+ <LicenseNumber>[[JP_DRIVER_LICENSE:621503318204]]</LicenseNumber>",
    "+ {\"name\": \"[[PERSON:坂口 舞]]\", \"license_no\": \"[[JP_DRIVER_LICENSE:448912031176]]\"}",
    "+ license_no: [[JP_DRIVER_LICENSE:540207715532]]",
    "+ 氏名        生年月日    免許証番号      色\t⏎[[PERSON:青山 一郎]]   [[DATE_OF_BIRTH:19700412]]    [[JP_DRIVER_LICENSE:453331478932]]    ゴールド",
    "+ No   氏名         license        class⏎01   [[PERSON:村上 修]]    [[JP_DRIVER_LICENSE:288040723866]]   B2",
    "+ 02   [[PERSON:河野 美咲]]    [[JP_DRIVER_LICENSE:255118487336]]   A4   有効",
    "+ 職員番号  氏名        運転免許番号⏎K0412   [[PERSON:浜田 翔]]    [[JP_DRIVER_LICENSE:311387981131]]",
    "+ <LicenseNumber>[[JP_DRIVER_LICENSE:110902281546]]</LicenseNumber><ExpiryDate>2027-06-12</ExpiryDate>",
    "- <LicenseNumber>建設業許可 第012345号</LicenseNumber>",
    "- <SerialNumber>302108447719</SerialNumber>",
    "- 品目CD   数量   license   備考⏎00123   10   未取得   -",
    "+ 氏名        個人番号⏎[[PERSON:青山 一郎]]   [[JP_MY_NUMBER:{MN}]]",
    "- license_no: 未登録",
    # 9. phones with spaced hyphens
    "+ 携帯 [[PHONE_NUMBER:080 - 4471 - 3902]] まで",
    "+ 連絡先：[[PHONE_NUMBER:090 - 2231 - 7788]]",
    "+ TEL [[PHONE_NUMBER:03 - 5512 - 4409]]（平日のみ）",
    "+ 電話番号 [[PHONE_NUMBER:070 - 3318 - 2264]]",
    "+ [[PERSON:江口]]さんの携帯は [[PHONE_NUMBER:080 - 9912 - 0347]] です。",
    "+ 自宅 [[PHONE_NUMBER:0466 - 22 - 3107]]",
    "+ 緊急時 [[PHONE_NUMBER:090 - 6604 - 1185]]（夫）",
    "- 期間 2023 - 2024 - 2025 の推移",
    "- 管理番号 100 - 2231 - 0042",
    "- 得点 3 - 2 - 1 で勝利",
    "- 規格 090 - 22 - 3 号",
    # 10. false positives
    "- 品番\t品名\t数量⏎080-1129-3376\tボールペン黒\t12⏎090-2207-4415\t付箋\t30",
    "- 型番\t名称\t単価⏎070-4412-9920\tトナー\t8800⏎03-3318-2047\tドラム\t15000",
    "- 型式\tメーカー\t台数⏎045-221-0736\tA社\t3",
    "- 型番 090-3312-7704 を 090-3312-7705 に変更しました。",
    "- 発注書の型番 080-2271-1003 を 080-2271-1010 に変更",
    "- 型番：03-4410-2281を03-4410-2290に変更のこと",
    "+ [[PERSON:石田 陽菜]]（[[DATE_OF_BIRTH:6月14日]]生まれ）の面談は令和7年2月3日の枠を希望。",
    "+ [[PERSON:宮本 蓮]]さん（[[DATE_OF_BIRTH:平成30年9月2日]]生まれ）、令和6年12月10日の予約を希望",
    "+ 生年月日 [[DATE_OF_BIRTH:1950年3月9日]]　次回予約 2025年1月15日",
    "- {\"id\": 12, \"received\": \"2024-10-03\", \"status\": \"open\"}",
    "- {\"created\": \"2019-04-01\", \"updated\": \"2024-09-30\", \"title\": \"申請\"}",
    "- \"received\": \"1988/07/21\", \"channel\": \"mail\"",
    "- {\"updated\": \"20240315\", \"by\": \"system\"}",
    "+ 品番\t品名\t担当\t携帯⏎A-1102\tボールペン\t[[PERSON:松井]]\t[[PHONE_NUMBER:090-4417-2083]]",
    "+ {\"created\": \"2024-10-03\", \"name\": \"[[PERSON:小西 由美]]\", \"birth_date\": \"[[DATE_OF_BIRTH:1982-05-19]]\"}",
)
ROWS_AN = "\n" + "\n".join(_LINES) + "\n"


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_AN, seed=20261208, held_out=is_holdout_an, tag="ran")
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
