"""Round P labelled rows (written 2026-12-04, before any rule change of round P; every value invented).

Same format as ``dlp_rows_f.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break inside the row, ``\\t`` a tab, ``{MN_H}``/``{MN}``/``{CN}`` a generated valid number.
Rows with ``i % 5`` in (1, 3) (0-based, two fifths of the batch) form
``corpora/eval/pii_devholdout_rp.jsonl`` (never tuned on); the rest ``corpora/eval/pii_dev_rp.jsonl``.

Round P's layouts: health-insurance values quoted after a form field's name (…欄が「…」), a joint
記号・番号 label with two values joined by ・, a 記号-番号 table header, 記号（X）及び番号（Y）;
birth dates in a 生年月日 column written ``2015(H27).09.04``, in a sentence whose topic is a birth
label, in a list under a dependants heading; pension labels broken over lines, a value alone in
［］ or on its own line after 番号は; 通知カード（記載番号 …）, 個人番号又は法人番号; passport
sub-labels (券面：…、申請書：…); round O's leftovers; hard negatives of the same shapes.

    python benchmarks/dlp_rows_p.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

from pathlib import Path

__all__ = ["ROWS_P", "is_holdout_p"]

EVAL = Path(__file__).resolve().parents[1] / "corpora" / "eval"


def is_holdout_p(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_P = r"""
+ 読取結果：保険者番号欄が「[[JP_HEALTH_INSURANCE:01140027]]」、記号欄が「[[JP_HEALTH_INSURANCE:協会31]]」、番号欄が「[[JP_HEALTH_INSURANCE:5502]]」と読み取られました。
+ OCR照合ログ　被保険者証の記号欄は「[[JP_HEALTH_INSURANCE:組合8804]]」、番号欄は「[[JP_HEALTH_INSURANCE:217]]」でした
+ 資格確認書のスキャン結果⏎保険者番号欄が「[[JP_HEALTH_INSURANCE:06270415]]」⏎記号欄が「[[JP_HEALTH_INSURANCE:愛協4410]]」⏎番号欄が「[[JP_HEALTH_INSURANCE:93]]」
+ 読み取り警告：番号欄は「[[JP_HEALTH_INSURANCE:1207]]」ですが、記号欄は「[[JP_HEALTH_INSURANCE:国保52]]」と判定されました（保険証の画像）
+ 保険証の画像から、記号欄が『[[JP_HEALTH_INSURANCE:全健7730]]』、番号欄が『[[JP_HEALTH_INSURANCE:46]]』と認識された
+ 自動読取の報告（被保険者証）：保険者番号欄は「[[JP_HEALTH_INSURANCE:138057]]」、記号欄は「[[JP_HEALTH_INSURANCE:協会22]]」
- 読取結果：受付番号欄が「20240518」、整理番号欄は「3312」でした
- 保険証の記号欄が「空欄」、番号欄が「判読不能」と報告されました（ページ番号欄は「12」）
- 様式の記号欄は「協会12」と記入します（記載例）
- 読取結果：頁番号欄が「14」、行番号欄が「3」でした（議事録のスキャン）
+ 被保険者記号・番号 [[JP_HEALTH_INSURANCE:2301]]・[[JP_HEALTH_INSURANCE:118]]⏎保険者番号 [[JP_HEALTH_INSURANCE:39131023]]
+ 被保険者の記号番号：[[JP_HEALTH_INSURANCE:7012]]・[[JP_HEALTH_INSURANCE:33]]、保険者番号：[[JP_HEALTH_INSURANCE:01270019]]
+ 記載事項⏎被保険者記号・番号　[[JP_HEALTH_INSURANCE:4418]]・[[JP_HEALTH_INSURANCE:2065]]⏎保険者番号　[[JP_HEALTH_INSURANCE:138057]]
+ 被保険者の記号・番号は「[[JP_HEALTH_INSURANCE:602]]・[[JP_HEALTH_INSURANCE:7714]]」です。保険者番号は[[JP_HEALTH_INSURANCE:32140018]]です
+ 組合員証⏎組合員の記号・番号：[[JP_HEALTH_INSURANCE:31]]・[[JP_HEALTH_INSURANCE:40512]]⏎保険者番号：[[JP_HEALTH_INSURANCE:33130021]]
- 被保険者記号・番号の書き方は2・3ページを参照⏎保険者番号の欄は空欄のまま
- 被保険者の記号番号の欄（第2・第3欄）を確認のこと
+ 国民健康保険被保険者証　交付名簿⏎No.\t続柄\t記号-番号⏎1\t世帯主\t[[JP_HEALTH_INSURANCE:2107]]-[[JP_HEALTH_INSURANCE:15]]⏎2\t妻\t[[JP_HEALTH_INSURANCE:2107]]-[[JP_HEALTH_INSURANCE:16]]
+ 組合員証発行リスト⏎行,記号/番号,区分⏎1,[[JP_HEALTH_INSURANCE:3301]]/[[JP_HEALTH_INSURANCE:227]],本人⏎2,[[JP_HEALTH_INSURANCE:3301]]/[[JP_HEALTH_INSURANCE:228]],家族
+ 保険証の再交付一覧⏎| 番号 | 記号・番号 | 交付日 |⏎| 1 | [[JP_HEALTH_INSURANCE:5810]]・[[JP_HEALTH_INSURANCE:41]] | 2024/06/03 |⏎| 2 | [[JP_HEALTH_INSURANCE:5810]]・[[JP_HEALTH_INSURANCE:42]] | 2024/06/03 |
+ 被保険者証（家族分）⏎続柄\t記号－番号⏎長男\t[[JP_HEALTH_INSURANCE:6634]]－[[JP_HEALTH_INSURANCE:205]]
- 会議資料一覧⏎No.\t資料記号-番号\t頁⏎1\t2107-15\t3⏎2\t2107-16\t8
- 道路標識一覧⏎記号-番号\t名称⏎312-12\t駐車禁止⏎313-02\t駐停車禁止
+ 健康保険被保険者証の記号（[[JP_HEALTH_INSURANCE:5520]]）及び番号（[[JP_HEALTH_INSURANCE:31]]）を申請書に転記した
+ 保険証の記号（[[JP_HEALTH_INSURANCE:千21]]）及び番号（[[JP_HEALTH_INSURANCE:4407]]）並びに保険者番号（[[JP_HEALTH_INSURANCE:01230014]]）
+ 被保険者証の記号（[[JP_HEALTH_INSURANCE:0711]]）および番号（[[JP_HEALTH_INSURANCE:902]]）は前回と同じです
- 凡例：記号（○）及び番号（1〜3）は図中の地点を示す
- 図表の記号（A）及び番号（12）は本文の段落と対応する
+ 児童名簿⏎番号\t学年\t生年月日⏎1\t3年\t[[DATE_OF_BIRTH:2015(H27).09.04]]⏎2\t2年\t[[DATE_OF_BIRTH:2016(H28).11.21]]
+ |No.|続柄|生年月日|⏎|1|長女|[[DATE_OF_BIRTH:2012(H24).04.30]]|⏎|2|長男|[[DATE_OF_BIRTH:2019(R1).07.08]]|
+ 番号,性別,生年月日⏎1,女,[[DATE_OF_BIRTH:1987(S62).02.14]]⏎2,男,[[DATE_OF_BIRTH:1958(S33).10.03]]
+ 受講者一覧⏎区分\t生年月日\t備考⏎新規\t[[DATE_OF_BIRTH:2001（H13）.3.9]]\t—
- 研修日程⏎回\t実施日⏎1\t2024(R6).06.12⏎2\t2024(R6).07.10
- 交付記録⏎番号\t交付日⏎1\t2019(R1).05.01⏎2\t2020(R2).02.03
+ 誕生日の記載の食い違い：戸籍謄本では[[DATE_OF_BIRTH:平成3年1月8日]]、旧保険証では[[DATE_OF_BIRTH:平成3年1月18日]]となっている
+ 生年月日の不一致について、届出書は[[DATE_OF_BIRTH:昭和44年12月2日]]、添付の旅券は[[DATE_OF_BIRTH:1969年12月20日]]でした。
+ 生年月日相違：本人申告[[DATE_OF_BIRTH:H8.4.1]]／システム登録[[DATE_OF_BIRTH:H8.4.11]]
+ 生年月日の誤記：申請書では[[DATE_OF_BIRTH:昭和五十年三月九日]]、住民票では[[DATE_OF_BIRTH:昭和五十年三月十九日]]
- 生年月日の確認方法：規則の施行日は令和6年4月1日、様式の交付は令和6年5月1日から
- 生年月日の記載要領は令和7年1月6日開催の説明会で周知済み
- 誕生日の扱い：平成31年4月1日施行の改正で変更された
+ 扶養親族⏎・[[PERSON:川村 さくら]]（妻）[[DATE_OF_BIRTH:昭和61年3月14日]]⏎・[[PERSON:川村 悠真]]（長男）[[DATE_OF_BIRTH:平成26年8月2日]]
+ 世帯員⏎・[[PERSON:森田 和子]]（母）[[DATE_OF_BIRTH:S23.5.30]]⏎・[[PERSON:森田 健]]（弟）[[DATE_OF_BIRTH:S55.9.9]]
+ 【家族】⏎・[[PERSON:大野 恵]]（長女）[[DATE_OF_BIRTH:2010/02/17]]
+ 被扶養者（扶養親族）の状況⏎・[[PERSON:吉岡 翔]]（次男）[[DATE_OF_BIRTH:令和2年5月27日]]
- 扶養親族の異動⏎・配偶者（妻）令和6年4月1日 認定⏎・長男 令和6年10月1日 削除
- 世帯員の届出⏎・転入（妻）令和5年10月2日届出
- 家族の予定⏎・父（通院）2025年1月20日予約
+ 基礎年金⏎番号⏎[[JP_PENSION_NUMBER:5129-403376]]
+ 基礎年金⏎番号：⏎[[JP_PENSION_NUMBER:4401-229107]]
+ 基礎年金番号⏎［[[JP_PENSION_NUMBER:3317-650218]]］
+ 本人の基礎年金番号（10桁）⏎［[[JP_PENSION_NUMBER:2208-554190]]］
+ 基礎年金番号通知書が届きました。番号は⏎[[JP_PENSION_NUMBER:6120-447093]]⏎と年金手帳に記載のものと同じです。
+ 年金証書を確認しました。番号は⏎[[JP_PENSION_NUMBER:1023-558812]]⏎で間違いありません。
- 年金相談の受付票が届きました。番号は⏎4412-330981⏎でお問い合わせください。
- 基礎年金番号⏎［10桁］⏎受付番号 5521-330871
- 基礎年金⏎番号の記載例⏎［1234-567890］（記載例）
+ 本人確認書類：通知カード（記載番号 [[JP_MY_NUMBER:{MN_H}]]）＋ 運転免許証
+ 提示書類　通知カード（記載番号：[[JP_MY_NUMBER:{MN_H}]]）及び運転免許証（写し）
+ 確認書類 運転免許証＋通知カード（記載番号 [[JP_MY_NUMBER:{MN}]]）
+ 個人番号又は法人番号：[[JP_MY_NUMBER:{MN}]]
+ 個人番号又は法人番号　[[JP_MY_NUMBER:{MN_S}]]
+ 個人番号又は法人番号：[[JP_CORPORATE_NUMBER:{CN}]]
- 個人番号又は法人番号欄は記入不要（受付番号 {MN}）
- 通知カード（記載番号は省略）＋ 運転免許証（写しは返却済み、整理番号 {MN}）
+ 旅券番号の転記ミスがありました。券面：[[JP_PASSPORT:TR4417025]]、申請書：[[JP_PASSPORT:TR4417052]]
+ パスポート番号が一致しません（券面 [[JP_PASSPORT:MZ2290314]]／申請書 [[JP_PASSPORT:MZ2290341]]）
+ 旅券番号の照合結果。券面：[[JP_PASSPORT:NK5503218]]、システム：[[JP_PASSPORT:NK5503281]]
- 旅券の発給件数。券面：12件、申請書：30件
- 旅券番号の照合：券面は未提示、申請書の受付番号 AB1234567
+ 運転経歴証明書の提示を受けました。証明書番号：[[JP_DRIVER_LICENSE:540318827716]]（有効）
+ 本人は運転経歴証明書を所持。その証明書番号 [[JP_DRIVER_LICENSE:301177450228]] を控えた
+ 保険証の記号［[[JP_HEALTH_INSURANCE:3321]]］番号［[[JP_HEALTH_INSURANCE:58]]］
+ 被保険者証 記号［[[JP_HEALTH_INSURANCE:北22]]］ 番号［[[JP_HEALTH_INSURANCE:1406]]］
+ 記号番号: [[JP_HEALTH_INSURANCE:4102]] - [[JP_HEALTH_INSURANCE:77]]（被保険者証）
+ 国保の記号番号：[[JP_HEALTH_INSURANCE:805]] - [[JP_HEALTH_INSURANCE:1194]]
+ 被保険者番号は、保険証の表面に小さく印字されている数字で [[JP_HEALTH_INSURANCE:5521]] です
+ 被保険者番号（カードの右上、記号の横にあります）→ [[JP_HEALTH_INSURANCE:3087]]
- 運転経歴証明書の交付は窓口で行います。証明書番号の確認は不要です（受付番号 441203）
- 口座振替の受付番号（再発行分、前回分とは異なります）は 3310478 です
- 口座振替依頼の受付番号（問合せ用、控えを保管）：5502981
- 記号［A］番号［3］は別紙の凡例による
- 被保険者番号の桁数（保険者ごとに異なります）は 8 桁まで
- 住居表示実施区域：本町一丁目〜三丁目
- 対象区域は北九州市小倉北区栄町二丁目〜四丁目（住居表示の実施済み）
- 住所の表示変更：旭町一丁目～四丁目（令和7年2月1日実施）
+ 住所：[[JP_ADDRESS:北九州市小倉北区本町二丁目4番7号]]
- 住居表示の新旧対照：中央一丁目から三丁目まで
- 被保険者記号・番号の記載例：1234・56（記載例）
- 生年月日の記載例：2000(H12).01.01（記載例）
"""


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from dlp_make_evalset import _write, build_f

    dev, held = build_f(rows=ROWS_P, seed=20261211, held_out=is_holdout_p)
    _write(EVAL / "pii_dev_rp.jsonl", dev)
    _write(EVAL / "pii_devholdout_rp.jsonl", held)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
