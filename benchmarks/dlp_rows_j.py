"""Round J labelled rows (written 2026-12-04 before any rule change; every value invented).

Same format as ``dlp_rows_g.py``: ``+`` positive, ``-`` negative, ``⏎`` a line break inside the
row, ``\\t`` a tab. Rows ``i % 3 == 1`` (0-based) form the round-J dev-holdout
(``corpora/eval/pii_devholdout_rj.jsonl``, not tuned on); the rest form the round-J dev batch
(``corpora/eval/pii_dev_rj.jsonl``). Run ``python benchmarks/dlp_rows_j.py`` to write both.

Written as a test-set writer would, for five types whose recall fell short on unseen layouts
(DATE_OF_BIRTH, JP_DRIVER_LICENSE, JP_BANK_ACCOUNT, JP_PENSION_NUMBER, PHONE_NUMBER): rosters,
CSV/JSON keys (snake_case and camelCase), 和暦 abbreviations and era ligatures, ages beside a
date, a date before its label, card OCR with the title lines above the number, 店番-口座番号
pairs, ゆうちょ 通帳記号/通帳番号, spaced hyphens, phone words glued to the number, ℡/☎ marks;
hard negatives: 受付番号, 文書番号, 事件番号, amounts, statistics, 施行日/交付日/会議の日付,
law numbers, 地番, 郵便振替 without an account, numbers failing formats.
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["ROWS_J", "ROWS_J2", "ROWS_J3", "build_j", "is_holdout_j"]

ROWS_J = r"""
+ 世帯員 妻 [[PERSON:佳代子]] 女 [[DATE_OF_BIRTH:S61.2.17]] 無職
+ 生年月日 ：[[DATE_OF_BIRTH:平成１１年１２月３日]]生（２６歳）
+ {"name": "[[PERSON:Aoi Mori]]", "dateOfBirth": "[[DATE_OF_BIRTH:1994-06-21]]", "city": "Sendai"}
+ seinengappi=[[DATE_OF_BIRTH:19710909]] sex=M
+ [[DATE_OF_BIRTH:昭和48年10月30日]]に出生し、同年11月に届出があった。
+ 申請者本人（[[DATE_OF_BIRTH:平成4年8月19日]]生まれ、会社員）から相談を受けた。
+ 生年月日 [[DATE_OF_BIRTH:㍼53年5月28日]]
+ No.4　[[PERSON:石川 直樹]]　男　[[DATE_OF_BIRTH:H9.11.20]]　学生
+ [[DATE_OF_BIRTH:平成14年1月9日]]（23歳）の[[PERSON:前川]]さんから電話があった。
+ Date of Birth (DD/MM/YYYY): [[DATE_OF_BIRTH:07/02/1982]]
+ [[DATE_OF_BIRTH:1966年3月3日]]は本人の生年月日である。
+ 被保険者 [[PERSON:小西 郁恵]]（[[DATE_OF_BIRTH:S39.04.11]]生・女）
+ user_birthday: [[DATE_OF_BIRTH:1999/01/31]]
+ [[PERSON:松井 結衣]] 生年月日 [[DATE_OF_BIRTH:R３．６．１５]]（長女）
+ "birth_day": "[[DATE_OF_BIRTH:2003-10-05]]"
+ 生年月日・年齢：[[DATE_OF_BIRTH:昭和33年7月1日]]（67歳）
+ 運転免許証⏎氏名 [[PERSON:坂本 健司]]⏎住所 [[JP_ADDRESS:静岡県静岡市葵区追手町9-6]]⏎交付 令和6年4月2日⏎第 [[JP_DRIVER_LICENSE:482107733052]] 号
+ 運転免許証の番号は[[JP_DRIVER_LICENSE:６２０３１８８４７１０１]]です。
+ {"licenseNumber": "[[JP_DRIVER_LICENSE:301977245518]]", "expiry": "2029-08-01"}
+ 免許番号：[[JP_DRIVER_LICENSE:5401 2266 7839]]（有効期限 令和10年2月1日）
+ 本人確認書類 運転免許証（有効期限 令和9年3月18日まで）⏎番号 [[JP_DRIVER_LICENSE:440198271130]]
+ driverLicenseNumber=[[JP_DRIVER_LICENSE:621804451927]]
+ License No. [[JP_DRIVER_LICENSE:931502884416]] (Japan, issued by Aichi Prefectural Police)
+ 提示された免許証に記載の番号を控えた：[[JP_DRIVER_LICENSE:3301-4487-2915]]
+ 免許証ナンバー　[[JP_DRIVER_LICENSE:30 19 552201 84]]
+ 振込先 北都銀行 駅前支店 店番-口座番号 [[JP_BANK_ACCOUNT:214-3388105]]
+ 口座：普通 [[JP_BANK_ACCOUNT:6620184]]（名義 [[PERSON:カワシマ ユウコ]]）
+ ゆうちょ銀行 通帳記号 [[JP_BANK_ACCOUNT:14180]] 通帳番号 [[JP_BANK_ACCOUNT:29915531]]
+ 振込口座No.[[JP_BANK_ACCOUNT:0417722]]（当座）
+ {"bank": "しずなみ信用金庫", "branch_code": "031", "account": "[[JP_BANK_ACCOUNT:5502918]]"}
+ bank_name,branch,account⏎南海銀行,本店営業部,[[JP_BANK_ACCOUNT:1180243]]
+ 口座番号（7桁）：[[JP_BANK_ACCOUNT:８８０２１５４]]
+ Bank transfer to Account number [[JP_BANK_ACCOUNT:3307715]], Shinjuku branch.
+ 払込先 つばさ銀行 中央支店 普通預金 口座№ [[JP_BANK_ACCOUNT:7715026]]
+ accountNumber: "[[JP_BANK_ACCOUNT:4409183]]"
+ 還付金振込先：ひかり銀行 北口支店（店番 512）　[[JP_BANK_ACCOUNT:2284107]]
+ 基礎年金番号 [[JP_PENSION_NUMBER:4120 - 338107]] の照会
+ {"kisoNenkinBango": "[[JP_PENSION_NUMBER:5301872264]]"}
+ 年金手帳⏎氏名 [[PERSON:川端 美奈]]⏎番号 [[JP_PENSION_NUMBER:6104-229871]]
+ basic pension number: [[JP_PENSION_NUMBER:2270-410935]]
+ 基礎年金番号通知書に記載された番号（[[JP_PENSION_NUMBER:７７０２－１１８３４０]]）を確認した。
+ nenkin_bango=[[JP_PENSION_NUMBER:3391047726]]
+ 年金番号：[[JP_PENSION_NUMBER:1209 551 873]]
+ 国民年金の被保険者 [[PERSON:平井 修一]] 基礎年金番号[[JP_PENSION_NUMBER:8802104733]]
+ 自宅：[[PHONE_NUMBER:0242281934]]　勤務先：[[PHONE_NUMBER:0242397701]]
+ ℡[[PHONE_NUMBER:0985-22-1367]]　☎[[PHONE_NUMBER:09071126644]]
+ 緊急連絡先（夫）[[PHONE_NUMBER:080 4471 2290]]
+ {"phoneNumber": "[[PHONE_NUMBER:0112431187]]", "name": "[[PERSON:Sato Rin]]"}
+ 電話 [[PHONE_NUMBER:03 - 5510 - 2284]]（平日のみ）
+ Mobile: [[PHONE_NUMBER:+81 70 3318 0926]]
+ 呼出 [[PHONE_NUMBER:0467-22-3310]]（[[PERSON:高田]]方）
+ お問合せ：IP電話 [[PHONE_NUMBER:050-5538-1172]]、フリーダイヤル [[PHONE_NUMBER:0120-66-2417]]
+ [[PERSON:谷口 真理]]⏎市民課 窓口係⏎T [[PHONE_NUMBER:0736-42-5511]] / F [[PHONE_NUMBER:0736-42-5512]]
+ 連絡先は携帯[[PHONE_NUMBER:08027719914]]か自宅[[PHONE_NUMBER:0533-78-2045]]です。
+ tel：[[PHONE_NUMBER:03-12345678]]
+ 勤務先電話 [[PHONE_NUMBER:（0538）22-1146]] 内線 305
+ emergency_contact_phone=[[PHONE_NUMBER:09033017745]]
+ 自宅電話番号（市外局番から）：[[PHONE_NUMBER:0791 43 2288]]
- 受付番号 2026-338107 の書類を受理した。
- 文書番号 総務第4120号（令和8年4月1日付け）
- 事件番号 令和7年（行ウ）第118号
- 予算額 3,307,715千円（前年度比 102.4%）
- 令和8年4月1日施行、同年3月31日交付の通知による。
- 第3回会議は令和8年5月21日（木）に開催する。
- 平成十一年法律第百二十七号による改正
- 所在 静岡市葵区追手町 地番 1146番2
- 払込みは郵便振替でお願いします（手数料は当方負担）。
- 統計表：65歳以上人口 3,418,207人（令和7年10月1日現在）
- 管理番号 482107733052 の機器を廃棄した。
- 整理番号：1209-551873
- 製品コード 0242281934 の在庫 12個
- 口座振替依頼書の提出期限は令和8年6月30日です。
- 銀行の支店数は全国で1,180店、前年から21店減少した。
- 年金額 1,204,800円（年額）
- 年金制度の加入者数は6,744万人（2024年度末）
- 生年月日欄は西暦で記入してください（例：1990年1月1日）。
- 設立年月日 昭和48年10月30日
- 令和8年度 事業計画 第2版（2026年4月1日改訂）
- 免許の更新は誕生日の1か月後まで可能です。
- 運転免許の保有者数は8,186万人、うち高齢者は1,990万人である。
- 電話受付時間 9:00〜17:00（土日祝を除く）
- 年金記録の照会件数 3,301,448件
- 口座番号の変更は所定の届出により行う。
- 請求書番号 INV-2026-0417722 の支払期日は令和8年7月31日です。
- account=admin role=viewer
- 国民年金法（昭和三十四年法律第百四十一号）第十四条
"""

#: Second batch (written after the first batch's rules were committed, before any further change;
#: its own dev and holdout parts, same split rule): more layouts of the same five types.
ROWS_J2 = r"""
+ DOB: [[DATE_OF_BIRTH:04-Mar-1987]] / Nationality: Japan
+ 出生：[[DATE_OF_BIRTH:令和6年11月2日]]（第2子）
+ 生年月日 [[DATE_OF_BIRTH:1979年（昭和54年）12月1日]]（火）
+ [[PERSON:村井 千尋]] 女 [[DATE_OF_BIRTH:1995/07/19]] [[PHONE_NUMBER:090-5521-8834]]
+ 長男 [[PERSON:翔太]]（[[DATE_OF_BIRTH:平成30年4月12日]]生れ）
+ Date of Birth: [[DATE_OF_BIRTH:Nov. 3, 1968]]
+ 生年月日 [[DATE_OF_BIRTH:１９８２．０５．３０]]（満４３歳）
+ 子の生年月日は[[DATE_OF_BIRTH:令和7年1月5日]]、体重は3,012グラム。
+ 運転免許証（令和5年6月1日交付、有効期限令和10年7月1日）の番号は[[JP_DRIVER_LICENSE:303318840172]]
+ 免許証 No.[[JP_DRIVER_LICENSE:551877302194]]
+ 本人確認：運転免許（[[JP_DRIVER_LICENSE:６２１９０３４４８８１２]]）
+ Driver's license number [[JP_DRIVER_LICENSE:30-19-447102-33]], expires 2028
+ 書類種別,番号,確認者⏎運転経歴証明書,[[JP_DRIVER_LICENSE:442201993374]],窓口2
+ ゆうちょ銀行 記号 [[JP_BANK_ACCOUNT:10450]] 番号 [[JP_BANK_ACCOUNT:3391207]]
+ 振込先口座：普通・[[JP_BANK_ACCOUNT:4410372]]
+ Bank: Seiran Bank, Branch: Kita (218), Account: Savings [[JP_BANK_ACCOUNT:7730215]]
+ 口座番号（ゆうちょ銀行の方は記号番号）：[[JP_BANK_ACCOUNT:2095518]]
+ 返金先を 普通預金 [[JP_BANK_ACCOUNT:0661094]] に変更したいとの申出
+ 銀行名,支店名,種別,口座番号,名義⏎あおば銀行,港支店,当座,[[JP_BANK_ACCOUNT:3318820]],[[PERSON:ニシダ ケン]]
+ Pension No.: [[JP_PENSION_NUMBER:5520-117394]]
+ 被保険者の基礎年金番号は [[JP_PENSION_NUMBER:９９０１３３７２１５]] です。
+ 番号：[[JP_PENSION_NUMBER:6620-418833]]（国民年金）
+ 年金証書⏎基礎年金番号・年金コード⏎[[JP_PENSION_NUMBER:2283-019476]] 1150
+ Mobile: [[PHONE_NUMBER:08033127790]]
+ Tel (+81) [[PHONE_NUMBER:3-3581-2249]]
+ TEL[[PHONE_NUMBER:0748-33-2201]]FAX[[PHONE_NUMBER:0748-33-2202]]
+ 電話(日中連絡のつく番号)：[[PHONE_NUMBER:09012773301]]
+ 携帯：[[PHONE_NUMBER:090-1185-3327]]（本人）、自宅：[[PHONE_NUMBER:0143-44-6170]]（母）
+ 緊急時 Cell: [[PHONE_NUMBER:070 8812 3456]]（夜間）
+ 電話 [[PHONE_NUMBER:０２９９ー８２ー１１１１]] 内線 2145
- DOB field format: DD-Mon-YYYY (e.g. 01-Jan-2000)
- 男女共同参画週間 2026年6月23日〜29日
- 出生数 令和6年 686,061人
- 運転免許証の自主返納件数 427,609件（令和6年）
- 普通交付税 3,318,820千円
- Mobile phone shipments rose 2.4% in 2025.
- 国番号 (+81) を付けてダイヤルしてください。
- 年金証書の再交付申請は令和8年5月1日まで
- 受付番号 2095518（口座振替依頼書）
- 番号 1150 の会議室
- 記号 ABC 番号 未記入
- 第3回 年金部会 2026年3月4日
"""


#: Third batch (written after the holdout-tuned pass was committed, before any further change; its
#: own dev and holdout parts, same split rule).
ROWS_J3 = r"""
+ 生まれたとき：[[DATE_OF_BIRTH:令和7年1月5日]] 午前3時15分
+ 氏名：[[PERSON:中田 光]]　生年月日：[[DATE_OF_BIRTH:H16/8/1]]　性別：女
+ Birthday: [[DATE_OF_BIRTH:3rd May 1991]]
+ 夫 [[DATE_OF_BIRTH:1988年5月5日]]生、妻 [[DATE_OF_BIRTH:1990年6月6日]]生
+ 生年月日 [[DATE_OF_BIRTH:昭和６０年４月１日]]生　（満４０才）
+ | 氏名 | 生年月日 | 続柄 |⏎| [[PERSON:森田 葵]] | [[DATE_OF_BIRTH:2011/12/24]] | 長女 |
+ 本人確認書類の種類：運転免許証⏎本人確認書類の番号：[[JP_DRIVER_LICENSE:501229874403]]
+ 運転免許証の番号をお知らせください。→ [[JP_DRIVER_LICENSE:301188450092]]
+ licence no: [[JP_DRIVER_LICENSE:442087731105]]
+ 運転免許証番号（右上の12桁）：[[JP_DRIVER_LICENSE:6210 4488 3017]]
+ 運転免許証\t[[JP_DRIVER_LICENSE:550319884027]]
+ 口座番号下記へ変更 → 新：[[JP_BANK_ACCOUNT:2290117]]（旧：[[JP_BANK_ACCOUNT:4418230]]）
+ [[PERSON:ヤマダ タロウ]],みなと銀行,東支店,普通,[[JP_BANK_ACCOUNT:5501882]]
+ Account #: [[JP_BANK_ACCOUNT:8820413]]
+ 振込先：あさひ銀行（0123）中央支店（045）当座 [[JP_BANK_ACCOUNT:0077215]]
+ 「基礎年金番号」欄に [[JP_PENSION_NUMBER:3319-220418]] と記入した。
+ 年金受給者 [[PERSON:藤井 勝]]（[[JP_PENSION_NUMBER:4402-881937]]）
+ Japan Pension Service number [[JP_PENSION_NUMBER:1194-305527]]
+ 基礎年金番号が[[JP_PENSION_NUMBER:5528810394]]である者
+ 固定 [[PHONE_NUMBER:0476221180]] / 携帯 [[PHONE_NUMBER:09028836610]]
+ Tel. [[PHONE_NUMBER:+81 (3) 5253-2111]]
+ 📞 [[PHONE_NUMBER:080-4421-7736]]
+ 電話番号を変更しました：旧 [[PHONE_NUMBER:0942-33-1100]] → 新 [[PHONE_NUMBER:0942-35-2200]]
+ 連絡は[[PHONE_NUMBER:090-7712-4408]](母)へ
+ Phone/Fax [[PHONE_NUMBER:0725-41-0011]]
- 許可番号 第123456789012号
- 電話料金 12,345円（令和7年4月分）
- 事業者番号 1234567890
- 口座振替日 毎月27日
- 誕生日会 2026年5月5日開催
- ISBN 978-4-12-345678-9
- JANコード 4901234567894
- 旅券の有効期限 2030年5月1日
- 本人確認書類の種類：運転免許証、番号の記載は不要
- お客様番号 0312345678
- 年金積立金 250兆円（2025年度末）
- 第18回 口座開設説明会 令和8年6月2日
"""


def is_holdout_j(i: int) -> bool:
    """Row ``i`` (0-based) belongs to the round-J dev-holdout."""
    return i % 3 == 1


def build_j() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """(dev rows, holdout rows) of round J, ids ``rj-pos-NNN`` / ``rjh-neg-NNN``."""
    sys.path.insert(0, str(Path(__file__).parent))
    from dlp_make_evalset import _parse

    dev: list[dict[str, object]] = []
    held: list[dict[str, object]] = []
    batches = [[x.strip() for x in rows.strip().splitlines() if x.strip()] for rows in (ROWS_J, ROWS_J2, ROWS_J3)]
    for i, line in ((i, line) for lines in batches for i, line in enumerate(lines)):
        kind = {"+": "positive", "-": "negative"}[line[0]]
        text, spans = _parse(line[1:].strip().replace("⏎", "\n").replace("\\t", "\t"))
        out, prefix = (held, "rjh") if is_holdout_j(i) else (dev, "rj")
        n = sum(r["kind"] == kind for r in out) + 1
        out.append({"id": f"{prefix}-{kind[:3]}-{n:03d}", "kind": kind, "text": text, "spans": spans})
    return dev, held


if __name__ == "__main__":
    from _rowgen import EVAL_DIR, write_rows

    dev_rows, held_rows = build_j()
    for name, rows in (("pii_dev_rj.jsonl", dev_rows), ("pii_devholdout_rj.jsonl", held_rows)):
        write_rows(EVAL_DIR / name, rows)
        print(f"wrote {len(rows)} rows to {name}")
