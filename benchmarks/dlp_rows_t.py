"""Round T labelled rows (written 2026-12-04, before any rule change of round T; every value invented).

Same format as ``dlp_rows_s.py``: ``+`` a row with labelled values, ``-`` a hard negative, ``⏎`` a
line break (kept inside a labelled value), ``{MN}`` … a generated number with a valid check digit.
Rows with ``i % 5`` in (1, 3) (0-based, two fifths) form ``corpora/eval/pii_devholdout_rt.jsonl``
(never tuned on); the rest ``corpora/eval/pii_dev_rt.jsonl``.

Round T's layout families: a joint 記号・番号 label whose second value is short (8・2 digits,
123-4567・89) and 被保険者証 with a card kind and a number of another length than 8; a 郡-first
address after 住所は in a sentence; space-separated name rosters; a passport value under a
旅券番号 column (and values in other columns: negatives); a My Number grouped 4・4・4; a mobile
number under a 受付番号 label with contact words; 給与支払報告書 / 源泉徴収票 extracts (受給者番号,
支払者番号); a card number wrapped in halves other than 4+4; hard negatives of the same shapes
(受付番号 / 問合せ番号 / order numbers, product codes, statute 第…号, 記入例, Chinese and English
text with passport words and no names).

    python benchmarks/dlp_rows_t.py   # writes both files
"""

# ruff: noqa: E501  (labelled rows are long lines)
from __future__ import annotations

__all__ = ["ROWS_T", "is_holdout_t"]


def is_holdout_t(index: int) -> bool:
    """Rows 1, 3, 6, 8, … (0-based): two fifths of the batch, spread over every topic."""
    return index % 5 in (1, 3)


ROWS_T = r"""
+ 被保険者記号・番号　[[JP_HEALTH_INSURANCE:31120457]]・[[JP_HEALTH_INSURANCE:02]]
+ 記号・番号：[[JP_HEALTH_INSURANCE:123-4567]]・[[JP_HEALTH_INSURANCE:89]]
+ 保険証の記号・番号は[[JP_HEALTH_INSURANCE:20517734]]・[[JP_HEALTH_INSURANCE:1]]です
+ 被保険者の記号・番号　[[JP_HEALTH_INSURANCE:40021188]]・[[JP_HEALTH_INSURANCE:13]]（本人）
+ 記号・番号「[[JP_HEALTH_INSURANCE:55103326]]・[[JP_HEALTH_INSURANCE:7]]」（被保険者証）
+ 被保険者証　記号・番号 [[JP_HEALTH_INSURANCE:218-3350]]・[[JP_HEALTH_INSURANCE:41]]
+ 記号・番号　[[JP_HEALTH_INSURANCE:６６０１２２４８]]・[[JP_HEALTH_INSURANCE:０３]]（国保）
+ 扶養者の保険証　記号・番号：[[JP_HEALTH_INSURANCE:7720-1153]]・[[JP_HEALTH_INSURANCE:25]]
+ 組合員証の記号・番号は「[[JP_HEALTH_INSURANCE:301-2268]]・[[JP_HEALTH_INSURANCE:6]]」です
+ 資格確認書⏎記号・番号　[[JP_HEALTH_INSURANCE:88004412]]・[[JP_HEALTH_INSURANCE:11]]⏎保険者番号　[[JP_HEALTH_INSURANCE:06139918]]
+ 被保険者証（国保）　[[JP_HEALTH_INSURANCE:0412763]]
+ 被保険者証　後期高齢者　[[JP_HEALTH_INSURANCE:553017]]
+ 被保険者証（後期高齢者医療）番号 [[JP_HEALTH_INSURANCE:1120448]]
+ 被保険者証【介護】[[JP_HEALTH_INSURANCE:0000381127]]
+ 被保険者証（協会けんぽ）：[[JP_HEALTH_INSURANCE:33081]]
+ 被保険者証　国民健康保険　[[JP_HEALTH_INSURANCE:20993]]（世帯主）
+ 被保険者証（退職者医療）[[JP_HEALTH_INSURANCE:7710342]]
- 記号・番号の欄は「12345678・01」のように記入（記載例）
- 部品の記号・番号　31120457・02（図面参照）
- 記号・番号 2024・05 版の様式を使用
- 被保険者証（国保）の再交付　3件
- 被保険者証　後期高齢者　1,204枚交付
- 第3条第2項第1号・第2号に規定する記号・番号
+ 申請者の住所は[[JP_ADDRESS:上益城郡山都町大字浜町118番地]]となっています
+ 本人の住所は[[JP_ADDRESS:安芸郡熊野町大字中溝2031番地]]で、電話はありません
+ 住所は[[JP_ADDRESS:勇払郡安平町早来大町96番地]]と記載されていた
+ 転居後の住所は[[JP_ADDRESS:北葛城郡広陵町大字三吉315番地の2]]です
+ 届出人の住所は、[[JP_ADDRESS:比企郡嵐山町大字菅谷468番地]]である
+ 相談者の住所は[[JP_ADDRESS:中頭郡読谷村字座喜味2901番地]]とのこと
+ 現在の住所は[[JP_ADDRESS:東牟婁郡串本町大字鬮野川1022番地]]ですが、来月転居予定
+ 住所は[[JP_ADDRESS:西臼杵郡高千穂町大字三田井1105番地3]]、職業は農業
+ 契約者の住所は[[JP_ADDRESS:磯城郡田原本町大字八尾622番地]]に変更された
+ 住所は[[JP_ADDRESS:下伊那郡阿智村大字智里3180番地]]です。
+ 住所は[[JP_ADDRESS:吾妻郡草津町大字草津44番地]]で間違いありません
- 住所は郡部にあるため、郵送で対応する
- 住所は町村名から記入してください（大字・番地まで）
- 住所は郡山市内であることが要件です
- 郡内の町村が共同で運営する施設の住所は未定
- 住所は〇〇郡〇〇町大字〇〇番地のように記入（記入例）
+ 出席者：[[PERSON:山本 一郎]]　[[PERSON:佐々木 涼子]]　[[PERSON:中川 大輔]]
+ 委員　[[PERSON:小池 勝也]]　[[PERSON:早川 由紀]]　[[PERSON:石井 智子]]　[[PERSON:森田 健]]
+ 参加者 [[PERSON:野口 浩二]]  [[PERSON:久保 真理]]  [[PERSON:関 順子]]
+ 担当　[[PERSON:平野 哲也]]　[[PERSON:宮崎 綾]]
+ 欠席者：[[PERSON:村井 直人]]　[[PERSON:菅原 美穂]]
+ 面談記録⏎同席者　[[PERSON:大塚 隆]]　[[PERSON:西川 葉子]]　[[PERSON:内田 雅人]]
+ 訪問者名簿⏎[[PERSON:今井 悟]]　[[PERSON:安藤 恵美]]　[[PERSON:原田 修一]]
+ 調査員 [[PERSON:堤 正樹]]　[[PERSON:熊谷 千尋]]　（2名）
+ 同行者：[[PERSON:金子 隆之]]　[[PERSON:中島 さゆり]]　[[PERSON:松井 亮]]
+ 立会人　[[PERSON:福島 清]]　[[PERSON:大西 明美]]
- 出席者：総務課　企画課　財政課　税務課
- 会場　東 会議室　西 会議室　北 別館
- 担当　第一係　第二係　庶務係
- 参加者 午前 12名　午後 9名
- 请携带護照原件及复印件前往窗口办理
- 護照號碼請填寫在申請表第二欄
- 申請護照需要本人到場辦理
- 遗失護照后应尽快向警方报案
- Please bring your passport and a copy of the 護照 page.
- 護照有效期不足六个月者不予受理
+ 氏名,国籍,旅券番号,在留資格⏎[[PERSON:NGUYEN VAN AN]],ベトナム,[[JP_PASSPORT:C5518207]],技能実習
+ No\t氏名\t旅券番号\t入国日⏎1\t[[PERSON:TRAN THI HOA]]\t[[JP_PASSPORT:N2209417]]\t2024/04/10
+ | 氏名 | 旅券番号 | 国籍 |⏎| [[PERSON:SANTOS JOAO]] | [[JP_PASSPORT:FX703315]] | ブラジル |
+ 受入者一覧⏎番号,氏名,パスポート番号⏎1,[[PERSON:WANG LEI]],[[JP_PASSPORT:E88120473]]
+ 管理番号,旅券番号,国籍⏎AB1120334,[[JP_PASSPORT:TK4470128]],日本
- 管理番号,旅券番号,国籍⏎AB1120334,未提出,タイ
- 整理番号\t旅券番号\t備考⏎XQ3309185\t（後日提出）\t再入国
- | 申請番号 | 旅券番号 | 状態 |⏎| MK2024118 | 確認中 | 受付 |
- 品番,旅券番号欄の有無,数量⏎PC4412098,なし,30
- 書類番号,旅券番号,備考⏎DC7740215,―,原本確認済
+ 個人番号No. [[JP_MY_NUMBER:{MN_DOT}]]
+ マイナンバー：[[JP_MY_NUMBER:{MN_DOT}]]
+ マイナンバー　[[JP_MY_NUMBER:{MN_DOT}]]（通知カード）
+ 個人番号No：[[JP_MY_NUMBER:{MN_DOT}]]
+ 個人番号ＮＯ．[[JP_MY_NUMBER:{MN_DOT}]]
+ 本人確認⏎マイナンバー⏎[[JP_MY_NUMBER:{MN_DOT}]]
+ 扶養親族のマイナンバーは[[JP_MY_NUMBER:{MN_DOT}]]です
+ 個人番号No.　[[JP_MY_NUMBER:{MN_DOT}]]　（番号確認済）
- 品番No. {MN_DOT}
- マイナンバー制度は2016・2017・2018年度に段階的に導入
- 伝票番号 {MN_DOT}
- 管理No. {BADMN}
+ 受付番号 [[PHONE_NUMBER:090-4512-7730]]（携帯に折返し）
+ 受付番号：[[PHONE_NUMBER:080-3318-2274]]　連絡先（本人携帯）
+ 受付番号⏎[[PHONE_NUMBER:070-6621-0893]]⏎※携帯番号を記入された方
+ 受付番号　[[PHONE_NUMBER:090-2207-5514]]　折り返し電話希望
+ 受付番号,氏名,連絡先⏎[[PHONE_NUMBER:080-5541-2098]],[[PERSON:青木 里美]],携帯
+ 受付番号 [[PHONE_NUMBER:090-8830-1147]]（TEL）
+ 受付番号：[[PHONE_NUMBER:080-1175-4432]]　※電話番号を誤って記入
- 受付番号 2024-0913-0051（電話受付分）
- 受付番号：R06-0412-33　携帯からの問合せ
- 問合せ番号 0900-1234-567（折返し不要）
- 受付番号 070-2231（電話受付分）
- 注文番号 090-44512-07（電話注文）
- 受付番号：A-0801-2276　連絡先は窓口
- 問合せ番号 123-4567-8901
- 受付番号　2025-0118-0093
- お問合せ番号：4412-0098-7731（お電話の際にお伝えください）
+ 令和6年分 給与支払報告書（個人別明細書）⏎受給者番号 [[JP_MY_NUMBER:{MN}]]⏎氏名 [[PERSON:田村 和彦]]
+ 給与所得の源泉徴収票⏎支払を受ける者　個人番号 [[JP_MY_NUMBER:{MN}]]
+ 給与支払報告書⏎支払者番号 [[JP_CORPORATE_NUMBER:{CN}]]
+ 源泉徴収票　支払者（法人番号）[[JP_CORPORATE_NUMBER:{CN}]]
+ 給与支払報告書の写し　受給者番号：[[JP_MY_NUMBER:{MN}]]
+ 源泉徴収票データ⏎受給者番号,氏名,支払金額⏎[[JP_MY_NUMBER:{MN}]],[[PERSON:小松 直美]],3120000
+ 給与支払報告書（総括表）⏎支払者番号：[[JP_CORPORATE_NUMBER:{CN}]]　所在地は市役所前
+ 源泉徴収票⏎受給者番号　[[JP_MY_NUMBER:{MN}]]　支払者番号　[[JP_CORPORATE_NUMBER:{CN}]]
+ 給与支払報告書 提出データ⏎支払者番号\t受給者番号⏎[[JP_CORPORATE_NUMBER:{CN}]]\t[[JP_MY_NUMBER:{MN}]]
- 給与支払報告書⏎受給者番号 {BADMN}
- 医療費受給者証⏎受給者番号 1234567
- 給与支払報告書の提出件数 123456789012 件
- 源泉徴収票の受給者番号欄は空欄で提出（記入例：123456789012）
- 給与支払報告書　整理番号 4412098733
- 源泉徴収票　支払者番号 {BADMN}
+ カード番号⏎[[CREDIT_CARD:41552172⏎20794551]]
+ クレジットカード番号：[[CREDIT_CARD:5355 4378 2528⏎5590]]
+ カード番号（折返し）⏎[[CREDIT_CARD:4468-1970-2572⏎1284]]
+ お支払いカード⏎[[CREDIT_CARD:430923280426⏎3845]]
+ カード番号 [[CREDIT_CARD:4073 2199⏎7277 1885]]
+ カード番号：[[CREDIT_CARD:52880011⏎45647038]]
+ 決済カード番号⏎[[CREDIT_CARD:4171 8791 7016⏎4091]]
+ カード番号⏎[[CREDIT_CARD:4884⏎3807 9481 2791]]
- カード番号⏎42962090⏎05050693
- 受付番号⏎43090475 2865⏎0467
- 伝票番号⏎41552172⏎20794551
- 注文番号 4468 1970 2572⏎1284
- カード番号の末尾4桁⏎1284
- 第1条　この法律は、令和6年法律第48号による改正後の規定を適用する。
- 政令第123号第4条第2項の規定による届出
- 平成30年厚生労働省令第29号
- 告示第1204号・第1205号
- 規則第2条第1号から第12号まで
- 型番 AB1234567（パスポートケース）
- 商品コード 4901234567894
- 品番 SX-2210-48
- JANコード 4512345678901
- シリアル番号 QW1234567890
- 記入例　電話番号 090-1234-5678
- 【記入例】受付番号 090-0000-0000
- 記載例：カード番号 4111 1111 1111 1111
- Passport renewal applications are accepted at counter 3.
- The passport number field must not be left blank.
- 本申请不需要提供護照复印件
- 申請時請出示護照或居留證
- Passport photos: 35 x 45 mm, taken within six months.
+ 連絡先：[[PERSON:丸山 和子]]（[[PHONE_NUMBER:090-2831-4470]]）
+ 住所は[[JP_ADDRESS:河東郡音更町字下音更北9線西22番地]]、[[PERSON:吉岡 徹]]方
+ 被保険者記号・番号 [[JP_HEALTH_INSURANCE:10034567]]・[[JP_HEALTH_INSURANCE:4]]、氏名 [[PERSON:飯田 光]]
+ 出席委員　[[PERSON:竹内 誠司]]　[[PERSON:浅野 陽子]]　[[PERSON:杉山 聡]]　[[PERSON:永井 久美子]]
+ 記録者　[[PERSON:片山 淳]]　[[PERSON:土屋 瞳]]
+ 個人番号No.⏎[[JP_MY_NUMBER:{MN_DOT}]]
+ 受付番号 [[PHONE_NUMBER:090-6004-3127]]　本人携帯へ連絡済
+ 源泉徴収票（令和5年分）⏎個人番号 [[JP_MY_NUMBER:{MN}]]⏎支払者　法人番号 [[JP_CORPORATE_NUMBER:{CN}]]
+ カード番号⏎[[CREDIT_CARD:55530008⏎39061363]]
+ 氏名\t旅券番号⏎[[PERSON:LEE MIN JUN]]\t[[JP_PASSPORT:M48820163]]
- 氏名\t国籍\t旅券番号⏎（空欄）\t韓国\t未取得
- 受付番号 080-1234（窓口）
- 被保険者証　新規交付　20993件
- 委員　各課長　計12名
- 護照號碼欄位不可空白
- 問合せ番号：090-1234-56
- 製造番号 4412・0098・7731
- 条例第12号・第13号の規定
"""


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _rowgen import write_round

    dev, held = write_round(rows=ROWS_T, seed=20261216, held_out=is_holdout_t, tag="rt", wrapped_values=True)
    print(f"dev {len(dev)} rows, holdout {len(held)} rows")
